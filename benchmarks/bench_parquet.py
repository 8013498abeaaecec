"""Parquet write settings for the per-document partitions: write time, read time, size.

Takes the tables of a real ``styrdok run`` (synthetic corpus, NLP on), then rewrites every
partition with each candidate setting (compression codec and level, dictionary encoding,
statistics, row-group size) and reads each table back with ``pipeline.tables.read_table``.
Candidates are timed paired and interleaved (``benchmarks/paired.py``) in this process;
times are CPU and wall, median [min–max] over the rounds, and the ratio is per round
against the setting used before (zstd, pyarrow's defaults).

    python benchmarks/bench_parquet.py --docs 100 [--rounds 3]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from benchmarks.paired import (  # noqa: E402
    CLOCKS,
    interleave,
    load_note,
    seconds,
    speedup,
    spread,
    time_call,
)
from benchmarks.synth import write_corpus  # noqa: E402
from pipeline.tables import (  # noqa: E402
    CATEGORICAL,
    DOCUMENT_TABLES,
    PARQUET_OPTIONS,
    SCHEMAS,
    STATISTICS_COLUMNS,
    read_table,
)

# Columns that repeat within a document's partition (ids, tags, labels).
REPEATED = sorted({"doc_id", "clause_id", *(c for cols in CATEGORICAL.values() for c in cols)})

# Statistics (min/max per column chunk and page) only where they are small: not for the
# documents' full texts, which they would store up to four more times, uncompressed.
SHORT = sorted(
    {f.name for schema in SCHEMAS.values() for f in schema if f.type != pa.large_string()}
)
NUMBERS_AND_IDS = STATISTICS_COLUMNS

CANDIDATES: dict[str, dict[str, Any]] = {
    "zstd, pyarrow defaults (before)": {"compression": "zstd"},
    "zstd 3": {"compression": "zstd", "compression_level": 3},
    "zstd 9": {"compression": "zstd", "compression_level": 9},
    "snappy": {"compression": "snappy"},
    "lz4": {"compression": "lz4"},
    "none": {"compression": "none"},
    "zstd, no dictionary": {"compression": "zstd", "use_dictionary": False},
    "zstd, dictionary for repeated columns": {"compression": "zstd", "use_dictionary": REPEATED},
    "zstd, no statistics": {"compression": "zstd", "write_statistics": False},
    "zstd, statistics except long texts": {"compression": "zstd", "write_statistics": SHORT},
    "zstd, row groups of 1,024": {"compression": "zstd", "row_group_size": 1024},
    "zstd, no dictionary, statistics except long texts": {
        "compression": "zstd",
        "use_dictionary": False,
        "write_statistics": SHORT,
    },
    "zstd, no dictionary, statistics for numbers and ids": {
        "compression": "zstd",
        "use_dictionary": False,
        "write_statistics": NUMBERS_AND_IDS,
    },
    "snappy, no dictionary, statistics except long texts": {
        "compression": "snappy",
        "use_dictionary": False,
        "write_statistics": SHORT,
    },
    "snappy, no dictionary, statistics for numbers and ids (chosen)": PARQUET_OPTIONS,
    "lz4, no dictionary, statistics for numbers and ids": {
        "compression": "lz4",
        "use_dictionary": False,
        "write_statistics": NUMBERS_AND_IDS,
    },
    "lz4, no dictionary, statistics except long texts": {
        "compression": "lz4",
        "use_dictionary": False,
        "write_statistics": SHORT,
    },
}
BASELINE = "zstd, pyarrow defaults (before)"

Partitions = dict[str, dict[str, pa.Table]]  # table → doc_id → table


def real_partitions(n_docs: int, work: Path, seed: int) -> Partitions:
    corpus, out = work / "corpus", work / "out"
    write_corpus(corpus, n_docs, seed=seed)
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "-q"]
    subprocess.run([*command, "--workers", "1"], cwd=REPO_ROOT, check=True, capture_output=True)
    return {
        name: {path.stem: pq.read_table(path) for path in sorted((out / name).glob("*.parquet"))}
        for name in DOCUMENT_TABLES
    }


def write_all(partitions: Partitions, out: Path, options: Mapping[str, Any]) -> None:
    for name, by_doc in partitions.items():
        (out / name).mkdir(parents=True, exist_ok=True)
        for doc_id, table in by_doc.items():
            pq.write_table(table, out / name / f"{doc_id}.parquet", **options)


def read_all(out: Path) -> None:
    for name in SCHEMAS:
        read_table(out, name)


def size_mb(out: Path) -> float:
    return sum(path.stat().st_size for path in out.rglob("*.parquet")) / 2**20


def measure(partitions: Partitions, work: Path, rounds: int) -> list[str]:
    outs = {name: work / f"candidate-{index}" for index, name in enumerate(CANDIDATES)}

    def write(name: str):  # noqa: ANN202
        def run():  # noqa: ANN202
            shutil.rmtree(outs[name], ignore_errors=True)
            return time_call(lambda: write_all(partitions, outs[name], CANDIDATES[name]))

        return run

    writes = interleave({name: write(name) for name in CANDIDATES}, rounds)
    reads = interleave(
        {name: (lambda o=outs[name]: time_call(lambda: read_all(o))) for name in CANDIDATES},
        rounds,
    )
    baseline_size = size_mb(outs[BASELINE])
    rows = [
        "| setting | size MB | size × before | write CPU s | write speed × before, CPU "
        "| write speed × before, wall | read CPU s | read speed × before, CPU |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name in CANDIDATES:
        size = size_mb(outs[name])
        cells = [
            f"{size:.2f}",
            f"{size / baseline_size:.2f}",
            spread(seconds(writes, name, "cpu")),
            *(spread(speedup(writes, BASELINE, name, clock)) for clock in CLOCKS),
            spread(seconds(reads, name, "cpu")),
            spread(speedup(reads, BASELINE, name, "cpu")),
        ]
        rows.append(f"| {name} | {' | '.join(cells)} |")
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="styrdok-parquet-") as tmp:
        partitions = real_partitions(args.docs, Path(tmp), args.seed)
        files = sum(len(by_doc) for by_doc in partitions.values())
        rows = sum(t.num_rows for by_doc in partitions.values() for t in by_doc.values())
        print(
            f"{args.docs} documents, {files:,} partitions, {rows:,} rows; {load_note()}; "
            f"pyarrow {pa.__version__}, {args.rounds} rounds\n"
        )
        print(*measure(partitions, Path(tmp), args.rounds), sep="\n")


if __name__ == "__main__":
    main()
