"""Layout rules: which raw lines form one paragraph, and where a paragraph splits into blocks.

Detects the document's layout (double-spaced PDF text layers, unwrapped web/flattened text,
the typical printed line width), groups lines into paragraphs by the separator convention,
rejoins paragraphs a page break cut mid-sentence, and splits a paragraph into blocks at
headings, list items, metadata lines (``Dnr …``, ``Antagen av …``), table rows and
paragraph ends. It decides grouping only; the text of a block is built in `assemble`.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline import patterns
from pipeline.normalize import reflow
from pipeline.normalize.cover import is_cover_fields
from pipeline.normalize.glued_title import is_document_kind
from pipeline.normalize.hyphenation import HYPHENS
from pipeline.normalize.inline_headings import finite_verb
from pipeline.normalize.lines import Line
from pipeline.normalize.model import NormalizeOptions
from pipeline.normalize.signature import is_signature_block
from pipeline.normalize.words import actor_lexicon

_LIST_MARKER = patterns.LIST_START
_NUMBERED_HEAD = patterns.NUMBERED_HEAD
_SENTENCE_END = patterns.SENTENCE_END
_NO_HEADING_END = patterns.NO_HEADING_END
_MAX_HEADING_LINE_WORDS = 12


def _starts_upper(text: str) -> bool:
    stripped = text.lstrip(" \t\"'”(")
    return bool(stripped) and stripped[0].isupper()


def _starts_lower(text: str) -> bool:
    stripped = text.lstrip(" \t")
    return bool(stripped) and stripped[0].islower()


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def is_list_start(text: str) -> bool:
    return bool(_LIST_MARKER.match(text.strip()))


# A hyphen glued to a lower-case word at a line's start (``-ge alla barn god omsorg``); round
# 50 (50-bw B1): a bullet glyph glued to any word (``•förvalta``, ``•Styrelsen``), which no
# word spells.
_GLUED_DASH = re.compile(rf"^(?:[-–](?=[a-zåäö]{{2}})|[{patterns.BULLET_GLYPHS}](?=[^\W\d_]{{2}}))")


# The label a damaged or unfamiliar first item may print: a digit, a letter (``l.`` for
# ``1.``) or a roman numeral, with ``.`` or ``)``.
_FIRST_LABEL = re.compile(r"(?:\d{1,2}|[A-Za-zÅÄÖåäö]|[IVX]{2,4}|[ivx]{2,4})[.)](?=\s)")
_NEXT_LABELS = ("2", "3")
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def resumed_list_starts(texts: Sequence[str]) -> dict[int, str]:
    """Round 47 (analysis 47-bo, B1): the blocks right after a colon lead-in that open a
    numbered list whose own first label is no ``1.`` (``På stämman ska följande
    behandlas:`` ⏎ ``I. Godkännande av dagordningen`` ⏎ ``2. …`` ⏎ ``3. …``; a damaged
    ``l.``, a roman numeral, or no label where a page lost it), mapped to the label as
    printed (``""`` for none); `texts` are the lines of a group or the blocks of a document.
    The list is told by the labels that follow: the next two numbered blocks are ``2.``,
    ``3.`` (or ``2)``, ``3)``) in a row, lettered sub-items between them. A section letter
    whose successor labels a later block (``B. Ekonomi`` … ``C. Personal``) stays a section.
    A bare label on a line of its own before the first item (``l.`` ⏎ ``Godkännande av …``)
    labels that item (`is_bare_first_label`): the item's index maps to it."""
    found: dict[int, str] = {}
    for index in range(1, len(texts) - 2):
        bare = index >= 2 and is_bare_first_label(texts[index - 1])
        if not (texts[index - 1].endswith(":") or (bare and texts[index - 2].endswith(":"))):
            continue
        following = _numbers_after(texts, index + 1)
        if len(following) < len(_NEXT_LABELS) or not (
            following[0][:-1] == _NEXT_LABELS[0]
            and following[1] == f"{_NEXT_LABELS[1]}{following[0][-1]}"
        ):
            continue
        first = None if bare else _FIRST_LABEL.match(texts[index])
        label = texts[index - 1].strip() if bare else first.group(0) if first else ""
        if label[:-1] == "1" or (label and _labels_a_section(label[:-1], texts[index + 1 :])):
            continue  # ``1.`` opens its list as it is; ``B.`` before ``C.`` is a section
        if label and _opens_letter_run(label, texts[index + 1]):
            continue  # ``a)`` before ``b)``: a lettered list of its own (newuser54 fault 2)
        found[index] = label
    return found


# Round 48 (analysis 48-y, causes A and A2): items whose bullets the copy lost.
_MIN_BARE_ITEMS = 2
_MAX_BARE_ITEM_WORDS = 12
_FULL_STOPS = (".", "!", "?")
_LAST_SENTENCE = re.compile(r"(?:^|[.!?]\s+)([^.!?]*)$")


def bare_list_items(texts: Sequence[str], kept: Sequence[bool] | None = None) -> set[int]:
    """Round 48 (analysis 48-y, causes A and A2): after a colon lead-in (`is_colon_lead_in`),
    a run of two or more short unmarked lines or blocks (`is_bare_item`) are the lead-in's
    items whose bullets or numbers the copy lost (``Revisorerna ska:`` ⏎ ``granska
    räkenskaperna,`` ⏎ ``lämna en berättelse.``; ``På mötet behandlas:`` ⏎ ``Val av
    ordförande`` ⏎ ``Beslut om avgift``); `texts` are the lines of a group or the blocks of
    a document. One line after a colon goes on with it (``Observera:`` ⏎ ``mötet …``).
    `kept`, where given (a width-wrapped group), tells after which lines the break is the
    writer's (`_kept_breaks`): the lead-in and every item but the last need one (a sentence
    wrapped after its colon breaks where the margin falls)."""
    found: set[int] = set()
    for index, text in enumerate(texts):
        if not is_lead_in_line(text):
            continue
        stop = index + 1
        while stop < len(texts) and (kept is None or kept[stop - 1]):
            if not text.endswith(":") and not _starts_lower(texts[stop]):
                break  # round 48: a broken-off lead-in's items bring its verb, in lower case
            stop += 1
        found.update(range(index + 1, index + 1 + bare_run_length(texts[index + 1 : stop])))
    return found


def is_lead_in_line(text: str) -> bool:
    """A colon lead-in (`is_colon_lead_in`) or one broken off before its verb
    (`breaks_off_lead_in`); cheap on any other line (its last word is looked up once)."""
    if text.endswith(":"):
        return is_colon_lead_in(text)
    return breaks_off_lead_in(text)


def breaks_off_lead_in(text: str) -> bool:
    """Round 48 (nu48b fault 1): a sentence that ends where the verb it needs should come,
    the lead-in of items that lost their bullets and colon: after a modal (grammar.yaml
    `modals`: ``Föreningen ska`` ⏎ ``främja …``) or after the ``att`` of a finite cue
    (``Styrelsen har till uppgift att`` ⏎ ``leda …``). Its sentence opens with a capital and
    holds two words at least; whether the break is the writer's is the caller's (a wrapped
    print's ``… ska`` ⏎ ``besluta …`` breaks where the margin falls)."""
    last = text.rsplit(maxsplit=1)[-1] if text else ""
    if last not in _lead_in_modals() and last != "att":
        return False
    match = _LAST_SENTENCE.search(text)
    words = match.group(1).split() if match else []
    if len(words) < 2 or not _starts_upper(words[0]):
        return False
    return last != "att" or any(map(finite_verb, words[:-1]))


@lru_cache(maxsize=1)
def _lead_in_modals() -> frozenset[str]:
    from pipeline.language.grammar import SHIPPED_GRAMMAR  # cyclic import

    return SHIPPED_GRAMMAR.modals


def bare_run_length(texts: Sequence[str]) -> int:
    """How many of `texts`, from the first, are the unmarked items of the colon lead-in
    before them (`is_bare_item`; two at least, else none). Items punctuated as a series
    (``,``, ``;``, ``, och``) end at the one that ends a sentence: what follows it
    (``Ekonomi och personal``) is the next heading or paragraph. A line that breaks off at a
    word after which nothing ends (`ends_open`: ``samordna arbetet mellan``) is no item: the
    next line goes on with it."""
    count = 0
    punctuated = False
    for text in texts:
        if not is_bare_item(text, after_comma=punctuated) or ends_open(text):
            break  # ``… rapportering till``: the next line goes on with this one
        count += 1
        if punctuated and text.endswith(_FULL_STOPS):
            break
        punctuated = bool(patterns.COMMA_ITEM_END.search(text))
    return count if count >= _MIN_BARE_ITEMS else 0


def is_colon_lead_in(text: str) -> bool:
    """A sentence that ends in ``:`` and holds a finite verb or ends in ``att``
    (``Kassören ansvarar för:``, ``I rådets uppgifter ingår att:``), not a field label
    (``Kontakt:``, ``Dela sidan:``, ``Senast uppdaterad:``)."""
    match = _LAST_SENTENCE.search(text[:-1])
    words = match.group(1).split() if match else []
    return bool(words) and (
        words[-1] == "att" or any(map(finite_verb, words)) or any(map(_s_passive, words))
    )


def is_bare_item(text: str, after_comma: bool = False) -> bool:
    """A short line that can be an item without its marker: at most twelve words, no label
    or number (a marked item is the marked lists' rules'), no ``Roll:`` colon, no sentence
    end before a capital inside it, no metadata; a capitalised one holds no finite verb
    (``Val av ordförande``, ``Planera utbildningar``; ``Styrelsen sammanträder i maj.`` is a
    sentence of its own); one that ends a sentence opens with a base form (``Planera
    utbildningar.``, not ``Föräldrarna turas om …``; any word `after_comma`, an item ended
    in ``,``/``;``: ``Arbetsmiljöfrågor.`` closes the series) and holds no s-passive
    (``Kansliet leds av …``), unless it opens with ``Att``."""
    words = text.split()
    if not words or len(words) > _MAX_BARE_ITEM_WORDS or ":" in text:
        return False
    if (_is_item_or_number(text) and not counted_line(text)) or "§" in words[0]:
        return False
    if patterns.LIST_LABEL.match(text):  # ``b. bokföra …`` out of a run: the label rules'
        return False
    if _holds_inner_sentence_end(text) or is_metadata_line(text):
        return False
    if not _starts_upper(text) or patterns.ATT_ITEM.match(text.lower()):
        return True
    if any(map(finite_verb, words)):
        return False
    return not text.endswith(_FULL_STOPS) or (
        (after_comma or _lexicon_lemma(words[0])) and not any(map(_s_passive, words[1:]))
    )


def _lexicon_lemma(word: str) -> bool:
    """The lexicon knows the lower-cased word as a base form (``Planera``, ``Val``), as a
    sentence's definite subject (``Styrelsen``, ``Föräldrarna``) is not."""
    from pipeline.language.spelling import lemma_lexicon  # cyclic import

    return word.strip(",.;:()").lower() in lemma_lexicon()[1]


def _s_passive(word: str) -> bool:
    """A present s-passive by the lexicon's spelling (``hålls``, ``bereds``; ``leds``, which
    the lexicon also reads as a form of *lida*: stem + ``a`` a base form, the word none)."""
    from pipeline.language.spelling import lemma_lexicon, s_passive_spelling  # cyclic import

    word = word.strip(",.;:()")
    if not word[:1].islower() or not word.endswith("s"):
        return False
    lemmas = lemma_lexicon()[1]
    return s_passive_spelling(word) or (f"{word[:-1]}a" in lemmas and word not in lemmas)


_SUB_ITEM = re.compile(r"[a-zåäö][.)]\s")
_FIRST_NUMBER = "1. "  # what a resumed list's first item stands for, whatever its label


