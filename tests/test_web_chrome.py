"""A web page's chrome around its document (pipeline/normalize/web_chrome.py, round 43)."""

from __future__ import annotations

import pytest

from pipeline.normalize.lines import split_lines
from pipeline.normalize.web_chrome import (
    is_breadcrumb,
    is_download_link,
    is_feedback_line,
    is_page_tool_line,
    is_share_line,
    link_imperative_lines,
    share_lines,
    web_chrome_lines,
)
from tests.conftest import segment_text


def chrome(text: str) -> list[str]:
    lines = split_lines(text)
    return [lines[index].stripped for index in sorted(web_chrome_lines(lines))]


@pytest.mark.parametrize(
    "text",
    [
        "Start › Om skolan › Dokument",
        "Hem » Nämnder » Reglementen",
        "Hem / Om oss / Stadgar",
        "Startsida > Kommun och politik > Styrdokument",
    ],
)
def test_breadcrumbs(text: str) -> None:
    assert is_breadcrumb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kalender / nyheter / kontakt",  # no home item before the slashes
        "Styrelse › Ordförande",  # two items only
        "Start › Nämnden beslutar om taxor. › Mer",  # a sentence is no crumb
        "Hem / Om oss › Stadgar",  # two kinds of separator
    ],
)
def test_no_breadcrumbs(text: str) -> None:
    assert not is_breadcrumb(text)


def test_skip_link_menu_and_breadcrumb_are_chrome() -> None:
    text = (
        "Till innehållet\nStart\nSkolor\nLediga jobb\nStart › Skolor › Ordning\n"
        "Ordningsregler för skolan\nEleverna ska visa hänsyn.\n"
    )
    assert chrome(text) == [
        "Till innehållet",
        "Start",
        "Skolor",
        "Lediga jobb",
        "Start › Skolor › Ordning",
    ]


def test_menu_between_skip_link_and_breadcrumb_ends_at_the_title() -> None:
    text = (
        "Gå till innehåll\nHem\nAktuellt\nHem › Aktuellt › Styrdokument\n"
        "Instruktion för stadsdirektören\nText.\n"
    )
    assert chrome(text) == ["Gå till innehåll", "Hem", "Aktuellt", "Hem › Aktuellt › Styrdokument"]


@pytest.mark.parametrize(
    "text",
    [
        "Gå till innehåll\nHem\nAktuellt\nInstruktion för stadsdirektören\nText.\n",  # no trail
        # no skip link (a page opening with ``Hem`` ⏎ ``Aktuellt`` is round 51 y1's menu)
        "Nyheter\nAktuellt\nHem › Aktuellt › Styrdokument\nInstruktion\nText.\n",
        "Gå till innehåll\nNämnden beslutar om taxor.\nHem › Aktuellt › Taxa\nText.\n",
    ],
)
def test_one_sign_alone_is_no_navigation_block(text: str) -> None:
    assert chrome(text) == []


def test_footer_run_with_a_cookie_notice() -> None:
    text = (
        "Arbetsordning\nNämnden sammanträder varje månad.\n"
        "Webbplatsen använder kakor. Godkänn\nSkolvägen 1 | 111 11 Ekby | info@ekby.example\n"
        "© Ekby kommun\n"
    )
    assert chrome(text) == [
        "Webbplatsen använder kakor. Godkänn",
        "Skolvägen 1 | 111 11 Ekby | info@ekby.example",
        "© Ekby kommun",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Arbetsordning\nStart\nNämnden sammanträder varje månad.\n",  # no chrome sign
        "Policy\nNämnden ansvarar för att webbplatsen använder cookies.\n",  # a lone sentence
        "Taxa\nAvgift | Belopp | Enhet\nBygglov | 500 | kronor\n",  # fields, no footer word
    ],
)
def test_no_chrome(text: str) -> None:
    assert chrome(text) == []


