"""Section headings run into a flattened line (round 22, cause A1), on invented sentences."""

from __future__ import annotations

import pytest

from pipeline.normalize.section_headings import section_heading_spans, unstopped_ends
from tests.conftest import segment_text


def headings(text: str) -> list[str]:
    return [text[start:end] for start, end in section_heading_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a date that lost its stop, before a subject and its (strong past) verb
        ("Ansökan ska lämnas senast den 15 april Bakgrund Kulturnämnden beslöt 2020 om stöd.",
         ["Bakgrund"]),
        # a longer heading after a full stop; the verb three words after the subject
        ("Beslutet gäller från årsskiftet. Sammanfattning av ärendet Bolagets styrelse har "
         "utrett frågan.", ["Sammanfattning av ärendet"]),
        # a body's genitive before the heading phrase; a year before the heading word
        ("Samrådet avslutades i maj 2023 Yttrande Socialnämnden tillstyrker förslaget. "
         "Stadsledningskontorets förslag till beslut Kommunstyrelsen godkänner avtalet.",
         ["Yttrande", "Stadsledningskontorets förslag till beslut"]),
        ("Frågan väcktes av en medlem. Styrelsens bedömning Föreningen saknar medel.",
         ["Styrelsens bedömning"]),
        # round 41, ah-S2: two coordinated names as the subject, the verb beyond four words
        ("Avtalet gäller från hösten. Bakgrund Västra Ekby kommun och Norrvik kommun har "
         "begärt ett samråd.", ["Bakgrund"]),
    ],
)
def test_section_headings_inside_a_line(text: str, expected: list[str]) -> None:
    assert headings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nämnden har yttrat sig. Bakgrunden till beslutet är en ny lag.",  # no heading word
        "Nämnden har yttrat sig. Ärendet bereds av kansliet.",  # no capitalised subject
        # a name list after the coordinator that reaches no verb within four words
        "Nämnden har yttrat sig. Bakgrund Ekby och Norrvik och Åby och Lunda kommuner samt "
        "Västby i samråd.",
        "Nämnden antar planen. Beslut Om nämnden avstår gäller planen.",  # a subjunction
        "Enligt § 12 Beslut Nämnden antar planen.",  # a label's number, not a lost stop
        "Se punkt 2024 Bakgrund Nämnden antar planen.",  # the same after a numbered word
        "Bakgrund Nämnden antog planen 2019.",  # the line's first word (annotated whole)
        # a steering document's own section stays glued to a flattened body (§1.2)
        "Bolaget rapporterar avvikelser. Uppföljning Kommunstyrelsen följer upp bolaget.",
    ],
)
def test_no_section_heading(text: str) -> None:
    assert headings(text) == []


def test_a_case_heading_after_a_two_word_field_label_and_a_name() -> None:
    # round 41, ah-S3: ``Föredragande <role>: <Name>`` before the case heading
    text = "Ny förskola i Lunda Föredragande kommunalråd: Per Lind Ärendet Barnnämnden vill bygga."
    assert headings(text) == ["Ärendet"]
    assert headings(text.replace("kommunalråd:", "kommunalråd")) == []  # no colon: no field
    # a short line: the title before the field is a heading of its own (assemble `_pieces`)
    sentences = ("Barnnämnden föreslår att en ny förskola byggs vid skolan. Nämnden ska besluta "
                 "i frågan under hösten.")  # (a line long beside the two above: not wrapped)
    line = "Ny förskola i Lunda Föredragande kommunalråd: Per Lind Ärendet " + sentences
    shown = [(clause.kind, clause.text) for clause in segment_text(
        "REGION LUNDA\nRegionstyrelsens förslag 2031:4\n" + line + "\n").clauses][2:]
    assert shown == [("heading", "Ny förskola i Lunda"),
                     ("paragraph", "Föredragande kommunalråd: Per Lind"),
                     ("heading", "Ärendet"), ("paragraph", sentences)]


def test_a_sentence_that_lost_its_stop_ends_before_the_heading() -> None:
    text = "Avgiften betalas senast den 1 juni Bakgrund Nämnden antog taxan."
    assert [text[:end] for end in unstopped_ends(text)] == [
        "Avgiften betalas senast den 1 juni"]
    assert unstopped_ends("Taxan gäller. Bakgrund Nämnden antog taxan.") == set()


