"""Signature and address blocks: the sender's name and contact fields after the last sentence.

A letter, memo or web page may end with the organisation, the signer's name and title and the
contact fields (``… följa upp kostnaderna. Ekby kommun Kommunledningskontoret Anna Berg
Kanslichef Postadress: Box 12, 123 45 Ekby Telefon: 0123-456 78``). After a sentence's stop
such a block is a metadata clause of its own (docs/annotation.md §1.3, round 30 cause S2),
never part of the last sentence: the words before its first contact field (layout.yaml
`contact_labels`, before a colon) hold no finite verb and open with a capitalised word.
"""

from __future__ import annotations

import re

from pipeline import patterns
from pipeline.normalize.inline_headings import finite_verb, s_verb

# A field label before its colon: ``Postadress:``, ``E-post:``, ``Org.nr:``.
_FIELD = re.compile(r"(?<!\S)(?P<label>[A-ZÅÄÖa-zåäö][\w.-]*):(?=\s|$)")
_STOP = re.compile(r"[.!?](?=\s)")
_HEAD_WORDS = 15  # an organisation, a unit, a name and a title before the first field
_MIN_HEAD_WORDS = 2


# Round 45, bj-C8: a contact label printed in capitals without its colon (``BESÖKSADRESS``,
# ``TELEFON``), as a cover page's address block prints it.
_CAPITALS_FIELD = re.compile(r"(?<!\S)(?P<label>[A-ZÅÄÖ][A-ZÅÄÖ-]{2,})(?=\s|$)")


def _first_field(text: str) -> re.Match[str] | None:
    """The first contact field: a label before its colon, or (round 45, bj-C8) an earlier
    label in capitals with no sentence stop between the two (``… via TELEFON eller e-post.
    Anna Berg Enhetschef E-post: …``: the capitals are the sentence's, the colon field opens
    the block)."""
    colon = next(
        (
            match
            for match in _FIELD.finditer(text)
            if match.group("label").casefold().rstrip(".") in patterns.CONTACT_LABELS
            or match.group("label").casefold() in patterns.CONTACT_LABELS
        ),
        None,
    )
    before = colon.start() if colon is not None else len(text)  # only an earlier one counts
    capitals = next(
        (
            match
            for match in _CAPITALS_FIELD.finditer(text, 0, before)
            if match.group("label").casefold() in patterns.CONTACT_LABELS
        ),
        None,
    )
    if capitals is not None and colon is not None and _STOP.search(text, capitals.end(), before):
        return colon
    return capitals or colon


def _signature_head(words: list[str]) -> bool:
    """The words before the first contact field: capitalised first, verbless (no s-passive
    either, round 45: ``Frågor lämnas via TELEFON …`` is a sentence), not too many."""
    return (
        _MIN_HEAD_WORDS <= len(words) <= _HEAD_WORDS
        and words[0][:1].isupper()
        and not any(finite_verb(word.strip(",")) or s_verb(word) for word in words)
        and not any(word.casefold() in patterns.SENTENCE_VERBS for word in words)
    )


def is_signature_block(text: str) -> bool:
    """``Region Norrby HR-avdelningen Maria Sund HR-chef Besöksadress: …``: a whole block that
    is a signature (no sentence stop before its first contact field); or an address run
    without field labels (round 38, at-S1: `address_run_start`)."""
    field = _first_field(text)
    if field is None:
        return _address_run(text.split())
    if _STOP.search(text, 0, field.start()):
        return False
    return _signature_head(text[: field.start()].split())


def _street(word: str, following: str) -> bool:
    """``Universitetsvägen 3``, ``Box 12``: a street name (layout.yaml `street_suffixes`)
    before its house number."""
    folded = word.casefold().rstrip(",")
    return (
        word[:1].isupper()
        and following[:1].isdigit()
        and (
            folded == "box"
            or any(
                folded.endswith(suffix) and len(folded) > len(suffix)
                for suffix in patterns.STREET_SUFFIXES
            )
        )
    )


def _address_run(words: list[str]) -> bool:
    """Round 38, at-S1: a verbless run of a name, a unit and an address without field
    labels (``Anna Berg Planeringsavdelningen Universitetsvägen 3 punkt 2``): no sentence
    stop, a street name before its number after two capitalised words or more and only
    such words before it."""
    if len(words) < _MIN_HEAD_WORDS or words[-1].endswith((".", "!", "?", ":")):
        return False
    street = next(
        (
            index
            for index, (word, following) in enumerate(zip(words, words[1:], strict=False))
            if _street(word, following)
        ),
        None,
    )
    if (
        street is None
        or street < _MIN_HEAD_WORDS
        or not all(word[:1].isupper() for word in words[:street])
    ):
        return False
    return _signature_head(words)  # the verb tests last: most runs have no street


def address_run_start(text: str) -> int | None:
    """Round 38, at-S1: where an address run without field labels (`_address_run`) after
    the last sentence stop starts, the run going to the end of the text; else None."""
    stops = [stop.end() for stop in _STOP.finditer(text)]
    if not stops or stops[-1] >= len(text.rstrip()):
        return None
    start = stops[-1]
    while start < len(text) and text[start] == " ":
        start += 1
    return start if _address_run(text[start:].split()) else None


def signature_block_start(text: str) -> int | None:
    """Where a signature block run onto the end of a paragraph starts: right after the last
    sentence stop before its first contact field (`is_signature_block` from there), else
    None."""
    field = _first_field(text)
    if field is None:
        return address_run_start(text)  # round 38, at-S1
    stops = [stop.end() for stop in _STOP.finditer(text, 0, field.start())]
    if not stops:
        return None
    start = stops[-1]
    while start < len(text) and text[start] == " ":
        start += 1
    return start if _signature_head(text[start : field.start()].split()) else None
