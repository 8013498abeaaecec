"""Word knowledge the normalize stage shares: is a word a noun the lexicons know, an actor?

Read on first use (as `patterns` reads layout.yaml): `pipeline.config` imports this stage,
so the lexicons are imported where used. A module of its own so that `reflow` and
`inline_headings` share it without importing each other at call time (review 42a, item 12).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from pipeline.language.lexicon import ActorLexicon


@cache
def actor_lexicon() -> ActorLexicon:
    """The shipped actor lexicon, read on first use."""
    from pipeline.config import PACKAGED_CONFIG_DIR
    from pipeline.language.lexicon import load_actor_lexicon

    return load_actor_lexicon(PACKAGED_CONFIG_DIR / "actors.yaml")


@cache
def configured_actor_lexicon(path: Path | None) -> ActorLexicon:
    """The actor lexicon of a run's actors.yaml (`NormalizeOptions.actors_path`, set from its
    configuration folder, so that ``--config`` counts); the shipped one where none is set."""
    if path is None:
        return actor_lexicon()
    from pipeline.language.lexicon import load_actor_lexicon

    return load_actor_lexicon(path)


DEFINITE_ENDINGS = ("n", "na", "t")  # ``kassören``, ``revisorerna``, ``förbundet``


def definite_actor_noun(word: str, lexicon: ActorLexicon | None = None) -> bool:
    """An actor noun of the lexicon (actors.yaml) in a definite form (``Kassören``,
    ``revisorerna``, ``förbundet``), not its base form: the subject of a sentence whose
    stop was lost (nlp `sentences`, normalize `inline_headings`); no name."""
    analysis = (lexicon or actor_lexicon()).analyse(word)
    lower = word.lower()
    return analysis is not None and lower != analysis[0] and lower.endswith(DEFINITE_ENDINGS)


def is_actor_noun(word: str) -> bool:
    """The actor lexicon reads `word` as an actor (``Region``, ``Stiftelsen``)."""
    return actor_lexicon().analyse(word) is not None


def actor_name_adjective(word: str) -> bool:
    """Round 55 (fix55f): an adjective or participle the actor lexicon keeps in an actor's
    name (actors.yaml `name_adjectives`: ``Verkställande``, ``Vice``, ``Biträdande``): it
    modifies the subject noun after it, no heading of its own."""
    return word.casefold() in actor_lexicon().name_adjectives


_MIN_PART = 4  # letters of each part of a compound read by its parts


def known_compound(word: str) -> bool:
    """Round 49 (49-r L1): a compound the lexicon lacks whole but knows by its parts, each a
    known noun of at least four letters, the first with or without its linking ``s``
    (``Organisationstillhörighet``, ``Verksamhetsinriktning``)."""
    lower = word.casefold()
    if not lower.isalpha():
        return False
    for cut in range(_MIN_PART, len(lower) - _MIN_PART + 1):
        first, last = lower[:cut], lower[cut:]
        if not known_noun(last):
            continue
        if known_noun(first) or (first.endswith("s") and known_noun(first[:-1])):
            return True
    return False


def known_noun(word: str) -> bool:
    """The lemma lexicon knows the word form (``Bolagets``, ``Styrelsen``) or the actor
    lexicon reads it as an actor (``Lekmannarevisorn``); a name is neither (``Norrbotten``)."""
    from pipeline.language.spelling import lemma_lexicon

    table, lemmas = lemma_lexicon()
    lower = word.casefold()
    return lower in table or lower in lemmas or is_actor_noun(word)


# The verbs whose present adds -r to the whole infinitive (``ge``, ``ta``, ``gå``, their
# compounds ``medge``, ``avstå``) are short, at most five letters; a longer vowel-final word
# is an -a verb (its present `present_spelling` reads) or no verb.
_SHORT_VERB = 5


def bare_infinitive(word: str) -> bool:
    """Analysis 53-cc L1: `word` (any case) is a verb's infinitive: it ends in a vowel and
    its present (``anta`` → ``antar``, ``godkänna`` → ``godkänner``, ``ge`` → ``ger``) is one
    the lemma lexicon reads as that verb (`present_spelling`), not a noun's plural
    (``frågor``, ``styrelser``)."""
    from pipeline.language.spelling import VOWELS, lemma_lexicon, present_spelling

    lower = word.casefold()
    if not lower.isalpha() or lower[-1:] not in VOWELS:
        return False
    if present_spelling(f"{lower}r") or present_spelling(f"{lower[:-1]}er"):
        return True
    return len(lower) <= _SHORT_VERB and lemma_lexicon()[0].get(f"{lower}r") == lower
