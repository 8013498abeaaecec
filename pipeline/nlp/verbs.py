"""Verbs word by word: which tokens are verbs, their lemma, tense and voice.

The tagger, morphologizer and parser decide what is a verb; spelling only *adds* a verb
the tagger missed where grammar demands one (after a modal or infinitive ``att``).
Word lists come from ``configs/grammar.yaml``. Verb groups are `pipeline.nlp.groups`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from pipeline.nlp.grammar import GRAMMAR, Grammar, active_grammar
from pipeline.nlp.memo import doc_arrays, memoised, morph_values, sentence_end, sentence_start

AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})
VERB_POS = frozenset({"VERB", "AUX"})
NON_VERB_POS = frozenset({"PROPN", "PRON", "DET", "NUM", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART"})
MAX_GROUP_TOKENS = 12
VOWELS = frozenset("aeiouyåäö")
ALWAYS_FINITE = frozenset({"är", "har", "hade", "var", "åligger"})
CLOSED_CLASS_POS = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ"})


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


@cache
def _lexicon() -> tuple[dict[str, str], frozenset[str]]:
    """The lemma lexicon (form → lemma) and its set of lemmas (base forms)."""
    from pipeline.nlp.model import _read_sv_lookup

    table = _read_sv_lookup()
    return table, frozenset(table.values())


def lexicon_lemma(word: str) -> str:
    """The lexicon's lemma of a word form ("" where it has none)."""
    return _lexicon()[0].get(word, "")


def lexicon_infinitive(word: str) -> bool:
    """A word in -a that the lexicon knows only as a base form (``granska``, ``sammankalla``),
    never as an inflected form of another word (``ekonomiska`` → ekonomisk): an infinitive,
    whatever the adjective-like spelling."""
    table, lemmas = _lexicon()
    return word.endswith("a") and word not in table and word in lemmas


@memoised
def passive_by_spelling(token: Token) -> bool:
    """An s-passive present the tagger read as a noun (``ägs``, ``benämns``): its lemma (the
    tagger's and the lexicon's) is an infinitive in -a and the word is that stem + -s (a
    genitive adds -s to the whole word: ``frågas``)."""
    if token.pos_ != "NOUN":
        return False
    word, lemma = token.lower_, token.lemma_.lower()
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


def _s_passive_spelling(word: str) -> bool:
    """The lexicon reads the word as the s-form of a verb: stem + -s of an infinitive in a
    vowel (``upprätthålls`` → upprätthålla, ``handhas`` → handha, ``hålls`` → hållas)."""
    if not (word.isalpha() and word.endswith("s")) or word.endswith("ss"):
        return False
    stem = word[:-1]
    lemma = lexicon_lemma(word)
    if word in _lexicon()[1]:
        return False  # a base form too: "kris" (→ kria) is a noun
    return lemma[-1:] in VOWELS | {"s"} and lemma in {f"{stem}a", stem, f"{stem}as"}


def _subject_before(token: Token) -> bool:
    """A noun, name or pronoun (past adverbs and negations) right before the word, not a
    genitive: the subject of a clause whose verb the word is (``att god ordning
    upprätthålls``, ``om åtgärder inte vidtas``)."""
    position = token.i - 1
    start = sentence_start(token)
    arrays = doc_arrays(token.doc)
    lower, pos, negations = arrays.lower, arrays.pos, GRAMMAR.negations
    while position > start and (pos[position] == "ADV" or lower[position] in negations):
        position -= 1
    if position < start:
        return False
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
    if pos in VERB_POS or pos in NON_VERB_POS or not _s_passive_spelling(token.lower_):
        return False
    if token.i == sentence_start(token):
        return False
    return _subject_before(token)


def is_adverb(token: Token) -> bool:
    """An adverb by the tagger, by its derivational ending (``-ligen`` forms adverbs only:
    ``månatligen``, ``huvudsakligen``) or a listed adjective used as one (``regelbundet``),
    whatever the tag."""
    return _adverb_at(token.lower_, token.pos_, GRAMMAR.adverbial_adjectives)


def is_modal(token: Token) -> bool:
    return token.lower_ in GRAMMAR.modals


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
    if _opens_pronoun_phrase(token) or word in grammar.never_verbs:
        return False
    if pos in _ATTRIBUTIVE_CLASSES and attributive_in_noun_phrase(token):
        return False
    if word in grammar.modals or word in ALWAYS_FINITE:
        return True  # (a modal: `is_modal`)
    if pos in _CLOSED_CLASSES:
        return fora_in_series(token) or closed_tag_infinitive(token)
    if pos in VERB_POS:
        return _tagged_verb(token, word, grammar)
    return _missed_verb(token, word, pos, grammar)


# No predicate of `_missed_verb` admits these classes save `fora_in_series` (by the word);
# `closed_tag_infinitive` admits only these.
_CLOSED_CLASSES = NON_VERB_POS - {"PROPN"}
_ATTRIBUTIVE_CLASSES = frozenset({"VERB", "ADJ"})  # the classes `attributive_in_noun_phrase` reads


def _tagged_verb(token: Token, word: str, grammar: Grammar) -> bool:
    """`is_verb` of a token tagged VERB or AUX: of the predicates that find a missed verb only
    those admitting a verb tag, then the vetoes."""
    if word in grammar.reciprocal_verbs or bare_relative_supine(token):
        return True
    if initial_infinitive(token) or fora_in_series(token) or v1_condition_end(token) is not None:
        return True
    if attributive_past(token) or no_infinitive_spelling(token) or postposed_participle(token):
        return False
    if noun_by_lexicon(token) or supine_after_determiner(token) or noun_by_phrase(token):
        return False
    if participle_after_copula(token) or genitive_tagged_verb(token):
        return False
    if _adjectival_in_tree(token) or _not_a_finite_form(token):
        return False
    if present_without_ending(token):
        return False
    return "Part" not in morph_values(token, "VerbForm") and not token.tag_.startswith("PC")


