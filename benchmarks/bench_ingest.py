"""Pages per second of `read_pdf`, paired and interleaved with plain pdfplumber.

Run: .venv/bin/python benchmarks/bench_ingest.py [--pages 20] [--rounds 5] [--old OLD_PDF_PY]

Renders each seed (raw/*.txt) to a PDF of at least `--pages` pages (bands, bullets,
justified text), then times, in every round and in alternating order, plain pdfplumber
(`page.extract_text()` on every page) and `read_pdf` on the same files; with `--old`
also a saved copy of an earlier ``pipeline/ingest/pdf.py`` (the script says whether its
text, pages and tables are identical). Prints median [min-max] of CPU and wall seconds and
pages/s, and the ratios read_pdf / pdfplumber (target <= 1.5) and old / new.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from pipeline.ingest.pdf import read_pdf  # noqa: E402
from tests.fixtures.seeds import SEED_PATHS, render_pdf, text_path_blocks  # noqa: E402

Reader = Callable[[Path], int]


def make_files(folder: Path, pages: int) -> list[Path]:
    paths = []
    for seed in SEED_PATHS:
        blocks, _ = text_path_blocks(seed)
        body = blocks
        path = folder / f"{seed.stem}-{pages}p.pdf"
        while render_pdf(path, body) < pages:
            body = body + blocks[1:]
        paths.append(path)
    return paths


def plain_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def styrdok(function: Callable[..., object]) -> Reader:
    return lambda path: len(function(path, path.stem).pages)  # type: ignore[attr-defined]


def load_old(path: Path) -> Callable[..., object]:
    spec = importlib.util.spec_from_file_location("old_pdf_reader", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: cannot be loaded as a module")
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_pdf_reader"] = module
    spec.loader.exec_module(module)
    return module.read_pdf


def run_once(reader: Reader, paths: list[Path]) -> tuple[int, float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    pages = sum(reader(path) for path in paths)
    return pages, time.process_time() - cpu, time.perf_counter() - wall


def summary(values: list[float]) -> str:
    return f"{statistics.median(values):7.3f} [{min(values):.3f}-{max(values):.3f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--old", type=Path, help="a saved copy of an earlier pdf.py")
    args = parser.parse_args()
    readers: dict[str, Reader] = {"pdfplumber": plain_pdfplumber, "read_pdf": styrdok(read_pdf)}
    if args.old:
        old = load_old(args.old)
        readers["read_pdf (old)"] = styrdok(old)
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
        paths = make_files(Path(folder), args.pages)
        if args.old:
            for path in paths:
                new, before = read_pdf(path, "x"), old(path, "x")
                same = (new.text, new.pages, new.table_rows) == (  # type: ignore[attr-defined]
                    before.text, before.pages, before.table_rows  # type: ignore[attr-defined]
                )
                print(f"{path.name}: old and new text {'identical' if same else 'DIFFER'}")
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in readers}
        pages = 0
        names = list(readers)
        for round_index in range(args.rounds):
            order = names if round_index % 2 == 0 else names[::-1]  # A, B, B, A, …
            for name in order:
                pages, cpu, wall = run_once(readers[name], paths)
                times[name].append((cpu, wall))
    print(f"{len(paths)} files, {pages} pages, {args.rounds} interleaved rounds")
    print(f"{'reader':<16}{'CPU s median [min-max]':>28}{'wall s median [min-max]':>30}"
          f"{'pages/s (CPU)':>15}")
    for name, rows in times.items():
        cpu = [row[0] for row in rows]
        wall = [row[1] for row in rows]
        print(f"{name:<16}{summary(cpu):>28}{summary(wall):>30}"
              f"{pages / statistics.median(cpu):>15.1f}")
    print_ratio("read_pdf / pdfplumber", times["read_pdf"], times["pdfplumber"], "<= 1.50")
    if args.old:
        print_ratio("old / new read_pdf", times["read_pdf (old)"], times["read_pdf"], ">= 1.50")


def print_ratio(label: str, a: list[tuple[float, float]], b: list[tuple[float, float]],
                target: str) -> None:
    cpu = [x[0] / y[0] for x, y in zip(a, b, strict=True)]
    wall = [x[1] / y[1] for x, y in zip(a, b, strict=True)]
    print(f"{label}: CPU {summary(cpu)}, wall {summary(wall)} (target {target})")


if __name__ == "__main__":
    main()
