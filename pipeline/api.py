"""The Python API: from a string, a file or a folder to the tables of ``styrdok run``.

``import styrdok`` re-exports these functions::

    import styrdok
    tables = styrdok.analyze("Kommundirektören ska leda förvaltningen.")
    tables["statements"]                      # one obligation: kommundirektör → leda
    tables = styrdok.analyze("raw/")          # every .txt/.pdf/.docx/.odt/.html/.md under raw/
    styrdok.export(tables, "csv", "out/")     # or "xlsx", "jsonl", "conllu", "md"

``analyze`` runs the same stage functions as the batch (ingest → normalize → segment →
annotate → rows) and writes nothing.  How an argument is read:

* a :class:`pathlib.Path` is always a path (a file or a folder) and must exist;
* a ``str`` that names an existing file or folder is a path;
* a ``str`` of one line that ends in a document suffix (``.txt``, ``.pdf``, ``.docx``,
  ``.odt``, ``.html``, ``.md``) but names nothing is an error (a mistyped file name is not
  analysed as text);
* any other ``str`` is the text of a document;
* a list or tuple holds any mix of the above.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from pipeline.config import Settings, load_settings
from pipeline.tables import DOCUMENT_TABLES, SCHEMAS, Tables, load_tables, rows_from, to_table

log = logging.getLogger("styrdok")

Source = str | os.PathLike
Inputs = Source | Sequence[Source]
TEXT_SOURCE = "<text>"


def settings_for(config: Settings | str | os.PathLike | None = None) -> Settings:
    """Ready settings, or those of a configuration folder (None: ``$STYRDOK_CONFIG``, else
    the defaults shipped with the package)."""
    if isinstance(config, Settings):
        return config
    return load_settings(config)


# One loaded pipeline per configuration: a second analyze() call does not reload the model.
_ANNOTATORS: dict[tuple[str, str, str, int], Any] = {}


def _annotator(settings: Settings) -> Any:
    from pipeline.batch import default_annotator_factory

    key = (
        str(settings.config_dir.resolve()),
        settings.fingerprint,
        settings.model,
        settings.batch_size,
    )
    if key not in _ANNOTATORS:
        _ANNOTATORS.clear()
        _ANNOTATORS[key] = default_annotator_factory(settings)
    return _ANNOTATORS[key]


def load_model(config: Settings | str | os.PathLike | None = None) -> Any:
    """The spaCy pipeline with styrdok's components: ``load_model()("…")._.statements``."""
    from pipeline.nlp import build_nlp

    return build_nlp(settings_for(config))


def load(processed_dir: str | os.PathLike = "processed/") -> Tables:
    """The tables ``styrdok run`` wrote to ``processed_dir``."""
    return load_tables(processed_dir)


# ---------------------------------------------------------------------------
# Telling text from paths


def _is_path(value: Source, suffixes: Iterable[str]) -> bool:
    if isinstance(value, os.PathLike):
        if not Path(value).exists():
            raise FileNotFoundError(f"{value}: no such file or folder")
        return True
    if "\n" in value or len(value) > 4096 or not value.strip():
        return False  # an empty string is `Path(".")`: text, never the current folder
    try:
        exists = Path(value).exists()
    except (OSError, ValueError):  # a long sentence is "File name too long", not a path
        return False
    if exists:
        return True
    if value.strip() and value.strip().lower().endswith(tuple(suffixes)) and " " not in value:
        raise FileNotFoundError(f"{value}: no such file (a file name, not a text to analyse?)")
    return False


def _text_id(number: int, taken: set[str]) -> str:
    """``text-1``, ``text-2`` … in the order the texts were given (skipping file ids)."""
    doc_id = f"text-{number}"
    while doc_id in taken:
        doc_id = f"{doc_id}-{number}"
    return doc_id


# ---------------------------------------------------------------------------
# analyze


def analyze(
    inputs: Inputs,
    *,
    config: Settings | str | os.PathLike | None = None,
    nlp: bool = True,
) -> Tables:
    """The tables ``styrdok run`` would write for ``inputs``, in memory (nothing written).

    ``inputs`` is a text, a path (file or folder) or a list of them (see the module doc).
    ``config`` is a configuration folder (default: ``$STYRDOK_CONFIG`` or the one shipped
    with the package) or ready :class:`~pipeline.config.Settings`; ``nlp=False`` gives
    clauses only.  A document that fails is a row of ``tables.errors`` and a logged
    warning; the others are analysed.
    """
    from pipeline.analysis import warning_line
    from pipeline.batch import WorkItem, process_items
    from pipeline.ingest import IngestError, assign_doc_ids, discover

    settings = settings_for(config)
    if not nlp:
        from dataclasses import replace

        settings = replace(settings, nlp=False)
    values = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    if not values:
        raise ValueError("analyze: nothing to analyse (an empty list)")
    texts = [v for v in values if not _is_path(v, settings.input_suffixes)]
    paths, problems = discover(
        [Path(v) for v in values if isinstance(v, os.PathLike) or v not in texts],
        settings.input_suffixes,
    )
    ids = assign_doc_ids(paths)
    items = [WorkItem(path, ids[path], {}) for path in paths]
    annotator = _annotator(settings) if settings.nlp else None
    parts: dict[str, list[pa.Table]] = {name: [] for name in DOCUMENT_TABLES}
    errors = [_error_row(problem.path, None, "ingest", problem) for problem in problems]
    for _, outcome in process_items(items, settings, annotator):
        _collect(outcome, parts, errors)
    taken = set(ids.values())
    for number, text in enumerate(texts, start=1):
        doc_id = _text_id(number, taken)
        taken.add(doc_id)
        try:
            outcome = _process_text(text, doc_id, settings, annotator)
        except (IngestError, ValueError) as error:
            errors.append(_error_row(TEXT_SOURCE, doc_id, "ingest", error))
            continue
        _collect(outcome, parts, errors)
    for row in errors:
        log.warning("%s", row["message"])
    arrow = {name: _concat(name, tables) for name, tables in parts.items()}
    arrow["errors"] = to_table("errors", errors)
    tables = Tables.from_arrow(arrow)
    for row in tables.warnings.itertuples():
        log.warning("%s", warning_line(row.doc_id, row.clause_id, row.message))
    return tables


