"""Batch: run the stages over many documents, isolating failures and skipping unchanged work.

`process_items` is the whole pipeline for a few files as a pure function (paths, settings
and an annotator in, tables out). `run_batch` plans a batch (which documents changed since
the manifest was written), maps the stages over the changed ones with one of three
executors, writes each document's partitions as soon as it is done, records failures in
``errors.parquet`` and keeps the manifest so that a re-run only redoes documents whose
bytes, config or model changed.

Executors (docs/scale.md):

``workers=1``
    everything in this process, in chunks of ``settings.batch_size`` documents.
``workers=N``
    a pool of N spawned processes; each builds its annotator once (pool initializer),
    processes chunks of documents and writes their partitions itself (atomic writes).
``executor="dask"``
    one task per document on a Dask cluster (``scheduler`` address, or a LocalCluster of
    N worker processes); each worker process builds its annotator once; the results come
    back here and are written by this process.

Only this process writes the manifest and ``errors.parquet``. Every partition write is
atomic and the manifest lists a document only after all its partitions are written, so a
run killed at any moment leaves readable tables and a re-run completes them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import multiprocessing
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pyarrow as pa

import pipeline
from pipeline import __version__
from pipeline.config import Settings
from pipeline.ingest import (
    IngestError,
    RawDocument,
    assign_doc_ids,
    discover,
    read_document,
    sha256_of,
)
from pipeline.normalize import normalize
from pipeline.segment import SegmentedDocument, segment
from pipeline.tables import (
    DOCUMENT_TABLES,
    partition_path,
    read_manifest,
    remove_document,
    rows_from,
    to_table,
    write_document_tables,
    write_errors,
    write_manifest,
)

Annotator = Callable[[Sequence[SegmentedDocument]], Sequence[Mapping[str, pa.Table]]]
AnnotatorFactory = Callable[[Settings], "Annotator | None"]
Progress = Callable[[Iterable[Any], int], Iterable[Any]]

EXECUTORS = ("local", "dask")
DEFAULT_MODEL_NAME = "styrdok-default"
SHIPPED_MODEL_DIR = Path(pipeline.__file__).resolve().parent / "models" / "sv_styrdok"
REPO_ROOT = SHIPPED_MODEL_DIR.parents[2]
# A file's (size, mtime) is trusted as "unchanged" only when the mtime was this much older
# than the run that recorded it: a file rewritten within one timestamp tick of the previous
# write keeps its mtime (the racy-git problem), so such files are hashed next time.
RACY_WINDOW_NS = 2_000_000_000
# The manifest is rewritten during a run at most this often (it lists every document).
CHECKPOINT_SECONDS = 2.0
# Chunks per worker in the process pool: small enough to balance, big enough for nlp.pipe.
CHUNKS_PER_WORKER = 4


@dataclass(frozen=True)
class DocumentFailure:
    doc_path: str
    doc_id: str | None
    stage: str
    error_type: str
    message: str


@dataclass(frozen=True)
class DocumentResult:
    doc_id: str
    tables: Mapping[str, pa.Table]


@dataclass(frozen=True)
class WorkItem:
    """A document to process and the manifest entry it gets once its partitions are written."""

    path: Path
    doc_id: str
    entry: Mapping[str, Any]


@dataclass(frozen=True)
class Written:
    """A document whose partitions are on disk."""

    doc_id: str
    entry: Mapping[str, Any]
    counts: Mapping[str, int]


Record = Written | DocumentFailure


@dataclass(frozen=True)
class BatchPlan:
    todo: tuple[WorkItem, ...]
    kept: Mapping[str, Mapping[str, Any]]
    failures: tuple[DocumentFailure, ...]
    previous: Mapping[str, Mapping[str, Any]]
    current_ids: frozenset[str]
    stale: tuple[str, ...] = ()  # recorded documents under the inputs that are gone
    elsewhere: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # not under them


@dataclass(frozen=True)
class BatchSummary:
    processed: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    failures: tuple[DocumentFailure, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures


class StageError(Exception):
    """Wraps an unexpected exception with the stage it happened in."""

    def __init__(self, stage: str, error: BaseException) -> None:
        self.stage = stage
        self.error = error
        super().__init__(f"{stage}: {type(error).__name__}: {error}")


# ---------------------------------------------------------------------------
# The stages for one document


def _stage(name: str, function: Callable[..., Any], *args: Any) -> Any:
    try:
        return function(*args)
    except IngestError:
        raise
    except Exception as error:  # noqa: BLE001 - one document must never stop a batch
        raise StageError(name, error) from error


def prepare_document(path: Path, doc_id: str, settings: Settings) -> SegmentedDocument:
    """ingest → normalize → segment for one file."""
    raw: RawDocument = _stage("ingest", read_document, path, doc_id, settings.ingest)
    normalized = _stage("normalize", normalize, raw, settings.normalize)
    return _stage("segment", segment, normalized)


def structure_tables(segmented: SegmentedDocument, settings: Settings) -> dict[str, pa.Table]:
    raw = segmented.doc.raw
    document_row = {
        "doc_id": segmented.doc_id,
        "source_path": raw.source_path,
        "source_sha256": raw.source_sha256,
        "encoding": raw.encoding,
        "organisation": segmented.organisation,
        "title": segmented.title,
        "year": segmented.year,
        "diarienummer": raw.metadata.get("diarienummer"),
        "n_chars": len(segmented.doc.text),
        "n_clauses": len(segmented.clauses),
        "n_pages": len(raw.pages) or None,
        "ocr_pages": list(raw.ocr_pages),
        "normalized_text": segmented.doc.text,
        "raw_text": raw.text,
        "page_starts": [page.start for page in raw.pages],
        "metadata": sorted(raw.metadata.items()),
        "model": settings.model if settings.nlp else None,
        "config_fingerprint": settings.fingerprint,
        "pipeline_version": __version__,
    }
    return {
        "documents": to_table("documents", [document_row]),
        "clauses": to_table("clauses", rows_from(segmented.clauses)),
        "references": to_table("references", rows_from(segmented.references)),
    }


def _failure(path: Path, doc_id: str | None, error: BaseException) -> DocumentFailure:
    if isinstance(error, IngestError):
        return DocumentFailure(str(path), doc_id, "ingest", "IngestError", str(error))
    if isinstance(error, StageError):
        inner = error.error
        return DocumentFailure(
            str(path), doc_id, error.stage, type(inner).__name__, f"{path}: {inner}"
        )
    return DocumentFailure(str(path), doc_id, "nlp", type(error).__name__, f"{path}: {error}")


def process_items(
    items: Sequence[WorkItem], settings: Settings, annotator: Annotator | None
) -> Iterator[tuple[WorkItem, DocumentResult | DocumentFailure]]:
    """All stages for a few documents (one NLP batch); failures are yielded, not raised."""
    prepared: list[tuple[WorkItem, SegmentedDocument]] = []
    for item in items:
        try:
            prepared.append((item, prepare_document(item.path, item.doc_id, settings)))
        except (IngestError, StageError) as error:
            yield item, _failure(item.path, item.doc_id, error)
    annotated = _annotate([segmented for _, segmented in prepared], annotator)
    for (item, segmented), extra in zip(prepared, annotated, strict=True):
        if isinstance(extra, BaseException):
            yield item, _failure(item.path, item.doc_id, StageError("nlp", extra))
            continue
        try:
            tables = {**_stage("tables", structure_tables, segmented, settings), **extra}
        except StageError as error:
            yield item, _failure(item.path, item.doc_id, error)
            continue
        yield item, DocumentResult(item.doc_id, tables)


def _annotate(
    documents: Sequence[SegmentedDocument], annotator: Annotator | None
) -> list[Mapping[str, pa.Table] | BaseException]:
    """Run the NLP annotator on the chunk; on failure, retry one document at a time."""
    if annotator is None or not documents:
        return [{} for _ in documents]
    try:
        return list(annotator(documents))
    except Exception:  # noqa: BLE001 - find the document that broke the chunk
        results: list[Mapping[str, pa.Table] | BaseException] = []
        for document in documents:
            try:
                results.extend(annotator([document]))
            except Exception as error:  # noqa: BLE001
                results.append(error)
        return results


def write_result(
    out_dir: Path, item: WorkItem, outcome: DocumentResult | DocumentFailure
) -> Record:
    """Write a document's partitions (dropping tables it no longer has), or pass its failure."""
    if isinstance(outcome, DocumentFailure):
        return outcome
    try:
        for name in DOCUMENT_TABLES:
            if name not in outcome.tables:
                partition_path(out_dir, name, outcome.doc_id).unlink(missing_ok=True)
        write_document_tables(out_dir, outcome.doc_id, outcome.tables)
    except OSError as error:
        return _failure(item.path, item.doc_id, StageError("write", error))
    counts = {name: table.num_rows for name, table in outcome.tables.items()}
    return Written(outcome.doc_id, item.entry, counts)


