"""Contact blocks one field a line (round 46, analysis 46-bm cause 9): a web page's or a
letter's contact card, the role (or unit), the person's name and the contact lines each on a
line of its own, the labels often without colons: ``Fritidschef`` ⏎ ``Lars Holm`` ⏎ ``Tfn.
0456-120 30`` ⏎ ``Mob 070-222 33 44``. Each card is one block, a metadata clause (docs/
annotation.md §1.3, round 30's signature block): never a heading a line. A contact line is
a phone number or an e-mail address, after a contact label (layout.yaml `contact_labels`) or
alone; the card's head is the one to three short verbless capitalised lines right before its
first contact line (not a heading of layout.yaml `contact_headings` such as ``Kontakt``).
A label that comes again (a second ``Tfn``) opens the next card. `contact_rows` gives each
card's raw start and line count, as `pipeline.normalize.contents` does for a contents list.
"""

from __future__ import annotations

import re

from pipeline import patterns
from pipeline.normalize.inline_headings import finite_verb
from pipeline.normalize.lines import Line

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\(?\d[\d ()/–-]{4,}\d")  # ``0456-120 30``, ``+46 (0)70 111 22 33``
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_CONTACT_CHARS = 60
_MAX_HEAD_LINES = 3
_MAX_HEAD_WORDS = 5
_MIN_CARD_LINES = 2
_SENTENCE_END = ".:;!?"


def _contact_label(text: str) -> str | None:
    """The label of a contact line (``tfn``, ``e-post``; ``""`` for a bare number or
    address), else None."""
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_CONTACT_CHARS:
        return None
    if not any(character.isdigit() or character == "@" for character in stripped):
        return None  # the cheap trigger: every contact value holds a digit or an ``@``
    label, _, value = stripped.partition(" ")
    label = label.casefold().rstrip(".:")
    if value and label in patterns.CONTACT_LABELS:
        if label in patterns.CONTACT_PHONE_LABELS:
            label = "telefon"  # ``Tfn.`` and ``Telefon:`` name one field
        return label if _is_value(value.strip()) else None
    # alone, a number is a phone number only with its trunk or country prefix: a date
    # (``2023-04-12``) or a year under a field label is no contact line
    bare_phone = stripped[:1] in "0+(" and _PHONE.fullmatch(stripped) and not _DATE.search(stripped)
    return "" if bare_phone or _EMAIL.fullmatch(stripped) else None


def _is_value(value: str) -> bool:
    return bool((_PHONE.fullmatch(value) and not _DATE.search(value)) or _EMAIL.fullmatch(value))


def _is_head_line(line: Line) -> bool:
    """A role, unit or personal name line of a card: short, capitalised, verbless."""
    words = line.stripped.split()
    return (
        0 < len(words) <= _MAX_HEAD_WORDS
        and words[0][:1].isupper()
        and line.stripped[-1] not in _SENTENCE_END
        and not any(character.isdigit() for character in line.stripped)
        and line.stripped.casefold() not in patterns.CONTACT_HEADINGS
        and not any(finite_verb(word) for word in words)
    )


def _head_start(lines: list[Line], first: int, floor: int) -> int:
    """The index of the card's first head line before contact line `first` (down to
    `floor`, the line after the previous card)."""
    start = first
    while start > floor and first - start < _MAX_HEAD_LINES and _is_head_line(lines[start - 1]):
        start -= 1
    return start


def contact_rows(lines: list[Line]) -> dict[int, int]:
    """The raw start of each contact card of two lines or more and its number of lines.
    A blank line ends a card (plain text only; a caller passes no structured text)."""
    rows: dict[int, int] = {}
    floor = 1  # the document's first line is its title, never a card's head
    index = 0
    while index < len(lines):
        if _contact_label(lines[index].text) is None:
            index += 1
            continue
        start = _head_start(lines, index, floor)
        seen: set[str] = set()
        end = index
        while end < len(lines) and (label := _contact_label(lines[end].text)) is not None:
            if label and label in seen:
                break  # a label again: the next card
            seen.add(label)
            end += 1
        if end - start >= _MIN_CARD_LINES:
            rows[lines[start].start] = end - start
        floor = index = end
    return rows
