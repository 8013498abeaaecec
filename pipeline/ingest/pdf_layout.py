"""PDF layout from geometry: words → lines → paragraphs, lists and tables → clean text.

Lines come from the vertical position of words; paragraphs from spacing relative to the
body line pitch, indentation and hanging indents, list labels (bullets, ``1.``, ``a)``,
symbol-font glyphs), font changes, and where a line ends (a sentence that ends although the
next word would have fitted, a short line in justified text, a hard break: a short line
without a sentence end such as a heading), also across page breaks.
Running headers, footers and page numbers are removed before paragraphs are built.
Tables: cell lines are joined by the cell's geometry (a word the office suite broke at a
narrow cell's edge is one word), a row split by a page break is one row again, and lines of
aligned columns without ruling lines (a Word table without borders) are a table.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pipeline import patterns
from pipeline.ingest import Indent, Page, TableRow, layout
from pipeline.language.word_list import is_known_word

if TYPE_CHECKING:
    from pipeline.ingest.pdf_footnotes import PageNote

_LIST_LABEL = patterns.LIST_LABEL_WORD
_UNMAPPED_GLYPH = patterns.UNMAPPED_GLYPH
# Symbol/Wingdings bullets: private-use code points, and the letters Word's second and
# third bullet levels print with ("o" in Courier New, "§" in Wingdings).
_PRIVATE_USE = re.compile(r"^[\ue000-\uf8ff]$")
_LETTER_BULLETS = frozenset({"o", "§", "q", "Ø", "ü", "v"})
_SENTENCE_END = patterns.SENTENCE_END


@dataclass(frozen=True)
class PdfOptions:
    """Reader settings; the `pdf:` section of ``configs/ingest.yaml``."""

    header_band: float = 0.10  # share of the page height searched for running headers
    footer_band: float = 0.10
    min_repeat_ratio: float = 0.5  # a band line on at least this share of pages is running
    min_repeat_pages: int = 2
    page_number_patterns: tuple[str, ...] = layout.DEFAULT_PAGE_NUMBER_PATTERNS
    paragraph_gap_ratio: float = 1.3  # gap > ratio × typical line pitch starts a paragraph
    indent_tolerance: float = 4.0  # points
    font_size_tolerance: float = 0.75  # points
    page_end_short_line_ratio: float = 0.85  # of the text width: a short last line ends a para
    hard_break_line_ratio: float = 0.6  # of the text width: an unpunctuated line ending
    # before it, with room for the next word, is a hard break (a heading above its text)
    justified_share: float = 0.5  # lines ending at the right margin above this share: justified
    x_tolerance: float = 1.5
    y_tolerance: float = 3.0
    tables: bool = True
    aligned_tables: bool = True  # lines of columns set apart by wide gaps, without rules
    # (with `tables` only)
    aligned_table_min_rows: int = 3
    aligned_table_label_words: int = 4  # words at most in each column label of the first line
    wrapped_table_gutter: float = 0.8  # font sizes: the least free band between the columns
    # of a table without borders whose cells wrap
    wrapped_table_align: float = 2.0  # points: a column's text starts this close to its edge
    cell_break_chars: float = 1.5  # a one-word cell line ending within this many of its
    # characters of the cell's right text edge, the next line in lower case: a broken word
    columns: bool = True  # pages set in two text columns are read column by column
    column_min_lines: int = 8  # a page with fewer lines is never read as columns
    column_line_share: float = 0.75  # lines leaving the gutter free, of the page's lines
    column_gutter: float = 1.0  # font sizes: the least width of the band between the columns
    ocr: str = "auto"  # auto: OCR image-only pages when tesseract has the language; never
    ocr_language: str = "swe"
    ocr_dpi: int = 300
    diarienummer_pattern: str = layout.DEFAULT_DIARIENUMMER_PATTERN
    adopted_pattern: str = layout.DEFAULT_ADOPTED_PATTERN

    def __post_init__(self) -> None:
        if self.cell_break_chars < 0:
            raise ValueError("pdf option cell_break_chars must not be negative")
        if (self.wrapped_table_gutter <= 0 or self.wrapped_table_align < 0
                or self.aligned_table_label_words < 1):
            raise ValueError("pdf options wrapped_table_gutter and aligned_table_label_words "
                             "must be positive and wrapped_table_align not negative")
        if self.aligned_table_min_rows < 2:
            raise ValueError("pdf option aligned_table_min_rows must be at least 2")
        if self.column_min_lines < 2:
            raise ValueError("pdf option column_min_lines must be at least 2")
        if not 0 < self.column_line_share <= 1 or self.column_gutter <= 0:
            raise ValueError(
                "pdf options column_line_share must lie in (0, 1] and column_gutter be positive"
            )
        if self.ocr not in {"auto", "never"}:
            raise ValueError(f"pdf option ocr must be 'auto' or 'never', not {self.ocr!r}")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(word.x1 for word in self.words)

    @property
    def top(self) -> float:
        return min(word.top for word in self.words)

    @property
    def bottom(self) -> float:
        return max(word.bottom for word in self.words)

    @property
    def size(self) -> float:
        return max(word.size for word in self.words)

    @property
    def bold(self) -> bool:
        return all(word.bold for word in self.words)

    @property
    def label(self) -> Word | None:
        """The list label (bullet or number) this line starts with, if any."""
        first = self.words[0]
        return first if len(self.words) > 1 and _LIST_LABEL.match(first.text) else None


@dataclass
class Paragraph:
    lines: list[Line]
    is_list_item: bool
    text_x0: float  # where continuation lines of this paragraph are expected to start

    @property
    def top(self) -> float:
        return self.lines[0].top


@dataclass(frozen=True)
class CellLines:
    """A table cell's text lines from the word layer and the edges its text is set between."""

    lines: tuple[Line, ...]
    left: float
    right: float


