"""Borderless two-column PDFs (tests/fixtures/office/label_columns.py): a narrow column of
headings or numbers beside the text is read row by row, as the same table with ruling lines
or the OpenDocument file is; one-column text with hanging indents stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read_document
from pipeline.normalize import normalize
from pipeline.segment import SegmentedDocument, segment
from tests.fixtures.office.label_columns import HANGING, HEADINGS, NUMBERS

OFFICE = Path(__file__).parent / "fixtures" / "office"


def _segmented(name: str) -> SegmentedDocument:
    return segment(normalize(read_document(OFFICE / name)))


@pytest.fixture(scope="module")
def headings() -> SegmentedDocument:
    return _segmented("label-column-headings.pdf")


def _rows(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The table's rows as a reader gives them: a cell's paragraphs joined by a space."""
    return tuple((label, text.replace("\n", " ")) for label, text in rows)


@pytest.mark.parametrize("name", ["label-column-headings", "label-column-tight"])
def test_a_heading_column_gives_one_row_per_heading(name: str) -> None:
    """Headings a point smaller than the text and set on its first line's baseline, some
    over two lines; each heading is its row's first cell, the text beside and below it the
    second, whatever lines the two columns' words were grouped into; rows spaced apart or
    (`-tight`) not, a row then starting below a line that ends a sentence."""
    rows = tuple(c.cells for c in _segmented(f"{name}.pdf").clauses if c.kind == "table_row")
    assert rows == _rows(HEADINGS.rows)


def test_a_row_across_the_page_break_is_one_row(headings: SegmentedDocument) -> None:
    """Its text goes on at the top of page 2 in the text column; the joined row is on the
    page it starts on (as a ruled table's row split by a page break)."""
    pages = {c.cells[0]: c.pages for c in headings.clauses if c.kind == "table_row"}
    assert pages["Syfte"] == (1,)
    assert pages["Tillsyn enligt lagen om skydd mot olyckor"] == (1,)
    assert pages["Information"] == (2,)
    assert pages["Uppföljning"] == (2,)


def test_the_pdf_gives_the_opendocument_files_clauses(headings: SegmentedDocument) -> None:
    """The running header aside (the .odt has none in its text), the PDF's clauses are the
    .odt's: the lead paragraph and the heading above the table (at the left column's edge,
    no text beside it: no row), one clause per row, the heading and paragraph after it."""
    odt = _segmented("label-column-headings.odt")

    def structure(document: SegmentedDocument) -> list[tuple[str, str, str]]:
        return [(c.clause_id, c.kind, c.text) for c in document.clauses if c.kind != "heading"]

    assert structure(headings) == structure(odt)
    assert [c.text for c in headings.clauses[-2:]] == list(HEADINGS.closing)


def test_a_number_column_gives_numbered_headings_and_paragraphs() -> None:
    """Only numbers in the left column: `1.` beside a bold heading, `1.1` beside its text;
    the numbers label the clauses as printed numbering does."""
    document = _segmented("label-column-numbers.pdf")
    numbered = [(c.label, c.kind, c.text) for c in document.clauses if c.label]
    assert numbered == [
        (label, "heading" if label in NUMBERS.heading_rows else "paragraph", text)
        for label, text in NUMBERS.rows
    ]


def test_hanging_indents_in_one_column_are_no_columns() -> None:
    """A first line at the margin and the rest set in, also after a word and a tab: the
    words after the tab go on with the word before it (lower case), so it is running text,
    and each paragraph is one clause (its second line, set in, wrapped from the first)."""
    raw = read_document(OFFICE / "hanging-paragraphs.pdf")
    assert raw.table_rows == ()
    texts = [c.text for c in segment(normalize(raw)).clauses]
    for _, text in HANGING.hanging:
        assert " ".join(text.replace("\t", " ").split()) in texts


def test_two_column_page_text_stays_text() -> None:
    """Columns of equal width, each wrapping its own text: page columns, no label column."""
    assert read_document(OFFICE / "two-column.pdf").table_rows == ()
