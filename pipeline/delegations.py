"""Delegation lists: who may decide what, one row per table row and delegate.

A delegationsordning's core is a table whose header row names a matter column (`Ärende`,
`Beslut`, …) and a delegate column (`Delegat`, `Delegation till`, …); the header words are
the lists of ``configs/delegations.yaml``. `delegations` reads the document's ``table_row``
clauses and the actors the NLP stage found in them (it detects no actors itself): a row
means "the delegate may decide the matter"; a delegate cell that names two roles
(`Förvaltningschef / enhetschef`) gives two rows. A list written as field lines, no table
(`2.1 Beslut om bygglov` ⏎ `Delegat: X` ⏎ `Lagrum: Y`, labels from the same word lists), gives
rows too (`field_rows`). Every text column slices the normalized document text at its offsets
(``text[start:end]``), as in the other tables.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import DelegationsFile, load_delegations
from pipeline.segment import Clause

TABLE_ROW = "table_row"
HEADING = "heading"
COLUMNS = ("number", "matter", "delegate", "substitute", "law", "note", "redelegation")
DELEGATION_COLUMNS = frozenset({"matter", "delegate"})
# a responsibility table's columns (`Uppgift | Ansvarig`, pipeline/responsibilities.py)
RESPONSIBILITY_COLUMNS = ("task", "responsible")
_BOUNDARY = re.compile(r"[ /(,\-–]")


@dataclass(frozen=True)
class DelegationRules:
    """The header words of each column and what separates two delegates in a cell."""

    words: tuple[tuple[str, str], ...]  # (word, column), longest word first
    max_header_words: int
    separator: re.Pattern[str]
    substitute_words: frozenset[str]  # the substitute column's words (a note's label)
    line_glue: frozenset[str] = frozenset()  # a line ending in one of these runs on
    responsibility_words: tuple[tuple[str, str], ...] = ()  # (word, column), longest first
    redelegation_words: frozenset[str] = frozenset()  # a note's re-delegation words
    redelegation_note_max_words: int = 6

    @classmethod
    def from_file(cls, data: DelegationsFile) -> DelegationRules:
        columns = data.columns.model_dump()
        words = sorted(
            ((_fold(word), column) for column in COLUMNS for word in columns[column]),
            key=lambda item: (-len(item[0]), COLUMNS.index(item[1]), item[0]),
        )
        signs = [re.escape(sign) for sign in data.delegate_separators.signs]
        tasks = data.responsibility_columns.model_dump()
        responsibility = sorted(
            ((_fold(word), column) for column in RESPONSIBILITY_COLUMNS for word in tasks[column]),
            key=lambda item: (-len(item[0]), item[1], item[0]),
        )
        names = [re.escape(word) for word in data.delegate_separators.words]
        parts = [*signs, *(rf"(?<!\w){name}(?!\w)" for name in names)] or [r"(?!)"]
        return cls(
            tuple(words),
            data.max_header_words,
            re.compile("|".join(parts), re.IGNORECASE),
            frozenset(word for word, column in words if column == "substitute"),
            frozenset(_fold(word) for word in data.delegate_separators.line_glue),
            tuple(responsibility),
            frozenset(_fold(word) for word in data.redelegation_words),
            data.redelegation_note_max_words,
        )


@functools.lru_cache(maxsize=8)
def load_rules(path: Path | None = None) -> DelegationRules:
    """The rules of a ``delegations.yaml`` (None: the shipped one), read once per path."""
    return DelegationRules.from_file(load_delegations(path))


@dataclass(frozen=True)
class ActorRow:
    """What `delegations` needs of a row of the ``actors`` table (document offsets)."""

    clause_id: str
    text: str
    canonical: str | None
    category: str | None
    role: str | None
    start: int
    end: int

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ActorRow:
        return cls(*(row[name] for name in ACTOR_ROW_COLUMNS))

    @classmethod
    def from_columns(cls, columns: Sequence[Sequence[Any]]) -> list[ActorRow]:
        """The rows of the ``actors`` table's columns `ACTOR_ROW_COLUMNS`, in that order (one
        list per column: cheaper than a dict per row, perf54c)."""
        return [cls(*values) for values in zip(*columns, strict=True)]


ACTOR_ROW_COLUMNS = ("clause_id", "text", "canonical", "category", "role", "start", "end")


@dataclass(frozen=True)
class Delegation:
    """One delegate of one row of a delegation list; a column the table lacks, or an empty
    cell, is None. Offsets are into the normalized document text."""

    doc_id: str
    clause_id: str
    delegation_index: int
    group: str | None  # a row of one cell above (`Personalärenden`), in another clause
    group_start: int | None
    group_end: int | None
    number: str | None
    number_start: int | None
    number_end: int | None
    matter: str | None
    matter_start: int | None
    matter_end: int | None
    delegate: str | None  # canonical form, from the actor found in the cell
    delegate_text: str | None
    delegate_category: str | None
    delegate_role: str | None
    delegate_start: int | None
    delegate_end: int | None
    substitute: str | None
    substitute_start: int | None
    substitute_end: int | None
    law: str | None
    law_start: int | None
    law_end: int | None
    note: str | None
    note_start: int | None
    note_end: int | None
    redelegation: str | None  # the re-delegation column: to whom, or yes/no (newuser56 f6)
    redelegation_start: int | None
    redelegation_end: int | None


@dataclass(frozen=True)
class Cell:
    text: str
    start: int | None  # document offsets; None when the cell's text is not found in the clause
    end: int | None
    # where in `text` the source cell broke its line (two paragraphs of a Word cell): those
    # spaces separate delegates as a `/` does (round 48, nu48 fault 3)
    breaks: tuple[int, ...] = ()


# ---------------------------------------------------------------------------
# Header rows


def _fold(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(":.").strip()


def column_of(
    cell: str, rules: DelegationRules, words: Sequence[tuple[str, str]] | None = None
) -> str | None:
    """The column a header cell names (`Delegat`, `Lagrum/hänvisning`), or None; `words`:
    another table's column words (a responsibility table's), else the delegation list's."""
    text = _fold(cell)
    if not text or len(text.split()) > rules.max_header_words:
        return None
    for word, column in rules.words if words is None else words:
        if text == word or (text.startswith(word) and _BOUNDARY.match(text, len(word))):
            return column
    return None


