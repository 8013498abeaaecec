"""Analysts' view: ready-made joins and recipes over the tables of ``pipeline.load()``.

Every function takes a :class:`pipeline.tables.Tables` and returns a fresh DataFrame with a
default RangeIndex (or a named index where the result is a matrix), sorted deterministically,
so results can be compared with ``pandas.testing.assert_frame_equal``.  Recipes are documented
with their output on the seeds in ``docs/analysis.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from pipeline.tables import Tables

DEONTICS: tuple[str, ...] = ("obligation", "permission", "prohibition", "responsibility")
# What a governance document *requires* of an actor: "ska …" and "ansvarar för …" alike.
DUTIES: tuple[str, ...] = ("obligation", "responsibility")
DIRECTOR = "regiondirektör"


def _key(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Join keys as plain strings: categoricals of different tables have different categories."""
    frame = frame.copy()
    for column in columns:
        frame[column] = frame[column].astype("string")
    return frame


def _organisations(tables: Tables) -> pd.DataFrame:
    documents = _key(tables.documents[["doc_id", "organisation", "title", "year"]], ["doc_id"])
    documents["organisation"] = (
        documents["organisation"].astype("string").fillna(documents["doc_id"])
    )
    return documents


def _with_organisation(tables: Tables, frame: pd.DataFrame) -> pd.DataFrame:
    documents = _organisations(tables)[["doc_id", "organisation"]]
    joined = _key(frame, ["doc_id"]).merge(documents, on="doc_id", how="left")
    joined["organisation"] = joined["organisation"].fillna(joined["doc_id"])
    return joined


def statements_with_context(tables: Tables) -> pd.DataFrame:
    """Statements with their organisation, document title and year, clause text and section.

    One row per statement; the statement columns keep their names, the added ones are
    ``organisation``, ``title``, ``year``, ``clause_kind``, ``clause_label``, ``section``,
    ``section_title`` and ``clause_text``.
    """
    clauses = tables.clauses[
        ["doc_id", "clause_id", "kind", "label", "section", "section_title", "text", "ordinal"]
    ].rename(
        columns={
            "kind": "clause_kind",
            "label": "clause_label",
            "text": "clause_text",
            "ordinal": "clause_ordinal",
        }
    )
    clauses = _key(clauses, ["doc_id", "clause_id"])
    statements = _key(tables.statements, ["doc_id", "clause_id"])
    joined = statements.merge(clauses, on=["doc_id", "clause_id"], how="left")
    joined = joined.merge(_organisations(tables), on="doc_id", how="left")
    joined["organisation"] = joined["organisation"].fillna(joined["doc_id"])
    context = [
        "organisation",
        "doc_id",
        "title",
        "year",
        "clause_id",
        "clause_kind",
        "clause_label",
        "section",
        "section_title",
        "clause_text",
    ]
    rest = [c for c in statements.columns if c not in context]
    joined = joined.sort_values(
        ["organisation", "doc_id", "clause_ordinal", "sentence_index", "statement_index"],
        kind="stable",
    )
    result = joined[context + rest].reset_index(drop=True)
    for column in ("organisation", "doc_id", "section_title"):
        result[column] = result[column].astype("category")
    return result


def duties_per_actor(tables: Tables, deontics: Sequence[str] = DEONTICS) -> pd.DataFrame:
    """Statement counts by organisation × actor × deontic (only combinations that occur).

    ``deontics`` defaults to every deontic except ``none``; columns: organisation, actor,
    deontic, statements.  Sorted by organisation, then most statements first.
    """
    statements = _with_organisation(tables, tables.statements[["doc_id", "actor", "deontic"]])
    statements = _key(statements, ["actor", "deontic"])
    statements = statements[statements["deontic"].isin(list(deontics))]
    counts = (
        statements.groupby(["organisation", "actor", "deontic"], dropna=False)
        .size()
        .rename("statements")
        .reset_index()
    )
    counts["statements"] = counts["statements"].astype("int64")
    counts = counts.sort_values(
        ["organisation", "statements", "actor", "deontic"],
        ascending=[True, False, True, True],
        kind="stable",
    )
    return counts.reset_index(drop=True)


