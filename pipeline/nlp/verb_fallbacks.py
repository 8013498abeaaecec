"""Verbs the tagger missed: where spelling and position demand a verb that `is_verb` adds.

An s-passive read as a noun, an initial infinitive, a present or supine in a series, ``för``
after a series, the first verb of a verb-first condition (``Uppstår tvist ska …``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.language.grammar import GRAMMAR
from pipeline.language.spelling import (
    archaic_infinitive_lemma,
    lexicon_lemma,
    present_spelling,
    short_supine_spelling,
    strong_preterite_lemma,
)
from pipeline.nlp.memo import (
    doc_arrays,
    doc_memoised,
    memoised,
    morph_values,
    morph_values_in,
    sentence_end,
    sentence_start,
    word_memoised,
)
from pipeline.nlp.verb_forms import (
    ALWAYS_FINITE,
    CLOSED_CLASS_POS,
    MAX_PHRASE_TOKENS,
    NON_VERB_POS,
    PREPOSITIONAL_PHRASE_POS,
    VERB_POS,
    _lexicon,
    _nominal_end,
    adjective_a_form,
    adjective_form,
    before_adverbs,
    has_sentences,
    is_modal,
    lexicon_base_form,
    lexicon_infinitive,
    past_adverbs_and_negations,
    s_passive_spelling,
    supine_spelling,
    verb_not_noun_base_form,
)


@memoised
def passive_by_spelling(token: Token) -> bool:
    """An s-passive present the tagger read as a noun (``ägs``, ``benämns``): its lemma (the
    tagger's and the lexicon's) is an infinitive in -a and the word is that stem + -s (a
    genitive adds -s to the whole word: ``frågas``); or a passive infinitive read as a noun or
    adjective after a modal's pronoun subject (`passive_after_pronoun_subject`)."""
    if token.pos_ in {"NOUN", "ADJ"} and passive_after_pronoun_subject(token):
        return True
    if token.pos_ != "NOUN":
        return False
    word, lemma = token.lower_, token.lemma_.lower()
    if _s_form_conjunct(token, word):
        return True
    if not word.isalpha() or not lemma.endswith("a"):
        return False
    if token.i == sentence_start(token) or _lexicon()[0].get(word) != lemma:
        return False
    if _after_determiner_or_preposition(token):
        return False
    stem = lemma[:-1]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "mn":
        stem = stem[:-1]  # a double m or n is single before the -s: bestämma → bestäms
    return word in {f"{lemma[:-1]}s", f"{stem}s"} or (
        word == f"{lemma}s" and _no_head_noun_after(token)
    )


def _s_form_conjunct(token: Token, word: str) -> bool:
    """``Kongressen sammanträder varje vår och hålls [NOUN] i Ekby``: right after a
    coordinator, hung on a noun, a word the lexicon reads only as a verb's s-form
    (`s_passive_spelling`: no base form, so no noun in -s like ``kurs``) is that verb's
    present passive, the finite conjunct of the main clause's finite verb before it
    (`main_clause_finite_before`; round 48, analysis 48-y cause B;
    `pipeline.nlp.statement_parts.finite_passive_conjunct`)."""
    if token.i == 0:
        return False
    before = doc_arrays(token.doc).lower[token.i - 1]
    if before not in GRAMMAR.coordinators or not s_passive_spelling(word):
        return False  # most nouns: the array and the lexicon answer before any Token is made
    return token.head.pos_ in _HEAD_NOUN_POS and main_clause_finite_before(token)


def main_clause_finite_before(token: Token, *, or_passive: bool = False) -> bool:
    """The nearest verb before the word's coordinator is a finite verb, no modal, that heads
    the sentence (or is the copula of its head): the main clause whose subject a conjunct
    shares, not a relative or subordinate clause's verb. With `or_passive`, a finite passive
    wherever it stands is one too (round 39, U2: passive conjuncts are spelled alike)."""
    from pipeline.nlp.verbs import is_finite, is_passive, is_verb  # (verbs asks this module)

    doc = token.doc
    before = doc[sentence_start(token) : token.i - 1]
    previous = next((t for t in reversed(before) if is_verb(t)), None)
    if previous is None or not is_finite(previous) or is_modal(previous):
        return False
    if or_passive and is_passive(previous):
        return True
    clause = previous.head if previous.dep_ == "cop" else previous
    return clause.dep_ == "ROOT"


_HEAD_NOUN_POS = frozenset({"NOUN", "PROPN"})


_PRONOUN_SUBJECT_POS = frozenset({"PRON", "DET"})
_CLAUSE_GOES_ON_POS = frozenset({"ADP", "PUNCT", "CCONJ"})


def passive_after_pronoun_subject(token: Token) -> bool:
    """``Om brister finns så ska även dessa åtgärdas [ADJ]``, ``ska också dessa godkännas
    [NOUN]`` (round 29, B2): after a modal, its adverbs and a pronoun subject, a word spelled
    as an infinitive the lexicon knows + -s that ends its clause (a preposition, a
    coordinator or punctuation follows) is the modal's passive infinitive, whatever its tag
    (the tagger reads ``dessa`` + the word as a noun phrase)."""
    word, doc = token.lower_, token.doc
    if not (word.isalpha() and word.endswith("as") and lexicon_infinitive(word[:-1])):
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ not in _CLAUSE_GOES_ON_POS:
        return False
    start = sentence_start(token)
    position = token.i - 1
    if position <= start or doc[position].pos_ not in _PRONOUN_SUBJECT_POS:
        return False
    position -= 1
    while position > start and doc[position].pos_ == "ADV":
        position -= 1
    return is_modal(doc[position])


def _no_head_noun_after(token: Token) -> bool:
    """A first-conjugation passive (``undertecknas``) is spelled as the genitive of a noun in
    -a; but a genitive stands before its head noun, so one right before a preposition or at
    the clause's end is the passive (``undertecknas av``)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.pos_ in {"ADP", "PUNCT"}


def _after_determiner_or_preposition(token: Token) -> bool:
    """``Vid en kris``: a word right after an indefinite determiner or a preposition heads a
    noun phrase; no finite verb stands there (``den`` may be a subject: ``den bedrivs``)."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ == "ADP" or (
        before.pos_ == "DET" and "Ind" in morph_values(before, "Definite")
    )


def closed_tag_infinitive(token: Token) -> bool:
    """``Stadsstyrelsen ska verkställa [PRON] fullmäktiges beslut``: right after a modal or
    ``att`` (past adverbs; ``har rätt att ingripa [PRON]``, round 55, tag55 #3), a word in
    infinitive shape (in -a, no adjective ending) that the tagger gave a closed-class tag but
    that is no member of those classes (`closed_class_words`, `non_infinitives`) is the
    infinitive: a closed class has no unknown members."""
    word = token.lower_
    if token.pos_ not in CLOSED_CLASS_POS or not (word.isalpha() and word.endswith("a")):
        return False
    if word in GRAMMAR.closed_class_words or word in GRAMMAR.non_infinitives:
        return False
    if adjective_form(word):
        return False
    doc, start = token.doc, sentence_start(token)
    position = before_adverbs(doc, token.i - 1, start)
    # round 55 (tag55 #3): or right after the infinitive marker ("rätt att ingripa [PRON]")
    return position >= start and (doc[position].lower_ == "att" or is_modal(doc[position]))


def archaic_infinitive(token: Token) -> bool:
    """``Suppleant äger ej rätt deltaga [NOUN] i …``: an older statute's long infinitive
    (`archaic_infinitives`: ``deltaga``, ``avgiva``, ``handhava``) is a verb whatever the
    tagger read; no noun or adjective ends so (round 43, bf cause 4)."""
    return token.pos_ not in VERB_POS and bool(archaic_infinitive_lemma(token.lower_))


def infinitive_after_marker(token: Token) -> bool:
    """``har som uppgift att stödja [supine] föreningarna``: right after the infinitive
    marker ``att`` a verb in -a that the lexicon knows only as a base form is the infinitive,
    whatever form the tagger gave it (no supine, past or present ends in -a)."""
    if token.pos_ != "VERB" or token.i == 0:
        return False
    return token.doc[token.i - 1].lower_ == "att" and lexicon_infinitive(token.lower_)


@memoised
def supine_after_perfect(token: Token) -> bool:
    """Right after perfect ``har``/``hade``, or past adverbs and negations only (round 43,
    be-C1: ``har även fastställt [ADV]``, ``har löpande följt [PC]``), a word the lexicon
    reads as a supine is one, whatever its tag (``som fullmäktige har fastställt [ADJ]``); a
    participle attribute would stand after a determiner (``har ett samlat ansvar``)."""
    pos = token.pos_
    if token.i == 0:
        return False
    if pos in VERB_POS and not token.tag_.startswith("PC"):
        return False  # a word tagged a verb is the tagger's, save a participle
    if pos in VERB_POS and token.doc[token.i - 1].text == ",":
        return _supine_after_comma_adverbial(token)  # "har X, efter Y, överlämnat [PC]"
    # "har fortlöpande kontakt [NOUN] med": past adverbs, a word read as a noun stays one
    # (so a noun's perfect is looked for right before it only: the rest is never read)
    adjacent = token.doc[token.i - 1].lower_ in GRAMMAR.perfect
    perfect = adjacent or (pos != "NOUN" and has_sentences(token.doc) and _perfect_before(token))
    if not perfect or (pos == "NOUN" and not adjacent):
        return pos not in VERB_POS and (supine_after_date(token) or supine_before_att(token))
    if pos in NON_VERB_POS:
        return False
    if not adjacent and not supine_not_attribute(token):
        return False
    if not _perfect_supine_spelling(token.lower_, adjacent):
        return False
    return token.i > sentence_start(token)  # `har` (before it) is in its sentence


def _perfect_supine_spelling(word: str, adjacent: bool) -> bool:
    """A supine by the lexicon; right after ``har``/``hade`` (round 55, tag55 #4) also an
    s-form supine (``prövats``, ``utsetts``: the supine + -s) and a short verb's in -tt
    (``trott``, `short_supine_spelling`)."""
    if supine_spelling(word):
        return True
    if not adjacent:
        return False
    if word.endswith("ts"):
        return supine_spelling(word[:-1])
    return short_supine_spelling(word)


@memoised
def perfect_adverbial_end(finite: Token) -> int | None:
    """``Kommunerna har genom avtal om samverkan kommit överens``, ``har efter förhandlingar
    om fördelningen fastställt [ADV] en modell`` (round 49, 49-r P2; review 50 M4): where the
    slot of a perfect ``har``/``hade`` opens (past adverbs and negations) with a preposition,
    the index right after that prepositional adverbial: its words (`PREPOSITIONAL_PHRASE_POS`)
    up to the first that opens a phrase right after a noun with no preposition or
    coordinator between (an object, ``har sedan årsmötet ett ansvar``, or a supine the tagger
    read as an adjective); else None. The one recogniser of the construction: conditions
    (an ``om`` inside it), groups (a determiner inside it) and `supine_after_adverbial`."""
    if finite.lower_ not in GRAMMAR.perfect:
        return None
    doc = finite.doc
    end = sentence_end(finite)
    first = past_adverbs_and_negations(doc, finite.i + 1, end)
    if first >= end or doc[first].pos_ != "ADP":
        return None
    position = first + 1
    while (
        position < end
        and doc[position].pos_ in PREPOSITIONAL_PHRASE_POS
        and not _unlinked_phrase(doc[position - 1], doc[position])
    ):
        position += 1
    return position


def _unlinked_phrase(noun: Token, following: Token) -> bool:
    """A phrase opened right after a noun (or a determiner or adjective after a name) with no
    preposition or coordinator between: no part of the adverbial but a phrase of its own."""
    if noun.pos_ == "PROPN":
        return following.pos_ in {"DET", "ADJ"}
    return noun.pos_ == "NOUN" and following.pos_ in {"DET", "ADJ", "NUM", "NOUN"}


@memoised
def supine_after_adverbial(token: Token) -> bool:
    """``har efter förhandlingar om fördelningen av kostnaderna fastställt [ADV] en modell``
    (round 49, 49-r P2): right after the noun of the prepositional adverbial that opens the
    slot of perfect ``har``/``hade`` (`perfect_adverbial_end`), a word the tagger read as an
    adverb or adjective that the lexicon spells as a supine, and no attribute of a noun after
    it, is the perfect's supine."""
    doc = token.doc
    if token.pos_ not in {"ADV", "ADJ"} or token.i == 0:
        return False
    if doc[token.i - 1].text == ",":
        return _supine_after_comma_adverbial(token)
    if doc[token.i - 1].pos_ not in {"NOUN", "PROPN"} or not supine_spelling(token.lower_):
        return False
    start = sentence_start(token)
    position = token.i - 1
    while position > start and doc[position].pos_ in PREPOSITIONAL_PHRASE_POS:
        position -= 1
    while position > start and (
        doc[position].pos_ == "ADV" or doc[position].lower_ in GRAMMAR.negations
    ):
        position -= 1
    if perfect_adverbial_end(doc[position]) != token.i:
        return False
    return supine_not_attribute(token)


# The most words between a perfect `har` and the comma closing the adverbial after it.
MAX_COMMA_ADVERBIAL = 12


def _supine_after_comma_adverbial(token: Token) -> bool:
    """Round 58 (analysis 58-cr C5; §5.3 round 23): ``Regionerna har, genom avtalet,
    överlämnat [ADJ] ansvaret för …``, ``har kommunen, efter en utredning, överlämnat``, ``har
    vid bildandet, överlämnat``: right after the comma that closes an adverbial (a
    preposition or adverb in it, no verb) in the slot of perfect ``har``/``hade``, a word the
    lexicon spells as a supine, and no attribute of a noun after it, is the perfect's
    supine."""
    if not supine_spelling(token.lower_):
        return False
    doc, start = token.doc, sentence_start(token)
    adverbial = False
    for position in range(token.i - 2, max(start, token.i - MAX_COMMA_ADVERBIAL) - 1, -1):
        word = doc[position]
        if word.lower_ in GRAMMAR.perfect:
            return adverbial and supine_not_attribute(token)
        if word.pos_ in VERB_POS or word.lower_ in GRAMMAR.subordinators:
            return False
        adverbial = adverbial or word.pos_ in {"ADP", "ADV"}
    return False


def supine_not_attribute(token: Token) -> bool:
    """A word in -t after ``har`` that may be its supine, not an adverb or an attribute
    (round 43, be-C1): no listed adverbial adjective (``har särskilt ansvar``), no adjective
    tagged common gender (``har kort tid``), and no noun
    after it that a neuter singular attribute agrees with (``har samlat ansvar``, ``har
    utökat mandat``: a neuter indefinite singular); ``har även fastställt riktlinjer``
    (plural), ``… budgeten`` (definite), ``… att`` are the supine's objects."""
    if token.lower_ in GRAMMAR.adverbial_adjectives:
        return False
    if "|UTR|" in token.tag_ or "Com" in morph_values(token, "Gender"):
        return False  # "har kort [JJ|UTR] tid": a common-gender adjective, never a supine
    following = token.i + 1
    if following >= len(token.doc) or token.doc[following].pos_ != "NOUN":
        return True
    noun = token.doc[following]
    neuter = "Neut" in morph_values(noun, "Gender") or "|NEU|" in noun.tag_
    singular = "Sing" in morph_values(noun, "Number") or "|SIN|" in noun.tag_
    indefinite = "Ind" in morph_values(noun, "Definite") or "|IND|" in noun.tag_
    return not (neuter and singular and indefinite)


def _perfect_before(token: Token) -> bool:
    """Perfect ``har``/``hade`` right before `token`, or before adverbs and negations only,
    or before an inverted subject and them (`_inverted_subject_start`)."""
    doc = token.doc
    start = sentence_start(token)
    position = before_adverbs(doc, token.i - 1, start)
    if position >= start and doc[position].lower_ not in GRAMMAR.perfect:
        position = _inverted_subject_start(doc, position, start) - 1
    return position >= start and doc[position].lower_ in GRAMMAR.perfect


def _inverted_subject_start(doc: Doc, last: int, start: int) -> int:
    """``Vid mötet har styrelsen (även) fastställt [ADV] …``, ``I år har den nya nämnden
    antagit …`` (round 50, bw G5): the start of the subject inverted after a V2 ``har``
    whose last word is `last`: a noun, name or pronoun closing a noun phrase of at most
    `MAX_INVERTED_PERFECT_GAP` words that the parser made the subject, its first word
    definite, a name, a pronoun or a definite determiner; else `last` + 1. An indefinite
    object (``har direktören ett utökat mandat``: a determiner before the participle) is
    none."""
    if last < start or doc[last].pos_ not in _SUBJECT_HEAD_POS:
        return last + 1
    first = last
    lowest = max(start, last - MAX_INVERTED_PERFECT_GAP + 1)
    while first - 1 >= lowest and doc[first - 1].pos_ in _INVERTED_SUBJECT_POS:
        first -= 1
    opener = doc[first]
    definite = "Def" in morph_values(opener, "Definite") or opener.pos_ in {"PROPN", "PRON"}
    if first - 1 < start or doc[first - 1].lower_ not in GRAMMAR.perfect or not definite:
        return last + 1
    if not doc[last].dep_.startswith("nsubj") and not _after_fronted_adverb(doc, first - 1, start):
        return last + 1  # "Nämnden har ansvaret delegerat": an object
    return first


def _after_fronted_adverb(doc: Doc, perfect: int, start: int) -> bool:
    """``… och därför har förvaltningen anställt [ADV]`` (round 57, analysis57-co C5): an
    adverb right before ``har`` that opens the sentence or follows a clause coordinator, or a
    fronted infinitive clause (`_after_fronted_infinitive_clause`), fills the first place, so
    the noun phrase after ``har`` is its inverted subject, whatever link the parser gave it
    (``Nämnden har ansvaret delegerat``: the subject before)."""
    adverb = perfect - 1
    if adverb < start:
        return False
    if doc[adverb].pos_ == "ADV":
        return adverb == start or doc[adverb - 1].lower_ in GRAMMAR.clause_coordinators
    return _after_fronted_infinitive_clause(doc, perfect, start)


