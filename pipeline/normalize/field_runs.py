"""A run of `Label: value` fields flattened into a line with what stands before and after it
(round 44, analysis 44-layouts cause 3).

A cover page or a memo header copied without its line breaks runs its fields into the title
before them and the first sentence after them: ``Riktlinje för resor Dokumenttyp: Riktlinje
Fastställd av: Utskottet Gäller fr o m: 1 mars 2030 Medarbetare ska …``. Two or more field
labels in a row, the first one a known label (grammar.yaml `metadata_labels`, layout.yaml
`web_field_labels`, `cover_field_labels`, `statute_field_labels`, `validity_labels`,
`contact_labels`, `memo_field_words`) or a role before a personal name (``Ordförande: Eva
Lind``), make one metadata clause (docs/annotation.md §1.2 "Round 44 (field runs)"): it is
cut from a verbless title or a finished sentence before it and from the title's repeat, a
case heading or a sentence (a capitalised word before its finite verb) after its last value,
in any block of the document. The cuts other rules made between its labels are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import islice

from pipeline import patterns
from pipeline.normalize.inline_headings import char_before, finite_verb
from pipeline.normalize.reflow import title_repeat_end, update_opening
from pipeline.normalize.words import is_actor_noun

# A field label: a capitalised word and up to three lower-case words before a colon and a
# space (``Dnr:``, ``Beslutad av:``, ``Gäller fr o m:``). A time ``13:00``, a ratio ``1:2``,
# a statute number ``2017:725`` or a URL ``https://`` has no space after its colon.
_LABEL = re.compile(r"(?<!\S)[A-ZÅÄÖ][\w/-]*(?:\s+[a-zåäö][\w.]*){0,3}:(?=\s|$)")
_WORD = re.compile(r"\S+")
_MIN_LABELS = 2
_MAX_VALUE_WORDS = 10  # a value between two labels; longer text is no field value
_MAX_OTHER_LABEL_WORDS = 2  # an unlisted label inside a run (``Tid:``, ``Plats:``)
_ROLE_VALUE_CHARS = 60  # enough for a role value's first word; no copy of the line's rest
_MAX_SUBJECT_GAP = 3  # lower-case words between a sentence's capitalised first word and verb
_MAX_TITLE_WORDS = 12
_MAX_HEAD_WORDS = 3  # a cover word or office in capitals before the first label
_OFFICE_LETTERS = 4  # ``GATUKONTORET``; shorter capitals are acronyms
_STOP = ".!?"
_PAGE_NUMBER = re.compile(r"\d{1,3}")
_LOOK_BACK_CHARS = 64  # the first window `_last_words` reads back; doubled while too short
_TITLE_STOP = re.compile(r"[.;!?]|:(?!\d)")  # ``Förordning (2031:42) om …`` is a title


@dataclass(frozen=True)
class FieldRun:
    """A field run: where it starts, where its last value starts and ends (None: unknown);
    `repeat_end`: the end of the title's repeat that ends the run (a heading), else None."""

    start: int
    last_value: int
    end: int | None
    repeat_end: int | None = None


@patterns.layout_cache()
def _labels() -> frozenset[str]:
    """Every listed field label, lower-cased, its words joined by one space."""
    from pipeline.language.grammar import GRAMMAR

    layout = patterns.active_layout()
    listed = [" ".join(words) for words in GRAMMAR.metadata_labels]
    for words in (
        layout.web_field_labels,
        patterns.COVER_FIELD_LABELS,
        patterns.STATUTE_FIELD_LABELS,
        patterns.VALIDITY_LABELS,
        patterns.CONTACT_LABELS,
        patterns.MEMO_FIELD_WORDS,
    ):
        listed.extend(" ".join(label.split()) for label in words)
    return frozenset(listed)


def _known(label: str) -> bool:
    """A listed label, or one whose first word is one (``Föredragande regionråd``)."""
    words = label.casefold().split()
    return " ".join(words) in _labels() or words[0] in _labels()


def _role(label: str, value: str) -> bool:
    """A role before a personal name (``Vice ordförande: Eva Lind``): the label's last word
    is an actor noun, the value opens with a Title-case word that is none."""
    first = value.split()[:1]
    return (
        is_actor_noun(label.split()[-1])
        and bool(first)
        and first[0].isalpha()
        and first[0][:1].isupper()
        and not first[0].isupper()
        and not is_actor_noun(first[0])
    )


def _value(text: str) -> bool:
    """Text between two labels is a field value: a few words, no finite verb, no stop."""
    words = text.split()
    return len(words) <= _MAX_VALUE_WORDS and not any(
        finite_verb(word) or _ends_sentence(word) for word in words
    )


