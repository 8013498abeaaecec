"""Table rows of the NLP stage: sentences, tokens, actors, verbs, statements, clause errors.

Token and sentence columns are built from ``Doc.to_array`` (numpy) per clause, not from
per-token dicts; offsets are shifted from the clause into the normalized document text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
from spacy.attrs import HEAD, IDX, SENT_START

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.statements import Statement
from pipeline.nlp.verbs import Verb
from pipeline.tables import SCHEMAS, SORT_KEYS, to_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.nlp import ClauseAnnotation
    from pipeline.segment import Clause, SegmentedDocument

FUNCTIONS = {
    "nsubj": "subject",
    "nsubj:pass": "subject",
    "obl:agent": "agent",
    "obj": "object",
    "iobj": "object",
    "nmod:poss": "possessor",
    "obl": "oblique",
    "nmod": "modifier",
    "appos": "apposition",
}
ROW_TABLES = ("actors", "verbs", "statements", "clause_errors")


def _columnar(name: str, columns: dict[str, list | np.ndarray]) -> pa.Table:
    schema = SCHEMAS[name]
    table = pa.Table.from_pydict({f.name: columns[f.name] for f in schema}, schema=schema)
    if table.num_rows:
        table = table.sort_by([(key, "ascending") for key in SORT_KEYS[name]])
    return table


def _sentence_numbers(doc: Doc) -> np.ndarray:
    """Sentence index of every token (0-based), from the sentence-start flags."""
    starts = doc.to_array([SENT_START]).reshape(-1) == 1
    if len(starts):
        starts[0] = True
    return np.cumsum(starts) - 1


def token_and_sentence_tables(
    document: SegmentedDocument, annotations: Sequence[ClauseAnnotation]
) -> tuple[pa.Table, pa.Table]:
    tokens: dict[str, list] = {f.name: [] for f in SCHEMAS["tokens"]}
    sentences: dict[str, list] = {f.name: [] for f in SCHEMAS["sentences"]}
    for annotation in annotations:
        clause, doc = annotation.clause, annotation.doc
        if not len(doc):
            continue
        array = doc.to_array([IDX, HEAD])
        starts = clause.start + array[:, 0]
        lengths = np.fromiter((len(t) for t in doc), dtype=np.int64, count=len(doc))
        numbers = _sentence_numbers(doc)
        count = len(doc)
        tokens["doc_id"] += [document.doc_id] * count
        tokens["clause_id"] += [clause.clause_id] * count
        tokens["sentence_index"] += numbers.tolist()
        tokens["token_index"] += list(range(count))
        tokens["text"] += [t.text for t in doc]
        tokens["lemma"] += [t.lemma_ for t in doc]
        tokens["upos"] += [t.pos_ for t in doc]
        tokens["xpos"] += [t.tag_ for t in doc]
        tokens["morph"] += [str(t.morph) for t in doc]
        tokens["dep"] += [t.dep_ for t in doc]
        tokens["head_index"] += (np.arange(count) + array[:, 1].astype(np.int64)).tolist()
        tokens["start"] += starts.tolist()
        tokens["end"] += (starts + lengths).tolist()
        first_tokens = np.flatnonzero(np.diff(numbers, prepend=-1))
        last_tokens = np.append(first_tokens[1:], count) - 1
        for index, (first, last) in enumerate(zip(first_tokens, last_tokens, strict=True)):
            start, end = int(array[first, 0]), int(array[last, 0] + lengths[last])
            sentences["doc_id"].append(document.doc_id)
            sentences["clause_id"].append(clause.clause_id)
            sentences["sentence_index"].append(index)
            sentences["text"].append(doc.text[start:end])
            sentences["start"].append(clause.start + start)
            sentences["end"].append(clause.start + end)
    return _columnar("tokens", tokens), _columnar("sentences", sentences)


def annotation_tables(
    document: SegmentedDocument, annotations: Sequence[ClauseAnnotation]
) -> dict[str, pa.Table]:
    tokens, sentences = token_and_sentence_tables(document, annotations)
    rows = annotation_rows(document, annotations)
    return {
        "tokens": tokens,
        "sentences": sentences,
        **{name: to_table(name, rows[name]) for name in ROW_TABLES},
    }


def annotation_rows(
    document: SegmentedDocument, annotations: Sequence[ClauseAnnotation]
) -> dict[str, list[dict[str, Any]]]:
    """Rows of the actors, verbs, statements and clause_errors tables."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ROW_TABLES}
    for annotation in annotations:
        clause, doc = annotation.clause, annotation.doc
        base = {"doc_id": document.doc_id, "clause_id": clause.clause_id}
        numbers = _sentence_numbers(doc) if len(doc) else np.zeros(0, dtype=np.int64)

        def sentence_of(token: int, numbers: np.ndarray = numbers) -> int | None:
            return int(numbers[token]) if 0 <= token < len(numbers) else None

        actor_tokens = {s.actor.first_token for _, s in annotation.statements if s.actor}
        rows["actors"].extend(
            _actor_row(
                base, clause, m, sentence_of(m.first_token), function_of(doc, m, actor_tokens)
            )
            for m in annotation.actors
        )
        rows["verbs"].extend(
            _verb_row(base, clause, v, sentence_of(v.token)) for v in annotation.verbs
        )
        rows["statements"].extend(
            _statement_row(base, annotation, position, index, statement)
            for position, (index, statement) in enumerate(annotation.statements)
        )
        rows["clause_errors"].extend(
            {**base, "stage": stage, "error_type": kind, "message": message}
            for stage, kind, message in annotation.errors
        )
    return rows


