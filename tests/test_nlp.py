"""The NLP stage with the shipped Swedish model: tables, offsets, corpus regression."""

from __future__ import annotations

import fcntl
import io
import json
import os
from contextlib import redirect_stdout
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
import yaml

import pipeline
from pipeline.batch import run_batch
from pipeline.cli import main
from pipeline.nlp import build_nlp
from pipeline.nlp.corpus import evaluate_corpus, read_corpus_file
from tests.conftest import ROOT

BARS = yaml.safe_load((ROOT / "corpus" / "bars.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nlp_settings(settings):
    return replace(settings, nlp=True)


@pytest.fixture(scope="module")
def processed(tmp_path_factory, nlp_settings) -> Path:
    out = tmp_path_factory.mktemp("processed")
    summary = run_batch([ROOT / "raw"], out, nlp_settings)
    assert summary.ok, summary.failures
    return out


@dataclass(frozen=True)
class CorpusEvaluation:
    """What one `styrdok evaluate` of the whole corpus wrote: its metrics JSON and stdout."""

    metrics: dict
    stdout: str


@pytest.fixture(scope="module")
def corpus_evaluation(tmp_path_factory) -> CorpusEvaluation:
    """The whole corpus evaluated once per session (minutes): the CLI test and the bar tests
    share it, and so do xdist workers, through a folder in the session's common temp dir."""
    folder = shared_temp_dir(tmp_path_factory) / "corpus-evaluation"
    folder.mkdir(exist_ok=True)
    metrics, stdout = folder / "metrics.json", folder / "stdout.txt"
    with open(folder / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a second worker waits for the first one's run
        if not stdout.exists():
            argv = ["evaluate", "--corpus", str(ROOT / "corpus"), "--metrics", str(metrics)]
            argv += ["--config", str(ROOT / "configs"), "--raw", str(ROOT / "raw")]
            with redirect_stdout(io.StringIO()) as printed:
                assert main(argv) == 0
            stdout.write_text(printed.getvalue(), encoding="utf-8")  # written last: run complete
    return CorpusEvaluation(json.loads(metrics.read_text()), stdout.read_text(encoding="utf-8"))


def shared_temp_dir(tmp_path_factory) -> Path:
    """This session's temp dir; under xdist the one above the worker's own (popen-gwN)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="module")
def scores(corpus_evaluation: CorpusEvaluation):
    return corpus_evaluation.metrics


def test_pipeline_has_the_styrdok_components(nlp_settings) -> None:
    nlp = build_nlp(nlp_settings)
    assert nlp.pipe_names[-4:] == [
        "styrdok_actors",
        "styrdok_verbs",
        "styrdok_statements",
        "styrdok_document",
    ]
    assert {"tagger", "morphologizer", "parser"} <= set(nlp.pipe_names)


def test_every_nlp_span_slices_the_normalized_text(processed: Path) -> None:
    tables = pipeline.load(processed)
    texts = tables.documents.set_index("doc_id")["normalized_text"].to_dict()
    checks = {
        "sentences": [("start", "end", "text")],
        "tokens": [("start", "end", "text")],
        "actors": [("start", "end", "text")],
        "verbs": [("start", "end", "text")],
        "statements": [
            ("actor_start", "actor_end", "actor_text"),
            ("aim_start", "aim_end", "aim_text"),
            ("modal_start", "modal_end", "modal"),
            ("object_start", "object_end", "object_text"),
            ("condition_start", "condition_end", "condition_text"),
        ],
    }
    for name, spans in checks.items():
        frame = tables[name]
        assert len(frame), name
        for row in frame.to_dict("records"):
            text = texts[row["doc_id"]]
            for start, end, column in spans:
                if pd.isna(row[start]) or pd.isna(row[column]):
                    continue
                assert text[int(row[start]) : int(row[end])] == row[column], (name, row)


def test_statement_table_on_the_seeds(processed: Path) -> None:
    statements = pipeline.load(processed).statements
    assert set(statements["deontic"].astype(str)) >= {
        "obligation",
        "permission",
        "responsibility",
        "none",
    }
    director = statements[statements["actor"] == "regiondirektör"]
    assert len(director) >= 40
    items = statements[statements["clause_id"].astype(str).str.startswith("8.")]
    assert set(items["actor"].astype(str)) == {"regiondirektör"}
    assert set(items["deontic"].astype(str)) == {"obligation"}


def test_actor_functions_and_roles_on_the_seeds(processed: Path) -> None:
    tables = pipeline.load(processed)
    actors = tables.actors
    functions = actors["function"].astype(str)
    assert set(functions) <= {
        "actor",
        "subject",
        "agent",
        "object",
        "possessor",
        "oblique",
        "modifier",
        "apposition",
        "other",
    }
    director = actors[actors["canonical"] == "regiondirektör"]
    assert (director["function"] == "actor").sum() >= 30
    assert set(director["role"].astype(str)) == {"chief_executive"}
    assert (functions == "object").any() and (functions == "possessor").any()
    statements = tables.statements
    assert set(statements[statements["actor"] == "regionstyrelse"]["role"].astype(str)) == {"board"}
    assert len(tables.clause_errors) == 0


def test_nlp_tables_are_deterministic(tmp_path: Path, processed: Path, nlp_settings) -> None:
    run_batch([ROOT / "raw"], tmp_path, nlp_settings)
    for table in ("tokens", "actors", "verbs", "statements"):
        for path in sorted((processed / table).iterdir()):
            assert pq.read_table(path).equals(pq.read_table(tmp_path / table / path.name)), path


@pytest.mark.parametrize(
    ("corpus_set", "name", "layer", "metric"),
    [
        (corpus_set, name, layer, metric)
        for corpus_set, files in BARS.items()
        for name, layers in files.items()
        for layer, metrics in layers.items()
        for metric in metrics
    ],
)
def test_corpus_scores_stay_above_the_recorded_bar(
    scores, corpus_set: str, name: str, layer: str, metric: str
) -> None:
    bar = BARS[corpus_set][name][layer][metric]
    measured = scores[corpus_set][name][layer]
    assert measured[metric] >= bar, (corpus_set, name, layer, measured)


def test_annotate_writes_corpus_records(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    assert (
        main(
            [
                "annotate",
                str(ROOT / "raw" / "region-norrbotten.txt"),
                "--out",
                str(out),
                "--config",
                str(ROOT / "configs"),
            ]
        )
        == 0
    )
    records = read_corpus_file(out)
    assert [r["meta"]["clause_id"] for r in records][:3] == ["title", "1", "1.1"]
    for record in records:
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]
            assert span["label"] in {"ACTOR", "VERB"}
    assert any(r["statements"] for r in records)


def test_evaluate_writes_metrics(corpus_evaluation: CorpusEvaluation) -> None:
    values = corpus_evaluation.metrics
    assert set(values["dev"]) == {
        path.stem for path in (ROOT / "corpus" / "dev").glob("*.jsonl")
    } | {"all"}
    # the test set is reported in aggregate only: per frozen part (FROZEN.<part>) and overall
    parts = {
        f"part-{path.suffix.lstrip('.')}" for path in (ROOT / "corpus" / "test").glob("FROZEN.*")
    }
    assert set(values["test"]) == parts | {"all"}
    statements = values["dev"]["all"]["statements"]
    assert statements["gold"] >= 180 and statements["true_positives"] <= statements["gold"]
    assert "statements_implicit" in corpus_evaluation.stdout


def test_evaluate_without_gold_files_is_a_usage_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "mygold").mkdir()
    (tmp_path / "mygold" / "loose.jsonl").write_text("{}\n")
    metrics = tmp_path / "metrics.json"
    code = main(["evaluate", "--corpus", str(tmp_path / "mygold"), "--metrics", str(metrics)])
    assert code == 64 and not metrics.exists()
    assert "no gold files in" in capsys.readouterr().err


def test_evaluate_says_where_it_wrote_the_metrics(tmp_path: Path, capsys, monkeypatch) -> None:
    """Round 50 (nu50b fault 10): the metrics file, default or not, is named on stdout and its
    default in --help."""
    import pipeline.nlp.corpus as corpus_module
    import pipeline.nlp.scoring as scoring_module

    (tmp_path / "gold" / "dev").mkdir(parents=True)
    (tmp_path / "gold" / "dev" / "a.jsonl").write_text("{}\n")
    written: list[Path] = []
    monkeypatch.setattr(corpus_module, "evaluate_corpus", lambda *args, **kwargs: {})
    monkeypatch.setattr(corpus_module, "write_metrics", lambda scores, path: written.append(path))
    monkeypatch.setattr(scoring_module, "format_scores", lambda scores: "scores")
    monkeypatch.chdir(tmp_path)
    assert main(["evaluate", "--corpus", "gold"]) == 0
    assert written == [Path("metrics/corpus.json")]
    assert capsys.readouterr().out.splitlines()[-1] == "wrote metrics/corpus.json"
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    assert "default: metrics/corpus.json" in " ".join(capsys.readouterr().out.split())


def test_a_gold_files_source_may_be_word_or_pdf(tmp_path: Path) -> None:
    from pipeline.nlp.corpus import source_of

    gold, raw = tmp_path / "dev", tmp_path / "raw"
    gold.mkdir(), raw.mkdir()
    suffixes = (".txt", ".pdf", ".docx")
    assert source_of("doc", gold, raw, suffixes) is None
    (raw / "doc.docx").write_bytes(b"")
    assert source_of("doc", gold, raw, suffixes) == raw / "doc.docx"
    (gold / "doc.pdf").write_bytes(b"")
    assert source_of("doc", gold, raw, suffixes) == gold / "doc.pdf"
    (gold / "doc.txt").write_text("")
    assert source_of("doc", gold, raw, suffixes) == gold / "doc.txt"


def test_evaluate_runs_a_word_source_end_to_end(tmp_path: Path, nlp_settings) -> None:
    """A gold file written by `styrdok annotate` from a .docx is scored on that .docx."""
    dev = tmp_path / "corpus" / "dev"
    dev.mkdir(parents=True)
    source = dev / "matrix.docx"
    source.write_bytes((ROOT / "tests" / "fixtures" / "office" / "matrix.docx").read_bytes())
    assert main(["annotate", str(source), "--out", str(dev / "matrix.jsonl")]) == 0
    scores = evaluate_corpus(tmp_path / "corpus", nlp_settings, raw_dir=tmp_path / "raw")
    assert scores["dev"]["all"]["clauses"]["f1"] == 1.0
    assert scores["dev"]["all"]["statements"]["f1"] == 1.0
    source.write_bytes(b"not a word file")  # now the source, not the records' text, is read
    broken = evaluate_corpus(tmp_path / "corpus", nlp_settings, raw_dir=tmp_path / "raw")
    assert broken["dev"]["all"]["documents"]["failed"] == 1


def test_evaluate_names_and_counts_clauses_a_rule_failed_on(
    tmp_path: Path, nlp_settings, monkeypatch, capsys
) -> None:
    """A rule that raises leaves its clause without statements: evaluate says so on stderr and
    counts it, so a lost sentence never passes for a lower score."""
    from pipeline.nlp import components
    from pipeline.nlp.scoring import format_scores

    dev = tmp_path / "corpus" / "dev"
    dev.mkdir(parents=True)
    source = dev / "odd.txt"
    source.write_text("1 Uppdrag\n\nNämnden ska leda arbetet.\n", encoding="utf-8")
    assert main(["annotate", str(source), "--out", str(dev / "odd.jsonl")]) == 0

    def explode(*args, **kwargs):
        raise KeyError("odd sentence")

    monkeypatch.setattr(components, "find_statements", explode)
    scores = evaluate_corpus(tmp_path / "corpus", nlp_settings, raw_dir=tmp_path / "raw")
    assert scores["dev"]["all"]["documents"]["rule_errors"] == 2  # the heading and the sentence
    assert scores["dev"]["all"]["statements"]["recall"] == 0.0
    assert f"{source}: clause 1.1: statements failed: KeyError" in capsys.readouterr().err
    assert "2 clauses with a rule error" in format_scores({"dev": scores["dev"]})


def test_no_corpus_clause_loses_its_statements_to_a_rule_error(scores) -> None:
    assert scores["dev"]["all"]["documents"]["rule_errors"] == 0
    assert scores["test"]["all"]["documents"]["rule_errors"] == 0