@dataclass(frozen=True)
class TableBlock:
    top: float
    rows: tuple[tuple[str, ...], ...]
    bottom: float = 0.0
    columns: tuple[float, ...] = ()  # x of the column borders
    cells: tuple[tuple[CellLines | None, ...], ...] = ()  # per row; None: no geometry


@dataclass
class PageLayout:
    number: int
    height: float
    lines: list[Line]
    tables: list[TableBlock] = field(default_factory=list)
    header_lines: list[Line] = field(default_factory=list)
    footer_lines: list[Line] = field(default_factory=list)
    ocr: bool = False
    notes: list[PageNote] = field(default_factory=list)  # its footnotes (`pdf_footnotes`)
    unread_rows: int = 0  # rows of a table going on from the page before left as text


@dataclass(frozen=True)
class Geometry:
    """Document-wide measures that paragraph rules compare against."""

    pitch_ratio: float  # typical baseline distance / font size inside a paragraph
    left: float
    right: float
    justified: bool = False  # most lines end at the right margin: a short one ends a paragraph


def group_lines(words: Sequence[Word], y_tolerance: float) -> list[Line]:
    """Words whose vertical middles lie within `y_tolerance` of a line's middle join it."""
    lines: list[list[Word]] = []
    middles: list[float] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        middle = (word.top + word.bottom) / 2
        if lines and abs(middle - middles[-1]) <= y_tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
            middles.append(middle)
    return [_with_bullet(tuple(sorted(line, key=lambda w: w.x0))) for line in lines]


def group_ocr_lines(segments: Sequence[Sequence[Word]], y_tolerance: float) -> list[Line]:
    """OCR'd lines: tesseract's own lines (its block/par/line numbers) keep their words.

    A scan turned a little drifts a long line's words past `y_tolerance`, so `group_lines`
    would cut it and sort its pieces by height: the words of every line scrambled. A line's
    words stay in tesseract's order; lines it found side by side (a header's two ends, two
    columns) join where the facing words' middles are within `y_tolerance`, as `group_lines`
    joins words.
    """
    lines: list[list[Word]] = []
    for segment in sorted((s for s in segments if s), key=lambda s: (_middle(s[0]), s[0].x0)):
        target = next((line for line in lines if _side_by_side(line, segment, y_tolerance)), None)
        if target is None:
            lines.append(list(segment))
        else:
            target.extend(segment)
            target.sort(key=lambda w: w.x0)
    lines.sort(key=lambda line: (_middle(line[0]), line[0].x0))
    return [_with_bullet(tuple(line)) for line in lines]


def _middle(word: Word) -> float:
    return (word.top + word.bottom) / 2


def _side_by_side(line: Sequence[Word], segment: Sequence[Word], y_tolerance: float) -> bool:
    """`segment` lies wholly left or right of `line` on the same baseline."""
    if segment[0].x0 >= line[-1].x1:
        return abs(_middle(segment[0]) - _middle(line[-1])) <= y_tolerance
    if segment[-1].x1 <= line[0].x0:
        return abs(_middle(segment[-1]) - _middle(line[0])) <= y_tolerance
    return False


def _with_bullet(words: tuple[Word, ...]) -> Line:
    """An unmapped or symbol-font glyph opening a line is, in practice, a list bullet: `•`."""
    first = words[0]
    if len(words) > 1 and _is_symbol_bullet(first, words[1]):
        words = (Word("•", first.x0, first.x1, first.top, first.bottom, first.size, first.bold),
                 *words[1:])
    return Line(words)


def _is_symbol_bullet(first: Word, following: Word) -> bool:
    if _UNMAPPED_GLYPH.match(first.text) or _PRIVATE_USE.match(first.text):
        return True
    # "o inom vatten": a letter bullet stands apart from its text by a tab stop.
    return first.text in _LETTER_BULLETS and following.x0 - first.x1 >= 0.8 * first.size


def level_bullets(pages: Sequence[PageLayout], tolerance: float) -> None:
    """Bullets show their nesting level (`•`, `◦`, `▪`) where a document indents bullets to
    more than one depth, whatever glyphs the fonts printed."""
    bullet_lines = [
        (page, index, line)
        for page in pages
        for index, line in enumerate(page.lines)
        if line.label is not None and line.label.text in patterns.BULLETS + "•"
    ]
    depths = _indent_levels([line.x0 for _, _, line in bullet_lines], tolerance)
    if len(depths) < 2:
        return
    for page, index, line in bullet_lines:
        level = min(_level_of(line.x0, depths, tolerance), len(patterns.LEVEL_BULLETS) - 1)
        first = line.words[0]
        glyph = patterns.LEVEL_BULLETS[level]
        page.lines[index] = Line((
            Word(glyph, first.x0, first.x1, first.top, first.bottom, first.size, first.bold),
            *line.words[1:],
        ))