def _missed_verb(token: Token, word: str, pos: str, grammar: Grammar) -> bool:
    """`is_verb` of a token not tagged a verb: one the tagger missed, where spelling and
    position demand a verb."""
    if passive_by_spelling(token):
        return True
    if word in grammar.reciprocal_verbs and pos not in NON_VERB_POS:
        return True  # "Presidiet och chefen träffas [NOUN]": only ever a verb form
    if passive_after_subject(token) or bare_relative_supine(token) or initial_infinitive(token):
        return True
    if initial_passive_before_agent(token) or v1_condition_end(token) is not None:
        return True
    if supine_after_perfect(token) or present_in_series(token) or fora_in_series(token):
        return True
    if supine_in_series(token):
        return True
    return present_after_pronoun(token) or present_after_fronted(token)


def _opens_pronoun_phrase(token: Token) -> bool:
    """``Var och en av nämnderna``: the first word of a listed multi-word distributive
    (``distributive_determiners``) is no verb (``var`` is no past of ``vara`` there)."""
    phrases = _phrases_by_first_word(GRAMMAR.distributive_determiners).get(token.lower_)
    if not phrases:
        return False
    lower, i = doc_arrays(token.doc).lower, token.i
    return any(tuple(lower[i : i + len(phrase)]) == phrase for phrase in phrases)


# The multi-word phrases of a word list by their first word, per list (kept with the list).
_BY_FIRST_WORD: dict[int, tuple[tuple, dict[str, list[tuple[str, ...]]]]] = {}


def _phrases_by_first_word(
    phrases: tuple[tuple[str, ...], ...],
) -> dict[str, list[tuple[str, ...]]]:
    kept = _BY_FIRST_WORD.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            if len(phrase) > 1:
                by_first.setdefault(phrase[0], []).append(phrase)
        kept = _BY_FIRST_WORD[id(phrases)] = (phrases, by_first)
    return kept[1]


def _not_a_finite_form(token: Token) -> bool:
    """A sentence-initial word tagged finite that the parser makes the subject of a later
    verb is a noun (``Val av revisorer ska ske``)."""
    return (
        token.i == sentence_start(token)
        and token.dep_ in {"nsubj", "nsubj:pass"}
        and token.head.i > token.i
        and "Fin" in morph_values(token, "VerbForm")
    )


def _spelled_supine(token: Token) -> bool:
    """Tagged supine and spelled as one (every supine ends in -t or the s-passive's -ts)."""
    return "Sup" in morph_values(token, "VerbForm") and token.lower_.endswith(("t", "ts"))


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


def _stem_in_t_passive(word: str) -> bool:
    """``tillsätts``, ``ersätts``: a verb whose stem ends in -t adds the passive -s to it, so
    its present is spelled like a supine passive; the lexicon knows the word less -s plus -a
    as an infinitive (``tillsätta``), which no supine gives (``tillsatts`` → tillsatta)."""
    return f"{word[:-1]}a" in _lexicon()[1] and lexicon_lemma(word) in {"", f"{word[:-1]}a"}


def present_without_ending(token: Token) -> bool:
    """Tagged present, but every Swedish present ends in -r (or the s-passive's -s) save a
    listed few: a participle or adjective (``är av fullmäktige vald``, ``blir utförda``)."""
    word = token.lower_
    return (
        "Pres" in morph_values(token, "Tense")
        and word.isalpha()
        and not word.endswith(("r", "s"))
        and word not in GRAMMAR.presents_without_r
    )


def _adjectival_in_tree(token: Token) -> bool:
    """The parser attaches it as an adjective (``amod``, or conjoined with one):
    ``regionövergripande och strategiska frågor``. An infinitive or a present tense has no
    adjective form, so a conjunct of a mistagged head stays a verb (``är kommunens högsta
    tjänsteperson och ansvarar``, ``samordna [ADJ] … och ha uppsikt``)."""
    if _spelled_supine(token):
        return False  # "har utsett": a supine has no attributive use (the participle has)
    if token.dep_ == "amod":
        return True
    return token.dep_ == "conj" and token.head.pos_ == "ADJ" and not _unambiguous_verb_form(token)


def _unambiguous_verb_form(token: Token) -> bool:
    """Active infinitive or present by morphology, with a verb tag where there is a fine tag
    (``kommungemensamma``: morphology Inf, tag JJ). An s-form there is rather the elliptic
    passive of a subordinate clause (``… ska fullgöras och medelsförvaltningen skötas``)."""
    if (token.tag_ and not token.tag_.startswith("VB")) or "Pass" in morph_values(token, "Voice"):
        return False
    return "Inf" in morph_values(token, "VerbForm") or (
        "Fin" in morph_values(token, "VerbForm") and "Pres" in morph_values(token, "Tense")
    )


RECIPROCAL_BLOCKERS = frozenset({"av", "som"})  # an agent, a predicative: the passive


def reciprocal(token: Token) -> bool:
    """``Presidiet och chefen träffas``, ``Ledamöterna möts``: a reciprocal s-verb
    (``reciprocal_verbs``) with a coordinated or plural subject and no ``av``-agent or
    ``som``-predicative after it is active."""
    if token.lower_ not in GRAMMAR.reciprocal_verbs:
        return False
    doc = token.doc
    position = token.i + 1
    while position < len(doc) and doc[position].pos_ == "ADV":
        position += 1
    if position < len(doc) and doc[position].lower_ in RECIPROCAL_BLOCKERS:
        return False
    if any(_plural_subject(child) for child in token.children):
        return True
    subject = _subject_before_verb(token)
    return subject is not None and _plural_head(subject)