def _numbers_after(texts: Sequence[str], start: int) -> list[str]:
    """The labels of the next two numbered blocks from `start` on, past lettered sub-items
    (``2. Beslut om`` ⏎ ``a. …`` ⏎ ``b. …`` ⏎ ``3. …``); an unlabelled block ends the run."""
    labels: list[str] = []
    for text in texts[start:]:
        if _SUB_ITEM.match(text):
            continue
        label = patterns.LIST_LABEL.match(text)
        if label is None or not label.group(0)[:1].isdigit():
            break
        labels.append(label.group(0))
        if len(labels) == len(_NEXT_LABELS):
            break
    return labels


def is_bare_first_label(text: str) -> bool:
    """``l.``, ``I.``, ``1)`` alone on a line or in a block: a list label parted from its
    item's text."""
    stripped = text.strip()
    return len(stripped) <= _BARE_LABEL_CHARS and bool(_FIRST_LABEL.match(f"{stripped} "))


_BARE_LABEL_CHARS = 5


_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"  # the Swedish order: å, ä, ö after z (review 54)


def _opens_letter_run(label: str, following: str) -> bool:
    """A letter label (``a)``) whose successor with the same closer (``b)``) opens the next
    block: the first item of a lettered list, no damaged ``1.`` (``l.``) of a numbered one
    (``1.2 Direktören ska:`` ⏎ ``a) …`` ⏎ ``b) …`` ⏎ ``c) …`` ⏎ ``2. …``)."""
    letter, closer = label[:-1], label[-1:]
    order = _ALPHABET if letter.islower() else _ALPHABET.upper()
    if len(letter) != 1 or letter not in order[:-1]:
        return False
    return following.startswith(f"{order[order.index(letter) + 1]}{closer} ")


def _labels_a_section(label: str, later: Sequence[str]) -> bool:
    """A capital or roman label (``B``, ``II``) whose successor (``C.``, ``III.``) opens a
    later block: the document letters its sections."""
    if label in _ROMANS:
        following = _ROMANS[_ROMANS.index(label) + 1] if label != _ROMANS[-1] else ""
    elif label.isupper():
        following = chr(ord(label) + 1)
    else:
        return False
    return bool(following) and any(text.startswith(f"{following}. ") for text in later)


def letter_run_lines(texts: Sequence[str]) -> set[int]:
    """Round 44 (newuser44, cause 1): the lines that open with a lettered label ``a.``,
    ``b.`` … in order (two at least, the first ``a.``): list items like ``a)`` lines. A lone
    ``s. 4 …`` or ``a. …`` wrapped to a line start (``bl.`` ⏎ ``a. …``) stays the line before's."""
    found: set[int] = set()
    run: list[int] = []
    expected = "a"
    for index, text in enumerate(texts):
        label = patterns.LETTER_DOT_START.match(text)
        if label is None:
            continue
        letter = label.group("letter")
        if letter == "a":
            run = [index]
        elif letter == expected:
            run.append(index)
        else:
            run, expected = [], "a"
            continue
        expected = chr(ord(letter) + 1)
        if len(run) >= 2:
            found.update(run)
    return found


def glued_dash_item(previous: str, text: str, following: str = "") -> bool:
    """Round 38, S1: ``-stödja föräldrarna`` is a list item (label ``-``) after a lead-in that
    ends in a colon, a preposition or a word of layout.yaml `glued_dash_lead_in_words`
    (``Nämndens uppdrag är att``), or after another such item; a line-start hyphen elsewhere
    stays the word's. Round 50 (50-bw B1): so is a glued bullet (``•förvalta``), and the
    first of a run whose `following` line opens with the same glued glyph (``Styrelsen ska``
    ⏎ ``•förvalta …`` ⏎ ``•föra …``, ``–utse …`` ⏎ ``–föreslå …``)."""
    label = _GLUED_DASH.match(text)
    if label is None:
        return False
    before = previous.rstrip()
    if _GLUED_DASH.match(before) or before.endswith(":"):
        return True
    if following[:1] == label.group(0) and _GLUED_DASH.match(following):
        return True
    last = before.split()[-1:]
    return bool(last) and (
        last[0].casefold() in patterns.GLUED_DASH_LEAD_IN_WORDS
        or last[0].casefold() in patterns.PREPOSITIONS
    )


@patterns.layout_cache(1 << 12)
def is_metadata_line(text: str) -> bool:
    """``Dnr KS 2023/123``, ``Antagen av kommunfullmäktige 2019-03-25, § 45``; an adoption
    history of several dates (``Antagna av …, ändrade den …``, `reflow.is_adoption_history`);
    a signature block (``Ekby kommun Anna Berg Kanslichef Telefon: …``, `signature`). A
    footnote's mark before it (``¹ Ändrat genom beslut …``, round 45) is the note's label.

    Kept per text: a pure function of the line and the word lists (layout.yaml, the lemma
    lexicon; a run's own layout.yaml drops the answers when `patterns.using_layout` binds
    it). Normalize asks it of each line and of the line
    before, segmentation again of each block (~3,600 calls for ~1,600 texts per 60
    documents)."""
    mark = patterns.FOOTNOTE_MARK.match(text) if text[:1] in patterns.FOOTNOTE_MARKS else None
    if mark is not None:
        text = text[mark.end() :]
    return (
        bool(patterns.METADATA_LINE.match(text))
        and len(text.split()) <= patterns.METADATA_MAX_WORDS
    ) or reflow.is_adoption_history(text) or is_signature_block(text) or (  # round 30, S2
        reflow.memo_field_run_end(text) == len(text.rstrip())) or (  # round 36, S4
        bool(_ISSUE_DATE_LINE.fullmatch(text.strip())) or _one_line_statute_field(text)
    ) or _referenced_adoption(text) or is_viewer_line(text) or (  # round 40, aw-S3; round 42
        is_byline(text)) or patterns.is_dated_line(text)  # round 50, bt b5; round 56



@patterns.layout_cache(1)
def _viewer_lines() -> frozenset[str]:
    return frozenset(patterns.active_layout().viewer_lines)


@patterns.layout_cache(1)
def _viewer_quote_labels() -> frozenset[str]:
    return frozenset(patterns.active_layout().viewer_quote_labels)


# Round 52 (bm-L3): a viewer's button word before the whole rest of the line in quotes.
_QUOTED_REST = re.compile(r"([^\"“”]+?)\s+[\"“”][^\"“”]+[\"“”]")


# Round 58 (analysis58-cs C11): a media player's time counter alone on its line (``00:00``,
# ``00:00 / 03:15``): page chrome, a viewer line. Only the zero start counter or the counter
# pair: a lone ``10:11`` is a delegation point number (or a clock time), not chrome.
_MEDIA_TIME = re.compile(r"00:00|\d\d:\d\d ?/ ?\d\d:\d\d")


def is_viewer_line(text: str) -> bool:
    """Round 42 (bb-S6): a document viewer's wrapper line (layout.yaml `viewer_lines`,
    exactly, spaces folded): a metadata paragraph of its own (docs/annotation.md §1.2).
    Round 52 (bm-L3): also a viewer button (layout.yaml `viewer_quote_labels`) before the
    document's title copy, the rest of the line in quotes (``Download "Reglemente för …"``)."""
    folded = " ".join(text.split()).casefold()
    if folded in _viewer_lines() or _MEDIA_TIME.fullmatch(folded):
        return True
    quoted = _QUOTED_REST.fullmatch(text.strip())
    label = " ".join(quoted.group(1).split()).casefold() if quoted else ""
    return label in _viewer_quote_labels()


def _referenced_adoption(text: str) -> bool:
    """Round 40 (aw-S3): a decision reference before an adoption line (``2020-01-10 KFN § 4
    Antaget i KF 2020-02-20``) is one metadata line."""
    reference = reflow.DECISION_REFERENCE.match(text)
    rest = text[reference.end() :].strip() if reference else ""
    return bool(rest) and is_metadata_line(rest)


# Round 38, cause at-S3: the top of an SFS print, the issue date on a line of its own after
# the title (``utfärdad den 2 juni 2031.``), and one statute field with its value on one line
# (``Källa Lagrummet``; layout.yaml `statute_field_labels`).
_ISSUE_DATE_LINE = re.compile(r"[Uu]tfärdad(?:e|t)? den \d{1,2} [a-zåäö]+ \d{4}\.?")
_MAX_LINE_FIELD_WORDS = 4


def _one_line_statute_field(text: str) -> bool:
    """``Källa Lagrummet``: a statute field label (one or two words, no colon) and a value
    of one to four words, no sentence end or finite verb, as the whole line; a cover's
    document-info label too (``Utgåva 1.0``, ``Upprättad av Ekonomiavdelningen``: round 56,
    analysis 56b-cl L1)."""
    words = text.split()
    if not words or not words[0][:1].isupper() or text.rstrip().endswith((".", ":")):
        return False
    for size in (2, 1):
        value = words[size:]
        label = " ".join(words[:size]).casefold()
        if (0 < len(value) <= _MAX_LINE_FIELD_WORDS
                and (label in patterns.STATUTE_FIELD_LABELS
                     or label in patterns.COVER_FIELD_LABELS)):
            return not any(finite_verb(word) for word in value)
    return False


def numbered_marker(text: str) -> str | None:
    match = _NUMBERED_HEAD.match(text.strip())
    return match.group(0) if match else None


def _is_double_spaced(lines: Sequence[Line], options: NormalizeOptions) -> bool:
    """PDF text layers often put an empty line after every line; detect that layout."""
    content = [i for i, line in enumerate(lines) if not line.is_blank]
    if len(content) < 2:
        return False
    followed = sum(1 for i in content if i + 1 < len(lines) and lines[i + 1].is_empty)
    if followed / len(content) < options.double_spaced_share:
        return False
    # Plain text with one paragraph per line looks the same; PDF layers also show words
    # hyphenated across the empty lines, or whitespace-only separator lines where sentences
    # break across the empty lines (round 42, bc-S1: a web page's stray ` ` line is no proof).
    if _hyphenated_across_empty_lines(lines):
        return True
    lower, upper, items = _lines_going_on_after_empty_lines(lines)
    if not any(line.is_blank and not line.is_empty for line in lines):
        # round 44 (layout benchmark): without ` ` lines, twice as many sentences going on in
        # lower case after one empty line, not counting `att`/list items, and more of them
        # than lines going on in capitals, show a layer (a web page's sentences end its lines)
        going_on = lower - items
        return going_on >= 2 * options.double_spaced_min_breaks and going_on > upper
    return lower >= options.double_spaced_min_breaks or lower > upper


_SPLIT_WORD_END = re.compile(r"\w-$")
_OPEN_LINE_END = re.compile(r"[^.:;!?]$")


def _hyphenated_across_empty_lines(lines: Sequence[Line]) -> bool:
    """Round 43 (probe43, cause 2): a word hyphenated *across the empty lines* (``före-``
    ⏎⏎ ``skrifter``): a line ending in ``<letter>-``, an empty line right after it and the
    next content line opening in lower case. A hyphen before a line of the same blank-line
    block (``förvaltnings-`` ⏎ ``cheferna``) is an ordinary wrapped paragraph, no layer. A
    stycke marker before the lower-case word (``[S2]skrifter``) is no capital."""
    for index, line in enumerate(lines[:-2]):
        if line.is_blank or not _SPLIT_WORD_END.search(line.text.rstrip()):
            continue
        if not lines[index + 1].is_empty:
            continue
        rest = range(index + 2, len(lines))  # an index walk: no copy of the rest per line
        following = next((lines[at] for at in rest if not lines[at].is_blank), None)
        if following is not None and _starts_lower(_without_stycke_label(following.stripped)):
            return True
    return False


