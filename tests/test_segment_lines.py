"""Line conventions of web and blank-line text (docs/clauses.md, docs/annotation.md §1.2):
which line breaks end a clause, a bare `§ N` line, and page-long lines. Invented texts."""

from __future__ import annotations

import pytest

from pipeline.normalize import NormalizeOptions, normalize
from pipeline.segment import SegmentedDocument, segment
from tests.conftest import raw_from_text


def clauses(text: str, options: NormalizeOptions | None = None) -> SegmentedDocument:
    return segment(normalize(raw_from_text(text), options))


def texts(document: SegmentedDocument) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in document.clauses]


def test_web_text_with_a_stray_blank_line_is_one_clause_per_line() -> None:
    text = (
        "Fritidsnämnden i Ekered\n"
        "Fritidsnämnden driver badhusen och idrottshallarna i kommunen.\n"
        "Välj en anläggning i listan till vänster.\n"
        "Badhusen – öppettider och avgifter\n"
        "Badhuset vid sjön har öppet alla dagar under sommaren.\n"
        "\n"
        "Idrottshallar\n"
        "Föreningar bokar tider hos fritidskontoret.\n"
    )
    assert texts(clauses(text)) == [
        ("heading", "Fritidsnämnden i Ekered"),
        ("paragraph", "Fritidsnämnden driver badhusen och idrottshallarna i kommunen."),
        ("paragraph", "Välj en anläggning i listan till vänster."),
        ("heading", "Badhusen – öppettider och avgifter"),
        ("paragraph", "Badhuset vid sjön har öppet alla dagar under sommaren."),
        ("heading", "Idrottshallar"),
        ("paragraph", "Föreningar bokar tider hos fritidskontoret."),
    ]


def test_wrapped_text_keeps_a_short_heading_after_a_sentence_apart() -> None:
    body = "Kulturnämnden fördelar bidrag till föreningar som ordnar konserter och\n"
    text = (
        "Reglemente för kulturnämnden\n\n"
        + body * 3
        + "teater för barn i hela kommunen under året.\n"
        + "Bibliotek\n"
        + "Nämnden ansvarar för folkbiblioteken och skolbiblioteken i kommunen, för\n"
        + "bokbussen och för den digitala utlåningen av böcker och tidskrifter.\n\n"
        + body * 3
        + "teater för vuxna.\n"
    )
    found = texts(clauses(text))
    assert ("heading", "Bibliotek") in found
    assert found[1][1].endswith("under året.")


def test_sentence_lines_of_a_blank_line_block_are_one_paragraph() -> None:
    long = (
        "Direktionen för Ekereds vattenförbund leder förbundets verksamhet och förvaltar dess "
        "tillgångar enligt förbundsordningen och de beslut som medlemmarna har fattat."
    )
    text = (
        "Arbetsordning för direktionen\n\n"
        f"{long}\n\n"
        f"{long}\n"
        "Direktionen sammanträder varannan månad.\n\n"
        "Ordförande: Eva Lind (L) Ekered\n"
        "Vice ordförande: Sven Ahl (V) Bruksby\n\n"
        f"{long}\n"
    )
    found = texts(clauses(text))
    assert ("paragraph", f"{long} Direktionen sammanträder varannan månad.") in found
    assert (
        "paragraph", "Ordförande: Eva Lind (L) Ekered Vice ordförande: Sven Ahl (V) Bruksby"
    ) in found


def test_a_bare_paragraph_sign_line_labels_the_heading_after_it() -> None:
    first = (
        "Valnämnden leder och samordnar valen till riksdagen, regionfullmäktige och "
        "kommunfullmäktige samt de folkomröstningar och opinionsundersökningar som "
        "kommunfullmäktige beslutar om under mandatperioden."
    )
    second = (
        "Ordföranden leder nämndens arbete och ser till att nämnden har de underlag som "
        "behövs för att valen ska kunna genomföras på ett säkert och öppet sätt i alla "
        "valdistrikt i hela kommunen."
    )
    text = f"Reglemente för valnämnden\n\n§ 1\n\n{first}\n\n§ 2\nOrdförandeskap\n{second}\n"
    found = [(c.clause_id, c.kind, c.label, c.text) for c in clauses(text).clauses]
    assert found[1:] == [
        ("§1", "paragraph", "§ 1", first),
        ("§2", "heading", "§ 2", "Ordförandeskap"),
        ("§2.1", "paragraph", "", second),
    ]


def _page(topic: str) -> str:
    sentence = f"Förbundet ska redovisa {topic} till medlemskommunerna varje kvartal. "
    return (sentence * 30).strip()


