"""Speed measuring: the clause texts the pipeline really sends to the model (from
``raw/*.txt``) and words/s of several pipelines over them in paired, interleaved rounds,
median and range by wall and CPU time.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from pipeline.train.paths import REPO_ROOT


def clause_texts(raw_dir: str | Path = REPO_ROOT / "raw", min_words: int = 20000) -> list[str]:
    """The texts the pipeline sends to the model: clause texts of segmenting every
    ``raw/*.txt`` (ingest → normalize → segment, annotated clause kinds only), repeated
    in order until they hold at least ``min_words`` whitespace words."""
    from pipeline.batch import prepare_document
    from pipeline.config import load_settings
    from pipeline.nlp import ANNOTATED_KINDS

    settings = load_settings(REPO_ROOT / "configs")
    texts = [
        clause.text
        for path in sorted(Path(raw_dir).glob("*.txt"))
        for clause in prepare_document(path, path.stem, settings).clauses
        if clause.kind in ANNOTATED_KINDS and clause.text.strip()
    ]
    if not texts:
        raise FileNotFoundError(f"{raw_dir}: no clause text in any *.txt file")
    words = sum(len(text.split()) for text in texts)
    return texts * max(1, -(-min_words // words))


def interleaved_speed(
    models: dict[str, Any], texts: list[str], *, rounds: int = 3, batch_size: int = 64
) -> dict[str, dict[str, Any]]:
    """Words per second of each pipeline over ``texts`` with ``nlp.pipe``, in paired,
    interleaved rounds (A, B, C, A, B, C, …) on the current thread settings.

    Words are whitespace words of the texts (what a reader counts); ``tokens`` is spaCy's
    non-space token count, the older, larger count.  Returns per name the median and
    [min, max] words/s over the rounds, by wall time and by CPU (process) time.
    """
    n_words = sum(len(text.split()) for text in texts)
    walls: dict[str, list[float]] = {name: [] for name in models}
    cpus: dict[str, list[float]] = {name: [] for name in models}
    tokens: dict[str, int] = {}
    for nlp in models.values():
        list(nlp.pipe(texts[:50], batch_size=batch_size))  # warm-up: lazy tables, caches
    for _ in range(rounds):
        for name, nlp in models.items():
            wall, cpu = time.perf_counter(), time.process_time()
            n_tokens = sum(
                sum(1 for t in doc if not t.is_space)
                for doc in nlp.pipe(texts, batch_size=batch_size)
            )
            walls[name].append(time.perf_counter() - wall)
            cpus[name].append(time.process_time() - cpu)
            tokens[name] = n_tokens
    return {name: _speed_row(n_words, tokens[name], walls[name], cpus[name]) for name in models}


def _speed_row(n_words: int, n_tokens: int, walls: list[float], cpus: list[float]) -> dict:
    def rates(seconds: list[float], count: int) -> list[int]:
        return sorted(round(count / s) for s in seconds)

    wall, cpu, old = rates(walls, n_words), rates(cpus, n_words), rates(walls, n_tokens)
    return {
        "words": n_words,
        "tokens": n_tokens,
        "wps_wall": statistics.median(wall),
        "wps_wall_range": [wall[0], wall[-1]],
        "wps_cpu": statistics.median(cpu),
        "wps_cpu_range": [cpu[0], cpu[-1]],
        "tokens_per_s_wall": statistics.median(old),
    }
