"""PDF layout rules on hand-made word geometry (no PDF needed)."""

from __future__ import annotations

from pipeline.ingest.pdf_borderless import lift_wrapped_tables
from pipeline.ingest.pdf_layout import (
    CellLines,
    Geometry,
    PageLayout,
    Paragraph,
    PdfOptions,
    TableBlock,
    Word,
    breaks_hard,
    cell_text,
    ends_early,
    group_lines,
    join_continued_rows,
    level_bullets,
    lift_aligned_tables,
    measure,
    page_paragraphs,
    paragraph_text,
    remove_running_lines,
)

OPTS = PdfOptions()
RAGGED = Geometry(pitch_ratio=1.3, left=72.0, right=520.0)
JUSTIFIED = Geometry(pitch_ratio=1.3, left=72.0, right=520.0, justified=True)


def line(top: float, *words: tuple[str, float, float]):
    return group_lines([Word(text, x0, x1, top, top + 11, 11.0, False) for text, x0, x1 in words],
                       3.0)[0]


def test_a_sentence_ending_where_the_next_word_would_have_fitted_ends_the_paragraph() -> None:
    previous = line(100, ("Nämnden", 72, 120), ("beslutar.", 124, 170))
    following = line(114.3, ("Styrelsen", 72, 118), ("leder", 122, 150))
    assert ends_early(previous, following, RAGGED, OPTS)
    full = line(100, ("Nämnden", 72, 120), ("beslutar.", 124, 470))
    long_word = line(114.3, ("Regiondirektören", 72, 170), ("leder", 174, 200))
    assert not ends_early(full, long_word, RAGGED, OPTS)
    assert ends_early(full, long_word, JUSTIFIED, OPTS)  # justified: every full line ends at 520
    lower = line(114.3, ("och", 72, 90), ("leder", 94, 120))
    assert not ends_early(previous, lower, RAGGED, OPTS)


def test_paragraphs_without_spacing_split_at_early_sentence_ends() -> None:
    lines = [
        line(100, ("Nämnden", 72, 120), ("ska", 124, 140), ("leda", 144, 516)),
        line(114.3, ("arbetet.", 72, 110)),
        line(128.6, ("Styrelsen", 72, 118), ("beslutar", 122, 516)),
        line(142.9, ("slutligen.", 72, 120)),
    ]
    paragraphs = page_paragraphs(lines, RAGGED, OPTS)
    assert [len(p.lines) for p in paragraphs] == [2, 2]



def test_one_line_paragraphs_do_not_set_the_line_pitch() -> None:
    """Most paragraphs one line with 18 pt between them, the two wrapped ones 12.6 pt:
    the pitch comes from the gaps below the lines that run on (nu51 fault 4), so that the
    last two paragraphs, 18 pt apart, are two."""
    lines = [
        line(100, ("Nämnden", 72, 120), ("ska", 124, 140), ("besluta", 144, 400), ("om", 404, 470)),
        line(112.6, ("taxorna.", 72, 120)),
        line(130.6, ("Styrelsen", 72, 118), ("leder", 122, 300), ("arbetet.", 304, 380)),
        line(148.6, ("Direktören", 72, 130), ("verkställer", 134, 300), ("besluten.", 304, 390)),
        line(166.6, ("Kansliet", 72, 120), ("bereder", 124, 300), ("ärendena.", 304, 420)),
        line(184.6, ("Ordföranden", 72, 140), ("kallar", 144, 300), ("till", 304, 440)),
        line(202.6, ("Förvaltningen", 72, 150), ("informerar", 154, 400), ("nämnden.", 404, 460)),
        line(220.6, ("Om", 72, 88), ("bolaget", 92, 300), ("avser", 304, 470), ("att", 474, 514)),
        line(233.2, ("låna", 72, 100), ("beslutar", 104, 150), ("fullmäktige.", 154, 200)),
    ]
    geometry = measure([PageLayout(1, 842.0, lines)])
    assert geometry.pitch_ratio < 1.2
    paragraphs = page_paragraphs(lines, geometry, OPTS)
    assert [len(p.lines) for p in paragraphs] == [2, 1, 1, 1, 1, 1, 2]

