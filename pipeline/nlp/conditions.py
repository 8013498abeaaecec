"""Conditions and object spans of statements (ADICO's C and O): a fronted condition
(``Vid behov ska …``), one anywhere in the sentence (``i enlighet med …``), a postposed
conditional or temporal clause (``… om ordföranden är frånvarande``), and an object span
from after the aim to the end of its clause, stopping before a condition at its edge.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.language.grammar import GRAMMAR
from pipeline.language.phrases import phrases_by_first_word
from pipeline.language.spelling import lexicon_lemma
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.agents import after_av
from pipeline.nlp.coordination import passive_main_conjunct
from pipeline.nlp.groups import Group
from pipeline.nlp.memo import (
    answers,
    doc_arrays,
    doc_memoised,
    doc_tokens,
    lower_words,
    morph_values,
    sentence_start,
)
from pipeline.nlp.subjects import (
    adverbial_cleft_som,
    conformity_phrase,
    free_relative_at,
    fronted_task_object,
    genitive_noun,
    modal_after_fronted_clause,
    parsed_subject,
    subordinator_of,
)
from pipeline.nlp.verb_fallbacks import (
    perfect_adverbial_end,
    supine_after_adverbial,
    v1_condition_end,
)
from pipeline.nlp.verb_forms import (
    is_modal,
    lexicon_infinitive,
    past_adverbs_and_negations,
    verb_not_noun_base_form,
)
from pipeline.nlp.verbs import (
    could_be_infinitive,
    is_finite,
    is_infinitive,
    is_passive,
    is_time_noun,
    is_verb,
    opens_infinitive_clause,
    present_by_spelling,
    present_in_subordinate_clause,
    tense_of,
    verb_lemma,
)
from pipeline.patterns import LAW_HEADS, SFS_WORD


def object_span(aim: Token, stop: int, exclude: set[int]) -> tuple[int, int] | None:
    """From after the aim to the end of its clause (first comma, conjunction+verb or stop)."""
    doc = aim.doc
    arrays = doc_arrays(doc)  # the words' columns: a `Token` only where a test needs one
    text, lower, pos = arrays.text, arrays.lower, arrays.pos
    start = aim.i + 1
    if start < stop and verb_particle(aim, lower[start]):
        start += 1  # "ses över varje år", "följa upp verksamheten": the particle is the verb's
    while start < stop and (
        start in exclude
        or lower[start] in GRAMMAR.negations  # "ansvarar inte för X": the cue's negation
        or (
            pos[start] == "ADV"
            and not _heads_time_limit(doc, start, stop)
            and not _modifies_numeral(doc, start, stop)
        )
        or _adverb_conjunct(doc, start, aim)
        or (_adverb_conjunct(doc, start - 1, aim) and _adverb_read_otherwise(doc[start]))
    ):
        start += 1
    coordinators = GRAMMAR.coordinators
    if (
        start < stop
        and lower[start] in coordinators
        and _next_conjunct_verb(doc, start, stop) is not None
    ):
        return _shared_object(aim, start, stop, exclude)  # "utvärdera och vid behov entlediga X"
    end, tokens = start, doc_tokens(doc)
    while end < stop and (
        # a series' comma first (`_noun_phrase_series` asks a comma first)
        (end > start and text[end] == "," and _noun_phrase_series(doc, end, stop))
        or (end > start and text[end] == "," and _negated_phrase_after(aim, end, stop))
        or not (
            (text[end] != "§" and tokens[end].is_punct)
            or (lower[end] in coordinators and _verb_follows(doc, end + 1))
            or (lower[end] in coordinators and _infinitive_conjunct(aim, doc, end + 1))
            or (lower[end] in coordinators and _clause_follows(doc, start, end, stop))
            or (end > start and _adverbial_clause_at(doc, end, stop))
        )
    ):
        end += 1
    if end <= start:
        return _shared_object(aim, start, stop, exclude)
    if _time_adverbial_after_passive(aim, doc[start:end]):
        return None  # "Planen ska ses över varje år": when, no complement
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


_QUANTIFIER_POS = frozenset({"DET", "NUM"})


def _time_adverbial_after_passive(aim: Token, words: Span) -> bool:
    """``ska ses över varje mandatperiod``, ``ska revideras två gånger per år`` (newuser53
    fault 9): after a passive (its object is its subject) a quantified noun phrase of time
    (a determiner or number first, every noun a noun of time: grammar `time_nouns`) says
    when: no object (docs/annotation.md §5.6: the object is the aim's complement)."""
    if not is_passive(aim) or words[0].pos_ not in _QUANTIFIER_POS:
        return False
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN"}]
    return bool(nouns) and all(
        t.pos_ in GRAMMAR.time_phrase_pos and (t not in nouns or is_time_noun(t)) for t in words
    )


def verb_particle(verb: Token, word: str) -> bool:
    """`word` right after `verb` is its particle (docs/annotation.md §5.6: the object starts
    after it): an adverb particle that is no preposition (configs/grammar.yaml
    `bare_particles`: ``följa upp``, ``ta fram``) or the particle of a listed particle verb
    spelled as a preposition (`particle_verbs`: ``ses över``, ``ta emot``), whatever the
    parser hung it on (newuser53 fault 9)."""
    if word in GRAMMAR.bare_particles:
        return True
    lemma = verb_lemma(verb)
    return (lemma, word) in GRAMMAR.particle_verbs


def _shared_object(
    aim: Token, position: int, stop: int, exclude: set[int]
) -> tuple[int, int] | None:
    """``leda och samordna skolans arbete``: a verb with no object of its own right before a
    coordinator and the next verb shares that verb's object (docs/annotation.md §5.6; round
    49, nu49 fault 8), along a chain of them; not an intransitive verb (`intransitive_verbs`:
    ``sammanträda och protokollföra besluten``) nor before a reflexive verb, whose
    complement is its own (`reflexive_objects`: ``samråda och yttra sig över planerna``).
    Word lists, not the parse: the parser hangs the shared noun on either verb."""
    doc = aim.doc
    verb = _next_conjunct_verb(doc, position, stop)
    if verb is None or verb_lemma(aim) in GRAMMAR.intransitive_verbs:
        return None
    if verb + 1 < stop and doc[verb + 1].lower_ in GRAMMAR.reflexive_objects:
        return None
    return object_span(doc[verb], stop, exclude)


def _next_conjunct_verb(doc: Doc, position: int, stop: int) -> int | None:
    """The verb of the next conjunct after the coordinator or comma at `position`, past a
    short adverbial (``och vid behov entlediga``)."""
    if position >= stop or not (
        doc[position].lower_ in GRAMMAR.coordinators or doc[position].text == ","
    ):
        return None
    verb = next(
        (i for i in range(position + 1, min(stop, position + 5)) if _coordinated_verb(doc[i])),
        None,
    )
    if verb is None or not all(_adverbial_word(doc[i]) for i in range(position + 1, verb)):
        return None
    return verb


def _coordinated_verb(token: Token) -> bool:
    """A verb after the coordinator, also a base form in -a the tagger read as an adjective
    (``leda och samordna [ADJ] arbetet``: `lexicon_infinitive`)."""
    return _verb_like(token) or (token.pos_ == "ADJ" and lexicon_infinitive(token.lower_))


def _adverbial_word(token: Token) -> bool:
    """A word of a short adverbial before a coordinated verb (``och dels``, ``och vid behov``):
    an adverb, a preposition, or the noun right after one (never a subject)."""
    if token.pos_ in {"ADV", "PART", "ADP"}:
        return True
    return token.pos_ == "NOUN" and token.i > 0 and token.nbor(-1).pos_ == "ADP"


_SERIES_START_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})
_SERIES_WORD_POS = _SERIES_START_POS | {"ADP"}


def _noun_phrase_series(doc: Doc, comma: int, stop: int) -> bool:
    """``åt ett utskott, en ledamot eller en tjänsteperson``: a comma between noun phrases of
    a series that a coordinator closes is inside the object (§5.6; round 49, nu49 fault 8):
    after it a noun phrase, no verb, then ``och``/``eller`` and a last noun phrase not followed
    by a finite verb (``kassan, och sekreteraren skriver …`` is a new clause)."""
    if doc[comma].text != "," or comma + 1 >= stop or not _series_word(doc[comma + 1], start=True):
        return False
    position = comma + 1
    while position < stop and _series_word(doc[position]):
        position += 1
    if position >= stop or doc[position].lower_ not in GRAMMAR.coordinators:
        return False
    position += 1
    if position >= stop or not _series_word(doc[position], start=True):
        return False
    while position < stop and _series_word(doc[position]):
        position += 1
    if position >= stop or _subject_of_open_clause(doc, comma):
        return True
    return not (_verb_like(doc[position]) or doc[position].pos_ == "ADV")


def _subject_of_open_clause(doc: Doc, comma: int) -> bool:
    """``ansvarar för att val till riksdagen, regionen och kommunen genomförs`` (newuser53
    fault 6): a subordinate clause opened before the series' comma (``att``, a subjunction)
    with no verb yet has the whole series as its subject, and the finite verb after the
    series is that clause's own, no new main clause."""
    for position in range(comma - 1, doc[comma].sent.start - 1, -1):
        token = doc[position]
        if _verb_like(token) or token.is_punct:
            return False
        if token.lower_ == "att" or (
            token.pos_ == "SCONJ" and token.lower_ in GRAMMAR.subordinators
        ):
            return True
    return False


def _series_word(token: Token, *, start: bool = False) -> bool:
    """A word of a noun phrase in a series: no verb of any form the tagger missed."""
    allowed = _SERIES_START_POS if start else _SERIES_WORD_POS
    return token.pos_ in allowed and not _verb_like(token)


def _verb_like(token: Token) -> bool:
    return is_verb(token) or present_by_spelling(token) or could_be_infinitive(token)


