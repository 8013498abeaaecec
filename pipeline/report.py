"""Self-contained HTML report comparing documents (``styrdok report``).

One file, no network: CSS and JS inline, plots as inline SVG from matplotlib (text kept as
text in DejaVu Sans, so å, ä, ö render and stay searchable).  Every section is per
document (organisation and source format shown); duplicate documents are listed and
counted once.  Elements tests and scripts rely on have stable ids (``documents``,
``counts``, ``heatmap``, ``heatmap-data``, ``aims``, ``director-gaps``, ``warnings``,
``diff``, ``clause-browser``) and carry their numbers in ``data-*`` attributes.
"""

from __future__ import annotations

import html
import io
import logging
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pipeline.analysis import (
    CHIEF_EXECUTIVE,
    DEONTICS,
    actor_deontic_matrix,
    aims_by_document,
    default_role,
    document_summary,
    duties_per_actor,
    kept_documents,
    obligations_not_shared,
    warning_line,
)
from pipeline.tables import NO_ACTOR_LABEL, Tables, load_tables

log = logging.getLogger("styrdok.report")

DEONTIC_LABELS: dict[str, str] = {
    "obligation": "skyldighet",
    "recommendation": "rekommendation",
    "permission": "befogenhet",
    "prohibition": "förbud",
    "responsibility": "ansvar",
    "none": "ingen",
}
DEONTIC_COLOURS: dict[str, str] = {
    "obligation": "#1f5f99",
    "recommendation": "#7d5ba6",
    "permission": "#3a9a5b",
    "prohibition": "#c0392b",
    "responsibility": "#d68910",
}
ROLE_LABELS: dict[str, str] = {
    CHIEF_EXECUTIVE: "högsta tjänsteperson (regiondirektör, kommundirektör, VD …)",
    "board": "styrelse",
    "committee": "nämnd",
    "assembly": "fullmäktige eller stämma",
    "manager": "chef",
}
CHANGE_LABELS: dict[str, str] = {"added": "tillagd", "removed": "borttagen", "changed": "ändrad"}
FONT = "DejaVu Sans"


def write_report(processed_dir: Path, out_path: Path, diff: pd.DataFrame | None = None) -> Path:
    """Write the HTML report for the tables in ``processed_dir`` to ``out_path``; with a
    ``diff`` frame (:func:`pipeline.diff.diff_tables`), a section of what changed."""
    html_text = render_report(load_tables(processed_dir), diff)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(html_text, encoding="utf-8")
    return out_path


def render_report(tables: Tables, diff: pd.DataFrame | None = None) -> str:
    environment = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    template = environment.get_template("report.html.j2")
    return template.render(**report_context(tables, diff))


def report_context(tables: Tables, diff: pd.DataFrame | None = None) -> dict[str, Any]:
    documents = _documents(tables)
    labels = {d["doc_id"]: d["label"] for d in documents}
    matrix = actor_deontic_matrix(tables)
    role = default_role(tables)
    warnings = tables.warnings
    for row in warnings.itertuples():
        log.warning("%s", warning_line(row.doc_id, row.clause_id, row.message))
    return {
        "documents": documents,
        "deontics": [(d, DEONTIC_LABELS[d]) for d in DEONTICS],
        "organisations": _document_counts(tables, documents),
        "counts_svg": _counts_svg(duties_per_actor(tables), labels),
        "heatmap": _heatmap_cells(matrix, labels),
        "heatmap_svg": _heatmap_svg(matrix, labels),
        "actors": list(matrix.index),
        "aims": _aims(tables, labels),
        "director": ROLE_LABELS.get(role or "", role or "–"),
        "role": role,
        "gaps": _gaps(tables, role, labels),
        "warnings": warnings.astype(object).where(warnings.notna(), None).to_dict("records"),
        "diff": _diff_rows(diff),
        "browser": _browser(tables, documents),
    }


# ---------------------------------------------------------------------------
# Counts


def _documents(tables: Tables) -> list[dict[str, Any]]:
    """Every document (duplicates marked ``duplicate_of``), with a label naming it."""
    summary = document_summary(tables)
    summary["organisation"] = summary["organisation"].fillna(summary["doc_id"])
    organisations = summary["organisation"].value_counts()
    delegations = tables.delegations["doc_id"].astype("string").value_counts()
    rows = []
    for row in summary.itertuples():
        label = row.organisation
        if organisations[row.organisation] > 1:
            label = _version_label(row, summary[summary["organisation"] == row.organisation])
        rows.append(
            {
                "doc_id": row.doc_id,
                "organisation": row.organisation,
                "label": label,
                "title": _text(row.title),
                "year": None if pd.isna(row.year) else int(row.year),
                "format": row.format,
                "source": row.source,
                "duplicate_of": _text(row.duplicate_of),
                "clauses": int(row.clauses),
                # with a deontic, as the per-actor tables and summary() count them (round 50)
                "statements": int(row.statements),
                "no_deontic": int(row.none),
                "delegations": int(delegations.get(row.doc_id, 0)),
            }
        )
    return rows


