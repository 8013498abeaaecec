"""Smoke version of the training recipe: a few dozen sentences, a few steps (< 60 s)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline import train as recipe

UD_DIR = recipe.resolve_ud_dir()
needs_ud = pytest.mark.skipif(
    not (UD_DIR / "sv_talbanken-ud-dev.conllu").is_file(),
    reason=f"UD Swedish-Talbanken not found in {UD_DIR} (set {recipe.UD_DIR_ENV})",
)
SMOKE_OVERRIDES = {
    "training.max_epochs": 1,
    "training.max_steps": 4,
    "training.eval_frequency": 2,
    "components.tok2vec.model.encode.width": 32,
    "components.tok2vec.model.encode.depth": 1,
}


def test_split_is_document_level_and_large_enough() -> None:
    split = recipe.load_split()
    parts = [set(split[name]) for name in recipe.SPLIT_NAMES]
    assert not (parts[0] & parts[1] or parts[0] & parts[2] or parts[1] & parts[2])
    assignment = recipe.assign_documents(["P114", "P999"], split)
    assert assignment["heldout"] == ["P114"] and assignment["train"] == ["P999"]


def test_split_by_document() -> None:
    text = (
        "# newdoc id = A\n# sent_id = 1\n1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n\n"
        "# sent_id = 2\n1\ty\ty\tX\t_\t_\t0\troot\t_\t_\n\n"
        "# newdoc id = B\n# sent_id = 3\n1\tz\tz\tX\t_\t_\t0\troot\t_\t_\n\n"
    )
    docs = recipe.split_by_document(text)
    assert list(docs) == ["A", "B"]
    assert docs["A"].count("# sent_id") == 2


def test_missing_treebank_names_both_places(tmp_path: Path) -> None:
    with pytest.raises(recipe.UDDataNotFoundError) as info:
        recipe.read_treebank(tmp_path, download=False)
    message = str(info.value)
    assert str(tmp_path) in message and "raw.githubusercontent.com" in message


def test_ud_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(recipe.UD_DIR_ENV, str(tmp_path))
    assert recipe.resolve_ud_dir() == tmp_path


@needs_ud
def test_recipe_smoke(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    stats = recipe.convert(out_dir=corpus, limit_per_doc=2, download=False)
    assert stats["heldout"]["docs"] >= 5 and stats["train"]["sentences"] >= 20
    out = recipe.train(output=tmp_path / "train", corpus_dir=corpus, overrides=SMOKE_OVERRIDES)
    model = recipe.best_model_dir(out)
    metrics_path = tmp_path / "metrics.json"
    metrics = recipe.evaluate(model, corpus / "heldout.spacy", metrics_path)
    assert json.loads(metrics_path.read_text()) == metrics
    for key in ("upos", "xpos", "morph", "lemma", "uas", "las", "sent_f", "wps"):
        assert key in metrics
    shipped = recipe.package(model, tmp_path / "shipped", metrics_path)
    meta = json.loads((shipped / "meta.json").read_text())
    assert meta["license"] == "CC BY-SA 4.0" and meta["heldout_scores"] == metrics
    nlp = spacy.load(shipped)
    assert nlp("Nämnden beslutar.").has_annotation("DEP")
    assert recipe.dir_size(shipped) < recipe.MAX_MODEL_BYTES
