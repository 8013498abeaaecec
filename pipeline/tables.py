"""Tables: every pyarrow schema, and Parquet I/O that writers and readers share.

Layout of an output directory (``processed/``)::

    documents/<doc_id>.parquet    one row per document
    clauses/<doc_id>.parquet      … one file per document and table (delegations/: the
                                  rows of delegation lists, also without NLP)
    errors.parquet                documents that failed in the last run, files it passed over
    manifest.json                 what each partition was built from (incremental runs)

Each table directory is a Parquet dataset: ``pd.read_parquet("processed/clauses")``
returns one table. Files are written to a temporary name and renamed, so a killed run
never leaves a half-written file behind.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported when tables are loaded: a no-op run never needs it
    import pandas as pd

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

_str = pa.string()
_i32 = pa.int32()
_i64 = pa.int64()
_bool = pa.bool_()


def _offsets(prefix: str = "") -> list[pa.Field]:
    return [pa.field(f"{prefix}start", _i64), pa.field(f"{prefix}end", _i64)]


SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("source_path", _str),
            pa.field("source_sha256", _str),
            pa.field("encoding", _str),
            pa.field("organisation", _str),
            pa.field("title", _str),
            pa.field("year", _i32),
            pa.field("diarienummer", _str),
            pa.field("n_chars", _i64),
            pa.field("n_clauses", _i32),
            pa.field("n_pages", _i32),
            pa.field("ocr_pages", pa.list_(_i32)),
            pa.field("normalized_text", pa.large_string()),
            pa.field("raw_text", pa.large_string()),
            pa.field("page_starts", pa.list_(_i64)),
            pa.field("metadata", pa.map_(_str, _str)),
            pa.field("model", _str),
            pa.field("config_fingerprint", _str),
            pa.field("pipeline_version", _str),
        ]
    ),
    "clauses": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("clause_id", _str, nullable=False),
            pa.field("parent_id", _str),
            pa.field("kind", _str),
            pa.field("label", _str),
            pa.field("section", _str),
            pa.field("section_title", _str),
            pa.field("ordinal", _i32),
            pa.field("text", _str),
            *_offsets(),
            *_offsets("raw_"),
            pa.field("page", _i32),
            pa.field("pages", pa.list_(_i32)),
            pa.field("cells", pa.list_(_str)),
        ]
    ),
    "references": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("clause_id", _str),
            pa.field("text", _str),
            *_offsets(),
            pa.field("law", _str),
            pa.field("sfs", _str),
            pa.field("chapter", _str),
            pa.field("section", _str),
        ]
    ),
    "sentences": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("clause_id", _str),
            pa.field("sentence_index", _i32),
            pa.field("text", _str),
            *_offsets(),
        ]
    ),
    "tokens": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("clause_id", _str),
            pa.field("sentence_index", _i32),
            pa.field("token_index", _i32),
            pa.field("text", _str),
            pa.field("lemma", _str),
            pa.field("upos", _str),
            pa.field("xpos", _str),
            pa.field("morph", _str),
            pa.field("dep", _str),
            pa.field("head_index", _i32),
            *_offsets(),
        ]
    ),
    "actors": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("clause_id", _str),
            pa.field("sentence_index", _i32),
            pa.field("text", _str),
            pa.field("canonical", _str),
            pa.field("category", _str),
            pa.field("role", _str),  # organisational role: chief_executive, board, unit …
            pa.field("function", _str),  # syntactic: actor, subject, object, possessor …
            pa.field("source", _str),
            *_offsets(),
        ]
    ),
    "verbs": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("clause_id", _str),
            pa.field("sentence_index", _i32),
            pa.field("text", _str),
            pa.field("lemma", _str),
            pa.field("tense", _str),
            pa.field("voice", _str),
            pa.field("negated", _bool),
            pa.field("is_auxiliary", _bool),
            pa.field("modal", _str),
            *_offsets(),
        ]
    ),
    "statements": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("clause_id", _str),
            pa.field("sentence_index", _i32),
            pa.field("statement_index", _i32),
            pa.field("actor", _str),
            pa.field("actor_text", _str),
            pa.field("actor_category", _str),
            pa.field("role", _str),
            # Offsets index documents.normalized_text (as everywhere) and lie inside the
            # clause `actor_clause_id` names: the statement's own clause, or, for an actor a
            # list item inherits from its lead-in (`Stadsdirektören ska` ⏎ `• leda …`), the
            # lead-in's clause (round 49). All three null where the statement has no actor
            # or the actor is written in no clause (an implicit actor). The modal and the aim
            # likewise (`modal_clause_id`, `aim_clause_id`: a cue or verb a list item inherits,
            # `Regionstyrelsen ska till fullmäktige lämna` ⏎ `a) …`, lies in the lead-in,
            # round 50).
            *_offsets("actor_"),
            pa.field("actor_clause_id", _str),
            pa.field("deontic", _str),
            pa.field("modal", _str),
            *_offsets("modal_"),
            pa.field("modal_clause_id", _str),
            pa.field("aim", _str),
            pa.field("aim_text", _str),
            *_offsets("aim_"),
            pa.field("aim_clause_id", _str),
            pa.field("negated", _bool),
            pa.field("passive", _bool),
            pa.field("object_text", _str),
            *_offsets("object_"),
            pa.field("condition_text", _str),
            *_offsets("condition_"),
        ]
    ),
    # Delegation lists (delegationsordningar): one row per table row and delegate, "the
    # delegate may decide the matter" (pipeline/delegations.py). Offsets as everywhere:
    # into documents.normalized_text; null where the list has no such column or the cell is
    # empty.
    "delegations": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("clause_id", _str),
            pa.field("delegation_index", _i32),
            pa.field("group", _str),  # a row of one cell heading the rows below it
            *_offsets("group_"),
            pa.field("number", _str),
            *_offsets("number_"),
            pa.field("matter", _str),
            *_offsets("matter_"),
            pa.field("delegate", _str),  # canonical form of the actor named in the cell
            pa.field("delegate_text", _str),
            pa.field("delegate_category", _str),
            pa.field("delegate_role", _str),
            *_offsets("delegate_"),
            pa.field("substitute", _str),
            *_offsets("substitute_"),
            pa.field("law", _str),
            *_offsets("law_"),
            pa.field("note", _str),
            *_offsets("note_"),
            # the re-delegation column (`Vidaredelegation`): to whom the delegate may
            # delegate further, or a yes/no cell, as written (newuser56 fault 6)
            pa.field("redelegation", _str),
            *_offsets("redelegation_"),
        ]
    ),
    # A clause on which an NLP rule failed: it has no statements; the rest of its document
    # is kept (pipeline/nlp/components.py).
    "clause_errors": pa.schema(
        [
            pa.field("doc_id", _str, nullable=False),
            pa.field("clause_id", _str),
            pa.field("stage", _str),
            pa.field("error_type", _str),
            pa.field("message", _str),
        ]
    ),
    "errors": pa.schema(
        [
            pa.field("doc_path", _str, nullable=False),
            pa.field("doc_id", _str),
            pa.field("stage", _str),
            pa.field("error_type", _str),
            pa.field("message", _str),
        ]
    ),
}

DOCUMENT_TABLES = tuple(name for name in SCHEMAS if name != "errors")
ERRORS_FILE = "errors.parquet"
# How a statement without an actor (an agentless passive, an implicit subject: actor null)
# is named where a table is shown to a reader (report, Markdown export; round 49).
NO_ACTOR_LABEL = "(ingen aktör)"
MANIFEST_FILE = "manifest.json"

# Row order of each table, so the same input always gives byte-identical files.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "clauses": ("doc_id", "ordinal"),
    "references": ("doc_id", "start", "end"),
    "sentences": ("doc_id", "start"),
    "tokens": ("doc_id", "start"),
    "actors": ("doc_id", "start", "end"),
    "verbs": ("doc_id", "start"),
    "statements": ("doc_id", "aim_start", "statement_index"),
    "delegations": ("doc_id", "delegation_index"),
    "clause_errors": ("doc_id", "clause_id", "stage"),
    "errors": ("doc_path", "stage"),
}


def to_table(name: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Build a table from row dicts with the one schema for `name`, in deterministic order."""
    if not rows:
        return _empty_table(name)
    schema = SCHEMAS[name]
    columns = {name: [row.get(name) for row in rows] for name in schema.names}
    table = pa.Table.from_pydict(columns, schema=schema)
    if table.num_rows:
        keys = [(key, "ascending") for key in SORT_KEYS[name] if key in columns]
        table = sorted_by(table, keys)
    return table


