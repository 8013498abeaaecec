"""Segment: normalized blocks → numbered clauses, document facts and legal references.

One module per job: `reflow` (where a flattened block splits: inline numbering, sentences;
also used by `pipeline.normalize`), `blocks` (what kind each block is), `facts` (title,
organisation, year, legal references) and `clauses` (`segment()` itself, `Clause`,
`SegmentedDocument`, the clause-id rules in `docs/clauses.md`).
"""

from pipeline.language.organisations import organisation
from pipeline.segment.clauses import (
    HEADING,
    LIST_ITEM,
    METADATA,
    PARAGRAPH,
    TABLE_ROW,
    TITLE_ID,
    Clause,
    SegmentedDocument,
    segment,
)
from pipeline.segment.facts import (
    Reference,
    clean_title,
    find_references,
    law_abbreviations,
    year,
)

__all__ = [
    "HEADING",
    "LIST_ITEM",
    "METADATA",
    "PARAGRAPH",
    "TABLE_ROW",
    "TITLE_ID",
    "Clause",
    "Reference",
    "SegmentedDocument",
    "clean_title",
    "find_references",
    "law_abbreviations",
    "organisation",
    "segment",
    "year",
]
