"""The Python API: styrdok.analyze on strings, files, folders and lists; Tables display."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import styrdok
from pipeline.api import TEXT_SOURCE
from pipeline.tables import SCHEMAS, Tables

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "Kommundirektören ska leda förvaltningen."


@pytest.fixture(scope="module")
def one() -> Tables:
    return styrdok.analyze(SENTENCE)


def test_analyze_a_string_gives_one_obligation(one: Tables) -> None:
    statements = one["statements"]
    assert len(statements) == 1
    row = statements.iloc[0]
    assert (row["actor"], row["deontic"], row["aim"]) == ("kommundirektör", "obligation", "leda")
    text = one.documents["normalized_text"].iloc[0]
    assert text[row["aim_start"] : row["aim_end"]] == row["aim_text"] == "leda"
    assert one.documents["source_path"].iloc[0] == TEXT_SOURCE


def test_every_table_is_there_with_one_doc_id_dtype(one: Tables) -> None:
    assert list(one) == list(SCHEMAS)
    dtypes = {str(one[name]["doc_id"].dtype) for name in one}
    assert dtypes == {"category"}
    categories = {tuple(one[name]["doc_id"].cat.categories) for name in one}
    assert len(categories) == 1
    with pytest.raises(KeyError, match="no such table"):
        one["statement"]


def test_repr_is_short_and_html_and_summary(one: Tables) -> None:
    text = repr(one)
    assert text.startswith("<Tables: 1 documents") and "1 statements" in text
    assert "\n" not in text
    summary = one.summary()
    assert summary.loc[0, ["format", "statements", "obligation"]].tolist() == ["text", 1, 1]
    # round 49 (nu49 fault 15): no organisation found is null, not the doc_id `text-1`
    assert pd.isna(summary.loc[0, "organisation"])
    html = one._repr_html_()
    assert "<table" in html and "text" in html


def test_same_text_twice_is_noted_as_duplicate() -> None:
    tables = styrdok.analyze([SENTENCE, SENTENCE + " "])
    assert len(tables.documents) == 2
    assert len(tables.documents["doc_id"].unique()) == 2
    assert tables.warnings["kind"].tolist() == ["duplicate"]


def test_paths_folders_and_text_mix(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Nämnden får besluta om taxor.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Förvaltningschefen ansvarar för budgeten.\n", encoding="utf-8")
    tables = styrdok.analyze([folder, str(folder / "a.txt"), SENTENCE])
    assert sorted(tables.summary()["format"]) == ["text", "txt", "txt"]
    assert set(tables.statements["deontic"].astype(str)) == {
        "permission",
        "responsibility",
        "obligation",
    }


def test_a_mistyped_file_name_is_an_error_not_text(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such file"):
        styrdok.analyze("instruktion-2024.pdf")
    with pytest.raises(FileNotFoundError):
        styrdok.analyze(tmp_path / "missing.txt")


def test_a_bad_document_is_an_error_row_and_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="styrdok"):
        tables = styrdok.analyze([empty, SENTENCE])
    assert len(tables.statements) == 1
    assert tables.errors["doc_path"].tolist() == [str(empty)]
    assert "empty" in caplog.text


def test_analyze_matches_styrdok_run(tmp_path: Path) -> None:
    """Same stage functions as the batch: the same rows for a file."""
    from pipeline.tables import load_tables

    source = tmp_path / "raw" / "instruktion.txt"
    source.parent.mkdir()
    source.write_text(
        "1. Uppdrag\nKommundirektören ska leda förvaltningen och får besluta om organisationen.\n",
        encoding="utf-8",
    )
    out = tmp_path / "processed"
    subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(source.parent), "--out", str(out), "-q"],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    written, analysed = load_tables(out), styrdok.analyze(source)
    for name in ("clauses", "tokens", "statements"):
        pd.testing.assert_frame_equal(written[name], analysed[name])


def test_load_model_has_styrdok_components() -> None:
    nlp = styrdok.load_model()
    doc = nlp(SENTENCE)
    [(_, statement)] = doc._.statements
    assert statement.aim == "leda" and statement.deontic == "obligation"


def test_import_styrdok_one_liner_in_a_fresh_process(tmp_path: Path) -> None:
    """The README's one-liner, run outside the repository."""
    code = f"import styrdok; print(styrdok.analyze({SENTENCE!r})['statements'])"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert "kommundirektör" in result.stdout and "obligation" in result.stdout


def test_law_abbreviations_name_the_law() -> None:
    tables = styrdok.analyze(
        "Nämnden beslutar enligt 6 kap. 38 § KL. Se 26 kap. 4 § (OSL) och 3 § KLAR-listan."
    )
    references = tables.references[["text", "law"]]
    assert references.astype(object).where(references.notna(), None).values.tolist() == [
        ["6 kap. 38 § KL", "kommunallagen"],
        ["26 kap. 4 § (OSL)", "offentlighets- och sekretesslagen"],
        ["3 §", None],
    ]


def test_a_long_one_line_text_is_text_not_a_path() -> None:
    from pipeline.api import _is_path

    sentence = "Kommundirektören ska leda och samordna arbetet i förvaltningen " * 6
    assert len(sentence.encode()) > 255 and not _is_path(sentence, (".txt",))


def test_an_empty_string_is_an_empty_text_not_the_current_folder() -> None:
    """Review 57b M2: ``Path("")`` is ``.``; an empty or blank string is a text (one error row),
    never the folder the caller stands in."""
    tables = styrdok.analyze(["", SENTENCE])
    assert len(tables.statements) == 1
    assert len(tables.errors) == 1
    assert len(tables.documents) == 1
