"""Segment: normalized blocks → numbered clauses, document facts and legal references.

Each block of the normalized text becomes one clause: the title, a section heading
(numbered ``1.``/``1.2``/``A.2.1``/``Kapitel 2``, or a short unnumbered line), a
paragraph (possibly numbered ``§ 3``/``3 §``), a list item or a table row. Clause ids
follow the numbers the document prints; see `docs/clauses.md` for the id rules.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from pipeline import patterns, reflow
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

METADATA = "metadata"
_TITLE_TAIL = re.compile(r"\s+(?:19|20)\d{2}(?:\s+[A-ZÅÄÖ0-9][\w-]{0,5})?\s*$")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_MAX_HEADING_WORDS = 15
_LETTER_SECTION = re.compile(r"[A-Z]\.")


@dataclass(frozen=True)
class _Shape:
    """What a block looks like before ids are assigned."""

    block: Block
    kind: str
    label: str
    number: str | None
    text_start: int
    numbering: str  # "section", "paragraph", "none"

    @property
    def sentence(self) -> int:
        return self.block.sentence


def _strip_label(text: str, label: str) -> int:
    """Offset where the block's text starts after its printed label and spaces."""
    offset = len(label)
    while offset < len(text) and text[offset] == " ":
        offset += 1
    return offset


def _looks_like_heading(text: str) -> bool:
    return (
        bool(text)
        and not patterns.NO_HEADING_END.search(text)
        and len(text.split()) <= _MAX_HEADING_WORDS
        and (text[0].isupper() or text[0].isdigit())
    )


def is_metadata_line(text: str) -> bool:
    """``Dnr KS 2023/123``, ``Antagen av kommunfullmäktige 2019-03-25, § 45``."""
    return (
        bool(patterns.METADATA_LINE.match(text))
        and len(text.split()) <= patterns.METADATA_MAX_WORDS
    )


def _section_number(marker: str) -> str:
    chapter = patterns.CHAPTER.match(marker)
    if chapter:
        return chapter.group(1)
    return marker.rstrip(".").replace(" ", "")


def _paragraph_number(marker: str) -> str:
    match = patterns.PARAGRAPH_SIGN.fullmatch(marker.strip())
    number = (match.group(1) or match.group(2)) if match else marker
    return "§" + number.replace(" ", "")


def _is_initial(text: str, marker: str | None) -> bool:
    return (
        marker is not None
        and bool(_LETTER_SECTION.fullmatch(marker))
        and not _looks_like_heading(text[_strip_label(text, marker) :])
    )


def _lower_item(text: str, label: re.Match[str]) -> bool:
    """``1. utöva uppsikt …``: a number opening lower-case text is an item, not a section."""
    rest = text[_strip_label(text, label.group(0)) :]
    return bool(rest) and rest[0].islower()


def _ends_list(
    text: str, marker: str | None, list_class: str | None, last_number: str | None
) -> bool:
    """``2. Sammanträden`` after ``a)``/bullet items is the next section, not an item; so is
    ``5. Protokollet …`` after a list under ``4. Ordföranden ska:``."""
    if marker is None or list_class is None or _label_class(marker) == list_class:
        return False
    number = reflow.parse_number(marker)
    previous = reflow.parse_number(last_number) if last_number else None
    if number is not None and previous is not None and number in reflow.successors(previous):
        return True
    rest = text[_strip_label(text, marker) :]
    return _looks_like_heading(rest)


def _shape(
    block: Block,
    text: str,
    in_list: bool,
    is_table_row: bool,
    list_class: str | None = None,
    last_number: str | None = None,
) -> _Shape:
    if is_table_row:
        return _Shape(block, TABLE_ROW, "", None, 0, "none")
    if block.sentence > 1:
        return _Shape(block, PARAGRAPH, "", None, 0, "none")
    if is_metadata_line(text):
        return _Shape(block, METADATA, "", None, 0, "none")
    marker = numbered_marker(text)
    if _is_initial(text, marker):
        marker = None  # "A. Svensson är …": an initial, not section A
    list_label = patterns.LIST_LABEL.match(text)
    continues_list = in_list and not _ends_list(text, marker, list_class, last_number)
    if list_label and (is_list_start(text) or continues_list or _lower_item(text, list_label)):
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
    if rest and _looks_like_heading(rest) and block.sentence == 0:
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
    list_class: str | None = None
    last_number: str | None = None
    for block in doc.blocks:
        text = doc.text[block.start : block.end]
        lead_in = bool(shapes) and doc.text[shapes[-1].block.start : shapes[-1].block.end].endswith(
            ":"
        )
        shape = _shape(
            block, text, list_class is not None or lead_in, block.start in table_blocks,
            None if lead_in else list_class, last_number,
        )
        shapes.append(shape)
        if shape.number is not None and not shape.number.startswith("§"):
            last_number = shape.number
        if shape.kind != METADATA:
            list_class = _label_class(shape.label) if shape.kind == LIST_ITEM else None
    return _mark_unnumbered_headings(doc, shapes)


