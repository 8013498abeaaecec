from __future__ import annotations

import pytest

from pipeline.normalize.page_headers import repeated_header_spans
from tests.conftest import segment_text


@pytest.mark.parametrize(
    ("page", "header"),
    [
        # round 30, cause S3: page 1's title and the organisation, in either order
        ("Riktlinjer för attest Ekby kommun Inledning Nämnden ska pröva attesten.",
         "Riktlinjer för attest Ekby kommun"),
        ("Region Västby Riktlinjer för attest Ansvar Nämnden ska pröva attesten.",
         "Region Västby Riktlinjer för attest"),
        ("RIKTLINJER FÖR ATTEST EKBY KOMMUN Inledning Nämnden ska pröva attesten.",
         "RIKTLINJER FÖR ATTEST EKBY KOMMUN"),
        # no organisation's name beside the title, or a lower-case word after it
        ("Riktlinjer för attest Inledning Nämnden ska pröva attesten.", None),
        ("Riktlinjer för attest Ekby kommun gäller alla nämnder.", None),
    ],
)
def test_repeated_header_spans(page: str, header: str | None) -> None:
    text = f"Riktlinjer för attest\nNämnden ska utse attestanter.\n{page}\n"
    spans = repeated_header_spans(text)
    assert [text[a:b] for a, b in spans] == ([header] if header else [])


def test_the_first_line_is_never_a_header() -> None:
    assert repeated_header_spans("Riktlinjer för attest Ekby kommun Inledning Nämnden ska.") == []


def test_the_header_is_dropped_and_a_one_word_heading_after_it_is_a_clause() -> None:
    text = ("Reglemente för valnämnden\nValnämnden ska ansvara för valen i kommunen.\n"
            "Reglemente för valnämnden Ekby kommun Sammanträden Ordföranden ska kalla "
            "ledamöterna.\n")
    clauses = [(clause.kind, clause.text) for clause in segment_text(text).clauses]
    assert clauses[-2:] == [("heading", "Sammanträden"),
                            ("paragraph", "Ordföranden ska kalla ledamöterna.")]
