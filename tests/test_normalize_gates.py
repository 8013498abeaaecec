"""perf55c: normalize's heading cuts skip a line that holds none of the words they cut at,
with the answers of the full scans.

`reflow.adoption_spans` reads a line only where an adoption phrase's first word or an
adoption finite verb stands in it (`_may_open_adoption`), `glued_title.title_repeat_cuts`
only where a colon and every title word stand in it (`_may_repeat_title`), and
`inline_headings.title_run_cuts` only where two words in capitals or two bare commas stand
in it (`_may_run_title`), and `section_headings.section_heading_spans` only where a case
heading's first word stands after the first word (`_may_hold_heading`). Each test compares the gated function with its scan of every word
(the gate patched open) on invented lines, those the gate passes and those it skips."""

from __future__ import annotations

import pytest

from pipeline.normalize import glued_title, inline_headings, reflow, section_headings

_ADOPTION_TEXTS = [
    "Antagen av kommunfullmäktige den 4 maj 2015, § 41, reviderad den 9 oktober 2019, § 88.",
    "Reglemente för tekniska nämnden antaget av kommunfullmäktige den 4 maj 2015 Nämnden ska",
    "Nämnden ansvarar för sin verksamhet. Avtalet antogs av styrelsen den 3 mars 2020.",
    "1 Stadgar Stadgar för Ekby Fiber ekonomisk förening Stadgar antagna av stämman 2020-05-01",
    "Kommunstyrelsen leder och samordnar förvaltningen av kommunens angelägenheter.",
    "Nämnden Fullmäktige Styrelsen Ordföranden Direktören Kassören Revisorn Ledamoten",
    # a capitalised word whose 200 characters end inside a later word (``Fastställd…``)
    "Nämnden " + "a " * 95 + "Fastställdes",
    'Ladda ner "STADGAR FÖR X Antagna vid stämma 2020-01-01" här.',
]


