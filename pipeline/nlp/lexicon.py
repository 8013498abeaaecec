"""Actor lexicon and deontic cues: YAML data from ``configs/`` as typed, frozen objects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

NEUTER_HEADS = frozenset({"organ", "utskott", "presidium", "bolag", "kansli"})


@dataclass(frozen=True)
class Head:
    head: str
    category: str
    endings: tuple[str, ...] = ("",)
    forms: tuple[tuple[str, str], ...] = ()
    compounds: bool = True


@dataclass(frozen=True)
class ActorLexicon:
    heads: tuple[Head, ...]
    modified_heads: dict[str, dict[str, str]]
    name_adjectives: dict[str, str]
    genitive_heads: dict[str, str]
    short_references: frozenset[str]
    organisation_patterns: tuple[re.Pattern[str], ...]
    activity_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def analyse(self, word: str) -> tuple[str, Head] | None:
        """``Regiondirektörens`` → (``regiondirektör``, head direktör); None if no actor head."""
        lower = word.lower()
        for length in self._suffix_lengths:
            if length > len(lower):
                continue
            for base, head in self._suffixes.get(lower[-length:], ()):
                prefix = lower[:-length]
                if prefix == "" or (head.compounds and len(prefix) >= 2 and _is_word(prefix)):
                    return prefix + base, head
        return None

    @cached_property
    def _suffixes(self) -> dict[str, tuple[tuple[str, Head], ...]]:
        """Every inflected head form → (base form, head), longest heads first."""
        table: dict[str, list[tuple[str, Head]]] = {}
        for head in self.heads:
            for form, base in head.forms:
                table.setdefault(form, []).append((base, head))
            for ending in head.endings:
                table.setdefault(head.head + ending, []).append((head.head, head))
        return {suffix: tuple(entries) for suffix, entries in table.items()}

    @cached_property
    def _suffix_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(suffix) for suffix in self._suffixes}, reverse=True))


def _is_word(text: str) -> bool:
    return all(ch.isalpha() or ch == "-" for ch in text)


@dataclass(frozen=True)
class DeonticCues:
    modals: dict[str, str]  # word form → deontic class
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # (words, deontic), longest first
    negated_modals: frozenset[str]
    negations: frozenset[str]
    responsibility_noun_suffixes: tuple[str, ...]
    conditions: tuple[tuple[str, ...], ...] = field(default=())


def _read(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def _head(name: str, values: dict[str, Any]) -> Head:
    endings = tuple(sorted(values.get("endings", [""]), key=len, reverse=True))
    forms = tuple(sorted((values.get("forms") or {}).items(), key=lambda item: -len(item[0])))
    return Head(name, values["category"], endings, forms, values.get("compounds", True))


def load_actor_lexicon(path: Path | str) -> ActorLexicon:
    data = _read(Path(path))
    heads = sorted(
        (_head(name, values) for name, values in data["heads"].items()),
        key=lambda head: len(head.head),
        reverse=True,
    )
    modified = {
        name: {str(modifier): str(category) for modifier, category in values.items()}
        for name, values in (data.get("modified_heads") or {}).items()
    }
    adjectives = data.get("name_adjectives") or []
    return ActorLexicon(
        heads=tuple(heads),
        modified_heads=modified,
        name_adjectives={word: _adjective_lemma(word) for word in adjectives},
        genitive_heads=dict(data.get("genitive_heads") or {}),
        short_references=frozenset(data.get("short_references") or []),
        organisation_patterns=tuple(re.compile(p) for p in data.get("organisation_patterns", [])),
        activity_heads={
            head: tuple(words) for head, words in (data.get("activity_heads") or {}).items()
        },
    )


def _adjective_lemma(word: str) -> str:
    """Definite/plural adjective → indefinite common gender: ``fackliga`` → ``facklig``."""
    if word.endswith("ande") or word.endswith("ende"):
        return word
    return word[:-1] if word.endswith(("a", "e")) else word


def load_deontic_cues(path: Path | str) -> DeonticCues:
    data = _read(Path(path))
    modals: dict[str, str] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    for deontic in ("obligation", "permission", "responsibility"):
        section = data.get(deontic) or {}
        for modal in section.get("modals", []):
            modals[modal] = deontic
        phrases.extend((tuple(words), deontic) for words in section.get("phrases", []))
    phrases.sort(key=lambda item: len(item[0]), reverse=True)
    prohibition = data.get("prohibition") or {}
    return DeonticCues(
        modals=modals,
        phrases=tuple(phrases),
        negated_modals=frozenset(prohibition.get("negated_modals", [])),
        negations=frozenset(prohibition.get("negations", [])),
        responsibility_noun_suffixes=tuple(
            (data.get("responsibility") or {}).get("noun_suffixes", [])
        ),
        conditions=tuple(tuple(words) for words in data.get("conditions", [])),
    )
