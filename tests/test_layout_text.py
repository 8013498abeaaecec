"""Text as it really arrives: flattened lines, web text with single line breaks, tables."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import read_document
from pipeline.ingest.layout import text_table_rows
from pipeline.normalize import NormalizeOptions, is_metadata_line, normalize
from pipeline.segment import SegmentedDocument, segment
from tests.conftest import SEEDS, raw_from_text

FLAT = Path(__file__).parent / "fixtures" / "flattened"


def read(path: Path, options: NormalizeOptions | None = None) -> SegmentedDocument:
    return segment(normalize(read_document(path), options))


def outline(document: SegmentedDocument) -> list[tuple[str, str | None, str, str]]:
    return [(c.clause_id, c.parent_id, c.kind, c.label) for c in document.clauses]


@pytest.mark.parametrize("path", sorted(FLAT.glob("*.txt")), ids=lambda p: p.name)
def test_every_flattened_document_gives_clauses_with_exact_offsets(path: Path) -> None:
    document = read(path)
    assert len(document.clauses) >= 3
    ids = [c.clause_id for c in document.clauses]
    assert len(ids) == len(set(ids))
    for clause in document.clauses:
        assert document.doc.text[clause.start : clause.end] == clause.text


def test_paragraph_numbers_without_paragraph_signs_split_a_flattened_line() -> None:
    document = read(FLAT / "reglemente-flat.txt")
    assert outline(document) == [
        ("title", None, "heading", ""),
        ("m1", None, "metadata", ""),
        ("h1", None, "heading", ""),
        ("1", "h1", "paragraph", "1"),
        ("2", "h1", "paragraph", "2"),
        ("3", "h1", "paragraph", "3"),
        ("3.a", "3", "list_item", "1."),
        ("3.b", "3", "list_item", "2."),
        ("3.c", "3", "list_item", "3."),
        ("4", "h1", "paragraph", "4"),
        ("5", "h1", "paragraph", "5"),
    ]
    assert document.title == "Reglemente för kommunstyrelsen"
    by_id = {c.clause_id: c for c in document.clauses}
    # "6 kap. 39 § kommunallagen" is a reference, not a paragraph number.
    assert by_id["5"].text.endswith("enligt 6 kap. 39 § kommunallagen.")


def test_paragraph_signs_in_one_line() -> None:
    document = read(FLAT / "delegation-flat.txt")
    assert [c.clause_id for c in document.clauses] == ["title", "§1", "§2", "§3", "§4"]
    assert document.title == "Delegationsordning för socialnämnden"


def test_web_text_is_one_block_per_line() -> None:
    document = read(FLAT / "arbetsordning-web.txt")
    assert outline(document) == [
        ("title", None, "heading", ""),
        ("m1", None, "metadata", ""),
        ("h1", None, "heading", ""),
        ("1", "h1", "paragraph", "1."),
        ("2", "h1", "paragraph", "2."),
        ("h2", None, "heading", ""),
        ("3", "h2", "paragraph", "3."),
        ("4", "h2", "paragraph", "4."),
        ("4.a", "4", "list_item", "-"),
        ("4.b", "4", "list_item", "-"),
        ("4.c", "4", "list_item", "-"),
        ("5", "h2", "paragraph", "5."),
    ]
    assert document.doc.raw.metadata["diarienummer"] == "KS 2022/118"


@pytest.mark.parametrize("doc_id", sorted(SEEDS))
def test_seeds_as_web_text_give_the_seeds_clauses(seeds, doc_id: str) -> None:
    web = read(FLAT / f"{doc_id}-web.txt")
    expected = [(c.clause_id, c.parent_id, c.kind, c.text) for c in seeds[doc_id].clauses]
    assert [(c.clause_id, c.parent_id, c.kind, c.text) for c in web.clauses] == expected


def test_flattened_seed_keeps_its_section_numbers() -> None:
    document = read(FLAT / "region-norrbotten-flat.txt")
    numbered = [c.label for c in document.clauses if c.label]
    assert numbered == ["1.", "2.", "3.", "4.", "5."]
    assert document.title == "Instruktion för regiondirektören"
    headings = {c.clause_id: c.text for c in document.clauses if c.kind == "heading"}
    assert headings["1"] == "Regiondirektörens ställning"  # printed inline, cut at its end
    assert headings["5"] == "Externa kontakter och massmedia"


def test_over_long_blocks_fall_back_to_sentences() -> None:
    # a two-line document keeps its lines up to a page; a block over the page limit is cut
    whole = read(FLAT / "region-orebro-lan-2023-flat.txt")
    assert not any(".s" in c.clause_id for c in whole.clauses)
    document = read(FLAT / "region-orebro-lan-2023-flat.txt",
                    NormalizeOptions(max_block_chars=1500, max_page_chars=1500))
    sentences = [c for c in document.clauses if ".s" in c.clause_id]
    assert len(sentences) > 20
    assert all(len(c.text) <= 1500 for c in document.clauses)
    short = segment(normalize(read_document(FLAT / "region-orebro-lan-2023-flat.txt"),
                              NormalizeOptions(max_block_chars=100_000)))
    assert not any(".s" in c.clause_id for c in short.clauses)


def test_sentence_fallback_skips_abbreviations() -> None:
    text = "Instruktion\n\n" + ("Nämnden ska bl.a. Beslut fatta t.ex. Regionen. " * 60) + "\n"
    options = NormalizeOptions(max_block_chars=200, max_page_chars=200)
    document = segment(normalize(raw_from_text(text), options))
    pieces = [c.text for c in document.clauses if ".s" in c.clause_id]
    assert pieces[0] == "Nämnden ska bl.a. Beslut fatta t.ex. Regionen."


@pytest.mark.parametrize(
    "table",
    [
        "| Ärende | Delegat |\n|---|---|\n| Anställning | Förvaltningschef |\n| Attest | Ekonomichef |\n",
        "Ärende\tDelegat\nAnställning\tFörvaltningschef\nAttest\tEkonomichef\n",
        "Ärende         Delegat\nAnställning    Förvaltningschef\nAttest         Ekonomichef\n",
    ],
    ids=["pipe", "tab", "aligned"],
)
def test_text_tables_become_table_rows(tmp_path: Path, table: str) -> None:
    path = tmp_path / "delegation.txt"
    path.write_text(f"Delegationsordning\n\nNämnden delegerar följande.\n\n{table}\nSlutord.\n")
    document = read(path)
    rows = [(c.kind, c.cells) for c in document.clauses if c.kind == "table_row"]
    assert rows == [
        ("table_row", ("Ärende", "Delegat")),
        ("table_row", ("Anställning", "Förvaltningschef")),
        ("table_row", ("Attest", "Ekonomichef")),
    ]
    assert document.clauses[-1].text == "Slutord."


def test_lists_copied_from_a_word_processor_are_lists_not_tab_tables(tmp_path: Path) -> None:
    """Word writes a tab after each list label; copied text keeps it, with a Symbol-font
    bullet (a private-use code point) or the letter `o` of the second level as the label."""
    path = tmp_path / "kopierad.txt"
    path.write_text(
        "Instruktion\n\nChefen ska:\n\uf0b7\tleda arbetet,\n\uf0b7\tfölja upp.\n\n"
        "Chefen ansvarar för att\no\tbudgeten följs,\no\tfel rapporteras.\n\n"
        "Rapportering\n1.\tChefen ska rapportera.\n2.\tChefen ska informera.\n",
        encoding="utf-8",
    )
    document = read(path)
    assert not any(c.kind == "table_row" for c in document.clauses)
    items = [(c.clause_id, c.parent_id, c.label, c.text) for c in document.clauses
             if c.kind == "list_item"]
    assert items == [
        ("p1.a", "p1", "•", "leda arbetet,"),
        ("p1.b", "p1", "•", "följa upp."),
        ("p2.a", "p2", "◦", "budgeten följs,"),
        ("p2.b", "p2", "◦", "fel rapporteras."),
    ]
    raw = document.doc.raw.text
    for clause in document.clauses:
        assert document.doc.text[clause.start : clause.end] == clause.text
        assert raw[clause.raw_start : clause.raw_end] == clause.text
    assert [c.label for c in document.clauses if c.text.startswith("Chefen ska ")] == ["1.", "2."]
    # A two-column tab table whose first column is not a label stays a table.
    assert len(text_table_rows("Ärende\tDelegat\nAttest\tEkonomichef\n")) == 2
    assert text_table_rows("1.\tAttest av fakturor\n2.\tAnställning\n") == ()


def test_symbol_bullets_before_a_space_in_a_pdf_text_layer(tmp_path: Path) -> None:
    """Round 46 (probe w45-y): an office PDF's text layer keeps a Symbol/Wingdings bullet (a
    private-use code point) before a space; the second level's `o` before a space is a bullet
    only right under a bullet item, and a lead-in's items are no part of it."""
    path = tmp_path / "pdflager.txt"
    path.write_text(
        "Reglemente för fritidsnämnden\nFritidsnämnden ansvarar för idrottsanläggningarna. "
        "Nämnden ska:\n\uf0b7 upplåta hallar till föreningar,\n\uf0a7 sköta bokningen "
        "enligt\no taxan för hallar,\no reglerna för lotterier.\nNämnden sammanträder varje "
        "månad och kallar\no minst sju dagar före mötet.\n",
        encoding="utf-8",
    )
    document = read(path)
    items = [(c.label, c.text) for c in document.clauses if c.kind == "list_item"]
    assert items == [
        ("•", "upplåta hallar till föreningar,"),
        ("•", "sköta bokningen enligt"),
        ("◦", "taxan för hallar,"),
        ("◦", "reglerna för lotterier."),
    ]
    lead_in = next(c for c in document.clauses if c.text.startswith("Fritidsnämnden"))
    assert lead_in.text.endswith("Nämnden ska:")
    # an `o` line after a sentence line, not after a bullet item, is no bullet
    assert not any(c.label == "◦" and "sju dagar" in c.text for c in document.clauses)


