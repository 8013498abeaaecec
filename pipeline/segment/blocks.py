"""Block classification: what each normalized block is before it gets an id.

A block is the title, a heading (numbered ``1.``/``1.2``/``A.2.1``/``Kapitel 2``/``§ 3``, or
a short unnumbered line), a paragraph (possibly numbered), a list item, a table row or a
metadata line (``Dnr …``, ``Antagen av … § 45``); see `docs/clauses.md`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline import patterns
from pipeline.language.grammar import GRAMMAR
from pipeline.language.spelling import (
    VOWELS,
    lemma_lexicon,
    lexicon_lemma,
    present_spelling,
    s_passive_spelling,
    strong_preterite_lemma,
    supine_spelling,
)
from pipeline.normalize import (
    Block,
    NormalizedDocument,
    contact_blocks,
    glued_dash_item,
    is_bare_first_label,
    is_list_start,
    is_metadata_line,
    numbered_marker,
    reflow,
    resumed_list_starts,
)
from pipeline.normalize.cover import is_cover_fields
from pipeline.normalize.layout import (
    bare_run_length,
    counted_line,
    is_lead_in_line,
    statute_field_run,
)

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"
METADATA = "metadata"
_MAX_QUESTION_HEADING_WORDS = 8
_MAX_HEADING_WORDS = 15
_LETTER_SECTION = re.compile(r"[A-Z]\.")
# Points by which a printed first line must stand left or right of another to be set at
# another level (the PDF reader's `indent_tolerance`).
_INDENT_TOLERANCE = 4.0
# What the layout says of a labelled block after a list whose items are set in from the
# block that leads into them: the block is an item of that list, or it is set back where
# the numbered lead-in stands and follows it at the outer level.
NESTED = "nested"
OUTER = "outer"
# The numbering of a block labelled by a statute page's stycke marker (``[S2]``, round 33):
# no number of its own, ids as unnumbered paragraphs; a bare ``1 §`` line before it joins it.
STYCKE = "stycke"
# The numbering of a lower-case paragraph that completes a list's lead-in (round 38, B3): the
# last item of the list it follows, at that list's level, label ``""``.
LIST_TAIL = "list tail"
TABLE_GROUP = "table_group"  # numbering of a table's merged group row (round 48)
# The numbering of the first item of a numbered list whose own label is no ``1.`` (round 47,
# analysis 47-bo B1): a damaged ``l.``/``I.``, a roman numeral or no label at all before
# ``2.``, ``3.``; it is an item of the numbered list the labels after it continue.
RESUMED = "resumed"


@dataclass(frozen=True)
class Shape:
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


def strip_label(text: str, label: str) -> int:
    """Offset where the block's text starts after its printed label and spaces."""
    offset = len(label)
    while offset < len(text) and text[offset] == " ":
        offset += 1
    return offset


def looks_like_heading(text: str) -> bool:
    return (
        bool(text)
        and not patterns.NO_HEADING_END.search(text)
        and not patterns.TRAILING_FRAGMENT.search(text)
        and len(text.split()) <= _MAX_HEADING_WORDS
        and (text[0].isupper() or text[0].isdigit())
    )


def _section_number(marker: str) -> str:
    chapter = patterns.CHAPTER.match(marker)
    if chapter:
        return chapter.group(1) or chapter.group(2)
    return marker.rstrip(" -–").rstrip(".").replace(" ", "")


def _paragraph_number(marker: str) -> str:
    match = patterns.PARAGRAPH_SIGN.fullmatch(marker.strip())
    # ``§ 6.1``, ``1 §.``, ``§ 1 –`` (analysis 41-az causes 1, 15): the number alone
    number = (match.group(1) or match.group(2)) if match else marker.strip("§ .-–")
    return "§" + number.replace(" ", "")


def _is_initial(text: str, marker: str | None) -> bool:
    return (
        marker is not None
        and bool(_LETTER_SECTION.fullmatch(marker))
        and not looks_like_heading(text[strip_label(text, marker) :])
    )


def _letter_run(label: re.Match[str], text: str, in_list: bool, previous_item: str) -> bool:
    """Round 44 (newuser44, cause 1): a letter with a full stop (``b.``) labels an item only
    in a run in order: ``a.`` after a lead-in or inside a list, each later letter right after
    the item of the letter before it; ``s. 4 i bilagan`` or ``e. d.`` opening a block is no
    label. A capital or Roman numeral (``B.``, ``II.``, a list style's) labels one inside a
    list before lower-case text only (``A. Allmänt`` is a section). Other labels pass."""
    letter = patterns.LETTER_DOT_LABEL.match(label.group(0))
    if letter is None:
        return True
    if letter.group("capital"):
        return in_list and _lower_item(text, label)
    char = letter.group("letter")
    if char == "a":
        return in_list
    previous = patterns.LIST_LABEL.match(previous_item)
    return previous is not None and previous.group(0)[:1] == chr(ord(char) - 1)


def _lower_item(text: str, label: re.Match[str]) -> bool:
    """``1. utöva uppsikt …``: a number opening lower-case text is an item, not a section."""
    rest = text[strip_label(text, label.group(0)) :]
    return bool(rest) and rest[0].islower()


def _ends_list(
    text: str,
    marker: str | None,
    list_class: str | None,
    last_number: str | None,
    previous_item: str = "",
    fragments: bool = False,
) -> bool:
    """``2. Sammanträden`` after ``a)``/bullet items is the next section, not an item; so is
    ``5. Protokollet …`` after a list under ``4. Ordföranden ska:``, ``4. Delegation``
    after items ``1.``–``3.`` of running text under ``3. Uppgifter``, and ``4. Nämnden får
    inte …`` (a full sentence) after items ``1.``–``3.`` that are lower-case `fragments` of
    the numbered lead-in ``3. Nämnden ska särskilt``."""
    if marker is None or list_class is None:
        return False
    number = reflow.parse_number(marker)
    previous = reflow.parse_number(last_number) if last_number else None
    next_section = number is not None and previous is not None and (
        number in reflow.successors(previous)
    )
    rest = text[strip_label(text, marker) :]
    if label_class(marker) == list_class:
        # round 42, bb-S4b: ``3. Ärenden som …, eller`` goes on into the next item: no heading
        return next_section and (
            (looks_like_heading(rest) and _running_text(previous_item)
             and not patterns.COMMA_ITEM_END.search(rest.rstrip()))
            or (fragments and _full_sentence(rest))
        )
    return next_section or looks_like_heading(rest)


def _resumes_outer_level(marker: str | None, list_class: str | None, run: _Run | None) -> bool:
    """Round 47 (analysis 47-bo, B1): ``4. Val av revisorer`` after ``3. Beslut om`` ⏎ ``a.
    …`` ⏎ ``b. …`` is the next item of the outer level of the list just read: its number
    follows the last item labelled in its class (a class other than the sub-items')."""
    if marker is None or run is None or not run.items or label_class(marker) == list_class:
        return False
    number = reflow.parse_number(marker)
    marker_class = label_class(marker)
    for position in range(len(run.items) - 1, -1, -1):
        label = patterns.LIST_LABEL.match(run.items[position])
        printed = "1." if position == 0 and run.resumed else label.group(0) if label else ""
        if printed and label_class(printed) == marker_class:
            previous = reflow.parse_number(printed)
            return (
                number is not None
                and previous is not None
                and number in reflow.successors(previous)
            )
    return False


def _full_sentence(text: str) -> bool:
    """``Nämnden får inte besluta om …``: capitalised, a finite verb, a final full stop."""
    return (
        bool(text)
        and text[0].isupper()
        and text.rstrip()[-1:] in ".!?"
        and any(word in patterns.SENTENCE_VERBS for word in text.split()[1:])
    )


def _running_text(item: str) -> bool:
    """A list item of running text (``2. bereda ärenden,``), which a heading cannot continue."""
    label = patterns.LIST_LABEL.match(item)
    rest = item[strip_label(item, label.group(0)) :] if label else item
    return bool(rest) and (rest[0].islower() or rest.rstrip()[-1] in ".,;:")


def _shape(
    block: Block,
    text: str,
    in_list: bool,
    is_table_row: bool,
    list_class: str | None = None,
    last_number: str | None = None,
    previous_item: str = "",
    run: _Run | None = None,
    layout: str | None = None,
) -> Shape:
    """The block's kind and label, read from its text and the list it may continue."""
    if is_table_row:
        return Shape(block, TABLE_ROW, "", None, 0, "none")
    unnumbered = _unnumbered_shape(block, text, in_list)
    if unnumbered is not None:
        return unnumbered
    marker = numbered_marker(text)
    if _is_initial(text, marker) or counted_line(text):
        marker = None  # "A. Svensson är …": an initial, not section A; "3 ledamöter …": a count
    list_label = _item_label(
        text, marker, in_list, list_class, last_number, previous_item, run, layout
    )
    if list_label:
        return _list_item_shape(block, text, list_label.group(0))
    if marker is not None and _lost_label_series(text, marker):
        return Shape(block, LIST_ITEM, marker, None, strip_label(text, marker), "none")
    if marker is None:
        return Shape(block, PARAGRAPH, "", None, 0, "none")
    return _numbered_shape(block, text, marker, last_number)


