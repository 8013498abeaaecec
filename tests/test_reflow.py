from __future__ import annotations

import pytest

from pipeline.normalize.reflow import (
    Numbering,
    adoption_spans,
    attachment_list_cuts,
    capitals_heading_spans,
    contents_page_numbers,
    cover_counter_line,
    cover_title_span,
    decision_point_cuts,
    decision_point_lead_in,
    doubled_heading_spans,
    field_run_end,
    first_page_index,
    heading_after,
    inline_cuts,
    inline_heading_end,
    is_adoption_history,
    label_run_cuts,
    note_leading,
    page_footer_start,
    page_index,
    page_section_end,
    parenthetical_heading_end,
    repeated_header_page,
    restarted_page_one,
    section_heading_cuts,
    sentence_spans,
    successors,
    title_metadata_cuts,
)
from tests.conftest import segment_text


def pieces(text: str, numbering: Numbering | None = None) -> list[str]:
    cuts = inline_cuts(text, numbering or Numbering())
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


def test_successors_of_a_dotted_number() -> None:
    assert successors((2, 1)) == {(2, 2), (3,), (2, 1, 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inledning. 1 Nämnden leder. 2 Styrelsen beslutar. 3 Ordföranden kallar.",
         ["Inledning.", "1 Nämnden leder.", "2 Styrelsen beslutar.", "3 Ordföranden kallar."]),
        ("Ordningen § 1 Nämnden delegerar. § 2 Ordföranden beslutar.",
         ["Ordningen", "§ 1 Nämnden delegerar.", "§ 2 Ordföranden beslutar."]),
        ("Styrelsen ska: 1. att leda, 2. att samordna, 3. att följa upp.",
         ["Styrelsen ska:", "1. att leda,", "2. att samordna,", "3. att följa upp."]),
        ("Nämnden ansvarar för: a) bygglov, b) tillsyn.",
         ["Nämnden ansvarar för:", "a) bygglov,", "b) tillsyn."]),
        ("Uppgifter 2.1 Nämnden leder. 2.2 Nämnden följer upp.",
         ["Uppgifter", "2.1 Nämnden leder.", "2.2 Nämnden följer upp."]),
        ("Styrelsen ska 1. att leda arbetet 2. att följa upp. Ordföranden kallar.",
         ["Styrelsen ska", "1. att leda arbetet", "2. att följa upp.", "Ordföranden kallar."]),
        ("Nämnden ska: 1. att leda, 2. att samordna. 3 Styrelsen beslutar.",
         ["Nämnden ska:", "1. att leda,", "2. att samordna.", "3 Styrelsen beslutar."]),
        ("Nämnden ska: a) leda, b) samordna enligt 6 kap. Kommunallagen gäller.",
         ["Nämnden ska:", "a) leda,", "b) samordna enligt 6 kap. Kommunallagen gäller."]),
        # analysis-15 cause 1b: a dash after the number is part of its label
        ("Styrelsen leder. 2 - Revision Revisorn granskar. 3 – Insyn Ägaren får insyn.",
         ["Styrelsen leder.", "2 - Revision Revisorn granskar.", "3 – Insyn Ägaren får insyn."]),
        # … and a dashed number is a label though no run continues it
        ("Kommunerna driver centret. 3 - Ansvar Centret ska svara för lönerna.",
         ["Kommunerna driver centret.", "3 - Ansvar Centret ska svara för lönerna."]),
    ],
)
def test_inline_numbering_splits(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 40 (aw-S4): capitalised dash items after a colon with no stop between them
        ("I hyran ingår följande: - Värme i salen - Städning av köket - Tillgång till wifi",
         ["I hyran ingår följande:", "- Värme i salen", "- Städning av köket",
          "- Tillgång till wifi"]),
        # negatives: letter labels with no mark before them (measured: a loss elsewhere),
        # a dash pair inside a sentence
        ("Följande avgifter tas ut: a) Hyra för salen b) Hyra för köket c) Städavgift.",
         ["Följande avgifter tas ut: a) Hyra för salen b) Hyra för köket c) Städavgift."]),
        ("Avgiften enligt punkt a) och b) betalas i förskott.",
         ["Avgiften enligt punkt a) och b) betalas i förskott."]),
        ("Beslut: Styrelsen - inte ordföranden - Fattar beslut.",
         ["Beslut: Styrelsen - inte ordföranden - Fattar beslut."]),
    ],
)
def test_inline_items_without_marks_between_them(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Beslut fattas enligt 6 kap. 39 § kommunallagen. Nämnden beslutar.",
        "Enligt 7 kap. 2 Nämnden ska beslut fattas. Budgeten är 3 Mkr.",
        "Mötet hölls i rum 12. Sedan följde 4 Ledamöter som kom sent.",
        "Mötet hölls i rum 3. och sedan i rum 4. av huset.",
    ],
)
def test_numbers_in_running_text_are_no_paragraphs(text: str) -> None:
    assert pieces(text) == [text]


def test_numbering_carries_across_blocks() -> None:
    numbering = Numbering()
    assert pieces("1 Nämnden leder.", numbering) == ["1 Nämnden leder."]
    assert pieces("Slut på sidan. 2 Styrelsen beslutar.", numbering) == [
        "Slut på sidan.", "2 Styrelsen beslutar."]


def test_sentences_skip_abbreviations_and_labels() -> None:
    text = "Nämnden ska bl.a. Besluta om t.ex. Budget. Se punkt 2. Styrelsen följer upp. Klart!"
    spans = sentence_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "Nämnden ska bl.a. Besluta om t.ex. Budget.", "Se punkt 2. Styrelsen följer upp.",
        "Klart!"]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("2. Regiondirektörens uppdrag Regiondirektören har sitt uppdrag.",
         "2. Regiondirektörens uppdrag"),
        ("3. Rollen i styrelsen, nämnden och beredningen Direktören är ansvarig.",
         "3. Rollen i styrelsen, nämnden och beredningen"),
        ("3 Kommunstyrelsen består av ledamöter från Region Skåne.", None),
        ("4. Regionfullmäktige Regiondirektören ska närvara.", "4. Regionfullmäktige"),
        # round 41 (ay-C4): a `§` label heads an inline heading like a number
        ("§ 4 Sammanträden Nämnden sammanträder.", "§ 4 Sammanträden"),
        ("2 § Förbundets uppgifter Åsby kommunalförbund ska driva skolor.",
         "2 § Förbundets uppgifter"),
        ("3 § Direktionen ska pröva ärenden.", None),
        # analysis-11 cause 5: no heading ends in a preposition before a name
        ("1.1 Reglerna för styrelsen i Fjällvind Aktiebolag (nedan Bolaget) kompletterar.",
         None),
        ("2.3 Uppdraget från Norrby kommun omfattar drift.", None),
        ("4.2 Samarbete med Norrby kommun Styrelsen ska samverka.",
         "4.2 Samarbete med Norrby kommun"),
        ("5 Avtal med Ekby Energi AB Bolaget ska teckna avtal.", None),
        # analysis-15 cause 1a: a heading of one word before a sentence opened by a noun
        ("3 Revision Lekmannarevisorn får granska räkenskaperna.", "3 Revision"),
        ("2 Ändamål Förbundets ändamål är att driva hamnen.", "2 Ändamål"),
        ("1. Rapportering Verkställande direktören ska rapportera.", "1. Rapportering"),
        ("4. Jäv Varje ledamot ska anmäla jäv.", "4. Jäv"),
        ("6 Direktion Direktionen består av sex ledamöter.", "6 Direktion"),
        ("2 Medlemmar Medlemmar i förbundet är Åby och Byvik.", "2 Medlemmar"),
        ("5 Styrelsen Ordföranden ska kalla till sammanträde.", "5 Styrelsen"),
        ("4 - Styrelse Styrelsen ska bestå av fem ledamöter.", "4 - Styrelse"),
        ("3 – Ansvar Kansliet ska svara för lönerna.", "3 – Ansvar"),
        # … but not where the word opens the sentence itself: a title before a name, a
        # determiner, a body, or no finite verb after the noun phrase
        ("3 Region Norrbotten ska utse en observatör.", None),
        ("4 Stiftelsen Björkudden ska förvalta fonden.", None),
        ("3 Vid Bolagsstämman ska ordföranden väljas.", None),
        ("3 Region Skånes styrelse ska besluta.", None),
        ("5 Den Nämnden beslutar.", None),
        ("2 Syfte Bolagets verksamhet inom energiområdet och fjärrvärmen.", None),
        ("1 Firma Strandvik Energi AB är bolagets firma.", None),
        # new-user trial (issue #10): a heading opening with an acronym's genitive ends
        # before an acronym that opens the sentence with its finite verb
        ("3. KS:s uppdrag KS ska leda arbetet.", "3. KS:s uppdrag"),
        ("2 VD:s befogenheter i bolaget VD får teckna firman.", "2 VD:s befogenheter i bolaget"),
        ("4. HR:s roll HR ansvarar för rekryteringen.", "4. HR:s roll"),
        # … an acronym without its finite verb belongs to the heading (its end unknown)
        ("4. HR:s roll IT och ekonomi Enheten stöder chefen.", None),
        ("5. VD:s ansvar för IT i bolaget.", None),
        # round 40 (aw-S4): a capitalised sentence opener after the heading word, a finite
        # verb or an s-passive present within four words; no verb: no sentence
        ("2 Avgifter Enligt denna ordning betalas avgiften i förskott.", "2 Avgifter"),
        ("4 Lokaler Under sommaren betalas hyran per vecka.", "4 Lokaler"),
        ("3 Avgifter Enligt bilagan till taxan.", None),
    ],
)
def test_inline_heading_end(text: str, heading: str | None) -> None:
    end = inline_heading_end(text, 0, len(text))
    assert (text[:end] if end is not None else None) == heading


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("Nämnden har fem ledamöter. Ledningsrollen 3 Nämnden leder arbetet.", (2,),
         ["Nämnden har fem ledamöter.", "Ledningsrollen", "3 Nämnden leder arbetet."]),
        ("Inledning. Styrelsens roll Allmänt om rollen 1 Styrelsen leder. 2 Ordföranden ber.",
         None,
         ["Inledning.", "Styrelsens roll", "Allmänt om rollen", "1 Styrelsen leder.",
          "2 Ordföranden ber."]),
        ("Start. Uppdrag från Region Exempel 1 Styrelsen leder.", None,
         ["Start.", "Uppdrag från Region Exempel", "1 Styrelsen leder."]),
        ("Ordning och reda. B. Styrelsens arbete Allmänt 1 Styrelsen leder.", None,
         ["Ordning och reda.", "B. Styrelsens arbete", "Allmänt", "1 Styrelsen leder."]),
    ],
)
def test_inline_headings_before_a_paragraph_number(
    text: str, last: tuple[int, ...] | None, expected: list[str]
) -> None:
    assert pieces(text, Numbering(last)) == expected


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Inledning. Nämnden består av 2 Ledamöter från orten.", (1,)),  # a finite verb
        ("Inledning. Budgeten omfattar 7 Miljoner kronor.", (1,)),  # 7 does not follow 1
    ],
)
def test_numbers_after_sentences_are_no_headed_paragraphs(
    text: str, last: tuple[int, ...]
) -> None:
    assert pieces(text, Numbering(last)) == [text]


def test_an_inline_item_ends_where_an_unpunctuated_sentence_starts() -> None:
    text = "Nämnden ska: 1. leda arbetet 2. följa upp planen Styrelsen ansvarar för tillsyn."
    assert pieces(text) == [
        "Nämnden ska:", "1. leda arbetet", "2. följa upp planen",
        "Styrelsen ansvarar för tillsyn."]


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("Nämnden har fem ledamöter. Sammanträden § 3 Nämnden möts varje månad.", (2,),
         ["Nämnden har fem ledamöter.", "Sammanträden", "§ 3 Nämnden möts varje månad."]),
        ("Nämnden har fem ledamöter. Sammanträden 3 § Nämnden möts varje månad.", (2,),
         ["Nämnden har fem ledamöter.", "Sammanträden", "3 § Nämnden möts varje månad."]),
        ("Nämnden leder arbetet. Uppföljning 2.2 Nämnden följer upp planen.", (2, 1),
         ["Nämnden leder arbetet.", "Uppföljning", "2.2 Nämnden följer upp planen."]),
    ],
)
def test_inline_headings_before_other_paragraph_labels(
    text: str, last: tuple[int, ...], expected: list[str]
) -> None:
    assert pieces(text, Numbering(last)) == expected


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # analysis-11 cause 4: a heading ending in a parenthetical before its paragraph
        ("Bolagets syfte (vad som ska nås) Bolaget ska främja energiförsörjningen.",
         ["Bolagets syfte (vad som ska nås)", "Bolaget ska främja energiförsörjningen."]),
        ("3 Ekonomiska mål (soliditet) Styrelsen ska föreslå en utdelning.",
         ["3 Ekonomiska mål (soliditet)", "Styrelsen ska föreslå en utdelning."]),
        ("Nämnden leder. Arbetsformer (sammanträden och protokoll) Nämnden sammanträder ofta.",
         ["Nämnden leder.", "Arbetsformer (sammanträden och protokoll)",
          "Nämnden sammanträder ofta."]),
        # no heading: a lower-case verb after the bracket, a finite verb before it
        ("Bolaget (org.nr 556677-8899) ska tillhandahålla bostäder.", None),
        ("Styrelsen har enligt avtalet (bilaga 1) Ansvar för underhållet.", None),
    ],
)
def test_parenthetical_heading_end(text: str, pieces: list[str] | None) -> None:
    cuts = parenthetical_heading_end(text, 0, len(text))
    bounds = [0, *cuts, len(text)]
    found = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    assert (found if cuts else None) == pieces


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("Antagen av kommunfullmäktige den 4 maj 2015, 41, reviderad den 9 oktober 2019, 88.",
         True),
        ("Antagna vid årsmötet den 12 mars 2016, ändrade vid årsmötet den 8 april 2023.", True),
        ("Gäller från 2024-01-01, fastställd av kommunstyrelsen 2023-12-05, § 210.", True),
        # a finite verb: a sentence, not a history
        ("Fastställd budget för 2024 ska följas upp av nämnden varje kvartal 2024.", False),
        # it must end in a date or number
        ("Reviderad budget för 2024 fastställs av nämnden i december.", False),
        # no adoption word
        ("Kommunfullmäktige den 4 maj 2015, 41.", False),
    ],
)
def test_an_adoption_history_is_verbless_and_dated(history: str, expected: bool) -> None:
    assert is_adoption_history(history) is expected


