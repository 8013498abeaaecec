"""The parts of a statement around one verb group, for `find_statements`: cue, aim, actor.

Expletive and containing cues, the aim past raising verbs and ``komma att``, negated and
further conjuncts, and the implicit actor of a passive (or none: a possibility, a thing agent).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.language.grammar import GRAMMAR, DeonticCues
from pipeline.language.spelling import archaic_infinitive_lemma, present_lemma
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.agents import after_av, foreign_agent
from pipeline.nlp.conditions import infinitive_reading, object_span
from pipeline.nlp.coordination import (
    coordinated,
    gapped_passive_infinitive,
    passive_conjunct_after_adverbial,
)
from pipeline.nlp.cues import cleft_task, expletive_phrase, is_cue_word, is_task_noun
from pipeline.nlp.groups import PRE_HEAD_POS, Group
from pipeline.nlp.memo import morph_values, sentence_end, sentence_start
from pipeline.nlp.statement_scope import np_start, written_place
from pipeline.nlp.subjects import (
    agentive_av,
    coordinated_actors,
    fronted_office_passive_subject,
    mention_at,
    negated_conjunct,
    negative_determiner,
    object_read_inverted_subject,
    parsed_subject,
)
from pipeline.nlp.verb_fallbacks import (
    main_clause_finite_before,
    passive_by_spelling,
    series_infinitive_word,
    v1_condition_end,
)
from pipeline.nlp.verb_forms import (
    is_modal,
    lexicon_infinitive,
    past_adverbs,
    supine_spelling,
    verb_not_noun_base_form,
)
from pipeline.nlp.verbs import (
    could_be_infinitive,
    is_finite,
    is_passive,
    is_verb,
    present_by_spelling,
    reciprocal,
    tense_of,
    verb_lemma,
)


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
    # an infinitive the tagger missed is its own lemma, an archaic one its modern form's
    archaic = GRAMMAR.irregular_lemmas.get(aim.lower_) or archaic_infinitive_lemma(aim.lower_)
    return archaic or aim.lower_  # giva → ge, handhava → handha


def _cue(sentence: Span, start: Token, end: int) -> tuple[tuple[int, int], str]:
    cue = sentence.doc[start.i : end]
    return (cue.start_char, cue.end_char), cue.text


def responsibility_owned(
    actor: ActorMention, group: Group, sentence: Span, cues: DeonticCues
) -> Token | None:
    """The responsibility noun right after a genitive actor and right before the verb
    (``Nämndens ansvar omfattar``), if that is what the sentence opens with; not before a
    verb that only says where the responsibility is written (``Nämndens verksamhetsansvar
    framgår av reglementet``, ``source_verbs``)."""
    doc = sentence.doc
    noun = actor.last_token + 1
    while noun + 1 < group.finite.i and doc[noun].pos_ == "ADJ":
        noun += 1  # "Styrelsens samlade ansvar omfattar" (round 43, bf cause 7)
    if noun + 1 != group.finite.i or noun >= len(doc):
        return None
    if verb_lemma(group.finite) in cues.source_verbs or _task_definition(group.finite):
        return None
    owned = doc[noun]
    if _containing_tasks(actor, owned, group.finite, cues):
        return owned
    return owned if owned.lower_.endswith(cues.responsibility_noun_suffixes) else None


def _task_definition(finite: Token) -> bool:
    """A copula right before ``att`` or a colon (``Utsedda granskares ansvar är att …``,
    ``Nämndens ansvar är:``): the owned noun is the subject that the `att`-clause defines,
    a task noun owned by an actor, so no statement (docs/annotation.md §5.1; round 29, B10)."""
    doc = finite.doc
    return (
        finite.lower_ in GRAMMAR.copulas
        and finite.i + 1 < len(doc)
        and doc[finite.i + 1].lower_ in {"att", ":"}
    )


def task_owner(
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
    after the verb is the actor's responsibility; so with ``till`` (``Till nämndens
    ansvarsområde hör även …``, §7 round 42). An ``att``-infinitive there describes the role
    (``I X:s uppdrag ingår att vara …``, as ``Uppdraget innebär att …``): no statement; with
    ``till`` it is the obligation of `task_duty_cues`."""
    start = sentence_start(verb)
    return (
        actor.first_token == start + 1
        and verb.doc[start].lower_ in {"i", "till"}
        and is_task_noun(noun.lower_, cues)
        and verb.lower_ in cues.containing_verbs
        and not _att_after(verb)
    )