def header_columns(
    cells: Sequence[str], rules: DelegationRules, responsibility: bool = False
) -> dict[str, int] | None:
    """Column → cell index of a delegation list's header row (the first cell of each
    column counts), or None when the row names no matter column or no delegate column; with
    `responsibility`, of a responsibility table's (a task and a responsible column)."""
    words = rules.responsibility_words if responsibility else None
    needed = frozenset(RESPONSIBILITY_COLUMNS) if responsibility else DELEGATION_COLUMNS
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        column = column_of(cell, rules, words)
        if column is not None:
            found.setdefault(column, index)
    return found if needed <= found.keys() else None


# ---------------------------------------------------------------------------
# Cells and delegates


def cell_spans(clause: Clause) -> list[Cell]:
    """Each cell of a table row with its offsets: the cells are found in order in the
    clause's normalized text (exactly, else with any run of white space between words)."""
    located, cursor = [], 0
    for cell in clause.cells:
        text = cell.strip()
        span = _find(clause.text, text, cursor) if text else None
        if span is None:
            located.append(Cell(text, None, None))
            continue
        start, end = span
        cursor = end
        found = clause.text[start:end]
        breaks = _line_breaks(found, text) if "\n" in text else ()
        located.append(Cell(found, clause.start + start, clause.start + end, breaks))
    return located


_GAP = re.compile(r"\s+")


def _line_breaks(found: str, cell: str) -> tuple[int, ...]:
    """The offsets in `found` (the clause's text of a cell) of the gaps where the reader's
    `cell` breaks its line; none where the two do not split into the same words."""
    gaps = list(_GAP.finditer(found))
    cell_gaps = _GAP.findall(cell)
    if len(gaps) != len(cell_gaps):
        return ()
    return tuple(gap.start() for gap, own in zip(gaps, cell_gaps, strict=True) if "\n" in own)


def _find(text: str, cell: str, cursor: int) -> tuple[int, int] | None:
    at = text.find(cell, cursor)
    if at >= 0:
        return at, at + len(cell)
    pattern = r"\s+".join(re.escape(word) for word in cell.split())
    match = re.compile(pattern).search(text, cursor)
    return (match.start(), match.end()) if match else None