# A number label typed at the start of a bulleted item's text (`• 1. Bolaget ska …`).
_TYPED_NUMBER_LABEL = re.compile(r"\d{1,2}[.)](?=\s+\S)")


def _list_item_shape(block: Block, text: str, label: str) -> Shape:
    """A list item; newuser54b fault 1: a bulleted item whose text opens with its own number
    (`<ul><li>1. Bolaget ska …</li>`) is a numbered item, labelled as its text prints it, so
    that its text starts where it would without the bullet (`1. Bolaget ska …`)."""
    start = strip_label(text, label)
    typed = _TYPED_NUMBER_LABEL.match(text, start)
    if label.strip() in patterns.BULLETS and typed:
        return Shape(block, LIST_ITEM, typed.group(0), None, strip_label(text, text[: typed.end()]),
                     "none")
    return Shape(block, LIST_ITEM, label, None, start, "none")


_BARE_NUMBER = re.compile(r"\d{1,2}")
# an ``att``-series: ``att förvalta …, att ansvara …`` (``, att``, ``samt att``, ``och att``)
_ATT_SERIES = re.compile(r"att [a-zåäö]+\b.*(?:,|\bsamt|\boch) att [a-zåäö]", re.DOTALL)


def _lost_label_series(text: str, marker: str) -> bool:
    """Analysis 52-ao L2: a bare number before a lower-case ``att``-series (``3 att förvalta
    …, att ansvara …``, cut out of a flattened line by `reflow.lost_label_item_cuts`) is the
    label of an item of the lead-in before it, no section number."""
    rest = text[strip_label(text, marker) :]
    return bool(_BARE_NUMBER.fullmatch(marker.strip())) and bool(_ATT_SERIES.match(rest))


def _unnumbered_shape(block: Block, text: str, in_list: bool = False) -> Shape | None:
    """A block whose shape needs no list context: a later sentence, a metadata line, a
    section break, a stycke or mom. label, a dash quote (in no list and under no open
    lead-in: `in_list`), a bulleted § sign; None for the others."""
    if block.sentence > 1:
        return Shape(block, PARAGRAPH, "", None, 0, "none")
    if is_metadata_line(text):
        return Shape(block, METADATA, "", None, 0, "none")
    if patterns.ASTERISM.match(text):  # a section break, in a list too (docs §1.2, round 42)
        return Shape(block, HEADING, "", None, 0, "none")
    stycke = patterns.STYCKE_LABEL.match(text)
    if stycke and "§" not in stycke.group("label"):  # round 33, S1: ``[S3]I förbundet …``
        label = stycke.group("label")
        return Shape(block, PARAGRAPH, label, None, strip_label(text, label), STYCKE)
    subparagraph = patterns.SUBPARAGRAPH_LABEL.match(text)
    if subparagraph:  # ``mom. 2 …``: numbered within its § (ids as unnumbered paragraphs)
        label = subparagraph.group("label")
        return Shape(block, PARAGRAPH, label, None, strip_label(text, label), "subparagraph")
    if not in_list and _dash_speech(text):  # newuser55b fault 3: a press quote
        return Shape(block, PARAGRAPH, "", None, 0, "none")
    return _bulleted_sign(block, text)  # round 43, 43-bf cause 5: ``• § 1.Klubbens namn …``


# A reply's dash before a capitalised sentence (`– Nämnden ska …`), and the clause of speech
# that ends the block: a comma, a verb of speech and its inverted subject (`, säger ordföranden
# Anna Berg (M).`), no particle or preposition after the verb (grammar.yaml
# `speech_verb_particles`: `säger upp`, `svarar för`).
_SPEECH_DASH = re.compile(r"[–—\-\u2212]\s+[A-ZÅÄÖ]")  # U+2212 too (round 57, co C4)


@lru_cache(maxsize=4)
def _speech_clause(verbs: frozenset[str], particles: frozenset[str]) -> re.Pattern[str]:
    verb = "|".join(sorted(verbs, key=len, reverse=True))
    particle = "|".join(sorted(particles))
    return re.compile(rf",\s+(?:{verb})\s+(?!(?:{particle})\b)\w[^.;:!?]{{0,80}}[.!?]?\s*$")


def _dash_speech(text: str) -> bool:
    """``– Nämnden ska inte detaljstyra verksamheten, säger ordföranden Anna Berg (M).``:
    a paragraph opening with a dash whose quote a clause of speech closes at the block's end
    (configs grammar.yaml `speech_verbs`) is press-style speech, a paragraph of its own.
    ``– Leda förvaltningen, svarar för budgeten.`` is a task (`speech_verb_particles`)."""
    if not _SPEECH_DASH.match(text):
        return False
    clause = _speech_clause(GRAMMAR.speech_verbs, GRAMMAR.speech_verb_particles)
    return clause.search(text.rstrip()) is not None


def _item_label(
    text: str,
    marker: str | None,
    in_list: bool,
    list_class: str | None,
    last_number: str | None,
    previous_item: str,
    run: _Run | None,
    layout: str | None,
) -> re.Match[str] | None:
    """The list label of a block that is a list item: one that opens a list, continues the
    list before it, or is set where its items are (`layout`); None for the others."""
    list_label = patterns.LIST_LABEL.match(text)
    if list_label and not _letter_run(list_label, text, in_list, previous_item):
        list_label = None
    fragments = run is not None and run.fragments_of(last_number)
    continues_list = in_list and (
        not _ends_list(text, marker, list_class, last_number, previous_item, fragments)
        or _resumes_outer_level(marker, list_class, run)
    )
    is_item = bool(list_label) and (
        is_list_start(text) or continues_list or _lower_item(text, list_label)
    )
    if layout is not None:
        is_item = bool(list_label) and layout == NESTED
    return list_label if list_label and is_item else None


def _numbered_shape(block: Block, text: str, marker: str, last_number: str | None) -> Shape:
    """A block opening with a section or § number: a heading or a numbered paragraph."""
    if (paged := _page_section_label(text, marker, last_number)) is not None:
        return Shape(block, HEADING, paged.group(0), paged.group("section"),
                     strip_label(text, paged.group(0)), "section")
    if "§" in marker:
        return _paragraph_sign_shape(block, text, marker)
    rest = text[strip_label(text, marker) :]
    if rest and looks_like_heading(rest) and block.sentence == 0 and not _row_with_remark(rest):
        return Shape(
            block, HEADING, marker, _section_number(marker), strip_label(text, marker), "section"
        )
    if not rest:
        return Shape(block, PARAGRAPH, marker, _section_number(marker), len(text), "paragraph")
    return Shape(
        block, PARAGRAPH, marker, _section_number(marker), strip_label(text, marker), "paragraph"
    )


def _paragraph_sign_shape(block: Block, text: str, marker: str) -> Shape:
    """``§5 Styrelsen skall ha sitt säte i Ekby``: a sentence without its full stop is the
    paragraph, ``§ 4 Säte`` a heading (its finite verb tells)."""
    number = _paragraph_number(marker)
    rest = text[strip_label(text, marker) :]
    stycke = patterns.STYCKE_LABEL.match(text)
    if stycke:  # ``3 § [S1]Direktören ska …``: the stycke marker joins the label
        marker = stycke.group("label")
        rest = text[strip_label(text, marker) :]
    kind = HEADING if rest and looks_like_heading(rest) and not has_finite_verb(rest) else PARAGRAPH
    return Shape(block, kind, marker, number, strip_label(text, marker), "paragraph")


# Round 48 (br, a docplayer print): the printed page's number, then the section's
# (``2 3 Ersättare``; `reflow.page_section_end` cut the heading from its sentence).
_PAGE_SECTION_LABEL = re.compile(r"(?P<page>\d{1,3}) (?P<section>\d{1,3})(?= [A-ZÅÄÖ])")


def _page_section_label(text: str, marker: str, last_number: str | None) -> re.Match[str] | None:
    """Round 48 (br; docs/annotation.md §1.2): a heading block opening with a page's number
    other than ``1`` and the next section's number, continuing the sections numbered so far
    (``2 3 Ersättare`` after section ``2``): the label keeps both (``2 3``, the page's number
    furniture in it), the section number is the second. Else None (``2 1. Syfte``, a
    page line's whole text, ``2 3 ledamöter``)."""
    match = _PAGE_SECTION_LABEL.match(text)
    if match is None or last_number is None:
        return None
    if match.group("page") == "1" or match.group("page") != marker.strip():
        return None
    last = reflow.parse_number(last_number)
    section = (int(match.group("section")),)
    if last is None or section not in reflow.successors(last):
        return None
    rest = text[strip_label(text, match.group(0)) :]
    return match if looks_like_heading(rest) and not has_finite_verb(rest) else None


_MIN_CELL_WORDS = 5  # the words of a row's first cells before its remark sentence
_MAX_SUBJECT_WORDS = 3  # a remark's subject: ``Avslag``, ``Samråd med ordföranden``


