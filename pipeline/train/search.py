"""The architecture search: named config overrides from ``configs/model/search.yaml``
(validated on load), one short training run per name, and a report of every finished
run's tune scores, words/s and size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.train.evaluation import score
from pipeline.train.packaging import dir_size
from pipeline.train.paths import CONFIG_PATH, REPO_ROOT, SEARCH_OUT, SEARCH_PATH
from pipeline.train.speed import clause_texts, interleaved_speed
from pipeline.train.training import _limit_threads, train


class SearchConfig(BaseModel):
    """``configs/model/search.yaml``: named config overrides for short ranking runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    corpus: str = "training/corpus_search"
    max_epochs: int = Field(8, ge=1)
    runs: dict[str, dict[str, Any]]


def load_search(path: str | Path = SEARCH_PATH) -> SearchConfig:
    path = Path(path)
    try:
        return SearchConfig.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (yaml.YAMLError, ValidationError) as err:
        raise ValueError(f"{path}: invalid search config: {' '.join(str(err).split())}") from None


def search_run(name: str, search: SearchConfig, out_root: str | Path = SEARCH_OUT) -> Path:
    """Train one named search run into ``out_root/name`` (short schedule, tune not trained)."""
    if name not in search.runs:
        raise ValueError(f"{SEARCH_PATH}: no run named {name!r} (have: {', '.join(search.runs)})")
    overrides = {"training.max_epochs": search.max_epochs, **search.runs[name]}
    return train(CONFIG_PATH, Path(out_root) / name, REPO_ROOT / search.corpus, overrides)


def search_report(
    search: SearchConfig, out_root: str | Path = SEARCH_OUT, *, rounds: int = 3
) -> list[dict[str, Any]]:
    """Tune scores and words/s (interleaved rounds, one thread) of every finished run."""
    from pipeline.nlp.model import load_model

    _limit_threads(1)
    tune = REPO_ROOT / search.corpus / "tune.spacy"
    finished = {
        name: Path(out_root) / name / "model-last"
        for name in search.runs
        if (Path(out_root) / name / "model-last" / "meta.json").is_file()
    }
    models = {name: load_model(path) for name, path in finished.items()}
    rows = [{"run": name, **score(nlp, tune)} for name, nlp in models.items()]
    speed = interleaved_speed(models, clause_texts(), rounds=rounds)
    for row in rows:
        row.update({f"speed_{k}": v for k, v in speed[row["run"]].items()})
        row["size_mb"] = round(dir_size(finished[row["run"]]) / 2**20, 1)
    return rows
