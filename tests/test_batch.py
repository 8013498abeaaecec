"""The batch runner and the `styrdok run` command, end to end (structure only, no NLP)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline.batch import run_batch
from pipeline.cli import main
from tests.conftest import ROOT, SEEDS


@pytest.fixture
def structure_settings(settings):
    return replace(settings, nlp=False)


@pytest.fixture
def batch_dir(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in SEEDS.values():
        shutil.copy(path, raw / path.name)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (raw / "latin.txt").write_bytes(
        "Instruktion\n\nFörvaltningschefen ska närvara – alltid.\n".encode("cp1252")
    )
    return raw


def test_bad_documents_do_not_stop_the_batch(
    batch_dir: Path, tmp_path: Path, structure_settings
) -> None:
    out = tmp_path / "out"
    summary = run_batch([batch_dir, tmp_path / "missing-dir"], out, structure_settings)
    assert sorted(summary.processed) == ["latin", "region-norrbotten", "region-orebro-lan-2023"]
    assert not summary.ok
    tables = pipeline.load(out)
    errors = tables.errors.set_index("doc_path")
    assert set(errors.index) == {
        str(batch_dir / "empty.txt"),
        str(batch_dir / "image.txt"),
        str(tmp_path / "missing-dir"),
    }
    assert "empty file" in errors.loc[str(batch_dir / "empty.txt"), "message"]
    assert "binary" in errors.loc[str(batch_dir / "image.txt"), "message"]
    assert set(errors["stage"]) == {"ingest"}
    assert tables.documents.set_index("doc_id").loc["latin", "encoding"] == "cp1252"
    assert set(tables.clauses["doc_id"]) == {"latin", "region-norrbotten", "region-orebro-lan-2023"}
    for doc_id, text in tables.documents.set_index("doc_id")["normalized_text"].items():
        for clause in tables.clauses[tables.clauses.doc_id == doc_id].itertuples():
            assert text[clause.start : clause.end] == clause.text


def test_rerun_skips_unchanged_and_removes_deleted(
    batch_dir: Path, tmp_path: Path, structure_settings
) -> None:
    out = tmp_path / "out"
    run_batch([batch_dir], out, structure_settings)
    first = {p.name: p.read_bytes() for p in (out / "clauses").iterdir()}
    again = run_batch([batch_dir], out, structure_settings)
    assert sorted(again.skipped) == ["latin", "region-norrbotten", "region-orebro-lan-2023"]
    assert again.processed == ()
    (batch_dir / "latin.txt").unlink()
    (batch_dir / "region-norrbotten.txt").write_text("Ny instruktion\n\nDirektören leder.\n")
    third = run_batch([batch_dir], out, structure_settings)
    assert third.processed == ("region-norrbotten",) and third.removed == ("latin",)
    assert not (out / "clauses" / "latin.parquet").exists()
    assert (out / "clauses" / "region-orebro-lan-2023.parquet").read_bytes() == first[
        "region-orebro-lan-2023.parquet"
    ]


def test_same_input_gives_identical_tables(tmp_path: Path, structure_settings) -> None:
    for name in ("a", "b"):
        run_batch([ROOT / "raw"], tmp_path / name, structure_settings)
    for table in ("documents", "clauses", "references"):
        for path in sorted((tmp_path / "a" / table).iterdir()):
            other = tmp_path / "b" / table / path.name
            assert pq.read_table(path).equals(pq.read_table(other)), path


def test_cli_run_exit_codes_and_summary(batch_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    code = main(
        [
            "run",
            str(batch_dir / "region-norrbotten.txt"),
            "--out",
            str(out),
            "--no-nlp",
            "-q",
            "--config",
            str(ROOT / "configs"),
        ]
    )
    assert code == 0
    assert "1 processed" in capsys.readouterr().out
    code = main(
        [
            "run",
            str(batch_dir),
            "--out",
            str(out),
            "--no-nlp",
            "-q",
            "--config",
            str(ROOT / "configs"),
        ]
    )
    printed = capsys.readouterr().out
    assert code == 1
    assert "2 failed" in printed and "empty.txt: empty file" in printed
    assert "errors.parquet" in printed


def test_cli_help_mentions_every_option(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    text = capsys.readouterr().out
    for option in ("--out", "--config", "--model", "--no-nlp", "--force", "paths"):
        assert option in text


def test_running_one_file_keeps_the_other_documents(
    batch_dir: Path, tmp_path: Path, structure_settings
) -> None:
    out = tmp_path / "out"
    run_batch([batch_dir], out, structure_settings)
    single = run_batch([batch_dir / "region-norrbotten.txt"], out, structure_settings)
    assert single.removed == () and single.skipped == ("region-norrbotten",)
    assert (out / "clauses" / "region-orebro-lan-2023.parquet").exists()
    (batch_dir / "latin.txt").unlink()
    again = run_batch([batch_dir], out, structure_settings)
    assert again.removed == ("latin",)
    assert set(pipeline.load(out).documents["doc_id"]) == {
        "region-norrbotten",
        "region-orebro-lan-2023",
    }


def test_summary_says_the_output_also_holds_documents_from_other_paths(
    batch_dir: Path, tmp_path: Path, structure_settings
) -> None:
    from pipeline.cli import format_summary

    out = tmp_path / "out"
    run_batch([batch_dir / "region-norrbotten.txt"], out, structure_settings)
    other = tmp_path / "other"
    other.mkdir()
    (other / "ny.txt").write_text("Instruktion\n\nKommundirektören ska leda förvaltningen.\n")
    summary = run_batch([other], out, structure_settings)
    assert summary.elsewhere == ("region-norrbotten",)
    text = format_summary(summary, out)
    assert "also holds 1 document(s) from earlier runs on other paths (region-norrbotten)" in text
    again = run_batch([other], out, structure_settings)
    assert again.elsewhere == ("region-norrbotten",)
    alone = run_batch([other], tmp_path / "fresh", structure_settings)
    assert alone.elsewhere == () and "also holds" not in format_summary(alone, out)


def test_summary_names_clauses_that_lost_their_statements(tmp_path) -> None:
    from types import SimpleNamespace

    from pipeline.cli import format_summary

    summary = SimpleNamespace(
        processed=["a"], skipped=[], removed=[], failures=[], seconds=1.0,
        counts={"clauses": 5, "statements": 2, "clause_errors": 1},
    )
    text = format_summary(summary, tmp_path)
    assert "5 clauses" in text and "1 clause(s) lost their statements" in text
    assert "  rows written: 5 clauses, 2 statements" in text and "new rows" not in text
    summary.counts["clause_errors"] = 0
    assert "lost their statements" not in format_summary(summary, tmp_path)


def test_summary_lines_escape_a_line_break_in_a_path(tmp_path) -> None:
    """Round 54 (nu54 fault 10): a folder name holding a line break prints as ``\\n``: each
    message stays one line; a log record's message too."""
    import logging
    from types import SimpleNamespace

    from pipeline.cli import _OneLineFormatter, format_summary

    out = tmp_path / "Nya\n(dec)"
    failure = SimpleNamespace(stage="ingest", message=f"{out}/a.docx: not a zip archive")
    summary = SimpleNamespace(
        processed=[], skipped=[], removed=[], failures=[failure], seconds=1.0, counts={},
    )
    lines = format_summary(summary, out).splitlines()
    assert len(lines) == 3
    assert lines[1] == f"  FAILED [ingest] {tmp_path}/Nya\\n(dec)/a.docx: not a zip archive"
    record = logging.LogRecord("styrdok", logging.WARNING, "", 0, "%s: dubblett", (out,), None)
    assert "\n" not in _OneLineFormatter("%(message)s").format(record)


