"""The structure sense of an ``-organisation``/``förvaltning`` noun (round 36, cause C4;
docs/annotation.md §2.4).

A head in `structure_heads` that is set up, designed or planned names a structure, not an
actor: the subject or object of a `structure_verbs` lemma (``En ny förvaltningsorganisation
införs 2025``, ``bygga upp en organisation för krisberedskap``), after a `structure_modifiers`
attribute (``den tänkta organisationen``) or before ``för`` + a `structure_periods` word
(``organisationen för mandatperioden``). So does the object of a `quality_verbs` lemma with a
`quality_adjectives` attribute (``säkra en effektiv förvaltning``): the activity. As the agent
of an action verb it stays an actor (``Förvaltningsorganisationen bereder ärendena``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.language.lexicon import ActorLexicon
from pipeline.nlp.memo import morph_values

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
OBJECT_DEPS = frozenset({"obj", "nsubj:pass"})  # what is set up: an object or a passive subject


def structure_sense(doc: Doc, token: Token, head: str, lexicon: ActorLexicon) -> bool:
    """Whether the `structure_heads` noun ``token`` (of actor head ``head``) names a
    structure or an activity, not an actor."""
    if not head.endswith(tuple(lexicon.structure_heads)):
        return False  # `förvaltning`, `förvaltningsorganisation`, `kommunorganisation`
    if _plural(token):
        return False  # "Nya förvaltningar inrättas": the units
    verb = _governing_verb(token)
    set_up = verb is not None and token.dep_ in OBJECT_DEPS  # not "Förvaltningen ska planera"
    if set_up and _lemma(verb) in lexicon.structure_verbs:
        return True
    if _quality_object(token, verb, lexicon):
        return True
    if _designed(token, lexicon) or _changed(token, lexicon):
        return True  # "ska vara utformad så att", "Förändringar i organisationen" (round 39)
    if _agent(token):
        return False
    return _planned(doc, token, lexicon) or _with_period(doc, token, lexicon)


def _governing_verb(token: Token) -> Token | None:
    """The verb whose subject or object ``token`` is (also through a conjunct)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in SUBJECT_DEPS | OBJECT_DEPS and token.head.pos_ in {"VERB", "AUX"}:
        return token.head
    return None


def _lemma(verb: Token) -> str:
    lemma = verb.lemma_.lower()
    return lemma or verb.lower_


def _plural(token: Token) -> bool:
    """``förvaltningar``, ``organisationerna``: the plural names units."""
    plural_endings = ("ar", "arna", "ars", "arnas", "er", "erna", "ers", "ernas")
    return morph_values(token, "Number") == ["Plur"] or token.lower_.endswith(plural_endings)


def _agent(token: Token) -> bool:
    """The active subject (``Den nya förvaltningen kommer att vara placerad``)."""
    return token.dep_ == "nsubj"


def _quality_object(token: Token, verb: Token | None, lexicon: ActorLexicon) -> bool:
    """``säkra en effektiv förvaltning``: the object of a quality verb, with a quality
    attribute."""
    if verb is None or token.dep_ != "obj" or _lemma(verb) not in lexicon.quality_verbs:
        return False
    return any(_attributes(token, lexicon.quality_adjectives))


def _planned(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``en ny förvaltningsorganisation``, ``den tänkta organisationen``."""
    return any(_attributes(token, lexicon.structure_modifiers))


def _attributes(token: Token, words: frozenset[str]) -> list[Token]:
    """The attributive words in ``words`` before ``token`` within its noun phrase."""
    found = []
    position = token.i - 1
    while position >= 0 and token.doc[position].pos_ in {"ADJ", "DET", "ADV", "VERB", "NUM"}:
        if token.doc[position].lower_ in words:
            found.append(token.doc[position])
        position -= 1
    return found


def _with_period(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``organisationen för mandatperioden``."""
    after = doc[token.i + 1 : token.i + 3]
    return len(after) == 2 and after[0].lower_ == "för" and lexicon.names_period(after[1].text)


# Participle endings of a `structure_verbs` lemma (`utformad`, `uppbyggd`, `inrättat`) and the
# verb particles glued before them.
_PARTICIPLE_ENDINGS = ("ade", "ad", "at", "da", "de", "d", "t")
_PARTICLES = ("upp", "in", "om")
_COPULA_DEPS = frozenset({"cop", "aux", "aux:pass"})
_PARTICIPLE_TAGS = frozenset({"ADJ", "VERB", "NOUN"})  # "uppbyggd" read as a noun


def _designed(token: Token, lexicon: ActorLexicon) -> bool:
    """``Kontrollorganisationen ska vara utformad så att …``: the subject of ``vara`` + a
    `structure_verbs` participle is the structure designed (round 39, analyst av C3)."""
    participle = token.head
    if token.dep_ != "nsubj" or participle is token or participle.pos_ not in _PARTICIPLE_TAGS:
        return False
    children = participle.children
    if not any(child.lemma_ == "vara" and child.dep_ in _COPULA_DEPS for child in children):
        return False
    word = participle.lower_
    if participle.lemma_ in lexicon.structure_verbs and word != participle.lemma_:
        return True
    for particle in _PARTICLES:
        word = word.removeprefix(particle) if len(word) > len(particle) + 4 else word
    return any(
        word.startswith(verb[:-1]) and word[len(verb) - 1 :] in _PARTICIPLE_ENDINGS
        for verb in lexicon.structure_verbs
    )


def _changed(token: Token, lexicon: ActorLexicon) -> bool:
    """``Förändringar i ledningsorganisationen``: the structure a change noun
    (`structure_change_nouns`) is made in or of (round 39, analyst av C3)."""
    if token.dep_ != "nmod" or token.head.lower_ not in lexicon.structure_change_nouns:
        return False
    return any(child.dep_ == "case" and child.lower_ in {"i", "av"} for child in token.children)
