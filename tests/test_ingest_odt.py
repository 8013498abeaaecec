"""OpenDocument reader: LibreOffice's .odt (and flat .fodt) read as the Word reader reads the
.docx of the same source, down to the clauses `styrdok run` writes (fixtures in
tests/fixtures/office, made with LibreOffice; see build.py there)."""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

import pipeline
from pipeline.batch import run_batch
from pipeline.config import ConfigError, load_settings
from pipeline.ingest import IngestError, Limits, discover, read_document
from pipeline.ingest.odt import format_odf_number, read_odt
from pipeline.normalize import normalize
from pipeline.segment import segment
from tests.conftest import ROOT

OFFICE = Path(__file__).parent / "fixtures" / "office"
FEATURES = OFFICE / "odt-features.odt"
ODT_NAMES = sorted(path.stem for path in OFFICE.glob("*.odt"))
SEED_NAMES = [name for name in ODT_NAMES if name.startswith("seed-")]

EXPECTED_FEATURES = """\
Instruktion för kommundirektören

Fastställd av kommunstyrelsen 2025-06-10, § 77.

1. Kommundirektörens roll

Kommundirektören är kommunstyrelsens ledande tjänsteperson.

¹ Se 7 kap. 1 § kommunallagen.

1.1 Delegation

Kommundirektören ska särskilt

a) leda förvaltningen,

i. med stöd av ledningsgruppen,

b) verkställa styrelsens beslut,

Därutöver ska kommundirektören

c) bereda ärenden till styrelsen.

2. Uppgifter och ansvar

Uppgift | Ansvarig | Återrapportering
Budgetuppföljning | Kommundirektören | Månadsvis
Delegationsbeslut | Delegat | Till nästa sammanträde
Delegationsbeslut | Ordföranden | Vid behov
Övriga uppgifter enligt särskilt beslut

Kommundirektören får besluta i brådskande ärenden.
Besluten ska anmälas till styrelsen.

3. Samverkan

Kommundirektören ska verka för att

• förvaltningarna samarbetar,

◦ särskilt inom ekonomi,

• invånarna får god service.

Uppföljningen sker i dessa steg:

3. Förvaltningen rapporterar till kommundirektören.

4. Kommundirektören rapporterar till styrelsen.

Ändringar av instruktionen beslutas av kommunstyrelsen.

4. Ikraftträdande

Instruktionen gäller från och med den 1 juli 2025.
"""


@pytest.fixture(scope="module")
def raw():
    return read_odt(FEATURES, "odt-features")


def test_headings_lists_table_in_body_order(raw) -> None:
    # outline numbering (1. / 1.1), a letter list with a roman sub-level continued after a
    # paragraph (continue-numbering), bullets at two levels, a list starting at 3
    # (text:start-value), text:s / text:tab / text:line-break, merged table cells
    assert raw.text == EXPECTED_FEATURES
    assert raw.format == "odt" and raw.encoding == "odt" and raw.structured
    assert raw.pages == () and raw.ocr_pages == ()


def test_footnotes_follow_their_paragraph_deletions_and_bands_stay_out(raw) -> None:
    # a footnote is a paragraph of its own after the one citing it (round 47), as in .docx
    assert "tjänsteperson.\n\n¹ Se 7 kap. 1 § kommunallagen.\n\n" in raw.text
    assert "ordföranden ensam" not in raw.text  # a tracked deletion
    for gone in ("Exempelby kommun", "Dnr", "Sida"):
        assert gone not in raw.text
    assert dict(raw.metadata) == {
        "header": "Exempelby kommun Dnr KS 2025/88",
        "footer": "Instruktion för kommundirektören",
        "diarienummer": "KS 2025/88",
        "adopted": "2025-06-10",
    }


