"""The shared first-word grouping of phrase lists (pipeline/language/phrases.py, review45a)."""

from __future__ import annotations

from pipeline.language.phrases import phrases_by_first_word


def test_phrases_are_grouped_by_first_word_longest_first() -> None:
    grouped = phrases_by_first_word(frozenset({"skriv", "skriv ut", "dela", "skriv ut sidan"}))
    assert grouped["skriv"] == (("skriv", "ut", "sidan"), ("skriv", "ut"), ("skriv",))
    assert grouped["dela"] == (("dela",),)


def test_word_tuples_below_the_word_count_are_left_out() -> None:
    listed = (("var", "för", "sig"), ("var",), ("var", "och", "en"))
    assert phrases_by_first_word(listed, min_words=2) == {
        "var": (("var", "för", "sig"), ("var", "och", "en"))
    }
    assert phrases_by_first_word(listed)["var"][-1] == ("var",)


def test_a_new_list_with_the_same_words_is_grouped_afresh() -> None:
    first = phrases_by_first_word(["läs upp"])
    assert first == {"läs": (("läs", "upp"),)}
    assert phrases_by_first_word(["lyssna"]) == {"lyssna": (("lyssna",),)}