def statement_object(
    aim: Token, actor: ActorMention | None, group: Group, stop: int, exclude: set[int]
) -> tuple[int, int] | None:
    """The statement's object before conditions are cut (docs/annotation.md §5.6): the words
    after the aim (`object_span`); for a passive whose actor is its ``av``-agent after the aim,
    the grammatical subject (``Räkenskaperna ska granskas av revisorerna`` → ``Räkenskaperna``;
    round 49, nu49 fault 3), never the agent phrase. An assembly that meets has none
    (`_assembly_meets`)."""
    if _assembly_meets(aim, actor):
        return None
    if actor is None or actor.first_token <= aim.i:
        return object_span(aim, stop, exclude)
    if not is_passive(aim):
        if (fronted := fronted_task_object(aim)) is not None:
            return fronted.start_char, fronted.end_char  # "Ansvaret för X har nämnden"
        return _past_subject_relative(object_span(aim, stop, exclude), actor, aim.doc, stop)
    if not after_av(actor, aim.doc) and not _coordinated_agent(actor, aim):
        return object_span(aim, stop, exclude)
    conditions = _conditions(aim.sent)
    for subject in reversed(_passive_subjects(group)):
        span = _passive_subject_span(subject, group, actor.first_token)
        if span is not None and not any(c[0] < span[1] and span[0] < c[1] for c in conditions):
            return span
    return _before_agent(object_span(aim, stop, exclude), actor, aim.doc)


def _assembly_meets(aim: Token, actor: ActorMention | None) -> bool:
    """``Årsmötet ska hållas före mars månads utgång``, ``Stämman hålls i Ekby`` (round 46
    as round 51 scopes it; newuser51b fault 7): an assembly (actor role ``assembly``) as the
    subject before the agentless passive of a verb of meeting (`assembly_meeting_verbs`) is
    the body that meets; what follows says when or where, no object. A thing or a meeting
    that is no body as subject (``Beslut ska anmälas vid …``, ``Sammanträdet ska hållas i
    …``) keeps its object (§5.6)."""
    return (
        actor is not None
        and actor.role == "assembly"
        and actor.last_token < aim.i
        and is_passive(aim)
        and verb_lemma(aim) in GRAMMAR.assembly_meeting_verbs
    )


def _coordinated_agent(actor: ActorMention, aim: Token) -> bool:
    """An agent coordinated to the passive's ``av``-agent (``av nämnden och samtliga
    bolag``, ``av nämnden och av den eller de tjänstemän …``; review 51b): an ``av`` stands
    between the aim and it, so its object is the passive's subject too."""
    return any(token.lower_ == "av" for token in aim.doc[aim.i + 1 : actor.first_token])


_RELATIVE_STOP_POS = frozenset({"SCONJ", "PART", "CCONJ", "PUNCT"})
_COMPLEMENT_END_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "PRON"})
_OBJECT_MODIFIER_POS = frozenset({"ADJ", "NUM"})


def _past_subject_relative(
    span: tuple[int, int] | None, actor: ActorMention, doc: Doc, stop: int
) -> tuple[int, int] | None:
    """``Vid sammanträdet har ordföranden som leder mötet utslagsröst``: an inverted subject's
    relative clause belongs to the subject, not to the object that the words after the aim
    open with (review 51). Where they open with the subject's ``som`` and a verb, and no
    subjunction, infinitive mark, coordinator or comma follows to the clause's end, the
    object is the clause's last noun phrase (`_last_noun_phrase`) after the relative
    clause's own complement, a word of a noun phrase (``mötet``, ``18 år``, ``av stämman``,
    ``är äldst``). Else `span` as it was."""
    relative = actor.last_token + 1
    if span is None or relative >= stop or doc[relative].lower_ != "som":
        return span
    if span[0] != doc[relative].idx:
        return span
    verb = next((i for i in range(relative + 1, stop) if doc[i].pos_ in {"VERB", "AUX"}), None)
    end = stop - 1
    while end > relative and doc[end].is_punct:
        end -= 1
    if verb is None or end <= verb + 1 or any(
        doc[i].pos_ in _RELATIVE_STOP_POS for i in range(verb + 1, end + 1)
    ):
        return span
    first = _last_noun_phrase(doc, verb, end)
    if first <= verb + 1 or doc[first - 1].pos_ not in _COMPLEMENT_END_POS:
        return span  # the relative clause's verb alone, or a preposition's noun phrase
    return doc[first].idx, doc[end].idx + len(doc[end].text)


def _last_noun_phrase(doc: Doc, after: int, end: int) -> int:
    """The first token of the noun phrase ending at `end` (past `after`): its last word, the
    adjectives and numerals before it and one determiner or genitive."""
    first = end
    while first - 1 > after and doc[first - 1].pos_ in _OBJECT_MODIFIER_POS:
        first -= 1
    if first - 1 > after and (doc[first - 1].pos_ == "DET" or genitive_noun(doc[first - 1])):
        first -= 1
    return first


def _passive_subjects(group: Group) -> list[Token]:
    """The parser's subjects of the group's verbs, in text order."""
    verbs = {group.finite, *group.verbs}
    heads = verbs | {v.head for v in verbs if v.dep_ in {"aux", "aux:pass", "conj"}}
    found = {c for v in heads for c in v.children if c.dep_ in {"nsubj", "nsubj:pass"}}
    first = parsed_subject(group)
    return sorted(found | ({first} if first is not None else set()), key=lambda t: t.i)


def _before_agent(
    span: tuple[int, int] | None, actor: ActorMention, doc: Doc
) -> tuple[int, int] | None:
    """No subject found: the object after the aim less the ``av``-agent and what follows it
    (``övertas uppgifterna av …`` → ``uppgifterna``)."""
    av = next((i for i in range(actor.first_token - 1, -1, -1) if doc[i].lower_ == "av"), None)
    if span is None or av is None or not span[0] <= doc[av].idx < span[1]:
        return span
    end = doc[av - 1].idx + len(doc[av - 1].text)
    return (span[0], end) if end > span[0] else None


def _passive_subject_span(
    subject: Token | None, group: Group, agent: int
) -> tuple[int, int] | None:
    """The character span of the subject's phrase (of its first conjunct's head) where it
    stands before the agent and apart from the group's verbs (prefield, or inverted:
    ``Vid förfall ersätts denne av …``), its edge punctuation and coordinator left out;
    none for a subject the parser found inside a prepositional phrase."""
    while subject is not None and subject.dep_ == "conj" and subject.head.i < subject.i:
        subject = subject.head
    if subject is None:
        return None
    first, last = subject.left_edge.i, subject.right_edge.i
    verbs = {group.finite.i, *(verb.i for verb in group.verbs)}
    if any(first <= verb <= last for verb in verbs) or last >= agent:
        return None
    doc = subject.doc
    while first < last and (doc[first].is_punct or doc[first].pos_ == "CCONJ"):
        first += 1
    if doc[first].pos_ == "ADP":
        return None
    last = _prefield_attribute_end(doc, last, min(verbs))
    while last > first and doc[last].is_punct:
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _prefield_attribute_end(doc: Doc, last: int, verb: int) -> int:
    """Round 54 (newuser54b fault 8): ``Kallelse till sammanträde skickas ut av VD``: a
    prepositional phrase between the prefield subject and the group's first verb modifies
    the subject (V2: one phrase stands before the finite verb), even where the parser hung it
    on the verb; the subject's phrase, the passive's object, runs to it. Not a condition's
    opener (``enligt``, ``i samråd med``), nor anything but a plain noun phrase."""
    position = last + 1
    if position >= verb or doc[position].pos_ != "ADP":
        return last
    words = [t.lower_ for t in doc[position:verb]]
    if any(_starts_with(words, phrase) for phrase in GRAMMAR.conditions_by_first_word.get(
        words[0], ()
    )):
        return last
    if any(t.pos_ not in _PREFIELD_ATTRIBUTE_POS for t in doc[position + 1 : verb]):
        return last
    return verb - 1


_PREFIELD_ATTRIBUTE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "ADP"})


def _heads_time_limit(doc: Doc, position: int, stop: int) -> bool:
    """``skickas senast tio dagar före mötet``: an adverb that heads a time limit (grammar
    `time_limit_adverbs`) with its phrase after it is the verb phrase's adverbial, kept whole
    in the object (docs/annotation.md §5.6; round 49, nu49 fault 9), no skipped adverb."""
    return (
        doc[position].lower_ in GRAMMAR.time_limit_adverbs
        and position + 1 < stop
        and doc[position + 1].pos_ in _TIME_LIMIT_NEXT_POS
    )


def _modifies_numeral(doc: Doc, position: int, stop: int) -> bool:
    """``sammanträda minst fyra gånger per år``: a degree adverb (grammar
    `numeral_degree_adverbs`) right before a numeral modifies the numeral; it is part of the
    phrase the numeral opens and stays in the object with it (docs/annotation.md §5.6;
    round 50, newuser50b fault 5)."""
    return (
        doc[position].lower_ in GRAMMAR.numeral_degree_adverbs
        and position + 1 < stop
        and doc[position + 1].like_num
    )


# What follows a time limit's adverb: ``den 1 maj``, ``tre veckor``, ``i mars``, ``vid``
# (``reviderades senast reglementet`` has `senast` "most recently", no time limit).
_TIME_LIMIT_NEXT_POS = frozenset({"NUM", "DET", "ADP"})


# The words a short subject noun phrase after a coordinator may hold (`_clause_follows`).
_SUBJECT_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
_CLAUSE_MARKERS = frozenset({"att", "som"})


def _negated_phrase_after(aim: Token, comma: int, stop: int) -> bool:
    """§5.5/§5.6 round 47 (newuser55b fault 7): after a comma, a negated phrase with no verb of
    its own (``, men inte ansvaret för X``, ``, inte till Y``; an adversative coordinator or an
    adverb may open it) limits the complement before it and stays inside the object; a verb
    in it (``, men inte besluta …``) makes it a conjunct of its own."""
    doc = aim.doc
    position = comma + 1
    if position < stop and doc[position].lower_ in GRAMMAR.adversative_coordinators:
        position += 1
    while position < stop and doc[position].pos_ == "ADV" and (
        doc[position].lower_ not in GRAMMAR.negations
    ):
        position += 1
    if position >= stop or doc[position].lower_ not in GRAMMAR.negations:
        return False
    end = position + 1
    while end < stop and not (doc[end].is_punct and doc[end].text != "§"):
        if _verb_like(doc[end]):
            return False
        end += 1
    if end <= position + 1:
        return False
    # review 57 S3: after a verb whose object is the person told the actor is the recipient
    return verb_lemma(aim) in GRAMMAR.recipient_object_verbs or not _contrasted_actor(
        doc, comma, position + 1, end
    )


