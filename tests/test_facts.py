from __future__ import annotations

import pytest

from pipeline.config import PACKAGED_CONFIG_DIR
from pipeline.language.organisations import organisation
from pipeline.segment.facts import title_name, year
from tests.conftest import segment_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VD för Sandviks Energi AB leder bolaget. Sandviks Energi AB ägs av Sandvikens kommun.",
         "Sandviks Energi AB"),
        ("Bolaget Stockholms Stads Parkering AB ska. Stockholms Stads Parkering AB får.",
         "Stockholms Stads Parkering AB"),
        ("Räddningstjänsten Syd kommunalförbund ska leda räddningstjänsten.",
         "Räddningstjänsten Syd kommunalförbund"),
        ("Kommunalförbundet Göteborgsregionen ska verka för samarbete.",
         "Kommunalförbundet Göteborgsregionen"),
        ("Överförmyndarnämnden i Västerås ska utöva tillsyn.", "Överförmyndarnämnden i Västerås"),
        ("Region Norrbottens regiondirektör leder Region Norrbotten.", "Region Norrbotten"),
        ("Kommundirektören leder förvaltningen.", None),
        ("REGLEMENTE FÖR NÄMNDEN I EXEMPELS KOMMUN Nämnden ska leda.", "Exempels kommun"),
        ("Styrelsen för Exempels stads Parkering AB ska. Bolaget ligger i Exempels län.",
         "Exempels stads Parkering AB"),
        ("Åby stad äger Bostads AB Ekan. Bostads AB Ekan bygger åt staden.", "Bostads AB Ekan"),
        ("Nämnder i Åby stad. Åby stad har tolv nämnder och Åby Hamn AB.", "Åby stad"),
        # the seat's place is no organisation the text names (round 41, agt-A1)
        ("Föreningen ska ha sitt säte i Västby kommun.", None),
        ("Klubbens hemort är Norrå stad. Klubben samarbetar med Västby kommun.",
         "Västby kommun"),
        # round 50 (analysis 50-bv, E): a logo's alt text after the name is no name word
        ("Region Ekdal Läns Logotyp", "Region Ekdal Län"),
        ("Region Sjöby Logga", "Region Sjöby"),
    ],
)
def test_organisations_of_every_kind(text: str, expected: str | None) -> None:
    assert organisation(text) == expected


def test_organisation_stays_within_a_block() -> None:
    document = segment_text("Reglemente\n\nRäddningstjänsten Syd kommunalförbund ska leda.\n")
    assert document.organisation == "Räddningstjänsten Syd kommunalförbund"


def test_the_organisation_the_title_names_wins_over_owners_named_more_often() -> None:
    document = segment_text(
        "Ägardirektiv för Ekby Vatten AB\n\nEkby Vatten AB ägs av Ekby kommun och Åby kommun. "
        "Ekby kommun utser styrelsen. Ekby kommun får besluta om ägardirektiv.\n"
    )
    assert document.organisation == "Ekby Vatten AB"
    untitled = segment_text("Ägardirektiv\n\nEkby kommun utser styrelsen. Ekby kommun beslutar.\n")
    assert untitled.organisation == "Ekby kommun"


