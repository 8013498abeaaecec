"""A heading glued to its text without a space (pipeline/normalize/glued_heading.py, round 43)."""

from __future__ import annotations

import pytest

from pipeline.normalize.glued_heading import glued_heading_cut
from tests.conftest import segment_text


def pieces(text: str) -> list[str]:
    cut = glued_heading_cut(text)
    return [text] if cut is None else [text[:cut], text[cut:]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a `§ N` heading of one word, of two words, before an acronym opening a name
        (
            "§ 2 SyfteKlubben ska ordna seglarläger för ungdomar.",
            ["§ 2 Syfte", "Klubben ska ordna seglarläger för ungdomar."],
        ),
        (
            "§ 5 Revisorernas uppdragRevisorerna granskar räkenskaperna.",
            ["§ 5 Revisorernas uppdrag", "Revisorerna granskar räkenskaperna."],
        ),
        (
            "§ 1 ÄndamålSK Måsen är en ideell förening.",
            ["§ 1 Ändamål", "SK Måsen är en ideell förening."],
        ),
        # a numbered heading; a line without a label; a closed-class opener
        (
            "4. ValValberedningen ska lämna förslag.",
            ["4. Val", "Valberedningen ska lämna förslag."],
        ),
        (
            "MedlemsavgiftDen avgift som årsmötet bestämmer ska betalas.",
            ["Medlemsavgift", "Den avgift som årsmötet bestämmer ska betalas."],
        ),
    ],
)
def test_glued_heading_is_cut(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "§ 3 McKinsey-rapporten ska redovisas för styrelsen.",  # two letters before the capital
        "§ 3 iPhone-appen används för kallelser.",
        "§ 4 SvK-kartan får användas av medlemmarna.",  # a capital inside the heading part
        "§ 6 NordJämtlands kommun ska stödja klubben.",  # a name after the glue
        "§ 7 Styrelsen beslutar om KFs och IKEAs bidrag.",  # no lower-case letter before a capital
        "§ 8 PowerPoint-mallen ska användas.",  # an unknown word before the capital
        "§ 9 Ekonomi",  # no sentence after it
        "Klubben samarbetar med NordJämtland. StyrelsenSkriver ska.",  # not in the first words
    ],
)
def test_names_and_plain_lines_stay_whole(text: str) -> None:
    assert glued_heading_cut(text) is None


def test_glued_heading_becomes_a_heading_clause_with_raw_offsets() -> None:
    text = "Stadgar för Seglarklubben Måsen\n§ 1 ÄndamålKlubben ska främja segling.\n"
    document = segment_text(text)
    heading = next(clause for clause in document.clauses if clause.text == "Ändamål")
    body = next(clause for clause in document.clauses if clause.text.startswith("Klubben"))
    assert heading.kind == "heading"
    assert body.parent_id == heading.clause_id
    for clause in (heading, body):
        assert document.doc.text[clause.start : clause.end] == clause.text
        assert text[clause.raw_start : clause.raw_end] == clause.text
