"""A statute print a law web site glued onto one line (round 43, be-C4), on invented prints."""

from __future__ import annotations

from pipeline.normalize import normalize
from pipeline.normalize.lines import split_lines
from pipeline.normalize.statute_print import print_lines
from pipeline.segment import segment
from tests.conftest import raw_from_text

PRINT = (
    "SFS 2033:58 Utkom från trycket den 2 mars 2033Förordning om ändring i "
    "fiskeavgiftsförordningen (2029:14);utfärdad den 23 februari 2033.Regeringen föreskriver att "
    "2 kap. 5 § förordningen (2029:14) om fiskeavgifter ska ha följande lydelse.2 kap.5 §5 § "
    "Fiskenämnden tar ut avgiften.Avgiften får betalas i efterhand.Denna förordning träder i "
    "kraft den 1 april 2033.På regeringens vägnarOLA STRANDEva Holm(Landsbygdsdepartementet)"
)


def test_a_glued_print_is_cut_into_its_printed_lines() -> None:
    text = f"Författningar på nätet\n\nVi uppdaterar sidan varje vecka.\n{PRINT}\n"
    texts = [clause.text for clause in segment(normalize(raw_from_text(text))).clauses]
    assert "Vi uppdaterar sidan varje vecka." in texts
    assert "SFS 2033:58 Utkom från trycket den 2 mars 2033" in texts
    assert "Förordning om ändring i fiskeavgiftsförordningen (2029:14);" in texts
    assert "utfärdad den 23 februari 2033." in texts
    assert any(t.startswith("Regeringen föreskriver att 2 kap. 5 §") for t in texts)
    # the doubled label is one label; a stop glued inside the § is no cut
    assert "Fiskenämnden tar ut avgiften.Avgiften får betalas i efterhand." in texts
    assert "Denna förordning träder i kraft den 1 april 2033." in texts
    assert "På regeringens vägnarOLA STRANDEva Holm(Landsbygdsdepartementet)" in texts


def test_the_print_number_as_sites_write_it() -> None:
    for number in ("SFS nr: 2033:58", "Svensk författningssamling 2033:58"):
        glued = PRINT.replace("SFS 2033:58", number, 1)
        texts = [line.text for line in print_lines(split_lines(glued)) if line.text]
        assert texts[0] == f"{number} Utkom från trycket den 2 mars 2033"


def test_pieces_keep_their_raw_offsets() -> None:
    lines = print_lines(split_lines(f"Rubrik\n{PRINT}\n"))
    raw = f"Rubrik\n{PRINT}\n"
    for line in lines:
        assert raw[line.start : line.start + len(line.text)] == line.text
    assert not any(line.text == "5 §" for line in lines)  # the first copy is dropped


def test_no_cut_outside_a_glued_print() -> None:
    # negatives: a short SFS field line, a body line with a year before a capital, an
    # abbreviation's stop, a chapter reference with spaces
    for text in (
        "SFS 2033:58 Utkom från trycket den 2 mars 2033",
        "Planen antogs 2031Nämnden ska följa upp den.",
        "SFS 2033:59 Enligt prop.Regeringen och bet. 2032/33:MJU4 föreskrivs att 2 kap. 5 § "
        "förordningen ska ha följande lydelse och att 3 kap. 2 § ska upphöra att gälla.",
    ):
        lines = split_lines(text)
        assert [line.text for line in print_lines(lines) if line.text] == [text]


def test_a_sentence_inside_a_section_is_no_part_of_the_print() -> None:
    # `Enligt` and `Denna lag` open the print's parts only in their formulae; inside a § they
    # open a sentence (the sentence rule's), no cut here
    section = (
        "Nämnden tar ut avgiften.Enligt 5 § får nämnden sätta ned den.Denna lag gäller också "
        "för hamnar som en kommun hyr ut."
    )
    text = f"SFS 2033:60 Utkom från trycket den 3 mars 2033Lag om hamnavgift.3 §{section}"
    texts = [line.text for line in print_lines(split_lines(text)) if line.text]
    assert texts[-1] == f"3 §{section}"
