"""Tables without borders whose cells wrap over several lines (a Word table in the default
style, exported by an office suite): found from the words' geometry alone.

A table starts at a header line of two or more parts set apart by wide gaps (the column
labels: short words, no sentence, no list label); the parts' left edges are the columns.
Lines below belong to the table while every word lies in one column's band: each column's
text starts at its left edge and stops a gutter short of the next column (a band free of text
down the whole block). Rows start after vertical space (cells spaced like paragraphs) or, in
a table without spacing, where the first column starts a new line that is no wrap of its
cell. The first row is the header alone; every row opens with its first cell, each cell's
lines follow each other from the row's top (cells are top-aligned), and some cell wraps
because its next word did not fit (two-column page text, lists with hanging indents,
numbered headings and signature blocks fail one of these). A table that ends a page goes
on at the top of the next page in the same columns: a first line in lower case continues
the last row, and a part that fills its page to the end goes on again on the page after
(newuser54 fault 1: a table over six pages lost its rows from the third on).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline import patterns
from pipeline.ingest.pdf_layout import (
    CellLines,
    Line,
    PageLayout,
    PdfOptions,
    TableBlock,
    Word,
    cell_text,
    column_labels,
    measure,
)

_SPACE = 0.3  # a space's width in font sizes (as the paragraph rules measure a next word)
_FAR_GAP = 2.0  # a gap this many times the paragraph gap ends a table


@dataclass(frozen=True)
class _Columns:
    lefts: tuple[float, ...]  # where each column's text starts
    size: float  # the body text's font size
    gap: float  # vertical distance between line tops above which a row may start
    rights: tuple[float, ...] = ()  # where each column's text may reach


@dataclass(frozen=True)
class _Found:
    table: TableBlock
    end: int  # index of the first line after the table
    columns: _Columns
    rows: tuple[tuple[Line, ...], ...]  # the lines of each row (header first)
    header: tuple[str, ...] | None = None  # the header's texts (None: `table`'s first row)


def lift_wrapped_tables(pages: Sequence[PageLayout], opts: PdfOptions) -> None:
    """Replace each borderless table with wrapped cells by a table block on its page."""
    if not (opts.tables and opts.aligned_tables):
        return
    geometry = measure(pages, opts.justified_share)
    previous: tuple[PageLayout, _Found] | None = None
    for page in pages:
        going_on = _continue_on(page, *previous, opts) if previous is not None else None
        previous = going_on if going_on is not None and not page.lines else None
        kept: list[Line] = []
        index = 0
        while index < len(page.lines):
            found = _table_at(page.lines, index, geometry.pitch_ratio, opts)
            if found is None:
                kept.append(page.lines[index])
                index += 1
                continue
            page.tables.append(found.table)
            index = found.end
            previous = (page, found) if index == len(page.lines) else None
        page.lines = kept
        page.tables.sort(key=lambda table: table.top)


# ---------------------------------------------------------------------------
# Finding a table


def _table_at(lines: Sequence[Line], start: int, pitch_ratio: float,
              opts: PdfOptions) -> _Found | None:
    header = lines[start]
    labels = column_labels(header, opts.aligned_table_label_words)
    if labels is None or start + 1 >= len(lines):
        return None
    lefts = tuple(label.x0 for label in labels)
    size = lines[start + 1].size
    columns = _Columns(lefts, size, opts.paragraph_gap_ratio * pitch_ratio * size)
    end = start + 1
    while end < len(lines) and _belongs(lines[end - 1], lines[end], columns, opts):
        end += 1
    if not _fits(header, columns, opts):
        return None
    columns = replace(columns, rights=_rights(lines[start:end], columns, opts))
    rows = _trim(_rows(lines[start:end], columns, opts, header_first=True), columns, opts)
    if rows is None or len(rows) < opts.aligned_table_min_rows or len(rows[0]) != 1:
        return None
    if not _wraps(rows[1:], columns, opts):
        return None
    end = start + sum(len(row) for row in rows)
    return _Found(_block(rows, columns, opts), end, columns, rows)


def _belongs(previous: Line, line: Line, columns: _Columns, opts: PdfOptions) -> bool:
    if abs(line.size - columns.size) > opts.font_size_tolerance:
        return False
    if line.top - previous.top > _FAR_GAP * columns.gap:
        return False
    return _fits(line, columns, opts)


def _fits(line: Line, columns: _Columns, opts: PdfOptions) -> bool:
    """Every word in a column band: the column's first word on the line at its left edge,
    the last a gutter short of the next column."""
    cells = _split(line, columns, opts)
    if cells is None:
        return False
    gutter = opts.wrapped_table_gutter * columns.size
    for index, words in enumerate(cells):
        if not words:
            continue
        if abs(words[0].x0 - columns.lefts[index]) > opts.wrapped_table_align:
            return False
        if index + 1 < len(columns.lefts) and words[-1].x1 > columns.lefts[index + 1] - gutter:
            return False
    return True


def _split(line: Line, columns: _Columns, opts: PdfOptions) -> list[list[Word]] | None:
    cells: list[list[Word]] = [[] for _ in columns.lefts]
    for word in line.words:
        index = _column_of(word, columns, opts)
        if index is None:
            return None
        cells[index].append(word)
    return cells


def _column_of(word: Word, columns: _Columns, opts: PdfOptions) -> int | None:
    inside = [index for index, left in enumerate(columns.lefts)
              if word.x0 >= left - opts.wrapped_table_align]
    return inside[-1] if inside else None


def _cells(line: Line, columns: _Columns, opts: PdfOptions) -> tuple[Line | None, ...]:
    split = _split(line, columns, opts) or []
    return tuple(Line(tuple(words)) if words else None for words in split)


# ---------------------------------------------------------------------------
# Rows


def _rows(lines: Sequence[Line], columns: _Columns, opts: PdfOptions, *,
          header_first: bool) -> list[list[Line]]:
    """The lines in rows. Whether rows are spaced is read below the header (a header may be
    set apart where the rows are not); the header row ends at space or at a row's start."""
    body = lines[1:] if header_first else lines
    spaced = any(b.top - a.top > columns.gap for a, b in zip(body, body[1:], strict=False))
    rows: list[list[Line]] = []
    for index, line in enumerate(lines):
        previous = lines[index - 1]
        opens = index == 0 or _starts_row(previous, line, columns, opts, spaced) or (
            header_first and index == 1 and (
                line.top - previous.top > columns.gap
                or _starts_row(previous, line, columns, opts, False, capitals=False)))
        if opens:
            rows.append([line])
        else:
            rows[-1].append(line)
    return rows