def test_adoption_spans_cut_the_history_and_the_heading_after_it() -> None:
    text = ("REGLEMENTE Antagna av styrelsen den 3 juni 2020. Ändrade den 1 mars 2022. Syfte och"
            " omfattning Reglementet gäller för bolagets styrelse.")
    [(start, stop, heading_end)] = adoption_spans(text)
    assert text[start:stop] == "Antagna av styrelsen den 3 juni 2020. Ändrade den 1 mars 2022."
    assert heading_end is not None
    assert text[stop:heading_end].strip() == "Syfte och omfattning"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nämnden får besluta om bidrag.",  # a finite verb in the heading words
        "Styrelsen i Norrvik Energi AB ska bestå av fem ledamöter.",  # a name after `i`
        "Beslut som fattats med stöd av delegation ska anmälas.",  # no capitalised word
    ],
)
def test_no_heading_after_a_history_before_an_ordinary_sentence(sentence: str) -> None:
    assert heading_after(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("Antagen av nämnden 2017-01-12 § 3 Inledning Nämnden får delegera.",
         "Antagen av nämnden 2017-01-12 § 3"),
        # a capitalised body name after a date goes on; the sentence opens after `§ 41`
        ("Antagen 2015-05-04 Kommunfullmäktige § 41 Kulturnämnden ska leda arbetet.",
         "Antagen 2015-05-04 Kommunfullmäktige § 41"),
    ],
)
def test_a_history_without_a_full_stop_ends_before_a_heading_or_sentence(
    text: str, history: str
) -> None:
    [(start, stop, _)] = adoption_spans(text)
    assert text[start:stop] == history


def test_a_history_without_a_full_stop_before_no_sentence_is_left_alone() -> None:
    assert adoption_spans("Antagen 2015-05-04 Kommunfullmäktige Ekby") == []


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        # analysis-13 cause 2a: capitals runs between a sentence end and the next sentence
        ("Reglementet ersätter tidigare reglemente (Dnr KS 2022/118). BAKGRUND Nämnden"
         " inrättades år 2010. NÄMNDENS UPPGIFTER Nämnden ska besluta om bidrag.",
         ["BAKGRUND", "NÄMNDENS UPPGIFTER"]),
        # other words and genres: a stadga, a bolagsordning, a hyphenated word
        ("Stiftelsen bildades 1987. STYRELSE OCH FÖRVALTNING Styrelsen består av fem"
         " ledamöter.", ["STYRELSE OCH FÖRVALTNING"]),
        ("Bolaget ägs av kommunen. VERKSAMHETSFÖREMÅL Bolaget har till föremål att driva"
         " hamnen!  ÅRSSTÄMMA Ordinarie stämma hålls årligen.",
         ["VERKSAMHETSFÖREMÅL", "ÅRSSTÄMMA"]),
        ("Arbetsordningen antogs 2020. IT-SÄKERHET Förvaltningen ansvarar för säkerheten.",
         ["IT-SÄKERHET"]),
        # acronyms are no heading: all words shorter than five letters
        ("Avtalet gäller 2023. VD Anna Ek leder bolaget. SKR Sveriges Kommuner och Regioner"
         " yttrar sig.", []),
        # no sentence end before the run, or a capitals word running into lower case
        ("Nämnden samverkar med STIFTELSEN Ekbacken om lokaler.", []),
        ("Avgiften betalas t.ex. MÅNATLIGEN Enligt taxan.", []),
        ("Styrelsen sammanträder. EKONOMI och redovisning sköts av kansliet.", []),
    ],
)
def test_capitals_heading_spans(text: str, headings: list[str]) -> None:
    assert [text[a:b] for a, b in capitals_heading_spans(text)] == headings


_PAGE_ONE = ("1 1 kap. Inledande bestämmelser 1 § Arbetsordningen gäller för myndigheten."
             " Generaldirektören leder myndigheten.")


@pytest.mark.parametrize(
    ("following", "page"),
    [
        # analysis-13 cause 2b: pages 2, 3 repeat a running header with a series code
        (["2 FFS 2021:4 Sida 2 2 kap. Organisation 3 § Myndigheten består av en stab.",
          "3 FFS 2021:4 Sida 3 3 kap. Beslut 5 § Generaldirektören beslutar."], (1,)),
        # a header in capitals without a number; a later line outside the run does not matter
        (["2 HÖGSKOLAN ARBETSORDNING 2 kap. Styrelsen 4 § Styrelsen består av tio ledamöter.",
          "3 HÖGSKOLAN ARBETSORDNING 3 kap. Rektor 7 § Rektor leder högskolan.",
          "Bilaga Förteckning över delegationer."], (1,)),
        # numbered sections: no shared header, or a shared sentence opening (a verb)
        (["2 Uppgifter Nämnden ska upprätta en tillsynsplan.",
          "3 Organisation Nämnden består av sju ledamöter."], None),
        (["2 Kommunstyrelsen ska leda arbetet med översiktsplanen.",
          "3 Kommunstyrelsen ska leda arbetet med budgeten."], None),
        # two words shared, but no code, number or capitals: a sentence's subject
        (["2 Nämndens ordförande kallar till sammanträde.",
          "3 Nämndens ordförande leder sammanträdet."], None),
        # one page after it only, or the numbers out of order
        (["2 FFS 2021:4 Sida 2 2 kap. Organisation."], None),
        (["3 FFS 2021:4 Sida 3 3 kap. Beslut.", "4 FFS 2021:4 Sida 4 4 kap. Ekonomi."], None),
    ],
)
def test_a_leading_one_is_a_page_index_when_the_pages_after_it_follow_on(
    following: list[str], page: tuple[int, ...] | None
) -> None:
    assert first_page_index(_PAGE_ONE, following, Numbering()) == page


def test_page_one_repeating_the_title_in_the_pages_after_it() -> None:
    numbering = Numbering(title=("arbetsordning", "för", "högskolestyrelsen"))
    following = ["2 Arbetsordning för högskolestyrelsen 2 kap. Ledamöter 4 § Styrelsen består.",
                 "3 ARBETSORDNING FÖR HÖGSKOLESTYRELSEN 3 kap. Rektor 7 § Rektor leder."]
    assert first_page_index(_PAGE_ONE, following, numbering) == (1,)


def _cut(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # analysis-15 cause 1c: title | fields | one-word heading | sentence
        ("Riktlinje för bisysslor Beslutad av: Kommunstyrelsen Dokumentansvarig: HR-chef "
         "Inledning Anställda får inte ha bisysslor som skadar förtroendet.",
         ["Riktlinje för bisysslor", "Beslutad av: Kommunstyrelsen Dokumentansvarig: HR-chef",
          "Inledning", "Anställda får inte ha bisysslor som skadar förtroendet."]),
        ("Förbundsordning för Ekby vattenförbund Antagen av: Förbundsstämman Version: 3 "
         "Telefon: 0123 Syfte Åby och Byvik kommuner bildar förbundet.",
         ["Förbundsordning för Ekby vattenförbund",
          "Antagen av: Förbundsstämman Version: 3 Telefon: 0123", "Syfte",
          "Åby och Byvik kommuner bildar förbundet."]),
        # fields without a heading after them: the title is cut off only
        ("Reglemente för valnämnden Antagen av: Kommunfullmäktige Datum: 2019-03-01",
         ["Reglemente för valnämnden", "Antagen av: Kommunfullmäktige Datum: 2019-03-01"]),
        # an actor or a name after the value is no heading
        ("Instruktion för kansliet Upprättad av: Kanslichef Kommunstyrelsen Ekby ska följa den.",
         ["Instruktion för kansliet", "Upprättad av: Kanslichef Kommunstyrelsen Ekby ska följa den."]),
        # no verbless title before the first label, or an unknown label: left alone
        ("Nämnden ska Datum: 2019 Inledning Nämnden beslutar.",
         ["Nämnden ska Datum: 2019 Inledning Nämnden beslutar."]),
        ("Rapport om skolan Ordförande: Anna Ek Inledning Skolan har vuxit.",
         ["Rapport om skolan Ordförande: Anna Ek Inledning Skolan har vuxit."]),
    ],
)
def test_title_metadata_cuts(text: str, expected: list[str]) -> None:
    assert _cut(text, title_metadata_cuts(text)) == expected


# Round 19, cause A1: a numbered paragraph opening with a fronted adverbial (preposition,
# noun phrase, finite verb in the second place) is a sentence, never an inline heading, also
# when its verb is missing from layout.yaml `sentence_verbs`.
@pytest.mark.parametrize(
    "text",
    [
        "4 I planen fastställer direktören Kustverkets organisation samt principerna.",
        "2 Vid sammanträdet godkänner styrelsen Bolagets arbetsordning.",
        "3 Under året hanterar regiondirektören Region Ekbys ekonomiska frågor.",
        "5 Enligt den nya ordningen inrättar nämnden Västby kommuns krisledning.",
        "1 På årsmötet godkände medlemmarna Föreningens budget.",  # a past in the verb's place
    ],
)
def test_a_fronted_adverbial_opens_no_numbered_heading(text: str) -> None:
    assert inline_heading_end(text, 0, len(text)) is None


def test_a_numbered_heading_before_its_sentence_still_ends() -> None:
    text = "2. Regiondirektörens uppdrag Regiondirektören inrättar arbetsgrupper."
    assert text[: inline_heading_end(text, 0, len(text))] == "2. Regiondirektörens uppdrag"


@pytest.mark.parametrize(
    "sentence",
    [
        "I planen fastställer direktören Kustverkets organisation.",
        "Efter valet utser fullmäktige Nämndens ordförande.",
        "Inledning fastställer Nämnden mål.",  # a present the lexicon knows ends no heading
    ],
)
def test_no_heading_after_a_history_before_a_fronted_adverbial(sentence: str) -> None:
    assert heading_after(sentence, 0, len(sentence)) is None


def test_a_numbered_paragraph_with_a_fronted_adverbial_is_one_clause() -> None:
    document = segment_text(
        "Arbetsordning för Kustverket\n\n1 Denna arbetsordning gäller för verkets arbete med "
        "tillsyn, beredskap och samverkan med andra myndigheter. 2 I planen fastställer "
        "direktören Kustverkets organisation samt principerna för arbetet. 3 Vid behov "
        "anställer direktören Kustverkets personal."
    )
    paragraphs = [(c.label, c.text) for c in document.clauses if c.kind == "paragraph"]
    assert paragraphs[1:] == [
        ("2", "I planen fastställer direktören Kustverkets organisation samt principerna för "
              "arbetet."),
        ("3", "Vid behov anställer direktören Kustverkets personal."),
    ]


# Round 19, cause A2: an adoption history may end in a date without a year (a month name)
# before the capitalised word that opens a sentence with a finite verb.
@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("Fastställd av styrelsen den 1 juni", True),
        ("Antagen av fullmäktige den 12 maj, reviderad den 3 mars", True),
        ("Beslutad av nämnden den 3 mars ska gälla", False),  # a finite verb
        ("Antagen av styrelsen i juni", False),  # no day: no date
    ],
)
def test_an_adoption_history_may_end_in_a_date_without_a_year(
    history: str, expected: bool
) -> None:
    assert is_adoption_history(history) is expected


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("Fastställd av styrelsen den 1 juni Styrelsen beslutar följande.",
         "Fastställd av styrelsen den 1 juni"),
        ("Reviderad av regionfullmäktige den 2 december Regionstyrelsen ansvarar för ledningen.",
         "Reviderad av regionfullmäktige den 2 december"),
        ("Antagna vid årsmötet den 20 mars Föreningen fastställer följande stadgar.",
         "Antagna vid årsmötet den 20 mars"),
        ("Beslutad 2019-04-02, ändrad den 10 oktober Myndigheten föreskriver följande.",
         "Beslutad 2019-04-02, ändrad den 10 oktober"),
    ],
)
def test_a_history_ending_in_a_month_ends_before_a_sentence(text: str, history: str) -> None:
    [(start, stop, _)] = adoption_spans(text)
    assert text[start:stop] == history


def test_a_history_ending_in_a_month_before_no_sentence_is_left_alone() -> None:
    assert adoption_spans("Antagen av styrelsen den 1 juni Ekby Energi AB") == []


def test_a_numbered_item_ends_before_a_new_lead_in() -> None:
    # round 22, cause A2: the colon sentence after an item's full stop starts a clause
    text = ("1. Budgeten fastställs. 2. Ramarna fördelas. Direktionen föreslår förbundsrådet "
            "besluta: 1. Avgiften höjs. 2. Planen antas.")
    assert pieces(text) == [
        "1. Budgeten fastställs.", "2. Ramarna fördelas.",
        "Direktionen föreslår förbundsrådet besluta:", "1. Avgiften höjs.", "2. Planen antas."]


def test_a_numbered_item_keeps_a_colon_inside_its_first_sentence() -> None:
    text = "Nämnden ska: 1. leda arbetet: planera och följa upp. 2. besluta om budgeten."
    assert pieces(text) == [
        "Nämnden ska:", "1. leda arbetet: planera och följa upp.", "2. besluta om budgeten."]


def test_no_new_paragraph_at_a_heading_name_inside_an_item() -> None:
    # round 22, cause A4: ``under rubriken Styrelsen ska …`` names a heading
    text = "Nämnden ska: 1. stryka texten under rubriken Styrelsen ska 2. följa upp planen."
    assert pieces(text) == [
        "Nämnden ska:", "1. stryka texten under rubriken Styrelsen ska",
        "2. följa upp planen."]


def test_capital_dash_items_after_a_colon_lead_in_are_items() -> None:
    # round 24, cause C1: ``- `` before a capital after a colon, and again after each stop
    text = ("Nämnden fattar beslut om bidrag. Följande gäller för bidrag: - Bidrag får inte "
            "lämnas till enskilda. - Ansökan ska lämnas skriftligt. - Har bidraget beviljats "
            "ska föreningen redovisa det.")
    assert pieces(text) == [
        "Nämnden fattar beslut om bidrag.", "Följande gäller för bidrag:",
        "- Bidrag får inte lämnas till enskilda.", "- Ansökan ska lämnas skriftligt.",
        "- Har bidraget beviljats ska föreningen redovisa det."]