def test_a_short_unpunctuated_line_with_room_for_the_next_word_is_a_hard_break() -> None:
    heading = line(100, ("1.", 72, 80), ("Nämndens", 84, 130), ("uppgifter", 134, 180))
    text = line(114.3, ("Nämnden", 72, 120), ("ansvarar", 124, 516))
    assert breaks_hard(heading, text, RAGGED, OPTS)
    assert [len(p.lines) for p in page_paragraphs([heading, text], RAGGED, OPTS)] == [1, 1]
    # A wrapped line: the next word would not have fitted, or it carries on in lower case,
    # or the line reaches far into the text width (ragged right).
    wrapped = line(100, ("Nämnden", 72, 120), ("beslutar", 124, 440))
    long_word = line(114.3, ("Regiondirektören", 72, 170), ("leder", 174, 200))
    assert not breaks_hard(wrapped, long_word, RAGGED, OPTS)
    lower = line(114.3, ("och", 72, 90), ("leder", 94, 120))
    assert not breaks_hard(heading, lower, RAGGED, OPTS)
    mid = line(100, ("Nämnden", 72, 120), ("beslutar", 124, 400))
    capital = line(114.3, ("Styrelsen", 72, 118))
    assert not breaks_hard(mid, capital, RAGGED, OPTS)


def test_symbol_and_letter_bullets_become_level_bullets() -> None:
    page = PageLayout(1, 842.0, [
        line(100, ("\uf0b7", 90, 95), ("leda", 108, 130), ("arbetet,", 134, 170)),
        line(114, ("o", 126, 131), ("inom", 144, 170), ("vatten,", 174, 200)),
        line(128, ("(cid:127)", 90, 95), ("följa", 108, 130), ("upp.", 134, 160)),
    ])
    level_bullets([page], OPTS.indent_tolerance)
    assert [ln.words[0].text for ln in page.lines] == ["•", "◦", "•"]
    assert [ln.label is not None for ln in page.lines] == [True, True, True]


def test_a_letter_o_in_running_text_is_no_bullet() -> None:
    text_line = line(100, ("o", 72, 78), ("och", 81, 100))
    assert text_line.words[0].text == "o" and text_line.label is None


def _sized(top: float, size: float, *words: tuple[str, float, float]):
    return group_lines(
        [Word(text, x0, x1, top, top + size, size, False) for text, x0, x1 in words], 3.0
    )[0]


def _one_page(*, page_number: bool) -> PageLayout:
    header = _sized(35, 11, ("Exempelby", 72, 120), ("kommun", 124, 160))
    title = _sized(70, 26, ("Reglemente", 72, 200))
    body = _sized(120, 11, ("Nämnden", 72, 120), ("beslutar.", 124, 170))
    footer = _sized(742, 11, ("Reglemente", 72, 130), *(
        (("Sida", 134, 156), ("1", 160, 166)) if page_number else (("2024", 134, 160),)
    ))
    return PageLayout(1, 792.0, [header, title, body, footer])


def test_a_one_page_document_with_a_page_number_loses_its_header_and_footer() -> None:
    """One page cannot show running lines repeating; a printed page number shows the header
    and footer machinery: the number's line, and a smaller line apart above the title, go."""
    page = _one_page(page_number=True)
    remove_running_lines([page], OPTS)
    assert [line.text for line in page.lines] == ["Reglemente", "Nämnden beslutar."]
    assert [line.text for line in page.footer_lines] == ["Reglemente Sida 1"]
    assert [line.text for line in page.header_lines] == ["Exempelby kommun"]


def test_a_one_page_document_without_a_page_number_keeps_its_top_and_bottom_lines() -> None:
    page = _one_page(page_number=False)
    remove_running_lines([page], OPTS)
    assert [line.text for line in page.lines] == [
        "Exempelby kommun", "Reglemente", "Nämnden beslutar.", "Reglemente 2024"
    ]


# Table cells: a cell whose text is set from x 176.5 to 251.9 (5.5 points in from its borders).