def _starts_row(previous: Line, line: Line, columns: _Columns, opts: PdfOptions,
                spaced: bool, *, capitals: bool = True) -> bool:
    """After vertical space where rows are spaced; else where the first column starts a
    line and either another column starts a cell there (top-aligned cells start together)
    or the first column's line before did not wrap into it, or (`capitals`, below the
    header row: a header of two lines, `Karin Lund` ⏎ `Kommunstyrelsens`, is a signature
    block) every cell on the line opens with a capital."""
    if spaced:
        return line.top - previous.top > columns.gap
    cells, above = _cells(line, columns, opts), _cells(previous, columns, opts)
    if cells[0] is None:
        return False
    if any(cell is not None and upper is None for cell, upper in zip(cells[1:], above[1:],
                                                                    strict=True)):
        return True
    if above[0] is None or not _wrapped(above[0], cells[0], columns.rights[0]):
        return True
    return capitals and _cells_start(above, cells)


def _cells_start(above: Sequence[Line | None], cells: Sequence[Line | None]) -> bool:
    """Round 48 (nu48 fault 8): a line under a full first cell is a new row, though the
    first column's next word would not have fitted above, when every cell on it opens with a
    capital (none goes on in lower case) and another column has text on both lines
    (`Ekonomisk uppföljning | Ekonomidirektören` ⏎ `Personalfrågor … | HR-direktören`).
    Review 48a, 4: not where the line leaves empty a column the line above fills, nor where
    a cell above ends in a preposition or conjunction (`… i samråd med` ⏎ `Länsstyrelsen`)."""
    opens = [cell.words[0].text[:1].isupper() for cell in cells if cell is not None]
    both = any(
        upper is not None and cell is not None
        for upper, cell in zip(above[1:], cells[1:], strict=True)
    )
    complete = all(cell is not None for upper, cell in zip(above, cells, strict=True) if upper)
    return both and all(opens) and complete and not any(_runs_on(upper) for upper in above)


