"""A web table copied by a browser one cell a line (round 45, writer W).

A browser copies an HTML table's cells onto lines of their own: the header row (``Nr`` ⏎
``Ärende`` ⏎ ``Delegat`` ⏎ ``Lagrum`` ⏎ ``Anmärkning``), then each row's cells, an empty cell
as an empty line or missing. A run of three or more short capitalised lines, two of them
column labels (layout.yaml `table_column_labels`), from the first known label to the last,
is such a header row; the rows after it
are found by the row number that opens each (the header's first cell a number column:
``Nr``, ``Punkt`` …, layout.yaml `table_number_columns`), else by the header's cell count,
empty lines counted as cells. The table ends at a numbered heading line (``2 Ekonomi``), a
repeat of the header, a sentence where a row is complete (a long line ending in a stop,
or a finite verb among a capitalised line's first words: inside a row it is a cell), or
two empty lines in a row without row numbers. Each row, and the header, is one block
(docs/annotation.md §1.2
"Round 45 (cell tables)"): `cell_table_rows` gives the first line's raw start and the line
count of each; `without_inner_blanks` drops the empty cells' lines so that a row stays in
one paragraph group, `pipeline.normalize.layout.split_table_rows` cuts each row out, and
`table_rows` hands the rows to the segmenter as the source's table rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice

from pipeline import patterns
from pipeline.ingest import TableRow
from pipeline.language.abbreviations import is_abbreviation_word, is_list_label
from pipeline.normalize.inline_headings import finite_verb
from pipeline.normalize.lines import Line

_MIN_HEADER_CELLS = 3
_MIN_HEADER_LABELS = 2
_MAX_HEADER_WORDS = 3
_MAX_HEADER_CHARS = 30
_SENTENCE_WORDS = 7  # a line this long ending in a stop is a sentence, no cell
_MIN_SENTENCE_WORDS = 3  # a subject, its verb and more
_VERB_PLACES = 4  # a sentence line's finite verb stands among its first three words
_ROW_NUMBER = re.compile(r"(?:[A-ZÅÄÖ]\.?)?\d{1,3}(?:\.\d{1,3})*\.?|[A-ZÅÄÖ]\d{0,2}")
_NUMBERED_HEADING = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?\s+[A-ZÅÄÖ]")
_HEADER_CELL = re.compile(r"[A-ZÅÄÖ#][\w./ -]*")


@patterns.layout_cache()
def _known_labels() -> frozenset[str]:
    """The column labels and the number columns' labels together."""
    return patterns.TABLE_COLUMN_LABELS | patterns.TABLE_NUMBER_COLUMNS


def _is_header_cell(text: str) -> bool:
    return (
        len(text) <= _MAX_HEADER_CHARS
        and len(text.split()) <= _MAX_HEADER_WORDS
        and _HEADER_CELL.fullmatch(text) is not None
    )


def _header_at(lines: list[Line], index: int) -> int:
    """The number of cell lines of a header row starting at `lines[index]`, else 0. A
    header opens with a known label: a short heading line before it is no cell."""
    labels, known_labels = patterns.TABLE_COLUMN_LABELS, _known_labels()
    if lines[index].stripped.casefold() not in known_labels:
        return 0
    end = index
    while end < len(lines) and not lines[end].is_blank and _is_header_cell(lines[end].stripped):
        end += 1
    cells = [line.stripped.casefold() for line in lines[index:end]]
    known = [place for place, cell in enumerate(cells) if cell in known_labels]
    cells = cells[: known[-1] + 1]  # the first row's short cells are no labels
    if len(cells) < _MIN_HEADER_CELLS or sum(cell in labels for cell in cells) < _MIN_HEADER_LABELS:
        return 0
    return len(cells)


def _is_sentence(text: str) -> bool:
    """A sentence line, no cell: a long line ending in a stop, or a capitalised line with a
    finite verb among its first words (V2: ``Nämnden beslutar …``, ``Beslutet anmäls …``)."""
    words = text.split()
    if text.endswith((".", "!", "?")) and len(words) >= _SENTENCE_WORDS:
        return True
    return (
        text[:1].isupper()
        and len(words) >= _MIN_SENTENCE_WORDS
        and any(finite_verb(word) for word in words[1:_VERB_PLACES])
    )


def _ends_table(lines: list[Line], index: int, header: list[str], row_done: bool) -> bool:
    text = lines[index].stripped
    if _NUMBERED_HEADING.match(text) or (row_done and _is_sentence(text)):
        return True
    following = [line.stripped for line in lines[index : index + len(header)]]
    return following == header