@pytest.mark.parametrize("text", [
    # one item after the colon: no run
    "Nämnden beslutar om bidrag enligt följande: – Bidrag lämnas en gång per år.",
    # a dash after a stop with no colon lead-in: a dash in the text
    "Styrelsen sammanträder varje månad. – Ordföranden kallar till sammanträdet. – Ledamöterna"
    " får yttra sig.",
])
def test_a_capital_dash_without_a_colon_run_is_no_item(text: str) -> None:
    assert pieces(text) == [text]


def test_a_bare_next_section_number_before_a_short_heading_opens_a_section() -> None:
    # round 24, cause C8: ``2`` after ``1`` lost its stop before it; ``7`` continues nothing
    text = ("1 Namn Föreningens namn är Ekby Idrottsförening. 2 Säte Föreningen ska ha sitt säte "
            "i Ekby kommun, Västerby län 3 Syfte och ändamål Föreningen ska främja idrott i "
            "kommunen enligt 7 Kapitel Styrelsen ska besluta om avgifterna.")
    assert pieces(text) == [
        "1 Namn Föreningens namn är Ekby Idrottsförening.",
        "2 Säte Föreningen ska ha sitt säte i Ekby kommun, Västerby län",
        "3 Syfte och ändamål Föreningen ska främja idrott i kommunen enligt 7 Kapitel Styrelsen "
        "ska besluta om avgifterna."]


def test_no_headed_number_after_a_colon_without_a_space() -> None:
    # round 24, cause C10: ``Teckensnitt:Arial 2 Säte`` is tracked-change residue, no heading
    text = ("1. Firma Bolagets firma är Ekby Holding AB. Formaterat: Teckensnitt:Arial 2. Säte "
            "Styrelsen ska ha sitt säte i Ekby.")
    assert pieces(text) == [
        "1. Firma Bolagets firma är Ekby Holding AB. Formaterat: Teckensnitt:Arial",
        "2. Säte Styrelsen ska ha sitt säte i Ekby."]


@pytest.mark.parametrize("text", [
    "Antagen av socialnämnden , 32 Reviderad av socialnämnden , 75",
    "Senast reviderat av kommunfullmäktige , 104",
    "Reglemente för Ekby Energi AB (nedan kallat bolaget) antaget av kommunfullmäktige i Ekby"
    " kommun den , 88 och fastställt av bolagsstämman den , 4.",
])
def test_an_adoption_history_with_bare_section_numbers(text: str) -> None:
    # round 24, cause C2: the dates and § signs lost, a bare number after a spaced comma
    assert is_adoption_history(text)


@pytest.mark.parametrize("text", [
    "Reglementet gäller från den , 12 och ersätter tidigare reglemente.",
    "Nämnden antagen av fullmäktige , 12 ska leda arbetet.",
    "Planen antagen av nämnden",
])
def test_no_adoption_history_after_a_sentence_subject(text: str) -> None:
    assert not is_adoption_history(text)


def test_a_titled_adoption_history_is_cut_before_its_heading() -> None:
    text = ("Ägardirektiv för Ekby Vind AB (nedan kallat bolaget) fastställt av "
            "kommunfullmäktige den , 51 och antaget av bolagsstämman den , 3. Ägarroll "
            "Bolaget ska följa direktiven.")
    start, stop, heading = adoption_spans(text)[0]
    assert (start, text[stop - 4 : stop], text[stop:heading].strip()) == (0, ", 3.", "Ägarroll")


def test_a_leading_one_before_one_more_line_is_no_page_index() -> None:
    # round 24, cause C12: an adoption `, 12.` before a capital is no label after a page 1
    text = ("1 Förbundsordning för Ekby Vatten Antagen av fullmäktige den 3 mars 2001, 12. "
            "Medlemmar 1 Medlemmar i förbundet är Ekby kommun och Åsby kommun. Förbundet är en "
            "juridisk person och har sitt säte i Ekby.\n\n2 Förbundet ska ansvara för vatten och "
            "avlopp i medlemskommunerna. Direktionen ska leda förbundets verksamhet.\n")
    clauses = segment_text(text).clauses
    assert [c.kind for c in clauses][:3] == ["heading", "metadata", "heading"]


def test_a_memo_field_run_before_the_repeated_title_is_one_metadata_clause() -> None:
    # round 24, cause C5 (the cover half): fields open the body line after a page number
    text = ("Remiss om ny taxa för bygglov\n3 Handläggare: Eva Lund Datum: 2024-02-01 "
            "Diarienummer: BN 2024/12 Byggnadsnämnden Remiss om ny taxa för bygglov Ärendet "
            "Kommunstyrelsen har remitterat ett förslag till ny taxa. Nämnden ska yttra sig "
            "senast den 1 mars.\n")
    clauses = segment_text(text).clauses
    assert (clauses[1].kind, clauses[1].text) == (
        "metadata", "3 Handläggare: Eva Lund Datum: 2024-02-01 Diarienummer: BN 2024/12 "
        "Byggnadsnämnden")


def test_a_sentence_opened_by_a_determiner_is_no_titled_adoption_history() -> None:
    # ``beslutade`` is a participle after a title (``Reglemente för X beslutade av …``) but a
    # past tense after a determiner's noun phrase: the sentence stays a sentence
    assert not is_adoption_history("Den senaste ändringen beslutade årsmötet 2015.")
    assert not is_adoption_history("De nya stadgarna fastställda av årsmötet 2015.")


def test_lower_case_dash_items_after_a_lead_in_without_a_colon() -> None:
    text = ("Kommunen erbjuder fritidshem under loven. Motiven till ändringen är - att "
            "grupperna blir mindre - att lokalerna räcker till. Nämnden beslutar om taxan.")
    assert pieces(text) == ["Kommunen erbjuder fritidshem under loven.",
                            "Motiven till ändringen är", "- att grupperna blir mindre",
                            "- att lokalerna räcker till.", "Nämnden beslutar om taxan."]


def test_noun_dash_items_after_a_copula_need_three_or_one_opening() -> None:
    listed = ("Förslaget innebär – kortare handläggning – färre blanketter – tydligare ansvar. "
              "Styrelsen beslutar om införandet av den nya rutinen under året.")
    assert pieces(listed)[1:4] == ["– kortare handläggning", "– färre blanketter",
                                   "– tydligare ansvar."]
    pair = ("Revisionen är – liksom fullmäktiges presidium – ansvarig för granskningen av "
            "bolagens verksamhet och räkenskaper under hela året.")
    assert pieces(pair) == [pair]


def test_a_lone_lower_case_dash_stays_in_its_sentence() -> None:
    text = ("Avgiften är - efter beslut i nämnden - högre för den som bor utanför kommunen "
            "och ska betalas i förskott varje månad till kommunens bankgiro.")
    assert pieces(text) == [text]


def test_an_inline_chapter_label_after_a_stop_is_a_clause_of_its_own() -> None:
    text = ("Detta reglemente gäller för tekniska nämnden. 2 kap. Nämndens uppgifter Nämnden "
            "ansvarar för gator och parker. 3 kap. Ordföranden Ordföranden leder arbetet.")
    assert pieces(text)[:3] == ["Detta reglemente gäller för tekniska nämnden.", "2 kap.",
                                "Nämndens uppgifter Nämnden ansvarar för gator och parker."]


def test_a_chapter_reference_is_no_label() -> None:
    text = ("Nämnden ska fullgöra de uppgifter som anges i 6 kap. Kommunallagen gäller för "
            "nämnden. Ordföranden ska leda arbetet och kalla till sammanträden i god tid.")
    assert "6 kap." not in pieces(text)


def test_an_attachment_list_after_a_lost_stop_is_cut_at_each_number() -> None:
    text = ("Vård- och omsorgsnämnden har beslutat att anta planen för hemtjänsten och "
            "förvaltningen ska redovisa utfallet till nämnden i samband med bokslutet "
            "Bilagor 1 Plan för hemtjänst 2 Ekonomisk kalkyl 3 Remissvar")
    assert pieces(text)[-4:] == ["Bilagor", "1 Plan för hemtjänst", "2 Ekonomisk kalkyl",
                                 "3 Remissvar"]


def test_an_attachment_list_whose_last_entry_runs_two_titles_together() -> None:
    # round 41, ah-S5: the last entry, to the line's end, may hold up to ten verbless words
    text = ("Vård- och omsorgsnämnden har beslutat att anta planen för hemtjänsten och "
            "förvaltningen ska redovisa utfallet till nämnden i samband med bokslutet "
            "Bilagor 1 Plan 2 Kalkyl 3 Pensionärsrådets remissvar Revisorernas skrivelse")
    cuts = attachment_list_cuts(text)
    assert [text[cut:].split()[0] for cut in cuts] == ["Bilagor", "1", "2", "3"]
    # a finite verb in it: a sentence after the list, no list
    assert attachment_list_cuts(text.replace("Revisorernas skrivelse", "Nämnden ska yttra sig"
                                             )) == []


def test_numbers_after_attachment_heading_out_of_order_are_no_list() -> None:
    assert attachment_list_cuts("Nämnden har fått handlingarna Bilaga 2 Avtal 5 Budget") == []


def test_a_field_after_a_nominal_subtitle_mid_line() -> None:
    text = ("Nämnden har utrett frågan under våren. Ny organisation för fritidsgårdarna "
            "Föredragande ordförande: Lena Ahl Bakgrund Nämnden beslutade i mars att utreda "
            "frågan.")
    assert pieces(text) == ["Nämnden har utrett frågan under våren.",
                            "Ny organisation för fritidsgårdarna",
                            "Föredragande ordförande: Lena Ahl", "Bakgrund",
                            "Nämnden beslutade i mars att utreda frågan."]


def test_a_cover_run_without_colons_before_the_repeated_title() -> None:
    text = ("Riktlinjer för färdtjänst\nTJÄNSTEUTLÅTANDE 2 (7) Handläggare Datum Dnr Ola Sten "
            "TN 2023/ Trafiknämnden Riktlinjer för färdtjänst Bakgrund Nämnden ska pröva "
            "ansökningar om färdtjänst och riksfärdtjänst enligt lagen om färdtjänst.\n")
    clauses = segment_text(text).clauses
    assert [(c.kind, c.text) for c in clauses[1:3]] == [
        ("metadata", "TJÄNSTEUTLÅTANDE 2 (7) Handläggare Datum Dnr Ola Sten TN 2023/ "
                     "Trafiknämnden"),
        ("heading", "Riktlinjer för färdtjänst")]


def test_a_cover_run_before_the_title_repeat_stops_at_a_verb() -> None:
    numbering = Numbering(title=("taxa", "för", "bygglov"))
    text = "PROTOKOLL Nämnden beslutar om Taxa för bygglov Förslag till beslut"
    assert field_run_end(text, numbering) is None


def test_a_cover_word_and_fields_before_a_document_kind_title_in_a_first_block() -> None:
    text = ("KOMMUNENS FÖRFATTNINGSSAMLING Antagen: KF 2020-11-23 § 140 Arbetsordning för "
            "kommunfullmäktige Utöver det som föreskrivs i kommunallagen gäller denna "
            "arbetsordning.")
    start, end = cover_title_span(text) or (0, 0)
    assert text[start:end] == "Arbetsordning för kommunfullmäktige"
    assert cover_title_span("Arbetsordning för kommunfullmäktige Utöver det gäller …") is None


def test_a_sentence_that_lost_its_stop_before_an_attachment_list_stays_a_paragraph() -> None:
    # the piece before ``Bilagor`` ends without a stop but holds a finite verb: a sentence
    # (`Block.unstopped`), never a heading, so its statement is kept
    text = ("Kulturplan för Västby kommun\nKulturnämnden har arbetat fram planen under året "
            "och samråd har skett med föreningarna, studieförbunden och skolorna i kommunen. "
            "Planen gäller från den 1 januari och ska ses över vart fjärde år. Kulturchefen "
            "ges i uppdrag att "
            "följa upp planen varje år Bilagor 1 Plan 2 Remissvar\n")
    kinds = {clause.text: clause.kind for clause in segment_text(text).clauses}
    assert kinds["Kulturchefen ges i uppdrag att följa upp planen varje år"] == "paragraph"


def test_a_subjectless_note_after_an_adoption_history_stays_in_it() -> None:
    # round 29, cause S3: ``Ersätter …`` (V1, the document its understood subject)
    from pipeline.normalize.reflow import adoption_spans

    text = "Beslutad av kommunfullmäktige 2019-03-11, se protokoll § 14. Ersätter reglementet från 2012."
    assert adoption_spans(text) == [(0, len(text), None)]
    text = "Antagen av kommunfullmäktige 2021-06-14, § 88. Reglementet gäller från den 1 juli 2021."
    assert adoption_spans(text)[0][1] == text.index(" Reglementet")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # round 30, cause S1: an office in capitals opens the run; the run ends at the last
        # field value, before the title's repeat (one word too), a memo heading and a sentence
        ("KANSLIET Handläggare Eva Ek Datum Diarienummer Styrelsen Budgetregler Förslag till "
         "beslut Styrelsen föreslår fullmäktige att anta reglerna.", "Budgetregler"),
        ("MILJÖKONTORET Kontaktperson Ola Ek Ärendenummer Miljönämnden Taxa för tillsyn "
         "Ärendet Nämnden ska ta ut en avgift för tillsynen enligt miljöbalken och ska varje år "
         "se över taxan.", "Taxa för tillsyn"),
        ("SOCIALFÖRVALTNINGEN Datum: 2025-03-01 Föredragande: Kim Ek Socialnämnden Riktlinjer "
         "för bistånd Beslutsunderlag Nämnden ska anta riktlinjerna.", "Riktlinjer för bistånd"),
    ],
)
def test_a_field_run_after_an_office_in_capitals_ends_before_the_title(
    text: str, title: str
) -> None:
    clauses = [(clause.kind, clause.text) for clause in segment_text(f"{title}\n{text}\n").clauses]
    run = text[: text.index(title)].rstrip()
    heading = next(word for word in ("Förslag till beslut", "Ärendet", "Beslutsunderlag")
                   if word in text)
    assert clauses[1:4] == [("metadata", run), ("heading", title), ("heading", heading)]
    assert clauses[4][1].endswith(".")


def test_a_one_word_title_ends_a_field_run_only_before_a_capitalised_word() -> None:
    numbering = Numbering(title=("avfallsplan",))
    text = "KANSLIET Handläggare Per Lind Avfallsplan Beslutsunderlag Nämnden ska besluta."
    assert text[: field_run_end(text, numbering) or 0] == "KANSLIET Handläggare Per Lind "
    lower = "KANSLIET Handläggare Per Lind avfallsplan och taxa Nämnden ska besluta."
    assert field_run_end(lower, numbering) is None
    assert field_run_end("KANSLIET har skrivit Avfallsplan Nämnden ska.", numbering) is None


