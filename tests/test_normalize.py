from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import NormalizeOptions, hyphen_action, normalize, reflow
from pipeline.normalize.assemble import _pieces
from pipeline.normalize.reflow import Numbering
from tests.conftest import ROOT, raw_from_text, segment_text

OPTIONS = NormalizeOptions()


def blocks_of(text: str) -> list[str]:
    document = normalize(raw_from_text(text))
    return [document.text[block.start : block.end] for block in document.blocks]


def assert_offsets_hold(text: str) -> None:
    document = normalize(raw_from_text(text))
    assert len(document.raw_starts) == len(document.text) == len(document.raw_ends)
    for index, char in enumerate(document.text):
        raw = text[document.raw_starts[index] : document.raw_ends[index]]
        if char == " " or char == "\n":
            continue  # synthesized separators map to the whitespace or line break they replace
        assert char in unicodedata.normalize("NFC", raw), (index, char, raw)


@pytest.mark.parametrize(
    ("left", "right", "action"),
    [
        ("Region", "direktören", "joined"),
        ("reg", "iondirektören", "joined"),
        ("avdelningsdirektö", "rer", "joined"),
        ("Närsjuk", "vård", "joined"),
        ("sär", "skilda", "joined"),
        ("arbetstagarrepre", "sentant", "joined"),
        ("roll", "och", "kept_suspended"),
        ("hel", "eller", "kept_suspended"),
        ("medarbetar", "och", "kept_suspended"),
        ("barn", "som", "kept_suspended"),
        ("kultur", "samt", "kept_suspended"),
        ("ekonomi", "respektive", "kept_suspended"),
        ("e", "post", "kept_compound"),
        ("IT", "system", "kept_compound"),
        ("EU", "medel", "kept_compound"),
        ("covid", "19", "kept_compound"),
        ("Skåne", "Blekinge", "kept_compound"),
        ("presidium", "så", "kept_dash"),
        ("styrelsen", "inte", "kept_dash"),
        ("ock", "så", "joined"),
    ],
)
def test_hyphen_rules(left: str, right: str, action: str) -> None:
    assert hyphen_action(left, right, OPTIONS) == action


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Region-\ndirektören beslutar.", "Regiondirektören beslutar."),
        ("en tydlig roll-\noch uppgiftsfördelning", "en tydlig roll- och uppgiftsfördelning"),
        ("dess hel- eller delägda bolag", "dess hel- eller delägda bolag"),
        ("medarbetar- och lönesamtal", "medarbetar- och lönesamtal"),
        ("skickas med e-\npost till", "skickas med e-post till"),
        ("nya IT-\nsystem införs", "nya IT-system införs"),
        ("genom sär- skilda beslut", "genom särskilda beslut"),
        ("en arbetstagarrepre- sentant deltar", "en arbetstagarrepresentant deltar"),
        ("perioden 2020 - 2023 gäller", "perioden 2020 - 2023 gäller"),
        # A dash before a closed-class word is no broken word (analysis-7 cause 6).
        ("Rektorn kallar skolans ledningsgrupp- så kallad skolledning.",
         "Rektorn kallar skolans ledningsgrupp- så kallad skolledning."),
        ("Avgiften bestäms av förbundet- inte av medlemmarna.",
         "Avgiften bestäms av förbundet- inte av medlemmarna."),
        ("Förvaltningen ska ock- så rapportera.", "Förvaltningen ska också rapportera."),
        # Round 47 / analysis 53-cd D: suspended first parts whose comma was lost, in-line
        ("Skog- fiske- och viltvårdsnämnden beslutar.",
         "Skog- fiske- och viltvårdsnämnden beslutar."),
        ("Frågan bereds av Kultur- turism och parknämnden.",
         "Frågan bereds av Kultur- turism och parknämnden."),
        # negatives: a broken word before a coordinator (its second half an actor noun, or
        # lower case), a broken word's halves before another suspended part, a line break
        ("Förvaltnings- chefen och nämnden beslutar.", "Förvaltningschefen och nämnden beslutar."),
        ("Den årliga upp- följningen och kommunstyrelsen",
         "Den årliga uppföljningen och kommunstyrelsen"),
        ("Kommun- styrelse- och nämndsammanträden", "Kommunstyrelse- och nämndsammanträden"),
        ("Kultur-\nturism och parknämnden", "Kulturturism och parknämnden"),
    ],
)
def test_dehyphenation_in_context(text: str, expected: str) -> None:
    assert blocks_of(text) == [expected]


def test_a_suspended_series_reads_the_runs_actor_lexicon(tmp_path) -> None:
    """Review 53 S3: the series check reads the actors.yaml of the run's configuration
    (`NormalizeOptions.actors_path`, set by `load_settings`), not the shipped one: where that
    lexicon makes ``turism`` an actor noun, ``Kultur- turism`` is a broken word."""
    shipped = ROOT / "configs" / "actors.yaml"
    actors = tmp_path / "actors.yaml"
    actors.write_text(shipped.read_text(encoding="utf-8").replace(
        "\nheads:\n", "\nheads:\n  turism: {category: tjänsteperson, role: employee}\n", 1),
        encoding="utf-8")
    text = "Frågan bereds av Kultur- turism och parknämnden."
    document = normalize(raw_from_text(text), NormalizeOptions(actors_path=actors))
    assert document.text.startswith("Frågan bereds av Kulturturism och parknämnden.")
    assert blocks_of(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 44 (analysis 44-bh A1): a print's break hyphen kept inside a word, no space
        ("Frågan avgörs av del-ägarna på stämman.", "Frågan avgörs av delägarna på stämman."),
        ("Revi-sorn granskar räkenskaperna.", "Revisorn granskar räkenskaperna."),
        ("Ordföran-den leder mötet.", "Ordföranden leder mötet."),
        # review 44c, item 6: a two-letter part when the joined word is common
        ("Nämndens be-slutet gäller.", "Nämndens beslutet gäller."),
        ("Frågan går till ut-skottet.", "Frågan går till utskottet."),
        ("Hon betalar av-giften.", "Hon betalar avgiften."),
        # negatives: capitals, one letter, an unknown joined word, a suspended part, a name
        ("IT-chefen följer upp EU-direktiv.", "IT-chefen följer upp EU-direktiv."),
        ("skickas med e-post till", "skickas med e-post till"),
        ("ett tv-program om hr-frågor", "ett tv-program om hr-frågor"),  # rare join: kept
        ("styrelse- och vd-instruktion", "styrelse- och vd-instruktion"),
        ("ett svensk-norskt samarbete", "ett svensk-norskt samarbete"),
        ("Norrbo-Ekvik skidklubb", "Norrbo-Ekvik skidklubb"),
        ("sparas som en Excel-fil", "sparas som en Excel-fil"),
    ],
)
def test_an_in_word_break_hyphen_of_a_known_word_is_joined(text: str, expected: str) -> None:
    assert blocks_of(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 52 (nu51b): an ISO date cut after its year by a line break or a stray space
        ("Antagen av fullmäktige 2024-\n03-21, § 12.", "Antagen av fullmäktige 2024-03-21, § 12."),
        ("Planen gäller från 2026- 07-01 tills vidare.",
         "Planen gäller från 2026-07-01 tills vidare."),
        # negatives: a year range, no valid month, no month-day run, a longer number
        ("perioden 2024- 2027 gäller", "perioden 2024- 2027 gäller"),
        ("koden 2024- 13-40 anges", "koden 2024- 13-40 anges"),
        ("under 2024- 03 års slut", "under 2024- 03 års slut"),
        ("nummer 12024- 03-21-7 anges", "nummer 12024- 03-21-7 anges"),
    ],
)
def test_a_date_cut_after_its_year_is_joined(text: str, expected: str) -> None:
    assert blocks_of(text) == [expected]
    assert_offsets_hold(text)


def test_pdf_layout_lines_unwrap_into_paragraphs() -> None:
    text = (
        " Titel på dokumentet \n\n \n\nFörsta stycket börjar här och \n\nfortsätter på nästa rad. \n\n"
        " \n\nAndra stycket. \n\n"
    )
    assert blocks_of(text) == [
        "Titel på dokumentet",
        "Första stycket börjar här och fortsätter på nästa rad.",
        "Andra stycket.",
    ]


def test_page_start_with_leading_space_continues_the_paragraph() -> None:
    text = (
        "Regiondirektören är vidare ansvarig för att i samråd \n\n"
        " respektive förvaltningschef finna former för beredningen. \n\n \n\n"
    )
    assert blocks_of(text) == [
        "Regiondirektören är vidare ansvarig för att i samråd respektive förvaltningschef finna "
        "former för beredningen."
    ]


def test_a_share_line_is_dropped_and_a_wrapped_share_word_is_kept() -> None:
    """Round 45 (nu45 cause 3, review45a): `normalize` drops a line of share and print links
    (``Dela på Facebook Skriv ut``) from the text; a PDF wrap whose last line is ``via
    e-post`` is the sentence's end and stays in its paragraph."""
    shared = (
        "Riktlinje för föreningsbidrag\n\nDela på Facebook Skriv ut\n\nBidrag söks årligen.\n\n"
    )
    assert blocks_of(shared) == ["Riktlinje för föreningsbidrag", "Bidrag söks årligen."]
    wrapped = "Protokollet sänds till varje medlem \nvia e-post \ninom två veckor.\n\n"
    assert blocks_of(wrapped) == ["Protokollet sänds till varje medlem via e-post inom två veckor."]


def test_two_trailing_spaces_end_a_paragraph() -> None:
    text = "Första stycket slutar här.  \n\nAndra stycket börjar.\n\n"
    assert blocks_of(text) == ["Första stycket slutar här.", "Andra stycket börjar."]


def test_list_items_and_headings_are_blocks() -> None:
    text = (
        "1. Uppdraget\nKommundirektören ska särskilt fokusera följande:\n- att ekonomin ska vara\n"
        "i balans,\n- att takten ska öka.\n"
    )
    assert blocks_of(text) == [
        "1. Uppdraget",
        "Kommundirektören ska särskilt fokusera följande:",
        "- att ekonomin ska vara i balans,",
        "- att takten ska öka.",
    ]


def test_heading_wrapped_over_two_lines_stays_one_block() -> None:
    text = (
        "3. Regiondirektörens roll i regionstyrelsen, patientnämnden, regionut-\n"
        "vecklingsutskottet och internationella beredningen \n"
        "Regiondirektören är ansvarig för beredning.\n"
    )
    assert blocks_of(text) == [
        "3. Regiondirektörens roll i regionstyrelsen, patientnämnden, regionutvecklingsutskottet och "
        "internationella beredningen",
        "Regiondirektören är ansvarig för beredning.",
    ]