def _cell(*lines) -> CellLines:
    return CellLines(tuple(lines), 176.5, 251.9)


def test_a_word_broken_at_a_narrow_cells_edge_is_one_word() -> None:
    cell = _cell(line(100, ("Beslut", 176.5, 211.7), ("om", 215.2, 232.3)),
                 line(112.8, ("tillsynsplane", 176.5, 246.6)),
                 line(125.6, ("n", 176.5, 183.6), ("för", 187.1, 203.0)),
                 line(138.4, ("verksamhete", 176.5, 248.3)),
                 line(151.2, ("r", 176.5, 181.8)))
    assert cell_text(cell, OPTS) == "Beslut om tillsynsplanen för verksamheter"


def test_ordinary_wrapped_cell_lines_keep_their_space() -> None:
    several_words = _cell(line(100, ("Beslut", 176.5, 211.7), ("om", 215.2, 246.0)),
                          line(112.8, ("tillsyn", 176.5, 210.4)))
    short_word = _cell(line(100, ("Yttrande", 176.5, 222.0)),
                       line(112.8, ("överklagande", 176.5, 240.0)))
    capitalised = _cell(line(100, ("Kulturnämndens", 176.5, 249.0)),
                        line(112.8, ("Ordförande", 176.5, 230.0)))
    hyphen = _cell(line(100, ("kultur-", 176.5, 249.0)), line(112.8, ("och", 176.5, 195.0)))
    assert cell_text(several_words, OPTS) == "Beslut om tillsyn"
    assert cell_text(short_word, OPTS) == "Yttrande överklagande"
    assert cell_text(capitalised, OPTS) == "Kulturnämndens Ordförande"
    assert cell_text(hyphen, OPTS) == "kultur- och"


def test_a_full_cell_line_before_a_word_that_stands_alone_keeps_its_space() -> None:
    # the one-word line ends as close to the edge as a broken word's, but the next line
    # opens with a preposition: the office suite wrapped before it (newuser53 fault 3)
    before_preposition = _cell(line(100, ("Yttrande", 176.5, 222.0), ("till", 225.5, 243.4)),
                               line(112.8, ("kulturförvaltningen", 176.5, 250.0)),
                               line(125.6, ("i", 176.5, 178.7), ("ärenden", 182.2, 220.0)))
    before_conjunction = _cell(line(100, ("tillsynsplanen", 176.5, 250.2)),
                               line(112.8, ("och", 176.5, 195.0), ("taxan", 198.5, 225.0)))
    assert cell_text(before_preposition, OPTS) == "Yttrande till kulturförvaltningen i ärenden"
    assert cell_text(before_conjunction, OPTS) == "tillsynsplanen och taxan"


def test_a_word_too_long_for_the_text_width_is_one_word_in_a_paragraph() -> None:
    """Newuser53 fault 12: a title in a large type broken inside a word at the text's right
    edge, no hyphen, the rest in lower case: one word; a full line before a word that stands
    alone, and a one-word line short of the edge, keep their line break."""
    narrow = Geometry(pitch_ratio=1.2, left=90.0, right=277.0)
    title = Paragraph([line(100, ("Instruktion", 90, 210), ("för", 216, 250)),
                       line(131, ("stadsbyggnadsdirektör", 90, 276.5)),
                       line(162, ("en", 90, 118), ("i", 124, 130), ("Ekdala", 136, 220))],
                      False, 90.0)
    before_preposition = Paragraph([line(100, ("samhällsbyggnadsnämnden", 90, 276.0)),
                                    line(114, ("i", 90, 93), ("Ekdala", 97, 140))], False, 90.0)
    short = Paragraph([line(100, ("Kommunstyrelsen", 90, 200)),
                       line(114, ("leder", 90, 120), ("arbetet.", 124, 160))], False, 90.0)
    assert paragraph_text(title, narrow, OPTS) == "Instruktion för\nstadsbyggnadsdirektören i Ekdala"
    assert paragraph_text(before_preposition, narrow, OPTS) == "samhällsbyggnadsnämnden\ni Ekdala"
    assert paragraph_text(short, narrow, OPTS) == "Kommunstyrelsen\nleder arbetet."