def _indent_levels(positions: Sequence[float], tolerance: float) -> list[float]:
    levels: list[float] = []
    for position in sorted(positions):
        if not levels or position - levels[-1] > tolerance:
            levels.append(position)
    return levels


def _level_of(position: float, levels: Sequence[float], tolerance: float) -> int:
    return next(
        (index for index, level in enumerate(levels) if abs(position - level) <= tolerance),
        len(levels) - 1,
    )


# ---------------------------------------------------------------------------
# Running headers, footers and page numbers


def remove_running_lines(pages: list[PageLayout], opts: PdfOptions) -> None:
    patterns = layout.compile_patterns(opts.page_number_patterns)
    headers = [_band(page, opts, top=True) for page in pages]
    footers = [_band(page, opts, top=False) for page in pages]
    header_keys = _band_keys(headers, opts)
    footer_keys = _band_keys(footers, opts)
    short = len(pages) < opts.min_repeat_pages
    for page, header, footer in zip(pages, headers, footers, strict=True):
        whole = _unrepeated_running(page, header, footer, patterns, opts) if short else set()
        replaced: dict[int, Line | None] = {id(line): None for line in whole}
        page.header_lines = [line for line in header if line in whole]
        page.footer_lines = [line for line in footer if line in whole]
        page.header_lines += _strip_band([h for h in header if h not in whole], header_keys,
                                         patterns, replaced)
        page.footer_lines += _strip_band([f for f in footer if f not in whole], footer_keys,
                                         patterns, replaced)
        kept = (replaced.get(id(line), line) for line in page.lines)
        page.lines = [line for line in kept if line is not None]


def _unrepeated_running(page: PageLayout, header: list[Line], footer: list[Line],
                        patterns: Sequence[re.Pattern[str]], opts: PdfOptions) -> set[Line]:
    """Running lines of a document too short to show them repeating (one page). Only where
    a band prints a page number (`Sida 1`), the sign of a header and footer: the rest of that
    line (`Delegationsordning   Sida 1`) runs with it, and so does a top-band line set smaller
    than the line below it and apart from it (a running header above a larger title)."""
    numbered = {line for line in (*header, *footer) if _prints_page_number(line, patterns)}
    if not numbered:
        return set()
    running = set(numbered)
    for line in header:
        below = min((other for other in page.lines if other.top >= line.bottom),
                    key=lambda other: other.top, default=None)
        if (below is not None and below.size - line.size > opts.font_size_tolerance
                and below.top - line.bottom > line.bottom - line.top):
            running.add(line)
    return running


def _band_keys(bands: list[list[Line]], opts: PdfOptions) -> frozenset[str]:
    texts = [[segment.text for line in band for segment in split_segments(line)] for band in bands]
    return layout.running_keys(texts, opts.min_repeat_ratio, opts.min_repeat_pages)


def _prints_page_number(line: Line, patterns: Sequence[re.Pattern[str]]) -> bool:
    """A segment of the line is a page number, or its last words are (`… Sida 1`; two words
    at least: a body line may end in a bare number)."""
    if any(layout.is_page_number(segment.text, patterns) for segment in split_segments(line)):
        return True
    words = [word.text for word in line.words]
    return any(
        layout.is_page_number(" ".join(words[-count:]), patterns)
        for count in range(2, min(4, len(words) - 1) + 1)
    )


def _strip_band(band: list[Line], keys: frozenset[str], patterns: Sequence[re.Pattern[str]],
                replaced: dict[int, Line | None]) -> list[Line]:
    """Drop running segments of band lines; `replaced` maps each touched line to its rest."""
    removed: list[Line] = []
    for line in band:
        kept: list[Word] = []
        for segment in split_segments(line):
            text = segment.text
            if layout.repeat_key(text) in keys or layout.is_page_number(text, patterns):
                removed.append(segment)
            else:
                kept.extend(segment.words)
        if len(kept) < len(line.words):
            replaced[id(line)] = Line(tuple(kept)) if kept else None
    return removed


def split_segments(line: Line) -> list[Line]:
    """Parts of a line separated by wide gaps (left/right aligned header or footer parts)."""
    segments: list[list[Word]] = [[line.words[0]]]
    for previous, word in zip(line.words, line.words[1:], strict=False):
        if word.x0 - previous.x1 > 1.5 * max(word.size, previous.size):
            segments.append([])
        segments[-1].append(word)
    return [Line(tuple(words)) for words in segments]


def _band(page: PageLayout, opts: PdfOptions, top: bool) -> list[Line]:
    if top:
        limit = page.height * opts.header_band
        return [line for line in page.lines if line.bottom <= limit]
    limit = page.height * (1 - opts.footer_band)
    return [line for line in page.lines if line.top >= limit]


