"""Coordinated verbs: the conjuncts of a governed verb (``leda och samordna``, ``ska ansvara
för arbetet, förbereda ärenden som ska beslutas av fullmäktige och genomföra beslut``).

The parser's ``conj`` links decide first; Swedish clause structure fills in where the parser
misses: a conjunct after och/samt/eller or a comma, past adverbs and a prepositional phrase,
past a subordinate clause inside the previous conjunct, in the chain's form and voice.
Spelling only adds a verb the tagger missed (an infinitive in -a, a present read as a noun).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline import patterns
from pipeline.language.grammar import GRAMMAR
from pipeline.language.spelling import lexicon_lemma, present_lemma
from pipeline.nlp.memo import (
    answers,
    doc_arrays,
    doc_memoised,
    morph_values,
    sentence_end,
    sentence_start,
)
from pipeline.nlp.verb_fallbacks import (
    after_example_som,
    after_threshold_relative,
    noun_tagged_present,
)
from pipeline.nlp.verb_forms import (
    VERB_POS,
    is_modal,
    lexicon_infinitive,
    past_adverbs_and_negations,
    verb_not_noun_base_form,
)
from pipeline.nlp.verbs import (
    could_be_infinitive,
    is_adverb,
    is_finite,
    is_infinitive,
    is_passive,
    is_verb,
    present_by_spelling,
    slot_infinitive,
    tense_of,
)

if TYPE_CHECKING:
    from pipeline.nlp.actors import ActorMention

PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "CCONJ"})
MAX_ADVERBIAL_TOKENS = 8  # adverbs and a prepositional phrase before a conjunct
MAX_PHRASE_TOKENS = 14  # a fronted prepositional phrase holding a list of nouns
MAX_STRANDED_ADVERBS = 2  # adverbs between a coordinator and a stranded-preposition conjunct
CLAUSE_END = frozenset({".", ";", ":", "(", "men"})
SPLICED_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
MAX_SPLICED_SUBJECT_TOKENS = 4  # the subject noun phrase of a comma-spliced main clause


def _chain_tense(token: Token) -> str:
    """The form of a chain's verb: the tagger's, or an infinitive where a word the tagger read
    as an adjective stands in an infinitive's place (``för att upprätta [ADJ] förslag till
    budget samt följa upp utfallet``: the chain is one of infinitives); so does any word
    right after the infinitive marker ``att`` (``har till uppgift att utse [NOUN], leda och
    …``: round 43, probe43-5), not after the subordinator (``anser att ledamöterna …``)."""
    tense = tense_of(token)
    if tense == "inf" or is_verb(token):
        return tense
    marker = token.doc[token.i - 1] if token.i > 0 else None
    after_marker = marker is not None and marker.lower_ == "att" and marker.pos_ == "PART"
    if token.pos_ != "ADJ" and not after_marker:
        return tense
    return "inf" if could_be_infinitive(token) else tense


def _infinitive_conjunct(token: Token, infinitive: Token) -> bool:
    """Right after ``och`` + an infinitive: an infinitive by spelling, or a word in -a the
    parser joins to it as a conjunct, even tagged as a participle (``leda och samordna``)."""
    joined = token.dep_ == "conj" and token.head.i == infinitive.i
    return (
        could_be_infinitive(token)
        or (joined and slot_infinitive(token))
        or _infinitive_read_as_other_form(token)
    )


def _infinitive_read_as_other_form(token: Token) -> bool:
    """``planera, leda och samordna [past or participle]``: no past tense ends in -a (weak
    ones end in -de/-te, strong ones in a consonant), and a participle in -a is a plural the
    lexicon lists as an inflected form (``givna``); a word in -a that the lexicon knows only
    as a base form is the infinitive, whatever form the tagger gave it."""
    return tense_of(token) in {"past", "part"} and lexicon_infinitive(token.lower_)


def _own_clause(verb: Token) -> bool:
    """A verb with its own modal, auxiliary or subordinator heads a clause of its own
    (``fastställa hur direktören ska leda …``): no conjunct of another verb."""
    return any(
        c.dep_ in {"aux", "aux:pass", "mark"} or c.lower_ in GRAMMAR.subordinators
        for c in verb.children
        if c.i < verb.i
    )


_SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})


def subject_relative_main_conjunct(finite: Token, relative_verb: Token) -> bool:
    """``beslut som rör kommunen och förvaltningen verkställer dem``: the parser's conjunct
    of a relative verb whose ``som`` is its subject opens a main clause when a nominal
    subject of its own (the parse's, or the noun, name or pronoun right before it) stands
    between the coordinator and it, and it has a complement (an object gap keeps it in
    the relative); ``ärenden som nämnden bereder och styrelsen avgör`` (``som`` the
    object) stays one relative clause (round 54, cg-L1)."""
    doc = finite.doc
    if not _has_complement(finite) or not _som_is_subject(relative_verb):
        return False
    joint = next(
        (i for i in range(finite.i - 1, relative_verb.i, -1)
         if doc[i].lower_ in GRAMMAR.coordinators),
        None,
    )
    if joint is None or joint == finite.i - 1:
        return False
    between = doc[joint + 1 : finite.i]
    if any(is_finite(t) or t.lower_ == "som" for t in between):
        return False
    own = any(c.dep_.startswith("nsubj") and joint < c.i < finite.i for c in finite.children)
    return own or doc[finite.i - 1].pos_ in _SUBJECT_POS


def main_clause_after_relative(finite: Token) -> bool:
    """`subject_relative_main_conjunct` on the parser's conjunct, or, where the parser hung
    the verb elsewhere (``och de anställda arbetar efter dem`` as parataxis), on the
    nearest finite verb before the coordinator."""
    if finite.dep_ == "conj":
        return subject_relative_main_conjunct(finite, finite.head)
    doc, start = finite.doc, sentence_start(finite)
    joint = next(
        (i for i in range(finite.i - 1, start, -1) if doc[i].lower_ in GRAMMAR.coordinators),
        None,
    )
    if joint is None:
        return False
    before = next((doc[i] for i in range(joint - 1, start, -1) if is_finite(doc[i])), None)
    return before is not None and subject_relative_main_conjunct(finite, before)


def _som_is_subject(relative_verb: Token) -> bool:
    """The nearest ``som`` before a relative verb is its subject (nothing nominal between)
    and the relative clause stands after the main clause's finite verb (on its object, not
    on the subject: ``De ärenden som rör X och Y ska beredas``)."""
    doc, start = relative_verb.doc, sentence_start(relative_verb)
    for position in range(relative_verb.i - 1, start - 1, -1):
        token = doc[position]
        if token.lower_ == "som":
            return any(is_finite(doc[i]) for i in range(start, position))
        if token.pos_ in _SUBJECT_POS or token.text in {",", ";", ":"}:
            return False
    return False


def _has_complement(verb: Token) -> bool:
    """A dependent after the verb, its clause not ending in a stranded preposition."""
    doc, end = verb.doc, verb.i + 1
    while end < sentence_end(verb) and doc[end].text not in {",", ".", ";", ":"}:
        end += 1
    after = [c for c in verb.children if c.i > verb.i and c.pos_ != "PUNCT"]
    return bool(after) and doc[end - 1].pos_ != "ADP"


def passive_main_conjunct(finite: Token) -> bool:
    """``Extra möte ska hållas när revisorerna begär det och kallas av styrelsen``: an
    s-passive right after a coordinator, with no subject of its own, that the parser conjoins
    to a passive of the main clause before a subordinate clause (a subordinator other than
    ``att`` between) continues the main clause, not the subordinate one (round 51, analysis
    51-bq D)."""
    first = finite.head
    if not is_passive(finite) or finite.dep_ != "conj" or first.i >= finite.i:
        return False
    if not is_passive(first):
        return False
    doc = finite.doc
    if doc[finite.i - 1].lower_ not in GRAMMAR.coordinators:
        return False
    if any(child.dep_.startswith("nsubj") for child in finite.children):
        return False
    return any(
        t.lower_ in GRAMMAR.subordinators and t.lower_ not in {"att", "som"}
        for t in doc[first.i + 1 : finite.i]
    )


def distributive_phrase_end(doc: Doc, position: int, end: int) -> int | None:
    """The index past a distributive partitive opener at `position` (gen57 B): a
    `distributive_determiners` phrase that ends in ``av`` (``var och en av``), or a one-word
    one with ``av`` after it (``vardera av``, ``båda av``); None where none stands there."""
    if position >= end or doc[position].lower_ not in GRAMMAR.distributive_first_words:
        return None  # the first word first (perf57b)
    for opener in GRAMMAR.distributive_determiners:
        stop = position + len(opener)
        if stop >= end or tuple(t.lower_ for t in doc[position:stop]) != opener:
            continue
        if opener[-1] == "av":
            return stop
        if len(opener) == 1 and doc[stop].lower_ == "av":
            return stop + 1
    return None


def inverted_main_conjunct(token: Token) -> bool:
    """``Nämnden består av fem ledamöter och i nämnden ingår även två ersättare``, ``Rektor
    leder arbetet men i ledningsrådet sitter även prorektor``: a finite verb (no modal) after
    a coordinator and a fronted adverbial (a prepositional phrase or adverbs, no noun phrase
    of its own first) is in second place of a main clause of its own (V2), no conjunct that
    shares the subject before: a presentational verb (configs/grammar.yaml
    `presentational_verbs`) after a prepositional phrase always, its late subject after it
    (docs/annotation.md §5.2),
    another verb where an actor mention (docs/annotation.md §2) in the definite, a name or a
    bare singular follows it (past adverbs and a negation), its inverted subject (``och vid
    behov kallar ordföranden …``; round 35, K2); a thing or an indefinite plural there may
    be the object of a loosely joined verb phrase (``och även fastställer budgeten``)."""
    doc = token.doc
    start = sentence_start(token)
    if token.i - 2 < start or not is_finite(token) or is_modal(token):
        return False
    position = token.i - 1
    while position > start and doc[position].lower_ not in GRAMMAR.coordinators:
        word = doc[position]
        # "och bland dem väljer stämman …": a pronoun as the preposition's complement (round
        # 40, analyst ay C8)
        pronoun = word.pos_ == "PRON" and doc[position - 1].pos_ == "ADP"
        listed = _listed_v2_adverb(word)
        if (word.pos_ not in PHRASE_POS - {"CCONJ"} and not pronoun and not listed) or (
            is_verb(word) and not listed
        ):
            return False
        position -= 1
    first = position + 1
    if doc[position].lower_ not in GRAMMAR.coordinators or first == token.i:
        return False
    opener = doc[first]
    if opener.pos_ != "ADP" and not _adverbial(opener) and not _listed_v2_adverb(opener):
        return False  # "och varje kommun har …": a subject opens that clause
    presentational = {token.lemma_.lower(), token.lower_} & set(GRAMMAR.presentational_verbs)
    if presentational and doc[first].pos_ == "ADP":
        return True  # after adverbs only: "och även sitter i styrelsen" may be loosely joined
    actors = (doc._.actors if Doc.has_extension("actors") else None) or []
    after = past_adverbs_and_negations(doc, token.i + 1, len(doc))
    if any(m.first_token == token.i + 1 for m in actors):
        after = token.i + 1  # "ansvarar kommundirektör [ADV] Ola Ek för …" (w58a E/H)
    if after >= len(doc):
        return False
    subject = doc[after]
    mention = next((m for m in actors if m.first_token == after), None)
    if mention is None and subject.lower_ in GRAMMAR.distributive_first_words:
        # "…, och sedan 2026 leder var och en av ledamöterna …" (w58a G): the group picked from
        return _distributive_group(doc, after, sentence_end(token), actors)
    if mention is None:
        # "… och därför behöver vi fler": an inverted subject pronoun (round 57, 57b-co R2)
        return inverted_pronoun_subject(subject)
    if mention.genitive:
        return False
    definite = "Def" in morph_values(subject, "Definite")
    return subject.pos_ == "PROPN" or definite or not mention.plural


def _distributive_group(
    doc: Doc, position: int, end: int, actors: Sequence[ActorMention]
) -> bool:
    """A distributive partitive phrase at `position` (``var och en av``, ``envar av``) picks
    from an actor mention (past determiners, numerals and adjectives) that no genitive is."""
    start = distributive_phrase_end(doc, position, end)
    while start is not None and start < end and doc[start].pos_ in {"DET", "NUM", "ADJ"}:
        start += 1
    mention = next((m for m in actors if m.first_token == start), None)
    return mention is not None and not mention.genitive


def _listed_v2_adverb(word: Token) -> bool:
    """A closed-class adverb that opens a V2 clause whatever its tag (``då`` SCONJ,
    ``därför`` NOUN): `adverb_subordinators`, `misread_adverbs`, `pronominal_adverbs`."""
    lower = word.lower_
    return (
        lower in GRAMMAR.adverb_subordinators
        or lower in GRAMMAR.misread_adverbs
        or lower in GRAMMAR.pronominal_adverbs
    )


def inverted_pronoun_subject(token: Token) -> bool:
    """A subject pronoun (`subject_pronouns`) after a V2 finite verb is its subject; not
    ``de`` (`definite_articles`) before a noun, adjectives between (``fullgör de övriga
    uppgifterna``: a determiner)."""
    if token.lower_ not in GRAMMAR.subject_pronouns:
        return False
    if token.lower_ not in GRAMMAR.definite_articles:
        return True
    doc, position, end = token.doc, token.i + 1, sentence_end(token)
    while position < end and doc[position].pos_ == "ADJ":
        position += 1
    return not (position < end and doc[position].pos_ in {"NOUN", "PROPN"})


def _main_infinitive_conjunct(token: Token, first: Token) -> bool:
    """``ska leda arbetet och ha uppsikt``, ``… och vara chef``: an infinitive ``ha``/``vara``
    after ``och`` in a chain of infinitives (from `first`) is their conjunct, a main verb, unless a
    supine follows it (``ha beslutat``: a perfect of its own)."""
    if _chain_tense(first) != "inf" or tense_of(token) != "inf" or not is_verb(token):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or tense_of(following) != "sup" or not is_verb(following)


def adverbial_landing(token: Token, limit: int) -> Token | None:
    """The tagged verb after adverbs and one prepositional phrase that open a conjunct, or
    None where anything else comes first (a subject, a subordinator, punctuation)."""
    doc = token.doc
    position = token.i
    seen_preposition = False
    while position < limit and position < token.i + _adverbial_room(seen_preposition):
        word = doc[position]
        if seen_preposition and doc[position - 1].pos_ == "ADP" and word.pos_ in {"AUX", "VERB"}:
            position += 1  # "och genom köp [AUX] utöka": the preposition's noun (round 38)
            continue
        dated = _date_end(doc, position, limit)
        if dated is not None:
            position, seen_preposition = dated, True  # "samt den 1 mars lämna" (gen56 B)
            continue
        if is_verb(word):
            nominal = _nominal_conjunct(word) and not (seen_preposition and is_infinitive(word))
            return None if nominal else word  # a phrase's noun list misleads the parser
        if seen_preposition and (
            _lexicon_infinitive_token(word)
            or _base_form_read_as(word)
            or _base_form_after_phrase(word)
        ):
            return word  # "samt hos A lämna [ADJ]": an infinitive the tagger missed
        if word.pos_ == "ADP":
            seen_preposition = True
        elif word.text == "," and seen_preposition:
            pass  # "samt hos A, B och C lämna": a list of nouns inside the phrase
        elif not _adverbial(word) and not (seen_preposition and _in_phrase(word)):
            return None
        position += 1
    return None


def _date_end(doc: Doc, position: int, limit: int) -> int | None:
    """A bare date from `position` (``den 15 mars``, ``den 15:e mars 2026``, ``15 mars``): an
    optional ``den``, a day number, a month (configs/layout.yaml `month_names`) and an
    optional year; a time adverbial whatever the parser makes of it (it hangs the month as a
    conjunct or subject and the infinitive after it as its attribute: gen56 B). The index
    after it, or None."""
    if position < limit and doc[position].lower_ == "den":
        position += 1
    if position + 1 >= limit or not _day_number(doc[position]):
        return None
    if doc[position + 1].lower_ not in patterns.MONTH_NAMES:
        return None
    position += 2
    return position + 1 if position < limit and doc[position].like_num else position


def _day_number(token: Token) -> bool:
    """A day of the month: a number, or one with its ordinal ending (``15:e``, ``1:a``)."""
    return token.like_num or token.lower_.rstrip("ae").rstrip(":").isdigit()


def _base_form_read_as(word: Token) -> bool:
    """``samt för de äldre ordna [participle] aktiviteter``: a word in -a that the lexicon
    knows only as a verb's base form, tagged as a participle, is the infinitive (a participle
    in -a is a plural the lexicon lists as an inflected form: ``givna``). Not an adjective
    (``i nära samverkan``: ``nära`` is also a verb's base form)."""
    return word.pos_ == "VERB" and lexicon_infinitive(word.lower_)


def _in_phrase(word: Token) -> bool:
    """A word of a prepositional phrase's noun phrase: nouns, determiners, adjectives and
    coordinators, and a personal or possessive pronoun (``inför styrelsen och dess utskott``,
    ``i samråd med dem``), not a relative one (``hos dem som …``: a clause opens)."""
    if word.pos_ == "PRON":
        return word.lower_ not in GRAMMAR.subordinators
    return word.pos_ in PHRASE_POS


def _base_form_after_phrase(word: Token) -> bool:
    """``samt för kommunens räkning och i samråd med nämnden teckna [participle ADJ] avtal``:
    right after a prepositional phrase's noun, a word in -a that the lexicon knows only as a
    verb's base form is the conjunct's infinitive; inside the phrase, between its preposition
    and its noun, it is an adjective (``i nära samverkan``)."""
    previous = word.doc[word.i - 1]
    return (
        word.pos_ in {"ADJ", "VERB"}
        and previous.pos_ in {"NOUN", "PROPN", "PRON"}
        and word.lower_.endswith("a")
        and lexicon_infinitive(word.lower_)
    )


def _adverbial_room(seen_preposition: bool) -> int:
    """Adverbs alone are short; a fronted prepositional phrase may hold a list of nouns."""
    return MAX_PHRASE_TOKENS if seen_preposition else MAX_ADVERBIAL_TOKENS


def _adverbial(token: Token) -> bool:
    """An adverb, or a present participle used as one (``fortlöpande``, ``löpande``)."""
    return token.pos_ == "ADV" or token.tag_.startswith("PC|PRS")


def _same_voice(token: Token, other: Token) -> bool:
    return is_passive(token) == is_passive(other)


def _nominal_conjunct(token: Token) -> bool:
    """The parser conjoins it with a noun or adjective (``experter samt förtroendevalda``,
    ``regionövergripande och koncerngemensamma``): part of a noun phrase, whatever its tag.
    Not a conjunct of a copula's predicative (``är ordförande i X samt företräda Y``): in UD
    the predicative heads its clause, so its conjunct is a clause's."""
    head = token.head
    predicative = any(c.dep_ == "cop" for c in head.children)
    return (
        token.dep_ == "conj"
        and head.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"}
        and not (predicative and is_verb(token))
    )


def _tagged_infinitive(token: Token) -> bool:
    """The tagger's infinitive, even where the parser made it an attribute (``, förbereda
    ärenden``): after a comma in a chain of infinitives no noun phrase starts with one."""
    return (
        is_infinitive(token)
        or token.tag_.startswith("VB|INF")
        or "Inf" in morph_values(token, "VerbForm")
    )


def _far_conjunct(
    candidate: Token, verb: Token, last: Token, *, past_nouns: bool, past_clause: bool
) -> bool:
    """Past a coordination of noun phrases (``riktlinjer och anvisningar samt vidta``) or a
    subordinate clause, a conjunct needs the parser's word or the tagger's: conjoined to the
    chain, or a verb in the chain's form and voice; and not conjoined to a noun or adjective."""
    if not (past_nouns or past_clause):
        return True
    if _finite_present_after_coordinator(candidate, verb, last):
        return True  # "har nio ledamöter och fem ersättare och sammanträder", "beslutar om
        # vilka nämnder som ska finnas och utser [NOUN] ledamöter"
    if _listed_infinitive_after_coordinator(candidate, verb):
        return True
    if past_clause and _closes_stranded_clause(candidate, verb):
        return True  # "stödja de föreningar som nämnden ansvarar för och bjuda in dem"
    if past_clause and _infinitive_after_question(candidate, verb):
        return True  # "får avgöra vilka av X som ska ordna Y, fördela [ADJ] Z" (round 37)
    # "ska leda X och är ordförande samt företräda [amod] kommunen": past a clause, the
    # tagger's infinitive in a chain of infinitives, whatever the parser attached it to
    if past_clause and _chain_tense(verb) == "inf" and _tagged_infinitive(candidate):
        return slot_infinitive(candidate) or not _nominal_conjunct(candidate)
    if past_nouns and _infinitive_after_repeated_marker(candidate, verb):
        return True  # "fastställa taxor och avgifter samt att regelbundet utvärdera dem"
    if past_nouns and _verb_infinitive_after_coordinator(candidate, verb):
        return True  # "granska förvaltningarnas och stiftelsernas rapporter och lämna förslag"
    # round 57 (57-cq C): past a relative clause too ("följa de projekt som pågår samt
    # värna [NOUN] om …")
    if _base_form_before_complement(candidate, verb):
        return True  # "planera gator och parker ur X och därvid samverka [NOUN] med Y"
    if _nominal_conjunct(candidate):
        return False
    parsed = candidate.dep_ == "conj" and candidate.head.i in {verb.i, last.i}
    return parsed or _chain_form(candidate, verb)


def _infinitive_after_repeated_marker(candidate: Token, verb: Token) -> bool:
    """In a chain of infinitives, ``och att`` / ``samt att`` (adverbs after it) repeats the
    chain's infinitive marker: a noun phrase never goes on with ``att``, so an infinitive
    there (tagged, or a base form the lexicon knows only as one) is the chain's next one,
    whatever the parser conjoined it to."""
    doc = candidate.doc
    position = candidate.i - 1
    while position > 0 and is_adverb(doc[position]):
        position -= 1
    if position < 1 or doc[position].lower_ != "att":
        return False
    if doc[position - 1].lower_ not in GRAMMAR.coordinators or _chain_tense(verb) != "inf":
        return False
    return not is_finite(candidate) and (
        _tagged_infinitive(candidate) or _lexicon_infinitive_token(candidate)
    )


def _verb_infinitive_after_coordinator(candidate: Token, verb: Token) -> bool:
    """In a chain of infinitives, a word the tagger reads as an infinitive verb (VERB, not a
    participle or adjective) right after och/samt/eller, with its own object or complement
    after it, is the chain's next infinitive, even where the parser hangs it on the noun
    before (a noun phrase of coordinated genitives: ``X:s och Y:s rapporter och lämna
    förslag``). A noun phrase's conjunct is no infinitive verb (analysis-8 cause 12)."""
    doc = candidate.doc
    previous = doc[candidate.i - 1] if candidate.i > 0 else candidate
    following = doc[candidate.i + 1] if candidate.i + 1 < len(doc) else None
    return (
        previous.lower_ in GRAMMAR.coordinators
        and _chain_tense(verb) == "inf"
        and candidate.pos_ == "VERB"
        and "Inf" in morph_values(candidate, "VerbForm")
        and slot_infinitive(candidate)
        and following is not None
        and not following.is_punct
    )


def _closes_stranded_clause(candidate: Token, verb: Token) -> bool:
    """``lyssna på dem vi arbetar för och få fler att …``, ``stödja de föreningar som nämnden
    ansvarar för och bjuda in dem``: a subordinate clause ending in a stranded preposition
    is closed by the coordinator after it; an infinitive there (after adverbs) cannot
    coordinate with that clause's finite verb, so it continues the chain of infinitives."""
    chain = _chain_tense(verb)
    if chain == "inf":
        if is_finite(candidate) or not slot_infinitive(candidate):
            return False
    elif not (is_finite(verb) and closes_stranded_clause(candidate)):
        return False
    doc = candidate.doc
    position = candidate.i - 1
    while position > verb.i and _adverb_like(doc[position]):
        position -= 1
    return (
        position > verb.i + 1
        and doc[position].lower_ in GRAMMAR.coordinators
        and doc[position - 1].pos_ == "ADP"
    )


def closes_stranded_clause(finite: Token) -> bool:
    """``… de frågor som styrelsen hänskjuter till och ansvarar för uppföljningen``: a finite
    verb (``har`` too) without a subject of its own right after the coordinator that follows
    a stranded preposition (a preposition with no complement ends the subordinate clause)
    continues the main clause, not that subordinate clause, when it has words of its own
    after it; a clause-final one shares the relative clause's gap (analysis-8 cause 11)."""
    doc = finite.doc
    position = finite.i - 1
    while position > 0 and _adverb_like(doc[position]):
        position -= 1
    if position < 2 or doc[position].lower_ not in GRAMMAR.coordinators:
        return False
    stranded = doc[position - 1].pos_ == "ADP"
    following = doc[finite.i + 1] if finite.i + 1 < len(doc) else None
    if following is None or following.is_punct or following.lower_ in GRAMMAR.coordinators:
        return False  # "som kommunen samarbetar med och finansierar.": the object is the gap
    finite_verb = is_finite(finite) or (finite.pos_ == "AUX" and finite.lower_ in GRAMMAR.perfect)
    own_subject = any(c.dep_.startswith("nsubj") for c in finite.children)
    if not (stranded and finite_verb and not is_modal(finite) and not own_subject):
        return False
    return not _subject_relative_particle(doc[position - 1])


def _subject_relative_particle(particle: Token) -> bool:
    """``en enhet som hör till och stöder fritidsnämnden``, ``som lyder under och driver X``:
    a particle or preposition right after the verb of a relative clause whose ``som`` is
    the subject (nothing but adverbs between) closes no clause with a gap: the verbs share
    ``som`` and the object after the second one, which stays in the relative clause (round
    37, aq-B5; docs/annotation.md §5.1)."""
    doc = particle.doc
    position = particle.i - 1
    if position < 1 or not is_verb(doc[position]) or not is_finite(doc[position]):
        return False
    position -= 1
    while position > 0 and _adverb_like(doc[position]):
        position -= 1
    return doc[position].lower_ == "som"


def _finite_present_after_coordinator(candidate: Token, verb: Token, last: Token) -> bool:
    """Right after och/samt/eller, in a chain of finite presents, a present the tagger read
    as a noun conjunct of the object: a verb (the lexicon lemma and the word agree)."""
    previous = candidate.doc[candidate.i - 1] if candidate.i > 0 else candidate
    lemma = lexicon_lemma(candidate.lower_)
    return (
        previous.lower_ in GRAMMAR.coordinators
        and (lemma.endswith("a") or lemma in GRAMMAR.infinitives)
        and is_finite(verb)
        and not is_modal(verb)
        and _present_conjunct(candidate, last)
    )


def _present_conjunct(token: Token, last: Token) -> bool:
    """A conjunct of a present tense, spelled as that verb's present: a verb, not a noun."""
    spelled = present_by_spelling(token) or noun_tagged_present(token)
    if not (tense_of(last) == "pres" and not is_modal(last) and spelled):
        return False
    return not after_example_som(token, last.i + 1)  # "X som exempelvis kajer och hamnar"


def _closed_by_present(token: Token, limit: int) -> bool:
    """An och/samt/eller + a present (by tag or spelling) closes the comma list."""
    doc = token.doc
    return any(
        doc[i].lower_ in GRAMMAR.coordinators
        and (is_finite(doc[i + 1]) or _present_conjunct(doc[i + 1], token))
        for i in range(token.i + 1, limit - 1)
    )


def _listed_infinitive(token: Token, limit: int) -> bool:
    """After a comma in a chain of infinitives: the tagger's infinitive, or a word in -a the
    tagger missed where an och/samt/eller + infinitive closes the list (``anställa personal,
    teckna avtal och besluta``)."""
    if _tagged_infinitive(token):
        return True
    if lexicon_infinitive(token.lower_) and is_verb(token):
        return True  # ", vetenskapligt bearbeta [NOUN]": a verb by the fallbacks (round 38)
    doc = token.doc
    closes = any(
        (doc[i].lower_ in GRAMMAR.coordinators and _closing_infinitive(doc[i + 1], limit))
        # round 55 (55b-ci R3): an asyndetic list, a later comma + the tagger's infinitive
        # (``pröva X om Y, teckna [ADJ] avtal, följa upp Z``)
        or (doc[i].text == "," and _tagged_infinitive(doc[i + 1]))
        for i in range(token.i + 1, limit - 1)
    )
    # round 54 (54-cf D): in a list so closed a base form the lexicon knows is a member
    # whatever its tag (``rusta upp, underhålla [NOUN], sköta och vid behov utveckla``)
    # (a content word: ``, denna bolagsordning och … samt aktivt bidra`` is a noun phrase)
    base_form = lexicon_infinitive(token.lower_) and token.pos_ in {"NOUN", "ADJ", "VERB"}
    return closes and (slot_infinitive(token) or base_form)


def _closing_infinitive(word: Token, limit: int) -> bool:
    """The infinitive after the coordinator that closes a list: right after it, or past an
    adverbial that opens the last conjunct (``och vid behov utveckla``: round 54, 54-cf D)."""
    if _lexicon_infinitive_token(word):
        return True
    landing = adverbial_landing(word, limit) if word.pos_ in {"ADP", "ADV"} else None
    return landing is not None and not is_finite(landing)  # a verb the tagger read or missed


def _lexicon_infinitive_token(token: Token) -> bool:
    """The tagger's infinitive, or a word the tagger missed (``samt fastställa`` read as an
    adjective) that could be one and that the lexicon knows only as a base form in -a."""
    return is_infinitive(token) or (could_be_infinitive(token) and lexicon_infinitive(token.lower_))


def _series_member(
    candidate: Token, subordinate: Token, limit: int, series: set[int], *, comma: bool
) -> bool:
    """A verb of a subordinate clause's comma series (`_series_in_subordinate`), recorded in
    `series`."""
    if comma and _series_in_subordinate(candidate, subordinate, limit):
        series.add(candidate.i)
        return True
    return False


def listed_in_clause(finite: Token, clause_verbs: set[int]) -> bool:
    """``bolag som äger fastigheter, driver hamnen samt säljer energi``: a finite verb after a
    comma whose nearest finite verb before it is one of `clause_verbs` (a relative clause's),
    after the main clause's own finite verb, and that stands in that clause's series
    (`_series_in_subordinate`) belongs to it."""
    doc = finite.doc
    if finite.i == 0 or doc[finite.i - 1].text != ",":
        return False
    start = finite.sent.start
    before = next(
        (doc[i] for i in range(finite.i - 2, start - 1, -1) if is_finite(doc[i])), None
    )
    # the main clause has had its finite verb ("Nämnden, som består av …, beslutar": the
    # verb after the insertion is the main clause's own)
    main = next(
        (doc[i] for i in range(start, finite.i) if is_finite(doc[i]) and i not in clause_verbs),
        None,
    )
    # after an auxiliary (``har antagit``, ``ska anta``) the main clause's conjuncts are
    # non-finite: a bare finite verb can only go on the relative clause's series
    chained = main is not None and main.dep_.startswith("aux")
    return (
        main is not None
        and before is not None
        and before.i in clause_verbs
        and _series_in_subordinate(finite, before, finite.sent.end, closed=not chained)
    )


def _series_in_subordinate(
    candidate: Token, subordinate: Token, limit: int, *, closed: bool = True
) -> bool:
    """``har fyra bolag som äger fastigheter, driver hamnen samt säljer energi``: a finite
    verb after a comma, in the form and voice of the subordinate clause's finite verb before
    it, in a series that och/samt/eller + a finite verb closes, lists that clause's verbs;
    it does not go back to the main clause (analysis-8 cause 19). Without `closed` (the main
    clause's finite is an auxiliary) no closing coordinator is needed (analysis-9 cause 9)."""
    if not (is_finite(candidate) and is_finite(subordinate)) or is_modal(candidate):
        return False
    if tense_of(candidate) != tense_of(subordinate) or not _same_voice(candidate, subordinate):
        return False
    if any(c.dep_.startswith("nsubj") for c in candidate.children):
        return False  # "…, styrelsen beslutar": a clause with its own subject
    if not closed:
        return True
    doc = candidate.doc
    return any(
        doc[i].lower_ in GRAMMAR.coordinators
        and is_finite(doc[i + 1])
        and tense_of(doc[i + 1]) == tense_of(candidate)
        for i in range(candidate.i + 1, min(limit, len(doc)) - 1)
    )


def _in_subordinate(candidate: Token, subordinate: Token, opened_at: int, verb: Token) -> bool:
    """After a subordinate clause, which verbs a conjunct continues. An infinitive clause
    (``verka för att stärka X och utveckla Y``) keeps the infinitives that follow it; after a
    finite one (``ärenden som ska beslutas av fullmäktige och genomföra beslut``) a conjunct
    belongs to it only where the parser joins it there and it shares that verb's form and
    (an infinitive) its voice; otherwise it continues the main chain, if it shares that
    chain's voice."""
    if _indirect_question(candidate.doc, opened_at) and _chain_tense(candidate) == "inf":
        return _chain_tense(verb) != "inf"  # "får avgöra vilka N som ska V1, V2 samt V3"
    if not _same_voice(candidate, verb):
        return True
    finite_clause = any(is_finite(t) for t in candidate.doc[opened_at : candidate.i])
    if not finite_clause and tense_of(candidate) == tense_of(subordinate):
        return True
    joined = candidate.dep_ == "conj" and opened_at <= candidate.head.i < candidate.i
    if joined and is_finite(candidate) and is_finite(subordinate):
        # a finite conjunct keeps its first conjunct's clause in any voice or tag ("om
        # verksamheten sköts väl och håller god kvalitet"); an infinitive may go back to a
        # modal's chain
        return True
    return (
        joined
        and tense_of(candidate) == tense_of(subordinate)
        and _same_voice(candidate, subordinate)
    )


_QUESTION_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "ADV"})


