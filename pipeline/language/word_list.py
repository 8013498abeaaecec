"""The Swedish word list (wordfreq) that normalize, ingest and the NLP rules share: is a
written word a known word at a given frequency (`is_known_word`). One list per process."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

__all__ = ["frequent_word", "is_known_word"]


@lru_cache(maxsize=8)
def _last_buckets(language: str) -> tuple[dict[str, int], int]:
    """Each word of the language's list (wordfreq) → the number of the last of its buckets
    that holds it (bucket ``i`` at ``cB_to_freq(-i)``, by falling frequency):
    ``wordfreq.get_frequency_dict`` gives a word the frequency of that bucket. One table for
    every threshold (`_at_least`), not a set of ~340,000 words per threshold (normalize asks
    at two: ~0.1 s a run, round 58), and the number of buckets."""
    buckets = _frequency_buckets(language)
    last: dict[str, int] = {}
    for number, bucket in enumerate(buckets):
        last.update(dict.fromkeys(bucket, number))  # a later bucket's number wins
    return last, len(buckets)


@lru_cache(maxsize=16)
def _at_least(language: str, min_frequency: float) -> tuple[dict[str, int], int]:
    """`_last_buckets` of the language and how many of its first buckets stand at a
    frequency of at least `min_frequency` (0 < `min_frequency`): a word is that frequent
    when its last bucket is one of them."""
    last, buckets = _last_buckets(language)
    kept = 0
    while kept < buckets and 10 ** (-kept / 100) >= min_frequency:  # `cB_to_freq(-kept)`
        kept += 1
    return last, kept


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
    last, kept = _at_least(language, min_frequency)
    return last.get(word, kept) < kept


def is_known_word(word: str, language: str = "sv", min_frequency: float = 1e-9) -> bool:
    """The word (lower-cased) is in the language's word list (wordfreq) at that frequency."""
    return frequent_word(word.lower(), language, min_frequency)
