"""Segment: normalized blocks → numbered clauses, document facts and legal references.

Each block of the normalized text becomes one clause: the title, a section heading
(numbered ``1.``/``1.2``/``A.2.1``/``Kapitel 2``, or a short unnumbered line), a
paragraph (possibly numbered ``§ 3``/``3 §``), a list item or a table row. Clause ids
follow the numbers the document prints; see `docs/clauses.md` for the id rules.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.normalize import Block, NormalizedDocument, is_list_start, numbered_marker

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"
TITLE_ID = "title"


@dataclass(frozen=True)
class Clause:
    doc_id: str
    clause_id: str
    parent_id: str | None
    kind: str
    label: str
    section: str | None
    section_title: str | None
    ordinal: int
    text: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    page: int | None = None
    pages: tuple[int, ...] = ()
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    """A reference to a statute: ``7 kap 2 § kommunallagen (2017:725)``."""

    doc_id: str
    clause_id: str
    text: str
    start: int
    end: int
    law: str | None
    sfs: str | None
    chapter: str | None
    section: str | None


@dataclass(frozen=True)
class SegmentedDocument:
    doc: NormalizedDocument
    title: str | None
    organisation: str | None
    year: int | None
    clauses: tuple[Clause, ...]
    references: tuple[Reference, ...]

    @property
    def doc_id(self) -> str:
        return self.doc.doc_id


# ---------------------------------------------------------------------------
# Block classification

_LIST_LABEL = re.compile(r"^(?:[-–—•*▪◦·]|[a-zåäö]\)|\d{1,2}[.)])(?=\s)")
_PARAGRAPH_SIGN = re.compile(r"§\s*(\d+\s*[a-z]?)\.?|(\d+\s*[a-z]?)\s*§")
_CHAPTER = re.compile(r"(?i)kapitel\s+(\d+)")
_FINAL_PUNCTUATION = re.compile(r"[.!?:;,]['\"”’)]*$")
# A trailing adoption year and short document code: "… regiondirektören 2023 NT1".
_TITLE_TAIL = re.compile(r"\s+(?:19|20)\d{2}(?:\s+[A-ZÅÄÖ0-9][\w-]{0,5})?\s*$")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_MAX_HEADING_WORDS = 15


@dataclass(frozen=True)
class _Shape:
    """What a block looks like before ids are assigned."""

    block: Block
    kind: str
    label: str
    number: str | None
    text_start: int
    numbering: str  # "section", "paragraph", "none"


def _strip_label(text: str, label: str) -> int:
    """Offset where the block's text starts after its printed label and spaces."""
    offset = len(label)
    while offset < len(text) and text[offset] == " ":
        offset += 1
    return offset


def _looks_like_heading(text: str) -> bool:
    return (
        bool(text)
        and not _FINAL_PUNCTUATION.search(text)
        and len(text.split()) <= _MAX_HEADING_WORDS
        and (text[0].isupper() or text[0].isdigit())
    )


def _section_number(marker: str) -> str:
    chapter = _CHAPTER.match(marker)
    if chapter:
        return chapter.group(1)
    return marker.rstrip(".").replace(" ", "")


def _paragraph_number(marker: str) -> str:
    match = _PARAGRAPH_SIGN.fullmatch(marker.strip())
    number = (match.group(1) or match.group(2)) if match else marker
    return number.replace(" ", "")


def _shape(block: Block, text: str, in_list: bool, is_table_row: bool) -> _Shape:
    if is_table_row:
        return _Shape(block, TABLE_ROW, "", None, 0, "none")
    marker = numbered_marker(text)
    list_label = _LIST_LABEL.match(text)
    if list_label and (is_list_start(text) or in_list):
        label = list_label.group(0)
        return _Shape(block, LIST_ITEM, label, None, _strip_label(text, label), "none")
    if marker is None:
        return _Shape(block, PARAGRAPH, "", None, 0, "none")
    rest = text[_strip_label(text, marker) :]
    if "§" in marker:
        kind = HEADING if rest and _looks_like_heading(rest) else PARAGRAPH
        return _Shape(
            block, kind, marker, _paragraph_number(marker), _strip_label(text, marker), "paragraph"
        )
    if rest and _looks_like_heading(rest):
        return _Shape(
            block, HEADING, marker, _section_number(marker), _strip_label(text, marker), "section"
        )
    if not rest:
        return _Shape(block, PARAGRAPH, marker, _section_number(marker), len(text), "paragraph")
    return _Shape(
        block, PARAGRAPH, marker, _section_number(marker), _strip_label(text, marker), "paragraph"
    )


