"""PDF reader: layout rebuilt from geometry, running bands removed, tables, damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import IngestError, read_document
from pipeline.ingest.layout import is_page_number, strip_page_number
from pipeline.ingest.pdf import PdfOptions, ocr_available, read_pdf
from tests.fixtures.build import (
    ADOPTED,
    DIARIENUMMER,
    ORGANISATION,
    BuiltPdf,
    build_encrypted_pdf,
    build_pdf,
    build_scanned_pdf,
    pdf_canvas,
    truncate,
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuiltPdf:
    return build_pdf(tmp_path_factory.mktemp("pdf") / "instruktion.pdf")


@pytest.fixture(scope="module")
def raw(built: BuiltPdf):
    return read_pdf(built.path, "instruktion")


def test_text_is_the_clean_layout(built: BuiltPdf, raw) -> None:
    assert raw.text == built.expected_text
    assert raw.encoding == "pdf-text-layer"
    assert raw.ocr_pages == ()


def test_running_header_footer_and_page_numbers_removed(raw) -> None:
    for gone in (f"{ORGANISATION} ", "Dnr", "Sida", "Fastställd av", "G:\\Styrdokument"):
        assert gone not in raw.text
    assert raw.metadata["diarienummer"] == DIARIENUMMER
    assert raw.metadata["adopted"] == ADOPTED
    assert ORGANISATION in raw.metadata["header"]
    assert "Fastställd av regionstyrelsen" in raw.metadata["footer"]
    assert "Sida" not in raw.metadata["footer"]


def test_hyphenation_and_two_line_heading_kept_as_physical_lines(built: BuiltPdf, raw) -> None:
    hyphenated = [line for line, _ in built.line_pages if line.endswith("-")]
    assert hyphenated
    for line in hyphenated:
        assert f"{line}\n" in raw.text
    assert "roll- och" in raw.text
    heading = "3. Regiondirektörens roll i regionstyrelsen, patientnämnden,"
    start = raw.text.index(heading)
    block = raw.text[start : raw.text.index("\n\n", start)]
    assert block.count("\n") == 1 and block.endswith("internationella beredningen")


def test_paragraph_crossing_a_page_break_stays_one_paragraph(built: BuiltPdf, raw) -> None:
    assert built.crossing, "fixture must put a paragraph across a page break"
    joined = "\n".join(built.crossing)
    assert joined in raw.text
    start = raw.text.index(joined)
    pages = {raw.page_at(start), raw.page_at(start + len(joined) - 1)}
    assert pages == {1, 2}


def test_list_items_start_their_own_lines(raw) -> None:
    items = [line for line in raw.text.split("\n") if line.startswith("• ")]
    assert len(items) == 3
    assert "• att ekonomin i regionen" in raw.text


def test_table_rows_recorded_with_cells(raw) -> None:
    assert [row.cells for row in raw.table_rows] == [
        ("Uppgift", "Ansvarig", "Återrapportering"),
        ("Budgetuppföljning", "Regiondirektören", "Månadsvis"),
        ("Delegationsbeslut", "Delegat", "Till nästa sammanträde"),
    ]
    for row in raw.table_rows:
        assert raw.text[row.start : row.end] == " | ".join(row.cells)
    assert raw.text.count("Budgetuppföljning") == 1  # not also paragraph text
    first, last = raw.table_rows[0], raw.table_rows[-1]
    assert raw.text[first.start - 2 : first.start] == "\n\n"
    assert raw.text[last.end : last.end + 2] == "\n\n"


def test_a_cell_merged_over_two_rows_fills_both(tmp_path: Path) -> None:
    """Newuser53 fault 2: a Delegat box reaching down over two matters (drawn as one box)
    names the delegate of both rows; a box of its own left empty stays empty."""
    path = tmp_path / "delegation.pdf"
    rows = [("Ärende", "Delegat", "Anmärkning"), ("Bygglov för altan", "Handläggare", ""),
            ("Bygglov för carport", None, "Anmäls"), ("Rivningslov", "Bygglovschef", "")]
    left, width, height, top = 72.0, 150.0, 20.0, 800.0
    with pdf_canvas(path) as c:
        c.setFont("Helvetica", 10)
        for index, row in enumerate(rows):
            y = top - index * height
            for column, text in enumerate(row):
                if text is None:
                    continue
                tall = text == "Handläggare"
                c.rect(left + column * width, y - height * (2 if tall else 1), width,
                       height * (2 if tall else 1), stroke=1, fill=0)
                c.drawString(left + column * width + 4, y - 14, text)
    cells = [row.cells for row in read_pdf(path, "delegation").table_rows]
    assert cells == [("Ärende", "Delegat", "Anmärkning"),
                     ("Bygglov för altan", "Handläggare", ""),
                     ("Bygglov för carport", "Handläggare", "Anmäls"),
                     ("Rivningslov", "Bygglovschef", "")]


def test_pages_cover_the_text_and_page_at_works(built: BuiltPdf, raw) -> None:
    assert [page.number for page in raw.pages] == list(range(1, built.page_count + 1))
    assert raw.pages[0].start == 0 and raw.pages[-1].end == len(raw.text)
    for before, after in zip(raw.pages, raw.pages[1:], strict=False):
        assert before.end == after.start
    for line, page in built.line_pages:
        assert raw.page_at(raw.text.index(line)) == page, line


def test_read_document_dispatches_pdf(built: BuiltPdf) -> None:
    assert read_document(built.path).text == built.expected_text


def test_options_are_validated(built: BuiltPdf) -> None:
    with pytest.raises(ValueError, match="unknown pdf option"):
        read_pdf(built.path, "x", options={"no_such_option": 1})
    raw = read_pdf(built.path, "x", options={"tables": False})
    assert raw.table_rows == () and "Budgetuppföljning" in raw.text
    assert PdfOptions().paragraph_gap_ratio > 1.0


def test_single_page_document_loses_its_page_number(tmp_path: Path) -> None:
    from tests.fixtures.build import Block

    built = build_pdf(
        tmp_path / "kort.pdf",
        (Block("title", "Kort instruktion"), Block("paragraph", "Ett enda stycke text.")),
    )
    raw = read_pdf(built.path, "kort")
    assert "Sida" not in raw.text  # page numbers go even where nothing repeats
    assert "Kort instruktion\n\nEtt enda stycke text.\n\n" in raw.text


@pytest.mark.parametrize(
    "line", ["3", "Sida 3 av 7", "3 (7)", "3(7)", "- 3 -", "sida 12", "s. 3 (av 7)"]
)
def test_page_number_forms(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2023", "RS 2023/123", "3. Uppdrag", "Sida vid sida"])
def test_not_page_numbers(line: str) -> None:
    assert not is_page_number(line) or line == "2023"


def test_page_number_stripped_from_band_text() -> None:
    assert strip_page_number("Region X Sida 3 av 7") == "Region X"
    assert strip_page_number("Region X Dnr RS 2023/123") == "Region X Dnr RS 2023/123"


def test_scanned_page(tmp_path: Path) -> None:
    path = tmp_path / "skannad.pdf"
    imaged = build_scanned_pdf(path)
    if ocr_available("swe"):
        raw = read_pdf(path, "skannad")
        assert raw.ocr_pages == (2,)
        assert raw.encoding == "pdf-ocr"
        assert "styrdokument" in raw.text and raw.page_at(raw.text.index("styrdokument")) == 2
        assert imaged.split()[0] in raw.text
        with pytest.raises(IngestError, match=r"no readable text layer on page 2 .*OCR disabled"):
            read_pdf(path, "skannad", options={"ocr": "never"})
    else:
        with pytest.raises(IngestError, match=r"no readable text layer on page 2\b"):
            read_pdf(path, "skannad")


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "krypterad.pdf"
    build_encrypted_pdf(path)
    with pytest.raises(IngestError, match=r"encrypted PDF \(password required\)") as error:
        read_pdf(path, "krypterad")
    assert "krypterad.pdf" in str(error.value)


def test_truncated_pdf(built: BuiltPdf, tmp_path: Path) -> None:
    path = tmp_path / "avkortad.pdf"
    truncate(built.path, path)
    with pytest.raises(IngestError, match="corrupt or truncated PDF") as error:
        read_pdf(path, "avkortad")
    assert "avkortad.pdf" in str(error.value)


def test_corrupt_and_empty_files(tmp_path: Path) -> None:
    garbage = tmp_path / "skräp.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    with pytest.raises(IngestError, match="corrupt or truncated PDF|no pages|no text"):
        read_pdf(garbage, "skräp")
    not_pdf = tmp_path / "text.pdf"
    not_pdf.write_text("hej")
    with pytest.raises(IngestError, match="not a PDF"):
        read_pdf(not_pdf, "text")
    empty = tmp_path / "tom.pdf"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="empty file"):
        read_pdf(empty, "tom")


def test_blank_pdf_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    with pdf_canvas(path):
        pass
    with pytest.raises(IngestError, match="no text"):
        read_pdf(path, "blank")


def test_a_page_of_glyph_codes_is_read_like_a_scanned_page() -> None:
    from pipeline.ingest.pdf import _unreadable
    from pipeline.ingest.pdf_layout import Word

    def words(*texts: str) -> list[Word]:
        return [Word(text, 10.0 * i, 10.0 * i + 8, 100, 110, 11, False) for i, text in enumerate(texts)]

    assert _unreadable(words("(cid:17)(cid:20)(cid:3)", "(cid:44)(cid:51)", "Sida"))
    assert not _unreadable(words("Nämnden", "ska", "(cid:127)", "följa", "upp."))
    assert not _unreadable([])


# A skewed scan (round 50, nu50b fault 1): the words of a line turned 0.6° drift past
# `y_tolerance`; grouping them by height cut every line and sorted its pieces out of order.
_TURNED = (
    "Direktören ska varje år lämna en skriftlig rapport till nämnden om hur",
    "arbetet med den interna kontrollen har bedrivits under det gångna året.",
)


def test_turned_scan_keeps_each_lines_words_in_order(tmp_path: Path) -> None:
    path = tmp_path / "sned.pdf"
    build_scanned_pdf(path, _TURNED, turn=0.6, size=12)
    if not ocr_available("swe"):
        pytest.skip("tesseract with swe is not installed")
    raw = read_pdf(path, "sned")
    scanned = raw.text[raw.text.index("Direktören"):].split()
    assert scanned == " ".join(_TURNED).split()


def test_straight_scan_joins_a_wrapped_sentence_and_a_large_title(tmp_path: Path) -> None:
    """nu50b fault 2: OCR lines are joined like a text layer's: a title's three large lines
    are one block, a sentence's second line (a short word, then a longer one) continues it."""
    path = tmp_path / "rak.pdf"
    imaged = ("Instruktion för", "direktören i", "Norrviks kommun",
              "Direktören får inte fatta beslut i ärenden som rör den",
              "egna anställningen.")
    build_scanned_pdf(path, imaged, size=12, title_lines=3)
    if not ocr_available("swe"):
        pytest.skip("tesseract with swe is not installed")
    scanned = read_pdf(path, "rak").text
    assert "Instruktion för\ndirektören i\nNorrviks kommun\n\n" in scanned
    assert "rör den\negna anställningen." in scanned


