"""The stages for a few documents as a pure function: paths in, table rows out.

`process_items` runs ingest → normalize → segment → nlp → tables for one NLP batch of
documents, each within the bounds of ``configs/limits.yaml``; `run_items` also writes
each document's partitions as soon as it is done. Failures are yielded, never raised.
"""

from __future__ import annotations

import errno
import logging
import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import __version__, patterns
from pipeline.batch.records import (
    DocumentFailure,
    DocumentResult,
    LimitExceeded,
    Record,
    StageError,
    WorkItem,
    Written,
    failure,
)
from pipeline.config import Settings
from pipeline.delegations import (
    ACTOR_ROW_COLUMNS,
    FIELD_KINDS,
    TABLE_ROW,
    ActorRow,
    DelegationRules,
    delegation_rows,
    load_rules,
)
from pipeline.ingest import IngestError, RawDocument, ocr_message, read_document
from pipeline.language.not_swedish import language_warning
from pipeline.normalize import normalize
from pipeline.segment import SegmentedDocument, segment
from pipeline.segment.second_documents import LATER_TITLE, later_title_message
from pipeline.tables import (
    DOCUMENT_TABLES,
    SORT_KEYS,
    partition_path,
    rows_from,
    sorted_by,
    to_table,
    write_document_tables,
)

Annotator = Callable[[Sequence[SegmentedDocument]], Sequence[Mapping[str, pa.Table]]]
Hold = Callable[[list[str]], None]
# Write errors that no later document can escape: the run stops (exit 2), not each document.
OUTPUT_UNUSABLE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})

log = logging.getLogger("styrdok")