def _shapes(doc: NormalizedDocument) -> list[_Shape]:
    table_blocks = _table_blocks(doc)
    shapes: list[_Shape] = []
    in_list = False
    for block in doc.blocks:
        text = doc.text[block.start : block.end]
        lead_in = bool(shapes) and doc.text[shapes[-1].block.start : shapes[-1].block.end].endswith(
            ":"
        )
        shape = _shape(block, text, in_list or lead_in, block.start in table_blocks)
        shapes.append(shape)
        in_list = shape.kind == LIST_ITEM
    return _mark_unnumbered_headings(doc, shapes)


def _table_blocks(doc: NormalizedDocument) -> set[int]:
    if not doc.raw.table_rows:
        return set()
    rows = sorted((row.start, row.end) for row in doc.raw.table_rows)
    return {
        block.start
        for block in doc.blocks
        if any(start <= doc.raw_starts[block.start] < end for start, end in rows)
    }


def _mark_unnumbered_headings(doc: NormalizedDocument, shapes: list[_Shape]) -> list[_Shape]:
    marked: list[_Shape] = []
    for index, shape in enumerate(shapes):
        text = doc.text[shape.block.start : shape.block.end]
        followed = index + 1 < len(shapes) and shapes[index + 1].kind != HEADING
        if (
            shape.kind == PARAGRAPH
            and shape.number is None
            and followed
            and _looks_like_heading(text)
        ):
            shape = _Shape(shape.block, HEADING, "", None, 0, "none")
        marked.append(shape)
    return marked


# ---------------------------------------------------------------------------
# Ids