def test_title_comes_from_the_first_real_line() -> None:
    document = segment_text(
        "Hoppa till innehåll\nHem\nNämnder\nHem › Nämnder › Reglemente\n"
        "Reglemente för kulturnämnden\nNämnden ansvarar för biblioteken.\n© 2026 Ekby kommun\n"
    )
    assert document.title == "Reglemente för kulturnämnden"
    assert [clause.text for clause in document.clauses] == [
        "Reglemente för kulturnämnden",
        "Nämnden ansvarar för biblioteken.",
    ]


def test_a_cookie_notice_above_the_title_is_chrome() -> None:
    """Round 48 (br) and round 49 (analysis 49-br C10): the first line, a sentence naming
    cookies, and its buttons are chrome; the title is the first line after them."""
    document = segment_text(
        "Vi använder kakor för att sidorna ska fungera väl.\nGodkänn alla\nInställningar\n"
        "Reglemente för kulturnämnden\nNämnden ansvarar för biblioteken.\n"
    )
    assert document.title == "Reglemente för kulturnämnden"
    assert [clause.text for clause in document.clauses] == [
        "Reglemente för kulturnämnden",
        "Nämnden ansvarar för biblioteken.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a title naming cookies
        "Så använder vi kakor\nVi sparar kakor i högst ett år.\nNämnden svarar på frågor.\n",
        "Om kakor\nGodkänn\nVi sparar kakor i högst ett år.\nNämnden svarar på frågor.\n",
        "Vi använder kakor på webbplatsen.\n",  # nothing after it
    ],
)
def test_a_cookie_title_or_a_lone_notice_is_no_header_chrome(text: str) -> None:
    assert chrome(text) == []


@pytest.mark.parametrize(
    ("line", "shared"),
    [
        ("Dela på Facebook Skriv ut", True),
        ("Skriv ut | Tipsa en vän | Lyssna", True),
        ("Dela sidan: LinkedIn E-post", True),
        ("Nämnden ska dela ut priset.", False),
        ("Dela ut stipendier", False),
        ("Lyssna på medborgarna", False),
        ("Kontakt: E-post", False),
        ("via e-post", False),  # a wrapped sentence's end (review45a)
        ("Via e-post", False),  # a filler first
        ("lyssna på den", False),
        ("med e-post", False),
    ],
)
def test_share_lines(line: str, shared: bool) -> None:
    """Round 45 (nu45 cause 3): a line of share, print and social-media words and fillers
    only (layout.yaml `web_share_words`, `web_share_fillers`) is chrome in any reader's text;
    one content word keeps it."""
    lines = split_lines(f"Riktlinje för bidrag\n{line}\n")
    assert is_share_line(line) is shared
    assert (1 in share_lines(lines)) is shared


@pytest.mark.parametrize(
    "line",
    [
        "Ändra · Sidhistorik",
        "Sidan tillhör: Ekonomi / Riktlinjer",
        "Du är här: Start › Nämnder › Taxor",
        "Senast ändrad av Per Ek, 2026-01-12 · Sidan ingår i: Ledning / Policyer",
    ],
)
def test_a_wikis_page_tools_and_location_are_chrome(line: str) -> None:
    """Round 46 (nu46 cause 3): edit/history links (two at least), a labelled location
    line and a byline joined to one are chrome."""
    assert is_share_line(line) or is_page_tool_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Historik",
        "Senast ändrad av Per Ek 2026-01-12",
        "Nämnden ska ändra taxan · Sidhistorik",
        "Sidan tillhör: nämnden. Den ansvarar för innehållet.",
    ],
)
def test_a_lone_tool_word_a_byline_or_a_sentence_is_no_chrome(line: str) -> None:
    """Negatives: a heading `Historik`, a byline alone (metadata), sentences."""
    assert not is_share_line(line) and not is_page_tool_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Webbredaktör: Lisa Holm",
        "Innehållsansvarig: Tekniska förvaltningen",
        "Var informationen på sidan användbar?",
        "Fick du hjälp av texten?",
        "Hittade du det du letade efter?",
    ],
)
def test_a_page_owner_line_and_a_feedback_title_are_chrome(line: str) -> None:
    """Round 47 (nu47 fault 4): an owner/editor field and a feedback box's question."""
    assert is_page_tool_line(line) or is_feedback_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Vem beslutar om avgifter för hamnplatser?",
        "Var finns informationen om taxan?",
        "Redaktör: Styrelsen utser en redaktör för föreningens tidning. Hen rapporterar.",
        "Vad gör nämnden när en medborgare behöver hjälp med sin ansökan om bidrag?",
    ],
)
def test_a_question_about_the_matter_or_a_field_sentence_is_no_feedback(line: str) -> None:
    """Negatives: questions about the document's matter, a sentence after a label."""
    assert not is_page_tool_line(line) and not is_feedback_line(line)


