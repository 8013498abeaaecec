"""Normative statements (ADICO: Attribute, Deontic, aIm, Object, Condition), sentence by
sentence.

Each finite verb opens a verb group (`pipeline.nlp.verbs`); the cue index
(`pipeline.nlp.cues`) gives its deontic class; the actor comes from
`pipeline.nlp.subjects`. A main clause (or a relative clause with its own cue) with an actor
is a statement; so is an agentless passive with a cue ("Beslut ska anmälas till nämnden"),
whose actor is implicit (None). Object and condition spans come from
`pipeline.nlp.conditions`, a passive's agents from `pipeline.nlp.agents`. Finding is
separate from writing annotations (`pipeline.nlp.components`). Which clause a verb or actor
belongs to is `pipeline.nlp.statement_scope`; a group's cue, aim and implicit actor
`pipeline.nlp.statement_parts`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.language.grammar import GRAMMAR, DeonticCues
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.agents import (
    after_av,
    composition_passive,
    passive_agents,
    postponed_subject_complement,
)
from pipeline.nlp.conditions import (
    after_coordinator,
    condition_of,
    condition_span,
    object_span,
    per_sentence,
    postposed_clause,
    statement_object,
    without_condition,
)
from pipeline.nlp.coordination import (
    closes_stranded_clause,
    gapped_passive_subjects,
    gapped_subjects,
    in_infinitive_clause,
    listed_in_clause,
)
from pipeline.nlp.cues import (
    CueIndex,
    action_after,
    bare_compound_responsibility,
    deontic_of,
    phrase_at,
    second_nominal_cues,
)
from pipeline.nlp.groups import (
    Group,
    distributive_subject,
    stacked_modals,
    v2_present,
    verb_group,
)
from pipeline.nlp.groups import opening_end as opening_end_of
from pipeline.nlp.memo import answers, doc_arrays, doc_text, morph_values, sentence_start
from pipeline.nlp.statement_parts import (
    _aim_lemma,
    _cue,
    _denied,
    _foreign_agent,
    _negated_conjunct,
    agent_of_attribute,
    before_noun_complement,
    containing_cue,
    coordinated_infinitive,
    epistemic_perfect,
    expletive_cue,
    finite_aim,
    finite_att_conjuncts,
    finite_passive_conjunct,
    fronted_partitive,
    further_for_phrases,
    past_perfect_have,
    perfect_conjuncts,
    possibility,
    raised_aims,
    raising_after_modal,
    regarding_passive,
    responsibility_lemma,
    responsibility_owned,
    subject_conjuncts,
    task_owner,
    thing_agent,
    tokens_of,
    verb_reading,
    voice_parts,
    with_perfect_supine,
)
from pipeline.nlp.statement_scope import (
    _antecedent,
    ability_of_described,
    after_relative_infinitive,
    agent_relative_conjunct,
    apposition_subject,
    att_across_commas,
    att_clause_conjunct,
    before_relative_series,
    cleft_focus,
    comma_relative_pronoun,
    continuative_relative,
    embedded_without_subordinator,
    in_fronted_adverbial,
    in_relative_of_thing,
    item_initial_present,
    main_conjuncts_apart,
    main_verb_after_fronted,
    modal_main_conjunct,
    np_start,
    opens_sentence,
    outside_parenthesis,
    own_cues_apart,
    own_subjects_apart,
    own_voice_apart,
    owner_of_thing,
    relative_conjunct,
    reported_in_relative,
    stranded_object_relative,
    subordinate_conjunct,
    without_taken,
)
from pipeline.nlp.subjects import (
    actor_of,
    adverbial_cleft_som,
    agentive_av,
    cleft_copula,
    closes_subordinator_phrase,
    contact_relative,
    contact_relative_verb,
    coordinated_actors,
    in_indirect_question,
    inverted_subject,
    inverted_tokens,
    subject_of,
    subordinator_of,
)
from pipeline.nlp.verb_fallbacks import (
    conjunct_clause_start,
    imperative_in_s,
    v1_condition_end,
)
from pipeline.nlp.verbs import is_finite, is_passive, mistagged_after_modal, time_relative_verb

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


def _in_own_clause(actors: list[ActorMention], group: Group) -> list[ActorMention]:
    """``A utser X och B samt C utser Y``: the subject of a main clause conjoined after
    another with no comma (`conjunct_clause_start`) is its own conjuncts, none of the
    object before its ``och`` (round 18)."""
    start = conjunct_clause_start(group.finite)
    if start is None or not any(a.first_token >= start for a in actors):
        return actors
    doc = group.finite.doc
    if any(t.text == "," for t in doc[sentence_start(group.finite) : start]):
        return actors  # "…, ordföranden och gruppledarna är …": a splice joins its subjects
    if any(t.lower_ in GRAMMAR.subordinators for t in doc[start : group.finite.i]):
        return actors  # "är det A och inte B som sköter …": a cleft's som-clause
    return [a for a in actors if a.first_token >= start or a.first_token > group.finite.i]


def _outside_condition(
    actors: list[ActorMention | None], condition: tuple[int, int] | None
) -> list[ActorMention | None]:
    """``När ledamöter ska väljas ska det ske …``: an actor inside the statement's own
    condition is never its subject, whatever the parser joined (round 42, ba-7)."""
    if condition is None:
        return actors
    start, end = condition
    return [a for a in actors if a is None or not (start <= a.start and a.end <= end)]


def _finite_in(positions: set[int], finite: list) -> set[int]:
    """The positions whose token is a finite verb (`finite`: `is_finite` by token index)."""
    return {i for i in positions if i < len(finite) and finite[i] is True}


def _may_open(finite: bool, word: str, pos: str) -> bool:
    """Whether a word may open a statement's verb group in `find_statements`: a finite verb,
    a word in -r (`v2_present`, `item_initial_present` want one) or one tagged VERB
    (`finite_passive_conjunct`)."""
    return bool(finite) or word.endswith("r") or pos == "VERB"


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
    main_verb: tuple[Token, bool] | None = None  # its finite verb, and whether it is passive
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
    finite_in_condition = _finite_in(in_condition, finite)
    main_after_fronted = main_verb_after_fronted(sentence, in_actor)
    arrays = doc_arrays(doc)
    lower, pos = arrays.lower, arrays.pos
    for i in range(sentence.start, sentence.end):
        carried = split_off.pop(i, None)
        if carried is None and (i in used or i in in_actor or i in in_condition):
            continue
        if carried is None and not _may_open(finite[i], lower[i], pos[i]):
            continue  # no Token made for most words
        token = doc[i]
        item_verb = item_subject is not None and item_initial_present(token, sentence)
        opens = finite[i] or v2_present(token, sentence, mentions) or item_verb
        opens = opens or (token.pos_ == "VERB" and finite_passive_conjunct(token))  # round 39
        if carried is None and not opens:
            continue
        if carried is None and (mistagged_after_modal(token) or cleft_copula(token)):
            continue
        if carried is not None:
            group = carried
        else:
            group = without_taken(verb_group(token, inverted_tokens(token, mentions)), used)
            group = own_subjects_apart(own_cues_apart(group, index, cues), in_actor)
            group = before_relative_series(group, sentence, in_actor)
            group = own_voice_apart(perfect_conjuncts(group)) if group.verbs else group
            group, rest = voice_parts(group)
            if rest is not None:
                split_off[rest.verbs[0].i] = rest
        token = group.finite
        subordinator = subordinator_of(token, sentence, in_actor)
        if token.i == main_after_fronted:
            subordinator = None  # "Vid arbeten som kräver X såsom Y tillsätts en grupp"
        if subordinator is not None and closes_stranded_clause(token):
            subordinator = None  # "frågor som X hänskjuter till och ansvarar för …"
        if subordinator is not None and after_relative_infinitive(token, subordinator, in_actor):
            subordinator = None  # "Ledamot som avser att begära ordet ska anmäla det"
        if subordinator is None and token.i != main_after_fronted:
            subordinator = att_across_commas(token, sentence, in_actor)
        if subordinator is None and token.i != main_after_fronted:
            subordinator = agent_relative_conjunct(token)  # "av en nämnd som … och svarar"
        if subordinator is not None and subordinator == adverbial_cleft_som(token):
            subordinator = None  # "Det är endast när X … som Y medges …": the cleft's clause
        if subordinator is not None and modal_main_conjunct(token, in_subordinate):
            subordinator = None  # "X ska kalla när Y begär det och ska se till att …"
        if subordinator is not None and postposed and subordinator.i in in_condition:
            # "… men om X inte beslutat något om Y ska styrelsen …": the verb that ends the
            # condition clause opens the main clause the condition stands first in
            subordinator = None if token.i == postposed[1] else subordinator
        if subordinator is not None and subordinator.lower_ == "att":
            group = main_conjuncts_apart(group, main_verb, in_actor)  # round 32, D12
        used.update(verb.i for verb in group.verbs)
        used.update(stacked_modals(group))
        if not group.verbs:
            continue
        if imperative_in_s(group.finite) and not item_verb:
            continue  # "- läs mer på hemsidan": the reader is addressed (round 40, ax 10)
        if bare_compound_responsibility(group.finite, cues):
            continue  # "Kanslichefen är budgetansvarig.": the role held (round 50 R1)
        if epistemic_perfect(group, cues):
            continue  # "Vissa uppgifter kan ha ändrats": what may have happened (round 38, B4)
        if reported_in_relative(group):
            continue  # "Handlingar som nämnden bestämmer ska gallras": reported (round 39, B6)
        # V2 after the opening subject, or a verb right after subject-som (a cleft, a relative
        # clause): no inverted subject follows ("Det är X som utser revisorerna")
        after_som = token.i > sentence.start and token.nbor(-1).lower_ == "som"
        straight = opening_end == token.i - 1 or after_som
        inverted = None if straight else inverted_subject(group, mentions)
        skip: set[int] = set()
        if inverted is not None:
            skip = set(range(np_start(inverted, group), inverted.last_token + 1))
        deontic, cue_start, cue_end, phrase_verb, negated = deontic_of(group, skip, index, cues)
        if phrase_verb is None and raising_after_modal(group):
            deontic = "none"  # "kan sägas vara": what may be said, no leave
        if deontic == "permission" and regarding_passive(group):
            deontic = "none"  # "kan liknas vid X": a likeness, no leave (round 47)
        if (
            deontic == "none"
            and governing is not None
            and coordinated_infinitive(group)
            and in_infinitive_clause(group.finite, governing[2])
        ):
            in_subordinate.update(verb.i for verb in (*group.verbs, group.finite))
            continue  # "genom att ordna X och utbilda Y samt stödja Z": that clause's (r36 B4)
        if deontic == "none" and governing is not None and coordinated_infinitive(group):
            deontic, cue_start, cue_end, negated = governing
        possible = deontic != "none" and possibility(group, cues, mentions, in_actor)
        if subordinator is None and possible:
            deontic = "none"
        relative = (
            subordinator is not None
            and (subordinator.lower_ == "som" or comma_relative_pronoun(subordinator, mentions))
            and not closes_subordinator_phrase(subordinator, sentence)
        )  # "samtidigt som X ska …": a subordinator, no relative clause (round 37, B4)
        focus = cleft_focus(subordinator, mentions) if relative else None
        if subordinator is None and token.i > sentence.start and token.nbor(-1).lower_ == "som":
            focus = cleft_focus(token.nbor(-1), mentions)  # a cleft subordinator_of saw
        if focus is not None:
            relative, subordinator = False, None  # the som-clause of a cleft is the statement
        # "intygar att X håller samt lämnar …": the main clause's; "… och ska redovisa": the
        # att-clause's own modal (round 32, D12)
        after_att = (
            None
            if subordinator is not None
            else att_clause_conjunct(group.finite, group.verbs, main_verb, in_actor)
        )
        if after_att is False:
            in_subordinate.update(verb.i for verb in (*group.verbs, group.finite))
            continue
        if subordinator is not None:
            in_subordinate.update(verb.i for verb in (*group.verbs, group.finite))
        elif (
            after_att is None
            and opening_end != token.i - 1
            and not closes_stranded_clause(group.finite)
            and subordinate_conjunct(group.finite, in_subordinate | finite_in_condition)
        ):
            # "att beslut genomförs och följs upp": the conjunct is in that clause; so is
            # one of a condition's finite verb ("om det strider mot X, mot Y eller strider
            # mot Z"; round 41, agt-C4), not one of a V1 condition's infinitive ("Är X
            # förhindrad att delta, leder Y …")
            continue
        forced_main = token.i == main_after_fronted
        if relative or (
            not forced_main
            and not closes_stranded_clause(group.finite)
            and (
                relative_conjunct(group.finite, in_relative, opening_end, main_end)
                or listed_in_clause(group.finite, in_relative)
            )
        ):
            # "ärenden som ska tas upp och behandlas …": a conjunct of a relative clause
            # belongs to it, and does not share the main clause's subject
            in_relative.update(verb.i for verb in (*group.verbs, group.finite))
            if not relative and deontic == "none":
                continue
        continuative = (
            subordinator is not None
            and deontic != "none"
            and is_passive(group.verbs[-1])
            and continuative_relative(subordinator, group.finite)
        )  # ", vilka ska justeras": the implicit actor (round 39, K-B5)
        if subordinator is not None and not (relative and deontic != "none") and not continuative:
            continue
        if relative and _antecedent(subordinator, mentions) is None:
            continue  # "ärenden som ska avgöras av …": the relative clause is about no actor
        if relative and stranded_object_relative(subordinator, group):
            continue  # "…, som var och en ansvarar för": som is the object (round 41, C7)
        if relative and ability_of_described(group, subordinator, mentions, cues):
            continue  # "skydda personer som inte kan sköta sina affärer": no leave granted
        if subordinator is None and embedded_without_subordinator(group.finite, main_end):
            continue
        if subordinator is None and _in_contact_relative(group.finite, mentions):
            continue  # "… av den styrelsen bemyndigar": a relative clause without "som"
        if subordinator is None and time_relative_verb(group.finite):
            continue  # "ska senast den 1 mars det år stämman hålls utse" (round 49, ao G1)
        actor, passive_group = actor_of(
            with_perfect_supine(group), subordinator, mentions, previous_actor
        )
        if continuative and actor is not None:
            continue  # ", vilka ska väljas av X": only the implicit actor is decided (K-B5)
        if passive_group and composition_passive(group):
            continue  # "Utskottet utgörs av fem ledamöter": members, no agent, no action
        if actor is None and subordinator is None and deontic == "none":
            actor = task_owner(group, sentence, mentions, cues)
        if passive_group and _foreign_agent(actor, group, mentions):
            # "behandlas i något av utskotten": no agent, so the agentless reading, whose
            # assembly subject of `hållas` acts ("Extra stämma ska hållas om en tiondel av
            # medlemmarna begär det": round 47, bn cause 5)
            actor = (
                None
                if agentive_av(group)
                else subject_of(group, subordinator, mentions, previous_actor)
            )
        if subordinator is None and in_relative_of_thing(actor, group, in_actor):
            actor = None  # "De beslut som vd fattar ska anmälas": the subject is "beslut"
        if subordinator is None:
            # "X, det vill säga uppdrag för A och B att …, är": r23 B8
            actor = apposition_subject(actor, group.finite, mentions)
        if subordinator is None and _in_embedded_clause(actor, doc):
            actor = None  # "anges de uppgifter styrelsen överlämnar", "vilken ledamot …"
        if subordinator is None and in_fronted_adverbial(actor, group, in_actor):
            actor = None  # "Vid val av revisorer ska reglerna följas": "reglerna" is it
        if passive_group and agent_of_attribute(actor, group):
            actor = None  # "Av styrelsen lämnad fullmakt får inte överlåtas"
        if passive_group and fronted_partitive(actor, group):
            actor = None  # "Av nämndens ledamöter utses en ordförande": a partitive (fix31)
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
        owned = relative and passive_group and owner_of_thing(actor, subordinator)
        if owned:
            actor = None  # "Föreningens protokoll som ska föras": implicit (round 35, B3)
        if actor is None and item_subject is not None and opens_sentence(group.finite, sentence):
            actor = item_subject
        if outside_parenthesis(actor, group.finite, sentence):
            continue
        if phrase_verb is not None:
            expletive = expletive_cue(group.finite, cue_end, mentions, cues)
            # the parser may call the cue's object its subject ("Det åligger de anslutna
            # klubbarna att …", round 42 bc-E1): then the complement is skipped all the same
            if expletive is not None and actor in (None, expletive[0]):
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
            owned = responsibility_owned(actor, group, sentence, cues)
            if owned is None:
                continue
            deontic, cue_start, cue_end, cue_lemma = (
                "responsibility",
                owned,
                group.finite.i + 1,
                "ansvara",
            )
        if phrase_verb is None:
            aims = before_noun_complement(aims)
        if phrase_verb is not None:
            if phrase_verb is group.finite:
                # "ansvarar för X och stödjer Y": the coordinated verb is an action of its own.
                used.difference_update(verb.i for verb in group.verbs[1:])
            aims = action_after(cue_end, sentence, skip, cues.purpose_nouns)
            if not aims and doc[cue_end - 1].text != ":":
                aims = [phrase_verb]  # (a purpose cue closed by a colon frames its items)
            if phrase_verb is not group.finite:
                # "ska ansvara för arbetet, förbereda ärenden och genomföra beslut"
                beyond = [v for v in group.verbs if v.i > phrase_verb.i and v not in aims]
            used.update(aim.i for aim in aims)
            phrase = phrase_at(phrase_verb, index, cues)
            if aims == [phrase_verb] and (
                deontic == "responsibility" or (phrase and phrase[0] == "responsibility")
            ):
                cue_lemma = "svara" if phrase_verb.lower_.startswith("svar") else "ansvara"
        aims = [
            past_perfect_have(raised)
            for aim in aims
            if aim.i not in in_condition
            for raised in raised_aims(aim, skip)
        ]
        aims = list(dict.fromkeys(aims))  # a conjunct the group held already
        used.update(aim.i for aim in aims)  # a raised conjunct is no group of its own
        if not aims:
            continue
        own = tokens_of(actor)
        if not all(verb_reading(aim, own) for aim in aims):
            aims = [aim for aim in aims if verb_reading(aim, own)]
            fallback = finite_aim(group, phrase_verb, own)
            aims = aims or ([fallback] if fallback is not None else [])
            if not aims:
                continue
        passive = any(is_passive(aim) for aim in aims) or (
            aims == list(group.verbs) and is_passive(group.finite)
        )
        if actor is None and not (passive and deontic != "none" and (not relative or owned)):
            continue
        if (
            actor is None
            and thing_agent(group)
            and not postponed_subject_complement(group, mentions)
        ):
            continue
        if not relative:
            # a passive's av-agent is never shared ("Beslut får fattas av utskottet och ska
            # anmälas till nämnden": no one is said to report)
            previous_actor = subject if passive_group else actor
            main_end = max(verb.i for verb in (*group.verbs, *aims, group.finite))
            main_verb = (group.finite, passive)
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
            # "är stämman högsta organ och dess ledamöter utses": not the predicative before
            actors = _in_own_clause(subject_conjuncts(actor, group, mentions), group)
            actors = [*actors, *passive_agents(actor, mentions, sentence)[1:]]
            if subordinator is None and aims:  # "… och kassör bland ledamöterna"
                gapped = gapped_passive_subjects(aims[-1], actor, mentions)
                actors += [m for m in gapped if m not in actors]
        else:
            actors = _in_own_clause(coordinated_actors(actor, mentions, sentence.doc), group)
            if subordinator is None and aims:
                actors += [m for m in gapped_subjects(aims[-1], actor, mentions) if m not in actors]
        if condition is False:
            condition = condition_span(sentence)
        actors = _outside_condition(actors, condition_of(aims[0], condition, postposed, sentence))
        if not actors:
            if not (passive and deontic != "none"):
                continue
            actors = [None]  # "När ledamöter ska väljas ska valet förrättas …": implicit
        cue_span, cue_text = (
            _cue(sentence, cue_start, cue_end) if deontic != "none" else (None, None)
        )
        if cue_text is not None and actor is not None and cue_lemma == "ansvara":
            cue_span, cue_text = containing_cue(actor, group.finite, cues) or (cue_span, cue_text)
        modal_cue = _cue(sentence, group.finite, group.finite.i + 1)
        framed = [(aim, cue_span, cue_text, cue_lemma) for aim in aims]
        framed += [(aim, *modal_cue, None) for aim in beyond if aim.i not in in_condition]
        cue_last = sentence.doc[cue_end - 1]
        if phrase_verb is not None and deontic != "none" and cue_last.lower_ == "för":
            framed += [
                (phrase_verb, cue_span, cue_text, responsibility_lemma(phrase_verb), extra)
                for extra in further_for_phrases(cue_end, sentence)
            ]
        if phrase_verb is not None and deontic == "responsibility" and aims != [phrase_verb]:
            framed += [
                (phrase_verb, cue_span, cue_text, responsibility_lemma(phrase_verb), extra)
                for extra in finite_att_conjuncts(aims, sentence)
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
                    # a prohibition cue needs no negation (`är förbjuden att`): still negated
                    negated=negated
                    or denied
                    or _denied(each_actor, sentence)
                    or deontic == "prohibition",
                    passive=passive,
                    object_span=without_condition(
                        doc_text(sentence.doc),
                        extra_object[0]
                        if extra_object
                        else statement_object(aim, each_actor, group, sentence.end, skip),
                        sentence,
                    ),
                    condition_span=condition_of(aim, condition, postposed, sentence),
                )
        if phrase_verb is not None and deontic != "none":
            yield from _second_cues(
                actors, phrase_verb, cue_end, sentence, cues, (condition, postposed), used
            )


def _second_cues(
    actors: list[ActorMention | None],
    verb: Token,
    cue_end: int,
    sentence: Span,
    cues: DeonticCues,
    conditions: tuple,
    used: set[int],
) -> Iterator[Statement]:
    """``har ansvaret för X samt uppgiften att leda Y``: a second nominal cue under the
    same ``har`` (`cues.second_nominal_cues`), its own deontic, modal ``har uppgiften att``
    (round 36, B1)."""
    condition, postposed = conditions
    for deontic, noun, marker, aims in second_nominal_cues(verb, cue_end, sentence, cues):
        used.update(aim.i for aim in aims)
        modal = (noun.idx, marker.idx + len(marker.text))
        for each_actor in actors:
            for aim in aims:
                yield Statement(
                    actor=each_actor,
                    deontic=deontic,
                    modal=modal,
                    modal_text=f"{verb.text} {noun.text} {marker.text}",
                    aim=_aim_lemma(aim),
                    aim_start=aim.idx,
                    aim_end=aim.idx + len(aim.text),
                    aim_text=aim.text,
                    negated=False,
                    passive=is_passive(aim),
                    object_span=without_condition(
                        doc_text(sentence.doc), object_span(aim, sentence.end, set()), sentence
                    ),
                    condition_span=condition_of(aim, condition, postposed, sentence),
                )


def _in_embedded_clause(actor: ActorMention | None, doc: Doc) -> bool:
    """The actor stands in a relative clause without ``som`` (``I planen anges det uppdrag
    förvaltningen lämnar över``) or in an indirect question (``I stadgarna beskrivs vilken
    ledamot föreningen utser``): it is no subject of the main clause (round 20, B1)."""
    if actor is None or actor.first_token < 0:
        return False
    before = doc[actor.first_token - 1] if actor.first_token > 0 else None
    own_article = (  # "har den politiska ledningen …": the article of the actor's phrase
        before is not None
        and before.dep_ == "det"
        and actor.first_token <= before.head.i <= actor.last_token
    )
    return (contact_relative(actor, doc) and not own_article) or in_indirect_question(actor, doc)


def _in_contact_relative(finite: Token, mentions: Sequence[ActorMention]) -> bool:
    """The finite verb's subject, right before it (adverbs between: ``därtill``), stands in a
    relative clause without ``som`` after ``den``/``de``/``dem`` (`subjects.contact_relative`)."""
    doc = finite.doc
    for subject in mentions:
        if subject.last_token >= finite.i:
            continue
        if contact_relative_verb(subject.last_token + 1, doc) is finite:
            return contact_relative(subject, doc)
    return False