@pytest.mark.parametrize(
    "artifact", ["3", "Sida 3 av 7", "3 (7)", "3(7)", "- 3 -", "s. 3 (av 7)"]  # r49 az R3
)
def test_page_numbers_are_dropped_without_splitting(artifact: str) -> None:
    text = f"Regiondirektören ska närvara vid\n{artifact}\nfullmäktiges sammanträden.\n"
    assert blocks_of(text) == ["Regiondirektören ska närvara vid fullmäktiges sammanträden."]


def test_nfc_and_offsets_for_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Regiondirektören ska främja länet.")
    document = normalize(raw_from_text(decomposed))
    assert document.text == "Regiondirektören ska främja länet."
    start = document.text.index("främja")
    raw_start, raw_end = document.raw_span(start, start + len("främja"))
    assert unicodedata.normalize("NFC", decomposed[raw_start:raw_end]) == "främja"
    assert_offsets_hold(decomposed)


def test_cr_lf_and_tabs() -> None:
    assert blocks_of("Ett\tstycke med\r\nradbrytning.\r\n\r\nNästa.") == [
        "Ett stycke med radbrytning.",
        "Nästa.",
    ]


NORRBOTTEN_JOINED = [
    "Regiondirektören",
    "avdelningsdirektörer",
    "medarbetarsamtal",
    "ansvarar",
    "divisionschefer",
    "förvaltningen",
    "regionstyrelsen",
    "regiondirektören",
    "regionstyrelsen",
    "fortlöpande",
    "Närsjukvård",
    "planering",
    "ledningsorganisation",
    "effektivisera",
    "delegationsordning",
    "delegationsordning",
    "regionutvecklingsutskottet",
    "beslutsunderlag",
    "regiondirektören",
    "exempel",
    "information",
    "regionstyrelsen",
    "direktörerna",
    "regionstyrelsen",
    "regionfullmäktiges",
    "externa",
    "alltid",
]


def test_norrbotten_every_line_break_hyphenation_is_joined(normalized_seeds) -> None:
    document = normalized_seeds["region-norrbotten"]
    joined = [d for d in document.dehyphenations if d.action == "joined"]
    assert [document.text[d.start : d.end] for d in joined] == NORRBOTTEN_JOINED
    assert all(d.at_line_break for d in joined)
    kept = [document.text[d.start : d.end] for d in document.dehyphenations if d.action != "joined"]
    assert kept == ["roll- och"]
    assert "uppgiftsfördelning" in document.text and "- " not in document.text.replace(
        "roll- och", ""
    )


def test_orebro_keeps_real_hyphens(normalized_seeds) -> None:
    document = normalized_seeds["region-orebro-lan-2023"]
    assert [d.action for d in document.dehyphenations] == ["kept_suspended", "kept_suspended"]
    assert "roll- och uppgiftsfördelning" in document.text
    assert "hel- eller delägda" in document.text
    assert "i samråd respektive förvaltningschef" in document.text


@pytest.mark.parametrize("doc_id", ["region-norrbotten", "region-orebro-lan-2023"])
def test_seed_offsets_trace_back_to_raw(normalized_seeds, doc_id: str) -> None:
    document = normalized_seeds[doc_id]
    for block in document.blocks:
        raw_start, raw_end = document.raw_span(block.start, block.end)
        raw_words = document.raw.text[raw_start:raw_end].split()
        assert raw_words[0].startswith(document.text[block.start : block.end].split()[0][:3])
    assert_offsets_hold(document.raw.text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcåäöAÖ §-–•.:,12 \n\t\r\u0301")), max_size=300))
def test_arbitrary_text_never_crashes_and_offsets_hold(text: str) -> None:
    assert_offsets_hold(text)
    document = normalize(raw_from_text(text))
    for block in document.blocks:
        assert 0 <= block.start < block.end <= len(document.text)
        raw_start, raw_end = document.raw_span(block.start, block.end)
        assert 0 <= raw_start <= raw_end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Region\u00ad\ndirektören beslutar.", "Regiondirektören beslutar."),
        ("Region\u2010\ndirektören beslutar.", "Regiondirektören beslutar."),
        ("Regi\u00adon\u00addirektören beslutar.", "Regiondirektören beslutar."),
        ("\u212bngermanland är ett landskap.", "Ångermanland är ett landskap."),
    ],
)
def test_soft_hyphens_unicode_hyphens_and_singleton_nfc(text: str, expected: str) -> None:
    assert blocks_of(text) == [expected]
    assert_offsets_hold(text)


# New-user trial (issue #10): running page markers printed inside flattened lines.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reglemente för Åby nämnd Sida 1 av 2\n1. Uppgifter Nämnden ska leda arbetet. "
         "Sida 2 av 2 2. Ledamöter Nämnden består av fem ledamöter.",
         ["Reglemente för Åby nämnd", "1. Uppgifter", "Nämnden ska leda arbetet.",
          "2. Ledamöter", "Nämnden består av fem ledamöter."]),
        ("Taxa för Byviks hamn\n\nHamnen ska ta ut avgift. s. 1 (2)\n\nAvgiften betalas av den "
         "som s. 2 (2) lägger till vid kajen.",
         ["Taxa för Byviks hamn", "Hamnen ska ta ut avgift.",
          "Avgiften betalas av den som lägger till vid kajen."]),
        # a lone marker, or a lower-case one without a total, is prose
        ("Policy för Ekby skola\n\nRektorn ska se sida 2 av bilagan och sida 3 av bilagan. "
         "Sida 4 visar taxan.",
         ["Policy för Ekby skola",
          "Rektorn ska se sida 2 av bilagan och sida 3 av bilagan. Sida 4 visar taxan."]),
        ("Ordning för Åby kör\n\nKören sjunger Sida 3 av 9 på söndag.",
         ["Ordning för Åby kör", "Kören sjunger Sida 3 av 9 på söndag."]),
    ],
)
def test_inline_page_markers(text: str, expected: list[str]) -> None:
    assert blocks_of(text) == expected
    assert_offsets_hold(text)
    document = normalize(raw_from_text(text))
    assert "Sida 2 av 2" not in document.text and "s. 2 (2)" not in document.text


def test_page_line_keeps_its_running_header() -> None:
    from pipeline.normalize.lines import page_marker_spans

    text = ("1 Ekby hamn Sida 1 Hamnen ska vara öppen.\n2 Ekby hamn Sida 2 Taxan gäller.\n"
            "Avgiften betalas vid kajen. Sida 3 Ordningen gäller. Sida 4")
    assert [text[a:b] for a, b in page_marker_spans(text, OPTIONS)] == ["Sida 3", "Sida 4"]


# Round 17, package A: flattened pages (invented sentences).
_BODY = (" Nämnden ansvarar för kommunens kulturverksamhet och för folkbiblioteken i kommunen. "
         "Nämnden ska också främja föreningslivet och stödja det fria kulturlivet i kommunen.")


def test_bare_paragraph_numbers_after_inline_headings() -> None:
    # A1: a heading after a bare reference number, commas in a heading, a law bracket
    text = ("Reglemente för fritidsnämnden\n\nAntagen av kommunfullmäktige den 2 maj 2016, 71 "
            "Verksamhet 1 Fritidsnämnden ska sköta kommunens idrottsanläggningar. Ordförande, "
            "vice ordförande och sekreterare 2 Nämnden väljer en ordförande för ett år. "
            "Beslutförhet (6 kap. 27 KL) 3 Nämnden får handlägga ärenden när fler än hälften "
            "är närvarande.\n")
    assert blocks_of(text)[1:] == [
        "Antagen av kommunfullmäktige den 2 maj 2016, 71", "Verksamhet",
        "1 Fritidsnämnden ska sköta kommunens idrottsanläggningar.",
        "Ordförande, vice ordförande och sekreterare",
        "2 Nämnden väljer en ordförande för ett år.", "Beslutförhet (6 kap. 27 KL)",
        "3 Nämnden får handlägga ärenden när fler än hälften är närvarande.",
    ]


def test_a_page_counter_at_a_line_end_is_dropped() -> None:
    # A2: `N (M)` after the last sentence of a line; a bare number there stays
    text = (f"Reglemente för kulturnämnden\n\nAllmänt om nämnden{_BODY} 1 (4)\n"
            f"Delegering 3 Nämnden får delegera beslut till ett utskott.{_BODY}\n")
    blocks = blocks_of(text)
    assert blocks[1].startswith(f"Allmänt om nämnden{_BODY}")
    assert not any("(4)" in block for block in blocks)
    assert any(block.endswith("folkbiblioteken i kommunen. Nämnden ska också främja "
                              "föreningslivet och stödja det fria kulturlivet i kommunen.")
               for block in blocks)


def test_adoption_history_on_two_lines_after_a_title() -> None:
    # A4: a title line ending in an adoption history, a revision on the next line
    text = ("Reglemente för kulturnämnden Antagen av kommunfullmäktige 2015-05-04, § 41\n"
            f"Reviderad av kommunfullmäktige 2019-10-09, § 88\n{_BODY.strip()}\n")
    assert blocks_of(text)[:2] == [
        "Reglemente för kulturnämnden",
        "Antagen av kommunfullmäktige 2015-05-04, § 41 Reviderad av kommunfullmäktige "
        "2019-10-09, § 88",
    ]


_PAGE_LINE = (
    "Nämnden ansvarar för tillsynen enligt lagen och arbetar med rådgivning till företag och "
    "enskilda i hela kommunen. Nämnden ska verka för en god miljö i"
)


def _page_lines(text: str) -> list[str]:
    from pipeline.normalize.lines import line_end_page_number_lines, split_lines

    options = NormalizeOptions(page_line_min_chars=20)
    return [line.text for line in line_end_page_number_lines(split_lines(text), options)]