def test_table_rows_and_indents(raw) -> None:
    assert [row.cells for row in raw.table_rows] == [
        ("Uppgift", "Ansvarig", "Återrapportering"),
        ("Budgetuppföljning", "Kommundirektören", "Månadsvis"),
        ("Delegationsbeslut", "Delegat", "Till nästa sammanträde"),
        ("Delegationsbeslut", "Ordföranden", "Vid behov"),  # the cell spanning two rows
        ("Övriga uppgifter enligt särskilt beslut",),  # one cell spanning three columns
    ]
    for row in raw.table_rows:
        assert raw.text[row.start : row.end] == " | ".join(row.cells)
    indents = {raw.text[i.start : i.end].split(" ")[0]: i.left for i in raw.indents}
    assert indents["a)"] == 18.0 and indents["i."] == 54.0 and indents["◦"] == 54.0
    assert indents["Kommundirektören"] == 0.0


def test_flat_fodt_reads_as_the_odt(raw) -> None:
    flat = read_document(OFFICE / "odt-features.fodt")
    assert flat.format == "odt"
    assert (flat.text, flat.table_rows, flat.indents, dict(flat.metadata)) == (
        raw.text, raw.table_rows, raw.indents, dict(raw.metadata)
    )


def test_headings_outside_the_outline_numbering_show_no_number(tmp_path: Path) -> None:
    source = (OFFICE / "odt-features.fodt").read_text(encoding="utf-8")
    detached = source.replace(  # a heading style taken out of the chapter numbering
        'style:default-outline-level="2">', 'style:default-outline-level="2" '
        'style:list-style-name="">', 1)
    assert detached != source
    path = tmp_path / "rubriker.fodt"
    path.write_text(detached, encoding="utf-8")
    lines = read_document(path).text.split("\n")
    assert "Delegation" in lines and "1. Kommundirektörens roll" in lines
    assert "2. Uppgifter och ansvar" in lines


def test_a_cached_item_label_is_recomputed_not_repeated(tmp_path: Path) -> None:
    source = (OFFICE / "odt-features.fodt").read_text(encoding="utf-8")
    cached = source.replace("<text:list-item><text:p text:style-name=\"Standard\">leda",
                            "<text:list-item><text:number>x)</text:number>"
                            "<text:p text:style-name=\"Standard\">leda", 1)
    assert cached != source
    path = tmp_path / "cache.fodt"
    path.write_text(cached, encoding="utf-8")
    assert read_document(path).text == EXPECTED_FEATURES


def test_the_docx_libreoffice_saved_reads_the_same(raw) -> None:
    docx = read_document(OFFICE / "odt-features.docx")
    assert (docx.text, docx.table_rows, dict(docx.metadata)) == (
        raw.text, raw.table_rows, dict(raw.metadata)
    )
    assert [(i.start, i.end, i.left) for i in docx.indents] == [
        (i.start, i.end, i.left) for i in raw.indents
    ]


def test_options(tmp_path: Path) -> None:
    no_tables = read_odt(FEATURES, "x", options={"tables": False, "bullet_label": "-"})
    assert "Budgetuppföljning" not in no_tables.text and no_tables.table_rows == ()
    assert "• förvaltningarna" in no_tables.text  # a • bullet glyph stays
    with pytest.raises(ValueError, match="unknown odt option"):
        read_odt(FEATURES, "x", options={"tabeller": True})
    config = tmp_path / "configs"
    shutil.copytree(ROOT / "configs", config)
    ingest = config / "ingest.yaml"
    ingest.write_text(ingest.read_text(encoding="utf-8").replace(
        "odt:                         #", "odt:\n  tabeller: true\n  #", 1), encoding="utf-8")
    with pytest.raises(ConfigError, match="odt"):
        load_settings(config)


def test_odf_number_formats() -> None:
    assert [format_odf_number(n, "a") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "ab"]
    assert format_odf_number(28, "a", letter_sync=True) == "bb"
    assert [format_odf_number(n, fmt) for n, fmt in ((4, "I"), (9, "i"), (3, "A"), (7, "1"))] == [
        "IV", "ix", "C", "7"
    ]