def partitive_after_interrogative(token: Token) -> bool:
    """``vilken av föreningens sektioner som …``: a partitive ``av`` right after an
    interrogative stays inside the noun phrase it opens (round 37, ar-B2)."""
    return (
        token.lower_ == "av"
        and token.i > 0
        and token.doc[token.i - 1].lower_ in GRAMMAR.interrogatives
    )


def interrogative_before(som: Token, phrase_pos: frozenset[str]) -> Token | None:
    """``beslutar vilka nämnder som ska finnas``: a ``som`` after a noun phrase (words of
    `phrase_pos`, a partitive ``av``) opened by an interrogative determiner within nine words
    of its sentence opens an indirect question, not a relative clause; the interrogative is
    its subordinator (None: no such interrogative)."""
    if som.lower_ != "som":
        return None
    doc = som.doc
    for position in range(som.i - 1, max(sentence_start(som), som.i - 9) - 1, -1):
        token = doc[position]
        if token.lower_ in GRAMMAR.interrogatives:
            return token
        if token.pos_ not in phrase_pos and not partitive_after_interrogative(token):
            return None
    return None


def _indirect_question(doc: Doc, opened_at: int) -> bool:
    """The subordinate clause opened at `opened_at` is an indirect question (round 37,
    ar-B2): an interrogative (``vilka``, ``vilken``, ``hur``) right after a verb, whose noun
    phrase (a partitive ``av`` + noun phrase too) runs to ``som`` (`interrogative_before`):
    ``avgöra vilka av föreningens sektioner som ska ordna …``. An infinitive conjunct after
    its clause goes back to the main chain of infinitives (the question holds one verb
    chain, not a list)."""
    if opened_at < 1 or doc[opened_at].lower_ not in GRAMMAR.interrogatives:
        return False
    if doc[opened_at - 1].pos_ not in VERB_POS | {"ADP"}:
        return False  # "…, vilka ska beredas": a relative pronoun after its noun
    som = next((t for t in doc[opened_at + 1 : opened_at + 10] if t.lower_ == "som"), None)
    return som is not None and interrogative_before(som, _QUESTION_PHRASE_POS) is not None


