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


def test_glued_heading_in_the_middle_of_a_flattened_line() -> None:
    """Round 44 (new-user trial 44, cause 2): a block that a ``§ N`` label starts in the
    middle of a line reads its label from there, so the glue after it is cut too."""
    text = "Rådet möts varje månad. § 5 KallelseSekreteraren skickar kallelsen. § 6 Avgift"
    start = text.index("§ 5")
    assert glued_heading_cut(text, start) == text.index("Sekreteraren")
    # a name glued after a mid-line label stays whole, as at the line's start
    named = "Rådet möts varje månad. § 6 NordJämtlands kommun ska stödja rådet."
    assert glued_heading_cut(named, named.index("§ 6")) is None
    # a label start inside a sentence is no label: the words after it are read as they are
    assert glued_heading_cut(text, text.index("varje")) is None


def test_mid_line_glued_heading_becomes_a_heading_clause() -> None:
    text = (
        "Arbetsordning för rådet i Ekby\n\n§ 1 Möten Rådet möts varje månad i kommunhuset och "
        "vid behov på annan plats som rådet bestämmer. § 2 KallelseOrdföranden skickar "
        "kallelsen en vecka före mötet. § 3 Protokoll Sekreteraren för protokoll vid mötena.\n"
    )
    clauses = [(c.kind, c.text) for c in segment_text(text).clauses]
    assert ("heading", "Kallelse") in clauses
    assert ("paragraph", "Ordföranden skickar kallelsen en vecka före mötet.") in clauses
