"""Where a flattened block of text splits: inline numbering, inline bullets, sentences.

Text from PDF viewers, document-sharing sites and web transcripts often holds a whole page
(or document) on one line: ``1 Utöver … 2 Kommunstyrelsen består … 3 …``, ``ska: 1. att …
2. att …``. `inline_cuts` finds where the printed numbering starts a new block; a number
counts only where it continues the numbering seen so far (``2`` after ``1``, ``2.2`` or
``3`` after ``2.1``) or starts a run, so ``enligt kap. 7 Nämnden`` is left alone.
`sentence_spans` is the last resort for a block that is still too long.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from pipeline import patterns
from pipeline.language.phrases import phrases_by_first_word
from pipeline.normalize.glued_title import is_document_kind
from pipeline.normalize.inline_headings import (
    LONG_SUBJECT_WORDS,
    capitals_heading_end,
    char_before,
    closing_abbreviation,
    finite_verb,
    fronted_adverbial,
    long_subject_verb,
    s_verb,
    verb_first_sentence,
)
from pipeline.normalize.signature import is_signature_block
from pipeline.normalize.words import bare_infinitive, is_actor_noun, known_compound, known_noun

Number = tuple[int, ...]


@dataclass
class Numbering:
    """The printed numbering seen so far in a document (paragraph numbers)."""

    last: Number | None = None
    title: tuple[str, ...] | None = None  # the words of the document's title line, once seen
    page: Number | None = None  # the index of the last page line (round 40, ax-2)
    section: Number | None = None  # the last ``N §`` label (round 41: a list may come between)
    previous: str = ""  # the block before (round 45, bj-C2: its running header)


def parse_number(text: str) -> Number | None:
    digits = re.findall(r"\d+", text)
    if not digits or len(digits) > 3:
        return None
    return tuple(int(d) for d in digits)


def successors(number: Number) -> set[Number]:
    """``(2, 1)`` → ``(2, 2)``, ``(3,)``, ``(2, 1, 1)``: the numbers that may come next."""
    found = {(*number[:depth], number[depth] + 1) for depth in range(len(number))}
    if len(number) < 3:
        found.add((*number, 1))
    return found


@dataclass(frozen=True)
class _Candidate:
    start: int  # offset of the label in the block text
    number: Number
    kind: str  # "paragraph", "item" (1. att …) or "letter" (a) …)
    after_sentence: bool = True  # a sentence end comes before it
    heading: tuple[int, ...] = ()  # where inline headings before the number start
    dashed: bool = False  # a dash after the number (``4 - Styrelse``): a label wherever it is
    bare: bool = False  # a bare number after a sentence without its stop (round 24, C8)


_DIGIT = re.compile(r"\d")
_SECTION_LABEL = re.compile(r"§\s*\d|\d+\s*§")


def _candidates(text: str) -> list[_Candidate]:
    found: dict[int, _Candidate] = {}
    # Every expression but the lettered items needs a digit: most blocks have none.
    numbered = _DIGIT.search(text) is not None
    if numbered:
        _numbered_candidates(text, found)
    for match in patterns.INLINE_ITEM.finditer(text):
        letter = match.group("letter")
        number = (ord(letter) - ord("a") + 1,) if letter else parse_number(match.group("number"))
        following = text[match.end() : match.end() + 1]
        if number is None or (not letter and not following.islower()):
            continue
        if _closes_parenthesis(text, match.start("label"), match.group("label")):
            continue
        kind = "letter" if letter else "item"
        found.setdefault(match.start("label"), _Candidate(match.start("label"), number, kind))
    _run_on_letters(text, found)  # round 52, bm-L2: ``…: a) Protokoll b) Karta …``
    for match in patterns.INLINE_ITEM_LOOSE.finditer(text) if numbered else ():
        number = parse_number(match.group("number"))
        if _closes_parenthesis(text, match.start("label"), match.group("label")):
            continue
        if number is not None:
            found.setdefault(match.start("label"),
                             _Candidate(match.start("label"), number, "item", False))
    return [found[start] for start in sorted(found)]


_LOOSE_LETTER = re.compile(r"\s(?P<label>(?P<letter>[b-zåäö])\))\s+(?=[A-ZÅÄÖa-zåäö])")


def _run_on_letters(text: str, found: dict[int, _Candidate]) -> None:
    """Round 52 (bm-L2): the letter labels ``b)``, ``c)`` … that follow an ``a)`` right after
    a colon (``Till ärendet hör: a) Protokoll b) Karta över området``), each the next letter
    with no punctuation before it: items of the run the colon opens. A ``b)`` with no colon-led
    ``a)`` before it (``enligt bilaga b) fastställs …``) stays a reference."""
    opening = next((start for start, candidate in found.items()
                    if candidate.kind == "letter" and candidate.number == (1,)
                    and text[:start].rstrip().endswith(":")), None)
    if opening is None:
        return
    expected, run = 2, []
    for match in _LOOSE_LETTER.finditer(text, opening):
        number = ord(match.group("letter")) - ord("a") + 1
        if number != expected or _closes_parenthesis(text, match.start("label"), ")"):
            break
        run.append(_Candidate(match.start("label"), (number,), "letter", False))
        expected += 1
    # only a run whose last item swallowed a heading and a sentence is cut: a list of
    # capitalised items that ends the text stays whole (measured: a loss elsewhere)
    if run and _noun_letter_item_end(text, run[-1].start, len(text)) is not None:
        for candidate in run:
            found.setdefault(candidate.start, candidate)


# Analysis 53-cc L1: a decision's numbered point after its ``att`` or after the point before
# it, which ends in a comma: ``… beslutar att 1. Anta planen, 2. Ge nämnden i uppdrag …``.
_DECISION_POINT = re.compile(
    r"(?:(?<=\batt)|(?<=,))\s+(?P<label>(?P<number>\d{1,2})\.)\s+(?P<word>[A-ZÅÄÖ][a-zåäö]+)\b")
_LEAD_IN_ATT = re.compile(r"\batt\s*$")
_FIRST_POINT = re.compile(r"1\.\s+(?P<word>[A-ZÅÄÖ][a-zåäö]+)\b")


def decision_point_lead_in(lead_in: str, point: str) -> bool:
    """Analysis 53-cc L1: `lead_in` is a clause whose finite verb's ``att`` opens a series of
    numbered points and `point` (``1. Anta riktlinjerna …,``) is its first: the label ``1.``,
    a capitalised bare infinitive (`words.bare_infinitive`), a comma at its end (the next
    point follows). The points are items of the lead-in, no paragraph numbers (§5.1)."""
    match = _FIRST_POINT.match(point)
    if match is None or not point.rstrip().endswith(","):
        return False
    return att_lead_in(lead_in) and bare_infinitive(match.group("word"))


def att_lead_in(lead_in: str) -> bool:
    """A clause ending in ``att`` after a finite verb (``Nämnden beslutar att``)."""
    if _LEAD_IN_ATT.search(lead_in) is None:
        return False
    return any(finite_verb(word) for word in lead_in.split()[1:-1])


def decision_point_cuts(text: str) -> list[int]:
    """Analysis 53-cc L1: the labels of the numbered points a decision prints on its own
    line after ``att`` (``Styrelsen beslutar att 1. Anta …, 2. Uppdra …, 3. Avsluta …``):
    ``1.`` right after the lead-in's ``att`` (`decision_point_lead_in`), each later label
    the next number after a comma; two points at least, else none."""
    points = list(_DECISION_POINT.finditer(text))
    if not points or points[0].group("number") != "1":
        return []
    first = points[0]
    if not (att_lead_in(text[: first.start()]) and bare_infinitive(first.group("word"))):
        return []
    cuts, expected = [first.start("label")], 2
    for point in points[1:]:
        if int(point.group("number")) != expected:
            break
        cuts.append(point.start("label"))
        expected += 1
    return cuts if len(cuts) > 1 else []


# Analysis 53-cc L5: a run of three or more letter labels in order, nothing but spaces between
# them, after a sentence end or a colon: ``… behandlas. (a) (b) (c) Val av …``
_LABEL_RUN = re.compile(
    r"(?<=[.:])\s+(?P<run>(?P<open>\(?)a\)(?:\s+\(?[b-zåäö]\)){2,})\s+(?=[A-ZÅÄÖ])")
LABEL_RUN_TEXT = re.compile(r"\(?[a-zåäö]\)(?:\s+\(?[a-zåäö]\))*")
_RUN_LETTER = re.compile(r"[a-zåäö]")
_CAPITALISED_WORD = re.compile(r"(?<!\S)[A-ZÅÄÖ]")


def run_letters_in_order(run: str) -> bool:
    """``(a) (b) (c)``, ``a) b) c)``: the letters from ``a`` on, each the next one."""
    letters = _RUN_LETTER.findall(run)
    return letters == [chr(ord("a") + index) for index in range(len(letters))]


def label_run_cuts(text: str) -> list[int]:
    """Analysis 53-cc L5: a column of hanging labels flattened apart from its items (``Vid
    mötet ska följande behandlas. (a) (b) (c) Val av ordförande Val av sekreterare Beslut om
    avgift.``): cut before and after the label run, and before each item, where exactly as
    many items as the run has labels start after it (`_item_starts`), the first right after
    the run, and the last ends at a stop or the line's end with no other item start before
    it; a cut after that stop where more text follows. Fewer item starts cut nothing.
    Analysis 53b-cc N3: items may end in stops (``Val av ordförande. Val av …``) and hold a
    capitalised name after a preposition (``Beslut om firmateckning i Bolaget.``)."""
    match = _LABEL_RUN.search(text)
    if match is None or not run_letters_in_order(match.group("run")):
        return []
    count = len(_RUN_LETTER.findall(match.group("run")))
    items_start = match.end()
    words = list(_WORD.finditer(text, items_start))
    starts = _item_starts(words, count)
    if starts is None:
        return []
    items_end = _last_item_end(words, starts[-1])
    if items_end is None:
        return []
    cuts = [words[at].start() for at in starts]
    if _one_sentence(text[items_start:items_end], [cut - items_start for cut in cuts]):
        return []
    after = [items_end + 1] if items_end < len(text) else []
    return [match.start("run"), *cuts, *after]


_WORD = re.compile(r"\S+")


def _item_starts(words: list[re.Match[str]], count: int) -> list[int] | None:
    """The indexes in `words` (the text after a label run) of the first `count` item starts:
    the first word, and a capitalised word after a stop or after a plain lower-case content
    word (no closed-class word, layout.yaml `boundary_words`, `heading_links`, nor a
    coordinator: ``i Bolaget``, ``och Revisorn`` are words inside an item); None if fewer."""
    starts = [0]
    for at in range(1, len(words)):
        if len(starts) == count:
            break
        if _item_start(words[at - 1].group(), words[at].group()):
            starts.append(at)
    return starts if len(starts) == count else None


def _item_start(before: str, word: str) -> bool:
    """`word` opens the next item of a flattened column after the word `before`."""
    from pipeline.language.grammar import GRAMMAR

    if not word[:1].isupper():
        return False
    if before.endswith("."):
        return True
    folded = before.casefold()
    return before.isalpha() and before.islower() and not (
        folded in patterns.BOUNDARY_WORDS or folded in patterns.HEADING_LINKS
        or folded in GRAMMAR.noun_phrase_coordinators)


def _last_item_end(words: list[re.Match[str]], last: int) -> int | None:
    """Where the last item (from word `last`) ends: after its first word ending in a stop, or
    at the line's end; None where another item start comes first (more items than labels)."""
    for at in range(last, len(words)):
        if at > last and _item_start(words[at - 1].group(), words[at].group()):
            return None
        if words[at].group().endswith("."):
            return words[at].end()
    return words[-1].end()


def _one_sentence(items: str, starts: list[int]) -> bool:
    """The capitalised words after a label run belong to one sentence, not to the items of a
    flattened column: a later one follows a comma or a coordinator (grammar.yaml
    `noun_phrase_coordinators`: ``Kommunstyrelsen, Socialnämnden och Kulturnämnden``, a
    series of names), or a modal or finite verb follows the last one (``… ska samverka``).
    A column's items stand side by side with neither between them."""
    from pipeline.language.grammar import GRAMMAR

    for start in starts[1:]:
        before = items[:start].rstrip()
        previous = before.rsplit(maxsplit=1)[-1] if before else ""
        if before.endswith(",") or previous.casefold() in GRAMMAR.noun_phrase_coordinators:
            return True
    tail = items[starts[-1]:].split()[1:]
    return any(word.strip(",.;:").casefold() in GRAMMAR.modals or finite_verb(word)
               for word in tail)


_PARENTHESIS_WORDS = 40  # characters back to the ``(`` a reference's ``)`` closes


def _closes_parenthesis(text: str, start: int, label: str) -> bool:
    """Round 44, bg-S3: the ``)`` of a label ``N)`` closes a parenthesis opened just before
    it (``avtalet (bilaga 1) för …``, ``(se punkt 2)``): a cross-reference, no list label."""
    if not label.endswith(")"):
        return False
    before = text[max(0, start - _PARENTHESIS_WORDS) : start]
    return before.rfind("(") > before.rfind(")")


def _numbered_candidates(text: str, found: dict[int, _Candidate]) -> None:
    """Paragraph numbers: after a sentence end, after an inline heading, ``§ 3``, ``2.1``."""
    for match in patterns.INLINE_PARAGRAPH.finditer(text):
        raw = match.group("number") or match.group("number2") or match.group("number3")
        number = parse_number(raw)
        if number is not None:
            dashed = match.group("label").endswith(("-", "–"))
            found[match.start("label")] = _Candidate(
                match.start("label"), number, "paragraph", dashed=dashed)
    for candidate in headed_numbers(text):
        found[candidate.start] = candidate
    for candidate in item_end_headed_numbers(text):  # round 36, T1
        found.setdefault(candidate.start, candidate)
    for match in patterns.INLINE_SECTION.finditer(text):
        number = parse_number(match.group("sign") or match.group("number"))
        bare = match.group("number") is not None and not match.group("dot")
        if number is not None and not (bare and number != (1,)):
            found.setdefault(match.start("label"),
                             _Candidate(match.start("label"), number, "paragraph", False))
        elif number is not None and _bare_section_heading(text, match.end()):
            found.setdefault(match.start("label"), _Candidate(
                match.start("label"), number, "paragraph", False, bare=True))
    for match in patterns.INLINE_DOTTED.finditer(text):
        number = parse_number(match.group("number"))
        if number is not None:
            found.setdefault(match.start("label"),
                             _Candidate(match.start("label"), number, "paragraph"))
    for start in [start for start in found if _referred_number(text, start)]:
        del found[start]


_WORD_BEFORE = re.compile(r"(?P<word>\S+)\s+$")


