"""A document title glued to its first sentence (pipeline/normalize/glued_title.py, round 18 A1)."""

from __future__ import annotations

import pytest

from pipeline.normalize.glued_title import (
    dated_title_cut,
    repeated_noun_cut,
    title_cut,
    title_repeat_cuts,
)
from tests.conftest import segment_text


def pieces(text: str) -> list[str]:
    cut = title_cut(text)
    return [text] if cut is None else [text[:cut].strip(), text[cut:]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of places in the name; a Title-case word before a finite verb opens the text
        ("Förbundsordning för Skolförbundet Åby, Norrvik och Sand Skolförbundet har bildats av "
         "tre kommuner.",
         ["Förbundsordning för Skolförbundet Åby, Norrvik och Sand",
          "Skolförbundet har bildats av tre kommuner."]),
        # a lower-case head noun ends the name
        ("Reglemente för Ekby viltvårdsråd Viltvårdsrådet ska samordna jakten.",
         ["Reglemente för Ekby viltvårdsråd", "Viltvårdsrådet ska samordna jakten."]),
        # a company; an association whose name runs over capitalised words
        ("Ägardirektiv för Norrviks Bredband AB Bolaget ska bygga ut nätet.",
         ["Ägardirektiv för Norrviks Bredband AB", "Bolaget ska bygga ut nätet."]),
        ("Stadgar för Skytteklubben Ekbys Vänner Klubben är en ideell förening.",
         ["Stadgar för Skytteklubben Ekbys Vänner", "Klubben är en ideell förening."]),
        # a compound of a kind noun; an actor noun before the comma of a relative clause
        ("Attestreglemente för Region Sandvik Regionstyrelsen, som leder arbetet, ska besluta.",
         ["Attestreglemente för Region Sandvik",
          "Regionstyrelsen, som leder arbetet, ska besluta."]),
    ],
)
def test_title_cut(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reglemente för Ekby viltvårdsråd",  # a title alone
        "Nämnden för Ekby ansvarar för jakten.",  # no document-kind noun
        "Reglemente för nämnden. Nämnden ska besluta.",  # the title ends with punctuation
        "Reglementet för Ekby gäller Nämnden",  # a definite noun is no title's kind
    ],
)
def test_no_title_cut(text: str) -> None:
    assert title_cut(text) is None


def test_glued_title_heads_the_document_and_declares_its_name() -> None:
    document = segment_text(
        "Stadgar för Skolförbundet Åby, Norrvik och Sand Skolförbundet har bildats av tre "
        "kommuner. Förbundet ska sköta skolorna."
    )
    assert document.title == "Stadgar för Skolförbundet Åby, Norrvik och Sand"
    assert document.clauses[0].kind == "heading"
    assert document.clauses[1].text.startswith("Skolförbundet har bildats")
    assert document.organisation == "Skolförbundet Åby, Norrvik och Sand"


# Round 19, cause A2: a title whose adoption metadata ends in a date without a year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kustverkets interna regler om arbetsordning KIR 2019:3 beslutade den 3 mars Kustverket "
         "föreskriver följande med stöd av 4 § myndighetsförordningen.",
         ["Kustverkets interna regler om arbetsordning KIR 2019:3 beslutade den 3 mars",
          "Kustverket föreskriver följande med stöd av 4 § myndighetsförordningen."]),
        ("Hembygdsföreningens stadgar antagna vid årsmötet den 20 mars Föreningen ska vårda "
         "kulturarvet.",
         ["Hembygdsföreningens stadgar antagna vid årsmötet den 20 mars",
          "Föreningen ska vårda kulturarvet."]),
        ("Västby kommuns riktlinjer för delegering fastställda av nämnden den 5 februari 2021 "
         "Socialnämnden överlåter beslutanderätt.",
         ["Västby kommuns riktlinjer för delegering fastställda av nämnden den 5 februari 2021",
          "Socialnämnden överlåter beslutanderätt."]),
    ],
)
def test_dated_title_cut(text: str, expected: list[str]) -> None:
    cut = dated_title_cut(text)
    assert cut is not None
    assert [text[:cut].strip(), text[cut:]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bolagets regler beslutade den 3 mars Ekby Energi AB",  # no sentence after the date
        "Nämnden ska besluta den 3 mars Styrelsen får yttra sig.",  # the title has a verb
        "Regler om arbetet. Beslutade den 3 mars Verket föreskriver följande.",  # punctuated
        "Bolagets regler beslutade i mars Styrelsen ska följa dem.",  # no day: no date
    ],
)
def test_no_dated_title_cut(text: str) -> None:
    assert dated_title_cut(text) is None


def test_dated_title_heads_the_document() -> None:
    document = segment_text(
        "Kustverkets interna regler om arbetsordning KIR 2019:3 beslutade den 3 mars Kustverket "
        "föreskriver följande med stöd av 4 § myndighetsförordningen. 1 Direktören ska leda "
        "verket."
    )
    assert document.clauses[0].kind == "heading"
    assert document.clauses[0].text.endswith("beslutade den 3 mars")
    assert document.clauses[1].text.startswith("Kustverket föreskriver följande")


