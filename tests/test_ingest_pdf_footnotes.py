"""Footnotes of an office suite's PDF (round 48, nu48 fault 1): the raised mark leaves the
sentence, the notes at the page's foot leave the flow and follow the paragraph citing them,
and a list running over the page break stays one list."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from pipeline.ingest import read_document
from pipeline.ingest.pdf import read_pdf
from pipeline.normalize import normalize
from pipeline.segment import segment
from tests.fixtures.build import PAGE_HEIGHT, PAGE_WIDTH, REGULAR, draw_line, pdf_canvas

LEFT = 70.0
BODY, NOTE, MARK = 11.0, 8.0, 6.5


def _line(c: canvas.Canvas, top: float, text: str, size: float = BODY, x: float = LEFT) -> float:
    """Draw `text` with its top at `top` (from the page top); where it ends, in points."""
    return draw_line(c, top, text, size, x)


def _mark(c: canvas.Canvas, top: float, x: float, number: str) -> None:
    """A footnote mark: smaller, raised to the cited word's cap height."""
    c.setFont(REGULAR, MARK)
    c.drawString(x, PAGE_HEIGHT - top - BODY + 4.5, number)


def _borderless_table(path: Path, rows: list[tuple[str, str, str]]) -> list[tuple[str, ...]]:
    """A page with a three-column table without borders or row spacing (an empty cell left
    out) between a heading and a line of text; the rows the PDF reader gives."""
    with pdf_canvas(path) as c:
        _line(c, 60, "Ansvar för gemensamma frågor", 14)
        columns = (LEFT, 250.0, 430.0)
        for index, cells in enumerate(rows):
            for x, text in zip(columns, cells, strict=True):
                if text:
                    _line(c, 100 + 13 * index, text, 10, x)
        _line(c, 200, "Tabellen gäller från och med årsskiftet.")
    return [row.cells for row in read_pdf(path, "ansvar").table_rows]


def _build(path: Path) -> None:
    with pdf_canvas(path) as c:
        _line(c, 60, "Reglemente för tekniska nämnden i Ekdala", 16)
        end = _line(c, 100, "Nämnden ska enligt plan- och bygglagen (2010:900)")
        _mark(c, 100, end, "1")
        _line(c, 100, "fullgöra kommunens uppgifter.", x=end + 8)
        _line(c, 130, "Nämnden ska särskilt:")
        _line(c, 150, "1. sköta gator och parker,")
        end = _line(c, 165, "2. ansvara för vinterväghållningen,")
        _mark(c, 165, end, "2")
        _line(c, 180, "3. förvalta kommunens fastigheter,")
        c.line(LEFT, 740, LEFT + 150, 740)
        _line(c, 745, "1 Lagen ersatte 1987 års plan- och bygglag.", NOTE)
        _line(c, 756, "2 Gång- och cykelvägar ingår.", NOTE)
        _line(c, 800, "Sida 1 av 2", BODY, PAGE_WIDTH - 140)
        c.showPage()
        _line(c, 60, "4. upplåta offentlig plats.")
        end = _line(c, 90, "Avgiften för 10 m")
        _mark(c, 90, end, "2")  # a raised digit no note on this page answers: m²
        _line(c, 90, "parkering beslutas av nämnden.", x=end + 8)
        _line(c, 790, "Ekdala kommun 2026", NOTE)  # small print at the foot: a footer, no note
        _line(c, 800, "Sida 2 av 2", BODY, PAGE_WIDTH - 140)


def test_notes_leave_the_flow_and_the_list_runs_over_the_page_break(tmp_path: Path) -> None:
    path = tmp_path / "reglemente.pdf"
    _build(path)
    text = read_pdf(path, "reglemente").text
    assert "(2010:900) fullgöra kommunens uppgifter." in text
    assert "¹ Lagen ersatte 1987 års plan- och bygglag." in text
    assert "² Gång- och cykelvägar ingår." in text
    paragraphs = text.split("\n\n")
    cited = next(i for i, p in enumerate(paragraphs) if p.startswith("Nämnden ska enligt"))
    assert paragraphs[cited + 1].startswith("¹ ")  # right after the paragraph citing it
    item = paragraphs.index("2. ansvara för vinterväghållningen,")
    assert paragraphs[item + 1 : item + 3] == [  # review 48a, 1: the note after the list
        "3. förvalta kommunens fastigheter,",
        "4. upplåta offentlig plats.",
    ]
    assert paragraphs[item + 3].startswith("² ")


