"""Normalize: raw text with PDF-extraction damage → clean blocks of unwrapped text.

Undoes what text extraction does to a document: lines followed by empty lines,
paragraphs separated by lines holding a single space, page starts that continue a
paragraph, line-break hyphenation, running page numbers. The output text holds one
*block* (paragraph, heading, list item, table row) per line, blocks separated by a
blank line, and keeps for every character the span of raw characters it came from.

One module per job: `model` (options and output types), `mapped` (text with its offset
map, NFC), `lines` (physical lines, page numbers), `layout` (paragraphs and blocks),
`reflow` (where a flattened block splits: inline numbering, sentences; also used by
`pipeline.segment.blocks`), `inline_headings` (unnumbered inline headings and `mom. N`
labels of a flattened line), `spacing` (a space after a glued parenthetical),
`hyphenation` (line-break hyphens), `words` (the nouns and actors the lexicons know),
`field_runs` (a run of `Label: value` fields flattened into a line, round 44) and
`assemble` (`normalize()` itself).
"""

from pipeline.normalize.assemble import normalize
from pipeline.normalize.hyphenation import HYPHENS, hyphen_action
from pipeline.normalize.layout import (
    glued_dash_item,
    is_bare_first_label,
    is_list_start,
    is_metadata_line,
    numbered_marker,
    resumed_list_starts,
)
from pipeline.normalize.lines import split_lines
from pipeline.normalize.mapped import nfc_mapped
from pipeline.normalize.model import (
    BLOCK_SEPARATOR,
    Block,
    Dehyphenation,
    NormalizedDocument,
    NormalizeOptions,
)

__all__ = [
    "BLOCK_SEPARATOR",
    "HYPHENS",
    "Block",
    "Dehyphenation",
    "NormalizeOptions",
    "NormalizedDocument",
    "glued_dash_item",
    "hyphen_action",
    "is_bare_first_label",
    "is_list_start",
    "is_metadata_line",
    "nfc_mapped",
    "normalize",
    "numbered_marker",
    "resumed_list_starts",
    "split_lines",
]