# Round 21, cause A2a: a protocol heading ending in the noun the glued sentence repeats.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Socialnämndens förslag till beslut i kommunfullmäktige Kommunfullmäktige fastställer "
         "taxan.",
         ["Socialnämndens förslag till beslut i kommunfullmäktige",
          "Kommunfullmäktige fastställer taxan."]),
        ("Yttrande över remiss från regionstyrelsen Regionstyrelsens ordförande ska svara.",
         ["Yttrande över remiss från regionstyrelsen",
          "Regionstyrelsens ordförande ska svara."]),
        ("Ärende om ny arbetsordning för styrelsen Styrelsen antar arbetsordningen årligen.",
         ["Ärende om ny arbetsordning för styrelsen", "Styrelsen antar arbetsordningen årligen."]),
    ],
)
def test_repeated_noun_cut(text: str, expected: list[str]) -> None:
    cut = repeated_noun_cut(text)
    assert cut is not None
    assert [text[:cut].strip(), text[cut:]] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence before the repeat: no heading
        "Nämnden lämnar förslag till styrelsen Styrelsen beslutar.",
        # no finite verb after the capitalised word
        "Förslag till beslut i nämnden Nämnden och dess utskott.",
        # another noun
        "Förslag till beslut i nämnden Styrelsen ska besluta.",
    ],
)
def test_no_repeated_noun_cut(text: str) -> None:
    assert repeated_noun_cut(text) is None


def test_a_repeated_noun_cut_gives_a_heading_and_its_paragraph() -> None:
    document = segment_text(
        "Förbundets förslag till beslut i direktionen Direktionen fastställer budgeten. "
        "Förbundsdirektören ska verkställa beslutet.\n\nDirektionen sammanträder varje månad.\n"
    )
    texts = [clause.text for clause in document.clauses]
    assert "Förbundets förslag till beslut i direktionen" in texts
    assert ("Direktionen fastställer budgeten. Förbundsdirektören ska verkställa beslutet."
            in texts)


def test_a_heading_glued_to_a_body_line_stays_one_clause() -> None:
    # only the title line is cut (docs/annotation.md §1.2)
    document = segment_text(
        "Reglemente för nämnden\n\nAllmänt om nämnden Nämnden ansvarar för biblioteken.\n"
    )
    texts = [clause.text for clause in document.clauses]
    assert "Allmänt om nämnden Nämnden ansvarar för biblioteken." in texts


def test_a_title_repeated_after_memo_fields_is_a_heading() -> None:
    # round 24, cause C5: the memo's body line repeats its title after the field labels
    text = ("Handläggare: Per Ek Datum: 2024-02-01 Kulturnämnden Yttrande om nya bidragsregler "
            "Förslag till beslut Kulturnämnden föreslås besluta att tillstyrka.")
    title = ("yttrande", "om", "nya", "bidragsregler")
    start, end = title_repeat_cuts(text, title)
    assert text[start:end] == "Yttrande om nya bidragsregler"


@pytest.mark.parametrize(
    "text",
    [
        "Kulturnämnden Yttrande om nya bidragsregler Förslag till beslut följer.",  # no field
        "Datum: 2024-02-01 Nämnden har skrivit yttrande om nya bidragsregler Nämnden ska.",
    ],
)
def test_no_title_repeat_cut_without_a_field_or_in_lower_case(text: str) -> None:
    assert title_repeat_cuts(text, ("yttrande", "om", "nya", "bidragsregler")) == []


def test_a_memo_body_line_repeating_its_title() -> None:
    document = segment_text(
        "Yttrande om nya bidragsregler\nHandläggare: Per Ek Datum: 2024-02-01 Kulturnämnden "
        "Yttrande om nya bidragsregler Förslag till beslut Kulturnämnden föreslås besluta att "
        "tillstyrka förslaget. Bakgrund Enligt rutinen har kommunstyrelsen skickat förslaget för "
        "yttrande. Nämnden ska yttra sig senast den 15 april.\n"
    )
    texts = [clause.text for clause in document.clauses]
    assert texts.count("Yttrande om nya bidragsregler") == 2
    assert "Förslag till beslut" in texts
    assert "Kulturnämnden föreslås besluta att tillstyrka förslaget." in texts


def test_a_print_masthead_before_the_title_and_its_adoption_line() -> None:
    """Analysis 52-p P-A: a statute print's masthead (ISSN, the collection code, ``Utkom
    från trycket …``) glued before the title runs past the title's words; where the block
    holds a collection code, the last adoption participle opens the dated metadata."""
    text = ("LÄNSTRAFIKENS FÖRFATTNINGSSAMLING ISSN 0000-0000 LTFS 2031:2 Utkom från trycket "
            "den 9 maj 2031 Länstrafikens föreskrifter om biljetter; beslutade den 2 maj "
            "Länstrafiken föreskriver följande.")
    cut = dated_title_cut(text)
    assert cut is not None and text[cut:] == "Länstrafiken föreskriver följande."
    # no collection code: a long run before the participle is no title
    assert dated_title_cut(text.replace("LTFS 2031:2 ", "")) is None
