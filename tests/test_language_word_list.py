"""`pipeline.language.word_list`: `_frequency_buckets` reads wordfreq's Swedish list from its data file without
importing wordfreq (whose import walks the caller's stack): the buckets are wordfreq's own,
a language code with no file of its own name goes through wordfreq's matching, and a data
file it cannot read (another format's header) falls back on wordfreq's own reader."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.language import word_list
from pipeline.language.word_list import _frequency_buckets, frequent_word


def test_buckets_are_wordfreqs():
    wordfreq = pytest.importorskip("wordfreq")
    assert _frequency_buckets("sv") == wordfreq.get_frequency_list("sv")


@pytest.mark.parametrize("threshold", [1e-9, 1e-7, 3e-6, 1e-4])
def test_frequent_words_as_wordfreqs_dict(threshold):
    wordfreq = pytest.importorskip("wordfreq")
    frequencies = wordfreq.get_frequency_dict("sv")
    words = ["nämnden", "kommunstyrelsen", "beslutar", "xqzvw", "och", "budgetberedning"]
    for word in words:
        assert frequent_word(word, "sv", threshold) == (frequencies.get(word, 0.0) >= threshold)


def test_other_codes_go_through_wordfreq(monkeypatch):
    wordfreq = pytest.importorskip("wordfreq")
    asked = []
    monkeypatch.setattr(wordfreq, "get_frequency_list", lambda lang: asked.append(lang) or [])
    assert word_list._frequency_buckets("sv-x-invented") == []
    assert asked == ["sv-x-invented"]


def test_word_list_does_not_import_wordfreq():
    code = (
        "import sys; from pipeline.language.word_list import is_known_word; "
        "assert is_known_word('nämnden'); print('wordfreq' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_an_unknown_data_file_falls_back_on_wordfreq(tmp_path, monkeypatch):
    import gzip

    msgpack = pytest.importorskip("msgpack")
    wordfreq = pytest.importorskip("wordfreq")
    path = tmp_path / "large_sv.msgpack.gz"
    with gzip.open(path, "wb") as file:
        file.write(msgpack.packb([{"format": "cB", "version": 2}, ["och"]]))
    assert word_list._read_cbpack(path) is None
    (tmp_path / "broken.msgpack.gz").write_bytes(b"not gzip")
    assert word_list._read_cbpack(tmp_path / "broken.msgpack.gz") is None
    monkeypatch.setattr(word_list, "_read_cbpack", lambda path: None)
    monkeypatch.setattr(wordfreq, "get_frequency_list", lambda lang: [["och"]])
    assert word_list._frequency_buckets("sv") == [["och"]]


@pytest.mark.parametrize("threshold", [1e-9, 1e-7, 1e-6, 1e-3])
def test_every_bucket_at_a_threshold_is_wordfreqs(threshold):
    """Round 58 (perf58c): every threshold's words, taken from the one set of all listed
    words, are wordfreq's dict's, for words of every bucket (one from each) and words not
    listed."""
    wordfreq = pytest.importorskip("wordfreq")
    frequencies = wordfreq.get_frequency_dict("sv")
    buckets = _frequency_buckets("sv")
    words = [bucket[len(bucket) // 2] for bucket in buckets if bucket]
    words += ["xqzvw", "", "Nämnden"]
    for word in words:
        assert frequent_word(word, "sv", threshold) == (frequencies.get(word, 0.0) >= threshold)


def test_two_thresholds_read_the_list_once(monkeypatch):
    """Normalize asks at two thresholds; the word list is read once, and a word listed in
    two buckets stands at the later one's frequency."""
    read = []
    buckets = [["och"], ["x", "och"]]
    monkeypatch.setattr(word_list, "_frequency_buckets", lambda lang: read.append(lang) or buckets)
    for cached in (word_list._buckets, word_list._listed_words, word_list._words_at_least):
        cached.cache_clear()
    try:
        assert not frequent_word("och", "invented", 1.0)  # its last bucket is the second
        assert frequent_word("och", "invented", 10 ** (-1 / 100))
        assert frequent_word("x", "invented", 10 ** (-1 / 100))
        assert not frequent_word("y", "invented", 1e-9)
        assert read == ["invented"]
    finally:
        for cached in (word_list._buckets, word_list._listed_words, word_list._words_at_least):
            cached.cache_clear()
