"""The Swedish word list (wordfreq) that normalize, ingest and the NLP rules share: is a
written word a known word at a given frequency (`is_known_word`). One list per process."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

__all__ = ["frequent_word", "is_known_word"]


@lru_cache(maxsize=8)
def _words_at_least(language: str, min_frequency: float) -> frozenset[str]:
    """The words of the language's list (wordfreq) whose frequency is at least
    `min_frequency` (0 < `min_frequency`), as ``wordfreq.get_frequency_dict`` gives it: its
    buckets, by falling frequency (bucket ``i`` at ``cB_to_freq(-i)``), each word at the
    frequency of the last bucket that holds it. Built from the public bucket list as sets,
    not as the ~340,000-entry dict (~0.2 s a run): the rules only ask "at least". The
    words of the first `kept` buckets that no later bucket holds are the listed words
    that no later bucket holds: every threshold starts from the one set of all words,
    and the list is read once (`_buckets`; normalize asks at two thresholds, round 58)."""
    buckets = _buckets(language)
    kept = 0
    while kept < len(buckets) and 10 ** (-kept / 100) >= min_frequency:  # `cB_to_freq(-kept)`
        kept += 1
    later = buckets[kept:]  # a word there too has its (lower) frequency from there
    return _listed_words(language).difference(*later) if later else _listed_words(language)


@lru_cache(maxsize=8)
def _listed_words(language: str) -> frozenset[str]:
    return frozenset().union(*_buckets(language))


@lru_cache(maxsize=8)
def _buckets(language: str) -> tuple[list[str], ...]:
    """`_frequency_buckets`, read once per language."""
    return tuple(_frequency_buckets(language))


def _frequency_buckets(language: str) -> list[list[str]]:
    """``wordfreq.get_frequency_list(language)``: the buckets of its "best" list (the large
    one where there is one). Read here from wordfreq's data file when one is named exactly
    `language`, without importing wordfreq: its import costs ~0.2 s of CPU per process
    (``import wordfreq`` walks the caller's whole stack with ``inspect.stack``, and brings
    langcodes and ftfy); any other language code goes through wordfreq's own matching."""
    spec = find_spec("wordfreq")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for size in ("large", "small"):  # "best": the large list wins (`available_languages`)
            path = Path(folder, "data", f"{size}_{language}.msgpack.gz")
            buckets = _read_cbpack(path) if path.is_file() else None
            if buckets is not None:
                return buckets
    import wordfreq

    return wordfreq.get_frequency_list(language)


def _read_cbpack(path: Path) -> list[list[str]] | None:
    """wordfreq's ``read_cBpack``: a gzipped msgpack list, a header and then the buckets;
    None when the file cannot be read so or its header is another format's (a later
    wordfreq's), so that the caller falls back on wordfreq's own reader."""
    try:
        import msgpack

        with gzip.open(path, "rb") as file:
            data = msgpack.load(file, raw=False)
    except (ImportError, OSError, ValueError):
        return None
    header = data[0] if isinstance(data, list) and data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return data[1:]


def frequent_word(word: str, language: str, min_frequency: float) -> bool:
    """``get_frequency_dict(language).get(word, 0.0) >= min_frequency``, `word` as given."""
    if not min_frequency > 0.0:
        return min_frequency <= 0.0  # any word, listed or not (NaN: none)
    return word in _words_at_least(language, min_frequency)


def is_known_word(word: str, language: str = "sv", min_frequency: float = 1e-9) -> bool:
    """The word (lower-cased) is in the language's word list (wordfreq) at that frequency."""
    return frequent_word(word.lower(), language, min_frequency)