def test_line_end_page_number_dropped_in_a_sentence() -> None:
    """A flattened page line ending in its page number inside a sentence (round 18, A2)."""
    assert blocks_of(f"{_PAGE_LINE} 4\nsyfte att främja hälsa.") == [
        f"{_PAGE_LINE} syfte att främja hälsa."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a preposition or an article no number stands
        ("Nämnden arbetar för en god miljö i 5\nsyfte att främja hälsa.",
         ["Nämnden arbetar för en god miljö i", "syfte att främja hälsa."]),
        ("Styrelsen ska arbeta i en 9\nanda av samverkan och öppenhet.",
         ["Styrelsen ska arbeta i en", "anda av samverkan och öppenhet."]),
        # the running page count after another word: page 1, then page 2
        ("Bolaget ska bedriva verksamhet 1\nsom gynnar kommunens invånare och 2\nnäringsliv.",
         ["Bolaget ska bedriva verksamhet", "som gynnar kommunens invånare och", "näringsliv."]),
    ],
)
def test_line_end_page_number_lines(text: str, expected: list[str]) -> None:
    assert _page_lines(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nämnden fullgör uppgifter enligt 3\nkap. miljöbalken och plan- och bygglagen.",  # kap.
        "Direktören ska i de frågor som anges i punkt 2\nnedan inhämta styrelsens beslut.",
        "Direktören ska i de frågor som anges i bilaga 1\nnedan inhämta styrelsens beslut.",
        "Styrelsen sammanträder minst 7\ngånger per år och vid behov därutöver.",  # no count
        "Nämnden arbetar för en god miljö i 5\n\nsyfte att främja hälsa.",  # a paragraph end
        "Nämnden arbetar för en god miljö i 5\nSyftet är att främja hälsa.",  # a capital
    ],
)
def test_line_end_number_kept(text: str) -> None:
    assert _page_lines(text) == text.split("\n")


def test_short_line_end_number_kept() -> None:
    """A wrapped line (shorter than `page_line_min_chars`) keeps its number: ``inom 14⏎dagar``."""
    text = "Beslutet ska anmälas inom 14\ndagar till nämnden."
    assert blocks_of(text) == ["Beslutet ska anmälas inom 14 dagar till nämnden."]


# Round 20, package A (invented sentences): sentences of a flattened paragraph that lost their
# stops are its numbered sentences (no heading among them); a one-word heading opens the line
# after an adoption line.
def test_sentences_that_lost_their_stops_and_a_heading_after_an_adoption_line() -> None:
    text = ("Reglemente för direktionen\n\nBeslutad av förbundsfullmäktige den 3 mars 2021\n"
            "Bakgrund En ordning för förbundets ledning ska finnas. Budgeten bereds av "
            "förvaltningen Direktionen och förbundsdirektören lämnar förslaget till fullmäktige. "
            "Direktionen sammanträder minst fyra gånger per år och beslutar om budgeten.\n")
    document = normalize(raw_from_text(text))
    blocks = [(document.text[block.start : block.end], block.sentence)
              for block in document.blocks]
    assert blocks[1:] == [
        ("Beslutad av förbundsfullmäktige den 3 mars 2021", 0),
        ("Bakgrund", 0),
        ("En ordning för förbundets ledning ska finnas. Budgeten bereds av förvaltningen", 1),
        ("Direktionen och förbundsdirektören lämnar förslaget till fullmäktige. Direktionen "
         "sammanträder minst fyra gånger per år och beslutar om budgeten.", 2),
    ]
    assert_offsets_hold(text)


def _block_texts(text: str, options: NormalizeOptions | None = None) -> list[str]:
    document = normalize(raw_from_text(text), options)
    return [document.text[block.start : block.end] for block in document.blocks]


def test_a_title_and_one_body_line_split_at_content_word_headings() -> None:
    # round 24, cause C6: no closed-class boundary needed in the one body line under a title,
    # with normalize.yaml `body_line_headings` (off by default: older parts keep the line)
    text = ("Riktlinjer för lokalbokning\nFritidsnämnden hyr ut lokaler enligt dessa riktlinjer. "
            "Grunder för prioritering Följande ordning gäller vid bokningen: först föreningar, "
            "sedan studieförbund. Avgifter och betalning Avgiften betalas i förskott.\n")
    blocks = _block_texts(text, NormalizeOptions(body_line_headings=True))
    assert "Grunder för prioritering" in blocks and "Avgifter och betalning" in blocks
    assert "Avgiften betalas i förskott." in blocks
    assert len(_block_texts(text)) == 2  # the default: title | body line
    assert_offsets_hold(text)


def test_a_body_line_with_a_heading_sign_is_cut_at_its_content_word_headings() -> None:
    # round 41, ah-S1a: a body line whose title repeat and section label `1` were cut shows
    # a heading sign: its content-word headings are cut though `body_line_headings` is off
    text = ("Ordning för Ekviks vägförening\nOrdning för Ekviks vägförening 1 Denna ordning gäller "
            "från den 2 maj 2031. Grunder Vägföreningen sköter vägarna i byn. Medlemmarna betalar "
            "en avgift varje år. Styrelsen Styrelsen leder föreningen och ansvarar för kassan.\n")
    blocks = _block_texts(text)
    assert "Grunder" in blocks and "Styrelsen" in blocks
    assert "Styrelsen leder föreningen och ansvarar för kassan." in blocks
    # a body line with no sign keeps its content-word headings (round 25, S1-5)
    plain = ("Ordning för Ekviks vägförening\nVägföreningen sköter vägarna i byn enligt denna "
             "ordning och enligt lagen. Avgifter Medlemmarna betalar en avgift varje år till "
             "föreningen. Styrelsen Styrelsen leder föreningen och ansvarar för kassan.\n")
    assert len(_block_texts(plain)) == 2
    assert_offsets_hold(text)


def test_a_blank_line_block_after_paragraph_signs_is_one_paragraph() -> None:
    # round 24, cause C9: `§ N` blocks, then a blank-line block whose lines each end in `.`
    text = ("Stadgar för Ekviks hembygdsförening\n§ 1\nFöreningens namn är Ekviks hembygdsförening."
            "\n§ 9\nStadgarna ändras av årsmötet.\n\nStadgarna antogs 1998-05-04.\n"
            "Den senaste ändringen beslutade årsmötet 2015.\n")
    blocks = _block_texts(text)
    assert ("Stadgarna antogs 1998-05-04. Den senaste ändringen beslutade årsmötet 2015."
            in blocks)
    assert_offsets_hold(text)


def test_a_heading_noun_opening_a_short_line_is_its_heading() -> None:
    # round 25, cause S1-1d: a short line gets no inline cuts, but a heading noun before a
    # capitalised subject and its verb is cut (assemble `_pieces`, `line_heading_end`)
    text = ("Stadgar för Ekviks båtklubb\nKlubbens organisation\n"
            "Arkivering Styrelsen ansvarar för klubbens arkiv.\n"
            "Ansvar för bryggorna har hamnkaptenen.\n")
    shown = [(clause.kind, clause.text) for clause in segment_text(text).clauses][2:]
    assert shown == [("heading", "Arkivering"),
                     ("paragraph", "Styrelsen ansvarar för klubbens arkiv."),
                     ("paragraph", "Ansvar för bryggorna har hamnkaptenen.")]


_LONG_CHOICE = ("Ledamöterna väljs av fullmäktige i Åsby kommun för tiden från den ordinarie stämma "
                "som hålls året efter det år då allmänna val har ägt rum intill slutet av den "
                "stämma som hålls året efter nästa val.")
_LONG_AUDIT = ("Revisorn granskar föreningens räkenskaper under året och lämnar senast i mars en "
               "skriftlig redogörelse över granskningen och dess resultat till årsmötet och till "
               "styrelsen.")


def test_long_sentence_lines_under_paragraph_sign_headings_are_not_wrapped() -> None:
    # round 41, avza-S1: short `§ N Rubrik` lines pull the width statistic down; the
    # blank-line block of a short and a very long sentence line stays one paragraph
    text = ("Stadgar för Åsby fiskevårdsförening\n\n§ 1 Namn\nFöreningens namn är Åsby FVF.\n\n"
            "§ 2 Ändamål\nFöreningen ska vårda fisket i sjön.\n\n§ 3 Styrelse\n"
            f"Styrelsen har fem ledamöter.\n{_LONG_CHOICE}\n\n§ 4 Revisor\n"
            f"Årsmötet väljer en revisor.\n{_LONG_AUDIT}\n\n§ 5 Avgift\nAvgiften beslutas av årsmötet.\n")
    blocks = _block_texts(text)
    assert f"Styrelsen har fem ledamöter. {_LONG_CHOICE}" in blocks
    assert f"Årsmötet väljer en revisor. {_LONG_AUDIT}" in blocks
    assert_offsets_hold(text)


def test_one_flattened_line_leaves_wrapped_text_wrapped() -> None:
    # the negative: a width-wrapped text with one unprinted line still ends a paragraph at a
    # short sentence line
    text = ("Stadgar för Åsby fiskevårdsförening\n\n§ 1 Fiske\nMedlemmarna får fiska i sjön med "
            "handredskap under hela året utom under\nlektiden. Nät kräver fiskekort.\n"
            "Styrelsen fördelar de fiskekort som finns kvar efter utlottningen\nbland medlemmarna "
            f"i byn.\n\n§ 2 Revisor\n{_LONG_AUDIT}\n\nÅrsmötet väljer revisorn.\n"
            "Styrelsen får ge en medlem dispens från avgiften för arrangemang som\nriktar sig "
            "till barn och unga i skolorna och på fritidsgårdarna.\n")
    blocks = _block_texts(text)
    assert "Styrelsen fördelar de fiskekort som finns kvar efter utlottningen bland " \
           "medlemmarna i byn." in blocks
    assert_offsets_hold(text)


def test_a_blank_line_after_a_preposition_does_not_end_the_paragraph() -> None:
    # round 41, avza-S2: a print with a blank line after every line; a sentence line that
    # breaks off at `till` goes on after the blank line although the next opens in capitals
    text = ("Förordning med instruktion för Åsby sjöfartsverk\n\n"
            "1 § Verket ska varje år sammanställa uppgifter om olyckor till sjöss och lämna dem "
            "till\n\nTransportstyrelsen. Verket ska samråda med kommunerna.\n\n"
            "2 § Verket ska redovisa sina kostnader och lämna en sammanställning över dem till\n\n"
            "3 § Verket leds av en generaldirektör.\n\n"
            "4 § Verket ansvarar för lotsningen i farlederna, samt\n\nBeslutar om avgifterna.\n")
    blocks = _block_texts(text)
    assert ("1 § Verket ska varje år sammanställa uppgifter om olyckor till sjöss och lämna dem "
            "till Transportstyrelsen. Verket ska samråda med kommunerna.") in blocks
    # the negative: a `N §` line after the blank line opens its own paragraph
    assert "3 § Verket leds av en generaldirektör." in blocks
    # nor does a coordinator end a sentence line: a capitalised item may follow it
    assert "Beslutar om avgifterna." in blocks
    assert_offsets_hold(text)