def _runs_on(cell: Line | None) -> bool:
    """A cell's line ends in a word that never ends a text: a preposition or conjunction
    (layout.yaml `prepositions`, `open_line_ends`)."""
    last = cell.words[-1].text.lower() if cell is not None and cell.words else ""
    return last in patterns.PREPOSITIONS or last in patterns.OPEN_LINE_ENDS


def _trim(rows: list[list[Line]], columns: _Columns,
          opts: PdfOptions) -> tuple[tuple[Line, ...], ...] | None:
    """The rows while each opens with its first cell and one more (a line of the first
    column alone, such as a paragraph after the table, is text) and keeps its cells
    top-aligned."""
    kept: list[tuple[Line, ...]] = []
    for row in rows:
        if not _is_row(row, columns, opts):
            break
        kept.append(tuple(row))
    return tuple(kept) if kept else None


def _is_row(row: Sequence[Line], columns: _Columns, opts: PdfOptions) -> bool:
    grid = [_cells(line, columns, opts) for line in row]
    if grid[0][0] is None or sum(cell is not None for cell in grid[0]) < 2:
        return False
    return all(_top_aligned([cells[index] for cells in grid])
               for index in range(len(columns.lefts)))


def _top_aligned(cell_lines: Sequence[Line | None]) -> bool:
    """A cell's lines follow each other from the row's first line, without gaps."""
    filled = [line is not None for line in cell_lines]
    count = sum(filled)
    return filled[:count] == [True] * count


def _row_cells(row: Sequence[Line], columns: _Columns,
               opts: PdfOptions) -> tuple[tuple[Line, ...] | None, ...]:
    grid = [_cells(line, columns, opts) for line in row]
    cells = []
    for index in range(len(columns.lefts)):
        lines = tuple(cells_[index] for cells_ in grid if cells_[index] is not None)
        cells.append(lines or None)
    return tuple(cells)


def _wraps(rows: Sequence[Sequence[Line]], columns: _Columns, opts: PdfOptions) -> bool:
    """Some cell goes on on a next line because its next word did not fit."""
    for row in rows:
        for index, lines in enumerate(_row_cells(row, columns, opts)):
            if lines is None:
                continue
            right = columns.rights[index]
            if any(_wrapped(a, b, right) for a, b in zip(lines, lines[1:], strict=False)):
                return True
    return False


def _wrapped(above: Line, line: Line, right: float) -> bool:
    first = line.words[0]
    return above.x1 + _SPACE * above.size + (first.x1 - first.x0) > right


def _rights(lines: Sequence[Line], columns: _Columns, opts: PdfOptions) -> tuple[float, ...]:
    """Where each column's text may reach: the narrowest gutter the block shows short of the
    next column, or the column's longest line (the last column: its longest line)."""
    grid = [_cells(line, columns, opts) for line in lines]
    longest = [max((cells[index].x1 for cells in grid if cells[index] is not None),
                   default=left) for index, left in enumerate(columns.lefts)]
    gutter = min(left - end for left, end in zip(columns.lefts[1:], longest, strict=False))
    nexts = [left - gutter for left in columns.lefts[1:]]
    return tuple(max(end, limit) for end, limit in zip(longest, [*nexts, 0.0], strict=True))


# ---------------------------------------------------------------------------
# Table blocks


