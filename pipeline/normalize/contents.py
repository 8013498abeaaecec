"""A contents list one entry a line (round 45, writer W): under a contents heading
(layout.yaml `contents_headings`: ``Innehåll``, ``Innehållsförteckning``), two or more lines
that each end in a page number after a leader (a tab, a dot leader ``....``/``…``, or a gap
of two spaces or more): ``1⇥Inledning⇥2`` (Word's plain text), ``2.1 Ledning ........ 3``,
or in a paragraph locator (round 48 bs, written in round 49: ``Medlemskap §§ 3–5``).
Round 56 (newuser56b fault 10): three or more such lines with a dot leader or a gap before
the page number, the page numbers never falling, are a contents list by their shape whatever
heading stands above them (``Disposition``, or none); the short line above is its heading,
and under such a line two entries with dot leaders are enough.
The heading and its entries are one block, never cut at their numbers (docs/annotation.md
§1.2 "Round 45 (contents lists)"): `contents_rows` gives the heading line's raw start and
the block's line count, as `pipeline.normalize.cell_rows` does for a table row.
"""

from __future__ import annotations

import re

from pipeline import patterns
from pipeline.normalize.lines import Line

_ENTRY = re.compile(r"\S(?:\t+|[ \t]*(?:\.{2,}|…+|(?: ?\.){3,})[ \t]*| {2,})\d{1,3}[ \t]*$")
# Round 48 (bs; docs/annotation.md §1.2): an entry may end in a paragraph locator instead of
# a page number: ``Medlemskap §§ 3–5``, ``Styrelsen § 9`` (a word before it, any leader)
_LOCATOR_ENTRY = re.compile(r"\w[ \t.…]+§§?[ \t]*\d{1,3}(?:[ \t]*[–-][ \t]*\d{1,3})?[ \t]*$")
# a contents entry by its shape alone: a dot leader or a gap of two spaces, no tab (a tab
# table's last cell may be a bare count)
_SHAPE_ENTRY = re.compile(r"\S(?:[ \t]*(?:\.{2,}|…+|(?: ?\.){3,})[ \t]*| {2,})\d{1,3}[ \t]*$")
_DOT_LEADER = re.compile(r"\.{2,}|…|(?: ?\.){3,}")
_MIN_ENTRIES = 2
_MIN_SHAPE_ENTRIES = 3
_MAX_HEADING_CHARS = 30


def contents_rows(lines: list[Line], *, structured: bool = False) -> dict[int, int]:
    """The raw start of each contents heading with two entries or more after it and the
    number of content lines of the block. In plain text a blank line ends the entries (a
    paragraph break the author typed); a structured reader's text (a PDF's layer, round 46)
    puts each entry in a paragraph of its own, so there blank lines between them are
    passed over."""
    rows: dict[int, int] = {}
    for index, line in enumerate(lines):
        if line.is_blank or len(line.stripped) > _MAX_HEADING_CHARS:
            continue
        if not patterns.is_contents_heading(line.text):
            continue
        entries = 0
        for other in lines[index + 1 :]:
            if other.is_blank:
                if entries and not structured:
                    break
                continue
            if _ENTRY.search(other.text) is None and _LOCATOR_ENTRY.search(other.text) is None:
                break
            entries += 1
        if entries >= _MIN_ENTRIES:
            rows[line.start] = entries + 1
    return rows | _shaped_rows(lines, rows, structured=structured)


def _entry_run(lines: list[Line], first: int, *, structured: bool) -> tuple[int, int, bool]:
    """The contents entries by shape from `first` on (blank lines passed over as in
    `contents_rows`): the count of lines they and their blanks span, the count of entries,
    and whether every entry has a dot leader."""
    entries = 0
    span = 0
    page = 0
    dotted = True
    for offset, other in enumerate(lines[first:], start=1):
        if other.is_blank:
            if not structured:
                break
            continue
        found = _SHAPE_ENTRY.search(other.text)
        if found is None or _page(found.group()) < page:  # a contents page's numbers rise
            break
        page = _page(found.group())
        dotted = dotted and _DOT_LEADER.search(found.group()) is not None
        entries += 1
        span = offset
    return span, entries, dotted


def _shaped_rows(
    lines: list[Line], headed: dict[int, int], *, structured: bool
) -> dict[int, int]:
    """Contents blocks known by their entries' shape alone, not under a listed heading: the
    raw start of the block (the short line above the first entry, else that entry) and its
    count of content lines."""
    covered = _covered_starts(lines, headed)
    rows: dict[int, int] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.is_blank or line.start in covered or _SHAPE_ENTRY.search(line.text) is None:
            index += 1
            continue
        span, entries, dotted = _entry_run(lines, index, structured=structured)
        above = lines[index - 1] if index else None
        heading = (
            above is not None
            and not above.is_blank
            and above.start not in covered
            and len(above.stripped) <= _MAX_HEADING_CHARS
            and not above.stripped.endswith(".")
        )
        # two entries with dot leaders under a short heading line are enough (``Disposition``)
        least = _MIN_ENTRIES if heading and dotted else _MIN_SHAPE_ENTRIES
        if entries < least:
            index += 1
            continue
        count = _content_lines(lines[index : index + span]) + (1 if heading else 0)
        rows[above.start if heading and above is not None else line.start] = count
        index += span
    return rows


def _page(entry_end: str) -> int:
    return int(re.findall(r"\d+", entry_end)[-1])


def _content_lines(block: list[Line]) -> int:
    return sum(1 for line in block if not line.is_blank)


def _covered_starts(lines: list[Line], headed: dict[int, int]) -> set[int]:
    """The raw starts of the lines inside the blocks under a listed contents heading."""
    covered: set[int] = set()
    for index, line in enumerate(lines):
        if line.start not in headed:
            continue
        left = headed[line.start]
        for other in lines[index:]:
            if left <= 0:
                break
            covered.add(other.start)
            left -= 0 if other.is_blank else 1
    return covered
