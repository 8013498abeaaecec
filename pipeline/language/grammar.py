"""Grammar word lists and deontic cues: ``configs/grammar.yaml`` and ``configs/deontics.yaml``
as typed, frozen objects, validated by pydantic on load (unknown keys are errors, reported
with the file name).

Which grammar the rules read: the rule modules read ``GRAMMAR.<list>``, and `GRAMMAR` stands
for the grammar of the component that is running. Each styrdok component loads the
``grammar.yaml`` of its ``grammar_path`` config value (the pipeline's configuration folder,
recorded in ``nlp.config``) and runs its rules inside ``using_grammar(its grammar)``, which
binds that grammar's lists on `GRAMMAR` (in this thread) for the duration of the call;
outside any component (rule tests, a rule function called directly) `GRAMMAR` is the
shipped ``configs/grammar.yaml``.

So two pipelines with different configuration folders can live in one process (each
component call sees its own lists) and the rule modules keep reading ``GRAMMAR.x``. What it
costs: every entry point of a component must enter `using_grammar` (`components.py` does, in
one place per component); each ``GRAMMAR.x`` reads a thread-local attribute; and a rule
answer cached beyond one call must be keyed by the grammar too (the token memo,
`pipeline.nlp.memo`, is kept for the next component on a Doc only under the same grammar). A
module-level ``X = GRAMMAR.x`` would freeze the shipped list at import: read the list where
it is used.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal, cast

from pipeline.config import (
    PACKAGED_CONFIG_DIR,
    ConfigError,
    Regex,
    StrictModel,
    frozen_from_file,
    read_config,
)

Deontic = Literal["obligation", "recommendation", "permission", "prohibition", "responsibility"]
# The universal parts of speech (Universal Dependencies v2), for a list of tags in the file
UposTag = Literal[
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
]
DEONTICS = ("obligation", "recommendation", "permission", "prohibition", "responsibility", "none")
CONFIGS = PACKAGED_CONFIG_DIR  # the shipped configs/ (package data in a wheel)


class PurposeCue(StrictModel):
    deontic: Deontic
    verbs: list[str]
    prepositions: list[str]
    nouns: list[str]
    definite_nouns: list[str] = []  # with no preposition: `har uppgiften att`
    # a prepositional attribute between the noun and `att`: `för (sin) verksamhet`
    attributes: list[str] = []

    @property
    def attribute_nouns(self) -> frozenset[str]:
        """The attributes' nouns (matched by lemma, like the purpose nouns)."""
        return frozenset(attribute.split()[-1] for attribute in self.attributes)


class DeonticsFile(StrictModel):
    modals: dict[Deontic, list[str]]
    phrases: dict[Deontic, list[str]]
    purpose_cue: PurposeCue | None = None
    negated_class: dict[Deontic, Deontic]
    responsibility_noun_suffixes: list[str] = []
    only_as_listed: list[str] = []
    own_aim_phrases: list[str] = []
    task_nouns: list[str] = []
    containing_verbs: list[str] = []
    possibility_modals: list[str] = []
    delegation_verbs: list[str] = []
    epistemic_perfect_modals: list[str] = []
    cue_verbs_without_preposition: dict[Deontic, list[str]] = {}
    source_verbs: list[str] = []
    expletive_cues: list[str] = []
    task_duty_cues: dict[Deontic, list[str]] = {}
    cleft_task_cues: dict[Deontic, list[str]] = {}
    responsibility_adverbials: list[str] = []
    task_lead_in_adverbs: list[str] = []
    compound_responsibility_heads: list[str] = []
    legal_status_compounds: list[str] = []
    responsibility_roles: list[str] = []
    # indefinite cue noun → its definite form: every listed phrase ``<verb> <noun> att`` is a
    # cue with the definite noun too (``ges möjligheten att``; round 43, be-C7)
    definite_cue_nouns: dict[str, str] = {}


class ConditionOpeners(StrictModel):
    anywhere: list[str]
    fronted_phrases: list[str] = []
    fronted_clauses: list[str] = []
    fronted_adverb_clauses: list[str] = []


