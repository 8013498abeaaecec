"""What changed between two versions of a governance document (``styrdok diff OLD NEW``).

1. Clauses are aligned: first by clause id where the texts are still alike, then by text
   similarity (character-trigram Jaccard, :func:`pipeline.analysis.object_similarity`).
   An aligned clause whose place among the other aligned clauses changed is *moved*
   (clauses outside the longest run that keeps its order); a clause that was only
   renumbered is not.
2. Statements (obligations, recommendations, permissions, prohibitions, responsibilities)
   are aligned inside aligned clauses by actor, aim and object similarity; what is left is
   aligned across the document (a duty moved to another clause); a removed and an added
   statement of one verb and deontic in the same clause (same id, or the same words apart
   from the actor) are one statement whose actor changed.
3. Each difference is one row: ``added``, ``removed``, ``changed`` (deontic, actor,
   negation, object or condition) or ``moved``, with clause ids and clause text on both
   sides.  Unchanged statements give no row.
4. A delegation list's rows (the ``delegations`` table) are compared in aligned clauses by
   delegate: ``deontic`` ``delegation``, the delegate as actor, the matter as object;
   ``changed`` names the delegate, matter, lagrum, note or re-delegation that changed
   (newuser53 fault 4), the texts compared as words (one added ``inte`` is a change).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import patterns
from pipeline.analysis import DEONTICS, kept_documents, object_similarity
from pipeline.language.grammar import active_grammar
from pipeline.tables import Tables

log = logging.getLogger("styrdok.diff")

CLAUSE_KINDS = ("paragraph", "list_item", "table_row")
COLUMNS: tuple[str, ...] = (
    "change",
    "deontic",
    "old_deontic",
    "actor",
    "old_actor",
    "aim",
    "old_clause_id",
    "new_clause_id",
    "old_object",
    "new_object",
    "detail",
    "old_text",
    "new_text",
)
CHANGES = ("removed", "changed", "moved", "added")
DIFF_FILE = "diff.parquet"


@dataclass(frozen=True)
class DiffOptions:
    same_id_similarity: float = 0.5  # a clause keeping its id must still be this alike
    clause_similarity: float = 0.6  # otherwise clauses pair at this text similarity
    object_similarity: float = 0.8  # objects this alike are the same object


@dataclass(frozen=True)
class _Clause:
    clause_id: str
    ordinal: int
    text: str


def diff_tables(old: Tables, new: Tables, **options: Any) -> pd.DataFrame:
    """The statement-level differences from ``old`` to ``new`` (one document each)."""
    settings = DiffOptions(**options)
    old_clauses, new_clauses = _clauses(old, "OLD"), _clauses(new, "NEW")
    pairs = align_clauses(old_clauses, new_clauses, settings)
    moved = _moved(pairs, old_clauses, new_clauses)
    old_statements, new_statements = _statements(old), _statements(new)
    rows: list[dict[str, Any]] = []
    unmatched_old: list[dict] = []
    unmatched_new: list[dict] = []
    paired_new = set(pairs.values())
    for clause_id, group in old_statements.items():
        partner = pairs.get(clause_id)
        others = new_statements.get(partner, []) if partner else []
        matches, lost, extra = _align_statements(group, others, settings)
        unmatched_old.extend(lost)
        unmatched_new.extend(extra)
        for before, after in matches:
            row = _compare(before, after, settings, moved=clause_id in moved)
            if row:
                rows.append(row)
    for clause_id, group in new_statements.items():
        if clause_id not in paired_new:
            unmatched_new.extend(group)
    matches, lost, extra = _align_statements(unmatched_old, unmatched_new, settings, strict=True)
    same_role, lost, extra = _same_actor_and_aim(lost, extra)
    new_actor, lost, extra = _actor_replaced(lost, extra)
    for before, after in [*matches, *same_role, *new_actor]:
        row = _compare(before, after, settings, moved=before["clause_id"] != after["clause_id"])
        if row:
            rows.append(row)
    rows.extend(_row("removed", before, None) for before in lost)
    rows.extend(_row("added", None, after) for after in extra)
    rows.extend(_delegation_changes(_delegations(old), _delegations(new), pairs))
    return _frame(rows, old_clauses, new_clauses)


# ---------------------------------------------------------------------------
# Clauses


def _clauses(tables: Tables, side: str) -> list[_Clause]:
    documents = kept_documents(tables)
    if len(documents) != 1:
        raise ValueError(
            f"{side}: a diff compares two versions of one document; "
            f"this holds {len(documents)} documents"
        )
    clauses = tables.clauses
    clauses = clauses[clauses["kind"].astype("string").isin(CLAUSE_KINDS)]
    clauses = clauses[clauses["doc_id"].astype("string") == documents["doc_id"].iloc[0]]
    return [
        _Clause(str(row.clause_id), int(row.ordinal), str(row.text))
        for row in clauses.sort_values("ordinal").itertuples()
    ]


def align_clauses(
    old: Sequence[_Clause], new: Sequence[_Clause], options: DiffOptions = DiffOptions()
) -> dict[str, str]:
    """old clause id → new clause id: same id (texts still alike), then most alike text."""
    by_id = {clause.clause_id: clause for clause in new}
    pairs: dict[str, str] = {}
    for clause in old:
        partner = by_id.get(clause.clause_id)
        if partner and object_similarity(clause.text, partner.text) >= options.same_id_similarity:
            pairs[clause.clause_id] = partner.clause_id
    taken = set(pairs.values())
    candidates = sorted(
        (
            (-object_similarity(a.text, b.text), a.ordinal, b.ordinal, a.clause_id, b.clause_id)
            for a in old
            if a.clause_id not in pairs
            for b in new
            if b.clause_id not in taken
        ),
    )
    for negative, _, _, old_id, new_id in candidates:
        if -negative < options.clause_similarity:
            break
        if old_id in pairs or new_id in taken:
            continue
        pairs[old_id] = new_id
        taken.add(new_id)
    return pairs


def _moved(pairs: dict[str, str], old: Sequence[_Clause], new: Sequence[_Clause]) -> set[str]:
    """Old ids of aligned clauses outside the longest order-preserving run (LIS)."""
    new_position = {clause.clause_id: clause.ordinal for clause in new}
    sequence = [
        (clause.clause_id, new_position[pairs[clause.clause_id]])
        for clause in old
        if clause.clause_id in pairs
    ]
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(sequence)
    for index, (_, position) in enumerate(sequence):
        slot = bisect.bisect_left(tails, position)
        if slot == len(tails):
            tails.append(position)
            tail_index.append(index)
        else:
            tails[slot] = position
            tail_index[slot] = index
        previous[index] = tail_index[slot - 1] if slot else -1
    kept: set[int] = set()
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        kept.add(index)
        index = previous[index]
    return {clause_id for i, (clause_id, _) in enumerate(sequence) if i not in kept}


# ---------------------------------------------------------------------------
# Statements


def _statements(tables: Tables) -> dict[str, list[dict[str, Any]]]:
    clauses = tables.clauses.assign(clause_id=tables.clauses["clause_id"].astype("string"))
    texts = dict(zip(clauses["clause_id"], clauses["text"], strict=True))
    starts = dict(zip(clauses["clause_id"], clauses["start"], strict=True))
    statements = tables.statements
    statements = statements[statements["deontic"].astype("string").isin(DEONTICS)]
    statements = statements.sort_values(["aim_start", "statement_index"], kind="stable")
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in statements.to_dict("records"):
        record = {key: (None if _missing(value) else value) for key, value in row.items()}
        record["clause_id"] = str(record["clause_id"])
        record["clause_text"] = texts.get(record["clause_id"])
        record["clause_start"] = starts.get(record["clause_id"])
        grouped.setdefault(record["clause_id"], []).append(record)
    return grouped


# ---------------------------------------------------------------------------
# Delegations: a delegation list's rows, "the delegate may decide the matter" (newuser53
# fault 4), compared in aligned clauses by delegate; a row's `deontic` is `delegation`,
# its actor the delegate, its object the matter.


def _delegations(tables: Tables) -> dict[str, list[dict[str, Any]]]:
    frame = tables.delegations
    grouped: dict[str, list[dict[str, Any]]] = {}
    if frame.empty:
        return grouped
    clauses = tables.clauses.assign(clause_id=tables.clauses["clause_id"].astype("string"))
    texts = dict(zip(clauses["clause_id"], clauses["text"], strict=True))
    for row in frame.sort_values("delegation_index", kind="stable").to_dict("records"):
        record = {key: (None if _missing(value) else value) for key, value in row.items()}
        clause_id = str(record["clause_id"])
        grouped.setdefault(clause_id, []).append({
            "deontic": "delegation", "actor": record["delegate"] or record["delegate_text"],
            "aim": None, "clause_id": clause_id, "clause_text": texts.get(clause_id),
            "object_text": record["matter"], "law": record["law"], "note": record["note"],
            "redelegation": record.get("redelegation"),
            "aim_start": record["matter_start"] or 0,
        })
    return grouped


def _delegation_changes(old: dict[str, list[dict]], new: dict[str, list[dict]],
                        pairs: dict[str, str]) -> list[dict]:
    rows: list[dict] = []
    for clause_id, before in old.items():
        partner = pairs.get(clause_id)
        after = new.get(partner, []) if partner else []
        rows.extend(_clause_delegation_changes(before, after))
    paired_new = set(pairs.values())
    for clause_id, after in new.items():
        if clause_id not in paired_new:
            rows.extend(_row("added", None, delegation) for delegation in after)
    return rows


def _clause_delegation_changes(before: list[dict], after: list[dict]) -> list[dict]:
    """One clause's rows: the same delegate pairs first, then the rest in order (a delegate
    replaced); what is left is removed or added."""
    left, right = list(before), list(after)
    matches = []
    for delegation in before:
        same = next((other for other in right if other["actor"] == delegation["actor"]), None)
        if same is not None:
            matches.append((delegation, same))
            left.remove(delegation)
            right.remove(same)
    matches.extend(zip(left, right, strict=False))
    rows = [row for a, b in matches if (row := _compare_delegation(a, b))]
    rows.extend(_row("removed", delegation, None) for delegation in left[len(right):])
    rows.extend(_row("added", None, delegation) for delegation in right[len(left):])
    return rows


def _compare_delegation(before: dict, after: dict) -> dict | None:
    """A row's delegate, matter, lagrum and note are compared as words: one word added or
    dropped (``inleda`` → ``inte inleda``; newuser53b fault 7) is a change, however alike the
    texts are; spacing, case and punctuation are not."""
    details = []
    if before["actor"] != after["actor"]:
        details.append(f"delegat: {before['actor']} → {after['actor']}")
    for field, label in (("object_text", "ärende"), ("law", "lagrum"), ("note", "anmärkning"),
                         ("redelegation", "vidaredelegation")):
        if _words(before.get(field)) != _words(after.get(field)):
            details.append(f"{label}: {before.get(field)} → {after.get(field)}")
    return _row("changed", before, after, "; ".join(details)) if details else None


def _words(text: str | None) -> tuple[str, ...]:
    """A cell's words, case-folded, without spacing or punctuation (``§`` is a word)."""
    return tuple(re.findall(r"\w+|§", (text or "").casefold()))


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, (list, tuple)) and pd.isna(value))


