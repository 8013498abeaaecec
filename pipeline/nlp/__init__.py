"""NLP stage: the Swedish spaCy model plus styrdok's components, run clause by clause.

`annotate` turns a segmented document into `ClauseAnnotation`s (sentences, tokens,
actors, verbs, statements with offsets into the normalized text); `build_annotator`
wraps it for the batch runner, returning the NLP tables of each document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import pyarrow as pa

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from pipeline.config import Settings
    from pipeline.segment import Clause, SegmentedDocument

from pipeline.nlp.actors import ActorMention, resolve_short_references
from pipeline.nlp.lexicon import DeonticCues
from pipeline.nlp.model import load_model as load_model  # re-export: pipeline.nlp.load_model()
from pipeline.nlp.statements import Statement, Verb

ANNOTATED_KINDS = frozenset({"heading", "paragraph", "list_item", "table_row"})
_NO_CUES = DeonticCues({}, (), frozenset(), frozenset(), ())


@dataclass(frozen=True)
class ClauseAnnotation:
    clause: Clause
    doc: Doc
    actors: tuple[ActorMention, ...]
    verbs: tuple[Verb, ...]
    statements: tuple[tuple[int, Statement], ...]  # (sentence index, statement)


def build_nlp(settings: Settings) -> Language:
    from pipeline.nlp.components import add_styrdok_components
    from pipeline.nlp.model import load_model

    nlp = load_model(settings.model)
    return add_styrdok_components(nlp, str(settings.actors_path), str(settings.deontics_path))


def _lexicon(nlp: Language) -> Any:
    return nlp.get_pipe("styrdok_actors").lexicon


def annotate(
    nlp: Language, document: SegmentedDocument, batch_size: int = 64
) -> list[ClauseAnnotation]:
    return annotate_many(nlp, [document], batch_size)[0]


def annotate_many(
    nlp: Language, documents: Sequence[SegmentedDocument], batch_size: int = 64
) -> list[list[ClauseAnnotation]]:
    """Annotate the clauses of several documents in one ``nlp.pipe`` stream."""
    clauses = [
        [c for c in document.clauses if c.kind in ANNOTATED_KINDS and c.text.strip()]
        for document in documents
    ]
    stream = nlp.pipe((c.text for group in clauses for c in group), batch_size=batch_size)
    results = []
    for document, group in zip(documents, clauses, strict=True):
        docs = [next(stream) for _ in group]
        results.append(_document_annotations(nlp, document, group, docs))
    return results


def _document_annotations(
    nlp: Language, document: SegmentedDocument, clauses: list[Clause], docs: list[Doc]
) -> list[ClauseAnnotation]:
    known = {m.canonical for doc in docs for m in doc._.actors}
    lexicon = _lexicon(nlp)
    annotations = []
    for clause, doc in zip(clauses, docs, strict=True):
        resolved = resolve_short_references(doc._.actors, known, document.organisation, lexicon)
        by_token = {m.first_token: m for m in resolved}
        statements = tuple(
            (
                index,
                replace(s, actor=by_token.get(s.actor.first_token, s.actor) if s.actor else None),
            )
            for index, s in doc._.statements
        )
        annotations.append(
            ClauseAnnotation(clause, doc, tuple(resolved), tuple(doc._.verbs), statements)
        )
    return _inherit_lead_ins(annotations)


def _inherit_lead_ins(annotations: list[ClauseAnnotation]) -> list[ClauseAnnotation]:
    """List items take the lead-in's actor and deontic: ``X ska särskilt fokusera följande:``.

    The governing statement is the one in the lead-in's last sentence (the one that opens
    the list); it moves to the items. An item with its own actor and verb (``- Ekonomichefen
    ska rapportera …``) keeps its own statements; an ``att …`` item is always governed.
    """
    by_id = {a.clause.clause_id: a for a in annotations}
    governing_of = {
        clause_id: _governing(annotation)
        for clause_id, annotation in by_id.items()
        if any(
            a.clause.parent_id == clause_id and a.clause.kind == "list_item" for a in annotations
        )
    }
    result = []
    for annotation in annotations:
        clause = annotation.clause
        governing = governing_of.get(clause.parent_id or "")
        if clause.kind == "list_item" and governing is not None and _is_governed(annotation):
            annotation = replace(
                annotation, statements=tuple(_item_statements(annotation, governing[1]))
            )
        elif clause.clause_id in governing_of and governing_of[clause.clause_id] is not None:
            moved = governing_of[clause.clause_id]
            annotation = replace(
                annotation, statements=tuple(s for s in annotation.statements if s is not moved)
            )
        result.append(annotation)
    return result


def _governing(lead_in: ClauseAnnotation) -> tuple[int, Statement] | None:
    if not lead_in.statements:
        return None
    last_sentence = max(index for index, _ in lead_in.statements)
    return next((item for item in lead_in.statements if item[0] == last_sentence), None)


def _is_governed(item: ClauseAnnotation) -> bool:
    starts_with_att = len(item.doc) > 0 and item.doc[0].lower_ == "att"
    return starts_with_att or not item.statements


def _item_statements(
    annotation: ClauseAnnotation, governing: Statement
) -> list[tuple[int, Statement]]:
    """A list item's action: its leading ``att`` + infinitive, else its first verb group."""
    from pipeline.nlp.statements import could_be_infinitive, is_finite, object_span, verb_group

    doc = annotation.doc
    aim = None
    if len(doc) > 1 and doc[0].lower_ == "att" and could_be_infinitive(doc[1]):
        aim = doc[1]
    else:
        in_actor = {i for m in annotation.actors for i in range(m.first_token, m.last_token + 1)}
        finite = next((t for t in doc if is_finite(t) and t.i not in in_actor), None)
        if finite is not None:
            aim = verb_group(finite, _NO_CUES).verbs[0]
    if aim is None:
        return []
    actor = (
        replace(governing.actor, start=-1, end=-1, first_token=-1, last_token=-1)
        if governing.actor
        else None
    )
    lemma = "vara" if aim.lower_ in {"är", "var"} else _lemma(aim)
    if aim.pos_ not in {"VERB", "AUX"}:
        lemma = aim.lower_  # a mistagged infinitive is its own lemma
    return [
        (
            0,
            replace(
                governing,
                actor=actor,
                aim=lemma,
                aim_start=aim.idx,
                aim_end=aim.idx + len(aim.text),
                aim_text=aim.text,
                modal=None,  # the lead-in's cue governs: its text is kept, its span is not here
                object_span=object_span(aim, len(doc), set()),
                condition_span=None,
            ),
        )
    ]


