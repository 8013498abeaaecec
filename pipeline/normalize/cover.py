"""Cover-page fields: the lines a printed decision or policy opens with before its title.

A PDF cover often prints a document-status word in capitals (``BESLUT``), a bare date
(``2024-03-12``, ``15 maj 2024``), a bare case number (``RS 2024/412``) and a revision date
(``Reviderad 2023-11-20``) on lines of their own, before the title. Such a block, made of
nothing but these fields, is metadata like ``Dnr …`` (docs/annotation.md §1.2, "Cover-page
fields before the title"); segment asks only of blocks before the first clause of content.
Word lists: configs/layout.yaml `cover_words`, `month_names`, `adoption_words`.
"""

from __future__ import annotations

import re

from pipeline import patterns

_DATE = r"(?:\d{4}-\d{2}-\d{2}|(?:den\s+)?\d{1,2}\s+(?:{months})\s+\d{4}|\d{1,2}/\d{1,2}\s+\d{4})"
# A case number: an optional register code in capitals, a year and a serial (`RS 2024/412`,
# `KS 2023.118`, `2023/118-3`); or after a registration label (`Dnr 2023/118`).
_CASE = r"(?:[A-ZÅÄÖ]{1,6}[ -]?)?\d{4}[/.]\d{1,6}(?:[-.:]\d{1,4})?"
# Round 52 (z-C1): a register letter, a number and serial/two-digit year (`B 4 2210/19`,
# `KS 187/23`).
_CASE_SERIAL = r"[A-ZÅÄÖ]{1,6}(?: \d{1,3})? \d{1,6}/\d{2}"
_LABEL = r"(?:Dnr|Diarienr|Diarienummer|Ärendenr|Ärendenummer|Datum|Beslutsdatum)\.?:?"


@patterns.layout_cache()
def _field_run() -> re.Pattern[str]:
    months = "|".join(sorted(patterns.MONTH_NAMES))
    date = _DATE.replace("{months}", months)
    words = "|".join(
        re.escape(word) for word in sorted(patterns.COVER_WORDS, key=len, reverse=True)
    )
    adoption = "|".join(
        re.escape(word) for word in sorted(patterns.ADOPTION_WORDS, key=len, reverse=True)
    )
    field = (
        rf"(?:(?:{words})\b|(?:{_LABEL}\s*)?(?:{date}|{_CASE}|{_CASE_SERIAL})"
        rf"|(?i:{adoption})\s+(?:{date}))"
    )
    return re.compile(rf"{field}(?:[\s,]+{field})*")


def is_cover_fields(text: str) -> bool:
    """``BESLUT``, ``15 maj 2024``, ``RS 2024/412``, ``BESLUT 2024-03-12 RF 2024/031``: a block
    of cover-page fields only (status words in capitals, dates, case numbers, revision
    dates), no word of a title or a sentence."""
    return bool(_field_run().fullmatch(text.strip()))