def _ends_sentence(word: str) -> bool:
    """A word with a sentence's stop: no abbreviation (``fr.o.m.``, ``kap.``)."""
    if not word.endswith(tuple(_STOP)):
        return False
    bare = word.rstrip(_STOP)
    return bool(bare) and "." not in bare and bare.casefold() not in patterns.ABBREVIATIONS


def _labelled(label: str) -> bool:
    """A label a run may hold: a listed one (``Författningen har upphävts genom:``) or one
    without a finite verb (``Styrelsen ska:`` is a lead-in)."""
    return _known(label) or not any(finite_verb(word) for word in label.split())


def _runs(text: str) -> list[list[re.Match[str]]]:
    """The runs of two or more labels whose gaps are field values."""
    labels = [match for match in _LABEL.finditer(text) if _labelled(match.group()[:-1])]
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for match in labels:
        label = match.group()[:-1]
        if update_opening(label):  # round 56, cl C6: ``Sidan granskades:`` ends the run
            if len(current) >= _MIN_LABELS:
                runs.append(current)
            current = []
            continue
        if (
            current
            and _value(text[current[-1].end() : match.start()])
            and (
                _known(label)
                or _role(label, text[match.end() : match.end() + _ROLE_VALUE_CHARS])
                or len(label.split()) <= _MAX_OTHER_LABEL_WORDS
            )
        ):
            current.append(match)
            continue
        if len(current) >= _MIN_LABELS:
            runs.append(current)
        opens = _known(label) or _role(label, text[match.end() : match.end() + _ROLE_VALUE_CHARS])
        current = [match] if opens else []
    if len(current) >= _MIN_LABELS:
        runs.append(current)
    return runs


def _head_start(text: str, start: int) -> int:
    """The start of a page number, a cover word or an office in capitals right before the
    first label (``2 Handläggare:``, ``KALLELSE Datum:``, ``GATUKONTORET Datum:``); `start`
    where there is none."""
    words = _last_words(text, start, _MAX_HEAD_WORDS)
    if (
        words
        and _PAGE_NUMBER.fullmatch(words[-1].group())
        and (len(words) == 1 or words[-2].group() != "§")
    ):
        return words[-1].start()  # a printed page's number before its field run (round 24)
    capitals = []
    for word in reversed(words):
        if not (word.group().isalpha() and word.group().isupper()):
            break
        capitals.insert(0, word)
    if any(word.group() in patterns.COVER_WORDS for word in capitals):
        return capitals[0].start()
    if (
        len(capitals) == 1
        and len(capitals[0].group()) >= _OFFICE_LETTERS
        and (len(words) == 1 or not words[-2].group().isupper())
    ):
        return capitals[0].start()
    return start


def _last_words(text: str, end: int, count: int) -> list[re.Match[str]]:
    """The last `count` words before `end`, read back over a window that grows until it
    holds one word more (which may be cut), so a long line is not read from its start once
    per run (review 44c, item 3)."""
    window = _LOOK_BACK_CHARS
    while True:
        low = max(end - window, 0)
        words = list(_WORD.finditer(text, low, end))
        if len(words) > count or low == 0:
            return words[-count:]
        window *= 2


def _title(text: str) -> bool:
    """A short title: capitalised, no punctuation that ends a sentence, no finite verb, no
    field word (``… Dnr 0312/21 Handläggare Karin Lund Telefon: …`` is a memo's field run
    printed without colons that goes on in the labelled fields)."""
    words = text.split()
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and words[0][:1].isupper()
        and not _TITLE_STOP.search(text)
        and not any(finite_verb(word) or word.casefold() in _labels() for word in words)
    )


def _last_cut(cuts: list[int], start: int) -> int:
    """The last of the sorted `cuts` before `start`, else 0."""
    index = bisect_left(cuts, start)
    return cuts[index - 1] if index else 0


def _last_stop(text: str, start: int, floor: int) -> int:
    """The end of the last stop followed by a space before `start` that ends after `floor`,
    else `floor`: read back from `start` (``rfind``), never from the text's start."""
    high = start - 1  # the space after the stop stands before `start`
    while (stop := max(text.rfind(char, floor, high) for char in _STOP)) >= 0:
        if text[stop + 1].isspace():
            return stop + 1
        high = stop
    return floor


def _segment_start(text: str, start: int, cuts: list[int]) -> int:
    """Where the text before `start` opens: after the last stop or cut (`cuts` sorted),
    else 0."""
    opening = _last_stop(text, start, _last_cut(cuts, start))
    while opening < start and text[opening].isspace():
        opening += 1
    return opening


