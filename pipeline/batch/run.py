"""The batch: lock the output directory, plan, execute, record.

Only this process writes the manifest and ``errors.parquet``. Every partition write is
atomic and the manifest lists a document only after all its partitions are written, so a
run killed at any moment leaves readable tables and a re-run completes them. One run at a
time writes to an output directory (an advisory lock); a second one waits, or fails fast
with ``wait=False``.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.batch.executors import (
    AnnotatorFactory,
    ReadyAnnotator,
    TaskContext,
    check_nlp_configs,
    choose_workers,
    collection_paused,
    default_annotator_factory,
    run_inline,
)
from pipeline.batch.plan import failed_entry, plan_batch, remove_leftovers
from pipeline.batch.records import DocumentFailure, Record, RunError, WorkItem, passed_over
from pipeline.batch.stages import OUTPUT_UNUSABLE, Annotator
from pipeline.config import Settings
from pipeline.tables import (
    DOCUMENT_TABLES,
    partition_ids,
    remove_document,
    rows_from,
    write_errors,
    write_manifest,
)

EXECUTORS = ("local", "dask")
LOCK_FILE = ".styrdok.lock"
UNUSABLE_CODES = frozenset(errno.errorcode[code] for code in OUTPUT_UNUSABLE)
# The manifest is rewritten during a run at most this often (it lists every document).
CHECKPOINT_SECONDS = 2.0

# progress(batches, total, done): `total` counts every input file, `done` those settled
# before the stream starts (files that failed discovery: an .rtf, a missing path), so that
# the count reaches `total` however many inputs never reach a batch.
Progress = Callable[[Iterable[Any], int, int], Iterable[Any]]


@dataclass(frozen=True)
class BatchSummary:
    processed: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    failures: tuple[DocumentFailure, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)
    # Documents of earlier runs on other paths, kept in the output (not under these inputs).
    elsewhere: tuple[str, ...] = ()
    seconds: float = 0.0
    workers: int = 1
    repaired_manifest: bool = False
    passed_over: tuple[str, ...] = ()  # files of types styrdok does not read (round 46)
    # doc id → what of the run identity changed since it was recorded (newuser54b fault 12)
    redone: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


def _os_problem(path: Path, error: OSError) -> RunError:
    reason = error.strerror or str(error)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return RunError(f"{path}: cannot write the output directory ({reason})")
    if error.errno == errno.ENOSPC:
        return RunError(f"{path}: disk full ({reason}); the manifest lists what was written")
    return RunError(f"{path}: {reason}")


@contextmanager
def locked(out_dir: Path, *, wait: bool = True, notify: Callable[[str], None] = print
           ) -> Iterator[None]:  # fmt: skip
    """Hold the output directory's advisory lock (``flock``) for the whole run. A run that
    made the directory and stops with an error (a bad config) takes it away again when it
    holds nothing but the lock, so no empty result is left to read (newuser52b fault 7)."""
    made = not out_dir.exists()
    with _removed_if_left_empty(out_dir, made), _held(out_dir, wait=wait, notify=notify):
        yield


@contextmanager
def _removed_if_left_empty(out_dir: Path, made: bool) -> Iterator[None]:
    try:
        yield
    except BaseException:
        if made and out_dir.is_dir() and {path.name for path in out_dir.iterdir()} <= {LOCK_FILE}:
            (out_dir / LOCK_FILE).unlink(missing_ok=True)
            out_dir.rmdir()
        raise


@contextmanager
def _held(out_dir: Path, *, wait: bool, notify: Callable[[str], None]) -> Iterator[None]:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise _os_problem(out_dir, error) from None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(descriptor, 32, 0).decode(errors="replace").strip() or "?"
            if not wait:
                raise RunError(
                    f"{out_dir}: another styrdok run (pid {holder}) is writing here "
                    "(--no-wait given)"
                ) from None
            notify(f"styrdok: waiting for the run (pid {holder}) writing to {out_dir}/")
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        try:
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        except OSError as error:
            raise _os_problem(out_dir, error) from None
        yield
    finally:
        os.close(descriptor)  # releases the lock


def _factory(
    annotator: Annotator | None, annotator_factory: AnnotatorFactory | None
) -> AnnotatorFactory:
    if annotator is not None and annotator_factory is not None:
        raise ValueError("pass either an annotator or an annotator_factory, not both")
    if annotator is not None:
        return ReadyAnnotator(annotator)
    return annotator_factory or default_annotator_factory


def _check_options(workers: int | str, executor: str, scheduler: str | None) -> None:
    if workers != "auto" and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be 'auto' or at least 1, not {workers!r}")
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r}; known: {', '.join(EXECUTORS)}")
    if scheduler and executor != "dask":
        raise ValueError("a scheduler address needs executor='dask'")


def _execute(
    items: tuple[WorkItem, ...],
    settings: Settings,
    factory: AnnotatorFactory,
    out_dir: Path,
    *,
    workers: int,
    executor: str,
    scheduler: str | None,
) -> Iterator[list[Record]]:
    if not items:
        return iter(())
    if executor == "local" and workers == 1:
        return run_inline(items, settings, factory, out_dir)
    context = TaskContext(uuid.uuid4().hex, settings, factory, out_dir)
    if executor == "dask":
        from pipeline.batch.dask_cluster import run_dask

        return run_dask(items, context, scheduler, workers)
    from pipeline.batch.pool import run_pool

    return run_pool(items, context, settings.batch_size, workers)


def run_batch(
    inputs: Iterable[Path],
    out_dir: Path,
    settings: Settings,
    annotator: Annotator | None = None,
    *,
    annotator_factory: AnnotatorFactory | None = None,
    force: bool = False,
    progress: Progress | None = None,
    workers: int | str | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    wait: bool = True,
    notify: Callable[[str], None] = print,
) -> BatchSummary:
    """Process documents into `out_dir`; document failures are collected, never raised.

    NLP: `annotator_factory(settings)` is called once per worker process (default:
    `default_annotator_factory`); an `annotator` object is used as is (one process) or
    pickled to each worker. `workers`: a number, or ``"auto"`` (default:
    ``settings.workers``). `progress(batches, total, done)` wraps the stream of completed
    batches (lists, one item per document); `total` counts every file, `done` the files
    that failed before processing. Raises `RunError` when the run cannot
    proceed (output directory not writable, locked with ``wait=False``, disk full).
    """
    workers = settings.workers if workers is None else workers
    _check_options(workers, executor, scheduler)
    started = time.perf_counter()
    out_dir = Path(out_dir)
    factory = _factory(annotator, annotator_factory)
    with locked(out_dir, wait=wait, notify=notify):
        remove_leftovers(out_dir)
        plan = plan_batch(inputs, out_dir, settings, force=force)
        if plan.todo and settings.nlp and factory is default_annotator_factory:
            with collection_paused(keep=True):  # it imports spaCy: no pass walks its modules
                check_nlp_configs(settings)
        n_workers = choose_workers(workers, len(plan.todo), settings)
        if executor == "dask" and workers == "auto":
            n_workers = max(2, n_workers)
        batches = _execute(plan.todo, settings, factory, out_dir, workers=n_workers,
                           executor=executor, scheduler=scheduler)  # fmt: skip
        summary = _record(plan, batches, out_dir, progress)
    return BatchSummary(
        **summary,
        seconds=time.perf_counter() - started,
        workers=n_workers,
        repaired_manifest=plan.rebuilt,
        passed_over=plan.passed_over,
        redone=plan.redone,
    )


def _record(
    plan: Any, batches: Iterator[list[Record]], out_dir: Path, progress: Progress | None
) -> dict[str, Any]:
    outcome = _Outcome(
        entries={**plan.elsewhere, **plan.kept},
        failures=list(plan.failures),
        failed=dict(plan.failed),
    )
    removed: list[str] = []
    completed = False
    try:
        _consume(plan, batches, out_dir, progress, outcome)
        removed = list(plan.stale)
        for doc_id in removed:
            remove_document(out_dir, doc_id)
        completed = True
    finally:
        recorded = _close(plan, batches, out_dir, outcome, completed)
    if completed:
        _remove_unlisted(out_dir, recorded)
    return {
        "processed": tuple(sorted(outcome.processed)),
        "skipped": tuple(sorted(plan.kept)),
        "removed": tuple(removed),
        "elsewhere": tuple(sorted(plan.elsewhere)),
        "failures": tuple(sorted(outcome.failures, key=lambda f: (f.doc_path, f.stage))),
        "counts": outcome.counts,
    }


@dataclass
class _Outcome:
    """What a run has recorded so far: manifest entries, failures, table row counts."""

    entries: dict[str, Any]
    failures: list[DocumentFailure]
    failed: dict[str, Any]
    processed: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add_document(self, record: Record) -> None:
        self.entries[record.doc_id] = dict(record.entry)
        self.processed.append(record.doc_id)
        for name, count in record.counts.items():
            self.counts[name] = self.counts.get(name, 0) + count


def _consume(
    plan: Any,
    batches: Iterator[list[Record]],
    out_dir: Path,
    progress: Progress | None,
    outcome: _Outcome,
) -> None:
    """Record every batch as it arrives, saving the manifest now and then."""
    items = {item.doc_id: item for item in plan.todo}
    checkpoint = time.monotonic()
    settled = len(plan.failures)
    stream = progress(batches, len(plan.todo) + settled, settled) if progress else batches
    for records in stream:
        for record in records:
            if isinstance(record, DocumentFailure):
                _record_failure(record, items, out_dir, outcome)
            else:
                outcome.add_document(record)
        if time.monotonic() - checkpoint > CHECKPOINT_SECONDS:
            _save_manifest(out_dir, {**plan.previous, **outcome.entries}, outcome.failed)
            checkpoint = time.monotonic()


def _record_failure(
    record: DocumentFailure, items: Mapping[str, WorkItem], out_dir: Path, outcome: _Outcome
) -> None:
    """Drop the failed document's partial output; an unusable output directory stops the run."""
    if record.doc_id:
        remove_document(out_dir, record.doc_id)
    if record.error_type in UNUSABLE_CODES:
        raise RunError(f"{out_dir}: output directory unusable ({record.message})")
    outcome.failures.append(record)
    item = items.get(record.doc_id or "")
    entry = failed_entry(item, record) if item is not None else None
    if entry is not None:
        outcome.failed[record.doc_path] = entry


