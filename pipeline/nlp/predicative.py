"""Predicative nominals (docs/annotation.md §2.1): a noun that names a role, not an actor —
after ``är``/``vara``, role-``som``, a role noun (``har rollen som``) or a naming verb
(``kallas``, ``utses till``). Definite nouns there identify actors (an inverted subject, an
enumeration of bodies), and a participle after the copula may govern an actor object.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from os.path import commonprefix
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Doc, Token

from pipeline.language.forms import (
    DEFINITE_ENDINGS,
    DEFINITE_PLURAL_ENDINGS,
    DEFINITE_SINGULAR_ENDINGS,
)
from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import (
    BODY_ROLES,
    PERSON_CATEGORIES,
    SIBILANT_ENDINGS,
    ActorLexicon,
)
from pipeline.nlp.memo import doc_arrays, doc_memoised, morph_values, open_lower
from pipeline.nlp.verb_forms import adverb_at, participle_spelling
from pipeline.nlp.verbs import is_finite
from pipeline.patterns import APOSTROPHES, PARTY_CODE_WORD, QUOTATION_MARKS

if TYPE_CHECKING:
    from pipeline.nlp.actors import ActorMention

DASHES = frozenset({"–", "—", "-"})
QUOTES = QUOTATION_MARKS | APOSTROPHES
DEFINITE_DETERMINERS = frozenset({"den", "det", "de", "denna", "denne", "detta", "dessa"})


def is_predicative(
    tokens: Sequence[Token],
    index: int,
    covered: dict[int, ActorMention],
    lexicon: ActorLexicon,
) -> bool:
    """A noun after ``är``/``vara``, role-``som`` or a naming verb names a role, not an
    actor: ``är Region Norrbottens ledande tjänsteman och chef för``, ``deltar som
    föredragande``, ``företräder kommunen som högste tjänsteman``, ``har rollen som chef``,
    ``i egenskap av chef`` (`role_nouns`), ``kallas kommunalråd``, ``utses till
    dataskyddsombud`` (`naming_verbs`). Not so in a cleft (``Det är kommundirektören som
    …``) or after a participle that takes an object (``är underställd
    kommundirektören``)."""
    verdict = _sentence_verdict(tokens, index, covered, lexicon)
    if verdict is not None:
        return verdict
    if index > 0 and tokens[index].is_sent_start and tokens[index - 1].is_alpha:
        return False  # a sentence whose stop was lost opens here (round 53, 53-cc L3)
    return _licensed_by_preceding_words(tokens, index, covered, lexicon)


def _sentence_verdict(
    tokens: Sequence[Token],
    index: int,
    covered: dict[int, ActorMention],
    lexicon: ActorLexicon,
) -> bool | None:
    """The verdicts the noun's sentence gives before any word before it is read: a fronted
    adjective, a question, a cleft, a definition, a listed or fronted organ. A verdict that
    needs a copula (or ``som``) before or after the noun is asked only where the sentence's
    copula places (`_copula_places`, read once per Doc) hold one there."""
    places = _copula_places(tokens)
    copula_before = places is None or places.first_copula < index
    predicative_before = places is None or places.first_predicative < index
    verb_after = places is None or places.last_verb > index
    verb_before = places is None or min(places.first_verb, places.first_copula) < index
    if copula_before and after_fronted_adjective(tokens, index):
        return False  # "Valbar till revisor är varje medlem som …": the subject (round 45)
    if copula_before and _counted_inverted_subject(tokens, index, lexicon):
        return False  # "I förvaltningen är cirka 40 medarbetare anställda" (round 51, bx-C6)
    if copula_before and index > 0 and _counted_inverted_subject(tokens, index - 1, lexicon):
        return True  # … "anställda": the participle is the predicative, no actor
    if index + 1 < len(tokens) and tokens[index + 1].lower_ == "som":
        return _classifying_predicative(tokens, index)
    if predicative_before and _asked_about(tokens, index):
        return False  # "Vad är ett kommunalförbund?": the question's subject (round 41, r C8)
    if index + 1 < len(tokens) and tokens[index + 1].lower_ in GRAMMAR.postpositions:
        return False  # "ska vara vd tillhanda": the postposition's complement
    if verb_before and _cleft_subject(tokens, index):
        return False
    if defined_alias(tokens, index):
        return True
    if (places is None or places.last_verb >= 0) and in_naming_name(tokens, index, lexicon):
        return True
    if _defining_apposition(tokens, index, covered, lexicon):
        return True  # "Lövsta kommun, värdkommun, och …" (round 46, bm cause 14)
    if defined_term(tokens, index) and not _definite_word(tokens[index], lexicon):
        return True  # "Med förvaltningar avses …": the term defined (round 40, aw-A2)
    if predicative_before and _listed_organ(tokens, index, lexicon):
        return False  # "Föreningens organ är årsmöte, styrelse och …" (round 45, bi-C12)
    if verb_after and _fronted_predicative(tokens, index, lexicon):
        return True  # "Närmaste chef för rektorerna är skoldirektören …" (round 29, B2)
    if (places is None or places.last_copula > index) and identifying_body(
        tokens, index, lexicon
    ):
        return True  # "Föreningens främsta organ är årsmötet" (round 35, B4)
    if verb_after and _role_before_personal_name(tokens, index, lexicon):
        return True  # "Ordförande i nämnden är Eva Lund (C)" (round 42)
    if verb_after and _role_before_organisation_name(tokens, index, covered, lexicon):
        return True  # "Huvudman för skolan är Ekby kommun" (round 55, cj-C8)
    if copula_before and _titled_subject_of_fronted(tokens, index, lexicon):
        return False  # "Högste chef är förvaltningschef Karin Ek" (round 53, cb-P12)
    return None


class _CopulaPlaces(NamedTuple):
    """Where a Doc's copulas stand, as the verdicts of `_sentence_verdict` need them: each
    of those verdicts reads a copula (``copulas``) or a predicative verb (``predicative_verbs``,
    ``som`` among them, or those other than ``som``: a cleft's) before the noun, or a copula
    or a predicative verb other than ``som`` after it (or anywhere: a naming clause's); where
    the Doc has none there, the verdict is False."""

    first_copula: int  # the first word of ``copulas``; the Doc's length where none
    first_predicative: int  # the first of ``predicative_verbs``; the Doc's length where none
    first_verb: int  # the first of ``predicative_verbs`` other than ``som``; length where none
    last_copula: int  # the last word of ``copulas``; -1 where none
    last_verb: int  # the last of ``predicative_verbs`` other than ``som``; -1 where none


def _copula_places(tokens: Sequence[Token]) -> _CopulaPlaces | None:
    """The copula places of `tokens`, a Doc with an open memo (read once per memo); None for
    anything else (no gate: every verdict is asked)."""
    if not isinstance(tokens, Doc):
        return None
    lower = open_lower(tokens)
    if lower is None:
        return None
    return doc_memoised(tokens, _copula_places, lambda: _find_copula_places(lower))


def _find_copula_places(lower: Sequence[str]) -> _CopulaPlaces:
    copulas, predicative = GRAMMAR.copulas, GRAMMAR.predicative_verbs
    first_copula = first_predicative = first_verb = len(lower)
    last_copula = last_verb = -1
    for position, word in enumerate(lower):
        if word not in predicative and word not in copulas:
            continue
        if GRAMMAR.opens_distributive_pronoun(lower, position):
            continue  # "utser var sin ledamot": no copula (round 58)
        if word in copulas:
            first_copula, last_copula = min(first_copula, position), position
        if word in predicative:
            first_predicative = min(first_predicative, position)
            if word != "som":
                first_verb, last_verb = min(first_verb, position), position
    return _CopulaPlaces(first_copula, first_predicative, first_verb, last_copula, last_verb)


def _titled_subject_of_fronted(
    tokens: Sequence[Token], index: int, lexicon: ActorLexicon
) -> bool:
    """A bare person title and a personal name right after the copula of a fronted
    predicative (round 29 B2): the title is the inverted subject, an actor (round 36 C6)."""
    if index < 2 or tokens[index - 1].lower_ not in GRAMMAR.copulas:
        return False
    if not _titled_name(tokens, index, lexicon):
        return False
    start = index - 1
    while start > 0 and not tokens[start].is_sent_start:
        start -= 1
    return any(_fronted_predicative(tokens, j, lexicon) for j in range(start, index - 1))


def _cleft_subject(tokens: Sequence[Token], index: int) -> bool:
    """``Det är kommundirektören som …``: the cleft's focus, or one of its conjuncts."""
    if not _may_hold_cleft(tokens):
        return False
    if _cleft_focus_with_postmodifier(tokens, index) or _cleft_first_conjunct(tokens, index):
        return True
    return _cleft_later_conjunct(tokens, index)


def _licensed_by_preceding_words(
    tokens: Sequence[Token],
    index: int,
    covered: dict[int, ActorMention],
    lexicon: ActorLexicon,
) -> bool:
    """Walk back from the noun past its modifiers to the word that decides: a naming verb,
    ``som``, the copula, a participle, a clause boundary."""
    position = index - 1
    listed = True  # only definite actors, commas and conjunctions between "är" and the noun
    while position >= 0:
        token = tokens[position]
        if position == index - 1 and _title_or_qualification(token, lexicon):
            position -= 1
            continue
        verdict = _licensor_verdict(tokens, position, index, listed, lexicon)
        if verdict is not None:
            return verdict
        insertion = _insertion_after_copula(tokens, position) if token.lower_ == "," else None
        if insertion is not None:
            position = insertion  # "är, liksom revisionen, ett … organ": past the insertion
            continue
        if position in covered and _inverted_naming_subject(tokens, covered[position], lexicon):
            position = covered[position].first_token - 1  # "kallas X:s ersättare vice direktör"
            continue
        listed = listed and _listable(tokens, position, covered, lexicon)
        if _object_of_participle(tokens, position, index, lexicon):
            return False
        earlier = _past_agent_or_identified(tokens, position, index, covered)
        if earlier is not None:
            position = earlier
            continue
        if token.lower_ == "(":
            return False
        verdict = _verbless_apposition(tokens, position, index, covered, lexicon)
        if verdict is not None:
            return verdict
        earlier = _past_modifier(tokens, position, index, covered)
        if earlier is None:
            return _conjunct_of_predicative(tokens, index, covered, lexicon)
        position = earlier
    return False


def _title_or_qualification(token: Token, lexicon: ActorLexicon) -> bool:
    """``är vice ordförande``: the title's word, tagged ADP (round 42, F1); ``ska vara
    auktoriserad revisor``: a professional qualification (round 43, be-C14b)."""
    return token.lower_ in _TITLE_WORDS or token.lower_ in lexicon.qualification_adjectives


def _licensor_verdict(
    tokens: Sequence[Token], position: int, index: int, listed: bool, lexicon: ActorLexicon
) -> bool | None:
    """The verdict of a word that licenses or rules out a predicative: a naming verb, a
    relative, ``som``, the copula, a clause boundary; None for any other word."""
    word = tokens[position].lower_
    if _names_role(tokens, position, lexicon):
        return _role_named(tokens, position, index, lexicon)
    if word in RELATIVE_ADVERBS and position > 0 and tokens[position - 1].pos_ == "NOUN":
        return False  # "en mötesplats där ungdomar ska …": the relative's subject (round 39)
    verdict = _som_verdict(tokens, position, index, lexicon)
    if verdict is not None:
        return verdict
    if word in GRAMMAR.predicative_verbs and not _distributive_var(tokens, position):
        return _after_copula(tokens, position, index, listed, lexicon)
    if word == "," and _subject_of_spliced_clause(tokens, position):
        return False  # "Taxorna är höga, förvaltningschefen är anställd …"
    if word in GRAMMAR.clause_coordinators and _subject_of_joined_clause(
        tokens, position, index, lexicon
    ):
        return False  # "X är huvudman och nämnden svarar för …" (round 49, r-G4)
    return None


def _distributive_var(tokens: Sequence[Token], position: int) -> bool:
    """``utser var sin ledamot`` (round 58): ``var`` opens the distributive pronoun, no
    copula licenses the noun after it as a predicative."""
    words = [t.lower_ for t in tokens[position : position + 3]]
    return GRAMMAR.opens_distributive_pronoun(words, 0)


def _role_named(tokens: Sequence[Token], position: int, index: int, lexicon: ActorLexicon) -> bool:
    """A definite noun names one actor (``benämns denna tjänsteman kommunchef``, ``en
    förvaltning som heter stadsbyggnadskontoret``); a role is indefinite, and so is a bare
    head given as a short name (``Skolnämnden kallas nämnden i …``)."""
    word = tokens[position].lower_
    before = tokens[position - 1].lower_ if position > 0 else ""
    noun = tokens[index]
    if word in lexicon.naming_verbs and _inverted_owned_subject(tokens, position, index):
        return False
    short_name = _bare_head(noun, lexicon) and _definite_word(noun, lexicon)
    if short_name and lexicon.naming_verbs & {word, before}:
        return not _demonstrative(tokens, index)
    return not _definite_word(tokens[index], lexicon) and not _demonstrative(tokens, index)


def _inverted_owned_subject(tokens: Sequence[Token], verb: int, index: int) -> bool:
    """``I förbundet kallas styrelsens ordförande preses`` (round 52, al P6): right after a
    naming verb that follows a fronted phrase (V2 inversion) an owner's genitive and the noun
    make a definite noun phrase, and the title follows it and ends the clause: the noun
    heads the inverted subject, the last noun phrase is the title. An adverb is no title
    (``Till sammanträdet kallas nämndens ledamöter senast …``: "summoned", review 52 M2)."""
    if verb == 0 or index != verb + 2 or not _owner_genitive(tokens[verb + 1]):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    # the title's word may be tagged anything that is no function word ("preses" [VERB])
    title = following is not None and following.is_alpha and following.pos_ not in _NO_TITLE
    if title and adverb_at(following.lower_, following.pos_, GRAMMAR.adverbial_adjectives):
        return False  # "… kallas bolagets aktieägare skriftligen [ADJ]": a -ligen adverb
    if not title or not _ends_clause(tokens, index + 2):
        return False
    return tokens[verb - 1].pos_ in {"NOUN", "PROPN", "ADV"}


def _ends_clause(tokens: Sequence[Token], position: int) -> bool:
    """The clause ends before `position`: the end, punctuation, or a coordinator that
    opens a next noun phrase (``… preses och vice ordföranden …``)."""
    if position >= len(tokens) or tokens[position].is_punct:
        return True
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    return (
        tokens[position].lower_ in GRAMMAR.coordinators
        and after is not None
        and after.pos_ in {"NOUN", "PROPN", "ADJ", "DET"}
    )


def _inverted_naming_subject(
    tokens: Sequence[Token], mention: ActorMention, lexicon: ActorLexicon
) -> bool:
    """The mention is the owned inverted subject of a naming verb right before it
    (`_inverted_owned_subject`): the title after it walks past it to the verb."""
    verb = mention.first_token - 1
    if verb > 0 and mention.first_token == mention.last_token and _owner_genitive(tokens[verb]):
        verb -= 1  # the owner a mention of its own: "kallas direktörens | ersättare"
    if verb < 0 or tokens[verb].lower_ not in lexicon.naming_verbs:
        return False
    return _inverted_owned_subject(tokens, verb, mention.last_token)


_NO_TITLE = frozenset(
    {"ADP", "CCONJ", "SCONJ", "AUX", "PART", "PRON", "DET", "ADV", "NUM", "PUNCT"}
)


def _som_verdict(
    tokens: Sequence[Token], position: int, index: int, lexicon: ActorLexicon
) -> bool | None:
    """The verdict of ``som``/``såsom`` before the noun; None for any other word."""
    word = tokens[position].lower_
    if word == "som" and _correlative_som(tokens, position):
        return False  # "av såväl direktionen som stämman": a conjunct (round 29, B5)
    if word == "som" and _comparative_som(tokens, position, tokens[index]):
        return False  # "för samma period som övriga ledamöter" (round 43, bf-13)
    if word == "såsom" and tokens[position + 1].lower_ in {"en", "ett"}:
        return True  # "förvaltas såsom en stiftelse": a manner role (round 36, C6)
    if word == "som" and _completes_subordinator(tokens, position):
        return False  # "Så snart som nämnden har …": the clause's subject (round 40)
    if word == "som":
        after_verb = position > 0 and tokens[position - 1].pos_ in {"VERB", "AUX", "ADV", "ADP"}
        # "en ledamot som nämnden utser": an actor noun tagged ADV is the antecedent
        after_verb = after_verb and not _adv_tagged_actor_noun(tokens[position - 1], lexicon)
        # "hur vi som tjänstemän ska arbeta": a pronoun's role (round 37)
        after_verb = after_verb or (
            position > 0 and tokens[position - 1].lower_ in GRAMMAR.role_pronouns
        )
        first = _first_role_conjunct(tokens, position, index)
        return after_verb or _role_after_som(tokens, position, first, lexicon)
    return None


def _after_copula(
    tokens: Sequence[Token], position: int, index: int, listed: bool, lexicon: ActorLexicon
) -> bool:
    """A definite noun after ``är`` is an inverted subject or names one actor (``I kommunen
    är kommundirektören också …``, ``nämnderna är kommunstyrelsen, socialnämnden och …``);
    a role is indefinite."""
    word = tokens[position].lower_
    relative = position > 0 and tokens[position - 1].lower_ == "som"  # "som är …"
    adjacent = position == index - 1 or listed
    adjacent = adjacent or _v2_after_fronted_phrase(tokens, position, index)
    inverted = adjacent and not relative and _definite_word(tokens[index], lexicon)
    inverted = inverted and not _base_form(tokens[index], lexicon)  # round 39, C4
    inverted = inverted or _subject_before_adjective(tokens, position, index)
    inverted = inverted or _owned_subject_of_fronted(tokens, position, index, lexicon)
    inverted = inverted or (not relative and _owned_subject_after_v2(tokens, position, index))
    return word == "som" or not inverted


def _listable(
    tokens: Sequence[Token],
    position: int,
    covered: dict[int, ActorMention],
    lexicon: ActorLexicon,
) -> bool:
    """A word that may stand in an enumeration of definite actors after the copula."""
    word = tokens[position].lower_
    return (
        word in GRAMMAR.noun_phrase_coordinators
        or word == ","
        or _definite_mention(tokens, position, covered, lexicon)
    )


def _object_of_participle(
    tokens: Sequence[Token], position: int, index: int, lexicon: ActorLexicon
) -> bool:
    """``är underställda kommundirektören``, ``är förbehållna annan nämnd``: the noun is the
    participle's object."""
    token = tokens[position]
    participle = token.pos_ == "ADJ" and morph_values(token, "Tense") == ["Past"]
    participle = participle or _participle_form(token)
    if participle and _definite(tokens[index]):
        return True
    return _participle_after_copula(tokens, position, tokens[index], lexicon)


def _past_agent_or_identified(
    tokens: Sequence[Token], position: int, index: int, covered: dict[int, ActorMention]
) -> int | None:
    """The position before an identified mention, a participle's agent (``av fullmäktige
    valda``) or a partitive ``en av``; None when the word is none of these."""
    if position in covered and _identified(tokens, covered[position]):
        return covered[position].first_token - 1
    if position in covered and _agent_of_participle(tokens, covered[position], index):
        return covered[position].first_token - 1  # "av fullmäktige valda"
    word = tokens[position].lower_
    if word == "av" and _participle_between(tokens, position, index):
        return position - 1  # "är av fullmäktige valda kommunalråd": the participle's agent
    if word == "av" and _partitive_one(tokens, position):
        return position - 2  # "ska bli en av landets bästa kommuner": one of a class
    return None


def _verbless_apposition(
    tokens: Sequence[Token],
    position: int,
    index: int,
    covered: dict[int, ActorMention],
    lexicon: ActorLexicon,
) -> bool | None:
    """``Fullmäktige – kommunens högsta organ``: a verbless apposition after a dash, or after
    a comma or colon before its owner (``Direktionen, förbundets … organ``) names a role;
    None when the word opens no such apposition."""
    word = tokens[position].lower_
    apposition = word in DASHES or _owned_apposition(tokens, position, covered)
    if apposition and not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return not _definite_word(tokens[index], lexicon)
    return None


def _past_modifier(
    tokens: Sequence[Token], position: int, index: int, covered: dict[int, ActorMention]
) -> int | None:
    """The position before a word that may stand inside the noun's phrase (a
    determiner, an adverb, an attributive adjective, a parenthesis, a conjunction, an
    uncovered noun); None for a word that ends the walk."""
    token = tokens[position]
    word = token.lower_
    if word == ")":  # "(Regionen)": an apposition in parentheses
        return _opening_parenthesis(tokens, position) - 1
    if _skipped_modifier(tokens, position, index) or word in {",", ")"}:
        return position - 1
    if word in GRAMMAR.noun_phrase_coordinators and position > 0:
        return position - 1
    if token.pos_ == "NOUN" and position not in covered:
        return position - 1
    return None


def _skipped_modifier(tokens: Sequence[Token], position: int, index: int) -> bool:
    """A determiner, adverb, negation, possessive or attributive adjective inside the noun's
    phrase, or a quotation mark around it."""
    token = tokens[position]
    word = token.lower_
    attributive = token.pos_ == "ADJ" and (
        word.endswith(("e", "a")) or _indefinite_noun(_phrase_noun(tokens, index))
    )
    quoted = word in QUOTES  # "fungerar som nämndens ”styrelse”": a figure of speech
    # "är inte förtroendevalda politiker": the negation is tagged PART
    skipped = token.pos_ in {"DET", "ADV", "NUM"} or word in GRAMMAR.negations
    skipped = skipped or _possessive(token)  # "är också vår krisledningsnämnd"
    # "utgör inget självständigt organ": a negative determiner tagged PRON (round 36, C3)
    skipped = skipped or (token.pos_ == "PRON" and token.dep_ == "det")
    # "och är Ekbos högsta beslutande organ": a name's genitive right after the copula
    # owns the predicative, whatever the parser made of it (round 37, ar-C1)
    skipped = skipped or _name_genitive_after_copula(tokens, position)
    return skipped or attributive or quoted


def _asked_about(tokens: Sequence[Token], index: int) -> bool:
    """``Vad är ett kommunalförbund?``: after a sentence-initial ``vad``/``vem`` + copula the
    noun phrase is the subject asked about, no predicative (round 41, analyst r C8)."""
    position = index - 1
    while position >= 0 and tokens[position].pos_ in {"DET", "ADJ"}:
        position -= 1
    return (
        position >= 1
        and tokens[position].lower_ in GRAMMAR.predicative_verbs
        and tokens[position - 1].lower_ in GRAMMAR.question_pronouns
        and tokens[position - 1].is_sent_start
    )


# Relative adverbs after a noun: the clause they open has its own subject (round 39, au C5)
RELATIVE_ADVERBS = frozenset({"där", "dit", "varifrån", "varest"})


# Word classes that end the name of a naming clause (``… är Ekdal och omfattar …``).
_NAME_ENDING_CLASSES = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PUNCT", "PRON"})


def _listed_organ(tokens: Sequence[Token], index: int, lexicon: ActorLexicon) -> bool:
    """``Föreningens organ är årsmöte, styrelse, revisorer och valberedning.``: after a body
    noun (`identifying_body_nouns`) and a copula, each noun of a list (a comma or a
    coordinator in it) is one of the organisation's bodies, an actor, and the body noun none
    (`identifying_body`; §2.1, round 45 bi-C12); a single noun (``Styrelsen är ett organ för
    …``) is a predicative."""
    position, listed = index - 1, False
    while position > 0 and (
        tokens[position].text == ","
        or tokens[position].lower_ in GRAMMAR.noun_phrase_coordinators
        or tokens[position].pos_ in _LIST_WORD_CLASSES
    ):
        listed = listed or tokens[position].pos_ not in _LIST_WORD_CLASSES
        position -= 1
    while position > 1 and tokens[position].pos_ == "ADV":
        position -= 1  # "… organ är alltid stämman och styrelsen" (round 48, bq B4)
    if position < 1 or tokens[position].lower_ not in GRAMMAR.predicative_verbs:
        return False
    if tokens[position - 1].lower_ not in GRAMMAR.identifying_body_nouns:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return listed or (
        following is not None
        and (following.text == "," or following.lower_ in GRAMMAR.noun_phrase_coordinators)
    )


_LIST_WORD_CLASSES = frozenset({"NOUN", "PROPN", "ADJ"})


def naming_clause(tokens: Sequence[Token], lexicon: ActorLexicon) -> tuple[int, int, int] | None:
    """``Kommunalförbundets namn är Ekdalens räddningstjänst``, ``Bolagets firma är Ekbo
    AB``: a genitive owner, a name noun (`name_nouns`) and a copula, then a name that opens
    with a capital, also in quotation marks (``Föreningens namn är "HAGBY IF"``: up to the
    closing mark; docs/annotation.md §2.1). The indices of the owner and of the name's
    first token and end, within `tokens` (a sentence); None when the sentence has none."""
    copulas = GRAMMAR.predicative_verbs - {"som"}
    for index in range(1, len(tokens) - 2):
        noun = tokens[index]
        if not lexicon.is_name_noun(noun.lower_):
            continue
        last = _coordinated_name_noun(tokens, index, lexicon)
        # "namn ska vara N", "namn bör vara N": a modal before the copula (round 39, av-C1)
        copula = last + 1 + (tokens[last + 1].lower_ in GRAMMAR.naming_modals)
        if copula + 1 >= len(tokens) or tokens[copula].lower_ not in copulas:
            continue
        owner = _name_noun_owner(tokens, index)
        if owner is None:
            continue
        found = _given_name(tokens, copula + 1, lexicon) or _kind_opened_name(
            tokens, owner, copula + 1, lexicon
        )
        if found is not None:
            return owner, *found
    return None


def _kind_opened_name(
    tokens: Sequence[Token], owner: int, first: int, lexicon: ActorLexicon
) -> tuple[int, int] | None:
    """``Föreningens namn är bostadsrättsföreningen Björkhagen``, ``Stiftelsens namn är
    stiftelsen Ekby Fond``: a name that opens with the owner's kind noun in lower case, in
    its definite form, bare or as a compound of it (a legal form as model stadgar write it),
    before a name that opens with a capital; the name runs from the kind noun (round 49,
    analysis 49-bs C1b). None when the word after the copula is no such noun."""
    word = tokens[first]
    if first + 1 >= len(tokens) or not word.is_lower or not word.is_alpha:
        return None
    named, found = lexicon.analyse(tokens[owner].lower_), lexicon.analyse(word.lower_)
    if named is None or found is None or found[1].head != named[1].head:
        return None
    if word.lower_ == found[0] or word.pos_ not in {"NOUN", "PROPN"}:
        return None  # "namn är förening X": no definite kind noun
    rest = _given_name(tokens, first + 1, lexicon)
    return None if rest is None or rest[0] != first + 1 else (first, rest[1])


def _coordinated_name_noun(tokens: Sequence[Token], noun: int, lexicon: ActorLexicon) -> int:
    """``Stiftelsens namn och firma är …``: the index of the last of two name nouns that a
    coordinator (`_LIST_COORDINATORS`, ``eller``) joins after the name noun at `noun` (round
    49, analysis 49-bs C1a: the pair names one organisation), else `noun`."""
    after = noun + 2
    if (
        after + 1 < len(tokens)
        and tokens[noun + 1].lower_ in _NAME_NOUN_COORDINATORS
        and lexicon.is_name_noun(tokens[after].lower_)
    ):
        return after
    return noun


_LIST_COORDINATORS = frozenset({"och", "samt"})
_NAME_NOUN_COORDINATORS = _LIST_COORDINATORS | {"eller"}
_MOST_NAME_ATTRIBUTES = 2


def _name_noun_owner(tokens: Sequence[Token], noun: int) -> int | None:
    """The index of the genitive owner of the name noun at `noun`: the token before it, or
    before up to two attributive adjectives or participles (``Föreningens fullständiga
    namn``, ``Bolagets registrerade firma``; round 48, analysis 48-bq N1), or the antecedent
    of a possessive relative pronoun (``Denna stiftelse, vars namn är …``)."""
    at = noun - 1
    while at > 0 and noun - at <= _MOST_NAME_ATTRIBUTES and _name_attribute(tokens[at]):
        at -= 1
    if _relative_possessive(tokens[at]):
        return _relative_antecedent(tokens, at)
    return at if tokens[at].lower_.endswith("s") and not _name_attribute(tokens[at]) else None


def _relative_possessive(token: Token) -> bool:
    """A possessive relative pronoun (``vars``: PRON, Poss=Yes, PronType Rel)."""
    return (
        token.pos_ == "PRON"
        and "Yes" in morph_values(token, "Poss")
        and "Rel" in morph_values(token, "PronType")
    )


def _relative_antecedent(tokens: Sequence[Token], at: int) -> int | None:
    """``Denna stiftelse, vars namn är N``: the noun right before the possessive relative
    pronoun at `at` (a comma between them) owns the name (round 54, analysis 54-cf B)."""
    before = at - 1 - (at > 1 and tokens[at - 1].text == ",")
    if before < 0 or tokens[before].pos_ not in {"NOUN", "PROPN"}:
        return None
    return before


def _name_attribute(token: Token) -> bool:
    """An attributive adjective or participle in lower case (weak form), no genitive."""
    return token.is_lower and (
        token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in morph_values(token, "VerbForm"))
    )


def naming_verb_clause(
    tokens: Sequence[Token], lexicon: ActorLexicon
) -> tuple[int, int, int] | None:
    """``Kommunalförbundet benämns Västfjällens räddningsförbund``, ``Föreningen heter
    Ljungbyns Skidklubb``, ``Bolaget har namnet Ekbo Energi AB``: a definite noun, a naming
    verb (`naming_verbs`) or a name-bearing verb with a name noun (`name_bearing_verbs`,
    `name_nouns`), then a name that opens with a capital (docs/annotation.md §2.1). The
    indices of the named noun and of the name's first token and end, within `tokens` (a
    sentence); None when the sentence has none. The naming verb may open a relative clause
    on the noun (``Enheten som heter Servicekontoret ansvarar …``, ``Enheten,
    som kallas Kundtjänst, …``): the relative renames its head as the main clause does, the
    lower-case name then one definite body compound (round 54, ce-C7). A sentence with no
    naming or name-bearing verb after its first word is passed over first (perf54c)."""
    verbs = lexicon.naming_verbs | lexicon.name_bearing_verbs
    if not any(token.lower_ in verbs for token in tokens[1:]):
        return None
    for index in range(len(tokens) - 2):
        relative = _naming_relative(tokens, index)
        verb_at = relative or index + 1 + (tokens[index + 1].lower_ in GRAMMAR.naming_modals)
        if verb_at + 1 >= len(tokens):
            continue
        verb = tokens[verb_at].lower_
        first = verb_at + 1
        if verb in lexicon.name_bearing_verbs and lexicon.is_name_noun(tokens[first].lower_):
            first += 1
        elif verb not in lexicon.naming_verbs:
            continue
        if tokens[index].pos_ not in {"NOUN", "PROPN"} or first >= len(tokens):
            continue
        found = _given_name(tokens, first, lexicon) or (
            _relative_body_name(tokens, first, lexicon)
            if relative
            else _body_title(tokens, index, first, lexicon)
        )
        if found is not None:
            return index, *found
    return None


def _naming_relative(tokens: Sequence[Token], noun: int) -> int:
    """The index of the verb after ``som`` (a comma before it allowed) right after the noun
    at `noun`, else 0."""
    at = noun + 1 + (noun + 1 < len(tokens) and tokens[noun + 1].text == ",")
    return at + 1 if at < len(tokens) and tokens[at].lower_ == "som" else 0


def _relative_body_name(
    tokens: Sequence[Token], first: int, lexicon: ActorLexicon
) -> tuple[int, int] | None:
    """``som heter servicekontoret``: one definite compound of a body or unit head
    (`BODY_ROLES`; not the bare head) names the relative's noun; the clause goes on after it."""
    found = lexicon.analyse(tokens[first].lower_)
    if found is None or found[1].role not in BODY_ROLES or found[0] == found[1].head:
        return None
    definite = tokens[first].lower_ != found[0] and "Definite=Def" in str(tokens[first].morph)
    return (first, first + 1) if definite else None


_LONGEST_BODY_TITLE = 6


def _body_title(
    tokens: Sequence[Token], subject: int, first: int, lexicon: ActorLexicon
) -> tuple[int, int] | None:
    """``Den gemensamma nämnden ska benämnas lönenämnden ekonomi och personal.``: a body's
    name in lower case, a definite compound of the subject's head (``lönenämnden`` of
    ``nämnden``) and the words that specify it, running to the sentence's stop with no verb
    or clause on the way (round 46, analysis 46-bm cause 6). A lone compound is the
    lexicon's word, and ``kallas till sammanträde`` no name."""
    word = tokens[first].lower_
    compound = title_compound(tokens[subject].lower_, word, lexicon)
    if compound is None or compound[1] not in lexicon.apposition_body_kinds:
        return None
    if word == compound[0]:
        return None  # not definite
    end = len(tokens) - (tokens[-1].text in {".", ";", ":"})
    words = tokens[first + 1 : end]
    if not 0 < len(words) <= _LONGEST_BODY_TITLE or any(
        not token.is_alpha or token.pos_ in {"VERB", "AUX", "SCONJ", "PRON", "DET"}
        for token in words
    ):
        return None
    return first, end


def title_compound(subject: str, word: str, lexicon: ActorLexicon) -> tuple[str, str] | None:
    """(compound, head) where `word` is a compound of the head of the body noun `subject`
    (``lönenämnden`` of ``nämnden`` → (lönenämnd, nämnd)): a body's lower-case title opens
    with one (round 46, analysis 46-bm cause 6); None for another head or the bare head."""
    named, found = lexicon.analyse(subject), lexicon.analyse(word)
    if named is None or found is None:
        return None
    head = named[1].head
    return None if found[1].head != head or found[0] == head else (found[0], head)


def _given_name(
    tokens: Sequence[Token], first: int, lexicon: ActorLexicon
) -> tuple[int, int] | None:
    """The name from `first` (a capital; inside quotation marks when they open it) up to
    the word class that ends it (with an association's place: `_association_place_end`),
    or None."""
    quoted = tokens[first].text in _QUOTES and first + 1 < len(tokens)
    first += quoted  # `namn är "HAGBY IDROTTSSÄLLSKAP"`: the name inside the quotes
    if not tokens[first].text[:1].isupper():
        return None
    if quoted:
        end = first + 1
        while end < len(tokens) and tokens[end].text not in _QUOTES:
            end += 1
        return first, end
    end = _company_name_end(tokens, first) or _name_end(tokens, first + 1)
    return first, _subtitle_end(tokens, _association_place_end(tokens, first, end, lexicon))


def _association_place_end(
    tokens: Sequence[Token], first: int, end: int, lexicon: ActorLexicon
) -> int:
    """``vars namn är Fjällstiftelsen i Norrdals län``: a one-word name, a capitalised
    definite compound of an association head (`association_name_heads`), goes on through
    ``i`` and a capitalised place word, with the place kind after it (`place_name_kinds`:
    ``Norrdals län``, ``Ekby kommun``) when one follows (round 47's names, round 54 w54j
    N1); else it ends where it stopped."""
    place = end + 1
    if end != first + 1 or place >= len(tokens) or tokens[end].lower_ != "i":
        return end
    word = tokens[place]
    if not (word.is_title and word.is_alpha and _definite_association_word(tokens[first], lexicon)):
        return end
    kind = tokens[place + 1] if place + 1 < len(tokens) else None
    if kind is not None and kind.is_lower and kind.lower_ in lexicon.place_name_kinds:
        return place + 2
    if kind is not None and (kind.lower_ in GRAMMAR.coordinators or kind.text == ","):
        return end  # "i Sjöbo och Lunda kommuner": a list of places, no one place
    return place + 1


def _definite_association_word(token: Token, lexicon: ActorLexicon) -> bool:
    """A capitalised definite singular compound of an association head (``Kustförbundet``)."""
    word = token.lower_
    return token.is_title and any(
        word.endswith(head + ending) and len(word) > len(head + ending)
        for head in lexicon.association_name_heads
        for ending in DEFINITE_SINGULAR_ENDINGS
    )



# A spaced dash between a name and its subtitle (round 45, bi-C1)
_SUBTITLE_DASHES = frozenset({"–", "—", "-"})
_LONGEST_SUBTITLE = 8


def _subtitle_end(tokens: Sequence[Token], end: int) -> int:
    """``Klubbens namn är Fjällvind – skidklubb för Ekby och Ödal.``: a name
    stopped at a spaced dash goes on to the sentence's end (its stop aside) when the words
    after the dash are no clause (no verb, no subordinator) and at most eight (round 45,
    bi-C1); else it ends where it stopped."""
    if end + 1 >= len(tokens) or tokens[end].text not in _SUBTITLE_DASHES:
        return end
    stop = len(tokens) - (tokens[-1].text in {".", ";", ":"})
    words = tokens[end + 1 : stop]
    if not 0 < len(words) <= _LONGEST_SUBTITLE or any(
        token.pos_ in {"AUX", "SCONJ"}
        or token.text in {",", ";", ":"}
        or (token.pos_ == "VERB" and "Fin" in morph_values(token, "VerbForm"))
        for token in words
    ):
        return end
    return stop


def _company_name_end(tokens: Sequence[Token], first: int) -> int | None:
    """``Bolagets firma är Skog och mark i Norrå Ekeby AB.``: words from `first` that run
    to the sentence's end (its stop aside) and end in a legal form (grammar `legal_forms`:
    ``AB``, ``ekonomisk förening`` …) are the whole name, lower-case words, ``och``, ``i``,
    ``för`` inside (round 40, analyst ay C2; round 44, bh-N1), and a bracketed acronym right
    before the legal form (``Ekby Energi (EEAB) AB``; round 44, bh-N2); a verb or a comma on
    the way (``Ekbo AB och dess säte är …``) leaves it to `_name_end`."""
    end = len(tokens)
    if end > first and tokens[end - 1].text in {".", ";", ":"}:
        end -= 1
    if not first + 1 < end <= first + _LONGEST_COMPANY_NAME:
        return None
    form = _legal_form_start(tokens, first + 1, end)
    if form is None:
        return None
    inside = tokens[first + 1 : _before_bracketed_acronym(tokens, first + 1, form)]
    if any(token.pos_ in {"VERB", "AUX", "PUNCT", "SCONJ"} for token in inside):
        return None
    if any(token.is_sent_start for token in tokens[first + 1 : end]):
        return None  # round 53, 53-cc L3: no name over a lost stop
    return end


def _legal_form_start(tokens: Sequence[Token], first: int, end: int) -> int | None:
    """Where the legal form that ends ``tokens[first:end]`` starts, or None."""
    words = tuple(token.lower_ for token in tokens[first:end])
    for form in GRAMMAR.legal_forms:  # longest first
        if len(form) <= len(words) and words[-len(form) :] == form:
            return end - len(form)
    return None


def _before_bracketed_acronym(tokens: Sequence[Token], first: int, end: int) -> int:
    """``Ekby Energi (EEAB)`` before the legal form: where the bracket opens when
    ``tokens[first:end]`` ends in ``( ACRONYM )`` (two to six capitals), else `end`."""
    if end - first < 4 or tokens[end - 3].text != "(" or tokens[end - 1].text != ")":
        return end
    acronym = tokens[end - 2].text
    return end - 3 if acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6 else end


# The longest company name read to its legal form, in tokens (a bracketed acronym is three).
_LONGEST_COMPANY_NAME = 12


def _name_end(tokens: Sequence[Token], end: int) -> int:
    """The end of an unquoted name read from `end`: up to the word class that ends it, with
    its lower-case tail and its place list (`_name_tail_end`, `_place_list_end`). A name
    never runs over a sentence start: a naming clause whose stop was lost ends before the
    next sentence's subject (round 53, analysis 53-cc L3: ``… namn är Ekdalens Vattenförbund
    Medlemmar i förbundet är …``; pipeline/nlp/sentences.py `_after_lost_stop_name`)."""
    while (
        end < len(tokens)
        and tokens[end].pos_ not in _NAME_ENDING_CLASSES
        and not tokens[end].is_sent_start
    ):
        end += 1
    return _place_list_end(tokens, _name_tail_end(tokens, end))


def _name_tail_end(tokens: Sequence[Token], end: int) -> int:
    """``… ska vara Stiftelsen för hjärtforskning.``: a name stopped at a preposition of
    `name_tail_prepositions` goes on through at most four lower-case nouns or adjectives that
    run to the sentence's end (round 39, av-C1); else it ends where it stopped."""
    if end >= len(tokens) or tokens[end].lower_ not in GRAMMAR.name_tail_prepositions:
        return end
    position = end + 1
    while (
        position < len(tokens)
        and tokens[position].is_lower
        and tokens[position].pos_ in {"NOUN", "PROPN", "ADJ"}
    ):
        position += 1
    closed = position == len(tokens) or (
        position == len(tokens) - 1 and tokens[position].text in {".", ";", ":"}
    )
    return position if closed and end + 1 < position <= end + 5 else end


def _place_list_end(tokens: Sequence[Token], end: int) -> int:
    """``Räddningsförbundet Åsby, Lund och Norrtorp``: a name that stops at a comma or a
    coordinator goes on through single capitalised place words joined by commas and closed
    by ``och``/``samt`` (round 18, cause C1); a comma list that no coordinator closes
    (``Ekbo AB, Org.nr``) or a lowercase word after ``och`` ends it where it stopped. A list
    whose last conjunct a capitalised word or a noun follows is no place list but part of the
    name, which goes on (``Sven och Ingrid Bergmans fond``, ``Västerby och Österby
    brandförbund``; round 40, analysis 40-reg cause 1)."""
    position, closed = end, end
    while position + 1 < len(tokens):
        separator, word = tokens[position], tokens[position + 1]
        coordinator = separator.lower_ in _LIST_COORDINATORS
        if not (separator.text == "," or coordinator) or not _place_word(word):
            break
        position += 2
        if coordinator:
            closed = position
            break
    if closed > end and _name_goes_on(tokens, closed):
        return _name_end(tokens, closed)
    return closed


def _name_goes_on(tokens: Sequence[Token], position: int) -> bool:
    """The word at `position`, right after a list's last conjunct, continues the name: a
    capitalised word (``… och Ingrid Bergmans``) or a noun (``… och Österby brandförbund``)."""
    if position >= len(tokens):
        return False
    word = tokens[position]
    return word.pos_ not in _NAME_ENDING_CLASSES and (
        word.text[:1].isupper() or word.pos_ in {"NOUN", "PROPN"}
    )



def _place_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ in {"PROPN", "NOUN", "ADJ"}


# Quotation marks around a name in a naming clause (round 14, analysis-13 cause 10).
_QUOTES = QUOTATION_MARKS | {"„", "'"}


def in_naming_name(tokens: Sequence[Token], index: int, lexicon: ActorLexicon) -> bool:
    """The token at `index` stands in the name that a naming clause gives: a naming, no
    actor (``… namn är Räddningstjänstförbundet Ekdal``)."""
    lower = open_lower(tokens) if isinstance(tokens, Doc) else None
    for noun in range(max(1, index - 8), index - 1):
        if not lexicon.is_name_noun(tokens[noun].lower_ if lower is None else lower[noun]):
            continue
        owner = _name_noun_owner(tokens, noun)
        if owner is None:
            continue
        window = [tokens[i] for i in range(owner, _window_end(tokens, index))]
        found = naming_clause(window, lexicon)
        if found is not None and found[0] == 0 and found[1] <= index - owner < found[2]:
            return True
    return False


def _window_end(tokens: Sequence[Token], index: int) -> int:
    """The end of the sentence that holds `index` when it ends within a company name's reach
    (`_company_name_end` reads a name to the sentence's end), else just after `index`."""
    end = index + 1
    limit = min(len(tokens), index + _LONGEST_COMPANY_NAME)
    while end < limit and not tokens[end].is_sent_start:
        end += 1
    return end if end == len(tokens) or tokens[end].is_sent_start else index + 1


def in_naming_verb_name(tokens: Sequence[Token], index: int, lexicon: ActorLexicon) -> bool:
    """The token at `index` stands in the name a naming verb gives (``Föreningen heter
    Ljungbyns Skidklubb``): a naming, no actor, like a naming clause's name (round 40)."""
    lower = open_lower(tokens) if isinstance(tokens, Doc) else None
    for verb in range(max(1, index - 8), index):
        word = tokens[verb].lower_ if lower is None else lower[verb]
        if word not in lexicon.naming_verbs and word not in lexicon.name_bearing_verbs:
            continue
        # the subject before a modal: "Nämnden ska benämnas …" (round 46, bm cause 6)
        opening = verb - 1 - (verb > 1 and tokens[verb - 1].lower_ in GRAMMAR.naming_modals)
        if opening > 0 and tokens[opening].lower_ == "som":  # a naming relative (round 54)
            opening -= 1 + (opening > 1 and tokens[opening - 1].text == ",")
        for end in dict.fromkeys((min(len(tokens), index + 1), _window_end(tokens, index))):
            found = naming_verb_clause([tokens[i] for i in range(opening, end)], lexicon)
            if found is not None and found[0] == 0 and found[1] <= index - opening < found[2]:
                return True
    return False


# Words of a title before its head, whatever the tagger reads (``vice`` ADP).
_TITLE_WORDS = frozenset({"vice", "förste", "andre", "biträdande", "ställföreträdande"})


def _adjective_noun(noun: Token, lexicon: ActorLexicon) -> bool:
    """``Kostnadsansvarig är enhetschefen``: a nominalised adjective (round 36, C1) fronted
    before the copula is the predicative like an indefinite noun."""
    analysis = lexicon.analyse(noun.text)
    return analysis is not None and analysis[1].head in lexicon.adjectival_heads


def _fronted_predicative(tokens: Sequence[Token], index: int, lexicon: ActorLexicon) -> bool:
    """``Närmaste chef för rektorerna är skoldirektören Eva Berg``: an indefinite noun
    opening the sentence after attributive adjectives only, with at most a prepositional
    phrase before the copula, then a definite actor noun: the fronted noun is the
    predicative, the definite one after the copula the subject (docs/annotation.md §2.1)."""
    if _definite_word(tokens[index], lexicon):
        return False  # an actor noun whatever the tagger calls it ("tjänsteman" ADV)
    possessed = index > 0 and _possessive_pronoun(tokens[index - 1])
    if index > 0 and not possessed and _owner_genitive(tokens[index - 1]):
        return False  # "Nämndens presidium är …": an owner and its body, no predicative
    if not _fronted_noun_opens(tokens, index, possessed, lexicon):
        return False
    position = _copula_position(tokens, index)
    return position is not None and _definite_subject(tokens, index, position, possessed, lexicon)


# Round 52 (analysis 52-bh C4): a section label a flattened print keeps inside its line
# (`2`, `3.1`, `4.`, `§ 7`, `7 §`), as its tokens join with single spaces.
_INLINE_LABEL = re.compile(r"§ ?\d{1,3}|\d{1,3}(?:\.\d{1,2}){0,2}(?: ?\.)?(?: ?§)?")
_MAX_LABEL_TOKENS = 3
_LABEL_OPENERS = frozenset({".", "!", "?", ":"})


def _after_inline_label(tokens: Sequence[Token], start: int) -> bool:
    """Round 52 (analysis 52-bh C4; §1.2: a bare noun right after a number opens the
    numbered paragraph): only a section label stands between a sentence's start or end mark
    and `start` (``… i länet. 2 Brukare av …``, ``§ 7 Brukare …``); a numeral inside a
    sentence (``har 2 röster``) is none."""
    for first in range(start - 1, max(-1, start - 1 - _MAX_LABEL_TOKENS), -1):
        label = " ".join(token.text for token in tokens[first:start])
        if not _INLINE_LABEL.fullmatch(label):
            continue
        if first == 0 or tokens[first].is_sent_start or tokens[first - 1].text in _LABEL_OPENERS:
            return True
    return False


def _fronted_noun_opens(
    tokens: Sequence[Token], index: int, possessed: bool, lexicon: ActorLexicon
) -> bool:
    """The noun at `index`, after its attributes or a possessive, opens a sentence or a
    conjoined main clause."""
    noun = tokens[index]
    start = _attributes_start(tokens, index)
    if start == index and possessed:
        start -= 1  # "Hans ersättare är vice ordföranden" (round 29, B2)
    elif (
        start == index
        and "Ind" not in morph_values(noun, "Definite")
        and not _adjective_noun(noun, lexicon)
        and not _untagged_base_form(noun, lexicon)
    ):
        return False  # a bare noun opens it: "Granskare av X är revisorn" (round 29, B2)
    elif start == index and _plural_form(noun):
        return False  # "Ledamöter i styrelsen är ordföranden och …": the group, the subject
    if start == 0 or tokens[start].is_sent_start or _after_inline_label(tokens, start):
        return True
    # "Nämnden har sju ledamöter och dess ordförande är kommunalrådet": a possessive opens a
    # conjoined main clause as it would a sentence (round 43, bf cause 12); otherwise an
    # attribute opens it: "Närmaste chef", "Ansvarig handläggare"
    return possessed and tokens[start - 1].lower_ in GRAMMAR.clause_coordinators


def _attributes_start(tokens: Sequence[Token], index: int) -> int:
    """Where the attributes (and degree adverbs) before the noun at `index` begin."""
    start = index
    while (
        start > 0
        and not tokens[start].is_sent_start
        and (_attribute(tokens[start - 1]) or _degree_adverb(tokens, start - 1))
    ):
        start -= 1
    return start


def _copula_position(tokens: Sequence[Token], index: int) -> int | None:
    """The copula after the fronted noun and at most one prepositional phrase, if any."""
    copulas = GRAMMAR.predicative_verbs - {"som"}
    position = index + 1
    if position < len(tokens) and tokens[position].pos_ == "ADP":
        position += 1
        while position < len(tokens) and tokens[position].pos_ in {"NOUN", "PROPN", "DET", "ADJ"}:
            position += 1
    if position < len(tokens) and tokens[position].lower_ in GRAMMAR.modals:
        position = _infinitive_after_modal(tokens, position)
    if position + 1 >= len(tokens) or tokens[position].lower_ not in copulas:
        return None
    return position


def _infinitive_after_modal(tokens: Sequence[Token], modal: int) -> int:
    """``Dataskyddsombud ska vara kommunjuristen``: the word after a modal and its
    adverbs (``bör normalt vara``), where an infinitive copula stands in the modal's clause
    as the finite one does without it (round 56, analysis56-ck C4)."""
    position = modal + 1
    while position < len(tokens) and tokens[position].pos_ in {"ADV", "PART"}:
        position += 1
    return position


def _definite_subject(
    tokens: Sequence[Token], index: int, position: int, possessed: bool, lexicon: ActorLexicon
) -> bool:
    """After the copula at `position`, past titles and modifiers, a definite actor noun: the
    subject of the inverted clause."""
    after = position + 1
    while (
        after < len(tokens) - 1
        and (tokens[after].pos_ in {"ADV", "DET", "ADJ"} or tokens[after].lower_ in _TITLE_WORDS)
        and lexicon.analyse(tokens[after].text) is None  # "registratorn" tagged ADJ
    ):
        after += 1
    owned = after < len(tokens) - 1 and _possessive_pronoun(tokens[after])
    if owned:  # "Brukare av hallen är dess medlemmar": the possessive makes the noun after it
        after += 1  # definite, the subject (round 44, bh-Q3)
    subject = tokens[after]
    if possessed and _owner_genitive(subject):
        return False  # "Dess ordförande är kommunstyrelsens ordförande": a role, no inversion
    if not possessed and _body_as_owned_body(tokens, index, after, lexicon):
        return False  # "Direktion är förbundets styrelse" (round 50, bw G7)
    if _bare_before_owner_genitive(tokens, index, subject, possessed):
        return False  # "Rektor är myndighetens myndighetschef" (round 56, fix56e)
    definite = owned or _definite_word(subject, lexicon)
    definite = definite or _quantified(tokens, position + 1, after)
    definite = definite or _titled_name(tokens, after, lexicon)
    return definite and lexicon.analyse(subject.lower_) is not None


def _bare_before_owner_genitive(
    tokens: Sequence[Token], index: int, subject: Token, possessed: bool
) -> bool:
    """``Rektor är myndighetens myndighetschef``, ``Ordförande är föreningens främsta
    företrädare``: a bare opener (no attribute, no possessive pronoun) before the copula and
    an owner's genitive noun after it: only a possessive pronoun owner makes the owned noun
    the identified subject, a genitive noun owner leaves the opener the subject
    (docs/annotation.md §5.1, round 29 B2; round 56, fix56e). ``Närmaste chef är kommunens
    direktör`` (an attribute) stays a fronted predicative."""
    if possessed or _attributes_start(tokens, index) != index:
        return False
    return _owner_genitive(subject) and not _possessive_pronoun(subject)


def _titled_name(tokens: Sequence[Token], title: int, lexicon: ActorLexicon) -> bool:
    """``… är förvaltningschef Karin Ek``: a bare person title right before a personal name
    names one person as its definite form does, so it is the inverted subject and its title
    the actor (round 36 C6, round 53 cb-P12; the personal name is no actor)."""
    return _person_noun(tokens[title], lexicon) and _personal_name_at(tokens, title + 1, lexicon)


_IDENTIFIED_BODY_ROLES = frozenset({"board", "committee", "assembly"})


def _body_as_owned_body(
    tokens: Sequence[Token], index: int, after: int, lexicon: ActorLexicon
) -> bool:
    """``Direktion är förbundets styrelse``, ``Kyrkoråd är församlingens styrelse``: a bare
    body noun (a board, committee or assembly; no `bare_common_nouns` word such as ``råd``)
    before the copula, and after it an owner's genitive and a body noun: the sentence says
    what body the subject is, as its definite form does (``Kyrkorådet är församlingens
    styrelse`` → vara, docs/annotation.md §5.1), so the bare noun is the subject, no
    fronted predicative (round 50, bw G7). ``Närmaste chef är kommunens direktör`` (a
    person role) stays one."""
    noun, owner = tokens[index], tokens[after]
    if noun.lower_ in lexicon.bare_common_nouns or after + 1 >= len(tokens):
        return False
    if not _owner_genitive(owner):
        return False
    return _body_word(noun.lower_, lexicon) and _body_word(tokens[after + 1].lower_, lexicon)


def _body_word(word: str, lexicon: ActorLexicon) -> bool:
    analysis = lexicon.analyse(word)
    return analysis is not None and analysis[1].role in _IDENTIFIED_BODY_ROLES


def _role_before_personal_name(
    tokens: Sequence[Token], index: int, lexicon: ActorLexicon
) -> bool:
    """``Ordförande i tekniska nämnden är Eva Lund (C).``, ``förste vice ordförande är Per
    Ek``: a bare role noun opening the sentence (after title words only), at most a
    prepositional phrase naming its body, the copula, at most an adverbial, then a personal
    name (`_personal_name_at`): the role identifies the person, no actor (round 42 ruling,
    round 29 B2 and round 36 C6 extended from a definite actor to a personal name); an
    organisation's role too (``Huvudman för stiftelsen är Anna Berg``; round 55, cj-C8)."""
    if not _person_noun(tokens[index], lexicon) and not _organisation_role(tokens[index], lexicon):
        return False
    after = _after_opening_role_copula(tokens, index, lexicon)
    return after is not None and _personal_name_at(tokens, after, lexicon)


def _role_before_organisation_name(
    tokens: Sequence[Token], index: int, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> bool:
    """``Huvudman för skolan är Ekby kommun.``, ``Värdkommun är Lövsta kommun``,
    ``Arbetsgivare för personalen är Region Ekby``: a bare role noun of an organisation (no
    board, committee or assembly) opening the sentence as in `_role_before_personal_name`,
    then after the copula an organisation's name (a name mention of category organisation):
    the role is the fronted predicative, the name the subject (round 55, cj-C8; like ``…
    är enhetschefen``, round 29 B2)."""
    if not _organisation_role(tokens[index], lexicon):
        return False
    after = _after_opening_role_copula(tokens, index, lexicon)
    name = covered.get(after) if after is not None else None
    return (
        name is not None
        and name.first_token == after
        and name.source == "name"
        and name.category == "organisation"
        and _closes_copula_clause(tokens, name.last_token + 1, covered)
    )


def _closes_copula_clause(
    tokens: Sequence[Token], position: int, covered: dict[int, ActorMention]
) -> bool:
    """The name before `position` ends the copula's clause: the sentence ends there, or a
    comma or semicolon follows, or a coordinator (grammar.yaml `scope_closing_coordinators`)
    and a further name with no finite verb before the sentence's end (``Ägare är Ekby
    kommun och Åby kommun.``). ``Ägare är Ekby kommun och styrelsen ska …``: the coordinator
    opens a clause of its own, whose subject is no subject of ``är`` (review55b must-fix 2)."""
    if position >= len(tokens) or tokens[position].is_sent_start:
        return True
    word = tokens[position]
    if word.is_punct and word.text in {",", ";", ".", "!", "?"}:
        return True
    if word.lower_ not in GRAMMAR.scope_closing_coordinators:
        return False
    following = covered.get(position + 1)
    if following is None or following.source != "name":
        return False
    end = following.last_token + 1
    while end < len(tokens) and not tokens[end].is_sent_start:
        if is_finite(tokens[end]):
            return False
        end += 1
    return True


def _organisation_role(noun: Token, lexicon: ActorLexicon) -> bool:
    """A singular noun the lexicon reads as an actor that is no person and no body (a
    board, committee or assembly): ``huvudman``, ``värdkommun``, ``arbetsgivare``,
    ``ägare``. A plural (``Medlemmar i förbundet är A kommun och B kommun``) is the group,
    the subject (as in `_fronted_noun_opens`)."""
    analysis = lexicon.analyse(noun.text) if noun.pos_ in {"NOUN", "PROPN"} else None
    if analysis is None or analysis[1].category in PERSON_CATEGORIES:
        return False
    if _plural_form(noun) or lexicon.is_plural(noun.text, *analysis):
        return False  # (the tagger may give a capitalised plural no number: PROPN)
    return analysis[1].role not in _IDENTIFIED_BODY_ROLES


def _after_opening_role_copula(
    tokens: Sequence[Token], index: int, lexicon: ActorLexicon
) -> int | None:
    """A bare (no definite form) role noun opening the sentence (after title words only),
    at most a prepositional phrase naming its body, the copula and at most an adverbial:
    the position after them, else None."""
    noun = tokens[index]
    if noun.pos_ not in {"NOUN", "PROPN"} or "Def" in morph_values(noun, "Definite"):
        return None
    if _definite_word(noun, lexicon):
        return None
    start = index
    while (
        start > 0 and not tokens[start].is_sent_start and tokens[start - 1].lower_ in _TITLE_WORDS
    ):
        start -= 1
    if start > 0 and not tokens[start].is_sent_start and _owner_genitive(tokens[start - 1]):
        start -= 1  # "Styrelsens sekreterare är …": an owner's genitive (round 55, t14)
    if not _opens_main_clause(tokens, start):
        return None
    position = _past_phrase(tokens, index + 1)
    copulas = GRAMMAR.predicative_verbs - {"som"}
    if position >= len(tokens) or tokens[position].lower_ not in copulas:
        return None
    after = position + 1
    while after < len(tokens) and tokens[after].pos_ == "ADV" and tokens[after].is_lower:
        after += 1
    return _past_phrase(tokens, after)


def _opens_main_clause(tokens: Sequence[Token], start: int) -> bool:
    """Whether a main clause opens at `start`: the sentence's start, or right after a comma
    or a coordinator that follows a finite verb of the same sentence (asyndeton or
    coordination of main clauses: ``Ordförande är A, vice ordförande är B och sekreterare är
    C``; round 55, t14)."""
    if start == 0 or tokens[start].is_sent_start:
        return True
    joint = tokens[start - 1]
    if joint.text != "," and joint.lower_ not in GRAMMAR.coordinators:
        return False
    for position in range(start - 2, -1, -1):
        token = tokens[position]
        if "Fin" in morph_values(token, "VerbForm"):
            return True
        if token.is_sent_start:
            return False
    return False


def _past_phrase(tokens: Sequence[Token], position: int) -> int:
    """The index after a lower-case prepositional phrase opening at `position` (``i
    tekniska nämnden``, ``under förra året``), else `position`."""
    if position >= len(tokens) or tokens[position].pos_ != "ADP":
        return position
    end = position + 1
    while (
        end < len(tokens)
        and tokens[end].pos_ in {"NOUN", "DET", "ADJ", "NUM"}
        and tokens[end].is_lower
    ):
        end += 1
    return end if end > position + 1 else position


def _personal_name_at(tokens: Sequence[Token], first: int, lexicon: ActorLexicon) -> bool:
    """Capitalised words from `first` (no determiner, none in capitals, none an actor word)
    up to the sentence's end, a comma or a party code in brackets: a personal name when a
    party code follows or its first word is a listed given name (configs/actors.yaml
    `given_names`)."""
    end = first
    while (
        end < len(tokens)
        and _name_word_spelling(tokens[end].text)
        and tokens[end].text[:1].isupper()
        and not tokens[end].is_upper
        and lexicon.analyse(tokens[end].text) is None
    ):
        end += 1
    if end == first:
        return False
    party = (
        end + 2 < len(tokens)
        and tokens[end].text == "("
        and PARTY_CODE_WORD.fullmatch(tokens[end + 1].text) is not None
        and tokens[end + 2].text == ")"
    )
    closed = end == len(tokens) or tokens[end].is_punct
    given = _listed_given_name(tokens[first].lower_, lexicon.given_names) and end - first >= 2
    return closed and (party or given)


def _name_word_spelling(text: str) -> bool:
    """A word of a personal name: letters, or a hyphenated pair of them (``Eva-Lena``)."""
    return all(part.isalpha() for part in text.split("-"))


def _listed_given_name(word: str, names: Container[str]) -> bool:
    """A listed given name (configs/actors.yaml `given_names`) or a hyphenated pair of them
    (``lars-göran``, ``per-olof``; analysis 54-ce C8); not a pair of places (``ekby-strand``)."""
    return all(part in names for part in word.split("-"))


def _owned_subject_of_fronted(
    tokens: Sequence[Token], copula: int, index: int, lexicon: ActorLexicon
) -> bool:
    """``Brukare av hallen är dess medlemmar`` (round 44, bh-Q3): after a fronted
    predicative the noun a possessive pronoun right after the copula owns is the subject,
    definite by its owner (`_fronted_predicative` reads the opening noun)."""
    if copula != index - 2 or not _possessive_pronoun(tokens[index - 1]):
        return False
    start = copula - 1
    while start > 0 and not tokens[start].is_sent_start and not _after_inline_label(tokens, start):
        start -= 1
    opener = next((i for i in range(start, copula) if tokens[i].pos_ != "ADJ"), copula)
    return opener < copula and _fronted_predicative(tokens, opener, lexicon)


_FRONTED_ADJECTIVE_WORDS = 8  # the adjective and its complement before the copula
_DETERMINER_POS = frozenset({"DET", "ADJ", "ADV"})


def after_fronted_adjective(tokens: Sequence[Token], index: int) -> bool:
    """``Röstberättigad på årsmötet är den medlem som …`` (round 45, bi-C6): an adjective that
    qualifies a person (configs/grammar.yaml ``fronted_predicative_adjectives``) opens the
    sentence, with at most its complement (a prepositional phrase, an ``att``-infinitive)
    before the copula; the first noun after the copula (past determiners, adjectives, a
    genitive) is the subject. ``Valbara medlemmar väljs …`` has no copula after the
    adjective's phrase."""
    copula = index - 1
    while copula > 0 and (
        tokens[copula].pos_ in _DETERMINER_POS
        or tokens[copula].lower_ in GRAMMAR.negations
        or tokens[copula].dep_ == "nmod:poss"
    ):
        copula -= 1
    if copula < 1 or tokens[copula].lower_ not in GRAMMAR.copulas:
        return False
    start = copula - 1
    while (
        start > 0 and copula - start < _FRONTED_ADJECTIVE_WORDS and not tokens[start].is_sent_start
    ):
        start -= 1
    if not (start == 0 or tokens[start].is_sent_start):
        return False
    if tokens[start].lower_ not in GRAMMAR.fronted_predicative_adjectives:
        return False
    complement = tokens[start + 1 : copula]
    return not any(t.is_punct or t.lower_ in GRAMMAR.copulas for t in complement)


def _quantified(tokens: Sequence[Token], first: int, noun: int) -> bool:
    """``Medlem i klubben är varje person som …``, ``… är alla föreningar som …`` (round 43,
    bf cause 3): a distributive determiner right after the copula opens the subject as a
    definite article would; ``är en person som`` stays a predicative."""
    return first < noun and (tokens[first].lower_,) in GRAMMAR.distributive_determiners


def _untagged_base_form(noun: Token, lexicon: ActorLexicon) -> bool:
    """``Ledamot av rådet är …`` with the noun tagged ADV: no definiteness from the tagger,
    the lexicon's base form (the indefinite singular) is a bare noun (round 43, bf cause 3);
    so too a capitalised opener tagged PROPN without a morphology (``Dataskyddsombud ska
    vara …``; round 56, analysis56-ck C4)."""
    return (
        noun.pos_ != "NOUN"
        and not morph_values(noun, "Definite")
        and _base_form(noun, lexicon)
    )


def _plural_form(noun: Token) -> bool:
    """``Ledamöter i styrelsen är ordföranden och fyra ledamöter``: a bare noun plural by its
    form (not its lemma's: ``ledamöter``, ``medlemmar``; ``sekreterare`` may be either)
    names the group whose members the copula lists, the subject as ``Styrelsens ledamöter
    är …``; a plural predicative cannot take the singular definite actor after the copula
    as its subject (fix31; round 29 B2's bare predicative is singular or number-neutral)."""
    return "Plur" in morph_values(noun, "Number") and noun.lower_ != noun.lemma_.lower()


def _possessive_pronoun(token: Token) -> bool:
    return token.pos_ in {"PRON", "DET"} and "Yes" in morph_values(token, "Poss")


def _degree_adverb(tokens: Sequence[Token], position: int) -> bool:
    """An adverb grading the attribute after it: ``Ytterst ansvarigt organ``, ``Närmast
    ansvarig chef`` (round 22, D4)."""
    return (
        tokens[position].pos_ == "ADV"
        and position + 1 < len(tokens)
        and _attribute(tokens[position + 1])
    )


def _owner_genitive(token: Token) -> bool:
    """A genitive right before the noun (``Nämndens presidium``); one before adjectives
    (``Förbundets högsta beslutande organ``) opens a description that can be fronted. A
    Swedish genitive ends in ``s`` (or ``x``, ``z``, an apostrophe): a capitalised weak
    superlative the tagger calls a genitive name (``Högste`` PROPN Case=Gen) is none (round
    53, cb-P12)."""
    if "Gen" in morph_values(token, "Case"):
        return token.lower_.endswith(_GENITIVE_ENDINGS)
    return token.lower_.endswith("s") and token.dep_ in {"nmod:poss", "nmod"}


_GENITIVE_ENDINGS = (*SIBILANT_ENDINGS, "'", "’")  # and an apostrophe (``Marx'``)


def _completes_subordinator(tokens: Sequence[Token], position: int) -> bool:
    """``så snart som``, ``så länge som``: a ``som`` completing a two- or three-word
    subordinator (`subordinator_phrases`) opens a clause, no role (round 40, ax cause 7)."""
    for width in (1, 2):
        if position - width < 0:
            return False
        words = " ".join(t.lower_ for t in tokens[position - width : position + 1])
        if words in GRAMMAR.subordinator_phrases:
            return True
    return False


def _name_genitive_after_copula(tokens: Sequence[Token], position: int) -> bool:
    """``är Ekbos högsta beslutande organ``: a capitalised name in -s right after the copula
    is the predicative's owner (the tagger may read it as a nominative conjunct)."""
    token = tokens[position]
    return (
        token.pos_ == "PROPN"
        and token.lower_.endswith("s")
        and position > 0
        and tokens[position - 1].lower_ in GRAMMAR.predicative_verbs
    )


def _attribute(token: Token) -> bool:
    """An attributive adjective; the sentence's first word also when the tagger reads the
    capitalised adjective as a name (``Ansvarig`` PROPN, round 13, analysis 12 cause 3)."""
    return token.pos_ == "ADJ" or (token.pos_ == "PROPN" and token.is_sent_start)


def defined_alias(tokens: Sequence[Token], index: int) -> bool:
    """``Ekbackahus (nedan kallat bolaget)``, ``, härefter Bolaget,``: the word a
    definition gives the name it follows is a naming, no actor (docs/annotation.md §2.3): a
    `definition_adverbs` adverb (configs/grammar.yaml) after a parenthesis or comma, then at
    most the participle that names (``kallad``, ``benämnt``) and a quotation mark. Before
    the participle any adverb, or none, may stand, and a dash opens it too (``Kyrkorådet
    – nedan kallat rådet –``; round 42, analysis 42-bb A3); a definition adverb and the
    participle need no opener (``Ekbo AB nedan kallat Ekbo``; round 54, cf-C)."""
    position = index - 1
    while position >= 0 and tokens[position].lower_ in QUOTES:
        position -= 1
    if position >= 1 and tokens[position].lower_ in GRAMMAR.naming_participles:
        position -= 1
        while position >= 1 and tokens[position].lower_ in GRAMMAR.definition_inner_adverbs:
            position -= 1  # "nedan även kallad" (round 47, analysis 47-bo A1)
        adverb = tokens[position]
        cue = adverb.lower_ in GRAMMAR.definition_adverbs
        if position >= 1 and (cue or adverb.pos_ == "ADV"):
            position -= 1
        # "Ekbo Hamn AB nedan kallat Ekbo Hamn": a definition adverb and its participle
        # define without a comma or bracket (analysis 54-cf C)
        return tokens[position].text in _DEFINITION_OPENERS or (cue and tokens[position].is_alpha)
    if position < 1 or tokens[position].lower_ not in GRAMMAR.definition_adverbs:
        return False
    return tokens[position - 1].text in _DEFINITION_OPENERS


_DEFINITION_OPENERS = frozenset({"(", ",", "–", "—", "-"})


# The most words between a correlative opener and its `som` (``såväl de ordinarie
# ledamöterna som``), as pipeline/nlp/subjects.py `CORRELATIVE_MEMBER_WORDS`.
_CORRELATIVE_REACH = 6


def _adv_tagged_actor_noun(token: Token, lexicon: ActorLexicon) -> bool:
    """A word the lexicon reads as an actor noun (``ledamot``), whatever its tag."""
    return token.pos_ == "ADV" and lexicon.analyse(token.text) is not None


def _comparative_som(tokens: Sequence[Token], position: int, noun: Token) -> bool:
    """``har samma mandattid som övriga ledamöter``: a `som` after a comparative opener
    (configs/grammar.yaml `comparative_som_openers`) before a plural noun compares with
    that group; a singular role after it stays one (``utser samma ledamot som
    sekreterare``)."""
    return _plural_form(noun) and any(
        tokens[i].lower_ in GRAMMAR.comparative_som_openers
        for i in range(max(0, position - _CORRELATIVE_REACH), position - 1)
    )


def _classifying_predicative(tokens: Sequence[Token], index: int) -> bool:
    """``Krisledningsnämnden är en nämnd som sammanträder …``, ``blir en av de nämnder som
    …``: an indefinite noun phrase after the copula classifies the subject also when a
    relative clause follows it; after ``det`` + copula it is a cleft's focus (``Det är en
    nämnd som beslutar``), an actor."""
    position = index - 1
    # an attribute the tagger reads as a noun is still an `amod` (round 37, aq-C3)
    while position >= 0 and (tokens[position].pos_ == "ADJ" or tokens[position].dep_ == "amod"):
        position -= 1
    if position >= 2 and tokens[position].lower_ in {"de", "dem"}:
        position -= 1  # "en av de nämnder"
    if position >= 2 and tokens[position].lower_ == "av":
        position -= 1  # "en av …": partitive
    copulas = GRAMMAR.predicative_verbs - {"som"}
    if _unique_member(tokens, position, index, copulas):
        return True
    if position >= 1 and tokens[position].lower_ in copulas and _indefinite_plural(tokens[index]):
        copula = position  # "Gruppen är personer som …": a plural has no article (round 25, C4)
    elif position >= 1 and _determiner_before_bare_noun(tokens, position, index):
        copula = position - 1  # "är den nämnd som …" (round 29, C7)
    elif position < 1 or tokens[position].lower_ not in GRAMMAR.indefinite_articles:
        return False
    else:
        copula = position - 1
    while copula > 0 and tokens[copula].pos_ == "ADV":
        copula -= 1  # "är också den instans som" (round 39, B7): an adverb in the slot
    if tokens[copula].lower_ not in copulas:
        return False
    around = {
        tokens[i].lower_ for i in (copula - 1, copula + 1) if 0 <= i < len(tokens) and i != position
    }
    return "det" not in around


def _unique_member(
    tokens: Sequence[Token], article: int, index: int, copulas: frozenset[str]
) -> bool:
    """``Styrelsen är det enda organ som …``, ``är den första instans som …``: copula +
    ``den``/``det``/``de`` + an adjective singling out one member (`unique_adjectives`, an
    ordinal) + noun + ``som`` classifies the subject like an indefinite noun phrase (round
    29, B9); not in a cleft (``Det är den enda nämnd som beslutar``)."""
    if article < 1 or tokens[article].lower_ not in {"den", "det", "de"}:
        return False
    if not any(_unique_adjective(tokens[i]) for i in range(article + 1, index)):
        return False
    copula = article - 1
    if tokens[copula].lower_ not in copulas:
        return False
    return copula == 0 or tokens[copula - 1].lower_ != "det"


def _unique_adjective(token: Token) -> bool:
    return token.lower_ in GRAMMAR.unique_adjectives or morph_values(token, "NumType") == ["Ord"]


def _determiner_before_bare_noun(tokens: Sequence[Token], position: int, index: int) -> bool:
    """``den nämnd som``, ``de organ som``: a definite determiner before a noun in its
    indefinite form, as a restrictive relative clause after it asks."""
    word, noun = tokens[position].lower_, tokens[index]
    # "X är det organ som" (neuter, after its subject); "Därför är det rektor som": a cleft
    if word == "det":
        subject = position >= 2 and tokens[position - 2].pos_ in {"NOUN", "PROPN"}
        return subject and morph_values(noun, "Gender") == ["Neut"]
    # a genitive cannot stand before "som", and an adjective's weak form says nothing of the
    # noun's: a lexicon noun in -s read as either (`den instans som`, round 39, B7) is bare
    misread = morph_values(noun, "Case") == ["Gen"] or noun.pos_ == "ADJ"
    return word in {"den", "de"} and (morph_values(noun, "Definite") != ["Def"] or misread)


def _indefinite_plural(token: Token) -> bool:
    return morph_values(token, "Definite") == ["Ind"] and morph_values(token, "Number") == ["Plur"]


_CLEFT_WORDS = frozenset({"det", "som"})


def _may_hold_cleft(tokens: Sequence[Token]) -> bool:
    """Whether `tokens` hold both ``det`` and ``som``, as every cleft test needs (once per
    Doc memo; a list of tokens is not looked at: true)."""
    if not isinstance(tokens, Doc):
        return True
    return doc_memoised(
        tokens, _may_hold_cleft, lambda: _CLEFT_WORDS.issubset(doc_arrays(tokens).lower)
    )


def _cleft_focus_with_postmodifier(tokens: Sequence[Token], index: int) -> bool:
    """``Det är de valda ledamöterna i styrelsen som …``: the focus of a cleft, a noun
    after ``det är`` (determiner and adjectives between) with a prepositional phrase before
    ``som``."""
    after = index + 1
    enclosed = after < len(tokens) and tokens[after].text == ","
    after += enclosed  # "…, i samråd med förvaltningen, som" (round 56, ck C6)
    if after >= len(tokens) or tokens[after].pos_ != "ADP":
        return False
    reach = after + (_ENCLOSED_PHRASE_REACH if enclosed else 5)
    som = next(
        (i for i in range(after + 1, min(len(tokens), reach)) if tokens[i].lower_ == "som"),
        None,
    )
    if som is None or (enclosed and tokens[som - 1].text != ","):
        return False
    inside = {"DET", "ADJ", "NOUN", "PROPN", "ADP"} if enclosed else {"DET", "ADJ", "NOUN", "PROPN"}
    if any(tokens[i].pos_ not in inside for i in range(after + 1, som - enclosed)):
        return False
    position = index - 1
    while (
        position >= 0
        and tokens[position].pos_ in {"DET", "ADJ"}
        and tokens[position].lower_ != "det"
    ):
        position -= 1
    if position >= 1 and tokens[position].lower_ == "det":
        return _inverted_cleft_copula(tokens, position - 1)
    return (
        position >= 1
        and tokens[position].lower_ in GRAMMAR.predicative_verbs - {"som"}
        and tokens[position - 1].lower_ == "det"
    )


_ENCLOSED_PHRASE_REACH = 8  # an enclosed prepositional phrase and its closing comma


def _inverted_cleft_copula(tokens: Sequence[Token], copula: int) -> bool:
    """``I Ekbo är det socialnämnden inom kommunen som …``: the copula before the cleft's
    ``det`` in V2 order, after a fronted adverbial (or first: a question), not after a noun
    subject (``Nämnden är det organ i kommunen som …``: ``det`` determines the predicative;
    round 56, analysis 56-cm C6)."""
    if tokens[copula].lower_ not in GRAMMAR.copulas:
        return False
    if copula == 0 or tokens[copula].is_sent_start:
        return True
    before = tokens[copula - 1]
    fronted_noun = before.pos_ in {"NOUN", "PROPN", "PRON"} and not any(
        child.dep_ == "case" for child in before.children
    )
    return not fronted_noun


def _cleft_first_conjunct(tokens: Sequence[Token], index: int) -> bool:
    """``Det är tjänstemän och inte politiker som …``, ``I praktiken är det …``: the first
    conjunct of a coordinated cleft focus (``det`` and the copula in either order before
    it, ``som`` after the last conjunct) is an actor, not a predicative. The later conjunct
    may stand in commas with an adverbial after its coordinator (``Det är ordföranden, eller
    vid dennes frånvaro vice ordföranden, som …``: round 23, cause B3)."""
    position = index + 1
    coordinated = False
    while position < len(tokens) and tokens[position].lower_ != "som":
        word = tokens[position]
        if word.lower_ in GRAMMAR.noun_phrase_coordinators:
            coordinated = True
        elif word.text == "," or (coordinated and word.pos_ in _INSERTED_POS):
            pass  # ", eller i dennes ställe Y,": commas and the adverbial after the coordinator
        elif word.lower_ not in GRAMMAR.negations and word.pos_ not in _FOCUS_POS:
            return False
        position += 1
    if not coordinated or position >= len(tokens):
        return False
    position = index - 1
    while (
        position >= 0
        and tokens[position].pos_ in {"DET", "ADJ"}
        and tokens[position].lower_ != "det"
    ):
        position -= 1
    pair = {t.lower_ for t in tokens[max(0, position - 1) : position + 1]}
    return "det" in pair and len(pair - {"det"} & (GRAMMAR.predicative_verbs - {"som"})) == 1


def _cleft_later_conjunct(tokens: Sequence[Token], index: int) -> bool:
    """``Det är kassören, alternativt undantagsvis sekreteraren, som …``: a later conjunct
    of a coordinated cleft focus (`_cleft_first_conjunct` holds for the focus's first noun)
    is an actor too, also past an adverbial after its coordinator (round 23, cause B3)."""
    position = index - 1
    allowed = _FOCUS_POS | _INSERTED_POS
    while (
        position >= 0
        and tokens[position].lower_ != "det"
        and (
            tokens[position].text == ","
            or tokens[position].lower_ in GRAMMAR.noun_phrase_coordinators
            or tokens[position].lower_ in GRAMMAR.negations  # (no union of the lists per word)
            or (
                tokens[position].pos_ in allowed
                and tokens[position].lower_ not in GRAMMAR.predicative_verbs
            )
        )
    ):
        position -= 1
    first = next(
        (i for i in range(position + 1, index) if tokens[i].pos_ in {"NOUN", "PROPN"}), None
    )
    return first is not None and _cleft_first_conjunct(tokens, first)


_FOCUS_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
_INSERTED_POS = frozenset({"ADP", "ADV", "PRON"})


def _agent_of_participle(tokens: Sequence[Token], mention: ActorMention, index: int) -> bool:
    start = mention.first_token
    return (
        start > 0
        and tokens[start - 1].lower_ == "av"
        and _participle_between(tokens, mention.last_token, index)
    )


def _partitive_one(tokens: Sequence[Token], av: int) -> bool:
    """``en av``, ``ett av``: a quantifier before ``av`` picks one of a class; after the
    copula the class is predicative like the indefinite noun would be."""
    if av < 2 or tokens[av - 1].lower_ not in GRAMMAR.indefinite_articles:
        return False
    copula = tokens[av - 2]  # "Var och en av …" is a pronoun, no copula
    return copula.lower_ in GRAMMAR.predicative_verbs and copula.pos_ in {"AUX", "VERB"}


def _participle_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    return any(
        tokens[i].pos_ in {"ADJ", "VERB"} and "Part" in morph_values(tokens[i], "VerbForm")
        for i in range(start + 1, end)
    )


TERM_WORD_CLASSES = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "CCONJ"})