def run_items(
    items: Sequence[WorkItem], settings: Settings, annotator: Annotator | None, out_dir: Path
) -> list[Record]:
    return [
        write_result(out_dir, item, outcome)
        for item, outcome in process_items(items, settings, annotator)
    ]


# ---------------------------------------------------------------------------
# Annotators


def default_annotator_factory(settings: Settings) -> Annotator | None:
    """``pipeline.nlp.build_annotator(settings)`` when NLP is on, else no annotator."""
    if not settings.nlp:
        return None
    from pipeline.nlp import build_annotator

    return build_annotator(settings)


@dataclass(frozen=True)
class ReadyAnnotator:
    """A factory for an annotator that already exists (pickled with it to other processes)."""

    annotator: Annotator

    def __call__(self, settings: Settings) -> Annotator:
        return self.annotator


@dataclass(frozen=True)
class UnavailableAnnotator:
    """Stands in for an annotator that could not be built: each document fails at `nlp`."""

    error: BaseException

    def __call__(self, documents: Sequence[SegmentedDocument]) -> list[Mapping[str, pa.Table]]:
        raise self.error


def build_annotator_safely(factory: AnnotatorFactory, settings: Settings) -> Annotator | None:
    try:
        return factory(settings)
    except Exception as error:  # noqa: BLE001 - reported per document, the batch goes on
        return UnavailableAnnotator(error)