def test_a_raised_digit_without_a_note_and_a_small_footer_stay(tmp_path: Path) -> None:
    path = tmp_path / "reglemente.pdf"
    _build(path)
    text = read_pdf(path, "reglemente").text
    # review 48a, 10: the digit stays on its word (`m²`), no line of its own that would
    # number the next paragraph
    assert "Avgiften för 10 m² parkering beslutas av nämnden." in text
    assert "Ekdala kommun 2026" in text
    document = segment(normalize(read_document(path, "reglemente")))
    fee = next(c for c in document.clauses if c.text.startswith("Avgiften"))
    assert (fee.kind, fee.label) == ("paragraph", "")


def test_a_borderless_table_row_of_capitalised_cells_is_no_wrap(tmp_path: Path) -> None:
    """Round 48 (nu48 fault 8): in a table without borders or row spacing whose one cell
    wraps (`… i sina` ⏎ `enheter.`), a line whose cells all open with a capital starts a row
    though its first word would not have fitted in the first column above."""
    rows = [
        ("Fråga", "Ansvarig", "Till"),
        ("Digital utveckling", "IT-chefen", "Styrelsen"),
        ("Upphandlingsfrågor och avtal", "Inköpschefen", "Styrelsen"),
        ("Kommunikation", "Enhetscheferna svarar för", "Styrelsen"),
        ("", "kommunikationen i sina enheter.", ""),
        ("Lokalförsörjning", "Fastighetschefen", "Direktören"),
    ]
    assert _borderless_table(tmp_path / "ansvar.pdf", rows) == [
        ("Fråga", "Ansvarig", "Till"),
        ("Digital utveckling", "IT-chefen", "Styrelsen"),
        ("Upphandlingsfrågor och avtal", "Inköpschefen", "Styrelsen"),
        ("Kommunikation", "Enhetscheferna svarar för kommunikationen i sina enheter.", "Styrelsen"),
        ("Lokalförsörjning", "Fastighetschefen", "Direktören"),
    ]


def _body(c: canvas.Canvas, top: float) -> None:
    """Lines of body text, so that the page's body size is the body's."""
    for row in range(4):
        _line(c, top + 15 * row, "Avgiften betalas mot faktura inom trettio dagar från beslutet.")


def test_small_print_right_above_the_notes_stays_in_the_body(tmp_path: Path) -> None:
    """Review 48a, 3: a small closing line directly above the notes (no wide gap) is no note
    line: the notes below it are still read and the mark leaves the sentence."""
    path = tmp_path / "taxa.pdf"
    with pdf_canvas(path) as c:
        _line(c, 60, "Taxa för bygglov i Sjöhamra", 16)
        end = _line(c, 100, "Avgiften tas ut enligt taxan")
        _mark(c, 100, end, "1")
        _line(c, 100, "för varje ärende.", x=end + 8)
        _body(c, 130)
        _line(c, 729, "Beslutad av fullmäktige i mars.", NOTE)
        _line(c, 740, "1 Taxan räknas upp varje år.", NOTE)
    text = read_pdf(path, "taxa").text
    assert "enligt taxan för varje ärende." in text
    assert "¹ Taxan räknas upp varje år." in text
    assert "Beslutad av fullmäktige i mars." in text


def test_a_note_running_on_from_the_page_before_leaves_the_next_notes(tmp_path: Path) -> None:
    """Review 48a, 2: the foot of a page may open with the end of a note begun on the page
    before (a line with no number); the numbered notes below it are still notes."""
    path = tmp_path / "taxa.pdf"
    with pdf_canvas(path) as c:
        _line(c, 60, "Taxa för tillsyn i Sjöhamra", 16)
        end = _line(c, 100, "Avgiften tas ut enligt lagen")
        _mark(c, 100, end, "1")
        _line(c, 100, "för varje timme.", x=end + 8)
        _body(c, 130)
        _line(c, 745, "1 Lagen ändrades senast år 2020 och", NOTE)
        c.showPage()
        end = _line(c, 60, "Timavgiften fastställs i taxan")
        _mark(c, 60, end, "2")
        _line(c, 60, "varje höst.", x=end + 8)
        _body(c, 90)
        _line(c, 734, "gäller alla kommuner.", NOTE)
        _line(c, 745, "2 Taxan räknas upp varje år.", NOTE)
    text = read_pdf(path, "taxa").text
    assert "fastställs i taxan varje höst." in text
    assert "² Taxan räknas upp varje år." in text
    assert "\n2 Taxan" not in text
    assert "¹ Lagen ändrades senast år 2020 och\ngäller alla kommuner." in text


