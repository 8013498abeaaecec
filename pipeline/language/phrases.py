"""Phrases of a word list grouped by their first word, so that a rule looks up one word and
compares only the few phrases that open with it (the adoption and validity labels, the
share links, the slot insertions, the distributive phrases)."""

from __future__ import annotations

from collections.abc import Collection

Phrase = tuple[str, ...]
PhraseList = Collection[str] | Collection[Phrase]

# per list object (kept with it, so that an id is never read for another list) and word count
_GROUPED: dict[tuple[int, int], tuple[PhraseList, dict[str, tuple[Phrase, ...]]]] = {}


def phrases_by_first_word(phrases: PhraseList, min_words: int = 1) -> dict[str, tuple[Phrase, ...]]:
    """`phrases` (strings split at spaces, or word tuples) of `min_words` words or more, by
    their first word, longest first (ties in word order: a set's order is no order); grouped
    once per list."""
    kept = _GROUPED.get((id(phrases), min_words))
    if kept is None or kept[0] is not phrases:
        kept = _GROUPED[(id(phrases), min_words)] = (phrases, _grouped(phrases, min_words))
    return kept[1]


def _grouped(phrases: PhraseList, min_words: int) -> dict[str, tuple[Phrase, ...]]:
    by_first: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        words = tuple(phrase.split()) if isinstance(phrase, str) else tuple(phrase)
        if words and len(words) >= min_words:
            by_first.setdefault(words[0], []).append(words)
    return {
        first: tuple(sorted(found, key=lambda words: (-len(words), words)))
        for first, found in by_first.items()
    }
