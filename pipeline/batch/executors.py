"""Executors: run the stages over the planned documents, yielding records as they finish.

``workers=1``
    everything in this process, in chunks of ``settings.batch_size`` documents; each
    document is written as soon as its chunk's NLP is done.
``workers=N``
    N spawned worker processes that start once and stay warm for the whole run (each
    builds its annotator once). A worker tells the parent which documents it holds; when
    a worker dies, only the document it held fails and the rest of its chunk is retried
    on a fresh worker. Workers die with the parent (PR_SET_PDEATHSIG, and a watcher
    thread where that is not available), so a killed run leaves no orphans.
``executor="dask"``
    one task per document on a Dask cluster (``scheduler`` address, or a LocalCluster of
    N worker processes with no HTTP server); results are written by this process.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from pipeline.batch.records import (
    DocumentFailure,
    DocumentResult,
    Record,
    StageError,
    WorkItem,
    failure,
)
from pipeline.batch.stages import Annotator, process_items, run_items, write_result
from pipeline.config import Settings

AnnotatorFactory = Callable[[Settings], "Annotator | None"]

# Chunks per worker in the process pool: small enough to balance, big enough for nlp.pipe.
CHUNKS_PER_WORKER = 4
# How often a worker checks that its parent is alive where PR_SET_PDEATHSIG is missing.
PARENT_POLL_SECONDS = 1.0
# Workers that die in a row without finishing a document before their chunk is failed.
MAX_BARREN_WORKERS = 3
# The parent checks for workers stuck past their documents' time limit this often, and
# gives the in-worker limit this long to act first.
WATCHDOG_SECONDS = 1.0
WATCHDOG_GRACE_SECONDS = 10.0


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

    def __call__(self, documents: Sequence[Any]) -> list[Any]:
        raise self.error


def build_annotator_safely(factory: AnnotatorFactory, settings: Settings) -> Annotator | None:
    try:
        return factory(settings)
    except Exception as error:  # noqa: BLE001 - reported per document, the batch goes on
        return UnavailableAnnotator(error)


# A worker process builds its annotator once and keeps it for every task of the run.
# Keyed by the run's token; holds the latest run only, so a long-lived Dask worker does
# not accumulate models. The lock serialises NLP calls from the threads of a Dask worker.
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


@dataclass(frozen=True)
class TaskContext:
    """What every worker needs besides its documents; sent once per worker."""

    token: str
    settings: Settings
    factory: AnnotatorFactory
    out_dir: Path

    def annotator(self) -> tuple[Annotator | None, threading.Lock]:
        build = partial(build_annotator_safely, self.factory, self.settings)
        return process_annotator(self.token, build)


# ---------------------------------------------------------------------------
# How many workers


def available_memory_mb() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def choose_workers(requested: int | str, n_documents: int, settings: Settings) -> int:
    """``auto``: one process below the break-even batch size, else one per core, capped by
    the memory a worker needs; a number is used as given (never more than the documents)."""
    if requested != "auto":
        return max(1, min(int(requested), max(1, n_documents)))
    if n_documents < settings.parallel_min_documents:
        return 1
    memory = available_memory_mb()
    by_memory = memory // settings.worker_memory_mb if memory is not None else cpu_count()
    return max(1, min(cpu_count(), by_memory, n_documents))


# ---------------------------------------------------------------------------
# In this process


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    size = max(1, size)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def run_inline(
    items: Sequence[WorkItem], settings: Settings, factory: AnnotatorFactory, out_dir: Path
) -> Iterator[list[Record]]:
    annotator = build_annotator_safely(factory, settings)
    with contextlib.suppress(Exception):
        _warm_up(settings)
    for chunk in _chunks(items, settings.batch_size):
        for record in run_items(chunk, settings, annotator, out_dir):
            yield [record]


# ---------------------------------------------------------------------------
# A process pool that survives the death of a worker


def _die_with_parent(parent_pid: int) -> None:
    """Make sure this worker does not outlive the process that started it."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # died before the line above took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="styrdok-parent-watch", daemon=True).start()


def _warm_up(settings: Settings) -> None:
    """Load what the stages load lazily (word lists, compiled rules) before the first
    document, so that its time limit measures the document, not the start-up."""
    from pipeline.ingest import RawDocument
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    text = "Instruktion\n\n1. Ansvar\n\nNämnden ska be-\nsluta om bud- get.\n"
    segment(normalize(RawDocument("warm-up", "warm-up.txt", "", "utf-8", text), settings.normalize))


