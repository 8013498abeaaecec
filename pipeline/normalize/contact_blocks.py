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
    return _is_head_text(line.stripped)


def _is_head_text(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _MAX_HEAD_WORDS
        and words[0][:1].isupper()
        and text[-1] not in _SENTENCE_END
        and not any(character.isdigit() for character in text)
        and text.casefold() not in patterns.CONTACT_HEADINGS
        and not any(finite_verb(word) for word in words)
    )


def _head_start(lines: list[Line], first: int, floor: int) -> int:
    """The index of the card's first head line before contact line `first` (down to
    `floor`, the line after the previous card)."""
    start = first
    while start > floor and first - start < _MAX_HEAD_LINES and _is_head_line(lines[start - 1]):
        start -= 1
    return start


# A party code after a name (``Eva Lund, C``, ``Eva Lund (S)``) or on a line of its own.
_PARTY = patterns.PARTY_CODE_WORD
_MAX_NAME_WORDS = 4


def _is_role_line(line: Line) -> bool:
    return _is_role_text(line.stripped)


def _is_role_text(text: str) -> bool:
    """Round 50 (bt b3): a card's role line, a short head line ending in an actor noun of the
    lexicon (``Ordförande``, ``Förste vice ordförande``, ``Nämndsekreterare``)."""
    from pipeline.normalize.words import is_actor_noun

    return _is_head_text(text) and is_actor_noun(text.split()[-1])


def _is_name_line(line: Line) -> bool:
    return _is_name_text(line.stripped)


def _is_name_text(text: str) -> bool:
    """Round 50 (bt b3): a personal name's line, two to four capitalised words that are no
    actor nouns, a party code after a comma or in brackets allowed (``Eva Lund, C``)."""
    from pipeline.normalize.words import actor_lexicon, is_actor_noun

    name, _, party = text.partition(",")
    words = name.split()
    if words and _PARTY.fullmatch(words[-1]) and words[-1].startswith("("):
        party, words = words[-1], words[:-1]
    if not (_is_head_text(text) and 2 <= len(words) <= _MAX_NAME_WORDS):
        return False
    if party.strip() and not _PARTY.fullmatch(party.strip()):
        return False
    capitalised = all(word[:1].isupper() and word[1:].islower() for word in words)
    given = words[0].casefold() in actor_lexicon().given_names
    return capitalised and (given or not any(map(is_actor_noun, words)))


_MAX_ROLE_WORDS = 3


def is_card_without_contact_lines(text: str) -> bool:
    """Round 50 (bt b3): a block's text is a role and a personal name (an optional party
    code after it) as `_cards_without_contact_lines` joins them (``Ordförande Eva Lund,
    C``): the segmenter's test for a metadata card under a contact heading."""
    words = text.split()
    for size in range(1, min(_MAX_ROLE_WORDS, len(words) - 2) + 1):
        role, name = " ".join(words[:size]), words[size:]
        if name and _PARTY.fullmatch(name[-1]) and not name[-1].startswith("("):
            name = name[:-1]  # a party line of its own
        if _is_role_text(role) and _is_name_text(" ".join(name)):
            return True
    return False


def _cards_without_contact_lines(lines: list[Line], taken: set[int]) -> dict[int, int]:
    """Round 50 (analysis 50-bt, ruling b3): under a contact heading (layout.yaml
    `contact_headings`: ``Kontakt``) a role line and a personal-name line, an optional party
    line after them, are one card even without contact lines: each pair a block. The run
    ends at the first line of another shape, a blank line or a card with contact lines."""
    rows: dict[int, int] = {}
    for index, line in enumerate(lines[:-2]):
        if line.stripped.casefold() not in patterns.CONTACT_HEADINGS:
            continue
        start = index + 1
        while start + 1 < len(lines) and lines[start].start not in taken and (
                _is_role_line(lines[start]) and _is_name_line(lines[start + 1])):
            end = start + 2
            if end < len(lines) and _PARTY.fullmatch(lines[end].stripped):
                end += 1
            if end < len(lines) and _contact_label(lines[end].text) is not None:
                break  # a card with contact lines: `contact_rows`
            rows[lines[start].start] = end - start
            start = end
    return rows


_MAX_TITLE_WORDS = 10


def _is_member_title(text: str) -> bool:
    """Round 51 (ruling b2): a member's title line, a role and its organisation after a comma
    (``Landshövding, Länsstyrelsen i X``, ``Riksdagsledamot, Centerpartiet``), no verb."""
    role, comma, organisation = text.partition(",")
    words = text.split()
    return (
        bool(comma and organisation.strip()[:1].isupper())
        and len(words) <= _MAX_TITLE_WORDS
        and text[-1] not in _SENTENCE_END
        and _is_role_text(role)
        and not any(finite_verb(word) for word in words)
    )


def is_member_card(lines: list[str]) -> bool:
    """Round 51 (ruling b2): a block's raw lines are a member card as `_member_cards` joins
    them, a personal name over its title: the segmenter's test for the card's kind."""
    return len(lines) == 2 and _is_name_text(lines[0]) and _is_member_title(lines[1])


def _member_cards(lines: list[Line], taken: set[int]) -> dict[int, int]:
    """Round 51 (ruling b2, analysis 51-by L1): on a member list, a personal-name line and,
    without a blank line, its title line (`_is_member_title`) are one card: each pair a
    block. A run opens after a label or lead-in line ending in a colon (``Ledamöter:``) and
    ends at the first line of another shape; a name line alone is no card."""
    rows: dict[int, int] = {}
    for index, line in enumerate(lines[:-2]):
        if not line.stripped.endswith(":"):
            continue
        start = index + 1
        while start + 1 < len(lines) and lines[start].start not in taken and (
                _is_name_line(lines[start]) and _is_member_title(lines[start + 1].stripped)):
            rows[lines[start].start] = 2
            start += 2
    return rows


def contact_rows(lines: list[Line]) -> dict[int, int]:
    """The raw start of each contact card of two lines or more and its number of lines.
    A blank line ends a card (plain text only; a caller passes no structured text); round
    50: a role and a name under a contact heading make a card without contact lines."""
    rows = _cards_with_contact_lines(lines)
    taken = {line.start for line in lines if line.start in rows}
    rows |= _cards_without_contact_lines(lines, taken)
    return rows | _member_cards(lines, taken | set(rows))


def _cards_with_contact_lines(lines: list[Line]) -> dict[int, int]:
    """Round 46: each card ending in contact lines, its head the lines right before them."""
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