def _table(top: float, bottom: float, rows, cells) -> TableBlock:
    return TableBlock(top, tuple(rows), bottom, (84.6, 171.0, 257.4), tuple(cells))


def test_a_row_split_by_a_page_break_is_one_row() -> None:
    header = ("Nr", "Beslut")
    first = PageLayout(1, 842.0, [], [_table(70, 780, [header, ("1.6", "Beslut om")], [
        (None, None),
        (None, _cell(line(760, ("Beslut", 176.5, 211.7), ("om", 215.2, 232.3)))),
    ])])
    second = PageLayout(2, 842.0, [], [_table(72, 400, [header, ("", "tillsynsplane n"),
                                                        ("1.7", "Beslut")], [
        (None, None),
        (None, _cell(line(86, ("tillsynsplane", 176.5, 246.6)),
                     line(98.8, ("n", 176.5, 183.6)))),
        (None, None),
    ])])
    join_continued_rows([first, second], OPTS)
    assert first.tables[0].rows == (header, ("1.6", "Beslut om tillsynsplane n"))
    assert second.tables[0].rows == (("1.7", "Beslut"),)  # the header printed again dropped


def test_a_header_row_printed_again_on_each_page_is_dropped() -> None:
    """Newuser54 fault 8: a table going on over three pages, its header row printed on each:
    the header is kept once, on the first page; rows equal to it elsewhere stay."""
    header = ("Nr", "Beslut")

    def page(number: int, rows) -> PageLayout:
        return PageLayout(number, 842.0, [], [_table(70, 780, rows, [(None, None)] * len(rows))])

    pages = [page(1, [header, ("1.1", "Beslut")]), page(2, [header, ("1.2", "Beslut")]),
             page(3, [header, ("1.3", "Beslut")])]
    join_continued_rows(pages, OPTS)
    assert [table.rows for p in pages for table in p.tables] == [
        (header, ("1.1", "Beslut")), (("1.2", "Beslut"),), (("1.3", "Beslut"),)]
    other = [page(1, [header, ("1.1", "Beslut")]),
             PageLayout(2, 842.0, [line(60, ("Bilaga", 72, 110))], [
                 _table(90, 300, [header, ("2.1", "Beslut")], [(None, None)] * 2)])]
    join_continued_rows(other, OPTS)
    assert other[1].tables[0].rows == (header, ("2.1", "Beslut"))  # a new table: text above


def test_a_word_broken_at_a_page_break_is_joined_and_a_numbered_row_stays_apart() -> None:
    first = PageLayout(1, 842.0, [], [_table(70, 780, [("1.6", "tillsynsplane")], [
        (None, _cell(line(760, ("tillsynsplane", 176.5, 246.6)))),
    ])])
    second = PageLayout(2, 842.0, [], [_table(72, 400, [("", "n för"), ("1.7", "Beslut")], [
        (None, _cell(line(86, ("n", 176.5, 183.6), ("för", 187.1, 203.0)))),
        (None, None),
    ])])
    numbered = PageLayout(3, 842.0, [], [_table(72, 400, [("1.8", "Beslut")], [(None, None)])])
    join_continued_rows([first, second, numbered], OPTS)
    assert first.tables[0].rows == (("1.6", "tillsynsplanen för"),)
    assert second.tables[0].rows == (("1.7", "Beslut"),)
    assert numbered.tables[0].rows == (("1.8", "Beslut"),)


def _page(*lines) -> PageLayout:
    return PageLayout(1, 842.0, list(lines))


