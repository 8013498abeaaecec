"""Delegation lists (`pipeline/delegations.py`): header columns, delegates, offsets, config,
and the `delegations` table out of `styrdok run`. Every document here is invented."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.config import ConfigError, load_delegations
from pipeline.delegations import (
    ActorRow,
    DelegationRules,
    column_of,
    delegation_rows,
    header_columns,
    load_rules,
)
from pipeline.ingest import read_document
from pipeline.normalize import normalize
from pipeline.segment import SegmentedDocument, segment
from tests.conftest import ROOT

RULES = load_rules(ROOT / "configs" / "delegations.yaml")

DELEGATIONS = """Delegationsordning för fritidsnämnden i Ekvik kommun

1 Delegeringsförteckning

| Nr | Ärende | Delegat | Ersättare | Lagrum | Anmärkning |
| 1.1 | Beslut om bidrag till föreningar | Fritidschef | Enhetschef | 6 kap. 37 § KL | Inom budget |
| 1.2 | Beslut om lokalupplåtelse | Förvaltningschef / enhetschef | | | |
| 1.3 | Brådskande yttranden | Ordförande, vice ordförande | | 6 kap. 39 § KL | Anmäls |

2 Uppföljning

| Kvartal | Rapport | Mottagare |
| 1 | Delårsrapport | Nämnden |
"""


def segment_text(text: str, folder: Path) -> SegmentedDocument:
    """A text file's clauses, read as `styrdok run` reads it (tables are found on reading)."""
    path = folder / "delegationsordning.txt"
    path.write_text(text, encoding="utf-8")
    return segment(normalize(read_document(path, "delegationsordning")))


def actors_in(document: SegmentedDocument, *words: str) -> list[ActorRow]:
    """Hand-made actor rows (as the NLP stage gives them) for each word in a table row."""
    rows = []
    for clause in document.clauses:
        if clause.kind != "table_row":
            continue
        for word in words:
            at = clause.text.find(word)
            if at >= 0:
                start = clause.start + at
                rows.append(
                    ActorRow(
                        clause.clause_id,
                        word,
                        word.lower(),
                        "tjänsteperson",
                        "manager",
                        start,
                        start + len(word),
                    )
                )
    return rows


@pytest.mark.parametrize(
    ("cell", "column"),
    [
        ("Ärende", "matter"),
        ("Ärendegrupp", "matter"),
        ("Beslut", "matter"),
        ("Delegat", "delegate"),
        ("Delegation till", "delegate"),
        ("Beslutande", "delegate"),
        ("Ersättare", "substitute"),
        ("Lagrum/hänvisning", "law"),
        ("Anmärkning:", "note"),
        ("Vidaredelegation", "redelegation"),
        ("Rätt att vidaredelegera", "redelegation"),
        ("Nr", "number"),
        ("Punkt", "number"),
        ("Ärendenummer", None),
        ("Beslut om bidrag till föreningar i kommunen", None),
        ("Mottagare", None),
    ],
)
def test_header_cells_name_columns_by_the_word_list(cell: str, column: str | None) -> None:
    assert column_of(cell, RULES) == column


def test_a_header_needs_a_matter_and_a_delegate_column() -> None:
    assert header_columns(["Nr", "Ärende", "Delegat", "Lagrum"], RULES) == {
        "number": 0,
        "matter": 1,
        "delegate": 2,
        "law": 3,
    }
    assert header_columns(["Ärende", "Lagrum"], RULES) is None
    assert header_columns(["Kvartal", "Rapport", "Mottagare"], RULES) is None