def _subject_before_verb(token: Token) -> Token | None:
    """``Styrelsens ordförande och VD bör träffas``: the head of the noun phrase that ends
    right before the verb or its modal (adverbs between), read by position where the parser
    hangs the words elsewhere: the first conjunct of a coordination, never a noun governed
    by a preposition (``Avtal med leverantörer bör träffas``: the subject is ``Avtal``)."""
    doc, start = token.doc, sentence_start(token)
    position = _before_adverbs(doc, token.i - 1, start)
    if position >= start and is_modal(doc[position]):
        position = _before_adverbs(doc, position - 1, start)
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
    word = token.lower_
    if word in GRAMMAR.irregular_lemmas:
        return GRAMMAR.irregular_lemmas[word]
    active = _active_supine(word)
    if active in GRAMMAR.irregular_lemmas:
        return GRAMMAR.irregular_lemmas[active]  # getts → gett → ge, givits → ge
    if reciprocal(token):
        return GRAMMAR.reciprocal_verbs[word]
    if present_in_series(token) or present_after_pronoun(token) or present_after_fronted(token):
        return present_lemma(word)  # "utövar" read as an adverb (lemma utövare): utöva
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
    return lemma


def attributive_in_noun_phrase(token: Token) -> bool:
    """``kommunens och berörda myndigheters arbete``: a word tagged VERB between a noun
    phrase's determiner (a determiner, a genitive, or a coordinator joining genitives) and
    its noun is an attribute (an adjective or participle), no verb; after a
    coordinator that joins verbs (``granska och samordna kommunens arbete``) it stays one."""
    doc = token.doc
    if token.pos_ not in {"VERB", "ADJ"} or token.i + 1 >= len(doc):
        return False  # (an adjective in -a is read as an infinitive conjunct too)
    if token.i <= sentence_start(token):
        return False
    if doc[token.i + 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    before = doc[token.i - 1]
    if before.pos_ == "DET" or _genitive_noun(before):  # (an adjective may end a headless
        # noun phrase: "med den enskilde planera omsorgen")
        return True
    joined = before.lower_ in GRAMMAR.noun_phrase_coordinators and before.i > sentence_start(token)
    return joined and _genitive_noun(doc[before.i - 1])


def _genitive_noun(token: Token) -> bool:
    """A noun in the genitive: tagged or parsed so, and spelled with the genitive -s (the
    tagger marks a subject ``Kommunchefen`` Case=Gen too)."""
    spelled = token.lower_.endswith("s")
    return spelled and token.pos_ in {"NOUN", "PROPN"} and (
        "Gen" in morph_values(token, "Case") or token.dep_ == "nmod:poss"
    )


def compound_lemma(word: str) -> str:
    """A Swedish compound verb inflects as its last part: ``redogör`` → redo + göra,
    ``innehar`` → inne + ha, where the last part is a present or s-form of
    `irregular_lemmas` (the longest one; at least two letters before it). "" otherwise."""
    if not word.isalpha():
        return ""
    auxiliaries = GRAMMAR.copulas | GRAMMAR.modals | GRAMMAR.perfect  # utövar: no ut-ö-var
    for start in range(2, len(word) - 2):
        head = word[start:]
        if head in GRAMMAR.irregular_lemmas and head.endswith(("r", "s")):
            if head in auxiliaries or _regular_present(word) in _lexicon()[1]:
                return ""
            return word[:start] + GRAMMAR.irregular_lemmas[head]
    return ""


def _regular_present(word: str) -> str:
    """The infinitive of a regular present: -ar → -a, -er → -a."""
    if word.endswith("ar"):
        return word[:-1]
    return word[:-2] + "a" if word.endswith("er") else ""


def _s_passive_lemma(word: str, lemma: str) -> str:
    """``sköts`` with the tagger's lemma ``sköte`` (a noun): where the tagger's lemma is no
    verb's (not in -a, not a known infinitive), the present s-passive's infinitive, if the
    lemma lexicon knows it."""
    if lemma.endswith("a") or lemma in GRAMMAR.infinitives:
        return lemma
    candidate = s_present_lemma(word)
    return candidate if candidate and candidate in _lexicon()[1] else lemma


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


def present_lemma(word: str) -> str:
    """Infinitive of a present-tense form: ``samordnar`` → samordna, ``bereder`` → bereda; a
    compound of an irregular verb takes its head's infinitive (``redogör`` → redogöra)."""
    if word in GRAMMAR.irregular_lemmas:
        return GRAMMAR.irregular_lemmas[word]
    compound = compound_lemma(word)
    if compound:
        return compound
    if word.endswith("ar"):
        return word[:-1]
    if word.endswith("er"):
        return word[:-2] + "a"
    return word[:-1]


def present_by_spelling(token: Token) -> bool:
    """An active present the tagger read as a noun (``förser``, ``utreder``): its lemma is an
    infinitive (in -a, or listed: ``förse``) and the word is that infinitive's present."""
    if token.pos_ != "NOUN":
        return False
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
    if s_infinitive_after_modal(token):
        return "inf"  # "ska träffas", "bör träffas [NOUN]": the modal's infinitive
    if passive_by_spelling(token) or s_present_tagged_supine(token):
        return "pres"  # "ägs" read as a noun, "styrs" read as a supine
    if passive_after_subject(token) or initial_passive_before_agent(token):
        return "pres"
    if bare_relative_supine(token) or supine_after_perfect(token) or supine_in_series(token):
        return "sup"
    if initial_infinitive(token) or closed_tag_infinitive(token):
        return "inf"
    forms = morph_values(token, "VerbForm")
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
    if _opens_pronoun_phrase(token):
        return False
    word = token.lower_
    if word in GRAMMAR.modals or word in ALWAYS_FINITE:
        return True  # (a modal: `is_modal`)
    if not is_verb(token):
        return False
    forms = morph_values(token, "VerbForm")
    if _passive_with_own_subject(token) or s_present_tagged_supine(token):
        return True
    return "Fin" in forms or (not forms and tense_of(token) in {"pres", "past"})


def _passive_with_own_subject(token: Token) -> bool:
    """An s-form tagged infinitive that has a subject of its own and no modal, auxiliary or
    ``att`` before it is the present passive (``Fastigheten ägs av staden``)."""
    return (
        tense_of(token) == "inf"
        and is_passive(token)
        and not after_infinitive_marker(token)
        and any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i < token.i for c in token.children)
        and not any(c.dep_ in AUX_DEPS | {"mark"} for c in token.children)
    )