def test_a_gap_after_a_bullet_is_its_indent_not_a_column() -> None:
    """analysis-7 cause 11: ``·   text`` lines (a bullet, then spaces) are a list, not the
    rows of a two-column table; the line before them is their lead-in, not a heading."""
    text = (
        "Tekniska nämndens ansvar\n\nNämnden sköter gator och parker enligt\n"
        "•   plan- och bygglagen\n•   väglagen\n•   ordningslagen\n\n"
        "Nämnden rapporterar årligen.\n"
    )
    assert text_table_rows(text) == ()
    raw = replace(raw_from_text(text), table_rows=text_table_rows(text))
    clauses = segment(normalize(raw)).clauses
    assert [(c.clause_id, c.kind) for c in clauses] == [
        ("title", "heading"), ("1", "paragraph"), ("1.a", "list_item"),
        ("1.b", "list_item"), ("1.c", "list_item"), ("2", "paragraph"),
    ]
    # a row whose first cell is a bullet but which has two more columns stays a table row
    assert len(text_table_rows("·   Attest   Ekonomichef\n·   Inköp   Inköpschef\n")) == 2


def test_prose_is_no_table() -> None:
    text = "Nämnden ska leda.   Den ska också följa upp.\nStyrelsen beslutar.\n"
    assert text_table_rows(text) == ()


def test_numbered_lines_without_blank_lines_are_items_of_the_lead_in() -> None:
    text = (
        "Delegationsordning\n\nFöljande beslut fattas alltid av nämnden själv:\n\n"
        "  1. Budget för nästa år och plan för\n"
        "  2. svar på remisser från staten\n"
        "  3. taxor för hemtjänst\n"
    )
    document = segment(normalize(raw_from_text(text)))
    assert outline(document)[1:] == [
        ("1", None, "paragraph", ""),
        ("1.a", "1", "list_item", "1."),
        ("1.b", "1", "list_item", "2."),
        ("1.c", "1", "list_item", "3."),
    ]


def test_lower_case_numbered_lines_are_items_even_without_a_colon() -> None:
    text = "Reglemente\n\n3 § Direktionen ska särskilt\n\n 1. följa ekonomin,\n 2. bereda taxor\n"
    kinds = [(c.clause_id, c.kind) for c in segment(normalize(raw_from_text(text))).clauses]
    assert kinds == [("title", "heading"), ("§3", "paragraph"), ("§3.a", "list_item"),
                     ("§3.b", "list_item")]


def test_short_line_before_a_list_is_its_lead_in() -> None:
    text = (
        "Reglemente\n\n§ 1 Fritidsnämnden ansvarar för idrottshallar.\n\nNämnden ska också sköta\n\n"
        "- badplatserna\n\n- föreningsbidragen\n"
    )
    found = outline(segment(normalize(raw_from_text(text))))
    assert found[2:] == [
        ("§1.1", "§1", "paragraph", ""),
        ("§1.1.a", "§1.1", "list_item", "-"),
        ("§1.1.b", "§1.1", "list_item", "-"),
    ]


def test_letter_sections_and_initials() -> None:
    text = (
        "Arbetsordning\n\nA. Direktionens möten\n\nA.1 Kallelse\n\nKallelse sänds ut i tid.\n\n"
        "K. Nilsson är sekreterare och för protokollet.\n"
    )
    found = [(c.clause_id, c.kind) for c in segment(normalize(raw_from_text(text))).clauses]
    assert found == [("title", "heading"), ("A", "heading"), ("A.1", "heading"),
                     ("A.1.1", "paragraph"), ("A.1.2", "paragraph")]


