from __future__ import annotations

import pytest

from pipeline.facts import organisation
from tests.conftest import segment_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VD för Sandviks Energi AB leder bolaget. Sandviks Energi AB ägs av Sandvikens kommun.",
         "Sandviks Energi AB"),
        ("Bolaget Stockholms Stads Parkering AB ska. Stockholms Stads Parkering AB får.",
         "Stockholms Stads Parkering AB"),
        ("Räddningstjänsten Syd kommunalförbund ska leda räddningstjänsten.",
         "Räddningstjänsten Syd kommunalförbund"),
        ("Kommunalförbundet Göteborgsregionen ska verka för samarbete.",
         "Kommunalförbundet Göteborgsregionen"),
        ("Överförmyndarnämnden i Västerås ska utöva tillsyn.", "Överförmyndarnämnden i Västerås"),
        ("Region Norrbottens regiondirektör leder Region Norrbotten.", "Region Norrbotten"),
        ("Kommundirektören leder förvaltningen.", None),
    ],
)
def test_organisations_of_every_kind(text: str, expected: str | None) -> None:
    assert organisation(text) == expected


def test_organisation_stays_within_a_block() -> None:
    document = segment_text("Reglemente\n\nRäddningstjänsten Syd kommunalförbund ska leda.\n")
    assert document.organisation == "Räddningstjänsten Syd kommunalförbund"