@memoised
def is_infinitive(token: Token) -> bool:
    return is_verb(token) and not is_modal(token) and tense_of(token) == "inf"


@memoised
def is_supine(token: Token) -> bool:
    return (
        is_verb(token)
        and "Sup" in morph_values(token, "VerbForm")
        and not s_present_tagged_supine(token)
    )


@memoised
def is_passive(token: Token) -> bool:
    if is_modal(token):
        return False  # "förväntas leda": a modal, the infinitive carries the voice
    if token.lower_ in GRAMMAR.deponents or reciprocal(token):
        return False  # finns, hoppas: s-forms that are active, whatever the tagger says
    if "Pass" in morph_values(token, "Voice"):
        return True
    arrays = doc_arrays(token.doc)
    if any(arrays.dep[c] == "aux:pass" for c in arrays.children[token.i]):
        return True
    # SUC's s-form (SFO); or a verb form in -s the tagger called active: no Swedish active
    # infinitive, present or past ends in -s (``får fattas``, ``ska anmälas``).
    word = token.lower_
    spelled = word.isalpha() and word.endswith("s") and not word.endswith("ss")
    s_form = spelled and (is_verb(token) or _passive_infinitive_slot(token))
    return "SFO" in token.tag_ or (s_form and "Imp" not in morph_values(token, "Mood"))


def _passive_infinitive_slot(token: Token) -> bool:
    """A word in -as right after a modal or ``att``, whatever its tag (an indefinite noun or
    an adjective): the passive infinitive (``bör innehas av``)."""
    return (
        token.lower_.endswith("as")
        and token.pos_ not in NON_VERB_POS
        and "Def" not in morph_values(token, "Definite")
        and after_infinitive_marker(token)
    )


def looks_supine(word: str) -> bool:
    """Short supines the tagger takes for infinitives: gett, fått, sett, gått."""
    return word.endswith("tt") and word not in {"ett", "rätt", "sätt", "slutt"}


@memoised
def after_infinitive_marker(token: Token) -> bool:
    """Right after a modal or infinitive ``att`` (adverbs between, or an adverbial
    prepositional phrase: ``att i samverkan med skolan planera``): the place of an
    infinitive."""
    start = sentence_start(token)
    position = _before_adverbs(token.doc, token.i - 1, start)
    if position < start:
        return False
    marker = token.doc[position]
    if is_modal(marker) or marker.lower_ == "att":
        return True
    opening = adverbial_phrase_start(token)
    if opening is None or (token.pos_ in {"NOUN", "PROPN"} and not token.lower_.endswith("as")):
        return False  # a noun after the phrase may be its own (only a passive -as is a verb)
    position = _before_adverbs(token.doc, opening - 1, start)
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


def _before_adverbs(doc: Doc, position: int, start: int) -> int:
    arrays = doc_arrays(doc)
    lower, pos, negations = arrays.lower, arrays.pos, GRAMMAR.negations
    adverbial_adjectives = GRAMMAR.adverbial_adjectives
    while position >= start and (
        _adverb_at(lower[position], pos[position], adverbial_adjectives)
        or lower[position] in negations
    ):
        position -= 1
    return position


def _adverb_at(word: str, pos: str, adverbial_adjectives: frozenset[str]) -> bool:
    """`is_adverb` of a token by its lowercase form and POS."""
    if pos == "ADV" or word in adverbial_adjectives:
        return True
    return word.isalpha() and word.endswith("ligen") and len(word) > 6


PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "CCONJ", "PRON"})
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


@memoised
def could_be_infinitive(token: Token) -> bool:
    """An infinitive by the tagger (any spelling: ``utse``, ``föreslå``, ``ingå``), or a word
    in -a the tagger missed where a modal or infinitive ``att`` demands a verb."""
    if attributive_in_noun_phrase(token):
        return False  # "kommunens och berörda [VERB] myndigheters arbete"
    if is_infinitive(token):
        return True
    word = token.lower_
    if _listed_in_infinitive_place(token):
        return True
    if word.endswith("as") and is_passive(token) and after_infinitive_marker(token):
        return True  # "ska då underrättas": the passive infinitive, often tagged present
    if not (word.isalpha() and word.endswith("a")) or word in GRAMMAR.non_infinitives:
        return False
    if token.pos_ == "ADV" and not lexicon_infinitive(word):
        return False  # "att noga följa": an adverb in -a, not the infinitive
    if adverb_before_infinitive(token):
        return False
    if token.pos_ in NON_VERB_POS or "Part" in morph_values(token, "VerbForm"):
        return False
    if token.pos_ == "NOUN" and "Def" in morph_values(token, "Definite"):
        return False  # "att riktlinjerna följs": a definite noun opens an att-clause
    if after_infinitive_marker(token):
        return True
    # Coordinated with an infinitive ("leda och samordna"): not an adjective form.
    return token.pos_ in {"ADJ", "ADV", "X"} and not _adjective_form(word)


def _listed_in_infinitive_place(token: Token) -> bool:
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


def adjective_form(word: str) -> bool:
    return _adjective_form(word)


def _adjective_form(word: str) -> bool:
    """Spelled as an adjective form in -a (``ekonomiska``), unless the lexicon knows the word
    only as a base form (``granska``)."""
    return word.endswith(GRAMMAR.adjective_endings) and not lexicon_infinitive(word)


