"""Segment: normalized blocks → numbered clauses, document facts and legal references.

Each block of the normalized text becomes one clause (`pipeline.segment.blocks` says what kind);
its id follows the numbers the document prints and is unique by construction, see
`docs/clauses.md` for the id rules. Document facts and references: `pipeline.segment.facts`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline import patterns
from pipeline.config import folder_file, own_layout
from pipeline.ingest import TableRow
from pipeline.language.grammar import GRAMMAR
from pipeline.language.organisations import organisation
from pipeline.normalize import NormalizedDocument, is_list_start
from pipeline.normalize.glued_title import is_document_kind
from pipeline.normalize.layout import is_viewer_line
from pipeline.normalize.reflow import att_lead_in
from pipeline.normalize.words import definite_actor_noun
from pipeline.segment.blocks import (
    HEADING,
    LIST_ITEM,
    LIST_TAIL,
    METADATA,
    PARAGRAPH,
    RESUMED,
    STYCKE,
    TABLE_GROUP,
    TABLE_ROW,
    Shape,
    classify,
    has_finite_verb,
    label_class,
    looks_like_heading,
)
from pipeline.segment.facts import (
    Reference,
    clean_title,
    find_references,
    law_abbreviations,
    title_name,
    year,
)
from pipeline.segment.second_documents import second_title_starts

__all__ = [
    "HEADING", "LIST_ITEM", "METADATA", "PARAGRAPH", "TABLE_ROW", "TITLE_ID", "Clause",
    "Reference", "SegmentedDocument", "clean_title", "find_references", "law_abbreviations",
    "segment",
]

TITLE_ID = "title"


@dataclass(frozen=True)
class Clause:
    doc_id: str
    clause_id: str
    parent_id: str | None
    kind: str
    label: str
    section: str | None
    section_title: str | None
    ordinal: int
    text: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    page: int | None = None
    pages: tuple[int, ...] = ()
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class SegmentedDocument:
    doc: NormalizedDocument
    title: str | None
    organisation: str | None
    year: int | None
    clauses: tuple[Clause, ...]
    references: tuple[Reference, ...]

    @property
    def doc_id(self) -> str:
        return self.doc.doc_id


# ---------------------------------------------------------------------------
# Ids (docs/clauses.md): built from the printed numbering, unique by construction.


def _letters(index: int) -> str:
    """0 → a, 25 → z, 26 → aa."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("a") + remainder) + letters
    return letters


@dataclass
class _Ids:
    """Ids handed out so far; a repeat of a printed number nests, then (garbage) counts."""

    used: set[str] = field(default_factory=set)
    next_suffix: dict[str, int] = field(default_factory=dict)

    def claim(self, *candidates: str) -> str:
        for candidate in candidates:
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        base = candidates[0]
        suffix = self.next_suffix.get(base, 1)
        while True:  # amortised linear: each base remembers where its count stopped
            suffix += 1
            clause_id = f"{base}-{suffix}"
            if clause_id not in self.used:
                break
        self.next_suffix[base] = suffix
        self.used.add(clause_id)
        return clause_id


@dataclass
class _ListLevel:
    label_class: str
    parent: str | None
    items: int = 0
    last_item: str | None = None


@dataclass
class _Context:
    printed: frozenset[str] = frozenset()  # numbers the document prints (sections, paragraphs)
    printed_parents: frozenset[str] = frozenset()  # `1` where the document prints `1.1`
    numbered: bool = False  # it prints any number (`§ 1` too): plain paragraphs are `pK`
    section: str | None = None
    section_title: str | None = None
    numbered_section: str | None = None
    container: str | None = None  # id that unnumbered paragraphs number under
    paragraphs_in_container: int = 0
    reentered: str | None = None  # a section container taken back after its numbered
    # paragraphs (its unnumbered children number `5.p1` …, apart from the printed `5.1`)
    plain_paragraphs: int = 0
    unnumbered_headings: int = 0
    # Newuser54c fault 6 / newuser55 fault 8: the open unnumbered headings of the source's
    # heading levels (HTML `<h2>`, Markdown `##`), outermost first: (level, clause id,
    # whether the level is derived: a heading the source gives no level).
    open_headings: list[tuple[int, str, bool]] = field(default_factory=list)
    metadata_lines: int = 0
    list_parent: str | None = None
    list_levels: list[_ListLevel] = field(default_factory=list)
    sentence_base: str | None = None
    sentence_parent: str | None = None
    row_starts: list[int] = field(default_factory=list)
    counted: dict[int, int] = field(default_factory=dict)  # row index → its Nr (round 50)
    counted_headers: dict[int, int] = field(default_factory=dict)  # header → its table's rows
    number_parents: dict[str, str | None] = field(default_factory=dict)  # numbered paragraphs'

    def start_list_under(self, parent: str | None) -> None:
        self.list_parent = parent
        self.list_levels = []