def _parts(
    cell: Cell, rules: DelegationRules, whole: Sequence[tuple[int, int]] = ()
) -> Iterator[Cell]:
    """The cell cut at delegate separators, each part stripped; empty parts are dropped. A
    separator inside one of the `whole` spans (document offsets of the actors the NLP stage
    read, e.g. the gapped compound `Kultur- och fritidschef`) is no cut (nu52 fault 1)."""
    if cell.start is None:
        if cell.text:
            yield cell
        return
    previous = 0
    bounds = [
        (m.start(), m.end())
        for m in rules.separator.finditer(cell.text)
        if not _inside(cell.start + m.start(), cell.start + m.end(), whole)
    ]
    breaks = [at for at in cell.breaks if _separates(cell.text, at, rules)]
    if breaks:
        bounds = sorted([*bounds, *((at, at + 1) for at in breaks)])
    for start, end in [*bounds, (len(cell.text), len(cell.text))]:
        piece = cell.text[previous:start]
        stripped = piece.strip()
        if stripped:
            offset = cell.start + previous + (len(piece) - len(piece.lstrip()))
            yield Cell(stripped, offset, offset + len(stripped))
        previous = end


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(left < start and end < right for left, right in spans)


def _separates(text: str, gap: int, rules: DelegationRules) -> bool:
    """A cell's line break at `gap` separates two delegates: the next line opens with a
    capital and the line before does not end in a preposition (`Ordförande i` ⏎
    `arbetsutskottet` is one)."""
    before, after = text[:gap].split(), text[gap:].split()
    if not before or not after:
        return False
    return after[0][:1].isupper() and _fold(before[-1]) not in rules.line_glue


def _head_actor(part: Cell, actors: Sequence[ActorRow]) -> ActorRow | None:
    """The delegate among the actors inside a part: the first one that is not a genitive
    attribute of the next (`nämndens ordförande` → ordförande)."""
    start, end = part.start or 0, part.end or 0
    inside = [a for a in actors if start <= a.start and a.end <= end]
    for index, actor in enumerate(inside):
        following = inside[index + 1] if index + 1 < len(inside) else None
        if following is not None and actor.text.endswith("s") and (
            following.start - actor.end <= 1
        ):
            continue
        return actor
    return None


def delegates(
    cell: Cell, actors: Sequence[ActorRow], rules: DelegationRules
) -> list[tuple[Cell, ActorRow | None]]:
    """The delegates a cell names: each separated part with an actor in it; when no part
    has one (or actors were not detected), every part as it stands."""
    parts = list(_parts(cell, rules, [(actor.start, actor.end) for actor in actors]))
    found = [(part, _head_actor(part, actors)) for part in parts if part.start is not None]
    with_actor = [(part, actor) for part, actor in found if actor is not None]
    return with_actor or [(part, None) for part in parts]


# ---------------------------------------------------------------------------
# Tables of a document


def delegation_tables(clauses: Sequence[Clause], rules: DelegationRules) -> Iterator[
    tuple[int, Clause, dict[str, int]]
]:
    """Each data row of every delegation list with the list's number (0, 1, …) and its
    columns. A table is a run of table
    rows in one section; its first row is the header. A repeated header (a table continued
    over a page) is skipped; a run in the same section with no header of its own continues
    the previous delegation list when its rows have as many cells."""
    for number, _, clause, columns in headed_tables(clauses, rules):
        yield number, clause, columns


def headed_tables(
    clauses: Sequence[Clause], rules: DelegationRules, responsibility: bool = False
) -> Iterator[tuple[int, Clause, Clause, dict[str, int]]]:
    """`delegation_tables` with each row's header row; with `responsibility`, of the
    responsibility tables (`header_columns`)."""
    columns: dict[str, int] | None = None
    header: tuple[str, ...] = ()
    header_clause: Clause | None = None
    in_run, section, number = False, None, -1
    for clause in sorted(clauses, key=lambda c: c.ordinal):
        if clause.kind != TABLE_ROW:
            in_run = False
            continue
        first, in_run = not in_run, True
        if first and clause.section != section:
            columns = None
        section = clause.section
        cells = tuple(_fold(cell) for cell in clause.cells)
        if columns is not None and cells == header:
            continue
        if first or columns is None:  # round 51: under a key table's rows too
            found = header_columns(clause.cells, rules, responsibility)
            if found is not None:
                columns, header, number, header_clause = found, cells, number + 1, clause
                continue
            if columns is not None and len(cells) != len(header):
                columns = None
        if columns is not None and header_clause is not None:
            yield number, header_clause, clause, columns


