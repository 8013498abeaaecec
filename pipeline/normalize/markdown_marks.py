"""Markdown marks in a plain-text file (round 45, writer W): a wiki or Markdown export saved
as ``.txt`` reads as the Markdown reader (`pipeline.ingest.markdown`) reads a ``.md`` file.

`is_markdown` says whether the lines are Markdown (two ATX headings ``# …``, or one with
inline marks); `unmarked_line` then drops a line's heading signs (``## ``) and quote sign
(``> ``) by moving its start past them, and hides the emphasis signs (``**x**``, ``*x*``,
``__x__``) and a link's brackets and target (``[text](url)``) as zero-width spaces, one
character for one: every offset stays the raw one, and the block text drops them as it
drops any invisible character. A lone asterisk glued to a word (``avgiften*``, a note mark)
and list signs (``- ``, ``* ``, ``1. ``) are no marks.
"""

from __future__ import annotations

import re

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
