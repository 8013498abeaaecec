"""Smoke version of the training recipe: a few dozen sentences, a few steps (< 60 s)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
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


def test_split_file_is_validated(tmp_path: Path) -> None:
    bad = tmp_path / "split.yaml"
    bad.write_text("heldout: [P1]\npud: {seed: 1, heldot: 0.2}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"split\.yaml.*heldot"):
        recipe.load_split(bad)


def _pud_text(n: int) -> str:
    return "".join(
        f"# sent_id = w{i:04d}\n1\tord{i}\tord\tNOUN\t_\t_\t0\troot\t_\t_\n\n" for i in range(n)
    )


def test_pud_split_is_by_sentence_seeded_and_disjoint() -> None:
    parts = recipe.split_pud(_pud_text(100), seed=11, heldout=0.2, tune=0.1)
    ids = {name: set(re.findall(r"sent_id = (\w+)", text)) for name, text in parts.items()}
    assert [len(ids[name]) for name in ("heldout", "tune", "train")] == [20, 10, 70]
    assert not (ids["heldout"] & ids["train"] or ids["tune"] & ids["train"])
    assert parts == recipe.split_pud(_pud_text(100), seed=11, heldout=0.2, tune=0.1)
    assert parts["heldout"] != recipe.split_pud(_pud_text(100), 12, 0.2, 0.1)["heldout"]


def test_pud_dir_argument_env_and_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(recipe.PUD_DIR_ENV, raising=False)
    assert recipe.resolve_pud_dir().name == "UD_Swedish-PUD"
    monkeypatch.setenv(recipe.PUD_DIR_ENV, str(tmp_path))
    assert recipe.resolve_pud_dir() == tmp_path
    assert recipe.resolve_pud_dir(tmp_path / "x") == tmp_path / "x"


def test_missing_pud_names_the_directory(tmp_path: Path) -> None:
    split = recipe.load_split()
    with pytest.raises(recipe.UDDataNotFoundError, match=str(tmp_path)):
        recipe.read_pud(tmp_path, split)


def test_infinitive_items_are_att_phrases_without_att() -> None:
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("sv").vocab
    words = ["Hon", "lovade", "att", "utse", "en", "ersättare", "."]
    doc = Doc(
        vocab,
        words=words,
        pos=["PRON", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
        morphs=["", "", "", "VerbForm=Inf", "", "", ""],
        heads=[1, 1, 3, 1, 5, 3, 1],
        deps=["nsubj", "ROOT", "mark", "xcomp", "det", "obj", "punct"],
    )
    items = list(recipe.infinitive_item_docs(DocBin(docs=[doc, doc]), vocab).get_docs(vocab))
    assert [d.text for d in items] == ["utse en ersättare", "Utse en ersättare"]
    assert [t.dep_ for t in items[0]] == ["ROOT", "det", "obj"]
    assert [t.head.i for t in items[0]] == [0, 2, 0]


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
    assert stats["heldout_pud"]["sentences"] == 2  # PUD fold, limited like the documents
    out = recipe.train(output=tmp_path / "train", corpus_dir=corpus, overrides=SMOKE_OVERRIDES)
    model = recipe.best_model_dir(out)
    metrics_path = tmp_path / "metrics.json"
    extra = {"pud": corpus / "heldout_pud.spacy"}
    metrics = recipe.evaluate(model, corpus / "heldout.spacy", metrics_path, extra=extra)
    assert json.loads(metrics_path.read_text()) == metrics
    for key in ("upos", "xpos", "morph", "lemma", "uas", "las", "sent_f", "wps"):
        assert key in metrics and key in metrics["pud"]
    assert metrics["pud"]["sentences"] == 2
    shipped = recipe.package(model, tmp_path / "shipped", metrics_path)
    meta = json.loads((shipped / "meta.json").read_text())
    assert meta["license"] == "CC BY-SA 4.0" and meta["heldout_scores"] == metrics
    assert {"UD Swedish-Talbanken", "UD Swedish-PUD"} <= {s["name"] for s in meta["sources"]}
    nlp = spacy.load(shipped)
    assert nlp("Nämnden beslutar.").has_annotation("DEP")
    assert recipe.dir_size(shipped) < recipe.MAX_MODEL_BYTES
    # any CoNLL-U file can be scored through load_model (one Doc per sentence without newpar)
    conllu = tmp_path / "other.conllu"
    conllu.write_text(
        "# sent_id = a\n1\tNämnden\tnämnd\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n"
        "2\tbeslutar\tbesluta\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
        "3\t.\t.\tPUNCT\tMAD\t_\t2\tpunct\t_\t_\n\n",
        encoding="utf-8",
    )
    scored = recipe.evaluate(shipped, conllu, None)
    assert scored["sentences"] == 1 and scored["words"] == 3


def test_clause_texts_and_interleaved_speed() -> None:
    texts = recipe.clause_texts(min_words=500)
    words = sum(len(t.split()) for t in texts)
    assert words >= 500 and all(t.strip() for t in texts)
    rows = recipe.interleaved_speed({"blank": spacy.blank("sv")}, texts[:20], rounds=3)
    row = rows["blank"]
    assert row["words"] == sum(len(t.split()) for t in texts[:20]) < row["tokens"]
    low, high = row["wps_wall_range"]
    assert low <= row["wps_wall"] <= high and row["wps_cpu"] > 0


def test_evaluate_names_missing_data(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nothing.conllu"):
        recipe.gold_docs(spacy.blank("sv"), tmp_path / "nothing.conllu")


def _dvc() -> str | None:
    local = Path(sys.executable).parent / "dvc"
    return str(local) if local.is_file() else shutil.which("dvc")


def test_dvc_lock_matches_the_shipped_model() -> None:
    """`dvc repro` must not retrain: the train stage's inputs and outputs match dvc.lock."""
    assert _dvc(), "dvc is part of the dev extras (pip install -e '.[dev]')"
    result = subprocess.run(
        [_dvc(), "status", "train", "--json"],
        cwd=recipe.REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout or "{}") == {}, result.stdout
