"""Table rows of the NLP stage: sentences, tokens, actors, verbs, statements, clause errors.

Token and sentence columns are built from ``Doc.to_array`` (numpy) per clause, not from
per-token dicts; offsets are shifted from the clause into the normalized document text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from spacy.attrs import DEP, HEAD, IDX, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from pipeline import patterns
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.statements import Statement
from pipeline.nlp.verbs import Verb
from pipeline.tables import SCHEMAS, SORT_KEYS, sorted_by, to_table

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
EMPTY_MORPH = "_"
ROW_TABLES = ("actors", "verbs", "statements", "clause_errors")


def _columnar(name: str, columns: dict[str, list | np.ndarray]) -> pa.Table:
    schema = SCHEMAS[name]
    table = pa.Table.from_pydict({f.name: columns[f.name] for f in schema}, schema=schema)
    if table.num_rows:
        table = sorted_by(table, [(key, "ascending") for key in SORT_KEYS[name]])
    return table


STRING_COLUMNS = {
    "text": ORTH,
    "lemma": LEMMA,
    "upos": POS,
    "xpos": TAG,
    "morph": MORPH,
    "dep": DEP,
}
# The columns of a document's token array (`_TokenArray.table`), in this order.
_TOKEN_ATTRS = [IDX, HEAD, SENT_START, *STRING_COLUMNS.values()]
_FIRST_STRING = 3


class _TokenArray(NamedTuple):
    """Every token of a document's non-empty clause Docs, from one ``Doc.to_array`` per Doc
    (round 58, perf58b: the sentence numbers come from the same array, not a second one)."""

    table: np.ndarray  # one row per token, `_TOKEN_ATTRS` as uint64
    kept: list[ClauseAnnotation]  # the annotations with tokens, in order
    counts: list[int]  # tokens per kept clause
    numbers: np.ndarray  # sentence index in its clause, per token


def _token_array(annotations: Sequence[ClauseAnnotation]) -> _TokenArray:
    kept = [annotation for annotation in annotations if len(annotation.doc)]
    if not kept:
        empty = np.zeros(0, dtype=np.int64)
        return _TokenArray(np.zeros((0, len(_TOKEN_ATTRS)), np.uint64), [], [], empty)
    table = np.concatenate([a.doc.to_array(_TOKEN_ATTRS).astype(np.uint64) for a in kept])
    counts = [len(annotation.doc) for annotation in kept]
    firsts = np.cumsum([0, *counts[:-1]])
    starts = table[:, 2] == 1
    starts[firsts] = True  # a clause's first token opens its first sentence
    running = np.cumsum(starts)
    numbers = running - np.repeat(running[firsts], counts)
    return _TokenArray(table, kept, counts, numbers)


def token_and_sentence_tables(
    document: SegmentedDocument,
    annotations: Sequence[ClauseAnnotation],
    tokens: _TokenArray | None = None,
) -> tuple[pa.Table, pa.Table]:
    """Token and sentence tables of a document from ``Doc.to_array``: the string columns are
    gathered as string-store hashes and turned into strings once per distinct value."""
    if tokens is None:
        tokens = _token_array(annotations)
    sentences: dict[str, list] = {f.name: [] for f in SCHEMAS["sentences"]}
    if not tokens.kept:
        return _columnar("tokens", {f.name: [] for f in SCHEMAS["tokens"]}), _columnar(
            "sentences", sentences
        )
    table, counts = tokens.table, tokens.counts
    strings = tokens.kept[0].doc.vocab.strings
    columns: dict[str, Any] = {}
    # Each distinct string becomes an Arrow string once; Arrow's `take` repeats it.
    for position, name in enumerate(STRING_COLUMNS, start=_FIRST_STRING):
        distinct, inverse = np.unique(table[:, position], return_inverse=True)
        values = pa.array([_string(strings, int(h)) for h in distinct], type=pa.string())
        columns[name] = values.take(inverse)
        if name == "text":  # a token's own length (``_`` too): where a sentence ends
            text_lengths = np.array([len(strings[int(h)]) if h else 0 for h in distinct])[inverse]
    starts = table[:, 0].astype(np.int64)
    lengths = pc.utf8_length(columns["text"]).to_numpy().astype(np.int64)  # code points
    offsets = np.repeat([a.clause.start for a in tokens.kept], counts)
    token_index = np.arange(len(table)) - np.repeat(np.cumsum([0, *counts[:-1]]), counts)
    clause_of_token = np.repeat(np.arange(len(counts)), counts)
    columns.update(
        doc_id=pa.array([document.doc_id], type=pa.string()).take(np.zeros(len(table), int)),
        clause_id=pa.array([a.clause.clause_id for a in tokens.kept], type=pa.string()).take(
            clause_of_token
        ),
        sentence_index=tokens.numbers,
        token_index=token_index,
        head_index=token_index + table[:, 1].astype(np.int64).view(np.int64),
        start=offsets + starts,
        end=offsets + starts + lengths,
    )
    clauses = [a.clause for a in tokens.kept]
    _sentence_rows(sentences, document.doc_id, clauses, clause_of_token, columns, text_lengths)
    return _columnar("tokens", columns), _columnar("sentences", sentences)


def _string(strings: Any, key: int) -> str:
    """A string-store hash as text; the empty morphology (``_``) and 0 are ``""``."""
    text = strings[key] if key else ""
    return "" if text == EMPTY_MORPH else text


def _sentence_rows(
    rows: dict[str, list],
    doc_id: str,
    clauses: Sequence[Clause],
    clause_of_token: np.ndarray,
    columns: Mapping[str, Any],
    text_lengths: np.ndarray,
) -> None:
    """The sentence rows of a document's tokens (`columns`: the token table's): a sentence is
    a run of tokens of one clause and sentence index, from its first token's start to the
    end of its last token's text; computed once for the document, not per clause."""
    numbers = columns["sentence_index"]
    firsts = np.ones(len(numbers), dtype=bool)
    firsts[1:] = (numbers[1:] != numbers[:-1]) | (clause_of_token[1:] != clause_of_token[:-1])
    firsts = np.flatnonzero(firsts)
    lasts = np.append(firsts[1:], len(numbers)) - 1
    starts = columns["start"][firsts]
    ends = columns["start"][lasts] + text_lengths[lasts]
    of = clause_of_token[firsts].tolist()
    count = len(firsts)
    rows["doc_id"] = [doc_id] * count
    rows["clause_id"] = [clauses[c].clause_id for c in of]
    rows["sentence_index"] = numbers[firsts]
    rows["text"] = [
        clauses[c].text[start - clauses[c].start : end - clauses[c].start]
        for c, start, end in zip(of, starts.tolist(), ends.tolist(), strict=True)
    ]
    rows["start"] = starts
    rows["end"] = ends