class GrammarFile(StrictModel):
    modals: list[str]
    plural_modals: list[str] = []
    main_verb_modals: list[str]
    perfect_auxiliaries: list[str]
    copulas: list[str]
    deponents: list[str]
    negations: list[str]
    subordinators: list[str]
    coordinators: list[str]
    non_infinitives: list[str]
    adjective_endings: list[str]
    infinitives: list[str]
    irregular_lemmas: dict[str, str]
    strong_preterites: dict[str, str] = {}
    archaic_infinitives: list[str] = []
    list_announcers: list[str] = []
    list_pointers: list[str] = []  # `enligt nedan` (review 54)
    list_hedges: list[str] = []
    condition_openers: ConditionOpeners
    presentational_verbs: list[str] = []
    interrogatives: list[str] = []
    content_clause_openers: list[str] = []
    question_nouns: list[str] = []  # round 47 (nu47 fault 6)
    utan_negations: list[str] = []
    negative_determiners: list[str] = []  # review56b S4
    not_only_adverbs: list[str] = []  # round 53 (newuser53b fault 15)
    v1_condition_auxiliaries: list[str] = []
    subordinator_phrases: list[str] = []
    adverb_subordinators: list[str] = []
    presents_without_r: list[str] = []
    noun_phrase_coordinators: list[str] = []
    verb_alternatives: list[str] = []
    predicative_verbs: list[str] = []
    non_name_openers: list[str] = []
    distributive_determiners: list[str] = []
    distributive_pronouns: list[str] = []  # round 58 (58-cr side finding)
    own_words: list[str] = []
    quantity_nouns: list[str] = []
    degree_adverbials: list[str] = []
    rank_adverbials: list[str] = []
    free_choice_phrases: list[str] = []
    glued_before: list[str] = []
    glued_after: list[str] = []
    restatement_markers: list[str] = []
    apposition_markers: list[str] = []
    example_markers: list[str] = []
    proportion_units: list[str] = []
    amount_units: list[str] = []  # `miljoner`, `kronor`: a quantity's words (diff, round 56)
    postposed_condition_openers: list[str] = []
    circumstance_nouns: list[str] = []
    question_verbs: list[str] = []
    recipient_object_verbs: list[str] = []
    non_condition_phrases: list[str] = []
    complex_prepositions: list[str] = []  # round 57 (cn C1): `i fråga om`
    relative_adverb_stems: list[str] = []  # round 57 (cn C7): `var` + a preposition
    reciprocal_verbs: dict[str, str] = {}
    correlative_partners: dict[str, str] = {}
    subject_comparers: list[str] = []
    collective_bodies: list[str] = []
    partitive_pronouns: list[str] = []
    partitive_quantities: list[str] = []
    partitive_prepositions: list[str] = []  # round 58 (review58 S5): `av`
    raising_verbs: list[str] = []
    regarding_passives: list[str] = []
    regarding_markers: list[str] = []
    future_auxiliaries: list[str] = []
    noun_tagged_particles: list[str] = []
    bare_particles: list[str] = []
    particle_verbs: list[str] = []
    partner_prepositions: list[str] = []
    postpositions: list[str] = []
    adverbial_adjectives: list[str] = []
    fronted_predicative_adjectives: list[str] = []
    attributive_adjectives: list[str] = []
    free_relative_openers: list[str] = []
    reader_pronouns: list[str] = []
    person_head_pronouns: list[str] = []
    thing_head_pronouns: list[str] = []
    role_pronouns: list[str] = []
    indefinite_articles: list[str] = []
    definite_articles: list[str] = []  # round 52 (52-av C3)
    possessed_task_nouns: list[str] = []
    metadata_labels: list[str] = []
    file_size_units: list[str] = []
    file_type_words: list[str] = []
    multiword_adverbs: list[str] = []
    never_verbs: list[str] = []
    dotless_abbreviations: list[str] = []  # `bla`, `tex`: adverbs, never verbs (round 52)
    number_word_tens: list[str] = []  # `femtio`: with a unit, a spelled numeral (round 49)
    number_word_units: list[str] = []
    number_word_teens: list[str] = []  # `tretton`: a spelled numeral alone (round 52 l1)
    misread_adverbs: list[str] = []
    additive_prefields: list[str] = []  # `Därtill kommer X` (round 54, ruling s3)
    additive_presentational_verbs: list[str] = []  # `komma` after them (review 54)
    strict_slot_modals: list[str] = []
    right_nouns: list[str] = []
    never_verb_patterns: list[Regex] = []
    time_nouns: list[str] = []
    time_phrase_pos: list[UposTag] = []
    superlative_respect_prepositions: list[str] = []
    pronominal_adverbs: list[str] = []
    time_limit_adverbs: list[str] = []
    numeral_degree_adverbs: list[str] = []
    focus_adverbs: list[str] = []
    om_place_adverbs: list[str] = []
    emphatic_words: list[str] = []
    preposition_subordinators: list[str] = []
    coordinating_signs: list[str] = []
    closed_class_words: list[str] = []
    extent_nouns: list[str] = []
    conformity_prepositions: list[str] = []
    conformity_rule_nouns: list[str] = []
    part_nouns: list[str] = []
    composition_verbs: list[str] = []
    comparative_som_openers: list[str] = []
    member_verbs: list[str] = []
    action_nouns: list[str] = []
    action_noun_suffixes: list[str] = []
    lexical_suffix_nouns: list[str] = []  # w58a: `ärende`, no nominalisation
    support_verb_phrases: list[str] = []  # w58a: `fatta beslut`
    infinitive_modals: list[str] = []
    marker_modals: list[str] = []
    object_control_verbs: list[str] = []
    intransitive_verbs: list[str] = []
    assembly_meeting_verbs: list[str] = []
    reflexive_objects: list[str] = []
    reflexive_possessives: list[str] = []
    correlatives: list[str] = []
    cue_correlatives: list[str] = []
    fora_object_nouns: list[str] = []
    perfect_date_words: list[str] = []
    clause_coordinators: list[str] = []
    scope_closing_coordinators: list[str] = []
    adversative_coordinators: list[str] = []
    definition_adverbs: list[str] = []
    definition_phrases: list[str] = []  # `i det följande` (review 54)
    definition_inner_adverbs: list[str] = []
    naming_participles: list[str] = []
    name_opening_body_heads: list[str] = []
    role_markers: list[str] = []
    proximal_demonstratives: list[str] = []
    infinitive_complement_nouns: list[str] = []
    proposal_verbs: list[str] = []
    slot_insertions: list[str] = []
    recipient_prepositions: list[str] = []
    abbreviation_list_labels: list[str] = []
    abbreviation_key_headers: list[str] = []
    abbreviation_key_meanings: list[str] = []
    stative_passives: list[str] = []
    striving_verbs: list[str] = []
    actor_subject_verbs: list[str] = []
    coordinated_quantifiers: list[str] = []
    unique_adjectives: list[str] = []
    grouping_reciprocals: list[str] = []
    agency_name_endings: list[str] = []
    agency_nouns: list[str] = []
    unlisted_name_vetoes: list[str] = []
    statute_endings: list[str] = []
    state_names: list[str] = []
    region_names: list[str] = []
    address_markers: list[str] = []
    address_prefixes: list[str] = []
    revision_marks: list[str] = []
    inclusive_time_phrases: list[str] = []
    gapped_subject_prepositions: list[str] = []
    gapping_subordinators: list[str] = []
    statute_title_prepositions: list[str] = []
    statute_lookalikes: list[str] = []
    announcing_adverbials: list[str] = []
    reference_item_nouns: list[str] = []
    object_actor_verbs: list[str] = []
    partitive_relatives: list[str] = []
    relative_pronouns: list[str] = []
    genitive_relative_pronouns: list[str] = []
    quantity_apposition_words: list[str] = []
    scope_nouns: list[str] = []
    scope_determiners: list[str] = []
    pronominal_adverb_stems: list[str] = []
    pronominal_adverb_prepositions: list[str] = []
    identifying_body_nouns: list[str] = []
    infinitive_clause_prepositions: list[str] = []
    infinitive_complement_noun_endings: list[str] = []
    subject_pronouns: list[str] = []
    quantifier_subject_pronouns: list[str] = []
    inverted_subject_pronouns: list[str] = []
    task_list_quantifiers: list[str] = []
    regarding_verbs: list[str] = []
    lead_in_closing_prepositions: list[str] = []
    handing_adverbs: list[str] = []
    reporting_verbs: list[str] = []
    reported_speech_prepositions: list[str] = []
    speech_verbs: list[str] = []
    speech_verb_particles: list[str] = []
    described_person_heads: list[str] = []
    naming_modals: list[str] = []
    name_tail_prepositions: list[str] = []
    heading_name_prepositions: list[str] = []
    legal_forms: list[str] = []
    guild_kind_nouns: list[str] = []
    fund_kind_nouns: list[str] = []
    member_association_kinds: list[str] = []
    place_kind_nouns: list[str] = []
    cell_answer_words: list[str] = []
    object_verbs: list[str] = []
    definition_verbs: list[str] = []
    definition_prepositions: list[str] = []  # review56b S11
    naming_use_nouns: list[str] = []
    naming_use_verbs: list[str] = []
    question_pronouns: list[str] = []
    task_phrase_verbs: list[str] = []
    task_phrase_prepositions: list[str] = []
    additive_prepositions: list[str] = []
    additive_adverbs: list[str] = []
    remainder_quantifiers: list[str] = []
    intensifiers: list[str] = []
    attribute_prepositions: list[str] = []
    owner_links: list[str] = []
    foreign_function_words: list[str] = []
    native_function_words: list[str] = []
    count_noun_stems: list[str] = []
    counted_nouns: dict[str, str] = {}


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
    adjective_endings: tuple[str, ...]
    known_infinitives: frozenset[str]
    irregular_lemmas: dict[str, str]
    strong_preterites: dict[str, str]
    conditions_anywhere: tuple[tuple[str, ...], ...]
    conditions_fronted_phrases: tuple[tuple[str, ...], ...]
    conditions_fronted_clauses: tuple[tuple[str, ...], ...]
    conditions_fronted_adverb_clauses: tuple[tuple[str, ...], ...] = ()
    list_announcers: frozenset[str] = frozenset()
    list_pointers: frozenset[str] = frozenset()
    list_hedges: tuple[tuple[str, ...], ...] = ()
    presentational_verbs: frozenset[str] = frozenset()
    interrogatives: frozenset[str] = frozenset()
    content_clause_openers: frozenset[str] = frozenset()
    question_nouns: frozenset[str] = frozenset()
    utan_negations: frozenset[str] = frozenset()
    negative_determiners: frozenset[str] = frozenset()
    not_only_adverbs: frozenset[str] = frozenset()
    v1_condition_auxiliaries: frozenset[str] = frozenset()
    subordinator_phrases: frozenset[str] = frozenset()
    adverb_subordinators: frozenset[str] = frozenset()
    presents_without_r: frozenset[str] = frozenset()
    noun_phrase_coordinators: frozenset[str] = frozenset()
    verb_alternatives: frozenset[str] = frozenset()
    predicative_verbs: frozenset[str] = frozenset()
    non_name_openers: frozenset[str] = frozenset()
    distributive_determiners: tuple[tuple[str, ...], ...] = ()
    distributive_pronouns: tuple[tuple[str, ...], ...] = ()
    own_words: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    degree_adverbials: tuple[tuple[str, ...], ...] = ()
    rank_adverbials: tuple[tuple[str, ...], ...] = ()
    free_choice_phrases: tuple[tuple[str, ...], ...] = ()
    glued_before: frozenset[str] = frozenset()
    glued_after: frozenset[str] = frozenset()
    restatement_markers: tuple[tuple[str, ...], ...] = ()
    apposition_markers: tuple[tuple[str, ...], ...] = ()
    example_markers: tuple[tuple[str, ...], ...] = ()
    proportion_units: frozenset[str] = frozenset()
    amount_units: frozenset[str] = frozenset()
    number_word_units: frozenset[str] = frozenset()
    postposed_condition_openers: frozenset[str] = frozenset()
    circumstance_nouns: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    recipient_object_verbs: frozenset[str] = frozenset()
    non_condition_phrases: tuple[tuple[str, ...], ...] = ()
    complex_prepositions: tuple[tuple[str, ...], ...] = ()
    reciprocal_verbs: dict[str, str] = field(default_factory=dict)
    correlative_partners: dict[str, str] = field(default_factory=dict)
    subject_comparers: frozenset[str] = frozenset()
    collective_bodies: frozenset[str] = frozenset()
    partitive_pronouns: frozenset[str] = frozenset()
    partitive_quantities: frozenset[str] = frozenset()
    partitive_prepositions: frozenset[str] = frozenset()
    raising_verbs: frozenset[str] = frozenset()
    regarding_passives: frozenset[str] = frozenset()
    regarding_markers: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str] = frozenset()
    noun_tagged_particles: frozenset[str] = frozenset()
    bare_particles: frozenset[str] = frozenset()
    particle_verbs: frozenset[tuple[str, ...]] = frozenset()  # (lemma, particle), for `in`
    partner_prepositions: frozenset[str] = frozenset()
    postpositions: frozenset[str] = frozenset()
    adverbial_adjectives: frozenset[str] = frozenset()
    fronted_predicative_adjectives: frozenset[str] = frozenset()
    attributive_adjectives: frozenset[str] = frozenset()
    free_relative_openers: tuple[tuple[str, ...], ...] = ()
    reader_pronouns: frozenset[str] = frozenset()
    person_head_pronouns: frozenset[str] = frozenset()
    thing_head_pronouns: frozenset[str] = frozenset()
    role_pronouns: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    definite_articles: frozenset[str] = frozenset()
    possessed_task_nouns: frozenset[str] = frozenset()
    metadata_labels: tuple[tuple[str, ...], ...] = ()
    file_size_units: frozenset[str] = frozenset()
    file_type_words: frozenset[str] = frozenset()
    multiword_adverbs: tuple[tuple[str, ...], ...] = ()
    never_verbs: frozenset[str] = frozenset()
    dotless_abbreviations: frozenset[str] = frozenset()
    spelled_numerals: frozenset[str] = frozenset()  # `femtioen`: computed, a numeral (C11)
    misread_adverbs: frozenset[str] = frozenset()
    additive_prefields: tuple[tuple[str, ...], ...] = ()
    additive_presentational_verbs: frozenset[str] = frozenset()
    strict_slot_modals: frozenset[str] = frozenset()
    right_nouns: frozenset[str] = frozenset()
    never_verb_patterns: tuple[str, ...] = ()
    time_nouns: frozenset[str] = frozenset()
    time_phrase_pos: frozenset[str] = frozenset()
    superlative_respect_prepositions: frozenset[str] = frozenset()
    pronominal_adverbs: frozenset[str] = frozenset()
    time_limit_adverbs: frozenset[str] = frozenset()
    numeral_degree_adverbs: frozenset[str] = frozenset()
    focus_adverbs: frozenset[str] = frozenset()
    om_place_adverbs: frozenset[str] = frozenset()
    emphatic_words: frozenset[str] = frozenset()
    preposition_subordinators: frozenset[str] = frozenset()
    coordinating_signs: frozenset[str] = frozenset()
    closed_class_words: frozenset[str] = frozenset()
    extent_nouns: frozenset[str] = frozenset()
    conformity_prepositions: frozenset[str] = frozenset()
    conformity_rule_nouns: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()
    composition_verbs: frozenset[str] = frozenset()
    comparative_som_openers: frozenset[str] = frozenset()
    member_verbs: frozenset[str] = frozenset()
    action_nouns: frozenset[str] = frozenset()
    action_noun_suffixes: frozenset[str] = frozenset()
    lexical_suffix_nouns: frozenset[str] = frozenset()
    support_verb_phrases: tuple[tuple[str, ...], ...] = ()
    infinitive_modals: frozenset[str] = frozenset()
    marker_modals: frozenset[str] = frozenset()
    object_control_verbs: frozenset[str] = frozenset()
    intransitive_verbs: frozenset[str] = frozenset()  # "sammanträda och protokollföra X"
    assembly_meeting_verbs: frozenset[str] = frozenset()  # "Årsmötet ska hållas i maj"
    reflexive_objects: frozenset[str] = frozenset()  # "samråda och yttra sig över X"
    reflexive_possessives: frozenset[str] = frozenset()  # "Sin budget fastställer nämnden"
    correlatives: frozenset[str] = frozenset()
    cue_correlatives: frozenset[str] = frozenset()  # "ansvarar dels för", in a cue's gap
    fora_object_nouns: frozenset[str] = frozenset()  # "Sekreteraren för protokoll vid …"
    perfect_date_words: frozenset[str] = frozenset()  # "har den 3 maj 2020, § 77 fastställt"
    clause_coordinators: frozenset[str] = frozenset()
    scope_closing_coordinators: frozenset[str] = frozenset()  # "och kontinuerligt V"
    adversative_coordinators: frozenset[str] = frozenset()  # "får inte V1 men V2"
    definition_adverbs: frozenset[str] = frozenset()
    definition_phrases: frozenset[str] = frozenset()
    definition_inner_adverbs: frozenset[str] = frozenset()  # "nedan även kallad"
    naming_participles: frozenset[str] = frozenset()
    name_opening_body_heads: frozenset[str] = frozenset()  # "Kulturrådet Norrdal AB"
    role_markers: frozenset[str] = frozenset()
    proximal_demonstratives: frozenset[str] = frozenset()  # "Denna stiftelse"
    infinitive_complement_nouns: frozenset[str] = frozenset()
    proposal_verbs: frozenset[str] = frozenset()
    slot_insertions: tuple[tuple[str, ...], ...] = ()
    recipient_prepositions: frozenset[str] = frozenset()
    abbreviation_list_labels: frozenset[str] = frozenset()
    abbreviation_key_headers: frozenset[str] = frozenset()
    abbreviation_key_meanings: frozenset[str] = frozenset()
    stative_passives: frozenset[str] = frozenset()
    striving_verbs: frozenset[str] = frozenset()
    actor_subject_verbs: tuple[tuple[str, ...], ...] = ()  # (lemma, particles …)
    coordinated_quantifiers: frozenset[str] = frozenset()
    unique_adjectives: frozenset[str] = frozenset()
    grouping_reciprocals: frozenset[str] = frozenset()
    agency_name_endings: frozenset[str] = frozenset()
    agency_nouns: frozenset[str] = frozenset()
    unlisted_name_vetoes: tuple[str, ...] = ()
    statute_endings: tuple[str, ...] = ()  # for str.endswith
    state_names: frozenset[str] = frozenset()
    region_names: frozenset[str] = frozenset()
    address_markers: frozenset[str] = frozenset()
    address_prefixes: frozenset[str] = frozenset()
    revision_marks: frozenset[str] = frozenset()
    inclusive_time_phrases: tuple[tuple[str, ...], ...] = ()
    gapped_subject_prepositions: frozenset[str] = frozenset()
    gapping_subordinators: frozenset[str] = frozenset()
    statute_title_prepositions: frozenset[str] = frozenset()
    statute_lookalikes: frozenset[str] = frozenset()
    announcing_adverbials: tuple[tuple[str, ...], ...] = ()
    reference_item_nouns: tuple[str, ...] = ()
    object_actor_verbs: frozenset[str] = frozenset()
    partitive_relatives: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    genitive_relative_pronouns: frozenset[str] = frozenset()
    quantity_apposition_words: frozenset[str] = frozenset()
    scope_nouns: tuple[str, ...] = ()
    scope_determiners: frozenset[str] = frozenset()
    pronominal_adverb_stems: tuple[str, ...] = ()
    pronominal_adverb_prepositions: frozenset[str] = frozenset()
    identifying_body_nouns: frozenset[str] = frozenset()
    infinitive_clause_prepositions: frozenset[str] = frozenset()
    infinitive_complement_noun_endings: tuple[str, ...] = ()
    subject_pronouns: frozenset[str] = frozenset()
    quantifier_subject_pronouns: frozenset[str] = frozenset()
    inverted_subject_pronouns: frozenset[str] = frozenset()
    task_list_quantifiers: tuple[tuple[str, ...], ...] = ()
    regarding_verbs: frozenset[str] = frozenset()
    lead_in_closing_prepositions: frozenset[str] = frozenset()
    handing_adverbs: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    reported_speech_prepositions: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    speech_verb_particles: frozenset[str] = frozenset()
    described_person_heads: frozenset[str] = frozenset()
    naming_modals: frozenset[str] = frozenset()
    name_tail_prepositions: frozenset[str] = frozenset()
    heading_name_prepositions: frozenset[str] = frozenset()
    legal_forms: tuple[tuple[str, ...], ...] = ()
    guild_kind_nouns: frozenset[str] = frozenset()
    fund_kind_nouns: frozenset[str] = frozenset()
    member_association_kinds: frozenset[str] = frozenset()
    place_kind_nouns: frozenset[str] = frozenset()
    cell_answer_words: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()
    definition_verbs: frozenset[str] = frozenset()
    definition_prepositions: frozenset[str] = frozenset()
    naming_use_nouns: frozenset[str] = frozenset()
    naming_use_verbs: frozenset[str] = frozenset()
    question_pronouns: frozenset[str] = frozenset()
    task_phrase_verbs: frozenset[str] = frozenset()
    task_phrase_prepositions: frozenset[str] = frozenset()
    additive_prepositions: frozenset[str] = frozenset()
    additive_adverbs: frozenset[str] = frozenset()
    remainder_quantifiers: frozenset[str] = frozenset()
    intensifiers: frozenset[str] = frozenset()
    attribute_prepositions: frozenset[str] = frozenset()
    owner_links: frozenset[str] = frozenset()
    foreign_function_words: frozenset[str] = frozenset()
    native_function_words: frozenset[str] = frozenset()
    count_noun_stems: frozenset[str] = frozenset()
    counted_nouns: dict[str, str] = field(default_factory=dict)  # singular: plural (52-bz C1)
    plural_modals: frozenset[str] = frozenset()
    archaic_infinitives: tuple[str, ...] = ()

    @cached_property
    def noun_phrase_joints(self) -> frozenset[str]:
        """What joins two coordinated noun phrases: the coordinators (``och``, ``eller``,
        ``respektive``) and the coordinating signs (``rektor/förskolechef``)."""
        return self.noun_phrase_coordinators | self.coordinating_signs

    @cached_property
    def joints(self) -> frozenset[str]:
        """What alone joins two conjuncts (`subjects._joint`): the coordinators, the
        noun-phrase coordinators and the coordinating signs."""
        return self.coordinators | self.noun_phrase_coordinators | self.coordinating_signs

    @cached_property
    def conjunct_link_words(self) -> frozenset[str]:
        """Every word that can stand first or last in what links two conjuncts in
        `subjects._coordinated_actors` (`_joint`, a condition, an adverbial or a role phrase in
        commas): the joints, a comma, ``som``, the negations and the correlative pairs' second
        words. Without one right after a conjunct (or right before the next) nothing links."""
        partners = frozenset(self.correlative_partners.values())
        return self.joints | self.negations | partners | self.subject_comparers | {",", "som"}

    @cached_property
    def distributive_first_words(self) -> frozenset[str]:
        """The first words of the `distributive_determiners` (``var``, ``vardera``: a first
        test in `coordination.distributive_phrase_end`, asked at many positions)."""
        return frozenset(phrase[0] for phrase in self.distributive_determiners if phrase)

    @cached_property
    def complex_first_words(self) -> frozenset[str]:
        """The first words of the `complex_prepositions` (``i``, ``med``, ``ifråga``: a first
        test in `cues._complex_preposition_end`)."""
        return frozenset(phrase[0] for phrase in self.complex_prepositions if phrase)

    @cached_property
    def pronoun_phrase_first_words(self) -> frozenset[str]:
        """The first words of the multi-word `distributive_determiners`,
        `distributive_pronouns` and `degree_adverbials` (``var``:
        `verb_vetoes.opens_pronoun_phrase` asks of every verb)."""
        phrases = (
            *self.distributive_determiners,
            *self.distributive_pronouns,
            *self.degree_adverbials,
        )
        return frozenset(phrase[0] for phrase in phrases if len(phrase) > 1)

    def opens_distributive_pronoun(self, words: Sequence[str], position: int) -> bool:
        """``var sin``/``var sitt``/``var sina`` (`distributive_pronouns`) opens at `position`
        of the lowercase `words`, and none of `own_words` follows (``var sin egen``: the
        copula and its predicative; round 58, analysis 58-cr side finding)."""
        if words[position] not in self.pronoun_phrase_first_words:
            return False  # most words open no listed phrase: one look-up
        if tuple(words[position : position + 2]) not in self.distributive_pronouns:
            return False
        return position + 2 >= len(words) or words[position + 2] not in self.own_words

    @cached_property
    def unlisted_name_endings(self) -> tuple[str, ...]:
        """`unlisted_name_vetoes` and `statute_endings`, for `str.endswith`: a definite noun
        ending in one is no unlisted name (short_names `unlisted_names`)."""
        return self.unlisted_name_vetoes + self.statute_endings

    @cached_property
    def fora_object_suffixes(self) -> tuple[str, ...]:
        """`fora_object_nouns` for `str.endswith` (a compound's last part counts)."""
        return tuple(sorted(self.fora_object_nouns))

    @cached_property
    def infinitives(self) -> frozenset[str]:
        """Infinitives the word lists know (`infinitives` and the targets of
        `irregular_lemmas`)."""
        return self.known_infinitives | frozenset(self.irregular_lemmas.values())

    @cached_property
    def one_word_metadata_labels(self) -> frozenset[str]:
        """The `metadata_labels` of one word (``Datum``, ``Handläggare``): a label row's words
        (`actors._in_label_run`), derived once per grammar instead of once per capitalised
        word (perf54a)."""
        return frozenset(label[0] for label in self.metadata_labels if len(label) == 1)

    @cached_property
    def slot_insertion_first_words(self) -> frozenset[str]:
        """The words that may open a worded insertion in a modal's slot (`groups._insertion_end`):
        the first words of `slot_insertions` and `conditions_fronted_clauses` and the
        subordinators. A slot word that is none of them (nor a comma, bracket, ``att``, ``som``
        or a time phrase's opener) asks no insertion rule (perf53d)."""
        phrases = (*self.slot_insertions, *self.conditions_fronted_clauses)
        return frozenset(phrase[0] for phrase in phrases) | self.subordinators

    @cached_property
    def conditions_by_first_word(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Condition openers indexed by their first word, longest first."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.conditions_anywhere:
            index.setdefault(phrase[0], []).append(phrase)
        return {word: tuple(phrases) for word, phrases in index.items()}


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(item.split()) for item in items), key=len, reverse=True))


