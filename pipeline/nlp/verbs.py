"""Verbs word by word: which tokens are verbs, their lemma, tense and voice.

The tagger, morphologizer and parser decide what is a verb; spelling only *adds* a verb
the tagger missed where grammar demands one (after a modal or infinitive ``att``).
Word lists come from ``configs/grammar.yaml``. Verb groups are `pipeline.nlp.groups`. The
predicates `is_verb` asks live by job in `pipeline.nlp.verb_fallbacks` (verbs the tagger
missed) and `pipeline.nlp.verb_vetoes` (a verb tag overruled), their shared spelling and
lexicon helpers in `pipeline.nlp.verb_forms`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from pipeline.language.grammar import GRAMMAR, Grammar, active_grammar
from pipeline.language.phrases import phrases_by_first_word
from pipeline.language.spelling import (
    VOWELS,
    archaic_infinitive_lemma,
    lexicon_lemma,
    present_lemma,
    present_spelling,
    strong_preterite_lemma,
    supine_lexicon_lemma,
)
from pipeline.nlp.memo import (
    doc_arrays,
    doc_memoised,
    false_for_words,
    memoised,
    morph_values,
    sentence_end,
    sentence_start,
    word_memoised,
)
from pipeline.nlp.verb_fallbacks import (
    adverbial_before_infinitive,
    archaic_infinitive,
    att_subject_word,
    closed_tag_infinitive,
    conjunct_preterite_lemma,
    finite_in_second_place,
    fora_in_series,
    imperative_in_s,
    infinitive_after_conjunct_adverb,
    infinitive_after_copula_att,
    infinitive_after_marker,
    infinitive_after_series_att,
    infinitive_conjunct_after_marker,
    infinitive_past_insertion_after_marker,
    initial_infinitive,
    initial_passive_before_agent,
    initial_present,
    inverted_subject_read_as_verb,
    late_modal_infinitive,
    misread_infinitive_conjunct,
    modal_over_inverted_s_passive,
    passive_after_fronted_clause,
    passive_after_pronoun_subject,
    passive_after_relative_clause,
    passive_by_spelling,
    present_after_fronted_clause,
    present_after_pronoun,
    present_after_relative_subject,
    present_in_fronted_condition,
    present_in_series,
    present_read_as_preposition,
    present_slip_after_modal,
    preterite_after_article,
    preterite_after_conjunct_adverbial,
    preterite_after_relative_som,
    preterite_in_second_place,
    preterite_in_series,
    s_supine_tagged_present,
    short_present_lemma,
    strong_preterite_in_second_place,
    subject_attribute,
    supine_after_adverbial,
    supine_after_date,
    supine_after_perfect,
    supine_tagged_present_in_series,
    v1_condition_end,
    v1_main_present,
)
from pipeline.nlp.verb_forms import (
    ALWAYS_FINITE,
    MAX_PHRASE_TOKENS,
    NON_VERB_POS,
    VERB_POS,
    _lexicon,
    adjective_form,
    adverb_at,
    adverbial_phrase_start,
    base_form_word,
    before_adverbs,
    before_adverbs_and_negations,
    is_modal,
    lexicon_infinitive,
    looks_supine,
    s_passive_spelling,
    s_present_lemma,
    supine_spelling,
)
from pipeline.nlp.verb_vetoes import (
    address_word,
    adjectival_in_tree,
    adjective_in_noun_series,
    answer_cell,
    attributive_in_noun_phrase,
    attributive_past,
    body_noun_word,
    capitalised_word,
    compound_noun_object,
    conjunct_without_verb_reading,
    coordinated_quantifier,
    digits_and_letters_text,
    genitive_tagged_verb,
    interrogative_var,
    listed_noun_homograph,
    naming_participle,
    never_verb_text,
    no_infinitive_spelling,
    no_verb_reading_word,
    not_a_finite_form,
    noun_by_lexicon,
    noun_by_phrase,
    noun_in_noun_series,
    noun_series_word,
    opens_pronoun_phrase,
    participle_after_copula,
    participle_in_object_series,
    passive_without_s,
    postposed_participle,
    present_without_ending,
    pronominal_adverb_word,
    proper_name_word,
    revision_mark,
    revision_mark_word,
    subject_before_s_passive,
    supine_after_determiner,
)

AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})


MAX_GROUP_TOKENS = 12


@dataclass(frozen=True)
class Verb:
    start: int
    end: int
    text: str
    lemma: str
    tense: str
    voice: str
    negated: bool
    is_auxiliary: bool
    modal: str | None
    token: int


def _subject_before(token: Token) -> bool:
    """A noun, name or pronoun (past adverbs and negations) right before the word, not a
    genitive: the subject of a clause whose verb the word is (``att god ordning
    upprätthålls``, ``om åtgärder inte vidtas``)."""
    position = before_adverbs_and_negations(token)
    if position < sentence_start(token):
        return False
    arrays = doc_arrays(token.doc)
    lower = arrays.lower
    before = token.doc[position]
    subordinators, dep = GRAMMAR.subordinators, arrays.dep
    if any(dep[c] == "case" and lower[c] not in subordinators for c in arrays.children[position]):
        return False  # "I delegationsordningen förtecknas": a fronted adverbial, no subject
    if "Gen" in morph_values(before, "Case"):
        return False
    # a noun the tagger read as a verb the parser attaches as an attribute ("sammanträde")
    return before.pos_ in {"NOUN", "PROPN", "PRON"} or (
        before.pos_ in VERB_POS and before.dep_ == "amod" and not is_verb(before)
    )


@memoised
def passive_after_subject(token: Token) -> bool:
    """An s-passive present the tagger read as an adverb, adjective or noun, right after its
    subject (``… ansvarar för att god ordning upprätthålls``): the lexicon knows the word
    only as a verb's s-form."""
    pos = token.pos_
    if pos in VERB_POS or not s_passive_spelling(token.lower_):
        return False
    if pos in NON_VERB_POS and not (pos == "PRON" and _agent_after(token)):
        return False  # "Ekbotåg AB ägs [PRON] gemensamt av …" (round 56, 56b-cm R4)
    if token.i == sentence_start(token):
        return False
    return _subject_before(token)


_AGENT_REACH = 2  # adverbs or adjectives (``gemensamt``, ``helt``) between a passive and ``av``


def _agent_after(token: Token) -> bool:
    """``ägs gemensamt av``, ``förvaltas helt av``: ``av`` after at most two adverbs or
    adjectives (the tagger reads ``gemensamt`` as either) follows the word: an s-form the
    tagger read as a pronoun is a passive with its agent (a pronoun in -s, ``vars``,
    ``bådas``, is followed by its noun)."""
    doc, end = token.doc, sentence_end(token)
    position = token.i + 1
    while position < min(end, token.i + 1 + _AGENT_REACH) and doc[position].pos_ in {
        "ADV",
        "ADJ",
    }:
        position += 1
    return position < end and doc[position].lower_ == "av"


def is_adverb(token: Token) -> bool:
    """An adverb by the tagger, by its derivational ending (``-ligen`` forms adverbs only:
    ``månatligen``, ``huvudsakligen``) or a listed adjective used as one (``regelbundet``),
    whatever the tag."""
    return adverb_at(token.lower_, token.pos_, GRAMMAR.adverbial_adjectives)


@memoised
def is_verb(token: Token) -> bool:
    """A verb or auxiliary by the tagger, not a participle (SUC tag PC: ``anställd``; a
    "present" without -r: ``vald``).

    Asked of every token, so the chain is split by the tagger's word class, each branch
    asking only the predicates whose own first test admits that class: a closed class
    (`_CLOSED_CLASSES`) is a verb only as a listed form, as ``för`` (`fora_in_series`,
    which tests the word) or as a mistagged infinitive (`closed_tag_infinitive`, which admits
    only closed classes); a tagged verb is asked the four "missed verb" predicates that
    admit a verb tag, then the vetoes; any other word (noun, adjective, adverb, name,
    untagged) only the "missed verb" predicates, since after them every veto leads to "not
    tagged a verb: no verb". The predicates only read the parse, so skipping one that cannot
    hold, or another order, cannot change the answer. A predicate added here, or one whose
    word-class test changes, goes in every branch whose classes it admits."""
    word, pos = token.lower_, token.pos_
    grammar = active_grammar()
    if _never_a_verb(token, word, pos, grammar):
        return False
    if pos in _ATTRIBUTIVE_CLASSES and attributive_in_noun_phrase(token):
        # "har den 3 maj, § 7 antagit reglementet"; "och vid behov entlediga [amod] VD";
        # "att föra X och bestrida [ADJ] utgifter"
        return (
            supine_after_date(token)
            or supine_after_adverbial(token)
            or infinitive_after_conjunct_adverb(token)
            or infinitive_conjunct_after_marker(token)
            or infinitive_after_copula_att(token)  # "är att avlasta [ADJ] X" (round 52)
            or infinitive_after_series_att(token)  # "X, Y, att fastställa [ADJ] Z" (round 58)
        )
    if word in grammar.modals or word in ALWAYS_FINITE:
        return True  # (a modal: `is_modal`)
    if word in grammar.plural_modals and is_modal(token):
        return True  # `is_modal`'s other way: a plural modal in a modal's slot (its own test)
    if pos in _CLOSED_CLASSES:
        return (
            fora_in_series(token)
            or passive_after_subject(token)  # "X AB ägs [PRON] gemensamt av" (round 56)
            or closed_tag_infinitive(token)
            or present_read_as_preposition(token)  # "Nämnden inför en taxa." (round 43)
        )
    if pos in VERB_POS:
        return _tagged_verb(token, word, grammar)
    return _missed_verb(token, word, pos, grammar)


