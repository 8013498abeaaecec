"""The ``evaluate`` step: gold Docs from a ``.spacy`` or CoNLL-U file, the model's
accuracies, LAS/UAS, sentence F and words/s on them, written as a JSON metrics file.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from pipeline.train.convert import conllu_to_docbin
from pipeline.train.paths import CORPUS_DIR, METRICS_PATH
from pipeline.train.training import _limit_threads

METRIC_KEYS = {
    "upos": "pos_acc",
    "xpos": "tag_acc",
    "morph": "morph_acc",
    "lemma": "lemma_acc",
    "uas": "dep_uas",
    "las": "dep_las",
    "sent_p": "sents_p",
    "sent_r": "sents_r",
    "sent_f": "sents_f",
}


def gold_docs(nlp: Any, data: str | Path) -> list[Any]:
    """Gold Docs of a ``.spacy`` DocBin or of any CoNLL-U file (one Doc per paragraph where
    the file marks ``# newpar``, else one per sentence)."""
    from spacy.tokens import DocBin

    path = Path(data)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: evaluation data not found")
    if path.suffix == ".conllu":
        docbin = conllu_to_docbin(path.read_text(encoding="utf-8"))
    else:
        docbin = DocBin().from_disk(path)
    return list(docbin.get_docs(nlp.vocab))


def score(nlp: Any, data: str | Path, *, gold_tokens: bool = False) -> dict[str, Any]:
    """Accuracies in %, LAS/UAS in %, ``sent_f`` in [0, 1], ``wps`` of the whole evaluation."""
    from spacy.training import Example

    references = gold_docs(nlp, data)
    if gold_tokens:
        from spacy.tokens import Doc

        examples = [Example(Doc(nlp.vocab, words=[t.text for t in r]), r) for r in references]
    else:
        examples = [Example(nlp.make_doc(r.text), r) for r in references]
    n_words = sum(len(eg.reference) for eg in examples)
    start = time.perf_counter()
    scores = nlp.evaluate(examples)
    seconds = time.perf_counter() - start
    metrics: dict[str, Any] = {}
    for key, spacy_key in METRIC_KEYS.items():
        value = scores.get(spacy_key)
        if value is None:
            continue
        metrics[key] = round(value, 4) if key.startswith("sent_") else round(100 * value, 2)
    metrics["wps"] = round(n_words / seconds)
    metrics["words"] = n_words
    metrics["sentences"] = sum(len(list(eg.reference.sents)) for eg in examples)
    return metrics


def evaluate(
    model: str | Path | None,
    data: str | Path = CORPUS_DIR / "heldout.spacy",
    metrics_path: str | Path | None = METRICS_PATH,
    *,
    threads: int = 1,
    gold_tokens: bool = False,
    extra: dict[str, str | Path] | None = None,
    full_pipeline: bool = False,
) -> dict[str, Any]:
    """Score ``model`` (``None`` = the shipped model) on ``data`` (``.spacy`` or ``.conllu``),
    loaded by :func:`pipeline.nlp.model.load_model` (the model alone) or, with
    ``full_pipeline``, by :func:`pipeline.nlp.load_model` (the model plus styrdok's rule
    components, as the pipeline runs it).

    The text is re-tokenised by the model's own tokenizer (``gold_tokens=False``) so the
    scores include tokenisation errors, as in real use.  Each ``extra`` data set (e.g.
    ``{"pud": "training/corpus/heldout_pud.spacy"}``) is scored too and its metrics are
    nested under its name.  ``wps`` is words per second of each evaluation (one thread).
    """
    _limit_threads(threads)
    if full_pipeline:
        from pipeline.nlp import load_model
    else:
        from pipeline.nlp.model import load_model

    nlp = load_model(None if model is None else str(model))
    metrics = score(nlp, data, gold_tokens=gold_tokens)
    for name, path in (extra or {}).items():
        metrics[name] = score(nlp, path, gold_tokens=gold_tokens)
    if metrics_path is not None:
        path = Path(metrics_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    return metrics