def defined_term(tokens: Sequence[Token], index: int) -> bool:
    """``Med förvaltningar avses i denna policy …``: a noun phrase after the ``Med`` that
    opens a sentence whose first verb is a definition's passive (`definition_verbs`) is the
    term defined, a word, no actor when indefinite (§2.1, like ``Begreppet nämnd``; `Med
    kommunstyrelsen avses även dess utskott` names the body); the bodies after the verb stay
    actors. ``i samråd med nämnden`` or ``Med stöd av lagen beslutar …``: not."""
    position = index - 1
    while position >= 0 and (
        tokens[position].pos_ in TERM_WORD_CLASSES or tokens[position].text in QUOTES | {","}
    ):
        position -= 1
    opener = tokens[position] if position >= 0 else None
    if opener is None or opener.lower_ != "med" or not (position == 0 or opener.is_sent_start):
        return False
    return definition_verb(tokens, index) is not None


def definition_verb(tokens: Sequence[Token], position: int) -> Token | None:
    """The first verb after `position` in its sentence when it is a definition's passive."""
    for token in tokens[position + 1 :]:
        if token.is_sent_start:
            return None
        if token.pos_ in {"VERB", "AUX"}:
            return token if token.lower_ in GRAMMAR.definition_verbs else None
    return None


def _owned_apposition(
    tokens: Sequence[Token], position: int, covered: dict[int, ActorMention]
) -> bool:
    """A comma or colon after an actor and before an owner's genitive: ``Direktionen,
    förbundets högsta beslutande organ``, ``Styrelsen: bolagets högsta organ``."""
    after = covered.get(position + 1)
    return (
        tokens[position].text in {",", ":"}
        and position - 1 in covered
        and after is not None
        and after.genitive
    )


