"""Analysts' view: ready-made joins and recipes over the tables of ``pipeline.load()``.

Every recipe works per document: a row or column is one document (``doc_id``), and long
frames carry the document's ``organisation`` and source ``format`` beside it.  Documents
with the same normalized text (a ``.txt`` and a ``.pdf`` copy of one instruction) are
counted once — the first by ``doc_id`` — and the others are noted in the log and in
:func:`document_warnings`.  Comparisons across documents pair actors by their ``role``
(``chief_executive`` ↔ ``chief_executive``: a regiondirektör with a kommundirektör or a
VD).  A recipe that finds nothing logs a warning saying why instead of returning an empty
frame silently.

Every function takes a :class:`pipeline.tables.Tables` and returns a fresh DataFrame with a
default RangeIndex (or a named index where the result is a matrix), sorted deterministically,
so results can be compared with ``pandas.testing.assert_frame_equal``.  Recipes are documented
with their output on the seeds in ``docs/analysis.md``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import PurePath

import pandas as pd

from pipeline.ingest import ocr_message
from pipeline.roles import ROLES
from pipeline.tables import Tables

log = logging.getLogger("styrdok.analysis")

DEONTICS: tuple[str, ...] = (
    "obligation",
    "recommendation",
    "permission",
    "prohibition",
    "responsibility",
)
# What a governance document *requires* of an actor: "ska …" and "ansvarar för …" alike.
DUTIES: tuple[str, ...] = ("obligation", "responsibility")
CHIEF_EXECUTIVE = "chief_executive"
TEXT_FORMAT = "text"  # documents given to styrdok.analyze as a string

# ---------------------------------------------------------------------------
# FALLBACK ONLY: the actor role from its canonical form, used when the tables have no
# `role` column of institutional roles (before the extractor writes one).  Checked in order.
_FALLBACK_CHIEFS = frozenset(
    {
        "regiondirektör",
        "kommundirektör",
        "kommunchef",
        "stadsdirektör",
        "förbundsdirektör",
        "verkställande direktör",
        "vd",
        "landstingsdirektör",
        "koncernchef",
    }
)
_FALLBACK_RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # role, whole words or suffixes (ending with), words contained
    ("owner", ("ägare", "ägarråd"), ()),
    ("chair", ("ordförande", "kommunalråd", "regionråd"), ("ordförande",)),
    ("auditor", ("revisor", "revisorer", "lekmannarevisor"), ()),
    ("assembly", ("fullmäktige", "bolagsstämma", "förbundsstämma", "stämma"), ()),
    ("board", ("styrelse", "direktion"), ()),
    ("committee", ("nämnd", "utskott", "beredning", "presidium"), ()),
    ("elected", ("ledamot", "ersättare", "förtroendevald"), ()),
    ("manager", ("chef", "direktör", "rektor"), ()),
    (
        "employee",
        ("medarbetare", "tjänsteperson", "tjänsteman", "handläggare", "anställd", "controller"),
        ("jurist",),
    ),
    (
        "unit",
        ("förvaltning", "kontor", "avdelning", "enhet", "stab", "sekretariat", "kansli"),
        ("ledningsgrupp", "division"),
    ),
    ("organisation", ("kommun", "region", "bolag", "förbund", "stad", " ab"), ()),
    ("external", ("myndighet", "leverantör", "medborgare", "vårdgivare", "utförare"), ()),
)


def fallback_role(canonical: str | None, text: str | None = None) -> str | None:
    """FALLBACK: an institutional role for an actor canonical, from its head noun; the
    mention's ``text`` tells a ``verkställande direktören`` read as ``direktör``."""
    if not isinstance(canonical, str) or not canonical.strip():
        return None
    name = canonical.lower().strip()
    surface = " ".join(text.lower().split()) if isinstance(text, str) else ""
    if name in _FALLBACK_CHIEFS or surface.startswith(("verkställande direktör", "vd ")):
        return CHIEF_EXECUTIVE
    words = name.split()
    if words[0] in {"region", "kommun"} or name.endswith((" ab", " kommun")):
        return "organisation"
    last = words[-1]
    for role, endings, contained in _FALLBACK_RULES:
        if last.endswith(endings) or any(word in name for word in contained):
            return role
    return "other"


