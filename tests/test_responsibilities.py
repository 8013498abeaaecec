"""Responsibility tables (pipeline/responsibilities.py, round 55; newuser54c fault 2): a table
whose header names a task column and a responsible column (`Uppgift | Ansvarig`) gives a
responsibility statement per row and role, in any format that yields table rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.delegations import header_columns, load_rules

RULES = load_rules()
ROWS = [
    ("Upprätta förslag till budget", "Ekonomichefen"),
    ("Arkivfrågor", "Registratorn"),
    ("Samordna krisberedskapen", "Säkerhetssamordnaren / Förvaltningschefen"),
]
EXPECTED = [
    ("ekonomichef", "upprätta", "förslag till budget", "2.2"),
    ("registrator", "ansvara", "Arkivfrågor", "2.1"),
    ("säkerhetssamordnare", "samordna", "krisberedskapen", "2.4"),
    ("förvaltningschef", "samordna", "krisberedskapen", "2.4"),
]
INTRO = "Instruktion för förvaltningschefen i Ekeby"


@pytest.mark.parametrize(
    ("cells", "columns"),
    [
        (["Uppgift", "Ansvarig"], {"task": 0, "responsible": 1}),
        (["Nr", "Åtgärd", "Vem"], {"task": 1, "responsible": 2}),
        (["Aktivitet", "Ansvarig roll"], {"task": 0, "responsible": 1}),
        (["Ärende", "Delegat"], None),  # a delegation list, no responsibility table
        (["Uppgift", "Kommentar"], None),
    ],
)
def test_a_responsibility_header_needs_a_task_and_a_responsible_column(cells, columns) -> None:
    assert header_columns(cells, RULES, responsibility=True) == columns
    assert header_columns(["Uppgift", "Ansvarig"], RULES) is None  # no delegation list


@pytest.mark.parametrize(
    ("word", "verb"),
    [("Upprätta", True), ("teckna", True), ("leda", True), ("utse", True),
     ("Arkivfrågor", False), ("budget", False), ("Ekonomiska", False)],
)
def test_a_task_opening_with_an_infinitive(word: str, verb: bool) -> None:
    from pipeline.nlp.verb_forms import task_infinitive

    assert task_infinitive(word) is verb


def _markdown(path: Path) -> Path:
    rows = "\n".join(f"| {task} | {role} |" for task, role in ROWS)
    path.write_text(
        f"# {INTRO}\n\n## 1 Uppgifter\n\nFörvaltningschefen ska leda förvaltningen.\n\n"
        f"## 2 Ansvarsfördelning\n\n| Uppgift | Ansvarig |\n| --- | --- |\n{rows}\n",
        encoding="utf-8",
    )
    return path


def _html(path: Path) -> Path:
    rows = "".join(f"<tr><td>{task}</td><td>{role}</td></tr>" for task, role in ROWS)
    path.write_text(
        f"<html><body><h1>{INTRO}</h1><h2>1 Uppgifter</h2>"
        "<p>Förvaltningschefen ska leda förvaltningen.</p><h2>2 Ansvarsfördelning</h2>"
        f"<table><tr><th>Uppgift</th><th>Ansvarig</th></tr>{rows}</table></body></html>",
        encoding="utf-8",
    )
    return path


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(INTRO, level=0)
    document.add_heading("1 Uppgifter", level=1)
    document.add_paragraph("Förvaltningschefen ska leda förvaltningen.")
    document.add_heading("2 Ansvarsfördelning", level=1)
    table = document.add_table(rows=len(ROWS) + 1, cols=2)
    for row, cells in zip(table.rows, [("Uppgift", "Ansvarig"), *ROWS], strict=True):
        row.cells[0].text, row.cells[1].text = cells
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("name", "write"), [("instr.md", _markdown), ("instr.html", _html), ("instr.docx", _docx)]
)
def test_a_responsibility_table_gives_a_statement_per_row_and_role(
    tmp_path: Path, name: str, write
) -> None:
    import styrdok

    tables = styrdok.analyze(write(tmp_path / name))
    frame = tables.statements
    rows = frame[frame["deontic"] == "responsibility"].sort_values(
        ["clause_id", "statement_index"])
    clauses = dict(zip(tables.clauses["clause_id"], tables.clauses["text"], strict=True))
    got = [(r.actor, r.aim, r.object_text, r.aim_clause_id) for r in rows.itertuples()]
    assert sorted(got) == sorted(EXPECTED)
    assert set(rows["modal"]) == {"Ansvarig"}
    assert clauses[rows["modal_clause_id"].iloc[0]].startswith("Uppgift")
    text = tables.documents["normalized_text"].iloc[0]
    for row in rows.itertuples():
        assert text[row.actor_start : row.actor_end] == row.actor_text
        assert text[row.modal_start : row.modal_end] == row.modal
        assert text[row.aim_start : row.aim_end] == row.aim_text
        assert text[row.object_start : row.object_end] == row.object_text
    assert tables["delegations"].empty  # no delegation list
    pairs = set(zip(frame["actor"], frame["deontic"], strict=True))
    assert ("förvaltningschef", "obligation") in pairs