def test_a_layer_line_broken_off_at_an_unstranded_preposition_goes_on() -> None:
    # round 52, analysis 52-av C1: in a double-spaced layer (a hyphen across the empty lines)
    # a sentence line ending in a stranding preposition (`till`) that no relative clause
    # strands governs the capitalised name on the next line; one after `som` ends before
    # its heading, and so does an adverb (`sedan`)
    text = ("Instruktion för Norrviks fyrverk\n\n1 §\n\n"
            "Fyrverket ska sköta fyrarna längs kusten och ut-\n\n"
            "färda råd om belysning.\n\n2 §\n\n"
            "Fyrverket ska varje kvartal skicka en förteckning över sina fyrar till\n\n"
            "Sjöfartsverket. Fyrverket ska även samråda med kommunerna.\n\n"
            "Frågor som fyrmästaren beslutar om\n\n3 §\n\n"
            "Fyrmästaren leder driften av fyrarna.\n\n"
            "Tornet byggdes om för över hundra år sedan\n\n"
            "Fyrmästaren ska föra en loggbok.\n")
    blocks = _block_texts(text)
    assert ("Fyrverket ska varje kvartal skicka en förteckning över sina fyrar till "
            "Sjöfartsverket. Fyrverket ska även samråda med kommunerna.") in blocks, blocks
    assert "Frågor som fyrmästaren beslutar om" in blocks, blocks
    assert "Fyrmästaren ska föra en loggbok." in blocks, blocks
    assert_offsets_hold(text)


def test_a_stray_whitespace_line_does_not_make_a_web_page_double_spaced() -> None:
    # round 42, bc-S1: a web page with blank-line blocks of sentence lines and one stray ` `
    # line is no PDF layer: each block stays one paragraph, and a document-kind title word
    # alone in its block joins the `för <name>` block after it
    text = ("Stadgar\n\nför Norrby Seglarklubb\n\n \nÄndamål\n\n"
            "Klubben ska främja seglingen i Norrby.\nStyrelsen ska sköta bryggorna.\n\n"
            "Avgifter\n\nAvgiften bestäms av årsmötet.\n")
    blocks = _block_texts(text)
    assert blocks[:2] == ["Stadgar för Norrby Seglarklubb", "Ändamål"]
    assert ("Klubben ska främja seglingen i Norrby. Styrelsen ska sköta bryggorna."
            in blocks)
    assert_offsets_hold(text)


def test_a_layer_whose_sentences_break_across_empty_lines_stays_double_spaced() -> None:
    # round 42, bc-S1, the negative: an empty line after every line, ` ` lines between the
    # paragraphs and two sentences going on in lower case after an empty line (no hyphen)
    text = ("Instruktion för Åsby hamnkontor\n\n \n"
            "1 § Kontoret ska sköta hamnens kajer,\n\nfarleder och bojar i viken.\n\n \n"
            "2 § Kontoret ska varje månad rapportera till\n\nhamnstyrelsen hur många fartyg som\n\n"
            "har angjort hamnen.\n")
    blocks = _block_texts(text)
    assert "1 § Kontoret ska sköta hamnens kajer, farleder och bojar i viken." in blocks
    assert ("2 § Kontoret ska varje månad rapportera till hamnstyrelsen hur många fartyg som "
            "har angjort hamnen.") in blocks
    assert_offsets_hold(text)


def test_a_hyphen_inside_a_blank_line_block_is_no_double_spaced_layer() -> None:
    # round 43, probe43 cause 2: one word hyphenated across a line break inside a block
    # (`ekonomi-` ⏎ `chefen`) is a wrapped paragraph, not a word hyphenated across the empty
    # lines of a PDF layer: the sentence line without a full stop stays apart from the next
    text = (
        "Instruktion för hamnchefen i Ekvik\n\n1. Uppgifter\n\n"
        "Hamnchefen leder hamnkontoret och svarar för säkerheten vid kajerna och bryggorna."
        "\n\nHamnchefen ska hålla styrelsen informerad om viktiga händelser i hamnen och "
        "vid kajerna\n\nKassören redovisar intäkterna varje kvartal.\n\n"
        "Hamnchefen ska i samråd med ekonomi-\nchefen lämna förslag till taxor.\n"
    )
    blocks = _block_texts(text)
    assert (
        "Hamnchefen ska hålla styrelsen informerad om viktiga händelser i hamnen och vid kajerna"
    ) in blocks
    assert "Kassören redovisar intäkterna varje kvartal." in blocks
    assert "Hamnchefen ska i samråd med ekonomichefen lämna förslag till taxor." in blocks
    assert_offsets_hold(text)


def test_a_layer_hyphenated_across_the_empty_lines_stays_double_spaced() -> None:
    # round 43, probe43 cause 2, the negative: `före-` ⏎⏎ `skrifter` (also after a stycke
    # marker, `[S2]skrifter`) is a PDF layer: its empty lines end no paragraph
    for opening in ("skrifter", "[S2]skrifter"):
        text = (
            "Instruktion för Ekviks hamnförbund\n\n1 §\n\n"
            "Förbundet ska utfärda före-\n\n"
            f"{opening} om avgifter. Förbundet ska också samråda med\n\n"
            "kommunerna i länet.\n"
        )
        blocks = _block_texts(text)
        assert any(
            block.endswith("ska också samråda med kommunerna i länet.") for block in blocks
        ), blocks
        assert_offsets_hold(text)


def test_a_dash_list_run_into_a_short_lead_in_line_is_cut_at_each_dash() -> None:
    # round 43, probe43 cause 6: a colon and two or more spaced dashes before lower-case
    # words in a short paragraph line of a blank-line document: lead-in and one item a dash;
    # a dash pair in a sentence, a gapped compound, a range and a single item stay whole
    text = (
        "Reglemente för Ekviks hamnnämnd\n\n"
        "Hamnnämnden ansvarar för: - kajerna - bojar och löne- och taxefrågor - "
        "uppföljning av avgifterna\n\n"
        "Nämnden – hamnens organ – beslutar om taxan.\n\n"
        "Taxan gäller för åren 2026 - 2027.\n\n"
        "Hamnchefen ska: - leda kontoret - följa upp budgeten. Kassören redovisar.\n\n"
        "Följande gäller: - avgiften betalas i förskott\n"
    )
    blocks = _block_texts(text)
    assert blocks[1:5] == [
        "Hamnnämnden ansvarar för:",
        "- kajerna",
        "- bojar och löne- och taxefrågor",
        "- uppföljning av avgifterna",
    ]
    assert "Nämnden – hamnens organ – beslutar om taxan." in blocks
    assert "Taxan gäller för åren 2026 - 2027." in blocks
    assert blocks[7:11] == [
        "Hamnchefen ska:",
        "- leda kontoret",
        "- följa upp budgeten.",
        "Kassören redovisar.",
    ]
    assert "Följande gäller: - avgiften betalas i förskott" in blocks
    assert_offsets_hold(text)
    # web text, one line a clause (no blank lines): the short line stays whole (§1.2)
    web = (
        "Hamnnämnden i Ekvik\nHamnnämnden ansvarar för hamnen och farlederna.\n"
        "Nämndens verksamhet omfattar: - kajer - bojar - farleder\n"
        "Nämnden fastställer taxan.\nNämnden sammanträder varje månad.\n"
    )
    assert "Nämndens verksamhet omfattar: - kajer - bojar - farleder" in _block_texts(web)


def test_the_title_repeated_beside_a_page_counter_is_furniture() -> None:
    # round 43, probe43 cause 8: the title line repeated right under (or over) a later
    # page's counter is a running header, dropped like the counter; a heading under a
    # counter and a title repeat with no counter beside it stay
    title = "Instruktion för hamnchefen i Ekviks kommun"
    text = (
        f"{title}\n\n1. Uppgifter\n\nHamnchefen leder hamnkontoret.\n\n"
        f"Sida 2 av 3\n{title}\n\nHamnchefen rapporterar till nämnden.\n\n"
        f"{title}\nSida 3 av 3\n\n2. Ekonomi\n\nSida 4 av 4\n3. Taxor\n\n"
        "Kassören tar ut avgifterna.\n"
    )
    blocks = _block_texts(text)
    assert blocks.count(title) == 1 and blocks[0] == title
    assert "2. Ekonomi" in blocks and "3. Taxor" in blocks
    assert_offsets_hold(text)
    plain = f"{title}\n\nHamnchefen leder hamnkontoret.\n\n{title}\n\nKassören tar ut avgifter.\n"
    assert _block_texts(plain).count(title) == 2


def test_a_kind_word_before_a_capitalised_sentence_block_stays_a_title() -> None:
    # round 42, bc-S1: only a lower-case title link (`för`, `om` …) joins the kind word
    text = "Arbetsordning\n\nStyrelsen möts varje vecka.\n\n \nKassören för räkenskaperna.\n"
    assert _block_texts(text)[0] == "Arbetsordning"


def test_sentence_lines_of_a_paragraph_sign_text_with_blank_lines_are_one_paragraph() -> None:
    # round 43, 43-bf cause 1: a `§`-numbered text printed one sentence a line, blank lines
    # between its paragraphs: the short sentence lines of a block are one paragraph
    text = ("Stadgar för Åsby roddklubb\n\n§ 1 Ändamål\nKlubben verkar i hela Åsby.\n"
            "Klubben har till uppgift att främja rodd.\n\n§ 2\nStyrelsen leder klubben.\n"
            "Vid lika röstetal avgör lotten.\nStyrelsen möts varje månad.\n\n§ 3 Styrelse\n"
            "Styrelsen ska:\n– vårda båtarna,\n– ordna regattor.\nStyrelsen beslutar med "
            "enkel majoritet.\n\n§ 4\nKassören för klubbens böcker.\nRevision\n"
            "Revisorn granskar böckerna.\n\nMedlemskap\nStyrelsen prövar ansökningarna.\n")
    blocks = _block_texts(text)
    assert "Klubben verkar i hela Åsby. Klubben har till uppgift att främja rodd." in blocks
    assert ("Styrelsen leder klubben. Vid lika röstetal avgör lotten. Styrelsen möts "
            "varje månad.") in blocks  # the bare `§ 2` line is its label (segment)
    # the negatives: a list item ending in `.`, a verbless heading after a sentence, a
    # heading over one line keep their cuts
    assert "– ordna regattor." in blocks
    assert "Styrelsen beslutar med enkel majoritet." in blocks
    assert blocks[-5:] == ["Kassören för klubbens böcker.", "Revision",
                           "Revisorn granskar böckerna.", "Medlemskap",
                           "Styrelsen prövar ansökningarna."]
    assert_offsets_hold(text)