def _contrasted_actor(doc: Doc, comma: int, first: int, end: int) -> bool:
    """Review 56b (S5): ``besluta om avgifter, men inte kommunstyrelsen``: a negated phrase
    that is one actor mention alone (a determiner may open it) contrasts the subject and is
    no part of the object. After an object that ends in an actor mention (``informera
    nämnderna, men inte fullmäktige``) it contrasts that object and stays in it. The phrase
    is its mentions (a genitive one before its head's: ``regionfullmäktiges revisorer``)
    and their determiners, adjectives and numerals (``de övriga ledamöterna``). Not after a
    `recipient_object_verbs` verb (`_negated_phrase_after`)."""
    inside = {
        i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)
    }
    return (
        end - 1 in inside
        and comma - 1 not in inside
        and all(i in inside or doc[i].pos_ in _ACTOR_MODIFIER_POS for i in range(first, end))
    )


_ACTOR_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM"})


def _adverbial_subordinator(word: str) -> bool:
    """A subordinator (configs/grammar.yaml `subordinators`) that opens an adverbial clause on
    the whole clause before it: none that opens a relative or content clause, which can be part
    of an object (`relative_pronouns`, `content_clause_openers`, `adverb_subordinators`), nor a
    postposed condition, which the CONDITION span cuts (`postposed_condition_openers`), nor a
    temporal one that is a preposition too (`preposition_subordinators`: the dev gold keeps
    ``inhämta X innan det fattar beslut`` whole)."""
    return word in GRAMMAR.subordinators and not (
        word in GRAMMAR.preposition_subordinators
        or word in GRAMMAR.relative_pronouns
        or word in GRAMMAR.genitive_relative_pronouns
        or word in GRAMMAR.content_clause_openers
        or word in GRAMMAR.adverb_subordinators
        or word in GRAMMAR.postposed_condition_openers
    )


def _adverbial_clause_at(doc: Doc, position: int, stop: int) -> bool:
    """Newuser56 fault 4 (§5.6): an object ends before an adverbial subordinate clause, an
    adverbial subordinator with its own subject and finite verb (``ansvarar för A medan
    kommunerna ansvarar för B``); the clause itself gives no statement (§5.1 B4)."""
    if not _adverbial_subordinator(doc[position].lower_):
        return False
    following = position + 1
    end = following
    while (
        end < min(stop, following + 4)
        and doc[end].pos_ in _SUBJECT_PHRASE_POS
        and doc[end].lower_ not in _CLAUSE_MARKERS
    ):
        end += 1
    return following < end < stop and (is_modal(doc[end]) or is_finite(doc[end]))


def _clause_follows(doc: Doc, start: int, coordinator: int, stop: int) -> bool:
    """Newuser53b faults 4 and 13 (§5.6, round 49): the object ends before a coordinator that
    opens a main clause of its own, a short noun phrase and then a finite verb (``granska
    avtalen och kassören ska attestera dem``), or a second ``att`` + infinitive (``att leda X
    och att samordna Y``). Not inside an object that is itself a clause (``att``, ``om`` …
    before the coordinator: ``se till att A och B förvaras``): there the noun phrase is a
    conjunct of that clause's subject (a subordinator by its tag: the preposition ``om`` of
    ``besluta om X och …`` is none)."""
    # the object's own words and the word before it (a cue's closing `att`: ska se till att);
    # a relative `som` before the coordinator may hold it (`beslut som enligt lag eller X ska`)
    if any(
        t.pos_ == "SCONJ" or t.lower_ in _CLAUSE_MARKERS
        for t in doc[max(start - 1, 0) : coordinator]
    ):
        return False
    following = coordinator + 1
    if following + 1 < stop and doc[following].lower_ == "att":
        return is_infinitive(doc[following + 1]) or could_be_infinitive(doc[following + 1])
    position = following
    while (
        position < min(stop, following + 4)
        and doc[position].pos_ in _SUBJECT_PHRASE_POS
        and doc[position].lower_ not in _CLAUSE_MARKERS  # "och X som bedrivs": a relative
        and (doc[position].pos_ != "PRON" or position == following)
    ):
        position += 1
    return (
        following < position < stop
        and (is_modal(doc[position]) or is_finite(doc[position]))
    )


def _verb_follows(doc: Doc, position: int) -> bool:
    """A verb at `position`, past the second member of a correlative pair (``och dels
    upplåta``: configs/grammar.yaml ``correlatives``)."""
    while position < len(doc) and doc[position].lower_ in GRAMMAR.correlatives:
        position += 1
    return position < len(doc) and is_verb(doc[position])


def _infinitive_conjunct(aim: Token, doc: Doc, position: int) -> bool:
    """``ska leda stadens förvaltning och verkställa [ADJ] kommunstyrelsens beslut`` (round 54,
    newuser54 fault 5): after an infinitive aim, a coordinator and a base form in -a the
    lexicon knows only as a verb (`lexicon_infinitive`) open a second infinitive under the
    same modal, whatever the tagger read (an adjective): the object ends before them, as
    before a verb the tagger saw (`_verb_follows`)."""
    if position >= len(doc) or not is_infinitive(aim):
        return False
    token = doc[position]
    return token.pos_ == "ADJ" and lexicon_infinitive(token.lower_)


def _adverb_conjunct(doc: Doc, position: int, aim: Token) -> bool:
    """``arbetar effektivt och tryggt``: a coordinator between two adverbs after the aim joins
    adverbials, it opens no object."""
    return (
        position > aim.i + 1
        and doc[position].lower_ in GRAMMAR.coordinators
        and position + 1 < len(doc)
        and doc[position - 1].pos_ == "ADV"
        and (doc[position + 1].pos_ == "ADV" or _adverb_read_otherwise(doc[position + 1]))
    )


def _adverb_read_otherwise(token: Token) -> bool:
    """An adverb in -t tagged an adjective or verb that is no verb (``tryggt``)."""
    return token.pos_ in {"ADJ", "VERB"} and token.lower_.endswith("t") and not is_verb(token)


def without_condition(
    text: str, span: tuple[int, int] | None, sentence: Span
) -> tuple[int, int] | None:
    """An object stops before a CONDITION at its edge (§5.6): ``ansvarar för omsorg i
    enlighet med lagen`` → ``omsorg``; one that opens the object is left out too."""
    for condition in _conditions(sentence):
        if span is None:
            return None
        start, end = span
        if condition[0] <= start and end <= condition[1]:
            return None  # the whole object is the condition: "tjänstgör om X är förhindrad"
        if start < condition[0] < end and (
            end <= condition[1] or _series_after(text, condition, end)
        ):
            end = _before_focus_adverb(text, start, condition[0])
        elif condition[0] <= start < condition[1] < end:
            start = condition[1]
        while start < end and text[start] in " ,":
            start += 1
        while end > start and text[end - 1] in " ,":
            end -= 1
        span = (start, end) if end > start else None
    return span


def _series_after(text: str, condition: tuple[int, int], end: int) -> bool:
    """``… angelägenheter enligt aktiebolagslagen, bolagsordningen och ägardirektivet``: an
    object that runs past a condition on a comma goes on with the condition's series, which
    is no part of the object (round 49)."""
    return condition[1] < end and text[condition[1] : end].lstrip().startswith(",")


def _before_focus_adverb(text: str, start: int, end: int) -> int:
    """The object's end before a condition, less a focus adverb that scopes over the
    condition (``ledighet bara om …`` → ``ledighet``; grammar `focus_adverbs`, round 49)."""
    head = text[start:end].rstrip(" ,")
    words = head.rsplit(" ", 1)
    if len(words) == 2 and words[1].lower() in GRAMMAR.focus_adverbs:
        return start + len(words[0])
    return end


def _conditions(sentence: Span) -> list[tuple[int, int]]:
    """The sentence's fronted condition and its condition anywhere, in order."""
    found = {
        per_sentence(_fronted_condition, sentence),
        per_sentence(_condition_anywhere, sentence),
        per_sentence(_postposed_condition, sentence),
        per_sentence(_postposed_circumstance, sentence),
    }
    return sorted(found - {None})


def per_sentence(
    find: Callable[[Span], tuple[int, int] | None], sentence: Span
) -> tuple[int, int] | None:
    """``find(sentence)``, once per sentence of a Doc memo (every statement of a sentence asks
    for its conditions)."""
    key = (find, sentence.start, sentence.end)
    return doc_memoised(sentence.doc, key, lambda: find(sentence))


def _starts_with(words: Sequence[str], phrase: Sequence[str]) -> bool:
    return len(words) >= len(phrase) and tuple(words[: len(phrase)]) == tuple(phrase)


def _char_span(sentence: Span, first: int, end: int) -> tuple[int, int] | None:
    """Character span of sentence tokens [first, end), trailing punctuation excluded (not
    the bracket closing a law's SFS number)."""
    while end > first and sentence[end - 1].is_punct and sentence[end - 1].text != "§":
        if (
            sentence[end - 1].text == ")"
            and end - 3 > first
            and _bracketed_sfs_number(sentence, end - 3)
        ):
            break
        end -= 1
    if end <= first:
        return None
    return sentence[first].idx, sentence[end - 1].idx + len(sentence[end - 1].text)