def _never_a_verb(token: Token, word: str, pos: str, grammar: Grammar) -> bool:
    """The vetoes `is_verb` asks first, whatever the tag: the word's shape or class rules
    out any verb reading. Those that read the word alone are settled once per word
    (`_word_vetoes`); of the others only those whose own first test admits the word are
    asked."""
    vetoes = _word_vetoes(token.text, word, pos)
    return vetoes is True or (bool(vetoes) and any(veto(token) for veto in vetoes))


@word_memoised
def _word_vetoes(text: str, word: str, pos: str) -> Literal[True] | tuple[_Veto, ...]:
    """True where a veto that reads only the word (its text, lowercase form and class) holds;
    else the vetoes that read its context and whose first test, by the word, admits it
    (`_CONTEXT_VETOES`), mostly none. A veto added to `_never_a_verb` goes in one or the other."""
    if no_verb_by_word(word, pos) or word in active_grammar().never_verbs:
        return True
    if inner_capital(text):  # "ÖiS", "KoF" (round 49, analysis 49-br C16)
        return True
    if body_noun_word(word):  # "i regionfullmäktige Medlemmarna utser" (round 52, bm-G1)
        return True
    if pronominal_adverb_word(word):  # "varom", "därigenom" (round 35, B5)
        return True
    if never_verb_text(text) or address_word(word):  # "KS/2015:171", "a@b.se" (round 52)
        return True
    if digits_and_letters_text(text):  # "c.3.4ja" (round 36, V4)
        return True
    return tuple(veto for veto, admits in _CONTEXT_VETOES if admits(text, word))


_Veto = Callable[[Token], bool]


def in_complex_preposition(token: Token) -> bool:
    """``ifråga om``, ``i fråga om``, ``med hänsyn till``: a word of a complex preposition
    (grammar `complex_prepositions`) where the whole phrase stands (round 57, cn C1)."""
    word, doc = token.lower_, token.doc
    for phrase in GRAMMAR.complex_prepositions:
        if word not in phrase:
            continue
        start = token.i - phrase.index(word)
        if start >= 0 and start + len(phrase) <= len(doc) and all(
            doc[start + offset].lower_ == part for offset, part in enumerate(phrase)
        ):
            return True
    return False

# The vetoes of `_never_a_verb` that read the token's context, each with its own first test
# of the word (False there: the veto does not hold, whatever the context); where that test
# is more than a list look-up, the veto calls the same function (`noun_series_word`).
_CONTEXT_VETOES: tuple[tuple[_Veto, Callable[[str, str], bool]], ...] = (
    (opens_pronoun_phrase, lambda text, word: word in GRAMMAR.pronoun_phrase_first_words),
    # "Tallbacka kommun" (round 48), "Hanna Strand" (round 51)
    (proper_name_word, capitalised_word),
    # "bestämmer var mötet ska hållas" (round 44, bg-G2)
    (interrogative_var, lambda text, word: word == "var"),
    # ", nedan kallat förbundet,"
    (naming_participle, lambda text, word: word in GRAMMAR.naming_participles),
    # "hela eller delar av personalen"
    (coordinated_quantifier, lambda text, word: word in GRAMMAR.coordinated_quantifiers),
    # "DELEGATIONSORDNING rev Bilagor" (round 52, ca-S9)
    (revision_mark, revision_mark_word),
    # "intäkter och prognos [VERB] för året" (round 45), "… och hamnar" (round 53)
    (noun_in_noun_series, noun_series_word),
    # "tillhandahålla fjärrvärme och elnät [VERB]" (round 56, newuser56b fault 1)
    (conjunct_without_verb_reading, no_verb_reading_word),
    # "| Handläggare | Nej [VERB] | Lag" (round 56, newuser56b fault 4)
    (answer_cell, lambda text, word: word in GRAMMAR.cell_answer_words),
)


def inner_capital(text: str) -> bool:
    """``ÖiS``, ``KoF``, ``McKinsey``: a word with a capital after its first letter and a
    lower-case letter is an acronym or a mixed-case name, never a Swedish verb form, which is
    written in lower case or all capitals (round 49, analysis 49-br C16). A shape test."""
    rest = text[1:]
    return text.isalpha() and not text.isupper() and rest != rest.lower()


@word_memoised
def no_verb_by_word(word: str, pos: str) -> bool:
    """`is_verb`'s first tests, by the word alone: a token without a letter (``·``, ``–``,
    ``§``; the tagger may call it a verb), or one not tagged a verb whose word no fallback
    admits (`_fallback_spelling`). Such a token is no verb, nor finite (`is_finite`: its
    modals and always-finite verbs are fallback words)."""
    if not word.isalpha() and not any(character.isalpha() for character in word):
        return True
    return pos not in VERB_POS and not _fallback_spelling(word, active_grammar())


# No predicate of `_missed_verb` admits these classes save `fora_in_series` (by the word);
# `closed_tag_infinitive` admits only these.
_CLOSED_CLASSES = NON_VERB_POS - {"PROPN"}


_ATTRIBUTIVE_CLASSES = frozenset({"VERB", "ADJ"})  # the classes `attributive_in_noun_phrase` reads


def _tagged_verb(token: Token, word: str, grammar: Grammar) -> bool:
    """`is_verb` of a token tagged VERB or AUX: of the predicates that find a missed verb only
    those admitting a verb tag, then the vetoes (`compound_noun_object` first: the V2
    fallback reads an unknown compound in -r as a present)."""
    if compound_noun_object(token):
        return False  # "ska utse stödpersoner": before the fallbacks, which read it a present
    if listed_noun_homograph(token) or adjective_in_noun_series(token):
        return False  # "främja hälsa, kultur och rättvisa" (round 38, at-B3), "och lösa fynd"
    if inverted_subject_read_as_verb(token):
        return False  # "… är frånvarande utser [NOUN] kommunstyrelsen [VERB]" (round 43)
    if _att_subject(token):
        return False  # "ansvarar för att sammanträdena [VB] leds" (round 47)
    if participle_in_object_series(token):
        return False  # "ska tillämpa lagar och beslutade riktlinjer" (round 52, bh-C1)
    if word in grammar.reciprocal_verbs:
        return True
    if any(fallback(token) for fallback in _tagged_fallbacks(token.text, word)):
        return True  # `_TAGGED_FALLBACKS`, those whose gate admits the word
    if attributive_past(token) or no_infinitive_spelling(token) or postposed_participle(token):
        return False
    if noun_by_lexicon(token) or supine_after_determiner(token) or noun_by_phrase(token):
        return False
    if subject_before_s_passive(token):
        return False  # "Extra stämma hålls …" (round 41, agt-C10)
    if participle_after_copula(token) or genitive_tagged_verb(token):
        return False
    if adjectival_in_tree(token) or not_a_finite_form(token):
        return False
    if present_without_ending(token) or passive_without_s(token):
        return False
    return "Part" not in morph_values(token, "VerbForm") and not token.tag_.startswith("PC")


def _att_subject(token: Token) -> bool:
    """Right after ``att`` or opening its sentence (a list item under ``se till att:``), a
    word opening a clause's subject (`att_subject_word`: ``antagna [VB] beslut verkställs``)."""
    if token.i > 0 and doc_arrays(token.doc).lower[token.i - 1] == "att":
        return att_subject_word(token)
    return token.i == sentence_start(token) and subject_attribute(token)


def _missed_verb(token: Token, word: str, pos: str, grammar: Grammar) -> bool:
    """`is_verb` of a token not tagged a verb: one the tagger missed, where spelling and
    position demand a verb. Of `_MISSED_FALLBACKS` only those whose gate admits the word are
    asked (`_missed_fallbacks`, settled once per word)."""
    if word in grammar.reciprocal_verbs and pos not in NON_VERB_POS:
        return True  # "Presidiet och chefen träffas [NOUN]": only ever a verb form
    return any(fallback(token) for fallback in _missed_fallbacks(token.text, word))


# What each predicate that makes a word not tagged VERB/AUX a verb wants, by its first tests
# (`_missed_verb`'s, `supine_after_date` for an attribute, `fora_in_series` and
# `closed_tag_infinitive` for a closed class): an s-form (-s), a supine (-t, -ts), an
# infinitive (-a) or a present (-r, ``för``) by the lexicon's spelling, or a word listed in
# `_fallback_spelling`. A predicate added there that admits other words widens this gate.
_FALLBACK_ENDINGS = frozenset("astr")


def _fallback_spelling(word: str, grammar: Grammar) -> bool:
    """The word ends as one of `_FALLBACK_ENDINGS` or is read by a list, whatever its ending:
    a reciprocal s-verb, a listed infinitive (``utse``), a modal or an always-finite verb
    (``är``, a verb-first condition's verb)."""
    return (
        word[-1:] in _FALLBACK_ENDINGS
        or word in grammar.reciprocal_verbs
        or word in grammar.infinitives
        or word in grammar.modals
        or word in ALWAYS_FINITE
        or word in grammar.strong_preterites
        or conjunct_preterite_lemma(word) is not None  # round 51, an-C5
    )


def s_present_tagged_supine(token: Token) -> bool:
    """Tagged supine but spelled as the s-passive present (``kommunen styrs av``): no supine
    ends in a bare -s after a consonant other than t."""
    word = token.lower_
    return (
        "Sup" in morph_values(token, "VerbForm")
        and word.isalpha()
        and word.endswith("s")
        and (not word.endswith("ts") or _stem_in_t_passive(word))
    )