def test_a_wrapped_print_with_paragraph_signs_keeps_its_stycke_ends() -> None:
    # round 43, the negative: lines that break off mid-sentence and go on in lower case show a
    # width-wrapped print; a short sentence line still ends its stycke
    text = ("Regler för Åsby bygdegård\n\n§ 1 Bokning\n\nFöreningarna bokar salen hos kassören "
            "senast två veckor före det\ntillfälle de vill hyra. Bokningen är bindande.\n"
            "Styrelsen fördelar de tider som är kvar efter vårens bokning mellan\n"
            "föreningarna i byn.\n\n§ 2 Avgifter\n\nHyran ska betalas inom trettio dagar.\n"
            "Styrelsen får sätta ned hyran för arrangemang som vänder sig till\nbarn i byn.\n")
    blocks = _block_texts(text)
    assert ("Styrelsen fördelar de tider som är kvar efter vårens bokning mellan föreningarna "
            "i byn.") in blocks
    assert "Hyran ska betalas inom trettio dagar." in blocks


_LONG_CALL = ("Om två ledamöter begär det ska ordföranden kalla till ett extra sammanträde inom "
              "två veckor från den dag då begäran kom in, räknat från den första vardagen efter "
              "det att begäran lämnades in.")
_LONG_MOVE = ("Ordföranden får i samråd med vice ordföranden flytta ett sammanträde till en annan "
              "lokal i Åsby om lokalen i rådhuset inte kan användas vid det aktuella tillfället.")


def test_a_paragraph_sign_sentence_line_and_the_line_under_it_are_one_paragraph() -> None:
    # round 43, 43-bf cause 1: in unwrapped text a `§ N` line that is a sentence (a finite
    # verb, with or without its stop) is a paragraph, not a numbered item or a heading
    text = (f"Arbetsordning för Åsby krisnämnd\n\n§ 1 {_LONG_CALL}\n{_LONG_MOVE}\n\n"
            f"§ 2 Nämnden sammanträder i Åsby rådhus, Storgatan 1\n{_LONG_MOVE}\n\n"
            f"§ 3 Sammanträden\n{_LONG_CALL}\n\n"
            "4 § Nämnden ska\n1. följa upp krisberedskapen,\n2. öva personalen.\n")
    blocks = _block_texts(text)
    assert f"§ 1 {_LONG_CALL} {_LONG_MOVE}" in blocks
    assert f"§ 2 Nämnden sammanträder i Åsby rådhus, Storgatan 1 {_LONG_MOVE}" in blocks
    # the negatives: a verbless `§ N` heading, and a `N §` lead-in before its numbered items
    assert "§ 3 Sammanträden" in blocks
    assert blocks[-3:] == ["4 § Nämnden ska", "1. följa upp krisberedskapen,",
                           "2. öva personalen."]
    assert_offsets_hold(text)


def test_att_lines_under_a_heading_keep_their_cuts_in_a_sentence_line_text() -> None:
    # round 43, the negative: `Att` + infinitive opens an item of a list, never the next
    # sentence of a paragraph, so such lines stay blocks of their own
    text = ("Stadgar för Åsby roddklubb\n\n§ 1\nKlubben verkar i Åsby.\nKlubben ordnar rodd.\n"
            "Klubben har en styrelse med fem ledamöter.\n\n§ 2\nStyrelsen möts varje månad.\n"
            "Styrelsen väljer en kassör inom sig.\n\n"
            "§ 3 Styrelsens uppgifter\nAtt vårda båtarna.\nAtt föra protokoll.\n")
    blocks = _block_texts(text)
    assert "Styrelsen möts varje månad. Styrelsen väljer en kassör inom sig." in blocks
    assert blocks[-2:] == ["Att vårda båtarna.", "Att föra protokoll."]


def test_short_lines_after_a_colon_lead_in_keep_their_cuts_in_a_sentence_line_text() -> None:
    # round 43, the negative: from a colon lead-in on, short lines are a list's items
    text = ("Stadgar för Åsby roddklubb\n\n§ 1\nKlubben verkar i Åsby.\nKlubben ordnar rodd.\n"
            "Klubben har en styrelse med fem ledamöter.\n\n§ 2\nStyrelsen möts varje månad.\n"
            "Styrelsen väljer en kassör inom sig.\n\n"
            "§ 3\nPå dagordningen står:\nVal av revisorer.\nVal av kassör.\n")
    blocks = _block_texts(text)
    assert "Styrelsen möts varje månad. Styrelsen väljer en kassör inom sig." in blocks
    assert blocks[-3:] == ["På dagordningen står:", "Val av revisorer.", "Val av kassör."]


def test_a_second_empty_line_ends_a_paragraph_of_a_double_spaced_layer() -> None:
    # round 44 (layout benchmark): in a layer with an empty line after every line, one empty
    # line is line spacing and a second one in a row is the gap between paragraphs, also
    # after a line that reaches the margin; one empty line alone ends no paragraph there
    text = (
        "Instruktion för Ekviks fiskevårdsområde\n\n\n\n"
        "Styrelsen ska sköta vattnen och föra register över fiske-\n\n"
        "korten som säljs under året vid sjöarna och längs ån.\n\n\n\n"
        "Kassören ska varje år redovisa intäkterna av korten till\n\n"
        "styrelsen och lämna förslag till avgifter för nästa säsong.\n\n"
        "Revisorn granskar kassörens räkenskaper och skriver under.\n"
    )
    blocks = _block_texts(text)
    assert (
        "Styrelsen ska sköta vattnen och föra register över fiskekorten som säljs under året "
        "vid sjöarna och längs ån."
    ) in blocks
    assert blocks[-1] == (
        "Kassören ska varje år redovisa intäkterna av korten till styrelsen och lämna förslag "
        "till avgifter för nästa säsong. Revisorn granskar kassörens räkenskaper och skriver "
        "under."
    )
    assert_offsets_hold(text)


def test_a_field_label_that_ends_the_text_is_no_crash() -> None:
    # round 44 (layout benchmark): a validity label whose value was lost, last in the text
    # (a wrapped cover line `… , 14. Gäller från`), raised IndexError and lost the document
    from pipeline.normalize import reflow

    # — and the labels close the adoption history, as before a heading word; not where a
    # sentence goes on after them
    text = "Antagen av hamnnämnden , 14. Gäller från"
    stop = text.index("14.") + len("14.")
    assert reflow.lost_value_end(text, stop, len(text)) == len(text)
    assert reflow.lost_value_end(f"{text} Inledning", stop, len(text) + 10) == len(text)
    going_on = f"{text} den 1 maj"
    assert reflow.lost_value_end(going_on, stop, len(going_on)) == stop
    document = normalize(raw_from_text(f"Arbetsordning för hamnnämnden\n\n{text}\n"))
    assert text in document.text.split("\n\n")


def test_no_break_spaces_lay_out_as_spaces() -> None:
    # round 44 (layout benchmark, crlf_nbsp): a no-break space copied from a word processor
    # (`att\u00a0ordna`, `§\u00a02`) is read by the layout rules as the space it prints as:
    # the blocks are those of the text with plain spaces, every offset the raw one
    plain = (
        "Stadgar för Ekviks naturvänner\n\n§ 1 Ändamål\n\n"
        "För att nå sitt ändamål ska klubben verka för\natt ordna vandringar i skogen,\n\n"
        "att samarbeta med skolorna i bygden,\n\natt vårda stigarna.\n"
        "Klubben har sitt säte i Ekvik.\n\n§ 2 Styrelse\n\nStyrelsen ska särskilt:\n"
        "att förbereda årsmötet;\natt föra medlemsregister.\n"
    )
    spaced = plain.replace("att ", "att\u00a0").replace("§ ", "§\u00a0")
    assert _block_texts(spaced) == _block_texts(plain)
    assert_offsets_hold(spaced)
    # every space of patterns.PRINTED_SPACES (a thin space, an ideographic one) alike
    thin = plain.replace("att ", "att\u2009").replace("§ ", "§\u3000")
    assert _block_texts(thin) == _block_texts(plain)


def test_a_layer_without_space_lines_is_known_by_its_lines_going_on_in_lower_case() -> None:
    # round 44 (layout benchmark): an empty line after every line, no ` ` line and no hyphen,
    # but four lines that go on in lower case after the empty line: a PDF layer, so a full
    # sentence line that the wrap ended before a capital ends no paragraph
    text = (
        "Instruktion för Ekviks fritidsgård\n\n\n\n"
        "Föreståndaren leder arbetet på gården och ska varje termin göra en\n\n"
        "plan för verksamheten tillsammans med de anställda och ungdomsrådet.\n\n"
        "Styrelsen fastställer planen och följer upp den vid varje sammanträde\n\n"
        "under året och när föreståndaren begär det av styrelsens ordförande.\n\n\n\n"
        "Gården ska vara öppen för alla ungdomar i kommunen mellan tretton och\n\n"
        "arton år. Personalen ska se till att ingen utestängs från aktiviteterna\n\n"
        "på gården och ska rapportera incidenter till föreståndaren.\n"
    )
    blocks = _block_texts(text)
    assert blocks[1] == (
        "Föreståndaren leder arbetet på gården och ska varje termin göra en plan för "
        "verksamheten tillsammans med de anställda och ungdomsrådet. Styrelsen fastställer "
        "planen och följer upp den vid varje sammanträde under året och när föreståndaren "
        "begär det av styrelsens ordförande."
    )
    assert len(blocks) == 3
    assert_offsets_hold(text)


def test_a_web_page_of_att_items_between_empty_lines_is_no_layer() -> None:
    # round 44, the negative: a web page whose `att` items, each ending in a comma, go on
    # after empty lines: items are no wrapped lines, each sentence line stays its own block
    text = (
        "Stadgar för Ekviks skidklubb\n\n"
        "Klubben ska verka för\n\natt ordna träningar,\n\natt ordna tävlingar,\n\n"
        "att sköta spåren,\n\natt utbilda ledare,\n\natt samarbeta med skolorna.\n\n"
        "Klubbens säte är Ekvik.\n\nStyrelsen leder klubben.\n"
    )
    blocks = _block_texts(text)
    assert blocks[-2:] == ["Klubbens säte är Ekvik.", "Styrelsen leder klubben."]
    assert "att sköta spåren," in blocks
    assert_offsets_hold(text)


