"""Configuration of the extraction rules: actor lexicon, deontic cues and grammar word lists.

Each YAML file in ``configs/`` is validated by a pydantic model (unknown keys are errors,
reported with the file name) and turned into a frozen object the rules read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.config import ConfigError

NEUTER_HEADS = frozenset(
    {
        "organ",
        "utskott",
        "presidium",
        "bolag",
        "kansli",
        "råd",
        "kontor",
        "sekretariat",
        "förbund",
        "team",
    }
)
CATEGORIES = (
    "tjänsteperson",
    "förtroendevald",
    "politiskt organ",
    "förvaltningsorganisation",
    "organisation",
    "extern",
    "övrig",
)
Category = Literal[
    "tjänsteperson",
    "förtroendevald",
    "politiskt organ",
    "förvaltningsorganisation",
    "organisation",
    "extern",
    "övrig",
]
Role = Literal[
    "chief_executive",
    "assembly",
    "board",
    "committee",
    "chair",
    "elected",
    "auditor",
    "manager",
    "employee",
    "unit",
    "organisation",
    "owner",
    "external",
    "other",
]
Deontic = Literal["obligation", "recommendation", "permission", "prohibition", "responsibility"]
DEONTICS = ("obligation", "recommendation", "permission", "prohibition", "responsibility", "none")
CONFIGS = Path(__file__).resolve().parents[2] / "configs"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------------------
# Schemas of the YAML files


class HeadEntry(_Strict):
    category: Category
    role: Role
    endings: list[str] = [""]
    forms: dict[str, str] = {}
    compounds: bool = True


class ActorsFile(_Strict):
    heads: dict[str, HeadEntry]
    not_actors: list[str] = []
    roles: dict[str, Role] = {}
    aliases: dict[str, str] = {}
    modified_heads: dict[str, dict[str, Category]] = {}
    activity_heads: dict[str, list[str]] = {}
    name_adjectives: list[str] = []
    genitive_heads: list[str] = []
    short_references: list[str] = []
    organisation_references: dict[str, list[str]] = {}
    organisation_patterns: list[str] = []
    agentive_suffixes: list[str] = []


class DeonticsFile(_Strict):
    modals: dict[Deontic, list[str]]
    phrases: dict[Deontic, list[str]]
    negated_class: dict[Deontic, Deontic]
    responsibility_noun_suffixes: list[str] = []


class ConditionOpeners(_Strict):
    anywhere: list[str]
    fronted_phrases: list[str] = []
    fronted_clauses: list[str] = []


class GrammarFile(_Strict):
    modals: list[str]
    main_verb_modals: list[str]
    perfect_auxiliaries: list[str]
    copulas: list[str]
    deponents: list[str]
    negations: list[str]
    subordinators: list[str]
    coordinators: list[str]
    non_infinitives: list[str]
    irregular_lemmas: dict[str, str]
    condition_openers: ConditionOpeners


def _read(path: Path, schema: type[BaseModel]) -> Any:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as error:
        raise ConfigError(f"{path}: configuration file not found") from error
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: invalid YAML ({error})") from error
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise ConfigError(f"{path}: {problems}") from error


# ---------------------------------------------------------------------------
# Grammar word lists


@dataclass(frozen=True)
class Grammar:
    modals: frozenset[str]
    main_verb_modals: frozenset[str]
    perfect: frozenset[str]
    copulas: frozenset[str]
    deponents: frozenset[str]
    negations: frozenset[str]
    subordinators: frozenset[str]
    coordinators: frozenset[str]
    non_infinitives: frozenset[str]
    irregular_lemmas: dict[str, str]
    conditions_anywhere: tuple[tuple[str, ...], ...]
    conditions_fronted_phrases: tuple[tuple[str, ...], ...]
    conditions_fronted_clauses: tuple[tuple[str, ...], ...]

    @cached_property
    def conditions_by_first_word(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Condition openers indexed by their first word, longest first."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.conditions_anywhere:
            index.setdefault(phrase[0], []).append(phrase)
        return {word: tuple(phrases) for word, phrases in index.items()}


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(item.split()) for item in items), key=len, reverse=True))


@lru_cache(maxsize=8)
def load_grammar(path: Path | str = CONFIGS / "grammar.yaml") -> Grammar:
    data: GrammarFile = _read(Path(path), GrammarFile)
    openers = data.condition_openers
    return Grammar(
        modals=frozenset(data.modals),
        main_verb_modals=frozenset(data.main_verb_modals),
        perfect=frozenset(data.perfect_auxiliaries),
        copulas=frozenset(data.copulas),
        deponents=frozenset(data.deponents),
        negations=frozenset(data.negations),
        subordinators=frozenset(data.subordinators),
        coordinators=frozenset(data.coordinators),
        non_infinitives=frozenset(data.non_infinitives),
        irregular_lemmas=dict(data.irregular_lemmas),
        conditions_anywhere=_phrases(openers.anywhere),
        conditions_fronted_phrases=_phrases(openers.fronted_phrases),
        conditions_fronted_clauses=_phrases(openers.fronted_clauses),
    )


GRAMMAR = load_grammar()


# ---------------------------------------------------------------------------
# Actor lexicon


@dataclass(frozen=True)
class Head:
    head: str
    category: str
    endings: tuple[str, ...] = ("",)
    forms: tuple[tuple[str, str], ...] = ()
    compounds: bool = True
    role: str = "other"


@dataclass(frozen=True)
class ActorLexicon:
    heads: tuple[Head, ...]
    modified_heads: dict[str, dict[str, str]]
    name_adjectives: dict[str, str]
    genitive_heads: frozenset[str]
    short_references: frozenset[str]
    organisation_patterns: tuple[re.Pattern[str], ...]
    activity_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    not_actors: frozenset[str] = frozenset()
    roles: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    organisation_references: dict[str, tuple[str, ...]] = field(default_factory=dict)
    agentive_suffixes: tuple[str, ...] = ()

    def analyse(self, word: str) -> tuple[str, Head] | None:
        """``Regiondirektörens`` → (``regiondirektör``, head direktör); None if no actor head."""
        lower = word.lower()
        for length in self._suffix_lengths:
            if length > len(lower):
                continue
            for base, head in self._suffixes.get(lower[-length:], ()):
                prefix = lower[:-length]
                if prefix == "" or (head.compounds and len(prefix) >= 2 and _is_word(prefix)):
                    canonical = prefix + base
                    return None if canonical in self.not_actors else (canonical, head)
        return None

    def role_of(self, canonical: str, head_role: str) -> str:
        last = canonical.split(" ")[-1]
        return self.roles.get(canonical) or self.roles.get(last) or head_role

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


def _head(name: str, entry: HeadEntry) -> Head:
    endings = tuple(sorted(entry.endings, key=len, reverse=True))
    forms = tuple(sorted(entry.forms.items(), key=lambda item: -len(item[0])))
    return Head(name, entry.category, endings, forms, entry.compounds, entry.role)


def load_actor_lexicon(path: Path | str) -> ActorLexicon:
    path = Path(path)
    data: ActorsFile = _read(path, ActorsFile)
    heads = sorted(
        (_head(name, entry) for name, entry in data.heads.items()),
        key=lambda head: len(head.head),
        reverse=True,
    )
    try:
        patterns = tuple(re.compile(p) for p in data.organisation_patterns)
    except re.error as error:
        raise ConfigError(f"{path}: organisation_patterns: {error}") from error
    return ActorLexicon(
        heads=tuple(heads),
        modified_heads={name: dict(values) for name, values in data.modified_heads.items()},
        name_adjectives={word: _adjective_lemma(word) for word in data.name_adjectives},
        genitive_heads=frozenset(data.genitive_heads),
        short_references=frozenset(data.short_references),
        organisation_patterns=patterns,
        activity_heads={head: tuple(words) for head, words in data.activity_heads.items()},
        not_actors=frozenset(data.not_actors),
        roles=dict(data.roles),
        aliases=dict(data.aliases),
        organisation_references={k: tuple(v) for k, v in data.organisation_references.items()},
        agentive_suffixes=tuple(sorted(data.agentive_suffixes, key=len, reverse=True)),
    )


def _adjective_lemma(word: str) -> str:
    """Definite/plural adjective → indefinite common gender: ``fackliga`` → ``facklig``."""
    if word.endswith("ande") or word.endswith("ende") or word == "vice":
        return word
    return word[:-1] if word.endswith(("a", "e")) else word


# ---------------------------------------------------------------------------
# Deontic cues


@dataclass(frozen=True)
class DeonticCues:
    modals: dict[str, str]  # word form → deontic class
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # (words, deontic), longest first
    negated_class: dict[str, str]
    responsibility_noun_suffixes: tuple[str, ...]
    grammar: Grammar = GRAMMAR

    @property
    def negations(self) -> frozenset[str]:
        return self.grammar.negations


def load_deontic_cues(path: Path | str) -> DeonticCues:
    path = Path(path)
    data: DeonticsFile = _read(path, DeonticsFile)
    modals = {word: deontic for deontic, words in data.modals.items() for word in words}
    unknown = sorted(set(modals) - GRAMMAR.modals)
    if unknown:
        raise ConfigError(f"{path}: modals {unknown} are not in configs/grammar.yaml modals")
    phrases = [
        (tuple(text.split()), deontic) for deontic, items in data.phrases.items() for text in items
    ]
    phrases.sort(key=lambda item: len(item[0]), reverse=True)
    return DeonticCues(
        modals=modals,
        phrases=tuple(phrases),
        negated_class=dict(data.negated_class),
        responsibility_noun_suffixes=tuple(data.responsibility_noun_suffixes),
    )