def r_present_tagged_supine(token: Token) -> bool:
    """Tagged supine but spelled as a present the lexicon knows (``Utskottet genomför [VB|SUP]
    samtalet``, round 43 nu43-1): a supine ends in -t (``genomfört``, ``gjort``, ``sett``),
    never in -r, so every present of ``föra``, ``göra``, ``se`` and their compounds is one."""
    word = token.lower_
    return (
        "Sup" in morph_values(token, "VerbForm")
        and word.isalpha()
        and word.endswith("r")
        and present_spelling(word)
    )


def present_tagged_supine(token: Token) -> bool:
    """A present (active in -r or s-passive) the tagger read as a supine."""
    return s_present_tagged_supine(token) or r_present_tagged_supine(token)


def _stem_in_t_passive(word: str) -> bool:
    """``tillsätts``, ``ersätts``: a verb whose stem ends in -t adds the passive -s to it, so
    its present is spelled like a supine passive; the lexicon knows the word less -s plus -a
    as an infinitive (``tillsätta``), which no supine gives (``tillsatts`` → tillsatta)."""
    return f"{word[:-1]}a" in _lexicon()[1] and lexicon_lemma(word) in {"", f"{word[:-1]}a"}


# an agent, a predicative, the particle of `samla in` (`Uppgifterna samlas in`): the passive
RECIPROCAL_BLOCKERS = frozenset({"av", "som", "in"})


def reciprocal(token: Token) -> bool:
    """``Presidiet och chefen träffas``, ``Ledamöterna möts``: a reciprocal s-verb
    (``reciprocal_verbs``) with a coordinated or plural subject and no ``av``-agent or
    ``som``-predicative after it is active."""
    if token.lower_ not in GRAMMAR.reciprocal_verbs or _grouped_into(token):
        return False
    doc = token.doc
    position = token.i + 1
    while (
        position < len(doc)
        and doc[position].pos_ == "ADV"
        and doc[position].lower_ not in RECIPROCAL_BLOCKERS
    ):
        position += 1
    if position < len(doc) and doc[position].lower_ in RECIPROCAL_BLOCKERS:
        return False
    inverted = [c for c in token.children if c.i > token.i and _plural_subject(c)]
    if any(_blocked_after(child) for child in inverted):
        return False  # "Efter valet ses nämnden som ansvarig": a predicative
    if any(_plural_subject(child) for child in token.children):
        return True
    subject = _subject_before_verb(token)
    if subject is None:
        subject = _inverted_subject_after(token, position)
        if subject is not None and _blocked_after(subject):
            return False
    return subject is not None and _plural_head(subject)


# what may hang on a bare neuter group noun: attributes, no fixed phrase's `med` (`i samband med`)
_GROUP_PHRASE_DEPS = frozenset({"case", "det", "amod", "nummod", "compound"})


def _grouped_into(token: Token) -> bool:
    """``Medlemmarna samlas i lokalavdelningar``, ``Föreningarna förenas i ett riksförbund``:
    a `grouping_reciprocals` s-form with an ``i``-phrase of an indefinite count noun (the group
    its subject is put into) is the passive of ``samla``/``förena`` (fix26)."""
    if token.lower_ not in GRAMMAR.grouping_reciprocals:
        return False
    return any(child.dep_ == "obl" and _group_noun(child) for child in token.children)


def _group_noun(noun: Token) -> bool:
    """An indefinite common noun under ``i`` that counts: plural or with an indefinite article
    (``i lokalavdelningar efter ort``), or a bare neuter with attributes only (``i nätverk``,
    a neuter plural the tagger calls singular; not ``i samband med``); no time noun (``i två
    dagar``), no bare singular of the common gender (``i januari``, ``i god tid``)."""
    children = list(noun.children)
    if noun.pos_ != "NOUN" or "Ind" not in morph_values(noun, "Definite") or is_time_noun(noun):
        return False
    if not any(c.dep_ == "case" and c.lower_ == "i" for c in children):
        return False
    article = any(c.dep_ == "det" and c.lower_ in GRAMMAR.indefinite_articles for c in children)
    attributes = [c for c in children if c.dep_ in _GROUP_PHRASE_DEPS and c.pos_ != "ADP"]
    plural = any("Plur" in morph_values(t, "Number") for t in [noun, *attributes])
    if article or plural:
        return True
    bare = all(c.dep_ in _GROUP_PHRASE_DEPS for c in children)
    return bare and "Neut" in morph_values(noun, "Gender")


def is_time_noun(noun: Token) -> bool:
    """A noun of time (grammar `time_nouns`) or a compound ending in one (``verksamhetsår``);
    the word itself where the tagger's lemma is off (``höst`` → hösta: round 46, rank 3)."""
    lemma = noun.lemma_.lower() or noun.lower_
    return noun.lower_ in GRAMMAR.time_nouns or any(
        lemma.endswith(word) for word in GRAMMAR.time_nouns
    )


_RELATIVE_SUBJECT_WORDS = 3  # ``det år [den nya] styrelsen väljs``
_RELATIVE_HEAD_DETERMINERS = frozenset({"den", "det", "de"})
_SUBJECT_ENDS = frozenset({"NOUN", "PROPN", "PRON"})
_SUBJECT_WORDS = frozenset({"DET", "ADJ", "NUM", *_SUBJECT_ENDS})


def _bare_time_noun(token: Token) -> bool:
    """A time noun spelt in its bare form (``år``, ``vecka``, ``kalenderår``; not ``året``),
    whatever the tagger made of it (``kalenderår`` [ADJ])."""
    word = token.lower_
    return token.pos_ in {"NOUN", "ADJ"} and any(word.endswith(w) for w in GRAMMAR.time_nouns)


def time_relative_verb(token: Token) -> bool:
    """Round 49, ao G1: ``ska senast den 1 mars det år stämman hålls utse …``: a verb right
    after a definite article, a time noun in its bare form (grammar `time_nouns`: ``det
    år``, ``den vecka``, ``det kalenderår``, the head of a restrictive relative clause)
    and a subject noun phrase of its own is the finite verb of a relative clause without
    ``som`` (``det år [då] stämman hålls``), never the infinitive of a modal before it.
    ``det året anta`` (no subject between) is no such clause."""
    doc = token.doc
    start = sentence_start(token)
    if token.i - 3 < start or doc[token.i - 1].pos_ not in _SUBJECT_ENDS:
        return False
    for position in range(token.i - 2, max(start, token.i - 2 - _RELATIVE_SUBJECT_WORDS), -1):
        noun = doc[position]
        if _bare_time_noun(noun) and doc[position - 1].lower_ in _RELATIVE_HEAD_DETERMINERS:
            return position > start
        if noun.pos_ not in _SUBJECT_WORDS:
            return False
    return False


def _blocked_after(subject: Token) -> bool:
    """An ``av``-agent or a ``som``-predicative right after an inverted subject (adverbs
    between): the passive (``Efter valet ses nämnden som ansvarig``)."""
    doc, position = subject.doc, subject.i + 1
    while position < len(doc) and doc[position].pos_ == "ADV":
        position += 1
    return position < len(doc) and doc[position].lower_ in RECIPROCAL_BLOCKERS


# Words of a noun phrase before its head: determiners, attributes, genitives, numerals.
_NOUN_PHRASE_LEAD_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})


def _inverted_subject_after(token: Token, position: int) -> Token | None:
    """``Mellan sammanträdena träffas ordföranden och kanslichefen``: after a fronted
    adverbial (no subject right before the verb, which is not the first word) the subject
    stands right after the verb (V2; `position`: past the adverbs after it), the head of
    its noun phrase: past determiners, attributes and genitives (round 23, cause E1)."""
    doc, start = token.doc, sentence_start(token)
    if token.i == start or doc[token.i - 1].is_punct:
        return None
    end = sentence_end(token)
    while position < end and doc[position].pos_ in _NOUN_PHRASE_LEAD_POS:
        candidate = doc[position]
        genitive = "Gen" in morph_values(candidate, "Case") or candidate.dep_ == "nmod:poss"
        if candidate.pos_ in {"NOUN", "PROPN"} and not genitive:
            return candidate
        position += 1
    return None


def _subject_before_verb(token: Token) -> Token | None:
    """``Styrelsens ordförande och VD bör träffas``: the head of the noun phrase that ends
    right before the verb or its modal (adverbs between), read by position where the parser
    hangs the words elsewhere: the first conjunct of a coordination, never a noun governed
    by a preposition (``Avtal med leverantörer bör träffas``: the subject is ``Avtal``)."""
    doc, start = token.doc, sentence_start(token)
    position = before_adverbs(doc, token.i - 1, start)
    if position >= start and is_modal(doc[position]):
        position = before_adverbs(doc, position - 1, start)
    if position < start or doc[position].pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    head = doc[position]
    while head.dep_ == "conj" and start <= head.head.i < head.i:
        head = head.head
    if any(child.dep_ == "case" for child in head.children):
        return None
    return head


def _plural_head(head: Token) -> bool:
    """A coordinated or plural noun phrase head, or a collective body."""
    return (
        any(child.dep_ == "conj" and child.i > head.i for child in head.children)
        or "Plur" in morph_values(head, "Number")
        or _collective_body(head.lemma_.lower())
    )