def _table_blocks(doc: NormalizedDocument) -> set[int]:
    if not doc.raw.table_rows:
        return set()
    rows = sorted((row.start, row.end) for row in doc.raw.table_rows)
    starts = [start for start, _ in rows]
    found: set[int] = set()
    for block in doc.blocks:
        raw_start = doc.raw_starts[block.start]
        index = bisect.bisect_right(starts, raw_start) - 1
        if index >= 0 and rows[index][0] <= raw_start < rows[index][1]:
            found.add(block.start)
    return found


def _mark_unnumbered_headings(doc: NormalizedDocument, shapes: list[_Shape]) -> list[_Shape]:
    marked: list[_Shape] = []
    for index, shape in enumerate(shapes):
        text = doc.text[shape.block.start : shape.block.end]
        # A short line before a list is its lead-in ("Nämnden ska även handha"), not a heading.
        followed = index + 1 < len(shapes) and shapes[index + 1].kind not in (
            HEADING, METADATA, LIST_ITEM
        )
        if (
            shape.kind == PARAGRAPH
            and shape.number is None
            and shape.sentence == 0
            and followed
            and _looks_like_heading(text)
        ):
            shape = _Shape(shape.block, HEADING, "", None, 0, "none")
        marked.append(shape)
    return marked


# ---------------------------------------------------------------------------
# Ids (docs/clauses.md): built from the printed numbering, unique by construction.


