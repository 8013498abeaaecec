"""Verb forms by spelling and the lemma lexicon: the word-level helpers the verb predicates share.

Which words the lexicon knows (`lexicon_lemma`), how a present, s-passive or supine is spelled
(`present_spelling`, `present_lemma`), the word-class sets and the adverbial phrase before a verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.language.grammar import GRAMMAR
from pipeline.language.spelling import (
    VOWELS,
    lexicon_lemma,
    present_spelling,
)
from pipeline.language.spelling import lemma_lexicon as _lexicon
from pipeline.language.spelling import s_passive_spelling as s_passive_spelling
from pipeline.language.spelling import supine_spelling as supine_spelling
from pipeline.nlp.memo import (
    doc_arrays,
    doc_memoised,
    memoised,
    morph_values,
    sentence_start,
)

VERB_POS = frozenset({"VERB", "AUX"})


NON_VERB_POS = frozenset({"PROPN", "PRON", "DET", "NUM", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART"})


ALWAYS_FINITE = frozenset({"är", "har", "hade", "var", "åligger"})


CLOSED_CLASS_POS = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ"})


def lexicon_infinitive(word: str) -> bool:
    """A word in -a that the lexicon knows only as a base form (``granska``, ``sammankalla``),
    never as an inflected form of another word (``ekonomiska`` → ekonomisk): an infinitive,
    whatever the adjective-like spelling."""
    table, lemmas = _lexicon()
    return word.endswith("a") and word not in table and word in lemmas


def verb_not_noun_base_form(word: str) -> bool:
    """A base form in -a (`lexicon_infinitive`) that the lexicon inflects as a verb (its
    present: ``samverkar``, ``samordnar``) and never as a noun (no plural in -or nor
    definite form in -an that it reads as this word: ``förskola``, ``skola``, ``hälsa``)."""
    if not lexicon_infinitive(word):
        return False
    table = _lexicon()[0]
    if table.get(f"{word[:-1]}or") == word or table.get(f"{word}n") == word:
        return False
    return present_spelling(f"{word}r")


def base_form_word(word: str) -> bool:
    """A verb's base form by the lexicon (`lexicon_infinitive`) or the grammar's list
    (``utse``)."""
    return lexicon_infinitive(word) or word in GRAMMAR.infinitives


def task_infinitive(word: str) -> bool:
    """A task's first word (a responsibility table's cell, `pipeline.responsibilities`) is an
    infinitive: a base form by the lexicon or the grammar (`base_form_word`), or the word
    whose present (in -r, or -er for a stem in -a: `leder`) the lexicon reads as it
    (``upprätta``, ``leda``, which also inflect as other words)."""
    word = word.lower()
    if base_form_word(word):
        return True
    table = _lexicon()[0]
    return word.endswith("a") and word in (table.get(f"{word}r"), table.get(f"{word[:-1]}er"))


@memoised  # asked of every word before a verb by many rules; the grammar's look-up is dear
def is_modal(token: Token) -> bool:
    word = token.lower_
    return word in GRAMMAR.modals or (word in GRAMMAR.plural_modals and _modal_slot(token))


_NOT_BEFORE_MODAL = frozenset({"DET", "ADP", "ADJ", "NUM"})


def _modal_slot(token: Token) -> bool:
    """``Revisorerna skola årligen granska kassan`` (`plural_modals`, round 43, bf cause 4):
    after a word that may close a subject (no determiner, preposition, adjective, numeral or
    genitive: ``en skola``, ``kommunens skola``) and before an infinitive-shaped word past
    adverbs and negations (in -a, or a listed infinitive)."""
    doc = token.doc
    if token.i == 0:
        return False
    before = doc[token.i - 1]
    if before.pos_ in _NOT_BEFORE_MODAL or "Gen" in morph_values(before, "Case"):
        return False
    position = token.i + 1
    while position < len(doc) and (
        doc[position].pos_ == "ADV" or doc[position].lower_ in GRAMMAR.negations
    ):
        position += 1
    if position >= len(doc):
        return False
    word = doc[position].lower_
    return word.isalpha() and (word.endswith(("a", "as")) or word in GRAMMAR.infinitives)


def s_present_lemma(word: str) -> str:
    """Infinitive of a present s-passive from its stem, whatever the tagger's lemma: a stem in
    a consonant takes -a (``knyts`` → knyta, ``sänds`` → sända, a single m or n doubled where the
    lexicon has it: ``bestäms`` → bestämma); a stem in a vowel is the infinitive (``justeras``
    → justera, ``anslås`` → anslå) save -e after a stem in -s (``läses`` → läsa) unless it is an
    infinitive in -e (``anses`` → anse). "" for a word that is no s-form."""
    if not (word.isalpha() and word.endswith("s")) or word.endswith("ss") or len(word) < 3:
        return ""
    stem = word[:-1]
    if stem[-1] not in VOWELS:
        doubled = f"{stem}{stem[-1]}a"
        return doubled if stem[-1] in "mn" and doubled in _lexicon()[1] else f"{stem}a"
    if stem.endswith("e") and stem not in GRAMMAR.infinitives and len(stem) > 2:
        return f"{stem[:-1]}a"
    return stem


def looks_supine(word: str) -> bool:
    """Short supines the tagger takes for infinitives: gett, fått, sett, gått."""
    return word.endswith("tt") and word not in {"ett", "rätt", "sätt", "slutt"}


def listed_supine(word: str) -> bool:
    """A supine listed among the irregular lemmas (``sålt``, ``valt``, ``gjort``, ``tagit``:
    a form in -t that is not its own lemma): a strong or irregular verb's supine whatever
    the tagger reads (round 52, analysis 52-ca S1)."""
    lemma = GRAMMAR.irregular_lemmas.get(word)
    return lemma is not None and lemma != word and word.endswith("t")


def before_adverbs_and_negations(token: Token) -> int:
    """Index of the word before ``token`` past adverbs and negations, no further back than
    the sentence's first word (its index less one when ``token`` opens the sentence)."""
    position = token.i - 1
    start = sentence_start(token)
    arrays = doc_arrays(token.doc)
    lower, pos, negations = arrays.lower, arrays.pos, GRAMMAR.negations
    while position > start and (pos[position] == "ADV" or lower[position] in negations):
        position -= 1
    return position