@functools.cache
def _empty_table(name: str) -> pa.Table:
    """`to_table(name, [])`, built once (Arrow tables are immutable): most documents have no
    delegations or clause errors, and an empty table of 30 columns costs ~0.2 ms."""
    schema = SCHEMAS[name]
    return pa.Table.from_pydict({column: [] for column in schema.names}, schema=schema)


def sorted_by(table: pa.Table, keys: Sequence[tuple[str, str]]) -> pa.Table:
    """`table.sort_by(keys)`, without the copy when the rows are already in that order (most
    tables of a document are built in it: `take` of every column cost more than the sort)."""
    indices = pc.sort_indices(table, sort_keys=keys)
    if np.array_equal(indices.to_numpy(), np.arange(len(indices))):
        return table
    return table.take(indices)


# ---------------------------------------------------------------------------
# Writing

# Settings for the small per-document partitions, measured with benchmarks/bench_parquet.py
# (docs/performance.md): against zstd with pyarrow's defaults, snappy without dictionary
# pages writes 2.6× and reads 1.5× faster for 4% less disk. Dictionaries do not pay
# within one document; min/max statistics are kept only for ids and numbers (what a
# filter on a dataset uses), since for text columns they store the long values again.
STATISTICS_COLUMNS = sorted(
    {
        field.name
        for schema in SCHEMAS.values()
        for field in schema
        if field.name in {"doc_id", "clause_id"} or pa.types.is_integer(field.type)
    }
)
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "snappy",
    "use_dictionary": False,
    "write_statistics": STATISTICS_COLUMNS,
}


