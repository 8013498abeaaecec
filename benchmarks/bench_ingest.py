"""Pages per second: `read_pdf` beside plain pdfplumber `page.extract_text()`.

Run: .venv/bin/python benchmarks/bench_ingest.py [--files 20] [--repeat 3]
Generates multi-page PDFs (running header/footer, lists, a table) in a temp dir, then
times both on the same files. Target: read_pdf no slower than 1.5x the baseline.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from pipeline.ingest.pdf import read_pdf  # noqa: E402
from tests.fixtures.build import SAMPLE, build_pdf  # noqa: E402


def make_files(folder: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        blocks = SAMPLE[:1] + SAMPLE[1:] * (1 + index % 4)  # 2 to 8 pages
        paths.append(build_pdf(folder / f"doc{index:02d}.pdf", blocks).path)
    return paths


def baseline(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def reader(path: Path) -> int:
    return len(read_pdf(path, path.stem).pages)


def timed(function: Callable[[Path], int], paths: list[Path], repeat: int) -> tuple[int, float]:
    best = float("inf")
    pages = 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = sum(function(path) for path in paths)
        best = min(best, time.perf_counter() - start)
    return pages, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
        paths = make_files(Path(folder), args.files)
        rows = [(name, *timed(function, paths, args.repeat))
                for name, function in (("pdfplumber extract_text", baseline),
                                       ("read_pdf", reader))]
    print(f"{len(paths)} files, best of {args.repeat} runs")
    print(f"{'method':<26}{'pages':>7}{'seconds':>10}{'pages/s':>10}")
    for name, pages, seconds in rows:
        print(f"{name:<26}{pages:>7}{seconds:>10.3f}{pages / seconds:>10.1f}")
    ratio = rows[1][2] / rows[0][2]
    verdict = "ok" if ratio <= 1.5 else "SLOWER than target"
    print(f"time ratio read_pdf / baseline: {ratio:.2f} (target <= 1.50: {verdict})")


if __name__ == "__main__":
    main()