def test_a_feedback_question_is_chrome_only_beside_its_form_or_other_chrome() -> None:
    """Round 47 (nu47 fault 4, bp; docs/annotation.md §1.2, round 46's controls): a feedback
    question over its answer buttons, beside an owner line or as the page's last line is
    chrome; the same question between two paragraphs of the text, with no form or control
    beside it, stays text (round 43: chrome needs proof)."""
    question = "Var informationen på sidan användbar?"
    text = "\n\n".join
    buttons = split_lines(text(["Båtplatser hyrs ut per säsong.", question, "Ja", "Nej"]))
    assert question in [buttons[i].stripped for i in share_lines(buttons)]
    owner = split_lines(text(["Webbredaktör: Lisa Holm", question, "Båtplatser hyrs ut."]))
    assert question in [owner[i].stripped for i in share_lines(owner)]
    last = split_lines(text(["Båtplatser hyrs ut per säsong.", question]))
    assert [last[i].stripped for i in share_lines(last)] == [question]
    inside = split_lines(text(["Båtplatser hyrs ut per säsong.", question, "Avgiften betalas."]))
    assert share_lines(inside) == frozenset()


def test_a_trail_one_item_a_line_ends_at_the_title_the_page_repeats() -> None:
    """Round 47 (nu47r fault 3): no separator trail, but the trail's last item is the title
    that the page prints again as its heading; the repeat stays, the title."""
    text = (
        "Hoppa till huvudinnehållet\nÅsby kommun\nMeny\nSök\nStartsida\nTrafik\nRiktlinjer\n"
        "Riktlinje för parkering\nDela\nRiktlinje för parkering\nNämnden beslutar om taxor.\n"
    )
    assert chrome(text) == [
        "Hoppa till huvudinnehållet",
        "Åsby kommun",
        "Meny",
        "Sök",
        "Startsida",
        "Trafik",
        "Riktlinjer",
        "Riktlinje för parkering",
    ]
    sentence = text.replace("Sök\n", "Nämnden ska pröva ansökan.\n")
    assert chrome(sentence) == []  # a sentence before the title: no navigation block


def test_a_placed_feedback_questions_answer_lines_are_chrome_too() -> None:
    lines = split_lines("Taxan gäller från 1 maj.\nHittade du det du sökte?\nJa\nNej\n")
    assert [lines[i].stripped for i in sorted(share_lines(lines))] == [
        "Hittade du det du sökte?",
        "Ja",
        "Nej",
    ]
    matter = split_lines("Får en förening låna lokalen?\nJa\nAvgiften betalas i förskott.\n")
    assert share_lines(matter) == frozenset()


def test_the_footers_site_links_are_a_footer_run_a_sentence_naming_the_site_is_not() -> None:
    text = "Taxa\nNämnden beslutar.\nOm webbplatsen\nKakor (cookies)\nFölj oss på Facebook\n"
    assert chrome(text) == [
        "Om webbplatsen",
        "Kakor (cookies)",
        "Följ oss på Facebook",
    ]
    assert chrome("Taxa\nNämnden beslutar.\nEnheten besvarar frågor om webbplatsen.\n") == []


def test_menu_from_home_to_account_link_is_chrome() -> None:
    """Round 48 (nu48b fault 2): a menu without skip link or breadcrumb, from ``Hem`` to
    its ``Logga in``, is chrome; the title after it stays."""
    text = "Hem\nVåra lag\nTräningstider\nMina sidor\nStadgar för Ekbackens IK\n§ 1 Namn\n"
    assert chrome(text) == ["Hem", "Våra lag", "Träningstider", "Mina sidor"]


