"""Section headings of flattened minutes and case memos run into the text (round 22, cause A1).

A protocol or a case memo flattened onto one line keeps its section headings between the
sentences (``… senast den 1 mars Bakgrund Miljönämnden antog 2019 en taxa.``, ``… till
bolagsstämman. Sammanfattning av ärendet Kontoret har utrett frågan.``). Such a heading is

* a section heading of minutes or a case memo (layout.yaml `case_headings`: ``Bakgrund``,
  ``Yttrande``, ``Beslutsunderlag``, ``Sammanfattning av ärendet``, ``Förslag till beslut``),
  also after a body's genitive (``Förvaltningens förslag till beslut``, ``Styrelsens
  yttrande``), its first word in Title case, the rest in lower case;
* after a sentence end (no abbreviation's period), or after a date or number whose stop was
  lost (``… den 1 mars``, ``… 2024``); round 25, cause S1-2: or after a lower-case word
  ending a sentence with a verb that lost its stop (``… sköts av förbundets entreprenör
  Sammanfattning Vägunderhållet …``), or after a person's name in a memo's field
  (``Handläggare Anna Ek Ärendet Tekniska nämnden föreslår …``);
* before a capitalised subject that a finite verb follows within four words (``Miljönämnden
  antog …``, ``Kontoret har utrett …``): a sentence opens after it.

A heading word that opens a sentence itself stays in it: ``Bakgrunden till beslutet är …``
(no heading word), ``Ärendet bereds av …`` (no capitalised subject after it). A steering
document's own sections (``Uppföljning``, ``Syfte``) stay glued to a flattened body's
sentences (docs/annotation.md §1.2). The heading and
the sentence before and after it are clauses of their own (normalize/assemble.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import patterns
from pipeline.normalize.inline_headings import (
    _capitalised,
    _ends_sentence,
    _weak_past,
    finite_verb,
    s_verb,
)

_WORD = re.compile(r"\S+")
_NUMBER = re.compile(r"\d{1,2}")  # a day of the month
_YEAR_OR_DATE = re.compile(r"\d{4}(?:-\d{2}-\d{2})?")
_SUBJECT_WORDS = 4  # the finite verb within this many words after the subject's first word
_CLAUSE_WORDS = 1 + 2 * _SUBJECT_WORDS  # … or after a coordinator in them (`_opens_clause`)
_STRONG_PAST_ENDINGS = tuple("aenrstd")  # no strong past ends so (a noun's -an, -en, -er …)
_STRONG_PAST_T = ("öt", "ät")  # … but ``beslöt``, ``lät``


def section_heading_spans(
    text: str, start: int = 0, end: int | None = None, after: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Each section heading run into the sentences of `text[start:end]` (module docstring);
    `after`: offsets where a clause already starts (round 25, cause S1-2: a heading may open
    there without a stop before it)."""
    end = len(text) if end is None else end
    words = list(_WORD.finditer(text, start, end))
    texts = [match.group() for match in words]
    spans: list[tuple[int, int]] = []
    if not _may_hold_heading(texts):
        return spans
    index = 1
    while index < len(texts):
        opens = _capitalised(texts[index])  # `_heading_end`'s first test, the cheaper one
        # `_heading_end` before the stop: most words open no heading, and `_after_stop` scans
        # back to the last sentence end. A cut at the word's start, or at the end of the word
        # before it (round 30, S1: ``… <title> Förslag till beslut`` after a memo's field run)
        stop = _heading_end(texts, index) if opens else None
        if stop is not None and not (
            words[index].start() in after  # the cut, asked only before a heading
            or words[index - 1].end() in after
            or _after_stop(texts, index)
        ):
            stop = None
        if stop is not None and _opens_clause(texts[stop : stop + _CLAUSE_WORDS]):
            spans.append((words[index].start(), words[stop - 1].end()))
            index = stop
            continue
        index += 1
    return spans


def _may_hold_heading(texts: list[str]) -> bool:
    """Round 55 (perf55c): every heading opens with one of the headings' first words
    (`_heading_end`, at the word or after its genitive, never at the first word): a text with
    none after its first word holds no heading, and its words are not scanned (the test
    runs in C)."""
    return not _first_words(_phrases()).isdisjoint(map(str.casefold, texts[1:]))


