"""Round 45 (writer W): a contents list one entry a line is one block
(pipeline.normalize.contents), and Word's tabbed contents and headings are no table rows
(pipeline.ingest.layout); invented documents."""

from pipeline.ingest import RawDocument
from pipeline.ingest.layout import text_table_rows
from pipeline.normalize import normalize
from tests.conftest import segment_text

WORD = (
    "Reglemente för kulturnämnden\r\n\r\nINNEHÅLL\r\n1\tUppgifter\t2\r\n1.1\tBibliotek\t2\r\n"
    "2\tSammanträden\t3\r\n\r\n1\tUppgifter\r\nNämnden ansvarar för biblioteken.\r\n"
    "2\tSammanträden\r\nÄrende\tDelegat\tAnmärkning\r\nLån av konst\tKulturchef\tHögst ett år\r\n"
)


def _blocks(text: str) -> list[str]:
    document = normalize(RawDocument("t", "", "", "utf-8", text))
    return [document.text[block.start : block.end] for block in document.blocks]


def test_contents_entries_with_tabs_or_leaders_are_one_block() -> None:
    leaders = "Innehåll\n1 Syfte ....... 2\n2 Ansvar …… 3\nNämnden leder arbetet.\n"
    assert _blocks(leaders)[0] == "Innehåll 1 Syfte ....... 2 2 Ansvar …… 3"
    assert _blocks(WORD)[1] == "INNEHÅLL 1 Uppgifter 2 1.1 Bibliotek 2 2 Sammanträden 3"


def test_tabbed_contents_and_heading_are_no_table_rows() -> None:
    rows = [WORD[row.start : row.end] for row in text_table_rows(WORD)]
    assert rows == ["Ärende\tDelegat\tAnmärkning", "Lån av konst\tKulturchef\tHögst ett år"]


def test_numbered_lines_without_a_contents_heading_stay_apart() -> None:
    # negative: section lines ending in numbers under an ordinary heading
    text = "Avgifter\n1 Avgiften för bygglov är 12\n2 Avgiften för rivning är 5\n"
    assert len(_blocks(text)) > 1


def test_a_word_heading_with_a_dotted_number_is_no_table_row() -> None:
    """Review 45c: ``2.1⇥Sammanträden`` before a three-column table is no row, as
    ``2⇥Sammanträden`` is not: a dotted number is a list label (`_row_shape`)."""
    text = WORD.replace("2\tSammanträden\r\nÄrende", "2.1\tSammanträden\r\nÄrende")
    rows = [text[row.start : row.end] for row in text_table_rows(text)]
    assert rows == ["Ärende\tDelegat\tAnmärkning", "Lån av konst\tKulturchef\tHögst ett år"]


def test_a_word_heading_before_a_wider_table_stands_alone() -> None:
    """Review 45c: before a four-column table the two-cell heading splits unlike its rows:
    a run of one line, no row."""
    text = WORD.replace("Anmärkning\r\n", "Anmärkning\tLagrum\r\n").replace(
        "Högst ett år\r\n", "Högst ett år\tKL 6:37\r\n"
    )
    rows = [text[row.start : row.end] for row in text_table_rows(text)]
    assert rows == [
        "Ärende\tDelegat\tAnmärkning\tLagrum",
        "Lån av konst\tKulturchef\tHögst ett år\tKL 6:37",
    ]


PDF_LAYER = (
    "Stadgar för Byviks båtklubb\n\nInnehåll\n\n§ 1 Ändamål ............ 2\n\n"
    "§ 2 Medlemskap          2\n\n§ 3 Styrelsen .......... 3\n\n§ 1 Ändamål\n\n"
    "Klubben ska främja båtlivet.\n\n§ 3 Styrelsen ska bestå av 5\n\nledamöter.\n"
)


def _structured_blocks(text: str) -> list[str]:
    raw = RawDocument("t", "", "", "utf-8", text, format="pdf")
    document = normalize(raw)
    return [document.text[block.start : block.end] for block in document.blocks]


