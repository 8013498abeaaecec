"""Who acts: the actor of a verb group, from the parse (UD ``nsubj``, ``nsubj:pass``,
``obl:agent``) and from Swedish word order (V2: the subject stands right before the finite
verb, or right after it when something else is fronted).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Doc, Span, Token

from pipeline import patterns
from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import BODY_CATEGORIES, PERSON_CATEGORIES
from pipeline.language.spelling import PRESENT_PARTICIPLE_ENDINGS, present_spelling
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.coordination import (
    actor_subject_verb,
    distributive_phrase_end,
    interrogative_before,
    inverted_main_conjunct,
    partitive_after_interrogative,
    pronoun_subject_at,
)
from pipeline.nlp.memo import (
    doc_arrays,
    doc_memoised,
    lower_words,
    morph_values,
    sentence_end,
    sentence_start,
)
from pipeline.nlp.predicative import QUOTES, after_fronted_adjective
from pipeline.nlp.references import statute_lists
from pipeline.nlp.verb_fallbacks import (
    after_threshold_relative,
    attribute_run_end,
    conjunct_clause_start,
    passive_after_relative_clause,
    run_in_heading,
    v1_condition_end,
)
from pipeline.nlp.verb_forms import (
    VERB_POS,
    is_modal,
    lexicon_infinitive,
    participle_spelling,
    past_adverbs_and_negations,
)
from pipeline.nlp.verb_vetoes import given_names, interrogative_var
from pipeline.nlp.verbs import (
    AUX_DEPS,
    attribute_of_inverted_subject,
    could_be_infinitive,
    fronted_bare_supine,
    is_finite,
    is_passive,
    is_supine,
    is_time_noun,
    is_verb,
    opens_infinitive_clause,
    present_by_spelling,
    present_in_subordinate_clause,
    tense_of,
    verb_lemma,
)

if TYPE_CHECKING:  # groups reads the opening subject (V2), so it cannot be imported here
    from pipeline.nlp.groups import Group

CLAUSE_PUNCT = frozenset({",", ";", ":", "(", "–"})
NP_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM"})
# Pronouns that head a relative clause without `som` (`av den styrelsen utser`).
CONTACT_RELATIVE_HEADS = frozenset({"den", "de", "dem"})


def mention_at(index: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    return next((m for m in mentions if m.first_token <= index <= m.last_token), None)


INSERTION_REACH = 16  # tokens of an apposition, som-clause or parenthesis after a subject


def som_antecedent(
    som: Token, mentions: Sequence[ActorMention]
) -> tuple[ActorMention | None, bool]:
    """The mention a relative ``som`` refers back to, and whether a parenthesis stands
    between them (`_antecedent_past_parenthesis`): else the mention right before it or one
    word before, else a title before a name (`title_before_name`)."""
    bracketed, antecedent = _antecedent_past_parenthesis(som, mentions)
    if bracketed:
        return antecedent, True
    antecedent = mention_at(som.i - 1, mentions) or mention_at(som.i - 2, mentions)
    return antecedent or title_before_name(som, mentions), False


def _antecedent_past_parenthesis(
    som: Token, mentions: Sequence[ActorMention]
) -> tuple[bool, ActorMention | None]:
    """``Arbetsutskottet (tre ledamöter) som bereder …``: a relative ``som`` right after a
    closing parenthesis takes its antecedent before the opening one, never inside it; a
    parenthesis that adds a conjunct (``forum för nämnderna (och bolagen) som pågår …``)
    leaves the relative clause to the head the bracketed coordination hangs on, no actor
    (round 46, analysis 46-bm cause 13; docs/annotation.md §3). (False, None) where no
    parenthesis closes before `som`; else (True, the antecedent or None)."""
    doc = som.doc
    start = sentence_start(som)
    if som.i - 1 <= start or doc[som.i - 1].text != ")":
        return False, None
    opening = next(
        (
            i
            for i in range(som.i - 2, max(start, som.i - INSERTION_REACH) - 1, -1)
            if doc[i].text in {"(", ")"}
        ),
        None,
    )
    if opening is None or doc[opening].text != "(" or opening <= start:
        return False, None
    if doc[opening + 1].lower_ in GRAMMAR.coordinators:
        return True, None
    return True, mention_at(opening - 1, mentions)


def opening_head(sentence: Span, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The actor that heads the noun phrase opening the sentence: past a genitive actor
    (``Kommunens revisorer``) the actor it determines; None when the genitive heads nothing
    (``Nämndens uppdrag``)."""
    first = mention_at(sentence.start, mentions)
    return None if first is None else _genitive_head(first, mentions)


def opening_subject_end(sentence: Span, mentions: Sequence[ActorMention]) -> int | None:
    """The last token of the actor noun phrase that opens a declarative sentence, with its
    conjuncts (``Åby kommun och Lunda kommun``), a postmodifier naming an actor
    (``Ordföranden i nämnden``) and one insertion in commas or parentheses
    (``Kommunstyrelsen, som är kommunens ledande organ,``): by V2 the finite verb follows it."""
    head = opening_head(sentence, mentions)
    if head is None:
        return None
    doc = sentence.doc
    last = max(coordinated_actors(head, mentions, doc), key=lambda m: m.last_token)
    return _insertion_end(with_postmodifier(last, mentions, doc), sentence)


def opening_relative_series(
    finite: Token, sentence: Span, mentions: Sequence[ActorMention]
) -> bool:
    """``Sökande som bor i kommunen, har fyllt 18 år samt har betalat avgiften beviljas …``
    (round 51, bq-G): a relative clause right after the actor that opens the sentence runs
    through a series of predicates joined by commas and ``och``/``samt``/``eller``, each a
    finite verb (``har`` + supine) of the first one's tense and voice with no subject of its
    own; the main verb follows the last predicate with no joint before it (V2). `finite`
    stands after a joint of that series, with a main verb still to come."""
    doc = finite.doc
    if is_modal(finite) or finite.i < sentence.start + 4:
        return False
    joint = doc[finite.i - 1]
    comma = joint.text == ","
    if not comma and (joint.lower_ not in GRAMMAR.coordinators or doc[joint.i - 1].text == ","):
        return False  # ", och styrelsen kan …": a main clause again
    end = opening_subject_end(sentence, mentions)
    if end is None or doc[end + 1].lower_ not in GRAMMAR.relative_pronouns:
        return False
    first = next((t for t in doc[end + 2 : joint.i] if is_finite(t)), None)
    if first is None or is_modal(first) or tense_of(first) != tense_of(finite):
        return False
    if is_passive(first) != is_passive(finite):
        return False
    between = doc[end + 2 : finite.i]
    if any(t.text in {";", ":"} or t.lower_ in GRAMMAR.subordinators for t in between):
        return False
    if any(c.dep_.startswith("nsubj") and c.i > joint.i for c in finite.children):
        return False
    return _main_verb_after_series(finite, sentence)


def _main_verb_after_series(finite: Token, sentence: Span) -> bool:
    """A finite verb after `finite` with no comma or coordinator right before it: the main
    verb that a relative series before it leaves in the V2 place."""
    doc = finite.doc
    for token in doc[finite.i + 1 : sentence.end]:
        if token.text in {";", ":"} or token.lower_ in GRAMMAR.subordinators:
            return False
        before = doc[token.i - 1]
        if is_finite(token) and before.text != "," and before.lower_ not in GRAMMAR.coordinators:
            return True
    return False


def _insertion_end(end: int, sentence: Span) -> int:
    """Past one comma- or parenthesis-enclosed insertion right after token `end` (an
    apposition, a ``som``-clause): its closing comma or parenthesis, else `end`."""
    doc = sentence.doc
    opening = end + 1
    if opening >= sentence.end - 1 or doc[opening].text not in {",", "("}:
        return end
    closing = {",": ",", "(": ")"}[doc[opening].text]
    for position in range(opening + 1, min(sentence.end, opening + INSERTION_REACH)):
        token = doc[position]
        if token.text == closing:
            return position if position > opening + 1 else end
        if token.text in {";", ":", "."}:
            return end
    return end


def _mention_for(token: Token | None, mentions: Sequence[ActorMention]) -> ActorMention | None:
    if token is None:
        return None
    direct = mention_at(token.i, mentions)
    if direct is not None:
        return direct
    inside = [m for m in mentions if token.left_edge.i <= m.first_token <= token.right_edge.i]
    if inside:
        clauses = [c for c in token.children if c.dep_ in _CLAUSE_ATTRIBUTES and c.i > token.i]
        inside = [m for m in inside if not any(_in_subtree(m, c) for c in clauses)]
    if len(inside) > 1 and _partitive_owner(token, inside[0], inside[1]):
        inside = inside[1:]  # "Merparten av kommunens anställda": the owned actor (53-cb P8)
    return inside[0] if inside else None


def _partitive_owner(token: Token, owner: ActorMention, owned: ActorMention) -> bool:
    """``Merparten av kommunens anställda``: a genitive owner right after the partitive ``av``
    of a quantity head, the owned group after it. Only there is the owned actor the
    referent; in ``Arvodet till kommunens revisorer`` the subject is a thing (review 53b M1)."""
    if not owner.genitive or owned.first_token != owner.last_token + 1:
        return False
    if owner.first_token == 0 or token.doc[owner.first_token - 1].lower_ != "av":
        return False
    return partitive_quantity(token)


# a noun's attributive clauses: an actor inside one is never the noun phrase's referent
_CLAUSE_ATTRIBUTES = frozenset({"acl:relcl", "acl"})


def _in_subtree(mention: ActorMention, token: Token) -> bool:
    """``de regler som styr arbetet i en kommunal nämnd``: the mention stands in the
    relative clause after the subject noun (round 45, bj-C11)."""
    return token.left_edge.i <= mention.first_token <= token.right_edge.i


def subordinator_of(
    finite: Token, sentence: Span, in_actor: frozenset[int] | set[int] = frozenset()
) -> Token | None:
    """The subordinator that opens the finite verb's clause, or None in a main clause.
    Words of an actor mention are never verbs (``som kommunfullmäktige har fastställt``).
    Found once per Doc memo (it recurses into embedded relative clauses)."""
    key = (subordinator_of, finite.i, sentence.start, frozenset(in_actor))
    return doc_memoised(finite.doc, key, lambda: _subordinator_of(finite, sentence, in_actor))


def fronted_om_phrase(
    token: Token, finite: Token, sentence: Span, in_actor: frozenset[int] | set[int]
) -> bool:
    """``Om medlemsavgiftens storlek beslutar årsmötet.`` (round 47, bo G1): a sentence-initial
    ``om`` before a noun phrase, no comma nor other finite verb before the one finite verb of
    the sentence, which an actor, a definite noun or a name follows right away, is the
    preposition of a fronted object (V2: the verb is the main clause's, its subject after
    it). ``Om styrelsen beslutar det, ska …`` (a comma, a second finite verb) is a condition."""
    if token.lower_ != "om" or token.i != sentence.start or finite.i - token.i < 2:
        return False
    doc = finite.doc
    if doc[token.i + 1].pos_ not in {"NOUN", "PROPN", "ADJ", "DET"}:
        return False
    subject = finite.i + 1
    if subject >= sentence.end or doc[subject].pos_ not in {"NOUN", "PROPN"}:
        return False
    definite = "Def" in morph_values(doc[subject], "Definite") or subject in in_actor
    if doc[subject].pos_ == "NOUN" and not definite:
        return False
    between = doc[token.i + 1 : finite.i]
    if any(t.text == "," or _tagged_finite_verb(t) for t in between):
        return False
    after = doc[subject + 1 : sentence.end]
    return not any(t.text == "," or _tagged_finite_verb(t) for t in after)


def fronted_role_phrase(
    token: Token, finite: Token, sentence: Span, in_actor: frozenset[int] | set[int]
) -> bool:
    """Round 52 (analysis 52-av C6): a sentence-initial ``Såsom`` (grammar.yaml
    `role_markers` that are subordinators too) before a noun phrase of no actor (no verb,
    no comma) that a modal follows at once is a fronted predicative, as ``Som`` is (round
    22, B1): ``Såsom intäkt skall icke räknas gåvor …`` is a main clause. ``Såsom framgår av
    4 § skall …`` (a finite verb right after it) is a comparative clause; an actor noun
    (``Såsom sekreterare skall …``) is left as it was, lest it become the subject."""
    if token.i != sentence.start or finite.i - token.i < 2 or not is_modal(finite):
        return False
    if any(position in in_actor for position in range(token.i + 1, finite.i)):
        return False
    if token.lower_ not in GRAMMAR.role_markers or token.lower_ == "som":
        return False
    phrase = finite.doc[token.i + 1 : finite.i]
    return phrase[0].pos_ in _TIME_PHRASE_OPENING_POS and all(
        t.pos_ in _TIME_PHRASE_POS for t in phrase
    )


def fronted_time_preposition(
    token: Token, finite: Token, sentence: Span, in_actor: frozenset[int] | set[int]
) -> bool:
    """``Innan stämman får medlemmarna lämna motioner.`` (analysis 51-bq B): a sentence-initial
    subordinator that is a preposition too (configs/grammar.yaml `preposition_subordinators`)
    before a noun phrase (its determiners, adjectives, numerals, a postmodifying phrase) that
    the sentence's one finite verb follows at once, a definite noun, an actor or a pronoun
    right after the verb, is a fronted time preposition (V2: the verb is the main clause's,
    its subject after it). ``Innan nämnden fattar beslut ska …`` (a second finite verb, the
    main clause's) keeps its clause, and so does ``Innan nämnden beslutar ärendet.`` (review
    51b): an actor before the verb, no actor or pronoun after it, is the clause's subject,
    the definite noun after the verb its object."""
    if token.i != sentence.start or token.lower_ not in GRAMMAR.preposition_subordinators:
        return False
    doc = finite.doc
    phrase = doc[token.i + 1 : finite.i]
    if len(phrase) < 1 or not _time_phrase_opening(phrase):
        return False
    if not all(t.pos_ in _TIME_PHRASE_POS for t in phrase):
        return False
    subject = finite.i + 1
    if subject >= sentence.end:
        return False
    word = doc[subject]
    definite = "Def" in morph_values(word, "Definite") or subject in in_actor
    if not (word.pos_ == "PRON" or (word.pos_ in {"NOUN", "PROPN"} and definite)):
        return False
    if _actor_subject_before(token, finite, subject, in_actor):
        return False  # "Innan nämnden beslutar ärendet.": the actor is the subject
    after = doc[subject + 1 : sentence.end]
    return not any(
        (t.text == "," and not _series_comma(t))
        or (_tagged_finite_verb(t) and not _verb_phrase_conjunct(t))
        for t in after
    )


def _series_comma(comma: Token) -> bool:
    """A comma between two nouns of a series (``om linjer, taxor och biljetter``): no clause
    boundary."""
    doc = comma.doc
    return (
        0 < comma.i < len(doc) - 1
        and doc[comma.i - 1].pos_ in {"NOUN", "PROPN"}
        and doc[comma.i + 1].pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM"}
    )


def _time_phrase_opening(phrase: Span) -> bool:
    """The first word of a fronted time phrase: a determiner, adjective, numeral or noun, or a
    preposition before a month or number (``Sedan i januari``, gen56 C)."""
    first = phrase[0]
    if first.pos_ in _TIME_PHRASE_OPENING_POS:
        return True
    return first.pos_ == "ADP" and any(_time_head(t) or t.like_num for t in phrase[1:])


def _verb_phrase_conjunct(verb: Token) -> bool:
    """A finite verb right after a coordinator (`coordinators`; adverbs between): a conjunct
    of the main clause's verb sharing its subject (``… förvaltar nämnden parkerna och svarar
    för …``, gen56 C), no second clause."""
    position = verb.i - 1
    while position > 0 and verb.doc[position].pos_ == "ADV":
        position -= 1
    return verb.doc[position].lower_ in GRAMMAR.coordinators


def _actor_subject_before(
    token: Token, finite: Token, subject: int, in_actor: frozenset[int] | set[int]
) -> bool:
    """An actor between the subordinator and an active finite verb, a noun that is no actor
    after the verb: the clause's subject and object (``Innan nämnden beslutar ärendet``);
    after an s-passive the noun is the subject (``Innan stämman fastställs budgeten``)."""
    doc = finite.doc
    return (
        doc[subject].pos_ != "PRON"
        and subject not in in_actor
        and not is_passive(finite)
        and any(t.i in in_actor for t in doc[token.i + 1 : finite.i])
    )


_TIME_PHRASE_OPENING_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
_TIME_PHRASE_POS = _TIME_PHRASE_OPENING_POS | {"ADP"}


def complex_preposition_om(token: Token, sentence: Span) -> bool:
    """``Vid sidan om nämnderna arbetar rådet …``, ``Runt om orten ansvarar nämnden …``
    (analysis 50-bt G3): ``om`` right after the noun of a sentence-initial prepositional
    phrase (a preposition, determiners or adjectives, a definite noun), or after a
    sentence-initial place adverb that takes it (`om_place_adverbs`), closes a complex
    preposition: no conditional subordinator (a condition after a fronted phrase follows a
    comma)."""
    if token.lower_ != "om" or token.i == sentence.start:
        return False
    doc, start = token.doc, sentence.start
    if token.i == start + 1:
        return doc[start].lower_ in GRAMMAR.om_place_adverbs
    noun = doc[token.i - 1]
    if doc[start].pos_ != "ADP" or noun.pos_ != "NOUN":
        return False
    if "Def" not in morph_values(noun, "Definite"):
        return False
    return all(t.pos_ in {"DET", "ADJ"} for t in doc[start + 1 : noun.i])


def _after_complex_preposition(mention: ActorMention, doc: Doc, sentence: Span) -> bool:
    """``Vid sidan om nämnderna arbetar rådet``: an actor right after (its determiners and
    adjectives aside) the ``om`` of a sentence-initial complex preposition
    (`complex_preposition_om`) is that phrase's object, a fronted adverbial, no subject."""
    position = mention.first_token - 1
    while position > sentence.start and doc[position].pos_ in {"DET", "ADJ"}:
        position -= 1
    return position > sentence.start and complex_preposition_om(doc[position], sentence)


def modal_after_fronted_clause(finite: Token, sentence: Span) -> bool:
    """``Om det kan antas att … eller att … kommer att spridas får nämnden sammankallas``
    (round 49, 49-br C14): a sentence opened by a condition subordinator
    (`postposed_condition_openers`), then a modal, its subject and a non-finite verb: the
    modal is the main clause's, in second place after the fronted clause (V2), its subject
    after it, however long the clause and its `att`s. Round 57 (analysis 57-cq B): whatever
    the tags of the clause's last words (``Om nämnden anser att någon [DET] missköter [NOUN]
    sitt uppdrag kan nämnden återkalla …``); the subject an actor or a subject pronoun
    (`_inverted_pronoun`), the verb after it (past adverbs) tagged a verb or a base form the
    lexicon knows (``entlediga`` ADJ). A modal right after a subordinator (``… att kan``) or
    after an actor (``… att ordföranden kan besluta``: the clause's own) is no main one.
    Round 57 (analysis57-co C8): so does an infinitive clause ``För att``/``Genom att`` …
    (`infinitive_clause_prepositions`: ``För att följa upp avtalet ska representanter för X
    träffas``), the subject's attribute phrase skipped before its verb (`_verb_after_subject`)."""
    doc = finite.doc
    if finite.i - sentence.start < 3 or not is_modal(finite):
        return False
    opener = doc[sentence.start].lower_
    purpose = (
        opener in GRAMMAR.infinitive_clause_prepositions
        and doc[sentence.start + 1].lower_ == "att"
    )
    if opener not in GRAMMAR.postposed_condition_openers and not purpose:
        return False
    before = doc[finite.i - 1]
    if before.lower_ in GRAMMAR.subordinators or finite.i + 1 >= sentence.end:
        return False
    actors = (doc._.actors if Doc.has_extension("actors") else None) or []
    if any(m.last_token == before.i for m in actors):
        return False
    subject = next((m for m in actors if m.first_token == finite.i + 1), None)
    end = subject.last_token + 1 if subject else finite.i + 1 + _inverted_pronoun(doc[finite.i + 1])
    if end == finite.i + 1:
        return False
    return _verb_after_subject(doc, end, sentence.end)


def _verb_after_subject(doc: Doc, position: int, end: int) -> bool:
    """A non-finite verb after the subject (past adverbs and negations), or after its
    attribute phrase (a preposition and noun phrases joined by coordinators): a verb by its
    tag or, whatever the tagger reads, a base form the lexicon knows or a listed reciprocal
    verb (`reciprocal_verbs`: ``träffas`` NOUN; round 57, analysis57-co C8)."""
    if position < end and doc[position].pos_ == "ADP":
        position += 1
        while position < end and (
            _noun_phrase_word(doc[position]) or doc[position].lower_ in GRAMMAR.coordinators
        ):
            position += 1
    at = past_adverbs_and_negations(doc, position, end)
    if at >= end:
        return False
    verb = doc[at]
    word = verb.lower_
    if word in GRAMMAR.reciprocal_verbs or lexicon_infinitive(word):
        return True
    return is_verb(verb) and not is_finite(verb)


def _inverted_pronoun(token: Token) -> bool:
    """A pronoun subject right after a modal (grammar.yaml `subject_pronouns`,
    `inverted_subject_pronouns`)."""
    return token.lower_ in GRAMMAR.subject_pronouns or (
        token.lower_ in GRAMMAR.inverted_subject_pronouns)


def _tagged_finite_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and "Fin" in morph_values(token, "VerbForm")


def _subordinator_of(
    finite: Token, sentence: Span, in_actor: frozenset[int] | set[int]
) -> Token | None:
    aside: int | None = None  # the opening comma of a verbless aside being skipped
    relative: int | None = None  # the som of an embedded relative clause being skipped
    relative_skipped = False
    if modal_after_fronted_clause(finite, sentence):
        return None  # "Om det kan antas att … får nämnden sammankallas" (round 49, C14)
    for position in range(finite.i - 1, sentence.start - 1, -1):
        token = finite.doc[position]
        if aside is not None:
            aside = None if position == aside else aside
            continue
        if relative is not None:
            relative = None if position == relative else relative
            continue
        if _no_subordinator(token, finite, sentence, in_actor):
            continue
        if _opens_subordinate(token) and not _fronted_adverb(token, finite):
            if _root_elsewhere(finite, token) or cleft_focus_end(token) is not None:
                return None  # "Det är X som leder …": the som-clause carries the statement
            if relative_skipped and _infinitive_marker(token):
                return None  # "har rätt att besluta om ärenden som rör X och ska …"
            if relative_skipped and _noun_complement_clause(token, finite, in_actor):
                return None  # "Beslut om vad som ska ersättas ska fattas av …" (round 42)
            return interrogative_before(token, _INTERROGATIVE_PHRASE_POS) or token
        if token.text == "," and _stray_after_relative(token, sentence):
            continue  # "en plan som, kompletterar budgeten": the comma ends no clause
        if token.text == "," and (
            _joins_listed_actors(token, in_actor) or _joins_noun_series(token, finite)
        ):
            continue  # "när ordföranden, kassören och X är närvarande": one subject list
        if token.text == "," and not relative_skipped:
            aside = _parenthetical_opening(token, finite)
            if aside is not None:
                continue  # "att arbetet, som tidigare, utförs": a verbless aside in commas
        finite_word = is_finite(token)  # asked once: up to three tests below read it
        if finite_word:
            inner = _embedded_relative(token, sentence, in_actor)
            if inner is not None:
                relative, relative_skipped = inner.i, True
                continue  # "när ett ärende som rör flera nämnder kommer upp"
        if finite_word or token.text == ",":
            marker = _att_before_condition(token)
            if marker is not None:
                return marker  # "att om flera föreningar deltar ska varje förening utse"
        if finite_word or token.text in {",", ";", ":"} or token.lower_ == "men":
            return None
        if present_in_subordinate_clause(token) and not any(
            t.lower_ in GRAMMAR.coordinators for t in finite.doc[token.i + 1 : finite.i]
        ):
            # "När styrelsen inte sammanträder [NOUN] ingår …": that clause's verb ends it; not
            # before its own conjunct ("för att förvaltningen strävar [ADV] … och lämnar …")
            return None
        if token.i + 1 == finite.i and fronted_bare_supine(token):
            return None  # "Så snart larmet upphört ska …": the fronted clause ends at its supine
    return None


def _no_subordinator(
    token: Token, finite: Token, sentence: Span, in_actor: frozenset[int] | set[int]
) -> bool:
    """A word `_subordinator_of` walks past: an actor's, a preposition's, a fronted
    phrase's or a role's word, or one whose clause closed before the finite verb."""
    if _actor_or_preposition(token, finite, sentence, in_actor):
        return True  # "Beslut om bidrag fattas": a preposition, not a subordinator
    if _infinitive_clause(token, finite) and (
        _opens_conjunct(finite) or _fronted_infinitive_clause(token, finite, in_actor)
    ):
        return True  # an infinitive clause holds no finite verb: it comes after that clause
    return (
        # "Om avgiftens storlek beslutar årsmötet.": a preposition (round 47)
        fronted_om_phrase(token, finite, sentence, in_actor)
        # "Innan stämman får medlemmarna …": a preposition (round 51, bq B)
        or fronted_time_preposition(token, finite, sentence, in_actor)
        # "Såsom sekreterare skall tjänstgöra …": a role phrase (round 52, 52-av C6)
        or fronted_role_phrase(token, finite, sentence, in_actor)
        # "bedöms som allvarlig", "som fattats av nämnden": not the verb's clause
        or predicative_som(token)
        # "leder arbetet som helhet och har …": a role phrase, no clause (gen57 D)
        or _role_som_before(token, finite)
        or _closed_before(token, finite)
        # "ett uppdrag som ledamot i nämnden ska …": a role, no clause (round 49)
        or capacity_som(token, in_actor)
        # "som då har": the subordinator is the word before
        or _adverb_after_subordinator(token)
        # "Såväl ledamöter som ersättare utgör …": a coordinator
        or correlative_partner(token)
    )


def _actor_or_preposition(
    token: Token, finite: Token, sentence: Span, in_actor: frozenset[int] | set[int]
) -> bool:
    """An actor's word, or a preposition (no content, conditional or question ``om``), a
    fronted noun's attribute or a complex preposition's ``om``."""
    return (
        token.i in in_actor
        or (
            token.pos_ == "ADP"
            and token.dep_ == "case"
            and not _content_om(token, finite, in_actor)
            and not _conditional_om(token, finite, in_actor)
            and not _question_noun_om(token, finite)
        )
        or _fronted_noun_attribute(token, sentence)
        or complex_preposition_om(token, sentence)
    )


_NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM"})


def _content_om(
    token: Token, finite: Token, in_actor: frozenset[int] | set[int] = frozenset()
) -> bool:
    """``Revisorerna prövar om styrelser och nämnder följer …``: ``om``/``huruvida`` right
    after a finite verb, read as the preposition of the noun phrase after it, opens a
    content clause when that (coordinated) phrase of actors runs straight into `finite`: its
    subject (round 29, B4; docs/annotation.md §5.1). A thing among them keeps the
    preposition (``beslutar om riktlinjerna och förvaltningschefen fattar …``: two clauses)."""
    if token.lower_ not in GRAMMAR.content_clause_openers or token.i == 0:
        return False
    if not is_finite(token.doc[token.i - 1]) or token.i + 1 >= finite.i:
        return False
    phrase = token.doc[token.i + 1 : finite.i]
    return all(t.pos_ in _NOUN_PHRASE_POS for t in phrase) and all(
        t.i in in_actor for t in phrase if t.pos_ in {"NOUN", "PROPN"}
    )


_DEFINITE_PHRASE_POS = frozenset({"PRON", "PROPN"})
_SUBJECT_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _question_noun_om(token: Token, finite: Token) -> bool:
    """``Fråga om mötet har utlysts i behörig ordning`` (round 47, nu47 fault 6): `token`
    opens the question's clause under a question noun (`_question_om`) on an agenda line, one
    with no final stop; in a sentence that ends in a stop ``Fråga om beslutet avgörs av
    nämnden.`` is as often a topic (review 47a), and `finite` stays the main verb there. A
    list item is an agenda line whatever its end: items.py asks `opens_item_question`."""
    return _question_om(token, finite) and not _ends_in_stop(token)


def opens_item_question(finite: Token) -> bool:
    """A list item under an agenda's lead-in (``3. Fråga om kallelsen har gått ut i tid.``):
    `finite` is the verb of the indirect question its question noun opens (`_question_om`),
    with or without a final stop; no verb of the item's own."""
    start = sentence_start(finite)
    return start + 1 < finite.i and _question_om(finite.doc[start + 1], finite)


def _question_om(token: Token, finite: Token) -> bool:
    """``om`` (``huruvida``) right after a bare, indefinite question noun that opens the
    sentence (grammar.yaml `question_nouns`; an agenda item's nominal style) opens the
    question's clause when the phrase up to `finite` is headed by a definite noun, a
    pronoun, a name or a noun after a determiner (``om en ledamot har jäv``): that clause's
    subject. A bare indefinite noun is the question noun's topic and `finite` the main verb
    (``Fråga om bidrag till seglingen avgörs av nämnden``)."""
    if token.lower_ not in GRAMMAR.content_clause_openers or token.i == 0:
        return False  # most prepositions: one look-up
    noun = token.doc[token.i - 1]
    if noun.lower_ not in GRAMMAR.question_nouns or noun.i != sentence_start(token):
        return False
    if "Def" in morph_values(noun, "Definite") or token.i + 1 >= finite.i:
        return False
    phrase = token.doc[token.i + 1 : finite.i]
    head = next((t for t in phrase if t.pos_ in _SUBJECT_HEAD_POS), None)
    if head is None:
        return False
    if head.pos_ in _DEFINITE_PHRASE_POS or "Def" in morph_values(head, "Definite"):
        return True
    return any(t.pos_ == "DET" for t in phrase if t.i < head.i)  # "om en ledamot har jäv"