def _has_roles(frame: pd.DataFrame) -> bool:
    if "role" not in frame.columns:
        return False
    values = set(frame["role"].dropna().astype(str))
    return bool(values) and values <= set(ROLES)


def statement_roles(tables: Tables) -> pd.Series:
    """Each statement's actor role: the tables' ``role`` column, else the fallback mapping."""
    statements = tables.statements
    if _has_roles(statements):
        return statements["role"].astype("string")
    texts = dict(
        zip(
            tables.documents["doc_id"].astype(str),
            tables.documents["normalized_text"],
            strict=True,
        )
    )
    roles = [
        fallback_role(actor, _with_word_before(texts.get(str(doc_id)), text, start))
        for doc_id, actor, text, start in zip(
            statements["doc_id"].astype(object),
            statements["actor"].astype(object),
            statements["actor_text"].astype(object),
            statements["actor_start"].astype(object),
            strict=True,
        )
    ]
    return pd.Series(roles, index=statements.index, dtype="string")


def _with_word_before(document: object, text: object, start: object) -> str | None:
    """FALLBACK: the mention with the word before it (``Verkställande`` ``direktören``)."""
    if not isinstance(text, str) or not isinstance(document, str) or pd.isna(start):
        return text if isinstance(text, str) else None
    before = document[max(0, int(start) - 30) : int(start)].split()
    return f"{before[-1]} {text}" if before else text


# ---------------------------------------------------------------------------
# Documents