def _fronted_condition(sentence: Span) -> tuple[int, int] | None:
    """``Vid en extraordinär händelse ska …``, ``Om bolagets likviditet försämras ska …``:
    a fronted phrase or clause up to its comma, else up to the main clause's finite verb."""
    v1_end = v1_condition_end(sentence[0]) if len(sentence) else None
    if v1_end is not None:
        return _char_span(sentence, 0, v1_end - sentence.start)  # "Avvecklas verksamheten ska"
    words = lower_words(sentence)
    for phrases, finite_verbs in (
        (GRAMMAR.conditions_fronted_clauses, 2),
        (GRAMMAR.conditions_fronted_adverb_clauses, 2),
        (GRAMMAR.conditions_fronted_phrases, 1),
    ):
        # only a phrase opening with the sentence's first word can match, the longest first
        opening = phrases_by_first_word(phrases).get(words[0], ()) if words else ()
        phrase = next((p for p in opening if _starts_with(words, p)), None)
        if phrase is None:
            continue
        if phrases is GRAMMAR.conditions_fronted_adverb_clauses and not _subject_after_adverb(
            sentence, len(phrase)
        ):
            return None  # "Då ska styrelsen kallas …": the adverb "then" (V2), no clause
        comma = _first_comma_before_verb(sentence)
        if comma is not None:
            return _char_span(sentence, 0, comma)
        seen = 0  # the clause's own verb may be a supine without `har` ("I de fall
        first: int | None = None  # nämnden inte beslutat ska …")
        named = _actor_tokens(sentence)
        for index in range(len(phrase), len(sentence)):
            token = sentence[index]
            if token.i in named:
                continue  # "I de fall kommunchefen [VERB] är jävig": an actor is no verb
            if index > len(phrase) and modal_after_fronted_clause(token, sentence):
                return _char_span(sentence, 0, index)  # round 57 (57-cq B): V2 inversion
            if (
                is_finite(token)
                and seen + 1 >= finite_verbs
                and _main_clause_verb(token, sentence)  # not "Vid X som klassas …"
            ):
                if finite_verbs == 1 or _subject_follows(token, sentence):
                    return _char_span(sentence, 0, index)
                first = index if first is None else first
            # "När styrelsen inte sammanträder [NOUN] ingår …": the clause's misread present
            seen += is_verb(token) or present_in_subordinate_clause(token)
        return None if first is None else _char_span(sentence, 0, first)
    return None


def _actor_tokens(sentence: Span) -> set[int]:
    """The Doc positions of the actor mentions in `sentence` (newuser53b fault 5: the
    parser may tag the subject of a fronted clause a verb)."""
    mentions = sentence.doc._.actors or []
    return {
        i
        for m in mentions
        if sentence.start <= m.first_token < sentence.end
        for i in range(m.first_token, m.last_token + 1)
    }


def phrase_clause_tokens(sentence: Span) -> range:
    """The token positions of a fronted condition clause whose opener is a phrase of several
    words (``condition_openers.fronted_clauses``: ``I de fall ordföranden begär det ska
    …``): no one-word subordinator marks that clause for the verb rules, so its finite verb
    would read as the main clause's and the main clause as embedded in it (newuser52b fault
    1). Empty for any other sentence."""
    words = lower_words(sentence[:_LONGEST_OPENER])
    opening = phrases_by_first_word(GRAMMAR.conditions_fronted_clauses, 2).get(words[0], ())
    if not words or not any(_starts_with(words, phrase) for phrase in opening):
        return range(0)
    span = per_sentence(_fronted_condition, sentence)
    if span is None:
        return range(0)
    end = next((t.i for t in sentence if t.idx >= span[1]), sentence.end)
    return range(sentence.start, end)


_LONGEST_OPENER = 4  # words: ``i de fall där``


def _subject_after_adverb(sentence: Span, opener_length: int) -> bool:
    """``Då ordföranden är förhindrad träder …`` (round 51, newuser51b fault 6): a
    subordinator that is also an adverb (``condition_openers.fronted_adverb_clauses``) opens
    a clause only where a subject's first word follows it (not the finite verb of V2: ``Då
    ska styrelsen …``), and not a fixed phrase (``non_condition_phrases``: ``då det
    gäller``)."""
    if opener_length >= len(sentence):
        return False
    first = sentence[opener_length]
    words = lower_words(sentence)
    if any(_starts_with(words, phrase) for phrase in GRAMMAR.non_condition_phrases):
        return False
    return first.pos_ in SUBJECT_START_POS and not is_finite(first)


def _subject_follows(finite: Token, sentence: Span) -> bool:
    """A noun phrase (past adverbs and negations) follows the finite verb: the inverted
    subject of the main clause after a comma-less fronted clause (V2: ``Om samtliga i
    presidiet är förhindrade att delta leder ålderspresidenten sammanträdet``); a participle
    read as a past tense (``förhindrade att``) has none, and a later verb that has one is the
    main clause's (round 17, cause B4)."""
    doc = finite.doc
    position = past_adverbs_and_negations(doc, finite.i + 1, sentence.end)
    return position < sentence.end and doc[position].pos_ in {
        "DET",
        "ADJ",
        "NUM",
        "NOUN",
        "PROPN",
        "PRON",
    }


def _main_clause_verb(finite: Token, sentence: Span) -> bool:
    """No subordinator opens the finite verb's clause, or only the ``att`` of an infinitive
    clause, which holds no finite verb (``Om X är förhindrad att attestera eller att betala
    ska …``): past the fronted clause's own verb that verb is the main clause's (V2)."""
    subordinator = subordinator_of(finite, sentence)
    if subordinator is None:
        return True
    before = finite.doc[finite.i - 1]
    return opens_infinitive_clause(subordinator) and before.lower_ not in GRAMMAR.coordinators


def _first_comma_before_verb(sentence: Span) -> int | None:
    """The sentence's first comma, unless a finite verb comes before it ("Vid behov ska X
    planera, genomföra …": a comma after the main verb)."""
    comma = next((i for i, t in enumerate(sentence) if t.text == ","), None)
    if comma is not None and any(is_finite(t) for t in sentence[:comma]):
        return None
    return comma


# Words that close an `anywhere` condition phrase past its first word: an infinitive
# marker, a coordinator (unless it joins a noun of the phrase), and the adversative ``men``,
# which always opens the next clause (``enligt stadgarna men styrelsen kan välja att …``:
# round 47, bo G5)
_PHRASE_CLOSERS = frozenset({"att", "och", "samt", "men"})


def _condition_anywhere(sentence: Span) -> tuple[int, int] | None:
    words = lower_words(sentence)
    openers = GRAMMAR.conditions_by_first_word
    for index, word in enumerate(words):
        for phrase in openers.get(word, ()):
            if not _starts_with(words[index:], phrase):
                continue
            if announces(words[index:]):
                break  # "enligt följande:" announces what follows, no condition (round 32, D11)
            end = index + len(phrase)
            if free_relative_at(words, end):
                return _char_span(sentence, index, _free_relative_end(sentence, index, end))
            while end < len(sentence) and (
                _after_article(sentence, end)
                or not is_verb(sentence[end])
                and not _governs_condition(sentence[end], sentence[index])
            ):
                token = sentence[end]
                if token.text == "(" and _bracketed_sfs_number(sentence, end):
                    end += 3  # "enligt lagen (2013:801) om …": the law's number (round 48)
                    continue
                if (
                    token.is_punct
                    and token.text != "§"
                    or (
                        token.lower_ in _PHRASE_CLOSERS
                        and end > index + len(phrase)
                        and not _joins_noun_of_phrase(token, sentence[index].i)
                        and not _law_after_sfs_number(sentence, end)
                    )
                    or _opens_verb_conjunct(sentence, end)
                    or _passive_agent_after(sentence, end)
                    or _additive_conjunct_after(sentence, index, end)
                    or _modal_infinitive_after_noun(sentence, index, end)
                    or _inverted_subject_after_noun(sentence, index, end)
                ):
                    break
                end += 1
            if end < len(sentence) and (is_verb(sentence[end]) or _clause_verb(sentence[end])):
                end = _past_relative_clause(sentence, index, index + len(phrase), end)
            return _char_span(sentence, index, end)
    return None


def _free_relative_end(sentence: Span, opener: int, start: int) -> int:
    """Round 54 (newuser54b fault 2): a condition opener's free relative (``i enlighet med vad
    som följer av kommunallagen och de mål som fullmäktige beslutat``, ``enligt det som
    styrelsen bestämt``) is a clause of the phrase (§4: the span runs to the end of its
    clause): it runs to the next punctuation, and no further than a modal (the main clause's,
    after a fronted phrase) or an infinitive that no modal of its own governs (the slot's
    infinitive: ``ska i enlighet med vad som följer av lagen leda …``)."""
    end = start + 2
    while end < len(sentence):
        token = sentence[end]
        if token.is_punct and token.text != "§":
            break
        if opener == 0 and end > start + 2 and is_modal(token):
            break
        if (
            "Inf" in morph_values(token, "VerbForm")
            and not is_modal(sentence[end - 1])
            and any(is_modal(t) for t in sentence[:opener])
        ):
            break
        end += 1
    return end


def _modal_infinitive_after_noun(sentence: Span, opener: int, position: int) -> bool:
    """Newuser53b fault 12: ``ska i samråd med ekonomichefen upprätta [ADJ] budgeten``: a
    phrase between a modal and its infinitive ends at a definite noun or a name, for no
    attribute follows those in their noun phrase: a word in -a tagged an adjective or a verb
    after it (``upprätta``, whatever the lexicon's reading) is the modal's infinitive."""
    token, before = sentence[position], sentence[position - 1]
    if position <= opener + 1 or not any(is_modal(t) for t in sentence[:opener]):
        return False
    if (
        token.pos_ in {"ADJ", "VERB"}
        and token.lower_.endswith("a")
        and before.pos_ in _NOMINAL_POS
        and (before.pos_ == "PROPN" or "Def" in morph_values(before, "Definite"))
    ):
        return True
    return _base_form_after_complete_noun(sentence, position)


def _base_form_after_complete_noun(sentence: Span, position: int) -> bool:
    """``ska enligt en ordning [NOUN] redovisa [VERB amod] uppdraget`` (round 57, fix57e): in
    a modal's slot, a base form the lexicon knows only as a verb (`verb_not_noun_base_form`,
    whatever its tag) right after a complete noun phrase's head (a noun that is no genitive,
    or the word after an article whatever its tag) is the modal's infinitive: no noun phrase
    goes on past its head with a verb, so the phrase ends there."""
    before = sentence[position - 1]
    if "Gen" in morph_values(before, "Case"):
        return False
    nominal = before.pos_ in _NOMINAL_POS or _after_article(sentence, position - 1)
    token = sentence[position]
    return nominal and (verb_not_noun_base_form(token.lower_) or infinitive_reading(token))