def _worker_main(context: TaskContext, connection: Connection, parent_pid: int) -> None:
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    annotator, _ = context.annotator()
    with contextlib.suppress(Exception):  # a real document will report any problem
        _warm_up(context.settings)

    def hold(doc_ids: list[str]) -> None:
        connection.send(("held", doc_ids))

    while True:
        try:
            items = connection.recv()
        except (EOFError, OSError):
            return
        if items is None:
            return
        for record in run_items(items, context.settings, annotator, context.out_dir, hold):
            connection.send(("record", record))
        connection.send(("idle", None))


@dataclass
class _Worker:
    process: Any
    connection: Connection
    chunk: tuple[WorkItem, ...] = ()
    suspect: bool = False  # a retried document that was in a chunk whose worker died
    held: list[str] = field(default_factory=list)
    since: float = 0.0  # when it last reported what it holds
    overdue: bool = False  # killed by the parent for holding documents too long
    done: set[str] = field(default_factory=set)


def _start_worker(context: TaskContext, mp: Any) -> _Worker:
    parent_end, child_end = mp.Pipe()
    process = mp.Process(
        target=_worker_main, args=(context, child_end, os.getpid()), name="styrdok-worker",
        daemon=True,
    )
    process.start()
    child_end.close()
    return _Worker(process, parent_end)


def _died(worker: _Worker) -> str:
    worker.process.join(timeout=5)
    if worker.overdue:
        return "worker process killed for exceeding max_seconds"
    code = worker.process.exitcode
    if code is not None and code < 0:
        try:
            return f"worker process killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"worker process killed by signal {-code}"
    return f"worker process exited (code {code})"


def pool_chunk_size(n_items: int, workers: int, batch_size: int) -> int:
    return max(1, min(batch_size, math.ceil(n_items / (workers * CHUNKS_PER_WORKER))))


def run_pool(
    items: Sequence[WorkItem], context: TaskContext, batch_size: int, workers: int
) -> Iterator[list[Record]]:
    """Chunks to warm workers; a dead worker fails the document it held, the rest retry."""
    size = pool_chunk_size(len(items), workers, batch_size)
    queue: deque[tuple[tuple[WorkItem, ...], bool]] = deque(
        (tuple(chunk), False) for chunk in _chunks(items, size)
    )
    # spawn, not fork: a forked child would inherit locks and threads of the parent (tqdm,
    # a Dask client) and copy-on-write pages of whatever the parent has loaded.
    mp = multiprocessing.get_context("spawn")
    pool = [_start_worker(context, mp) for _ in range(min(workers, len(queue)))]
    barren = 0  # workers in a row that died before finishing any document
    try:
        while queue or any(worker.chunk for worker in pool):
            for worker in pool:
                if not worker.chunk and queue:
                    worker.chunk, worker.suspect = queue.popleft()
                    worker.held, worker.done, worker.since = [], set(), time.monotonic()
                    worker.connection.send(list(worker.chunk))
            ready = wait(
                [w.connection for w in pool] + [w.process.sentinel for w in pool],
                timeout=WATCHDOG_SECONDS,
            )
            _kill_overdue(pool, context.settings.limits.max_seconds)
            for index, worker in enumerate(list(pool)):
                if worker.connection not in ready and worker.process.sentinel not in ready:
                    continue
                records, alive = _drain(worker)
                if records:
                    barren = 0
                    yield records
                if not alive:
                    barren = 0 if worker.done else barren + 1
                    if barren >= MAX_BARREN_WORKERS:  # they cannot start: fail, do not loop
                        yield _give_up(worker, queue)
                        barren = 0
                    else:
                        yield _retry_or_fail(worker, queue)
                    worker.connection.close()
                    pool[index] = _start_worker(context, mp)
    finally:
        _stop(pool)


def _kill_overdue(pool: list[_Worker], max_seconds: float) -> None:
    """The backstop for the in-worker time limit (which a stage stuck in C code, never
    returning to Python, does not see): a worker holding its documents far longer than
    their limit is killed, and the death is handled like any other."""
    now = time.monotonic()
    for worker in pool:
        allowed = max_seconds * max(1, len(worker.held)) + WATCHDOG_GRACE_SECONDS
        if worker.chunk and worker.held and now - worker.since > allowed:
            worker.overdue = True
            worker.process.kill()


def _drain(worker: _Worker) -> tuple[list[Record], bool]:
    """Read every message a worker has sent; False when it is gone."""
    records: list[Record] = []
    try:
        while worker.connection.poll():
            kind, payload = worker.connection.recv()
            if kind == "held":
                worker.held, worker.since = payload, time.monotonic()
            elif kind == "record":
                records.append(payload)
                worker.done.add(payload.doc_id or "")
            elif kind == "idle":
                worker.chunk, worker.held = (), []
    except (EOFError, OSError):
        return records, False
    return records, worker.process.is_alive()