def _assign_ids(doc: NormalizedDocument, shapes: list[Shape]) -> Iterator[Clause]:
    counted, counted_headers = _counted_rows(doc)
    printed = _printed_numbers(shapes) | _row_numbers(doc)
    context = _Context(
        printed=printed,
        printed_parents=_parents(printed),
        numbered=bool(printed) or any(shape.number is not None for shape in shapes),
        row_starts=[row.start for row in doc.raw.table_rows],
        counted=counted,
        counted_headers=counted_headers,
    )
    ids = _Ids()
    shapes = [_chapter_line_label(doc, shape) for shape in shapes]
    first_content = next((i for i, s in enumerate(shapes) if s.kind != METADATA), None)
    later_titles = second_title_starts(doc, shapes)
    stray_notes = _uncited_end_notes(doc, shapes)
    for index, shape in enumerate(shapes):
        block_text = doc.text[shape.block.start : shape.block.end]
        is_bare_label = shape.text_start >= len(block_text) and shape.kind == PARAGRAPH
        following = shapes[index + 1] if index + 1 < len(shapes) else None
        if is_bare_label and (
            _takes_label(following) or (following is not None and following.numbering == RESUMED)
        ):
            continue  # "§ 3" alone on the line before its paragraph: labels the next block
        previous = shapes[index - 1] if index else None
        if previous is not None and _is_bare_label(doc, previous) and _takes_label(shape):
            # "§ 3" ⏎ "Sammanträden" reads as "§ 3 Sammanträden": a § heading.
            shape = _labelled(shape, previous)
        if is_bare_label:
            shape = Shape(shape.block, PARAGRAPH, "", shape.number, 0, "paragraph")
        start = shape.block.start + shape.text_start
        end = shape.block.end
        if (
            index == first_content
            and shape.number is None
            and shape.kind not in (TABLE_ROW, LIST_ITEM)
            and shape.sentence == 0
            and (
                (_is_title(block_text, len(shapes) - index)
                 and not _modal_lead_in(block_text, following))
                or _viewer_title(block_text, doc.text)
                or _two_line_title(doc, shape, block_text)
            )
        ):
            title_end = start + len(clean_title(doc.text[start:end]))
            ids.claim(TITLE_ID)
            yield _clause(doc, TITLE_ID, None, HEADING, "", None, None, start, title_end)
            continue
        if index in stray_notes:  # nu56 fault 2: a note no clause cites, at the top level
            _close_sections(context)
        if index in later_titles:  # newuser55 fault 7: a second document's title
            yield _later_title(doc, context, ids, start, end)
            continue
        yield from _clause_for(doc, shape, context, ids, start, end)


def _close_sections(context: _Context) -> None:
    """Close the open sections and containers: the next clause stands at the top level."""
    context.section = context.numbered_section = context.container = None
    context.reentered = None
    context.section_title, context.paragraphs_in_container = None, 0


def _uncited_end_notes(doc: NormalizedDocument, shapes: Sequence[Shape]) -> set[int]:
    """Round 56 (nu56 fault 2): the notes at the text's end (unnumbered paragraphs opening
    with a superscript mark: ``³ Jfr …``) whose mark no text before them carries (a cited
    note already follows its paragraph: `normalize.footnotes`): each a top-level paragraph,
    no child of the unrelated clause above it."""
    found: set[int] = set()
    for index in range(len(shapes) - 1, -1, -1):
        shape = shapes[index]
        text = doc.text[shape.block.start : shape.block.end]
        mark = patterns.FOOTNOTE_OPENING.match(text)
        if shape.kind != PARAGRAPH or shape.number is not None or mark is None:
            break
        number = patterns.footnote_digits(mark.group(1))
        if number not in patterns.footnote_calls(doc.text[: shape.block.start]):
            found.add(index)
    return found


def _later_title(
    doc: NormalizedDocument, context: _Context, ids: _Ids, start: int, end: int
) -> Clause:
    """A later document's title in the file (`second_documents`): a top-level heading
    `title2` … that closes the sections, lists and containers of the document before it."""
    clause_id = ids.claim(*(f"{TITLE_ID}{n}" for n in range(2, len(ids.used) + 3)))
    _close_sections(context)
    context.start_list_under(None)
    return _clause(doc, clause_id, None, HEADING, "", None, None, start, end)


