"""Planning: which documents changed since the manifest was written.

The manifest (``manifest.json``) is the registry of the output directory: each document
id belongs to one resolved source path, with what the document was built from (config,
model, pipeline version, the file's size, mtime, inode, ctime and hash) and what was
written of it (rows, bytes and mtime of each partition). A document is skipped only when
its source is unchanged and every recorded partition is intact; anything else is redone.
A file that failed at ingest (empty, of another type than its name says, damaged) is recorded
under ``failed`` with the same fields and its failure: while it is unchanged it fails again
without being read (round 50: a re-run with such files loads no model), unless ``--force``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

import pipeline
from pipeline import __version__
from pipeline.batch.records import DocumentFailure, WorkItem, failure
from pipeline.config import Settings
from pipeline.ingest import (
    IngestError,
    assign_doc_ids,
    discover,
    failure_doc_ids,
    sha256_of,
)
from pipeline.tables import (
    MANIFEST_FILE,
    partition_ids,
    partition_intact,
    partition_path,
    read_manifest,
)

DEFAULT_MODEL_NAME = "styrdok-default"
SHIPPED_MODEL_DIR = Path(pipeline.__file__).resolve().parent / "models" / "sv_styrdok"
REPO_ROOT = SHIPPED_MODEL_DIR.parents[2]
# A file's stat is trusted as "unchanged" only when its mtime was this much older than
# the run that recorded it: a file rewritten within one timestamp tick of
# the previous write keeps its mtime (the racy-git problem), so it is hashed next time.
RACY_WINDOW_NS = 2_000_000_000


@dataclass(frozen=True)
class BatchPlan:
    todo: tuple[WorkItem, ...]
    kept: Mapping[str, Mapping[str, Any]]
    failures: tuple[DocumentFailure, ...]
    previous: Mapping[str, Mapping[str, Any]]
    current_ids: frozenset[str]
    stale: tuple[str, ...] = ()  # recorded documents under the inputs that are gone
    elsewhere: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # not under them
    rebuilt: bool = False  # the manifest was damaged and rebuilt from the partitions
    passed_over: tuple[str, ...] = ()  # files under the inputs of types not read (round 46)
    # source path → entry + failure, of files that failed at ingest: kept from earlier runs
    # (unchanged, or not under these inputs); this run's ingest failures are added to it
    failed: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    failed_before: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # as read
    # doc id → what of the run identity (config, model, pipeline_version) changed since the
    # document was recorded: why an unchanged file is redone (newuser54b fault 12)
    redone: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def model_fingerprint(settings: Settings) -> str:
    """The model name plus a digest of its files, so a retrained model reprocesses all."""
    if not settings.nlp:
        return ""
    location = _model_location(settings.model)
    return f"{settings.model}@{_tree_digest(location)}" if location else settings.model


def _model_location(name: str) -> Path | None:
    """Where the model's files are, without importing spaCy (a no-op run must stay fast)."""
    if name == DEFAULT_MODEL_NAME:
        return SHIPPED_MODEL_DIR if SHIPPED_MODEL_DIR.is_dir() else None
    path = Path(name).expanduser()
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, REPO_ROOT / path]
    for candidate in candidates:  # the places pipeline.nlp.model.resolve_model looks in
        if (candidate / "config.cfg").is_file():
            return candidate
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    return Path(spec.origin).parent if spec and spec.origin else None


def _tree_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def run_identity(settings: Settings) -> dict[str, str]:
    """The part of every manifest entry that a config or model change invalidates."""
    return {
        "config": settings.fingerprint,
        "model": model_fingerprint(settings),
        "pipeline_version": __version__,
    }


def _stat_fields(info: os.stat_result, now_ns: int) -> dict[str, Any]:
    settled = now_ns - info.st_mtime_ns > RACY_WINDOW_NS
    return {
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns if settled else None,
        "inode": info.st_ino,
        "ctime_ns": info.st_ctime_ns,
    }


def check_document(
    path: Path,
    entry: Mapping[str, Any] | None,
    identity: Mapping[str, str],
    now_ns: int,
) -> tuple[bool, dict[str, Any]]:
    """Whether `entry` still describes `path`, and the manifest entry for `path` now.

    Same identity, path and (trusted) size, mtime, inode and ctime: unchanged without
    reading the file. Otherwise the bytes are hashed and compared.
    """
    info = path.stat()
    stat_now = _stat_fields(info, now_ns)
    same_run = (
        bool(entry)
        and entry.get("source_path") == str(path)
        and all(entry.get(key) == value for key, value in identity.items())
    )
    if (
        same_run
        and entry.get("mtime_ns") is not None
        and all(entry.get(key) == info_value for key, info_value in _raw_stat(info).items())
    ):
        return True, dict(entry)
    fresh = {
        **identity,
        "source_path": str(path),
        "source_sha256": sha256_of(path.read_bytes()),
        **stat_now,
    }
    return same_run and entry.get("source_sha256") == fresh["source_sha256"], fresh


