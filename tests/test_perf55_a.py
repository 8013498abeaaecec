"""perf55a: start-up costs cut with the same answers.

`word_list._frequency_buckets` reads wordfreq's Swedish list from its data file without
importing wordfreq (whose import walks the caller's stack): the buckets are wordfreq's own,
and a language code with no file of its own name goes through wordfreq's matching."""

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


def test_cue_parts_name_the_words_of_their_specs():
    """`FirstWordPatterns` compiles a part only where the trie has no branch of it yet: the
    words and lemmas it names (a token's class) are those of the same patterns spec by spec."""
    import spacy

    from pipeline.language.grammar import CONFIGS, load_deontic_cues
    from pipeline.nlp.cues import CueMatcher
    from pipeline.nlp.patterns import FirstWordPatterns

    vocab = spacy.blank("sv").vocab
    matcher = CueMatcher(vocab, load_deontic_cues(CONFIGS / "deontics.yaml"))
    assert matcher.fast is not None
    lists = (matcher.form_patterns, matcher.lemma_patterns)
    for built, patterns in zip(matcher.fast, lists, strict=True):
        flat = FirstWordPatterns(vocab, [(key, parts.specs()) for key, parts in patterns])
        assert built.named_words == flat.named_words
        assert built.named_lemmas == flat.named_lemmas
        assert {slot: set(words) for slot, words in built.automata.items()} == {
            slot: set(words) for slot, words in flat.automata.items()
        }
