"""Physical lines of the raw text and the page-number lines dropped from them.

`split_lines` cuts raw text at every kind of line break (CR/LF, form feed, vertical tab,
U+2028/2029, NEL) into `Line`s that keep their raw start offset; `artifact_matcher` builds
the test for a running page number (``12``, ``Sida 3 av 9``, ``- 4 -``) from
`NormalizeOptions.page_artifact_patterns`; `line_end_page_number_lines` drops the bare page
number that ends a flattened page line inside a sentence (``… i 2⏎syfte att …``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline import patterns
from pipeline.normalize.model import NormalizeOptions


@dataclass(frozen=True)
class Line:
    text: str  # raw line without its line terminator
    start: int  # raw offset of text[0]
    # The layout rules ask these of each line many times: computed once, when it is made.
    stripped: str = field(init=False, repr=False, compare=False)
    is_blank: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        stripped = self.text.strip()
        object.__setattr__(self, "stripped", stripped)
        object.__setattr__(self, "is_blank", not stripped)

    @property
    def is_empty(self) -> bool:
        return self.text == ""

    @property
    def trailing_spaces(self) -> int:
        return len(self.text) - len(self.text.rstrip(" \t"))


_LINE_BREAK = re.compile(r"\r\n|\r|\n|\f|\v|\u2028|\u2029|\x85")
# No-break and fixed-width spaces (`patterns.PRINTED_SPACES`), one character each: the layout
# rules read them as the space they print as (``att\u00a0ordna`` is an `att` item, round 44),
# offsets unchanged.
_PRINTED_SPACE = re.compile(f"[{patterns.PRINTED_SPACES}]")


def split_lines(text: str) -> list[Line]:
    if _PRINTED_SPACE.search(text):
        text = _PRINTED_SPACE.sub(" ", text)
    lines: list[Line] = []
    position = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append(Line(text[position : match.start()], position))
        position = match.end()
    lines.append(Line(text[position:], position))
    return lines


def artifact_matcher(options: NormalizeOptions) -> Callable[[str], bool]:
    """Whether a line is a page artifact: one of normalize.yaml `page_artifact_patterns`,
    alone on the line. The patterns are tried as one alternation (one match per line, round
    58, perf58b): a line matches it where it matches one of them. A pattern that refers to a
    group (``\\1``, ``(?P=name)``, ``(?(1)…)``: the alternation would renumber its groups),
    or names one another pattern names too, is tried on its own as before."""
    sources = list(options.page_artifact_patterns)
    either = _one_alternation(sources)
    if either is not None:
        return lambda line: either.match(line) is not None
    patterns = [re.compile(rf"^\s*(?:{p})\s*$") for p in sources]
    return lambda line: any(p.match(line) for p in patterns)


_GROUP_REFERENCE = re.compile(r"\\\d|\(\?P=|\(\?\(")


def _one_alternation(sources: list[str]) -> re.Pattern[str] | None:
    if not sources or any(_GROUP_REFERENCE.search(source) for source in sources):
        return None
    either = "|".join(f"(?:{source})" for source in sources)
    try:
        return re.compile(rf"^\s*(?:{either})\s*$")
    except re.error:
        return None


_MIN_BRACKET_COUNTERS = 2
_BRACKET_COUNTER = re.compile(r"\s*\((?P<number>\d{1,3})\)\s*")


def without_bracket_counters(lines: list[Line]) -> list[Line]:
    """Round 40 (aw-S3): lines holding only a bracketed number are a 5dok page counter,
    dropped, where they count the pages from 2 (``(2)`` … ``(3)``, two or more); a run from
    ``(1)`` is a list's labels, and a lone one may be a label too. Round 51 (ruling b3,
    analysis 51-by L2): a run from ``(1)`` whose every line stands alone between blank lines
    (a print's blocks) counts the pages too: a list's label has its item on the next line."""
    counters = [
        index for index, line in enumerate(lines) if _BRACKET_COUNTER.fullmatch(line.text)
    ]
    numbers = [int(_BRACKET_COUNTER.fullmatch(lines[index].text)["number"]) for index in counters]
    if len(numbers) < _MIN_BRACKET_COUNTERS:
        return lines
    from_two = numbers == list(range(2, len(numbers) + 2))
    from_one = numbers == list(range(1, len(numbers) + 1)) and all(
        _between_blank_lines(lines, index) for index in counters
    )
    if not (from_two or from_one):
        return lines
    dropped = set(counters)
    return [line for index, line in enumerate(lines) if index not in dropped]


def _between_blank_lines(lines: list[Line], index: int) -> bool:
    """The line at `index` has a blank line (or the text's edge) before and after it."""
    before = index == 0 or lines[index - 1].is_blank
    return before and (index + 1 == len(lines) or lines[index + 1].is_blank)


def copied_bullets(lines: list[Line]) -> list[Line]:
    """A word processor's bullets copied into text (`\\uf0b7⇥`, `\\uf0b7 ` from a PDF text
    layer, `o⇥`) as the level bullets they show (`•`, `◦`): one character for one, so every
    offset stays the raw one. An `o` before a space is the second level's bullet only right
    under a bullet item (`\\uf0b7 handlägga ärenden enligt` ⏎ `o plan- och bygglagen,`)."""
    shown: list[Line] = []
    under_bullet = False
    for line in lines:
        if line.is_blank:
            shown.append(line)
            continue
        match = patterns.COPIED_BULLET.match(line.text)
        if match is None and under_bullet:
            match = patterns.SPACED_LETTER_BULLET.match(line.text)
        if match is not None:
            glyph = patterns.LEVEL_BULLETS[0 if match.groupdict().get("symbol") else 1]
            at = match.end(1)
            line = Line(line.text[:at] + glyph + line.text[at + 1 :], line.start)
        under_bullet = line.stripped[:1] in patterns.LEVEL_BULLETS[:2]
        shown.append(line)
    return shown


# A plain-text bullet item: its indent, a bullet glyph (`patterns.BULLETS`), a space. Round
# 54 (nu53-8): an item set in deeper than the bullet item above it is its child.
_TEXT_BULLET = re.compile(rf"^(?P<indent>[ \t]*){patterns.BULLET_CLASS}(?=[ \t]+\S)")
_MIN_INDENT_STEP = 2  # columns: a one-space wobble of a copied list is no level
_TAB_WIDTH = 4


def _columns(indent: str) -> int:
    return sum(_TAB_WIDTH if char == "\t" else 1 for char in indent)


def indented_bullets(lines: list[Line]) -> list[Line]:
    """Round 54 (nu53 fault 8): the bullet items of a plain text nested by their indent
    (``• VD ska …`` ⏎ ``␣␣– VD ska rapportera …`` ⏎ ``␣␣␣␣◦ VD får inte …``): an item set in
    two columns or more deeper than the item above it opens a level; its glyph is shown as
    that level's bullet (`patterns.LEVEL_BULLETS`), one character for one, so every offset
    stays the raw one. A line at or left of the first item's indent that is no item ends
    the list; deeper lines are its wrapped text."""
    if not any(_TEXT_BULLET.match(line.text) for line in lines):
        return lines
    shown: list[Line] = []
    stack: list[int] = []
    for line in lines:
        match = None if line.is_blank else _TEXT_BULLET.match(line.text)
        if match is None:
            if not line.is_blank and stack and _columns(_indent(line.text)) <= stack[0]:
                stack = []
            shown.append(line)
            continue
        level = _level(stack, _columns(match.group("indent")))
        if level:
            at = match.end("indent")
            glyph = patterns.LEVEL_BULLETS[min(level, len(patterns.LEVEL_BULLETS) - 1)]
            line = Line(line.text[:at] + glyph + line.text[at + 1 :], line.start)
        shown.append(line)
    return shown


def _indent(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" \t"))]


