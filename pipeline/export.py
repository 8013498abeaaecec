"""Exports: the tables as CSV, JSON Lines, an Excel workbook, CoNLL-U or Markdown.

``styrdok export processed/ --format FORMAT --out DIR`` and ``styrdok.export(tables, FORMAT,
DIR)`` both call :func:`export_tables`.  What each format writes into ``DIR``:

``csv``, ``jsonl``
    one file per table (``statements.csv`` …, and ``warnings``: what to check by hand); list
    and map columns (``cells``, ``pages``, ``metadata``) as JSON text in CSV.
``xlsx``
    one workbook ``styrdok.xlsx`` with a sheet per table and ``warnings`` (openpyxl).  A
    cell holds at most 32,767 characters, so the documents sheet leaves out
    ``normalized_text`` and ``raw_text`` (the clauses sheet has the text, clause by clause).
``conllu``
    one file per document (``<doc_id>.conllu``) from the tokens table, written by the
    ``conllu`` package: a sentence per styrdok sentence, ``sent_id = <clause_id>-<n>``,
    ``# text``, heads and labels as parsed, ``TokenRange=start:end`` (offsets into
    ``normalized_text``) and ``SpaceAfter=No`` in MISC.
``md``
    one file per document (``<doc_id>.md``): the clause tree in document order, each
    clause with its id and the statements found in it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported on use: `styrdok run` builds this CLI too
    import pandas as pd

from pipeline.segment import TITLE_ID
from pipeline.tables import NO_ACTOR_LABEL, Tables

log = logging.getLogger("styrdok.export")

FORMATS: tuple[str, ...] = ("csv", "jsonl", "xlsx", "conllu", "md")
WORKBOOK = "styrdok.xlsx"
XLSX_LEFT_OUT = {"documents": ("normalized_text", "raw_text")}
# Characters an xlsx cell cannot hold (XML 1.0 control characters).
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportError(ValueError):
    """An unknown format or an output that cannot be written; names what and where."""


def export_tables(tables: Tables, format: str, out_dir: Path) -> list[Path]:
    """Write ``tables`` as ``format`` into ``out_dir``; returns the files written, sorted."""
    writers: dict[str, Callable[[Tables, Path], list[Path]]] = {
        "csv": _csv,
        "jsonl": _jsonl,
        "xlsx": _xlsx,
        "conllu": _conllu,
        "md": _markdown,
    }
    if format not in writers:
        raise ExportError(f"unknown export format {format!r}; known: {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = writers[format](tables, out_dir)
    except OSError as error:
        raise ExportError(f"{out_dir}: cannot write the {format} export ({error})") from error
    log.info("wrote %d %s file(s) to %s", len(paths), format, out_dir)
    return sorted(paths)


# ---------------------------------------------------------------------------
# Tables as files


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Nested values (lists, maps) as JSON text; categoricals as their values."""
    import pandas as pd

    frame = frame.copy()
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.CategoricalDtype):
            frame[column] = frame[column].astype("string")
        elif frame[column].dtype == object:
            frame[column] = frame[column].map(_json_value, na_action="ignore")
    return frame


def _json_value(value: Any) -> Any:
    if isinstance(value, str):
        return value
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        value = [list(v) if isinstance(v, tuple) else v for v in value]
    return json.dumps(value, ensure_ascii=False)


def _frames(tables: Tables) -> dict[str, pd.DataFrame]:
    """Every table, then the warnings (pipeline.analysis.document_warnings)."""
    return {**{name: tables[name] for name in tables}, "warnings": tables.warnings}


def _csv(tables: Tables, out_dir: Path) -> list[Path]:
    paths = []
    for name, frame in _frames(tables).items():
        path = out_dir / f"{name}.csv"
        _plain(frame).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        paths.append(path)
    return paths