def _spelled_numerals(data: GrammarFile) -> frozenset[str]:
    """``femtio``, ``femtioen``, ``trettiotvå``: each ten alone and with each unit, spelled as
    one word, and the numerals ten to nineteen (``tretton``); never verbs, whatever the tagger
    reads (round 49, analysis 49-br C11; round 52 l1)."""
    tens = data.number_word_tens
    compounds = {ten + unit for ten in tens for unit in data.number_word_units}
    return frozenset(tens) | frozenset(data.number_word_teens) | compounds


@lru_cache(maxsize=8)
def load_grammar(path: Path | str = CONFIGS / "grammar.yaml") -> Grammar:
    """The grammar of `path`: each field of `Grammar` is the file's list of the same name
    (a set; phrases as word tuples, longest first), except the renamed and nested ones."""
    data = read_config(Path(path), GrammarFile)
    unlisted = sorted(set(data.archaic_infinitives) - set(data.irregular_lemmas))
    if unlisted:  # `archaic_infinitive_lemma` takes each head's modern form from there
        raise ConfigError(f"{path}: archaic_infinitives {unlisted} have no irregular_lemmas entry")
    openers = data.condition_openers
    return frozen_from_file(
        Grammar,
        data,
        {"tuple[tuple[str, ...], ...]": _phrases},
        perfect=frozenset(data.perfect_auxiliaries),
        never_verbs=frozenset(data.never_verbs)
        | _spelled_numerals(data)
        | frozenset(data.dotless_abbreviations),
        adverbial_adjectives=frozenset(data.adverbial_adjectives)
        | frozenset(data.dotless_abbreviations),
        spelled_numerals=_spelled_numerals(data),
        known_infinitives=frozenset(data.infinitives),
        conditions_anywhere=_phrases(openers.anywhere),
        conditions_fronted_phrases=_phrases(openers.fronted_phrases),
        conditions_fronted_clauses=_phrases(openers.fronted_clauses),
        conditions_fronted_adverb_clauses=_phrases(openers.fronted_adverb_clauses),
        apposition_markers=_phrases([*data.apposition_markers, *data.example_markers]),
        list_hedges=_phrases([*data.list_hedges, *data.example_markers]),
        particle_verbs=frozenset(_phrases(data.particle_verbs)),
        reporting_verbs=frozenset(data.reporting_verbs) | frozenset(data.speech_verbs),
        subordinators=frozenset(data.subordinators) | _relative_adverbs(data),
    )