def _letters(index: int) -> str:
    """0 → a, 25 → z, 26 → aa."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("a") + remainder) + letters
    return letters


@dataclass
class _Ids:
    """Ids handed out so far; a repeat of a printed number nests, then (garbage) counts."""

    used: set[str] = field(default_factory=set)
    next_suffix: dict[str, int] = field(default_factory=dict)

    def claim(self, *candidates: str) -> str:
        for candidate in candidates:
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        base = candidates[0]
        suffix = self.next_suffix.get(base, 1)
        while True:  # amortised linear: each base remembers where its count stopped
            suffix += 1
            clause_id = f"{base}-{suffix}"
            if clause_id not in self.used:
                break
        self.next_suffix[base] = suffix
        self.used.add(clause_id)
        return clause_id


@dataclass
class _ListLevel:
    label_class: str
    parent: str | None
    items: int = 0
    last_item: str | None = None


@dataclass
class _Context:
    printed: frozenset[str] = frozenset()  # numbers the document prints (sections, paragraphs)
    section: str | None = None
    section_title: str | None = None
    numbered_section: str | None = None
    container: str | None = None  # id that unnumbered paragraphs number under
    paragraphs_in_container: int = 0
    plain_paragraphs: int = 0
    unnumbered_headings: int = 0
    metadata_lines: int = 0
    list_parent: str | None = None
    list_levels: list[_ListLevel] = field(default_factory=list)
    sentence_base: str | None = None
    sentence_parent: str | None = None
    row_starts: list[int] = field(default_factory=list)

    def start_list_under(self, parent: str | None) -> None:
        self.list_parent = parent
        self.list_levels = []


_BULLET_CLASSES = {
    **dict.fromkeys("•●-–—*·∙‣⁃", "bullet"),
    **dict.fromkeys("◦○", "bullet2"),
    **dict.fromkeys("▪■□", "bullet3"),
}


def _label_class(label: str) -> str:
    label = label.strip()
    if label in _BULLET_CLASSES:
        return _BULLET_CLASSES[label]
    return "number" if label[:1].isdigit() else "letter"


def _assign_ids(doc: NormalizedDocument, shapes: list[_Shape]) -> Iterator[Clause]:
    context = _Context(
        printed=_printed_numbers(shapes), row_starts=[row.start for row in doc.raw.table_rows]
    )
    ids = _Ids()
    first_content = next((i for i, s in enumerate(shapes) if s.kind != METADATA), None)
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
            index == first_content
            and shape.number is None
            and shape.kind not in (TABLE_ROW, LIST_ITEM)
            and shape.sentence == 0
            and _is_title(block_text, len(shapes) - index)
        ):
            title_end = start + len(clean_title(doc.text[start:end]))
            ids.claim(TITLE_ID)
            yield _clause(doc, TITLE_ID, None, HEADING, "", None, None, start, title_end)
            continue
        yield from _clause_for(doc, shape, context, ids, start, end)


def _printed_numbers(shapes: list[_Shape]) -> frozenset[str]:
    return frozenset(
        shape.number
        for shape in shapes
        if shape.number is not None and not shape.number.startswith("§")
    )


def _is_bare_label(doc: NormalizedDocument, shape: _Shape) -> bool:
    return shape.kind == PARAGRAPH and shape.text_start >= shape.block.end - shape.block.start


def _takes_label(shape: _Shape | None) -> bool:
    """A bare number labels the next block only when that is an unnumbered paragraph."""
    return (
        shape is not None
        and shape.kind == PARAGRAPH
        and shape.number is None
        and shape.sentence <= 1
    )


def _is_title(text: str, n_blocks: int) -> bool:
    return n_blocks > 1 and _looks_like_heading(text) and not is_list_start(text)


def _clause_for(
    doc: NormalizedDocument, shape: _Shape, context: _Context, ids: _Ids, start: int, end: int
) -> Iterator[Clause]:
    text = doc.text[start:end]
    if shape.kind == METADATA:
        context.metadata_lines += 1
        clause_id = ids.claim(f"m{context.metadata_lines}")
        yield _clause(doc, clause_id, None, METADATA, "", None, None, start, end)
        return
    if shape.kind == HEADING and shape.numbering == "section":
        number = shape.number or ""
        clause_id = ids.claim(number, *_nested(context.numbered_section, number))
        parent = _section_parent(clause_id, ids.used)
        context.section, context.section_title, context.container = clause_id, text, clause_id
        context.numbered_section = clause_id
        context.paragraphs_in_container = 0
        context.start_list_under(None)
        yield _clause(doc, clause_id, parent, HEADING, shape.label, clause_id, text, start, end)
        return
    if shape.kind == HEADING and shape.number is not None:  # "§ 3 Sammanträden"
        clause_id, parent = _paragraph_id(shape, context, ids)
        context.section_title = text
        context.start_list_under(clause_id)
        yield _clause(doc, clause_id, parent, HEADING, shape.label, context.section, text,
                      start, end)
        return
    if shape.kind == HEADING:
        yield _unnumbered_heading(doc, shape, context, ids, start, end)
        return
    if shape.kind == LIST_ITEM:
        yield _list_item(doc, shape, context, ids, start, end)
        return
    yield _paragraph(doc, shape, context, ids, start, end)


def _nested(section: str | None, number: str) -> tuple[str, ...]:
    return (f"{section}.{number}",) if section else ()


def _unnumbered_heading(
    doc: NormalizedDocument, shape: _Shape, context: _Context, ids: _Ids, start: int, end: int
) -> Clause:
    text = doc.text[start:end]
    context.unnumbered_headings += 1
    clause_id = ids.claim(f"h{context.unnumbered_headings}")
    parent = context.numbered_section
    if context.numbered_section is None:  # a heading between numbered paragraphs
        context.section, context.container = clause_id, None
    context.section_title = text
    context.start_list_under(None)
    return _clause(doc, clause_id, parent, HEADING, shape.label, context.section, text, start, end)


def _list_item(
    doc: NormalizedDocument, shape: _Shape, context: _Context, ids: _Ids, start: int, end: int
) -> Clause:
    label_class = _label_class(shape.label)
    levels = context.list_levels
    if not levels:
        levels.append(_ListLevel(label_class, context.list_parent or context.container
                                 or context.section))
    elif label_class != levels[-1].label_class:
        depth = next((i for i, level in enumerate(levels) if level.label_class == label_class),
                     None)
        if depth is not None:
            del levels[depth + 1 :]
        elif levels[-1].last_item is not None:
            levels.append(_ListLevel(label_class, levels[-1].last_item))
    level = levels[-1]
    parent = level.parent
    letter = _letters(level.items)
    clause_id = ids.claim(f"{parent}.{letter}" if parent else letter)
    level.items += 1
    level.last_item = clause_id
    if shape.sentence == 1:  # the rest of an over-long item follows as its sentences
        context.sentence_base, context.sentence_parent = clause_id, parent
    return _clause(
        doc, clause_id, parent, LIST_ITEM, shape.label, context.section, context.section_title,
        start, end,
    )


def _paragraph(
    doc: NormalizedDocument, shape: _Shape, context: _Context, ids: _Ids, start: int, end: int
) -> Clause:
    if shape.sentence > 1 and context.sentence_base is not None:
        clause_id = ids.claim(f"{context.sentence_base}.s{shape.sentence}")
        parent = context.sentence_parent
    else:
        clause_id, parent = _paragraph_id(shape, context, ids)
        if shape.sentence == 1:
            ids.used.discard(clause_id)  # the paragraph is represented by its sentences
            context.sentence_base, context.sentence_parent = clause_id, parent
            clause_id = ids.claim(f"{clause_id}.s1")
    context.start_list_under(clause_id)
    cells = _cells_at(doc, context.row_starts, start) if shape.kind == TABLE_ROW else ()
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


def _paragraph_id(shape: _Shape, context: _Context, ids: _Ids) -> tuple[str, str | None]:
    """The id of a paragraph (or table row) and its parent; may update the context."""
    if shape.number is not None and shape.number.startswith("§"):
        section = context.numbered_section
        candidates = (f"{section}.{shape.number}",) if section else (shape.number,)
        clause_id = ids.claim(*candidates, *_nested(context.section, shape.number))
        context.container, context.paragraphs_in_container = clause_id, 0
        return clause_id, context.section
    if shape.number is not None:
        clause_id = ids.claim(shape.number, *_nested(context.numbered_section, shape.number))
        context.container, context.paragraphs_in_container = clause_id, 0
        return clause_id, context.section
    if context.container is not None:
        context.paragraphs_in_container += 1
        local = str(context.paragraphs_in_container)
        candidate = f"{context.container}.{local}"
        if candidate in context.printed:
            candidate = f"{context.container}.p{local}"
        return ids.claim(candidate), context.container
    context.plain_paragraphs += 1
    local = str(context.plain_paragraphs)
    candidate = local if local not in context.printed else f"p{local}"
    if context.section is not None and context.section.startswith("h") and candidate in ids.used:
        candidate = f"{context.section}.{local}"
    return ids.claim(candidate), context.section


def _section_parent(clause_id: str, used: set[str]) -> str | None:
    parts = clause_id.split(".")
    for length in range(len(parts) - 1, 0, -1):
        candidate = ".".join(parts[:length])
        if candidate in used:
            return candidate
    return None


def _cells_at(doc: NormalizedDocument, row_starts: list[int], start: int) -> tuple[str, ...]:
    raw_start = doc.raw_starts[start]
    rows = doc.raw.table_rows
    index = bisect.bisect_right(row_starts, raw_start) - 1
    if index >= 0 and rows[index].start <= raw_start < rows[index].end:
        return rows[index].cells
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
_COMPANY = re.compile(r"\b((?:[A-ZÅÄÖ0-9][\w&-]* +){1,4}?)(?:AB|Aktiebolag)\b(?: *\(publ\))?")
_FEDERATION = re.compile(
    r"\b(?:([A-ZÅÄÖ][\w-]+(?: +[A-ZÅÄÖ][\w-]+)*) +(kommunalförbunds?|samordningsförbunds?)"
    r"|(Kommunalförbundet|Samordningsförbundet|Räddningstjänstförbundet)((?: +[A-ZÅÄÖ][\w-]+)+))\b"
)
_BOARD = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+nämnden) +i +([A-ZÅÄÖ][\w-]+)")
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
    for name, start in _other_organisations(text):
        names[name] += 1
        first_seen.setdefault(name, start)
    if not names:
        return None
    return min(names, key=lambda name: (-names[name], first_seen[name]))


def _other_organisations(text: str) -> Iterator[tuple[str, int]]:
    """Companies (``Sandviks Energi AB``), kommunalförbund and nämnder of one municipality."""
    for match in _COMPANY.finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in _COMPANY_LEAD_WORDS:
            words = words[1:]
        if words:
            yield " ".join([*words, "AB"]), match.start()
    for match in _FEDERATION.finditer(text):
        if match.group(1):
            kind = match.group(2).rstrip("s")
            yield f"{match.group(1)} {kind}", match.start()
        else:
            yield f"{match.group(3)}{match.group(4)}", match.start()
    for match in _BOARD.finditer(text):
        yield f"{match.group(1)} i {match.group(2)}", match.start()


# Capitalised words that open a sentence before a company name ("Bolaget Sandviks Energi AB").
_COMPANY_LEAD_WORDS = frozenset({"bolaget", "för", "i", "vd", "styrelsen", "och", "att", "av"})


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
        organisation=_organisation(doc.text) or _organisation(_bands(doc)),
        year=_year(title_block, doc.text),
        clauses=clauses,
        references=tuple(ref for clause in clauses for ref in find_references(clause)),
    )


def _bands(doc: NormalizedDocument) -> str:
    """Running header and footer text the reader kept as metadata (a name printed only there)."""
    metadata = doc.raw.metadata
    return "\n".join(metadata.get(key, "") for key in ("header", "footer"))


def _with_ordinal(clause: Clause, ordinal: int) -> Clause:
    return replace(clause, ordinal=ordinal)