def _hocr(*lines: tuple[str, list[tuple[int, int, str]]]) -> str:
    """hOCR of `lines`: (the line's title, its words as (left, top, text), 40 × 20 px)."""
    spans = []
    for title, words in lines:
        inner = "".join(
            f"<span class='ocrx_word' title='bbox {left} {top} {left + 40} {top + 20}; "
            f"x_wconf 95'>{text}</span> "
            for left, top, text in words
        )
        spans.append(f"<span class='ocr_line' title=\"{title}\">{inner}</span>")
    return f"<html><body><div class='ocr_page'>{''.join(spans)}</div></body></html>"


def test_ocr_lines_follow_tesseracts_lines_not_heights() -> None:
    """A page turned a little (every baseline's slope -2/60): one line drifting 12 px across
    the page, a line below it, and a header's right end tesseract put in a line of its own beside the left end: tesseract's
    lines keep their words, the slope is taken out, side-by-side lines join."""
    from pipeline.ingest.pdf_layout import group_ocr_lines
    from pipeline.ingest.pdf_ocr import hocr_lines

    slope = "bbox 0 0 1 1; baseline -0.0333 -5; x_size 22"
    drift = [(100 + 60 * i, 300 - 2 * i, word)
             for i, word in enumerate(["Nämnden", "ska", "följa", "upp", "hur", "beslutet", "verkställs"])]
    below = [(100 + 60 * i, 340 - 2 * i, word) for i, word in enumerate(["varje", "år."])]
    hocr = _hocr(
        (slope, [(100, 100, "Norrviks"), (160, 98, "kommun")]),
        (slope, [(700, 80, "Dnr"), (760, 78, "2025/1")]),
        (slope, drift),
        (slope, below),
    )
    lines = group_ocr_lines(hocr_lines(hocr, 1.0), 3.0)
    assert [line.text for line in lines] == [
        "Norrviks kommun Dnr 2025/1",
        "Nämnden ska följa upp hur beslutet verkställs",
        "varje år.",
    ]
    levelled = lines[1].words
    assert abs(levelled[0].top - levelled[-1].top) < 1.0


