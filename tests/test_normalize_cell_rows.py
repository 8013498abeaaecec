"""Round 45 (writer W): a web table copied one cell a line has one block per row
(pipeline.normalize.cell_rows); invented tables."""

from pipeline.ingest import RawDocument
from pipeline.normalize import normalize
from pipeline.normalize.cell_rows import cell_table_rows
from pipeline.normalize.lines import split_lines


def _blocks(text: str) -> list[str]:
    document = normalize(RawDocument("t", "", "", "utf-8", text))
    return [document.text[block.start : block.end] for block in document.blocks]


NUMBERED = """Delegationsordning för tekniska nämnden

3 Trafik
Nr
Ärende
Delegat
Anmärkning
3.1
Lokala trafikföreskrifter
Trafikchef

3.2
Parkeringstillstånd
Handläggare
Efter ansökan
4 Parker
Nämnden får återkalla en delegering när som helst under året.
"""


def test_numbered_rows_are_one_block_each() -> None:
    assert _blocks(NUMBERED) == [
        "Delegationsordning för tekniska nämnden",
        "3 Trafik",
        "Nr Ärende Delegat Anmärkning",
        "3.1 Lokala trafikföreskrifter Trafikchef",
        "3.2 Parkeringstillstånd Handläggare Efter ansökan",
        "4 Parker",
        "Nämnden får återkalla en delegering när som helst under året.",
    ]


def test_rows_without_numbers_count_the_header_cells() -> None:
    text = (
        "Personal\nÄrende\nDelegat\nAnmärkning\nAnställning av vaktmästare\nFastighetschef\n\n"
        "Semester\nEnhetschef\nHögst fyra veckor\n"
    )
    assert _blocks(text) == [
        "Personal",
        "Ärende Delegat Anmärkning",
        "Anställning av vaktmästare Fastighetschef",
        "Semester Enhetschef Högst fyra veckor",
    ]


def test_short_lines_without_column_labels_are_no_table() -> None:
    # negatives: a heading list, and one column label among short lines
    headings = "Innehåll\nBakgrund\nSyfte\nAnsvar\nUppföljning\n"
    one_label = "Ärende\nBygglov\nStrandskydd\nTillsyn\n"
    assert cell_table_rows(split_lines(headings)) == {}
    assert cell_table_rows(split_lines(one_label)) == {}


def test_a_sentence_after_a_complete_row_ends_the_table() -> None:
    # a sentence in a row's cell stays in the row; a short one after the last row does not
    text = (
        "Nr\nÄrende\nDelegat\nAnmärkning\n1\nLån av lokaler\nFritidschef\n"
        "Nämnden ska underrättas.\n2\nBidrag till föreningar\nFritidschef\n\n"
        "Nämnden beslutar om taxor.\n"
    )
    assert _blocks(text) == [
        "Nr Ärende Delegat Anmärkning",
        "1 Lån av lokaler Fritidschef Nämnden ska underrättas.",
        "2 Bidrag till föreningar Fritidschef",
        "Nämnden beslutar om taxor.",
    ]


def test_a_cell_table_in_a_markdown_text_keeps_a_row_under_a_quote_sign() -> None:
    """Review 45c: a Markdown .txt export's quote sign moves a row's first line start past it
    (pipeline.normalize.markdown_marks); the row is still one block."""
    text = (
        "# Delegationsordning\n\n## Personal\n\nÄrende\nDelegat\nAnmärkning\n"
        "Anställning av vaktmästare\nFastighetschef\n\n> Semester\nEnhetschef\nHögst fyra veckor\n"
    )
    assert _blocks(text)[-2:] == [
        "Anställning av vaktmästare Fastighetschef",
        "Semester Enhetschef Högst fyra veckor",
    ]


def test_a_list_of_abbreviations_one_cell_a_line_has_a_row_per_pair() -> None:
    """Round 46 (probe w45-y): after its label, ``MI`` ⏎ ``Miljöinspektör`` ⏎ ``ByH`` ⏎
    ``Bygglovshandläggare`` are two rows; the list ends at the first line that is no pair,
    and short capitalised lines after another heading are no list."""
    text = (
        "Delegationsordning för miljönämnden\n\nFörklaringar:\nMI\nMiljöinspektör\nByH\n"
        "Bygglovshandläggare\nNämnden får alltid besluta i ett delegerat ärende.\n\n"
        "Kontakt\nMI\nMiljöinspektör\nByH\nBygglovshandläggare\n"
    )
    assert _blocks(text) == [
        "Delegationsordning för miljönämnden",
        "Förklaringar:",
        "MI Miljöinspektör",
        "ByH Bygglovshandläggare",
        "Nämnden får alltid besluta i ett delegerat ärende.",
        "Kontakt",
        "MI",
        "Miljöinspektör",
        "ByH",
        "Bygglovshandläggare",
    ]


def test_a_pasted_tables_lagrum_reads_the_runs_laws_yaml(tmp_path) -> None:
    """Review 51b: a flattened delegation table's lagrum takes the abbreviations of the run's
    laws.yaml (NormalizeOptions.laws_path, set by load_settings from --config), not only the
    shipped ones; a capitalised law name counts too (`patterns.LAW_NAME`)."""
    from pipeline.config import load_settings
    from pipeline.normalize.flat_rows import row_cells

    rest = "Beslut om lån av lokal 3 § LLok Kch Anmäls till nämnden"
    assert row_cells(rest) is None  # the shipped laws.yaml has no LLok
    laws = tmp_path / "laws.yaml"
    laws.write_text("abbreviations:\n  LLok: lagen om lokaler\n", encoding="utf-8")
    cells = row_cells(rest, laws)
    assert cells is not None
    assert (cells["matter"], cells["law"], cells["delegate"], cells["note"]) == (
        "Beslut om lån av lokal", "3 § LLok", "Kch", "Anmäls till nämnden"
    )
    named = row_cells("Beslut om taxa 2 kap. 3 § Kommunallagen KC")
    assert named is not None and named["law"] == "2 kap. 3 § Kommunallagen"
    (tmp_path / "pipeline.yaml").write_text("", encoding="utf-8")
    assert load_settings(tmp_path).normalize.laws_path == laws