def cell_table_rows(lines: list[Line]) -> dict[int, int]:
    """The raw start of the first line of each row of a one-cell-a-line table (header rows
    included) and its number of content lines."""
    rows: dict[int, int] = {}
    index = 0
    while index < len(lines):
        width = 0 if lines[index].is_blank else _header_at(lines, index)
        if not width:
            index += 1
            continue
        header = [line.stripped for line in lines[index : index + width]]
        rows[lines[index].start] = width
        index = _table_rows(lines, index + width, header, rows)
    return rows


def _table_rows(lines: list[Line], index: int, header: list[str], rows: dict[int, int]) -> int:
    """Record the rows after a header ending before `lines[index]`; the index after them."""
    numbered = header[0].casefold() in patterns.TABLE_NUMBER_COLUMNS
    row: list[Line] = []
    cells = 0  # the current row's cells, empty lines counted (rows without numbers)
    blanks = 0
    while index < len(lines):
        line = lines[index]
        if line.is_blank:
            blanks += 1
            if not numbered and blanks >= 2 and not row:
                break
            if row or numbered:  # an empty line before a row's first cell is no cell
                cells += 1
        else:
            blanks = 0
            row_done = cells >= len(header) if numbered else cells == 0
            if _ends_table(lines, index, header, row_done):
                break
            opens_row = _ROW_NUMBER.fullmatch(line.stripped) is not None if numbered else cells == 0
            if opens_row and row:
                rows[row[0].start] = len(row)
                row = []
                cells = 0
            row.append(line)
            cells += 1
        if not numbered and cells >= len(header):
            if row:
                rows[row[0].start] = len(row)
            row, cells = [], 0
        index += 1
    if row:
        rows[row[0].start] = len(row)
    return index


# an expansion cell: a capitalised line of a few words
_MAX_EXPANSION_WORDS = 5
_MIN_GLOSSARY_ROWS = 2


def _is_abbreviation_cell(text: str) -> bool:
    """An abbreviation (`is_abbreviation_word`: ``FC``, ``BiH``) that is no column label."""
    return is_abbreviation_word(text) and text.casefold() not in _known_labels()


def _is_expansion_cell(text: str) -> bool:
    return (
        text[:1].isupper()
        and len(text.split()) <= _MAX_EXPANSION_WORDS
        and not _is_abbreviation_cell(text)
        and text.casefold() not in _known_labels()
        and not _is_sentence(text)
    )


def glossary_rows(lines: list[Line]) -> dict[int, int]:
    """Round 46 (probe w45-y): a list of abbreviations copied one cell a line, after its
    label (``Förkortningar`` ⏎ ``FC`` ⏎ ``Förvaltningschef`` ⏎ ``EC`` ⏎ ``Enhetschef``):
    each abbreviation and its expansion one row (two or more of them), as a table row
    printed on one line (``FC Förvaltningschef``) is; the raw start of each row's first line
    and its two content lines. The list ends at the first line that is no such pair."""
    rows: dict[int, int] = {}
    content = [index for index, line in enumerate(lines) if not line.is_blank]
    for place, index in enumerate(content):
        if not is_list_label(lines[index].stripped):
            continue
        found: dict[int, int] = {}
        pair = place + 1
        while pair + 1 < len(content):
            abbreviation, expansion = (lines[i].stripped for i in content[pair : pair + 2])
            if not (_is_abbreviation_cell(abbreviation) and _is_expansion_cell(expansion)):
                break
            found[lines[content[pair]].start] = 2
            pair += 2
        if len(found) >= _MIN_GLOSSARY_ROWS:
            rows |= found
    return rows


def without_inner_blanks(lines: list[Line], rows: dict[int, int]) -> list[Line]:
    """`lines` without the empty lines inside a row of a cell table (its empty cells)."""
    kept: list[Line] = []
    left = 0  # content lines of the current row still to come
    for line in lines:
        if line.is_blank:
            if not left:
                kept.append(line)
            continue
        left = max(rows.get(line.start, left) - 1, 0)
        kept.append(line)
    return kept


def table_rows(
    lines: list[Line], rows: dict[int, int], cut: Mapping[int, tuple[str, ...]] | None = None
) -> tuple[TableRow, ...]:
    """The rows as the source's table rows (raw start and end, the cells in order), so that
    the segmenter reads each as a table row, as a text file's ``|`` or tab rows; a row of
    `cut` (a flattened row, round 51) has the cells found in its one line."""
    found: list[TableRow] = []
    for index, line in enumerate(lines):
        if line.start not in rows or line.is_blank:
            continue
        content = (other for other in islice(lines, index, None) if not other.is_blank)
        cells = list(islice(content, rows[line.start]))
        end = cells[-1].start + len(cells[-1].text.rstrip())
        own = cut.get(line.start) if cut else None
        found.append(TableRow(line.start, end, own or tuple(cell.stripped for cell in cells)))
    return tuple(found)