def _row_with_remark(rest: str) -> bool:
    """Round 43 (probe43, cause 3): a flattened table row whose last cell is a sentence
    without its full stop (``Beslut om bygglov Handläggare 9 kap. 30 § PBL Avslag beslutas
    av nämnden``, ``… 7 § LF Beslutet ska anmälas …``) is a paragraph, never a numbered
    heading: after five words or more a capitalised word opens a clause whose verb, within
    three words, is a modal or an s-passive with its ``av`` agent. A heading holds no second
    sentence (``3 Nämndens uppgifter``, ``2 Nämnderna sätter mål``, ``4 Beslut som kan
    överklagas``)."""
    words = [word.strip(",;:()\"'”") for word in rest.split()]
    for start in range(_MIN_CELL_WORDS, len(words) - 1):
        if not words[start][:1].isupper():
            continue
        for index in range(start + 1, min(start + 1 + _MAX_SUBJECT_WORDS, len(words))):
            word = words[index]
            if word in GRAMMAR.modals or (
                s_passive_spelling(word) and words[index + 1 : index + 2] == ["av"]
            ):
                return True
    return False


_BULLET = re.compile(r"[•●○◦▪■□‣⁃∙·]\s*")


def _bulleted_sign(block: Block, text: str) -> Shape | None:
    """Round 43 (analysis 43-bf, cause 5; docs/annotation.md §1.2): a web page's bullet
    before a paragraph label (``• § 1.Klubbens namn är …``, ``• § 2. Klubben ska …``) is
    furniture: the block is that numbered paragraph (or heading), label ``§ 1.``, its text
    after the label."""
    bullet = _BULLET.match(text)
    if bullet is None or bullet.end() == len(text):
        return None
    rest = text[bullet.end() :]
    marker = numbered_marker(rest)
    if marker is None or "§" not in marker:
        return None
    after = rest[strip_label(rest, marker) :]
    heading = bool(after) and looks_like_heading(after) and not has_finite_verb(after)
    start = bullet.end() + strip_label(rest, marker)
    kind = HEADING if heading else PARAGRAPH
    return Shape(block, kind, marker, _paragraph_number(marker), start, "paragraph")


@dataclass
class _Run:
    """The list items just read (a run of `LIST_ITEM` blocks), the block that leads into them,
    and the indents the reader saw (None: unknown)."""

    lead_in: Shape | None = None
    lead_in_text: str = ""
    lead_in_indent: float | None = None
    items: list[str] = field(default_factory=list)
    indents: list[float | None] = field(default_factory=list)
    resumed: bool = False  # the first item opens a resumed list (`RESUMED`): number 1

    def fragments_of(self, last_number: str | None) -> bool:
        """Every item opens lower-case, a fragment of the numbered lead-in sentence
        (``3. Nämnden ska särskilt`` ⏎ ``1. leda …`` ⏎ ``2. bereda …``) printed last."""
        lead_in = self.lead_in
        if lead_in is None or not self.items or lead_in.number != last_number:
            return False
        rest = self.lead_in_text[lead_in.text_start :]
        sentence = lead_in.kind == PARAGRAPH or _is_numbered_lead_in(rest, lead_in, True)
        return sentence and all(_opens_lower(item) for item in self.items)

    def layout(self, text: str, indent: float | None) -> str | None:
        """`NESTED` (printed where an item is), `OUTER` (set back to a numbered lead-in) or
        None (the layout does not tell) for a labelled block at `indent` after this run,
        where every item is set in from a lead-in whose indent is known."""
        lead_in, lead_in_indent = self.lead_in, self.lead_in_indent
        known = [left for left in self.indents if left is not None]
        if (indent is None or lead_in is None or lead_in_indent is None or not self.items
                or len(known) < len(self.indents)
                or min(known) <= lead_in_indent + _INDENT_TOLERANCE):
            return None
        if any(abs(indent - left) <= _INDENT_TOLERANCE for left in known):
            return NESTED
        if (indent <= lead_in_indent + _INDENT_TOLERANCE and lead_in.number is not None
                and numbered_marker(text) is not None):
            return OUTER
        return None  # set elsewhere (a centred heading): the layout does not tell


def _opens_lower(item: str) -> bool:
    label = patterns.LIST_LABEL.match(item)
    rest = item[strip_label(item, label.group(0)) :] if label else item
    return rest[:1].islower()


def _block_text(doc: NormalizedDocument, index: int) -> str:
    """The text of block `index`, empty past the last."""
    if index >= len(doc.blocks):
        return ""
    block = doc.blocks[index]
    return doc.text[block.start : block.end]


@dataclass(frozen=True)
class _DocumentLayout:
    """What `classify` reads of the whole document before it reads its blocks one by one."""

    table_blocks: set[int]
    indents: dict[int, float]
    named: list[bool]  # per block: `_is_named_item`
    resumed: dict[int, str]  # `resumed_list_starts`
    links: LinkLeadIns  # the run's configuration's words that end a lead-in to links


@dataclass
class _Scan:
    """The blocks classified so far, and the list the next block may continue."""

    shapes: list[Shape] = field(default_factory=list)
    list_class: str | None = None
    last_number: str | None = None
    run: _Run = field(default_factory=_Run)
    previous_text: str = ""


def classify(doc: NormalizedDocument, links: LinkLeadIns | None = None) -> list[Shape]:
    """Each block's shape, in order, read in the light of the blocks before it; `links`: the
    words of the run's configuration folder that end a lead-in to links (None: the shipped
    ones)."""
    layout = _document_layout(doc, links or LinkLeadIns.shipped())
    scan = _Scan()
    damaged = damaged_signs([doc.text[block.start : block.end] for block in doc.blocks])
    for index, block in enumerate(doc.blocks):
        text = doc.text[block.start : block.end]
        indent = layout.indents.get(block.start)
        if index in layout.resumed:
            _resume_list(scan, block, text, layout.resumed[index], indent, layout.indents)
            continue
        read = _mended_sign(text, damaged[index]) if index in damaged else text
        shape = _block_shape(doc, scan, layout, index, read, indent)
        if index in damaged and "§" in shape.label:
            printed = max(len(shape.label), damaged[index][1])  # `3 8&`, not `3 8`
            shape = replace(shape, label=text[:printed])  # the label as printed
        _record_shape(scan, shape, read, indent, layout.indents)
    shapes = _mark_unnumbered_headings(
        doc, _comma_items(doc, _restarted_lists(scan.shapes), layout.links)
    )
    shapes = _paired_label_runs(doc, shapes)  # analysis 53-cc L5
    shapes = _mark_source_list_items(doc, _mark_source_headings(doc, shapes), layout.indents)
    return _mark_group_rows(doc, shapes)


# Round 46 (docs/annotation.md §1.1, w46-y) and round 52 (nu52 fault 2): an OCR pass reads
# `§` as `&`, `$` or `S`; at a block's start before a section number and a capital.
_DAMAGED_SIGN = re.compile(r"(?P<sign>[&$S])\s?(?P<number>\d{1,3})(?=\s+[A-ZÅÄÖ])")
_SIGN_NUMBER = re.compile(r"§\s?(\d{1,3})(?=\s+[A-ZÅÄÖ])")
# Round 54 (nu54 fault 4): after the number (`2 $ Ändamål`, `3 8& Förbundsdirektören`,
# `3 8 Förbundsdirektören`: tesseract reads `§` as `$`, `&`, `8` or `8&`).
_DAMAGED_SIGN_AFTER = re.compile(r"(?P<number>\d{1,3})\s(?P<sign>8&|[&$8])(?=\s+[A-ZÅÄÖ])")
_NUMBER_SIGN = re.compile(r"(\d{1,3})\s?§(?=\s+[A-ZÅÄÖ])")


# A delegation order's area code (`S 1`, `E 2`, `P 3`): a capital and a number at a block's
# start, a letter other than the damaged signs' `S`.
_LETTER_CODE = re.compile(r"[A-RT-ZÅÄÖ]\s?\d{1,3}(?=\s+[A-ZÅÄÖ])")

_Label = tuple[int, int, tuple[int, int] | None]  # block index, number, damaged sign's span


def _sign_label(text: str) -> tuple[int, tuple[int, int] | None] | None:
    """The section number of a block opening with a `§` label, printed or damaged (and
    then the damaged sign's span); None: no such label."""
    for printed in (_SIGN_NUMBER, _NUMBER_SIGN):
        if (sign := printed.match(text)) is not None:
            return int(sign.group(1)), None
    for damaged in (_DAMAGED_SIGN, _DAMAGED_SIGN_AFTER):
        if (found := damaged.match(text)) is not None:
            return int(found.group("number")), found.span("sign")
    return None


def damaged_signs(texts: Sequence[str]) -> dict[int, tuple[int, int]]:
    """The blocks that open with a damaged `§` (`& 1 Styrelsens uppgifter`, `$ 4 Firma`,
    `2 $ Ändamål`, `3 8& Förbundsdirektören`), each with its sign's span: only where its
    neighbours in block order prove it, the nearest `§`-labelled block (damaged or not)
    before it numbered one below or the nearest after one above; a lone `S 7 …` stays text.
    A number an undamaged `§` label already has is another numbering, and `S` is no damaged
    sign in a document whose blocks open with other letter codes (`E 1`: a delegation
    order's areas; review 52b M2). The label is kept as printed."""
    labelled: list[_Label] = []
    letter_codes = False
    for index, text in enumerate(texts):
        if (label := _sign_label(text)) is not None:
            labelled.append((index, *label))
        letter_codes = letter_codes or _LETTER_CODE.match(text) is not None
    printed = {number for _, number, damaged in labelled if damaged is None}
    return {
        index: damaged
        for position, (index, number, damaged) in enumerate(labelled)
        if damaged is not None
        and number not in printed
        and not (letter_codes and texts[index].startswith("S"))
        and _proved_by_neighbours(labelled, position, number)
    }