def unstopped_ends(text: str) -> set[int]:
    """Where a sentence whose stop was lost ends before a section heading (``… senast den 1
    mars`` before ``Bakgrund``): the end of its last word. Such a piece is a sentence, never
    a heading, though it ends without a stop (`Block.unstopped`). A field value before it
    (``Diarienummer Styrelsen Budgetregler`` ⏎ ``Förslag till beslut``, `_after_field_name`)
    ends no sentence (round 30, cause S1: the title repeated after it is a heading)."""
    ends: set[int] = set()
    for start, _ in section_heading_spans(text):
        before = text[:start].rstrip()
        words = before.split()
        if (before and not _ends_sentence(words[-1])
                and not _after_field_name(words, len(words))):
            ends.add(len(before))
    return ends


def _after_stop(texts: list[str], index: int) -> bool:
    """The word before `index` ends a sentence, or is a number or a date's month after a
    number (a stop lost after ``2024``, ``den 1 mars``), or (round 25, cause S1-2) a
    lower-case word ending a sentence that lost its stop (`_lost_stop`) or a person's name
    after a memo's field label (`_after_field_name`)."""
    before = texts[index - 1]
    if _ends_sentence(before):
        return True
    if _lost_stop(texts, index) or _after_field_name(texts, index):
        return True
    earlier = texts[index - 2].casefold() if index >= 2 else ""
    if _YEAR_OR_DATE.fullmatch(before):  # not a numbered label: ``§ 12``, ``punkt 3``
        return earlier != "§" and earlier not in patterns.NUMBERED_WORDS
    return (
        before.casefold() in patterns.MONTH_NAMES
        and index >= 2
        and _NUMBER.fullmatch(texts[index - 2]) is not None
    )


def _lost_stop(texts: list[str], index: int) -> bool:
    """A lower-case word, no preposition, conjunction or closed-class word that would govern
    the heading (layout.yaml `heading_links`, `boundary_words`, `clause_links`), ends a
    sentence that lost its stop: a verb stands after the first word since the last sentence
    end (``… hämtas av förbundets entreprenör Sammanfattning Sophämtningen sköts …``)."""
    before = texts[index - 1]
    if not (before.isalpha() and before.islower()):
        return False
    if (
        before in patterns.HEADING_LINKS
        or before in patterns.BOUNDARY_WORDS
        or before in patterns.CLAUSE_LINKS
    ):
        return False  # (three look-ups: no union of the lists per call)
    start = index - 1
    while start > 0 and not _ends_sentence(texts[start - 1]):
        start -= 1
    return any(_verb(word.strip(",")) for word in texts[start + 1 : index - 1])


_NAME_WORDS = 3  # a person's name: one to three Title-case words


def _after_field_name(texts: list[str], index: int) -> bool:
    """A person's name, one to three Title-case words, stands after a memo's field label
    (grammar.yaml `metadata_labels`: ``Handläggare Anna Ek Ärendet Tekniska nämnden …``,
    ``Föredragande: Per Lund``): the field's value ends before the heading."""
    from pipeline.language.grammar import GRAMMAR

    for size in range(1, _NAME_WORDS + 1):
        label = index - size - 1
        if label < 0 or not all(_capitalised(word) for word in texts[label + 1 : index]):
            continue
        if (texts[label].rstrip(":").casefold(),) in GRAMMAR.metadata_labels:
            return True
        # round 41, ah-S3: a label and the person's title (``Föredragande regionråd: Per Ek``)
        if label and texts[label].endswith(":") and texts[label][:-1].isalpha() and (
            (texts[label - 1].casefold(),) in GRAMMAR.metadata_labels
        ):
            return True
    return False


def _heading_end(texts: list[str], index: int) -> int | None:
    """The index after a section heading opening at `index` (the longest one), else None."""
    word = texts[index]
    if not _capitalised(word):
        return None
    for first in (index, index + 1):  # a body's genitive may open it: ``Förvaltningens``
        if first > index and not (word.endswith("s") and len(word) > 2):
            break
        if first >= len(texts) or texts[first].casefold() not in _first_words(_phrases()):
            continue  # no heading opens with this word (most words)
        for size in _phrase_sizes():
            stop = first + size
            phrase = texts[first:stop]
            if len(phrase) < size or not _heading_case(phrase, first == index):
                continue
            if " ".join(phrase).casefold() in _phrases():
                return stop
    return None