MAX_FRONTED_CLAUSE_WORDS = 10  # "för att klara bemanningen under sommaren har …"


def _after_fronted_infinitive_clause(doc: Doc, perfect: int, start: int) -> bool:
    """``… och för att klara bemanningen har bolaget rekryterat [ADJ]`` (round 57, co C5):
    an adverbial infinitive clause (`infinitive_clause_prepositions` + ``att``) opening the
    sentence or following a clause coordinator, with no finite verb before ``har``, is the
    first place of a V2 clause."""
    lowest = max(start, perfect - MAX_FRONTED_CLAUSE_WORDS)
    for position in range(perfect - 1, lowest, -1):
        if _tagged_finite(doc[position]):
            return False
        if doc[position].lower_ != "att":
            continue
        opener = position - 1
        if doc[opener].lower_ not in GRAMMAR.infinitive_clause_prepositions:
            return False
        return opener == start or doc[opener - 1].lower_ in GRAMMAR.clause_coordinators
    return False


# Words that can open a noun phrase: a subject inverted after a finite verb (both rules below),
# an object or a preposition's complement (every rule in this module reads this one set).
_INVERTED_SUBJECT_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"})
MAX_INVERTED_PERFECT_GAP = 5  # words of an inverted subject between "har" and its supine
_SUBJECT_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON"})


@memoised
def s_supine_tagged_present(token: Token) -> bool:
    """``Därför har nämnden ålagts att …`` (round 42, bc-P2): a word in -ts tagged as a
    present whose stem less -s is spelled as a supine (``ålagt``), and whose stem + -a the
    lexicon knows as no infinitive (``tillsätts`` → tillsätta is a present), after perfect
    ``har``/``hade`` and at most an inverted subject and adverbs, is the supine passive."""
    word = token.lower_
    if not (word.endswith("ts") and word.isalpha()) or token.pos_ not in VERB_POS:
        return False
    if "Pres" not in morph_values(token, "Tense") or f"{word[:-1]}a" in _lexicon()[1]:
        return False
    if not supine_spelling(word[:-1]):
        return False
    doc, start = token.doc, sentence_start(token)
    for position in range(token.i - 1, max(start - 1, token.i - 2 - MAX_INVERTED_PERFECT_GAP), -1):
        if doc[position].lower_ in GRAMMAR.perfect:
            return True
        if doc[position].pos_ not in _INVERTED_SUBJECT_POS:
            return False
    return False


MAX_DATE_GAP = 10  # tokens of a date and § reference between "har" and its supine


def _date_word(token: Token) -> bool:
    return token.like_num or token.text == "," or token.lower_ in GRAMMAR.perfect_date_words


@memoised
def supine_after_date(token: Token) -> bool:
    """``Nämnden har den 3 maj 2020, § 77 fastställt regler``: a word the lexicon reads as a
    supine, whatever its tag, after a finite ``har``/``hade`` and a run of date and § words
    (numbers, month names, ``den``, ``§``, commas) that ends in a number or a month; the
    tagger reads it as an adverb or an attribute of the next noun (round 38, B5)."""
    if token.i == 0:
        return False
    doc = token.doc
    previous = doc[token.i - 1]
    if not (previous.like_num or previous.lower_ in GRAMMAR.perfect_date_words):
        return False  # "har X, fastställt": a comma alone closes no date
    if token.pos_ in NON_VERB_POS or not supine_spelling(token.lower_):
        return False
    start = max(sentence_start(token), token.i - MAX_DATE_GAP)
    position = token.i - 1
    while position > start and _date_word(doc[position]):
        position -= 1
    return doc[position].lower_ in {"har", "hade"} and position < token.i - 1


ADVERBIAL_POS = frozenset({"ADV", "ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"})
SUPINE_MISTAGS = frozenset({"NOUN", "VERB"})


@memoised
def supine_before_att(token: Token) -> bool:
    """``Styrelsen har (skriftligen) anmält att …``, ``har för kännedom till X anmält att``:
    a word the lexicon reads as a supine, whatever its tag, right before ``att`` and after a
    finite ``har``/``hade`` with only adverbials between (no verb, no comma) is the perfect's
    supine, not ``har``'s object (round 41, az-7b)."""
    doc = token.doc
    following = token.i + 1
    if following >= len(doc) or doc[following].lower_ != "att":
        return False
    if token.pos_ not in SUPINE_MISTAGS or not supine_spelling(token.lower_):
        return False  # "har särskilt [ADV/ADJ] att" stays the cue `har att`
    if token.lower_ == lexicon_lemma(token.lower_)[:-1]:
        return False  # "har beslut att fatta": the bare stem is the noun, not a supine
    start = max(sentence_start(token), token.i - MAX_DATE_GAP)
    if token.i <= start:
        return False  # nothing before it in its sentence
    position = token.i - 1
    while position > start and doc[position].pos_ in ADVERBIAL_POS:
        position -= 1
    return doc[position].lower_ in {"har", "hade"}


@memoised
def initial_infinitive(token: Token) -> bool:
    """A list item or web instruction opens with a bare infinitive (imperative) the tagger may
    read as a name or adjective (``Justera protokollet.``, ``Ansvara för …``): the first word,
    a base form in -a the lexicon knows (no adjective form) or a listed infinitive, followed by
    its object or complement. Read as a noun, it is one only before an object pronoun
    (``Kontakta oss``)."""
    doc, word = token.doc, token.lower_
    if token.pos_ not in {"PROPN", "ADJ", "ADV", "X", "VERB", "NOUN"} or token.i + 1 >= len(doc):
        return False
    base = word.endswith("a") and word in _lexicon()[1] and not adjective_form(word)
    if not (base or word in GRAMMAR.infinitives) or word in GRAMMAR.non_infinitives:
        return False
    if token.i != sentence_start(token) and not _after_marker_colon(token):
        return False
    following = doc[token.i + 1]
    if token.pos_ == "NOUN":
        return following.pos_ == "PRON" and "Acc" in morph_values(following, "Case")
    return following.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM", "ADP", "SCONJ"} and (
        following.lower_ not in GRAMMAR.modals
    )