def _organisation(
    title: Clause | None, doc: NormalizedDocument, sentences_path: Path | None
) -> str | None:
    """The organisation the title names (`Ägardirektiv för Ekby Vatten AB`, whose text names
    its owners more often), else the one the text names most, else the running header's."""
    named = organisation(title.text, sentences_path) if title is not None else None
    return (
        named
        or (title_name(title.text) if title is not None else None)
        or organisation(doc.text, sentences_path)
        or organisation(_bands(doc), sentences_path)
    )


def _parents(numbers: frozenset[str]) -> frozenset[str]:
    """The numbers one level up of the printed `numbers` (`1` of `1.1`, `3.§4` of `3.§4.1`)."""
    return frozenset(number.rsplit(".", 1)[0] for number in numbers if "." in number)


def _printed_numbers(shapes: list[Shape]) -> frozenset[str]:
    return frozenset(
        shape.number
        for shape in shapes
        if shape.number is not None and not shape.number.startswith("§")
    )


# A table row numbered like a paragraph in its first cell: `2.1 | Beslut om … | Enhetschef`.
_ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")


def _row_number(cells: tuple[str, ...]) -> str | None:
    first = cells[0].strip() if cells else ""
    return first.rstrip(".") if _ROW_NUMBER.fullmatch(first) else None


_GROUP_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})+)\.?\s+\w")


def _group_number(cells: tuple[str, ...]) -> str | None:
    """The number a merged group row prints before its title (`2.1 Ekonomiskt bistånd`
    across the columns): the group heading's id (newuser51b fault 5)."""
    texts = {cell.strip() for cell in cells}
    match = _GROUP_NUMBER.match(next(iter(texts))) if len(texts) == 1 else None
    return match.group(1) if match else None


def _row_numbers(doc: NormalizedDocument) -> frozenset[str]:
    """Numbers printed in tables' first cells (delegation lists) or before a merged group
    row's title: ids the rows keep, so an unnumbered paragraph or header row beside them
    steps aside (`2.p1`) instead of taking `2.1`, the number of another row."""
    numbers = (_row_number(row.cells) or _group_number(row.cells) for row in doc.raw.table_rows)
    return frozenset(number for number in numbers if number)


def _counted_rows(doc: NormalizedDocument) -> tuple[dict[int, int], dict[int, int]]:
    """Round 50 (nu50 fault 11): tables whose first column counts its rows, `1`, `2` … `k`
    (k ≥ 2, a number column, `Nr`), under an optional header row: the rows' indices in
    `table_rows` with their numbers, and each header's index with its table's row count. In
    a numbered section such a row takes the id `<section>.<n>`, as a printed `2.1` does."""
    rows = doc.raw.table_rows
    counted: dict[int, int] = {}
    headers: dict[int, int] = {}
    for table in _tables(rows):
        firsts = [rows[i].cells[0].strip() if rows[i].cells else "" for i in table]
        header = not firsts[0].isdigit()
        numbered = table[1:] if header else table
        numbers = firsts[1:] if header else firsts
        if len(numbers) < 2 or numbers != [str(n) for n in range(1, len(numbers) + 1)]:
            continue
        counted.update({index: n for n, index in enumerate(numbered, start=1)})
        if header:
            headers[table[0]] = len(numbers)
    return counted, headers


def _tables(rows: Sequence[TableRow]) -> list[list[int]]:
    """The indices of `rows` grouped by table: rows with only a line break between them."""
    tables: list[list[int]] = []
    for index, row in enumerate(rows):
        if tables and row.start - rows[tables[-1][-1]].end <= 1:
            tables[-1].append(index)
        else:
            tables.append([index])
    return tables


def _is_bare_label(doc: NormalizedDocument, shape: Shape) -> bool:
    return shape.kind == PARAGRAPH and shape.text_start >= shape.block.end - shape.block.start


def _labelled(shape: Shape, label: Shape) -> Shape:
    """`shape` numbered by the bare `label` before it; a stycke marker the block opens with
    (``1 §`` ⏎ ``[S1]Förbundet …``, round 33) stays in the label, out of the text."""
    if shape.numbering == STYCKE:
        return Shape(shape.block, shape.kind, f"{label.label} {shape.label}", label.number,
                     shape.text_start, "paragraph")
    return Shape(shape.block, shape.kind, label.label, label.number, 0, "paragraph")


_CHAPTER_LINE = re.compile(r"(?P<number>\d{1,2})\s*kap\.")


