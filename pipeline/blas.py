"""numpy's BLAS threads (review56 S6): whether numpy's matrix product is OpenBLAS, which the
models use instead of BLIS (`pipeline.nlp.model.model_ops`), and the one-thread limit that is
set only where styrdok owns the process (the CLI's `main`, a batch worker's start): the limit
is process-wide and never undone, so a library user's numpy keeps its threads. A module of its
own, light to import (numpy and threadpoolctl, no spaCy), for the CLI's entry."""

from __future__ import annotations

from functools import cache

import numpy
from threadpoolctl import threadpool_info, threadpool_limits


@cache
def numpy_openblas() -> bool:
    """Whether numpy's matrix product is OpenBLAS (threadpoolctl, once)."""
    numpy.ones(1) @ numpy.ones(1)  # numpy loads its BLAS lazily on some builds
    return any(pool["internal_api"] == "openblas" for pool in threadpool_info())


@cache
def one_blas_thread() -> bool:
    """Limit numpy's OpenBLAS to one thread for the whole process, once: only where styrdok
    owns the process (`pipeline.cli.main`, a batch worker's start), since the limit is never
    undone (review56 S6). One thread: the model's matrices are small (a batch of clauses ×
    96–480 columns), and OpenBLAS's own threads spend more CPU than they save (the batch
    runner's processes are the parallelism). False where numpy's product is not OpenBLAS."""
    if not numpy_openblas():
        return False
    threadpool_limits(limits=1, user_api="blas")
    return True
