"""Words per second of the shipped Swedish model with ``nlp.pipe`` on one core.

Compares the full pipeline with a blank ``spacy.blank("sv")`` tokenizer on the same text
(the ``raw/*.txt`` documents, repeated up to ``--words`` words).

    python benchmarks/bench_model.py [--model styrdok-default] [--words 20000]
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import spacy  # noqa: E402

from pipeline.nlp.model import load_model  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
FALLBACK_TEXT = (
    "Regiondirektören ska fortlöpande hålla ordföranden informerad om hur uppdragen "
    "fortskrider. Nämnden ansvarar för att verksamheten bedrivs i enlighet med de mål "
    "och riktlinjer som fullmäktige har bestämt."
)


def single_thread() -> None:
    """Pin torch (if installed) to one thread; BLAS threads are pinned via env above."""
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass


def load_texts(n_words: int, raw_dir: Path = REPO_ROOT / "raw") -> list[str]:
    """Paragraphs of ``raw/*.txt`` repeated until they hold about ``n_words`` words."""
    paragraphs = [
        p.strip()
        for f in sorted(raw_dir.glob("*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ] or [FALLBACK_TEXT]
    texts: list[str] = []
    words = 0
    while words < n_words:
        for p in paragraphs:
            texts.append(p)
            words += len(p.split())
            if words >= n_words:
                break
    return texts


def words_per_second(process: Callable[[list[str]], Iterable], texts: list[str]) -> float:
    """Time one pass of ``process`` over ``texts``; words are spaCy tokens (non-space)."""
    start = time.perf_counter()
    n_tokens = sum(sum(1 for t in doc if not t.is_space) for doc in process(texts))
    return n_tokens / (time.perf_counter() - start)


def run(model: str | None, n_words: int, batch_size: int) -> list[tuple[str, float]]:
    single_thread()
    texts = load_texts(n_words)
    nlp = load_model(model)
    blank = spacy.blank("sv")
    nlp.pipe(texts[:5])  # warm-up: lazy init of lookups etc.
    list(nlp.pipe(texts[:5]))
    return [
        (
            "blank sv tokenizer",
            words_per_second(lambda t: blank.pipe(t, batch_size=batch_size), texts),
        ),
        (
            f"model {model or 'styrdok-default'}",
            words_per_second(lambda t: nlp.pipe(t, batch_size=batch_size), texts),
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=None)
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    rows = run(args.model, args.words, args.batch_size)
    base = rows[0][1]
    print(f"{'pipeline':<32} {'words/s':>12} {'ratio':>8}")
    for name, wps in rows:
        print(f"{name:<32} {wps:>12,.0f} {wps / base:>8.3f}")


if __name__ == "__main__":
    main()