def _chapter_line_label(doc: NormalizedDocument, shape: Shape) -> Shape:
    """A statute's ``1 kap.`` printed on a line of its own is a bare label (round 41,
    analysis 41-az cause 15): the heading after it is chapter 1. Cut from running text (``…
    reglementet. 1 kap. UPPGIFTER``, round 35 S2) it stays a clause ``kap.`` of its own."""
    block_text = doc.text[shape.block.start : shape.block.end]
    match = _CHAPTER_LINE.fullmatch(block_text)
    if match is None or shape.kind != PARAGRAPH:
        return shape
    raw = doc.raw.text
    raw_start, raw_end = doc.raw_span(shape.block.start, shape.block.end)
    before = raw[:raw_start].rstrip(" \t")[-1:]
    after = raw[raw_end:].lstrip(" \t")[:1]
    if before not in ("", "\n", "\f") or after not in ("", "\n", "\r", "\f"):
        return shape
    return Shape(
        shape.block, PARAGRAPH, block_text, match.group("number"), len(block_text), "section"
    )


def _takes_label(shape: Shape | None) -> bool:
    """A bare number labels the next block only when that is an unnumbered paragraph or an
    unnumbered heading (``§ 3`` ⏎ ``Sammanträden``)."""
    return (
        shape is not None
        and shape.kind in (PARAGRAPH, HEADING)
        and shape.number is None
        and shape.sentence <= 1
    )


def _is_title(text: str, n_blocks: int) -> bool:
    return n_blocks > 1 and looks_like_heading(text) and not is_list_start(text)


_MAX_TWO_LINE_TITLE_WORDS = 30


def _two_line_title(doc: NormalizedDocument, shape: Shape, text: str) -> bool:
    """Round 56 (nu56 fault 10): a title printed over two lines at the top of the first page,
    longer than a heading's words (`looks_like_heading`: ``Samverkansavtal om … mellan Region
    Nordmark och kommunerna`` ⏎ ``Alvik, Berga, Dalby och Ekeby``): the first block, two source
    lines opening with a document-kind noun (actors.yaml `document_kind_nouns`, also as a
    compound's head), with neither a finite verb nor a sentence end, is the title."""
    raw_start, raw_end = doc.raw_span(shape.block.start, shape.block.end)
    lines = doc.raw.text[raw_start:raw_end].strip().split("\n")
    words = text.split()
    return (
        len(lines) == 2
        and 0 < len(words) <= _MAX_TWO_LINE_TITLE_WORDS
        and is_document_kind(words[0])
        and not patterns.NO_HEADING_END.search(text)
        and not has_finite_verb(text)
        and _second_title_line(lines[0].strip(), lines[1].strip())
    )


def _second_title_line(first: str, second: str) -> bool:
    """Review56 S4: the second line goes on with the title's words where it continues the
    first (a lower-case start, a comma list, a first line ending in a heading link word:
    ``… mellan Region Nordmark och kommunerna`` ⏎ ``Alvik, Berga …``); otherwise not where it
    is an owner line (an organisation's name, a definite actor noun opening it:
    ``Kommunstyrelsen i Ekbo kommun``), a contents heading or a numbered section heading."""
    last = first.split()[-1].casefold() if first.split() else ""
    if second[:1].islower() or "," in second or last in patterns.HEADING_LINKS:
        return True
    opening = second.split()[0] if second.split() else ""
    return not (
        organisation(second) is not None
        or definite_actor_noun(opening)
        or patterns.is_contents_heading(second)
        or patterns.NUMBERED_HEAD.match(second)
    )


_VIEWER_WRAPPER_LINES = 12  # a viewer's wrapper lines under its title copy
_QUOTED = re.compile(r"[\"“”](?P<quoted>[^\"“”]+)[\"“”]\s*$")


def _viewer_title(text: str, document: str) -> bool:
    """Round 53 (analysis 53b-cc N7; docs/annotation.md round 48, a docplayer print): the
    first line is the viewer's first copy of the document's title where a viewer quote line
    among the wrapper lines after it (layout.yaml `viewer_quote_labels`: ``Download "…"``)
    quotes it whole: the `title`, a heading with no statements, even when the viewer copied
    the body's first sentences into it (``… namn är Ekdalens vattenförbund Medlemmar i
    förbundet är …``)."""
    folded = " ".join(text.split())
    for line in document.splitlines()[1:_VIEWER_WRAPPER_LINES]:
        quoted = _QUOTED.search(line)
        if quoted and " ".join(quoted.group("quoted").split()) == folded and (
            is_viewer_line(line)
        ):
            return True
    return False


