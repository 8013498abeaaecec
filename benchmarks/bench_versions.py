"""Two checkouts of styrdok, end to end on the same corpus: is the new one faster, and does it
write the same tables?

Each variant is ``python -m pipeline run CORPUS --force --workers 1`` started in its own
checkout (so it imports that checkout's code), timed as a child process and interleaved
with the other (`benchmarks.paired`); after the rounds every table of the two outputs is
compared (pandas ``equals``, and the Parquet bytes of every partition).

    git archive main | tar -x -C /tmp/styrdok-main      # the baseline, e.g. main
    python benchmarks/bench_versions.py --baseline /tmp/styrdok-main --docs 100 [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.paired import (  # noqa: E402
    Measurement,
    interleave,
    load_note,
    summary_rows,
    time_command,
)
from benchmarks.synth import write_corpus  # noqa: E402


def run_command(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "-q",
            "--force", "--workers", "1"]  # fmt: skip


def differences(first: Path, second: Path) -> list[str]:
    """Partitions whose table or bytes differ between two output directories."""
    import pandas as pd

    names = sorted(p.relative_to(first) for p in first.rglob("*.parquet"))
    if names != sorted(p.relative_to(second) for p in second.rglob("*.parquet")):
        return ["the two outputs have different partitions"]
    found = []
    for name in names:
        if (first / name).read_bytes() != (second / name).read_bytes():
            same = pd.read_parquet(first / name).equals(pd.read_parquet(second / name))
            found.append(f"{name}: {'bytes differ, table equal' if same else 'table differs'}")
    return found


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the other checkout")
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="styrdok-versions-"))
    corpus = work / "corpus"
    write_corpus(corpus, args.docs, seed=args.seed)
    checkouts = {"baseline": args.baseline.resolve(), "this checkout": REPO_ROOT}

    def variant(name: str) -> Measurement:
        out = work / f"out-{name.replace(' ', '-')}"
        return time_command(run_command(corpus, out), cwd=checkouts[name])

    print(f"{args.docs} documents, {args.rounds} rounds; {load_note()} at the start")
    rounds = interleave({name: (lambda name=name: variant(name)) for name in checkouts},
                        args.rounds)  # fmt: skip
    print("\n".join(summary_rows(rounds, "baseline")))
    print(f"{load_note()} at the end")
    found = differences(work / "out-baseline", work / "out-this-checkout")
    print("outputs: identical" if not found else "outputs differ:\n  " + "\n  ".join(found))


if __name__ == "__main__":
    main()