def _level(stack: list[int], width: int) -> int:
    """The list level of an item `width` columns in, `stack` (the open levels' indents)
    updated in place."""
    while stack and width < stack[-1] - 1:
        stack.pop()
    if not stack or width >= stack[-1] + _MIN_INDENT_STEP:
        stack.append(width)
    return len(stack) - 1


_DIGITS = re.compile(r"\d+")


def page_marker_spans(text: str, options: NormalizeOptions) -> list[tuple[int, int]]:
    """Running page markers printed inside lines of flattened text (``… styrelsen. Sida 2 av
    3 3. Rapportering …``): raw [start, end) of each match of a page-artifact pattern that
    names its page with a word or a total (not a bare number) and belongs to a numbered
    sequence, two or more markers of one pattern and one total numbered N, N + 1, … (N at
    most the total). A marker without a total must be capitalised (``Sida 2``): a lone or
    lower-case ``se sida 2 av bilagan`` is prose, and a page line opening with its index keeps
    its running header (`_opens_with_index`)."""
    spans: list[tuple[int, int]] = []
    for pattern in options.page_artifact_patterns:
        if re.fullmatch(pattern, "7"):  # a bare number: inline, it is any number
            continue
        runs: dict[str | None, list[tuple[int, int, int]]] = {}
        for match in re.finditer(rf"(?<!\S)(?:{pattern})(?!\S)", text):
            numbers = _DIGITS.findall(match.group())
            if not numbers:  # a separator line (``- - - -``) is furniture of its own line only
                continue
            total = numbers[1] if len(numbers) > 1 else None
            page = int(numbers[0])
            if (total is None and not match.group()[:1].isupper()) or (
                total is not None and page > int(total)
            ) or _opens_with_index(text, match.start(), page) or _opens_line(text, match):
                continue
            runs.setdefault(total, []).append((page, match.start(), match.end()))
        for markers in runs.values():
            spans.extend(_numbered_run_spans(markers))
    return sorted(spans)