def test_page_long_lines_stay_one_clause_each() -> None:
    options = NormalizeOptions(max_block_chars=1500, max_page_chars=4000)
    pages = [_page("kostnaderna"), _page("intäkterna")]
    assert all(1500 < len(page) < 4000 for page in pages)
    document = clauses("Ägardirektiv för Ekereds energiförbund\n" + "\n".join(pages) + "\n",
                       options)
    assert [c.text for c in document.clauses[1:]] == pages


def test_a_title_line_and_a_page_long_body_line_stay_two_clauses() -> None:
    # a document flattened onto two lines: the body line is a page like any other (§1.2)
    options = NormalizeOptions(max_block_chars=1500, max_page_chars=4000)
    page = _page("kostnaderna")
    document = clauses(f"Ägardirektiv för Ekereds energiförbund\n{page}\n", options)
    assert [(c.clause_id, c.text) for c in document.clauses] == [
        ("title", "Ägardirektiv för Ekereds energiförbund"),
        ("1", page),
    ]


def test_a_whole_document_on_one_line_opening_with_1_is_no_page() -> None:
    # ``1`` is the first section's number, never a page index (§1.2): sentences as before
    options = NormalizeOptions(max_block_chars=1500, max_page_chars=4000)
    document = clauses("1 Ägardirektiv för Ekbyhem AB " + _page("kostnaderna") + "\n", options)
    assert len(document.clauses) > 1


def test_a_whole_document_on_one_line_falls_back_to_sentences() -> None:
    options = NormalizeOptions(max_block_chars=1500, max_page_chars=4000)
    document = clauses(_page("kostnaderna") + "\n", options)
    assert len(document.clauses) == 30
    assert document.clauses[1].clause_id.endswith(".s2")


@pytest.mark.parametrize(
    "opening",
    ["3 ÄGARDIREKTIV FÖR EKBYHEM AB", "7 REGLEMENTE FÖR VALNÄMNDEN", "5 Ägardirektiv för Ekbyhem AB"],
)
def test_a_whole_document_on_one_line_opening_with_its_page_index_is_one_page(
    opening: str,
) -> None:
    # the page-index rule wins over the one-line sentence split (§1.2)
    options = NormalizeOptions(max_block_chars=1500, max_page_chars=4000)
    line = f"{opening} {_page('kostnaderna')}"
    document = clauses(line + "\n", options)
    number, _, body = line.partition(" ")
    assert [(c.clause_id, c.text) for c in document.clauses] == [(number, body)]


def test_one_page_long_line_among_paragraph_lines_stays_one_clause() -> None:
    options = NormalizeOptions(max_block_chars=1500, max_page_chars=4000)
    page = _page("avgifterna")
    text = (
        "Ägardirektiv för Ekereds energiförbund\n\n"
        "Förbundet ägs av tre medlemskommuner.\n\n"
        f"{page}\n\n"
        "Direktivet gäller från och med den första januari.\n"
    )
    assert [c.text for c in clauses(text, options).clauses].count(page) == 1


def test_a_heading_line_right_above_a_paragraph_sign_line_is_its_own_clause() -> None:
    text = (
        "Arbetsordning för fritidsnämnden i Ekered\n"
        "\n"
        "Nämndens ansvar\n"
        "§ 1 Fritidsnämnden ansvarar för kommunens badhus, idrottshallar och motionsspår i "
        "hela kommunen. Nämnden ska även svara för bidrag till föreningar.\n"
        "§ 2 Nämnden ska samråda med skolnämnden om lokaler som delas mellan verksamheterna.\n"
        "\n"
        "Ordförande\n"
        "§ 3 Ordföranden leder nämndens arbete och ska bevaka att beslut verkställs i tid.\n"
        "\n"
        "Ärenden\n"
        "\n"
        "§ 4 Ärenden till nämnden lämnas till nämndens kansli senast en vecka före sammanträdet.\n"
    )
    found = [(c.clause_id, c.kind, c.label) for c in clauses(text).clauses]
    assert found == [
        ("title", "heading", ""), ("h1", "heading", ""), ("§1", "paragraph", "§ 1"),
        ("§2", "paragraph", "§ 2"), ("h2", "heading", ""), ("§3", "paragraph", "§ 3"),
        ("h3", "heading", ""), ("§4", "paragraph", "§ 4"),
    ]


def test_a_line_cut_before_a_number_in_its_sentence_stays_one_paragraph() -> None:
    """A line that holds a finite verb is no heading: ``… gäller`` ⏎ ``3 kap. …``."""
    text = "Reglemente\n\nFör nämnden gäller\n3 kap. 5 § kommunallagen om jäv.\n"
    assert texts(clauses(text))[1:] == [
        ("paragraph", "För nämnden gäller 3 kap. 5 § kommunallagen om jäv."),
    ]