def _key(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Join keys as plain strings: categoricals of different tables have different categories."""
    frame = frame.copy()
    for column in columns:
        frame[column] = frame[column].astype("string")
    return frame


def source_format(source_path: str | None) -> str:
    """``pdf``, ``docx``, ``odt`` (``.fodt`` too), ``txt``, ``html`` (``.htm`` too), ``md``
    (``.markdown`` too) from the file name; ``text`` for a string given to analyze."""
    if not isinstance(source_path, str) or not source_path or source_path.startswith("<"):
        return TEXT_FORMAT
    suffix = PurePath(source_path).suffix.lower().lstrip(".")
    return {"htm": "html", "fodt": "odt", "markdown": "md"}.get(suffix, suffix) or TEXT_FORMAT


def documents_overview(tables: Tables) -> pd.DataFrame:
    """One row per document: doc_id, organisation, title, year, format, source and
    ``duplicate_of`` (the doc_id of an earlier document with the same normalized text)."""
    documents = _key(
        tables.documents[
            ["doc_id", "organisation", "title", "year", "source_path", "normalized_text"]
        ],
        ["doc_id", "organisation", "title"],
    ).sort_values("doc_id", kind="stable")
    documents["organisation"] = documents["organisation"].fillna(documents["doc_id"])
    documents["format"] = documents["source_path"].map(source_format).astype("string")
    documents["source"] = (
        documents["source_path"]
        .map(lambda p: PurePath(p).name if source_format(p) != TEXT_FORMAT else "(text)")
        .astype("string")
    )
    first: dict[str, str] = {}
    duplicates = []
    for doc_id, text in zip(documents["doc_id"], documents["normalized_text"], strict=True):
        key = text if isinstance(text, str) else f"\0{doc_id}"
        duplicates.append(first.get(key))
        first.setdefault(key, doc_id)
    documents["duplicate_of"] = pd.array(duplicates, dtype="string")
    columns = ["doc_id", "organisation", "title", "year", "format", "source", "duplicate_of"]
    return documents[columns].reset_index(drop=True)


def kept_documents(tables: Tables) -> pd.DataFrame:
    """:func:`documents_overview` without duplicates (each noted in the log)."""
    documents = documents_overview(tables)
    for row in documents.dropna(subset=["duplicate_of"]).itertuples():
        log.info(
            "%s has the same text as %s (%s, %s): counted once",
            row.doc_id,
            row.duplicate_of,
            row.organisation,
            row.format,
        )
    kept = documents[documents["duplicate_of"].isna()]
    return kept.drop(columns="duplicate_of").reset_index(drop=True)


def _with_document(tables: Tables, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` restricted to kept documents, with organisation and format added."""
    documents = kept_documents(tables)[["doc_id", "organisation", "format"]]
    return _key(frame, ["doc_id"]).merge(documents, on="doc_id", how="inner")


def _document_ids(tables: Tables) -> list[str]:
    return list(kept_documents(tables)["doc_id"])


def document_summary(tables: Tables) -> pd.DataFrame:
    """One row per document (duplicates included, marked): organisation, title, year, format,
    source, duplicate_of, clauses, statements, one count column per deontic and `none`.
    `statements` counts the statements with a deontic (the sum of the deontic columns), as
    the report's Dokument table does; `none` those without one (`Styrelsen är beslutför när
    …`), which no sum counts (round 50, nu50b fault 8). The organisation is null where none
    was found (round 49, nu49 fault 15: not the doc_id, which the other frames put there to
    keep a document's rows apart)."""
    documents = documents_overview(tables)
    found = _key(tables.documents[["doc_id", "organisation"]], ["doc_id", "organisation"])
    named = found.dropna(subset=["organisation"]).set_index("doc_id")["organisation"]
    documents["organisation"] = documents["doc_id"].map(named).astype("string")
    clauses = tables.clauses["doc_id"].astype("string").value_counts()
    statements = _key(tables.statements[["doc_id", "deontic"]], ["doc_id", "deontic"])
    documents["clauses"] = documents["doc_id"].map(clauses).fillna(0).astype("int64")
    by_deontic = pd.crosstab(statements["doc_id"], statements["deontic"])
    for deontic in DEONTICS:
        counts = by_deontic[deontic] if deontic in by_deontic.columns else pd.Series(dtype=int)
        documents[deontic] = documents["doc_id"].map(counts).fillna(0).astype("int64")
    documents.insert(
        documents.columns.get_loc("clauses") + 1, "statements",
        documents[list(DEONTICS)].sum(axis=1).astype("int64"),
    )
    every = documents["doc_id"].map(statements["doc_id"].value_counts()).fillna(0)
    documents["none"] = (every.astype("int64") - documents["statements"]).astype("int64")
    return documents


def document_warnings(tables: Tables) -> pd.DataFrame:
    """What to check by hand: columns doc_id, clause_id, kind, message.

    ``duplicate`` (same normalized text as another document), ``no-statements`` (a document
    the NLP stage ran on that yields no statement), ``lead-in`` (a lead-in ending in ``:``
    whose list items hold no statement), ``ocr`` (pages read by OCR, round 48), ``failed`` (a
    file of the last run that could not be processed, from ``errors.parquet``; its doc_id, or
    none where it has none: its message opens with its path; round 49, newuser53 fault 11),
    ``passed_over`` (a file of a type styrdok does not read, with the way forward; round 52),
    ``second-document`` (a later document's title in the file, its page; newuser55 fault 7).
    A document with delegation rows has something found: no ``no-statements`` (newuser53
    fault 4). :func:`warning_line` writes one for a log.
    """
    rows = _failed_files(tables)
    documents = tables.documents
    for doc_id, pages in zip(documents["doc_id"], documents["ocr_pages"], strict=True):
        if pages is not None and len(pages):
            rows.append((doc_id, None, "ocr", ocr_message(int(page) for page in pages)))
    overview = documents_overview(tables)
    for row in overview.dropna(subset=["duplicate_of"]).itertuples():
        message = f"same normalized text as {row.duplicate_of}; analyses count it once"
        rows.append((row.doc_id, None, "duplicate", message))
    with_tokens = set(tables.tokens["doc_id"].astype("string").dropna())
    with_statements = set(tables.statements["doc_id"].astype("string").dropna())
    with_delegations = set(tables.delegations["doc_id"].astype("string").dropna())
    for doc_id in sorted(with_tokens - with_statements - with_delegations):
        rows.append((doc_id, None, "no-statements", "no statements found in the document"))
    rows.extend(_empty_lead_ins(tables, with_statements))
    rows.extend(_later_documents(tables))
    frame = pd.DataFrame(rows, columns=["doc_id", "clause_id", "kind", "message"])
    return (
        frame.astype("string").sort_values(["doc_id", "kind"], kind="stable").reset_index(drop=True)
    )


def _failed_files(tables: Tables) -> list[tuple]:
    """A ``failed`` row per file that failed, a ``passed_over`` row per file of a type not
    read (stage ``passed_over`` in ``errors.parquet``; round 52, nu52 fault 4)."""
    errors = tables.errors
    return [
        (doc_id if isinstance(doc_id, str) else None, None, "passed_over", message)
        if stage == "passed_over"
        else (doc_id if isinstance(doc_id, str) else None, None, "failed",
              f"failed [{stage}]: {message}")
        for doc_id, stage, message in zip(
            errors["doc_id"], errors["stage"], errors["message"], strict=True
        )
    ]


def _later_documents(tables: Tables) -> list[tuple]:
    """A ``second-document`` row per later document's title in a file (`title2` …; newuser55
    fault 7): the page where it opens, so that it can be split off and counted."""
    from pipeline.segment.second_documents import LATER_TITLE, later_title_message

    clauses = tables.clauses
    return [
        (doc_id, clause_id, "second-document",
         later_title_message(None if pd.isna(page) else int(page), text))
        for doc_id, clause_id, page, text in zip(
            clauses["doc_id"], clauses["clause_id"], clauses["page"], clauses["text"], strict=True
        )
        if isinstance(clause_id, str) and LATER_TITLE.fullmatch(clause_id)
    ]


def warning_line(doc_id: object, clause_id: object, message: str) -> str:
    """A warning for a log: `doc_id [clause_id]: message`, the parts it lacks left out (a
    file without a doc_id: its message, which names its path; newuser53 fault 11)."""
    where = " ".join(part for part in (
        doc_id if isinstance(doc_id, str) else None,
        f"[{clause_id}]" if isinstance(clause_id, str) else None,
    ) if part)
    return f"{where}: {message}" if where else message


def _empty_lead_ins(tables: Tables, with_statements: set[str]) -> list[tuple]:
    clauses = _key(
        tables.clauses[["doc_id", "clause_id", "parent_id", "kind", "text"]],
        [
            "doc_id",
            "clause_id",
            "parent_id",
            "kind",
        ],
    )
    clauses = clauses[clauses["doc_id"].isin(with_statements)]
    have = set(
        zip(
            tables.statements["doc_id"].astype("string"),
            tables.statements["clause_id"].astype("string"),
            strict=True,
        )
    )
    items = clauses[clauses["kind"] == "list_item"]
    children: dict[tuple[str, str], list[str]] = {}
    for row in items.dropna(subset=["parent_id"]).itertuples():
        children.setdefault((row.doc_id, row.parent_id), []).append(row.clause_id)
    rows = []
    for row in clauses.itertuples():
        kids = children.get((row.doc_id, row.clause_id))
        text = row.text if isinstance(row.text, str) else ""
        if not kids or not text.rstrip().endswith(":") or (row.doc_id, row.clause_id) in have:
            continue
        if not _any_item_stated(row.doc_id, kids, children, have):
            excerpt = text if len(text) <= 70 else f"{text[:67]}…"
            message = f"lead-in with no statements in its items: {excerpt!r}"
            rows.append((row.doc_id, row.clause_id, "lead-in", message))
    return rows


def _any_item_stated(
    doc_id: str,
    kids: list[str],
    children: dict[tuple[str, str], list[str]],
    have: set[tuple[str, str]],
) -> bool:
    """Whether an item of the lead-in, or a sub-item at any depth, holds a statement
    (newuser57b fault 9: `ge kommunstyrelsen stöd i` ⏎ `– budgetarbetet` states in its
    sub-items)."""
    stack, seen = list(kids), set()
    while stack:
        kid = stack.pop()
        if (doc_id, kid) in have:
            return True
        if kid not in seen:
            seen.add(kid)
            stack.extend(children.get((doc_id, kid), ()))
    return False


# ---------------------------------------------------------------------------
# Statements


def statements_with_context(tables: Tables) -> pd.DataFrame:
    """Statements with their document (organisation, format, title, year), actor role,
    clause text and section.

    One row per statement of a kept document; the statement columns keep their names, the
    added ones are ``organisation``, ``format``, ``title``, ``year``, ``role``,
    ``clause_kind``, ``clause_label``, ``section``, ``section_title`` and ``clause_text``.
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
    if "role" not in statements.columns or not _has_roles(statements):
        statements["role"] = statement_roles(tables).to_numpy()
    documents = kept_documents(tables)[["doc_id", "organisation", "format", "title", "year"]]
    joined = statements.merge(documents, on="doc_id", how="inner")
    joined = joined.merge(clauses, on=["doc_id", "clause_id"], how="left")
    context = [
        "doc_id",
        "organisation",
        "format",
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
        ["doc_id", "clause_ordinal", "sentence_index", "statement_index"], kind="stable"
    )
    result = joined[context + rest].reset_index(drop=True)
    for column in ("doc_id", "organisation", "format", "section_title", "role"):
        result[column] = result[column].astype("category")
    if result.empty:
        log.warning("statements_with_context: no statements (was the NLP stage run?)")
    return result


def duties_per_actor(tables: Tables, deontics: Sequence[str] = DEONTICS) -> pd.DataFrame:
    """Statement counts by document × actor × deontic (only combinations that occur).

    ``deontics`` defaults to every deontic except ``none``; columns: doc_id, organisation,
    format, actor, role, deontic, statements.  Sorted by document, then most statements
    first.
    """
    statements = tables.statements[["doc_id", "actor", "deontic"]].assign(
        role=statement_roles(tables).to_numpy()
    )
    statements = _key(_with_document(tables, statements), ["actor", "deontic", "role"])
    statements = statements[statements["deontic"].isin(list(deontics))]
    keys = ["doc_id", "organisation", "format", "actor", "role", "deontic"]
    counts = statements.groupby(keys, dropna=False).size().rename("statements").reset_index()
    counts["statements"] = counts["statements"].astype("int64")
    counts = counts.sort_values(
        ["doc_id", "statements", "actor", "deontic"],
        ascending=[True, False, True, True],
        kind="stable",
    )
    if counts.empty:
        log.warning("duties_per_actor: no statements with deontic %s", ", ".join(deontics))
    return counts.reset_index(drop=True)


def actor_deontic_matrix(tables: Tables, deontics: Sequence[str] = DEONTICS) -> pd.DataFrame:
    """Counts as a matrix: one row per actor, columns (doc_id, deontic); zeros filled.

    Rows are ordered by total statements (most first); every kept document and every
    deontic in ``deontics`` has its columns even where the count is zero.
    """
    counts = duties_per_actor(tables, deontics)
    columns = pd.MultiIndex.from_product(
        [_document_ids(tables), list(deontics)], names=["doc_id", "deontic"]
    )
    matrix = counts.pivot_table(
        index="actor",
        columns=["doc_id", "deontic"],
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


def chief_executive(tables: Tables) -> str | None:
    """The chief executive actor with most statements (``regiondirektör``,
    ``kommundirektör``, ``verkställande direktör`` …), or None when the documents have none."""
    roles = statement_roles(tables)
    actors = tables.statements["actor"].astype("string")[roles == CHIEF_EXECUTIVE].dropna()
    if actors.empty:
        return None
    counts = actors.value_counts()
    return min(counts.index, key=lambda actor: (-counts[actor], actor))


def default_role(tables: Tables, deontics: Sequence[str] = DUTIES) -> str | None:
    """``chief_executive`` when any document instructs one, else the role with most duties."""
    frame = tables.statements[["deontic"]].assign(role=statement_roles(tables).to_numpy())
    frame = frame[frame["deontic"].astype("string").isin(list(deontics))].dropna()
    if frame.empty:
        return None
    counts = frame["role"].astype(str).value_counts()
    if CHIEF_EXECUTIVE in counts.index:
        return CHIEF_EXECUTIVE
    return min(counts.index, key=lambda role: (-counts[role], role))


_NOT_SHARED_COLUMNS = [
    "doc_id",
    "organisation",
    "format",
    "missing_in",
    "missing_in_organisation",
    "clause_id",
    "actor",
    "deontic",
    "aim",
    "object_text",
    "closest_object",
    "similarity",
]


def obligations_not_shared(
    tables: Tables,
    role: str | None = None,
    deontics: Sequence[str] = DUTIES,
    threshold: float = 0.3,
    *,
    actor: str | None = None,
) -> pd.DataFrame:
    """Duties one document gives an actor in ``role`` that another document does not.

    Actors are paired by role across documents: a regiondirektör's duties are compared with
    a kommundirektör's and a VD's (``role`` defaults to :func:`default_role`:
    ``chief_executive`` whenever a document has one).  ``actor`` restricts both sides to one
    canonical actor instead.  A statement of document A is matched in document B when B has
    a statement of the same role (or actor) with a deontic in ``deontics``, the same aim
    lemma and an object whose :func:`object_similarity` is at least ``threshold``.  Only
    documents that name an actor of that role (or the actor) are compared: one that never
    does (a delegationsordning beside two instructions) lacks nothing of it.

    One row per unmatched (statement, B) pair: doc_id, organisation, format, missing_in
    (B's doc_id), missing_in_organisation, clause_id, actor, deontic, aim, object_text, and
    the closest object B has for the same aim (``closest_object``, ``similarity``;
    null/0.0 when B never uses that aim).
    """
    instructed, role, who = _instructed(tables, role, deontics, actor)
    duties = instructed[instructed["deontic"].isin(list(deontics))]
    having = _compared_documents(tables, instructed, role, actor)
    documents = kept_documents(tables)
    if len(documents) < 2:
        log.warning("obligations_not_shared: needs two documents, not %d", len(documents))
    elif duties.empty:
        log.warning("obligations_not_shared: no %s statements for %s", "/".join(deontics), who)
    rows = _unshared_rows(duties, documents, having, threshold)
    return _not_shared_frame(rows)


def _instructed(
    tables: Tables, role: str | None, deontics: Sequence[str], actor: str | None
) -> tuple[pd.DataFrame, str | None, str]:
    """The statements of `actor`, else of `role` (by default :func:`default_role`), the role
    compared and whom the log names."""
    frame = _key(statements_with_context(tables), ["actor", "deontic", "aim", "role"])
    if actor is not None:
        return frame[frame["actor"] == actor], role, f"actor {actor!r}"
    role = role or default_role(tables, deontics)
    return frame[frame["role"] == role], role, f"role {role!r}"


def _unshared_rows(
    duties: pd.DataFrame, documents: pd.DataFrame, having: set[str], threshold: float
) -> list[dict[str, object]]:
    """One row per duty and compared document that has no duty like it."""
    organisations = dict(zip(documents["doc_id"], documents["organisation"], strict=True))
    rows = []
    for statement in duties.itertuples(index=False):
        for other in documents["doc_id"]:
            if other == statement.doc_id or other not in having:
                continue
            candidates = duties[(duties["doc_id"] == other) & (duties["aim"] == statement.aim)]
            best_object, best = _closest_object(statement.object_text, candidates["object_text"])
            if best_object is not None and best >= threshold:
                continue
            rows.append(
                {
                    "doc_id": statement.doc_id,
                    "organisation": statement.organisation,
                    "format": statement.format,
                    "missing_in": other,
                    "missing_in_organisation": organisations[other],
                    "clause_id": statement.clause_id,
                    "actor": statement.actor,
                    "deontic": statement.deontic,
                    "aim": statement.aim,
                    "object_text": statement.object_text,
                    "closest_object": best_object,
                    "similarity": round(best, 3),
                }
            )
    return rows


def _not_shared_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    """The rows typed (strings, a float similarity) and sorted by document pair."""
    result = pd.DataFrame(rows, columns=_NOT_SHARED_COLUMNS)
    for column in _NOT_SHARED_COLUMNS[:-1]:
        result[column] = result[column].astype("string")
    result["similarity"] = result["similarity"].astype("float64")
    # Statements keep document order within a document (statements_with_context order).
    return result.sort_values(["doc_id", "missing_in"], kind="stable").reset_index(drop=True)


def _closest_object(object_text: str, candidates: Iterable[str]) -> tuple[str | None, float]:
    """The candidate object most like `object_text` (the first of equals) and how alike."""
    best_object, best = None, 0.0
    for candidate in candidates:
        similarity = object_similarity(object_text, candidate)
        if best_object is None or similarity > best:
            best_object, best = candidate, similarity
    return best_object, best


def _compared_documents(
    tables: Tables, instructed: pd.DataFrame, role: str | None, actor: str | None
) -> set[str]:
    """The documents compared: those naming an actor of `role` (or `actor`) and those with
    a statement of it."""
    return _documents_naming(tables, role, actor) | set(
        instructed["doc_id"].astype("string").dropna()
    )


def _documents_naming(tables: Tables, role: str | None, actor: str | None) -> set[str]:
    """Round 48 (nu48 fault 7): the documents that name an actor of `role` (or the canonical
    `actor`) at all; a document that never does (a delegationsordning beside two
    instructions) lacks none of its duties."""
    actors = tables.actors
    if actors.empty:
        return set()
    canonical = actors["canonical"].astype("string")
    if actor is not None:
        named = canonical == actor
    else:
        given = actors["role"] if "role" in actors.columns else pd.Series(None, index=actors.index)
        named = pd.Series(
            [
                role in (known, fallback_role(name))
                for known, name in zip(given.astype(object), canonical.astype(object), strict=True)
            ],
            index=actors.index,
        )
    return set(actors.loc[named.fillna(False), "doc_id"].astype("string").dropna())


def actors_per_document(tables: Tables) -> pd.DataFrame:
    """Which actors appear at all: mention counts, one row per actor, one column per document.

    Counts every ACTOR mention (any syntactic role, not only statement subjects) by its
    canonical form; ``> 0`` gives presence.  Sorted by the number of documents the actor
    appears in, then by total mentions, then alphabetically.
    """
    actors = _with_document(tables, tables.actors[["doc_id", "text", "canonical"]])
    actors["actor"] = actors["canonical"].astype("string").fillna(actors["text"].str.lower())
    matrix = pd.crosstab(actors["actor"], actors["doc_id"])
    matrix = matrix.reindex(columns=_document_ids(tables), fill_value=0).astype("int64")
    matrix.columns.name = "doc_id"
    matrix.index.name = "actor"
    present = (matrix > 0).sum(axis=1)
    totals = matrix.sum(axis=1)
    order = sorted(matrix.index, key=lambda actor: (-present[actor], -totals[actor], actor))
    if matrix.empty:
        log.warning("actors_per_document: no actor mentions (was the NLP stage run?)")
    return matrix.loc[order]


def roles_per_document(tables: Tables, deontics: Sequence[str] = DEONTICS) -> pd.DataFrame:
    """Statement counts per actor role (rows) and document (columns): who is instructed."""
    frame = _with_document(
        tables,
        tables.statements[["doc_id", "deontic"]].assign(role=statement_roles(tables).to_numpy()),
    )
    frame = _key(frame, ["deontic", "role"])
    frame = frame[frame["deontic"].isin(list(deontics))].dropna(subset=["role"])
    matrix = pd.crosstab(frame["role"], frame["doc_id"])
    matrix = matrix.reindex(columns=_document_ids(tables), fill_value=0).astype("int64")
    matrix.columns.name = "doc_id"
    matrix.index.name = "role"
    order = [role for role in ROLES if role in matrix.index]
    return matrix.loc[order]


def clauses_per_section(tables: Tables) -> pd.DataFrame:
    """How many clauses (paragraphs and list items, headings excluded) each section holds.

    Columns: doc_id, organisation, format, section, section_title, clauses; sections in
    document order.  Documents without numbered sections give one row with a null section.
    """
    clauses = _with_document(
        tables, tables.clauses[["doc_id", "kind", "section", "section_title", "ordinal"]]
    )
    clauses = _key(clauses, ["kind", "section", "section_title"])
    clauses = clauses[clauses["kind"] != "heading"]
    keys = ["doc_id", "organisation", "format", "section", "section_title"]
    grouped = clauses.groupby(keys, dropna=False, sort=False).agg(
        clauses=("ordinal", "size"), first=("ordinal", "min")
    )
    grouped = grouped.reset_index().sort_values(["doc_id", "first"])
    grouped["clauses"] = grouped["clauses"].astype("int64")
    if grouped.empty:
        log.warning("clauses_per_section: no paragraphs or list items in the documents")
    return grouped.drop(columns="first").reset_index(drop=True)


def aims_by_document(tables: Tables, deontics: Sequence[str] = DEONTICS) -> pd.DataFrame:
    """Aim lemmas × documents (statement counts) and whether the aim is shared.

    Columns: aim, one count column per document (its doc_id), ``documents`` (how many use
    the aim) and ``scope``: ``"alla"`` (every document), ``"unik"`` (exactly one, when there
    is more than one document) or ``"flera"``.  Sorted by scope, then most-used first.
    """
    statements = _with_document(tables, tables.statements[["doc_id", "aim", "deontic"]])
    statements = _key(statements, ["aim", "deontic"])
    statements = statements[statements["deontic"].isin(list(deontics))].dropna(subset=["aim"])
    documents = _document_ids(tables)
    matrix = pd.crosstab(statements["aim"], statements["doc_id"])
    matrix = matrix.reindex(columns=documents, fill_value=0).astype("int64")
    matrix.columns.name = None
    result = matrix.reset_index().rename(columns={"index": "aim"})
    result["documents"] = (matrix > 0).sum(axis=1).to_numpy().astype("int64")
    result["scope"] = [_scope(n, len(documents)) for n in result["documents"]]
    result["_order"] = result["scope"].map({"alla": 0, "flera": 1, "unik": 2})
    result["_total"] = matrix.sum(axis=1).to_numpy()
    result = result.sort_values(
        ["_order", "_total", "aim"], ascending=[True, False, True], kind="stable"
    )
    result["aim"] = result["aim"].astype("string")
    if result.empty:
        log.warning("aims_by_document: no statements with deontic %s", ", ".join(deontics))
    return result.drop(columns=["_order", "_total"]).reset_index(drop=True)


def _scope(count: int, documents: int) -> str:
    if count == documents:
        return "alla"
    return "unik" if count == 1 else "flera"
