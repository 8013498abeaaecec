"""The annotated corpus: write predictions in its format, and score the pipeline against it.

Corpus records (see corpus/README.md) are one JSON object per clause: ``text``, ``meta``
(doc_id, clause_id, parent_id, kind, label), ``spans`` (ACTOR / VERB / CONDITION with
offsets into ``text``) and ``statements``. ``corpus/dev/`` holds what rules may be
developed on, ``corpus/test/`` the frozen test documents; they are scored separately.

A document with a source (``<doc_id>.txt``, ``.pdf`` or ``.docx`` beside its gold file, else
in ``raw/``) is scored by running the whole pipeline on the source and aligning gold and
predicted clauses by normalized text (clause ids may differ); other records are scored as
single paragraphs. A document whose prediction raises is scored as predicting nothing,
named in a one-line message on stderr and counted as failed in the per-document summary.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Settings
from pipeline.nlp.scoring import Pair, align, clause_offsets, document_summary, evaluate_records
from pipeline.normalize.web_chrome import link_label_spans

SETS = ("dev", "test")
_MISSING_SHOWN = 5  # doc ids named in the line on gold documents without a source


# ---------------------------------------------------------------------------
# Predictions in corpus format


def clause_record(annotation: Any) -> dict[str, Any]:
    """One ClauseAnnotation as a corpus record (offsets relative to the clause text)."""
    record = {
        "text": annotation.clause.text,
        "meta": _clause_meta(annotation.clause),
        "spans": _record_spans(annotation),
        "statements": [_statement_record(annotation, s) for _, s in annotation.statements],
    }
    if annotation.errors:  # a rule failed on this clause: its statements may be missing
        record["errors"] = [list(error) for error in annotation.errors]
    return record


def _clause_meta(clause: Any) -> dict[str, Any]:
    return {
        "doc_id": clause.doc_id,
        "clause_id": clause.clause_id,
        "parent_id": clause.parent_id,
        "kind": clause.kind,
        "label": clause.label,
    }


def _record_spans(annotation: Any) -> list[dict[str, Any]]:
    """The ACTOR and VERB spans in text order."""
    spans = [_actor_span(mention) for mention in annotation.actors]
    spans += [_verb_span(verb) for verb in annotation.verbs]
    # never a zero-width span (an empty actor text left by a cut; round 18, A1)
    return sorted((span for span in spans if span["end"] > span["start"]),
                  key=lambda span: (span["start"], span["end"]))


def _actor_span(mention: Any) -> dict[str, Any]:
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "label": "ACTOR",
        "canonical": mention.canonical,
        "category": mention.category,
    }


def _verb_span(verb: Any) -> dict[str, Any]:
    return {
        "start": verb.start,
        "end": verb.end,
        "text": verb.text,
        "label": "VERB",
        "lemma": verb.lemma,
        "tense": verb.tense,
        "voice": verb.voice,
    }


def _statement_record(annotation: Any, s: Any) -> dict[str, Any]:
    return {
        "actor": s.actor.canonical if s.actor else None,
        "actor_text": s.actor.text if s.actor else None,
        "deontic": s.deontic,
        "modal": s.modal_text,
        "aim": s.aim,
        "aim_text": s.aim_text,
        "negated": s.negated,
        "passive": s.passive,
        "role": s.actor.role if s.actor else None,
        "object_text": _span_text(annotation.doc.text, s.object_span),
        "condition_text": _span_text(annotation.doc.text, s.condition_span),
    }


def _span_text(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


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


def _paragraph_pair(record: dict[str, Any], settings: Settings, nlp: Any) -> Pair:
    """A source-less record and its prediction: the spans' offsets are the normalized text's,
    mapped onto the record's text through their keys where normalize hid a site's link label
    in it (round 50, ruling b6: `… Lindlänk till annan webbplats (S)` reads `… Lind (S)`)."""
    predicted = _predict_paragraph(record, settings, nlp)
    shown = predicted.pop("shown", record["text"])
    if shown == record["text"] or not link_label_spans(record["text"]):
        return record, predicted, 0
    return record, predicted, clause_offsets(record["text"], shown)


def _predict_paragraph(record: dict[str, Any], settings: Settings, nlp: Any) -> dict[str, Any]:
    from pipeline.ingest import RawDocument
    from pipeline.nlp import annotate
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    raw = RawDocument(record["meta"]["doc_id"], "", "", "utf-8", record["text"])
    document = segment(normalize(raw, settings.normalize), settings.config_dir)
    annotations = annotate(nlp, document, settings.batch_size)
    predicted = clause_record(annotations[0]) if annotations else {"spans": [], "statements": []}
    return {**predicted, "meta": record["meta"], "text": record["text"],
            "shown": predicted.get("text", record["text"])}


def source_of(
    doc_id: str, gold_dir: Path, raw_dir: Path, suffixes: tuple[str, ...] = (".txt",)
) -> Path | None:
    """``<doc_id>`` with the first of `suffixes` (the input types: a gold file made with
    ``styrdok annotate`` from a Word or PDF file keeps that file as its source) beside the
    gold file, else in ``raw_dir``; in either folder failing that, the file of one of
    `suffixes` that styrdok's doc_id rule names `doc_id` (``kyrkorad_lovsjo.odt`` for
    ``kyrkorad-lovsjo``: round 50)."""
    for folder in (gold_dir, raw_dir):
        for suffix in suffixes:
            path = folder / f"{doc_id}{suffix}"
            if path.exists():
                return path
        named = _named_source(doc_id, folder, suffixes)
        if named is not None:
            return named
    return None


def _named_source(doc_id: str, folder: Path, suffixes: tuple[str, ...]) -> Path | None:
    """The file in `folder` whose doc_id (as ``styrdok run`` gives it to the folder's files,
    or as ``styrdok annotate`` gives it to one file) is `doc_id`; the first of `suffixes`."""
    from pipeline.ingest import assign_doc_ids, slugify

    if not folder.is_dir():
        return None
    wanted = [s.lower() for s in suffixes]
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in wanted]
    ids = assign_doc_ids(files)
    matches = [p for p in files if doc_id in (ids[p], slugify(p.stem))]
    return min(matches, key=lambda p: (wanted.index(p.suffix.lower()), p.name), default=None)


def report_missing_sources(missing: list[str], folders: tuple[Path, ...]) -> None:
    """One line on stderr naming the gold documents no source was found for (their records
    are scored one by one, the pipeline's whole-document steps untried)."""
    if not missing:
        return
    shown = ", ".join(missing[:_MISSING_SHOWN])
    more = f" and {len(missing) - _MISSING_SHOWN} more" if len(missing) > _MISSING_SHOWN else ""
    where = " or ".join(f"'{folder}'" for folder in dict.fromkeys(folders))
    noun = "document" if len(missing) == 1 else "documents"
    print(
        f"evaluate: no source in {where} for {len(missing)} gold {noun} ({shown}{more}): "
        "scored clause by clause",
        file=sys.stderr,
    )


@dataclass(frozen=True)
class DocumentPairs:
    """The aligned (gold, predicted, shift) pairs of one document."""

    doc_id: str
    pairs: list[Pair]
    failed: bool = False
    sourceless: bool = False  # no source found: each record scored alone


def document_predictions(
    records: list[dict[str, Any]], settings: Settings, nlp: Any, raw_dir: Path, gold_dir: Path
) -> Iterator[DocumentPairs]:
    """Each document of a corpus file, predicted end to end from its source when it has one."""
    by_doc: dict[str, list[dict]] = {}
    for record in records:
        by_doc.setdefault(record["meta"]["doc_id"], []).append(record)
    for doc_id, gold_records in sorted(by_doc.items()):
        source = source_of(doc_id, gold_dir, raw_dir, settings.input_suffixes)
        if source is None:
            pairs = [_paragraph_pair(r, settings, nlp) for r in gold_records]
            yield DocumentPairs(doc_id, pairs, sourceless=True)
            continue
        try:
            predicted = predict_document(source, doc_id, settings, nlp)
        except Exception as error:  # one document never stops the evaluation
            print(f"{source}: prediction failed: {type(error).__name__}: {error}", file=sys.stderr)
            yield DocumentPairs(doc_id, [(r, None, 0) for r in gold_records], failed=True)
            continue
        _report_rule_errors(source, predicted)
        yield DocumentPairs(doc_id, list(align(gold_records, predicted)))


def _report_rule_errors(source: Path, predicted: list[dict[str, Any]]) -> None:
    """A line on stderr for each clause a rule failed on (the clause kept no statements)."""
    for record in predicted:
        for stage, kind, message in record.get("errors", ()):
            where = f"{source}: clause {record['meta']['clause_id']}"
            print(f"{where}: {stage} failed: {kind}: {message}", file=sys.stderr)


def evaluate_set(
    files: list[Path], settings: Settings, nlp: Any, raw_dir: Path, *, per_file: bool
) -> dict[str, dict[str, dict[str, float]]]:
    """Scores per file (dev) or per frozen part (test: ``part-c`` … from ``FROZEN.<part>``),
    and over all files, each with its per-document summary (``documents``)."""
    results: dict[str, dict[str, dict[str, float]]] = {}
    all_documents: list[DocumentPairs] = []
    part_documents: dict[str, list[DocumentPairs]] = {}
    parts = {} if per_file else frozen_parts(files[0].parent) if files else {}
    for file in files:
        records = read_corpus_file(file)
        documents = list(document_predictions(records, settings, nlp, raw_dir, file.parent))
        if per_file:
            results[file.stem] = _scores(documents)
        elif file.name in parts:
            part_documents.setdefault(f"part-{parts[file.name]}", []).extend(documents)
        all_documents.extend(documents)
    gold_dirs = tuple(dict.fromkeys(file.parent for file in files))
    missing = sorted({d.doc_id for d in all_documents if d.sourceless})
    report_missing_sources(missing, (*gold_dirs, raw_dir))
    for part, documents in sorted(part_documents.items()):
        results[part] = _scores(documents)
    results["all"] = _scores(all_documents)
    return results


def _scores(documents: list[DocumentPairs]) -> dict[str, dict[str, float]]:
    scores = evaluate_records(pair for document in documents for pair in document.pairs)
    per_document = [(evaluate_records(d.pairs)["statements"], d.failed) for d in documents]
    scores["documents"] = document_summary(per_document)
    scores["documents"]["rule_errors"] = sum(
        len(predicted.get("errors", ()))
        for document in documents
        for _, predicted, _ in document.pairs
        if predicted
    )
    return scores


def frozen_parts(folder: Path) -> dict[str, str]:
    """File name → the frozen part (``c`` for ``FROZEN.c``) whose checksum list names it."""
    parts: dict[str, str] = {}
    for listing in sorted(folder.glob("FROZEN.*")):
        for line in listing.read_text(encoding="utf-8").splitlines():
            if line.strip():
                parts[line.split()[-1]] = listing.suffix.lstrip(".")
    return parts


def evaluate_corpus(
    corpus_dir: Path, settings: Settings, raw_dir: Path | None = None
) -> dict[str, dict[str, dict[str, dict[str, float]]]]:
    """Scores of ``dev`` (per file and overall) and ``test`` (per frozen part and overall
    only: its per-record errors are not for reading) of a corpus directory."""
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


def write_metrics(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