def test_the_titles_owning_organisation_wins_over_a_municipality_in_the_text() -> None:
    """Round 42 (a new-user trial): `styrelsen i Stiftelsen …` in the title names the
    document's organisation; the municipality that appoints the board does not."""
    document = segment_text(
        "Arbetsordning för styrelsen i Stiftelsen Ekåsens fond\n\nStyrelsen består av fem "
        "ledamöter som utses av Åsby kommun. Åsby kommun får entlediga en ledamot.\n"
    )
    assert document.organisation == "Stiftelsen Ekåsens fond"
    municipal = segment_text(
        "Reglemente för kommunstyrelsen i Åsby kommun\n\nStyrelsen utser ledamöterna i "
        "Stiftelsen Ekåsens fond.\n"
    )
    assert municipal.organisation == "Åsby kommun"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fastställt av fullmäktige 30 november 2021 § 12.", 2021),
        ("Antaget av fullmäktige 2019-03-25, reviderat 2022-01-10.", 2019),
        ("Antagen av styrelsen 2020-05-04.", 2020),
        ("Nämnden har sju ledamöter sedan 2018.", None),
        # nu51 fault 3: a Finland-Swedish date d.m.yyyy
        ("Godkänd av stadsfullmäktige 3.11.2024 § 112", 2024),
        # newuser55 fault 9: a month and year without a day, far from the participle too
        ("Antagen av kommunfullmäktige i Ekby kommun och Västerlunds kommun i maj 2027.", 2027),
        ("Förbundsordningen antogs av kommunfullmäktige i oktober 2026.", 2026),
        # newuser55b fault 9: a fronted date before the active past (V2)
        ("Den 12 maj 2025 antog nämnden, efter samråd med förvaltningen, ett nytt reglemente.",
         2025),
        ("I maj 2025 fastställde styrelsen policyn.", 2025),
        ("Den 12 maj 2025 träffades nämnden.", None),
    ],
)
def test_adoption_year_in_either_gender(text: str, expected: int | None) -> None:
    assert year(None, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dnr KF 2021/73\n\nNämnden ska leda arbetet.\n", 2021),
        ("Diarienummer: 2020/118\n\nNämnden ska leda arbetet.\n", 2020),
        ("Dnr BN-2019-44\n\nNämnden ska leda arbetet.\n", 2019),
        # an adoption line wins wherever it stands: the diary number is the lowest source
        ("Dnr KS 2021/73\n\nAntaget av fullmäktige 2022-02-14.\n", 2022),
        # a case number with no diary label, a year alone: no year
        ("Ärendet KS 2021/73 gäller taxan.\n\nNämnden bildades 2019.\n", None),
    ],
)
def test_a_diary_number_year_is_the_last_fallback(text: str, expected: int | None) -> None:
    """Round 51 (newuser50b fault 12; docs/clauses.md `year`)."""
    assert year(None, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Om nämnden\n\nNämnden möts varje månad.\n\nSenast uppdaterad: 3 maj 2024\n", 2024),
        ("Nyheter\n\nPublicerad 2023-09-12\n\nNämnden har utsett en ny chef.\n", 2023),
        ("Parterna ska samverka.\n\nUndertecknat den 8 april 2027.\n", 2027),
        # an adoption line and a diary number win over it
        ("Antagen av fullmäktige 2021-05-03.\n\nSenast uppdaterad: 3 maj 2024\n", 2021),
        ("Dnr KS 2020/12\n\nPublicerad 2023-09-12\n", 2020),
        # a number that is no date, or a dated word within a sentence: no year
        ("Undertecknat av 2000 medlemmar.\n", None),
        ("Nämnden har publicerad information från 4 maj 2022.\n", None),
        ("Undertecknat avtal ska lämnas senast den 1 mars 2027.\n", None),
        # round 57 (newuser57 fault 6): a validity line's start date, its lead's verb aside
        ("Riktlinje för inköp\n\nGiltig från och med 12 oktober 2028.\n", 2028),
        ("Rutin för arkivering\n\nGäller fr.o.m. 2029-01-15\n\nChefen ska arkivera.\n", 2029),
        ("Avgifter\n\nGäller från den 3 juni 2025.\n\nAntagen av nämnden 2024-11-02.\n", 2024),
        # a validity sentence with its own verb is no dated line
        ("Taxan gäller från den 3 juni 2025 och ska ses över.\n", None),
        ("Gäller från den 3 juni 2025 och ska ses över varje år.\n", None),
    ],
)
def test_an_update_publication_or_signature_date_is_the_lowest_year_source(
    text: str, expected: int | None
) -> None:
    """Round 56 (newuser56 fault 9; layout.yaml `dated_line_words`)."""
    assert year(None, text) == expected


@pytest.mark.parametrize(
    "line",
    ["Undertecknat den 8 april 2027.", "Senast uppdaterad: 3 maj 2024", "Publicerad 2023-09-12"],
)
def test_a_dated_line_is_metadata(line: str) -> None:
    """Round 56 (newuser56 fault 9): a signature, update or publication line with a date is
    a metadata clause, no paragraph; a sentence opening with the word stays one."""
    clauses = segment_text(f"Avtal om snöröjning\n\nParterna ska samverka.\n\n{line}\n").clauses
    assert [c.kind for c in clauses if c.text == line] == ["metadata"]
    other = "Undertecknat avtal ska sändas senast den 8 april 2027."
    clauses = segment_text(f"Avtal om snöröjning\n\nParterna ska samverka.\n\n{other}\n").clauses
    assert [c.kind for c in clauses if c.text == other] == ["paragraph"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a diary number and the reader's adoption date: the adoption date wins
        ("Dnr KS 2022/40\n\nNämnden ska leda arbetet.\n", 2025),
        # an adoption line in the text is read before the reader's date
        ("Antagen av fullmäktige 2024-03-11.\n\nDnr KS 2022/40\n", 2024),
    ],
)
def test_the_readers_adoption_date_beats_a_diary_number(text: str, expected: int) -> None:
    """Review 51b must-fix 3: title, adoption line, the reader's `adopted`, diary number."""
    assert year(None, text, {"adopted": "2025-05-12"}) == expected
    assert year(None, "Dnr KS 2022/40\n", {}) == 2022


