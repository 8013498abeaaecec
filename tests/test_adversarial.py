"""Bad inputs and faults, each built here: good documents are written, the bad one is one
clear row in errors.parquet, nothing hangs, nothing is lost, no traceback.

The long trials (10 random kill -9 of parent and worker, pool and Dask) are in
benchmarks/bench_adversarial.py; these are their short versions.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

import pipeline
from pipeline.batch import LimitExceeded, RunError, locked, run_batch
from pipeline.config import Settings
from pipeline.ingest import MAX_ID_CHARS, assign_doc_ids
from pipeline.normalize import normalize
from pipeline.segment import SegmentedDocument
from pipeline.tables import MANIFEST_FILE
from tests.conftest import ROOT, SEEDS, raw_from_text
from tests.test_scale import fake_annotator, snapshot, synth

GOOD = "Instruktion för kommundirektören\n\n1. Ansvar\n\nKommundirektören ska leda förvaltningen.\n"
CLI = [sys.executable, "-m", "pipeline"]


@pytest.fixture
def quick(settings: Settings) -> Settings:
    return replace(settings, nlp=False, workers=1)


def limited(settings: Settings, **limits: float) -> Settings:
    return replace(settings, limits=replace(settings.limits, **limits))


def _errors(out: Path) -> dict[str, str]:
    errors = pipeline.load(out).errors
    return dict(zip(errors["doc_path"], errors["message"], strict=True))


def _docx_bomb(path: Path, megabytes: int) -> Path:
    paragraph = "<w:p><w:r><w:t>" + "Nämnden ska besluta. " * 40 + "</w:t></w:r></w:p>"
    body = paragraph * (megabytes * 2**20 // len(paragraph.encode()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        )
    return path


# ---------------------------------------------------------------------------
# Ids


def test_ids_are_unique_by_construction(tmp_path: Path, quick: Settings) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("x.txt", "x-txt.txt", "X.TXT", "instruktion.txt", "å" * 120 + ".txt"):
        (raw / name).write_text(GOOD, encoding="utf-8")
    summary = run_batch([raw], tmp_path / "out", quick)
    assert len(summary.processed) == 5 and len(set(summary.processed)) == 5
    assert all(len(doc_id) <= MAX_ID_CHARS for doc_id in summary.processed)
    assert len(list((tmp_path / "out" / "documents").iterdir())) == 5
    assert run_batch([raw], tmp_path / "out", quick).processed == ()


def test_same_name_in_two_folders_run_separately_both_kept(tmp_path: Path, quick: Settings) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "instruktion.txt").write_text(GOOD + folder, encoding="utf-8")
    out = tmp_path / "out"
    first = run_batch([tmp_path / "a"], out, quick)
    second = run_batch([tmp_path / "b"], out, quick)
    assert first.processed == ("instruktion",) and second.processed != first.processed
    sources = set(pipeline.load(out).documents["source_path"])
    assert sources == {str(tmp_path / "a" / "instruktion.txt"), str(tmp_path / "b" / "instruktion.txt")}
    assert run_batch([tmp_path / "a"], out, quick).skipped == ("instruktion",)


def test_one_file_given_three_ways_is_one_document(
    tmp_path: Path, quick: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    path = tmp_path / "doc.txt"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sub")
    summary = run_batch([path, Path("../doc.txt"), Path("../sub/../doc.txt")], tmp_path / "out", quick)
    assert summary.processed == ("doc",)


def test_registry_never_gives_a_recorded_id_to_another_path() -> None:
    ids = assign_doc_ids([Path("/b/x.txt"), Path("/b/x-txt.txt")], {"x": "/a/x.txt"})
    assert "x" not in ids.values() and len(set(ids.values())) == 2
    assert assign_doc_ids([Path("/a/x.txt")], {"x": "/a/x.txt"}) == {Path("/a/x.txt"): "x"}


# ---------------------------------------------------------------------------
# Bounds: each bad document fails alone with a clear message, the good one is written


@pytest.mark.parametrize(
    ("name", "content", "limits", "message"),
    [
        ("big.txt", GOOD * 200, {"max_bytes": 2000}, "max_bytes"),
        ("word.txt", "a" * 1_000_000, {}, "max_clause_chars"),
        ("chars.txt", GOOD * 50, {"max_chars": 1000}, "max_chars"),
        ("cid.txt", "(cid:17)(cid:20)" * 500, {}, "(cid:N)"),
        ("para.txt", "§ 1\n" * 100_000, {"max_seconds": 1.0}, "max_seconds"),  # the good one never nears 1 s
    ],
)
def test_a_document_over_a_limit_fails_alone(
    tmp_path: Path, quick: Settings, name: str, content: str, limits: dict, message: str
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    (raw / name).write_text(content, encoding="utf-8")
    started = time.process_time()  # CPU, not wall: the suite runs beside other work
    summary = run_batch([raw], tmp_path / "out", limited(quick, **limits))
    assert time.process_time() - started < 30
    assert summary.processed == ("good",)
    [(path, text)] = _errors(tmp_path / "out").items()
    assert path == str(raw / name) and message in text and "\n" not in text
    assert "Traceback" not in text


def test_a_word_bomb_is_refused_before_parsing(tmp_path: Path, quick: Settings) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    _docx_bomb(raw / "bomb.docx", 30)
    started = time.monotonic()
    summary = run_batch([raw], tmp_path / "out", quick)
    assert time.monotonic() - started < 10
    assert summary.processed == ("good",)
    assert "max_unpacked" in _errors(tmp_path / "out")[str(raw / "bomb.docx")]


def test_the_time_limit_interrupts_a_slow_stage() -> None:
    from pipeline.batch.stages import time_limit

    started = time.monotonic()
    with pytest.raises(LimitExceeded, match="max_seconds"), time_limit(0.2):
        while True:
            pass
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "text",
    ["a" * 1_000_000, "0123456789abcdef" * 3200, "§ 1\n" * 10_000, "ord- delning " * 20_000],
    ids=["1MB-word", "50KB-hex", "10k-lines", "20k-hyphen-breaks"],
)
def test_normalize_is_linear_on_hostile_input(text: str) -> None:
    started = time.process_time()
    normalize(raw_from_text(text))
    assert time.process_time() - started < 10  # quadratic: minutes


def test_zero_width_and_control_characters_are_removed_offsets_exact() -> None:
    doc = normalize(raw_from_text("Region\u200bdirektören ska\x07 leda\ufeff förvaltningen.\n"))
    assert doc.text == "Regiondirektören ska leda förvaltningen."
    for index, char in enumerate(doc.text):
        start, end = doc.raw_span(index, index + 1)
        assert char == " " or char in doc.raw.text[start:end]


@hypothesis_settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab- \n§1.åÖ") + ["\u200b", "\ufeff", "\x07", "\u00ad", "\u202e"]),
        max_size=200,
    )
)
def test_every_normalized_character_maps_to_the_raw_character_it_came_from(text: str) -> None:
    doc = normalize(raw_from_text(text))
    assert not set(doc.text) & {"\u200b", "\ufeff", "\x07", "\u202e"}
    for index, char in enumerate(doc.text):
        start, end = doc.raw_span(index, index + 1)
        assert 0 <= start <= end <= len(text)
        assert char.isspace() or char in doc.raw.text[start:end]


def test_mixed_utf8_and_cp1252_lines_are_repaired(tmp_path: Path, quick: Settings) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "Förvaltningschefen ska närvara.\n".encode() + "Nämnden får besluta – alltid.\n".encode("cp1252")
    )
    run_batch([path], tmp_path / "out", quick)
    [row] = pipeline.load(tmp_path / "out").documents.itertuples()
    assert row.raw_text == "Förvaltningschefen ska närvara.\nNämnden får besluta – alltid.\n"
    assert row.encoding == "utf-8+cp1252"


# ---------------------------------------------------------------------------
# Paths that are not documents


def test_fifo_symlink_loop_and_missing_path_are_errors_not_hangs(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    args = ["fifo.txt", "loop1", "missing.txt", "good.txt", "--out", "out", "--no-nlp", "-q"]
    result = subprocess.run([*CLI, "run", *args], cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "fifo.txt: not a regular file" in result.stdout
    assert "loop1: symlink loop" in result.stdout
    assert "missing.txt: file not found" in result.stdout
    assert (tmp_path / "out" / "documents" / "good.parquet").exists()


def test_exit_codes_distinguish_usage_failure_and_cannot_proceed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "file").write_text("not a directory", encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*CLI, *args], cwd=tmp_path, capture_output=True, text=True,
                              timeout=60)  # fmt: skip

    assert run("run", "--workers", "none").returncode == 64
    assert run("run", "--frobnicate").returncode == 64
    bad_config = run("run", "good.txt", "--set", "batch_size=0")
    assert bad_config.returncode == 2 and "batch_size" in bad_config.stderr
    blocked = run("run", "good.txt", "--out", "file", "--no-nlp")
    assert blocked.returncode == 2 and "Traceback" not in blocked.stderr
    assert blocked.stderr.count("\n") == 1 and "file" in blocked.stderr
    assert run("run", "good.txt", "missing.txt", "--no-nlp", "-q").returncode == 1
    assert run("run", "good.txt", "--no-nlp", "-q").returncode == 0
    quiet_before_command = run("-q", "run", "good.txt", "--no-nlp", "--force")
    assert quiet_before_command.returncode == 0 and quiet_before_command.stderr == ""


# ---------------------------------------------------------------------------
# Self-healing outputs


def test_damaged_partitions_are_redone(tmp_path: Path, quick: Settings) -> None:
    corpus = tmp_path / "raw"
    synth.write_corpus(corpus, 4, seed=5)
    out, clean = tmp_path / "out", tmp_path / "clean"
    run_batch([corpus], out, quick)
    run_batch([corpus], clean, quick)
    clauses = sorted((out / "clauses").iterdir())
    data = clauses[0].read_bytes()
    clauses[0].write_bytes(data[: len(data) // 2])  # truncated
    clauses[1].write_bytes(data[:-12] + b"\0" * 12)  # same size, bad footer
    (out / "references" / clauses[2].name).unlink()  # deleted
    summary = run_batch([corpus], out, quick)
    assert len(summary.processed) == 3 and len(summary.skipped) == 1
    assert snapshot(out) == snapshot(clean)
    pipeline.load(out)


@pytest.mark.parametrize(
    "damage", ["{not json", "[]", '{"documents": [1, 2]}', '{"documents": {"x": 3}}', ""]
)
def test_a_damaged_manifest_is_rebuilt_from_the_partitions(
    tmp_path: Path, quick: Settings, damage: str
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "doc.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "doc.txt").write_text(GOOD + "2", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([tmp_path / "a"], out, quick)
    run_batch([tmp_path / "b"], out, quick)
    before = snapshot(out)
    (out / MANIFEST_FILE).write_text(damage, encoding="utf-8")
    summary = run_batch([tmp_path / "b"], out, quick)
    assert summary.repaired_manifest and summary.processed == ("doc-txt",)
    assert snapshot(out) == before  # a/doc.txt keeps its id and its tables
    manifest = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert set(manifest["documents"]) == {"doc", "doc-txt"}


def test_a_full_disk_stops_the_run_cleanly_and_a_rerun_completes(
    tmp_path: Path, quick: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from pipeline import tables

    corpus = tmp_path / "raw"
    synth.write_corpus(corpus, 6, seed=10)
    real_write, writes = tables._atomic_write, []

    def fill_up(table: pa.Table, path: Path) -> None:
        writes.append(path)
        if len(writes) > 7:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(table, path)

    monkeypatch.setattr(tables, "_atomic_write", fill_up)
    with pytest.raises(RunError, match="disk full"):
        run_batch([corpus], tmp_path / "out", quick)
    monkeypatch.undo()
    manifest = json.loads((tmp_path / "out" / MANIFEST_FILE).read_text(encoding="utf-8"))
    for doc_id in manifest["documents"]:  # what it lists is complete
        assert (tmp_path / "out" / "documents" / f"{doc_id}.parquet").exists()
    run_batch([corpus], tmp_path / "out", quick)
    run_batch([corpus], tmp_path / "clean", quick)
    assert snapshot(tmp_path / "out") == snapshot(tmp_path / "clean")


def test_an_edit_that_restores_size_and_mtime_is_seen(tmp_path: Path, quick: Settings) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(GOOD, encoding="utf-8")
    old = time.time_ns() - 3600 * 10**9
    os.utime(path, ns=(old, old))
    run_batch([path], tmp_path / "out", quick)
    path.write_text(GOOD.replace("leda", "ledA"), encoding="utf-8")
    os.utime(path, ns=(old, old))
    assert run_batch([path], tmp_path / "out", quick).processed == ("doc",)


# ---------------------------------------------------------------------------
# Concurrency


def test_a_second_run_waits_or_fails_fast(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    with locked(out, notify=lambda _: None):
        with pytest.raises(RunError, match="another styrdok run"), locked(out, wait=False):
            pass
        result = subprocess.run(
            [*CLI, "run", "good.txt", "--out", "out", "--no-nlp", "--no-wait"],
            cwd=tmp_path, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 2 and "another styrdok run" in result.stderr
    descriptor = os.open(out / ".styrdok.lock", os.O_RDWR)
    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released
    os.close(descriptor)


def test_two_concurrent_runs_into_one_out_lose_nothing(tmp_path: Path) -> None:
    for folder, seed in (("a", 1), ("b", 2)):
        synth.write_corpus(tmp_path / folder, 12, seed=seed)
    runs = [
        subprocess.Popen([*CLI, "run", folder, "--out", "out", "--no-nlp", "-q"], cwd=tmp_path,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        for folder in ("a", "b")
    ]
    for run in runs:
        run.communicate(timeout=120)
        assert run.returncode == 0
    documents = pipeline.load(tmp_path / "out").documents
    assert len(documents) == 24 and len(set(documents["source_path"])) == 24
    assert not list((tmp_path / "out").rglob("*.tmp"))


# ---------------------------------------------------------------------------
# Isolation


def killing_annotator(documents: Sequence[SegmentedDocument]) -> list[dict[str, pa.Table]]:
    """Kills its own process on the document that says so (a segfaulting model, OOM)."""
    if any("KILL THIS WORKER" in document.doc.text for document in documents):
        os.kill(os.getpid(), signal.SIGKILL)
    return fake_annotator(documents)


def test_a_dying_worker_fails_only_its_document(tmp_path: Path, quick: Settings) -> None:
    corpus = tmp_path / "raw"
    synth.write_corpus(corpus, 11, seed=6)
    (corpus / "killer.txt").write_text(GOOD + "\nKILL THIS WORKER\n", encoding="utf-8")
    summary = run_batch([corpus], tmp_path / "out", replace(quick, batch_size=4),
                        annotator=killing_annotator, workers=2)  # fmt: skip
    assert len(summary.processed) == 11
    [lost] = summary.failures
    assert lost.doc_path == str(corpus / "killer.txt") and lost.stage == "worker"
    assert "SIGKILL" in lost.message


def test_a_dying_dask_worker_fails_only_its_document(tmp_path: Path, quick: Settings) -> None:
    corpus = tmp_path / "raw"
    synth.write_corpus(corpus, 3, seed=6)
    (corpus / "killer.txt").write_text(GOOD + "\nKILL THIS WORKER\n", encoding="utf-8")
    summary = run_batch([corpus], tmp_path / "out", quick, annotator=killing_annotator,
                        workers=2, executor="dask")  # fmt: skip
    assert len(summary.processed) == 3
    [lost] = summary.failures
    assert lost.doc_path == str(corpus / "killer.txt") and lost.stage == "worker"
    assert "worker process died while processing this document" in lost.message


def dying_factory(settings: Settings) -> object:
    os._exit(3)  # a worker that cannot start (a broken native library, say)


def test_workers_that_cannot_start_fail_their_documents_not_loop(
    tmp_path: Path, quick: Settings
) -> None:
    corpus = tmp_path / "raw"
    synth.write_corpus(corpus, 2, seed=11)
    started = time.monotonic()
    summary = run_batch([corpus], tmp_path / "out", quick, annotator_factory=dying_factory,
                        workers=2)  # fmt: skip
    assert time.monotonic() - started < 120
    assert summary.processed == () and len(summary.failures) == 2
    assert all("exited (code 3) repeatedly" in f.message for f in summary.failures)


def hanging_annotator(documents: Sequence[SegmentedDocument]) -> list[dict[str, pa.Table]]:
    """Hangs where the in-process time limit cannot reach it (SIGALRM blocked, as in C)."""
    if any("HANG THIS WORKER" in document.doc.text for document in documents):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(600)
    return fake_annotator(documents)


def test_a_stuck_worker_is_killed_and_fails_only_its_document(
    tmp_path: Path, quick: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.batch import pool

    monkeypatch.setattr(pool, "WATCHDOG_GRACE_SECONDS", 0.5)
    corpus = tmp_path / "raw"
    synth.write_corpus(corpus, 3, seed=9)
    (corpus / "stuck.txt").write_text(GOOD + "\nHANG THIS WORKER\n", encoding="utf-8")
    started = time.monotonic()
    # 10 s, not less: a worker's first document also reads the lemma lexicon, which takes
    # seconds on a loaded machine, and would be killed with the stuck one.
    summary = run_batch([corpus], tmp_path / "out", limited(replace(quick, batch_size=1), max_seconds=10),
                        annotator=hanging_annotator, workers=2)  # fmt: skip
    assert time.monotonic() - started < 60
    assert len(summary.processed) == 3
    [lost] = summary.failures
    assert lost.doc_path == str(corpus / "stuck.txt") and "max_seconds" in lost.message


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killing_the_parent_takes_its_workers_and_a_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "raw"
    for index, path in enumerate(synth.write_corpus(corpus, 30, seed=8)):
        path.write_text(path.read_text(encoding="utf-8") * (3 + index % 3), encoding="utf-8")
    command = [*CLI, "run", str(corpus), "--no-nlp", "-q", "--workers", "2", "--batch-size", "2"]
    parent = subprocess.Popen([*command, "--out", str(tmp_path / "out")], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while not list((tmp_path / "out").glob("clauses/*.parquet")):
            assert time.monotonic() < deadline and parent.poll() is None
            time.sleep(0.01)
        workers = _children(parent.pid)
        parent.send_signal(signal.SIGKILL)
    finally:
        parent.wait()
    assert workers
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "orphaned workers"
    again = [*command[:-4], "--batch-size", "2", "--workers", "1"]
    subprocess.run([*again, "--out", str(tmp_path / "out")], cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    subprocess.run([*again, "--out", str(tmp_path / "clean")], cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    assert snapshot(tmp_path / "out") == snapshot(tmp_path / "clean")


# ---------------------------------------------------------------------------
# Configuration anywhere


def test_runs_from_any_directory_with_the_shipped_configuration(tmp_path: Path) -> None:
    shutil.copy(SEEDS["region-norrbotten"], tmp_path / "doc.txt")
    env = {key: value for key, value in os.environ.items() if key != "STYRDOK_CONFIG"}
    result = subprocess.run([*CLI, "run", "doc.txt", "--out", "out/", "--no-nlp", "-q"],
                            cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = subprocess.run([*CLI, "config", "show", "--set", "limits.max_seconds=7"],
                           cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert shown.returncode == 0 and "max_seconds: 7.0" in shown.stdout
    assert str(ROOT / "pipeline" / "configs") in shown.stdout