def _definite_mention(
    tokens: Sequence[Token], position: int, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> bool:
    mention = covered.get(position)
    last = tokens[mention.last_token] if mention else None
    return mention is not None and not mention.genitive and _definite_word(last, lexicon)


def _definite_word(token: Token, lexicon: ActorLexicon) -> bool:
    """Definite by the tagger or by the actor word's own ending (the tagger may call
    ``personalutskottet`` indefinite): ``-en``, ``-et``, ``-n``, ``-t``, ``-na``. A base form
    in -s the tagger read as a definite genitive (``är remissinstans``) is indefinite (round
    39, B7)."""
    analysis = lexicon.analyse(token.text)
    word = token.lower_
    base_in_s = analysis is not None and word == analysis[0] and word.endswith("s")
    if _definite(token) and not base_in_s:
        return True
    if analysis is None:
        return False
    if _invariant_body_compound(word, analysis[1].head, analysis[1].category, lexicon):
        return True
    ending = word[len(commonprefix([word, analysis[0]])) :]
    return ending in DEFINITE_ENDINGS or ending.endswith(DEFINITE_PLURAL_ENDINGS)


def _invariant_body_compound(word: str, head: str, category: str, lexicon: ActorLexicon) -> bool:
    """``stadsfullmäktige``, ``förbundsfullmäktige``: a compound of an invariant body head
    (`invariant_short_forms`, no person) names one body with its owner part, definite as a
    name is, whatever the tagger makes of it (a supine, an adjective: no Swedish verb form
    ends in ``-ige``; analysis 51-bx C1). The bare head and ``ordförande`` (a role) do not."""
    return (
        head in lexicon.invariant_short_forms
        and word != head
        and word.endswith(head)
        and category not in PERSON_CATEGORIES
    )


def _names_role(tokens: Sequence[Token], position: int, lexicon: ActorLexicon) -> bool:
    """``kallas (för)``, ``benämns`` (naming verbs), ``motsvarar`` (comparison verbs),
    ``begreppet`` (metalinguistic nouns), or ``till`` after ``utses``/``vald``, or
    ``som``/``av`` after a role noun (``har rollen som``, ``i egenskap av``)."""
    word = tokens[position].lower_
    before = tokens[position - 1].lower_ if position > 0 else ""
    if word in lexicon.naming_verbs or word in lexicon.comparison_verbs:
        return True
    if word in lexicon.metalinguistic_nouns:
        return True
    if word in {"för", "som"} and before in lexicon.naming_verbs:
        return True  # "kallas för direktion", "betecknas som förvaltningschef"
    if word == "till" and before in lexicon.appointing_verbs:
        return True
    if word == "till" and _after_appointed_object(tokens, position, lexicon):
        return True
    return word in {"som", "av"} and before in lexicon.role_nouns


APPOINTED_OBJECT_SPAN = 8  # the most words between an active electing verb and its "till"


def _after_appointed_object(tokens: Sequence[Token], position: int, lexicon: ActorLexicon) -> bool:
    """``väljer en av ledamöterna till ordförande``, ``utser inom sig en ledamot till
    sekreterare``: ``till`` after the object of an active electing verb (`appointing_verbs`)
    in the same clause introduces the office, a predicative like ``utses till`` (round 34,
    cause C3), but only a person's office: ``väljer ledamöter till nämnden`` names a body."""
    if not any(_person_noun(t, lexicon) for t in tokens[position + 1 : position + 4]):
        return False  # "till utskottets ordförande": past an owner's genitive
    for token in reversed(tokens[max(0, position - APPOINTED_OBJECT_SPAN) : position - 1]):
        if token.lower_ in lexicon.appointing_verbs:
            return True
        if token.pos_ in {"VERB", "AUX", "SCONJ", "PUNCT"}:
            return False
    return False


def _counted_inverted_subject(tokens: Sequence[Token], index: int, lexicon: ActorLexicon) -> bool:
    """``Av dessa är drygt 400 medarbetare anställda``: after a fronted prepositional phrase
    the copula, a count (a numeral or a `-tal` noun, with adverbs and determiners) and a
    person noun that a past participle follows: the noun is the inverted subject, the
    participle the predicative (round 51, bx-C6)."""
    if index + 1 >= len(tokens) or not participle_spelling(tokens[index + 1].lower_):
        return False
    analysis = lexicon.analyse(tokens[index].text)
    if analysis is None or analysis[1].category not in PERSON_CATEGORIES:
        return False
    position, counted = index - 1, False
    while position > 0 and (tokens[position].pos_ in {"DET", "ADV"} or _count(tokens[position])):
        counted = counted or _count(tokens[position])
        position -= 1
    copula = tokens[position]
    if not counted or copula.lower_ not in {"är", "var"} or tokens[0].pos_ != "ADP":
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in tokens[1:position])