def _infinitive_after_question(candidate: Token, verb: Token) -> bool:
    """An infinitive (by tag or place) in a chain of infinitives whose verb an indirect
    question follows (`_indirect_question`): the chain's conjunct past that question."""
    if _chain_tense(candidate) != "inf" or _chain_tense(verb) != "inf":
        return False
    return _indirect_question(verb.doc, verb.i + 1)


def coordinated(verb: Token, limit: int, parsed_limit: int | None = None) -> list[Token]:
    """``leda och samordna``, ``närvara och yttra sig``: verbs of the same form after och,
    samt, eller or a comma; a subordinate clause inside a conjunct does not end the chain.
    The parser's own ``conj`` links count before `parsed_limit` only (default `limit`)."""
    parsed = limit if parsed_limit is None else parsed_limit
    found = doc_memoised(
        verb.doc, (coordinated, verb.i, limit, parsed), lambda: _coordinated(verb, limit, parsed)
    )
    return list(found)


def open_som_before(head: Token) -> int | None:
    """The index of the ``som`` whose clause `head` stands in: the nearest before it in its
    sentence with no comma between (a ``som`` of an earlier sentence opens nothing here)."""
    doc = head.doc
    start = sentence_start(head)
    position = head.i - 1
    while position >= start and doc[position].lower_ != "som" and doc[position].text != ",":
        position -= 1
    return position if position >= start and doc[position].lower_ == "som" else None