def test_web_lines_with_paragraph_sign_headings_and_colon_lists() -> None:
    """Round 44 (probe44 S1, S5): a web page one clause a line: `§ N Rubrik Text` is cut into
    the heading and its paragraph (`N §` too), a label before its subject is no heading, and
    a ` - `/`•` list run onto its lead-in's line ends with that line, which stays whole as
    every short web line does (§1.2, round 43); in a blank-line text its bullets are items."""
    text = (
        "Stadgar för Ösby skidklubb\n"
        "§ 1 Säte Föreningen har sitt säte i Ösby kommun.\n"
        "2 § Kansli Klubbens kansli finns i Ösby hamn.\n"
        "§ 3 Årsmötet väljer ordförande för ett år.\n"
        "§ 4 Revision Årsmötet utser två revisorer.\n"
        "§ 5 Firma Föreningens firma är Ösby skidklubb.\n"
        "§ 5a Spår Klubben sköter skidspåren i Ösby.\n"
        "Styrelsen ska årligen: - upprätta bokslut - kalla till årsmöte\n"
        "Kassören ska till revisorerna lämna: • kassabok • verifikationer\n"
        "Sekreteraren ska arkivera: ▪ protokoll ▪ avtal\n"
        "Revisorerna granskar räkenskaperna före årsmötet.\n"
        "Klubben ska - om medlemmarna vill det - ordna en vårtävling.\n"
    )
    assert blocks_of(text)[1:] == [
        "§ 1 Säte", "Föreningen har sitt säte i Ösby kommun.",
        "2 § Kansli", "Klubbens kansli finns i Ösby hamn.",
        "§ 3 Årsmötet väljer ordförande för ett år.",
        "§ 4 Revision", "Årsmötet utser två revisorer.",
        "§ 5 Firma", "Föreningens firma är Ösby skidklubb.",
        "§ 5a Spår", "Klubben sköter skidspåren i Ösby.",
        "Styrelsen ska årligen: - upprätta bokslut - kalla till årsmöte",
        "Kassören ska till revisorerna lämna: • kassabok • verifikationer",
        "Sekreteraren ska arkivera: ▪ protokoll ▪ avtal",
        "Revisorerna granskar räkenskaperna före årsmötet.",
        "Klubben ska - om medlemmarna vill det - ordna en vårtävling.",
    ]
    blank = "Regler för Ösby gästhamn\n\nHamnvärden ska dagligen lämna: • beläggning • avgifter\n"
    assert blocks_of(blank)[1:] == ["Hamnvärden ska dagligen lämna:", "• beläggning", "• avgifter"]


# Round 45 (w45l): the PDF-like layouts of benchmarks/bench_layouts.py, invented text.


def test_short_wrapped_print_measures_its_width_from_its_longest_line() -> None:
    """Fewer than ten lines, one of them breaking off mid-sentence in lower case: the title
    and a short sentence line before a capital end their blocks; a paragraph's first line
    that breaks off at ``inom`` before a place name does not."""
    text = (
        "Stadgar för Norrviks båtklubb\n"
        "Klubben förvaltar hamnen vid Norrviken och sköter\n"
        "bryggorna åt medlemmarna. Styrelsen möts varje\n"
        "månad.\n"
        "Styrelsen ska ordna en städdag för båtägarna inom\n"
        "Norrviken varje vår.\n"
    )
    assert blocks_of(text) == [
        "Stadgar för Norrviks båtklubb",
        "Klubben förvaltar hamnen vid Norrviken och sköter bryggorna åt medlemmarna. "
        "Styrelsen möts varje månad.",
        "Styrelsen ska ordna en städdag för båtägarna inom Norrviken varje vår.",
    ]


def test_short_print_without_a_wrapped_line_keeps_its_lines_together() -> None:
    """Negative: no line goes on in lower case, so no width is guessed and the two sentence
    lines stay one paragraph (as before round 45)."""
    text = "Stadgar för Norrviks båtklubb\nKlubben förvaltar hamnen.\nStyrelsen möts.\n"
    assert blocks_of(text) == [
        "Stadgar för Norrviks båtklubb",
        "Klubben förvaltar hamnen. Styrelsen möts.",
    ]


def test_line_ending_in_an_open_word_goes_on_in_a_narrow_layer() -> None:
    """A narrow layer of mostly one-sentence lines (read as unwrapped): ``och`` before a
    capitalised authority and ``den`` before a date do not end the line's block."""
    text = (
        "Arbetsordning för hamnnämnden\n"
        "Nämnden sammanträder varje månad.\n"
        "Ordföranden leder nämndens arbete.\n"
        "Hamnchefen ska samråda med kommunstyrelsen och\n"
        "Kustbevakningen i frågor om farleder.\n"
        "Hamnchefen ska lämna en rapport senast den\n"
        "15 april varje år.\n"
        "Protokollet justeras inom en vecka.\n"
    )
    blocks = blocks_of(text)
    assert (
        "Hamnchefen ska samråda med kommunstyrelsen och Kustbevakningen i frågor om farleder."
        in blocks
    )
    assert "Hamnchefen ska lämna en rapport senast den 15 april varje år." in blocks


def test_open_word_after_a_comma_ends_a_web_list_item() -> None:
    """Negative: ``… tillsyn, och`` before a capitalised line is a web list's item end."""
    from pipeline.normalize.layout import ends_open

    assert ends_open("Hamnchefen ska samråda med kommunstyrelsen och")
    assert not ends_open("Nämnden ansvarar för tillsyn, och")
    assert not ends_open("och")
    assert not ends_open("Förvaltningarna utför det som nämnderna har beslutat om")


def test_open_line_ends_hold_the_prepositions_that_strand_none() -> None:
    """Round 45 tidy (review 45b, 11-12): a preposition of layout.yaml `prepositions` that
    is no `stranding_prepositions` word keeps the line open (``… avgörs enligt``); one that
    a relative clause may strand does not (``… som styrelsen svarar för``); an open word in
    capitals counts as well (``… Och``)."""
    from pipeline.normalize.layout import ends_open

    assert ends_open("Ärenden om bygglov avgörs enligt")
    assert ends_open("Skolan ska samarbeta med föräldrarna Och")
    assert not ends_open("Ärendet gäller det som styrelsen svarar för")
    assert not ends_open("Beslutet om bidraget fattades för två veckor sedan")


def test_stranding_prepositions_are_prepositions() -> None:
    from pipeline.config import LayoutFile

    with pytest.raises(ValueError, match="stranding_prepositions"):
        LayoutFile(
            sentence_verbs=[],
            abbreviations=[],
            heading_links=[],
            prepositions=["i"],
            stranding_prepositions=["i", "uti"],
        )


def test_heading_shape_rejects_a_wrapped_paragraph_line() -> None:
    from pipeline.normalize.layout import _is_heading_shaped

    assert _is_heading_shaped("Val och mandattid")
    assert not _is_heading_shaped("Lagtinget antar budgeten. Lantrådet leder arbetet i")
    assert not _is_heading_shaped("Samverkan med kommunstyrelsen och")
    # round 45 tidy (review 45b, 13): an abbreviation's period is no sentence end
    assert _is_heading_shaped("Bidrag t.ex. Stipendier")
    assert not _is_heading_shaped("Bidrag. Stipendier")


def test_short_print_title_breaking_off_at_a_link_goes_on() -> None:
    """Negative: in a short print measured by its longest line, a first line that breaks off
    at a heading link (``för``) is the title's first part, not a heading of its own."""
    text = (
        "BESLUT\n"
        "Dnr 2031/44\n"
        "\n"
        "Instruktion för förvaltningschefen vid miljökontoret för\n"
        "Åsviks kommun\n"
        "\n"
        "Förvaltningschefen leder miljökontorets arbete och ansvarar för att nämndens\n"
        "beslut verkställs i hela kommunen och rapporterar till nämnden varje månad.\n"
    )
    assert "Instruktion för förvaltningschefen vid miljökontoret för Åsviks kommun" in (
        blocks_of(text)
    )


def test_docplayer_page_lines_contents_and_one_word_headings() -> None:
    """Round 45 (analysis 45-bj, C1-C3): a line opening with a number and a one-word heading
    glued to its sentence is cut, and then so is a question heading after it; a contents page
    is one page line whatever its dot-leader page numbers; a running header with a field
    label repeated after the next index makes that line a page (the short page 1 before it)."""
    body = (
        "4 Ombud Ett ombud får föra talan för stiftelsen i domstol och hos myndigheter när "
        "styrelsen har beslutat det. Ombudet ska redovisa sina åtgärder till styrelsen varje "
        "kvartal. Vad avses med talan? Med talan avses varje framställning till en domstol."
    )
    assert blocks_of(f"Arbetsordning för Ekby stiftelse\n\n{body}\n")[1:] == [
        "4 Ombud",
        "Ett ombud får föra talan för stiftelsen i domstol och hos myndigheter när styrelsen "
        "har beslutat det. Ombudet ska redovisa sina åtgärder till styrelsen varje kvartal.",
        "Vad avses med talan?",
        "Med talan avses varje framställning till en domstol.",
    ]
    assert blocks_of("Arbetsordning\n\n5 Styrelsen får anlita ett ombud.\n")[1:] == [
        "5 Styrelsen får anlita ett ombud."
    ]
    header = "Kansliet Ansvarig: Ola Berg Datum: 2022-03-01 Version: 4"
    contents = (
        f"2 {header} Innehåll Syfte... 3 Ombud... 3 Protokoll... 4 Arkiv... 5 Ekonomi... 6 "
        "Bilagor... 7"
    )
    page = (
        f"3 {header} Syfte Stiftelsen ska främja idrotten i Ekby. Styrelsen ska förvalta "
        "stiftelsens kapital så att det ger en god och jämn avkastning över tiden."
    )
    text = f"Arbetsordning för Ekby stiftelse\n\n1 {header} Arbetsordning\n\n{contents}\n\n{page}\n"
    assert blocks_of(text)[1:] == [f"1 {header} Arbetsordning", contents, page]
    assert_offsets_hold(text)


def test_page_before_a_repeated_header_keeps_its_own_index() -> None:
    """Round 45 tidy (review 45b, 1): a long page 3 after a title page with no running header,
    followed by page 4 that repeats it, is page 3 (not page 1: the page-1 checks stay off)."""
    header = "Kansliet Ansvarig: Ola Berg Datum: 2022-03-01 Version: 4"
    page_three = (
        f"3 {header} Syfte Stiftelsen ska främja idrotten i Ekby. Styrelsen ska förvalta "
        "stiftelsens kapital så att det ger en god och jämn avkastning över tiden."
    )
    page_four = (
        f"4 {header} Ombud Ett ombud får föra talan för stiftelsen i domstol när styrelsen har "
        "beslutat det. Ombudet ska redovisa sina åtgärder till styrelsen varje kvartal."
    )
    numbering = Numbering(title=("arbetsordning",), previous="2 Arbetsordning Sida 2 av 6")
    pieces = _pieces(page_three, numbering, NormalizeOptions(), 4000, following=[page_four])
    assert numbering.page == (3,)
    assert pieces == [(0, len(page_three), 0)]