def _referred_number(text: str, start: int) -> bool:
    """Round 42, cause bb-S3: the number at `start` follows a reference's unit abbreviation
    (a word both layout.yaml `abbreviations` and `numbered_words` hold: ``kap.``, ``kap``,
    ``st.``, ``p.``): ``enligt 6 kap. 37 Kommunallagen`` cites a paragraph whose `§` was
    lost, so the number is no label (§1.2)."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return False
    word = before.group("word").removesuffix(".").casefold()
    return word in patterns.ABBREVIATIONS and word in patterns.NUMBERED_WORDS


_BARE_HEADING_WORDS = 3


def _bare_section_heading(text: str, start: int) -> bool:
    """A bare section number other than ``1`` (``… Norrlands län 2 Säte Styrelsen ska …``,
    round 24 cause C8) opens a section only before a capitalised verbless heading of one to
    three words and a capitalised sentence (`heading_after`); `inline_cuts` takes it only
    where it continues the numbering seen so far."""
    while start < len(text) and text[start] == " ":
        start += 1
    end = heading_after(text, start, len(text))
    return end is not None and len(text[start:end].split()) <= _BARE_HEADING_WORDS


def note_leading(text: str, numbering: Numbering) -> None:
    """A block that starts with a printed number moves the numbering on (round 48: the
    section's number, not the page's, where the line opens with both, `page_section_end`)."""
    if (end := page_section_end(text, numbering)) is not None:
        numbering.last = parse_number(text[:end].split()[1])
        return
    leading = patterns.NUMBERED_HEAD.match(text)
    if leading and not leading.group(0).lower().startswith("kapitel"):
        number = parse_number(leading.group(0))
        if number is not None:
            numbering.last = number
            if "§" in leading.group(0):
                numbering.section = number


# A page line opens with its printed page index: a bare number, then a title in capitals,
# or the page's own numbering (``6 1. Syfte``, ``4 TILLSYNSPLAN 1 Tillsynsplan``).
_PAGE_INDEX = re.compile(r"(?P<index>\d{1,3}) (?=\S)")
_PAGE_LABEL = re.compile(r"(?:§\s*)?(?P<number>\d+(?:\.\d+)*)\.?")
_PAGE_HEADING_WORDS = 12
_TITLE_WORDS = 8  # a running header repeats the title, or at least its first 8 words
_WORD = re.compile(r"\S+")


def note_title(text: str, numbering: Numbering) -> None:
    """The document's first block is its title line when it is short and no sentence (one
    word too, round 30 cause S1: ``Budgetregler``; the running-header and quoted-title rules
    ask for two words or more)."""
    if numbering.title is not None or patterns.METADATA_LINE.match(text):
        return
    words = tuple(word.casefold() for word in _WORD.findall(text))
    titled = 1 <= len(words) <= _PAGE_HEADING_WORDS and text.rstrip()[-1:] not in ".:;!?"
    numbering.title = words if titled and not text[:1].isdigit() else ()


# Round 45, bj-C3: a contents entry, its words run into a dot leader (two or more dots or an
# ellipsis glued to the last word, or spaced dots ``. . .``) and the page number after it
# (``Jäv och förfall... 4``, ``Vad är delegering?…5``).
_CONTENTS_ENTRY = re.compile(r"[^\s.](?:\.{2,}|…+|(?: ?\.){3,})\s*(?P<page>\d{1,3})(?!\d)")
_MIN_CONTENTS_ENTRIES = 2  # one ellipsis before a number may end a sentence (``m.m... 4 …``)


_BARE_PAGE = re.compile(r"(?<!\S)\d{1,3}(?=\s|$)")


def _column_contents_pages(text: str, start: int) -> frozenset[int]:
    """Round 46, bm cause 10: the starts of the page numbers after a contents heading with its
    page column's header (``2 Innehållsförteckning Sid Reglemente för … 3 Instruktion … 9``,
    `patterns.column_contents_end`): every bare number while they do not fall (a lower one,
    ``… 12 1 Inledning …`` or the next page's index, is a label again). Round 49 (R3): a
    bare heading (``2 Innehåll 3 Ansvar 5 Ekonomi 9 …``) needs three such pages or more with
    no sentence mark before the last (`_MIN_BARE_CONTENTS_PAGES`)."""
    end = patterns.column_contents_end(text, start)
    bare = end is None
    if bare:
        end = patterns.bare_contents_end(text, start)
    if end is None:
        return frozenset()
    pages: list[int] = []
    last = 0
    for match in _BARE_PAGE.finditer(text, end):
        if int(match.group()) < last:
            break
        last = int(match.group())
        pages.append(match.start())
    if bare and (
        len(pages) < _MIN_BARE_CONTENTS_PAGES or _SENTENCE_MARKS.search(text, end, pages[-1])
    ):
        return frozenset()
    return frozenset(pages)


_MIN_BARE_CONTENTS_PAGES = 3
_SENTENCE_MARKS = re.compile(r"[.!?:;]")


def contents_page_numbers(text: str, start: int = 0) -> frozenset[int]:
    """Round 45, bj-C3: the starts of the page numbers of a contents list in `text[start:]`
    (`_CONTENTS_ENTRY`), where it holds two or more entries; else none. A number after a
    dot leader is a page reference, never a section label (docs/annotation.md §1.2). A
    contents heading with its column header (``Innehåll Sid``) needs no leaders (round 46)."""
    cheap = "nnehåll" in text or "NNEHÅLL" in text  # every contents heading holds it
    if cheap and (pages := _column_contents_pages(text, start)):
        return pages
    if not (".." in text or "…" in text or ". ." in text):
        return frozenset()  # most lines hold no leader: no scan
    starts = frozenset(match.start("page") for match in _CONTENTS_ENTRY.finditer(text, start))
    return starts if len(starts) >= _MIN_CONTENTS_ENTRIES else frozenset()


def _outside_contents_entries(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """`candidates` less the page numbers of a contents list (`contents_page_numbers`)."""
    pages = contents_page_numbers(text)
    if not pages:
        return candidates
    return [candidate for candidate in candidates if candidate.start not in pages]


def _repeats_title(text: str, numbering: Numbering) -> bool:
    """`text` opens with the document's own title (any case): a running page header.

    A header repeats the whole title (``4 Förbundsordning EKRA Inledning …``); a numbered
    section whose heading only begins with a title word (``3 Reglemente för nämnden`` in
    ``Reglemente för Ekby revision``) is no page line."""
    title = numbering.title[:_TITLE_WORDS] if numbering.title else ()
    if len(title) < 2:
        return False
    words = [word.group().casefold() for word in _WORD.finditer(text, 0)][: len(title)]
    return tuple(words) == title


# Round 36, cause S1: a running page counter after the page index names the same page after
# a colon (the chapter's or part's number before it: ``14 3:14``, damaged ``14 :14``).
_RUNNING_COUNTER = re.compile(r"\d{0,3}:(?P<page>\d{1,3})(?=\s|$)")


def _running_counter(text: str, index: int) -> bool:
    """`text` (after a page index `index`) opens with a running page counter of page `index`
    (`_RUNNING_COUNTER`): alone a sign of a page line (docs/annotation.md §1.2, round 36),
    for any index but ``1`` (a leading ``1`` stays the first section's number). A counter of
    a total (``6 6 (9)``, ``6 6/9``) is no such sign: the hand gold splits such lines where
    no label or title in capitals shows a page (dev w36-s, test part w)."""
    match = _RUNNING_COUNTER.match(text)
    return match is not None and int(match.group("page")) == index


def page_index(text: str, numbering: Numbering) -> Number | None:
    """The page index a flattened page line opens with (docs/clauses.md), else None.

    The index is no paragraph number: a label that does not continue it (``1``, ``2.``,
    ``§ 1`` before a capitalised word) follows it directly or after a verbless heading, or a
    title in capitals follows it where it neither starts nor continues the numbering seen
    so far (``1 INLEDNING``, ``3 UPPGIFTER`` after ``2.4``: a chapter heading). A line
    opening with a heading printed twice (``1 Syfte 1 Syfte …``, `doubled_heading_spans`) or
    with ``1 1`` before a capitalised word has no page index."""
    match = _PAGE_INDEX.match(text)
    if match is None:
        return None
    if _DOUBLED_HEADING.match(text) or _DOUBLED_LEAD_IN.match(text):
        return None  # round 42, cause 20: ``1 Syfte 1 Syfte …`` opens with a heading
    index = (int(match.group("index")),)
    if index == (1,) and page_one_header_end(text) is not None:
        return None  # round 41, ay-C1: page 1 names its page; only round 14 makes it a page
    if index == (1,) and _opens_field_run(text, match.end()):
        return None  # round 44, bg-S1: ``1 KF april 2021 Datum Dnr …``: a memo's field run
    if contents_page_numbers(text, match.end()):
        return index  # round 45, bj-C3: ``2 Innehåll Bakgrund... 3 Jäv... 4 …``: a contents page
    if index != (1,) and _running_counter(text[match.end():], index[0]):
        return index  # ``14 3:14 Reglemente Antaget av …``: a page line (round 36, S1)
    if index != (1,) and _repeats_title(text[match.end():], numbering):
        return index  # ``1`` before the title is the first section's number (§1.2)
    words = list(re.finditer(r"\S+", text[match.end():]))[: _PAGE_HEADING_WORDS + 1]
    for position, word in enumerate(words):
        label = _PAGE_LABEL.fullmatch(word.group())
        after = words[position + 1].group() if position + 1 < len(words) else ""
        # after a comma (``… 2001, 12. Medlemmar``) an adoption's § number, no label (C12)
        referred = position > 0 and words[position - 1].group().endswith(",")
        if label is not None and after[:1].isupper() and not referred:  # else a year, a count
            number = parse_number(label.group("number"))
            if index == number == (1,) and position == 0 and word.group() == "1":
                return None  # round 42, bb-S1: ``1 1 <title> …``: section 1, page counter 1
            if number is not None and position == 0 and _next_page(index, numbering):
                return index  # round 40, ax-2: ``3 4 Valberedning …`` after page line ``2``
            return index if number is not None and number not in successors(index) else None
        if word.group().rstrip(",") in patterns.SENTENCE_VERBS or word.group()[-1:] in ".:;!?":
            break
    first = words[0].group() if words else ""
    title = len(first) > 2 and first.isalpha() and first.isupper()
    starts = index == (1,) or (numbering.last is not None and index in successors(numbering.last))
    return index if title and not starts else None


_FIELD_RUN_WORDS = 6  # a register code and a date before a memo's first field label


def _opens_field_run(text: str, start: int) -> bool:
    """Round 44, bg-S1: the words after a leading ``1`` open a memo's field run: a register
    code in capitals (``KF``, ``BN``), then a capitalised field label (grammar.yaml
    `metadata_labels`: ``Datum``, ``Dnr``) within the first few words, no sentence verb or
    stop before it. Page 1 of such a memo is a page only where round 14's page lines follow
    (`first_page_index`). A field label alone (``1 Antagen av …``) marks no memo."""
    from pipeline.language.grammar import GRAMMAR

    words = list(islice(_WORD.finditer(text, start), _FIELD_RUN_WORDS))
    if not words or not _REGISTER_CODE.fullmatch(words[0].group()):
        return False
    for word in words[1:]:
        token = word.group().rstrip(":")
        if token in patterns.SENTENCE_VERBS or token[-1:] in ".!?;":
            return False
        if token[:1].isupper() and (token.casefold(),) in GRAMMAR.metadata_labels:
            return True
    return False


# Round 45, bj-C8: a line opening with its index and the page counter ``P (M)`` of that page.
_COUNTED_PAGE = re.compile(r"(?P<index>\d{1,3}) (?P=index) \((?P<total>\d{1,3})\)(?=\s)")


def cover_counter_line(text: str, following: list[str]) -> bool:
    """Round 45, bj-C8: `text` is page 1's cover line ``1 1 (6) <title> 1 1 Fastställd vid
    …``, section 1's number and page 1's counter before the title (as round 42's ``1 1
    <title>``), where the long line after it is no page ``2 2 (6) …`` of the same count (a
    run of such lines is one page a line, round 14). Such a line is no page: it is cut at
    its title, history and address block (docs/annotation.md §1.2)."""
    match = _COUNTED_PAGE.match(text)
    if match is None or match.group("index") != "1":
        return False
    after = _COUNTED_PAGE.match(following[0]) if following else None
    return after is None or after.group("index") != "2" or (
        after.group("total") != match.group("total")
    )


def restarted_page_one(text: str, following: list[str], numbering: Numbering) -> bool:
    """Round 44, bh-S1: `text` is page 1 of a print flattened onto this one line: page 1's
    counter ``1``, verbless words (the title repeated), then the body's numbering starting
    again at ``1`` before a capitalised word (``1 Bolagsordning BOLAGSORDNING FÖR <NAME>
    1 Firma …``), and no round-14 run of page lines after it (`first_page_index`: there page
    1 is a page like the pages after it; a single page line ``2 …`` after it is no such run,
    round 44 bg-S1). Such a line is no page: it is cut at its numbering (§1.2)."""
    match = _PAGE_INDEX.match(text)
    if match is None or match.group("index") != "1":
        return False
    if first_page_index(text, following, numbering) is not None:
        return False
    words = list(islice(_WORD.finditer(text, match.end()), _PAGE_HEADING_WORDS + 1))
    for position, word in enumerate(words[:-1]):
        if word.group().rstrip(",") in patterns.SENTENCE_VERBS or word.group()[-1:] in ".:;!?":
            return False
        if word.group() == "1" and words[position + 1].group()[:1].isupper():
            repeat = [w.group() for w in words[:position]]
            return bool(repeat) and _title_repeat(repeat) and _numbering_goes_on(text, word.start())
    return False


# the body's next section: ``2``/``3`` before a capitalised word after a sentence's stop, or
# (round 44, bg-S1) right after a verbless numbered heading (``1 Val av presidium 2 Partier``)
_SECOND_LABEL = re.compile(r"(?<=[.!?])\s+[23]\s+(?=[A-ZÅÄÖ])")
_HEADING_THEN_SECOND = re.compile(
    r"(?<!\S)\d{1,2}\s+[A-ZÅÄÖ][^\W\d]*(?:\s+[^\s\d.!?:;,]+){0,5}?\s+[23]\s+(?=[A-ZÅÄÖ])"
)


def _title_repeat(words: list[str]) -> bool:
    """The words after page 1's counter repeat a title: a document-kind noun opens them (any
    case, round 44 bg-S1: ``ARBETSORDNING``) or a run of two capitals words stands among them
    (``Bolagsordning BOLAGSORDNING FÖR <NAME>``)."""
    capitals = sum(1 for word in words if len(word) > 1 and word.isupper())
    return is_document_kind(words[0].capitalize()) or capitals >= 2


def _numbering_goes_on(text: str, start: int) -> bool:
    """A section ``2`` or ``3`` follows the restarted ``1``: after a sentence end, or after a
    numbered heading of a few verbless words (headings printed one after another)."""
    if _SECOND_LABEL.search(text, start) is not None:
        return True
    for heading in _HEADING_THEN_SECOND.finditer(text, start):
        if not any(word in patterns.SENTENCE_VERBS for word in heading.group().split()):
            return True
    return False


_HEADER_REPEAT_WORDS = 3  # a running header repeated after the next page's index


def repeated_header_page(text: str, previous: str) -> Number | None:
    """Round 45, bj-C2: the page index of `text` where the block before, `previous`, opens
    with the index before it and both repeat one running header after their index: three
    words or more in a row, verbless, no sentence stop, a field label with a colon among
    them (``1 Fritidsförvaltningen Handläggare, Eva Lind Fastställd: …`` ⏎ ``2
    Fritidsförvaltningen Handläggare, Eva Lind Fastställd: … Allmänt …``), whatever the
    length of the block before; else None. Numbered sections opening with the same heading
    words (``2 Nämndens uppgifter …`` ⏎ ``3 Nämndens uppgifter inom …``) hold no field."""
    match = _PAGE_INDEX.match(text)
    before = _PAGE_INDEX.match(previous) if match else None
    if before is None or int(match.group("index")) != int(before.group("index")) + 1:
        return None
    words = text[match.end() :].split(maxsplit=_PAGE_HEADING_WORDS)[:_PAGE_HEADING_WORDS]
    earlier = previous[before.end() :].split(maxsplit=_PAGE_HEADING_WORDS)
    shared: list[str] = []
    for word, other in zip(words, earlier, strict=False):
        if word != other or word.rstrip(",:") in patterns.SENTENCE_VERBS or word[-1] in ".;!?":
            break
        shared.append(word)
    if len(shared) < _HEADER_REPEAT_WORDS or not any(word.endswith(":") for word in shared):
        return None
    return (int(match.group("index")),)


# Round 48 (br, a docplayer print): a line opening with two bare numbers, the second before a
# capitalised word (``2 3 Ersättare Ersättarna tjänstgör …``).
_PAGE_SECTION = re.compile(r"(?P<page>\d{1,3}) (?P<section>\d{1,3}) (?=[A-ZÅÄÖ])")


def page_section_end(text: str, numbering: Numbering) -> int | None:
    """Round 48 (br, a docplayer print flattened one page a line): where the section number
    ends in a line that opens with the printed page's number (``2``, not page 1's) and then
    the next section's, continuing the section numbering seen so far (``2 3 Ersättare …``
    after sections ``1`` and ``2``): no page line, the page's number furniture kept in the
    label (``2 3``), the heading after it cut from its sentence (docs/annotation.md §1.2).
    Right after a page line whose index it follows (``2 1 …`` ⏎ ``3 4 …``, round 40) the
    line is a page as before; a second number that does not continue the sections (``2
    1. Syfte``, ``2 3(6)``) or a count before a lower-case noun (``2 3 ledamöter``) is none.
    Else None."""
    match = _PAGE_SECTION.match(text)
    if match is None or numbering.last is None:
        return None
    page = (int(match.group("page")),)
    section = (int(match.group("section")),)
    if page == (1,) or _next_page(page, numbering) or section not in successors(numbering.last):
        return None
    return match.end("section")


def _next_page(index: Number, numbering: Numbering) -> bool:
    """`index` is the page after the last page line's (a run of page lines goes on: its
    section number may continue the index, ``2 1 …`` ⏎ ``3 4 …``)."""
    return numbering.page is not None and index == (numbering.page[0] + 1,)


# A fused page counter (`patterns.FUSED_COUNTER`) and the space after it, at a line's start.
_FUSED_COUNTER = re.compile(rf"{patterns.FUSED_COUNTER.pattern}(?=\s)")


def fused_counter(text: str) -> tuple[int, int] | None:
    """(page, total) of a fused page counter opening `text`, page 2 or more and at most the
    total; else None (a leading ``1`` is the first section's number, §1.2)."""
    match = _FUSED_COUNTER.match(text)
    if match is None:
        return None
    index, total = int(match.group("index")), int(match.group("total"))
    return (index, total) if _later_page(index, total) else None


def _later_page(index: int, total: int) -> bool:
    """Page 2 or more of the total: ``1 (3)`` after a label is page 1's cover or title line,
    a leading ``1`` the first section's number (§1.2)."""
    return 1 < index <= total


def _counter_run(
    counter: tuple[int, int], before: tuple[int, int] | None, after: tuple[int, int] | None
) -> bool:
    """The page counter (page, total) runs on over the page lines: the line before counted
    the page before or the next long line counts the next page, of the same total."""
    page, total = counter
    return before == (page - 1, total) or after == (page + 1, total)


def fused_counter_index(text: str, following: list[str], numbering: Numbering) -> Number | None:
    """The page index of a page line opening with a fused counter (`fused_counter`) where the
    counters run on over the page lines: the next long line opens with the next page of the
    same total, or the page line before was the page before. A single such line is none."""
    counter = fused_counter(text)
    if counter is None:
        return None
    after = fused_counter(following[0]) if following else None
    page = numbering.page
    before = (page[0], counter[1]) if page is not None and len(page) == 1 else None
    return (counter[0],) if _counter_run(counter, before, after) else None


def lone_page_index(text: str) -> Number | None:
    """The page index of a document flattened onto this one line: a bare number other than
    ``1`` before a capitalised word (``4 Ägardirektiv för …``). Nothing comes before it, so
    it continues no numbering; ``1`` is the first section's number (docs/annotation.md §1.2)."""
    match = _PAGE_INDEX.match(text)
    if match is None or not text[match.end() :][:1].isupper():
        return None
    index = (int(match.group("index")),)
    return index if index != (1,) else None


def inline_cuts(text: str, numbering: Numbering) -> list[int]:
    """Offsets in `text` where a new block starts (each at a printed label)."""
    note_leading(text, numbering)
    leading = numbering.last
    candidates = _outside_subparagraph_labels(text, _candidates(text))
    candidates = _outside_contents_entries(text, candidates)  # round 45, bj-C3: page numbers
    candidates = _outside_section_signs(text, candidates)
    cuts = [
        match.start("label") if match.group("label") else match.start("dash")
        for match in patterns.INLINE_BULLET.finditer(text)
    ]
    for match in patterns.INLINE_METADATA.finditer(text):
        cuts.extend((match.start(), match.end()))
    following = _next_of_kind(candidates)
    item_last: dict[str, Number | None] = {"item": None, "letter": None}
    items: set[int] = set()
    numbered: set[int] = set()  # the starts of numbered paragraphs and items
    numbers: dict[int, Number] = {}  # the numbered paragraphs' numbers by start
    for position, (candidate, after) in enumerate(zip(candidates, following, strict=True)):
        next_start = (candidates[position + 1].start if position + 1 < len(candidates)
                      else len(text))
        if candidate.kind == "paragraph" and _capital_item(text, candidate, item_last["item"],
                                                           next_start):
            cuts.append(candidate.start)  # round 42, bb-S4b: ``2. … 3. Ärenden som …``
            items.add(candidate.start)
            item_last["item"] = candidate.number
            continue
        if candidate.kind == "paragraph":
            if _paragraph_accepted(text, candidate, after, numbering):
                cuts.extend(
                    start
                    for start in (*candidate.heading, candidate.start)
                    if start
                    and not right_after_leading_label(text, start)
                    and not _chapter_number(text, start)
                )
                numbered.add(candidate.start)
                numbers[candidate.start] = candidate.number
                numbering.last = candidate.number
                if _SECTION_LABEL.match(text, candidate.start):
                    numbering.section = candidate.number
            continue
        last = item_last[candidate.kind]
        starts = last is None and candidate.number == (1,)
        if (starts or last is not None) and _accepts(candidate, last, after):
            cuts.append(candidate.start)
            items.add(candidate.start)
            item_last[candidate.kind] = candidate.number
    cuts = _with_list_ends(text, sorted(set(cuts)), items)
    cuts = _with_noun_list_ends(text, cuts, numbered)
    cuts = _with_lead_ins(text, cuts, numbered | items)
    cuts = sorted({*cuts, *lost_label_item_cuts(text, cuts, numbers, leading)})  # 52-ao L2
    for source in _LATER_CUT_SOURCES:
        cuts = sorted({*cuts, *source(text, cuts)})
    cuts = sorted({*cuts, *_unpunctuated_starts(text, cuts, items)})
    if (attachments := attachment_list_cuts(text)):  # ``… arbetet Bilagor 1 Avtal 2 Budget``
        cuts = sorted({*(cut for cut in cuts if cut < attachments[0]), *attachments})
    if (footer := page_footer_start(text)) is not None:
        cuts = sorted({*(cut for cut in cuts if cut < footer), footer})
    return cuts


# Round 44, bh-S6: a page footer left at the end of a flattened page after its last sentence:
# up to six capitalised verbless words (the title, a document noun), a date, the counter
# ``N (M)`` (`patterns.FUSED_COUNTER`; ``… verksamhet. Bolagsordning 2021-03-04 2 (5)``).
# Round 55 (analysis 55-ci L1): or the date and a bare page number (``… sammanträde.
# 2029-04-16 1``), the total not printed.
_PAGE_FOOTER = re.compile(
    r"(?<=[.!?])\s+(?P<footer>(?:[A-ZÅÄÖ][\w-]*\s+(?:[\w-]+\s+){0,5})?\d{4}-\d{2}-\d{2}\s+"
    rf"(?:{patterns.FUSED_COUNTER.pattern}|(?P<page>[1-9]\d{{0,2}})))\s*$"
)


def page_footer_start(text: str) -> int | None:
    """Where a page footer (`_PAGE_FOOTER`, page N of M with N at most M, or a bare page
    number after the date; no finite verb or s-passive in its words) at the end of `text`
    starts: a clause of its own (docs/annotation.md §1.2, round 44), no part of the last
    sentence; else None."""
    if text.rstrip()[-1:] not in ")0123456789":
        return None
    match = _PAGE_FOOTER.search(text)
    if match is None:
        return None
    if match.group("page") is None and not patterns.page_of_total(
        match.group("index"), match.group("total")
    ):
        return None
    if any(finite_verb(word) or s_verb(word) for word in match.group("footer").split()):
        return None
    return match.start("footer")


_LEADING_LABEL = re.compile(r"\d{1,3}\.? +")


# round 44, bg-S1: a chapter word printed before a number (``Kapitel 1 Inledande regler``):
# the number is the chapter label's (patterns.NUMBERED_HEAD), no cut between them
_CHAPTER_WORD_BEFORE = re.compile(r"(?<!\S)(?:Kapitel|KAPITEL)\s+$")


def _chapter_number(text: str, start: int) -> bool:
    return _CHAPTER_WORD_BEFORE.search(text, max(0, start - 10), start) is not None


def right_after_leading_label(text: str, start: int) -> bool:
    """Round 44, bh-S1: `start` follows the line's leading bare label at once (``1 Stadgar
    STADGAR FÖR <NAME> 1 Namn …``): the heading there is that label's own text, no heading
    above the next number, so no cut parts the label from it. Round 45 (nu45 cause 5): so
    does a footnote's mark (``¹ Ändrat genom beslut …``), the note's label."""
    leading = _LEADING_LABEL.match(text) or patterns.FOOTNOTE_MARK.match(text)
    return leading is not None and leading.end() == start


def right_after_inline_label(text: str, start: int, cuts: list[int]) -> bool:
    """Round 44, bg-S1: `start` follows at once a bare label cut inline (page 1's counter
    ``1`` before the adoption history: ``… <title> 1 Antagen av …``): the label stays with
    that clause, no cut parts it from its text."""
    return any(cut < start and _LEADING_LABEL.fullmatch(text, cut, start) for cut in cuts)


def _outside_subparagraph_labels(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates outside inline sub-paragraph labels: in ``… år. mom. 3 Ordföranden`` the
    number is the label's, no paragraph's, nor is the `1` of a leading ``§ 1``."""
    labels = [m.span("label") for m in patterns.INLINE_SUBPARAGRAPH.finditer(text)]
    if not labels:
        return candidates
    leading = patterns.NUMBERED_HEAD.match(text)
    labels.append((0, leading.end() if leading else 0))
    return [c for c in candidates if not any(a < c.start < b for a, b in labels)]


_AFTER_SECTION_SIGN = re.compile(r"§\s*$")


def _outside_section_signs(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Round 44 (new-user trial 44): the number of a ``§ N`` label is no paragraph number of
    its own (``§ 1 Sammansättning Förutom de … väljer …`` kept ``§`` apart from ``1 …``)."""
    return [
        c for c in candidates if not _AFTER_SECTION_SIGN.search(text, max(0, c.start - 3), c.start)
    ]


def _paragraph_accepted(
    text: str, candidate: _Candidate, after: _Candidate | None, numbering: Numbering
) -> bool:
    """A paragraph candidate continues the numbering seen so far (`_accepts`); a bare number
    only as the next one (``2`` after ``1``, round 24, C8); a ``§`` label also where it
    continues the sections after a list (``2 § … tjänster: 1. … 4. … 3 § Medlemmar``)."""
    if candidate.bare:
        accepted = (numbering.last is not None and len(candidate.number) == 1
                    and candidate.number in successors(numbering.last))
    else:
        headed = bool(candidate.heading) and candidate.number == (1,)
        accepted = (
            headed
            or candidate.dashed
            or _accepts(candidate, numbering.last, after)
            or _one_lost_before(text, candidate, numbering.last)
            or _restart_after_page_index(text, candidate, numbering.last)
        )
    section = _SECTION_LABEL.match(text, candidate.start) is not None
    return accepted or (section and numbering.section is not None
                        and candidate.number in successors(numbering.section))


_LABEL_DIGITS = re.compile(r"\d+")


def _one_lost_before(text: str, candidate: _Candidate, last: Number | None) -> bool:
    """Round 44, bh-S1: a section number that skips one (``3`` after ``1``: the ``2`` was
    lost at a print's page break) after a sentence end, before a short capitalised heading
    and its sentence (`_bare_section_heading`), opens a section though no label after it
    continues the run (`_accepts` asks for one)."""
    if last is None or len(candidate.number) != 1 or not candidate.after_sentence:
        return False
    if candidate.number != (last[0] + 2,):
        return False
    digits = _LABEL_DIGITS.match(text, candidate.start)
    return digits is not None and _bare_section_heading(text, digits.end())


def _restart_after_page_index(text: str, candidate: _Candidate, last: Number | None) -> bool:
    """Round 46 (bm cause 2): a ``1`` after a sentence end, before a short capitalised
    verbless heading and its sentence (`_bare_section_heading`), in a line opening with
    another bare number (``2 Samarbetsavtal … nämnd. 1 Uppdrag Nämnden ska …``): the line's
    number was the page index of a print flattened one page a line, and the body's own
    numbering starts here (as on page 1, round 44). The numbers after it continue it."""
    if candidate.number != (1,) or not candidate.after_sentence or last is None:
        return False
    leading = _PAGE_INDEX.match(text)
    if leading is None or (int(leading.group("index")),) != last or last == (1,):
        return False
    digits = _LABEL_DIGITS.match(text, candidate.start)
    return digits is not None and _bare_section_heading(text, digits.end())


# A chapter label after a sentence end, before a capitalised heading: ``… reglemente. 2 kap.
# Nämndens arbetsformer …`` (round 25, cause S1-4); ``enligt 6 kap. 39 §`` is a reference.
_INLINE_CHAPTER = re.compile(  # round 35, S2: also before a heading in capitals
    r"(?<=[.!?])\s+(?P<label>(?P<number>\d{1,2})\s+kap\.)\s+(?=[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ])")


def chapter_cuts(text: str) -> list[int]:
    """Cuts before and after each chapter label ``N kap.`` printed inline after a sentence
    end: the label is a clause of its own, the chapter's heading opens the next one. The
    chapters must run in order: ``1`` or the successor of a chapter label seen before it in
    the line, or the one before a further label ``N+1 kap.``."""
    matches = list(_INLINE_CHAPTER.finditer(text))
    numbers = [int(match.group("number")) for match in matches]
    earlier = {int(n) for n in re.findall(r"(?<!\S)(\d{1,2}) kap\.", text[:matches[0].start()])
               } if matches else set()
    found: list[int] = []
    for index, match in enumerate(matches):
        number = numbers[index]
        seen = earlier | set(numbers[:index])
        if number == 1 or number - 1 in seen or number + 1 in numbers[index + 1 :]:
            found.extend((match.start("label"), match.end("label")))
    return found


# A dash before a lower-case item after a word, not after punctuation (INLINE_BULLET's dash):
# ``Skälen till förslaget är - att köerna kortas - att …`` (round 25, cause S2-1).
_LOWER_DASH = re.compile(r"(?<=[^\s.:;,!?])\s(?P<label>[-–])\s+(?=[a-zåäö])")
_MIN_LOOSE_ITEMS = 3  # items of different openings after a lead-in word: not a dash pair


# A chapter label glued to the words before it, with no sentence end between them, that a
# cut ends (a heading opens after it): ``… föreskriver följande 1 kap. Allmänna …``.
_GLUED_CHAPTER = re.compile(r"(?P<word>\S+)\s+(?P<number>\d{1,2})\s+kap\.\s*$")
_CHAPTER_LABELS = re.compile(r"(?<!\S)(\d{1,2})\s+kap\.")


def glued_chapter_cuts(text: str, cuts: list[int]) -> list[int]:
    """Round 52 ruling p3 (a flattened statute page line, round 51 a6): where a cut falls
    right after a chapter label ``N kap.`` that follows a word other than a preposition or a
    sentence end, the chapter's number stays with its ``kap.``: a cut before the number too.
    Only a chapter in order counts (``1``, or one after a chapter label earlier in the line);
    ``enligt 6 kap.`` is a reference."""
    found: list[int] = []
    for cut in cuts:
        match = _GLUED_CHAPTER.search(text, max(0, cut - 40), cut)
        if match is None or match.group("word").casefold() in patterns.PREPOSITIONS:
            continue
        if match.group("word").endswith((".", "!", "?", ":")):
            continue  # chapter_cuts' case
        if not match.group("word").isalpha():
            continue  # a page counter (``2(8) 1 kap.``) is page furniture, no sentence's word
        number = int(match.group("number"))
        earlier = {int(n) for n in _CHAPTER_LABELS.findall(text, 0, match.start("number"))}
        if number == 1 or number - 1 in earlier:
            found.append(match.start("number"))
    return found


def lower_dash_cuts(text: str, cuts: list[int]) -> list[int]:
    """Lower-case dash items after a lead-in without a colon: a run of at least two items of
    one dash glyph, the first after a lead-in word of layout.yaml `dash_lead_in_words` (the
    copula ``är``, ``innebär``, ``blir`` …) or every item opening with ``att``; each next
    dash follows the item before with no sentence end or cut between. Cuts before each
    dash, before the lead-in's sentence (a clause of its own, §1.2) and after the last
    item's full stop. A lone dash is a dash in a sentence; two items of different first
    words after a lead-in word are a parenthetical pair of dashes. `cuts`: sorted."""
    runs: list[list[re.Match[str]]] = []
    position = 0
    while (match := _LOWER_DASH.search(text, position)) is not None:
        runs.append([match, *_dash_run(text, match.group("label"), match.end(), cuts)])
        position = runs[-1][-1].end()
    found: list[int] = []
    for run in runs:
        if _after_colon_item(text, run[0], cuts):  # round 36, T1: ``uppnås: - a - b - c``
            found.extend(match.start("label") for match in run)
            following = _next_cut(cuts, run[-1].end(), len(text))
            found.extend(_cut_after_run(text, run[-1].start("label"), following))  # r49 L2
            continue
        if len(run) < _MIN_BULLET_ITEMS:
            continue
        before = text[: run[0].start()].split()[-1:] or [""]
        firsts = {text[m.end() :].split(" ", 1)[0] for m in run}
        if firsts != {"att"} and (before[0].casefold() not in patterns.DASH_LEAD_IN_WORDS
                                  or (len(run) < _MIN_LOOSE_ITEMS and len(firsts) > 1)):
            continue  # ``är – i likhet med styrelsen – ansvarig``: a parenthetical pair
        found.extend(match.start("label") for match in run)
        index = bisect_left(cuts, run[0].start())
        previous = cuts[index - 1] if index else 0
        lead_in = sentence_spans(text, previous, run[0].start())[-1][0]
        if lead_in > previous:
            found.append(lead_in)
        following = _next_cut(cuts, run[-1].end(), len(text))
        found.extend(_cut_after_run(text, run[-1].start("label"), following))
    return found


def _next_cut(cuts: list[int], position: int, default: int) -> int:
    """The first of the sorted `cuts` after `position`, else `default`."""
    index = bisect_right(cuts, position)
    return cuts[index] if index < len(cuts) else default


def colon_dash_cuts(text: str) -> list[int]:
    """Round 43 (probe43, cause 6): a dash list run into its lead-in's line after a colon
    (``Nämnden ansvarar för: - skolskjutsar - elevhälsan - uppföljning av resultaten``) is
    cut before each dash in a short paragraph line (of a blank-line document: the caller
    decides) as round 36 (T1) cuts it in a flattened one: a colon, a spaced dash before a
    lower-case word (`_COLON_DASH`), and at least one more spaced dash of the same glyph
    before a lower-case word with no sentence end between (`_dash_run`). Cuts before each
    dash and before a sentence after the last item. A dash pair in a sentence
    (``Nämnden – stadens organ – beslutar``), a gapped compound (``löne- och``) and a range
    (``2026 - 2027``) have no colon dash and stay."""
    found: list[int] = []
    for colon in _COLON_DASH.finditer(text):
        if not _LOWER_OPENING.match(text, colon.end()):
            continue
        first = colon.end() - 2  # the dash of ``: - ``
        run = _dash_run(text, text[first], colon.end(), [], _LISTED_DASH)
        items = [first, *(dash.start("label") for dash in run)]
        if len(items) < _MIN_BULLET_ITEMS:
            continue
        found.extend(items)
        found.extend(_cut_after_run(text, items[-1], len(text)))
    return found


# Round 44 (analysis 44-bh, S4): a Roman label (``II``, or dotted ``II.``), a short heading
# (a capitalised word and up to three lower-case ones) and then a capitalised sentence or a
# list item: ``… verksamhet: I Skogsbruk - Avverkning … II Förädling Bolaget …``.
_ROMAN_NUMBERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                  "IX": 9, "X": 10}
_INLINE_ROMAN = re.compile(
    rf"\s(?P<label>{patterns.SMALL_ROMAN})(?P<dot>\.?)\s+"
    r"(?P<heading>[A-ZÅÄÖ][a-zåäö-]+(?:\s+[a-zåäö][a-zåäö-]*){0,3})"
    rf"(?=\s+(?:(?P<dash>[-–{patterns.BULLET_GLYPHS}])\s+[^\W\d_]|[A-ZÅÄÖ][a-zåäö]))")
# A list item under a Roman heading: a dash or bullet before a letter.
_ROMAN_ITEM = re.compile(rf"\s(?P<label>[-–{patterns.BULLET_GLYPHS}])\s+(?=[^\W\d_])")


def roman_heading_cuts(text: str, cuts: list[int]) -> list[int]:
    """Round 44 (bh-S4): Roman subheadings in a flattened paragraph (`_INLINE_ROMAN`), in
    order from ``I`` with at least ``II`` after it, each heading verbless, each label after
    a sentence end or a lead-in's colon unless dotted (``… vägar II. Vatten och avlopp``):
    cuts before each label and after its heading, before each list item under it
    (`_roman_items`), and before the lead-in sentence whose colon announces the first label
    (a clause of its own, §1.2). A lone ``I`` opening a sentence (``I Museets lokaler gäller
    …``) and a ruler's numeral (``Karl XII och``) are no run."""
    run: list[re.Match[str]] = []
    for match in _INLINE_ROMAN.finditer(text):
        number = _ROMAN_NUMBERS.get(match.group("label"))
        after_stop = char_before(text, match.start()) in (".", ":", "!", "?")
        if (number is None or not (after_stop or match.group("dot"))
                or _sentence_words(match.group("heading").split())):
            continue
        if number == len(run) + 1:
            run.append(match)
        elif number == 1 and len(run) < 2:
            run = [match]
    if len(run) < 2:
        return []
    found: list[int] = []
    ends = [match.start("label") for match in run[1:]] + [len(text)]
    for match, end in zip(run, ends, strict=True):
        found.extend((match.start("label"), match.end("heading") + 1))
        if match.group("dash"):
            found.extend(_roman_items(text, match.end("heading"), end))
    colon = run[0].start()
    if text[:colon].endswith(":"):
        previous = max((cut for cut in cuts if cut < colon), default=0)
        lead_in = sentence_spans(text, previous, colon)[-1][0]
        if lead_in > previous:
            found.append(lead_in)
    return found


def _roman_items(text: str, start: int, end: int) -> list[int]:
    """The list items from `start` (a heading's end) up to `end`, of the first item's glyph:
    each after the stop of the item before, or, in a run of lower-case items, after any word
    (``- underhåll av gator - vinterväghållning``); a dash before a capital right after a
    word is a dash in the item's sentence."""
    found: list[int] = []
    glyph = ""
    lower = False
    for item in _ROMAN_ITEM.finditer(text, start, end):
        opening = text[item.end() : item.end() + 1]
        if item.start() == start:
            glyph, lower = item.group("label"), opening.islower()
        elif item.group("label") != glyph or not (
            char_before(text, item.start()) in ".;" or (lower and opening.islower())
        ):
            continue
        found.append(item.start("label"))
    return found


# A bullet glyph item right after a lead-in's colon, and each further one (INLINE_BULLET's).
_COLON_BULLET = re.compile(rf":\s+(?=[{patterns.BULLET_GLYPHS}]\s+\S)")
_SPACED_BULLET = re.compile(rf"(?<=\s)[{patterns.BULLET_GLYPHS}](?=\s+\S)")


def colon_bullet_cuts(text: str) -> list[int]:
    """Round 44 (probe44 S5): a bullet list run onto its lead-in's line after the colon
    (``Bolaget ska lämna: • delårsrapport • årsredovisning``) in a short paragraph line (of a
    blank-line document: the caller decides, as for `colon_dash_cuts`) is cut before each
    bullet, as a long line's are (`inline_cuts`): a colon, then at least `_MIN_BULLET_ITEMS`
    bullets of one glyph. A lone bullet stays (a symbol in a sentence)."""
    colon = _COLON_BULLET.search(text)
    if colon is None:
        return []
    glyph = text[colon.end()]
    items = [m.start() for m in _SPACED_BULLET.finditer(text, colon.end()) if m.group() == glyph]
    return items if len(items) >= _MIN_BULLET_ITEMS else []


# In a colon's dash list, a dash before a lower-case item also after the comma or semicolon
# that ends the item before (``för: - a, - b; - c samt - d``; round 49, 49-r L2).
_LISTED_DASH = re.compile(r"(?<=[^\s.:!?])\s(?P<label>[-–])\s+(?=[a-zåäö])")


def _dash_run(
    text: str, glyph: str, after: int, cuts: list[int], dashes: re.Pattern[str] = _LOWER_DASH
) -> list[re.Match[str]]:
    """The lower-case dash items (`_LOWER_DASH`, or `dashes`) that go on from a dash item
    ending at `after`: each of the dash `glyph`, with no sentence end and no cut of `cuts`
    since the item before."""
    run: list[re.Match[str]] = []
    for dash in dashes.finditer(text, after):
        if (
            dash.group("label") != glyph
            or _SENTENCE_STOP.search(text, after, dash.start())
            or any(after < cut < dash.start("label") for cut in cuts)
        ):
            break
        run.append(dash)
        after = dash.end()
    return run


def _cut_after_run(text: str, last_dash: int, end: int) -> list[int]:
    """The start of a sentence after the last dash item (up to `end`), a cut of its own."""
    spans = sentence_spans(text, last_dash, end)
    return [spans[1][0]] if len(spans) > 1 else []


def _after_colon_item(text: str, dash: re.Match[str], cuts: list[int]) -> bool:
    """Round 36, T1 (§1.2 lists in a flattened line): the dash `dash` follows, with no sentence
    end between, an item that opened with the same dash glyph right after a lead-in's colon
    (``Arkivvården ska ordnas så att följande uppnås: - god ordning - säker förvaring``): it
    continues that colon list, one item a dash, also where only one dash follows, and also
    past items cut after a comma or semicolon (``ansvarar för: - a, - b samt - c``; round 49,
    49-r L2)."""
    glyph, end = dash.group("label"), dash.start()
    for previous in reversed(cuts[: bisect_left(cuts, dash.start())]):  # (`cuts` sorted)
        if text[previous : previous + 1] != glyph or _SENTENCE_STOP.search(text[previous:end]):
            return False
        if text[:previous].rstrip().endswith(":"):
            return True
        if not text[:previous].rstrip().endswith((",", ";")):
            return False
        end = previous  # round 49 (49-r L2): ``för: - a, - b samt - c``: back past item b
    return False


# After a lower-case item word, a short Title-case heading and its section number before a
# capitalised sentence: ``- snabb åtkomst Ansvar 2 Kommunstyrelsen är …`` (round 36, T1).
_ITEM_END_HEADING = re.compile(
    r"(?<=[a-zåäö])\s+(?P<heading>[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,3})"
    r"\s+(?P<label>\d{1,2}\.?)\s+(?=[A-ZÅÄÖ][a-zåäö])")


_COLON_DASH = re.compile(r":\s+[-–]\s")
_LOWER_OPENING = re.compile(r"\s*[a-zåäö]")  # after `_COLON_DASH`: a lower-case first item


def item_end_headed_numbers(text: str) -> list[_Candidate]:
    """Round 36, T1: section numbers after a heading that ends an inline dash list of a colon
    lead-in (`_ITEM_END_HEADING`: ``… uppnås: - god ordning - snabb åtkomst Ansvar 2
    Kommunstyrelsen …``), no sentence end between the colon and the heading, no finite verb
    in the heading; `inline_cuts` takes one where it continues the numbering."""
    found: list[_Candidate] = []
    for match in _ITEM_END_HEADING.finditer(text):
        colon = [dash.end() for dash in _COLON_DASH.finditer(text, 0, match.start())]
        if (not colon or _SENTENCE_STOP.search(text, colon[-1], match.start())
                or _sentence_words(match.group("heading").split())):
            continue
        number = parse_number(match.group("label").rstrip("."))
        if number is not None:
            found.append(_Candidate(match.start("label"), number, "paragraph", True,
                                    (match.start("heading"),)))
    return found


# A bare number and a short capitalised title: an entry of an attachment list.
_ATTACHMENT_ENTRY = re.compile(r"(?P<number>\d{1,2})\s+(?P<title>[A-ZÅÄÖ][^\s.!?:;\d]*"
                               r"(?:\s+[^\s.!?:;\d]+){0,3}?)(?=\s+\d{1,2}\s+[A-ZÅÄÖ]|\s*$)")


def attachment_list_cuts(text: str) -> list[int]:
    """An attachment list run into the end of a line: a heading of layout.yaml
    `attachment_headings` (``Bilagor``, ``Bilaga``, ``Bilageförteckning``) after a word (a
    lost stop) or a sentence end, then bare-numbered titles of one to four words without a
    finite verb, numbered ``1``, ``2`` … in order (at least two) up to the line's end
    (round 25, cause S2-2): cuts before the heading and before each number. [] else."""
    words = list(_WORD.finditer(text))
    for index, word in enumerate(words[1:], start=1):
        if not word.group()[:1].isupper():
            continue  # (the test below wants a capital: asked first, the words are joined less)
        folded = word.group().casefold()
        length = 2 if folded == "förteckning" and " ".join(
            w.group().casefold() for w in words[index : index + 3]) \
            == "förteckning över bilagor" else 0
        if not (folded in patterns.ATTACHMENT_HEADINGS or length):
            continue
        start = words[index + length].end()
        entries = _attachment_entries(text, start)
        if entries:
            return [word.start(), *entries]
    return []


def _may_hold_attachment_heading(text: str) -> bool:
    folded = text.casefold()
    return "förteckning" in folded or any(
        heading in folded for heading in patterns.ATTACHMENT_HEADINGS)


def unstopped_before_attachments(text: str) -> set[int]:
    """Where a sentence whose stop was lost ends before an attachment list (``… ges i
    uppdrag att ta fram en plan Bilagor 1 Avtal 2 Budget``): the end of its last word. Like
    `section_headings.unstopped_ends`, the piece is a sentence, never a heading."""
    cuts = attachment_list_cuts(text)
    if not cuts:
        return set()
    before = text[: cuts[0]].rstrip()
    return {len(before)} if before and before[-1] not in ".!?:;" else set()


# Round 41, ah-S5: the last entry, up to the line's end, may run two titles together (a lost
# number: ``3 Miljönämndens yttrande Kommundirektörens yttrande``): up to ten words.
_LAST_ATTACHMENT_ENTRY = re.compile(r"(?P<number>\d{1,2})\s+(?P<title>[A-ZÅÄÖ][^\s.!?:;\d]*"
                                    r"(?:\s+[^\s.!?:;\d]+){0,9})\s*$")


def _attachment_entries(text: str, start: int) -> list[int]:
    entries: list[int] = []
    position = start
    while position < len(text):
        at = position + len(text[position:]) - len(text[position:].lstrip())
        match = _ATTACHMENT_ENTRY.match(text, at)
        if match is None and len(entries) + 1 >= _MIN_BULLET_ITEMS:
            match = _LAST_ATTACHMENT_ENTRY.match(text, at)
        if (match is None or int(match.group("number")) != len(entries) + 1
                or any(finite_verb(word) for word in match.group("title").split())):
            return []
        entries.append(match.start())
        position = match.end()
    return entries if len(entries) >= _MIN_BULLET_ITEMS else []


# A bullet or dash before a capitalised item, after the colon of a lead-in or the stop of the
# item before: ``… attest: - Attest får inte … - Beslut om …`` (round 24, cause C1).
_CAPITAL_BULLET = re.compile(r"(?<=[.:;])\s(?P<label>[-–•●▪])\s+(?=[\"”(]?[A-ZÅÄÖ])")
_MIN_BULLET_ITEMS = 2


# Round 40 (aw-S4): a dash before a capitalised item right after a word, no stop between
# (``… ingår: - Uppvärmning av salen - Belysning och ventilation``).
_UNSTOPPED_CAPITAL_DASH = re.compile(r"(?<=[^\W\d_])\s(?P<label>[-–])\s+(?=[A-ZÅÄÖ])")


def _unstopped_capital_dashes(text: str) -> list[re.Match[str]]:
    return list(_UNSTOPPED_CAPITAL_DASH.finditer(text)) if ": " in text else []


def _continues_colon_run(text: str, run: list[re.Match[str]], match: re.Match[str]) -> bool:
    """A dash after a stop continues any run; one right after a word only a run of such
    items that a lead-in's colon opened, with no sentence end between (round 40, aw-S4)."""
    if char_before(text, match.start()) in ".:;":
        return True
    opened_by_colon = text[: run[0].start()].endswith(":")
    return opened_by_colon and not any(
        _SENTENCE_STOP.search(text[item.end() : following.start()])
        for item, following in zip(run, [*run[1:], match], strict=True)
    )


def capital_bullet_cuts(text: str, cuts: list[int]) -> list[int]:
    """Inline list items that open with a capital (``Följande gäller: - Attest får inte ske
    … - Beslut ska dokumenteras.``): a run of at least two items of one glyph, the first
    after a colon, each next one after the stop of the one before, cuts before each label
    and before the lead-in sentence that the colon ends (a clause of its own, §1.2). A
    dash after a stop with no colon before it is a dash in a sentence."""
    runs: list[list[re.Match[str]]] = []
    matches = sorted(
        [*_CAPITAL_BULLET.finditer(text), *_unstopped_capital_dashes(text)],
        key=lambda match: match.start(),
    )
    for match in matches:
        after_colon = text[: match.start()].endswith(":")
        if after_colon:
            runs.append([match])
        elif (
            runs
            and runs[-1][-1].group("label") == match.group("label")
            and not any(runs[-1][-1].end() < cut < match.start("label") for cut in cuts)
            and _continues_colon_run(text, runs[-1], match)
        ):
            runs[-1].append(match)  # no numbered section between: the list goes on
    found: list[int] = []
    for run in runs:
        if len(run) < _MIN_BULLET_ITEMS:
            continue
        found.extend(match.start("label") for match in run)
        colon = run[0].start()
        previous = max((cut for cut in cuts if cut < colon), default=0)
        lead_in = sentence_spans(text, previous, colon)[-1][0]
        if lead_in > previous:
            found.append(lead_in)
    return found


def headed_numbers(text: str) -> list[_Candidate]:
    """Paragraph numbers after inline headings: ``… ersättare. Ledningsfunktion 3
    Kommunstyrelsen …`` cuts before ``Ledningsfunktion`` and before ``3``. Two headings in a
    row (``Uppgifter Allmänt om uppgifterna 1 …``) part where a capitalised word follows a
    lower-case one; a heading holds no finite verb."""
    found: list[_Candidate] = []
    for match in patterns.INLINE_HEADED_NUMBER.finditer(text):
        words = list(re.finditer(r"\S+", match.group("heading")))
        if _sentence_words([word.group() for word in words]):
            continue
        base = match.start("heading")
        starts = [base + words[0].start()]
        for before, word in zip(words, words[1:], strict=False):
            if (word.group()[:1].isupper() and before.group()[:1].islower()
                    and before.group() not in patterns.HEADING_LINKS):
                starts.append(base + word.start())
        number = parse_number(match.group("sign") or match.group("number"))
        if number is None:
            continue
        found.append(_Candidate(match.start("label"), number, "paragraph", True, tuple(starts)))
    return found


def _sentence_words(words: list[str]) -> bool:
    """A run of words taken for an inline heading is a sentence: it holds a finite verb (a
    listed one or a present the lemma lexicon knows: ``fastställer``), or opens with a
    fronted adverbial before its verb (``I planen fastställer …``, round 19 cause A1)."""
    return any(finite_verb(word) for word in words) or fronted_adverbial(words)


def _unpunctuated_starts(text: str, cuts: list[int], items: set[int]) -> list[int]:
    """Inside an inline list item, a capitalised word followed by a finite verb starts a
    new paragraph though no punctuation ends the item: ``9. annan lag Nämnden ansvarar``."""
    found: list[int] = []
    for index, cut in enumerate(cuts):
        if cut not in items:
            continue
        end = cuts[index + 1] if index + 1 < len(cuts) else len(text)
        for match in patterns.UNPUNCTUATED_SENTENCE.finditer(text, cut, end):
            before = text[cut : match.start()].split()[-1:] or [""]
            if before[0].casefold() in patterns.HEADING_NAME_CUES:
                continue  # ``under rubriken Styrelsen ska …``: a heading's name (round 22, A4)
            if match.group("verb") in patterns.SENTENCE_VERBS:
                found.append(match.start("start"))
                break
    return found


def _next_of_kind(candidates: list[_Candidate]) -> list[_Candidate | None]:
    """For each candidate the next one of the same kind (one pass, so linear)."""
    following: list[_Candidate | None] = [None] * len(candidates)
    seen: dict[str, _Candidate] = {}
    for index in range(len(candidates) - 1, -1, -1):
        following[index] = seen.get(candidates[index].kind)
        seen[candidates[index].kind] = candidates[index]
    return following


def _with_list_ends(text: str, cuts: list[int], items: set[int]) -> list[int]:
    """The last item of an inline list ends with its sentence: ``3. att följa upp. Ordföranden
    kallar …`` goes on as a paragraph; a letter item of nouns, before (round 52, bm-L2)."""
    ends: list[int] = []
    for index, cut in enumerate(cuts):
        following = cuts[index + 1] if index + 1 < len(cuts) else len(text)
        if cut in items and following not in items:
            if (noun_end := _noun_letter_item_end(text, cut, following)) is not None:
                ends.append(noun_end)
                continue
            spans = sentence_spans(text, cut, following)
            if len(spans) > 1:
                ends.append(spans[1][0])
    return sorted({*cuts, *ends})


_LETTER_LABEL = re.compile(r"[a-zåäö]\)\s")


def _noun_letter_item_end(text: str, start: int, end: int) -> int | None:
    """Round 52 (bm-L2): the last letter item of a run-on list (``b) Karta över området Skäl
    för beslutet Ledamöter som … har …``) is a noun phrase: it ends before its first
    capitalised word after its first, no finite verb before it and no link word
    (`HEADING_LINKS`: ``för Ekby kommun`` goes on), where a finite verb follows in the text
    after it (the heading and sentence the list swallowed); None otherwise."""
    if not _LETTER_LABEL.match(text, start):
        return None
    words = list(islice(_WORD.finditer(text, start + 2, end), _MAX_INLINE_HEADING_WORDS))
    for index in range(1, len(words)):
        word, before = words[index].group(), words[index - 1].group()
        if _finite_word(before) or not before.replace("-", "").isalpha():
            return None
        if word[:1].isupper() and word.isalpha() and before not in patterns.HEADING_LINKS:
            rest = [match.group() for match in islice(
                _WORD.finditer(text, words[index].start(), end), _MAX_INLINE_HEADING_WORDS)]
            return words[index].start() if any(_finite_word(w) for w in rest) else None
    return None


def _with_noun_list_ends(text: str, cuts: list[int], numbered: set[int]) -> list[int]:
    """Round 41, ay-C5: the last of a run of numbered noun-phrase items after a colon lead-in
    (``… tjänster: 1. Skolskjuts enligt lag. 2. Färdtjänst för äldre. Förbundet kan sälja
    …``) ends with its first sentence when that has no finite verb and the next opens
    capitalised with one: the sentences after it are a paragraph under the list. An item
    whose own sentence has a verb (``2. Nämnden prövar ärendet. Den får också …``) goes on."""
    ends: list[int] = []
    run_start: int | None = None
    for index, cut in enumerate(cuts):
        if cut not in numbered or _SECTION_LABEL.match(text, cut):
            run_start = None
            continue
        if run_start is None:
            run_start = cut
        following = cuts[index + 1] if index + 1 < len(cuts) else len(text)
        goes_on = following in numbered and not _SECTION_LABEL.match(text, following)
        if goes_on or not text[:run_start].rstrip().endswith(":"):
            continue
        spans = sentence_spans(text, cut, following)
        if len(spans) > 1 and _noun_item(text[spans[0][0] : spans[0][1]]) and _verb_sentence(
            text[spans[1][0] : spans[1][1]]
        ):
            ends.append(spans[1][0])
    return sorted({*cuts, *ends})


def _noun_item(text: str) -> bool:
    """A numbered item without a finite verb (its label and stop aside) outside a clause that
    a subordinating word after its head opens (round 42, bb-S4c: ``4. ärenden som enligt lag
    inte får delegeras.`` is a noun phrase with a relative clause; grammar.yaml
    `subordinators`). An item opening with a subordinator (``3. Om ordföranden har förhinder
    ska …``) is a sentence, and so is one whose finite verb follows the subordinate clause's
    closing comma (``3. Styrelsen, som väljs av stämman, leder …``)."""
    from pipeline.language.grammar import GRAMMAR

    words = text.split()[1:]
    if words and words[0].casefold() in GRAMMAR.subordinators:
        return False
    for index, word in enumerate(words):
        if word.casefold().strip(",") in GRAMMAR.subordinators:
            return not _finite_after_comma(words[index + 1 :])
        if finite_verb(word):
            return False
    return True


def _finite_after_comma(clause: list[str]) -> bool:
    """A finite verb after the first word that closes a subordinate clause with a comma."""
    closing = next((index for index, word in enumerate(clause) if word.endswith(",")), None)
    return closing is not None and any(finite_verb(word) for word in clause[closing + 1 :])


_DOTTED_LABEL = re.compile(r"\d{1,2}\.\s")


def _capital_item(text: str, candidate: _Candidate, last: Number | None, end: int) -> bool:
    """Round 42, cause bb-S4b: a capitalised ``N.`` after item ``N-1.`` of a run of items
    is the run's next item, no paragraph, where it is a noun phrase (`_noun_item`: ``…
    motion. 3. Ärenden som väckts genom motion, eller 4. ärenden …``); a numbered sentence
    (``3. Styrelsen beslutar …``) stays a paragraph candidate."""
    if last is None or len(last) != 1 or candidate.number != (last[0] + 1,):
        return False
    if not _DOTTED_LABEL.match(text, candidate.start):
        return False
    spans = sentence_spans(text, candidate.start, end)
    return bool(spans) and _noun_item(text[spans[0][0] : spans[0][1]])


def _verb_sentence(text: str) -> bool:
    """A capitalised sentence with a finite verb."""
    return text[:1].isupper() and any(finite_verb(word) for word in text.split())


# A lead-in: a capitalised sentence whose colon ends it or opens a numbered item (``1. …``).
_LEAD_IN = re.compile(r"[A-ZÅÄÖ][^:]*\S\s[^:]*:(?:\s+\d{1,2}[.)]\s.*)?", re.DOTALL)


def _with_lead_ins(text: str, cuts: list[int], numbered: set[int]) -> list[int]:
    """Round 22, cause A2: a numbered item or paragraph ends at its full stop where a new
    lead-in follows in its span, a sentence ending in a colon (``2. Bilagan uppdateras.
    Nämnden föreslår fullmäktige besluta: 1. Planen antas.``): the lead-in starts a clause."""
    starts: list[int] = []
    for index, cut in enumerate(cuts):
        if cut not in numbered:
            continue
        following = cuts[index + 1] if index + 1 < len(cuts) else len(text)
        spans = sentence_spans(text, cut, following)
        starts.extend(
            start for start, end in spans[1:] if _LEAD_IN.fullmatch(text[start:end].strip())
        )
        starts.extend(_announcing_lead_in_start(text, spans, following))
    if cuts and cuts[0] in numbered:  # the line's own first paragraph before its items
        starts.extend(_announcing_lead_in_start(text, sentence_spans(text, 0, cuts[0]), cuts[0]))
    return sorted({*cuts, *starts})


# A bare number between a lead-in that breaks off and a lower-case ``att``-series: ``…
# åligger därvid styrelsen 3 att förvalta …`` (the number's own mark was lost).
_LOST_LABEL = re.compile(r"(?<=[a-zåäö,])\s+(?P<number>\d{1,2})\s+att\s+(?P<verb>[a-zåäö]+)\b")
_ACTOR_VERB_WORDS = 5  # a paragraph's subject and its finite verb: ``Kultur- och … får``


def lost_label_item_cuts(
    text: str, cuts: list[int], numbers: dict[int, Number], leading: Number | None
) -> list[int]:
    """Analysis 52-ao L2: in a flattened line, a bare number that continues the paragraph
    number before it (``2 Det åligger därvid nämnden 3 att förvalta …, att …``), printed
    after a lower-case word of an unfinished lead-in and before a lower-case ``att`` + a base
    form the lexicon knows, is the label of the lead-in's ``att``-series (its mark was lost):
    a cut before it. The series ends where a later sentence opens with a capitalised subject
    the actor lexicon knows + a finite verb (``… fartygen. Hamnstyrelsen får …``): a
    paragraph of its own. ``Nämnden har 3 ledamöter att utse`` has no ``att`` after the
    number, ``enligt 3 att-satser`` no base form."""
    from pipeline.language.spelling import lemma_lexicon

    found: list[int] = []
    for match in _LOST_LABEL.finditer(text):
        start = match.start("number")
        before = [cut for cut in cuts if cut < start and cut in numbers]
        last = numbers[before[-1]] if before else leading
        number = parse_number(match.group("number"))
        if last is None or number is None or number not in successors(last):
            continue
        verb = match.group("verb")
        if verb[-1:] not in "aeiouyåäö" or verb not in lemma_lexicon()[1]:
            continue
        word = _WORD_BEFORE.search(text, max(0, start - 20), start).group("word")
        lower = word.casefold()
        if lower in patterns.PREPOSITIONS or lower in patterns.NUMBERED_WORDS or finite_verb(word):
            continue  # ``enligt 3 att``, ``väljer 3 att leda``: the number is no label
        found.append(start)
        end = _next_cut(cuts, start, len(text))
        found.extend(_paragraph_after_series(text, start, end))
    return found


def _paragraph_after_series(text: str, start: int, end: int) -> list[int]:
    """The first sentence after the series' first that opens with a capitalised subject the
    actor lexicon knows and its finite verb (`lost_label_item_cuts`)."""
    for sentence_start, sentence_end in sentence_spans(text, start, end)[1:]:
        words = text[sentence_start:sentence_end].split()
        if not words or not words[0][:1].isupper():
            continue
        for index in range(1, min(len(words), _ACTOR_VERB_WORDS)):
            if finite_verb(words[index]):
                if is_actor_noun(words[index - 1].strip(",")):
                    return [sentence_start + len(text[sentence_start:sentence_end]) -
                            len(text[sentence_start:sentence_end].lstrip())]
                break
    return []


def _announcing_lead_in_start(text: str, spans: list[tuple[int, int]], end: int) -> list[int]:
    """Round 42, bb-S4a: the start of the last of the sentences `spans` where it is a lead-in
    without a colon (`_announcing_lead_in`) that runs into item ``1.`` at `end` after
    another sentence (``… slag. I följande ärenden … enligt KL 1. …``)."""
    if len(spans) > 1 and _FIRST_ITEM.match(text, end) and _announcing_lead_in(
            text[spans[-1][0] : spans[-1][1]]):
        return [spans[-1][0]]
    return []


_FIRST_ITEM = re.compile(r"1[.)]\s")


def _announcing_lead_in(sentence: str) -> bool:
    """Round 42, cause bb-S4a: a capitalised sentence without a stop that runs into item
    ``1.`` and holds a word announcing a list (grammar.yaml `list_announcers`: ``I följande
    slag av ärenden kan beslutsrätten inte överlåtas enligt KL 1. …``) is a lead-in, as one
    ending in a colon."""
    from pipeline.language.grammar import GRAMMAR

    words = sentence.split()
    return bool(words) and words[0][:1].isupper() and words[-1][-1:] not in ".!?:;" and any(
        word.casefold() in GRAMMAR.list_announcers for word in words)


def _accepts(candidate: _Candidate, last: Number | None, following: _Candidate | None) -> bool:
    if last is not None and candidate.number in successors(last):
        return True
    if not candidate.after_sentence and candidate.number != (1,):
        return False
    # Starts a run: the next label of its kind continues it.
    if following is None or following.number not in successors(candidate.number):
        return False
    return last is None or candidate.number in {(1,), (*last, 1)} or len(candidate.number) == 1


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of `text` cut after each sentence end (abbreviations are no end)."""
    spans: list[tuple[int, int]] = []
    position = start
    for match in patterns.SENTENCE_BREAK.finditer(text, start, end):
        word = text[max(start, match.start() - 12) : match.start()].split(" ")[-1]
        word = word.rstrip(patterns.CLOSING_QUOTES)
        if (
            not word.endswith((".", "!", "?"))
            or word.rstrip(".").lower() in patterns.ABBREVIATIONS
            or word[:-1].isdigit()  # "2. Uppdrag": a label, not a sentence
        ):
            continue
        piece_end = match.start()
        while piece_end > position and text[piece_end - 1] == " ":
            piece_end -= 1
        if piece_end > position:
            spans.append((position, match.start()))
        position = match.end()
    if position < end:
        spans.append((position, end))
    return spans


_MAX_INLINE_HEADING_WORDS = 12


def inline_heading_end(
    text: str, start: int, end: int, *, counter: bool = False, section_end: int | None = None
) -> int | None:
    """Where a numbered heading printed inline ends: ``2. Regiondirektörens uppdrag
    Regiondirektören har …`` → after ``uppdrag``. The heading is the label, a capitalised
    word and lower-case words without a finite verb, up to the next capitalised word. A
    heading never ends in a preposition or conjunction (`HEADING_LINKS`): a capitalised word
    after one is a name inside the sentence (``1.1 Reglerna för styrelsen i Fjällvind AB
    (nedan …``, analysis-11 cause 5), and a capitalised word right after that name leaves
    the end unknown. A heading of one word ends where `one_word_heading` says; an acronym
    ends one opening with an acronym's genitive where `_acronym_subject` says. A finite verb
    is a listed one or a present the lemma lexicon knows (``fastställer``), and words
    opening with a fronted adverbial before their verb (``4 I planen fastställer direktören
    Kustverkets …``, `inline_headings.fronted_adverbial`) are a sentence (round 19, A1).
    Round 41 (ay-C4): a ``N §`` label too (``2 § Förbundets uppgifter Västby kommunalförbund
    ska …``). With `counter`, a fused page counter of the label's page after it is skipped
    (`label_counter_end`, the line's only sign: `assemble._numbered_heading_line`). With
    `section_end`, the heading opens after a page's number and its section's (round 48,
    `page_section_end`: ``2 3 Ersättare Ersättarna …``)."""
    label = patterns.NUMBERED_HEAD.match(text[start:end])
    if label is None:
        return None
    offset = start + label.end()
    if section_end is not None:
        offset = section_end
    elif counter:  # round 46, bm cause 5: ``2 2(8) Ansvar och uppföljning Enligt …``
        offset = label_counter_end(text, start, offset)
    words = list(re.finditer(r"\S+", text[offset:end]))[: _MAX_INLINE_HEADING_WORDS + 1]
    if len(words) < 3 or not words[0].group()[:1].isupper():
        return None
    in_name = False
    for index in range(1, len(words)):
        word = words[index].group()
        if word[:1].isupper() and words[index - 1].group() in patterns.HEADING_LINKS:
            in_name = True  # a name governed by the preposition or conjunction before it
            continue
        if word[:1].isupper() and in_name:
            return None
        in_name = False
        if word[:1].isupper() and index == 1:
            texts = [w.group() for w in words]
            stacked = stacked_case_heading(texts)  # round 34, S2: ``2 X Allmänt X (nedan Y) ska``
            # round 44, probe44 S7: ``9 § Utträde Vill en medlem utträda … ska …``
            verb_first = verb_first_sentence(texts)
            return offset + words[0].end() if (
                one_word_heading(texts) or stacked or verb_first) else None
        if word[:1].isupper() and index >= 2 and (
            not word.isupper() or _acronym_subject(words, index)
        ):
            inner = [w.group().rstrip(",") for w in words[1:index]]
            if (_sentence_words(inner) or fronted_adverbial([w.group() for w in words[:index]])
                    or (inner[-1][-1:] in ".:;!?" and not closing_abbreviation(inner[-1]))):
                return None
            return offset + words[index - 1].end()
        if not word[:1].islower():
            return None
    return None


def label_counter_end(text: str, start: int, label_end: int) -> int:
    """Round 46 (bm cause 5): where the text after a bare number label at `start` opens, past
    a fused page counter of the same number printed right after it (``2 2(8) Ansvar och
    uppföljning Enligt …``: page 2 of 8, the counter no heading word); `label_end` where
    none stands there (``2 3(8)``, ``2 2 kap.``) or a document's title follows it (``3 3 (4)
    Delegationsordning för …``: the page's running header, no section heading)."""
    counter = _label_counter(text, start, label_end)
    if counter is None:
        return label_end
    following = text[counter.end() : counter.end() + 40].split()[:1]
    if following and is_document_kind(following[0]):
        return label_end  # ``3 3 (4) Delegationsordning för …``: a running header, a page's
    return counter.end() + 1


# An acronym's genitive: ``VD:s``, ``KS:s`` (the colon before the ending, Swedish typography).
_ACRONYM_GENITIVE = re.compile(r"[A-ZÅÄÖ]{2,}:s")


def _acronym_subject(words: list[re.Match[str]], index: int) -> bool:
    """In a heading opening with an acronym's genitive (``2. VD:s uppgifter VD ska
    särskilt``), an acronym followed by a finite verb is the subject of the sentence after
    the heading: an acronym inside such a heading is taken as part of it otherwise."""
    return (
        bool(_ACRONYM_GENITIVE.fullmatch(words[0].group()))
        and len(words[index].group()) > 1
        and index + 1 < len(words)
        and finite_verb(words[index + 1].group())
    )


_SENTENCE_OPENING_WORDS = 4
# Endings of a definite noun (``Styrelsen``, ``Bolaget``, ``Stämman``, ``Ägarna``, ``Revisorn``).
_DEFINITE_ENDINGS = ("en", "et", "an", "na", "rn")


def _definite(word: str) -> bool:
    """A definite noun by its spelling, unless the lemma lexicon knows the word as a base
    form (``Vatten``)."""
    lower = word.casefold()
    return lower.endswith(_DEFINITE_ENDINGS) and _lemma_differs(lower, unknown=True)


def _lemma_differs(lower: str, unknown: bool) -> bool:
    """The lemma lexicon reads `lower` as a form of another word; `unknown` for a word it
    does not know."""
    from pipeline.language.spelling import lexicon_lemma

    lemma = lexicon_lemma(lower)
    return lemma != lower if lemma else unknown


def _determiner(word: str) -> bool:
    from pipeline.language.grammar import GRAMMAR

    lower = word.casefold()
    return lower in GRAMMAR.non_name_openers or lower in GRAMMAR.distributive_determiners


def one_word_heading(words: list[str]) -> bool:
    """A numbered heading of one word before its paragraph (analysis-15 cause 1a: ``3 Revision
    Lekmannarevisorn får …``, ``2 Syfte Bolagets syfte är …``). The word after the heading
    opens a noun phrase that starts a sentence: a determiner (``Varje``), or a known noun
    (no name: ``3 Region Norrbotten ska``, ``4 Stiftelsen Björkudden ska`` stay whole) in its
    genitive before a lower-case word, its definite form, itself or after an adjective
    (``1 Rapportering Verkställande direktören ska …``), or the heading word again (``2
    Medlemmar Medlemmar i förbundet är …``); a finite verb follows within four words. The
    heading word is no sentence start itself: no finite verb and no closed-class opener
    (layout.yaml `sentence_openers`: ``3 Vid Bolagsstämman ska``). A capitalised preposition
    (``Bland``, ``Förutom``) opens the sentence when a finite verb follows within four words
    (round 44)."""
    if len(words) < 3:
        return False
    heading, opening = words[0], words[1]
    rest = without_naming(words[2:])[:_SENTENCE_OPENING_WORDS]  # round 34, S2: ``(nedan X)``
    if not rest:
        return False
    if (not heading.replace("-", "").isalpha() or (heading.isupper() and not capitals_noun(heading))
            or finite_verb(heading)
            or heading.casefold() in patterns.SENTENCE_OPENERS or _determiner(heading)
            or _definite_genitive(heading)):
        return False
    genitive = opening.endswith("s") and rest[0][:1].islower()
    repeated = opening.casefold().startswith(heading.casefold())  # 4 Styrelse Styrelsen ska
    noun = (genitive or repeated or _definite(opening)) and known_noun(opening)
    after_adjective = rest[0][:1].islower() and _definite(rest[0]) and known_noun(rest[0])
    # round 40 (aw-S4): ``2 Avgiftsformer Enligt denna taxa tas …``: a capitalised
    # closed-class sentence opener after the heading word; round 44 (new-user trial 44,
    # cause 3): any preposition (layout.yaml `prepositions`: ``§ 2 Presidium Bland
    # fullmäktiges ledamöter väljer …``), a finite verb following it as for the others
    opener = opening[:1].isupper() and (
        opening.casefold() in patterns.SENTENCE_OPENERS
        or opening.casefold() in patterns.PREPOSITIONS
    )
    if not (noun or after_adjective or opener or _determiner(opening)):
        bare = not _inflected_a_form(heading) and _bare_noun_subject(words[1:])
        return bare or _heading_before_named_subject(heading, words[1:])  # bare: round 44
    if any(finite_verb(word) or (opener and _passive_present(word)) or s_verb(word)
           for word in rest):
        return True
    # round 44, bh-S3: ``2 Område Bolagets verksamhetsområde för el och värme är …``
    return noun and long_subject_verb(words[1 : LONG_SUBJECT_WORDS + 2])


def _definite_genitive(word: str) -> bool:
    """A definite noun's genitive (``Regionens``, ``Bolagets``, ``Nämndernas``) owns the noun
    after it (``5 § Regionens Hälsonämnd samråder …``): no heading word of its own."""
    lower = word.casefold()
    return lower.endswith(("ens", "ets", "nas")) and known_noun(word[:-1])


def _inflected_a_form(word: str) -> bool:
    """A known word in -a whose lemma is another word: an adjective's form (``Nya``,
    ``Övriga``) before a bare noun is that noun's attribute (``2 Nya Medlemmar antas …``),
    no heading. The spelling test also holds for a definite plural (``Ägarna``) or an
    infinitive, which are no heading before a bare noun either."""
    lower = word.casefold()
    return lower.endswith("a") and _lemma_differs(lower, unknown=False)


def _bare_noun_subject(words: list[str]) -> bool:
    """Round 44 (analysis 44-bh, S3): the words open a sentence with a bare known noun,
    plural or singular (``Ledamöter i styrelsen utses …``, ``Medlem antas av …``): its
    finite verb or s-form right after it, or after its attributes (`long_subject_verb`). A
    capitalised word after the noun (``Arvoden Ledamöterna får …``: a two-word heading)
    or a name (``Norrbotten``) is no such subject."""
    if len(words) < 2:
        return False
    opening = words[0]
    if not (opening[:1].isupper() and opening[1:].islower() and opening.isalpha()
            and known_noun(opening)):
        return False
    if opening.casefold() in patterns.SENTENCE_OPENERS or finite_verb(opening.casefold()):
        return False
    following = words[1].strip(",.;:")
    if finite_verb(following) or s_verb(following) or _passive_present(following):
        return True
    return long_subject_verb(words[: LONG_SUBJECT_WORDS + 1])


_CAPITALS_NOUN_LETTERS = 5  # a shorter word in capitals is an acronym (``VD``, ``KF``, ``SKR``)


def capitals_noun(word: str) -> bool:
    """Round 44 (analysis 44-bh, S2): a word in capitals that is a heading's common noun
    (``ÄNDAMÅL``, ``MEDLEMSKAP``): at least five letters and known to the lexicons in lower
    case. An acronym is shorter or unknown (``VD``, ``SKR``, ``SWECO``)."""
    return (len(word) >= _CAPITALS_NOUN_LETTERS and word.isupper()
            and word.replace("-", "").isalpha() and known_noun(word.casefold()))


_NAME_SUBJECT_WORDS = (2, 3)  # ``Norrby kommun``, ``Region Åby``, ``Tallviks kommuns``


def _heading_before_named_subject(heading: str, words: list[str]) -> bool:
    """Round 41 (analysis 41-r C3): ``1 - Värdskap Norrby kommun är …``: a known common
    noun as the heading, then an organisation's whole name (`page_headers`' reading, genitive
    allowed) opening a sentence whose finite verb follows within four words. The heading word
    is no part of that name (``3 Region Norrbotten ska`` stays whole). Round 49 (49-r L1): a
    compound heading the lexicon knows by its parts (``1 - Organisationstillhörighet Ekby
    kommun är …``, `known_compound`)."""
    if not known_noun(heading) and not known_compound(heading):
        return False
    for size in _NAME_SUBJECT_WORDS:
        name = [word.strip(",.;:") for word in words[:size]]
        if len(name) < size or not _names_organisation_or_genitive(name):
            continue
        if _names_organisation_or_genitive([heading, *name]):
            return False
        rest = without_naming(words[size:])[:_SENTENCE_OPENING_WORDS]
        return any(finite_verb(word) for word in rest)
    return False


def _names_organisation_or_genitive(words: list[str]) -> bool:
    """The words are one organisation's whole name (`organisations.organisation`), or its
    genitive (``Tallviks kommuns``)."""
    from pipeline.language.organisations import organisation  # its config imports normalize

    if not words[0][:1].isupper():
        return False
    phrase = " ".join(words).casefold()
    named = (organisation(" ".join(words)) or "").casefold()
    return bool(named) and phrase in (named, named + "s")


def _passive_present(word: str) -> bool:
    """An s-passive present whose active present the lexicon knows (``betalas``,
    ``fastställs``); short ones (``tas``) are in layout.yaml `sentence_verbs`."""
    from pipeline.language.spelling import present_spelling

    bare = word.strip(",.;:()")
    stem = bare[:-1]
    return (
        bare.endswith("s")
        and stem.islower()
        and any(present_spelling(stem + ending) for ending in ("r", "er"))
    )


_MAX_NAMING_WORDS = 4  # ``(nedan kallad styrelsen)``


def without_naming(words: list[str]) -> list[str]:
    """Round 34, cause S2: the words without a bracketed naming apposition or acronym that
    opens them (``(nedan styrelsen) ska leda``, ``(RS) ska``, at most four words): counting
    words to a subject's finite verb skips it."""
    if not words or not words[0].startswith("("):
        return words
    for index, word in enumerate(words[:_MAX_NAMING_WORDS]):
        if word.rstrip(",").endswith(")"):
            return words[index + 1 :]
    return words


def stacked_case_heading(words: list[str]) -> bool:
    """Round 34, cause S2: a numbered heading of one word with a one-word case heading
    stacked under it before the sentence whose subject repeats it, whole or by its head,
    a bracketed naming after it (``2 Regionstyrelsen Allmänt Regionstyrelsen (nedan
    styrelsen) ska leda …``, ``4 Kulturnämnden Allmänt Nämnden ska …``): the case heading
    is capitalised, a word the lexicon knows (no name), no acronym, actor, closed-class word
    or finite verb; a finite verb
    follows the subject within four words (`one_word_heading`)."""
    if len(words) < 4:
        return False
    heading, case, subject = words[0], words[1], words[2].rstrip(",").casefold()
    if not (case.isalpha() and case[:1].isupper() and not case.isupper()):
        return False
    if (finite_verb(case.casefold()) or case.casefold() in patterns.SENTENCE_OPENERS
            or is_actor_noun(case) or not known_noun(case) or len(subject) < 4):
        return False
    if not (subject.startswith(heading.casefold()) or heading.casefold().endswith(subject)):
        return False
    return one_word_heading([heading, *words[2:]])


def stacked_case_heading_end(text: str, start: int, end: int) -> int | None:
    """The end of the case heading of `stacked_case_heading` in the block `text[start:end]`
    opening with a numbered label (``2 Regionstyrelsen Allmänt|``); None when none."""
    label = patterns.NUMBERED_HEAD.match(text[start:end])
    if label is None or "§" in label.group(0):
        return None
    offset = start + label.end()
    words = list(re.finditer(r"\S+", text[offset:end]))[: 3 + _SENTENCE_OPENING_WORDS * 2]
    if not stacked_case_heading([w.group() for w in words]):
        return None
    return offset + words[1].end()


def parenthetical_heading_end(text: str, start: int, end: int) -> list[int]:
    """Where a heading that ends in a parenthetical ends, printed inline before its paragraph
    (analysis-11 cause 4): ``Bolagets syfte (vad som ska nås) Bolaget ska främja …`` → after
    ``)``; at the start of the block (after its numbered label) or of a sentence in it (cut
    before it too). The heading words hold no finite verb (the parenthetical may); after the
    bracket a capitalised word opens a sentence whose finite verb comes within four words."""
    if "(" not in text[start:end]:
        return []
    ends: list[int] = []
    for index, (position, _) in enumerate(sentence_spans(text, start, end)):
        while position < end and text[position] == " ":
            position += 1
        label = patterns.NUMBERED_HEAD.match(text[position:end])
        heading = position + label.end() if label else position
        while heading < end and text[heading] == " ":
            heading += 1
        match = patterns.INLINE_PARENTHETICAL_HEADING.match(text, heading, end)
        if match is None or any(
            word in patterns.SENTENCE_VERBS for word in match.group("heading").split()
        ):
            continue
        following = text[match.end() : end].split()[: _SENTENCE_OPENING_WORDS + 1]
        if any(word.rstrip(",.") in patterns.SENTENCE_VERBS for word in following[1:]):
            ends.extend((position, match.end()) if index else (match.end(),))
    return ends


# An adoption history (analysis-12 cause 1) is at most this many words; a heading after it
# at most this many (sentences.yaml's `max_heading_words`).
_ADOPTION_MAX_WORDS = 60
_ADOPTION_HEADING_WORDS = 6
# Round 46 (bm cause 4): a register's decision number and year (``4/19``, ``144/12``) too.
_ADOPTION_DATE = re.compile(r"\d{4}|§\s*\d+|(?<![\d/])\d{1,4}/\d{2}(?![\d/])")
# A bare § number after a spaced comma, its date and sign lost (``Antagen av nämnden , 32``,
# ``den , 88``: round 24 cause C2).
_BARE_SECTION_NUMBER = re.compile(r"(?<=\s),\s*\d{1,4}(?=[.,;]?(?:\s|$))")
# A day before a word (a month name, `_date_end`): ``den 3 mars`` (round 19, cause A2).
_DAY_MONTH = re.compile(r"\b\d{1,2}\s+(?P<month>[a-zåäö]+)\b")


def _dated(text: str) -> bool:
    """A year or a § number, a bare number after a spaced comma (``, 32``), or a day and
    month without a year (``den 3 mars``)."""
    return bool(_ADOPTION_DATE.search(text) or _BARE_SECTION_NUMBER.search(text)) or any(
        match.group("month") in patterns.MONTH_NAMES for match in _DAY_MONTH.finditer(text))


def _date_end(words: list[str], index: int) -> bool:
    """`words[index]` may end a date: a word with a digit (``2019``, ``2019-03-25,``, ``§
    45``) or a month name after its day (``den 3 mars``: a date without a year, round 19
    cause A2; ``i december`` is no date)."""
    word = words[index]
    if any(char.isdigit() for char in word):
        return True
    day = words[index - 1] if index else ""
    return (word.rstrip(",.").casefold() in patterns.MONTH_NAMES
            and day.isdigit() and len(day) <= 2)


# A full stop (after any word, a number too: `§ 17.`) before a capitalised word.
_FULL_STOP = re.compile(r"(?<=\.)['\"”’)]*\s+(?=[A-ZÅÄÖ])")
_ADOPTION_OPENING = re.compile(r"(?:^|(?<=\s))[A-ZÅÄÖ]")


def _adoption_phrase(words: list[str], index: int) -> int:
    """The number of words of an `ADOPTION_WORDS` phrase at `words[index]` (0: none)."""
    if index >= len(words):
        return 0
    return _listed_adoption_phrase(words, index)


def update_opening(label: str) -> bool:
    """Round 56 (analysis 56-cl C6): a field label that opens an update line (``Sidan
    granskades:``, ``Avtalet antogs:``, `_finite_opening`): a history line of its own, no
    field of the run above it."""
    return _finite_opening(label.split(), 0)


def _finite_opening(words: list[str], index: int) -> bool:
    """Round 46 (bm cause 1): the document's definite kind noun before a finite past passive
    (`ADOPTION_FINITE_VERBS`) at `words[index]`: ``Avtalet antogs``, ``Policyn
    fastställdes``; round 51, newuser50b fault 6: the web page, layout.yaml `web_page_nouns`:
    ``Sidan uppdaterades 2024-01-10``, the page's update line)."""
    return (
        index + 1 < len(words)
        and words[index + 1].casefold().rstrip(",:") in patterns.ADOPTION_FINITE_VERBS
        and (_definite_document_noun(words[index])
             or words[index].casefold() in patterns.WEB_PAGE_NOUNS)
    )


# Definite suffixes of a document-kind noun (actors.yaml `document_kind_nouns`): ``avtalet``,
# ``reglementet``, ``policyn``, ``stadgarna``.
_DEFINITE_KIND_SUFFIXES = ("et", "en", "t", "n", "na")


def _definite_document_noun(word: str) -> bool:
    """``Avtalet``, ``Samverkansavtalet``, ``Policyn``: a document-kind noun (or a compound
    whose head is one) in its definite form."""
    lower = word.casefold()
    return lower.endswith(_DEFINITE_KIND_SUFFIXES) and any(
        is_document_kind(word[: len(word) - len(suffix)])
        for suffix in _DEFINITE_KIND_SUFFIXES
        if lower.endswith(suffix)
    )


def _listed_adoption_phrase(words: list[str], index: int) -> int:
    candidates = phrases_by_first_word(patterns.ADOPTION_WORDS).get(
        words[index].casefold().rstrip(",:"), ()
    )
    for parts in candidates:
        # a web page's field label keeps its colon: ``Senast uppdaterad: 2025-11-24`` (round 45)
        found = tuple(word.casefold().rstrip(",:") for word in words[index : index + len(parts)])
        if found == parts:
            return len(parts)
    return 0


def is_adoption_history(text: str) -> bool:
    """``Antagen av kommunfullmäktige den 4 maj 2015, § 41, reviderad den 9 oktober 2019,
    § 88.``: opened by an adoption participle or validity phrase (`ADOPTION_WORDS`),
    capitalised, holding a year or a § number, ending in a date or number, with no finite
    verb (`SENTENCE_VERBS`) but those of its phrases (``gäller från``): dates, numbers,
    bodies and participles only. Round 34, S1: field labels whose values were lost may end
    it (``… , 14. Gäller från``)."""
    words = _without_lost_labels(text.split())
    if len(words) > 1 and _finite_opening(words, 0):  # round 46: ``Avtalet antogs … och med``
        stripped = text.rstrip()
        return _finite_history_end(stripped, 0, len(stripped)) == len(stripped)
    if (not words or not words[0][:1].isupper() or len(words) > _ADOPTION_MAX_WORDS
            or not _dated(text) or not _date_end(words, len(words) - 1)):
        return False
    index = 0 if _adoption_phrase(words, 0) else _titled_adoption(words)
    if index is None and _series_word(words[0]) and _adoption_phrase(words, 1):
        return _history_words(words, 1, titled=False)  # round 46: ``FÖRFATTNING Antagen …``
    if index is None:
        return False
    return _history_words(words, index, titled=index > 0)


def _history_words(words: list[str], index: int, *, titled: bool) -> bool:
    """The words of a history from `words[index]` on are adoption phrases, dates, numbers,
    bodies and participles: no finite verb (`SENTENCE_VERBS`; after a title none at all:
    ``… antaget 2019 och gäller``)."""
    while index < len(words):
        phrase = _adoption_phrase(words, index)
        if phrase:
            index += phrase
            continue
        word = words[index].rstrip(",.;:")
        if word.casefold() in patterns.SENTENCE_VERBS or (titled and finite_verb(word)):
            return False
        index += 1
    return True


_MIN_TITLE_WORDS = 2


def _titled_adoption(words: list[str]) -> int | None:
    """Where a lower-case adoption participle follows a document's title phrase (``Reglemente
    för Ekby Energi AB (nedan kallat bolaget) antaget av kommunfullmäktige den , 88 …``,
    round 24 cause C2): a verbless title (`_is_title`) without a digit before it; else None
    (a capitalised adoption phrase opens the history itself: ``Instruktion … Gäller från``)."""
    if words[0].casefold() in patterns.BOUNDARY_WORDS:
        return None  # ``Den senaste ändringen beslutade …``: a sentence's subject, no title
    # round 55: only a word that opens an adoption phrase is matched against the phrases
    openers = phrases_by_first_word(patterns.ADOPTION_WORDS)
    for index in range(1, min(len(words), _MAX_TITLE_WORDS + 1)):
        if not words[index].isalpha() and any(char.isdigit() for char in words[index]):
            return None  # (a letter is never a digit: only a word with other characters scanned)
        if words[index].casefold().rstrip(",:") not in openers:
            continue
        if phrase := _adoption_phrase(words, index):  # a participle, no ``gäller från``
            title = " ".join(words[:index])
            titled = (
                phrase == 1
                and words[index][:1].islower()
                and _is_title(title)
                # round 44, bh-S5: a one-word title is a document-kind noun (``Stadgar
                # antagna av …``, ``Reglemente fastställt …``: actors.yaml document_kind_nouns)
                and (index >= _MIN_TITLE_WORDS or is_document_kind(title))
            )
            return index if titled else None
    return None


def _sentence_end(text: str, start: int, end: int) -> int | None:
    """The end of the sentence opening at `start`: after its first full stop before a
    capitalised word that is no abbreviation's (``t.ex. Nämnden``)."""
    for match in _FULL_STOP.finditer(text, start, end):
        word = text[start : match.start()].split()[-1].rstrip(patterns.CLOSING_QUOTES)
        if word.rstrip(".").casefold() not in patterns.ABBREVIATIONS:
            return match.start()
    return None


def adoption_history_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where an adoption history opening at `start` ends, with the adoption, revision and
    registration sentences that follow it (``Antagen … 2015. Reviderad … 2019. Dnr KS
    2019/12.``), before a capitalised word or at `end`; None where no history opens there."""
    stop = None
    position = start
    while position < end:
        sentence_end = _sentence_end(text, position, end) or end
        sentence = text[position:sentence_end].strip()
        history = is_adoption_history(sentence)
        if not history and stop is not None and (
                lost := lost_value_end(text, position, end)) > position:
            stop = lost  # round 34, S1: ``… , 14. Gäller från Inledning …``
            break
        if not (history or (stop is not None and (
                patterns.METADATA_LINE.match(sentence) or _subjectless_note(sentence)))):
            if stop is None:
                stop = _unpunctuated_history_end(
                    text, position, sentence_end
                ) or _finite_history_end(text, position, sentence_end)
            break
        stop = sentence_end
        position = sentence_end
        while position < end and text[position] in patterns.CLOSING_QUOTES + " ":
            position += 1
    return (start, stop) if stop is not None else None


def _without_lost_labels(words: list[str]) -> list[str]:
    """`words` without the cover field labels that end them after a sentence end (their
    values lost: ``Antagen … , 14. Gäller från``)."""
    for index in range(1, len(words)):
        if words[index - 1].endswith(".") and _field_label(words, index):
            rest = index
            while rest < len(words) and (length := _field_label(words, rest)):
                rest += length
            if rest == len(words):
                return words[:index]
    return words


def _field_label(words: list[str], index: int) -> int:
    """The number of words of a cover field label at `words[index]`: an adoption phrase
    (`ADOPTION_WORDS`) or a validity label (layout.yaml `validity_labels`); 0: none (also
    past the last word: a label that ends the text, round 44)."""
    if index >= len(words) or not words[index][:1].isupper():
        return 0
    longest = 0
    # the labels split once, by first word: only those that open here
    for parts in phrases_by_first_word(patterns.VALIDITY_LABELS).get(words[index].casefold(), ()):
        found = tuple(word.casefold() for word in words[index : index + len(parts)])
        if found == parts:
            longest = max(longest, len(parts))
    return longest or _adoption_phrase(words, index)


def lost_value_end(text: str, stop: int, end: int) -> int:
    """Round 34, cause S1: cover field labels whose values were lost in flattening, right
    after an adoption history's end (``Antagen av kulturnämnden , 14. Gäller från Inledning
    Sammanträden …``), each before a capitalised word without a digit (a heading word; no
    later ``(2017:725)`` is the label's value): they close the history's metadata clause.
    Returns the end of the last such label, `stop` where none follows. Round 44: labels
    that end the text close it too (a wrapped cover line ``… , 14. Gäller från`` ⏎)."""
    window = 2 * _ADOPTION_HEADING_WORDS
    found = list(islice(re.finditer(r"\S+", text[stop:end]), window + 1))
    ends_text = len(found) <= window
    words = [match.group() for match in found[:window]]
    index = 0
    while index < len(words):
        length = _field_label(words, index)
        if length and ends_text and index + length == len(words):
            return stop + found[index + length - 1].end()
        after = words[index + length] if length and index + length < len(words) else ""
        if not length or not _capitalised_word(after) or _field_label(words, index + length):
            if length and _field_label(words, index + length):
                index += length  # ``Gäller från Giltig till Inledning``
                continue
            break
        return stop + found[index + length - 1].end()
    return stop


def _capitalised_word(word: str) -> bool:
    """A Title-case word, no acronym or capitals, no actor (``Fastställd Kommunfullmäktige
    2019 …`` goes on: the body is the label's value)."""
    return (word[:1].isupper() and word.isalpha() and not word.isupper()
            and not is_actor_noun(word))


_MAX_NOTE_WORDS = 12


def _subjectless_note(sentence: str) -> bool:
    """Round 29, cause S3: a note after an adoption history with the document as its
    understood subject, opened by its finite verb (V1 with no subject: ``Ersätter
    riktlinjen från 2012.``, ``Upphäver reglementet från 2016.``), ending in a full stop,
    with no other finite verb: it stays in the history's clause."""
    words = sentence.split()
    if not 1 < len(words) <= _MAX_NOTE_WORDS or not sentence.endswith("."):
        return False
    if not words[0][:1].isupper() or not finite_verb(words[0].casefold()):
        return False
    return not any(finite_verb(word.strip(",.;:")) for word in words[1:])


def _unpunctuated_history_end(text: str, start: int, end: int) -> int | None:
    """A history printed without a full stop, as a line of its own loses it when flattened
    (``Antagen av kommunfullmäktige 2019-03-25, § 45 Inledning Nämnden får …``): it ends
    after its first date or number (a month after its day: ``den 3 mars``, round 19 cause A2)
    that a capitalised word follows where that word opens a
    heading (`heading_after`) or a sentence with a finite verb within four words (no number
    before it), and is no adoption word (``… § 45 Reviderad …`` goes on)."""
    words = list(re.finditer(r"\S+", text[start:end]))[:_ADOPTION_MAX_WORDS]
    texts = [w.group() for w in words]
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        if not _date_end(texts, index) or not following.group()[:1].isupper():
            continue
        if _adoption_phrase(texts, index + 1):
            continue
        stop = start + word.end()
        if _headed_number_at(text, stop):  # ``… 2020, 45 Uppgifter 1 Förbundet ska …``
            return stop if is_adoption_history(text[start:stop]) else None
        if not is_adoption_history(text[start:stop]):
            return None
        opening = [w.group().rstrip(",.").casefold() for w in words[index + 2 : index + 2 + 4]]
        rest = text[start + following.start() : end]
        if (
            heading_after(text, start + following.start(), end) is not None
            or _title_opening(texts, index + 1)  # round 52, bm-L1: ``… 3/29 Taxa för …``
            or _opens_sentence(opening)
            or _capitals_before_verb([w.group() for w in words[index + 1 :]])
            or is_signature_block(rest)  # round 45, bj-C8: ``… 2016 Ekby BESÖKSADRESS …``
        ):
            return stop
    return None


def _title_opening(words: list[str], index: int) -> bool:
    """Round 52 (bm-L1): a document-kind noun and ``för`` at `words[index]` (``Taxa för
    tillsyn``, ``Arbetsordning för revisorerna``): the title's repeat after the history's
    last value, no part of the history."""
    return (index + 1 < len(words) and is_document_kind(words[index])
            and words[index + 1] == "för")


# Words after an adoption verb that a flattened history's value is made of: the day and
# month of a date (`_date_end` has the rest), `§` alone (``§ 14``).
_HISTORY_VALUE_WORDS = frozenset({"den", "§", ","})


def _finite_history_end(text: str, start: int, end: int) -> int | None:
    """Round 46 (bm cause 1): a history of finite past passives after the document's
    definite kind noun, its full stops lost in flattening (``Avtalet antogs 2019-02-11, 14
    av Kommunfullmäktige i Ekby Avtalet antogs , 22 av Kommunfullmäktige i Åby Avtalet
    gäller från och med Inledning …``): the first part opened by `_finite_opening`, later
    ones by it, an adoption phrase or `_validity_part`, each holding only dates, numbers,
    `§` and an agent ``av <body> [i <Place> [kommun]]``. It ends after the last part,
    before a capitalised word (or at `end`); None where another word follows (``Avtalet
    antogs av nämnden och ska …``: a sentence), where it has a full stop of its own (a
    sentence of prose: ``Policyn fastställdes … § 88.`` keeps its statement, dev
    real-gotene) or holds no date or number (`_dated`)."""
    words = list(re.finditer(r"\S+", text[start:end]))[:_ADOPTION_MAX_WORDS]
    texts = [word.group() for word in words]
    index = 0
    finite = False
    while index < len(texts):
        if _finite_opening(texts, index):
            finite, index = True, index + 2
        elif index and (phrase := _adoption_phrase(texts, index) or _validity_part(texts, index)):
            index += phrase  # ``… i Åby Avtalet gäller från och med``, its date lost
        elif not index:
            return None
        elif texts[index] in _HISTORY_VALUE_WORDS or _date_end(texts, index):
            index += 1
        elif texts[index] == "av" and index + 1 < len(texts):
            index = _agent_end(texts, index + 1)
        else:
            break
    if not finite or (index < len(texts) and not texts[index][:1].isupper()):
        return None
    if any(_full_stop(word) for word in texts[:index]):
        return None  # a sentence with its stop (``Policyn fastställdes … § 88.``)
    stop = start + words[index - 1].end()
    return stop if _dated(text[start:stop]) else None


def _full_stop(word: str) -> bool:
    """`word` ends in a full stop that is no abbreviation's (``fr.o.m.``)."""
    return word.endswith(".") and word.rstrip(".").casefold() not in patterns.ABBREVIATIONS


def _validity_part(texts: list[str], index: int) -> int:
    """The number of words of a later part of a finite history (`_finite_history_end`): the
    document's definite kind noun before a lower-case validity phrase (``Avtalet gäller
    från och med``); 0: none. Alone such a sentence is no history (``Reglementet gäller från
    den 1 juli 2021.``, round 29)."""
    if index + 1 >= len(texts) or not texts[index + 1][:1].islower():
        return 0
    phrase = _listed_adoption_phrase(texts, index + 1)
    return 1 + phrase if phrase and _definite_document_noun(texts[index]) else 0


def _agent_end(texts: list[str], index: int) -> int:
    """The index after an adoption's agent at `texts[index]`: the body, and ``i <Place>``
    (``i Ekby``, ``i Åby kommun``) after it."""
    index += 1
    if index + 1 < len(texts) and texts[index] == "i" and texts[index + 1][:1].isupper():
        index += 2
        head = texts[index].casefold().rstrip(",.") if index < len(texts) else ""
        index += head in patterns.ADOPTION_PLACE_HEADS
    return index


_STACKED_CAPITALS_WORDS = 10  # stacked headings and a name before the sentence's verb
_MIN_STACKED_CAPITALS = 3


def _capitals_before_verb(words: list[str]) -> bool:
    """Round 41, agt-S2b: after an adoption history's value the next words are all
    capitalised (stacked headings, then a name), at least three of them, before a finite
    verb within ten words (``… , 12 Koncernen Ekby Holding AB Inledning Ekby Holding AB är
    …``): the history ends at its value. A lower-case word, digit or `§` before the verb
    (``… 2019 Reviderad av nämnden …``, ``… Ekby kommun och …``) keeps it going."""
    for position, word in enumerate(words[:_STACKED_CAPITALS_WORDS]):
        if finite_verb(word.rstrip(",.").casefold()):
            return position >= _MIN_STACKED_CAPITALS
        if not (word[:1].isupper() and word.isalpha()):
            return False
    return False


def _headed_number_at(text: str, at: int) -> bool:
    """An inline heading and its paragraph number follow `at` (``45| Uppgifter 1 Förbundet``):
    `INLINE_HEADED_NUMBER` after a bare number, the heading without a finite verb."""
    match = patterns.INLINE_HEADED_NUMBER.match(text, at)
    return match is not None and not _sentence_words(match.group("heading").split())


def _opens_sentence(words: list[str]) -> bool:
    """A finite verb among the words after a capitalised one, before any number or `§`
    (``Kommunfullmäktige § 41 Nämnden ska`` is still the history)."""
    for word in words:
        if finite_verb(word):
            return True
        if "§" in word or any(char.isdigit() for char in word):
            return False
    return False


def heading_after(text: str, start: int, end: int) -> int | None:
    """The end of a short unnumbered heading printed at `start` before its paragraph
    (``Inledning Kulturnämnden får …``, ``Syfte och omfattning Reglementet gäller …``): a
    capitalised word and lower-case words, no finite verb, not ending in a preposition or
    conjunction (`HEADING_LINKS`), then a capitalised word opening a sentence whose finite
    verb comes within four words. A capitalised word after a `HEADING_LINKS` word is a name
    inside the sentence (``Kulturnämnden i Ekby kommun får …``): no heading."""
    words = list(islice(_WORD.finditer(text, start, end), _ADOPTION_HEADING_WORDS + 1))
    if not words or not words[0].group()[:1].isupper() or not words[0].group().isalpha():
        return None
    for index in range(1, len(words)):
        word, before = words[index].group(), words[index - 1].group()
        if (before.casefold() in patterns.SENTENCE_VERBS or finite_verb(before)
                or not before.replace("-", "").isalpha()):
            return None
        if word.isupper() and before.isupper() and word.replace("-", "").isalpha():
            continue  # a heading in capitals goes on (``STADGAR FÖR FÖRENINGEN``)
        if word[:1].isupper():
            if before in patterns.HEADING_LINKS:
                return None
            # the words a long subject may run to, no copy of the text's rest (review 42a, 9)
            following = [match.group() for match in islice(
                _WORD.finditer(text, words[index].end(), end), LONG_SUBJECT_WORDS)]
            opening = following[:_SENTENCE_OPENING_WORDS]
            if any(w.rstrip(",.").casefold() in patterns.SENTENCE_VERBS or finite_verb(w)
                   or s_verb(w.rstrip(".")) for w in opening  # round 44: ``Medlem antas``
                   ) or long_subject_verb([word, *following]):
                return words[index - 1].end()  # round 42, bb-S2: a long subject
            return None
        if not word[:1].islower():
            return None
    return None


# A decision reference before an adoption line: a date, a register's abbreviation, its § number.
DECISION_REFERENCE = re.compile(r"\d{4}-\d{2}-\d{2}\s+[A-ZÅÄÖ]{2,6}\s+§\s?\d{1,4}")


def adoption_spans(text: str) -> list[tuple[int, int, int | None]]:
    """Each adoption history in a flattened line (analysis-12 cause 1): its start, its end
    and the end of a heading printed right after it (None: no heading)."""
    spans: list[tuple[int, int, int | None]] = []
    if not _may_open_adoption(text):
        return spans
    quotes = [quote.start() for quote in patterns.QUOTATION_MARK.finditer(text)]
    for match in _ADOPTION_OPENING.finditer(text):
        opening = text[match.start() : match.start() + 200].split()[: _MAX_TITLE_WORDS + 1]
        if (
            (spans and match.start() < spans[-1][1])
            or _quoted(quotes, match.start())
            or not (
                _adoption_phrase(opening, 0)
                or _finite_opening(opening, 0)  # round 46, bm cause 1: ``Avtalet antogs …``
                or (_after_sentence(text, match.start()) and _titled_adoption(opening) is not None)
                or _after_title_repeat(text, match.start(), opening)
            )
        ):
            continue
        span = adoption_history_span(text, match.start(), len(text))
        if span is None:
            continue
        if DECISION_REFERENCE.fullmatch(text[: span[0]].strip()):
            span = (0, span[1])  # round 40, aw-S3: ``2020-01-10 KFN § 4 Antaget i KF …``
        elif (series := _series_word_start(text, span[0])) is not None:
            span = (series, span[1])  # round 46, bm cause 4: ``1 FÖRFATTNING Antagen av …``
        heading_start = span[1]
        while heading_start < len(text) and text[heading_start] == " ":
            heading_start += 1
        spans.append((*span, heading_after(text, heading_start, len(text))))
    return spans


def _may_open_adoption(text: str) -> bool:
    """Round 55 (perf55c): the text holds an adoption phrase's first word or an adoption
    finite verb (`ADOPTION_WORDS`, `ADOPTION_FINITE_VERBS`), as a substring of its casefolded
    form: every opening `adoption_spans` accepts reads one such word (its casefolded form,
    ``,:`` stripped, or a prefix of it where the 200 characters read end inside a word), so
    a text with none opens no history and its capitalised words are not scanned."""
    folded = text.casefold()
    return any(word in folded for word in phrases_by_first_word(patterns.ADOPTION_WORDS)) or (
        any(word in folded for word in patterns.ADOPTION_FINITE_VERBS))


_SERIES_WORD = re.compile(r"[A-ZÅÄÖ]{3,}")


def _series_word_start(text: str, start: int) -> int | None:
    """Round 46 (bm cause 4): the start of a series word in capitals printed alone between a
    page line's leading label and the history at `start` (``1 FÖRFATTNING Antagen av …``,
    ``1 STYRDOKUMENT Fastställd …``): the cover's word, part of the history's metadata
    clause; None where other words stand there."""
    leading = _LEADING_LABEL.match(text)
    if leading is None:
        return None  # ``REGLEMENTE Antagna av …``: the title in capitals, a heading
    before = text[leading.end() : start].strip()
    return leading.end() if _series_word(before) else None


def _series_word(word: str) -> bool:
    """A word in capitals that is no document kind's (``FÖRFATTNING``, ``STYRDOKUMENT``; not
    ``REGLEMENTE``: a title)."""
    return bool(_SERIES_WORD.fullmatch(word)) and not is_document_kind(word.capitalize())


_LABEL_COUNTER_GAP = re.compile(r"\s{0,2}")  # between a bare label and its page's counter


def _label_counter(text: str, start: int, label_end: int) -> re.Match[str] | None:
    """A fused counter of the label's own page (at most its total) right after the bare
    number label at `start`."""
    gap = _LABEL_COUNTER_GAP.match(text, label_end)  # always matches
    opening = gap.end() if gap else label_end
    if not text[opening : opening + 1].isdigit():
        return None
    counter = _FUSED_COUNTER.match(text, opening)
    if counter is None or text[start:label_end].strip() != counter.group("index"):
        return None
    index, total = int(counter.group("index")), int(counter.group("total"))
    return counter if _later_page(index, total) else None


def counted_label(text: str) -> tuple[int, int] | None:
    """(page, total) of a fused counter of the same page after a line's bare number (``2
    2(8) …``, ``3 3 (4) …``); None where none stands there."""
    leading = _PAGE_INDEX.match(text)
    counter = _label_counter(text, 0, leading.end() - 1) if leading else None
    return (int(counter.group("index")), int(counter.group("total"))) if counter else None


def counted_run(text: str, previous: str, following: list[str]) -> bool:
    """Round 46 (bm cause 5): the line's counted label (`counted_label`) is one of a run of
    page lines, the line before counting the page before or the next long line the next
    page of the same total (``2 2 (3) …`` ⏎ ``3 3 (3) …``): the round-36 layout, its lines
    split as before; a single counted line (a print's excerpt) is a section's label."""
    counter = counted_label(text)
    if counter is None:
        return False
    after = counted_label(following[0]) if following else None
    return _counter_run(counter, counted_label(previous), after)


_TITLE_HEADING_WORDS = 5  # ``Delegation och delegering``: an unnumbered heading's words
_TITLE_HEADING_VERB_WORDS = 6  # the sentence's finite verb, after its Title-case opener


def heading_after_title(text: str, start: int) -> int | None:
    """Round 52 (bm-L1, ruling m1): the end of an unnumbered heading right after a title's
    repeat that ends at `start` on a flattened first page line (``… <title> Avgifter och
    timtaxa Avgift för tillsyn ska betalas …``): a Title-case word and up to four lower-case
    words (no finite verb, not ending in a `HEADING_LINKS` word), then a Title-case word
    whose sentence has its finite verb within six words; the sentence may open with a noun
    and its phrase (``Avgift för tillsyn ska``). None where the first word opens the sentence
    itself (``<title> Beslut i ärenden ska fattas …``: a noun before a preposition is no
    heading)."""
    words = [word.group() for word in islice(
        _WORD.finditer(text, start), _TITLE_HEADING_WORDS + _TITLE_HEADING_VERB_WORDS + 1)]
    if not words or not (words[0][:1].isupper() and words[0].isalpha()):
        return None
    for index in range(1, min(len(words), _TITLE_HEADING_WORDS + 1)):
        word, before = words[index], words[index - 1]
        if not word.replace("-", "").isalpha() or _finite_word(before):
            return None
        if not word[:1].isupper():
            continue
        if before in patterns.HEADING_LINKS:
            return None
        following = words[index + 1 : index + _TITLE_HEADING_VERB_WORDS]
        if not any(_finite_word(w) for w in following):
            return None
        return next(islice(_WORD.finditer(text, start), index - 1, None)).end()
    return None


def _finite_word(word: str) -> bool:
    """A finite verb or a sentence verb (`SENTENCE_VERBS`), its comma or stop aside."""
    bare = word.rstrip(",.").casefold()
    return bare in patterns.SENTENCE_VERBS or finite_verb(bare)


def heading_after_heading(text: str, start: int) -> int | None:
    """Round 46 (bm cause 4): the end of a one-word heading stacked under the heading that
    ends at `start` after an adoption history (``… 41/21 Delegationsordning för
    socialnämnden Delegering Nämnden får …``: the title's repeat, then the section's
    heading, `one_word_heading`); None where a sentence or a name opens there."""
    words = list(islice(_WORD.finditer(text, start), _SENTENCE_OPENING_WORDS + 4))
    if len(words) < 3 or words[1].group() in patterns.PREPOSITIONS:
        return None  # round 52, bm-L1: ``<title> Beslut i ärenden ska``: the subject's noun
    return words[0].end() if one_word_heading([word.group() for word in words]) else None


def _quoted(quotes: list[int], start: int) -> bool:
    """Round 44, bh-S5: `start` lies inside quotation marks (a viewer's ``Download "STADGAR
    FÖR X Antagna vid stämma 2020-01-01"``): a quoted document's adoption is its title's,
    no history of this text. `quotes`: the text's quotation marks' offsets, in order (found
    once per text: counting them per candidate was quadratic on a one-line document)."""
    before = bisect_left(quotes, start)
    return before % 2 == 1 and before < len(quotes)


def _after_title_repeat(text: str, start: int, opening: list[str]) -> bool:
    """Round 44, bh-S5: a document-kind noun and its adoption participle (``Stadgar antagna
    av föreningsstämman den …``) open a history right after a page line's title repeat
    (``1 Stadgar Stadgar för Ekby Fiber ekonomisk förening``): the words before it, after a
    leading label, are a verbless title."""
    if not _adoption_phrase(opening, 1) or _titled_adoption(opening) != 1:
        return False
    leading = _LEADING_LABEL.match(text)
    before = text[leading.end() if leading else 0 : start].strip()
    return bool(before) and _is_title(before)


def stacked_heading_cut(text: str, start: int) -> int | None:
    """Round 34, cause S1: where a one-word section heading (layout.yaml `line_heading_nouns`,
    `case_headings`) printed right after an adoption history's end `start` ends before a
    capitalised word, a heading stacked under it or a sentence (``… Gäller från Inledning
    Sammanträden i nämnden Enligt …`` → ``Inledning`` | ``Sammanträden i nämnden``); None
    where no such heading opens there."""
    words = list(re.finditer(r"\S+", text[start : start + 200]))[:2]
    if len(words) < 2 or not all(_capitalised_word(word.group()) for word in words):
        return None  # ``ÄNDAMÅL OCH UPPGIFTER`` is one heading in capitals
    layout = patterns.active_layout()
    heading = words[0].group().casefold()
    if heading not in {*layout.line_heading_nouns, *patterns.CASE_HEADINGS}:
        return None
    return start + words[1].start()


def stacked_capitals_cuts(text: str, start: int) -> list[int]:
    """Round 41, agt-S2b: the capitalised words after an adoption history's end `start` up to
    a finite verb (`_capitals_before_verb`) hold a one-word section heading (layout.yaml
    `line_heading_nouns`, `case_headings`) between a group heading and the name that opens
    the sentence (``… , 12 Koncernen Ekby Holding AB Inledning Ekby Holding AB är …``): cuts
    before that heading and after it. The first word (`stacked_heading_cut`'s) and the word
    before the verb (the subject) are no such heading; a name's word is none either: two
    words stand before it and a Title-case word after it (``Bolaget Lerby Ekonomi AB är …``
    is one name). Empty where none stands there."""
    found = list(re.finditer(r"\S+", text[start : start + 200]))[:_STACKED_CAPITALS_WORDS]
    words = [match.group() for match in found]
    if not _capitals_before_verb(words):
        return []
    headings = {*patterns.active_layout().line_heading_nouns, *patterns.CASE_HEADINGS}
    verb = next(index for index, word in enumerate(words)
                if finite_verb(word.rstrip(",.").casefold()))
    for index in range(verb - 2, 1, -1):
        after = words[index + 1]
        if (words[index].casefold() in headings and not words[index].isupper()
                and not after.isupper()):
            return [start + found[index].start(), start + found[index + 1].start()]
    return []


def _after_sentence(text: str, start: int) -> bool:
    """`start` opens the block or follows a full stop."""
    before = text[max(0, start - 8) : start].rstrip()
    return before[-1:] in ".!?" if before else not text[:start].strip()


# A heading printed in capitals inside a flattened body (analysis-13 cause 2a): one to six
# words in capitals right after a sentence end, before a Title-case word that opens the next
# sentence (``… (Dnr KS 2022/118). BAKGRUND Nämnden inrättades …``).
_CAPITALS_HEADING = re.compile(
    r"(?<=[.!?])['\"”’)]*\s+(?P<heading>[A-ZÅÄÖ][A-ZÅÄÖ-]*(?:\s+[A-ZÅÄÖ][A-ZÅÄÖ-]*){0,5})"
    r"\s+(?=[A-ZÅÄÖ][a-zåäö])"
)
# A capitals word this long makes the run a heading; shorter ones alone are acronyms
# (``. VD Anna Ek``, ``. SKR Sveriges …``).
_CAPITALS_HEADING_WORD = 5


def capitals_heading_spans(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Each heading in capitals between a sentence end and the next capitalised sentence of a
    flattened block: a run of one to six words in capitals, one of them at least five
    letters long (shorter runs are acronyms), after a full stop (no abbreviation's) and
    before a Title-case word. The sentence before it and the one after it are clauses of
    their own."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for match in _CAPITALS_HEADING.finditer(text, start, end):
        words = match.group("heading").split()
        before = text[start : match.start()].split()[-2:] or [""]
        if before[-1].rstrip(".").casefold() in patterns.ABBREVIATIONS and not (
            before[0].isdigit() and before[-1] == "kap."  # round 35, S2: ``1 kap. UPPGIFTER``
        ):
            continue
        if max(len(word.replace("-", "")) for word in words) >= _CAPITALS_HEADING_WORD:
            if patterns.PART_LABEL.fullmatch(match.group("heading")):
                spans.append((match.start("heading"), match.start("heading")))  # round 34, S2
                continue  # ``AVDELNING II Uppgifter``: the label of the heading after it
            spans.append((match.start("heading"), match.end("heading")))
    return spans


# Round 42 (analysis 42-ba, cause 5): a statute label ``§ N`` / ``N §`` and the heading in
# capitals after it, up to the line end or the capitalised word opening the next sentence.
_SECTION_CAPITALS = re.compile(
    r"(?P<label>§\s?\d{1,3}\s?[a-z]?|\d{1,3}\s?[a-z]?\s?§)\.?\s*"
    r"(?P<heading>[A-ZÅÄÖ][A-ZÅÄÖ-]+(?:\s+[A-ZÅÄÖ][A-ZÅÄÖ-]*){0,5})(?=\s+[A-ZÅÄÖ][a-zåäö]|\s*$)"
)
_GLUED_SECTION = re.compile(
    r"(?:(?<=[^\W\d][.!?])|(?<=\)[.!?]))(?:§\s?\d{1,3}|\d{1,3}\s?[a-z]?\s?§)"
)
_SECTION_HEADING_WORD = 4  # a shorter capitals run is an acronym (``§ 3 KS Nämnden …``)


def section_heading_cuts(text: str) -> list[int]:
    """Round 42 (analysis 42-ba, cause 5; docs/annotation.md §1.2): where a statute label
    starts a new block inside `text`: a ``§ N`` / ``N §`` glued to the full stop of the
    sentence before it (``… av styrelsen.§ 2 STYRELSE``; a web statute that lost its line
    break), or, at the block start or after a sentence end, one followed by a heading in
    capitals; and where that heading ends before the next sentence (``§ 3 REVISION
    Revisorn granskar …``). A reference (``enligt 4 kap. 2 §``) is never glued to a stop
    and has no capitals heading after it."""
    if "§" not in text:
        return []
    cuts = [match.start() for match in _GLUED_SECTION.finditer(text)
            if not _abbreviation_before(text, match.start() - 1)]
    for match in _SECTION_CAPITALS.finditer(text):
        start = match.start("label")
        opens = start == 0 or start in cuts or (
            text[start - 1] == " " and _after_sentence_end(text, start))
        words = match.group("heading").split()
        if not opens or max(len(word.replace("-", "")) for word in words) < _SECTION_HEADING_WORD:
            continue
        cuts.extend(cut for cut in (start, match.end("heading")) if 0 < cut < len(text.rstrip()))
    return sorted(set(cuts))


def _after_sentence_end(text: str, start: int) -> bool:
    """Only spaces part `start` from a sentence's end (``.``, ``!``, ``?``, no abbreviation's
    stop) or from the text's start."""
    stop = start - 1
    while stop >= 0 and text[stop].isspace():
        stop -= 1
    return stop < 0 or (text[stop] in ".!?" and not _abbreviation_before(text, stop))


# Longer than any abbreviation: a word that fills the window is none (review 42a, item 3:
# a bounded look-back, so that a line of many labels costs no quadratic scan).
_ABBREVIATION_WINDOW = 24


def _abbreviation_before(text: str, stop: int) -> bool:
    """The full stop at `stop` closes an abbreviation (``kap.``, ``t.ex.``)."""
    window_start = max(0, stop - _ABBREVIATION_WINDOW)
    words = text[window_start:stop].split()
    if not words or (len(words) == 1 and window_start > 0 and not text[window_start].isspace()
                     and not text[window_start - 1].isspace()):
        return False
    return words[-1].casefold() in patterns.ABBREVIATIONS


# Round 42 (analysis 42-ba, cause 20): a numbered heading printed twice in a row (``2
# Sammansättning 2 Sammansättning``), before a capitalised word or the line end.
_DOUBLED_HEADING = re.compile(
    r"(?<!\S)(?P<unit>(?:§\s?)?\d{1,3}(?:\.\d{1,2}){0,2}\.?(?:\s?§)?\s+"
    r"[A-ZÅÄÖ][^\W\d]*(?:\s+[^\s\d§.!?:;,]+){0,5}?)\s+(?P=unit)(?=\s+[A-ZÅÄÖ]|\s*$)"
)


# Round 52 (analysis 52-aa C2, ruling a2): a numbered heading printed twice whose words are
# the lead-in of their own sentence (subject + finite verb, ``3 Nämnden ansvarar för 3
# Nämnden ansvarar för att …``): the repeat goes on in a lower-case ``att``/``för att`` or a
# colon, where the round-42 pattern wants a capital.
_DOUBLED_LEAD_IN = re.compile(
    r"(?<!\S)(?P<unit>\d{1,3}(?:\.\d{1,2}){0,2}\.?\s+"
    r"(?P<words>[A-ZÅÄÖ][^\W\d]*(?:\s+[^\s\d§.!?:;,]+){1,5}?))\s+(?P=unit)"
    r"(?=\s+(?:för\s+)?att\b|\s*:)"
)


def doubled_heading_spans(text: str) -> list[tuple[int, int]]:
    """Round 42 (analysis 42-ba, cause 20; docs/annotation.md §1.2): each numbered heading
    that a print repeats at once (a docplayer comparison: ``1 Uppgifter 1 Uppgifter
    Nämnden …``): one heading clause from the first label to the end of the repeat, its
    label the number, its text ``Uppgifter 1 Uppgifter``; no cut inside it. Round 52
    (ruling a2): where the repeat holds a finite verb and goes on in ``att`` or ``:``
    (`_DOUBLED_LEAD_IN`), the heading clause is the first copy and the second copy opens
    the sentence whose lead-in it is."""
    if not _DIGIT.search(text):
        return []
    spans = [match.span() for match in _DOUBLED_HEADING.finditer(text)]
    return sorted([*spans, *_doubled_lead_in_spans(text)])


def _doubled_lead_in_spans(text: str) -> list[tuple[int, int]]:
    from pipeline.normalize.inline_headings import finite_verb  # cyclic import

    return [(match.start(), match.end("words"))
            for match in _DOUBLED_LEAD_IN.finditer(text)
            if any(map(finite_verb, match.group("words").split()[1:]))]


_HEADER_WORDS = 2  # a running header repeats at least this many words after the index
_FOLLOWING_PAGES = 2  # page 1 counts as a page when at least this many pages follow it


def _running_header(texts: list[str], numbering: Numbering) -> bool:
    """The page lines `texts` (each after its index) repeat one running header: the same
    first words (at least two, no finite verb, a number or a word in capitals among them:
    the series code, ``FFS 2021:4 Sida``), or each the document's title."""
    if all(_repeats_title(text, numbering) for text in texts):
        return True
    split = [[word.casefold() for word in text.split()] for text in texts]
    shared = 0
    while all(len(words) > shared and words[shared] == split[0][shared] for words in split):
        shared += 1
    header = texts[0].split()[:shared]
    return (
        shared >= _HEADER_WORDS
        and not any(word.casefold() in patterns.SENTENCE_VERBS for word in header)
        and any(any(char.isdigit() for char in word) or word.isupper() for word in header)
    )


def first_page_index(text: str, following: list[str], numbering: Numbering) -> Number | None:
    """``(1,)`` where `text` is page 1 of a text printed one page per line (docs/annotation.md
    §1.2, refined in round 14): it opens with ``1``, and the long lines `following` it open
    with ``2``, ``3`` … in order (at least the next two) and repeat one running header after
    their index (`_running_header`). Else None: a leading ``1`` is the first
    section's number."""
    match = _PAGE_INDEX.match(text)
    if match is None or match.group("index") != "1" or len(following) < _FOLLOWING_PAGES:
        return None
    rests: list[str] = []
    for expected, line in enumerate(following, start=2):
        page = _PAGE_INDEX.match(line)
        if page is None or int(page.group("index")) != expected:
            break
        rests.append(line[page.end() :])
    if len(rests) < _FOLLOWING_PAGES:
        return None
    return (1,) if _running_header(rests, numbering) else None


# Round 41, ay-C1: the counter of page 1 in a page line's running header (``Sida 1 av 4``,
# ``Sida 1 (4)``, ``Sida 1/4``), then the title in capitals if one follows it.
_PAGE_ONE_COUNTER = re.compile(r"(?<!\S)[Ss]ida 1(?: av |\s?\(|/)\d{1,3}\)?(?!\S)")
# Round 50 (analysis 50-bv, A): page 1's bare counter ``1:26``, ``1(4)``, ``1 (4)``
_BARE_PAGE_ONE_COUNTER = re.compile(r"(?<!\S)1(?::\d{1,3}| ?\(\d{1,3}\))(?!\S)")
_CAPITALS_RUN = re.compile(r"(?:\s+(?:[A-ZÅÄÖ][A-ZÅÄÖ-]+|I(?=\s+[A-ZÅÄÖ]{2}))(?=\s|$))*")


def page_one_header_end(
    text: str, previous: str = "", title: tuple[str, ...] | None = None
) -> int | None:
    """Where the running header of page 1 ends (round 41, ay-C1): a long line opening with
    ``1`` whose header names page 1 (``Sida 1 av 4``) is a page only where `first_page_index`
    says so (round 14: two more page lines follow); else it is cut at its inline numbering
    (§1.2), and the header run before that numbering (``1 Fastställd vid Ekvatten ABs
    årsstämma Sida 1 av 4 ORDNING FÖR BOLAGET``) stays one clause: the words up to page 1's
    counter, verbless and without a sentence stop, and the title in capitals after it.
    Round 50 (analysis 50-bv, A; docs/annotation.md round 50 v1): a header that repeats the
    end of the line before (`previous`, a form header) up to its counter, bare ``1:26`` or
    ``1 (4)`` too, verbs and all; and a heading in capitals right after the counter before a
    sentence (``… 1:26 INLEDNING Nämnden får …``, `capitals_heading_end`) is no part of the
    header: it ends at the counter. The repeated end may be that of the document's title line
    (`title`, its casefolded words, `Numbering.title`) with a viewer's lines between (a
    docplayer print: ``Storlek: px``, ``Download "…"``, ``Transkript``; round 50 v1, "also
    when the header repeats only the end of the title line"). None where the line holds no
    such header."""
    match = _PAGE_INDEX.match(text)
    if match is None or match.group("index") != "1":
        return None
    counter = _page_one_counter(text, match.end(), previous, title or ())
    if counter is None:
        return None
    if capitals_heading_end(text, counter) is not None:
        return counter
    title = _CAPITALS_RUN.match(text, counter)
    return title.end() if title else counter


def _page_one_counter(
    text: str, start: int, previous: str, title: tuple[str, ...]
) -> int | None:
    """The end of page 1's counter after the index (`page_one_header_end`): a verbless header
    before ``Sida 1 av N``, or one repeating the end of `previous` or of the title line's
    words `title` before any such counter."""
    for pattern in (_PAGE_ONE_COUNTER, _BARE_PAGE_ONE_COUNTER):
        counter = pattern.search(text, start)
        if counter is None:
            continue
        header = text[start : counter.start()].split()
        if not 0 < len(header) <= _PAGE_HEADING_WORDS:
            continue
        repeat = [*header, *counter.group().split()]
        if previous.split()[-len(repeat) :] == repeat or title[-len(repeat) :] == tuple(
            word.casefold() for word in repeat
        ):
            return counter.end()
        if pattern is _PAGE_ONE_COUNTER and not _SENTENCE_STOP.search(
            text[start : counter.start()]
        ) and not any(finite_verb(word) for word in header):
            return counter.end()
    return None


# A field label of a cover page: a capitalised word and up to two lower-case words before a
# colon (``Antagen av:``, ``Datum:``, ``Handläggare:``).
_FIELD_LABEL = re.compile(r"(?<!\S)(?P<label>[A-ZÅÄÖ][\w-]*(?:\s+[a-zåäö]+){0,2}):(?=\s)")
_MAX_TITLE_WORDS = 12
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _known_label(label: str) -> bool:
    from pipeline.language.grammar import GRAMMAR

    words = tuple(label.casefold().split())
    # ``Föredragande kommunalråd:``: a field label and the person's title (round 25, S2-3)
    return words in GRAMMAR.metadata_labels or (len(words) > 1
                                                and words[:1] in GRAMMAR.metadata_labels)


def _is_title(text: str) -> bool:
    """A short title: capitalised, no punctuation that ends a sentence, no finite verb."""
    words = text.split()
    return (0 < len(words) <= _MAX_TITLE_WORDS and words[0][:1].isupper()
            and not any(char in text for char in ".:;!?")
            and not any(finite_verb(word) for word in words))


def title_metadata_cuts(text: str) -> list[int]:
    """A title line that goes on with cover-page fields (analysis-15 cause 1c: ``Instruktion
    för Västbygdens lönecenter Antagen av: Direktionen Datum: 2019 Handläggare: Lönechef
    Bakgrund Norrby … driver …``): cut before the first field, whose label is one of
    grammar.yaml `metadata_labels`, after a verbless title; the fields run on over any
    further capitalised labels. In the last value, a capitalised common noun that is no actor
    and no name (the lemma lexicon knows it: ``Bakgrund``) before a capitalised word opening
    a sentence with a finite verb before its end is a heading: cut before and after it."""
    first = next((match for match in _FIELD_LABEL.finditer(text)
                  if _known_label(match.group("label"))), None)
    if first is None or not _is_title(text[: first.start()]):
        return []
    cuts = [first.start()]
    last = first
    for match in _FIELD_LABEL.finditer(text, first.end()):
        last = match
    heading = _heading_in_value(text, last.end())
    if heading is not None:
        cuts.extend(heading)
    return cuts


def subtitle_field_cuts(text: str) -> list[int]:
    """A field run after a nominal subtitle inside a line (round 25, cause S2-3: ``… samordnas.
    Inrättande av ett gemensamt kansli Föredragande kommunalråd: Per Ek Ärendet Kommunstyrelsen
    föreslår …``): where the words from the last sentence end before a known field label
    (`_known_label`) are a verbless title (`_is_title`), cut before the title and before
    the field, and around a heading in the last value (`_heading_in_value`)."""
    labels = [match for match in _FIELD_LABEL.finditer(text) if _known_label(match.group("label"))]
    if not labels or labels[0].start() == 0:
        return []
    first = labels[0]
    start = max((stop.end() for stop in _SENTENCE_STOP.finditer(text, 0, first.start())),
                default=0)
    while start < first.start() and text[start] == " ":
        start += 1
    if start == first.start() or not _is_title(text[start : first.start()]):
        return []
    last = [*_FIELD_LABEL.finditer(text, first.end())][-1:] or [first]
    heading = _heading_in_value(text, last[0].end())
    return [*([start] if start else []), first.start(), *(heading or ())]


def _heading_in_value(text: str, start: int) -> tuple[int, int] | None:
    """The span of a one-word heading after the first word of the field value at `start`."""
    from pipeline.language.spelling import lemma_lexicon

    lemmas = lemma_lexicon()[1]
    words = list(re.finditer(r"\S+", text[start:]))
    for index in range(1, len(words) - 1):  # a case memo's section heading first (S2-3)
        word, following = words[index].group(), words[index + 1].group()
        if (word.casefold() in patterns.SECTION_HEADINGS and word[:1].isupper()
                and following[:1].isupper()):
            return start + words[index].start(), start + words[index].end()
    for index in range(1, len(words) - 1):
        word, following = words[index].group(), words[index + 1].group()
        if not (word.isalpha() and word[:1].isupper() and following[:1].isupper()):
            continue
        if word.casefold() not in lemmas or is_actor_noun(word):
            continue
        sentence_start = start + words[index + 1].start()
        stop = _SENTENCE_STOP.search(text, sentence_start)
        sentence = text[sentence_start : stop.start() if stop else len(text)]
        if any(finite_verb(w) for w in sentence.split()):
            return start + words[index].start(), start + words[index].end()
        return None
    return None


# A body line opening with a memo's field run (a page number may come first): ``3
# Handläggare: Eva Lund Datum: 2024-05-02 Diarienummer: BN 2024/12 Byggnadsnämnden Remiss om
# ny taxa Förslag …`` (round 24, cause C5).
_OPENING_FIELD = re.compile(r"(?:\d{1,3}\s+)?(?P<label>[A-ZÅÄÖ][\w-]*(?:\s+[a-zåäö]+){0,2}):(?=\s)")


def field_run_end(text: str, numbering: Numbering) -> int | None:
    """Where a run of cover fields that opens a body line ends: before the repeat of the
    document's title line (two words or more) after its last field label, when the first
    label is one of grammar.yaml `metadata_labels`; the run is one metadata clause (and the
    repeated title the heading after it). None where no such run opens the line."""
    first = _OPENING_FIELD.match(text)
    title = numbering.title or ()
    if title and (first is None or not _known_label(first.group("label"))):
        return _cover_run_end(text, title)
    if first is None or not title:
        return None
    last = first.end()
    for match in _FIELD_LABEL.finditer(text, first.end()):
        last = match.end()
    words = list(_WORD.finditer(text, last))
    folded = [word.group().casefold() for word in words]
    for index in range(len(words) - len(title) + 1):
        if tuple(folded[index : index + len(title)]) == title:
            if not _repeat_ends_run(words, index, title):
                continue
            return words[index].start() if index else None
    return None


def _repeat_ends_run(words: list[re.Match[str]], index: int, title: tuple[str, ...]) -> bool:
    """A repeat of a title of one word (``Budgetregler``) ends a field run only before a
    capitalised word (a memo heading or a sentence: round 30, cause S1); a longer one
    always does."""
    after = index + len(title)
    return len(title) >= 2 or (after < len(words) and words[after].group()[:1].isupper())


_UNIT_LETTERS = 4


def _unit_opening(words: list[str]) -> bool:
    """Round 30, cause S1: a memo's run opens with its office in capitals (``KANSLIET``,
    ``SOCIALFÖRVALTNINGEN``, four letters or more) before a field label (grammar.yaml
    `metadata_labels`, colon or not)."""
    return (len(words) > 1 and words[0].isalpha() and words[0].isupper()
            and len(words[0]) >= _UNIT_LETTERS and _known_label(words[1].rstrip(":")))


_COVER_RUN_WORDS = 40


def _named_cover_head(words: list[str]) -> bool:
    """Round 35, S2: the organisation's name in capitals before the cover word (``EKBY
    KOMMUN STYRDOKUMENT Dnr …``): words in capitals up to a layout.yaml `cover_words` one."""
    for index, word in enumerate(words):
        if not (word.isalpha() and word.isupper()):
            return False
        if index and word in patterns.COVER_WORDS:
            return True
    return False


_PAGE_COUNTER = re.compile(r"\(\d{1,3}\)")


def _cover_run_end(text: str, title: tuple[str, ...]) -> int | None:
    """Round 25, cause S1-3: a cover run without colons before the repeated title
    (``PROTOKOLLSUTDRAG Handläggare Datum Diarienummer Eva Lund BN 2023/ Byggnadsnämnden
    Taxa för bygglov Förslag …``): the line opens with a cover word in capitals (layout.yaml
    `cover_words`) or a field label (grammar.yaml `metadata_labels`), the title recurs
    within its first 40 words, and no word before the repeat is a finite verb or ends a
    sentence. The start of the repeat, else None."""
    words = list(_WORD.finditer(text, 0, len(text)))[:_COVER_RUN_WORDS + len(title)]
    if not words:
        return None
    opening = words[0].group()
    if _PAGE_COUNTER.fullmatch(words[1].group() if len(words) > 1 else "") or opening.isdigit():
        opening = next((w.group() for w in words[1:] if not (
            w.group().isdigit() or _PAGE_COUNTER.fullmatch(w.group()))), "")
    if (opening not in patterns.COVER_WORDS and not _known_label(opening.rstrip(":"))
            and not _unit_opening([word.group() for word in words[:2]])
            and not _named_cover_head([word.group() for word in words[:_COVER_HEAD_WORDS]])):
        return None
    folded = [word.group().casefold() for word in words]
    for index in range(1, len(words) - len(title) + 1):
        before = [word.group() for word in words[:index]]
        if any(finite_verb(word) or word.endswith((".", "!", "?")) for word in before):
            return None
        if tuple(folded[index : index + len(title)]) == title and _repeat_ends_run(
                words, index, title):
            return words[index].start()
    return None


def protocol_page_one_cuts(text: str, title: tuple[str, ...]) -> list[int]:
    """Round 58 (analysis58-cs C1, docs/annotation.md §1.2 ruling R1): a viewer print's page-1
    line ``1 SAMMANTRÄDESPROTOKOLL Socialnämnden Sammanträdesdatum Blad 9 Dnr 12/ <title>
    <sentence> …`` is cut into the header (the cover word in capitals and the body after it, a
    heading labelled ``1``), the field run from its first field label (one metadata clause),
    the title's repeat (a heading) and the body, whatever the body's first word is and
    whether or not the line is a page line. The cuts, else an empty list."""
    match = _PAGE_INDEX.match(text)
    if match is None or match.group("index") != "1" or len(title) < 2:
        return []
    if (repeat := _cover_run_end(text, title)) is None:
        return []
    words = list(_WORD.finditer(text, match.end(), repeat))
    if not words or words[0].group() not in patterns.PROTOCOL_COVER_WORDS:
        return []
    fields = next((word.start() for word in words[2:] if word.group()[:1].isupper() and (
        _known_label(word.group().rstrip(":"))
        or word.group().casefold().rstrip(":") in patterns.MEMO_FIELD_WORDS)), None)
    if fields is None or (repeat_end := title_repeat_end(text, repeat, title)) is None:
        return []
    return [fields, repeat, repeat_end]


# Round 36, cause S4: the signs of a memo's field run printed without colons besides its
# field words (layout.yaml `memo_field_words`): a page counter (``1/3``, ``3:2``), a phone
# number (``0300-12 34``).
_MEMO_COUNTER = re.compile(r"\d{1,3}[/:]\d{1,3}")
_PHONE = re.compile(r"0\d{1,3}-\d{2,3}(?:\s?\d{2}){0,3}")
# An e-mail address, the value of a contact label (round 41, agt-S2c: ``E-post: a.b@ekby.se``).
_E_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MEMO_SIGNS = 2  # a field word and one more sign
_ADDRESSEE_WORDS = 2  # ``Byggnadsnämnden``, ``Tekniska nämnden``


def _memo_sign(word: str) -> str | None:
    """``field``, ``value`` (a counter, a phone number, a case number: a digit) or None."""
    if word.casefold().rstrip(":") in patterns.MEMO_FIELD_WORDS:
        return "field"
    if _MEMO_COUNTER.fullmatch(word) or _PHONE.fullmatch(word):
        return "sign"
    if _E_MAIL.fullmatch(word):
        return "value"  # round 41, agt-S2c: the e-mail label's value
    return "value" if any(char.isdigit() for char in word) else None


def _compound_cover_word(word: str) -> bool:
    """Round 38, at-S1: a cover word in capitals compounded with a hyphen (``BESLUTS-PM``,
    ``FÖRSLAGS-PM``): its last part is one of layout.yaml `cover_words`."""
    first, hyphen, last = word.rpartition("-")
    return bool(hyphen and first.isalpha() and first.isupper()
                and last in patterns.COVER_WORDS)


def _memo_kind_index(texts: list[str]) -> int | None:
    """Round 38, at-S1: the index of a memo's compound kind word (``BESLUTS-PM``) among the
    run's first words, after capitalised words only (the writer: ``Rektor``); else None.
    Round 41, agt-S2c: a cover word in Title case after the writer counts too
    (``Kommunledningskontoret Tjänsteskrivelse Datum …``)."""
    for index, word in enumerate(texts[:_COVER_HEAD_WORDS]):
        if _compound_cover_word(word) or (index and _title_case_cover_word(word)):
            return index
        if not (word.isalpha() and word[:1].isupper()):
            return None
    return None


def _title_case_cover_word(word: str) -> bool:
    """A layout.yaml `cover_words` word printed in Title case (``Tjänsteskrivelse``)."""
    return word.isalpha() and word[1:].islower() and word.upper() in patterns.COVER_WORDS


_NAME_WORDS = 3


def _field_after_office(texts: list[str]) -> int | None:
    """Round 51 (analysis 51-ak P7): a memo's writing office in capitals (one or two words
    of four letters or more, after page 1's counter if the print kept it) right before a
    field word (``1 EKONOMIKONTORET Handläggare Eva Ek Datum …``) opens a field run like a
    cover word: the field word's index, else None."""
    first = 1 if texts[:1] and texts[0].isdigit() and len(texts[0]) <= 3 else 0
    head = first
    while head < min(len(texts), first + _COVER_HEAD_WORDS - 1) and (
            texts[head].isalpha() and texts[head].isupper() and len(texts[head]) > 3):
        head += 1
    if head == first or head >= len(texts) or _memo_sign(texts[head]) != "field":
        return None
    return head


def _register_value(texts: list[str], index: int) -> bool:
    """Round 51 (analysis 51-ak P7): a register code in capitals right after a case-number
    field word is its value (``Diarienummer KS``, ``Dnr SN``), the number itself lost."""
    return (
        index > 0
        and _REGISTER_CODE.fullmatch(texts[index]) is not None
        and _memo_sign(texts[index - 1]) == "field"
    )


def _name_after_label(texts: list[str], start: int) -> int:
    """The number of words of a person's name at `start` after a field label (``Eva Ek``):
    capitalised words, no actor noun; the last of them opens the title where a lower-case
    word follows it (``Handläggare Ny taxa``: no name)."""
    count = 0
    while (count < _NAME_WORDS and start + count < len(texts)
           and texts[start + count].isalpha() and _capitalised_word(texts[start + count])):
        count += 1
    after = texts[start + count] if start + count < len(texts) else ""
    return count - 1 if count and after[:1].islower() else count


_REGISTER_CODE = re.compile(r"[A-ZÅÄÖ]{2,5}")  # a meeting's or register's code: ``KF``, ``KS``


def _register_date_index(texts: list[str]) -> int | None:
    """Round 44, bg-S1: a memo's field run opening with a register code in capitals and its
    date (``KF april 2021 Datum Dnr …``), after page 1's counter if the print kept it
    (``1 KF …``): the index of the date's first word, else None."""
    first = 1 if texts[:1] and texts[0].isdigit() and len(texts[0]) <= 3 else 0
    if len(texts) < first + 2 or not _REGISTER_CODE.fullmatch(texts[first]):
        return None
    date = texts[first + 1]
    dated = date in patterns.MONTH_NAMES or any(char.isdigit() for char in date)
    return first + 1 if dated else None


def memo_field_run_end(text: str) -> int | None:
    """Round 36, cause S4: where a memo's cover field run printed without colons ends
    (``PROMEMORIA 3:2 Ekonomienheten Handläggare Per Ek 0300-12 34 Dnr BN/2020:17 1/3
    Byggnadsnämnden Ändring av …``): the line opens with a cover word in capitals (after up
    to two more words in capitals) or a field word (layout.yaml `memo_field_words`); before
    the first lower-case word, finite verb or sentence end it holds a field word and one more
    sign (another field word, a page counter, a phone number). The run goes through its last
    field word or value with a digit and the addressee after it (capitalised words up to an
    actor noun: ``Byggnadsnämnden``, ``Tekniska nämnden``). None where no such run opens
    `text`."""
    found = _WORD.finditer(text, 0, min(len(text), 600))
    words = list(islice(found, _COVER_HEAD_WORDS))  # the run's other words only if it opens
    texts = [word.group() for word in words]
    head = _cover_head(texts) if texts else None
    if head is None:
        return None
    words += islice(found, _COVER_RUN_WORDS - len(words))
    texts = [word.group() for word in words]
    last = _field_run_last(texts, head)
    if last is None:
        return None
    if _memo_sign(texts[last]) == "field":  # the label's value: a person's name
        last += _name_after_label(texts, last + 1)
    return words[_addressee_end(texts, last)].end()


def _cover_head(texts: list[str]) -> int | None:
    """Where `memo_field_run_end`'s fields may start: after the words in capitals that hold
    a cover word, a memo kind, a register date or an office before a field word; at 0 when
    the first word is a field word; else None (no cover field run opens the text)."""
    head = next((index for index, word in enumerate(texts[:_COVER_HEAD_WORDS])
                 if not (word.isalpha() and word.isupper())), 0)
    if any(word in patterns.COVER_WORDS for word in texts[:head]):
        return head
    if (kind := _memo_kind_index(texts)) is not None:
        return kind + 1  # round 38, at-S1: ``Rektor BESLUTS-PM 1 / Dnr …``
    if (dated := _register_date_index(texts)) is not None:
        return dated  # round 44, bg-S1: ``1 KF april 2021 Datum Dnr …``
    if (field := _field_after_office(texts)) is not None:
        return field  # round 51, 51-ak P7: ``1 EKONOMIKONTORET Handläggare …``
    return head if _memo_sign(texts[0]) == "field" else None


def _field_run_last(texts: list[str], head: int) -> int | None:
    """The index of the cover field run's last field word or value, from `head` to the
    first lower-case word, finite verb or sentence end; None unless it holds a field word
    and enough signs (`_MEMO_SIGNS`)."""
    last, signs, fields = None, 0, 0
    for index in range(head, len(texts)):
        word = texts[index]
        e_mail = _E_MAIL.fullmatch(word) is not None  # ``E-post: a.b@ekby.se`` goes on
        month = word in patterns.MONTH_NAMES  # round 44, bg-S1: a date (``3 mars 2022``)
        if (word[:1].islower() and not e_mail and not month) or finite_verb(word) or (
                word.endswith((".", "!", "?")) and not e_mail):
            break
        sign = _memo_sign(word)
        if word == "/" and texts[index - 1].isdigit() and len(texts[index - 1]) <= 3:
            sign = "sign"  # round 38, at-S1: a spaced page counter without its total (``1 /``)
        if sign is None and _register_value(texts, index):
            sign = "value"  # round 51, 51-ak P7: ``Diarienummer KS …``, its date lost
        if sign is not None:
            last = index
            signs += sign != "value"
            fields += sign == "field"
    if last is None or fields < 1 or signs < _MEMO_SIGNS:
        return None
    return last


def _addressee_end(texts: list[str], last: int) -> int:
    """The index of the run's last word: the addressee after its last field (capitalised
    words up to an actor noun: ``Byggnadsnämnden``, ``Tekniska nämnden``), else `last`."""
    addressee = texts[last + 1 : last + 1 + _ADDRESSEE_WORDS]
    first = addressee[0] if addressee else ""
    if not (first[:1].isupper() and first.isalpha()):
        return last
    # the actor noun itself, or after a weak adjective (``Tekniska nämnden``)
    for length in (1, 2):
        if length == 2 and not (first.endswith(("a", "e")) and addressee[1:2]
                                and addressee[1].isalpha() and addressee[1].islower()):
            break
        noun = addressee[length - 1]
        if is_actor_noun(noun) and not noun.endswith("s"):
            return last + length
    return last


def title_repeat_end(text: str, start: int, title: tuple[str, ...]) -> int | None:
    """The end of the title's repeat at `start` (`field_run_end`), where a capitalised word
    follows it: the repeat is a heading of its own (round 25, cause S1-3)."""
    words = list(_WORD.finditer(text, start))
    if not title or len(words) <= len(title) or not words[len(title)].group()[:1].isupper():
        return None
    return words[len(title) - 1].end()


def title_copy_end(text: str, start: int, title: tuple[str, ...]) -> int | None:
    """Round 52 (bm-L1, bh-C6): the end of the document's title copied at `start` (its
    words casefolded, any case: ``STADGAR FÖR Ekby bygdelag``) where a capitalised word
    follows it; None where other words stand there."""
    words = list(islice(_WORD.finditer(text, start), len(title) + 1))
    if len(title) < 2 or len(words) <= len(title):
        return None
    if tuple(word.group().casefold() for word in words[: len(title)]) != title:
        return None
    return words[len(title) - 1].end() if words[len(title)].group()[:1].isupper() else None


_COVER_HEAD_WORDS = 3  # ``EKBY KOMMUNS FÖRFATTNINGSSAMLING``: capitals ending in a cover word
_TITLE_NAME_WORDS = 10


def cover_title_span(text: str) -> tuple[int, int] | None:
    """Round 25, cause S1-3, a first block without a title line: a cover word in capitals
    (layout.yaml `cover_words`, after up to two more words in capitals) and colon fields
    (`_known_label`) run up to a document-kind title (``Reglemente för kulturnämnden``,
    glued_title `is_document_kind` and ``för``) that a sentence follows: a Title-case
    closed-class opener (layout.yaml `sentence_openers`) or a Title-case word before a finite
    verb. No word before the title is a finite verb or ends a sentence. The title's span (the
    run before it is one metadata clause), else None."""
    words = list(_WORD.finditer(text))
    texts = [word.group() for word in words]
    head = next((index for index, word in enumerate(texts[:_COVER_HEAD_WORDS])
                 if not word.isupper()), min(len(texts), _COVER_HEAD_WORDS))
    if not any(word in patterns.COVER_WORDS for word in texts[:head]):
        return None
    labelled = False
    for index in range(head, min(len(texts) - 2, _COVER_RUN_WORDS)):
        word = texts[index]
        if is_document_kind(word) and texts[index + 1] == "för":
            end = _title_name_end(texts, index + 2)
            if not labelled or end is None:
                return None
            return words[index].start(), words[end - 1].end()
        if finite_verb(word) or word.endswith(("!", "?")) or (
                word.endswith(".") and not word[:-1].replace(".", "").isdigit()):
            return None
        labelled = labelled or (word.endswith(":") and _known_label(word[:-1]))
    return None


def _title_name_end(texts: list[str], start: int) -> int | None:
    """The index of the word opening the sentence after a title's name from `start`."""
    for index in range(start + 1, min(len(texts) - 1, start + _TITLE_NAME_WORDS)):
        word = texts[index]
        if not word[:1].isupper() or not word.isalpha():
            continue
        if word.casefold() in patterns.SENTENCE_OPENERS or finite_verb(texts[index + 1]):
            return index
    return None


# The cut sources `inline_cuts` folds in after the labelled ones, in order: each reads the
# cuts before it (review 52b S7).
_LATER_CUT_SOURCES: tuple[Callable[[str, list[int]], list[int]], ...] = (
    capital_bullet_cuts,
    lambda text, _cuts: chapter_cuts(text),
    glued_chapter_cuts,  # round 52 ruling p3
    roman_heading_cuts,  # round 44, bh-S4
    lower_dash_cuts,
    lambda text, _cuts: subtitle_field_cuts(text),
)