def annotation_tables(
    document: SegmentedDocument, annotations: Sequence[ClauseAnnotation]
) -> dict[str, pa.Table]:
    """Every NLP table of a document. The actor, verb, statement and clause-error rows are
    tuples in their schema's column order, turned into columns once per table (round 58,
    perf58b: no dict per row, no look-up per cell)."""
    tokens = _token_array(annotations)
    token_table, sentence_table = token_and_sentence_tables(document, annotations, tokens)
    rows = _row_tuples(document, annotations, _numbers_by_clause(annotations, tokens))
    return {
        "tokens": token_table,
        "sentences": sentence_table,
        **{name: _tuple_table(name, rows[name]) for name in ROW_TABLES},
    }


def _numbers_by_clause(
    annotations: Sequence[ClauseAnnotation], tokens: _TokenArray
) -> list[list[int]]:
    """Each annotation's sentence index per token, as Python ints (an empty Doc: none)."""
    flat = tokens.numbers.tolist()
    spans = iter(np.cumsum([0, *tokens.counts]).tolist())
    start = next(spans)
    found = []
    for annotation in annotations:
        if not len(annotation.doc):
            found.append([])
            continue
        end = next(spans)
        found.append(flat[start:end])
        start = end
    return found


def _tuple_table(name: str, rows: Sequence[tuple]) -> pa.Table:
    """`to_table(name, rows)` for rows given as tuples in the schema's column order."""
    if not rows:
        return to_table(name, [])
    schema = SCHEMAS[name]
    arrays = [
        pa.array(column, type=field.type)
        for column, field in zip(zip(*rows, strict=True), schema, strict=True)
    ]
    table = pa.Table.from_arrays(arrays, schema=schema)
    return sorted_by(table, [(key, "ascending") for key in SORT_KEYS[name]])


