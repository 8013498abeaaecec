"""A cheap check that a document is written in Swedish (round 51, nu51 fault 8).

The rules read Swedish only: a text in another language gives no statements, silently. The
share of its words that are Swedish function words (spaCy's Swedish stop-word list, shipped
with the model's library) tells a Swedish text (a fifth of its words and more) from another
language (next to none); English function words name the likely language in the warning.
"""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 20_000  # the first pages decide
_MIN_WORDS = 30  # a shorter text says too little
_MAX_SWEDISH_SHARE = 0.05  # Swedish prose: 0.10 and over (dev corpus lowest, tables too)
_MIN_ENGLISH_SHARE = 0.2


@cache
def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.sv.stop_words import STOP_WORDS as SWEDISH

    return frozenset(SWEDISH), frozenset(ENGLISH - SWEDISH)


def language_warning(text: str) -> str | None:
    """A warning line when `text` seems not to be Swedish, else None."""
    words = [word.lower() for word in _WORD.findall(text[:_SAMPLE_CHARS])]
    if len(words) < _MIN_WORDS:
        return None
    swedish, english = _stop_words()
    if sum(word in swedish for word in words) / len(words) >= _MAX_SWEDISH_SHARE:
        return None
    guess = " (English?)" if sum(word in english for word in words) / len(words) >= (
        _MIN_ENGLISH_SHARE) else ""
    return f"the text seems not to be Swedish{guess}: the rules read Swedish only, so no " \
           "statements are read from it"
