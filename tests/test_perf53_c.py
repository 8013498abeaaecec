"""perf53c: a modal's slot asks its fixed insertions (`slot_insertions`) and fronted clause
openers (`conditions_fronted_clauses`) only of the phrases whose first word the token is
(`phrases_by_first_word`); the answers equal a scan of every phrase, and the grouping follows
the active grammar (a grammar bound later is grouped anew, never read from the old one)."""

from __future__ import annotations

from dataclasses import replace

import spacy
from spacy.tokens import Doc

from pipeline.language.grammar import GRAMMAR, SHIPPED_GRAMMAR, using_grammar
from pipeline.nlp.groups import _fronted_clause_opener, _slot_insertion_end
from pipeline.nlp.memo import token_memo

_SENTENCES = (  # invented
    "Nämnden ska så fort det kan ske utse en ledamot .",
    "Styrelsen får i den mån det är möjligt samråda med förbundet .",
    "Rektor ska om möjligt samråda och såvida inte särskilda skäl finns besluta .",
    "Kansliet ska i de fall ärendet är brådskande såframt icke annat sägs anmäla det .",
)


def _doc(text: str) -> Doc:
    words = text.split()
    return Doc(spacy.blank("sv").vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])


def _scanned(phrases: tuple[tuple[str, ...], ...], words: list[str]) -> tuple[str, ...] | None:
    """The answer before perf53c: the first phrase of the whole list that the words open with."""
    return next((p for p in phrases if tuple(words[: len(p)]) == p), None)


def test_gated_phrases_equal_a_scan_of_every_phrase() -> None:
    found = 0
    for text in _SENTENCES:
        doc = _doc(text)
        for memo in (False, True):
            with token_memo(doc) if memo else _no_memo():
                for token in doc:
                    words = [t.lower_ for t in doc[token.i :]]
                    insertion = _scanned(GRAMMAR.slot_insertions, words)
                    expected = None if insertion is None else token.i + len(insertion) - 1
                    assert _slot_insertion_end(token) == expected
                    opener = _scanned(GRAMMAR.conditions_fronted_clauses, words)
                    assert _fronted_clause_opener(token, len(doc)) == opener
                    found += (insertion is not None) + (opener is not None)
    assert found >= 8  # the sentences do hold insertions and openers


def test_grouping_follows_the_bound_grammar() -> None:
    doc = _doc("Nämnden ska vid behov och efter samråd utse en ledamot .")
    token = doc[2]  # "vid"
    assert _slot_insertion_end(token) is None
    assert _fronted_clause_opener(token, len(doc)) is None
    other = replace(
        SHIPPED_GRAMMAR,
        slot_insertions=(*SHIPPED_GRAMMAR.slot_insertions, ("vid", "behov")),
        conditions_fronted_clauses=(("vid", "behov", "och"), *SHIPPED_GRAMMAR.conditions_fronted_clauses),
    )
    with using_grammar(other):
        assert _slot_insertion_end(token) == 3
        assert _fronted_clause_opener(token, len(doc)) == ("vid", "behov", "och")
    assert _slot_insertion_end(token) is None  # the shipped grammar's groups again
    assert _fronted_clause_opener(token, len(doc)) is None


class _no_memo:  # noqa: N801 - a stand-in for `token_memo` where none is open
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