def page_counter_spans(text: str) -> list[tuple[int, int]]:
    """Page counters ``N (M)`` (page N of M, N at most M) left at the end of a line of
    flattened text after its last sentence (``… regler. 1 (6)``): no paragraph number is
    followed by a bracketed number and the line's end, so the counter is dropped like a
    page-number line (raw [start, end) of each). A counter at a line's start stays: there it
    is read with the page index of a page line (docs/clauses.md)."""
    spans: list[tuple[int, int]] = []
    for line in split_lines(text):
        match = patterns.PAGE_COUNTER_END.search(line.text)
        if match and patterns.page_of_total(match.group("page"), match.group("total")):
            spans.append((line.start + match.start("page"), line.start + match.end()))
    return spans


def _opens_with_index(text: str, at: int, page: int) -> bool:
    """The line holding `at` opens with the page number `page` (``2 FFS 2021:4 Sida 2 …``):
    a page line of text printed one page per line, whose running header the page-line rules
    read (docs/clauses.md); its marker stays."""
    line_start = max(text.rfind(ch, 0, at) for ch in "\n\r\f\v\u2028\u2029\x85") + 1
    return re.match(rf"\s*{page}\s", text[line_start:at]) is not None


def _opens_line(text: str, match: re.Match[str]) -> bool:
    """Round 41 (aw-S2): a page counter fused onto the index opens its line (``3(6)
    Reglemente …``): it is the page line's index (`reflow.fused_counter`) and stays."""
    line_start = max(text.rfind(ch, 0, match.start()) for ch in "\n\r\f\v\u2028\u2029\x85") + 1
    return not text[line_start : match.start()].strip() and bool(
        patterns.FUSED_COUNTER.fullmatch(match.group())
    )


def _numbered_run_spans(markers: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The spans of the markers that follow or precede their page's successor in text order."""
    kept: set[int] = set()
    for index in range(1, len(markers)):
        if markers[index][0] == markers[index - 1][0] + 1:
            kept.update((index - 1, index))
    return [(markers[i][1], markers[i][2]) for i in sorted(kept)]


_LINE_END_NUMBER = re.compile(r"(?P<before>\S+)[ \t]+(?P<number>\d{1,3})[ \t]*$")
_FIRST_PAGE_NUMBERS = (1, 2)  # the first numbered page: page 1, or 2 after a cover page


def line_end_page_number_lines(lines: list[Line], options: NormalizeOptions) -> list[Line]:
    """`lines` without the bare page number that ends a flattened page line inside a
    sentence (``… för en god miljö i 2⏎syfte att …``, round 18, A2): a line of at least
    `page_line_min_chars` that ends in a number, the next line opening lower-case with no
    word that goes on from a number (layout.yaml `number_continuations`: ``3⏎kap.``), the word
    before the number taking none (`numbered_words`: ``punkt 2⏎nedan``), and the number
    either the running page count (the page after the last one dropped; the first is 1 or
    2) or after a word no number follows (`numberless_words`: a preposition or article).
    The number and the spaces before it stay in no output character."""
    kept: list[Line] = []
    last_page: int | None = None
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        number = _line_end_page_number(line, following, last_page, options)
        if number is None:
            kept.append(line)
            continue
        match = _LINE_END_NUMBER.search(line.text)
        assert match is not None
        kept.append(Line(line.text[: match.end("before")], line.start))
        last_page = number
    return kept


def _line_end_page_number(
    line: Line, following: Line | None, last_page: int | None, options: NormalizeOptions
) -> int | None:
    """The page number that ends `line` (`line_end_page_number_lines`), else None."""
    if following is None or following.is_blank or len(line.stripped) < options.page_line_min_chars:
        return None
    match = _LINE_END_NUMBER.search(line.text)
    if match is None or not following.stripped[:1].islower():
        return None
    next_word = following.stripped.split()[0].rstrip(".,;:").casefold()
    before = match.group("before").strip("()\"'").casefold()
    if next_word in patterns.NUMBER_CONTINUATIONS or before.rstrip(".") in patterns.NUMBERED_WORDS:
        return None
    number = int(match.group("number"))
    counted = number in _FIRST_PAGE_NUMBERS if last_page is None else number == last_page + 1
    return number if counted or before in patterns.NUMBERLESS_WORDS else None