def _plural_subject(child: Token) -> bool:
    """A plural or coordinated subject, or a collective body whose members meet one another
    (``Direktionen träffas``, ``Utskottet möts``: ``collective_bodies`` as compound head)."""
    if not child.dep_.startswith("nsubj"):
        return False
    coordinated = any(c.dep_ == "conj" for c in child.children)
    return (
        coordinated
        or "Plur" in morph_values(child, "Number")
        or _collective_body(child.lemma_.lower())
    )


def _collective_body(lemma: str) -> bool:
    return any(lemma.endswith(body) for body in GRAMMAR.collective_bodies)


def verb_lemma(token: Token) -> str:
    """The verb's lemma, once per token while a memo of its Doc is open (the verbs and the
    statements components ask of the same verbs). Kept with the Doc's facts, not its
    per-token answers: `present_read_as_preposition` reads the actor mentions, and a new
    mention list drops the facts."""
    return doc_memoised(token.doc, (verb_lemma, token.i), lambda: _verb_lemma(token))


def _fallback_preterite(token: Token) -> bool:
    """A weak preterite by spelling (`conjunct_preterite_lemma`) that the tagger read as no
    finite verb, in a place only a finite verb takes: second place (``Detta förbund ändrade
    [PC] år 2001``, round 43, be-C11), after a fronted conjunct adverbial (``och därefter
    godkände [ADJ] styrelsen``, round 51, an-C5), in a series of finite verbs (``utredde X
    samt föreslog [VB|INF]``), after a relative ``som`` (``som granskade [PC]``) or a
    pronoun ``den``/``det``/``de`` (``De ändrade [PC] sig``, round 55): a verb in the past
    tense, whose lemma the lexicon reads."""
    return (
        preterite_in_second_place(token)
        or preterite_after_conjunct_adverbial(token)
        or preterite_in_series(token)
        or preterite_after_relative_som(token)
        or preterite_after_article(token)
    )


def _verb_lemma(token: Token) -> str:
    word = token.lower_
    if word in GRAMMAR.irregular_lemmas:
        return GRAMMAR.irregular_lemmas[word]
    strong = strong_preterite_lemma(word)
    if strong:
        return strong  # "hölls" → hålla, "antog" → anta (round 47, bo C1)
    archaic = archaic_infinitive_lemma(word)
    if archaic:
        return archaic  # "handhavas" → handha (round 43, bf cause 4)
    active = _active_supine(word)
    if active in GRAMMAR.irregular_lemmas:
        return GRAMMAR.irregular_lemmas[active]  # getts → gett → ge, givits → ge
    if reciprocal(token):
        return GRAMMAR.reciprocal_verbs[word]
    if imperative_in_s(token):
        return f"{word}a"  # "läs" → läsa (round 40, ax cause 10)
    # `is_verb`'s fallbacks are asked only where their gate admits the word (`_gated`)
    ask = _gated(token)
    if ask(present_in_series) or ask(finite_in_second_place) or ask(present_after_pronoun):
        # "utövar" read as an adverb (lemma utövare): utöva; "avser" (round 52): avse
        return short_present_lemma(word) or present_lemma(word)
    if ask(present_after_fronted_clause) or ask(present_in_fronted_condition):
        return present_lemma(word)  # "…, sammanträder [NOUN] det nya fullmäktige"
    if ask(present_after_relative_subject):
        return present_lemma(word)  # "… vars andel är 5 10 % utser [NOUN]"
    if token.pos_ not in VERB_POS and ask(initial_present):
        return present_lemma(word)  # "| Kallar [PROPN, lemma Kalle] till …" (round 51)
    if present_read_as_preposition(token):
        return present_lemma(word)  # "Nämnden inför [ADP] en taxa." (round 43)
    if s_supine_tagged_present(token):
        return lexicon_lemma(word) or _supine_lemma(word)  # ålagts → ålägga (round 42)
    if ask(_fallback_preterite):
        return conjunct_preterite_lemma(word) or word  # "ändrade [PC]" → ändra (round 43)
    if "Sup" not in morph_values(token, "VerbForm") and (
        ask(supine_after_perfect) or ask(supine_after_adverbial)
    ):
        # "har även fastställt [ADV]" (round 43, be-C1): the lexicon's, as its spelling test
        return supine_lexicon_lemma(word) or _supine_lemma(word)
    return _lemma_by_tags(token, word, active)


def _lemma_by_tags(token: Token, word: str, active: str) -> str:
    """The lemma of a verb that no fallback reads: the model's, mended by the tags
    (infinitive, s-passive, present in -ar, supine, preterite) and by the spelling."""
    lemma = (token.lemma_ or word).lower()
    forms = morph_values(token, "VerbForm")
    if ("Inf" in forms or _untagged_infinitive(token)) and word.isalpha():
        lemma = word  # a Swedish infinitive is its own lemma
    if word.endswith("s") and is_passive(token) and tense_of(token) == "pres":
        lemma = s_present_lemma(word) or lemma  # knyts → knyta, not the noun knyte
    if word.endswith("s") and is_passive(token) and not lemma.endswith("s"):
        lemma = _s_passive_lemma(word, lemma)  # sköts (lemma sköte) → sköta
    if lemma.endswith("s") and word.endswith("s") and is_passive(token):
        lemma = lemma[:-1]
        if lemma[-1:] not in VOWELS:
            lemma += "a"  # every Swedish infinitive ends in a vowel: ägs → äga, bedrivs → bedriva
    if word.endswith("ar") and "Pres" in morph_values(token, "Tense") and word.isalpha():
        lemma = word[:-1]  # first conjugation: samordnar → samordna
    if word == f"{lemma}er" and lemma[-1:] not in VOWELS:
        lemma += "a"  # a compound's present cut to its stem: arbetsleder → arbetsleda
    supine = "Sup" in forms or looks_supine(word)
    if supine and active.endswith("tt") and active[:-2] in GRAMMAR.infinitives:
        return active[:-2]  # utsett(s) → utse, avgett(s) → avge
    if "Sup" in forms and not lemma.endswith("a") and word.isalpha():
        lemma = _supine_lemma(word)  # anställts → anställa, beslutat → besluta
    if lemma[-1:] not in VOWELS and "Past" in morph_values(token, "Tense"):
        # "tecknade [VB|PRT, lemma tecknad]": every Swedish infinitive ends in a vowel, a
        # participle's lemma in -d/-t is none (round 55)
        lemma = conjunct_preterite_lemma(word) or lemma
    return lemma


def _s_passive_lemma(word: str, lemma: str) -> str:
    """``sköts`` with the tagger's lemma ``sköte`` (a noun): where the tagger's lemma is no
    verb's (not in -a, not a known infinitive), the present s-passive's infinitive, if the
    lemma lexicon knows it."""
    if lemma.endswith("a") or lemma in GRAMMAR.infinitives:
        return lemma
    candidate = s_present_lemma(word)
    return candidate if candidate and candidate in _lexicon()[1] else lemma


def present_by_spelling(token: Token) -> bool:
    """An active present the tagger read as a noun (``förser``, ``utreder``): its lemma is an
    infinitive (in -a, or listed: ``förse``) and the word is that infinitive's present."""
    if token.pos_ != "NOUN":
        return False
    if not token.lower_.endswith("r"):
        return False  # both presents below end in -r (most nouns: no lemma read)
    lemma, word = token.lemma_.lower(), token.lower_
    infinitive = lemma.endswith("a") or lemma in GRAMMAR.infinitives
    if not word.isalpha() or not infinitive or word == lemma:
        return False
    return word in {f"{lemma}r", f"{lemma[:-1]}er"}


def _untagged_infinitive(token: Token) -> bool:
    """A verb read in -a that the tagger took for an adjective or noun (``upprätta`` →
    ``upprätt``): the tagger's lemma is that word class's, the infinitive is the word."""
    return token.pos_ not in VERB_POS and token.lower_.endswith("a") and not is_passive(token)


def _active_supine(word: str) -> str:
    """The active supine of a passive one (the supine + -s: ``getts`` → gett, ``givits`` →
    givit); other words as they are."""
    return word[:-1] if word.endswith("ts") and word.isalpha() else word