def delegation_rows(
    doc_id: str,
    clauses: Sequence[Clause],
    actors: Iterable[ActorRow],
    rules: DelegationRules,
    text: str | None = None,
) -> list[Delegation]:
    """The rows of the ``delegations`` table of one document: its delegation tables' rows,
    then its field lines' records (`text`, the normalized document text, places a heading's
    printed number)."""
    by_clause: dict[str, list[ActorRow]] = {}
    for actor in sorted(actors, key=lambda a: (a.start, a.end)):
        by_clause.setdefault(actor.clause_id, []).append(actor)
    rows: list[Delegation] = []
    groups: dict[int, Cell] = {}
    headed = _group_headings(clauses)
    for table, clause, columns in delegation_tables(clauses, rules):
        cells = cell_spans(clause)
        values: dict[str, Cell | None] = {
            name: cells[index] if index < len(cells) and cells[index].text else None
            for name, index in columns.items()
        }
        delegate_cell = values.get("delegate")
        if delegate_cell is None:
            filled = [cell for cell in cells if cell.text]
            if len(filled) == 1:  # a row of one cell heads the rows below it
                groups[table] = filled[0]
            continue
        values["group"] = headed.get(clause.clause_id) or groups.get(table)
        if "substitute" not in columns and values.get("note") is not None:
            values["substitute"] = labelled_substitute(values["note"], rules)
        if "redelegation" not in columns and values.get("note") is not None:
            values["redelegation"] = redelegation_note(values["note"], rules)
        for part, actor in delegates(delegate_cell, by_clause.get(clause.clause_id, []), rules):
            rows.append(_row(doc_id, clause, len(rows), values, part, actor))
    return rows + field_rows(doc_id, clauses, by_clause, rules, text, len(rows))


# ---------------------------------------------------------------------------
# Field runs: `Delegat: X` / `Lagrum: Y` lines under a matter (newuser54b fault 6)

# a record's lines may be read as metadata (`Ärende: …` lines): a list is two records or more
FIELD_KINDS = frozenset({"paragraph", "list_item", "metadata"})
_MIN_FIELD_RECORDS = 2
_FIELD_COLON = re.compile(r":\s+(?=\S)")


def clause_fields(clause: Clause, rules: DelegationRules) -> list[tuple[str, Cell]]:
    """The `Label: value` fields of a clause that opens with one (`Delegat: Miljöinspektör`,
    a flattened `Delegat: X Lagrum: 9 kap. 31 § PBL` too): each column label of
    delegations.yaml that starts with a capital and ends before a colon, with the text up to
    the next label; none when the clause does not open with a label."""
    labels: list[tuple[int, int, str]] = []  # label start, value start, column
    for colon in _FIELD_COLON.finditer(clause.text):
        found = _label_before(clause.text, colon.start(), rules)
        if found is not None and (not labels or found[0] >= labels[-1][1]):
            labels.append((found[0], colon.end(), found[1]))
    if not labels or labels[0][0] != 0:
        return []
    fields = []
    for index, (_, value_start, column) in enumerate(labels):
        end = labels[index + 1][0] if index + 1 < len(labels) else len(clause.text)
        value = clause.text[value_start:end].rstrip()
        if value:
            start = clause.start + value_start
            fields.append((column, Cell(value, start, start + len(value))))
    return fields


def _label_before(text: str, colon: int, rules: DelegationRules) -> tuple[int, str] | None:
    """The shortest run of words before `colon` that is one of the column words and opens
    with a capital (`Lagrum`, `Delegation till`): its start and column, or None."""
    words = list(re.finditer(r"\S+", text[:colon]))
    columns = dict(rules.words)
    for count in range(1, min(rules.max_header_words, len(words)) + 1):
        first = words[-count]
        label = text[first.start() : colon]
        column = columns.get(_fold(label))
        if column is not None and label[:1].isupper():
            return first.start(), column
    return None


def field_records(
    clauses: Sequence[Clause], rules: DelegationRules
) -> Iterator[tuple[Clause | None, dict[str, tuple[Clause, Cell]]]]:
    """Each record of field lines with the heading right above it (None where there is
    none): a run of paragraphs opening with a field label; a label met again in a record
    opens the next record, any other clause ends the run."""
    heading: Clause | None = None
    record: dict[str, tuple[Clause, Cell]] = {}
    for clause in sorted(clauses, key=lambda c: c.ordinal):
        fields = clause_fields(clause, rules) if clause.kind in FIELD_KINDS else []
        if not fields:
            if record:
                yield heading, record
            record, heading = {}, clause if clause.kind == HEADING else None
            continue
        for column, cell in fields:
            if column in record:
                yield heading, record
                record, heading = {}, None
            record[column] = (clause, cell)
    if record:
        yield heading, record


