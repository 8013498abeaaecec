"""Body compounds split by a damaged web page (round 23, cause C3).

``Kommuns styrelsen``, ``Regions styrelsen``, ``Regions fullmäktige``: a capitalised
genitive of an owner kind (`split_owner_genitives` in configs/actors.yaml) right before a bare
body head is the first part of that body's compound, written apart: one span, canonical the
compound (``kommunstyrelse``, ``regionfullmäktige``; docs/annotation.md §2.2). A true
genitive takes the definite form (``Kommunens styrelse``) and is left alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from pipeline.language.lexicon import BODY_CATEGORIES, ActorLexicon

if TYPE_CHECKING:
    from pipeline.nlp.actors import ActorMention


def with_split_owner_compounds(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The mentions (sorted by start) with each split owner genitive joined to its body."""
    joined: list[ActorMention] = []
    for mention in mentions:
        owner = joined[-1] if joined else None
        prefix = _split_owner(doc, owner, mention, lexicon)
        if owner is None or prefix is None:
            joined.append(mention)
            continue
        canonical = prefix + mention.canonical
        joined[-1] = replace(
            mention,
            start=owner.start,
            text=doc.text[owner.start : mention.end],
            canonical=canonical,
            first_token=owner.first_token,
            role=lexicon.role_of(canonical, mention.role),
        )
    return joined


def _split_owner(
    doc: Doc, owner: ActorMention | None, mention: ActorMention, lexicon: ActorLexicon
) -> str | None:
    """The compound's first part when ``owner`` is a split owner genitive of ``mention``."""
    if owner is None or owner.first_token != owner.last_token:
        return None
    if mention.first_token != owner.last_token + 1 or mention.canonical != mention.head:
        return None
    if mention.category not in BODY_CATEGORIES:
        return None
    return lexicon.split_owner_genitives.get(doc[owner.first_token].text)