def _inverted_subject_after_noun(sentence: Span, opener: int, position: int) -> bool:
    """``I år ska enligt stadgarna valberedningen lämna …`` (gen57 A): in the middle field
    after a modal the phrase ends at its definite noun (or name) as `_modal_infinitive_after_
    noun` says; a second noun in the nominative right after it that opens an actor mention
    opens the next noun phrase, the inverted subject, outside the condition (``enligt lagen
    nr 2013:801``: a reference's own noun stays)."""
    token, before = sentence[position], sentence[position - 1]
    return (
        position > opener + 1
        and token.pos_ in {"NOUN", "PROPN"}
        and before.pos_ in {"NOUN", "PROPN"}
        and (before.pos_ == "PROPN" or "Def" in morph_values(before, "Definite"))
        and "Gen" not in morph_values(before, "Case")
        and "Gen" not in morph_values(token, "Case")
        and any(is_modal(t) for t in sentence[:opener])
        and any(m.first_token == token.i for m in sentence.doc._.actors or [])
    )


def _additive_conjunct_after(sentence: Span, opener: int, position: int) -> bool:
    """``Nämnden, och med stöd av en delegation även förvaltningschefen, kan …``: in a phrase
    opened after a comma and a coordinator, an additive adverb (`additive_adverbs`) opens the
    next conjunct of what stands before the comma, outside the condition (round 51, bx-C7)."""
    return (
        opener >= 2
        and sentence[position].lower_ in GRAMMAR.additive_adverbs
        and sentence[opener - 1].lower_ in GRAMMAR.noun_phrase_coordinators
        and sentence[opener - 2].text == ","
    )


def _passive_agent_after(sentence: Span, position: int) -> bool:
    """``väljs enligt bolagsordningen av stämman``: the ``av`` after a phrase of conformity
    on a passive opens the passive's agent, outside the condition (round 51, bx-C4)."""
    if position == 0 or sentence[position].lower_ != "av":
        return False
    noun = sentence[position - 1]
    return conformity_phrase(noun) and "Pass" in morph_values(noun.head, "Voice")


def _bracketed_sfs_number(sentence: Span, position: int) -> bool:
    """``(2013:801)`` after a law's name: its SFS number, part of the reference."""
    return (
        position + 2 < len(sentence)
        and sentence[position].text == "("
        and sentence[position + 2].text == ")"
        and SFS_WORD.match(sentence[position + 1].text) is not None
    )


# a law's name (`LAW_NAME`'s head words): ``lagen``, ``socialtjänstlagen``, ``föräldrabalken``,
# ``förmynderskapsförordningen``
_LAW_WORD = re.compile(rf"[^\W\d_]*{LAW_HEADS}")


def _law_after_sfs_number(sentence: Span, position: int) -> bool:
    """``enligt socialtjänstlagen (2001:453) och lagen om stöd …`` (round 57, newuser57 fault
    8): a coordinator right after a law's bracketed SFS number and before another law's name
    (`_LAW_WORD`) joins two laws inside the phrase, however the parser attaches them."""
    return (
        3 <= position < len(sentence) - 1
        and sentence[position].lower_ in GRAMMAR.noun_phrase_coordinators
        and _bracketed_sfs_number(sentence, position - 3)
        and _LAW_WORD.fullmatch(sentence[position + 1].lower_) is not None
    )


def _past_relative_clause(sentence: Span, first_word: int, first: int, end: int) -> int:
    """``i den ordning som valet bestämt``, ``… som nämnden har beslutat, …`` (round 46, nu46
    cause 6): after a ``som`` that follows a noun of the phrase, the verb at `end` (a perfect
    auxiliary and its verb, or one verb) closes a relative clause on that noun, part of the
    condition (§5.5: `i den ordning`, `mot bakgrund av … som …`) where the clause ends there
    (punctuation, a coordinator, the sentence's end or, after a phrase opening the sentence
    at `first_word`, the main clause's finite verb follows); otherwise the verb ends the
    condition (a relative clause with an object of its own, a main clause's verb)."""
    relative = any(
        sentence[position].lower_ == "som"
        and (sentence[position - 1].pos_ in _NOMINAL_POS or _after_article(sentence, position - 1))
        for position in range(max(first, 1), end)
    )
    if not relative:
        return end
    position = end + 1
    if sentence[end].lower_ in GRAMMAR.perfect and position < len(sentence):
        position += 1 if is_verb(sentence[position]) else 0
    while position < len(sentence) and sentence[position].dep_ == "compound:prt":
        position += 1  # "som de kommer in"
    if position < len(sentence):
        following = sentence[position]
        closed = following.is_punct or following.lower_ in GRAMMAR.coordinators
        # a fronted phrase ends at the main clause's verb: "I den ordning som X bestämt ska …"
        fronted = first_word == 0 and is_finite(following)
        if not (closed or fronted):
            return _relative_clause_end(sentence, end, position) if first_word > 0 else end
    return position


def _relative_clause_end(sentence: Span, verb: int, position: int) -> int:
    """``sammanträder enligt en plan som ordföranden bestämmer varje termin`` (round 57,
    newuser57 fault 5): after a phrase that follows the main clause's verb, a relative
    clause's finite verb takes its own object and adverbials, part of the condition, up to
    the next punctuation, coordinator or verb (a modal's infinitive: ``ska enligt en plan som
    X beslutar lämna …`` ends the phrase at ``beslutar``); a non-finite verb there ends it.
    Round 57 (fix57e): the relative's verb is finite also as a present the tagger read as a
    noun (``som fullmäktige fastställer [NOUN] redovisa …``: `_clause_verb`), and a word with
    an infinitive reading (``upprätta [ADJ]``) ends the clause as a tagged verb does."""
    finite = _clause_verb(sentence[verb]) and "Sup" not in morph_values(sentence[verb], "VerbForm")
    if not finite:
        return verb
    while position < len(sentence):
        token = sentence[position]
        if (
            token.is_punct
            or token.lower_ in GRAMMAR.coordinators
            or is_verb(token)
            or infinitive_reading(token)
        ):
            break
        position += 1
    return position


_NOMINAL_POS = frozenset({"NOUN", "PROPN"})


def _after_article(sentence: Span, position: int) -> bool:
    """``enligt en plan [ADV] som …`` (round 57, newuser57 fault 5): the word right after an
    article inside the phrase (a determiner with PronType=Art: ``en``, ``ett``, ``den``,
    ``det``, ``de``) is its noun phrase's head, whatever its tag: no verb, and not the word
    the condition modifies; a condition never ends after a determiner."""
    if position < 2:
        return False
    article = sentence[position - 1]
    return (
        article.pos_ == "DET"
        and "Art" in morph_values(article, "PronType")
        and not sentence[position].is_punct
    )


def _joins_noun_of_phrase(coordinator: Token, opener_i: int) -> bool:
    """``enligt styrelsens riktlinjer och anvisningar`` (round 45): a coordinator whose
    conjunct is a noun (no verb, nor a word an infinitive could be) that the parser joins to
    a noun of the phrase so far coordinates inside the phrase's noun phrase; the condition
    runs to the phrase's end (docs/annotation.md §4: to the end of its noun phrase). A
    conjunct with a finite verb right after it is the next clause's subject (``… enligt
    planen och ordföranden ska informeras``), no member of the phrase."""
    if coordinator.lower_ not in GRAMMAR.coordinators or coordinator.dep_ != "cc":
        return False
    conjunct = coordinator.head
    joined = conjunct.head
    if conjunct.i <= coordinator.i or conjunct.dep_ != "conj":
        return False
    if not opener_i < joined.i < coordinator.i:
        return False
    if conjunct.pos_ not in _NOMINAL_POS or joined.pos_ not in _NOMINAL_POS:
        return False
    if is_verb(conjunct) or could_be_infinitive(conjunct):
        return False
    if lexicon_infinitive(conjunct.lower_):  # "enligt planen och anmäla [NOUN] X"
        return False
    after = conjunct.right_edge.i + 1
    return after >= len(conjunct.doc) or not is_finite(conjunct.doc[after])


def _opens_verb_conjunct(sentence: Span, position: int) -> bool:
    """``enligt 6 kap. 39 § KL men får inte …`` (round 43, probe43-11): a coordinator right
    before a verb opens the next verb phrase; the condition ends before it. A coordinator
    that ends the sentence opens nothing (the next sentence's verb is no conjunct)."""
    token = sentence[position]
    if token.lower_ not in GRAMMAR.coordinators or token.i + 1 >= sentence.end:
        return False
    return _verb_follows(token.doc, token.i + 1)


def announces(words: Sequence[str]) -> bool:
    """The words open with an adverbial that announces what follows (``enligt följande``,
    ``på följande sätt``: configs/grammar.yaml ``announcing_adverbials``)."""
    return any(_starts_with(words, phrase) for phrase in GRAMMAR.announcing_adverbials)


def _governs_condition(token: Token, opener: Token) -> bool:
    """``i samråd med nämndens ordförande fastställa dagordningen``: the word the condition
    modifies (here an infinitive tagged an adjective) closes it, whatever its tag; a noun
    that governs the opener is the condition's own head (``enligt … kommunallagen``), unless
    the phrase's noun hangs on it as an oblique, which only a verb takes: ``som enligt lag
    ankommer [NOUN] på kommunen`` (round 45) ends the phrase at ``lag``."""
    if not token.is_ancestor(opener):
        return False
    if token.pos_ not in _CONDITION_HEAD_POS:
        return True
    phrase_noun = opener.head
    return phrase_noun.head.i == token.i and phrase_noun.dep_ == "obl" and token.pos_ == "NOUN"


_CONDITION_HEAD_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADP"})


def condition_span(sentence: Span) -> tuple[int, int] | None:
    return (
        per_sentence(_fronted_condition, sentence)
        or per_sentence(_condition_anywhere, sentence)
        or per_sentence(_postposed_condition, sentence)
        or per_sentence(_postposed_circumstance, sentence)
    )