# A worker process builds its annotator once and keeps it for every task of the run
# (a spaCy pipeline is too big to send with each task). Keyed by the run's token; holds
# the latest run only, so a long-lived Dask worker does not accumulate models. The lock
# serialises NLP calls from the threads of one Dask worker.
_PROCESS_ANNOTATORS: dict[str, tuple[Annotator | None, threading.Lock]] = {}
_PROCESS_ANNOTATORS_LOCK = threading.Lock()


def process_annotator(
    token: str, build: Callable[[], Annotator | None]
) -> tuple[Annotator | None, threading.Lock]:
    with _PROCESS_ANNOTATORS_LOCK:
        if token not in _PROCESS_ANNOTATORS:
            _PROCESS_ANNOTATORS.clear()
            _PROCESS_ANNOTATORS[token] = (build(), threading.Lock())
        return _PROCESS_ANNOTATORS[token]


# ---------------------------------------------------------------------------
# Settings across processes (a mappingproxy cannot be pickled)


@dataclass(frozen=True)
class PortableSettings:
    values: tuple[tuple[str, Any], ...]

    @classmethod
    def of(cls, settings: Settings) -> PortableSettings:
        values = {f.name: getattr(settings, f.name) for f in fields(settings)}
        values["ingest"] = dict(settings.ingest)
        return cls(tuple(values.items()))

    def settings(self) -> Settings:
        values = dict(self.values)
        values["ingest"] = MappingProxyType(values["ingest"])
        return Settings(**values)