def test_a_page_counter_after_a_numbered_label_opens_the_heading() -> None:
    # round 46 (bm cause 5): ``3 3(5) <heading> <sentence>`` in a short line: the counter is
    # skipped and shows a flattened page, so a two-word heading is cut as a one-word one is
    text = ("Reglemente för valnämnden\n\nNämnden ansvarar för valen i kommunen.\n\n"
            "3 3(5) Nämndens sammanträden Nämnden sammanträder när ordföranden kallar.\n\n"
            "4 Sammansättning Nämnden har fem ledamöter.\n")
    shown = [(clause.kind, clause.text) for clause in segment_text(text).clauses][2:]
    assert shown == [("heading", "3(5) Nämndens sammanträden"),
                     ("paragraph", "Nämnden sammanträder när ordföranden kallar."),
                     ("heading", "Sammansättning"),
                     ("paragraph", "Nämnden har fem ledamöter.")]
    assert_offsets_hold(text)


def test_blank_line_runs_in_single_newline_text_are_gaps() -> None:
    """Round 49 (analysis 49-az C4): a flattened PDF of one-line paragraphs with a few runs of
    blank lines (page gaps) keeps one line a paragraph: a run counts once, no switch to
    blank-line paragraphs."""
    text = (
        "Stadgar för Roddklubben Ekudden\n1 Allmänt\n1.1 Ändamål\n"
        "Klubben ska främja rodd bland unga.\n1.2 Hedersledamöter\nEva Ström, 2010-2015\n"
        "Olof Berg, 2015-2022\n\n\n\n1.3 Avgifter\nMedlem ska betala avgift före maj.\n"
        "1.4 Revisorer\nRevisorn granskar bokföringen\n1.5 Val\nÅrsmötet väljer revisor.\n"
        "\n\n\n\n2 Styrelse\nStyrelsen består av tre ledamöter.\n"
    )
    assert blocks_of(text)[:4] == [
        "Stadgar för Roddklubben Ekudden", "1 Allmänt", "1.1 Ändamål",
        "Klubben ska främja rodd bland unga.",
    ]
    assert blocks_of(text)[10:13] == ["Revisorn granskar bokföringen", "1.5 Val",
                                      "Årsmötet väljer revisor."]


def test_a_blank_line_under_the_title_alone_is_no_paragraph_gap() -> None:
    """Round 50 (nu50 fault 7; docs/annotation.md §1.2): a text of one paragraph a line whose
    only blank line is the one under its one-line title has (almost) no blank lines: each
    sentence line is its own paragraph; blank lines between blocks keep the block rule."""
    body = (
        "2 Uppgifter\nChefen ska senast den 1 mars lämna en rapport till nämnden.\n"
        "Kassören ansvarar för bokföringen.\nChefen ska anta en plan för kontroll.\n"
    )
    assert blocks_of("Instruktion för chefen\n\n" + body) == [
        "Instruktion för chefen", "2 Uppgifter",
        "Chefen ska senast den 1 mars lämna en rapport till nämnden.",
        "Kassören ansvarar för bokföringen.", "Chefen ska anta en plan för kontroll.",
    ]
    blocks = blocks_of("Instruktion för chefen\n\n" + body + "\n3 Ekonomi\nNämnden beslutar.\n")
    assert len(blocks) == 5 and blocks[2].count(".") == 3  # blank-line blocks: one paragraph
    assert_offsets_hold("Instruktion för chefen\n\n" + body)


def test_a_line_going_on_with_the_numbering_opens_a_heading() -> None:
    """Round 49 (az C4): in blank-line paragraphs, a line whose dotted number follows the
    document's last numbered heading (``2.4 …`` … ``2.5 Avgifter``) is a heading; a number
    opening a lower-case sentence is none, and a wrapped row goes on after its number."""
    text = (
        "Stadgar för Roddklubben Ekudden\n\n2 Medlemmar\n\n2.4 Tidigare ordförande\n\n"
        "Revisorn granskar bokföringen varje år\n2.5 Avgifter\nMedlem ska betala avgift.\n"
    )
    assert blocks_of(text)[3:] == [
        "Revisorn granskar bokföringen varje år", "2.5 Avgifter", "Medlem ska betala avgift.",
    ]
    from pipeline.normalize.layout import continued_numbering_starts
    from pipeline.normalize.lines import split_lines

    rows = split_lines(
        "1 Bygglov\n1.1 Beslut om bygglov för BI\nenbostadshus\n1.2 Avslag BI\n"
        "1.3 procent av avgiften\n1.5 Tillsyn\n"
    )
    assert continued_numbering_starts(rows) == {rows[1].start, rows[3].start}


def test_a_short_colon_dash_line_cuts_items_after_a_comma_or_semicolon() -> None:
    # round 49 (49-r L2): in a short paragraph line of a blank-line document, a colon's dash
    # items may end in a comma or semicolon before the next dash (``- a, - b; - c samt - d``)
    text = (
        "Reglemente för Ekviks idrottsnämnd\n\n"
        "Idrottsnämnden ska: - föra register, - bevaka frister; - svara på remisser samt - "
        "årligen rapportera. Direktionen utser revisor.\n\n"
        "Nämnden – hamnens organ, – beslutar om taxan.\n"
    )
    blocks = _block_texts(text)
    assert blocks[1:7] == [
        "Idrottsnämnden ska:",
        "- föra register,",
        "- bevaka frister;",
        "- svara på remisser samt",
        "- årligen rapportera.",
        "Direktionen utser revisor.",
    ]
    assert "Nämnden – hamnens organ, – beslutar om taxan." in blocks


def test_a_field_label_keeps_the_date_wrapped_onto_the_next_line() -> None:
    """Round 50 (analysis 50-bu, L1): ``Senast ändrat:`` alone on its line and the day and
    month on the next are one field line, the day no item label; a number before a word
    that is no month after a lead-in stays an item of its own."""
    page = (
        "Fritidsrådet\n"
        "Fritidsrådet yttrar sig över nämndens förslag om anläggningar.\n"
        "Senast ändrat:\n"
        "23 oktober 2032\n"
    )
    assert blocks_of(page)[-1] == "Senast ändrat: 23 oktober 2032"
    lead_in = (
        "Fritidsrådet\n"
        "Rådet har följande:\n"
        "5 ledamöter väljs av nämnden.\n"
    )
    assert blocks_of(lead_in)[-1] == "5 ledamöter väljs av nämnden."


def test_office_holder_lines_are_a_block_each_in_lower_case_too() -> None:
    """Round 50 (analysis 50-bt, ruling b4): ``<role> är <Name> (<party>)`` lines, the next
    in lower case, are a block each; a lower-case line of another shape goes on."""
    page = (
        "Miljönämnden\n"
        "Ordförande i miljönämnden är Gösta Rydell (L)\n"
        "vice ordförande är Petra Nyqvist (V)\n"
    )
    assert blocks_of(page)[-2:] == ["Ordförande i miljönämnden är Gösta Rydell (L)",
                                    "vice ordförande är Petra Nyqvist (V)"]
    wrapped = (
        "Miljönämnden\n"
        "Ordförande i miljönämnden är Gösta Rydell (L)\n"
        "som leder sammanträdena\n"
    )
    assert blocks_of(wrapped)[-1] == (
        "Ordförande i miljönämnden är Gösta Rydell (L) som leder sammanträdena")


@pytest.mark.parametrize("min_frequency", [1e-9, 1e-7, 1e-5, 10**-3.5, 0.0, -1.0, 2.0])
def test_known_words_match_wordfreqs_frequency_dict(min_frequency: float) -> None:
    """The hyphen rules' "known word" sets (built from wordfreq's bucket list) hold exactly
    the words that ``get_frequency_dict`` gives at least that frequency, at the thresholds
    the options use, at a bucket's own frequency, and where every word (or none) passes."""
    import wordfreq

    from pipeline.language.word_list import frequent_word

    frequencies = wordfreq.get_frequency_dict("sv")
    words = [*list(frequencies)[:: 997], "förvaltningen", "qzxjv", ""]
    for word in words:
        expected = frequencies.get(word, 0.0) >= min_frequency
        assert frequent_word(word, "sv", min_frequency) is expected, word


def test_a_viewer_two_page_print_is_no_page_run() -> None:
    # round 55 t1 withdrawn: after a viewer line a ``1`` line repeating the viewer's title
    # and one ``2`` line after it are no page run (round 14: two pages after page 1 and a
    # running header are needed); the ``1`` is section 1's number
    page_one = "1 Riktlinje för bidrag Dnr: FN 2030/7 Beslutad av: Fritidsnämnden"
    page_two = "2 Ansvar Nämnden ska följa upp bidragen varje år."
    numbering = Numbering()
    reflow.note_title("Riktlinje för bidrag", numbering)
    assert reflow.first_page_index(page_one, [page_two], numbering) is None


def test_the_line_after_a_page_footer_cuts_its_content_word_headings() -> None:
    # round 55 (55b-ci R2): a flattened print whose line 1 ends in a page footer (a date and a
    # bare page number); line 2 is its next page, signed like it: a verbless heading before
    # an actor subject is cut though no closed-class word or numbered label shows in the line
    first = ("INSTRUKTION FÖR MUSEINÄMNDEN I EKBY Nämnden förvaltar kommunens samlingar av "
             "konst och föremål i museet vid torget och i magasinet utanför staden samt "
             "kommunens arkiv över lokalhistorien. 2030-02-11 1")
    second = ("Utlåning till andra museer Museichefen får låna ut föremål ur samlingarna till "
              "andra museer i landet. Inköp av konst Intendenten ska föreslå inköp av konst "
              "till nämnden en gång om året efter samråd med konstnärliga rådet.")
    text = f"{first}\n{second}\n"
    shown = [(clause.kind, clause.text) for clause in segment_text(text).clauses][3:]
    assert shown == [
        ("heading", "Utlåning till andra museer"),
        ("paragraph", "Museichefen får låna ut föremål ur samlingarna till andra museer i landet."),
        ("heading", "Inköp av konst"),
        ("paragraph", "Intendenten ska föreslå inköp av konst till nämnden en gång om året efter "
                      "samråd med konstnärliga rådet."),
    ]
    # the same line after a line without a footer shows no heading sign: no cut
    unsigned = f"{first[:first.rindex(' 2030')]}\n{second}\n"
    assert segment_text(unsigned).clauses[-1].text == second
    assert_offsets_hold(text)


