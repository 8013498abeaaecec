"""Words per second of the shipped Swedish model, honestly counted, on one thread.

Texts: the clause texts the pipeline sends to the model (``raw/*.txt`` ingested, normalized
and segmented; annotated clause kinds only), repeated to about ``--words`` words.  Words are
whitespace words of those texts; spaCy tokens (the older, larger count that includes
punctuation) are printed too.  Three pipelines run in paired, interleaved rounds
(previous shipped model, current model, blank ``sv`` tokenizer: A, B, C, A, B, C, …);
each is reported as median [min–max] over the rounds, by wall time and by CPU time.

The previous shipped model is read from git history (``--previous-rev``, extracted with
``git archive`` into ``training/bench_prev/<rev>``) or from a directory (``--previous``).

    python benchmarks/bench_model.py [--model styrdok-default] [--rounds 5] [--words 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tarfile
from io import BytesIO
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"

import spacy  # noqa: E402

from pipeline.nlp.model import load_model  # noqa: E402
from pipeline.train import clause_texts, interleaved_speed  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = "pipeline/models/sv_styrdok"
# The last commit whose shipped model predates issue #11 (tok2vec 128×4, Talbanken only).
PREVIOUS_REV = "b3f1a3c"


def single_thread() -> None:
    """Pin torch (if installed) to one thread; BLAS threads are pinned via env above."""
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass


def previous_model(rev: str, cache: Path = REPO_ROOT / "training/bench_prev") -> Path:
    """The shipped model directory as of git revision ``rev``, extracted once."""
    target = cache / rev
    if not (target / MODEL_PATH / "config.cfg").is_file():
        archive = subprocess.run(
            ["git", "archive", rev, MODEL_PATH], cwd=REPO_ROOT, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(target, filter="data")
    return target / MODEL_PATH


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=None, help="default: the shipped model")
    parser.add_argument("--previous", default=None, help="directory of the previous model")
    parser.add_argument("--previous-rev", default=PREVIOUS_REV)
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--json", default=None, help="also write the results here")
    args = parser.parse_args()
    single_thread()
    previous = Path(args.previous) if args.previous else previous_model(args.previous_rev)
    models = {
        f"previous ({args.previous or args.previous_rev})": load_model(previous),
        f"model ({args.model or 'styrdok-default'})": load_model(args.model),
        "blank sv tokenizer": spacy.blank("sv"),
    }
    texts = clause_texts(min_words=args.words)
    rows = interleaved_speed(models, texts, rounds=args.rounds, batch_size=args.batch_size)
    first = next(iter(rows.values()))
    print(
        f"{len(texts)} clause texts, {first['words']:,} whitespace words; one thread; "
        f"{args.rounds} interleaved rounds; median [min–max]"
    )
    print(f"{'pipeline':<28} {'words/s wall':>30} {'words/s CPU':>30} {'tokens/s wall':>14}")
    for name, row in rows.items():
        wall = f"{row['wps_wall']:,} [{row['wps_wall_range'][0]:,}–{row['wps_wall_range'][1]:,}]"
        cpu = f"{row['wps_cpu']:,} [{row['wps_cpu_range'][0]:,}–{row['wps_cpu_range'][1]:,}]"
        print(f"{name:<28} {wall:>30} {cpu:>30} {row['tokens_per_s_wall']:>14,}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