def test_lost_value_label_closes_the_adoption_history() -> None:
    """Round 34, S1: a validity label whose value was lost, before a heading word, ends the
    history's metadata clause; a later ``(2017:725)`` is no value of it."""
    from pipeline.normalize import reflow

    text = ("Antagen av byggnadsnämnden , 7. Gäller från Inledning Möten på distans Enligt "
            "kommunallagen (2017:725) får en nämnd sammanträda på distans. Protokollet justeras.")
    (start, stop, _), = reflow.adoption_spans(text)
    assert text[start:stop] == "Antagen av byggnadsnämnden , 7. Gäller från"
    assert reflow.is_adoption_history(text[start:stop])
    cut = reflow.stacked_heading_cut(text, stop)
    assert cut is not None and text[stop:cut].strip() == "Inledning"
    assert reflow.stacked_heading_cut("… 7. Bakgrund och syfte Nämnden", 10) is None


def test_stacked_case_heading_skips_a_naming_bracket() -> None:
    """Round 34, S2: ``4 Kulturnämnden Allmänt Kulturnämnden (nedan nämnden) ska …`` is a
    numbered heading, a case heading and a sentence; a bracketed acronym is skipped too."""
    from pipeline.normalize import reflow

    assert reflow.without_naming(["(nedan", "nämnden)", "ska"]) == ["ska"]
    assert reflow.stacked_case_heading(
        ["Miljönämnden", "Allmänt", "Miljönämnden", "(MN)", "ska", "pröva", "ärendena."])
    assert reflow.stacked_case_heading(
        ["Kulturnämnden", "Allmänt", "Nämnden", "(nedan", "nämnden)", "ska", "förvalta"])
    assert not reflow.stacked_case_heading(["Kulturnämnden", "Ekby", "Kulturnämnden", "ska"])
    text = "4 Tekniska nämnden Allmänt Nämnden ska sköta gatorna. 5 Valnämnden Allmänt Valnämnden (VN) ska leda valet."
    end = reflow.stacked_case_heading_end(text, text.index("5"), len(text))
    assert end is not None and text[:end].endswith("Valnämnden Allmänt")


def test_part_label_labels_the_heading_after_it() -> None:
    """Round 34, S2: ``AVDELNING II`` + a heading: the label, no heading of its own."""
    from pipeline import patterns
    from pipeline.normalize import inline_headings, reflow

    text = "Nämnden beslutar. KAPITEL IV Ekonomi Nämnden ska upprätta en budget."
    assert all(a == b for a, b in reflow.capitals_heading_spans(text))
    assert text.index("Ekonomi") not in inline_headings.title_run_cuts(text)
    label = patterns.NUMBERED_HEAD.match("AVDELNING II Uppgifter")
    assert label is not None and label.group(0) == "AVDELNING II"


def test_a_label_with_its_body_goes_on_as_history() -> None:
    """Round 34, S1: ``Fastställd Regionstyrelsen 2020-01-01`` is a label and its value (a
    body), never a lost value; a heading in capitals after a history stays whole."""
    from pipeline.normalize import reflow

    text = "Antagen av RF 2019-05-01. Fastställd Regionstyrelsen 2020-01-01, § 4. Syfte Planen ska"
    (start, stop, _), = reflow.adoption_spans(text)
    assert text[start:stop].endswith("§ 4.")
    assert reflow.stacked_heading_cut("Antagen 2015. ÄNDAMÅL OCH UPPGIFTER Föreningen", 13) is None


def test_a_statute_label_glued_to_its_first_word_is_the_label() -> None:
    """Round 35, S1: ``4 §Rådet upplåter …`` (a statute page's label glued to the clause's
    first word, also ``12 b §``): the label goes to meta.label, the text opens at the word;
    ``enligt 4 §`` after a word, and a spaced label, stay as before."""
    from pipeline import patterns

    text = ("Förordning med instruktion för Ekby skogsråd\n\nUppgifter\n\n4 §Rådet upplåter "
            "lokaler samt utför tjänster åt länsstyrelsen.\n\n12 b §Rådet får ta ut avgifter.\n")
    clauses = [(c.label, c.text) for c in segment_text(text).clauses][2:]
    assert clauses == [("4 §", "Rådet upplåter lokaler samt utför tjänster åt länsstyrelsen."),
                       ("12 b §", "Rådet får ta ut avgifter.")]
    assert patterns.NUMBERED_HEAD.match("5 § Rådet").group(0) == "5 §"
    assert patterns.NUMBERED_HEAD.match("5 §§ 2").group(0) == "5"
    glued = "Rådet bistår länet. 5 §Rådet får yttra sig."
    assert [m.group("label") for m in patterns.INLINE_PARAGRAPH.finditer(glued)] == ["5 §"]


def test_a_flattened_page_with_a_capitals_title_and_chapter_headings() -> None:
    """Round 35, S2: under a title line, a page flattened onto one line: the field run that
    opens with the organisation's name in capitals before a cover word is one clause, the
    title's repeat in capitals ending in a bracketed acronym a heading, a chapter label
    ``N kap.`` before a heading in capitals a clause of its own, the capitals heading and a
    one-word role heading headings before the numbered paragraph."""
    from pipeline.normalize import reflow
    from pipeline.normalize.reflow import _named_cover_head

    page = ("NORRBY REGION STYRDOKUMENT Dnr RS 2022/51 REGLEMENTE FÖR PATIENTNÄMNDEN (PAN) "
            "Regionfullmäktige har antagit reglementet. 1 kap. UPPGIFTER Kanslichef 1 "
            "Kanslichefen ska bereda nämndens ärenden. 2 kap. ORGANISATION OCH LEDNING "
            "Sekreterare 2 Sekreteraren ska föra protokoll.")
    clauses = [c.text for c in segment_text(f"Reglemente för patientnämnden\n{page}\n").clauses]
    assert clauses[1:] == [
        "NORRBY REGION STYRDOKUMENT Dnr RS 2022/51", "REGLEMENTE FÖR PATIENTNÄMNDEN (PAN)",
        "Regionfullmäktige har antagit reglementet.", "kap.", "UPPGIFTER", "Kanslichef",
        "Kanslichefen ska bereda nämndens ärenden.", "kap.", "ORGANISATION OCH LEDNING",
        "Sekreterare", "Sekreteraren ska föra protokoll."]
    assert _named_cover_head(["EKBY", "KOMMUN", "BESLUT"])
    assert not _named_cover_head(["STYRDOKUMENT", "Dnr"])  # the cover word alone: round 25
    assert not _named_cover_head(["Ekby", "kommun", "STYRDOKUMENT"])
    assert reflow.chapter_cuts("Nämnden beslutar. 1 kap. EKONOMI Nämnden ska.") != []
    assert reflow.chapter_cuts("Enligt 6 kap. LOU gäller.") == []


def test_glued_statute_labels_in_a_flattened_line_cut_as_spaced_ones() -> None:
    """Round 35, S1: a statute flattened onto one line with its labels glued (``Uppgifter 1
    §Verket ska … 2 §Verket …``) is cut where the spaced labels would be: heading, then one
    paragraph per label, each label in meta.label."""
    first = "Verket ska vårda länets arkiv och främja forskningen om länets historia."
    second = "Verket lämnar råd till kommunerna och regionen i frågor om arkivvård och gallring."
    text = (f"Förordning med instruktion för Ekby arkivverk\nUppgifter 1 §{first} 2 §{second} "
            "Ledning 3 §Verket leds av en direktör.\n")
    clauses = [(c.kind, c.label, c.text) for c in segment_text(text).clauses][1:]
    assert clauses == [("heading", "", "Uppgifter"),
                       ("paragraph", "1 §", first),
                       ("paragraph", "2 §", second),
                       ("heading", "", "Ledning"),
                       ("paragraph", "3 §", "Verket leds av en direktör.")]


def test_dash_items_after_a_colon_each_open_an_item_up_to_the_next_heading() -> None:
    """Round 36, T1: in a flattened line, lower-case dash items after a lead-in's colon (``…
    ska sträva efter: - hög tillgänglighet - låga kostnader Uppföljning 2 …``) are one list
    item a dash, also where only one dash follows the first; the last item ends before an
    unpunctuated heading and its section number. A dash in a sentence stays."""
    text = ("Ekby hamn\n"
            "Hamnstyrelsen 1 Hamnstyrelsen ska i sitt arbete sträva efter: - hög tillgänglighet "
            "- låga kostnader – för brukarna - god miljö Uppföljning 2 Hamnchefen ska rapportera "
            "till hamnstyrelsen varje kvartal. 3 Hamnchefen ska ta fram en budget.\n")
    clauses = [(c.kind, c.label, c.text) for c in segment_text(text).clauses]
    assert ("list_item", "-", "hög tillgänglighet") in clauses
    assert ("list_item", "-", "låga kostnader – för brukarna") in clauses
    assert ("list_item", "-", "god miljö") in clauses
    assert ("heading", "", "Uppföljning") in clauses
    assert ("paragraph", "2", "Hamnchefen ska rapportera till hamnstyrelsen varje kvartal.") in clauses
    pair = ("Ekby hamn\nHamnstyrelsen 1 Hamnstyrelsen ska sträva efter: - hög tillgänglighet "
            "- låga kostnader. 2 Hamnchefen ska ta fram en budget för hamnens verksamhet och "
            "redovisa den för hamnstyrelsen före oktober varje år.\n")
    items = [c.text for c in segment_text(pair).clauses if c.kind == "list_item"]
    assert items == ["hög tillgänglighet", "låga kostnader."]


def test_a_running_page_counter_after_the_index_marks_a_page_line() -> None:
    """Round 36, S1: a page line opening with its index and a running counter of the same
    page after a colon (``12 4:12``, damaged ``12 :12``) is one page clause even where a
    long verbless heading and an adoption line push its first label out of reach; a counter
    of another page, a page of a total, or a leading ``1`` marks nothing."""
    from pipeline.normalize.reflow import page_index

    heading = ("Instruktion för förvaltningschefen vid Ekby kommuns tekniska förvaltning "
               "Fastställd av tekniska nämnden den 4 april 2021 Ansvar 3 Förvaltningschefen "
               "leder förvaltningen.")
    for counter in ("4:12", ":12"):
        assert page_index(f"12 {counter} {heading}", Numbering()) == (12,), counter
    for counter in ("4:11", "12(30)", "12/30", ":11"):
        assert page_index(f"12 {counter} {heading}", Numbering()) is None, counter
    # a leading ``1`` stays the first section's number before a counter too (§1.2)
    assert page_index(f"1 3:1 {heading}", Numbering()) is None


def test_a_memo_field_run_without_colons_is_one_metadata_clause() -> None:
    """Round 36, S4: a memo flattened onto one line whose field run has no colons
    (``UTREDNING 2:1 Planenheten Handläggare … Dnr … 1/2 Plannämnden``) closes through the
    addressee: a metadata clause, the title after it a heading, the memo heading a heading,
    the sentence a paragraph; without a second sign (one field word only) no run."""
    from pipeline.normalize.reflow import memo_field_run_end

    run = "PM 2:1 Planenheten Handläggare Ola Ström 0910-77 12 Dnr PN 2023/9 1/2 Plannämnden"
    text = (f"{run} Ny taxa för planbesked Förslag till beslut Plannämnden föreslår "
            "fullmäktige att anta taxan. Bakgrund Taxan gäller sedan 2015.")
    assert memo_field_run_end(text) == len(run)
    assert memo_field_run_end("PM Handläggare Ola Ström Ny taxa Förslag till beslut") is None
    clauses = [(c.kind, c.text) for c in segment_text(text + "\n").clauses]
    assert clauses[:4] == [("metadata", run), ("heading", "Ny taxa för planbesked"),
                           ("heading", "Förslag till beslut"),
                           ("paragraph", "Plannämnden föreslår fullmäktige att anta taxan.")]


def test_a_memo_run_opening_with_page_one_and_a_register_date() -> None:
    """Round 44, bg-S1: page 1's counter, a register code and its date (``1 BN maj 2023``)
    open a memo's field run: no page index (round 14's page lines do not follow); the run
    goes through the addressee. A leading ``1`` before a heading in Title case stays as it
    was, and an acronym before a sentence opens no run."""
    from pipeline.normalize.reflow import memo_field_run_end, page_index

    run = "1 BN maj 2023 Datum Dnr BN 2023/5 Byggnadsnämnden"
    text = f"{run} Taxa för tillsyn Förslag till beslut Kontoret föreslår en ny taxa."
    assert page_index(text, Numbering()) is None
    assert memo_field_run_end(text) == len(run)
    assert memo_field_run_end("BN ansvarar för taxan Datum 2023") is None
    # a field label without a register code before it marks no memo (``1 Antagen av …``)
    from pipeline.normalize.reflow import _opens_field_run

    assert _opens_field_run(text, 2)
    assert not _opens_field_run("1 Antagen av nämnden 2020 Datum 3 maj", 2)
    assert page_index("1 IT-SÄKERHET 1 Syfte Kontoret ansvarar för säkerheten.", Numbering())


def test_a_memo_run_opening_with_the_writing_office_in_capitals() -> None:
    """Round 51 (analysis 51-ak P7): a flattened tjänsteskrivelse whose page 1 opens with
    its writing office in capitals (after page 1's counter if the print kept it) and then a
    field word (``1 PLANKONTORET Handläggare … Datum Dnr PN Plannämnden``) opens a field run
    like a cover word; a register code after the case-number label, its number lost, is the
    label's value, and the run goes through the addressee: the title and the memo heading
    after it are headings, the proposal a paragraph. An office word before a sentence, a
    short capitals word before the field word, a register code after no field label: no
    run."""
    from pipeline.normalize.reflow import memo_field_run_end

    run = "1 PLANKONTORET Handläggare Ola Ström Datum Dnr PN Plannämnden"
    text = f"{run} Taxa för planbesked Förslag till beslut Plannämnden beslutar att anta taxan."
    assert memo_field_run_end(text) == len(run)
    assert memo_field_run_end(text[2:]) == len(run) - 2
    clauses = [(c.kind, c.text) for c in segment_text(text[2:] + "\n").clauses]
    assert clauses[:4] == [("metadata", run[2:]), ("heading", "Taxa för planbesked"),
                           ("heading", "Förslag till beslut"),
                           ("paragraph", "Plannämnden beslutar att anta taxan.")]
    assert memo_field_run_end("PLANKONTORET Datum för mötet bestäms av nämnden.") is None
    assert memo_field_run_end("PN Handläggare Ola Ström Datum Dnr PN Plannämnden Taxa") is None
    assert memo_field_run_end("PLANKONTORET PN Handläggare Ola Datum") is None


