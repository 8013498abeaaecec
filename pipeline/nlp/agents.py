"""The agents of a passive: the ``av``-agent with the noun phrases coordinated to it
(``justeras av ordföranden och en ledamot``, ``av A och av B``) and those of gapped
conjuncts (`pipeline.nlp.subjects.gapped_agents`); a conjunct that opens a clause of its
own is another clause's subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import PERSON_CATEGORIES
from pipeline.nlp.actors import SHORT_ABBREVIATION, ActorMention
from pipeline.nlp.coordination import past_personal_name
from pipeline.nlp.groups import Group
from pipeline.nlp.memo import morph_values, sentence_end
from pipeline.nlp.subjects import (
    action_noun,
    agent_av,
    correlative_partner,
    distributive_mention,
    gapped_agents,
    mention_at,
    parsed_subject,
    past_degree_adverbials,
    support_noun,
)
from pipeline.nlp.verb_fallbacks import noun_tagged_present
from pipeline.nlp.verb_forms import participle_spelling
from pipeline.nlp.verbs import is_finite, is_passive, is_verb, present_by_spelling
from pipeline.patterns import NOUN_PHRASE_POS, PARTY_CODE

AGENT_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM"})


def passive_agents(
    actor: ActorMention, mentions: Sequence[ActorMention], sentence: Span
) -> list[ActorMention]:
    """A passive's agents: the ``av``-agent with those coordinated to it (``av A och B``,
    ``av A och av B``), then those of gapped conjuncts (``och viceposten av C``)."""
    agents = [actor]
    listed = _colon_list_agents(actor, mentions, sentence)
    if listed:
        return [actor, *listed]
    if after_av(actor, sentence.doc) or _owned_after_av(actor, mentions, sentence.doc):
        agents += _coordinated_agents(actor, mentions, sentence)
        main = _agent_after_additive(actor, agents[-1], mentions, sentence)
        if main is not None:
            agents += [main, *_coordinated_agents(main, mentions, sentence)]
    return [*agents, *_gapped_series(agents[-1], mentions, sentence)]


def _past_attributes(position: int, doc: Doc) -> int:
    """The first token from ``position`` on past the attributes between an owner's genitive
    and the noun it owns: adjectives, numerals and the degree adverbs before a numeral
    (``regionens tre``, ``kommunens cirka 30``, ``förbundets egna``)."""
    while position < len(doc) and (
        doc[position].pos_ in {"ADJ", "NUM"}
        or doc[position].lower_ in GRAMMAR.numeral_degree_adverbs
    ):
        position += 1
    return position


def counted_owned_head(
    actor: ActorMention | None, mentions: Sequence[ActorMention], doc: Doc
) -> ActorMention | None:
    """``utförs av regionens sex förvaltningar``: where the parser makes the owner's genitive
    the agent and leaves the owned noun after a numeral outside the phrase, the owned actor
    (past adjectives, numerals and their degree adverbs) is the agent, the owner no agent
    (§2.2 genitive + head, two spans; round 55, analysis 55-ci A1)."""
    if actor is None or not actor.genitive or not after_av(actor, doc):
        return actor
    position = _past_attributes(actor.last_token + 1, doc)
    head = mention_at(position, mentions) if position < len(doc) else None
    if head is None or head.genitive or head.first_token != position:
        return actor
    return head


def partitive_agent(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``fattas av minst tre fjärdedelar av medlemmarna``, ``av en majoritet av
    medlemmarna`` (round 54, analysis 54-cf H): where the passive's ``av`` opens a quantity
    or fraction noun (`quantity_nouns`) with its own partitive ``av``, the actor that
    partitive names is the agent; None otherwise."""
    av = agent_av(group)
    if av is None:
        return None
    doc = group.finite.doc
    position = av + 1
    while position < len(doc) and (
        doc[position].pos_ in {"DET", "NUM", "ADJ"}
        or doc[position].lower_ in GRAMMAR.numeral_degree_adverbs
    ):
        position += 1  # "av minst två", "av en enkel"
    distributive = distributive_mention(doc, av + 1, sentence_end(group.finite), mentions)
    if distributive is not None:
        return distributive  # "sägas upp av var och en av parterna" (gen57 B)
    # a quantity noun only: a pronoun's partitive ("av en av X utsedd Y") is `foreign_agent`'s
    if position + 2 >= len(doc) or doc[position].lower_ not in GRAMMAR.quantity_nouns:
        return None
    if doc[position + 1].lower_ != "av":
        return None
    # past a genitive owner ("av förbundets ledamöter"): the partitive's head is the agent
    return next(
        (
            m
            for m in mentions
            if position + 2 <= m.first_token <= position + 4 and not m.genitive
        ),
        None,
    )


