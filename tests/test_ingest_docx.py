"""Word reader, and the cross-format check: PDF and DOCX renderings of the seeds give the
same clauses as the text path."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.ingest import IngestError, read_document
from pipeline.ingest.docx import format_number, read_docx
from tests.fixtures.build import ADOPTED, DIARIENUMMER, ORGANISATION
from tests.fixtures.docx_build import TABLE, build_docx, expected_docx_text, render_docx
from tests.fixtures.seeds import SEED_PATHS, render_pdf, text_path_blocks


@pytest.fixture(scope="module")
def raw(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("docx") / "instruktion.docx"
    build_docx(path)
    return read_docx(path, "instruktion")


def test_text_in_body_order_with_word_numbering(raw) -> None:
    assert raw.text == expected_docx_text()
    assert raw.encoding == "docx"
    assert raw.pages == () and raw.ocr_pages == ()


def test_list_labels(raw) -> None:
    lines = raw.text.split("\n")
    for label in (
        "1. Regiondirektörens ställning",
        "1.1 Delegation",
        "2. Regiondirektörens",
        "a) leda",
        "i. med stöd",
        "b) verkställa",
        "• ekonomin",
        "3. Ikraftträdande",
    ):
        assert any(line.startswith(label) for line in lines), label
    # a new list instance with a start override restarts at a)
    assert "a) främja utvecklingen," in lines and "b) företräda regionen." in lines
    # manual numbering typed into the text stays as typed, without a Word label
    assert "3. Manuellt numrerat stycke som står kvar." in lines


def test_headers_and_footers_are_metadata_only(raw) -> None:
    for gone in (ORGANISATION, "Dnr", "Sida", "Fastställd"):
        assert gone not in raw.text
    assert raw.metadata["diarienummer"] == DIARIENUMMER
    assert raw.metadata["adopted"] == ADOPTED
    assert ORGANISATION in raw.metadata["header"]
    assert "Sida" not in raw.metadata["footer"]


def test_table_rows(raw) -> None:
    assert tuple(row.cells for row in raw.table_rows) == TABLE
    for row in raw.table_rows:
        assert raw.text[row.start : row.end] == " | ".join(row.cells)


def test_a_vertically_merged_cell_fills_the_rows_it_spans(tmp_path: Path) -> None:
    """Newuser53 fault 2: a Delegat and Lagrum cell merged over two matters belongs to both
    rows; a row whose only text is a merged cell's adds no row."""
    import docx

    document = docx.Document()
    document.add_paragraph("Delegationsordning för byggnadsnämnden i Ekdala")
    table = document.add_table(rows=5, cols=3)
    for row, texts in zip(table.rows, [("Ärende", "Delegat", "Lagrum"),
                                       ("Bygglov för altan", "Bygglovshandläggare", "PBL"),
                                       ("Bygglov för carport", "", ""), ("", "", ""),
                                       ("Rivningslov", "Bygglovschef", "PBL")], strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(1, 1).merge(table.cell(3, 1))
    table.cell(1, 2).merge(table.cell(2, 2))
    path = tmp_path / "delegation.docx"
    document.save(str(path))
    rows = [row.cells for row in read_docx(path, "delegation").table_rows]
    assert rows == [("Ärende", "Delegat", "Lagrum"),
                    ("Bygglov för altan", "Bygglovshandläggare", "PBL"),
                    ("Bygglov för carport", "Bygglovshandläggare", "PBL"),
                    ("Rivningslov", "Bygglovschef", "PBL")]


def test_read_document_dispatches_docx(tmp_path: Path) -> None:
    path = tmp_path / "Instruktion.docx"
    build_docx(path)
    assert read_document(path).text == expected_docx_text()


def test_number_formats() -> None:
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert format_number(4, "upperRoman") == "IV"
    assert format_number(7, "decimal") == "7"


def test_corrupt_docx(tmp_path: Path) -> None:
    not_zip = tmp_path / "trasig.docx"
    not_zip.write_bytes(b"this is not a zip archive")
    with pytest.raises(IngestError, match="not a zip archive") as error:
        read_docx(not_zip, "trasig")
    assert "trasig.docx" in str(error.value)

    wrong_zip = tmp_path / "fel.docx"
    with zipfile.ZipFile(wrong_zip, "w") as archive:
        archive.writestr("hello.txt", "hej")
    with pytest.raises(IngestError, match="corrupt .docx"):
        read_docx(wrong_zip, "fel")

    # Round 54 (nu54 fault 9): an OpenDocument text renamed .docx says what it is.
    odt = tmp_path / "egentligen.docx"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(IngestError, match=r"OpenDocument text \(\.odt\).*rename it to \.odt"):
        read_docx(odt, "egentligen")

    good = tmp_path / "bra.docx"
    build_docx(good)
    cut = tmp_path / "avkortad.docx"
    cut.write_bytes(good.read_bytes()[:2000])
    with pytest.raises(IngestError, match="corrupt .docx"):
        read_docx(cut, "avkortad")

    ole = tmp_path / "krypterad.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(IngestError, match="encrypted"):
        read_docx(ole, "krypterad")


def test_an_empty_zip_is_no_word_document(tmp_path: Path) -> None:
    """Newuser56 fault 12: a zip archive of no entries named .docx is a zip (`is_zipfile`),
    so the message says what it lacks, not "not a zip archive"."""
    path = tmp_path / "tomt_arkiv.docx"
    zipfile.ZipFile(path, "w").close()
    with pytest.raises(IngestError) as error:
        read_docx(path, "tomt_arkiv")
    assert "not a Word document (zip holds no word/document.xml)" in str(error.value)
    assert "not a zip archive" not in str(error.value)


def test_empty_docx(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "tom.docx"
    docx.Document().save(str(path))
    with pytest.raises(IngestError, match="no text"):
        read_docx(path, "tom")


# ---------------------------------------------------------------------------
# Cross-format consistency with the text path


def _clauses(path: Path) -> tuple[tuple[str, str], ...]:
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    return tuple((c.clause_id, c.text) for c in segment(normalize(read_document(path))).clauses)


@pytest.mark.parametrize("seed", SEED_PATHS, ids=[path.stem for path in SEED_PATHS])
def test_docx_matches_text_path(seed: Path, tmp_path: Path) -> None:
    blocks, expected = text_path_blocks(seed)
    path = tmp_path / f"{seed.stem}.docx"
    render_docx(path, blocks)
    assert _clauses(path) == expected


@pytest.mark.parametrize("seed", SEED_PATHS, ids=[path.stem for path in SEED_PATHS])
def test_pdf_matches_text_path(seed: Path, tmp_path: Path) -> None:
    blocks, expected = text_path_blocks(seed)
    path = tmp_path / f"{seed.stem}.pdf"
    assert render_pdf(path, blocks) >= 2
    assert _clauses(path) == expected


@pytest.mark.parametrize("seed", SEED_PATHS, ids=[path.stem for path in SEED_PATHS])
def test_pdf_reader_gives_the_text_path_paragraphs(seed: Path, tmp_path: Path) -> None:
    """Independent of the normalizer: each rendered block is one blank-line block of text."""
    blocks, _ = text_path_blocks(seed)
    path = tmp_path / f"{seed.stem}.pdf"
    render_pdf(path, blocks)
    raw = read_document(path)
    got = [" ".join(block.split("\n")) for block in raw.text.strip("\n").split("\n\n")]
    assert got == [text for _, text in blocks]
    assert "Sida" not in raw.text and raw.metadata["diarienummer"] == DIARIENUMMER


def test_paragraph_indents_from_list_styles_and_direct_indentation(tmp_path: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_paragraph("Styrelsen ska särskilt", style="List Number")
    document.add_paragraph("leda arbetet", style="List Number 2")
    indented = document.add_paragraph("Ett indraget stycke.")
    indented.paragraph_format.left_indent = Pt(36)
    indented.paragraph_format.first_line_indent = Pt(-12)
    document.add_paragraph("Ett vanligt stycke.")
    path = tmp_path / "indrag.docx"
    document.save(str(path))
    raw = read_docx(path, "indrag")
    found = [(raw.text[indent.start : indent.end], indent.left) for indent in raw.indents]
    # `List Number` prints its label at the margin, `List Number 2` 18 pt in (the list
    # levels' w:ind, 360 and 720 twips with a 360 twips hanging indent).
    assert found == [
        ("1. Styrelsen ska särskilt", 0.0),
        ("1. leda arbetet", 18.0),
        ("Ett indraget stycke.", 24.0),
        ("Ett vanligt stycke.", 0.0),
    ]


def test_a_footnote_is_a_paragraph_after_the_one_citing_it() -> None:
    """Word footnotes (footnotes.xml) are kept, numbered as Word prints them (round 47)."""
    office = Path(__file__).parent / "fixtures" / "office"
    text = read_docx(office / "odt-features.docx", "x").text
    assert "tjänsteperson.\n\n¹ Se 7 kap. 1 § kommunallagen.\n\n1.1 Delegation" in text


def test_footnote_numbers_skip_deleted_references_and_count_table_citations() -> None:
    """Review 47a: a reference inside a tracked deletion (``w:del``) cites no note, and a
    note cited in a table cell takes its number though its text is not kept, so the notes
    after it keep the numbers Word prints."""
    from lxml import etree

    from pipeline.ingest.docx import Footnotes

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def element(xml: str) -> etree._Element:
        return etree.fromstring(f'<w:body xmlns:w="{w}">{xml}</w:body>')[0]

    def cite(note: str) -> str:
        return f'<w:r><w:footnoteReference w:id="{note}"/></w:r>'

    notes = Footnotes({"1": "Ett.", "2": "Två.", "3": "Tre."})
    deleted = element(f"<w:p><w:del>{cite('1')}</w:del></w:p>")
    assert list(notes.after(deleted)) == []
    notes.count(element(f"<w:tbl><w:tr><w:tc><w:p>{cite('2')}</w:p></w:tc></w:tr></w:tbl>"))
    assert [block.text for block in notes.after(element(f"<w:p>{cite('3')}</w:p>"))] == ["² Tre."]


def test_a_lettered_word_list_between_numbered_items_is_one_level(tmp_path: Path) -> None:
    """Newuser54 fault 2: Word items `a)`, `b)`, `c)` (one list level) under `1.2 … ska:`,
    before the numbered `2.`, `3.`: siblings under 1.2, not `a)` read as a damaged `1.` of
    the numbered list (`b)`, `c)` nested under it)."""
    import docx

    from pipeline.normalize import normalize
    from pipeline.segment import segment
    from tests.fixtures.docx_build import HEADINGS, LETTERS, _install_numbering, _number

    document = docx.Document()
    _install_numbering(document)
    document.add_paragraph("Instruktion för stadsdirektören", style="Title")
    for numbering, text in (
        ((HEADINGS, 0), "Stadsdirektören ska leda förvaltningen."),
        ((HEADINGS, 1), "Stadsdirektören ska verkställa besluten."),
        ((HEADINGS, 1), "Stadsdirektören ska:"),
        ((LETTERS, 0), "leda ledningsgruppen,"),
        ((LETTERS, 0), "följa upp ekonomin, och"),
        ((LETTERS, 0), "inte delta i upphandlingar."),
        ((HEADINGS, 0), "Stadsdirektören får besluta om organisationen."),
        ((HEADINGS, 0), "Stadsdirektören ansvarar för beredskapen."),
    ):
        _number(document.add_paragraph(text), *numbering)
    path = tmp_path / "instruktion.docx"
    document.save(str(path))
    clauses = segment(normalize(read_docx(path, "d"))).clauses
    assert [(c.clause_id, c.parent_id, c.label) for c in clauses if c.label[:1].isalpha()] == [
        ("1.2.a", "1.2", "a)"), ("1.2.b", "1.2", "b)"), ("1.2.c", "1.2", "c)")]
    assert [c.clause_id for c in clauses if c.label in ("2.", "3.")] == ["2", "3"]