@dataclass(frozen=True)
class TaskContext:
    """What every worker task needs besides its documents; sent once per worker."""

    token: str
    portable: PortableSettings
    factory: AnnotatorFactory
    out_dir: Path

    def annotator(self) -> tuple[Settings, Annotator | None, threading.Lock]:
        settings = self.portable.settings()
        build = partial(build_annotator_safely, self.factory, settings)
        annotator, lock = process_annotator(self.token, build)
        return settings, annotator, lock


# ---------------------------------------------------------------------------
# Planning: what changed since the manifest was written


def model_fingerprint(settings: Settings) -> str:
    """The model name plus a digest of its files, so a retrained model reprocesses all."""
    if not settings.nlp:
        return ""
    location = _model_location(settings.model)
    return f"{settings.model}@{_tree_digest(location)}" if location else settings.model


def _model_location(name: str) -> Path | None:
    """Where the model's files are, without importing spaCy (a no-op run must stay fast)."""
    if name == DEFAULT_MODEL_NAME:
        return SHIPPED_MODEL_DIR if SHIPPED_MODEL_DIR.is_dir() else None
    path = Path(name).expanduser()
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, REPO_ROOT / path]
    for candidate in candidates:  # the places pipeline.nlp.model.resolve_model looks in
        if (candidate / "config.cfg").is_file():
            return candidate
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    return Path(spec.origin).parent if spec and spec.origin else None


def _tree_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def run_identity(settings: Settings) -> dict[str, str]:
    """The part of every manifest entry that a config or model change invalidates."""
    return {
        "config": settings.fingerprint,
        "model": model_fingerprint(settings),
        "pipeline_version": __version__,
    }


def check_document(
    path: Path,
    entry: Mapping[str, Any] | None,
    identity: Mapping[str, str],
    now_ns: int,
) -> tuple[bool, dict[str, Any]]:
    """Whether `entry` still describes `path`, and the manifest entry for `path` now.

    Same identity, path, size and (trusted) mtime: unchanged without reading the file.
    Otherwise the bytes are hashed and compared.
    """
    stat = path.stat()
    same_run = (
        bool(entry)
        and entry.get("source_path") == str(path)
        and all(entry.get(key) == value for key, value in identity.items())
    )
    if (
        same_run
        and entry.get("mtime_ns") is not None
        and (entry.get("size"), entry.get("mtime_ns")) == (stat.st_size, stat.st_mtime_ns)
    ):
        return True, dict(entry)
    fresh = {
        **identity,
        "source_path": str(path),
        "source_sha256": sha256_of(path.read_bytes()),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns if now_ns - stat.st_mtime_ns > RACY_WINDOW_NS else None,
    }
    return same_run and entry.get("source_sha256") == fresh["source_sha256"], fresh


def plan_batch(
    inputs: Iterable[Path], out_dir: Path, settings: Settings, *, force: bool = False
) -> BatchPlan:
    paths, problems = discover(inputs, settings.input_suffixes)
    failures = [_failure(problem_path(p), None, p) for p in problems]
    doc_ids = assign_doc_ids(paths)
    previous = read_manifest(out_dir).get("documents", {})
    identity = run_identity(settings)
    now_ns = time.time_ns()
    todo: list[WorkItem] = []
    kept: dict[str, Mapping[str, Any]] = {}
    for path in paths:
        doc_id = doc_ids[path]
        entry = None if force else previous.get(doc_id)
        try:
            unchanged, fresh = check_document(path, entry, identity, now_ns)
        except OSError as error:
            failures.append(_failure(path, doc_id, IngestError(path, f"cannot be read ({error})")))
            continue
        if unchanged and partition_path(out_dir, "documents", doc_id).exists():
            kept[doc_id] = fresh
        else:
            todo.append(WorkItem(path, doc_id, fresh))
    current = frozenset(doc_ids.values())
    gone = {doc_id: entry for doc_id, entry in previous.items() if doc_id not in current}
    under_inputs = _under(inputs)
    stale = tuple(sorted(d for d, e in gone.items() if under_inputs(e.get("source_path", ""))))
    elsewhere = {d: e for d, e in gone.items() if d not in stale}
    return BatchPlan(tuple(todo), kept, tuple(failures), previous, current, stale, elsewhere)