def test_a_memo_run_with_a_compound_kind_word_and_a_spaced_counter() -> None:
    """Round 38, at-S1: a writer's word before a compound kind word in capitals
    (``Förvaltningschefen UTREDNINGS-PM``) and a page counter without its total (``3 /``)
    mark the field run; its title repeat is a heading though body text follows it."""
    from pipeline.normalize.reflow import memo_field_run_end

    run = "Förvaltningschefen UTREDNINGS-PM 3 / Diarienummer SN 2032/8 Socialnämnden"
    title = "Nya rutiner för hemtjänst"
    text = f"{run} {title} Socialnämnden ska fastställa rutinerna."
    assert memo_field_run_end(text) == len(run)
    assert memo_field_run_end("Förvaltningschefen UTREDNINGS-PM Socialnämnden ska besluta.") is None
    clauses = [(c.kind, c.text) for c in segment_text(f"{title}\n{text}\n").clauses]
    assert clauses[1:4] == [("metadata", run), ("heading", title),
                            ("paragraph", "Socialnämnden ska fastställa rutinerna.")]


def test_a_page_line_run_goes_on_where_the_section_number_continues_the_index() -> None:
    """Round 40 (ax-2): after page line ``2 1 …`` the line ``3 4 Styrelse …`` is page 3 (its
    section number ``4`` kept in its text), not paragraph 3 and a section 4."""
    filler = "Styrelsen sammanträder minst fyra gånger om året och i övrigt vid behov. "
    text = (
        "Förbundsordning för Ekby vattenförbund\n\n"
        f"2 1 Uppgifter Förbundet ska leverera vatten till medlemmarna. {filler}\n\n"
        f"3 4 Styrelse Styrelsen väljer ordförande bland ledamöterna. {filler}\n"
    )
    clauses = segment_text(text).clauses
    assert [(c.clause_id, c.text[:10]) for c in clauses[1:]] == [
        ("2", "1 Uppgifte"),
        ("3", "4 Styrelse"),
    ]


@pytest.mark.parametrize(
    ("line", "last", "page", "expected"),
    [
        # round 48 (br): page 2's number, then section 3 after section 2: the section's end
        ("2 3 Kallelse Ordföranden kallar till sammanträdet.", (2,), None, 3),
        ("4 3 Kallelse Ordföranden kallar till sammanträdet.", (2, 4), None, 3),  # a page on
        # page 1's number is a title line's or section 1's (round 42's ``1 1``)
        ("1 2 Kallelse Ordföranden kallar till sammanträdet.", (1,), None, None),
        # right after page line 2, ``3 4 …`` is page 3 (round 40, ax-2)
        ("3 4 Kallelse Ordföranden kallar till sammanträdet.", (3,), (2,), None),
        # a second number that does not continue the sections, a dotted one, a count
        ("2 1 Kallelse Ordföranden kallar till sammanträdet.", (2,), None, None),
        ("2 3. Kallelse Ordföranden kallar till sammanträdet.", (2,), None, None),
        ("2 3 ledamöter utses av fullmäktige.", (2,), None, None),
        ("2 3(6) Kallelse Ordföranden kallar till sammanträdet.", (2,), None, None),
        # no numbering seen yet: nothing to continue
        ("2 3 Kallelse Ordföranden kallar till sammanträdet.", None, None, None),
    ],
)
def test_a_page_number_then_the_next_section_number(
    line: str, last: tuple[int, ...] | None, page: tuple[int, ...] | None, expected: int | None
) -> None:
    numbering = Numbering(last=last, page=page)
    assert page_section_end(line, numbering) == expected
    if expected is not None:
        note_leading(line, numbering)
        assert numbering.last == (int(line.split()[1]),)  # the section's, not the page's


def test_a_docplayer_line_opening_with_its_page_and_next_section_is_cut_as_a_body() -> None:
    """Round 48 (br, docs/annotation.md §1.2): after a page 1 split as a flattened body, a
    page line ``2 3 <Heading> <sentence> 4 <Heading> …`` continuing sections 1 and 2 is no
    page: heading ``3`` labelled ``2 3``, its paragraph, then section 4; the next page's
    ``3 5 …`` after it reads the same way (no page line right before it)."""
    filler = ("Sekreteraren skriver protokoll vid varje sammanträde och justerar det med "
              "ordföranden inom den tid som rådet har bestämt.")
    text = (
        "Arbetsordning för Ekby pensionärsråd\n"
        f"1 Syfte Rådet ska vara en remissinstans i frågor om äldre. {filler} "
        "2 Sammansättning Rådet har nio ledamöter.\n"
        f"2 3 Ordförande Kommunstyrelsen utser rådets ordförande. {filler} "
        "4 Möten Rådet sammanträder fyra gånger per år.\n"
        f"3 5 Protokoll Protokollet justeras inom två veckor. {filler}\n"
    )
    clauses = [(c.clause_id, c.kind, c.label, c.text[:20]) for c in segment_text(text).clauses]
    assert clauses[5:] == [
        ("3", "heading", "2 3", "Ordförande"),
        ("3.1", "paragraph", "", "Kommunstyrelsen utse"),
        ("4", "heading", "4", "Möten"),
        ("4.1", "paragraph", "", "Rådet sammanträder f"),
        ("5", "heading", "3 5", "Protokoll"),
        ("5.1", "paragraph", "", "Protokollet justeras"),
    ]


def test_a_docplayer_line_whose_second_number_restarts_stays_a_page() -> None:
    """Round 48 (br): ``2 1. Mål …`` after sections 1 and 2 leaves the page-line rule as it is
    (one page clause ``2``); ``2 3 ledamöter …`` (a count) has no section label ``2 3``."""
    filler = ("Sekreteraren skriver protokoll vid varje sammanträde och justerar det med "
              "ordföranden inom den tid som rådet har bestämt.")
    text = (
        "Arbetsordning för Ekby pensionärsråd\n"
        f"1 Syfte Rådet ska vara en remissinstans i frågor om äldre. {filler} "
        "2 Sammansättning Rådet har nio ledamöter.\n"
        f"2 1. Mål Rådet ska verka för en god omsorg. {filler} 2. Möten Rådet möts ofta.\n"
    )
    clauses = [(c.kind, c.label, c.text[:8]) for c in segment_text(text).clauses]
    assert clauses[-1] == ("paragraph", "2", "1. Mål R")
    counted = text.replace("2 1. Mål", "2 3 ledamöter ska vara kvinnor.")
    labels = [c.label for c in segment_text(counted).clauses]
    assert "2 3" not in labels


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # round 41 (ay-C15): day, month and a four-digit year are a date, no label
        ("17.3.2025", None),
        ("3.11.2024 Kl. 18", None),
        ("2.1.1 Kallelse", "2.1.1"),
        ("4.2 Ekonomi", "4.2"),
    ],
)
def test_a_date_at_a_line_start_is_no_section_number(line: str, label: str | None) -> None:
    from pipeline import patterns

    match = patterns.NUMBERED_HEAD.match(line)
    assert (match.group(0) if match else None) == label


def test_a_fused_page_counter_is_a_page_index_only_where_the_counters_run_on() -> None:
    """Round 41 (aw-S2): ``3(5) …`` before ``4(5) …`` is page 3; a single ``3(5) …`` line,
    a leading ``1(5)``, a counter past its total or one inside a sentence is none."""
    from pipeline.normalize.reflow import Numbering, fused_counter, fused_counter_index

    numbering = Numbering()
    assert fused_counter_index("3(5) Nämnden ska …", ["4(5) Styrelsen …"], numbering) == (3,)
    assert fused_counter_index("3 (5) Nämnden ska …", ["4 (5) Styrelsen …"], numbering) == (3,)
    assert fused_counter_index("3(5) Nämnden ska …", ["Styrelsen ska …"], numbering) is None
    assert fused_counter_index("3(5) Nämnden ska …", ["4(6) Styrelsen …"], numbering) is None
    assert fused_counter("1(5) Nämnden ska …") is None
    assert fused_counter("7(5) Nämnden ska …") is None
    assert fused_counter("Enligt 3 (5) ska …") is None
    numbering.page = (3,)
    assert fused_counter_index("4(5) Nämnden ska …", [], numbering) == (4,)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # round 41 (r-C3): a common-noun heading before an organisation's name as subject
        ("1 - Värdskap Ekby kommun är värd för nämnden.", "1 - Värdskap"),
        ("2 Placering Tallviks kommuns kansli svarar för lokalerna.", "2 Placering"),
        ("3 Tillsyn Region Åby ska följa arbetet.", "3 Tillsyn"),
        # … not a name word or a place adjective as the heading, nor without a finite verb
        # (a heading that is a name ends after the name, as before)
        ("4 Region Västerby ska verka för samarbete.", None),
        ("1 Västra Ekby kommun ansvarar för driften.", None),
        ("2 Ekby kommun Reglementet gäller från i år.", "2 Ekby kommun"),  # a name heading
        ("3 Samverkan Ekby kommun och dess bolag.", None),
        # round 49 (49-r L1): a compound heading the lexicon knows only by its parts
        ("1 - Organisationstillhörighet Ekby kommun är huvudman.",
         "1 - Organisationstillhörighet"),
        ("3 - Verksamhetsinriktning Tallviks kommun ansvarar för driften.",
         "3 - Verksamhetsinriktning"),
        # … not before a number, nor a name compound whose first part is no known noun
        ("4 - Organisationsnummer 802400-1234 gäller för förbundet.", None),
        ("2 - Ekbyskolan Ekby kommun ansvarar för driften.", None),
    ],
)
def test_a_heading_before_a_named_organisation_subject(text: str, heading: str | None) -> None:
    end = inline_heading_end(text, 0, len(text))
    assert (text[:end] if end is not None else None) == heading


def test_an_adoption_run_ends_at_its_value_before_stacked_headings_and_a_name() -> None:
    """Round 41, agt-S2b: a flattened ägardirektiv line: title | adoption field run ending at
    its lost-sign value (``, 21``) | group heading | one-word heading | the sentence opening
    with the company's name. A section-heading noun inside a name (``Ekonomi`` with an
    acronym after it) and a lower-case word before the verb cut nothing."""
    from pipeline.normalize.reflow import stacked_capitals_cuts

    title, fields = "Ägardirektiv för 2024 i bolagsgruppen", "Antagna av fullmäktige , 21"
    group, sentence = "Koncernen Ösby Fastigheter AB", "Ösby Fastigheter AB äger skolorna."
    text = f"{title} {fields} {group} Syfte {sentence}"
    [(start, stop, _)] = adoption_spans(text)
    assert text[start:stop] == fields
    cuts = stacked_capitals_cuts(text, stop + 1)
    assert [text[cut:].split()[0] for cut in cuts] == ["Syfte", "Ösby"]
    clauses = [(c.kind, c.text) for c in segment_text(text + "\n").clauses]
    assert clauses == [("heading", title), ("metadata", fields), ("heading", group),
                       ("heading", "Syfte"), ("paragraph", sentence)]
    name = "Antagna av fullmäktige , 21 Bolaget Ösby Ekonomi AB äger skolorna."
    assert stacked_capitals_cuts(name, name.index("Bolaget")) == []
    lower = "Antagna av fullmäktige , 21 Koncernen Ösby Syfte och mål är skolorna."
    assert stacked_capitals_cuts(lower, lower.index("Koncernen")) == []


def test_contact_labels_continue_a_memo_field_run() -> None:
    """Round 41, agt-S2c: a writer's office and a Title-case kind word (``Tjänsteskrivelse``)
    open a memo field run without colons that goes on with ``Telefon:``/``Mobil:`` and
    ``E-post:`` labels and ends after the e-mail address; the title and the stacked
    ``Förslag till beslut`` are headings. Without a field sign after it no run opens."""
    from pipeline.normalize.reflow import memo_field_run_end

    run = ("Fritidskontoret Tjänsteskrivelse Datum 2025-02-03 Handläggare Eva Sten "
           "Mobil: 070-555 12 34 E-post: eva.sten@osby.se")
    title = "Hyror för idrottshallar"
    text = f"{run} {title} Förslag till beslut Fritidsnämnden antar hyrorna."
    assert memo_field_run_end(text) == len(run)
    assert memo_field_run_end("Fritidskontoret Tjänsteskrivelse om hyror för hallar.") is None
    clauses = [(c.kind, c.text) for c in segment_text(text + "\n").clauses]
    assert clauses == [("metadata", run), ("heading", title),
                       ("heading", "Förslag till beslut"),
                       ("paragraph", "Fritidsnämnden antar hyrorna.")]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # round 42 (analysis 42-ba, cause 5): a label glued to the stop, its heading at the end
        ("Arbetet leds av nämnden.§ 4 EKONOMI", ["Arbetet leds av nämnden.", "§ 4 EKONOMI"]),
        ("Kansliet bistår (KA).7 § ARKIV Kansliet vårdar arkivet.",
         ["Kansliet bistår (KA).", "7 § ARKIV", "Kansliet vårdar arkivet."]),
        ("§ 5 VAL AV REVISORER Stämman utser en revisor.",
         ["§ 5 VAL AV REVISORER", "Stämman utser en revisor."]),
        ("Kassören redovisar. § 6 ARVODEN Stämman fastställer arvodena.",
         ["Kassören redovisar.", "§ 6 ARVODEN", "Stämman fastställer arvodena."]),
        # glued without a capitals heading: the label still opens the block
        ("Rådet sammanträder.§ 8 Rådet får adjungera.",
         ["Rådet sammanträder.", "§ 8 Rådet får adjungera."]),
        # references, an acronym, a lower-case word after the label: no cut
        ("Nämnden följer 6 kap. 3 § KOMMUNALLAGEN i allt.", None),
        ("Kassören redovisar. § 6 KS Nämnden beslutar.", None),
        ("Kassören redovisar. § 6 gäller även REVISORERNA.", None),
        ("Se bilaga 2.3 § FÖRESKRIFTER om avgifter.", None),
    ],
)
def test_section_heading_cuts(text: str, pieces: list[str] | None) -> None:
    cuts = section_heading_cuts(text)
    bounds = [0, *cuts, len(text)]
    found = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    assert found == (pieces or [text])


