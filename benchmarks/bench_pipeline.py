"""End-to-end throughput, no-op re-run time and peak memory of ``styrdok run``.

For each corpus size (``--docs``, synthetic documents from ``benchmarks/synth.py``):

* ``styrdok run --force`` with each worker count (``--workers``): wall time, words per
  second (words = whitespace-separated words of the clause texts), peak memory of the run
  (RSS summed over the process and its children, sampled every 20 ms with psutil; else the
  largest single process from ``getrusage``);
* with NLP, bare ``nlp.pipe`` of the same spaCy pipeline (``pipeline.nlp.build_nlp``) over
  the same clause texts, one process, and the ratio end-to-end / bare (target ≥ 0.8 for
  one worker);
* a no-op re-run of the unchanged corpus (target < 3 s for 1,000 documents).

    python benchmarks/bench_pipeline.py --docs 100 --workers 1,2 [--no-nlp] [--model PATH]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.synth import write_corpus  # noqa: E402
from pipeline.config import Settings, load_settings  # noqa: E402
from pipeline.tables import read_table  # noqa: E402


@dataclass(frozen=True)
class Run:
    label: str
    seconds: float  # wall time of the command, interpreter start included
    batch_seconds: float  # as reported by run_batch (no interpreter start)
    peak_rss_mb: float


def measure(command: Sequence[str]) -> Run:
    """Run a command, sampling the RSS of its process tree; fail loudly if it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    peak = _watch_memory(process.pid)
    stdout, _ = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stdout}")
    match = re.search(r"in ([\d.]+) s", stdout)
    return Run("", seconds, float(match.group(1)) if match else seconds, peak())


def _watch_memory(pid: int):  # noqa: ANN202 - returns a callable giving the peak in MB
    try:
        import psutil
    except ImportError:
        import resource

        return lambda: resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    peak = [0]
    root = psutil.Process(pid)

    def sample() -> None:
        while root.is_running() and root.status() != psutil.STATUS_ZOMBIE:
            try:
                tree = [root, *root.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.02)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()

    def result() -> float:
        thread.join(timeout=1)
        return peak[0] / 2**20

    return result


def config_dir(work: Path, nlp: bool) -> Path:
    """configs/ with ``nlp`` set as asked (the CLI can only switch NLP off)."""
    target = work / "configs"
    shutil.copytree(REPO_ROOT / "configs", target, dirs_exist_ok=True)
    general = yaml.safe_load((target / "pipeline.yaml").read_text(encoding="utf-8"))
    general["nlp"] = nlp
    (target / "pipeline.yaml").write_text(yaml.safe_dump(general), encoding="utf-8")
    return target


def styrdok(corpus: Path, out: Path, args: argparse.Namespace, *extra: str) -> list[str]:
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "-q"]
    command += ["--config", str(args.config)]
    if args.model:
        command += ["--model", args.model]
    return [*command, *extra]


def clause_texts(out: Path, nlp: bool) -> list[str]:
    """The texts the NLP stage pipes (every clause without NLP)."""
    kinds = None
    if nlp:
        from pipeline.nlp import ANNOTATED_KINDS

        kinds = ANNOTATED_KINDS
    clauses = read_table(out, "clauses").to_pylist()
    return [c["text"] for c in clauses if (kinds is None or c["kind"] in kinds) and c["text"]]


def bare_words_per_second(settings: Settings, texts: list[str]) -> float:
    """nlp.pipe alone, in this process, over the texts the pipeline annotated."""
    from pipeline.nlp import build_nlp

    nlp = build_nlp(settings)
    list(nlp.pipe(texts[:20]))  # warm-up: lazy initialisation of lookups
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return sum(len(text.split()) for text in texts) / (time.perf_counter() - started)


def bench(n_docs: int, args: argparse.Namespace, work: Path) -> list[str]:
    corpus = work / f"corpus-{n_docs}"
    write_corpus(corpus, n_docs, seed=args.seed)
    outs = {workers: work / f"out-{n_docs}-{workers}" for workers in args.workers}
    runs = {
        workers: measure(styrdok(corpus, out, args, "--force", "--workers", str(workers)))
        for workers, out in outs.items()
    }
    first_out = outs[args.workers[0]]
    texts = clause_texts(first_out, not args.no_nlp)
    words = sum(len(text.split()) for text in texts)
    bare = None
    if not args.no_nlp:
        overrides = {"model": args.model} if args.model else {}
        settings = load_settings(args.config, **overrides)
        bare = bare_words_per_second(settings, texts)
    rows = []
    if bare:
        rows.append(
            f"| {n_docs} | {words:,} | bare nlp.pipe, 1 process | – | – | {bare:,.0f} | – | 1 |"
        )
    for workers, run in runs.items():
        speed = words / run.batch_seconds
        ratio = f"{speed / bare:.2f}" if bare else "–"
        rows.append(
            f"| {n_docs} | {words:,} | run, {workers} worker(s) | {run.seconds:.1f} | "
            f"{run.batch_seconds:.1f} | {speed:,.0f} | {run.peak_rss_mb:,.0f} | {ratio} |"
        )
    noop = measure(styrdok(corpus, first_out, args))
    rows.append(
        f"| {n_docs} | {words:,} | no-op re-run | {noop.seconds:.2f} | {noop.batch_seconds:.2f} "
        f"| – | {noop.peak_rss_mb:,.0f} | – |"
    )
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="100", help="corpus sizes, e.g. 100,1000")
    parser.add_argument("--workers", default="1,2", help="worker counts, e.g. 1,2")
    parser.add_argument("--no-nlp", action="store_true", help="structure only")
    parser.add_argument("--model", help="spaCy model name or path (default: configs)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    args.workers = [int(n) for n in args.workers.split(",")]
    sizes = [int(n) for n in args.docs.split(",")]
    print(f"styrdok run, {'no NLP' if args.no_nlp else 'NLP model ' + (args.model or 'default')}"
          f", {os.cpu_count()} CPUs")  # fmt: skip
    print("| docs | words | what | wall s | batch s | words/s | peak RSS MB | ÷ bare |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory(prefix="styrdok-bench-") as work:
        args.config = config_dir(Path(work), nlp=not args.no_nlp)
        for n_docs in sizes:
            for row in bench(n_docs, args, Path(work)):
                print(row, flush=True)


if __name__ == "__main__":
    main()