def titled_name_agent(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """Round 56 (analysis 56-cl C5): ``leds av Eva Lind, avdelningschef för …``: a passive's
    ``av`` (the first after its verb), then a personal name (one to three capitalised words
    no actor mention covers, whatever the parser's tags), a comma, and a role mention (after
    an owner's genitive mention: ``, nämndens sekreterare``): the role is the agent, as in
    the title-before-name order (``av avdelningschefen Eva Lind``). A name series (``av Eva
    Lind, Per Ek och …``) has no role after its comma: none."""
    if not group.verbs or not is_passive(group.verbs[-1]):
        return None
    doc, verb = group.finite.doc, group.verbs[-1]
    end = sentence_end(verb)
    av = next((t.i for t in doc[verb.i + 1 : end] if t.lower_ == "av"), None)
    if av is None:
        return None
    return _role_after_name(doc, av + 1, end, mentions)


def _role_after_name(
    doc: Doc, start: int, end: int, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """The role mention after a personal name at `start` (one to three capitalised words no
    mention covers) and a comma (past an owner's genitive); None without one."""
    starts = {m.first_token: m for m in mentions}
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    position = past_personal_name(doc, start, end, covered, capitals=True)
    if position == start or position >= end or doc[position].text != ",":
        return None
    role = starts.get(position + 1)
    if role is not None and role.genitive:
        role = starts.get(role.last_token + 1)
    return role if role is not None and role.source != "name" else None


def title_name_series(
    role: ActorMention, mentions: Sequence[ActorMention], doc: Doc
) -> list[ActorMention]:
    """``av ordförande Per Holm och vice ordförande Eva Ek``, ``Kanslichef Eva Ek och
    ekonomichef Lars Ek ska …`` (w58a H): after a person's title and its personal name, a
    coordinator or a comma and another person's title with a personal name add that title as
    a further actor (the names are none, docs/annotation.md §2.6)."""
    after = role.last_token + 1
    if role.category not in PERSON_CATEGORIES or after >= len(doc) or not doc[after].is_title:
        return []  # no personal name after the title: the plain series reads it (most)
    starts = {m.first_token: m for m in mentions}
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    end = sentence_end(doc[role.last_token])
    found: list[ActorMention] = []
    while True:
        joint = past_personal_name(doc, role.last_token + 1, end, covered)
        if joint == role.last_token + 1 or joint + 1 >= end:
            return found
        if doc[joint].lower_ not in GRAMMAR.coordinators and doc[joint].text != ",":
            return found
        following = starts.get(joint + 1)
        if following is None or following.genitive or following in found:
            return found
        if following.category not in PERSON_CATEGORIES:
            return found
        after = following.last_token + 1
        if past_personal_name(doc, after, end, covered) == after:
            return found  # "… och en ledamot": the plain series reads it
        found.append(following)
        role = following


def titled_name_conjuncts(
    role: ActorMention, mentions: Sequence[ActorMention], doc: Doc
) -> list[ActorMention]:
    """``av Anna Svensson, ordförande, och Per Ek, sekreterare`` (review56b S12): after a
    titled name's role (`titled_name_agent`), a coordinator and another titled name add its
    role as a further agent; a comma may close the role before the coordinator."""
    found: list[ActorMention] = []
    end = sentence_end(doc[role.last_token])
    while True:
        position = role.last_token + 1
        if position < end and doc[position].text == ",":
            position += 1
        if position >= end or doc[position].lower_ not in GRAMMAR.coordinators:
            return found
        following = _role_after_name(doc, position + 1, end, mentions)
        if following is None or following in found:
            return found
        found.append(following)
        role = following


def shared_agent(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``utarbetas av ekonomikontoret och kommuniceras med nämnderna``, ``upprättas av
    kansliet och delges nämnderna``: an s-passive right after a coordinator that follows the
    ``av``-agent of an earlier s-passive (only adverbs between that passive and its ``av``)
    and whose first noun is another actor, the partner or recipient of a hand-over
    (`_hand_over_partner`; no ``av`` there), shares that agent (docs/annotation.md, round
    51 ruling k1); one that names no actor keeps round 30's reading (``bestäms av stämman
    och betalas ut kvartalsvis``: no agent shared); else None."""
    passives = [verb for verb in (*group.verbs, group.finite) if is_passive(verb)]
    if not passives:
        return None
    verb = max(passives, key=lambda token: token.i)
    doc = verb.doc
    coordinator = verb.i - 1
    if coordinator < 3 or doc[coordinator].lower_ not in GRAMMAR.coordinators:
        return None
    agent = mention_at(coordinator - 1, mentions)
    if agent is None or agent.last_token != coordinator - 1 or not after_av(agent, doc):
        return None
    av = agent.first_token - 1
    while av > 0 and doc[av].lower_ != "av":
        av -= 1
    earlier = av - 1
    while earlier > 0 and doc[earlier].pos_ == "ADV":
        earlier -= 1
    if not is_passive(doc[earlier]) or not is_verb(doc[earlier]):
        return None
    for token in doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct or is_finite(token):
            break
        if token.lower_ == "av":
            return None  # "bereds av A och fastställs av B": its own agent
        other = mention_at(token.i, mentions)
        if other is not None:
            return agent if _hand_over_partner(other, doc) else None
        if token.pos_ in {"NOUN", "PROPN"}:
            return None  # "prövas vid sammanträdet med styrelsen": the actor is no object
    return None


def _hand_over_partner(mention: ActorMention, doc: Doc) -> bool:
    """The first actor after `shared_agent`'s second passive is the partner or recipient of
    a hand-over when it is the verb's bare object (``delges nämnderna``: no preposition) or
    follows a `partner_prepositions` or `recipient_prepositions` word (``kommuniceras med
    nämnderna``, ``överlämnas till styrelsen``); after any other
    preposition it names where or by whom the act is done (``behandlas i styrelsen``,
    ``avgörs inom nämnden``, ``handläggs hos nämnden``), no hand-over (review 51b must-fix 1)."""
    span = doc[mention.first_token : mention.last_token + 1]
    cases = [child for token in span for child in token.children if child.dep_ == "case"]
    if not cases and mention.first_token > 0 and doc[mention.first_token - 1].pos_ == "ADP":
        cases = [doc[mention.first_token - 1]]
    hand_over = GRAMMAR.partner_prepositions | GRAMMAR.recipient_prepositions
    return all(case.lower_ in hand_over for case in cases)


def _gapped_series(
    agent: ActorMention, mentions: Sequence[ActorMention], sentence: Span
) -> list[ActorMention]:
    """``ersätts ordföranden av A, sekreteraren av B och kassören av C``: each gapped
    conjunct (`subjects.gapped_agents`) may be followed by another, its ``av``-agent one
    more agent of the same passive, however long the series (round 51, analysis 51-ax C3)."""
    found: list[ActorMention] = []
    gapped = gapped_agents(agent, mentions, sentence)
    while gapped and gapped[-1] not in found and gapped[-1].first_token > agent.last_token:
        found += gapped
        agent = gapped[-1]
        gapped = gapped_agents(agent, mentions, sentence)
    return found


def _colon_list_agents(
    actor: ActorMention, mentions: Sequence[ActorMention], sentence: Span
) -> list[ActorMention]:
    """``har antagits av: kommunfullmäktige i Åby kommun 2030-01-01 § 5, kommunfullmäktige
    i Lunda kommun …``: after ``av:`` every comma-separated item that opens with an actor is
    an agent of its own, whatever dates, places or ``§ N`` follow it in the item (round 41,
    C3)."""
    doc = sentence.doc
    opening = actor.first_token - 1
    if opening < sentence.start + 1 or doc[opening].text != ":":
        return []
    if doc[opening - 1].lower_ != "av":
        return []
    found = []
    for position in range(actor.last_token + 1, sentence.end - 1):
        if doc[position].text != "," and doc[position].lower_ not in GRAMMAR.noun_phrase_joints:
            continue
        start = _past_joint_run(position + 1, sentence)
        mention = mention_at(start, mentions)
        if mention is not None and mention.first_token == start and mention not in found:
            found.append(mention)
    return found


def _agent_after_additive(
    agent: ActorMention, last: ActorMention, mentions: Sequence[ActorMention], sentence: Span
) -> ActorMention | None:
    """``undertecknas förutom av nämnden av kanslichefen``: an agent whose ``av``
    follows a preposition of addition (`additive_prepositions`) is one agent besides those of
    the ``av``-phrase right after it (round 40, ax cause 4): that phrase's agent, or None."""
    doc = sentence.doc
    av = agent.first_token - 1
    while av >= 0 and _agent_modifier(doc[av]):
        av -= 1
    if av < 1 or doc[av].lower_ != "av" or doc[av - 1].lower_ not in GRAMMAR.additive_prepositions:
        return None
    position = last.last_token + 1
    if position >= sentence.end or doc[position].lower_ != "av":
        return None
    position += 1
    while position < sentence.end and _agent_modifier(doc[position]):
        position += 1
    return mention_at(position, mentions)


def _agent_modifier(token: Token) -> bool:
    """A determiner or modifier before an agent's head (``den`` read as a pronoun too, a
    possessive ``dess``/``sin``/``deras``: ``av dess utskott``; an adverb: ``av ytterligare
    en person``; a participle, whatever its tag: ``av en särskilt utsedd ledamot``, round 42)."""
    if token.pos_ in AGENT_MODIFIER_POS or token.pos_ == "ADV":
        return True
    if token.pos_ in {"NOUN", "VERB"} and participle_spelling(token.lower_):
        return True
    possessive = token.dep_ == "nmod:poss" or "Yes" in morph_values(token, "Poss")
    return token.pos_ == "PRON" and (token.dep_ == "det" or possessive)


def foreign_agent(
    agent: ActorMention, last_verb: int, doc: Doc, mentions: Sequence[ActorMention] = ()
) -> bool:
    """The actor found after a passive's ``av`` is no agent of it: ``behandlas i något av
    utskotten`` (a partitive after a quantifier pronoun that no ``av`` governs), ``regleras
    av de avtal som kommunen har tecknat`` (an actor inside a clause of a non-actor agent:
    its head is the agent), ``ska granskning göras av ordförandens beslut`` (a genitive that
    owns a noun that is no actor: that thing heads the ``av``-phrase, the postponed part of
    the passive's subject)."""
    av = _av_before(agent, last_verb, doc)
    if av is None:
        return False
    if _after_postposed_participle(av, last_verb, doc):
        return True
    if agent.genitive and _owns_thing(agent, mentions, doc):
        return True
    if av > 0 and _partitive_word(doc[av - 1]):
        if _ends_degree_adverbial(av, doc):
            return False  # "fullgörs till viss del av kansliet": "del" measures, no partitive
        return not _governed_by_av(av - 1, last_verb, doc)
    if _named_free_relative(agent, av, doc):
        return False
    if _completes_agent_noun(av, last_verb, doc, mentions):
        return True
    if _completes_postposed_subject(av, last_verb, doc):
        return True
    if _in_subordinate_clause(av, last_verb, agent, doc):
        return True
    between = doc[av + 1 : agent.first_token]
    return any(t.lower_ in GRAMMAR.subordinators or is_finite(t) for t in between)


def _in_subordinate_clause(av: int, last_verb: int, agent: ActorMention, doc: Doc) -> bool:
    """``Beslut kan fattas när majoriteten av nämnden är ense`` (round 39, K-B7): an ``av``
    inside a subordinate clause opened after the passive (a subordinator, no comma closing
    it before the ``av``, and that clause's finite verb after the phrase) belongs to the
    clause's subject, not to the passive: no agent."""
    opened = next(
        (
            i
            for i in range(av - 1, last_verb, -1)
            if doc[i].lower_ in GRAMMAR.subordinators or doc[i].text == ","
        ),
        None,
    )
    if opened is None or doc[opened].text == "," or doc[opened].lower_ == "som":
        return False
    if any(is_finite(t) for t in doc[opened + 1 : av]):
        return False  # "när så behövs av kansliet": the clause ended before the av
    # "hållas om en tredjedel av ledamöterna begär det" (round 42, ba-1): the av of a share
    # is the partitive of the clause's subject, however the parser attached it
    partitive = doc[av - 1].lower_ in GRAMMAR.quantity_nouns
    if not partitive and not _in_other_subject(doc[agent.last_token], last_verb):
        return False  # "beslutas om bidrag av nämnden om …": the passive's own agent
    for token in doc[agent.last_token + 1 :]:
        if token.is_punct:
            return False
        if is_finite(token) or (
            partitive and (present_by_spelling(token) or noun_tagged_present(token))
        ):
            return True
    return False


def _in_other_subject(token: Token, last_verb: int) -> bool:
    """The parser puts `token` inside the subject of a predicate other than the passive
    (``majoriteten av nämnden`` of ``är ense``)."""
    while token.head.i != token.i and token.i != last_verb:
        if token.dep_.startswith("nsubj") and token.head.i != last_verb:
            return True
        token = token.head
    return False


def _completes_agent_noun(
    av: int, last_verb: int, doc: Doc, mentions: Sequence[ActorMention]
) -> bool:
    """``bereds av en grupp av nämndens valda ledamöter``: an ``av`` right after the noun of
    an earlier ``av``-phrase of the passive completes that noun (its members or parts); the
    noun, no actor, heads the agent phrase, so the actor after it is no agent (fix31;
    docs/annotation.md §5.2, an actor inside a non-actor agent's phrase)."""
    noun = av - 1
    if noun <= last_verb or doc[noun].pos_ != "NOUN" or mention_at(noun, mentions) is not None:
        return False
    position = noun - 1
    while position > last_verb and doc[position].pos_ in AGENT_MODIFIER_POS:
        position -= 1
    return position > last_verb and doc[position].lower_ == "av"


def _completes_postposed_subject(av: int, last_verb: int, doc: Doc) -> bool:
    """``Till ansökan ska fogas intyg av de kommuner inom vars …``: an ``av`` right after a
    noun of action (configs/grammar.yaml `action_nouns`, a nominalisation by its suffix; the
    tagger often reads it as a verb or an adjective) in its indefinite form that stands right
    after the passive, only an article and adjectives between, completes that noun: the
    noun phrase is the passive's postponed subject and its ``av``-phrase no agent, whatever
    follows it (round 49, analysis 49-az C9). So does one a coordinator joins to a
    prepositional phrase right after the passive (``hur X bereds i utskottet och tillsättande
    av ersättare``: a second topic of the sentence; round 55, ch-R4)."""
    noun = av - 1
    if noun <= last_verb or not _action_word(doc[noun]) or doc[noun].pos_ == "PROPN":
        return False
    if noun == last_verb + 1 and support_noun(doc[last_verb], doc[noun]):
        return False  # "fattas beslut av styrelsen": the act's own noun (w58a E/F)
    if "Def" in morph_values(doc[noun], "Definite"):
        return False  # "fullgörs uppdraget av ekonomichefen": a known subject, then the agent
    start = noun
    while start - 1 > last_verb and doc[start - 1].pos_ in AGENT_MODIFIER_POS:
        start -= 1
    return start - 1 == last_verb or _after_coordinated_phrase(last_verb, start - 1, doc)


_PHRASE_POS = AGENT_MODIFIER_POS | {"NOUN", "PROPN"}
def _action_word(token: Token) -> bool:
    """`action_noun`, or a word spelled as a nominalisation whose lemma the tagger made the
    verb (``inkallande`` [NOUN] → inkalla), not of common gender (``en ordförande`` names a
    person: `action_noun`)."""
    if action_noun(token):
        return True
    word = token.lower_
    if token.lemma_.lower() in {"", word} or morph_values(token, "Gender") == ["Com"]:
        return False
    return any(
        word.endswith(suffix) and len(word) - len(suffix) >= 4
        for suffix in GRAMMAR.action_noun_suffixes
    )


def _after_coordinated_phrase(last_verb: int, joint: int, doc: Doc) -> bool:
    """A coordinator at `joint` after a prepositional phrase (a preposition, then articles,
    adjectives, numerals and nouns) that follows the passive at `last_verb` at once."""
    phrase = doc[last_verb + 1 : joint]
    return (
        doc[joint].lower_ in GRAMMAR.coordinators
        and len(phrase) >= 2
        and phrase[0].pos_ == "ADP"
        and all(t.pos_ in _PHRASE_POS for t in phrase[1:])
    )


def _after_postposed_participle(av: int, last_verb: int, doc: Doc) -> bool:
    """``regleras av en instruktion beslutad av kommunstyrelsen``, ``före mars eller en
    senare dag bestämd av styrelsen``: an ``av`` right after a past participle that follows
    the noun it qualifies opens that participle's agent, inside a noun phrase, not the
    passive's (round 21, cause D1; docs/annotation.md §5.2, the agent of an attributive
    participle). The participle is often tagged a noun, so its spelling decides."""
    participle = av - 1
    if participle - 1 <= last_verb:
        return False  # "ska vara antagen av fullmäktige": the passive's own participle
    word = doc[participle]
    if word.pos_ not in {"NOUN", "ADJ", "VERB"} or not participle_spelling(word.lower_):
        return False
    return doc[participle - 1].pos_ in {"NOUN", "PROPN"}


def _named_free_relative(agent: ActorMention, av: int, doc: Doc) -> bool:
    """``leds av den som är äldst (ålderspresidenten)``: a role in brackets right after a
    free relative ``den som …`` after ``av`` names the one the clause describes, the agent
    (round 17, analysis-17 cause C8)."""
    first, last = agent.first_token, agent.last_token
    return (
        first >= 1
        and last + 1 < len(doc)
        and doc[first - 1].text == "("
        and doc[last + 1].text == ")"
        and av + 2 < first
        and doc[av + 1].lower_ in GRAMMAR.person_head_pronouns
        and doc[av + 2].lower_ == "som"
        and not any(t.text in {"(", ")"} for t in doc[av + 1 : first - 1])
    )


def _owns_thing(genitive: ActorMention, mentions: Sequence[ActorMention], doc: Doc) -> bool:
    """``ordförandens beslut``, ``kommunstyrelsens och nämndernas ekonomi``: the noun the
    genitive owns (past adjectives and coordinated genitives) is in no actor mention."""
    position = genitive.last_token + 1
    while position < len(doc) and (
        doc[position].pos_ == "ADJ"
        or doc[position].lower_ in GRAMMAR.noun_phrase_joints
        or _genitive_at(position, mentions)
    ):
        position += 1
    if position >= len(doc) or doc[position].pos_ not in {"NOUN", "PROPN"}:
        return False
    return mention_at(position, mentions) is None


def _genitive_at(position: int, mentions: Sequence[ActorMention]) -> bool:
    mention = mention_at(position, mentions)
    return mention is not None and mention.genitive


def _ends_degree_adverbial(position: int, doc: Doc) -> bool:
    """An adverbial of degree (configs/grammar.yaml ``degree_adverbials``: ``till viss del``,
    ``till hälften``) ends right before `position`."""
    return any(
        position >= len(phrase)
        and tuple(t.lower_ for t in doc[position - len(phrase) : position]) == phrase
        for phrase in GRAMMAR.degree_adverbials
    )


def _governed_by_av(quantifier: int, last_verb: int, doc: Doc) -> bool:
    """``av ett av utskotten``, ``av en eller flera av ledamöterna``: an ``av`` before the
    quantifier phrase (quantifiers, coordinators, determiners) makes it the agent."""
    position = quantifier
    while position > last_verb and (
        _partitive_word(doc[position])
        or doc[position].lower_ in GRAMMAR.noun_phrase_coordinators
        or doc[position].pos_ in {"DET", "NUM"}
        or doc[position].lower_ in GRAMMAR.numeral_degree_adverbs  # "av minst två tredjedelar"
    ):
        position -= 1
    return position > last_verb and doc[position].lower_ == "av"


def _partitive_word(token: Token) -> bool:
    """A quantifier pronoun or (round 54, analysis 54-cf H) a quantity or fraction noun
    (`quantity_nouns`: ``två tredjedelar av``, ``en majoritet av``): its ``av``-phrase is a
    partitive, which the passive's own ``av`` before the quantity makes the agent."""
    word = token.lower_
    return word in GRAMMAR.partitive_pronouns or word in GRAMMAR.quantity_nouns


def _av_before(agent: ActorMention, last_verb: int, doc: Doc) -> int | None:
    """The last ``av`` between the passive's last verb and the agent mention, if any."""
    return next(
        (i for i in range(agent.first_token - 1, last_verb, -1) if doc[i].lower_ == "av"), None
    )


def after_av(mention: ActorMention, doc: Doc) -> bool:
    """The mention follows ``av`` (past determiners and modifiers)."""
    position = mention.first_token - 1
    while position >= 0 and _agent_modifier(doc[position]):
        position -= 1
    if position >= 0 and doc[position].lower_ in GRAMMAR.correlatives:
        position -= 1  # "av såväl styrelsen som …", "av både A och B" (round 29, B5)
    if position >= 1 and doc[position].text == ":":
        position -= 1  # "har antagits av: A, B och C" (round 41, C3)
    return position >= 0 and doc[position].lower_ == "av"


def _owned_after_av(actor: ActorMention, mentions: Sequence[ActorMention], doc: Doc) -> bool:
    """``av kommunens förvaltning och av privata utförare``: the agent is the head an owner's
    genitive right after ``av`` owns (past adjectives: ``av regionens egna enheter``), so
    the ``av``-phrases coordinated to it are agents too (round 53, cb-P6)."""
    position = actor.first_token - 1
    while position >= 0 and (
        doc[position].pos_ in {"ADJ", "NUM"}
        or doc[position].lower_ in GRAMMAR.numeral_degree_adverbs
    ):
        position -= 1
    owner = mention_at(position, mentions) if position >= 0 else None
    return (
        owner is not None
        and owner.genitive
        and owner.last_token == position
        and after_av(owner, doc)
    )


def _coordinated_agents(
    agent: ActorMention, mentions: Sequence[ActorMention], sentence: Span
) -> list[ActorMention]:
    """``justeras av ordföranden och en ledamot``, ``undertecknas av A och av B``,
    ``fastställs av styrelsen/nämnden``: every ``av``-phrase (or noun phrase) coordinated to
    the agent of one passive is an agent of its own; a conjunct followed by a verb or by
    ``av`` is another clause's subject, and so are the conjuncts coordinated with it since
    the series' last comma (``utses av A, fyra ledamöter och fyra ersättare utses av B``:
    round 54, w54j N4)."""
    doc = sentence.doc
    found: list[tuple[ActorMention, str, bool]] = []
    last = agent
    closed = False  # a conjunction closes the series, even before a conjunct that is no actor
    while last.last_token + 1 < sentence.end:
        after = _past_bracketed_abbreviation(last.last_token + 1, sentence)
        joint_at = _past_adverbial(_past_manner(after, sentence), sentence)
        joint = doc[joint_at].lower_
        if correlative_partner(doc[joint_at]):
            joint = "och"  # "av såväl A som B": the pair's `som` joins like `och` (round 29, B5)
        if joint not in GRAMMAR.noun_phrase_joints | {","}:
            break
        position = _past_interposed_condition(_past_joint_run(joint_at + 1, sentence), sentence)
        closed = closed or position > joint_at + 1 or joint != ","
        if joint == "," and position < sentence.end and _exemplifying(doc[position]):
            break  # "av leverantörer, till exempel kommunen eller en förening": an apposition
        degree = past_degree_adverbials(doc, position, sentence.end)
        if degree > position and (degree >= sentence.end or doc[degree].lower_ != "av"):
            break  # "och till 40 procent av B": a degree adverbial stands only before an agent
        position = degree
        if position < sentence.end and doc[position].lower_ == "av":
            position += 1
        while position < sentence.end and mention_at(position, mentions) is None and (
            _agent_modifier(doc[position])
            or _inside_quantifier_pair(position, sentence)
            or _joins_modifiers(position, sentence)
        ):
            position += 1  # "och en ledamot", "eller av en eller flera ledamöter"
        mention = _owned_head(mention_at(position, mentions), mentions, doc)
        if mention is None:
            break
        if _opens_clause_after(mention, sentence):
            if joint != ",":
                _drop_clause_subject_run(found)
                closed = found[-1][2] if found else False  # as before the dropped run
            break
        found.append((mention, joint, closed))
        last = mention
    while found and found[-1][1] == "," and not closed:
        found.pop()  # "A, B": an apposition, unless a conjunction closes the series
    return [mention for mention, _, _ in found]


def _drop_clause_subject_run(found: list[tuple[ActorMention, str, bool]]) -> None:
    """The conjuncts back to (and with) the last one after a comma: a later clause's
    coordinated subject, the conjunct that opens that clause being their last."""
    while found and found[-1][1] != ",":
        found.pop()
    if found:
        found.pop()


# A party's code (`PARTY_CODE`: ``S``, ``KD``) or a body's all-capitals acronym (``ETAB``).
_BRACKETED_ABBREVIATION = re.compile(rf"{PARTY_CODE}|[A-ZÅÄÖ]{{4,6}}")
MAX_BRACKETED_ABBREVIATIONS = 3  # "(TN AU)", "(BUN AU)": an owner's acronym and the body's


def _past_bracketed_abbreviation(position: int, sentence: Span) -> int:
    """``av Moderaterna (M), Liberalerna (L) och Kristdemokraterna (KD)``, ``av miljöenheten
    (ME) och byggenheten (BE)``: a one-word abbreviation in parentheses after a conjunct (a
    party's letter or the body's acronym: capitals, or a capital and one lower-case letter)
    belongs to that conjunct; the index after the closing parenthesis, else `position`
    (round 54, ce-C2). So does a pair or three of them, one gloss of the conjunct
    (``av arbetsutskottet (TN AU) eller av …``; round 54, w54g). Other bracketed matter
    (``(jfr 6 kap.)``) still ends the series."""
    doc = sentence.doc
    if position >= sentence.end or doc[position].text != "(":
        return position
    last = min(position + MAX_BRACKETED_ABBREVIATIONS + 2, sentence.end)
    closing = next((t.i for t in doc[position + 1 : last] if t.text == ")"), None)
    if closing is None or closing == position + 1:
        return position
    words = [token.text for token in doc[position + 1 : closing]]
    abbreviations = all(
        _BRACKETED_ABBREVIATION.fullmatch(word) or SHORT_ABBREVIATION.fullmatch(word)
        for word in words
    )
    return closing + 1 if abbreviations else position


def _inside_quantifier_pair(position: int, sentence: Span) -> bool:
    """``en eller flera``, ``ett eller flera``: a coordinator between two quantifiers
    (configs/grammar.yaml `partitive_pronouns`) joins the quantifiers of one noun phrase, not
    two conjuncts (round 49, analysis 49-az C5)."""
    doc = sentence.doc
    quantifiers = GRAMMAR.partitive_pronouns
    return (
        sentence.start < position < sentence.end - 1
        and doc[position].lower_ in GRAMMAR.noun_phrase_coordinators
        and doc[position - 1].lower_ in quantifiers
        and doc[position + 1].lower_ in quantifiers
    )


def _joins_modifiers(position: int, sentence: Span) -> bool:
    """``av den eller de ledamöter …``, ``av annan kvalificerad och oberoende granskare``: a
    coordinator between two modifiers of the agent's head (determiners, adjectives,
    participles: `_agent_modifier`) joins them inside one noun phrase, no second conjunct
    (round 51, analyses 51-bq C and 51-ax C4)."""
    doc = sentence.doc
    if position + 2 < sentence.end and doc[position].lower_ in GRAMMAR.person_head_pronouns:
        return _joins_modifiers(position + 1, sentence)  # "den" tagged a pronoun of its own
    return (
        sentence.start < position < sentence.end - 1
        and doc[position].lower_ in GRAMMAR.noun_phrase_coordinators
        and (
            _agent_modifier(doc[position - 1])
            or doc[position - 1].lower_ in GRAMMAR.person_head_pronouns
        )
        and _agent_modifier(doc[position + 1])
    )


def _owned_head(
    mention: ActorMention | None, mentions: Sequence[ActorMention], doc: Doc
) -> ActorMention | None:
    """``av fullmäktige, förbundets direktion och …``: a conjunct that is an owner's genitive
    before an actor noun (past adjectives) is that owned actor, the owner no agent (§5.2
    round 33 B2); one that owns a thing (``och förbundets anvisningar``) is none; any other
    mention is itself."""
    if mention is None or not mention.genitive:
        return mention
    if _owns_thing(mention, mentions, doc):
        return None
    position = _past_attributes(mention.last_token + 1, doc)
    head = mention_at(position, mentions) if position < len(doc) else None
    return head if head is not None and not head.genitive else mention


def _past_manner(position: int, sentence: Span) -> int:
    """``av A, två ledamöter gemensamt, eller den som …``, ``av A och B i förening``: an
    adverbial of manner or degree after an agent (configs/grammar.yaml
    ``degree_adverbials``) belongs to it; the index after it (round 14, analysis 13
    cause 1). So does an intensifier (`intensifiers`: ``av rektorn själv eller av
    styrelsen``, round 45, bj-C13)."""
    doc = sentence.doc
    if position < sentence.end and doc[position].lower_ in GRAMMAR.intensifiers:
        position += 1
    return past_degree_adverbials(doc, position, sentence.end)


def _past_joint_run(position: int, sentence: Span) -> int:
    """``av förvaltningschef och/eller nämndsekreterare``: a run of coordinators and
    coordinating signs joins two conjuncts as one coordinator does; the index after it."""
    doc = sentence.doc
    while position < sentence.end and doc[position].lower_ in GRAMMAR.noun_phrase_joints:
        position += 1
    return position


def _past_interposed_condition(position: int, sentence: Span) -> int:
    """``av kassören eller, om styrelsen så bestämmer, av två ledamöter``: a condition clause
    in commas right after a coordinator (``postposed_condition_openers``) stands between two
    conjuncts; the index after its closing comma, else `position` (round 41, az-4b)."""
    doc = sentence.doc
    opener = position + 1
    if position >= sentence.end or doc[position].text != "," or opener >= sentence.end:
        return position
    if doc[opener].lower_ not in GRAMMAR.postposed_condition_openers:
        return _past_interposed_adverbial(position, sentence)
    closing = next((i for i in range(opener + 1, sentence.end) if doc[i].text == ","), None)
    return position if closing is None else closing + 1


_ADVERBIAL_WORD_POS = frozenset({"ADP", "ADV", "DET", "ADJ", "NOUN", "PRON", "NUM"})


def _past_interposed_adverbial(comma: int, sentence: Span) -> int:
    """``av ordföranden eller, vid förhinder för denne, av sekreteraren``: a prepositional
    phrase in commas right after a coordinator, before the next ``av``-phrase, stands
    between two agents; the index after its closing comma, else `comma` (round 58, C1)."""
    doc = sentence.doc
    opener = doc[comma + 1]
    if opener.pos_ != "ADP" or opener.lower_ == "av":
        return comma
    closing = next((i for i in range(comma + 2, sentence.end) if doc[i].text == ","), None)
    if closing is None or closing + 1 >= sentence.end or doc[closing + 1].lower_ != "av":
        return comma
    inside = doc[comma + 1 : closing]
    return closing + 1 if all(t.pos_ in _ADVERBIAL_WORD_POS for t in inside) else comma


def _exemplifying(token: Token) -> bool:
    """After a comma, an adverb (``till exempel``, ``bland annat`` merged into one, ``t.ex.``,
    ``främst``) opens an apposition that names kinds or examples of the agent before it, not
    another agent coordinated to it."""
    return token.pos_ == "ADV" or tuple(token.lower_.split()) in GRAMMAR.multiword_adverbs


def _past_adverbial(position: int, sentence: Span) -> int:
    """``av ordföranden vid varje sammanträde eller av en ledamot``: a prepositional phrase
    (no ``av``) between an agent and a coordinated ``av``-phrase is skipped; the index of the
    coordinator after it, else `position`."""
    doc = sentence.doc
    if doc[position].pos_ != "ADP" or doc[position].lower_ == "av":
        return position
    after = position + 1
    while after < sentence.end and doc[after].pos_ in {"DET", "ADJ", "NUM", "NOUN", "PROPN"}:
        after += 1
    coordinated_av = (
        after + 1 < sentence.end
        and after > position + 1
        and doc[after].lower_ in GRAMMAR.noun_phrase_coordinators
        and doc[after + 1].lower_ == "av"
    )
    return after if coordinated_av else position


def _opens_clause_after(mention: ActorMention, sentence: Span) -> bool:
    following = mention.last_token + 1
    if following >= sentence.end:
        return False
    token = sentence.doc[following]
    return token.lower_ == "av" or is_verb(token) or _finite_after_attribute(following, sentence)


MAX_ATTRIBUTE_WORDS = 6  # "i de två berörda förbunden": the attribute's noun phrase


def _finite_after_attribute(position: int, sentence: Span) -> bool:
    """``av direktionen och ombud i de berörda förbunden ska väljas``: a conjunct whose
    prepositional attribute (`attribute_prepositions`) is followed by a finite verb or a modal
    is the next clause's subject, not an agent (round 57, analysis57-co C3); ``av nämnden och
    styrelsen i april.`` keeps its agent. By tags and word order: the parser hangs the verb on
    the agent's participle."""
    doc = sentence.doc
    if doc[position].lower_ not in GRAMMAR.attribute_prepositions:
        return False
    end = min(sentence.end, position + MAX_ATTRIBUTE_WORDS + 2)
    for index in range(position + 1, end):
        token = doc[index]
        if token.pos_ not in NOUN_PHRASE_POS or token.lower_ in GRAMMAR.modals:
            return index > position + 1 and is_finite(token)
    return False


def composition_passive(group: Group) -> bool:
    """``Utskottet utgörs av fem förtroendevalda och två tjänstemän``, ``Presidiet bildas av
    ordföranden och vice ordföranden``: a passive of composition names the members of its
    subject in the ``av``-phrase, not an agent, and states no action (docs/annotation.md §4).
    `composition_verbs` always compose; `member_verbs` (``bildas``) compose when the subject
    is a collective body or the ``av``-phrase counts its members (a numeral), else they act
    (``Bolaget bildades av kommunen``)."""
    passives = [verb for verb in (*group.verbs, group.finite) if is_passive(verb)]
    lemmas = {verb.lemma_.lower() for verb in passives}
    if lemmas & GRAMMAR.composition_verbs:
        return True
    if not lemmas & GRAMMAR.member_verbs:
        return False
    subject = parsed_subject(group)
    collective = subject is not None and any(
        subject.lemma_.lower().endswith(body) for body in GRAMMAR.collective_bodies
    )
    return collective or _counted_members(passives[-1])


def _counted_members(verb: Token) -> bool:
    """The ``av``-phrase right after `verb` counts its nouns (``av fem ledamöter``, ``av
    ordföranden och två ledamöter``): a numeral before a noun, up to the next preposition
    or punctuation (``av kommunen år 2001`` counts nothing)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "av":
        return False
    for position in range(verb.i + 2, min(len(doc), verb.i + 10)):
        token = doc[position]
        if token.is_punct or token.pos_ == "ADP" or (token.pos_ == "NOUN" and _after_noun(token)):
            return False
        if token.like_num and position + 1 < len(doc) and doc[position + 1].pos_ != "PUNCT":
            return True
    return False


def _after_noun(token: Token) -> bool:
    """A noun right after another noun: a new phrase (``kommunen år``) begins."""
    return token.i > 0 and token.doc[token.i - 1].pos_ in {"NOUN", "PROPN"}


def postponed_subject_complement(group: Group, mentions: Sequence[ActorMention]) -> bool:
    """``Därefter ska granskning göras av ordförandens beslut``, ``Varje år ska en utvärdering
    göras av nämndens arbete``: after an inverted indefinite subject, an ``av``-phrase whose
    genitive owns a noun that is no actor completes that subject (its postponed part), and
    names no agent: the passive is agentless (implicit actor under a cue)."""
    subject = parsed_subject(group)
    finite = group.finite
    if subject is None or subject.i <= finite.i or subject.pos_ != "NOUN":
        return False
    if "Def" in morph_values(subject, "Definite"):
        return False
    doc = finite.doc
    last = max(verb.i for verb in (*group.verbs, finite))
    av = last + 1
    if av + 1 >= len(doc) or doc[av].lower_ != "av":
        return False
    owner = mention_at(av + 1, mentions)
    return owner is not None and owner.genitive and _owns_thing(owner, mentions, doc)
