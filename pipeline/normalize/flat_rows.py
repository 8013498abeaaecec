"""A delegation table pasted from a PDF one row a line (round 51, nu51 fault 1).

A PDF table copied as text keeps each row on one line with its cells run together: the
header row a line of column labels alone (``Nr Ärende Lagrum Delegat Anmärkning``, every
word a label of layout.yaml `table_column_labels`/`table_number_columns`, three or more, two
of them columns of configs/delegations.yaml, in the order number, matter, lagrum,
delegate, note), then numbered rows (``1.1 Beslut i brådskande
ärenden 6 kap. 39 § KL Ordf Anmäls vid nästa sammanträde``). Each row is read as a table
row, its cells cut by grammar and layout, not by position:

* the row number opening the line (the number column);
* the lagrum: the statute reference, a section sign and a law's abbreviation of laws.yaml
  or a law name (``6 kap. 39 § KL``, ``4 kap. 1 § SoL``);
* the delegate: after the lagrum, its first word and the lower-case words after it (``Ordf``,
  ``Vice ordförande``); without a lagrum, a last word in capitals (``SNAU``);
* the note: what follows the delegate (``Anmäls vid nästa sammanträde``);
* the matter: the words between the number and the lagrum or delegate.

A top-level numbered line without a lagrum or a delegate (``2 Ekonomiskt bistånd``) is a
group row of one cell; a sub-numbered one whose cells are not found (``3.1 Beslut om bygglov
BI Anm: Avslag beslutas av nämnden``) stays the paragraph it was, and a page counter
between rows (``Sida 1 av 2``) does not end the table. Before
the header, a list of abbreviations (``Förkortningar`` ⏎ ``SN = Socialnämnden`` …) is a key
table, one row a line (`legend_rows`), no run-on paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from pipeline import patterns
from pipeline.ingest.layout import is_page_number
from pipeline.language.abbreviations import is_abbreviation_word, is_list_label
from pipeline.normalize.lines import Line

_MIN_HEADER_WORDS = 3
_ROW = re.compile(r"(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<rest>[A-ZÅÄÖ].*)")
_LEGEND = re.compile(r"(?P<abbr>[A-ZÅÄÖ][\wåäöÅÄÖ]{0,7})\s*[=–-]\s*(?P<meaning>[A-ZÅÄÖ].*)")
_CELL_COLUMNS = ("number", "matter", "law", "delegate", "note")


@cache
def _lagrum(laws_path: Path | None) -> re.Pattern[str]:
    """A statute reference ending a row's matter: ``6 kap. 39 § KL``, ``45 § FL``: an
    abbreviation of the run's laws.yaml or a law's name (`patterns.LAW_NAME`)."""
    from pipeline.config import load_laws

    abbreviations = load_laws(laws_path)
    names = "|".join(re.escape(name) for name in sorted(abbreviations, key=len, reverse=True))
    law = rf"(?:{names}|{patterns.LAW_NAME})" if names else patterns.LAW_NAME
    return re.compile(
        rf"(?<!\S)(?:\d{{1,2}}\s*kap\.\s*)?\d{{1,3}}\s*[a-z]?\s*§§?\s+{law}(?!\w)"
    )


@patterns.layout_cache()
def _labels() -> frozenset[str]:
    return patterns.TABLE_COLUMN_LABELS | patterns.TABLE_NUMBER_COLUMNS


def _header_columns(text: str, delegations_path: Path | None) -> tuple[str, ...] | None:
    """The column of each word of a header line of labels alone, else None."""
    words = text.split()
    if len(words) < _MIN_HEADER_WORDS or any(w.casefold() not in _labels() for w in words):
        return None
    from pipeline.delegations import column_of, load_rules  # delegations imports segment

    rules = load_rules(delegations_path)
    columns = tuple(column_of(word, rules) or "" for word in words)
    named = [column for column in columns if column]
    order = [column for column in _CELL_COLUMNS if column in named]
    # the cells are cut in this order only: a delegate column before the lagrum
    # (``Ärende Delegat Lagrum``) leaves the rows as they were
    if not {"matter", "delegate"} <= set(named) or named != order:
        return None
    return columns


def _delegate_end(words: Sequence[str]) -> int:
    """The delegate's words at the start of `words`: the first and the lower-case ones
    after it (``Vice ordförande``)."""
    end = 1
    while end < len(words) and words[end][:1].islower():
        end += 1
    return end


def row_cells(rest: str, laws_path: Path | None = None) -> dict[str, str] | None:
    """The matter, lagrum, delegate and note of a row's text after its number; None for a
    group row (no lagrum, no delegate in capitals at its end)."""
    lagrum = _lagrum(laws_path).search(rest)
    if lagrum is not None:
        after = rest[lagrum.end() :].split()
        end = _delegate_end(after) if after else 0
        return {"matter": rest[: lagrum.start()].strip(), "law": lagrum.group(),
                "delegate": " ".join(after[:end]), "note": " ".join(after[end:])}
    words = rest.split()
    if len(words) >= 2 and is_abbreviation_word(words[-1]):
        return {"matter": " ".join(words[:-1]), "law": "", "delegate": words[-1], "note": ""}
    return None


def flat_table_rows(
    lines: Sequence[Line], laws_path: Path | None = None, delegations_path: Path | None = None
) -> dict[int, tuple[str, ...]]:
    """The raw start of each line of a flattened delegation table (its header too) → the
    row's cells in the header's order (a group row: one cell); the lagrum's abbreviations
    and the column labels are the run's (laws.yaml, delegations.yaml; None: the shipped)."""
    found: dict[int, tuple[str, ...]] = {}
    index = 0
    while index < len(lines):
        columns = None if lines[index].is_blank else _header_columns(
            lines[index].stripped, delegations_path
        )
        if columns is None:
            index += 1
            continue
        found[lines[index].start] = tuple(lines[index].stripped.split())
        index = _rows(lines, index + 1, columns, found, laws_path)
    return found


