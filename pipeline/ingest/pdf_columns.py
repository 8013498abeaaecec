"""Pages set in two text columns (a newsletter-style stadga, a printed reglemente): read the
left column top to bottom, then the right one, instead of line by line across both.

A page is set in columns when a vertical gutter runs down it: a band of x near the middle of
the text that no word and no ordinary word space crosses on most of the page's lines (a
full-width title band above the columns, or a band between two column sections, crosses it and
stays where it is). Each run of lines under the gutter is one column section; it is read as
columns only when both sides hold prose: comparable widths, most lines on each side filling
their column (wrapped text), and one run of text per side on a line; each side holds a fair
share of the words, unless the right column is the text's short last column (it starts with the
left one and ends after a few lines, the left one going on below). A one-column page with a
table, a delegation list with a narrow column, a label column beside its text or a right-aligned
page number fails one of these and is left to the table readers as before.

The right column is moved under the left one (its words shifted left onto the left column's
edge and down to follow its last line by one line pitch), and everything below the section
moves down as far: the paragraph, list and table rules after this step see one column.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.ingest.pdf_layout import Line, PageLayout, PdfOptions, Word, group_lines
from pipeline.patterns import SENTENCE_END

_SPACE_SIZES = 1.0  # a gap up to this many font sizes between words is a word space
_SEARCH = (0.25, 0.75)  # the gutter is looked for in this share of the text width
_MIN_SIDE_WORDS = 0.2  # each column holds this share of the section's words at least
_MIN_WIDTH_RATIO = 0.5  # the narrower column is at least this share of the wider one
_FULL_LINE = 0.6  # a column line this share of its column's width wide is a wrapped line
_FULL_SHARE = 0.5  # at least this share of each column's lines are wrapped lines
_SPLIT_SHARE = 0.2  # more of a column's lines with a run of text at one x: a table column
_ALIGN = 3.0  # points: run starts this close count as one x
_BALANCE_LINES = 1.5  # a balanced section's column 1 ends this many line pitches below column 2's
_TAIL_GAP = 3.0  # line pitches: the most space between lines of the text below the columns


@dataclass(frozen=True)
class _Gutter:
    middle: float
    crossing: tuple[bool, ...]  # per line: text runs across the gutter


def restack_columns(pages: Sequence[PageLayout], opts: PdfOptions) -> None:
    """Read every page set in two text columns column by column (see the module docstring)."""
    if not opts.columns:
        return
    for page in pages:
        if page.tables or len(page.lines) < opts.column_min_lines:
            continue
        restacked = _restacked(page.lines, opts)
        if restacked is not None:
            page.lines, extra = restacked
            page.height += extra


def _restacked(lines: list[Line], opts: PdfOptions) -> tuple[list[Line], float] | None:
    size = statistics.median(word.size for line in lines for word in line.words)
    gutter = _gutter(lines, size, opts)
    if gutter is None:
        return None
    sections = _sections(gutter.crossing)
    if not sections:
        return None
    result: list[Line] = []
    offset = 0.0  # how far the page below the sections read so far has moved down
    position = 0
    for start, section_end in sections:
        result.extend(_shifted(line, 0.0, offset) for line in lines[position:start])
        section = [_shifted(line, 0.0, offset) for line in lines[start:section_end]]
        end, section, columns = _column_section(lines, start, section, gutter.middle, size)
        if columns is None:
            result.extend(section)
        else:
            restacked, grown = _stack(*columns, opts)
            result.extend(restacked)
            offset += grown
        position = end
    result.extend(_shifted(line, 0.0, offset) for line in lines[position:])
    return (result, offset) if offset else None


def _column_section(
    lines: Sequence[Line], start: int, section: list[Line], middle: float, size: float
) -> tuple[int, list[Line], tuple[list[Word], list[Word]] | None]:
    """The section's end, lines and columns (None: not read as columns); where it reads as
    columns, without the text below them that runs on into the full-width line after it
    (`_below_columns`), when the rest still reads as columns."""
    end = start + len(section)
    columns = _columns(section, middle, size)
    cut = _below_columns(lines, start, end, middle)
    if columns is not None and cut < end:
        above = _columns(section[: cut - start], middle, size)
        if above is not None:
            return cut, section[: cut - start], above
    return end, section, columns


def _below_columns(lines: Sequence[Line], start: int, end: int, middle: float) -> int:
    """Where the column section really ends when full-width text follows it (newuser55 fault
    1): a balanced section (LibreOffice evens out its columns) ends a line or so below the
    right column's last line; left-side lines lower down, running on without a gap into the
    full-width line after the section (a short heading over the next paragraph), are the
    text below the columns and are read after column 2, not as column 1's end. A section
    that runs to the page's end (a column left to fill the page) keeps its lines."""
    if end >= len(lines) or end - start < 3:
        return end
    pitch = _pitch(lines[start:end])
    last_right = max(
        (i for i in range(start, end) if any(w.x0 >= middle for w in lines[i].words)),
        default=None,
    )
    if last_right is None:
        return end
    cut = next(
        (
            i
            for i in range(last_right + 1, end)
            if lines[i].top > lines[last_right].top + _BALANCE_LINES * pitch
        ),
        end,
    )
    tail = [*lines[cut:end], lines[end]]
    if cut == end or any(b.top - a.top > _TAIL_GAP * pitch for a, b in itertools.pairwise(tail)):
        return end
    return cut