def function_of(doc: Doc, mention: ActorMention, statement_actors: set[int]) -> str:
    """The mention's function in its sentence: ``actor`` when a statement names it, else its
    head token's dependency (subject, object, agent, possessor, oblique, modifier)."""
    if mention.first_token in statement_actors:
        return "actor"
    head = doc[mention.last_token]
    while head.dep_ in {"conj", "flat", "flat:name"} and head.head is not head:
        head = head.head
    return FUNCTIONS.get(head.dep_, "other")


def _span(clause: Clause, span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    if span is None or span[0] < 0:
        return None, None
    return clause.start + span[0], clause.start + span[1]


def _actor_row(
    base: dict, clause: Clause, mention: ActorMention, sentence: int | None, function: str
) -> dict:
    return {
        **base,
        "sentence_index": sentence,
        "text": mention.text,
        "canonical": mention.canonical,
        "category": mention.category,
        "role": mention.role,
        "function": function,
        "source": "resolved" if mention.short else mention.source,
        "start": clause.start + mention.start,
        "end": clause.start + mention.end,
    }


def _verb_row(base: dict, clause: Clause, verb: Verb, sentence: int | None) -> dict:
    return {
        **base,
        "sentence_index": sentence,
        "text": verb.text,
        "lemma": verb.lemma,
        "tense": verb.tense,
        "voice": verb.voice,
        "negated": verb.negated,
        "is_auxiliary": verb.is_auxiliary,
        "modal": verb.modal,
        "start": clause.start + verb.start,
        "end": clause.start + verb.end,
    }


def _statement_row(
    base: dict, annotation: ClauseAnnotation, position: int, index: int, statement: Statement
) -> dict:
    clause, text = annotation.clause, annotation.doc.text
    actor = statement.actor
    actor_start, actor_end = _span(clause, (actor.start, actor.end) if actor else None)
    modal_start, modal_end = _span(clause, statement.modal)
    aim_start, aim_end = _span(clause, (statement.aim_start, statement.aim_end))
    object_start, object_end = _span(clause, statement.object_span)
    condition_start, condition_end = _span(clause, statement.condition_span)
    return {
        **base,
        "sentence_index": index,
        "statement_index": position,
        "actor": actor.canonical if actor else None,
        "actor_text": actor.text if actor else None,
        "actor_category": actor.category if actor else None,
        "role": actor.role if actor else None,
        "actor_start": actor_start,
        "actor_end": actor_end,
        "deontic": statement.deontic,
        "modal": statement.modal_text,
        "modal_start": modal_start,
        "modal_end": modal_end,
        "aim": statement.aim,
        "aim_text": statement.aim_text,
        "aim_start": aim_start,
        "aim_end": aim_end,
        "negated": statement.negated,
        "passive": statement.passive,
        "object_text": _slice(text, statement.object_span),
        "object_start": object_start,
        "object_end": object_end,
        "condition_text": _slice(text, statement.condition_span),
        "condition_start": condition_start,
        "condition_end": condition_end,
    }


def _slice(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None or span[0] < 0 else text[span[0] : span[1]]
