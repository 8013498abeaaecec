"""The annotated corpus: write predictions in its format, and score the pipeline against it.

Corpus records (see corpus/README.md) are one JSON object per clause: ``text``, ``meta``
(doc_id, clause_id, parent_id, kind, label), ``spans`` (ACTOR / VERB / CONDITION with
offsets into ``text``) and ``statements``. Seeds are scored by running the whole pipeline
on ``raw/<doc_id>.txt``; other records (the generalization set) are scored as single
paragraphs.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Settings

LAYERS = ("clauses", "actors", "actors_canonical", "verbs", "statements")


@dataclass(frozen=True)
class Score:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted: Iterable[Any], gold: Iterable[Any]) -> Score:
    """Multiset precision/recall: each gold item can be matched once."""
    predicted_counts, gold_counts = Counter(predicted), Counter(gold)
    overlap = sum((predicted_counts & gold_counts).values())
    return Score(overlap, sum(predicted_counts.values()), sum(gold_counts.values()))


# ---------------------------------------------------------------------------
# Predictions in corpus format


def clause_record(annotation: Any) -> dict[str, Any]:
    """One ClauseAnnotation as a corpus record (offsets relative to the clause text)."""
    clause = annotation.clause
    spans: list[dict[str, Any]] = []
    for mention in annotation.actors:
        spans.append(
            {
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "label": "ACTOR",
                "canonical": mention.canonical,
                "category": mention.category,
            }
        )
    for verb in annotation.verbs:
        spans.append(
            {
                "start": verb.start,
                "end": verb.end,
                "text": verb.text,
                "label": "VERB",
                "lemma": verb.lemma,
                "tense": verb.tense,
                "voice": verb.voice,
            }
        )
    spans.sort(key=lambda span: (span["start"], span["end"]))
    statements = [
        {
            "actor": s.actor.canonical if s.actor else None,
            "actor_text": s.actor.text if s.actor else None,
            "deontic": s.deontic,
            "modal": s.modal_text,
            "aim": s.aim,
            "aim_text": s.aim_text,
            "negated": s.negated,
            "passive": s.passive,
            "object_text": annotation.doc.text[s.object_span[0] : s.object_span[1]]
            if s.object_span
            else None,
            "condition_text": annotation.doc.text[s.condition_span[0] : s.condition_span[1]]
            if s.condition_span
            else None,
        }
        for _, s in annotation.statements
    ]
    meta = {
        "doc_id": clause.doc_id,
        "clause_id": clause.clause_id,
        "parent_id": clause.parent_id,
        "kind": clause.kind,
        "label": clause.label,
    }
    return {"text": clause.text, "meta": meta, "spans": spans, "statements": statements}


def predict_document(path: Path, doc_id: str, settings: Settings, nlp: Any) -> list[dict]:
    from pipeline.batch import prepare_document
    from pipeline.nlp import annotate

    document = prepare_document(path, doc_id, settings)
    by_id = {a.clause.clause_id: a for a in annotate(nlp, document, settings.batch_size)}
    return [
        clause_record(by_id[c.clause_id])
        if c.clause_id in by_id
        else {
            "text": c.text,
            "meta": {
                "doc_id": c.doc_id,
                "clause_id": c.clause_id,
                "parent_id": c.parent_id,
                "kind": c.kind,
                "label": c.label,
            },
            "spans": [],
            "statements": [],
        }
        for c in document.clauses
    ]


def annotate_document(path: Path, out: Path, settings: Settings) -> int:
    from pipeline.ingest import slugify
    from pipeline.nlp import build_nlp

    records = predict_document(path, slugify(path.stem), settings, build_nlp(settings))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


def _predict_paragraph(record: dict[str, Any], settings: Settings, nlp: Any) -> dict[str, Any]:
    from pipeline.ingest import RawDocument
    from pipeline.nlp import annotate
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    raw = RawDocument(record["meta"]["doc_id"], "", "", "utf-8", record["text"])
    document = segment(normalize(raw, settings.normalize))
    annotations = annotate(nlp, document, settings.batch_size)
    predicted = clause_record(annotations[0]) if annotations else {"spans": [], "statements": []}
    return {**predicted, "meta": record["meta"], "text": record["text"]}


def predictions(
    records: list[dict[str, Any]], settings: Settings, nlp: Any, raw_dir: Path
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """(gold record, predicted record or None) for every gold record."""
    by_doc: dict[str, list[dict]] = {}
    for record in records:
        by_doc.setdefault(record["meta"]["doc_id"], []).append(record)
    for doc_id, gold_records in sorted(by_doc.items()):
        source = raw_dir / f"{doc_id}.txt"
        if source.exists():
            predicted = {
                r["meta"]["clause_id"]: r for r in predict_document(source, doc_id, settings, nlp)
            }
            for record in gold_records:
                yield record, predicted.pop(record["meta"]["clause_id"], None)
            for extra in predicted.values():
                yield {"text": None, "meta": extra["meta"], "spans": [], "statements": []}, extra
        else:
            for record in gold_records:
                yield record, _predict_paragraph(record, settings, nlp)


# ---------------------------------------------------------------------------
# Scores


def _items(record: dict[str, Any] | None, gold: dict[str, Any]) -> dict[str, list[Any]]:
    if record is None:
        return {layer: [] for layer in LAYERS} | {"deontic_pairs": []}
    key = (record["meta"]["doc_id"], record["meta"]["clause_id"])
    spans = record.get("spans", [])
    same_text = record.get("text") == gold.get("text")
    actors = [s for s in spans if s["label"] == "ACTOR"] if same_text else []
    return {
        "clauses": [(*key, record.get("text"))],
        "actors": [(*key, s["start"], s["end"]) for s in actors],
        "actors_canonical": [(*key, s["start"], s["end"], s["canonical"]) for s in actors],
        "verbs": [
            (*key, s["start"], s["end"]) for s in spans if s["label"] == "VERB" and same_text
        ],
        "statements": [
            (*key, s["actor"], s["deontic"], s["aim"]) for s in record.get("statements", [])
        ],
        "deontic_pairs": [
            (*key, s["actor"], s["aim"], s["deontic"]) for s in record.get("statements", [])
        ],
    }


def evaluate_records(pairs: Iterable[tuple[dict, dict | None]]) -> dict[str, dict[str, float]]:
    gold_items: dict[str, list[Any]] = {layer: [] for layer in (*LAYERS, "deontic_pairs")}
    predicted_items: dict[str, list[Any]] = {layer: [] for layer in gold_items}
    for gold, predicted in pairs:
        if gold.get("text") is not None:
            for layer, items in _items(gold, gold).items():
                gold_items[layer].extend(items)
        for layer, items in _items(predicted, gold).items():
            predicted_items[layer].extend(items)
    scores: dict[str, dict[str, float]] = {}
    for layer in LAYERS:
        result = score(predicted_items[layer], gold_items[layer])
        scores[layer] = {
            "precision": round(result.precision, 4),
            "recall": round(result.recall, 4),
            "f1": round(result.f1, 4),
            "gold": result.gold,
        }
    scores["deontic"] = {
        "accuracy": round(
            _deontic_accuracy(predicted_items["deontic_pairs"], gold_items["deontic_pairs"]), 4
        )
    }
    return scores


def _deontic_accuracy(predicted: list[tuple], gold: list[tuple]) -> float:
    """Among gold statements whose clause, actor and aim were found, the share with the
    right deontic class."""
    found = Counter(item[:-1] for item in predicted)
    exact = Counter(predicted)
    matched = correct = 0
    for item in gold:
        if found[item[:-1]] > 0:
            found[item[:-1]] -= 1
            matched += 1
            if exact[item] > 0:
                exact[item] -= 1
                correct += 1
    return correct / matched if matched else 1.0


def evaluate_corpus(
    corpus_dir: Path, settings: Settings, raw_dir: Path | None = None
) -> dict[str, dict[str, dict[str, float]]]:
    """Scores per corpus file (seeds, generalization) and overall."""
    from pipeline.nlp import build_nlp

    nlp = build_nlp(settings)
    raw_dir = raw_dir or Path("raw")
    results: dict[str, dict[str, dict[str, float]]] = {}
    all_pairs: list[tuple[dict, dict | None]] = []
    for file in sorted(Path(corpus_dir).glob("*.jsonl")):
        records = read_corpus_file(file)
        pairs = list(predictions(records, settings, nlp, raw_dir))
        results[file.stem] = evaluate_records(pairs)
        all_pairs.extend(pairs)
    results["all"] = evaluate_records(all_pairs)
    return results


def read_corpus_file(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def format_scores(results: dict[str, dict[str, dict[str, float]]]) -> str:
    lines = [f"{'set':<24}{'layer':<18}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, layers in results.items():
        for layer in LAYERS:
            values = layers[layer]
            lines.append(
                f"{name:<24}{layer:<18}{values['precision']:>8.3f}"
                f"{values['recall']:>8.3f}{values['f1']:>8.3f}"
            )
        lines.append(
            f"{name:<24}{'deontic accuracy':<18}{'':>16}{layers['deontic']['accuracy']:>8.3f}"
        )
    return "\n".join(lines)


def write_metrics(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