def _without_stycke_label(text: str) -> str:
    """``[S18]skrifter …`` → ``skrifter …`` (a statute page's stycke marker, round 33)."""
    label = patterns.STYCKE_LABEL.match(text)
    return text[label.end() :] if label else text


def _lines_going_on_after_empty_lines(lines: Sequence[Line]) -> tuple[int, int, int]:
    """Round 42 (bc-S1): of the content lines that end without a sentence or clause mark
    and have a content line after one empty line, how many go on in lower case (``… ska
    nämnden`` ⏎⏎ ``besluta om …``: a layer wraps mid-sentence) and how many in capitals (a
    web page's heading before its block, or a layer's line before a name); and (round 44)
    how many of the lower-case ones go on with an item (``att samverka …``, ``- vårda …``,
    ``a) …``), no wrapped line."""
    lower = upper = items = 0
    for line, empty, following in zip(lines, lines[1:], lines[2:], strict=False):
        if (
            empty.is_empty
            and not line.is_blank
            and not following.is_blank
            and _OPEN_LINE_END.search(line.stripped)
        ):
            if _starts_lower(following.text):
                lower += 1
                item = following.stripped
                items += bool(is_list_start(item) or patterns.ATT_ITEM.match(item))
            else:
                upper += 1
    return lower, upper, items


def is_unwrapped(lines: Sequence[Line], options: NormalizeOptions) -> bool:
    """Web text and flattened text: a line is a paragraph (or a page), never a wrapped line.

    Either the lines are longer than any printed line, or no blank line separates
    paragraphs and almost every line ends a sentence or is short (a heading or an item).
    """
    content = [line.stripped for line in lines if not line.is_blank]
    widths = [len(text) for text in content]
    if len(widths) < 2:
        return bool(widths) and widths[0] >= options.unwrapped_line_chars
    if statistics.quantiles(widths, n=4)[2] >= options.unwrapped_line_chars:
        return True
    if _has_unprinted_sentence_lines(content, options.unwrapped_line_chars):
        return True
    if len(content) < 4 or separates_with_blank_lines(lines, options):
        return False
    ends = sum(
        1
        for index, text in enumerate(content)
        if _ends_sentence(text) or len(text.split()) <= 8 or _is_open_item(content, index)
    )
    return ends >= options.unwrapped_line_share * len(content)


_SENTENCE_LINE_WORDS = 8  # more words than a heading, a label line or a short item
_MIN_LONG_SENTENCE_LINES = 2


def _has_unprinted_sentence_lines(content: Sequence[str], line_chars: int) -> bool:
    """Round 41 (avza-S1): the many short `§ N Rubrik` lines of a web bolagsordning or
    stadgar (two or more lines open with a paragraph sign) pull its width statistic down, so
    measure it over the sentence lines (more than eight words) too: when a quarter of those,
    and at least two lines ending a sentence, are longer than any printed line, the text is
    not width-wrapped (one flattened line in a PDF is not enough)."""
    signs = sum(1 for text in content if patterns.PARAGRAPH_SIGN.match(text))
    if signs < _MIN_LONG_SENTENCE_LINES:
        return False
    sentence_widths = [len(text) for text in content if len(text.split()) > _SENTENCE_LINE_WORDS]
    long_sentences = sum(
        1 for text in content if len(text) >= line_chars and _ends_sentence(text)
    )
    return (
        long_sentences >= _MIN_LONG_SENTENCE_LINES
        and len(sentence_widths) >= _MIN_LONG_SENTENCE_LINES
        and statistics.quantiles(sentence_widths, n=4)[2] >= line_chars
    )


# A list item's last word or mark when the list goes on: ``,`` ``;`` or a coordinator.
_OPEN_ITEM_END = re.compile(r"(?:[,;]|\b(?:och|samt|eller))$")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s+\S")


def _is_item_line(text: str) -> bool:
    return is_list_start(text) or bool(_NUMBERED_ITEM.match(text))


def _is_open_item(content: Sequence[str], index: int) -> bool:
    """Round 40 (aw-S1): a labelled list item that ends in ``,``/``;``/``och`` is complete
    when the line before or after it opens with a list label too (a web page's list of
    comma items); a wrapped PDF line breaks mid-sentence without such a neighbour."""
    text = content[index]
    if not (_is_item_line(text) and _OPEN_ITEM_END.search(text.rstrip())):
        return False
    neighbours = content[max(index - 1, 0) : index] + content[index + 1 : index + 2]
    return any(_is_item_line(neighbour) for neighbour in neighbours)


def separates_with_blank_lines(lines: Sequence[Line], options: NormalizeOptions) -> bool:
    """Blank lines separate the paragraphs (not just a stray one in a web page's text, and
    not the empty line after every line of a double-spaced PDF text layer). A run of blank
    lines counts once: in a text of single-newline lines it is one gap (a page break or a
    graphic left out of a PDF flattening), no switch to blank-line paragraphs (round 49,
    analysis 49-az C4)."""
    content = sum(1 for line in lines if not line.is_blank)
    title = _title_gap(lines)
    blank = sum(
        1
        for index, (line, following) in enumerate(zip(lines, lines[1:], strict=False))
        if line.is_blank and not following.is_blank and index != title
    )
    return (
        blank > 0
        and blank >= options.unwrapped_blank_share * content
        and not _is_double_spaced(lines, options)
    )


_MIN_TITLE_BODY_LINES = 3


def _title_gap(lines: Sequence[Line]) -> int | None:
    """Round 50 (nu50 fault 7; docs/annotation.md §1.2): the index of the last line of the
    blank run under a one-line title, when the text has no other blank line and three lines
    or more under it: the title's gap, no paragraph gap (`Instruktion för X` ⏎⏎ then one
    paragraph a line)."""
    runs = [
        index
        for index, (line, following) in enumerate(zip(lines, lines[1:], strict=False))
        if line.is_blank and not following.is_blank
    ]
    if len(runs) != 1:
        return None
    before = sum(1 for line in lines[: runs[0]] if not line.is_blank)
    after = sum(1 for line in lines[runs[0] :] if not line.is_blank)
    return runs[0] if before == 1 and after >= _MIN_TITLE_BODY_LINES else None


_MIN_SIGN_LINES = 2
_MIN_WRAPPED_LINES = 2


def keeps_sentence_lines(lines: Sequence[Line], options: NormalizeOptions) -> bool:
    """Round 43 (analysis 43-bf, cause 1; docs/annotation.md §1.2): a text whose blank lines
    end its paragraphs, whose paragraphs are numbered by `§` labels (two or more lines open
    with one) and whose lines are never wrapped (fewer than two lines break off mid-sentence
    and go on in lower case) prints one sentence a line: its short sentence lines are no
    paragraph ends, whatever the typical width. A width-wrapped print with blank lines keeps
    its stycke ends (`_ends_block`)."""
    signs = sum(1 for line in lines if patterns.PARAGRAPH_SIGN.match(line.stripped))
    return (
        signs >= _MIN_SIGN_LINES
        and separates_with_blank_lines(lines, options)
        and _wrapped_lines(lines) < _MIN_WRAPPED_LINES
    )


def _wrapped_lines(lines: Sequence[Line]) -> int:
    """Lines that break off mid-sentence (no mark at their end, or a hyphen) and go on in
    lower case on the next line; a list item's next label does not count."""
    return sum(
        1
        for line, following in zip(lines, lines[1:], strict=False)
        if not line.is_blank
        and not following.is_blank
        and _starts_lower(following.text)
        and not is_list_start(following.stripped)
        and not _NO_HEADING_END.search(line.stripped)
    )


_MIN_SPACED_LINES = 3
_MIN_PLAIN_LINES = 2
_MIN_STATUTE_LABELS = 2
# A statute paragraph label opening a line, number first (``3 §``, ``4 a §``): SFS style.
_STATUTE_LINE_LABEL = re.compile(r"\d{1,3}\s?[a-z]?\s?§(?:\s|$)")


def continues_with_space(lines: Sequence[Line]) -> bool:
    """Round 36, T2 (rkrattsbaser-style statute text): the document marks a stycke that goes
    on in the next line by one trailing space and ends a stycke with none. Measured over its
    lines followed by a content line: at least three end in one space, and most of those
    end mid-sentence (they evidently go on); at least two end without one, and most of those
    end a sentence; and it is a statute (two or more lines open with a label ``N §``). Then a
    line ending in ``. `` continues its stycke, one ending in ``.`` ends it (docs/annotation.md
    §1.2). Two trailing spaces (Norrbotten) are another mark."""
    labels = sum(1 for line in lines if _STATUTE_LINE_LABEL.match(line.stripped))
    if labels < _MIN_STATUTE_LABELS:
        return False
    pairs = [line for line, following in zip(lines, lines[1:], strict=False)
             if not line.is_blank and not following.is_blank]
    spaced = [line for line in pairs if line.trailing_spaces == 1]
    plain = [line for line in pairs if line.trailing_spaces == 0]
    going_on = sum(1 for line in spaced if not _ends_sentence(line.stripped))
    ending = sum(1 for line in plain if _ends_sentence(line.stripped))
    return (len(spaced) >= _MIN_SPACED_LINES and 2 * going_on > len(spaced)
            and len(plain) >= _MIN_PLAIN_LINES and 2 * ending > len(plain))


def follows_paragraph_signs(previous: Sequence[Line], group: Sequence[Line]) -> bool:
    """Round 24, cause C9: a blank-line block after a block of bare `§ N` label lines (``§ 8``
    ⏎ ``Stadgarna får ändras …`` ⏎⏎ ``Stadgarna ändrades …`` ⏎ ``Den första …``) is
    one paragraph even when each of its lines ends in `.` (docs/annotation.md §1.2): the
    document ends paragraphs with its labels and blank lines, however few the blanks are.
    The block holds no numbered or list line of its own."""
    signed = any(patterns.PARAGRAPH_SIGN.fullmatch(line.stripped) for line in previous)
    return signed and not any(_is_item_or_number(line.stripped) for line in group)


def typical_width(lines: Sequence[Line], minimum_lines: int) -> float | None:
    """The upper quartile of the line widths; with fewer than `minimum_lines` lines (round
    45, w45l) the longest line's, where a line breaks off mid-sentence and goes on in lower
    case: a short print's wrapped line reaches its margin, so its title and its short
    sentence lines before a capital end their blocks as a long print's do."""
    widths = sorted(len(line.text.rstrip()) for line in lines if not line.is_blank)
    if len(widths) >= minimum_lines:
        return statistics.quantiles(widths, n=4)[2]
    if len(widths) >= _MIN_WRAPPED_WIDTH_LINES and _wrapped_lines(lines) > 0:
        return MarginWidth(widths[-1])
    return None


_MIN_WRAPPED_WIDTH_LINES = 3


class MarginWidth(float):
    """Round 45 (w45l): a short print's width read from its longest line (`typical_width`).
    Measured on so few lines it is trusted less: a first line that breaks off at a heading
    link (``Instruktion för verkställande direktören för`` ⏎ ``Ekby Fastigheter AB``) is no
    heading there, the title goes on (`_ends_block`)."""


def paragraph_groups(
    lines: list[Line], options: NormalizeOptions, structured: bool = False
) -> list[list[Line]]:
    """Group content lines into paragraphs using the document's separator convention."""
    double_spaced = not structured and _is_double_spaced(lines, options)
    groups: list[list[Line]] = [[]]
    for index, line in enumerate(lines):
        if line.is_blank:
            is_separator = not double_spaced or _separates_double_spaced(lines, index)
            if is_separator and groups[-1]:
                groups.append([])
            continue
        groups[-1].append(line)
    groups = [group for group in groups if group]
    return groups if structured else _split_att_items(_join_broken_groups(groups))