def test_summary_counts_the_files_passed_over(tmp_path) -> None:
    """Round 46 (nu46 cause 7): ``…, 1 failed, 2 passed over in …``; none: no count."""
    from types import SimpleNamespace

    from pipeline.cli import format_summary

    summary = SimpleNamespace(
        processed=["a"],
        skipped=[],
        removed=[],
        failures=[],
        seconds=1.0,
        counts={},
        passed_over=("x/a.rtf", "x/b.doc"),
    )
    assert "0 failed, 2 passed over in 1.0 s" in format_summary(summary, tmp_path)
    summary.passed_over = ()
    assert "passed over" not in format_summary(summary, tmp_path)


def test_no_progress_bar_where_stderr_is_no_terminal(capsys) -> None:
    """Round 52 (nu52 fault 7): stderr sent to a file gets no bar for a warning to be glued
    onto; the chunks pass through all the same."""
    from pipeline.cli import _progress

    chunks = [[1, 2], [3]]
    assert list(_progress(False)(iter(chunks), 3)) == chunks
    assert "%|" not in capsys.readouterr().err


def test_a_bad_lexicon_stops_the_run_once_with_exit_2(tmp_path: Path) -> None:
    import shutil

    from pipeline.cli import main

    configs = tmp_path / "configs"
    shutil.copytree(ROOT / "configs", configs)
    with (configs / "actors.yaml").open("a", encoding="utf-8") as file:
        file.write("\nbogus_key: 1\n")
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Nämnden ska besluta.\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["run", str(tmp_path / "raw"), "--out", str(out), "--config", str(configs), "-q"])
    assert code == 2
    assert not (out / "statements").exists()
    assert not out.exists()  # the folder the stopped run made is gone (newuser52b fault 7)