def _repeat_at(words: list[re.Match[str]], title: tuple[str, ...]) -> int | None:
    """The index of the title's repeat among the last value's `words` (never the first word:
    the value), else None."""
    if not title:
        return None
    texts = [word.group() for word in words[: _MAX_VALUE_WORDS + len(title)]]
    folded = [word.casefold() for word in texts]
    return next(
        (
            index
            for index in range(1, len(texts))
            if tuple(folded[index : index + len(title)]) == title
        ),
        None,
    )


def _value_end(text: str, words: list[re.Match[str]], title: tuple[str, ...]) -> int | None:
    """Where the last value ends (`words` follow its label) where its title does not recur:
    before a case heading or a sentence opening with a capitalised word before its finite
    verb; after a stop. None where none of these comes within a value's length."""
    texts = [word.group() for word in words[: _MAX_VALUE_WORDS + _MAX_SUBJECT_GAP + 1]]
    for index, word in enumerate(texts):
        if index and word[:1].isupper() and word.casefold() in patterns.SECTION_HEADINGS:
            return words[index].start()
        if finite_verb(word):
            return _subject_start(words, texts, index)
        if _ends_sentence(word):
            return words[index].end()
    return None


def _subject_start(words: list[re.Match[str]], texts: list[str], verb: int) -> int | None:
    """The start of the capitalised word that opens the verb's sentence, up to three
    lower-case words before the verb (``Attestanten ska``, ``Tekniska nämnden föreslår``);
    never the value's first word."""
    for index in range(verb - 1, max(verb - _MAX_SUBJECT_GAP - 2, 0), -1):
        if texts[index][:1].isupper():
            return words[index].start() if index else None
        if not texts[index].isalpha():
            return None
    return None


def field_runs(text: str, cuts: list[int], title: tuple[str, ...] = ()) -> list[FieldRun]:
    """The field runs of `text` that are cut from what stands before them (nothing, a
    number, a verbless title or a finished sentence); `title` the document's title words."""
    found = []
    ordered = sorted(cuts)
    for run in _runs(text):
        start = _head_start(text, run[0].start())
        opening = _segment_start(text, start, ordered)
        before = text[opening:start].strip()
        if (
            before
            and not before.isdigit()
            and not _title(before)
            and char_before(text, start) not in _STOP
        ):
            continue
        repeat = tuple(before.casefold().split()) if _title(before) else title
        reach = _MAX_VALUE_WORDS + _MAX_SUBJECT_GAP + len(repeat) + 1  # `_repeat_at`, `_value_end`
        words = list(islice(_WORD.finditer(text, run[-1].end()), reach))
        last_value = words[0].end() if words else len(text)
        if (index := _repeat_at(words, repeat)) is not None:
            repeated = words[index].start()
            found.append(
                FieldRun(start, last_value, repeated, title_repeat_end(text, repeated, repeat))
            )
            continue
        found.append(FieldRun(start, last_value, _value_end(text, words, repeat)))
    return found


def field_run_cuts(text: str, cuts: list[int], title: tuple[str, ...] = ()) -> list[int]:
    """`cuts` with each field run cut out as one clause (the module docstring): a title
    before it after a stop is cut off too; another rule's cut inside the run up to its last
    value's first word is dropped; the run's end is added where no cut follows its last
    label before it."""
    if ":" not in text:
        return sorted(set(cuts))  # no label, no run
    result = sorted(set(cuts))  # kept sorted: each run reads and edits it by bisection
    text_end = len(text.rstrip())
    for run in field_runs(text, cuts, title):
        inside = run.end if run.repeat_end is not None else run.last_value
        del result[bisect_right(result, run.start) : bisect_left(result, inside)]
        if run.repeat_end is not None:  # round 25, S1-3: the title's repeat is a heading
            _add_cut(result, run.repeat_end)
        opening = _segment_start(text, run.start, result)
        before = text[opening : run.start].strip()
        if _WORD.search(text, 0, run.start) and not before.isdigit():
            _add_cut(result, run.start)
            if opening and _title(text[opening : run.start]):
                _add_cut(result, opening)
        if run.end is not None and run.end < text_end and not _cut_within(result, run):
            _add_cut(result, run.end)
    return result


def _add_cut(cuts: list[int], cut: int) -> None:
    """Put `cut` into the sorted `cuts` unless it is there."""
    index = bisect_left(cuts, cut)
    if index == len(cuts) or cuts[index] != cut:
        cuts.insert(index, cut)


def _cut_within(cuts: list[int], run: FieldRun) -> bool:
    """A cut of the sorted `cuts` from the run's last value's start to its end."""
    index = bisect_left(cuts, run.last_value)
    return index < len(cuts) and run.end is not None and cuts[index] <= run.end
