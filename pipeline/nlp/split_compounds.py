"""Body compounds split by a damaged web page (round 23, cause C3).

``Kommuns styrelsen``, ``Regions styrelsen``, ``Regions fullmäktige``: a capitalised
genitive of an owner kind (`split_owner_genitives` in configs/actors.yaml) right before a bare
body head is the first part of that body's compound, written apart: one span, canonical the
compound (``kommunstyrelse``, ``regionfullmäktige``; docs/annotation.md §2.2). A true
genitive takes the definite form (``Kommunens styrelse``) and is left alone.

``Avdelnings-/sektionschefen`` (round 32, D8): a gapped compound part before a slash offers a
second body like ``nämnd/styrelse``: the part with its hyphen is a span of its own, completed
with the head of the word after the slash (``avdelningschef``, ``sektionschef``); ``Barn- och
utbildningsnämnden`` (a coordinator) stays one body (docs/annotation.md §2.6 D8).

``barn- och ungdomar`` (round 40, ax cause 12): a hyphen part that is an actor word by itself
before a coordinator and a bare head (no compound) completes nothing: two actors, ``barn``
and ``ungdom``; ``Barn- och ungdomsnämnden`` (a compound head) stays one body.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

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


def with_gapped_slash_parts(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The mentions (sorted by start) with a mention for each gapped part before a slash
    (``Avdelnings-`` in ``Avdelnings-/sektionschefen``, split by
    `pipeline.nlp.merges.gapped_slash_parts`)."""
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    added = []
    for mention in mentions:
        part = _gapped_part(doc, mention, covered)
        canonical = _completed(part.lower_, mention, doc, lexicon) if part is not None else None
        if part is None or canonical is None:
            continue
        added.append(
            _part_mention(mention, part, canonical, role=lexicon.role_of(canonical, mention.role))
        )
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _gapped_part(doc: Doc, mention: ActorMention, covered: set[int]) -> Token | None:
    """The token ``X-`` right before ``/`` and a one-word mention."""
    at = mention.first_token
    if at < 2 or mention.last_token != at or doc[at - 1].text != "/":
        return None
    part = doc[at - 2]
    if part.i in covered or not part.text.endswith("-") or not part.text[:-1].isalpha():
        return None
    return part


def _completed(part: str, mention: ActorMention, doc: Doc, lexicon: ActorLexicon) -> str | None:
    """``avdelnings-`` + the head of ``sektionschefen`` → ``avdelningschef``: the canonical of
    the part completed with the word's head, when the lexicon knows the compound."""
    word = doc[mention.first_token].lower_
    analysis = lexicon.analyse(word)
    if analysis is None:
        return None
    at = word.rfind(analysis[1].head)
    completed = lexicon.analyse(part[:-1] + word[at:]) if at > 0 else None
    return completed[0] if completed is not None else None


def gapped_actor_part(doc: Doc, token: Token, bare: bool, lexicon: ActorLexicon) -> Token | None:
    """``Barn-`` in ``barn- och ungdomar``: the hyphen part two tokens before a bare head
    (`bare`: the head word is no compound) across a coordinator, when the part less its
    hyphen is an actor word itself."""
    if not bare or token.i < 2 or doc[token.i - 1].lower_ not in {"och", "eller"}:
        return None
    part = doc[token.i - 2]
    word = part.text[:-1]
    if not part.text.endswith("-") or not word.isalpha():
        return None
    analysis = lexicon.analyse(word)
    return part if analysis is not None and analysis[0] == analysis[1].head else None


def with_gapped_actor_parts(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The mentions (sorted by start) with a mention for each `gapped_actor_part`."""
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    added = []
    for mention in mentions:
        token = doc[mention.first_token]
        bare = mention.first_token == mention.last_token and mention.canonical == mention.head
        part = gapped_actor_part(doc, token, bare, lexicon)
        if part is None or part.i in covered:
            continue
        canonical, head = lexicon.analyse(part.text[:-1])
        role = lexicon.role_of(canonical, head.role)
        added.append(
            _part_mention(
                mention, part, canonical, role=role, category=head.category, head=head.head
            )
        )
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _part_mention(
    mention: ActorMention, part: Token, canonical: str, **changes: object
) -> ActorMention:
    """`mention` moved onto the one-token compound part ``X-`` that a gapped coordination left."""
    return replace(
        mention,
        start=part.idx,
        end=part.idx + len(part.text),
        text=part.text,
        canonical=canonical,
        first_token=part.i,
        last_token=part.i,
        genitive=False,
        short=False,
        **changes,
    )