def field_rows(
    doc_id: str,
    clauses: Sequence[Clause],
    by_clause: dict[str, list[ActorRow]],
    rules: DelegationRules,
    text: str | None,
    first_index: int,
) -> list[Delegation]:
    """The delegations of a delegation list written as field lines: each record with a
    delegate field and a matter (its `Ärende:` field, else the heading right above the
    record, whose label is the number) gives a row per delegate, where two records or more
    do (one is a memo's cover fields, no list)."""
    records = []
    for heading, record in field_records(clauses, rules):
        values: dict[str, Cell | None] = {name: cell for name, (_, cell) in record.items()}
        if "matter" not in values and heading is not None:
            values["matter"] = Cell(heading.text, heading.start, heading.end)
            values["number"] = _printed_label(heading, text)
        if "delegate" in record and values.get("matter") is not None:
            records.append((record["delegate"], values))
    if len(records) < _MIN_FIELD_RECORDS:
        return []
    rows: list[Delegation] = []
    for (clause, cell), values in records:
        for part, actor in delegates(cell, by_clause.get(clause.clause_id, []), rules):
            rows.append(_row(doc_id, clause, first_index + len(rows), values, part, actor))
    return rows


def _printed_label(heading: Clause, text: str | None) -> Cell | None:
    """A heading's printed label (`2.1`) with its offsets, found right before its text."""
    label = heading.label.strip()
    if not label:
        return None
    if text is None:
        return Cell(label, None, None)
    at = text.rfind(label, 0, heading.start)
    if at < 0 or text[at + len(label) : heading.start].strip():
        return Cell(label, None, None)
    return Cell(label, at, at + len(label))


def _group_headings(clauses: Sequence[Clause]) -> dict[str, Cell]:
    """Each table row under a group heading of its table (a merged row that segment reads as
    a heading clause with the row's cells, round 48) → that heading; a clause of any other
    kind (a chapter heading between two tables too) ends the group."""
    headed: dict[str, Cell] = {}
    current: Cell | None = None
    for clause in sorted(clauses, key=lambda c: c.ordinal):
        if clause.kind == HEADING and clause.cells:
            current = Cell(clause.text, clause.start, clause.end)
        elif clause.kind == TABLE_ROW and current is not None:
            headed[clause.clause_id] = current
        elif clause.kind != TABLE_ROW:
            current = None
    return headed


def labelled_substitute(note: Cell, rules: DelegationRules) -> Cell | None:
    """``Ersättare: kommunchefen`` in a note column of a table without a substitute column
    (round 45, nu45 cause 5): a note that opens with a substitute column's word and a colon
    names the substitute (the text after the colon); the note keeps its whole text. Where
    the table has a substitute column, that column alone names the substitute."""
    label, colon, rest = note.text.partition(":")
    value = rest.strip()
    if not colon or not value:
        return None
    if _fold(label) not in rules.substitute_words:
        return None  # "Ersättare vid jäv: …" is a note about the substitute, no name
    if note.start is None:
        return Cell(value, None, None)
    start = note.start + note.text.index(value, len(label) + 1)
    return Cell(value, start, start + len(value))


_WORD = re.compile(r"[^\W\d_]+")


def redelegation_note(note: Cell, rules: DelegationRules) -> Cell | None:
    """``Får vidaredelegeras``, ``Ej vidaredelegering`` in a note column of a table without a
    re-delegation column (round 57, newuser57 fault 3): a short note (at most
    `redelegation_note_max_words` words) holding a word of delegations.yaml
    `redelegation_words` answers the re-delegation question, the whole note as written; a
    longer note is a sentence about something else that may mention it."""
    words = note.text.split()
    if len(words) > rules.redelegation_note_max_words:
        return None
    if not any(_fold(word) in rules.redelegation_words for word in _WORD.findall(note.text)):
        return None
    return note


def _row(
    doc_id: str,
    clause: Clause,
    index: int,
    values: dict[str, Cell | None],
    part: Cell,
    actor: ActorRow | None,
) -> Delegation:
    def text(name: str) -> tuple[str | None, int | None, int | None]:
        cell = values.get(name)
        return (None, None, None) if cell is None else (cell.text, cell.start, cell.end)

    return Delegation(
        doc_id,
        clause.clause_id,
        index,
        *text("group"),
        *text("number"),
        *text("matter"),
        actor.canonical if actor else None,
        part.text,
        actor.category if actor else None,
        actor.role if actor else None,
        part.start,
        part.end,
        *text("substitute"),
        *text("law"),
        *text("note"),
        *text("redelegation"),
    )