def _postposed_circumstance(sentence: Span) -> tuple[int, int] | None:
    """``Vice VD ska ersätta VD vid förfall`` (round 54, newuser54 fault 11): after the main
    clause's finite verb, a one-word phrase opener (`condition_openers.fronted_phrases`:
    ``vid``) + a noun of circumstance (`circumstance_nouns`), after a genitive or possessive
    if any (``vid dennes frånvaro``), is a CONDITION as the fronted ``Vid förfall ska …`` is,
    to the next punctuation or verb; only after a verb or a complete noun phrase (a definite
    noun, a name, a pronoun). After an indefinite noun the phrase is the noun's attribute
    (``utse en ersättare vid frånvaro``) and no condition. A sentence without a noun of
    circumstance is passed over first, on the Doc's lower column (perf54c)."""
    lower = doc_arrays(sentence.doc).lower
    nouns = GRAMMAR.circumstance_nouns
    if not any(lower[i] in nouns for i in range(sentence.start, sentence.end)):
        return None
    openers = {phrase[0] for phrase in GRAMMAR.conditions_fronted_phrases if len(phrase) == 1}
    finite_seen = passive = False
    for index, token in enumerate(sentence):
        if not finite_seen:
            finite_seen = is_finite(token)
            passive = finite_seen and is_passive(token)
            continue
        if token.lower_ not in openers or index + 1 >= len(sentence):
            continue
        noun = index + 1
        if _possessor(sentence[noun]) and noun + 1 < len(sentence):
            noun += 1
        if sentence[noun].lower_ not in GRAMMAR.circumstance_nouns:
            continue
        if not _complete_before(sentence[index - 1]):
            continue
        end = noun + 1
        # a passive's av-phrase after the circumstance is its agent, not the condition's
        while end < len(sentence) and not (
            sentence[end].is_punct or is_verb(sentence[end])
            or (passive and sentence[end].lower_ == "av")
        ):
            end += 1
        return _char_span(sentence, index, end)
    return None


def _possessor(token: Token) -> bool:
    """A genitive noun or a possessive determiner (``ordförandens``, ``dennes``, ``hans``)."""
    return genitive_noun(token) or (
        token.pos_ in {"DET", "PRON"} and ("Gen" in morph_values(token, "Case")
                                          or token.lower_.endswith("s"))
    )


def _complete_before(token: Token) -> bool:
    """A word that ends a noun phrase no attribute of circumstance follows (a definite noun,
    a name, a pronoun) or a verb (``tjänstgör vid förfall``)."""
    if token.pos_ in {"PROPN", "PRON"} or is_verb(token):
        return True
    return token.pos_ == "NOUN" and "Def" in morph_values(token, "Definite")


def _postposed_condition(sentence: Span) -> tuple[int, int] | None:
    clause = per_sentence(postposed_clause, sentence)
    if clause is None:
        return None
    return _char_span(sentence, clause[0] - sentence.start, clause[1] - sentence.start)


CLAUSE_CLOSERS = frozenset({",", ";", ":", "(", ")"})
QUESTION_SUBORDINATORS = frozenset({"om", "ifall"})  # "whether" after a verb of asking


def postposed_clause(sentence: Span) -> tuple[int, int] | None:
    """``Vice ordföranden leder sammanträdet om ordföranden är frånvarande``: a conditional
    or temporal clause after the main clause's verb (``postposed_condition_openers``), from
    its subordinator to the next comma or the sentence end (over ``eller`` + a second
    clause), never past a semicolon; token range in the Doc. The ``om`` of a verb of asking
    or deciding opens its indirect question (``prövar om …``, ``question_verbs``), no
    condition."""
    doc = sentence.doc
    start, stop = sentence.start, sentence.end
    lower = doc_arrays(doc).lower
    openers, infinitives = GRAMMAR.postposed_condition_openers, GRAMMAR.infinitives
    phrases = phrases_by_first_word(GRAMMAR.conditions_fronted_clauses, 2)
    words = lower[start:stop]
    if openers.isdisjoint(words) and phrases.keys().isdisjoint(words):
        return None  # no subordinator to open one (most sentences): no scan of the verbs
    finite = answers(doc, is_finite, start, stop)
    verb = answers(doc, is_verb, start, stop)
    last_verb: int | None = None
    last_finite: int | None = None  # the latest finite verb (a perfect may await its supine)
    seen_finite = item_verb = False  # item_verb: the clause's verb is an opening infinitive
    prepositions: set[str] = set()  # openers read as prepositions so far
    for i in range(start, stop):
        word = lower[i]
        if word == ";":
            # "…; om kassören avgår (så) utser styrelsen …": a clause after a semicolon
            # opens with its own fronted condition, none of the clause before (round 42, ba-11)
            seen_finite, item_verb, last_verb = False, False, None
            continue
        if seen_finite and word in phrases:
            found = _postposed_phrase(sentence, i, phrases[word])
            if found is not None:
                return found
        if word in openers and seen_finite:
            token = doc[i]
            if _opens_condition(token, sentence, last_verb, last_finite, prepositions):
                end = _condition_end(token, sentence, last_verb)
                if item_verb and any(finite[end:stop]):
                    return None  # "Lista över X när Y sammanträder ska …": a subject's phrase
                return i, _before_main_clause(token, _before_modal_conjunct(token, end))
            prepositions.add(word)
        # a present read as a noun is the main clause's verb too ("Styrelsen sammanträder [NOUN]")
        seen_finite = seen_finite or finite[i] or present_by_spelling(doc[i])
        if i <= start + 1 and not seen_finite:
            seen_finite = item_verb = _opening_infinitive(doc[i])  # an item's "besöka X när …"
        if verb[i] or word in infinitives:
            last_verb = i
        if finite[i]:
            last_finite = i
    return None


def _opens_condition(
    token: Token,
    sentence: Span,
    last_verb: int | None,
    last_finite: int | None,
    prepositions: set[str],
) -> bool:
    """The postposed opener `token` opens a clause (`_opens_clause`) and is none of: the
    ``om`` of an indirect question after a verb of asking (`question_verbs`), a preposition
    coordinated with one read before (`prepositions`: ``fattar om X och om jäv``; one not
    coordinated is no question: the verb's ``om`` was that preposition), one in the
    adverbial of perfect `last_finite` (``har genom avtal om samverkan bildat``; round 49,
    P2), a noun's complement."""
    doc, word = token.doc, token.lower_
    asks = (
        word in QUESTION_SUBORDINATORS
        and last_verb is not None
        and verb_lemma(doc[last_verb]) in GRAMMAR.question_verbs
        # newuser53b fault 14: "besluta om inköp om beloppet understiger …": the verb's
        # `om` is taken by a prepositional object already; a second one opens a condition
        and word not in prepositions
    )
    repeated = word in prepositions and after_coordinator(token)
    repeated = repeated or _in_perfect_adverbial(token, last_finite)
    return not (asks or repeated or _noun_complement(token)) and _opens_clause(token, sentence)


def _condition_end(opener: Token, sentence: Span, last_verb: int | None) -> int:
    """The end of the postposed condition `opener` opens: the next clause closer (a comma, a
    semicolon …) or the sentence's end, past its own conjunct, before a modal's infinitive of
    the main clause and before the ``som`` of an adverbial cleft."""
    lower = doc_arrays(sentence.doc).lower
    i, stop = opener.i, sentence.end
    # (a closer is punctuation: its text is its lowercase form)
    end = next((j for j in range(i + 1, stop) if lower[j] in CLAUSE_CLOSERS), stop)
    end = _past_own_conjunct(opener, end, stop)
    if last_verb is not None and lower[last_verb] in GRAMMAR.modals:
        end = _before_modal_infinitive(opener, end)
    cleft = adverbial_cleft_som(opener)
    if cleft is not None and cleft.i > i:
        end = min(end, cleft.i)  # "Det är endast när X … som Y medges …"
    return end


def _in_perfect_adverbial(opener: Token, perfect: int | None) -> bool:
    """``Kommunerna har genom avtal om samverkan kommit överens om …`` (round 49, 49-r P2):
    an opener inside the prepositional adverbial that opens the slot of a finite perfect
    (`verb_fallbacks.perfect_adverbial_end`), past its first preposition, is the
    preposition of the adverbial's noun when the perfect's active supine follows right after
    the adverbial: no subordinate clause that dropped ``har`` (``om samverkan [har]
    bildat``). ``har ett ansvar om …`` (no preposition first) keeps the condition, and so
    does a clause with a midfield of its own (``om inte annat beslutats``: a negation) or an
    s-supine (passive: never the main verb of active ``har``; review 50 M3)."""
    if perfect is None:
        return False
    doc = opener.doc
    end = perfect_adverbial_end(doc[perfect])
    if end is None or not perfect < opener.i < end or end >= len(doc):
        return False
    if past_adverbs_and_negations(doc, perfect + 1, opener.i) >= opener.i:
        return False  # the opener is the adverbial's own first preposition
    supine = doc[end]
    if supine.pos_ in {"VERB", "AUX"}:
        return "Sup" in morph_values(supine, "VerbForm") and not is_passive(supine)
    return supine_after_adverbial(supine)


def _postposed_phrase(
    sentence: Span, first: int, phrases: Sequence[tuple[str, ...]]
) -> tuple[int, int] | None:
    """``… tjänster till andra kommuner i den mån det är förenligt med lag`` (round 48, nu48
    fault 6): a clause opener of several words (`condition_openers.fronted_clauses`: ``i den
    mån``, ``i de fall``) after the main clause's verb opens a condition as ``om`` does, to
    the next comma or the sentence's end; only where a subject and its finite verb follow.
    Its end is trimmed as the ``om`` clause's (review 48b): past its own conjunct after a
    comma, before a modal conjunct of the main clause or an inverted main clause."""
    doc = sentence.doc
    lower = doc_arrays(doc).lower
    stop = sentence.end
    for phrase in phrases:
        last = first + len(phrase) - 1
        if last >= stop or tuple(lower[first : last + 1]) != phrase:
            continue
        if not _opens_clause(doc[last], sentence):
            return None
        opener = doc[last]
        end = next((j for j in range(last + 1, stop) if lower[j] in CLAUSE_CLOSERS), stop)
        end = _past_own_conjunct(opener, end, stop)
        return first, _before_main_clause(opener, _before_modal_conjunct(opener, end))
    return None


