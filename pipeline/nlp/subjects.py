"""Who acts: the actor of a verb group, from the parse (UD ``nsubj``, ``nsubj:pass``,
``obl:agent``) and from Swedish word order (V2: the subject stands right before the finite
verb, or right after it when something else is fronted).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.grammar import GRAMMAR
from pipeline.nlp.groups import Group
from pipeline.nlp.verbs import AUX_DEPS, is_finite, is_passive, is_verb

CLAUSE_PUNCT = frozenset({",", ";", ":", "(", "–"})


def mention_at(index: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    return next((m for m in mentions if m.first_token <= index <= m.last_token), None)


def _mention_for(token: Token | None, mentions: Sequence[ActorMention]) -> ActorMention | None:
    if token is None:
        return None
    direct = mention_at(token.i, mentions)
    if direct is not None:
        return direct
    inside = [m for m in mentions if token.left_edge.i <= m.first_token <= token.right_edge.i]
    return inside[0] if inside else None


def subordinator_of(
    finite: Token, sentence: Span, in_actor: frozenset[int] | set[int] = frozenset()
) -> Token | None:
    """The subordinator that opens the finite verb's clause, or None in a main clause.
    Words of an actor mention are never verbs (``som kommunfullmäktige har fastställt``)."""
    for position in range(finite.i - 1, sentence.start - 1, -1):
        token = finite.doc[position]
        if position in in_actor or (token.pos_ == "ADP" and token.dep_ == "case"):
            continue  # "Beslut om bidrag fattas": a preposition, not a subordinator
        if token.lower_ in GRAMMAR.subordinators:
            return None if _root_elsewhere(finite, token) else token
        if is_finite(token) or token.text in {",", ";", ":"} or token.lower_ == "men":
            return None
    return None


def _root_elsewhere(finite: Token, subordinator: Token) -> bool:
    """The parse makes the finite verb's clause the root and attaches the subordinator to
    another verb: ``Beslut som fattats … ska anmälas`` (a relative clause without finite
    verb stands between subject and verb)."""
    governor = finite.head if finite.dep_ in AUX_DEPS else finite
    return (
        governor.dep_ == "ROOT"
        and subordinator.head is not governor
        and subordinator.head.i < finite.i
        and subordinator.head.pos_ in {"VERB", "AUX"}
    )


def parsed_subject(group: Group) -> Token | None:
    for verb in (*group.verbs, group.finite):
        for candidate in (verb, verb.head if verb.dep_ in AUX_DEPS | {"conj"} else None):
            if candidate is None:
                continue
            subject = next(
                (c for c in candidate.children if c.dep_ in {"nsubj", "nsubj:pass"}), None
            )
            if subject is not None:
                return subject
    return None


def _opens_clause(mention: ActorMention, group: Group) -> bool:
    """A subject before the finite verb starts its clause (not ``… från patientnämnden``)."""
    if mention.first_token <= group.finite.sent.start:
        return True
    before = group.finite.doc[mention.first_token - 1]
    return (
        before.lower_ in GRAMMAR.coordinators | GRAMMAR.subordinators
        or before.text in CLAUSE_PUNCT
        or before.pos_ in {"ADV", "DET"}
    )


def _v2_subject(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """Subject by position (Swedish V2): the actor right before the finite verb, the actor
    opening the sentence when only subordinate clauses stand between, or the actor right
    after the finite verb (inversion: ``Enligt reglementet ska nämnden …``)."""
    doc = group.finite.doc
    sentence = group.finite.sent
    before = group.finite.i - 1
    while before >= sentence.start and doc[before].pos_ == "ADV":
        before -= 1
    if before >= sentence.start:
        mention = mention_at(before, mentions)
        if mention is not None and not mention.genitive and _opens_clause(mention, group):
            return mention
    first = next((m for m in mentions if m.first_token >= sentence.start), None)
    if (
        first is not None
        and doc[sentence.start].lower_ not in GRAMMAR.subordinators
        and first.first_token <= sentence.start + 1
        and not _after_preposition(first, doc[sentence.start])
        and first.last_token < group.finite.i
        and all(
            subordinator_of(token, sentence) is not None
            for token in doc[first.last_token + 1 : group.finite.i]
            if is_finite(token)
        )
        and not first.genitive
    ):
        return first
    return inverted_subject(group, mentions)


def _after_preposition(mention: ActorMention, start: Token) -> bool:
    """``I nämnderna sitter …``, ``För revisorerna gäller …``: an actor governed by a
    sentence-initial preposition is a fronted adverbial, never the subject."""
    return mention.first_token > start.i and start.pos_ == "ADP"


def inverted_subject(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The actor right after the finite verb (adverbs between), not one a ``som`` modifies."""
    doc = group.finite.doc
    after = group.finite.i + 1
    while after < group.finite.sent.end and doc[after].pos_ == "ADV":
        after += 1
    mention = mention_at(after, mentions)
    if mention is None or (
        mention.last_token + 1 < len(doc) and doc[mention.last_token + 1].lower_ == "som"
    ):
        return None
    return mention


