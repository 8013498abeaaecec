"""Vetoes of a verb tag: where the parse or the lexicon shows a tagged verb is none.

Participle attributes, nouns and adjectives the tagger read as verbs, and the first word of a
listed multi-word determiner: what `is_verb` asks before it trusts a verb tag.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.language.grammar import GRAMMAR
from pipeline.language.phrases import phrases_by_first_word
from pipeline.language.spelling import VOWELS, lexicon_lemma
from pipeline.nlp.memo import doc_arrays, memoised, morph_values, sentence_end, sentence_start
from pipeline.nlp.verb_fallbacks import (
    distributive_pronoun,
    genitive_noun_tag,
    noun_after_attributes,
    passive_by_spelling,
    present_or_short_present,
)
from pipeline.nlp.verb_forms import (
    VERB_POS,
    _lexicon,
    adjective_a_form,
    adjective_form,
    before_adverbs_and_negations,
    has_sentences,
    is_modal,
    lexicon_infinitive,
    participle_spelling,
    s_passive_spelling,
    s_present_lemma,
)
from pipeline.normalize.words import actor_lexicon


def opens_pronoun_phrase(token: Token) -> bool:
    """``Var och en av nämnderna``, ``var för sig``: the first word of a listed multi-word
    distributive (``distributive_determiners``) or degree adverbial (``degree_adverbials``) is
    no verb (``var`` is no past of ``vara`` there)."""
    if token.lower_ not in GRAMMAR.pronoun_phrase_first_words:
        return False  # most words open no listed phrase: one read, one look-up
    distributive, degree = GRAMMAR.distributive_determiners, GRAMMAR.degree_adverbials
    return (
        _opens_listed_phrase(token, distributive)
        or _opens_listed_phrase(token, degree)  # "tecknas av A och B var för sig" (round 16)
        or distributive_pronoun(token)  # "utser var sin ledamot" (round 58)
    )


def pronominal_adverb(token: Token) -> bool:
    """``varom``, ``varpå``, ``varigenom``, ``därom``, ``härunder``: a relative or pronominal
    adverb, ``var``/``där``/``här`` + a preposition (`pronominal_adverb_stems`,
    `pronominal_adverb_prepositions`), is no verb, whatever the tagger reads (round 35, B5:
    ``de ärenden varom ordföranden har yttrat sig`` has no verb ``varomma``)."""
    return pronominal_adverb_word(token.lower_)


def pronominal_adverb_word(word: str) -> bool:
    """`pronominal_adverb` of a lowercase word."""
    stems = GRAMMAR.pronominal_adverb_stems
    if not word.startswith(stems):
        return False  # most words open with no stem: one call in C, no loop
    return any(
        word.startswith(stem) and word[len(stem) :] in GRAMMAR.pronominal_adverb_prepositions
        for stem in stems
    )


_INTERROGATIVE_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


def interrogative_var(token: Token) -> bool:
    """``bestämmer var mötet ska hållas``, ``…, var de nya lokalerna ska ligga``: ``var``
    (where) opening an indirect question is no past of ``vara``: inside its sentence, a
    subject noun phrase follows it and then a finite verb of its own, which a finite ``var``
    could not have (round 44, bg-G2). ``Ordföranden var förhindrad`` and a verb-first
    condition (``Var ordföranden förhindrad, …``) keep the verb; so does ``Ordföranden var
    den ledamot som kallade``: a relative pronoun ends the subject, and the finite verb
    after it is the relative clause's (review 44c, item 4)."""
    if token.lower_ != "var" or token.i <= sentence_start(token):
        return False
    doc, end = token.doc, sentence_end(token)
    position = token.i + 1
    nominal = False
    while position < end and doc[position].pos_ in _INTERROGATIVE_SUBJECT_POS:
        if _relative_pronoun(doc[position]):
            return False
        nominal = nominal or doc[position].pos_ in {"NOUN", "PROPN", "PRON"}
        position += 1
    if not nominal or position >= end:
        return False
    following = doc[position]
    return following.pos_ in VERB_POS and "Fin" in morph_values(following, "VerbForm")


def _relative_pronoun(token: Token) -> bool:
    """``som``, ``vilken``, ``vilket``, ``vilka`` (grammar.yaml `relative_pronouns`) or a
    pronoun the tagger reads as relative."""
    return token.lower_ in GRAMMAR.relative_pronouns or "Rel" in morph_values(token, "PronType")


def coordinated_quantifier(token: Token) -> bool:
    """``hela eller delar av personalen``, ``delar eller hela av``: a quantifier coordinated
    with another (``coordinated_quantifiers``, ``och``/``eller``/``samt`` between) is no verb,
    whatever its tag (``delar`` no present of ``dela``; round 25, B2)."""
    quantifiers = GRAMMAR.coordinated_quantifiers
    if token.lower_ not in quantifiers:
        return False
    doc, i = token.doc, token.i
    before = (
        i >= 2 and doc[i - 1].lower_ in GRAMMAR.coordinators and doc[i - 2].lower_ in quantifiers
    )
    after = (
        i + 2 < len(doc)
        and doc[i + 1].lower_ in GRAMMAR.coordinators
        and doc[i + 2].lower_ in quantifiers
    )
    return before or after


def naming_participle(token: Token) -> bool:
    """``, nedan kallat förbundet,``, ``(härefter benämnd föreningen)``: a naming verb's
    past participle (`naming_participles`) right after a definition adverb
    (`definition_adverbs`) is no verb (fix16; docs/annotation.md §3: participles are no
    verbs), whatever the tagger reads."""
    if token.lower_ not in GRAMMAR.naming_participles:
        return False
    if _names_noun_before(token):
        return True
    position = token.i - 1
    while position > 0 and token.doc[position].lower_ in GRAMMAR.definition_inner_adverbs:
        position -= 1  # "nedan även kallad" (round 47, analysis 47-bo A1)
    return position >= 0 and token.doc[position].lower_ in GRAMMAR.definition_adverbs


