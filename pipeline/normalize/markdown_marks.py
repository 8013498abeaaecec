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

`unquoted_mail_lines` drops an e-mail's quote signs (``> ``, ``>> ``, a bare ``>``) from the
lines of a block (a run of non-blank lines) that most of its lines open with (round 54,
nu54-3: a forwarded message pasted into a .txt): the reflow then joins its wrapped lines, and
a bare ``>`` line is the blank line it stood for. A text that opens with an e-mail's header
(``Från: …`` ⏎ ``Skickat: …`` ⏎ ``Ämne: …``, layout.yaml `mail_header_labels`) is a message,
no document: its header, and where it quotes one, the lines outside the quote (greeting,
signature), are blanked; the document is what it quotes.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline import patterns
from pipeline.normalize.lines import Line

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")  # a Markdown quote when text follows it
_MIN_QUOTED = 2  # quoted lines in a block: one ``> x`` line is no quoted message
_MAIL_FIELD = re.compile(r"[ \t]*(?P<label>[^\W\d_]+(?: [^\W\d_]+)?)[ \t]*:(?:[ \t]|$)")
_MIN_MAIL_FIELDS = 2  # header lines: one ``Ämne:`` line is no e-mail header
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
    sign = _HEADING.match(text) or _text_quote(text)
    if sign is not None:
        text, start = text[sign.end() :], start + sign.end()
    if "*" in text or "_" in text or "](" in text:
        text = _hidden_marks(text)
    return line if (text, start) == (line.text, line.start) else Line(text, start)


def _text_quote(text: str) -> re.Match[str] | None:
    """The quote sign opening `text` when a word follows it at once (``> Nämnden …``)."""
    sign = _QUOTE.match(text)
    return sign if sign is not None and text[sign.end() : sign.end() + 1].strip() else None


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


def unquoted_mail_lines(lines: list[Line]) -> list[Line]:
    """`lines`, each of a block whose lines mostly open with an e-mail quote sign starting
    after it (``> VD ska …`` → ``VD ska …``; ``>`` → an empty line): offsets stay raw."""
    if not any(line.text.lstrip(" \t")[:1] == ">" or ":" in line.text for line in lines[:8]):
        return lines
    moved = list(lines)
    blocks = _blocks(lines)
    quoted = [block for block in blocks if _unquote_block(moved, *block)]
    header = _mail_header(lines, blocks)
    if header is not None:  # no quoted block: the header alone goes (review 54, item 3)
        first, last = (quoted[0][0], quoted[-1][1]) if quoted else (0, len(lines))
        for index, line in enumerate(lines):
            if not line.is_blank and (index < first or index >= last or header[0] <= index
                                      < header[1]):
                moved[index] = Line("", line.start)
    return moved


def _blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """The [start, end) line ranges of the runs of non-blank `lines`."""
    blocks: list[tuple[int, int]] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and not lines[end].is_blank:
            end += 1
        if end > start:
            blocks.append((start, end))
        start = end + 1
    return blocks


def _unquote_block(lines: list[Line], start: int, end: int) -> bool:
    """Drop the quote signs of lines[start:end] in place when most of them open with one;
    whether they did."""
    signs = [_QUOTE.match(lines[index].text) for index in range(start, end)]
    quoted = sum(1 for sign in signs if sign is not None)
    if quoted < _MIN_QUOTED or 2 * quoted <= end - start:
        return False
    for index, sign in zip(range(start, end), signs, strict=True):
        if sign is not None:
            line = lines[index]
            lines[index] = Line(line.text[sign.end() :], line.start + sign.end())
    return True


def _mail_header(lines: list[Line], blocks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first block when it is an e-mail header: most of its lines, two or more, open with
    a mail field label and a colon (``Från: Eva Ek <eva@ekby.se>``, ``Ämne: VB: Instruktion``),
    and it names an address or when it was sent (``Skickat:``; a memo's ``Till:`` ⏎ ``Datum:``
    fields are no e-mail)."""
    if not blocks:
        return None
    start, end = blocks[0]
    labels = [_mail_label(lines[index].text) for index in range(start, end)]
    fields = [label for label in labels if label in patterns.MAIL_HEADER_LABELS]
    if len(fields) < _MIN_MAIL_FIELDS or 2 * len(fields) <= end - start:
        return None
    sent = any(label in patterns.MAIL_SENT_LABELS for label in fields)
    address = any("@" in lines[index].text for index in range(start, end))
    return (start, end) if sent or address else None


def _mail_label(text: str) -> str:
    field = _MAIL_FIELD.match(text)
    return "" if field is None else field.group("label").casefold()


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