def _relative_adverbs(data: GrammarFile) -> frozenset[str]:
    """``varom``, ``varpå``, ``varav``: a relative adverb, a `relative_adverb_stems` stem +
    a `pronominal_adverb_prepositions` preposition, opens a subordinate clause (round 57,
    cn C7; round 37 B4 listed three of them)."""
    return frozenset(
        stem + preposition
        for stem in data.relative_adverb_stems
        for preposition in data.pronominal_adverb_prepositions
    )


SHIPPED_GRAMMAR = load_grammar(CONFIGS / "grammar.yaml")


def grammar_at(path: Path | str) -> Grammar:
    """`load_grammar`, but the shipped file (however `path` names it) gives `SHIPPED_GRAMMAR`
    itself: the grammar `GRAMMAR` holds outside the components, so that a component's
    `using_grammar` block rebinds nothing (a rebinding copies every list, ~10 µs)."""
    if Path(path).resolve() == (CONFIGS / "grammar.yaml").resolve():
        return SHIPPED_GRAMMAR
    return load_grammar(path)


_BOUND = "_styrdok_bound_grammar"  # where `GRAMMAR` keeps the grammar whose lists it holds


class _ActiveGrammar(threading.local):
    """The grammar of the component running now in this thread, its lists bound as plain
    attributes: the rules read a list ~250,000 times per 1,000 clauses, and a thread-local
    attribute (~40 ns) costs less than half of a context-variable look-up behind a Python
    ``__getattribute__`` (~100 ns). `using_grammar` binds; each thread starts with the
    shipped grammar."""

    def __init__(self) -> None:
        self._bind(SHIPPED_GRAMMAR)

    def _bind(self, grammar: Grammar) -> None:
        lists = self.__dict__
        if lists.get(_BOUND) is not grammar:
            lists.clear()
            lists.update(vars(grammar))  # the fields, and the derived lists computed so far
            lists[_BOUND] = grammar

    def __getattr__(self, name: str) -> Any:
        """A derived list (a `Grammar` cached property) not yet read under this binding."""
        value = getattr(self.__dict__[_BOUND], name)
        setattr(self, name, value)
        return value