def _names_noun_before(token: Token) -> bool:
    """``en gemensam nämnd, benämnd Ekbygdens servicenämnd``: the naming participle right
    after a noun (a comma between allowed) and before a capitalised name is the noun's
    attribute (round 58, ruling R3 of analysis 58-cr), no verb."""
    doc = token.doc
    before = token.i - 1 - (token.i > 1 and doc[token.i - 1].text == ",")
    return (
        before >= 0
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text[:1].isupper()
        and doc[before].pos_ in {"NOUN", "PROPN"}
    )


def name_before_kind_noun(token: Token) -> bool:
    """``Tallbacka kommun``, ``Skogsvika kommun``, ``Norrby stad`` (round 48, nu48 fault 5): a
    capitalised word right before a bare place kind noun (configs/grammar.yaml
    `place_kind_nouns`) is the place's name with its kind, never a verb, also first in a list
    item under a lead-in."""
    if not token.text[:1].isupper():
        return False
    doc = token.doc
    return token.i + 1 < len(doc) and doc_arrays(doc).lower[token.i + 1] in GRAMMAR.place_kind_nouns


GIVEN_NAMES_KEY = "styrdok_given_names"  # a Doc's user_data key: its run's `given_names`


def given_names(doc: Doc) -> Container[str]:
    """The given names of the actor lexicon the run uses (its ``--config``), which the actor
    component leaves on each Doc (`GIVEN_NAMES_KEY`; review 51); a Doc no actor component
    saw reads the shipped lexicon's."""
    names = doc.user_data.get(GIVEN_NAMES_KEY)
    return actor_lexicon().given_names if names is None else names


def given_name_before_surname(token: Token) -> bool:
    """``Hanna Strand``, ``Sara Lind`` (round 51, analysis 51-by C5): a capitalised given
    name (configs/actors.yaml `given_names`) right before another capitalised word, a
    surname, is a personal name, never a verb, also first in a list item under a lead-in
    (``Ledamöter är:`` ⏎ ``– Anna Berg``)."""
    text = token.text
    if not text[:1].isupper() or text.isupper():
        return False
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    surname = doc[token.i + 1].text
    return (
        surname[:1].isupper()
        and surname.isalpha()
        and not surname.isupper()
        and token.lower_ in given_names(doc)
    )


def proper_name_word(token: Token) -> bool:
    """A place's name before its kind noun or a given name before a surname: no verb."""
    if not capitalised_word(token.text, token.lower_):
        return False  # both want a capital first
    return name_before_kind_noun(token) or given_name_before_surname(token)


def capitalised_word(text: str, word: str) -> bool:
    """`proper_name_word`'s first test, by the word alone: a capital first."""
    return text[:1].isupper()


def matches_never_verb_pattern(token: Token) -> bool:
    """``KS/2015:171``: a token matching one of `never_verb_patterns` (configs/grammar.yaml:
    case and registration numbers) is no verb, whatever the tagger reads (round 22, D6)."""
    return never_verb_text(token.text)


def never_verb_text(text: str) -> bool:
    """`matches_never_verb_pattern` of a token's text."""
    if text.isalpha():
        return False  # no digit (`_never_verb_text`'s first test) in an all-letter word
    return _never_verb_text(text, GRAMMAR.never_verb_patterns)


def digits_and_letters(token: Token) -> bool:
    """``c.3.4ja``, ``2b.handläggning``, ``§12a``: a token mixing digits and letters (debris of
    a table of contents or a label glued to a word) is never a verb nor an aim: no Swedish verb
    form holds a digit (round 36, V4). A shape test, no word list."""
    return digits_and_letters_text(token.text)


def digits_and_letters_text(text: str) -> bool:
    """`digits_and_letters` of a token's text."""
    if text.isalpha():
        return False  # most words: all letters, so no digit (no character is both)
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def revision_mark(token: Token) -> bool:
    """Round 52 (analysis 52-ca S9): ``SOCIALNÄMNDENS DELEGATIONSORDNING rev Bilagor``: a
    lower-case revision mark (configs/grammar.yaml `revision_marks`: ``rev`` for
    ``reviderad``) right after a word in capitals and before a capitalised word, a number,
    a stop or the end is a cover line's abbreviation, no form of ``riva``; ``Kommunen rev
    paviljongen`` keeps its verb (its subject is no capitals run), and so does a two- or
    three-letter acronym subject (``KS rev Ekbyskolan``): the capitals word has four letters
    or more, or a capitals word stands before it (review 52 S8)."""
    if token.i == 0 or not revision_mark_word(token.text, token.lower_):
        return False
    doc = token.doc
    if not _capitals_title(doc, token.i - 1):
        return False
    if token.i + 1 >= len(doc):
        return True
    after = doc[token.i + 1].text[:1]
    return after.isupper() or after.isdigit() or after in {".", ":"}


def revision_mark_word(text: str, word: str) -> bool:
    """`revision_mark`'s first test, by the word alone: a listed mark in lower case."""
    return word in GRAMMAR.revision_marks and text.islower()


_CAPITALS_TITLE_WORD = 4  # letters of a capitals word that alone makes a title


def _capitals_word(text: str, least: int = 2) -> bool:
    return len(text) >= least and text.isalpha() and text.isupper()


def _capitals_title(doc: Doc, position: int) -> bool:
    """The word at `position` ends a title in capitals: a capitals word of four letters or
    more (``DELEGATIONSORDNING``), or two capitals words in a row (``KS RIKTLINJE``); not
    an acronym alone (``KS``, ``VD``)."""
    word = doc[position].text
    if _capitals_word(word, _CAPITALS_TITLE_WORD):
        return True
    return _capitals_word(word) and position > 0 and _capitals_word(doc[position - 1].text)


def web_address(token: Token) -> bool:
    """``kansli@ekby.se``, ``https://ekby.se``, ``www.ekby.se/ansokan``: an e-mail or web
    address (a token holding one of `address_markers` or opening with one of
    `address_prefixes`, configs/grammar.yaml) is never a verb nor an aim (round 30, B4)."""
    return address_word(token.lower_)