def _mended_sign(text: str, sign: tuple[int, int]) -> str:
    """`text` with its damaged sign read as `§`, spaces for the rest of it (offsets hold)."""
    start, end = sign
    return text[:start] + "§" + " " * (end - start - 1) + text[end:]


def _proved_by_neighbours(labelled: list[_Label], position: int, number: int) -> bool:
    before = position > 0 and labelled[position - 1][1] == number - 1
    return before or (position + 1 < len(labelled) and labelled[position + 1][1] == number + 1)


def _document_layout(doc: NormalizedDocument, links: LinkLeadIns) -> _DocumentLayout:
    texts = [doc.text[block.start : block.end] for block in doc.blocks]
    return _DocumentLayout(
        _table_blocks(doc),
        _block_indents(doc),
        [_is_named_item(text) for text in texts],
        resumed_list_starts(texts),
        links,
    )


def _resume_list(
    scan: _Scan,
    block: Block,
    text: str,
    label: str,
    indent: float | None,
    indents: dict[int, float],
) -> None:
    """The first item of a resumed list (`resumed_list_starts`) opens a new run."""
    shapes, previous_text = scan.shapes, scan.previous_text
    bare = is_bare_first_label(previous_text)
    if bare:  # ``l.`` ⏎⏎ ``Godkännande av …``: the label of the item, no clause
        shapes[-1] = Shape(shapes[-1].block, PARAGRAPH, "", None, len(previous_text), "paragraph")
    shapes.append(_resumed_item(block, text, label, bare))
    lead_in_shape = shapes[-3] if bare else shapes[-2]
    lead_in_indent = indents.get(lead_in_shape.block.start)
    scan.run = _Run(lead_in_shape, previous_text, lead_in_indent, [text], [indent], True)
    scan.previous_text, scan.list_class = text, "number"


def _block_shape(
    doc: NormalizedDocument,
    scan: _Scan,
    layout: _DocumentLayout,
    index: int,
    text: str,
    indent: float | None,
) -> Shape:
    """The shape of block `index` after the blocks scanned so far."""
    block, shapes, run = doc.blocks[index], scan.shapes, scan.run
    previous = doc.text[shapes[-1].block.start : shapes[-1].block.end] if shapes else ""
    # round 55 (55-ch C5): ``… på Ekby kommuns webbplats:`` ⏎ a link line: no lead-in
    lead_in = bool(shapes) and (
        (previous.endswith(":") and not _announces_links(previous, layout.links))
        or reflow.decision_point_lead_in(previous, text))  # 53-cc L1
    previous_item = previous if shapes and shapes[-1].kind == LIST_ITEM else ""
    shape = _shape(
        block, text, scan.list_class is not None or lead_in, block.start in layout.table_blocks,
        None if lead_in else scan.list_class, scan.last_number, previous_item, run,
        run.layout(text, indent) if patterns.LIST_LABEL.match(text) else None,
    )
    return _reshaped(doc, scan, layout.named, index, shape, text, lead_in)


def _reshaped(
    doc: NormalizedDocument,
    scan: _Scan,
    named: list[bool],
    index: int,
    shape: Shape,
    text: str,
    lead_in: bool,
) -> Shape:
    """`shape` read again in its context: a named item, a cover or contact line, a list's
    tail, a glued dash item."""
    block, shapes = shape.block, scan.shapes
    if shape.kind == PARAGRAPH and not shape.label and _continues_named_items(
        shapes, named, index, lead_in
    ):
        return Shape(block, LIST_ITEM, "", None, 0, "none")
    if (_is_cover_block(doc, shapes, text, shape) or _is_statute_fields(doc, shape)
          or _is_contact_card(doc, shapes, shape, text) or _is_member_card(doc, shape)):
        return Shape(block, METADATA, "", None, 0, "none")
    if _list_tail(shape, text, scan.run):
        return Shape(block, LIST_ITEM, "", None, 0, LIST_TAIL)
    if shape.kind == PARAGRAPH and not shape.label and glued_dash_item(
        scan.previous_text, text, _block_text(doc, index + 1)
    ):
        return Shape(block, LIST_ITEM, text[0], None, 1, "none")  # round 38, S1: ``-ge``
    return shape


def _record_shape(
    scan: _Scan, shape: Shape, text: str, indent: float | None, indents: dict[int, float]
) -> None:
    """Add `shape` to the scan: a list item extends the run, any other block but metadata
    ends it."""
    run = scan.run
    if shape.kind == LIST_ITEM:
        if not run.items and scan.shapes:
            run.lead_in, run.lead_in_text = scan.shapes[-1], scan.previous_text
            run.lead_in_indent = indents.get(scan.shapes[-1].block.start)
        run.items.append(text)
        run.indents.append(indent)
    elif shape.kind != METADATA:
        scan.run = _Run()
    scan.previous_text = text
    scan.shapes.append(shape)
    if shape.number is not None and not shape.number.startswith("§"):
        scan.last_number = shape.number
    if shape.kind != METADATA:
        scan.list_class = label_class(shape.label) if shape.kind == LIST_ITEM else None


def _mark_group_rows(doc: NormalizedDocument, shapes: list[Shape]) -> list[Shape]:
    """Round 48 (nu48 fault 4): a table row that is one merged cell (`A. Personal` across
    the columns of a Word table) or whose cells all hold the same text, right above a row of
    two cells or more, heads the rows below it: a heading clause, no table row."""
    if not doc.raw.table_rows:
        return shapes
    rows = sorted(doc.raw.table_rows, key=lambda row: row.start)
    starts = [row.start for row in rows]

    def cells_of(shape: Shape) -> tuple[str, ...]:
        raw_start = doc.raw_starts[shape.block.start]
        index = bisect.bisect_right(starts, raw_start) - 1
        if index >= 0 and rows[index].start <= raw_start < rows[index].end:
            return rows[index].cells
        return ()

    cells = [cells_of(shape) if shape.kind == TABLE_ROW else () for shape in shapes]
    marked = list(shapes)
    for index, shape in enumerate(shapes):
        if shape.kind != TABLE_ROW or not _one_merged_cell(cells[index]):
            continue
        row_below = cells[index + 1] if index + 1 < len(cells) else ()
        if len(set(row_below)) >= 2:
            marked[index] = Shape(shape.block, HEADING, "", None, 0, TABLE_GROUP)
    return marked


def _one_merged_cell(cells: tuple[str, ...]) -> bool:
    """One text across the row, with a letter: `– | –` (nothing filled in) heads no group
    (review 48a, 15)."""
    texts = {cell.strip() for cell in cells}
    return len(texts) == 1 and any(char.isalpha() for char in next(iter(texts)))


def _plain_number(shape: Shape) -> int | None:
    number = shape.number
    return int(number) if number is not None and number.isdigit() else None


def _restarted_lists(shapes: list[Shape]) -> list[Shape]:
    """Round 49 (nu49 fault 1): numbered paragraphs that count again from ``1.`` inside a
    section whose heading prints a whole number (``1 Allmänt`` ⏎ ``1. Beslut …`` ⏎ ``2. …``;
    a Word or HTML auto-numbered list) are a list of that section, not sections 1, 2 …:
    list items, until the next heading, so that ``2 Delegationsförteckning`` stays
    section 2. The run counts up by one from 1; a run that does not (``1.``, ``3.``) stays."""
    marked = list(shapes)
    in_section = False
    index = 0
    while index < len(marked):
        shape = marked[index]
        if shape.kind == HEADING:
            in_section = shape.numbering == "section" and _plain_number(shape) is not None
        if in_section and shape.kind == PARAGRAPH and shape.numbering == "paragraph" and (
            _plain_number(shape) == 1 and shape.label.endswith((".", ")"))
        ):
            run = _counting_run(marked, index)
            for at in run:
                item = marked[at]
                marked[at] = Shape(item.block, LIST_ITEM, item.label, None, item.text_start,
                                   "none")
            index += max(len(run), 1)
            continue
        index += 1
    return marked


def _counting_run(shapes: list[Shape], first: int) -> list[int]:
    """Indexes of the paragraphs numbered 1, 2, 3 … from `first` on, up to the next heading
    (unnumbered paragraphs and metadata between them left as they are)."""
    run: list[int] = []
    expected = 1
    for index in range(first, len(shapes)):
        shape = shapes[index]
        if shape.kind == HEADING:
            break
        if shape.kind != PARAGRAPH or shape.number is None:
            continue
        if _plain_number(shape) != expected or shape.numbering != "paragraph":
            break
        run.append(index)
        expected += 1
    return run