_BINDING = _ActiveGrammar()
GRAMMAR = cast(Grammar, _BINDING)


def active_grammar() -> Grammar:
    """The grammar `GRAMMAR` reads now."""
    return _BINDING.__dict__[_BOUND]


def using_grammar(grammar: Grammar) -> AbstractContextManager[None]:
    """`GRAMMAR` is `grammar` until the block ends (in this thread only)."""
    return _Using(grammar)


class _Using:
    """The block of `using_grammar`: a class, not a generator, since every component enters
    one per clause (a generator's block costs ~2 µs more)."""

    __slots__ = ("grammar", "previous")

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar

    def __enter__(self) -> None:
        self.previous = active_grammar()
        _BINDING._bind(self.grammar)

    def __exit__(self, *exc: object) -> None:
        _BINDING._bind(self.previous)


# ---------------------------------------------------------------------------
# Deontic cues


@dataclass(frozen=True)
class DeonticCues:
    modals: dict[str, str]  # word form → deontic class
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # (words, deontic), longest first
    negated_class: dict[str, str]
    responsibility_noun_suffixes: tuple[str, ...]
    only_as_listed: frozenset[tuple[str, ...]] = frozenset()
    # ``ska se till att upprätta X``: phrases whose own verb is the aim (own_aim_phrases)
    own_aim_phrases: frozenset[tuple[str, ...]] = frozenset()
    task_nouns: frozenset[str] = frozenset()
    containing_verbs: frozenset[str] = frozenset()
    possibility_modals: frozenset[str] = frozenset()
    delegation_verbs: frozenset[str] = frozenset()
    epistemic_perfect_modals: frozenset[str] = frozenset()  # "kan ha ändrats": no cue
    without_preposition: dict[str, str] = field(default_factory=dict)  # verb lemma → class
    source_verbs: frozenset[str] = frozenset()
    expletive_cues: tuple[tuple[str, ...], ...] = ()  # lemma phrases whose object acts
    # (verb lemma, preposition) → class: ``Till X:s uppgifter hör att V`` (task_duty_cues)
    task_duty: dict[tuple[str, ...], str] = field(default_factory=dict)
    # task noun → class: ``Det är X:s uppgift att V`` (cleft_task_cues, ruling u1)
    cleft_task: dict[str, str] = field(default_factory=dict)
    # the purpose cue's nouns, matched by lemma: any number and definiteness (``uppgifter``)
    purpose_nouns: frozenset[str] = frozenset()
    # one-word `responsibility_adverbials`: an optional slot in a responsibility phrase's gaps
    responsibility_adverbs: frozenset[str] = frozenset()
    # ``Till X:s uppgifter hör bland annat att:`` (task_lead_in_adverbs, as word tuples)
    task_lead_in_adverbs: tuple[tuple[str, ...], ...] = ()
    # ``ansvarar i egenskap av huvudman för``: role openers before a role's noun phrase
    # between a responsibility verb and its preposition (responsibility_roles, word tuples)
    responsibility_roles: tuple[tuple[str, ...], ...] = ()
    # ``är arkivansvarig för``: the head a compound predicative ends in
    compound_responsibility_heads: frozenset[str] = frozenset()
    # ``är personuppgiftsansvarig för``: a legal status held, no responsibility cue
    legal_status_compounds: frozenset[str] = frozenset()
    grammar: Grammar = SHIPPED_GRAMMAR

    @property
    def negations(self) -> frozenset[str]:
        return self.grammar.negations