# ---------------------------------------------------------------------------
# Paragraphs


def measure(pages: Sequence[PageLayout], justified_share: float = 0.5) -> Geometry:
    ratios: list[float] = []
    wrapped: list[float] = []  # after a line that runs on: a gap inside a paragraph
    lefts = [round(line.x0) for page in pages for line in page.lines]
    rights = sorted(line.x1 for page in pages for line in page.lines)
    left = statistics.mode(lefts) if lefts else 0.0
    right = max(rights[int(0.95 * (len(rights) - 1))] if rights else 0.0, _wrapped_right(pages))
    for page in pages:
        for previous, line in zip(page.lines, page.lines[1:], strict=False):
            delta = line.top - previous.top
            same_font = abs(line.size - previous.size) < 0.5
            if line.size > 0 and same_font and delta >= 0.9 * line.size:
                ratios.append(delta / line.size)
                if _runs_on(previous, left, right):
                    wrapped.append(delta / line.size)
    pitch = _pitch(ratios)
    if len(wrapped) >= 2:  # most paragraphs one line: their gaps would set the pitch
        pitch = min(pitch, _pitch(wrapped))
    at_margin = sum(1 for x1 in rights if abs(x1 - right) <= _JUSTIFIED_SLACK)
    justified = len(rights) >= 10 and at_margin >= justified_share * len(rights)
    return Geometry(pitch_ratio=pitch, left=float(left), right=float(right), justified=justified)


def _wrapped_right(pages: Sequence[PageLayout]) -> float:
    """Newuser57 fault 7: the right margin as the median end of the lines whose sentence goes
    on in lower case on the next line (they wrapped there: the next word did not fit), so
    that a short document with few full lines, whose 95th percentile of line ends falls on a
    shorter line, still measures its text width; 0 where no line wraps. Only a text
    layer's pages: an OCR layer's line ends wobble with the scan (the percentile stands)."""
    ends = [
        previous.x1
        for page in pages
        if not page.ocr
        for previous, line in zip(page.lines, page.lines[1:], strict=False)
        if line.words[0].text[:1].islower()
        and abs(line.size - previous.size) < 0.5
        and not _SENTENCE_END.search(previous.text)
    ]
    return statistics.median(ends) if ends else 0.0


def _pitch(ratios: Sequence[float]) -> float:
    if len(ratios) >= 4:
        return statistics.quantiles(ratios, n=4)[0]
    return min(ratios) if ratios else 1.2


def _runs_on(line: Line, left: float, right: float) -> bool:
    """A line wider than most of the text width that ends without a sentence end or colon:
    its sentence wraps onto the next line, so the gap below it is the paragraph's line pitch."""
    return (line.x1 > left + _RUN_ON_WIDTH * (right - left)
            and not _SENTENCE_END.search(line.text))


_RUN_ON_WIDTH = 0.75  # of the text width

_JUSTIFIED_SLACK = 1.5  # points a justified line may end short of the margin


def _starts_paragraph(previous: Line, line: Line, current: Paragraph, geometry: Geometry,
                      opts: PdfOptions) -> bool:
    if previous.text.endswith("-") and line.text[:1].islower():
        return False  # a hyphenated word continues whatever the layout says
    if line.label is not None:
        return True
    if _numbered_heading_after_sentence(previous, line, geometry, opts):
        return True
    if _font_changes(previous, line, opts) and not _size_wobble_run_on(previous, line):
        return True
    if line.top - previous.top > opts.paragraph_gap_ratio * geometry.pitch_ratio * line.size:
        return True
    if ends_early(previous, line, geometry, opts) or breaks_hard(previous, line, geometry, opts):
        return True
    return _indent_breaks(previous, line, current, opts) and not _hangs(
        previous, line, current, geometry, opts
    )


_FULL_STOP = re.compile(r"[.!?]['\"”’)]*$")


def _numbered_heading_after_sentence(
    previous: Line, line: Line, geometry: Geometry, opts: PdfOptions
) -> bool:
    """Newuser55 fault 2: a short line of a section number and a capitalised heading
    without a sentence end (``1 Bolagets ändamål``) under a line ending a sentence (a long
    adoption line ``Fastställt av … dnr KS 2026/41.``, no space left beside it for the
    heading's first word): a heading opening its own paragraph, in one font and pitch."""
    last = previous.words[-1].text
    if not _FULL_STOP.search(last) or last.rstrip(".").casefold() in patterns.ABBREVIATIONS:
        return False
    match = patterns.NUMBERED_HEAD.match(line.text)
    rest = line.text[match.end():].split() if match else []
    width = max(geometry.right - geometry.left, 1.0)
    return (
        bool(rest)
        and rest[0][:1].isupper()
        and not _SENTENCE_END.search(line.text)
        and line.x1 <= geometry.left + opts.hard_break_line_ratio * width
    )


def ends_early(previous: Line, line: Line, geometry: Geometry, opts: PdfOptions) -> bool:
    """A sentence ends the line although the next line's first word would have fitted after
    it: the writer ended the paragraph there (text without spacing between paragraphs)."""
    if not _SENTENCE_END.search(previous.text):
        return False
    if not _starts_paragraph_word(line.words[0].text):
        return False
    if geometry.justified and previous.x1 < geometry.right - opts.indent_tolerance:
        return True
    return _next_word_fits(previous, line, geometry, opts)


