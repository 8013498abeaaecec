"""CPU of each stage of a 1-worker ``run_batch``, unprofiled.

cProfile (``profile_pipeline.py``) charges every call into C (``dict.get``, ``len``,
pyarrow) with its own overhead, so code that makes many small calls looks several times
dearer than it is. Here a few stage functions are wrapped with ``time.process_time`` and
nothing else is instrumented; the run is otherwise the real one. One process, one pass:
run it a few times (or in two checkouts, alternating) and compare medians.

    python benchmarks/stage_times.py --docs 100 [--rounds 3]
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.paired import spread  # noqa: E402
from benchmarks.synth import write_corpus  # noqa: E402

# (module, function, label): each wrapped where the batch runner looks it up.
STAGES = (
    ("pipeline.nlp", "build_nlp", "model load (build_nlp)"),
    ("pipeline.batch.executors", "_warm_up", "warm-up"),
    ("pipeline.batch.stages", "read_document", "ingest"),
    ("pipeline.batch.stages", "normalize", "normalize"),
    ("pipeline.batch.stages", "segment", "segment"),
    ("pipeline.nlp", "annotate_many", "nlp.pipe + document rules (annotate_many)"),
    ("pipeline.nlp.rows", "annotation_tables", "NLP tables (annotation_tables)"),
    ("pipeline.batch.stages", "structure_tables", "structure tables"),
    ("pipeline.batch.stages", "write_document_tables", "Parquet writing"),
)


def _timed(function: Callable[..., Any], label: str, spent: dict[str, float]) -> Callable:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    return wrapper


def one_run(corpus: Path) -> dict[str, float]:
    """Import, load the settings and run the corpus in this process; CPU s per stage."""
    import importlib

    start = time.process_time()
    spent: dict[str, float] = defaultdict(float)
    for module_name, name, label in STAGES:
        module = importlib.import_module(module_name)
        setattr(module, name, _timed(getattr(module, name), label, spent))
    from pipeline.batch import run_batch
    from pipeline.config import load_settings

    settings = load_settings(REPO_ROOT / "configs")
    spent["imports + settings"] = time.process_time() - start
    with tempfile.TemporaryDirectory(prefix="styrdok-stages-") as out:
        run_batch([corpus], Path(out), settings, workers=1, force=True)
    spent["all"] = time.process_time() - start
    return dict(spent)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", type=Path, help="(internal) run once on this corpus")
    args = parser.parse_args(argv)
    if args.corpus:
        for label, seconds in one_run(args.corpus).items():
            print(f"{label}\t{seconds}")
        return
    rounds: dict[str, list[float]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="styrdok-stages-corpus-") as work:
        corpus = Path(work)
        write_corpus(corpus, args.docs, seed=args.seed)
        for _ in range(args.rounds):  # a fresh process each: start-up counts every time
            output = subprocess.run(
                [sys.executable, __file__, "--corpus", str(corpus)],
                check=True, capture_output=True, text=True, cwd=REPO_ROOT,
            ).stdout  # fmt: skip
            for line in output.splitlines():
                label, seconds = line.split("\t")
                rounds[label].append(float(seconds))
    total = statistics.median(rounds["all"])
    print(f"{args.docs} documents, {args.rounds} fresh processes, median [min–max]\n")
    print("| stage | CPU s | % of run | CPU ms/doc |")
    print("| --- | --- | --- | --- |")
    labels = ["imports + settings", *(label for _, _, label in STAGES), "all"]
    for label in labels:
        values = rounds.get(label, [0.0])
        share = 100 * statistics.median(values) / total
        per_doc = 1000 * statistics.median(values) / args.docs
        print(f"| {label} | {spread(values)} | {share:.1f} | {per_doc:.2f} |")


if __name__ == "__main__":
    main()
