"""Executors: run the stages over the planned documents, yielding records as they finish.

This module: the annotators, how many workers, and the executor in this process; the
process pool is `pipeline.batch.pool`, Dask is `pipeline.batch.dask_cluster`.

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
    N worker processes serving no HTTP endpoints); results are written by this process.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

from pipeline.batch.records import Record, WorkItem
from pipeline.batch.stages import Annotator, run_items
from pipeline.config import Settings

AnnotatorFactory = Callable[[Settings], "Annotator | None"]
# The youngest generation's collection threshold while documents are processed (default 700).
RUN_GEN0_THRESHOLD = 10_000
# The middle generation's (default 10 young collections): see `fewer_collections`.
RUN_GEN1_THRESHOLD = 100

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


def check_nlp_configs(settings: Settings) -> None:
    """A bad lexicon, cue, grammar or sentence-rule file stops the run once (`ConfigError`,
    exit 2) instead of failing every document; checked only when documents are to be
    annotated (it imports spaCy)."""
    from pipeline.language.grammar import load_deontic_cues
    from pipeline.language.lexicon import load_actor_lexicon
    from pipeline.language.sentence_rules import load_sentence_rules

    load_actor_lexicon(settings.actors_path)
    load_deontic_cues(settings.deontics_path, settings.grammar_path)
    load_sentence_rules(settings.sentences_path)


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


def _warm_up(settings: Settings) -> None:
    """Load what the stages load lazily (word lists, compiled rules) before the first
    document, so that its time limit measures the document, not the start-up."""
    from pipeline.ingest import RawDocument
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    text = "Instruktion\n\n1. Ansvar\n\nNämnden ska be-\nsluta om bud- get.\n"
    raw = RawDocument("warm-up", "warm-up.txt", "", "utf-8", text)
    segment(normalize(raw, settings.normalize), settings.config_dir)


@contextlib.contextmanager
def collection_paused(*, keep: bool = False) -> Iterator[None]:
    """No cyclic garbage collection during the block (start-up): loading the model and
    compiling the rules allocates ~450,000 objects that live as long as the run, and each
    full collection on the way walks them all again (~0.5 s of CPU per process,
    docs/performance.md). Reference counting frees as usual; after the block the collector
    runs as before (its first pass then collects what the start-up left in cycles). A zero
    threshold, not `gc.disable`: srsly's msgpack reader, which loads the model, enables the
    collector again when it is done.

    With `keep`, what exists at the block's end is frozen (`gc.freeze`) before the
    collector resumes, so that its first pass does not walk the start-up's objects (~0.1 s
    per process, round 52); a start-up leaves ~50 objects of cyclic garbage, kept with
    it. `frozen_heap` unfreezes them when the documents are done."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
        if keep:
            gc.freeze()
    finally:
        gc.set_threshold(*thresholds)


@cache
def _no_collection_at_exit() -> None:
    """Freeze the heap when the interpreter exits (once per process): its shutdown makes a
    full collection, which after a run walks the model, vocabulary and compiled rules
    (~450,000 objects, freed with the process anyway: ~0.7 s of CPU, docs/performance.md)."""
    atexit.register(gc.freeze)


def fewer_collections() -> tuple[int, ...]:
    """Raise the youngest generation's threshold to `RUN_GEN0_THRESHOLD` for the documents;
    returns the thresholds to restore.

    A chunk's Docs, memos and tables are containers that live until its documents are
    written, and almost none of them are cyclic garbage (7,000 objects collected in a run
    of 100 synthetic documents); at the default 700 allocations that run made ~900 young
    and 7 full collections, ~1 s of its 27 s CPU (docs/performance.md, round 48). Cycles
    are still collected, about fourteen times less often. The middle generation's threshold
    goes up to `RUN_GEN1_THRESHOLD` too: its collections walk every survivor of the young
    ones (the chunk's Docs and memos), ~60 ms each, and at the default 10 they were half of
    the run's collection time (round 52: 21 → 17 of them, 0.25 → 0.02 s per 100 documents)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(
        max(thresholds[0], RUN_GEN0_THRESHOLD),
        max(thresholds[1], RUN_GEN1_THRESHOLD),
        *thresholds[2:],
    )
    return thresholds


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the objects that exist now out of the garbage collector's passes for the block,
    and collect less often in it (`fewer_collections`).

    Once the model is loaded and warmed up, the heap holds the objects of the whole run
    (model, vocabulary, compiled rules, imported modules); every full collection during
    the run would walk them all again. Reference counting still frees them as usual.
    """
    gc.freeze()
    thresholds = fewer_collections()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def run_inline(
    items: Sequence[WorkItem], settings: Settings, factory: AnnotatorFactory, out_dir: Path
) -> Iterator[list[Record]]:
    _no_collection_at_exit()
    with collection_paused(keep=True):
        annotator = build_annotator_safely(factory, settings)
        with contextlib.suppress(Exception):
            _warm_up(settings)
    with frozen_heap():
        for chunk in _chunks(items, settings.batch_size):
            for record in run_items(chunk, settings, annotator, out_dir):
                yield [record]