def in_open_som_clause(conjunct: Token, som: int) -> bool:
    """``är den person som vill verka för X och förbinder sig att …`` (round 45, bi-C11): the
    parser's conjunct of a verb after the ``som`` at `som` (in the conjunct's sentence) stays
    in that clause when no comma has closed it; it is no conjunct of a verb before it."""
    doc = conjunct.doc
    return (
        conjunct.dep_ == "conj"
        and doc[som].lower_ == "som"
        and sentence_start(conjunct) <= som < conjunct.head.i < conjunct.i
        and not any(token.text == "," for token in doc[som : conjunct.i])
        and not active_after_modal_passive(conjunct)
        and not subject_relative_main_conjunct(conjunct, conjunct.head)
    )


def active_after_modal_passive(conjunct: Token, head: Token | None = None) -> bool:
    """``Kansliet tar emot ansökningar som ska prövas av nämnden och svarar för …``: an
    active finite verb after a relative clause whose verb is a modal's passive infinitive
    changes both form and voice; where it is a deontic modal or a verb whose subject is an
    actor (configs/grammar.yaml `actor_subject_verbs`), the clause's subject (the thing the
    passive is about) is none for it, so it cannot continue that clause and is the main
    clause's conjunct. A verb that takes a thing as subject (``frågor som ska avgöras av
    stämman och gäller ekonomin``) continues the relative (review 50, M2). `head`: the
    relative clause's verb where the parser hung the conjunct elsewhere (on a noun inside
    the clause: ``som ska avgöras av styrelsen och verkställer``; round 55, ch-R3), by
    default the conjunct's head."""
    head = conjunct.head if head is None else head
    return (
        is_finite(conjunct)
        and not is_passive(conjunct)
        and not is_finite(head)
        and is_passive(head)
        and any(c.dep_ == "aux" and is_modal(c) for c in head.children)
        and (is_modal(conjunct) or actor_subject_verb(conjunct))
    )


def actor_subject_verb(verb: Token) -> bool:
    """`verb` is one of `actor_subject_verbs` by its lemma, a particle verb's with its
    particles right after it (``följer upp``). The lexicon's lemma, the tagger's, or a
    present's by its spelling: lexicon and tagger may read a present as a noun's form
    (``granskar`` → ``granskare``; round 55, w55g)."""
    lemmas = {lexicon_lemma(verb.lower_) or verb.lemma_, verb.lemma_.lower()}
    if "Pres" in morph_values(verb, "Tense"):
        lemmas.add(present_lemma(verb.lower_))
    doc = verb.doc
    for lemma_and_particles in GRAMMAR.actor_subject_verbs:
        if lemma_and_particles[0] not in lemmas:
            continue
        particles = lemma_and_particles[1:]
        following = doc[verb.i + 1 : verb.i + 1 + len(particles)]
        if tuple(t.lower_ for t in following) == particles:
            return True
    return False


def _parsed_conjunct_in_clause(following: Token, opened_at: int) -> bool:
    """The parser's finite conjunct of a verb inside the ``som``-clause opened at
    `opened_at` (`in_open_som_clause`) is no conjunct of the main verb before the clause."""
    if opened_at < 0 or not is_finite(following):
        return False  # "som ska avgöras av X och verkställa Y": the chain's infinitive
    return in_open_som_clause(following, opened_at)


def _coordinated(verb: Token, limit: int, parsed_limit: int) -> tuple[Token, ...]:
    found, series = _walked_conjuncts(verb, limit)
    dependents = _parsed_conjuncts(verb, limit, parsed_limit, found, series)
    return tuple(sorted({*found, *dependents}, key=lambda t: t.i))


def _walked_conjuncts(verb: Token, limit: int) -> tuple[list[Token], set[int]]:
    """The conjuncts found walking the words after `verb` from one coordinator or comma to
    the next, past subordinate clauses; the verbs listed inside those clauses."""
    doc = verb.doc
    found: list[Token] = []
    position = verb.i + 1
    last = verb
    subordinate: Token | None = None  # the last verb of a subordinate clause since `last`
    opened_at = -1  # the subordinator since `last`, if any
    in_noun_phrases = False  # past a coordinator joining no verb (``riktlinjer och anvisningar``)
    series: set[int] = set()  # verbs listed in a subordinate clause, never the main chain's
    lower = doc_arrays(doc).lower
    verbs = answers(doc, is_verb, position, min(limit, len(doc)))
    coordinators = GRAMMAR.coordinators | GRAMMAR.verb_alternatives
    subordinators = GRAMMAR.subordinators
    while position < limit:
        word = lower[position]
        # a Token only where a test below reads one (most words are none of these)
        token = doc[position] if word in CLAUSE_END or verbs[position] else None
        bracketed = _bracketed_restatement(token, verb, last, limit) if word == "(" else None
        if bracketed is not None:
            found.append(bracketed)  # "kan inte ändras (rättas) av sekreteraren"
            last = bracketed
            position = bracketed.i + 2
            continue
        gloss_end = _gloss_end(token, last, limit) if word == "(" else None
        if gloss_end is not None:
            position = gloss_end  # "sammanträder (har ett möte) och fattar beslut"
            continue
        if word in CLAUSE_END and not _denied_conjunct_opens(token, verb, last, limit):
            break
        # (a comma's text is its lowercase form)
        if word in coordinators or word == ",":
            token = doc[position] if token is None else token
            comma = word == ","
            past = (in_noun_phrases, subordinate is not None)
            following = _joined_conjunct(token, verb, last, limit, comma, past)
            if following is None:
                in_noun_phrases = in_noun_phrases or word in coordinators
            elif _in_open_clause(
                following, verb, subordinate, opened_at, limit, series, comma=comma
            ):
                subordinate = following
                position = following.i + 1
                continue
            elif _opens_own_group(following, verb):
                break
            else:
                last = _past_own_infinitive_modal(following, limit)
                found.append(last)
                subordinate, opened_at = None, -1
                position = last.i + 1
                continue
        if word in subordinators and opened_at < 0:
            opened_at = position
        if verbs[position] and position != verb.i and token not in found:
            if opened_at < 0 and not _opens_subordinate_verb(token, verb, limit):
                break
            opened_at = token.i if opened_at < 0 else opened_at
            subordinate = token
        position += 1
    return found, series


def _joined_conjunct(
    joint: Token, verb: Token, last: Token, limit: int, comma: bool, past: tuple[bool, bool]
) -> Token | None:
    """The verb the coordinator or comma `joint` joins to the chain after `last`
    (`_conjunct_after`), unless it is too far for one (`_far_conjunct`: ``experter samt
    förtroendevalda``, a noun phrase goes on). `past`: whether the walk has passed a
    coordinator of noun phrases, and a subordinate clause's verb, since `last`."""
    following = _conjunct_after(joint, verb, last, limit, comma=comma)
    if following is None:
        return None
    past_nouns, past_clause = past
    kept = _far_conjunct(following, verb, last, past_nouns=past_nouns, past_clause=past_clause)
    return following if kept else None


def _in_open_clause(
    following: Token,
    verb: Token,
    subordinate: Token | None,
    opened_at: int,
    limit: int,
    series: set[int],
    *,
    comma: bool,
) -> bool:
    """`following` continues the subordinate clause (last verb: `subordinate`) opened since
    the chain's last conjunct, not the chain."""
    return (
        subordinate is not None
        and not _closes_stranded_clause(following, verb)
        and (
            _in_subordinate(following, subordinate, opened_at, verb)
            or _series_member(following, subordinate, limit, series, comma=comma)
            or in_infinitive_clause(following, verb.i + 1)
            or _parsed_conjunct_in_clause(following, opened_at)
        )
        and not (comma and _past_complement_series(following, opened_at, verb))
    )


def _opens_subordinate_verb(token: Token, verb: Token, limit: int) -> bool:
    """A verb with no subordinator before it that still opens a clause the chain passes:
    ``ska planera X och svarar för … samt rapportera``, a relative clause without ``som``
    (``dem vi arbetar för``)."""
    if _finite_conjunct_of_modal(token, verb, limit):
        return True
    return is_finite(token) and (token.dep_ == "acl:relcl" or contact_relative_object(token, verb))


def contact_relative_object(finite: Token, verb: Token) -> bool:
    """``ska verkställa det styrelsen – i budgeten – har beslutat, samt …`` (analysis 51-ak
    P4): a finite verb right after a noun phrase (its subject; an insertion in dashes or
    brackets between) that a head pronoun (grammar.yaml `person_head_pronouns`,
    `thing_head_pronouns`) after the chain's verb opens is a relative clause without
    ``som``, the chain's object: the chain goes on past it."""
    doc = finite.doc
    position = _before_insertion(doc, finite.i - 1, verb.i)
    nouns = 0
    while position > verb.i and doc[position].pos_ in _CONTACT_SUBJECT_POS:
        nouns += doc[position].pos_ in {"NOUN", "PROPN"}
        position -= 1
    pronoun = doc[position].lower_
    return (
        position > verb.i
        and nouns > 0
        and (pronoun in GRAMMAR.person_head_pronouns or pronoun in GRAMMAR.thing_head_pronouns)
    )


def _before_insertion(doc: Doc, position: int, floor: int) -> int:
    """The word before an insertion in dashes or brackets that ends at `position`; else
    `position`."""
    closing = doc[position].text
    opening = {")": "(", "–": "–", "-": "-"}.get(closing)
    if opening is None:
        return position
    for back in range(position - 1, floor, -1):
        if doc[back].text == opening:
            return back - 1
    return position


# the words of the subject of a relative clause without `som` before its finite verb
# (`det styrelsen har beslutat`)
_CONTACT_SUBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _parsed_conjuncts(
    verb: Token, limit: int, parsed_limit: int, found: list[Token], series: set[int]
) -> list[Token]:
    """The parser's verb conjuncts of `verb` in the chain's form that the walk missed."""
    doc = verb.doc
    arrays = doc_arrays(doc)
    conjuncts = [doc[c] for c in arrays.children[verb.i] if arrays.dep[c] == "conj"]
    conjuncts += _complex_preposition_conjuncts(verb)
    dependents = [
        c
        for c in conjuncts
        if is_verb(c)
        and (
            tense_of(c) == _chain_tense(verb)
            or gapped_passive_infinitive(c, verb)
            or passive_infinitive_conjunct(c, verb)
        )
        and c not in found
        and c.i not in series
        and c.i < parsed_limit
        and not _own_clause(c)
        and not inverted_main_conjunct(c)
        and not pronoun_subject_after_coordinator(c)  # "och de två sköter" (az-9)
        and not subject_relative_main_conjunct(c, verb)  # "som rör X och Y verkställer"
        and after_threshold_relative(c) is None  # "vars insats är 5 % har": the main verb
        and not in_infinitive_clause(c, verb.i + 1)  # "verka för att stärka X och utveckla Y"
        and not _continues_subordinate_passive(c, verb)
        and not _finite_modal_conjunct(c, verb)
    ]
    return [_past_own_infinitive_modal(c, limit) for c in dependents]  # round 38, at-B1


# the words that open a subject of its own right after a finite modal
_MODAL_SUBJECT_POS = frozenset({"PRON", "DET", "NOUN", "PROPN"})


def _finite_modal_conjunct(conjunct: Token, verb: Token) -> bool:
    """``samordnar arbetet och får, i samråd med X, besluta`` (round 57, gen56 rows 9-11): a
    finite modal the parser hangs on a finite verb as its conjunct opens a verb group of its
    own (as the walk's `_opens_own_group` says), whatever the parser makes of the infinitive
    past its comma phrase; it keeps the first conjunct's subject. Not (fix57f) a modal with a
    subject of its own right after it (``, kan hon överklaga``), nor one after the comma
    closing a verb-first condition that `verb` opens (``Anser X att …, får …``): that is the
    main clause, which shares nothing with the condition."""
    if not (is_finite(conjunct) and is_modal(conjunct)):
        return False
    doc = conjunct.doc
    after = conjunct.i + 1
    if (
        after < len(doc)
        and doc[after].pos_ in _MODAL_SUBJECT_POS
        and doc[after].lower_ not in GRAMMAR.distributive_first_words  # gen57 B: its own group
    ):
        return False
    return not _closes_v1_condition(conjunct, verb)