def _under(inputs: Iterable[Path]) -> Callable[[str], bool]:
    """Whether a recorded source path belongs to this run's inputs: ``styrdok run raw/``
    drops documents deleted from ``raw/``, ``styrdok run raw/new.pdf`` keeps the others."""
    roots = [Path(item).resolve() for item in inputs]

    def covered(source: str) -> bool:
        if not source:
            return True
        path = Path(source).resolve()
        return any(path == root or root in path.parents for root in roots)

    return covered


def remove_leftovers(out_dir: Path) -> None:
    """Delete temporary files a killed run left behind (tables.py writes ``.<name>.*.tmp``)."""
    for pattern in ("*/.*.parquet.*.tmp", ".*.parquet.*.tmp"):
        for leftover in out_dir.glob(pattern):
            leftover.unlink(missing_ok=True)


def problem_path(problem: IngestError) -> Path:
    return Path(problem.path)


# ---------------------------------------------------------------------------
# Executors: each yields lists of records as documents complete


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    size = max(1, size)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _run_inline(
    items: Sequence[WorkItem], settings: Settings, factory: AnnotatorFactory, out_dir: Path
) -> Iterator[list[Record]]:
    annotator = build_annotator_safely(factory, settings)
    for chunk in _chunks(items, settings.batch_size):
        yield run_items(chunk, settings, annotator, out_dir)


def _pool_init(context: TaskContext) -> None:
    context.annotator()  # load the model while the parent is still submitting


def _pool_task(context: TaskContext, items: Sequence[WorkItem]) -> list[Record]:
    settings, annotator, lock = context.annotator()
    with lock:
        return run_items(items, settings, annotator, context.out_dir)


def _lost(items: Sequence[WorkItem], stage: str, error: BaseException) -> list[Record]:
    """Documents whose worker died or whose task could not run at all."""
    return [_failure(item.path, item.doc_id, StageError(stage, error)) for item in items]


def pool_chunk_size(n_items: int, workers: int, batch_size: int) -> int:
    return max(1, min(batch_size, math.ceil(n_items / (workers * CHUNKS_PER_WORKER))))


def _run_pool(
    items: Sequence[WorkItem], context: TaskContext, batch_size: int, workers: int
) -> Iterator[list[Record]]:
    chunks = list(_chunks(items, pool_chunk_size(len(items), workers, batch_size)))
    # spawn, not fork: a forked child would inherit locks and threads of the parent (tqdm,
    # a Dask client) and copy-on-write pages of whatever the parent has loaded.
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(chunks)),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_pool_init,
        initargs=(context,),
    )
    with pool:
        futures: dict[Future[list[Record]], Sequence[WorkItem]] = {
            pool.submit(_pool_task, context, chunk): chunk for chunk in chunks
        }
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as error:  # noqa: BLE001 - a dead worker fails its documents only
                yield _lost(futures[future], "worker", error)


@contextmanager
def _dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, Client(cluster) as client:
        yield client


def _dask_task(context: TaskContext, item: WorkItem) -> DocumentResult | DocumentFailure:
    settings, annotator, lock = context.annotator()
    with lock:
        [(_, outcome)] = list(process_items([item], settings, annotator))
    return outcome


def _run_dask(
    items: Sequence[WorkItem], context: TaskContext, scheduler: str | None, workers: int
) -> Iterator[list[Record]]:
    from dask.distributed import as_completed as dask_completed

    with _dask_client(scheduler, workers) as client:
        [shared] = client.scatter([context], broadcast=True, hash=False)
        futures = {
            client.submit(_dask_task, shared, item, key=f"styrdok-{context.token}-{item.doc_id}"): (
                item
            )
            for item in items
        }
        for future in dask_completed(futures):
            item = futures[future]
            try:
                outcome = future.result()
            except Exception as error:  # noqa: BLE001 - a lost task fails its document only
                yield _lost([item], "worker", error)
                continue
            yield [write_result(context.out_dir, item, outcome)]


