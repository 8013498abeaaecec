"""Deontic cues: ``configs/deontics.yaml`` compiled into one spaCy ``Matcher``.

Every cue phrase becomes a token pattern: its words by lowercase form, ``*`` as any one
word, and between two words any number of adverbs and at most one negation (``ansvarar
också för``, ``äger inte rätt att``); before a noun or adjective of the cue, a determiner and
modifiers (``har en extraordinär möjlighet att``). A phrase whose verb is listed as an
infinitive also matches the verb's other forms by lemma (``se till att``: ``ser``, ``såg``,
``sett till att``), in a second Matcher run only on Docs that carry lemmas. The matches of a
Doc are indexed by their first token once (`index_cues`); the statement rules look a cue up
by the verb that opens it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.matcher import Matcher
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline.language.grammar import (
    GRAMMAR,
    RESPONSIBILITY_PREPOSITIONS,
    DeonticCues,
    Grammar,
    active_grammar,
)
from pipeline.language.spelling import supine_spelling
from pipeline.nlp.coordination import adverbial_landing
from pipeline.nlp.groups import PRE_HEAD_POS, Group, coordinated, time_phrase_words
from pipeline.nlp.memo import lower_words, morph_values, sentence_end, sentence_start
from pipeline.nlp.patterns import FirstWordPatterns, Parts, UnsupportedPattern, token_rows
from pipeline.nlp.predicative import QUOTES
from pipeline.nlp.subjects import fronted_for_phrase, modifier_negation
from pipeline.nlp.verb_fallbacks import (
    adverbial_before_infinitive,
    att_subject_word,
    supine_before_att,
)
from pipeline.nlp.verb_forms import base_form_word, lexicon_base_form, lexicon_infinitive
from pipeline.nlp.verbs import (
    could_be_infinitive,
    is_adverb,
    is_finite,
    is_infinitive,
    is_passive,
    is_supine,
    is_time_noun,
    listed_in_infinitive_place,
    verb_lemma,
)


@dataclass(frozen=True)
class CueMatch:
    deontic: str
    end: int  # token index after the cue's last word
    words: int
    negated: bool


CueIndex = dict[int, CueMatch]
RESPONSIBILITY_NOUN_REACH = 8  # tokens from "har" to its -ansvar noun (adverb, hyphen series)


# Prepositions of a cue before which an adjective in neuter -t may stand as an adverb
# (``ansvarar gemensamt för``); never before ``att`` (``har svårt att`` is no ``har att``).
_AFTER_ADVERBIAL_ADJECTIVE = frozenset({"för", "inför", "på"})


def _gap(following: str = "", adverbs: frozenset[str] = frozenset()) -> list[dict]:
    negations = sorted(GRAMMAR.negations)
    adjective = (
        [{"LOWER": {"IN": sorted(GRAMMAR.adverbial_adjectives)}, "OP": "?"}]
        if following in _AFTER_ADVERBIAL_ADJECTIVE
        else []
    )
    listed = [{"LOWER": {"IN": sorted(adverbs)}, "OP": "?"}] if adverbs else []
    # "har likaledes [VERB] till uppgift att": an adverb whatever its tag (round 43, bf 8)
    misread = [{"LOWER": {"IN": sorted(GRAMMAR.misread_adverbs)}, "OP": "?"}]
    # "ansvarar dels för X, dels för Y", "är både ansvarig för": a correlative (round 38, B7)
    correlative = (
        [{"LOWER": {"IN": sorted(GRAMMAR.cue_correlatives)}, "OP": "?"}]
        if following and GRAMMAR.cue_correlatives
        else []
    )
    # "Styrelsen ”ansvarar” för": a quotation mark closing the word before keeps the cue
    # (round 50 b2: the marks do not change the grammar)
    quote = {"LOWER": {"IN": sorted(QUOTES)}, "OP": "?"}
    return [
        quote,
        *adjective,
        *listed,
        *(misread if GRAMMAR.misread_adverbs else []),
        {"POS": "ADV", "OP": "*", "LOWER": {"NOT_IN": negations}},
        {"LOWER": {"IN": negations}, "OP": "?"},
        {"POS": "ADV", "OP": "*", "LOWER": {"NOT_IN": negations}},
        *correlative,
    ]


# Words of a cue that take no determiner or modifier before them: the infinitive marker and
# the prepositions of the listed phrases.
_FUNCTION_WORDS = frozenset({"att", "för", "till", "i", "inför", "*"})


def _modifiers() -> list[dict]:
    """A determiner and up to two modifiers before a cue's noun or adjective (``har ett
    övergripande ansvar för``; the tagger often reads an attributive adjective as a noun)."""
    return [
        {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"},
        {"POS": {"IN": ["ADJ", "NOUN"]}, "OP": "{,2}"},
    ]


_PARTICLES = sorted(GRAMMAR.noun_tagged_particles)


def _inverted_subject(following: str) -> list[dict]:
    """A noun phrase between a cue's verb and the rest of it: the subject after the verb in a
    V2 clause whose first place holds something else (``Härutöver ansvarar styrelsen för``);
    its head may follow a genitive or a title noun (``har kommunens representant rätt att``,
    ``har vice ordföranden skyldighet att``: round 14, analysis 13 cause 7). The tagger
    sometimes calls a definite head an adjective (``är revisorn [ADJ] alltid skyldig att``);
    so may the head be before a cue's noun or adjective, never before its function word
    (``har svårt att`` is no ``har att``)."""
    heads = ["NOUN", "PROPN"] if following in _FUNCTION_WORDS else ["NOUN", "PROPN", "ADJ"]
    return [
        {"POS": "DET", "OP": "?"},
        {"POS": "ADJ", "OP": "*"},
        # no verb particle the tagger calls a noun (``komma överens … att``: round 41, C7)
        {"POS": {"IN": heads}, "LOWER": {"NOT_IN": _PARTICLES}},
        {"POS": {"IN": ["NOUN", "PROPN"]}, "OP": "?"},
        # a title's two-word personal name (``har ekonomichef Lars Ek rätt att``: w58a H)
        {"POS": "PROPN", "OP": "?"},
    ]


def _coordinated_subject(following: str) -> list[dict]:
    """A second inverted subject coordinated with the first (``Vid sjukdom har ordföranden
    och vice ordföranden rätt att``, round 43 nu43-2): a noun-phrase coordinator, then a
    noun phrase like `_inverted_subject`'s, a title word (``vice``) the tagger may call a
    noun or an adverb before its head."""
    return [
        {"LOWER": {"IN": _NOUN_PHRASE_COORDINATORS}},
        {"POS": "DET", "OP": "?"},
        {"POS": {"IN": ["ADJ", "ADV"]}, "OP": "*"},
        *_inverted_subject(following)[2:],
    ]


_NOUN_PHRASE_COORDINATORS = sorted(GRAMMAR.noun_phrase_coordinators)


def _subject_attribute(following: str, *, pinned: bool) -> list[dict]:
    """A prepositional attribute of an inverted subject (``har kommunens representant i
    rådet rätt att``); its preposition is not the cue's next word (``ansvarar nämnden för X
    för Y`` is ``ansvarar för`` X), unless the cue is `pinned` (`pinned_cue`: ``har
    ledamöterna i utskottet i uppdrag att``), whose attribute noun may also be followed by a
    name or a second noun (``i Umeå kommun``)."""
    preposition: dict = {"POS": "ADP"}
    if not pinned:
        preposition["LOWER"] = {"NOT_IN": [following]}
    second_noun = [{"POS": {"IN": ["NOUN", "PROPN"]}, "OP": "?"}] if pinned else []
    return [
        preposition,
        {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"},
        {"POS": "ADJ", "OP": "*"},
        {"POS": {"IN": ["NOUN", "PROPN"]}},
        *second_noun,
    ]


def pinned_cue(words: Sequence[str]) -> bool:
    """A cue whose rest after its verb holds a content word (``har rätt att``, ``är skyldig
    att``, ``har i uppdrag att``): that word pins where an inverted subject ends, so the
    subject may carry a run of attributes. A rest of function words only (``har att``,
    ``ansvarar för``) pins nothing: ``har uppsikt över nämndernas verksamhet i syfte att``
    is an object and adverbials before a purpose clause, no ``har att``."""
    return any(word not in _FUNCTION_WORDS for word in words[1:])


# The most prepositional attributes an inverted subject of a pinned cue takes before the
# cue's rest, each a variant of its own (``har den ansvariga läkaren på kliniken i Umeå rätt
# att``); an unpinned cue's subject takes one at most.
SUBJECT_ATTRIBUTES = 3


def _adverbial_phrase(following: str) -> list[dict]:
    """A prepositional phrase between a cue's verb and the rest of it (``ansvarar inom sitt
    område för``, ``är inom förvaltningen ansvarig för``); its preposition is not the cue's
    next word (``ansvarar för X för Y`` stays one cue). Before ``att`` its noun is none that
    takes an ``att``-infinitive (`infinitive_complement_nouns`): ``har för avsikt att`` is an
    intention whose complement the infinitive is, no ``har att`` (round 40, ax cause 3).
    The phrase is a full noun phrase: a genitive (or any first noun) with its own attributes
    may stand before the head (``har enligt förbundets nya ordning att``, ``svarar tillsammans
    med bolagets revisor för``: round 55, ci-G1); no second preposition inside. That first
    word is an attribute by its place (after the preposition, before the head noun), whatever
    its tag: the tagger gives a compound genitive VERB (``har enligt kommunfullmäktiges beslut
    i uppdrag att``: gen56 #1) or ADJ. Only LOWER/POS/LEMMA specs (`pipeline.nlp.patterns`)."""
    head: dict = {"POS": {"IN": ["NOUN", "PROPN"]}}
    if following == "att":
        head["LOWER"] = {"NOT_IN": _COMPLEMENT_NOUNS}
    return [
        {"POS": "ADP", "LOWER": {"NOT_IN": [following]}},
        {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"},
        {"POS": "ADJ", "OP": "*"},
        {"POS": {"IN": ["NOUN", "PROPN", "VERB"]}, "OP": "?"},
        {"POS": "ADJ", "OP": "*"},
        head,
    ]


def _predicative_conjunct() -> list[dict]:
    """An adjective or participle and ``och`` before a copula cue's predicative (``är
    självständig och [inför årsmötet] ansvarig för``: round 47, bo G3): the cue's adjective
    is the second conjunct of the predicative."""
    return [{"POS": {"IN": ["ADJ", "VERB"]}}, {"LOWER": "och"}]


_COMPLEMENT_NOUNS = sorted(GRAMMAR.infinitive_complement_nouns)


# The most words of an insertion in commas between a cue's verb and the rest of it.
PARENTHETICAL_WORDS = 12
# The words of an insertion after an inverted subject (its opener included): one fewer than a
# parenthetical's, as round 49 (49-p P2) set it.
SUBJECT_INSERTION_WORDS = PARENTHETICAL_WORDS - 1


def _parenthetical() -> list[dict]:
    """An insertion in commas between a cue's verb and the rest of it: a prepositional
    phrase or an adverb with its complement (``har, enligt lagen (2001:100) om kultur, till
    uppgift att``, ``ansvarar, i enlighet med fullmäktiges beslut, för``, ``är, enligt
    aktiebolagslagen, skyldig att``); no verb and no comma inside it (round 21, cause B1)."""
    return [
        {"LOWER": ","},
        {"POS": {"IN": ["ADP", "ADV"]}},
        {
            "LOWER": {"NOT_IN": [","]},
            "POS": {"NOT_IN": ["VERB", "AUX"]},
            "OP": f"{{,{PARENTHETICAL_WORDS - 1}}}",
        },
        {"LOWER": ","},
    ]


# The most words inside brackets after an inverted subject (``har valnämnden (tidigare
# valgruppen) rätt att``).
BRACKET_WORDS = 6


def _bracket() -> list[dict]:
    """A bracket right after an inverted subject: its abbreviation or a former name
    (``Därför har kommunstyrelsen (KS) rätt att``); no verb and no bracket inside it (round
    42, ba-9)."""
    return [
        {"LOWER": "("},
        {
            "LOWER": {"NOT_IN": ["(", ")"]},
            "POS": {"NOT_IN": ["VERB", "AUX"]},
            "OP": f"{{1,{BRACKET_WORDS}}}",
        },
        {"LOWER": ")"},
    ]


def _subject_insertion() -> list[dict]:
    """An insertion in commas after an inverted subject, before a pinned cue's rest: a
    participle phrase or rank adverbial on the subject (``har en representant för X, i
    första hand utsedd av Y, rätt att``, ``har ledamoten, enligt stadgan, rätt att``; round
    49, 49-p P2): a preposition or adverb, then words that are no comma and no
    infinitive marker (its participle may be tagged a verb, a noun or an adjective); at most
    `SUBJECT_INSERTION_WORDS` words between the commas, the opener included. A substitute
    in the commas (``har ordföranden, i hans ställe vice ordföranden, rätt att``) is passed
    over: the statement is the inverted subject's only (review 50, S7)."""
    return [
        {"LOWER": ","},
        {"POS": {"IN": ["ADP", "ADV"]}},
        {"LOWER": {"NOT_IN": [",", ";", ":", "att"]}, "OP": f"{{,{SUBJECT_INSERTION_WORDS - 1}}}"},
        {"LOWER": ","},
    ]



def _insertion() -> list[dict]:
    """An adverbial without commas between a pinned cue's verb and the rest of it, longer
    than `_adverbial_phrase` (``har i enlighet med lag (2017:725) till uppgift att``, ``är
    enligt beslut av fullmäktige skyldig att``): a preposition or adverb, then words that are
    no verb, comma or infinitive marker (round 22, cause B1); the rest's content word pins
    where it ends (`pinned_cue`). Its closing comma may stand where the opening one was lost
    or strayed before the verb (``Styrelsen, har tillsammans med nämnden, uppdraget att``;
    round 53, analysis 53b-cb N3)."""
    return [
        {"POS": {"IN": ["ADP", "ADV"]}},
        {
            "LOWER": {"NOT_IN": [",", ":", ";", "att"]},
            "POS": {"NOT_IN": ["VERB", "AUX"]},
            "OP": f"{{,{PARENTHETICAL_WORDS - 1}}}",
        },
        {"LOWER": ",", "OP": "?"},
    ]


def _role(opener: Sequence[str]) -> list[dict]:
    """A role between a responsibility verb and its preposition: a role opener (``som``,
    ``såsom``, ``i egenskap av``: configs/deontics.yaml `responsibility_roles`) and a noun
    phrase (``ansvarar i egenskap av huvudman för``, ``ansvarar som kommunens arbetsgivare
    för``; round 34, B3); a genitive owner and two attributes before its head (``har som
    föreningens främsta verkställande organ till uppgift att``; round 49, 49-az C2)."""
    return [
        *({"LOWER": word} for word in opener),
        {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"},
        {"POS": {"IN": ["ADJ", "NOUN", "PROPN"]}, "OP": "{,3}"},
        {"POS": {"IN": ["NOUN", "PROPN"]}},
    ]


def cue_pattern(words: Sequence[str], **flags: Any) -> list[dict]:
    """The token pattern of a cue phrase, spec by spec (`cue_parts` flattened: what spaCy's
    ``Matcher`` takes)."""
    return cue_parts(words, **flags).specs()


def cue_parts(
    words: Sequence[str],
    *,
    inverted: bool = False,
    by_lemma: bool = False,
    adverbial: bool = False,
    parenthetical: bool = False,
    inserted: bool = False,
    attributes: int = 0,
    bracketed: bool = False,
    coordinated: bool = False,
    apposed: bool = False,
    conjunct: int = 0,
    lemma_words: frozenset[str] = frozenset(),
    adverbs: frozenset[str] = frozenset(),
    role: Sequence[str] = (),
) -> Parts:
    """The token pattern of a cue phrase as its shared parts (`_shared`); `inverted` puts a
    subject after its first word (with `attributes` prepositional attributes in a row,
    `bracketed` a bracket after it, `apposed` an insertion in commas after it:
    `_subject_insertion`), `adverbial` a prepositional phrase;
    `parenthetical` an insertion in commas (`_parenthetical`), `inserted` a longer one
    without them (`_insertion`);
    `by_lemma` matches the first word (an infinitive) by lemma, and so the later words in
    `lemma_words` (the purpose nouns in any number and definiteness: ``har som sina
    viktigaste uppgifter att``); `adverbs` may stand once in each gap (``är ensam ansvarig
    för``, ``ansvarar själv för``); `role` a role opener and its noun phrase before the last
    word (`_role`). `FirstWordPatterns` compiles each shared part once, not its specs
    again in every pattern."""
    after_first = _AfterFirstWord(
        inverted=inverted,
        attributes=attributes,
        bracketed=bracketed,
        coordinated=coordinated,
        apposed=apposed,
        adverbial=adverbial,
        conjunct=conjunct,
        parenthetical=parenthetical,
        inserted=inserted,
    )
    # the parts up to the second word's gap and those after it: the same in every variant
    # (`_variants`) of a cue, built once per grammar (`_shared`)
    head, tail = _shared(_frame, tuple(words), by_lemma, lemma_words, adverbs, tuple(role))
    if len(words) < 2:
        return Parts(head)
    return Parts((*head, *after_first.tokens(words, words[1]), *tail))


def _frame(
    words: tuple[str, ...],
    by_lemma: bool,
    lemma_words: frozenset[str],
    adverbs: frozenset[str],
    role: tuple[str, ...],
) -> list[tuple[tuple[dict, ...], ...]]:
    """A cue's parts without what stands after its first word (`_AfterFirstWord`): those up
    to the second word's gap, and those after it."""
    head: list[tuple[dict, ...]] = []
    tail: list[tuple[dict, ...]] = []
    for position, word in enumerate(words):
        pattern = tail if position > 1 else head
        if position:
            pattern.append(_shared(_gap, word, adverbs))
            pattern = tail
        if position and position == _role_position(words) and role:
            pattern.append(_shared(_role, role))
            pattern.append(_shared(_gap))
        if position and word not in _FUNCTION_WORDS:
            pattern.append(_shared(_modifiers))
        by_its_lemma = by_lemma and (position == 0 or word in lemma_words)
        key = "LEMMA" if by_its_lemma else "LOWER"
        pattern.append(_shared(_word, key, word))
    return [tuple(head), tuple(tail)]


@dataclass(frozen=True)
class _AfterFirstWord:
    """What a cue pattern lets stand after its first word (the flags of `cue_pattern`)."""

    inverted: bool
    attributes: int
    bracketed: bool
    coordinated: bool
    apposed: bool
    adverbial: bool
    conjunct: int
    parenthetical: bool
    inserted: bool

    def tokens(self, words: Sequence[str], word: str) -> list[tuple[dict, ...]]:
        """The parts before `word`, the cue's second word, each with its gap."""
        pattern: list[tuple[dict, ...]] = []
        if self.inverted:
            pattern.extend(self._subject(words, word))
            pattern.append(_shared(_gap))
        if self.adverbial:
            pattern.append(_shared(_adverbial_phrase, word))
            pattern.append(_shared(_gap))
        if self.conjunct:
            pattern.append(_shared(_predicative_conjunct))
            if self.conjunct > 1:
                pattern.append(_shared(_adverbial_phrase, word))
            pattern.append(_shared(_gap))
        if self.parenthetical:
            pattern.append(_shared(_parenthetical))
            pattern.append(_shared(_gap))
        if self.inserted:
            pattern.append(_shared(_insertion))
            pattern.append(_shared(_gap))
        return pattern

    def _subject(self, words: Sequence[str], word: str) -> list[tuple[dict, ...]]:
        """The inverted subject with its attributes, bracket, conjunct and insertion."""
        pattern = [_shared(_inverted_subject, word)]
        for _ in range(self.attributes):
            pattern.append(_shared(_pinned_attribute, word, pinned_cue(words)))
        if self.bracketed:
            pattern.append(_shared(_bracket))
        if self.coordinated:
            pattern.append(_shared(_coordinated_subject, word))
        if self.apposed:
            pattern.append(_shared(_subject_insertion))
        return pattern


def _word(key: str, word: str) -> list[dict]:
    return [{} if word == "*" else {key: word}]


def _pinned_attribute(following: str, pinned: bool) -> list[dict]:
    return _subject_attribute(following, pinned=pinned)


# The token specs of the cue patterns' parts by ``id(grammar)``, then (builder, arguments):
# see `_shared`. A grammar's specs go when the grammar does (`_specs_of`).
_SHARED_SPECS: dict[int, dict[tuple, tuple[dict, ...]]] = {}


def _shared(build: Callable[..., list[dict]], *arguments: Hashable) -> tuple[dict, ...]:
    """``build(*arguments)``, built once per active grammar and arguments and then shared by
    every cue pattern that has that part (read-only: never change a spec of a pattern). A
    builder reads only its arguments, the grammar and module constants. The ~6,000 cue
    patterns hold ~170,000 specs, few of them distinct: `FirstWordPatterns` compiles a
    shared spec once, by identity, instead of writing each out (``repr``) to compare it."""
    specs = _specs_of(active_grammar())
    key = (build, arguments)
    found = specs.get(key)
    if found is None:
        found = specs[key] = tuple(build(*arguments))
    return found


def _specs_of(grammar: Grammar) -> dict[tuple, tuple[dict, ...]]:
    """The shared specs of `grammar`, dropped when it is collected (tests load many grammars;
    a dropped grammar's id may be reused, never its specs)."""
    specs = _SHARED_SPECS.get(id(grammar))
    if specs is None:
        specs = _SHARED_SPECS[id(grammar)] = {}
        weakref.finalize(grammar, _SHARED_SPECS.pop, id(grammar), None)
    return specs


def _listed_as_infinitive(words: Sequence[str]) -> bool:
    """``se till att``, ``ansvara för``, ``åligga``: a verb phrase listed with its infinitive
    (Swedish infinitives end in a vowel; ``ha``, ``se``, ``äga``)."""
    verb = words[0]
    return verb.isalpha() and verb[-1] in "aeiouyåäö"


# What may stand after a cue's first word: nothing, an inverted subject (with up to
# `SUBJECT_ATTRIBUTES` prepositional attributes), an adverbial phrase, an insertion in
# commas, an inverted subject with a bracket after it. Every multiword phrase of
# configs/deontics.yaml gets them all, so the inverted
# subject splits any of them (``har X rätt att``, ``är X skyldig att``, ``har X till
# uppgift att``, ``äger X rätt att``).
_VARIANTS: tuple[dict[str, bool | int], ...] = (
    {},
    {"inverted": True},
    {"adverbial": True},
    {"parenthetical": True},
    {"inverted": True, "bracketed": True},
    {"inverted": True, "coordinated": True},
    *({"inverted": True, "attributes": n} for n in range(1, SUBJECT_ATTRIBUTES + 1)),
)


def _variants(words: Sequence[str]) -> tuple[dict[str, bool | int], ...]:
    """The variants a cue phrase is compiled in: a one-word cue has no rest to split, an
    unpinned cue's inverted subject takes one attribute at most (`pinned_cue`); a phrase with
    ``*`` takes no insertion without commas, whose end its any-word slots would move past a
    comma and a verb (``har … 2005, överlämnat ansvaret för``: round 23, D1)."""
    if len(words) == 1:
        return _VARIANTS[:1]
    if words[0] in GRAMMAR.copulas:
        return (*_base_variants(words), *_CONJUNCT_VARIANTS)
    return _base_variants(words)


# A copula cue's predicative may be a second conjunct, with an adverbial phrase before it or
# not (`_predicative_conjunct`)
_CONJUNCT_VARIANTS: tuple[dict[str, bool | int], ...] = ({"conjunct": 1}, {"conjunct": 2})


# A pinned cue's inverted subject, with one attribute or none, may carry an insertion in
# commas before the cue's rest (`_subject_insertion`).
_APPOSED_VARIANTS: tuple[dict[str, bool | int], ...] = (
    {"inverted": True, "apposed": True},
    {"inverted": True, "attributes": 1, "apposed": True},
)


# A pinned cue's inverted subject with a prepositional attribute may have a second conjunct
# after it (``har ledamöter i nämnden samt ekonomichefen rätt att``: round 52, al-P5).
_ATTRIBUTED_CONJUNCT_VARIANT: dict[str, bool | int] = {
    "inverted": True,
    "attributes": 1,
    "coordinated": True,
}


def _base_variants(words: Sequence[str]) -> tuple[dict[str, bool | int], ...]:
    if pinned_cue(words):
        pinned = (*_VARIANTS, *_APPOSED_VARIANTS, _ATTRIBUTED_CONJUNCT_VARIANT)
        return pinned if "*" in words else (*pinned, {"inserted": True})
    return tuple(v for v in _VARIANTS if v.get("attributes", 0) <= 1)


def _gap_adverbs(words: Sequence[str], deontic: str, cues: DeonticCues) -> frozenset[str]:
    """The one-word `responsibility_adverbials` a responsibility phrase closed by ``för`` or
    ``över`` admits in its gaps (configs/deontics.yaml, round 19 cause B6)."""
    closed = len(words) >= 2 and words[-1] in RESPONSIBILITY_PREPOSITIONS and "*" not in words
    return cues.responsibility_adverbs if deontic == "responsibility" and closed else frozenset()


def _roles(words: Sequence[str], deontic: str, cues: DeonticCues) -> tuple[tuple[str, ...], ...]:
    """The role openers a two-word responsibility phrase closed by ``för`` or ``över``
    (``ansvarar för``, ``svarar för``) admits before its preposition (round 34, B3), and
    ``som`` before the ``till``/``i`` of ``ha`` + ``till``/``i`` + noun + ``att`` (``har
    som förbundets ledande organ till uppgift att``, round 41 az-5)."""
    closed = len(words) == 2 and words[-1] in RESPONSIBILITY_PREPOSITIONS and "*" not in words
    if deontic == "responsibility" and closed:
        return cues.responsibility_roles
    return (("som",),) if _task_phrase(words) else ()


def _task_phrase(words: Sequence[str]) -> bool:
    """``har till uppgift att``, ``har i uppdrag att``: ``ha`` + ``till``/``i`` + one noun +
    ``att`` (configs/grammar.yaml `task_phrase_verbs`, `task_phrase_prepositions`)."""
    return (
        len(words) == 4
        and words[0] in GRAMMAR.task_phrase_verbs
        and words[1] in GRAMMAR.task_phrase_prepositions
        and words[-1] == "att"
        and "*" not in words
    )


def _role_position(words: Sequence[str]) -> int:
    """Where a role (`_role`) stands in a cue: after the verb of a task phrase
    (`_task_phrase`), else before the last word."""
    return 1 if _task_phrase(words) else len(words) - 1


def _nouns_tagged_supine(
    doc: Doc | Span, rows: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """``Vid en kris har kommunchefen [VB|SUP] rätt att`` (round 43, nu43-2): a supine ends
    in -t, so a word tagged supine in a definite noun's -en or -na is that noun, and the cue
    patterns see it as one (an inverted subject's head)."""
    for index, (lower, pos, lemma) in enumerate(rows):
        if pos != VERB:
            continue
        token = doc[index]
        if token.lower_.endswith(("en", "na")) and "Sup" in morph_values(token, "VerbForm"):
            rows[index] = (lower, NOUN, lemma)
    return rows


class CueMatcher:
    """The cue Matchers of a vocabulary: by word form always; by lemma (the other forms of a
    verb listed as an infinitive) where the Doc has lemmas — spaCy's Matcher refuses a
    ``LEMMA`` pattern on a Doc without them.

    The same patterns run as `FirstWordPatterns` (tried only where a cue's first word
    stands; the longest match per cue and start, all `index_cues` keeps); the spaCy
    ``Matcher``s stay for a Doc without part-of-speech tags, where they raise as before; they
    are built on first use (adding ~6,000 patterns to them is most of the start-up time)."""

    def __init__(self, vocab: Vocab, cues: DeonticCues) -> None:
        self.vocab = vocab
        self._matchers: tuple[Matcher, Matcher] | None = None
        form_patterns: list[tuple[str, Parts]] = []
        lemma_patterns: list[tuple[str, Parts]] = []
        # Every match starts with a cue's first word (by form, or by lemma): a Doc without
        # one has no match, and the Matchers need not run on it.
        first_forms: set[str] = set()
        first_lemmas: set[str] = set()
        for words, deontic in cues.phrases:
            key = f"{deontic}|{' '.join(words)}"
            variants = _variants(words)
            adverbs = _gap_adverbs(words, deontic, cues)
            patterns = [cue_parts(words, adverbs=adverbs, **v) for v in variants]
            roles = _roles(words, deontic, cues)
            patterns.extend(cue_parts(words, adverbs=adverbs, role=r) for r in roles)
            form_patterns.extend((key, p) for p in patterns)
            first_forms.add(words[0])
            if _listed_as_infinitive(words) and words not in cues.only_as_listed:
                patterns = [
                    cue_parts(
                        words,
                        by_lemma=True,
                        lemma_words=cues.purpose_nouns,
                        adverbs=adverbs,
                        **v,
                    )
                    for v in variants
                ]
                patterns.extend(
                    cue_parts(
                        words,
                        by_lemma=True,
                        lemma_words=cues.purpose_nouns,
                        adverbs=adverbs,
                        role=r,
                    )
                    for r in roles
                )
                lemma_patterns.extend((key, p) for p in patterns)
                first_lemmas.add(words[0])
        self.form_patterns, self.lemma_patterns = form_patterns, lemma_patterns
        self.first_forms = frozenset(first_forms)
        self.first_lemmas = frozenset(first_lemmas)
        try:
            self.fast: tuple[FirstWordPatterns, FirstWordPatterns] | None = (
                FirstWordPatterns(vocab, form_patterns),
                FirstWordPatterns(vocab, lemma_patterns),
            )
        except UnsupportedPattern:
            self.fast = None

    def __call__(self, doc: Doc | Span) -> list[tuple[int, int, int]]:
        whole = doc if isinstance(doc, Doc) else doc.doc
        if self.fast is not None and whole.has_annotation("POS"):
            rows = _nouns_tagged_supine(doc, token_rows(doc))
            matches = self.fast[0](rows)
            if whole.has_annotation("LEMMA"):
                matches.extend(self.fast[1](rows))
            return matches
        return self.spacy_matches(doc)

    def spacy_matches(self, doc: Doc | Span) -> list[tuple[int, int, int]]:
        """What the spaCy ``Matcher``s find (every match, not only the longest)."""
        by_form, by_lemma = self.spacy_matchers()
        if "*" in self.first_forms or any(t.lower_ in self.first_forms for t in doc):
            matches = list(by_form(doc))
        else:
            matches = []
        whole = doc if isinstance(doc, Doc) else doc.doc
        if whole.has_annotation("LEMMA") and any(t.lemma_ in self.first_lemmas for t in doc):
            matches.extend(by_lemma(doc))
        return matches

    @property
    def by_form(self) -> Matcher:
        return self.spacy_matchers()[0]

    @property
    def by_lemma(self) -> Matcher:
        return self.spacy_matchers()[1]

    def spacy_matchers(self) -> tuple[Matcher, Matcher]:
        """The spaCy ``Matcher``s of the cue patterns, by form and by lemma."""
        if self._matchers is None:
            matchers = (Matcher(self.vocab), Matcher(self.vocab))
            pattern_lists = (self.form_patterns, self.lemma_patterns)
            for matcher, patterns in zip(matchers, pattern_lists, strict=True):
                by_key: dict[str, list[list[dict]]] = {}
                for key, parts in patterns:
                    by_key.setdefault(key, []).append(parts.specs())
                for key, listed in by_key.items():
                    matcher.add(key, listed)
            self._matchers = matchers
        return self._matchers


# The last few CueMatchers built, by (vocabulary, cue table) identity: compiling the ~6,000 cue
# patterns takes about a second, and a CueMatcher keeps no state from one Doc to the next, so
# components (and rule tests) built on the same vocabulary and cues share one.
_RECENT_MATCHERS: dict[tuple[int, int], tuple[Vocab, DeonticCues, CueMatcher]] = {}
_RECENT_MATCHERS_KEPT = 8


def build_matcher(vocab: Vocab, cues: DeonticCues) -> CueMatcher:
    key = (id(vocab), id(cues))
    cached = _RECENT_MATCHERS.get(key)
    if cached is not None and cached[0] is vocab and cached[1] is cues:
        return cached[2]
    matcher = CueMatcher(vocab, cues)
    if len(_RECENT_MATCHERS) >= _RECENT_MATCHERS_KEPT:
        del _RECENT_MATCHERS[next(iter(_RECENT_MATCHERS))]
    _RECENT_MATCHERS[key] = (vocab, cues, matcher)
    return matcher


def index_cues(doc: Doc | Span, matcher: CueMatcher | Matcher) -> CueIndex:
    """The longest cue (most words, then longest span) starting at each token."""
    index: CueIndex = {}
    vocab = doc.vocab
    for key, start, end in matcher(doc):
        deontic, _, phrase = vocab.strings[key].partition("|")
        words = phrase.count(" ") + 1
        tokens = doc[start:end]
        offset = doc.start if isinstance(doc, Span) else 0  # matches are relative to the Span
        begin = start + offset
        negated = any(
            word in GRAMMAR.negations and not modifier_negation(token)
            for word, token in zip(lower_words(tokens), tokens, strict=True)
        )
        candidate = CueMatch(deontic, end + offset, words, negated)
        current = index.get(begin)
        if current is None or (words, candidate.end) > (current.words, current.end):
            index[begin] = candidate
    return index


def phrase_at(token: Token, index: CueIndex, cues: DeonticCues) -> tuple[str, int] | None:
    """The cue that `token` opens: (deontic, index after its last token)."""
    match = index.get(token.i)
    # "har ansvaret fördelats": `ansvaret` is the subject of a perfect; but no supine
    # follows the infinitive marker ("har att följa de regler som X har beslutat")
    marker = match is not None and token.doc[match.end - 1].lower_ == "att"
    if match is not None and not marker and _auxiliary_of_later_supine(token, match.end):
        return None
    perfect = match is not None and token.lower_ in GRAMMAR.perfect
    if perfect and any(_perfect_supine(t, cues) for t in token.doc[token.i + 1 : match.end]):
        return None  # "har under 2021 överlämnat ansvaret för" (round 23, D1)
    if match is not None and _noun_takes_att(token, match):
        return None
    if match is not None and _cue_noun_of_infinitive(token, match):
        return None
    if match is not None:
        deontic = match.deontic
        if match.negated:
            deontic = cues.negated_class.get(deontic, deontic)
        return deontic, match.end
    if token.lower_ in GRAMMAR.perfect:
        return (
            _announced_tasks(token, cues)
            or _responsibility_noun(token, cues)
            or _fronted_responsibility_noun(token, cues)
        )
    return (
        _fronted_preposition(token, cues)
        or _fronted_responsibility_predicative(token, cues)
        or _task_duty(token, cues)
        or _cleft_task(token, cues)
        or _inverted_expletive(token, cues)
        or _without_preposition(token, cues)
        or _compound_responsibility(token, cues)
    )


def _cue_noun_of_infinitive(token: Token, match: CueMatch) -> bool:
    """``får (i sin tur) vidaredelegera sin rätt att``, ``ska överlåta rätten att``: an
    infinitive inside the cue's span, before its noun, takes that noun as its object; the
    noun is no cue of the first word (`rätt att` permits only after `har`/`äger`/`ges`/`får`
    itself: gen56 F), and the infinitive is the statement's verb."""
    words = token.doc[token.i + 1 : match.end]
    verb = next((t for t in words if t.pos_ == "VERB" and is_infinitive(t)), None)
    return verb is not None and any(t.pos_ == "NOUN" for t in words[verb.i - token.i :])


def _noun_takes_att(token: Token, match: CueMatch) -> bool:
    """``I övrigt har varje förening frihet att välja …``: between ``har`` and the ``att`` of
    the bare ``har att`` stand the inverted subject and then an indefinite noun, which takes
    the ``att``-infinitive itself; the insertion of ``har att`` holds adverbials only, so ``ha``
    is the main verb (round 29, B3). A genitive before the noun makes it the subject's head
    (``har kommunens representant att``). Not an actor noun, which is the inverted subject
    itself (``har vice ordförande att leda mötet``), nor a task noun (`possessed_task_nouns`),
    which keeps the obligation ``Styrelsen har ansvar att …`` gives uninverted (fix31)."""
    doc = token.doc
    if match.words != 2 or token.lemma_ != "ha" or doc[match.end - 1].lower_ != "att":
        return False
    noun, before = doc[match.end - 2], doc[match.end - 3]
    return (
        before.i > token.i
        and noun.pos_ == "NOUN"
        and "Ind" in morph_values(noun, "Definite")
        and before.pos_ in {"NOUN", "PROPN"}
        and "Gen" not in morph_values(before, "Case")
        and noun.lower_ not in GRAMMAR.possessed_task_nouns
        and not _in_actor(noun)
    )


def _in_actor(token: Token) -> bool:
    return any(m.first_token <= token.i <= m.last_token for m in token.doc._.actors or [])


# The shortest first part of a compound predicative (`IT-ansvarig`, `medansvarig`; not
# `oansvarig`).
_COMPOUND_FIRST_PART = 3


def _compound_responsibility(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``Styrelsen är arkivansvarig för handlingarna``: ``vara`` + (adverbs) + a compound
    ending in a `compound_responsibility_heads` word + ``för``/``över`` is the cue of ``är
    ansvarig för``, whatever the compound's first part (round 25, B7; round 50 R1)."""
    position = _copula_compound(token, cues)
    if position is None or position + 1 >= sentence_end(token):
        return None
    if token.doc[position + 1].lower_ not in RESPONSIBILITY_PREPOSITIONS:
        return None
    return "responsibility", position + 2


def bare_compound_responsibility(token: Token, cues: DeonticCues) -> bool:
    """``Kanslichefen är budgetansvarig.``: the copula `token` + (adverbs) + an ``-ansvarig``
    compound that ends the clause (a stop, a comma or the sentence's end after it, no
    ``för``/``över``): the compound names the role the subject holds, an identification
    with no statement (round 50 R1)."""
    position = _copula_compound(token, cues)
    if position is None:
        return False
    after = position + 1
    return after >= sentence_end(token) or token.doc[after].is_punct


def _copula_compound(token: Token, cues: DeonticCues) -> int | None:
    """The position of the ``-ansvarig`` compound (`compound_responsibility_heads`) that the
    copula `token` takes as its predicative past adverbs (a negation is one), or None."""
    if token.lower_ not in GRAMMAR.copulas or not cues.compound_responsibility_heads:
        return None
    doc, end = token.doc, sentence_end(token)
    for position in range(token.i + 1, end):
        word = doc[position].lower_
        if _responsibility_compound(word, cues):
            return position
        adverb = doc[position].pos_ == "ADV" or word in GRAMMAR.negations
        if not adverb and word not in cues.responsibility_adverbs:
            return None  # a negation is an adverb: the group's, as `är inte ansvarig för`
    return None


def _responsibility_compound(word: str, cues: DeonticCues) -> bool:
    """``arkivansvarig``, ``IT-ansvariga``: a listed head after a first part; a legal status
    the law defines (`legal_status_compounds`: ``personuppgiftsansvarig``) is none."""
    return word not in cues.legal_status_compounds and any(
        word.endswith(head) and len(word) - len(head) >= _COMPOUND_FIRST_PART
        for head in cues.compound_responsibility_heads
    )


def expletive_phrase(token: Token, cues: DeonticCues) -> tuple[str, ...] | None:
    """The cue of ``expletive_cues`` whose verb `token` is (by lemma): ``ankommer`` →
    (ankomma, på)."""
    lemmas = {token.lower_, token.lemma_.lower(), verb_lemma(token)}
    return next((words for words in cues.expletive_cues if words[0] in lemmas), None)


def _expletive_rest_end(finite: Token, words: tuple[str, ...]) -> int | None:
    """Index after the rest of an expletive cue (`words` past its verb, matched by form or
    lemma: ``tillåtet`` is ``tillåten``) after the finite verb `finite`, past adverbs,
    negations and an inverted ``det``; None where the rest does not stand there (``Det är
    ansvarigt för`` is no ``vara tillåten för``)."""
    doc, end = finite.doc, sentence_end(finite)
    position = finite.i + 1
    while position < end and _before_expletive_rest(doc[position]):
        position += 1
    rest = words[1:]
    if position + len(rest) > end:
        return None
    if not all(map(is_cue_word, doc[position : position + len(rest)], rest)):
        return None
    return position + len(rest)


def own_aim_phrase(verb: Token, end: int, cues: DeonticCues) -> bool:
    """The cue phrase from `verb` to `end` is one of `own_aim_phrases` (as written or by
    lemma: ``ser till att``), whose own verb is the aim: ``ska se till att upprätta X`` →
    ``se`` (docs/annotation.md §5.3; round 53, cb-6)."""
    tokens = verb.doc[verb.i : end]
    return any(
        len(phrase) == len(tokens) and all(map(is_cue_word, tokens, phrase))
        for phrase in cues.own_aim_phrases
    )


def is_cue_word(token: Token, word: str) -> bool:
    """`token` is a cue's `word` as written or by its lemma (``tillåtet`` is ``tillåten``)."""
    return word in {token.lower_, token.lemma_.lower()}


def _before_expletive_rest(token: Token) -> bool:
    return token.pos_ == "ADV" or token.lower_ in GRAMMAR.negations or token.lower_ == "det"


def _inverted_expletive(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``Vidare ankommer det på direktören att …``, ``Därför är det inte tillåtet för X att
    …``: after a fronted adverbial (V2) the expletive ``det`` stands between the verb and the
    rest of an expletive cue; a negation between them negates the cue."""
    words = expletive_phrase(token, cues)
    if words is None or len(words) < 2:
        return None
    cue_end = _expletive_rest_end(token, words)
    if cue_end is None:
        return None
    rest_start = cue_end - len(words) + 1
    between = lower_words(token.doc[token.i + 1 : rest_start])
    if "det" not in between:
        return None
    # the listed phrase by lemma (`ankomma på`) or as written (`är tillåtet för`)
    written = (token.lower_, *lower_words(token.doc[rest_start:cue_end]))
    deontic = next((d for phrase, d in cues.phrases if phrase in (words, written)), None)
    if deontic is None:
        return None
    if any(word in GRAMMAR.negations for word in between):
        deontic = cues.negated_class.get(deontic, deontic)
    return deontic, cue_end


# What may open the noun phrase or clause right after a cue verb whose preposition is missing.
_BARE_COMPLEMENT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _without_preposition(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``Tekniska nämnden ansvarar gator och parker``: an intransitive cue verb with a bare
    noun phrase or ``att``-clause right after it (its preposition left out) is still the cue
    (``cue_verbs_without_preposition``); the cue is the verb alone."""
    deontic = cues.without_preposition.get(token.lemma_.lower())
    if deontic is None or token.pos_ not in {"VERB", "AUX"}:
        return None
    end = sentence_end(token)
    position = token.i + 1
    while position < end and token.doc[position].pos_ == "ADV":
        position += 1
    if position >= end:
        return None
    following = token.doc[position]
    if following.pos_ in _BARE_COMPLEMENT_POS or following.lower_ == "att":
        return deontic, token.i + 1
    return None


def _fronted_preposition(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``För personalfrågor ansvarar HR-chefen``: a two-word cue (verb + preposition) whose
    prepositional phrase is fronted (topicalized) before the verb."""
    first = token.doc[sentence_start(token)]
    if first.i >= token.i:
        return None
    deontic = _two_word_cues(cues.phrases).get((token.lower_, first.lower_))
    return None if deontic is None else (deontic, token.i + 1)


def _fronted_responsibility_predicative(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``För arkivet är kanslichefen ansvarig``, ``(Ytterst) ansvarig för arkivet är
    kanslichefen``: a copula cue of three words (``är ansvarig för``) whose prepositional
    phrase, or whose adjective with it, is fronted before the copula (V2, the subject after
    it) is that cue (round 47, nominal duty frames): the prepositional phrase fronted, the
    cue runs to the adjective after the subject; the predicative fronted, it ends at the
    copula."""
    if token.lower_ not in GRAMMAR.copulas:
        return None
    doc, start, end = token.doc, sentence_start(token), sentence_end(token)
    if token.i - start < 2:
        return None
    table = _copula_cues(cues.phrases)
    first = start
    while first < token.i and doc[first].pos_ == "ADV":
        first += 1  # "Ytterst ansvarig för …"
    fronted = table.get((token.lower_, doc[first].lower_, doc[first + 1].lower_))
    if fronted is not None:
        return fronted, token.i + 1
    if first != start or doc[start].lower_ not in RESPONSIBILITY_PREPOSITIONS:
        return None
    for position in range(token.i + 1, end):
        word = doc[position]
        deontic = table.get((token.lower_, word.lower_, doc[start].lower_))
        if deontic is not None:
            return deontic, position + 1
        if word.is_punct or is_finite(word) or word.pos_ in {"ADP", "SCONJ"}:
            return None
    return None


# The three-word copula cues of a cue list (copula, adjective, preposition) → deontic,
# per list (kept with the list).
_COPULA_CUES: dict[int, tuple[tuple, dict[tuple[str, ...], str]]] = {}


def _kept_per_list(
    cache: dict[int, tuple[tuple, dict[tuple[str, ...], str]]],
    phrases: tuple[tuple[tuple[str, ...], str], ...],
    wanted: Callable[[tuple[str, ...], str], bool],
) -> dict[tuple[str, ...], str]:
    """The phrases of a cue list that `wanted` keeps → the first one's deontic, made once per
    list (the cache holds the list itself, so a recycled id never answers for another)."""
    kept = cache.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        table: dict[tuple[str, ...], str] = {}
        for words, deontic in phrases:
            if wanted(words, deontic):
                table.setdefault(tuple(words), deontic)
        kept = cache[id(phrases)] = (phrases, table)
    return kept[1]


def _is_copula_cue(words: tuple[str, ...], deontic: str) -> bool:
    copula = len(words) == 3 and words[0] in GRAMMAR.copulas
    return copula and deontic == "responsibility" and words[2] in RESPONSIBILITY_PREPOSITIONS


def _copula_cues(phrases: tuple[tuple[tuple[str, ...], str], ...]) -> dict[tuple[str, ...], str]:
    return _kept_per_list(_COPULA_CUES, phrases, _is_copula_cue)


# The two-word cue phrases of a cue list, (verb, preposition) → the first one's deontic, per
# list (kept with the list).
_TWO_WORD_CUES: dict[int, tuple[tuple, dict[tuple[str, ...], str]]] = {}


def _two_word_cues(phrases: tuple[tuple[tuple[str, ...], str], ...]) -> dict[tuple[str, ...], str]:
    return _kept_per_list(_TWO_WORD_CUES, phrases, lambda words, _deontic: len(words) == 2)


def _task_duty(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``Till stämmans uppgifter hör att fastställa …, utse … samt bestämma …``: the
    preposition of a ``task_duty_cues`` verb fronted before a genitive + (adjectives) + a task
    noun, then the verb, ``att`` and a word: the cue ends at ``att`` (its infinitives are
    the aims; the actor is the genitive, found as an expletive cue's). ``att`` followed by
    nothing or a colon opens the lead-in of items (`lead_ins._containing_lead_in`)."""
    words = expletive_phrase(token, cues)
    deontic = cues.task_duty.get(words) if words is not None and len(words) == 2 else None
    doc, start, end = token.doc, sentence_start(token), sentence_end(token)
    if deontic is None or doc[start].lower_ != words[1] or token.i - start < 3:
        return None
    noun = token.i - 1
    if not is_task_noun(doc[noun].lower_, cues):
        return None
    owner = noun - 1
    while owner > start + 1 and doc[owner].pos_ == "ADJ" and not doc[owner].lower_.endswith("s"):
        owner -= 1  # "Till styrelsens viktigaste uppgifter"
    if not (doc[owner].lower_.endswith("s") or doc[owner].dep_ == "nmod:poss"):
        return None
    position = _past_hedge(token.i + 1, end, doc)
    if position + 1 >= end or doc[position].lower_ != "att" or doc[position + 1].is_punct:
        return None
    return deontic, position + 1


def _cleft_task(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``Det är kanslichefens uppgift att samordna …``: the cue of ``cleft_task_cues`` runs
    from the copula to ``att`` (its infinitives are the aims; the actor is the genitive)."""
    found = cleft_task(token, cues)
    return None if found is None else (found[0], found[2])


def cleft_task(token: Token, cues: DeonticCues) -> tuple[str, int, int] | None:
    """(class, where the genitive owner opens, index after ``att``) of an expletive cleft
    (ruling u1): ``det`` before the copula `token` or after it (inverted, past adverbs), an
    actor's genitive (determiners and adjectives before it: ``den nya chefens``), one of
    ``cleft_task_cues``' nouns, ``att`` and a word. A negation refuses: whose task it is
    not is no statement."""
    if token.lower_ not in GRAMMAR.copulas or not cues.cleft_task:
        return None
    doc, start, end = token.doc, sentence_start(token), sentence_end(token)
    position = _past_plain_adverbs(doc, token.i + 1, end)
    if not (token.i > start and doc[token.i - 1].lower_ == "det"):
        if position >= end or doc[position].lower_ != "det":
            return None
        position = _past_plain_adverbs(doc, position + 1, end)
    owner = position
    while position < end and (doc[position].pos_ in {"DET", "ADJ"} or _genitive(doc[position])):
        position += 1
    deontic = cues.cleft_task.get(doc[position].lower_) if position < end else None
    if deontic is None or position == owner or not _genitive(doc[position - 1]):
        return None
    after = position + 2
    if after >= end or doc[position + 1].lower_ != "att" or doc[after].is_punct:
        return None
    return deontic, owner, after


def _past_plain_adverbs(doc: Doc, position: int, end: int) -> int:
    while position < end and doc[position].pos_ == "ADV":
        if doc[position].lower_ in GRAMMAR.negations:
            break
        position += 1
    return position


def _genitive(token: Token) -> bool:
    return "Gen" in morph_values(token, "Case") or token.dep_ == "nmod:poss"


def _past_hedge(position: int, end: int, doc: Doc) -> int:
    """The first token at or after `position` past adverbs and one hedge (``också bland
    annat``, ``t.ex.``)."""
    while position < end and doc[position].pos_ == "ADV":
        position += 1
    following = lower_words(doc[position:end])
    for hedge in GRAMMAR.list_hedges:
        if tuple(following[: len(hedge)]) == tuple(hedge):
            position += len(hedge)
            break
    while position < end and doc[position].pos_ == "ADV":
        position += 1
    return position


def is_task_noun(word: str, cues: DeonticCues) -> bool:
    """A task noun or a compound with one as its head (``uppgifter``, ``kärnuppgifter``,
    ``huvuduppdrag``, ``ansvarsområden``): the head is the last part of a Swedish compound."""
    return word.endswith(tuple(cues.task_nouns))


def _announced_tasks(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``Nämnden har tre kärnuppgifter:``, ``har följande huvuduppdrag:``: ``ha`` + a list
    announcer or a numeral + (adjectives) + a task noun that ends the clause (a numeral: in a
    colon) announces the actor's responsibilities, listed after it (docs/annotation.md §5.1,
    like ``har följande uppgifter``); the cue ends at the noun."""
    doc = token.doc
    end = sentence_end(token)
    position = token.i + 1
    while position < end and doc[position].pos_ == "ADV":
        position += 1
    quantifier = _task_quantifier(doc, position, end)
    if position >= end or not (quantifier or _announces_number(doc[position])):
        return None
    announcer = doc[position].lower_ in GRAMMAR.list_announcers
    position += quantifier or 1
    while position < end and doc[position].pos_ == "ADJ":
        position += 1
    if position >= end or not is_task_noun(doc[position].lower_, cues):
        return None
    after = position + 1
    if _hedged_colon(doc, after, end):
        return "responsibility", after  # "har flera uppdrag, bland annat att:" (round 37)
    closing = {":", "."} if announcer else {":"}
    if quantifier or (after < end and doc[after].text not in closing):
        return None  # "har två uppdrag från fullmäktige.": a number, no list announced
    return "responsibility", after


def _task_quantifier(doc: Doc, position: int, end: int) -> int:
    """The length of the indefinite quantifier at `position` (``flera``, ``ett antal``, ``en
    rad``; configs/grammar.yaml `task_list_quantifiers`), 0 if none: before a task noun and a
    colon it announces the list like ``följande`` (round 37, aq-B1)."""
    following = lower_words(doc[position : min(end, position + 3)])
    for quantifier in GRAMMAR.task_list_quantifiers:
        if tuple(following[: len(quantifier)]) == quantifier:
            return len(quantifier)
    return 0


def _hedged_colon(doc: Doc, position: int, end: int) -> bool:
    """After the task noun, a colon, past a comma, a hedge (``bland annat``, ``t.ex.``) and
    ``att``, each optional: ``har flera uppgifter, till exempel att:`` (round 37, aq-B1)."""
    if position < end and doc[position].text == ",":
        position += 1
    position = _past_hedge(position, end, doc)
    if position < end and doc[position].lower_ == "att":
        position += 1
    return position < end and doc[position].text == ":"


def _announces_number(token: Token) -> bool:
    """``följande``, ``nedanstående`` or a numeral (``tre``, ``3``) before the listed nouns."""
    return token.lower_ in GRAMMAR.list_announcers or token.pos_ == "NUM" or token.like_num


def _responsibility_noun(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``har det löpande arbetsgivaransvaret (för)``, ``har därmed ett samlat arbetsgivar- och
    arbetsmiljöansvar``: a noun in -ansvar(et) after ``har``."""
    doc = token.doc
    reach = min(sentence_end(token), token.i + RESPONSIBILITY_NOUN_REACH)
    for candidate in doc[token.i + 1 : reach]:
        if _perfect_supine(candidate, cues):
            return None
        if candidate.lower_.endswith(cues.responsibility_noun_suffixes):
            if _auxiliary_of_later_supine(token, candidate.i + 1):
                return None
            following = doc[candidate.i + 1] if candidate.i + 1 < len(doc) else None
            return "responsibility", candidate.i + 1 + (
                following is not None and following.lower_ == "för"
            )
        if is_finite(candidate) or is_infinitive(candidate):
            break
    return None


def _fronted_responsibility_noun(token: Token, cues: DeonticCues) -> tuple[str, int] | None:
    """``(Huvud)ansvaret för arkivet har kommunstyrelsen``: ``har ansvaret för`` in V2 order
    (round 52, ca S2): the sentence opens with the object, an -ansvar(et) noun and ``för``
    with its noun phrase (`subjects.fronted_for_phrase`), then the finite ``har``/``hade``
    (no supine after it: ``Ansvaret … har flyttats`` is a perfect whose subject the noun is).
    The cue is the verb; its subject, the actor after it, is found as a fronted object's
    (`subjects._fronted_task_noun`: ``har stor betydelse`` has none)."""
    suffixes = cues.responsibility_noun_suffixes
    if fronted_for_phrase(token, lambda word: word.endswith(suffixes)) is None:
        return None
    if _auxiliary_of_later_supine(token, token.i + 1) or not is_finite(token):
        return None
    return "responsibility", token.i + 1


def _perfect_supine(token: Token, cues: DeonticCues) -> bool:
    """A supine after ``har`` and before a cue's noun: ``har`` is its perfect auxiliary, no
    ``har ansvaret för`` (``Regionen har under 2021 överlämnat ansvaret för`` → (region,
    none, överlämna); round 23, D1); not the supine of a verb that opens a responsibility
    phrase of its own (``ha``/``få i uppdrag att``: ``har haft``, ``har fått ansvaret för``
    stay cues) or a passive one, whose subject receives (``har tilldelats ansvaret för``), nor
    a participle after a determiner (``har ett delat ansvar``). A supine the tagger read as a
    noun counts too (``har anmält att``: no ``har att``, round 41 az-7b)."""
    supine = is_supine(token) or supine_before_att(token) or _spelled_supine_before_definite(token)
    if token.i == 0 or not supine or token.nbor(-1).pos_ in {"DET", "ADJ", "PRON"}:
        return False
    if is_passive(token):
        return False
    return verb_lemma(token) not in _responsibility_verbs(cues.phrases)


def _spelled_supine_before_definite(token: Token) -> bool:
    """Round 58 (analysis 58-cr C5): ``har, genom avtalet, överlämnat [ADJ] ansvaret för``: a
    word the lexicon reads as a supine (`supine_spelling`), tagged neither adverb nor noun,
    right before a definite noun is the perfect's supine: an attribute of a definite noun
    takes the weak form after an article (``det samlade ansvaret``), never the -t form."""
    doc = token.doc
    if token.pos_ in {"ADV", "NOUN"} or token.i + 1 >= len(doc):
        return False
    noun = doc[token.i + 1]
    if noun.pos_ != "NOUN" or "Def" not in morph_values(noun, "Definite"):
        return False
    return supine_spelling(token.lower_)


_RESPONSIBILITY_VERBS: dict[int, tuple[tuple, frozenset[str]]] = {}


def _responsibility_verbs(phrases: tuple[tuple[tuple[str, ...], str], ...]) -> frozenset[str]:
    """The first words of a cue list's responsibility phrases (kept with the list)."""
    kept = _RESPONSIBILITY_VERBS.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        verbs = frozenset(words[0] for words, deontic in phrases if deontic == "responsibility")
        kept = _RESPONSIBILITY_VERBS[id(phrases)] = (phrases, verbs)
    return kept[1]


def _auxiliary_of_later_supine(token: Token, after: int) -> bool:
    """``ha`` as the perfect auxiliary of a supine after the cue's noun (``I nämnden har
    ansvaret fördelats``, ``har arbetsmiljöansvaret delegerats``): the noun is the subject
    and ``ha`` no main verb, so no ``har ansvar(et)`` cue (``har fått ansvaret``, the
    supine before the noun, still is one)."""
    if token.lower_ not in GRAMMAR.perfect or token.dep_ != "aux":
        return False
    head = token.head
    return head.i >= after and "Sup" in morph_values(head, "VerbForm")


def _granting_phrase(verb: Token, index: CueIndex, cues: DeonticCues) -> int | None:
    """The end of a phrase cue ending in ``att`` that a negated modal's verb opens
    (``kan inte ges rätt att attestera``): the leftmost cue decides the (negated) class and
    the infinitive after ``att`` is the aim, as without the negation (round 29, B1)."""
    inner = phrase_at(verb, index, cues)
    if inner is None or verb.doc[inner[1] - 1].lower_ != "att":
        return None
    return inner[1]


def deontic_of(
    group: Group, inverted: set[int], index: CueIndex, cues: DeonticCues
) -> tuple[str, Token, int, Token | None, bool]:
    """(deontic, cue start, cue end, verb that opens a phrase cue or None, negated)."""
    finite = group.finite
    negated = group.negated
    if finite.lower_ in cues.modals and group.verbs and group.verbs[0] is not finite:
        deontic = cues.modals[finite.lower_]
        if negated:
            deontic = cues.negated_class.get(deontic, deontic)
            inner = _granting_phrase(group.verbs[0], index, cues)  # "kan inte ges rätt att"
            if inner is not None:
                return deontic, finite, inner, group.verbs[0], True
            return deontic, finite, finite.i + 1, None, True
        phrase = phrase_at(finite, index, cues)  # "kan komma att"
        if phrase and phrase[0] == "permission":
            return "permission", finite, phrase[1], finite, negated
        inner = phrase_at(group.verbs[0], index, cues)  # "ska ansvara för att …"
        if inner is not None:
            return deontic, finite, inner[1], group.verbs[0], negated
        return deontic, finite, finite.i + 1, None, negated
    phrase = phrase_at(finite, index, cues)
    if phrase is not None:
        deontic, end = phrase
        match = index.get(finite.i)
        negated = negated or (match is not None and match.negated)
        if negated:
            deontic = cues.negated_class.get(deontic, deontic)
        return deontic, finite, end, finite, negated
    if finite.lower_ in GRAMMAR.perfect and group.verbs and group.verbs[0] is not finite:
        inner = phrase_at(group.verbs[0], index, cues)  # "har sett till att", "hade ansvarat för"
        if inner is not None:
            deontic, end = inner
            if negated:
                deontic = cues.negated_class.get(deontic, deontic)
            return deontic, finite, end, group.verbs[0], negated
    return "none", finite, finite.i, None, negated


def action_after(
    cue_end: int, sentence: Span, skip: set[int], purpose_nouns: frozenset[str] = frozenset()
) -> list[Token]:
    """Infinitives after a cue ending in ``att`` (or followed by one): ``har rätt att delta``,
    ``åligger förvaltningschefen att hålla`` (the inverted subject is skipped). After a purpose
    cue (its ``att`` right after one of `purpose_nouns`: ``har till uppgift att``) every later
    ``att`` + infinitive of a flattened list is an aim too, commas or none (`_more_att`)."""
    doc = sentence.doc
    position = cue_end
    flat = (
        cue_end >= 2
        and doc[cue_end - 1].lower_ == "att"
        and (doc[cue_end - 2].lower_ in purpose_nouns or doc[cue_end - 2].lemma_ in purpose_nouns)
    )
    while position < sentence.end and position in skip:
        position += 1
    if position < sentence.end and doc[position].lower_ == "att":
        position += 1
    elif doc[cue_end - 1].lower_ != "att":
        return []
    if _stray_comma(position, sentence):
        position += 1  # "har befogenheter att, fatta beslut": a stray comma (round 23, E3)
    if position < sentence.end and doc[position].text == ":":
        return _inline_items(position, sentence) or _first_action(position + 1, sentence)
    return _first_action(position, sentence, flat=flat)


def _stray_comma(position: int, sentence: Span) -> bool:
    """``att, fatta beslut``: a lone comma right after the infinitive marker, before a word
    that can be the infinitive (an insertion between commas opens with no infinitive:
    ``att, om det behövs, kalla in``)."""
    doc = sentence.doc
    return (
        position + 1 < sentence.end
        and doc[position].text == ","
        and doc[position - 1].lower_ == "att"
        and could_be_infinitive(doc[position + 1])
    )


_ADVERBIAL_ADJECTIVE_ENDINGS = ("t", "ande", "ende")


def _adverb_before_infinitive(token: Token, end: int) -> bool:
    """Between ``att`` and a word that could be its infinitive, an adverb the tagger calls an
    adjective or noun (round 43, be-C2): a listed adverbial adjective or a -ligen form
    (`is_adverb`: ``att fortlöpande [ADJ] föra``, ``att regelbundet [NOUN] granska``), or
    any adjective in neuter -t or a present participle (``att noggrant [ADJ] pröva``)."""
    following = token.i + 1
    if token.pos_ == "ADV" or following >= end:
        return False
    following_token = token.doc[following]
    adverb = is_adverb(token) or (
        token.pos_ == "ADJ"
        and (
            token.lower_.endswith(_ADVERBIAL_ADJECTIVE_ENDINGS)
            # "att själv [ADJ] granska" (round 48, X6): a listed adverbial adjective or an
            # intensifier before a verb's base form; not an attributive adjective
            or (adverbial_before_infinitive(token) and base_form_word(following_token.lower_))
        )
    )
    return adverb and could_be_infinitive(following_token)


def _coordinated_adverbial(position: int, run: int, sentence: Span) -> bool:
    """``att själv eller genom ombud företräda``, ``att direkt eller via förvaltningen
    samordna`` (round 57, cn C1): an adverb or a listed adverbial adjective (`adverbial_before_
    infinitive`) coordinated by a conjunction with an adverbial after it (an adverb, a
    listed adverbial adjective or a prepositional phrase) is skipped with its conjunction, as
    a lone adverb is; the phrase after it is searched as any phrase after ``att``."""
    doc = sentence.doc
    token = doc[position]
    if position + 2 < sentence.end and doc[position + 1].pos_ == "CCONJ":
        member, coordinator, after = token, doc[position + 1], doc[position + 2]
    elif token.pos_ == "CCONJ" and run < position < sentence.end - 1:
        member, coordinator, after = doc[position - 1], token, doc[position + 1]
    else:
        return False
    return (
        coordinator.lower_ in GRAMMAR.noun_phrase_coordinators
        and (member.pos_ == "ADV" or adverbial_before_infinitive(member))
        and (after.pos_ in {"ADP", "ADV"} or adverbial_before_infinitive(after))
    )


def _complex_preposition_end(position: int, sentence: Span) -> int | None:
    """``att ifråga om skolan samordna``, ``att i fråga om taxor besluta`` (round 57, cn C1):
    a complex preposition (grammar `complex_prepositions`) opens a phrase; its noun
    (``fråga``) is no infinitive. The position after its words, or None."""
    doc = sentence.doc
    if position >= sentence.end or doc[position].lower_ not in GRAMMAR.complex_first_words:
        return None  # the first word first (perf57b)
    for phrase in GRAMMAR.complex_prepositions:
        end = position + len(phrase)
        if end < sentence.end and tuple(t.lower_ for t in doc[position:end]) == phrase:
            return end
    return None


def _first_action(position: int, sentence: Span, *, flat: bool = False) -> list[Token]:
    """The first infinitive after ``att``, past adverbs and the first member of a
    correlative pair (configs/grammar.yaml ``correlatives``: ``att dels förvalta …, dels
    upplåta``), with its conjuncts; past a prepositional phrase or a role predicative
    (``role_markers``: ``att som samordnare för länet främja``, round 22 cause B1). `flat`:
    the later infinitives of a flattened list share the cue (`_more_att`)."""
    doc = sentence.doc
    run = position
    while position < sentence.end and (
        doc[position].pos_ == "ADV"
        or doc[position].lower_ in GRAMMAR.correlatives
        or _adverb_before_infinitive(doc[position], sentence.end)
        or _coordinated_adverbial(position, run, sentence)
    ):
        position += 1
    if position >= sentence.end:
        return []
    tagged_adverb = _infinitive_tagged_adverb(doc[run:position], doc[position])
    if tagged_adverb is not None:
        return _with_coordinated(tagged_adverb, sentence, flat=flat)
    first = doc[position]
    if first.text == "," or first.text in _INSERTION_DASHES:
        after = _past_parenthetical(position, sentence)
        if after is None or after >= sentence.end:
            return []
        marker = doc[position - 1]
        if marker.lower_ == "att" and doc[after].lower_.endswith("a") and (
            marker.head.i == after or _infinitive_by_form(doc[after])
        ):
            # the verb the marker attaches to; or, newuser53b fault 11, an infinitive by its
            # form the parser hung on the next noun (`att, om det behövs, sammankalla
            # [amod] gruppen`): after the marker and an insertion the infinitive slot
            return _with_coordinated(doc[after], sentence, flat=flat)
        found = _first_action(after, sentence, flat=flat)
        inserted = None if found else _infinitive_past_insertions(after, sentence)
        return _with_coordinated(inserted, sentence, flat=flat) if inserted else found
    if _name_or_genitive(first) or att_subject_word(first):
        return []
    phrase_end = _complex_preposition_end(position, sentence)
    if phrase_end is not None:
        return _infinitive_in_phrases(phrase_end, sentence, flat=flat)
    if could_be_infinitive(first):
        return _with_coordinated(first, sentence, flat=flat)
    time_phrase_verb = _infinitive_past_time_phrase(position, sentence)
    if time_phrase_verb is not None:
        return _with_coordinated(time_phrase_verb, sentence, flat=flat)
    if first.pos_ != "ADP" and first.lower_ not in GRAMMAR.role_markers:
        return []  # an att-clause with its own subject: "ansvarar för att beslut verkställs"
    closed = _infinitive_after_inserted_phrase(position, sentence)
    if closed is not None:
        return _with_coordinated(closed, sentence, flat=flat)
    return _infinitive_in_phrases(position + 1, sentence, flat=flat, opener=position)


def _infinitive_in_phrases(
    start: int, sentence: Span, *, flat: bool, opener: int | None = None
) -> list[Token]:
    """The infinitive past the prepositional phrase opening at `start` (its preposition at
    `opener`, or a complex preposition's words before `start`)."""
    position = start if opener is None else opener
    # "att i samråd med nämnden verka för …": past a prepositional phrase, a tagged verb or
    # a word in -a where the phrase ends (`after_infinitive_marker`).
    for token in _past_phrases(start, sentence):
        if _attributive(token) or _adjective_before_noun(token):
            continue  # "att vid utlysta möten fördela": the participle is the noun's (round 41)
        if is_infinitive(token) or could_be_infinitive(token) or _item_infinitive(token):
            return _with_coordinated(token, sentence, flat=flat)
        if _infinitive_after_closed_phrase(token):
            return _with_coordinated(token, sentence, flat=flat)
        if token.lower_ in GRAMMAR.infinitives:
            # "att vid ordinarie möten utse [NN] stipendiater" (round 39, K-B1)
            return _with_coordinated(token, sentence, flat=flat)
        if is_finite(token) or token.lower_ in GRAMMAR.subordinators:
            break
    listed = _infinitive_past_listing_phrase(position, sentence)
    if listed is None:
        listed = _infinitive_past_insertions(position, sentence)
    return _with_coordinated(listed, sentence, flat=flat) if listed is not None else []


_INSERTIONS_WORDS = 30  # words of nested insertions between ``att`` and its infinitive


def _infinitive_past_insertions(start: int, sentence: Span) -> Token | None:
    """Analysis 52-p P-F: ``ha till ändamål att, genom stipendier till studenter, i första
    hand doktorander, samt till institut, i Norden främja forskning``: a prepositional phrase
    after ``att`` that runs on over comma insertions (a nested apposition, a ``samt``-member,
    an adverbial) to its infinitive. Past at least one comma, with no finite verb,
    subordinator or second ``att`` on the way, the first word the lexicon knows only as a
    base form in -a, after no preposition or determiner and before a word, is the
    infinitive; the purpose cue's verb is no aim then."""
    doc = sentence.doc
    commas = 0
    end = min(sentence.end, start + _INSERTIONS_WORDS)
    for token in doc[start:end]:
        if token.text == ",":
            commas += 1
            continue
        if is_finite(token) or token.lower_ in GRAMMAR.subordinators or token.lower_ == "att":
            return None
        if not commas or not lexicon_infinitive(token.lower_) or token.i + 1 >= end:
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        if before.pos_ not in {"ADP", "DET"} and not after.is_punct:
            return token
    return None


_TIME_PHRASE_WORDS = 6  # words of a noun-phrase adverbial between "att" and its verb


def _infinitive_past_time_phrase(position: int, sentence: Span) -> Token | None:
    """``är skyldig att varje år betala``, ``att en gång per år redovisa`` (round 45, bi-C7):
    a noun-phrase adverbial of time opening with a determiner or a number between ``att`` and
    the infinitive; the first infinitive after its noun of time (grammar `time_nouns`, or a
    compound ending in one; by the tagger or the lexicon, whatever the tag: ``varje halvår
    erlägga [ADJ]``) is the aim. Any other noun there is the ``att``-clause's subject (``att
    varje medlem …``, review 45c), and a finite verb ends the search: ``att nya medlemmar ska
    betala`` has a subject and a modal of its own."""
    doc = sentence.doc
    marker = position - 1
    if marker < sentence.start:
        return None  # no word before the phrase in its sentence (not the one before it)
    while marker > sentence.start and doc[marker].pos_ == "ADV":
        marker -= 1  # "att senast två veckor före mötet lämna" (round 48, 48-y X6)
    if doc[marker].lower_ != "att" or doc[position].pos_ not in {"DET", "NUM"}:
        return None
    words = doc[position + 1 : min(sentence.end, position + _TIME_PHRASE_WORDS + 1)]
    # no names (a capitalised word there is the clause's subject), adverbs ("varje år noggrant
    # granska")
    for token, after_noun in time_phrase_words(words, _time_noun, names=False, adverbs=True):
        if is_finite(token):
            return None
        if after_noun and (is_infinitive(token) or lexicon_infinitive(token.lower_)):
            return token
    return None


def _time_noun(token: Token) -> bool:
    """A word tagged a noun that is one of time (grammar `time_nouns`)."""
    return token.pos_ == "NOUN" and is_time_noun(token)


_INSERTED_PHRASE_WORDS = 20
_LISTING_PHRASE_WORDS = 24  # words of the adverbials after "att" searched for its verb


def _infinitive_past_listing_phrase(opener: int, sentence: Span) -> Token | None:
    """``har befogenhet att vid behov exempelvis på grund av sjukdom, jäv eller annat skäl
    återta …``, ``att i brådskande fall såsom vid brand, storm eller annan olycka fatta …``
    (round 45, bj-C9): past prepositional phrases (examples opened by ``såsom``, adverbs)
    whose noun phrases are a comma list closed by ``och``/``eller``, the first word that can
    be the infinitive after a closed noun phrase is the cue's verb. A list member after a
    comma is a noun whatever its tag (``jäv`` read as a past); a finite verb elsewhere, a
    subordinator or other punctuation ends the search (an ``att``-clause with a subject).
    Only tried where the short search of `_first_action` found nothing and a comma follows."""
    doc = sentence.doc
    stop = min(sentence.end, opener + _LISTING_PHRASE_WORDS)
    if not any(token.text == "," for token in doc[opener:stop]):
        return None
    closed = listed = False
    for token in doc[opener:stop]:
        member = token.i > opener and doc[token.i - 1].text == ","
        if closed and not member and (could_be_infinitive(token) or _item_infinitive(token)):
            return token if listed else None
        if token.text == ",":
            closed, listed = False, True
        elif member and token.is_alpha and token.lower_ not in GRAMMAR.subordinators:
            closed = token.pos_ not in PRE_HEAD_POS  # "sjukdom, jäv [VERB] eller …": a noun
        elif token.pos_ == "ADP" or _opens_listed_phrase(token):
            closed = False
        elif token.pos_ == "ADV":
            continue
        elif token.pos_ in PRE_HEAD_POS:
            closed = False
        elif token.pos_ in {"NOUN", "PROPN"} and not is_finite(token):
            closed = True
        else:
            return None
    return None


def _opens_listed_phrase(token: Token) -> bool:
    """A coordinator, or ``såsom``/``som`` opening examples (`role_markers`): a phrase follows."""
    return token.lower_ in GRAMMAR.noun_phrase_coordinators or token.lower_ in GRAMMAR.role_markers


def _infinitive_after_inserted_phrase(opener: int, sentence: Span) -> Token | None:
    """``att, inom länet, med stöd av kommunens egna lärare och egen personal, främja``
    (round 44, bh-Q1): a prepositional phrase after a comma that closes an insertion opened
    after ``att`` runs to its own closing comma, however long (no finite verb or
    subordinator inside); the word after that comma is the infinitive when the lexicon knows
    it only as a base form, whatever the tagger made of it (``meddela [ADJ] skydd``)."""
    doc = sentence.doc
    if opener < 1 or doc[opener - 1].text != ",":
        return None
    for token in doc[opener + 1 : min(sentence.end, opener + _INSERTED_PHRASE_WORDS)]:
        if is_finite(token) or token.lower_ in GRAMMAR.subordinators:
            return None
        if token.text == ",":
            following = token.i + 1
            if following < sentence.end and (
                lexicon_infinitive(doc[following].lower_) or is_infinitive(doc[following])
            ):
                return doc[following]
            return None
    return None


def _past_phrases(start: int, sentence: Span) -> Iterator[Token]:
    """The eight words from `start` on, past an adverbial clause between commas (``att inom
    orten, eller om det är lämpligt, i närheten av orten bedriva``, round 41 C1), which
    neither counts among them nor offers its own verb; the phrase after its closing comma
    has eight words of its own (round 52, 52-av C2: ``att inom Ekby kommun, eller om …, i
    geografisk närhet av Ekby kommun bedriva``)."""
    doc = sentence.doc
    position, seen = start, 0
    while position < sentence.end and seen < 8:
        if doc[position].text == "," and (
            _opens_inserted_clause(position + 1, sentence)
            or _holds_inserted_clause(position, sentence)
        ):
            after = _past_parenthetical(position, sentence)
            if after is not None:
                position, seen = after, 0  # round 52 (52-av C2): a new phrase after it
                continue
        yield doc[position]
        position += 1
        seen += 1


def _attributive(token: Token) -> bool:
    """``vid utlysta möten``: a past participle attached to the noun after it; not a word
    the lexicon knows as an infinitive (``att inom ramen utse [amod] ombud``), nor one right
    after a definite noun, which closes its noun phrase (``att i samråd med revisorerna
    upprätta [amod] bokslutet``, round 47: no attribute follows its head)."""
    if token.dep_ != "amod":
        return False
    before = token.doc[token.i - 1] if token.i else None
    if before is not None and _definite_noun(before) and lexicon_base_form(token.lower_):
        return False  # (an extended attribute stays one: "vid mötet valda ledamöter")
    return (
        token.head.i > token.i
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.lower_.endswith(_PARTICIPLE_ENDINGS)
        and not lexicon_infinitive(token.lower_)
        and token.lower_ not in GRAMMAR.infinitives
    )


_PARTICIPLE_ENDINGS = ("d", "da", "de", "t", "ta", "te")


def _adjective_before_noun(token: Token) -> bool:
    """``att vid bränder eller andra svåra [ADJ] olyckor leda``: inside the adverbial phrase
    an adjective right before a noun is that noun's attribute, whatever its ending (round 47,
    non-verb aims); not a word the lexicon knows as a verb's base (``vid behov entlediga``,
    ``med revisorerna upprätta``)."""
    following = token.i + 1
    return (
        token.pos_ == "ADJ"
        and following < len(token.doc)
        and token.doc[following].pos_ == "NOUN"
        and not lexicon_base_form(token.lower_)
        and token.lower_ not in GRAMMAR.infinitives
    )


def _infinitive_after_closed_phrase(token: Token) -> bool:
    """Round 52 (analysis 52-av C2): ``att inom socknen, och om årsmötet så beslutar, i
    grannbygderna anordna [ADJ] kurser``: past the phrases after ``att`` (an inserted clause
    skipped comma to comma), a word the lexicon knows as an infinitive right after a
    definite noun is the infinitive, whatever the tagger made of it: a definite noun closes
    its phrase, so no attribute of the next noun can follow it (as `_attributive` says)."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        before is not None
        and token.pos_ in {"ADJ", "VERB"}
        and _definite_noun(before)
        and lexicon_infinitive(token.lower_)
    )


def _definite_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and "Def" in morph_values(token, "Definite")


def _infinitive_tagged_adverb(run: Span, following: Token) -> Token | None:
    """``har rätt att vidta [ADV] de åtgärder``: in the run of adverbs after ``att``, a word
    the lexicon knows only as a verb's base form is the infinitive the tagger missed, when
    a noun phrase (its object) follows the run, no verb (``att ofta delta``, ``att gärna i
    samråd med X verka`` keep their adverb)."""
    if following.pos_ not in _BARE_COMPLEMENT_POS | {"PRON"} or could_be_infinitive(following):
        return None
    return next((t for t in run if t.pos_ == "ADV" and lexicon_infinitive(t.lower_)), None)


# Dashes that enclose an insertion as a comma pair does (`att – självt eller genom
# dotterbolag – äga`: round 41, agt-C1); a hyphen counts where it stands as a word of its own.
_INSERTION_DASHES = frozenset({"–", "—", "-"})


def _infinitive_by_form(token: Token) -> bool:
    """A word tagged a verb's infinitive, whatever the parser made it (``amod``)."""
    return token.pos_ == "VERB" and "Inf" in morph_values(token, "VerbForm")


def _past_parenthetical(comma: int, sentence: Span) -> int | None:
    """``har rätt att, inom ramen för budgeten, anställa``: an adverbial between commas
    after the infinitive marker, or between dashes (``att – i mån av medel – dela ut``);
    the word after its closing mark, the same mark as the opening one (None when the marks
    enclose a finite verb that no subordinator opening them governs: ``att, om det behövs,
    kalla in`` skips an adverbial clause, ``att, nämnden beslutar, …`` is no parenthetical).
    A subordinator inside the adverbial governs the finite verb after it (``att snarast,
    senast en månad efter det att ansökan kom in, pröva``; round 49, bs C4)."""
    doc = sentence.doc
    mark = doc[comma].text
    clause = _opens_inserted_clause(comma + 1, sentence)
    for token in doc[comma + 1 : min(sentence.end, comma + 13)]:
        if token.text == mark:
            return token.i + 1 if token.i > comma + 1 else None
        clause = clause or token.lower_ in GRAMMAR.subordinators
        if is_finite(token) and not clause:
            return None
    return None


def _holds_inserted_clause(comma: int, sentence: Span) -> bool:
    """``att utan dröjsmål, och senast en vecka efter det att X kom in, pröva``: the
    adverbial between this comma and the next holds a clause of its own, a subordinator
    before any finite verb in it (round 49, bs C4)."""
    doc = sentence.doc
    for token in doc[comma + 1 : min(sentence.end, comma + 13)]:
        if token.text == "," or is_finite(token):
            return False
        if token.lower_ in GRAMMAR.subordinators:
            return _past_parenthetical(comma, sentence) is not None
    return False


def _opens_inserted_clause(opener: int, sentence: Span) -> bool:
    """The insertion after ``att,`` opens with a subordinator (``om det behövs``), also past
    a coordinator (``eller om stämman så beslutar``) or as a two-word subordinator, after a
    preposition too (``i den mån avkastningen medger det``; configs/grammar.yaml
    `subordinator_phrases`) (round 39, K-B1)."""
    doc = sentence.doc
    if opener < sentence.end and doc[opener].lower_ in GRAMMAR.coordinators:
        opener += 1
    if opener >= sentence.end:
        return False
    if doc[opener].lower_ in GRAMMAR.subordinators:
        return True
    pairs = (doc[i : i + 2] for i in (opener, opener + 1) if i + 2 <= sentence.end)
    return any(f"{a.lower_} {b.lower_}" in GRAMMAR.subordinator_phrases for a, b in pairs)


def _inline_items(colon: int, sentence: Span) -> list[Token]:
    """``har till uppgift att: i samråd med X stödja … i samråd med X sprida …``: a lead-in's
    items printed inline after ``att:`` without markers or ``och`` (analysis-9 cause 2). Each
    bare infinitive opens an item and is an aim of the lead-in, unless a verb, a modal or
    ``att`` governs it (``verka för att hyresgästerna kan påverka``)."""
    doc = sentence.doc
    items: list[Token] = []
    for token in doc[colon + 1 : sentence.end]:
        if token in items or not _item_infinitive(token):
            continue
        previous = token.i - 1
        while previous > colon and doc[previous].pos_ == "ADV":
            previous -= 1
        governor = doc[previous]
        if governor.lower_ != "att" and governor.pos_ not in ("AUX", "VERB"):
            items.extend(_with_coordinated(token, sentence))
    return list(dict.fromkeys(items))


def _item_infinitive(token: Token) -> bool:
    """An infinitive, or a verb in -a the tagger inflected that the lexicon knows only as a
    base form (``stödja`` tagged past), or a listed infinitive not in -a the tagger read as
    a noun (grammar `infinitives`: ``samt att tillse [NOUN] att …``; round 49, ao G2)."""
    if is_infinitive(token) or listed_in_infinitive_place(token):
        return True
    return token.pos_ == "VERB" and lexicon_infinitive(token.lower_)


def _name_or_genitive(token: Token) -> bool:
    """``att Vara kommun är …``, ``att fullmäktiges beslut …``: a capitalised word inside the
    sentence is a name, and a word the parser attaches as a possessor is a genitive; neither
    is an infinitive, whatever its tag."""
    capitalised = token.i > sentence_start(token) and token.text[:1].isupper()
    return capitalised or token.dep_ == "nmod:poss"


def _with_coordinated(verb: Token, sentence: Span, *, flat: bool = False) -> list[Token]:
    found = [verb, *coordinated(verb, sentence.end)]
    for later in (*_more_att(verb, sentence, flat=flat), *_later_correlates(verb, sentence)):
        # "att hyra ut lokaler, att köpa och sälja fastigheter": a later item's own
        # conjuncts share the cue too (round 39, K-B2)
        found.extend([later, *coordinated(later, sentence.end)])
    return list(dict.fromkeys(found))


def _later_correlates(first: Token, sentence: Span) -> list[Token]:
    """``att … dels stödja vård av sjuka och gamla och dels stödja …`` (round 43, be-C12):
    after a first aim that a correlative opens (`correlatives`, past adverbs), each later
    same correlative + a word that could be an infinitive is another aim of the cue, whatever
    the parse hung it on (``består dels av X, dels av Y``: no infinitive after it)."""
    doc = first.doc
    before = first.i - 1
    if before < sentence.start:
        return []  # an aim opening its sentence has no correlative before it
    correlatives = GRAMMAR.correlatives
    while before > sentence.start and doc[before].pos_ == "ADV":
        if doc[before].lower_ in correlatives:
            break
        before -= 1
    correlative = doc[before].lower_
    if correlative not in correlatives:
        return []
    return [
        doc[index + 1]
        for index in range(first.i + 1, sentence.end - 1)
        if doc[index].lower_ == correlative and _correlate_infinitive(doc[index + 1])
    ]


def _correlate_infinitive(token: Token) -> bool:
    return could_be_infinitive(token) or _item_infinitive(token)


def _more_att(first: Token, sentence: Span, *, flat: bool = False) -> list[Token]:
    """``att delta …, och att yttra sig``: later ``och att`` infinitives share the cue; so do
    those after a comma (``att stödja kommunerna, att verka för …``), and in a `flat` list
    (after a purpose cue) those after a noun phrase or adverb with no comma
    (``att främja samverkan att bistå medlemmarna``), unless a noun that takes an infinitive
    complement governs the ``att`` (``infinitive_complement_nouns``: ``möjlighet att``), or
    it follows the object of a verb of appointing or urging (`object_control_verbs`: ``att
    utse ombud att företräda …``: the object's task; round 49, bs C7)."""
    doc = first.doc
    found = []
    for index in range(first.i + 2, sentence.end - 1):
        if doc[index].lower_ != "att":
            continue
        infinitive = _att_infinitive(doc, index, sentence.end)
        if infinitive is None:
            continue
        previous = doc[index - 1]
        listed = previous.lower_ in GRAMMAR.coordinators or previous.text == ","
        if listed or (
            flat
            and _ends_list_item(previous)
            and not _controls_object((first, *found)[-1], index)
        ):
            found.append(infinitive)
    return found


def _att_infinitive(doc: Doc, marker: int, end: int) -> Token | None:
    """The infinitive of the ``att`` at `marker`: the next word, or the verb after adverbs
    and one prepositional phrase (``, att i brådskande fall besluta``, ``, att vid behov
    biträda [ADJ]``: round 52, analysis 52-aa C6) when the lexicon knows it as a base form;
    an ``att``-clause with a subject of its own (``att därefter fattade beslut anmäls``) has
    none."""
    following = doc[marker + 1]
    if _item_infinitive(following):
        return following
    if following.pos_ not in {"ADV", "ADP"}:
        return None
    landing = adverbial_landing(following, end)
    if landing is None or not (is_infinitive(landing) or lexicon_infinitive(landing.lower_)):
        return None
    return landing


def _controls_object(verb: Token, att: int) -> bool:
    """``utse``, ``föreslå``, ``uppmana``: the item's verb takes an object that is the subject
    of an ``att``-infinitive after it (grammar `object_control_verbs`): the first ``att``
    after the verb (at `att`); a later one opens the list's next item (``utse ombud att
    företräda föreningen att främja …``)."""
    words = GRAMMAR.object_control_verbs
    if any(t.lower_ == "att" for t in verb.doc[verb.i + 1 : att]):
        return False
    return verb.lower_ in words or verb.lemma_.lower() in words


# What may end an item of a flattened list of infinitives before the next ``att``.
_ITEM_END_POS = frozenset({"NOUN", "PROPN", "PRON", "ADV", "NUM"})


def _ends_list_item(token: Token) -> bool:
    """The last word of an item before the next ``att`` of a flattened list: a noun phrase
    or an adverb, not a preposition, verb or adjective that governs the ``att`` (``till att``,
    ``börja att``, ``möjligt att``) and no noun whose complement it opens."""
    complement = GRAMMAR.infinitive_complement_nouns
    if token.lower_ in complement or token.lemma_.lower() in complement:
        return False
    return token.pos_ in _ITEM_END_POS or token.text == ")"


# A conjunct noun phrase may open after these (``har ansvaret för X samt uppgiften att``).
_NOMINAL_CUE_COORDINATORS = frozenset({"och", "samt", ","})


# The nouns of a cue list's ``har`` + noun + ``att`` phrases → their deontic (the last listed
# wins), per list (kept with the list, as `_two_word_cues`).
_HAR_ATT_NOUNS: dict[int, tuple[tuple, dict[str, str]]] = {}


def _har_att_nouns(phrases: tuple[tuple[tuple[str, ...], str], ...]) -> dict[str, str]:
    kept = _HAR_ATT_NOUNS.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        nouns = {
            words[1]: deontic
            for words, deontic in phrases
            if len(words) == 3 and words[0] in {"har", "ha"} and words[2] == "att"
        }
        kept = _HAR_ATT_NOUNS[id(phrases)] = (phrases, nouns)
    return kept[1]


# The word classes of a nominal predicative's noun phrase before its head: a determiner,
# adjectives; and inside its one prepositional attribute, after the preposition.
_PREDICATIVE_PREMODIFIERS = frozenset({"DET", "ADJ"})
_ATTRIBUTE_WORDS = frozenset({"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"})


def conjoined_predicative_cue(
    copula: Token, sentence: Span, cues: DeonticCues
) -> tuple[str, Token, Token] | None:
    """``Nämnden är huvudman för skolan och ansvarig för driften`` (round 52, ca S3): after a
    copula a nominal predicative (a noun, its determiner and adjectives before it, one
    prepositional attribute after it), then a coordinator (``och``/``samt``), adverbs, and
    the adjective and preposition of a three-word copula cue (``är ansvarig för``): the
    second conjunct is that cue under the same copula, the first the copula's own
    statement. (deontic, adjective, preposition); None where a subject or a verb follows
    the coordinator (``och rektorn är ansvarig för``) or the predicative is an adjective
    (the cue's own conjunct pattern, `_predicative_conjunct`)."""
    if copula.lower_ not in GRAMMAR.copulas:
        return None
    doc, end = copula.doc, sentence.end
    position = copula.i + 1
    while position < end and doc[position].pos_ in _PREDICATIVE_PREMODIFIERS:
        position += 1
    if position >= end or doc[position].pos_ != "NOUN":
        return None
    position += 1
    if position < end and doc[position].pos_ == "ADP":
        position += 1
        while position < end and doc[position].pos_ in _ATTRIBUTE_WORDS:
            position += 1
    if position >= end or doc[position].lower_ not in GRAMMAR.coordinators:
        return None
    table = _copula_cues(cues.phrases)
    for after in range(position + 1, end - 1):
        adjective, preposition = doc[after], doc[after + 1]
        deontic = table.get((copula.lower_, adjective.lower_, preposition.lower_))
        if deontic is not None:
            return deontic, adjective, preposition
        if not is_adverb(adjective):
            return None  # "ytterst ansvarigt [ADV] för": the cue's word before any adverb
    return None


def second_nominal_cues(
    verb: Token, cue_end: int, sentence: Span, cues: DeonticCues
) -> list[tuple[str, Token, Token, list[Token]]]:
    """``Rektorn har ansvaret för ekonomin samt uppgiften att leda personalen``: a further cue
    noun coordinated into the object of a nominal ``ha``-cue shares its ``har`` and is a cue of
    its own when ``har`` + the noun + ``att`` is one (``har uppgiften att``, ``har rätten
    att``); its infinitives are its aims (round 36, B1). (deontic, noun, ``att``, aims) each;
    past a finite verb the object has ended."""
    if verb.lemma_ != "ha" and verb.lower_ not in {"har", "ha", "hade"}:
        return []
    nouns = _har_att_nouns(cues.phrases)
    doc, found = sentence.doc, []
    for position in range(cue_end, sentence.end - 2):
        token = doc[position]
        if is_finite(token):
            break
        if token.lower_ not in _NOMINAL_CUE_COORDINATORS:
            continue
        noun = position + 1
        while noun < sentence.end - 1 and doc[noun].pos_ in {"DET", "ADJ", "ADV"}:
            noun += 1
        marker = doc[noun + 1] if noun + 1 < sentence.end else None
        deontic = nouns.get(doc[noun].lower_)
        if deontic is None or marker is None or marker.lower_ != "att":
            continue
        aims = action_after(marker.i + 1, sentence, set(), cues.purpose_nouns)
        if aims and all(could_be_infinitive(aim) for aim in aims):
            found.append((deontic, doc[noun], marker, aims))
    return found
