"""NLP stage: the Swedish spaCy model plus styrdok's components, run clause by clause.

`load_model()` gives the full pipeline, so ``load_model()(text)._.statements`` holds the
statements of a text. `annotate_many` runs a document's clauses through one ``nlp.pipe``
stream, then the document-level rules (`pipeline.nlp.document`) over the clause stream;
`build_annotator` wraps it for the batch runner, returning the NLP tables of each document
(`pipeline.nlp.rows`), including a ``clause_errors`` row for each clause a rule failed on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from pipeline.config import Settings
    from pipeline.segment import Clause, SegmentedDocument

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.memo import memo_pool
from pipeline.nlp.statements import Statement
from pipeline.nlp.verbs import Verb
from pipeline.patterns import using_layout

# metadata lines ("Antagen av kommunfullmäktige …") get actors (docs/annotation.md §1.3), no
# statements (pipeline/nlp/document.py)
ANNOTATED_KINDS = frozenset({"heading", "paragraph", "list_item", "table_row", "metadata"})
DOCUMENT_PIPE = "styrdok_document"

__all__ = [
    "ActorMention",
    "ClauseAnnotation",
    "Statement",
    "Verb",
    "annotate",
    "annotate_many",
    "build_annotator",
    "build_nlp",
    "load_model",
]


@dataclass(frozen=True)
class ClauseAnnotation:
    clause: Clause
    doc: Doc
    actors: tuple[ActorMention, ...]
    verbs: tuple[Verb, ...]
    statements: tuple[tuple[int, Statement], ...]  # (sentence index, statement)
    errors: tuple[tuple[str, str, str], ...] = ()  # (stage, error type, message)


# Where ``nlp.meta`` records the run's own layout.yaml (absent: the shipped lists), which
# `annotate_many` binds (`patterns.using_layout`) as the normalize and segment stages do.
LAYOUT_META = "styrdok_layout_path"


def build_nlp(settings: Settings) -> Language:
    from pipeline.nlp.components import add_styrdok_components
    from pipeline.nlp.model import load_model as load_spacy_model

    with using_layout(settings.layout_path):
        nlp = add_styrdok_components(load_spacy_model(settings.model), settings)
    nlp.meta.pop(LAYOUT_META, None)
    if settings.layout_path is not None:
        nlp.meta[LAYOUT_META] = str(settings.layout_path)
    return nlp


def _layout_path(nlp: Language) -> Path | None:
    path = nlp.meta.get(LAYOUT_META)
    return Path(path) if path else None


def load_model(name: str | None = None, config_dir: str | None = None) -> Language:
    """The full pipeline: the Swedish model (shipped by default) with styrdok's components
    and the lexicon and cues of `config_dir` (default: ``$STYRDOK_CONFIG``, else shipped)."""
    from pipeline.config import load_settings

    settings = load_settings(config_dir)  # None: $STYRDOK_CONFIG, else the shipped defaults
    if name is not None:
        from dataclasses import replace

        settings = replace(settings, model=name)
    return build_nlp(settings)


def annotate(
    nlp: Language, document: SegmentedDocument, batch_size: int = 64
) -> list[ClauseAnnotation]:
    return annotate_many(nlp, [document], batch_size)[0]


def annotate_many(
    nlp: Language, documents: Sequence[SegmentedDocument], batch_size: int = 64
) -> list[list[ClauseAnnotation]]:
    """Annotate the clauses of several documents in one ``nlp.pipe`` stream; the document
    rules then run once per document over its clause stream, with the word lists of the
    layout.yaml `build_nlp` recorded."""
    with using_layout(_layout_path(nlp)):
        return _annotated(nlp, documents, batch_size)


def _annotated(
    nlp: Language, documents: Sequence[SegmentedDocument], batch_size: int
) -> list[list[ClauseAnnotation]]:
    clauses = [
        [c for c in document.clauses if c.kind in ANNOTATED_KINDS and c.text.strip()]
        for document in documents
    ]
    has_document_pipe = DOCUMENT_PIPE in nlp.pipe_names
    disabled = [DOCUMENT_PIPE] if has_document_pipe else []
    results = []
    with memo_pool():  # each Doc's memo from the pipe on, through the document rules
        with nlp.select_pipes(disable=disabled):
            stream = nlp.pipe((c.text for group in clauses for c in group), batch_size=batch_size)
            docs_of = [[next(stream) for _ in group] for group in clauses]
        for document, group, docs in zip(documents, clauses, docs_of, strict=True):
            if has_document_pipe:
                _document_rules(nlp, document, group, docs)
            results.append(
                [_annotation(clause, doc) for clause, doc in zip(group, docs, strict=True)]
            )
    return results


def _document_rules(
    nlp: Language, document: SegmentedDocument, clauses: list[Clause], docs: list[Doc]
) -> None:
    from pipeline.nlp.document import ClauseInfo

    infos = [ClauseInfo(c.clause_id, c.parent_id, c.kind, c.label) for c in clauses]
    nlp.get_pipe(DOCUMENT_PIPE).resolve(docs, infos, document.organisation)


def _annotation(clause: Clause, doc: Doc) -> ClauseAnnotation:
    """A clause's annotation; an actor mention whose span is empty (a rule that moved its
    start onto its end) slices no text and is no actor (offsets are sacred; round 56,
    analysis 56b-cm Z: a footer's zero-length `aktör`)."""
    return ClauseAnnotation(
        clause,
        doc,
        tuple(m for m in doc._.actors or () if m.start < m.end),
        tuple(doc._.verbs or ()),
        tuple(doc._.statements or ()),
        tuple(doc._.errors or ()),
    )


def build_annotator(settings: Settings) -> Callable[[Sequence[SegmentedDocument]], list[dict]]:
    """The NLP stage for the batch runner: documents in, their NLP tables out."""
    from pipeline.nlp.rows import annotation_tables

    nlp = build_nlp(settings)

    def annotator(documents: Sequence[SegmentedDocument]) -> list[dict[str, pa.Table]]:
        results = []
        for document, clause_annotations in zip(
            documents, annotate_many(nlp, documents, settings.batch_size), strict=True
        ):
            results.append(annotation_tables(document, clause_annotations))
        return results

    return annotator