def _lemma(token: Any) -> str:
    from pipeline.nlp.statements import verb_lemma

    return verb_lemma(token)


# ---------------------------------------------------------------------------
# Rows


def _span(clause: Clause, span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    if span is None or span[0] < 0:
        return None, None
    return clause.start + span[0], clause.start + span[1]


def _text(annotation: ClauseAnnotation, span: tuple[int, int] | None) -> str | None:
    if span is None or span[0] < 0:
        return None
    return annotation.doc.text[span[0] : span[1]]


def annotation_rows(
    document: SegmentedDocument, annotations: Sequence[ClauseAnnotation]
) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {
        name: [] for name in ("sentences", "tokens", "actors", "verbs", "statements")
    }
    for annotation in annotations:
        clause, doc = annotation.clause, annotation.doc
        base = {"doc_id": document.doc_id, "clause_id": clause.clause_id}
        sentence_of: dict[int, int] = {}
        for index, sentence in enumerate(doc.sents):
            rows["sentences"].append(
                {
                    **base,
                    "sentence_index": index,
                    "text": sentence.text,
                    "start": clause.start + sentence.start_char,
                    "end": clause.start + sentence.end_char,
                }
            )
            sentence_of.update({token.i: index for token in sentence})
        for token in doc:
            rows["tokens"].append(
                {
                    **base,
                    "sentence_index": sentence_of[token.i],
                    "token_index": token.i,
                    "text": token.text,
                    "lemma": token.lemma_,
                    "upos": token.pos_,
                    "xpos": token.tag_,
                    "morph": str(token.morph),
                    "dep": token.dep_,
                    "head_index": token.head.i,
                    "start": clause.start + token.idx,
                    "end": clause.start + token.idx + len(token.text),
                }
            )
        statement_actors = {s.actor.first_token for _, s in annotation.statements if s.actor}
        rows["actors"].extend(
            _actor_row(base, clause, m, sentence_of, actor_role(doc, m, statement_actors))
            for m in annotation.actors
        )
        rows["verbs"].extend(_verb_row(base, clause, v, sentence_of) for v in annotation.verbs)
        rows["statements"].extend(
            _statement_row(base, annotation, position, index, statement)
            for position, (index, statement) in enumerate(annotation.statements)
        )
    return rows


ROLES = {
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


def actor_role(doc: Doc, mention: ActorMention, statement_actors: set[int]) -> str:
    """The mention's role in its sentence: ``actor`` when a statement names it, else its
    head token's dependency (subject, object, agent, possessor, oblique, modifier)."""
    if mention.first_token in statement_actors:
        return "actor"
    head = doc[mention.last_token]
    while head.dep_ in {"conj", "flat", "flat:name"} and head.head is not head:
        head = head.head
    return ROLES.get(head.dep_, "other")


def _actor_row(
    base: dict, clause: Clause, mention: ActorMention, sentence_of: dict, role: str
) -> dict:
    return {
        **base,
        "sentence_index": sentence_of.get(mention.first_token),
        "text": mention.text,
        "canonical": mention.canonical,
        "category": mention.category,
        "role": role,
        "source": "resolved" if mention.short else mention.source,
        "start": clause.start + mention.start,
        "end": clause.start + mention.end,
    }


def _verb_row(base: dict, clause: Clause, verb: Verb, sentence_of: dict) -> dict:
    return {
        **base,
        "sentence_index": sentence_of.get(verb.token),
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
    clause = annotation.clause
    actor = statement.actor
    actor_span = (actor.start, actor.end) if actor else None
    actor_start, actor_end = _span(clause, actor_span)
    modal_start, modal_end = _span(clause, statement.modal)
    object_start, object_end = _span(clause, statement.object_span)
    condition_start, condition_end = _span(clause, statement.condition_span)
    return {
        **base,
        "sentence_index": index,
        "statement_index": position,
        "actor": actor.canonical if actor else None,
        "actor_text": actor.text if actor else None,
        "actor_category": actor.category if actor else None,
        "actor_start": actor_start,
        "actor_end": actor_end,
        "deontic": statement.deontic,
        "modal": statement.modal_text,
        "modal_start": modal_start,
        "modal_end": modal_end,
        "aim": statement.aim,
        "aim_text": statement.aim_text,
        "aim_start": clause.start + statement.aim_start,
        "aim_end": clause.start + statement.aim_end,
        "negated": statement.negated,
        "passive": statement.passive,
        "object_text": _text(annotation, statement.object_span),
        "object_start": object_start,
        "object_end": object_end,
        "condition_text": _text(annotation, statement.condition_span),
        "condition_start": condition_start,
        "condition_end": condition_end,
    }


def build_annotator(settings: Settings) -> Callable[[Sequence[SegmentedDocument]], list[dict]]:
    """The NLP stage for the batch runner: documents in, their NLP tables out."""
    from pipeline.tables import to_table

    nlp = build_nlp(settings)

    def annotator(documents: Sequence[SegmentedDocument]) -> list[dict[str, pa.Table]]:
        results = []
        for document, clause_annotations in zip(
            documents, annotate_many(nlp, documents, settings.batch_size), strict=True
        ):
            rows = annotation_rows(document, clause_annotations)
            results.append({name: to_table(name, table_rows) for name, table_rows in rows.items()})
        return results

    return annotator