def _purpose_phrases(cue: PurposeCue | None) -> list[tuple[tuple[str, ...], str]]:
    """``ha`` + ``som``/``till`` + a purpose noun + ``att`` (``har till uppgift att``, ``ska ha
    som ändamål att``): one cue family, spelled out as phrases of the file's lists."""
    if cue is None:
        return []
    attributes: list[tuple[str, ...]] = [(), *(tuple(a.split()) for a in cue.attributes)]
    # ``Förbundet har till ändamål:`` + ``a) att främja …``: the colon of a lead-in whose
    # items carry the `att` stands for it (round 43, bf cause 6)
    return [
        ((verb, preposition, noun, *attribute, closing), cue.deontic)
        for verb in cue.verbs
        for preposition in cue.prepositions
        for noun in cue.nouns
        for attribute in attributes
        for closing in ("att", ":")
    ] + [((verb, noun, "att"), cue.deontic) for verb in cue.verbs for noun in cue.definite_nouns]


# The prepositions that close a responsibility phrase, before which an adverbial may stand.
RESPONSIBILITY_PREPOSITIONS = frozenset({"för", "över"})


def _adverbial_phrases(
    phrases: list[tuple[tuple[str, ...], str]], adverbials: list[str]
) -> list[tuple[tuple[str, ...], str]]:
    """``är ansvarig var för sig för``, ``är var för sig ansvariga för``: each responsibility
    phrase closed by its preposition, again with each listed multi-word adverbial before that
    preposition, and (three words or more) after its first word. One-word adverbials are no
    new phrases but an optional slot in the phrase's gaps (`cues.cue_pattern`): spelled out,
    they made the cue Matcher five times slower to build."""
    expanded: list[tuple[tuple[str, ...], str]] = []
    for words, deontic in phrases:
        if not (
            deontic == "responsibility"
            and len(words) >= 2
            and words[-1] in RESPONSIBILITY_PREPOSITIONS
            and "*" not in words
        ):
            continue
        for adverbial in adverbials:
            inserted = tuple(adverbial.split())
            if len(inserted) < 2:
                continue
            expanded.append(((*words[:-1], *inserted, words[-1]), deontic))
            if len(words) >= 3:
                expanded.append(((words[0], *inserted, *words[1:]), deontic))
    return expanded


