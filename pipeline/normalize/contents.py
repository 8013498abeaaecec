"""A contents list one entry a line (round 45, writer W): under a contents heading
(layout.yaml `contents_headings`: ``Innehåll``, ``Innehållsförteckning``), two or more lines
that each end in a page number after a leader (a tab, a dot leader ``....``/``…``, or a gap
of two spaces or more): ``1⇥Inledning⇥2`` (Word's plain text), ``2.1 Ledning ........ 3``,
or in a paragraph locator (round 48 bs, written in round 49: ``Medlemskap §§ 3–5``).
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
_MIN_ENTRIES = 2
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
    return rows