def _retry_or_fail(
    worker: _Worker, queue: deque[tuple[tuple[WorkItem, ...], bool]]
) -> list[Record]:
    """The held document fails; the others of the chunk go back to the queue (when several
    were held at once, e.g. in one NLP batch, each is retried alone to find the culprit)."""
    reason = _died(worker)
    undone = [item for item in worker.chunk if item.doc_id not in worker.done]
    held = [item for item in undone if item.doc_id in set(worker.held)]
    rest = tuple(item for item in undone if item.doc_id not in set(worker.held))
    worker.chunk, worker.held = (), []
    lost: list[Record] = []
    if len(held) == 1 or worker.suspect:
        lost = [_lost(item, reason) for item in held]
    else:
        for item in held:
            queue.appendleft(((item,), True))
    if rest:
        queue.appendleft((rest, False))
    return lost


def _give_up(
    worker: _Worker, queue: deque[tuple[tuple[WorkItem, ...], bool]]
) -> list[Record]:
    """Workers keep dying before they finish anything (they cannot start, or each chunk
    kills them at once): the dead worker's documents fail, the queue is tried again."""
    reason = f"{_died(worker)} repeatedly, before finishing any document"
    lost: list[Record] = [_lost(item, reason) for item in worker.chunk
                          if item.doc_id not in worker.done]  # fmt: skip
    worker.chunk, worker.held = (), []
    return lost


def _lost(item: WorkItem, reason: str) -> DocumentFailure:
    error = RuntimeError(f"{reason} while processing this document")
    return failure(item.path, item.doc_id, StageError("worker", error))


def _stop(pool: list[_Worker]) -> None:
    for worker in pool:
        with contextlib.suppress(OSError):
            worker.connection.send(None)
    deadline = time.monotonic() + 5
    for worker in pool:
        worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.connection.close()


# ---------------------------------------------------------------------------
# Dask


@contextmanager
def _dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    import dask
    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # No HTTP routes: the local cluster serves no unauthenticated endpoints.
    # allowed-failures 0: the tasks of a worker that died fail at once and run_dask retries
    # them one at a time, so the document that kills its worker fails alone, as in the pool.
    with dask.config.set(
        {
            "distributed.scheduler.http.routes": [],
            "distributed.worker.http.routes": [],
            "distributed.scheduler.allowed-failures": 0,
        }
    ):
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        with cluster, Client(cluster) as client:
            yield client


def _dask_task(context: TaskContext, item: WorkItem) -> DocumentResult | DocumentFailure:
    annotator, lock = context.annotator()
    with lock:
        [(_, outcome)] = list(process_items([item], context.settings, annotator))
    return outcome


def run_dask(
    items: Sequence[WorkItem], context: TaskContext, scheduler: str | None, workers: int
) -> Iterator[list[Record]]:
    """One task per document. Documents whose worker died are retried one at a time after
    the others, so that only the one that kills its worker fails (as in the pool)."""
    from dask.distributed import as_completed as dask_completed

    with _dask_client(scheduler, workers) as client:
        # The context goes with each task (it is small), not scattered: scattered data is
        # lost for good when the workers holding it die, and every task with it.
        futures = {
            client.submit(
                _dask_task, context, item, key=f"styrdok-{context.token}-{item.doc_id}"
            ): item
            for item in items
        }
        suspects: list[WorkItem] = []
        for future in dask_completed(futures):
            item = futures[future]
            record = _dask_record(future, item, context)
            if record is None:
                suspects.append(item)
            else:
                yield [record]
        for item in suspects:  # one at a time: a killer takes no other document with it
            key = f"styrdok-{context.token}-{item.doc_id}-alone"
            future = client.submit(_dask_task, context, item, key=key)
            record = _dask_record(future, item, context, last_try=True)
            if record is not None:
                yield [record]


def _dask_record(
    future: Any, item: WorkItem, context: TaskContext, *, last_try: bool = False
) -> Record | None:
    """The document's record; None when its worker died and it gets another try."""
    try:
        outcome = future.result()
    except Exception as error:  # noqa: BLE001 - a lost task fails its document only
        if type(error).__name__ == "KilledWorker":
            if not last_try:
                return None
            error = RuntimeError(f"worker process died while processing this document ({error})")
        return failure(item.path, item.doc_id, StageError("worker", error))
    return write_result(context.out_dir, item, outcome)