def test_ocr_line_heights_become_one_size_per_type_size() -> None:
    """tesseract's `x_size` differs with descenders (a title line with `g` is taller): lines
    within 12 % of each other are one size, so a three-line title is one block."""
    from pipeline.ingest.pdf_ocr import type_sizes

    assert type_sizes([45.0, 94.8, 46.0, 94.8, 104.0, 58.0, 43.0, 57.0]) == [
        45.0, 94.8, 45.0, 94.8, 94.8, 57.5, 45.0, 57.5,
    ]


def _full_width_line(c, top: float, text: str, size: float, right: float) -> None:
    """`text` drawn from the left margin to `right` (horizontal scaling, as a justified
    narrow column sets a long word alone on its line)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tests.fixtures.build import LEFT, PAGE_HEIGHT, REGULAR

    line = c.beginText(LEFT, PAGE_HEIGHT - top - size)
    line.setFont(REGULAR, size)
    line.setHorizScale(100.0 * (right - LEFT) / stringWidth(text, REGULAR, size))
    line.textOut(text)
    c.drawText(line)


def test_a_narrow_column_joins_a_broken_word_but_not_an_ordinary_wrap(tmp_path: Path) -> None:
    """Review 53c S2: a one-word line filling a narrow column, the next line in lower case,
    joins unspaced only where the two parts make a word (`stadsbyggnadsdirektör⏎en`), not
    where a long compound was wrapped before the next word (`…ledamöterna⏎ska`)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tests.fixtures.build import LEFT, REGULAR, draw_line, pdf_canvas

    size, pitch = 11.0, 13.2
    right = LEFT + stringWidth("kommunfullmäktigeledamöterna", REGULAR, size)
    path = tmp_path / "smal.pdf"
    with pdf_canvas(path) as c:
        lines = ["Ordföranden kallar de", "kommunfullmäktigeledamöterna",
                 "ska kallas i god tid.", "", "Kallelsen skickas till", "stadsbyggnadsdirektör",
                 "en och till nämnden."]
        for index, text in enumerate(lines):
            if text == "stadsbyggnadsdirektör":
                _full_width_line(c, 100.0 + index * pitch, text, size, right)
            elif text:
                draw_line(c, 100.0 + index * pitch, text, size)
    text = read_pdf(path, "smal").text
    assert "kommunfullmäktigeledamöterna\nska kallas" in text
    assert "stadsbyggnadsdirektören och till nämnden." in text


