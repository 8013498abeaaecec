"""Round 45 (writer W): Markdown marks in a plain-text file read as the Markdown reader reads
them (pipeline.normalize.markdown_marks), offsets kept; invented sentences."""

from pipeline.ingest import RawDocument
from pipeline.normalize import normalize
from pipeline.normalize.lines import split_lines
from pipeline.normalize.markdown_marks import is_markdown, unmarked_line

MARKDOWN = """# Stadgar för Båtklubben Näset

## 3 § Styrelse

Styrelsen ska **varje år** lämna en rapport till [årsmötet](https://example.se/arsmote).

> Kassören sköter *alla* betalningar.
"""


def _blocks(text: str) -> list[str]:
    document = normalize(RawDocument("md", "", "", "utf-8", text))
    return [document.text[block.start : block.end] for block in document.blocks]


def test_markdown_text_reads_without_its_marks() -> None:
    assert _blocks(MARKDOWN) == [
        "Stadgar för Båtklubben Näset",
        "3 § Styrelse",
        "Styrelsen ska varje år lämna en rapport till årsmötet.",
        "Kassören sköter alla betalningar.",
    ]


def test_marks_keep_raw_offsets() -> None:
    document = normalize(RawDocument("md", "", "", "utf-8", MARKDOWN))
    at = document.text.index("varje år")
    assert MARKDOWN[document.raw_starts[at] : document.raw_ends[at + 7]] == "varje år"


def test_unmarked_line_moves_start_past_heading_sign() -> None:
    line = unmarked_line(split_lines("## 4 § Möten")[0])
    assert (line.text, line.start) == ("4 § Möten", 3)


def test_plain_text_is_no_markdown() -> None:
    # negatives: one `#` line alone, a note asterisk glued to a word, a bullet `* ` item
    text = "# 12\nAvgiften* betalas i mars.\n* kassören betalar\nNämnden beslutar om avgiften.\n"
    assert not is_markdown(split_lines(text))
    assert unmarked_line(split_lines("Avgiften* betalas av *alla*.")[0]).text == (
        "Avgiften* betalas av \u200balla\u200b."
    )


SITE_MARKED = """/r1/ Förordning (2033:4) med instruktion för länens fiskenämnd;
/r3/ Uppgifter
1 § Länens fiskenämnd ska följa fisket i sjöarna.
2 § Nämnden lämnar uppgifter om fångster enligt /r1/ i bilagan.
"""


def test_site_heading_marks_are_furniture() -> None:
    """Round 49 (analysis 49-az R1): a site export's heading-level mark at a line's start
    (`/r1/ `, `/r3/ `) goes like Markdown's `## `, offsets kept; a mark in mid-line stays."""
    assert _blocks(SITE_MARKED) == [
        "Förordning (2033:4) med instruktion för länens fiskenämnd;",
        "Uppgifter",
        "1 § Länens fiskenämnd ska följa fisket i sjöarna.",
        "2 § Nämnden lämnar uppgifter om fångster enligt /r1/ i bilagan.",
    ]
    document = normalize(RawDocument("md", "", "", "utf-8", SITE_MARKED))
    at = document.text.index("Uppgifter")
    assert SITE_MARKED[document.raw_starts[at] : document.raw_ends[at + 8]] == "Uppgifter"


def test_site_mark_needs_its_place_and_form() -> None:
    # negatives: a mark without a space after it, a slash code that is no mark (`r1/2024`)
    from pipeline.normalize.markdown_marks import unmarked_site_lines

    lines = split_lines("/r1/Förordning\nr1/2024 Beslut\n /r2/ Ledning")
    moved = unmarked_site_lines(lines, (r"/r\d/",))
    assert [(line.text, line.start) for line in moved] == [
        ("/r1/Förordning", 0), ("r1/2024 Beslut", 15), ("Ledning", 36)]