def _count(token: Token) -> bool:
    """A numeral or a `-tal` noun (``tjugotal``, ``hundratal``)."""
    return token.pos_ == "NUM" or token.lower_.endswith("tal")


def _person_noun(token: Token, lexicon: ActorLexicon) -> bool:
    analysis = lexicon.analyse(token.text) if token.pos_ in {"NOUN", "PROPN"} else None
    return analysis is not None and analysis[1].category in PERSON_CATEGORIES


def _in_role_phrase(token: Token) -> bool:
    """A word before the noun of a role: an adjective, a determiner or a genitive."""
    genitive = token.pos_ in {"NOUN", "PROPN"} and token.lower_.endswith("s")
    return token.pos_ in {"ADJ", "DET"} or genitive


def _bare_head(token: Token, lexicon: ActorLexicon) -> bool:
    """``nämnden``, ``förbundet``: a head's own word, no compound."""
    analysis = lexicon.analyse(token.text)
    return analysis is not None and analysis[0] == analysis[1].head


def _identified(tokens: Sequence[Token], mention: ActorMention) -> bool:
    """A genitive, definite or demonstrative mention (``kommunens``, ``styrelsen``, ``denna
    tjänsteman``) names one actor: a predicative after it belongs to an earlier verb
    (``benämns denna tjänsteman kommunchef``). So does a head its owner's genitive makes
    definite (``kommunstyrelsens arbetsutskott``, ``styrelsens ordförande``; round 54,
    54b-cg L3)."""
    determiner = _demonstrative(tokens, mention.first_token)
    return (
        mention.genitive
        or _definite(tokens[mention.last_token])
        or determiner
        or _owned_head(tokens[max(mention.first_token - 1, 0) : mention.last_token])
    )