@pytest.mark.parametrize(
    "text",
    [
        "Start\nStadgar\n§ 1 Namn\n",  # a lone home item: a title may follow (round 51 y1)
        "Hem\nFöreningen ska verka för friluftsliv.\nLogga in\n",  # a sentence breaks the run
        "Stadgar\nHem\nLogga in\n§ 1 Namn\n",  # the page does not open with the home item
    ],
)
def test_no_menu_without_home_item_and_account_link(text: str) -> None:
    assert chrome(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sök\nRegler för bokning av lokaler\nFöreningen äger en lokal.\n", ["Sök"]),
        ("\nMeny\n\nStadgar för Ekbackens IK\n", ["Meny"]),
        ("Sök\n", []),  # nothing after it: the line is all the page has
        ("Stadgar\nSök\n§ 1 Namn\n", []),  # not the first line
        ("Sök medlemskap\nFöreningen tar emot nya medlemmar.\n", []),  # a heading, no control
    ],
)
def test_a_lone_search_control_opening_the_page_is_chrome(text: str, expected) -> None:
    """Round 49 (bs L3): the page's first line alone a search or menu control
    (`web_lead_controls`: ``Sök``) is chrome, the title the line after it."""
    assert chrome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ekby kommun\nÖppna sök Sök\nBygglov\nNämnden prövar ansökan.\n", ["Öppna sök Sök"]),
        ("Ekby kommun\nStäng meny\nBygglov\nNämnden prövar ansökan.\n", ["Stäng meny"]),
        ("Ekby kommun\nÖppna sök\nBygglov\nNämnden prövar ansökan.\n", ["Öppna sök"]),
        ("Ekby kommun\nSök bygglov hos nämnden\nNämnden prövar ansökan.\n", []),  # no toggle
        ("Ekby kommun\nÖppna sök Bygglov\nNämnden prövar ansökan.\n", []),  # no repeat
        ("Ekby kommun\nStäng ärendet\nNämnden prövar ansökan.\n", []),  # no control
    ],
)
def test_a_toggle_and_its_control_is_chrome(text: str, expected) -> None:
    """Round 50 (analysis 50-bv, F): a line of a toggle verb (`web_control_toggles`) and a
    control (`web_lead_controls`), its label repeated or not, is chrome wherever it stands."""
    assert chrome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hem\nFöreningen\nDokument\nStadgar för Ekbackens IK\n§ 1 Namn\n",
         ["Hem", "Föreningen", "Dokument"]),
        # the run's last line heads a sentence: the title
        ("Start\nOm oss\nStyrelsen\nStyrelsen leder föreningens arbete.\n", ["Start", "Om oss"]),
        ("Start\nStyrelsen\nStyrelsen leder föreningens arbete.\n", []),  # a lone home item
        ("Hem\nVi tränar varje tisdag\nStadgar\n", []),  # a longer line ends the run
        ("Stadgar\nHem\nKlubben\n§ 1 Namn\n", []),  # the page does not open with it
        ("Hem\nKlubben\nDokument\n", []),  # nothing after the run
    ],
)
def test_a_home_menu_run_at_the_pages_start_is_chrome(text: str, expected) -> None:
    """Round 51 (ruling y1, analysis 51-w50y R1): a run of one- or two-word lines without a
    verb that opens the page with a home word is the menu, chrome without an account link."""
    assert chrome(text) == expected