VIEWER_LINES = "Starta visningen från sidan:\n\nStorlek: px\n\nTranskript\n\n"


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # multi-word headings after the index and inside the line
        ("2 Inledning till delegering Nämnden får när som helst återkalla en lämnad "
         "delegering. Rätten att besluta i brådskande ärenden Ordföranden får besluta i "
         "ärenden som inte tål att vänta till nästa möte.\n"
         "3 Anmälan av beslut Beslut som delegaten fattar ska redovisas för nämnden vid det "
         "följande mötet. Förbud mot vidaredelegering Förvaltningschefen får "
         "inte vidaredelegera sin beslutanderätt.\n",
         ["2 Inledning till delegering",
          "Nämnden får när som helst återkalla en lämnad delegering.",
          "Rätten att besluta i brådskande ärenden",
          "Ordföranden får besluta i ärenden som inte tål att vänta till nästa möte.",
          "3 Anmälan av beslut",
          "Beslut som delegaten fattar ska redovisas för nämnden vid det följande mötet.",
          "Förbud mot vidaredelegering",
          "Förvaltningschefen får inte vidaredelegera sin beslutanderätt."]),
        # headings in capitals after the index, a counter-only page before the run
        ("3 -3-\n4 DELEGERING Delegering till utskott Arbetsutskottet får besluta i ärenden "
         "om ekonomiskt bistånd. Ersättare Vid förhinder för ordföranden leder den äldste "
         "ledamoten sammanträdet.\n",
         ["3 -3-", "4 DELEGERING", "Delegering till utskott",
          "Arbetsutskottet får besluta i ärenden om ekonomiskt bistånd.", "Ersättare",
          "Vid förhinder för ordföranden leder den äldste ledamoten sammanträdet."]),
        # numbers in running text cut nothing
        ("6 Ekonomi och uppföljning Byggnadsnämnden ska lämna 2 rapporter per år till "
         "kommunstyrelsen. Budget och prognos Förvaltningschefen ska upprätta ett förslag till "
         "budget senast den 1 oktober varje år.\n"
         "7 Arkiv Arkivet vårdas av kanslichefen enligt 4 § arkivreglementet. Utlämnande av "
         "handlingar Registratorn prövar frågor om utlämnande av allmän handling.\n",
         ["6 Ekonomi och uppföljning",
          "Byggnadsnämnden ska lämna 2 rapporter per år till kommunstyrelsen.",
          "Budget och prognos",
          "Förvaltningschefen ska upprätta ett förslag till budget senast den 1 oktober "
          "varje år.",
          "7 Arkiv", "Arkivet vårdas av kanslichefen enligt 4 § arkivreglementet.",
          "Utlämnande av handlingar",
          "Registratorn prövar frågor om utlämnande av allmän handling."]),
        # no heading after the index: a sentence, then an unnumbered heading inside
        ("4 Nämnden får uppdra åt ett utskott att besluta i ett visst ärende. Jäv och "
         "förhinder Ledamoten ska anmäla jäv före ärendets behandling.\n"
         "5 Protokollet justeras av ordföranden och en ledamot. Delgivning av beslut "
         "Nämndsekreteraren ska skicka beslutet till den enskilde.\n",
         ["4 Nämnden får uppdra åt ett utskott att besluta i ett visst ärende.",
          "Jäv och förhinder", "Ledamoten ska anmäla jäv före ärendets behandling.",
          "5 Protokollet justeras av ordföranden och en ledamot.", "Delgivning av beslut",
          "Nämndsekreteraren ska skicka beslutet till den enskilde."]),
    ],
)
def test_a_viewer_prints_page_lines_are_cut_at_their_headings(
    pages: str, expected: list[str]
) -> None:
    """Round 57 (analysis 57-cq A; docs/annotation.md round 50 a6): in a document viewer's
    print (its viewer lines above), lines opening with bare numbers rising by one are page
    lines cut as any line, though no page run knows them: the heading after the index (of
    several words, or in capitals), and the content-word headings inside the line."""
    assert blocks_of("Reglemente för nämnden\n\n" + VIEWER_LINES + pages)[4:] == expected


def test_page_lines_without_viewer_lines_keep_a_longer_heading_with_its_paragraph() -> None:
    """Round 57 (57-cq A), negative: the same lines one section a line with no viewer lines
    keep a heading of two words or more with its paragraph (round 45); a one-word heading
    is cut as before."""
    text = ("Reglemente för kulturnämnden\n"
            "1 Nämndens uppgifter Kulturnämnden ansvarar för bibliotek och kulturskola. "
            "Nämnden ska främja föreningslivet i kommunen.\n"
            "2 Brådskande ärenden Ordföranden får besluta i ärenden som inte kan vänta.\n"
            "3 Delgivning Delgivning med nämnden sker genom ordföranden.\n")
    assert blocks_of(text)[1:] == [
        "1 Nämndens uppgifter Kulturnämnden ansvarar för bibliotek och kulturskola. Nämnden "
        "ska främja föreningslivet i kommunen.",
        "2 Brådskande ärenden Ordföranden får besluta i ärenden som inte kan vänta.",
        "3 Delgivning", "Delgivning med nämnden sker genom ordföranden."]


# Round 58 (analysis58-cs C1, §1.2 R1): page 1 of a protocol print, cut whatever its body opens
# with; invented texts.
PROTOCOL_PAGE_ONE = (
    "Svar på motion om fritidsgårdar\n\nTranskript\n\n1 SAMMANTRÄDESPROTOKOLL Kulturnämnden "
    "Sammanträdesdatum Blad 4 Kn 21 Dnr 33/ Svar på motion om fritidsgårdar {body}\n"
)


@pytest.mark.parametrize("body", [
    "Vid sitt möte den 2 mars 2024 beslutade kommunfullmäktige att remittera motionen till "
    "kulturnämnden. Kulturnämnden ska lämna ett yttrande före sommaren. Förvaltningen har "
    "utrett frågan och lämnat ett förslag.",
    "Med anledning av motionen har kultursekreteraren utrett frågan.",
])
def test_protocol_page_one_is_cut_at_header_fields_and_title_repeat(body: str) -> None:
    shown = [(clause.kind, clause.text)
             for clause in segment_text(PROTOCOL_PAGE_ONE.format(body=body)).clauses][2:]
    assert shown == [
        ("heading", "SAMMANTRÄDESPROTOKOLL Kulturnämnden"),
        ("metadata", "Sammanträdesdatum Blad 4 Kn 21 Dnr 33/"),
        ("heading", "Svar på motion om fritidsgårdar"),
        ("paragraph", body),
    ]


def test_protocol_cuts_need_the_title_repeat() -> None:
    """Negative: without the title's repeat the page-1 rule cuts nothing."""
    text = ("1 SAMMANTRÄDESPROTOKOLL Kulturnämnden Sammanträdesdatum Blad 4 Kn 21 Dnr 33/ Vid "
            "sitt möte beslutade nämnden att remittera motionen.")
    assert reflow.protocol_page_one_cuts(text, ("svar", "på", "motion", "om", "fritidsgårdar")) == []
    assert reflow.protocol_page_one_cuts(
        "1 Inledning Sammanträdesdatum Svar på motion om fritidsgårdar Nämnden ska svara.",
        ("svar", "på", "motion", "om", "fritidsgårdar")) == []


# Round 58 (analysis58-cs C7): a long unstopped title line before a numbered line.
def test_long_title_line_ends_before_numbered_line() -> None:
    text = ("Arbetsordning för Norrås Fjärrvärme AB jämte instruktion för arbetsfördelning "
            "mellan styrelsen och den verkställande direktören\n1. Inledning\nStyrelsen i "
            "bolaget ska varje år anta en arbetsordning. Den gäller till dess att en ny antas.\n"
            "2. Sammanträden\nStyrelsen sammanträder minst fyra gånger per år. Kallelsen går ut "
            "en vecka före mötet.\n")
    shown = [(clause.kind, clause.text) for clause in segment_text(text).clauses][:2]
    assert shown == [
        ("heading", "Arbetsordning för Norrås Fjärrvärme AB jämte instruktion för "
                    "arbetsfördelning mellan styrelsen och den verkställande direktören"),
        ("heading", "Inledning"),
    ]


def test_sentence_line_breaking_off_at_enligt_goes_on() -> None:
    """Negative: a line ending in ``enligt`` goes on with the numbered reference after it."""
    text = ("Nämndens arbete\nNämnden ska upprätta en plan för sitt arbete och pröva den "
            "årligen enligt\n6 kap. 3 § kommunallagen.\nPlanen ska ange hur arbetet fördelas "
            "mellan ledamöterna.\nNämnden utser inom sig en sekreterare.\n")
    texts = [clause.text for clause in segment_text(text).clauses]
    assert ("Nämnden ska upprätta en plan för sitt arbete och pröva den årligen enligt 6 kap. "
            "3 § kommunallagen.") in texts


# Round 58 (analysis58-cs C11): media player lines are viewer lines.
def test_media_player_lines_are_metadata() -> None:
    text = ("Ägarpolicy för Norrås kommuns bolag\nHover Image\n00:00\n00:00 / 02:41\n"
            "Kommunen äger bolagen genom ett moderbolag. Styrelsen i varje bolag ska följa "
            "policyn.\nBolagen ska varje år lämna en rapport till kommunstyrelsen.\n")
    shown = [(clause.kind, clause.text) for clause in segment_text(text).clauses][1:4]
    assert shown == [("metadata", "Hover Image"), ("metadata", "00:00"),
                     ("metadata", "00:00 / 02:41")]


def test_clock_time_in_a_sentence_is_no_viewer_line() -> None:
    """Negative: a time inside a line, or a lone time with more words, is no viewer line."""
    from pipeline.normalize.layout import is_viewer_line

    assert not is_viewer_line("Sammanträdet börjar 09:00")
    assert not is_viewer_line("kl. 09:00")
    assert is_viewer_line("00:00 / 00:00")


def test_lone_delegation_number_is_no_viewer_line() -> None:
    """Negative (review58 M1): a delegation point number alone on its line above its item
    (``10:12``) is no media counter: no metadata clause (it numbers its item)."""
    from pipeline.normalize.layout import is_viewer_line

    assert not is_viewer_line("10:12")
    text = ("Delegationsordning för Norrås socialnämnd\n10 Bidrag\n10:11\nBeslut om bidrag till "
            "föreningar upp till ett halvt prisbasbelopp.\n10:12\nBeslut om bidrag till "
            "studieförbund upp till ett prisbasbelopp.\n")
    kinds = {clause.text: clause.kind for clause in segment_text(text).clauses}
    assert "metadata" not in kinds.values()