def test_rows_of_a_delegation_list_and_not_of_an_ordinary_table(tmp_path: Path) -> None:
    document = segment_text(DELEGATIONS, tmp_path)
    actors = actors_in(document, "Fritidschef", "Förvaltningschef", "enhetschef", "Nämnden")
    rows = delegation_rows(document.doc_id, document.clauses, actors, RULES)
    assert [(r.number, r.delegate_text) for r in rows] == [
        ("1.1", "Fritidschef"),
        ("1.2", "Förvaltningschef"),
        ("1.2", "enhetschef"),
        ("1.3", "Ordförande"),
        ("1.3", "vice ordförande"),
    ]
    first = rows[0]
    assert (first.matter, first.substitute, first.law, first.note) == (
        "Beslut om bidrag till föreningar",
        "Enhetschef",
        "6 kap. 37 § KL",
        "Inom budget",
    )
    assert (first.delegate, first.delegate_category) == ("fritidschef", "tjänsteperson")
    assert rows[1].substitute is None and rows[1].law is None
    assert all(r.group is None for r in rows)
    assert [r.delegation_index for r in rows] == list(range(5))
    # no actor rows in 1.3: each part of the cell is a delegate without a canonical form
    assert rows[3].delegate is None and rows[4].delegate is None


def test_every_text_column_slices_the_document_text(tmp_path: Path) -> None:
    document = segment_text(DELEGATIONS, tmp_path)
    text = document.doc.text
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    checked = 0
    for row in rows:
        for column in ("group", "number", "matter", "delegate_text", "substitute", "law", "note"):
            value = getattr(row, column)
            prefix = column.removesuffix("_text")
            start, end = getattr(row, f"{prefix}_start"), getattr(row, f"{prefix}_end")
            if value is None:
                assert start is None and end is None
                continue
            assert text[start:end] == value
            checked += 1
    assert checked >= 15


def test_a_repeated_header_is_skipped_and_a_continued_table_kept(tmp_path: Path) -> None:
    text = (
        "Delegationsordning\n\n1 Delegeringslista\n\n"
        "| Ärende | Delegat |\n| Beslut om upphandling | Inköpschef |\n"
        "| Ärende | Delegat |\n| Beslut om avtal | Ekonomichef |\n\n"
        "Listan fortsätter på nästa sida.\n\n"
        "| Beslut om attest | Controller |\n| Beslut om leasing | Ekonomichef |\n"
    )
    document = segment_text(text, tmp_path)
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [r.matter for r in rows] == [
        "Beslut om upphandling",
        "Beslut om avtal",
        "Beslut om attest",
        "Beslut om leasing",
    ]


def test_a_row_of_one_cell_heads_the_rows_below_it(tmp_path: Path) -> None:
    text = (
        "Delegation\n\n| Ärende | Delegat |\n| Personalärenden | |\n"
        "| Beslut om ledighet | Enhetschef |\n| Ekonomiärenden | |\n"
        "| Beslut om attest | Controller |\n"
    )
    document = segment_text(text, tmp_path)
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [(r.group, r.matter) for r in rows] == [
        ("Personalärenden", "Beslut om ledighet"),
        ("Ekonomiärenden", "Beslut om attest"),
    ]
    start, end = rows[0].group_start, rows[0].group_end
    assert document.doc.text[start:end] == "Personalärenden"


def test_a_genitive_before_another_actor_is_not_the_delegate(tmp_path: Path) -> None:
    text = "Delegation\n\n| Ärende | Delegat |\n| Brådskande beslut | Nämndens ordförande |\n"
    document = segment_text(text, tmp_path)
    actors = actors_in(document, "Nämndens", "ordförande")
    rows = delegation_rows(document.doc_id, document.clauses, actors, RULES)
    assert [(r.delegate, r.delegate_text) for r in rows] == [("ordförande", "Nämndens ordförande")]


def test_a_gapped_compound_read_as_one_actor_is_one_delegate(tmp_path: Path) -> None:
    """Round 52 (nu52 fault 1): `och` inside an actor the NLP stage read as one gapped
    compound (`Idrotts- och fritidschef`) is no delegate separator, as in running text; `och`
    between two actors still gives two delegates."""
    text = (
        "Delegation\n\n| Ärende | Delegat |\n"
        "| Beslut om bidrag | Idrotts- och fritidschef |\n"
        "| Brådskande beslut | Ordförande och vice ordförande |\n"
    )
    document = segment_text(text, tmp_path)
    actors = actors_in(document, "Idrotts- och fritidschef", "Ordförande", "vice ordförande")
    rows = delegation_rows(document.doc_id, document.clauses, actors, RULES)
    assert [(r.delegate, r.delegate_text) for r in rows] == [
        ("idrotts- och fritidschef", "Idrotts- och fritidschef"),
        ("ordförande", "Ordförande"),
        ("vice ordförande", "vice ordförande"),
    ]