def test_a_cookie_button_with_its_object_and_the_definite_skip_link_are_chrome() -> None:
    """Round 51 (analysis 51-w50y J, 51-bx L2): a consent button before `kakor`/`cookies`
    (``Tillåt alla kakor``), the skip links ``Gå till innehållet`` and ``Till
    huvudinnehåll`` are chrome; a sentence with the words stays."""
    text = (
        "Vi använder kakor för att förbättra webbplatsen.\nTillåt alla kakor\nNeka cookies\n"
        "Gå till innehållet\nMeny\nStart › Politik › Valnämnden\nValnämnden\n"
        "Valnämnden ansvarar för val i kommunen.\n"
    )
    assert chrome(text) == [
        "Vi använder kakor för att förbättra webbplatsen.", "Tillåt alla kakor", "Neka cookies",
        "Gå till innehållet", "Meny", "Start › Politik › Valnämnden",
    ]
    skip = "Till huvudinnehåll\nMeny\nHem › Politik › Valnämnden\nValnämnden\nText här.\n"
    assert chrome(skip)[:1] == ["Till huvudinnehåll"]
    sentence = "Valnämnden\nGå till innehållet i protokollet för att läsa beslutet.\n"
    assert chrome(sentence) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stadgar\n§ 1 Namn\nTill sidans topp\n§ 2 Säte\nTill toppen\n",
         ["Till sidans topp", "Till toppen"]),
        ("Stadgar\nTill toppen av listan står de äldsta ärendena.\n", []),  # a sentence
    ],
)
def test_a_back_to_top_link_alone_on_a_line_is_chrome(text: str, expected) -> None:
    """Round 48 (br, bs) and round 51 (analysis 51-w50y J): a back-to-top link alone on a
    line (`web_top_links`) is chrome wherever it stands."""
    assert chrome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ladda ner taxan som PDF (310 kB)", True),
        ("Hämta ansökningsblanketten (word, 48 kB)", True),
        ("Ladda ned arbetsordning.pdf", True),
        ("Hämta nyckeln i receptionen.", False),  # a sentence, no file
        ("Ladda ner appen", False),  # no file type or size
        ("hämta blanketten (pdf)", False),  # lower case: a wrapped sentence's end
        ("Nämnden ska hämta in yttranden som pdf", False),  # no download imperative first
        ("Hämta blanketten på webbplatsen. Den finns som pdf.", False),
        ("Hämta blanketten (pdf)", True),  # a file type in brackets
        ("Hämta underlag i Excel", False),  # review 51 M2: a type as a plain word
        ("Hämta yttranden från berörda nämnder via fil", False),
        ("Hämta uppgifter ur fil som", False),  # a wrapped PDF line: no type after `som`
        ("Ladda ner protokollet i Word", False),
        ("Hämta mallen som Word", True),
    ],
)
def test_a_download_link_is_a_page_control(text: str, expected: bool) -> None:
    """Round 51 (newuser50b fault 6): a download imperative and a file type or size,
    no sentence: chrome as a print link is, in any reader's text (`share_lines`)."""
    assert is_download_link(text) is expected


def test_a_download_link_line_is_chrome_among_text() -> None:
    text = "Taxa för båtplatser\n\nNämnden tar ut avgift.\n\nLadda ner taxan som PDF (310 kB)\n"
    lines = split_lines(text)
    assert [lines[i].stripped for i in sorted(share_lines(lines))] == [
        "Ladda ner taxan som PDF (310 kB)"]


def test_lines_naming_no_file_or_not_ending_their_block_are_text() -> None:
    """Review 51 M2: ``Hämta … i Excel`` names no file; a link line with text going on below
    it is a wrapped sentence; a run of links ending its block is chrome."""
    text = (
        "Reglemente för nämnden\n\n1 § Nämnden ansvarar för skolan.\nHämta underlag i Excel\n"
        "Hämta yttranden från berörda nämnder via fil\n"
    )
    assert share_lines(split_lines(text)) == frozenset()
    wrapped = "Nämnden får\nHämta mallen (pdf)\nfrån kansliet när den behövs.\n"
    assert share_lines(split_lines(wrapped)) == frozenset()
    run = "Taxa\n\nLadda ner taxan (pdf, 31 kB)\nLadda ner bilagan (pdf, 12 kB)\n\nText.\n"
    lines = split_lines(run)
    assert [lines[i].stripped for i in sorted(share_lines(lines))] == [
        "Ladda ner taxan (pdf, 31 kB)", "Ladda ner bilagan (pdf, 12 kB)"]