def _closes_v1_condition(conjunct: Token, verb: Token) -> bool:
    """`verb` opens its sentence capitalised (a verb-first condition) and a comma stands
    right before the modal `conjunct`."""
    doc = verb.doc
    return (
        verb.i == sentence_start(verb)
        and verb.text[:1].isupper()
        and conjunct.i > 0
        and doc[conjunct.i - 1].text == ","
    )


def _continues_subordinate_passive(conjunct: Token, verb: Token) -> bool:
    """``se till att rutinerna efterlevs och utvärderas`` (round 53, cb-P14; ruling u1): a
    finite s-passive right after a coordinator whose word before is a finite passive of a
    clause a subordinator opened after the active chain verb continues that clause (its
    subject is the clause's), whatever conjunct the parser hung it on: no chain verb."""
    doc = conjunct.doc
    joint = conjunct.i - 1
    if joint - 1 <= verb.i or doc[joint].lower_ not in GRAMMAR.coordinators:
        return False
    before = doc[joint - 1]
    if _same_voice(conjunct, verb) or not (is_finite(conjunct) and is_finite(before)):
        return False
    if not (_same_voice(conjunct, before) and is_passive(conjunct)):
        return False
    return any(doc[i].lower_ in GRAMMAR.subordinators for i in range(verb.i + 1, before.i))


def _complex_preposition_conjuncts(verb: Token) -> list[Token]:
    """Analysis 52-ao G3: ``ska ske i enlighet med planen och rapporteras till styrelsen``:
    the parser hangs the verb after ``och``/``samt``/``eller`` on the noun of a complex
    preposition (grammar.yaml `condition_openers.anywhere`: ``i enlighet med``, ``i samråd
    med``) that depends on `verb`; that verb is `verb`'s conjunct, as after ``enligt``."""
    doc = verb.doc
    arrays = doc_arrays(doc)
    lower, coordinators = arrays.lower, GRAMMAR.coordinators
    found: list[Token] = []
    for noun in arrays.children[verb.i]:
        if arrays.pos[noun] != "NOUN":
            continue
        conjuncts = [
            c
            for c in arrays.children[noun]
            if c > noun and arrays.dep[c] == "conj" and lower[c - 1] in coordinators
        ]  # the cheap test first: a noun with no such conjunct is no case
        if conjuncts and _in_complex_preposition(doc[noun]):
            found.extend(doc[c] for c in conjuncts)
    return found


def _in_complex_preposition(noun: Token) -> bool:
    """`noun` is a word of a multiword condition opener printed around it (``enlighet`` of
    ``i enlighet med``)."""
    doc, words = noun.doc, noun.lower_
    for phrase in GRAMMAR.conditions_anywhere:
        if len(phrase) < 2 or words not in phrase:
            continue
        start = noun.i - phrase.index(words)
        end = start + len(phrase)
        if start >= 0 and end <= len(doc) and tuple(t.lower_ for t in doc[start:end]) == phrase:
            return True
    return False


def _denied_conjunct_opens(token: Token, verb: Token, last: Token, limit: int) -> bool:
    """``har rätt att närvara men inte att rösta``: ``men`` + a negation before a conjunct of
    the chain goes on with it (round 42, ba-8); any other ``men`` ends the chain."""
    following = token.i + 1
    if token.lower_ != "men" or following >= limit:
        return False
    if token.doc[following].lower_ not in GRAMMAR.negations:
        return False
    return _conjunct_after(token, verb, last, limit, comma=False) is not None


def gapped_passive_infinitive(conjunct: Token, verb: Token) -> bool:
    """``Hälften ska läggas till fonden och resten disponeras [PRS] för utdelning`` (round 39,
    K-B4): a parsed conjunct of a modal's s-passive infinitive, with its own passive subject
    and no modal of its own, in -as (or -s after a base form in a vowel: ``utses``), where
    the infinitive and the present passive are one form, is the gapped modal's infinitive
    (its own finite modal or cue keeps it its own: `_own_clause`); a clause of its own
    under that modal (`pipeline.nlp.statement_parts.voice_parts`)."""
    word = conjunct.lower_
    spelled = word.endswith("as") or lexicon_lemma(word) == word[:-1]  # "utses" (utse)
    if not (spelled and conjunct.i > verb.i and _chain_tense(verb) == "inf"):
        return False
    if not (is_passive(verb) and is_passive(conjunct)):
        return False
    arrays = doc_arrays(conjunct.doc)
    return any(
        arrays.dep[c] == "nsubj:pass" and verb.i < c < conjunct.i
        for c in arrays.children[conjunct.i]
    )


def passive_infinitive_conjunct(conjunct: Token, verb: Token) -> bool:
    """``Kontrollen ska ske varje kvartal och rapporteras [PRS] till direktionen`` (round 49,
    analysis 49-ao G3): a parsed conjunct of a modal's infinitive right after ``och``/``samt``/
    ``eller``, in -as (or -s after a base form in a vowel: ``utses``), where the present and
    the infinitive passive are one form, is the passive infinitive sharing the modal: with
    no word between the coordinator and it, it has no subject of its own."""
    word = conjunct.lower_
    spelled = word.endswith("as") or lexicon_lemma(word) == word[:-1]
    if not (spelled and conjunct.i > verb.i + 1 and _chain_tense(verb) == "inf"):
        return False
    doc = conjunct.doc
    right_after = doc[conjunct.i - 1].lower_ in GRAMMAR.coordinators
    # "och vid behov revideras": past a short adverbial (analysis 51-bq H)
    joined = right_after or passive_conjunct_after_adverbial(conjunct, verb)
    if not joined or not is_passive(conjunct):
        return False
    return not any(is_modal(child) for child in conjunct.children)


def passive_conjunct_after_adverbial(conjunct: Token, verb: Token) -> bool:
    """`conjunct` is the one `passive_after_adverbial` finds after a coordinator two to four
    words before it."""
    doc, end = conjunct.doc, sentence_end(conjunct)
    for joint in range(conjunct.i - 2, max(verb.i, conjunct.i - 5), -1):
        if doc[joint].lower_ in GRAMMAR.coordinators:
            found = passive_after_adverbial(doc[joint], verb, end)
            return found is not None and found.i == conjunct.i
    return False


def passive_after_adverbial(joint: Token, verb: Token, limit: int) -> Token | None:
    """``Planen ska följas upp och vid behov revideras``, ``ska ses över och på nytt antas
    av fullmäktige`` (analysis 51-bq H): after a modal's passive infinitive, ``och``/
    ``samt``/``eller`` + a short adverbial (a preposition and one or two adjectives or
    nouns, or adverbs) + a lexicon verb's s-form (the passive infinitive and present are one
    form) is the chain's passive infinitive conjunct, whatever the tagger read, when no
    subject follows it (``och vid behov revideras planen`` is a V2 clause of its own)."""
    doc = verb.doc
    if joint.lower_ not in GRAMMAR.coordinators or _chain_tense(verb) != "inf":
        return None
    if not is_passive(verb):
        return None
    position = joint.i + 1
    if position < limit and doc[position].pos_ == "ADP":
        position += 1
        phrase = position
        while position < limit and position - phrase < 2 and doc[position].pos_ in {"ADJ", "NOUN"}:
            position += 1
        if position == phrase:
            return None
    else:
        while position < limit and doc[position].pos_ == "ADV":
            position += 1
    if position == joint.i + 1 or position + 1 >= limit:
        return None
    word = doc[position]
    lemma = lexicon_lemma(word.lower_)
    if lemma is None or not word.lower_.endswith("s") or not lexicon_infinitive(lemma):
        return None
    return None if doc[position + 1].pos_ in _SUBJECT_START_POS else word


_SUBJECT_START_POS = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"})


def past_infinitive_modal(modal: Token, limit: int) -> Token | None:
    """``ska kunna ge``, ``bör kunna anlita``, ``skall få besluta`` (round 14, analysis 13
    cause 5): an infinitive modal (configs/grammar.yaml ``infinitive_modals``) is part of the
    chain before it; the infinitive it governs (past adverbs and a negation) is the action,
    and the leftmost modal's cue decides. None when no infinitive follows before `limit`."""
    if modal.lower_ not in GRAMMAR.infinitive_modals:
        return None
    doc = modal.doc
    position = modal.i + 1
    while position < limit and (
        is_adverb(doc[position]) or doc[position].lower_ in GRAMMAR.negations
    ):
        position += 1
    if position < limit and (could_be_infinitive(doc[position]) or slot_infinitive(doc[position])):
        return doc[position]  # the modal's slot: a word in -a is its infinitive, whatever its tag
    return None


def _past_own_infinitive_modal(conjunct: Token, limit: int) -> Token:
    """``ska förvalta X, kunna ta emot Y samt kunna bevilja Z`` (round 38, at-B1): a conjunct
    with its own infinitive modal stands for the infinitive it governs
    (`past_infinitive_modal`, as for a group's first verb in `pipeline.nlp.groups`): the
    chain's leftmost cue decides, the infinitive is the aim. The conjunct itself where no
    infinitive follows (``kunna svenska``)."""
    return past_infinitive_modal(conjunct, limit) or conjunct


def _finite_conjunct_of_modal(token: Token, verb: Token, limit: int) -> bool:
    """``ska planera X och svarar för att anläggningarna underhålls samt rapportera Y``: a
    finite verb after a coordinator in a chain of infinitives is a conjunct of the modal, a
    clause of its own; an infinitive after it cannot coordinate with that finite verb, so it
    goes back to the chain. Not where the finite verb's clause holds an infinitive marker
    (``och svarar för att upprätta X samt följa Y``: the infinitives are that clause's)."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else token
    if not (
        previous.lower_ in GRAMMAR.coordinators
        and is_finite(token)
        and not is_modal(token)
        and _chain_tense(verb) == "inf"
    ):
        return False
    clause = doc[token.i + 1 : limit]
    return not any(
        t.lower_ == "att" and t.i + 1 < limit and could_be_infinitive(doc[t.i + 1]) for t in clause
    )


def _opens_own_group(following: Token, verb: Token) -> bool:
    return (
        is_modal(following)
        or pronoun_subject_after_coordinator(following)
        or after_threshold_relative(following) is not None  # "vars andel är 5 % eller mer utser"
        or (
            following.lower_ in GRAMMAR.perfect | GRAMMAR.copulas
            and not _main_infinitive_conjunct(following, verb)
            and not _main_have_after_stranded(following, verb)
        )
    )


def pronoun_subject_after_coordinator(verb: Token) -> bool:
    """``… och de sköter …``, ``och de två/de båda sköter …``: a pronoun subject
    (`pronoun_subject_at`) between a coordinator and the verb opens a clause of its own; the
    verb shares no subject with the conjunct before (round 41, az-9)."""
    position = pronoun_subject_at(verb)
    return bool(position) and verb.doc[position - 1].lower_ in GRAMMAR.coordinators


def pronoun_subject_at(verb: Token) -> int | None:
    """Where the subject pronoun (configs/grammar.yaml `subject_pronouns`) right before the
    verb stands, a numeral or a `distributive_determiners` word between (``de två``, ``de
    båda``; round 41, az-9); None if none."""
    doc, position = verb.doc, verb.i - 1
    if position > 0 and (
        doc[position].pos_ == "NUM" or (doc[position].lower_,) in GRAMMAR.distributive_determiners
    ):
        position -= 1
    return position if position >= 0 and doc[position].lower_ in GRAMMAR.subject_pronouns else None


def _main_have_after_stranded(token: Token, verb: Token) -> bool:
    """``stödjer de föreningar som kommunen samarbetar med och har uppsikt över …``: a
    finite ``har`` closing a stranded-preposition clause, with no supine after it, is a main
    verb of the chain (``ha``), not a perfect of its own."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    perfect = following is not None and tense_of(following) == "sup" and is_verb(following)
    return (
        token.lower_ in GRAMMAR.perfect
        and is_finite(verb)
        and (closes_stranded_clause(token) and not perfect)
    )


def capitalised_inside(token: Token) -> bool:
    """A word written with a capital initial (not all capitals) inside its sentence: a name,
    never a verb."""
    text = token.text
    return text[:1].isupper() and not text.isupper() and token.i > sentence_start(token)


@dataclass(frozen=True)
class _ConjunctStart:
    """Where the words of a conjunct start after its coordinator or comma."""

    opening: int  # past an inline list's mark and a correlative's second member
    after: int  # past adverbs (and an infinitive marker) too: the conjunct's verb, if any
    marked: bool  # an infinitive marker was passed ("och att löpande rapportera")


