"""A space restored after a glued parenthetical (round 16, A3), offsets kept."""

from __future__ import annotations

import pytest

from pipeline.ingest import RawDocument
from pipeline.normalize import normalize
from pipeline.normalize.mapped import nfc_mapped
from pipeline.normalize.spacing import spaced_parentheticals


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