def _separates_double_spaced(lines: Sequence[Line], index: int) -> bool:
    """In a double-spaced layer one empty line after a line is line spacing; a line holding
    only spaces, or a second empty line in a row (round 44: the paragraph gap), separates."""
    line = lines[index]
    return not line.is_empty or (index > 0 and lines[index - 1].is_empty)


def _join_broken_groups(groups: list[list[Line]]) -> list[list[Line]]:
    """A blank line inside a sentence (a page break in copied PDF text) does not end it:
    ``… leda och samordna`` ⏎⏎ ``förvaltningen av …`` is one paragraph."""
    joined: list[list[Line]] = []
    for group in groups:
        if joined and (
            _breaks_mid_sentence(joined[-1][-1], group[0]) or _splits_title(joined[-1], group)
            or _wraps_capitals_heading(joined[-1], group)
        ):
            joined[-1].extend(group)
        else:
            joined.append(group)
    return joined


def _splits_title(previous: Sequence[Line], group: Sequence[Line]) -> bool:
    """Round 42 (bc-S1): a document-kind noun alone in its block (``Stadgar``,
    ``Reglemente``: actors.yaml `document_kind_nouns`) and a block opening with a lower-case
    title link (``för Ekby bostadsförening``: layout.yaml `title_line_links`) are one title."""
    if len(previous) != 1 or not is_document_kind(previous[0].stripped):
        return False
    first = group[0].stripped.split(maxsplit=1)[0]
    return first.islower() and first.upper() in patterns.TITLE_LINE_LINKS


def _wraps_capitals_heading(previous: Sequence[Line], group: Sequence[Line]) -> bool:
    """Round 51 (ruling b3, analysis 51-by L2): a print's capitals heading wrapped over
    blank-line-separated lines (``ARBETSORDNING FÖR`` ⏎⏎ ``STYRELSEN, VD OCH`` ⏎⏎
    ``REVISORERNA``): a capitals line ending in a preposition or a conjunction
    (`title_line_links`) goes on in the next block when that opens with a capitals line."""
    if not _ends_in_link(previous[-1].stripped):
        return False
    return all(_capitals_words(line.stripped) for line in previous) and _capitals_words(
        group[0].stripped)


def _ends_in_link(text: str) -> bool:
    """A capitals line ending in a preposition or conjunction (`title_line_links`)."""
    if not text[-1:].isupper():
        return False  # cheap gate first: most lines end in a lower-case letter or a mark
    return text.split()[-1] in patterns.TITLE_LINE_LINKS and _capitals_words(text)


def _capitals_words(text: str) -> bool:
    """A line of words in capitals, a comma after a word allowed (``STYRELSEN, VD OCH``)."""
    words = [word.rstrip(",") for word in text.split() if word not in HYPHENS]
    return bool(words) and all(
        word.replace("-", "").isalpha() and word.isupper() for word in words)


_MIN_ATT_ITEMS = 2


def _split_att_items(groups: list[list[Line]]) -> list[list[Line]]:
    """Round 42 (analysis 42-ba, cause 4; docs/annotation.md §1.2): a lead-in line that breaks
    off at a preposition or a colon (``… ska föreningen arbeta för``) over two or more
    unbulleted ``att``-lines, each ending in ``,`` or ``;`` but the last, which ends in
    ``.`` (``att ordna …,`` ⏎⏎ ``att samverka …,`` ⏎⏎ ``att värna om ….``): the lead-in
    never joins its first item, and each item is a block of its own, whether blank lines
    part them or not; so is what follows the last item in its group. One ``att``-line after
    the lead-in is the sentence going on. Round 52 (ruling v1): the `dels att`-lines of an
    amendment preamble (``Regeringen föreskriver i fråga om …`` ⏎ ``dels att …,`` ⏎ ``dels
    att ….``) are such items after a lead-in line of any ending: the correlative marks the
    list; run together on the lead-in's line they stay one paragraph."""
    lines = [(index, line) for index, group in enumerate(groups) for line in group]
    cuts: set[int] = set()  # positions in `lines` where a new group starts
    for position, (_, line) in enumerate(lines[:-1]):
        following = lines[position + 1][1].stripped
        item = patterns.DELS_ATT_ITEM if patterns.DELS_ATT_ITEM.match(following) else None
        # a line, not a block: the lead-in may be a wrapped line in lower case
        if item is None and not (
            line.stripped.endswith(":") or patterns.ends_at_preposition(line.stripped)
        ):
            continue
        starts, end = _att_item_starts(lines, position + 1, item or patterns.ATT_ITEM)
        if len(starts) >= _MIN_ATT_ITEMS:
            cuts.update((*starts, end + 1))
    if not cuts:
        return groups
    split: list[list[Line]] = []
    for position, (index, line) in enumerate(lines):
        if not split or position in cuts or index != lines[position - 1][0]:
            split.append([])
        split[-1].append(line)
    return split


def _att_item_starts(
    lines: list[tuple[int, Line]], position: int, item: re.Pattern[str]
) -> tuple[list[int], int]:
    """The positions of the ``att``-item lines (`item`: ``att …`` or ``dels att …``) from
    `position` on and of the last item's end line, when they make a list
    (`_split_att_items`); else none. An item may wrap onto lower-case lines."""
    starts: list[int] = []
    while position < len(lines) and item.match(lines[position][1].stripped):
        starts.append(position)
        while not patterns.ends_att_item(lines[position][1].stripped):
            position += 1
            if position >= len(lines) or not _starts_lower(lines[position][1].text) or (
                    item.match(lines[position][1].stripped)):
                return [], position
        if lines[position][1].stripped.endswith("."):
            return starts, position
        position += 1
    return [], position


_MAX_CUT_HEADING_WORDS = 5


def _breaks_mid_sentence(last: Line, first: Line) -> bool:
    """The next group opens in lower case, or (round 41, avza-S2: a print with a blank line
    after every line) the line breaks off at a preposition, which cannot end a sentence
    (``… lämna uppgifter till`` ⏎⏎ ``Regeringskansliet.``)."""
    text = last.stripped
    return (
        len(text.split()) > _MAX_CUT_HEADING_WORDS
        and not _NO_HEADING_END.search(text)
        and (_starts_lower(first.text) or _breaks_off_at_link(text))
        and not is_list_start(first.stripped)
        and numbered_marker(first.stripped) is None
    )


def ends_open(text: str) -> bool:
    """Round 45 (w45l, PDF layouts): the line's last word is one after which no sentence,
    heading or item ends (layout.yaml `open_line_ends`: ``och``, ``att``, ``den``,
    ``enligt`` …), so the next line goes on with it, whatever it opens with; not after a
    comma (``… tillsyn, och`` ⏎ ``Beslutar …``: a web list's item) nor alone on its line;
    in any case (``… Och``)."""
    before_last = text.rsplit(maxsplit=1)  # the line before its last word, and that word
    return (
        len(before_last) > 1
        and before_last[-1].casefold() in patterns.OPEN_LINE_ENDS
        and not before_last[0].endswith((",", ";", ":"))
    )


def _breaks_off_at_link(text: str) -> bool:
    """A sentence line (more than five words) that ends in a preposition (layout.yaml
    `prepositions`). Not a coordinator: a web list's line ``… tillsyn, samt`` ⏎⏎ ``Beslutar
    om …`` ends before a capitalised item."""
    words = text.split()
    return len(words) > _MAX_CUT_HEADING_WORDS and words[-1] in patterns.PREPOSITIONS


def _governs_next_line(text: str, following: str) -> bool:
    """Round 52 (analysis 52-av C1): a sentence line that breaks off at a preposition no
    clause strands (no relative or interrogative opener before it, layout.yaml
    `stranding_openers`; no adverb use, `stranding_adverbs`) governs the next line's noun
    phrase (``… en redovisning av sina kostnader till`` ⏎ ``Länsstyrelsen. …``): the line
    goes on, unless the next line is a heading (``… som styrelsen svarar för`` ⏎
    ``Delegering`` ends at the stranded preposition)."""
    if not _breaks_off_at_link(text) or _is_heading_text(following):
        return False
    *before, last = text.casefold().split()
    if last in patterns.STRANDING_ADVERBS:
        return False
    return patterns.STRANDING_OPENERS.isdisjoint(word.strip(",;") for word in before)


def _is_heading_line(line: Line) -> bool:
    text = line.stripped
    return (
        numbered_marker(text) is not None
        and not _NO_HEADING_END.search(text)
        and (len(text.split()) >= 2 and not is_list_start(text))
        and not _breaks_off_at_link(text)  # round 41, avza-S2: ``1 § … lämna uppgifter till``
    )


_DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?")


def continued_numbering_starts(lines: Sequence[Line]) -> frozenset[int]:
    """Round 49 (analysis 49-az C4): the starts of the heading lines (``2.5 Avgifter``: a
    dotted number, a capital, no sentence end) whose number is a next one after the
    document's last numbered heading line before them (``2.4 …``, ``2 …``), wherever the
    blank lines put it: such a line opens a heading, not a sentence's next line."""
    found: set[int] = set()
    last = None
    for line in lines:
        text = line.stripped
        marker = numbered_marker(text) if text[:1].isdigit() else None
        if marker is None or not _is_heading_text(text[len(marker) :].lstrip()):
            continue
        number = reflow.parse_number(marker)
        if number is None:
            continue
        if last is not None and number in reflow.successors(last) and _DOTTED_NUMBER.match(
            marker.strip()
        ):
            found.add(line.start)
        last = number
    return frozenset(found)


@dataclass(frozen=True)
class _GroupLayout:
    """The document's layout that `split_group` reads (see its arguments)."""

    width: float | None
    options: NormalizeOptions
    unwrapped: bool
    blank_separated: bool
    space_continues: bool
    sentence_lines: bool
    numbered: frozenset[int]


@dataclass(frozen=True)
class _GroupRuns:
    """The runs of a group's lines read before its lines are split: lettered labels
    (`letter_run_lines`), resumed list labels (`resumed_list_starts`), unmarked items
    (`_bare_item_lines`), and the first line ending in a colon (a lead-in; else the
    group's length)."""

    lettered: set[int]
    resumed: dict[int, str]
    bare_items: set[int]
    lead_in: int
    cover_ends: frozenset[int] = frozenset()


def split_group(
    group: list[Line],
    width: float | None,
    options: NormalizeOptions,
    unwrapped: bool = False,
    blank_separated: bool = False,
    space_continues: bool = False,
    sentence_lines: bool = False,
    numbered: frozenset[int] = frozenset(),
) -> list[list[Line]]:
    """Split a paragraph group into blocks at headings, list items and paragraph ends.

    ``blank_separated``: the document ends paragraphs with blank lines, so in unwrapped text
    the sentence-final lines of one group stay one paragraph. ``space_continues``: the
    document marks a stycke's continuation by one trailing space (`continues_with_space`).
    ``sentence_lines``: a `§`-numbered text printed one sentence a line
    (`keeps_sentence_lines`): in wrapped text too, a short sentence line ends no paragraph.
    ``numbered``: the starts of the lines that go on with the document's numbering
    (`continued_numbering_starts`): each a heading block of its own.
    """
    layout = _GroupLayout(
        width, options, unwrapped, blank_separated, space_continues, sentence_lines, numbered
    )
    return _split_group(group, layout)


def _split_group(group: list[Line], layout: _GroupLayout) -> list[list[Line]]:
    kept = _kept_blocks(group, layout)
    return kept if kept is not None else _split_lines(group, layout)