def _letters(index: int) -> str:
    """0 → a, 25 → z, 26 → aa."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("a") + remainder) + letters
    return letters


@dataclass
class _Context:
    section: str | None = None
    section_title: str | None = None
    container: str | None = None  # id that unnumbered paragraphs number under
    paragraphs_in_container: int = 0
    plain_paragraphs: int = 0
    unnumbered_headings: int = 0
    list_parent: str | None = None
    items_in_list: int = 0


def _unique(candidate: str, used: set[str]) -> str:
    clause_id, suffix = candidate, 2
    while clause_id in used:
        clause_id = f"{candidate}-{suffix}"
        suffix += 1
    used.add(clause_id)
    return clause_id


def _assign_ids(doc: NormalizedDocument, shapes: list[_Shape]) -> Iterator[Clause]:
    context = _Context()
    used: set[str] = set()
    for index, shape in enumerate(shapes):
        block_text = doc.text[shape.block.start : shape.block.end]
        is_bare_label = shape.text_start >= len(block_text) and shape.kind == PARAGRAPH
        following = shapes[index + 1] if index + 1 < len(shapes) else None
        if is_bare_label and _takes_label(following):
            continue  # "§ 3" alone on the line before its paragraph: labels the next block
        previous = shapes[index - 1] if index else None
        if previous is not None and _is_bare_label(doc, previous) and _takes_label(shape):
            shape = _Shape(shape.block, PARAGRAPH, previous.label, previous.number, 0, "paragraph")
        if is_bare_label:
            shape = _Shape(shape.block, PARAGRAPH, "", shape.number, 0, "paragraph")
        start = shape.block.start + shape.text_start
        end = shape.block.end
        if (
            index == 0
            and shape.number is None
            and shape.kind != TABLE_ROW
            and _is_title(block_text, len(shapes))
        ):
            title_end = start + len(clean_title(doc.text[start:end]))
            yield _clause(doc, TITLE_ID, None, HEADING, "", None, None, start, title_end)
            continue
        yield from _clause_for(doc, shape, context, used, start, end)


def _is_bare_label(doc: NormalizedDocument, shape: _Shape) -> bool:
    return shape.kind == PARAGRAPH and shape.text_start >= shape.block.end - shape.block.start


def _takes_label(shape: _Shape | None) -> bool:
    """A bare number labels the next block only when that is an unnumbered paragraph."""
    return shape is not None and shape.kind == PARAGRAPH and shape.number is None


def _is_title(text: str, n_blocks: int) -> bool:
    return n_blocks > 1 and _looks_like_heading(text) and not is_list_start(text)


def _clause_for(
    doc: NormalizedDocument, shape: _Shape, context: _Context, used: set[str], start: int, end: int
) -> Iterator[Clause]:
    text = doc.text[start:end]
    if shape.kind == HEADING and shape.numbering == "section":
        clause_id = _unique(shape.number or "", used)
        parent = _section_parent(clause_id, used)
        context.section, context.section_title, context.container = clause_id, text, clause_id
        context.paragraphs_in_container = 0
        context.list_parent = None
        yield _clause(doc, clause_id, parent, HEADING, shape.label, clause_id, text, start, end)
        return
    if shape.kind == HEADING:
        context.unnumbered_headings += 1
        clause_id = _unique(f"h{context.unnumbered_headings}", used)
        parent = context.container if context.container and context.section else None
        if context.container is None:
            context.section, context.container = clause_id, None
        context.section_title = text
        context.list_parent = None
        yield _clause(
            doc, clause_id, parent, HEADING, shape.label, context.section, text, start, end
        )
        return
    if shape.kind == LIST_ITEM:
        if context.list_parent is None:
            context.list_parent = context.container or context.section
            context.items_in_list = 0
        parent = context.list_parent
        clause_id = _unique(
            f"{parent}.{_letters(context.items_in_list)}"
            if parent
            else _letters(context.items_in_list),
            used,
        )
        context.items_in_list += 1
        yield _clause(
            doc,
            clause_id,
            parent,
            LIST_ITEM,
            shape.label,
            context.section,
            context.section_title,
            start,
            end,
        )
        return
    yield _paragraph(doc, shape, context, used, start, end)


def _paragraph(
    doc: NormalizedDocument, shape: _Shape, context: _Context, used: set[str], start: int, end: int
) -> Clause:
    if shape.number is not None:
        clause_id = _unique(shape.number, used)
        parent = context.section
        context.container, context.paragraphs_in_container = clause_id, 0
    elif context.container is not None:
        context.paragraphs_in_container += 1
        clause_id = _unique(f"{context.container}.{context.paragraphs_in_container}", used)
        parent = context.container
    else:
        context.plain_paragraphs += 1
        clause_id = _unique(str(context.plain_paragraphs), used)
        parent = context.section
    context.list_parent = clause_id
    context.items_in_list = 0
    cells = _cells_at(doc, start) if shape.kind == TABLE_ROW else ()
    return _clause(
        doc,
        clause_id,
        parent,
        shape.kind,
        shape.label,
        context.section,
        context.section_title,
        start,
        end,
        cells,
    )


def _section_parent(clause_id: str, used: set[str]) -> str | None:
    parts = clause_id.split(".")
    for length in range(len(parts) - 1, 0, -1):
        candidate = ".".join(parts[:length])
        if candidate in used:
            return candidate
    return None


def _cells_at(doc: NormalizedDocument, start: int) -> tuple[str, ...]:
    raw_start = doc.raw_starts[start]
    for row in doc.raw.table_rows:
        if row.start <= raw_start < row.end:
            return row.cells
    return ()


def _clause(
    doc: NormalizedDocument,
    clause_id: str,
    parent_id: str | None,
    kind: str,
    label: str,
    section: str | None,
    section_title: str | None,
    start: int,
    end: int,
    cells: tuple[str, ...] = (),
) -> Clause:
    raw_start, raw_end = doc.raw_span(start, end)
    pages = _pages(doc, raw_start, raw_end)
    return Clause(
        doc_id=doc.doc_id,
        clause_id=clause_id,
        parent_id=parent_id,
        kind=kind,
        label=label,
        section=section,
        section_title=section_title,
        ordinal=0,
        text=doc.text[start:end],
        start=start,
        end=end,
        raw_start=raw_start,
        raw_end=raw_end,
        page=pages[0] if pages else None,
        pages=pages,
        cells=cells,
    )


def _pages(doc: NormalizedDocument, raw_start: int, raw_end: int) -> tuple[int, ...]:
    return tuple(
        page.number
        for page in doc.raw.pages
        if page.start < max(raw_end, raw_start + 1) and page.end > raw_start
    )


# ---------------------------------------------------------------------------
# Document facts and references

_REGION = re.compile(r"\bRegion((?:\s+[A-ZÅÄÖ][\w-]*)+?)(?:\s+(läns?))?\b(?!\s+[A-ZÅÄÖ])")
_MUNICIPALITY = re.compile(r"\b([A-ZÅÄÖ][\w-]+)\s+(kommuns?)\b")
_ADOPTED_YEAR = re.compile(
    r"(?i)(?:fastställd|antagen|beslutad|reviderad)[^.\n]{0,60}?\b((?:19|20)\d{2})\b"
)


def clean_title(text: str) -> str:
    """``Instruktion för regiondirektören 2023 NT1`` → ``Instruktion för regiondirektören``."""
    return _TITLE_TAIL.sub("", text).strip()


def _organisation(text: str) -> str | None:
    names: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for match in _REGION.finditer(text):
        words, county = match.group(1).strip(), match.group(2)
        name = f"Region {words}" + (" län" if county else "")
        if not county and words.endswith("s"):
            name = f"Region {words[:-1]}"
        names[name] += 1
        first_seen.setdefault(name, match.start())
    for match in _MUNICIPALITY.finditer(text):
        name = f"{match.group(1)} kommun"
        names[name] += 1
        first_seen.setdefault(name, match.start())
    if not names:
        return None
    return min(names, key=lambda name: (-names[name], first_seen[name]))


def _year(title_block: str | None, text: str) -> int | None:
    if title_block:
        match = _YEAR.search(title_block)
        if match:
            return int(match.group(1))
    adopted = _ADOPTED_YEAR.search(text)
    return int(adopted.group(1)) if adopted else None


# Words ending in -lagen that are not statutes (förslagen, underlagen, …).
_NOT_LAWS = r"(?!(?:[a-zåäö]*(?:för|under|an|av|be|in|på|ut|över|till)s?lagen)\b)"
_LAW_NAME = (
    rf"(?:\b{_NOT_LAWS}[a-zåäö]{{3,}}(?:lagen|balken|förordningen)\b"
    r"|lagen\s+om\s+[^,.()]{3,60}?(?=\s*[,.(]))"
)
_REFERENCE = re.compile(
    rf"(?:(?P<chapter>\d+)\s*kap\.?\s*)?(?P<section>\d+\s*[a-z]?)\s*§\s*"
    rf"(?:(?:första|andra|tredje|fjärde|femte)\s+stycket\s+)?(?P<law>{_LAW_NAME})?"
    rf"(?:\s*\((?P<sfs>\d{{4}}:\d+)\))?"
    rf"|(?P<law_only>{_LAW_NAME})(?:\s*\((?P<sfs_only>\d{{4}}:\d+)\))?"
)


@functools.lru_cache(maxsize=1)
def law_abbreviations() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """``configs/laws.yaml``: ``KL`` → ``kommunallagen``, and a pattern for them after ``§``."""
    import yaml

    from pipeline.config import PACKAGED_CONFIG_DIR, ConfigError

    path = PACKAGED_CONFIG_DIR / "laws.yaml"
    if not path.is_file():
        return {}, None
    values = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("abbreviations", {})
    if not isinstance(values, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in values.items()
    ):
        raise ConfigError(f"{path}: abbreviations must map abbreviation → law name")
    names = "|".join(re.escape(k) for k in sorted(values, key=len, reverse=True))
    return values, re.compile(rf"\s*\(?(?P<abbr>{names})\b\)?") if values else None


def find_references(clause: Clause) -> Iterator[Reference]:
    abbreviations, abbreviation = law_abbreviations()
    for match in _REFERENCE.finditer(clause.text):
        law = match.group("law") or match.group("law_only")
        sfs = match.group("sfs") or match.group("sfs_only")
        section = match.group("section")
        end = match.end()
        while end > match.start() and clause.text[end - 1] == " ":
            end -= 1
        after = abbreviation.match(clause.text, end) if abbreviation and not law else None
        if after and section:
            closed = "(" in after.group() and after.group().endswith(")")
            law = abbreviations[after.group("abbr")]
            end = after.end() if closed else after.end("abbr")
        yield Reference(
            doc_id=clause.doc_id,
            clause_id=clause.clause_id,
            text=clause.text[match.start() : end],
            start=clause.start + match.start(),
            end=clause.start + end,
            law=law,
            sfs=sfs,
            chapter=match.group("chapter"),
            section=section.replace(" ", "") if section else None,
        )


def segment(doc: NormalizedDocument) -> SegmentedDocument:
    """Split a normalized document into clauses with ids, and extract its facts."""
    shapes = _shapes(doc)
    clauses = tuple(
        _with_ordinal(clause, ordinal) for ordinal, clause in enumerate(_assign_ids(doc, shapes))
    )
    title_clause = next((c for c in clauses if c.clause_id == TITLE_ID), None)
    title_block = (
        doc.text[doc.blocks[0].start : doc.blocks[0].end] if title_clause and doc.blocks else None
    )
    return SegmentedDocument(
        doc=doc,
        title=title_clause.text if title_clause else None,
        organisation=_organisation(doc.text),
        year=_year(title_block, doc.text),
        clauses=clauses,
        references=tuple(ref for clause in clauses for ref in find_references(clause)),
    )


def _with_ordinal(clause: Clause, ordinal: int) -> Clause:
    from dataclasses import replace

    return replace(clause, ordinal=ordinal)
