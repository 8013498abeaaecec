"""What flows between the batch modules: work items, results, failures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline.ingest import SPREADSHEET_SUFFIXES, IngestError, spreadsheet_hint


@dataclass(frozen=True)
class DocumentFailure:
    """One row of ``errors.parquet``: a document that was not written. (A clause an NLP
    rule failed on is a row of the document's ``clause_errors`` table instead.)"""

    doc_path: str
    doc_id: str | None
    stage: str
    error_type: str
    message: str


@dataclass(frozen=True)
class DocumentResult:
    doc_id: str
    tables: Mapping[str, pa.Table]


@dataclass(frozen=True)
class WorkItem:
    """A document to process and the manifest entry it gets once its partitions are written."""

    path: Path
    doc_id: str
    entry: Mapping[str, Any]


@dataclass(frozen=True)
class Written:
    """A document whose partitions are on disk; `entry` records them (rows, bytes, mtime)."""

    doc_id: str
    entry: Mapping[str, Any]
    counts: Mapping[str, int]


Record = Written | DocumentFailure


class StageError(Exception):
    """Wraps an unexpected exception with the stage it happened in."""

    def __init__(self, stage: str, error: BaseException) -> None:
        self.stage = stage
        self.error = error
        super().__init__(f"{stage}: {type(error).__name__}: {error}")


class LimitExceeded(Exception):
    """A document over one of the bounds in ``configs/limits.yaml``."""


class RunError(Exception):
    """The run cannot proceed (output directory not writable, locked, disk full): one
    line naming the path; the CLI exits 2."""


def failure(path: Path | str, doc_id: str | None, error: BaseException) -> DocumentFailure:
    if isinstance(error, IngestError):
        return DocumentFailure(str(path), doc_id, "ingest", "IngestError", str(error))
    if isinstance(error, StageError):
        inner = error.error
        return DocumentFailure(
            str(path), doc_id, error.stage, type(inner).__name__, f"{path}: {_one_line(inner)}"
        )
    return DocumentFailure(str(path), doc_id, "nlp", type(error).__name__, f"{path}: {error}")


PASSED_OVER = "passed_over"  # the stage of an errors.parquet row for a file not read


def passed_over(path: Path | str) -> DocumentFailure:
    """The ``errors.parquet`` row of a file a folder run passed over (a type styrdok does not
    read): one line naming it, with the way forward for a spreadsheet, so that the warnings
    and the report show it, not only stderr (round 52, nu52 fault 4). Not a failure: the
    run's failed count and exit status leave it out."""
    suffix = Path(path).suffix.lower()
    hint = (
        spreadsheet_hint(Path(path))
        if suffix in SPREADSHEET_SUFFIXES
        else "styrdok does not read this type"
    )
    return DocumentFailure(str(path), None, PASSED_OVER, "PassedOver",
                           f"{path}: passed over ({suffix or 'no suffix'}); {hint}")  # fmt: skip


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