def _statistics_of(names: Sequence[str]) -> list[str]:
    """The `STATISTICS_COLUMNS` of a table with these columns: the same file, and pyarrow does
    not enable statistics for the other tables' columns on every write."""
    return [name for name in STATISTICS_COLUMNS if name in names]


# Per table of `SCHEMAS`: its statistics columns, and the bytes of it empty (the same for
# every document, so each empty partition, most documents' delegations and clause errors,
# is one file write, not a Parquet writer).
_STATISTICS_OF = {name: _statistics_of(schema.names) for name, schema in SCHEMAS.items()}
_EMPTY_PARQUET: dict[str, pa.Buffer] = {}


def _parquet_bytes(table: pa.Table) -> pa.Buffer:
    """`table` as a Parquet file with `PARQUET_OPTIONS`."""
    schema = table.schema  # found by `equals`: a schema's hash or names cost ~10-30 µs
    name = next((n for n, known in SCHEMAS.items() if known.equals(schema, True)), None)
    if name is not None and not table.num_rows and name in _EMPTY_PARQUET:
        return _EMPTY_PARQUET[name]
    sink = pa.BufferOutputStream()
    statistics = STATISTICS_COLUMNS if name is None else _STATISTICS_OF[name]
    pq.write_table(table, sink, **{**PARQUET_OPTIONS, "write_statistics": statistics})
    data = sink.getvalue()
    if name is not None and not table.num_rows:
        _EMPTY_PARQUET[name] = data
    return data


