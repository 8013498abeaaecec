"""Predictions in corpus format (pipeline/nlp/corpus.py)."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.corpus import clause_record


def _mention(start: int, end: int, text: str) -> ActorMention:
    return ActorMention(start=start, end=end, text=text, canonical=text.lower(),
                        category="organisation", head=text.lower(), first_token=0,
                        last_token=0)


def test_clause_record_never_writes_a_zero_width_span() -> None:
    """An empty actor text left by a cut is no span (round 18, A1)."""
    clause = SimpleNamespace(doc_id="d", clause_id="1", parent_id=None, kind="paragraph",
                             label="", text="Vattenrådet ska samordna arbetet.")
    annotation = SimpleNamespace(clause=clause, doc=None, verbs=(), statements=(), errors=(),
                                 actors=(_mention(0, 0, ""), _mention(0, 11, "Vattenrådet")))
    spans = clause_record(annotation)["spans"]
    assert [span["text"] for span in spans] == ["Vattenrådet"]
