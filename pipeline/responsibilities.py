"""Responsibility tables: who answers for which task, one statement per table row and role.

An instruktion may share out its tasks in a table whose header row names a task column and a
responsible column (`Uppgift | Ansvarig`, `Åtgärd | Vem`; ``responsibility_columns`` of
``configs/delegations.yaml``), read as the delegation lists are (`pipeline.delegations`): a
row means "the role in the responsible cell answers for the task", a ``responsibility``
statement of each role the cell names (docs/annotation.md, round 55). A task that opens with
an infinitive (`Teckna avtal om …`) is the aim, its rest the object; a noun phrase (`Arkivfrågor`)
is the object of ``ansvara``, whose cue is the header's responsible cell, as a responsibility
lead-in's (`ansvarar för:`) is the items' cue. The header cell is the modal, in the header's
clause (`modal_clause_id`), as a list item's inherited modal lies in its lead-in. A row whose
text the NLP stage already gave a statement (a sentence in a cell) keeps only that. Every text
column slices the normalized document text at its offsets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.delegations import (
    ActorRow,
    Cell,
    DelegationRules,
    cell_spans,
    delegates,
    headed_tables,
)
from pipeline.nlp.verb_forms import task_infinitive
from pipeline.segment import Clause

DEONTIC = "responsibility"
AIM_OF_NOUN_TASK = "ansvara"
_FIRST_WORD = re.compile(r"\w+")
_TRAILING = " \t\n.,;:"


def responsibility_statements(
    doc_id: str,
    clauses: Sequence[Clause],
    actors: Sequence[ActorRow],
    rules: DelegationRules,
    read: frozenset[str] = frozenset(),
    lemmas: Mapping[int, tuple[int, str, str]] | None = None,
) -> list[dict[str, Any]]:
    """The ``statements`` rows of a document's responsibility tables. `read`: the clauses the
    NLP stage gave statements (their rows add none); `lemmas`: token start → (sentence index,
    lemma, UPOS), naming a responsible role the actor lexicon does not know by its noun's
    lemma (``Upphandlaren`` → upphandlare)."""
    by_clause: dict[str, list[ActorRow]] = {}
    for actor in sorted(actors, key=lambda a: (a.start, a.end)):
        by_clause.setdefault(actor.clause_id, []).append(actor)
    rows: list[dict[str, Any]] = []
    for _, header, clause, columns in headed_tables(clauses, rules, responsibility=True):
        if clause.clause_id in read:
            continue
        cells = cell_spans(clause)
        task, responsible = (_cell(cells, columns[name]) for name in ("task", "responsible"))
        cue = _cell(cell_spans(header), columns["responsible"])
        if task is None or responsible is None or cue is None or task.start is None:
            continue
        parts = delegates(responsible, by_clause.get(clause.clause_id, []), rules)
        for index, (part, actor) in enumerate(p for p in parts if p[0].start is not None):
            row = _row(doc_id, clause, header, task, cue, lemmas or {})
            role = _actor(part, actor, clause.clause_id, lemmas or {})
            rows.append({**row, "statement_index": index, **role})
    return rows


def _cell(cells: Sequence[Cell], index: int) -> Cell | None:
    return cells[index] if index < len(cells) and cells[index].text else None


def _row(
    doc_id: str,
    clause: Clause,
    header: Clause,
    task: Cell,
    cue: Cell,
    lemmas: Mapping[int, tuple[int, str, str]],
) -> dict[str, Any]:
    start = task.start or 0
    first = _FIRST_WORD.match(task.text)
    cue_at = {"modal": cue.text, "modal_start": cue.start, "modal_end": cue.end,
              "modal_clause_id": header.clause_id}
    if first is not None and task_infinitive(first.group()):
        aim = {"aim": first.group().lower(), "aim_text": first.group(),
               "aim_start": start, "aim_end": start + first.end(),
               "aim_clause_id": clause.clause_id}
        rest = first.end()
    else:
        aim = {"aim": AIM_OF_NOUN_TASK, "aim_text": cue.text, "aim_start": cue.start,
               "aim_end": cue.end, "aim_clause_id": header.clause_id}
        rest = 0
    object_text = task.text[rest:].rstrip(_TRAILING)
    skipped = len(object_text) - len(object_text.lstrip())
    object_text = object_text.strip()
    object_start = start + rest + skipped if object_text else None
    return {
        "doc_id": doc_id,
        "clause_id": clause.clause_id,
        "sentence_index": lemmas.get(start, (0, "", ""))[0],
        "deontic": DEONTIC,
        **cue_at,
        **aim,
        "negated": False,
        "passive": False,
        "object_text": object_text or None,
        "object_start": object_start,
        "object_end": None if object_start is None else object_start + len(object_text),
    }


def _actor(
    part: Cell,
    actor: ActorRow | None,
    clause_id: str,
    lemmas: Mapping[int, tuple[int, str, str]],
) -> dict[str, Any]:
    """The responsible role: the actor the NLP stage read in the part, else the lemma of a
    part of one noun (the role noun the lexicon lacks), else the part as written."""
    if actor is not None:
        return {"actor": actor.canonical, "actor_text": actor.text,
                "actor_category": actor.category, "role": actor.role,
                "actor_start": actor.start, "actor_end": actor.end,
                "actor_clause_id": actor.clause_id}
    word = lemmas.get(part.start or 0)
    canonical = word[1].lower() if word and word[2] in {"NOUN", "PROPN"} and (
        " " not in part.text) else None
    return {"actor": canonical, "actor_text": part.text, "actor_category": None, "role": None,
            "actor_start": part.start, "actor_end": part.end, "actor_clause_id": clause_id}