def _supine_lemma(word: str) -> str:
    active = _active_supine(word)
    if active.endswith("it") and supine_spelling(active):
        return lexicon_lemma(active)  # a strong supine: fastslagit → fastslå, givit → ge
    if active.endswith("tt") and word.isalpha():
        # a stem in -d or -t takes -tt (berett → bereda, utrett → utreda, bytt → byta)
        lexicon = lexicon_lemma(active)
        if lexicon.endswith("a"):
            return lexicon
        lemmas = _lexicon()[1]
        for candidate in (f"{active[:-2]}da", f"{active[:-2]}ta"):
            if candidate in lemmas:
                return candidate
    for ending in ("ats", "at", "ts", "t"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + "a"
    return word


@memoised
def tense_of(token: Token) -> str:
    # `is_verb`'s fallbacks are asked only where their gate admits the word (`_gated`)
    ask = _gated(token)
    if s_infinitive_after_modal(token):
        return "inf"  # "ska träffas", "bör träffas [NOUN]": the modal's infinitive
    if ask(passive_by_spelling) or present_tagged_supine(token):
        return "pres"  # "ägs" read as a noun, "styrs", "genomför" read as a supine
    if ask(passive_after_fronted_clause):
        return "pres"  # "När X är klar signeras [VERB, Inf] den av …" (round 56, ck C2)
    if ask(passive_after_subject) or ask(initial_passive_before_agent):
        return "pres"
    if ask(bare_relative_supine) or ask(supine_after_perfect) or ask(supine_in_series):
        return "sup"
    if ask(supine_after_adverbial):
        return "sup"  # "har, genom avtalet, överlämnat [ADJ]" (round 58, 58-cr C5)
    if s_supine_tagged_present(token):
        return "sup"  # "har nämnden ålagts [VB|PRS|SFO]" (round 42, bc-P2)
    if ask(initial_infinitive) or closed_tag_infinitive(token) or infinitive_after_marker(token):
        return "inf"
    if ask(infinitive_past_insertion_after_marker) or ask(present_slip_after_modal):
        return "inf"  # "att för Ekby förvalta [NOUN] fonden" (aa-C1), "ska har" (h4)
    if archaic_infinitive_lemma(token.lower_) and not token.lower_.endswith("s"):
        return "inf"  # "äger rätt deltaga [NOUN]", "skall handhava [supine]" (round 43, bf 4)
    if ask(misread_infinitive_conjunct) or ask(infinitive_conjunct_after_marker):
        return "inf"  # "kan ta över X och föregripa [VB|PRS|SFO] Y" (round 34, B7)
    if ask(late_modal_infinitive) or modal_over_inverted_s_passive(token):
        return "inf"  # "får högst tre tillsättas [VB|PRS]" (round 36, V1; analysis 50-bt G1)
    if imperative_in_s(token):
        return "imp"  # "- läs mer" (round 40, ax cause 10)
    if ask(_fallback_preterite):
        return "past"  # "Detta förbund ändrade [PC] år 2001 …" (round 43, be-C11)
    forms = morph_values(token, "VerbForm")
    if "Part" in forms and present_spelling(token.lower_):
        return "pres"  # "och genomför [ADJ, Part] översyn": a present by its spelling (r55 ch-R1)
    if "Part" in forms:
        return "part"
    if "Sup" in forms:
        return "sup"
    if "Imp" in morph_values(token, "Mood"):
        return "imp"
    tenses = morph_values(token, "Tense")
    if "Past" in tenses:
        return "past"
    if "Inf" in forms:
        return "inf"
    if "Pres" in tenses or is_modal(token):
        return "pres"
    if token.pos_ not in VERB_POS and lexicon_infinitive(token.lower_):
        return "inf"  # "ska bland annat fastställa [ADJ]": an infinitive the tagger missed
    if token.pos_ not in VERB_POS and token.lower_ in GRAMMAR.infinitives:
        return "inf"  # "– utse [NOUN] var sin revisor": a listed infinitive (round 58)
    return "inf" if token.tag_.endswith("INF") else "pres"


def s_infinitive_after_modal(token: Token) -> bool:
    """``bör träffas [NOUN]``, ``ska träffas [present]``: after a modal (or ``att``) a word
    in -as the tagger read as a noun, an adjective or a present is the infinitive when its
    stem is one (``träffa``), or a listed reciprocal or deponent s-verb."""
    word = token.lower_
    if not word.isalpha() or not word.endswith("as") or "Inf" in morph_values(token, "VerbForm"):
        return False
    listed = word in GRAMMAR.reciprocal_verbs or word in GRAMMAR.deponents
    if not (listed or word[:-1] in _lexicon()[1]):
        return False
    return after_infinitive_marker(token)


@memoised
def is_finite(token: Token) -> bool:
    if opens_pronoun_phrase(token) or interrogative_var(token):
        return False
    word = token.lower_
    if word in GRAMMAR.modals or word in ALWAYS_FINITE:
        return True  # (a modal: `is_modal`)
    if not is_verb(token):
        return False
    if modal_over_inverted_s_passive(token):
        return False  # "ska förslag till A, B och C … granskas [PRS]" (analysis 50-bt G1)
    forms = morph_values(token, "VerbForm")
    if "Fin" in forms and _finite_tag_settles(token):
        return True  # the tests below find no other answer for a finite tag
    if _passive_with_own_subject(token) or present_tagged_supine(token):
        return True
    if passive_after_fronted_clause(token):
        return True  # "Därefter undertecknas [NOUN] den av …" (round 56, ck C2)
    if _passive_after_opening_relative(token) or _passive_after_relative_som(token):
        return True
    if s_supine_tagged_present(token):
        return False  # "har nämnden ålagts [VB|PRS|SFO]": the perfect's supine (round 42)
    if misread_infinitive_conjunct(token):
        return False  # "att planera och samordna [VB|PRT]": an infinitive (`tense_of`)
    if "Part" in forms and preterite_after_conjunct_adverbial(token):
        return True  # "och därefter godkände [PC] styrelsen …" (round 51, an-C5)
    if "Part" in forms and tense_of(token) == "pres":
        return True  # ", genomför [ADJ, Part] inspektion och …" (round 55, ch-R1)
    return "Fin" in forms or (not forms and tense_of(token) in {"pres", "past"})


def _finite_tag_settles(token: Token) -> bool:
    """Whether `is_finite` may answer a word tagged finite (``VerbForm=Fin``) True once its
    modal, verb and inverted-passive tests pass: neither of its two False tests below them
    (`s_supine_tagged_present`, `misread_infinitive_conjunct`) holds. Every other test
    after them returns True, and so does its last line for a finite tag, so the True tests
    before those two (`_passive_with_own_subject`, which reads `tense_of`, and four more)
    can only give the same answer: two cheap predicates settle the word (round 56,
    perf56c). A False test added to `is_finite` must join this condition."""
    return not (s_supine_tagged_present(token) or misread_infinitive_conjunct(token))


# A sentence's scan (`answers`) reads these two for every word: most words are settled by the
# word alone, with no `Token` made
false_for_words(is_verb, no_verb_by_word)
false_for_words(is_finite, no_verb_by_word)


def _passive_with_own_subject(token: Token) -> bool:
    """An s-form tagged infinitive that has a subject of its own and no modal, auxiliary or
    ``att`` before it is the present passive (``Fastigheten ägs av staden``); so is one the
    parser hangs a genitive on, its subject's head noun misread (``Föreningens firma
    tecknas av …`` with ``firma`` read as an adjective: round 14), or an attribute the
    parser hangs on it when the owner has no ``-s`` (``LBS firma tecknas av …``: the
    subject's head read as the s-form's attribute; round 48, analysis 48-bq N2)."""
    subject_deps = {"nsubj", "nsubj:pass", "nmod:poss", "amod"}
    return (
        tense_of(token) == "inf"
        and is_passive(token)
        and not after_infinitive_marker(token)
        and (
            any(c.dep_ in subject_deps and c.i < token.i for c in token.children)
            or _bare_subject_before_agent(token)
            or _coordinated_subject_before_agent(token)
        )
        and not any(
            c.dep_ in AUX_DEPS | {"mark"} and not opens_pronoun_phrase(c) for c in token.children
        )
    )


def _passive_after_opening_relative(token: Token) -> bool:
    """``Sökande som bor i kommunen beviljas medlemskap``, ``Person som …, har fyllt 18 år
    samt har betalat avgiften beviljas …`` (round 51, bq-G): after the noun that opens the
    sentence and a ``som``-clause on it with a finite verb, an s-form tagged infinitive with
    no verb, ``att``, comma or coordinator right before it stands in the V2 place: the main
    clause's present passive (the two forms are spelled alike)."""
    if tense_of(token) != "inf" or not is_passive(token):
        return False
    doc, start = token.doc, sentence_start(token)
    opener = start + 1 if doc[start].pos_ == "DET" else start
    if token.i < opener + 3 or doc[opener + 1].lower_ != "som":
        return False
    if doc[opener].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    before = doc[token.i - 1]
    if before.is_punct or before.lower_ in GRAMMAR.coordinators or before.lower_ == "att":
        return False
    if is_verb(before) or before.pos_ in {"AUX", "PART"}:
        return False
    return any(is_finite(t) for t in doc[opener + 2 : token.i])


def _passive_after_relative_som(token: Token) -> bool:
    """``Bolag som helt eller delvis ägs [INF] av regionen lämnar …`` (round 55, cj-R2): an
    s-form tagged infinitive right after a relative ``som`` on a noun, past only adverbs (also
    adverbs joined by a coordinator: ``helt eller delvis``, ``direkt och indirekt``), is the
    relative clause's present passive: no modal, auxiliary or ``att`` stands before it, and
    the relative clause needs a finite verb."""
    if tense_of(token) != "inf" or not is_passive(token):
        return False
    doc, position = token.doc, token.i - 1
    start = sentence_start(token)
    while position > start and (
        doc[position].pos_ == "ADV" or doc[position].lower_ in GRAMMAR.coordinators
    ):
        position -= 1
    som = doc[position]
    if position <= start or som.lower_ != "som" or doc[position + 1].lower_ in GRAMMAR.coordinators:
        return False
    return doc[position - 1].pos_ in {"NOUN", "PROPN"}


def _bare_subject_before_agent(token: Token) -> bool:
    """``Firma tecknas av kassören``: one bare word the tagger did not read as a subject (an
    adjective, a name) opens the sentence right before an s-form and its ``av``-agent; in the
    V2 clause it holds the first place, and the s-form is its present passive (round 16)."""
    doc, start = token.doc, sentence_start(token)
    after = token.i + 1
    return (
        token.i == start + 1
        and doc[start].pos_ in {"NOUN", "PROPN", "ADJ"}
        and doc[start].is_title
        and after < sentence_end(token)
        and doc[after].lower_ == "av"
    )


def _coordinated_subject_before_agent(token: Token) -> bool:
    """``Stiftelsens namn och firma tecknas av styrelsen``: a coordinated noun phrase opens
    the sentence right before an s-form and its ``av``-agent, and the parser hangs the s-form
    on the phrase's last conjunct; in the V2 clause the phrase holds the first place, and the
    s-form is its present passive (round 49, analysis 49-bs C1a′)."""
    doc, start = token.doc, sentence_start(token)
    head, after = token.head, token.i + 1
    return (
        start <= head.i < token.i
        and head.dep_ == "conj"
        and after < sentence_end(token)
        and doc[after].lower_ == "av"
        and all(doc[i].pos_ in _SUBJECT_PHRASE_CLASSES for i in range(start, token.i))
        and any(doc[i].pos_ == "CCONJ" for i in range(start, token.i))
    )


# The word classes of a noun phrase that opens a sentence (`_coordinated_subject_before_agent`).
_SUBJECT_PHRASE_CLASSES = frozenset({"NOUN", "PROPN", "ADJ", "DET", "CCONJ"})


@memoised
def is_infinitive(token: Token) -> bool:
    return is_verb(token) and not is_modal(token) and tense_of(token) == "inf"


@memoised
def is_supine(token: Token) -> bool:
    if s_supine_tagged_present(token):
        return True  # "har nämnden ålagts [VB|PRS|SFO]" (round 42, bc-P2)
    return (
        is_verb(token)
        and "Sup" in morph_values(token, "VerbForm")
        and not present_tagged_supine(token)
        and not _noun_tagged_supine(token)
    )


def _noun_tagged_supine(token: Token) -> bool:
    """``Under sommaren har förvaltningschefen [VB|SUP] rätt att …`` (round 29, B7): a word
    of an actor mention, or one in a definite noun's -en/-na (a supine ends in -t), is no
    supine, so ``har`` before it is no perfect auxiliary."""
    word = token.lower_
    if word.endswith(("en", "na")) and not word.endswith("t"):
        return True
    doc = token.doc
    mentions = doc._.actors if doc.has_extension("actors") else None
    return any(m.first_token <= token.i <= m.last_token for m in mentions or ())


@memoised
def is_passive(token: Token) -> bool:
    if is_modal(token):
        return False  # "förväntas leda": a modal, the infinitive carries the voice
    if token.lower_ in GRAMMAR.deponents or reciprocal(token):
        return False  # finns, hoppas: s-forms that are active, whatever the tagger says
    if misread_infinitive_conjunct(token):
        return False  # an s-form tag on a word in -a (round 34, B7)
    if imperative_in_s(token):
        return False  # "läs mer": the stem of läsa (round 40, ax cause 10)
    # Every s-form ends in -s, so an SFO tag or passive voice on another word is the
    # tagger's slip (``ska aktivt stödja [VB|PRT|SFO]``: active; round 40, ax cause 9).
    word = token.lower_
    in_s = word.endswith("s")
    if in_s and "Pass" in morph_values(token, "Voice"):
        return True
    arrays = doc_arrays(token.doc)
    if any(arrays.dep[c] == "aux:pass" for c in arrays.children[token.i]):
        return True
    # SUC's s-form (SFO); or a verb form in -s the tagger called active: no Swedish active
    # infinitive, present or past ends in -s (``får fattas``, ``ska anmälas``).
    spelled = word.isalpha() and in_s and not word.endswith("ss")
    s_form = spelled and (is_verb(token) or _passive_infinitive_slot(token))
    return (in_s and "SFO" in token.tag_) or (s_form and "Imp" not in morph_values(token, "Mood"))


def _passive_infinitive_slot(token: Token) -> bool:
    """A word in -as right after a modal or ``att``, whatever its tag (an indefinite noun or
    an adjective): the passive infinitive (``bör innehas av``)."""
    return (
        token.lower_.endswith("as")
        and token.pos_ not in NON_VERB_POS
        and "Def" not in morph_values(token, "Definite")
        and after_infinitive_marker(token)
    )


@memoised
def after_infinitive_marker(token: Token) -> bool:
    """Right after a modal or infinitive ``att`` (adverbs between, or an adverbial
    prepositional phrase: ``att i samverkan med skolan planera``): the place of an
    infinitive."""
    start = sentence_start(token)
    position = before_adverbs(token.doc, token.i - 1, start)
    if position < start or time_relative_verb(token):
        return False
    marker = token.doc[position]
    if (
        marker.pos_ == "ADJ"
        and adverbial_before_infinitive(marker)
        and base_form_word(token.lower_)
    ):
        # "ska självmant [ADJ] anmäla": an adverbial adjective before a verb's base form (round
        # 48, analysis 48-y X7); not an attributive one ("ska skälig hyra betalas")
        position = before_adverbs(token.doc, position - 1, start)
        if position < start:
            return False
        marker = token.doc[position]
    if marker.lower_ in GRAMMAR.correlatives and position > start:
        # "att dels stödja [SUP] X och dels verka för Y": the first member of a correlative
        # pair (configs/grammar.yaml `correlatives`) opens the infinitive's place, whatever
        # its tag (round 49, analysis 49-p P7)
        position = before_adverbs(token.doc, position - 1, start)
        if position < start:
            return False
        marker = token.doc[position]
    if is_modal(marker) or marker.lower_ == "att":
        return True
    opening = adverbial_phrase_start(token)
    if opening is None or (token.pos_ in {"NOUN", "PROPN"} and not token.lower_.endswith("as")):
        return False  # a noun after the phrase may be its own (only a passive -as is a verb)
    position = before_adverbs(token.doc, opening - 1, start)
    return position >= start and (
        is_modal(token.doc[position]) or token.doc[position].lower_ == "att"
    )


def opens_infinitive_clause(marker: Token) -> bool:
    """The infinitive marker ``att`` before its infinitive (adverbs or an adverbial phrase
    between): an infinitive clause, which holds no finite verb of its own (``ansvarar för att
    ta fram budgeten och är sekreterare``: ``är`` is the main clause's)."""
    if marker.lower_ != "att":
        return False
    doc = marker.doc
    arrays = doc_arrays(doc)
    pos, lower, negations = arrays.pos, arrays.lower, GRAMMAR.negations
    position = marker.i + 1
    while position < len(doc) and (pos[position] == "ADV" or lower[position] in negations):
        position += 1
    if position >= len(doc) or doc[position].text[:1].isupper():
        return False  # "att Vara kommun är …": a capitalised word inside a sentence is a name
    if is_infinitive(doc[position]):
        return True
    return doc[position].pos_ == "ADP" and any(
        is_infinitive(token) and adverbial_phrase_start(token) == position
        for token in doc[position + 1 : position + 1 + MAX_PHRASE_TOKENS]
    )


@memoised
def could_be_infinitive(token: Token) -> bool:
    """An infinitive by the tagger (any spelling: ``utse``, ``föreslå``, ``ingå``), or a word
    in -a the tagger missed where a modal or infinitive ``att`` demands a verb."""
    if attributive_in_noun_phrase(token) or proper_name_word(token):
        return False  # "kommunens och berörda [VERB] myndigheters arbete", "Tallbacka kommun"
    if attribute_of_inverted_subject(token):
        return False  # "I vår ska regionala förbund åter lämna": the subject's attribute
    if in_complex_preposition(token):
        return False  # "ska ifråga om skolan samordna" (round 57, cn C1)
    if is_infinitive(token):
        return True
    if _object_of_preposition(token):
        return False  # "genom bidrag till enskilda [ADJ] verka" (round 49, 49-p P10)
    if genitive_tagged_verb(token):
        return False  # "tillvarata medlemmarnas [VERB] intressen": a genitive (round 42, bc-M1)
    word = token.lower_
    if listed_in_infinitive_place(token):
        return True
    if word.endswith("as") and is_passive(token) and after_infinitive_marker(token):
        return True  # "ska då underrättas": the passive infinitive, often tagged present
    if passive_after_pronoun_subject(token):
        return True  # "ska även dessa åtgärdas [ADJ]"
    if not (word.isalpha() and word.endswith("a")) or word in GRAMMAR.non_infinitives:
        return False
    if token.pos_ == "ADV" and not lexicon_infinitive(word):
        return False  # "att noga följa": an adverb in -a, not the infinitive
    if adverb_before_infinitive(token):
        return False
    if token.pos_ in NON_VERB_POS:
        return False
    if "Part" in morph_values(token, "VerbForm"):
        # "att samordna [PC] frågorna": no participle ends in a base form's bare -a
        return lexicon_infinitive(word) and after_infinitive_marker(token)
    if token.pos_ == "NOUN" and "Def" in morph_values(token, "Definite"):
        return False  # "att riktlinjerna följs": a definite noun opens an att-clause
    if after_infinitive_marker(token):
        return True
    if _nominal_adjective_conjunct(token):
        return False
    # Coordinated with an infinitive ("leda och samordna"): not an adjective form.
    return token.pos_ in {"ADJ", "ADV", "X"} and not adjective_form(word)


def _object_of_preposition(token: Token) -> bool:
    """``genom bidrag till enskilda verka``, ``stöd åt behövande``: a word the tagger reads as
    no verb right after a preposition is that preposition's complement (a substantivised
    adjective in -a: ``enskilda``, ``sjuka``, ``unga``), never an infinitive, which no bare
    preposition governs (``till att verka``)."""
    if token.i == 0 or token.i == sentence_start(token) or token.pos_ in VERB_POS:
        return False
    return token.doc[token.i - 1].pos_ == "ADP"


_SUBJECT_NOUN_POS = frozenset({"NOUN", "PROPN"})
_ON_TO_INFINITIVE_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADV"})


def attribute_of_inverted_subject(token: Token) -> bool:
    """``I vår ska regionala förbund åter lämna en rapport``: right after a modal, an
    adjective (or a word spelled as one, `adjective_form`, whatever its tag) that the lexicon
    knows as no verb's base, followed by a noun and, past that noun phrase and adverbs, by an
    infinitive, is an attribute of the modal's inverted subject, not its infinitive (round 29,
    B2)."""
    doc = token.doc
    if token.i < 1 or token.i + 2 >= len(doc) or not is_modal(doc[token.i - 1]):
        return False
    word = token.lower_
    if lexicon_infinitive(word) or not (token.pos_ == "ADJ" or adjective_form(word)):
        return False
    if doc[token.i + 1].pos_ not in _SUBJECT_NOUN_POS:
        return False
    end = min(sentence_end(token), token.i + 2 + MAX_PHRASE_TOKENS)
    for later in doc[token.i + 2 : end]:
        if is_infinitive(later) or lexicon_infinitive(later.lower_):
            return True
        if later.lower_ == "som":  # "kan lokala föreningar som är … anslutas" (round 42)
            return passive_after_relative_clause(doc[token.i - 1]) is not None
        if later.pos_ not in _ON_TO_INFINITIVE_POS:
            return False
    return False


def _nominal_adjective_conjunct(token: Token) -> bool:
    """``för barn och unga``, ``äldre och sjuka``: a plural adjective used as a noun, which
    the parser conjoins to a noun or adjective with a noun or adjective right before the
    coordinator, is no infinitive (unless the lexicon knows the word as a verb's base)."""
    if token.pos_ != "ADJ" or token.dep_ != "conj" or lexicon_infinitive(token.lower_):
        return False
    if token.head.pos_ not in {"NOUN", "PROPN", "ADJ"} or token.i < 2:
        return False
    joint, before = token.nbor(-1), token.nbor(-2)
    return joint.lower_ in GRAMMAR.coordinators and before.pos_ in {"NOUN", "PROPN", "ADJ"}


def listed_in_infinitive_place(token: Token) -> bool:
    """``har att tillse [NOUN]``, ``ska delge [ADP]``: a listed infinitive not in -a in the
    infinitive's place (no determiner or genitive before it) is that infinitive."""
    return (
        token.lower_ in GRAMMAR.infinitives
        and token.pos_ in {"NOUN", "ADP", "ADJ", "ADV", "X"}
        and after_infinitive_marker(token)
        and not _determined(token)
    )


def _determined(token: Token) -> bool:
    """A determiner or genitive right before the word: it heads a noun phrase."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ == "DET" or "Gen" in morph_values(before, "Case")


def adverb_before_infinitive(token: Token) -> bool:
    """``att noga föra``: a word in -a that the lexicon knows as no base form, right before
    the tagger's infinitive, is an adverb between ``att`` and that infinitive."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    infinitive_tag = following is not None and (
        following.tag_.startswith("VB|INF") or "Inf" in morph_values(following, "VerbForm")
    )
    if not infinitive_tag:
        return False
    return token.pos_ in {"ADV", "ADJ"} and token.lower_ not in _lexicon()[1]