def _process_text(text: str, doc_id: str, settings: Settings, annotator: Any) -> Any:
    """The batch's stages for a text instead of a file: normalize → segment → annotate."""
    from pipeline import patterns
    from pipeline.batch import DocumentResult, document_tables
    from pipeline.ingest import sha256_of
    from pipeline.ingest.text import text_document
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    if not text.strip():
        raise ValueError("the text is empty")
    if len(text) > settings.limits.max_chars:
        raise ValueError(
            f"the text has {len(text)} characters > max_chars {settings.limits.max_chars}"
        )
    raw = text_document(text, doc_id, TEXT_SOURCE, sha256_of(text.encode("utf-8")), "utf-8")
    with patterns.using_layout(settings.layout_path):  # normalize's and segment's blocks nest
        segmented = segment(normalize(raw, settings.normalize), settings.config_dir)
    extra = annotator([segmented])[0] if annotator is not None else {}
    return DocumentResult(doc_id, document_tables(segmented, settings, extra))


def _collect(outcome: Any, parts: dict[str, list[pa.Table]], errors: list[dict]) -> None:
    from pipeline.batch import DocumentFailure

    if isinstance(outcome, DocumentFailure):
        errors.extend(rows_from([outcome]))
        return
    for name, table in outcome.tables.items():
        parts[name].append(table)


def _error_row(path: Any, doc_id: str | None, stage: str, error: BaseException) -> dict:
    message = str(error)
    if not message.startswith(str(path)):
        message = f"{path}: {message}"
    return {
        "doc_path": str(path),
        "doc_id": doc_id,
        "stage": stage,
        "error_type": type(error).__name__,
        "message": message,
    }


def _concat(name: str, tables: list[pa.Table]) -> pa.Table:
    if not tables:
        return SCHEMAS[name].empty_table()
    return pa.concat_tables(tables)


# ---------------------------------------------------------------------------
# Exports and diffs, from the API


def _tables(value: Tables | str | os.PathLike) -> Tables:
    return value if isinstance(value, Tables) else load_tables(value)


def export(
    tables: Tables | str | os.PathLike, format: str, out_dir: str | os.PathLike
) -> list[Path]:
    """Write ``tables`` (or the tables in a processed folder) as ``format`` into ``out_dir``.

    Formats: ``csv``, ``jsonl`` (one file per table), ``xlsx`` (one workbook, a sheet per
    table), ``conllu`` (tokens, one file per document), ``md`` (clause tree with statements,
    one file per document).  Returns the files written.
    """
    from pipeline.export import export_tables

    return export_tables(_tables(tables), format, Path(out_dir))


def diff(old: Tables | Inputs, new: Tables | Inputs, **options: Any) -> pd.DataFrame:
    """What changed between two versions of a document (see :mod:`pipeline.diff`).

    ``old`` and ``new`` are :class:`Tables`, processed folders, document files or texts.
    """
    from pipeline.diff import diff_tables

    return diff_tables(_version(old), _version(new), **options)


def diff_versions(
    old: Tables | Inputs, new: Tables | Inputs, *, config: Any = None
) -> tuple[Tables, pd.DataFrame]:
    """The tables of ``new`` and the differences from ``old`` (for ``styrdok diff``)."""
    from pipeline.diff import diff_tables

    new_tables = _version(new, config)
    return new_tables, diff_tables(_version(old, config), new_tables)


def _version(value: Tables | Inputs, config: Any = None) -> Tables:
    if isinstance(value, Tables):
        return value
    if isinstance(value, (str, os.PathLike)) and _is_output_folder(value):
        return load_tables(value)
    return analyze(value, config=config)


def _is_output_folder(value: str | os.PathLike[str]) -> bool:
    """A folder of saved tables; a long text is "File name too long", no folder."""
    try:
        return (Path(value) / "documents").is_dir()
    except (OSError, ValueError):
        return False
