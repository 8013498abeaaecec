"""Self-contained HTML report comparing organisations (``styrdok report``).

One file, no network: CSS and JS inline, plots as inline SVG from matplotlib (text kept as
text in DejaVu Sans, so å, ä, ö render and stay searchable).  Elements tests and scripts rely
on have stable ids (``counts``, ``heatmap``, ``heatmap-data``, ``aims``, ``director-gaps``,
``clause-browser``) and carry their numbers in ``data-*`` attributes.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pipeline.analysis import (
    DEONTICS,
    actor_deontic_matrix,
    aims_by_organisation,
    chief_executive,
    duties_per_actor,
    obligations_not_shared,
)
from pipeline.tables import Tables, load_tables

DEONTIC_LABELS: dict[str, str] = {
    "obligation": "skyldighet",
    "permission": "befogenhet",
    "prohibition": "förbud",
    "responsibility": "ansvar",
    "none": "ingen",
}
DEONTIC_COLOURS: dict[str, str] = {
    "obligation": "#1f5f99",
    "permission": "#3a9a5b",
    "prohibition": "#c0392b",
    "responsibility": "#d68910",
}
FONT = "DejaVu Sans"


def write_report(processed_dir: Path, out_path: Path) -> Path:
    """Write the HTML report for the tables in ``processed_dir`` to ``out_path``."""
    html_text = render_report(load_tables(processed_dir))
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(html_text, encoding="utf-8")
    return out_path


def render_report(tables: Tables) -> str:
    environment = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    template = environment.get_template("report.html.j2")
    return template.render(**report_context(tables))


def report_context(tables: Tables) -> dict[str, Any]:
    matrix = actor_deontic_matrix(tables)
    director = chief_executive(tables)
    return {
        "documents": _documents(tables),
        "deontics": [(d, DEONTIC_LABELS[d]) for d in DEONTICS],
        "organisations": _organisation_counts(tables),
        "counts_svg": _counts_svg(duties_per_actor(tables)),
        "heatmap": _heatmap_cells(matrix),
        "heatmap_svg": _heatmap_svg(matrix),
        "actors": list(matrix.index),
        "aims": _aims(tables),
        "director": director,
        "gaps": obligations_not_shared(tables, actor=director).to_dict("records"),
        "browser": _browser(tables),
    }


# ---------------------------------------------------------------------------
# Counts


def _documents(tables: Tables) -> list[dict[str, Any]]:
    documents = tables.documents.sort_values(["organisation", "doc_id"], kind="stable")
    clauses = tables.clauses["doc_id"].astype("string").value_counts()
    statements = tables.statements["doc_id"].astype("string").value_counts()
    return [
        {
            "doc_id": row.doc_id,
            "organisation": _text(row.organisation) or row.doc_id,
            "title": _text(row.title),
            "year": None if pd.isna(row.year) else int(row.year),
            "clauses": int(clauses.get(row.doc_id, 0)),
            "statements": int(statements.get(row.doc_id, 0)),
        }
        for row in documents.itertuples()
    ]


def _organisation_counts(tables: Tables) -> list[dict[str, Any]]:
    counts = duties_per_actor(tables)
    organisations = sorted({d["organisation"] for d in _documents(tables)})
    result = []
    for organisation in organisations:
        own = counts[counts["organisation"] == organisation]
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
                "name": organisation,
                "rows": rows,
                "totals": [int(v) for v in table.sum(axis=0).tolist()],
                "total": int(own["statements"].sum()),
            }
        )
    return result


def _heatmap_cells(matrix: pd.DataFrame) -> dict[str, Any]:
    organisations = list(dict.fromkeys(matrix.columns.get_level_values(0)))
    return {
        "organisations": organisations,
        "rows": [
            {
                "actor": actor,
                "cells": [
                    (org, dev, int(matrix.loc[actor, (org, dev)]))
                    for org in organisations
                    for dev in DEONTICS
                ],
            }
            for actor in matrix.index
        ],
    }


def _aims(tables: Tables) -> dict[str, Any]:
    aims = aims_by_organisation(tables)
    organisations = [c for c in aims.columns if c not in ("aim", "organisations", "scope")]

    def rows(scope: str) -> list[dict[str, Any]]:
        part = aims[aims["scope"] == scope]
        return [
            {
                "aim": row["aim"],
                "counts": [int(row[o]) for o in organisations],
                "used_by": [o for o in organisations if row[o] > 0],
            }
            for _, row in part.iterrows()
        ]

    return {
        "organisations": organisations,
        "shared": rows("alla"),
        "some": rows("flera"),
        "unique": rows("unik"),
    }


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


def _counts_svg(counts: pd.DataFrame) -> Markup | None:
    if counts.empty:
        return None
    import matplotlib as mpl
    from matplotlib.figure import Figure

    organisations = sorted(counts["organisation"].unique())
    with mpl.rc_context(_rc()):
        height = 1.2 + 0.35 * counts.groupby("organisation")["actor"].nunique().sum()
        figure = Figure(figsize=(8, height))
        axes = figure.subplots(
            len(organisations),
            1,
            squeeze=False,
            sharex=True,
            height_ratios=[
                max(1, counts[counts["organisation"] == o]["actor"].nunique())
                for o in organisations
            ],
        )
        for axis, organisation in zip(axes[:, 0], organisations, strict=True):
            _stacked_bars(axis, counts[counts["organisation"] == organisation], organisation)
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


def _stacked_bars(axis: Any, counts: pd.DataFrame, organisation: str) -> None:
    table = counts.pivot_table(
        index="actor", columns="deontic", values="statements", aggfunc="sum", fill_value=0
    ).reindex(columns=list(DEONTICS), fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(kind="stable").index]
    left = [0] * len(table)
    for deontic in DEONTICS:
        values = table[deontic].tolist()
        axis.barh(table.index, values, left=left, color=DEONTIC_COLOURS[deontic], height=0.6)
        left = [a + b for a, b in zip(left, values, strict=True)]
    axis.set_title(organisation, loc="left", fontsize=10, fontweight="bold")
    axis.spines[["top", "right"]].set_visible(False)
    axis.xaxis.get_major_locator().set_params(integer=True)


def _heatmap_svg(matrix: pd.DataFrame) -> Markup | None:
    if matrix.empty or matrix.to_numpy().sum() == 0:
        return None
    import matplotlib as mpl
    from matplotlib.figure import Figure

    organisations = list(dict.fromkeys(matrix.columns.get_level_values(0)))
    peak = int(matrix.to_numpy().max())
    with mpl.rc_context(_rc()):
        figure = Figure(figsize=(1.4 + 2.6 * len(organisations), 1.6 + 0.42 * len(matrix)))
        axes = figure.subplots(1, len(organisations), squeeze=False, sharey=True)
        image = None
        for axis, organisation in zip(axes[0], organisations, strict=True):
            image = _heatmap_panel(axis, matrix[organisation], organisation, peak)
        axes[0, 0].set_yticks(range(len(matrix)), list(matrix.index))
        colorbar = figure.colorbar(image, ax=axes[0].tolist(), shrink=0.8, label="satser")
        colorbar.ax.yaxis.get_major_locator().set_params(integer=True)
        return _figure_svg(figure)


def _heatmap_panel(axis: Any, values: pd.DataFrame, organisation: str, peak: int) -> Any:
    data = values[list(DEONTICS)].to_numpy()
    image = axis.imshow(data, cmap="Blues", vmin=0, vmax=max(peak, 1), aspect="auto")
    axis.set_xticks(
        range(len(DEONTICS)), [DEONTIC_LABELS[d] for d in DEONTICS], rotation=35, ha="right"
    )
    axis.set_title(organisation, fontsize=10)
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
            "actor": _text(row.actor) or _text(row.actor_text),
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


def _browser(tables: Tables) -> list[dict[str, Any]]:
    actors, verbs = _by_clause(tables.actors), _by_clause(tables.verbs)
    statements = _by_clause(tables.statements)
    clauses = tables.clauses.assign(doc_id=tables.clauses["doc_id"].astype("string"))
    documents = []
    for document in _documents(tables):
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
        documents.append({**document, "clauses": items})
    return documents


def _text(value: Any) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value)