def _close(
    plan: Any,
    batches: Iterator[list[Record]],
    out_dir: Path,
    outcome: _Outcome,
    completed: bool,
) -> dict[str, Any]:
    """Save the manifest and errors.parquet however the run ended; the documents recorded."""
    if not completed and hasattr(batches, "close"):
        batches.close()  # stop the workers now, not when the generator is collected
    # Even when the executor fails (a lost Dask scheduler, Ctrl-C), what was written is
    # recorded, so a re-run redoes only the rest.
    recorded = outcome.entries if completed else {**plan.previous, **outcome.entries}
    if recorded != plan.previous or plan.rebuilt or outcome.failed != plan.failed_before:
        _save_manifest(out_dir, recorded, outcome.failed)
    try:
        skipped = [passed_over(path) for path in plan.passed_over]
        write_errors(out_dir, rows_from([*outcome.failures, *skipped]))
    except OSError as error:
        raise _os_problem(out_dir, error) from None
    return recorded


def _save_manifest(
    out_dir: Path, documents: Mapping[str, Any], failed: Mapping[str, Any]
) -> None:
    try:
        write_manifest(out_dir, {"documents": documents, "failed": failed})
    except OSError as error:
        raise _os_problem(out_dir, error) from None


def _remove_unlisted(out_dir: Path, documents: Mapping[str, Any]) -> None:
    """Partitions of documents the manifest does not list (left by a killed run whose
    document was deleted since, or by a damaged manifest) are removed."""
    on_disk = partition_ids(out_dir)
    for name in DOCUMENT_TABLES:
        for doc_id in on_disk[name] - set(documents):
            (out_dir / name / f"{doc_id}.parquet").unlink(missing_ok=True)