def _after_marker_colon(token: Token) -> bool:
    """``har till uppgift att: utse ombud, …``: right after the infinitive marker and a colon
    in running text the first infinitive of an inline list opens its own series."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == ":" and doc[i - 2].lower_ == "att"


@memoised
def initial_present(token: Token) -> bool:
    """A subjectless list item or task line opens with a present (``Utser ombud till
    stämman``, ``Godkänner avtal om …``; round 14, analysis 14 cause 1) the tagger may read as
    a noun or name: the first word of its sentence or of a duty cell, as `verb_first_word`
    reads it."""
    if token.pos_ not in _INITIAL_PRESENT_POS or not has_sentences(token.doc):
        return False
    if token.i != sentence_start(token) and not _opens_duty_cell(token):
        return False
    return verb_first_word(token)


# What may follow a verb-first present: its object's first word or a preposition.
_VERB_FIRST_COMPLEMENT = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP", "PRON"})


def verb_first_word(token: Token) -> bool:
    """Round 57 (analysis57-cp C6, gen56 #8-11): the one test of the word that opens a
    subjectless verb-first item, heading line or table cell (where it stands is the caller's
    test), whatever the tagger read it as (a noun, a name: ``Fastställer [NOUN]
    årsredovisningen``): the lexicon's present of a verb (`present_spelling`), no determiner
    before it, followed by its object or complement (never a finite verb: then the word is a
    noun subject) or by a coordinator and a second present (``Leder och samordnar …``). A
    first-conjugation present the tagger read as a noun is also the plural of a noun in -a
    (``Stadgar för …``, ``Stadgar Ekby IF``): before a preposition or a name it stays that
    noun."""
    doc, word = token.doc, token.lower_
    if not word.isalpha() or token.i + 1 >= len(doc) or not present_spelling(word):
        return False
    if token.i and doc[token.i - 1].pos_ == "DET":
        return False  # "de beslutar": no verb opens after a determiner
    following = doc[token.i + 1]
    if _coordinated_present(following):
        return True
    if following.pos_ not in _VERB_FIRST_COMPLEMENT or _tagged_finite(following):
        return False
    plural_noun = token.pos_ == "NOUN" and word == f"{token.lemma_.lower()}r"
    return not (plural_noun and following.pos_ in {"ADP", "PROPN"})


def _coordinated_present(coordinator: Token) -> bool:
    """gen56 E: ``Samordnar och bereder [NOUN] ärendena``: the opening present is followed by
    a coordinator and a second present (tagged finite or spelled as one), the two verbs
    sharing the object after them."""
    doc, i = coordinator.doc, coordinator.i
    if coordinator.lower_ not in GRAMMAR.coordinators or i + 1 >= len(doc):
        return False
    second = doc[i + 1]
    return second.is_alpha and (_tagged_finite(second) or present_spelling(second.lower_))


def _opens_duty_cell(token: Token) -> bool:
    """``Revisorernas ordförande | Kallar till …`` (round 51, nu51 fault 5): a capitalised
    word opening the next table cell after a role cell (a few words, no finite verb, no
    punctuation) opens the duty's subjectless clause, as a task line's first word does. A
    word read as a noun only by both tags (``Villkor``) is the cell's noun, no verb. The
    ``|`` may be lost where the cells stood apart by a run of spaces that the text joined
    to one (``Ekonomichefen Upprättar …``, gen56 E): then a title-case word right after the
    role cell's noun or name, mid-sentence, opens the next cell."""
    doc = token.doc
    if token.i < 1 or not token.text[:1].isupper():
        return False
    piped = doc[token.i - 1].text == "|"
    if not piped and not (token.is_title and doc[token.i - 1].pos_ in {"NOUN", "PROPN"}):
        return False
    if token.pos_ == "NOUN" and not token.tag_.startswith("VB"):
        return False
    cell = doc[sentence_start(token) : token.i - 1 if piped else token.i]
    return 0 < len(cell) <= _ROLE_CELL_WORDS and not any(
        _tagged_finite(word) or word.is_punct or word.text == "|" for word in cell
    )


_ROLE_CELL_WORDS = 4  # ``Förvaltningschefen för kultur``: a role named in a few words


@memoised
def initial_passive_before_agent(token: Token) -> bool:
    """A subjectless list item or table cell opens with an s-passive (``– Beslutas av
    rektor/förskolechef``, ``– Anmäls till nämnden``), the tagger may read the capitalised
    word as a name or noun: the first word, spelled as the s-form of a verb the lexicon
    knows (`s_passive_spelling`), right before a preposition (``av`` + agent). A genitive
    never stands there (it precedes its head noun)."""
    doc = token.doc
    if token.pos_ not in {"PROPN", "NOUN", "ADJ", "X"} or token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    if not (following.pos_ == "ADP" or following.lower_ == "av"):
        return False
    if not s_passive_spelling(token.lower_):
        return False
    return token.i == sentence_start(token) or cell_opening_passive(token)


def cell_opening_passive(token: Token) -> bool:
    """Round 52 (analysis 52-ca S6): a flattened table row runs its cells together
    (``Val av ombud Utses [PROPN] av fullmäktige``): mid-sentence, a capital after a
    lower-case noun opens the next cell, so a capitalised s-form of a verb the lexicon knows
    (`s_passive_spelling`) there, right before ``av`` + agent, opens that cell as
    `initial_passive_before_agent` opens a line: a main clause of its own, no relative
    clause. A name's genitive in -s (``Kils kommun``) is no verb's s-form and has no ``av``
    after it."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "av":
        return False
    text, previous = token.text, doc[token.i - 1]
    return (
        text[:1].isupper()
        and not text.isupper()
        and previous.pos_ in {"NOUN", "PROPN"}
        and previous.text.islower()
        and s_passive_spelling(token.lower_)
    )


SERIES_MISTAGS = frozenset({"NOUN", "ADJ", "ADV"})
_INITIAL_PRESENT_POS = SERIES_MISTAGS | {"PROPN", "X"}  # the tags `initial_present` admits


@memoised
def present_in_series(token: Token) -> bool:
    """``Nämnden planerar X, utövar [ADV] tillsyn över Y och följer upp Z``: in a subject's
    series of verb phrases every comma or coordinator is followed by a finite verb of the
    first one's tense, so a present there that the tagger read as a noun, adjective or adverb
    is a verb when the lexicon knows the word as that verb's present (its lemma is the
    infinitive, or the agent noun in -are that the verb forms: ``utövar`` → utövare)."""
    word = token.lower_
    if token.pos_ not in SERIES_MISTAGS or not word.isalpha() or not present_spelling(word):
        return False
    if not has_sentences(token.doc):
        return False
    if not _after_series_joint(token) or _series_head(token) is None:
        return False
    return not after_example_som(token)


_SERIES_COORDINATORS = frozenset({"och", "samt", "eller"})
_CONJUNCT_END_POS = frozenset({"NOUN", "PROPN", "PRON", "ADV", "NUM"})  # a verb phrase's end


@memoised
def preterite_in_series(token: Token) -> bool:
    """Round 55 (tag55 #6): ``Styrelsen behandlade och godkände [ADJ] bokslutet``,
    ``Nämnden beslutade om X och verkställde [NOUN] dem``: the `present_in_series` rule for
    the past tense. A preterite by spelling (`conjunct_preterite_lemma`) right after
    ``och``/``samt``/``eller`` whose first conjunct is the sentence's finite preterite (the
    preterite itself, or its phrase ending in a noun, pronoun or adverb before the
    coordinator) is that series' next finite verb. ``nya och ändrade avgifter`` (an adjective
    conjunct) and ``om X och ändrade regler`` (a bare noun conjunct: a noun phrase series)
    keep the attribute."""
    word = token.lower_
    if token.pos_ in CLOSED_CLASS_POS or conjunct_preterite_lemma(word) is None:
        return False
    doc = token.doc
    start = sentence_start(token)
    if token.i - 2 <= start or doc[token.i - 1].lower_ not in _SERIES_COORDINATORS:
        return False
    if not has_sentences(doc) or not _after_series_joint(token):
        return False
    head, before = _series_head(token, "Past"), doc[token.i - 2]
    if head is None or token.i - head > MAX_PHRASE_TOKENS:
        return False
    if before.i == head:
        return True
    if before.pos_ not in _CONJUNCT_END_POS:
        return False
    return not (before.pos_ == "NOUN" and _bare_indefinite_noun_after(token))


def _bare_indefinite_noun_after(token: Token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        following is not None
        and following.pos_ == "NOUN"
        and "Def" not in morph_values(following, "Definite")
    )


def after_example_som(token: Token, start: int | None = None) -> bool:
    """Round 53 (analysis 53b-cb N1): ``sköter frågor som till exempel el, gator och vägar``:
    after ``som`` + an example marker (`_example_som`) in the word's sentence (from `start`,
    default its first word) the words are examples of the noun before ``som``, a series of
    nouns, no verbs of the subject."""
    lower = doc_arrays(token.doc).lower
    first = sentence_start(token) + 1 if start is None else start
    return any(
        lower[position] == "som" and _example_som(token.doc[position])
        for position in range(first, token.i)
    )


@memoised
def supine_tagged_present_in_series(token: Token) -> bool:
    """``Kansliet bereder ärendena samt genomför [VB|SUP, amod] uppföljningen`` (round 50,
    bw G1): the `present_in_series` rule for a word tagged a supine, which the tree made an
    attribute of the noun after it: spelled as a present and not as a supine (``genomför``,
    ``utför``), after a comma or coordinator of the series of a finite present, it is that
    series' next finite verb. A preposition (``och inför beslutet``) is tagged no verb.
    So is such a word tagged a present that the tree made an attribute (``Kansliet
    sammanställer X och utför [VB|PRS amod] kontroller``; round 51, bx C5)."""
    word = token.lower_
    if token.pos_ not in VERB_POS:
        return False
    attribute_present = token.dep_ == "amod" and "Pres" in morph_values(token, "Tense")
    if "Sup" not in morph_values(token, "VerbForm") and not attribute_present:
        return False
    if not word.isalpha() or not present_spelling(word) or supine_spelling(word):
        return False
    if not has_sentences(token.doc):
        return False
    return _after_series_joint(token) and _series_head(token) is not None


@memoised
def present_after_pronoun(token: Token) -> bool:
    """``De ej närvarar ersätts …``, ``Vi levererar …``: right after a subject pronoun (past
    adverbs and a negation) stands its finite verb, so a present the tagger read as a noun,
    adjective or adverb there is one when the lexicon knows the word as a verb's present;
    so after a relative ``som`` that is the word's subject (`_relative_subject_of`).
    Round 55 (tag55 #8, #1): so after ``den``/``det``/``de`` tagged a determiner that opens
    its clause (`_clause_opening_article`: ``De utser [NOUN] …``; a determiner's noun is no
    verb's present), and for a short e-verb's present (``Det avser [NOUN] …``:
    `short_present_lemma`, its infinitive listed in grammar.yaml `infinitives`)."""
    word = token.lower_
    if token.pos_ not in SERIES_MISTAGS or not word.isalpha() or not present_or_short_present(word):
        return False
    if not has_sentences(token.doc):
        return False
    arrays = doc_arrays(token.doc)
    lower, pos, dep = arrays.lower, arrays.pos, arrays.dep
    position, start = token.i - 1, sentence_start(token)
    negations = GRAMMAR.negations
    while position >= start and (pos[position] in {"ADV", "PART"} or lower[position] in negations):
        position -= 1
    if position >= start and pos[position] == "DET":
        return _clause_opening_article(token.doc, position, start)
    if position < start or pos[position] != "PRON":
        return False
    pronoun = token.doc[position]
    if lower[position] in GRAMMAR.subordinators:
        return _relative_subject_of(pronoun, token)
    return dep[position].startswith("nsubj") or "Nom" in morph_values(pronoun, "Case")


_NO_NOUN_HEAD_POS = frozenset({"ADV", "PRON", "PART", "SCONJ"})  # no attribute's head noun


@memoised
def preterite_after_article(token: Token) -> bool:
    """Round 55 (tag55 #8): ``Det berodde [ADJ] inte på …``, ``De ändrade [PC] sig``: a
    preterite by spelling (`conjunct_preterite_lemma`) right after ``den``/``det``/``de``
    opening its clause (`_clause_opening_article`), before a word that heads no noun phrase
    (an adverb, a pronoun, a particle, a subordinator), is the pronoun's finite verb: as an
    attribute it would stand before its noun (``De ändrade stadgarna``), and a headless one
    (``De drabbade ska …``) before the verb."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i - 1].pos_ != "DET":
        return False
    if doc[token.i + 1].pos_ not in _NO_NOUN_HEAD_POS or token.pos_ in CLOSED_CLASS_POS:
        return False
    if conjunct_preterite_lemma(token.lower_) is None or not has_sentences(doc):
        return False
    return _clause_opening_article(doc, token.i - 1, sentence_start(token))


def present_or_short_present(word: str) -> bool:
    """A present by spelling, or a short e-verb's (``avser`` → avse, a listed infinitive)."""
    return present_spelling(word) or short_present_lemma(word) in GRAMMAR.infinitives


def _clause_opening_article(doc: Doc, position: int, start: int) -> bool:
    """``den``/``det``/``de`` (grammar.yaml `definite_articles`) at `position` opens its clause:
    the sentence's first word, or right after a comma or a clause coordinator."""
    if doc[position].lower_ not in GRAMMAR.definite_articles:
        return False
    if position == start:
        return True
    before = doc[position - 1].lower_
    return before == "," or before in GRAMMAR.clause_coordinators


@memoised
def preterite_after_relative_som(token: Token) -> bool:
    """Round 55 (tag55 #2): ``Revisorer som granskade [PC] räkenskaperna …``: a preterite by
    spelling (`conjunct_preterite_lemma`) right after a relative ``som`` (whatever the parser
    makes of it: its subject, or a marker), before a definite noun, is the relative clause's
    finite verb: a participle attribute of a definite noun needs a determiner (``som de
    granskade räkenskaperna``)."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc_arrays(doc).lower[token.i - 1] != "som":
        return False
    if token.pos_ in CLOSED_CLASS_POS or conjunct_preterite_lemma(token.lower_) is None:
        return False
    following = doc[token.i + 1]
    if following.pos_ != "NOUN" or "Gen" in morph_values(following, "Case"):
        return False
    return "Def" in morph_values(following, "Definite")


def _relative_subject_of(pronoun: Token, token: Token) -> bool:
    """``är det valberedningen som utser [NOUN] en ersättare`` (round 53, analysis 53-cd B):
    the relative ``som`` that the parser makes the subject of the word it heads as a relative
    clause (``acl:relcl``) stands before that clause's finite verb."""
    return (
        pronoun.lower_ == "som"
        and pronoun.dep_.startswith("nsubj")
        and pronoun.head.i == token.i
        and token.dep_ == "acl:relcl"
    )


def _inverted_subject_follows(token: Token) -> bool:
    """After a fronted adverbial the subject follows the finite verb: a definite noun, a
    proper noun or a subject pronoun right after the word or after a run of sentence adverbs
    (``utser normalt fullmäktige``, ``tillsätter alltid styrelsen``; round 54, cg-R1), or the
    ``att``-clause that is its subject (an insertion in commas may stand between).
    Determiners and adjectives may open the subject's noun phrase (``den nye ordföranden``,
    ``samtliga ledamöter``)."""
    doc, following = token.doc, token.i + 1
    if following >= len(doc):
        return False
    if _subject_word(doc[following]) or _bare_plural_subject(doc, following):
        return True
    head = following
    while head < len(doc) and doc[head].pos_ == "ADV":  # "utser normalt fullmäktige"
        head += 1
    if head > following and head < len(doc) and _subject_word(doc[head]):
        return True
    head = following
    while head < len(doc) and doc[head].pos_ in {"DET", "ADJ"}:
        head += 1
    if head > following and head < len(doc) and _subject_word(doc[head]):
        return True
    adverbial = {"ADV", "ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN"}  # "enligt lag", "även"
    while following < len(doc) and doc[following].pos_ in adverbial:
        if doc[following].pos_ == "NOUN" and doc[following - 1].pos_ in {"ADV", "PUNCT"}:
            return False  # a noun phrase no preposition governs: an object, no adverbial
        following += 1
    return following < len(doc) and doc[following].lower_ in {"att", ","}


PREFIELD_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADV"})
_SECOND_PLACE_POS = SERIES_MISTAGS | VERB_POS  # the tags `finite_in_second_place` admits


@memoised
def finite_in_second_place(token: Token) -> bool:
    """Swedish main clauses are V2: after the one phrase that opens the sentence (the
    prefield: a subject noun phrase, coordinated or not, ``Skolchefen alternativt biträdande
    skolchef``; a pronoun; a prepositional phrase, ``I årsredovisningen``; an adverb) stands
    the finite verb, right after it (no adverb stands between in a main clause: ``m.fl.
    lagar`` ends a noun phrase). So in a main clause with no finite verb yet, the first word
    after a prefield that the lexicon knows as a verb's present
    (`present_spelling`) is that verb, whatever the tagger read (a noun, an adjective, an
    adverb, or a verb it hung on a noun as an attribute) — unless a finite verb follows it
    right away (then it closes the subject: ``…, utövare ansvarar``)."""
    word = token.lower_
    if token.pos_ not in _SECOND_PLACE_POS or not word.isalpha():
        return False
    if "Gen" in morph_values(token, "Case"):
        return False
    spelled = present_spelling(word)
    if not (spelled or short_present_lemma(word)) or not has_sentences(token.doc):
        return False
    start, end = sentence_start(token), token.i - 1
    if not spelled:  # round 52 (z-C2): "Kulturgrupp - avser [NOUN] …" only
        return _named_item_prefield(token.doc, start, end)
    start = _after_run_in_headings(token, start, end)
    if _deputy_prefield(token, start, end):
        return True  # "Kassören i X, eller om denne har förhinder, sekreteraren, bokför …"
    if _named_item_prefield(token.doc, start, end):
        return True  # round 52 (z-C2): "Kulturgrupp - avser [NOUN] bibliotekets verksamhet"
    if not _v2_place(token, start, end):
        start = conjunct_clause_start(token)  # "… och huvudmannen fastställer budgeten"
        if start is None or not _v2_place(token, start, end):
            return False
    following = token.i + 1
    if following < sentence_end(token) and _tagged_finite(token.doc[following]):
        return False
    if token.doc[start].pos_ not in {"ADP", "ADV"}:
        return True  # the prefield is the subject
    return _inverted_subject_follows(token)


_NAME_DASHES = frozenset({"-", "–", "—"})
_MAX_NAME_WORDS = 3  # ``Kulturgrupp``, ``Lokala arvodesutskottet``, ``Grupp för lokaler``


def _named_item_prefield(doc: Doc, start: int, end: int) -> bool:
    """Round 52 (z-C2; §1.2 round 20 S3): `start` … `end` is a name and a spaced dash that
    open the sentence (``Kulturgrupp - avser …``, ``Fastighetsutskott - omfattar …``): one
    to three words, the first capitalised, one prefield (`_prefield`) ending in a noun. The
    present by spelling after the dash is the item's finite verb, the name its subject."""
    if not 0 < end - start <= _MAX_NAME_WORDS or doc[end].text not in _NAME_DASHES:
        return False
    if not (doc[end - 1].whitespace_ and doc[end].whitespace_) or not doc[start].is_title:
        return False
    return doc[end - 1].pos_ in {"NOUN", "PROPN"} and _prefield(doc[end + 1], start, end - 1)


def short_present_lemma(word: str) -> str:
    """The infinitive in -e of a present in -er that the spelling lexicon gives it
    (``avser`` → avse, ``förser`` → förse), which `present_spelling` does not read (it takes
    -er for -a); "" otherwise. A named item's verb place asks it (round 52, z-C2), and
    `present_after_pronoun` (round 55, tag55 #1)."""
    lemma = lexicon_lemma(word) if word.endswith("er") else ""
    return lemma if lemma and lemma == word[:-1] else ""


def _item_present(word: str) -> bool:
    return present_spelling(word) or bool(short_present_lemma(word))


def named_item_dash(doc: Doc) -> int | None:
    """The dash of a sentence ``<Name> - <present> …`` opening `doc` (round 52, z-C2; §1.2
    round 20 S3: ``Lokalgrupp - omfattar …``), or None."""
    for dash in range(1, min(len(doc) - 1, _MAX_NAME_WORDS + 1)):
        if doc[dash].text in _NAME_DASHES:
            named = _item_present(doc[dash + 1].lower_) and _named_item_prefield(doc, 0, dash)
            return dash if named else None
    return None


def named_item_subject(token: Token) -> bool:
    """`token` ends the name of a sentence ``<Name> - <present> …`` (`_named_item_prefield`),
    the subject of that present (round 52, z-C2: ``Lokalgrupp - omfattar …``)."""
    doc, dash = token.doc, token.i + 1
    if dash + 1 >= len(doc) or not _item_present(doc[dash + 1].lower_):
        return False
    return _named_item_prefield(doc, sentence_start(token), dash)


# The least tokens from the first comma of a deputy prefield to its closing comma: the comma,
# a coordinator, a condition opener, a finite verb, the comma after the condition, the
# second subject's word (``, eller om denne är förhindrad, sekreteraren``: at least 6)
_DEPUTY_TAIL = 6


def _deputy_prefield(token: Token, start: int, end: int) -> bool:
    """``Kassören i styrelsen, eller om denne är förhindrad, sekreteraren, bokför …`` (round
    49, 49-br C2): two subject noun phrases with a condition clause in commas between them
    (a comma, a coordinator, a condition opener, `postposed_condition_openers`, a finite
    verb, up to the next comma) and the second closed by a comma make one prefield; `end` is
    that comma."""
    doc = token.doc
    if end - start < 1 + _DEPUTY_TAIL or doc[end].text != ",":
        return False  # a first subject word, then the shape after its comma
    for comma in range(start + 1, end - _DEPUTY_TAIL + 1):
        if doc[comma].text != "," or doc[comma + 1].lower_ not in GRAMMAR.coordinators:
            continue
        if doc[comma + 2].lower_ not in GRAMMAR.postposed_condition_openers:
            return False
        closing = next((i for i in range(comma + 3, end) if doc[i].text == ","), None)
        return (
            closing is not None
            and closing + 1 < end
            and any(_tagged_finite(t) for t in doc[comma + 3 : closing])
            and _prefield(token, start, comma - 1)
            and _prefield(token, closing + 1, end - 1)
        )
    return False


_WEAK_PRETERITE_ENDINGS = ("ade", "de", "te")


@memoised
def preterite_in_second_place(token: Token) -> bool:
    """``Detta förbund ändrade [PC] år 2001 sitt ändamål`` (round 43, be-C11): V2 holds for
    the past tense too. A weak preterite the tagger read as a participle (stem + -ade/-de/-te
    whose stem + -a the lexicon knows as a base form), right after a subject noun phrase that
    opens the sentence and ends in a noun in the nominative, in a sentence with no finite verb
    by its tag, is the finite verb. ``De ändrade stadgarna gäller`` (a determiner before it, a
    finite verb later) and ``Nämndens ändrade riktlinjer`` (a genitive) keep the attribute.
    Round 55 (tag55 #1): so a word tagged an adjective or adverb, whatever its tag
    (``Direktionen godkände [ADV, AB] årsredovisningen``; asked for an untagged verb too),
    and a preterite the lexicon reads (`conjunct_preterite_lemma`: ``godkände`` → godkänna)."""
    word = token.lower_
    if not (token.tag_.startswith("PC") or token.pos_ in _PRETERITE_MISTAGS) or not word.isalpha():
        return False
    if conjunct_preterite_lemma(word) is None or not has_sentences(token.doc):
        return False
    return _second_after_subject(token)


_PRETERITE_MISTAGS = frozenset({"ADJ", "ADV"})  # round 55 (tag55 #1): "godkände [ADV, AB]"


@memoised
def strong_preterite_in_second_place(token: Token) -> bool:
    """``Stämman hölls [ADV] i maj`` (round 47, bo C1): V2 holds for a strong preterite too.
    A listed strong or irregular preterite, active or s-passive (`strong_preterites`), that
    the tagger read as no verb, right after a subject noun phrase that opens the sentence and
    ends in a noun in the nominative, in a sentence with no finite verb by its tag, is the
    finite verb (as `preterite_in_second_place` for the weak ones)."""
    word = token.lower_
    table = GRAMMAR.strong_preterites
    if word not in table and word[:-1] not in table:
        return False
    if not has_sentences(token.doc):
        return False
    return _second_after_subject(token)


@memoised
def preterite_after_conjunct_adverbial(token: Token) -> bool:
    """``… och därefter godkände [PC] styrelsen detta förslag``, ``och idag fastställde
    [amod] nämnden denna del …`` (round 51, an-C5): V2 after a clause coordinator. A preterite
    by spelling (`conjunct_preterite_lemma`) after ``och``/``men``/``eller`` and a fronted
    adverbial (adverbs or a prepositional phrase opening it, no subject first) and before a
    definite noun in the nominative is the finite verb, that noun its inverted subject: a
    participle attribute of a definite noun needs a determiner before it (``och de ändrade
    stadgarna``), which the adverbial excludes. Round 55 (tag55 #7): the subject may be a
    pronoun in the nominative (``Senare ändrade [ADJ] hon …``: no attribute's head) or an
    actor mention (``fullmäktige``, indefinite by its form), after sentence adverbs
    (``ändrade dock styrelsen``)."""
    if conjunct_preterite_lemma(token.lower_) is None:
        return False
    doc = token.doc
    position = token.i + 1
    while position < len(doc) and doc[position].pos_ == "ADV":
        position += 1
    if position >= len(doc) or not _inverted_preterite_subject(doc[position]):
        return False
    return _adverbial_before_preterite(token)


def _inverted_preterite_subject(subject: Token) -> bool:
    """A definite noun or a name in the nominative, an actor mention (``Senare godkände
    fullmäktige …``) or a pronoun in the nominative."""
    if subject.pos_ == "PRON":
        return "Nom" in morph_values(subject, "Case")
    if subject.pos_ not in {"NOUN", "PROPN"} or "Gen" in morph_values(subject, "Case"):
        return False
    indefinite = subject.pos_ == "NOUN" and "Def" not in morph_values(subject, "Definite")
    return not indefinite or _opens_actor_mention(subject)


def _opens_actor_mention(word: Token) -> bool:
    """Round 55 (tag55 #7): the word opens an actor mention, not a genitive (``fullmäktige``,
    indefinite by its form, names a body as a definite noun does)."""
    mentions = word.doc._.actors if word.doc.has_extension("actors") else None
    return any(m.first_token == word.i and not m.genitive for m in mentions or ())


@word_memoised
def conjunct_preterite_lemma(word: str) -> str | None:
    """The infinitive of a preterite by spelling: a listed strong one or a compound of one
    (``antog`` → anta, `strong_preterite_lemma`; no s-passive) or a
    weak one in -de/-te whose lexicon lemma or stem + -a is an infinitive (``godkände`` →
    godkänna, ``fastställde`` → fastställa); a present participle in -ande/-ende is none."""
    if not word.isalpha():
        return None
    if word in GRAMMAR.strong_preterites:
        return GRAMMAR.strong_preterites[word]
    if word[-1:] != "s" and (strong := strong_preterite_lemma(word)):
        return strong  # round 55 (tag55 #6): a compound's (``föreslog`` → föreslå)
    if not word.endswith(_WEAK_PRETERITE_ENDINGS) or word.endswith(("ande", "ende")):
        return None
    lemma = lexicon_lemma(word)
    if lemma and lemma != word and lexicon_infinitive(lemma):
        return lemma
    return weak_preterite_lemma(word)


_MAX_ADVERBIAL = 6  # "och vid sitt möte i juni": a fronted prepositional phrase


def _adverbial_before_preterite(token: Token) -> bool:
    """Between a clause coordinator (not the sentence's first word) and `token` stand only
    adverbs and a prepositional phrase, opened by an adverb or a preposition. Round 55 (tag55
    #7, analysis 55-cj C4): or such an adverbial, or a date, opens the sentence itself
    (``Senare godkände [ADJ] fullmäktige …``, ``Den 3 maj fastställde nämnden …``), and no
    other word of the sentence is tagged finite."""
    doc = token.doc
    start, position = sentence_start(token), token.i - 1
    while position > start and token.i - position <= _MAX_ADVERBIAL:
        word = doc[position]
        if word.lower_ in GRAMMAR.clause_coordinators:
            break
        if word.pos_ not in _ADVERBIAL_POS or word.pos_ in {"VERB", "AUX"}:
            return False
        position -= 1
    if position == start and position < token.i:
        return _sentence_opening_adverbial(token, start)
    if position <= start or position == token.i - 1:
        return False
    if doc[position].lower_ not in GRAMMAR.clause_coordinators:
        return False
    return doc[position + 1].pos_ in {"ADV", "ADP"}


_ADVERBIAL_POS = frozenset({"ADV", "ADP", "NOUN", "PROPN", "NUM", "DET", "ADJ"})


def _sentence_opening_adverbial(token: Token, start: int) -> bool:
    """The words `start` … before `token` are one fronted adverbial: adverbs, a preposition
    with its noun phrase (``Vid mötet i maj``), or a date (``Den 3 maj 2021``: date words
    ending in a number or a month); and no other word of the sentence is tagged finite."""
    doc, last = token.doc, token.i - 1
    opener = doc[start]
    if opener.lower_ in GRAMMAR.clause_coordinators:
        return False
    if opener.pos_ == "ADP" and opener.dep_ != "advmod":  # a preposition with its phrase
        adverbial = start < last and doc[last].pos_ in {"NOUN", "PROPN", "NUM"}
    elif opener.pos_ not in {"ADV", "ADP"}:  # (an adverb the tagger made a preposition)
        adverbial = all(_date_word(doc[p]) for p in range(start, token.i)) and (
            doc[last].like_num or doc[last].lower_ in GRAMMAR.perfect_date_words
        )
    else:
        adverbial = True
    if not adverbial:
        return False
    sentence = doc[start : sentence_end(token)]
    return not any(_tagged_finite(t) for t in sentence if t.i != token.i)


def _second_after_subject(token: Token) -> bool:
    """`token` follows a subject noun phrase that opens its sentence (no preposition or adverb
    first) and ends in a nominative noun, and no other word of the sentence is tagged finite."""
    start, end = sentence_start(token), token.i - 1
    if end < start or token.doc[start].pos_ in {"ADP", "ADV"}:
        return False
    before = token.doc[end]
    if before.pos_ not in {"NOUN", "PROPN"} or "Gen" in morph_values(before, "Case"):
        return False
    if not _prefield(token, start, end):
        return False
    sentence = token.doc[start : sentence_end(token)]
    return not any(_tagged_finite(t) for t in sentence if t.i != token.i)


def weak_preterite_lemma(word: str) -> str | None:
    """The infinitive of a weak preterite by spelling (``ändrade`` → ändra, ``ställde`` →
    ställa, ``köpte`` → köpa), where the lexicon knows it as a base form; else None."""
    for ending in _WEAK_PRETERITE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            candidate = f"{word[: -len(ending)]}a"  # ändr|ade, ställ|de, köp|te
            if lexicon_infinitive(candidate):
                return candidate
    return None


def _v2_place(token: Token, start: int, end: int) -> bool:
    """`token` stands right after one prefield opening at `start`."""
    near = token.i != start and token.i - start <= MAX_PHRASE_TOKENS
    return near and _prefield(token, start, end)


def conjunct_clause_start(token: Token) -> int | None:
    """Where the main clause conjoined before `token` opens (round 14, analysis 14 cause 1):
    after the last clause coordinator (``och``, ``men``; `clause_coordinators`) before it
    whose part of the sentence already has a finite verb by its tag (``Styrelsen godkänner
    årsplanen och huvudmannen fastställer budgeten``, ``Rektorerna lämnar förslag, och
    nämnden utser …``), or the present in second place by spelling (`finite_in_second_place`,
    round 18: ``A utser [NOUN] X och B samt C utser vardera Y``): a new subject there opens a
    clause of its own, V2 again."""
    doc = token.doc
    first = sentence_start(token)
    for position in range(token.i - 2, first, -1):
        if doc[position].lower_ not in GRAMMAR.clause_coordinators:
            continue
        if any(_tagged_finite(t) or finite_in_second_place(t) for t in doc[first:position]):
            return position + 1  # "Åsby kommun utser [NOUN] ordförande och …": V2 by spelling
        return None
    return None


def _prefield(token: Token, start: int, end: int) -> bool:
    """The words `start` … `end` are one fronted phrase with no verb: a noun phrase (with
    coordinated noun phrases and a prepositional attribute) ending in a noun, a pronoun in
    the nominative, a prepositional phrase, or adverbs; no subordinator, no word the tagger
    read as a finite verb and no other present by spelling (that one would be the verb)."""
    doc = token.doc
    arrays = doc_arrays(doc)
    lower, pos = arrays.lower, arrays.pos
    joints = GRAMMAR.noun_phrase_coordinators | {","}
    if lower[start] in joints or lower[end] in joints:
        return False
    adverbs = GRAMMAR.misread_adverbs  # "Således [VERB] fastställer …" (round 54, cg-R1)
    for position in range(start, end + 1):
        word, tag = lower[position], pos[position]
        if word in joints or word in adverbs:
            continue
        if tag not in PREFIELD_POS and not (tag in VERB_POS and not _tagged_finite(doc[position])):
            return False
        if word in GRAMMAR.subordinators and tag != "ADP":
            return False
        if word in GRAMMAR.modals or word in ALWAYS_FINITE:
            return False
        if tag in SERIES_MISTAGS and word.isalpha() and present_spelling(word):
            return False
    last = doc[end]
    if all(pos[p] == "ADV" or lower[p] in adverbs for p in range(start, end + 1)):
        return True
    if last.pos_ == "PRON" and end == start:
        return last.dep_.startswith("nsubj") or "Nom" in morph_values(last, "Case")
    if last.pos_ == "NUM":  # "tre lagar", "m.fl. lagar": a numeral quantifies the noun after it
        return _inclusive_date(lower, start, end)  # but "Till och med 2024 byter rådet …"
    if "Gen" in morph_values(last, "Case"):
        return False
    if _participle_misread_noun(last) and end == start + 1 and pos[start] == "ADP":
        return True  # "Efter omval [ADJ Part]": a PP closes on a noun, here misread (az-7a)
    if end == start + 1 and _noun_misread_after_opener(doc, start, end):
        return True
    # round 55 (ch-C1): an actor mention's head closes the phrase whatever its tag
    # (``Gruppledarna i kommunfullmäktige [ADJ] sammanträder``: `_ends_actor_noun`)
    return (
        _nominal_end(last)
        or (last.pos_ == "ADJ" and _possessive(doc[end - 1]))
        or _ends_actor_noun(last)
    )


def _noun_misread_after_opener(doc: Doc, start: int, end: int) -> bool:
    """Round 46 (rank 3): a two-word prefield whose noun the tagger read as an adjective or
    adverb: a preposition before a definite plural by spelling (``Mellan mötena [ADJ]``,
    `definite_plural_by_spelling`), or a determiner before a time noun (``Varje höst
    [ADV]``, configs/grammar.yaml `time_nouns`). A participle attribute (``Under mötena
    förda protokoll``) makes the prefield longer and is no such case."""
    opener, last = doc[start], doc[end]
    if last.pos_ not in {"ADJ", "ADV"}:
        return False
    if opener.pos_ == "ADP":
        return definite_plural_by_spelling(last.lower_)
    return opener.pos_ == "DET" and last.lower_ in GRAMMAR.time_nouns


def definite_plural_by_spelling(word: str) -> bool:
    """A noun's definite plural by spelling against the lexicon's lemma: ``mötena`` (möte),
    ``ärendena`` (ärende), ``revisorerna`` (revisor), ``stämmorna`` (stämma), ``ledarna``
    (ledare). A participle in -na (``skrivna`` → skriva) is none: a lemma in -a takes only
    -orna."""
    if not word.endswith("na"):
        return False
    lemma = lexicon_lemma(word)
    if not lemma or lemma == word:
        return False
    if lemma.endswith("a"):
        return word == f"{lemma[:-1]}orna"
    forms = {f"{lemma}na", f"{lemma}arna", f"{lemma}erna"}
    if lemma.endswith("e"):
        forms.add(f"{lemma[:-1]}na")  # ledare → ledarna
    return word in forms


# the tags of an attribute that `att_subject_word` reads
_ATTRIBUTE_POS = frozenset({"ADJ", "VERB"})
# the tags of the words of an attribute run before its noun (`noun_after_attributes`)
_ATTRIBUTE_RUN_POS = frozenset({"ADJ", "NUM"})


def _attribute_run_word(token: Token) -> bool:
    """One word of an attribute run before a noun: an adjective or numeral by the tagger, a
    participle or an adjective's -a form (`_adjective_spelling`: ``hållbara``) the tagger calls a
    verb, or a degree adverb (`numeral_degree_adverbs`)."""
    return (
        token.pos_ in _ATTRIBUTE_RUN_POS
        or (token.pos_ in VERB_POS and "Part" in morph_values(token, "VerbForm"))
        or (token.pos_ in VERB_POS and _adjective_spelling(token.lower_))
        or (token.pos_ == "ADV" and token.lower_ in GRAMMAR.numeral_degree_adverbs)
    )


def _adjective_spelling(word: str) -> bool:
    """An adjective's -a form by its ending (`adjective_form`) or by the lexicon
    (`adjective_a_form`: ``hållbara`` → hållbar)."""
    return adjective_form(word) or adjective_a_form(word)


def noun_after_attributes(token: Token, heads: frozenset[str] = frozenset({"NOUN"})) -> bool:
    """The word after ``token``, past any run of attributes (adjectives, participles,
    numerals, degree adverbs, ``och``/``,`` between two of them), is a noun (a tag in
    ``heads``): ``att nya gemensamma rutiner``, ``förbundens äldsta aktiva medlemmar``,
    ``långsiktiga och hållbara lösningar`` (analysis 54-ce C5, C6)."""
    position = attribute_run_end(token.doc, token.i + 1, heads)
    return position < sentence_end(token) and token.doc[position].pos_ in heads


def attribute_run_end(doc: Doc, position: int, heads: frozenset[str] = frozenset()) -> int:
    """The index of the first word from `position` on that is no word of an attribute run
    (adjectives, participles, numerals, degree adverbs, ``och``/``,`` between two of them),
    or a word tagged one of `heads` (the run's noun); the sentence end at most."""
    end = sentence_end(doc[position]) if position < len(doc) else position
    while position < end:
        word = doc[position]
        if word.pos_ in heads or not (
            _attribute_run_word(word) or _attribute_joiner(doc, position, end)
        ):
            return position
        position += 1
    return position


def _attribute_joiner(doc: Doc, position: int, end: int) -> bool:
    """A coordinator (grammar.yaml `noun_phrase_coordinators`) or ``,`` between two words of
    an attribute run (``långsiktiga och hållbara``)."""
    word = doc[position].lower_
    return (
        (word == "," or word in GRAMMAR.noun_phrase_coordinators)
        and position + 1 < end
        and _attribute_run_word(doc[position - 1])
        and _attribute_run_word(doc[position + 1])
    )


def att_subject_word(token: Token) -> bool:
    """Right after ``att``, a word the tagger may call a verb that opens the ``att``-clause's
    own subject (round 47, non-verb aims): a noun's definite plural by the lexicon (``att
    sammanträdena leds``, ``att ärendena bereds``), or an adjective (the tagger may call it a
    verb) or a strong participle in -na before its noun that the lexicon knows as a form of
    another word (``att akuta [VB] ärenden prioriteras``, ``att antagna regler följs``);
    never a word the lexicon knows as a verb's base (``att ordna``, ``att upprätta [ADJ]
    bokslutet``) nor one it does not know (a rare verb)."""
    word = token.lower_
    if lexicon_base_form(word) or word in GRAMMAR.infinitives:
        return False
    if definite_plural_by_spelling(word):
        return True
    following = token.i + 1
    return (
        (token.pos_ in _ATTRIBUTE_POS or word.endswith("na"))
        and not word.endswith("s")  # an s-passive (``att kallas ombud``) or a genitive
        and following < len(token.doc)
        and noun_after_attributes(token)
        and lexicon_lemma(word) not in ("", word)
    )


def subject_attribute(token: Token) -> bool:
    """`att_subject_word` where no ``att`` rules out a finite verb (a sentence's or an item's
    first word: ``Driver arkivet`` is a verb before its object): only an adjective by the
    tagger or a strong participle in -na, which no finite form ends in (``antagna beslut
    verkställs``)."""
    return (token.pos_ == "ADJ" or token.lower_.endswith("na")) and att_subject_word(token)


def _participle_misread_noun(token: Token) -> bool:
    """A word the tagger read as a participle adjective (``omval``, ``fyllnadsval``) with no
    participle ending (``-d``, ``-t``, ``-nde``): a noun misread."""
    word = token.lower_
    return (
        token.pos_ == "ADJ"
        and "Part" in morph_values(token, "VerbForm")
        and not word.endswith(("d", "t", "da", "de", "ta", "te"))  # -nde: in -de
    )


def _inclusive_date(lower: Sequence[str], start: int, end: int) -> bool:
    """Round 30 (B3): ``Från och med 2025-01-01 övertar nämnden …``, ``Till och med år 2024
    byter rådet …``: a fronted `inclusive_time_phrases` phrase (configs/grammar.yaml) ending in
    its date or number is the whole prefield; the number quantifies no noun after it."""
    for phrase in GRAMMAR.inclusive_time_phrases:
        if start + len(phrase) <= end and tuple(lower[start : start + len(phrase)]) == phrase:
            return True
    return False


def _after_run_in_headings(token: Token, start: int, end: int) -> int:
    """The prefield is the last phrase before the verb: flattened headings run into the
    sentence before it (``Organisation Nämnd Huvudmännen utser``) are no part of it."""
    doc = token.doc
    for position in range(end, start, -1):
        if run_in_heading(doc[position - 1], doc[position]):
            return position
    return start


def run_in_heading(previous: Token, token: Token) -> bool:
    """A capitalised definite noun right after a capitalised noun (``Organisation Nämnd
    Medlemmarna``) opens a new phrase: headings run into the sentence. A definite noun takes
    no bare noun before it in one phrase but a genitive; a name's words (``Region Ekby``,
    ``Kommunstyrelsen Norrby``) end in an indefinite proper noun. The tagger reads a
    capitalised definite plural as a name: its suffix ``-rna`` still marks it."""
    nouns = {"NOUN", "PROPN"}
    definite = "Def" in morph_values(token, "Definite") or token.lower_.endswith(DEFINITE_PLURAL)
    return (
        previous.pos_ in nouns
        and token.pos_ in nouns
        and previous.text[:1].isupper()
        and token.text[:1].isupper()
        and "Gen" not in morph_values(previous, "Case")
        and definite
    )


DEFINITE_PLURAL = ("arna", "erna", "orna")


def _possessive(token: Token) -> bool:
    """``sitt``, ``dess``: a possessive pronoun determines a noun, even one read as an
    adjective (``I sitt yttrande``)."""
    return token.pos_ in {"PRON", "DET"} and "Yes" in morph_values(token, "Poss")


def _bare_plural_subject(doc: Doc, position: int) -> bool:
    """Round 57 (analysis57-cp C7): ``På kansliet jobbar [ADJ] sekreterare som …``: a bare
    indefinite plural noun closed by a relative ``som`` or by the sentence's end is an
    inverted subject too (an object after a verb of activity would need no fronted place)."""
    token = doc[position]
    if token.pos_ != "NOUN" or position + 1 >= len(doc):
        return False
    if "Plur" not in morph_values(token, "Number") or "Ind" not in morph_values(token, "Definite"):
        return False
    following = doc[position + 1]
    return following.lower_ == "som" or following.text in {".", "!"}


def _subject_word(token: Token) -> bool:
    """A word that opens an inverted subject: a definite noun, a proper noun or a pronoun in
    the nominative."""
    if token.pos_ == "NOUN":
        return "Def" in morph_values(token, "Definite")
    if token.pos_ == "PRON":
        return "Nom" in morph_values(token, "Case")
    return token.pos_ == "PROPN"


@memoised
def fora_in_series(token: Token) -> bool:
    """``Juristen biträder nämnden och för dess talan``: ``för`` after a coordinator, before a
    noun phrase, in a series of verb phrases whose conjuncts since the first verb hold no
    preposition, is the present of ``föra``: a prepositional phrase coordinates with one
    (``svarar för X och för Y``, ``arbetar med X och för Y``), never with an object. Before
    an object noun of ``föra`` (grammar `fora_object_nouns`: ``för protokoll``, ``för kommunens
    talan``) it is the verb after a comma too and past an earlier conjunct's preposition
    (``kallar till mötena och för protokoll``), unless ``för`` stood in the series before:
    ``ansvarar för X och för protokollet`` coordinates phrases (round 49, bs C6)."""
    if token.lower_ != "för" or not has_sentences(token.doc):
        return False
    if token.i + 1 >= sentence_end(token):
        return False
    arrays = doc_arrays(token.doc)
    lower, pos = arrays.lower, arrays.pos
    following = token.i + 1
    if lower[following] == "att" or pos[following] not in {"DET", "ADJ", "NOUN", "PROPN", "PRON"}:
        return False
    if token.i > 0 and lower[token.i - 1] == "som":
        return _relative_fora(token)
    joint = _joint_before(token)
    carried = _fora_object_after(token)
    if joint is None or (lower[joint] not in GRAMMAR.coordinators and not carried):
        return False
    if joint + 1 < token.i and joint > 0 and pos[joint - 1] == "ADV":
        return False  # "verkar aktivt och långsiktigt för samverkan": coordinated adverbs
    if _fronted_phrase_of_clause(following, token):
        return False  # "och för detta krävs resurser": a new clause's fronted phrase
    head = _series_head(token)
    if head is None:
        return False
    if carried:
        return "för" not in lower[head + 1 : joint]
    if lower[head] in GRAMMAR.predicative_verbs and joint + 1 < token.i:
        return False  # "utgör X samt räddningsnämnd [ADV] för Y" (round 52, aa-C8): after a
        # predicative verb the word past the coordinator is a predicative noun, `för` its
        # attribute's preposition (only `för protokoll`, `carried`, is `föra` there)
    return "ADP" not in pos[head + 1 : joint]


def _relative_fora(token: Token) -> bool:
    """``en kassör som för räkenskaperna och betalar fakturorna``: ``för`` right after a
    relative ``som`` before a `fora_object_nouns` object is the relative clause's finite
    ``föra`` when a coordinator + a finite verb follows in the sentence (a verb series);
    a comparison (``samma regler som för protokollet``) has none (round 54, ce-R2)."""
    if not _fora_object_after(token):
        return False
    doc, end = token.doc, sentence_end(token)
    return any(
        doc[i].lower_ in GRAMMAR.coordinators
        and doc[i + 1].pos_ in {"VERB", "AUX"}
        and "Fin" in morph_values(doc[i + 1], "VerbForm")
        for i in range(token.i + 2, end - 1)
    )


_FORA_OBJECT_WORDS = 4  # a genitive, a determiner or adjectives before the object noun


def _fora_object_after(token: Token) -> bool:
    """The noun phrase after ``för`` has a `fora_object_nouns` noun as its head (``protokoll``,
    ``kommunens talan``, ``dess räkenskaper``): past determiners, adjectives, pronouns and a
    genitive noun."""
    doc = token.doc
    end = min(sentence_end(token), token.i + 1 + _FORA_OBJECT_WORDS)
    for word in doc[token.i + 1 : end]:
        if word.lemma_.lower().endswith(GRAMMAR.fora_object_suffixes):
            return True
        if word.pos_ not in {"DET", "ADJ", "PRON"} and not (
            word.pos_ in {"NOUN", "PROPN"} and word.lower_.endswith("s")
        ):
            return False
    return False


# Stops that close a sentence (a heading has none: ``Ansvar för protokollet``).
_SENTENCE_STOPS = frozenset({".", "!"})


@memoised
def present_read_as_preposition(token: Token) -> bool:
    """``Miljönämnden inför en avgift.``, ``Styrelsen tillför fonden kapital.`` (round 43,
    nu43-1): compounds of ``föra`` have presents spelled as prepositions, and the tagger
    reads them so. A main clause needs a finite verb: such a word (the lexicon reads it as a
    present) in the V2 place after a definite subject that is an actor mention (a label names
    no one who acts: ``Kostnaderna för verksamheten.``), before a noun phrase that is no actor
    alone (``Chefen för kansliet.`` names a post), in a sentence closed by a stop with no other
    verb (by tag, of any form, or a present or s-passive by spelling), is that verb. Not the
    bare ``för``, the commonest preposition: a verbless fragment with it is far more often a
    noun and its attribute (``Sekreteraren för protokollet.``) than ``föra``. A sentence opened
    by a bare infinitive (`initial_infinitive`: a table row's matter, ``Företräda nämnden
    inför domstol.``) has its verb; the actor after it is its object (round 45, bj-C5)."""
    word = token.lower_
    if token.pos_ != "ADP" or not word.isalpha() or not has_sentences(token.doc):
        return False
    if not present_spelling(word) and not _fora_before_its_object(token):
        return False  # bare "för" (too short to read so): a fragment's attribute far more often
    doc, start, end = token.doc, sentence_start(token), sentence_end(token)
    following = token.i + 1
    if following >= end - 1 or doc[end - 1].lower_ not in _SENTENCE_STOPS:
        return False
    if doc[following].pos_ not in _INVERTED_SUBJECT_POS:
        return False
    subject = doc[token.i - 1] if token.i > start else None
    if subject is None or doc[start].pos_ in {"ADP", "ADV"}:
        return False
    if subject.i > start and initial_infinitive(doc[start]):
        return False  # "Företräda nämnden inför domstol": the row's verb; its object (r45 C5)
    if "Def" not in morph_values(subject, "Definite") and subject.pos_ != "PROPN":
        return False  # "Regler för bidrag.": an indefinite noun and its attribute
    if not _in_actor_mention(subject):
        return False  # "Kostnaderna för verksamheten.": a label, no one who acts
    if all(_in_actor_mention(word) for word in doc[following : end - 1]):
        return False  # "Chefen för kansliet.": a noun phrase naming a post, its body after it
    if not _v2_place(token, start, token.i - 1):
        return False
    return not any(
        other.pos_ in VERB_POS or _tagged_finite(other) or _present_by_spelling(other)
        for other in doc[start:end]
        if other.i != token.i
    )


def _fora_before_its_object(token: Token) -> bool:
    """``Sekreteraren för protokoll vid sammanträdena.`` (round 44): bare ``för`` right
    before a bare indefinite noun one `för` (configs/grammar.yaml `fora_object_nouns`, as the
    last part of a compound too: ``medlemsregister``) is the present of ``föra``; the rest of
    `present_read_as_preposition` still decides (definite actor subject, no other verb)."""
    following = token.i + 1
    if token.lower_ != "för" or following >= len(token.doc):
        return False
    noun = token.doc[following]
    if noun.pos_ != "NOUN" or "Def" in morph_values(noun, "Definite"):
        return False
    lemma = noun.lemma_.lower()
    return lemma.endswith(GRAMMAR.fora_object_suffixes)


def _in_actor_mention(token: Token) -> bool:
    doc = token.doc
    mentions = doc._.actors if doc.has_extension("actors") else None
    return any(m.first_token <= token.i <= m.last_token for m in mentions or ())


def _present_by_spelling(token: Token) -> bool:
    """A present, active or s-passive, by its spelling, read as a noun, adjective or adverb
    (``Direktören för förbundet benämns [NOUN] förbundsdirektör``)."""
    word = token.lower_
    if token.pos_ not in SERIES_MISTAGS or not word.isalpha():
        return False
    return present_spelling(word) or s_passive_spelling(word)


def _fronted_phrase_of_clause(start: int, token: Token) -> bool:
    """The noun phrase from `start` is followed by a finite verb (V2 after a fronted
    prepositional phrase)."""
    pos = doc_arrays(token.doc).pos
    position, end = start, sentence_end(token)
    while position < end and pos[position] in {"DET", "ADJ", "NOUN", "PROPN", "PRON"}:
        position += 1
    if position >= end or pos[position] not in VERB_POS:
        return False
    return "Fin" in morph_values(token.doc[position], "VerbForm")


def _joint_before(token: Token) -> int | None:
    """The comma or coordinator right before the word (past adverbs), if any."""
    arrays = doc_arrays(token.doc)
    lower, pos = arrays.lower, arrays.pos
    position, start = token.i - 1, sentence_start(token)
    while position > start and pos[position] == "ADV":
        position -= 1
    if position <= start:
        return None
    return position if lower[position] == "," or lower[position] in GRAMMAR.coordinators else None


def _after_series_joint(token: Token) -> bool:
    """A comma or coordinator before the word, and no finite verb after it (a word before
    a finite verb is that verb's subject: ``…, utövare ansvarar``)."""
    if _joint_before(token) is None:
        return False
    if token.i + 1 >= sentence_end(token):
        return True
    following = token.doc[token.i + 1]
    return not (following.pos_ in VERB_POS and "Fin" in morph_values(following, "VerbForm"))


def _series_head(token: Token, tense: str = "Pres") -> int | None:
    """The first verb of the series the word continues: the sentence's first finite present
    (tagged, or spelled as one right after the opening noun), with no subordinator, colon or
    semicolon between it and the word; with `tense` ``Past`` its first tagged preterite."""
    doc = token.doc
    arrays = doc_arrays(doc)
    lower, pos = arrays.lower, arrays.pos
    subordinators = GRAMMAR.subordinators
    for position in range(sentence_start(token) + 1, token.i):
        word = lower[position]
        if word in {":", ";"} or (word in subordinators and pos[position] != "ADP"):
            return None
        if pos[position] in VERB_POS:
            tagged = word not in GRAMMAR.modals and tense in morph_values(doc[position], "Tense")
            if tagged:
                return position
        elif (
            tense == "Pres"
            and pos[position] in SERIES_MISTAGS
            and pos[position - 1] in {"NOUN", "PROPN"}
            and word.isalpha()
            and present_spelling(word)
        ):
            return position
    return None


def _example_som(som: Token) -> bool:
    """``som till exempel``, ``som exempelvis``, ``som bland annat``: ``som`` right before an
    example marker or list hedge (configs/grammar.yaml ``example_markers``, ``list_hedges``)
    opens examples of the noun before it, no relative clause with a verb of its own."""
    start = som.idx + len(som.text)  # by text: ``t.ex.`` may be one token or three
    after = som.doc.text[start : start + 16].lstrip().lower()
    for marker in GRAMMAR.list_hedges:
        written = " ".join(marker)
        if after.startswith(written) and not after[len(written) : len(written) + 1].isalpha():
            return True
    return False


V1_SUBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})


V1_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "?"})