def slot_infinitive(token: Token) -> bool:
    """Right after a modal (and its inverted subject), a word in -a, or an infinitive the
    grammar lists (``utse``, ``ange``), is the infinitive whatever its tag (``ska VD:n
    företräda bolaget``)."""
    word = token.lower_
    if attributive_in_noun_phrase(token) or attribute_of_inverted_subject(token):
        return False
    if proper_name_word(token):
        return False
    if word in GRAMMAR.infinitives:
        return True
    return (
        word.isalpha()
        and word.endswith("a")
        and word not in GRAMMAR.non_infinitives
        and token.pos_ not in NON_VERB_POS - {"PROPN"}
        and not adjective_form(word)
    )


def mistagged_after_modal(token: Token) -> bool:
    """No finite verb can follow a modal directly: a finite-tagged word there is an adverb."""
    return (
        token.i > 0
        and is_modal(token.doc[token.i - 1])
        and is_finite(token)
        and not is_modal(token)
        and token.lower_ not in GRAMMAR.perfect | GRAMMAR.copulas
    )


def _relative_subject(token: Token) -> bool:
    """The word before is a subject that opens a relative clause: after ``som`` (``de planer
    som förbundet``) or right after the noun the clause qualifies (``de ramar
    fullmäktige``)."""
    doc = token.doc
    if token.i < 2 or not _subject_before(token) or doc[token.i - 1].pos_ == "ADV":
        return False
    opener = doc[token.i - 2]
    return opener.lower_ == "som" or (opener.pos_ == "NOUN" and opener.i >= sentence_start(token))


