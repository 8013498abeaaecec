"""Pages set in two text columns (round 47): read column by column; one-column pages with a
table, a narrow column or a page number beside the text keep their lines."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest.pdf import read_pdf
from pipeline.ingest.pdf_columns import restack_columns
from pipeline.ingest.pdf_layout import Line, PageLayout, PdfOptions, Word, group_lines
from tests.fixtures.office import columns

OFFICE = Path(__file__).parent / "fixtures" / "office"
OPTS = PdfOptions()


def _words(top: float, x: float, text: str) -> list[Word]:
    words = []
    for word in text.split():
        words.append(Word(word, x, x + 5 * len(word), top, top + 10, 10.0, False))
        x += 5 * len(word) + 3
    return words


def _page(rows: list[list[tuple[float, str]]]) -> PageLayout:
    words = [
        word
        for index, cells in enumerate(rows)
        for x, text in cells
        for word in _words(60 + 14 * index, x, text)
    ]
    return PageLayout(number=1, height=842, lines=group_lines(words, 3.0))


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


LEFT = [
    "Styrelsen ska hålla ordning på",
    "föreningens handlingar och se",
    "till att besluten verkställs",
    "utan dröjsmål. Kassören ska",
    "redovisa ekonomin för styrelsen",
    "vid varje ordinarie sammanträde",
    "och lämna en rapport till stämman",
    "före utgången av februari.",
]
RIGHT = [
    "Revisorerna ska granska styrelsens",
    "förvaltning och lämna sin",
    "berättelse till föreningsstämman",
    "senast två veckor före mötet.",
    "Ordföranden får kalla till extra",
    "sammanträde när två ledamöter",
    "begär det skriftligen hos någon",
    "av styrelsens ledamöter.",
]


def test_two_text_columns_are_read_left_column_first_below_a_title_band() -> None:
    title = [[(150, "Stadgar för Ekbackens båtklubb antagna av årsmötet i mars")]]
    page = _page(
        title + [[(72, left), (320, right)] for left, right in zip(LEFT, RIGHT, strict=True)]
    )
    restack_columns([page], OPTS)
    assert _texts(page.lines) == [title[0][0][1], *LEFT, *RIGHT]
    assert page.lines[len(LEFT) + 1].x0 == page.lines[1].x0  # the right column moved left
    assert page.lines[len(LEFT) + 1].top > page.lines[len(LEFT)].top


def test_a_short_sentence_end_closing_the_left_column_ends_its_paragraph() -> None:
    """Newuser53 fault 7: the left column's last line ends a sentence well short of the
    column's edge, so the right column's first line opens a paragraph (a blank line's gap
    below it); a full last line carries its paragraph on into the right column."""
    rows = [[(72, left), (320, right)] for left, right in zip(LEFT, RIGHT, strict=True)]
    ended = _page(rows)
    restack_columns([ended], OPTS)
    full = _page([*rows[:-1], [(72, "före utgången av februari varje"), (320, RIGHT[-1])]])
    restack_columns([full], OPTS)
    for page, gap in ((ended, 28.0), (full, 14.0)):
        last, first = page.lines[len(LEFT) - 1], page.lines[len(LEFT)]
        assert first.text == RIGHT[0] and first.top - last.top == gap


def test_one_column_text_a_delegation_list_and_a_page_number_keep_their_lines() -> None:
    prose = [[(72, left + " " + right)] for left, right in zip(LEFT, RIGHT, strict=True)]
    delegation = [[(72, left), (320, "Ordförande")] for left in LEFT]
    numbered = [*prose, [(500, "3")]]
    three_columns = [[(72, "Beslut om bidrag"), (200, "Rektor"), (320, right)] for right in RIGHT]
    for rows in (prose, delegation, numbered, three_columns):
        page = _page(rows)
        before = _texts(page.lines)
        restack_columns([page], OPTS)
        assert _texts(page.lines) == before


def test_a_short_last_right_column_is_read_after_the_left_one() -> None:
    """Round 50: the right column holds only the text's last lines (a heading and a few lines
    beside the top of a full left column): too few words for a fair share, still a column."""
    right = ["7 § Utträde", *RIGHT[:3]]
    rows = [
        [(72, left), (320, right[index])] if index < len(right) else [(72, left)]
        for index, left in enumerate(LEFT)
    ]
    page = _page(rows)
    restack_columns([page], OPTS)
    assert _texts(page.lines) == [*LEFT, *right]


def test_a_sparse_label_column_beside_text_keeps_its_lines() -> None:
    """Review 50b S4: a short side on the left is a sparse label column (a delegation list's
    headings ending lower than the text beside them), no short last column: only a right
    column may end short."""
    labels = {0: "Bidrag till föreningar", 4: "Avgifter enligt taxa", 8: "Övriga ärenden"}
    rows = [
        ([(72, labels[index])] if index in labels else [])
        + ([(220, RIGHT[index])] if index < len(RIGHT) else [])
        for index in range(len(RIGHT) + 1)
    ]
    page = _page(rows)
    before = _texts(page.lines)
    restack_columns([page], OPTS)
    assert _texts(page.lines) == before


def test_a_one_line_block_beside_one_narrow_column_keeps_its_lines() -> None:
    """A single line at the top right (a date, a page label) is no short last column."""
    page = _page([[(72, LEFT[0]), (320, "Sida 1 av 3")], *([(72, left)] for left in LEFT[1:])])
    before = _texts(page.lines)
    restack_columns([page], OPTS)
    assert _texts(page.lines) == before


def test_columns_can_be_switched_off() -> None:
    page = _page([[(72, left), (320, right)] for left, right in zip(LEFT, RIGHT, strict=True)])
    before = _texts(page.lines)
    restack_columns([page], PdfOptions(columns=False))
    assert _texts(page.lines) == before


def test_a_libreoffice_two_column_section_reads_as_its_source() -> None:
    """Title and closing paragraph across the page, a section in two justified columns with
    a numbered list, paragraphs running into the next column and onto the next page."""
    document = read_pdf(OFFICE / f"{columns.NAME}.pdf", "x")
    paragraphs = [" ".join(part.split()) for part in document.text.split("\n\n")]
    expected = [columns.TITLE, columns.SUBTITLE]
    for heading, texts in columns.SECTIONS:
        expected += [heading, *texts]
    expected += [f"{number}. {item}" for number, item in enumerate(columns.AGENDA, start=1)]
    for _ in range(3):
        for heading, texts in columns.LATER:
            expected += [heading, *texts]
    expected.append(columns.CLOSING)
    assert [part for part in paragraphs if part] == expected
    assert document.table_rows == ()


def test_a_libreoffice_short_last_column_follows_the_left_column() -> None:
    """Round 50: a two-column section whose right column holds only the last § (set a few
    points lower than the left column's top) reads §1 … §5, then §6, each paragraph whole."""
    document = read_pdf(OFFICE / f"{columns.SHORT_NAME}.pdf", "x")
    paragraphs = [" ".join(part.split()) for part in document.text.split("\n\n")]
    expected = [columns.SHORT_TITLE]
    for heading, texts in (*columns.SHORT_SECTIONS, columns.SHORT_LAST):
        expected += [heading, *texts]
    assert [part for part in paragraphs if part] == expected


def test_column_options_are_checked() -> None:
    """Review 47a: a column option that would let an empty page reach the median of no
    lines (``column_min_lines: 0``), a share outside (0, 1] or a gutter of no width is a
    configuration error."""
    import pytest

    for bad in (
        {"column_min_lines": 0},
        {"column_line_share": 0},
        {"column_line_share": 1.5},
        {"column_gutter": 0},
    ):
        with pytest.raises(ValueError, match="column_"):
            PdfOptions(**bad)


def test_columns_below_a_title_band_of_unequal_lines() -> None:
    """Newuser51b fault 1: a title line ending inside the gutter above a full-width line
    leaves no band free of all the page's lines; the gutter is found below them, and the
    short right column (the last paragraph's continuation) follows the left column."""
    title = [[(72, "Instruktionen för hamndirektören i Ekviks hamnbolag")],
             [(72, "Fastställd av styrelsen den 3 mars 2026 med diarienummer HB 2026/14 i sin")]]
    left = [*LEFT, "Hamndirektören ska leda", "arbetet i hamnen och se till att", "driften"]
    right = ["fungerar väl under hela året.", "Hamndirektören bör samråda", "med kommunen."]
    rows = [
        [(72, text), (320, right[index])] if index < len(right) else [(72, text)]
        for index, text in enumerate(left)
    ]
    page = _page(title + rows)
    restack_columns([page], OPTS)
    assert _texts(page.lines) == [title[0][0][1], title[1][0][1], *left, *right]


def test_a_heading_below_balanced_columns_is_read_after_the_right_column() -> None:
    """Newuser55 fault 1: a balanced two-column section (its left column one line longer,
    running over into the right one) is followed by a short full-width heading and a
    full-width line; the heading is no end of column 1 but the text below both columns."""
    left = [*LEFT, "som sedan tas upp på nästa möte"]
    rows = [
        [(72, text), (320, RIGHT[index])] if index < len(RIGHT) else [(72, text)]
        for index, text in enumerate(left)
    ]
    heading = [[(72, "3 Informationsplikt")]]
    below = [[(72, "Styrelsen ska hålla medlemmarna informerade om alla väsentliga händelser.")]]
    page = _page(rows + heading + below)
    restack_columns([page], OPTS)
    assert _texts(page.lines) == [*left, *RIGHT, heading[0][0][1], below[0][0][1]]
    tops = [line.top for line in page.lines]
    assert tops == sorted(tops)


def test_a_left_column_running_to_the_page_end_keeps_its_tail() -> None:
    """A section whose left column goes on below the right one to the page's end (no
    full-width text after it) is still read as column 1 to its end."""
    left = [*LEFT, "som sedan tas upp på nästa möte", "3 Informationsplikt", "Styrelsen ska"]
    rows = [
        [(72, text), (320, RIGHT[index])] if index < len(RIGHT) else [(72, text)]
        for index, text in enumerate(left)
    ]
    page = _page(rows)
    restack_columns([page], OPTS)
    assert _texts(page.lines) == [*left, *RIGHT]
