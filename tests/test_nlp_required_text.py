"""Literal strings every match of a pattern holds (pipeline.nlp.required_text)."""

from __future__ import annotations

import re
import sys

import pytest

from pipeline.nlp.required_text import (
    FOLD_SAFE,
    may_match,
    may_match_of,
    required_choices,
    required_folded_choices,
    required_literals,
)
from tests.nlp_helpers import LEXICON, ROOT


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bRegion(?:\s+[A-ZÅÄÖ][\w-]*)+?\b", ("Region",)),
        (r"\b[A-ZÅÄÖ][\w-]+\s+läns\s+landstings?\b", ("läns", "landsting")),
        (r"(?:^|(?<=\bför )|(?<=\bav ))AB\s+[A-ZÅÄÖ][\w-]+", ("AB",)),
        (r"\b[A-ZÅÄÖ][\w-]+\s+[Kk]ommuns?\b", ("ommun",)),
        (r"(?P<name>Stiftelsen)\s+\w+", ("Stiftelsen",)),
    ],
)
def test_required_runs(pattern: str, expected: tuple[str, ...]) -> None:
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:Stiftelsen|Föreningen)\s+\w+",  # an alternation: neither word is certain
        r"(?:bolag)?\s+\w+",  # optional
        r"(?:ab)+x",  # a repeat
        r"(?=Region)\w+",  # a lookahead
        r"(?<=\bför )[A-ZÅÄÖ]\w+",  # a lookbehind
        r"(?i)region\s+\w+",  # case-insensitive
        r"(?i:region)\s+\w+",  # a case-insensitive group
        r"a\s+b",  # single characters
    ],
)
def test_nothing_uncertain(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) == ()


def test_a_text_without_the_literal_never_matches() -> None:
    patterns = [
        re.compile(p)
        for p in (r"\b[A-ZÅÄÖ][\w-]+\s+[Kk]ommuns?\b", r"x(?:yz|ab)cd", r"(ab)(cd)?ef")
    ]
    texts = ["Ekby kommun beslutar", "xyzcd", "xabcd", "abef", "abcdef", "Ekby stad", "ab ef"]
    for pattern in patterns:
        for text in texts:
            if pattern.search(text):
                assert all(literal in text for literal in required_literals(pattern))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:Stiftelsen|Föreningen)\s+\w+", (("Stiftelsen", "Föreningen"),)),
        (r"\b[\w-]+\s+(?:AB|Aktiebolag(?:et)?)\b", (("AB", "Aktiebolag"),)),  # prefix "A" shared
        (r"(?:(?<=\bföreningen )|(?<=\bförbundet ))[A-Z]+", (("föreningen ", "förbundet "),)),
        (r"(?:^|(?<=\bför ))AB\s+\w+", (("AB",),)),  # "^" requires nothing, "AB" stays
        (r"(?:\s+ab)+x", (("ab",),)),  # a repeat of one or more
        (r"Statens\s+\w*(?:verk|råd)", (("Statens",), ("verk", "råd"))),
    ],
)
def test_required_choices(pattern: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert required_choices(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:Stiftelsen|\w+)\s+x",  # a branch that requires nothing
        r"(?:bolag)?\s+\w+",  # optional
        r"(?!Region)\w+",  # a negative lookahead
        r"(?i)region\s+\w+",  # case-insensitive
        r"(?i:region|kommun)\s+\w+",  # a case-insensitive group
    ],
)
def test_no_choice(pattern: str) -> None:
    assert required_choices(re.compile(pattern)) == ()


def test_may_match_never_skips_a_match() -> None:
    patterns = [*LEXICON.organisation_patterns, re.compile(r"x(?:yz|ab)cd"), re.compile(r"(ab)+ef")]
    texts = [
        line
        for path in sorted((ROOT / "raw").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ] + ["xyzcd", "xabcd", "abef", "ababef", "ef", "Ekby kommun", "Stiftelsen Ekby", "AB Ekby"]
    for pattern in patterns:
        for text in texts:
            if pattern.search(text):
                assert may_match(pattern, text), (pattern.pattern, text)
    assert not may_match(re.compile(r"x(?:yz|ab)cd"), "xcd yz")


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?i:[a-zåäö]*(?:kommuner|klubbar))s?\b", (("kommuner", "klubbar"),)),
        (r"(?i)Rådet\s+\w+", (("rådet",),)),
        (r"Ekby\s+(?i:Regioner)", (("reg",), ("oner",))),  # `i` is not FOLD_SAFE: split there
        (r"(?i:ab(?-i:CD))", (("ab",),)),  # a case-sensitive group inside: a plain choice
        (r"Region\s+\w+", ()),
    ],
)
def test_required_folded_choices(pattern: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert required_folded_choices(re.compile(pattern)) == expected


def test_fold_safe_characters_fold_as_their_matches() -> None:
    """Every character that ``re.IGNORECASE`` matches by a `FOLD_SAFE` one casefolds to that
    one's casefold (so a casefolded run stands in the casefolded text)."""
    any_safe = re.compile("(?i)[" + re.escape("".join(sorted(FOLD_SAFE))) + "]")
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        if any_safe.fullmatch(character):
            assert any(
                re.fullmatch("(?i)" + re.escape(safe), character)
                and character.casefold() == safe.casefold()
                for safe in FOLD_SAFE
            ), repr(character)


def test_may_match_tests_the_casefolded_text() -> None:
    pattern = re.compile(r"\b[A-ZÅÄÖ]\w+s\s+(?i:[a-zåäö]*kommuner)\b")
    assert not may_match(pattern, "Ekbys nämnder")
    assert may_match(pattern, "Ekbys KOMMUNER")
    assert pattern.search("Ekbys grannKOMMUNER")
    assert may_match(pattern, "Ekbys grannKOMMUNER")


def test_may_match_of_is_may_match_of_each_pattern() -> None:
    patterns = (*LEXICON.organisation_patterns, re.compile(r"\b[A-ZÅÄÖ]\w+s\s+(?i:kommuner)\b"))
    texts = ["Ekby kommun", "Ekbys KOMMUNER", "Stiftelsen Ekby", "AB Ekby", "Nämnden ska", ""]
    for text in texts:
        assert may_match_of(patterns, text) == [p for p in patterns if may_match(p, text)]


def test_may_match_of_keeps_each_pattern_list_its_own() -> None:
    """The choices are kept per tuple of patterns: two lists in one process (two lexicons)
    give their own answers, whichever was asked first, and an equal new tuple is read anew."""
    first = (re.compile(r"Ekby\s+kommun"),)
    second = (re.compile(r"Ekby\s+region"), re.compile(r"Ekby\s+kommun"))
    assert may_match_of(first, "Ekby region") == []
    assert may_match_of(second, "Ekby region") == [second[0]]
    assert may_match_of(first, "Ekby kommun") == [first[0]]
    assert may_match_of(tuple(second), "Ekby kommun") == [second[1]]
    for round_ in range(20):  # more lists than are kept: each still its own
        own = (re.compile(f"Ekby{round_}"),)
        assert may_match_of(own, f"Ekby{round_}") == [own[0]]
        assert may_match_of(own, "Ekby") == []