def _ends_in_stop(token: Token) -> bool:
    """Whether `token`'s sentence ends in a full stop (its last non-space token is ``.``)."""
    doc = token.doc
    for position in range(sentence_end(token) - 1, token.i, -1):
        if not doc[position].is_space:
            return doc[position].text == "."
    return False


def _att_before_condition(token: Token) -> Token | None:
    """``Det innebär att om flera föreningar deltar ska varje förening utse …``: the verb
    (or closing comma) of a conditional clause opened right after ``att`` ends no clause of
    the verb being placed: the condition is fronted inside the ``att``-clause, whose V2 verb
    that is (round 42, ba-12). The ``att``, or None."""
    doc, start = token.doc, sentence_start(token)
    verbs = 1 if token.text == "," else 0  # past the comma, the clause's own verb
    for position in range(token.i - 1, start, -1):
        word = doc[position]
        if word.lower_ in GRAMMAR.postposed_condition_openers:
            return doc[position - 1] if doc[position - 1].lower_ == "att" else None
        verbs -= is_finite(word)
        if word.is_punct or word.lower_ in GRAMMAR.subordinators or verbs < 0:
            return None
    return None


def _conditional_om(token: Token, finite: Token, in_actor: frozenset[int] | set[int]) -> bool:
    """``… ska hållas om ordföranden eller minst en tredjedel av ledamöterna kräver det``: a
    condition opener read as a preposition opens its clause when the words up to `finite`
    are actors, coordinated or as the partitive of a share (``minst hälften av``), and
    `finite` is an active verb of its own, no modal or passive that the phrase could be the
    complement of a noun before (``Beslut om ledamöter fattas …``) (round 42, ba-1)."""
    if token.lower_ not in GRAMMAR.postposed_condition_openers or token.i + 1 >= finite.i:
        return False
    if is_passive(finite) or finite.lower_ in GRAMMAR.modals:
        return False
    doc = token.doc
    actors = 0
    for word in doc[token.i + 1 : finite.i]:
        if word.i in in_actor:
            actors += word.pos_ in {"NOUN", "PROPN"}
        elif word.lower_ in GRAMMAR.quantity_nouns or word.pos_ in {"DET", "NUM", "ADJ", "ADV"}:
            continue  # "minst en tredjedel", "hälften"
        elif word.lower_ == "av" and doc[word.i - 1].lower_ in GRAMMAR.quantity_nouns:
            continue  # the partitive's av
        elif word.text == "," and _joins_listed_actors(word, in_actor):
            continue  # "om ordföranden, sekreteraren och två ledamöter" (round 49, az C8)
        elif word.lower_ not in GRAMMAR.noun_phrase_coordinators:
            return False
    return actors > 0


def _fronted_noun_attribute(token: Token, sentence: Span) -> bool:
    """``Efter beslut om bildande av Region Ekby beslutade …``: a subordinator the tagger
    reads as a preposition (ADP, whatever its relation) right after a noun, inside a fronted
    adverbial that a preposition opens with no finite verb before it, is that noun's
    prepositional attribute: the sentence's finite verb after it is the V2 main verb
    (round 44, bg-G7)."""
    doc, start = token.doc, sentence.start
    if token.pos_ != "ADP" or token.i - 1 <= start or doc[token.i - 1].pos_ != "NOUN":
        return False
    if doc[start].pos_ != "ADP" or doc[start].lower_ in GRAMMAR.subordinators:
        return False
    return not any(is_finite(t) for t in doc[start : token.i])


_RELATIVE_PRONOUNS = frozenset({"som", "vilka", "vilken", "vilket"})


def _stray_after_relative(comma: Token, sentence: Span) -> bool:
    """A comma right after a relative pronoun (``som ,``, ``vilka ,``) and before a verb: a
    stray comma, which neither opens an aside nor ends the relative clause (analysis-9
    cause 9)."""
    if comma.i - 1 < sentence.start or comma.i + 1 >= sentence.end:
        return False
    pronoun, following = comma.doc[comma.i - 1], comma.doc[comma.i + 1]
    return pronoun.lower_ in _RELATIVE_PRONOUNS and is_finite(following)


def _embedded_relative(
    finite: Token, sentence: Span, in_actor: frozenset[int] | set[int]
) -> Token | None:
    """The ``som`` of the relative clause that `finite` belongs to, when no punctuation
    separates it from the verb being placed: the relative clause is a unit inside its noun
    phrase, and the walk goes on before it. A free relative's pronoun right before its
    ``som`` (``att vad som åligger X blir utfört``: `interrogative_before` makes it the
    clause's subordinator) is such a unit too: the later verb is the outer clause's."""
    inner = subordinator_of(finite, sentence, in_actor)
    if inner is None or inner.i <= sentence.start:
        return None
    if _free_relative_pronoun(inner):
        return inner
    if inner.lower_ != "som":
        return None
    if closes_subordinator_phrase(inner, sentence):
        return None  # "Så länge som uppdraget pågår ska …": no relative clause, a subordinator
    return inner


def _free_relative_pronoun(token: Token) -> bool:
    """A free relative's opener (`free_relative_at`) the tagger reads as a pronoun, right
    before ``som``: ``vad som``, ``vilka som`` head a free relative clause (what/those that
    …)."""
    words = [t.lower_ for t in token.doc[token.i : token.i + 2]]
    return token.pos_ == "PRON" and free_relative_at(words, 0)


def free_relative_at(words: Sequence[str], position: int) -> bool:
    """A free relative with ``som`` opens at `position` of the lower-cased `words` (grammar
    `free_relative_openers`: ``vad som``, ``vilka som``, ``det som``, ``den som``)."""
    following = tuple(words[position : position + 2])
    return len(following) == 2 and following[1] == "som" and any(
        following[: len(opener)] == opener for opener in GRAMMAR.free_relative_openers
    )


def closes_subordinator_phrase(som: Token, sentence: Span) -> bool:
    """``så länge som``, ``så snart som``, ``samtidigt som`` (round 37, B4): ``som``
    completing a two- or three-word subordinator (`subordinator_phrases`) opens no relative
    clause."""
    if som.i - 1 < sentence.start:
        return False
    doc = som.doc
    if f"{doc[som.i - 1].lower_} {som.lower_}" in GRAMMAR.subordinator_phrases:
        return True
    if som.i - 2 < sentence.start:
        return False
    words = " ".join(t.lower_ for t in doc[som.i - 2 : som.i + 1])
    return words in GRAMMAR.subordinator_phrases


_OPENING_NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM"})


def _noun_complement_clause(
    opener: Token, finite: Token, in_actor: frozenset[int] | set[int]
) -> bool:
    """``Beslut om vad som ska ersättas ska fattas av stämman``: a content clause (``om``,
    ``huruvida`` + its own clause, here a free relative with its finite verb) right after
    the noun phrase that opens the sentence complements that noun; when `finite` comes
    after that clause's verb and is the sentence's last finite verb, it is the main clause's
    verb, whose subject the whole phrase is (round 42, bc-O1). `opener` is the subordinator
    the search reached: ``om`` itself or the interrogative right after it."""
    doc, start = finite.doc, sentence_start(finite)
    om = opener if opener.lower_ == "om" or opener.i == start else doc[opener.i - 1]
    if om.lower_ not in GRAMMAR.content_clause_openers or om.i == start:
        return False
    if not all(t.pos_ in _OPENING_NOUN_PHRASE_POS for t in doc[start : om.i]):
        return False
    return not any(
        is_finite(t) and t.i not in in_actor for t in doc[finite.i + 1 : sentence_end(finite)]
    )


def _infinitive_marker(token: Token) -> bool:
    """``att`` before an infinitive: it opens no clause with a finite verb."""
    if token.lower_ != "att" or token.i + 1 >= sentence_end(token):
        return False
    following = token.doc[token.i + 1]
    return "Inf" in morph_values(following, "VerbForm") or following.tag_.startswith("VB|INF")


def _infinitive_clause(marker: Token, finite: Token) -> bool:
    """``att`` opening an infinitive clause before `finite`, also where the parser made the
    infinitive an attribute of its object (``för att upprätta [amod] rapporter samt …``): the
    tagger's infinitive right after ``att``, or a word in an infinitive's place with no finite
    verb between it and `finite` (``att nya ledamöter väljs och …`` is a finite clause)."""
    if marker.lower_ != "att":
        return False  # (asked of every word before a finite verb)
    if opens_infinitive_clause(marker):
        return True
    following = marker.doc[marker.i + 1] if marker.i + 1 < sentence_end(marker) else None
    if following is None:
        return False
    tagged = following.tag_.startswith("VB|INF") or "Inf" in morph_values(following, "VerbForm")
    if tagged or lexicon_infinitive(following.lower_):
        return True
    between = marker.doc[following.i + 1 : finite.i]
    return could_be_infinitive(following) and not any(is_finite(t) for t in between)


def _fronted_infinitive_clause(
    marker: Token, finite: Token, in_actor: frozenset[int] | set[int]
) -> bool:
    """``… och för att klara bemanningen har bolaget rekryterat fler`` (round 57,
    analysis57-co C5): an adverbial infinitive clause (`infinitive_clause_prepositions` +
    ``att``) fronted in the second main clause after a clause coordinator is that clause's
    first place (V2): the finite verb after it, with its inverted subject (an actor or a
    subject pronoun) right after it, is the main clause's, not the infinitive clause's."""
    doc, opener = marker.doc, marker.i - 1
    if opener < 1 or doc[opener].lower_ not in GRAMMAR.infinitive_clause_prepositions:
        return False
    if doc[opener - 1].lower_ not in GRAMMAR.clause_coordinators:
        return False
    subject = finite.i + 1
    if subject >= sentence_end(finite):
        return False
    if subject not in in_actor and doc[subject].lower_ not in GRAMMAR.subject_pronouns:
        return False
    return not any(is_finite(t) for t in doc[marker.i + 1 : finite.i])


def predicative_som(token: Token) -> bool:
    """``bedöms som allvarlig``, ``fungerar som sekreterare``: ``som`` right after a verb
    introduces a predicative (``as``); a relative ``som`` follows a noun phrase. A ``som``
    that opens the sentence has no antecedent: before a noun it is a fronted predicative
    adverbial (``Som sekreterare fungerar kanslichefen``, V2)."""
    if token.lower_ != "som":
        return False
    if token.i <= sentence_start(token):
        return fronted_role_som(token)
    before = token.doc[token.i - 1]
    participle = "Part" in morph_values(before, "VerbForm")  # "de anställda som …": a noun phrase
    return is_verb(before) and not participle and before.lower_ not in GRAMMAR.copulas


def fronted_role_som(som: Token) -> bool:
    """``Som ersättare för direktören tjänstgör …``: a sentence-initial ``som`` before a noun
    (adjectives between) introduces a role, not a clause (``Som framgår av …`` does); so
    does a present participle used as a noun (``Som sammankallande i gruppen fungerar …``)."""
    doc = som.doc
    position = som.i + 1
    while position < len(doc) and (
        doc[position].pos_ in {"ADJ", "DET"} or _genitive_before(doc[position])
    ):
        position += 1  # "Som ordförandens ersättare"
    if position < len(doc) and doc[position].pos_ in {"NOUN", "PROPN"}:
        return not _definite(doc[position])  # "Som nämnden beslutat …": a clause
    last = doc[position - 1]
    participle = last.lower_.endswith(PRESENT_PARTICIPLE_ENDINGS)
    return position - 1 > som.i and last.pos_ == "ADJ" and participle


def _joins_listed_actors(comma: Token, in_actor: frozenset[int] | set[int]) -> bool:
    """``ordföranden, kassören och minst en ledamot``: a comma between two actor mentions
    (determiners, numerals, adjectives and adverbs before the second) joins the conjuncts of
    one noun phrase; it ends no clause, so a subordinator before the list opens the clause
    of the verb after it (round 49, analysis 49-az C8)."""
    doc, position = comma.doc, comma.i + 1
    if comma.i - 1 not in in_actor:
        return False
    end = sentence_end(comma)
    while position < end and position not in in_actor and (
        doc[position].pos_ in {"DET", "NUM", "ADJ", "ADV"}
    ):
        position += 1
    return position in in_actor


_SERIES_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "ADV", "CCONJ", "PUNCT"})