def test_a_section_label_glued_to_a_full_stop_opens_its_heading() -> None:
    document = segment_text(
        "Stadgar för föreningen\n\n§ 1 NAMN\n\nFöreningen har sitt säte i Åby.\n\n"
        "Föreningens kassa förvaltas av kassören.§ 2 KASSÖR\n\nKassören ska föra bok.\n"
    )
    assert [(c.kind, c.label, c.text) for c in document.clauses][3:] == [
        ("paragraph", "", "Föreningens kassa förvaltas av kassören."),
        ("heading", "§ 2", "KASSÖR"),
        ("paragraph", "", "Kassören ska föra bok."),
    ]


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        # round 42 (analysis 42-ba, cause 20): a docplayer print repeats each heading at once
        ("3 Ekonomi 3 Ekonomi Rådet ansvarar för budgeten.", ["3 Ekonomi 3 Ekonomi"]),
        ("Rådet beslutar. 4 Val av ordförande 4 Val av ordförande Rådet väljer ordförande.",
         ["4 Val av ordförande 4 Val av ordförande"]),
        ("Stämman hålls i maj. § 5 Revision § 5 Revision", ["§ 5 Revision § 5 Revision"]),
        # printed once, a repeat of another number or of a lower-case word: none
        ("3 Ekonomi Rådet ansvarar för budgeten.", []),
        ("3 Ekonomi 4 Ekonomi Rådet ansvarar för budgeten.", []),
        ("Avgiften är 2 procent 2 procent av lönen.", []),
        # round 52 (52-aa C2, ruling a2): a repeat holding the verb before `att` or a colon:
        # the heading is the first copy, the second opens the sentence
        ("3 Nämnden ansvarar för 3 Nämnden ansvarar för att arkivet vårdas.",
         ["3 Nämnden ansvarar för"]),
        ("Rådet beslutar. 5 Kassören ska 5 Kassören ska: sköta kassan", ["5 Kassören ska"]),
        ("2 Rådet har till uppgift 2 Rådet har till uppgift för att", ["2 Rådet har till uppgift"]),
        # no finite verb in the repeat, no repeat right after the first copy: none
        ("3 Ekonomi och budget 3 Ekonomi och budget att", []),
        ("2 Rådet har till uppgift att leda. 2 Rådet har till uppgift att", []),
    ],
)
def test_doubled_heading_spans(text: str, headings: list[str]) -> None:
    assert [text[a:b] for a, b in doubled_heading_spans(text)] == headings


def test_a_heading_printed_twice_is_one_heading_clause() -> None:
    line = ("1 Syfte 1 Syfte Rådet ska främja idrotten i kommunen och stödja föreningarna i "
            "deras arbete. 2 Ledamöter 2 Ledamöter Rådet består av fem ledamöter som "
            "fullmäktige väljer. 3 Möten Rådet håller fyra möten varje år.")
    clauses = segment_text(f"Reglemente för idrottsrådet\n\n{line}\n").clauses
    assert [(c.kind, c.label, c.text[:24]) for c in clauses][1:] == [
        ("heading", "1", "Syfte 1 Syfte"),
        ("paragraph", "", "Rådet ska främja idrotte"),
        ("heading", "2", "Ledamöter 2 Ledamöter"),
        ("paragraph", "", "Rådet består av fem leda"),
        ("heading", "3", "Möten"),
        ("paragraph", "", "Rådet håller fyra möten "),
    ]


def test_a_section_one_before_the_bare_page_counter_one_is_no_page_index() -> None:
    """Round 42, bb-S1: ``1 1 <title repeat> Antagen av … , 9 <Heading> <Sentence> …``: the
    first section's number and page 1's counter; the line is a flattened body line (its
    title repeat, adoption line, headings and paragraphs apart), no page; ``1 1 (3) …``
    and ``1 4 …`` (a label that does not continue ``1``) are as before."""
    from pipeline.normalize.reflow import note_title, page_index

    numbering = Numbering()
    note_title("Reglemente för äldrenämnden", numbering)
    line = ("1 1 Reglemente för äldrenämnden Antagen av äldrenämnden , 9 Uppgifter Nämnden "
            "ansvarar för hemtjänsten i kommunen.")
    assert page_index(line, numbering) is None
    assert page_index("1 4 Uppgifter Nämnden ansvarar för vården.", numbering) == (1,)
    text = f"Reglemente för äldrenämnden\n\n{line}\n"
    clauses = [(c.kind, c.text) for c in segment_text(text).clauses]
    assert clauses[-3:] == [("metadata", "Antagen av äldrenämnden , 9"),
                            ("heading", "Uppgifter"),
                            ("paragraph", "Nämnden ansvarar för hemtjänsten i kommunen.")]


def test_a_number_after_a_chapter_abbreviation_is_a_reference_no_label() -> None:
    """Round 42, bb-S3: ``enligt 5 kap. 21 Kommunallagen`` and ``5 kap. 22 KL`` cite
    paragraphs whose `§` was lost: neither number opens a clause; ``1 kap. Ekonomi`` after
    a sentence end stays a chapter label (round 25)."""
    from pipeline.normalize.reflow import _referred_number, chapter_cuts

    text = ("3 Ansvar Enligt 5 kap. 21 Kommunallagen får nämnden anlita ett bolag. Avtal "
            "tecknas enligt 5 kap. 22 KL av ordföranden. Nämnden följer upp avtalen.")
    assert _referred_number(text, text.index("21 Kommunallagen"))
    assert not _referred_number(text, text.index("Ansvar"))
    numbering = Numbering()
    cuts = inline_cuts(text, numbering)
    assert not {text.index("21 Kommunallagen"), text.index("22 KL")} & set(cuts)
    chapter = "Nämnden antar planen. 1 kap. Ekonomi Nämnden upprättar en budget."
    assert chapter_cuts(chapter)[0] == chapter.index("1 kap.")


def test_a_colon_less_lead_in_with_foljande_before_noun_items() -> None:
    """Round 42, bb-S4: ``I följande ärenden får … inte delegeras 1. …`` (no colon) after a
    sentence is a lead-in of its own; a capitalised noun item (``3. Ärenden som …, eller``)
    goes on with the run, and the sentence after the last item is a paragraph. A numbered
    sentence (``3. Nämnden beslutar …``) after items is no item of the run."""
    from pipeline.normalize.reflow import _candidates, _capital_item, _noun_item

    text = ("Beslut får fattas av ett utskott. I följande ärenden får beslut inte delegeras "
            "1. frågor om taxor. 2. frågor om mål. 3. Frågor som rör hela kommunen, eller "
            "4. frågor som enligt lag inte får delegeras. Delegaterna ska rapportera varje "
            "månad.")
    texts = [c.text for c in segment_text(f"Delegationsordning för tekniska nämnden\n\n"
                                         f"2 Om delegering {text}\n").clauses]
    assert texts[-7:] == [
        "Beslut får fattas av ett utskott.",
        "I följande ärenden får beslut inte delegeras",
        "frågor om taxor.", "frågor om mål.", "Frågor som rör hela kommunen, eller",
        "frågor som enligt lag inte får delegeras.", "Delegaterna ska rapportera varje månad."]
    assert _noun_item("4. frågor som enligt lag inte får delegeras.")
    assert not _noun_item("3. Nämnden beslutar om taxor.")
    sentence = "1. frågor om taxor. 2. frågor om mål. 3. Nämnden beslutar om taxor."
    candidate = next(c for c in _candidates(sentence) if c.number == (3,))
    assert not _capital_item(sentence, candidate, (2,), len(sentence))


def test_a_numbered_sentence_opening_with_a_subordinator_is_no_noun_item() -> None:
    """Review 42a, item 1: an item opening with a subordinator (``3. Om kassören är sjuk
    ska …``) or whose finite verb follows the subordinate clause's closing comma (``3.
    Kassören, som utses av årsmötet, sköter …``) is a sentence; a relative clause after the
    head noun without a verb after it (``4. bidrag som inte får överlåtas.``) is not."""
    from pipeline.normalize.reflow import _noun_item

    assert not _noun_item("3. Om kassören är sjuk ska sekreteraren ta över.")
    assert not _noun_item("3. När årsmötet har valt styrelsen får den börja arbeta.")
    assert not _noun_item("3. Kassören, som utses av årsmötet, sköter räkenskaperna.")
    assert _noun_item("4. bidrag som inte får överlåtas.")
    assert _noun_item("3. Lokaler som klubben hyr ut, eller")


class _SliceRecorder(str):
    """A text that records the length of every slice taken of it."""

    lengths: list[int] = []

    def __getitem__(self, key: int | slice) -> str:
        if isinstance(key, slice):
            _SliceRecorder.lengths.append(len(range(*key.indices(len(self)))))
        return str.__getitem__(self, key)


def test_the_abbreviation_look_back_of_section_cuts_reads_a_bounded_window() -> None:
    """Review 42a, item 3: whether a ``§`` label follows a sentence end or an abbreviation
    is read from a few characters before it, never from the whole text before it (a line of
    thousands of labels cost a quadratic scan)."""
    from pipeline.normalize.reflow import section_heading_cuts

    line = " ".join(f"Klubben växer.§ {n} KASSÖREN Kassören sköter kassan." for n in range(1, 60))
    text = _SliceRecorder(f"Se bl.a.§ 3 KASSÖREN. {line}")
    _SliceRecorder.lengths = []
    cuts = section_heading_cuts(text)
    assert max(_SliceRecorder.lengths) < 40
    assert text.index("§ 1 ") in cuts and text.index("§ 3") not in cuts


def test_a_line_opening_with_a_doubled_heading_has_no_page_index() -> None:
    """Review 42a, item 7: `page_index` itself knows that ``5 Kassör 5 Kassör …`` (a heading
    printed twice) opens with a section number, no page index, as it knows ``1 1``."""
    from pipeline.normalize.reflow import page_index

    line = "5 Kassör 5 Kassör Kassören sköter klubbens kassa och redovisar den varje år."
    assert page_index(line, Numbering()) is None
    assert page_index("5 Kassör 3 Revisor Revisorn granskar kassan.", Numbering()) == (5,)
    line = "5 Kassören ska 5 Kassören ska att sköta kassan och redovisa den varje år."
    assert page_index(line, Numbering()) is None


# Round 44 (analysis 44-bh, S4): Roman subheadings and their dash items under a colon lead-in.
def test_roman_subheadings_and_their_dash_items_in_a_flattened_paragraph() -> None:
    text = ("Avsnitt om drift. Förbundet ska sköta följande uppgifter: I Vägar - Snöröjning av "
            "gator. - Sandning av gång- och cykelvägar. II Parker Förbundet får anlägga "
            "lekplatser. III Övrigt Förbundet får hyra ut lokaler.")
    assert pieces(text) == [
        "Avsnitt om drift.", "Förbundet ska sköta följande uppgifter:", "I Vägar",
        "- Snöröjning av gator.", "- Sandning av gång- och cykelvägar.", "II Parker",
        "Förbundet får anlägga lekplatser.", "III Övrigt", "Förbundet får hyra ut lokaler.",
    ]


def test_dotted_roman_subheadings_with_lower_case_dash_items() -> None:
    text = ("Nämnden ansvarar för följande: I. Skolor och förskolor - skolskjutsar - "
            "elevhälsan II. Kultur Nämnden driver biblioteken.")
    assert pieces(text) == [
        "Nämnden ansvarar för följande:", "I. Skolor och förskolor", "- skolskjutsar",
        "- elevhälsan", "II. Kultur", "Nämnden driver biblioteken.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a ruler's numeral, a dash in a sentence and a year range
        "Museet visar föremål från Karl XII och hans tid - även utomlands. Det gäller åren "
        "2025 - 2027. Ett rum visar Gustav III och hans hov.",
        # a lone ``I`` opening a sentence: no ``II`` after it
        "Rektorn leder skolan. I Skolans lokaler gäller särskilda regler om brandskydd.",
        # a Roman label before a sentence (a finite verb in the would-be heading)
        "Planen gäller: I Kommunen finns två skolor. II Skolorna har egna rektorer.",
    ],
)
def test_no_roman_subheading_run(text: str) -> None:
    assert pieces(text) == [text]


# Round 44 (analysis 44-bh, S2 and S3): one-word numbered headings in capitals, before a bare
# noun subject, before a long subject whose verb comes late.
@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("2 ÄNDAMÅL Föreningen ska stödja lokala hantverkare.", "2 ÄNDAMÅL"),
        ("4 MEDLEMSKAP Medlem antas av styrelsen.", "4 MEDLEMSKAP"),
        ("6 Styrelse Ledamöter i styrelsen utses av stämman.", "6 Styrelse"),
        ("4 Revision Revisor väljs av årsmötet.", "4 Revision"),
        ("2 Område Företagets verksamhetsområde för el och värme är Jämtlands län.",
         "2 Område"),
        # a heading ending in an abbreviation with its stops; a sentence ending in one stays
        ("3 Styrelsens hemort m.m. Styrelsen har sitt säte i Mora.", "3 Styrelsens hemort m.m."),
        ("3 Nämnden beslutar om bidrag m.m. Styrelsen ska yttra sig.", None),
        # acronyms (short, or no known noun) and a subject right after the number stay
        ("3 VD VD ska leda den löpande förvaltningen.", None),
        ("3 SWECO Bolaget ska anlita konsulter.", None),
        ("3 Ledamöter utses av stämman för ett år.", None),
        # an adjective's form in -a before the bare noun is its attribute
        ("2 Nya Medlemmar antas av styrelsen efter ansökan.", None),
        # a two-word heading: the second word opens no sentence
        ("3 Styrelse Arvode Ledamöterna får ett arvode.", None),
    ],
)
def test_one_word_headings_in_capitals_and_before_bare_subjects(
    text: str, heading: str | None
) -> None:
    end = inline_heading_end(text, 0, len(text))
    assert (text[:end] if end is not None else None) == heading