def containing_cue(
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
    doc, start, end = finite.doc, sentence_start(finite), sentence_end(finite)
    cleft = cleft_task(finite, cues)  # "Det är kanslichefens uppgift att …" (ruling u1)
    words = expletive_phrase(finite, cues) if cleft is None else ("vara",)
    if words is None:
        return None
    fronted = len(words) > 1 and start < finite.i - 1 and doc[start].lower_ == words[1]
    if cleft is not None:
        position = cleft[1]
    elif fronted:
        position = start + 1
    elif _expletive_det(finite, start, end) and _rest_in_cue(finite, cue_end, words):
        position = max(cue_end, finite.i + 1)
        while position < end and (
            doc[position].pos_ == "ADV"
            or doc[position].lower_ == "det"
            or doc[position].lower_ in GRAMMAR.negations  # "Det åligger inte X att" (PART)
        ):
            position += 1
    else:
        return None
    mention = mention_at(position, mentions)
    if mention is None and position < end and doc[position].pos_ == "DET":
        # "på den verkställande direktören", "varje registrerad ny medlem" (round 42, bc-E1)
        mention = mention_at(_past_attributes(doc, position + 1, end), mentions)
    if mention is None:
        return None
    head = _owned_head(mention, mentions)
    after = finite.i + 1 if fronted else head.last_token + 1
    return head, _att_complement(doc, after, end)


def broken_off_complement(cue_end: int, complement: int | None, sentence: Span) -> bool:
    """``Det ankommer därvid på nämnden att inom sitt område`` ⏎ ``– följa …``, ``Det
    ankommer vidare på nämnden`` ⏎ ``– att …``, ``har till uppgift att i samråd med X``: a
    cue that takes an infinitive (its ``att`` closing the cue, or an expletive cue's
    ``att``-complement) with no verb after that ``att`` in its sentence, or an expletive cue
    with no ``att`` at all, is broken off: a list's items bring the infinitive, and the cue
    verb is no aim of its own (round 47, nominal duty frames). An ``att``-clause with a
    subject and verb of its own (``Det åligger styrelsen att räkenskaperna förs``) is not.
    `complement`: where an expletive cue's complement opens (`expletive_cue`), else None."""
    doc = sentence.doc
    if complement is not None:
        if complement >= sentence.end or doc[complement].lower_ != "att":
            return True
        marker = complement
    elif cue_end >= 1 and doc[cue_end - 1].lower_ == "att":
        marker = cue_end - 1
    else:
        return False
    return not any(is_verb(token) for token in doc[marker + 1 : sentence.end])


def _rest_in_cue(finite: Token, cue_end: int, words: tuple[str, ...]) -> bool:
    """The rest of the expletive cue (`words` past its verb) stands in order, as written or
    by lemma, in the cue matched after `finite` (adverbials between: ``Det ankommer därutöver
    på``): ``Det är ansvarigt för`` matched ``är ansvarig för``, no ``vara tillåten för``
    (review 46b)."""
    wanted = list(words[1:])
    for token in finite.doc[finite.i + 1 : cue_end]:
        if wanted and is_cue_word(token, wanted[0]):
            wanted.pop(0)
    return not wanted


def _past_attributes(doc: Doc, position: int, end: int) -> int:
    """Past the attributes after a determiner: adjectives and the participles the tagger
    calls nouns but labels ``amod`` (``varje registrerad ny medlem``)."""
    while position < end and (doc[position].pos_ == "ADJ" or doc[position].dep_ == "amod"):
        position += 1
    return position


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
    position = past_adverbs(doc, finite.i + 1, end)
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


def possibility(
    group: Group, cues: DeonticCues, mentions: Sequence[ActorMention], in_actor: set[int]
) -> bool:
    """``Uppdraget kan utföras av flera konsulter``: ``kan`` + an s-passive whose subject is
    not an actor says what may happen, not what someone may do (docs/annotation.md §5.3); a
    passive that delegates (``Beslut kan delegeras till …``) stays a permission. Negated
    alike (round 17, cause B1): ``Ett tjänstebeslut kan inte överklagas`` says what cannot
    happen, no prohibition; ``Ärenden kan inte delegeras till …`` stays a prohibition."""
    finite = group.finite
    if finite.lower_ not in cues.possibility_modals:
        return False
    if not group.verbs or group.verbs[0] is finite:
        return False
    verb = _past_komma_att(group.verbs[0])
    if not is_passive(verb) or _delegates(verb, cues):
        return False
    if _expletive_after(finite):
        return True  # "Under sommaren kan det hållas färre sammanträden": no actor at all
    subject = _subject_head(group, mentions)
    if subject is not None and _in_prepositional_phrase(subject, mentions):
        subject = None  # "I Föreningen VBF (VBF) kan medlemskap sökas": a fronted place
    if subject is None and object_read_inverted_subject(group, mentions) is not None:
        return False  # "kan för varje område bildas lokal avdelning": an actor (round 45)
    if subject is not None and _in_v1_condition(subject, finite):
        subject = None  # "Bryter en medlem mot X kan medlemmen uteslutas" (round 47, bo G2)
    if subject is None or subject.i > verb.i or _relative_after(subject, finite):
        subject = _inverted_noun_before(finite, verb) or _shared_opening_noun(finite)
    elif finite.i < subject.i and finite.i == sentence_start(finite):
        return False  # a modal first: no fronted adverbial, no V2 inversion
    return subject is not None and subject.i < verb.i and subject.i not in in_actor


def _in_v1_condition(subject: Token, finite: Token) -> bool:
    """The parsed subject stands in the verb-first condition that `finite` closes (its verb
    or its own subject): the modal's subject is the noun inverted after it."""
    main = v1_condition_end(finite.doc[sentence_start(finite)])
    return main == finite.i and subject.i < main


def _in_prepositional_phrase(subject: Token, mentions: Sequence[ActorMention]) -> bool:
    """The parsed subject is an actor name whose preposition the parse left to it (``I
    Branschföreningen VBF (VBF) kan …``): a fronted adverbial, no subject (round 45,
    bi-C2)."""
    mention = next((m for m in mentions if m.first_token <= subject.i <= m.last_token), None)
    if mention is None or mention.first_token == 0:
        return False
    before = subject.doc[mention.first_token - 1]
    return before.pos_ == "ADP" and mention.first_token <= before.head.i <= mention.last_token


def _shared_opening_noun(finite: Token) -> Token | None:
    """``Avgiften som bestäms av nämnden betalas i förskott och kan återbetalas``: a modal
    right after a clause coordinator has no subject of its own; it shares the first
    conjunct's, the noun opening the sentence (past its determiners and adjectives) when
    the parse gave none (round 45, bj-C12)."""
    doc = finite.doc
    start = sentence_start(finite)
    if finite.i < start + 2 or doc[finite.i - 1].lower_ not in GRAMMAR.clause_coordinators:
        return None
    position = start
    while position < finite.i and doc[position].pos_ in PRE_HEAD_POS:
        position += 1
    noun = doc[position]
    return noun if noun.pos_ in {"NOUN", "PROPN"} and position < finite.i - 1 else None


def _relative_after(subject: Token, finite: Token) -> bool:
    """A parsed subject ``som`` after the modal is a relative clause's, inside the inverted
    subject (``kan föreningar som är verksamma i länet anslutas``, round 42 bc-K1)."""
    return subject.lower_ == "som" and subject.i > finite.i


def _delegates(verb: Token, cues: DeonticCues) -> bool:
    """A passive of `delegation_verbs`, a particle verb with its particle right after it
    (``föras över``, ``föras vidare``: round 42, ba-19)."""
    lemma = _aim_lemma(verb)
    if lemma in cues.delegation_verbs:
        return True
    following = verb.i + 1
    if following >= sentence_end(verb):
        return False
    return f"{lemma} {verb.doc[following].lower_}" in cues.delegation_verbs


def _inverted_noun_before(finite: Token, verb: Token) -> Token | None:
    """``Vid behov kan extra möten sammankallas``: after a fronted adverbial, the last noun
    of the words between the modal and its passive infinitive (round 23, cause E7), the
    inverted subject the parse did not attach."""
    if finite.i == sentence_start(finite) or verb.i <= finite.i + 1:
        return None
    doc = finite.doc
    position = verb.i - 1
    som = next((t.i for t in doc[finite.i + 1 : verb.i] if t.lower_ == "som"), None)
    if som is not None:
        position = som - 1  # "kan föreningar som är verksamma i länet anslutas" (round 42)
    while position > finite.i and doc[position].pos_ == "ADV":
        position -= 1
    noun = doc[position]
    return noun if position > finite.i and noun.pos_ in {"NOUN", "PROPN"} else None


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


def thing_agent(group: Group) -> bool:
    """``ska präglas av ett långsiktigt tänkande``: an ``av``-phrase in the passive's clause
    (`subjects.agentive_av`) names its agent; when that agent is no actor the passive is not
    agentless, and no implicit statement follows (docs/annotation.md §5.2)."""
    return agentive_av(group)


def before_noun_complement(verbs: list[Token]) -> list[Token]:
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


def subject_conjuncts(
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
    if _attribute_end(group.finite.doc, chain[-1].last_token + 1) == finite:
        return chain  # "Ledamöter och ersättare i nämnden utses" (round 40, ay C10)
    if _relative_clause_end(group.finite.doc, chain[-1].last_token + 1, finite) == finite:
        return chain  # "Krets/klubb som har ansökt ska beviljas …" (round 45, bi-C4)
    if np_start(chain[0], group) == finite + 1:
        return chain
    if fronted_office_passive_subject(group, mentions) is actor:
        return chain  # "Till kassör ska utses ledamot eller ersättare" (round 51, bo-C)
    return [actor]


def _attribute_end(doc: Doc, position: int) -> int:
    """Past a prepositional attribute of the chain's last conjunct (``ersättare i
    nämnden``): a preposition of `_ATTRIBUTE_PREPOSITIONS` and its noun phrase; `position`
    itself where none stands there."""
    if position >= len(doc) or doc[position].lower_ not in _ATTRIBUTE_PREPOSITIONS:
        return position
    end = position + 1
    while end < len(doc) and doc[end].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}:
        end += 1
    return end if end > position + 1 and doc[end - 1].pos_ in {"NOUN", "PROPN"} else position


def _relative_clause_end(doc: Doc, position: int, finite: int) -> int:
    """Past a ``som``-clause of the chain's last conjunct that runs up to the main verb
    (``krets/klubb som har ansökt ska beviljas``): one finite verb (the relative's) and no
    punctuation between ``som`` and `finite`; `position` itself where none stands there."""
    if position >= finite or doc[position].lower_ != "som":
        return position
    between = doc[position + 1 : finite]
    if any(token.is_punct for token in between):
        return position
    return finite if sum(1 for token in between if is_finite(token)) == 1 else position


# Prepositions of a noun's attribute between coordinated subjects and their verb.
_ATTRIBUTE_PREPOSITIONS = frozenset({"i", "för", "inom", "hos", "vid"})


# Prepositions of the place where a thing is written (``regleras i``, ``regleras av lagen``).
_WRITTEN_PLACE_PREPOSITIONS = frozenset({"i", "av"})


def where_written(aims: Sequence[Token], cues: DeonticCues) -> bool:
    """``Valnämnden regleras i vallagen``, ``… beskrivs närmare i arbetsordningen``, ``…
    regleras av lagen om …``: one s-passive aim of a verb that says where a thing is written
    (configs/deontics.yaml ``source_verbs``), then past adverbs (``närmare``, ``för
    närvarande``: at most three words, no verb, no conjunction) ``i`` or ``av`` and, within
    its noun phrase, a document or a statute (actors.yaml ``document_kind_nouns``, also as a
    compound's last part, ``statute_nouns``, a law compound): the sentence says where the
    subject's rules are written, not what anyone does, so no statement even when the subject
    is an actor (docs/annotation.md round 50, bw R2). ``regleras av nämnden`` has an agent."""
    if len(aims) != 1 or not is_passive(aims[0]) or verb_lemma(aims[0]) not in cues.source_verbs:
        return False
    doc, end = aims[0].doc, sentence_end(aims[0])
    position = aims[0].i + 1
    while position < min(end, aims[0].i + 4) and doc[position].lower_ not in (
        _WRITTEN_PLACE_PREPOSITIONS
    ):
        if doc[position].pos_ in {"VERB", "AUX", "CCONJ", "SCONJ", "PUNCT"}:
            return False
        position += 1
    if position >= end or doc[position].lower_ not in _WRITTEN_PLACE_PREPOSITIONS:
        return False
    for token in doc[position + 1 : min(end, position + 9)]:
        if token.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ"} or token.lower_ in {",", ";", ":"}:
            return False
        if written_place(token.lower_):
            return True
    return False


def raising_after_modal(group: Group) -> bool:
    first = group.verbs[0]
    return first is not group.finite and past_raising_verb(first) is not first


def regarding_passive(group: Group) -> bool:
    """``kan liknas vid …``, ``kan ses som …``, ``kan kallas X``: the group's first verb after
    its finite is an s-passive of regarding, comparing or naming (configs/grammar.yaml
    ``regarding_passives``) and its predicative follows, past adverbs, after a marker
    (``som``, ``vid``, ``med``) or bare (no preposition, verb or stop): it characterises the
    subject (round 47). ``ses över``, ``kallas till``, ``betraktas av`` are no such group."""
    first = group.verbs[0]
    if first is group.finite or first.lower_ not in GRAMMAR.regarding_passives:
        return False
    position, end = first.i + 1, sentence_end(first)
    doc = first.doc
    while position < end and _adverb_slot(doc[position]):
        position += 1
    if position >= end:
        return False
    after = doc[position]
    if after.lower_ in GRAMMAR.regarding_markers:
        return True
    return after.pos_ not in {"ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"}


def example_copula(group: Group) -> bool:
    """``Ombudet kan vara till exempel en ledamot``: the group's first verb after its finite is
    the copula and an example marker (configs/grammar.yaml ``example_markers``) opens its
    predicative: what the subject may be, no leave (round 53, analysis 53-cb P11)."""
    first = group.verbs[0] if group.verbs else group.finite
    if first is group.finite or first.lower_ not in GRAMMAR.copulas:
        return False
    start = first.idx + len(first.text)  # by text: ``till exempel`` may be one token
    after = first.doc.text[start : start + 16].lstrip().lower()
    for marker in GRAMMAR.example_markers:
        written = " ".join(marker)
        if after.startswith(written) and not after[len(written) : len(written) + 1].isalpha():
            return True
    return False


def past_raising_verb(aim: Token, skip: frozenset[int] | set[int] = frozenset()) -> Token:
    """``kan sägas vara``, ``behöver ha``, ``behöver kommunen även ha`` (an inverted subject
    in `skip`): the infinitive a raising verb takes is the aim. Its slot is the modal's:
    adverbs and prepositional phrases may stand before the infinitive (``behöver vid varje
    ärende göra``). The future ``kommer (inte) att`` likewise, its ``att`` before the
    infinitive (configs/grammar.yaml ``future_auxiliaries``)."""
    future = aim.lower_ in GRAMMAR.future_auxiliaries
    if aim.lower_ not in GRAMMAR.raising_verbs and not future:
        return aim
    doc = aim.doc
    position = aim.i + 1
    end = sentence_end(aim)
    while position < end and not (future and doc[position].lower_ == "att"):
        if _adverb_slot(doc[position]) or position in skip:
            position += 1
        elif doc[position].pos_ == "ADP" and not future:
            position = _past_noun_phrase(doc, position + 1, end)
        else:
            break
    if future:
        if position + 1 >= end or doc[position].lower_ != "att":
            return aim
        position += 1
    if position < end and (
        infinitive_reading(doc[position]) or lexicon_infinitive(doc[position].lower_)
    ):
        return doc[position]  # "vill under året lyfta [ADJ] frågor" (round 37, aq-B2)
    return aim


def raised_aims(aim: Token, skip: frozenset[int] | set[int] = frozenset()) -> list[Token]:
    """`past_raising_verb` and the infinitives coordinated with the one it reaches (round 39,
    B2): ``vill ordna kurser, hyra ut lokaler och bjuda in gäster`` → ordna, hyra, bjuda; the
    group's own coordination ran on the raising verb, not on its infinitive."""
    raised = past_raising_verb(aim, skip)
    if raised is aim:
        return [aim]
    return [raised, *coordinated(raised, sentence_end(raised))]


def _adverb_slot(token: Token) -> bool:
    """An adverb or a negation in a verb's adverbial slot (``behöver därför inte``,
    ``behöver heller inte``): the negation particle is tagged PART, not ADV."""
    return token.pos_ in {"ADV", "PART"} or token.lower_ in GRAMMAR.negations


def past_perfect_have(aim: Token) -> Token:
    """``ska ha fyllt``, ``bör inte ha lämnat``: an infinitive ``ha`` followed by a supine is
    the perfect auxiliary, and the supine is the aim; ``ska ha kunskap`` keeps ``ha``."""
    if aim.lower_ != "ha":
        return aim
    doc = aim.doc
    position = aim.i + 1
    end = sentence_end(aim)
    while position < end and _adverb_slot(doc[position]):
        position += 1
    if position < end and _supine(doc[position]):
        return doc[position]
    return aim


def with_perfect_supine(group: Group) -> Group:
    """``Revisorerna ska ha utsetts av kommunfullmäktige``: the group's verbs end in the
    infinitive ``ha``; its supine (`past_perfect_have`) joins them, so that an s-passive
    supine and its ``av``-agent are seen before the actor is chosen (round 39, B3)."""
    if not group.verbs or group.verbs[-1].lower_ != "ha":
        return group
    supine = past_perfect_have(group.verbs[-1])
    return group if supine is group.verbs[-1] else replace(group, verbs=(*group.verbs, supine))


def perfect_conjuncts(group: Group) -> Group:
    """``ska leverantören ha granskats av revisorerna eller fått sitt anbud prövat``: the
    supines coordinated under one infinitive ``ha`` join the group after its supine, each in
    its own voice (`voice_parts` then parts the passive, whose actor is its ``av``-agent, from
    the active conjunct, whose actor is the subject; round 39, B4)."""
    if not group.verbs or group.verbs[-1].lower_ != "ha":
        return group
    supine = past_perfect_have(group.verbs[-1])
    if supine is group.verbs[-1]:
        return group
    conjuncts = coordinated(supine, sentence_end(supine))
    if not conjuncts:
        return group
    verbs = (*group.verbs, supine, *conjuncts)
    return replace(group, verbs=verbs, end=max(group.end, verbs[-1].i + 1))


def epistemic_perfect(group: Group, cues: DeonticCues) -> bool:
    """``Vissa uppgifter kan ha ändrats``, ``Nämnden bör ha fattat beslut före mötet``: a
    modal of `epistemic_perfect_modals` + ``ha`` + a supine (a perfect infinitive) is a
    possibility or inference about the past, no cue and no statement (round 38, B4;
    docs/annotation.md §5.3); ``ska ha fyllt`` and ``bör ha en ordförande`` are not."""
    finite = group.finite
    if finite.lower_ not in cues.epistemic_perfect_modals or not group.verbs:
        return False
    first = group.verbs[0]
    doc = finite.doc
    if first is finite:  # "Bolaget borde ha informerat": `borde` heads no infinitive group
        position = finite.i + 1
        while position < len(doc) and _adverb_slot(doc[position]):
            position += 1
        first = doc[min(position, len(doc) - 1)]
    if first.lower_ == "ha":
        return _perfect_after(first)
    return _supine(first) and any(t.lower_ == "ha" for t in doc[finite.i + 1 : first.i])


def _perfect_after(have: Token) -> bool:
    """An infinitive ``ha`` before a supine (by tag or by the lexicon: ``kan ha missat``)."""
    doc = have.doc
    position = have.i + 1
    end = sentence_end(have)
    while position < end and _adverb_slot(doc[position]):
        position += 1
    return position < end and (_supine(doc[position]) or supine_spelling(doc[position].lower_))


def _supine(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and "Sup" in morph_values(token, "VerbForm")


def _past_noun_phrase(doc: Doc, position: int, end: int) -> int:
    """The index after the noun phrase a preposition governs at `position`: determiners and
    modifiers, then its nouns (``vid varje ärende``, the noun read as an adjective too)."""
    while position < end and doc[position].pos_ in {"DET", "ADJ", "NUM", "PRON"}:
        position += 1
    while position < end and doc[position].pos_ in {"NOUN", "PROPN"}:
        position += 1
    return position


def tokens_of(actor: ActorMention | None) -> range:
    if actor is None or actor.first_token < 0:
        return range(0)
    return range(actor.first_token, actor.last_token + 1)


def verb_reading(aim: Token, actor: range) -> bool:
    """An aim is a verb: never a word of the statement's own actor, nor a definite or
    genitive noun or a name that no verb reading fits (``har förbundsdirektören`` with the
    subject noun taken for the verb, ``se till att förvaltningens …``). A word the lexicon
    knows only as a verb's base form (`verb_not_noun_base_form`: ``värna``) is that verb
    whatever noun tags the tagger gave it (``vill värna [NOUN Def] friheten``; round 51,
    analysis 51-bo G)."""
    if aim.i in actor:
        return False
    if aim.pos_ not in {"NOUN", "PROPN"} or verb_not_noun_base_form(aim.lower_):
        return True
    nominal = aim.pos_ == "PROPN" or bool(
        {"Def", "Gen"} & {*morph_values(aim, "Definite"), *morph_values(aim, "Case")}
    )
    return not nominal or any(
        reading(aim) for reading in (is_verb, is_passive, passive_by_spelling, present_by_spelling)
    )


def finite_aim(group: Group, phrase_verb: Token | None, actor: range) -> Token | None:
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
    position = _past_plain_adverbs(doc, aim.i - 1, start)
    if position > start and doc[position].lower_ == "att":
        # "har rätt att närvara men inte att rösta": the repeated marker (round 42, ba-8)
        position = _past_plain_adverbs(doc, position - 1, start)
    if position <= start or doc[position].lower_ not in GRAMMAR.negations:
        return False
    joint = doc[position - 1]
    return joint.lower_ in GRAMMAR.coordinators or joint.text == ","


def adverb_opened_conjunct(aim: Token) -> bool:
    """``ska inte drivas i egen regi och kontinuerligt anpassas``: a conjunct opened by
    ``och``/``samt`` (`scope_closing_coordinators`) and a sentence adverb of its own (no
    negation) stands outside the modal's negation (round 54, analysis 54-cf J); so does one
    opened by an adversative coordinator (`adversative_coordinators`), adverb or not (``får
    inte besluta men yttra sig``: round 55, analysis 55-cj C5)."""
    doc = aim.doc
    start = sentence_start(aim)
    position = _past_conjunct_adverbs(doc, aim.i - 1, start)
    if not start < position:
        return False
    word = doc[position].lower_
    return word in GRAMMAR.adversative_coordinators or (
        position < aim.i - 1 and word in GRAMMAR.scope_closing_coordinators
    )


def _past_conjunct_adverbs(doc: Doc, position: int, start: int) -> int:
    """Back from `position` past adverbs that are no negation; an adjective right before the
    verb is an adverb (``och fortlöpande [ADJ] utvärderas``), and so is any word the parser
    reads as one (``regelbundet [NOUN]``)."""
    while (
        position > start
        and (doc[position].pos_ in {"ADV", "ADJ"} or doc[position].dep_ == "advmod")
        and doc[position].lower_ not in GRAMMAR.negations
    ):
        position -= 1
    return position


def own_modal_after(aim: Token, cue_start: int) -> bool:
    """``kan inte ändra … men kan när som helst (vid behov) återkalla …``: a conjunct verb
    with a modal of its own right before its adverbials (adverbs, a prepositional phrase on
    the verb), after the cue's modal, is that modal's aim, wherever the parser hangs the
    modal (``kan`` read as the coordinator's dependent): the earlier cue gives it no
    statement, neither negated nor released (round 55, cj-R3). A modal that stands for the
    infinitive it governs inside the cue's chain (grammar.yaml `infinitive_modals`: ``ska
    ordna träffar samt förväntas delta``, round 44) has no statement of its own and leaves
    its aim to the cue."""
    doc = aim.doc
    modal = _past_conjunct_adverbials(doc, aim, sentence_start(aim))
    word = doc[modal].lower_
    return (
        modal > cue_start
        and word in GRAMMAR.modals
        and word not in GRAMMAR.infinitive_modals
    )


def _past_conjunct_adverbials(doc: Doc, aim: Token, start: int) -> int:
    """Back from the word before `aim` past its adverbs and its prepositional adverbials
    (an ``obl`` on `aim` with its preposition and attributes: ``vid behov``, ``i första
    hand``)."""
    position = aim.i - 1
    while position > start:
        token = doc[position]
        adverbial = token if token.dep_ == "obl" else token.head
        on_aim = adverbial.dep_ == "obl" and adverbial.head.i == aim.i and adverbial.i < aim.i
        plain = token.pos_ in {"ADV", "ADJ"} or token.dep_ == "advmod"
        if token.lower_ in GRAMMAR.negations or not (plain or on_aim):
            break
        position -= 1
    return position


def _past_plain_adverbs(doc: Doc, position: int, start: int) -> int:
    """Back from `position` past adverbs that are no negation."""
    while (
        position > start
        and doc[position].pos_ == "ADV"
        and doc[position].lower_ not in GRAMMAR.negations
    ):
        position -= 1
    return position


def _foreign_agent(
    actor: ActorMention | None, group: Group, mentions: Sequence[ActorMention]
) -> bool:
    """A passive's agent found after its verbs that is no agent (`agents.foreign_agent`)."""
    last = max(verb.i for verb in (*group.verbs, group.finite))
    if actor is None or actor.first_token <= last:
        return False
    return foreign_agent(actor, last, group.finite.doc, mentions)


def fronted_partitive(actor: ActorMention | None, group: Group) -> bool:
    """``Av fullmäktiges valda ledamöter väljs tre till valberedningen``, ``Av nämndens
    ledamöter utses en ordförande``: a plural actor in an ``av``-phrase that opens the
    sentence and fills the prefield before the passive's finite verb names the set the
    subject is picked from, a partitive, no agent (fix31; docs/annotation.md §5.2, an
    ``av``-phrase that is partitive is no agent). A singular stays the agent (``Av nämnden
    fastställs taxorna``)."""
    if actor is None or actor.first_token < 1:
        return False
    doc = group.finite.doc
    if not (actor.plural or "Plur" in morph_values(doc[actor.last_token], "Number")):
        return False  # a merged owner + role keeps the owner's number: read the head's
    opening = actor.first_token - 1
    while opening > 0 and doc[opening].lower_ != "av" and doc[opening].pos_ in {"DET", "ADJ"}:
        opening -= 1
    return (
        doc[opening].lower_ == "av"
        and doc[opening].is_sent_start
        and actor.last_token + 1 == group.finite.i
    )


def agent_of_attribute(actor: ActorMention | None, group: Group) -> bool:
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


def voice_parts(group: Group) -> tuple[Group, Group | None]:
    """``ska nämndens ordförande väljas av stämman och leda arbetet``: under one modal, a
    passive infinitive and an active one conjoined after it are two clauses' verbs (the
    passive's actor is its ``av``-agent, the active one's the subject): the group up to the
    active conjunct, and the group from it. Likewise an active infinitive and a passive one
    conjoined after it (``Vissa beslut kan kräva prövning men ändå räknas som rutinärenden``):
    each conjunct keeps its own voice; and two passives with an agent between them."""
    verbs = group.verbs
    # "har granskats av X eller fått …": a finite perfect's supines likewise (round 39, B4)
    perfect = group.finite.lower_ in GRAMMAR.perfect and verbs[:1] != (group.finite,)
    if not is_modal(group.finite) and not perfect:
        return _own_agent_parts(group)
    for position, verb in enumerate(verbs[1:], start=1):
        previous = verbs[position - 1]
        to_active = is_passive(previous) and not is_passive(verb)
        to_passive = not is_passive(previous) and is_passive(verb) and _conjoined(verb)
        gapped = gapped_passive_infinitive(verb, verbs[0])  # round 39, K-B4
        # "ska ses över och på nytt antas av X": the adverbial gives the second passive its
        # own phrase and agent (analysis 51-bq H)
        gapped = gapped or passive_conjunct_after_adverbial(verb, verbs[0])
        if to_active or to_passive or gapped or _own_agent_between(previous, verb):
            return replace(group, verbs=verbs[:position]), replace(group, verbs=verbs[position:])
    return group, None


def _own_agent_parts(group: Group) -> tuple[Group, Group | None]:
    """``Protokollet förs av sekreteraren och justeras av ordföranden``, ``Arvodet bestäms av
    stämman och betalas ut månadsvis`` (round 30, B1): a conjunct of a finite passive is
    finite too, though the tagger read its s-form as the infinitive (they are spelled alike):
    with the first passive's ``av``-agent between them, each keeps its own agent (or none),
    as finite conjuncts do (`own_voice_apart`)."""
    verbs = group.verbs
    if not verbs or verbs[0] is not group.finite:
        return group, None
    for position, verb in enumerate(verbs[1:], start=1):
        if _own_agent_between(verbs[position - 1], verb) and _conjoined(verb):
            rest = replace(group, finite=verb, verbs=verbs[position:])  # its own finite verb
            return replace(group, verbs=verbs[:position]), rest
    return group, None


def finite_passive_conjunct(token: Token) -> bool:
    """Round 39 (U2): ``Kallelsen skickas ut till ledamöterna och undertecknas av
    ordföranden``: an s-form tagged infinitive right after a coordinator, which the parser
    hangs on a noun (so no verb group takes it), with a finite passive as the nearest verb
    before it, is that passive's finite conjunct (they are spelled alike, `_own_agent_parts`)
    and opens a group of its own, with its own ``av``-agent. Round 48 (analysis 48-y cause
    B): so it is after any finite verb of the main clause, active or the copula, whose
    subject it shares (``Rådet är kommunens remissorgan och sammankallas av X``)."""
    if token.i == 0 or not token.lower_.endswith("s") or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    doc = token.doc
    if doc[token.i - 1].lower_ not in GRAMMAR.coordinators or tense_of(token) != "inf":
        return False
    if not is_passive(token) or any(c.dep_ in {"aux", "aux:pass", "mark"} for c in token.children):
        return False
    return main_clause_finite_before(token, or_passive=True)


def _own_agent_between(previous: Token, verb: Token) -> bool:
    """``kan avgöras av ordföranden och anmälas till nämnden``: the first of two passive
    conjuncts has its ``av``-agent before the second, which does not share it (only an agent
    after the last conjunct is shared, `_shared_agent`)."""
    if not (is_passive(previous) and is_passive(verb)):
        return False
    between = previous.doc[previous.i + 1 : verb.i]
    return any(token.lower_ == "av" for token in between) or (
        len(between) > 1 and any(_own_dependent(token, previous, verb) for token in between)
    )


def _own_dependent(token: Token, previous: Token, verb: Token) -> bool:
    """Round 39 (U2): ``ska föras vid varje sammanträde och justeras av ordföranden``: a word
    between two passive conjuncts that hangs (through its heads) on the first one, not on the
    second, is the first conjunct's own complement or adverbial, so the conjuncts are not
    joined by a bare ``och`` and the later ``av``-agent is the last conjunct's alone
    (docs/annotation.md §5.2). Coordinators, punctuation and the verb's particle (``skickas
    ut``) leave the conjunction bare."""
    if token.is_punct or token.lower_ in GRAMMAR.coordinators or token.dep_ == "compound:prt":
        return False
    head = token
    while head.i != head.head.i and head.i not in {previous.i, verb.i}:
        head = head.head
    return head.i == previous.i


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


def negative_subject(actor: ActorMention | None, sentence: Span) -> bool:
    """``Ingen ledamot får avbryta``: an actor opened by ``ingen``/``inget``/``inga``."""
    return actor is not None and negative_determiner(actor, sentence.doc)


def responsibility_lemma(verb: Token) -> str:
    return "svara" if verb.lower_.startswith("svar") else "ansvara"


# What may stand between a comma and a further `för`-phrase of a responsibility cue.
_FURTHER_FOR = frozenset({"men", "samt", "och", "också", "även", "dessutom"})


def further_for_phrases(cue_end: int, sentence: Span) -> list[tuple[int, int]]:
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


def att_infinitive_conjuncts(cue_end: int, sentence: Span) -> list[Token]:
    """``ansvarar för budgeten samt att följa upp den``, ``har ansvaret för X och för att utse
    Y``: after a responsibility cue's noun-phrase object, an infinitive (and its conjuncts)
    opened by a coordinator or comma + (``för``) ``att`` is a responsibility of its own under
    the same cue (round 54, analysis 54-cf G; ruling s2)."""
    doc = sentence.doc
    found: list[Token] = []
    for position in range(cue_end, sentence.end - 2):
        if doc[position].lower_ not in GRAMMAR.coordinators and doc[position].text != ",":
            continue
        # "och för att V" (a comma + "för att" opens a purpose clause)
        after = position + 1 + (doc[position].text != "," and doc[position + 1].lower_ == "för")
        if after >= sentence.end - 1 or doc[after].lower_ != "att":
            continue
        verb = next(
            (doc[i] for i in range(after + 1, sentence.end) if doc[i].pos_ != "ADV"), None
        )
        if verb is None or is_finite(verb) or not could_be_infinitive(verb):
            continue
        if _attributive_before_noun(verb, sentence):
            continue  # "och att nödvändiga kontroller görs": a subordinate clause's subject
        found += [verb, *(v for v in coordinated(verb, sentence.end) if not is_finite(v))]
    return list(dict.fromkeys(found))


def _attributive_before_noun(word: Token, sentence: Span) -> bool:
    """``att nödvändiga kontroller görs``, ``att alla beslut följs``: an adjective or
    determiner right before a noun opens the noun phrase of an ``att``-clause's subject; it
    is no infinitive, whatever its form (round 54, fix of 54-cf G). A word tagged an
    adjective that the lexicon knows only as an infinitive (`series_infinitive_word`: ``att
    fastställa [ADJ] avgifter``, not ``att samma regler gäller``) is the infinitive with its
    object (round 58, 58-cr C7)."""
    after = word.i + 1
    if word.pos_ == "ADJ" and series_infinitive_word(word.lower_):
        return False
    return (
        word.pos_ in {"ADJ", "DET"}
        and after < sentence.end
        and sentence.doc[after].pos_ in {"NOUN", "PROPN", "ADJ"}
    )


def finite_att_conjuncts(aims: Sequence[Token], sentence: Span) -> list[tuple[int, int]]:
    """``ansvarar för att planera arbetet och att eleverna får stöd``: after the cue's
    infinitives, an ``att``-clause with a subject and finite verb of its own, conjoined by
    ``och``/``samt``/a comma, is a responsibility of its own for that content (as
    ``ansvarar för att beslut verkställs``); the object spans of those clauses. Round 49
    (analysis 49-ao, side finding): once an aim's own ``att``-clause has opened (``har
    ansvaret att se till att X är kända och att de följs``), a later one is that clause's
    conjunct, no responsibility of its own."""
    doc = sentence.doc
    if not aims or not all(_infinitive_aim(aim) for aim in aims):
        return []
    spans = []
    for position in range(max(aim.i for aim in aims) + 1, sentence.end - 2):
        marker = doc[position]
        if marker.lower_ != "att":
            continue
        opening = doc[position + 1]
        infinitive = opening.pos_ in ("ADV", "VERB", "AUX") or could_be_infinitive(opening)
        # "… och för att X fungerar": the cue's preposition repeated after the coordinator
        before = position - 1 - _repeated_for(doc, position)
        if doc[before].lower_ not in GRAMMAR.coordinators | {","}:
            if not infinitive:
                break  # "se till att X …": the aim's own clause; later ones are its conjuncts
            continue
        if infinitive:
            continue  # "och att besluta": one more infinitive
        clause = doc[position + 2 : min(sentence.end, position + 8)]
        if not any(is_finite(token) for token in clause):
            continue
        span = object_span(marker, sentence.end, set())
        if span is not None:
            spans.append(span)
    return spans


def _infinitive_aim(aim: Token) -> bool:
    """An aim the cue governs as an infinitive: by `could_be_infinitive`, or a non-finite
    word in -a the tagger read as a noun in the infinitives' series (``samt inspektera,
    provta [NOUN] och för att …``, round 56, analysis 56b-cm R1)."""
    return could_be_infinitive(aim) or (aim.lower_.endswith("a") and not is_finite(aim))


def _repeated_for(doc: Doc, marker: int) -> bool:
    """``ansvarar för att planera … och för att X fungerar``: ``för`` between a coordinator
    (not a comma: ``, för att`` opens a purpose clause) and ``att`` repeats the cue's
    preposition (round 56, analysis 56b-cm R1; as `att_infinitive_conjuncts`)."""
    return (
        marker > 1
        and doc[marker - 1].lower_ == "för"
        and doc[marker - 2].lower_ in GRAMMAR.coordinators
    )


def coordinated_infinitive(group: Group) -> bool:
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