def _conjunct_after(
    token: Token, verb: Token, last: Token, limit: int, *, comma: bool
) -> Token | None:
    """The conjunct of the chain from `verb` (last one found: `last`) that the coordinator or
    comma `token` opens, if any."""
    restated = _restated(token, verb, limit) if comma else None
    if restated is not None:
        return restated  # "kan besluta om bidrag, dvs. fördela medel"
    start = _conjunct_start(token, verb, limit, comma=comma)
    if start is None:
        return None
    following = verb.doc[start.after]
    if capitalised_inside(following):
        return None  # "i Ekby och Vara kommuner": a place name, no verb (round 41, C4)
    adverbial = None if comma else passive_after_adverbial(token, verb, limit)
    if adverbial is not None:
        return adverbial  # "ska följas upp och vid behov revideras" (analysis 51-bq H)
    if _misread_conjunct(token, following, verb, last, limit, start, comma=comma):
        return following
    stranded = None if comma else _after_stranded_preposition(token, verb, limit)
    if stranded is not None:
        return stranded  # "utfärda kallelser till och upprätta [ADJ] förslag till …"
    right_after = start.after == start.opening
    if not comma and right_after and _finite_present_after_coordinator(following, verb, last):
        return following  # "har nio ledamöter och sammanträder": read as a noun conjunct
    return _same_form_conjunct(token, following, verb, last, limit, start, comma=comma)


def _conjunct_start(token: Token, verb: Token, limit: int, *, comma: bool) -> _ConjunctStart | None:
    """Where the conjunct after `token` starts: past a list mark or correlative, adverbs,
    a negation and an infinitive marker; None at the end of the Doc."""
    doc = verb.doc
    opening = token.i + 1  # where the conjunct's own words start
    while opening < limit - 1 and (
        _enumerator(doc[opening]) or doc[opening].lower_ in GRAMMAR.correlatives
    ):
        # an inline list's mark ("…, 2) bidra …", "samt c) bifoga"); the second member of a
        # correlative pair ("dels förvalta …, dels upplåta", "och dels"): round 14
        opening += 1
    after = opening
    while after < limit - 1 and (
        doc[after].pos_ == "ADV"
        or _adverbial_adjective(doc[after])
        or doc[after].lower_ in GRAMMAR.negations  # "men inte att rösta" (round 42, ba-8)
    ):
        after += 1  # "och noga följa", ", vetenskapligt [ADJ advmod] bearbeta" (round 38)
    if after >= len(doc):
        return None
    marked = not comma and _infinitive_marker_in_chain(doc[after], verb, limit)
    if marked:
        after += 1  # "ansvarar för att upprätta X och att löpande rapportera Y"
        while after < limit - 1 and (
            is_adverb(doc[after]) or doc[after].lower_ in GRAMMAR.intensifiers
        ):
            after += 1  # "samt att löpande [ADJ] granska", "och att själv pröva" (round 51)
    return _ConjunctStart(opening, after, marked)


def _parsed_conjunct(following: Token, verb: Token, last: Token) -> bool:
    """The parser joins `following` to the chain's verb or its last conjunct."""
    return following.dep_ == "conj" and following.head.i in {verb.i, last.i}


def _misread_conjunct(
    token: Token,
    following: Token,
    verb: Token,
    last: Token,
    limit: int,
    start: _ConjunctStart,
    *,
    comma: bool,
) -> bool:
    """`following` is a conjunct that the tagger or parser read otherwise: a listed or
    alternative infinitive, a present read as a noun, a present passive, an untagged
    infinitive."""
    if comma and _chain_tense(verb) == "inf" and _listed_infinitive(following, limit):
        return True
    if _alternative_infinitive(token, following, verb):
        return True  # ", alternativt begära": the parser's root (round 38, B8)
    if comma and _present_conjunct(following, last) and _closed_by_present(following, limit):
        return True  # "förvaltar X, utser Y och sammanträder": presents read as nouns
    parsed = _parsed_conjunct(following, verb, last)
    in_present_list = not is_verb(last) and last.i != verb.i  # a noun-read present found
    right_after = start.after == start.opening
    if (parsed or in_present_list) and right_after and _present_conjunct(following, last):
        return True  # "utreder och förser": a present the tagger read as a noun
    if not comma and right_after and parsed and _passive_in_as(following, last):
        return True  # "bildas eller förvärvas [inf]": the same present passive
    if not comma and _base_form_before_complement(following, verb):
        return True  # "att planera X och därvid samverka [NOUN] med Y" (round 51, by C3)
    # "ska anta X, utse Y samt fastställa [ADJ] Z", "samt företräda [amod]"
    return not comma and (right_after or start.marked) and _untagged_infinitive(following, verb)


_COMPLEMENT_START_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "PRON"})


def _base_form_before_complement(following: Token, verb: Token) -> bool:
    """``ansvarar för att planera X ur ett Y-perspektiv och därvid samverka [NOUN conj] med
    Z``: after a coordinator (and adverbs) in a chain of infinitives, a word tagged a noun or
    adjective that the lexicon inflects only as a verb (`verb_not_noun_base_form`: not
    ``förskola``) and that a preposition, determiner or noun follows is the chain's next
    infinitive, whatever the parser hung it on."""
    if following.pos_ not in {"NOUN", "ADJ"} or not following.lower_.endswith("a"):
        return False
    doc = following.doc
    if following.i + 1 >= len(doc) or doc[following.i + 1].pos_ not in _COMPLEMENT_START_POS:
        return False
    return _chain_tense(verb) == "inf" and verb_not_noun_base_form(following.lower_)


def _untagged_infinitive(following: Token, verb: Token) -> bool:
    """An infinitive of an infinitive chain that the tagger did not tag a verb."""
    return (
        _chain_tense(verb) == "inf"
        and not is_verb(following)
        and (
            _lexicon_infinitive_token(following)
            or following.lower_ in GRAMMAR.infinitives
            or _particle_verb_read_as_noun(following)
            or (
                _tagged_infinitive(following)
                and slot_infinitive(following)
                and not _nominal_conjunct(following)
            )
        )
    )


def _particle_verb_read_as_noun(token: Token) -> bool:
    """``och hyra [NOUN] ut lokaler`` (analysis 51-ax C8): a word the lexicon knows as an
    infinitive with a particle that is no preposition right after it (`bare_particles`) is
    a particle verb's infinitive."""
    following = token.i + 1
    return (
        following < len(token.doc)
        and token.doc[following].lower_ in GRAMMAR.bare_particles
        and not _before_an_amount(token.doc, following + 1)
        and lexicon_infinitive(token.lower_)
    )


def _before_an_amount(doc: Doc, index: int) -> bool:
    """``hyra upp till ett prisbasbelopp`` (review 51b must-fix 2): ``upp till`` before a
    number or a `quantity_apposition_words` word (``ett``, ``högst``) bounds an amount, the
    `<matter> upp till <amount>` of a delegation table: the word before it is a noun, no
    particle verb."""
    return (
        index + 1 < len(doc)
        and doc[index].lower_ == "till"
        and (doc[index + 1].like_num or doc[index + 1].lower_ in GRAMMAR.quantity_apposition_words)
    )


def _same_form_conjunct(
    token: Token,
    following: Token,
    verb: Token,
    last: Token,
    limit: int,
    start: _ConjunctStart,
    *,
    comma: bool,
) -> Token | None:
    """`following` if it has the chain's form and the parser does not read it otherwise;
    else a verb of the chain's form past an adverbial (after a coordinator)."""
    adjacent = token.i == last.i + 1
    same_form = (
        is_verb(following) and tense_of(following) in {_chain_tense(last), _chain_tense(verb)}
    ) or (adjacent and _chain_tense(last) == "inf" and _infinitive_conjunct(following, last))
    landed = following if is_verb(following) else adverbial_landing(following, limit)
    if not comma and landed is not None and inverted_main_conjunct(landed):
        return None  # "och i nämnden ingår även två ersättare": V2, a clause of its own
    if not same_form:
        return None if comma else _conjunct_past_adverbial(verb, limit, start.after)
    parsed = _parsed_conjunct(following, verb, last)
    if start.after > start.opening and not (parsed or _chain_form(following, verb)):
        return None  # past adverbs: a tagged verb of the chain's form, or a parsed conjunct
    if following.is_ancestor(verb):
        return None  # "X, som är …, leder": the main verb after a relative clause
    if comma and not parsed:
        return None  # a comma joins the conjuncts the parser joins (and infinitives, above)
    return following


def _conjunct_past_adverbial(verb: Token, limit: int, after: int) -> Token | None:
    """``samt i övrigt handlägga``, ``och i samråd med X följa upp``: the chain's verb where
    the adverbial after the coordinator lands."""
    landing = adverbial_landing(verb.doc[after], limit)
    missed = (
        landing is not None
        and (not is_verb(landing) or landing.pos_ not in VERB_POS)  # the tagger missed it
        and _chain_tense(verb) == "inf"
    )
    if landing is not None and landing.i > after and (_chain_form(landing, verb) or missed):
        return landing
    return None


def _alternative_infinitive(token: Token, following: Token, verb: Token) -> bool:
    """``Ledamöterna ska granska ärendet, alternativt (att) begära …``: after a comma,
    ``alternativt`` (configs/grammar.yaml `verb_alternatives`) + an infinitive goes on the
    chain of infinitives, though the parser calls the word an adjective and the infinitive
    the sentence's root (round 38, B8)."""
    if token.lower_ not in GRAMMAR.verb_alternatives or token.i == 0:
        return False
    if token.nbor(-1).text != "," or _chain_tense(verb) != "inf":
        return False
    return is_verb(following) and tense_of(following) == "inf"


def _enumerator(token: Token) -> bool:
    """An inline list's mark merged into one token (``2)``, `pipeline.nlp.merges`)."""
    return token.pos_ == "PUNCT" and len(token.text) > 1 and token.text.endswith(")")


def _infinitive_marker_in_chain(token: Token, verb: Token, limit: int) -> bool:
    """``ansvarar för att upprätta budgeten och att löpande rapportera utfallet``: a
    coordinator + ``att`` in a chain of infinitives repeats the chain's infinitive marker; the
    conjunct is the infinitive after it (past adverbs and a prepositional phrase), not an
    ``att``-clause with a subject of its own (``och att beslut verkställs``). A list item
    under an ``att``-lead-in (``Det åligger styrelsen att`` / ``a) anta X samt att löpande
    granska Y``) opens with its infinitive, the lead-in's marker standing before it; adverbs
    may stand before the infinitive (``att årligen rapportera``, ``2. årligen rapportera X,
    samt att löpande informera Y``). After a modal (``ska sammanställa X, samt att snarast
    informera Y``) the ``att`` stands where no marker stood, but the base form after it can
    only go on the modal's chain: an ``att``-clause of its own would need a finite verb."""
    if not (token.lower_ == "att" and token.i + 1 < limit and _chain_tense(verb) == "inf"):
        return False
    start = sentence_start(verb)
    before = verb.i - 1
    while before >= start and is_adverb(verb.doc[before]):
        before -= 1
    if before >= start and is_modal(verb.doc[before]) and _prepositional_object(verb, token):
        return False  # "ska verka för enklare regler och att underlätta …": för's object
    return before < start or verb.doc[before].lower_ == "att" or is_modal(verb.doc[before])


def _prepositional_object(verb: Token, marker: Token) -> bool:
    """A verb of striving (configs/grammar.yaml `striving_verbs`) whose preposition governs
    all up to the coordinator before the ``att`` `marker` (``ska verka för enklare regler
    och att underlätta …``, ``ska arbeta för en god folkhälsa och att minska …``): the
    ``att``-infinitive is coordinated with the preposition's object, a goal and no conjunct
    of the chain (round 17, B5). A cue's preposition keeps it (``ska ansvara för budgeten och
    att följa upp …``: what the responsibility covers)."""
    doc = verb.doc
    between = doc[verb.i + 1 : marker.i - 1]
    lemma = verb.lemma_.lower() or verb.lower_
    return (
        (lemma in GRAMMAR.striving_verbs or verb.lower_ in GRAMMAR.striving_verbs)
        and len(between) > 1
        and between[0].pos_ == "ADP"
        and not any(is_verb(t) or t.text in {",", ";", ":"} for t in between)
    )