def annotation_rows(
    document: SegmentedDocument,
    annotations: Sequence[ClauseAnnotation],
    numbers_per_clause: Sequence[Sequence[int]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Rows of the actors, verbs, statements and clause_errors tables, as dicts."""
    if numbers_per_clause is None:
        numbers_per_clause = _numbers_by_clause(annotations, _token_array(annotations))
    rows = _row_tuples(document, annotations, numbers_per_clause)
    return {
        name: [dict(zip(SCHEMAS[name].names, row, strict=True)) for row in rows[name]]
        for name in ROW_TABLES
    }


def _row_tuples(
    document: SegmentedDocument,
    annotations: Sequence[ClauseAnnotation],
    numbers_per_clause: Sequence[Sequence[int]],
) -> dict[str, list[tuple]]:
    """Rows of the actors, verbs, statements and clause_errors tables, each a tuple in its
    schema's column order."""
    rows: dict[str, list[tuple]] = {name: [] for name in ROW_TABLES}
    by_id = {annotation.clause.clause_id: annotation for annotation in annotations}
    doc_id = document.doc_id
    for annotation, numbers in zip(annotations, numbers_per_clause, strict=True):
        clause, doc = annotation.clause, annotation.doc
        base = (doc_id, clause.clause_id)
        count = len(numbers)

        def sentence_of(token: int, numbers: Sequence[int] = numbers, count: int = count) -> (
            int | None
        ):
            return numbers[token] if 0 <= token < count else None

        if annotation.actors:
            actor_tokens = {s.actor.first_token for _, s in annotation.statements if s.actor}
            rows["actors"].extend(
                _actor_row(
                    base, clause, m, sentence_of(m.first_token),
                    function_of(doc, m, actor_tokens),
                )
                for m in annotation.actors
            )
        rows["verbs"].extend(
            _verb_row(base, clause, v, sentence_of(v.token)) for v in annotation.verbs
        )
        rows["statements"].extend(
            _statement_row(base, annotation, position, index, statement, by_id)
            for position, (index, statement) in enumerate(annotation.statements)
        )
        rows["clause_errors"].extend((*base, *error) for error in annotation.errors)
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


Base = tuple[str, str]  # doc_id, clause_id: the first two columns of every row table


def _actor_row(
    base: Base, clause: Clause, mention: ActorMention, sentence: int | None, function: str
) -> tuple:
    """An actors row, in `SCHEMAS["actors"]`'s column order."""
    return (
        *base,
        sentence,
        mention.text,
        mention.canonical,
        mention.category,
        mention.role,
        function,
        "resolved" if mention.short else mention.source,
        clause.start + mention.start,
        clause.start + mention.end,
    )


def _verb_row(base: Base, clause: Clause, verb: Verb, sentence: int | None) -> tuple:
    """A verbs row, in `SCHEMAS["verbs"]`'s column order."""
    return (
        *base,
        sentence,
        verb.text,
        verb.lemma,
        verb.tense,
        verb.voice,
        verb.negated,
        verb.is_auxiliary,
        verb.modal,
        clause.start + verb.start,
        clause.start + verb.end,
    )


Place = tuple[str | None, int | None, int | None]  # clause id, start, end (document offsets)
_NOWHERE: Place = (None, None, None)


def _actor_place(
    clause: Clause, actor: ActorMention | None, by_id: Mapping[str, ClauseAnnotation]
) -> Place:
    """The clause an actor is written in and its span there, in document offsets: the
    statement's own clause, or for an actor a list item inherits (no span in the item) the
    nearest lead-in above it that names it (round 49, nu49 fault 6); nothing where none is
    found."""
    if actor is None:
        return _NOWHERE
    if actor.start >= 0:
        start, end = _span(clause, (actor.start, actor.end))
        return clause.clause_id, start, end
    return _lead_in_place(clause, by_id, lambda lead_in: _named_span(lead_in, actor))


def _word_place(
    clause: Clause,
    span: tuple[int, int] | None,
    text: str | None,
    by_id: Mapping[str, ClauseAnnotation],
    part: str,
) -> Place:
    """Where a statement's modal or aim (`part`) is written: in its own clause, or for a
    list item's cue or verb inherited from its lead-in (`Regionstyrelsen ska till fullmäktige
    lämna` ⏎ `a) en årsredovisning`) in the nearest lead-in above it that holds that word
    (round 50, nu50 fault 3, as for the actor); nothing where none is found."""
    if not text:
        return _NOWHERE
    if span is not None and span[0] >= 0:
        start, end = _span(clause, span)
        return clause.clause_id, start, end
    return _lead_in_place(clause, by_id, lambda lead_in: _word_span(lead_in, text, part))


def _lead_in_place(
    clause: Clause,
    by_id: Mapping[str, ClauseAnnotation],
    find: Callable[[ClauseAnnotation], tuple[int, int] | None],
) -> Place:
    """The first lead-in above `clause` (its parents, nearest first) where `find` finds a
    span, with that span in document offsets."""
    parent = clause.parent_id
    seen: set[str] = set()
    while parent is not None and parent in by_id and parent not in seen:
        seen.add(parent)
        lead_in = by_id[parent]
        span = find(lead_in)
        if span is not None:
            start, end = _span(lead_in.clause, span)
            return parent, start, end
        parent = lead_in.clause.parent_id
    return _NOWHERE


def _named_span(annotation: ClauseAnnotation, actor: ActorMention) -> tuple[int, int] | None:
    mention = _named(annotation, actor)
    return None if mention is None else (mention.start, mention.end)


def _word_span(annotation: ClauseAnnotation, text: str, part: str) -> tuple[int, int] | None:
    """The lead-in's span of a modal or aim reading `text`: its own statements' first, else
    its first verb token with that text."""
    for _, statement in annotation.statements:
        if part == "modal" and statement.modal is not None and statement.modal_text == text:
            return statement.modal
        if part == "aim" and statement.aim_start >= 0 and statement.aim_text == text:
            return statement.aim_start, statement.aim_end
    for verb in annotation.verbs:
        if verb.text == text:
            return verb.start, verb.end
    return None


def _named(annotation: ClauseAnnotation, actor: ActorMention) -> ActorMention | None:
    """The lead-in's mention of `actor`: its statements' actor first, else its first mention
    with the same text."""
    own = (s.actor for _, s in annotation.statements if s.actor is not None)
    for mention in (*own, *annotation.actors):
        if mention.start >= 0 and mention.text == actor.text:
            return mention
    return None


def _statement_row(
    base: Base, annotation: ClauseAnnotation, position: int, index: int, statement: Statement,
    by_id: Mapping[str, ClauseAnnotation],
) -> tuple:
    """A statements row, in `SCHEMAS["statements"]`'s column order."""
    clause, text = annotation.clause, annotation.clause.text
    actor = statement.actor
    actor_clause, actor_start, actor_end = _actor_place(clause, actor, by_id)
    modal_clause, modal_start, modal_end = _word_place(
        clause, statement.modal, statement.modal_text, by_id, "modal"
    )
    aim_clause, aim_start, aim_end = _word_place(
        clause, (statement.aim_start, statement.aim_end), statement.aim_text, by_id, "aim"
    )
    object_span = _before_footnote_call(text, statement.object_span)
    condition_span = _before_footnote_call(text, statement.condition_span)
    object_start, object_end = _span(clause, object_span)
    condition_start, condition_end = _span(clause, condition_span)
    return (
        *base,
        index,
        position,
        actor.canonical if actor else None,
        actor.text if actor else None,
        actor.category if actor else None,
        actor.role if actor else None,
        actor_start,
        actor_end,
        actor_clause,
        statement.deontic,
        statement.modal_text,
        modal_start,
        modal_end,
        modal_clause,
        statement.aim,
        statement.aim_text,
        aim_start,
        aim_end,
        aim_clause,
        statement.negated,
        statement.passive,
        _slice(text, object_span),
        object_start,
        object_end,
        _slice(text, condition_span),
        condition_start,
        condition_end,
    )


def _before_footnote_call(
    text: str, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """An object or condition span that ends in its sentence's end glued to a footnote call
    (``… anvisningar.¹``: the tokenizer keeps them one token) ends before them (round 56,
    newuser56b fault 12; patterns.GLUED_END_WITH_CALL)."""
    if span is None or span[0] < 0:
        return span
    found = patterns.GLUED_END_WITH_CALL.search(text, span[0], span[1])
    if found is None or found.start() <= span[0] or found.end() != span[1]:
        return span
    return span[0], found.start()


def _slice(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None or span[0] < 0 else text[span[0] : span[1]]