MAX_V1_CLAUSE_TOKENS = 10
# A verb-first condition closed by a comma may run longer (the comma bounds it).
MAX_V1_COMMA_CLAUSE_TOKENS = 16


@dataclass(frozen=True)
class _V1Sentence:
    """A statement that opens with a capitalised finite verb (`first`): its token bounds and
    its tokens' lower-case forms and tags (`DocArrays` columns, read once)."""

    first: Token
    start: int
    end: int
    lower: list[str]
    pos: list[str]


@memoised
def v1_condition_end(token: Token) -> int | None:
    """``Säljs bolaget ska köpeskillingen gå till ägaren``, ``Uppstår tvist ska parterna
    förhandla``: a statement (no question mark) that opens with a finite verb, then that
    verb's subject, then a second finite verb (its own subject inverted after it) opens
    with a verb-first conditional clause (``om bolaget säljs``); no other clause does (a
    subjectless series of verb phrases has no subject before its second verb, a question
    its mark). The index of the main clause's finite verb for the sentence's first token,
    else None. The first verb counts by its spelling as well as its tag (the tagger reads a
    capitalised s-passive as a name or an attribute); the main clause's finite verb by its
    tag or as a modal (never asking `is_verb`, which asks this of the sentence's first
    word)."""
    sentence = _v1_sentence(token)
    if sentence is None:
        return None
    subject = _v1_subject(sentence)
    if subject is None:
        return None
    if sentence.lower[sentence.start] in GRAMMAR.modals:
        main = _main_after_modal_clause(sentence, subject)
        if main is not None:
            return main
    return _v1_main_verb(sentence, subject)