def address_word(word: str) -> bool:
    """`web_address` of a lowercase word."""
    return _address_text(word, GRAMMAR.address_markers, GRAMMAR.address_prefixes)


@lru_cache(maxsize=1 << 16)  # a pure test of a word and the two lists (frozensets: hashed once)
def _address_text(text: str, markers: frozenset[str], prefixes: frozenset[str]) -> bool:
    return any(marker in text for marker in markers) or text.startswith(tuple(prefixes))


@lru_cache(maxsize=1 << 16)  # a pure test of a word and the list
def _never_verb_text(text: str, patterns: tuple[str, ...]) -> bool:
    if not any(character.isdigit() for character in text):
        return False
    pattern = _compiled(patterns)
    return pattern is not None and pattern.fullmatch(text) is not None


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _opens_listed_phrase(token: Token, listed: tuple[tuple[str, ...], ...]) -> bool:
    phrases = phrases_by_first_word(listed, min_words=2).get(token.lower_)
    if not phrases:
        return False
    lower, i = doc_arrays(token.doc).lower, token.i
    return any(tuple(lower[i : i + len(phrase)]) == phrase for phrase in phrases)


def not_a_finite_form(token: Token) -> bool:
    """A sentence-initial word tagged finite that the parser makes the subject of a later
    verb is a noun (``Val av revisorer ska ske``)."""
    return (
        token.i == sentence_start(token)
        and token.dep_ in {"nsubj", "nsubj:pass"}
        and token.head.i > token.i
        and "Fin" in morph_values(token, "VerbForm")
    )


def passive_without_s(token: Token) -> bool:
    """Tagged a passive verb form, but every Swedish s-passive (finite, infinitive or supine)
    ends in -s: a noun the tagger read as one (``Val av revisorer`` → ``vala``, an agenda
    item; round 47, nu47 fault 6). A participle (``vald``) is tagged as one, not here. The
    same tagger fault read as an item's infinitive: items.py `_infinitive_ending`."""
    if "Pass" not in morph_values(token, "Voice") or token.lower_.endswith("s"):
        return False  # most verbs: one read
    return token.lower_.isalpha() and "Part" not in morph_values(token, "VerbForm")


def _spelled_supine(token: Token) -> bool:
    """Tagged supine and spelled as one (every supine ends in -t or the s-passive's -ts)."""
    return "Sup" in morph_values(token, "VerbForm") and token.lower_.endswith(("t", "ts"))


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


def adjectival_in_tree(token: Token) -> bool:
    """The parser attaches it as an adjective (``amod``, or conjoined with one):
    ``regionövergripande och strategiska frågor``. An infinitive or a present tense has no
    adjective form, so a conjunct of a mistagged head stays a verb (``är kommunens högsta
    tjänsteperson och ansvarar``, ``samordna [ADJ] … och ha uppsikt``)."""
    if _spelled_supine(token):
        return False  # "har utsett": a supine has no attributive use (the participle has)
    if token.dep_ == "amod":
        return True
    if token.dep_ != "conj" or token.head.pos_ != "ADJ" or _unambiguous_verb_form(token):
        return False
    return not _passive_after_predicative(token)


def _passive_after_predicative(token: Token) -> bool:
    """``En ansökan ska vara fullständig och undertecknas av en sökande``: a verb-tagged
    s-form right after a coordinator, conjoined with a predicative adjective (one with a
    copula), is a passive of the modal's chain, no adjective (round 38, B6)."""
    if token.i == 0 or token.nbor(-1).lower_ not in GRAMMAR.coordinators:
        return False
    if token.tag_ and not token.tag_.startswith("VB"):
        return False
    if "Pass" not in morph_values(token, "Voice"):
        return False
    return any(child.dep_ == "cop" for child in token.head.children)


