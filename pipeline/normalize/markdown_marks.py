"""Markdown marks in a plain-text file (round 45, writer W): a wiki or Markdown export saved
as ``.txt`` reads as the Markdown reader (`pipeline.ingest.markdown`) reads a ``.md`` file.

`is_markdown` says whether the lines are Markdown (two ATX headings ``# …``, or one with
inline marks); `unmarked_line` then drops a line's heading signs (``## ``) and quote sign
(``> ``) by moving its start past them, and hides the emphasis signs (``**x**``, ``*x*``,
``__x__``) and a link's brackets and target (``[text](url)``) as zero-width spaces, one
character for one: every offset stays the raw one, and the block text drops them as it
drops any invisible character. A lone asterisk glued to a word (``avgiften*``, a note mark)
and list signs (``- ``, ``* ``, ``1. ``) are no marks.

`unmarked_site_lines` drops a site export's heading-level mark at a line's start (``/r1/
Förordning …``, ``/r3/ Uppgifter``; normalize.yaml `site_heading_marks`) the same way, in any
plain text (round 49, analysis 49-az R1): furniture, the line a heading as a `## ` line is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.normalize.lines import Line

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+(?=\S)")
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=[^\s*_])[^\n]+?(?<=[^\s*_])\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])[^*\n]+?(?<=[^\s*])\*(?![\w*])")
_LINK = re.compile(r"!?\[(?P<text>[^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+\)")
_HIDDEN = "\u200b"  # dropped from the block text (normalize.assemble `_INVISIBLE`)
_MIN_HEADINGS = 2  # or one heading and one inline mark


def is_markdown(lines: list[Line]) -> bool:
    """Whether `lines` are a Markdown text: two ATX heading lines, or one and an inline mark."""
    headings = sum(
        1 for line in lines if line.text[:4].lstrip(" \t")[:1] == "#" and _HEADING.match(line.text)
    )
    if headings >= _MIN_HEADINGS:
        return True
    return headings == 1 and any(_has_inline_mark(line.text) for line in lines)


def _has_inline_mark(text: str) -> bool:
    return ("*" in text or "_" in text or "](" in text) and bool(
        _STRONG.search(text) or _LINK.search(text)
    )


def unmarked_line(line: Line) -> Line:
    """`line` without its Markdown heading or quote sign and with its inline marks hidden."""
    text, start = line.text, line.start
    sign = _HEADING.match(text) or _QUOTE.match(text)
    if sign is not None:
        text, start = text[sign.end() :], start + sign.end()
    if "*" in text or "_" in text or "](" in text:
        text = _hidden_marks(text)
    return line if (text, start) == (line.text, line.start) else Line(text, start)


def unmarked_site_lines(lines: list[Line], marks: tuple[str, ...]) -> list[Line]:
    """`lines`, each that opens with one of the site heading marks `marks` (regexes) and a
    space starting after them (``/r3/ Ledning`` → ``Ledning``); a mark in mid-line stays."""
    pattern = _site_mark(marks)
    if pattern is None:
        return lines
    moved = []
    for line in lines:
        sign = pattern.match(line.text)
        end = 0 if sign is None else sign.end()
        moved.append(Line(line.text[end:], line.start + end) if end else line)
    return moved


@cache
def _site_mark(marks: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for a line opening with any of `marks`, its spaces and a non-space after."""
    if not marks:
        return None
    return re.compile(rf"^[ \t]{{0,3}}(?:{'|'.join(marks)})[ \t]+(?=\S)")


def _hidden_marks(text: str) -> str:
    chars = list(text)
    for match in _LINK.finditer(text):
        inner_start, inner_end = match.span("text")
        for index in (*range(match.start(), inner_start), *range(inner_end, match.end())):
            chars[index] = _HIDDEN
    for pattern in (_STRONG, _EMPHASIS):
        for match in pattern.finditer("".join(chars)):
            width = 1 if pattern is _EMPHASIS else 2
            for index in (
                *range(match.start(), match.start() + width),
                *range(match.end() - width, match.end()),
            ):
                chars[index] = _HIDDEN
    return "".join(chars)