_RELATIVES = frozenset({"som", "vilka", "vilken", "vilket", "vars"})


def fronted_bare_supine(token: Token) -> bool:
    """A subordinate clause opening the sentence drops perfect ``har`` as a relative clause
    does: its subordinator (``när``, ``sedan``, the last word of ``så snart``) opens the
    sentence, its one-word subject follows, then the supine and the main clause's modal
    (V2: ``Så snart larmet upphört ska staben …``)."""
    if token.pos_ in NON_VERB_POS or not supine_spelling(token.lower_) or token.i < 2:
        return False
    doc, start = token.doc, sentence_start(token)
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or not is_modal(following) or not _subject_before(token):
        return False
    words = " ".join(t.lower_ for t in doc[start : token.i - 1])
    if words in GRAMMAR.subordinator_phrases:
        return True  # "Så snart (som) larmet upphört ska …"
    return words in GRAMMAR.subordinators and words not in _RELATIVES


@memoised
def bare_relative_supine(token: Token) -> bool:
    """A relative clause may drop perfect ``har``: ``de planer som förbundet fastställt``.
    The supine (tagged a participle) stands after the clause's subject and closes the clause
    (punctuation, a conjunction or a preposition follows), where an attribute would need its
    noun after it."""
    if token.pos_ in NON_VERB_POS or not supine_spelling(token.lower_):
        return False
    if "Sup" in morph_values(token, "VerbForm") and token.pos_ in VERB_POS:
        return False  # already a supine by the tagger
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    closes = following is None or following.is_punct or following.pos_ in {"CCONJ", "ADP"}
    return (closes and _relative_subject(token)) or fronted_bare_supine(token)


@memoised
def supine_in_series(token: Token) -> bool:
    """``när den har granskats och godkänts [NOUN]``: right after a coordinator that follows a
    supine, a word the lexicon reads as a supine (active in -t, passive in -ts) is one, the
    second conjunct sharing the perfect ``har``."""
    pos, word = token.pos_, token.lower_
    if pos in NON_VERB_POS or pos in VERB_POS or token.i < 2:
        return False
    if token.doc[token.i - 1].lower_ not in GRAMMAR.coordinators:
        return False  # most words follow no coordinator: no lexicon look-up
    spelled = supine_spelling(word) or (word.endswith("ts") and supine_spelling(word[:-1]))
    if not spelled:
        return False
    before = token.doc[token.i - 2]
    return is_supine(before) or supine_after_perfect(before) or bare_relative_supine(before)


def _present_spelling(word: str) -> bool:
    """The lexicon reads the word as a present: its lemma is an infinitive in -a and the word
    that infinitive + -r (``strävar``) or its stem + -er (``bereder``)."""
    if not word.endswith("r"):
        return False  # both presents end in -r (most words: no look-up)
    lemma = lexicon_lemma(word)
    if not (word.isalpha() and lemma.endswith("a")) or word in _lexicon()[1]:
        return False
    return word in {f"{lemma}r", f"{lemma[:-1]}er"}


_OPENER_SUBJECT_POS = frozenset({"DET", "ADJ"})  # before the subject's definite head


def present_after_clause_opener(token: Token) -> bool:
    """``I de fall ordföranden begär [NOUN] det ska …`` (newuser52b fault 1): right after
    the definite subject that follows a clause opener of several words opening the sentence
    (``condition_openers.fronted_clauses``: ``i de fall``, ``i den mån``), a word the
    lexicon reads as a present (`present_spelling`: the r-stem ``begär`` too, though also a
    noun) is that clause's finite verb. The subject: a definite noun or name, not a
    genitive, after at most a determiner and adjectives."""
    if token.pos_ in VERB_POS:
        return False
    doc, start = token.doc, sentence_start(token)
    first = doc[start].lower_
    opening = phrases_by_first_word(GRAMMAR.conditions_fronted_clauses, 2).get(first)
    if not opening or not present_spelling(token.lower_):
        return False
    words = [t.lower_ for t in doc[start : token.i]]
    phrase = next((p for p in opening if tuple(words[: len(p)]) == p), None)
    if phrase is None or len(words) <= len(phrase):
        return False
    subject = doc[start + len(phrase) : token.i]
    head = subject[-1]
    return (
        head.pos_ in {"NOUN", "PROPN"}
        and "Def" in morph_values(head, "Definite")
        and "Gen" not in morph_values(head, "Case")
        and all(t.pos_ in _OPENER_SUBJECT_POS for t in subject[:-1])
    )