def _definite_noun_phrases(
    phrases: list[tuple[tuple[str, ...], str]], definites: dict[str, str]
) -> list[tuple[tuple[str, ...], str]]:
    """Each phrase with a listed indefinite cue noun right before ``att`` again with that
    noun's definite form (``ges rätt att`` → ``ges rätten att``, ``gavs möjlighet att`` →
    ``gavs möjligheten att``): the definite noun is the same cue whatever the verb (§5.3,
    round 36 B1 for ``har``; round 43, be-C7), unless the file lists it already."""
    listed = {words for words, _ in phrases}
    expanded: list[tuple[tuple[str, ...], str]] = []
    for words, deontic in phrases:
        for index, word in enumerate(words[:-1]):
            if word in definites and words[index + 1] == "att":
                definite = (*words[:index], definites[word], *words[index + 1 :])
                if definite not in listed:
                    listed.add(definite)
                    expanded.append((definite, deontic))
    return expanded


def load_deontic_cues(
    path: Path | str, grammar_path: Path | str = CONFIGS / "grammar.yaml"
) -> DeonticCues:
    """The cues of `path`; their modals must be modals (or `plural_modals`) of the grammar at
    `grammar_path`."""
    path = Path(path)
    data = read_config(path, DeonticsFile)
    grammar = grammar_at(grammar_path)
    modals = {word: deontic for deontic, words in data.modals.items() for word in words}
    unknown = sorted(set(modals) - grammar.modals - grammar.plural_modals)
    if unknown:
        raise ConfigError(f"{path}: modals {unknown} are not in {grammar_path} modals")
    phrases = [
        (tuple(text.split()), deontic) for deontic, items in data.phrases.items() for text in items
    ]
    phrases.extend(_adverbial_phrases(phrases, data.responsibility_adverbials))
    phrases.extend(_definite_noun_phrases(phrases, data.definite_cue_nouns))
    phrases.extend(_purpose_phrases(data.purpose_cue))
    # a task-duty cue's actor stands in its fronted prepositional phrase, as an expletive's
    task_duty_phrases = {
        text: deontic for deontic, items in data.task_duty_cues.items() for text in items
    }
    phrases.sort(key=lambda item: len(item[0]), reverse=True)
    return frozen_from_file(
        DeonticCues,
        data,
        modals=modals,
        phrases=tuple(phrases),
        only_as_listed=frozenset(tuple(text.split()) for text in data.only_as_listed),
        own_aim_phrases=frozenset(tuple(text.split()) for text in data.own_aim_phrases),
        without_preposition={
            verb: deontic
            for deontic, verbs in data.cue_verbs_without_preposition.items()
            for verb in verbs
        },
        expletive_cues=tuple(
            tuple(text.split()) for text in [*data.expletive_cues, *task_duty_phrases]
        ),
        task_duty={tuple(text.split()): deontic for text, deontic in task_duty_phrases.items()},
        cleft_task={
            noun: deontic for deontic, nouns in data.cleft_task_cues.items() for noun in nouns
        },
        purpose_nouns=frozenset(
            [*data.purpose_cue.nouns, *data.purpose_cue.attribute_nouns] if data.purpose_cue else ()
        ),
        responsibility_adverbs=frozenset(
            word for word in data.responsibility_adverbials if " " not in word
        ),
        task_lead_in_adverbs=tuple(tuple(text.split()) for text in data.task_lead_in_adverbs),
        responsibility_roles=tuple(tuple(text.split()) for text in data.responsibility_roles),
        grammar=grammar,
    )