def _v1_sentence(token: Token) -> _V1Sentence | None:
    """The statement `token` opens with a capitalised finite verb, five tokens or more and no
    question mark; None for any other token."""
    doc = token.doc
    if not token.text[:1].isupper() or not _v1_finite_form(token):
        return None
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in GRAMMAR.place_kind_nouns:
        return None  # "Norrvågs kommun får begära …": a place's name before its kind noun
    if not doc.has_annotation("SENT_START"):
        return None
    start, end = sentence_start(token), sentence_end(token)
    if token.i != start or end - start < 5:
        return None
    arrays = doc_arrays(doc)
    lower, pos = arrays.lower, arrays.pos
    if "?" in lower[start:end]:
        return None
    return _V1Sentence(token, start, end, lower, pos)


def _v1_subject(sentence: _V1Sentence) -> int | None:
    """The first verb's subject, past adverbs and negations; None where no nominal follows."""
    lower, pos, end = sentence.lower, sentence.pos, sentence.end
    subject = sentence.start + 1
    while subject < end and (pos[subject] == "ADV" or lower[subject] in GRAMMAR.negations):
        subject += 1
    if subject >= end or pos[subject] not in V1_SUBJECT_POS:
        return None
    return subject


def _main_after_modal_clause(sentence: _V1Sentence, subject: int) -> int | None:
    """``Skulle någon avgå under året, skall …``: a modal's verb is its infinitive, whatever the
    tagger made of it; the clause runs to its comma."""
    start, end, lower = sentence.start, sentence.end, sentence.lower
    comma = next(
        (
            p
            for p in range(subject + 1, min(end - 1, start + MAX_V1_COMMA_CLAUSE_TOKENS))
            if lower[p] in V1_CLAUSE_BREAKS
        ),
        None,
    )
    if comma is None or lower[comma] != ",":
        return None
    return _main_after_comma(sentence.first, comma, end)


def _v1_main_verb(sentence: _V1Sentence, subject: int) -> int | None:
    """The main clause's finite verb after the condition's subject, or where a comma closes
    the condition, the one after it; None at a clause break or a subordinator."""
    doc, start, end = sentence.first.doc, sentence.start, sentence.end
    lower, pos = sentence.lower, sentence.pos
    for position in range(subject + 1, min(end - 1, start + MAX_V1_COMMA_CLAUSE_TOKENS)):
        word = lower[position]
        if word == ",":
            return _main_after_comma(sentence.first, position, end)
        subordinator = word in GRAMMAR.subordinators and pos[position] != "ADP"
        if position >= start + MAX_V1_CLAUSE_TOKENS:
            if _modal_before_definite_subject(doc, position):
                return position  # "Har tre ledamöter i ett visst ärende … begärt det skall
                # ordföranden …": a long middle field (round 41, az-3c)
            if _tagged_finite(doc[position]) and _coordinated_conjunct(doc, position, subject):
                return _modal_after_coordinated_condition(doc, position, start, end)
            if word in V1_CLAUSE_BREAKS or subordinator or _tagged_finite(doc[position]):
                return None
            continue
        if word in V1_CLAUSE_BREAKS or (
            subordinator and not _infinitive_marker(doc, position, end)
        ):
            return None
        if not _tagged_finite(doc[position]) and not _present_before_subject(doc, position):
            continue
        if _coordinated_conjunct(doc, position, subject):
            # "Leder förvaltningen och ansvarar för …": a subjectless series, unless a modal
            # before a definite subject follows (a second conjunct of the condition)
            return _modal_after_coordinated_condition(doc, position, start, end)
        return position if pos[position + 1] != "PUNCT" else None
    return None


def _coordinated_conjunct(doc: Doc, position: int, subject: int) -> bool:
    """The finite verb at `position` follows a coordinator, right after it or past a short
    adverbial (`_adverbial_after_coordinator`)."""
    after_coordinator = doc[position - 1].lower_ in GRAMMAR.coordinators
    return after_coordinator or _adverbial_after_coordinator(doc, position, subject)


_MAX_CONJUNCT_ADVERBIAL = 4
_CONJUNCT_ADVERBIAL_POS = frozenset({"ADV", "ADP", "DET", "ADJ", "NOUN"})


def _adverbial_after_coordinator(doc: Doc, position: int, subject: int) -> bool:
    """``… eller på annat sätt skadar …``, ``… och därefter vägrar …`` (round 51, bo-D): a
    finite verb after a coordinator and a short adverbial (an adverb or a prepositional
    phrase, at most four words, opening with the adverb or the preposition) is a conjunct
    like one right after the coordinator; a noun right after the coordinator is a new
    subject, no adverbial."""
    first = position - 1
    while first > subject and position - first <= _MAX_CONJUNCT_ADVERBIAL:
        if doc[first - 1].lower_ in GRAMMAR.coordinators:
            opening = doc[first].pos_ in {"ADV", "ADP"}
            words = doc[first:position]
            return opening and all(t.pos_ in _CONJUNCT_ADVERBIAL_POS for t in words)
        first -= 1
    return False


def _present_before_subject(doc: Doc, position: int) -> bool:
    """``Avgår kassören under året utser [NOUN] styrelsen en ersättare`` (round 47, bn cause
    8): past a verb-first condition, a word the lexicon knows as a verb's present, right
    before a definite noun (the inverted subject) and not after a coordinator, is the main
    clause's finite verb whatever the tagger read."""
    if position + 1 >= len(doc) or doc[position - 1].lower_ in GRAMMAR.coordinators:
        return False
    following = doc[position + 1]
    if following.pos_ != "NOUN" or "Def" not in morph_values(following, "Definite"):
        return False
    return doc[position].is_alpha and bool(present_spelling(doc[position].lower_))


def v1_main_present(token: Token) -> bool:
    """`token` is the main clause's finite verb after a verb-first condition, found by its
    spelling (`_present_before_subject`)."""
    if not present_spelling(token.lower_) or not has_sentences(token.doc):
        return False
    return v1_condition_end(token.doc[sentence_start(token)]) == token.i


def _modal_after_coordinated_condition(doc: Doc, conjunct: int, start: int, end: int) -> int | None:
    """``Uteblir en ledamot från tre möten eller vägrar han sitt uppdrag kan ledamoten
    entledigas`` (round 47, bo G2): a verb-first condition whose first verb has its subject
    may coordinate a second finite verb; the main clause's finite verb is then the first
    modal right before a definite noun (its inverted subject) past that conjunct, with no
    clause break between (`_modal_before_definite_subject`). Else None: a subjectless series
    of verb phrases (``Leder förvaltningen och ansvarar för ekonomin``)."""
    lower = doc_arrays(doc).lower
    for position in range(conjunct + 1, min(end - 1, start + MAX_V1_COMMA_CLAUSE_TOKENS)):
        if lower[position] in V1_CLAUSE_BREAKS:
            return None
        if _modal_before_definite_subject(doc, position):
            return position
    return None


def _modal_before_definite_subject(doc: Doc, position: int) -> bool:
    """A modal (not after a coordinator) right before a definite noun: the main clause's
    finite verb and its inverted subject, past a verb-first condition longer than
    `MAX_V1_CLAUSE_TOKENS` with no comma (``… begärt det skall ordföranden kalla …``)."""
    if doc[position].lower_ not in GRAMMAR.modals or position + 1 >= len(doc):
        return False
    if doc[position - 1].lower_ in GRAMMAR.coordinators:
        return False
    following = doc[position + 1]
    return following.pos_ == "NOUN" and "Def" in morph_values(following, "Definite")


