"""Round 57 (analysis 57b-cq P1b; docs/annotation.md round 50 a6): the heading signs of a
document viewer's page line that no other rule reads there, so that it is segmented as any
page line: the title's repeat where the viewer cut the title line short (``Delegationsordning
för miljö- och`` ⏎ … ⏎ ``1 DELEGATIONSORDNING Delegationsordning för miljö- och
byggnadsnämnden Dokumentets omfattning En …``), the heading after it, a contents list
(layout.yaml `contents_headings` before its dotted entries) and a cover field without a colon
(a capitalised noun before a layout.yaml `cover_field_labels` phrase of two words or more:
``… delegerat. Dokumentet gäller för Samtliga delegater …``)."""

from __future__ import annotations

import re
from itertools import islice

from pipeline import patterns
from pipeline.normalize.inline_headings import finite_verb

_WORD = re.compile(r"\S+")
_CONTINUED_WORDS = 3  # the words a short title line lost: ``… miljö- och`` + ``byggnadsnämnden``
_HEADING_WORDS = 4  # a heading after the repeat: ``Dokumentets omfattning``
_VERB_REACH = 3  # a sentence's finite verb within three words after its opening word
# a contents entry: dot leaders and a page number (``Allmänt om delegering... 2``)
_CONTENTS_ENTRY = re.compile(r"\S\.{3,}\s*\d{1,3}\b")
_CONTENTS_REACH = 80
_STOP = re.compile(r"[.!?]$")


def cover_cuts(text: str, start: int, title: tuple[str, ...]) -> list[int]:
    """The cuts of a viewer page line whose text after its index (`start`) is read here: the
    end of a short title's repeat and of the heading after it, a contents list's start and a
    colon-less cover field's start."""
    cuts = [*contents_starts(text, start), *field_starts(text, start)]
    if (repeat := truncated_title_end(text, start, title)) is not None:
        cuts.append(repeat)
        if (heading := heading_end(text, repeat)) is not None:
            cuts.append(heading)
    return sorted(set(cuts))


def truncated_title_end(text: str, start: int, title: tuple[str, ...]) -> int | None:
    """The end of the document's title repeated at `start` (after one word in capitals, the
    document kind, at most) when the title line was cut short: the title's words (any case),
    then up to three lower-case words that complete it, then a capitalised word. None where
    the repeat is whole (`reflow.title_copy_end` reads that) or other words stand there."""
    if len(title) < 2:
        return None
    words = list(islice(_WORD.finditer(text, start), len(title) + _CONTINUED_WORDS + 2))
    texts = [word.group() for word in words]
    offset = 1 if texts[:1] and texts[0].isupper() and len(texts[0]) > 1 else 0
    copied = [word.casefold() for word in texts[offset: offset + len(title)]]
    if copied != list(title):
        return None
    after = offset + len(title)
    for index in range(after, min(len(texts), after + _CONTINUED_WORDS + 1)):
        if texts[index][:1].isupper():
            return words[index - 1].end() if index > after else None
        if finite_verb(texts[index]) or _STOP.search(texts[index]):
            return None
    return None


def heading_end(text: str, start: int) -> int | None:
    """The end of a heading of up to four verbless words opening at `start`, before a
    capitalised closed-class opener (layout.yaml `sentence_openers`: ``Dokumentets syfte En
    …``) or a capitalised word that a finite verb follows within three words (``Dokumentets
    omfattning Ordningen beskriver …``); None where no sentence opens so."""
    words = list(islice(_WORD.finditer(text, start), _HEADING_WORDS + _VERB_REACH + 1))
    texts = [word.group() for word in words]
    for index in range(1, min(len(texts), _HEADING_WORDS + 1)):
        if finite_verb(texts[index - 1]) or _STOP.search(texts[index - 1]):
            return None
        following = texts[index + 1: index + 1 + _VERB_REACH]
        if texts[index][:1].isupper() and (
            texts[index].casefold() in patterns.SENTENCE_OPENERS or any(map(finite_verb, following))
        ):
            return words[index].start()
    return None


def contents_starts(text: str, start: int) -> list[int]:
    """Where a contents heading word (layout.yaml `contents_headings`, capitalised) opens a
    contents list inside the line: its dotted entries follow it."""
    headings = patterns.CONTENTS_HEADINGS
    return [
        word.start() for word in _WORD.finditer(text, start)
        if word.start() > start and word.group()[:1].isupper()
        and word.group().casefold() in headings
        and _CONTENTS_ENTRY.search(text, word.end(), word.end() + _CONTENTS_REACH)
    ]


def field_starts(text: str, start: int) -> list[int]:
    """Where a cover field without a colon starts after a sentence's stop: a capitalised word,
    then a cover field label of two words or more (layout.yaml `cover_field_labels`:
    ``… delegerat. Dokumentet gäller för Samtliga …``)."""
    labels = [tuple(label.split()) for label in patterns.COVER_FIELD_LABELS if " " in label]
    words = list(_WORD.finditer(text, start))
    texts = [word.group() for word in words]
    return [
        words[index].start() for index in range(1, len(words) - 1)
        if _STOP.search(texts[index - 1]) and texts[index][:1].isupper()
        and any(tuple(word.casefold() for word in texts[index + 1: index + 1 + len(label)])
                == label for label in labels)
    ]