def _runs(line: Line, size: float) -> list[tuple[float, float]]:
    """The line's stretches of text: words joined across ordinary word spaces."""
    runs = [(line.words[0].x0, line.words[0].x1)]
    for word in line.words[1:]:
        if word.x0 - runs[-1][1] <= _SPACE_SIZES * size:
            runs[-1] = (runs[-1][0], max(runs[-1][1], word.x1))
        else:
            runs.append((word.x0, word.x1))
    return runs


def _gutter(lines: Sequence[Line], size: float, opts: PdfOptions) -> _Gutter | None:
    """The gutter of the page's lines, else of the region below its first lines (newuser51b
    fault 1: a full-width title band of lines of unequal length above two columns leaves no
    band free of all its lines, so the gutter is looked for below it; at most the top third
    of the lines is left out). The crossing is then taken over all the page's lines."""
    runs = [_runs(line, size) for line in lines]
    for top in range(max(1, len(lines) // 3 + 1)):
        if len(lines) - top < opts.column_min_lines:
            break
        middle = _band_middle(lines[top:], runs[top:], size, opts)
        if middle is not None:
            crossing = tuple(any(a <= middle <= b for a, b in spans) for spans in runs)
            return _Gutter(middle, crossing)
    return None


def _band_middle(
    lines: Sequence[Line], runs: Sequence[list[tuple[float, float]]], size: float,
    opts: PdfOptions,
) -> float | None:
    """The middle of the widest band near the middle that the fewest lines run across, where
    that band is wide enough and most lines leave it free."""
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    width = right - left
    if width <= 0:
        return None
    xs = range(int(left + _SEARCH[0] * width), int(left + _SEARCH[1] * width) + 1)
    counts = _coverage(runs, xs)
    fewest = min(counts, default=len(lines))
    if len(lines) - fewest < opts.column_line_share * len(lines):
        return None
    band = _widest_band([x for x, count in zip(xs, counts, strict=True) if count == fewest])
    if band is None or band[1] - band[0] < opts.column_gutter * size:
        return None
    return (band[0] + band[1]) / 2


def _coverage(runs: Sequence[list[tuple[float, float]]], xs: range) -> list[int]:
    """For each x of `xs`, how many lines have a run of text over it (a difference array:
    one pass over the runs, one over the xs)."""
    steps = [0] * (len(xs) + 1)
    for spans in runs:
        for a, b in spans:
            first = max(math.ceil(a) - xs.start, 0)
            last = min(math.floor(b) - xs.start, len(xs) - 1)
            if first <= last:
                steps[first] += 1
                steps[last + 1] -= 1
    return list(itertools.accumulate(steps[:-1]))


def _widest_band(xs: Sequence[int]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    start = previous = None
    for x in (*xs, None):
        if x is not None and previous is not None and x == previous + 1:
            previous = x
            continue
        if (
            start is not None
            and previous is not None
            and (best is None or previous - start > best[1] - best[0])
        ):
            best = (start, previous)
        start = previous = x
    return best


def _sections(crossing: Sequence[bool]) -> list[tuple[int, int]]:
    """Runs of consecutive lines that leave the gutter free (start, end index)."""
    sections: list[tuple[int, int]] = []
    start: int | None = None
    for index, crosses in enumerate((*crossing, True)):
        if not crosses and start is None:
            start = index
        elif crosses and start is not None:
            sections.append((start, index))
            start = None
    return sections


def _columns(
    section: Sequence[Line], middle: float, size: float
) -> tuple[list[Word], list[Word]] | None:
    """The section's left and right column words, where both read as prose columns."""
    left = [word for line in section for word in line.words if word.x1 <= middle]
    right = [word for line in section for word in line.words if word.x0 >= middle]
    total = len(left) + len(right)
    if not (left and right):
        return None
    if len(left) < _MIN_SIDE_WORDS * total:
        return None  # a sparse left side (a label column): no pair of prose columns
    short = len(right) < _MIN_SIDE_WORDS * total  # only a right column ends short (50b S4)
    if short and not _short_last_column(left, right, size):
        return None
    if not (
        _prose(section, left, size, middle, True)
        and _prose(section, right, size, middle, False, short=short)
    ):
        return None
    widths = (_extent(left), _extent(right))
    if min(widths) < _MIN_WIDTH_RATIO * max(widths):
        return None
    return left, right


def _short_last_column(left: Sequence[Word], right: Sequence[Word], size: float) -> bool:
    """The right column is a text's short last column: it starts level with the left one
    (within two font sizes), holds two lines or more and ends above the left one's end."""
    tops = sorted(word.top for word in right)
    lines = 1 + sum(1 for a, b in itertools.pairwise(tops) if b - a > size / 2)
    return (
        tops[0] - min(word.top for word in left) <= 2 * size
        and lines >= 2
        and max(word.bottom for word in right) < max(word.bottom for word in left)
    )


def _extent(words: Sequence[Word]) -> float:
    return max(word.x1 for word in words) - min(word.x0 for word in words)


def _prose(
    section: Sequence[Line],
    words: Sequence[Word],
    size: float,
    middle: float,
    on_left: bool,
    *,
    short: bool = False,
) -> bool:
    """Most of the side's lines fill its column and hold one run of text each (a short last
    column, mostly a heading and a paragraph's last line, needs one wrapped line)."""
    width = _extent(words)
    parts = [Line(tuple(w for w in line.words if (w.x1 <= middle) == on_left)) for line in section]
    parts = [part for part in parts if part.words]
    full = sum(1 for part in parts if part.x1 - part.x0 >= _FULL_LINE * width)
    least = 1 if short else _FULL_SHARE * len(parts)
    return full >= least and not _inner_column(parts, size)


def _inner_column(parts: Sequence[Line], size: float) -> bool:
    """Many of the side's lines have a wide gap before a run of text that starts at the same
    x: a table column (the wide gaps of justified text fall anywhere)."""
    starts = Counter(round(start / _ALIGN) for part in parts for start, _ in _runs(part, size)[1:])
    return bool(starts) and starts.most_common(1)[0][1] > _SPLIT_SHARE * len(parts)


def _stack(left: list[Word], right: list[Word], opts: PdfOptions) -> tuple[list[Line], float]:
    """The left column's lines, then the right column's moved under them; and how much
    further down the section now ends."""
    left_lines = group_lines(left, opts.y_tolerance)
    right_lines = group_lines(right, opts.y_tolerance)
    pitch = _pitch(left_lines)
    dx = _edge(left_lines) - _edge(right_lines)
    gap = pitch if _ends_paragraph(left_lines, opts) else 0.0
    dy = left_lines[-1].top + pitch + gap - right_lines[0].top
    moved = [_shifted(line, dx, dy) for line in right_lines]
    bottom = max(left_lines[-1].bottom, right_lines[-1].bottom)
    return left_lines + moved, max(0.0, moved[-1].bottom - bottom)


def _ends_paragraph(lines: Sequence[Line], opts: PdfOptions) -> bool:
    """The column's last line ends a sentence short of the column's right edge: its
    paragraph ends there, as a page's short last line ends its paragraph
    (`continues_across_pages`), so the next column opens a paragraph one blank line further
    down (newuser53 fault 7: a paragraph at the right column's top was glued to the one
    ending the left column)."""
    last, left = lines[-1], _edge(lines)
    width = max(max(line.x1 for line in lines) - left, 1.0)
    short = last.x1 < left + opts.page_end_short_line_ratio * width
    return short and bool(SENTENCE_END.search(last.text))


def _pitch(lines: Sequence[Line]) -> float:
    """The usual distance between the tops of consecutive lines of one column."""
    deltas = [
        line.top - previous.top
        for previous, line in zip(lines, lines[1:], strict=False)
        if line.top > previous.top
    ]
    return statistics.median(deltas) if deltas else 1.2 * lines[0].size


def _edge(lines: Sequence[Line]) -> float:
    """The column's left edge (list labels start there, their text and indents further in)."""
    return min(line.x0 for line in lines)


def _shifted(line: Line, dx: float, dy: float) -> Line:
    if not dx and not dy:
        return line
    return Line(
        tuple(
            replace(
                word, x0=word.x0 + dx, x1=word.x1 + dx, top=word.top + dy, bottom=word.bottom + dy
            )
            for word in line.words
        )
    )
