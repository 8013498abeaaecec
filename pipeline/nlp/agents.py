"""The agents of a passive: the ``av``-agent with the noun phrases coordinated to it
(``justeras av ordföranden och en ledamot``, ``av A och av B``) and those of gapped
conjuncts (`pipeline.nlp.subjects.gapped_agents`); a conjunct that opens a clause of its
own is another clause's subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.grammar import GRAMMAR
from pipeline.nlp.subjects import gapped_agents, mention_at, past_degree_adverbials
from pipeline.nlp.verbs import is_verb

AGENT_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM"})


def passive_agents(
    actor: ActorMention, mentions: Sequence[ActorMention], sentence: Span
) -> list[ActorMention]:
    """A passive's agents: the ``av``-agent with those coordinated to it (``av A och B``,
    ``av A och av B``), then those of gapped conjuncts (``och viceposten av C``)."""
    agents = [actor]
    if _after_av(actor, sentence.doc):
        agents += _coordinated_agents(actor, mentions, sentence)
    return [*agents, *gapped_agents(agents[-1], mentions, sentence)]


def _after_av(mention: ActorMention, doc: Doc) -> bool:
    position = mention.first_token - 1
    while position >= 0 and doc[position].pos_ in AGENT_MODIFIER_POS:
        position -= 1
    return position >= 0 and doc[position].lower_ == "av"


def _coordinated_agents(
    agent: ActorMention, mentions: Sequence[ActorMention], sentence: Span
) -> list[ActorMention]:
    """``justeras av ordföranden och en ledamot``, ``undertecknas av A och av B``: every
    ``av``-phrase (or noun phrase) coordinated to the agent of one passive is an agent of its
    own; a conjunct followed by a verb or by ``av`` is another clause's subject."""
    doc = sentence.doc
    found: list[tuple[ActorMention, str]] = []
    last = agent
    while last.last_token + 1 < sentence.end:
        joint = doc[last.last_token + 1].lower_
        if joint not in GRAMMAR.noun_phrase_coordinators | {","}:
            break
        position = last.last_token + 2
        degree = past_degree_adverbials(doc, position, sentence.end)
        if degree > position and (degree >= sentence.end or doc[degree].lower_ != "av"):
            break  # "och till 40 procent av B": a degree adverbial stands only before an agent
        position = degree
        if position < sentence.end and doc[position].lower_ == "av":
            position += 1
        while position < sentence.end and doc[position].pos_ in AGENT_MODIFIER_POS:
            position += 1  # "och en ledamot"
        mention = mention_at(position, mentions)
        if mention is None or _opens_clause_after(mention, sentence):
            break
        found.append((mention, joint))
        last = mention
    while found and found[-1][1] == ",":
        found.pop()  # "A, B": an apposition, unless a conjunction closes the series
    return [mention for mention, _ in found]


def _opens_clause_after(mention: ActorMention, sentence: Span) -> bool:
    following = mention.last_token + 1
    if following >= sentence.end:
        return False
    token = sentence.doc[following]
    return token.lower_ == "av" or is_verb(token)