def _main_after_comma(first: Token, comma: int, end: int) -> int | None:
    """``Skulle någon av ledamöterna avgå under året, skall ny ledamot utses …``, ``Har
    direktören förhinder, ska …`` (round 20, B2): a verb-first clause closed by a comma is a
    condition when the main clause's finite verb follows the comma with its own subject
    inverted after it, and the clause opens with an auxiliary, modal or copula
    (`v1_condition_auxiliaries`) or the main verb is a modal; not a series of verb phrases
    (``Leder förvaltningen, utser chefer``). The main verb's index, else None."""
    doc = first.doc
    main = comma + 1
    if main >= end - 1 or not (_tagged_finite(doc[main]) or doc[main].lower_ in GRAMMAR.modals):
        return None
    if not _inverted_subject_after(doc, main, end):
        return None
    auxiliary = first.lower_ in GRAMMAR.v1_condition_auxiliaries
    return main if auxiliary or doc[main].lower_ in GRAMMAR.modals else None


def _inverted_subject_after(doc: Doc, main: int, end: int) -> bool:
    """The main clause's inverted subject follows its finite verb at `main`, past adverbs.
    Round 44 (newuser44, cause 2): after a modal the subject stands before the infinitive,
    so a word the tagger reads as an adverb right before that infinitive (``ska
    ekonomichefen träda in``) is the subject, and so is a word read as an infinitive before
    a definite noun and the infinitive (``ska vice ordföranden utse``): no clause after a
    verb-first condition goes on without its subject."""
    modal = doc[main].lower_ in GRAMMAR.modals
    subject = main + 1
    while subject < end and doc[subject].pos_ == "ADV":
        if modal and subject + 1 < end and _infinitive(doc[subject + 1]):
            return True
        subject += 1
    if subject >= end:
        return False
    word = doc[subject]
    if _inverted_subject_word(word):
        return True
    following = doc[subject + 1 : subject + 3]
    return (
        modal
        and subject == main + 1
        and len(following) == 2
        and following[0].pos_ == "NOUN"
        and "Def" in morph_values(following[0], "Definite")
        and _infinitive(following[1])
    )


def _infinitive(word: Token) -> bool:
    return "Inf" in morph_values(word, "VerbForm")


def _inverted_subject_word(word: Token) -> bool:
    """The first word of an inverted subject after a V2 finite verb: a noun phrase's word,
    also one the tagger misread (``ska ekonomichefen`` as a verb, ``leder vice ordföranden``
    with ``vice`` as a preposition), never an infinitive, punctuation, a conjunction or a
    preposition opening a phrase."""
    if word.pos_ in V1_SUBJECT_POS:
        return True
    if word.pos_ in {"PUNCT", "CCONJ", "SCONJ", "PART"} or word.dep_ == "case":
        return False
    return "Inf" not in morph_values(word, "VerbForm") and word.is_alpha


def _infinitive_marker(doc: Doc, position: int, end: int) -> bool:
    """``Är ordföranden förhindrad att delta, …``: an ``att`` before an infinitive opens
    no clause of its own inside a verb-first condition."""
    following = doc[position + 1] if position + 1 < end else None
    return (
        doc[position].lower_ == "att"
        and following is not None
        and "Inf" in morph_values(following, "VerbForm")
    )


def _v1_finite_form(token: Token) -> bool:
    """A finite verb by its word (a modal, ``är``, ``har``), its tag, or its spelling as an
    s-passive or present of a verb the lexicon knows."""
    word = token.lower_
    if not word.isalpha() or word in GRAMMAR.subordinators or word in GRAMMAR.never_verbs:
        return False  # (a never-verb: "Vice ordförande utses …" opens with its subject)
    if word in GRAMMAR.modals or word in ALWAYS_FINITE or _tagged_finite(token):
        return True
    return s_passive_spelling(word) or present_spelling(word)


def distributive_pronoun(token: Token) -> bool:
    """``A och B utser var sin ledamot``, ``ska ha var sitt presidium`` (round 58, analysis
    58-cr side finding): ``var`` opening a listed distributive pronoun
    (`distributive_pronouns`) is no past of ``vara``; before one of `own_words` the
    possessive is the copula's predicative (``Stiftelsen var sin egen förvaltare``)."""
    if token.lower_ not in GRAMMAR.pronoun_phrase_first_words:
        return False  # most words open no listed phrase: one look-up
    return GRAMMAR.opens_distributive_pronoun(doc_arrays(token.doc).lower, token.i)


def _tagged_finite(token: Token) -> bool:
    if distributive_pronoun(token):
        return False  # "… utser [NOUN] var sin ledamot": the pronoun, no verb (round 58)
    if token.lower_ in GRAMMAR.modals or token.lower_ in ALWAYS_FINITE:
        return True
    return token.pos_ in VERB_POS and "Fin" in morph_values(token, "VerbForm")


@memoised
def present_after_fronted_clause(token: Token) -> bool:
    """``Det år då nyval har skett, sammanträder [NOUN] det nya fullmäktige``: after a fronted
    subordinate clause and its comma stands the main clause's finite verb, its subject
    inverted after it; so a word right after the comma that the lexicon knows as a verb's
    present, followed by a determiner that opens a noun phrase (past its adjectives) with a
    noun head, or by a definite noun or a name (``…, utser [NOUN] föreningen``: round 41,
    agt-C2), is that verb whatever the tagger read (round 23, cause E9). The clause before
    the comma holds a subordinator and a verb of its own. Without the comma the fronted
    clause must be closed (`_closed_fronted_clause`) and a definite noun or a name follow.
    A semicolon opens a clause like a sentence start."""
    word = token.lower_
    if token.pos_ not in SERIES_MISTAGS or not word.isalpha() or not present_spelling(word):
        return False
    start = _clause_start(token)
    if token.i - start < 3:
        return False
    doc, end = token.doc, sentence_end(token)
    if doc[token.i - 1].text != ",":
        return _definite_subject_at(token.i + 1, end, doc) and _closed_fronted_clause(
            doc[start : token.i]
        )
    following = token.i + 1
    if not (
        _determiner_phrase_at(following, end, doc) or _definite_subject_at(following, end, doc)
    ):
        return False
    fronted = doc[start : token.i - 1]
    opener = next((t.i for t in fronted if t.lower_ in GRAMMAR.subordinators), None)
    return opener is not None and any(t.pos_ in VERB_POS for t in doc[opener + 1 : token.i - 1])


@memoised
def passive_after_fronted_clause(token: Token) -> bool:
    """Round 56 (analysis56-ck C2): ``När blanketten är klar undertecknas [NOUN] den av
    ordföranden``, ``Därefter registreras [NOUN] ärendet av …``, ``När blanketten är ifylld
    signeras [VERB, Inf] den av …``: V2 puts the main clause's finite verb right after a
    fronted subordinate clause (`present_after_fronted_clause`'s test of it) or one fronted
    adverb, its subject inverted after it; a word the lexicon reads as a verb's s-form there
    (`s_passive_spelling`), followed by a pronoun, a determiner phrase or a definite noun, is
    that verb's present passive, whatever tag or verb form the tagger gave it."""
    word = token.lower_
    if not word.endswith("s") or token.pos_ not in _FRONTED_PASSIVE_POS:
        return False
    if "Fin" in morph_values(token, "VerbForm") or not s_passive_spelling(word):
        return False
    doc, end = token.doc, sentence_end(token)
    following = token.i + 1
    if not (
        (following < end and doc[following].pos_ == "PRON" and doc[following].lower_ != "sig")
        or _determiner_phrase_at(following, end, doc)
        or _definite_subject_at(following, end, doc)
        or _noun_before_agent(following, end, doc)
    ):
        return False
    start = _clause_start(token)
    if token.i == start + 1:
        opener = doc[start]
        return opener.pos_ == "ADV" and opener.lower_ not in GRAMMAR.subordinators
    if token.i - start < 3:
        return False
    if doc[token.i - 1].text != ",":
        return _closed_fronted_clause(doc[start : token.i])
    fronted = doc[start : token.i - 1]
    opener = next((t.i for t in fronted if t.lower_ in GRAMMAR.subordinators), None)
    return opener is not None and any(t.pos_ in VERB_POS for t in doc[opener + 1 : token.i - 1])


_FRONTED_PASSIVE_POS = frozenset({"NOUN", "ADJ", "ADV", "VERB"})


def _noun_before_agent(following: int, end: int, doc: Doc) -> bool:
    """A noun right before ``av`` (``undertecknas ansökan av sökanden``): the passive's
    subject, whatever its definiteness, before its agent."""
    return (
        following + 1 < end
        and doc[following].pos_ in {"NOUN", "PROPN"}
        and doc[following + 1].lower_ == "av"
    )


def _clause_start(token: Token) -> int:
    """Where `token`'s clause opens: its sentence's start or past a semicolon (``…; om
    kassören avgår så utser [NOUN] styrelsen``: round 42, ba-11)."""
    start = sentence_start(token)
    doc = token.doc
    return next((i + 1 for i in range(token.i - 1, start, -1) if doc[i].text == ";"), start)


def _determiner_phrase_at(following: int, end: int, doc: Doc) -> bool:
    """A determiner opens a noun phrase here, past its adjectives, with a noun head."""
    if following >= end or doc[following].pos_ != "DET":
        return False
    while following + 1 < end and doc[following + 1].pos_ in {"DET", "ADJ"}:
        following += 1
    return following + 1 < end and doc[following + 1].pos_ in {"NOUN", "PROPN"}


def _definite_subject_at(following: int, end: int, doc: Doc) -> bool:
    """A definite noun (``styrelsen``) or a name stands here: an inverted subject."""
    if following >= end:
        return False
    token = doc[following]
    return (
        token.pos_ == "PROPN"
        or (token.pos_ == "NOUN" and "Def" in morph_values(token, "Definite"))
        or _definite_by_spelling(token)
    )


def inverted_subject_read_as_verb(token: Token) -> bool:
    """``Om båda är frånvarande utser [NOUN] kommunstyrelsen [VERB] en ersättare`` (round 43,
    probe43-1): right after a present that `present_after_fronted_clause` makes the main
    clause's verb, a word the lexicon knows as a noun's definite form is its inverted
    subject, no verb."""
    if token.i == 0 or not _definite_by_spelling(token):
        return False
    return present_after_fronted_clause(token.doc[token.i - 1])


def _definite_by_spelling(token: Token) -> bool:
    """A word the tagger read as a verb or a closed class that the lexicon knows as a noun's
    singular definite form (``stämman`` [SCONJ], ``kommunstyrelsen`` [VERB]: its lemma + -n,
    -en, -et, or -t after -e; round 43, probe43-1)."""
    word = token.lower_
    if token.pos_ in {"NOUN", "PROPN", "PUNCT"} or not word.isalpha() or word[-1] not in "nt":
        return False
    lemma = lexicon_lemma(word)
    if lemma[-1:] in {"a", "e", "o"}:
        return word == f"{lemma}n" or (lemma.endswith("e") and word == f"{lemma}t")
    return bool(lemma) and word in {f"{lemma}en", f"{lemma}et"}  # not a supine: kalla + t


def _closed_fronted_clause(fronted: Span) -> bool:
    """``Om ordföranden är förhindrad | utser nämnden``: a fronted clause with no comma to
    end it is closed when it opens the sentence with a subordinator or a fronted condition
    opener (``I de fall båda är frånvarande | utser …``: round 43, probe43-1), holds exactly one
    finite verb and no second subordinator or infinitive marker (``Om nämnden anser att
    styrelsen leder …`` stays open), and its last word cannot be a subject (no noun or
    pronoun right before the candidate: ``Om nämnden utser …``)."""
    if fronted[-1].pos_ in _SUBJECT_POS:
        return False
    opener_end = fronted_condition_opener_end(fronted.doc, fronted.start, fronted.end)
    if opener_end is None and fronted[0].lower_ not in GRAMMAR.subordinators:
        return False
    inner = fronted.doc[opener_end or fronted.start + 1 : fronted.end]
    if any(t.lower_ in GRAMMAR.subordinators or t.lower_ == "att" for t in inner):
        return False
    finite = [t for t in inner if t.pos_ in VERB_POS and "Fin" in morph_values(t, "VerbForm")]
    return len(finite) == 1


_SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})


_CHAIN_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"})
_AFTER_CHAIN_INFINITIVE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


def infinitive_past_prepositional_chain(modal: Token) -> Token | None:
    """``Förbundet ska inom ramen för länets nya strategi samordna [NOUN] med andra parter``
    (round 29, B2): a modal whose slot opens with a preposition and finds no verb takes, past
    that chain of prepositional phrases (noun phrases joined by ``och``/``eller``), the first
    word the lexicon knows only as an infinitive, whatever its tag, when a preposition or an
    object follows it, or a comma and a further infinitive opening a series of base forms
    (``ska i övrigt upprusta [NOUN], underhålla och vid behov bygga om …``; round 54, w54j
    N2). Anything else (a finite verb, a subordinator) ends the search."""
    doc, end = modal.doc, sentence_end(modal)
    first = modal.i + 1
    while first < end and doc[first].pos_ == "ADV":
        first += 1
    if first >= end or doc[first].pos_ != "ADP":
        return None
    for position in range(first + 1, min(end - 1, first + 2 * MAX_PHRASE_TOKENS)):
        token = doc[position]
        after = doc[position + 1]
        if (
            doc[position - 1].pos_ in {"NOUN", "PROPN", "ADJ"}
            and lexicon_infinitive(token.lower_)
            and (
                after.pos_ in _AFTER_CHAIN_INFINITIVE_POS
                or genitive_noun_tag(after)
                or _infinitive_series_after(doc, position + 1, end)
            )
        ):
            return token
        if not _chain_word(token):
            return None
    return None


def _infinitive_series_after(doc: Doc, comma: int, end: int) -> bool:
    """A comma at `comma` opens the next member of a series of base forms: the word after it
    is the tagger's infinitive, or a base form the lexicon knows followed by another comma
    or a coordinator (``upprusta, underhålla, sköta och …``)."""
    if doc[comma].lower_ != "," or comma + 2 >= end:
        return False
    member = doc[comma + 1]
    if "Inf" in morph_values(member, "VerbForm") and member.pos_ in VERB_POS:
        return True
    following = doc[comma + 2].lower_
    return lexicon_infinitive(member.lower_) and (
        following == "," or following in GRAMMAR.coordinators
    )


def _chain_word(token: Token) -> bool:
    """A word of a chain of noun phrases and prepositional phrases: its word classes
    (`_CHAIN_POS`), a noun-phrase coordinator, a possessive (``för sin verksamhet``)."""
    if token.pos_ in _CHAIN_POS or token.lower_ in GRAMMAR.noun_phrase_coordinators:
        return True
    return token.pos_ == "PRON" and "Poss=Yes" in str(token.morph)


