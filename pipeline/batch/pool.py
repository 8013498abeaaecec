"""A process pool that survives the death of a worker (docs/scale.md).

Workers are spawned once and stay warm for the run; each gets chunks over its own pipe
and says which documents it holds, so that when one dies only the document it held fails
and the rest of its chunk is retried on a fresh worker. Workers die with the parent.
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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.batch.executors import (
    TaskContext,
    _chunks,
    _warm_up,
    collection_paused,
    fewer_collections,
)
from pipeline.batch.records import DocumentFailure, Record, StageError, WorkItem, failure
from pipeline.batch.stages import run_items

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


def _worker_main(context: TaskContext, connection: Connection, parent_pid: int) -> None:
    from pipeline.blas import one_blas_thread

    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    one_blas_thread()  # the workers are the parallelism: numpy's OpenBLAS on one thread
    # the model and rules live as long as the worker: frozen before the collector resumes,
    # as in the single-process path (`run_inline`), so no pass walks them
    with collection_paused(keep=True):
        annotator, _ = context.annotator()
        with contextlib.suppress(Exception):  # a real document will report any problem
            _warm_up(context.settings)
    fewer_collections()

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
        target=_worker_main,
        args=(context, child_end, os.getpid()),
        name="styrdok-worker",
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


def _give_up(worker: _Worker, queue: deque[tuple[tuple[WorkItem, ...], bool]]) -> list[Record]:
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
