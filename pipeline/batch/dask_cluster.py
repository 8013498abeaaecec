"""Dask: one task per document on a cluster, or on a local one with no HTTP endpoints."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from pipeline.batch.executors import TaskContext
from pipeline.batch.records import (
    DocumentFailure,
    DocumentResult,
    Record,
    StageError,
    WorkItem,
    failure,
)
from pipeline.batch.stages import process_items, write_result


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
