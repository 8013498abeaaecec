"""Label columns: text set out as a borderless two-column table, a narrow column of headings
(or other labels) beside a wide column of text, found from the words' geometry alone.

The columns are two x positions that recur across the document: where lines start (the
left column) and where, after a gap, their words go on (the text column). A block of lines
belongs to them while every word lies on one side of a gutter that no word crosses. The
words of each column are made into lines on their own (a heading a point smaller than the
text sits on another baseline than the text beside it, so the page's lines mix the two).
A label starts a row; it shares its first line's baseline with the text beside it, goes on
over the lines below where it wrapped, and the row's text runs from that baseline to the
next label. It is a label column (and no hanging indent or page columns) where the left
column is the narrower, every row's text opens a paragraph in upper case (no sentence goes
on from the label into the text, nor from one row into the next), some row's text wraps,
and the labels are not all list numbers (`1.`, `2.1`, `§ 3`: numbered paragraphs with a
hanging indent, which the paragraph rules read). The rows become a table block, as if the
table had ruling lines; a table ending a page goes on at the top of the next (its text in
the text column first: the last row's end, joined by `join_continued_rows`).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline import patterns
from pipeline.ingest.pdf_layout import (
    CellLines,
    Line,
    PageLayout,
    PdfOptions,
    TableBlock,
    Word,
    cell_text,
    group_lines,
)

_GUTTER = 0.4  # font sizes: the least free band between the columns (wider than a space)
_SPACE = 0.3  # a space's width in font sizes (as the paragraph rules measure a next word)
_NUMBER_LABEL = re.compile(
    rf"(?:{patterns.LIST_LABEL_BODY}|(?:{patterns.PARAGRAPH_SIGN.pattern})\.?)"
)


@dataclass(frozen=True)
class _Edges:
    left: float  # where the label column's lines start
    text: float  # where the text column's lines start


@dataclass(frozen=True)
class _Row:
    label: tuple[Line, ...]  # empty: the text goes on from the previous page's last row
    text: tuple[Line, ...]


@dataclass(frozen=True)
class _Run:
    start: int  # index of the run's first line on its page
    end: int  # index after its last line
    rows: tuple[_Row, ...]
    label_right: float  # where the label column's text reaches
    text_right: float  # where the text column's text reaches
    gap: float  # font sizes between line tops above which a line is set apart


def lift_label_columns(pages: Sequence[PageLayout], opts: PdfOptions) -> None:
    """Replace each block of label-column text by a table block of its rows on its page."""
    if not (opts.tables and opts.aligned_tables):
        return
    candidates = _edge_candidates(pages, opts)
    if not candidates:
        return
    for edges in candidates:
        if not _enough_rows(pages, edges, opts):
            continue
        runs = _runs(pages, edges, opts)
        if _is_label_column([run for _, run in runs], opts):
            for page, run in reversed(runs):
                _lift(page, run, edges, opts)


# ---------------------------------------------------------------------------
# Column edges


def _edge_candidates(pages: Sequence[PageLayout], opts: PdfOptions) -> list[_Edges]:
    """Pairs (line start, start of the part after a wide gap) that recur: at least two lines
    of the document begin both columns, not all of them after a list number or bullet (a
    list with hanging indents, left to the paragraph rules)."""
    pairs = sorted(pair for page in pages for line in page.lines if (pair := _gap_pair(line)))
    groups: list[list[tuple[float, float, bool]]] = []
    for pair in pairs:
        group = next((g for g in groups if _near(g[0], pair, opts.indent_tolerance)), None)
        if group is None:
            groups.append([pair])
        else:
            group.append(pair)
    found = [g for g in groups if len(g) >= 2 and not all(numbered for *_, numbered in g)]
    found.sort(key=len, reverse=True)
    return [
        _Edges(min(pair[0] for pair in group), statistics.median(pair[1] for pair in group))
        for group in found
    ]


def _gap_pair(line: Line) -> tuple[float, float, bool] | None:
    """Where the line starts, where its words go on after its first wide gap (1.5 font
    sizes, as `split_segments` measures one), and whether the words before it are a number."""
    words = line.words
    for index, (previous, word) in enumerate(zip(words, words[1:], strict=False), start=1):
        gap = word.x0 - previous.x1
        if gap > 1.5 * word.size and gap > 1.5 * previous.size:
            label = " ".join(w.text for w in words[:index])
            return words[0].x0, word.x0, bool(_NUMBER_LABEL.fullmatch(label))
    return None


def _enough_rows(pages: Sequence[PageLayout], edges: _Edges, opts: PdfOptions) -> bool:
    """At least `aligned_table_min_rows` lines hold words in both columns (a row's first
    line does), and a line of the text column alone follows one with text there (a cell
    wraps): one cheap pass before the rows are made."""
    count, wraps = 0, False
    for page in pages:
        above_text = False
        for line in page.lines:
            words = _split(line, edges, opts)
            if words is None:
                above_text = False
                continue
            left, right = words
            count += bool(left and right)
            wraps = wraps or (above_text and not left)
            if wraps and count >= opts.aligned_table_min_rows:
                return True
            above_text = bool(right)
    return False


def _near(a: tuple[float, float, bool], b: tuple[float, float, bool], tolerance: float) -> bool:
    return abs(a[0] - b[0]) <= tolerance and abs(a[1] - b[1]) <= tolerance


# ---------------------------------------------------------------------------
# Runs of lines in the two columns


def _runs(
    pages: Sequence[PageLayout], edges: _Edges, opts: PdfOptions
) -> list[tuple[PageLayout, _Run]]:
    """Each page's blocks of lines in the two columns, as rows; a block is looked at where a
    line holds words in both columns (a row's first line) or it goes on from the last page."""
    found: list[tuple[PageLayout, _Run]] = []
    open_table = False  # the previous page's last line closed a run
    for page in pages:
        index, ends_page = 0, False
        while index < len(page.lines):
            end, both = index, False
            while end < len(page.lines) and (words := _split(page.lines[end], edges, opts)):
                both = both or bool(words[0] and words[1])
                end += 1
            continues = open_table and index == 0
            run = None
            if end > index and (both or continues):
                run = _run(page.lines, index, end, edges, opts, continues=continues)
            if run is None:
                index = max(end, index + 1)
                continue
            found.append((page, run))
            ends_page = run.end == len(page.lines)
            index = max(run.end, index + 1)
        open_table = ends_page
    return found


def _split(line: Line, edges: _Edges, opts: PdfOptions) -> tuple[list[Word], list[Word]] | None:
    """The line's words in the label and text columns, or None where a word lies in the
    gutter or a column's first word is not at its edge."""
    left: list[Word] = []
    right: list[Word] = []
    for word in line.words:
        if word.x0 >= edges.text - opts.wrapped_table_align:
            right.append(word)
        elif word.x1 <= edges.text - _GUTTER * word.size and not right:
            left.append(word)
        else:
            return None
    if left and abs(left[0].x0 - edges.left) > opts.indent_tolerance:
        return None
    if left and right and abs(right[0].x0 - edges.text) > opts.wrapped_table_align:
        return None
    return left, right


def _run(
    lines: Sequence[Line],
    start: int,
    end: int,
    edges: _Edges,
    opts: PdfOptions,
    *,
    continues: bool,
) -> _Run | None:
    """The rows of lines[start:end]. A label without text on its baseline is left out where
    it comes first (a heading above the table) and ends the run elsewhere (one after it);
    text before the first label belongs to no row unless it goes on from the last page."""
    while end > start:
        label_lines, text_lines = _columns(lines[start:end], edges, opts)
        label_right = max((line.x1 for line in label_lines), default=edges.left)
        gap = opts.paragraph_gap_ratio * _pitch_ratio(text_lines)
        labels = _labels(label_lines, label_right, gap)
        orphan = next(
            (i for i, label in enumerate(labels) if not _beside(label[0], text_lines)), None
        )
        ahead = bool(text_lines) and bool(labels) and text_lines[0].top < labels[0][0].top
        if orphan == 0 and not (continues and ahead):
            start, continues = _line_of(labels[0][-1].words[-1], lines, start, end) + 1, False
            continue
        if orphan is not None:
            cut = _line_of(labels[orphan][0].words[0], lines, start, end)
            if cut >= end:
                return None
            end = cut
            continue
        if not labels and not continues:
            return None
        if (
            labels
            and not continues
            and text_lines[0].top < labels[0][0].top - _baseline(labels[0][0])
        ):
            cut = _line_of(labels[0][0].words[0], lines, start, end)
            if cut <= start:
                return None
            start = cut
            continue
        rows = _rows(labels, text_lines)
        text_right = max(line.x1 for line in text_lines)
        return _Run(start, end, rows, label_right, text_right, gap)
    return None


def _columns(
    lines: Sequence[Line], edges: _Edges, opts: PdfOptions
) -> tuple[list[Line], list[Line]]:
    """The lines of the label column and of the text column, each grouped on its own."""
    left: list[Word] = []
    right: list[Word] = []
    for line in lines:
        words = _split(line, edges, opts)
        if words is not None:
            left += words[0]
            right += words[1]
    return group_lines(left, opts.y_tolerance), group_lines(right, opts.y_tolerance)


def _line_of(word: Word, lines: Sequence[Line], start: int, end: int) -> int:
    return next(index for index in range(start, end) if word in lines[index].words)


def _labels(lines: Sequence[Line], right: float, gap: float) -> list[list[Line]]:
    """The label column's lines in labels: a line goes on with the label above where that
    label's last line wrapped into it (its first word would not have fitted) without space."""
    labels: list[list[Line]] = []
    for line in lines:
        above = labels[-1][-1] if labels else None
        if above is not None and _wrapped(above, line, right) and _close(above, line, gap):
            labels[-1].append(line)
        else:
            labels.append([line])
    return labels


def _close(above: Line, line: Line, gap: float) -> bool:
    return line.top - above.top <= gap * above.size


def _pitch_ratio(lines: Sequence[Line]) -> float:
    """The text column's line pitch in font sizes: its closest lines of one size (as
    `measure` takes the page's)."""
    ratios = [
        (line.top - above.top) / line.size
        for above, line in zip(lines, lines[1:], strict=False)
        if abs(line.size - above.size) < 0.5 and line.top - above.top >= 0.9 * line.size
    ]
    return min(ratios, default=1.2)


def _baseline(line: Line) -> float:
    return line.size / 2  # tops this close: the same baseline (one font against another)


def _beside(label: Line, text_lines: Sequence[Line]) -> bool:
    return any(abs(text.top - label.top) <= _baseline(label) for text in text_lines)


def _rows(labels: Sequence[Sequence[Line]], text_lines: Sequence[Line]) -> tuple[_Row, ...]:
    tops = [label[0].top - _baseline(label[0]) for label in labels]
    rows: list[_Row] = []
    if not labels or text_lines[0].top < tops[0]:
        rows.append(_Row((), tuple(line for line in text_lines if not tops or line.top < tops[0])))
    for index, label in enumerate(labels):
        below = tops[index + 1] if index + 1 < len(tops) else float("inf")
        rows.append(
            _Row(
                tuple(label), tuple(line for line in text_lines if tops[index] <= line.top < below)
            )
        )
    return tuple(rows)


# ---------------------------------------------------------------------------
# Whether the runs are a label column


def _is_label_column(runs: Sequence[_Run], opts: PdfOptions) -> bool:
    labelled = [row for run in runs for row in run.rows if row.label]
    if len(labelled) < opts.aligned_table_min_rows:
        return False
    if all(_NUMBER_LABEL.fullmatch(_text(row.label)) for row in labelled):
        return False
    return all(_narrow(run) and _opens_rows(run) for run in runs) and any(
        _wraps(row.text, run.text_right) for run in runs for row in run.rows
    )


def _narrow(run: _Run) -> bool:
    left = min((row.label[0].x0 for row in run.rows if row.label), default=run.label_right)
    text = min(line.x0 for row in run.rows for line in row.text)
    return run.label_right - left < run.text_right - text


def _opens_rows(run: _Run) -> bool:
    """Each labelled row's text opens a paragraph: in upper case (or a number), and not the
    next line of the text above it (which would have wrapped into it without space)."""
    for previous, row in zip((None, *run.rows), run.rows, strict=False):
        if not row.label:
            continue
        if not row.text or row.text[0].words[0].text[:1].islower():
            return False
        if (
            previous is not None
            and previous.text
            and _goes_on(previous.text[-1], row.text[0], run.text_right, run.gap)
        ):
            return False
    return True


def _goes_on(above: Line, line: Line, right: float, gap: float) -> bool:
    """The line carries on the sentence of the line above: no space between them, the line
    above wrapped into it, and it did not end a sentence (rows set without spacing)."""
    if not _wrapped(above, line, right) or patterns.SENTENCE_END.search(above.text):
        return False
    return _close(above, line, gap)


def _wraps(lines: Sequence[Line], right: float) -> bool:
    return any(_wrapped(a, b, right) for a, b in zip(lines, lines[1:], strict=False))


def _wrapped(above: Line, line: Line, right: float) -> bool:
    """The line's first word would not have fitted after the line above it."""
    first = line.words[0]
    return above.x1 + _SPACE * above.size + (first.x1 - first.x0) > right


def _text(lines: Sequence[Line]) -> str:
    return " ".join(line.text for line in lines)


# ---------------------------------------------------------------------------
# Table blocks


def _lift(page: PageLayout, run: _Run, edges: _Edges, opts: PdfOptions) -> None:
    texts: list[tuple[str, ...]] = []
    cells: list[tuple[CellLines | None, ...]] = []
    for row in run.rows:
        # A label's text may reach the gutter (its longest line is no cell edge).
        label = CellLines(row.label, edges.left, edges.text) if row.label else None
        text = CellLines(row.text, edges.text, run.text_right) if row.text else None
        texts.append((_cell(label, opts), _cell(text, opts)))
        cells.append((label, text))
    lines = page.lines[run.start : run.end]
    page.tables.append(
        TableBlock(
            top=min(line.top for line in lines),
            rows=tuple(texts),
            bottom=max(line.bottom for line in lines),
            columns=(edges.left, edges.text),
            cells=tuple(cells),
        )
    )
    page.tables.sort(key=lambda table: table.top)
    del page.lines[run.start : run.end]


def _cell(lines: CellLines | None, opts: PdfOptions) -> str:
    return cell_text(lines, opts) if lines is not None else ""