def _opening_infinitive(token: Token) -> bool:
    """``företräda kommunen när kommunstyrelsen så beslutar`` under ``Kommunchefen ska
    särskilt:`` (round 45): a list item (or an instruction) opens with its bare infinitive,
    first or past the list's coordinator, which is its clause's verb as a finite one is a
    sentence's: a postposed condition after it is the item's, as in the full sentence."""
    if token.i > sentence_start(token) and token.nbor(-1).lower_ not in GRAMMAR.coordinators:
        return False
    if is_modal(token) or token.pos_ not in _OPENING_INFINITIVE_POS:
        return False  # "Fråga [NOUN] om bidrag avgörs …": a noun opens the subject
    # the tagger may read the item's first word as an attribute ("granska [ADJ] avtal")
    return is_infinitive(token) or lexicon_infinitive(token.lower_)


# What the tagger calls an item's opening infinitive: a verb, or an attribute or adverb
# (``granska [ADJ] avtal``); a noun or name there opens a subject (``Fråga om X avgörs``).
_OPENING_INFINITIVE_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "X"})


def _noun_complement(subordinator: Token) -> bool:
    """``… och frågan om arvoden ska behandlas``: a noun phrase right after a coordinator
    (or comma) opens a conjoined main clause and needs the finite verb that follows; the
    ``om`` after its noun is a preposition (``frågan om X``), no condition (round 16); so
    is a noun phrase right after a modal inverted by a fronted adverbial."""
    doc = subordinator.doc
    position = subordinator.i - 1
    start = sentence_start(subordinator)
    if position <= start or not _nominal_head(doc[position]):
        return False
    while position > start and doc[position - 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}:
        position -= 1
    if position <= start + 1 and _opening_infinitive(doc[position]):
        return False  # "och granska [ADJ] avtal när …": an item's verb and its object
    before = doc[position - 1] if position > start else None
    if before is not None and _inverting_modal(before):
        return True  # "I sådana fall måste ett yttrande om bygglov lämnas av …" (round 18)
    if before is not None and _subject_opening_subordinator(before) and subordinator.lower_ == "om":
        # "innan beslut om investeringar fattas" (round 54, newuser54b fault 9); a temporal
        # clause inside the subordinate one stays a clause ("att intrycken när du ser …")
        return True
    return before is not None and (before.lower_ in GRAMMAR.coordinators or before.text == ",")


def _subject_opening_subordinator(token: Token) -> bool:
    """A subordinating conjunction other than ``om`` and ``som`` (``innan``, ``när``,
    ``att``; grammar.yaml `subordinators`): a noun phrase right after it is its clause's
    subject and needs that clause's finite verb. Whether a subordinator after that noun is
    a preposition is the caller's (`_noun_complement`: only ``om``, ``innan beslut om
    investeringar fattas``; a temporal ``när`` there still opens a clause)."""
    return token.pos_ == "SCONJ" and token.lower_ in GRAMMAR.subordinators - {"om", "som"}


