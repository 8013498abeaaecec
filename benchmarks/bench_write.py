"""How a partition reaches the disk: Parquet written to the temporary file's path (pyarrow
opens it again and writes it piece by piece) against serialised in memory and written once
through the descriptor ``mkstemp`` opened (`pipeline.tables._atomic_write`).

The partitions of a real ``styrdok run`` are rewritten by each variant, paired and
interleaved in this process (`benchmarks/paired.py`); both write the same bytes.

    python benchmarks/bench_write.py --docs 100 [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.bench_parquet import Partitions, real_partitions  # noqa: E402
from benchmarks.paired import interleave, load_note, summary_rows, time_call  # noqa: E402
from pipeline.tables import PARQUET_OPTIONS, _atomic_write  # noqa: E402

Writer = Callable[[pa.Table, Path], None]


def write_to_path(table: pa.Table, path: Path) -> None:
    """The former `_atomic_write`: pyarrow writes to the temporary file's path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    os.close(descriptor)
    pq.write_table(table, temporary, **PARQUET_OPTIONS)
    os.replace(temporary, path)


WRITERS: dict[str, Writer] = {
    "to the path (before)": write_to_path,
    "in memory, one write (now)": _atomic_write,
}


def write_all(partitions: Partitions, out: Path, writer: Writer) -> None:
    shutil.rmtree(out, ignore_errors=True)
    for name, by_doc in partitions.items():
        for doc_id, table in by_doc.items():
            writer(table, out / name / f"{doc_id}.parquet")


def same_bytes(first: Path, second: Path) -> bool:
    return all(
        path.read_bytes() == (second / path.relative_to(first)).read_bytes()
        for path in first.rglob("*.parquet")
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="styrdok-write-"))
    partitions = real_partitions(args.docs, work, args.seed)
    count = sum(len(by_doc) for by_doc in partitions.values())
    outs = {name: work / f"out-{index}" for index, name in enumerate(WRITERS)}
    print(f"{args.docs} documents, {count} partitions, {args.rounds} rounds; {load_note()}")

    def variant(name: str):  # noqa: ANN202
        return lambda: time_call(lambda: write_all(partitions, outs[name], WRITERS[name]))

    rounds = interleave({name: variant(name) for name in WRITERS}, args.rounds)
    print("\n".join(summary_rows(rounds, "to the path (before)")))
    print(f"same bytes: {same_bytes(*outs.values())}; {load_note()} at the end")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
