"""tesseract's hOCR as the OCR'd page's lines of words, in PDF points like a text layer.

hOCR rather than TSV: each line carries tesseract's estimate of its text height (`x_size`,
ascender to descender whatever letters the line holds) and its baseline's slope. Lines of
one type size get one size (a three-line title stays one block; a heading's size differs
from the body's), and the slope of a scan turned a little is taken out of every word's
height, so lines are level and their distances those of the printed page.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from pipeline.ingest.pdf_layout import Word

__all__ = ["hocr_lines"]

_LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
_BBOX = re.compile(r"\bbbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_X_SIZE = re.compile(r"\bx_size (-?[\d.]+)")
_BASELINE = re.compile(r"\bbaseline (-?[\d.]+) (-?[\d.]+)")
SIZE_STEP = 1.12  # line heights within this ratio of their neighbour are one type size


@dataclass
class _Line:
    size: float
    slope: float
    words: list[Word] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[_Line] = []
        self._spans: list[str] = []
        self._word: list[str] | None = None
        self._box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "span":
            return
        values = dict(attrs)
        kind, title = values.get("class") or "", values.get("title") or ""
        self._spans.append(kind)
        if kind in _LINE_CLASSES:
            size = _X_SIZE.search(title)
            slope = _BASELINE.search(title)
            self.lines.append(_Line(float(size.group(1)) if size else 0.0,
                                    float(slope.group(1)) if slope else 0.0))
        elif kind == "ocrx_word" and self.lines:
            box = _BBOX.search(title)
            if box:
                x0, top, x1, bottom = (float(value) for value in box.groups())
                self._box = (x0, x1, top, bottom)
                self._word = []

    def handle_data(self, data: str) -> None:
        if self._word is not None:
            self._word.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != "span" or not self._spans:
            return
        if self._spans.pop() == "ocrx_word" and self._word is not None:
            text = "".join(self._word).strip()
            if text:
                x0, x1, top, bottom = self._box
                self.lines[-1].words.append(Word(text, x0, x1, top, bottom, 0.0, False))
            self._word = None


def hocr_lines(hocr: str, scale: float) -> list[tuple[Word, ...]]:
    """The page's lines in tesseract's order, each line's words in its order; coordinates
    times `scale` (PDF points per pixel), sizes one per type size, the skew taken out."""
    parser = _Parser()
    parser.feed(hocr)
    lines = [line for line in parser.lines if line.words]
    if not lines:
        return []
    sizes = type_sizes([line.size or _box_height(line.words) for line in lines])
    slopes = [line.slope for line in lines if line.words[-1].x1 - line.words[0].x0 > 0]
    skew = statistics.median(slopes) if slopes else 0.0
    return [
        tuple(_level(word, skew, size, scale) for word in line.words)
        for line, size in zip(lines, sizes, strict=True)
    ]


def type_sizes(heights: Sequence[float]) -> list[float]:
    """Each height as the median of its run of heights within `SIZE_STEP` of each other."""
    order = sorted(range(len(heights)), key=lambda index: heights[index])
    runs: list[list[int]] = []
    for index in order:
        if runs and heights[index] <= heights[runs[-1][-1]] * SIZE_STEP:
            runs[-1].append(index)
        else:
            runs.append([index])
    sizes = [0.0] * len(heights)
    for run in runs:
        middle = statistics.median(heights[index] for index in run)
        for index in run:
            sizes[index] = middle
    return sizes


def _box_height(words: Sequence[Word]) -> float:
    return max(word.bottom - word.top for word in words)


def _level(word: Word, skew: float, size: float, scale: float) -> Word:
    """`word` in points, moved up or down by the page's baseline slope at its place."""
    shift = skew * (word.x0 + word.x1) / 2
    return replace(
        word, x0=word.x0 * scale, x1=word.x1 * scale, top=(word.top - shift) * scale,
        bottom=(word.bottom - shift) * scale, size=round(size * scale, 1),
    )
