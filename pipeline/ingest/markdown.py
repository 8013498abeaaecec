"""Reader for Markdown (.md, .markdown): the document rendered to HTML by markdown-it-py
(CommonMark with tables) and read by the web-page reader, so that headings, list items with
their labels, ordered-list numbers, tables and paragraphs come out as for a saved web page.

Emphasis and links leave their text; a hard-wrapped paragraph is one paragraph; a YAML front
matter block (``---`` … ``---`` at the very start) is dropped from the text; its case
number and adoption date keys (``dnr``, ``antagen`` …) are the document's metadata. The
encoding is detected as for a ``.txt`` file, and a file that is not text is refused the
same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pipeline import patterns
from pipeline.ingest import IngestError, RawDocument, layout, read_bytes, sha256_of
from pipeline.ingest.html import HtmlOptions, page_blocks, parse
from pipeline.ingest.text import decode

# Front matter: `---` on the first line, YAML lines (the first one `key:`), then `---` or
# `...` on a line of its own. A document that merely opens with a rule (`---`) keeps its text.
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?:[ \t]*\r?\n)*(?:[\w-]+[ \t]*:.*?)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL | re.MULTILINE,
)


_FRONT_MATTER_LINE = re.compile(r"^([\w-]+)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def front_matter_fields(text: str) -> dict[str, str]:
    """The documents-table fields a YAML front matter block at `text`'s start gives
    (``dnr: "KS 2025/142"`` → diarienummer, ``antagen: 2025-05-12`` → adopted)."""
    block = _FRONT_MATTER.match(text)
    if block is None:
        return {}
    fields: dict[str, str] = {}
    for key, value in _FRONT_MATTER_LINE.findall(block.group()):
        field = _front_matter_field(key.casefold())
        value = value.strip("'\"").strip()
        if field and value:
            fields.setdefault(field, value)
    return fields


def _front_matter_field(key: str) -> str | None:
    """The documents-table field a front-matter key gives (layout.yaml
    `front_matter_case_keys`, `front_matter_adoption_keys`; round 51, nu51 fault 7)."""
    if key in patterns.FRONT_MATTER_CASE_KEYS:
        return "diarienummer"
    if key in patterns.FRONT_MATTER_ADOPTION_KEYS:
        return "adopted"
    return None


def strip_front_matter(text: str) -> str:
    """`text` without a YAML front matter block at its start."""
    return _FRONT_MATTER.sub("", text, count=1)


@lru_cache(maxsize=1)
def _renderer() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def to_html(text: str) -> str:
    """The Markdown `text` (front matter dropped) as an HTML page."""
    body = _renderer().render(strip_front_matter(text))
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def read_markdown(
    path: Path, doc_id: str, *, options: Mapping[str, Any] | None = None
) -> RawDocument:
    """Read a Markdown file; `options` is accepted for the common reader signature (none
    used: lists and tables are read with the web-page reader's defaults)."""
    path = Path(path)
    data = read_bytes(path)
    text, encoding = decode(path, data)
    root = parse(path, to_html(text))
    try:
        blocks = page_blocks(root, HtmlOptions())
    except RecursionError as error:
        raise IngestError(path, "elements nested too deeply to read") from error
    assembled = layout.assemble_body(blocks)
    body, rows = assembled.text, assembled.rows
    if not body.strip():
        raise IngestError(path, "document holds no text (after front matter and markup)")
    return RawDocument(
        doc_id=doc_id,
        source_path=str(path),
        source_sha256=sha256_of(data),
        encoding=encoding,
        text=body,
        table_rows=rows,
        format="markdown",
        metadata=MappingProxyType({**layout.band_metadata([], [], body),
                                   **front_matter_fields(text)}),
        indents=assembled.indents,  # its ordered items' (round 56)
        headings=assembled.headings,
    )
