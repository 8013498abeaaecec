"""Round 44 (analysis 44-layouts cause 3): a run of `Label: value` fields flattened into a
line is one clause, cut from the title or sentence before it and from what follows its last
value (pipeline/normalize/field_runs.py). Invented texts."""

from __future__ import annotations

import pytest

from pipeline.normalize.field_runs import field_run_cuts
from tests.conftest import segment_text


def pieces(text: str, cuts: list[int] | None = None, title: tuple[str, ...] = ()) -> list[str]:
    found = field_run_cuts(text, cuts or [], title)
    bounds = [0, *found, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a title, the run with a four-word validity label, a sentence
            "Policy för representation Dokumenttyp: Policy Beslutad av: Servicenämnden "
            "Gäller fr o m: 1 april 2031 Chefen ska godkänna varje utgift i förväg.",
            [
                "Policy för representation",
                "Dokumenttyp: Policy Beslutad av: Servicenämnden Gäller fr o m: 1 april 2031",
                "Chefen ska godkänna varje utgift i förväg.",
            ],
        ),
        (  # after a sentence's stop: a one-word heading, then a `Roll: Namn` run
            "Klubben har sitt säte i Åsvik. Styrelse Ordförande: Maja Berg Kassör: Olof Strand "
            "Styrelsen utser firmatecknare.",
            [
                "Klubben har sitt säte i Åsvik.",
                "Styrelse",
                "Ordförande: Maja Berg Kassör: Olof Strand",
                "Styrelsen utser firmatecknare.",
            ],
        ),
        (  # a cover word in capitals opens the run; the title's repeat ends it
            "Plan för snöröjning PROTOKOLLSUTDRAG Sammanträdesdatum: 2031-01-20 Paragraf: § 4 "
            "Diarienummer: GN 2031/9 Gatunämnden Plan för snöröjning Beslut Gatunämnden "
            "antar planen.",
            [
                "Plan för snöröjning",
                "PROTOKOLLSUTDRAG Sammanträdesdatum: 2031-01-20 Paragraf: § 4 Diarienummer: "
                "GN 2031/9 Gatunämnden",
                "Plan för snöröjning",
                "Beslut Gatunämnden antar planen.",
            ],
        ),
    ],
)
def test_a_field_run_is_cut_out_of_its_line(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


def test_a_page_number_before_the_first_label_opens_the_run() -> None:
    text = (
        "Svar på remiss om badplatser 3 Handläggare: Ida Berg Datum: 2031-06-01 Fritidsnämnden "
        "Svar på remiss om badplatser Ärendet Fritidsnämnden har fått remissen."
    )
    assert pieces(text) == [
        "Svar på remiss om badplatser",
        "3 Handläggare: Ida Berg Datum: 2031-06-01 Fritidsnämnden",
        "Svar på remiss om badplatser",
        "Ärendet Fritidsnämnden har fått remissen.",
    ]


def test_another_rules_cut_between_the_labels_is_dropped() -> None:
    text = "Datum: 2031-02-02 Handläggare: Ida Ek Dnr: KS 2031/4 Kommunen ska svara snart."
    inner = text.index("Dnr:")
    assert pieces(text, [inner]) == [
        "Datum: 2031-02-02 Handläggare: Ida Ek Dnr: KS 2031/4",
        "Kommunen ska svara snart.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a lead-in colon: a finite verb in the label
        "Styrelsen ska: Datum: fastställa budgeten och utse revisorer.",
        # one label only (docs/annotation.md §2.1, round 7: the paragraph stays whole)
        "Datum: 2031-03-01 Nämnden beslutar om avgifterna.",
        # times, ratios, statute numbers and URLs have no space after the colon
        "Mötet börjar kl. 10:00 och röster räknas 1:2 enligt lagen (2017:725) på https://x.se.",
        # an unlisted label in a table row
        "4 Beslut om bidrag Förvaltningschef Anm: Anmäls till nämnden",
        # a role label whose value is no name
        "Ordförande: leder mötet. Sekreterare: för protokoll vid mötet.",
        # after a finite verb without a stop: the fields are the sentence's object
        "Kallelsen anger Datum: 2031-04-01 Tid: 13.00 för mötet",
    ],
)
def test_no_field_run(text: str) -> None:
    assert field_run_cuts(text, []) == []


def test_a_memo_run_printed_without_colons_is_no_title_before_contact_fields() -> None:
    # round 41, agt-S2c: the memo run goes on over its contact labels
    text = (
        "Miljökontoret Tjänsteskrivelse Datum 2031-05-05 Dnr 12/31 Handläggare Ola Ek "
        "Telefon: 0123-456 78 E-post: ola.ek@ekvik.se Ny taxa Förslag till beslut"
    )
    assert text.index("Telefon:") not in field_run_cuts(text, [])


def test_a_field_run_in_a_later_block_is_one_metadata_clause() -> None:
    text = (
        "Reglementen för Åsviks kommun\n\nReglemente för valnämnden Antagen av: "
        "Kommunfullmäktige Antagen: 2031-02-10 § 9 Gäller från och med: 2031-03-01 "
        "Valnämnden ansvarar för valen.\n"
    )
    texts = [clause.text for clause in segment_text(text).clauses]
    assert texts[1:] == [
        "Reglemente för valnämnden",
        "Antagen av: Kommunfullmäktige Antagen: 2031-02-10 § 9 Gäller från och med: 2031-03-01",
        "Valnämnden ansvarar för valen.",
    ]


def test_an_update_line_is_no_field_of_the_run_above_it() -> None:
    """Round 56 (analysis 56-cl C6): a field line without a stop joined to the page's update
    line under it (``Sidan granskades: <date>``: a web page noun and an adoption finite
    verb, layout.yaml `adoption_finite_verbs`) keeps the update line out of the run: the
    history's own cut stays."""
    text = "Ansvarig nämnd: Tekniska nämnden Sidan granskades: 2031-05-02"
    assert field_run_cuts(text, [33]) == [33]
    assert pieces(text, [33]) == [
        "Ansvarig nämnd: Tekniska nämnden", "Sidan granskades: 2031-05-02"]
    segmented = segment_text("Parkering\n\nAnsvarig nämnd: Tekniska nämnden\n"
                             "Innehållet kontrollerades: 2031-05-02\n")
    assert [c.text for c in segmented.clauses][-2:] == [
        "Ansvarig nämnd: Tekniska nämnden", "Innehållet kontrollerades: 2031-05-02"]