def coordinated_actors(
    actor: ActorMention, mentions: Sequence[ActorMention], doc: Doc
) -> list[ActorMention]:
    """``Socialchefen och äldreomsorgschefen ska …``: every conjoined subject acts."""
    ordered = sorted(mentions, key=lambda m: m.first_token)
    group = [actor]
    for mention in ordered:  # conjuncts after the actor
        gap = group[-1].last_token + 1
        if mention.first_token == gap + 1 and doc[gap].lower_ in GRAMMAR.coordinators:
            group.append(mention)
    for mention in reversed(ordered):  # and before it
        gap = group[0].first_token - 1
        if mention.last_token == gap - 1 and doc[gap].lower_ in GRAMMAR.coordinators:
            group.insert(0, mention)
    return group


def _agent(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``… av regionstyrelsen``: the agent of a passive verb (``obl:agent`` or ``av`` + actor
    after the verb group); ``Av kommundirektören utses …`` when fronted."""
    doc = group.finite.doc
    for verb in (*group.verbs, group.finite):
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        mention = _mention_for(agent, mentions)
        if mention is not None:
            return mention
    start = group.verbs[-1].i + 1 if group.verbs else group.finite.i + 1
    for position in range(start, min(group.finite.sent.end, start + 6)):
        if doc[position].lower_ == "av" and position + 1 < len(doc):
            return mention_at(position + 1, mentions) or mention_at(position + 2, mentions)
        if is_verb(doc[position]):
            break
    sentence_start = group.finite.sent.start
    if doc[sentence_start].lower_ == "av":
        return mention_at(sentence_start + 1, mentions)
    return None


def actor_of(
    group: Group,
    subordinator: Token | None,
    mentions: Sequence[ActorMention],
    previous: ActorMention | None,
) -> tuple[ActorMention | None, bool]:
    """(actor, passive) of a verb group; passive when an action verb is an s-passive."""
    passive = any(is_passive(verb) for verb in (*group.verbs, group.finite))
    if passive:
        agent = _agent(group, mentions)
        if agent is not None:
            return agent, True
    if subordinator is not None and subordinator.lower_ == "som":
        antecedent = mention_at(subordinator.i - 1, mentions) or mention_at(
            subordinator.i - 2, mentions
        )
        return antecedent, passive
    doc = group.finite.doc
    before = doc[group.finite.i - 1] if group.finite.i > group.finite.sent.start else None
    if (
        previous is not None
        and before is not None
        and before.lower_ in GRAMMAR.coordinators | {","}
    ):
        return previous, passive  # "leder och samordnar": the subject is shared
    subject = _v2_subject(group, mentions) or _mention_for(parsed_subject(group), mentions)
    if subject is not None and _governed_by_preposition(subject, doc):
        return None, passive
    return subject, passive


def _governed_by_preposition(mention: ActorMention, doc: Doc) -> bool:
    """A subject is never the object of a preposition (``I kommunen finns …``), whatever
    the parser labelled it."""
    return mention.first_token > 0 and doc[mention.first_token - 1].pos_ == "ADP"