def test_lines_of_aligned_columns_without_rules_are_a_table() -> None:
    heading = line(80, ("2", 72, 78), ("Kontaktuppgifter", 84, 170))
    rows = [line(100, ("Funktion", 72, 115), ("Telefon", 234, 270), ("Rum", 378, 398)),
            line(114, ("Växel", 72, 100), ("0920-300", 234, 276), ("00", 279, 290),
                 ("B1", 378, 391)),
            line(128, ("Reception", 72, 118), ("0920-300", 234, 276), ("01", 279, 290),
                 ("B2", 378, 391))]
    after = line(150, ("Nämnden", 72, 120), ("beslutar.", 124, 170))
    page = _page(heading, *rows, after)
    lift_aligned_tables([page], OPTS)
    assert [table.rows for table in page.tables] == [(
        ("Funktion", "Telefon", "Rum"),
        ("Växel", "0920-300 00", "B1"),
        ("Reception", "0920-300 01", "B2"),
    )]
    assert [line.text for line in page.lines] == ["2 Kontaktuppgifter", "Nämnden beslutar."]


def test_two_aligned_lines_or_gaps_that_do_not_align_are_no_table() -> None:
    two = [line(100, ("Ordförande", 72, 125), ("Anna", 234, 260)),
           line(114, ("Sekreterare", 72, 130), ("Bo", 234, 250))]
    stretched = [line(100 + 14 * index, ("Nämnden", 72, 120), ("beslutar", x, x + 45))
                 for index, x in enumerate((160, 200, 240))]
    for lines in (two, stretched):
        page = _page(*lines)
        lift_aligned_tables([page], OPTS)
        assert page.tables == [] and page.lines == lines


# Tables without borders whose cells wrap (pipeline/ingest/pdf_borderless.py): words 5 points
# a character, a space 3 points; columns at 72, 168, 258 (words broken at 157 and 248); lines
# 14 points apart inside a row, rows spaced like paragraphs (26 points).


def _words(x: float, text: str) -> list[tuple[str, float, float]]:
    words = []
    for word in text.split():
        words.append((word, x, x + 5 * len(word)))
        x += 5 * len(word) + 3
    return words


def _columns(top: float, *cells: tuple[float, str]):
    return line(top, *(word for x, text in cells for word in _words(x, text)))


def test_a_table_without_borders_whose_cells_wrap_is_a_table() -> None:
    heading = _columns(60, (72, "4 Delegeringsförteckning"))
    rows = [
        _columns(86, (72, "Ärende"), (168, "Delegat"), (258, "Lagrum")),
        _columns(112, (72, "Beslut om"), (168, "Trafikhandläggar"), (258, "13 kap. 3 § TrF")),
        _columns(126, (72, "parkeringstillstå"), (168, "e")),
        _columns(140, (72, "nd")),
        _columns(166, (72, "Yttrande till"), (168, "Förvaltningschef"), (258, "2 kap. 3 § OL")),
        _columns(180, (72, "polisen om")),
        _columns(194, (72, "tillställning")),
    ]
    after = _columns(220, (72, "Ordföranden får besluta i ärenden som är så brådskande att "
                               "nämndens avgörande"))
    page = _page(heading, *rows, after)
    lift_wrapped_tables([page], OPTS)
    assert [table.rows for table in page.tables] == [(
        ("Ärende", "Delegat", "Lagrum"),
        ("Beslut om parkeringstillstånd", "Trafikhandläggare", "13 kap. 3 § TrF"),
        ("Yttrande till polisen om tillställning", "Förvaltningschef", "2 kap. 3 § OL"),
    )]
    assert page.lines == [heading, after]


def test_two_column_page_text_lists_and_signatures_are_no_table() -> None:
    left = ["Nämnden ansvarar för att", "verksamheten bedrivs enligt", "de mål som fullmäktige",
            "har bestämt.", "Styrelsen ska leda och", "samordna arbetet med"]
    right = ["Förvaltningen bereder de", "ärenden som nämnden ska", "avgöra och verkställer",
             "dess beslut.", "Ordföranden ska leda", "nämndens sammanträden"]
    tops = [86, 100, 114, 128, 154, 168]
    two_columns = [_columns(top, (72, a), (300, b))
                   for top, a, b in zip(tops, left, right, strict=True)]
    numbered = [_columns(86, (72, "1."), (110, "Kommundirektören leder")),
                _columns(100, (110, "förvaltningen och svarar")),
                _columns(126, (72, "2."), (110, "Kommundirektören ska")),
                _columns(140, (110, "samordna förvaltningarna")),
                _columns(166, (72, "3."), (110, "Kommundirektören är")),
                _columns(180, (110, "styrelsens rådgivare"))]
    signatures = [_columns(86, (72, "Ekvik den 3 mars 2026"), (300, "Ekvik den 3 mars 2026")),
                  _columns(126, (72, "Karin Lund"), (300, "Per Holm")),
                  _columns(140, (72, "Kommunstyrelsens"), (300, "Kommundirektör")),
                  _columns(154, (72, "ordförande")),
                  _columns(180, (72, "Eva Berg"), (300, "Olof Strand"))]
    for lines in (two_columns, numbered, signatures):
        page = _page(*lines)
        lift_wrapped_tables([page], OPTS)
        lift_aligned_tables([page], OPTS)
        assert page.tables == [] and page.lines == lines