def _rows(
    lines: Sequence[Line],
    index: int,
    columns: tuple[str, ...],
    found: dict[int, tuple[str, ...]],
    laws_path: Path | None,
) -> int:
    while index < len(lines):
        line = lines[index]
        if line.is_blank or is_page_number(line.stripped):
            index += 1
            continue
        row = _ROW.fullmatch(line.stripped)
        if row is None:
            break
        cells = row_cells(row.group("rest"), laws_path)
        if cells is None and "." not in row.group("number"):
            found[line.start] = (line.stripped,)  # ``2 Ekonomiskt bistånd``: a group row
        elif cells is not None:
            cells["number"] = row.group("number")
            if "law" not in columns and cells["law"]:  # no lagrum column: the matter's
                cells["matter"] = f"{cells['matter']} {cells['law']}".strip()
            found[line.start] = tuple(cells.get(column, "") for column in columns)
        index += 1
    return index


def legend_rows(
    lines: Sequence[Line], table: dict[int, tuple[str, ...]]
) -> dict[int, tuple[str, ...]]:
    """A list of abbreviations right above a flattened table's header (``SN =
    Socialnämnden``, two or more lines): the raw start of each line → its two cells, the
    abbreviation and its meaning (a key table's rows, read under its label line
    ``Förkortningar``)."""
    rows: dict[int, tuple[str, ...]] = {}
    for index, line in enumerate(lines):
        if line.start not in table or index == 0 or lines[index - 1].start in table:
            continue
        above = index - 1
        run: dict[int, tuple[str, ...]] = {}
        while above >= 0 and (legend := _LEGEND.fullmatch(lines[above].stripped)):
            run[lines[above].start] = (legend.group("abbr"), legend.group("meaning"))
            above -= 1
        if len(run) >= 2:
            rows |= run
    return rows


def legend_labels(lines: Sequence[Line], legend: dict[int, tuple[str, ...]]) -> list[int]:
    """The raw start of the label line (``Förkortningar``) right above each run of
    `legend_rows`: a block of its own, the key table's heading."""
    return [
        lines[index - 1].start
        for index, line in enumerate(lines)
        if index and line.start in legend and lines[index - 1].start not in legend
        and is_list_label(lines[index - 1].stripped)
    ]