def _mark_source_headings(doc: NormalizedDocument, shapes: list[Shape]) -> list[Shape]:
    """Round 48 (nu48 fault 2): a paragraph the source marks as a heading (HTML `<h2>`,
    Markdown `##`: `RawDocument.headings`) is a heading clause whatever its text: a chapter
    heading right above a numbered one (`Allmänna bestämmelser` ⏎ `§ 1 Namn och säte`) too."""
    if not doc.raw.headings:
        return shapes
    starts = sorted(span.start for span in doc.raw.headings)
    ends = {span.start: span.end for span in doc.raw.headings}
    marked: list[Shape] = []
    for shape in shapes:
        if shape.kind == PARAGRAPH and shape.number is None and shape.sentence == 0:
            raw_start = doc.raw_starts[shape.block.start]
            index = bisect.bisect_right(starts, raw_start) - 1
            text = doc.text[shape.block.start : shape.block.end]
            if index >= 0 and raw_start < ends[starts[index]] and not _styled_sentence(text):
                shape = Shape(shape.block, HEADING, shape.label, None, shape.text_start, "none")
        marked.append(shape)
    return marked


def _mark_source_list_items(
    doc: NormalizedDocument, shapes: list[Shape], indents: dict[int, float]
) -> list[Shape]:
    """Round 56 (nu56 fault 8): in a source that marks its headings (`RawDocument.headings`),
    a numbered block the source sets in as an ordered list's item (an HTML `<ol>` item: its
    `Indent`) is a list item of the section it stands in, not a numbered heading, where it
    reads as one (`_reads_as_item`); review56 M2: a short verbless item with paragraphs after
    it (`1. Allmänt` ⏎ paragraph ⏎ `2. Ekonomi`) is a numbered section heading written as a
    list and stays one."""
    if not doc.raw.headings or not indents:
        return shapes
    return [
        Shape(shape.block, LIST_ITEM, shape.label, None, shape.text_start, "none")
        if shape.kind == HEADING and shape.number is not None and shape.block.start in indents
        and _reads_as_item(doc, shapes, index, indents)
        else shape
        for index, shape in enumerate(shapes)
    ]


def _reads_as_item(
    doc: NormalizedDocument, shapes: list[Shape], index: int, indents: dict[int, float]
) -> bool:
    """Whether the set-in numbered block `index` is a list's item: it reads as a clause (a
    finite verb or a sentence end), or the item before or after it in the same list (a
    numbered block set in as far) stands right next to it."""
    block = shapes[index].block
    text = doc.text[block.start : block.end].rstrip()
    if has_finite_verb(text) or patterns.SENTENCE_END.search(text):
        return True
    indent = indents[block.start]
    return any(
        0 <= other < len(shapes)
        and shapes[other].number is not None
        and indents.get(shapes[other].block.start) == indent
        for other in (index - 1, index + 1)
    )


def _styled_sentence(text: str) -> bool:
    """Review 48a, 6: a heading element used for its look (`<h4>Styrelsen ska … i god
    tid.</h4>`): it ends in a full stop or colon and holds a finite verb, so it stays a
    paragraph with its statement."""
    return text.rstrip()[-1:] in ".:" and has_finite_verb(text)


def _resumed_item(block: Block, text: str, label: str, bare: bool) -> Shape:
    """The first item of a numbered list that `resumed_list_starts` found, its label as
    printed (none where the page lost it; a `bare` label in the block before)."""
    start = strip_label(text, label) if label and not bare else 0
    return Shape(block, LIST_ITEM, label, None, start, RESUMED)


def _list_tail(shape: Shape, text: str, run: _Run) -> bool:
    """Round 38 (B3, S4): ``Nämnden ska i enlighet med bland annat`` ⏎ ``– miljöbalken`` ⏎
    ``utöva den kontroll …``: an unlabelled lower-case paragraph right after a list whose
    lead-in holds a modal but breaks off (no colon, no full stop) completes the lead-in's
    sentence: it is the list's last item (label ``""``; docs/annotation.md §5.1)."""
    if shape.kind != PARAGRAPH or shape.label or not run.items or not text[:1].islower():
        return False
    lead_in = run.lead_in_text.rstrip()
    if not lead_in or lead_in[-1] in ".:;!?":
        return False
    return not GRAMMAR.modals.isdisjoint(lead_in.lower().split())


_MIN_COMMA_ITEMS = 2


def _paired_label_runs(doc: NormalizedDocument, shapes: list[Shape]) -> list[Shape]:
    """Analysis 53-cc L5: a block that is nothing but a run of letter labels in order
    (``(a) (b) (c)``, cut out of a flattened line by `reflow.label_run_cuts`) after a lead-in
    labels the as many blocks after it, cut from the same line: each is a list item with its
    label in order, and the run is a bare label, in no clause (docs/annotation.md §1.2)."""
    marked = list(shapes)
    for index, shape in enumerate(shapes):
        text = doc.text[shape.block.start : shape.block.end]
        if not index or not reflow.LABEL_RUN_TEXT.fullmatch(text):
            continue
        labels = text.split()
        items = shapes[index + 1 : index + 1 + len(labels)]
        if (len(items) != len(labels) or not reflow.run_letters_in_order(text)
                or any(item.label or not _same_line(doc, shape, item) for item in items)):
            continue
        marked[index] = Shape(shape.block, PARAGRAPH, "", None, len(text), "paragraph")
        for offset, (item, label) in enumerate(zip(items, labels, strict=True), start=1):
            marked[index + offset] = Shape(item.block, LIST_ITEM, label, None, 0, RESUMED)
    return marked


def _same_line(doc: NormalizedDocument, first: Shape, last: Shape) -> bool:
    """`first` and `last` were printed on one source line (a flattened line cut apart)."""
    raw_start, raw_end = doc.raw_span(first.block.start, last.block.end)
    return "\n" not in doc.raw.text[raw_start:raw_end].strip()


def _comma_items(
    doc: NormalizedDocument, shapes: list[Shape], links: LinkLeadIns
) -> list[Shape]:
    """Round 33, cause S2: items printed as paragraphs without bullets, one stycke each (a
    statute's way): after a lead-in ending in ``:`` or in a presentational verb with nothing
    after it (``I nämnden ingår``, grammar.yaml `presentational_verbs`), a run of two or
    more unnumbered paragraphs that end in ``,`` (``, och``, ``, samt``) but the last, which
    ends in ``.``, is the lead-in's list (label ``""`` or the stycke marker ``[S3]``)."""
    marked = list(shapes)
    index = 0
    while index < len(marked):
        end = _comma_run_end(doc, marked, index, links)
        if end is None:
            index += 1
            continue
        for item in range(index + 1, end):
            shape = marked[item]
            marked[item] = Shape(shape.block, LIST_ITEM, shape.label, None, shape.text_start,
                                 "none")
        index = end
    return marked


def _clause_text(doc: NormalizedDocument, shape: Shape) -> str:
    return doc.text[shape.block.start + shape.text_start : shape.block.end].strip()


def _comma_run_end(
    doc: NormalizedDocument, shapes: list[Shape], lead: int, links: LinkLeadIns
) -> int | None:
    """The index after the comma-ended run of items that the lead-in at `lead` opens."""
    lead_in = shapes[lead]
    if lead_in.kind != PARAGRAPH or lead_in.sentence:
        return None
    lead_text = _clause_text(doc, lead_in)
    # round 55, ch-C5: ``… på webbplatsen:`` opens no items
    if is_lead_in_line(lead_text) and not _announces_links(lead_text, links):
        bare_end = _bare_run_end(doc, shapes, lead)
        if bare_end is not None:
            return bare_end
    at_preposition = _breaks_off_at_preposition(lead_text) or _opens_dels_items(
        doc, shapes, lead
    )
    if not at_preposition and not _opens_items(lead_text):
        return None
    index = lead + 1
    while index < len(shapes):
        shape = shapes[index]
        if shape.kind != PARAGRAPH or shape.number is not None or shape.sentence:
            return None
        text = _clause_text(doc, shape)
        if at_preposition and not patterns.ATT_ITEM.match(text.removeprefix("dels ")):
            return None  # round 42, cause 4: only ``att``-items complete the preposition
        if text.endswith(".") and index - lead >= _MIN_COMMA_ITEMS:
            return index + 1
        if not patterns.COMMA_ITEM_END.search(text):
            return None
        index += 1
    return None


def _bare_run_end(doc: NormalizedDocument, shapes: list[Shape], lead: int) -> int | None:
    """Round 48 (analysis 48-y, causes A and A2): the index after two or more unlabelled
    paragraphs that can be items without their markers (`bare_run_length`: ``granska
    räkenskaperna``, ``Val av ordförande``), whatever their end marks, after the colon
    lead-in at `lead`. Where no blank line parts the lead-in from its first item, one after an
    item ends the run (``besluta om …`` ⏎⏎ ``Förvaltning``: the next section's heading)."""
    index = lead + 1
    spaced = index < len(shapes) and _blank_line_before(doc, shapes[lead], shapes[index])
    lower_only = not _clause_text(doc, shapes[lead]).endswith(":")  # a broken-off lead-in's
    texts: list[str] = []
    while index < len(shapes):
        shape = shapes[index]
        if shape.kind != PARAGRAPH or shape.label or shape.number is not None or shape.sentence:
            break
        if not spaced and index > lead + 1 and _blank_line_before(doc, shapes[index - 1], shape):
            break
        text = _clause_text(doc, shape)
        if lower_only and not text[:1].islower():
            break  # round 48: the items of ``Föreningen ska`` bring its verb, in lower case
        texts.append(text)
        index += 1
    items = bare_run_length(texts)
    return lead + 1 + items if items else None


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _blank_line_before(doc: NormalizedDocument, previous: Shape, shape: Shape) -> bool:
    """The source holds an empty line between the two blocks."""
    _, end = doc.raw_span(previous.block.start, previous.block.end)
    start, _ = doc.raw_span(shape.block.start, shape.block.end)
    return start > end and bool(_BLANK_LINE.search(doc.raw.text, end, start))


