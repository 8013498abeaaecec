from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import pipeline
from pipeline.tables import SCHEMAS, read_table, to_table, write_document_tables, write_errors


def test_to_table_uses_schema_and_sorts_deterministically() -> None:
    rows = [
        {
            "doc_id": "b",
            "clause_id": "2",
            "ordinal": 1,
            "text": "två",
            "start": 5,
            "end": 8,
            "pages": [1],
        },
        {
            "doc_id": "b",
            "clause_id": "1",
            "ordinal": 0,
            "text": "ett",
            "start": 0,
            "end": 3,
            "pages": [],
        },
    ]
    table = to_table("clauses", rows)
    assert table.schema == SCHEMAS["clauses"]
    assert table.column("clause_id").to_pylist() == ["1", "2"]


def test_to_table_rejects_wrong_types() -> None:
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        to_table("clauses", [{"doc_id": "a", "ordinal": "not a number"}])


def test_write_and_load_round_trip_with_dtypes(tmp_path: Path) -> None:
    clauses = to_table(
        "clauses",
        [
            {
                "doc_id": "a",
                "clause_id": "1",
                "ordinal": 0,
                "text": "Text",
                "start": 0,
                "end": 4,
                "page": None,
                "pages": [],
                "cells": [],
            },
        ],
    )
    documents = to_table("documents", [{"doc_id": "a", "normalized_text": "Text", "year": None}])
    write_document_tables(tmp_path, "a", {"documents": documents, "clauses": clauses})
    write_errors(
        tmp_path,
        [
            {
                "doc_path": "x.txt",
                "stage": "ingest",
                "error_type": "IngestError",
                "message": "x.txt: empty file (0 bytes)",
            }
        ],
    )
    tables = pipeline.load(tmp_path)
    assert list(tables.clauses.columns) == SCHEMAS["clauses"].names
    assert tables.clauses["start"].dtype == pd.Int64Dtype()
    assert tables.clauses["page"].isna().all()
    assert tables.documents["year"].dtype == pd.Int32Dtype()
    assert tables.errors["message"].tolist() == ["x.txt: empty file (0 bytes)"]
    assert tables.statements.empty and sorted(tables.statements.columns) == sorted(
        SCHEMAS["statements"].names
    )
    assert pd.read_parquet(tmp_path / "clauses")["text"].tolist() == ["Text"]


def test_read_table_of_missing_dataset_is_empty_with_schema(tmp_path: Path) -> None:
    assert read_table(tmp_path, "verbs").schema == SCHEMAS["verbs"]


def test_load_missing_directory_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="styrdok run"):
        pipeline.load(tmp_path / "nowhere")


def test_no_temporary_files_left_behind(tmp_path: Path) -> None:
    documents = to_table("documents", [{"doc_id": "a"}])
    write_document_tables(tmp_path, "a", {"documents": documents})
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.parquet", "documents"]


def test_partitions_use_the_measured_parquet_settings(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    rows = [{"doc_id": "a", "normalized_text": "Kommundirektören ska leda. " * 50, "year": 2024}]
    write_document_tables(tmp_path, "a", {"documents": to_table("documents", rows)})
    metadata = pq.ParquetFile(tmp_path / "documents" / "a.parquet").metadata
    columns = {
        metadata.schema.column(i).path: metadata.row_group(0).column(i)
        for i in range(metadata.num_columns)
    }
    assert {column.compression for column in columns.values()} == {"SNAPPY"}
    assert not any(column.has_dictionary_page for column in columns.values())
    assert columns["doc_id"].statistics.min == "a"
    assert columns["year"].statistics.max == 2024
    assert columns["normalized_text"].statistics is None  # the long text is not stored again
    assert (
        read_table(tmp_path, "documents").column("normalized_text")[0].as_py()
        == rows[0]["normalized_text"]
    )


def test_rows_from_lists_tuples_and_copies_nested_records() -> None:
    from dataclasses import dataclass

    from pipeline.tables import rows_from

    @dataclass(frozen=True)
    class Flat:
        name: str
        pages: tuple[int, ...]

    @dataclass(frozen=True)
    class Nested:
        inner: Flat

    assert rows_from([Flat("a", (1, 2))]) == [{"name": "a", "pages": [1, 2]}]
    assert rows_from([Nested(Flat("b", ()))]) == [{"inner": {"name": "b", "pages": ()}}]


def test_a_partition_has_the_bytes_pyarrow_writes_to_a_path(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from pipeline.tables import PARQUET_OPTIONS, _atomic_write

    table = to_table("clauses", [{"doc_id": "a", "clause_id": "1", "ordinal": 0, "text": "ett"}])
    _atomic_write(table, tmp_path / "clauses" / "a.parquet")
    pq.write_table(table, tmp_path / "direct.parquet", **PARQUET_OPTIONS)
    assert (tmp_path / "clauses" / "a.parquet").read_bytes() == (
        tmp_path / "direct.parquet"
    ).read_bytes()
    assert [p.name for p in (tmp_path / "clauses").iterdir()] == ["a.parquet"]  # no leftovers


def test_errors_file_and_partitions_take_the_umask_mode(tmp_path: Path) -> None:
    """Round 49 (nu49 fault 15): mkstemp's 0600 is not kept; errors.parquet and every
    partition are readable as any file the user writes (0644 under umask 022)."""
    import os
    import stat

    umask = os.umask(0o022)
    os.umask(umask)
    write_errors(tmp_path, [{"doc_path": "x.txt", "stage": "ingest"}])
    documents = to_table("documents", [{"doc_id": "a", "normalized_text": "Text"}])
    write_document_tables(tmp_path, "a", {"documents": documents})
    for path in (tmp_path / "errors.parquet", *tmp_path.glob("documents/*.parquet")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
