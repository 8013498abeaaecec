"""Normative statements (ADICO: Attribute, Deontic, aIm, Object, Condition), sentence by
sentence.

Each finite verb opens a verb group (`pipeline.nlp.verbs`); the cue index
(`pipeline.nlp.cues`) gives its deontic class; the actor comes from
`pipeline.nlp.subjects`. A main clause (or a relative clause with its own cue) with an actor
is a statement; so is an agentless passive with a cue ("Beslut ska anmälas till nämnden"),
whose actor is implicit (None). Object and condition spans come from
`pipeline.nlp.conditions`, a passive's agents from `pipeline.nlp.agents`. Finding is
separate from writing annotations (`pipeline.nlp.components`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.agents import (
    after_av,
    composition_passive,
    foreign_agent,
    passive_agents,
    postponed_subject_complement,
)
from pipeline.nlp.conditions import (
    after_coordinator,
    condition_of,
    condition_span,
    infinitive_reading,
    object_span,
    per_sentence,
    postposed_clause,
    without_condition,
)
from pipeline.nlp.coordination import closes_stranded_clause, gapped_subjects, listed_in_clause
from pipeline.nlp.cues import CueIndex, action_after, deontic_of, expletive_phrase, phrase_at
from pipeline.nlp.grammar import GRAMMAR, DeonticCues
from pipeline.nlp.groups import Group, distributive_subject, v2_present, verb_group
from pipeline.nlp.groups import opening_end as opening_end_of
from pipeline.nlp.memo import (
    answers,
    doc_text,
    morph_values,
    sentence_end,
    sentence_start,
)
from pipeline.nlp.subjects import (
    actor_of,
    cleft_copula,
    coordinated_actors,
    inverted_subject,
    inverted_tokens,
    mention_at,
    negated_conjunct,
    parsed_subject,
    past_degree_adverbials,
    subject_of,
    subordinator_of,
)
from pipeline.nlp.verb_fallbacks import passive_by_spelling, v1_condition_end
from pipeline.nlp.verb_forms import is_modal, present_lemma
from pipeline.nlp.verbs import (
    is_finite,
    is_infinitive,
    is_passive,
    is_verb,
    mistagged_after_modal,
    opens_infinitive_clause,
    present_by_spelling,
    reciprocal,
    tense_of,
    verb_lemma,
)

NO_SPAN = (-1, -1)


@dataclass(frozen=True)
class Statement:
    actor: ActorMention | None
    deontic: str
    modal: tuple[int, int] | None  # character span of the cue
    modal_text: str | None
    aim: str
    aim_start: int  # -1: the aim word is not in this clause (inherited from a lead-in)
    aim_end: int
    aim_text: str
    negated: bool
    passive: bool
    object_span: tuple[int, int] | None
    condition_span: tuple[int, int] | None


def _aim_lemma(aim: Token) -> str:
    if aim.lower_ in GRAMMAR.copulas:
        return "vara"
    if reciprocal(aim):
        return verb_lemma(aim)  # "träffas" keeps its -s
    if present_by_spelling(aim):
        return aim.lemma_.lower()  # "förser" → förse
    if is_passive(aim) and not is_verb(aim):
        return aim.lower_[:-1]  # a passive infinitive read as a noun: "innehas" → inneha
    if not is_verb(aim) and aim.lower_.endswith("r"):
        return present_lemma(aim.lower_)  # a present tense the tagger missed
    if is_verb(aim) and not (aim.lower_.endswith("a") and tense_of(aim) != "inf"):
        return verb_lemma(aim)
    return aim.lower_  # an infinitive the tagger missed is its own lemma


def _cue(sentence: Span, start: Token, end: int) -> tuple[tuple[int, int], str]:
    cue = sentence.doc[start.i : end]
    return (cue.start_char, cue.end_char), cue.text


def _without_taken(group: Group, used: set[int]) -> Group:
    """``planerar X, utövar [ADV] Y och följer upp Z``: a finite conjunct an earlier verb's
    chain already took (past a verb the tagger missed) is not this verb's too (an
    infinitive may be shared by a modal's chain and that of a clause inside it)."""
    kept = tuple(
        v
        for position, v in enumerate(group.verbs)
        if not position or v.i not in used or not is_finite(v)
    )
    return group if len(kept) == len(group.verbs) else replace(group, verbs=kept)


def _own_cues_apart(group: Group, index: CueIndex, cues: DeonticCues) -> Group:
    """``leder och fördelar arbetet samt ansvarar för arbetsmiljön``: a coordinated verb that
    opens a cue of its own starts its own group (with its own deontic)."""
    for position, verb in enumerate(group.verbs[1:], start=1):
        if is_finite(verb) and phrase_at(verb, index, cues) is not None:
            return replace(group, verbs=group.verbs[:position])
    return group


def _own_voice_apart(group: Group) -> Group:
    """``leder förvaltningen och utses av kommunstyrelsen``, ``fattas av nämnden och
    verkställs av förvaltningen``: a finite conjunct where a passive is involved starts its
    own group, so that each passive finds its own ``av``-agent and an active verb is not
    given one."""
    first = group.verbs[0]
    for position, verb in enumerate(group.verbs[1:], start=1):
        if _shared_agent(group.verbs[position - 1], verb):
            continue
        if is_finite(verb) and (is_passive(verb) or is_passive(first)):
            return replace(group, verbs=group.verbs[:position])
    return group


def _shared_agent(previous: Token, verb: Token) -> bool:
    """``väljs eller entledigas av fullmäktige``: passives joined by a bare conjunction (no
    ``av``-agent of the first between them) share the agent after the last conjunct."""
    if not (is_passive(previous) and is_passive(verb)):
        return False
    between = previous.doc[previous.i + 1 : verb.i]
    return len(between) == 1 and between[0].lower_ in GRAMMAR.coordinators


def _np_start(mention: ActorMention, group: Group) -> int:
    """Where an inverted subject's noun phrase starts: its determiner and adjectives too
    (``har den politiska ledningen``)."""
    doc = group.finite.doc
    start = mention.first_token
    while start - 1 > group.finite.i and doc[start - 1].pos_ in {"DET", "ADJ"}:
        start -= 1
    return start


def _own_subjects_apart(group: Group, in_actor: set[int]) -> Group:
    """``beslutar om taxor, men kommunstyrelsen ser över avgifterna``: a conjoined verb right
    after an actor of its own opens a new clause with that subject."""
    doc = group.finite.doc
    for position, verb in enumerate(group.verbs[1:], start=1):
        if verb.i - 1 not in in_actor or not is_finite(verb):
            continue
        opening = verb.i - 1
        while opening - 1 in in_actor:
            opening -= 1
        joint = doc[opening - 1] if opening > 0 else None
        if joint is not None and (joint.lower_ in GRAMMAR.coordinators or joint.text == ","):
            return replace(group, verbs=group.verbs[:position])
    return group


def _relative_conjunct(
    finite: Token, in_relative: set[int], opening_end: int | None, main_end: int | None
) -> bool:
    """A verb the parser conjoins to a relative clause's verb belongs to that clause, unless
    it stands in the V2 place after the opening subject and its insertion (``Revisorerna,
    som väljs av fullmäktige, granskar …``); so does a verb of its comma series."""
    if opening_end == finite.i - 1:
        return False
    if finite.dep_ == "conj" and finite.head.i in in_relative:
        return True
    before = _finite_before_joint(finite)
    return (
        before is not None
        and before.i in in_relative
        and main_end is not None
        and main_end < before.i
        and _in_relative_series(finite, before)
    )