def _opens_dels_items(doc: NormalizedDocument, shapes: list[Shape], lead: int) -> bool:
    """Round 52 (ruling v1): a capitalised lead-in before a ``dels att``-line (an amendment
    preamble printed one correlative member a line: ``Regeringen föreskriver i fråga om …``
    ⏎ ``dels att 6 § ska upphöra att gälla,`` ⏎ ``dels att ….``) opens its items, as one
    that breaks off at a preposition opens ``att``-items; only ``att``-items follow it."""
    if lead + 1 >= len(shapes) or not _clause_text(doc, shapes[lead])[:1].isupper():
        return False
    return bool(patterns.DELS_ATT_ITEM.match(_clause_text(doc, shapes[lead + 1])))


def _opens_items(text: str) -> bool:
    """``Förbundet ska för medlemmarnas räkning:``, ``I styrelsen ingår``, ``Till nämnden hör``."""
    if text.endswith(":"):
        return True
    words = text.split()
    if len(words) < 2 or not text[:1].isupper() or text[-1:] in ".,;!?":
        return False
    last = words[-1]
    verbs = GRAMMAR.presentational_verbs
    return last in verbs or lexicon_lemma(last) in verbs or f"{last[:-1]}as" in verbs


def _breaks_off_at_preposition(text: str) -> bool:
    """Round 42 (analysis 42-ba, cause 4): ``För att nå ändamålet ska föreningen arbeta för``
    ⏎ ``att ordna …,`` ⏎ ``att värna ….``: a capitalised lead-in that breaks off at a
    preposition (layout.yaml `prepositions`) opens a run of ``att``-items."""
    # a whole block: capitalised and more than one word, unlike a wrapped line's lead-in
    return text[:1].isupper() and len(text.split()) > 1 and patterns.ends_at_preposition(text)


# ``Arbetsutskott - bereder …``, ``Ekby Energi AB – producerar …``: one to three words of a
# name (the first capitalised, no punctuation), a spaced dash, a description.
_NAMED_ITEM = re.compile(r"[A-ZÅÄÖ][^\s.,:;!?]*(?: [^\s.,:;!?–-]+){0,2} [-–] \S")


def _is_named_item(text: str) -> bool:
    """``Bidragsgrupp - fördelar föreningsbidrag.``: a name and its description."""
    return bool(_NAMED_ITEM.match(text)) and not patterns.LIST_LABEL.match(text)


def _continues_named_items(
    shapes: list[Shape], named: list[bool], index: int, lead_in: bool
) -> bool:
    """Items printed without bullets after a colon lead-in (``Nämnden har inrättat följande
    grupper:`` ⏎ ``Arbetsutskott - bereder …`` ⏎ ``Bidragsgrupp - fördelar …``): a run of
    two or more `_is_named_item` blocks right after the lead-in is a list (label ``""``)."""
    if not named[index]:
        return False
    if lead_in:
        return index + 1 < len(named) and named[index + 1]
    previous = shapes[-1] if shapes else None
    return previous is not None and previous.kind == LIST_ITEM and not previous.label


@dataclass(frozen=True)
class LinkLeadIns:
    """The layout.yaml words that end a colon lead-in to links: `link_lead_in_words`
    (``webbplatsen``), and `link_lead_in_adverbs` (``här``) after one of
    `link_lead_in_verbs` (``hittar``, ``finns``) in the lead-in's last sentence."""

    words: frozenset[str]
    adverbs: frozenset[str]
    verbs: frozenset[str]

    @classmethod
    def shipped(cls) -> LinkLeadIns:
        return cls(
            patterns.LINK_LEAD_IN_WORDS,
            patterns.LINK_LEAD_IN_ADVERBS,
            patterns.LINK_LEAD_IN_VERBS,
        )


def _announces_links(lead_in: str, links: LinkLeadIns) -> bool:
    """Round 55 (analysis 55-ch C5): the colon lead-in ends at a word that points to links
    (layout.yaml `link_lead_in_words`: ``… på Ekby kommuns webbplats:``): link lines and
    headings follow it, no named items. Round 56 (review 55b should-fix 6): a place adverb
    (`link_lead_in_adverbs`: ``här``) does so only in a sentence of finding or reading
    (`link_lead_in_verbs`: ``Protokollen hittar du här:``, ``… finns här:``); ``… de
    uppgifter som anges här:`` announces its items."""
    words = lead_in.rstrip().rstrip(":").casefold().split()
    if not words:
        return False
    if words[-1] in links.words:
        return True
    if words[-1] not in links.adverbs:
        return False
    sentence = words[:-1]
    ends = [index for index, word in enumerate(sentence) if word.endswith((".", "!", "?"))]
    return any(word.strip(",") in links.verbs for word in sentence[ends[-1] + 1 if ends else 0 :])


def _is_cover_block(doc: NormalizedDocument, shapes: list[Shape], text: str,
                    shape: Shape) -> bool:
    """A block of cover-page fields (``BESLUT``, ``15 maj 2024``, ``RS 2024/412``) before the
    title: only metadata comes before it (`pipeline.normalize.cover`), or a masthead in
    capitals printed above the stamp as the first block (round 52, z-C1: ``EKBY KOMMUN`` ⏎
    ``BESLUT``)."""
    before = shapes[1:] if shapes and _masthead(doc, shapes[0]) else shapes
    return (
        shape.kind in (PARAGRAPH, HEADING)
        and shape.sentence == 0
        and all(previous.kind == METADATA for previous in before)
        and is_cover_fields(text)
    )


def _masthead(doc: NormalizedDocument, shape: Shape) -> bool:
    """A first block in capitals of at most a few words (``EKBY KOMMUN``)."""
    text = doc.text[shape.block.start : shape.block.end]
    return shape.kind in (PARAGRAPH, HEADING) and text.isupper() and len(text.split()) <= 4


def _is_contact_card(doc: NormalizedDocument, shapes: list[Shape], shape: Shape,
                     text: str) -> bool:
    """Round 50 (analysis 50-bt, ruling b3): under a contact heading (layout.yaml
    `contact_headings`) or after such a card, a block of a role line and a personal-name
    line (`contact_blocks.is_card_without_contact_lines`: ``Ordförande`` ⏎ ``Eva Lund, C``)
    is a metadata card, no heading, even without contact lines."""
    if shape.kind not in (PARAGRAPH, HEADING) or shape.label or shape.sentence or not shapes:
        return False
    before = shapes[-1]
    previous = doc.text[before.block.start : before.block.end]
    heading = before.kind != METADATA and previous.casefold() in patterns.CONTACT_HEADINGS
    card = before.kind == METADATA and contact_blocks.is_card_without_contact_lines(previous)
    if not (heading or card) or not contact_blocks.is_card_without_contact_lines(text):
        return False
    raw_start, raw_end = doc.raw_span(shape.block.start, shape.block.end)
    return "\n" in doc.raw.text[raw_start:raw_end].strip()  # role and name a line each


def _is_member_card(doc: NormalizedDocument, shape: Shape) -> bool:
    """Round 51 (ruling b2): a member list's personal-name line over its title line
    (``Eva Ek`` ⏎ ``Landshövding, Länsstyrelsen i X``), one block as normalize joins it
    (`contact_blocks.is_member_card`), is a card: metadata, no heading."""
    if shape.kind not in (PARAGRAPH, HEADING) or shape.label or shape.sentence:
        return False
    raw_start, raw_end = doc.raw_span(shape.block.start, shape.block.end)
    lines = [line.strip() for line in doc.raw.text[raw_start:raw_end].splitlines()]
    return contact_blocks.is_member_card([line for line in lines if line])


def _is_statute_fields(doc: NormalizedDocument, shape: Shape) -> bool:
    """A statute page's field block, one label or value a line (``Departement`` ⏎
    ``Finansdepartementet`` ⏎ ``Utfärdad`` ⏎ ``2001-05-03``; round 33, cause S4): metadata."""
    if shape.kind not in (PARAGRAPH, HEADING) or shape.label or shape.sentence:
        return False
    raw_start, raw_end = doc.raw_span(shape.block.start, shape.block.end)
    lines = [line.strip() for line in doc.raw.text[raw_start:raw_end].splitlines()]
    lines = [line for line in lines if line]
    return statute_field_run(lines) == (0, len(lines))


def _block_indents(doc: NormalizedDocument) -> dict[int, float]:
    """The indent of each block that starts where a paragraph of the source does, by the
    block's start (readers that see the layout record them: Word, PDF)."""
    if not doc.raw.indents:
        return {}
    by_start = {indent.start: indent.left for indent in doc.raw.indents}
    found: dict[int, float] = {}
    for block in doc.blocks:
        left = by_start.get(doc.raw_starts[block.start]) if block.sentence <= 1 else None
        if left is not None:
            found[block.start] = left
    return found


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


