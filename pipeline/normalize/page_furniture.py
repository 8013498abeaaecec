"""Running page furniture of a text layer: footers and headers around a page break, and the
text that runs on over them.

A PDF text layer prints at each page's foot and head lines that belong to no clause: a page
counter with the organisation, the title or a date beside it (``Hedemo kommun   Instruktion
för kommundirektören   Sida 1 av 3``, ``2024-11-20   1 (3)``) and, next to it, the title, the
body's name, a date or a diarienummer (``Kulturnämnden   2025-09-02   Dnr KS 2025/0117``).
`running_furniture_lines` finds them (round 44, probe44 S2; docs/annotation.md §1.2):

- a *page line* holds a page counter (``Sida N av M``, ``N (M)``, ``s. N av M``, or a bare
  page number set off by a field gap of two or more spaces) at its start or end, and beside it
  only dates, registration fields (layout.yaml `running_field_labels`) and words of the title
  line, or words that recur on another such line with only their numbers changed;
- a *margin line* lies next to a page line (or a form feed), blank lines aside, or next to
  another margin line there: the title's words (at least two, and more than half the title
  or a date or registration field beside them: a signature ``Ekby kommun`` above the last
  counter stays), or a line of two or more words that recurs beside the page lines of two
  pages with only its numbers changed.

A heading under a counter (``3. Ekonomi``), a one-word heading, a sentence naming ``sida 3 av
4 i bilaga 1`` and a date line of the body stay. `page_break_joins` then lets the text run on
over the removed lines: where the line before them ends in a word broken by a hyphen, or ends
without a sentence's stop, colon or semicolon and the line after them opens lower-case, the
blank lines between the two go too, so the paragraph (and the hyphenated word) is one block.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from pipeline import patterns
from pipeline.normalize.lines import Line

_STRONG_COUNTER = (
    r"(?:[Ss]ida|SIDA)\s+\d{1,3}(?:\s*(?:av|AV|\(|/)\s*\d{1,3}\)?)?"
    r"|\d{1,3}\s*\(\d{1,3}\)"
    r"|[Ss]\.\s*\d{1,3}\s*(?:av|\()\s*\d{1,3}\)?"
)
_COUNTER_END = re.compile(rf"(?:^|(?<=\s))(?:{_STRONG_COUNTER})\s*$")
_COUNTER_START = re.compile(rf"^(?:{_STRONG_COUNTER})(?=\s|$)")
_GAPPED_NUMBER_END = re.compile(r"(?:^|[ \t\u00a0]{2,})\d{1,3}\s*$")  # ``2020-07-10   3``
_DATE = re.compile(r"(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{8})(?!\d)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_INSIDE = re.compile(r"[.!?](?:\s+\S|\s*$)")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_MAX_WORDS = 12
_MARGIN_DEPTH = 3  # lines of a page's foot or head beside its counter
_MIN_RECURRING_WORDS = 2
_STOPS = ".!?:;"


def running_furniture_lines(
    lines: Sequence[Line], artifacts: frozenset[int], text: str = ""
) -> frozenset[int]:
    """The indices of the running footer and header lines (module docstring); `artifacts`:
    the page-number lines found already, `text`: the raw text (its form feeds break pages)."""
    content = [index for index, line in enumerate(lines) if not line.is_blank]
    if len(content) < 2:
        return frozenset()
    title = _title_words(lines, content, artifacts)
    fields = _field_pattern()
    counters = {index: _counter_rest(lines[index].stripped) for index in content}
    candidates = {index: rest for index, rest in counters.items() if rest is not None}
    recurring = Counter(_shape(rest) for rest in candidates.values())
    pages = {
        index
        for index, rest in candidates.items()
        if index != content[0]
        and _furniture_words(rest, fields) is not None
        and (_within_title(rest, title, fields, 0) or recurring[_shape(rest)] > 1)
    }
    # where a page's foot and head lie: (first line after, last line before) an anchor
    anchors = [
        (position + 1, position - 1)
        for position, index in enumerate(content)
        if index in pages or index in artifacts
    ]
    anchors += [
        (position, position - 1)
        for position, index in enumerate(content)
        if position and after_form_feed(text, lines[index])
    ]
    margins = _margin_candidates(content, anchors, pages | artifacts)
    shapes = Counter(_shape(lines[index].stripped) for index in margins)
    furniture = set(pages)
    for after, before in anchors:
        for start, step in ((after, 1), (before, -1)):
            _walk(
                lines,
                content,
                start,
                step,
                furniture | artifacts,
                lambda line: _margin_line(line.stripped, title, fields, shapes),
                furniture,
            )
    return frozenset(furniture - {content[0]})


def page_break_joins(lines: Sequence[Line], removed: frozenset[int]) -> frozenset[int]:
    """The blank lines to drop so that text runs on over removed page furniture (`removed`):
    between the content lines before and after a run of removed lines, where the one before
    ends in a hyphenated word or without `.!?:;` and the one after opens lower-case."""
    joins: set[int] = set()
    previous: int | None = None
    between: list[int] = []
    crossed = False
    for index, line in enumerate(lines):
        if line.is_blank or index in removed:
            between.append(index)
            crossed = crossed or index in removed
            continue
        if previous is not None and crossed and runs_on(lines[previous].stripped, line.stripped):
            joins.update(other for other in between if lines[other].is_blank)
        previous, between, crossed = index, [], False
    return frozenset(joins)


def runs_on(before: str, after: str) -> bool:
    """Whether the text runs on from the line `before` to the line `after`: `before` ends in
    a hyphenated word, or without `.!?:;` and `after` opens lower-case."""
    if len(before) > 1 and before[-1] in patterns.HYPHENS and before[-2].isalpha():
        return True
    return before[-1:] not in _STOPS and after[:1].islower()


def _title_words(lines: Sequence[Line], content: list[int], artifacts: frozenset[int]) -> set[str]:
    """The words of the title: the first content line, with the next where the title wraps
    onto it (no stop, the next line opening lower-case)."""
    kept = [index for index in content if index not in artifacts] or content
    text = lines[kept[0]].stripped
    if len(kept) > 1 and text[-1:] not in _STOPS and lines[kept[1]].stripped[:1].islower():
        text = f"{text} {lines[kept[1]].stripped}"
    return {word.casefold() for word in _WORD.findall(text)}


@patterns.layout_cache(1)
def _field_pattern() -> re.Pattern[str]:
    """A registration field (layout.yaml `running_field_labels`: ``Dnr KS 2026/0093``) or a
    date written with its month's name (``11 februari 2026``); compiled once."""
    months = "|".join(sorted(map(re.escape, patterns.MONTH_NAMES), key=len, reverse=True))
    return re.compile(
        rf"{patterns.registration_field().pattern}|\b\d{{1,2}}\s+(?i:{months})\s+\d{{4}}\b"
    )