def _unambiguous_verb_form(token: Token) -> bool:
    """Active infinitive or present by morphology, with a verb tag where there is a fine tag
    (``kommungemensamma``: morphology Inf, tag JJ). An s-form there is rather the elliptic
    passive of a subordinate clause (``… ska fullgöras och medelsförvaltningen skötas``)."""
    if (token.tag_ and not token.tag_.startswith("VB")) or "Pass" in morph_values(token, "Voice"):
        return False
    return "Inf" in morph_values(token, "VerbForm") or (
        "Fin" in morph_values(token, "VerbForm") and "Pres" in morph_values(token, "Tense")
    )


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
    if extended_attribute(token) or _adjective_before_adjective_conjunct(token):
        return True
    if doc[token.i + 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    before = doc[token.i - 1]
    if before.pos_ == "DET" or _genitive_noun(before):  # (an adjective may end a headless
        # noun phrase: "med den enskilde planera omsorgen")
        return not _present_form(token)
    if before.pos_ == "ADP" and before.lower_ != "att" and not lexicon_infinitive(token.lower_):
        # "ska i enskilda fall samråda": a preposition's attribute (round 42, bb-V1); not after
        # an adverb the tagger made a preposition (the tree: advmod; "Sedan granskade [VB]
        # revisorerna …", round 55, tag55 #7)
        return before.dep_ != "advmod"
    joined = before.lower_ in GRAMMAR.noun_phrase_coordinators and before.i > sentence_start(token)
    if joined and _adjective_after_noun_conjunct(token, doc[before.i - 1]):
        return True
    if joined and _adjective_after_adjective_conjunct(token, doc[before.i - 1]):
        return True
    return joined and (_genitive_noun(doc[before.i - 1]) or _attribute_after_determiner(before))


def _present_form(token: Token) -> bool:
    """Round 55 (tag55 #8): a present by its tag (``VB|PRS``) or by spelling stands between
    no determiner and its noun (a present participle ends in -ande): ``Den fastställer
    [VB|PRS] taxor`` has the pronoun subject ``Den``, ``den beslutade planen`` an attribute."""
    if "Pres" in morph_values(token, "Tense") and token.tag_.startswith("VB"):
        return True
    word = token.lower_
    return word[-1:] == "r" and word.isalpha() and present_or_short_present(word)


def _adjective_after_noun_conjunct(token: Token, conjunct: Token) -> bool:
    """``att vid olyckor eller extraordinära händelser överta …`` (round 46, rank 5): after a
    coordinator whose conjunct before is a bare noun, an adjective spelled as one
    (`adjective_form`, or the lexicon's -a form of an adjective, `adjective_a_form`: no
    verb's base form) before a noun opens the next noun conjunct; it
    is no infinitive coordinated with a verb (``leda och samordna arbetet`` stays)."""
    return (
        token.pos_ == "ADJ"
        and conjunct.pos_ in {"NOUN", "PROPN"}
        and "Gen" not in morph_values(conjunct, "Case")
        and (adjective_form(token.lower_) or adjective_a_form(token.lower_))
    )


def _adjective_after_adjective_conjunct(token: Token, conjunct: Token) -> bool:
    """``bevara attraktiva och hållbara [VERB] områden``, ``ett modernt och hållbart [VERB]
    kontor`` (round 57, analysis57-co C11): after a coordinator whose conjunct before is
    tagged an adjective and is no verb's base form, a word before a noun that the lexicon
    reads as an adjective's -a, -t or -e form (its lemma no infinitive in -a) is that
    adjective's fellow attribute, no verb; ``granska och godkänna avtal`` (both base forms)
    stays two verbs."""
    if conjunct.pos_ != "ADJ" or lexicon_infinitive(conjunct.lower_):
        return False
    noun = token.doc[token.i + 1]
    if not _adjective_reading(token.lower_) or not _indefinite(noun):
        return False
    return not _infinitive_pair(conjunct, noun)


def _adjective_before_adjective_conjunct(token: Token) -> bool:
    """``skapa trygga [VERB] och tillgängliga miljöer`` (round 57, analysis57-co C11): the
    first of two attributes, read by the lexicon as an adjective's form, right before a
    coordinator, an adjective tagged so and an indefinite noun, is that adjective's fellow, no
    verb."""
    doc, after = token.doc, token.i + 3
    if after >= len(doc) or doc[token.i + 1].lower_ not in GRAMMAR.noun_phrase_coordinators:
        return False
    second = doc[token.i + 2]
    return (
        second.pos_ == "ADJ"
        and doc[after].pos_ in {"NOUN", "PROPN"}
        and _indefinite(doc[after])
        and _adjective_reading(second.lower_)
        and _adjective_reading(token.lower_)
        and not _infinitive_pair(token, doc[after])
    )


# The words a noun phrase runs on with (attributes, prepositional attributes, a series).
_NOUN_PHRASE_RUN_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "CCONJ"})


def _infinitive_pair(first: Token, noun: Token) -> bool:
    """``Nämnden ska trygga och säkra tillgång till vård``, ``… ska kunna säkra och trygga
    leveranser``, ``i syfte att trygga och säkra tillgång`` (review57b M1): a pair right after
    a modal, a catenative verb (`infinitive_modals`, `raising_verbs`) or the infinitive marker
    ``att`` (past adverbs and negations) fills that infinitive slot: two verbs, unless a
    finite verb follows the noun phrase (``för att trygga och säkra lokaler finns``: the
    noun phrase is that clause's subject, the pair its attributes). By tags and word order."""
    doc = first.doc
    position = before_adverbs_and_negations(first)
    if position < sentence_start(first) or position >= first.i:
        return False
    before, word = doc[position], doc[position].lower_
    catenative = word in GRAMMAR.infinitive_modals or word in GRAMMAR.raising_verbs
    if not (word == "att" or catenative or is_modal(before)):
        return False
    end, position = sentence_end(first), noun.i + 1
    while position < end and (
        doc[position].pos_ in _NOUN_PHRASE_RUN_POS or doc[position].lower_ == ","
    ):
        position += 1
    return position >= end or not _finite_after_noun_phrase(doc[position])


def _finite_after_noun_phrase(token: Token) -> bool:
    """A modal, a verb tagged finite, or a present by tag or spelling (``lokaler finns``)."""
    if token.lower_ in GRAMMAR.modals:
        return True
    if token.pos_ in VERB_POS and "Fin" in morph_values(token, "VerbForm"):
        return True
    return _present_form(token)


def _indefinite(noun: Token) -> bool:
    """No definite noun: a bare attribute stands before an indefinite one (``ska trygga och
    säkra verksamheten``: two verbs before a definite object)."""
    return "Def" not in morph_values(noun, "Definite")


def _adjective_reading(word: str) -> bool:
    """The lexicon reads the word as an adjective's -a, -t or -e form only (``hållbara`` →
    hållbar, ``säkra`` → säker): its lemma is another word, no infinitive in -a, and the word
    is no verb's base form (``trygga`` → trygg counts: no base form in the lexicon)."""
    if not word.isalpha() or word[-1:] not in {"a", "t", "e"} or lexicon_infinitive(word):
        return False
    lemma = lexicon_lemma(word)
    return bool(lemma) and lemma != word and not lemma.endswith("a")


def _attribute_after_determiner(coordinator: Token) -> bool:
    """``den grova och organiserade brottsligheten`` (round 39, K-B8): before the coordinator
    an attribute right after the phrase's determiner (or a definite article the tagger made
    a pronoun, grammar.yaml `definite_articles`: round 52, 52-av C3); the conjunct before
    the noun is its fellow attribute."""
    doc = coordinator.doc
    if coordinator.i - 2 < sentence_start(coordinator):
        return False
    if lexicon_infinitive(doc[coordinator.i + 1].lower_):
        return False  # "stödja de förtroendevalda och utveckla verksamheten": a verb
    first, article = doc[coordinator.i - 1], doc[coordinator.i - 2]
    # round 52 (52-av C3): `den` tagged a pronoun before the pair is its article too
    determiner = article.pos_ == "DET" or article.lower_ in GRAMMAR.definite_articles
    return first.pos_ in {"ADJ", "VERB"} and determiner