def test_borderless_table_options_are_checked() -> None:
    import pytest

    for bad in ({"wrapped_table_gutter": 0}, {"wrapped_table_align": -1},
                {"aligned_table_label_words": 0}):
        with pytest.raises(ValueError, match="wrapped_table|aligned_table"):
            PdfOptions(**bad)


def test_a_wrapped_table_goes_on_at_the_next_pages_top() -> None:
    """Under its header printed again or not, the next page's first line in lower case in
    the columns goes on with the last row; rows after it are the table's rows there."""
    header = ((72, "Ärende"), (168, "Delegat"), (258, "Lagrum"))
    table = [
        _columns(86, *header),
        _columns(112, (72, "Beslut om"), (168, "Enhetschef"), (258, "6 kap. 37 § KL")),
        _columns(126, (72, "avgifter")),
        _columns(152, (72, "Upphandling upp"), (168, "Förvaltningschef"), (258, "LOU")),
    ]
    for repeated in (False, True):
        top = [_columns(60, *header)] if repeated else []
        rest = [_columns(74, (72, "till 500 000"), (258, "och KL")),
                _columns(100, (72, "Yttrande till"), (168, "Ordförande"), (258, "RB")),
                _columns(114, (72, "domstol")),
                _columns(140, (72, "Ordföranden får besluta i ärenden som är så brådskande att "
                                   "nämndens avgörande"))]
        first, second = _page(*table), PageLayout(2, 842.0, [*top, *rest])
        lift_wrapped_tables([first, second], OPTS)
        assert first.tables[0].rows[-1] == ("Upphandling upp till 500 000", "Förvaltningschef",
                                            "LOU och KL")
        assert [table.rows for table in second.tables] == [(
            *([("Ärende", "Delegat", "Lagrum")] if repeated else []),
            ("Yttrande till domstol", "Ordförande", "RB"),
        )]
        assert second.lines == rest[-1:]


def test_a_wrapped_table_goes_on_over_several_pages() -> None:
    """Newuser54 fault 1: a part that fills its page goes on again on the page after, also
    where a row is split by the second page break (its last line alone at the page's top)."""
    header = ((72, "Nr"), (110, "Ärende"), (258, "Delegat"))

    def row(top: float, number: int) -> list:
        return [_columns(top, (72, f"1.{number}"), (110, "Beslut om insats"), (258, "Chef")),
                _columns(top + 14, (110, f"nummer {number} enligt")),
                _columns(top + 28, (110, "socialtjänstlagen"))]

    first = _page(_columns(48, *header), *row(74, 1), *row(116, 2))  # a header set apart
    second = PageLayout(2, 842.0, [*row(60, 3), *row(102, 4)[:2]])
    third = PageLayout(3, 842.0, [_columns(60, (110, "socialtjänstlagen")), *row(74, 5)])
    lift_wrapped_tables([first, second, third], OPTS)
    rows = [row for page in (first, second, third) for table in page.tables
            for row in table.rows]
    assert rows == [("Nr", "Ärende", "Delegat"), *[
        (f"1.{n}", f"Beslut om insats nummer {n} enligt socialtjänstlagen", "Chef")
        for n in range(1, 6)]]
    assert first.lines == second.lines == third.lines == []