def test_a_paragraph_sign_lead_in_without_colon_is_a_paragraph_over_its_items() -> None:
    text = (
        "Reglemente för fritidsnämnden\n"
        "\n"
        "§ 6 Nämnden har i synnerhet till uppgift att\n"
        "- fördela lokaler till föreningar,\n"
        "- upprätta en plan för motionsspåren.\n"
        "\n"
        "§ 7 Nämnden sammanträder\n"
        "- när ordföranden kallar,\n"
        "- när en tredjedel av ledamöterna begär det.\n"
    )
    found = [(c.clause_id, c.kind, c.parent_id) for c in clauses(text).clauses]
    assert found == [
        ("title", "heading", None), ("§6", "paragraph", None), ("§6.a", "list_item", "§6"),
        ("§6.b", "list_item", "§6"), ("§7", "paragraph", None), ("§7.a", "list_item", "§7"),
        ("§7.b", "list_item", "§7"),
    ]


def test_a_flattened_statute_parts_one_word_and_dashed_headings_from_their_paragraphs() -> None:
    # analysis-15 cause 1a, 1b: `3 Revision Lekmannarevisorn får …`, `4 - Styrelse Styrelsen …`
    text = ("Stadgar för Ekby idrottsförening 1 Ändamål Föreningens ändamål är att främja "
            "idrotten. 2 Styrelsens sammansättning Styrelsen består av fem ledamöter. "
            "3 Revision Revisorn får när som helst granska räkenskaperna. 4 - Medlemskap "
            "Styrelsen beslutar om medlemskap.\n")
    document = clauses(text)
    assert [(c.clause_id, c.text) for c in document.clauses] == [
        ("title", "Stadgar för Ekby idrottsförening"),
        ("1", "Ändamål"),
        ("1.1", "Föreningens ändamål är att främja idrotten."),
        ("2", "Styrelsens sammansättning"),
        ("2.1", "Styrelsen består av fem ledamöter."),
        ("3", "Revision"),
        ("3.1", "Revisorn får när som helst granska räkenskaperna."),
        ("4", "Medlemskap"),
        ("4.1", "Styrelsen beslutar om medlemskap."),
    ]


def test_a_title_line_with_cover_fields_and_a_one_word_heading_is_cut_apart() -> None:
    # analysis-15 cause 1c: title | fields | heading | paragraph, then a dashed heading
    text = ("Riktlinje för Ekby räddningstjänst Beslutad av: Direktionen Giltig till: 2026 "
            "Kontakt: Brandchef Bakgrund Åby och Byvik kommuner samverkar sedan 2012 om "
            "räddningstjänsten. 2 - Ledning Räddningschefen ska leda insatserna.\n")
    document = clauses(text)
    assert [(c.clause_id, c.kind, c.text) for c in document.clauses] == [
        ("title", "heading", "Riktlinje för Ekby räddningstjänst"),
        ("m1", "metadata", "Beslutad av: Direktionen Giltig till: 2026 Kontakt: Brandchef"),
        ("h1", "heading", "Bakgrund"),
        ("p1", "paragraph",  # round 51: the document numbers
         "Åby och Byvik kommuner samverkar sedan 2012 om räddningstjänsten."),
        ("2", "heading", "Ledning"),
        ("2.1", "paragraph", "Räddningschefen ska leda insatserna."),
    ]


def test_a_capitals_title_ends_before_a_lower_case_line() -> None:
    """Round 48 (analysis 48-bq cause 10): a title of two or more words in capitals is a
    heading of its own where a lower-case line follows it; a link word on either side keeps
    one title (``STADGAR FÖR`` ⏎ ``ekby …``)."""
    text = (
        "STADGAR FÖR LINDÖ KANOTKLUBB\n"
        "fastställda vid årsmötet den 2 april 2031\n"
        "\n"
        "1 § Klubben främjar paddling.\n"
    )
    kinds_texts = texts(clauses(text))
    assert ("heading", "STADGAR FÖR LINDÖ KANOTKLUBB") in kinds_texts
    assert any(t == "fastställda vid årsmötet den 2 april 2031" for _, t in kinds_texts)
    linked = text.replace("STADGAR FÖR LINDÖ KANOTKLUBB", "STADGAR FÖR").replace(
        "fastställda vid årsmötet den 2 april 2031", "lindö kanotklubb"
    )
    assert not any(t == "lindö kanotklubb" for _, t in texts(clauses(linked)))