# The words of the noun phrase inside an attribute's own prepositional phrase.
_ATTRIBUTE_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"})
_HEAD_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # the attribute's noun, or one more attribute


def extended_attribute(token: Token) -> bool:
    """``i samarbete med för frågan ansvariga myndigheter``, ``de av beslutet berörda
    föräldrarna``: an adjective in its weak or plural form (``ansvariga``, ``gemensamma``,
    ``berörda``, ``etablerade``) right before its noun, with its own prepositional phrase
    before it that follows a preposition or determiner (Swedish extended pre-nominal
    attribute), is an attribute, no verb (analysis-15 cause 6)."""
    doc = token.doc
    if not weak_adjective_form(token.lower_) or doc[token.i + 1].pos_ not in _HEAD_POS:
        return False  # (the tagger reads a plural head as an adjective: ``tjänstemän``)
    start = sentence_start(token)
    position = token.i - 1
    while position > start and doc[position].pos_ in _ATTRIBUTE_PHRASE_POS:
        position -= 1
    if position <= start or position == token.i - 1 or doc[position].pos_ != "ADP":
        return False
    return doc[position - 1].pos_ in {"ADP", "DET"}


def weak_adjective_form(word: str) -> bool:
    """The lexicon knows the word only as the weak or plural form of an adjective or
    participle: ``ansvariga`` (ansvarig), ``gemensamma`` (gemensam), ``etablerade``
    (etablerad), never as a base form (``leda``, ``bilda``)."""
    lemma = lexicon_lemma(word)
    if not lemma or lemma == word or word in _lexicon()[1]:
        return False
    if adjective_a_form(word):
        return True
    return (lemma.endswith("m") and word == f"{lemma}ma") or (
        lemma.endswith("ad") and word == f"{lemma}e"
    )


def _genitive_noun(token: Token) -> bool:
    """A noun in the genitive: tagged or parsed so, and spelled with the genitive -s (the
    tagger marks a subject ``Kommunchefen`` Case=Gen too)."""
    spelled = token.lower_.endswith("s")
    return (
        spelled
        and token.pos_ in {"NOUN", "PROPN"}
        and ("Gen" in morph_values(token, "Case") or token.dep_ == "nmod:poss")
    )


_NOMINAL_HEADS = frozenset({"NOUN", "PROPN"})


@memoised
def genitive_tagged_verb(token: Token) -> bool:
    """``ska också verkställa fullmäktiges [VERB] beslut``: a word tagged VERB right before a
    noun, spelled with the genitive -s, is that noun's genitive and no verb when the lexicon
    knows no verb it could be the s-form of (no ``fullmäktiga``; ``beslutas``, ``läses``,
    ``finns``, the supine ``givits`` stay verbs); also before attributes and their noun
    (``förbundens [VERB] äldsta aktiva medlemmar``, analysis 54-ce C5)."""
    word = token.lower_
    if token.pos_ not in VERB_POS or not word.endswith("s") or word in GRAMMAR.deponents:
        return False
    if not noun_after_attributes(token, _NOMINAL_HEADS):
        return False
    if passive_by_spelling(token) or "Sup" in morph_values(token, "VerbForm"):
        return False
    if "Past" in morph_values(token, "Tense") and _past_s_passive_spelling(word):
        return False  # "Stiftelsen bildades år 1962": no genitive (round 40, ax cause 16)
    if genitive_noun_tag(token):
        return True  # "tillvarata medlemmarnas [VERB, NN…GEN] intressen" (round 42, bc-M1)
    lemma = lexicon_lemma(word)  # "givits" → ge: a verb form; "fullmäktiges" → fullmäktig
    if lemma[-1:] in VOWELS:
        return False
    return s_present_lemma(word) not in _lexicon()[1]


def _past_s_passive_spelling(word: str) -> bool:
    """A past s-passive by its spelling: an infinitive the lexicon knows, its stem with the
    past ``-de``/``-te`` and ``-s`` (``bildades`` → bilda, ``köptes`` → köpa)."""
    stem = word[:-3]
    lemmas = _lexicon()[1]
    return word.endswith(("des", "tes")) and (stem in lemmas or f"{stem}a" in lemmas)


@memoised
def attributive_past(token: Token) -> bool:
    """A past-tense form with no subject, right before the noun it qualifies, is a participle
    attribute (``politiskt fattade beslut``, ``, utfärdade föreskrifter``): a finite past
    needs a subject, or a verb it is coordinated with."""
    word, doc = token.lower_, token.doc
    if "Past" not in morph_values(token, "Tense") or not word.endswith(("de", "te", "da", "ta")):
        return False
    if word.endswith(("da", "ta")) and not _after_infinitive_slot(token):
        return _before_noun(token)  # no finite past ends in -a: "välskötta parker"
    before = doc[token.i - 1] if token.i > sentence_start(token) else None
    if before is not None and _av_phrase_end(before) and _before_noun(token):
        return True  # "och av nämnden beslutade gångstråk": an active past takes no av-agent
    if before is not None and _modal_infinitive(before) and _before_noun(token):
        return True  # "ska redovisa fattade beslut": its object, whatever the parse (probe43-4)
    listed = token.dep_ == "conj" and token.head.pos_ in {"NOUN", "PROPN", "ADJ"}
    if (token.dep_ == "conj" and not listed) or any(_counts_as_subject(c) for c in token.children):
        return False  # (a conjunct of a noun is a member of a noun phrase list)
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
def participle_in_object_series(token: Token) -> bool:
    """Round 52 (analysis 52-bh C1): ``ska tillämpa gällande lagar och beslutade [VB|PRT]
    riktlinjer samt informera …``, ``ska verkställa beslut och antagna [VB|INF] planer``: a
    past form after ``och``/``samt``/``eller`` (one adverb between: ``och behörigen fattade
    beslut``, `_adverb_before_participle`) and right before a bare noun (an adjective
    between) is a participle attribute opening the object's next conjunct when the verb
    before the coordinator is an infinitive or a present: a preterite cannot be its verb
    conjunct. The past form is a preterite in -de/-te by its tag, or spelled as a participle
    the lexicon knows and not as an infinitive (``antagna``; ``ordna``, ``lämna`` stay
    infinitives). A preterite before the coordinator keeps the conjunct a verb
    (``granskade X och fattade beslut``)."""
    word, doc = token.lower_, token.doc
    past = "Past" in morph_values(token, "Tense") and word.endswith(("de", "te"))
    if not past and not (participle_spelling(word) and not lexicon_infinitive(word)):
        return False
    start = sentence_start(token)
    position = token.i - 1
    if position > start and _adverb_before_participle(doc[position]):
        position -= 1
    if position <= start or doc[position].lower_ not in GRAMMAR.coordinators:
        return False
    following = token.i + 1
    if following < len(doc) and doc[following].pos_ == "ADJ":
        following += 1
    if following >= len(doc) or doc[following].pos_ != "NOUN":
        return False
    if "Def" in morph_values(doc[following], "Definite"):
        return False  # "och fattade beslutet": a definite noun is the preterite's object
    return _first_conjunct_not_past(doc, position - 1, start)