def _block(rows: Sequence[Sequence[Line]], columns: _Columns, opts: PdfOptions) -> TableBlock:
    texts: list[tuple[str, ...]] = []
    geometry: list[tuple[CellLines | None, ...]] = []
    for row in rows:
        cells = tuple(
            CellLines(lines, columns.lefts[index], columns.rights[index]) if lines else None
            for index, lines in enumerate(_row_cells(row, columns, opts))
        )
        texts.append(tuple(cell_text(cell, opts) if cell else "" for cell in cells))
        geometry.append(cells)
    return TableBlock(top=rows[0][0].top, rows=tuple(texts), bottom=rows[-1][-1].bottom,
                      columns=columns.lefts, cells=tuple(geometry))


# ---------------------------------------------------------------------------
# A table going on at the top of the next page


def _continue_on(page: PageLayout, before: PageLayout, found: _Found,
                 opts: PdfOptions) -> tuple[PageLayout, _Found] | None:
    """The next page's first lines in the table's columns (under its header line printed
    again, if it is): a first line in lower case goes on with the last row, the rest are
    rows of the table's part on this page (the header printed again their first). Returns
    the table's last part (on this page or, extended, on the page before) for a page after
    to go on with, or None where nothing went on."""
    columns, lines = found.columns, page.lines
    header_texts = found.header if found.header is not None else found.table.rows[0]
    repeated = bool(lines) and _texts(lines[0], columns, opts) == header_texts
    header, body = lines[:int(repeated)], lines[int(repeated):]
    end = 0
    while end < len(body) and (_belongs(body[end - 1], body[end], columns, opts) if end
                               else _fits(body[0], columns, opts)):
        end += 1
    if end == 0 or abs(body[0].size - columns.size) > opts.font_size_tolerance:
        return None
    rows = _rows(body[:end], columns, opts, header_first=False)
    tail: list[Line] = []
    if _continues(found.rows[-1], rows[0], columns, opts):
        tail = rows.pop(0)
    more = _trim(rows, columns, opts) if rows else None
    page.unread_rows = sum(_row_shaped(row[0], columns, opts) for row in rows[len(more or ()):])
    if not tail and not more:
        return None
    last = (before, found)
    if tail:
        index = next(i for i, table in enumerate(before.tables) if table is found.table)
        extended = _extended(found, tail, opts)
        before.tables[index] = extended
        last = (before, replace(found, table=extended,
                                rows=(*found.rows[:-1], (*found.rows[-1], *tail)),
                                header=header_texts))
    if more:  # (a header printed again above the last row's end alone is dropped)
        block = _block([*([header] if header else []), *more], columns, opts)
        page.tables.append(block)
        last = (page, replace(found, table=block, rows=more, header=header_texts))
    page.lines = lines[len(header) + len(tail) + sum(len(row) for row in more or ()):]
    return last


def _row_shaped(line: Line, columns: _Columns, opts: PdfOptions) -> bool:
    """A line with text in the first column and another: a row's first line."""
    cells = _cells(line, columns, opts)
    return cells[0] is not None and sum(cell is not None for cell in cells) >= 2


def _texts(line: Line, columns: _Columns, opts: PdfOptions) -> tuple[str, ...]:
    return tuple(cell.text if cell is not None else "" for cell in _cells(line, columns, opts))


def _continues(last: Sequence[Line], first: Sequence[Line], columns: _Columns,
               opts: PdfOptions) -> bool:
    """The lines open in lower case in each of their cells, and only in columns whose cell
    reached the last row's last line."""
    below = _row_cells(first, columns, opts)
    bottom = _cells(last[-1], columns, opts)
    for index, lines in enumerate(below):
        if lines is None:
            continue
        if bottom[index] is None or not lines[0].words[0].text[:1].islower():
            return False
    return _is_row([*last, *first], columns, opts)


def _extended(found: _Found, tail: Sequence[Line], opts: PdfOptions) -> TableBlock:
    """The table with its last row's cells going on with the next page's lines."""
    table = found.table
    below = _row_cells(tail, found.columns, opts)
    cells = tuple(
        upper if lines is None or upper is None else replace(upper, lines=(*upper.lines, *lines))
        for upper, lines in zip(table.cells[-1], below, strict=True)
    )
    texts = tuple(cell_text(cell, opts) if cell else "" for cell in cells)
    return replace(table, rows=(*table.rows[:-1], texts), cells=(*table.cells[:-1], cells))
