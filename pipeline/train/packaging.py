"""The ``package`` step: the trained pipeline saved (weights only) into the shipped
location with the rule-based sentence starts added, licence, attribution, treebank
commits and held-out scores written into its ``meta.json``, and the size limit checked.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from pipeline.train.paths import MAX_MODEL_BYTES, METRICS_PATH, SHIPPED_DIR
from pipeline.train.training import _register_components, best_model_dir
from pipeline.train.treebank import resolve_pud_dir, resolve_ud_dir


def treebank_commit(ud_dir: str | Path | None = None) -> str | None:
    """First word of the treebank's ``COMMIT`` file (upstream git commit), if present."""
    return _commit_of(resolve_ud_dir(ud_dir))


def _commit_of(directory: Path) -> str | None:
    path = directory / "COMMIT"
    if path.is_file():
        text = path.read_text(encoding="utf-8").split()
        return text[0] if text else None
    return None


_UD_URL = "https://github.com/UniversalDependencies/"
_DESCRIPTION = (
    "styrdok's own Swedish pipeline (lexicon lemma feature, tok2vec, tagger for SUC "
    "XPOS, morphologizer for UPOS+features, edit-tree lemmatizer with lexicon "
    "backoff, parser with sentence boundaries), trained on the dev and test files of "
    "UD Swedish-Talbanken minus a held-out part and on UD Swedish-PUD minus a "
    "held-out fold."
)
_TALBANKEN_AUTHOR = (
    "Joakim Nivre, Aaron Smith, Victor Norrman (UD conversion); Talbanken, Lund University"
)
_PUD_AUTHOR = (
    "Joakim Nivre, Bernadeta Griciūtė, Victor Norrman (Uppsala University); "
    "translations by Jacob Nolskog (Teknotrans AB)"
)
_HELDOUT_SPLIT = (
    "configs/model/split.yaml: Talbanken held-out newdoc ids (one Doc per paragraph; "
    "top-level scores), PUD held-out fold by sentence id with a fixed seed (one Doc per "
    "sentence; scores under 'pud')"
)
_TRAINED_WITH = (
    "python -m pipeline.train convert; python -m pipeline.train train; "
    "python -m pipeline.train package; python -m pipeline.train evaluate; "
    "python -m pipeline.train package (see docs/model.md)"
)


def model_meta(
    metrics: dict[str, Any], commit: str | None, pud_commit: str | None = None
) -> dict[str, Any]:
    """Fields merged into the shipped ``meta.json`` (licence, attribution, scores)."""
    return {
        "name": "styrdok",
        "version": "0.2.0",
        "description": _DESCRIPTION,
        "author": "styrdok project",
        "license": "CC BY-SA 4.0",
        "sources": _meta_sources(commit, pud_commit),
        "heldout_scores": metrics,
        "heldout_split": _HELDOUT_SPLIT,
        "custom_factories": {
            "module": "pipeline.nlp.model",
            "factories": ["styrdok_lemma_lookup", "styrdok_attach_punct"],
            "note": "import pipeline.nlp.model (load_model does) before spacy.load",
        },
        "trained_with": _TRAINED_WITH,
    }


def _meta_sources(commit: str | None, pud_commit: str | None) -> list[dict[str, Any]]:
    """The treebanks and the lemma lexicon the model learnt from (attribution, licences)."""
    return [
        _ud_source("UD Swedish-Talbanken", commit, _TALBANKEN_AUTHOR),
        _ud_source("UD Swedish-PUD", pud_commit, _PUD_AUTHOR),
        {
            "name": "spacy-lookups-data sv_lemma_lookup",
            "url": "https://github.com/explosion/spacy-lookups-data",
            "license": "MIT",
        },
    ]


def _ud_source(name: str, commit: str | None, author: str) -> dict[str, Any]:
    return {
        "name": name,
        "url": _UD_URL + name.replace(" ", "_"),
        "commit": commit,
        "license": "CC BY-SA 4.0",
        "author": author,
    }


def dir_size(path: str | Path) -> int:
    """Total size in bytes of all files below ``path``."""
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def package(
    model: str | Path | None = None,
    dest: str | Path = SHIPPED_DIR,
    metrics_path: str | Path = METRICS_PATH,
    ud_dir: str | Path | None = None,
    pud_dir: str | Path | None = None,
) -> Path:
    """Save the trained pipeline to ``dest`` with ``nlp.to_disk`` and enrich its meta.

    ``nlp.to_disk`` writes weights, vocab and config only -- no optimizer state or training
    logs -- which keeps the committed directory small.
    """
    import spacy

    _register_components()
    src = Path(model) if model is not None else best_model_dir()
    nlp = spacy.load(src)
    if "styrdok_sentences" not in nlp.pipe_names:
        # Rule-based sentence starts (punctuation before a capital), fixed before the parser:
        # not trained, so added here; held-out sentence F 0.898 -> 0.914 (docs/model.md).
        nlp.add_pipe("styrdok_sentences", before="parser")
    metrics_file = Path(metrics_path)
    metrics = json.loads(metrics_file.read_text()) if metrics_file.is_file() else {}
    pud_commit = _commit_of(resolve_pud_dir(pud_dir))
    nlp.meta.update(model_meta(metrics, treebank_commit(ud_dir), pud_commit))
    nlp.meta.pop("performance", None)  # spaCy's tune-set scores; held-out ones are above
    out = Path(dest)
    if out.exists():
        print(f"package: overwriting {out} with {src}", file=sys.stderr)
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = dir_size(out)
    if size > MAX_MODEL_BYTES:
        raise RuntimeError(f"{out} is {size / 2**20:.1f} MB, over the 25 MB limit")
    return out
