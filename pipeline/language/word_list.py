"""The Swedish word list (wordfreq) that normalize, ingest and the NLP rules share: is a
written word a known word at a given frequency (`is_known_word`). One list per process."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["frequent_word", "is_known_word"]


@lru_cache(maxsize=8)
def _words_at_least(language: str, min_frequency: float) -> frozenset[str]:
    """The words of the language's list (wordfreq) whose frequency is at least
    `min_frequency` (0 < `min_frequency`), as ``wordfreq.get_frequency_dict`` gives it: its
    buckets, by falling frequency (bucket ``i`` at ``cB_to_freq(-i)``), each word at the
    frequency of the last bucket that holds it. Built from the public bucket list as sets,
    not as the ~340,000-entry dict (~0.2 s a run): the rules only ask "at least"."""
    import wordfreq

    buckets = wordfreq.get_frequency_list(language)
    kept = 0
    while kept < len(buckets) and wordfreq.cB_to_freq(-kept) >= min_frequency:
        kept += 1
    frequent = frozenset().union(*buckets[:kept])
    later = buckets[kept:]  # a word there too has its (lower) frequency from there
    return frequent.difference(*later) if later else frequent


def frequent_word(word: str, language: str, min_frequency: float) -> bool:
    """``get_frequency_dict(language).get(word, 0.0) >= min_frequency``, `word` as given."""
    if not min_frequency > 0.0:
        return min_frequency <= 0.0  # any word, listed or not (NaN: none)
    return word in _words_at_least(language, min_frequency)


def is_known_word(word: str, language: str = "sv", min_frequency: float = 1e-9) -> bool:
    """The word (lower-cased) is in the language's word list (wordfreq) at that frequency."""
    return frequent_word(word.lower(), language, min_frequency)