def _adverb_before_participle(word: Token) -> bool:
    """An adverb by its tag, or by its -igen ending whatever the tag (``vederbörligen``,
    ``behörigen``: the tagger may read them as definite nouns)."""
    return word.pos_ == "ADV" or (word.is_alpha and word.lower_.endswith("igen"))


def _first_conjunct_not_past(doc: Doc, position: int, start: int) -> bool:
    """The nearest verb-tagged word before `position` (to the sentence start) is an
    infinitive or a present."""
    while position >= start:
        word = doc[position]
        if word.pos_ in {"VERB", "AUX"}:
            forms, tenses = morph_values(word, "VerbForm"), morph_values(word, "Tense")
            return "Inf" in forms or "Pres" in tenses
        position -= 1
    return False


def _modal_infinitive(word: Token) -> bool:
    """An infinitive (tagged so, or spelled as one by the lexicon) right after a modal, past
    adverbs: what follows it opens its object (``ska anmäla [NOUN] fattade beslut``)."""
    if "Inf" not in morph_values(word, "VerbForm") and not lexicon_infinitive(word.lower_):
        return False
    doc, start = word.doc, sentence_start(word)
    position = before_adverbs_and_negations(word)
    return position >= start and doc[position].lower_ in GRAMMAR.modals


def _before_noun(token: Token) -> bool:
    """The word right before a noun, or before an adjective and its noun."""
    doc, position = token.doc, token.i + 1
    if position < len(doc) and doc[position].pos_ == "ADJ":
        position += 1
    return position < len(doc) and doc[position].pos_ == "NOUN"


def _after_infinitive_slot(token: Token) -> bool:
    """Right after a modal or ``att`` (past adverbs) a word in -a is an infinitive (``ska
    också utföra``)."""
    doc, position = token.doc, token.i - 1
    while position > 0 and doc[position].pos_ in {"ADV", "PART"} and doc[position].lower_ != "att":
        position -= 1
    if position < 0:
        return False
    before = doc[position]
    return before.lower_ == "att" or before.lower_ in GRAMMAR.modals or before.pos_ == "AUX"


@memoised
def postposed_participle(token: Token) -> bool:
    """``Föreskrifterna utfärdade med stöd av lagen ska följas``: a past form in -de/-te right
    after the noun phrase opening the sentence and before a preposition is a participle
    attribute of that noun when a finite verb follows with no punctuation, coordinator or
    subordinator between: a main clause has one finite verb in second place (V2)."""
    word, doc = token.lower_, token.doc
    if "Past" not in morph_values(token, "Tense") or not word.endswith(("de", "te")):
        return False
    if not has_sentences(doc):
        return False
    start, end = sentence_start(token), sentence_end(token)
    if token.i <= start or token.i + 1 >= end or doc[token.i + 1].pos_ != "ADP":
        return False
    if _reduced_relative(token, end):
        return True
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