def _kept_blocks(group: list[Line], layout: _GroupLayout) -> list[list[Line]] | None:
    """The blocks of a group with lines kept whole (viewer lines, a web page's field or role
    block, a statute's field run), the rest split; None where the group has none."""
    viewer = [index for index, line in enumerate(group) if is_viewer_line(line.stripped)]
    if viewer and len(group) > 1:  # round 42, bb-S6: each viewer line a block of its own
        bounds = sorted({0, *viewer, *(index + 1 for index in viewer), len(group)})
        return [
            block
            for start, end in zip(bounds, bounds[1:], strict=False)
            for block in (
                [group[start:end]] if start in viewer else _split_group(group[start:end], layout)
            )
        ]
    if len(group) > 1 and _before_registration_field(group[0].stripped, group[1].stripped):
        return [group[:1], *_split_group(group[1:], layout)]  # round 58 (newuser58 fault 1)
    if _is_field_block(group):
        return [group]  # round 29, cause S3: a web page's metadata block is one paragraph
    if _is_role_block(group):
        return [group]  # round 41, ay-C12: ``Ordförande Eva Lind`` ⏎ ``I viceordförande …``
    if (run := statute_field_run([line.stripped for line in group])) is not None:
        start, end = run  # round 33, cause S4: ``Departement`` ⏎ ``Finansdepartementet`` ⏎ …
        split = [group[:start], group[start:end], group[end:]]
        return [
            block
            for index, part in enumerate(split) if part
            for block in ([part] if index == 1 else _split_group(part, layout))
        ]
    return None


def _group_runs(group: list[Line], layout: _GroupLayout) -> _GroupRuns:
    texts = [line.stripped for line in group]
    return _GroupRuns(
        lettered=letter_run_lines(texts),
        resumed=resumed_list_starts(texts),
        bare_items=_bare_item_lines(
            group, layout.width, layout.unwrapped, layout.blank_separated
        ),
        # round 43: from a colon lead-in on, short lines are items (``Val av ordförande.``)
        lead_in=next((i for i, text in enumerate(texts) if text.endswith(":")), len(group)),
        cover_ends=cover_stamp_ends(texts),
    )


_MIN_COVER_LINES = 2  # one status word alone may be a wrapped sentence's first word


def cover_stamp_ends(texts: Sequence[str]) -> frozenset[int]:
    """Round 52 (z-C1; §1.2 round 20 S2/S3): the lines after which a block ends where a
    group opens with a run of at least two cover-field lines (`normalize.cover`:
    ``BESLUT`` ⏎ ``2019-11-30`` ⏎ ``B 4 2210/19`` ⏎ ``Reviderad 2020-01-15``), each a block of
    its own (so is a line in capitals above it: ``EKBY KOMMUN``), then the title: one
    heading-shaped line without a finite verb before a capital, or one ending in a heading
    link (layout.yaml `heading_links`: ``Reglemente för`` ⏎ ``kommunens pensionärsråd``)
    joined with the next line; in wrapped text the first
    paragraph opens after it. Empty where the group opens otherwise."""

    start = int(bool(texts) and _capitals_line(texts[0]))  # ``EKBY KOMMUN`` above it
    run = start
    while run < len(texts) and is_cover_fields(texts[run]):
        run += 1
    if run - start < _MIN_COVER_LINES or run + 1 >= len(texts):
        return frozenset()
    return frozenset(range(run)) | _cover_title_end(texts, run)


def _cover_title_end(texts: Sequence[str], title: int) -> frozenset[int]:
    """The title's last line after a cover stamp (see `cover_stamp_ends`), or nothing."""
    first = texts[title]
    if not _is_heading_text(first) or _has_finite_verb(first):
        return frozenset()
    last = title
    if first.rsplit(maxsplit=1)[-1].casefold() in patterns.HEADING_LINKS:
        last = title + 1
        second = texts[last]
        if _ends_sentence(second) or _has_finite_verb(second) or ":" in second:
            return frozenset()
    if last + 1 >= len(texts) or not _starts_upper(texts[last + 1]):
        return frozenset()
    return frozenset({last})


def _split_lines(group: list[Line], layout: _GroupLayout) -> list[list[Line]]:
    """The group's lines cut into blocks where a line opens one or the block ends after
    a line; `in_heading`: the block opens with a heading line, `outer_item`: the text of
    the item a lettered run under it goes back to."""
    blocks: list[list[Line]] = [[]]
    in_heading = False
    runs = _group_runs(group, layout)
    outer_item = group[0].stripped if group else ""
    for index, line in enumerate(group):
        text = line.stripped
        if _starts_block(group, index, blocks[-1], in_heading, outer_item, runs, layout):
            blocks.append([])
            in_heading = False
        if not blocks[-1]:
            if index not in runs.lettered:  # the item a lettered run under it goes back to
                outer_item = _FIRST_NUMBER if index in runs.resumed else text
            # round 43 (43-bf cause 1): ``§ 5 Nämnden sammanträder i X`` is no heading
            in_heading = _is_heading_line(line) and not (
                layout.sentence_lines and _has_finite_verb(text)
            )
        blocks[-1].append(line)
        if index + 1 == len(group):
            continue
        if len(blocks[-1]) == 1 and _paragraph_after_item(line, group[index + 1]):
            blocks.append([])
            in_heading = False
            continue
        if _ends_after(group, index, blocks[-1], in_heading, runs, layout):
            blocks.append([])
            in_heading = False
    return [block for block in blocks if block]


def _starts_block(
    group: list[Line],
    index: int,
    block: list[Line],
    in_heading: bool,
    outer_item: str,
    runs: _GroupRuns,
    layout: _GroupLayout,
) -> bool:
    """Whether line `index` opens a new block after the lines of `block`."""
    if not block or not index:
        return False
    line, previous = group[index], group[index - 1]
    following = group[index + 1] if index + 1 < len(group) else None
    text = line.stripped
    if _continues_heading_line(previous.stripped, text):  # round 38, at-S4
        return False
    starts = (
        _opens_marked_line(index, line, previous, following, runs, layout.numbered)
        or (
            numbered_marker(text) is not None
            and (
                _ends_sentence(previous.stripped)
                or in_heading
                or _continues_numbering(block[0].stripped, text)
                # round 47 (47-bo B1): ``3. Beslut om`` ⏎ ``a. …`` ⏎ ``b. …`` ⏎ ``4. …``
                or (index - 1 in runs.lettered and _continues_numbering(outer_item, text))
            )
        )
        or (
            not layout.unwrapped
            and _is_heading_after_sentence(previous, line, layout.width, layout.options)
            and not (layout.sentence_lines and _has_finite_verb(text))
        )
    )
    if starts and index in runs.resumed and is_bare_first_label(previous.stripped):
        return False  # ``l.`` ⏎ ``Godkännande av …``: one item
    if starts and wrapped_field_date(previous.stripped, text):
        return False  # round 50 (50-bu L1): ``Senast uppdaterad:`` ⏎ ``8 maj …``
    return starts


def _opens_marked_line(
    index: int,
    line: Line,
    previous: Line,
    following: Line | None,
    runs: _GroupRuns,
    numbered: frozenset[int],
) -> bool:
    """Whether line `index` opens a block by a mark of its own: a list label, a lettered or
    resumed run, a stycke label, an issue date, a paragraph sign, a continued number."""
    text = line.stripped
    return (
        is_list_start(text)
        or index in runs.lettered  # round 44 (newuser44): ``a.`` ⏎ ``b.`` in order
        or index in runs.resumed  # round 47 (47-bo B1): ``l. …`` ⏎ ``2. …`` ⏎ ``3. …``
        or index - 1 in runs.resumed
        or (index + 1 in runs.resumed and is_bare_first_label(text))  # ``l.`` ⏎ item
        or glued_dash_item(previous.stripped, text, following.stripped if following else "")
        # round 38, S1: ``att`` ⏎ ``-ge``; round 50 (50-bw B1): ``•förvalta`` ⏎ ``•föra``
        or bool(patterns.STYCKE_LABEL.match(text))  # round 33, S1: ``[S2]…``
        or bool(_ISSUE_DATE_LINE.fullmatch(text))  # round 38, at-S3: ``utfärdad den …``
        or _is_bare_sign(text)  # round 40, aw-S1: a ``§ N`` line labels what follows
        or line.start in numbered  # round 49, az C4: ``2.4 …`` … ``2.5 Avgifter``
        or reflow.fused_counter(text) is not None  # round 41, aw-S2: ``3(6) …``
        or _heads_bare_sign(previous.stripped, text, following)
    )


def _ends_after(
    group: list[Line],
    index: int,
    block: list[Line],
    in_heading: bool,
    runs: _GroupRuns,
    layout: _GroupLayout,
) -> bool:
    """Whether `block` ends after line `index` (a next line follows it in the group)."""
    line, following = group[index], group[index + 1]
    text = line.stripped
    if _indented_under_item(block[0], following):
        return False  # round 29, cause S2: the item's next sentence, indented under its text
    if _continues_heading_line(text, following.stripped):
        return False  # round 38, at-S4: ``UTKAST - STADGAR`` ⏎ ``FÖR …``; ``Kapitel`` ⏎ ``1 …``
    ends = _ends_by_layout(index, line, following, block, in_heading, runs, layout)
    ends = ends or _ends_before_mark(line, following, layout.numbered)
    # round 55 (55-ci L1): a page footer at the line's end (``… 2029-04-16 1``) ends the page
    ends = ends or reflow.page_footer_start(text) is not None
    if ends and _referenced_adoption(f"{text} {following.stripped}"):
        ends = False  # round 40, aw-S3: ``2020-01-10 KFN § 4`` ⏎ ``Antaget i KF 2020-…``
    if ends and following.stripped[:1] == "(" and _AMENDMENT_NUMBER.match(following.stripped):
        ends = False  # round 37, ar-S3: ``… ärendena. Förordning`` ⏎ ``(2031:12).``
    if layout.space_continues:  # round 36, T2: ``3 § Nämnden får besluta. `` ⏎ ``Beslutet …``
        ends = line.trailing_spaces != 1 and (ends or _ends_sentence(text))
    if ends and index + 1 in runs.resumed and is_bare_first_label(text):
        ends = False  # the bare label goes on in its item's text
    if ends and wrapped_field_date(text, following.stripped):
        ends = False  # round 50 (50-bu L1): the field label's date on the next line
    return bool(ends)


def _ends_by_layout(
    index: int,
    line: Line,
    following: Line,
    block: list[Line],
    in_heading: bool,
    runs: _GroupRuns,
    layout: _GroupLayout,
) -> bool:
    """Whether the block ends after `line` by the document's layout: an unwrapped line's
    end, a wrapped paragraph's, a colon lead-in's unmarked items, a sign sentence's items."""
    if layout.unwrapped:
        # Where blank lines end paragraphs, a paragraph's sentence-final lines stay
        # together (docs/annotation.md §1.2); a list item or numbered block still ends.
        joins = layout.blank_separated and not _opens_item(block[0].stripped)
        ends = _ends_unwrapped_line(line, following, joins)
    else:
        ends = _ends_block(
            line, following, in_heading, layout.width, layout.options, len(block) == 1
        )
        if (
            layout.sentence_lines
            and index < runs.lead_in
            and not _opens_item(block[0].stripped)
        ):
            ends = ends and not _joins_sentence_line(block[0], line, following)
    # round 48 (48-y A): a colon lead-in and each of its unmarked items end a block
    ends = ends or index in runs.bare_items or index + 1 in runs.bare_items
    ends = ends or index in runs.cover_ends  # round 52 (z-C1): a cover stamp, then the title
    if (layout.unwrapped or layout.sentence_lines) and _opens_sign_sentence(block[0].stripped):
        # round 43: ``2 § Myndigheten ska`` ⏎ ``1. följa upp …`` is a lead-in of its items
        ends = ends or _is_item_or_number(following.stripped)
    return ends