def test_a_numbered_heading_under_a_full_adoption_line_opens_a_paragraph(tmp_path: Path) -> None:
    """Newuser55 fault 2: ``1 Bolagets ändamål`` right under an adoption line that fills the
    text width and ends a sentence, in one font and line pitch, is a heading of its own; a
    number opening a sentence's next line in lower case (``3 av dem …``) goes on with it."""
    from tests.fixtures.build import RIGHT, draw_line

    size, pitch = 11.0, 14.0
    path = tmp_path / "agardirektiv.pdf"
    with pdf_canvas(path) as c:
        draw_line(c, 90.0, "Ägardirektiv för Ekby Energi AB", size)
        rows = [
            ("full", "Fastställt av kommunfullmäktige i Ekby kommun den 3 mars 2026, dnr KS 2026/17."),
            ("", "1 Bolagets ändamål"),
            ("full", "Bolaget ska främja energiförsörjningen i kommunen och verka för att hushållen"),
            ("", "får en trygg tillgång till el."),
            ("", "2 Styrelsen"),
            ("full", "Styrelsen ska ha sju ledamöter som utses av kommunfullmäktige för fyra år."),
            ("full", "3 av dem ska ha erfarenhet av energiverksamhet och ska kunna ersätta"),
            ("", "ordföranden vid behov."),
        ]
        for index, (kind, text) in enumerate(rows):
            top = 120.0 + index * pitch
            if kind:
                _full_width_line(c, top, text, size, RIGHT)
            else:
                draw_line(c, top, text, size)
    paragraphs = read_pdf(path, "agardirektiv").text.rstrip().split("\n\n")
    assert paragraphs[1:4] == [rows[0][1], rows[1][1], f"{rows[2][1]}\n{rows[3][1]}"]
    assert paragraphs[-1].startswith(rows[5][1]) and paragraphs[-1].endswith(rows[7][1])