def _modal_lead_in(text: str, following: Shape | None) -> bool:
    """A first line that breaks off before a list, with neither colon nor stop, is the
    list's lead-in, no title, when its sentence holds a modal after its subject's first word
    (grammar.yaml `modals`: ``Kassören ska till styrelsen redovisa``) or ends in a finite
    verb's ``att`` (`reflow.att_lead_in`: ``Fullmäktige beslutar att`` ⏎ ``1. Anta …``): a
    title names the document, it does not state what someone must do or decides."""
    if following is None or following.kind != LIST_ITEM:
        return False
    return not GRAMMAR.modals.isdisjoint(text.lower().split()[1:]) or att_lead_in(text)


def _clause_for(
    doc: NormalizedDocument, shape: Shape, context: _Context, ids: _Ids, start: int, end: int
) -> Iterator[Clause]:
    text = doc.text[start:end]
    if shape.kind == METADATA:
        context.metadata_lines += 1
        clause_id = ids.claim(f"m{context.metadata_lines}")
        yield _clause(doc, clause_id, None, METADATA, "", None, None, start, end)
        return
    if shape.kind == HEADING and shape.numbering == "section":
        number = shape.number or ""
        clause_id = ids.claim(number, *_nested(context.numbered_section, number))
        parent = _section_parent(clause_id, ids.used)
        context.section, context.section_title, context.container = clause_id, text, clause_id
        context.numbered_section = clause_id
        context.paragraphs_in_container = 0
        context.open_headings = []
        context.start_list_under(None)
        yield _clause(doc, clause_id, parent, HEADING, shape.label, clause_id, text, start, end)
        return
    if shape.kind == HEADING and shape.number is not None:  # "§ 3 Sammanträden"
        # a `§ N` heading opens a section (`§ 1 Ändamål` is section `§1`) unless a numbered
        # section or another heading holds it (`_opens_section`); a `1 kap.` label keeps its way
        opens = (shape.number or "").startswith("§") and _opens_section(context)
        clause_id, parent = _paragraph_id(shape, context, ids)
        if opens:
            context.section, parent = clause_id, None
        context.section_title = text
        context.start_list_under(clause_id)
        yield _clause(doc, clause_id, parent, HEADING, shape.label, context.section, text,
                      start, end)
        return
    if shape.kind == HEADING and shape.numbering == TABLE_GROUP:
        yield _table_group(doc, context, ids, start, end)
        return
    if shape.kind == HEADING:
        yield _unnumbered_heading(doc, shape, context, ids, start, end)
        return
    if shape.kind == LIST_ITEM:
        yield _list_item(doc, shape, context, ids, start, end)
        return
    yield _paragraph(doc, shape, context, ids, start, end)


def _opens_section(context: _Context) -> bool:
    """Whether a `§` heading is the innermost section heading of what follows: outside any
    numbered section and any unnumbered heading (round 49); under `2 Styrelsen` or under
    `Allmänna bestämmelser` (`h1`) the section stays that heading's."""
    section = context.section
    return context.numbered_section is None and (section is None or section.startswith("§"))


def _nested(section: str | None, number: str) -> tuple[str, ...]:
    return (f"{section}.{number}",) if section else ()


def _unnumbered_heading(
    doc: NormalizedDocument, shape: Shape, context: _Context, ids: _Ids, start: int, end: int
) -> Clause:
    text = doc.text[start:end]
    context.unnumbered_headings += 1
    clause_id = ids.claim(f"h{context.unnumbered_headings}")
    attachment = context.numbered_section is not None and _attachment_heading(text)
    if attachment:
        context.numbered_section = context.reentered = None
        context.open_headings = []
    parent = _open_heading_parent(doc, shape, context, clause_id) or context.numbered_section
    if context.numbered_section is None:  # a heading between numbered paragraphs
        context.section, context.container = clause_id, None
    if attachment:  # its text and table rows number under it: `h1.1` …
        context.container, context.paragraphs_in_container = clause_id, 0
    context.section_title = text
    context.start_list_under(None)
    return _clause(doc, clause_id, parent, HEADING, shape.label, context.section, text, start, end)


