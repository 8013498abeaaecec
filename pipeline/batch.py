"""Batch: run the stages over many documents, isolating failures and skipping unchanged work.

`process_document` is the whole pipeline for one file as a pure function (paths and
settings in, tables out). `run_batch` maps it over a batch, writes each document's
partitions as soon as it is done, records failures in ``errors.parquet`` and keeps a
manifest so that a re-run only redoes documents whose bytes, config or model changed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import __version__
from pipeline.config import Settings
from pipeline.ingest import (
    IngestError,
    RawDocument,
    assign_doc_ids,
    discover,
    read_document,
    sha256_of,
)
from pipeline.normalize import normalize
from pipeline.segment import SegmentedDocument, segment
from pipeline.tables import (
    read_manifest,
    remove_document,
    rows_from,
    to_table,
    write_document_tables,
    write_errors,
    write_manifest,
)

Annotator = Callable[[Sequence[SegmentedDocument]], Sequence[Mapping[str, pa.Table]]]


@dataclass(frozen=True)
class DocumentFailure:
    doc_path: str
    doc_id: str | None
    stage: str
    error_type: str
    message: str


@dataclass(frozen=True)
class DocumentResult:
    doc_id: str
    source_path: str
    tables: Mapping[str, pa.Table]

    def count(self, table: str) -> int:
        return self.tables[table].num_rows if table in self.tables else 0


@dataclass(frozen=True)
class BatchSummary:
    processed: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    failures: tuple[DocumentFailure, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures


class StageError(Exception):
    """Wraps an unexpected exception with the stage it happened in."""

    def __init__(self, stage: str, error: BaseException) -> None:
        self.stage = stage
        self.error = error
        super().__init__(f"{stage}: {type(error).__name__}: {error}")


def _stage(name: str, function: Callable[..., Any], *args: Any) -> Any:
    try:
        return function(*args)
    except IngestError:
        raise
    except Exception as error:  # noqa: BLE001 - one document must never stop a batch
        raise StageError(name, error) from error


def prepare_document(path: Path, doc_id: str, settings: Settings) -> SegmentedDocument:
    """ingest → normalize → segment for one file."""
    raw: RawDocument = _stage("ingest", read_document, path, doc_id, settings.ingest)
    normalized = _stage("normalize", normalize, raw, settings.normalize)
    return _stage("segment", segment, normalized)


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


def _failure(path: Path, doc_id: str | None, error: BaseException) -> DocumentFailure:
    if isinstance(error, IngestError):
        return DocumentFailure(str(path), doc_id, "ingest", "IngestError", str(error))
    if isinstance(error, StageError):
        inner = error.error
        return DocumentFailure(
            str(path), doc_id, error.stage, type(inner).__name__, f"{path}: {inner}"
        )
    return DocumentFailure(str(path), doc_id, "nlp", type(error).__name__, f"{path}: {error}")


def _fingerprint(path: Path, settings: Settings) -> dict[str, str]:
    return {
        "source_sha256": sha256_of(path.read_bytes()),
        "config": settings.fingerprint,
        "model": settings.model if settings.nlp else "",
        "pipeline_version": __version__,
    }


def _is_current(
    entry: Mapping[str, Any] | None, fingerprint: Mapping[str, str], out_dir: Path, doc_id: str
) -> bool:
    if not entry or any(entry.get(key) != value for key, value in fingerprint.items()):
        return False
    return (out_dir / "documents" / f"{doc_id}.parquet").exists()


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), max(1, size)):
        yield items[start : start + size]


def run_batch(
    inputs: Iterable[Path],
    out_dir: Path,
    settings: Settings,
    annotator: Annotator | None = None,
    *,
    force: bool = False,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
    workers: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
) -> BatchSummary:
    """Process documents into `out_dir`; failures are collected, never raised."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    paths, problems = discover(inputs, settings.input_suffixes)
    failures = [_failure(problem_path(p), None, p) for p in problems]
    doc_ids = assign_doc_ids(paths)
    manifest = {} if force else read_manifest(out_dir).get("documents", {})
    new_manifest: dict[str, Any] = {}
    todo: list[tuple[Path, str, dict[str, str]]] = []
    skipped: list[str] = []
    for path in paths:
        doc_id = doc_ids[path]
        try:
            fingerprint = _fingerprint(path, settings)
        except OSError as error:
            failures.append(_failure(path, doc_id, IngestError(path, f"cannot be read ({error})")))
            continue
        if _is_current(manifest.get(doc_id), fingerprint, out_dir, doc_id):
            skipped.append(doc_id)
            new_manifest[doc_id] = manifest[doc_id]
        else:
            todo.append((path, doc_id, fingerprint))
    counts: dict[str, int] = {}
    processed: list[str] = []
    chunks = list(_chunks(todo, settings.batch_size))
    iterator = progress(chunks, len(todo)) if progress else chunks
    for chunk in iterator:
        for result, failure, fingerprint in _process_chunk(chunk, settings, annotator):
            if failure is not None:
                failures.append(failure)
                remove_document(out_dir, failure.doc_id or "")
                continue
            write_document_tables(out_dir, result.doc_id, result.tables)
            new_manifest[result.doc_id] = {**fingerprint, "source_path": result.source_path}
            processed.append(result.doc_id)
            for name, table in result.tables.items():
                counts[name] = counts.get(name, 0) + table.num_rows
        write_manifest(out_dir, {"documents": {**manifest, **new_manifest}})
    current_ids = set(doc_ids.values())
    removed = sorted(doc_id for doc_id in manifest if doc_id not in current_ids)
    for doc_id in removed:
        remove_document(out_dir, doc_id)
    write_manifest(out_dir, {"documents": new_manifest})
    write_errors(out_dir, rows_from(failures))
    return BatchSummary(
        processed=tuple(processed),
        skipped=tuple(skipped),
        removed=tuple(removed),
        failures=tuple(failures),
        counts=counts,
        seconds=time.perf_counter() - started,
    )