def test_a_substitute_label_in_the_note_column_names_the_substitute(tmp_path: Path) -> None:
    """Round 45 (nu45 cause 5): a table without a substitute column whose note cell opens
    with a substitute label and a colon (``Ersättare: controllern``) names the substitute,
    the text after the colon; another note (``Ersättare vid jäv: …``, ``Inom budget``) none."""
    text = (
        "Delegation\n\n| Ärende | Delegat | Anmärkning |\n"
        "| Beslut om attest | Ekonomichef | Ersättare: controllern |\n"
        "| Beslut om leasing | Ekonomichef | Inom budget |\n"
        "| Beslut om avtal | Inköpschef | Ersättare vid jäv: ekonomichef |\n"
    )
    document = segment_text(text, tmp_path)
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [r.substitute for r in rows] == ["controllern", None, None]
    assert rows[0].note == "Ersättare: controllern"
    start, end = rows[0].substitute_start, rows[0].substitute_end
    assert document.doc.text[start:end] == "controllern"


def test_a_substitute_column_alone_names_the_substitute(tmp_path: Path) -> None:
    """Round 45 (review45a, the negative): where the table has a substitute column, an
    empty substitute cell stays empty though the note opens with ``Ersättare:``."""
    text = (
        "Delegation\n\n| Ärende | Delegat | Ersättare | Anmärkning |\n"
        "| Beslut om hyra | Fastighetschef | | Ersättare: driftchefen |\n"
        "| Beslut om städning | Fastighetschef | Driftchef | Inom ram |\n"
    )
    document = segment_text(text, tmp_path)
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [r.substitute for r in rows] == [None, "Driftchef"]
    assert rows[0].note == "Ersättare: driftchefen"


def test_a_redelegation_column_is_kept_with_its_offsets(tmp_path: Path) -> None:
    """Newuser56 fault 6: a state agency's `Vidaredelegation` column (to whom, or `Nej`) is
    the row's `redelegation`, as written; it names no substitute and is no note."""
    text = (
        "Delegation\n\n| Nr | Ärende | Delegat | Vidaredelegation |\n"
        "| 3.1 | Beslut om tjänsteresor | Enhetschef | Gruppchef |\n"
        "| 3.2 | Beslut om avsked | Överdirektör | Nej |\n"
        "| 3.3 | Beslut om semester | Gruppchef | |\n"
    )
    document = segment_text(text, tmp_path)
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [r.redelegation for r in rows] == ["Gruppchef", "Nej", None]
    assert [(r.substitute, r.note) for r in rows] == [(None, None)] * 3
    start, end = rows[0].redelegation_start, rows[0].redelegation_end
    assert document.doc.text[start:end] == "Gruppchef"


def test_a_short_redelegation_note_is_the_rows_redelegation(tmp_path: Path) -> None:
    """Round 57 (newuser57 fault 3): without a re-delegation column, a short note holding a
    re-delegation word (delegations.yaml `redelegation_words`, any form) is the row's
    `redelegation` as written and stays the note; another note, a long sentence that
    mentions it, or a table with its own column gives none."""
    text = (
        "Delegation\n\n| Ärende | Delegat | Anmärkning |\n"
        "| Beslut om friskvårdsbidrag | Personalchef | Vidaredelegering medges |\n"
        "| Beslut om tjänstledighet | Områdeschef | Ingen vidaredelegation |\n"
        "| Beslut om hyresavtal | Lokalstrateg | Anmäls ej |\n"
        "| Beslut om taxa | Nämndsekreterare | Får vidaredelegeras till assistent |\n"
        "| Beslut om arkiv | Arkivarie | Beslutet anmäls till nämnden och får inte "
        "vidaredelegeras utan samråd |\n"
    )
    document = segment_text(text, tmp_path)
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [r.redelegation for r in rows] == [
        "Vidaredelegering medges",
        "Ingen vidaredelegation",
        None,
        "Får vidaredelegeras till assistent",
        None,
    ]
    assert rows[0].note == "Vidaredelegering medges"
    start, end = rows[1].redelegation_start, rows[1].redelegation_end
    assert document.doc.text[start:end] == "Ingen vidaredelegation"
    own = (
        "Delegation\n\n| Ärende | Delegat | Vidaredelegation | Anmärkning |\n"
        "| Beslut om resor | Enhetschef | Nej | Får vidaredelegeras |\n"
    )
    document = segment_text(own, tmp_path)
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [(r.redelegation, r.note) for r in rows] == [("Nej", "Får vidaredelegeras")]