# ---------------------------------------------------------------------------
# The same document as .odt and .docx gives the same clauses


def _structure(path: Path) -> list[tuple[str, str | None, str, str]]:
    document = segment(normalize(read_document(path)))
    return [(c.clause_id, c.parent_id, c.kind, c.text) for c in document.clauses]


@pytest.mark.parametrize("name", ODT_NAMES)
def test_odt_gives_the_clauses_of_the_docx(name: str) -> None:
    odt = read_document(OFFICE / f"{name}.odt")
    docx = read_document(OFFICE / f"{name}.docx")
    assert odt.text == docx.text
    assert odt.table_rows == docx.table_rows
    assert dict(odt.metadata) == dict(docx.metadata)
    assert _structure(OFFICE / f"{name}.odt") == _structure(OFFICE / f"{name}.docx")


def test_styrdok_run_gives_the_seeds_the_same_clauses_as_odt_and_docx(
    tmp_path: Path, settings
) -> None:
    folder = tmp_path / "in"
    for name in SEED_NAMES:
        for fmt in ("odt", "docx"):
            (folder / fmt).mkdir(parents=True, exist_ok=True)
            shutil.copy(OFFICE / f"{name}.{fmt}", folder / fmt / f"{name}.{fmt}")
    summary = run_batch([folder], tmp_path / "out", replace(settings, nlp=False))
    assert summary.ok
    clauses = pipeline.load(tmp_path / "out").clauses
    documents = pipeline.load(tmp_path / "out").documents.set_index("doc_id")
    by_path = {Path(path).name: doc_id for doc_id, path in documents["source_path"].items()}

    def table(file_name: str) -> list[tuple[str, str, str]]:
        rows = clauses[clauses.doc_id == by_path[file_name]]
        return list(zip(rows.text, rows.kind, rows.label.fillna(""), strict=True))

    for name in SEED_NAMES:
        odt, docx = table(f"{name}.odt"), table(f"{name}.docx")
        assert len(odt) > 20
        assert odt == docx, name


# ---------------------------------------------------------------------------
# Broken files


def _odt_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _one_line_error(path: Path, match: str) -> None:
    with pytest.raises(IngestError, match=match) as error:
        read_document(path)
    message = str(error.value)
    assert path.name in message and "\n" not in message