def _finite_before_joint(finite: Token) -> Token | None:
    """The nearest finite verb before the comma or coordinator right before `finite`
    (``, och`` opens a main clause again: None)."""
    doc = finite.doc
    start = sentence_start(finite)
    if finite.i - 1 <= start:
        return None
    joint = doc[finite.i - 1]
    if joint.text != "," and (
        joint.lower_ not in GRAMMAR.coordinators or doc[joint.i - 1].text == ","
    ):
        return None
    return next((doc[i] for i in range(joint.i - 1, start - 1, -1) if is_finite(doc[i])), None)


def _in_relative_series(finite: Token, before: Token) -> bool:
    """``bolag som förvaltar fastigheterna, hyr ut lokaler samt sköter parkeringen``: a
    relative clause after the main clause's verb runs through a comma series of finite verbs
    of its tense and voice, whatever the parser attaches them to (analysis-10 cause 5): a
    verb after the comma that a later coordinator + finite verb closes, or the verb after a
    coordinator once a comma has made the series. A subject of its own opens a main clause."""
    doc = finite.doc
    if is_modal(finite) or tense_of(finite) != tense_of(before):
        return False
    if is_modal(before) or before.dep_.startswith("aux"):
        return False  # "ärenden som ska avgöras av X, yttrar …": that series is non-finite
    if is_passive(finite) != is_passive(before):
        return False
    if any(c.dep_.startswith("nsubj") and c.i > before.i for c in finite.children):
        return False  # "…, styrelsen beslutar": a clause with its own subject
    stretch = doc[before.i + 1 : finite.i]
    if any(t.text in {";", ":"} or t.lower_ == "som" for t in stretch):
        return False
    if doc[finite.i - 1].text != ",":
        return any(t.text == "," for t in stretch)
    return any(
        doc[i].lower_ in GRAMMAR.coordinators and is_finite(doc[i + 1])
        for i in range(finite.i + 1, sentence_end(finite) - 1)
    )


def _before_relative_series(group: Group, sentence: Span, in_actor: set[int]) -> Group:
    """A main verb's group ends before a conjunct that goes on the comma series of a relative
    clause after it (``Staden har bolag som förvaltar X, hyr ut Y samt sköter Z``)."""
    for position, verb in enumerate(group.verbs[1:], start=1):
        before = _finite_before_joint(verb)
        if before is None or before.i <= group.finite.i or before in group.verbs:
            continue
        marker = subordinator_of(before, sentence, in_actor)
        if marker is not None and marker.lower_ == "som" and _in_relative_series(verb, before):
            return replace(group, verbs=group.verbs[:position])
    return group