@memoised
def infinitive_past_insertion_after_marker(token: Token) -> bool:
    """``har till uppgift att för Ekby förvalta [NOUN] fonden``, ``ansvarar för att som organ
    för Sörby bevaka [NOUN] …`` (analysis 52-aa C1): the repair of
    `infinitive_past_prepositional_chain` after the infinitive marker ``att`` rather than a
    modal. Past an insertion that opens right after ``att`` (an adverb, a preposition or the
    capacity ``som``) and holds only a chain of noun phrases, the first word that the lexicon
    knows only as a verb's base form (`verb_not_noun_base_form`), whatever its tag, is the
    infinitive when an object or a preposition follows it. A verb in the chain ends the
    search: the infinitive is the first verb (``att som forum för X vara …``). The test is
    stricter than the modal's (`lexicon_infinitive`): a modal's slot must hold a verb, but
    ``att`` is also the subjunction of a clause whose subject may be an -a noun (``att i
    kommunen förskola …``), so the word must be one the lexicon never reads as a noun."""
    position = token.i
    if token.pos_ in VERB_POS or position < 3 or not verb_not_noun_base_form(token.lower_):
        return False
    doc, start, end = token.doc, sentence_start(token), sentence_end(token)
    if position + 1 >= end or doc[position - 1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    after = doc[position + 1]
    if after.pos_ not in _AFTER_CHAIN_INFINITIVE_POS and not genitive_noun_tag(after):
        return False
    marker = _marker_before_insertion(doc, position, start)
    return marker is not None and (
        doc[marker + 1].pos_ in {"ADP", "ADV"} or doc[marker + 1].lower_ == "som"
    )


def _marker_before_insertion(doc: Doc, position: int, start: int) -> int | None:
    """The ``att`` before `position` past a chain of noun phrases (`_chain_word`, the
    capacity ``som`` right after ``att``), if any."""
    reach = max(start, position - 2 * MAX_PHRASE_TOKENS)
    for before in range(position - 1, reach - 1, -1):
        word = doc[before]
        if word.lower_ == "att":
            return before if before + 1 < position else None
        if word.lower_ == "som" and doc[before - 1].lower_ == "att":
            continue
        if not _chain_word(word):
            return None
    return None


@memoised
def present_slip_after_modal(token: Token) -> bool:
    """``Styrelsen ska har sitt säte …``, ``Revisorerna skall granskar …``, ``får utser
    [NOUN] en kassör`` (ruling h4, analysis 52-bh C7): a modal governs an infinitive, never a
    finite verb, so a present right after it (adverbs and a negation between) is a slip for
    the infinitive of that verb: ``har``/``är`` tagged a present, or a word spelled as a
    present the lexicon reads as a verb (`present_spelling`), whatever its tag. No subject
    stands between (``Får styrelsen …``: the modal's inverted subject); ``har`` before a
    supine is a perfect's (``ska har beslutat``), left to the perfect's rules; another modal
    stacks (``ska kunna``)."""
    word = token.lower_
    if word not in ALWAYS_FINITE and not word.endswith("r"):
        return False  # the cheap test first: no present (`present_spelling` ends in -r)
    doc = token.doc
    position = before_adverbs(doc, token.i - 1, 0)
    if position < 0 or not is_modal(doc[position]) or is_modal(token):
        return False
    if position < sentence_start(token):
        return False  # the modal ends the sentence before
    if token.lower_ in GRAMMAR.perfect and token.i + 1 < len(doc):
        following = doc[token.i + 1]
        supine = "Sup" in morph_values(following, "VerbForm") or supine_spelling(following.lower_)
        if supine and following.pos_ not in NON_VERB_POS:
            return False  # (not "sitt", a possessive spelled as a supine)
    if token.pos_ in NON_VERB_POS or not word.isalpha() or word in GRAMMAR.never_verbs:
        return False  # "kan därutöver [VB|PRS] komma": a listed adverb, whatever its tag
    if word in ALWAYS_FINITE:
        return "Pres" in morph_values(token, "Tense")  # "ska har", not a past "ska hade"
    return present_spelling(word) and not _modal_verb_later(token)


def _modal_verb_later(token: Token) -> bool:
    """A modal takes one verb: an infinitive, s-form or supine later in the clause (before
    punctuation or a subordinator; not one right after a coordinator, a conjunct of the
    slip: ``ska granskar och godkänna``) fills the modal's slot, so the present-spelled
    word is the modal's inverted subject, a plural noun: ``Inom området ska lagar [och
    förordningar] följas``, ``I ärendet ska speglar köpas in`` (review 52 M1). A second
    modal, or a coordinator before a finite verb, opens a clause of its own: its verb is no
    filler of this modal's slot (``ska leder arbetet och ska rapportera``, review 52b M1)."""
    doc = token.doc
    for later in doc[token.i + 1 : sentence_end(token)]:
        if later.is_punct or later.lower_ in GRAMMAR.subordinators or is_modal(later):
            return False
        if later.lower_ in GRAMMAR.coordinators and _opens_finite_conjunct(later):
            return False
        if later.pos_ in NON_VERB_POS or doc[later.i - 1].lower_ in GRAMMAR.coordinators:
            continue
        word = later.lower_
        if s_passive_spelling(word) or supine_spelling(word) or verb_not_noun_base_form(word):
            return True
        if later.pos_ in {"VERB", "AUX"} and "Inf" in morph_values(later, "VerbForm"):
            return True
    return False


def _opens_finite_conjunct(coordinator: Token) -> bool:
    """The word after a coordinator is a modal or a finite verb tagged so."""
    doc = coordinator.doc
    if coordinator.i + 1 >= len(doc):
        return False
    following = doc[coordinator.i + 1]
    return is_modal(following) or _tagged_finite(following)


_RELATIVE_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def passive_after_relative_clause(modal: Token) -> Token | None:
    """``Till förbundet kan lokala föreningar som är verksamma i länet anslutas``: after a
    fronted phrase, a V2 modal and its inverted subject, a relative clause (``som`` after the
    subject's noun) with a finite verb of its own and no modal runs to
    the clause's last word; an s-form in -as there is the modal's passive infinitive (the
    parser makes it the relative clause's conjunct; round 42, bc-K1). Punctuation inside
    the relative clause ends the search."""
    doc, start, end = modal.doc, sentence_start(modal), sentence_end(modal)
    if modal.i == start or not is_modal(modal):
        return None
    last = end - 1
    while last > modal.i and doc[last].is_punct:
        last -= 1
    word = doc[last]
    if not (word.lower_.endswith("as") and (_s_form_tag(word) or s_passive_spelling(word.lower_))):
        return None
    som = next((t for t in doc[modal.i + 2 : last] if t.lower_ == "som"), None)
    if som is None or doc[som.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(t.pos_ not in _RELATIVE_SUBJECT_POS for t in doc[modal.i + 1 : som.i]):
        return None
    clause = doc[som.i + 1 : last]
    if any(t.is_punct or is_modal(t) for t in clause):
        return None
    return word if any(_tagged_finite(t) for t in clause) else None


def _s_form_tag(token: Token) -> bool:
    return "Pass" in morph_values(token, "Voice") or "SFO" in token.tag_


def genitive_noun_tag(token: Token) -> bool:
    """The tagger's fine tag is a noun's genitive (``medlemmarnas`` NN…GEN), whatever its
    part of speech (``tillvarata medlemmarnas [VERB] intressen``: an object's genitive)."""
    return token.tag_.startswith("NN") and "GEN" in token.tag_


def misread_infinitive_conjunct(token: Token) -> bool:
    """``Vidare kan styrelsen ta över ärendet och föregripa [VB|PRS|SFO] direktörens beslut``
    (round 34, B7): right after a coordinator, a word in -a that the lexicon knows as a base
    form, tagged as an s-form (inconsistent: every s-form ends in -s) or an active present
    (round 46: every one ends in -r) or as an indefinite noun
    with its object after it (a noun phrase opens), that the parser conjoins to a modal's
    infinitive is that infinitive's conjunct, an active infinitive itself. Round 49 (analysis
    49-br C13): so is such a word tagged an adjective that the parser conjoins to the verb of
    a relative clause on that infinitive's object (``ska följa upp de insatser som görs och
    ansvara [ADJ] för …``): a finite relative verb has no infinitive conjunct. Round 49 (ao):
    so is an indefinite noun so tagged that the parser conjoins to the infinitive's object
    (`_modal_infinitive_object`)."""
    doc = token.doc
    if token.pos_ not in VERB_POS | {"NOUN", "ADJ"} or token.dep_ != "conj" or token.i == 0:
        return False
    if not _after_coordinator(token) or not lexicon_infinitive(token.lower_):
        return False
    if token.pos_ == "ADJ":
        # round 55 (ci-G2): a word with a verb particle is a verb, whatever its tag (an
        # adjective takes none): ``ska stödja X men även lyfta [ADJ] upp och peka på Y``
        particle = any(c.dep_ == "compound:prt" for c in token.children)
        return _modal_infinitive(_relative_clause_owner(token.head)) or (
            particle and token.head.i < token.i and _infinitive_place(token.head)
        )
    if token.pos_ == "NOUN":
        following = doc[token.i + 1] if token.i + 1 < sentence_end(token) else None
        if "Def" in morph_values(token, "Definite") or following is None:
            return False
        if following.pos_ not in _INVERTED_SUBJECT_POS:
            return False  # "stödja föreningar och skola i kommunen": a noun conjunct
    elif not (
        "SFO" in token.tag_
        or "Pass" in morph_values(token, "Voice")
        # round 46 (nu46 cause 4): an active present in -a is as inconsistent (every active
        # present ends in -r or is a modal): ``ställa in eller flytta [VB|PRS|AKT] X``
        or (token.lower_.endswith("a") and "Pres" in morph_values(token, "Tense"))
        # round 55 (ci-G2): nor does any preterite end in -a (weak ones in -de/-te, strong
        # ones in a consonant): ``att ta fram och förankra [VB|PRT] ett förslag``
        or (token.lower_.endswith("a") and "Past" in morph_values(token, "Tense"))
    ):
        return False
    return token.head.i < token.i and (
        _modal_infinitive(token.head)
        or _modal_infinitive_object(token.head)
        or _marked_infinitive(token.head)
    )


def _infinitive_place(head: Token) -> bool:
    """A verb in an infinitive's place whatever its tag (``ska stödja [VB|SUP]``): its only
    auxiliary a modal, or after the infinitive marker ``att`` (round 55, ci-G2); or the modal
    itself where the parser made it the head of its clause (``ska`` ROOT: 55b-ci R5)."""
    if is_modal(head) and head.dep_ in {"ROOT", "conj"}:
        return True
    if head.pos_ not in VERB_POS:
        return False
    auxiliaries = [c for c in head.children if c.dep_ == "aux"]
    if auxiliaries:
        return len(auxiliaries) == 1 and is_modal(auxiliaries[0])
    return any(c.dep_ == "mark" and c.lower_ == "att" for c in head.children)


def _after_coordinator(token: Token) -> bool:
    """Right after a coordinator, or after one and sentence adverbs (``men även``, ``och
    också``: round 55, ci-G2)."""
    doc = token.doc
    position = token.i - 1
    while position > 0 and doc[position].pos_ == "ADV" and doc[position].dep_ == "advmod":
        position -= 1
    return doc[position].lower_ in GRAMMAR.coordinators


def _marked_infinitive(head: Token) -> bool:
    """Round 55 (ci-G2): an infinitive (by its tag) after the infinitive marker ``att`` (a
    ``mark`` child), as a modal's: ``har i uppdrag att ta fram och förankra [VB|PRT] …``."""
    if head.pos_ not in VERB_POS:
        return False
    infinitive = head.tag_.startswith("VB|INF") or "Inf" in morph_values(head, "VerbForm")
    return infinitive and any(c.dep_ == "mark" and c.lower_ == "att" for c in head.children)


_OBJECT_PREMODIFIER_POS = frozenset({"DET", "ADJ", "NUM"})


def _modal_infinitive_object(noun: Token) -> bool:
    """Round 49 (analysis 49-ao, side finding): ``ska utse ombud och anmäla [NOUN] dessa``:
    the parser conjoins the word to the object of a modal's infinitive, a noun right after
    that infinitive (by its tag; determiners, adjectives or numerals between) with the modal
    right before it."""
    if noun.pos_ != "NOUN":
        return False
    doc = noun.doc
    position = noun.i - 1
    while position > 0 and doc[position].pos_ in _OBJECT_PREMODIFIER_POS:
        position -= 1
    verb = doc[position]
    infinitive = verb.tag_.startswith("VB|INF") or "Inf" in morph_values(verb, "VerbForm")
    return infinitive and position > 0 and is_modal(doc[position - 1])


def _modal_infinitive(head: Token | None) -> bool:
    """An infinitive (by its tag) with a modal auxiliary among its children."""
    if head is None or head.pos_ not in VERB_POS:
        return False
    infinitive = head.tag_.startswith("VB|INF") or "Inf" in morph_values(head, "VerbForm")
    return infinitive and any(c.dep_ == "aux" and is_modal(c) for c in head.children)


def _relative_clause_owner(word: Token) -> Token | None:
    """The verb that governs the antecedent of the relative clause that `word` heads or
    ends (``följa`` of ``följa upp de insatser som görs``, ``granska`` of ``granska de
    frågor som gäller ekonomin``): the antecedent's head, the antecedent its object or
    prepositional complement; None outside a relative clause."""
    verb = word if word.dep_ == "acl:relcl" else word.head
    if word.pos_ not in {"NOUN", "PROPN", "VERB", "AUX"} or verb.i > word.i:
        return None
    antecedent = verb.head
    if verb.dep_ != "acl:relcl" or antecedent.i >= verb.i:
        return None
    if antecedent.dep_ not in {"obj", "obl", "nmod"} or antecedent.head.i >= antecedent.i:
        return None
    return antecedent.head


_LATE_INFINITIVE_BREAKS = frozenset({",", ";", ":", "(", ")", ".", "?", "!"})
_NOUN_PHRASE_OPENERS = frozenset({"DET", "ADP", "ADJ"})
MAX_LATE_INFINITIVE_TOKENS = 16


def late_lexicon_infinitive(modal: Token) -> Token | None:
    """``Ledamot som … brustit i sitt uppdrag får entledigas [AB]``, ``får högst tre tillsättas
    [NN]``, ``skall fullmäktige i X samt fullmäktige i Y välja [NN]`` (round 36, V1): a finite
    modal whose slot found no infinitive takes the first later word, before a subordinator or
    a clause boundary, that the lexicon reads as an infinitive (in -a, or its passive in -s:
    `_lexicon_infinitive_form`), whatever its tag. A word right after a determiner, a
    preposition, an adjective or a possessive heads a noun phrase (``får en lista``), and a
    word in -s before a noun is a genitive (``listas innehåll``); neither counts. A finite
    verb the lexicon does not read so ends the search (another clause's)."""
    doc, end = modal.doc, sentence_end(modal)
    if not is_modal(modal):
        return None
    for position in range(modal.i + 1, min(end, modal.i + 1 + MAX_LATE_INFINITIVE_TOKENS)):
        token = doc[position]
        word = token.lower_
        if word in _LATE_INFINITIVE_BREAKS:
            return None
        if word in GRAMMAR.subordinators and token.pos_ != "ADP":
            return None
        if _lexicon_infinitive_form(token):
            return token
        if _tagged_finite(token):
            return None
    return None


MAX_INVERTED_SUBJECT_TOKENS = 40  # a long inverted subject: relative clauses, an aside
_ASIDE_OPEN, _ASIDE_CLOSE = "(", ")"
_FRONTED_ADVERBIAL_POS = frozenset({"ADP", "ADV", "SCONJ"})  # what opens a fronted adverbial
# the words of an inverted subject's noun phrases, its relatives' objects and adverbials
_LONG_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "ADV", "CCONJ"})


def agent_passive_past_relatives(modal: Token) -> Token | None:
    """``Efter att planen antagits ska varje avtal som avser mark eller avtal som rör
    lokaler (utom korttidshyror) godkännas [NOUN] av styrelsen`` (round 45, bj-C10): after a
    fronted adverbial or subordinate clause, a V2 modal whose inverted subject runs through
    ``som``-clauses and a bracketed aside takes the first later s-passive of a lexicon
    infinitive with its ``av``-agent right after it, whatever its tag. A verb right after
    ``som`` (past adverbs) is the relative clause's own (``som fattas av nämnden``); another
    verb, modal or subordinator, a clause boundary outside the brackets or the sentence's end
    stops the search."""
    doc, start, end = modal.doc, sentence_start(modal), sentence_end(modal)
    if modal.i == start or not is_modal(modal) or modal.i + 2 >= end:
        return None
    opener = doc[start]
    if opener.pos_ not in _FRONTED_ADVERBIAL_POS and opener.lower_ not in GRAMMAR.subordinators:
        return None  # "Nämnden ska …": the subject before the modal, no inversion
    if doc[modal.i + 1].pos_ not in _INVERTED_SUBJECT_POS:
        return None  # no inverted subject opens right after the modal
    depth = 0
    relative_verb = False
    for position in range(modal.i + 1, min(end - 1, modal.i + MAX_INVERTED_SUBJECT_TOKENS)):
        token = doc[position]
        word = token.lower_
        if word in (_ASIDE_OPEN, _ASIDE_CLOSE):
            # a stray ")" (an ``a)`` item label) opens no negative depth that skips the rest
            depth = max(0, depth + (1 if word == _ASIDE_OPEN else -1))
            continue
        if depth:
            continue
        if word in _LATE_INFINITIVE_BREAKS or word in GRAMMAR.modals:
            return None
        if word == "som":
            relative_verb = True
            continue
        if relative_verb:
            # "som [varje år] avser", "som omprövas av": the relative clause's own verb, its
            # adverbials before it; the first verb-like word after "som" closes the wait
            relative_verb = not (
                token.pos_ in VERB_POS or token.dep_ == "acl:relcl" or _present_by_spelling(token)
            )
            continue
        after = doc[position + 1]
        if word.endswith("as") and after.lower_ == "av" and _lexicon_infinitive_form(token):
            return token
        if token.pos_ not in _LONG_SUBJECT_POS or word in GRAMMAR.subordinators:
            return None  # another verb or clause: "ska X anmäla att …"
    return None


_NON_A_VOWELS = frozenset("eiouyåäö")  # "anslå", "tillse": infinitives in no -a


def _lexicon_infinitive_form(token: Token) -> bool:
    """The word is an infinitive the lexicon knows (`lexicon_infinitive`, or an infinitive the
    grammar lists, ``utse``), or that infinitive + -s (its passive), in a verb's place: no
    determiner, preposition, adjective or possessive before it, and an -s form before no noun."""
    word = token.lower_
    if not word.isalpha() or word in GRAMMAR.non_infinitives or word in GRAMMAR.modals:
        return False
    base = word[:-1] if word.endswith("s") else word
    # "ska snarast anslås [NOUN] på tavlan": the s-passive of an infinitive in another vowel
    # than -a, by the lexicon's spelling (round 43, bf cause 8)
    passive = base != word and base[-1:] in _NON_A_VOWELS and s_passive_spelling(word)
    if not (lexicon_infinitive(base) or base in GRAMMAR.infinitives or passive):
        return False
    doc = token.doc
    before = doc[token.i - 1]
    if (
        before.pos_ in _NOUN_PHRASE_OPENERS
        and not adverbial_before_infinitive(before)
        and not _ends_actor_noun(before)
    ):
        return False  # "får en lista"; not "ska själv anmäla" (round 42)
    if "Yes" in morph_values(before, "Poss"):
        return False
    if base != word and token.i + 1 < len(doc):
        return doc[token.i + 1].pos_ not in {"NOUN", "PROPN", "ADJ"}
    return True


def _ends_actor_noun(word: Token) -> bool:
    """``Under mötet får en enskild ledamot [ADP] yttra sig``, ``ska en tjänstgörande
    ersättare [ADJ] anmäla`` (analysis 50-bv B): the head noun of an actor mention, not a
    genitive, closes its noun phrase whatever its tag, so the word after it opens none (an
    inverted indefinite subject between a V2 modal and its infinitive)."""
    mentions = word.doc._.actors if word.doc.has_extension("actors") else None
    return any(m.last_token == word.i and not m.genitive for m in mentions or ())


def adverbial_before_infinitive(word: Token) -> bool:
    """``ska gemensamt besluta``, ``ska själv anmäla``: an adverbial adjective or an
    intensifier in a modal's slot opens no noun phrase (round 42); nor does an indeclinable
    adjective (no gender, no number) that the lexicon knows neither as a lemma nor as a
    form: ``att noga [ADJ] föra`` (review 48b), not ``ska skälig [ADJ] hyra betalas``."""
    lower = word.lower_
    if lower in GRAMMAR.adverbial_adjectives or lower in GRAMMAR.intensifiers:
        return True
    return word.pos_ == "ADJ" and _indeclinable_unknown(word)


