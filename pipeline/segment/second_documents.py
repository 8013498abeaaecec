"""A second document printed after the first in one file (newuser54c fault 3, newuser55
fault 7: a bolagsordning and then, from a new page, the VD-instruktion).

The second document opens a page after page 1 with a title: an unnumbered, unlabelled
heading-shaped line (`looks_like_heading`, no list label, no sentence), and its numbering
restarts (the next numbered block is `1`, `§ 1` or `1 §` where the blocks before it printed
other numbers). Its title becomes a top-level heading clause (`title2`, `title3` …) that
closes the first document's sections, and the file gets a ``second-document`` warning naming
its page (pipeline.analysis.document_warnings); the tables still hold one document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.normalize import NormalizedDocument, is_list_start
from pipeline.segment.blocks import LIST_ITEM, METADATA, PARAGRAPH, Shape, looks_like_heading

_FIRST = "1"
LATER_TITLE = re.compile(r"title(?P<n>[2-9]|\d{2,})")  # the ids `title2` … of later titles


def later_title_message(page: int | None, text: str) -> str:
    """The warning for a later document's title (pipeline.analysis, the batch log)."""
    where = f"page {page}" if page is not None else "a later page"
    return (
        f"{where} seems to open a second document ('{text}', its numbering restarts at 1); "
        "it is read as part of this one: split the file to count it apart"
    )


def second_title_starts(doc: NormalizedDocument, shapes: Sequence[Shape]) -> frozenset[int]:
    """The indices of the shapes that open a later document of the file (module docstring)."""
    found: set[int] = set()
    for index, shape in enumerate(shapes):
        if index and _title_shaped(doc, shape) and _opens_later_page(doc, shape) and (
            _restarts_numbering(shapes, index)
        ):
            found.add(index)
    return frozenset(found)


def _title_shaped(doc: NormalizedDocument, shape: Shape) -> bool:
    text = doc.text[shape.block.start : shape.block.end]
    return (
        shape.kind == PARAGRAPH
        and shape.number is None
        and not shape.label
        and shape.sentence == 0
        and looks_like_heading(text)
        and not is_list_start(text)
    )


def _opens_later_page(doc: NormalizedDocument, shape: Shape) -> bool:
    """The block is the first text of a page after the first."""
    raw = doc.raw
    raw_start = doc.raw_starts[shape.block.start]
    return any(
        page.number > 1 and page.start <= raw_start < page.end
        and not raw.text[page.start : raw_start].strip()
        for page in raw.pages
    )


def _restarts_numbering(shapes: Sequence[Shape], index: int) -> bool:
    """The next numbered block after `index` is number 1, and a block before it printed
    another number (the first document's sections)."""
    before = {_plain(shape) for shape in shapes[:index] if shape.number is not None}
    after = next(
        (shape for shape in shapes[index + 1 :] if shape.number is not None
         and shape.kind not in (LIST_ITEM, METADATA)),
        None,
    )
    return after is not None and _plain(after) == _FIRST and bool(before - {_FIRST})


def _plain(shape: Shape) -> str:
    return (shape.number or "").replace("§", "").strip()