def _score(before: dict, after: dict) -> float:
    return (
        2.0 * (before["aim"] == after["aim"])
        + 1.0 * (before["actor"] == after["actor"])
        + object_similarity(before["object_text"], after["object_text"])
    )


def _align_statements(
    old: list[dict], new: list[dict], options: DiffOptions, *, strict: bool = False
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy best pairs; a pair needs the same aim and the same actor or a like object.
    ``strict`` (across clauses): the same aim, actor and deontic and a like object."""

    def acceptable(a: dict, b: dict) -> bool:
        if a["aim"] != b["aim"]:
            return False
        alike = object_similarity(a["object_text"], b["object_text"]) >= options.object_similarity
        if strict:
            return a["actor"] == b["actor"] and a["deontic"] == b["deontic"] and alike
        return a["actor"] == b["actor"] or alike

    candidates = sorted(
        (-_score(a, b), i, j)
        for i, a in enumerate(old)
        for j, b in enumerate(new)
        if acceptable(a, b)
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    matches = []
    for _, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        matches.append((old[i], new[j]))
    lost = [s for i, s in enumerate(old) if i not in used_old]
    extra = [s for j, s in enumerate(new) if j not in used_new]
    return matches, lost, extra


def _same_actor_and_aim(
    old: list[dict], new: list[dict]
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Statements left over by both passes that are one statement changed (a permission that
    became a prohibition of another object; newuser51b fault 3): the same actor and aim,
    and either the same clause id (a clause whose text changed too much to align) or the
    only leftover of that actor and aim on each side within one section (`_section`: a
    removed ``§3`` duty and an added ``§12`` one of the same aim stay removed and added;
    review 52b S2)."""

    def key(statement: dict) -> tuple:
        return (statement["actor"], statement["aim"])

    new_by_key: dict[tuple, list[int]] = defaultdict(list)
    for j, after in enumerate(new):
        if after["actor"] is not None:
            new_by_key[key(after)].append(j)
    old_count = Counter(key(s) for s in old if s["actor"] is not None)
    matches: list[tuple[dict, dict]] = []
    used_new: set[int] = set()
    for before in old:
        if before["actor"] is None:
            continue
        partners = new_by_key.get(key(before), [])
        alone = old_count[key(before)] == 1 and len(partners) == 1
        for j in partners:
            after = new[j]
            same_clause = before["clause_id"] == after["clause_id"]
            if j in used_new or not (same_clause or (alone and _same_section(before, after))):
                continue
            matches.append((before, after))
            used_new.add(j)
            break
    paired = {id(before) for before, _ in matches}
    lost = [s for s in old if id(s) not in paired]
    return matches, lost, [s for j, s in enumerate(new) if j not in used_new]


def _actor_replaced(
    old: list[dict], new: list[dict]
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Statements left over that are one statement whose actor was replaced (``ska
    ekonomichefen ersätta`` → ``ska vice verkställande direktören ersätta``; newuser55 fault
    6): the same aim and deontic, another actor, and either the same clause id or clause
    texts that are the same words apart from the actor (`_words_without_actor`). Pairs are
    taken in document order; what is left stays removed and added. Only statements of one
    aim and deontic are compared, each statement's words computed once."""
    matches: list[tuple[dict, dict]] = []
    used_new: set[int] = set()
    by_aim: dict[tuple[Any, Any], list[int]] = {}
    for j, after in enumerate(new):
        by_aim.setdefault((after["aim"], after["deontic"]), []).append(j)
    new_words = [_words_without_actor(after) for after in new]
    for before in old:
        words = _words_without_actor(before)
        for j in by_aim.get((before["aim"], before["deontic"]), ()):
            if j in used_new or not _same_but_actor(before, words, new[j], new_words[j]):
                continue
            matches.append((before, new[j]))
            used_new.add(j)
            break
    paired = {id(before) for before, _ in matches}
    lost = [s for s in old if id(s) not in paired]
    return matches, lost, [s for j, s in enumerate(new) if j not in used_new]


def _same_but_actor(
    before: dict, words: tuple[str, ...], after: dict, after_words: tuple[str, ...]
) -> bool:
    """Another actor, and the same clause or the same words apart from the actor (`words`,
    `after_words`: `_words_without_actor`); the aim and deontic are the same already."""
    if before["actor"] == after["actor"]:
        return False
    if before["clause_id"] == after["clause_id"]:
        return True
    return bool(words) and words == after_words


def _words_without_actor(statement: dict) -> tuple[str, ...]:
    """The words of a statement's clause less its actor's span (`_words`); the whole clause
    where the actor is written in another clause (a lead-in) or nowhere."""
    text = statement["clause_text"] or ""
    start, end = statement.get("actor_start"), statement.get("actor_end")
    origin = statement.get("clause_start")
    if statement.get("actor_clause_id") != statement["clause_id"] or None in (
        start, end, origin
    ):
        return _words(text)
    return _words(text[: int(start) - int(origin)]) + _words(text[int(end) - int(origin):])


def _same_section(before: dict, after: dict) -> bool:
    """Both statements in one top-level section: their clause ids agree up to the first
    ``.`` (``§3.2`` and ``§3.5``)."""
    return _section(before["clause_id"]) == _section(after["clause_id"])


def _section(clause_id: object) -> str:
    return str(clause_id).split(".", 1)[0]


def _compare(before: dict, after: dict, options: DiffOptions, *, moved: bool) -> dict | None:
    details = []
    for field, label in (("deontic", "deontik"), ("actor", "aktör"), ("negated", "negation")):
        if before[field] != after[field]:
            details.append(f"{label}: {before[field]} → {after[field]}")
    for field, label in (("object_text", "objekt"), ("condition_text", "villkor")):
        if _text_changed(before[field], after[field], options):
            details.append(f"{label}: {before[field]} → {after[field]}")
    if details:
        return _row("changed", before, after, "; ".join(details))
    if moved:
        return _moved_row(before, after)
    return None


def _text_changed(before: str | None, after: str | None, options: DiffOptions) -> bool:
    """Two objects (conditions) differ: less alike than ``object_similarity``, or alike but
    with other quantities (`_quantities`: ``10 miljoner kronor`` → ``5 miljoner kronor``;
    newuser56 fault 7)."""
    if object_similarity(before, after) < options.object_similarity:
        return True
    return _quantities(before) != _quantities(after)


def _quantities(text: str | None) -> tuple[str, ...]:
    """A text's words of number, amount, date and percentage, in order: a word holding a
    digit, a spelled numeral (not an article: ``en``, ``ett``), a month and a unit of an
    amount or proportion (configs/grammar.yaml `amount_units`, `proportion_units`;
    layout.yaml `month_names`)."""
    grammar = active_grammar()
    numerals = (grammar.spelled_numerals | grammar.number_word_units) - grammar.indefinite_articles
    words = grammar.amount_units | grammar.proportion_units | numerals | patterns.MONTH_NAMES
    return tuple(
        word for word in re.findall(r"[\w%]+", (text or "").casefold())
        if any(char.isdigit() for char in word) or word in words
    )


def _moved_row(before: dict, after: dict) -> dict:
    detail = f"klausul {before['clause_id']} → {after['clause_id']}"
    return _row("moved", before, after, detail)


def _row(change: str, before: dict | None, after: dict | None, detail: str | None = None) -> dict:
    current = after or before
    assert current is not None
    return {
        "change": change,
        "deontic": current["deontic"],
        "old_deontic": before["deontic"] if before else None,
        "actor": current["actor"],
        "old_actor": before["actor"] if before else None,
        "aim": current["aim"],
        "old_clause_id": before["clause_id"] if before else None,
        "new_clause_id": after["clause_id"] if after else None,
        "old_object": before["object_text"] if before else None,
        "new_object": after["object_text"] if after else None,
        "detail": detail,
        "old_text": before["clause_text"] if before else None,
        "new_text": after["clause_text"] if after else None,
        "_order": (
            after["aim_start"] if after else -1,
            before["aim_start"] if before else -1,
        ),
    }


def _frame(rows: list[dict], old: Sequence[_Clause], new: Sequence[_Clause]) -> pd.DataFrame:
    new_order = {clause.clause_id: clause.ordinal for clause in new}
    old_order = {clause.clause_id: clause.ordinal for clause in old}

    def key(row: dict) -> tuple:
        # Document order of the new version; removed statements where they stood before.
        place = new_order.get(row["new_clause_id"] or "", -1)
        if place < 0:
            place = old_order.get(row["old_clause_id"] or "", 0) - 0.5
        return (place, row["_order"], CHANGES.index(row["change"]))

    ordered = sorted(rows, key=key)
    frame = pd.DataFrame([{c: row[c] for c in COLUMNS} for row in ordered], columns=COLUMNS)
    frame = frame.astype("string")
    if frame.empty:
        log.info("diff: no differences in obligations, permissions, prohibitions, "
                 "responsibilities or delegations")
    return frame.reset_index(drop=True)


def format_diff(frame: pd.DataFrame) -> str:
    """The differences for a terminal: one block per change, clause ids and text both sides."""
    if frame.empty:
        return ("no differences in obligations, permissions, prohibitions, responsibilities "
                "or delegations")
    counts = frame["change"].value_counts()
    lines = [", ".join(f"{counts.get(c, 0)} {c}" for c in CHANGES)]
    signs = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}
    for row in frame.to_dict("records"):
        actor = row["actor"] if isinstance(row["actor"], str) else "(ingen aktör)"
        clauses = f"{_text(row['old_clause_id'])} → {_text(row['new_clause_id'])}"
        what = row["aim"] if isinstance(row["aim"], str) else _text(row["new_object"])
        if not isinstance(row["aim"], str) and not isinstance(row["new_object"], str):
            what = _text(row["old_object"])
        lines.append(
            f"{signs[row['change']]} {row['change']} {row['deontic']}: {actor} → "
            f"{what}  [{clauses}]"
        )
        if isinstance(row["detail"], str):
            lines.append(f"    {row['detail']}")
        if isinstance(row["old_text"], str):
            lines.append(f"    före:  {_short(row['old_text'])}")
        if isinstance(row["new_text"], str):
            lines.append(f"    efter: {_short(row['new_text'])}")
    return "\n".join(lines)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "–"


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else f"{text[: width - 1]}…"


def write_diff(frame: pd.DataFrame, out_dir: Path) -> Path:
    """``out_dir/diff.parquet``: every column a string, written to a temporary name first."""
    import os

    import pyarrow as pa
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    schema = pa.schema([pa.field(column, pa.string()) for column in COLUMNS])
    table = pa.Table.from_pandas(frame[list(COLUMNS)], schema=schema, preserve_index=False)
    path = out_dir / DIFF_FILE
    temporary = out_dir / f".{DIFF_FILE}.tmp"
    pq.write_table(table, temporary, compression="zstd")
    os.replace(temporary, path)
    return path
