"""A document's list of abbreviations, its label and its abbreviations, read by segmentation
(`pipeline.normalize.cell_rows`: the list copied one cell a line) and by the NLP rules
(`pipeline.nlp.document_abbreviations`: the actors it defines) alike (round 44, probe44 A1;
round 46, probe w45-y)."""

from __future__ import annotations

import re
from functools import lru_cache

_MIN_LETTERS, _MAX_LETTERS = 2, 6
_MIN_CAPITALS = 2


def is_abbreviation_word(text: str) -> bool:
    """A word of two to six letters, a capital first and two or more capitals (``FC``,
    ``MBN``, ``BiH``, ``ÉK``): no number, no hyphen."""
    return (
        _MIN_LETTERS <= len(text) <= _MAX_LETTERS
        and text.isalpha()
        and text[0].isupper()
        and sum(char.isupper() for char in text) >= _MIN_CAPITALS
    )


def is_list_label(text: str) -> bool:
    """A list of abbreviations' label alone (``Förkortningar``, with its colon or none):
    one word of configs/grammar.yaml `abbreviation_list_labels`, in any case."""
    word = text.strip().rstrip(":").strip()
    return " " not in word and word.casefold() in _labels()


def _labels() -> frozenset[str]:
    # imported on use: segmentation imports this module while the configs are loading
    from pipeline.language.grammar import GRAMMAR

    return GRAMMAR.abbreviation_list_labels


@lru_cache(maxsize=4)
def _label_line(labels: frozenset[str]) -> re.Pattern[str]:
    """A line holding one of `labels` alone, its colon or none, in any case."""
    words = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    return re.compile(rf"(?im)^[^\S\n]*(?:{words})[^\S\n]*:?[^\S\n]*$")


def has_list_label_line(text: str) -> bool:
    """Whether a line of `text` is a list of abbreviations' label alone (`is_list_label`):
    one search of the whole text, the cheap trigger of the per-line reading."""
    return _label_line(_labels()).search(text) is not None