def test_a_config_with_an_unknown_key_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "delegations.yaml"
    path.write_text(
        (ROOT / "configs" / "delegations.yaml").read_text(encoding="utf-8") + "\nbogus: 1\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as error:
        load_delegations(path)
    message = str(error.value)
    assert "\n" not in message and "bogus: unknown key" in message and str(path) in message


def test_the_word_lists_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "delegations.yaml"
    path.write_text("columns:\n  matter: [uppgift]\n  delegate: [ansvarig]\n", encoding="utf-8")
    rules = DelegationRules.from_file(load_delegations(path))
    assert header_columns(["Uppgift", "Ansvarig"], rules) == {"matter": 0, "delegate": 1}
    assert header_columns(["Ärende", "Delegat"], rules) is None


def test_styrdok_run_writes_the_delegations_table(tmp_path: Path, capsys) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "delegationsordning.txt").write_text(DELEGATIONS, encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(raw), "--out", str(out), "-q", "--config", str(ROOT / "configs")]
    assert main(args) == 0
    assert "5 delegations" in capsys.readouterr().out
    frame = pd.read_parquet(out / "delegations")
    assert list(frame["delegate_text"]) == [
        "Fritidschef",
        "Förvaltningschef",
        "enhetschef",
        "Ordförande",
        "vice ordförande",
    ]
    assert list(frame["delegate"][:3]) == ["fritidschef", "förvaltningschef", "enhetschef"]
    text = pd.read_parquet(out / "documents")["normalized_text"][0]
    for row in frame.itertuples():
        assert text[row.matter_start : row.matter_end] == row.matter
        assert text[row.delegate_start : row.delegate_end] == row.delegate_text
    report = tmp_path / "report.html"
    assert main(["report", str(out), "--out", str(report)]) == 0
    assert 'data-delegations="5"' in report.read_text(encoding="utf-8")
    first = (out / "delegations" / "delegationsordning.parquet").read_bytes()
    assert main([*args, "--force"]) == 0  # the same input gives the same bytes
    assert (out / "delegations" / "delegationsordning.parquet").read_bytes() == first
    assert main([*args, "--no-nlp"]) == 0
    frame = pd.read_parquet(out / "delegations")
    assert len(frame) == 5 and frame["delegate"].isna().all()


