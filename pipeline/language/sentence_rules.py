"""Sentence rules: ``configs/sentences.yaml`` as a typed, frozen object (validated on load).

Read by the sentence-start component (`pipeline.nlp.sentences`) and by segmentation, which
needs the same heading and company lead words (`pipeline.segment.facts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import StrictModel, frozen_from_file, read_config
from pipeline.language.grammar import CONFIGS

if TYPE_CHECKING:
    from pipeline.language.lexicon import ActorLexicon


class SentenceRulesFile(StrictModel):
    enders: list[str]
    closers: list[str]
    openers: list[str]
    non_final_abbreviations: list[str]
    final_abbreviations: list[str]
    heading_end_pos: list[str]
    max_heading_words: int
    parser_after_colon: bool
    heading_words: list[str] = []
    company_lead_words: list[str] = []
    protocol_header_words: list[str] = []
    place_name_kinds: list[str] = []


@dataclass(frozen=True)
class SentenceRules:
    enders: frozenset[str]
    closers: frozenset[str]
    openers: frozenset[str]
    non_final_abbreviations: frozenset[str]
    final_abbreviations: frozenset[str]
    heading_end_pos: frozenset[str]
    max_heading_words: int
    parser_after_colon: bool
    heading_words: frozenset[str] = frozenset()
    company_lead_words: frozenset[str] = frozenset()  # read by pipeline.segment.facts
    protocol_header_words: frozenset[str] = frozenset()
    place_name_kinds: frozenset[str] = frozenset()
    # The run's actor lexicon (its actors.yaml, set by the sentence component from the
    # configuration folder, so that ``--config`` counts); None: the shipped one.
    actor_lexicon: ActorLexicon | None = None


@lru_cache(maxsize=8)
def load_sentence_rules(path: Path | str = CONFIGS / "sentences.yaml") -> SentenceRules:
    data = read_config(Path(path), SentenceRulesFile)
    return frozen_from_file(
        SentenceRules,
        data,
        non_final_abbreviations=frozenset(w.lower() for w in data.non_final_abbreviations),
        heading_words=frozenset(w.lower() for w in data.heading_words),
        protocol_header_words=frozenset(w.lower() for w in data.protocol_header_words),
        actor_lexicon=None,
    )