@memoised
def present_in_subordinate_clause(token: Token) -> bool:
    """``för att förvaltningen strävar [ADV] efter …``: in a clause opened by a subordinator,
    right after its subject, a word the lexicon reads as a present is the clause's verb."""
    if present_after_clause_opener(token):
        return True
    pos = token.pos_
    if pos in VERB_POS or pos in NON_VERB_POS or not _present_spelling(token.lower_):
        return False
    if token.i == sentence_start(token) or not _subject_before(token):
        return False
    position = token.i - 1
    start = sentence_start(token)
    arrays = doc_arrays(token.doc)
    lower, pos, subordinators = arrays.lower, arrays.pos, GRAMMAR.subordinators
    # a negation may stand between ("När styrelsen inte sammanträder [NOUN]": round 35, K1)
    words = {"ADV", "NOUN", "PROPN", "PRON", "DET", "ADJ", "PART"}
    while position > start and pos[position] in words:
        if lower[position] in subordinators:
            break
        position -= 1
    return lower[position] in subordinators


# The fallback gates (round 56, perf56d). `_missed_verb` asks `_MISSED_FALLBACKS` and
# `_tagged_verb` asks `_TAGGED_FALLBACKS` (its run of True answers, between its first vetoes
# and its last ones): each fallback with a gate, its necessary condition on the word (text,
# lowercase form), read from the fallback's own first tests, which return False unless the
# word passes it. Every fallback of a table returns True or nothing, so asking only those
# the word admits, in the table's order, gives the chain's answer. A gate reads only the
# word and the grammar's lists (`word_memoised`: settled once per word and grammar).
# A new fallback goes in its table with the gate its first tests imply (`_any_word` if none
# does); a fallback whose first tests change keeps or widens its gate (round 56 writers:
# say so here). tests/test_verb_gates.py compares every word with and without the gates.

_Fallback = Callable[[Token], bool]
_WordGate = Callable[[str, str], bool]


def _any_word(text: str, word: str) -> bool:
    """No gate: the fallback's first tests read the context or the tag."""
    return True


def _s_form(text: str, word: str) -> bool:
    """An s-form: `s_passive_spelling` (and a stem + -s by the lemma) end in -s."""
    return word.endswith("s")


def _supine_form(text: str, word: str) -> bool:
    """A supine: `supine_spelling` wants -t."""
    return word.endswith("t")


def _supine_or_s_supine(text: str, word: str) -> bool:
    """A supine or its s-form (``prövats``: `supine_in_series`)."""
    return word.endswith(("t", "ts"))


def _present_form(text: str, word: str) -> bool:
    """A present: `present_spelling`, `short_present_lemma` (-er) and ``för`` end in -r."""
    return word.endswith("r")


def _a_infinitive(text: str, word: str) -> bool:
    """An infinitive in -a: `lexicon_infinitive` and `verb_not_noun_base_form` want -a."""
    return word.endswith("a")


def _infinitive_form(text: str, word: str) -> bool:
    """`initial_infinitive`'s word: in -a, or a listed infinitive (``utse``)."""
    return word.endswith("a") or word in GRAMMAR.infinitives


def _infinitive_or_s_form(text: str, word: str) -> bool:
    """`_lexicon_infinitive_form`'s word: an infinitive (in -a or listed) or its s-form."""
    return word.endswith(("a", "s")) or word in GRAMMAR.infinitives


def _capitalised(text: str, word: str) -> bool:
    """`_v1_sentence`'s first test: a verb-first sentence opens with a capital."""
    return text[:1].isupper()


def _present_or_always_finite(text: str, word: str) -> bool:
    """`present_slip_after_modal`'s first test."""
    return word.endswith("r") or word in ALWAYS_FINITE


def _strong_preterite_form(text: str, word: str) -> bool:
    """`strong_preterite_in_second_place`'s first test (the word, or it less -s, listed)."""
    table = GRAMMAR.strong_preterites
    return word in table or word[:-1] in table


def _preterite_form(text: str, word: str) -> bool:
    """Every test of `_fallback_preterite` wants `conjunct_preterite_lemma`."""
    return conjunct_preterite_lemma(word) is not None


def _archaic_form(text: str, word: str) -> bool:
    """`archaic_infinitive`'s test by the word."""
    return bool(archaic_infinitive_lemma(word))


def _v1_condition(token: Token) -> bool:
    return v1_condition_end(token) is not None


def _before_s_passive(token: Token) -> bool:
    """``Extra stämma hålls [NOUN] …`` (round 41, agt-C10): the word before is
    `subject_before_s_passive`'s, which wants this word's `s_passive_spelling` (-s)."""
    return bool(token.i) and subject_before_s_passive(token.doc[token.i - 1])


def _lower_case_s_infinitive(token: Token) -> bool:
    """``ska tex redovisas [PROPN, genitive]``: no name is lower case (aa-C9)."""
    return token.pos_ == "PROPN" and token.text.islower() and s_infinitive_after_modal(token)


_MISSED_FALLBACKS: tuple[tuple[_Fallback, _WordGate], ...] = (
    (passive_by_spelling, _s_form),  # -as (`passive_after_pronoun_subject`), stem + -s
    (_before_s_passive, _s_form),
    (passive_after_subject, _s_form),
    (bare_relative_supine, _supine_form),
    (initial_infinitive, _infinitive_form),
    (initial_passive_before_agent, _s_form),
    (_v1_condition, _capitalised),
    (initial_present, _present_form),
    (supine_after_adverbial, _supine_form),  # "har efter X om Y fastställt [ADV]" (round 49)
    (supine_after_perfect, _any_word),  # (`supine_after_date`, `supine_before_att`)
    (present_in_series, _present_form),
    (fora_in_series, _present_form),  # "för"
    (supine_in_series, _supine_or_s_supine),
    (present_after_fronted_clause, _present_form),  # "…, sammanträder [NOUN] det nya fullmäktige"
    (passive_after_fronted_clause, _s_form),  # "När X är klar undertecknas [NOUN] den av …"
    (present_in_fronted_condition, _present_form),  # "Om en ersättare begär [NOUN] det ska …"
    (present_after_relative_subject, _present_form),  # "Delägare vars andel … utser [NOUN]"
    (misread_infinitive_conjunct, _a_infinitive),  # "kan ta över X och föregripa [NOUN] Y"
    (late_modal_infinitive, _infinitive_or_s_form),  # "får högst tre tillsättas [NOUN]"
    (infinitive_after_conjunct_adverb, _a_infinitive),  # "ska främja X och noga följa [ADJ] Y"
    (archaic_infinitive, _archaic_form),  # "äger rätt deltaga [NOUN]" (round 43)
    (infinitive_conjunct_after_marker, _a_infinitive),  # "att föra X och bestrida [ADJ] Y"
    (infinitive_after_copula_att, _a_infinitive),  # "Syftet är att avlasta [ADJ] styrelsen"
    (infinitive_after_series_att, _a_infinitive),  # "ansvarar för X, att fastställa [ADJ] Y"
    (infinitive_past_insertion_after_marker, _a_infinitive),  # "att för Ekby förvalta [NOUN]"
    (present_slip_after_modal, _present_or_always_finite),  # "får utser [NOUN] en kassör"
    (_lower_case_s_infinitive, _s_form),  # `s_infinitive_after_modal`: -as
    (strong_preterite_in_second_place, _strong_preterite_form),  # "Stämman hölls [ADV] i maj"
    (_fallback_preterite, _preterite_form),  # "Direktionen godkände [ADV] …"
    (v1_main_present, _present_form),  # "Avgår kassören under året utser [NOUN] styrelsen"
    (finite_in_second_place, _present_form),
    (present_after_pronoun, _present_form),
)

_TAGGED_FALLBACKS: tuple[tuple[_Fallback, _WordGate], ...] = (
    (bare_relative_supine, _supine_form),
    (initial_infinitive, _infinitive_form),
    (fora_in_series, _present_form),
    (_v1_condition, _capitalised),
    (finite_in_second_place, _present_form),
    (misread_infinitive_conjunct, _a_infinitive),
    # "bereder X samt genomför [VB|SUP amod] Y" (round 50, bw G1): `present_spelling`
    (supine_tagged_present_in_series, _present_form),
    (infinitive_after_conjunct_adverb, _a_infinitive),  # "ska granska X och löpande pröva [amod]"
    (supine_after_perfect, _any_word),  # "har löpande följt [PC]" (round 43, be-C1)
    (_fallback_preterite, _preterite_form),  # "Detta förbund ändrade [PC] år 2001 …"
)


def _admitted(
    table: tuple[tuple[_Fallback, _WordGate], ...], text: str, word: str
) -> tuple[_Fallback, ...]:
    return tuple(fallback for fallback, gate in table if gate(text, word))


@word_memoised
def _missed_fallbacks(text: str, word: str) -> tuple[_Fallback, ...]:
    """The fallbacks of `_MISSED_FALLBACKS` whose gate admits the word, in order."""
    return _admitted(_MISSED_FALLBACKS, text, word)


@word_memoised
def _tagged_fallbacks(text: str, word: str) -> tuple[_Fallback, ...]:
    """The fallbacks of `_TAGGED_FALLBACKS` whose gate admits the word, in order."""
    return _admitted(_TAGGED_FALLBACKS, text, word)


def _gated(token: Token) -> Callable[[_Fallback], bool]:
    """A test that asks a fallback of `_MISSED_FALLBACKS` of `token` only where its gate admits
    the word (`_missed_fallbacks`), else answers False, as the fallback would: `tense_of` and
    `_verb_lemma` ask the fallbacks outside `is_verb`'s chains too (round 57, perf57a)."""
    admitted = _missed_fallbacks(token.text, token.lower_)
    return lambda fallback: fallback in admitted and fallback(token)