def test_rows_going_on_that_cannot_be_read_are_counted() -> None:
    """Newuser54 fault 1: rows on the next page in the table's columns that do not read as
    its rows (a cell starting below the row's first line) are counted, for a warning."""
    from pipeline.ingest.pdf import _unread_message

    header = ((72, "Nr"), (110, "Ärende"), (258, "Delegat"))
    first = _page(_columns(48, *header),
                  _columns(74, (72, "1.1"), (110, "Beslut om insats"), (258, "Chef")),
                  _columns(88, (110, "nummer 1 enligt")),
                  _columns(102, (110, "socialtjänstlagen")),
                  _columns(116, (72, "1.2"), (110, "Beslut om insats"), (258, "Chef")),
                  _columns(130, (110, "nummer 2 enligt")))
    broken = [_columns(60, (72, "1.3"), (110, "Beslut om")),
              _columns(74, (110, "insats"), (258, "Chef"))]
    second = PageLayout(2, 842.0, list(broken))
    lift_wrapped_tables([first, second], OPTS)
    assert second.tables == [] and second.lines == broken and second.unread_rows == 1
    assert _unread_message([second]) == (
        "1 table row on page 2 could not be read as the table's rows (kept as text): "
        "check the table")


def _sized(top: float, size: float, *words: tuple[str, float, float]):
    return group_lines(
        [Word(text, x0, x1, top, top + size, size, False) for text, x0, x1 in words], 3.0
    )[0]


def test_ocr_layer_size_wobble_inside_a_sentence_is_no_paragraph_break() -> None:
    # Round 54 (nu54 fault 4): tesseract sizes each line of its invisible text by itself
    # (46 pt, then 47 pt); a sentence going on in lower case stays one paragraph.
    lines = [
        _sized(100, 11.0, ("Direktören", 72, 130), ("får", 134, 150), ("inte", 154, 516)),
        _sized(114.3, 12.0, ("utan", 72, 95), ("nämndens", 99, 150), ("beslut.", 154, 190)),
    ]
    assert [len(p.lines) for p in page_paragraphs(lines, RAGGED, OPTS)] == [2]
    # negatives: a sentence end, a capital, a real size change
    ended = [_sized(100, 11.0, ("Direktören", 72, 130), ("leder.", 134, 516)), lines[1]]
    assert [len(p.lines) for p in page_paragraphs(ended, RAGGED, OPTS)] == [1, 1]
    heading = [_sized(100, 14.0, ("Direktörens", 72, 150), ("uppgifter", 154, 220)), lines[1]]
    assert [len(p.lines) for p in page_paragraphs(heading, RAGGED, OPTS)] == [1, 1]


def test_a_short_document_takes_its_right_margin_from_a_wrapped_line() -> None:
    """Newuser57 fault 7: few full lines, so the 95th percentile of line ends falls on a
    one-line sentence (470), not the margin; the line that wraps into a lower-case line
    (516; the median of such lines) gives the margin, and every one-line sentence with room for the next line's first
    word after it ends its paragraph, whatever its own length."""
    lines = [
        line(100, ("Denna", 72, 110), ("instruktion", 114, 300), ("gäller", 304, 516)),
        line(114.3, ("som", 72, 90), ("bolag.", 94, 200)),
        line(128.6, ("Chefen", 72, 110), ("ska", 114, 130), ("leda", 134, 420), ("arbetet.", 424, 470)),
        line(142.9, ("Chefen", 72, 110), ("ska", 114, 130), ("vidare", 134, 455), ("se.", 459, 460)),
        line(157.2, ("Chefen", 72, 110), ("ansvarar", 114, 300), ("för.", 304, 440)),
        line(171.5, ("Chefen", 72, 110), ("får", 114, 130), ("inte", 134, 400), ("låna.", 404, 425)),
    ]
    geometry = measure([PageLayout(1, 842.0, lines)])
    assert geometry.right == 516
    paragraphs = page_paragraphs(lines, geometry, OPTS)
    assert [len(p.lines) for p in paragraphs] == [2, 1, 1, 1, 1]
    # without a wrapped line the percentile stands
    assert measure([PageLayout(1, 842.0, lines[2:])]).right == 460
