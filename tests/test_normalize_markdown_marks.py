"""Round 45 (writer W): Markdown marks in a plain-text file read as the Markdown reader reads
them (pipeline.normalize.markdown_marks), offsets kept; invented sentences."""

from pipeline.ingest import RawDocument
from pipeline.normalize import normalize
from pipeline.normalize.lines import split_lines
from pipeline.normalize.markdown_marks import is_markdown, unmarked_line
from pipeline.segment import segment

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


# Round 54 (nu54 fault 3): a forwarded e-mail pasted into a .txt (invented names).
MAIL = """Från: Eva Ek <eva.ek@ekby.se>
Skickat: den 3 mars 2031 09:12
Ämne: VB: Instruktion

Hej! Här är instruktionen.

> Instruktion för förvaltningschefen i Ekby
>
> 1. Uppdrag
> Förvaltningschefen ska leda förvaltningens arbete enligt
> nämndens riktlinjer. Chefen ska se till att
>> protokollen förs.

Hälsningar
Eva
"""


def test_mail_quote_signs_dropped_and_wrapped_lines_joined() -> None:
    assert _blocks(MAIL) == [
        "Instruktion för förvaltningschefen i Ekby",
        "1. Uppdrag",
        "Förvaltningschefen ska leda förvaltningens arbete enligt nämndens riktlinjer. "
        "Chefen ska se till att protokollen förs.",
    ]
    document = normalize(RawDocument("mail", "", "", "utf-8", MAIL))
    at = document.text.index("nämndens")
    assert MAIL[document.raw_starts[at] : document.raw_ends[at + 7]] == "nämndens"


def test_mail_header_is_no_title() -> None:
    clauses = segment(normalize(RawDocument("mail", "", "", "utf-8", MAIL))).clauses
    title = "Instruktion för förvaltningschefen i Ekby"
    assert (clauses[0].clause_id, clauses[0].text) == ("title", title)


def test_quote_sign_needs_most_lines_and_memo_fields_stay() -> None:
    # one `>` line in a block is no quote; `Till:` ⏎ `Datum:` of a memo is no e-mail header
    text = (
        "Till: Kommunstyrelsen\nDatum: 2031-03-03\n\n"
        "Avgiften ska vara\n> 500 kronor.\nNämnden beslutar.\n"
    )
    blocks = _blocks(text)
    assert "Kommunstyrelsen" in " ".join(blocks)
    assert any("> 500 kronor" in block for block in blocks)


def test_unquoted_mail_body_stays_and_only_its_header_goes() -> None:
    # review 54 (item 3): a forwarded text pasted without quote signs; the header alone goes
    text = (
        "Från: Per Holm <per.holm@ekby.se>\nTill: Miljönämnden\nÄmne: Reglemente\n\n"
        "Reglemente för miljönämnden\n\n"
        "1 § Nämnden ska pröva ansökningar om tillstånd.\n\n"
        "2 § Ordföranden ska leda nämndens arbete.\n"
    )
    blocks = _blocks(text)
    assert blocks[0] == "Reglemente för miljönämnden"
    assert "1 § Nämnden ska pröva ansökningar om tillstånd." in blocks
    assert "2 § Ordföranden ska leda nämndens arbete." in blocks
    assert not any("Miljönämnden" in block or "Från" in block for block in blocks)