def _ends_before_mark(line: Line, following: Line, numbered: frozenset[int]) -> bool:
    """Whether the block ends before a marked line: a section heading, a bare paragraph
    sign, after a continued numbered heading, between office-holder lines."""
    return (
        _ends_at_section_heading(line, following)
        # round 49 (az C4): the numbered heading ends before a capital (a wrapped row goes on)
        or (line.start in numbered and not _starts_lower(following.text))
        or (_is_bare_sign(following.stripped) and not _is_bare_sign(line.stripped))
        # round 50 (bt b4): ``Ordförande är Eva Lund (S)`` ⏎ ``vice ordförande är …``
        or (is_office_holder_line(line.stripped) and is_office_holder_line(following.stripped))
        or _before_registration_field(line.stripped, following.stripped)
    )


def _before_registration_field(text: str, following: str) -> bool:
    """Round 58 (newuser58 fault 1): a metadata line opening with a registration field
    (`patterns.registration_field`: ``Dnr KS 2026/114``, ``Diarienummer 2026/114``) is a
    field of its own, never the wrapped last line of a title or paragraph above it: the
    block ends before it, unless the line above is metadata too (one block,
    `_continues_metadata`) or breaks off open or hyphenated (``… enligt`` ⏎ ``Dnr …``)."""
    if patterns.registration_field().match(following) is None:
        return False
    return (
        is_metadata_line(following)
        and not is_metadata_line(text)
        and not ends_open(text)
        and not text.endswith(tuple(HYPHENS))
    )


def _bare_item_lines(
    group: list[Line], width: float | None, unwrapped: bool, blank_separated: bool
) -> set[int]:
    """Round 48 (48-y A): the group's unmarked item lines after a colon lead-in
    (`bare_list_items`) in unwrapped text one line a paragraph, and in the blank-line groups
    of a print where the writer broke the lines (`_kept_breaks`). In unwrapped text whose
    blank lines end paragraphs, a group's lines stay one paragraph (docs/annotation.md
    §1.2); its capitalised item lines still end there (`_ends_unwrapped_line`). Round 48
    (nu48b fault 1): a group there that opens with its heading (``§ 2 Ändamål`` ⏎
    ``Föreningen ska`` ⏎ ``främja …``) is a section, its lines the writer's; the lead-in may
    lack its colon (`breaks_off_lead_in`)."""
    if not unwrapped and not blank_separated:
        return set()
    if unwrapped and blank_separated and not _opens_with_heading(group):
        return set()
    if not any(line.stripped.endswith(":") or breaks_off_lead_in(line.stripped) for line in group):
        return set()
    texts = [line.stripped for line in group]
    if unwrapped or width is None:
        return bare_list_items(texts)
    return bare_list_items(texts, _kept_breaks(group, width))


def _opens_with_heading(group: list[Line]) -> bool:
    """The group's first line is a heading of the lines after it, no lead-in of its own."""
    first = group[0].stripped
    if len(group) < 2 or is_lead_in_line(first):
        return False
    labelled = patterns.NUMBERED_HEAD.match(first) is not None  # ``§ 2 Ändamål``
    return _is_heading_text(first) or (labelled and not _NO_HEADING_END.search(first))


def _kept_breaks(group: list[Line], width: float) -> list[bool]:
    """Per line of a width-wrapped group: the break after it is the writer's, not the
    margin's: the line is longer than the print's width (a web line), or the next line's
    first word would have fit on it (``Nämnden ska:`` ⏎ ``besluta …``)."""
    kept: list[bool] = []
    for line, following in zip(group, group[1:], strict=False):
        length = len(line.text.rstrip())
        first_word = following.stripped.split(maxsplit=1)[0] if following.stripped else ""
        kept.append(length > width or length + 1 + len(first_word) <= width)
    return [*kept, True]


# Round 38, cause at-S4: a part label's word alone on its line before its numeral and heading
# (``Kapitel`` ⏎ ``1 Allmänna bestämmelser.``), and the words that open the second line of a
# title in capitals (``UTKAST - STADGAR`` ⏎ ``FÖR EKBY STIFTELSE``: layout.yaml
# `title_line_links`).
_LONE_PART_WORD = re.compile(r"(?:AVDELNING|KAPITEL|DEL|Avdelning|Kapitel|Del)")
_PART_NUMBER = re.compile(rf"(?:{patterns.ROMAN}|\d{{1,3}})\.?\s+\S")


def _capitals_line(text: str) -> bool:
    words = [word for word in text.split() if word not in HYPHENS]
    return bool(words) and all(
        word.replace("-", "").isalpha() and word.isupper() for word in words)


def _capitals_title_before_lower(text: str, following: str) -> bool:
    """Round 48 (analysis 48-bq cause 10): a title of two or more words in capitals ends its
    line where a lower-case line follows (``STADGAR FÖR EKBY SEGELKLUBB`` ⏎ ``antagna vid
    …``): a heading is no sentence that goes on; a link word on either side
    (`title_line_links`: ``STADGAR FÖR`` ⏎ ``ekby …``, ``STADGAR`` ⏎ ``för …``) keeps one title."""
    if not _starts_lower(following) or not text[-1:].isalpha() or not text.isupper():
        return False  # cheap gates first: most lines hold lower-case letters
    words = text.split()
    next_word = following.split(maxsplit=1)[0].upper()
    return (
        len(words) >= 2
        and _capitals_line(text)
        and words[-1] not in patterns.TITLE_LINE_LINKS
        and next_word not in patterns.TITLE_LINE_LINKS
    )


def _continues_heading_line(text: str, following: str) -> bool:
    """Round 38, cause at-S4: the next line goes on with this heading line: a part label's
    word alone before its numeral (``Kapitel`` ⏎ ``1 Allmänna bestämmelser.``: the label
    ``Kapitel 1``), or a title in capitals whose second line in capitals opens with a
    preposition or conjunction (``UTKAST - STADGAR`` ⏎ ``FÖR NORRSKEN STIFTELSEN``)."""
    if _LONE_PART_WORD.fullmatch(text):
        return bool(_PART_NUMBER.match(following))
    if _ends_in_link(text) and _capitals_words(following):
        return True  # round 51 (b3): ``ARBETSORDNING FÖR`` ⏎ ``STYRELSEN, VD OCH`` ⏎ …
    return (following.split(maxsplit=1)[0] in patterns.TITLE_LINE_LINKS if following
            else False) and (
        _capitals_line(text) and _capitals_line(following))


# An amendment note's statute number wrapped onto the next line (round 37, cause ar-S3):
# ``Nämnden prövar ärendena. Förordning`` ⏎ ``(2031:12).`` is one clause.
_BARE_SIGN = re.compile(r"§\s?\d{1,3}\s?[a-z]?\.?")
_MAX_SIGN_HEADING_WORDS = 6


def _is_bare_sign(text: str) -> bool:
    """A line that is only a paragraph label ``§ 3`` (docs/annotation.md §1.2)."""
    return bool(_BARE_SIGN.fullmatch(text))


def _heads_bare_sign(previous: str, text: str, following: Line | None) -> bool:
    """Round 40 (aw-S1): a short capitalised line without a final stop, after a sentence
    and before a bare ``§ N`` line, is that paragraph's heading (``Sammansättning``)."""
    return (
        following is not None
        and _is_bare_sign(following.stripped)
        and _ends_sentence(previous)
        and _starts_upper(text)
        and not _ends_sentence(text)
        and len(text.split()) <= _MAX_SIGN_HEADING_WORDS
    )


_AMENDMENT_NUMBER = re.compile(r"\(\d{4}:\d+\)\.?$")

_MIN_FIELD_LABELS = 2
_MAX_FIELD_WORDS = 3
# A date in a field value: ``2023-04-12``, ``12 april 2023`` (the month checked by name).
_FIELD_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2} (?P<month>[a-zåäö]+) \d{4}\b")


@patterns.layout_cache(1)
def _field_labels() -> frozenset[tuple[str, ...]]:
    """grammar.yaml `metadata_labels` and layout.yaml `web_field_labels`, word by word."""
    from pipeline.language.grammar import GRAMMAR

    web = (tuple(label.split()) for label in patterns.active_layout().web_field_labels)
    return frozenset({*GRAMMAR.metadata_labels, *web})


# ``<role> är <Name> (<party>)``: a role phrase, the copula, two to four capitalised name
# words and a party code in brackets closing the line.
_HIDDEN = "\u200b"  # a hidden mark or link label (markdown_marks, web_chrome), no character
_OFFICE_HOLDER = re.compile(
    rf"(?P<role>[\w -]+?) (?:är|var) [A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+){{1,3}} "
    rf"\({patterns.PARTY_CODE}\)"
)


def is_office_holder_line(text: str) -> bool:
    """Round 50 (analysis 50-bt, ruling b4): a line naming an office's holder, ``<role> är
    <Name> (<party>)``, whose role phrase ends in an actor noun (``förste vice ordförande är
    Eva Lund (S)``): the party's bracket closes its clause, upper or lower case."""
    from pipeline.normalize.words import is_actor_noun

    match = _OFFICE_HOLDER.fullmatch(text.replace(_HIDDEN, "") if _HIDDEN in text else text)
    return match is not None and is_actor_noun(match.group("role").split()[-1])


def is_byline(text: str) -> bool:
    """Round 50 (analysis 50-bt, ruling b5): a byline, a web field label with ``av`` and a
    colon before its author (``Publicerad av: Eva Lund``, ``Senast ändrad av: …``): a field
    line of its own, never joined to the update line under it."""
    label, colon, value = text.partition(":")
    words = label.casefold().split()
    return (bool(colon) and bool(value.strip()) and len(words) >= 2 and words[-1] == "av"
            and tuple(words[:-1]) in _field_labels())


def _opens_with_label(text: str) -> bool:
    words = [word.rstrip(":").casefold() for word in text.split()[:_MAX_FIELD_WORDS]]
    labels = _field_labels()
    return text[:1].isupper() and any(
        tuple(words[:size]) in labels for size in range(1, len(words) + 1))


def _is_field_block(group: list[Line]) -> bool:
    """Round 29, cause S3 (docs/annotation.md §2.5 "Cover-page metadata fields"): a
    blank-line block of two or more lines that holds a web page's metadata fields
    (``Organisation`` ⏎ ``Kultur- och fritidsförvaltningen`` ⏎ ``Publicerad`` ⏎
    ``2023-04-12`` …, or ``Publicerad 2022-11-02`` ⏎ ``Senast ändrad …`` one field a line):
    no line ends a sentence or holds a finite verb or a bullet, two lines or more open
    with a field label, and a value is a date. It is one paragraph, never a heading per
    label."""
    texts = [line.stripped for line in group if not line.is_blank]
    if len(texts) < _MIN_FIELD_LABELS or any(
            _ends_sentence(text) or is_list_start(text) or is_byline(text) for text in texts):
        return False
    if any(finite_verb(word) for text in texts for word in text.split()):
        return False
    dated = any(
        match.group("month") is None or match.group("month") in patterns.MONTH_NAMES
        for text in texts for match in _FIELD_DATE.finditer(text))
    return dated and sum(map(_opens_with_label, texts)) >= _MIN_FIELD_LABELS


_ROMAN_ORDINAL = re.compile(rf"{patterns.SMALL_ROMAN}\.?")
_PERSON_CATEGORIES = frozenset({"förtroendevald", "tjänsteperson"})
_NAME_WORDS = (2, 3)  # a first name and one or two surnames


