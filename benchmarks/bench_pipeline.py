"""End-to-end throughput against the bare model, workers, no-op re-runs and peak memory.

Every comparison is paired and interleaved (``benchmarks/paired.py``): the variants of one
comparison run alternately as child processes, A, B / B, A / A, B …, and each ratio is
taken per round and printed as median [min–max] on CPU time (user + system of the command
and the workers it waited for) and on wall time. Corpora are synthetic
(``benchmarks/synth.py``, fixed seed). Sections:

* ``ratio``: ``styrdok run --force --workers 1`` ÷ bare ``nlp.pipe`` of the spaCy model
  alone (``pipeline.nlp.model.load_model``, no styrdok components) over the same clause
  texts the run analyses, in throughput terms (bare seconds ÷ end-to-end seconds, same
  words). "÷ pipe" counts only the bare ``nlp.pipe`` call; "÷ command" counts the bare
  child's interpreter start and model load as well. With ``--components`` also against
  ``nlp.pipe`` of the model plus styrdok's components (``pipeline.nlp.build_nlp``), which
  leaves only the Python around the pipeline as overhead. Words = whitespace words of the
  analysed clause texts.
* ``profile``: where the CPU of a 1-worker run goes (``benchmarks/profile_pipeline.py``).
* ``workers``: ``--workers 1`` against ``2`` and ``auto`` (when the CLI has it).
* ``noop``: a first run of short documents (one paragraph; a no-op re-run does not read
  unchanged files, so only their number matters) with its peak RSS, then no-op re-runs.

Peak RSS is summed over the command's process tree (workers included), sampled every
0.1 s with psutil.

    python benchmarks/bench_pipeline.py                      # a few minutes
    python benchmarks/bench_pipeline.py --long               # 1,000-5,000 docs; an hour
    python benchmarks/bench_pipeline.py --only ratio --docs 1000 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.paired import (  # noqa: E402
    CLOCKS,
    Measurement,
    Rounds,
    interleave,
    load_note,
    seconds,
    speedup,
    spread,
    summary_rows,
    time_command,
)
from benchmarks.synth import write_corpus  # noqa: E402

SECTIONS = ("ratio", "profile", "workers", "noop")
DEFAULTS = {"docs": "100", "workers_docs": "10,100", "noop_docs": "1000", "profile_docs": "100"}
LONG = {"docs": "100,1000", "workers_docs": "10,100,1000,5000", "noop_docs": "1000,10000"}


def styrdok(corpus: Path, out: Path, args: argparse.Namespace, *extra: str) -> list[str]:
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "-q"]
    return [*command, *(["--model", args.model] if args.model else []), *extra]


def run_styrdok(command: Sequence[str]) -> Measurement:
    return time_command(command, cwd=REPO_ROOT)


def analysed_texts(out: Path) -> list[str]:
    """The clause texts the NLP stage pipes, in the order it pipes them."""
    from pipeline.nlp import ANNOTATED_KINDS
    from pipeline.tables import read_table

    clauses = read_table(out, "clauses").to_pylist()
    return [c["text"] for c in clauses if c["kind"] in ANNOTATED_KINDS and c["text"].strip()]


def corpus_of(work: Path, n_docs: int, seed: int, short: bool = False) -> Path:
    corpus = work / f"corpus-{n_docs}{'-short' if short else ''}"
    if not corpus.exists():
        write_corpus(corpus, n_docs, seed=seed, short=short)
    return corpus


# ---------------------------------------------------------------------------
# Bare model (a child process of its own)


def bare_main(texts_file: Path, model: str | None, components: bool = False) -> None:
    """Load the model (and styrdok's components), pipe the texts once; print the pipe's own
    CPU and wall seconds."""
    from pipeline.config import load_settings
    from pipeline.nlp import build_nlp
    from pipeline.nlp.model import load_model

    settings = load_settings(REPO_ROOT / "configs", **({"model": model} if model else {}))
    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    nlp = build_nlp(settings) if components else load_model(settings.model)
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    print(f"pipe cpu {time.process_time() - cpu:.4f} wall {time.perf_counter() - wall:.4f}")


def bare_command(texts_file: Path, args: argparse.Namespace, components: bool = False) -> list[str]:
    command = [sys.executable, str(Path(__file__).resolve()), "--bare", str(texts_file)]
    command += ["--bare-components"] if components else []
    return [*command, *(["--model", args.model] if args.model else [])]


def pipe_only(measured: Measurement) -> Measurement:
    _, _, cpu, _, wall = measured.output.split()[-5:]
    return Measurement(float(cpu), float(wall))


# ---------------------------------------------------------------------------
# Sections


def ratio(n_docs: int, args: argparse.Namespace, work: Path) -> list[str]:
    corpus, out = corpus_of(work, n_docs, args.seed), work / f"ratio-{n_docs}"
    texts_file = work / f"texts-{n_docs}.json"

    def bare(components: bool) -> Measurement:
        if not texts_file.exists():  # the first round runs end-to-end first
            texts = analysed_texts(out)
            texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        return run_styrdok(bare_command(texts_file, args, components))

    variants = {
        "end-to-end": lambda: run_styrdok(styrdok(corpus, out, args, "--force", "--workers", "1")),
        "model": lambda: bare(False),
    }
    if args.components:
        variants["model + components"] = lambda: bare(True)
    rounds = interleave(variants, args.rounds)
    references = [name for name in variants if name != "end-to-end"]
    for one in rounds:
        for name in references:
            one[f"{name}, pipe"] = pipe_only(one[name])
    words = sum(len(text.split()) for text in json.loads(texts_file.read_text(encoding="utf-8")))
    e2e_cpu = seconds(rounds, "end-to-end", "cpu")
    peak = max(one["end-to-end"].peak_rss_mb or 0 for one in rounds)
    cells = [
        f"{n_docs:,}",
        f"{words:,}",
        spread([words / s for s in e2e_cpu], 0),
        spread([1000 * s / n_docs for s in e2e_cpu], 1),
        *(
            spread(speedup(rounds, reference, "end-to-end", clock))
            for name in references
            for reference in (f"{name}, pipe", name)
            for clock in CLOCKS
        ),
        f"{peak:,.0f}",
    ]
    return [f"| {' | '.join(cells)} |"]


def ratio_header(components: bool) -> list[str]:
    references = ["model", *(["model + components"] if components else [])]
    columns = [
        "docs",
        "words",
        "end-to-end words/CPU-s",
        "end-to-end CPU ms/doc",
        *(
            f"÷ {name} {what}, {clock}"
            for name in references
            for what in ("pipe", "command")
            for clock in ("CPU", "wall")
        ),
        "peak RSS MB",
    ]
    return [f"| {' | '.join(columns)} |", f"|{' --- |' * len(columns)}"]


def workers_supported() -> tuple[str, ...]:
    help_text = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--help"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return ("1", "2", "auto") if "auto" in help_text else ("1", "2")


def workers(n_docs: int, args: argparse.Namespace, work: Path) -> list[str]:
    corpus = corpus_of(work, n_docs, args.seed)
    outs = {count: work / f"workers-{n_docs}-{count}" for count in args.worker_counts}
    for count, out in outs.items():
        run_styrdok(styrdok(corpus, out, args, "--workers", count))  # warm-up, fills out
    variants = {
        f"{count} worker(s)": (
            lambda c=count, o=out: run_styrdok(styrdok(corpus, o, args, "--force", "--workers", c))
        )
        for count, out in outs.items()
    }
    rounds = interleave(variants, args.rounds)
    rows = [f"{n_docs:,} documents (speed × 1 worker > 1: faster):", ""]
    rows += summary_rows(rounds, baseline=f"{args.worker_counts[0]} worker(s)")
    peaks = ", ".join(
        f"{name} {max(one[name].peak_rss_mb or 0 for one in rounds):,.0f}" for name in variants
    )
    return [*rows, "", f"peak RSS MB (process tree): {peaks}", ""]


def noop(n_docs: int, args: argparse.Namespace, work: Path) -> list[str]:
    corpus, out = corpus_of(work, n_docs, args.seed, short=True), work / f"noop-{n_docs}"
    first = run_styrdok(styrdok(corpus, out, args, "--workers", "1"))
    rounds: Rounds = interleave(
        {"no-op": lambda: run_styrdok(styrdok(corpus, out, args, "--workers", "1"))}, args.rounds
    )
    for one in rounds:
        if f"0 processed, {n_docs} unchanged" not in one["no-op"].output:
            raise SystemExit(f"not a no-op re-run:\n{one['no-op'].output}")
    return [
        f"| {n_docs:,} | {first.cpu:.1f} | {first.peak_rss_mb:,.0f} | "
        f"{spread(seconds(rounds, 'no-op', 'cpu'))} | {spread(seconds(rounds, 'no-op', 'wall'))} |"
    ]


NOOP_HEADER = [
    "| short docs | first run CPU s | first run peak RSS MB | no-op CPU s | no-op wall s |",
    "| --- | --- | --- | --- | --- |",
]


# ---------------------------------------------------------------------------


def sizes(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(SECTIONS), help="sections, comma-separated")
    parser.add_argument("--long", action="store_true", help="the long sizes: " + str(LONG))
    parser.add_argument("--docs", help="ratio corpus sizes (default 100)")
    parser.add_argument("--workers-docs", help="workers corpus sizes (default 10,100)")
    parser.add_argument(
        "--worker-counts",
        help="workers: the --workers values, the first is the baseline (default 1,2,auto)",
    )
    parser.add_argument("--noop-docs", help="no-op corpus sizes (default 1000)")
    parser.add_argument("--profile-docs", help="profiled corpus size (default 100)")
    parser.add_argument("--rounds", type=int, default=3, help="paired rounds (≥ 3)")
    parser.add_argument("--model", help="spaCy model name or path (default: configs)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--components",
        action="store_true",
        help="ratio: also against nlp.pipe of the model plus styrdok's components",
    )
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)  # the bare child
    parser.add_argument("--bare-components", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for key, value in DEFAULTS.items():
        if getattr(args, key) is None:
            setattr(args, key, LONG.get(key, value) if args.long else value)
    args.only = [s for s in args.only.split(",") if s]
    unknown = set(args.only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections {sorted(unknown)}; known: {', '.join(SECTIONS)}")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.bare:
        bare_main(args.bare, args.model, args.bare_components)
        return
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    print(f"styrdok benchmarks, {started}, {load_note()}, {args.rounds} rounds\n", flush=True)
    with tempfile.TemporaryDirectory(prefix="styrdok-bench-") as tmp:
        work = Path(tmp)
        if "ratio" in args.only:
            print(
                "## End-to-end ÷ bare nlp.pipe, 1 worker\n",
                *ratio_header(args.components),
                sep="\n",
            )
            for n_docs in sizes(args.docs):
                print(*ratio(n_docs, args, work), sep="\n", flush=True)
            print()
        if "profile" in args.only:
            from benchmarks.profile_pipeline import breakdown

            print(f"## Where the CPU goes, 1 worker, {int(args.profile_docs):,} documents\n")
            corpus = corpus_of(work, int(args.profile_docs), args.seed)
            print(*breakdown(corpus, work / "profile", args.model), sep="\n", flush=True)
            print()
        if "workers" in args.only:
            supported = workers_supported()
            asked = args.worker_counts.split(",") if args.worker_counts else supported
            unknown = [count for count in asked if count not in supported and not count.isdigit()]
            if unknown:
                raise SystemExit(f"--worker-counts: this CLI does not take {unknown}")
            args.worker_counts = tuple(asked)
            print("## Workers\n")
            for n_docs in sizes(args.workers_docs):
                print(*workers(n_docs, args, work), sep="\n", flush=True)
        if "noop" in args.only:
            print("## No-op re-run and memory against the number of documents\n")
            print(*NOOP_HEADER, sep="\n")
            for n_docs in sizes(args.noop_docs):
                print(*noop(n_docs, args, work), sep="\n", flush=True)
    print(f"\nfinished {time.strftime('%H:%M UTC', time.gmtime())}, {load_note()}")


if __name__ == "__main__":
    main()