def _file_mode() -> int:
    """The mode `open` gives a new file under the process's umask (0644 under 022)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


def _atomic_write(table: pa.Table, path: Path | str) -> None:
    """Write `table` to a temporary file beside `path`, then rename it over `path`.

    The file is serialised in memory and written with one call into the descriptor
    `_temporary_beside` opened: Parquet written to a path opens the file again and writes it
    in many small pieces, which cost 1.9× the CPU (``benchmarks/bench_write.py``)."""
    data = _parquet_bytes(table)
    descriptor, temporary = _temporary_beside(os.fspath(path))
    try:
        os.fchmod(descriptor, _FILE_MODE)  # mkstemp makes 0600; outputs are readable (0644)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(
    os, "O_CLOEXEC", 0)
_TEMPORARY_NUMBERS = itertools.count()


def _temporary_beside(path: str) -> tuple[int, str]:
    """A new temporary file ``.<name>.<pid>-<n>.tmp`` in `path`'s directory (the pattern
    `plan.remove_leftovers` deletes), opened as `tempfile.mkstemp` opens one but named
    without its random draw and path checks (round 58, perf58b: a run writes ten files per
    document); mkstemp where that name is taken (a dead run's file). The directory is made
    only when it is missing (once per table and run, not a `mkdir` per partition)."""
    directory, name = os.path.split(path)
    directory = directory or "."
    temporary = f"{directory}/.{name}.{os.getpid()}-{next(_TEMPORARY_NUMBERS)}.tmp"
    try:
        return os.open(temporary, _NEW_FILE, 0o600), temporary
    except FileNotFoundError:
        os.makedirs(directory, exist_ok=True)
        return os.open(temporary, _NEW_FILE, 0o600), temporary
    except FileExistsError:
        return tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)


def partition_path(out_dir: Path, table: str, doc_id: str) -> Path:
    return Path(out_dir) / table / f"{doc_id}.parquet"


# What the manifest records of each partition: rows, bytes, mtime_ns.
PartitionStat = tuple[int, int, int]


def write_document_tables(
    out_dir: Path, doc_id: str, tables: Mapping[str, pa.Table]
) -> dict[str, PartitionStat]:
    """Write one document's partition of every table (documents last); returns what the
    manifest records of each, so a later run can tell an intact partition cheaply."""
    written: dict[str, PartitionStat] = {}
    for name in DOCUMENT_TABLES:
        if name == "documents" or name not in tables:
            continue
        written[name] = _write_partition(out_dir, name, doc_id, tables[name])
    written["documents"] = _write_partition(out_dir, "documents", doc_id, tables["documents"])
    return written


def _write_partition(out_dir: Path, name: str, doc_id: str, table: pa.Table) -> PartitionStat:
    path = f"{out_dir}/{name}/{doc_id}.parquet"  # `partition_path`; a str: Path costs more
    _atomic_write(table, path)
    info = os.stat(path)
    return (table.num_rows, info.st_size, info.st_mtime_ns)


def partition_intact(out_dir: Path, name: str, doc_id: str, recorded: Sequence[int]) -> bool:
    """Whether a partition is as written: same size and mtime as recorded (one stat), else
    a Parquet footer with the table's schema and the recorded row count (no data read)."""
    path = f"{out_dir}/{name}/{doc_id}.parquet"  # a str: Path costs more than the stat
    try:
        rows, size, mtime_ns = (int(value) for value in recorded)
        info = os.stat(path)
    except (OSError, TypeError, ValueError):
        return False
    if (info.st_size, info.st_mtime_ns) == (size, mtime_ns):
        return True
    try:
        metadata = pq.read_metadata(path)
        schema = metadata.schema.to_arrow_schema()
    except (OSError, pa.ArrowException):
        return False
    return metadata.num_rows == rows and schema.remove_metadata().equals(SCHEMAS[name])


def remove_document(out_dir: Path, doc_id: str) -> None:
    for name in DOCUMENT_TABLES:
        partition_path(out_dir, name, doc_id).unlink(missing_ok=True)


def write_errors(out_dir: Path, rows: Sequence[Mapping[str, Any]]) -> None:
    _atomic_write(to_table("errors", rows), Path(out_dir) / ERRORS_FILE)


def write_manifest(out_dir: Path, manifest: Mapping[str, Any]) -> None:
    path = Path(out_dir) / MANIFEST_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    # One document per line; no `indent` (it switches json to its slow pure-Python encoder).
    sections = [_manifest_section("documents", manifest.get("documents", {}))]
    if manifest.get("failed"):
        sections.append(_manifest_section("failed", manifest["failed"]))
    try:
        temporary.write_text("{" + ",\n".join(sections) + "}\n", encoding="utf-8")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _manifest_section(name: str, entries: Mapping[str, Any]) -> str:
    lines = [
        f"{json.dumps(key, ensure_ascii=False)}: "
        f"{json.dumps(entries[key], sort_keys=True, ensure_ascii=False)}"
        for key in sorted(entries)
    ]
    return f'"{name}": {{\n' + ",\n".join(lines) + "\n}"


def read_manifest(out_dir: Path) -> dict[str, Any]:
    """The manifest, or ``{}`` when there is none; a damaged one (bad JSON, wrong shape)
    gives ``{"damaged": True}`` so that the caller rebuilds it from the partitions.
    ``failed`` (source path → the file's entry and its ingest failure: round 50) is
    optional; a damaged one is dropped (those files are retried)."""
    path = Path(out_dir) / MANIFEST_FILE
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, ValueError):
        return {"damaged": True}
    documents = manifest.get("documents") if isinstance(manifest, dict) else None
    if not isinstance(documents, dict) or not all(
        isinstance(doc_id, str) and isinstance(entry, dict) and entry.get("source_path")
        for doc_id, entry in documents.items()
    ):
        return {"damaged": True}
    failed = manifest.get("failed")
    if not isinstance(failed, dict) or not all(
        isinstance(entry, dict) and isinstance(entry.get("failure"), dict)
        for entry in failed.values()
    ):
        failed = {}
    return {"documents": documents, "failed": failed}