def test_a_wrapped_row_going_on_with_a_name_stays_one_row(tmp_path: Path) -> None:
    """Review 48a, 4: a line of capitalised cells under a cell that ends in a preposition,
    or that leaves a column empty that the line above fills, goes on with the row above
    (`… samråd med` ⏎ `Tekniska verken`); the table keeps its rows below."""
    rows = [
        ("Fråga", "Ansvarig", "Till"),
        ("Digital utveckling", "IT-chefen", "Styrelsen"),
        ("Avtal om vatten i samråd med", "Teknikchefen efter", "Styrelsen"),
        ("Tekniska verken", "Miljöchefen", ""),
        ("Lokalförsörjning", "Fastighetschefen", "Direktören"),
    ]
    assert _borderless_table(tmp_path / "ansvar.pdf", rows) == [
        ("Fråga", "Ansvarig", "Till"),
        ("Digital utveckling", "IT-chefen", "Styrelsen"),
        (
            "Avtal om vatten i samråd med Tekniska verken",
            "Teknikchefen efter Miljöchefen",
            "Styrelsen",
        ),
        ("Lokalförsörjning", "Fastighetschefen", "Direktören"),
    ]


def test_a_note_line_going_on_with_a_chapter_number_opens_no_note(tmp_path: Path) -> None:
    """Review 48a, 11: a note's second line that opens with the next number before a
    lower-case word (`2 kap. 4 §`) goes on with the note; a note may open with `§`."""
    path = tmp_path / "taxa.pdf"
    with pdf_canvas(path) as c:
        _line(c, 60, "Taxa för tillsyn i Sjöhamra", 16)
        end = _line(c, 100, "Nämnden tar ut avgift enligt lagen")
        _mark(c, 100, end, "1")
        _line(c, 100, "för tillsynen.", x=end + 8)
        end = _line(c, 115, "Avgiften sätts ned enligt förordningen")
        _mark(c, 115, end, "2")
        _line(c, 115, "vid brister.", x=end + 8)
        _body(c, 145)
        _line(c, 734, "1 Bestämmelsen om avgiften finns i", NOTE)
        _line(c, 745, "2 kap. 4 § miljöbalken.", NOTE)
        _line(c, 756, "2 § 9 förordningen om avgifter.", NOTE)
    text = read_pdf(path, "taxa").text
    assert "¹ Bestämmelsen om avgiften finns i\n2 kap. 4 § miljöbalken." in text
    assert "² § 9 förordningen om avgifter." in text
    assert "enligt förordningen vid brister." in text


def test_a_note_on_a_list_s_last_item_comes_before_the_next_numbered_heading(
    tmp_path: Path,
) -> None:
    """Review 48a, 1: a note waits only for the next item of its list (`2.` after `1.`), not
    for a numbered heading that does not go on with the list (`2. Befogenheter` after `3.`)."""
    path = tmp_path / "instruktion.pdf"
    with pdf_canvas(path) as c:
        _line(c, 60, "1. Uppgifter", 13)
        _line(c, 90, "Förvaltningschefen ska:")
        _line(c, 105, "1. leda förvaltningens arbete,")
        _line(c, 120, "2. bereda nämndens ärenden,")
        end = _line(c, 135, "3. samordna krisberedskapen.")
        _mark(c, 135, end, "1")
        _line(c, 165, "2. Befogenheter", 13)
        _line(c, 195, "Förvaltningschefen får besluta om förvaltningens organisation.")
        _body(c, 225)
        _line(c, 745, "1 Enligt lagen om extraordinära händelser.", NOTE)
    paragraphs = read_pdf(path, "instruktion").text.split("\n\n")
    item = paragraphs.index("3. samordna krisberedskapen.")
    assert paragraphs[item + 1 : item + 3] == [
        "¹ Enligt lagen om extraordinära händelser.",
        "2. Befogenheter",
    ]
