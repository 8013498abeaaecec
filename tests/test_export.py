"""Exports round-trip: CoNLL-U re-read by the conllu package, xlsx and csv by pandas."""

from __future__ import annotations

import json
from pathlib import Path

import conllu
import pandas as pd
import pytest

import styrdok
from pipeline.export import FORMATS, WORKBOOK, ExportError, export_tables
from pipeline.tables import Tables, load_tables
from tests.test_analysis import write_fixture

TEXT = """Instruktion för kommundirektören

1. Uppdrag
Kommundirektören ska leda förvaltningen och får besluta om organisationen.

2. Särskilt
Kommundirektören ska särskilt:
a) upprätta förslag till budget,
b) samordna planeringen.
"""


@pytest.fixture(scope="module")
def analysed() -> Tables:
    return styrdok.analyze(TEXT)


def test_conllu_round_trips_tokens_heads_and_labels(analysed: Tables, tmp_path: Path) -> None:
    [path] = export_tables(analysed, "conllu", tmp_path)
    sentences = conllu.parse(path.read_text(encoding="utf-8"))
    tokens = analysed.tokens.sort_values("start")
    assert len(sentences) == len(analysed.sentences)
    parsed = [token for sentence in sentences for token in sentence]
    assert [t["form"] for t in parsed] == tokens["text"].tolist()
    assert [t["lemma"] for t in parsed] == tokens["lemma"].tolist()
    assert [t["upos"] for t in parsed] == tokens["upos"].tolist()
    text = analysed.documents["normalized_text"].iloc[0]
    for sentence in sentences:
        first = None
        roots = [t for t in sentence if t["head"] == 0]
        assert len(roots) == 1, sentence.metadata["sent_id"]
        for token in sentence:
            start, end = map(int, token["misc"]["TokenRange"].split(":"))
            assert text[start:end] == token["form"]
            row = tokens[tokens["start"] == start].iloc[0]
            first = first if first is not None else int(row["token_index"]) - token["id"] + 1
            if token["head"] != 0:
                assert token["head"] + first - 1 == row["head_index"]
                assert token["deprel"] == row["dep"]
        assert sentence.metadata["text"] == " ".join(
            text[
                int(sentence[0]["misc"]["TokenRange"].split(":")[0]) : int(
                    sentence[-1]["misc"]["TokenRange"].split(":")[1]
                )
            ].split()
        )


def test_xlsx_has_a_sheet_per_table_with_the_same_rows(analysed: Tables, tmp_path: Path) -> None:
    [path] = export_tables(analysed, "xlsx", tmp_path)
    assert path.name == WORKBOOK
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == [*analysed, "warnings"]
    assert sheets["warnings"]["kind"].tolist() == ["lead-in"] * len(analysed.warnings)
    for name in analysed:
        assert len(sheets[name]) == len(analysed[name]), name
    statements = sheets["statements"]
    assert statements["aim"].tolist() == analysed.statements["aim"].astype(str).tolist()
    assert statements["aim_start"].tolist() == analysed.statements["aim_start"].tolist()
    clauses = sheets["clauses"]
    assert clauses["text"].tolist() == analysed.clauses["text"].tolist()
    assert "normalized_text" not in sheets["documents"].columns


def test_csv_and_jsonl_round_trip(analysed: Tables, tmp_path: Path) -> None:
    export_tables(analysed, "csv", tmp_path / "csv")
    export_tables(analysed, "jsonl", tmp_path / "jsonl")
    for name in analysed:
        frame = pd.read_csv(tmp_path / "csv" / f"{name}.csv", keep_default_na=False)
        assert len(frame) == len(analysed[name]), name
        lines = (tmp_path / "jsonl" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(analysed[name]), name
    warnings = pd.read_csv(tmp_path / "csv" / "warnings.csv")
    assert warnings["message"].tolist() == analysed.warnings["message"].tolist()
    statements = pd.read_csv(tmp_path / "csv" / "statements.csv")
    assert statements["actor"].tolist() == analysed.statements["actor"].astype(str).tolist()
    records = [
        json.loads(line)
        for line in (tmp_path / "jsonl" / "documents.jsonl").read_text("utf-8").splitlines()
    ]
    assert records[0]["normalized_text"] == analysed.documents["normalized_text"].iloc[0]


def test_markdown_has_the_clause_tree_with_statements(analysed: Tables, tmp_path: Path) -> None:
    [path] = export_tables(analysed, "md", tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Instruktion för kommundirektören\n")
    assert "## 1\\. Uppdrag" in text or "## 1. Uppdrag" in text
    assert "*obligation* · kommundirektör → leda · objekt: förvaltningen" in text
    assert "*permission* · kommundirektör → besluta" in text
    items = [line for line in text.splitlines() if line.startswith("  - **")]
    assert len(items) == 2  # a) and b) nested under their lead-in
    assert "b) samordna planeringen." in text and "\n\n\n" not in text


def test_markdown_prints_a_label_that_is_the_clause_id_once(tmp_path: Path) -> None:
    """Newuser56 fault 13: `- **1.1.1** VD får …`, not `- **1.1.1** 1.1.1 VD får …`; a label
    that is no clause id (`a)` of a list item) is kept."""
    tables = styrdok.analyze(
        "Instruktion för hamnchefen\n\n1 Uppdrag\n\n1.1 Hamnchefen ska leda hamnen.\n\n"
        "1.1.1 Hamnchefen får anställa personal.\n"
    )
    [path] = export_tables(tables, "md", tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "- **1.1** Hamnchefen ska leda hamnen." in lines
    assert any(line.endswith("- **1.1.1** Hamnchefen får anställa personal.") for line in lines)


def test_export_from_a_processed_folder(tmp_path: Path) -> None:
    processed = write_fixture(tmp_path / "processed")
    for format in FORMATS:
        paths = styrdok.export(processed, format, tmp_path / format)
        assert paths and all(path.is_file() for path in paths)
    assert (tmp_path / "jsonl" / "statements.jsonl").read_text("utf-8").count("\n") == 13
    assert (tmp_path / "jsonl" / "tokens.jsonl").read_text("utf-8") == ""  # no tokens there
    assert len(styrdok.export(load_tables(processed), "md", tmp_path / "md2")) == 3


def test_unknown_format_is_a_one_line_error(analysed: Tables, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown export format 'pdf'; known: csv"):
        export_tables(analysed, "pdf", tmp_path)


def test_styrdok_export_command(tmp_path: Path) -> None:
    from pipeline.cli import main

    processed = write_fixture(tmp_path / "processed")
    assert main(["export", str(processed), "--format", "xlsx", "--out", str(tmp_path / "x")]) == 0
    assert (tmp_path / "x" / WORKBOOK).is_file()
    assert main(["export", str(tmp_path / "nothing"), "--format", "csv", "--out", "y"]) == 2


def test_logging_options_set_the_level(tmp_path: Path) -> None:
    import logging

    from pipeline.cli import build_parser, configure_logging

    levels = {}
    for flags in ([], ["-v"], ["-vv"], ["-q"], ["--log-level", "error"]):
        configure_logging(build_parser().parse_args([*flags, "report"]))
        levels[" ".join(flags)] = logging.getLevelName(logging.getLogger("styrdok").level)
    assert levels == {
        "": "WARNING",
        "-v": "INFO",
        "-vv": "DEBUG",
        "-q": "ERROR",
        "--log-level error": "ERROR",
    }
    configure_logging(build_parser().parse_args(["report"]))