def _version_label(row: Any, versions: pd.DataFrame) -> str:
    """One of several documents of an organisation, named by what tells it from the others
    (newuser52b fault 8): its year (``Rävsby kommun 2024``), else its title, else its doc_id
    as the last resort; no brackets, which the report's headings add (format, counts)."""
    years = versions["year"].dropna()
    if not pd.isna(row.year) and (years == row.year).sum() == 1:
        return f"{row.organisation} {int(row.year)}"
    same_year = versions if pd.isna(row.year) else versions[versions["year"] == row.year]
    title = _text(row.title)
    if title and (same_year["title"] == title).sum() == 1:
        year = "" if pd.isna(row.year) else f" {int(row.year)}"
        return f"{row.organisation}{year} – {title}"
    return f"{row.organisation} – {row.doc_id}"


def _document_counts(tables: Tables, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = duties_per_actor(tables)
    result = []
    for document in documents:
        if document["duplicate_of"]:
            continue
        own = counts[counts["doc_id"] == document["doc_id"]]
        # statements without an actor get a row of their own, so the rows add up to the total
        own = own.assign(actor=own["actor"].astype(object).where(own["actor"].notna(),
                                                                 NO_ACTOR_LABEL))
        table = own.pivot_table(
            index="actor", columns="deontic", values="statements", aggfunc="sum", fill_value=0
        ).reindex(columns=list(DEONTICS), fill_value=0)
        table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
        rows = [
            {"actor": actor, "counts": [int(v) for v in values], "total": int(sum(values))}
            for actor, values in zip(table.index, table.to_numpy().tolist(), strict=True)
        ]
        result.append(
            {
                "doc_id": document["doc_id"],
                "name": document["organisation"],
                "label": document["label"],
                "format": document["format"],
                "rows": rows,
                "totals": [int(v) for v in table.sum(axis=0).tolist()],
                "total": int(own["statements"].sum()),
            }
        )
    return result


def _heatmap_cells(matrix: pd.DataFrame, labels: dict[str, str]) -> dict[str, Any]:
    doc_ids = list(dict.fromkeys(matrix.columns.get_level_values(0)))
    return {
        "organisations": doc_ids,
        "labels": [labels.get(d, d) for d in doc_ids],
        "rows": [
            {
                "actor": actor,
                "cells": [
                    (doc_id, dev, int(matrix.loc[actor, (doc_id, dev)]))
                    for doc_id in doc_ids
                    for dev in DEONTICS
                ],
            }
            for actor in matrix.index
        ],
    }


def _aims(tables: Tables, labels: dict[str, str]) -> dict[str, Any]:
    aims = aims_by_document(tables)
    doc_ids = [c for c in aims.columns if c not in ("aim", "documents", "scope")]

    def rows(scope: str) -> list[dict[str, Any]]:
        part = aims[aims["scope"] == scope]
        return [
            {
                "aim": row["aim"],
                "counts": [int(row[d]) for d in doc_ids],
                "used_by": [d for d in doc_ids if row[d] > 0],
            }
            for _, row in part.iterrows()
        ]

    return {
        "organisations": [labels.get(d, d) for d in doc_ids],
        "shared": rows("alla"),
        "some": rows("flera"),
        "unique": rows("unik"),
    }


def _gaps(tables: Tables, role: str | None, labels: dict[str, str]) -> list[dict[str, Any]]:
    if role is None or len(kept_documents(tables)) < 2:
        return []  # nothing to compare with: no warning in a one-document report
    gaps = obligations_not_shared(tables, role)
    records = gaps.astype(object).where(gaps.notna(), None).to_dict("records")
    for record in records:
        record["label"] = labels.get(record["doc_id"], record["doc_id"])
        record["missing_label"] = labels.get(record["missing_in"], record["missing_in"])
    return records


def _diff_rows(diff: pd.DataFrame | None) -> list[dict[str, Any]] | None:
    if diff is None:
        return None
    records = diff.astype(object).where(diff.notna(), None).to_dict("records")
    for record in records:
        record["change_label"] = CHANGE_LABELS.get(record["change"], record["change"])
    return records


# ---------------------------------------------------------------------------
# Plots


def _figure_svg(figure: Any) -> Markup:
    """Inline SVG without the XML prologue; fixed hash salt and no date → stable output."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    # Inline SVG in HTML needs no namespaces; the RDF metadata block only names URLs.
    svg = re.sub(r"<!--.*?-->|<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    return Markup(re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg))


def _rc() -> dict[str, Any]:
    return {
        "font.family": "sans-serif",
        "font.sans-serif": [FONT, "Arial", "Liberation Sans"],
        "svg.fonttype": "none",
        "svg.hashsalt": "styrdok",
        "font.size": 10,
    }


def mpl_text(text: Any) -> str:
    """Text for matplotlib drawn as is: ``$`` would start mathtext (``$x$`` in an actor)."""
    return str(text).replace("$", r"\$")


def _wrap(text: str, width: int = 22) -> str:
    return "\n".join(textwrap.wrap(mpl_text(text), width)) or mpl_text(text)


def _counts_svg(counts: pd.DataFrame, labels: dict[str, str]) -> Markup | None:
    if counts.empty:
        return None
    import matplotlib as mpl
    from matplotlib.figure import Figure

    doc_ids = list(dict.fromkeys(counts["doc_id"]))
    with mpl.rc_context(_rc()):
        height = 1.2 + 0.35 * counts.groupby("doc_id")["actor"].nunique().sum()
        figure = Figure(figsize=(8, height))
        axes = figure.subplots(
            len(doc_ids),
            1,
            squeeze=False,
            sharex=True,
            height_ratios=[
                max(1, counts[counts["doc_id"] == d]["actor"].nunique()) for d in doc_ids
            ],
        )
        for axis, doc_id in zip(axes[:, 0], doc_ids, strict=True):
            _stacked_bars(axis, counts[counts["doc_id"] == doc_id], labels.get(doc_id, doc_id))
        axes[-1, 0].set_xlabel("satser")
        figure.tight_layout(rect=(0, 0, 1, 0.93))
        figure.legend(
            [DEONTIC_LABELS[d] for d in DEONTICS],
            loc="upper right",
            fontsize=8,
            frameon=False,
            ncols=len(DEONTICS),
        )
        return _figure_svg(figure)


def _stacked_bars(axis: Any, counts: pd.DataFrame, title: str) -> None:
    table = counts.pivot_table(
        index="actor", columns="deontic", values="statements", aggfunc="sum", fill_value=0
    ).reindex(columns=list(DEONTICS), fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(kind="stable").index]
    names = [mpl_text(actor) for actor in table.index]
    left = [0] * len(table)
    for deontic in DEONTICS:
        values = table[deontic].tolist()
        axis.barh(names, values, left=left, color=DEONTIC_COLOURS[deontic], height=0.6)
        left = [a + b for a, b in zip(left, values, strict=True)]
    axis.set_title(mpl_text(title), loc="left", fontsize=10, fontweight="bold")
    axis.spines[["top", "right"]].set_visible(False)
    axis.xaxis.get_major_locator().set_params(integer=True)


def _heatmap_svg(matrix: pd.DataFrame, labels: dict[str, str]) -> Markup | None:
    if matrix.empty or matrix.to_numpy().sum() == 0:
        return None
    import matplotlib as mpl
    from matplotlib.figure import Figure

    doc_ids = list(dict.fromkeys(matrix.columns.get_level_values(0)))
    peak = int(matrix.to_numpy().max())
    with mpl.rc_context(_rc()):
        # Each panel is wide enough for its title wrapped; deontic labels stand upright.
        figure = Figure(
            figsize=(1.6 + 0.6 * len(DEONTICS) * len(doc_ids), 2.2 + 0.42 * len(matrix)),
            layout="constrained",
        )
        axes = figure.subplots(1, len(doc_ids), squeeze=False, sharey=True)
        image = None
        for axis, doc_id in zip(axes[0], doc_ids, strict=True):
            image = _heatmap_panel(axis, matrix[doc_id], labels.get(doc_id, doc_id), peak)
        axes[0, 0].set_yticks(range(len(matrix)), [mpl_text(a) for a in matrix.index])
        colorbar = figure.colorbar(image, ax=axes[0].tolist(), shrink=0.8, label="satser")
        colorbar.ax.yaxis.get_major_locator().set_params(integer=True)
        return _figure_svg(figure)


def _heatmap_panel(axis: Any, values: pd.DataFrame, title: str, peak: int) -> Any:
    data = values[list(DEONTICS)].to_numpy()
    image = axis.imshow(data, cmap="Blues", vmin=0, vmax=max(peak, 1), aspect="auto")
    axis.set_xticks(
        range(len(DEONTICS)),
        [DEONTIC_LABELS[d] for d in DEONTICS],
        rotation=90,  # upright labels cannot overlap their neighbours, however long
        ha="center",
    )
    axis.set_title(_wrap(title), fontsize=9)
    for (row, column), count in pd.DataFrame(data).stack().items():
        colour = "white" if count > peak / 2 else "#1b1b1b"
        axis.text(column, row, str(count), ha="center", va="center", color=colour, fontsize=9)
    axis.tick_params(length=0)
    return image


# ---------------------------------------------------------------------------
# Clause browser


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # "actor" or "verb"
    title: str


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """Escape ``text`` and wrap spans (offsets into ``text``) in displaCy-style marks.

    Overlapping spans cannot nest in flat marks: the earlier (then longer) one wins.
    """
    ordered = sorted(spans, key=lambda span: (span.start, -(span.end - span.start)))
    parts, cursor = [], 0
    for span in ordered:
        if span.start < cursor or span.end > len(text) or span.start >= span.end:
            continue
        parts.append(html.escape(text[cursor : span.start]))
        tag = "AKTÖR" if span.label == "actor" else "VERB"
        parts.append(
            f'<mark class="{span.label}" title="{html.escape(span.title)}">'
            f"{html.escape(text[span.start : span.end])}"
            f'<span class="tag">{tag}</span></mark>'
        )
        cursor = span.end
    parts.append(html.escape(text[cursor:]))
    return Markup("".join(parts))


def _by_clause(frame: pd.DataFrame) -> dict[tuple[str, str], pd.DataFrame]:
    frame = frame.assign(
        doc_id=frame["doc_id"].astype("string"), clause_id=frame["clause_id"].astype("string")
    )
    return {key: part for key, part in frame.groupby(["doc_id", "clause_id"], sort=False)}


def _clause_spans(
    clause: Any, actors: pd.DataFrame | None, verbs: pd.DataFrame | None
) -> list[Span]:
    spans = []
    for row in [] if actors is None else actors.itertuples():
        title = " · ".join(
            v for v in (_text(row.canonical), _text(row.category), _text(row.role)) if v
        )
        spans.append(Span(row.start - clause.start, row.end - clause.start, "actor", title))
    for row in [] if verbs is None else verbs.itertuples():
        title = " · ".join(v for v in (_text(row.lemma), _text(row.tense), _text(row.voice)) if v)
        spans.append(Span(row.start - clause.start, row.end - clause.start, "verb", title))
    return spans


def _statement_rows(statements: pd.DataFrame | None) -> list[dict[str, Any]]:
    if statements is None:
        return []
    statements = statements.sort_values(["sentence_index", "statement_index"], kind="stable")
    return [
        {
            "actor": _text(row.actor) or _text(row.actor_text) or NO_ACTOR_LABEL,
            "actor_text": _text(row.actor_text),
            "deontic": _text(row.deontic) or "none",
            "deontic_label": DEONTIC_LABELS.get(_text(row.deontic) or "none", row.deontic),
            "modal": _text(row.modal),
            "aim": _text(row.aim),
            "aim_text": _text(row.aim_text),
            "object_text": _text(row.object_text),
            "condition_text": _text(row.condition_text),
            "negated": bool(row.negated) if not pd.isna(row.negated) else False,
            "passive": bool(row.passive) if not pd.isna(row.passive) else False,
        }
        for row in statements.itertuples()
    ]


def _browser(tables: Tables, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    actors, verbs = _by_clause(tables.actors), _by_clause(tables.verbs)
    statements = _by_clause(tables.statements)
    clauses = tables.clauses.assign(doc_id=tables.clauses["doc_id"].astype("string"))
    result = []
    for document in documents:
        if document["duplicate_of"]:
            continue
        own = clauses[clauses["doc_id"] == document["doc_id"]].sort_values("ordinal")
        items = []
        for clause in own.itertuples():
            key = (clause.doc_id, clause.clause_id)
            spans = _clause_spans(clause, actors.get(key), verbs.get(key))
            items.append(
                {
                    "clause_id": clause.clause_id,
                    "kind": _text(clause.kind),
                    "label": _text(clause.label),
                    "section_title": _text(clause.section_title),
                    "html": highlight(clause.text or "", spans),
                    "actors": sum(span.label == "actor" for span in spans),
                    "verbs": sum(span.label == "verb" for span in spans),
                    "statements": _statement_rows(statements.get(key)),
                }
            )
        result.append({**document, "clauses": items})
    return result


def _text(value: Any) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value)