def test_heading_words_come_from_the_configuration_given(tmp_path) -> None:
    """A heading word a user adds to their own sentences.yaml is dropped before a company
    name; the shipped configuration does not know it."""
    shipped = (PACKAGED_CONFIG_DIR / "sentences.yaml").read_text(encoding="utf-8")
    (tmp_path / "sentences.yaml").write_text(
        shipped.replace("heading_words: [", "heading_words: [förord, "), encoding="utf-8"
    )
    text = "Förord Ekbo Värme AB ägs av kommunen."
    assert organisation(text) == "Förord Ekbo Värme AB"
    assert organisation(text, tmp_path / "sentences.yaml") == "Ekbo Värme AB"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the whole name after `<kind noun> för`, a list of places included (round 18, A1)
        ("Förbundsordning för Skolförbundet Åby, Norrvik och Sand",
         "Skolförbundet Åby, Norrvik och Sand"),
        ("Reglemente för Ekby viltvårdsråd", "Ekby viltvårdsråd"),
        ("Stadgar för Skytteklubben Ekbys Vänner", "Skytteklubben Ekbys Vänner"),
        # an organ names no organisation, nor a lower-case office, nor a title of no kind
        ("Reglemente för Kommunstyrelsen", None),
        ("Reglemente för Kommunstyrelsen i Ekby", None),
        ("Instruktion för kommundirektören i Ekby", None),
        ("Riktlinjer för Ekby", "Ekby"),
        # an organ owned by a named organisation: the organisation (round 42)
        ("Arbetsordning för styrelsen i Stiftelsen Ekåsens fond", "Stiftelsen Ekåsens fond"),
        ("Arbetsordning för styrelsen för Föreningen Norrgården", "Föreningen Norrgården"),
        ("Arbetsordning för styrelsen i stiftelsen", None),
        ("Information om Ekby viltvårdsråd", None),
    ],
)
def test_title_name(title: str, expected: str | None) -> None:
    from pipeline.segment.facts import title_name

    assert title_name(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Delegationsordning för Högskolan i Sjövik", "Högskolan i Sjövik"),
        ("Arbetsordning för kyrkorådet i Ekeby församling", "Ekeby församling"),
        ("Arbetsordning för styrelsen i Åby stift", "Åby stift"),
        # an organ before a place, or a bare kind, still names none
        ("Reglemente för Kommunstyrelsen i Ekby", None),
        ("Arbetsordning för kyrkorådet i församlingen", None),
    ],
)
def test_a_title_names_an_organisation_the_lexicon_patterns_name(
    title: str, expected: str | None
) -> None:
    """Round 50 (nu50 fault 2): an organisation's name by the actor lexicon's name patterns
    (`Högskolan i <Place>`, `<Place> församling`) is the title's organisation, also as the
    owner of the organ the title names."""
    from pipeline.segment.facts import title_name

    assert title_name(title) == expected


def test_a_paragraph_sign_after_a_date_is_no_statute_reference() -> None:
    """nu51 fault 3: `3.11.2024 § 112` and `2024-05-12 § 54` cite minutes, no statute; a
    range's last number (`28-29 §§`) is still a section."""
    document = segment_text(
        "Stadga för Ekby stad\n\nGodkänd av stadsfullmäktige 3.11.2024 § 112\n\nÄndrad "
        "2025-02-10 § 7. Nämnden följer 6 kap. 28-29 §§ kommunallagen och 3 § FL.\n"
    )
    assert [(r.text, r.section) for r in document.references] == [
        ("29 §", "29"), ("kommunallagen", None), ("3 § FL", "3"),
    ]
    assert document.year == 2024


@pytest.mark.parametrize(
    ("line", "adopted"),
    [
        ("Antagen av kommunfullmäktige i Ekby kommun och Västerlunds kommun i maj 2027.",
         "maj 2027"),
        ("Antagen av kommunfullmäktige den 12 maj 2027.", "12 maj 2027"),
        ("Antagen av kommunfullmäktige 2027-05-12.", "2027-05-12"),
    ],
)
def test_the_adoption_date_may_be_a_month_and_year(line: str, adopted: str) -> None:
    """Newuser55 fault 9: the readers' `adopted` metadata holds the date as written, a
    month and year without a day too; a full date keeps its day."""
    from pipeline.ingest.layout import band_metadata

    assert band_metadata([], [], f"Förbundsordning för Ekby vatten\n\n{line}\n")["adopted"] == (
        adopted)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Arbetsordning för Myndigheten för havsfiske", "Myndigheten för havsfiske"),
        ("Instruktion för Inspektionen för vattenvård och tillsyn",
         "Inspektionen för vattenvård och tillsyn"),
        ("Delegationsordning för Fyrverket", "Fyrverket"),
        ("Arbetsordning för Pensionsmyndigheten", "Pensionsmyndigheten"),
        # a bare kind, or an organ, names no agency
        ("Arbetsordning för Myndigheten", None),
        ("Reglemente för Kommunstyrelsen", None),
    ],
)
def test_a_state_agency_in_the_title_is_the_organisation(title: str, expected: str | None) -> None:
    """Round 56 (newuser56 fault 11; actors.yaml `authority_name_kinds`, `authority_name_ends`)."""
    assert title_name(title) == expected


def test_the_documents_own_agency_is_no_external_actor() -> None:
    """Round 56 (newuser56 fault 11): the agency the title names is the organisation, and its
    mentions take the category `organisation`; another agency stays `extern`."""
    import styrdok

    tables = styrdok.analyze(
        "Arbetsordning för Myndigheten för havsfiske\n\n1 Uppgifter\n\n"
        "Myndigheten för havsfiske ska samverka med Skatteverket.\n"
    )
    assert tables.documents["organisation"].tolist() == ["Myndigheten för havsfiske"]
    categories = dict(tables.actors[["canonical", "category"]].values.tolist())
    assert categories == {"myndigheten för havsfiske": "organisation", "skatteverket": "extern"}