def _heading_case(phrase: list[str], opens: bool) -> bool:
    """The heading's first word in Title case where it opens the heading (else in lower case
    after the genitive), the rest in lower case, no punctuation."""
    if not all(word.isalpha() for word in phrase):
        return False
    first_ok = _capitalised(phrase[0]) if opens else phrase[0].islower()
    return first_ok and all(word.islower() for word in phrase[1:])


def _phrases() -> frozenset[str]:
    return patterns.CASE_HEADINGS


def _phrase_sizes() -> list[int]:
    """The heading lengths in words, longest first."""
    return _sizes(_phrases())


@lru_cache(maxsize=4)  # a pure function of the list (a frozenset keeps its hash)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of the headings (a phrase matched is a casefolded join on spaces)."""
    return frozenset(phrase.split(" ")[0] for phrase in phrases)


@lru_cache(maxsize=4)  # as `_first_words`
def _sizes(phrases: frozenset[str]) -> list[int]:
    return sorted({len(phrase.split()) for phrase in phrases}, reverse=True)


def _opens_clause(words: list[str]) -> bool:
    """A capitalised subject (no preposition or conjunction that would make it a name governed
    by the heading) and a finite verb after it within four words, or within four words after
    a coordinator among them (round 41, ah-S2: ``Bakgrund Norrby kommun och Åby kommun har
    föreslagit …``; layout.yaml `actor_coordinators`)."""
    if words and _YEAR_OR_DATE.fullmatch(words[0]):
        return len(words) > 1 and _verb(words[1])  # round 44, bg-S2: ``2019 antog nämnden``
    if not words or not _capitalised(words[0]) or len(words[0]) < 2:
        return False
    if words[0].casefold() in patterns.HEADING_LINKS | patterns.PREPOSITIONS:
        return False
    if finite_verb(words[0].casefold()):
        return False
    window = words[1 : 1 + _SUBJECT_WORDS]
    for position, word in enumerate(window, start=1):
        if word.casefold() in patterns.ACTOR_COORDINATORS:
            window = words[1 : position + 1 + _SUBJECT_WORDS]
            break
    return any(_verb(word.strip(",.;:")) for word in window)


def _verb(word: str) -> bool:
    return finite_verb(word) or s_verb(word) or _weak_past(word) or _strong_past(word)


def _strong_past(word: str) -> bool:
    """A strong verb's past (``antog``, ``beslöt``, ``kom``): the lemma lexicon reads it as a
    form of a verb in -a, and it ends in none of a noun's or another form's endings."""
    from pipeline.language.spelling import lexicon_lemma

    if not word.islower():
        return False
    if word.endswith(_STRONG_PAST_ENDINGS) and not word.endswith(_STRONG_PAST_T):
        return False
    lemma = lexicon_lemma(word)
    return lemma.endswith("a") and lemma != word


_TITLE_WORDS = 12  # a memo's title after its field run


def title_before_heading(text: str, start: int) -> int | None:
    """Round 36, cause S4: a memo's title right after its field run (`start`, the run's end)
    and before a section heading that a clause follows (``… 1/3 Byggnadsnämnden Ändring av
    byggnadsnämndens delegationsordning Förslag till beslut Byggnadsnämnden föreslår …``):
    up to twelve words, capitalised first, no finite verb or sentence end among them. The
    heading's start (the title is a heading of its own), else None."""
    words = list(_WORD.finditer(text, start, min(len(text), start + 600)))
    texts = [match.group() for match in words]
    if not texts or not _capitalised(texts[0]):
        return None
    for index in range(1, min(len(texts), _TITLE_WORDS + 1)):
        before = texts[index - 1]
        if _ends_sentence(before) or finite_verb(before) or s_verb(before.strip(",")):
            return None  # (no `_strong_past`: ``bidrag`` is a noun)
        stop = _heading_end(texts, index)
        if stop is not None and _opens_clause(texts[stop : stop + _CLAUSE_WORDS]):
            return words[index].start()
    return None