def past_adverbs(doc: Doc, position: int, end: int) -> int:
    """Index of the first word from `position` on (before `end`) that the tagger does not
    call an adverb."""
    while position < end and doc[position].pos_ == "ADV":
        position += 1
    return position


def past_adverbs_and_negations(doc: Doc, position: int, end: int) -> int:
    """Index of the first word from `position` on (before `end`) that is no adverb and no
    negation: the mirror of `before_adverbs_and_negations` (``ska inte heller kunna``)."""
    while position < end and (
        doc[position].pos_ == "ADV" or doc[position].lower_ in GRAMMAR.negations
    ):
        position += 1
    return position


def before_adverbs(doc: Doc, position: int, start: int) -> int:
    arrays = doc_arrays(doc)
    lower, pos, negations = arrays.lower, arrays.pos, GRAMMAR.negations
    adverbial_adjectives = GRAMMAR.adverbial_adjectives
    while position >= start and (
        adverb_at(lower[position], pos[position], adverbial_adjectives)
        or lower[position] in negations
    ):
        position -= 1
    return position


def adverb_at(word: str, pos: str, adverbial_adjectives: frozenset[str]) -> bool:
    """`is_adverb` of a token by its lowercase form and POS."""
    if pos == "ADV" or word in adverbial_adjectives:
        return True
    return word.isalpha() and word.endswith("ligen") and len(word) > 6


PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "CCONJ", "PRON"})

# The words of a prepositional phrase of noun phrases alone: its preposition, their
# determiners, adjectives, nouns, names and numerals, and coordinators. No adverb, pronoun
# or negation: such a word means a clause's midfield (the perfect's adverbial, round 49 P2;
# an item's fronted phrase; review 50 M4).
PREPOSITIONAL_PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ"})


NOMINAL_END = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


MAX_PHRASE_TOKENS = 14  # a prepositional phrase holding a list of nouns


def adverbial_phrase_start(token: Token) -> int | None:
    """Where an adverbial prepositional phrase (or several coordinated: ``genom uppsökande
    verksamhet och på annat sätt``) that ends right before `token` begins: a preposition and
    its noun phrase, ending in a noun that is no genitive (``med kommunens skola`` is one
    noun phrase). None where the words before `token` are not such a phrase."""
    doc = token.doc
    start = sentence_start(token)
    before = doc[token.i - 1] if token.i > start else None
    if before is None or not _nominal_end(before) or _genitive(before):
        return None
    arrays = doc_arrays(doc)
    lower, pos, subordinators = arrays.lower, arrays.pos, GRAMMAR.subordinators
    opening = None
    position = token.i - 1
    reach = max(start, token.i - MAX_PHRASE_TOKENS)
    while position >= reach:
        tag = pos[position]
        subordinator = lower[position] in subordinators and tag != "ADP"
        # (a comma's text is its lowercase form)
        if subordinator or not (tag in PHRASE_POS or lower[position] == ","):
            break
        if tag == "ADP":
            opening = position
        position -= 1
    return opening


def _nominal_end(token: Token) -> bool:
    """A noun phrase's last word: a noun or pronoun, or an adjective right after a determiner
    (a nominalised adjective: ``med den enskilde``, ``för de äldre``)."""
    if token.pos_ in NOMINAL_END:
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return token.pos_ == "ADJ" and previous is not None and previous.pos_ == "DET"


def _genitive(token: Token) -> bool:
    return "Gen" in morph_values(token, "Case")


def adjective_form(word: str) -> bool:
    """Spelled as an adjective form in -a (``ekonomiska``), unless the lexicon knows the word
    only as a base form (``granska``)."""
    return word.endswith(GRAMMAR.adjective_endings) and not lexicon_infinitive(word)



PARTICIPLE_ENDINGS = ("d", "t", "da", "ta", "de", "te", "en", "et", "na")


def participle_spelling(word: str) -> bool:
    """Spelled as a verb's past participle the lexicon knows (``beslutad`` → besluta,
    ``antagen`` → anta, ``medgiven`` → medge, ``utsedda`` → utse), whatever the tag: the
    tagger often reads a postposed participle as a noun."""
    if not word.isalpha() or not word.endswith(PARTICIPLE_ENDINGS):
        return False
    lemma = lexicon_lemma(word)
    if not lemma or lemma == word:
        return False
    return lexicon_infinitive(lemma) or lemma in GRAMMAR.infinitives


def adjective_a_form(word: str) -> bool:
    """The lexicon knows the word only as the -a form of another word, an adjective or
    participle (``kommunägda`` → kommunägd), never as a base form."""
    table, lemmas = _lexicon()
    return word not in lemmas and f"{table.get(word, '')}a" == word


def lexicon_base_form(word: str) -> bool:
    """The lexicon knows the word as a base form (``upprätta``, also a form of upprätt)."""
    return word in _lexicon()[1]


def has_sentences(doc: Doc) -> bool:
    """A series lies inside one sentence: a Doc without sentence boundaries (no parse, no
    sentencizer: a bare list item in a rule test) has no series to read."""
    return doc_memoised(doc, has_sentences, lambda: _sentences_annotated(doc))


def _sentences_annotated(doc: Doc) -> bool:
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
