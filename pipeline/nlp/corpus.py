"""The annotated corpus: write predictions in its format, and score the pipeline against it.

Corpus records (see corpus/README.md) are one JSON object per clause: ``text``, ``meta``
(doc_id, clause_id, parent_id, kind, label), ``spans`` (ACTOR / VERB / CONDITION with
offsets into ``text``) and ``statements``. ``corpus/dev/`` holds what rules may be
developed on, ``corpus/test/`` the frozen test documents; they are scored separately.

A document with a source (``<doc_id>.txt`` beside its gold file, else in ``raw/``) is scored
by running the whole pipeline on the source and aligning gold and predicted clauses by
normalized text (clause ids may differ); other records are scored as single paragraphs.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Settings

LAYERS = (
    "clauses",
    "actors",
    "actors_canonical",
    "verbs",
    "statements",
    "statements_implicit",
)
SETS = ("dev", "test")


@dataclass(frozen=True)
class Score:
    """Counts of one layer. With nothing predicted, precision is 0 unless there was also
    nothing to find (then every measure is 1: an empty prediction of an empty gold)."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.true_positives / self.predicted
        return 1.0 if self.gold == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.gold:
            return self.true_positives / self.gold
        return 1.0 if self.predicted == 0 else 0.0

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
            "role": s.actor.role if s.actor else None,
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


def normalized(text: str | None) -> str:
    """Clause text for alignment: case, whitespace and edge punctuation do not count."""
    return " ".join((text or "").split()).strip(" .,;:–-•").casefold()