def _mark_unnumbered_headings(doc: NormalizedDocument, shapes: list[Shape]) -> list[Shape]:
    shapes = _mark_numbered_lead_ins(doc, shapes)
    unpunctuated = _leaves_sentences_unpunctuated(doc, shapes)
    marked: list[Shape] = []
    for index, shape in enumerate(shapes):
        text = doc.text[shape.block.start : shape.block.end]
        # A short line before a list is its lead-in ("Nämnden ska även handha"), not a heading.
        followed = index + 1 < len(shapes) and (shapes[index + 1].kind not in (
            HEADING, METADATA, LIST_ITEM
        ) or (_numbered_heading_cut(doc, shape, shapes[index + 1]) and not has_finite_verb(text))
            # round 50 (bt b3): a contact heading over its cards stays a heading
            or text.casefold() in patterns.CONTACT_HEADINGS)
        if (
            shape.kind == PARAGRAPH
            and shape.number is None
            and not shape.label
            and shape.sentence == 0
            and not shape.block.unstopped  # a sentence before a section heading (round 22)
            and followed
            and (looks_like_heading(text) or _is_question_heading(text))
            and not _is_role_line(text)
            and not _ends_in_link(text)
            and not _link_under_paragraph(doc, shapes, index, text)
            and not _modal_sentence(text, _runs_on(doc, shape))
            and not (unpunctuated and has_finite_verb(text))
            and not (_is_wrapped(doc, shape) and has_finite_verb(text))
            and not (index and _bare_paragraph_sign(doc, shapes[index - 1]) and _main_clause(text))
            and not _event_sentence(text)
            and not _card_teaser(doc, shapes, index)
        ):
            shape = Shape(shape.block, HEADING, "", None, 0, "none")
        marked.append(shape)
    return marked


_MAX_CARD_HEADING_WORDS = 5
_MIN_CARDS = 2


def _card_teaser(doc: NormalizedDocument, shapes: list[Shape], index: int) -> bool:
    """Round 54 (analysis 54b-cg L2): a page of link cards, a short verbless heading line ⏎ an
    unstopped main clause ⏎ the next card's heading …: the unstopped line is the card's text,
    a paragraph, when the next line is another card heading (or the page ends) and the
    pattern repeats (a card two lines before or after). The next heading is read before it
    is marked, so `followed` alone would count it as body text. One such line over stopped
    body text stays a web heading (docs/annotation.md §1.2, round 14)."""
    if not _card_at(doc, shapes, index):
        return False
    last = index + 1 == len(shapes)
    if not last and not _card_heading(doc, shapes[index + 1]):
        return False
    return sum(_card_at(doc, shapes, other) for other in (index - 2, index + 2)) + 1 >= _MIN_CARDS


def _card_at(doc: NormalizedDocument, shapes: list[Shape], index: int) -> bool:
    """A card: a short verbless heading line, then an unstopped line with a subject and a
    finite verb (`_main_clause`, four words or more)."""
    if index < 1 or index >= len(shapes) or not _card_heading(doc, shapes[index - 1]):
        return False
    shape = shapes[index]
    text = doc.text[shape.block.start : shape.block.end].rstrip()
    return (
        shape.kind == PARAGRAPH
        and not shape.label
        and len(text.split()) >= _MIN_SUBJECT_CLAUSE_WORDS
        and text.rstrip(patterns.CLOSING_QUOTES)[-1:] not in ".!?:;"
        and _main_clause(text)
    )


def _card_heading(doc: NormalizedDocument, shape: Shape) -> bool:
    """A card's heading: an unlabelled line of at most five words that looks like a heading
    and holds no finite verb (``Rivningslov``, ``Enskilda avlopp``)."""
    text = doc.text[shape.block.start : shape.block.end].strip()
    return (
        shape.kind in (PARAGRAPH, HEADING)
        and not shape.label
        and len(text.split()) <= _MAX_CARD_HEADING_WORDS
        and looks_like_heading(text)
        and not has_finite_verb(text)
    )


def _bare_paragraph_sign(doc: NormalizedDocument, shape: Shape) -> bool:
    """A block that is nothing but a ``§ N`` label (``§ 2`` ⏎ ``Styrelsen har sitt säte i
    Ekby``): the line after it is that paragraph's text, read as on the label's own line,
    where a finite verb makes it a paragraph even without its full stop (docs/annotation.md
    §1.2, round 20; round 49, 49-p P8)."""
    block = shape.block
    return (
        shape.kind == PARAGRAPH
        and "§" in shape.label
        and block.start + shape.text_start >= block.end
    )


def _main_clause(text: str) -> bool:
    """A line whose first finite verb (`has_finite_verb`) is a main clause's: no question
    word opens it and no relative or subordinator stands before that verb (``Styrelsen har
    sitt säte i Ekby``; not ``Frågor som ska beredas``, ``Vem kan söka bidrag``, which may
    head a paragraph)."""
    words = [word.strip(",;:()\"'”").casefold() for word in text.split()]
    if not words or words[0] in patterns.QUESTION_WORDS:
        return False
    for previous, word in zip(["", *words], words, strict=False):
        if word in _MODAL_LINKS or word in GRAMMAR.subordinators:
            return False
        if previous not in patterns.PREPOSITIONS and has_finite_verb(word):
            return True  # (after a preposition its noun: ``Ändring av stadgar``, review 50 S1)
    return False


_MIN_SUBJECT_CLAUSE_WORDS = 4
_MAX_SUBJECT_WORDS = 3
_SUPINE_REACH = 3  # the supine after `har`, or adverbs before it (``har i dag utsett``)


def _event_sentence(text: str) -> bool:
    """Round 54 (analysis 54-ce C4): an unstopped line that reports an event, a subject of
    one to three words and then a perfect (``har``/``hade`` + a supine) or a strong preterite
    (``antog``, ``valde``, ``utsåg``) as its first finite verb, four words or more and not in
    title case, neither fronted by a preposition, an adverb or a question word (layout.yaml
    `sentence_openers`, `question_words`) nor followed by an inverted subject pronoun
    (grammar.yaml `subject_pronouns`), is a news title or an ingress that lost its stop
    (``Socialnämnden har utsett en ny chef``): a paragraph on any page. A present-tense line
    (``Nämnderna sätter politiska mål för sitt ansvarsområde``) stays a web page's heading
    (docs/annotation.md §1.2, round 14)."""
    words = [word.strip(",;:()\"'”") for word in text.split()]
    if len(words) < _MIN_SUBJECT_CLAUSE_WORDS or all(word[:1].isupper() for word in words):
        return False
    folded = [word.casefold() for word in words]
    if folded[0] in patterns.SENTENCE_OPENERS or folded[0] in patterns.QUESTION_WORDS:
        return False
    for index in range(1, min(len(words) - 1, _MAX_SUBJECT_WORDS + 1)):
        word = folded[index]
        if word in _MODAL_LINKS or word in GRAMMAR.subordinators or (
                folded[index - 1] in patterns.PREPOSITIONS):
            return False
        perfect = word in GRAMMAR.perfect and any(
            _supine(later) for later in folded[index + 1 : index + 1 + _SUPINE_REACH])
        if perfect or (words[index].islower() and strong_preterite_lemma(word)):
            return folded[index + 1] not in GRAMMAR.subject_pronouns
        if has_finite_verb(" ".join(words[index - 1 : index + 1])):
            return False  # a present or a modal first: round 14's web heading
    return False


def _supine(word: str) -> bool:
    """A supine's spelling that is no reflexive possessive (grammar.yaml
    `reflexive_possessives`): ``sitt`` in ``har sitt säte`` opens the object of a present
    ``har``, whatever the lemma ``sitta`` spells (review 54, item 6)."""
    return word not in GRAMMAR.reflexive_possessives and supine_spelling(word)


def _numbered_heading_cut(doc: NormalizedDocument, shape: Shape, following: Shape) -> bool:
    """Round 36, T1: a verbless piece of a flattened line cut right before a numbered heading
    of the same line (``… EKBY KOMMUN Syfte 1 Syfte Arkivvården ska …``) is a heading above
    it, as before a numbered paragraph; a short line of its own before a heading stays as
    it was. A piece with a finite verb (``… 1 Firma Bolagets firma är Ekvatten AB 2 Säte …``)
    is a sentence that lost its stop (round 41, ay-C1; the caller checks the verb)."""
    if following.kind != HEADING or following.number is None:
        return False
    raw_start, raw_end = doc.raw_span(shape.block.start, following.block.end)
    return "\n" not in doc.raw.text[raw_start:raw_end].strip()


def _runs_on(doc: NormalizedDocument, shape: Shape) -> bool:
    """The block's line runs straight on into the next line of the source, no blank line
    between (``… folkhälsoarbete`` ⏎ ``2 §``)."""
    _, raw_end = doc.raw_span(shape.block.start, shape.block.end)
    after = doc.raw.text[raw_end : raw_end + 8].lstrip(" \t\r")
    return after.startswith("\n") and not after[1:].lstrip(" \t\r").startswith("\n")


