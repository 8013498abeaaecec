"""Reader for OpenDocument text (.odt, and flat .fodt): body paragraphs, headings, lists and
tables in order, list and outline numbering turned into the labels a reader sees, headers
and footers kept as metadata only. The output has the Word reader's layout (docs/ingest.md).

lxml, not ElementTree: it is already a dependency (python-docx parses Word parts with it) and
its parser refuses entity expansion and network access by flags, as python-docx's does."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pipeline.ingest import (
    IngestError,
    RawDocument,
    layout,
    read_bytes,
    sha256_of,
    wrong_type,
)
from pipeline.ingest.docx import DocxOptions, format_number, joined_lines, level_bullet
from pipeline.ingest.layout import BodyBlock

ENCODING = "odt"

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TEXT_MIMETYPES = ("application/vnd.oasis.opendocument.text",
                   "application/vnd.oasis.opendocument.text-template",
                   "application/vnd.oasis.opendocument.text-master")
_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(in|cm|mm|pt|pc|px)?\s*$")
_POINTS_PER = {"in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pt": 1.0, "pc": 12.0,
               "px": 0.75, None: 1.0}
_LIST_PLACEHOLDER = re.compile(r"%(\d+)%")
# Inline elements whose content is not body text: footnotes/endnotes (a footnote follows its
# paragraph as a block of its own, `Body._footnotes`), comments, frames and text boxes,
# tracked-change bookkeeping.
_SKIP_INLINE = frozenset({
    f"{_TEXT}note", f"{_OFFICE}annotation", f"{_OFFICE}annotation-end", f"{_TEXT}ruby-text",
    f"{_TEXT}tracked-changes", f"{_TEXT}change", f"{_TEXT}change-start", f"{_TEXT}change-end",
    f"{_TEXT}soft-page-break", f"{_TEXT}bookmark", f"{_TEXT}bookmark-start",
    f"{_TEXT}bookmark-end", f"{_TEXT}reference-mark", f"{_TEXT}toc-mark",
    f"{_TEXT}alphabetical-index-mark", f"{_TEXT}user-index-mark",
})
# Body elements read as containers of paragraphs, lists and tables.
_CONTAINERS = frozenset({f"{_TEXT}section", f"{_TEXT}index-body", f"{_TEXT}index-title",
                         f"{_OFFICE}text"})
_INDEXES = frozenset(f"{_TEXT}{name}" for name in (
    "table-of-content", "illustration-index", "table-index", "object-index", "user-index",
    "alphabetical-index", "bibliography"))
_TABLE_ROW_GROUPS = frozenset({f"{_TABLE}table-header-rows", f"{_TABLE}table-rows",
                               f"{_TABLE}table-row-group"})
_MAX_REPEAT = 64  # table:number-*-repeated beyond this is padding, not content
_BAND_TAGS = tuple(f"{_STYLE}{name}" for name in ("header", "header-first", "header-left"))
_FOOTER_TAGS = tuple(f"{_STYLE}{name}" for name in ("footer", "footer-first", "footer-left"))


@dataclass(frozen=True)
class OdtOptions(DocxOptions):
    """Reader settings; the `odt:` section of ``configs/ingest.yaml`` (the `docx:` keys)."""


# ---------------------------------------------------------------------------
# Styles: paragraph indentation, list styles and the outline (heading) numbering


@dataclass(frozen=True)
class Indentation:
    """Paragraph indentation in points: the left edge of the text and the first line's offset
    from it (negative: a hanging indent, where a list label sits). None: not set here."""

    left: float | None = None
    first_line: float | None = None

    @classmethod
    def of(cls, props: Any) -> Indentation:
        if props is None:
            return cls()
        left = props.get(f"{_FO}margin-left")
        if left is None:
            left = props.get(f"{_FO}margin-start")
        return cls(_points(left), _points(props.get(f"{_FO}text-indent")))

    def over(self, other: Indentation) -> Indentation:
        return Indentation(
            self.left if self.left is not None else other.left,
            self.first_line if self.first_line is not None else other.first_line,
        )

    @property
    def points(self) -> float:
        return round((self.left or 0.0) + (self.first_line or 0.0), 2)


def _points(value: str | None) -> float | None:
    match = _LENGTH.match(value) if value else None
    if match is None:
        return None
    return float(match.group(1)) * _POINTS_PER[match.group(2)]


@dataclass(frozen=True)
class Level:
    """One level of a list style (or of the outline style), 1-based."""

    kind: str  # "number" | "bullet"
    fmt: str = "1"
    prefix: str = ""
    suffix: str = ""
    display_levels: int = 1
    start: int = 1
    letter_sync: bool = False
    list_format: str | None = None  # LibreOffice's loext:num-list-format, "%1%.%2%"
    bullet: str = ""
    indentation: Indentation = Indentation()


ListStyle = Mapping[int, Level]


def _level(element: Any) -> Level:
    tag = element.tag.rsplit("}", 1)[-1]
    start = element.get(f"{_TEXT}start-value", "1")
    display = element.get(f"{_TEXT}display-levels", "1")
    return Level(
        kind="bullet" if tag in ("list-level-style-bullet", "list-level-style-image")
        else "number",
        fmt=element.get(f"{_STYLE}num-format", ""),
        prefix=element.get(f"{_STYLE}num-prefix", ""),
        suffix=element.get(f"{_STYLE}num-suffix", ""),
        display_levels=int(display) if display.isdigit() else 1,
        start=int(start) if start.lstrip("-").isdigit() else 1,
        letter_sync=element.get(f"{_STYLE}num-letter-sync") == "true",
        list_format=element.get(f"{_LOEXT}num-list-format"),
        bullet=element.get(f"{_TEXT}bullet-char", ""),
        indentation=_level_indentation(element),
    )


def _level_indentation(element: Any) -> Indentation:
    props = element.find(f"{_STYLE}list-level-properties")
    if props is None:
        return Indentation()
    mode = props.get(f"{_TEXT}list-level-position-and-space-mode")
    if mode == "label-alignment":
        return Indentation.of(props.find(f"{_STYLE}list-level-label-alignment"))
    space_before = _points(props.get(f"{_TEXT}space-before"))
    return Indentation(space_before, 0.0 if space_before is not None else None)


def _list_style(element: Any) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    for child in element:
        level = child.get(f"{_TEXT}level") if isinstance(child.tag, str) else None
        if level and level.isdigit():
            levels[int(level)] = _level(child)
    return levels


@dataclass(frozen=True)
class Styles:
    """The paragraph styles (common and automatic) and list styles that one part sees."""

    paragraph: Mapping[str, Any]
    default_paragraph: Any
    lists: Mapping[str, ListStyle]
    outline: ListStyle
    automatic: frozenset[str]

    @classmethod
    def of(cls, common: Any, automatic: Any) -> Styles:
        paragraph: dict[str, Any] = {}
        lists: dict[str, ListStyle] = {}
        default = None
        outline: ListStyle = {}
        automatic_names: set[str] = set()
        for root, is_automatic in ((common, False), (automatic, True)):
            if root is None:
                continue
            for element in root:
                tag = element.tag
                name = element.get(f"{_STYLE}name") if isinstance(tag, str) else None
                if tag == f"{_STYLE}style" and element.get(f"{_STYLE}family") == "paragraph":
                    paragraph[name] = element
                    if is_automatic:
                        automatic_names.add(name)
                elif tag == f"{_STYLE}default-style" and (
                    element.get(f"{_STYLE}family") == "paragraph"
                ):
                    default = element
                elif tag == f"{_TEXT}list-style" and name:
                    lists[name] = _list_style(element)
                elif tag == f"{_TEXT}outline-style":
                    outline = _list_style(element)
        return cls(MappingProxyType(paragraph), default, MappingProxyType(lists), outline,
                   frozenset(automatic_names))

    def chain(self, name: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while name and name not in seen and name in self.paragraph:
            seen.add(name)
            style = self.paragraph[name]
            yield style
            name = style.get(f"{_STYLE}parent-style-name")
        if self.default_paragraph is not None:
            yield self.default_paragraph

    def own_indentation(self, name: str | None) -> Indentation:
        """Direct formatting: an automatic style's own indentation, not its parent's."""
        if name not in self.automatic:
            return Indentation()
        return Indentation.of(self.paragraph[name].find(f"{_STYLE}paragraph-properties"))

    def style_indentation(self, name: str | None) -> Indentation:
        found = Indentation()
        for style in self.chain(name):
            if name in self.automatic and style is self.paragraph.get(name):
                continue  # counted as direct formatting
            found = found.over(Indentation.of(style.find(f"{_STYLE}paragraph-properties")))
        return found

    def in_outline(self, name: str | None) -> bool:
        """Whether headings of this paragraph style take the outline (chapter) numbering: the
        style is assigned to an outline level and not detached by `list-style-name=""`."""
        chain = list(self.chain(name))
        return any(style.get(f"{_STYLE}default-outline-level") for style in chain) and all(
            style.get(f"{_STYLE}list-style-name") is None for style in chain
        )

    def list_style_of(self, name: str | None) -> str | None:
        """The list style a paragraph style names (an empty name stops the search)."""
        for style in self.chain(name):
            value = style.get(f"{_STYLE}list-style-name")
            if value is not None:
                return value or None
        return None


# ---------------------------------------------------------------------------
# Numbering


_ODF_FORMATS = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def format_odf_number(number: int, fmt: str, letter_sync: bool = False) -> str:
    """A counter in an ODF `style:num-format`: 1, a, A, i, I (others: decimal). Letters past
    z repeat (aa, bb) with `num-letter-sync`, else run on like spreadsheet columns (aa, ab)."""
    if fmt in ("a", "A") and not letter_sync and number > 26:
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if fmt == "a" else letters.upper()
    if fmt.startswith("0") and len(fmt) > 1:
        return format_number(number, "decimalZero")
    return format_number(number, _ODF_FORMATS.get(fmt[:1], "decimal"))


@dataclass
class Counters:
    """The running counts of one list (continued lists share theirs), by 1-based level."""

    style: str | None
    counts: dict[int, int] = field(default_factory=dict)

    def count(self, level: int, style: ListStyle, start_value: int | None = None) -> None:
        shown = style.get(level)
        start = shown.start if shown else 1
        self.counts[level] = start_value if start_value is not None else (
            self.counts.get(level, start - 1) + 1)
        for deeper in [key for key in self.counts if key > level]:
            del self.counts[deeper]


@dataclass
class ListCounter:
    """Lists as a reader sees them: each `text:list` starts its own count unless it continues
    one (`text:continue-list`, `text:continue-numbering`); headings count in the outline."""

    styles: Styles
    options: OdtOptions
    by_id: dict[str, Counters] = field(default_factory=dict)
    last_by_style: dict[str | None, Counters] = field(default_factory=dict)
    outline: Counters = field(default_factory=lambda: Counters("outline"))

    def open_list(self, element: Any, style: str | None) -> Counters:
        target = element.get(f"{_TEXT}continue-list")
        if target and target in self.by_id:
            counters = self.by_id[target]
        elif element.get(f"{_TEXT}continue-numbering") == "true" and style in self.last_by_style:
            counters = self.last_by_style[style]
        else:
            counters = Counters(style)
        list_id = element.get(_XML_ID) or element.get(f"{_TEXT}id")
        if list_id:
            self.by_id[list_id] = counters
        self.last_by_style[style] = counters
        return counters

    def label(self, counters: Counters, style: ListStyle, level: int) -> str:
        shown = style.get(level)
        if shown is None:
            return ""
        if shown.kind == "bullet":
            return level_bullet(shown.bullet, level - 1, self.options.bullet_label)
        if not shown.fmt:
            return ""
        if shown.list_format is not None:
            text = _LIST_PLACEHOLDER.sub(
                lambda match: self._part(int(match.group(1)), counters, style), shown.list_format
            )
        else:
            first = max(1, level - shown.display_levels + 1)
            numbers = ".".join(self._part(n, counters, style) for n in range(first, level + 1))
            text = f"{shown.prefix}{numbers}{shown.suffix}"
        return text.strip()

    def _part(self, level: int, counters: Counters, style: ListStyle) -> str:
        shown = style.get(level)
        start = shown.start if shown else 1
        number = counters.counts.get(level, start)
        if shown is None or shown.kind == "bullet":
            return str(number)
        return format_odf_number(number, shown.fmt or "1", shown.letter_sync)


# ---------------------------------------------------------------------------
# Paragraph text


def paragraph_text(p: Any) -> str:
    """Visible text of a text:p / text:h: spans, links and fields, `text:s` spaces, tabs as
    spaces, line breaks; footnotes, comments, frames and deleted text left out."""
    parts: list[str] = []
    _inline(p, parts)
    return joined_lines(parts)


def _inline(element: Any, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_INLINE or tag.startswith(f"{{{_DRAW_NS}}}"):
            pass  # comments, unexpanded entities, skipped content: only the tail counts
        elif tag == f"{_TEXT}s":
            count = child.get(f"{_TEXT}c", "1")
            parts.append(" " * min(int(count) if count.isdigit() else 1, 1000))
        elif tag == f"{_TEXT}tab":
            parts.append(" ")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        else:
            _inline(child, parts)
        if child.tail:
            parts.append(child.tail)


# ---------------------------------------------------------------------------
# Body: paragraphs, headings, lists, tables


@dataclass
class Body:
    styles: Styles
    counter: ListCounter
    options: OdtOptions
    notes_cited: int = 0  # footnotes numbered so far, in the order the text cites them

    def blocks(self, container: Any) -> Iterator[BodyBlock]:
        for child in container:
            tag = child.tag
            if tag == f"{_TEXT}p":
                yield from self._paragraph(child, "", None)
            elif tag == f"{_TEXT}h":
                yield from self._heading(child)
            elif tag == f"{_TEXT}list":
                yield from self._list(child)
            elif tag == f"{_TEXT}numbered-paragraph":
                yield from self._numbered_paragraph(child)
            elif tag == f"{_TABLE}table":
                if self.options.tables:
                    rows = table_rows(child)
                    if rows:
                        yield BodyBlock("", tuple(rows))
            elif tag in _CONTAINERS:
                yield from self.blocks(child)
            elif tag in _INDEXES:
                index_body = child.find(f"{_TEXT}index-body")
                if index_body is not None:
                    yield from self.blocks(index_body)

    def _paragraph(self, p: Any, label: str, level: Level | None,
                   continuation: bool = False) -> Iterator[BodyBlock]:
        text = paragraph_text(p)
        if not text:
            return
        name = p.get(f"{_TEXT}style-name")
        found = self.styles.own_indentation(name)
        if level is not None:
            list_indent = level.indentation
            if continuation:
                list_indent = Indentation(list_indent.left, 0.0)
            found = found.over(list_indent)
        indent = found.over(self.styles.style_indentation(name)).points
        separator = self.options.label_separator
        yield BodyBlock(f"{label}{separator}{text}" if label else text, indent=indent)
        yield from self._footnotes(p)

    def _footnotes(self, p: Any) -> Iterator[BodyBlock]:
        """The footnotes the paragraph cites, each a paragraph after it, as the Word reader
        places them (`layout.footnote_block`, round 47); endnotes are left out."""
        for note in p.iter(f"{_TEXT}note"):
            if note.get(f"{_TEXT}note-class", "footnote") != "footnote":
                continue
            self.notes_cited += 1
            body = note.find(f"{_TEXT}note-body")
            texts = (paragraph_text(child) for child in (body if body is not None else ()))
            text = layout.collapse_spaces(" ".join(t.replace("\n", " ") for t in texts if t))
            if text:
                yield layout.footnote_block(self.notes_cited, text)

    def _heading(self, h: Any) -> Iterator[BodyBlock]:
        level_attr = h.get(f"{_TEXT}outline-level", "1")
        level = int(level_attr) if level_attr.isdigit() and int(level_attr) > 0 else 1
        outline = self.styles.outline
        label = ""
        numbered = self.styles.in_outline(h.get(f"{_TEXT}style-name"))
        if numbered and h.get(f"{_TEXT}is-list-header") != "true":
            start = h.get(f"{_TEXT}start-value")
            restart = h.get(f"{_TEXT}restart-numbering") == "true"
            start_value = int(start) if restart and start and start.isdigit() else None
            if restart and start_value is None:
                shown = outline.get(level)
                start_value = shown.start if shown else 1
            self.counter.outline.count(level, outline, start_value)
            label = self.counter.label(self.counter.outline, outline, level)
        yield from self._paragraph(h, label, outline.get(level) if label else None)

    def _list(self, element: Any) -> Iterator[BodyBlock]:
        style = element.get(f"{_TEXT}style-name")
        counters = self.counter.open_list(element, style)
        yield from self._items(element, counters, style, 1)

    def _items(self, element: Any, counters: Counters, style: str | None,
               level: int) -> Iterator[BodyBlock]:
        for item in element:
            if item.tag == f"{_TEXT}list-item":
                yield from self._item(item, counters, style, level, header=False)
            elif item.tag == f"{_TEXT}list-header":
                yield from self._item(item, counters, style, level, header=True)

    def _item(self, item: Any, counters: Counters, style: str | None, level: int,
              header: bool) -> Iterator[BodyBlock]:
        numbered = not header and _first_is_paragraph(item)
        start = item.get(f"{_TEXT}start-value")
        first = True
        for child in item:
            tag = child.tag
            if tag in (f"{_TEXT}p", f"{_TEXT}h"):
                list_style = self._list_style(style, child)
                label = ""
                if first and numbered:
                    counters.count(level, list_style,
                                   int(start) if start and start.isdigit() else None)
                    label = self.counter.label(counters, list_style, level)
                yield from self._paragraph(child, label, list_style.get(level),
                                           continuation=not (first and numbered))
                first = False
            elif tag == f"{_TEXT}list":
                yield from self._items(child, counters,
                                       child.get(f"{_TEXT}style-name") or style, level + 1)
                first = False
            elif tag == f"{_TABLE}table" or tag in _CONTAINERS:
                yield from self.blocks([child])
                first = False

    def _list_style(self, style: str | None, paragraph: Any) -> ListStyle:
        name = style or self.styles.list_style_of(paragraph.get(f"{_TEXT}style-name"))
        return self.styles.lists.get(name or "", {})

    def _numbered_paragraph(self, element: Any) -> Iterator[BodyBlock]:
        style = element.get(f"{_TEXT}style-name")
        list_id = element.get(f"{_TEXT}list-id") or ""
        counters = self.counter.by_id.setdefault(list_id, Counters(style))
        level_attr = element.get(f"{_TEXT}level", "1")
        level = int(level_attr) if level_attr.isdigit() and int(level_attr) > 0 else 1
        for child in element:
            if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
                list_style = self._list_style(style, child)
                start = element.get(f"{_TEXT}start-value")
                counters.count(level, list_style, int(start) if start and start.isdigit() else None)
                label = self.counter.label(counters, list_style, level)
                yield from self._paragraph(child, label, list_style.get(level))
                return


# A list item's children that are neither its content nor a nested list: a soft page break,
# the label an application cached (`text:number`, recomputed here).
_NOT_CONTENT = frozenset({f"{_TEXT}soft-page-break", f"{_TEXT}number"})


def _first_is_paragraph(item: Any) -> bool:
    """An item whose first child is a nested list shows no label and counts for nothing."""
    for child in item:
        if child.tag in _NOT_CONTENT or not isinstance(child.tag, str):
            continue
        return child.tag in (f"{_TEXT}p", f"{_TEXT}h")
    return False


def _cell_text(cell: Any) -> str:
    texts: list[str] = []
    for element in cell.iter(f"{_TEXT}p", f"{_TEXT}h"):
        if not _inside_skipped(element, cell):
            texts.append(paragraph_text(element))  # its lines' spaces collapsed
    return "\n".join(text for text in texts if text)  # as the Word reader (round 48)


def _inside_skipped(element: Any, stop: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        tag = parent.tag
        if tag in _SKIP_INLINE or tag.startswith(f"{{{_DRAW_NS}}}"):
            return True
        parent = parent.getparent()
    return False


def _repeat(element: Any, attribute: str) -> int:
    value = element.get(attribute, "1")
    return min(int(value), _MAX_REPEAT) if value.isdigit() and int(value) > 0 else 1


def _rows(table: Any) -> Iterator[Any]:
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            for _ in range(_repeat(child, f"{_TABLE}number-rows-repeated")):
                yield child
        elif child.tag in _TABLE_ROW_GROUPS:
            yield from _rows(child)


def table_rows(table: Any) -> list[tuple[str, ...]]:
    """One tuple of cell texts per row, as the Word reader gives them: a cell spanning
    columns is one cell; a cell covered by one spanning rows from above takes its text
    (`layout.fill_merged_rows`)."""
    rows: list[list[layout.GridCell]] = []
    for row in _rows(table):
        cells: list[layout.GridCell] = []
        column = 0  # grid column
        spanned = 0  # covered cells still owed to a cell spanning columns in this row
        for cell in row:
            if cell.tag == f"{_TABLE}table-cell":
                text = _cell_text(cell)
                for _ in range(_repeat(cell, f"{_TABLE}number-columns-repeated")):
                    cells.append((column, text))
                    column += 1
                span = cell.get(f"{_TABLE}number-columns-spanned", "1")
                spanned = int(span) - 1 if span.isdigit() and int(span) > 1 else 0
            elif cell.tag == f"{_TABLE}covered-table-cell":
                for _ in range(_repeat(cell, f"{_TABLE}number-columns-repeated")):
                    if spanned:
                        spanned -= 1
                    else:
                        cells.append((column, None))
                    column += 1
        rows.append(cells)
    return layout.fill_merged_rows(rows)


# ---------------------------------------------------------------------------
# Headers and footers


def band_lines(master_styles: Any, tags: tuple[str, ...]) -> list[str]:
    lines: list[str] = []
    if master_styles is None:
        return lines
    for page in master_styles.iter(f"{_STYLE}master-page"):
        for band in page:
            if band.tag not in tags:
                continue
            for p in band.iter(f"{_TEXT}p", f"{_TEXT}h"):
                text = layout.collapse_spaces(paragraph_text(p).replace("\n", " "))
                if text:
                    lines.append(text)
    return lines


# ---------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class Parts:
    """The parsed roots: content.xml and styles.xml (one root for a flat .fodt)."""

    content: Any
    styles: Any


def _parser() -> Any:
    import lxml.etree

    return lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                huge_tree=False, remove_comments=True, remove_pis=True)


def _parse(path: Path, data: bytes, part: str, what: str) -> Any:
    import lxml.etree

    try:
        root = lxml.etree.fromstring(data, parser=_parser())
    except (lxml.etree.XMLSyntaxError, ValueError) as error:
        raise IngestError(path, f"corrupt {what} ({part}: {error})") from error
    if root.getroottree().docinfo.internalDTD is not None:
        raise IngestError(path, f"corrupt {what} ({part} declares a DTD; entities are refused)")
    return root


def _zip_parts(path: Path, data: bytes, what: str) -> Parts:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                if mimetype not in _TEXT_MIMETYPES:
                    raise IngestError(
                        path, f"not an OpenDocument text (a {mimetype or 'package'} file)")
            if "META-INF/manifest.xml" in names and (
                b"encryption-data" in archive.read("META-INF/manifest.xml")
            ):
                raise IngestError(path, f"encrypted (password-protected) {what}")
            if "content.xml" not in names:
                raise IngestError(path, f"corrupt {what} (missing content.xml)")
            content = archive.read("content.xml")
            styles = archive.read("styles.xml") if "styles.xml" in names else None
    except zipfile.BadZipFile as error:
        raise IngestError(path, f"corrupt {what} (bad zip archive: {error})") from error
    except (zlib.error, EOFError, OSError, ValueError, NotImplementedError) as error:
        raise IngestError(path, f"corrupt {what} ({type(error).__name__}: {error})") from error
    return Parts(_parse(path, content, "content.xml", what),
                 _parse(path, styles, "styles.xml", what) if styles else None)


def _open(path: Path, data: bytes) -> Parts:
    what = ".fodt" if path.suffix.lower() == ".fodt" else ".odt"
    if data.startswith(_ZIP_MAGIC):
        return _zip_parts(path, data, what)
    if data.startswith(_OLE_MAGIC):
        raise IngestError(path, f"not an {what} (a legacy .doc or other OLE file)")
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        root = _parse(path, data, "flat XML", what)
        if root.tag != f"{_OFFICE}document":
            raise IngestError(path, f"not an {what} (XML, but no office:document)")
        return Parts(root, root)
    raise wrong_type(path, data, f"not an {what} (not a zip archive)")


def _child(root: Any, tag: str) -> Any:
    return root.find(tag) if root is not None else None


def read_odt(path: Path, doc_id: str, *, options: Mapping[str, Any] | None = None) -> RawDocument:
    path = Path(path)
    opts = layout.options_from_mapping(OdtOptions, options, "odt")
    data = read_bytes(path)
    if not data:
        raise IngestError(path, "empty file (0 bytes)")
    parts = _open(path, data)
    text_root = parts.content.find(f"{_OFFICE}body/{_OFFICE}text")
    if text_root is None:
        raise IngestError(path, "not an OpenDocument text (no office:text body)")
    common = _child(parts.styles, f"{_OFFICE}styles")
    body_styles = Styles.of(common, _child(parts.content, f"{_OFFICE}automatic-styles"))
    master_styles = _child(parts.styles, f"{_OFFICE}master-styles")
    body = Body(body_styles, ListCounter(body_styles, opts), opts)
    text, rows, indents = layout.assemble_blocks(body.blocks(text_root))
    if not text.strip():
        raise IngestError(path, "document holds no text")
    metadata = layout.office_band_metadata(
        band_lines(master_styles, _BAND_TAGS), band_lines(master_styles, _FOOTER_TAGS), text,
        opts.page_number_patterns, opts.diarienummer_pattern, opts.adopted_pattern,
    )
    return RawDocument(
        doc_id=doc_id,
        source_path=str(path),
        source_sha256=sha256_of(data),
        encoding=ENCODING,
        text=text,
        pages=(),
        table_rows=rows,
        ocr_pages=(),
        format="odt",
        metadata=MappingProxyType(metadata),
        indents=indents,
    )