def _open_heading_parent(
    doc: NormalizedDocument, shape: Shape, context: _Context, clause_id: str
) -> str | None:
    """Newuser54c fault 6 / newuser55 fault 8: an unnumbered heading nests by the level its
    source gives it (`RawDocument.headings`: `<h3>` under the `<h2>` before it, `###` under
    `##`); one the source gives no level (a `<summary>`, a `<dt>` read as a heading) is one
    level below the last heading that has one. It closes the open headings of its level and
    deeper; the innermost one left is its parent. Without source headings: none (flat)."""
    level = _source_level(doc, shape)
    open_headings = context.open_headings
    derived = level is None
    if level is None:
        if not open_headings:
            return None
        given = [lvl for lvl, _, derived_level in open_headings if not derived_level]
        level = (given[-1] if given else open_headings[-1][0]) + 1
    while open_headings and open_headings[-1][0] >= level:
        open_headings.pop()
    parent = open_headings[-1][1] if open_headings else None
    open_headings.append((level, clause_id, derived))
    return parent


def _source_level(doc: NormalizedDocument, shape: Shape) -> int | None:
    """The level of the source heading (`RawDocument.headings`) the shape's block opens."""
    if not doc.raw.headings:
        return None
    raw_start = doc.raw_starts[shape.block.start]
    for span in doc.raw.headings:
        if span.start <= raw_start < span.end:
            return span.level
    return None


def _attachment_heading(text: str) -> bool:
    """A heading that opens an attachment (`Bilaga Rapporteringsplikter`, `Bilaga 2`: its
    first word in layout.yaml `attachment_headings`). Newuser51b fault 4: an attachment is no
    part of the numbered section before it (`2 Rapportering` ⏎ `Bilaga …`): a top-level
    heading."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].lower().rstrip(":.") in patterns.ATTACHMENT_HEADINGS


def _table_group(
    doc: NormalizedDocument, context: _Context, ids: _Ids, start: int, end: int
) -> Clause:
    """A table's merged group row (`A. Personal`, round 48): a heading in the table's section
    that leaves the section as it is, so that the rows below it stay in the table. It keeps
    the row's cells: a heading with cells is a group row (delegations reads it so)."""
    cells = _cells_at(doc, context.row_starts, start)
    number = _group_number(cells)
    section = context.numbered_section
    if number is not None and section is not None and number.startswith(f"{section}.") and (
        number not in ids.used
    ):
        clause_id = ids.claim(number)
    else:
        context.unnumbered_headings += 1
        clause_id = ids.claim(f"h{context.unnumbered_headings}")
    return _clause(doc, clause_id, context.section, HEADING, "", context.section,
                   context.section_title, start, end, cells)


def _list_item(
    doc: NormalizedDocument, shape: Shape, context: _Context, ids: _Ids, start: int, end: int
) -> Clause:
    label_kind = "number" if shape.numbering == RESUMED else label_class(shape.label)
    levels = context.list_levels
    if shape.numbering == LIST_TAIL and levels:
        label_kind = levels[0].label_class  # "utöva den kontroll …": the lead-in's own list
    if not levels:
        levels.append(_ListLevel(label_kind, context.list_parent or context.container
                                 or context.section))
    elif label_kind != levels[-1].label_class:
        depth = next((i for i, level in enumerate(levels) if level.label_class == label_kind),
                     None)
        if depth is not None:
            del levels[depth + 1 :]
        elif levels[-1].last_item is not None:
            levels.append(_ListLevel(label_kind, levels[-1].last_item))
    level = levels[-1]
    parent = level.parent
    letter = _letters(level.items)
    clause_id = ids.claim(f"{parent}.{letter}" if parent else letter)
    level.items += 1
    level.last_item = clause_id
    if shape.sentence == 1:  # the rest of an over-long item follows as its sentences
        context.sentence_base, context.sentence_parent = clause_id, parent
    return _clause(
        doc, clause_id, parent, LIST_ITEM, shape.label, context.section, context.section_title,
        start, end,
    )


def _paragraph(
    doc: NormalizedDocument, shape: Shape, context: _Context, ids: _Ids, start: int, end: int
) -> Clause:
    if shape.sentence > 1 and context.sentence_base is not None:
        clause_id = ids.claim(f"{context.sentence_base}.s{shape.sentence}")
        parent = context.sentence_parent
    elif (row := _numbered_row(doc, shape, context, ids, start)) is not None:
        clause_id, parent = row
    else:
        clause_id, parent = _paragraph_id(shape, context, ids)
        if shape.sentence == 1:
            ids.used.discard(clause_id)  # the paragraph is represented by its sentences
            context.sentence_base, context.sentence_parent = clause_id, parent
            clause_id = ids.claim(f"{clause_id}.s1")
    context.start_list_under(clause_id)
    cells = _cells_at(doc, context.row_starts, start) if shape.kind == TABLE_ROW else ()
    return _clause(
        doc,
        clause_id,
        parent,
        shape.kind,
        shape.label,
        context.section,
        context.section_title,
        start,
        end,
        cells,
    )