def _nominal_head(token: Token) -> bool:
    """A noun, or a word after a determiner the tagger read as an adjective (``ett
    yttrande``: a verbal noun in -nde)."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return token.pos_ == "ADJ" and token.i > 0 and token.doc[token.i - 1].pos_ == "DET"


def _inverting_modal(modal: Token) -> bool:
    """A modal after a fronted adverbial, no subject before it (V2 inversion): the noun
    phrase right after it is its inverted subject, whose ``om`` is a preposition."""
    start = sentence_start(modal)
    if not is_modal(modal) or modal.i == start:
        return False
    return not any(t.dep_ in {"nsubj", "nsubj:pass"} for t in modal.doc[start : modal.i])


def _past_own_conjunct(subordinator: Token, end: int, stop: int) -> int:
    """``såvida de inte strider mot lag, exempelvis X eller Y, eller strider mot …``: after
    the clause's comma (past a verbless aside in commas) a coordinator + a finite verb with no
    subject of its own, in the tense and voice of the clause's verb, continues the clause
    with its subject; the clause then ends at the next closer."""
    doc = subordinator.doc
    verb = next((t for t in doc[subordinator.i + 1 : end] if _clause_verb(t)), None)
    if verb is None or end >= stop or doc[end].text != ",":
        return end
    position = end + 1
    aside = next((j for j in range(position, stop) if doc[j].lower_ in CLAUSE_CLOSERS), None)
    if aside is not None and not any(is_verb(t) for t in doc[position:aside]):
        position = aside + 1 if doc[aside].text == "," else position
    if position >= stop or doc[position].lower_ not in GRAMMAR.coordinators:
        return end
    position = past_adverbs_and_negations(doc, position + 1, stop)
    if position >= stop or not _same_form(doc[position], verb):
        return end
    return next((j for j in range(position + 1, stop) if doc[j].lower_ in CLAUSE_CLOSERS), stop)


def _same_form(conjunct: Token, verb: Token) -> bool:
    return (
        is_finite(conjunct)
        and not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in conjunct.children)
        and is_passive(conjunct) == is_passive(verb)
        and tense_of(conjunct) == tense_of(verb)
    )


def _before_main_clause(subordinator: Token, end: int) -> int:
    """``… men om stämman inte beslutat något om ersättningen ska styrelsen fastställa``: past
    the clause's own verb, a finite verb with its subject after it (V2 inversion) opens the
    main clause the condition stands first in; the condition ends before it."""
    doc = subordinator.doc
    verb = next((t.i for t in doc[subordinator.i + 1 : end] if _clause_verb(t)), None)
    if verb is None:
        return end
    for token in doc[verb + 1 : end]:
        if token.lower_ in GRAMMAR.coordinators:
            return end  # a second condition: "eller stadgarna kräver det"
        following = doc[token.i + 1] if token.i + 1 < end else None
        inverted = following is not None and following.pos_ in {"NOUN", "PROPN", "PRON", "DET"}
        relative = doc[token.i - 1].lower_ in GRAMMAR.subordinators  # "något som ska …"
        if is_modal(token) and inverted and not relative:
            return token.i
    return end


def _before_modal_conjunct(subordinator: Token, end: int) -> int:
    """``Kassören ska redovisa när styrelsen begär det och ska se till att …``: a coordinator
    + modal whose infinitive the parser conjoins to a verb before the clause (the main
    clause's) ends the clause; the modal group continues the main clause. So does a
    coordinator + an s-passive conjoined to the main clause's passive
    (`coordination.passive_main_conjunct`)."""
    doc = subordinator.doc
    for token in doc[subordinator.i + 2 : end - 1]:
        following = doc[token.i + 1]
        if passive_main_conjunct(following) and following.head.i < subordinator.i:
            return token.i  # "ska hållas när X begär det och kallas av Y" (round 51, bq D)
        if token.lower_ not in GRAMMAR.coordinators or not is_modal(following):
            continue
        main = doc[token.i + 1].head
        if main.dep_ == "conj" and main.head.i < subordinator.i:
            return token.i
    return end


def _before_modal_infinitive(subordinator: Token, end: int) -> int:
    """``Styrelsen får om synnerliga skäl föreligger medge anstånd``: a clause between a
    modal and its infinitive ends before the first infinitive after the clause's verb."""
    doc = subordinator.doc
    verb = next((t.i for t in doc[subordinator.i + 1 : end] if _clause_verb(t)), None)
    if verb is None:
        return end
    infinitive = (t.i for t in doc[verb + 1 : end] if infinitive_reading(t))
    return next(infinitive, end)


def infinitive_reading(token: Token) -> bool:
    return is_infinitive(token) or could_be_infinitive(token) or token.lower_ in GRAMMAR.infinitives


def _opens_clause(subordinator: Token, sentence: Span) -> bool:
    """A short subject noun phrase and right after it (past ``inte`` and adverbs) a finite
    verb: ``om ordföranden (inte) är …``. Not a preposition's noun phrase with the main
    verb after its postmodifier (``det som föreskrivs om nämnder i kommunallagen gäller``)
    nor an indirect question (``om hur verksamheten utvecklas``, ``när det gäller``)."""
    doc = sentence.doc
    following = doc[subordinator.i + 1] if subordinator.i + 1 < sentence.end else None
    if following is None or following.lower_ in QUESTION_WORDS:
        return False
    position = _past_adverbs(doc, subordinator.i + 1, sentence.end)
    if position >= sentence.end or doc[position].pos_ not in SUBJECT_START_POS:
        return False
    if _fixed_phrase_at(subordinator, sentence):
        return False
    first, end = position, min(sentence.end, position + SUBJECT_REACH)
    coordinated = False
    focused = subordinator.i > 0 and doc[subordinator.i - 1].lower_ in GRAMMAR.focus_adverbs
    while position < end and not _clause_verb(doc[position]):
        token = doc[position]
        joint = token.lower_ in GRAMMAR.noun_phrase_coordinators
        if _partitive_av(token) or (joint and position > first):
            # "om ordföranden eller minst en fjärdedel av ledamöterna kräver det": each
            # conjunct or share has a subject's reach of its own (round 42, ba-1)
            coordinated = coordinated or joint
            position = _past_adverbs(doc, position + 1, sentence.end)
            if joint and position < sentence.end and _clause_verb(doc[position]):
                return False  # "en gång om året och hålls i …": the main clause's conjunct
            end = min(sentence.end, position + SUBJECT_REACH)
            continue
        if focused and _subject_preposition(doc, position, first, sentence.end):
            position, end = position + 1, min(sentence.end, end + 1)
            continue
        if not _noun_phrase_word(token):
            break
        position += 1
    position = _past_adverbs(doc, position, sentence.end)
    if coordinated and not all(_definite_conjunct(t) for t in doc[first:position]):
        return False  # "frågor om ungdomar och föreningarna får …": a preposition's phrase
    return position < sentence.end and _clause_verb(doc[position])


def _subject_preposition(doc: Doc, position: int, first: int, stop: int) -> bool:
    """``endast om redovisningen av tidigare bidrag har godkänts``, ``bara om två på varandra
    följande möten beslutar det``: after a focus adverb (grammar `focus_adverbs`) ``om`` is the
    conditional subjunction, and a preposition inside its subject's noun phrase (before a
    noun-phrase word, not before a relative ``som``) keeps the phrase going (round 49, nu49
    fault 4). Without the adverb such an ``om`` may be a preposition whose phrase runs up to
    the main clause's verb (``det som föreskrivs om nämnder i kommunallagen gäller``)."""
    token = doc[position]
    if position == first or token.pos_ != "ADP" or position + 1 >= stop:
        return False
    after = doc[position + 1]
    return after.pos_ in SUBJECT_START_POS and after.lower_ != "som"


def _definite_conjunct(token: Token) -> bool:
    """A noun of a coordinated condition subject: definite, a name or a share (``revisorn
    eller styrelsen``, ``minst hälften``); an indefinite noun is a preposition's object."""
    if token.pos_ != "NOUN" or token.lower_ in GRAMMAR.quantity_nouns:
        return True
    return "Def" in morph_values(token, "Definite")


def _partitive_av(token: Token) -> bool:
    """``om minst hälften av ledamöterna är närvarande``: the ``av`` of a share (after a
    number or a `quantity_nouns` word) keeps the subject's noun phrase going (round 36, B6)."""
    if token.lower_ != "av" or token.i == 0:
        return False
    before = token.nbor(-1)
    return before.pos_ == "NUM" or before.lower_ in GRAMMAR.quantity_nouns


SUBJECT_REACH = 5  # words of a condition clause's subject noun phrase
QUESTION_WORDS = frozenset({"hur", "vad", "vem", "vilka", "vilken", "vilket", "varför", "var"})


def _past_adverbs(doc: Doc, position: int, end: int) -> int:
    while position < end and doc[position].pos_ in {"ADV", "PART"}:
        position += 1
    return position


def _noun_phrase_word(token: Token) -> bool:
    """A word of a noun phrase (``vice`` may be tagged a preposition, a noun an adposition)."""
    if token.is_punct or token.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ"}:
        return False
    return not (token.pos_ == "ADP" and token.dep_ == "case")


def _fixed_phrase_at(subordinator: Token, sentence: Span) -> bool:
    """``när det gäller``: a fixed phrase (``non_condition_phrases``), no clause; nor is a
    verbless slot insertion (``slot_insertions``: ``ska om nödvändigt justeras``, round 41
    az-6), whose passive after it is the modal's infinitive, not the clause's verb."""
    words = lower_words(sentence)[subordinator.i - sentence.start :]
    if any(_starts_with(words, phrase) for phrase in GRAMMAR.non_condition_phrases):
        return True
    doc = sentence.doc
    return any(
        _starts_with(words, phrase)
        and not any(_clause_verb(doc[subordinator.i + k]) for k in range(1, len(phrase)))
        for phrase in phrases_by_first_word(GRAMMAR.slot_insertions).get(subordinator.lower_, ())
    )


SUBJECT_START_POS = frozenset({"DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"})


def _clause_verb(token: Token) -> bool:
    """A finite verb, also a present the tagger read as a noun (``utser``, ``begär``: the
    lexicon's infinitive, less its -a or plus -r)."""
    if is_finite(token) or present_by_spelling(token):
        return True
    if is_verb(token) and "Sup" in morph_values(token, "VerbForm"):
        return True  # a subordinate clause may drop perfect "har": "om stämman inte beslutat"
    word = token.lower_
    lemma = lexicon_lemma(word)
    present = lemma.endswith("a") and word in {lemma[:-1], f"{lemma}r", f"{lemma[:-1]}er"}
    return token.pos_ == "NOUN" and word.endswith("r") and present


def after_coordinator(token: Token) -> bool:
    return token.i > sentence_start(token) and token.nbor(-1).lower_ in GRAMMAR.coordinators


def condition_of(
    aim: Token,
    condition: tuple[int, int] | None,
    postposed: tuple[int, int] | None,
    sentence: Span,
) -> tuple[int, int] | None:
    """The sentence's condition, except a postposed clause in commas after the first
    conjunct (``bereda ärenden och, när nämnden så begär, yttra sig``): it holds only for
    the verbs after it (docs/annotation.md §5.6); and a condition anywhere that a
    coordinator + verb closes (``får besluta enligt 7 kap. 18 § skollagen men får inte …``)
    holds only for the verbs before it (round 43, probe43-11). Round 57 (newuser56b fault 6,
    gen56 rows 9-11): a cue phrase in the slot of a modal coordinated after the first
    conjunct (``… och får, efter samråd med X, besluta``) is that modal's verbs' condition,
    never an earlier verb's (§5.6)."""
    own = _conjunct_slot_condition(aim, sentence)
    if own is not None:
        return own
    if condition is not None and _in_later_conjunct_slot(aim, condition, sentence):
        return None
    if condition is not None and condition == per_sentence(_condition_anywhere, sentence):
        if _in_relative_clause_of_object(aim, condition, sentence):
            return None
        return None if _aim_past_closing_conjunct(aim, condition, sentence) else condition
    if postposed is None or condition != per_sentence(_postposed_condition, sentence):
        return condition
    doc = sentence.doc
    before = doc[postposed[0] - 1] if postposed[0] > sentence.start else None
    # "… men om X inte beslutat ska styrelsen …": the condition opens the coordinated clause
    enclosed = before is not None and (before.text == "," or before.lower_ in {"men", "och"})
    # a clause that closes the sentence holds for every verb before it ("… och föredra
    # ärendena, om inte styrelsen beslutar annat")
    closing = all(token.is_punct for token in doc[postposed[1] : sentence.end])
    return None if enclosed and not closing and aim.i < postposed[0] else condition


def _conjunct_modal(position: int, sentence: Span) -> Token | None:
    """The finite modal whose slot holds the word at `position`: walking back past words
    that are no verbs to a finite modal right after a coordinator, or after a comma that a
    main clause's finite verb stands before (`_main_clause_before`), past adverbs; a
    conjunct of the clause's first verb; None elsewhere."""
    doc = sentence.doc
    for index in range(position - 1, sentence.start, -1):
        token = doc[index]
        if is_finite(token) and is_modal(token):
            joint = index - 1
            while joint > sentence.start and doc[joint].pos_ == "ADV":
                joint -= 1
            comma = doc[joint].text == "," and _main_clause_before(joint, sentence)
            joined = comma or doc[joint].lower_ in GRAMMAR.coordinators
            return token if joined else None
        if is_verb(token) or token.text in {";", ":"}:
            return None
    return None


def _main_clause_before(comma: int, sentence: Span) -> bool:
    """Review 57 M1: the comma before a modal joins conjuncts only where the words between
    the previous comma (or the sentence's start) and it hold a finite verb with no
    subordinator or relative pronoun before it (``leder mötet, får …``); after a fronted
    clause (``Om X har förhinder, får Y …``) the modal is the main clause's inverted V2 verb."""
    doc = sentence.doc
    start = comma - 1
    while start > sentence.start and doc[start - 1].text != ",":
        start -= 1
    for token in doc[start:comma]:
        if token.pos_ == "SCONJ" or token.dep_ == "mark" or "Rel" in token.morph.get("PronType"):
            return False
        if is_finite(token):
            return True
    return False


def _opens_slot(modal: Token, start: int) -> bool:
    """Review 57 M1: the slot opens right after the modal, past adverbs and commas, so no
    inverted subject stands between them (``får vice ordföranden, efter samråd, besluta``)."""
    return all(t.pos_ == "ADV" or t.text == "," for t in modal.doc[modal.i + 1 : start])


def _conjunct_slot_condition(aim: Token, sentence: Span) -> tuple[int, int] | None:
    """The condition phrase in the slot between a conjunct modal and `aim` (``och får, i
    samråd med X, besluta``), or None."""
    modal = _conjunct_modal(aim.i, sentence)
    if modal is None or aim.i - modal.i < 3:
        return None
    found = _condition_anywhere(sentence.doc[modal.i + 1 : aim.i])
    if found is None:
        return None
    span = sentence.doc.char_span(*found, alignment_mode="expand")
    return found if span is not None and _opens_slot(modal, span.start) else None


def _in_later_conjunct_slot(aim: Token, condition: tuple[int, int], sentence: Span) -> bool:
    """The condition stands after `aim` in the slot of a later conjunct modal."""
    span = sentence.doc.char_span(*condition, alignment_mode="expand")
    if span is None or span.start <= aim.i:
        return False
    modal = _conjunct_modal(span.start, sentence)
    return modal is not None and modal.i > aim.i and _opens_slot(modal, span.start)


_RELATIVE_CLAUSE_DEPS = frozenset({"acl:relcl"})


def _in_relative_clause_of_object(aim: Token, condition: tuple[int, int], sentence: Span) -> bool:
    """``sköta de ärenden som enligt avtal åligger bolaget`` (round 45; §5.6: a condition
    inside the object's embedded clause is not the statement's): the phrase's opener stands
    after the aim and past a relative clause's head on its way up to the aim."""
    if condition[0] <= aim.idx:
        return False
    span = sentence.doc.char_span(*condition)
    if span is None or not len(span):
        return False
    opener = span[0]
    for ancestor in opener.ancestors:
        if ancestor.i == aim.i:
            return False
        if ancestor.dep_ in _RELATIVE_CLAUSE_DEPS:
            return aim.is_ancestor(ancestor)
    return False


def _aim_past_closing_conjunct(aim: Token, condition: tuple[int, int], sentence: Span) -> bool:
    """The aim stands after the condition, which a coordinator opening a verb phrase ends."""
    if aim.idx < condition[1]:
        return False
    after = next((t for t in sentence if t.idx >= condition[1]), None)
    return after is not None and _opens_verb_conjunct(sentence, after.i - sentence.start)