def problem_path(problem: IngestError) -> Path:
    return Path(problem.path)


def _process_chunk(
    chunk: Sequence[tuple[Path, str, dict[str, str]]],
    settings: Settings,
    annotator: Annotator | None,
) -> Iterator[tuple[DocumentResult | None, DocumentFailure | None, dict[str, str]]]:
    prepared: list[tuple[Path, str, dict[str, str], SegmentedDocument]] = []
    for path, doc_id, fingerprint in chunk:
        try:
            prepared.append((path, doc_id, fingerprint, prepare_document(path, doc_id, settings)))
        except (IngestError, StageError) as error:
            yield None, _failure(path, doc_id, error), fingerprint
    annotated = _annotate(prepared, annotator)
    for (path, doc_id, fingerprint, segmented), extra in zip(prepared, annotated, strict=True):
        if isinstance(extra, BaseException):
            yield None, _failure(path, doc_id, StageError("nlp", extra)), fingerprint
            continue
        tables = {**structure_tables(segmented, settings), **extra}
        yield DocumentResult(doc_id, str(path), tables), None, fingerprint


def _annotate(
    prepared: Sequence[tuple[Path, str, dict[str, str], SegmentedDocument]],
    annotator: Annotator | None,
) -> list[Mapping[str, pa.Table] | BaseException]:
    """Run the NLP annotator on the chunk; on failure, retry one document at a time."""
    if annotator is None or not prepared:
        return [{} for _ in prepared]
    documents = [item[3] for item in prepared]
    try:
        return list(annotator(documents))
    except Exception:  # noqa: BLE001 - find the document that broke the chunk
        results: list[Mapping[str, pa.Table] | BaseException] = []
        for document in documents:
            try:
                results.extend(annotator([document]))
            except Exception as error:  # noqa: BLE001
                results.append(error)
        return results