def test_a_section_number_after_a_lost_stop_before_a_passive_sentence() -> None:
    text = ("1 Namn Föreningens namn är Lövåsens byalag. 2 Område Verksamheten omfattar främst "
            "Dalarna 3 MEDLEMSKAP Medlem antas av styrelsen.")
    assert pieces(text) == [
        "1 Namn Föreningens namn är Lövåsens byalag.",
        "2 Område Verksamheten omfattar främst Dalarna", "3 MEDLEMSKAP Medlem antas av styrelsen.",
    ]


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("3 Ledamöter Styrelsen utser ledamöterna för två år i taget.", True),  # 2 lost
        ("4 Ledamöter Styrelsen utser ledamöterna för två år i taget.", False),  # two lost
        ("3 av ledamöterna utses av styrelsen för två år i taget.", False),  # no heading
    ],
)
def test_a_section_number_skipping_one_lost_number_before_a_heading(tail: str, cut: bool) -> None:
    """Round 44 (bh-S1): ``… 1 Ändamål … . 3 Ledamöter Styrelsen …``: the ``2`` was lost
    at a page break; the ``3`` opens a section where a short heading and its sentence follow
    it, though no later label continues it."""
    text = (
        "1 Ändamål Klubben ska främja friluftslivet i bygden och vårda leden längs ån. "
        f"Stugor Styrelsen hyr ut klubbens stugor till medlemmarna. {tail}"
    )
    assert (text.index(tail) in inline_cuts(text, Numbering())) is cut


@pytest.mark.parametrize(
    ("tail", "footer"),
    [
        ("Bolagsordning 2021-03-04 2 (5)", True),
        ("Stadgar för Ekby fiberförening 2021-03-04 3 (5)", True),
        ("2021-03-04 3 (5)", True),
        ("Bolagsordning 2021-03-04 6 (5)", False),  # page after the total: no counter
        ("Styrelsen sammanträder 2021-03-04 2 (5)", False),  # a finite verb: a sentence
        ("Nästa stämma hålls 2021-03-04 2 (5)", False),  # an s-passive: a sentence too
        ("Bolagsordning 2021-03-04", False),  # no counter
    ],
)
def test_a_page_footer_after_the_last_sentence(tail: str, footer: bool) -> None:
    """Round 44 (bh-S6): ``… verksamhet. <Title> <date> N (M)`` ends a flattened page."""
    text = f"Bolaget ska driva verksamhet i Ekby och därmed förenlig verksamhet. {tail}"
    assert (page_footer_start(text) == text.index(tail)) is footer


_BODY = "1 Namn Klubbens namn är Ekby Skidklubb. 2 Säte Styrelsen har sitt säte i Ekby."


@pytest.mark.parametrize(
    ("opening", "following", "restarted"),
    [
        ("1 Bolagsordning BOLAGSORDNING FÖR EKBY AB", [], True),  # document noun, capitals
        ("1 Stadgar Stadgar för Ekby Skidklubb", [], True),  # document noun
        ("1 Allmänt", [], False),  # no title repeat: the page-line rule stands
        # round 44, bg-S1: one page line after it is no round-14 run; two with a header are
        ("1 Bolagsordning BOLAGSORDNING FÖR EKBY AB", ["2 Stadgar 3 Årsmöte Årsmötet hålls."], True),
        (
            "1 Bolagsordning BOLAGSORDNING FÖR EKBY AB",
            [
                "2 Bolagsordning EKBY AB 3 Årsmöte Årsmötet hålls.",
                "3 Bolagsordning EKBY AB 4 Styrelse Styrelsen väljs.",
            ],
            False,
        ),
        ("1 Stadgar Klubben bildades 1990.", [], False),  # a sentence before the second 1
        ("1 ARBETSORDNING FÖR EKBY KYRKORÅD", [], True),  # the document noun in capitals
    ],
)
def test_page_one_whose_numbering_restarts_after_the_title_repeat(
    opening: str, following: list[str], restarted: bool
) -> None:
    """Round 44 (bh-S1): page 1's counter, the title repeated, the body's numbering from
    ``1`` again; not where round 14's page lines follow (page 1 is a page like them)."""
    assert restarted_page_one(f"{opening} {_BODY}", following, Numbering()) is restarted


@pytest.mark.parametrize(
    ("body", "restarted"),
    [
        # numbered headings one after another, the adoption history before them
        ("1 Antagen av rådet den 2 maj 2001 Kapitel 1 Allmänt 1 Ledamöter 2 Ersättare "
         "Rådet har fem ledamöter.", True),
        ("1 Ledamöter 2 Ersättare Rådet har fem ledamöter.", True),
        # a ``2`` inside a sentence continues no numbering
        ("1 Ledamöter Rådet består av 2 Ekbybor och tre andra.", False),
    ],
)
def test_page_one_with_its_headings_printed_one_after_another(body: str, restarted: bool) -> None:
    """Round 44 (bg-S1): the restarted numbering goes on at a heading after a verbless
    heading, not only after a sentence's stop."""
    text = f"1 Arbetsordning för Ekby kyrkoråd {body}"
    assert restarted_page_one(text, [], Numbering()) is restarted


def test_a_chapter_word_keeps_its_number() -> None:
    """Round 44 (bg-S1): ``Kapitel 1 <heading>`` inline is one label, no cut after ``Kapitel``."""
    text = "Rådet har fem ledamöter. Kapitel 1 Allmänt 1 Ledamöter Rådet väljer ordförande."
    assert "Kapitel" not in pieces(text)
    assert any(piece.startswith("Kapitel 1") for piece in pieces(text))


def test_a_parenthesised_reference_is_no_list_label() -> None:
    """Round 44 (bg-S3): ``(bilaga 1)`` closes a parenthesis: a cross-reference inside the
    sentence, no item ``1)``; items ``1)`` ``2)`` after a colon stay items."""
    text = (
        "Förbundet växer när Tallby kommun ansluter. Direktionen ska anta ett nytt avtal "
        "(bilaga 1) för förbundet och en ny ordning (bilaga 2) för nämnderna."
    )
    assert pieces(text) == [text]
    items = "Direktionen ska: 1) leda arbetet, 2) fördela medel och 3) följa upp (se punkt 4)."
    assert len(pieces(items)) == 4


def test_a_definite_genitive_owns_the_noun_after_it_and_heads_nothing() -> None:
    """Round 44 (merge of w44f and w44h): in ``3 § Kommunens Kulturråd bereder …`` the word after
    the label is a definite genitive owning the next noun, no one-word heading; a bare noun
    heading before its sentence still is one."""
    from pipeline.normalize.reflow import one_word_heading

    assert not one_word_heading(["Kommunens", "Kulturråd", "bereder", "ärenden", "om", "bidrag."])
    assert not one_word_heading(["Förbundets", "Styrelse", "sammanträder", "varje", "månad."])
    assert one_word_heading(["Revision", "Revisorn", "granskar", "förbundets", "räkenskaper."])


# Round 44 (new-user trial 44, cause 3): a one-word heading before a sentence that opens with
# a capitalised preposition (layout.yaml `prepositions`) and a finite verb within four words.
@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("§ 2 Ledning Bland rådets ledamöter utser stämman en ordförande.", "§ 2 Ledning"),
        ("4 Revision Förutom de valda revisorerna utser stämman en suppleant.", "4 Revision"),
        # no finite verb within four words after the preposition: no cut there
        ("§ 3 Samråd Bland annat med skolan och polisen", None),
        ("3 Samverkan Kring barn och unga i behov av stöd ska nämnden samverka.", None),
    ],
)
def test_one_word_heading_before_a_preposition(text: str, heading: str | None) -> None:
    end = inline_heading_end(text, 0, len(text))
    assert (text[:end] if end is not None else None) == heading


def test_the_number_of_a_section_sign_label_is_no_paragraph_number() -> None:
    """Round 44 (new-user trial 44): the ``1`` of a line's leading ``§ 1`` opens no block of
    its own, whatever heading follows it."""
    text = (
        "§ 1 Sammansättning Förutom de ordinarie ledamöterna väljer rådet två ersättare. "
        "§ 2 Presidium Rådet väljer en ordförande. § 3 Protokoll Sekreteraren för protokoll."
    )
    assert inline_cuts(text, Numbering()) == [text.index("§ 2"), text.index("§ 3")]


def test_a_footnote_mark_stays_with_its_note() -> None:
    """Round 45 (nu45 cause 5): ``¹ Ändrat genom beslut …``: a footnote's mark is its note's
    label, no cut parts it from the adoption line after it."""
    from pipeline.normalize.reflow import right_after_leading_label

    text = "¹ Ändrat genom beslut av fullmäktige den 8 oktober 2026, § 112."
    assert right_after_leading_label(text, 2)
    assert not right_after_leading_label("Ändrat genom beslut av fullmäktige 2026.", 0)


# Round 45 (analysis 45-bj, cause C3): a contents list's page numbers after dot leaders are
# no labels; two entries or more make a contents list, one ellipsis before a number does not.
def test_contents_page_numbers_and_the_contents_page() -> None:
    text = "4 Innehåll Syfte... 5 Vem beslutar?… 5 Överklagande. . . 6 Arkivering...7 Bilagor... 8"
    pages = contents_page_numbers(text)
    assert sorted(text[start] for start in pages) == ["5", "5", "6", "7", "8"]
    assert page_index(text, Numbering()) == (4,)
    assert inline_cuts(text, Numbering()) == []
    single = "Styrelsen svarar för lokaler, fordon m.m... 4 Ekonomi Styrelsen ska upprätta budget."
    assert contents_page_numbers(single) == frozenset()
    assert pieces(f"3 Lokaler {single[:-1]}", Numbering(last=(3,))) == [
        "3 Lokaler Styrelsen svarar för lokaler, fordon m.m...",
        "4 Ekonomi Styrelsen ska upprätta budget",
    ]


# Round 45 (analysis 45-bj, cause C2): a running header with a field label repeated after the
# next page's index makes that line a page, whatever the length of the line before.
@pytest.mark.parametrize(
    ("previous", "text", "expected"),
    [
        (
            "1 Miljöenheten Ansvarig: Ola Berg Datum: 2022 Riktlinje för tillsyn",
            "2 Miljöenheten Ansvarig: Ola Berg Datum: 2022 Tillsyn Enheten ska planera.",
            (2,),
        ),
        # no field label: numbered sections opening with the same heading words
        (
            "2 Nämndens ansvar och uppgifter Nämnden ska planera.",
            "3 Nämndens ansvar och uppgifter inom miljö Nämnden ska besluta.",
            None,
        ),
        # the index does not follow; fewer than three words repeated
        (
            "1 Miljöenheten Ansvarig: Ola Berg Riktlinje",
            "3 Miljöenheten Ansvarig: Ola Berg X",
            None,
        ),
        ("1 Miljöenheten Ansvarig: Ola Berg", "2 Miljöenheten Ansvarig: Eva Ek Tillsyn", None),
    ],
)
def test_repeated_header_page(previous: str, text: str, expected: tuple[int, ...] | None) -> None:
    assert repeated_header_page(text, previous) == expected


# Round 45 (analysis 45-bj, cause C8): page 1's cover line with a page total after its
# counter (``1 1 (6) <title>``) is no page; a history without a final stop ends before an
# address block whose contact labels are in capitals.
def test_cover_line_with_a_page_total_and_an_unstopped_history() -> None:
    line = (
        "1 1 (4) Reglemente för valnämnden i Åby 1 1 Antaget av fullmäktige den 2 maj 2019, 33 "
        "Ändrat av fullmäktige den 6 juni , gäller från och med 1 juli 2019 Åby kommun, Åby "
        "BESÖKSADRESS Torget 1, Åby TELEFON TELEFAX"
    )
    assert cover_counter_line(line, ["2 Reglemente för valnämnden i Åby 2/4 Uppgifter …"])
    [(start, stop, _)] = adoption_spans(line)
    assert line[start:stop].endswith("gäller från och med 1 juli 2019")
    assert line[start:].startswith("Antaget av fullmäktige")
    # a run of page lines ``1 1 (3)`` ⏎ ``2 2 (3)`` is one page a line (round 14)
    assert not cover_counter_line(line.replace("(4)", "(3)"), ["2 2 (3) REGLEMENTE …"])
    assert not cover_counter_line("1 Reglemente för valnämnden 1 1 Antaget …", [])


def test_a_finite_adoption_history_without_stops_is_one_metadata_clause() -> None:
    # round 46 (bm cause 1): ``<Doc> antogs <date>, <nr> av <organ> i <ort>`` twice and
    # ``<Doc> gäller från och med`` (its date lost) after a verbless cover heading
    from pipeline.normalize.reflow import adoption_spans, is_adoption_history

    history = ("Stadgan antogs 2018-05-07, 12 av Kommunfullmäktige i Lerby Stadgan antogs , 9 "
               "av regionfullmäktige i Lerby län Stadgan gäller från och med")
    text = f"1 STADGA Lerby kommun och Region Lerby {history} Bakgrund Parterna driver ett arkiv."
    start = text.index("Stadgan")
    assert adoption_spans(text) == [(start, start + len(history), text.index(" Parterna"))]
    assert is_adoption_history(history)
    # negatives: a prose sentence with its own stop, a modal passive, a past active, a
    # finite history that goes on as a sentence, and a validity sentence alone
    for sentence in ("Stadgan antogs av fullmäktige den 3 maj 2018, § 12. Den ersätter …",
                     "Stadgan ska antas av fullmäktige 2018 i båda kommunerna.",
                     "Nämnden antog en ny taxa 2019 Taxan gäller från och med",
                     "Stadgan antogs 2018 av fullmäktige och ska ses över varje år.",
                     "Stadgan gäller från och med den 1 juli 2018."):
        assert not is_adoption_history(sentence), sentence
    assert adoption_spans("Styrelsen ska verka för samarbete. Stadgan antogs 2018 av "
                          "fullmäktige och ska ses över varje år.") == []


def test_a_page_index_before_the_body_numbering_restarting_at_one() -> None:
    # round 46 (bm cause 2): the line's ``2`` is a page index; ``1 Heading Sentence`` after a
    # sentence end opens the body's numbering though no ``2`` follows on the page
    text = ("2 Inledning Förbundet bildas av tre kommuner i länet. 1 Ändamål Förbundet ska "
            "driva kollektivtrafiken i länet och ska varje år redovisa sin verksamhet.")
    assert text.index("1 Ändamål") in inline_cuts(text, Numbering())
    # negatives: an amount, a ``1`` before a lower-case word, a line opened by ``1``
    for other in ("2 Inledning Avgiften höjs med 1 000 kronor. Styrelsen ska verka för "
                  "samarbete mellan kommunerna i hela länet och rapportera till dem.",
                  "2 Inledning Förbundet bildas av tre kommuner. 1 ledamot utses av varje "
                  "kommun och direktionen ska sammanträda minst fyra gånger om året."):
        assert inline_cuts(other, Numbering()) == [], other