def actor_deontic_matrix(tables: Tables, deontics: Sequence[str] = DEONTICS) -> pd.DataFrame:
    """Counts as a matrix: one row per actor, columns (organisation, deontic); zeros filled.

    Rows are ordered by total statements (most first); every organisation of ``documents``
    and every deontic in ``deontics`` has its columns even where the count is zero.
    """
    counts = duties_per_actor(tables, deontics)
    organisations = sorted(_organisations(tables)["organisation"].dropna().unique())
    columns = pd.MultiIndex.from_product(
        [organisations, list(deontics)], names=["organisation", "deontic"]
    )
    matrix = counts.pivot_table(
        index="actor",
        columns=["organisation", "deontic"],
        values="statements",
        aggfunc="sum",
        fill_value=0,
    )
    matrix = matrix.reindex(columns=columns, fill_value=0).astype("int64")
    totals = matrix.sum(axis=1)
    order = sorted(matrix.index, key=lambda actor: (-totals[actor], actor))
    return matrix.loc[order]


def _trigrams(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    padded = f" {' '.join(words)} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def object_similarity(left: str | None, right: str | None) -> float:
    """Jaccard similarity of character trigrams: tolerant of inflection and word order.

    Two missing objects are identical (1.0); one missing object matches nothing (0.0).
    """
    left = left if isinstance(left, str) and left.strip() else None
    right = right if isinstance(right, str) and right.strip() else None
    if left is None and right is None:
        return 1.0
    if left is None or right is None:
        return 0.0
    a, b = _trigrams(left), _trigrams(right)
    return len(a & b) / len(a | b)


def _duty_statements(tables: Tables, actor: str, deontics: Sequence[str]) -> pd.DataFrame:
    frame = statements_with_context(tables)
    frame = _key(frame, ["actor", "deontic", "aim"])
    keep = (frame["actor"] == actor) & frame["deontic"].isin(list(deontics))
    return frame[keep]


def chief_executive(tables: Tables) -> str:
    """The actor the documents instruct: the ``…direktör``/``…chef`` with most statements
    (``regiondirektör`` for region instructions, ``kommundirektör`` for municipal ones)."""
    actors = tables.statements["actor"].dropna().astype(str)
    chiefs = actors[actors.str.endswith(("direktör", "chef"))]
    if chiefs.empty:
        return DIRECTOR
    counts = chiefs.value_counts()
    return min(counts.index, key=lambda actor: (-counts[actor], actor))


def obligations_not_shared(
    tables: Tables,
    actor: str = DIRECTOR,
    deontics: Sequence[str] = DUTIES,
    threshold: float = 0.3,
) -> pd.DataFrame:
    """Duties one organisation gives ``actor`` that another organisation does not.

    A statement of organisation A is matched in organisation B when B has a statement for the
    same actor and a deontic in ``deontics`` with the same aim lemma and an object whose
    :func:`object_similarity` is at least ``threshold``.  One row per unmatched
    (statement, B) pair: organisation, missing_in, clause_id, deontic, aim, object_text, and
    the closest object B has for the same aim (``closest_object``, ``similarity``; null/0.0
    when B never uses that aim for the actor).
    """
    duties = _duty_statements(tables, actor, deontics)
    organisations = sorted(_organisations(tables)["organisation"].dropna().unique())
    rows = []
    for statement in duties.itertuples(index=False):
        for other in organisations:
            if other == statement.organisation:
                continue
            candidates = duties[
                (duties["organisation"] == other) & (duties["aim"] == statement.aim)
            ]
            best_object, best = None, 0.0
            for candidate in candidates["object_text"]:
                similarity = object_similarity(statement.object_text, candidate)
                if best_object is None or similarity > best:
                    best_object, best = candidate, similarity
            if best_object is not None and best >= threshold:
                continue
            rows.append(
                {
                    "organisation": statement.organisation,
                    "missing_in": other,
                    "clause_id": statement.clause_id,
                    "deontic": statement.deontic,
                    "aim": statement.aim,
                    "object_text": statement.object_text,
                    "closest_object": best_object,
                    "similarity": round(best, 3),
                }
            )
    columns = [
        "organisation",
        "missing_in",
        "clause_id",
        "deontic",
        "aim",
        "object_text",
        "closest_object",
        "similarity",
    ]
    result = pd.DataFrame(rows, columns=columns)
    for column in columns[:-1]:
        result[column] = result[column].astype("string")
    result["similarity"] = result["similarity"].astype("float64")
    # Statements keep document order within an organisation (statements_with_context order).
    return result.sort_values(["organisation", "missing_in"], kind="stable").reset_index(drop=True)


def actors_per_organisation(tables: Tables) -> pd.DataFrame:
    """Which actors appear at all: mention counts, one row per actor, one column per organisation.

    Counts every ACTOR mention (any syntactic role, not only statement subjects) by its
    canonical form; ``> 0`` gives presence.  Sorted by the number of organisations the actor
    appears in, then by total mentions, then alphabetically.
    """
    actors = _with_organisation(tables, tables.actors[["doc_id", "text", "canonical"]])
    actors["actor"] = actors["canonical"].astype("string").fillna(actors["text"].str.lower())
    organisations = sorted(_organisations(tables)["organisation"].dropna().unique())
    matrix = pd.crosstab(actors["actor"], actors["organisation"])
    matrix = matrix.reindex(columns=organisations, fill_value=0).astype("int64")
    matrix.columns.name = "organisation"
    matrix.index.name = "actor"
    present = (matrix > 0).sum(axis=1)
    totals = matrix.sum(axis=1)
    order = sorted(matrix.index, key=lambda actor: (-present[actor], -totals[actor], actor))
    return matrix.loc[order]


def clauses_per_section(tables: Tables) -> pd.DataFrame:
    """How many clauses (paragraphs and list items, headings excluded) each section holds.

    Columns: organisation, doc_id, section, section_title, clauses; sections in document
    order.  Documents without numbered sections give one row with a null section.
    """
    clauses = _with_organisation(
        tables, tables.clauses[["doc_id", "kind", "section", "section_title", "ordinal"]]
    )
    clauses = _key(clauses, ["kind", "section", "section_title"])
    clauses = clauses[clauses["kind"] != "heading"]
    keys = ["organisation", "doc_id", "section", "section_title"]
    grouped = clauses.groupby(keys, dropna=False, sort=False).agg(
        clauses=("ordinal", "size"), first=("ordinal", "min")
    )
    grouped = grouped.reset_index().sort_values(["organisation", "doc_id", "first"])
    grouped["clauses"] = grouped["clauses"].astype("int64")
    return grouped.drop(columns="first").reset_index(drop=True)


def aims_by_organisation(tables: Tables, deontics: Sequence[str] = DEONTICS) -> pd.DataFrame:
    """Aim lemmas × organisations (statement counts) and whether the aim is shared.

    Columns: aim, one count column per organisation, ``organisations`` (how many use the
    aim) and ``scope``: ``"alla"`` (every organisation), ``"unik"`` (exactly one, when there
    is more than one organisation) or ``"flera"``.  Sorted by scope, then most-used first.
    """
    statements = _with_organisation(tables, tables.statements[["doc_id", "aim", "deontic"]])
    statements = _key(statements, ["aim", "deontic"])
    statements = statements[statements["deontic"].isin(list(deontics))].dropna(subset=["aim"])
    organisations = sorted(_organisations(tables)["organisation"].dropna().unique())
    matrix = pd.crosstab(statements["aim"], statements["organisation"])
    matrix = matrix.reindex(columns=organisations, fill_value=0).astype("int64")
    matrix.columns.name = None
    result = matrix.reset_index().rename(columns={"index": "aim"})
    result["organisations"] = (matrix > 0).sum(axis=1).to_numpy().astype("int64")
    result["scope"] = [_scope(n, len(organisations)) for n in result["organisations"]]
    result["_order"] = result["scope"].map({"alla": 0, "flera": 1, "unik": 2})
    result["_total"] = matrix.sum(axis=1).to_numpy()
    result = result.sort_values(
        ["_order", "_total", "aim"], ascending=[True, False, True], kind="stable"
    )
    result["aim"] = result["aim"].astype("string")
    return result.drop(columns=["_order", "_total"]).reset_index(drop=True)


def _scope(count: int, organisations: int) -> str:
    if count == organisations:
        return "alla"
    return "unik" if count == 1 else "flera"