def test_a_folder_without_tables_is_refused_by_report_and_load(tmp_path: Path, capsys) -> None:
    from pipeline.cli import main

    empty = tmp_path / "ut"
    empty.mkdir()
    (empty / ".styrdok.lock").write_text("12345\n", encoding="utf-8")  # a stopped run's lock
    assert main(["report", str(empty), "--out", str(tmp_path / "r.html")]) != 0
    assert "holds no styrdok tables" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()
    with pytest.raises(FileNotFoundError, match="holds no styrdok tables"):
        pipeline.load(empty)


def test_run_without_paths_outside_a_project_is_a_usage_error(tmp_path: Path, monkeypatch, capsys) -> None:
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["run", "--out", "out", "-q"]) == 64
    assert "no PATH given" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_collection_paused_keeps_the_start_up_frozen_and_restores_the_thresholds() -> None:
    import gc

    from pipeline.batch.executors import collection_paused

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    try:
        with collection_paused(keep=True):
            assert gc.get_threshold()[0] == 0
            start_up = [[index] for index in range(100)]  # tracked containers
        assert gc.get_freeze_count() >= frozen + len(start_up)
        assert gc.get_threshold() == before
        with collection_paused():
            pass
        assert gc.get_threshold() == before
    finally:
        gc.unfreeze()


def test_frozen_heap_collects_less_often_and_restores_the_thresholds() -> None:
    import gc

    from pipeline.batch.executors import RUN_GEN0_THRESHOLD, RUN_GEN1_THRESHOLD, frozen_heap

    before = gc.get_threshold()
    with frozen_heap():
        during = gc.get_threshold()
    assert during[0] == max(before[0], RUN_GEN0_THRESHOLD)
    assert during[1] == max(before[1], RUN_GEN1_THRESHOLD)
    assert during[2:] == before[2:]
    assert gc.get_threshold() == before