def _counter_rest(text: str) -> str | None:
    """The line without its page counter, if it has one at its start or end; else None."""
    if _DIGITS.search(text) is None:
        return None  # every counter holds a digit (one scan instead of three; most lines)
    for pattern in (_COUNTER_END, _COUNTER_START, _GAPPED_NUMBER_END):
        match = pattern.search(text)
        if match is not None:
            rest = (text[: match.start()] + " " + text[match.end() :]).strip()
            if not rest and pattern is _GAPPED_NUMBER_END:
                return None  # a bare number alone is an artifact line, read elsewhere
            return rest
    return None


def _furniture_words(text: str, fields: re.Pattern[str]) -> list[str] | None:
    """The words of `text` besides its dates and registration fields, or None where it holds
    a sentence or too many words for a running line."""
    bare = _DATE.sub(" ", fields.sub(" ", text))
    if _SENTENCE_INSIDE.search(bare):
        return None
    words = _WORD.findall(bare)
    return words if len(words) <= _MAX_WORDS else None


def _within_title(text: str, title: set[str], fields: re.Pattern[str], least: int) -> bool:
    """Every word of `text` bar dates and fields is a title word, and there are at least
    `least` of them."""
    words = _furniture_words(text, fields)
    return (
        words is not None
        and len(words) >= least
        and all(word.casefold() in title for word in words)
    )


def _margin_line(text: str, title: set[str], fields: re.Pattern[str], shapes: Counter[str]) -> bool:
    """A running header or footer line beside a page line (module docstring)."""
    if shapes[_shape(text)] > 1 and len(_WORD.findall(text)) >= _MIN_RECURRING_WORDS:
        return True
    words = _furniture_words(text, fields)
    folded = {word.casefold() for word in words or ()}
    if folded and folded == title:  # the title repeated, one word too (round 43, probe43 c. 8)
        return True
    if words is None or len(words) < 2 or not folded <= title:
        return False
    has_field = bool(_DATE.search(text) or fields.search(text))
    return has_field or 2 * len(folded) > len(title)


def _margin_candidates(
    content: list[int], anchors: list[tuple[int, int]], pages: set[int] | frozenset[int]
) -> set[int]:
    """The content lines within `_MARGIN_DEPTH` lines of an anchor, page lines aside."""
    near: set[int] = set()
    for after, before in anchors:
        for offset in range(_MARGIN_DEPTH):
            for position in (after + offset, before - offset):
                if 0 < position < len(content) and content[position] not in pages:
                    near.add(content[position])
    return near


def _walk(
    lines: Sequence[Line],
    content: list[int],
    position: int,
    step: int,
    skipped: set[int],
    is_margin: Callable[[Line], bool],
    furniture: set[int],
) -> None:
    """Add to `furniture` the margin lines from `position` on in direction `step`, over the
    `skipped` lines, up to the first other line."""
    for _ in range(_MARGIN_DEPTH):
        if not 0 < position < len(content):
            return
        index = content[position]
        position += step
        if index in skipped or index in furniture:
            continue
        if not is_margin(lines[index]):
            return
        furniture.add(index)


def after_form_feed(text: str, line: Line) -> bool:
    """Whether `line` opens a page: a form feed in `text` right before it."""
    return line.start > 0 and text[line.start - 1 : line.start] == "\f"


def _shape(text: str) -> str:
    """The line with its numbers masked and its spacing collapsed, case folded."""
    return _SPACES.sub(" ", _DIGITS.sub("#", text.casefold())).strip()
