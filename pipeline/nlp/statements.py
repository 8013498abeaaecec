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
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from pipeline.language.grammar import GRAMMAR, DeonticCues
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.agents import (
    after_av,
    composition_passive,
    counted_owned_head,
    partitive_agent,
    passive_agents,
    postponed_subject_complement,
    shared_agent,
    title_name_series,
    titled_name_agent,
    titled_name_conjuncts,
)
from pipeline.nlp.conditions import (
    after_coordinator,
    condition_of,
    condition_span,
    object_span,
    per_sentence,
    phrase_clause_tokens,
    postposed_clause,
    statement_object,
    without_condition,
)
from pipeline.nlp.coordination import (
    closes_stranded_clause,
    contact_relative_object,
    gapped_passive_subjects,
    gapped_subjects,
    in_infinitive_clause,
    listed_in_clause,
)
from pipeline.nlp.cues import (
    CueIndex,
    action_after,
    bare_compound_responsibility,
    conjoined_predicative_cue,
    deontic_of,
    own_aim_phrase,
    phrase_at,
    second_nominal_cues,
)
from pipeline.nlp.groups import (
    Group,
    distributive_head,
    distributive_subject,
    stacked_modals,
    v2_present,
    verb_group,
)
from pipeline.nlp.groups import opening_end as opening_end_of
from pipeline.nlp.memo import (
    DocArrays,
    answers,
    doc_arrays,
    doc_text,
    morph_values,
    sentence_start,
)
from pipeline.nlp.statement_parts import (
    _aim_lemma,
    _cue,
    _denied,
    _foreign_agent,
    _negated_conjunct,
    adverb_opened_conjunct,
    agent_of_attribute,
    att_infinitive_conjuncts,
    before_noun_complement,
    containing_cue,
    coordinated_infinitive,
    epistemic_perfect,
    example_copula,
    expletive_cue,
    finite_aim,
    finite_att_conjuncts,
    finite_passive_conjunct,
    fronted_partitive,
    further_for_phrases,
    negative_subject,
    own_modal_after,
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
    where_written,
    with_perfect_supine,
)
from pipeline.nlp.statement_scope import (
    _antecedent,
    ability_of_described,
    after_relative_infinitive,
    after_subject_complement_infinitive,
    agent_relative_conjunct,
    apposition_subject,
    att_across_commas,
    att_clause_conjunct,
    att_clause_series,
    before_relative_series,
    before_speech_frame,
    cleft_focus,
    comma_relative_pronoun,
    continuative_relative,
    embedded_without_subordinator,
    fronted_clause_subject,
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
    quoted_speech,
    relative_conjunct,
    relative_in_adverbial_infinitive,
    relative_on_expletive_predicative,
    reported_in_relative,
    reported_speech,
    speech_frame_subject,
    stranded_object_relative,
    subordinate_conjunct,
    within_opening_insertion,
    without_named_apposition,
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
    marker_words,
    opening_relative_series,
    subject_of,
    subordinator_of,
)
from pipeline.nlp.verb_fallbacks import (
    after_threshold_relative,
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


def _finite_in(positions: set[int], finite: list[bool]) -> set[int]:
    """The positions whose token is a finite verb (`finite`: `is_finite` by token index)."""
    return {i for i in positions if i < len(finite) and finite[i] is True}


def _may_open(finite: bool, word: str, pos: str) -> bool:
    """Whether a word may open a statement's verb group in `find_statements`: a finite verb,
    a word in -r (`v2_present`, `item_initial_present` want one) or one tagged VERB
    (`finite_passive_conjunct`)."""
    return bool(finite) or word.endswith("r") or pos == "VERB"


@dataclass(frozen=True)
class _SentenceFacts:
    """What each verb group of a sentence is read against, found once per sentence."""

    sentence: Span
    mentions: Sequence[ActorMention]
    in_actor: set[int]
    opening_end: int | None  # V2: the finite verb follows it
    postposed: tuple[int, int] | None
    in_condition: set[int]
    finite: list[bool]  # `is_finite` by token index (in the sentence only: test `is True`)
    finite_in_condition: set[int]
    main_after_fronted: int | None
    cues: DeonticCues
    index: CueIndex
    item_subject: ActorMention | None  # the actor of a list item opened by its verb


@dataclass
class _Progress:
    """What the verb groups read so far in a sentence hand the next one."""

    condition: tuple[int, int] | None = None  # the sentence's condition (`condition_read`)
    condition_read: bool = False  # `condition` was found (on the first statement)
    main_end: int | None = None  # the last verb of the last main-clause statement
    main_verb: tuple[Token, bool] | None = None  # its finite verb, and whether it is passive
    used: set[int] = field(default_factory=set)
    previous_actor: ActorMention | None = None
    governing: tuple[str, Token, int, bool] | None = None  # the cue of the last infinitive
    in_relative: set[int] = field(default_factory=set)
    in_subordinate: set[int] = field(default_factory=set)  # the verbs of subordinate clauses
    split_off: dict[int, Group] = field(default_factory=dict)  # an active conjunct's group


@dataclass(frozen=True)
class _Cue:
    """A verb group's deontic cue (`cues.deontic_of`)."""

    deontic: str
    start: Token
    end: int
    verb: Token | None  # the verb of a cue phrase ("ansvarar för"); None for a modal
    negated: bool
    skip: set[int]  # the tokens no aim or object is read in (an inverted subject)
    lemma: str | None = None  # the aim's lemma where the cue gives it ("ansvara")


@dataclass(frozen=True)
class _Clause:
    """The clause a verb group's statement stands in."""

    subordinator: Token | None
    relative: bool
    focus: ActorMention | None  # a cleft's focus, the actor of its som-clause
    continuative: bool  # ", vilka ska justeras": the implicit actor (round 39, K-B5)


@dataclass(frozen=True)
class _Actor:
    """A statement's actor, and what the next main clause and the implicit reading need."""

    actor: ActorMention | None
    subject: ActorMention | None  # a passive's subject, shared by a coordinated verb
    passive_group: bool
    owned: bool  # a relative clause about a thing its antecedent owns: implicit


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
    facts = _sentence_facts(sentence, mentions, cues, index, item_subject)
    progress = _Progress()
    arrays = doc_arrays(sentence.doc)
    progress.used.update(marker_words(sentence, arrays.lower))
    for i in range(sentence.start, sentence.end):
        opened = _open_group(i, facts, progress, arrays)
        if opened is not None:
            group, item_verb = opened
            yield from _group_statements(group, item_verb, facts, progress)


def _sentence_facts(
    sentence: Span,
    mentions: Sequence[ActorMention],
    cues: DeonticCues,
    index: CueIndex,
    item_subject: ActorMention | None,
) -> _SentenceFacts:
    """The sentence's actor tokens, V2 opening, condition clauses and finite verbs, with the
    cues and the cue index every verb group is read against."""
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    opening_end = opening_end_of(sentence, mentions)
    postposed = per_sentence(postposed_clause, sentence)
    in_condition = set(range(*postposed)) if postposed else set()
    in_condition.update(phrase_clause_tokens(sentence))  # "I de fall X begär det ska …"
    v1_end = v1_condition_end(sentence[0]) if len(sentence) else None
    if v1_end is not None:
        in_condition.update(range(sentence.start, v1_end))  # "Säljs bolaget ska …"
    finite = answers(sentence.doc, is_finite, sentence.start, sentence.end)
    return _SentenceFacts(
        sentence=sentence,
        mentions=mentions,
        in_actor=in_actor,
        opening_end=opening_end,
        postposed=postposed,
        in_condition=in_condition,
        finite=finite,
        finite_in_condition=_finite_in(in_condition, finite),
        main_after_fronted=main_verb_after_fronted(sentence, in_actor),
        cues=cues,
        index=index,
        item_subject=item_subject,
    )


def _open_group(
    i: int,
    facts: _SentenceFacts,
    progress: _Progress,
    arrays: DocArrays,
) -> tuple[Group, bool] | None:
    """The verb group the word at `i` opens (or the split-off conjunct that waits there), and
    whether its verb opens a list item; None where it opens none."""
    carried = progress.split_off.pop(i, None)
    sentence, used, in_actor = facts.sentence, progress.used, facts.in_actor
    if carried is None and (i in used or i in in_actor or i in facts.in_condition):
        return None
    if carried is None and not _may_open(facts.finite[i], arrays.lower[i], arrays.pos[i]):
        return None  # no Token made for most words
    token = sentence.doc[i]
    item_verb = facts.item_subject is not None and item_initial_present(token, sentence)
    if carried is not None:
        return carried, item_verb
    opens = facts.finite[i] or v2_present(token, sentence, facts.mentions) or item_verb
    opens = opens or (token.pos_ == "VERB" and finite_passive_conjunct(token))  # round 39
    if not opens or mistagged_after_modal(token) or cleft_copula(token):
        return None
    group = without_taken(verb_group(token, inverted_tokens(token, facts.mentions)), used)
    group = own_subjects_apart(own_cues_apart(group, facts.index, facts.cues), in_actor)
    group = before_relative_series(group, sentence, in_actor)
    group = within_opening_insertion(group, facts.opening_end)
    group = before_speech_frame(group, in_actor)
    group = own_voice_apart(perfect_conjuncts(group)) if group.verbs else group
    group, rest = voice_parts(group)
    if rest is not None:
        progress.split_off[rest.verbs[0].i] = rest
    return group, item_verb


def _group_statements(
    group: Group,
    item_verb: bool,
    facts: _SentenceFacts,
    progress: _Progress,
) -> Iterator[Statement]:
    """The statements of one verb group: its clause, cue, actor and aims, each step able to
    find that the group makes none."""
    token = group.finite
    subordinator = _subordinator(token, facts, progress)
    if subordinator is not None and subordinator.lower_ == "att":
        group = main_conjuncts_apart(group, progress.main_verb, facts.in_actor)  # r32, D12
    progress.used.update(verb.i for verb in group.verbs)
    progress.used.update(stacked_modals(group))
    if not group.verbs or _not_governed(group, item_verb, facts.cues):
        return
    if quoted_speech(token, facts.in_actor) or reported_speech(token, facts.in_actor):
        return  # "”Nämnden ska …”, säger X": reported speech (round 55, ci-Q1, t12)
    cue = _deontic_cue(group, token, subordinator, facts, progress)
    if cue is None:
        return
    clause = _clause_of(group, token, subordinator, cue, facts, progress)
    if clause is None:
        return
    actor = _statement_actor(group, token, clause, cue, facts, progress)
    if actor is None:
        return
    actor, cue = _cue_actor(actor, cue, group, clause, facts)
    found = _aims_of(group, actor, cue, facts, progress)
    if found is None:
        return
    aims, beyond, cue = found
    if cue.deontic == "none" and where_written(aims, facts.cues):
        return  # "Valnämnden regleras i vallagen" (round 50, bw R2)
    passive = any(is_passive(aim) for aim in aims) or (
        aims == list(group.verbs) and is_passive(group.finite)
    )
    if _no_actor(actor, passive, group, cue, clause, facts):
        return
    _record(progress, group, aims, actor, passive, cue, clause)
    actors = _actors_of(actor.actor, passive, group, aims, clause, facts, progress, cue)
    if actors:
        framed = _framed(aims, beyond, actor.actor, group, cue, facts)
        yield from _statements(actors, framed, aims, group, cue, passive, facts, progress)
        if cue.verb is not None and cue.deontic != "none":
            conditions = (progress.condition, facts.postposed)
            yield from _second_cues(
                actors, cue.verb, cue.end, facts.sentence, facts.cues, conditions, progress.used
            )
        if cue.deontic == "none" and aims == [group.finite]:
            yield from _conjoined_predicative(actors, group.finite, facts, progress)


def _subordinator(token: Token, facts: _SentenceFacts, progress: _Progress) -> Token | None:
    """The subordinator of the clause the finite verb stands in; None in a main clause."""
    sentence, in_actor, fronted = facts.sentence, facts.in_actor, facts.main_after_fronted
    subordinator = subordinator_of(token, sentence, in_actor)
    if token.i == fronted:
        subordinator = None  # "Vid arbeten som kräver X såsom Y tillsätts en grupp"
    if subordinator is not None and closes_stranded_clause(token):
        subordinator = None  # "frågor som X hänskjuter till och ansvarar för …"
    if subordinator is not None and after_relative_infinitive(token, subordinator, in_actor):
        subordinator = None  # "Ledamot som avser att begära ordet ska anmäla det"
    if subordinator is not None and after_subject_complement_infinitive(token, subordinator):
        subordinator = None  # "Beslut om att stänga X fattas av Y" (round 51)
    if subordinator is not None and after_threshold_relative(token) is not None:
        subordinator = None  # "Delägare vars andel är 5 % eller mer utser …" (round 51, ax C2)
    if subordinator is None and token.i != fronted:
        subordinator = att_across_commas(token, sentence, in_actor)
    if subordinator is None and token.i != fronted:
        subordinator = att_clause_series(token, sentence, in_actor)  # "dels att A ska V, B ska V"
    if subordinator is None and token.i != fronted:
        subordinator = agent_relative_conjunct(token)  # "av en nämnd som … och svarar"
    if subordinator is not None and subordinator == adverbial_cleft_som(token):
        subordinator = None  # "Det är endast när X … som Y medges …": the cleft's clause
    if subordinator is not None and modal_main_conjunct(token, progress.in_subordinate):
        subordinator = None  # "X ska kalla när Y begär det och ska se till att …"
    if subordinator is not None and facts.postposed and subordinator.i in facts.in_condition:
        # "… men om X inte beslutat något om Y ska styrelsen …": the verb that ends the
        # condition clause opens the main clause the condition stands first in
        subordinator = None if token.i == facts.postposed[1] else subordinator
    return subordinator


def _not_governed(group: Group, item_verb: bool, cues: DeonticCues) -> bool:
    """Whether the group states no governed action at all."""
    if imperative_in_s(group.finite) and not item_verb:
        return True  # "- läs mer på hemsidan": the reader is addressed (round 40, ax 10)
    if bare_compound_responsibility(group.finite, cues):
        return True  # "Kanslichefen är budgetansvarig.": the role held (round 50 R1)
    # "Vissa uppgifter kan ha ändrats": what may have happened (round 38, B4); "Handlingar
    # som nämnden bestämmer ska gallras": reported (round 39, B6)
    return epistemic_perfect(group, cues) or reported_in_relative(group)


def _deontic_cue(
    group: Group,
    token: Token,
    subordinator: Token | None,
    facts: _SentenceFacts,
    progress: _Progress,
) -> _Cue | None:
    """The group's deontic cue (``none`` where it has none); None where the group is an
    infinitive conjunct inside the clause of the last cue's infinitive."""
    # V2 after the opening subject, or a verb right after subject-som (a cleft, a relative
    # clause): no inverted subject follows ("Det är X som utser revisorerna")
    after_som = token.i > facts.sentence.start and token.nbor(-1).lower_ == "som"
    straight = facts.opening_end == token.i - 1 or after_som
    inverted = None if straight else inverted_subject(group, facts.mentions)
    skip: set[int] = set()
    if inverted is not None:
        skip = set(range(np_start(inverted, group), inverted.last_token + 1))
    cues = facts.cues
    deontic, cue_start, cue_end, phrase_verb, negated = deontic_of(group, skip, facts.index, cues)
    if phrase_verb is None and raising_after_modal(group):
        deontic = "none"  # "kan sägas vara": what may be said, no leave
    if deontic == "permission" and (regarding_passive(group) or example_copula(group)):
        deontic = "none"  # "kan liknas vid X" (round 47), "kan vara till exempel X" (round 53)
    governing = progress.governing
    if deontic == "none" and governing is not None and coordinated_infinitive(group):
        if in_infinitive_clause(group.finite, governing[2]):
            progress.in_subordinate.update(verb.i for verb in (*group.verbs, group.finite))
            return None  # "genom att ordna X och utbilda Y samt stödja Z": that clause's (r36 B4)
        deontic, cue_start, cue_end, negated = governing
    possible = deontic != "none" and possibility(group, facts.cues, facts.mentions, facts.in_actor)
    if subordinator is None and possible:
        deontic = "none"
    return _Cue(deontic, cue_start, cue_end, phrase_verb, negated, skip)


def _clause_of(
    group: Group,
    token: Token,
    subordinator: Token | None,
    cue: _Cue,
    facts: _SentenceFacts,
    progress: _Progress,
) -> _Clause | None:
    """The clause the group's statement stands in; None where the group makes no statement
    there (a subordinate clause, a conjunct of one, a relative clause about no actor …)."""
    relative, focus, subordinator = _relative_or_cleft(token, subordinator, facts)
    if subordinator is None and relative_on_expletive_predicative(group.finite, facts.mentions):
        return None  # "Det är ett beslut som fattas av X" (round 55, ci-P1)
    if _in_subordinate_clause(group, token, subordinator, facts, progress):
        return None
    in_relative = _in_relative_clause(group, token, relative, facts, progress)
    if in_relative and not relative and cue.deontic == "none":
        return None
    if relative and relative_in_adverbial_infinitive(group):
        return None  # "för att anställa en X som ska …": that clause's context (round 53)
    continuative = (
        subordinator is not None
        and cue.deontic != "none"
        and is_passive(group.verbs[-1])
        and continuative_relative(subordinator, group.finite)
    )  # ", vilka ska justeras": the implicit actor (round 39, K-B5)
    if subordinator is not None and not (relative and cue.deontic != "none") and not continuative:
        return None
    if _makes_no_statement(group, subordinator, relative, facts, progress.main_end):
        return None
    if subordinator is None and _passed_contact_relative(group.finite, progress):
        return None
    return _Clause(subordinator, relative, focus, continuative)


def _passed_contact_relative(finite: Token, progress: _Progress) -> bool:
    """``ska verkställa det styrelsen har beslutat, samt i övrigt bistå …`` (analysis 51-ak
    P4): a relative clause without ``som`` on the main chain's object that the chain's own
    conjuncts go on past (`coordination.contact_relative_object`) states nothing."""
    main = progress.main_verb
    return (
        main is not None
        and progress.main_end is not None
        and main[0].i < finite.i < progress.main_end
        and contact_relative_object(finite, main[0])
    )


def _relative_or_cleft(
    token: Token, subordinator: Token | None, facts: _SentenceFacts
) -> tuple[bool, ActorMention | None, Token | None]:
    """Whether the clause is a relative clause, the focus of a cleft whose som-clause it is
    (then the statement: no subordinator), and the subordinator."""
    sentence, mentions = facts.sentence, facts.mentions
    relative = (
        subordinator is not None
        and (subordinator.lower_ == "som" or comma_relative_pronoun(subordinator, mentions))
        and not closes_subordinator_phrase(subordinator, sentence)
    )  # "samtidigt som X ska …": a subordinator, no relative clause (round 37, B4)
    focus = cleft_focus(subordinator, mentions) if relative else None
    if subordinator is None and token.i > sentence.start and token.nbor(-1).lower_ == "som":
        focus = cleft_focus(token.nbor(-1), mentions)  # a cleft subordinator_of saw
    if focus is not None:
        return False, focus, None  # the som-clause of a cleft is the statement
    return relative, focus, subordinator


def _in_subordinate_clause(
    group: Group,
    token: Token,
    subordinator: Token | None,
    facts: _SentenceFacts,
    progress: _Progress,
) -> bool:
    """Whether the group is a conjunct inside a subordinate clause, no statement; the verbs of
    a subordinate clause are recorded in `progress.in_subordinate`."""
    verbs = (*group.verbs, group.finite)
    # "intygar att X håller samt lämnar …": the main clause's; "… och ska redovisa": the
    # att-clause's own modal (round 32, D12)
    after_att = (
        None
        if subordinator is not None
        else att_clause_conjunct(group.finite, group.verbs, progress.main_verb, facts.in_actor)
    )
    if after_att is False:
        progress.in_subordinate.update(verb.i for verb in verbs)
        return True
    if subordinator is not None:
        progress.in_subordinate.update(verb.i for verb in verbs)
        return False
    # "att beslut genomförs och följs upp": the conjunct is in that clause; so is one of a
    # condition's finite verb ("om det strider mot X, mot Y eller strider mot Z"; round 41,
    # agt-C4), not one of a V1 condition's infinitive ("Är X förhindrad att delta, leder Y …")
    return (
        after_att is None
        and facts.opening_end != token.i - 1
        and after_threshold_relative(token) is None  # round 51, ax C2
        and not closes_stranded_clause(group.finite)
        and not _past_opening_insertion(token, facts.opening_end, progress.in_subordinate)
        and subordinate_conjunct(group.finite, progress.in_subordinate | facts.finite_in_condition)
    )


def _past_opening_insertion(
    finite: Token, opening_end: int | None, in_subordinate: set[int]
) -> bool:
    """``Nämnden, som har elva ledamöter, för [ADP] register och bär ansvaret``: a finite verb
    after the comma closing the insertion on the opening subject, with no subordinate or
    relative clause's verb between that comma and it (`in_subordinate`), is the main clause's
    (V2), not a conjunct of the insertion's relative verb, whatever the parser hangs it on
    (round 55, gen55 C)."""
    if opening_end is None or finite.i <= opening_end or finite.doc[opening_end].text != ",":
        return False
    return not any(opening_end < i < finite.i for i in in_subordinate)


def _in_relative_clause(
    group: Group, token: Token, relative: bool, facts: _SentenceFacts, progress: _Progress
) -> bool:
    """Whether the group is a relative clause or a conjunct of one (recorded in
    `progress.in_relative`): "ärenden som ska tas upp och behandlas …": the conjunct belongs
    to it, and does not share the main clause's subject."""
    forced_main = token.i == facts.main_after_fronted
    in_relative = relative or (
        not forced_main
        and not closes_stranded_clause(group.finite)
        and not _past_opening_insertion(
            token, facts.opening_end, progress.in_relative | progress.in_subordinate
        )
        and (
            relative_conjunct(
                group.finite, progress.in_relative, facts.opening_end, progress.main_end
            )
            or listed_in_clause(group.finite, progress.in_relative)
            or opening_relative_series(group.finite, facts.sentence, facts.mentions)
        )
    )
    if in_relative:
        progress.in_relative.update(verb.i for verb in (*group.verbs, group.finite))
    return in_relative


def _makes_no_statement(
    group: Group,
    subordinator: Token | None,
    relative: bool,
    facts: _SentenceFacts,
    main_end: int | None,
) -> bool:
    """A relative clause or an embedded clause without subordinator that states nothing of
    an actor."""
    mentions = facts.mentions
    if relative and _antecedent(subordinator, mentions) is None:
        return True  # "ärenden som ska avgöras av …": the relative clause is about no actor
    if relative and stranded_object_relative(subordinator, group):
        return True  # "…, som var och en ansvarar för": som is the object (round 41, C7)
    if relative and ability_of_described(group, subordinator, mentions, facts.cues):
        return True  # "skydda personer som inte kan sköta sina affärer": no leave granted
    if subordinator is None and embedded_without_subordinator(group.finite, main_end):
        return True
    if subordinator is None and _in_contact_relative(group.finite, mentions):
        return True  # "… av den styrelsen bemyndigar": a relative clause without "som"
    # "ska senast den 1 mars det år stämman hålls utse" (round 49, ao G1)
    return subordinator is None and time_relative_verb(group.finite)


def _statement_actor(
    group: Group,
    token: Token,
    clause: _Clause,
    cue: _Cue,
    facts: _SentenceFacts,
    progress: _Progress,
) -> _Actor | None:
    """The statement's actor (None inside: implicit); None where the group makes no
    statement."""
    parsed = _parsed_actor(group, clause, cue, facts, progress)
    if parsed is None:
        return None
    actor, passive_group = parsed
    actor = _filtered_actor(actor, group, token, clause.subordinator, passive_group, facts)
    subordinator, relative, mentions = clause.subordinator, clause.relative, facts.mentions
    # what a coordinated verb shares is the subject, never a passive's av-agent
    # ("Chefen anställs av nämnden och ska leda förvaltningen": chefen leads)
    subject = (
        subject_of(group, subordinator, mentions, progress.previous_actor)
        if passive_group
        else None
    )
    if relative and (actor is None or (not passive_group and after_coordinator(subordinator))):
        actor = _antecedent(subordinator, mentions) or actor  # a coordinated relative clause
    owned = relative and passive_group and owner_of_thing(actor, subordinator)
    if owned:
        actor = None  # "Föreningens protokoll som ska föras": implicit (round 35, B3)
    sentence = facts.sentence
    if actor is None and facts.item_subject is not None and opens_sentence(group.finite, sentence):
        actor = facts.item_subject
    if outside_parenthesis(actor, group.finite, sentence):
        return None
    return _Actor(actor, subject, passive_group, owned)


def _parsed_actor(
    group: Group,
    clause: _Clause,
    cue: _Cue,
    facts: _SentenceFacts,
    progress: _Progress,
) -> tuple[ActorMention | None, bool] | None:
    """The actor the parse gives (`subjects.actor_of`), and whether the group is passive;
    None where the group makes no statement."""
    subordinator, mentions = clause.subordinator, facts.mentions
    actor, passive_group = actor_of(
        with_perfect_supine(group), subordinator, mentions, progress.previous_actor
    )
    if clause.continuative and actor is not None:
        return None  # ", vilka ska väljas av X": only the implicit actor is decided (K-B5)
    if passive_group and composition_passive(group):
        return None  # "Utskottet utgörs av fem ledamöter": members, no agent, no action
    if actor is None and subordinator is None and cue.deontic == "none":
        actor = task_owner(group, facts.sentence, mentions, facts.cues)
    if passive_group and (actor is None or actor.first_token < group.finite.i):
        # "utarbetas av A och kommuniceras med B": the earlier passive's agent (ruling k1)
        actor = shared_agent(group, mentions) or actor
    if passive_group and actor is None:  # "av Eva Lind, ekonomichef": the role (round 56)
        actor = titled_name_agent(group, mentions)
    if passive_group:  # "av tre fjärdedelar av medlemmarna": the partitive's actor
        actor = partitive_agent(group, mentions) or actor
        actor = counted_owned_head(actor, mentions, group.finite.doc)  # "av X:s tre nämnder"
    if passive_group and _foreign_agent(actor, group, mentions):
        # "behandlas i något av utskotten": no agent, so the agentless reading, whose
        # assembly subject of `hållas` acts ("Extra stämma ska hållas om en tiondel av
        # medlemmarna begär det": round 47, bn cause 5)
        actor = (
            None
            if agentive_av(group)
            else subject_of(group, subordinator, mentions, progress.previous_actor)
        )
    return actor, passive_group


def _filtered_actor(
    actor: ActorMention | None,
    group: Group,
    token: Token,
    subordinator: Token | None,
    passive_group: bool,
    facts: _SentenceFacts,
) -> ActorMention | None:
    """The parsed actor less those that are no subject of the group's clause."""
    mentions, in_actor, sentence = facts.mentions, facts.in_actor, facts.sentence
    if subordinator is None and in_relative_of_thing(actor, group, in_actor):
        actor = None  # "De beslut som vd fattar ska anmälas": the subject is "beslut"
    if subordinator is None:
        # "X, det vill säga uppdrag för A och B att …, är": r23 B8
        actor = apposition_subject(actor, group.finite, mentions)
    if subordinator is None and _in_embedded_clause(actor, sentence.doc):
        actor = None  # "anges de uppgifter styrelsen överlämnar", "vilken ledamot …"
    if subordinator is None:  # "Om nämnden har anställda ska chefen …" (round 56, cl C2)
        actor = fronted_clause_subject(actor, group, mentions) or actor
    if subordinator is None and in_fronted_adverbial(actor, group, in_actor):
        actor = None  # "Vid val av revisorer ska reglerna följas": "reglerna" is it
    if passive_group and agent_of_attribute(actor, group):
        actor = None  # "Av styrelsen lämnad fullmakt får inte överlåtas"
    if passive_group and fronted_partitive(actor, group):
        actor = None  # "Av nämndens ledamöter utses en ordförande": a partitive (fix31)
    if subordinator is None and not passive_group:
        actor = speech_frame_subject(token, mentions) or actor  # "…, säger nämndens ordförande"
    if subordinator is None and not passive_group and facts.opening_end == token.i - 1:
        # "Var och en av nämnderna utser ett ombud": the subject opens the sentence
        actor = distributive_subject(sentence, facts.mentions) or actor
    if subordinator is None and not passive_group:
        # "…, och var och en av kommunens fem nämnder ansvarar": a main clause's subject
        actor = distributive_head(token, sentence, facts.mentions) or actor
    return actor


def _cue_actor(
    actor: _Actor,
    cue: _Cue,
    group: Group,
    clause: _Clause,
    facts: _SentenceFacts,
) -> tuple[_Actor, _Cue]:
    """The actor an expletive cue phrase or a cleft names in place of the parsed one."""
    if cue.verb is not None:
        expletive = expletive_cue(group.finite, cue.end, facts.mentions, facts.cues)
        # the parser may call the cue's object its subject ("Det åligger de anslutna
        # klubbarna att …", round 42 bc-E1): then the complement is skipped all the same
        if expletive is not None and actor.actor in (None, expletive[0]):
            named, complement = expletive
            skip = set(range(named.first_token, named.last_token + 1))
            skip.update(range(cue.end, complement))
            actor, cue = replace(actor, actor=named), replace(cue, skip=skip)
    if clause.focus is not None and not is_passive(group.verbs[-1]):
        actor = replace(actor, actor=clause.focus)
    return actor, cue


def _aims_of(
    group: Group,
    actor: _Actor,
    cue: _Cue,
    facts: _SentenceFacts,
    progress: _Progress,
) -> tuple[list[Token], list[Token], _Cue] | None:
    """The statement's aims, the verbs beyond a cue phrase that its modal governs, and the
    cue with its aim lemma; None where the group has no aim or its genitive actor owns no
    responsibility."""
    cue = _genitive_responsibility(actor.actor, group, cue, facts.sentence, facts.cues)
    if cue is None:
        return None
    aims, beyond, cue = _cue_aims(group, cue, facts, progress)
    aims = [
        past_perfect_have(raised)
        for aim in aims
        if aim.i not in facts.in_condition
        for raised in raised_aims(aim, cue.skip)
    ]
    aims = list(dict.fromkeys(aims))  # a conjunct the group held already
    progress.used.update(aim.i for aim in aims)  # a raised conjunct is no group of its own
    if not aims:
        return None
    own = tokens_of(actor.actor)
    if not all(verb_reading(aim, own) for aim in aims):
        aims = [aim for aim in aims if verb_reading(aim, own)]
        fallback = finite_aim(group, cue.verb, own)
        aims = aims or ([fallback] if fallback is not None else [])
        if not aims:
            return None
    return aims, beyond, cue


def _genitive_responsibility(
    actor: ActorMention | None, group: Group, cue: _Cue, sentence: Span, cues: DeonticCues
) -> _Cue | None:
    """ "Nämndens uppdrag är …": the actor only owns the subject, no statement (None); unless
    that subject is its responsibility ("Nämndens ansvar omfattar …")."""
    if cue.deontic != "none" or actor is None or not actor.genitive:
        return cue
    owned = responsibility_owned(actor, group, sentence, cues)
    if owned is None:
        return None
    return replace(
        cue, deontic="responsibility", start=owned, end=group.finite.i + 1, lemma="ansvara"
    )


def _cue_aims(
    group: Group,
    cue: _Cue,
    facts: _SentenceFacts,
    progress: _Progress,
) -> tuple[list[Token], list[Token], _Cue]:
    """The aims before raising: the group's verbs, or the action after a cue phrase; the
    verbs beyond it; the cue with the lemma of a responsibility phrase."""
    phrase_verb, sentence, used = cue.verb, facts.sentence, progress.used
    if phrase_verb is None:
        return before_noun_complement(list(group.verbs)), [], cue
    beyond: list[Token] = []  # conjuncts of a cue verb under a modal: the modal governs them
    if phrase_verb is group.finite:
        # "ansvarar för X och stödjer Y": the coordinated verb is an action of its own.
        used.difference_update(verb.i for verb in group.verbs[1:])
    aims = action_after(cue.end, sentence, cue.skip, facts.cues.purpose_nouns)
    if aims and own_aim_phrase(phrase_verb, cue.end, facts.cues):
        aims = []  # "ska se till att upprätta X": the aim is `se` (round 53, cb-6)
    if not aims and sentence.doc[cue.end - 1].text != ":":
        aims = [phrase_verb]  # (a purpose cue closed by a colon frames its items)
    if phrase_verb is not group.finite:
        # "ska ansvara för arbetet, förbereda ärenden och genomföra beslut"
        beyond = [v for v in group.verbs if v.i > phrase_verb.i and v not in aims]
    used.update(aim.i for aim in aims)
    phrase = phrase_at(phrase_verb, facts.index, facts.cues)
    if aims == [phrase_verb] and (
        cue.deontic == "responsibility" or (phrase and phrase[0] == "responsibility")
    ):
        lemma = "svara" if phrase_verb.lower_.startswith("svar") else "ansvara"
        cue = replace(cue, lemma=lemma)
    return aims, beyond, cue


def _no_actor(
    actor: _Actor, passive: bool, group: Group, cue: _Cue, clause: _Clause, facts: _SentenceFacts
) -> bool:
    """Without an actor, only a passive with a cue is a statement (its actor implicit), and
    not one whose subject is a thing that acts."""
    if actor.actor is not None:
        return False
    implicit = passive and cue.deontic != "none" and (not clause.relative or actor.owned)
    return not implicit or (
        thing_agent(group) and not postponed_subject_complement(group, facts.mentions)
    )


def _record(
    progress: _Progress,
    group: Group,
    aims: list[Token],
    actor: _Actor,
    passive: bool,
    cue: _Cue,
    clause: _Clause,
) -> None:
    """What the next verb groups read: a main clause's subject, end and verb; the cue of an
    infinitive its conjuncts inherit."""
    if not clause.relative:
        # a passive's av-agent is never shared ("Beslut får fattas av utskottet och ska
        # anmälas till nämnden": no one is said to report)
        progress.previous_actor = actor.subject if actor.passive_group else actor.actor
        progress.main_end = max(verb.i for verb in (*group.verbs, *aims, group.finite))
        progress.main_verb = (group.finite, passive)
    progress.governing = (
        (cue.deontic, cue.start, cue.end, cue.negated)
        if cue.deontic != "none" and aims and morph_values(aims[-1], "VerbForm") == ["Inf"]
        else None
    )


def _actors_of(
    actor: ActorMention | None,
    passive: bool,
    group: Group,
    aims: list[Token],
    clause: _Clause,
    facts: _SentenceFacts,
    progress: _Progress,
    cue: _Cue,
) -> list[ActorMention | None]:
    """The statement's actors: the actor's conjuncts (a passive's agents), none inside the
    statement's own condition; [None] for an implicit actor; [] for no statement."""
    actors = _coordinated(actor, passive, group, aims, clause.subordinator, facts)
    if not progress.condition_read:
        progress.condition = condition_span(facts.sentence)
        progress.condition_read = True
    condition = condition_of(aims[0], progress.condition, facts.postposed, facts.sentence)
    actors = _outside_condition(actors, condition)
    if not actors:
        if not (passive and cue.deontic != "none"):
            return []
        actors = [None]  # "När ledamöter ska väljas ska valet förrättas …": implicit
    return actors


def _coordinated(
    actor: ActorMention | None,
    passive: bool,
    group: Group,
    aims: list[Token],
    subordinator: Token | None,
    facts: _SentenceFacts,
) -> list[ActorMention | None]:
    """The actor and its conjuncts (a passive's agents, gapped subjects)."""
    sentence, mentions = facts.sentence, facts.mentions
    if actor is None or actor.first_token < 0:
        return [actor]
    if passive and after_av(actor, sentence.doc):
        agents = passive_agents(actor, mentions, sentence)
        series = title_name_series(actor, mentions, sentence.doc)  # w58a H
        return agents + [m for m in series if m not in agents]
    if passive:  # an agentless passive's coordinated subjects ("X och deras Y utses")
        # "är stämman högsta organ och dess ledamöter utses": not the predicative before
        actors = _in_own_clause(subject_conjuncts(actor, group, mentions), group)
        actors = [*actors, *passive_agents(actor, mentions, sentence)[1:]]
        if titled_name_agent(group, mentions) is actor:  # "… och Per Ek, sekreterare"
            titled = titled_name_conjuncts(actor, mentions, sentence.doc)
            actors += [m for m in titled if m not in actors]
        if subordinator is None and aims:  # "… och kassör bland ledamöterna"
            gapped = gapped_passive_subjects(aims[-1], actor, mentions)
            actors += [m for m in gapped if m not in actors]
        return actors
    actors = _in_own_clause(coordinated_actors(actor, mentions, sentence.doc), group)
    actors = without_named_apposition(actors, actor, group.finite)
    # "Kanslichef Eva Ek och ekonomichef Lars Ek ska …" (w58a H)
    actors += [m for m in title_name_series(actor, mentions, sentence.doc) if m not in actors]
    if subordinator is None and aims:
        actors += [m for m in gapped_subjects(aims[-1], actor, mentions) if m not in actors]
    return actors


def _framed(
    aims: list[Token],
    beyond: list[Token],
    actor: ActorMention | None,
    group: Group,
    cue: _Cue,
    facts: _SentenceFacts,
) -> list[tuple]:
    """Each aim with its cue span, cue text and lemma, and after them a responsibility
    phrase's further objects (each its own object span)."""
    sentence, phrase_verb = facts.sentence, cue.verb
    cue_span, cue_text = (
        _cue(sentence, cue.start, cue.end) if cue.deontic != "none" else (None, None)
    )
    if cue_text is not None and actor is not None and cue.lemma == "ansvara":
        cue_span, cue_text = containing_cue(actor, group.finite, facts.cues) or (cue_span, cue_text)
    modal_cue = _cue(sentence, group.finite, group.finite.i + 1)
    framed: list[tuple] = [
        (aim, cue_span, cue_text, cue.lemma, *_after_own_aim_cue(aim, cue, facts)) for aim in aims
    ]
    framed += [(aim, *modal_cue, None) for aim in beyond if aim.i not in facts.in_condition]
    if phrase_verb is None or cue.deontic == "none":
        return framed
    further: list[tuple[int, int]] = []
    if sentence.doc[cue.end - 1].lower_ == "för":
        further += further_for_phrases(cue.end, sentence)
    if cue.deontic == "responsibility" and aims != [phrase_verb]:
        further += finite_att_conjuncts(aims, sentence)
    elif cue.deontic == "responsibility":  # a noun-phrase object: its `samt att V` conjuncts
        framed += [
            (verb, cue_span, cue_text, None)
            for verb in att_infinitive_conjuncts(cue.end, sentence)
            if verb.i not in facts.in_condition
        ]
    lemma = responsibility_lemma(phrase_verb)
    return framed + [(phrase_verb, cue_span, cue_text, lemma, extra) for extra in further]


def _after_own_aim_cue(aim: Token, cue: _Cue, facts: _SentenceFacts) -> tuple:
    """``Rektorn ska se till att betygen registreras``: the verb of a phrase that is its own
    aim (`own_aim_phrases`) has as object its ``att``-clause after the cue, no word of the
    cue (``till att``) in it (newuser53 fault 10): (object span,), else () for the usual
    object."""
    if aim is not cue.verb or not (
        own_aim_phrase(aim, cue.end, facts.cues) or _predicative_cue(aim, cue)
    ):
        return ()
    return (object_span(aim.doc[cue.end - 1], facts.sentence.end, cue.skip),)


def _predicative_cue(copula: Token, cue: _Cue) -> bool:
    """Round 54 (newuser54b fault 3): a predicative cue closed by its preposition (``är
    (ytterst) ansvarig för``, ``är nämnden ansvarig över``) has the copula as aim, and its
    object is the complement after the preposition (``att verksamheten drivs effektivt``), no
    word of the cue (§5.6, the dev gold's `är ansvarig för` objects)."""
    last = copula.doc[cue.end - 1]
    return copula.lower_ in GRAMMAR.copulas and cue.end > copula.i + 2 and last.pos_ == "ADP"


def _statements(
    actors: list[ActorMention | None],
    framed: list[tuple],
    aims: list[Token],
    group: Group,
    cue: _Cue,
    passive: bool,
    facts: _SentenceFacts,
    progress: _Progress,
) -> Iterator[Statement]:
    """One statement per actor and framed aim."""
    sentence = facts.sentence
    for each_actor in actors:
        for aim, aim_cue, aim_cue_text, aim_lemma, *extra_object in framed:
            if aim is not aims[0] and own_modal_after(aim, cue.start.i):
                continue  # "kan inte ändra … men kan vid behov återkalla": the 2nd kan's
            denied = aim is not aims[0] and _negated_conjunct(aim)
            denied = denied or negative_subject(each_actor, sentence)
            free = not denied and _released(aim, cue, facts.cues)
            deontic = facts.cues.modals[cue.start.lower_] if free else cue.deontic
            yield Statement(
                actor=each_actor,
                deontic=facts.cues.negated_class.get(deontic, deontic) if denied else deontic,
                modal=aim_cue,
                modal_text=aim_cue_text,
                aim=aim_lemma or _aim_lemma(aim),
                aim_start=aim.idx,
                aim_end=aim.idx + len(aim.text),
                aim_text=aim.text,
                # a prohibition cue needs no negation (`är förbjuden att`): still negated
                negated=(cue.negated and not free)
                or denied
                or _denied(each_actor, sentence)
                or deontic == "prohibition",
                passive=passive,
                object_span=without_condition(
                    doc_text(sentence.doc),
                    extra_object[0]
                    if extra_object
                    else statement_object(aim, each_actor, group, sentence.end, cue.skip),
                    sentence,
                ),
                condition_span=condition_of(aim, progress.condition, facts.postposed, sentence),
            )


def _released(aim: Token, cue: _Cue, cues: DeonticCues) -> bool:
    """Whether a negated modal's scope has ended before `aim`: the aim, or a conjunct it is
    conjoined to after the modal, is opened by ``och`` and an adverb of its own
    (`adverb_opened_conjunct`): ``ska inte drivas … och kontinuerligt anpassas och
    avvecklas`` → prohibition, obligation, obligation (round 54, analysis 54-cf J)."""
    if not cue.negated or cue.verb is not None or cue.start.lower_ not in cues.modals:
        return False
    node = aim
    while node.i > cue.start.i:
        if adverb_opened_conjunct(node):
            return True
        if node.dep_ != "conj" or not cue.start.i < node.head.i < node.i:
            return False
        node = node.head
    return False


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


def _conjoined_predicative(
    actors: list[ActorMention | None], copula: Token, facts: _SentenceFacts, progress: _Progress
) -> Iterator[Statement]:
    """``Styrelsen är arbetsgivare och ansvarig för arbetsmiljön``: besides the copula's own
    statement, the cue of its second predicative conjunct (`cues.conjoined_predicative_cue`;
    round 52, ca S3): its deontic, aim ``ansvara`` on the copula, modal ``är ansvarig för``."""
    sentence = facts.sentence
    found = conjoined_predicative_cue(copula, sentence, facts.cues)
    if found is None:
        return
    deontic, adjective, preposition = found
    modal = (adjective.idx, preposition.idx + len(preposition.text))
    for each_actor in actors:
        yield Statement(
            actor=each_actor,
            deontic=deontic,
            modal=modal,
            modal_text=f"{copula.text} {adjective.text} {preposition.text}",
            aim="ansvara",
            aim_start=copula.idx,
            aim_end=copula.idx + len(copula.text),
            aim_text=copula.text,
            negated=_denied(each_actor, sentence),
            passive=False,
            object_span=without_condition(
                doc_text(sentence.doc), object_span(preposition, sentence.end, set()), sentence
            ),
            condition_span=condition_of(
                preposition, progress.condition, facts.postposed, sentence
            ),
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
    position = finite.i - 1
    while position >= 0 and doc[position].pos_ == "ADV":
        position -= 1  # the subject ends right before the adverbs (or on one of them)
    if contact_relative_verb(position + 1, doc) is not finite:
        return False  # one verb test, not one adverb walk per mention (review 50, S8)
    return next(
        (contact_relative(s, doc) for s in mentions if position <= s.last_token < finite.i),
        False,
    )