def test_a_pdf_layers_section_signed_contents_entries_are_one_block() -> None:
    """Round 46 (nu46 cause 2): a PDF's contents, each `§ N` entry a paragraph of its own
    ending in its page number after a dot leader or a gap, is one block with its heading;
    the real sections after it stay apart, and `§ 3 Styrelsen ska bestå av 5` (no leader,
    after the contents) is no entry."""
    blocks = _structured_blocks(PDF_LAYER)
    assert blocks[1] == (
        "Innehåll § 1 Ändamål ............ 2 § 2 Medlemskap 2 § 3 Styrelsen .......... 3"
    )
    assert blocks[2:5] == [
        "§ 1 Ändamål",
        "Klubben ska främja båtlivet.",
        "§ 3 Styrelsen ska bestå av 5",
    ]


def test_a_contents_heading_with_its_page_column_header() -> None:
    """Round 46, bm cause 10: ``Innehållsförteckning Sid`` is a contents heading too; a
    heading word before another word stays no contents heading."""
    from pipeline.patterns import is_contents_heading

    assert is_contents_heading("Innehållsförteckning Sid")
    assert is_contents_heading("INNEHÅLL Sida")
    assert not is_contents_heading("Innehåll Avgifter")
    text = "Ordning för avfall\n\nInnehåll Sid\nSyfte\t2\nAvgifter\t3\n\nSyfte\nKommunen hämtar avfall.\n"
    assert _blocks(text)[1] == "Innehåll Sid Syfte 2 Avgifter 3"


def test_contents_entries_ending_in_paragraph_locators_are_one_block() -> None:
    """Round 48 (bs; docs/annotation.md §1.2, written in round 49): an entry may end in a
    paragraph locator instead of a page number (``Medlemskap §§ 3–5``, ``Styrelsen § 6``);
    the section after the block keeps its own heading."""
    text = (
        "Stadgar\n\nInnehåll\nSyfte och säte §§ 1–2\nAvgifter § 3\n\n§ 1 Syfte\n"
        "Klubben ska främja schack.\n\n§ 2 Säte\nKlubben har sitt säte i Ekbo.\n\n"
        "§ 3 Avgifter\nÅrsmötet fastställer avgiften.\n"
    )
    clauses = [clause.text for clause in segment_text(text).clauses]
    assert clauses[1] == "Innehåll Syfte och säte §§ 1–2 Avgifter § 3"
    assert clauses[2:4] == ["Syfte", "Klubben ska främja schack."]


def test_three_leader_entries_are_contents_under_any_heading() -> None:
    """Round 56 (newuser56b fault 10): a contents list is known by its shape, three entries
    or more ending in a dot leader or gap and a rising page number, whatever its heading."""
    entries = "1 Bakgrund ........ 1\n2 Ansvar ........ 2\n3 Rapportering    4\n"
    text = f"Upplägg\n{entries}\n1 Bakgrund\nFörbundet är litet.\n"
    flat = " ".join(entries.split())
    assert _blocks(text)[0] == f"Upplägg {flat}"
    assert _blocks(entries)[0] == flat


def test_gapped_amounts_that_fall_are_no_contents() -> None:
    # negative: a fee list's gapped numbers do not rise like page numbers
    text = "Avgifter\nBygglov    900\nRivning    400\nMarklov    650\n"
    assert len(_blocks(text)) > 1


def test_two_dotted_entries_under_a_short_heading_line_are_contents() -> None:
    # two entries suffice where both have dot leaders under a short heading line
    text = "Upplägg\n1 Bakgrund ....... 1\n2 Ansvar ....... 2\n\n1 Bakgrund\nFörbundet är litet.\n"
    assert _blocks(text)[0] == "Upplägg 1 Bakgrund ....... 1 2 Ansvar ....... 2"