def test_blank_line_inside_a_sentence_does_not_split_it() -> None:
    text = (
        "Instruktion\n\nEnligt bolagsordningen ska styrelsen fastställa och följa upp\n\n"
        "bolagets mål för verksamheten.\n\nVD:n biträder.\n"
    )
    texts = [c.text for c in segment(normalize(raw_from_text(text))).clauses]
    assert texts[1] == (
        "Enligt bolagsordningen ska styrelsen fastställa och följa upp bolagets mål för "
        "verksamheten."
    )
    assert len(texts) == 3


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aåbAÖN §-•◦.:,)123\n\t|")), max_size=1500))
def test_reflowed_text_keeps_unique_ids_and_exact_offsets(text: str) -> None:
    options = NormalizeOptions(inline_split_min_chars=20, max_block_chars=80)
    raw = replace(raw_from_text(text), table_rows=text_table_rows(text))
    document = segment(normalize(raw, options))
    ids = [c.clause_id for c in document.clauses]
    assert len(ids) == len(set(ids))
    for clause in document.clauses:
        assert document.doc.text[clause.start : clause.end] == clause.text
        assert 0 <= clause.raw_start <= clause.raw_end <= len(text)
    for block in document.doc.blocks:
        assert block.start < block.end


def test_inline_headings_and_a_numbered_lead_in_without_colon() -> None:
    text = (
        "Reglemente för exempelnämnden\n\n"
        "Reglemente för exempelnämnden Allmänna regler 1 Nämnden fullgör de uppgifter som "
        "fullmäktige ger den. 2 Nämnden har sju ledamöter och sju ersättare. Ledningsrollen "
        "3 Nämnden ska särskilt 1. leda arbetet med planen, 2. följa upp budgeten, samt "
        "3. rapportera till fullmäktige.\n"
    )
    document = segment(normalize(raw_from_text(text)))
    assert [(c.clause_id, c.parent_id, c.kind, c.text) for c in document.clauses][1:] == [
        ("h1", None, "heading", "Reglemente för exempelnämnden"),
        ("h2", None, "heading", "Allmänna regler"),
        ("1", "h2", "paragraph", "Nämnden fullgör de uppgifter som fullmäktige ger den."),
        ("2", "h2", "paragraph", "Nämnden har sju ledamöter och sju ersättare."),
        ("h3", None, "heading", "Ledningsrollen"),
        ("3", "h3", "paragraph", "Nämnden ska särskilt"),
        ("3.a", "3", "list_item", "leda arbetet med planen,"),
        ("3.b", "3", "list_item", "följa upp budgeten, samt"),
        ("3.c", "3", "list_item", "rapportera till fullmäktige."),
    ]
    for clause in document.clauses:
        assert document.doc.text[clause.start : clause.end] == clause.text


def test_adoption_and_registration_lines_printed_together_are_one_metadata_block() -> None:
    text = (
        "Reglemente för exempelnämnden\n\n"
        "Fastställt av fullmäktige 3 maj 2021 § 40.\n"
        "Diarienummer KS 2021/99.\n\n"
        "Uppgifter\n\n"
        "1 § Nämnden leder arbetet.\n"
    )
    document = segment(normalize(raw_from_text(text)))
    metadata = [c.text for c in document.clauses if c.kind == "metadata"]
    assert metadata == ["Fastställt av fullmäktige 3 maj 2021 § 40. Diarienummer KS 2021/99."]
    assert document.year == 2021


@pytest.mark.parametrize(
    ("line", "metadata"),
    [
        ("Dnr KS 2023/123", True),
        ("Ärende: Beslut om bistånd enligt 4 kap. 1 § SoL", True),
        ("Ärende 12", True),
        ("Ärende, där ordförande fattat beslut, får anmälas till nämnden.", False),
        ("Ärende där ordförande fattat beslut får anmälas till nämnden.", False),
        # round 45 (nu45 cause 3): a web page's update line, its label's colon kept
        ("Senast uppdaterad: 2026-02-11", True),
        ("Publicerad: 3 mars 2025", True),
        ("Sidan publicerades av kommunen.", False),
        # round 45 (nu45 cause 5): a footnote's mark before its note
        ("¹ Ändrad genom beslut av nämnden den 3 maj 2026, § 40.", True),
        ("² Nämnden ska besluta om taxan.", False),
    ],
)
def test_a_register_label_is_metadata_only_with_its_colon_or_a_number(line, metadata) -> None:
    """Round 7: `Ärende` opening a sentence (`Ärende, där …`) is a noun, not the label of a
    metadata line (`Ärende: …`, `Ärende 12`), so the sentence keeps its statements."""
    from pipeline.normalize import is_metadata_line

    assert is_metadata_line(line) is metadata


def test_a_repeated_title_and_a_section_heading_line_are_blocks_of_their_own() -> None:
    # round 21, cause A2b: a title line printed twice, a one-word section heading
    # (layout.yaml `section_headings`) between it and the text
    text = (
        "Protokoll\n\n"
        "Överenskommelse mellan Norrvik kommun och Sjöby kommun om räddningstjänst\n"
        "Överenskommelse mellan Norrvik kommun och Sjöby kommun om räddningstjänst\n"
        "Sammanfattning\n"
        "Räddningsnämnden i Norrvik ska svara för räddningstjänsten i Sjöby.\n\n"
        "Ansökan om bidrag till föreningen Ekbygdens Vänner\n"
        "Bakgrund\n"
        "Föreningen får söka bidrag en gång per år.\n"
    )
    document = segment(normalize(raw_from_text(text)))
    texts = [clause.text for clause in document.clauses]
    title = "Överenskommelse mellan Norrvik kommun och Sjöby kommun om räddningstjänst"
    assert texts.count(title) == 2
    for expected in ("Sammanfattning", "Bakgrund", "Ansökan om bidrag till föreningen Ekbygdens Vänner",
                     "Räddningsnämnden i Norrvik ska svara för räddningstjänsten i Sjöby.",
                     "Föreningen får söka bidrag en gång per år."):
        assert expected in texts


def test_a_section_heading_word_inside_a_sentence_line_ends_nothing() -> None:
    text = "Reglemente\n\nNämnden fattar\nBeslut om bidrag enligt riktlinjerna.\n"
    document = segment(normalize(raw_from_text(text)))
    assert any("Beslut om bidrag" in clause.text and "fattar" in clause.text
               for clause in document.clauses)