def _after_stranded_preposition(coordinator: Token, verb: Token, limit: int) -> Token | None:
    """``utfärda kallelser till och upprätta förslag till …``, ``vara förtrogen med och
    regelbundet granska …``: a preposition right before the coordinator has no complement of
    its own, so it is shared with the conjunct, which repeats the chain's infinitive (a word
    in -a or a listed infinitive, however tagged) after its adverbs (an adjective in -t used
    as one included): that infinitive, else None."""
    doc = coordinator.doc
    if coordinator.i < 1 or doc[coordinator.i - 1].pos_ != "ADP":
        return None
    if not (tense_of(verb) == "inf" or slot_infinitive(verb)):
        return None
    position = coordinator.i + 1
    while position < min(limit, coordinator.i + 1 + MAX_STRANDED_ADVERBS) and _adverb_like(
        doc[position]
    ):
        position += 1
    if position >= limit:
        return None
    candidate = doc[position]
    return candidate if not is_finite(candidate) and slot_infinitive(candidate) else None


def _restated(comma: Token, verb: Token, limit: int) -> Token | None:
    """``kan besluta om bidrag, dvs. fördela medel``: after a comma, a restating marker
    (configs/grammar.yaml ``restatement_markers``) and a verb in the chain's form say the same
    action again: that verb is a conjunct, the modal's too (whatever its tag, in an infinitive
    chain a word in -a)."""
    doc = comma.doc
    words = [t.lower_ for t in doc[comma.i + 1 : limit]]
    marker = next((m for m in GRAMMAR.restatement_markers if tuple(words[: len(m)]) == m), None)
    if marker is None:
        return None
    position = comma.i + 1 + len(marker)
    while position < limit and doc[position].pos_ == "ADV":
        position += 1
    if position >= limit:
        return None
    candidate = doc[position]
    if _chain_tense(verb) == "inf":
        infinitive = _lexicon_infinitive_token(candidate) or slot_infinitive(candidate)
        return candidate if infinitive and not is_finite(candidate) else None
    return candidate if _chain_form(candidate, verb) else None


def _bracketed_restatement(bracket: Token, verb: Token, last: Token, limit: int) -> Token | None:
    """``kan inte ändras (rättas) av sekreteraren``, ``fastställs (beslutas) av X``: a verb
    alone in brackets right after the chain's last verb, in its voice, says the action again
    (like ``dvs.``): a conjunct of the chain, sharing its modal, negation and agent (round 34,
    B6). In an infinitive chain any word in -a/-as is the infinitive (a present passive in
    -as is spelled alike, whatever the tagger read)."""
    doc = bracket.doc
    if bracket.i != last.i + 1 or bracket.i + 2 >= limit or doc[bracket.i + 2].text != ")":
        return None
    candidate = doc[bracket.i + 1]
    if not is_verb(candidate) or not _same_voice(candidate, last):
        return None
    if _chain_tense(verb) == "inf":
        spelled = candidate.lower_.endswith(("a", "as"))
        return candidate if spelled or slot_infinitive(candidate) else None
    return candidate if _chain_form(candidate, verb) or is_finite(candidate) else None


_GLOSS_REACH = 8  # words of a bracketed gloss between two coordinated predicates


def _gloss_end(bracket: Token, last: Token, limit: int) -> int | None:
    """``sammanträder (har ett möte) och fattar beslut`` (round 57, analysis57-cp C3): a
    bracketed phrase right after the chain's last verb and right before a coordinator glosses
    that verb; the chain goes on past it, whatever the parser made of the words inside (it
    may read the gloss's finite as the root and the verb before as a noun). The index of the
    closing bracket; None where the bracket is not closed within a few words or no
    coordinator follows it."""
    doc = bracket.doc
    if bracket.i != last.i + 1:
        return None
    end = min(limit, bracket.i + _GLOSS_REACH + 2, len(doc))
    close = next((t.i for t in doc[bracket.i + 1 : end] if t.text in "()"), None)
    if close is None or doc[close].text != ")" or close + 1 >= limit:
        return None
    return close if doc[close + 1].lower_ in GRAMMAR.coordinators else None


def _adverbial_adjective(token: Token) -> bool:
    """A neuter adjective in -t that the parser uses as an adverb (``systematiskt``,
    ``vetenskapligt``, ``regelbundet`` even when tagged a noun), before a conjunct's verb."""
    return token.dep_ == "advmod" and token.pos_ in {"ADJ", "NOUN"} and token.lower_.endswith("t")


def _adverb_like(token: Token) -> bool:
    """An adverb, a present participle used as one (``fortlöpande``), or an adjective the
    parser uses as one (``regelbundet``)."""
    return _adverbial(token) or (token.pos_ == "ADJ" and token.dep_ == "advmod")


def _listed_infinitive_after_coordinator(candidate: Token, verb: Token) -> bool:
    """``verkställa det som beslutas av A, B eller C, och avge [NOUN] …``: in a chain of
    infinitives, an infinitive the grammar lists (``avge``, ``utse``) right after a
    coordinator is one, past a noun list or a relative clause too. Round 54 (54-cf D): so
    is a word in -a the lexicon knows only as a base form (``… genom rådgivning och nätverk
    samt utveckla [NOUN] …``), whatever its tag."""
    previous = candidate.doc[candidate.i - 1] if candidate.i > 0 else candidate
    return (
        previous.lower_ in GRAMMAR.coordinators
        and (candidate.lower_ in GRAMMAR.infinitives or _lexicon_infinitive_token(candidate))
        and _chain_tense(verb) == "inf"
        and not is_finite(candidate)
    )


def _passive_in_as(candidate: Token, last: Token) -> bool:
    """A first-conjugation s-passive (``förvärvas``) is spelled alike as present and
    infinitive: conjoined to a present passive, it is that present whatever its tag."""
    return (
        is_passive(last)
        and tense_of(last) == "pres"
        and candidate.lower_.endswith("as")
        and is_passive(candidate)
    )


def _chain_form(candidate: Token, verb: Token) -> bool:
    """A tagged verb in the chain's form and voice: an infinitive in an infinitive chain, a
    present in a present one."""
    if candidate.pos_ not in VERB_POS or not is_verb(candidate):
        return False
    return tense_of(candidate) == _chain_tense(verb) and _same_voice(candidate, verb)


def spliced_clause(
    verb: Token,
    in_actor: frozenset[int] | set[int] = frozenset(),
    finite_verbs: frozenset[int] | set[int] = frozenset(),
) -> int | None:
    """``Nämnden sammanträder varannan vecka, handlingarna skickas ut …``: after a comma, a
    noun phrase right before a verb group (its modal, auxiliary and adverbs included) is the
    subject of a main clause of its own (asyndetic coordination), so the clause shares no
    subject with the one before the comma; so is one after a coordinator that joins two main
    clauses (``…, och styrelsen väljer …``, `_coordinated_main_clause`; `in_actor`: the
    tokens of actor mentions). The comma's (or coordinator's) index, else None. A comma right
    before the verb group (``, utse ledamöter``, ``X, som …, leder``) opens no such clause,
    nor does a comma inside a list of noun phrases (``A, B och C leder``: the last one
    follows ``och``)."""
    doc = verb.doc
    start = sentence_start(verb)
    position = verb.i - 1
    arrays = doc_arrays(doc)  # the words' columns: a `Token` only where a test needs one
    pos, lower = arrays.pos, arrays.lower
    while position > start and (
        pos[position] in {"AUX", "ADV", "PART"}
        or (pos[position] in {"ADJ", "NOUN"} and _adverbial_adjective(doc[position]))
    ):
        position -= 1  # ", vetenskapligt [ADJ advmod] bearbeta": an adverb, no subject
    end = position + 1  # the noun phrase ends before this token
    if "att" in lower[end : verb.i]:
        return None  # "har, enligt stadgarna, rätt att granska": an infinitive has no subject
    while (
        position > start
        and pos[position] in SPLICED_SUBJECT_POS
        and lower[position] not in GRAMMAR.verb_alternatives  # ", alternativt begära"
    ):
        position -= 1
        if _joint_word(lower[position]) and position - 1 > start:
            position -= 1  # "och B samt C utser": `samt` joins the new clause's subjects
    length = end - position - 1
    if not 0 < length <= MAX_SPLICED_SUBJECT_TOKENS or pos[end - 1] not in SUBJECT_HEADS:
        return None
    if arrays.text[position] == ",":
        if _closes_coordinator_insertion(arrays.text, lower, position, start):
            return None  # "får A eller, vid förhinder, B besluta": B is A's conjunct
        return position if _clause_before(doc, start, position, in_actor, finite_verbs) else None
    main = _coordinated_main_clause(doc[position], doc[end], in_actor, finite_verbs)
    return position if main else None


def _closes_coordinator_insertion(
    text: Sequence[str], lower: Sequence[str], comma: int, start: int
) -> bool:
    """``A eller, vid förhinder för denne, B``: the comma closes an insertion that a comma
    right after a noun-phrase coordinator opened, so the noun phrase after it is the
    coordinator's second conjunct, no subject of a clause of its own (round 58, gen58 C1)."""
    position = comma - 1
    while position > start and text[position] not in {",", ";", ":"}:
        position -= 1
    if position <= start or text[position] != "," or comma - position < 2:
        return False
    return lower[position - 1] in GRAMMAR.noun_phrase_coordinators


def _clause_before(
    doc: Doc,
    start: int,
    comma: int,
    in_actor: frozenset[int] | set[int],
    finite_verbs: frozenset[int] | set[int],
) -> bool:
    """A finite verb (no actor word) before the comma: a main clause the comma may splice a
    second one onto. ``Norrbys-, Åsa- samt Tuve kommuner utser …`` has none: the comma
    lists the subjects (round 49, 49-r P3)."""
    return any(
        (is_finite(token) or token.i in finite_verbs) and token.i not in in_actor
        for token in doc[start:comma]
    )