def align(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> Iterator[tuple[dict[str, Any] | None, dict[str, Any] | None, int]]:
    """(gold, predicted, shift) pairs: equal normalized texts first, then a text contained
    in the other (a label left in one of them); `shift` maps predicted offsets onto the
    gold text. Unmatched records pair with None."""
    free = list(range(len(predicted)))
    pairs: dict[int, tuple[int, int]] = {}
    for g, record in enumerate(gold):
        key = normalized(record["text"])
        match = next((p for p in free if normalized(predicted[p]["text"]) == key), None)
        if match is not None:
            free.remove(match)
            pairs[g] = (match, _shift(record["text"], predicted[match]["text"]))
    for g, record in enumerate(gold):
        if g in pairs:
            continue
        key = normalized(record["text"])
        for p in free:
            other = normalized(predicted[p]["text"])
            if key and other and (key in other or other in key):
                free.remove(p)
                pairs[g] = (p, _shift(record["text"], predicted[p]["text"]))
                break
    for g, record in enumerate(gold):
        p, shift = pairs.get(g, (None, 0))
        yield record, predicted[p] if p is not None else None, shift
    for p in free:
        yield None, predicted[p], 0


def _shift(gold_text: str, predicted_text: str) -> int:
    """Offset to add to predicted spans so they index the gold text."""
    if gold_text in predicted_text:
        return -predicted_text.index(gold_text)
    if predicted_text in gold_text:
        return gold_text.index(predicted_text)
    return 0


Pair = tuple[dict[str, Any] | None, dict[str, Any] | None, int]


def source_of(doc_id: str, gold_dir: Path, raw_dir: Path) -> Path | None:
    for folder in (gold_dir, raw_dir):
        path = folder / f"{doc_id}.txt"
        if path.exists():
            return path
    return None


def predictions(
    records: list[dict[str, Any]], settings: Settings, nlp: Any, raw_dir: Path, gold_dir: Path
) -> Iterator[Pair]:
    """(gold record or None, predicted record or None, offset shift) for a corpus file."""
    by_doc: dict[str, list[dict]] = {}
    for record in records:
        by_doc.setdefault(record["meta"]["doc_id"], []).append(record)
    for doc_id, gold_records in sorted(by_doc.items()):
        source = source_of(doc_id, gold_dir, raw_dir)
        if source is not None:
            predicted = predict_document(source, doc_id, settings, nlp)
            yield from align(gold_records, predicted)
        else:
            for record in gold_records:
                yield record, _predict_paragraph(record, settings, nlp), 0


# ---------------------------------------------------------------------------
# Scores


def _items(record: dict[str, Any] | None, key: tuple, shift: int = 0) -> dict[str, list[Any]]:
    if record is None:
        return {layer: [] for layer in (*LAYERS, "deontic_pairs")}
    spans = record.get("spans", [])
    actors = [s for s in spans if s["label"] == "ACTOR"]
    statements = record.get("statements", [])
    explicit = [s for s in statements if s["actor"] is not None]
    return {
        "clauses": [key],
        "actors": [(*key, s["start"] + shift, s["end"] + shift) for s in actors],
        "actors_canonical": [
            (*key, s["start"] + shift, s["end"] + shift, s["canonical"]) for s in actors
        ],
        "verbs": [
            (*key, s["start"] + shift, s["end"] + shift) for s in spans if s["label"] == "VERB"
        ],
        "statements": [(*key, s["actor"], s["deontic"], s["aim"]) for s in explicit],
        "statements_implicit": [
            (*key, s["deontic"], s["aim"]) for s in statements if s["actor"] is None
        ],
        "deontic_pairs": [(*key, s["actor"], s["aim"], s["deontic"]) for s in statements],
    }


def evaluate_records(pairs: Iterable[Pair]) -> dict[str, dict[str, float]]:
    gold_items: dict[str, list[Any]] = {layer: [] for layer in (*LAYERS, "deontic_pairs")}
    predicted_items: dict[str, list[Any]] = {layer: [] for layer in gold_items}
    for number, (gold, predicted, shift) in enumerate(pairs):
        reference = gold or predicted or {"meta": {}}
        key = (reference["meta"].get("doc_id"), reference["meta"].get("clause_id"), number)
        for layer, items in _items(gold, key).items():
            gold_items[layer].extend(items)
        for layer, items in _items(predicted, key, shift).items():
            predicted_items[layer].extend(items)
    scores: dict[str, dict[str, float]] = {}
    for layer in LAYERS:
        result = score(predicted_items[layer], gold_items[layer])
        scores[layer] = {
            "precision": round(result.precision, 4),
            "recall": round(result.recall, 4),
            "f1": round(result.f1, 4),
            "true_positives": result.true_positives,
            "predicted": result.predicted,
            "gold": result.gold,
        }
    accuracy, matched = _deontic_accuracy(
        predicted_items["deontic_pairs"], gold_items["deontic_pairs"]
    )
    scores["deontic"] = {"accuracy": round(accuracy, 4), "matched": matched}
    return scores


def _deontic_accuracy(predicted: list[tuple], gold: list[tuple]) -> tuple[float, int]:
    """Among gold statements whose clause, actor and aim were found, the share with the
    right deontic class, and how many such statements there were (0 matched → 0.0)."""
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
    return (correct / matched if matched else 0.0), matched


def evaluate_set(
    files: list[Path], settings: Settings, nlp: Any, raw_dir: Path, *, per_file: bool
) -> dict[str, dict[str, dict[str, float]]]:
    results: dict[str, dict[str, dict[str, float]]] = {}
    all_pairs: list[Pair] = []
    for file in files:
        pairs = list(predictions(read_corpus_file(file), settings, nlp, raw_dir, file.parent))
        if per_file:
            results[file.stem] = evaluate_records(pairs)
        all_pairs.extend(pairs)
    results["all"] = evaluate_records(all_pairs)
    return results


def evaluate_corpus(
    corpus_dir: Path, settings: Settings, raw_dir: Path | None = None
) -> dict[str, dict[str, dict[str, dict[str, float]]]]:
    """Scores of ``dev`` (per file and overall) and ``test`` (overall only: its per-record
    errors are not for reading) of a corpus directory."""
    from pipeline.nlp import build_nlp

    nlp = build_nlp(settings)
    raw_dir = raw_dir or Path("raw")
    results = {}
    for name in SETS:
        files = sorted((Path(corpus_dir) / name).glob("*.jsonl"))
        if files:
            results[name] = evaluate_set(files, settings, nlp, raw_dir, per_file=name == "dev")
    return results


def read_corpus_file(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def format_scores(results: dict[str, dict[str, dict[str, dict[str, float]]]]) -> str:
    lines = [f"{'set':<32}{'layer':<21}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for set_name, files in results.items():
        for name, layers in files.items():
            label = f"{set_name}/{name}"
            for layer in LAYERS:
                v = layers[layer]
                lines.append(
                    f"{label:<32}{layer:<21}{v['precision']:>7.3f}{v['recall']:>7.3f}"
                    f"{v['f1']:>7.3f}{v['true_positives']:>6}{v['predicted']:>6}{v['gold']:>6}"
                )
            deontic = layers["deontic"]
            lines.append(
                f"{label:<32}{'deontic accuracy':<21}{'':>14}{deontic['accuracy']:>7.3f}"
                f"{deontic['matched']:>6} matched"
            )
    return "\n".join(lines)


def write_metrics(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
