"""Bodies a document names that are no referent of its short forms, and the body its title
governs (round 21, cause C1; docs/annotation.md §2.3).

``Utöver vad som föreskrivs om nämndstyrelse i lag gäller …``: a bare indefinite body in the
statute frame ``om <body> i <statute>`` names the kind of body a law speaks of, not one the
document has, so it is no candidate for ``styrelsen``. ``Reglemente för kulturstyrelsen``:
the body a document's title governs is the one its bare ``styrelsen`` names, before the
municipality's board."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from pipeline.config import law_endings
from pipeline.language.lexicon import BODY_ROLES, ActorLexicon
from pipeline.nlp.actors import ActorMention

# Roles of a body the title of its own reglemente, arbetsordning or page governs: every body
# and unit role of the lexicon (round 54, ce-C1: a page titled `Krisledningsgruppen` governs
# its bare `Gruppen` beside a nested `ledningsgrupp`; round 21's board and committee only
# before), but an assembly, whose bare `Fullmäktige` takes the title's by its own rule
# (`title_section_references`; round 42: not beside a second body or a church's assembly).
_TITLE_BODY_ROLES = BODY_ROLES - {"assembly"}
_LAW_ENDINGS = law_endings()


def statute_frame_only(docs: Sequence[Doc], lexicon: ActorLexicon) -> frozenset[str]:
    """The canonicals the documents name only as a bare indefinite body in a statute frame
    (`in_statute_frame`)."""
    framed: set[str] = set()
    elsewhere: set[str] = set()
    for doc in docs:
        for mention in doc._.actors or []:
            target = framed if in_statute_frame(doc, mention, lexicon) else elsewhere
            target.add(mention.canonical)
    return frozenset(framed - elsewhere)


def in_statute_frame(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``om nämndstyrelse i lag``, ``om styrelse i aktiebolagslagen``: a bare indefinite
    singular body (no article, no genitive) right after ``om`` and right before ``i`` + a
    statute (`statute_nouns`, a name in a law ending)."""
    first, last = mention.first_token, mention.last_token
    if first <= 0 or last + 2 >= len(doc):
        return False
    bare = mention.text.lower() == mention.canonical and " " not in mention.canonical
    if not bare or mention.genitive or mention.plural:
        return False
    statute = doc[last + 2].lower_
    return (
        doc[first - 1].lower_ == "om"
        and doc[last + 1].lower_ == "i"
        and (statute in lexicon.statute_nouns or statute.endswith(_LAW_ENDINGS))
    )


def title_bodies(title: Doc | None) -> frozenset[str]:
    """The one-word body compounds the title names as the document's own (``Reglemente för
    kulturstyrelsen`` → {``kulturstyrelse``}): singular, no genitive of another body
    (``Reglemente för kommunstyrelsens utskott`` governs the utskott); the genitive after
    ``för`` of what is no actor is the board's own document (``Arbetsordning för
    universitetsstyrelsens sammanträden``; round 32, D7: for any organisation)."""
    if title is None:
        return frozenset()
    mentions = list(_mentions(title))
    starts = {m.first_token for m in mentions}
    return frozenset(
        m.canonical
        for m in mentions
        if m.role in _TITLE_BODY_ROLES
        and not m.plural
        and " " not in m.canonical
        and (not m.genitive or _titled_genitive(title, m, starts))
    )


def title_topics(title: Doc | None, docs: Sequence[Doc]) -> frozenset[str]:
    """The title's bare indefinite body compounds (`_kind_topic`) that no other clause names
    while another compound of the same head is named there: a topic, neither the title's
    body nor a candidate for the text's short forms (``Nämndutskott och arbetsformer`` ⏎
    ``Taxeutskottet …`` ⏎ ``Utskottet …`` → ``taxeutskott``; round 43, be-C6). A bare title
    with no such rival (``Valnämnd`` ⏎ ``Nämnden …``) still names the document's body."""
    if title is None:
        return frozenset()
    topics = {
        (m.canonical, m.head)
        for m in _mentions(title)
        if m.role in _TITLE_BODY_ROLES and not m.plural and _kind_topic(title, m)
    }
    elsewhere = {(m.canonical, m.head) for doc in docs if doc is not title for m in _mentions(doc)}
    named = {canonical for canonical, _ in elsewhere}
    return frozenset(
        topic
        for topic, head in topics
        if topic not in named
        and any(
            other not in {topic, head} and other_head == head for other, other_head in elsewhere
        )
    )


def title_rivalled(title: Doc | None, docs: Sequence[Doc]) -> frozenset[str]:
    """The title's unit bodies (role `unit`, the round 54 widening of `_TITLE_BODY_ROLES`)
    whose head the other clauses name in two or more definite compounds that are not nested
    in the title's (not a suffix of it): no body its bare head names (``Samordningsgrupp`` ⏎
    ``Samordningsgruppen …`` ⏎ ``Gruppen fastställer … för styrgruppen och arbetsgruppen``
    → ``grupp``; round 54, §2.3 short forms, ruling c1 and round 22). A nested compound
    (``Krisledningsgrupp`` beside ``ledningsgruppen``), a single rival or indefinite ones
    (``har en ledningsgrupp och en arbetsgrupp``) keep it."""
    if title is None:
        return frozenset()
    units = {
        m.canonical
        for m in _mentions(title)
        if m.role == "unit" and not m.plural and " " not in m.canonical
    }
    others = [m for doc in docs if doc is not title for m in _mentions(doc)]
    # the bare heads the text writes (``Gruppen``): a lexicon word's own head is itself
    heads = {m.canonical for m in others if " " not in m.canonical}
    # definite: a known body (``en arbetsgrupp`` is not)
    elsewhere = {m.canonical for m in others if m.text.lower() != m.canonical}
    return frozenset(
        unit
        for unit in units
        for head in heads
        if unit.endswith(head)
        and unit != head
        and sum(
            other.endswith(head) and other not in {unit, head} and not unit.endswith(other)
            for other in elsewhere
        )
        >= 2
    )


def _kind_topic(title: Doc, mention: ActorMention) -> bool:
    """A bare indefinite singular (the text is its canonical) with no ``för``/``i`` before."""
    first = mention.first_token
    governed = first > 0 and title[first - 1].lower_ in {"för", "i"}
    return mention.text.lower() == mention.canonical and not mention.genitive and not governed


def _titled_genitive(title: Doc, mention: ActorMention, starts: set[int]) -> bool:
    """``för universitetsstyrelsens sammanträden``: a genitive right after ``för`` whose
    noun is no actor."""
    first = mention.first_token
    return first > 0 and title[first - 1].lower_ == "för" and mention.last_token + 1 not in starts


def _mentions(doc: Doc) -> Iterable[ActorMention]:
    return doc._.actors or []
