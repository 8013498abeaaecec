"""Unnumbered inline headings and sub-paragraph labels of a flattened line (round 16, A1, A2),
on sentences invented for the rules."""

from __future__ import annotations

import pytest

from pipeline.normalize.inline_headings import (
    CLOSED,
    CONTENT,
    fronted_adverbial,
    heading_cuts,
    subparagraph_cuts,
    title_run_cuts,
)


def pieces(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closed-class word (question word, preposition) after a lower-case word
        ("Allmänt om ersättningar Vad gäller för ersättningar Med ersättning avses arvode.",
         ["Allmänt om ersättningar", "Vad gäller för ersättningar",
          "Med ersättning avses arvode."]),
        # a short verbless phrase after a full stop, a content word with a verb after it
        ("Nämnden möts varje månad. Anmälan av ärenden Ärenden som väcks ska anmälas.",
         ["Nämnden möts varje månad.", "Anmälan av ärenden", "Ärenden som väcks ska anmälas."]),
        # a question heading keeps its verb
        ("Hur styrs bolaget Styrelsen ansvarar för bolagets organisation.",
         ["Hur styrs bolaget", "Styrelsen ansvarar för bolagets organisation."]),
        # one word before a closed-class word after a full stop
        ("Kallelse skickas ut. Delegering Vid förfall ska vice ordföranden träda in.",
         ["Kallelse skickas ut.", "Delegering", "Vid förfall ska vice ordföranden träda in."]),
        # a stray fragment after a full stop glues nothing
        ("Ledamöterna har rätt till arvode. ns Enligt denna ordning betalas arvodet ut.",
         ["Ledamöterna har rätt till arvode. ns", "Enligt denna ordning betalas arvodet ut."]),
    ],
)
def test_heading_cuts(text: str, expected: list[str]) -> None:
    assert pieces(text, [cut for cut, _ in heading_cuts(text)]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # names after a preposition or conjunction, a title in running text
        "Beslut anmäls till Miljö- och byggnämnden vid nästa sammanträde.",
        "Arvoden betalas enligt Kommunallagen och enligt Arvodesreglementet.",
        "Direktören leder arbetet i Region Västra Dalarna och rapporterar.",
        # a name in apposition to an actor noun
        "Styrelsen i bolaget Norrvik Vatten AB ska lämna en rapport.",
        # a run with a finite verb, a long run, an acronym
        "Nämnden ansvarar för skolan Ekbacka som ligger i Ekby.",
        "Ordförande och vice ordförande i den nya nämnden för teknik Anna Ek ska leda.",
        "Ansvar för kommunens IT-system ska samordnas.",
        # inside a parenthetical, a roman numeral after a lower-case word
        "Styrelsen (se avsnittet Om ansvar) ska besluta. Enligt bilaga I Styrelsen ska.",
    ],
)
def test_no_heading_cut(text: str) -> None:
    assert heading_cuts(text) == []


def test_kinds_of_boundary() -> None:
    text = "Anmälan av ärenden Ärenden ska anmälas. Samverkan med andra Inom ramen för det."
    kinds = [kind for _, kind in heading_cuts(text)]
    assert kinds == [CONTENT, CLOSED, CLOSED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("§ 1 Namn mom. 1 Klubbens namn är [Klubbens namn]. mom. 2 [Klubbens namn] har sitt säte "
         "i [Ort].",
         ["§ 1 Namn", "mom. 1 Klubbens namn är [Klubbens namn].",
          "mom. 2 [Klubbens namn] har sitt säte i [Ort]."]),
        ("§ 3 Möten st. 1 Styrelsen sammanträder. st. 2 kallelse skickas ut i tid.",
         ["§ 3 Möten", "st. 1 Styrelsen sammanträder.", "st. 2 kallelse skickas ut i tid."]),
        # references: after `§` or a number; a number that does not continue the labels
        ("Styrelsen beslutar enligt 6 kap. 38 § p. 3 kommunallagen och 1 st. 2 lagen.",
         ["Styrelsen beslutar enligt 6 kap. 38 § p. 3 kommunallagen och 1 st. 2 lagen."]),
        ("Nämnden beslutar. mom. 4 ersätts av ett nytt moment.",
         ["Nämnden beslutar. mom. 4 ersätts av ett nytt moment."]),
    ],
)
def test_subparagraph_cuts(text: str, expected: list[str]) -> None:
    assert pieces(text, subparagraph_cuts(text)) == expected


def test_a_name_with_a_closed_class_word_in_capitals_is_no_heading() -> None:
    assert heading_cuts("Bidraget går till. Stiftelsen För Framtiden ska redovisa.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in capitals before a Title-case sentence start (round 17, A3)
        ("ARBETSORDNING FÖR SOCIALNÄMNDEN Utöver kommunallagen gäller denna ordning.",
         ["ARBETSORDNING FÖR SOCIALNÄMNDEN", "Utöver kommunallagen gäller denna ordning."]),
        # after a date, the run starts a clause too
        ("Antagen 2021-03-04 BOLAGETS ÄNDAMÅL Bolaget ska bedriva fjärrvärme.",
         ["Antagen 2021-03-04", "BOLAGETS ÄNDAMÅL", "Bolaget ska bedriva fjärrvärme."]),
        # a run of bare commas (empty cover-table fields) ends what comes before it
        ("Dnr SN 2020/7, , , Riktlinjer för hemtjänsten gäller från maj.",
         ["Dnr SN 2020/7, , ,", "Riktlinjer för hemtjänsten gäller från maj."]),
    ],
)
def test_title_run_cuts(text: str, expected: list[str]) -> None:
    assert pieces(text, title_run_cuts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short acronyms are no title
        ("Ansökan lämnas till SKR och KS Nämnden beslutar.",
         ["Ansökan lämnas till SKR och KS Nämnden beslutar."]),
        # a run governed by a preposition is a name: cut only after it
        ("Avgiften regleras i LAG OM AVGIFTER Nämnden beslutar.",
         ["Avgiften regleras i LAG OM AVGIFTER", "Nämnden beslutar."]),
        # a protocol header: the Title-case word after the run opens no sentence
        ("NORRÅ KOMMUN SAMMANTRÄDESPROTOKOLL Socialnämnden Sammanträdesdatum 2021-05-02 Blad 3",
         ["NORRÅ KOMMUN SAMMANTRÄDESPROTOKOLL Socialnämnden Sammanträdesdatum 2021-05-02 Blad 3"]),
        # single commas are punctuation
        ("Nämnden, som möts, beslutar.", ["Nämnden, som möts, beslutar."]),
    ],
)
def test_no_title_run_cut(text: str, expected: list[str]) -> None:
    assert pieces(text, title_run_cuts(text)) == expected


# Round 19, cause A1: a preposition, its noun phrase and a finite verb in the second place.
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("I planen fastställer direktören", True),
        ("Vid det konstituerande sammanträdet godkänner styrelsen", True),
        ("Genom delegation överlåter regionstyrelsen", True),
        ("Mellan årsmötena förvaltar styrelsen", True),
        ("På årsmötet godkände medlemmarna", True),  # a weak past
        ("Inom styrelsen ska", True),  # a listed verb
        ("Om styrelsens arbete", False),  # a heading: no verb
        ("Ansvar för ekonomin", False),  # no preposition first
        ("Vid Bolagsstämman ska", False),  # a name after the preposition: not this rule's
        ("I de beslutade ärendena", False),  # a participle after a determiner, no V2
    ],
)
def test_fronted_adverbial(words: str, expected: bool) -> None:
    assert fronted_adverbial(words.split()) is expected