def _numbered_row(
    doc: NormalizedDocument, shape: Shape, context: _Context, ids: _Ids, start: int
) -> tuple[str, str | None] | None:
    """A table row whose first cell prints a number inside the current numbered section
    (`2.1` under `2.`) takes that number as its id, as a numbered paragraph does; outside a
    numbered section, a printed `1.1` does too (newuser54 fault 12: a delegation list under
    an unnumbered title, in .docx and .pdf as in .txt)."""
    if shape.kind != TABLE_ROW or shape.number is not None:
        return None
    if context.numbered_section is None:
        return _printed_row(doc, context, ids, start)
    index = _row_index(doc, context.row_starts, start)
    if index in context.counted_headers:  # the header steps aside from the rows' ids: `2.p1`
        count = context.counted_headers[index]
        section = context.numbered_section
        context.printed |= {f"{section}.{n}" for n in range(1, count + 1)}
        context.printed_parents |= {section}
        return None
    number = _row_number(_cells_at(doc, context.row_starts, start))
    if number is None and index in context.counted:
        number = f"{context.numbered_section}.{context.counted[index]}"
    if number is None or not number.startswith(f"{context.numbered_section}.") or (
        number in ids.used
    ):
        return None
    return ids.claim(number), context.section


def _printed_row(
    doc: NormalizedDocument, context: _Context, ids: _Ids, start: int
) -> tuple[str, str | None] | None:
    """A row outside a numbered section whose first cell prints `1.1`: that id, free yet."""
    number = _row_number(_cells_at(doc, context.row_starts, start))
    if number is None or number in ids.used:
        return None
    return ids.claim(number), context.section


def _paragraph_id(shape: Shape, context: _Context, ids: _Ids) -> tuple[str, str | None]:
    """The id of a paragraph (or table row) and its parent; may update the context."""
    if shape.number is not None and shape.number.startswith("§"):
        if _opens_section(context):  # `§ 2 Styrelsen ska …` after `§ 1 Namn`: out of §1
            context.section = context.section_title = None
        section = context.numbered_section
        candidates = (f"{section}.{shape.number}",) if section else (shape.number,)
        clause_id = ids.claim(*candidates, *_nested(context.section, shape.number))
        context.container, context.paragraphs_in_container = clause_id, 0
        return clause_id, context.section
    if shape.number is not None:
        clause_id = ids.claim(shape.number, *_nested(context.numbered_section, shape.number))
        parent = _numbered_parent(clause_id, context.section, ids.used)
        parent = _extended_paragraph(clause_id, context) or parent
        context.number_parents[clause_id] = parent
        context.container, context.paragraphs_in_container = clause_id, 0
        return clause_id, parent
    if shape.kind == TABLE_ROW:
        _leave_numbered_paragraph(context)
    if context.container is not None:
        context.paragraphs_in_container += 1
        local = str(context.paragraphs_in_container)
        candidate = f"{context.container}.{local}"
        # round 51 (newuser50b fault 9): where the document prints any number under the
        # container (`1.1 Beslut`), all its unnumbered paragraphs step aside (`1.p1`, `1.p2`),
        # so that a later printed `1.2` changes no id and `1.2` never precedes `1.1`
        if context.container in context.printed_parents or context.container == context.reentered:
            candidate = f"{context.container}.p{local}"
        return ids.claim(candidate), context.container
    context.plain_paragraphs += 1
    local = str(context.plain_paragraphs)
    # round 51 (nu51 faults 4, 9): where the document prints any number, its unnumbered
    # top-level paragraphs all step aside (`p1` … `p4`), not only those whose count clashes
    candidate = f"p{local}" if context.numbered else local
    if context.section is not None and context.section.startswith("h") and candidate in ids.used:
        candidate = f"{context.section}.{local}"
    return ids.claim(candidate), context.section


def _extended_paragraph(clause_id: str, context: _Context) -> str | None:
    """Newuser57b fault 1: the numbered paragraph before (or one of its numbered parents)
    whose number `clause_id` extends, `§` aside: `3. … :` ⏎ `3.1`, `3.2`; `§ 4 … :` ⏎ `4.1`."""
    candidate = context.container
    while candidate is not None:
        if clause_id.startswith(f"{candidate.lstrip('§')}."):
            return candidate
        candidate = context.number_parents.get(candidate)
    return None