def _cleft_focus(subordinator: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``Det är kommundirektören som leder …``: the actor a cleft focuses on, which acts in
    its som-clause (docs/annotation.md §5.1)."""
    doc = subordinator.doc
    start = sentence_start(subordinator)
    if subordinator.i < start + 3:
        return None
    if doc[start].lower_ != "det" or doc[start + 1].lower_ not in GRAMMAR.copulas:
        return None
    if _later_som(doc[start + 2 : subordinator.i]):
        # "Det är X som leder … och som har …": a coordinated som-clause goes on the cleft
        earlier = _coordinated_som(subordinator)
        return _cleft_focus(earlier, mentions) if earlier is not None else None
    if mention_at(subordinator.i - 1, mentions) is None:
        return None
    for position in range(start + 2, subordinator.i):  # "de valda ledamöterna i styrelsen"
        focus = mention_at(position, mentions)
        if focus is not None:
            return focus
        if doc[position].pos_ not in {"DET", "ADJ", "NUM", "NOUN", "VERB"}:
            return None  # (a participle or adjective is often tagged a noun or verb)
    return None


def _later_som(between: Span) -> bool:
    """``Det är X som tillsätter revisorerna och de beredningar som är knutna …``: the cleft
    takes only the first som after its focus; a later som, past a finite verb or an earlier
    som, is the relative clause of a noun in the cleft's own clause."""
    return any(token.lower_ == "som" or is_finite(token) for token in between)


def _coordinated_som(subordinator: Token) -> Token | None:
    """The som before ``och som`` / ``, som`` (a coordinated relative clause), if any."""
    doc = subordinator.doc
    start = sentence_start(subordinator)
    joint = subordinator.i - 1
    if joint <= start or not (doc[joint].lower_ in GRAMMAR.coordinators or doc[joint].text == ","):
        return None
    if doc[joint - 1].text == ",":
        joint -= 1  # ", och som"
    return next((t for t in reversed(doc[start:joint]) if t.lower_ == "som"), None)


def _antecedent(subordinator: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    found = mention_at(subordinator.i - 1, mentions) or mention_at(subordinator.i - 2, mentions)
    doc = subordinator.doc
    coordinated = subordinator.i - 1 >= sentence_start(subordinator) and (
        doc[subordinator.i - 1].lower_ in GRAMMAR.coordinators
    )
    if subordinator.lower_ != "som" or not coordinated:
        return found
    # "tjänstepersoner, som inte är …, och som har som uppgift att …", "en nämnd som har …
    # i kommunen och som ska samordna …": a coordinated relative clause shares the
    # antecedent of the one before it (not the last noun of that clause)
    before = doc[sentence_start(subordinator) : subordinator.i - 1]
    earlier = next((t for t in reversed(before) if t.lower_ == "som"), None)
    shared = _antecedent(earlier, mentions) if earlier is not None else None
    return shared or found


def _responsibility_owned(
    actor: ActorMention, group: Group, sentence: Span, cues: DeonticCues
) -> Token | None:
    """The responsibility noun right after a genitive actor and right before the verb
    (``Nämndens ansvar omfattar``), if that is what the sentence opens with; not before a
    verb that only says where the responsibility is written (``Nämndens verksamhetsansvar
    framgår av reglementet``, ``source_verbs``)."""
    doc = sentence.doc
    noun = actor.last_token + 1
    if noun + 1 != group.finite.i or noun >= len(doc):
        return None
    if verb_lemma(group.finite) in cues.source_verbs:
        return None
    owned = doc[noun]
    if _containing_tasks(actor, owned, group.finite, cues):
        return owned
    return owned if owned.lower_.endswith(cues.responsibility_noun_suffixes) else None


def _task_owner(
    group: Group, sentence: Span, mentions: Sequence[ActorMention], cues: DeonticCues
) -> ActorMention | None:
    """The genitive actor of ``I X:s uppgifter ingår …`` (`_containing_tasks`), whose
    subject after the verb is a task, not an actor."""
    owner = mention_at(sentence.start + 1, mentions)
    if owner is None or not owner.genitive or owner.last_token + 1 >= sentence.end:
        return None
    noun = sentence.doc[owner.last_token + 1]
    return owner if _containing_tasks(owner, noun, group.finite, cues) else None


def _containing_tasks(actor: ActorMention, noun: Token, verb: Token, cues: DeonticCues) -> bool:
    """``I kansliets uppgifter ingår också arkivfrågor``: the sentence opens with ``i`` + the
    actor's task noun + a containing verb (``task_nouns``, ``containing_verbs``), the inline
    form of the lead-in ``I X:s uppgifter ingår:`` (docs/annotation.md §5.1): the noun phrase
    after the verb is the actor's responsibility. An ``att``-infinitive there describes the
    role (``I X:s uppdrag ingår att vara …``, as ``Uppdraget innebär att …``): no statement."""
    start = sentence_start(verb)
    return (
        actor.first_token == start + 1
        and verb.doc[start].lower_ == "i"
        and noun.lower_ in cues.task_nouns
        and verb.lower_ in cues.containing_verbs
        and not _att_after(verb)
    )


def _containing_cue(
    actor: ActorMention, verb: Token, cues: DeonticCues
) -> tuple[tuple[int, int], str] | None:
    """The cue of ``I X:s uppgifter ingår`` with the actor left out: ``I uppgifter ingår``
    (as the lead-in's, docs/annotation.md §5.1), spanning the whole phrase."""
    doc = verb.doc
    noun = doc[verb.i - 1]
    if actor.last_token + 1 != noun.i or not _containing_tasks(actor, noun, verb, cues):
        return None
    opener = doc[actor.first_token - 1]
    return (opener.idx, verb.idx + len(verb.text)), f"{opener.text} {noun.text} {verb.text}"


def _att_after(verb: Token) -> bool:
    """``att`` follows the verb, past adverbs and a hedge (``ingår bland annat att``)."""
    doc, end = verb.doc, sentence_end(verb)
    words = [t.lower_ for t in doc[verb.i + 1 : end] if t.pos_ != "ADV"]
    for hedge in GRAMMAR.list_hedges:
        if tuple(words[: len(hedge)]) == tuple(hedge):
            words = words[len(hedge) :]
            break
    return words[:1] == ["att"]


def _opens_sentence(token: Token, sentence: Span) -> bool:
    """Nothing but adverbs stands before `token` in its sentence."""
    return all(t.pos_ == "ADV" for t in sentence.doc[sentence.start : token.i])


def _item_initial_present(token: Token, sentence: Span) -> bool:
    """``– planerar och leder …`` under a bare actor lead-in: the word opening the item is
    its present-tense verb, whatever the tagger read (a noun or adjective in -r)."""
    return (
        _opens_sentence(token, sentence)
        and token.is_alpha
        and token.is_lower
        and token.lower_.endswith("r")
        and token.lower_ not in GRAMMAR.subordinators
    )


def expletive_cue_actor(
    finite: Token, cue_end: int, mentions: Sequence[ActorMention], cues: DeonticCues
) -> ActorMention | None:
    """The actor of an expletive cue (`expletive_cue`), None if `finite` opens none."""
    found = expletive_cue(finite, cue_end, mentions, cues)
    return None if found is None else found[0]


def expletive_cue(
    finite: Token, cue_end: int, mentions: Sequence[ActorMention], cues: DeonticCues
) -> tuple[ActorMention, int] | None:
    """``Det ankommer på nämnden att …``, ``Vidare åligger det styrelsen att …``, ``På
    ordföranden ankommer enligt arbetsordningen att …``: a cue of ``expletive_cues`` puts
    the duty on its object, after an expletive ``det`` subject (before or after the verb) or
    in a prepositional phrase fronted before it (V2). The actor heads the object's noun phrase
    (``stiftelsens styrelse``: not the genitive owner); with it, the token after which its
    ``att``-complement opens (adverbials and the object's conjuncts before it are skipped)."""
    words = expletive_phrase(finite, cues)
    if words is None:
        return None
    doc, start, end = finite.doc, sentence_start(finite), sentence_end(finite)
    fronted = len(words) > 1 and start < finite.i - 1 and doc[start].lower_ == words[1]
    if fronted:
        position = start + 1
    elif _expletive_det(finite, start, end):
        position = max(cue_end, finite.i + 1)
        while position < end and (doc[position].pos_ == "ADV" or doc[position].lower_ == "det"):
            position += 1
    else:
        return None
    mention = mention_at(position, mentions)
    if mention is None and position < end and doc[position].pos_ == "DET":
        mention = mention_at(position + 1, mentions)  # "på den verkställande direktören"
    if mention is None:
        return None
    head = _owned_head(mention, mentions)
    after = finite.i + 1 if fronted else head.last_token + 1
    return head, _att_complement(doc, after, end)


def _owned_head(mention: ActorMention, mentions: Sequence[ActorMention]) -> ActorMention:
    """Past a genitive owner the actor it determines (``stiftelsens styrelse``), else the
    mention itself."""
    if not mention.genitive:
        return mention
    head = mention_at(mention.last_token + 1, mentions)
    return mention if head is None or head.genitive else head


def _expletive_det(finite: Token, start: int, end: int) -> bool:
    """``det`` right before the finite verb, or after it past adverbs (inverted)."""
    doc = finite.doc
    if finite.i > start and doc[finite.i - 1].lower_ == "det":
        return True
    position = finite.i + 1
    while position < end and doc[position].pos_ == "ADV":
        position += 1
    return position < end and doc[position].lower_ == "det"


def _att_complement(doc: Doc, position: int, end: int) -> int:
    """The ``att`` opening the cue's complement at or after `position`, past adverbials and
    conjuncts but no finite verb (``enligt arbetsordningen att``, ``och kassör att``); else
    `position`."""
    for index in range(position, end):
        token = doc[index]
        if token.lower_ == "att":
            return index
        if is_finite(token) or token.text in {";", ":"}:
            break
    return position


def _embedded_without_subordinator(finite: Token, main_end: int | None) -> bool:
    """``fullgör de uppgifter fullmäktige kan uppdra åt nämnden``: a finite verb after a
    main clause's verbs with no comma, coordinator or subordinator between opens a relative
    clause without ``som`` (a main clause cannot follow another unjoined). A subordinate
    clause between changes nothing: ``har att tillämpa de regler som ägaren har bestämt ska
    användas`` (the last verb is in the object clause of ``bestämt``, its ``att`` left out)."""
    if main_end is None or finite.i <= main_end + 1:
        return False
    between = finite.doc[main_end + 1 : finite.i]
    return not any(t.is_punct or t.lower_ in GRAMMAR.coordinators for t in between)


def _main_verb_after_fronted(sentence: Span, in_actor: set[int]) -> int | None:
    """A sentence opening with a prepositional phrase has a main clause, its finite verb (V2)
    followed by the inverted subject. When the walk reads every finite verb as subordinate
    (the fronted phrase holds a relative clause), the main verb is the first finite verb
    whose would-be clause already has its verb (``Vid en kris som bedöms som allvarlig kan
    ordföranden …``), else the last one if a noun phrase follows it and no actor stands
    between it and its would-be subordinator (``Vid arbeten som kräver kompetens såsom
    upphandlingar tillsätts en referensgrupp``; not ``Vid möten där ordföranden leder
    arbetet``, a fragment)."""
    doc = sentence.doc
    if doc[sentence.start].pos_ != "ADP":
        return None
    finites = [t for t in sentence if t.i not in in_actor and is_finite(t)]
    openers = [subordinator_of(t, sentence, in_actor) for t in finites]
    if not finites or any(opener is None for opener in openers):
        return None
    for finite, opener in zip(finites, openers, strict=True):
        between = doc[opener.i + 1 : finite.i]  # type: ignore[union-attr]
        if any(is_verb(t) and t.i not in in_actor for t in between):
            return finite.i
    last, opener = finites[-1], openers[-1]
    if any(i in in_actor for i in range(opener.i + 1, last.i)):  # type: ignore[union-attr]
        return None
    following = last.i + 1
    while following < sentence.end and doc[following].pos_ == "ADV":
        following += 1
    noun_phrase = {"DET", "ADJ", "NUM", "NOUN", "PROPN"}
    return last.i if following < sentence.end and doc[following].pos_ in noun_phrase else None


def _after_relative_infinitive(finite: Token, marker: Token, in_actor: set[int]) -> bool:
    """``Ledamot som avser att begära ordet ska anmäla det``, ``De ärenden som nämnden har att
    besluta om ska beredas``: an infinitive clause holds no finite verb, so a finite verb after
    ``att`` + infinitive is in the clause around it; where that is a relative clause that
    already has its finite verb (the one the infinitive complements) and no coordinator joins
    a second one, the relative clause has ended: the verb is the main clause's. Likewise a
    subordinator right before the finite verb, with no subject between, opens no clause of
    it: it is a stranded preposition ending the relative clause (``har att besluta om``)."""
    # (a relative or interrogative pronoun may be the subject itself: "som ska", "vad som")
    subjects = GRAMMAR.interrogatives | {"som", "vad", "vem"}
    stranded = marker.i == finite.i - 1 and marker.lower_ not in subjects
    if not (opens_infinitive_clause(marker) or stranded) or _after_coordinator(finite):
        return False
    doc = finite.doc
    sentence = finite.sent
    governing = next(
        (doc[i] for i in range(marker.i - 1, sentence.start - 1, -1) if is_finite(doc[i])), None
    )
    if governing is None or governing.i in in_actor:
        return False
    outer = subordinator_of(governing, sentence, in_actor)
    if outer is None or subordinator_of(outer, sentence, in_actor) is not None:
        return False
    # a fronted adverbial clause whose verb the infinitive complements has ended too: the
    # finite verb after it is the main clause's (V2: "När X har beslutat att sälja lokalen
    # ska direktören …", "Om X är förhindrad att attestera eller att betala ska …")
    fronted = outer.i == sentence.start and outer.lower_ != "att" and not stranded
    return outer.lower_ == "som" or fronted


def _att_across_commas(finite: Token, sentence: Span, in_actor: set[int]) -> Token | None:
    """``ansvarar för att uppföljningen av A, B och C är god``, ``vilket innebär att
    direktören, som är anställd av kommunen, ska sköta …``: the ``att`` whose clause the
    finite verb is in, where the subject between holds commas of a noun-phrase series (a
    coordinator closes it before the verb) or of an insertion (a ``som``-clause or an
    adverbial in commas). The clause is an ``att``-complement, no statement of its own
    (docs/annotation.md §5.1). None where nothing but such commas would hide it."""
    doc = finite.doc
    position = finite.i - 1
    crossed = False
    coordinated = False  # a noun-phrase coordinator since the last comma crossed
    while position >= sentence.start:
        token = doc[position]
        if position in in_actor:
            position -= 1
            continue
        if token.lower_ in GRAMMAR.noun_phrase_coordinators:
            if position + 1 < finite.i and is_finite(doc[position + 1]):
                return None  # a coordinated clause
            coordinated = True
        elif token.text == ",":
            opening = _insertion_opening(position, sentence)
            if opening is not None:
                position, crossed = opening - 1, True
                continue
            if not coordinated or doc[position + 1].lower_ in GRAMMAR.coordinators:
                return None  # a clause boundary, not a series comma
            crossed = True
        elif token.lower_ == "att":
            before = doc[position - 1] if position > sentence.start else None
            governed = before is not None and before.pos_ in {"ADP", "VERB", "AUX", "NOUN"}
            return token if crossed and governed and not _infinitive_marker(token) else None
        elif is_finite(token) or token.lower_ in GRAMMAR.subordinators or token.text in ";:":
            return None
        position -= 1
    return None


def _insertion_opening(closing: int, sentence: Span) -> int | None:
    """The opening comma of an insertion that `closing` ends: ``, som är anställd av X,`` or
    an adverbial ``, utöver sina andra uppgifter,`` (a preposition or adverb after it)."""
    doc = sentence.doc
    for position in range(closing - 1, sentence.start, -1):
        if doc[position].text == ",":
            opener = doc[position + 1]
            inserted = opener.lower_ == "som" or opener.pos_ in {"ADP", "ADV"}
            return position if inserted and position + 1 < closing else None
        if doc[position].text in ";:":
            return None
    return None


def _infinitive_marker(token: Token) -> bool:
    """``att`` + an infinitive: no finite clause opens there."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and is_infinitive(following)


def _after_coordinator(finite: Token) -> bool:
    """A coordinator or comma right before the verb (past adverbs)."""
    doc, position = finite.doc, finite.i - 1
    while position > sentence_start(finite) and doc[position].pos_ == "ADV":
        position -= 1
    return doc[position].lower_ in GRAMMAR.coordinators or doc[position].text == ","


def _outside_parenthesis(actor: ActorMention | None, finite: Token, sentence: Span) -> bool:
    """``utser en sekreterare (denne ska vara anställd hos förbundet)``: a clause inside
    parentheses has its own subject there; an actor before the opening one is not it."""
    if actor is None or actor.first_token < 0:
        return False
    doc = finite.doc
    opening = next((t.i for t in reversed(doc[sentence.start : finite.i]) if t.text in "()"), None)
    return opening is not None and doc[opening].text == "(" and actor.last_token < opening


def _possibility(
    group: Group, cues: DeonticCues, mentions: Sequence[ActorMention], in_actor: set[int]
) -> bool:
    """``Uppdraget kan utföras av flera konsulter``: ``kan`` + an s-passive whose subject is
    not an actor says what may happen, not what someone may do (docs/annotation.md §5.3); a
    passive that delegates (``Beslut kan delegeras till …``) stays a permission."""
    finite = group.finite
    if finite.lower_ not in cues.possibility_modals or group.negated:
        return False
    if not group.verbs or group.verbs[0] is finite:
        return False
    verb = _past_komma_att(group.verbs[0])
    if not is_passive(verb) or _aim_lemma(verb) in cues.delegation_verbs:
        return False
    if _expletive_after(finite):
        return True  # "Under sommaren kan det hållas färre sammanträden": no actor at all
    subject = _subject_head(group, mentions)
    return subject is not None and subject.i < finite.i and subject.i not in in_actor


def _past_komma_att(verb: Token) -> Token:
    """``kan komma att hållas``: the verb that ``komma att`` carries."""
    doc = verb.doc
    after = verb.i + 2
    if verb.lemma_.lower() != "komma" or after >= sentence_end(verb):
        return verb
    if doc[verb.i + 1].lower_ == "att":
        return doc[after]
    return verb


def _expletive_after(finite: Token) -> bool:
    """The expletive ``det`` right after an inverted modal holds the subject place of an
    s-passive (``kan det hållas``, ``kan det komma att hållas``)."""
    doc = finite.doc
    after = finite.i + 1
    return after < sentence_end(finite) and doc[after].lower_ == "det"


def _subject_head(group: Group, mentions: Sequence[ActorMention]) -> Token | None:
    """The head of the parsed subject's noun phrase: past a genitive actor, the noun it owns
    (``Kultur- och fritidsnämndens arrangemang``); a quantity noun before the noun it counts
    heads both (``Antalet ledamöter``, configs/grammar.yaml ``quantity_nouns``)."""
    subject = parsed_subject(group)
    if subject is None:
        return None
    doc = subject.doc
    owner = next(
        (m for m in mentions if m.genitive and m.first_token <= subject.i <= m.last_token), None
    )
    if owner is not None:
        owned = (
            t for t in doc[owner.last_token + 1 : group.finite.i] if t.pos_ in {"NOUN", "PROPN"}
        )
        subject = next(owned, subject)
    before = doc[subject.i - 1] if subject.i > sentence_start(subject) else None
    if before is not None and before.lower_ in GRAMMAR.quantity_nouns:
        return before
    return subject


def _thing_agent(group: Group) -> bool:
    """``ska präglas av ett långsiktigt tänkande``: an ``av``-phrase right after the passive
    names its agent; when that agent is no actor the passive is not agentless, and no
    implicit statement follows (docs/annotation.md §5.2)."""
    doc = group.finite.doc
    position = (group.verbs[-1] if group.verbs else group.finite).i + 1
    position = past_degree_adverbials(doc, position, sentence_end(group.finite))
    while position < sentence_end(group.finite) and doc[position].pos_ == "ADV":
        position += 1
    return position < sentence_end(group.finite) and doc[position].lower_ == "av"


def _before_noun_complement(verbs: list[Token]) -> list[Token]:
    """``ge råd i arbetet att granska, leda och följa upp``: infinitives after a noun + ``att``
    complement that noun (docs/annotation.md §5.4); they and their conjuncts are no aims."""
    if len(verbs) < 2:
        return verbs
    doc = verbs[0].doc
    for position, verb in enumerate(verbs[1:], start=1):
        between = doc[verbs[0].i + 1 : verb.i]
        if any(
            t.lower_ == "att" and t.i > between.start and doc[t.i - 1].pos_ == "NOUN"
            for t in between
        ):
            return verbs[:position]
    return verbs


def find_statements(
    sentence: Span,
    mentions: Sequence[ActorMention],
    cues: DeonticCues,
    index: CueIndex,
    item_subject: ActorMention | None = None,
) -> Iterator[Statement]:
    """One statement per governed action of a main clause (or a relative clause with its own
    deontic cue), in sentence order. ``item_subject``: the actor of a sentence that opens with
    its verb (a list item under a bare actor lead-in, docs/annotation.md §5.1)."""
    condition: tuple[int, int] | None | bool = False  # found on the first statement
    main_end: int | None = None  # the last verb of the last main-clause statement
    used: set[int] = set()
    previous_actor: ActorMention | None = None
    governing: tuple[str, int, int, bool] | None = None  # the cue of the last infinitive
    in_relative: set[int] = set()
    in_subordinate: set[int] = set()  # the verbs of subordinate clauses so far
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    opening_end = opening_end_of(sentence, mentions)  # V2: the finite verb follows it
    postposed = per_sentence(postposed_clause, sentence)
    in_condition = set(range(*postposed)) if postposed else set()
    v1_end = v1_condition_end(sentence[0]) if len(sentence) else None
    if v1_end is not None:
        in_condition.update(range(sentence.start, v1_end))  # "Säljs bolaget ska …"
    split_off: dict[int, Group] = {}  # an active conjunct's group, at its first verb
    doc = sentence.doc
    finite = answers(doc, is_finite, sentence.start, sentence.end)
    main_after_fronted = _main_verb_after_fronted(sentence, in_actor)
    for i in range(sentence.start, sentence.end):
        carried = split_off.pop(i, None)
        if carried is None and (i in used or i in in_actor or i in in_condition):
            continue
        token = doc[i]
        item_verb = item_subject is not None and _item_initial_present(token, sentence)
        opens = finite[i] or v2_present(token, sentence, mentions) or item_verb
        if carried is None and not opens:
            continue
        if carried is None and (mistagged_after_modal(token) or cleft_copula(token)):
            continue
        if carried is not None:
            group = carried
        else:
            group = _without_taken(verb_group(token, inverted_tokens(token, mentions)), used)
            group = _own_subjects_apart(_own_cues_apart(group, index, cues), in_actor)
            group = _before_relative_series(group, sentence, in_actor)
            group = _own_voice_apart(group) if group.verbs else group
            group, rest = _voice_parts(group)
            if rest is not None:
                split_off[rest.verbs[0].i] = rest
        token = group.finite
        subordinator = subordinator_of(token, sentence, in_actor)
        if token.i == main_after_fronted:
            subordinator = None  # "Vid arbeten som kräver X såsom Y tillsätts en grupp"
        if subordinator is not None and closes_stranded_clause(token):
            subordinator = None  # "frågor som X hänskjuter till och ansvarar för …"
        if subordinator is not None and _after_relative_infinitive(token, subordinator, in_actor):
            subordinator = None  # "Ledamot som avser att begära ordet ska anmäla det"
        if subordinator is None and token.i != main_after_fronted:
            subordinator = _att_across_commas(token, sentence, in_actor)
        if subordinator is not None and postposed and subordinator.i in in_condition:
            # "… men om X inte beslutat något om Y ska styrelsen …": the verb that ends the
            # condition clause opens the main clause the condition stands first in
            subordinator = None if token.i == postposed[1] else subordinator
        used.update(verb.i for verb in group.verbs)
        if not group.verbs:
            continue
        # V2 after the opening subject, or a verb right after subject-som (a cleft, a relative
        # clause): no inverted subject follows ("Det är X som utser revisorerna")
        after_som = token.i > sentence.start and token.nbor(-1).lower_ == "som"
        straight = opening_end == token.i - 1 or after_som
        inverted = None if straight else inverted_subject(group, mentions)
        skip: set[int] = set()
        if inverted is not None:
            skip = set(range(_np_start(inverted, group), inverted.last_token + 1))
        deontic, cue_start, cue_end, phrase_verb, negated = deontic_of(group, skip, index, cues)
        if phrase_verb is None and _raising_after_modal(group):
            deontic = "none"  # "kan sägas vara": what may be said, no leave
        if deontic == "none" and governing is not None and _coordinated_infinitive(group):
            deontic, cue_start, cue_end, negated = governing
        possible = deontic != "none" and _possibility(group, cues, mentions, in_actor)
        if subordinator is None and possible:
            deontic = "none"
        relative = subordinator is not None and subordinator.lower_ == "som"
        focus = _cleft_focus(subordinator, mentions) if relative else None
        if subordinator is None and token.i > sentence.start and token.nbor(-1).lower_ == "som":
            focus = _cleft_focus(token.nbor(-1), mentions)  # a cleft subordinator_of saw
        if focus is not None:
            relative, subordinator = False, None  # the som-clause of a cleft is the statement
        if subordinator is not None:
            in_subordinate.update(verb.i for verb in (*group.verbs, group.finite))
        elif (
            opening_end != token.i - 1
            and not closes_stranded_clause(group.finite)
            and _subordinate_conjunct(group.finite, in_subordinate)
        ):
            continue  # "att beslut genomförs och följs upp": the conjunct is in that clause
        forced_main = token.i == main_after_fronted
        if relative or (
            not forced_main
            and not closes_stranded_clause(group.finite)
            and (
                _relative_conjunct(group.finite, in_relative, opening_end, main_end)
                or listed_in_clause(group.finite, in_relative)
            )
        ):
            # "ärenden som ska tas upp och behandlas …": a conjunct of a relative clause
            # belongs to it, and does not share the main clause's subject
            in_relative.update(verb.i for verb in (*group.verbs, group.finite))
            if not relative and deontic == "none":
                continue
        if subordinator is not None and not (relative and deontic != "none"):
            continue
        if relative and _antecedent(subordinator, mentions) is None:
            continue  # "ärenden som ska avgöras av …": the relative clause is about no actor
        if subordinator is None and _embedded_without_subordinator(group.finite, main_end):
            continue
        actor, passive_group = actor_of(group, subordinator, mentions, previous_actor)
        if passive_group and composition_passive(group):
            continue  # "Utskottet utgörs av fem ledamöter": members, no agent, no action
        if actor is None and subordinator is None and deontic == "none":
            actor = _task_owner(group, sentence, mentions, cues)
        if passive_group and _foreign_agent(actor, group, mentions):
            actor = None  # "behandlas i något av utskotten": no agent, nor implicit
        if subordinator is None and _in_relative_of_thing(actor, group, in_actor):
            actor = None  # "De beslut som vd fattar ska anmälas": the subject is "beslut"
        if subordinator is None and _in_fronted_adverbial(actor, group, in_actor):
            actor = None  # "Vid val av revisorer ska reglerna följas": "reglerna" is it
        if passive_group and _agent_of_attribute(actor, group):
            actor = None  # "Av styrelsen lämnad fullmakt får inte överlåtas"
        if subordinator is None and not passive_group and opening_end == token.i - 1:
            # "Var och en av nämnderna utser ett ombud": the subject opens the sentence
            actor = distributive_subject(sentence, mentions) or actor
        # what a coordinated verb shares is the subject, never a passive's av-agent
        # ("Chefen anställs av nämnden och ska leda förvaltningen": chefen leads)
        subject = (
            subject_of(group, subordinator, mentions, previous_actor) if passive_group else None
        )
        if relative and (actor is None or (not passive_group and after_coordinator(subordinator))):
            actor = _antecedent(subordinator, mentions) or actor  # a coordinated relative clause
        if actor is None and item_subject is not None and _opens_sentence(group.finite, sentence):
            actor = item_subject
        if _outside_parenthesis(actor, group.finite, sentence):
            continue
        if actor is None and phrase_verb is not None:
            expletive = expletive_cue(group.finite, cue_end, mentions, cues)
            if expletive is not None:
                actor, complement = expletive
                skip = set(range(actor.first_token, actor.last_token + 1))
                skip.update(range(cue_end, complement))
        if focus is not None and not is_passive(group.verbs[-1]):
            actor = focus
        aims: list[Token] = list(group.verbs)
        beyond: list[Token] = []  # conjuncts of a cue verb under a modal: the modal governs them
        cue_lemma = None
        if deontic == "none" and actor is not None and actor.genitive:
            # "Nämndens uppdrag är …": the actor only owns the subject, no statement; unless
            # that subject is its responsibility ("Nämndens ansvar omfattar …")
            owned = _responsibility_owned(actor, group, sentence, cues)
            if owned is None:
                continue
            deontic, cue_start, cue_end, cue_lemma = (
                "responsibility",
                owned,
                group.finite.i + 1,
                "ansvara",
            )
        if phrase_verb is None:
            aims = _before_noun_complement(aims)
        if phrase_verb is not None:
            if phrase_verb is group.finite:
                # "ansvarar för X och stödjer Y": the coordinated verb is an action of its own.
                used.difference_update(verb.i for verb in group.verbs[1:])
            aims = action_after(cue_end, sentence, skip) or [phrase_verb]
            if phrase_verb is not group.finite:
                # "ska ansvara för arbetet, förbereda ärenden och genomföra beslut"
                beyond = [v for v in group.verbs if v.i > phrase_verb.i and v not in aims]
            used.update(aim.i for aim in aims)
            phrase = phrase_at(phrase_verb, index, cues)
            if aims == [phrase_verb] and (
                deontic == "responsibility" or (phrase and phrase[0] == "responsibility")
            ):
                cue_lemma = "svara" if phrase_verb.lower_.startswith("svar") else "ansvara"
        aims = [_past_raising_verb(aim, skip) for aim in aims if aim.i not in in_condition]
        if not aims:
            continue
        own = _tokens_of(actor)
        if not all(_verb_reading(aim, own) for aim in aims):
            aims = [aim for aim in aims if _verb_reading(aim, own)]
            fallback = _finite_aim(group, phrase_verb, own)
            aims = aims or ([fallback] if fallback is not None else [])
            if not aims:
                continue
        passive = any(is_passive(aim) for aim in aims) or (
            aims == list(group.verbs) and is_passive(group.finite)
        )
        if actor is None and not (passive and deontic != "none" and relative is False):
            continue
        if (
            actor is None
            and _thing_agent(group)
            and not postponed_subject_complement(group, mentions)
        ):
            continue
        if not relative:
            # a passive's av-agent is never shared ("Beslut får fattas av utskottet och ska
            # anmälas till nämnden": no one is said to report)
            previous_actor = subject if passive_group else actor
            main_end = max(verb.i for verb in (*group.verbs, *aims, group.finite))
        governing = (
            (deontic, cue_start, cue_end, negated)
            if deontic != "none" and aims and morph_values(aims[-1], "VerbForm") == ["Inf"]
            else None
        )
        if actor is None or actor.first_token < 0:
            actors = [actor]
        elif passive and after_av(actor, sentence.doc):
            actors = passive_agents(actor, mentions, sentence)
        elif passive:  # an agentless passive's coordinated subjects ("X och deras Y utses")
            actors = _subject_conjuncts(actor, group, mentions)
            actors = [*actors, *passive_agents(actor, mentions, sentence)[1:]]
        else:
            actors = coordinated_actors(actor, mentions, sentence.doc)
            if subordinator is None and aims:
                actors += [m for m in gapped_subjects(aims[-1], actor, mentions) if m not in actors]
        cue_span, cue_text = (
            _cue(sentence, cue_start, cue_end) if deontic != "none" else (None, None)
        )
        if cue_text is not None and actor is not None and cue_lemma == "ansvara":
            cue_span, cue_text = _containing_cue(actor, group.finite, cues) or (cue_span, cue_text)
        if condition is False:
            condition = condition_span(sentence)
        modal_cue = _cue(sentence, group.finite, group.finite.i + 1)
        framed = [(aim, cue_span, cue_text, cue_lemma) for aim in aims]
        framed += [(aim, *modal_cue, None) for aim in beyond if aim.i not in in_condition]
        cue_last = sentence.doc[cue_end - 1]
        if phrase_verb is not None and deontic != "none" and cue_last.lower_ == "för":
            framed += [
                (phrase_verb, cue_span, cue_text, _responsibility_lemma(phrase_verb), extra)
                for extra in _further_for_phrases(cue_end, sentence)
            ]
        for each_actor in actors:
            for aim, aim_cue, aim_cue_text, aim_lemma, *extra_object in framed:
                denied = aim is not aims[0] and _negated_conjunct(aim)
                yield Statement(
                    actor=each_actor,
                    deontic=cues.negated_class.get(deontic, deontic) if denied else deontic,
                    modal=aim_cue,
                    modal_text=aim_cue_text,
                    aim=aim_lemma or _aim_lemma(aim),
                    aim_start=aim.idx,
                    aim_end=aim.idx + len(aim.text),
                    aim_text=aim.text,
                    negated=negated or denied or _denied(each_actor, sentence),
                    passive=passive,
                    object_span=without_condition(
                        doc_text(sentence.doc),
                        extra_object[0] if extra_object else object_span(aim, sentence.end, skip),
                        sentence,
                    ),
                    condition_span=condition_of(aim, condition, postposed, sentence),
                )


def _subject_conjuncts(
    actor: ActorMention, group: Group, mentions: Sequence[ActorMention]
) -> list[ActorMention]:
    """``Ordföranden och vice ordföranden utses``, ``Därefter utses ordförande och vice
    ordförande``: an agentless passive's actor and its conjuncts each act only where the
    chain is the passive's subject next to its finite verb (V2): right before it, or inverted
    right after it. A chain elsewhere (in a ``där``-clause: ``Frågor där X eller Y lämnat
    yttrande får hänskjutas``; in a fronted adverbial before its comma) is no subject, and
    its conjuncts no actors: the actor stands alone, as found."""
    chain = coordinated_actors(actor, mentions, group.finite.doc)
    finite = group.finite.i
    if chain[-1].last_token == finite - 1 or _np_start(chain[0], group) == finite + 1:
        return chain
    return [actor]


def _raising_after_modal(group: Group) -> bool:
    first = group.verbs[0]
    return first is not group.finite and _past_raising_verb(first) is not first


def _past_raising_verb(aim: Token, skip: frozenset[int] | set[int] = frozenset()) -> Token:
    """``kan sägas vara``, ``behöver ha``, ``behöver kommunen även ha`` (an inverted subject
    in `skip`): the infinitive a raising verb takes is the aim. Its slot is the modal's:
    adverbs and prepositional phrases may stand before the infinitive (``behöver vid varje
    ärende göra``)."""
    if aim.lower_ not in GRAMMAR.raising_verbs:
        return aim
    doc = aim.doc
    position = aim.i + 1
    end = sentence_end(aim)
    while position < end:
        if doc[position].pos_ == "ADV" or position in skip:
            position += 1
        elif doc[position].pos_ == "ADP":
            position = _past_noun_phrase(doc, position + 1, end)
        else:
            break
    if position < end and infinitive_reading(doc[position]):
        return doc[position]
    return aim


def _past_noun_phrase(doc: Doc, position: int, end: int) -> int:
    """The index after the noun phrase a preposition governs at `position`: determiners and
    modifiers, then its nouns (``vid varje ärende``, the noun read as an adjective too)."""
    while position < end and doc[position].pos_ in {"DET", "ADJ", "NUM", "PRON"}:
        position += 1
    while position < end and doc[position].pos_ in {"NOUN", "PROPN"}:
        position += 1
    return position


def _tokens_of(actor: ActorMention | None) -> range:
    if actor is None or actor.first_token < 0:
        return range(0)
    return range(actor.first_token, actor.last_token + 1)


def _verb_reading(aim: Token, actor: range) -> bool:
    """An aim is a verb: never a word of the statement's own actor, nor a definite or
    genitive noun or a name that no verb reading fits (``har förbundsdirektören`` with the
    subject noun taken for the verb, ``se till att förvaltningens …``)."""
    if aim.i in actor:
        return False
    if aim.pos_ not in {"NOUN", "PROPN"}:
        return True
    nominal = aim.pos_ == "PROPN" or bool(
        {"Def", "Gen"} & {*aim.morph.get("Definite"), *aim.morph.get("Case")}
    )
    return not nominal or any(
        reading(aim) for reading in (is_verb, is_passive, passive_by_spelling, present_by_spelling)
    )


def _finite_aim(group: Group, phrase_verb: Token | None, actor: range) -> Token | None:
    """Where no aim is a verb, a finite main verb is its own (``Till sin hjälp har X en
    ledningsgrupp`` → ha); a modal or a cue phrase (``se till att``) without one states
    nothing."""
    finite = group.finite
    if phrase_verb is not None or is_modal(finite) or finite.i in actor:
        return None
    return finite if is_verb(finite) else None


def _negated_conjunct(aim: Token) -> bool:
    """``ska fastställa budgeten men inte besluta om …``: a conjunct infinitive right after a
    coordinator (or comma) and a negation is negated on its own; the modal's duty or leave
    turns into a prohibition for it alone."""
    doc = aim.doc
    start = sentence_start(aim)
    position = aim.i - 1
    while (
        position > start
        and doc[position].pos_ == "ADV"
        and doc[position].lower_ not in GRAMMAR.negations
    ):
        position -= 1
    if position <= start or doc[position].lower_ not in GRAMMAR.negations:
        return False
    joint = doc[position - 1]
    return joint.lower_ in GRAMMAR.coordinators or joint.text == ","


def _foreign_agent(
    actor: ActorMention | None, group: Group, mentions: Sequence[ActorMention]
) -> bool:
    """A passive's agent found after its verbs that is no agent (`agents.foreign_agent`)."""
    last = max(verb.i for verb in (*group.verbs, group.finite))
    if actor is None or actor.first_token <= last:
        return False
    return foreign_agent(actor, last, group.finite.doc, mentions)


def _in_relative_of_thing(actor: ActorMention | None, group: Group, in_actor: set[int]) -> bool:
    """The actor found before the verb stands inside a relative clause (``som``, ``där``,
    ``vars`` …, with or without a comma before it) whose antecedent is a noun that is no
    actor: it is that clause's subject or object, and the main clause's subject is the noun
    (``De beslut som vd fattar ska anmälas``, ``Ärenden, där ordföranden har yttrat sig, får
    tas upp``, ``Den budget som fullmäktige tilldelar nämnden begränsas …``)."""
    if actor is None or actor.first_token < 0 or actor.first_token >= group.finite.i:
        return False
    doc = group.finite.doc
    start = sentence_start(group.finite)
    position = actor.first_token - 1
    while position > start and doc[position].lower_ not in _relative_markers():
        if doc[position].is_punct:
            return False  # the relative clause closed before the actor
        position -= 1
    if position <= start:
        return False
    antecedent = doc[position - 1]
    if antecedent.text == "," and antecedent.i > start:
        antecedent = doc[antecedent.i - 1]
    if antecedent.i in in_actor:
        return False
    # "Frågor där ordföranden lämnat yttrande får …": a bare noun opening the sentence is
    # often tagged an adverb or adjective (no determiner to tell); before a relative marker
    # any open-class word there heads the clause
    opening = antecedent.i == start and antecedent.pos_ in _MISTAGGED_OPENING_NOUN_POS
    return antecedent.pos_ == "NOUN" or opening


_MISTAGGED_OPENING_NOUN_POS = frozenset({"ADV", "ADJ", "PROPN"})


def _in_fronted_adverbial(actor: ActorMention | None, group: Group, in_actor: set[int]) -> bool:
    """``Beträffande skälen att entlediga revisorer, ska reglerna i lagen följas``, ``I varje
    nämnd ska protokoll föras``: in a V2 clause opened by a prepositional phrase, a nominal
    subject right after the finite verb (its determiners and adjectives before it) is the
    subject, and an actor before the finite verb stands inside the fronted adverbial (the
    preposition's object, or an object inside it): no subject, and no agent unless the
    phrase is the fronted ``av``-agent itself."""
    if actor is None or actor.first_token < 0:
        return False
    finite = group.finite
    doc = finite.doc
    start = sentence_start(finite)
    if doc[start].pos_ != "ADP" or not start < actor.first_token <= actor.last_token < finite.i:
        return False
    if doc[start].lower_ == "av":
        return False  # "Av utskottet fastställs taxorna": the fronted phrase is the agent
    position = finite.i + 1
    while position < len(doc) and doc[position].pos_ in {"DET", "ADJ", "NUM"}:
        position += 1
    if position >= len(doc) or position in in_actor:
        return False
    subject = doc[position]
    return subject.pos_ in {"NOUN", "PROPN"} and subject.dep_.startswith("nsubj")


def _relative_markers() -> frozenset[str]:
    """Words that open a relative clause after a noun: ``som``, ``vars``, a relative
    determiner (``vilka``) or a relative adverb (``där``, ``då``)."""
    return frozenset({"som", "vars"}) | GRAMMAR.interrogatives | GRAMMAR.adverb_subordinators


def _agent_of_attribute(actor: ActorMention | None, group: Group) -> bool:
    """``Av styrelsen lämnad fullmakt får inte överlåtas``: an ``av``-phrase right before a
    participle that qualifies the next noun, all before the finite verb, is the
    participle's agent inside the subject (V2 leaves no room for more before the verb), not
    the main passive's: that passive has no agent."""
    if actor is None or actor.first_token < 0 or not after_av(actor, group.finite.doc):
        return False
    doc = group.finite.doc
    participle = actor.last_token + 1
    if participle + 1 >= group.finite.i:
        return False
    word = doc[participle]
    if word.pos_ not in {"VERB", "ADJ"} or word.lower_.endswith("s"):
        return False  # "Av nämnden fastställs taxorna": the s-passive is the finite verb
    position = participle + 1
    while position < group.finite.i and doc[position].pos_ == "ADJ":
        position += 1
    return position < group.finite.i and doc[position].pos_ == "NOUN"


def _voice_parts(group: Group) -> tuple[Group, Group | None]:
    """``ska nämndens ordförande väljas av stämman och leda arbetet``: under one modal, a
    passive infinitive and an active one conjoined after it are two clauses' verbs (the
    passive's actor is its ``av``-agent, the active one's the subject): the group up to the
    active conjunct, and the group from it. Likewise an active infinitive and a passive one
    conjoined after it (``Vissa beslut kan kräva prövning men ändå räknas som rutinärenden``):
    each conjunct keeps its own voice; and two passives with an agent between them."""
    verbs = group.verbs
    if not is_modal(group.finite):
        return group, None
    for position, verb in enumerate(verbs[1:], start=1):
        previous = verbs[position - 1]
        to_active = is_passive(previous) and not is_passive(verb)
        to_passive = not is_passive(previous) and is_passive(verb) and _conjoined(verb)
        if to_active or to_passive or _own_agent_between(previous, verb):
            return replace(group, verbs=verbs[:position]), replace(group, verbs=verbs[position:])
    return group, None


def _own_agent_between(previous: Token, verb: Token) -> bool:
    """``kan avgöras av ordföranden och anmälas till nämnden``: the first of two passive
    conjuncts has its ``av``-agent before the second, which does not share it (only an agent
    after the last conjunct is shared, `_shared_agent`)."""
    if not (is_passive(previous) and is_passive(verb)):
        return False
    return any(token.lower_ == "av" for token in previous.doc[previous.i + 1 : verb.i])


def _conjoined(verb: Token) -> bool:
    """A coordinator or comma stands right before the verb (past adverbs): a conjunct, not
    the infinitive complement of the verb before it (``kan behöva samordnas``)."""
    doc = verb.doc
    position = verb.i - 1
    while position > sentence_start(verb) and doc[position].pos_ == "ADV":
        position -= 1
    return doc[position].lower_ in GRAMMAR.coordinators or doc[position].text == ","


def _denied(actor: ActorMention | None, sentence: Span) -> bool:
    return actor is not None and negated_conjunct(actor, sentence.doc)


def _subordinate_conjunct(finite: Token, in_subordinate: set[int]) -> bool:
    """A finite verb conjoined to the finite verb of a subordinate clause, in that verb's
    voice and with no subject of its own, continues that clause (``att beslut genomförs och
    följs upp``): the parser's conjunct, or the verb right before the coordinator."""
    if any(c.dep_ in {"nsubj", "nsubj:pass"} for c in finite.children):
        return False
    heads = [finite.head] if finite.dep_ == "conj" else []
    before = _verb_before_coordinator(finite)
    heads += [before] if before is not None else []
    return any(
        head.i in in_subordinate
        and head.i < finite.i
        and is_finite(head)
        and is_passive(head) == is_passive(finite)
        and tense_of(head) == tense_of(finite)
        for head in heads
    )


def _verb_before_coordinator(finite: Token) -> Token | None:
    """``genomförs och följs``, ``äger eller annars har``: the verb (past a particle or
    adverb) right before the coordinator that opens `finite`'s conjunct."""
    doc = finite.doc
    position = finite.i - 1
    while position > sentence_start(finite) and doc[position].pos_ == "ADV":
        position -= 1  # "eller annars har"
    if position <= sentence_start(finite) or doc[position].lower_ not in GRAMMAR.coordinators:
        return None
    position -= 1
    while position > sentence_start(finite) and doc[position].pos_ == "ADV":
        position -= 1
    return doc[position] if is_verb(doc[position]) else None


def _responsibility_lemma(verb: Token) -> str:
    return "svara" if verb.lower_.startswith("svar") else "ansvara"


# What may stand between a comma and a further `för`-phrase of a responsibility cue.
_FURTHER_FOR = frozenset({"men", "samt", "och", "också", "även", "dessutom"})


def _further_for_phrases(cue_end: int, sentence: Span) -> list[tuple[int, int]]:
    """``ansvarar för X, men också för Y``, ``ansvarar för att …, samt för Y``: a further
    ``för``-phrase of a responsibility cue after a comma and ``men``/``samt``/``också`` is a
    responsibility of its own (docs/annotation.md §5.4); the object spans of those phrases."""
    doc = sentence.doc
    spans = []
    for position in range(cue_end, sentence.end - 1):
        if doc[position].text != ",":
            continue
        after = position + 1
        while after < sentence.end and doc[after].lower_ in _FURTHER_FOR:
            after += 1
        if after == position + 1 or after >= sentence.end - 1 or doc[after].lower_ != "för":
            continue
        if doc[after + 1].lower_ == "att":
            continue  # "för att" + infinitive: a purpose clause or the cue's own aims
        span = object_span(doc[after], sentence.end, set())
        if span is not None:
            spans.append(span)
    return spans


def _coordinated_infinitive(group: Group) -> bool:
    """``ska leda … och samordna …``, ``ska agera … samt ges …``: a verb conjoined to an
    infinitive under a cue, in a form the infinitive shares (often tagged finite), with no
    subject or auxiliary of its own, is governed by the same cue."""
    finite = group.finite
    sentence = finite.sent
    if finite.i <= sentence.start or finite.nbor(-1).lower_ not in GRAMMAR.coordinators | {","}:
        return False
    if any(
        c.dep_ in {"aux", "aux:pass"} or (c.dep_ in {"nsubj", "nsubj:pass"} and c.i < finite.i)
        for c in finite.children
    ):
        return False
    form, lemma = finite.lower_, finite.lemma_.lower()
    return form in {lemma, f"{lemma}s"}