def _is_wrapped(doc: NormalizedDocument, shape: Shape) -> bool:
    """The block was printed over two or more source lines (``Nämnden liksom förvaltningen
    fattar beslut i`` ⏎ ``frågor av principiell vikt``): a sentence wrapped at the margin,
    never a short web-style heading line (docs/annotation.md §1.2, "Sentence lines without a
    full stop")."""
    block = shape.block
    raw_start, raw_end = doc.raw_span(block.start, block.end)
    return "\n" in doc.raw.text[raw_start:raw_end].strip()


def has_finite_verb(text: str) -> bool:
    """A finite verb among the words of `text` (the first one too, lower-cased: ``Beslutar om
    …``): a word of layout.yaml `sentence_verbs`, or a present (-ar, -er, -r) that the lemma
    lexicon reads as a form of an infinitive it knows (``ligger``, ``utser``, not the plural
    ``uppgifter``; `pipeline.language.spelling.present_spelling`). A word right after a
    preposition (layout.yaml `prepositions`) is its noun, never the verb, whatever its
    spelling (``Ändring av stadgar``: no present of *stadga*; review 50, S1); a stranded
    preposition's clause has had its verb before it."""
    words = [word.strip(",;:()\"'”") for word in text.split()]
    words = [words[0].lower(), *words[1:]] if words else []
    return any(
        (word in patterns.SENTENCE_VERBS or (word.islower() and present_spelling(word)))
        and previous.casefold() not in patterns.PREPOSITIONS
        for previous, word in zip(["", *words], words, strict=False)
    )


_MIN_WORDS_AFTER_MODAL = 2


def _modal_sentence(text: str, runs_on: bool = False) -> bool:
    """Round 40 (ax-8): a line with a modal after its first word that ends in a passive
    infinitive (``Vid varje möte ska närvarolista föras``) is a rule that lost its stop,
    never a heading; a question (``Vem kan söka bidrag``) or a relative (``Beslut som kan
    överklagas``) may head a section. A line that `runs_on` into the next without a blank
    line is one with an active infinitive too (`_modal_clause`, round 47)."""
    words = [word.strip(",;\"'”").casefold() for word in text.split()]
    if not words or words[0] in patterns.QUESTION_WORDS:
        return False
    if not words[-1].endswith("as"):
        return runs_on and _modal_clause(words)
    return any(
        word in GRAMMAR.modals
        and words[index - 1] not in _MODAL_LINKS
        and len(words) - index > _MIN_WORDS_AFTER_MODAL
        for index, word in enumerate(words[1:], start=1)
    )


_MODAL_LINKS = frozenset({"som", "att", "vad", "vem", "hur", "så"})
_MIN_MODAL_CLAUSE_WORDS = 5
_MODAL_POSITIONS = (1, 2)  # after a subject of one or two words: ``Förbundets styrelse ska``
_INFINITIVE_REACH = 2  # the modal's infinitive, or one adverb before it (``ska även vara``)


def _modal_clause(words: list[str]) -> bool:
    """Round 47 (analysis 47-bn, cause 6): ``Förbundet ska dessutom vara en drivande kraft
    i …`` (casefolded words) printed straight above the next line (``2 §``): a subject of
    one or two words, a finite modal, then within two words an infinitive (a base form of
    the lemma lexicon ending in a vowel), five words or more, is a main clause that lost its
    stop, however it ends; a subordinator or a relative before the modal (``Om styrelsen ska
    …``, ``Ärenden som ska …``) may head a section, and so may such a line between blank
    lines (a web page's ``Kassören skall lämna räkenskaperna …``, round 40)."""
    if len(words) < _MIN_MODAL_CLAUSE_WORDS:
        return False
    for index in _MODAL_POSITIONS:
        if words[index] not in GRAMMAR.modals:
            continue
        before = words[:index]
        if any(word in _MODAL_LINKS or word in GRAMMAR.subordinators for word in before):
            return False
        following = words[index + 1 : index + 1 + _INFINITIVE_REACH]
        return any(word[-1:] in VOWELS and word in lemma_lexicon()[1] for word in following)
    return False


def _ends_in_link(text: str) -> bool:
    """A line ending in a coordinating conjunction (``… ansvar för lokalerna, och``, grammar.yaml
    `coordinators`) goes on in the next line: no heading ends in one. (A preposition may end
    one, stranded: ``Arbetet som nämnderna beslutar om``.)"""
    words = text.split()
    return bool(words) and words[-1] in GRAMMAR.coordinators


def _link_under_paragraph(
    doc: NormalizedDocument, shapes: list[Shape], index: int, text: str
) -> bool:
    """Rounds 46/51 (analysis 56b-cl L2): a line opening with a link's imperative (layout.yaml
    `web_link_imperatives`: ``Läs mer om sammanträdena``) right under a paragraph, no blank
    line between in the raw text, is that page's link line: a paragraph, never a heading."""
    if not index or shapes[index - 1].kind != PARAGRAPH:
        return False
    words = " ".join(text.casefold().split()[:3])
    phrases = patterns.WEB_LINK_IMPERATIVES
    if not any(words == phrase or words.startswith(phrase + " ") for phrase in phrases):
        return False
    end = doc.raw_span(shapes[index - 1].block.start, shapes[index - 1].block.end)[1]
    start = doc.raw_span(shapes[index].block.start, shapes[index].block.end)[0]
    return doc.raw.text[end:start].count("\n") < 2


_MIN_UNPUNCTUATED_SENTENCES = 2


def _leaves_sentences_unpunctuated(doc: NormalizedDocument, shapes: list[Shape]) -> bool:
    """The document ends its sentence lines without a full stop (statutes, ordinances and
    task lists often do: ``Förbundets kansli ligger i Kalmar`` ⏎ ``Förbundsstyrelsen
    sammanträder …``): of its lines (no list items, table rows or metadata) of three words or
    more holding a finite verb, at least two and more than those ending in `.!?:;` end without
    a stop. There a line with a finite verb is a paragraph, never a heading (analysis-13 cause
    2c); where sentences end in a full stop, an unpunctuated line with a verb is a web-style
    heading (``Nämnderna sätter mål för sitt område``)."""
    stopped = unstopped = 0
    for shape in shapes:
        if shape.kind not in (PARAGRAPH, HEADING):
            continue
        text = doc.text[shape.block.start + shape.text_start : shape.block.end].rstrip()
        if len(text.split()) < 3 or not has_finite_verb(text):
            continue
        if text.rstrip(patterns.CLOSING_QUOTES)[-1:] in ".!?:;":
            stopped += 1  # a lead-in's colon ends its sentence too
        else:
            unstopped += 1
    return unstopped >= _MIN_UNPUNCTUATED_SENTENCES and unstopped > stopped


def _is_role_line(text: str) -> bool:
    """``Ordförande: Anna Ek (S) Åsby``: a label and its value, body text, not a heading."""
    label, colon, value = text.partition(": ")
    return bool(colon) and bool(value) and len(label.split()) <= 3


def _is_question_heading(text: str) -> bool:
    """``Vad gör nämnden?`` alone on a line before body text: a web-style heading."""
    return (
        text.endswith("?")
        and len(text.split()) <= _MAX_QUESTION_HEADING_WORDS
        and text[0].isupper()
        and "." not in text
    )


def _mark_numbered_lead_ins(doc: NormalizedDocument, shapes: list[Shape]) -> list[Shape]:
    marked: list[Shape] = []
    for index, shape in enumerate(shapes):
        rest = doc.text[shape.block.start + shape.text_start : shape.block.end]
        following = shapes[index + 1] if index + 1 < len(shapes) else None
        before_list = following is not None and (
            following.kind == LIST_ITEM or _lower_child(doc, shape, following)
        )
        if _is_numbered_lead_in(rest, shape, before_list):
            shape = Shape(shape.block, PARAGRAPH, shape.label, shape.number, shape.text_start,
                          "paragraph")
        marked.append(shape)
    return marked


def _lower_child(doc: NormalizedDocument, shape: Shape, following: Shape) -> bool:
    """Newuser57b fault 1: `2.1 Direktören ska särskilt` ⏎ `2.1.1 leda …`: a numbered block
    one level deeper that opens in lower case is an item of the line above."""
    number, child = shape.number or "", following.number or ""
    text = doc.text[following.block.start + following.text_start : following.block.end]
    return bool(number) and child.startswith(f"{number}.") and text[:1].islower()


def _is_numbered_lead_in(rest: str, shape: Shape, before_list: bool) -> bool:
    """``4 Styrelsen ska särskilt`` or ``§ 4 Styrelsen har till uppgift att`` before a list:
    a numbered lead-in sentence that only looks like a heading (no final colon); its finite
    verb tells."""
    return (
        shape.kind == HEADING
        and shape.number is not None
        and before_list
        and any(word in patterns.SENTENCE_VERBS for word in rest.split()[1:])
    )


_BULLET_CLASSES = {
    **dict.fromkeys(patterns.BULLETS, "bullet"),
    **dict.fromkeys(patterns.SECOND_LEVEL_BULLETS, "bullet2"),
    **dict.fromkeys(patterns.THIRD_LEVEL_BULLETS, "bullet3"),
}


def label_class(label: str) -> str:
    label = label.strip()
    if label in _BULLET_CLASSES:
        return _BULLET_CLASSES[label]
    return "number" if label[:1].isdigit() else "letter"
