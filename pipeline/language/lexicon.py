"""The actor lexicon: ``configs/actors.yaml`` validated on load (pydantic; unknown keys are
errors) and turned into a frozen `ActorLexicon` (heads, roles, aliases, organisation names).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import model_validator

from pipeline.config import ConfigError, StrictModel, folder_file, frozen_from_file, read_config
from pipeline.language.grammar import grammar_at
from pipeline.language.spelling import VOWELS, dropped_consonant_forms, known_form
from pipeline.roles import Role

log = logging.getLogger("styrdok.lexicon")

Category = Literal[
    "tjänsteperson",
    "förtroendevald",
    "politiskt organ",
    "förvaltningsorganisation",
    "organisation",
    "extern",
    "övrig",
]
PERSON_CATEGORIES = frozenset({"tjänsteperson", "förtroendevald"})
# The roles of bodies and units (no organisation, no person).
BODY_ROLES = frozenset({"board", "committee", "assembly", "unit"})
BODY_CATEGORIES = frozenset({"politiskt organ", "förvaltningsorganisation"})
NEUTER_PARADIGM = "neuter"
ADJECTIVE_PARADIGM = "adjective"

# ---------------------------------------------------------------------------
# Schema of configs/actors.yaml

# Letters a role suffix needs before it (``psykolog``: psyko-; a bare ``graf`` is a thing).
_ROLE_STEM_LETTERS = 3


class HeadEntry(StrictModel):
    category: Category
    role: Role
    endings: list[str] | None = None
    paradigm: str | None = None
    forms: dict[str, str] = {}
    compounds: bool = True
    only_coordinated: bool = False
    only_agent: bool = False
    only_owned: bool = False
    role_holder_compounds: bool = False
    body_compounds: bool = False
    only_subject: bool = False
    only_compounds: bool = False
    activity_sense: bool = False
    only_lower_case: bool = False
    service_unit: bool = False
    bare_only_subject: bool = False
    organisation_compounds: Category | None = None
    compound_category: Category | None = None
    compound_role: Role | None = None


class PartiesEntry(StrictModel):
    category: Category
    role: Role
    names: list[str] = []
    name_endings: list[str] = []  # gen56 G: a local party's coined name (`Ekbypartiet`)
    # round 57 (gen55 F, gen56 15-16; t13, §2.1 "as written"): two-word local party names
    place_prepositions: list[str] = []  # `Sjukvårdspartiet i Västerby`: the place is the name's
    place_kind_vetoes: list[str] = []  # `Ekbypartiet i Ekby kommun`: a place kind ends the name
    genitive_heads: list[str] = []  # `Bygdens parti`: a capitalised genitive before the head
    adjective_heads: list[str] = []  # `Lokala alternativet`: a capitalised weak adjective


class AdjectivePersons(StrictModel):
    category: Category
    role: Role
    words: list[str]


class ActorsFile(StrictModel):
    paradigms: dict[str, list[str]] = {}
    declensions: dict[str, str] = {}
    consonant_declension: str | None = None  # round 47: a head no suffix fits, ending in one
    heads: dict[str, HeadEntry]
    adjective_persons: list[AdjectivePersons] = []
    not_actors: list[str] = []
    bare_common_nouns: list[str] = []
    body_common_adjectives: list[str] = []
    series_attributes: list[str] = []
    renaming_phrases: list[str] = []
    bare_activity_heads: list[str] = []
    roles: dict[str, Role] = {}
    deputy_titles: list[str] = []
    deputy_roles: dict[Role, Role] = {}
    aliases: dict[str, str] = {}
    modified_heads: dict[str, dict[str, Category]] = {}
    activity_heads: dict[str, list[str]] = {}
    activity_modifiers: dict[str, list[str]] = {}
    scrutinised_heads: dict[str, list[str]] = {}
    adjectival_heads: list[str] = []
    role_nouns: list[str] = []
    naming_verbs: list[str] = []
    comparison_verbs: list[str] = []
    metalinguistic_nouns: list[str] = []
    nominalisation_suffixes: list[str] = []
    quality_nominalisation_suffixes: list[str] = []
    area_heads: list[str] = []
    management_pairs: dict[str, list[str]] = {}
    non_actor_parts: dict[str, list[str]] = {}
    municipal_owners: list[str] = []
    shared_singular_heads: list[str] = []
    place_name_endings: list[str] = []
    task_owners: list[str] = []
    resource_heads: list[str] = []
    resource_prepositions: list[str] = []
    time_prepositions: list[str] = []
    member_meeting_prepositions: list[str] = []
    event_prepositions: list[str] = []
    event_nouns: list[str] = []
    event_noun_prepositions: list[str] = []
    event_span_openers: list[str] = []
    event_span_closers: list[str] = []
    meeting_attributes: list[str] = []
    invariable_adjectives: list[str] = []
    time_determiners: list[str] = []
    interval_prepositions: list[str] = []
    appointing_verbs: list[str] = []
    among_prepositions: list[str] = []
    own_reflexives: list[str] = []
    composition_verbs: list[str] = []
    plural_endings: list[str] = []
    name_adjectives: list[str] = []
    elided_name_adjectives: list[str] = []
    elided_title_adjectives: list[str] = []
    qualification_adjectives: list[str] = []
    numeric_ordinals: dict[str, str] = {}
    weak_ordinals: dict[str, str] = {}
    fixed_term_adjectives: list[str] = []
    plural_only_heads: list[str] = []
    owning_external_heads: list[str] = []
    genitive_heads: list[str] = []
    body_genitive_heads: list[str] = []
    member_owner_heads: list[str] = []
    membership_stems: list[str] = []
    sub_body_suffixes: list[str] = []
    sub_body_owner_roles: list[str] = []
    short_references: list[str] = []
    fixed_term_references: list[str] = []
    section_short_references: list[str] = []
    title_section_references: list[str] = []
    antecedent_short_references: list[str] = []
    church_assembly_owners: list[str] = []
    section_elided_heads: list[str] = []
    listed_activity_suffixes: list[str] = []
    authority_name_kinds: list[str] = []
    authority_name_ends: list[str] = []
    name_base_forms: dict[str, str] = {}
    capital_acronyms: list[str] = []
    apposition_body_kinds: list[str] = []
    association_name_heads: list[str] = []
    association_name_excluded_parts: list[str] = []
    common_federation_parts: list[str] = []
    invariant_short_forms: list[str] = []
    place_prepositions: list[str] = []
    owner_relation_ends: list[str] = []
    owner_relation_prepositions: list[str] = []
    owner_after_words: list[str] = []
    owner_after_links: list[str] = []
    place_area_nouns: list[str] = []
    place_name_kinds: list[str] = []
    municipality_membership_verbs: list[str] = []
    municipality_membership_predicatives: list[str] = []
    municipality_body_heads: list[str] = []
    municipality_body_words: list[str] = []
    municipality_partner_prepositions: list[str] = []
    partner_verbs: list[str] = []
    organisation_references: dict[str, list[str]] = {}
    single_organisation_kinds: list[str] = []
    acronym_kinds: list[str] = []
    organisation_bodies: list[str] = []
    organisation_pattern_words: dict[str, list[str]] = {}
    organisation_patterns: list[str] = []
    agentive_suffixes: list[str] = []
    agentive_lemma_suffixes: list[str] = []
    non_agentive_suffixes: list[str] = []
    role_noun_suffixes: list[str] = []
    simplex_role_nouns: list[str] = []
    role_noun_exclusions: list[str] = []
    role_noun_inflections: list[str] = []
    idioms: list[str] = []
    verbal_prefixes: list[str] = []
    neuter_heads: list[str] = []
    deverbal_suffixes: list[str] = []
    demonstratives: list[str] = []
    parties: PartiesEntry | None = None
    non_agentive_verbs: list[str] = []
    company_markers: list[str] = []
    company_member_markers: list[str] = []
    board_owners: list[str] = []
    named_board_owners: list[str] = []
    descriptive_adjectives: dict[str, list[str]] = {}
    unit_place_adjectives: list[str] = []
    exemplifiers: list[str] = []
    statute_nouns: list[str] = []
    category_groups: list[str] = []
    category_group_parts: list[str] = []
    part_label_words: list[str] = []
    name_nouns: list[str] = []
    name_bearing_verbs: list[str] = []
    clause_named_kinds: list[str] = []
    generic_name_owners: list[str] = []
    meeting_short_forms: list[str] = []
    meeting_heads: list[str] = []
    placeholder_kinds: dict[str, str] = {}
    place_adjectives: list[str] = []
    company_document_nouns: list[str] = []
    metadata_participles: list[str] = []
    document_kind_nouns: list[str] = []
    cover_words: list[str] = []
    body_owner_prefixes: dict[str, str] = {}
    name_genitives: list[str] = []
    territory_heads: list[str] = []
    locative_prepositions: list[str] = []
    residing_words: list[str] = []
    partner_prepositions: list[str] = []
    law_title_nouns: list[str] = []
    owner_compound_prefixes: list[str] = []
    board_verbs: list[str] = []
    manner_heads: dict[str, list[str]] = {}
    compound_genitive_heads: list[str] = []
    compound_genitive_owners: list[str] = []
    participle_heads: list[str] = []
    adjective_named_heads: list[str] = []
    classifying_adjective_suffixes: list[str] = []
    language_adjectives: list[str] = []
    language_named_roles: list[str] = []
    object_genitive_heads: list[str] = []
    activity_object_prepositions: list[str] = []
    size_heads: list[str] = []
    size_prepositions: list[str] = []
    partitive_nouns: list[str] = []
    abstract_genitive_nouns: list[str] = []
    evaluative_adjectives: list[str] = []
    structure_heads: list[str] = []
    structure_verbs: list[str] = []
    structure_modifiers: list[str] = []
    structure_periods: list[str] = []
    structure_change_nouns: list[str] = []
    quality_verbs: list[str] = []
    quality_adjectives: list[str] = []
    split_owner_genitives: dict[str, str] = {}
    label_adjectives: list[str] = []
    statute_field_heads: list[str] = []
    unit_name_openers: list[str] = []
    place_distributives: list[str] = []
    origin_prepositions: list[str] = []
    partner_heads: list[str] = []
    case_number_labels: list[str] = []
    target_group_heads: list[str] = []
    target_group_prepositions: list[str] = []
    form_nouns: list[str] = []
    society_heads: list[str] = []
    society_words: list[str] = []
    topic_heading_heads: list[str] = []
    given_names: list[str] = []
    seat_nouns: list[str] = []

    @model_validator(mode="after")
    def _known_paradigms(self) -> ActorsFile:
        named = [(f"declensions: {k}", v) for k, v in self.declensions.items()]
        named.append(("consonant_declension", self.consonant_declension))
        named += [(f"heads: {k}: paradigm", v.paradigm) for k, v in self.heads.items()]
        for where, paradigm in named:
            if paradigm is not None and paradigm not in self.paradigms:
                raise ValueError(f"{where}: unknown paradigm {paradigm!r}")
        if self.neuter_heads and NEUTER_PARADIGM not in self.paradigms:
            raise ValueError(f"paradigms: no {NEUTER_PARADIGM!r} paradigm for neuter_heads")
        if self.adjective_persons and ADJECTIVE_PARADIGM not in self.paradigms:
            raise ValueError(f"paradigms: no {ADJECTIVE_PARADIGM!r} paradigm for adjective_persons")
        for word in (w for group in self.adjective_persons for w in group.words):
            if word in self.heads:
                raise ValueError(f"adjective_persons: {word!r} is also in heads")
        only_subject = {name for name, entry in self.heads.items() if entry.only_subject}
        if stray := sorted(set(self.partner_heads) - only_subject):
            raise ValueError(f"partner_heads: not only_subject heads {stray}")
        if stray := sorted(set(self.statute_field_heads) - set(self.heads)):
            raise ValueError(f"statute_field_heads: unknown heads {stray}")
        return self

    def all_heads(self) -> dict[str, HeadEntry]:
        """`heads` and every `adjective_persons` word as a head of the adjective paradigm
        without compounds."""
        persons = {
            word: HeadEntry(
                category=group.category,
                role=group.role,
                paradigm=ADJECTIVE_PARADIGM,
                compounds=False,
            )
            for group in self.adjective_persons
            for word in group.words
        }
        return {**self.heads, **persons}


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
    only_coordinated: bool = False
    only_agent: bool = False
    only_owned: bool = False
    role_holder_compounds: bool = False
    body_compounds: bool = False
    only_subject: bool = False
    only_compounds: bool = False
    activity_sense: bool = False
    only_lower_case: bool = False
    service_unit: bool = False
    bare_only_subject: bool = False
    organisation_compounds: str | None = None
    compound_category: str | None = None
    compound_role: str | None = None


@dataclass(frozen=True)
class Parties:
    """Political parties by name (``Socialdemokraterna``, ``Centerpartiets``): the pattern's
    group ``name`` is the name without a genitive ``-s``."""

    pattern: re.Pattern[str]
    category: str
    role: str


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
    bare_common_nouns: frozenset[str] = frozenset()
    body_common_adjectives: frozenset[str] = frozenset()
    series_attributes: frozenset[str] = frozenset()
    renaming_phrases: frozenset[str] = frozenset()
    bare_activity_heads: frozenset[str] = frozenset()
    roles: dict[str, str] = field(default_factory=dict)
    deputy_titles: frozenset[str] = frozenset()
    deputy_roles: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    organisation_references: dict[str, tuple[str, ...]] = field(default_factory=dict)
    organisation_bodies: frozenset[str] = frozenset()
    invariant_short_forms: frozenset[str] = frozenset()
    fixed_term_references: frozenset[str] = frozenset()
    section_short_references: frozenset[str] = frozenset()
    title_section_references: frozenset[str] = frozenset()
    antecedent_short_references: frozenset[str] = frozenset()
    church_assembly_owners: tuple[str, ...] = ()
    section_elided_heads: frozenset[str] = frozenset()
    listed_activity_suffixes: tuple[str, ...] = ()
    authority_name_kinds: frozenset[str] = frozenset()
    authority_name_ends: tuple[str, ...] = ()
    name_base_forms: dict[str, str] = field(default_factory=dict)
    capital_acronyms: frozenset[str] = frozenset()
    apposition_body_kinds: frozenset[str] = frozenset()
    association_name_heads: frozenset[str] = frozenset()
    association_name_excluded_parts: tuple[str, ...] = ()  # prefixes, for str.startswith
    common_federation_parts: tuple[str, ...] = ()  # prefixes, for str.startswith
    place_prepositions: frozenset[str] = frozenset()
    owner_relation_ends: tuple[str, ...] = ()  # suffixes, for str.endswith
    owner_relation_prepositions: frozenset[str] = frozenset()
    owner_after_words: tuple[str, ...] = ()  # suffixes, for str.endswith
    owner_after_links: frozenset[str] = frozenset()
    place_area_nouns: frozenset[str] = frozenset()
    place_name_kinds: frozenset[str] = frozenset()
    municipality_membership_verbs: frozenset[str] = frozenset()
    municipality_membership_predicatives: frozenset[str] = frozenset()
    municipality_body_heads: tuple[str, ...] = ()  # suffixes, for str.endswith
    municipality_body_words: frozenset[str] = frozenset()  # whole words, no compounds
    municipality_partner_prepositions: frozenset[str] = frozenset()
    partner_verbs: frozenset[str] = frozenset()
    single_organisation_kinds: frozenset[str] = frozenset()
    acronym_kinds: frozenset[str] = frozenset()
    agentive_suffixes: tuple[str, ...] = ()
    agentive_lemma_suffixes: tuple[str, ...] = ()
    activity_modifiers: dict[str, frozenset[str]] = field(default_factory=dict)
    scrutinised_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    adjectival_heads: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    comparison_verbs: frozenset[str] = frozenset()
    metalinguistic_nouns: frozenset[str] = frozenset()
    nominalisation_suffixes: tuple[str, ...] = ()
    quality_nominalisation_suffixes: tuple[str, ...] = ()
    area_heads: frozenset[str] = frozenset()
    resource_heads: frozenset[str] = frozenset()
    resource_prepositions: frozenset[str] = frozenset()
    time_prepositions: frozenset[str] = frozenset()
    member_meeting_prepositions: frozenset[str] = frozenset()
    event_prepositions: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    event_noun_prepositions: frozenset[str] = frozenset()
    event_span_openers: frozenset[str] = frozenset()
    event_span_closers: frozenset[str] = frozenset()
    meeting_attributes: frozenset[str] = frozenset()
    invariable_adjectives: frozenset[str] = frozenset()
    time_determiners: frozenset[str] = frozenset()
    interval_prepositions: frozenset[str] = frozenset()
    appointing_verbs: frozenset[str] = frozenset()
    among_prepositions: frozenset[str] = frozenset()
    own_reflexives: frozenset[str] = frozenset()
    composition_verbs: frozenset[str] = frozenset()
    plural_endings: tuple[str, ...] = ()
    non_agentive_suffixes: tuple[str, ...] = ()
    role_noun_suffixes: tuple[str, ...] = ()
    simplex_role_nouns: tuple[str, ...] = ()
    role_noun_exclusions: tuple[str, ...] = ()
    role_noun_inflections: tuple[str, ...] = ()
    idioms: tuple[tuple[str, ...], ...] = ()
    fixed_term_adjectives: frozenset[str] = frozenset()
    plural_only_heads: frozenset[str] = frozenset()
    owning_external_heads: frozenset[str] = frozenset()
    verbal_prefixes: frozenset[str] = frozenset()
    management_pairs: dict[str, frozenset[str]] = field(default_factory=dict)
    non_actor_parts: dict[str, frozenset[str]] = field(default_factory=dict)
    municipal_owners: frozenset[str] = frozenset()
    shared_singular_heads: frozenset[str] = frozenset()
    place_name_endings: tuple[str, ...] = ()  # suffixes, for str.endswith
    task_owners: frozenset[str] = frozenset()
    body_genitive_heads: frozenset[str] = frozenset()
    member_owner_heads: tuple[str, ...] = ()
    membership_stems: tuple[str, ...] = ()  # prefixes, for str.startswith
    sub_body_suffixes: tuple[str, ...] = ()
    sub_body_owner_roles: frozenset[str] = frozenset()
    elided_name_adjectives: frozenset[str] = frozenset()
    elided_title_adjectives: frozenset[str] = frozenset()
    weak_ordinals: dict[str, str] = field(default_factory=dict)
    qualification_adjectives: frozenset[str] = frozenset()
    neuter_heads: frozenset[str] = frozenset()
    deverbal_suffixes: tuple[str, ...] = ()
    demonstratives: frozenset[str] = frozenset()
    parties: Parties | None = None
    non_agentive_verbs: frozenset[str] = frozenset()
    company_markers: frozenset[str] = frozenset()
    company_member_markers: frozenset[str] = frozenset()
    board_owners: tuple[str, ...] = ()
    named_board_owners: tuple[str, ...] = ()  # "kårstyrelse" of a named kår (round 47)
    descriptive_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)
    unit_place_adjectives: frozenset[str] = frozenset()  # "centrala" (round 49, R1)
    exemplifiers: frozenset[str] = frozenset()
    statute_nouns: frozenset[str] = frozenset()
    category_groups: frozenset[str] = frozenset()
    category_group_parts: frozenset[str] = frozenset()
    part_label_words: frozenset[str] = frozenset()
    name_nouns: frozenset[str] = frozenset()
    name_bearing_verbs: frozenset[str] = frozenset()
    clause_named_kinds: frozenset[str] = frozenset()
    generic_name_owners: frozenset[str] = frozenset()
    meeting_short_forms: frozenset[str] = frozenset()
    meeting_heads: frozenset[str] = frozenset()
    placeholder_kinds: dict[str, str] = field(default_factory=dict)
    place_adjectives: frozenset[str] = frozenset()
    company_document_nouns: frozenset[str] = frozenset()
    metadata_participles: frozenset[str] = frozenset()
    document_kind_nouns: tuple[str, ...] = ()
    cover_words: frozenset[str] = frozenset()
    body_owner_prefixes: dict[str, str] = field(default_factory=dict)
    name_genitives: frozenset[str] = frozenset()
    territory_heads: frozenset[str] = frozenset()
    locative_prepositions: frozenset[str] = frozenset()
    residing_words: frozenset[str] = frozenset()
    partner_prepositions: frozenset[str] = frozenset()
    law_title_nouns: frozenset[str] = frozenset()
    owner_compound_prefixes: frozenset[str] = frozenset()
    board_verbs: frozenset[str] = frozenset()
    manner_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    compound_genitive_heads: frozenset[str] = frozenset()
    compound_genitive_owners: frozenset[str] = frozenset()
    participle_heads: frozenset[str] = frozenset()
    adjective_named_heads: frozenset[str] = frozenset()
    classifying_adjective_suffixes: tuple[str, ...] = ()
    language_adjectives: frozenset[str] = frozenset()
    language_named_roles: frozenset[str] = frozenset()
    object_genitive_heads: frozenset[str] = frozenset()
    activity_object_prepositions: frozenset[str] = frozenset()
    size_heads: frozenset[str] = frozenset()
    size_prepositions: frozenset[str] = frozenset()
    label_adjectives: frozenset[str] = frozenset()
    statute_field_heads: frozenset[str] = frozenset()
    unit_name_openers: frozenset[str] = frozenset()
    place_distributives: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    partner_heads: frozenset[str] = frozenset()
    case_number_labels: frozenset[str] = frozenset()
    target_group_heads: frozenset[str] = frozenset()
    target_group_prepositions: frozenset[str] = frozenset()
    form_nouns: frozenset[str] = frozenset()
    society_heads: frozenset[str] = frozenset()
    society_words: frozenset[str] = frozenset()
    topic_heading_heads: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    seat_nouns: frozenset[str] = frozenset()
    partitive_nouns: frozenset[str] = frozenset()
    abstract_genitive_nouns: frozenset[str] = frozenset()
    evaluative_adjectives: frozenset[str] = frozenset()
    structure_heads: frozenset[str] = frozenset()
    structure_verbs: frozenset[str] = frozenset()
    structure_modifiers: frozenset[str] = frozenset()
    structure_periods: frozenset[str] = frozenset()
    structure_change_nouns: frozenset[str] = frozenset()
    quality_verbs: frozenset[str] = frozenset()
    quality_adjectives: frozenset[str] = frozenset()
    split_owner_genitives: dict[str, str] = field(default_factory=dict)

    def names_period(self, word: str) -> bool:
        """``mandatperioden``, ``treårsperioder``, ``höstterminen``: a time noun of
        `structure_periods` or a compound ending in one (round 51, analysis 51-bx C3): after
        ``för`` it says for how long, no task or structure."""
        lower = word.lower()
        periods = self.structure_periods
        return lower in periods or any(
            lower.endswith(period) and len(lower) > len(period) + 2 for period in periods
        )

    def analyse(self, word: str) -> tuple[str, Head] | None:
        """``Regiondirektörens`` → (``regiondirektör``, head direktör); None if no actor head.
        Memoized per word form: documents repeat their words."""
        lower = word.lower()
        cache = self._analyses
        if lower not in cache:
            cache[lower] = (
                self._analyse(lower) or self._bare_owner_compound(lower) or self._respelled(lower)
            )
        return cache[lower]

    def _bare_owner_compound(self, lower: str) -> tuple[str, Head] | None:
        """``Regionrevision``, ``Kommunrevision Ekby``: an owner compound of a body noun
        that takes no compounds (`_owner_compound`) names the body also without an ending (a
        heading, a name; round 23, cause C2), though its bare head is then the activity
        (``genomföra revision``)."""
        if not lower.endswith(self._bare_owner_head_words):
            return None  # most words end in none of these heads: no loop over every head
        for head in self._bare_owner_heads:
            prefix = lower.removesuffix(head.head)
            if prefix != lower and prefix and self._owner_compound(prefix, head):
                return lower, head
        return None

    @cached_property
    def _bare_owner_heads(self) -> tuple[Head, ...]:
        """The heads, in order, that `_bare_owner_compound` can return: a body noun that takes
        no compounds and no bare form (``"" not in endings``)."""
        return tuple(
            head
            for head in self.heads
            if head.head
            and "" not in head.endings
            and not head.compounds
            and head.category in BODY_CATEGORIES
        )

    @cached_property
    def _bare_owner_head_words(self) -> tuple[str, ...]:
        return tuple(head.head for head in self._bare_owner_heads)

    def _respelled(self, lower: str) -> tuple[str, Head] | None:
        """A head form misspelt with one consonant of a cluster left out (``Kulturnämden``
        → ``kulturnämnd``; round 22, cause C4), where the word is no form the lemma
        lexicon knows and the corrected word is an actor."""
        if (
            not lower.isalpha()
            or known_form(lower)
            or any(
                lower[-length:] in self._suffixes for length in self._suffix_lengths if length > 3
            )
        ):
            return None  # "självstyrelsen": a head written right, no actor for other reasons
        for length in self._misspelt_lengths:
            fixed = self._misspelt_forms.get(lower[-length:]) if length <= len(lower) else None
            if fixed is not None:
                return self._analyse(lower[:-length] + fixed)
        return None

    @cached_property
    def _misspelt_forms(self) -> dict[str, str]:
        return dropped_consonant_forms(self._suffixes)

    @cached_property
    def _misspelt_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(form) for form in self._misspelt_forms}, reverse=True))

    @cached_property
    def _analyses(self) -> dict[str, tuple[str, Head] | None]:
        return {}

    def is_name_noun(self, word: str) -> bool:
        """A name noun of a naming clause (`name_nouns`: ``namn``, ``firma``), also as the
        head of a compound whose first part is an organisation noun (``företagsnamn``,
        ``föreningsnamnet``, with or without a linking ``-s``; round 40, ax cause 1): the name
        the organisation bears. A person's name (``efternamn``) is none. Settled once per
        word (the naming rules ask of up to eight words before every noun: ~78,000 calls per
        60 documents, round 55)."""
        answers = self._name_noun_answers
        answer = answers.get(word)
        if answer is None:
            answer = answers[word] = self._is_name_noun(word)
        return answer

    @cached_property
    def _name_noun_answers(self) -> dict[str, bool]:
        return {}

    def _is_name_noun(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.name_nouns:
            return True
        if not lower.endswith(self._name_noun_endings):
            return False
        head = next(noun for noun in self._name_noun_endings if lower.endswith(noun))
        prefix = lower[: -len(head)]
        analysis = self.analyse(prefix) or self.analyse(prefix.removesuffix("s"))
        return analysis is not None and analysis[1].category == "organisation"

    @cached_property
    def _name_noun_endings(self) -> tuple[str, ...]:
        return tuple(sorted(self.name_nouns, key=len, reverse=True))

    @cached_property
    def role_holder_compound_heads(self) -> tuple[Head, ...]:
        """The heads that take only role-holder compounds (`role_holder_compounds`), in order
        (``grupp``: `group_compound` asks of every word)."""
        return tuple(head for head in self.heads if head.role_holder_compounds)

    @cached_property
    def only_coordinated_heads(self) -> frozenset[str]:
        """The heads marked `only_coordinated` (``organisation``)."""
        return frozenset(head.head for head in self.heads if head.only_coordinated)

    @cached_property
    def only_agent_heads(self) -> frozenset[str]:
        """The heads marked `only_agent` (``verksamhet``)."""
        return frozenset(head.head for head in self.heads if head.only_agent)

    @cached_property
    def only_subject_heads(self) -> frozenset[str]:
        """The heads marked `only_subject` (``kollektivtrafik``)."""
        return frozenset(head.head for head in self.heads if head.only_subject)

    @cached_property
    def activity_sense_heads(self) -> frozenset[str]:
        """The heads marked `activity_sense` (``revision``)."""
        return frozenset(head.head for head in self.heads if head.activity_sense)

    @cached_property
    def bare_subject_heads(self) -> frozenset[str]:
        """The heads marked `bare_only_subject` (``kurator``, round 49 R6)."""
        return frozenset(head.head for head in self.heads if head.bare_only_subject)

    @cached_property
    def service_unit_heads(self) -> frozenset[str]:
        """The heads marked `service_unit` (``bibliotek``)."""
        return frozenset(head.head for head in self.heads if head.service_unit)

    @cached_property
    def only_owned_heads(self) -> frozenset[str]:
        """The heads marked `only_owned` (``ledning``)."""
        return frozenset(head.head for head in self.heads if head.only_owned)

    @cached_property
    def modifiers(self) -> frozenset[str]:
        """Every adjective listed in `modified_heads`."""
        return frozenset(m for modifiers in self.modified_heads.values() for m in modifiers)

    def _analyse(self, lower: str) -> tuple[str, Head] | None:
        for length in self._suffix_lengths:
            if length > len(lower):
                continue
            for base, head in self._suffixes.get(lower[-length:], ()):
                prefix = lower[:-length]
                if prefix == "" and head.only_compounds:
                    continue  # "enligt delegation": the act; "begravningsdelegationen" a body
                if prefix and head.organisation_compounds:
                    if not self._organisation_part(prefix):
                        continue  # "projektledning": an activity's management, no body
                    canonical = prefix + base
                    compound_head = self._organisation_compound_heads[head.head]
                    return None if self._not_actor(canonical) else (canonical, compound_head)
                if (
                    prefix == ""
                    or (head.compounds and self._compound_part(prefix))
                    or self._owner_compound(prefix, head)
                ):
                    if prefix and head.role_holder_compounds and not self._role_holders(prefix):
                        continue
                    if prefix and head.body_compounds and not self._body_part(prefix):
                        continue
                    if prefix and self._non_actor_part(prefix, head):
                        return None
                    if prefix[-2:-1] == "s" and _split_after_link(prefix, lower[-length:]):
                        return None
                    canonical = prefix + base
                    if prefix and head.compound_category:
                        head = self._compound_heads[head.head]
                    return None if self._not_actor(canonical) else (canonical, head)
        return None

    @cached_property
    def _compound_heads(self) -> dict[str, Head]:
        """Each `compound_category` head as its compounds take it: that category and role
        (``kyrkogårdsförvaltare`` a staff post; the bare ``förvaltare`` the
        överförmyndare's)."""
        return {
            head.head: replace(
                head,
                category=head.compound_category,
                role=head.compound_role or head.role,
            )
            for head in self.heads
            if head.compound_category
        }

    def _non_actor_part(self, prefix: str, head: Head) -> bool:
        """``klientenhet``, ``tidsenhet``: the first part (less its linking ``-s``) listed in
        `non_actor_parts` for the head makes the compound another sense of the head (a
        device, a measure), no actor (round 15, analysis-15 cause 9)."""
        parts = self.non_actor_parts.get(head.head, frozenset())
        return prefix in parts or prefix.removesuffix("s") in parts

    def _owner_compound(self, prefix: str, head: Head) -> bool:
        """``kommunrevisionen``, ``regionrevisionen``, ``förbundsrevisionen``: a body noun that
        takes no compounds (``compounds: false``: ``revisionen av …`` is the activity) still
        takes its owner organisation's name as first part (`owner_compound_prefixes`), the
        body of that organisation."""
        return (
            not head.compounds
            and head.category in BODY_CATEGORIES
            and prefix in self.owner_compound_prefixes
        )

    def _compound_part(self, prefix: str) -> bool:
        """A first part of a compound: a word of two letters or more that is no verbal prefix
        (``bestämma`` is ``be-`` + ``stämma``, a verb)."""
        return len(prefix) >= 2 and _is_word(prefix) and prefix not in self.verbal_prefixes

    def _role_holders(self, prefix: str) -> bool:
        """``kommundirektörs``, ``HR-chefs``: a first part that, less its linking ``-s``,
        names a person's role (an official or an elected), so that ``kommundirektörsgruppen``
        is a body of kommundirektörer; ``målgrupp``, ``personalgrupp`` (no linking ``-s``) and
        ``ärendegrupp`` are categories."""
        if not prefix.endswith("s") or len(prefix) < 3:
            return False
        if self.classifying_group_part(prefix):
            return False  # "funktionsnedsättningsgrupper": a category (round 34, cause C1)
        if prefix[:-1].endswith(self.deverbal_suffixes):
            return True  # "beredningsgruppen": the group that does the beredning
        analysis = self.analyse(prefix[:-1])
        return analysis is not None and analysis[1].category in PERSON_CATEGORIES

    def classifying_group_part(self, prefix: str) -> bool:
        """``funktionsnedsättnings``, ``ålders``, ``diagnos``: a first part of a ``-grupp``
        compound (with or without its linking ``-s``) that names a category of people or
        things (`category_group_parts`), so the compound is a category, no body (round 34,
        cause C1); ``referensgrupp``, ``styrgrupp`` are listed bodies."""
        parts = self.category_group_parts
        return prefix in parts or (prefix.endswith("s") and prefix[:-1] in parts)

    def _body_part(self, prefix: str) -> bool:
        """``direktions``, ``styrelse``: a first part that (less its linking ``-s``) names a
        body or a unit, so that ``direktionsmedlemmarna`` are members of the direktion."""
        for part in (prefix, prefix[:-1] if prefix.endswith("s") else ""):
            analysis = self.analyse(part) if len(part) >= 2 else None
            if analysis is not None and analysis[1].category in BODY_CATEGORIES:
                return True
        return False

    def _organisation_part(self, prefix: str) -> bool:
        """``högskole``, ``myndighets``, ``verks``, ``fakultets``: a first part that (less its
        linking ``-s``, or with the ``-a`` its linking ``-e``/``-o``/``-u`` replaced) names an
        organisation, a body or unit, an agency (`owning_external_heads`) or an agency's kind
        (`authority_name_kinds`: ``verket``), what owns a management (round 50, bu-C2); a
        unit named by its activity (`only_agent`: ``produktions``), a head in an activity
        sense (``revisions``) or a bare structure (``organisations``) is none."""
        parts = {prefix, prefix.removesuffix("s")}
        if prefix[-1:] in {"e", "o", "u"}:
            parts.add(prefix[:-1] + "a")  # högskole- → högskola
        return any(len(part) >= 2 and self._owning_part(part) for part in parts)

    def _owning_part(self, part: str) -> bool:
        if f"{part}et" in self.authority_name_kinds or f"{part}en" in self.authority_name_kinds:
            return True
        analysis = self.analyse(part)
        if analysis is None or analysis[0] != analysis[1].head:
            return False
        head = analysis[1]
        restricted = (
            head.only_agent
            or head.only_coordinated
            or head.only_compounds
            or head.activity_sense
            or head.role_holder_compounds
        )
        owning = (
            head.category in BODY_CATEGORIES
            or head.category == "organisation"
            or head.head in self.owning_external_heads
        )
        return owning and not restricted

    @cached_property
    def _organisation_compound_heads(self) -> dict[str, Head]:
        """Each `organisation_compounds` head as its compounds take it: that category, no
        `only_owned` restriction (the first part is the owner)."""
        return {
            head.head: replace(head, category=head.organisation_compounds, only_owned=False)
            for head in self.heads
            if head.organisation_compounds
        }

    def is_plural(self, word: str, canonical: str, head: Head) -> bool:
        """Whether the inflection after the head's stem is a plural one (``nämnderna``,
        ``kommuner``, ``ledamöter``; a neuter head's ``-en``: ``utskotten``). Memoized per
        word form, as `analyse`."""
        key = (word, canonical, head.head)
        cache = self._plurals
        if key not in cache:
            cache[key] = self._is_plural(word, canonical, head)
        return cache[key]

    @cached_property
    def _plurals(self) -> dict[tuple[str, str, str], bool]:
        return {}

    def _is_plural(self, word: str, canonical: str, head: Head) -> bool:
        lower = word.lower()
        stem = _common_prefix(lower, canonical)
        ending = lower[len(stem) :]
        if head.head in self.neuter_heads and ending in {"en", "ens"}:
            return True
        if ending in {"n", "ns"} and "t" in head.endings:
            return True  # an -e neuter, definite -t, plural -n (årsmöten, områdens)
        return bool(ending) and ending.endswith(self.plural_endings)

    def role_noun(self, lower: str, lemma: str) -> str | None:
        """The singular of a role noun outside the lexicon (``role_noun_suffixes``,
        ``simplex_role_nouns``): the lemma where the lemmatizer changed the word, else the
        word less the first inflection that leaves a role noun; None for a thing
        (``role_noun_exclusions``)."""
        if lemma != lower:
            return lemma if self._role_singular(lemma) else None
        for ending in ("", *self.role_noun_inflections):
            stem = lower[: len(lower) - len(ending)]
            if lower.endswith(ending) and len(stem) > 3 and self._role_singular(stem):
                return stem
        return None

    def _role_singular(self, word: str) -> bool:
        if word.endswith(self.role_noun_exclusions):
            return False
        if word.endswith(self.simplex_role_nouns):
            return True
        # a suffix after a stem of its own (``psykolog``, not a bare ``graf``/``log``)
        return any(
            word.endswith(suffix) and len(word) >= len(suffix) + _ROLE_STEM_LETTERS
            for suffix in self.role_noun_suffixes
        )

    def _not_actor(self, canonical: str) -> bool:
        """``samråd``, and every compound ending in a non-actor (``verksamhetsområd``)."""
        return any(canonical.endswith(word) for word in self.not_actors)

    def role_of(self, canonical: str, head_role: str) -> str:
        *before, last = canonical.split(" ")
        role = self.roles.get(canonical) or self.roles.get(last) or head_role
        if canonical in self.roles or self.deputy_titles.isdisjoint(before):
            return role
        # "biträdande kommundirektör": a deputy's title changes its office's role (round 49)
        return self.deputy_roles.get(role, role)

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


def _common_prefix(one: str, other: str) -> str:
    length = 0
    while length < min(len(one), len(other)) and one[length] == other[length]:
        length += 1
    return one[:length]


def _split_after_link(prefix: str, suffix: str) -> bool:
    """``beslutsvägarna``: the compound splits at its linking ``-s`` (``besluts`` +
    ``vägarna``, a known word form), not one letter later before a head (``ägarna``; round
    38, at-C3); a vowel after the ``-s`` is the first part's own (``folkhälso`` +
    ``myndigheten``, not ``omyndigheten``)."""
    return (
        len(prefix) > 3
        and prefix[-1].isalpha()
        and prefix[-1] not in "aeiouyåäö"
        and known_form(prefix[-1] + suffix)
    )


def _is_word(text: str) -> bool:
    return all(ch.isalpha() or ch == "-" for ch in text)


def _paradigm(name: str, entry: HeadEntry, data: ActorsFile) -> list[str]:
    """The inflections of a head: its hand-listed `endings` (an exception), else those of its
    `paradigm`, a neuter head's, or the declension of the longest `declensions` suffix it
    ends in (``invånare`` → ``are``); a head without `forms` that ends in a consonant takes
    `consonant_declension` (round 47, nu47 fault 5: a user's entry without `paradigm`); the
    base form alone, with a warning naming the head, if none fits."""
    if entry.endings is not None:
        return entry.endings
    if entry.paradigm is not None:
        return data.paradigms[entry.paradigm]
    if name in data.neuter_heads:
        return data.paradigms[NEUTER_PARADIGM]
    for suffix in sorted(data.declensions, key=len, reverse=True):
        if name.endswith(suffix):
            return data.paradigms[data.declensions[suffix]]
    if entry.forms:
        return [""]  # declined by hand (`ledamot`: its `forms`)
    ends_in_consonant = name[-1:].isalpha() and name[-1] not in _HEAD_VOWELS
    if data.consonant_declension is not None and ends_in_consonant:
        return data.paradigms[data.consonant_declension]  # round 47: `stugvärd` → `stugvärden`
    log.warning(
        "actor lexicon: head %r has no paradigm, endings or forms and no declension fits it: "
        "only the bare form %r matches (add e.g. %s)",
        name,
        name,
        "`paradigm: ar` or `er`" if ends_in_consonant else "`paradigm: e`, `a` or `are`",
    )
    return [""]


_HEAD_VOWELS = VOWELS | {"é"}  # a loan's stressed é (`attaché`) ends in a vowel too


def inflect(name: str, paradigm: list[str]) -> tuple[list[str], dict[str, str]]:
    """A paradigm's endings appended to the head, and its forms that replace the head's last
    letters, one per ``~`` (``~na``: ``invånare`` → ``invånarna``; ``~~än``: ``ombudsman`` →
    ``ombudsmän``) as irregular forms → base."""
    endings = [ending for ending in paradigm if not ending.startswith("~")]
    replacing = {}
    for ending in paradigm:
        cut = len(ending) - len(ending.lstrip("~"))
        if cut:
            replacing[name[:-cut] + ending[cut:]] = name
    return endings, replacing


# A form ending in a sibilant takes no genitive -s (``ledamöter`` → ``ledamöters``; a form in
# -s, -x or -z is its own genitive): shared with pipeline/nlp/predicative.py.
SIBILANT_ENDINGS = ("s", "x", "z")


def _head(name: str, entry: HeadEntry, data: ActorsFile) -> Head:
    appended, replacing = inflect(name, _paradigm(name, entry, data))
    endings = tuple(sorted(set(appended), key=lambda e: (-len(e), e)))
    all_forms = {**replacing, **entry.forms}
    # round 38, C1: every irregular form's genitive (``ledamöter`` → ``ledamöters``)
    genitives = {
        f"{form}s": base for form, base in all_forms.items() if not form.endswith(SIBILANT_ENDINGS)
    }
    all_forms = {**genitives, **all_forms}
    forms = tuple(sorted(all_forms.items(), key=lambda item: (-len(item[0]), item[0])))
    return Head(
        name,
        entry.category,
        endings,
        forms,
        entry.compounds,
        entry.role,
        entry.only_coordinated,
        entry.only_agent,
        entry.only_owned,
        entry.role_holder_compounds,
        entry.body_compounds,
        entry.only_subject,
        entry.only_compounds,
        entry.activity_sense,
        entry.only_lower_case,
        entry.service_unit,
        entry.bare_only_subject,
        entry.organisation_compounds,
        entry.compound_category,
        entry.compound_role,
    )


# `{LIST}` in an organisation pattern: the words of that list as one alternation;
# `{NOT_AFTER:LIST}`: one lookbehind per word, since a lookbehind has a fixed width
_PLACEHOLDER = re.compile(r"\{(NOT_AFTER:)?([A-Z_]+)\}")


def _filled_patterns(data: ActorsFile, definition_adverbs: list[str]) -> list[str]:
    """The organisation patterns with their placeholders filled from
    `organisation_pattern_words`, `ASSOCIATION_NAME_EXCLUDED_PARTS`, `COVER_WORDS` and the
    grammar's `DEFINITION_ADVERBS` (``nedan``, ``härmed``: one list for every reader); an
    unknown placeholder is a `ValueError`."""
    lists = {
        **data.organisation_pattern_words,
        "ASSOCIATION_NAME_EXCLUDED_PARTS": data.association_name_excluded_parts,
        "COVER_WORDS": data.cover_words,
        "DEFINITION_ADVERBS": definition_adverbs,
    }

    def fill(match: re.Match[str]) -> str:
        if match.group(2) not in lists:
            raise ValueError(f"unknown placeholder {match.group()}")
        words = [re.escape(word) for word in lists[match.group(2)]]
        if match.group(1):
            return "".join(rf"(?<!\b{word} )" for word in words)
        return f"(?:{'|'.join(words)})"

    return [_PLACEHOLDER.sub(fill, pattern) for pattern in data.organisation_patterns]


# Each lexicon read, by its file and the file's text: the pipes and stages that read the same
# file share one (its per-word analyses too, `ActorLexicon.analyse`); a changed file is read anew.
_LOADED: dict[tuple[str, str, str], ActorLexicon] = {}


def load_actor_lexicon(path: Path | str) -> ActorLexicon:
    path = Path(path)
    try:
        grammar = folder_file(path.parent, "grammar.yaml")  # its lists fill some patterns
        key = (
            str(path.resolve()),
            path.read_text(encoding="utf-8"),
            grammar.read_text(encoding="utf-8"),
        )
    except (OSError, UnicodeDecodeError):
        return _read_actor_lexicon(path)  # the reader reports it
    if key not in _LOADED:
        _LOADED[key] = _read_actor_lexicon(path)
    return _LOADED[key]


def _read_actor_lexicon(path: Path) -> ActorLexicon:
    data = read_config(path, ActorsFile)
    entries = data.all_heads()
    heads = sorted(
        (_head(name, entry, data) for name, entry in entries.items()),
        key=lambda head: len(head.head),
        reverse=True,
    )
    try:
        grammar = grammar_at(folder_file(path.parent, "grammar.yaml"))
        patterns = tuple(
            re.compile(p)
            for p in _filled_patterns(
                data, sorted(grammar.definition_adverbs | grammar.definition_phrases)
            )
        )
    except (re.error, ValueError) as error:
        raise ConfigError(f"{path}: organisation_patterns: {error}") from error
    return frozen_from_file(
        ActorLexicon,
        data,
        heads=tuple(heads),
        modified_heads={name: dict(values) for name, values in data.modified_heads.items()},
        name_adjectives={word: adjective_lemma(word) for word in data.name_adjectives}
        | dict(data.numeric_ordinals),
        organisation_patterns=patterns,
        agentive_suffixes=tuple(sorted(data.agentive_suffixes, key=len, reverse=True)),
        plural_endings=tuple(sorted(data.plural_endings, key=len, reverse=True)),
        role_noun_inflections=tuple(sorted(data.role_noun_inflections, key=len, reverse=True)),
        idioms=tuple(tuple(phrase.lower().split()) for phrase in data.idioms),
        parties=_parties(data.parties, grammar.non_infinitives | grammar.non_name_openers),
        adjectival_heads=frozenset(data.adjectival_heads) | _adjective_heads(entries),
        classifying_adjective_suffixes=tuple(data.classifying_adjective_suffixes),
        neuter_heads=frozenset(data.neuter_heads) | _declined_neuters(heads),
    )


def _declined_neuters(heads: list[Head]) -> frozenset[str]:
    """Heads whose declension shows the neuter: a definite singular in ``-et``/``-t`` among
    their endings (``representantskapet``, ``styret``, ``partiet``) or their irregular forms
    (``kollegiet`` of ``kollegium``); a common-gender head's is ``-en``/``-n`` (round 49,
    R1 follow-up: ``Centrala kollegiet`` → ``centralt kollegium``)."""
    return frozenset(
        head.head
        for head in heads
        if {"et", "t"} & set(head.endings)
        or any(form.endswith("et") and not base.endswith("et") for form, base in head.forms)
    )


def _adjective_heads(entries: dict[str, HeadEntry]) -> frozenset[str]:
    """Every head of the adjective paradigm is an actor only as a noun (`adjectival_heads`:
    ``de röstberättigade`` but ``röstberättigade medlemmar``)."""
    return frozenset(
        name for name, entry in entries.items() if entry.paradigm == ADJECTIVE_PARADIGM
    )


def _parties(entry: PartiesEntry | None, vetoes: frozenset[str]) -> Parties | None:
    """The party names' pattern; `vetoes`: grammar.yaml's adjective forms in ``-a`` that are
    never infinitives and its non-name openers, no party name's adjective (``Hela partiet``:
    `_two_word_party_names`; review 57 S1, one list per word class)."""
    if entry is None or not entry.names:
        return None
    names = "|".join(_party_name(name) for name in sorted(entry.names, key=len, reverse=True))
    if entry.name_endings:
        # gen56 G: a title-case compound on a party ending (`Ekbypartiet`, `Bygdelistan`)
        endings = "|".join(re.escape(ending) for ending in entry.name_endings)
        names = rf"{names}|(?P<coined>[A-ZÅÄÖ][a-zåäö]+(?:{endings})){_party_place(entry)}"
    names = "|".join([names, *_two_word_party_names(entry, vetoes)])
    pattern = re.compile(rf"\b(?P<name>{names})s?\b")
    return Parties(pattern, entry.category, entry.role)


def _words(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in words)


def _party_place(entry: PartiesEntry) -> str:
    """Round 57: a coined name's place after a listed preposition (``Sjukvårdspartiet i
    Västerby``), a capitalised word that no place kind noun follows (``Ekbypartiet i Ekby
    kommun`` keeps ``Ekbypartiet``) and that is no place kind itself (``Sjukvårdspartiet i
    Region Stockholm``); optional, group ``place`` (a genitive place: `_party_mentions`)."""
    if not entry.place_prepositions:
        return ""
    kinds = _words(entry.place_kind_vetoes)
    after = rf"(?!\s+(?:{kinds})\b)" if kinds else ""
    # review 57 M3: a capitalised place kind is no place word (`i Region Stockholm`)
    word = rf"(?!(?i:{kinds})\b)" if kinds else ""
    preposition = _words(entry.place_prepositions)
    return rf"(?P<place>\s+(?:{preposition})\s+{word}[A-ZÅÄÖ][a-zåäö-]+\b{after})?"


# After a lower-case word, a digit or a clause mark and a space, or right after an opening
# quote or bracket: a capital there is no sentence start (after a colon it is one: review 57 S2).
_INSIDE_SENTENCE = r"(?:(?<=[a-zåäö0-9,;)] )|(?<=[«\"”“'(]))"


def _two_word_party_names(entry: PartiesEntry, vetoes: frozenset[str]) -> list[str]:
    """Round 57 (gen55 F, gen56 15-16; docs/annotation.md t13, names as written): a local
    party named by two words, a capitalised genitive before a lower-case party head
    (``Bygdens parti``) or a capitalised weak adjective in ``-a`` before a definite party
    head (``Lokala alternativet``: no article, so a name), not a determiner-like
    adjective of `vetoes` (``Hela partiet``); the capital is evidence only inside a sentence
    (``Största partiet ska …``, ``Ordförandens parti får …`` open a sentence: no name; review
    57 M2), and a genitive of an actor noun is none (group ``genitive``: `_party_mentions`)."""
    found = []
    if entry.genitive_heads:
        heads = _words(entry.genitive_heads)
        found.append(rf"{_INSIDE_SENTENCE}(?P<genitive>[A-ZÅÄÖ][a-zåäö]+s) (?:{heads})(?=s?\b)")
    if entry.adjective_heads:
        veto = rf"(?!(?i:{_words(sorted(vetoes))})\b)" if vetoes else ""
        heads = _words(entry.adjective_heads)
        found.append(rf"{_INSIDE_SENTENCE}{veto}[A-ZÅÄÖ][a-zåäö]+a (?:{heads})(?=s?\b)")
    return found


def _party_name(name: str) -> str:
    """The name as a pattern whose later lower-case words may open with a capital too
    (``Svenska folkpartiet`` matches ``Svenska Folkpartiet``; round 42, analysis 42-bb A2);
    capitals stay capitals (``De Gröna`` is no ``De gröna ytorna``). A one-word name opens
    with either case (``socialdemokraterna``, ``centerpartiet``: prose writes party names in
    lower case; round 54, ce-C10); a longer name keeps its capital (``Feministiskt
    initiativ`` is no ``ett feministiskt initiativ``)."""
    first, *rest = name.split(" ")
    if not rest:
        return _either_case_initial(first.lower())
    return " ".join([re.escape(first), *(_either_case_initial(word) for word in rest)])


def _either_case_initial(word: str) -> str:
    if not word[:1].islower():
        return re.escape(word)
    return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"


def neuter_adjective(lemma: str) -> str:
    """The neuter of an adjective's indefinite common gender: ``central`` → ``centralt``,
    ``överordnad`` → ``överordnat`` (-d after a consonant or in -ad: -t), ``ny`` → ``nytt``;
    one in -t is its own neuter (``partssammansatt``); the masculine ordinals (``förste``)
    and ``vice`` do not inflect."""
    if lemma.endswith(("t", "e")):
        return lemma
    if lemma.endswith("d") and (lemma.endswith("ad") or lemma[-2:-1] not in _HEAD_VOWELS):
        return lemma[:-1] + "t"
    if lemma.endswith("d"):
        return lemma[:-1] + "tt"  # "god" → "gott"
    if lemma[-1:] in _HEAD_VOWELS:
        return lemma + "tt"  # "ny" → "nytt"
    return lemma + "t"


def adjective_lemma(word: str) -> str:
    """Definite/plural adjective → indefinite common gender: ``fackliga`` → ``facklig``,
    ``gemensamma`` → ``gemensam``."""
    if word.endswith(("ande", "ende", "ste", "dre")) or word == "vice":
        return word  # participles, "vice" and the masculine ordinals "förste", "andre"
    if not word.endswith(("a", "e")):
        return word
    stem = word[:-1]
    return stem[:-1] if stem.endswith("mm") else stem  # gemensamma → gemensam