def test_the_heading_is_a_clause_between_two_paragraphs() -> None:
    line = ("Avgiften för bygglov ska betalas inom trettio dagar från den 1 juni Bakgrund "
            "Byggnadsnämnden antog taxan år 2020 och har sedan dess räknat upp den varje år. "
            "Sammanfattning av ärendet Förvaltningen har sett över taxan under hösten.")
    document = segment_text("Tjänsteskrivelse om taxa för bygglov\n\n" + line + "\n")
    shown = [(clause.kind, clause.text) for clause in document.clauses][1:]
    assert shown == [
        ("paragraph", "Avgiften för bygglov ska betalas inom trettio dagar från den 1 juni"),
        ("heading", "Bakgrund"),
        ("paragraph", "Byggnadsnämnden antog taxan år 2020 och har sedan dess räknat upp den "
                      "varje år."),
        ("heading", "Sammanfattning av ärendet"),
        ("paragraph", "Förvaltningen har sett över taxan under hösten."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 25, cause S1-2: after a person's name in a memo's field
        ("Datum 2024-03-01 Handläggare Per Lund Ärendet Miljönämnden föreslår att taxan höjs.",
         ["Ärendet"]),
        ("Föredragande: Eva Holm Sammanfattning Kommunstyrelsen har utrett frågan.",
         ["Sammanfattning"]),
        # after a lower-case word ending a sentence (a verb in it) that lost its stop
        ("Vägarna plogas av förbundets entreprenör Sammanfattning Vinterväghållningen sköts "
         "enligt avtalet.", ["Sammanfattning"]),
    ],
)
def test_section_headings_without_a_stop(text: str, expected: list[str]) -> None:
    assert headings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Frågan om förslag till beslut Nämnden godkänner bereds.",  # no verb before it
        "Nämnden lämnar sitt yttrande om Bakgrund Nämnden antog planen.",  # a preposition
        "Kontakt Per Lund Bakgrund Nämnden antog planen.",  # no field label before the name
    ],
)
def test_no_section_heading_without_a_stop(text: str) -> None:
    assert headings(text) == []


def test_a_section_heading_after_an_existing_cut() -> None:
    # round 25, cause S1-2: where a clause already starts, no stop is needed before the heading
    text = "Taxa för sotning Ärendet Miljönämnden föreslår en ny taxa."
    start = text.index("Ärendet")
    assert headings(text) == []
    assert [text[a:b] for a, b in section_heading_spans(text, after=frozenset({start}))] == [
        "Ärendet"]


def test_a_field_value_before_a_memo_heading_ends_no_sentence() -> None:
    # round 30, cause S1: ``Styrelsen Budgetregler`` after ``Diarienummer`` is a field value
    # and a title's repeat, not a sentence that lost its stop
    text = ("Handläggare Eva Ek Diarienummer Styrelsen Budgetregler Förslag till beslut "
            "Styrelsen föreslår att fullmäktige antar reglerna.")
    assert unstopped_ends(text) == set()


def test_a_memo_heading_after_a_cut_at_the_word_before() -> None:
    # round 30, cause S1: the cut after a title's repeat stands at that word's end
    text = "Regler för budget Förslag till beslut Styrelsen föreslår fullmäktige att anta dem."
    spans = section_heading_spans(text, after=frozenset({len("Regler för budget")}))
    assert [text[a:b] for a, b in spans] == ["Förslag till beslut"]


def test_a_memo_title_after_its_field_run_ends_before_the_memo_heading() -> None:
    """Round 36, S4: the verbless title after a memo's field run ends where a memo heading
    that a clause follows begins; a finite verb before it, or no heading, gives no cut."""
    from pipeline.normalize.section_headings import title_before_heading

    text = "Dnr 4 Ny ordning för bidrag Förslag till beslut Nämnden föreslår att bidragen höjs."
    assert title_before_heading(text, len("Dnr 4")) == text.index("Förslag")
    verb = "Dnr 4 Nämnden höjer bidragen Förslag till beslut Nämnden föreslår en höjning."
    assert title_before_heading(verb, len("Dnr 4")) is None
    assert title_before_heading("Dnr 4 Ny ordning för bidrag i kommunen.", len("Dnr 4")) is None


def test_a_case_heading_before_a_year_fronted_sentence() -> None:
    """Round 44, bg-S2: ``Ärendet`` opens before a sentence whose year stands first and the
    finite verb second (V2); not before ``bereds`` (the sentence opens with the word)."""
    text = (
        "Gatukontoret föreslår att nämnden antar taxan. Ärendet 2017 antog nämnden en taxa. "
        "Ärendet bereds av gatukontoret."
    )
    assert headings(text) == ["Ärendet"]
    assert headings("Kontoret föreslår en taxa. Ärendet 2017 och 2018 i korthet.") == []