def _owned_head(owner_words: Sequence[Token]) -> bool:
    """The words right before a mention's head (the mention's own and the one before it)
    hold an owner's genitive (`_owner_genitive`); a nominative noun in -s (``process``,
    ``kurs``) owns nothing."""
    return any(_owner_genitive(t) for t in owner_words)


def _demonstrative(tokens: Sequence[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].lower_ in DEFINITE_DETERMINERS


def _opening_parenthesis(tokens: Sequence[Token], closing: int) -> int:
    position = closing - 1
    while position > 0 and tokens[position].text != "(":
        position -= 1
    return position


def _conjunct_of_predicative(
    tokens: Sequence[Token], index: int, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> bool:
    """``är högsta tjänsteman i förbundet och chef över …``: the second conjunct of a
    predicative noun is predicative too."""
    token = tokens[index]
    head = token.head
    if token.dep_ != "conj" or head.i >= index or head.pos_ != "NOUN" or head.i in covered:
        return False
    if any(child.dep_ == "case" and child.i < index for child in token.children):
        return False  # "är högt och för övriga ledamöter lägre": a gapped PP (round 43, bf-13)
    if _definite(token):  # "är linjechef över förvaltningscheferna, stabscheferna …"
        return False
    return is_predicative(tokens, head.i, covered, lexicon)


def _possessive(token: Token) -> bool:
    return token.pos_ in {"PRON", "DET"} and (
        morph_values(token, "Poss") == ["Yes"] or token.dep_ == "nmod:poss"
    )


def _participle_form(token: Token) -> bool:
    """``underordnad``, ``underordnat``, ``underordnade``: a first-conjugation past participle
    (the verb's lemma + ``d``/``t``/``de``) even where the tagger calls it a noun."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ in {"ADJ", "NOUN", "VERB"}
        and lemma.endswith("a")
        and token.lower_ in {lemma + "d", lemma + "t", lemma + "de"}
    )


def _participle_after_copula(
    tokens: Sequence[Token], position: int, noun: Token, lexicon: ActorLexicon
) -> bool:
    """``är förbehållna annan nämnd``: a past participle right after the copula takes the
    noun as its object (the tagger may call ``förbehållna`` present; ``-nde`` participles
    are adjectives: ``är ledande tjänsteman``)."""
    token = tokens[position]
    if morph_values(token, "VerbForm") != ["Part"] or token.lower_.endswith("nde"):
        return False
    if token.lower_ in lexicon.appointing_verbs:
        return False
    before = position - 1
    while before >= 0 and tokens[before].pos_ in {"ADV", "PART"}:
        before -= 1
    after_copula = before >= 0 and tokens[before].lower_ in GRAMMAR.predicative_verbs - {"som"}
    return after_copula and not _agrees(token, noun, lexicon)


def _agrees(participle: Token, noun: Token, lexicon: ActorLexicon) -> bool:
    """An attributive participle agrees with its noun (``anställda jurister``); a plural
    participle before a singular noun governs it (``förbehållna annan nämnd``)."""
    plural_participle = participle.lower_.endswith(("a", "e"))
    analysis = lexicon.analyse(noun.text)
    plural = analysis is not None and lexicon.is_plural(noun.text, *analysis)
    plural_noun = plural or morph_values(noun, "Number") == ["Plur"] or _definite(noun)
    return plural_participle == plural_noun


def _defining_apposition(
    tokens: Sequence[Token], index: int, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> bool:
    """``Lövsta kommun, värdkommun, och Björkvik kommun, samverkanskommun, inrättar …``: a
    bare indefinite actor noun between commas right after an organisation's name, before a
    coordinator or a verb, defines the role that organisation has in the text: no actor of
    its own (round 46, analysis 46-bm cause 14). A list goes on with a noun after the comma
    (``Ekby kommun, polis, räddningstjänst och …``: each an actor)."""
    if not 2 <= index < len(tokens) - 2 or tokens[index - 1].text != ",":
        return False
    owner = covered.get(index - 2)
    if owner is None or owner.category != "organisation" or owner.source != "name":
        return False
    noun, after = tokens[index], tokens[index + 2]
    if tokens[index + 1].text != "," or not noun.is_lower:
        return False
    if after.lower_ not in GRAMMAR.coordinators and after.pos_ not in {"VERB", "AUX"}:
        return False
    found = lexicon.analyse(noun.lower_)
    return found is not None and found[0] == noun.lower_


def _phrase_noun(tokens: Sequence[Token], index: int) -> Token:
    """The noun of the phrase opening at `index`, past its adjectives: ``juridisk person``
    of a mention that opens with its fixed adjective (``är en egen juridisk person``; round
    46, analysis 46-bm cause 14)."""
    while index + 1 < len(tokens) and tokens[index].pos_ == "ADJ":
        index += 1
    return tokens[index]


def _indefinite_noun(token: Token) -> bool:
    """``är en naturlig part``: an indefinite noun takes its adjective in the base form."""
    return token.pos_ == "NOUN" and morph_values(token, "Definite") == ["Ind"]


def _definite(token: Token) -> bool:
    """A definite noun after ``är`` is no role: an inverted subject (``I kommunen är
    kommundirektören också förvaltningschef``, where the noun after it is the predicative)
    or a participle's object (``är underställda kommundirektören``)."""
    return token.pos_ == "NOUN" and morph_values(token, "Definite") == ["Def"]


def _v2_after_fronted_phrase(tokens: Sequence[Token], copula: int, index: int) -> bool:
    """``Enligt instruktionen är den verkställande direktören ansvarig för …``: after a
    fronted prepositional phrase the copula stands second (V2) and the definite noun phrase
    after it (determiner and adjectives before the noun) is the subject."""
    # round 38, B10: ``Vad gäller trafikfrågor är …``, a fronted ``as regards`` phrase
    regarding = int(
        len(tokens) > 2
        and tokens[0].lower_ == "vad"
        and tokens[1].lower_ in GRAMMAR.regarding_verbs
    )
    if not tokens or (tokens[0].pos_ != "ADP" and not regarding) or copula == 0:
        return False
    if any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in tokens[1 + regarding : copula]):
        return False
    return all(t.pos_ in {"DET", "ADJ"} for t in tokens[copula + 1 : index])


_FRONTED_CLASSES = frozenset({"ADP", "ADV"})
_NOUN_PHRASE_CLASSES = frozenset({"ADV", "DET", "ADJ", "NOUN", "PROPN", "CCONJ"})


def _owned_subject_after_v2(tokens: Sequence[Token], copula: int, index: int) -> bool:
    """``Sedan årsskiftet är tekniska nämndens arbetsutskott (TN AU) valnämnd``, ``Därför är
    direktionens ordförande firmatecknare``: after a fronted adverbial the copula stands
    second (V2); an owner's genitive (`_owner_genitive`, with its determiners and
    adjectives) right after it and the head it owns, spelled indefinite but definite by its
    owner, is the inverted subject when a further noun phrase (the predicative) follows the
    head and its bracketed gloss (round 54, analysis 54b-cg L3). ``Ordföranden är nämndens
    sekreterare`` (SVO) keeps the genitive phrase as the predicative."""
    if copula == 0 or index < copula + 2 or tokens[0].pos_ not in _FRONTED_CLASSES:
        return False
    if any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in tokens[1:copula]):
        return False
    owner = tokens[index - 1]
    if not _owner_genitive(owner):
        return False
    if any(t.pos_ not in {"DET", "ADJ"} for t in tokens[copula + 1 : index - 1]):
        return False
    following = _past_gloss(tokens, index + 1)
    return following is not None and following.pos_ in _PREDICATIVE_OPENERS