def _is_role_block(group: list[Line]) -> bool:
    """Round 41 (analyst ay, cause C12): a blank-line block of two or more lines, each a
    role and the holder's name without a colon (``Ordförande Eva Lind`` ⏎ ``I
    viceordförande Per Ström`` ⏎ ``II viceordförande Lisa Holm``), is one paragraph like a
    block of ``Roll: Namn`` lines (docs/annotation.md §1.2), never a heading per line."""
    texts = [line.stripped for line in group if not line.is_blank]
    return len(texts) >= _MIN_FIELD_LABELS and all(map(_is_role_name_line, texts))


def _is_role_name_line(text: str) -> bool:
    """An optional roman ordinal, a person's role the actor lexicon knows, then two or three
    capitalised name words."""
    words = text.split()
    if words and _ROMAN_ORDINAL.fullmatch(words[0]):
        words = words[1:]
    if not words or not _NAME_WORDS[0] <= len(words) - 1 <= _NAME_WORDS[1]:
        return False
    names = words[1:]
    if not all(name[:1].isupper() and name.replace("-", "").isalpha() for name in names):
        return False
    analysis = actor_lexicon().analyse(words[0])
    return analysis is not None and analysis[1].category in _PERSON_CATEGORIES


_MIN_STATUTE_FIELDS = 2
_MAX_FIELD_VALUE_WORDS = 8


def _is_statute_label(text: str) -> bool:
    """A statute page's field label or (round 40, aw-S3) a cover's document-info label."""
    label = text.rstrip(":").casefold()
    return text[:1].isupper() and (
        label in patterns.STATUTE_FIELD_LABELS or label in patterns.COVER_FIELD_LABELS
    )


def is_field_label_line(text: str) -> bool:
    """A line that is a statute's or a cover's field label alone (``Utgåva``, ``SFS nr``):
    a bare number on the next line is its value, no page number (round 56, 56b-cl L1)."""
    return _is_statute_label(text.strip())


_MAX_LABEL_WORDS = 3


def follows_field_label(text: str, at: int) -> bool:
    """Round 40 (aw-S3): the words right before `at` are a field label (``Dokumentnamn``
    ⏎ the title as its value): a title repeated there is the field's value, no heading."""
    words = text[:at].split()[-_MAX_LABEL_WORDS:]
    return any(_is_statute_label(" ".join(words[index:])) for index in range(len(words)))


def _is_field_value(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _MAX_FIELD_VALUE_WORDS
        and not _is_statute_label(text)
        and not text.endswith(":")
        and patterns.STYCKE_LABEL.match(text) is None
        and not any(finite_verb(word) for word in words)
    )


def statute_field_run(texts: Sequence[str]) -> tuple[int, int] | None:
    """Round 33, cause S4: a statute page's field block printed one label or value a line,
    labels without colons (``SFS nr`` ⏎ ``2001:100`` ⏎ ``Departement`` ⏎
    ``Finansdepartementet`` ⏎ ``Utfärdad`` ⏎ ``2001-05-03`` …; layout.yaml
    `statute_field_labels`): the first run of two or more label lines, each followed by one
    value line (a few words, no finite verb), or ``Label: value`` lines (round 37), and a
    last label line of the group whose value was lost (round 38, at-S2), as
    [start, end) line indices; it is one metadata block (docs/annotation.md §1.2). A label
    may hold several value lines before the next label (round 52, `_further_values`)."""
    for start in range(len(texts) - 1):
        end = fields = start
        while end < len(texts):
            # round 37, ar-S1: ``Utfärdad: 2031-05-12``; round 56, 56b-cl L1: ``Utgåva 1.0``
            if _colon_statute_field(texts[end]) or _one_line_statute_field(texts[end]):
                end += 1
            elif (end + 1 < len(texts) and _is_statute_label(texts[end])
                  and _is_field_value(texts[end + 1])):
                end += 2 + _further_values(texts, end + 2)
            elif end > start and end + 1 == len(texts) and _is_statute_label(texts[end]):
                end += 1  # round 38, at-S2: a last label whose value was lost (``Senast hämtad``)
            elif (end + 1 < len(texts) and _is_colon_label(texts[end])
                  and _is_field_value(texts[end + 1])):
                end += 2  # round 38, S2: ``Beslutsdatum:`` ⏎ ``2021-03-01`` on a web page
            else:
                break
            fields += 1
        if fields - start >= _MIN_STATUTE_FIELDS:
            return start, end
    return None


def _further_values(texts: Sequence[str], start: int) -> int:
    """Round 52 (analysis 52-al S1): a label's further value lines from `start` (``Upphäver``
    ⏎ one repealed act a line), counted only where another label line follows them: a short
    line after the last field may be the next heading."""
    end = start
    while end < len(texts) and _is_field_value(texts[end]):
        end += 1
    return end - start if end < len(texts) and _is_statute_label(texts[end]) else 0


def _is_colon_label(text: str) -> bool:
    """``Beslutande instans:`` alone on its line: a web page's field label (grammar.yaml
    `metadata_labels`, layout.yaml `web_field_labels`) and its colon, the value on the next
    line (round 38, cause S2; docs/annotation.md §1.2)."""
    if not text.endswith(":") or not text[:1].isupper():
        return False
    words = tuple(text[:-1].casefold().split())
    return 0 < len(words) <= _MAX_FIELD_WORDS and words in _field_labels()


# A date opening a line: a day 1–31 and a month name (``8 maj 2031``, ``14 mars``).
_DAY_MONTH_START = re.compile(r"(?P<day>[1-9]|[12]\d|3[01])\s+(?P<month>[a-zåäö]+)\b")


def starts_with_date(text: str) -> bool:
    """Round 50 (analysis 50-bu, L1): a line opening with a day number and a month name
    (layout.yaml `month_names`: ``8 maj 2031``) opens with a date, no list or section label."""
    match = _DAY_MONTH_START.match(text)
    return match is not None and match.group("month") in patterns.MONTH_NAMES


def wrapped_field_date(text: str, following: str) -> bool:
    """Round 50 (analysis 50-bu, L1): a web page's field label alone on its line with its
    colon (`_is_colon_label`: ``Senast uppdaterad:``) and a date on the next line
    (`starts_with_date`): one field line, the date the label's value, never an item ``8``."""
    return _is_colon_label(text) and starts_with_date(following)


def _colon_statute_field(text: str) -> bool:
    """``Upphävd: 2035-01-01``, ``Författningen har upphävts genom: SFS 2034:9``: a statute
    field label, its colon and its value on one line (round 37, cause ar-S1)."""
    label, colon, value = text.partition(":")
    return bool(colon) and _is_statute_label(label.strip()) and _is_field_value(value.strip())


def _ends_at_section_heading(line: Line, following: Line) -> bool:
    """A title line printed twice in a row, and a one-word section heading of a protocol or
    case memo on a line of its own (layout.yaml `section_headings`: ``Beslut``,
    ``Ärendet``), end a block before and after them (round 21, cause A2b): ``Avtal om
    tillsyn`` ⏎ ``Avtal om tillsyn`` ⏎ ``Beslut`` ⏎ ``Nämnden ska …`` is four blocks."""
    text, next_text = line.stripped, following.stripped
    if text.endswith(tuple(HYPHENS)) or not _starts_upper(next_text):
        return False
    if text == next_text and _is_heading_text(text):
        words = text.split()  # a title: no finite verb, not cut before a link word
        return words[-1] not in patterns.HEADING_LINKS and not any(map(finite_verb, words))
    return _is_section_heading(text) or _is_section_heading(next_text)


def _is_section_heading(text: str) -> bool:
    """One Title-case word of layout.yaml `section_headings`, nothing else on the line."""
    return (
        text[:1].isupper()
        and text[1:].islower()
        and text.casefold() in patterns.SECTION_HEADINGS
    )


_MAX_NAME_ITEM_WORDS = 6


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())  # any space: a web page's NBSP too


def _paragraph_after_item(item: Line, following: Line) -> bool:
    """A short verbless list item (``•  Förbundsstyrelsen``, a name) is no line of the
    paragraph printed under the list without a blank line: a line back at the bullet's
    indent or left of it, capitalised and holding a finite verb (or a sentence end), starts a
    paragraph. An item's own next line is indented under its text, starts in lower case,
    or follows an item line that reached the margin (a long one, with words to go on)."""
    text, next_text = item.stripped, following.stripped
    if not is_list_start(text) or is_list_start(next_text) or not _starts_upper(next_text):
        return False
    words = text.split()[1:]
    name = (
        0 < len(words) <= _MAX_NAME_ITEM_WORDS
        and not _NO_HEADING_END.search(text)
        and not any(word in patterns.SENTENCE_VERBS for word in words)
    )
    sentence = _ends_sentence(next_text) or any(
        word in patterns.SENTENCE_VERBS for word in next_text.split()
    )
    if not (name and sentence or _sentence_after_phrase_item(words, next_text)):
        return False
    return _indent(following) <= _indent(item)


def _sentence_after_phrase_item(words: list[str], next_text: str) -> bool:
    """Round 52 (nu52b, fault 5): a list's last item that goes on from a colon lead-in
    (an infinitive or noun phrase: lower-case, no finite verb first) and ends its sentence
    (``- följa upp utfallet.``) has ended the list where the next line is a sentence of its
    own: capitalised, with a finite verb (layout.yaml `sentence_verbs`) after its first
    word (its subject or a fronted phrase: ``Direktören får …``) and ending a sentence."""
    if not words or not words[0][:1].islower() or words[0] in patterns.SENTENCE_VERBS:
        return False
    if not _ends_sentence(" ".join(words)) or not _ends_sentence(next_text):
        return False
    return any(word in patterns.SENTENCE_VERBS for word in next_text.split()[1:])


def _indented_under_item(item: Line, following: Line) -> bool:
    """Round 29, cause S2 (docs/annotation.md §1.2): a line with no bullet or number,
    indented deeper than the bullet line that opens the block and printed right under it
    (no blank line between), continues that list item (``• Nämnden ska fastställa planen.``
    ⏎ ``    Planen bör ses över varje år.``), even where every line of the text is a clause
    of its own. A new bullet or number, or a line after a blank line, opens a block.
    Round 43 (be-C10): so does a line under a numbered item that ends a sentence (`` 1.
    Rektor avgör ….`` ⏎ ``   Rektors befogenheter …``), also in a text of long lines; under
    a numbered heading (no stop: `` 5. Övriga frågor``) the indented line is its paragraph,
    and a centred heading under an item (no verb, no stop) is no sentence of the item."""
    text = following.stripped
    numbered = _numbered_sentence(item.stripped) and _sentence_line(text)
    return (
        (is_list_start(item.stripped) or numbered)
        and bool(text)
        and not is_list_start(text)
        and numbered_marker(text) is None
        and _indent(following) > _indent(item)
    )


def _numbered_sentence(text: str) -> bool:
    """A numbered item whose text ends a sentence (``1. Rektor avgör ärenden.``)."""
    return numbered_marker(text) is not None and _ends_sentence(text)


def _sentence_line(text: str) -> bool:
    """A line that ends a sentence or holds a finite verb (layout.yaml `sentence_verbs`)."""
    return _ends_sentence(text) or any(word in patterns.SENTENCE_VERBS for word in text.split())


def _continues_numbering(block_start: str, text: str) -> bool:
    """``2. framställningar …`` on the line after item ``1. …``: the next item."""
    before, after = numbered_marker(block_start), numbered_marker(text)
    first = reflow.parse_number(before) if before else None
    number = reflow.parse_number(after) if after else None
    return first is not None and number is not None and number in reflow.successors(first)