def breaks_hard(previous: Line, line: Line, geometry: Geometry, opts: PdfOptions) -> bool:
    """A line without a sentence end that stops far short of the right margin although the
    next line's first word would have fitted: a hard line break (a heading such as
    ``1. Roll`` above its text, or plain text converted with one paragraph per line)."""
    if _SENTENCE_END.search(previous.text):
        return False
    if not _starts_paragraph_word(line.words[0].text):
        return False
    width = max(geometry.right - geometry.left, 1.0)
    if previous.x1 > geometry.left + opts.hard_break_line_ratio * width:
        return False
    return _next_word_fits(previous, line, geometry, opts)


def _starts_paragraph_word(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text[:1] == "§"


def _next_word_fits(previous: Line, line: Line, geometry: Geometry, opts: PdfOptions) -> bool:
    first = line.words[0]
    needed = previous.x1 + 0.3 * previous.size + (first.x1 - first.x0)
    return needed < geometry.right - opts.indent_tolerance


# Round 54 (nu54 fault 4): an OCR text layer (tesseract's) sizes each line's invisible text by
# its own glyphs: one sentence's lines differ by a point or two.
_SIZE_WOBBLE = 0.1  # of the larger size


def _size_wobble_run_on(previous: Line, line: Line) -> bool:
    """A line without a sentence end (or colon) whose text goes on in lower case on the next
    line, the two in one weight and sizes within a tenth of each other: one sentence, not a
    heading over its text (``… får inte anställa personal`` ⏎ ``utan direktionens beslut.``)."""
    return (
        previous.bold == line.bold
        and abs(previous.size - line.size) <= _SIZE_WOBBLE * max(previous.size, line.size)
        and line.words[0].text[:1].islower()
        and not _SENTENCE_END.search(previous.text)
    )


def _font_changes(previous: Line, line: Line, opts: PdfOptions) -> bool:
    return abs(previous.size - line.size) > opts.font_size_tolerance or previous.bold != line.bold


def _indent_breaks(previous: Line, line: Line, current: Paragraph, opts: PdfOptions) -> bool:
    tolerance = opts.indent_tolerance
    if current.is_list_item:
        return line.x0 < current.lines[0].x0 - tolerance
    centred = abs((previous.x0 + previous.x1) - (line.x0 + line.x1)) / 2 <= tolerance
    if centred and abs(previous.x0 - line.x0) > tolerance:
        return False
    expected = current.text_x0 if len(current.lines) > 1 else previous.x0
    return abs(line.x0 - expected) > tolerance and line.x0 > expected


def _hangs(previous: Line, line: Line, current: Paragraph, geometry: Geometry,
           opts: PdfOptions) -> bool:
    """A paragraph's second line set in under a first line that wrapped into it (its first
    word, in lower case, would not have fitted there): a hanging indent, no new paragraph."""
    return (len(current.lines) == 1 and not current.is_list_item
            and line.words[0].text[:1].islower()
            and not _next_word_fits(previous, line, geometry, opts))


def _new_paragraph(line: Line) -> Paragraph:
    label = line.label
    if label is not None:
        return Paragraph([line], True, line.words[1].x0)
    return Paragraph([line], False, line.x0)


def page_paragraphs(lines: Sequence[Line], geometry: Geometry, opts: PdfOptions) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    for line in lines:
        current = paragraphs[-1] if paragraphs else None
        if current is None or _starts_paragraph(current.lines[-1], line, current, geometry, opts):
            paragraphs.append(_new_paragraph(line))
            continue
        if len(current.lines) == 1 and not current.is_list_item:
            current.text_x0 = line.x0  # first-line indents: later lines set the margin
        current.lines.append(line)
    return paragraphs


def continues_across_pages(last: Paragraph, first: Paragraph, geometry: Geometry,
                           opts: PdfOptions) -> bool:
    """Whether a page's first paragraph carries on the previous page's last paragraph."""
    tail, head = last.lines[-1], first.lines[0]
    if tail.text.endswith("-") and head.text[:1].islower():
        return True
    if head.label is not None or _font_changes(tail, head, opts):
        return False
    expected = last.text_x0
    if head.x0 > expected + opts.indent_tolerance and not last.is_list_item:
        return False
    if ends_early(tail, head, geometry, opts) or breaks_hard(tail, head, geometry, opts):
        return False
    width = max(geometry.right - geometry.left, 1.0)
    short = tail.x1 < geometry.left + opts.page_end_short_line_ratio * width
    return not (short and _SENTENCE_END.search(tail.text))


# ---------------------------------------------------------------------------
# Table cells


def cell_text(cell: CellLines, opts: PdfOptions) -> str:
    """A cell's lines joined by spaces, or without one where a word was broken at the edge."""
    parts = [cell.lines[0].text] if cell.lines else []
    for previous, line in zip(cell.lines, cell.lines[1:], strict=False):
        parts.append(("" if breaks_word(previous, line, cell, opts) else " ") + line.text)
    return "".join(parts)


def breaks_word(previous: Line, line: Line, cell: CellLines, opts: PdfOptions) -> bool:
    """An office suite wraps a word longer than its cell inside the word, without a hyphen:
    the line holds that word alone, from the cell's left text edge to its right edge (within
    about a character), and the next line goes on in lower case with no word that stands
    alone (`standalone_words`: `länsstyrelsen⏎i ärenden` is two words, newuser53 fault 3)."""
    first = line.words[0].text
    if (len(previous.words) != 1 or not first[:1].islower()
            or first.rstrip(",.;:") in standalone_words()):
        return False
    word = previous.words[0]
    if not word.text[-1:].isalpha() or abs(word.x0 - cell.left) > opts.indent_tolerance:
        return False
    char_width = (word.x1 - word.x0) / max(len(word.text), 1)
    return cell.right - word.x1 <= opts.cell_break_chars * char_width


def standalone_words() -> frozenset[str]:
    """Words that stand alone, never the rest of a broken word: the prepositions (layout.yaml
    `prepositions`), coordinators, subordinators and negations (grammar.yaml): a line
    opening with one was wrapped before a word, not inside one, however full the line above."""
    from pipeline.language.grammar import GRAMMAR

    return (patterns.PREPOSITIONS | GRAMMAR.coordinators | GRAMMAR.subordinators
            | GRAMMAR.negations)


def lift_aligned_tables(pages: Sequence[PageLayout], opts: PdfOptions) -> None:
    """A table without ruling lines (a Word table without borders): at least
    `aligned_table_min_rows` consecutive lines, each in the same number (two or more) of
    parts set apart by wide gaps, the parts starting at the same x on every line, the first
    line's parts column labels (`column_labels`: not two-column page text, a numbered
    heading or a signature block's place and date), and no part wrapping into the one
    below (`_wrapping`: text in columns). The lines become a table's rows, one row a line."""
    if not (opts.tables and opts.aligned_tables):
        return
    for page in pages:
        kept: list[Line] = []
        run: list[tuple[Line, list[Line]]] = []
        for line in [*page.lines, None]:
            segments = split_segments(line) if line is not None else []
            if run and len(segments) >= 2 and _aligned(run[-1][1], segments, opts):
                run.append((line, segments))
                continue
            if len(run) >= opts.aligned_table_min_rows and column_labels(
                    run[0][0], opts.aligned_table_label_words) is not None and not _wrapping(
                    [segments for _, segments in run]):
                page.tables.append(_aligned_table([segments for _, segments in run]))
            else:
                kept.extend(row for row, _ in run)
            run = [(line, segments)] if len(segments) >= 2 else []
            if line is not None and not run:
                kept.append(line)
        page.lines = kept
        page.tables.sort(key=lambda table: table.top)


def column_labels(line: Line, max_words: int) -> list[Line] | None:
    """The line's parts set apart by wide gaps when they read as a table's column labels:
    two or more, each of at most `max_words` words starting with a letter and ending in
    no sentence end, the first no list label (`1.2`, `a)`, `•`)."""
    segments = split_segments(line)
    if len(segments) < 2 or _LIST_LABEL.match(line.words[0].text):
        return None
    for segment in segments:
        text = segment.text
        if not text[:1].isalpha() or _SENTENCE_END.search(text) or len(segment.words) > max_words:
            return None
    return segments


def _wrapping(run: list[list[Line]]) -> bool:
    """A part goes on in lower case on the line below because its next word would not have
    fitted before the column's longest line ends: running text set in columns."""
    for index in range(len(run[0])):
        right = max(row[index].x1 for row in run)
        for above, below in zip(run, run[1:], strict=False):
            first = below[index].words[0]
            width = 0.3 * above[index].size + first.x1 - first.x0
            if first.text[:1].islower() and above[index].x1 + width > right:
                return True
    return False


def _aligned(previous: list[Line], segments: list[Line], opts: PdfOptions) -> bool:
    return len(previous) == len(segments) and all(
        abs(a.x0 - b.x0) <= opts.indent_tolerance for a, b in zip(previous, segments, strict=True)
    )


def _aligned_table(run: list[list[Line]]) -> TableBlock:
    rows = tuple(tuple(segment.text for segment in row) for row in run)
    return TableBlock(top=min(segment.top for segment in run[0]), rows=rows,
                      bottom=max(segment.bottom for segment in run[-1]))


def join_continued_rows(pages: Sequence[PageLayout], opts: PdfOptions) -> None:
    """A table row split by a page break is one row: the next page's table (same columns,
    its header row repeated or not) opens with a row whose first cell is empty while the
    previous page's last row has one; their cells are joined. The header row printed again
    on each page the table goes on to (a row equal to the table's first row) is dropped
    (newuser54 fault 8)."""
    header: tuple[str, ...] | None = None  # the first row of the table going on
    for previous, page in zip(pages, pages[1:], strict=False):
        going_on = header
        header = None
        if not previous.tables or not page.tables:
            continue
        tail, head = previous.tables[-1], page.tables[0]
        if not _ends_page(previous, tail) or not _opens_page(page, head):
            continue
        if not _same_columns(tail, head, opts.indent_tolerance):
            continue
        header = going_on if going_on is not None and len(previous.tables) == 1 else tail.rows[0]
        if len(head.rows) > 1 and head.rows[0] == header:
            head = page.tables[0] = _without_row(head, 0)
        if not _continues_row(tail.rows[-1], head.rows[0]):
            continue
        index = 0
        cells, geometry = _merged_row(tail, head, index, opts)
        previous.tables[-1] = replace(
            tail, rows=(*tail.rows[:-1], cells), cells=(*tail.cells[:-1], geometry)
        )
        page.tables[0] = _without_row(head, index)


def _without_row(table: TableBlock, index: int) -> TableBlock:
    return replace(table, rows=table.rows[:index] + table.rows[index + 1:],
                   cells=table.cells[:index] + table.cells[index + 1:])


def _ends_page(page: PageLayout, table: TableBlock) -> bool:
    return all(line.top < table.bottom for line in page.lines)


def _opens_page(page: PageLayout, table: TableBlock) -> bool:
    return all(line.bottom > table.top for line in page.lines)


def _same_columns(tail: TableBlock, head: TableBlock, tolerance: float) -> bool:
    if not tail.columns or len(tail.columns) != len(head.columns):
        return False
    if len(tail.rows[-1]) != len(head.rows[0]):
        return False
    return all(abs(a - b) <= tolerance for a, b in zip(tail.columns, head.columns, strict=True))


def _continues_row(last: tuple[str, ...], first: tuple[str, ...]) -> bool:
    return len(last) == len(first) and bool(last[0]) and not first[0] and any(first)


def _merged_row(tail: TableBlock, head: TableBlock, index: int, opts: PdfOptions) -> tuple[
    tuple[str, ...], tuple[CellLines | None, ...]
]:
    cells: list[str] = []
    geometry: list[CellLines | None] = []
    last_geometry = tail.cells[-1] if tail.cells else (None,) * len(tail.rows[-1])
    first_geometry = head.cells[index] if head.cells else (None,) * len(head.rows[index])
    for text, rest, upper, lower in zip(tail.rows[-1], head.rows[index], last_geometry,
                                        first_geometry, strict=True):
        cells.append(_joined_cell(text, rest, upper, lower, opts))
        geometry.append(
            CellLines((*upper.lines, *lower.lines), upper.left, upper.right)
            if upper is not None and lower is not None else upper or lower
        )
    return tuple(cells), tuple(geometry)


def _joined_cell(text: str, rest: str, upper: CellLines | None, lower: CellLines | None,
                 opts: PdfOptions) -> str:
    if not text or not rest:
        return text or rest
    broken = (upper is not None and lower is not None and upper.lines and lower.lines
              and breaks_word(upper.lines[-1], lower.lines[0], upper, opts))
    return text + ("" if broken else " ") + rest


# ---------------------------------------------------------------------------
# Text assembly


@dataclass
class _Builder:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    rows: list[TableRow] = field(default_factory=list)
    indents: list[Indent] = field(default_factory=list)

    def add(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start


Block = Paragraph | TableBlock


def _page_blocks(page: PageLayout, geometry: Geometry, opts: PdfOptions) -> list[Block]:
    blocks: list[Block] = [*page_paragraphs(page.lines, geometry, opts), *page.tables]
    return sorted(blocks, key=lambda block: block.top)


def _separator(previous: Block | None, block: Block, new_page: bool, geometry: Geometry,
               opts: PdfOptions) -> str:
    if previous is None:
        return ""
    if new_page and isinstance(previous, TableBlock) and isinstance(block, TableBlock):
        return "\n"
    if (new_page and isinstance(previous, Paragraph) and isinstance(block, Paragraph)
            and continues_across_pages(previous, block, geometry, opts)):
        return "\n"
    return "\n\n"


@dataclass(frozen=True)
class Assembled:
    """The document's text and where its pages, table rows and paragraph indents lie in it."""

    text: str
    pages: tuple[Page, ...]
    rows: tuple[TableRow, ...]
    indents: tuple[Indent, ...]


def assemble(pages: Sequence[PageLayout], opts: PdfOptions) -> Assembled:
    geometry = measure(pages, opts.justified_share)
    builder = _Builder()
    starts: list[int] = []
    previous: Block | None = None
    pending: list[PageNote] = []  # footnotes waiting for the end of the paragraph citing them
    cited_in_list = False  # a list item cited them: they wait for the list's end too
    for index, page in enumerate(pages):
        page_start: int | None = 0 if index == 0 else None
        unplaced = list(page.notes)
        for position, block in enumerate(_page_blocks(page, geometry, opts)):
            separator = _separator(previous, block, position == 0, geometry, opts)
            held = cited_in_list and _next_item(previous, block)
            if pending and separator != "\n" and not held:
                _write_notes(builder, pending)
                pending = []
            builder.add(separator)
            if page_start is None:
                page_start = builder.length
            _write_block(builder, block, geometry, opts)
            previous = block
            if unplaced:
                cited = [_cites(block, note, opts) for note in unplaced]
                if any(cited) and not pending:
                    cited_in_list = _list_item(block)
                pending += [note for note, here in zip(unplaced, cited, strict=True) if here]
                unplaced = [note for note, here in zip(unplaced, cited, strict=True) if not here]
        pending += unplaced
        starts.append(builder.length if page_start is None else page_start)
    _write_notes(builder, pending)
    if builder.length:
        builder.add("\n")
    ends = [*starts[1:], builder.length]
    spans = tuple(
        Page(page.number, start, end) for page, start, end in zip(pages, starts, ends, strict=True)
    )
    return Assembled("".join(builder.parts), spans, tuple(builder.rows), tuple(builder.indents))


def _list_item(block: Block | None) -> bool:
    """A paragraph that opens with a list label (review 48a, 1: a note a list item cites is
    written after the list, so that the list runs on as one)."""
    return _label(block) is not None


def _label(block: Block | None) -> str | None:
    if not isinstance(block, Paragraph) or not block.lines:
        return None
    match = patterns.LIST_LABEL.match(block.lines[0].text)
    return match.group(0) if match else None


def _next_item(previous: Block | None, block: Block) -> bool:
    """`block` is the item after `previous` in the same list: the next number or letter, or
    the same bullet (`7.` then `4. Befogenheter` is a numbered heading, no item)."""
    before, label = _label(previous), _label(block)
    if before is None or label is None:
        return False
    if before[:-1].isdigit() and label[:-1].isdigit():
        return before[-1] == label[-1] and int(label[:-1]) == int(before[:-1]) + 1
    if len(before) == len(label) == 2 and before[0].isalpha() and label[0].isalpha():
        return before[1] == label[1] and ord(label[0]) == ord(before[0]) + 1
    return before == label


def _cites(block: Block, note: PageNote, opts: PdfOptions) -> bool:
    """Whether the note's mark stood in the block (a paragraph's line, a table's band)."""
    top, x = note.anchor_top, note.anchor_x
    if top is None or x is None:
        return False
    if isinstance(block, TableBlock):
        return block.top - opts.y_tolerance <= top <= block.bottom
    return any(
        abs(line.top - top) <= opts.y_tolerance and line.x0 <= x <= line.x1 + opts.x_tolerance
        for line in block.lines
    )


def _write_notes(builder: _Builder, notes: Sequence[PageNote]) -> None:
    """Each note a paragraph of its own, ``¹ text`` as the Word reader writes a footnote."""
    for note in notes:
        builder.add("\n\n" if builder.length else "")
        builder.add(layout.footnote_block(note.number, note.text).text)


def paragraph_text(paragraph: Paragraph, geometry: Geometry, opts: PdfOptions) -> str:
    """A paragraph's physical lines, one a line, except where the layout broke a word too
    long for the text width without a hyphen (a title in a large type in a narrow column,
    `regiondirektör⏎en i Region`; newuser53 fault 12): as in a table cell (`breaks_word`),
    the line holds that word alone from the text's left edge to its right edge, and the
    next line goes on in lower case with no word that stands alone; those join unspaced.
    Unlike a cell's, a paragraph's full line is also an ordinary wrap of a long compound in a
    narrow column (`…ledamöterna⏎ska`), so the join must also make a word (`joins_to_word`)."""
    edges = CellLines((), geometry.left, geometry.right)
    parts = [paragraph.lines[0].text]
    for previous, line in itertools.pairwise(paragraph.lines):
        broken = (breaks_word(previous, line, edges, opts)
                  and joins_to_word(previous.words[0].text, line.words[0].text))
        parts.append(("" if broken else "\n") + line.text)
    return "".join(parts)


_WORD_HEAD_LETTERS = 4  # letters of the line's word a known compound head must hold
_ENDING_LETTERS = 3  # a known word this short after the break may be an inflection ending


def joins_to_word(left: str, right: str) -> bool:
    """``regiondirektör`` + ``en``: the two parts make a word of the word list (wordfreq),
    or end in one (the compound head ``direktören`` of ``stadsbyggnadsdirektören``) that
    holds at least `_WORD_HEAD_LETTERS` letters before the break; and they are not two
    words of their own (`ledamöterna` + `ska`), unless the second is as short as an
    inflection ending (``en``, ``na``, ``er``), which the list also holds as words."""
    right = right.rstrip(",.;:)")
    if not (left.isalpha() and right.isalpha()):
        return False
    if len(right) > _ENDING_LETTERS and is_known_word(left) and is_known_word(right):
        return False
    joined = (left + right).lower()
    heads = range(len(left) - _WORD_HEAD_LETTERS + 1)
    return any(is_known_word(joined[start:]) for start in heads)


def _write_block(builder: _Builder, block: Block, geometry: Geometry, opts: PdfOptions) -> None:
    if isinstance(block, Paragraph):
        text = paragraph_text(block, geometry, opts)
        start = builder.add(text)
        builder.indents.append(Indent(start, start + len(text), block.lines[0].x0))
        return
    for index, cells in enumerate(block.rows):
        if index:
            builder.add("\n")
        row_text = " | ".join(cells)
        start = builder.add(row_text)
        builder.rows.append(TableRow(start, start + len(row_text), cells))