@pytest.mark.parametrize("text", _ADOPTION_TEXTS)
def test_adoption_spans_gate_keeps_the_full_scan(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = reflow.adoption_spans(text)
    monkeypatch.setattr(reflow, "_may_open_adoption", lambda text: True)
    assert gated == reflow.adoption_spans(text)


def test_adoption_gate_reads_the_adoption_words() -> None:
    assert reflow._may_open_adoption("Reviderad 2019-10-09, § 88.")
    assert reflow._may_open_adoption("Policyn FASTSTÄLLDES 2020")
    assert not reflow._may_open_adoption("Nämnden ansvarar för sin verksamhet.")
    assert reflow.adoption_spans(_ADOPTION_TEXTS[0])  # a history the gate lets through


_TITLE = ("remiss", "om", "ny", "taxa")
_REPEAT_TEXTS = [
    "3 Handläggare: Eva Lund Datum: 2020 Byggnadsnämnden Remiss om ny taxa Förslag till beslut",
    "Handläggare Eva Lund Remiss om ny taxa Förslag till beslut",  # no colon
    "Datum: 2020 Remiss om en taxa Förslag",  # a title word missing
    "Datum: 2020 REMISS OM NY TAXA Förslag",
    "Remiss om ny taxa: Datum: 2020",
]


@pytest.mark.parametrize("text", _REPEAT_TEXTS)
def test_title_repeat_gate_keeps_the_full_scan(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = glued_title.title_repeat_cuts(text, _TITLE)
    monkeypatch.setattr(glued_title, "_may_repeat_title", lambda text, title: True)
    assert gated == glued_title.title_repeat_cuts(text, _TITLE)


def test_title_repeat_gate_passes_a_repeat() -> None:
    assert glued_title.title_repeat_cuts(_REPEAT_TEXTS[0], _TITLE)
    assert not glued_title._may_repeat_title(_REPEAT_TEXTS[1], _TITLE)
    assert not glued_title._may_repeat_title(_REPEAT_TEXTS[2], _TITLE)


_RUN_TEXTS = [
    "ARBETSORDNING FÖR NÄMNDEN Styrelsen har sitt säte i Ekby.",
    "Nämnden ansvarar för VD och sin verksamhet. Styrelsen beslutar.",  # one word in capitals
    "STYRELSENS SÄTE M.M. Styrelsen har sitt säte i Ekby.",
    "ARBETSORDNING FÖR NÄMNDEN (AFN) Styrelsen har …",
    "Nämnden ska , , Styrelsen beslutar om sin ordning.",
    "Nämnden ska , Styrelsen beslutar.",
    "AVDELNING II Styrelsen har sitt säte i Ekby.",
]


@pytest.mark.parametrize("text", _RUN_TEXTS)
def test_title_run_gate_keeps_the_full_scan(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = inline_headings.title_run_cuts(text)
    monkeypatch.setattr(inline_headings, "_may_run_title", lambda texts: True)
    assert gated == inline_headings.title_run_cuts(text)


def test_title_run_gate_passes_a_capitals_run_and_a_comma_run() -> None:
    assert inline_headings.title_run_cuts(_RUN_TEXTS[0])
    assert inline_headings.title_run_cuts(_RUN_TEXTS[4])
    assert not inline_headings._may_run_title(_RUN_TEXTS[1].split())


_SECTION_TEXTS = [
    "Nämnden beslutade den 1 mars Bakgrund Miljönämnden antog 2019 en taxa.",
    "… till bolagsstämman. Sammanfattning av ärendet Kontoret har utrett frågan.",
    "Handläggare Anna Ek Förvaltningens förslag till beslut Nämnden föreslås besluta.",
    "Bakgrund Nämnden ansvarar för sin verksamhet.",  # the first word only: never scanned
    "Nämnden ansvarar för sin verksamhet. Styrelsen beslutar om sin ordning.",
]


@pytest.mark.parametrize("text", _SECTION_TEXTS)
def test_section_heading_gate_keeps_the_full_scan(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = section_headings.section_heading_spans(text)
    monkeypatch.setattr(section_headings, "_may_hold_heading", lambda texts: True)
    assert gated == section_headings.section_heading_spans(text)


def test_section_heading_gate_passes_a_heading() -> None:
    assert section_headings.section_heading_spans(_SECTION_TEXTS[0])
    assert section_headings.section_heading_spans(_SECTION_TEXTS[2])


# perf56b: `page_headers.repeated_header_spans` folds a line's words only where the title's
# first word stands in the line's fold (`_may_hold`).
_HEADER_TEXTS = [
    "Reglemente för miljönämnden\nNämnden ansvarar för tillsynen.\n"
    "REGLEMENTE FÖR MILJÖNÄMNDEN Sida 2\nNämnden ska",
    "Instruktion för kommundirektören\nKommundirektören leder förvaltningen.\n"
    "Ekby kommun Instruktion för kommundirektören Direktören ska\nInget här.",
    "Stadgar för Straßburg förening\nSTRASSBURG Stadgar Styrelsen ska\nÖvrigt.",
    "Arbetsordning\nEn rad.\nEn annan rad.",
    "Riktlinjer för attest\nNämnden ska utse attestanter.\n"
    "RIKTLINJER FÖR ATTEST EKBY KOMMUN Inledning Nämnden ska pröva attesten.\n"
    "Region Västby Riktlinjer för attest Ansvar Nämnden ska pröva attesten.\n",
]


@pytest.mark.parametrize("text", _HEADER_TEXTS)
def test_repeated_header_gate_keeps_the_full_scan(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.normalize import page_headers

    gated = page_headers.repeated_header_spans(text)
    if text.startswith("Riktlinjer"):
        assert len(gated) == 2  # both repeats found through the gate
    monkeypatch.setattr(page_headers, "_may_hold", lambda text, word: True)
    assert gated == page_headers.repeated_header_spans(text)


def test_the_header_gate_reads_folded_words() -> None:
    from pipeline.normalize.page_headers import _may_hold

    assert _may_hold("STRASSBURG Stadgar", "straßburg".casefold())
    assert not _may_hold("Nämnden ska", "reglemente")