def _raw_stat(info: os.stat_result) -> dict[str, int]:
    return {
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "inode": info.st_ino,
        "ctime_ns": info.st_ctime_ns,
    }


def outputs_intact(out_dir: Path, doc_id: str, entry: Mapping[str, Any]) -> bool:
    """Every partition the manifest records for the document exists and is as written."""
    partitions = entry.get("partitions")
    if not isinstance(partitions, dict) or "documents" not in partitions:
        return False
    return all(
        partition_intact(out_dir, name, doc_id, recorded)
        for name, recorded in partitions.items()
    )


def rebuild_registry(out_dir: Path) -> dict[str, dict[str, Any]]:
    """Ids and source paths from the ``documents`` partitions, for a damaged manifest: the
    documents are redone (no partition stats), but keep their ids."""
    entries: dict[str, dict[str, Any]] = {}
    for doc_id in sorted(partition_ids(out_dir)["documents"]):
        try:
            table = pq.read_table(partition_path(out_dir, "documents", doc_id),
                                  columns=["source_path"])  # fmt: skip
            [source] = table.column("source_path").to_pylist()
        except (OSError, ValueError, pa.ArrowException):
            continue
        if source:
            entries[doc_id] = {"source_path": source}
    return entries


def _failure_ids(problems: Sequence[IngestError], taken: Iterable[str]) -> dict[str, str]:
    """The doc_id of each file that failed discovery (an .rtf, a .doc): its stem's slug, as
    `read_document` gives it (round 49, nu49 fault 15), unless a readable file or another
    failure has it (nu52 fault 3); a folder or a path that is no file has none."""
    files = [Path(problem.path) for problem in problems if Path(problem.path).is_file()]
    return {str(path): doc_id for path, doc_id in failure_doc_ids(files, taken).items()}


def plan_batch(
    inputs: Iterable[Path], out_dir: Path, settings: Settings, *, force: bool = False
) -> BatchPlan:
    inputs = list(inputs)
    passed_over: list[Path] = []
    paths, problems = discover(inputs, settings.input_suffixes, passed_over)
    manifest = read_manifest(out_dir)
    rebuilt = bool(manifest.get("damaged"))
    previous = rebuild_registry(out_dir) if rebuilt else manifest.get("documents", {})
    doc_ids = assign_doc_ids(
        paths, {doc_id: entry["source_path"] for doc_id, entry in previous.items()}
    )
    failures = _discovery_failures(problems, {*previous, *doc_ids.values()})
    failed_before = {} if force else manifest.get("failed", {})
    check = _RunCheck(out_dir, run_identity(settings), time.time_ns(), force, failed_before)
    under_inputs = _under(inputs)
    failed = {key: value for key, value in failed_before.items() if not under_inputs(key)}
    todo, kept = _sort_documents(paths, doc_ids, previous, check, failures, failed)
    redone = {} if force else identity_changes(todo, previous, check.identity)
    current = frozenset(doc_ids.values())
    stale, elsewhere = _gone_documents(previous, current, under_inputs)
    return BatchPlan(
        tuple(todo),
        kept,
        tuple(failures),
        previous,
        current,
        stale,
        elsewhere,
        rebuilt,
        tuple(str(path) for path in passed_over),
        failed,
        manifest.get("failed", {}),
        redone,
    )


def identity_changes(
    todo: Sequence[WorkItem],
    previous: Mapping[str, Mapping[str, Any]],
    identity: Mapping[str, str],
) -> dict[str, tuple[str, ...]]:
    """Each document to do that an earlier run recorded with another run identity → the
    keys that differ (`config`, `model`, `pipeline_version`)."""
    changes = {}
    for item in todo:
        entry = previous.get(item.doc_id)
        if not entry or not any(key in entry for key in identity):
            continue
        changed = tuple(key for key, value in identity.items() if entry.get(key) != value)
        if changed:
            changes[item.doc_id] = changed
    return changes


@dataclass(frozen=True)
class _RunCheck:
    """What every document of one plan is checked against."""

    out_dir: Path
    identity: Mapping[str, str]
    now_ns: int
    force: bool
    failed_before: Mapping[str, Mapping[str, Any]]