def test_a_link_imperative_after_a_paragraphs_last_sentence_is_cut() -> None:
    """Round 51 (newuser50b fault 6; docs/annotation.md §1.2): ``… ärendet. Läs mer om
    delegering`` at a block's end loses the link; the offsets of the rest stay."""
    text = ("Ordföranden får besluta i brådskande ärenden. Läs mer om delegering\n\n"
            "Läs mer om nämnden\n\n"  # a line of its own: a paragraph (round 46)
            "Kansliet bereder ärendet. Läs mer\ni bilaga 2.\n\n"  # wrapped: the sentence's
            "Du kan läsa mer. läs mer här\n\n"  # lower case: text
            "Se punkt 3. Läs mer om taxan 2025\n")  # a digit: no link's words
    lines = link_imperative_lines(split_lines(text), text)
    assert [line.text for line in lines if line.text] == [
        "Ordföranden får besluta i brådskande ärenden.", "Läs mer om nämnden",
        "Kansliet bereder ärendet. Läs mer", "i bilaga 2.", "Du kan läsa mer. läs mer här",
        "Se punkt 3. Läs mer om taxan 2025"]
    assert all(text[line.start : line.start + len(line.text)] == line.text for line in lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbered, indented after the first line, the title repeated on the next line
        ("1. Start\n 2. Bo och leva\n 3. Vatten och avlopp\n 4. Taxa för Åbyns Vatten AB\n"
         "Taxa för Åbyns Vatten AB\nBolaget tar ut avgifter.\n",
         ["1. Start", "2. Bo och leva", "3. Vatten och avlopp", "4. Taxa för Åbyns Vatten AB"]),
        # bulleted, a two-item trail
        ("• Hem\n• Riktlinje för bidrag till föreningar\nRiktlinje för bidrag till föreningar\n"
         "Nämnden beslutar om bidrag.\n",
         ["• Hem", "• Riktlinje för bidrag till föreningar"]),
        # unlabelled, the long last item repeated
        ("Hem\nOm oss\nReglemente för Kulturnämnden i Ekby\nReglemente för Kulturnämnden i Ekby\n"
         "Nämnden ansvarar för biblioteken.\n",
         ["Hem", "Om oss", "Reglemente för Kulturnämnden i Ekby"]),
        # one line, the long last item repeated
        ("Startsida / Kommun och politik / Arbetsordning för Ekby kommunfullmäktige 2027\n"
         "Arbetsordning för Ekby kommunfullmäktige 2027\nFullmäktige har 41 ledamöter.\n",
         ["Startsida / Kommun och politik / Arbetsordning för Ekby kommunfullmäktige 2027"]),
        # negatives: no home word; no repeat closes the run; numbers that do not count up;
        # a long last item that the next line does not repeat
        ("1. Hemtjänstens uppdrag\n2. Ansvar\nNämnden ansvarar för hemtjänsten.\n", []),
        ("1. Hem\n2. Om oss\n3. Nämnden ansvarar för hemtjänsten.\nText.\n", []),
        ("1. Hem\n3. Om oss\n4. Stadgar\nStadgar\n§ 1 Namn\n", []),
        ("Hem / Om oss / Arbetsordning för Ekby kommunfullmäktige 2027\nFullmäktige har 41 "
         "ledamöter.\n", []),
    ],
)
def test_a_trail_closed_by_the_title_it_repeats_is_chrome(text: str, expected) -> None:
    """Round 54 (analysis 54-cf A): a breadcrumb printed one item a line, numbered or
    bulleted or bare, or on one line with a long last item, from a home word to the page's
    title that the next line repeats, is chrome; the repeat is the title."""
    assert chrome(text) == expected


def test_a_trail_whose_last_crumb_a_capitals_heading_follows_stays() -> None:
    """Round 43's lone trail: a capitals heading after it is no repeat of its last crumb."""
    assert chrome("Start / Om oss / Stadgar\n\nSTADGAR\n\nAntagna vid årsmötet.\n") == []