def test_corrupt_odt(tmp_path: Path) -> None:
    cut = tmp_path / "avkortad.odt"
    cut.write_bytes(FEATURES.read_bytes()[:3000])
    _one_line_error(cut, r"corrupt \.odt \(bad zip archive")

    mimetype = b"application/vnd.oasis.opendocument.text"
    missing = _odt_with(tmp_path / "saknas.odt", {"mimetype": mimetype, "styles.xml": b"<a/>"})
    _one_line_error(missing, r"corrupt \.odt \(missing content\.xml\)")

    not_zip = tmp_path / "text.odt"
    not_zip.write_bytes(b"just some text")
    _one_line_error(not_zip, "not an .odt")

    sheet = _odt_with(tmp_path / "kalkyl.odt", {
        "mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<a/>"})
    _one_line_error(sheet, "not an OpenDocument text")

    locked = _odt_with(tmp_path / "last.odt", {
        "mimetype": mimetype, "content.xml": b"\x00\x01",
        "META-INF/manifest.xml": b"<manifest><manifest:encryption-data/></manifest>"})
    _one_line_error(locked, "encrypted")

    with zipfile.ZipFile(FEATURES) as archive:
        content = archive.read("content.xml")
    broken = _odt_with(tmp_path / "trasig.odt", {"mimetype": mimetype,
                                                 "content.xml": content[: len(content) // 2]})
    _one_line_error(broken, r"corrupt \.odt \(content\.xml:")

    empty = tmp_path / "tom.odt"
    empty.write_bytes(b"")
    _one_line_error(empty, "empty file")


def test_zip_bombs_are_refused_before_parsing() -> None:
    with pytest.raises(IngestError, match="compression ratio"):
        read_document(FEATURES, limits=Limits(max_unpacked_ratio=1.0))


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "hahahahaha">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        b"<office:text><text:p>&b;</text:p></office:text></office:body>"
        b"</office:document-content>"
    )
    path = _odt_with(tmp_path / "skratt.odt", {"content.xml": laughs})
    _one_line_error(path, "DTD")


def test_a_corrupt_odt_does_not_stop_the_batch(tmp_path: Path, settings) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FEATURES, folder / "instruktion.odt")
    (folder / "avkortad.odt").write_bytes(FEATURES.read_bytes()[:3000])
    summary = run_batch([folder], tmp_path / "out", replace(settings, nlp=False))
    assert list(summary.processed) == ["instruktion"]
    errors = pipeline.load(tmp_path / "out").errors
    assert list(errors["doc_path"]) == [str(folder / "avkortad.odt")]
    assert "corrupt .odt" in errors["message"].iloc[0]


def test_odt_is_read_and_other_office_files_are_named(tmp_path: Path, caplog, settings) -> None:
    shutil.copy(FEATURES, tmp_path / "instruktion.odt")
    (tmp_path / "gammal.doc").write_bytes(b"x")
    paths, problems = discover([tmp_path], settings.input_suffixes)
    assert [path.name for path in paths] == ["instruktion.odt"]
    # round 48: a Word file is a problem of its own, naming the conversion
    assert [Path(problem.path).name for problem in problems] == ["gammal.doc"]
    assert "soffice --headless --convert-to docx" in problems[0].problem


def test_analysis_names_the_format() -> None:
    from pipeline.analysis import source_format

    assert source_format("a/instruktion.odt") == "odt" == source_format("b/instruktion.FODT")


def test_a_lettered_list_style_gives_labels_that_segment_into_items() -> None:
    """Round 44 (newuser44, cause 1): a LibreOffice list numbered ``a.`` (num-format ``a``,
    suffix ``.``) or ``I.`` under a lead-in: the reader prints the labels, segmentation makes
    each a list item with its label, its text after the label."""
    raw = read_odt(OFFICE / "lettered-list.odt", "lettered-list")
    assert "\n\na. planera och leda kansliets arbete,\n\nb. föra" in raw.text
    assert "\n\nI. uppföljning av målen,\n\nII. beslut" in raw.text
    clauses = segment(normalize(raw)).clauses
    items = [(c.parent_id, c.label, c.text) for c in clauses if c.kind == "list_item"]
    assert items == [
        ("1", "a.", "planera och leda kansliets arbete,"),
        ("1", "b.", "föra diariet över inkomna handlingar,"),
        ("1", "c.", "rapportera avvikelser till förbundsstyrelsen."),
        ("2", "I.", "uppföljning av målen,"),
        ("2", "II.", "beslut om ändringar."),
    ]


def test_a_cell_of_two_paragraphs_keeps_its_line_break() -> None:
    """Round 48 (nu48 fault 3), as the Word reader: `Ordförande` ⏎ `Kanslichef` in one cell
    are two lines of the cell, not one text joined by a space."""
    from lxml import etree

    from pipeline.ingest.odt import table_rows

    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    element = etree.fromstring(
        f'<table:table xmlns:table="{table}" xmlns:text="{text}"><table:table-row>'
        "<table:table-cell><text:p>Beslut om  ledighet</text:p></table:table-cell>"
        "<table:table-cell><text:p>Ordförande</text:p><text:p>Kanslichef</text:p>"
        "</table:table-cell></table:table-row></table:table>"
    )
    assert table_rows(element) == [("Beslut om ledighet", "Ordförande\nKanslichef")]