def _hold_nothing(doc_ids: list[str]) -> None:
    return None


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `LimitExceeded` in this thread after `seconds` (SIGALRM; main thread only —
    elsewhere, e.g. in a Dask worker thread, the limit is not enforced)."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise LimitExceeded(f"took longer than max_seconds {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _stage(name: str, function: Callable[..., Any], *args: Any) -> Any:
    try:
        return function(*args)
    except IngestError:
        raise
    except Exception as error:  # noqa: BLE001 - one document must never stop a batch
        raise StageError(name, error) from error


def _check_clauses(segmented: SegmentedDocument, limit: int) -> SegmentedDocument:
    longest = max((len(clause.text) for clause in segmented.clauses), default=0)
    if longest > limit:
        raise LimitExceeded(f"a clause of {longest} characters > max_clause_chars {limit}")
    return segmented


def prepare_document(path: Path, doc_id: str, settings: Settings) -> SegmentedDocument:
    """ingest → normalize → segment for one file, within the document's time bound, with
    the word lists of the run's own layout.yaml (`patterns.using_layout`: the readers' too;
    normalize and segment enter the same binding again at no cost)."""
    with patterns.using_layout(settings.layout_path):
        return _prepared(path, doc_id, settings)


def _prepared(path: Path, doc_id: str, settings: Settings) -> SegmentedDocument:
    limits = settings.limits
    with time_limit(limits.max_seconds):
        raw: RawDocument = _stage(
            "ingest", read_document, path, doc_id, settings.ingest, limits
        )
        if raw.ocr_pages:  # round 48 (nu48 fault 6): OCR text is never silent
            log.warning("%s: %s", path, ocr_message(raw.ocr_pages))
        for warning in raw.warnings:  # newuser54 fault 1: rows left as text are never silent
            log.warning("%s: %s", path, warning)
        normalized = _stage("normalize", normalize, raw, settings.normalize)
        language = language_warning(normalized.text)
        if language:  # round 51 (nu51 fault 8): another language is never silent
            log.warning("%s: %s", path, language)
        segmented = _stage("segment", segment, normalized, settings.config_dir)
        for clause in segmented.clauses:  # newuser55 fault 7: a second document is never silent
            if LATER_TITLE.fullmatch(clause.clause_id):
                log.warning("%s: %s", path, later_title_message(clause.page, clause.text))
        return _stage("segment", _check_clauses, segmented, limits.max_clause_chars)


def structure_tables(segmented: SegmentedDocument, settings: Settings) -> dict[str, pa.Table]:
    raw = segmented.doc.raw
    document_row = {
        "doc_id": segmented.doc_id,
        "source_path": raw.source_path,
        "source_sha256": raw.source_sha256,
        "encoding": raw.encoding,
        "organisation": segmented.organisation,
        "title": segmented.title,
        "year": segmented.year,
        "diarienummer": raw.metadata.get("diarienummer"),
        "n_chars": len(segmented.doc.text),
        "n_clauses": len(segmented.clauses),
        "n_pages": len(raw.pages) or None,
        "ocr_pages": list(raw.ocr_pages),
        "normalized_text": segmented.doc.text,
        "raw_text": raw.text,
        "page_starts": [page.start for page in raw.pages],
        "metadata": sorted(raw.metadata.items()),
        "model": settings.model if settings.nlp else None,
        "config_fingerprint": settings.fingerprint,
        "pipeline_version": __version__,
    }
    return {
        "documents": to_table("documents", [document_row]),
        "clauses": to_table("clauses", rows_from(segmented.clauses)),
        "references": to_table("references", rows_from(segmented.references)),
    }


def document_tables(
    segmented: SegmentedDocument, settings: Settings, extra: Mapping[str, pa.Table]
) -> dict[str, pa.Table]:
    """Every table of a document: the structure tables, the NLP stage's (`extra`), and the
    delegation lists, read from the clauses and the actors the NLP stage found in them."""
    delegations: list = []
    if any(clause.kind == TABLE_ROW or (clause.kind in FIELD_KINDS and ":" in clause.text)
           for clause in segmented.clauses):
        actors = extra.get("actors")
        rows = [] if actors is None else ActorRow.from_columns(
            [actors.column(name).to_pylist() for name in ACTOR_ROW_COLUMNS]
        )
        rules = load_rules(settings.delegations_path)
        delegations = delegation_rows(segmented.doc_id, segmented.clauses, rows, rules,
                                      segmented.doc.text)
        if any(clause.kind == TABLE_ROW for clause in segmented.clauses):
            extra = _with_responsibilities(segmented, extra, rows, rules)
    return {
        **structure_tables(segmented, settings),
        **extra,
        "delegations": to_table("delegations", rows_from(delegations)),
    }


def _with_responsibilities(
    segmented: SegmentedDocument,
    extra: Mapping[str, pa.Table],
    actors: Sequence[ActorRow],
    rules: DelegationRules,
) -> Mapping[str, pa.Table]:
    """The NLP stage's statements with a responsibility table's rows (round 55,
    `pipeline.responsibilities`), where the NLP stage ran."""
    statements, tokens = extra.get("statements"), extra.get("tokens")
    if statements is None or tokens is None:
        return extra
    from pipeline.responsibilities import responsibility_statements  # reads the lexicon

    lemmas = {
        start: (sentence, lemma, upos)
        for start, sentence, lemma, upos in zip(
            *(tokens.column(name).to_pylist()
              for name in ("start", "sentence_index", "lemma", "upos")),
            strict=True,
        )
    }
    read = frozenset(statements.column("clause_id").to_pylist())
    found = responsibility_statements(
        segmented.doc_id, segmented.clauses, actors, rules, read, lemmas
    )
    if not found:
        return extra
    table = pa.concat_tables([statements, to_table("statements", found)])
    keys = [(key, "ascending") for key in SORT_KEYS["statements"]]
    return {**extra, "statements": sorted_by(table, keys)}


def process_items(
    items: Sequence[WorkItem],
    settings: Settings,
    annotator: Annotator | None,
    hold: Hold = _hold_nothing,
) -> Iterator[tuple[WorkItem, DocumentResult | DocumentFailure]]:
    """All stages for a few documents (one NLP batch); failures are yielded, not raised.

    `hold(doc_ids)` is told which documents are being worked on, so that a process pool
    knows which document a worker that died was holding.
    """
    prepared, failed = _prepare_chunk(items, settings, hold)
    yield from failed
    hold([item.doc_id for item, _ in prepared])
    annotated = _annotate(
        [segmented for _, segmented in prepared], annotator, settings.limits.max_seconds
    )
    for (item, segmented), extra in zip(prepared, annotated, strict=True):
        hold([item.doc_id])
        if isinstance(extra, BaseException):
            yield item, failure(item.path, item.doc_id, StageError("nlp", extra))
            continue
        try:
            tables = _stage("tables", document_tables, segmented, settings, extra)
        except StageError as error:
            yield item, failure(item.path, item.doc_id, error)
            continue
        yield item, DocumentResult(item.doc_id, tables)


def _prepare_chunk(
    items: Sequence[WorkItem], settings: Settings, hold: Hold
) -> tuple[
    list[tuple[WorkItem, SegmentedDocument]], list[tuple[WorkItem, DocumentFailure]]
]:
    """ingest → normalize → segment for each document of the chunk, under one binding of
    the run's own layout.yaml (review 56b, S7: each document's blocks are nested in it and
    rebind nothing, so the layout caches stay warm across the chunk)."""
    prepared: list[tuple[WorkItem, SegmentedDocument]] = []
    failed: list[tuple[WorkItem, DocumentFailure]] = []
    with patterns.using_layout(settings.layout_path):
        for item in items:
            hold([item.doc_id])
            try:
                prepared.append((item, prepare_document(item.path, item.doc_id, settings)))
            except (IngestError, StageError) as error:
                failed.append((item, failure(item.path, item.doc_id, error)))
    return prepared, failed


def _annotate(
    documents: Sequence[SegmentedDocument], annotator: Annotator | None, seconds: float
) -> list[Mapping[str, pa.Table] | BaseException]:
    """Run the NLP annotator on the chunk; on failure, retry one document at a time."""
    if annotator is None or not documents:
        return [{} for _ in documents]
    try:
        with time_limit(seconds * len(documents)):
            return list(annotator(documents))
    except Exception:  # noqa: BLE001 - find the document that broke the chunk
        results: list[Mapping[str, pa.Table] | BaseException] = []
        for document in documents:
            try:
                with time_limit(seconds):
                    results.extend(annotator([document]))
            except Exception as error:  # noqa: BLE001
                results.append(error)
        return results


def write_result(
    out_dir: Path, item: WorkItem, outcome: DocumentResult | DocumentFailure
) -> Record:
    """Write a document's partitions (dropping tables it no longer has), or pass its failure."""
    if isinstance(outcome, DocumentFailure):
        return outcome
    try:
        for name in DOCUMENT_TABLES:
            if name not in outcome.tables:
                partition_path(out_dir, name, outcome.doc_id).unlink(missing_ok=True)
        partitions = write_document_tables(out_dir, outcome.doc_id, outcome.tables)
    except OSError as error:
        lost = failure(item.path, item.doc_id, StageError("write", error))
        if error.errno in OUTPUT_UNUSABLE:  # the run cannot go on; say which condition
            lost = replace(lost, error_type=errno.errorcode[error.errno])
        return lost
    counts = {name: table.num_rows for name, table in outcome.tables.items()}
    entry = {**item.entry, "partitions": {name: list(stat) for name, stat in partitions.items()}}
    return Written(outcome.doc_id, entry, counts)


def run_items(
    items: Sequence[WorkItem],
    settings: Settings,
    annotator: Annotator | None,
    out_dir: Path,
    hold: Hold = _hold_nothing,
) -> Iterator[Record]:
    """Process and write a few documents, yielding each record as soon as it is on disk."""
    for item, outcome in process_items(items, settings, annotator, hold):
        yield write_result(out_dir, item, outcome)