def partition_ids(out_dir: Path) -> dict[str, set[str]]:
    """Document ids with a partition on disk, per table (one directory listing each)."""
    found: dict[str, set[str]] = {}
    for name in DOCUMENT_TABLES:
        try:
            names = os.listdir(Path(out_dir) / name)
        except OSError:
            names = []
        found[name] = {n[: -len(".parquet")] for n in names if n.endswith(".parquet") and
                       not n.startswith(".")}
    return found


# ---------------------------------------------------------------------------
# Reading


def read_table(out_dir: Path | str, name: str) -> pa.Table:
    """Read one table (all document partitions) with its declared schema."""
    schema = SCHEMAS[name]
    out_dir = Path(out_dir)
    if name == "errors":
        paths = [out_dir / ERRORS_FILE] if (out_dir / ERRORS_FILE).exists() else []
    else:
        paths = sorted((out_dir / name).glob("*.parquet"))
    if not paths:
        return schema.empty_table()
    tables = [pq.read_table(path, schema=schema) for path in paths]
    return pa.concat_tables(tables)


@dataclass(frozen=True)
class Tables:
    """Every table of an output directory (or of ``styrdok.analyze``) as a pandas DataFrame.

    ``tables.statements`` and ``tables["statements"]`` are the same frame; ``summary()`` is
    one row per document; ``warnings`` lists what the pipeline doubts (computed on access).
    """

    documents: pd.DataFrame
    clauses: pd.DataFrame
    references: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    actors: pd.DataFrame
    verbs: pd.DataFrame
    statements: pd.DataFrame
    delegations: pd.DataFrame
    clause_errors: pd.DataFrame
    errors: pd.DataFrame

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLE_NAMES:
            raise KeyError(f"{name!r}: no such table; tables: {', '.join(TABLE_NAMES)}")
        return getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        return iter(TABLE_NAMES)

    def keys(self) -> tuple[str, ...]:
        return TABLE_NAMES

    @classmethod
    def from_arrow(cls, tables: Mapping[str, pa.Table]) -> Tables:
        """Pandas frames of Arrow tables: nullable dtypes, categoricals, one doc_id dtype."""
        import pandas as pd

        frames = {name: to_pandas(tables[name]) for name in SCHEMAS}
        for name, columns in CATEGORICAL.items():
            for column in columns:
                frames[name][column] = frames[name][column].astype("category")
        ids = sorted(
            {str(v) for frame in frames.values() for v in frame["doc_id"].dropna().unique()}
        )
        doc_id = pd.CategoricalDtype(ids)
        for frame in frames.values():
            frame["doc_id"] = frame["doc_id"].astype("string").astype(doc_id)
        for name, first in LEADING_COLUMNS.items():
            last = TRAILING_COLUMNS.get(name, ())
            middle = [c for c in frames[name].columns if c not in (*first, *last)]
            frames[name] = frames[name][[*first, *middle, *last]]
        return cls(**frames)

    @functools.cached_property
    def warnings(self) -> pd.DataFrame:
        """doc_id, clause_id, kind, message: lead-ins whose items hold no statement, …"""
        from pipeline.analysis import document_warnings

        return document_warnings(self)

    def summary(self) -> pd.DataFrame:
        """One row per document: organisation, title, year, format, clause, statement and
        deontic counts; `statements` counts those with a deontic (as the report does), `none`
        those without one."""
        from pipeline.analysis import document_summary

        return document_summary(self)

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{len(getattr(self, name))} {name}"
            for name in ("clauses", "sentences", "actors", "statements")
        )
        extra = f", {len(self.errors)} errors" if len(self.errors) else ""
        return f"<Tables: {len(self.documents)} documents, {counts}{extra}>"

    def _repr_html_(self) -> str:
        import html

        head = html.escape(repr(self))
        return f"<p><code>{head}</code></p>" + self.summary().to_html(index=False, na_rep="")