_PREDICATIVE_OPENERS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADV"})


def _past_gloss(tokens: Sequence[Token], position: int) -> Token | None:
    """The token at `position`, or the one after a bracketed gloss that opens there."""
    if position < len(tokens) and tokens[position].text == "(":
        close = next((i for i in range(position, len(tokens)) if tokens[i].text == ")"), None)
        position = len(tokens) if close is None else close + 1
    return tokens[position] if position < len(tokens) else None


def _subject_before_adjective(tokens: Sequence[Token], copula: int, index: int) -> bool:
    """``Under stämman är CEO och CFO tillgängliga``, ``Vid mötet är även COO
    närvarande``: after a fronted adverbial the copula stands second (V2); a noun phrase
    after it (with its conjuncts) that an adjective follows is the inverted subject, and
    the adjective the predicative (an attributive adjective stands before its noun)."""
    if copula == 0 or tokens[0].pos_ not in _FRONTED_CLASSES:
        return False
    if any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in tokens[1:copula]):
        return False
    between = tokens[copula + 1 : index]
    if any(t.pos_ not in _NOUN_PHRASE_CLASSES and t.text != "," for t in between):
        return False
    nominal = [t.pos_ in {"NOUN", "PROPN"} for t in tokens[copula + 1 : index + 1]]
    if any(a and b for a, b in zip(nominal, nominal[1:], strict=False)):
        return False  # "I dag är Anna chef ansvarig …": a subject, then its predicative
    following = _after_conjuncts(tokens, index)
    return following is not None and (
        following.pos_ == "ADJ" or morph_values(following, "VerbForm") == ["Part"]
    )