def _numbered_parent(clause_id: str, section: str | None, used: set[str]) -> str | None:
    """A numbered paragraph's parent: the deepest number it extends inside the current
    section (`2.1.1` under `2.1`), else the section (round 47)."""
    if section is None or not clause_id.startswith(f"{section}."):
        return section
    return _section_parent(clause_id, used) or section


def _leave_numbered_paragraph(context: _Context) -> None:
    """A table after a numbered paragraph (`5.3`) of a numbered section is the section's, as
    is the plain text after it (round 47): rows and text number under the section."""
    section = context.numbered_section
    container = context.container
    if section is not None and container is not None and container.startswith(f"{section}."):
        context.container, context.paragraphs_in_container = section, 0
        context.reentered = section


def _section_parent(clause_id: str, used: set[str]) -> str | None:
    parts = clause_id.split(".")
    for length in range(len(parts) - 1, 0, -1):
        candidate = ".".join(parts[:length])
        if candidate in used:
            return candidate
    return None


def _cells_at(doc: NormalizedDocument, row_starts: list[int], start: int) -> tuple[str, ...]:
    index = _row_index(doc, row_starts, start)
    return () if index is None else doc.raw.table_rows[index].cells


def _row_index(doc: NormalizedDocument, row_starts: list[int], start: int) -> int | None:
    """The index in `table_rows` of the row the clause starting at `start` comes from."""
    raw_start = doc.raw_starts[start]
    rows = doc.raw.table_rows
    index = bisect.bisect_right(row_starts, raw_start) - 1
    if index >= 0 and rows[index].start <= raw_start < rows[index].end:
        return index
    return None


def _clause(
    doc: NormalizedDocument,
    clause_id: str,
    parent_id: str | None,
    kind: str,
    label: str,
    section: str | None,
    section_title: str | None,
    start: int,
    end: int,
    cells: tuple[str, ...] = (),
) -> Clause:
    raw_start, raw_end = doc.raw_span(start, end)
    pages = _pages(doc, raw_start, raw_end)
    return Clause(
        doc_id=doc.doc_id,
        clause_id=clause_id,
        parent_id=parent_id,
        kind=kind,
        label=label,
        section=section,
        section_title=section_title,
        ordinal=0,
        text=doc.text[start:end],
        start=start,
        end=end,
        raw_start=raw_start,
        raw_end=raw_end,
        page=pages[0] if pages else None,
        pages=pages,
        cells=cells,
    )


def _pages(doc: NormalizedDocument, raw_start: int, raw_end: int) -> tuple[int, ...]:
    return tuple(
        page.number
        for page in doc.raw.pages
        if page.start < max(raw_end, raw_start + 1) and page.end > raw_start
    )


def segment(doc: NormalizedDocument, config_dir: Path | None = None) -> SegmentedDocument:
    """Split a normalized document into clauses with ids, and extract its facts (statute
    abbreviations from ``laws.yaml`` and heading words from ``sentences.yaml`` of the
    configuration folder `config_dir`; None: the shipped one), with the word lists of its own
    layout.yaml where it has one (`patterns.using_layout`)."""
    with patterns.using_layout(own_layout(config_dir)):
        return _segmented(doc, config_dir)


def _segmented(doc: NormalizedDocument, config_dir: Path | None) -> SegmentedDocument:
    laws_path = folder_file(config_dir, "laws.yaml") if config_dir else None
    sentences_path = folder_file(config_dir, "sentences.yaml") if config_dir else None
    shapes = classify(doc)
    clauses = tuple(
        _with_ordinal(clause, ordinal) for ordinal, clause in enumerate(_assign_ids(doc, shapes))
    )
    title_clause = next((c for c in clauses if c.clause_id == TITLE_ID), None)
    title_block = (
        doc.text[doc.blocks[0].start : doc.blocks[0].end] if title_clause and doc.blocks else None
    )
    return SegmentedDocument(
        doc=doc,
        title=title_clause.text if title_clause else None,
        organisation=_organisation(title_clause, doc, sentences_path),
        year=year(title_block, doc.text, doc.raw.metadata),
        clauses=clauses,
        references=tuple(ref for clause in clauses for ref in find_references(clause, laws_path)),
    )


def _bands(doc: NormalizedDocument) -> str:
    """Running header and footer text the reader kept as metadata (a name printed only there)."""
    metadata = doc.raw.metadata
    return "\n".join(metadata.get(key, "") for key in ("header", "footer"))


def _with_ordinal(clause: Clause, ordinal: int) -> Clause:
    return replace(clause, ordinal=ordinal)