def slot_infinitive(token: Token) -> bool:
    """Right after a modal (and its inverted subject), a word in -a, or an infinitive the
    grammar lists (``utse``, ``ange``), is the infinitive whatever its tag (``ska VD:n
    företräda bolaget``)."""
    word = token.lower_
    if attributive_in_noun_phrase(token):
        return False
    if word in GRAMMAR.infinitives:
        return True
    return (
        word.isalpha()
        and word.endswith("a")
        and word not in GRAMMAR.non_infinitives
        and token.pos_ not in NON_VERB_POS - {"PROPN"}
        and not _adjective_form(word)
    )


def closed_tag_infinitive(token: Token) -> bool:
    """``Stadsstyrelsen ska verkställa [PRON] fullmäktiges beslut``: right after a modal (past
    adverbs), a word in infinitive shape (in -a, no adjective ending) that the tagger gave a
    closed-class tag but that is no member of those classes (`closed_class_words`,
    `non_infinitives`) is the modal's infinitive: a closed class has no unknown members."""
    word = token.lower_
    if token.pos_ not in CLOSED_CLASS_POS or not (word.isalpha() and word.endswith("a")):
        return False
    if word in GRAMMAR.closed_class_words or word in GRAMMAR.non_infinitives:
        return False
    if _adjective_form(word):
        return False
    doc, start = token.doc, sentence_start(token)
    position = _before_adverbs(doc, token.i - 1, start)
    return position >= start and is_modal(doc[position])


def genitive_tagged_verb(token: Token) -> bool:
    """``ska också verkställa fullmäktiges [VERB] beslut``: a word tagged VERB right before a
    noun, spelled with the genitive -s, is that noun's genitive and no verb when the lexicon
    knows no verb it could be the s-form of (no ``fullmäktiga``; ``beslutas``, ``läses``,
    ``finns``, the supine ``givits`` stay verbs)."""
    word, doc = token.lower_, token.doc
    if token.pos_ not in VERB_POS or not word.endswith("s") or word in GRAMMAR.deponents:
        return False
    if token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    if passive_by_spelling(token) or "Sup" in morph_values(token, "VerbForm"):
        return False
    lemma = lexicon_lemma(word)  # "givits" → ge: a verb form; "fullmäktiges" → fullmäktig
    if lemma[-1:] in VOWELS:
        return False
    return s_present_lemma(word) not in _lexicon()[1]


def mistagged_after_modal(token: Token) -> bool:
    """No finite verb can follow a modal directly: a finite-tagged word there is an adverb."""
    return (
        token.i > 0
        and is_modal(token.doc[token.i - 1])
        and is_finite(token)
        and not is_modal(token)
        and token.lower_ not in GRAMMAR.perfect | GRAMMAR.copulas
    )


def _supine_spelling(word: str) -> bool:
    """The lexicon reads the word as a verb's supine form (``fastställt`` → fastställa,
    ``godkänt`` → godkänna)."""
    if word.endswith("tt") and word[:-2] in GRAMMAR.infinitives:
        return True  # "utsett" → utse, "avgett" → avge: an infinitive not in -a
    lemma = lexicon_lemma(word)
    return word.isalpha() and word.endswith("t") and lemma.endswith("a") and lemma != word


def _relative_subject(token: Token) -> bool:
    """The word before is a subject that opens a relative clause: after ``som`` (``de planer
    som förbundet``) or right after the noun the clause qualifies (``de ramar
    fullmäktige``)."""
    doc = token.doc
    if token.i < 2 or not _subject_before(token) or doc[token.i - 1].pos_ == "ADV":
        return False
    opener = doc[token.i - 2]
    return opener.lower_ == "som" or (opener.pos_ == "NOUN" and opener.i >= sentence_start(token))


@memoised
def bare_relative_supine(token: Token) -> bool:
    """A relative clause may drop perfect ``har``: ``de planer som förbundet fastställt``.
    The supine (tagged a participle) stands after the clause's subject and closes the clause
    (punctuation, a conjunction or a preposition follows), where an attribute would need its
    noun after it."""
    if token.pos_ in NON_VERB_POS or not _supine_spelling(token.lower_):
        return False
    if "Sup" in morph_values(token, "VerbForm") and token.pos_ in VERB_POS:
        return False  # already a supine by the tagger
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    closes = following is None or following.is_punct or following.pos_ in {"CCONJ", "ADP"}
    return closes and _relative_subject(token)


@memoised
def supine_after_perfect(token: Token) -> bool:
    """Right after perfect ``har``/``hade``, a word the lexicon reads as a supine is one,
    whatever its tag (``som fullmäktige har fastställt [ADJ]``); a participle attribute would
    stand after a determiner (``har ett samlat ansvar``)."""
    pos = token.pos_
    if pos in NON_VERB_POS or pos in VERB_POS or not _supine_spelling(token.lower_):
        return False
    return token.i > sentence_start(token) and token.doc[token.i - 1].lower_ in GRAMMAR.perfect


@memoised
def supine_in_series(token: Token) -> bool:
    """``när den har granskats och godkänts [NOUN]``: right after a coordinator that follows a
    supine, a word the lexicon reads as a supine (active in -t, passive in -ts) is one, the
    second conjunct sharing the perfect ``har``."""
    pos, word = token.pos_, token.lower_
    if pos in NON_VERB_POS or pos in VERB_POS or token.i < 2:
        return False
    spelled = _supine_spelling(word) or (word.endswith("ts") and _supine_spelling(word[:-1]))
    if not spelled or token.doc[token.i - 1].lower_ not in GRAMMAR.coordinators:
        return False
    before = token.doc[token.i - 2]
    return is_supine(before) or supine_after_perfect(before) or bare_relative_supine(before)