def test_a_fused_page_counter_after_the_label_is_no_heading_word() -> None:
    # round 46 (bm cause 5): ``2 2(8) <Heading> <sentence>``: the counter of the label's
    # page is skipped; another number in brackets is not
    from pipeline.normalize.reflow import counted_run, inline_heading_end, label_counter_end

    text = "2 2(8) Sammanträden Direktionen sammanträder minst fyra gånger om året."
    assert label_counter_end(text, 0, 1) == text.index("Sammanträden")
    assert inline_heading_end(text, 0, len(text), counter=True) == text.index(" Direktionen")
    assert inline_heading_end(text, 0, len(text)) is None
    assert label_counter_end("2 2 (8) Val", 0, 1) == len("2 2 (8) ")
    # negatives: another number, page 1 (a cover's line), a running header's document title
    for other in ("2 3(8) Sammanträden Direktionen …", "2 9(8) Val …", "2 2 kap. Val …",
                  "1 1(8) Val …", "2 2 (8) Arbetsordning för direktionen Direktionen …"):
        assert label_counter_end(other, 0, 1) == 1, other
    # a run of counted lines is the round-36 layout (page lines), a single one a label
    assert counted_run("3 3 (4) Val Direktionen väljer …", "2 2 (4) Direktionen …", [])
    assert counted_run("2 2 (4) Val Direktionen väljer …", "Inledning", ["3 3 (4) Ekonomi …"])
    assert not counted_run("2 2 (4) Val Direktionen väljer …", "Inledning", ["3 Ekonomi …"])


def test_an_amendment_history_with_decision_numbers_after_a_series_word() -> None:
    # round 46 (bm cause 4): ``1 <SERIES WORD> Antagen av <organ> <nr>/<yy> Tillägg enligt …
    # <title repeat> <heading> <sentence>``: the series word opens the history's clause, the
    # decision numbers date it, ``Tillägg enligt`` continues it; a one-word heading is
    # stacked under the title's repeat
    from pipeline.normalize.reflow import adoption_spans, heading_after_heading, is_adoption_history

    history = "ARKIVREGEL Antagen av tekniska nämnden 8/22 Tillägg enligt nämnden 30/23, 2/24"
    text = f"1 {history} Arkivregler för tekniska nämnden Gallring Nämnden får gallra handlingar."
    title_end = text.index(" Gallring")
    assert adoption_spans(text) == [(2, 2 + len(history), title_end)]
    assert is_adoption_history(history)
    assert heading_after_heading(text, title_end) == text.index(" Nämnden får")
    # negatives: a page counter ``1/3`` dates nothing; a title in capitals keeps its heading;
    # a name opening the sentence under the title is no heading
    assert not is_adoption_history("Antagen av tekniska nämnden 1/3")
    assert not is_adoption_history("ARKIVREGLEMENTE Antagen av tekniska nämnden 8/22")
    assert heading_after_heading("X Region Lerby ska arkivera handlingarna.", 1) is None


def test_contents_with_a_page_column_header_needs_no_leaders() -> None:
    """Round 46, bm cause 10: ``Innehållsförteckning Sid`` opens a contents list whose
    entries end in bare page numbers; the numbers are no labels while they rise, a lower one
    after them is (the body's own section); without the column header they stay labels."""
    text = (
        "2 Innehållsförteckning Sid Taxa för slamtömning i Åby 4 Renhållningsordning för Åby "
        "kommun 11 Avgifter 17"
    )
    pages = contents_page_numbers(text)
    assert sorted(text[start : start + 2].strip() for start in pages) == ["11", "17", "4"]
    assert page_index(text, Numbering()) == (2,)
    assert inline_cuts(text, Numbering()) == []
    followed = "Innehåll Sida Renhållningsordning 3 Avgifter 8 1 Syfte Kommunen ansvarar för slam."
    numbers = sorted(followed[start] for start in contents_page_numbers(followed))
    assert numbers == ["3", "8"]  # ``1`` falls: the body's first label
    plain = "2 Innehåll Avtalet omfattar drift av skolor. 3 Parter Åby kommun är värdkommun."
    assert contents_page_numbers(plain) == frozenset()


@pytest.mark.parametrize("text", ["694 30 Hallsberg", "41122 Göteborg", "123 45 Storby"])
def test_postal_code_is_no_section_label(text: str) -> None:
    """Round 48 (nu48b fault 2): an address line's postal code and town is no numbering."""
    from pipeline import patterns

    assert patterns.NUMBERED_HEAD.match(text) is None


def test_three_digit_section_still_labels() -> None:
    from pipeline import patterns

    assert patterns.NUMBERED_HEAD.match("123 Nämndens uppgifter").group(0) == "123"


def test_a_flattened_contents_page_without_column_header() -> None:
    """Round 49 (R3): ``2 Innehåll 3 Ändamål 3 Medlemmar 4 Styrelse 6``: a capitalised
    contents heading followed by titles and three or more rising bare page numbers, no
    sentence mark among them, is a contents page: the numbers are no labels. Two pages, or
    a sentence before the numbers, leave them labels."""
    text = "2 Innehåll 3 Ändamål 3 Medlemmar 4 Styrelse 6 Revision 9"
    pages = sorted(text[start : start + 1] for start in contents_page_numbers(text))
    assert pages == ["3", "3", "4", "6", "9"]
    assert inline_cuts(text, Numbering()) == []
    assert contents_page_numbers("Innehåll Ändamål 3 Styrelse 4") == frozenset()
    sentence = "2 Innehåll Avtalet gäller tills vidare. 3 Parter 4 Drift 5 Avgifter 6"
    assert contents_page_numbers(sentence) == frozenset()


def test_a_flattened_colon_dash_list_with_comma_and_samt_items_ends_at_its_stop() -> None:
    """Round 49 (49-r L2): in a flattened line, a colon's dash list whose items end in a
    comma (cut by the inline bullet rule) goes on past ``samt - `` (the item before it was cut
    after a comma, the first after the colon), and a sentence after the last item's full
    stop is a clause of its own."""
    text = (
        "Inledning Ekby kommun har en fritidsnämnd. Fritidsnämnden ansvarar för: "
        "- idrottshallar och spår, - stöd till ideella föreningar samt - fritidsgårdarna i "
        "kommunen. Fritidsnämnden biträder kommunstyrelsen i frågor om folkhälsa."
    )
    found = pieces(text)
    assert found[-5].endswith("Fritidsnämnden ansvarar för:")
    assert found[-4:] == [
        "- idrottshallar och spår,",
        "- stöd till ideella föreningar samt",
        "- fritidsgårdarna i kommunen.",
        "Fritidsnämnden biträder kommunstyrelsen i frågor om folkhälsa.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sidan uppdaterades 2025-09-30", True),
        ("Informationen uppdaterades 4 maj 2025", True),
        ("Sidan uppdaterades av kansliet och ska läsas 2025", False),  # a sentence
        ("Nämnden uppdaterades 2025-09-30", False),  # no page noun, no document kind
    ],
)
def test_the_pages_update_line_with_a_finite_verb(text: str, expected: bool) -> None:
    """Round 51 (newuser50b fault 6; docs/annotation.md §1.2 round 45): the page as the
    subject of an adoption verb (layout.yaml `web_page_nouns`) opens an update line."""
    from pipeline.normalize.reflow import is_adoption_history

    assert is_adoption_history(text) is expected


def test_a_lost_label_between_a_broken_off_lead_in_and_its_att_series() -> None:
    """Analysis 52-ao L2: ``2 Det åligger därvid styrelsen 3 att …, att …``: the bare number
    that continues the paragraph number before a lower-case ``att``-series is the series'
    label; the series ends before a sentence opened by a capitalised actor and its finite
    verb. A number after a finite verb counts a noun (``utser 3 ledamöter att …``)."""
    text = ("Styrelsen leder arbetet. 2 Det åligger därvid styrelsen 3 att förvalta fonden, "
            "att besluta om utdelning samt att föra räkenskaper. Styrelsen får anlita revisor.")
    numbering = Numbering()
    numbering.last = (1,)
    assert pieces(text, numbering) == [
        "Styrelsen leder arbetet.", "2 Det åligger därvid styrelsen",
        "3 att förvalta fonden, att besluta om utdelning samt att föra räkenskaper.",
        "Styrelsen får anlita revisor."]
    text = "Styrelsen leder arbetet. 2 Styrelsen utser 3 ledamöter att bereda ärenden, att yttra."
    numbering = Numbering()
    numbering.last = (1,)
    assert pieces(text, numbering) == [
        "Styrelsen leder arbetet.", "2 Styrelsen utser 3 ledamöter att bereda ärenden, att yttra."]


def test_a_glued_chapter_label_keeps_its_number() -> None:
    """Round 52 ruling p3: ``… föreskriver följande 1 kap. Allmänt …``: the chapter label
    glued to the words before it is cut before its number, not after it; ``enligt 3 kap.``
    is a reference."""
    text = ("Verket föreskriver följande 1 kap. Allmänna bestämmelser Tillämpning 1 § Chefen "
            "ansvarar för arkivet. 2 § Enheten ska lämna handlingar.")
    assert pieces(text)[:3] == ["Verket föreskriver följande", "1 kap.", "Allmänna bestämmelser"]
    assert "enligt 3 kap. Allmänna" in pieces(
        "Nämnden fullgör uppgifter enligt 3 kap. Allmänna bestämmelser gäller.")[0]
    # a page counter before the label is page furniture: no cut before the number
    assert "3(9) 1 kap." in " ".join(pieces("Godkänd av direktionen Sida 3(9) 1 kap. ALLMÄNT"))


def test_a_decisions_numbered_points_after_att_are_cut_as_items() -> None:
    """Analysis 53-cc L1: ``Nämnden beslutar att 1. Anta …, 2. Ge …, 3. Avsluta …`` printed on
    one line: each label after the lead-in's ``att`` or a comma, in order, opens a point (a
    capitalised bare infinitive first); one point alone, a label after a stop or a noun
    after ``1.`` is no series."""
    text = ("Fritidsnämnden beslutar att 1. Anta taxan för badhuset, 2. Ge kansliet i uppdrag "
            "att informera föreningarna, 3. Avsluta ärendet.")
    assert [text[cut : cut + 2] for cut in decision_point_cuts(text)] == ["1.", "2.", "3."]
    assert decision_point_lead_in("Fritidsnämnden beslutar att", "1. Anta taxan för badhuset,")
    assert not decision_point_lead_in("Fritidsnämnden beslutar att", "1. Anta taxan.")
    assert not decision_point_lead_in("Fritidsnämndens beslut att", "1. Anta taxan,")
    assert decision_point_cuts("Fritidsnämnden beslutar att 1. Anta taxan för badhuset.") == []
    assert decision_point_cuts(
        "Fritidsnämnden beslutar att 1. Styrelser ska bildas, 2. Taxan höjs.") == []
    assert decision_point_cuts("Nämnden beslutade att anta taxan. 2. Ekonomi Kansliet …") == []


def test_a_name_after_att_is_no_inline_heading_end() -> None:
    """Analysis 53-cc L2: ``3. Godkänna att Tallby Vatten AB säljer …``: a heading never ends
    in ``att`` (layout.yaml `heading_links`); the name is the content clause's subject."""
    text = "3. Godkänna att Tallby Vatten AB säljer tomten vid stranden,"
    assert inline_heading_end(text, 0, len(text)) is None


def test_a_label_run_apart_from_its_items_is_cut_into_the_items() -> None:
    """Analysis 53-cc L5: ``… behandlas. (a) (b) (c) Val av … Val av … Beslut om ….``: the run
    of labels is cut out and the sentence after it cut before each capitalised word, where
    their counts agree; a name inside an item (a count that differs) or a reference
    ``(a) och (b)`` cuts nothing."""
    text = ("Vid årsmötet ska följande behandlas. (a) (b) (c) Val av kassör Val av revisor "
            "Beslut om avgift. Mötet leds av ordföranden.")
    assert pieces_at(text, label_run_cuts(text)) == [
        "Vid årsmötet ska följande behandlas.", "(a) (b) (c)", "Val av kassör",
        "Val av revisor", "Beslut om avgift.", "Mötet leds av ordföranden."]
    assert label_run_cuts("Vid årsmötet ska följande behandlas. (a) (b) (c) Val av kassör "
                          "Val av revisor i Ekby Beslut om avgift.") == []
    assert label_run_cuts("Styrelsen ska granska punkterna (a) och (b) i direktivet.") == []


def test_a_label_run_before_one_sentence_of_names_cuts_nothing() -> None:
    """Review 53 M2: three capitalised names after a run of three labels are a coordinated
    subject, no flattened column, when a comma or coordinator stands between them or a
    modal or finite verb follows the last: the sentence stays whole."""
    assert label_run_cuts("Följande gäller. a) b) c) Byggnadsnämnden, Miljönämnden och "
                          "Valnämnden ska samråda.") == []
    assert label_run_cuts("Följande gäller. (a) (b) (c) Hamnen Kraftverket Vattenverket "
                          "svarar för driften.") == []
    assert label_run_cuts("Följande deltar. a) b) c) Styrelsen och Kassören samt "
                          "Revisorn.") == []
    text = "Vid mötet ska följande behandlas. a) b) c) Val av ordförande Val av sekreterare " \
           "Fastställande av dagordning."
    assert len(label_run_cuts(text)) == 4


def test_a_label_run_before_items_that_end_in_stops_and_hold_a_name() -> None:
    """Analysis 53b-cc N3: the items of a flattened label column may end in stops and hold
    a capitalised name after a preposition: an item starts at the first word, after a stop
    or after a lower-case content word; exactly as many starts as labels, else no cut."""
    text = ("Vid mötet ska följande tas upp. (a) (b) (c) (d) Val av justerare Godkännande av "
            "röstlängd. Fråga om arvode till Styrelsen. Val av valberedning. Mötet avslutas.")
    assert pieces_at(text, label_run_cuts(text)) == [
        "Vid mötet ska följande tas upp.", "(a) (b) (c) (d)", "Val av justerare",
        "Godkännande av röstlängd.", "Fråga om arvode till Styrelsen.",
        "Val av valberedning.", "Mötet avslutas."]
    # two starts for three labels: a sentence and a name, no column
    assert label_run_cuts("Följande gäller. (a) (b) (c) Kallelse sänds ut i tid. Styrelsen "
                          "beslutar om Ekby Hamn AB.") == []
    # more items than labels: the last item runs into another start
    assert label_run_cuts("Följande gäller. (a) (b) Val av ordförande Val av kassör Val av "
                          "revisor.") == []


def pieces_at(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