def _execute(
    items: Sequence[WorkItem],
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
        return _run_inline(items, settings, factory, out_dir)
    context = TaskContext(uuid.uuid4().hex, PortableSettings.of(settings), factory, out_dir)
    if executor == "dask":
        return _run_dask(items, context, scheduler, workers)
    return _run_pool(items, context, settings.batch_size, workers)


# ---------------------------------------------------------------------------
# The batch


def _factory(
    annotator: Annotator | None, annotator_factory: AnnotatorFactory | None
) -> AnnotatorFactory:
    if annotator is not None and annotator_factory is not None:
        raise ValueError("pass either an annotator or an annotator_factory, not both")
    if annotator is not None:
        return ReadyAnnotator(annotator)
    return annotator_factory or default_annotator_factory


def _check_options(workers: int, executor: str, scheduler: str | None) -> None:
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r}; known: {', '.join(EXECUTORS)}")
    if scheduler and executor != "dask":
        raise ValueError("a scheduler address needs executor='dask'")


def run_batch(
    inputs: Iterable[Path],
    out_dir: Path,
    settings: Settings,
    annotator: Annotator | None = None,
    *,
    annotator_factory: AnnotatorFactory | None = None,
    force: bool = False,
    progress: Progress | None = None,
    workers: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
) -> BatchSummary:
    """Process documents into `out_dir`; failures are collected, never raised.

    NLP: `annotator_factory(settings)` is called once per worker process (default:
    `default_annotator_factory`); an `annotator` object is used as is (workers=1) or
    pickled to each worker. `progress(batches, total)` wraps the stream of completed
    batches (lists, one item per document) to show progress.
    """
    _check_options(workers, executor, scheduler)
    started = time.perf_counter()
    out_dir = Path(out_dir)
    factory = _factory(annotator, annotator_factory)
    remove_leftovers(out_dir)
    plan = plan_batch(inputs, out_dir, settings, force=force)
    batches = _execute(
        plan.todo,
        settings,
        factory,
        out_dir,
        workers=workers,
        executor=executor,
        scheduler=scheduler,
    )
    entries = {**plan.elsewhere, **plan.kept}
    failures = list(plan.failures)
    processed: list[str] = []
    counts: dict[str, int] = {}
    checkpoint = time.monotonic()
    completed = False
    try:
        for records in progress(batches, len(plan.todo)) if progress else batches:
            for record in records:
                if isinstance(record, DocumentFailure):
                    failures.append(record)
                    if record.doc_id:
                        remove_document(out_dir, record.doc_id)
                    continue
                entries[record.doc_id] = dict(record.entry)
                processed.append(record.doc_id)
                for name, count in record.counts.items():
                    counts[name] = counts.get(name, 0) + count
            if time.monotonic() - checkpoint > CHECKPOINT_SECONDS:
                write_manifest(out_dir, {"documents": {**plan.previous, **entries}})
                checkpoint = time.monotonic()
        removed = list(plan.stale)
        for doc_id in removed:
            remove_document(out_dir, doc_id)
        completed = True
    finally:
        # Even when the executor fails (a lost Dask scheduler, Ctrl-C), what was written is
        # recorded, so a re-run redoes only the rest.
        recorded = entries if completed else {**plan.previous, **entries}
        write_manifest(out_dir, {"documents": recorded})
        write_errors(out_dir, rows_from(failures))
    return BatchSummary(
        processed=tuple(sorted(processed)),
        skipped=tuple(sorted(plan.kept)),
        removed=tuple(removed),
        failures=tuple(sorted(failures, key=lambda f: (f.doc_path, f.stage))),
        counts=counts,
        seconds=time.perf_counter() - started,
    )
