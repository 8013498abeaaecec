"""A space restored after a glued parenthetical (round 16, A3), offsets kept."""

from __future__ import annotations

import pytest

from pipeline.ingest import RawDocument
from pipeline.normalize import normalize
from pipeline.normalize.mapped import nfc_mapped
from pipeline.normalize.model import NormalizeOptions
from pipeline.normalize.spacing import spaced_coordination_hyphens, spaced_parentheticals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Idrottsklubben Ekby (Klubben)ändamål är", "Idrottsklubben Ekby (Klubben) ändamål är"),
        ("Ekby Vatten AB (nedan kallat bolaget)ska leverera",
         "Ekby Vatten AB (nedan kallat bolaget) ska leverera"),
        ("(Förbundet)har till uppgift", "(Förbundet) har till uppgift"),
        # a suffix in brackets glued to its word, a bracket before a capital or a space
        ("ledamot(er)na och ersättare(n)", "ledamot(er)na och ersättare(n)"),
        ("Nämnden (NN) ska", "Nämnden (NN) ska"),
        ("enligt (se ovan)Styrelsen", "enligt (se ovan)Styrelsen"),
    ],
)
def test_spaced_parentheticals(text: str, expected: str) -> None:
    assert spaced_parentheticals(nfc_mapped(text, 0)).text == expected


def test_the_inserted_space_keeps_the_offset_map() -> None:
    text = "Stadgar\n\nKlubben Ekby (Klubben)ändamål är att främja idrott bland unga.\n"
    doc = normalize(RawDocument("d", "d.txt", "", "txt", text))
    at = doc.text.index(") ändamål") + 1
    assert doc.text[at] == " "
    assert (doc.raw_starts[at], doc.raw_ends[at]) == (text.index("ä", text.index(")")),) * 2
    word = doc.text.index("ändamål")
    assert text[doc.raw_starts[word] : doc.raw_ends[word + 6]] == "ändamål"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bygg-och miljönämnden beslutar", "Bygg- och miljönämnden beslutar"),
        ("Kultur-eller fritidsförvaltningen", "Kultur- eller fritidsförvaltningen"),
        # every coordinator of normalize.yaml `keep_hyphen_before`
        ("såväl barn-som vuxenutbildning", "såväl barn- som vuxenutbildning"),
        # a hyphen before a capital, a digit or a word that is no coordinator stays
        ("Ekby-Och Västby", "Ekby-Och Västby"),
        ("e-post och telefon", "e-post och telefon"),
        ("In-och Utbetalningar", "In-och Utbetalningar"),
        # round 40 (aw-A4): in capitals, three capitals on each side
        ("KULTUR-OCH FRITIDSNÄMNDEN", "KULTUR- OCH FRITIDSNÄMNDEN"),
        ("BARN-ELLER UNGDOMSNÄMND", "BARN- ELLER UNGDOMSNÄMND"),
        ("KF-OCH KS-beslut", "KF-OCH KS-beslut"),
        ("KULTUR-OCH Fritid", "KULTUR-OCH Fritid"),
    ],
)
def test_spaced_coordination_hyphens(text: str, expected: str) -> None:
    """Round 37 (aq-S1): a suspended compound's hyphen glued to its coordinator."""
    coordinators = NormalizeOptions().keep_hyphen_before
    assert spaced_coordination_hyphens(nfc_mapped(text, 0), coordinators).text == expected


def test_a_glued_coordination_hyphen_keeps_the_offset_map() -> None:
    text = "Reglemente\n\nVård-och omsorgsnämnden beslutar om avgifter.\n"
    doc = normalize(RawDocument("d", "d.txt", "", "txt", text))
    at = doc.text.index("- och") + 1
    assert doc.text[at] == " "
    word = doc.text.index("omsorgsnämnden")
    assert text[doc.raw_starts[word] : doc.raw_ends[word + 13]] == "omsorgsnämnden"


def test_a_ligature_is_read_as_its_letters_with_its_raw_offset() -> None:
    """Round 46 (probe w45-y): an office PDF's text layer keeps `ﬁ`, `ﬂ`, `ﬀ` as one
    presentation-form character; the text spells it with its letters, each mapped to it."""
    text = "Nämnden bör ﬂera gånger ﬁnansiera eﬀektiva insatser."
    mapped = nfc_mapped(text, 10)
    assert mapped.text == "Nämnden bör flera gånger finansiera effektiva insatser."
    at = mapped.text.index("flera")
    ligature = text.index("ﬂ") + 10
    assert (mapped.starts[at], mapped.ends[at]) == (ligature, ligature + 1)
    assert (mapped.starts[at + 1], mapped.ends[at + 1]) == (ligature, ligature + 1)
    assert (mapped.starts[at + 2], mapped.ends[at + 2]) == (ligature + 1, ligature + 2)
    assert nfc_mapped("fina fler", 0).text == "fina fler"  # letters stay as they are