def _word_delegation_list(path: Path) -> Path:
    """A Word delegation list: a merged group row across the columns and a delegate cell of
    two paragraphs (two roles, one a line)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Delegationsordning för miljönämnden i Norrlida")
    table = document.add_table(rows=4, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Nr", "Ärende", "Delegat"], strict=True):
        cell.text = text
    group = table.rows[1].cells[0].merge(table.rows[1].cells[2])
    group.text = "1. Tillsyn"
    for cell, text in zip(table.rows[2].cells, ["1.1", "Föreläggande", "Miljöchef"], strict=True):
        cell.text = text
    cells = table.rows[3].cells
    cells[0].text, cells[1].text, cells[2].text = "1.2", "Sanktionsavgift", "Inspektör"
    cells[2].add_paragraph("Enhetschef")
    document.save(str(path))
    return path


def test_a_two_line_cell_names_two_delegates_and_a_merged_row_is_a_group(tmp_path: Path) -> None:
    """Round 48 (nu48 faults 3, 4): a Word delegate cell of two paragraphs keeps its line
    break in the row's cells (the row's line joins them with a space) and gives one row per
    role; a row of one merged cell is a heading clause that groups the rows below it."""
    path = _word_delegation_list(tmp_path / "delegation.docx")
    raw = read_document(path, "delegation")
    assert [row.cells for row in raw.table_rows][-1] == (
        "1.2",
        "Sanktionsavgift",
        "Inspektör\nEnhetschef",
    )
    assert "1.2 | Sanktionsavgift | Inspektör Enhetschef\n" in raw.text
    document = segment(normalize(raw))
    kinds = {clause.text: clause.kind for clause in document.clauses}
    assert kinds["1. Tillsyn"] == "heading"
    assert kinds["1.1 | Föreläggande | Miljöchef"] == "table_row"
    actors = actors_in(document, "Miljöchef", "Inspektör", "Enhetschef")
    rows = delegation_rows(document.doc_id, document.clauses, actors, RULES)
    assert [(r.number, r.group, r.delegate) for r in rows] == [
        ("1.1", "1. Tillsyn", "miljöchef"),
        ("1.2", "1. Tillsyn", "inspektör"),
        ("1.2", "1. Tillsyn", "enhetschef"),
    ]


def test_a_one_cell_row_beside_one_cell_rows_and_a_spaced_cell_stay(tmp_path: Path) -> None:
    """The negatives: a cell whose one paragraph holds two words is one delegate, and a table
    of one column has no group rows (no row beside it has two cells)."""
    text = "Delegation\n\n| Ärende | Delegat |\n| Beslut om taxa | Vice ordförande |\n"
    document = segment_text(text, tmp_path)
    actors = actors_in(document, "Vice ordförande")
    rows = delegation_rows(document.doc_id, document.clauses, actors, RULES)
    assert [r.delegate_text for r in rows] == ["Vice ordförande"]


def test_a_chapter_heading_between_two_tables_is_no_group(tmp_path: Path) -> None:
    """Review 48a, 7: only a merged table row (a heading clause with the row's cells) groups
    the rows below it; a numbered chapter heading right after a table row does not."""
    text = (
        "Delegation\n\n1 Personal\n\n| Ärende | Delegat |\n| Beslut om ledighet | Enhetschef |\n\n"
        "2 Ekonomi\n\n| Ärende | Delegat |\n| Beslut om attest | Controller |\n"
    )
    document = segment_text(text, tmp_path)
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [(r.group, r.matter) for r in rows] == [
        (None, "Beslut om ledighet"),
        (None, "Beslut om attest"),
    ]


def _word_cells(path: Path, rows: list[tuple[str, str, list[str]]]) -> Path:
    """A Word delegation list whose delegate cells hold the given paragraphs."""
    import docx

    document = docx.Document()
    document.add_paragraph("Delegationsordning för kulturnämnden i Strandvik")
    table = document.add_table(rows=len(rows) + 1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Nr", "Ärende", "Delegat"], strict=True):
        cell.text = text
    for row, (number, matter, paragraphs) in zip(table.rows[1:], rows, strict=True):
        cells = row.cells
        cells[0].text, cells[1].text, cells[2].text = number, matter, paragraphs[0]
        for paragraph in paragraphs[1:]:
            cells[2].add_paragraph(paragraph)
    document.save(str(path))
    return path


def test_a_cell_line_after_a_preposition_or_in_lower_case_runs_on(tmp_path: Path) -> None:
    """Review 48a, 5 and 10: a Word cell's second paragraph is a delegate of its own only
    where it opens with a capital and the first does not end in a preposition; a cell of
    one paragraph of two words is one delegate."""
    path = _word_cells(
        tmp_path / "delegation.docx",
        [
            ("1.1", "Yttrande över detaljplan", ["Ordförande i", "arbetsutskottet"]),
            ("1.2", "Brådskande beslut", ["Ordförande i", "Kulturutskottet"]),
            ("1.3", "Beslut om stipendium", ["Vice ordförande"]),
            ("1.4", "Beslut om bidrag", ["Kulturchef", "Bibliotekschef"]),
        ],
    )
    document = segment(normalize(read_document(path, "delegation")))
    actors = actors_in(document, "Ordförande", "Vice ordförande", "Kulturchef", "Bibliotekschef")
    rows = delegation_rows(document.doc_id, document.clauses, actors, RULES)
    assert [(r.number, r.delegate_text) for r in rows] == [
        ("1.1", "Ordförande i arbetsutskottet"),
        ("1.2", "Ordförande i Kulturutskottet"),
        ("1.3", "Vice ordförande"),
        ("1.4", "Kulturchef"),
        ("1.4", "Bibliotekschef"),
    ]


def test_a_row_of_dashes_is_no_group_heading(tmp_path: Path) -> None:
    """Review 48a, 15: a row whose cells all hold the same dash (`– | –`: nothing to fill
    in) stays a table row and groups nothing; a merged group row holds a letter."""
    text = (
        "Delegation\n\n| Ärende | Delegat |\n| – | – |\n"
        "| Beslut om attest | Controller |\n| Beslut om inköp | Controller |\n"
    )
    document = segment_text(text, tmp_path)
    kinds = {clause.text: clause.kind for clause in document.clauses}
    assert kinds["| – | – |"] == "table_row"
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [r.group for r in rows if r.matter == "Beslut om attest"] == [None]


FLAT = """Delegationsordning för kulturnämnden i Norrvik kommun
Förkortningar
KN = Kulturnämnden
KC = Kulturchef
Bibl = Bibliotekschef
Nr Ärende Lagrum Delegat Anmärkning
1 Bibliotek
1.1 Beslut om avstängning av låntagare 11 § bibliotekslagen Bibl Vid förhinder kulturchef
1.2 Yttrande över remisser KN
Sida 1 av 2
2 Bidrag
2.1 Beslut om bidrag till studieförbund 6 kap. 37 § KL KC
Bidragen redovisas till nämnden varje halvår.
"""


def test_a_table_pasted_one_row_a_line_gives_its_delegations(tmp_path: Path) -> None:
    """Round 51 (nu51 fault 1): a PDF table pasted as text, a header line of column labels
    then numbered rows, is a delegation list: the lagrum (a section sign and a law's
    abbreviation) ends the matter, the delegate follows it, the note after that; without a
    lagrum a last word in capitals is the delegate; a numbered line without either heads
    the rows below it; a page counter does not end the table, a sentence line does. The
    list of abbreviations above the header is a key table, one row a line."""
    document = segment_text(FLAT, tmp_path)
    kinds = [(c.kind, c.text) for c in document.clauses]
    assert ("table_row", "Bibl = Bibliotekschef") in kinds
    assert ("heading", "Förkortningar") in kinds
    assert ("table_row", "Nr Ärende Lagrum Delegat Anmärkning") in kinds
    assert kinds[-1] == ("paragraph", "Bidragen redovisas till nämnden varje halvår.")
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES)
    assert [(r.group, r.number, r.matter, r.law, r.delegate_text, r.note) for r in rows] == [
        ("1 Bibliotek", "1.1", "Beslut om avstängning av låntagare", "11 § bibliotekslagen", "Bibl",
         "Vid förhinder kulturchef"),
        ("1 Bibliotek", "1.2", "Yttrande över remisser", None, "KN", None),
        ("2 Bidrag", "2.1", "Beslut om bidrag till studieförbund", "6 kap. 37 § KL", "KC", None),
    ]
    text = document.doc.text
    assert all(text[r.matter_start : r.matter_end] == r.matter for r in rows)


FIELDS = """Delegationsordning för byggnämnden i Ekvik kommun

1 Allmänt

Beslut som fattas med stöd av delegering ska anmälas till nämnden.

2 Delegerade ärenden

2.1 Beslut om marklov

Delegat: Bygglovsarkitekt

Lagrum: 9 kap. 35 § PBL

2.2 Beslut om tillsynsavgift

Delegat: Förvaltningschef / enhetschef

Ersättare: Stadsarkitekt
"""

FLATTENED = """Delegationsordning för miljönämnden

Nämnden delegerar sin beslutanderätt enligt nedan.

1 Tillsyn

Ärende: Beslut om föreläggande
Delegat: Miljöinspektör
Lagrum: 26 kap. 9 § MB

Ärende: Beslut om avgift
Delegat: Miljöchef
"""


def field_actors(document: SegmentedDocument, *words: str) -> list[ActorRow]:
    """Hand-made actor rows for each word in a clause of any kind."""
    rows = []
    for clause in document.clauses:
        for word in words:
            at = clause.text.find(word)
            if at >= 0:
                start = clause.start + at
                rows.append(ActorRow(clause.clause_id, word, word.lower(), "tjänsteperson",
                                     "manager", start, start + len(word)))
    return rows


def test_field_lines_under_numbered_matters_are_delegation_rows(tmp_path: Path) -> None:
    """Newuser54b fault 6: `2.1 Beslut om marklov` ⏎ `Delegat: X` ⏎ `Lagrum: Y`, one field
    a line (labels: delegations.yaml columns): each numbered heading is a matter, its label
    the number, and the field lines under it the row's cells, with exact offsets."""
    document = segment_text(FIELDS, tmp_path)
    actors = field_actors(document, "Bygglovsarkitekt", "Förvaltningschef", "enhetschef")
    text = document.doc.text
    rows = delegation_rows(document.doc_id, document.clauses, actors, RULES, text)
    assert [(r.number, r.matter, r.delegate, r.law, r.substitute) for r in rows] == [
        ("2.1", "Beslut om marklov", "bygglovsarkitekt", "9 kap. 35 § PBL", None),
        ("2.2", "Beslut om tillsynsavgift", "förvaltningschef", None, "Stadsarkitekt"),
        ("2.2", "Beslut om tillsynsavgift", "enhetschef", None, "Stadsarkitekt"),
    ]
    for row in rows:
        for column in ("number", "matter", "delegate_text", "law", "substitute"):
            value, prefix = getattr(row, column), column.removesuffix("_text")
            if value is not None:
                assert text[getattr(row, f"{prefix}_start") : getattr(row, f"{prefix}_end")] == value


def test_fields_run_onto_one_line_and_a_matter_field_opens_a_record(tmp_path: Path) -> None:
    """Newuser54b fault 6: `Ärende:` / `Delegat:` / `Lagrum:` lines that a text reader runs
    into one line are cut at each label; a label met again opens the next record."""
    document = segment_text(FLATTENED, tmp_path)
    rows = delegation_rows(document.doc_id, document.clauses, [], RULES, document.doc.text)
    assert [(r.number, r.matter, r.delegate_text, r.law) for r in rows] == [
        (None, "Beslut om föreläggande", "Miljöinspektör", "26 kap. 9 § MB"),
        (None, "Beslut om avgift", "Miljöchef", None),
    ]


def test_cover_fields_and_lone_records_are_no_delegation_list(tmp_path: Path) -> None:
    """A memo's fields (`Dokumenttyp: Riktlinje` ⏎ `Beslutsfattare: Kommunstyrelsen`) name
    no matter, and one record alone is no list: no delegations; nor does a label word inside
    a sentence (`Delegat ska anmäla: …`) open a field."""
    memo = ("Riktlinje för representation\n\n1 Syfte\n\nDokumenttyp: Riktlinje\n"
            "Beslutsfattare: Kommunstyrelsen\n\n2 Ansvar\n\nDelegat ska anmäla följande: "
            "beslutet och skälen.\n\n3 Ärenden\n\nÄrende: Beslut om gåvor\nDelegat: Kommunchef\n")
    document = segment_text(memo, tmp_path)
    assert delegation_rows(document.doc_id, document.clauses, [], RULES) == []


def test_styrdok_run_reads_field_lines_and_the_label_is_no_actor(tmp_path: Path) -> None:
    """Newuser54b fault 6, end to end: the field lines give the delegations table its rows,
    and the label `Delegat` is no actor."""
    import styrdok

    path = tmp_path / "delegationsordning.txt"
    path.write_text(FIELDS, encoding="utf-8")
    tables = styrdok.analyze(path)
    assert list(tables["delegations"]["delegate"]) == [
        "bygglovsarkitekt", "förvaltningschef", "enhetschef"]
    assert "delegat" not in set(tables["actors"]["canonical"])
    assert "ersättare" not in set(tables["actors"]["canonical"])