TABLE_NAMES: tuple[str, ...] = tuple(SCHEMAS)
# print(tables["statements"]) in a narrow terminal shows the first and last columns: they
# say who must do what ("kommundirektör obligation … leda förvaltningen").
LEADING_COLUMNS: dict[str, tuple[str, ...]] = {"statements": ("actor", "deontic")}
TRAILING_COLUMNS: dict[str, tuple[str, ...]] = {"statements": ("aim", "object_text")}


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """Nullable pandas dtypes: integers stay integers even where a value is missing."""
    return table.to_pandas(types_mapper=_pandas_type)


def _pandas_type(arrow_type: pa.DataType) -> Any:
    import pandas as pd

    mapping = {
        pa.int32(): pd.Int32Dtype(),
        pa.int64(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.string(): pd.StringDtype(),
        pa.large_string(): pd.StringDtype(),
    }
    return mapping.get(arrow_type)


# Columns whose values repeat: categorical in pandas (smaller, faster group-bys).
CATEGORICAL: dict[str, tuple[str, ...]] = {
    "documents": ("organisation", "encoding"),
    "clauses": ("doc_id", "kind", "section_title"),
    "tokens": ("doc_id", "upos", "xpos", "dep", "lemma"),
    "actors": ("doc_id", "canonical", "category", "role", "function", "source"),
    "verbs": ("doc_id", "lemma", "tense", "voice", "modal"),
    "statements": ("doc_id", "actor", "actor_category", "role", "deontic", "modal", "aim"),
    "delegations": ("doc_id", "delegate", "delegate_category", "delegate_role"),
    "errors": ("stage", "error_type"),
}


def load_tables(out_dir: Path | str) -> Tables:
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FileNotFoundError(f"{out_dir}: no such output directory; run `styrdok run` first")
    if not _holds_a_run(out_dir):
        raise FileNotFoundError(
            f"{out_dir}: holds no styrdok tables (no {MANIFEST_FILE}); run `styrdok run` first"
        )
    return Tables.from_arrow({name: read_table(out_dir, name) for name in SCHEMAS})


def _holds_a_run(out_dir: Path) -> bool:
    """A finished run writes its manifest; an empty folder, or one a stopped run left with
    only its lock, is no result to read as empty tables (newuser52b fault 7)."""
    if (out_dir / MANIFEST_FILE).exists() or (out_dir / ERRORS_FILE).exists():
        return True
    return any(next((out_dir / name).glob("*.parquet"), None) for name in SCHEMAS)


_SCALARS = (str, int, float, type(None))


def rows_from(records: Iterable[Any]) -> list[dict[str, Any]]:
    """Dataclass records → row dicts (tuples become lists for Arrow list columns)."""
    return [_row(record) for record in records]


def _row(record: Any) -> dict[str, Any]:
    """One record's row: fields read directly when they are scalars or tuples of scalars
    (every record styrdok writes: clauses, references, failures); `dataclasses.asdict`,
    which deep-copies every value, only for anything else."""
    row: dict[str, Any] = {}
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(value, tuple) and all(isinstance(item, _SCALARS) for item in value):
            value = list(value)
        elif not isinstance(value, _SCALARS):
            copied = asdict(record)
            return {k: list(v) if isinstance(v, tuple) else v for k, v in copied.items()}
        row[field.name] = value
    return row