def _joins_noun_series(comma: Token, finite: Token) -> bool:
    """``När en förening, en skola eller ett bolag lämnar in …`` (round 57, analysis57-cp C2):
    a comma after a noun, before a (determined) noun, in a series of noun phrases that runs
    with nothing but noun-phrase words, commas and a closing coordinator
    (`noun_phrase_coordinators`) into `finite`, joins that series' conjuncts, actors or not:
    the subordinator before the series opens the clause of the verb after it."""
    doc = comma.doc
    if comma.i == 0 or doc[comma.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    between = doc[comma.i + 1 : finite.i]
    if not between or any(t.pos_ not in _SERIES_POS for t in between):
        return False
    if any(t.pos_ == "PUNCT" and t.text != "," for t in between):
        return False
    opening = next((t for t in between if t.pos_ not in {"DET", "NUM", "ADJ", "ADV"}), None)
    if opening is None or opening.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(t.lower_ in GRAMMAR.noun_phrase_coordinators for t in between)


def capacity_som(som: Token, in_actor: frozenset[int] | set[int]) -> bool:
    """``ett uppdrag som ordförande i nämnden``, ``har som föreningens främsta organ till
    uppgift att``: a ``som`` inside the sentence before a bare role noun (`_role_noun_after`)
    that no actor mention covers and a prepositional attribute follows opens a capacity
    adverbial, not a relative clause (round 49, analysis 49-az C2); ``som styrelse och vd ska
    följa`` (a verb or a conjunct after the noun) and ``som nämnden beslutat`` (definite) stay
    clauses."""
    if som.lower_ != "som" or som.i <= sentence_start(som):
        return False
    noun = _role_noun_after(som)
    if noun is None or noun in in_actor or noun + 1 >= sentence_end(som):
        return False
    return som.doc[noun + 1].pos_ == "ADP"


def capacity_phrase_end(som: Token) -> int | None:
    """The last token of a capacity phrase ``som`` + bare role noun + its prepositional
    attributes (``som ombud för föreningen``), None when no bare role noun follows ``som``."""
    noun = _role_noun_after(som)
    if noun is None:
        return None
    doc, end, last = som.doc, sentence_end(som), noun
    position = noun + 1
    while position < end and doc[position].pos_ == "ADP":
        position += 1
        while position < end and (
            doc[position].pos_ in {"DET", "ADJ"} or _genitive_before(doc[position])
        ):
            position += 1
        if position >= end or doc[position].pos_ not in {"NOUN", "PROPN"}:
            return last
        last = position
        position += 1
    return last


def _role_noun_after(som: Token) -> int | None:
    """The bare indefinite noun after ``som`` (a genitive owner and adjectives or participles
    between, no article): ``som ledamot``, ``som föreningens främsta verkställande organ``."""
    if som.lower_ != "som":
        return None
    doc, end = som.doc, sentence_end(som)
    position = som.i + 1
    if position < end and _genitive_before(doc[position]):
        position += 1
    while position < end and doc[position].pos_ == "ADJ":
        position += 1
    if position >= end:
        return None
    noun = doc[position]
    bare = noun.pos_ == "NOUN" and morph_values(noun, "Definite") == ["Ind"]
    if not bare and position > som.i + 1 and _role_before_infinitive(doc[position - 1], noun):
        return position - 1
    return position if bare else None


# Endings of a definite noun (``ordföranden``, ``ombudet``, ``ledamöterna``).
_DEFINITE_ENDINGS = ("en", "et", "na")


def _role_before_infinitive(word: Token, verb: Token) -> bool:
    """``får som remissinstans [Gen] yttra``, ``får ekonomichefen som föredragande [ADJ]
    närvara``: the last word before an infinitive right after ``som`` + a noun or adjective
    is the role noun whatever the tagger read its case or class as (round 58, gen58 C7); not
    a definite form."""
    if verb.pos_ != "VERB" or morph_values(verb, "VerbForm") != ["Inf"]:
        return False
    return word.pos_ in {"NOUN", "ADJ"} and not word.lower_.endswith(_DEFINITE_ENDINGS)


def _adverb_after_subordinator(token: Token) -> bool:
    """``nämnden som då har rätt``: an adverb-subordinator (``då``, ``där``) right after a
    subordinator is an adverb of that clause."""
    if token.lower_ not in GRAMMAR.adverb_subordinators or token.i <= sentence_start(token):
        return False
    return token.doc[token.i - 1].lower_ in GRAMMAR.subordinators


def _closed_before(subordinator: Token, finite: Token) -> bool:
    """``Vid beslut som fattats av nämnden ska …``: a subordinate clause whose verb (a supine
    without ``har``) already stands before the finite verb has ended; the finite verb belongs
    to the clause around it (V2: after a fronted adverbial, the main clause's)."""
    subordinators = GRAMMAR.subordinators
    if subordinator.lower_ not in subordinators:
        return False
    doc = subordinator.doc
    lower = doc_arrays(doc).lower
    for i in range(subordinator.i + 1, min(finite.i, len(lower))):
        if lower[i] in subordinators:
            return False  # the supine is that inner clause's ("att beslut som fattats …")
        if is_supine(doc[i]):
            return True
    return False


def _opens_conjunct(finite: Token) -> bool:
    """A coordinator (adverbs between) right before the finite verb: it opens a conjunct."""
    start = sentence_start(finite)
    position = finite.i - 1
    while position > start and finite.doc[position].pos_ == "ADV":
        position -= 1
    return position >= start and finite.doc[position].lower_ in GRAMMAR.coordinators


PARENTHETICAL_REACH = 5  # tokens of a verbless aside between two commas


def _parenthetical_opening(comma: Token, finite: Token) -> int | None:
    """The comma that opens a short verbless aside closed by `comma` right before `finite`
    (``att arbetet, som tidigare, utförs``), or None."""
    doc = comma.doc
    if comma.i + 1 != finite.i:
        return None
    reach = max(sentence_start(comma), comma.i - PARENTHETICAL_REACH - 1)
    for position in range(comma.i - 1, reach, -1):
        token = doc[position]
        if token.text == ",":
            return position if position < comma.i - 1 else None
        if is_verb(token) or token.text in {";", ":"}:
            return None
    return None


# The most words of the first member of a correlative pair (``såväl de ordinarie ledamöterna
# som …``).
CORRELATIVE_MEMBER_WORDS = 5


def correlative_partner(token: Token) -> bool:
    """The second word of a correlative pair (configs/grammar.yaml `correlative_partners`:
    ``såväl X som Y``) after a noun phrase its first word opens: it joins two conjuncts
    like ``och`` and opens no clause (round 21, cause B5)."""
    if token.lower_ not in GRAMMAR.correlative_partners.values():
        return False  # no pair's second word (most words)
    doc, start = token.doc, sentence_start(token)
    for position in range(token.i - 2, max(start, token.i - 2 - CORRELATIVE_MEMBER_WORDS) - 1, -1):
        opener = doc[position]
        if GRAMMAR.correlative_partners.get(opener.lower_) == token.lower_:
            return all(
                t.pos_ in NP_MODIFIER_POS | {"NOUN", "PROPN"} for t in doc[position + 1 : token.i]
            )
    return False


def _opens_subordinate(token: Token) -> bool:
    """A subordinator, or the last word of a two-word one (``så länge``, ``så snart``), or
    the interrogative ``var`` (where) of an indirect question (round 44, bg-G2)."""
    if token.lower_ in GRAMMAR.subordinators or interrogative_var(token):
        return True
    previous = token.nbor(-1).lower_ if token.i > sentence_start(token) else ""
    return f"{previous} {token.lower_}" in GRAMMAR.subordinator_phrases


def _fronted_adverb(token: Token, finite: Token) -> bool:
    """``Där ska nämnden …``: an adverb-subordinator opening the sentence right before the
    finite verb is the fronted adverb of a main clause (V2). So is one right after a clause
    coordinator (configs/grammar.yaml `clause_coordinators`) with the finite verb directly
    after it, adverbs and a negation between: ``… och då väljer ombuden …``, ``men där
    justeras protokollet …`` (round 56, analysis 56b-cl N1); a subordinating ``då`` has its
    subject before the verb (``och då nämnden beslutat …``)."""
    if token.lower_ not in GRAMMAR.adverb_subordinators:
        return False
    start = sentence_start(token)
    if token.i == start:
        return token.i + 1 == finite.i or _time_phrase(token.doc[token.i + 1 : finite.i])
    doc = token.doc
    joint = doc[token.i - 1]
    # gen57 E: a time phrase may stand between, as at the sentence start (``, och sedan
    # 2023 leds …``, ``; sedan 2022 ägs …``)
    return (
        (joint.lower_ in GRAMMAR.clause_coordinators or joint.text == ";")
        and (
            past_adverbs_and_negations(doc, token.i + 1, finite.i) == finite.i
            or _time_phrase(doc[token.i + 1 : finite.i])
        )
        and not _open_subordinate_before(doc, token.i - 1, start)
    )


def _open_subordinate_before(doc: Doc, coordinator: int, start: int) -> bool:
    """``lokaler där verksamhet bedrivs och där krävs …``: a `där`/`då`/`sedan` or a relative
    `som` clause still open before the coordinator (a finite verb after it, no comma between)
    makes a second `och där …` its parallel conjunct, no main clause (review56b M1). A
    fronted V2 adverb (``Där ska …``: the finite verb right after it) opens no clause."""
    for position in range(coordinator - 1, start - 1, -1):
        word = doc[position]
        if word.text in {",", ";", ":"}:
            return False
        adverb = word.lower_ in GRAMMAR.adverb_subordinators and not is_finite(
            doc[position + 1]
        )
        if (adverb or word.lower_ == "som") and any(
            is_finite(t) for t in doc[position + 1 : coordinator]
        ):
            return True
    return False


def _time_phrase(words: Span) -> bool:
    """``2019``, ``förra året``, ``två år``, ``i år``: a point or span of time with no verb
    (a preposition may open it: w58a E), so an adverb-subordinator before it is a
    preposition (``Sedan 2019 arbetar …``, ``sedan i år beslutar …``: since)."""
    if len(words) > 1 and words[0].pos_ == "ADP":
        words = words[1:]
    return any(t.pos_ == "NUM" or is_time_noun(t) for t in words) and all(
        t.pos_ in {"NUM", "DET", "ADJ"} or (t.pos_ == "NOUN" and is_time_noun(t)) for t in words
    )


def cleft_focus_end(som: Token) -> int | None:
    """``Det är kommundirektören som leder …``, ``I praktiken är det tjänstemän som …``
    (cleft): the index of the focus noun phrase's last token when `som` follows ``det`` and a
    copula (in either order) and a noun phrase, else None."""
    if som.lower_ != "som" or som.i < 3:
        return None
    doc = som.doc
    position = som.i - 1
    focus_words = NP_MODIFIER_POS | {"NOUN", "PROPN"}
    while (
        position > sentence_start(som)
        and doc[position].lower_ != "det"
        and (
            doc[position].pos_ in focus_words
            or doc[position].lower_ in GRAMMAR.coordinators | GRAMMAR.negations
            or _postmodifying_preposition(doc[position], som)
            or _in_focus_insertion(doc[position], som)
        )
    ):
        position -= 1
    if position == som.i - 1:
        return None
    while (
        position > sentence_start(som)
        and doc[position].pos_ == "ADV"
        and doc[position].lower_ != "det"
    ):
        position -= 1  # "Det är också nämnden som …": adverbs before the focus (round 42)
    if position - 1 < sentence_start(som):
        return None
    pair = {doc[position - 1].lower_, doc[position].lower_}
    if "det" in pair and pair - {"det"} <= GRAMMAR.copulas and len(pair) == 2:
        if doc[position].lower_ == "det" and _nominal_subject_before(doc[position - 1]):
            return None  # "Budgeten är det dokument som …": `det` determines the noun
        return som.i - 1
    return None


def _in_focus_insertion(token: Token, som: Token) -> bool:
    """``Det är ordföranden, eller vid dennes frånvaro vice ordföranden, som …``: a later
    conjunct of a cleft focus in commas, opened by a coordinator and an adverbial (round 23,
    cause B3), or a prepositional phrase in commas right after the focus noun (``Det är
    nämnden, i samråd med förvaltningen, som …``; round 54, cg-R4): its commas and words are
    inside the focus (a noun the tagger read as a non-finite verb too: ``ekonomichefen``)."""
    opener = focus_insertion_start(som)
    if opener is None or not opener - 1 <= token.i < som.i:
        return False
    if token.text == "," or token.pos_ in {"ADP", "ADV", "PRON"}:
        return True
    return token.pos_ in VERB_POS and "Fin" not in morph_values(token, "VerbForm")


def focus_insertion_start(som: Token) -> int | None:
    """The first word after the opening comma of a comma-closed insertion that ends right
    before `som` and follows a cleft focus noun: a coordinator (``, och vid förfall X,``) or a
    preposition (``, enligt bolagsordningen,``); None when there is none."""
    doc, start = som.doc, sentence_start(som)
    if som.i - 1 <= start or doc[som.i - 1].text != ",":
        return None
    return next(
        (
            i
            for i in range(start + 3, som.i - 1)
            if doc[i - 1].text == ","
            and (
                doc[i].lower_ in GRAMMAR.noun_phrase_coordinators
                or (doc[i].pos_ == "ADP" and doc[i - 2].pos_ in {"NOUN", "PROPN"})
            )
        ),
        None,
    )


def _nominal_subject_before(copula: Token) -> bool:
    """``Budgeten är det dokument som beslutas av fullmäktige``: a noun subject (or, for a
    conjunct after a coordinator, the first conjunct's) fills the one place before the
    copula (V2), so the ``det`` after it is no cleft's expletive subject but
    the determiner of the noun before ``som`` (a definition, no cleft; ``I praktiken är det
    X som`` keeps its cleft: a prepositional phrase stands first)."""
    if copula.i == sentence_start(copula):
        return False
    before = copula.doc[copula.i - 1]
    if before.lower_ in GRAMMAR.coordinators:
        return True  # "X har 61 ledamöter och är det enda organ som …": a verb-phrase
        # conjunct shares the subject before it; with no fronted phrase nothing inverts
        # (round 42, bb-C3)
    in_phrase = any(child.dep_ == "case" for child in before.children)
    return before.pos_ in {"NOUN", "PROPN"} and before.dep_.startswith("nsubj") and not in_phrase


def _som_before_adverbials(finite: Token) -> Token | None:
    """``som i första hand ska``, ``som enligt lag ska``: the ``som`` before the finite verb
    when only adverbs and prepositional phrases stand between them ((ADV|PP)*: a noun
    outside a PP would be the clause's own subject, ``som nämnden ska``)."""
    doc, start = finite.doc, sentence_start(finite)
    position = finite.i - 1
    while position > start and doc[position].lower_ != "som":
        position -= 1
    if position <= start or position == finite.i - 1:
        return None
    in_phrase = False
    for token in doc[position + 1 : finite.i]:
        if token.pos_ == "ADP":
            in_phrase = True
        elif token.pos_ in {"ADV", "PART"} or token.lower_ in GRAMMAR.negations:
            in_phrase = False
        elif not (in_phrase and token.pos_ in NP_MODIFIER_POS | {"NOUN", "PROPN", "NUM"}):
            return None
    return doc[position]


def cleft_copula(finite: Token) -> bool:
    """``Det är X och inte Y som …``, ``I praktiken är det X som …``: the copula of a cleft
    carries no statement of its own (docs/annotation.md §5.1); its ``som``-clause does."""
    if finite.lower_ not in GRAMMAR.copulas:
        return False
    doc, start, end = finite.doc, sentence_start(finite), sentence_end(finite)
    beside = {doc[i].lower_ for i in (finite.i - 1, finite.i + 1) if start <= i < end}
    if "det" not in beside:
        return False
    cleft = adverbial_cleft_som(finite)
    if cleft is not None and cleft.i > finite.i:
        return True
    som = next((t for t in doc[finite.i + 1 : end] if t.lower_ in GRAMMAR.subordinators), None)
    return som is not None and cleft_focus_end(som) is not None


def adverbial_cleft_som(token: Token) -> Token | None:
    """``Det är endast när kassören är sjuk som ersättaren medges …``, ``Det är i första hand
    genom avgifter som verksamheten finansieras``: a sentence opened by ``det`` + copula and
    (past adverbs) an adverbial clause or phrase puts that adverbial in focus; the ``som``
    after it opens the cleft's clause, with a subject of its own (no relative clause)."""
    doc = token.doc
    start, end = sentence_start(token), sentence_end(token)
    if end - start < 6 or doc[start].lower_ != "det":
        return None
    if doc[start + 1].lower_ not in GRAMMAR.copulas:
        return None
    position = start + 2
    while (
        position < end
        and doc[position].pos_ == "ADV"
        and doc[position].lower_ not in GRAMMAR.subordinators
    ):
        position += 1
    opener = doc[position] if position < end else None
    if opener is None or opener.lower_ in {"som", "att"}:
        return None
    if opener.lower_ not in GRAMMAR.subordinators and opener.pos_ != "ADP":
        return None
    som = next((t for t in doc[position + 1 : end] if t.lower_ == "som"), None)
    if som is None or som.i + 2 >= end or _extraposed_infinitive(doc, position + 1, som.i):
        return None
    subject, verb = doc[som.i + 1], doc[som.i + 2]
    # the cleft's clause opens with its own subject; a one-word subject the tagger read as a
    # verb stands before the clause's finite verb ("som kommunfullmäktige [VERB] fastställer":
    # two finite verbs never stand side by side)
    one_word = is_finite(verb) and subject.pos_ != "AUX"
    return som if subject.pos_ in {"NOUN", "PROPN", "DET"} or one_word else None


def _extraposed_infinitive(doc: Doc, first: int, end: int) -> bool:
    """``Det är av vikt att följa de riktlinjer som styrelsen antar`` (round 58, analysis58-cs
    C2): an ``att`` + infinitive right after the predicative's noun or adjective (``av
    vikt``, ``av stor betydelse``) in tokens [first, end) is the extraposed subject clause,
    so a later ``som`` is a relative on a noun inside it, no cleft. ``för att`` after the
    preposition of a focused adverbial (``Det är för att spara som …``) stays the focus."""
    return any(
        doc[i].lower_ == "att"
        and doc[i - 1].pos_ in {"NOUN", "ADJ"}
        and doc[i + 1].pos_ in {"VERB", "AUX"}
        for i in range(first, end - 1)
    )


def _adverbial_cleft_subject(
    finite: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Det är genom avtalet som förbundet ”bildas”``: the clause after an adverbial cleft's
    ``som`` (`adverbial_cleft_som`) opens with its own subject; an actor right after ``som``
    with only adverbs or quotation marks before `finite` is that verb's subject, however the
    parser hung the quoted verb (round 50 b2: the marks do not change the grammar)."""
    som = adverbial_cleft_som(finite)
    if som is None or som.i >= finite.i:
        return None
    mention = mention_at(som.i + 1, mentions)
    if mention is None or mention.first_token != som.i + 1:
        return None
    between = finite.doc[mention.last_token + 1 : finite.i]
    if all(t.pos_ in {"ADV", "PART"} or t.text in QUOTES for t in between):
        return mention
    return None


def _postmodifying_preposition(token: Token, som: Token) -> bool:
    """``de valda ledamöterna i styrelsen som …``: a preposition between two nouns of a
    cleft focus opens its postmodifier."""
    doc = token.doc
    return (
        token.pos_ == "ADP"
        and sentence_start(token) < token.i < som.i - 1
        and doc[token.i - 1].pos_ in {"NOUN", "PROPN"}
    )


# What stands between an interrogative determiner and its clause: the noun phrase it opens,
# coordinated nouns included ("vilka chefer och handläggare som får …").
_INTERROGATIVE_PHRASE_POS = NP_MODIFIER_POS | {"NOUN", "PROPN", "CCONJ"}


def in_indirect_question(mention: ActorMention, doc: Doc) -> bool:
    """``framgår vilka ärenden direktören avgör``, ``beskrivs vilken ledamot föreningen
    utser``, ``redovisar vilka chefer och handläggare som får …`` (round 20, B1): an actor
    inside the noun phrase an interrogative determiner opens, or right after it (the
    question's subject), stands in an indirect question: never a main-clause subject."""
    start = sentence_start(doc[mention.first_token])
    position = mention.first_token - 1
    while position >= start and (
        doc[position].pos_ in _INTERROGATIVE_PHRASE_POS
        or partitive_after_interrogative(doc[position])
    ):
        if doc[position].lower_ in GRAMMAR.interrogatives:
            return True
        position -= 1
    return position >= start and doc[position].lower_ in GRAMMAR.interrogatives


def _root_elsewhere(finite: Token, subordinator: Token) -> bool:
    """The parse makes the finite verb's clause the root and attaches the subordinator to
    another verb: ``Beslut som fattats … ska anmälas`` (a relative clause without finite
    verb stands between subject and verb). A noun the tagger called a verb is none (``Medlem
    vars insats [VERB] är …``: round 40, ax cause 15)."""
    governor = finite.head if finite.dep_ in AUX_DEPS else finite
    return (
        governor.dep_ == "ROOT"
        and subordinator.head is not governor
        and subordinator.i < subordinator.head.i < finite.i  # its verb follows it
        and subordinator.head.pos_ in {"VERB", "AUX"}
        and is_verb(subordinator.head)
    )


def parsed_subject(group: Group) -> Token | None:
    """The parser's subject of the group's verbs; a connective adverb it made one
    (``Följaktligen`` NOUN nsubj; `misread_adverbs`) is the prefield, no subject."""
    for verb in (*group.verbs, group.finite):
        for candidate in (verb, verb.head if verb.dep_ in AUX_DEPS | {"conj"} else None):
            if candidate is None:
                continue
            subject = next(
                (
                    c
                    for c in candidate.children
                    if c.dep_ in {"nsubj", "nsubj:pass"}
                    and c.lower_ not in GRAMMAR.misread_adverbs
                ),
                None,
            )
            if subject is not None:
                return subject
    return None


def _phrase_start(mention: ActorMention, doc: Doc) -> int:
    """The first token of the mention's noun phrase: its determiners, numerals and
    (coordinated) adjectives included (``varje nämnd``, ``regionala och nationella organ``)."""
    first = mention.first_token
    return doc_memoised(doc, (_phrase_start, first), lambda: _phrase_start_from(first, doc))


def _adverbial_joint(token: Token) -> bool:
    """``alternativt``, ``respektive``: a noun-phrase coordinator that is no conjunction
    (configs/grammar.yaml `noun_phrase_coordinators` less `coordinators`) joins two noun
    phrases whatever the tagger made of it (an adjective, an adverb); it is never the
    attribute of the noun after it (round 46, rank 11)."""
    word = token.lower_
    return word in GRAMMAR.noun_phrase_coordinators and word not in GRAMMAR.coordinators


def _adjective_joint(token: Token, following: Token) -> bool:
    """A coordinator, or a slash before an adjective (``valda/utsedda ombud``, whatever the
    tagger made of the slash: round 53, analysis 53-cb P9)."""
    return token.lower_ in GRAMMAR.coordinators or (
        token.text == "/" and following.pos_ == "ADJ"
    )


def _phrase_start_from(start: int, doc: Doc) -> int:
    while start > 0:
        agent = _participle_agent_start(doc, start)
        if agent is not None:
            start = agent  # "de av fullmäktige utsedda revisorerna"
            continue
        respect = _superlative_respect_start(doc, start)
        if respect is not None:
            return respect  # "den till åldern äldste ledamoten"
        before = doc[start - 1]
        if _adverbial_joint(before):
            break  # "Kassören alternativt [ADJ] sekreteraren": a joint, no attribute (round 46)
        coordinated_adjective = (
            _adjective_joint(before, doc[start]) and start > 1 and doc[start - 2].pos_ == "ADJ"
        ) or _coordinated_quantifier(before, doc[start])  # "en eller flera ledamöter"
        determiner = before.dep_ == "det"  # also a pronoun the parser uses as one ("De")
        determiner = determiner or _possessive_pronoun(before)  # "Nämnden och dess sektioner"
        determiner = determiner or _degree_adverb(before, doc[start])  # "lika många ersättare"
        modifier = before.pos_ in NP_MODIFIER_POS or _present_participle_attribute(before)
        modifier = modifier or _conjunct_read_as_noun(before, doc[start])
        modifier = modifier or _attribute_read_as_noun(before, doc[start])
        modifier = modifier or _article_attribute(before)
        if not (modifier or coordinated_adjective or determiner):
            break
        if before.pos_ == "ADJ" and is_finite(before):
            break  # "På kansliet jobbar [ADJ] sekreterare": the V2 verb (round 57, cp C7)
        start -= 1
    return start


def _coordinated_quantifier(joint: Token, quantifier: Token) -> bool:
    """``en eller flera ledamöter``, ``två eller tre ersättare``: a numeral or indefinite
    article coordinated to the quantifier after it (a numeral or adjective: ``flera``,
    ``fler``) quantifies the same noun and opens its phrase (round 49, 49-br C3)."""
    if joint.lower_ not in GRAMMAR.coordinators or joint.i < 1:
        return False
    first = joint.doc[joint.i - 1]
    return quantifier.pos_ in {"NUM", "ADJ"} and (
        first.pos_ == "NUM" or first.lower_ in GRAMMAR.indefinite_articles
    )


def _conjunct_read_as_noun(before: Token, head: Token) -> bool:
    """``En sekreterare eller en enskild [NN] ersättare [AB]`` (round 29, B8): the parser's
    conjunct is the attribute the tagger read as a noun, right before the actor word (the
    phrase's head, which the parser left out of the coordination): a modifier."""
    return (
        before.pos_ == "NOUN"
        and before.dep_ == "conj"
        and before.head.i < before.i
        and head.dep_ != "conj"
        and head.head.i != before.i
    )


def _attribute_read_as_noun(before: Token, head: Token) -> bool:
    """``i kommunal [NOUN amod] förvaltning och kommunala bolag`` (round 57, analysis57-cp
    C5): a lower-case word the tagger read as a noun but the parser made the attribute
    (amod) of the noun right after it is that noun's adjective, so it opens the noun phrase
    that the preposition before it governs."""
    return (
        before.pos_ == "NOUN"
        and before.dep_ == "amod"
        and before.head.i == head.i
        and before.text.islower()
    )


def _present_participle_attribute(token: Token) -> bool:
    """``Varje deltagande [NOUN] kommun``, ``de anslutande föreningarna``: a present
    participle before the noun is its attribute, whatever the tagger read, where a
    determiner opens the phrase (round 18, cause B4)."""
    doc = token.doc
    if not token.is_alpha or not token.lower_.endswith(PRESENT_PARTICIPLE_ENDINGS):
        return False
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    return doc[token.i - 1].pos_ == "DET" or doc[token.i - 1].dep_ == "det"


def _degree_adverb(adverb: Token, attribute: Token) -> bool:
    """``lika många``, ``minst två``: an adverb that modifies the adjective or numeral of
    the noun phrase belongs to it (round 13, analysis 12 cause 3)."""
    return (
        adverb.pos_ == "ADV" and attribute.pos_ in {"ADJ", "NUM"} and adverb.head.i == attribute.i
    )


def _possessive_pronoun(token: Token) -> bool:
    """``dess``, ``deras``, ``sin``: a pronoun that determines the noun after it."""
    return token.pos_ in {"PRON", "DET"} and (
        token.dep_ == "nmod:poss" or morph_values(token, "Poss") == ["Yes"]
    )


def _superlative_respect_start(doc: Doc, start: int) -> int | None:
    """``den till åldern äldste ledamoten``, ``det till antalet största utskottet``: a
    ``till`` (`superlative_respect_prepositions`) + definite noun phrase between the
    article and a superlative names the respect the superlative holds in and belongs to the
    noun phrase; the index of the article (which the parser may read as a pronoun), else
    None."""
    article = start - 3
    if article < 0 or not _superlative(doc[start]):
        return None
    noun = doc[start - 1]
    return (
        article
        if doc[start - 2].lower_ in GRAMMAR.superlative_respect_prepositions
        and noun.pos_ == "NOUN"
        and "Def" in morph_values(noun, "Definite")
        and doc[article].lower_ in _ARTICLES
        else None
    )


_SUPERLATIVE_ENDINGS = ("ste", "sta")


def _superlative(token: Token) -> bool:
    """A superlative adjective, also one the tagger graded as positive (``äldste``)."""
    return "Sup" in morph_values(token, "Degree") or (
        token.pos_ == "ADJ" and token.lower_.endswith(_SUPERLATIVE_ENDINGS)
    )


def _superlative_respect_head(
    doc: Doc, start: int, end: int, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``öppnar den till åldern äldste ledamoten``: the actor heading a noun phrase that
    opens at `start` with an article, a respect phrase and a superlative (round 49)."""
    head = start + 4
    if head >= end or _superlative_respect_start(doc, head - 1) != start:
        return None
    mention = mention_at(head, mentions)
    return mention if mention is not None and mention.first_token == head else None


def _participle_agent_start(doc: Doc, start: int) -> int | None:
    """``av fullmäktige`` before an attributive participle (``de av fullmäktige utsedda
    revisorerna``) belongs to the noun phrase: the index of its ``av``, else None."""
    if doc[start].pos_ != "ADJ" and not doc[start].tag_.startswith("PC"):
        return None
    for position in range(start - 1, max(0, start - 5) - 1, -1):
        word = doc[position]
        if word.lower_ == "av":
            return position if position < start - 1 else None
        if word.pos_ not in NP_MODIFIER_POS | {"NOUN", "PROPN"}:
            return None
    return None


def _opens_clause(mention: ActorMention, group: Group) -> bool:
    """A subject before the finite verb starts its clause (not ``… från patientnämnden``,
    not ``Under varje nämnd finns …``), also after run-in headings (``Organisation Nämnd
    Huvudmännen utser``)."""
    doc = group.finite.doc
    start = _phrase_start(mention, doc)
    if start > sentence_start(group.finite) and _genitive_before(doc[start - 1]):
        start = _phrase_start_of(doc[start - 1])  # "Kommunens revisorer": the head is the subject
    if start <= sentence_start(group.finite):
        return True
    before = doc[start - 1]
    if _distributive_after_preposition(before):
        return False  # "Nämnderna i respektive kommun får …": the PP's noun (round 41, r-C1)
    return (
        before.lower_ in GRAMMAR.coordinators | GRAMMAR.subordinators
        or before.text in CLAUSE_PUNCT
        or before.pos_ == "ADV"
        or before.text == doc[mention.last_token].text  # a heading "… EkRa" glued: "EkRa driver"
        or run_in_heading(doc[mention.first_token - 1], doc[mention.first_token])
    )


def _distributive_after_preposition(token: Token) -> bool:
    """``i respektive kommun``: a distributive determiner (``distributive_determiners``, the
    tagger reads ``respektive`` as an adverb) right after a preposition opens the
    preposition's noun phrase, which opens no clause."""
    return (
        (token.lower_,) in GRAMMAR.distributive_determiners
        and token.i > 0
        and token.nbor(-1).pos_ == "ADP"
    )


def _genitive_before(token: Token) -> bool:
    """A genitive determiner of the next noun (``Kommunens``, ``nämndens``)."""
    return token.dep_ == "nmod:poss" or (
        token.pos_ in {"NOUN", "PROPN"} and "Gen" in morph_values(token, "Case")
    )


def _phrase_start_of(token: Token) -> int:
    """The first token of a genitive's own noun phrase (``den nya nämndens``)."""
    start = token.i
    while start > sentence_start(token) and token.doc[start - 1].pos_ in NP_MODIFIER_POS:
        start -= 1
    return start


_MULTIWORD_MARKERS = tuple(
    marker
    for marker in dict.fromkeys((*GRAMMAR.restatement_markers, *GRAMMAR.apposition_markers))
    if len(marker) > 1
)
_MARKER_OPENERS = frozenset(marker[0] for marker in _MULTIWORD_MARKERS)


def marker_words(sentence: Span, lower: list[str]) -> set[int]:
    """``…, det vill säga hur verksamheten bedrivs``: the words of a multi-word apposition or
    restatement marker (configs/grammar.yaml `apposition_markers`, `restatement_markers`)
    inside a sentence are the marker, no verb group of their own nor a conjunct of one, so
    ``vill säga`` is no statement (round 51, analysis 51-bx C8); they stay VERB spans (§5.6)."""
    words: set[int] = set()
    for i in range(sentence.start + 1, sentence.end):
        if lower[i] not in _MARKER_OPENERS:
            continue
        for marker in _MULTIWORD_MARKERS:
            if tuple(lower[i : i + len(marker)]) == marker:
                words.update(range(i, i + len(marker)))
    return words


def _v2_subject(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """Subject by position (Swedish V2): the actor right before the finite verb, the actor
    opening the sentence when only subordinate clauses stand between, or the actor right
    after the finite verb (inversion: ``Enligt reglementet ska nämnden …``)."""
    doc = group.finite.doc
    sentence = doc[sentence_start(group.finite) : sentence_end(group.finite)]  # its `.sent`
    if v1_condition_end(doc[sentence.start]) == group.finite.i:
        return inverted_subject(group, mentions)  # "Säljs bolaget ska köpeskillingen …"
    conjoined = conjoined_clause_subject(group, mentions)
    if conjoined is not None:
        return conjoined
    before = group.finite.i - 1
    while before >= sentence.start and doc[before].pos_ == "ADV":
        before -= 1
    if before >= sentence.start:
        mention = mention_at(before, mentions)
        if (
            mention is not None
            and not mention.genitive
            and _opens_clause(mention, group)
            and not _comitative_conjunct(mention, mentions, doc)
            and not _governed_by_opening_case(mention, doc[sentence.start])
            and not _after_complex_preposition(mention, doc, sentence)
        ):
            return mention
    first = next((m for m in mentions if m.first_token >= sentence.start), None)
    if (
        first is not None
        and doc[sentence.start].lower_ not in GRAMMAR.subordinators
        and _phrase_start(first, doc) <= sentence.start + 1
        and not _after_preposition(first, doc[sentence.start])
    ):
        head = _genitive_head(first, mentions)  # "Kommunens revisorer, som …, utser"
        markers = doc_memoised(
            doc,
            (marker_words, sentence.start),
            lambda: marker_words(sentence, doc_arrays(doc).lower),
        )
        if (
            head is not None
            and head.last_token < group.finite.i
            and all(
                subordinator_of(token, sentence) is not None
                or opening_relative_series(token, sentence, mentions)  # round 51, bq-G
                for token in doc[head.last_token + 1 : group.finite.i]
                if is_finite(token) and token.i not in markers  # "det vill säga" (cg-R2)
            )
        ):
            return head
    if group.finite.i == sentence_start(group.finite):
        return None  # "Utser ombud till stämman": a subjectless V1 item, its noun the object
    return inverted_subject(group, mentions)


def conjoined_clause_subject(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``Inköp ska ske skriftligt och ekonomichefen ska attestera dem``, ``… och ledamot [ADV]
    ska pröva det`` (round 44, bh-Q2): a modal with its infinitive right after an actor
    mention that a clause coordinator opens (a determiner may stand between), after a
    finite verb of the same sentence, opens a main clause of its own: the actor is its
    subject, whatever the parser hung it on (an adverb's conjunct, an adverb). Not so where
    no finite verb precedes (``Avtal mellan ledamot och bolaget ska ske``: the actors are
    inside the subject's phrase)."""
    finite = group.finite
    if not group.verbs or group.verbs[0] is finite or not is_modal(finite):
        return None
    mention = mention_at(finite.i - 1, mentions)
    if mention is None or mention.genitive or mention.last_token != finite.i - 1:
        return None
    doc = finite.doc
    opener = mention.first_token - 1
    if opener > 0 and doc[opener].pos_ == "DET":
        opener -= 1
    start = sentence_start(finite)
    if opener <= start or doc[opener].lower_ not in GRAMMAR.clause_coordinators:
        return None
    return mention if any(is_finite(t) for t in doc[start:opener]) else None


_CLAUSE_NOUN_PHRASE_WORDS = 4  # words of a conjoined clause's noun-phrase subject
_CLAUSE_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "VERB"})


def _conjoined_clause_noun_subject(finite: Token, mentions: Sequence[ActorMention]) -> bool:
    """``Nämnden ska tillämpa gällande lagar och fattade [VERB] beslut ska verkställas``
    (review 52 S5): a modal with its verb right after it, right after a noun phrase that is
    no actor (a noun, its determiner and attributes, a participle no verb by `is_verb`)
    opened by a clause coordinator, after a finite verb of the same main clause (no
    subordinator between), opens a main clause of its own: that noun phrase is its subject,
    no actor, and the subject before the coordinator is not lent to it
    (`conjoined_clause_subject` is the actor's case). Not a fronted adverbial (``och vid
    behov ska``: a preposition) nor one before an inverted subject (``och nästa år ska
    nämnden besluta``: the modal's verb does not follow it)."""
    if not is_modal(finite) or not _verb_follows(finite):
        return False
    doc, start = finite.doc, sentence_start(finite)
    noun = finite.i - 1
    if noun <= start or doc[noun].pos_ != "NOUN" or mention_at(noun, mentions) is not None:
        return False
    opener = noun - 1
    while opener > max(start, noun - _CLAUSE_NOUN_PHRASE_WORDS) and _noun_phrase_word(doc[opener]):
        opener -= 1
    if opener <= start or doc[opener].lower_ not in GRAMMAR.clause_coordinators:
        return False
    before = doc[start:opener]
    finite_before = any(is_finite(t) for t in before)
    return finite_before and not any(t.lower_ in GRAMMAR.subordinators for t in before)


def _noun_phrase_word(token: Token) -> bool:
    """A word inside a noun phrase: its word class, and no verb (a participle attribute)."""
    return token.pos_ in _CLAUSE_NOUN_PHRASE_POS and not is_verb(token)


def _verb_follows(modal: Token) -> bool:
    """The modal's verb stands right after it (adverbs between): no inverted subject."""
    doc, end = modal.doc, sentence_end(modal)
    position = modal.i + 1
    while position < end and doc[position].pos_ == "ADV":
        position += 1
    return position < end and is_verb(doc[position])


def _comitative_conjunct(mention: ActorMention, mentions: Sequence[ActorMention], doc: Doc) -> bool:
    """``Ekby kommun tillsammans med Åby kommun och Norrby kommun har …``: the last conjunct
    of a prepositional phrase after the subject (a coordinator before it, the preposition
    before the first conjunct, no finite verb before) is no subject of its own; the actor
    opening the sentence is (round 21, cause B5; docs/annotation.md §5.2: ``tillsammans
    med`` coordinates nothing)."""
    start = _phrase_start(mention, doc)
    first = sentence_start(doc[start])
    joined = start > first and _joint(doc, start - 1, start) is not None
    if not joined or any(is_finite(t) for t in doc[first:start]):
        return False  # "… utgör styrelse för förbundet och varje kommun har": a new clause
    return _inside_other_phrase(mention, mentions, doc)


def _genitive_head(mention: ActorMention, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The mention itself, or past a genitive actor the actor it determines (else None)."""
    if mention.genitive:
        head = mention_at(mention.last_token + 1, mentions)
        return None if head is None or head.genitive else head
    return mention


PARTICIPLE_ATTRIBUTE_ENDINGS = ("ade", "de", "da", "ta", "na")  # plural/definite participles


def _genitive_head_past_attribute(
    genitive: ActorMention, mentions: Sequence[ActorMention], group: Group
) -> ActorMention | None:
    """``Vid årsmötet kan förbundets röstberättigade medlemmar föreslå``, ``får föreningens
    registrerade medlemmar lämna`` (round 38, at-B5): past a genitive inverted subject, a
    participle in its plural or definite form (-ade, -de, -da, -ta, -na: whatever its tag, no
    verb there) before an actor noun is that noun's attribute; the noun, which the modal's
    infinitive follows, is the subject. A run of two or more attributes (`attribute_run_end`:
    adjectives, -a adjectives, participles, numerals, ``och`` between two), no finite verb
    among them, is passed the same way (round 54, ce-R1)."""
    doc = group.finite.doc
    position = genitive.last_token + 1
    if position + 1 >= len(doc):
        return None
    word = doc[position]
    head = None
    if (_participle_attribute(word) or _adjective_attribute(word)) and not is_verb(word):
        head = mention_at(position + 1, mentions)
    if head is None:  # "samverkar förbundens äldsta aktiva medlemmar" (round 54, ce-R1)
        end = attribute_run_end(doc, position, frozenset({"NOUN", "PROPN"}))
        run = doc[position:end]
        several = len(run) > 1 and not any(is_finite(token) for token in run)
        head = mention_at(end, mentions) if several else None
    if head is None or head.genitive:
        return None
    if group.verbs == (group.finite,):
        return head  # round 48 (nu48 fault 3): "övertar delegatens närmaste chef ansvaret"
    return head if any(verb.i > head.last_token for verb in group.verbs) else None


def _participle_attribute(word: Token) -> bool:
    return word.pos_ in {"ADJ", "VERB"} and word.lower_.endswith(PARTICIPLE_ATTRIBUTE_ENDINGS)


def _adjective_attribute(word: Token) -> bool:
    """``närmaste``, ``biträdande``: an adjective the tagger calls one, no infinitive."""
    return word.pos_ == "ADJ" and not could_be_infinitive(word)


def _governed_by_opening_case(mention: ActorMention, start: Token) -> bool:
    """``Över [ADV] förvaltningen ska föras …``: the sentence's first word, a case marker the
    tagger calls an adverb, governs the actor before the finite verb: a fronted adverbial,
    no subject (round 41, C5)."""
    return (
        start.dep_ == "case"
        and start.i < mention.first_token
        and mention.first_token <= start.head.i <= mention.last_token
    )


def _after_preposition(mention: ActorMention, start: Token) -> bool:
    """``I nämnderna sitter …``, ``För revisorerna gäller …``: an actor governed by a
    sentence-initial preposition is a fronted adverbial, never the subject; also one the
    tagger calls an adverb but attaches as a case marker (``Över [ADV] förvaltningen ska
    föras …``, round 41 C5)."""
    return mention.first_token > start.i and (start.pos_ == "ADP" or start.dep_ == "case")


def inverted_subject(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The actor right after the finite verb (adverbs between), not one a ``som`` modifies;
    an actor mention the tagger calls an adverb is no adverb (``är säkerhetschefen [ADV]
    skyldig att``)."""
    doc = group.finite.doc
    fronted_object = _fronted_object_of_have(group, mentions)
    if _prefield_subject(group.finite, mentions) and not fronted_object:
        return None  # "Valet omfattar ordförande och vice ordförande": objects follow
    if _conjunct_verb(group.finite):
        return None  # "De utser och utbildar valförrättare": the object, never the subject
    if _pronoun_subject_before(group.finite):
        return None  # "Vi väljer revisor": the pronoun is the subject, the noun the object
    if _object_actor_verb(group):
        return None  # "Skyldigheten att föra register åvilar kanslichefen": the object
    end = sentence_end(group.finite)
    after = _past_adverbs(doc, group.finite.i + 1, end, mentions)
    past_additive = _past_additive_phrase(doc, after, end)
    if past_additive != after:
        after = _past_adverbs(doc, past_additive, end, mentions)
    after = _past_inserted_clause(group, after)
    after = _past_copula_infinitive(group, after, end, mentions)
    mention = (
        mention_at(after, mentions)
        or subject_after_inserted_phrase(group, after, mentions)
        or distributive_mention(doc, after, end, mentions)
    )
    if mention is not None and mention.genitive and _has_prefield(group.finite):
        genitive = mention
        mention = _genitive_head(mention, mentions)  # "finns förvaltningens ekonomienhet"
        if mention is None:
            mention = _genitive_head_past_attribute(genitive, mentions, group)  # round 38, at-B5
    if mention is None and after < sentence_end(group.finite) and doc[after].pos_ == "DET":
        mention = mention_at(after + 1, mentions)  # "är den verkställande direktören"
    if mention is None:
        mention = _superlative_respect_head(doc, after, sentence_end(group.finite), mentions)
    if (
        mention is None
        and after < sentence_end(group.finite)
        and _possessive_after_copula(group.finite, doc[after])
    ):
        mention = mention_at(after + 1, mentions)  # "Brukare av hallen är dess medlemmar"
    if mention is None and not _subject_before(group):
        mention = _after_premodifiers(doc, after, sentence_end(group.finite), mentions)
    if mention is None and not _subject_before(group):
        mention = _quantified_conjunct(doc, after, sentence_end(group.finite), mentions)
    if mention is None or (
        mention.last_token + 1 < len(doc)
        and doc[mention.last_token + 1].lower_ == "som"
        and not _verbless_som(doc[mention.last_token + 1])
        and not _in_modal_middle_field(group, mention)
        and not _quantified_after_copula(group.finite, mention)
        and not after_fronted_adjective(doc, mention.first_token)
        and not fronted_object
        and not _main_verb_after_fronted_phrase(group)
    ):
        return None
    return mention


def distributive_mention(
    doc: Doc, position: int, end: int, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``får var och en av ledamöterna reservera sig``, ``av vardera av kommunerna``
    (gen57 B): the actor a distributive partitive phrase at `position` picks from, past
    determiners, numerals, adjectives and an owner's genitive (``var och en av regionens
    två styrelser``); the group the clause is about (§5.2, round 16)."""
    start = distributive_phrase_end(doc, position, end)
    while start is not None and start < end:
        mention = mention_at(start, mentions)
        if mention is not None and not mention.genitive:
            return mention
        if mention is not None:
            start = mention.last_token + 1
        elif doc[start].pos_ in {"DET", "NUM", "ADJ"}:
            start += 1
        else:
            return None
    return None


INSERTED_PHRASE_WIDTH = 8
_INSERTED_PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN"})


def subject_after_inserted_phrase(
    group: Group, after: int, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``I år ska enligt stadgarna valberedningen lämna …``, ``… ska i samråd med kontoret
    styrelsen ta fram …`` (gen57 A, gen55 B): in V2 order a prepositional phrase (a word
    tagged ADP, then determiners, adjectives, numerals, nouns and chained prepositions) may
    stand between a finite modal or auxiliary and the inverted subject. The first actor
    mention, no genitive, that follows a noun of that phrase (not its preposition) and
    stands before the group's infinitive or supine, with no punctuation between, is the
    subject, not part of the phrase, whatever the parser hung it on (`after`: the first
    index past the adverbs after the finite verb)."""
    doc, finite = group.finite.doc, group.finite
    verb = group.verbs[0].i if group.verbs else finite.i
    if verb <= after + 2 or doc[after].pos_ != "ADP":
        return None
    for index in range(after + 1, min(verb, after + INSERTED_PHRASE_WIDTH)):
        if doc[index].pos_ not in _INSERTED_PHRASE_POS and mention_at(index, mentions) is None:
            return None
        mention = mention_at(index, mentions)
        if mention is None or mention.first_token != index or mention.genitive:
            continue
        noun = doc[index - 1]
        if noun.pos_ not in {"NOUN", "PROPN"} or "Gen" in morph_values(noun, "Case"):
            continue
        if not any(t.is_punct for t in doc[mention.last_token + 1 : verb]):
            return mention
        return None
    return None


def _past_copula_infinitive(
    group: Group, after: int, end: int, mentions: Sequence[ActorMention]
) -> int:
    """``Dataskyddsombud bör vara kommunjuristen``: after a modal, the copula infinitive
    before the definite subject of a fronted predicative (round 56, analysis56-ck C4), when
    no actor holds the prefield's subject place (`pipeline.nlp.predicative` ruled the fronted
    noun a predicative, no actor)."""
    doc = group.finite.doc
    if after + 1 >= end or not _modal_copula(group.finite):
        return after
    copula = after
    while copula < end - 1 and doc[copula].pos_ == "PART":
        copula += 1  # "ska inte vara"
    if doc[copula].lower_ not in GRAMMAR.predicative_verbs - {"som"}:
        return after
    if distributive_phrase_end(doc, copula, end) is not None:
        return after  # "ska var och en av ledamöterna …": the pronoun, no copula (w58a G)
    start = sentence_start(group.finite)
    if any(
        doc[m.first_token].dep_ in {"nsubj", "nsubj:pass"}
        for m in mentions
        if start <= m.first_token < group.finite.i
    ):
        return after  # "Nämnden ska vara styrelsen": the subject stands before the modal
    return _past_adverbs(doc, copula + 1, end, mentions)


def _main_verb_after_fronted_phrase(group: Group) -> bool:
    """``Vid stämman har varje delägare som fyllt 18 år en röst`` (round 51, w50y-F), ``På
    förvaltningarna arbetar tjänstemän som …`` (round 57, analysis57-cp C7): an active main
    verb with no verb after it in its group, after a fronted prepositional phrase; V2 puts
    its subject right after it, so the actor there is the subject though a relative clause
    follows it (a bare plural too), and any object comes after that clause; so too in a
    main clause conjoined after a comma (`conjunct_clause_start`)."""
    finite = group.finite
    if group.verbs != (finite,) or is_passive(finite) or is_modal(finite):
        return False
    doc, start = finite.doc, sentence_start(finite)
    if doc[start].pos_ != "ADP":
        start = conjunct_clause_start(finite)  # "…, och på förvaltningen arbetar X som …"
    if start is None or doc[start].pos_ != "ADP" or finite.i - start < 2:
        return False
    return not any(is_verb(t) for t in doc[start + 1 : finite.i])


_FRONTED_ATTRIBUTE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"})
_FRONTED_OBJECT_WORDS = 8


def _fronted_object_of_have(group: Group, mentions: Sequence[ActorMention]) -> bool:
    """``Förslagsrätt har medlem som har betalat avgiften``, ``Rösträtt vid stämman har …``
    (round 44; docs/annotation.md §5.3 round 43 nu43-3): a bare indefinite noun (after
    adjectives only, no determiner, no actor) opening the sentence, with at most its
    prepositional attributes, before main-verb ``har`` is its fronted object, and the actor
    after the verb is the inverted subject, relative clause and all."""
    finite = group.finite
    if finite.lemma_.lower() != "ha" or group.verbs != (finite,):
        return False
    doc = finite.doc
    start = sentence_start(finite)
    if not 0 < finite.i - start <= _FRONTED_OBJECT_WORDS:
        return False
    head = start
    while head < finite.i and doc[head].pos_ == "ADJ":
        head += 1
    if _fronted_task_noun(finite, mentions):
        return True
    if head == finite.i or doc[head].pos_ not in {"NOUN", "PROPN"}:
        return False
    if "Def" in morph_values(doc[head], "Definite") or mention_at(head, mentions) is not None:
        return False  # "Rösträtten har stor betydelse", "Medlem har rätt att …": the subject
    attributes = doc[head + 1 : finite.i]
    return not attributes or (
        attributes[0].pos_ == "ADP" and all(t.pos_ in _FRONTED_ATTRIBUTE_POS for t in attributes)
    )


# What may stand before a fronted noun: a determiner, adjectives, a participle the tagger
# may read as a verb ("Det samlade ansvaret").
_BEFORE_FRONTED_NOUN = frozenset({"DET", "ADJ", "VERB"})
_BEFORE_FRONTED_NOUN_WORDS = 3


def fronted_for_phrase(finite: Token, noun_test: Callable[[str], bool]) -> int | None:
    """The index of the noun that opens the sentence before `finite` with its ``för``-phrase
    (``(Det yttersta) ansvaret för arkivet har …``): a determiner and adjectives before the
    noun, `noun_test` true of its lower-case word, ``för`` and a noun phrase after it, and
    no finite verb (but an ``att``-clause's own) nor punctuation between that and `finite`.
    Shared by the cue (`cues._fronted_responsibility_noun`) and the fronted object
    (`_fronted_task_noun`)."""
    doc, start = finite.doc, sentence_start(finite)
    noun = start
    while noun < min(finite.i, start + _BEFORE_FRONTED_NOUN_WORDS) and (
        doc[noun].pos_ in _BEFORE_FRONTED_NOUN
    ):
        noun += 1
    if noun + 2 >= finite.i or doc[noun + 1].lower_ != "för":
        return None
    if not noun_test(doc[noun].lower_):
        return None
    phrase = doc[noun + 2 : finite.i]
    if any(word.is_punct for word in phrase):
        return None
    finites = sum(1 for word in phrase if is_finite(word))
    # "Ansvaret för att beslut verkställs har …": an att-clause's one finite verb is its own
    # (review 52 S2); without one, `finite` is the att-clause's ("för att nämnden har …")
    if finites and not (phrase[0].lower_ == "att" and finites == 1):
        return None
    return noun


def _task_noun(word: str) -> bool:
    """A task noun (`possessed_task_nouns`) or a compound of one (``huvudansvaret``)."""
    return word.endswith(tuple(GRAMMAR.possessed_task_nouns))


def fronted_task_object(finite: Token) -> Span | None:
    """The noun phrase of a fronted task noun's ``för``-attribute before `finite`: the
    object of ``Ansvaret för arkivet har kommunstyrelsen (sedan 2020)`` is ``arkivet``, never
    the adverbial after the inverted subject (review 52b S1)."""
    noun = fronted_for_phrase(finite, _task_noun)
    return None if noun is None else finite.doc[noun + 2 : finite.i]


def _fronted_task_noun(finite: Token, mentions: Sequence[ActorMention]) -> bool:
    """``(Det yttersta) ansvaret för arkivet har kommunstyrelsen`` (round 52, ca S2): a task
    noun (`possessed_task_nouns`, a compound of one: ``huvudansvaret``), definite or not, with
    its ``för``-attribute opens the sentence before main-verb ``har`` (`fronted_for_phrase`),
    and an actor after the verb (adverbs past) ends the clause: the noun is the fronted
    object, the actor the inverted subject (``Ansvaret för tillsynen har stor betydelse``: no
    actor, no subject). The object fronted, only adverbials may follow the inverted subject
    (``… har kommunstyrelsen sedan 2020``: no verb, no actor, no coordinator before the
    clause's end; review 52 S2)."""
    if fronted_for_phrase(finite, _task_noun) is None:
        return False
    doc = finite.doc
    after = _past_adverbs(doc, finite.i + 1, sentence_end(finite), mentions)
    mention = mention_at(after, mentions)
    if mention is None and after < len(doc) and doc[after].pos_ == "DET":
        mention = mention_at(after + 1, mentions)  # "har de förtroendevalda"
    if mention is None:
        return False
    return _only_adverbials_after(doc, mention.last_token + 1, sentence_end(finite), mentions)


def _only_adverbials_after(
    doc: Doc, position: int, end: int, mentions: Sequence[ActorMention]
) -> bool:
    """From `position` to the clause's end (`_CLAUSE_END_WORDS`, the sentence's end) stands
    no verb, actor, coordinator nor other punctuation: adverbials only, or nothing (a
    subordinate clause would hold a verb: ``sedan 2020`` is a preposition's phrase)."""
    for token in doc[position:end]:
        if token.lower_ in _CLAUSE_END_WORDS:
            return True
        if token.is_punct or is_verb(token):
            return False
        if token.lower_ in GRAMMAR.coordinators or mention_at(token.i, mentions) is not None:
            return False
    return True


# What ends a clause after an inverted subject at its close: a stop, a bracket, a semicolon.
_CLAUSE_END_WORDS = frozenset({".", "(", ";", "!", "?"})


def _possessive_after_copula(finite: Token, token: Token) -> bool:
    """``Brukare av hallen är dess medlemmar`` (round 44, bh-Q3): a possessive pronoun
    right after the copula makes the noun after it definite, the subject of a fronted
    predicative (`pipeline.nlp.predicative`)."""
    return (
        token.i == finite.i + 1
        and token.i + 1 < sentence_end(finite)
        and (finite.lower_ in GRAMMAR.copulas or finite.dep_ == "cop")
        and _possessive_pronoun(token)
    )


def _quantified_after_copula(finite: Token, mention: ActorMention) -> bool:
    """``Medlem i klubben är varje person som …`` (round 43, bf cause 3): a distributive
    determiner right after the copula opens its subject, relative clause and all."""
    doc = finite.doc
    opener = mention.first_token - 1
    copula = finite.lower_ in GRAMMAR.copulas or finite.dep_ == "cop"
    return (
        copula
        and opener == finite.i + 1
        and (doc[opener].lower_,) in GRAMMAR.distributive_determiners
    )


def _in_modal_middle_field(group: Group, mention: ActorMention) -> bool:
    """``Till förbundet kan föreningar som är verksamma i länet anslutas``: a modal's
    infinitive after the mention and its relative clause puts the mention between the
    modal and its infinitive, the inverted subject's place (round 42, bc-K1)."""
    return (
        bool(group.verbs)
        and group.verbs[0].i > mention.last_token + 1
        and group.verbs[0] == passive_after_relative_clause(group.finite)
    )


def _past_adverbs(doc: Doc, after: int, end: int, mentions: Sequence[ActorMention]) -> int:
    """The first index from `after` that is no adverb (an actor mention tagged ADV counts
    as no adverb, nor does a preposition of addition the tagger calls one: ``jämte``)."""
    while (
        after < end
        and doc[after].pos_ == "ADV"
        and mention_at(after, mentions) is None
        and doc[after].lower_ not in GRAMMAR.additive_prepositions
    ):
        after += 1
    return after


ADDITIVE_PHRASE_WIDTH = 8


def _past_additive_phrase(doc: Doc, after: int, end: int) -> int:
    """``Vid mötet deltar förutom styrelsen även revisorerna``: after an inverted verb, a
    phrase of addition (`additive_prepositions` + a noun phrase, closed by `additive_adverbs`)
    stands before the real subject; the index after its closing adverb, else `after` (round
    42, bc-V1). A comma or a verb first ends the search: no closing adverb, no phrase."""
    if after >= end or doc[after].lower_ not in GRAMMAR.additive_prepositions:
        return after
    for index in range(after + 1, min(end, after + ADDITIVE_PHRASE_WIDTH)):
        token = doc[index]
        if token.lower_ in GRAMMAR.additive_adverbs:
            return index + 1
        if token.text == "," or token.pos_ in {"VERB", "AUX"}:
            break
    return after


def _past_inserted_clause(group: Group, after: int) -> int:
    """``Vid mötet ska, om ordföranden har förhinder, vice ordföranden leda …``: after a
    fronted adverbial (the sentence opens with a preposition or an adverb) and a V2 verb, a
    subordinate clause in commas (a subordinator first) may stand before the inverted
    subject; the subject follows its closing comma when the group's verb comes later still
    (round 40, ax cause 14). Else `after` as it was."""
    doc, finite = group.finite.doc, group.finite
    start = sentence_start(finite)
    if not group.verbs or after + 2 >= group.verbs[0].i or doc[after].text != ",":
        return after
    if doc[start].pos_ not in {"ADP", "ADV"} or doc[after + 1].lower_ not in GRAMMAR.subordinators:
        return after
    closing = next((t.i for t in doc[after + 2 : group.verbs[0].i] if t.text == ","), None)
    return after if closing is None else closing + 1


def _conjunct_verb(finite: Token) -> bool:
    """A finite verb right after a coordinator (``och utbildar``, ``samt ser``) is a verb
    phrase conjunct: its prefield is empty, so nothing after it is an inverted subject; it
    shares the subject of the conjunct before, and where that subject is no actor (a
    pronoun: ``De utser och utbildar valförrättare och ser till …``) it has none (round 21,
    cause B3; docs/annotation.md §5.1)."""
    return finite.i > sentence_start(finite) and finite.nbor(-1).lower_ in GRAMMAR.coordinators


def _pronoun_subject_before(finite: Token) -> bool:
    """``Vi väljer revisor``, ``De utser kassör och sekreterare``: a nominative personal
    pronoun (configs/grammar.yaml `subject_pronouns`) right before the finite verb is its
    subject in the prefield, so the clause is plain V2 and nothing after the verb is an
    inverted subject; a pronoun subject gives no statement (round 37, B1; docs/annotation.md
    §5.1); so is one with a numeral or ``båda`` after it (``de två``; round 41, az-9)."""
    if finite.i > sentence_start(finite) and finite.nbor(-1).lower_ in GRAMMAR.subject_pronouns:
        return True
    if _quantifier_subject_before(finite):
        return True
    position = pronoun_subject_at(finite)
    return position is not None and position >= sentence_start(finite)


def _quantifier_subject_before(finite: Token) -> bool:
    """``Båda leder förvaltningen``, ``Samtliga ska delta``: a quantifier pronoun standing
    alone (configs/grammar.yaml `quantifier_subject_pronouns`) as the whole prefield, right
    before the finite verb, is its subject like a personal pronoun, so nothing after the verb
    is an inverted subject; a fronted phrase before it (``För alla gäller …``) keeps V2
    inversion (round 55, fix55m; docs/annotation.md §5.1)."""
    return (
        finite.i - 1 == sentence_start(finite)
        and finite.nbor(-1).lower_ in GRAMMAR.quantifier_subject_pronouns
    )


def _prefield_subject(finite: Token, mentions: Sequence[ActorMention]) -> bool:
    """``Valet omfattar ordförande och vice ordförande``, ``Dokumentet beskriver
    regiondirektören`` (round 20, B3): the whole prefield before the finite verb is the
    noun phrase the parser made its nominal subject, so the clause is straight V2 and the
    actors after the verb are its objects, never an inverted subject. Not the expletive
    ``det`` (``Det finns …``, a cleft), nor a copula (its definite predicative identifies)."""
    governor = finite.head if finite.dep_ in AUX_DEPS else finite
    start = sentence_start(finite)
    if finite.i == start or finite.lower_ in GRAMMAR.copulas or finite.dep_ == "cop":
        return False  # "Föreningens högsta organ är årsmötet": the definite noun identifies
    if _modal_copula(finite):
        return False  # "Ersättare för kanslichefen ska vara ekonomichefen" (round 56, ck C4)
    opener = finite.doc[start]
    if not (opener.pos_ in _NOUN_PHRASE_OPENERS or _possessive(opener)) or opener.lower_ == "som":
        return False  # "Till sin hjälp har …", "Som sekreterare tjänstgör …": V2 inversion
    subject = next(
        (c for c in governor.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < finite.i),
        None,
    )
    if subject is None or not _nominal(subject):
        return False
    if subject.lower_ in GRAMMAR.pronominal_adverbs | GRAMMAR.misread_adverbs:
        return False  # "Härefter [NOUN] utses revisorer": an adverbial, the subject follows
    if _time_head(subject) and finite.doc[start].pos_ in {"DET", "ADJ"}:
        return False  # "Det år då val har hållits ska nämnden …": a time adverbial (round 43)
    if v1_condition_end(finite.doc[start]) is not None:
        return False  # "Förhindras ordföranden ska vice ordföranden leda …": a condition
    if _fronted_thing(subject, governor, mentions):
        return False  # "Dess arbetsordning fastställer kommunfullmäktige": a fronted object
    if _fronted_superlative(opener, subject, mentions):
        return False  # "Störst budget förvaltar socialnämnden": a fronted object
    if _second_actor_subject(governor, subject, finite, mentions):
        return False  # "strategiska nivån arbetar kommunstyrelsen med …" (round 58, cs C5)
    return subject.left_edge.i == start and subject.right_edge.i == finite.i - 1


def _second_actor_subject(
    governor: Token, subject: Token, finite: Token, mentions: Sequence[ActorMention]
) -> bool:
    """``strategiska nivån arbetar kommunstyrelsen med …`` (round 58, analysis58-cs C5): the
    parser gives the verb a second nominal subject after the finite verb, and that one is an
    actor while the prefield, opening in lower case, names none: the prefield is the tail of
    a page-broken fronted adverbial, the actor the inverted subject. A capitalised prefield
    keeps its subject (``Vår kvalitetsmodell vägleder nämnderna``: the parser errs). An actor
    the parser calls the object (``Valet omfattar ordförande``) stays the object."""
    if mention_at(subject.i, mentions) is not None:
        return False
    if not finite.doc[subject.left_edge.i].is_lower:
        return False  # "Vår kvalitetsmodell vägleder nämnderna": the parser's second nsubj errs
    return any(
        child.dep_ in {"nsubj", "nsubj:pass"}
        and child.i > finite.i
        and mention_at(child.i, mentions) is not None
        for child in governor.children
    )


_NOUN_PHRASE_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _modal_copula(finite: Token) -> bool:
    """A modal whose infinitive, past adverbs, is a copula (``ska vara``, ``bör normalt
    vara``): the clause identifies as the finite copula's does."""
    if finite.lower_ not in GRAMMAR.modals:
        return False
    doc = finite.doc
    after = finite.i + 1
    while after < len(doc) and doc[after].pos_ in {"ADV", "PART"}:
        after += 1
    return after < len(doc) and doc[after].lower_ in GRAMMAR.predicative_verbs - {"som"}


def _time_head(subject: Token) -> bool:
    """A noun of time (grammar `time_nouns`) or a month (layout.yaml `month_names`): a fronted
    date ``Den 1 juni [varje år] ska styrelsen …`` (newuser55b fault 1) is a time adverbial
    the parser made the subject; the actor right after the finite verb is the V2 subject."""
    return is_time_noun(subject) or subject.lower_ in patterns.MONTH_NAMES


def _possessive(token: Token) -> bool:
    """``Vår``, ``Deras``: a possessive pronoun opens a noun phrase (round 53, cb-P1). Not a
    reflexive one (configs/grammar.yaml `reflexive_possessives`): it points at the subject,
    so its phrase is never the subject (``Sin budget fastställer nämnden …``: a fronted
    object)."""
    return token.lower_ not in GRAMMAR.reflexive_possessives and _possessive_pronoun(token)


def _fronted_thing(subject: Token, verb: Token, mentions: Sequence[ActorMention]) -> bool:
    """``Dess arbetsordning fastställer kommunfullmäktige``, ``Deras ersättning beslutar
    fullmäktige om``: a possessive-opened noun phrase that names no actor, before a verb
    whose subject is an actor (configs/grammar.yaml `actor_subject_verbs`), is a fronted
    object whose topic points back (OVS); the actor after the verb is the subject (review
    53b M2). ``Vår förvaltning stödjer nämnden`` (an actor) and ``Vår arbetsmodell stärker
    styrelsen`` (a verb a thing may have as subject) stay straight V2.
    Round 55 (w55g, tag55 §3: the parser reads OVS as SVO, the actor as object): any opener
    of such a noun phrase whose head names no actor (``Budgeten fastställer fullmäktige``,
    ``Varje bokslut granskar revisorerna``, ``Alla avtal med grannkommunerna verkställer
    kommundirektören``): a thing is never the subject of these verbs."""
    return actor_subject_verb(verb) and mention_at(subject.i, mentions) is None


def _fronted_superlative(
    opener: Token, subject: Token, mentions: Sequence[ActorMention]
) -> bool:
    """``Störst budget förvaltar socialnämnden``, ``Flest tillstånd prövar miljöenheten``
    (round 54, cg-R1): a determinerless indefinite noun phrase opened by a superlative is a
    topicalised object, never a Swedish subject (which takes the definite form: ``Den
    största nämnden``, ``Största delen av …``), when it names no actor; the actor after the
    verb is the subject (OVS)."""
    return (
        opener.i < subject.i
        and _superlative(opener)
        and "Ind" in morph_values(subject, "Definite")
        and mention_at(subject.i, mentions) is None
    )


def _nominal(subject: Token) -> bool:
    """A noun, or a word the tagger called an adjective that a possessive or a determiner
    governs (``Vår planeringsmodell [ADJ] följer …``: an unknown compound is a noun; round 53,
    cb-P1)."""
    if subject.pos_ in {"NOUN", "PROPN"}:
        return True
    return subject.pos_ == "ADJ" and any(
        child.dep_ in {"nmod:poss", "det"} and child.i < subject.i for child in subject.children
    )


def _object_actor_verb(group: Group) -> bool:
    """``Ansvaret för arkivet åligger arkivchefen``, ``Skyldigheten att föra register åvilar
    kanslichefen``: a verb whose actor is its object (configs/grammar.yaml
    `object_actor_verbs`) after a subject before it (not the expletive ``det``); the noun
    phrase after the verb is that object, no inverted subject (round 34, B2)."""
    finite = group.finite
    if finite.lemma_.lower() not in GRAMMAR.object_actor_verbs:
        return False
    return any(
        token.dep_ in {"nsubj", "nsubj:pass"}
        and token.head.i == finite.i
        and token.pos_ in {"NOUN", "PROPN"}
        for token in finite.doc[sentence_start(finite) : finite.i]
    )


def _has_prefield(finite: Token) -> bool:
    """V2 inversion needs a fronted phrase: a finite verb first in its sentence, or a
    conjunct right after a coordinator of the sentence's first word (``Planerar och
    styr …``, whatever the tagger calls ``Planerar``), opens a subjectless V1 clause."""
    start = sentence_start(finite)
    if finite.i == start:
        return False
    before = finite.doc[finite.i - 1]
    coordinated = before.lower_ in GRAMMAR.coordinators or before.text == ","
    return not (coordinated and finite.i - 2 == start)


def _role_som_before(som: Token, finite: Token) -> bool:
    """``leder arbetet som helhet och har tillsyn``, ``företräder förbundet som arbetsgivare,
    svarar …`` (gen57 D): ``som`` + a bare indefinite noun (adjectives before it, no
    determiner) that a coordinator or a comma closes before `finite` is a predicative
    (``as``), no relative clause: it holds no finite verb. ``som förvaltningar tecknar``
    (a verb right after the noun) stays a relative clause."""
    if som.lower_ != "som":
        return False
    doc = som.doc
    position = som.i + 1
    while position < finite.i and doc[position].pos_ in {"ADJ", "NOUN"}:
        position += 1
    role = doc[position - 1]
    if role.i == som.i or position >= finite.i or _definite(role):
        return False
    if present_spelling(role.lower_):
        return False
    return doc[position].text == "," or doc[position].lower_ in GRAMMAR.coordinators


def _verbless_som(som: Token) -> bool:
    """``inträder ekonomichefen som ställföreträdare``: a ``som`` before a bare indefinite
    noun (a role; adjectives before it) whose words up to the next comma or the sentence end
    hold no finite verb opens no relative clause (every clause has one) but a predicative
    (``as``), so the noun phrase before it is still the subject. A present the tagger read
    as a noun is no role (``de sakkunniga som biträder revisorerna``)."""
    doc, end = som.doc, sentence_end(som)
    position = som.i + 1
    while position < end and doc[position].pos_ in {"ADJ", "NOUN"}:
        position += 1  # the role's last word may be tagged an adjective ("som ersättare")
    role = doc[position - 1]
    if role.i == som.i or _definite(role) or present_spelling(role.lower_):
        return False
    while position < end and doc[position].pos_ != "PUNCT":
        if is_finite(doc[position]):
            return False
        position += 1
    return True


def _after_premodifiers(
    doc: Doc, start: int, end: int, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``har även icke ordinarie revisorer rätt``, ``får ej närvarande ledamöter``: the
    actor after the premodifiers of its noun phrase (determiners, adjectives, numerals), a
    negation directly before an adjective or participle being one of them (it negates the
    modifier, not the clause)."""
    position = start
    while position < end and mention_at(position, mentions) is None:
        token = doc[position]
        modifier = token.pos_ in NP_MODIFIER_POS or _participle(token)
        # "övertar skolans närmaste chef": a genitive noun opening the phrase is its
        # determiner (round 48, nu48 fault 3)
        modifier = modifier or (position == start and genitive_noun(token))
        modifier = modifier or attribute_of_inverted_subject(token)  # a VERB-tagged one
        modifier = modifier or _article_attribute(token)
        modifier = modifier or _approximate_count(doc, position)
        modifier = modifier or (position > start and _quantifier_joint(doc, position, end))
        modifier = modifier or (  # "sitter valda/utsedda ombud" (round 53, 53-cb P9)
            start < position < end - 1
            and token.text == "/"
            and doc[position - 1].pos_ == "ADJ"
            and _adjective_joint(token, doc[position + 1])
        )
        if not (modifier or modifier_negation(token)) or could_be_infinitive(token):
            return None  # "ska också fastställa direktörens …": a verb tagged ADJ
        position += 1
    mention = mention_at(position, mentions) if position > start else None
    return None if mention is None or mention.genitive else mention


_QUANTIFIER_POS = frozenset({"DET", "NUM", "ADJ"})


def _quantifier_joint(doc: Doc, position: int, end: int) -> bool:
    """``kan en, flera eller alla ledamöter``: a comma or a noun-phrase coordinator between
    two determiners, numerals or adjectives joins a run of premodifiers of one noun phrase
    (round 51, by-C2)."""
    token = doc[position]
    if token.text != "," and token.lower_ not in GRAMMAR.noun_phrase_coordinators:
        return False
    return (
        position + 1 < end
        and doc[position - 1].pos_ in _QUANTIFIER_POS
        and doc[position + 1].pos_ in _QUANTIFIER_POS
    )


def _approximate_count(doc: Doc, position: int) -> bool:
    """``ett tjugotal tjänstemän``, ``ett hundratal medlemmar``: the article ``ett`` and a
    `-tal` noun of a number (a spelled numeral or grammar.yaml `count_noun_stems` before
    ``tal``) count the noun after them like a numeral (round 51, bx-C6); ``ett avtal``,
    ``ett samtal`` are no counts (review 51)."""
    word = doc[position].lower_
    if position == 0 or not word.endswith("tal") or doc[position - 1].lower_ != "ett":
        return False
    stem = word[:-3]
    return stem in GRAMMAR.count_noun_stems or stem in GRAMMAR.spelled_numerals


_ARTICLE_ATTRIBUTE_POS = frozenset({"NOUN", "ADV"})


def _article_attribute(word: Token) -> bool:
    """``får en enskild [NOUN] ledamot begära``, ``ska en kommunal [NOUN] nämnd anmäla``
    (analysis 50-bv B): between an indefinite article and a singular actor head right after
    it, a word the tagger calls a noun or an adverb (``en tidigare [ADV] ledamot``) is the
    head's attribute, not a head the actor complements (the article agrees with a singular
    head; ``en grupp ledamöter``, a plural after it, keeps the noun as head)."""
    doc = word.doc
    if word.pos_ not in _ARTICLE_ATTRIBUTE_POS or word.i < 1 or word.i + 1 >= len(doc):
        return False
    if doc[word.i - 1].lower_ not in GRAMMAR.indefinite_articles:
        return False
    mentions = doc._.actors if doc.has_extension("actors") else None
    if not mentions or mention_at(word.i, mentions) is not None:
        return False
    head = mention_at(word.i + 1, mentions)
    return head is not None and head.first_token == word.i + 1 and not head.plural


def genitive_noun(token: Token) -> bool:
    """A noun or name the tagger reads as a genitive (``direktörens``): a determiner of the
    noun phrase after it."""
    return token.pos_ in {"NOUN", "PROPN"} and "Gen" in morph_values(token, "Case")


def _quantified_conjunct(
    doc: Doc, start: int, end: int, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``I juryn ingår tre domare och lika många suppleanter``: after the finite verb a
    quantified noun phrase that is no actor (``tre domare``), then a coordinator and a
    quantified actor phrase: the coordinated phrase is the inverted subject, its actor
    conjunct acts (round 13, analysis 12 cause 3)."""
    position = _past_quantified_phrase(doc, start, end)
    if position is None or position >= end or mention_at(position, mentions) is not None:
        return None
    if doc[position].pos_ not in {"NOUN", "PROPN"}:
        return None
    while position < end and doc[position].pos_ in {"NOUN", "PROPN"}:
        if mention_at(position, mentions) is not None:
            return None
        position += 1
    if position >= end or doc[position].lower_ not in GRAMMAR.noun_phrase_coordinators:
        return None
    second = _past_quantified_phrase(doc, position + 1, end)
    mention = mention_at(second, mentions) if second is not None and second < end else None
    return None if mention is None or mention.genitive else mention


def _past_quantified_phrase(doc: Doc, start: int, end: int) -> int | None:
    """The position after a noun phrase's premodifiers (a degree adverb before an adjective
    or numeral included: ``lika många``, ``minst två``) when one of them quantifies (a
    numeral, `partitive_pronouns`), else None."""
    position, quantified = start, False
    while position < end:
        token = doc[position]
        degree = (
            token.pos_ == "ADV" and position + 1 < end and doc[position + 1].pos_ in {"ADJ", "NUM"}
        )
        if token.pos_ not in NP_MODIFIER_POS and not degree:
            break
        quantified = quantified or token.pos_ == "NUM" or token.lower_ in GRAMMAR.partitive_pronouns
        position += 1
    return position if quantified else None


def _subject_before(group: Group) -> bool:
    """``Uppdraget omfattar även externa konsulter``: a subject the parser finds before the
    finite verb holds the V2 subject place; the noun phrase after the verb is its object."""
    verbs = {group.finite.i, group.finite.head.i, *(verb.i for verb in group.verbs)}
    if group.finite.dep_ == "conj" and _opens_conjunct(group.finite):
        verbs.discard(group.finite.head.i)  # "… och därefter upphör två beredningar" (round 22)
    return any(
        token.dep_ in {"nsubj", "nsubj:pass", "expl"}
        and token.head.i in verbs
        and token.pos_ != "ADV"  # "Numera arbetar två handläggare": an adverb is no subject
        and not _statute_number(token)
        for token in group.finite.doc[sentence_start(group.finite) : group.finite.i]
    )


def _statute_number(token: Token) -> bool:
    """``Enligt 6 kap. 33 [nsubj] kommunallagen får en nämnd …`` (analysis 50-bv B): a
    number inside a statute reference list (`statute_lists`) is no subject, whatever the
    parser labelled it."""
    if token.pos_ != "NUM":
        return False
    sentence = token.doc[sentence_start(token) : sentence_end(token)]
    return any(start <= token.i < end for start, end in statute_lists(sentence))


def _participle(token: Token) -> bool:
    return "Part" in morph_values(token, "VerbForm")


def modifier_negation(token: Token) -> bool:
    """``icke ordinarie revisorer``, ``ej närvarande ledamöter``: a negation directly before
    an adjective or participle that a noun follows (adjectives between) negates that
    modifier inside the noun phrase, not the clause (``är inte närvarande``, ``får inte
    delta`` do)."""
    if token.lower_ not in GRAMMAR.negations:
        return False
    doc, end = token.doc, sentence_end(token)
    position = token.i + 1
    while position < end and (doc[position].pos_ == "ADJ" or _participle(doc[position])):
        position += 1
    return position > token.i + 1 and position < end and doc[position].pos_ in {"NOUN", "PROPN"}


def _postmodifier_head(mention: ActorMention, doc: Doc) -> int | None:
    """The position of the word after a preposition and its noun-phrase modifiers right after
    `mention` (``ordföranden i [nämnden]``), in the sentence; None without a preposition."""
    end = sentence_end(doc[mention.last_token])
    position = mention.last_token + 1
    if position >= end or doc[position].pos_ != "ADP":
        return None
    position += 1
    while position < end and _noun_phrase_modifier(doc[position]):
        position += 1
    return position if position < end else None


def _noun_phrase_modifier(token: Token) -> bool:
    """A determiner, adjective or numeral of a noun phrase; a distributive determiner
    (`distributive_determiners`) whatever its tag (``för respektive [CCONJ] nämnd``: round 57,
    co C6)."""
    return token.pos_ in NP_MODIFIER_POS or (token.lower_,) in GRAMMAR.distributive_determiners


def with_postmodifier(mention: ActorMention, mentions: Sequence[ActorMention], doc: Doc) -> int:
    """The last token of an actor's noun phrase with a prepositional postmodifier that names
    another actor (``ordföranden i nämnden``), else the mention's own last token."""
    head = _postmodifier_head(mention, doc)
    inner = mention_at(head, mentions) if head is not None else None
    return inner.last_token if inner is not None and not inner.genitive else mention.last_token


def inverted_tokens(finite: Token, mentions: Sequence[ActorMention]) -> frozenset[int]:
    """The tokens of the actor right after a finite verb, its postmodifier included (``kan
    ordföranden i nämnden kalla``): an inverted subject between a modal and its infinitive;
    one a distributive partitive opens (``får var och en av parterna begära``, gen57 B)
    from the opener on."""
    after = mention_at(finite.i + 1, mentions)
    first = after.first_token if after is not None else finite.i + 1
    if after is None:
        after = distributive_mention(finite.doc, first, sentence_end(finite), mentions)
    if after is None:
        return frozenset()
    last = with_postmodifier(after, mentions, finite.doc)
    second = _conjunct_past_insertion(finite.doc, last + 1, mentions)
    return frozenset(range(first, (second.last_token if second else last) + 1))


_MAX_INSERTION_TOKENS = 12


def _conjunct_past_insertion(
    doc: Doc, start: int, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``får ordföranden eller, vid förhinder för denne, förste vice ordföranden besluta``:
    the actor coordinated to an inverted subject past an insertion in commas after the
    coordinator (`_insertion_after_coordinator`), the modal's slot runs past it too (round
    58, gen58 C1); else None."""
    if start + 2 >= len(doc) or doc[start + 1].text != ",":
        return None
    if doc[start].lower_ not in GRAMMAR.noun_phrase_coordinators:
        return None
    end = min(len(doc) - 1, start + _MAX_INSERTION_TOKENS)
    closing = next((i for i in range(start + 2, end) if doc[i].text == ","), None)
    second = mention_at(closing + 1, mentions) if closing is not None else None
    if second is None or second.first_token != closing + 1:
        return None
    return second if _insertion_after_coordinator(doc, start, closing + 1) else None


def coordinated_actors(
    actor: ActorMention, mentions: Sequence[ActorMention], doc: Doc
) -> list[ActorMention]:
    """``Socialchefen och äldreomsorgschefen ska …``, ``I staben ingår ekonomichef,
    kanslichef och en jurist``: every conjoined subject acts. Commas join a series only
    where a conjunction closes it (``A, B och C``; not an apposition ``A, B, …``).

    Once per actor and mention list while a memo of `doc` is open (every statement of a
    sentence asks): the key names the very objects, which the kept answer holds, so no
    other list or mention can take their ids while it is kept."""
    key = (coordinated_actors, id(actor), *map(id, mentions))
    kept = doc_memoised(
        doc, key, lambda: (actor, tuple(mentions), _coordinated_actors(actor, mentions, doc))
    )
    return list(kept[2])


class _Conjuncts(NamedTuple):
    """What `_coordinated_actors` reads of a mention list, the same for each of its actors
    but an owned one: the mentions by position (no bracketed abbreviation), the owned
    mentions' phrase starts by their first token, the mentions less the owned ones, their
    last tokens (sorted), the phrase starts found so far among them and the postmodified
    ends (`with_postmodifier`) found so far by the mention's last token (it reads no more)."""

    mentions: tuple[ActorMention, ...]  # held, so that no other list takes the key's ids
    ordered: list[ActorMention]
    owners: dict[int, int]
    unowned: list[ActorMention]
    ends: list[int]
    starts: dict[int, int]
    postmodified: dict[int, int]


def _conjuncts(mentions: Sequence[ActorMention], doc: Doc) -> _Conjuncts:
    """`_Conjuncts` of `mentions`, once per mention list within a Doc memo."""
    return doc_memoised(doc, (_conjuncts, *map(id, mentions)), lambda: _conjuncts_of(mentions, doc))


def _conjuncts_of(mentions: Sequence[ActorMention], doc: Doc) -> _Conjuncts:
    ordered = sorted(mentions, key=lambda m: m.first_token)
    ordered = [m for m in ordered if not _bracketed_abbreviation(m, doc)]  # round 33, C1
    owners = _owner_starts(ordered, doc)  # "stabens direktör": the owner opens the phrase
    unowned = [
        m for m in ordered if m.last_token + 1 not in owners and not _owner_of_thing(m, doc)
    ]
    ends = sorted(m.last_token for m in unowned)
    return _Conjuncts(tuple(mentions), ordered, owners, unowned, ends, {}, {})


def _coordinated_actors(
    actor: ActorMention, mentions: Sequence[ActorMention], doc: Doc
) -> tuple[ActorMention, ...]:
    ordered, reach = _candidates(actor, mentions, doc)
    after = _conjuncts_after(actor, ordered, reach)
    # a conjunction to the right closes commas on the left
    before = _conjuncts_before(actor, ordered, bool(after), reach)
    return (*before, actor, *(mention for mention, _ in after))


@dataclass(frozen=True)
class _Reach:
    """Where a candidate conjunct's phrase starts and where its postmodifiers end, each kept
    in `_Conjuncts` (or, for an owner actor, in `starts` of this call)."""

    doc: Doc
    mentions: Sequence[ActorMention]
    conjuncts: _Conjuncts
    ends: list[int]
    starts: dict[int, int]

    def phrase_start(self, mention: ActorMention) -> int:
        """The phrase start by the mention's first token (it reads no more than it and
        `ends`)."""
        first = mention.first_token
        if first in self.conjuncts.owners:
            return self.conjuncts.owners[first]
        if first not in self.starts:
            # "fysiska och juridiska personer": an elided adjective's own mention ends the
            # phrase's coordinated adjectives (round 44, analysis 44-bh A3)
            self.starts[first] = max(
                _phrase_start(mention, self.doc), _after_mention_before(first, self.ends, self.doc)
            )
        return self.starts[first]

    def postmodified(self, mention: ActorMention) -> int:
        last = mention.last_token
        if last not in self.conjuncts.postmodified:
            self.conjuncts.postmodified[last] = with_postmodifier(mention, self.mentions, self.doc)
        return self.conjuncts.postmodified[last]


def _candidates(
    actor: ActorMention, mentions: Sequence[ActorMention], doc: Doc
) -> tuple[list[ActorMention], _Reach]:
    """The mentions that may join `actor`, by position, and their reach: the unowned ones,
    or, for an actor that owns the phrase after it, those and the actor."""
    conjuncts = _conjuncts(mentions, doc)
    owners = conjuncts.owners
    ordered, ends, starts = conjuncts.unowned, conjuncts.ends, conjuncts.starts
    if actor.last_token + 1 in owners and any(m is actor for m in conjuncts.ordered):
        ordered = [m for m in conjuncts.ordered if m.last_token + 1 not in owners or m is actor]
        ends = sorted(m.last_token for m in ordered)
        starts = {}
    return ordered, _Reach(doc, mentions, conjuncts, ends, starts)


def _conjuncts_after(
    actor: ActorMention, ordered: list[ActorMention], reach: _Reach
) -> list[tuple[ActorMention, str]]:
    """The conjuncts after the actor, each with its joint, less a series left open by a
    comma."""
    after: list[tuple[ActorMention, str]] = []
    for mention in ordered:
        last = after[-1][0] if after else actor
        if mention.first_token <= last.last_token:
            continue  # only a mention after the last conjunct joins (the checks below are pure)
        if not _may_link_after(last, reach.doc, reach.postmodified(last)):
            break  # no link word after the last conjunct: no later mention joins
        joint = _joint_after(last, mention, bool(after), reach)
        if joint is not None:
            after.append((mention, joint))
    while after and after[-1][1] == ",":
        after.pop()
    return after


def _joint_after(
    last: ActorMention, mention: ActorMention, in_series: bool, reach: _Reach
) -> str | None:
    """The link word between the last conjunct and a later `mention`, past what may stand
    between them; `in_series`: the last conjunct itself joined to an earlier one (by a comma
    or a coordinator)."""
    doc = reach.doc
    joint = _joint(doc, _past_abbreviation(last, doc), reach.phrase_start(mention))
    if joint is None:
        # "Ordföranden i rådet, eller om hon har förhinder, vice ordföranden, kallar …"
        joint = _past_condition(doc, reach.postmodified(last) + 1, mention)
    if joint is None:
        # "Föreståndaren på boendet, eller om hon är ledig, …": past a prepositional
        # attribute that names no actor (round 49, 49-br C2)
        joint = _past_condition(doc, _noun_attribute_end(last, doc) + 1, mention)
    if joint is None:
        # "Det är ordföranden, eller vid dennes frånvaro vice ordföranden, som …"
        joint = _past_adverbial(doc, last.last_token + 1, mention)
    if joint is None:
        # "deltar rektor som ordförande och sekreterare, kanslichef samt …" (round 43)
        joint = _past_role_phrase(doc, last.last_token + 1, reach.phrase_start(mention))
    if joint is None:
        # "ingår fem ledamöter från kommunerna, en representant …" (round 50, bw G6)
        joint = _joint_past_attribute(doc, last, reach.phrase_start(mention))
    if joint is None:
        # "A och B för Norra Ekby, C samt D deltar": past an attribute naming no actor (round
        # 57, analysis57b-co R3; an unclosed comma series is dropped at the end)
        start = reach.phrase_start(mention)
        joint = _joint(doc, _actorless_attribute_end(last, start, reach) + 1, start)
    if joint is None:
        # "Kommunerna Ekby, Åby och Mo samt Region Norrhav" (round 52, aa-C3)
        joint = _joint_past_name_list(last, reach.phrase_start(mention), reach)
    if joint is None:
        # "Styrelsen liksom i sin tur VD ska …" (round 52, ruling zz2)
        joint = _comparer_joint(doc, last, reach.phrase_start(mention), mention)
    if joint is None:
        # "kan ordföranden, eller vice ordföranden, kalla in …" (round 53, 53b-cc N6)
        joint = _enclosed_conjunct_joint(
            doc, reach.postmodified(last) + 1, mention, reach.phrase_start(mention)
        )
    if joint is None and in_series:
        # "A, B, samt C", "A och B, samt C": a comma before a coordinator adds a member to
        # a series (round 55, ch-C3)
        joint = _serial_comma_past_attribute(last, reach.phrase_start(mention), reach)
    if joint is None and (
        # "fullmäktige i Åsele kommun samt fullmäktige i Dorotea kommun" (round 36, V1)
        reach.postmodified(mention) > mention.last_token
        # "Andra tjänstemän från förvaltningen samt övriga handläggare är …" (round 42)
        or _remainder_person(mention, doc)
    ):
        joint = _joint(doc, reach.postmodified(last) + 1, reach.phrase_start(mention))
    if joint is None:
        # "I staben ingår tre chefer: A, B och C, samt en jurist" (round 52, ca-S4)
        joint = _joint_past_member_list(last, reach.phrase_start(mention), reach)
    if joint is None and _person_past_body_attribute(last, mention, reach):
        # "Ledamöter i nämnden samt ekonomichefen har …" (round 52, al-P5); a comma too,
        # where a coordinator closes the series ("A och B för varje förbund, C samt D
        # medverkar": round 57, co C6; an unclosed comma series is dropped at the end)
        joint = _joint(doc, reach.postmodified(last) + 1, reach.phrase_start(mention))
        joint = joint if joint in GRAMMAR.coordinators or joint == "," else None
    return joint


def _enclosed_conjunct_joint(doc: Doc, comma: int, mention: ActorMention, start: int) -> str | None:
    """``Rektorn, eller biträdande rektorn, ska …``, ``kan ordföranden, eller vice
    ordföranden, kalla …`` (round 53, analysis 53b-cc N6): a comma and a coordinator right
    after the last conjunct (at `comma`, past its postmodifier) open a second subject that a
    comma closes right before a verb (the finite or, inverted, the modal's infinitive), or
    before a cleft's ``som`` (``Ytterst är det ledamöterna i direktionen, eller förbundets
    styrelse, som …``; round 56, analysis56-ck C6): the coordinator joins the two. Without
    the coordinator the commas enclose an insertion (``Ordföranden, vid förfall, …``)."""
    if start != comma + 2 or doc[comma].text != ",":
        return None
    joint = doc[comma + 1].lower_
    close = mention.last_token + 1
    if joint not in GRAMMAR.coordinators or close + 1 >= len(doc) or doc[close].text != ",":
        return None
    after = doc[close + 1]
    return joint if is_verb(after) or cleft_focus_end(after) is not None else None


def _joint_past_member_list(last: ActorMention, start: int, reach: _Reach) -> str | None:
    """``I staben ingår tre chefer: A, B och C, samt en jurist``, ``finns två tjänstemän; en
    jurist och en registrator, samt en utredare`` (round 52, ca-S4): after ``;`` or ``:``, a
    list of actors naming the last conjunct's members (mentions with their determiners and
    modifiers, closed by a coordinator, no verb) ends at the coordinator (after a comma or
    not) before a noun phrase opened by a determiner or numeral at `start`: that phrase is a
    conjunct of the last one, not a member."""
    doc = reach.doc
    colon = reach.postmodified(last) + 1
    if colon >= start - 2 or doc[colon].text not in {";", ":"}:
        return None
    joint = doc[start - 1].lower_
    first = doc[start]
    if joint not in GRAMMAR.coordinators or not (
        first.pos_ in {"DET", "NUM"} or first.lower_ in GRAMMAR.spelled_numerals
    ):
        return None
    end = start - 2 if doc[start - 2].text == "," else start - 1
    members = range(colon + 1, end)
    if not members or not any(doc[i].lower_ in GRAMMAR.coordinators for i in members):
        return None
    return joint if all(_member_list_word(doc[i], reach) for i in members) else None


def _member_list_word(token: Token, reach: _Reach) -> bool:
    """A word of a list of actors: one of a mention, a determiner, numeral or modifier, a
    comma or a coordinator."""
    return (
        mention_at(token.i, reach.mentions) is not None
        or token.pos_ in {"DET", "NUM", "ADJ"}
        or token.text == ","
        or token.lower_ in GRAMMAR.coordinators
    )


def _indefinite_non_body(mention: ActorMention, doc: Doc) -> bool:
    """A mention of no body category whose head noun is indefinite (``studenter``, ``en
    representant``)."""
    head = doc[mention.last_token]
    return (
        mention.category not in BODY_CATEGORIES
        and mention.category != "organisation"
        and head.pos_ == "NOUN"
        and morph_values(head, "Definite") == ["Ind"]
    )


def _person_past_body_attribute(last: ActorMention, mention: ActorMention, reach: _Reach) -> bool:
    """``ledamöter i nämnden samt ekonomichefen``, ``företrädare för förvaltningen och
    berörd verksamhetschef`` (round 52, al-P5): a person actor after the last conjunct's
    prepositional attribute that names a body (no person) joins the conjunct, not the
    attribute's body: a person is no place one is a member of (``ersättare i nämnden och
    styrelsen``: a body after the coordinator stays in the attribute). Round 57 (analysis57-cn
    C4): an indefinite member of no body category is such a person too (``Ledamöter från
    nämnderna, doktorandombud och en representant för studenterna ingår``); a definite one
    may be a body of the attribute's series (``i nämnden och länsstyrelsen``). An external
    party (category ``extern``: agencies, suppliers) is of the attribute's class, where the
    members come from: only a comma before it makes it a member of the head's series; after
    a coordinator alone it continues the attribute's coordination (``Ett hundratal
    representanter från lokala föreningar och statliga myndigheter deltar``; round 57,
    fix57g between cn C4 and cp C5)."""
    doc = reach.doc
    if mention.category not in PERSON_CATEGORIES and not _indefinite_non_body(mention, doc):
        return False
    if mention.category == "extern" and doc[reach.phrase_start(mention) - 1].text != ",":
        return False
    end = reach.postmodified(last)
    if end == last.last_token:
        return False
    inner = mention_at(end, reach.mentions)
    return inner is not None and inner.category not in PERSON_CATEGORIES


def _conjuncts_before(
    actor: ActorMention, ordered: list[ActorMention], closed: bool, reach: _Reach
) -> list[ActorMention]:
    """The conjuncts before the actor; `closed`: a conjunction after it closes a series,
    so a comma may join."""
    doc = reach.doc
    before: list[ActorMention] = []
    for mention in reversed(ordered):
        first = before[0] if before else actor
        if mention.last_token >= first.first_token:
            continue  # only a mention before the first conjunct joins
        if not _links(doc, reach.phrase_start(first) - 1):
            break  # no link word right before the first conjunct: no earlier mention joins
        joint = _joint_before(mention, reach.phrase_start(first), reach)
        if joint is None:
            continue
        if joint == "," and (
            not closed or _splice_comma(mention.last_token + 1, reach.mentions, doc)
        ):
            break
        closed = True
        before.insert(0, mention)
    return before


def _joint_before(mention: ActorMention, start: int, reach: _Reach) -> str | None:
    """The link word between an earlier `mention` and the first conjunct at `start`."""
    doc = reach.doc
    joint = _joint(doc, _past_abbreviation(mention, doc), start)
    if joint is None:
        # "förening inom Hembygdsrörelsen samt medlemmar": past the conjunct's own
        # prepositional attribute, a coordinator (round 45, bi-C4)
        joint = _joint(doc, _noun_attribute_end(mention, doc) + 1, start)
        joint = joint if joint in GRAMMAR.coordinators else None
    if joint is None:
        # "Samordnare för Västra Ekby, kuratorer samt …": past an attribute naming no actor
        # (round 57, analysis57b-co R3)
        joint = _joint(doc, _actorless_attribute_end(mention, start, reach) + 1, start)
    if joint is None:
        # "Kommunerna Ekby, Åby och Mo samt Region Norrhav" (round 52, aa-C3)
        joint = _joint_past_name_list(mention, start, reach)
    if joint is None:
        # "Ordföranden eller, vid förhinder för denne, vice ordföranden får …", "Kanslichef
        # Eva Ek eller, …, nämndsekreteraren ska …" (round 58, gen58 C1)
        joint = _insertion_after_coordinator(doc, _past_personal_name(mention, doc), start)
        joint = joint if joint is None or _in_subject_place(mention, doc) else None
    if joint is None and _series_member(mention, reach):
        # "Ledamöter och ersättare, samt förvaltningschefen kallas …" (round 55, ch-C3)
        joint = _serial_comma_past_attribute(mention, start, reach)
    return joint


_MAX_ATTRIBUTE_WORDS = 5


def _actorless_attribute_end(mention: ActorMention, start: int, reach: _Reach) -> int:
    """``Samordnare för Västra Ekby, …``, ``utredare för Kommunalt Ekonomistöd, …`` (round
    57, analysis57b-co R3): by word order, whatever the tags' links, the last word of a
    prepositional attribute right after `mention` (an `attribute_prepositions` word and up
    to five noun-phrase words, capitalised names too, none of an actor mention) that ends
    before `start`; else the mention's last token. A comma after it joins the next member
    only where a coordinator closes the series (`_conjuncts_before`)."""
    doc, preposition = reach.doc, mention.last_token + 1
    if preposition >= start or doc[preposition].lower_ not in GRAMMAR.attribute_prepositions:
        return mention.last_token
    words = range(preposition + 1, start - 1)
    if not 0 < len(words) <= _MAX_ATTRIBUTE_WORDS:
        return mention.last_token
    plain = all(
        doc[i].pos_ in patterns.NOUN_PHRASE_POS and mention_at(i, reach.mentions) is None
        for i in words
    )
    return start - 2 if plain else mention.last_token


def _series_member(mention: ActorMention, reach: _Reach) -> bool:
    """The mention closes a series of actors (``A och B``, ``A, B``: a link word right before
    each member's phrase, an actor mention's last token right before it) that no verb opens
    (past adverbs), so a comma + coordinator after it adds one more member: ``Ledamöter och
    ersättare, samt förvaltningschefen kallas …``. After a verb the series is that verb's
    complement and a later noun phrase the subject of its own clause (``Fullmäktige väljer
    ledamöter och ersättare, samt revisorerna granskar …``)."""
    doc, by_end = reach.doc, {m.last_token: m for m in reach.conjuncts.unowned}
    start, members = reach.phrase_start(mention), 1
    while _links(doc, start - 1) and start - 2 in by_end:
        start, members = reach.phrase_start(by_end[start - 2]), members + 1
    before = start - 1
    while before >= 0 and doc[before].pos_ == "ADV":
        before -= 1
    return members > 1 and (before < 0 or doc[before].pos_ not in {"VERB", "AUX"})

def _joint_past_name_list(mention: ActorMention, start: int, reach: _Reach) -> str | None:
    """``Kommunerna Ekby, Åby och Mo samt Region Norrhav bildar …`` (round 52, aa-C3): a
    plural actor's apposition of names (capitalised words that name no actor, joined by
    commas and coordinators, after the noun or after ``;``) ends at its last name; the
    coordinator between that name and the next conjunct at `start` joins the two. The
    ``och`` inside the names joins names, never the actors."""
    doc = reach.doc
    if not mention.plural or mention.genitive or start < mention.last_token + 3:
        return None
    joint = doc[start - 1].lower_
    if joint not in GRAMMAR.coordinators:
        return None
    position = _past_place_attribute(mention.last_token + 1, start, reach)
    if doc[position].text == ";":
        position += 1
    names = range(position, start - 1)
    if not names:
        return None
    if not _name_word(doc[names[0]], reach) or not _name_word(doc[names[-1]], reach):
        return None
    if all(
        _name_word(doc[i], reach) or doc[i].text == "," or doc[i].lower_ in GRAMMAR.coordinators
        for i in names
    ):
        return joint
    return None


def _past_place_attribute(position: int, start: int, reach: _Reach) -> int:
    """``Kommunerna i Norrdalen; Ås, …``: past a place attribute (a preposition and
    capitalised name words) that `;` closes, else `position`."""
    doc = reach.doc
    if doc[position].lower_ not in GRAMMAR.attribute_prepositions:
        return position
    place = position + 1
    while place < start and _name_word(doc[place], reach):
        place += 1
    return place if place > position + 1 and doc[place].text == ";" else position


def _name_word(token: Token, reach: _Reach) -> bool:
    """A capitalised word of a place or body name that is no actor mention."""
    return (
        token.text[:1].isupper()
        and token.text.replace("-", "").isalpha()
        and mention_at(token.i, reach.mentions) is None
    )


def _joint_past_attribute(doc: Doc, last: ActorMention, start: int) -> str | None:
    """``I styrelsen ingår fem ledamöter från kommunerna, en representant för … och två
    ersättare``, ``sitter två tjänstemän från förvaltningen (samt en sekreterare), en revisor
    och …`` (round 50, bw G6): a noun phrase opened by a determiner or numeral at `start`
    joins the last conjunct past that conjunct's prepositional attribute
    (`_noun_attribute_end`) and a closing bracket, by a comma or coordinator alone or by an
    opening bracket and a coordinator (the bracketed member is a conjunct, round 50 R3).
    The series must still close with a conjunction (`_coordinated_actors`)."""
    first = doc[start]
    if first.pos_ not in {"DET", "NUM"} and first.lower_ not in GRAMMAR.spelled_numerals:
        return None
    position = _attribute_close(doc, _noun_attribute_end(last, doc) + 1)
    if position >= start:
        return None
    if doc[position].text == "(" and position + 2 == start:
        position += 1  # "(samt en sekreterare)": the bracket opens a conjunct
        return doc[position].lower_ if doc[position].lower_ in GRAMMAR.coordinators else None
    return _joint(doc, position, start)


def _attribute_close(doc: Doc, position: int) -> int:
    """`position`, or the token after a closing bracket there."""
    return position + 1 if position < len(doc) and doc[position].text == ")" else position


def _may_link_after(last: ActorMention, doc: Doc, postmodified: int) -> bool:
    """Whether a link word (`conjunct_link_words`) stands where one of the checks of
    `_coordinated_actors` looks for what joins a conjunct after `last`: right after it, after
    its abbreviation in parentheses, after its postmodifier (`postmodified`, its last token)
    or after its prepositional attribute. Each check needs one there; without, none joins."""
    after = last.last_token + 1
    return (
        _links(doc, after)
        or _links(doc, _past_abbreviation(last, doc))
        or _links(doc, postmodified + 1)
        or _links(doc, _noun_attribute_end(last, doc) + 1)
        or _opens_late_member(doc, _attribute_close(doc, _noun_attribute_end(last, doc) + 1))
        or _opens_name_list(last, doc)
        or (postmodified + 1 < len(doc) and doc[postmodified + 1].text in {";", ":"})
    )


def _opens_name_list(mention: ActorMention, doc: Doc) -> bool:
    """A plural actor followed by a capitalised word or by ``;`` (past its prepositional
    attribute): where `_joint_past_name_list` looks."""
    if not mention.plural:
        return False
    after = _noun_attribute_end(mention, doc) + 1
    return after < len(doc) and (doc[after].text == ";" or doc[after].text[:1].isupper())


def _opens_late_member(doc: Doc, position: int) -> bool:
    """A link word, or an opening bracket before a coordinator, at `position` (where
    `_joint_past_attribute` looks)."""
    if _links(doc, position):
        return True
    return (
        0 <= position < len(doc) - 1
        and doc[position].text == "("
        and doc[position + 1].lower_ in GRAMMAR.coordinators
    )


def _links(doc: Doc, position: int) -> bool:
    """A link word (`conjunct_link_words`) stands at `position` of `doc`."""
    lower = doc_arrays(doc).lower
    return 0 <= position < len(lower) and lower[position] in GRAMMAR.conjunct_link_words


def _noun_attribute_end(mention: ActorMention, doc: Doc) -> int:
    """The last token of a prepositional attribute right after `mention` that ends in a noun
    (``förening inom Hembygdsrörelsen``), else the mention's last token."""
    head = _postmodifier_head(mention, doc)
    is_noun = head is not None and doc[head].pos_ in {"NOUN", "PROPN"}
    return head if is_noun else mention.last_token


def _after_mention_before(first: int, ends: Sequence[int], doc: Doc) -> int:
    """A mention's `first` token where only a coordinator or comma stands between it and the
    mention before, whose last tokens are `ends` (sorted) (``fysiska och juridiska
    personer``: an elided head's adjective mention is no attribute of the next mention's
    phrase; the second may bring its own article, round 53 r4), else 0; a mention inside
    the phrase's attributes (``av nämnden utsedd tjänsteman``) leaves the phrase as it is."""
    before = bisect_left(ends, first)
    if before == 0 or ends[before - 1] + 1 == first:
        return 0  # no mention before, or one right before: nothing stands between
    position = ends[before - 1] + 1
    while position < first and (
        doc[position].text == "," or doc[position].lower_ in GRAMMAR.coordinators
    ):
        position += 1
    linked = position > ends[before - 1] + 1
    if linked and position < first and all(_own_attribute(doc[i]) for i in range(position, first)):
        # "en första och en andra vice ordförande": its own article; "Tjänstgörande ledamöter,
        # närvarande ersättare och andra förtroendevalda": after the link word each conjunct
        # has attributes of its own, never the mention before's (round 56, ck C3)
        return position
    return position if position == first else 0


def _own_attribute(token: Token) -> bool:
    """A determiner, numeral, adjective or participle (SUC tag PC) before a noun."""
    return token.pos_ in {"DET", "NUM", "ADJ"} or token.tag_.startswith("PC")


def _owner_starts(ordered: Sequence[ActorMention], doc: Doc) -> dict[int, int]:
    """``kommundirektören, stabens direktör och ekonomichefen``: a genitive mention right
    before another mention is that one's owner, no conjunct of its own (round 42, cause 3):
    the owned mention's first token → the owner phrase's first token. Coordinated genitives
    (``nämndens och styrelsens rapporter``) have a conjunction between them."""
    starts = {m.first_token for m in ordered}
    return {
        m.last_token + 1: _phrase_start(m, doc)
        for m in ordered
        if m.genitive and m.last_token + 1 in starts
    }


def _owner_of_thing(mention: ActorMention, doc: Doc) -> bool:
    """``styrelsen och rektors beslutsmöten``: a genitive mention right before a noun that
    is no actor mention owns that noun, the series member; the owner is no conjunct of its
    own (round 57, analysis57-cn C6)."""
    after = mention.last_token + 1
    return mention.genitive and after < len(doc) and doc[after].pos_ == "NOUN"


def _remainder_person(mention: ActorMention, doc: Doc) -> bool:
    """A person mention opened by a quantifier of the rest (`remainder_quantifiers`:
    ``övriga handläggare``): a conjunct of the subject even past that subject's
    prepositional postmodifier (round 42, bc-C1)."""
    if mention.category not in PERSON_CATEGORIES:
        return False
    start = _phrase_start(mention, doc)
    return start < mention.first_token and doc[start].lower_ in GRAMMAR.remainder_quantifiers


def _bracketed_abbreviation(mention: ActorMention, doc: Doc) -> bool:
    """``(Mi)`` in ``Miljöenheten (Mi) och Byggenheten (B) ska …``: a one-word mention in
    parentheses, the abbreviation of the actor before it, is no conjunct of its own."""
    first = mention.first_token
    return (
        mention.first_token == mention.last_token
        and 0 < first < len(doc) - 1
        and doc[first - 1].text == "("
        and doc[first + 1].text == ")"
    )


def _past_abbreviation(mention: ActorMention, doc: Doc) -> int:
    """The token after the mention and its abbreviation in parentheses, if one follows
    (``Miljöenheten (Mi) och …``: the joint stands after the closing parenthesis; round
    33, analyst 31 cause C1), or a count or share in parentheses (``(60 procent)``)."""
    after = mention.last_token + 1
    if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
        return after + 3
    if after + 3 < len(doc) and doc[after].text == "(" and doc[after + 3].text == ")":
        # "Ekby Hamn AB (60 procent) och …": a count or share in parentheses (round 53, cc-G2)
        return after + 4 if doc[after + 1].like_num else after
    return slash_alias_end(mention, doc)


def slash_alias_end(mention: ActorMention, doc: Doc) -> int:
    """``Åby Energi AB/Åbyenergi och …``, ``Norrby Buss AB/Buss i Norr, …``: a name's
    alternative name after a slash (round 43: a slash links alternatives) belongs to the
    name: a capitalised word, and more joined by a lower-case preposition; the token after
    it, or after the mention where no alias follows (round 53, analysis 53b-cb N2, N5)."""
    after = mention.last_token + 1
    if mention.source != "name" or after + 1 >= len(doc) or doc[after].text != "/":
        return after
    position = after + 1
    if not doc[position].text[:1].isupper() or doc[position].text.isupper():
        return after
    position += 1
    while (
        position + 1 < len(doc)
        and doc[position].pos_ == "ADP"
        and doc[position].is_lower
        and doc[position + 1].text[:1].isupper()
    ):
        position += 2
    return position


def _past_condition(doc: Doc, start: int, mention: ActorMention) -> str | None:
    """``, eller om hon har förhinder,`` between two actors: a coordinator and a conditional
    clause in commas join the actor after them to the one before, as the same verb's
    subject that acts when the condition holds (round 21, cause B5; docs/annotation.md §5.6:
    the condition is the second subject's); the coordinator, else None."""
    end = _phrase_start(mention, doc)
    if end - start < 5 or doc[start].text != "," or doc[end - 1].text != ",":
        return None
    coordinator, subordinator = doc[start + 1], doc[start + 2]
    if coordinator.lower_ not in GRAMMAR.coordinators or subordinator.lower_ in {"som", "att"}:
        return None
    if subordinator.lower_ not in GRAMMAR.subordinators:
        return None
    inside = doc[start + 3 : end - 1]
    if any(t.text in {",", ";", ":"} for t in inside) or not any(is_finite(t) for t in inside):
        return None
    return coordinator.lower_


# The words of an adverbial between joined actors: adverbs or a prepositional phrase.
_ADVERB_PHRASE_POS = frozenset({"ADP", "ADV", "DET", "ADJ", "NOUN", "PRON", "NUM"})


def _past_adverbial(doc: Doc, start: int, mention: ActorMention) -> str | None:
    """``, eller vid dennes frånvaro vice ordföranden,``, ``, och därefter årsmötet,``: a
    noun-phrase coordinator and an adverbial (a prepositional phrase or adverbs) join the
    actor in commas after them to the one before, as the same verb's subject (round 23,
    cause B3); the coordinator, else None."""
    end = _phrase_start(mention, doc)
    closing = mention.last_token + 1
    if end - start < 3 or closing >= len(doc):
        return None
    if doc[start].text != ",":
        return _unpunctuated_adverbial(doc, start, end, closing) or _insertion_after_coordinator(
            doc, start, end
        )
    if doc[closing].text != ",":
        return None
    coordinator, opener = doc[start + 1], doc[start + 2]
    if coordinator.lower_ not in GRAMMAR.noun_phrase_coordinators:
        return None
    if opener.pos_ not in {"ADP", "ADV"} or opener.lower_ in GRAMMAR.subordinators:
        return None
    inside = doc[start + 2 : end]
    if any(t.pos_ not in _ADVERB_PHRASE_POS or t.lower_ in GRAMMAR.subordinators for t in inside):
        return None
    return coordinator.lower_


def _unpunctuated_adverbial(doc: Doc, start: int, end: int, closing: int) -> str | None:
    """``Stämman eller i brådskande fall styrelsen kan …``: without commas, a coordinator and
    a prepositional phrase join the next actor to the one before only as the subject right
    before its finite verb (round 48, analysis 48-bq cause 7); the coordinator, else None."""
    coordinator, opener = doc[start], doc[start + 1]
    if coordinator.lower_ not in GRAMMAR.noun_phrase_coordinators or opener.pos_ != "ADP":
        return None
    if not is_finite(doc[closing]):
        return None
    inside = doc[start + 1 : end]
    if any(t.pos_ not in _ADVERB_PHRASE_POS or t.lower_ in GRAMMAR.subordinators for t in inside):
        return None
    return coordinator.lower_


def _insertion_after_coordinator(doc: Doc, start: int, end: int) -> str | None:
    """``A eller, vid förhinder för denne, B``, ``A och, om den inte hinner, B``: a
    noun-phrase coordinator, then an adverbial or a conditional clause in commas, join the
    actor after them to the one before, as with the comma before the coordinator (round 58,
    gen58 C1); the coordinator, else None."""
    coordinator = doc[start]
    if coordinator.lower_ not in GRAMMAR.noun_phrase_coordinators or end - start < 4:
        return None
    if doc[start + 1].text != "," or doc[end - 1].text != ",":
        return None
    inside = doc[start + 2 : end - 1]
    if any(t.text in {",", ";", ":"} for t in inside):
        return None
    opener = inside[0]
    if opener.lower_ in {"som", "att"}:
        return None
    if opener.lower_ in GRAMMAR.subordinators:
        return coordinator.lower_ if any(is_finite(t) for t in inside[1:]) else None
    if opener.pos_ not in {"ADP", "ADV"}:
        return None
    if any(t.pos_ not in _ADVERB_PHRASE_POS or t.lower_ in GRAMMAR.subordinators for t in inside):
        return None
    return coordinator.lower_


def _in_subject_place(mention: ActorMention, doc: Doc) -> bool:
    """The mention stands where a main clause's subject does: no finite verb before it in its
    sentence, right after a finite verb (inverted), or right after ``, och``/``, men``
    (a conjoined main clause); not ``… bereder ärenden till fullmäktige och, om …, ska
    förvaltningen …``, where the coordinator joins two clauses (round 58, gen58 C1)."""
    first = mention.first_token
    start = doc[first].sent.start
    if first == start or not any(is_finite(t) for t in doc[start:first]):
        return True
    before = doc[first - 1]
    if is_finite(before):
        return True
    return first - 2 >= start and before.lower_ in GRAMMAR.clause_coordinators and (
        doc[first - 2].text == ","
    )


def _past_personal_name(mention: ActorMention, doc: Doc) -> int:
    """The index after a personal name (up to `_NAME_WORDS` words) right after a title
    mention (``kanslichef Eva Ek``), else after the mention."""
    position = mention.last_token + 1
    names = given_names(doc)
    end = min(len(doc), position + _NAME_WORDS)
    while position < end and _personal_name_word(doc[position], names):
        position += 1
    return position


def _comparer_joint(
    doc: Doc, last: ActorMention, start: int, mention: ActorMention
) -> str | None:
    """Round 52 (ruling zz2): a comparing word (grammar.yaml `subject_comparers`:
    ``liksom``) right after the subject `last`, before any finite verb of its sentence, joins
    `mention` like ``och`` where `mention` stands right before the finite verb, past an
    adverbial without commas (``Rektor liksom i förekommande fall prorektor får …``);
    ``och``, else None. After the verb (``beslutar om taxor liksom om avgifter``) or in
    commas (``ska, liksom revisorerna, granska``) it compares and joins nothing."""
    comparer = last.last_token + 1
    closing = mention.last_token + 1
    if comparer >= start or doc[comparer].lower_ not in GRAMMAR.subject_comparers:
        return None
    if closing >= len(doc) or not is_finite(doc[closing]):
        return None
    inside = doc[comparer + 1 : start]
    if any(t.pos_ not in _ADVERB_PHRASE_POS or t.lower_ in GRAMMAR.subordinators for t in inside):
        return None
    opening = doc[last.first_token].sent.start
    return None if any(is_finite(t) for t in doc[opening : last.first_token]) else "och"


def _serial_comma_past_attribute(member: ActorMention, end: int, reach: _Reach) -> str | None:
    """`_serial_comma_joint` right after the series member, or past its postmodifier or
    prepositional attribute (``ledamöter och ersättare i styrelsen, samt kanslichefen``:
    round 55, ch-R2); the attribute's own actor is no member (its ``i`` links nothing)."""
    doc = reach.doc
    ends = dict.fromkeys(
        (member.last_token, reach.postmodified(member), _noun_attribute_end(member, doc))
    )
    return next(
        (joint for last in ends if (joint := _serial_comma_joint(doc, last + 1, end))), None
    )


def _serial_comma_joint(doc: Doc, start: int, end: int) -> str | None:
    """A comma and a noun-phrase coordinator alone between two conjuncts: the coordinator
    (a series ``A, B, samt C`` written with a comma before its last member)."""
    if end != start + 2 or doc[start].text != ",":
        return None
    word = doc[start + 1].lower_
    return word if word in GRAMMAR.noun_phrase_coordinators else None


_ROLE_WORD_POS = frozenset({"NOUN", "ADJ"})


def _past_role_phrase(doc: Doc, start: int, end: int) -> str | None:
    """``Vid mötet deltar rektor som ordförande och föredragande, kanslichef …``: a role
    predicative (``som`` + bare indefinite nouns or participles that a coordinator joins)
    right after the last conjunct ends at the comma after it, and the actor after that comma
    is one more conjunct (round 43, be-C3); the comma, else None. Without a coordinator
    inside, the commas join the role list (``som lärare, bibliotekarie eller vaktmästare``)."""
    if end - start < 5 or doc[start].lower_ != "som" or doc[end - 1].text != ",":
        return None
    role = doc[start + 1 : end - 1]
    coordinators = GRAMMAR.noun_phrase_coordinators
    if role[0].lower_ in coordinators or role[-1].lower_ in coordinators:
        return None
    if not any(t.lower_ in coordinators for t in role):
        return None
    words = [t for t in role if t.lower_ not in coordinators]
    if any(t.pos_ not in _ROLE_WORD_POS or "Def" in morph_values(t, "Definite") for t in words):
        return None
    return ","


def _splice_comma(comma: int, mentions: Sequence[ActorMention], doc: Doc) -> bool:
    """``… speglar valresultatet i kommunen, ordföranden och gruppledarna är …`` (comma
    splice): after a comma that follows a finite verb, actors (coordinated) directly
    followed by a finite verb open a new main clause; the comma joins no conjuncts."""
    return _splice_verb(comma, mentions, doc) is not None


def splice_subject_before(token: Token, mentions: Sequence[ActorMention]) -> bool:
    """The token stands in the verb place of a comma splice's new clause (V2)."""
    return any(
        _splice_verb(t.i, mentions, token.doc) == token.i
        for t in token.doc[sentence_start(token) : token.i]
        if t.text == ","
    )


def _splice_verb(comma: int, mentions: Sequence[ActorMention], doc: Doc) -> int | None:
    """The verb of the new main clause a comma splice opens at `comma`: after actors
    (coordinated, determiners included), a finite verb or a present read as a noun."""
    token = doc[comma]
    if token.text != "," or not any(is_finite(t) for t in doc[sentence_start(token) : comma]):
        return None
    end = sentence_end(token)
    position = comma + 1
    while position < end:
        while position < end - 1 and doc[position].pos_ in NP_MODIFIER_POS:
            position += 1  # "de nya gruppledarna"
        mention = mention_at(position, mentions)
        if mention is None:
            break
        position = mention.last_token + 1
        if position >= end or doc[position].lower_ not in GRAMMAR.coordinators | {","}:
            break
        position += 1
    if position <= comma + 1 or position >= end:
        return None
    verb = doc[position]
    return position if is_finite(verb) or present_by_spelling(verb) else None


def negated_conjunct(actor: ActorMention, doc: Doc) -> bool:
    """``det är tjänstemän och inte politiker som …``: a conjunct after a coordinator and a
    negation is denied the action."""
    start = _phrase_start(actor, doc) if actor.first_token >= 0 else 0
    return (
        start >= 2
        and doc[start - 1].lower_ in GRAMMAR.negations
        and doc[start - 2].lower_ in GRAMMAR.coordinators
    )


def negative_determiner(actor: ActorMention, doc: Doc) -> bool:
    """``Ingen (annan) ledamot får avbryta``: a subject opened by a negative determiner
    (configs/grammar.yaml `negative_determiners`) is denied the action (review56b S4)."""
    if actor.first_token < 0:
        return False
    start = _phrase_start(actor, doc)
    return any(t.lower_ in GRAMMAR.negative_determiners for t in doc[start : actor.first_token + 1])


def gapped_agents(
    agent: ActorMention, mentions: Sequence[ActorMention], sentence: Span
) -> list[ActorMention]:
    """``Posten innehas av A och viceposten av B``: a conjunct that repeats the passive's
    ``av`` + agent without a verb of its own (gapping) names another agent of the same verb;
    so does one after a comma (``ersätts sekreteraren av kassören, revisorn av
    suppleanten``: round 40, ax cause 4)."""
    doc = sentence.doc
    found: list[ActorMention] = []
    last = agent
    position = last.last_token + 1
    if position >= sentence.end or (
        doc[position].lower_ not in GRAMMAR.coordinators and doc[position].text != ","
    ):
        return found
    for index in range(position + 1, sentence.end - 1):
        token = doc[index]
        gapped_subject = _definite(doc[index - 1]) or _ends_mention(index - 1, mentions)
        if token.lower_ == "av" and index > position + 1 and gapped_subject:
            first = index + 1
            while first < sentence.end and doc[first].pos_ in NP_MODIFIER_POS | {"ADV"}:
                first += 1  # "och ersättarskapet av en ekonom", "av särskilt utsedda X"
            mention = mention_at(first, mentions)
            spliced = doc[position].text == "," and not _closes_gapped(mention, sentence)
            if mention is not None and not spliced:
                found.append(mention)
            break
        if token.pos_ not in NP_MODIFIER_POS | {"NOUN", "PROPN"} or is_verb(token):
            break  # only the conjunct's own subject stands before its "av"
    return found


def _closes_gapped(mention: ActorMention | None, sentence: Span) -> bool:
    """After a comma the gapped conjunct ends with its agent (the sentence's end, a comma or
    a coordinator next): one that goes on is a main clause of its own (``, beslutet av
    nämnden kan överklagas``)."""
    if mention is None:
        return False
    after = mention.last_token + 1
    doc = sentence.doc
    return after >= sentence.end or doc[after].is_punct or doc[after].lower_ in GRAMMAR.coordinators


def _ends_mention(index: int, mentions: Sequence[ActorMention]) -> bool:
    """A bare role noun ends an actor mention (``och vice ordförande av B``)."""
    return any(m.last_token == index for m in mentions)


def _definite(token: Token) -> bool:
    return token.pos_ == "NOUN" and "Def" in morph_values(token, "Definite")


def _joint(doc: Doc, start: int, end: int) -> str | None:
    """The conjunction or comma that alone fills tokens [start, end), else None; a
    conjunction may bring a negation (``tjänstemän och inte politiker``: the conjunct is
    negated, `negated_conjunct`). A noun-phrase coordinator joins too (``rektorn
    respektive biträdande rektor``, ``alternativt``: round 13, docs/annotation.md §2.1)."""
    if end == start + 2 and doc[start + 1].lower_ in GRAMMAR.negations:
        end = start + 1
    words = GRAMMAR.joints
    if end > start + 1:  # `och/eller`, `Rektor/förskolechef`: a run is one joint
        lower = doc_arrays(doc).lower
        if all(lower[i] in words for i in range(start, min(end, len(lower)))):
            end = start + 1
    if end != start + 1:
        return None
    word = doc[start].lower_
    if correlative_partner(doc[start]):
        return word  # "såväl kommunstyrelsen som nämnderna"
    return word if word in words or word == "," else None


def _agent(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``… av regionstyrelsen``: the agent of a passive verb (``obl:agent`` or ``av`` + actor
    anywhere in the passive's clause, `agent_av`); ``Av kommundirektören utses …`` when
    fronted."""
    doc = group.finite.doc
    for verb in (*group.verbs, group.finite):
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if agent is not None and _recipient_phrase(agent):
            agent = None  # "får inte delegeras till anställda": the recipient, no agent
        if agent is not None and not any(t.lower_ == "av" for t in agent.subtree if t.i < agent.i):
            agent = None  # "… och därefter upphör två beredningar": no av, no agent (round 22)
        if agent is not None and _determinative_subject(doc, verb.i + 1, agent.i - 1):
            agent = None  # "ska bifogas det protokoll av klubben där …" (round 41, az-4d)
        mention = _mention_for(agent, mentions)
        if mention is not None and not contact_relative(mention, doc):
            mention = _owned_head(mention, doc, mentions)  # "respektive X:s [AB] styrelse"
            mention = _first_conjunct_after_av(mention, doc, mentions)
            return _head_past_participle(mention, doc, mentions)
    av = agent_av(group)
    if av is not None:
        return _head_past_participle(_agent_after(av, doc, mentions), doc, mentions)
    middle = _middle_field_agent(group, mentions)
    if middle is not None:
        return middle
    first = sentence_start(group.finite)
    if doc[first].lower_ == "av":
        mention = _owned_head(mention_at(first + 1, mentions), doc, mentions)
        if mention is not None and any(
            is_finite(t) or t.lower_ in GRAMMAR.subordinators | GRAMMAR.interrogatives
            for t in doc[mention.last_token + 1 : group.finite.i]
        ):
            # "Av Ekby högskolas delegationsordning framgår vilka ärenden som får delegeras":
            # a fronted source phrase is the agent of the V2 passive right after it only, never
            # of one inside an indirect question or relative clause (round 33, B2)
            return None
        return mention
    return None


def _first_conjunct_after_av(
    mention: ActorMention, doc: Doc, mentions: Sequence[ActorMention]
) -> ActorMention:
    """``av fysiska och juridiska personer``: where the parser heads the agent phrase at its
    last conjunct (the first an elided adjective it reads as an attribute), the agent is the
    conjunct right after ``av``, so that the series reads from it (round 44, 44-bh A3)."""
    av = _phrase_start(mention, doc)
    av -= doc[av].lower_ != "av"  # "av en första och …": the phrase may take its `av`
    if av < 0 or doc[av].lower_ != "av":
        return mention
    position = av + 1
    while position < mention.first_token and doc[position].dep_ == "det":
        position += 1  # "av en första och andra vice ordförande" (round 53, r4)
    first = mention_at(position, mentions)
    if first is None or first.last_token >= mention.first_token:
        return mention
    return first if mention in coordinated_actors(first, mentions, doc) else mention


def _middle_field_agent(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``Medlem … kan av styrelsen uteslutas`` (round 41, az-4a): an ``av``-phrase right
    after the finite verb (past adverbs) that ends right before the group's passive
    infinitive is that passive's agent."""
    if not group.verbs or group.verbs[-1].i <= group.finite.i or not is_passive(group.verbs[-1]):
        return None
    doc = group.finite.doc
    passive = group.verbs[-1].i
    position = group.finite.i + 1
    while position < passive and doc[position].pos_ == "ADV":
        position += 1
    if position >= passive or doc[position].lower_ != "av":
        return None
    mention = _agent_after(position, doc, mentions)
    if mention is None or mention.last_token >= passive:
        return None
    between = doc[mention.last_token + 1 : passive]
    return mention if all(token.pos_ == "ADV" for token in between) else None


def _agent_after(av: int, doc: Doc, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The actor that heads the noun phrase after ``av`` (past a determiner or numeral:
    ``av två styrelseledamöter``, past an owner's genitive: ``av bolagets stämma``); none in
    a contact relative clause (`_contact_relative`)."""
    mention = mention_at(av + 1, mentions) or mention_at(av + 2, mentions)
    mention = mention or _head_past_modifiers(av, doc, mentions)  # round 36, V2
    mention = _owned_head(mention, doc, mentions)
    if mention is not None and contact_relative(mention, doc):
        return None
    return mention


MAX_AGENT_MODIFIERS = 5


def _head_past_participle(
    mention: ActorMention | None, doc: Doc, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``leds av en av huvudmannen anställd rektor`` (round 36, V2): an actor after ``av``
    right before an attributive participle (by spelling or tag) is that participle's agent,
    inside the noun phrase; the actor the participle qualifies heads the passive's agent."""
    if mention is None or mention.first_token == 0 or doc[mention.first_token - 1].lower_ != "av":
        return mention
    participle = mention.last_token + 1
    if participle + 1 >= sentence_end(doc[mention.last_token]):
        return mention
    word = doc[participle]
    if not (participle_spelling(word.lower_) or word.tag_.startswith("PC")):
        return mention
    head = mention_at(participle + 1, mentions)
    return head if head is not None and head.first_token == participle + 1 else mention


def _indefinite_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" and "Ind" in morph_values(token, "Definite")


def _participle_agent_head(
    inner_av: int, doc: Doc, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``av annan av ordföranden utsedd ledamot`` (round 44, bg-G6): an ``av`` after the outer
    agent's modifiers opens the agent of an attributive participle; the actor after that
    participle heads the outer agent, never the participle's own agent (None when no actor
    follows the participle)."""
    inner = mention_at(inner_av + 1, mentions) or mention_at(inner_av + 2, mentions)
    head = _head_past_participle(inner, doc, mentions)
    return None if head is inner else head


def _head_past_modifiers(
    av: int, doc: Doc, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``av respektive medlemsregions [AB] fullmäktige``, ``av en demokratiskt vald [NN]
    direktion`` (round 36, V2): the actor that heads the noun phrase after ``av`` past its
    modifiers, whatever their tags: determiners, adjectives, adverbs, numerals, a participle
    (by spelling) and an owner's genitive that is no actor (a noun in -s). A numeral in
    digits (``av cirka 25 handläggare``) and a count noun after ``ett`` (``av ett tiotal
    inspektörer``, `_approximate_count`) are modifiers too (round 55, cj-R4). None when a noun
    that is no genitive comes first (``av en grupp ledamöter``: the group heads it)."""
    end = min(sentence_end(doc[av]), av + 1 + MAX_AGENT_MODIFIERS)
    for position in range(av + 1, end):
        token = doc[position]
        mention = mention_at(position, mentions)
        if mention is not None:
            return mention if mention.first_token == position else None
        word = token.lower_
        if word == "av" and position > av + 1:
            return _participle_agent_head(position, doc, mentions)
        genitive = word.endswith("s") and token.pos_ in {"NOUN", "PROPN", "ADV", "X"}
        modifier = token.pos_ in {"DET", "ADJ", "ADV", "NUM"} or participle_spelling(word)
        modifier = modifier or _indefinite_pronoun(token)  # "av en [PRON] av X utsedd Y"
        distributive = (word,) in GRAMMAR.distributive_determiners  # "respektive" [KN]
        if word.isdigit() or _approximate_count(doc, position):
            continue  # "av cirka 25 [NUM] handläggare", "av ett tiotal [NOUN] inspektörer"
        if not (word.isalpha() and (modifier or genitive or distributive)):
            return None
    return None


def _owned_head(
    mention: ActorMention | None, doc: Doc, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``av medlemskommunernas fullmäktige``, ``av bolagets stämma``: a genitive owner whose
    head (past adjectives and coordinated genitives) is an actor of its own is no agent: the
    head is (round 33, B2; docs/annotation.md §2.2 genitive + head, two spans). A genitive
    that owns a thing stays, for `agents.foreign_agent` to reject."""
    if mention is None or not mention.genitive:
        return mention
    position = mention.last_token + 1
    while position < len(doc):
        owner = mention_at(position, mentions)
        joint = doc[position].lower_ in GRAMMAR.noun_phrase_joints
        if not (doc[position].pos_ == "ADJ" or joint or (owner is not None and owner.genitive)):
            break
        position += 1
    head = mention_at(position, mentions) if position < len(doc) else None
    return head if head is not None and head.first_token == position else mention


def contact_relative(mention: ActorMention, doc: Doc) -> bool:
    """``av den styrelsen bemyndigar``, ``av den eller dem mötet utser`` (round 14, analysis
    13 #11): after the pronoun ``den``/``de``/``dem`` inside the sentence a noun phrase
    followed by a finite verb is the subject of a relative clause without ``som``: the
    pronoun heads the phrase (an agent that is no actor), the verb opens no main clause
    (docs/annotation.md §5.1), and the actor in the clause is no agent."""
    first = mention.first_token
    before = doc[first - 1] if first > sentence_start(doc[first]) else None
    after = mention.last_token + 1
    heads = CONTACT_RELATIVE_HEADS
    if before is not None and before.pos_ == "NOUN":
        before = _determiner_of(before)  # "anges det uppdrag förvaltningen lämnar" (round 20)
        heads = _ARTICLES
    if before is None or before.lower_ not in heads:
        return False
    if before.i == sentence_start(before):
        return False  # "De ledamöter …": an opening pronoun is the subject's determiner
    if heads is CONTACT_RELATIVE_HEADS and _clause_coordinator_before(before):
        return False  # "antar planen och de anställda ska följa den": a main clause (r37)
    if not any(is_verb(t) for t in doc[sentence_start(before) : before.i]):
        return False  # "Utöver de förtroendevalda har kommunen …": in the prefield the verb is V2
    return contact_relative_verb(after, doc) is not None


def contact_relative_verb(after: int, doc: Doc) -> Token | None:
    """The finite verb of a relative clause without ``som`` right after its subject, past
    adverbs (``av den eller dem nämnden därtill förordnar``), a present the tagger read as
    a plural noun included (``av den nämnden bemyndigar [NOUN]``; round 49, 49-p P9)."""
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    if after >= len(doc):
        return None
    verb = doc[after]
    finite = is_verb(verb) and tense_of(verb) in {"pres", "past"}
    return verb if finite or present_by_spelling(verb) else None


def _clause_coordinator_before(pronoun: Token) -> bool:
    """``Fullmäktige antar planen och de anställda ska följa den``: a coordinator right
    before ``de`` + an actor + a finite verb joins a second main clause whose subject is
    that noun phrase (round 37, aq-B3; docs/annotation.md §5.1), not a pronoun conjunct
    (``av den eller dem mötet utser``)."""
    position = pronoun.i - 1
    if position <= sentence_start(pronoun):
        return False
    doc = pronoun.doc
    return (
        doc[position].lower_ in GRAMMAR.coordinators
        and doc[position - 1].lower_ not in CONTACT_RELATIVE_HEADS
    )


def _determiner_of(noun: Token) -> Token | None:
    """``det uppdrag``, ``de särskilda uppgifter``: the definite article before an
    indefinite noun (adjectives between), the form that announces a restrictive relative
    clause; None for a definite noun (``de uppgifterna``) or no such article."""
    if "Ind" not in morph_values(noun, "Definite"):
        return None
    position = noun.i - 1
    start = sentence_start(noun)
    while position > start and noun.doc[position].pos_ == "ADJ":
        position -= 1
    while position > start + 1 and _joins_nouns(noun.doc[position]):
        position -= 2  # "de planer och mål", "de ärenden, frågor och …" (round 37, aq-B4)
        while position > start and noun.doc[position].pos_ == "ADJ":
            position -= 1
    article = noun.doc[position]
    return article if position >= start and article.lower_ in _ARTICLES else None


def _joins_nouns(token: Token) -> bool:
    """``de planer och mål styrelsen har lagt fast``, ``de riktlinjer, planer och mål …``:
    a coordinator or comma right after a noun joins the conjuncts of one noun phrase, and
    the article before the first one determines them all (round 37, aq-B4)."""
    return (token.lower_ in GRAMMAR.coordinators or token.text == ",") and (
        token.nbor(-1).pos_ == "NOUN"
    )


_ARTICLES = frozenset({"den", "det", "de"})


def agent_av(group: Group) -> int | None:
    """The ``av`` that opens a passive's agent (round 14, analysis 13 cause 1): the first
    ``av`` in the passive's clause after its verbs, up to a verb, ``som`` or ``;`` (or the
    sentence end), past adverbials and prepositional phrases of any kind (``väljs för fyra
    år åt gången av fullmäktige``, ``utses vid behov av valberedningen``) and an inverted
    subject (``väljs nämndens ledamöter … av …``), and past an ``av`` that measures the noun
    before it (``för en tid av två år``). None when that ``av`` completes a noun of action
    (``efter förslag av nämnden``, `_noun_complement`). A partitive ``av`` (``i något av
    utskotten``) is found: `agents.foreign_agent` rejects its actor."""
    doc = group.finite.doc
    start = group.verbs[-1].i + 1 if group.verbs else group.finite.i + 1
    end = sentence_end(group.finite)
    start = past_degree_adverbials(doc, start, end)
    # "förs av X och kontrolleras under året av Y": an earlier conjunct with an agent of its
    # own keeps the adverbial's av-phrase from being the whole group's agent
    shared = not any(_agent_follows(verb) for verb in group.verbs[:-1])
    for position in range(start, end):
        token = doc[position]
        if token.lower_ in {"som", ";"} or is_verb(token):
            if group.verbs and _bare_passive_conjunct(group.verbs[-1], token):
                continue  # "ska beredas och avgöras av nämnden": the agent is shared (round 39)
            return None
        if token.lower_ != "av" or position + 1 >= end:
            continue
        if (
            position > start
            and _noun_complement(token, adverbial_agent=shared)
            and not conformity_phrase(doc[position - 1])
            and not (position - 1 == start and support_noun(doc[start - 1], doc[start]))
        ):
            return None  # "förvärvas genom beslut av fullmäktige": av completes the noun
        if _measure_after(doc, position) and position > start and doc[position - 1].pos_ == "NOUN":
            continue  # "för en tid av två år": a measure of the noun before it
        if position > start and _inside_noun_phrase(token):
            return None  # "för tiden intill slutet av nästa stämma": av completes a noun's noun
        if position > start and _in_recipient_phrase(token):
            return None  # "överlåtas till en grupp av handläggare": the recipient's members
        if _determinative_subject(doc, start, position):
            return None  # "ska bifogas det beslut av X där …" (round 41, az-4d)
        return position
    return None


def _determinative_subject(doc: Doc, start: int, av: int) -> bool:
    """``ska bifogas det beslut av föreningen där …``: right after the passive a definite
    article before an indefinite noun (the determinative phrase a restrictive clause
    completes) opens its postposed subject; the ``av``-phrase inside it names no agent."""
    if av != start + 2 or doc[start].lower_ not in _ARTICLES:
        return False
    noun = doc[start + 1]
    return noun.pos_ == "NOUN" and "Ind" in morph_values(noun, "Definite")


def _measure_after(doc: Doc, av: int) -> bool:
    """``av två år``, ``av ett år``: a number after ``av`` measures the noun before it; an
    article before a noun of no time or extent opens a noun phrase (``förs protokoll av en
    sekreterare som …``, round 41 az-4c)."""
    number = doc[av + 1]
    if not number.like_num:
        return False
    if number.pos_ != "DET" or av + 2 >= sentence_end(number):
        return True
    return is_time_noun(doc[av + 2]) or _extent_noun(doc[av + 2])


def _bare_passive_conjunct(previous: Token, token: Token) -> bool:
    """Round 39 (U2): ``ska beredas och avgöras av nämnden``: a passive joined to the passive
    before it by a bare ``och``/``eller`` (nothing else between) shares the ``av``-agent after
    it (docs/annotation.md §5.2), though the tagger read it as a finite verb of its own."""
    return (
        token.i == previous.i + 2
        and previous.doc[previous.i + 1].lower_ in GRAMMAR.coordinators
        and is_passive(previous)
        and is_passive(token)
    )


def _recipient_phrase(noun: Token) -> bool:
    """The noun is governed by a recipient preposition (configs/grammar.yaml
    `recipient_prepositions`: ``delegeras till anställda``, ``överlåtas åt en ledamot``):
    a passive's recipient, never its agent nor its subject (round 17, cause B2)."""
    return any(
        child.dep_ == "case" and child.lower_ in GRAMMAR.recipient_prepositions
        for child in noun.children
    )


def _in_recipient_phrase(av: Token) -> bool:
    """The ``av``-phrase completes the noun right before it, a recipient's noun that is no
    adverbial of time or extent (``överlåtas till en grupp av handläggare``; not ``för fyra
    år åt gången av fullmäktige``): it names members, no agent."""
    before = av.doc[av.i - 1]
    return (
        before.pos_ == "NOUN"
        and av.head.dep_ == "nmod"
        and av.head.head.i == before.i
        and _recipient_phrase(before)
        and not (is_time_noun(before) or _extent_noun(before))
    )


def _inside_noun_phrase(av: Token) -> bool:
    """The ``av``-phrase hangs on a noun naming a part or point of what it names
    (`part_nouns`: ``för tiden intill slutet av nästa stämma``): it completes that noun and
    names no agent (``för fyra år åt gången av fullmäktige`` does)."""
    before = av.doc[av.i - 1]
    head = av.head
    lemma = before.lemma_.lower() or before.lower_
    return (
        before.pos_ == "NOUN"
        and lemma in GRAMMAR.part_nouns
        and head.dep_ == "nmod"
        and head.head.i == before.i
    )


def agentive_av(group: Group) -> bool:
    """The passive's clause has an ``av``-phrase that names its agent, actor or not
    (`agent_av`): right after its verbs (past adverbs and adverbials of degree: ``präglas av
    ett långsiktigt tänkande``), or a phrase the parser hangs on a verb (``utses varje år
    av den som …``). One it hangs on a noun that is no adverbial of the verb (``väljs för
    resten av mandatperioden``) may complete that noun: the passive stays agentless; one
    hung on an adverbial of time or extent (``varje år av …``) names the agent."""
    av = agent_av(group)
    if av is None:
        return False
    doc = group.finite.doc
    start = (group.verbs[-1] if group.verbs else group.finite).i + 1
    position = past_degree_adverbials(doc, start, sentence_end(group.finite))
    while position < av and doc[position].pos_ == "ADV":
        position += 1
    if position == av:
        return True
    phrase = doc[av].head
    if phrase.dep_ in {"obl:agent", "obl"} and is_verb(phrase.head):
        return True
    owner = phrase.head  # "utses varje år av den som …": hung on an adverbial of time
    adverbial = is_time_noun(owner) or _extent_noun(owner) or conformity_phrase(owner)
    adverbial = adverbial or _demonstrative_pronoun(owner)
    return phrase.dep_ == "nmod" and adverbial and is_verb(owner.head)


def _demonstrative_pronoun(token: Token) -> bool:
    """``stöds i detta av ett ärendesystem`` (round 52, bh C3; §5.2 round 14): a demonstrative
    pronoun heading a prepositional phrase takes no ``av``-attribute, so the ``av``-phrase the
    parser hangs on it is the passive's agent."""
    return token.pos_ == "PRON" and "Dem" in morph_values(token, "PronType")


def conformity_phrase(noun: Token) -> bool:
    """``väljs enligt bolagsordningen av stämman``: a noun in a phrase of conformity
    (`conformity_prepositions`) that is no nominalisation (a rule or order,
    `conformity_rule_nouns`, whatever its suffix) is an adverbial of the verb, so the
    ``av``-phrase hung on it is the agent (round 51, bx-C4)."""
    if not any(
        c.dep_ == "case" and c.lower_ in GRAMMAR.conformity_prepositions for c in noun.children
    ):
        return False
    word = noun.lower_
    if any(word.endswith(rule) for rule in GRAMMAR.conformity_rule_nouns):
        return word not in GRAMMAR.action_nouns
    return not action_noun(noun)


def _agent_follows(verb: Token) -> bool:
    """``av`` stands right after the verb (past adverbials of degree)."""
    doc = verb.doc
    position = past_degree_adverbials(doc, verb.i + 1, sentence_end(verb))
    return position < len(doc) and doc[position].lower_ == "av"


def _noun_complement(av: Token, adverbial_agent: bool = True) -> bool:
    """An ``av``-phrase the parser attaches to a noun of action (configs/grammar.yaml
    ``action_nouns``, ``action_noun_suffixes``) in the prepositional phrase right before it
    completes that noun (``genom beslut av fullmäktige``, ``efter förslag av nämnden``); it
    is no agent of the verb. After any other noun (time, extent, an adverbial idiom: ``under
    året``, ``vid behov``, ``åt gången``) the phrase is an adverbial of the passive and the
    ``av``-phrase its agent (round 14, analysis 13 cause 1), unless `adverbial_agent` is
    False; then every noun before it holds it."""
    before = av.doc[av.i - 1]
    head = av.head
    if _definite_inverted_subject(before):
        # "Därefter undertecknas avtalet av ordföranden" (round 56, ck C2); but an indefinite
        # phrase after a noun of action is that noun's object ("hålls valet av en
        # kassör"), and so is any after a verb's nominalisation by its suffix ("redovisas
        # uppföljningen av bolagen": the bodies are followed up; review56b S3)
        return action_noun(before) and (_indefinite_phrase_after(av) or _nominalisation(before))
    in_phrase = any(c.dep_ == "case" for c in before.children)
    if adverbial_agent and not action_noun(before):
        return False  # "granskas under året av revisorerna": the phrase is an adverbial
    attached = before.pos_ == "NOUN" and head.dep_ == "nmod" and head.head.i == before.i
    # "på begäran av enskild ledamot": a noun of action in its own prepositional phrase
    # holds the av-phrase right after it wherever the parser hung it (round 41, agt-C12)
    attached = attached or (before.pos_ == "NOUN" and in_phrase and action_noun(before))
    # a noun of action holds its av-phrase also as a conjunct of another phrase ("redogörs
    # för uppdrag …, principfrågor avseende styrning av kommunägda bolag")
    return attached and (in_phrase or (adverbial_agent and action_noun(before)))


def _nominalisation(noun: Token) -> bool:
    """A verb's nominalisation by its suffix alone (configs/grammar.yaml
    `action_noun_suffixes`: ``uppföljning``, ``granskning``; a stem of four letters at
    least), not a listed noun of action (``avtal``, ``beslut``) nor one in a participle's
    ``-ande``/``-ende`` (``ärendet``: a case, no act)."""
    lemma = noun.lemma_.lower() or noun.lower_
    if lemma in GRAMMAR.action_nouns or noun.lower_ in GRAMMAR.action_nouns:
        return False
    return any(
        lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4
        for suffix in GRAMMAR.action_noun_suffixes
        if suffix not in PRESENT_PARTICIPLE_ENDINGS
    )


def _indefinite_phrase_after(av: Token) -> bool:
    """The noun phrase after ``av`` is indefinite: an indefinite article (``av en ny
    kassör``) or, past adjectives, an indefinite head noun (``av nya ledamöter``)."""
    doc = av.doc
    position = av.i + 1
    if position < len(doc) and doc[position].lower_ in GRAMMAR.indefinite_articles:
        return True
    while position < len(doc) and doc[position].pos_ == "ADJ":
        position += 1
    head = doc[position] if position < len(doc) else None
    return head is not None and head.pos_ == "NOUN" and "Ind" in morph_values(head, "Definite")


def _definite_inverted_subject(noun: Token) -> bool:
    """A definite noun right after a finite passive (``undertecknas avtalet``) is its
    inverted subject (V2), no noun of a prepositional phrase; an ``av``-phrase right after
    it is the passive's agent even where the noun is one of action (round 56, analysis56-ck
    C2: the parser hangs it on the noun)."""
    if noun.i == 0 or noun.pos_ != "NOUN" or "Def" not in morph_values(noun, "Definite"):
        return False
    verb = noun.doc[noun.i - 1]
    return is_finite(verb) and is_passive(verb)


def action_noun(token: Token) -> bool:
    """A noun of action: listed, or a verb's nominalisation by its suffix (``granskning``,
    ``hörande``, ``ansökan``; a stem of four letters at least: ``organ`` is none). A word the
    tagger reads as a participle keeps its spelling (its lemma is the verb's: ``efter
    hörande [PC]`` → ``höra``), and a participle suffix needs a stem of two letters only
    (``hörande``, ``seende``). A noun in ``-ande``/``-ende`` of common gender only names a
    person (``en ordförande``, ``ordföranden``, ``en sökande``): the nominalisation of a verb
    in ``-ande`` is neuter (``ett hörande``), so ``utses ordföranden av nämnden`` keeps its
    agent (round 55, w55g)."""
    lemma = token.lemma_.lower() or token.lower_
    if lemma in GRAMMAR.action_nouns or token.lower_ in GRAMMAR.action_nouns:
        return True
    if lemma in GRAMMAR.lexical_suffix_nouns:
        return False  # "ärendena": a thing, no nominalisation (w58a F)
    stem = token.lower_ if token.tag_.startswith("PC") else lemma
    suffix = next((s for s in GRAMMAR.action_noun_suffixes if stem.endswith(s)), None)
    if suffix is None:
        return False
    if suffix in PRESENT_PARTICIPLE_ENDINGS:  # a verb stem of two letters at least: ``seende``
        return len(stem) - len(suffix) >= 2 and morph_values(token, "Gender") != ["Com"]
    return len(stem) - len(suffix) >= 4


def support_noun(verb: Token, noun: Token) -> bool:
    """`noun` is the noun `verb` makes an act of (configs/grammar.yaml
    `support_verb_phrases`: ``fatta beslut``; w58a E/F): inverted after the verb's s-passive
    it is the subject, and an ``av``-phrase after it names the passive's agent."""
    pair = (verb_lemma(verb).lower(), noun.lemma_.lower() or noun.lower_)
    return pair in GRAMMAR.support_verb_phrases


def past_degree_adverbials(doc: Doc, position: int, end: int) -> int:
    """``ägs till stor del i sin tur av kommunen``: adverbials of degree or sequence
    (configs/grammar.yaml ``degree_adverbials``) between a passive and its ``av``-agent."""
    words = lower_words(doc[position:end])
    offset = 0
    while True:
        phrase = next(
            (p for p in GRAMMAR.degree_adverbials if tuple(words[offset : offset + len(p)]) == p),
            None,
        )
        length = len(phrase) if phrase is not None else _proportion(doc[position + offset : end])
        if not length:
            return position + offset
        offset += length


def _proportion(tokens: Span) -> int:
    """``till 60 procent``, ``till 100 %``: a proportion (``till`` + a number + a unit of
    configs/grammar.yaml ``proportion_units``) is an adverbial of degree; its length, else 0."""
    if len(tokens) < 3 or tokens[0].lower_ != "till" or not tokens[1].like_num:
        return 0
    return 3 if tokens[2].lower_ in GRAMMAR.proportion_units else 0


def actor_of(
    group: Group,
    subordinator: Token | None,
    mentions: Sequence[ActorMention],
    previous: ActorMention | None,
) -> tuple[ActorMention | None, bool]:
    """(actor, passive) of a verb group; passive when an action verb is an s-passive."""
    passive = any(is_passive(verb) for verb in (*group.verbs, group.finite))
    if passive and not stative_passive(group):
        agent = _agent(group, mentions)
        if agent is not None:
            return agent, True
        if agentive_av(group):
            # an av-phrase makes the passive not agentless (docs/annotation.md §5.2): its
            # subject, the patient, is never the actor ("utses av den som årsmötet bestämmer")
            return None, True
    return subject_of(group, subordinator, mentions, previous), passive


def stative_passive(group: Group) -> bool:
    """Every s-passive of the group is stative (configs/grammar.yaml `stative_passives`:
    ``Stiftelsen ska omfattas av samma granskning``, "is subject to"): its ``av``-phrase
    names no agent, and its subject keeps the statement (round 17, cause B8)."""
    passives = [verb for verb in (*group.verbs, group.finite) if is_passive(verb)]
    return bool(passives) and all(
        verb.lemma_.lower() in GRAMMAR.stative_passives for verb in passives
    )


# What may stand between a copula and its predicative noun: determiners, adjectives,
# participles, numbers, adverbs of degree, genitive owners (``är förbundets högsta
# verkställande organ``)
_PREDICATIVE_ATTRIBUTE_POS = frozenset({"DET", "ADJ", "NUM", "ADV"})


def predicative_noun(mention: ActorMention, doc: Doc) -> bool:
    """The mention is the predicative noun of a copula (``Styrelsen är förbundets högsta
    organ som …``, ``… är det organ som …``): past its attributes the word before it is
    ``är``/``var``. A relative clause on it describes the subject and states nothing of its
    own (round 47, bn cause 4; docs/annotation.md §5.1); the cleft ``Det är styrelsen som``
    is found before (`cleft_focus_end`)."""
    start = sentence_start(doc[mention.first_token])
    position = mention.first_token - 1
    while position > start and (
        doc[position].pos_ in _PREDICATIVE_ATTRIBUTE_POS
        or doc[position].tag_.startswith("PC")
        or "Gen" in morph_values(doc[position], "Case")
    ):
        position -= 1
    if position <= start or doc[position].lower_ not in GRAMMAR.copulas:
        return False
    return doc[position - 1].lower_ != "det"  # "Det är en nämnd som beslutar": a cleft


def subject_of(
    group: Group,
    subordinator: Token | None,
    mentions: Sequence[ActorMention],
    previous: ActorMention | None,
) -> ActorMention | None:
    """The actor that is the grammatical subject of a verb group (never a passive's
    ``av``-agent): what a coordinated verb after it shares (``Chefen anställs av nämnden och
    ska leda förvaltningen`` → chefen leads)."""
    passive = any(is_passive(verb) for verb in (*group.verbs, group.finite))
    finite = group.finite
    before = finite.doc[finite.i - 1] if finite.i > sentence_start(finite) else None
    focus = _cleft_focus(finite, before)
    if focus is not None:
        return _focus_head(finite.doc, focus, mentions) or mention_at(focus, mentions)
    cleft_subject = _adverbial_cleft_subject(finite, mentions)
    if cleft_subject is not None:
        return cleft_subject
    if subordinator is not None and subordinator.lower_ == "som":
        return _relative_subject(subordinator, mentions)
    if (
        previous is not None
        and before is not None
        and before.lower_ in GRAMMAR.coordinators | {","}
    ):
        return previous  # "leder och samordnar": the subject is shared
    if _no_actor_subject(group, mentions, passive):
        return None
    subject = _found_subject(group, mentions, passive)
    if subject is None or _subject_no_actor(subject, group, passive):
        return None
    return subject


def _focus_head(doc: Doc, focus: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``I Ekbo är det socialnämnden inom kommunen som prövar …``: a cleft focus whose head
    noun has a prepositional attribute is the actor that ends right before the attribute's
    preposition (one noun phrase: no comma or coordinator between), not the attribute's noun
    the parser hangs ``som`` on (round 56, analysis 56-cm C6); None when no actor ends there."""
    last = mention_at(focus, mentions)  # the attribute's noun: an actor or any noun
    start = sentence_start(doc[focus])
    position = (last.first_token if last is not None else focus) - 1
    while position > start and doc[position].pos_ in NP_MODIFIER_POS:
        position -= 1  # the attribute noun's determiners and adjectives
    if position <= start or doc[position].pos_ != "ADP":
        return None
    head = mention_at(position - 1, mentions)
    if head is None or head.last_token != position - 1 or head.genitive:
        return None
    return head


def _cleft_focus(finite: Token, before: Token | None) -> int | None:
    """The end of a cleft's focus before the verb, right before it or before ``som`` and
    adverbials."""
    focus = cleft_focus_end(before) if before is not None else None
    if focus is None:
        som = _som_before_adverbials(finite)
        focus = cleft_focus_end(som) if som is not None else None
    return focus


def _relative_subject(som: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The subject of a ``som`` clause: its antecedent, or the head a determiner picks."""
    antecedent, bracketed = som_antecedent(som, mentions)
    if antecedent is not None and not bracketed:
        return _determined_head(antecedent, som, mentions) or antecedent
    return antecedent


def _no_actor_subject(group: Group, mentions: Sequence[ActorMention], passive: bool) -> bool:
    """The clause has a subject that is no actor, or none: a pronoun, a share, an expletive,
    a table cell."""
    if pronoun_subject_at(group.finite) is not None:
        return True  # "… och de två sköter driften": the pronoun is the subject (r41 az-9)
    if passive and _inverted_subject_pronoun(group.finite):
        return True  # "Ändras X skall de … underställas styrelsen" (round 53, 53b-cc N4)
    if _partitive_share(group):
        return True  # "…, varav fyra är från näringslivet": a share of a composition
    if _presentational(group) and _expletive_subject(group):
        return True  # "Det finns förtroendevalda i …": no actor subject
    if _additive_komma(group):
        return True  # "Därtill kommer valberedningen": presents it, no act (ruling s3)
    if _cell_noun_subject(group.finite, mentions):
        return True  # "… Ekonomichef Vidaredelegation är ej tillåten" (round 45, bj-C4)
    if _conjoined_clause_noun_subject(group.finite, mentions):
        return True  # "… och fattade beslut ska verkställas" (review 52 S5)
    # "FC | | Ska anmälas till AU": a note's passive (round 46, nu46)
    return passive and _opens_cell(group.finite)


def _additive_komma(group: Group) -> bool:
    """``Därtill kommer valberedningen``, ``Till detta kommer revisorerna`` (round 54, ruling
    s3): a lone finite additive-presentational verb (configs/grammar.yaml
    `additive_presentational_verbs`: ``komma``) after an additive prefield
    (`additive_prefields`) only presents its late subject, as ``finns``: the actor is named,
    the clause states nothing. Not the future ``kommer X att pröva``: after the prefield the
    subject is inverted, so ``att`` + infinitive stands later in the sentence, outside the
    verb chain (review 54, item 1)."""
    finite = group.finite
    if group.verbs != (finite,) or not _additive_presentational(finite):
        return False
    start = sentence_start(finite)
    words = tuple(t.lower_ for t in finite.doc[start : finite.i])
    return words in GRAMMAR.additive_prefields and not _later_infinitive(finite)


def _additive_presentational(finite: Token) -> bool:
    return finite.lemma_.lower() in GRAMMAR.additive_presentational_verbs


_CLAUSE_PUNCTUATION = frozenset({",", ";", ":"})


def _later_infinitive(finite: Token) -> bool:
    """An infinitive (or ``att`` + a base form) after ``finite`` in its clause: the main
    verb of ``kommer … att`` + infinitive, however the tagger read it; not one inside a
    relative or after a comma, semicolon or colon (``Härtill kommer revisorerna, som har
    till uppgift att granska …``: presentational). A bracket, quote or dash opens no clause
    (``kommer (efter samråd) att anta``)."""
    doc = finite.doc
    for token in doc[finite.i + 1 : sentence_end(finite)]:
        if token.text in _CLAUSE_PUNCTUATION or token.lower_ in GRAMMAR.relative_pronouns:
            return False
        if token.pos_ in VERB_POS and "Inf" in token.morph.get("VerbForm"):
            return True
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ == "att" and after is not None and lexicon_infinitive(after.lower_):
            return True
    return False


def _inverted_subject_pronoun(finite: Token) -> bool:
    """``Revideras sådana planer skall de i berörda delar underställas styrelsen``: a subject
    pronoun (`subject_pronouns`) right after the finite verb is the inverted subject (V2);
    the bare noun after the passive is then its recipient, never the actor, in whatever
    sentence of the paragraph the clause stands (round 53, analysis 53b-cc N4)."""
    position = finite.i + 1
    if position >= sentence_end(finite):
        return False
    return finite.doc[position].lower_ in GRAMMAR.subject_pronouns


def _found_subject(
    group: Group, mentions: Sequence[ActorMention], passive: bool
) -> ActorMention | None:
    """The subject mention, tried in turn: after a V2 verb, postponed in a presentational
    clause, the parsed subject, before a relative insertion, read inverted in a passive."""
    subject = _v2_subject(group, mentions)
    if subject is not None and _embedded_subject(subject, group, mentions):
        subject = _attribute_owner(subject, group, mentions)
    late = None
    # "… och i nämnden ingår även två ersättare": a main clause of its own after its fronted
    # adverbial (round 35, K2); the subject before the coordinator is never its subject
    conjunct = inverted_main_conjunct(group.finite)
    if subject is None and _presentational(group) and (conjunct or not _fronted_subject(group)):
        # found past the verb chain and its prepositional phrases: the noun before it ends
        # such a phrase, no head it completes ("Utöver X ingår i styrelsen två suppleanter")
        late = subject = _postponed_subject(group, mentions)
    if subject is None and conjunct:
        return None  # "men i direktörens uppdrag ingår även att …": no actor subject
    subject = subject or _mention_for(parsed_subject(group), mentions)
    subject = subject or _subject_before_relative_insertion(group, mentions)
    if subject is None and passive:
        subject = object_read_inverted_subject(group, mentions)
    if subject is None and passive:
        subject = fronted_office_passive_subject(group, mentions)
    if subject is not None and subject is not late and _embedded_subject(subject, group, mentions):
        return _attribute_owner(subject, group, mentions)
    if subject is not None and subject.first_token > group.finite.i:  # inverted
        return _name_after_classifier(subject, group.finite.doc, mentions) or subject
    if subject is not None:
        # "Kommunens högsta organ, kommunfullmäktige, beslutar …" (round 55, cj-C6)
        return _body_after_descriptor(subject, group.finite, mentions) or subject
    return subject


def _attribute_owner(
    mention: ActorMention, group: Group, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """Round 57 (analysis57-cp C5): ``Ett hundratal representanter från lokala föreningar och
    statliga myndigheter deltar …``: the subject found before the finite verb is a noun
    phrase (or the last of a coordinated series of them) that a preposition governs right
    after an actor head; when that head opens the clause (past its determiners, numerals and
    counts), the head is the subject and the attribute's actors are not. None otherwise."""
    doc = group.finite.doc
    if mention.last_token >= group.finite.i:
        return None
    start = _phrase_start(mention, doc)
    while start > 1 and _joint(doc, start - 1, start) is not None:
        if _splice_comma(start - 1, mentions, doc):
            return None
        conjunct = mention_at(start - 2, mentions)
        if conjunct is None:
            break
        start = _phrase_start(conjunct, doc)
    if start < 2 or doc[start - 1].pos_ != "ADP":
        return None
    head = mention_at(start - 2, mentions)
    if head is None or head.last_token != start - 2 or head.genitive:
        return None
    first = sentence_start(group.finite)
    if _opens_clause(head, group) or _after_premodifiers(doc, first, start - 1, mentions) is head:
        return head
    return None


def _subject_no_actor(subject: ActorMention, group: Group, passive: bool) -> bool:
    """The subject found stands where no actor does: in an open naming apposition, a V1
    condition, before a postposition, as a passive's recipient, as an owner."""
    doc = group.finite.doc
    if _unclosed_naming_apposition(subject, group):
        return True  # "Detta avtal avser Ekby AB, nedan kallat bolaget är godkänt …"
    if _in_v1_condition(subject, group):
        return True  # "Upplöses föreningen ska återstående medel gå …": no actor subject
    if _before_postposition(subject, doc):
        return True  # "ska vara styrelsen tillhanda": the postposition's complement (r41 C8)
    if passive and _recipient(subject, group):
        return True
    if passive and _after_recipient_preposition(subject, doc):
        return True  # "Uppdraget får inte överlåtas åt en enskild ledamot": the recipient
    # "Nämndens verksamhet ska bedrivas …", "Stiftelsens verksamhet ska främja …",
    # "Kårens verksamhet har till syfte att främja …" (round 42, bc-G1): the owner of a
    # subject that is no actor is no actor, active or passive; another bare finite verb
    # is left to the statement rules ("Nämndens ansvar omfattar …": a responsibility)
    return subject.genitive and (
        passive or group.verbs != (group.finite,) or _has_noun_infinitive_cue(group.finite)
    )


_OBJECT_READ_DEPS = frozenset({"obj", "xcomp"})


def fronted_office_passive_subject(
    group: Group, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Till kassör ska utses ledamot eller ersättare``, ``Som sekreterare får anlitas
    tjänsteman`` (round 51, bo-C): a sentence opened by ``till`` or a role ``som`` + a bare
    office noun (a predicative like ``utses till``, docs/annotation.md §2.1), then a modal and
    its s-passive infinitive: V2 puts the passive's subject right after the infinitive (past
    its determiners and adjectives), whatever the tagger made of it; the office is never it."""
    finite = group.finite
    doc, start = finite.doc, sentence_start(finite)
    if not is_modal(finite) or len(group.verbs) != 1 or not _fronted_office(doc, start, finite.i):
        return None
    verb = group.verbs[0]
    if verb.i != finite.i + 1 or not verb.lower_.endswith("s") or not is_passive(verb):
        return None
    position = verb.i + 1
    while position < sentence_end(finite) and doc[position].pos_ in {"DET", "ADJ", "NUM"}:
        if mention_at(position, mentions) is not None:
            break
        position += 1
    mention = mention_at(position, mentions)
    return None if mention is None or mention.genitive else mention


_OFFICE_OPENERS = frozenset({"till", "som"})


def _fronted_office(doc: Doc, start: int, finite: int) -> bool:
    """The words before the finite verb are ``till``/``som`` + a bare indefinite noun (an
    office: ``vice`` and adjectives may stand before it)."""
    if finite - start < 2 or doc[start].lower_ not in _OFFICE_OPENERS:
        return False
    noun = doc[finite - 1]
    if noun.pos_ != "NOUN" or morph_values(noun, "Definite") == ["Def"]:
        return False
    return all(not is_verb(t) and not t.is_punct for t in doc[start + 1 : finite - 1])


def object_read_inverted_subject(
    group: Group, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Efter beslut av årsmötet kan för varje område bildas lokal avdelning`` (round 45,
    bi-C9): after a fronted adverbial, a modal and a prepositional phrase, the subject of an
    s-passive stands after it, and the parser reads it as the verb's object. An s-passive
    with no subject takes no object of its own, so an actor noun it governs as ``obj`` (or
    ``xcomp``) after it is its inverted subject; a V1 modal opens a condition, no statement
    (``Klubben bör tilldelas en plats``, a ditransitive passive, has its subject before)."""
    finite = group.finite
    if not group.verbs or finite.i == sentence_start(finite) or parsed_subject(group) is not None:
        return None
    verb = group.verbs[-1]
    if verb.i <= finite.i + 1 or not verb.lower_.endswith("s") or not is_passive(verb):
        return None
    noun = next(
        (c for c in verb.rights if c.dep_ in _OBJECT_READ_DEPS and c.pos_ in {"NOUN", "PROPN"}),
        None,
    )
    if noun is None:
        return None
    mention = mention_at(noun.i, mentions)
    return None if mention is None or mention.genitive else mention


_NAME_WORDS = 3


def title_before_name(som: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``av kanslichefen Erik Lind, som ansvarar för …`` (round 44, bh-Q4): a personal name
    (capitalised proper nouns inside the sentence, up to three) in apposition to an actor
    title, also between commas (``ordföranden, Anna Berg, som``), is no actor; the relative
    ``som`` after it (past a comma) takes the title."""
    doc = som.doc
    position = som.i - 1
    if position > 0 and doc[position].text == ",":
        position -= 1
    start = sentence_start(som)
    name_words = 0
    names = given_names(doc)
    while (
        position > start
        and name_words < _NAME_WORDS
        and _personal_name_word(doc[position], names)
        and mention_at(position, mentions) is None
    ):
        position -= 1
        name_words += 1
    if name_words and position > start and doc[position].text == ",":
        position -= 1  # "av ordföranden, Anna Berg, som": the apposition in commas
    title = mention_at(position, mentions) if name_words else None
    if title is None or title.genitive or title.last_token != position:
        return None
    return title


def _personal_name_word(token: Token, names: Container[str]) -> bool:
    """A capitalised word of a personal name: a proper noun, or a listed given name
    (configs/actors.yaml `given_names`) or a hyphenated pair of them (``Lars-Erik``) that
    the tagger read as a noun, adjective or preposition (``Per``, ``Eva``; round 52,
    bh-C2)."""
    if not token.text[:1].isupper():
        return False
    if token.pos_ == "PROPN":
        return True
    return not token.is_upper and all(part in names for part in token.lower_.split("-"))


def _determined_head(
    found: ActorMention, subordinator: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Den ledamot av styrelsen som är ansvarig för …``: a restrictive relative after an
    actor's prepositional attribute belongs to the noun that ``den``/``det``/``de``
    determines (round 42, bc-R1); ``en representant för nämnden som …`` keeps the nearest."""
    doc = subordinator.doc
    preposition = found.first_token - 1
    if found.last_token != subordinator.i - 1 or preposition < 2:
        return None
    if doc[preposition].lower_ not in GRAMMAR.attribute_prepositions:
        return None
    head = mention_at(preposition - 1, mentions)
    if head is None or head.genitive or head.last_token != preposition - 1:
        return None
    article = head.first_token - 1
    return head if article >= 0 and doc[article].lower_ in _ARTICLES else None


HAS_CUE_REACH = 4  # tokens between `har` and the noun of `har till uppgift att`


def _has_noun_infinitive_cue(finite: Token) -> bool:
    """``har (till|som) <noun> att``: `ha` with a noun that takes an ``att``-infinitive
    (configs/grammar.yaml `infinitive_complement_nouns`: ``har till syfte att``, ``har
    rätt att``) within `HAS_CUE_REACH` words in its own sentence, whose aim is that
    infinitive and whose actor is the subject itself."""
    if finite.lemma_ != "ha":
        return False
    doc = finite.doc
    end = min(finite.i + HAS_CUE_REACH, sentence_end(finite) - 1)
    return any(
        doc[i].lower_ in GRAMMAR.infinitive_complement_nouns and doc[i + 1].lower_ == "att"
        for i in range(finite.i + 1, end)
    )


def _before_postposition(subject: ActorMention, doc: Doc) -> bool:
    """The mention stands right before a postposition (configs/grammar.yaml
    ``postpositions``: ``styrelsen tillhanda``), whose complement it is."""
    after = subject.last_token + 1
    return after < len(doc) and doc[after].lower_ in GRAMMAR.postpositions


def _embedded_subject(
    mention: ActorMention, group: Group, mentions: Sequence[ActorMention]
) -> bool:
    """`_inside_other_phrase`, unless the mention opens a main clause conjoined after one
    that has its finite verb, right before its own finite verb (round 20, B5: ``Nämnden
    utgör styrelse för förbundet och varje kommun har ett råd``: ``varje kommun`` is the
    subject of ``har``, not a second object of ``för``)."""
    doc = group.finite.doc
    if mention.first_token == group.finite.i + 1 and group.finite.pos_ == "NOUN":
        return False  # "Från och med 2026-01-01 byter [NOUN] rådet …": inverted (ak P5)
    if mention.first_token > group.finite.i + 2:
        after = _past_adverbs(doc, group.finite.i + 1, sentence_end(group.finite), mentions)
        if mention is subject_after_inserted_phrase(group, after, mentions):
            return False  # "I år ska enligt stadgarna valberedningen lämna …" (gen57 A)
        end = sentence_end(group.finite)
        if mention is distributive_mention(doc, after, end, mentions) and not _in_som_clause(
            group.finite
        ):
            return False  # "I år leder var och en av ledamöterna …": inverted (w58a G)
    if mention.first_token == group.finite.i + 1 and inverted_main_conjunct(group.finite):
        return False  # "… i beredningen och därefter godkände styrelsen …" (r51, an-C5)
    start = conjunct_clause_start(group.finite)
    own_clause = (
        start is not None
        and not _clause_opened_before(doc, start, sentence_start(group.finite))
        and mention.last_token == group.finite.i - 1
        and _phrase_start(mention, doc) == start
        and (
            not any(  # "liknelse om hur X ser ut mellan A och B är …": inside that clause
                t.lower_ in GRAMMAR.subordinators and t.pos_ != "ADP"
                for t in doc[sentence_start(group.finite) : start]
            )
            or adversative_after_relative(group, start)
        )
    )
    return not own_clause and _inside_other_phrase(mention, mentions, doc)


def _in_som_clause(finite: Token) -> bool:
    """A ``som`` stands between the finite verb and the start of its clause (the sentence's,
    or a main clause's after ``, och``/``;``): a relative clause, whose verb has no V2
    inversion (``kontrollen som, enligt avtalet, annars åvilar var och en av medlemmarna``:
    the distributive phrase is the object, §5.2 B7). Only a relative ``som`` counts: a
    fronted capacity phrase (``Som ordförande leder var och en …``) keeps the inversion."""
    doc, start = finite.doc, sentence_start(finite)
    for position in range(finite.i - 1, start - 1, -1):
        word = doc[position]
        if word.lower_ == "som" and _relative_som(word, start):
            return True
        if word.text == ";" or (
            word.lower_ in GRAMMAR.clause_coordinators
            and position > start
            and doc[position - 1].text == ","
        ):
            return False
    return False


def _relative_som(som: Token, start: int) -> bool:
    """A relative ``som``: tagged one, or right after the noun, name or pronoun it takes
    (never the first word of its sentence)."""
    if som.i <= start:
        return False
    return "Rel" in som.morph.get("PronType") or som.doc[som.i - 1].pos_ in {
        "NOUN",
        "PROPN",
        "PRON",
    }


def _clause_opened_before(doc: Doc, start: int, first: int) -> bool:
    """Round 57 (analysis57-cp C5): ``…, och ett tjugotal handläggare i regional förvaltning
    och kommunala förbund bereder …``: a comma and a clause coordinator with no finite verb
    between them and the coordinator before `start` already opened the conjoined clause; the
    later coordinator joins the noun phrases of its subject's prepositional attribute."""
    for position in range(start - 2, first, -1):
        token = doc[position]
        if _tagged_finite_verb(token):
            return False
        if token.lower_ in GRAMMAR.clause_coordinators and doc[position - 1].text == ",":
            return True
    return False


def adversative_after_relative(group: Group, start: int) -> bool:
    """``… på det sätt som stämman beslutar men kassören kan välja att …`` (round 51, bo-F):
    after a clause whose only subordinator is a ``som`` of a relative, ``men`` + an own
    subject + a modal whose infinitive has words of its own after it opens a main clause; a
    bare infinitive before the stop may share the relative's object (``ärenden som nämnden
    ska bereda men styrelsen ska avgöra``) and stays in that clause."""
    doc, finite = group.finite.doc, group.finite
    if doc[start - 1].lower_ != "men" or not is_modal(finite) or not group.verbs:
        return False
    after = group.verbs[-1].i + 1
    if after >= sentence_end(finite) or doc[after].is_punct:
        return False
    subordinators = [
        t for t in doc[sentence_start(finite) : start]
        if t.lower_ in GRAMMAR.subordinators and t.pos_ != "ADP"
    ]
    return all(t.lower_ == "som" for t in subordinators)


def _cell_noun_subject(finite: Token, mentions: Sequence[ActorMention]) -> bool:
    """``Ekonomichef Vidaredelegation är ej tillåten``: a flattened table row whose delegate
    cell runs into its note sentence with no stop between. The V2 subject stands right before
    the finite verb (past adverbs): a capitalised common noun there, inside the sentence, no
    actor itself, right after an actor mention's last word is a new noun phrase opening the
    note, the subject; the actor before it is the cell, no subject (round 45, bj-C4). A name
    in apposition (``Ordföranden Anna Ek är``) is a proper noun by tag and class, and stays out."""
    doc = finite.doc
    position = finite.i - 1
    start = sentence_start(finite)
    while position > start and doc[position].pos_ == "ADV":
        position -= 1
    noun = doc[position]
    if position <= start or not noun.is_alpha or mention_at(position, mentions) is not None:
        return False
    if _cell_opening_phrase(doc, position, start, mentions):
        return True
    common = noun.pos_ == "NOUN" or noun.tag_.startswith("NN")  # tag or class: either errs
    if not common or not noun.text[:1].isupper():
        return False
    cell = mention_at(position - 1, mentions)
    return cell is not None and cell.last_token == position - 1 and not cell.genitive


_CELL_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})  # the tagger reads a
# capitalised cell's first noun as a name (``Avslag [PROPN]``)
_CELL_PHRASE_WORDS = 4


def _cell_opening_phrase(doc: Doc, noun: int, start: int, mentions: Sequence[ActorMention]) -> bool:
    """``… | Förvaltningschef | | Avslag ska motiveras skriftligt``, ``| Beslutet ska anmälas``
    (round 48, nu48 fault 4): a noun phrase that opens a table cell (right after a ``|``)
    before the finite verb is the note's own subject, no actor; the delegate cell before it
    is none (a passive has the implicit actor, a copula states nothing)."""
    position = noun
    if doc[noun].pos_ not in {"NOUN", "PROPN"}:
        return False
    while position > start and noun - position < _CELL_PHRASE_WORDS:
        if mention_at(position, mentions) is not None or doc[position].pos_ not in _CELL_PHRASE_POS:
            return False
        if doc[position - 1].text == "|":
            return True
        position -= 1
    return False


def _opens_cell(finite: Token) -> bool:
    """``4.1 | Bidrag | EC | | Ska redovisas till KS``: the finite verb (past adverbs) opens a
    table cell, right after a ``|``. A passive there has no actor subject: the delegate cell
    before it names who decides the row's matter, not what the note's verb says is done
    (round 46, nu46; an active verb keeps a role cell's subject: ``Ordförande | Leder …``)."""
    doc = finite.doc
    position = finite.i - 1
    start = sentence_start(finite)
    while position > start and doc[position].pos_ == "ADV":
        position -= 1
    return position >= start and doc[position].text == "|"


def _unclosed_naming_apposition(mention: ActorMention, group: Group) -> bool:
    """The mention, not first in its sentence, is named by an apposition (``, nedan kallat
    bolaget``: configs/grammar.yaml `definition_adverbs`, `naming_participles`) that no comma
    closes before the finite verb: the mention is inside the matrix clause (an object), and
    the verb after the apposition is the matrix subject's (``Detta avtal avser Ekby Vatten
    AB, nedan kallat bolaget är godkänt av …``; round 17, cause B6)."""
    doc = group.finite.doc
    first = sentence_start(group.finite)
    comma = mention.last_token + 1
    if mention.first_token <= first or comma + 3 >= group.finite.i or doc[comma].text != ",":
        return False
    adverb, participle = doc[comma + 1], doc[comma + 2]
    return (
        adverb.lower_ in GRAMMAR.definition_adverbs
        and participle.lower_ in GRAMMAR.naming_participles
        and not any(t.text in {",", ")"} for t in doc[comma + 3 : group.finite.i])
    )


def _in_v1_condition(mention: ActorMention, group: Group) -> bool:
    """The mention stands in the verb-first conditional clause that opens the sentence
    (``Försätts stiftelsen i konkurs ska …``) and the group belongs to the main clause after
    it: the conditional's subject is never the main clause's (analysis-15 cause 5)."""
    doc = group.finite.doc
    end = v1_condition_end(doc[sentence_start(group.finite)])
    return end is not None and mention.last_token < end <= group.finite.i


def _after_recipient_preposition(mention: ActorMention, doc: Doc) -> bool:
    """A recipient preposition (`recipient_prepositions`) opens the mention's noun phrase:
    the mention is a prepositional object, never a passive's subject (round 17, B2)."""
    start = _phrase_start(mention, doc)
    return start > sentence_start(doc[start]) and doc[start - 1].lower_ in (
        GRAMMAR.recipient_prepositions
    )


def _recipient(mention: ActorMention, group: Group) -> bool:
    """``Årsredovisningen överlämnas revisorerna i mars``, ``Kallelsen tillställs
    ledamöterna``: when a definite or bare noun phrase opens the clause, it is the subject of
    the s-passive (V2), and a noun phrase after the verb is its indirect object, the recipient,
    not the subject; only an ``av``-phrase names an agent. An indefinite noun phrase with a
    determiner or adjective there is a time adverbial when its noun is one of time
    (``Varje år väljs en ordförande``, ``Nästa år utses revisorerna``, `time_nouns`): the
    subject follows the verb; otherwise it is the subject (``Varje nytt yttrande sänds
    styrelsen``)."""
    finite = group.finite
    prefield = finite.doc[sentence_start(finite) : finite.i]
    if mention.first_token <= finite.i or len(prefield) == 0:
        return False
    if prefield[-1].pos_ not in {"NOUN", "PROPN"}:
        return False
    if len(prefield) == 1 and prefield[0].lower_ in GRAMMAR.pronominal_adverbs:
        return False  # "Härefter [NOUN] väljs revisorer": a fronted adverb, no subject
    if not all(t.pos_ in NP_MODIFIER_POS | {"NOUN", "PROPN"} for t in prefield):
        return False
    bare = all(t.pos_ in {"NOUN", "PROPN"} for t in prefield)
    definite = any(
        "Def" in morph_values(t, "Definite") or "Gen" in morph_values(t, "Case") for t in prefield
    )
    return bare or definite or not is_time_noun(prefield[-1])


def _extent_noun(token: Token) -> bool:
    """A noun of extent or manner (`extent_nouns`: ``till viss del``, ``i huvudsak``)."""
    lemma = token.lemma_.lower() or token.lower_
    return lemma in GRAMMAR.extent_nouns or token.lower_ in GRAMMAR.extent_nouns


def _inside_other_phrase(mention: ActorMention, mentions: Sequence[ActorMention], doc: Doc) -> bool:
    """A subject is never the object of a preposition (``I kommunen finns …``, ``Under
    fullmäktige och styrelsen finns …``: the first conjunct tells), nor the complement of a
    noun head (``Antalet ersättare kan …``), whatever the parser labelled it."""
    start = _past_partitive(_phrase_start(mention, doc), doc)
    while start > 1 and _joint(doc, start - 1, start) is not None:
        if _splice_comma(start - 1, mentions, doc):
            break
        conjunct = mention_at(start - 2, mentions)
        if conjunct is None:
            break
        start = _phrase_start(conjunct, doc)
    # never past the sentence's start: a running header's title before a page's first
    # sentence ("Reglemente för kulturnämnden Nämnden ansvarar …") is no head of the subject
    first = sentence_start(doc[mention.first_token])
    if start > first + 1 and "Gen" in morph_values(doc[start - 1], "Case"):
        # "I förbundets ledningsgrupp ska ingå …": the owner's genitive opens the phrase that
        # a fronted preposition governs, before a presentational verb (round 33, B1)
        owner = _past_partitive(_phrase_start_from(start - 1, doc), doc)
        if owner == first + 1 and doc[first].pos_ == "ADP" and _presentational_after(start, doc):
            return True
    return start > first and (
        doc[start - 1].pos_ == "ADP"
        or _noun_head(doc[start - 1])
        or _indefinite_quantity_head(doc, start - 1)
    )


def _indefinite_quantity_head(doc: Doc, position: int) -> bool:
    """``Ett (mindre) antal ledamöter är …``, ``Ett flertal bolag ska …`` (round 58,
    analysis58-cs C4; §5.3 round 4): an indefinite quantity noun (grammar `quantity_nouns`)
    after ``en``/``ett`` and its adjectives heads the noun it counts, whatever the parser
    hung on what; not before a presentational verb (``finns ett antal nämnder``)."""
    word = doc[position]
    if word.lower_ not in GRAMMAR.quantity_nouns or "Def" in morph_values(word, "Definite"):
        return False
    before = position - 1
    while before >= 0 and doc[before].pos_ == "ADJ":
        before -= 1
    if before < 0 or doc[before].lower_ not in {"en", "ett"}:
        return False
    return not _presentational_after(position, doc)


def _presentational_after(position: int, doc: Doc) -> bool:
    """The first main verb after `position` in its sentence is presentational (past modals):
    ``I förbundets ledningsgrupp ska ingå …`` (round 33, B1)."""
    for token in doc[position : sentence_end(doc[position])]:
        if token.pos_ in {"VERB", "AUX"} and not is_modal(token):
            words = {token.lemma_.lower(), token.lower_}
            return bool(words & set(GRAMMAR.presentational_verbs))
    return False


def partitive_quantity(token: Token) -> bool:
    """``hälften``, ``tredjedelar``, ``två``, ``någon``: a word that picks a share of the
    group a partitive ``av`` names (configs/grammar.yaml `partitive_quantities`,
    `partitive_pronouns`, a numeral). A listed word is one even as a superlative (``de
    flesta av …``, review 53b M1)."""
    if token.lower_ in GRAMMAR.partitive_quantities:
        return True
    lemma = token.lemma_.lower()
    if "Ord" in morph_values(token, "NumType") or "Sup" in morph_values(token, "Degree"):
        return False  # "den äldste av dem", "den förste av ledamöterna": one picked, no share
    return (
        token.pos_ == "NUM"
        or token.lower_ in GRAMMAR.partitive_pronouns
        or lemma in GRAMMAR.partitive_quantities
    )


def _past_partitive(start: int, doc: Doc) -> int:
    """The start of a partitive quantity phrase whose ``av`` governs the noun phrase at
    `start` (``Minst hälften av medlemmarna``, ``en tredjedel av ledamöterna``): the group
    the quantity picks from is what the clause is about (round 16), so the phrase counts as
    the actor's; else `start`. A genitive owner may stand between (``Merparten av
    kommunens anställda``: round 53, analysis 53-cb P8)."""
    owned = start
    if start > 1 and _genitive_before(doc[start - 1]):
        start = _phrase_start_of(doc[start - 1])
    if start > 1 and doc[start - 1].lower_ == "av" and partitive_quantity(doc[start - 2]):
        quantity = _phrase_start_from(start - 2, doc)
        verbs = [t for t in doc[sentence_start(doc[quantity]) : quantity] if is_finite(t)]
        if not verbs or is_modal(verbs[-1]) or verbs[-1].lower_ in GRAMMAR.perfect:
            return quantity
    start = owned
    # round 17 (B7): a quantity opens the subject before the clause's finite verb or right
    # after a modal ("Varje år ska en tredjedel av ledamöterna väljas"); after a main verb
    # ("som annars åvilar var och en av medlemmarna") it is the object
    return start


def _noun_head(token: Token) -> bool:
    """A definite common noun in the nominative right before an actor's phrase is the head
    the actor complements (``Antalet ledamöter``), not a possessor (``Nämndens``); an
    indefinite one is a quantity the actor heads (``finns ett antal nämnder``)."""
    return (
        token.pos_ == "NOUN"
        and "Def" in morph_values(token, "Definite")
        and "Gen" not in morph_values(token, "Case")
        and not token.lower_.endswith("s")
    )


def _presentational(group: Group) -> bool:
    verb = group.verbs[-1] if group.verbs else group.finite
    return verb.lemma_.lower() in GRAMMAR.presentational_verbs or (
        verb.lower_ in GRAMMAR.presentational_verbs
    )


def _expletive_subject(group: Group) -> bool:
    """``Det finns …``, ``… kan det finnas …``: the expletive ``det`` holds the subject
    place (right before the finite verb, opening the clause, or right after it)."""
    finite = group.finite
    doc = finite.doc
    sentence = finite.sent
    before = doc[finite.i - 1] if finite.i > sentence.start else None
    after = doc[finite.i + 1] if finite.i + 1 < sentence.end else None
    opens = before is not None and (
        before.i == sentence.start or doc[before.i - 1].text in CLAUSE_PUNCT
    )
    return (before is not None and opens and before.lower_ == "det") or (
        after is not None and after.lower_ == "det"
    )


def _subject_before_relative_insertion(
    group: Group, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Två revisorer, varav en ska vara auktoriserad, ska granska …``: a relative clause in
    commas (opened by a partitive relative adverb, `partitive_relatives`, or a relative
    pronoun, also after a preposition: ``, av vilka …,``) right before the finite verb is an
    insertion; the actor whose noun phrase opens the sentence before it is the subject (round
    40, ax cause 5). The parser often hangs the verb after it elsewhere."""
    finite = group.finite
    doc = finite.doc
    start = sentence_start(finite)
    if finite.i - 2 <= start or doc[finite.i - 1].text != ",":
        return _subject_before_unpunctuated_relative(finite, mentions)
    comma = next((i for i in range(finite.i - 2, start, -1) if doc[i].text == ","), None)
    if comma is None or not any(is_finite(t) for t in doc[comma + 1 : finite.i - 1]):
        return None
    opener = doc[comma + 1 : min(comma + 3, finite.i - 1)]
    if not any(
        t.lower_ in GRAMMAR.partitive_relatives or "Rel" in morph_values(t, "PronType")
        for t in opener
    ):
        return None
    mention = mention_at(comma - 1, mentions)
    if mention is None or mention.last_token != comma - 1 or _phrase_start(mention, doc) != start:
        return None
    return mention


def _subject_before_unpunctuated_relative(
    finite: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Delägare vars andel är 25 % eller mer utser …``: a threshold relative clause
    without commas right after the sentence's opening actor, its one finite verb before this one
    (`after_threshold_relative`): the opening actor is this verb's subject; the parser often
    makes it the relative's or hangs the verb on the relative's last noun (round 51, ax
    C2)."""
    relative = after_threshold_relative(finite)
    if relative is None:
        return None
    mention = mention_at(relative - 1, mentions)
    doc = finite.doc
    if mention is None or mention.last_token != relative - 1:
        return None
    return mention if _phrase_start(mention, doc) == sentence_start(finite) else None


def _partitive_share(group: Group) -> bool:
    """``Styrgruppen består av sju ledamöter, varav fyra är från näringslivet``: a copular
    clause opened by a partitive relative adverb (configs/grammar.yaml
    `partitive_relatives`) describes a share of the composition before it; no actor acts
    there, whatever its subject (round 34, B5)."""
    verb = group.verbs[-1] if group.verbs else group.finite
    if verb.lower_ not in GRAMMAR.copulas and verb.lemma_.lower() != "vara":
        return False
    doc = group.finite.doc
    for token in reversed(doc[sentence_start(group.finite) : group.finite.i]):
        if token.lower_ in GRAMMAR.partitive_relatives:
            return True
        if is_finite(token) or token.text in {";", ":"}:
            return False
    return False


def _fronted_subject(group: Group) -> bool:
    """``Två ska vara tjänstemän, de andra ska sitta i någon kommunal nämnd``: a subject the
    parser finds before the finite verb (no adverb, no pronominal adverb) holds the V2
    subject place, so a presentational verb has no late subject (round 34, B1); only after
    a fronted adverbial (``I styrelsen ingår …``, also where the parser makes the noun of
    ``I Ekby kommun finns …`` a subject) or the expletive ``det`` does one follow."""
    doc = group.finite.doc
    start = _past_label(doc, sentence_start(group.finite), group.finite.i)
    if doc[start].pos_ == "ADP":
        return False  # a fronted prepositional phrase: an adverbial
    prefield = doc[start : group.finite.i]
    return _subject_before(group) and not any(
        token.dep_ in {"nsubj", "nsubj:pass", "expl"}
        and (
            token.lower_ in GRAMMAR.pronominal_adverbs
            or token.lower_ == "det"
            or any(child.dep_ == "case" for child in token.children)
        )
        for token in prefield
    )


def _past_label(doc: Doc, start: int, end: int) -> int:
    """The first word after a label the clause text kept (``2 § I rådet ingår …``, ``3.``,
    ``–``): numbers, paragraph signs and punctuation open no prefield."""
    while start < end and (doc[start].pos_ in {"NUM", "PUNCT", "SYM"} or doc[start].text == "§"):
        start += 1
    return start


def _postponed_subject(group: Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``I kommunen finns fyra nämnder``, ``Inom nämnden ska finnas ett utskott``: the subject
    of a presentational verb after the verb chain (determiners, numerals, adjectives and
    adverbs between)."""
    doc = group.finite.doc
    position = (group.verbs[-1].i if group.verbs else group.finite.i) + 1
    end = sentence_end(group.finite)
    position = _past_prepositional_phrases(doc, position, end, mentions)
    while (
        position < end
        and (
            doc[position].pos_ in NP_MODIFIER_POS | {"ADV"}
            # a spelled numeral whatever its tag: "sitter sextiofem [VERB] ledamöter"
            or doc[position].lower_ in GRAMMAR.spelled_numerals
        )
        and mention_at(position, mentions) is None  # "en ledamot [ADV]": the noun, misread
    ):
        position += 1
    if position >= end:
        return None  # "I styrelsen ingår": the verb closes its sentence
    if mention_at(position, mentions) is None and doc[position].pos_ == "NOUN":
        if _definite_plural(doc[position]):
            return None  # "ingår funktionerna kansli och arkiv": bare nouns name its members
        position += 1  # a quantity noun: "finns ett antal nämnder", "ingår en grupp chefer"
    if position >= end:
        return None
    mention = mention_at(position, mentions)
    return None if mention is None or mention.genitive else mention


def _definite_plural(token: Token) -> bool:
    """A definite plural noun (``funktionerna``): a head, no quantity before its noun; bare
    nouns after it are its apposition (round 53, cb-P13)."""
    return "Def" in morph_values(token, "Definite") and "Plur" in morph_values(token, "Number")


def _name_after_classifier(
    mention: ActorMention, doc: Doc, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``ingår koncernen Ekby Vatten AB, Ekby Energi AB och …``: a singular classifier noun
    right before a name is the name's apposition head; the name (and its conjuncts) is the
    late subject (round 53, cc-G2)."""
    after = mention.last_token + 1
    if mention.plural or mention.first_token != mention.last_token or after >= len(doc):
        return None
    name = mention_at(after, mentions)
    if name is None or doc[mention.first_token].pos_ != "NOUN" or not doc[after].is_title:
        return None
    if name.genitive or mention.category in PERSON_CATEGORIES:
        return None  # ``fastställer direktören Verkets organisation``: an owner, a title
    return name if name.canonical != mention.canonical else None



def _body_after_descriptor(
    mention: ActorMention, finite: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Kommunens högsta beslutande organ, kommunfullmäktige, fastställer …``, ``Vårt
    verkställande organ, styrelsen, ska …``: a subject noun made definite by an owner's
    genitive or a possessive (past its attributes) and then an actor in commas right before
    the finite verb: the description comes first, the actor it describes in apposition is
    the subject, as with the apposition after it (``Direktionen, förbundets högsta
    beslutande organ``, docs/annotation.md §2.1; round 55, cj-C6). A series (``Kommunens
    ekonomichef, personalchefen, …``) has no verb after its second comma."""
    doc, after = finite.doc, mention.last_token + 1
    if after + 2 >= finite.i or doc[after].text != ",":
        return None
    body = mention_at(after + 1, mentions)
    if body is None or body.genitive or doc[body.last_token + 1].text != ",":
        return None
    if body.last_token + 2 != finite.i or body.canonical == mention.canonical:
        return None
    owner = mention.first_token - 1
    while owner > 0 and doc[owner].pos_ == "ADJ":
        owner -= 1
    if owner < sentence_start(finite):
        return None
    return body if _determining_owner(doc[owner]) else None


def _determining_owner(token: Token) -> bool:
    """A possessive pronoun (``vårt``, ``dess``) or a genitive in -s (``Kommunens``; also as
    the tagger's ``nmod:poss``) that makes the noun after it definite."""
    if token.pos_ in {"PRON", "DET"} and "Yes" in morph_values(token, "Poss"):
        return True
    genitive = "Gen" in morph_values(token, "Case") or token.dep_ == "nmod:poss"
    return genitive and token.lower_.endswith(("s", "x", "z"))


def _noun_modifier(token: Token, mentions: Sequence[ActorMention]) -> bool:
    """``i någon kommunal [NOUN amod] nämnd``: an adjective the tagger calls a noun is a
    modifier of the noun after it, not the phrase's head (round 34, B1)."""
    return token.pos_ == "NOUN" and token.dep_ == "amod" and mention_at(token.i, mentions) is None


def _preposition(token: Token, mentions: Sequence[ActorMention]) -> bool:
    """A word tagged a preposition that opens no actor mention (``vice [ADP] ordföranden``
    is a title, round 35, K1), nor a spelled numeral (``ingår fyrtiotvå [ADP] ledamöter``)."""
    return (
        token.pos_ == "ADP"
        and mention_at(token.i, mentions) is None
        and token.lower_ not in GRAMMAR.spelled_numerals
    )


def _past_prepositional_phrases(
    doc: Doc, position: int, end: int, mentions: Sequence[ActorMention]
) -> int:
    """``I gruppen ingår utöver kommundirektören även …``, ``Till presidiet hör vid sidan av
    ordföranden även …``: prepositional phrases (adverbs before them) between a
    presentational verb and its late subject; the first word after them."""
    start = position
    while position < end and doc[position].pos_ == "ADV":
        position += 1
    if position >= end or not _preposition(doc[position], mentions):
        return start
    while position < end and _preposition(doc[position], mentions):
        position += 1
        while position < end and (
            doc[position].pos_ in NP_MODIFIER_POS or _noun_modifier(doc[position], mentions)
        ):
            position += 1
        mention = mention_at(position, mentions) if position < end else None
        if mention is not None:
            position = mention.last_token + 1
        elif position < end and doc[position].pos_ in {"NOUN", "PROPN"}:
            position += 1
        else:
            return start
    return position