def _insertion_after_copula(tokens: Sequence[Token], comma: int) -> int | None:
    """``Valnämnden är, liksom revisionen, ett lagstadgat organ``: the closing comma of a
    phrase set off by commas right after the copula (round 18, cause C6); the copula's
    index, else None."""
    for position in range(comma - 2, 0, -1):
        if tokens[position].text == ",":
            before = tokens[position - 1].lower_
            return position - 1 if before in GRAMMAR.predicative_verbs - {"som"} else None
        if tokens[position].pos_ in {"VERB", "AUX"}:
            return None
    return None


def _subject_of_spliced_clause(tokens: Sequence[Token], comma: int) -> bool:
    """After a comma, a noun phrase (and its conjuncts) followed by a finite verb opens a new
    main clause (a comma splice) whose subject it is (docs/annotation.md §5.2)."""
    position = comma + 1
    while position < len(tokens) and tokens[position].pos_ in {"DET", "ADJ"}:
        position += 1
    if position >= len(tokens) or tokens[position].pos_ not in {"NOUN", "PROPN"}:
        return False
    following = _after_conjuncts(tokens, position)
    return (
        following is not None
        and following.pos_ in {"VERB", "AUX"}
        and morph_values(following, "VerbForm") == ["Fin"]
    )


def _subject_of_joined_clause(
    tokens: Sequence[Token], coordinator: int, index: int, lexicon: ActorLexicon
) -> bool:
    """``Ekby kommun är huvudman och socialnämnden svarar för driften``: a definite noun
    phrase right after a clause coordinator and followed by a finite verb is the subject of a
    second main clause, not a conjunct of the predicative noun before the coordinator (an
    indefinite conjunct with no finite verb after it, ``är huvudman och ägare``, stays one)."""
    return _definite_word(tokens[index], lexicon) and _subject_of_spliced_clause(
        tokens, coordinator
    )


