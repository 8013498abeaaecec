"""Newuser54c fault 3 / newuser55 fault 7: a second document printed after the first in one
PDF (a bolagsordning, then from page 2 a VD-instruktion whose numbering restarts at 1)."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest.pdf import read_pdf
from pipeline.normalize import normalize
from pipeline.segment import segment
from tests.fixtures.build import draw_line, pdf_canvas

FIRST = [
    "Bolagsordning för Ekby Fjärrvärme AB",
    "",
    "§ 1 Firma",
    "Bolagets firma är Ekby Fjärrvärme AB.",
    "",
    "§ 2 Verksamhet",
    "Bolaget ska bedriva fjärrvärmeverksamhet i Ekby kommun.",
    "",
    "§ 3 Styrelse",
    "Styrelsen ska bestå av fem ledamöter.",
]
SECOND = [
    "Arbetsordning för styrelsen i Ekby Fjärrvärme AB",
    "Fastställd av styrelsen den 2 februari 2026.",
    "",
    "1 Sammanträden",
    "Styrelsen ska sammanträda minst fyra gånger om året.",
    "",
    "2 Protokoll",
    "Protokollet ska justeras av ordföranden.",
]


def _pdf(path: Path, pages: list[list[str]]) -> Path:
    with pdf_canvas(path) as c:
        for number, lines in enumerate(pages):
            if number:
                c.showPage()
            for index, text in enumerate(lines):
                if text:
                    draw_line(c, 90.0 + 16.0 * index, text, 11.0)
    return path


def _clauses(path: Path) -> dict[str, tuple[str | None, str, int | None, str]]:
    document = segment(normalize(read_pdf(path, "x")))
    return {c.clause_id: (c.parent_id, c.kind, c.page, c.text) for c in document.clauses}


def test_a_later_document_title_is_a_top_level_heading(tmp_path: Path) -> None:
    clauses = _clauses(_pdf(tmp_path / "tva.pdf", [FIRST, SECOND]))
    assert clauses["title"][3] == FIRST[0]
    assert clauses["title2"] == (None, "heading", 2, SECOND[0])
    assert clauses["1"][:2] == (None, "heading")  # its sections are no part of `§3`
    assert clauses["1.1"][0] == "1"
    assert [key for key, value in clauses.items() if value[0] == "§3"] == ["§3.1"]


def test_a_heading_opening_page_two_without_a_restart_is_no_second_title(
    tmp_path: Path,
) -> None:
    """A document that goes on numbering on page 2 (`§ 4`) under an unnumbered heading has
    no second document; nor has one whose numbering never printed a number before."""
    going_on = ["Övriga bestämmelser", "", "§ 4 Räkenskapsår", "Räkenskapsåret är kalenderår."]
    clauses = _clauses(_pdf(tmp_path / "en.pdf", [FIRST, going_on]))
    assert not any(key.startswith("title") and key != "title" for key in clauses)
