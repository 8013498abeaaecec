"""Normalize's data types: the layout options, the blocks and the normalized document.

`NormalizeOptions` holds the layout rules read from ``configs/normalize.yaml``;
`NormalizedDocument` is what the stage returns: the clean text, for every character the
raw span it came from (``raw_starts``/``raw_ends``), its `Block`s and the `Dehyphenation`
decisions. Nothing here computes; the other modules of the package fill these in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter

from pipeline.ingest import RawDocument

BLOCK_SEPARATOR = "\n\n"


# Options the run sets from its configuration folder, no normalize.yaml key.
RUN_FILE_OPTIONS = frozenset({"laws_path", "delegations_path", "actors_path", "layout_path"})


@dataclass(frozen=True)
class NormalizeOptions:
    """Layout rules; loaded from ``configs/normalize.yaml`` (see `from_mapping`)."""

    keep_hyphen_before: frozenset[str] = frozenset(
        {"och", "eller", "samt", "respektive", "resp", "som", "till", "liksom", "alternativt"}
    )
    # Closed-class words (never the rest of a broken word): a hyphen before one is a dash.
    keep_dash_before: frozenset[str] = frozenset(
        {"så", "inte", "ej", "icke", "att", "i", "på", "av", "för", "med", "om", "från",
         "hos", "vid", "men", "utan", "när", "där", "då", "dock", "också", "även", "bara",
         "endast", "vilket", "vilka", "vars", "eftersom", "medan", "innan", "sedan"}
    )
    page_artifact_patterns: tuple[str, ...] = (
        r"\d{1,3}",
        r"[Ss]ida\s+\d+(\s*(av|\()\s*\d+\)?)?",
        r"\d+\s*\(\d+\)",
        r"[Ss]\.\s*\d+\s*(av|\()\s*\d+\)?",
        r"[Ss]\.\s*\d+\s*\(\s*av\s+\d+\s*\)",
        r"-\s*\d+\s*-",
        r"(?:[-–—_]\s*){4,}",
    )
    site_heading_marks: tuple[str, ...] = (r"/r\d/",)  # round 49, az R1
    short_line_ratio: float = 0.9
    min_lines_for_width: int = 10
    double_spaced_share: float = 0.6
    double_spaced_min_breaks: int = 2  # round 42, bc-S1
    known_word_min_frequency: float = 1e-9
    common_word_min_frequency: float = 1e-7  # round 44, bh-A1
    word_list_language: str = "sv"
    unwrapped_line_chars: int = 160
    unwrapped_line_share: float = 0.8
    unwrapped_blank_share: float = 0.2
    inline_split_min_chars: int = 200
    page_line_min_chars: int = 120
    max_block_chars: int = 1500
    max_page_chars: int = 4000
    body_line_headings: bool = False
    # The run's laws.yaml and delegations.yaml (pipeline/config.py `load_settings`; None: the
    # shipped ones), read by a pasted delegation table's rows (flat_rows.py); no
    # normalize.yaml key.
    laws_path: Path | None = None
    delegations_path: Path | None = None
    actors_path: Path | None = None  # the run's actors.yaml (`words.configured_actor_lexicon`)
    # the run's own layout.yaml (`patterns.using_layout`); None: the shipped lists
    layout_path: Path | None = None

    @classmethod
    def from_mapping(cls, values: dict | None) -> NormalizeOptions:
        values = dict(values or {})
        if "keep_hyphen_before" in values:
            values["keep_hyphen_before"] = frozenset(
                w.lower() for w in values["keep_hyphen_before"]
            )
        if "keep_dash_before" in values:
            values["keep_dash_before"] = frozenset(w.lower() for w in values["keep_dash_before"])
        if "page_artifact_patterns" in values:
            values["page_artifact_patterns"] = tuple(values["page_artifact_patterns"])
        if "site_heading_marks" in values:
            values["site_heading_marks"] = tuple(values["site_heading_marks"])
        unknown = set(values) - (set(cls.__dataclass_fields__) - RUN_FILE_OPTIONS)
        if unknown:
            raise ValueError(f"unknown normalize options: {', '.join(sorted(unknown))}")
        # types too: a pydantic ValidationError is a ValueError, which config.py names
        return TypeAdapter(cls).validate_python(values)


@dataclass(frozen=True)
class Block:
    """A unit of layout in the normalized text: [start, end).

    ``sentence`` is 0 for a whole block, k >= 1 for the k-th sentence of a block longer
    than the sentence-split limit (`NormalizeOptions.max_block_chars` in a one-line document,
    else `max_page_chars`) that was split at sentence ends. ``unstopped``: the block is a
    sentence that lost its stop before a section heading run into the line (``… senast den
    1 mars`` before ``Bakgrund``, normalize/section_headings.py): never a heading.
    """

    start: int
    end: int
    sentence: int = 0
    unstopped: bool = False


@dataclass(frozen=True)
class Dehyphenation:
    """A hyphen at a word break and what was done with it.

    ``action`` is ``joined`` (hyphen removed), ``kept_compound`` (``IT-system``),
    ``kept_suspended`` (``roll- och``) or ``kept_dash`` (``presidium- så kallad``: a dash
    before a closed-class word, text as written). [start, end) is the resulting word in
    normalized text.
    """

    start: int
    end: int
    left: str
    right: str
    action: str
    at_line_break: bool


@dataclass(frozen=True)
class NormalizedDocument:
    raw: RawDocument
    text: str
    raw_starts: tuple[int, ...]
    raw_ends: tuple[int, ...]
    blocks: tuple[Block, ...]
    dehyphenations: tuple[Dehyphenation, ...] = field(default=())

    @property
    def doc_id(self) -> str:
        return self.raw.doc_id

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw characters that normalized characters [start, end) came from."""
        if not self.text:
            return 0, 0
        if end <= start:
            anchor = self.raw_starts[min(start, len(self.text) - 1)]
            return anchor, anchor
        return self.raw_starts[start], max(self.raw_ends[start:end])