@memoised
def attributive_past(token: Token) -> bool:
    """A past-tense form with no subject, right before the noun it qualifies, is a participle
    attribute (``politiskt fattade beslut``, ``, utfärdade föreskrifter``): a finite past
    needs a subject, or a verb it is coordinated with."""
    word, doc = token.lower_, token.doc
    if "Past" not in morph_values(token, "Tense") or not word.endswith(("de", "te")):
        return False
    if token.dep_ == "conj" or any(_counts_as_subject(c) for c in token.children):
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.pos_ not in {"NOUN", "ADV"}:
        return False  # (a compound noun may be read as an adverb: "beslutade styrdokument")
    if "Def" in morph_values(following, "Definite"):
        return False
    before = doc[token.i - 1] if token.i > sentence_start(token) else None
    if before is not None and "Gen" in morph_values(before, "Case"):
        return True  # "kommunens överordnade roll"
    if before is not None and _av_phrase_end(before):
        return True  # "Av nämnden fattade beslut": the av-phrase is the participle's agent
    return before is None or before.pos_ in {"ADV", "ADP", "SCONJ", "PART", "PUNCT", "DET"}


@memoised
def postposed_participle(token: Token) -> bool:
    """``Föreskrifterna utfärdade med stöd av lagen ska följas``: a past form in -de/-te right
    after the noun phrase opening the sentence and before a preposition is a participle
    attribute of that noun when a finite verb follows with no punctuation, coordinator or
    subordinator between: a main clause has one finite verb in second place (V2)."""
    word, doc = token.lower_, token.doc
    if "Past" not in morph_values(token, "Tense") or not word.endswith(("de", "te")):
        return False
    if not _has_sentences(doc):
        return False
    start, end = sentence_start(token), sentence_end(token)
    if token.i <= start or token.i + 1 >= end or doc[token.i + 1].pos_ != "ADP":
        return False
    opening = doc[start : token.i]
    if opening[-1].pos_ not in {"NOUN", "PROPN"} or any(
        t.pos_ not in {"DET", "ADJ", "NOUN", "PROPN"} for t in opening
    ):
        return False
    for following in doc[token.i + 1 : end]:
        lower = following.lower_
        if following.is_punct or lower in GRAMMAR.coordinators or lower in GRAMMAR.subordinators:
            return False
        if lower in GRAMMAR.modals or (
            following.pos_ in VERB_POS and "Fin" in morph_values(following, "VerbForm")
        ):
            return True
    return False