def _discovery_failures(
    problems: Sequence[IngestError], taken: Iterable[str]
) -> list[DocumentFailure]:
    failure_ids = _failure_ids(problems, taken)
    return [
        failure(problem.path, failure_ids.get(str(Path(problem.path))), problem)
        for problem in problems
    ]


def _sort_documents(
    paths: Sequence[Path],
    doc_ids: Mapping[Path, str],
    previous: Mapping[str, Mapping[str, Any]],
    check: _RunCheck,
    failures: list[DocumentFailure],
    failed: dict[str, Mapping[str, Any]],
) -> tuple[list[WorkItem], dict[str, Mapping[str, Any]]]:
    """Each discovered file: to do, kept (unchanged and intact), or failed (appended to
    `failures`; an unchanged earlier ingest failure is also kept in `failed`)."""
    todo: list[WorkItem] = []
    kept: dict[str, Mapping[str, Any]] = {}
    for path in paths:
        doc_id = doc_ids[path]
        entry = None if check.force else previous.get(doc_id)
        try:
            unchanged, fresh = check_document(path, entry, check.identity, check.now_ns)
            if not unchanged:
                recorded = check.failed_before.get(str(path))
                known = _failed_again(path, recorded, check.identity, check.now_ns)
                if known is not None:
                    failed[str(path)] = known
                    failures.append(_recorded_failure(known, doc_id))
                    continue
        except OSError as error:
            failures.append(failure(path, doc_id, IngestError(path, f"cannot be read ({error})")))
            continue
        if unchanged and outputs_intact(check.out_dir, doc_id, entry or {}):
            kept[doc_id] = {**fresh, "partitions": entry["partitions"]}  # type: ignore[index]
        else:
            todo.append(WorkItem(path, doc_id, fresh))
    return todo, kept


def _gone_documents(
    previous: Mapping[str, Mapping[str, Any]],
    current: frozenset[str],
    under_inputs: Callable[[str], bool],
) -> tuple[tuple[str, ...], dict[str, Mapping[str, Any]]]:
    """Recorded documents no input gives now: stale under the inputs, else elsewhere."""
    gone = {doc_id: entry for doc_id, entry in previous.items() if doc_id not in current}
    stale = tuple(sorted(d for d, e in gone.items() if under_inputs(e.get("source_path", ""))))
    elsewhere = {d: e for d, e in gone.items() if d not in stale}
    return stale, elsewhere


def _failed_again(
    path: Path, entry: Mapping[str, Any] | None, identity: Mapping[str, str], now_ns: int
) -> dict[str, Any] | None:
    """The recorded ingest failure of `path` with the file's entry now, where the file and
    the run are as they were when it failed (its stat, else its content hash)."""
    if entry is None:
        return None
    unchanged, fresh = check_document(path, entry, identity, now_ns)
    return {**fresh, "failure": entry["failure"]} if unchanged else None


def _recorded_failure(entry: Mapping[str, Any], doc_id: str) -> DocumentFailure:
    recorded = entry["failure"]
    return DocumentFailure(
        str(entry["source_path"]),
        doc_id,
        str(recorded.get("stage", "ingest")),
        str(recorded.get("error_type", "IngestError")),
        str(recorded.get("message", "")),
    )


def failed_entry(item: WorkItem, record: DocumentFailure) -> dict[str, Any] | None:
    """What the manifest keeps of a document that failed at ingest (the file itself is at
    fault; a failure of a later stage, a time limit or a lost worker is retried)."""
    if record.stage != "ingest":
        return None
    failure_fields = {
        "stage": record.stage,
        "error_type": record.error_type,
        "message": record.message,
    }
    return {**item.entry, "failure": failure_fields}


def _under(inputs: Iterable[Path]) -> Callable[[str], bool]:
    """Whether a recorded source path belongs to this run's inputs: ``styrdok run raw/``
    drops documents deleted from ``raw/``, ``styrdok run raw/new.pdf`` keeps the others."""
    roots = [Path(os.path.realpath(item)) for item in inputs]

    def covered(source: str) -> bool:
        if not source:
            return True
        path = Path(source)
        return any(path == root or root in path.parents for root in roots)

    return covered


def remove_leftovers(out_dir: Path) -> None:
    """Delete temporary files of runs that died (tables.py writes ``.<name>.*.tmp``). Called
    with the output directory's lock held, so no live run owns any of them."""
    for pattern in ("*/.*.parquet.*.tmp", ".*.parquet.*.tmp", f".{MANIFEST_FILE}.tmp"):
        for leftover in out_dir.glob(pattern):
            leftover.unlink(missing_ok=True)