def _jsonl(tables: Tables, out_dir: Path) -> list[Path]:
    paths = []
    for name, frame in _frames(tables).items():
        path = out_dir / f"{name}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            for record in frame.astype(object).where(frame.notna(), None).to_dict("records"):
                handle.write(json.dumps(_record(record), ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def _record(record: dict[str, Any]) -> dict[str, Any]:
    result = {}
    for key, value in record.items():
        if hasattr(value, "tolist"):
            value = value.tolist()
        if isinstance(value, list):
            value = [list(v) if isinstance(v, tuple) else v for v in value]
        result[key] = value
    return result


def _xlsx(tables: Tables, out_dir: Path) -> list[Path]:
    import pandas as pd

    path = out_dir / WORKBOOK
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, table in _frames(tables).items():
            frame = _plain(table.drop(columns=list(XLSX_LEFT_OUT.get(name, ()))))
            for column in frame.columns:
                if pd.api.types.is_string_dtype(frame[column]):
                    frame[column] = frame[column].map(
                        lambda text: _ILLEGAL_XLSX.sub(" ", text), na_action="ignore"
                    )
            frame.to_excel(writer, sheet_name=name, index=False)
    return [path]


# ---------------------------------------------------------------------------
# CoNLL-U


def _conllu(tables: Tables, out_dir: Path) -> list[Path]:
    tokens = tables.tokens.assign(
        doc_id=tables.tokens["doc_id"].astype("string"),
        clause_id=tables.tokens["clause_id"].astype("string"),
    ).sort_values(["doc_id", "start"], kind="stable")
    sentences = _sentence_texts(tables)
    paths = []
    for doc_id in tables.documents["doc_id"].astype("string").sort_values():
        own = tokens[tokens["doc_id"] == doc_id]
        path = out_dir / f"{doc_id}.conllu"
        blocks = [
            _sentence(doc_id, clause_id, index, group, sentences.get((clause_id, index, doc_id)))
            for (clause_id, index), group in own.groupby(
                ["clause_id", "sentence_index"], sort=False
            )
        ]
        path.write_text("".join(blocks), encoding="utf-8")
        paths.append(path)
    return paths


def _sentence_texts(tables: Tables) -> dict[tuple[str, int, str], str]:
    sentences = tables.sentences
    return {
        (str(row.clause_id), int(row.sentence_index), str(row.doc_id)): str(row.text)
        for row in sentences.itertuples()
    }


def _sentence(doc_id: str, clause_id: str, index: int, group: pd.DataFrame, text: Any) -> str:
    from conllu.models import Token, TokenList

    first = int(group["token_index"].min())
    ids = set(group["token_index"].astype(int))
    rows = list(group.itertuples())
    tokens = []
    for position, row in enumerate(rows):
        head = int(row.head_index)
        root = head == int(row.token_index) or head not in ids
        following = rows[position + 1] if position + 1 < len(rows) else None
        misc = {"TokenRange": f"{int(row.start)}:{int(row.end)}"}
        if following is not None and int(following.start) == int(row.end):
            misc["SpaceAfter"] = "No"
        tokens.append(
            Token(
                id=int(row.token_index) - first + 1,
                form=row.text,
                lemma=_field(row.lemma),
                upos=_field(row.upos),
                xpos=_field(row.xpos),
                feats=_feats(row.morph),
                head=0 if root else head - first + 1,
                deprel="root" if root else _field(row.dep),
                deps=None,
                misc=misc,
            )
        )
    metadata = {"sent_id": f"{doc_id}-{clause_id}-{index}"}
    if isinstance(text, str):
        metadata["text"] = " ".join(text.split())
    return TokenList(tokens, metadata=metadata).serialize()


def _field(value: Any) -> str:
    import pandas as pd

    return "_" if value is None or pd.isna(value) or value == "" else str(value)


def _feats(morph: Any) -> dict[str, str] | None:
    if not isinstance(morph, str) or not morph:
        return None
    return dict(sorted(part.split("=", 1) for part in morph.split("|") if "=" in part))


# ---------------------------------------------------------------------------
# Markdown


def _markdown(tables: Tables, out_dir: Path) -> list[Path]:
    clauses = tables.clauses.assign(doc_id=tables.clauses["doc_id"].astype("string"))
    statements = tables.statements.assign(
        doc_id=tables.statements["doc_id"].astype("string"),
        clause_id=tables.statements["clause_id"].astype("string"),
    ).sort_values(["doc_id", "aim_start", "statement_index"], kind="stable")
    by_clause = {key: group for key, group in statements.groupby(["doc_id", "clause_id"])}
    paths = []
    for document in tables.documents.sort_values("doc_id").itertuples():
        doc_id = str(document.doc_id)
        own = clauses[clauses["doc_id"] == doc_id].sort_values("ordinal")
        lines = _document_header(document)
        depth = _depths(own)
        for clause in own.itertuples():
            lines.extend(_clause_lines(clause, depth, by_clause.get((doc_id, clause.clause_id))))
        path = out_dir / f"{doc_id}.md"
        markdown = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).rstrip()
        path.write_text(markdown + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _document_header(document: Any) -> list[str]:
    import pandas as pd

    title = _md(document.title) if isinstance(document.title, str) else str(document.doc_id)
    facts = [
        f"{label}: {_md(value)}"
        for label, value in (
            ("organisation", document.organisation),
            ("år", document.year),
            ("källa", document.source_path),
            ("doc_id", document.doc_id),
        )
        if value is not None and not pd.isna(value)
    ]
    return [f"# {title}", "", " · ".join(facts), ""]


def _depths(clauses: pd.DataFrame) -> dict[str, int]:
    """How deep each clause sits in a list: 0 outside lists, 1 for an item of a paragraph."""
    parents = dict(zip(clauses["clause_id"], clauses["parent_id"], strict=True))
    kinds = dict(zip(clauses["clause_id"], clauses["kind"], strict=True))
    depths: dict[str, int] = {}
    for clause_id in clauses["clause_id"]:
        depth, current, seen = 0, clause_id, set()
        while kinds.get(current) == "list_item" and current not in seen:
            seen.add(current)
            depth += 1
            current = parents.get(current)
        depths[clause_id] = depth
    return depths


def _same_label(label: Any, clause_id: str) -> bool:
    """The printed label says what the clause id says (``1.1.1``, ``2.`` for ``2``, ``§ 3``
    for ``§3``): spacing and a closing ``.`` or ``)`` aside."""
    if not isinstance(label, str) or not label:
        return False
    return "".join(label.split()).rstrip(".)") == "".join(str(clause_id).split())


def _clause_lines(clause: Any, depth: dict[str, int], statements: pd.DataFrame | None) -> list:
    text = _md(" ".join(str(clause.text or "").split()))
    label = f"{_md(clause.label)} " if isinstance(clause.label, str) and clause.label else ""
    if clause.clause_id == TITLE_ID:
        return []  # the document header names it
    if clause.kind == "heading":
        return ["", f"## {label}{text}", ""]
    indent = "  " * depth[clause.clause_id]
    if _same_label(clause.label, clause.clause_id):
        label = ""  # `- **1.1.1** VD får …`, the number once (newuser56 fault 13)
    lines = [f"{indent}- **{_md(clause.clause_id)}** {label}{text}"]
    for row in [] if statements is None else statements.itertuples():
        lines.append(f"{indent}  - {_statement(row)}")
    return lines


def _statement(row: Any) -> str:
    import pandas as pd

    def text(value: Any) -> str | None:
        return None if value is None or pd.isna(value) else _md(str(value))

    actor = text(row.actor) or text(row.actor_text) or NO_ACTOR_LABEL
    parts = [f"*{row.deontic}*", f"{actor} → {text(row.aim) or '–'}"]
    if text(row.object_text):
        parts.append(f"objekt: {text(row.object_text)}")
    if text(row.condition_text):
        parts.append(f"villkor: {text(row.condition_text)}")
    flags = [name for name in ("negated", "passive") if getattr(row, name) is True]
    if flags:
        parts.append(", ".join(flags))
    return " · ".join(parts)


def _md(value: Any) -> str:
    """Escape the characters Markdown would read as markup."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", str(value))
