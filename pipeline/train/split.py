"""The fixed data split: ``configs/model/split.yaml`` validated on load (Talbanken's
held-out/tune/train newdoc ids and the PUD block), the seeded PUD split by sentence id,
and the assignment of Talbanken documents to the split's parts.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.train.paths import DEFAULT_UD_DIR, SPLIT_NAMES, SPLIT_PATH


class PudSplit(BaseModel):
    """UD Swedish-PUD: split by sentence id (no usable documents), fixed seed and shares."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    enabled: bool = True
    treebank: str = "UD_Swedish-PUD"
    ud_dir: str = "../shared/ud/UD_Swedish-PUD"
    files: list[str] = ["sv_pud-ud-test.conllu"]
    seed: int = 11
    heldout: float = Field(0.2, ge=0.0, lt=1.0)
    tune: float = Field(0.1, ge=0.0, lt=1.0)


class SplitConfig(BaseModel):
    """``configs/model/split.yaml``: Talbanken's document split plus the PUD split."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    treebank: str = "UD_Swedish-Talbanken"
    ud_dir: str = str(DEFAULT_UD_DIR)
    files: list[str] = []
    unlisted: str = "train"
    train_on_tune: bool = True
    heldout: list[str]
    tune: list[str] = []
    train: list[str] = []
    pud: PudSplit | None = None
    infinitive_items: bool = False


def load_split(path: str | Path = SPLIT_PATH) -> dict[str, Any]:
    """Read and validate the fixed split (``heldout``/``tune``/``train`` newdoc id lists,
    the ``pud`` block); a bad file raises ``ValueError`` naming it and the problem."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return SplitConfig.model_validate(raw).model_dump()
    except (yaml.YAMLError, ValidationError) as err:
        problem = " ".join(str(err).split())
        raise ValueError(f"{path}: invalid split: {problem}") from None


def split_pud(conllu: str, seed: int, heldout: float, tune: float) -> dict[str, str]:
    """``{part: conllu}`` for PUD: sentence ids sorted, shuffled with ``Random(seed)``, the
    first ``heldout`` share held out, the next ``tune`` share for tuning, the rest train."""
    blocks = [b.strip() for b in conllu.strip().split("\n\n") if b.strip()]
    by_id = {_sent_id(block): block for block in blocks}
    ids = sorted(by_id)
    random.Random(seed).shuffle(ids)
    n_heldout, n_tune = round(heldout * len(ids)), round(tune * len(ids))
    chosen = {
        "heldout": ids[:n_heldout],
        "tune": ids[n_heldout : n_heldout + n_tune],
        "train": ids[n_heldout + n_tune :],
    }
    # Keep file order inside each part (deterministic, independent of the shuffle order).
    order = {sent_id: i for i, sent_id in enumerate(by_id)}
    return {
        part: "".join(by_id[i] + "\n\n" for i in sorted(members, key=order.__getitem__))
        for part, members in chosen.items()
    }


def _sent_id(block: str) -> str:
    for line in block.split("\n"):
        if line.startswith("# sent_id"):
            return line.split("=", 1)[1].strip()
    raise ValueError(f"CoNLL-U sentence without '# sent_id': {block[:80]!r}")


def assign_documents(doc_ids: Iterable[str], split: dict[str, Any]) -> dict[str, list[str]]:
    """Map each newdoc id to its part; ids not listed (the official train file) -> train."""
    where = {doc: name for name in SPLIT_NAMES for doc in split.get(name) or []}
    default = split.get("unlisted", "train")
    parts: dict[str, list[str]] = {name: [] for name in SPLIT_NAMES}
    for doc_id in doc_ids:
        parts[where.get(doc_id, default)].append(doc_id)
    return parts
