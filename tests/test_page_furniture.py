"""Round 44 (probe44 S2): running footers and headers of a PDF text layer, and the text that
runs on over them (pipeline/normalize/page_furniture.py), on invented pages."""

from __future__ import annotations

import pytest

from pipeline.normalize.lines import split_lines
from pipeline.normalize.page_furniture import page_break_joins, running_furniture_lines
from tests.conftest import segment_text

TITLE = "Riktlinjer för representation i Ödeby kommun"
FOOTER = "Ödeby kommun        Riktlinjer för representation        Sida {n} av 2"
HEADER = "Riktlinjer för representation   2024-03-05   Dnr KS 2024/0311"


def _furniture(text: str) -> list[str]:
    lines = split_lines(text)
    return [lines[i].stripped for i in sorted(running_furniture_lines(lines, frozenset(), text))]


def test_a_counter_line_with_the_title_and_the_header_beside_it_are_furniture() -> None:
    text = (
        f"{TITLE}\n\nRepresentation ska vara måttfull.\n\n{FOOTER.format(n=1)}\n\n"
        f"{HEADER}\n\nGåvor får ges till externa gäster.\n\n{FOOTER.format(n=2)}\n"
    )
    assert _furniture(text) == [FOOTER.format(n=1), HEADER, FOOTER.format(n=2)]


@pytest.mark.parametrize(
    "footer",
    [
        "2023-10-02        1 (2)",
        "2023-10-02   1",
        "2023-10-02   Sida 1 av 2",
        "Ödeby kommun   Sida 1/2",
        "5 mars 2024   Sida 1 av 2",
    ],
)
def test_a_dated_counter_is_furniture(footer: str) -> None:
    text = f"{TITLE}\nRepresentation ska vara måttfull.\n{footer}\nGåvor får ges.\n"
    assert _furniture(text) == [footer]


def test_a_header_with_a_written_date_beside_a_counter_is_furniture() -> None:
    header = "Riktlinjer för representation   5 mars 2024"
    text = f"{TITLE}\nRepresentation ska vara måttfull.\nSida 1 av 2\n{header}\nGåvor får ges.\n"
    assert _furniture(text) == ["Sida 1 av 2", header]


def test_a_one_word_title_and_a_wrapped_title_repeated_beside_a_counter_are_furniture() -> None:
    text = "Attestinstruktion\nAttester görs digitalt.\n1 (2)\nAttestinstruktion\nKvitton sparas.\n"
    assert _furniture(text) == ["1 (2)", "Attestinstruktion"]
    text = (
        "Riktlinjer för representation och\ngåvor i Ödeby kommun\nGåvor får ges.\n"
        "2023-10-02   1 (2)\nRiktlinjer för representation och gåvor i Ödeby kommun\nAlkohol.\n"
    )
    assert _furniture(text) == [
        "2023-10-02   1 (2)",
        "Riktlinjer för representation och gåvor i Ödeby kommun",
    ]


def test_a_header_pair_that_recurs_beside_the_counters_is_furniture() -> None:
    pair = "Ödeby kommun\nEkonomi och upphandling"
    text = (
        f"{TITLE}\nRepresentation ska vara\n2023-10-02   1 (3)\n{pair}\nmåttfull.\n"
        f"Gåvor får ges.\n2023-10-02   2 (3)\n{pair}\nAlkohol serveras inte.\n"
        "2023-10-02   3 (3)\n"
    )
    assert _furniture(text) == [
        "2023-10-02   1 (3)",
        "Ödeby kommun",
        "Ekonomi och upphandling",
        "2023-10-02   2 (3)",
        "Ödeby kommun",
        "Ekonomi och upphandling",
        "2023-10-02   3 (3)",
    ]


def test_a_one_word_heading_at_two_page_tops_stays() -> None:
    text = (
        f"{TITLE}\nGåvor får ges.\n2023-10-02   1 (3)\nAllmänt\nAlkohol serveras inte.\n"
        "2023-10-02   2 (3)\nAllmänt\nKvitton sparas.\n2023-10-02   3 (3)\n"
    )
    assert "Allmänt" not in _furniture(text)


@pytest.mark.parametrize(
    "line",
    [
        "3. Gåvor",  # a heading under the counter
        "Representation",  # a one-word heading of title words
        "Ödeby kommun",  # a signature: a third of the title's words
        "2024-05-01.",  # a date ending a sentence
        "sida 3 av 4 i bilaga 2.",  # a sentence's page reference, wrapped to the line's start
        "Riktlinjer för representation gäller alla anställda i kommunen.",  # a sentence
    ],
)
def test_body_lines_beside_a_counter_stay(line: str) -> None:
    text = f"{TITLE}\nRepresentation ska vara måttfull.\n\nSida 1 av 2\n\n{line}\n\nGåvor.\n"
    lines = split_lines(text)
    artifacts = frozenset(i for i, x in enumerate(lines) if x.stripped == "Sida 1 av 2")
    found = running_furniture_lines(lines, artifacts, text)
    assert [lines[i].stripped for i in sorted(found - artifacts)] == []


def test_a_line_after_a_form_feed_that_recurs_is_furniture() -> None:
    text = (
        f"{TITLE}\nGåvor får ges.\n\fÖdeby kommun Ekonomi\nAlkohol serveras inte.\n"
        "\fÖdeby kommun Ekonomi\nKvitton sparas.\n"
    )
    assert _furniture(text) == ["Ödeby kommun Ekonomi", "Ödeby kommun Ekonomi"]


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("Gåvor får ges till exter-", "na gäster.", True),  # a hyphenated word
        ("Gåvor får ges till", "externa gäster.", True),  # a sentence without its stop
        ("Gåvor får ges till gäster,", "om chefen godkänner det.", True),
        ("Gåvor får ges till gäster.", "Alkohol serveras inte.", False),
        ("Gåvor", "Alkohol serveras inte.", False),  # a heading before a sentence
        ("Gåvor får ges till:", "externa gäster,", False),  # a lead-in before its items
    ],
)
def test_text_runs_on_over_removed_furniture(before: str, after: str, joined: bool) -> None:
    lines = split_lines(f"{before}\n\nSida 1 av 2\n\n{after}\n")
    joins = page_break_joins(lines, frozenset({2}))
    assert joins == (frozenset({1, 3}) if joined else frozenset())


def test_a_paragraph_and_a_hyphenated_word_run_on_over_a_page_break() -> None:
    text = (
        f"{TITLE}\n\n1. Gåvor\n\nGåvor får ges till externa gäster när chefen har god-\n\n"
        f"{FOOTER.format(n=1)}\n\n{HEADER}\n\nkänt dem i förväg.\n\n2. Alkohol\n\n"
        f"Alkohol serveras inte.\n\n{FOOTER.format(n=2)}\n"
    )
    clauses = [clause.text for clause in segment_text(text).clauses]
    assert clauses == [
        TITLE,
        "Gåvor",
        "Gåvor får ges till externa gäster när chefen har godkänt dem i förväg.",
        "Alkohol",
        "Alkohol serveras inte.",
    ]