SUBJECT_HEADS = frozenset({"NOUN", "PROPN", "ADJ"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


def _subject_joint(token: Token) -> bool:
    """A noun-phrase coordinator that joins no main clauses (``samt``, ``respektive``)."""
    return _joint_word(token.lower_)


def _joint_word(word: str) -> bool:
    """`_subject_joint` of a word (lower case)."""
    return word in GRAMMAR.noun_phrase_coordinators and word not in GRAMMAR.clause_coordinators


def _coordinated_main_clause(
    coordinator: Token,
    first: Token,
    in_actor: frozenset[int] | set[int],
    finite_verbs: frozenset[int] | set[int],
) -> bool:
    """``Stämman väljer revisorerna och styrelsen väljer ordföranden``: a coordinator, a noun
    phrase and a finite verb (subject + verb, V2) after a main clause's finite verb, with no
    subordinator between that verb and the coordinator, join a main clause with a subject of
    its own; the first clause's object (``revisorerna``) is no subject of the second
    clause's verb. `first`: the word after the noun phrase. ``Nämnden och styrelsen beslutar``
    (no finite verb before the coordinator) coordinates subjects, ``de ärenden som A och B
    beslutar om`` a relative clause's subjects (a subordinator between), ``…, A och B är``
    the subjects of a clause spliced on with a comma (a comma between, other than one right
    before the coordinator: ``…, och styrelsen väljer``). Words of an actor mention
    (`in_actor`) are never verbs (``ekonomichefen`` tagged as one); a finite verb the verb
    finder found where the tagger read a noun (`finite_verbs`: ``Fullmäktige utser [NOUN]
    styrelse och bolagsstämman fastställer …``) is one."""
    if coordinator.lower_ not in GRAMMAR.coordinators or not is_finite(first):
        return False
    doc = coordinator.doc
    before = coordinator.i - 1 if doc[coordinator.i - 1].text == "," else coordinator.i
    if before > 0 and doc[before - 1].dep_ in SUBJECT_DEPS:
        return False  # "de uppgifter fullmäktige och styrelsen beslutar om": the parser's subject
    for token in reversed(doc[coordinator.sent.start : before]):
        if token.lower_ in GRAMMAR.subordinators or token.text in {",", ";"}:
            return False  # "…, ekonomichefen och personalchefen är …": coordinated subjects
        if (is_finite(token) or token.i in finite_verbs) and token.i not in in_actor:
            return not _awaits_infinitive(token, coordinator, in_actor)
    return False


def _awaits_infinitive(
    finite: Token, coordinator: Token, in_actor: frozenset[int] | set[int]
) -> bool:
    """``Bolaget ska tillsammans med nämnden och förvaltningen samordna arbetet``: a modal with
    no verb between it and the coordinator still awaits its infinitive, so its clause is not
    complete and nothing is coordinated onto it as a main clause; the coordinator joins nouns
    inside the phrase before the infinitive (which the tagger may read as finite)."""
    if not is_modal(finite):
        return False
    between = finite.doc[finite.i + 1 : coordinator.i]
    return not any(t.pos_ in {"VERB", "AUX"} and t.i not in in_actor for t in between)


_QUANTITY_WORDS = frozenset({"en", "ett"})


def gapped_subjects(
    last_verb: Token, actor: ActorMention, mentions: Sequence[ActorMention]
) -> list[ActorMention]:
    """``Direktionen har nio ledamöter och presidiet tre`` (gapping, analysis-9 cause 11):
    after the clause, ``och`` + an actor + a quantity with no verb of its own repeats the
    verb with that actor as its subject."""
    doc = last_verb.doc
    end = sentence_end(last_verb)
    found: list[ActorMention] = []
    for mention in mentions:
        joint, after = mention.first_token - 1, mention.last_token + 1
        if mention is actor or joint <= last_verb.i or after >= end:
            continue
        if mention.genitive:
            continue
        if _ranked_last_conjunct(mention, last_verb, end, _parallel_ends(actor, mentions)):
            found.append(mention)  # "… och i andra hand sekreteraren." (round 49, 49-p P3)
            continue
        if not _gapping_joint(doc, joint, last_verb):
            continue
        quantity = doc[after].pos_ == "NUM" or doc[after].lower_ in _QUANTITY_WORDS
        after = past_personal_name(doc, after, end)  # "och kanslichef Eva Ek om …"
        verbless = not any(is_verb(t) or t.pos_ == "AUX" for t in doc[after:end])
        between = doc[last_verb.i : joint]
        counted = any(t.pos_ == "NUM" or t.lower_ in _QUANTITY_WORDS for t in between)
        if quantity and verbless and counted:
            found.append(mention)
            continue
        if not verbless or last_verb.pos_ == "AUX" or last_verb.lemma_ in GRAMMAR.copulas:
            continue
        # the first conjunct's complement, less the comma before the joint
        first = doc[last_verb.i + 1 : joint - 1 if doc[joint - 1].text == "," else joint]
        if _gapped_object(doc[after:end], first):
            found.append(mention)  # "A utser ledamoten och B suppleanten" (round 36, B8)
        elif _gapped_prepositional(doc[after:end], first, doc[joint - 1], mentions):
            found.append(mention)  # "A beslutar i X, och B i Y" (round 58, fix58b)
    return found


def _gapping_joint(doc: Doc, joint: int, last_verb: Token) -> bool:
    """A coordinator, or after a comma a `gapping_subordinators` word (``, medan``), opens a
    gapped conjunct."""
    word = doc[joint].lower_
    if word in GRAMMAR.coordinators:
        return True
    return word in GRAMMAR.gapping_subordinators and joint - 1 > last_verb.i and (
        doc[joint - 1].text == ","
    )


_MAX_NAME_WORDS = 3  # ``Eva Lind``, ``Anna Maria Berg``


def past_personal_name(
    doc: Doc, start: int, end: int, covered: Set[int] = frozenset(), capitals: bool = False
) -> int:
    """The index past a personal name at `start` (``kanslichef Eva Ek``): one to three
    capitalised words (in capitals too only where `capitals`) that no mention in `covered`
    holds; `start` itself where none stands there (the tagger reads ``Eva`` as a verb, §2.6:
    no actor)."""
    position = start
    while (
        position < end
        and position - start < _MAX_NAME_WORDS
        and doc[position].is_alpha
        and doc[position].text[:1].isupper()
        and (capitals or not doc[position].is_upper)
        and position not in covered
    ):
        position += 1
    return position


_COMPLEMENT_POS = frozenset({"DET", "ADJ", "NOUN", "NUM", "PROPN"})


def _gapped_prepositional(
    rest: Sequence[Token], first: Sequence[Token], before: Token, mentions: Sequence[ActorMention]
) -> bool:
    """``Nämnden beslutar i principiella ärenden, och förvaltningschefen i övriga ärenden``
    (§5.2 round 47, round 58): after the gapped conjunct's subject a prepositional phrase (or
    an object and one) runs to the sentence's end, and the first conjunct holds a phrase of
    the same preposition, so ``och`` joins two clauses. A noun right before ``och`` that ends
    an actor (``samråder med regionen och kommunen i …``) takes the noun after as its
    conjunct unless the object of a phrase of the same preposition; a comma before ``och``
    (`before`) closes the first clause."""
    words = [t for t in rest if not t.is_punct]
    if not words or not first or rest[-1].text not in {".", ";"}:
        return False
    if any(t.is_punct for t in rest[:-1]) or len(words) > MAX_GAPPED_OBJECT_TOKENS + 1:
        return False
    opening = next((n for n, t in enumerate(words) if t.pos_ == "ADP"), None)
    if opening is None or opening == len(words) - 1:
        return False
    phrase = [*words[:opening], *words[opening + 1 :]]
    if any(t.pos_ not in _COMPLEMENT_POS for t in phrase):
        return False
    preposition = words[opening].lower_
    if not any(t.lower_ == preposition and t.pos_ == "ADP" for t in first):
        return False
    if opening and first[0].pos_ == "ADP":
        return False  # an object before the phrase, none before the first conjunct's
    if before.text == ",":
        return True
    closing = next((m for m in mentions if m.last_token == first[-1].i), None)
    return closing is None or _governed_by(closing, preposition, before.doc)


def _governed_by(mention: ActorMention, preposition: str, doc: Doc) -> bool:
    """``består av chefer och referensgruppen av brukare``: the actor before ``och`` is the
    object of the remnant's own preposition, so the two phrases are parallel; after another
    (``i samråd med regionen och kommunen i …``) the actor after ``och`` is its conjunct."""
    return mention.first_token > 0 and doc[mention.first_token - 1].lower_ == preposition


def _ranked_last_conjunct(
    mention: ActorMention, last_verb: Token, end: int, parallel_ends: frozenset[int]
) -> bool:
    """``Vid lika röstetal har i första hand kassören utslagsröst och i andra hand
    sekreteraren.``: a coordinator, a rank adverbial (configs/grammar.yaml
    `rank_adverbials`), a determiner or adjectives (``den äldste``) and an actor that ends
    the sentence name the next in turn to the clause's verb (gapping); a rank adverbial
    before a non-actor (``och i andra hand lotten``) or an actor that goes on (``och sedan
    nämnden beslutar``) is none. Right after an object or complement actor or a
    prepositional phrase (`parallel_ends`: ``informera nämnderna och därefter
    fullmäktige``, ``rapporterar till X och sedan Y``) the remnant is that phrase's conjunct,
    no second subject (review 50, M1)."""
    doc = last_verb.doc
    after = mention.last_token + 1
    if after != end - 1 or doc[after].text not in {".", ";"}:
        return False
    first = mention.first_token
    while first - 1 > last_verb.i and doc[first - 1].pos_ in _REMNANT_MODIFIER_POS:
        first -= 1  # "och i andra hand den äldste ledamoten"
    for phrase in GRAMMAR.rank_adverbials:
        joint = first - len(phrase) - 1
        if joint <= last_verb.i:
            continue
        words = tuple(t.lower_ for t in doc[joint + 1 : first])
        if words == phrase and doc[joint].lower_ in GRAMMAR.coordinators:
            return not _parallel_phrase_before(doc[joint - 1], parallel_ends)
    return False


_REMNANT_MODIFIER_POS = frozenset({"DET", "ADJ"})


def _parallel_ends(actor: ActorMention, mentions: Sequence[ActorMention]) -> frozenset[int]:
    """The last tokens of the sentence's actor mentions other than the clause's subject."""
    return frozenset(m.last_token for m in mentions if m is not actor)


def _parallel_phrase_before(word: Token, parallel_ends: frozenset[int]) -> bool:
    """`word` (right before the coordinator) ends an actor other than the subject or the noun
    of a prepositional phrase: a phrase the ranked remnant is parallel to."""
    return word.i in parallel_ends or any(c.dep_ == "case" for c in word.children)


_OBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "NUM"})
MAX_GAPPED_OBJECT_TOKENS = 4


def _gapped_object(rest: Sequence[Token], first: Sequence[Token]) -> bool:
    """``Ekby kommun utser ledamoten och Norrå kommun suppleanten``: after the gapped
    conjunct's subject only a short noun phrase, its object, runs to the sentence's end, and
    the first conjunct has an object of its own (round 36, B8)."""
    words = [t for t in rest if not t.is_punct]
    if not words or len(words) > MAX_GAPPED_OBJECT_TOKENS or rest[-1].text not in {".", ";"}:
        return False
    if any(t.is_punct for t in rest[:-1]) or any(t.pos_ not in _OBJECT_POS for t in words):
        return False
    # the first conjunct's object a bare noun phrase too (no name, no prepositional phrase)
    return (
        words[-1].pos_ == "NOUN"
        and words[-1].dep_ != "advmod"  # "kallar X och Y skriftligen": an adverb
        and not is_adverb(words[-1])
        and bool(first)
        and first[-1].pos_ == "NOUN"
        and all(t.pos_ in _OBJECT_POS for t in first)
    )


def gapped_passive_subjects(
    last_verb: Token, actor: ActorMention, mentions: Sequence[ActorMention]
) -> list[ActorMention]:
    """``Sekreterare ska utses bland tjänstemännen och kassör bland ledamöterna`` (round 30,
    B2): after an agentless passive's clause, ``och`` + a bare role noun (indefinite, no
    determiner) + a phrase of `gapped_subject_prepositions` with no verb of its own repeats
    the passive (and its modal) with that noun as its subject, whatever the parser hung the
    noun on (a conjunct of the phrase's noun)."""
    doc = last_verb.doc
    end = sentence_end(last_verb)
    found: list[ActorMention] = []
    for mention in mentions:
        joint, after = mention.first_token - 1, mention.last_token + 1
        if mention is actor or joint <= last_verb.i or after >= end or mention.genitive:
            continue
        if doc[joint].lower_ not in GRAMMAR.coordinators:
            continue
        if doc[after].lower_ not in GRAMMAR.gapped_subject_prepositions:
            continue
        head = doc[mention.last_token]
        if head.pos_ != "NOUN" or "Def" in morph_values(head, "Definite"):
            continue
        if any(is_verb(t) or t.pos_ == "AUX" for t in doc[after:end]):
            continue
        found.append(mention)
    return found


def _past_complement_series(candidate: Token, opened_at: int, verb: Token) -> bool:
    """``ska överta ansvaret för att utveckla föreningsliv, idrott och bibliotek, vara
    remissinstans … samt ansvara för …``: after the ``för att``-complement of a responsibility
    noun (`infinitive_complement_noun_endings`) whose own series a coordinator has closed, a
    bare infinitive after a comma continues the modal's chain, not the complement (round 36,
    B2)."""
    if opened_at < 0 or _chain_tense(verb) != "inf" or not could_be_infinitive(candidate):
        return False
    doc = candidate.doc
    marker = next(
        (
            i
            for i in range(max(opened_at, 2), candidate.i)
            if doc[i].lower_ == "att"
            and doc[i - 1].lower_ == "för"
            and doc[i - 2].lower_.endswith(GRAMMAR.infinitive_complement_noun_endings)
        ),
        None,
    )
    if marker is None:
        return False
    between = doc[marker + 1 : candidate.i]
    return any(t.lower_ in GRAMMAR.coordinators for t in between) and not any(
        is_finite(t) for t in between
    )


def in_infinitive_clause(finite: Token, since: int) -> bool:
    """``ska främja idrotten genom att ordna tävlingar och utbilda ledare samt stödja
    klubbarna``: a verb conjoined after the infinitive of an adverbial ``genom``/``utan``/
    ``för att``-clause (`infinitive_clause_prepositions`) that opened after the governing cue
    (at `since`), with no finite verb or modal between, is that clause's, not the cue's
    (round 36, B4); ``ansvaret för att`` is a noun's complement, not such a clause."""
    doc = finite.doc
    for i in range(max(since, 1), finite.i - 1):
        if (
            doc[i].lower_ != "att"
            or doc[i - 1].lower_ not in GRAMMAR.infinitive_clause_prepositions
            or not could_be_infinitive(doc[i + 1])
        ):
            continue
        if (
            doc[i - 1].lower_ == "för"
            and i >= 2
            and doc[i - 2].lower_.endswith(GRAMMAR.infinitive_complement_noun_endings)
        ):
            continue
        between = doc[i + 2 : finite.i]
        return not any(is_finite(t) or is_modal(t) for t in between)
    return False
