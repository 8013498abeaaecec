"""Batch processing at scale: process pool, Dask, crash safety, incremental re-runs."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline import batch
from pipeline.batch import run_batch
from pipeline.config import Settings, load_settings
from pipeline.segment import SegmentedDocument
from pipeline.tables import MANIFEST_FILE, to_table
from tests.conftest import ROOT, SEEDS


def _load_synth():  # noqa: ANN202 - benchmarks/ is not a package
    spec = importlib.util.spec_from_file_location("synth", ROOT / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


synth = _load_synth()


def fake_annotator(documents: Sequence[SegmentedDocument]) -> list[dict[str, pa.Table]]:
    """One "sentence" per clause: enough to exercise the NLP tables without spaCy."""
    return [
        {
            "sentences": to_table(
                "sentences",
                [
                    {
                        "doc_id": document.doc_id,
                        "clause_id": clause.clause_id,
                        "sentence_index": 0,
                        "text": clause.text,
                        "start": clause.start,
                        "end": clause.end,
                    }
                    for clause in document.clauses
                ],
            )
        }
        for document in documents
    ]


def fake_factory(settings: Settings) -> object:
    return fake_annotator


@dataclass(frozen=True)
class CountingFactory:
    """Leaves one file per build, so the test can count builds across processes."""

    builds: Path

    def __call__(self, settings: Settings) -> object:
        (self.builds / f"{os.getpid()}-{uuid.uuid4().hex}").touch()
        return fake_annotator


@pytest.fixture
def structure_settings(settings: Settings) -> Settings:
    return replace(settings, nlp=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    synth.write_corpus(raw, 14, seed=3)
    for path in SEEDS.values():
        shutil.copy(path, raw / path.name)
    (raw / "empty.txt").write_bytes(b"")
    return raw


def snapshot(out: Path) -> dict[str, bytes]:
    """Every table file by relative path (the manifest holds run-specific stat data)."""
    return {
        str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*.parquet"))
    }


def test_two_workers_give_the_same_bytes_as_one(
    corpus: Path, tmp_path: Path, structure_settings: Settings
) -> None:
    builds = tmp_path / "builds"
    builds.mkdir()
    one = run_batch([corpus], tmp_path / "one", structure_settings, annotator=fake_annotator)
    two = run_batch(
        [corpus],
        tmp_path / "two",
        replace(structure_settings, batch_size=2),
        annotator_factory=CountingFactory(builds),
        workers=2,
    )
    assert two.processed == one.processed and len(one.processed) == 16
    assert [f.doc_path for f in two.failures] == [str(corpus / "empty.txt")]
    assert two.counts == one.counts
    assert snapshot(tmp_path / "two") == snapshot(tmp_path / "one")
    assert len(list((tmp_path / "one" / "sentences").iterdir())) == 16
    assert 1 <= len(list(builds.iterdir())) <= 2  # once per worker, not per chunk


@pytest.mark.parametrize(("n_workers", "processes"), [(2, False), (1, True)])
def test_dask_cluster_gives_the_same_tables(
    corpus: Path, tmp_path: Path, structure_settings: Settings, n_workers: int, processes: bool
) -> None:
    distributed = pytest.importorskip("dask.distributed")
    local = run_batch([corpus], tmp_path / "local", structure_settings, annotator=fake_annotator)
    with distributed.LocalCluster(
        n_workers=n_workers, threads_per_worker=1, processes=processes, dashboard_address=None
    ) as cluster:
        remote = run_batch(
            [corpus],
            tmp_path / "dask",
            structure_settings,
            annotator_factory=fake_factory,
            executor="dask",
            scheduler=cluster.scheduler_address,
        )
    assert remote.processed == local.processed
    assert remote.failures == local.failures
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")


def test_kill_9_leaves_readable_tables_and_a_rerun_completes_them(tmp_path: Path) -> None:
    corpus = tmp_path / "raw"
    for index, path in enumerate(synth.write_corpus(corpus, 40, seed=7)):
        path.write_text(path.read_text(encoding="utf-8") * (2 + index % 3), encoding="utf-8")
    out, clean = tmp_path / "out", tmp_path / "clean"
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--no-nlp", "-q"]
    command += ["--config", str(ROOT / "configs"), "--batch-size", "2"]
    child = subprocess.Popen([*command, "--out", str(out)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while len(list(out.glob("clauses/*.parquet"))) < 6 and time.monotonic() < deadline:
            assert child.poll() is None, "the run finished before it could be killed"
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    written = list(out.rglob("*.parquet"))
    assert 6 <= len(list(out.glob("clauses/*.parquet"))) < 40
    for path in written:
        pq.read_table(path)
    pipeline.load(out)
    subprocess.run([*command, "--out", str(out)], cwd=ROOT, check=True, capture_output=True)
    subprocess.run([*command, "--out", str(clean)], cwd=ROOT, check=True, capture_output=True)
    assert len(list(out.glob("documents/*.parquet"))) == 40
    assert snapshot(out) == snapshot(clean)
    assert not list(out.rglob("*.tmp"))


def test_incremental_reruns(tmp_path: Path) -> None:
    configs = tmp_path / "configs"
    shutil.copytree(ROOT / "configs", configs)
    settings = load_settings(configs, nlp=False)
    corpus = tmp_path / "raw"
    paths = synth.write_corpus(corpus, 6, seed=1)
    out = tmp_path / "out"
    first = run_batch([corpus], out, settings)
    assert len(first.processed) == 6

    noop = run_batch([corpus], out, settings)
    assert noop.processed == () and len(noop.skipped) == 6

    paths[2].write_text(paths[2].read_text(encoding="utf-8") + "\nNy mening.\n", "utf-8")
    changed = run_batch([corpus], out, settings)
    assert changed.processed == (batch.assign_doc_ids([paths[2]])[paths[2]],)
    assert len(changed.skipped) == 5

    (configs / "pipeline.yaml").write_text(
        (configs / "pipeline.yaml").read_text(encoding="utf-8") + "\n# changed\n", "utf-8"
    )
    reconfigured = run_batch([corpus], out, load_settings(configs, nlp=False))
    assert len(reconfigured.processed) == 6 and reconfigured.skipped == ()


def test_unchanged_files_are_not_even_read(
    tmp_path: Path, structure_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "raw"
    paths = synth.write_corpus(corpus, 5, seed=2)
    an_hour_ago = time.time_ns() - 3600 * 10**9
    for path in paths:
        os.utime(path, ns=(an_hour_ago, an_hour_ago))
    out = tmp_path / "out"
    run_batch([corpus], out, structure_settings)

    def no_hashing(data: bytes) -> str:
        raise AssertionError("an unchanged file was hashed")

    monkeypatch.setattr(batch.plan, "sha256_of", no_hashing)
    again = run_batch([corpus], out, structure_settings)
    assert len(again.skipped) == 5 and again.processed == ()


def test_touched_but_identical_file_is_hashed_and_skipped(
    tmp_path: Path, structure_settings: Settings
) -> None:
    corpus = tmp_path / "raw"
    [path] = synth.write_corpus(corpus, 1, seed=4)
    out = tmp_path / "out"
    run_batch([corpus], out, structure_settings)
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    again = run_batch([corpus], out, structure_settings)
    assert again.processed == () and len(again.skipped) == 1
    assert (out / MANIFEST_FILE).exists()


def test_tables_a_document_no_longer_has_are_removed(
    corpus: Path, tmp_path: Path, structure_settings: Settings
) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, structure_settings, annotator=fake_annotator)
    assert list((out / "sentences").glob("*.parquet"))
    run_batch([corpus], out, structure_settings, force=True)
    assert not list((out / "sentences").glob("*.parquet"))


def test_an_annotator_that_cannot_be_built_fails_each_document_not_the_batch(
    tmp_path: Path, structure_settings: Settings
) -> None:
    def broken(settings: Settings) -> object:
        raise OSError("model not found")

    summary = run_batch([SEEDS["region-norrbotten"]], tmp_path / "out", structure_settings,
                        annotator_factory=broken)  # fmt: skip
    [failure] = summary.failures
    assert (failure.stage, failure.error_type) == ("nlp", "OSError")
    assert "model not found" in failure.message


def test_bad_options_are_refused(tmp_path: Path, structure_settings: Settings) -> None:
    with pytest.raises(ValueError, match="workers"):
        run_batch([ROOT / "raw"], tmp_path, structure_settings, workers=0)
    with pytest.raises(ValueError, match="executor"):
        run_batch([ROOT / "raw"], tmp_path, structure_settings, executor="spark")