def _indeclinable_unknown(word: Token) -> bool:
    if morph_values(word, "Gender") or morph_values(word, "Number"):
        return False  # an inflected adjective agrees with a noun after it
    table, lemmas = _lexicon()
    return word.lower_ not in lemmas and word.lower_ not in table


@memoised
def late_modal_infinitive(token: Token) -> bool:
    """The word `late_lexicon_infinitive` gives a modal before it (round 36, V1): a verb
    whatever its tag, in the infinitive. Only a word with no verb tagged between it and the
    modal (a tagged infinitive there would be the modal's own)."""
    reach = doc_arrays(token.doc).lower[max(0, token.i - MAX_LATE_INFINITIVE_TOKENS) : token.i]
    if GRAMMAR.modals.isdisjoint(reach):
        return False  # no modal in reach (most words): no look-up, no scan
    if not _lexicon_infinitive_form(token) or not has_sentences(token.doc):
        return False
    doc, start = token.doc, sentence_start(token)
    for position in range(token.i - 1, max(start, token.i - MAX_LATE_INFINITIVE_TOKENS) - 1, -1):
        before = doc[position]
        if is_modal(before):
            late = late_lexicon_infinitive(before)
            return late is not None and late.i == token.i
        if before.pos_ in VERB_POS or before.lower_ in _LATE_INFINITIVE_BREAKS:
            return False
    return False


_INVERTED_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


@memoised
def modal_over_inverted_s_passive(token: Token) -> bool:
    """``Under hösten ska förslag till mål, budget och investeringar för nämndernas
    verksamheter … granskas [VB|PRS|SFO] av styrelsen`` (analysis 50-bt G1): an s-form the
    parser heads a finite modal on (``aux``) with the subject between them, inverted after
    the V2 modal, is the modal's passive infinitive however far the subject runs and whatever
    tense the tagger gave it; the subject's comma series is no boundary, but a stop, a colon,
    a bracket, a subordinator or another finite verb between the two is. An auxiliary of its
    own between them (``ska sökanden ha intervjuats``: a perfect infinitive) leaves it to the
    slot (round 50 regression)."""
    if not token.lower_.endswith("s") or "Pass" not in morph_values(token, "Voice"):
        return False
    arrays = doc_arrays(token.doc)
    children = arrays.children[token.i]
    modal = next(
        (c for c in children if c < token.i and arrays.dep[c] == "aux" and is_modal(token.doc[c])),
        None,
    )
    if modal is None or not any(
        modal < c < token.i and arrays.dep[c] in _INVERTED_SUBJECT_DEPS for c in children
    ):
        return False
    if any(modal < c < token.i and arrays.dep[c] == "aux" for c in children):
        return False  # "ska sökanden ha intervjuats": a perfect infinitive, the slot's own
    doc = token.doc
    for position in range(modal + 1, token.i):
        word = arrays.lower[position]
        if word in _LATE_INFINITIVE_BREAKS and word != ",":
            return False
        if (word in GRAMMAR.subordinators and arrays.pos[position] != "ADP") or _tagged_finite(
            doc[position]
        ):
            return False
    return True


def infinitive_after_conjunct_adverb(token: Token) -> bool:
    """``ska främja utvecklingen och noga följa [ADJ] läget``, ``ska granska räkenskaperna och
    löpande pröva [amod] rutinerna`` (round 37, ar-B5): a word the lexicon knows only as an
    infinitive, right after a coordinator and one adverb (a present participle used as one,
    or a word tagged AB: ``noga``, ``aktivt``, ``särskilt``, ``löpande``), continues the
    infinitives of a finite modal before it, whatever its tag; no clause boundary,
    subordinator or other finite verb stands between the modal and the coordinator. An
    infinitive marker or an item's opening infinitive heads such a series too
    (`_infinitive_chain_head`)."""
    if token.i < 3 or not lexicon_infinitive(token.lower_):
        return False
    doc = token.doc
    joint = adverbial_joint(doc, token.i)
    if joint is None:
        return False
    start = sentence_start(token)
    for position in range(joint - 1, max(start, token.i - MAX_LATE_INFINITIVE_TOKENS) - 1, -1):
        before = doc[position]
        if is_modal(before) or _infinitive_chain_head(doc, position, start):
            return True
        word = before.lower_
        if word in _LATE_INFINITIVE_BREAKS and word != ",":
            return False
        if (word in GRAMMAR.subordinators and before.pos_ != "ADP") or _tagged_finite(before):
            return False
    return False


def _infinitive_chain_head(doc: Doc, position: int, start: int) -> bool:
    """Where an infinitive series opens other than after a modal (round 43, probe43-5): an
    infinitive marker ``att`` right before a lexicon infinitive (``har till uppgift att utse,
    leda och vid behov entlediga …``), or a lexicon infinitive that opens its sentence, as a
    list item under a lead-in does (``- utse och i förekommande fall entlediga ombud,``)."""
    if doc[position].lower_ == "att":
        following = position + 1
        return following < len(doc) and _infinitive_form(doc[following])
    return position == start and _infinitive_form(doc[position])


def _infinitive_form(token: Token) -> bool:
    """Tagged an infinitive, or spelled as one by the lexicon or `infinitives` (``utse``)."""
    word = token.lower_
    if word in GRAMMAR.infinitives or "Inf" in morph_values(token, "VerbForm"):
        return True
    return bool(lexicon_infinitive(word))


def infinitive_conjunct_after_marker(token: Token) -> bool:
    """``Kassören åligger att uppbära avgifter och bestrida [ADJ] utgifter`` (round 43, bf
    cause 8): right after a coordinator, a word tagged an adjective that the lexicon knows
    only as an infinitive (`lexicon_infinitive`: not ``lösa``, ``fasta``, which are
    adjectives too) continues an ``att``-infinitive before it; no clause boundary,
    subordinator or finite verb stands between the marker and the coordinator. A noun in -a
    there is the object's conjunct (``att främja trygghet och hälsa``)."""
    if token.pos_ != "ADJ" or token.i < 4 or not lexicon_infinitive(token.lower_):
        return False
    doc = token.doc
    if doc[token.i - 1].lower_ not in GRAMMAR.coordinators:
        return False
    start = sentence_start(token)
    infinitive_seen = False
    for position in range(token.i - 2, max(start, token.i - MAX_LATE_INFINITIVE_TOKENS) - 1, -1):
        before = doc[position]
        if before.lower_ == "att":
            return infinitive_seen
        infinitive_seen = infinitive_seen or "Inf" in morph_values(before, "VerbForm")
        if before.lower_ in _LATE_INFINITIVE_BREAKS and before.lower_ != ",":
            return False
        if (before.lower_ in GRAMMAR.subordinators and before.pos_ != "ADP") or _tagged_finite(
            before
        ):
            return False
    return False


def infinitive_after_series_att(token: Token) -> bool:
    """Round 58 (analysis 58-cr C7): ``ansvarar för tillsyn, rådgivning, att fastställa [ADJ]
    avgifter``: right after an ``att`` that a comma or a coordinator joins to a series, a
    word tagged an adjective that the lexicon knows only as an infinitive
    (`lexicon_infinitive`: no ``svenska``, ``enskilda``) is the infinitive of that series'
    ``att``-member."""
    if token.pos_ != "ADJ" or token.i < 2 or not series_infinitive_word(token.lower_):
        return False
    doc = token.doc
    if doc[token.i - 1].lower_ != "att":
        return False
    joint = doc[token.i - 2]
    return joint.text == "," or joint.lower_ in GRAMMAR.coordinators


def series_infinitive_word(word: str) -> bool:
    """A word the lexicon knows only as an infinitive (`lexicon_infinitive`) that is no
    listed non-infinitive or adjective form (``samma``, ``båda``, ``enda``: base forms too)."""
    return (
        lexicon_infinitive(word)
        and word not in GRAMMAR.non_infinitives
        and not adjective_form(word)
    )


def infinitive_after_copula_att(token: Token) -> bool:
    """Round 52 (analysis 52-ca S8): ``Syftet är att avlasta [ADJ] styrelsen löpande
    frågor``: right after ``att`` that follows a copula (``är att``), a word tagged an
    adjective that the lexicon knows only as an infinitive (`lexicon_infinitive`), before a
    noun phrase, is the infinitive of the predicative ``att``-clause, and the noun phrase its
    object (no subject of the copula). An adjective there (``är att ekonomiska rapporter
    lämnas``) is no infinitive by the lexicon."""
    if token.pos_ != "ADJ" or token.i < 2 or not lexicon_infinitive(token.lower_):
        return False
    doc = token.doc
    if doc[token.i - 1].lower_ != "att" or doc[token.i - 2].lower_ not in GRAMMAR.copulas:
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and following.pos_ in {"NOUN", "PROPN", "DET", "PRON"}


def _adverb_word(token: Token) -> bool:
    """An adverb by the tagger (its word class or SUC tag AB) or a present participle."""
    if token.pos_ == "ADV" or token.tag_.startswith("AB"):
        return True
    return "Part" in morph_values(token, "VerbForm") and "Pres" in morph_values(token, "Tense")


def adverbial_joint(doc: Doc, position: int) -> int | None:
    """Round 38 (at-B2): the coordinator or comma before the adverbial that precedes the
    infinitive at `position`: one adverb (``och noga följa``, ``, vetenskapligt bearbeta``:
    a neuter adjective used as an adverb) or a short prepositional phrase (``och genom köp
    utöka``); None if no such adverbial stands there."""
    before = doc[position - 1]
    joint: int | None = None
    if _adverb_word(before) or (before.dep_ == "advmod" and before.lower_.endswith("t")):
        joint = position - 2
    else:
        for length in range(2, _MAX_ADVERBIAL_PHRASE + 1):
            opener = position - length
            if opener < 2 or doc[opener].pos_ != "ADP":
                continue
            inside = doc[opener + 1 : position]
            if all(t.pos_ not in _PHRASE_BREAKS and not is_modal(t) for t in inside):
                joint = opener - 1
                break
    if joint is None or joint < 1:
        return None
    word = doc[joint].lower_
    return joint if word in GRAMMAR.coordinators or word == "," else None


_MAX_ADVERBIAL_PHRASE = 4  # a preposition and up to three words
# a noun phrase inside the preposition's phrase: no verb, clause word or sign (a noun the
# tagger reads as a verb form, ``genom köp``, may stand there)
_PHRASE_BREAKS = frozenset({"VERB", "PUNCT", "SCONJ", "CCONJ", "ADP", "PRON"})


def imperative_in_s(token: Token) -> bool:
    """``- läs mer på hemsidan``: a verb form in -s whose form + ``a`` is an infinitive the
    lexicon knows (``läsa``, ``lösa``) is that verb's bare stem, its imperative (an address
    to the reader), no s-passive (there is no verb ``lä``; round 40, ax cause 10)."""
    word = token.lower_
    if not (word.endswith("s") and word.isalpha()) or token.pos_ not in VERB_POS:
        return False
    return lexicon_infinitive(f"{word}a")


def present_after_relative_subject(token: Token) -> bool:
    """``Delägare vars andel är 5 10 % utser [NOUN] en ledamot``: a sentence that opens with
    a noun phrase and a relative clause right after its head (a relative pronoun:
    ``vars``, ``som``) whose one finite verb stands before the word; a word the lexicon
    knows as a verb's present after that clause, with no comma between, is the main clause's
    finite verb whatever the tagger read (round 40, ax cause 15)."""
    word = token.lower_
    if token.pos_ not in SERIES_MISTAGS or not word.isalpha() or not present_spelling(word):
        return False
    return after_opening_relative(token) is not None


def after_opening_relative(token: Token) -> int | None:
    """The relative pronoun (``vars``, ``som``) of a clause right after the sentence's
    opening noun phrase, when that clause's one finite verb stands before `token` with no
    comma or other break between: `token` is where the main clause's finite verb may stand
    (``Delägare vars andel är 25 % eller mer <token>``)."""
    doc, start = token.doc, sentence_start(token)
    relative = _first_relative(token)  # the one before `token`, if any, is the first
    if relative is None or relative == start or relative + 2 >= token.i:
        return None
    if doc[token.i - 1].pos_ in _NOUN_PHRASE_INSIDE_POS:
        return None  # "som anges i särskilda lagar [NOUN]": the head of a noun phrase
    if not all(t.pos_ in _RELATIVE_HEAD_POS for t in doc[start:relative]):
        return None
    clause = doc[relative + 1 : token.i]
    finites = [t for t in clause if t.pos_ in VERB_POS and "Fin" in morph_values(t, "VerbForm")]
    if len(finites) != 1 or any(t.text in _CLAUSE_BREAKS for t in clause):
        return None
    return relative


def _first_relative(token: Token) -> int | None:
    """The first relative pronoun (``PronType=Rel``) of `token`'s sentence, found once per
    sentence while a memo of its Doc is open (`after_opening_relative` asks of every verb)."""
    doc, start = token.doc, sentence_start(token)
    end = sentence_end(token)
    return doc_memoised(doc, (_first_relative, start), lambda: _relative_in(doc, start, end))


def _relative_in(doc: Doc, start: int, end: int) -> int | None:
    types = morph_values_in(doc, "PronType", start, end)  # no Token per word (round 55)
    return next((start + k for k, values in enumerate(types) if "Rel" in values), None)


@memoised
def after_threshold_relative(token: Token) -> int | None:
    """`after_opening_relative` where the relative clause states a threshold: a number (or
    ``%``) stands in it and any coordinator in it comes after the number, inside the
    quantity (``vars andel är 25 % eller mer``, ``som har minst 3 procent av rösterna``);
    a finite verb after it (no verb between the number and it) is the main clause's, no
    conjunct of the relative (round 51, ax C2)."""
    if not (_tagged_finite(token) or present_spelling(token.lower_)):
        return None
    relative = after_opening_relative(token)
    if relative is None:
        return None
    clause = token.doc[relative + 1 : token.i]
    number = next((t.i for t in clause if t.pos_ == "NUM" or t.text == "%"), None)
    if number is None:
        return None
    if any(t.lower_ in GRAMMAR.coordinators and t.i < number for t in clause):
        return None
    if any(t.pos_ in VERB_POS and t.i > number for t in clause):
        return None  # "som fyllt 15 år har rätt att delta och rösta": the verb is past it
    return relative


_RELATIVE_HEAD_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})
_NOUN_PHRASE_INSIDE_POS = frozenset({"DET", "ADJ", "ADP", "PRON"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")"})


_CONDITION_SUBJECT_WORDS = 4  # the words a fronted condition's subject may take before its verb


@memoised
def present_in_fronted_condition(token: Token) -> bool:
    """``Om en ersättare begär [NOUN] det ska sekreteraren …``, ``När en ledamot begär [NOUN]
    det lämnar chefen …`` (round 43, probe43-1): in a clause opened by a fronted condition
    (configs/grammar.yaml ``condition_openers.fronted_clauses``), the first word after the
    opener and a short subject that the lexicon reads as a verb's present is that clause's
    own verb, whatever the tagger read, when no word before it in the clause is tagged a verb
    and a modal or a finite verb with its inverted subject follows: the main clause's (V2).
    Not right after a determiner or a genitive (``en ledare``: a noun)."""
    word = token.lower_
    if token.pos_ not in SERIES_MISTAGS or not word.isalpha() or not present_spelling(word):
        return False
    start = _clause_start(token)
    opener_end = fronted_condition_opener_end(token.doc, start, token.i)
    if opener_end is None or not 0 < token.i - opener_end <= _CONDITION_SUBJECT_WORDS:
        return False
    doc = token.doc
    before = doc[token.i - 1]
    if before.pos_ == "DET" or "Gen" in morph_values(before, "Case"):
        return False
    if any(t.pos_ in VERB_POS or t.is_punct for t in doc[opener_end : token.i]):
        return False
    return _main_clause_verb_after(token, sentence_end(token))


def fronted_condition_opener_end(doc: Doc, start: int, end: int) -> int | None:
    """Past the fronted condition opener (``om``, ``i de fall``) that opens the clause at
    `start`, if one does before `end`."""
    lower = doc_arrays(doc).lower
    for phrase in GRAMMAR.conditions_fronted_clauses:
        stop = start + len(phrase)
        if stop < end and tuple(lower[start:stop]) == phrase:
            return stop
    return None


def _main_clause_verb_after(token: Token, end: int) -> bool:
    """A modal, or a finite verb the tagger marks, follows in the clause (before any comma),
    its inverted subject right after it (a noun phrase, a name or a pronoun)."""
    doc = token.doc
    for position in range(token.i + 1, end):
        following = doc[position]
        if following.is_punct:
            return False
        if is_modal(following) or _tagged_finite(following):
            return position + 1 < end and doc[position + 1].pos_ in _INVERTED_SUBJECT_POS
    return False


def noun_tagged_present(token: Token) -> bool:
    """Review 57 S4 (one predicate for agents, coordination and items): a present the
    tagger read as a NOUN, by its lemma: of a verb stem in ``-r`` (`_stem_present`:
    ``begär`` of ``begära``), a noun lemma in ``-e`` + ``r`` that no plural of it is
    (`_noun_lemma_present`: ``sammanträder``), or a form grammar.yaml lists
    (`irregular_lemmas`: ``utser``)."""
    if token.pos_ != "NOUN" or not token.is_alpha:
        return False
    return (
        _stem_present(token)
        or _noun_lemma_present(token)
        or token.lower_ in GRAMMAR.irregular_lemmas
    )


def _stem_present(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma.endswith("ra") and token.lower_ == lemma[:-1]


def _noun_lemma_present(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma.endswith("e") and token.lower_ == f"{lemma}r"