def _av_phrase_end(token: Token) -> bool:
    """The noun ends a phrase opened by ``av`` (past determiners and adjectives)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    arrays = doc_arrays(token.doc)
    lower, pos = arrays.lower, arrays.pos
    position, start = token.i - 1, sentence_start(token)
    while position >= start and pos[position] in {"DET", "ADJ"}:
        position -= 1
    return position >= start and lower[position] == "av"


def _counts_as_subject(child: Token) -> bool:
    """A subject a finite verb could have: not a determiner or genitive the parser made one
    (``alla politiskt fattade beslut``, ``kommunens överordnade roll``)."""
    if not child.dep_.startswith(("nsubj", "expl")):
        return False
    return child.pos_ not in {"DET", "ADJ"} and "Gen" not in morph_values(child, "Case")


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
    base = word.endswith("a") and word in _lexicon()[1] and not _adjective_form(word)
    if not (base or word in GRAMMAR.infinitives) or word in GRAMMAR.non_infinitives:
        return False
    if token.i != sentence_start(token):
        return False
    following = doc[token.i + 1]
    if token.pos_ == "NOUN":
        return following.pos_ == "PRON" and "Acc" in morph_values(following, "Case")
    return following.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM", "ADP", "SCONJ"} and (
        following.lower_ not in GRAMMAR.modals
    )


@memoised
def initial_passive_before_agent(token: Token) -> bool:
    """A subjectless list item or table cell opens with an s-passive (``– Beslutas av
    rektor/förskolechef``, ``– Anmäls till nämnden``), the tagger may read the capitalised
    word as a name or noun: the first word, spelled as the s-form of a verb the lexicon
    knows (`_s_passive_spelling`), right before a preposition (``av`` + agent). A genitive
    never stands there (it precedes its head noun)."""
    doc = token.doc
    if token.pos_ not in {"PROPN", "NOUN", "ADJ", "X"} or token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    if not (following.pos_ == "ADP" or following.lower_ == "av"):
        return False
    return _s_passive_spelling(token.lower_) and token.i == sentence_start(token)


def no_infinitive_spelling(token: Token) -> bool:
    """Tagged infinitive but spelled as none: every Swedish infinitive ends in a vowel (or the
    passive's -s; a supine the tagger took for one ends in -t), so ``ägarpolicyn`` is no verb;
    nor is a word the lexicon knows only as the -a form of an adjective or participle
    (``kommunägda`` → kommunägd, ``samtliga`` → samtlig)."""
    word = token.lower_
    if word in GRAMMAR.non_infinitives:
        return True
    if "Inf" not in morph_values(token, "VerbForm") or not word.isalpha() or word in GRAMMAR.modals:
        return False
    if word[-1] not in VOWELS and word[-1] not in "st":
        return True
    if word.endswith("t") and lexicon_lemma(word)[-1:] not in VOWELS | {""}:
        return True  # "tryggt" → trygg: an adjective's neuter (an adverb), no supine
    return adjective_a_form(word)


def adjective_a_form(word: str) -> bool:
    """The lexicon knows the word only as the -a form of another word, an adjective or
    participle (``kommunägda`` → kommunägd), never as a base form."""
    table, lemmas = _lexicon()
    return word not in lemmas and f"{table.get(word, '')}a" == word


def participle_after_copula(token: Token) -> bool:
    """A supine form after the copula is a participle (``är dock begränsat``, ``är beslutat
    av fullmäktige``): the perfect takes ``har``, never ``är``. Nor does an infinitive follow
    a finite copula: a word tagged one there is a predicative (``är ense om``)."""
    forms = morph_values(token, "VerbForm")
    if "Sup" not in forms and "Inf" not in forms:
        return False
    position = token.i - 1
    start = sentence_start(token)
    arrays = doc_arrays(token.doc)
    lower, pos, negations = arrays.lower, arrays.pos, GRAMMAR.negations
    while position > start and (pos[position] == "ADV" or lower[position] in negations):
        position -= 1
    if position < start:
        return False
    copula = lower[position]
    return copula in GRAMMAR.copulas if "Sup" in forms else copula in {"är", "var"}


def lexicon_base_form(word: str) -> bool:
    """The lexicon knows the word as a base form (``upprätta``, also a form of upprätt)."""
    return word in _lexicon()[1]


def _present_spelling(word: str) -> bool:
    """The lexicon reads the word as a present: its lemma is an infinitive in -a and the word
    that infinitive + -r (``strävar``) or its stem + -er (``bereder``)."""
    lemma = lexicon_lemma(word)
    if not (word.isalpha() and lemma.endswith("a")) or word in _lexicon()[1]:
        return False
    return word in {f"{lemma}r", f"{lemma[:-1]}er"}


@memoised
def present_in_subordinate_clause(token: Token) -> bool:
    """``för att förvaltningen strävar [ADV] efter …``: in a clause opened by a subordinator,
    right after its subject, a word the lexicon reads as a present is the clause's verb."""
    pos = token.pos_
    if pos in VERB_POS or pos in NON_VERB_POS or not _present_spelling(token.lower_):
        return False
    if token.i == sentence_start(token) or not _subject_before(token):
        return False
    position = token.i - 1
    start = sentence_start(token)
    arrays = doc_arrays(token.doc)
    lower, pos, subordinators = arrays.lower, arrays.pos, GRAMMAR.subordinators
    while position > start and pos[position] in {"ADV", "NOUN", "PROPN", "PRON", "DET", "ADJ"}:
        if lower[position] in subordinators:
            break
        position -= 1
    return lower[position] in subordinators


def noun_by_lexicon(token: Token) -> bool:
    """Tagged a present or supine, but the lexicon reads the word as a noun: a present whose
    lemma is no verb (``grundsatser`` → grundsats: every infinitive ends in a vowel), or a
    base form no verb inflects to (``räkenskaper``, ``tillit``)."""
    word = token.lower_
    present = "Pres" in morph_values(token, "Tense") and word.endswith("r")
    if not word.isalpha() or not (present or "Sup" in morph_values(token, "VerbForm")):
        return False
    table, lemmas = _lexicon()
    lemma = table.get(word)
    if lemma is None:
        return word in lemmas
    return present and lemma[-1] not in VOWELS and f"{lemma}a" not in lemmas


NOMINAL_MARKERS = frozenset({"case", "det", "nmod:poss"})


def noun_by_phrase(token: Token) -> bool:
    """Tagged a finite verb, but it heads a noun phrase: the word right before it is its
    preposition or determiner (``av jäv``, ``sitt jäv``), which no finite verb takes,
    it has no subject, and the lexicon knows the word as a base form (the noun's)."""
    if token.i == 0 or "Fin" not in morph_values(token, "VerbForm"):
        return False
    before = token.doc[token.i - 1]
    if before.head.i != token.i or before.dep_ not in NOMINAL_MARKERS:
        return False
    if any(child.dep_.startswith("nsubj") for child in token.children):
        return False
    return token.lower_ in _lexicon()[1]


def supine_after_determiner(token: Token) -> bool:
    """A supine form after a determiner is an attribute (``har ett samlat ansvar``)."""
    if "Sup" not in morph_values(token, "VerbForm") or token.i == 0:
        return False
    return token.doc[token.i - 1].pos_ == "DET"


SERIES_MISTAGS = frozenset({"NOUN", "ADJ", "ADV"})


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
    if not _has_sentences(token.doc):
        return False
    return _after_series_joint(token) and _series_head(token) is not None


@memoised
def present_after_pronoun(token: Token) -> bool:
    """``De ej närvarar ersätts …``, ``Vi levererar …``: right after a subject pronoun (past
    adverbs and a negation) stands its finite verb, so a present the tagger read as a noun,
    adjective or adverb there is one when the lexicon knows the word as a verb's present."""
    word = token.lower_
    if token.pos_ not in SERIES_MISTAGS or not word.isalpha() or not present_spelling(word):
        return False
    if not _has_sentences(token.doc):
        return False
    arrays = doc_arrays(token.doc)
    lower, pos, dep = arrays.lower, arrays.pos, arrays.dep
    position, start = token.i - 1, sentence_start(token)
    negations = GRAMMAR.negations
    while position >= start and (pos[position] in {"ADV", "PART"} or lower[position] in negations):
        position -= 1
    if position < start or pos[position] != "PRON" or lower[position] in GRAMMAR.subordinators:
        return False
    pronoun = token.doc[position]
    return dep[position].startswith("nsubj") or "Nom" in morph_values(pronoun, "Case")


def present_after_fronted(token: Token) -> bool:
    """``Vid förfall för VD inträder ekonomichefen …``: Swedish is V2, so after an adverbial
    phrase opening the sentence stands its finite verb; a present the tagger read as a noun,
    adjective or adverb there is one when the lexicon knows the word as a verb's present and
    a subject (a definite noun, a proper noun or a subject pronoun) follows it, or the
    ``att``-clause that is its subject (``På ordföranden ankommer (även, enligt lag) att
    kalla …``; an insertion in commas may stand between)."""
    word = token.lower_
    if token.pos_ not in SERIES_MISTAGS or not word.isalpha() or not present_spelling(word):
        return False
    if not _has_sentences(token.doc) or adverbial_phrase_start(token) != sentence_start(token):
        return False
    doc, following = token.doc, token.i + 1
    if following >= len(doc):
        return False
    if _subject_word(doc[following]):
        return True
    adverbial = {"ADV", "ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN"}  # "enligt lag", "även"
    while following < len(doc) and doc[following].pos_ in adverbial:
        if doc[following].pos_ == "NOUN" and doc[following - 1].pos_ in {"ADV", "PUNCT"}:
            return False  # a noun phrase no preposition governs: an object, no adverbial
        following += 1
    return following < len(doc) and doc[following].lower_ in {"att", ","}


def _subject_word(token: Token) -> bool:
    """A word that opens an inverted subject: a definite noun, a proper noun or a pronoun in
    the nominative."""
    if token.pos_ == "NOUN":
        return "Def" in morph_values(token, "Definite")
    if token.pos_ == "PRON":
        return "Nom" in morph_values(token, "Case")
    return token.pos_ == "PROPN"


def _has_sentences(doc: Doc) -> bool:
    """A series lies inside one sentence: a Doc without sentence boundaries (no parse, no
    sentencizer: a bare list item in a rule test) has no series to read."""
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")


def present_spelling(word: str) -> bool:
    """The word is a present (-ar, -er, -r) of an infinitive the lexicon knows as a base
    form, and the lexicon reads the word as that verb (or its agent noun in -are), not as a
    noun's plural (``åtgärder`` → åtgärd, ``frågor`` → fråga)."""
    if not word.endswith("r") or len(word) < 4:
        return False
    infinitive = present_lemma(word)
    table, lemmas = _lexicon()
    if infinitive[-1:] not in VOWELS or infinitive not in lemmas:
        return False
    return table.get(word, "") in {infinitive, f"{word}e"}


@memoised
def fora_in_series(token: Token) -> bool:
    """``Juristen biträder nämnden och för dess talan``: ``för`` after a coordinator, before a
    noun phrase, in a series of verb phrases whose conjuncts since the first verb hold no
    preposition, is the present of ``föra``: a prepositional phrase coordinates with one
    (``svarar för X och för Y``, ``arbetar med X och för Y``), never with an object."""
    if token.lower_ != "för" or not _has_sentences(token.doc):
        return False
    if token.i + 1 >= sentence_end(token):
        return False
    arrays = doc_arrays(token.doc)
    lower, pos = arrays.lower, arrays.pos
    following = token.i + 1
    if lower[following] == "att" or pos[following] not in {"DET", "ADJ", "NOUN", "PROPN", "PRON"}:
        return False
    joint = _joint_before(token)
    if joint is None or lower[joint] not in GRAMMAR.coordinators:
        return False
    if joint + 1 < token.i and joint > 0 and pos[joint - 1] == "ADV":
        return False  # "verkar aktivt och långsiktigt för samverkan": coordinated adverbs
    if _fronted_phrase_of_clause(following, token):
        return False  # "och för detta krävs resurser": a new clause's fronted phrase
    head = _series_head(token)
    return head is not None and "ADP" not in pos[head + 1 : joint]


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


def _series_head(token: Token) -> int | None:
    """The first verb of the series the word continues: the sentence's first finite present
    (tagged, or spelled as one right after the opening noun), with no subordinator, colon or
    semicolon between it and the word."""
    doc = token.doc
    arrays = doc_arrays(doc)
    lower, pos = arrays.lower, arrays.pos
    subordinators = GRAMMAR.subordinators
    for position in range(sentence_start(token) + 1, token.i):
        word = lower[position]
        if word in {":", ";"} or (word in subordinators and pos[position] != "ADP"):
            return None
        if pos[position] in VERB_POS:
            tagged = word not in GRAMMAR.modals and "Pres" in morph_values(doc[position], "Tense")
            if tagged:
                return position
        elif (
            pos[position] in SERIES_MISTAGS
            and pos[position - 1] in {"NOUN", "PROPN"}
            and word.isalpha()
            and present_spelling(word)
        ):
            return position
    return None


V1_SUBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})
V1_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "?"})
MAX_V1_CLAUSE_TOKENS = 10


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
    doc = token.doc
    if not token.text[:1].isupper() or not _v1_finite_form(token):
        return None
    if not doc.has_annotation("SENT_START"):
        return None
    start, end = sentence_start(token), sentence_end(token)
    if token.i != start or end - start < 5:
        return None
    arrays = doc_arrays(doc)
    lower, pos = arrays.lower, arrays.pos
    if "?" in lower[start:end]:
        return None
    subject = start + 1
    while subject < end and (pos[subject] == "ADV" or lower[subject] in GRAMMAR.negations):
        subject += 1
    if subject >= end or pos[subject] not in V1_SUBJECT_POS:
        return None
    for position in range(subject + 1, min(end - 1, start + MAX_V1_CLAUSE_TOKENS)):
        word = lower[position]
        if word in V1_CLAUSE_BREAKS or word in GRAMMAR.subordinators:
            return None
        if not _tagged_finite(doc[position]):
            continue
        if lower[position - 1] in GRAMMAR.coordinators:
            return None  # "Leder förvaltningen och ansvarar för …": a subjectless series
        return position if pos[position + 1] != "PUNCT" else None
    return None


def _v1_finite_form(token: Token) -> bool:
    """A finite verb by its word (a modal, ``är``, ``har``), its tag, or its spelling as an
    s-passive or present of a verb the lexicon knows."""
    word = token.lower_
    if not word.isalpha() or word in GRAMMAR.subordinators:
        return False
    if word in GRAMMAR.modals or word in ALWAYS_FINITE or _tagged_finite(token):
        return True
    return _s_passive_spelling(word) or present_spelling(word)


def _tagged_finite(token: Token) -> bool:
    if token.lower_ in GRAMMAR.modals or token.lower_ in ALWAYS_FINITE:
        return True
    return token.pos_ in VERB_POS and "Fin" in morph_values(token, "VerbForm")