def _after_conjuncts(tokens: Sequence[Token], index: int) -> Token | None:
    """The token after a noun and the nouns coordinated with it (``styrelse och
    verkställande direktör``)."""
    position = index + 1
    joints = GRAMMAR.noun_phrase_coordinators | {","}
    while position < len(tokens) and tokens[position].lower_ in joints:
        after = position + 1
        while after < len(tokens) and tokens[after].pos_ == "ADJ":
            after += 1
        if after >= len(tokens) or tokens[after].pos_ not in {"NOUN", "PROPN"}:
            break
        position = after + 1
    return tokens[position] if position < len(tokens) else None


def _fronted_role_before_verb(
    tokens: Sequence[Token], som: int, index: int, lexicon: ActorLexicon
) -> bool:
    """``Som enskild medlem har man rätt …``, ``Som ledamot får man inte …``: a sentence-initial
    ``Som`` and an actor word in its base form right before the finite verb (V2: the phrase is
    fronted, its subject follows the verb) is a capacity, whatever the tagger calls its words
    (``enskild`` as a noun, ``ledamot`` as an adverb); only words of the phrase between."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or "Fin" not in morph_values(following, "VerbForm"):
        return False
    analysis = lexicon.analyse(tokens[index].text)
    if analysis is None or analysis[0] != tokens[index].lower_:
        return False
    return all(
        tokens[i].pos_ not in {"VERB", "AUX", "ADP", "PUNCT", "PRON"} for i in range(som + 1, index)
    )


def _first_role_conjunct(tokens: Sequence[Token], som: int, index: int) -> int:
    """``anställd som lärare eller bibliotekarie``: the first of the bare nouns after ``som`` that
    coordinators and commas join up to `index`, whose reading its conjuncts share (round 42,
    bc-F1); `index` itself when another word stands between."""
    first = som + 1
    while first < index and tokens[first].pos_ == "ADJ":
        first += 1
    between = tokens[first + 1 : index]
    if morph_values(tokens[index], "Definite") == ["Def"]:
        return index  # "kommunen som ägare och bolagen": a definite noun names an actor
    joined = any(t.lower_ in GRAMMAR.noun_phrase_coordinators for t in between) and all(
        t.lower_ in GRAMMAR.noun_phrase_coordinators or t.text == "," or t.pos_ == "NOUN"
        for t in between
    )
    return first if first < index and tokens[first].pos_ == "NOUN" and joined else index


def _role_after_som(tokens: Sequence[Token], som: int, index: int, lexicon: ActorLexicon) -> bool:
    """``kommunen som ägare``, ``som högste tjänsteman``: a bare indefinite noun after
    ``som`` (with only adjectives between) is a role unless a verb follows it or its
    conjuncts (``som kommunfullmäktige har fastställt``, ``direktiv som styrelse och vd ska
    följa`` are relative clauses)."""
    token = tokens[index]
    if _correlative_som(tokens, som):
        return False  # "såväl elever som skolledare": a coordinator (round 29, C5)
    if tokens[som].is_sent_start and _fronted_role_before_verb(tokens, som, index, lexicon):
        return True  # "Som enskild medlem har man …" (round 25, cause C4)
    if tokens[som].is_sent_start and token.pos_ == "NOUN" and not _definite_word(token, lexicon):
        # "Som (ordförandens) ersättare tjänstgör X": no antecedent, a fronted role (V2);
        # "Som nämnden beslutat …" is a clause
        return all(_in_role_phrase(tokens[i]) for i in range(som + 1, index))
    if any(tokens[i].pos_ != "ADJ" for i in range(som + 1, index)):
        return False
    if som > 0 and _subject_of_content_clause(tokens, som - 1) and index == som + 1:
        following = None  # "vad regionen som ägare vill uppnå" (round 42, 42-bb A4)
    elif som > 0 and tokens[som - 1].pos_ in {"NOUN", "PROPN"}:  # an antecedent: "direktiv som"
        following = _after_conjuncts(tokens, index)
    else:
        following = tokens[index + 1] if index + 1 < len(tokens) else None
    if token.pos_ in {"NOUN", "PROPN"}:
        return (
            token.pos_ == "NOUN"
            and morph_values(token, "Definite") == ["Ind"]
            and (following is None or following.pos_ not in {"VERB", "AUX"})
        )
    # the tagger missed the noun ("som högste tjänsteman i …"): an actor word in its base
    # form that ends the phrase
    analysis = lexicon.analyse(token.text)
    ends_phrase = following is None or following.pos_ in {"ADP", "PUNCT", "CCONJ"}
    return analysis is not None and analysis[0] == token.lower_ and ends_phrase


def _subject_of_content_clause(tokens: Sequence[Token], noun: int) -> bool:
    """``visar vad regionen som ägare vill …``: a definite noun right after a content
    clause's opener (`content_clause_openers`) is that clause's subject, so a bare noun
    after its ``som`` is its role, not a relative clause's subject."""
    token = tokens[noun]
    return (
        noun > 0
        and token.pos_ in {"NOUN", "PROPN"}
        and morph_values(token, "Definite") == ["Def"]
        and tokens[noun - 1].lower_ in GRAMMAR.content_clause_openers
    )


def _correlative_som(tokens: Sequence[Token], som: int) -> bool:
    """``såväl X som Y``: a ``som`` after its pair's first word (configs/grammar.yaml
    `correlative_partners`) in the same clause, no finite verb between, joins two conjuncts."""
    word = tokens[som].lower_
    for position in range(som - 1, -1, -1):
        token = tokens[position]
        if GRAMMAR.correlative_partners.get(token.lower_) == word:
            return True
        if "Fin" in morph_values(token, "VerbForm") or token.text in {".", ";", ":"}:
            return False
    return False


def identifying_body(
    tokens: Sequence[Token], noun: int, lexicon: ActorLexicon | None = None
) -> bool:
    """The token at `noun` is a body noun (`identifying_body_nouns`) after a genitive owner
    that opens the clause (a name before it allowed) and attributes among which a superlative
    or an ordinal (`unique_adjectives`), right before the copula, which a noun or name
    follows past determiners and adjectives: ``Föreningens främsta organ är årsmötet``. The
    body noun describes the one the copula names, no actor (round 35, B4)."""
    if definite_body_noun(tokens[noun]):
        return _article_identifying_body(tokens, noun, lexicon)
    if tokens[noun].lower_ not in GRAMMAR.identifying_body_nouns:
        return False
    position, graded = noun - 1, False
    while position > 0 and (tokens[position].pos_ in {"ADJ", "VERB"} or _ordinal(tokens[position])):
        graded = graded or _superlative(tokens[position])
        position -= 1
    owner = tokens[position]
    after = _past_adverbs(tokens, noun + 2)
    # a list of bodies identifies after attributes too (round 48, analysis 48-bq B4)
    listed = _list_after_copula(tokens, after)
    if not (listed or (graded and position != noun - 1)):
        return False
    if not (_genitive(owner) or _acronym_owner(owner) or _second_genitive_word(tokens, position)):
        return False
    if any(t.pos_ not in {"NOUN", "PROPN"} for t in tokens[:position]):
        return False  # "… och kommunens högsta organ är …": not the clause's opening
    if after >= len(tokens) or tokens[noun + 1].lower_ not in GRAMMAR.copulas:
        return False
    while after < len(tokens) - 1 and tokens[after].pos_ in {"DET", "ADJ"}:
        after += 1
    return tokens[after].pos_ in {"NOUN", "PROPN"} or _tagged_off_body(tokens[after], lexicon)


def _second_genitive_word(tokens: Sequence[Token], position: int) -> bool:
    """``Västerbygdens räddningsförbunds``: a lower-case word in ``-s`` right after a
    genitive ends a genitive name, whatever case the tagger gives it (round 53, analysis
    53-cc G3)."""
    token = tokens[position]
    return (
        position > 0
        and token.lower_.endswith("s")
        and token.is_lower
        and _genitive(tokens[position - 1])
    )


def _tagged_off_body(token: Token, lexicon: ActorLexicon | None) -> bool:
    """A body name the tagger read as a verb or an adjective (``är stadsfullmäktige``,
    analysis 51-bx C1): an invariant body compound by the lexicon, or, once the actors are
    found (no lexicon at hand), a mention of no person covering the word."""
    if lexicon is not None:
        analysis = lexicon.analyse(token.text)
        return analysis is not None and _invariant_body_compound(
            token.lower_, analysis[1].head, analysis[1].category, lexicon
        )
    return any(
        m.first_token <= token.i <= m.last_token and m.category not in PERSON_CATEGORIES
        for m in token.doc._.actors or ()
    )


def definite_body_noun(token: Token) -> bool:
    """``organet``, ``instansen``: the definite singular of an `identifying_body_nouns` word."""
    word = token.lower_
    return word[-2:] in {"et", "en"} and word[:-2] in GRAMMAR.identifying_body_nouns


def _article_identifying_body(
    tokens: Sequence[Token], noun: int, lexicon: ActorLexicon | None = None
) -> bool:
    """``Det högsta beslutande organet i Ekby är stadsfullmäktige``: the clause opens with the
    definite article, attributes among which a superlative or ordinal and the definite body
    noun, then (a prepositional phrase naming the place or owner and) the copula and a named
    body: it identifies as the genitive form does (round 51, x1; §5.1 round 35 B4)."""
    position, graded = noun - 1, False
    while position > 0 and (tokens[position].pos_ in {"ADJ", "VERB"} or _ordinal(tokens[position])):
        graded = graded or _superlative(tokens[position])
        position -= 1
    if position != 0 or not graded or tokens[0].lower_ not in {"den", "det"}:
        return False
    copula = noun + 1
    if copula < len(tokens) and tokens[copula].pos_ == "ADP":
        copula += 1
        while copula < len(tokens) and tokens[copula].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}:
            copula += 1
    if copula >= len(tokens) - 1 or tokens[copula].lower_ not in GRAMMAR.copulas:
        return False
    after = _past_adverbs(tokens, copula + 1)
    while after < len(tokens) - 1 and tokens[after].pos_ in {"DET", "ADJ"}:
        after += 1
    named = tokens[after].pos_ in {"NOUN", "PROPN"} or _tagged_off_body(tokens[after], lexicon)
    return named and tokens[after].lower_ not in {"en", "ett"}


def _past_adverbs(tokens: Sequence[Token], at: int) -> int:
    """The index of the first token from `at` on that is no adverb (``är alltid …``)."""
    while at < len(tokens) - 1 and tokens[at].pos_ == "ADV":
        at += 1
    return at


def _list_after_copula(tokens: Sequence[Token], first: int) -> bool:
    """A bare noun list opens at `first` (``årsmöte, styrelse och …``): the bodies that
    ``Föreningens organ är`` lists (round 45, bi-C12)."""
    return (
        first + 1 < len(tokens)
        and tokens[first].pos_ in {"NOUN", "PROPN"}
        and (
            tokens[first + 1].text == ","
            or tokens[first + 1].lower_ in GRAMMAR.noun_phrase_coordinators
        )
    )


def _superlative(token: Token) -> bool:
    return "Sup" in morph_values(token, "Degree") or token.lower_ in GRAMMAR.unique_adjectives


def _ordinal(token: Token) -> bool:
    return token.lower_ in GRAMMAR.unique_adjectives


def _acronym_owner(token: Token) -> bool:
    """``NBF beslutande organ är …``: an all-capitals acronym before a noun's attributes is
    its owner, with no room for the genitive ``-s`` (round 48's ``LBS firma``; analysis
    51-bq F), however the parser hangs it (``nmod:poss``, ``compound``, ``nsubj``)."""
    return token.is_upper and token.is_alpha and len(token) > 1


def _genitive(token: Token) -> bool:
    return "Gen" in morph_values(token, "Case") or (
        token.lower_.endswith("s") and token.dep_ == "nmod:poss"
    )


def _base_form(token: Token, lexicon: ActorLexicon) -> bool:
    """``Rådet är samrådsorgan för …``: a noun written as the lexicon's base form (the
    indefinite singular) is no definite noun, whatever the tagger says (it reads
    ``-organ`` compounds as definite); a head with no singular (``fullmäktige``) may be
    either (round 39, analyst au cause C4)."""
    analysis = lexicon.analyse(token.text)
    return (
        analysis is not None
        and token.lower_ == analysis[0]
        and analysis[1].head not in lexicon.plural_only_heads
    )
