"""The ``train`` step: ``spacy train`` with ``configs/model/sv_styrdok.cfg`` on one thread
and styrdok's custom factories registered, and the choice of the checkpoint to ship.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from pipeline.train.paths import CONFIG_PATH, CORPUS_DIR, TRAIN_OUT


def train(
    config: str | Path = CONFIG_PATH,
    output: str | Path = TRAIN_OUT,
    corpus_dir: str | Path = CORPUS_DIR,
    overrides: dict[str, Any] | None = None,
    *,
    threads: int = 1,
) -> Path:
    """Run ``spacy train``; returns the output directory (``model-best``/``model-last``)."""
    _limit_threads(threads)
    from spacy.cli.train import train as spacy_train

    _register_components()

    corpus = Path(corpus_dir)
    settings = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "tune.spacy"),
        **(overrides or {}),
    }
    out = Path(output)
    if out.exists() and any(out.iterdir()):
        print(f"train: overwriting the checkpoints in {out}", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    spacy_train(Path(config), Path(output), use_gpu=-1, overrides=settings)
    return Path(output)


def _register_components() -> None:
    """Import the modules that register styrdok's custom spaCy factories."""
    import pipeline.nlp.components  # noqa: F401
    import pipeline.nlp.model  # noqa: F401


def _limit_threads(threads: int) -> None:
    """Keep BLAS/OpenMP (and torch, if present) to ``threads`` threads."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ[var] = str(threads)
    try:
        import torch

        torch.set_num_threads(threads)
    except ImportError:
        pass


def best_model_dir(output: str | Path = TRAIN_OUT) -> Path:
    """The checkpoint the recipe ships: ``model-last``, else ``model-best``, else ``output``.

    The recipe trains for a fixed number of epochs and keeps the last checkpoint: the
    79-sentence tune part is too small to pick checkpoints reliably (and with
    ``train_on_tune`` it is part of the training data).
    """
    out = Path(output)
    for name in ("model-last", "model-best"):
        if (out / name / "meta.json").is_file():
            return out / name
    return out