def test_files_failing_discovery_have_a_doc_id_and_count_in_the_progress(
    tmp_path: Path, structure_settings
) -> None:
    """Round 49 (nu49 fault 15): an .rtf refused at discovery gets its stem's doc_id in
    errors.parquet, and the progress total counts it (settled before the stream starts)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "Arbets ordning.rtf").write_text("{\\rtf1 Styrelsen beslutar.}")
    (raw / "stadga.txt").write_text("Stadga för Båtklubben Ekviken\n\nText.\n")
    calls: list[tuple[int, int]] = []

    def progress(chunks, total: int, done: int):  # noqa: ANN202
        calls.append((total, done))
        yield from chunks

    run_batch([raw], tmp_path / "out", structure_settings, progress=progress)
    errors = pipeline.load(tmp_path / "out").errors
    assert errors["doc_id"].tolist() == ["arbets-ordning"]
    assert calls == [(2, 1)]


def test_a_failed_file_never_shares_a_processed_documents_doc_id(
    tmp_path: Path, structure_settings
) -> None:
    """Round 52 (nu52 fault 3): an .rtf that fails beside a readable file of the same stem in
    another folder gets an id of its own (the name's slug), so its error row does not point
    at the processed document; a failed file with a unique stem keeps its stem's id."""
    raw = tmp_path / "raw"
    (raw / "gammalt" / "2024").mkdir(parents=True)
    (raw / "taxa_hamn.rtf").write_text("{\\rtf1 Hamnkaptenen ska ta ut avgift.}")
    (raw / "gammalt" / "2024" / "taxa_hamn.txt").write_text("Taxa\n\nHamnkaptenen ska ta ut avgift.\n")
    (raw / "ensam.rtf").write_text("{\\rtf1 Text.}")
    run_batch([raw], tmp_path / "out", structure_settings)
    tables = pipeline.load(tmp_path / "out")
    assert tables.documents["doc_id"].tolist() == ["taxa-hamn"]
    assert sorted(tables.errors["doc_id"]) == ["ensam", "taxa-hamn-rtf"]
    run_batch([raw], tmp_path / "out", structure_settings)  # the same ids on a second run
    assert sorted(pipeline.load(tmp_path / "out").errors["doc_id"]) == ["ensam", "taxa-hamn-rtf"]


def test_files_passed_over_are_warnings_with_the_way_forward(
    tmp_path: Path, structure_settings
) -> None:
    """Round 52 (nu52 fault 4): a spreadsheet a folder run passes over is a ``passed_over``
    row of the warnings (and errors.parquet) naming the file and how to make it readable;
    it is no failure."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "attestlista.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (raw / "stadga.txt").write_text("Stadga för Båtklubben Ekviken\n\nText.\n")
    summary = run_batch([raw], tmp_path / "out", structure_settings)
    assert not summary.failures
    warnings = pipeline.load(tmp_path / "out").warnings
    row = warnings[warnings["kind"] == "passed_over"]
    assert row["doc_id"].isna().all()  # the message names the path (newuser53 fault 11)
    [message] = row["message"].tolist()
    assert "attestlista.xlsx: passed over (.xlsx); save it as tab-separated text (.txt" in (
        message)
    assert "Markdown file (.md)" in message


def test_files_that_failed_at_ingest_are_not_read_again_while_unchanged(
    batch_dir: Path, tmp_path: Path, structure_settings
) -> None:
    """Round 50 (nu50 fault 10): a re-run with files that failed at ingest (an empty file,
    a binary one) has no work: they fail again from the manifest (keyed on their content
    hash), listed in errors.parquet as before; an edited file or `--force` reads them."""
    from pipeline.batch import plan_batch

    out = tmp_path / "out"
    first = run_batch([batch_dir], out, structure_settings)
    plan = plan_batch([batch_dir], out, structure_settings)
    assert plan.todo == ()
    assert {f.doc_id for f in plan.failures} == {"empty", "image"}
    again = run_batch([batch_dir], out, structure_settings)
    assert again.processed == () and again.failures == first.failures
    assert set(pipeline.load(out).errors["doc_id"]) == {"empty", "image"}
    assert [item.doc_id for item in plan_batch([batch_dir], out, structure_settings,
                                               force=True).todo] == [
        "empty", "image", "latin", "region-norrbotten", "region-orebro-lan-2023"]
    (batch_dir / "empty.txt").write_text("Instruktion\n\nNämnden ska leda arbetet.\n")
    assert [item.doc_id for item in plan_batch([batch_dir], out, structure_settings).todo] == [
        "empty"]
    fixed = run_batch([batch_dir], out, structure_settings)
    assert fixed.processed == ("empty",) and {f.doc_id for f in fixed.failures} == {"image"}


def test_a_readers_warning_is_logged_with_the_path(
    tmp_path: Path, structure_settings, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    """Newuser54 fault 1: what a reader could not read (a PDF table's rows left as text) is a
    warning line naming the file, never silent."""
    import pipeline.batch.stages as stages
    from pipeline.ingest import RawDocument

    path = tmp_path / "delegation.pdf"
    raw = RawDocument("d", str(path), "", "pdf-text-layer", "Nämnden beslutar.\n", format="pdf",
                      warnings=("3 table rows on page 2 could not be read as the table's rows",))
    monkeypatch.setattr(stages, "read_document", lambda *args, **kwargs: raw)
    with caplog.at_level("WARNING"):
        stages.prepare_document(path, "d", structure_settings)
    assert f"{path}: 3 table rows on page 2 could not be read" in caplog.text


def test_a_rerun_after_a_config_change_says_why_it_redid_the_documents(
    batch_dir: Path, tmp_path: Path, structure_settings
) -> None:
    """Newuser54b fault 12: a re-run after the configuration (or model, or pipeline) changed
    redoes unchanged files and says so: ``3 processed (configuration changed), 0 unchanged``;
    a re-run where one file changed too says how many were redone for that reason."""
    from pipeline.cli import format_summary

    out = tmp_path / "out"
    first = run_batch([batch_dir], out, structure_settings)
    assert first.redone == {} and "changed)" not in format_summary(first, out)
    changed = replace(structure_settings, fingerprint="another-config")
    again = run_batch([batch_dir], out, changed)
    assert sorted(again.redone) == sorted(again.processed) and len(again.processed) == 3
    assert "3 processed (configuration changed), 0 unchanged" in format_summary(again, out)
    forced = run_batch([batch_dir], out, changed, force=True)
    assert forced.redone == {}
    from types import SimpleNamespace

    mixed = SimpleNamespace(processed=["a", "b"], skipped=[], removed=[], failures=[],
                            seconds=1.0, counts={}, redone={"a": ("model", "pipeline_version")})
    assert "2 processed (1 because the model and pipeline changed)," in format_summary(mixed, out)


def test_cli_top_help_shows_own_folder_report_and_styrdok_load(capsys) -> None:
    """The first screen a new user reads names the README's own workflow (nu58)."""
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "--out tables/" in text and "styrdok report tables/" in text
    assert "styrdok.load('tables/')" in text and "pipeline.load" not in text