def _ends_unwrapped_line(line: Line, following: Line, joins_sentences: bool = False) -> bool:
    """In unwrapped text a line break ends a block unless the line is cut mid-sentence.

    Where blank lines separate paragraphs (``joins_sentences``), the lines of one group are
    one paragraph (docs/annotation.md §1.2): a break ends a block only at a heading line.
    """
    text = line.stripped
    if _capitals_title_before_lower(text, following.text):
        return True
    if text.endswith(tuple(HYPHENS)) or _starts_lower(following.text) or ends_open(text):
        return False
    if _governs_next_line(text, following.stripped):
        return False
    if _sentence_after_row(text, following.stripped):
        return True
    if _continues_metadata(text, following):
        return False
    if joins_sentences:
        return _is_heading_text(text) or _is_heading_text(following.stripped)
    return (_ends_sentence(text) or len(text.split()) <= 12
            or _ends_inline_list(text, following)
            or _title_before_numbered_line(text, following.stripped))  # round 58, cs C7


# A line opening with a section label and a capital: ``1. Inledning``, ``2.1 Styrelsen ska``,
# ``§ 1 Nämnderna ska`` (a year or a counted number has more digits or a lower-case word).
_NUMBERED_LINE_START = re.compile(r"(?:§\s*\d{1,3}|\d{1,2}(?:\.\d{1,2})*\.?)\s+[A-ZÅÄÖ]")


def _title_before_numbered_line(text: str, following: str) -> bool:
    """Round 58 (analysis58-cs C7): a verbless line of any length without a stop (a long
    title: ``Arbetsordning för styrelsen i Ekby Energi AB jämte instruktion för …``) ends
    before a line opening with a section label and a capital (``1. Inledning``, ``§ 1
    Nämnderna ska …``): the numbered line opens a block of its own."""
    return bool(_NUMBERED_LINE_START.match(following)) and not _has_finite_verb(text)


# A colon lead-in and the first of its items run onto one line: ``… ska särskilt: - samverka``,
# ``… lämna: • delårsrapport``.
_INLINE_LIST_ITEM = re.compile(rf":\s+[-–{patterns.BULLET_GLYPHS}]\s+\S")


# A delegation table's row flattened onto its line: a dotted case number, a statute
# reference's `§` and a cell after it (``2.1 Beslut om … SoL 4 kap. 1 § Soc sekr``).
_ROW_WITH_LAGRUM = re.compile(r"\d{1,2}(?:\.\d{1,2})+\s.*§\s+\S")


def _sentence_after_row(text: str, following: str) -> bool:
    """Round 51 (analysis 51-w50y H; docs/annotation.md §1.2: a sentence after a complete
    row ends the table): a flattened row whose cells go on after its lagrum, then a line that
    opens with a capital, holds a finite verb and ends with a full stop (``Har X förhinder,
    får beslutet fattas av Y.``): the row ends, the sentence is a clause of its own. A
    lower-case wrap (``… enligt`` ⏎ ``gällande taxa FC``) and a field line go on as before."""
    if following[-1:] != "." or not _starts_upper(following) or not _ROW_WITH_LAGRUM.match(text):
        return False
    return any(finite_verb(word) for word in following.split())


def _ends_inline_list(text: str, following: Line) -> bool:
    """Round 44 (probe44 S5): a web line holding a lead-in and its items run onto it after
    the colon (``Bolaget ska särskilt: - samverka … - redovisa …``) ends with its last item,
    without a stop: a capitalised next line opens a sentence of its own, no continuation of
    that item (a lower-case one goes on, as any line: `_ends_unwrapped_line`)."""
    return _starts_upper(following.stripped) and bool(_INLINE_LIST_ITEM.search(text))


def _is_heading_text(text: str) -> bool:
    """A short capitalised line without final punctuation; ``Roll: Namn`` lines are not."""
    return (
        _starts_upper(text)
        and not _NO_HEADING_END.search(text)
        and ":" not in text
        and len(text.split()) <= _MAX_HEADING_LINE_WORDS
    )


def counted_line(text: str) -> bool:
    """Round 52 (analysis 52-bz C1): a line opening with a cardinal (one or two digits) and
    a lower-case noun of grammar.yaml `counted_nouns` that agrees with it (``1 ledamot …``,
    ``3 ledamöter …``) counts members or seats: the number is no section label, the line an
    item of the lead-in above it; ``3 Ledamöter`` (a capital) is a heading."""
    from pipeline.language.grammar import GRAMMAR  # cyclic import

    match = _COUNTED_LINE.match(text)
    if match is None:
        return False
    nouns = GRAMMAR.counted_nouns
    noun = match.group("noun")
    return noun in nouns if match.group("number") == "1" else noun in nouns.values()


_COUNTED_LINE = re.compile(r"\s*(?P<number>[1-9]\d?) (?P<noun>[a-zåäö]+)\b")


def _is_item_or_number(text: str) -> bool:
    return is_list_start(text) or numbered_marker(text) is not None


def _opens_item(text: str) -> bool:
    """A list item or a numbered line opens the block, not a `§ N` sentence line
    (`_opens_sign_sentence`)."""
    return _is_item_or_number(text) and not _opens_sign_sentence(text)


def _opens_sign_sentence(text: str) -> bool:
    """Round 43 (43-bf cause 1): a `§ N` line that is a sentence (a finite verb or a sentence
    end after its label: ``§ 2 Nämnden sammanträder i Ekby``) opens a paragraph whose next
    sentence lines stay in it; a verbless ``§ 3 Sammanträden`` is a heading."""
    return (
        bool(patterns.PARAGRAPH_SIGN.match(text))
        and numbered_marker(text) is not None
        and (_ends_sentence(text) or _has_finite_verb(text))
    )


def _joins_sentence_line(first: Line, line: Line, following: Line) -> bool:
    """Round 43 (43-bf cause 1): in a `§`-numbered text printed one sentence a line, a
    sentence line goes on in the next line of its block; not where either opens with ``att``
    + a word (``Att förvalta …`` ⏎ ``Att föra …``: items of a list, no sentence opens so)."""
    return _ends_sentence(line.stripped) and not any(
        patterns.ATT_ITEM.match(other.stripped.lower()) for other in (first, following))


def _has_finite_verb(text: str) -> bool:
    return any(map(finite_verb, text.split()))


def _is_heading_after_sentence(
    previous: Line, line: Line, width: float | None, options: NormalizeOptions
) -> bool:
    """Wrapped text: a short line without final punctuation right after a sentence end is an
    unnumbered heading (``… på kartan.`` ⏎ ``Miljönämnden – tillsyn``), not the paragraph's
    next line; a wrapped line reaches the margin."""
    return (
        width is not None
        and _ends_sentence(previous.stripped)
        and _is_heading_shaped(line.stripped)
        and len(line.text.rstrip()) < options.short_line_ratio * width
    )


# A sentence end inside a line, before the next sentence's capital (``budgeten. Lantrådet``).
_INNER_SENTENCE_END = re.compile(r"\w{2}[.!?]\s+[A-ZÅÄÖ]")


def _holds_inner_sentence_end(text: str) -> bool:
    """The line holds a sentence end before a capital (`_INNER_SENTENCE_END`) whose period
    closes no abbreviation (layout.yaml `abbreviations`: ``t.ex. Nämnden`` goes on)."""
    for match in _INNER_SENTENCE_END.finditer(text):
        stop = match.start() + 2
        word = text[:stop].rsplit(maxsplit=1)[-1].lstrip("(\"'")
        if text[stop] != "." or word.casefold() not in patterns.ABBREVIATIONS:
            return True
    return False


def _is_heading_shaped(text: str) -> bool:
    """Round 45 (w45l, PDF layouts): a heading line of a wrapped print (`_is_heading_text`)
    that neither breaks off at a word after which nothing ends (``… samråda med X och``:
    `ends_open`) nor holds a sentence end before a capital (``Lagtinget antar budgeten.
    Lantrådet …``): a short wrapped line of a paragraph is neither. (A line ending in any
    heading link, ``… i``, ``… för``, was tried as well: right on clauses, but the titles it
    joined lowered statements downstream; left out.)"""
    return (
        _is_heading_text(text)
        and not ends_open(text)
        and not _holds_inner_sentence_end(text)
    )


def _continues_metadata(text: str, following: Line) -> bool:
    """Registration and adoption lines printed together are one metadata block; so is a line
    ending in an adoption history (after a title: ``Reglemente för nämnden Antagen av KF
    2015-05-04, § 41``) and the next line opening with an adoption word and being adoption
    history too (``Reviderad av KF 2019-10-09, § 88``): one history (docs/annotation.md
    §1.2, "Flattened adoption history")."""
    if not is_metadata_line(following.stripped):
        return False
    if is_byline(text) or is_byline(following.stripped):
        return False  # round 50 (bt b5): a byline and an update line are two field lines
    return is_metadata_line(text) or (
        reflow.is_adoption_history(following.stripped) and _ends_in_adoption_history(text)
    )


def _ends_in_adoption_history(text: str) -> bool:
    """The line's last words are an adoption history run into it (`reflow.adoption_spans`)."""
    spans = reflow.adoption_spans(text)
    return bool(spans) and spans[-1][1] >= len(text.rstrip(" .")) and spans[-1][2] is None


def _ends_block(
    line: Line,
    following: Line,
    in_heading: bool,
    width: float | None,
    options: NormalizeOptions,
    first_line: bool,
) -> bool:
    text = line.stripped
    if _capitals_title_before_lower(text, following.text):
        return True
    if text.endswith(tuple(HYPHENS)) or _starts_lower(following.text):
        return False
    if _continues_metadata(text, following):
        return False
    if in_heading:
        return True
    if line.trailing_spaces >= 2 and _ends_sentence(text):
        return True
    if first_line and _is_heading_before_number(line, following, width, options):
        return True
    if width is None or not _starts_upper(following.text):
        return False
    is_short = len(line.text.rstrip()) < options.short_line_ratio * width
    if is_short and _ends_sentence(text):
        return True
    # An unnumbered heading: a short first line without final punctuation.
    return (
        first_line
        and is_short
        and _is_heading_shaped(text)
        and not (
            isinstance(width, MarginWidth)
            and text.rsplit(maxsplit=1)[-1].casefold() in patterns.HEADING_LINKS
        )
    )


def _is_heading_before_number(
    line: Line, following: Line, width: float | None, options: NormalizeOptions
) -> bool:
    """An unnumbered heading line right above a numbered paragraph (``Sammanträden`` ⏎
    ``§ 5 Nämnden sammanträder …``) ends there: the number opens a block of its own. A
    line cut mid-sentence before a reference (``… enligt`` ⏎ ``3 kap. 5 § …``) is long (it
    reaches the margin) or holds a finite verb; a heading is short and holds none."""
    text = line.stripped
    if numbered_marker(following.stripped) is None or not _is_heading_text(text):
        return False
    if any(word in patterns.SENTENCE_VERBS for word in text.split()):
        return False
    return width is None or len(line.text.rstrip()) < options.short_line_ratio * width


def split_table_rows(
    group: list[Line], table_starts: set[int], cell_rows: Mapping[int, int] | None = None
) -> list[list[Line]]:
    """Table rows (from PDF/Word readers) are blocks of their own, one line each; so is a
    row of a one-cell-a-line table (`cell_rows`: its first line's start → its line count,
    round 45)."""
    if not table_starts and not cell_rows:
        return [group]
    cell_rows = cell_rows or {}
    pieces: list[list[Line]] = [[]]
    left = 0  # lines of the current cell row still to come
    for line in group:
        if left:
            pieces[-2].append(line)
            left -= 1
        elif line.start in cell_rows:
            pieces.extend([[line], []])
            left = cell_rows[line.start] - 1
        elif line.start in table_starts:
            pieces.extend([[line], []])
        else:
            pieces[-1].append(line)
    return [piece for piece in pieces if piece]