def test_an_indented_line_under_a_bullet_continues_the_item() -> None:
    # round 29, cause S2: no blank lines (every line a clause), an indented line without a
    # bullet right under a bullet line is the item's next sentence; a new bullet, and an
    # indented line after a blank line, open clauses of their own
    text = ("Reglemente för kulturnämnden\n"
            "Nämnden har följande uppgifter:\n"
            "• Nämnden ska fastställa biblioteksplanen.\n"
            "    Planen bör ses över varje år.\n"
            "• Nämnden ska anställa en kulturchef.\n"
            "Kulturchefen leder förvaltningen.\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(text))).clauses]
    assert "Nämnden ska fastställa biblioteksplanen. Planen bör ses över varje år." in texts
    assert "Nämnden ska anställa en kulturchef." in texts
    assert "Kulturchefen leder förvaltningen." in texts
    text = ("Reglemente för kulturnämnden\n\n"
            "• Nämnden ska fastställa biblioteksplanen.\n\n"
            "    Planen bör ses över varje år.\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(text))).clauses]
    assert "Planen bör ses över varje år." in texts


_LONG_ITEMS = (
    " 2. Direktören beslutar i frågor om inköp av material, tjänster och utrustning för "
    "verksamheten samt i frågor om avtal med leverantörer, hyresvärdar och andra parter som "
    "förbundet har löpande affärer med under året.\n"
    " 3. Ekonomichefen beslutar om placering av likvida medel, om upptagande av kortfristiga "
    "lån inom ramen för den budget som direktionen har fastställt och om betalning av "
    "förbundets fakturor.\n"
)


@pytest.mark.parametrize("long_lines", [False, True])
def test_an_indented_line_under_a_numbered_sentence_continues_the_item(long_lines: bool) -> None:
    # round 43, be-C10: under a numbered item that ends a sentence the indented line is the
    # item's next sentence, also where long lines make every line a clause of its own; under
    # a numbered heading (no stop) the indented line is a paragraph of its own
    text = ("Delegation i Viksunds räddningsförbund\n\n"
            " 1. Direktören avgör brådskande ärenden.\n"
            "   Direktörens uppgifter får vid förfall skötas av stabschefen.\n"
            + (_LONG_ITEMS if long_lines else " 2. Ekonomichefen betalar fakturor.\n")
            + "\n 4. Övriga frågor\n"
            "   Frågor som inte nämns här avgörs av direktionen.\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(text))).clauses]
    assert ("Direktören avgör brådskande ärenden. Direktörens uppgifter får vid förfall skötas "
            "av stabschefen.") in texts
    assert "Övriga frågor" in texts
    assert "Frågor som inte nämns här avgörs av direktionen." in texts


def test_a_web_pages_metadata_block_is_one_clause() -> None:
    # round 29, cause S3: label/value lines with a date in one blank-line block
    text = ("Riktlinje för resor\n\n"
            "Organisation\nMiljöförvaltningen\nPublicerad\n2023-04-12\nTyp\nRiktlinje\n\n"
            "Förvaltningschefen ska godkänna alla resor.\n\n"
            "Kontakt\nKanslienheten\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(text))).clauses]
    assert "Organisation Miljöförvaltningen Publicerad 2023-04-12 Typ Riktlinje" in texts
    assert "Kontakt" in texts and "Kanslienheten" in texts  # no date: no field block


def test_a_trailing_space_continues_a_statute_stycke_where_the_document_marks_it_so() -> None:
    """Round 36, T2: in a statute (lines opening with ``N §``) where most lines ending in one
    space evidently go on (mid-sentence) and the lines without one end a sentence, a line
    ending in ``. `` continues its stycke and one ending in ``.`` ends it; without that
    convention the sentence lines stay apart."""
    from pipeline.normalize.layout import continues_with_space
    from pipeline.normalize.lines import split_lines

    text = ("Förordning om fiskevård i Norrå\n\n"
            "1 § Denna förordning gäller fiskevården i Norrå \n"
            "kommun.\n\n"
            "2 § Fiskenämnden får meddela föreskrifter om fiske. \n"
            "Föreskrifterna ska kungöras i ortstidningen.\n"
            "Fiskenämnden får ta ut avgifter för fiskekort i \n"
            "kommunens vatten.\n\n"
            "3 § Länsstyrelsen prövar överklaganden av fiskenämndens \n"
            "beslut.\n"
            "Ett överklagande ska ha kommit in inom tre veckor.\n")
    assert continues_with_space(split_lines(text))
    texts = [clause.text for clause in segment(normalize(raw_from_text(text))).clauses]
    assert ("Fiskenämnden får meddela föreskrifter om fiske. Föreskrifterna ska kungöras i "
            "ortstidningen.") in texts
    assert "Fiskenämnden får ta ut avgifter för fiskekort i kommunens vatten." in texts
    plain = text.replace(" \n", "\n")
    assert not continues_with_space(split_lines(plain))
    stopped = "".join(f"Nämnden sammanträder den {day} maj. \n" for day in range(1, 6))
    assert not continues_with_space(split_lines(stopped))  # spaces after sentences only
    unsigned = text.replace("1 § ", "").replace("2 § ", "").replace("3 § ", "")
    assert not continues_with_space(split_lines(unsigned))  # no statute: no such convention


def test_statute_field_lines_with_colons_and_the_repeal_label_are_one_metadata_clause() -> None:
    """Round 37, ar-S1–S3: `Label: value` lines of a statute's fields are one metadata clause,
    the colon-less block runs through ``Författningen har upphävts genom`` ⏎ its value, and
    an amendment note wrapped before its number stays in its clause."""
    colons = ("Förordning (2031:50) om bidrag till fiske\n\n"
              "SFS nr: 2031:50\nUtfärdad: 2031-03-01\nUpphävd: 2034-01-01\n"
              "Författningen har upphävts genom: SFS 2033:800\n\n"
              "1 § Fiskenämnden prövar frågor om bidrag. Lag\n(2032:4).\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(colons))).clauses]
    assert ("SFS nr: 2031:50 Utfärdad: 2031-03-01 Upphävd: 2034-01-01 Författningen har "
            "upphävts genom: SFS 2033:800") in texts
    assert "Fiskenämnden prövar frågor om bidrag. Lag (2032:4)." in texts
    block = ("Förordning (2031:51) om stöd\n\n"
             "Utfärdad\n2031-03-01\nFörfattningen har upphävts genom\nSFS 2033:801\n"
             "Upphävd\n2034-01-01\n\n1 § Fiskenämnden prövar frågor om stöd.\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(block))).clauses]
    assert ("Utfärdad 2031-03-01 Författningen har upphävts genom SFS 2033:801 Upphävd "
            "2034-01-01") in texts


def test_a_colonless_document_control_block_is_one_metadata_clause() -> None:
    """Round 56 (analysis 56b-cl L1): a cover's document-control block, one label a line
    (``Utgåva`` ⏎ ``2``: a number under a label is its value, no page number) or label and
    value on one line without a colon (``Version 2.1``, ``Framtagen av …``), is one metadata
    clause; label words opening sentences with a finite verb stay paragraphs."""
    lines = ("Riktlinje för resor\n\nUtgåva\n2\nDatum\n2031-03-14\nUpprättad av\n"
             "Ekonomiavdelningen\n\nNämnden ska följa upp kostnaderna.\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(lines))).clauses]
    assert "Utgåva 2 Datum 2031-03-14 Upprättad av Ekonomiavdelningen" in texts
    inline = ("Riktlinje för resor\n\nNämnden ska följa upp kostnaderna.\n\n"
              "Version 2.1\nBeslutad av Kommunfullmäktige\nDatum 2031-10-01\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(inline))).clauses]
    assert "Version 2.1 Beslutad av Kommunfullmäktige Datum 2031-10-01" in texts
    prose = ("Riktlinje för resor\n\nVersion 2 ersätter riktlinjen från 2020.\n\n"
             "Datum för uppföljningen bestäms av nämnden.\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(prose))).clauses]
    assert texts[1:] == ["Version 2 ersätter riktlinjen från 2020.",
                         "Datum för uppföljningen bestäms av nämnden."]


def test_statute_field_block_with_active_repeal_label_and_lost_last_value() -> None:
    """Round 38, at-S2: ``Upphäver`` ⏎ its cited statute and a last ``Senast hämtad`` whose
    value was lost stay in the field block's one metadata clause (no heading per line)."""
    block = ("Förordning (2032:70) om bidrag till vägföreningar\n\n"
             "SFS nr\n2032:70\nUtfärdad\n2032-02-14\nUpphäver\n"
             "Förordning (2020:5) om bidrag till vägföreningar\nSenast hämtad\n\n"
             "1 § Trafikverket prövar frågor om bidrag.\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(block))).clauses]
    assert ("SFS nr 2032:70 Utfärdad 2032-02-14 Upphäver Förordning (2020:5) om bidrag till "
            "vägföreningar Senast hämtad") in texts


def test_statute_field_label_with_several_value_lines_and_a_remarks_label() -> None:
    """Round 52 (analysis 52-al S1): ``Upphäver`` ⏎ one repealed act a line, then the next
    label (``Övrigt``): the values stay in the one field block; a short line after the last
    field with no label after it is no value (the heading stays a clause)."""
    block = ("Förordning (2033:12) om stöd till bygdegårdar\n\n"
             "SFS nr\n2033:12\nUtfärdad\n2033-01-20\nUpphäver\n"
             "Förordning (2021:4) om stöd till bygdegårdar\n"
             "Förordning (2023:9) om bidrag till samlingslokaler\n"
             "Övrigt\nRättelseblad 2033:40\nSenast hämtad\n\n"
             "Allmänna bestämmelser\n\n1 § Boverket prövar frågor om stöd.\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(block))).clauses]
    assert ("SFS nr 2033:12 Utfärdad 2033-01-20 Upphäver Förordning (2021:4) om stöd till "
            "bygdegårdar Förordning (2023:9) om bidrag till samlingslokaler Övrigt Rättelseblad "
            "2033:40 Senast hämtad") in texts
    assert "Allmänna bestämmelser" in texts


def test_sfs_print_top_source_line_and_issue_date_line() -> None:
    """Round 38, at-S3: a one-line ``Källa <publisher>`` is its own clause, and
    ``utfärdad den <date>.`` after a title wrapped over two lines is its own clause."""
    top = ("Svensk författningssamling\nKälla Rättsnätet\n"
           "Förordning (2032:71) om stöd till\nlokala hembygdsföreningar\n"
           "utfärdad den 14 februari 2032.\n\n1 § Kulturrådet prövar frågor om stöd.\n")
    texts = [clause.text for clause in segment(normalize(raw_from_text(top))).clauses]
    assert "Källa Rättsnätet" in texts
    assert "utfärdad den 14 februari 2032." in texts
    assert "Förordning (2032:71) om stöd till lokala hembygdsföreningar" in texts


def test_capitals_title_over_two_lines_and_part_label_before_its_number() -> None:
    """Round 38, at-S4: a title in capitals whose second line opens with ``AVSEENDE``/``FÖR``
    is one heading; ``Kapitel`` ⏎ ``2 Ansvar.`` is labelled ``Kapitel 2``."""
    text = ("ANVISNINGAR - DELEGATION\nAVSEENDE INKÖP OCH UPPHANDLING\nKapitel\n2 Ansvar.\n"
            "1 § Inköpschefen ska följa upp avtalen.\n")
    clauses = segment(normalize(raw_from_text(text))).clauses
    assert clauses[0].text == "ANVISNINGAR - DELEGATION AVSEENDE INKÖP OCH UPPHANDLING"
    assert any(clause.label == "Kapitel 2" and clause.text == "Ansvar." for clause in clauses)


def test_numbered_comma_items_of_a_web_page_keep_it_one_block_per_line() -> None:
    """Round 40, aw-S1: long numbered items ending in ``,`` are complete lines (web text),
    so the heading and the bare ``§ N`` line after them stay blocks of their own."""
    items = "".join(
        f"{n}. Frågor om {topic} som rör föreningarna i alla delar av orten,\n"
        for n, topic in enumerate(["lokaler", "bidrag", "taxor", "skötsel"], 1)
    )
    text = (
        "Stadgar för idrottsrådet\nRådet ska höras i ärenden om:\n"
        + items
        + "Styrelse (KL 6:2)\n§ 1\nRådet har sju ledamöter.\n"
    )
    clauses = segment(normalize(raw_from_text(text))).clauses
    assert any(c.text == "Styrelse (KL 6:2)" and c.kind == "heading" for c in clauses)
    assert any(c.label == "§ 1" and c.text == "Rådet har sju ledamöter." for c in clauses)


def test_a_wrapped_line_ending_in_a_comma_without_a_labelled_neighbour_still_joins() -> None:
    """Round 40, aw-S1 negative: in a width-wrapped paragraph a line ending in ``,`` goes
    on; a heading over a bare ``§ N`` line is still cut off."""
    text = (
        "Reglemente för tekniska nämnden\n\n"
        "Tekniska nämnden ansvarar för gator, parker och torg i hela kommunen,\n"
        "och nämnden ska varje år redovisa sitt arbete med underhållet av\n"
        "gatorna till kommunstyrelsen.\nOrganisation\n§ 4\n"
        "Nämnden har sju ledamöter och sju\nersättare.\n"
    )
    clauses = segment(normalize(raw_from_text(text))).clauses
    opening = "Tekniska nämnden ansvarar"
    assert any(
        c.text.startswith(opening) and c.text.endswith("kommunstyrelsen.") for c in clauses
    )
    assert any(c.text == "Organisation" and c.kind == "heading" for c in clauses)
    assert any(
        c.label == "§ 4" and c.text == "Nämnden har sju ledamöter och sju ersättare."
        for c in clauses
    )


def test_a_cover_field_block_one_field_a_line_is_one_metadata_clause() -> None:
    """Round 40, aw-S3: document-info labels each over its value (the title repeated as a
    value, a lone ``-`` a lost value) are one metadata clause; lone ``(2)``, ``(3)`` lines
    count the pages and are dropped, while ``(2)`` opening a sentence line stays."""
    text = (
        "Policy för tjänsteresor\nDokumenttyp\nPolicy\nDokumentnamn\nPolicy för tjänsteresor\n"
        "Dokumentansvarig\nEkonomichef\nGiltighetstid\n-\n(2)\n1 Syfte\n"
        "Policyn gäller alla resor i tjänsten.\n(3)\n\n(2) Chefen godkänner resan.\n"
    )
    clauses = segment(normalize(raw_from_text(text))).clauses
    assert [c.text for c in clauses if c.kind == "metadata"] == [
        "Dokumenttyp Policy Dokumentnamn Policy för tjänsteresor Dokumentansvarig Ekonomichef "
        "Giltighetstid -"
    ]
    assert not any(c.text == "(2)" for c in clauses)
    assert any(c.text.endswith("Chefen godkänner resan.") for c in clauses)


def test_lone_bracketed_numbers_from_one_are_no_page_counters() -> None:
    """Round 40, aw-S3 negative: a run of lone ``(1)``, ``(2)`` lines labels a list; a
    single ``(2)`` line may be a label too: neither is dropped."""
    for labels in (("(1)", "(2)"), ("(2)",)):
        text = "Regler för lån\n\nLån beviljas om:\n" + "".join(
            f"{label}\nsökanden är medlem\n" for label in labels
        )
        normalized = normalize(raw_from_text(text)).text
        assert all(label in normalized for label in labels)


def test_a_decision_reference_above_the_adoption_line_joins_it() -> None:
    """Round 40, aw-S3 (c): ``<date> <register> § N`` on the line above ``Antaget i …`` is
    one metadata clause with it; before a sentence it makes no metadata line."""
    text = (
        "Taxa för båtplatser\n2031-03-02 TN § 12\nAntagen av KF 2031-04-01\n"
        "1 § Tekniska nämnden hyr ut båtplatser.\n"
    )
    clauses = segment(normalize(raw_from_text(text))).clauses
    assert [c.text for c in clauses if c.kind == "metadata"] == [
        "2031-03-02 TN § 12 Antagen av KF 2031-04-01"
    ]
    assert not is_metadata_line("2031-03-02 TN § 12 Tekniska nämnden hyr ut båtplatser.")


def _kinds(text: str) -> list[tuple[str, str]]:
    document = segment(normalize(raw_from_text(text)))
    return [(c.text.strip(), c.kind) for c in document.clauses]


def test_items_that_lost_their_bullets_after_a_colon_lead_in_one_line_each() -> None:
    """Round 48 (analysis 48-y, cause A): a web page one sentence a line; the items of two
    lead-ins lost their bullets (infinitives ending in ``,``/``.``, bare noun phrases)."""
    text = (
        "Om laget\nLaget tränar på tisdagar och torsdagar i Ekhallen.\nLagledaren ska:\n"
        "boka träningstider,\nsamla in avgifterna,\nrapportera resultaten till förbundet.\n"
        "Materialförvaltaren ansvarar för:\nbollarna\nvästarna och koner\n"
        "Föräldrarna turas om att skjutsa till bortamatcher.\n"
    )
    assert _kinds(text)[2:] == [
        ("Lagledaren ska:", "paragraph"),
        ("boka träningstider,", "list_item"),
        ("samla in avgifterna,", "list_item"),
        ("rapportera resultaten till förbundet.", "list_item"),
        ("Materialförvaltaren ansvarar för:", "paragraph"),
        ("bollarna", "list_item"),
        ("västarna och koner", "list_item"),
        ("Föräldrarna turas om att skjutsa till bortamatcher.", "paragraph"),
    ]


def test_capitalised_agenda_lines_in_a_blank_line_group_are_items_not_headings() -> None:
    """Round 48 (analysis 48-y, cause A2): in a blank-line page the capitalised agenda lines
    after a colon lead-in are its items; the next group's heading stays a heading."""
    text = (
        "Stadgar för Sjöscouterna\n\nKåren leds av en styrelse på fem personer.\n\n"
        "Vid kårstämman behandlas följande:\nGodkännande av röstlängd\nVal av justerare\n"
        "Fastställande av årsavgift\n\nEkonomi\n\nKårens räkenskaper granskas varje år.\n"
    )
    assert _kinds(text)[2:] == [
        ("Vid kårstämman behandlas följande:", "paragraph"),
        ("Godkännande av röstlängd", "list_item"),
        ("Val av justerare", "list_item"),
        ("Fastställande av årsavgift", "list_item"),
        ("Ekonomi", "heading"),
        ("Kårens räkenskaper granskas varje år.", "paragraph"),
    ]


def test_no_bare_items_after_a_field_label_one_line_or_full_sentences() -> None:
    """Round 48 (48-y A), what is no list: a field label's colon (``Kontakt:``), one line
    after a lead-in (it goes on there), capitalised full sentences after a lead-in."""
    text = (
        "Om stiftelsen\nStiftelsen delar ut stipendier till unga musiker.\n"
        "För ansökan gäller:\nden ska lämnas senast den 1 april.\n"
        "Så här arbetar nämnden:\nNämnden träffas fyra gånger om året.\n"
        "Sekreteraren skickar ut handlingarna.\nKontakt:\nOlle Berg\nKansliet\n"
    )
    kinds = _kinds(text)
    assert ("För ansökan gäller: den ska lämnas senast den 1 april.", "paragraph") in kinds
    assert ("Nämnden träffas fyra gånger om året.", "paragraph") in kinds
    assert ("Sekreteraren skickar ut handlingarna.", "paragraph") in kinds
    assert all(kind != "list_item" for _, kind in kinds)


def test_a_wrapped_sentence_going_on_after_its_colon_is_no_list() -> None:
    """Round 48 (48-y A): a width-wrapped print whose sentence goes on after a colon at the
    margin: its lines reach the margin, so they are the paragraph's lines, no items."""
    text = (
        "Reglemente för tekniska nämnden\n\n"
        "Nämnden ansvarar för gator, parker och vatten i hela kommunen och har\n"
        "därutöver följande uppdrag från fullmäktige som gäller under hela den här\n"
        "mandatperioden: nämnden ska ta fram en plan för underhållet av broarna\n"
        "och vägarna i kommunen och redovisa den för kommunstyrelsen varje år.\n\n"
        "Nämnden sammanträder minst sex gånger per år och kallas av ordföranden\n"
        "genom en skriftlig kallelse som ska skickas ut en vecka i förväg till\n"
        "ledamöterna och ersättarna samt till kommunstyrelsens ordförande.\n"
    )
    assert [kind for _, kind in _kinds(text)] == ["heading", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("lines", "items"),
    [
        (["Kassören ska:", "betala fakturor,", "föra kassabok."], {1, 2}),
        (["I kommitténs uppgifter ingår att:", "planera festen", "hyra lokal"], {1, 2}),
        (["Årsmötet behandlar:", "Val av ordförande", "Budget för nästa år"], {1, 2}),
        (["Styrelsen ska:", "följa upp målen"], set()),  # one line goes on in the lead-in
        (["Telefon:", "070-12 34 56", "08-765 43 21"], set()),  # a field label
        (["Nämnden ska:", "Nämnden träffas i maj.", "Ordföranden kallar."], set()),
        (["Stämman ska:", "§ 5 Styrelse", "välja ordförande"], set()),
        (["Kommittén ska:", "ordna mat", "Ordförande: Eva Holm"], set()),
        (["Rådet ska:", "samordna arbetet mellan", "skolan och polisen"], set()),  # breaks off
    ],
)
def test_bare_list_items_after_a_colon_lead_in(lines: list[str], items: set[int]) -> None:
    from pipeline.normalize.layout import bare_list_items

    assert bare_list_items(lines) == items


def test_lower_case_lines_of_an_unwrapped_blank_line_group_stay_one_paragraph() -> None:
    """Round 48 (48-y A): a page of long unwrapped paragraph lines parted by blank lines keeps
    a group's lines one paragraph (docs/annotation.md §1.2), after a colon too."""
    long_line = (
        "Förbundet är ett kommunalförbund som bildats av kommunerna i dalen för att samordna "
        "räddningstjänsten, tillsynen enligt lagen om skydd mot olyckor och utbildningen av "
        "deltidsbrandmän i hela området."
    )
    text = (
        f"Förbundsordning för Dalens räddningsförbund\n\n{long_line}\n\n"
        "Förbundet har till uppgift att:\nsköta räddningstjänsten\nutbilda brandmän\n\n"
        f"{long_line}\n"
    )
    kinds = _kinds(text)
    assert (
        "Förbundet har till uppgift att: sköta räddningstjänsten utbilda brandmän",
        "paragraph",
    ) in kinds


def test_items_after_a_lead_in_without_its_colon() -> None:
    """Round 48 (nu48b fault 1): a web copy lost the lead-in's colon and the items' bullets
    (``Klubben ska`` ⏎ ``ordna …``; ``… har till uppgift att`` ⏎ ``sköta …``)."""
    text = (
        "Om klubben\nKlubben har sitt säte i Ekby.\nKlubben ska\nordna kurser i segling\n"
        "sköta hamnen och bryggorna\nValberedningen har till uppgift att\n"
        "föreslå ledamöter till styrelsen\nkontakta de nominerade i god tid\n"
        "Styrelsen sammanträder i maj.\n"
    )
    assert _kinds(text)[2:] == [
        ("Klubben ska", "paragraph"),
        ("ordna kurser i segling", "list_item"),
        ("sköta hamnen och bryggorna", "list_item"),
        ("Valberedningen har till uppgift att", "paragraph"),
        ("föreslå ledamöter till styrelsen", "list_item"),
        ("kontakta de nominerade i god tid", "list_item"),
        ("Styrelsen sammanträder i maj.", "paragraph"),
    ]


def test_items_without_colon_in_a_blank_line_section_group() -> None:
    """Round 48 (nu48b fault 1): blank lines part the sections, a section's heading opens
    its group: the group's lines are the writer's, the lead-in's items one a line."""
    text = (
        "Stadgar för Ekby hembygdsförening\n\n§ 1 Namn\nFöreningen heter Ekby hembygdsförening."
        "\n\n§ 2 Ändamål\nFöreningen bör\nvårda gamla byggnader i socknen\n"
        "samla berättelser om bygden\n\n§ 3 Styrelse\nStyrelsen består av fem ledamöter.\n"
    )
    kinds = _kinds(text)
    assert ("vårda gamla byggnader i socknen", "list_item") in kinds
    assert ("samla berättelser om bygden", "list_item") in kinds
    assert ("Föreningen bör", "paragraph") in kinds


def test_a_wrapped_sentence_broken_after_its_modal_is_no_lead_in() -> None:
    """Round 48 (nu48b fault 1), negative: a width-wrapped print whose line reaches the
    margin at ``ska``: the next line goes on with the sentence."""
    text = (
        "Reglemente för miljönämnden\n\n"
        "Nämnden fullgör kommunala uppdrag inom området miljö och hälsoskydd och ska\n"
        "utöva tillsyn enligt miljöbalken och livsmedelslagen i hela kommunen samt\n"
        "ge råd till företag och enskilda som vill förbättra sin egen miljöpåverkan.\n\n"
        "Nämnden sammanträder minst sex gånger per år och kallas av ordföranden\n"
        "genom en skriftlig kallelse som ska skickas ut en vecka i förväg till\n"
        "ledamöterna och ersättarna samt till kommunstyrelsens ordförande.\n"
    )
    assert [kind for _, kind in _kinds(text)] == ["heading", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("lines", "items"),
    [
        (["Kassören ska", "betala fakturor", "föra kassabok"], {1, 2}),
        (["Utskottet får", "yttra sig i remisser", "anordna hearingar"], {1, 2}),
        (["Rektorn har till uppgift att", "leda skolan", "fördela resurserna"], {1, 2}),
        (["Kassören ska", "Betala fakturor", "Föra kassabok"], set()),  # capitals: no verb
        (["Kassören ska", "betala fakturor"], set()),  # one line goes on with the sentence
        (["ska", "betala fakturor", "föra kassabok"], set()),  # no sentence before the modal
        (["Genom att", "spara el", "dela bil"], set()),  # `att` after no finite cue
    ],
)
def test_bare_list_items_after_a_broken_off_lead_in(lines: list[str], items: set[int]) -> None:
    from pipeline.normalize.layout import bare_list_items

    assert bare_list_items(lines) == items


def test_metadata_lines_are_kept_per_text_with_the_same_answers() -> None:
    """`is_metadata_line` is kept per text (normalize and segmentation ask it of the same
    lines): a text asked again, before or after others, gets the uncached answer."""
    lines = [
        "Dnr KS 2023/123",
        "Antagen av kommunfullmäktige 2019-03-25, § 45",
        "Nämnden ansvarar för verksamheten.",
        "2031-03-02 TN § 12 Tekniska nämnden hyr ut båtplatser.",
        "¹ Ändrat genom beslut i kommunfullmäktige 2020-01-01, § 3",
    ]
    uncached = [is_metadata_line.__wrapped__(line) for line in lines]
    assert uncached[:3] == [True, True, False]
    for _ in range(2):
        assert [is_metadata_line(line) for line in lines] == uncached
        assert [is_metadata_line(line) for line in reversed(lines)] == uncached[::-1]


def test_bracketed_counters_from_one_between_blank_lines_are_page_furniture() -> None:
    """Round 51 (ruling b3, analysis 51-by L2): lone ``(1)``, ``(2)``, ``(3)`` lines that
    each stand between blank lines count a print's pages: dropped; the list labels of
    `test_lone_bracketed_numbers_from_one_are_no_page_counters` (their item on the next line)
    stay."""
    text = (
        "Regler för kanotuthyrning\n\n(1)\n\nFöreningen hyr ut kanoter till medlemmar.\n\n"
        "(2)\n\nStyrelsen fastställer avgiften.\n\n(3)\n\nReglerna gäller från 2031.\n"
    )
    normalized = normalize(raw_from_text(text)).text
    assert not any(label in normalized for label in ("(1)", "(2)", "(3)"))
    listed = "Regler\n\n(1)\n\nsökanden är medlem\n(2)\nsökanden har betalat\n"
    assert "(2)" in normalize(raw_from_text(listed)).text  # one counter with its item


def test_a_capitals_heading_wrapped_over_blank_lines_at_a_link_word_is_one_heading() -> None:
    """Round 51 (ruling b3, analysis 51-by L2): a capitals line ending in a preposition or a
    conjunction (`title_line_links`) goes on in the next capitals line across blank lines;
    a capitals line ending in a noun is a heading of its own."""
    text = (
        "RIKTLINJER FÖR\n\nSTYRELSEN, KASSÖREN OCH\n\nREVISORERNA I EKSKOGENS KANOTKLUBB\n\n"
        "AVGIFTER\n\nSTYRELSEN\n\nStyrelsen fastställer avgifterna varje år.\n"
    )
    headings = [c.text for c in segment(normalize(raw_from_text(text))).clauses
                if c.kind == "heading"]
    assert headings == [
        "RIKTLINJER FÖR STYRELSEN, KASSÖREN OCH REVISORERNA I EKSKOGENS KANOTKLUBB",
        "AVGIFTER", "STYRELSEN",
    ]


def test_a_sentence_line_after_a_complete_delegation_row_is_a_clause_of_its_own() -> None:
    """Round 51 (analysis 51-w50y H; §1.2): after a flattened row whose cells go on past its
    lagrum, a capitalised line with a finite verb and a full stop is a clause of its own;
    a lower-case wrap and field lines go on as before."""
    text = (
        "Delegationsordning för tekniska nämnden\n1 Gator\n"
        "1.1 Beslut om grävtillstånd OL 3 kap. 1 § Gatuingenjör Beslutet ska anmälas till AU\n"
        "Är gatuingenjören ledig, får beslutet fattas av gatuchefen.\n"
        "1.2 Beslut om avgift enligt\ngällande taxa Gatuingenjör\n"
        "2 Parker\n2.1 Beslut om upplåtelse\nDelegat: Parkchef\nLagrum: OL 3 kap. 1 §\n"
    )
    texts = [c.text for c in segment(normalize(raw_from_text(text))).clauses]
    assert "Är gatuingenjören ledig, får beslutet fattas av gatuchefen." in texts
    assert any(t.endswith("Beslutet ska anmälas till AU") for t in texts)
    assert any(t.endswith("enligt gällande taxa Gatuingenjör") for t in texts)


COVER_STAMP_PAGE = (
    "{masthead}PROTOKOLLSUTDRAG\n2023-05-11\nKS 187/23\nAntagen 2023-06-01\n"
    "Reglemente för\nkommunens pensionärsråd\n"
    "Enligt kommunallagen ska kommunstyrelsen samråda med rådet i frågor som rör äldres\n"
    "villkor i kommunen. Rådet ska lämna synpunkter på budgeten och på de planer som\n"
    "kommunen tar fram för vården och omsorgen av äldre och för deras boende i orten.\n"
    "Kommunstyrelsen utser rådets ordförande och vice ordförande bland sina ledamöter\n"
    "och får vid behov adjungera tjänstepersoner från förvaltningarna till mötena.\n"
)


@pytest.mark.parametrize("masthead", ["", "EKBY KOMMUN\n"])
def test_cover_stamp_lines_and_a_two_line_title_above_wrapped_prose(masthead: str) -> None:
    """Round 52 (z-C1; §1.2 round 20 S2/S3): each cover field alone on its line is metadata,
    the title wrapped after a heading link (``för``) one heading, then the paragraph."""
    text = COVER_STAMP_PAGE.format(masthead=masthead)
    found = [(c.kind, c.text[:20]) for c in segment(normalize(raw_from_text(text))).clauses]
    start = found.index(("metadata", "PROTOKOLLSUTDRAG"))
    assert found[start:start + 6] == [
        ("metadata", "PROTOKOLLSUTDRAG"), ("metadata", "2023-05-11"), ("metadata", "KS 187/23"),
        ("metadata", "Antagen 2023-06-01"), ("heading", "Reglemente för kommu"),
        ("paragraph", "Enligt kommunallagen"),
    ]


def test_a_capitalised_first_word_on_its_own_line_is_no_cover_stamp() -> None:
    """Round 52 (z-C1, negative): ``Beslut`` ⏎ ``om bidrag …`` is a wrapped sentence."""
    text = (
        "Bidragsregler\n\nBeslut\nom bidrag fattas av nämnden varje år, och ansökan ska lämnas\n"
        "senast den första mars till förvaltningen på den blankett som nämnden fastställt.\n"
    )
    found = [(c.kind, c.text[:13]) for c in segment(normalize(raw_from_text(text))).clauses]
    assert ("paragraph", "Beslut om bid") in found


def test_a_letter_label_is_followed_by_the_next_letter_in_swedish_order() -> None:
    """Review 54 (item 15): after ``z)`` comes ``å)``, after ``å)`` ``ä)`` and after ``ä)``
    ``ö)`` (the Swedish order, not the code points' ``å`` → ``æ``); ``ö)`` ends the run."""
    from pipeline.normalize import layout

    assert layout._opens_letter_run("a)", "b) nästa punkt")
    assert layout._opens_letter_run("z)", "å) nästa punkt")
    assert layout._opens_letter_run("å)", "ä) nästa punkt")
    assert not layout._opens_letter_run("å)", "æ) nästa punkt")
    assert layout._opens_letter_run("Ä.", "Ö. nästa punkt")
    assert not layout._opens_letter_run("ö)", "ø) nästa punkt")


@pytest.mark.parametrize("field", ["Dnr KS 2026/77", "Dnr 2026/77", "Diarienummer: 2026/77"])
def test_registration_line_right_under_the_title_is_no_title_line(field: str) -> None:
    """Round 58 (newuser58 fault 1): a registration field line under the title, no blank
    line between, is a metadata block of its own; the title names the organisation."""
    text = (
        f"Arbetsordning för styrelsen i Ekby Energi AB\n{field}\n"
        "Antagen av styrelsen 2026-02-01\n\n1. Styrelsen ska sammanträda fyra gånger per år.\n"
    )
    document = segment(normalize(raw_from_text(text)))
    assert document.title == "Arbetsordning för styrelsen i Ekby Energi AB"
    assert document.organisation == "Ekby Energi AB"
    assert document.clauses[1].text.startswith(field)


def test_registration_field_after_an_open_line_end_goes_on_in_its_sentence() -> None:
    """The negative: a line breaking off at an open end (``… enligt``) goes on in the field
    line under it; a number in prose (``2026/27``) opens no block."""
    text = (
        "Instruktion\n\nNämnden ska handlägga ärendet enligt\nDnr 2026/77 och rapportera.\n\n"
        "Budgeten gäller för\n2026/27 och följs upp.\n"
    )
    texts = [clause.text for clause in segment(normalize(raw_from_text(text))).clauses]
    assert texts[1:] == [
        "Nämnden ska handlägga ärendet enligt Dnr 2026/77 och rapportera.",
        "Budgeten gäller för 2026/27 och följs upp.",
    ]