def _reduced_relative(token: Token, end: int) -> bool:
    """``Råd, arbetsgrupper eller andra organ bildade efter beslut i styrelsen``: a preterite
    of a verb that takes an object (`object_verbs`) right after a noun and before a
    preposition, with no object and no finite verb after it in the sentence, is the
    postposed participle of the noun (round 40, aw-V2); ``Kommunerna bildade efter valet ett
    förbund`` has its object."""
    doc = token.doc
    if doc[token.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    verbs = GRAMMAR.object_verbs
    if token.lemma_.lower() not in verbs and lexicon_lemma(token.lower_) not in verbs:
        return False
    if any(child.dep_ in {"obj", "ccomp", "xcomp"} for child in token.children):
        return False
    return not any(
        following.lower_ in GRAMMAR.modals
        or (following.pos_ in VERB_POS and "Fin" in morph_values(following, "VerbForm"))
        for following in doc[token.i + 1 : end]
    )


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


def participle_after_copula(token: Token) -> bool:
    """A supine form after the copula is a participle (``är dock begränsat``, ``är beslutat
    av fullmäktige``): the perfect takes ``har``, never ``är``. Nor does an infinitive follow
    a finite copula: a word tagged one there is a predicative (``är ense om``)."""
    forms = morph_values(token, "VerbForm")
    if "Sup" not in forms and "Inf" not in forms:
        return False
    position = before_adverbs_and_negations(token)
    if position < sentence_start(token):
        return False
    lower = doc_arrays(token.doc).lower
    copula = lower[position]
    return copula in GRAMMAR.copulas if "Sup" in forms else copula in {"är", "var"}


_BODY_CATEGORY = "politiskt organ"


def body_noun(token: Token) -> bool:
    """Round 52 (bm-G1): a body noun of the actor lexicon (category `politiskt organ`:
    ``förbundsfullmäktige``, ``kommunfullmäktige``, ``regionstyrelsen``) is never a verb,
    whatever its tag (the tagger reads ``-ige`` as a past, ``fullmäktige`` as an auxiliary);
    a spelling in ``-a`` keeps its verb reading (``stämma``, ``överensstämma``: infinitives
    too)."""
    return body_noun_word(token.lower_)


def body_noun_word(word: str) -> bool:
    """`body_noun` of a lowercase word."""
    if not word.isalpha() or word.endswith("a"):
        return False
    analysis = actor_lexicon().analyse(word)
    return analysis is not None and analysis[1].category == _BODY_CATEGORY


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


def subject_before_s_passive(token: Token) -> bool:
    """``Extra stämma hålls när …`` (round 41, agt-C10): tagged an infinitive, second in its
    sentence after a capitalised attribute (no modal, no ``att``), and followed by a word the
    lexicon spells as an s-passive: the noun head of the subject (``stämma`` is a verb's
    base form too), the s-form its verb."""
    if "Inf" not in morph_values(token, "VerbForm") or token.i - sentence_start(token) != 1:
        return False
    before, end = token.doc[token.i - 1], sentence_end(token)
    if not before.is_title or before.pos_ not in _ATTRIBUTE_POS or token.i + 1 >= end:
        return False
    if before.lower_ in GRAMMAR.modals or before.lower_ == "att":
        return False
    return s_passive_spelling(token.doc[token.i + 1].lower_)


# What the tagger calls a capitalised attribute at a sentence's start (``Extra`` PROPN).
_ATTRIBUTE_POS = frozenset({"ADJ", "PROPN", "NOUN"})


def compound_noun_object(token: Token) -> bool:
    """Tagged a present, but a compound the lexicon lacks whose last part it reads as a
    plural noun (``stödpersoner`` → person: ``-personer``, ``-ledamöter``), right after a
    verb, in its object's place: a noun (round 21, cause D5; ``Nämnden ska utse stödpersoner
    för de boende``). The verb before it may be tagged a noun too (``utse``). So is one right
    after a bare noun, in a list run together without commas (``sjukvård idrottsfrågor
    tävlingsfrågor``: round 52, analysis 52-aa C5): no finite verb follows its subject's
    bare noun with nothing between in such a list."""
    word = token.lower_
    if token.i == 0 or not word.isalpha() or not word.endswith("r"):
        return False
    if "Pres" not in morph_values(token, "Tense"):
        return False
    table, lemmas = _lexicon()
    if word in table or word in lemmas or not _noun_tail(word, table, lemmas):
        return False
    before = token.doc[token.i - 1]
    if _bare_noun_before(before):
        return True
    return before.pos_ in VERB_POS or _known_infinitive(before.lower_, table, lemmas)


def _bare_noun_before(before: Token) -> bool:
    """An indefinite noun without a determiner (``frågor``, ``sociala frågor``), the member
    before in a run-together list of nouns."""
    if before.pos_ != "NOUN" or "Def" in morph_values(before, "Definite"):
        return False
    return before.i == 0 or before.doc[before.i - 1].pos_ != "DET"


COMPOUND_HEAD_MIN, COMPOUND_TAIL_MIN = 3, 5


def _noun_tail(word: str, table: dict[str, str], lemmas: frozenset[str] | set[str]) -> bool:
    """A last part of `word` the lexicon reads as an inflected noun: its lemma ends in a
    consonant and no infinitive in -a is spelled on it (as in `noun_by_lexicon`), or it is
    the -or plural of a noun in -a (``frågor`` → fråga: a verb in -a makes its present in
    -ar; round 52)."""
    for cut in range(COMPOUND_HEAD_MIN, len(word) - COMPOUND_TAIL_MIN + 1):
        tail = word[cut:]
        lemma = table.get(tail)
        if lemma and lemma[-1] not in VOWELS and f"{lemma}a" not in lemmas:
            return True
        if lemma and tail.endswith("or") and lemma == f"{tail[:-2]}a":
            return True
    return False


def _known_infinitive(word: str, table: dict[str, str], lemmas: frozenset[str] | set[str]) -> bool:
    """The lexicon or the word lists know the word as an infinitive (``utse``, ``anställa``)."""
    if word in GRAMMAR.infinitives:
        return True
    return word.endswith("a") and word in lemmas and word not in table


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


# A conjunct's dependents that show it heads a clause of its own (its object, a particle …).
_CLAUSE_DEPENDENTS = frozenset(
    {
        "obj",
        "iobj",
        "obl",
        "xcomp",
        "ccomp",
        "compound:prt",
        "nsubj",
        "nsubj:pass",
        "aux",
        "aux:pass",
        "mark",
        "advcl",
        "advmod",
    }
)


def adjective_in_noun_series(token: Token) -> bool:
    """``verka för att fasta fornlämningar och lösa [VERB] fynd bevaras`` (round 43, bf cause
    8): a word tagged an infinitive that the parser joins as a conjunct of a noun, right
    after a coordinator and right before a noun, is an attribute of that noun when the
    lexicon reads it as an inflected adjective (``lösa`` → lös + -a), not a verb."""
    if token.dep_ != "conj" or not token.lower_.endswith("a") or token.i + 1 >= len(token.doc):
        return False  # most tokens: one read
    doc, word = token.doc, token.lower_
    if token.head.pos_ not in {"NOUN", "PROPN"} or doc[token.i + 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    if doc[token.i - 1].lower_ not in GRAMMAR.coordinators:
        return False
    return lexicon_lemma(word) == word[:-1]


def listed_noun_homograph(token: Token) -> bool:
    """``ska främja hälsa, kultur och rättvisa``, ``arbeta för miljö, trygghet och hälsa``
    (round 38, at-B3): a word tagged an infinitive that the parser joins as the last conjunct
    of a noun, with no object, particle or adverbial of its own, is the list's last noun when
    the list has a noun conjunct before it (three members: ``upprätta årsredovisning samt
    kalla till stämma`` stays the chain's verb) and the lexicon knows the word's definite
    noun form (``rättvisan``, ``hälsan``; an unknown ``återrapportera`` stays a verb)."""
    if token.dep_ != "conj" or not token.lower_.endswith("a"):
        return False  # most tokens: one read
    head = token.head
    if head.pos_ not in {"NOUN", "PROPN"} or "Inf" not in morph_values(token, "VerbForm"):
        return False
    if any(child.dep_ in _CLAUSE_DEPENDENTS for child in token.children):
        return False
    listed = [c for c in head.children if c.dep_ == "conj" and c.i != token.i]
    if any(c.i > token.i for c in listed):
        return False  # not the list's last member
    if not any(c.pos_ in {"NOUN", "PROPN"} for c in listed):
        return False  # "upprätta årsredovisning samt kalla till stämma": two members
    word = token.lower_
    return _lexicon()[0].get(f"{word}n") == word  # not an unknown "återrapportera"


# Dependents only a verb takes: a conjunct with one of them heads a clause of its own, however
# the parser joined it (an obl or nmod may hang on a noun as well: ``prognos för året``).
_VERB_ONLY_DEPENDENTS = _CLAUSE_DEPENDENTS - {"obl"}
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def answer_cell(token: Token) -> bool:
    """``1.1 | Beslut om X | Handläggare | Nej | Lag (…)`` (round 56, newuser56b fault 4): a
    table cell holding only an answer word (grammar.yaml `cell_answer_words`: ``ja``,
    ``nej``) is the cell's yes or no, never a verb: a cell separator ``|`` on one side at
    least and a separator or the sentence's edge on the other."""
    if token.lower_ not in GRAMMAR.cell_answer_words:
        return False
    doc = token.doc
    start, end = sentence_start(token), sentence_end(token)
    before = doc[token.i - 1].text if token.i > start else None
    after = doc[token.i + 1].text if token.i + 1 < end else None
    return "|" in (before, after) and before in (None, "|") and after in (None, "|")


def no_verb_reading_word(text: str, word: str) -> bool:
    """`conjunct_without_verb_reading`'s first test, by the word alone: the lexicon knows the
    word only as a base form (never as an inflected form of another word) and it ends in a
    consonant, where no Swedish infinitive does (``elnät``, ``avlopp``, ``kontroll``; not
    ``gå``, ``leda``, nor ``läs``, an imperative of läsa)."""
    table, lemmas = _lexicon()
    return (
        word.isalpha()
        and word[-1] not in VOWELS
        and word in lemmas
        and word not in table
        and word not in GRAMMAR.infinitives
    )


def conjunct_without_verb_reading(token: Token) -> bool:
    """``ska tillhandahålla fjärrvärme och elnät [VERB] inom kommunen`` (round 56, newuser56b
    fault 1): a word right after a coordinator or comma that the lexicon knows with no verb
    reading (`no_verb_reading_word`) is a conjunct noun of the object, not a second verb,
    whatever its tag or the parser's attachment."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in GRAMMAR.coordinators or before.text == ","


def noun_series_word(text: str, word: str) -> bool:
    """`noun_in_noun_series`' first test, by the word alone (`is_verb` asks it once per
    word): a word in -s or -ar."""
    return word.endswith(("s", "ar"))


def noun_in_noun_series(token: Token) -> bool:
    """``redovisa kostnader, intäkter och prognos [VERB] för året``, ``mål och kris [NOUN]``
    (round 45, issue #10): a word in -s that the parser joins as a conjunct of a noun, right
    after a coordinator or a comma, with no subject, object, auxiliary, particle or marker of
    its own, is the list's noun where the lexicon knows a noun form of the word (``prognosen``,
    ``krisen``: a definite or plural ending on it), whatever its tag or spelling says. A real
    s-passive the parser joined to a noun (``… av direktören och anmäls till X``) and a
    deponent verb (``… med föreningarna och enas om X``: a lemma in -s) have no such form.
    Round 53 (cb-4): so is a plural in -ar of a noun the lexicon knows in the definite
    singular (``förvaltar kajer, dammar och hamnar [VERB] längs kusten``: ``hamnen``,
    ``vägen``), which the spelling would read as a present (``hamna``); it takes no
    adverbial either (``bereder ärenden och beslutar om X`` stays a verb)."""
    word = token.lower_
    if token.dep_ != "conj" or not noun_series_word(token.text, word) or token.i == 0:
        return False  # most tokens: one read
    if token.head.pos_ not in _NOUN_POS or token.head.i > token.i:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ not in GRAMMAR.coordinators and before.text != ",":
        return False
    if word.endswith("ar"):
        dependents = _CLAUSE_DEPENDENTS
        if not _closes_noun_series(token) or not _definite_singular_noun(word[:-2]):
            return False
    else:
        dependents = _VERB_ONLY_DEPENDENTS
        if not _has_noun_form(word):
            return False
    return not any(child.dep_ in dependents for child in token.children)


def _closes_noun_series(token: Token) -> bool:
    """Whether the series member `token` is followed by nothing a verb would govern: the
    sentence end, a punctuation mark, a coordinator or a noun's preposition (``hamnar längs
    kusten``); ``vakar över att …``, ``fördelar medel`` go on as a verb's clause."""
    if token.i + 1 >= len(token.doc):
        return True
    after = token.doc[token.i + 1]
    if after.pos_ in {"PUNCT", "CCONJ"}:
        return True
    return after.pos_ == "ADP" and after.dep_ == "case" and after.head.i > after.i


_NOUN_ENDINGS = ("en", "et", "er", "ar")  # a definite or plural form built on the base


def _definite_singular_noun(stem: str) -> bool:
    """Whether the lexicon reads the definite singular on `stem` as `stem` (``vägen`` → väg)."""
    table = _lexicon()[0]
    return any(table.get(stem + ending) == stem for ending in ("en", "n"))


def _has_noun_form(word: str) -> bool:
    """Whether the lexicon reads a definite or plural form on `word` as `word`'s own form."""
    table = _lexicon()[0]
    return any(table.get(word + ending) == word for ending in _NOUN_ENDINGS)
