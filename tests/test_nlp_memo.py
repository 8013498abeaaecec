"""The per-Doc memo of token predicates (pipeline.nlp.memo)."""

from __future__ import annotations

from spacy.lang.sv import Swedish
from spacy.tokens import Token

from pipeline.nlp.memo import memoised, sentence_end, sentence_start, token_memo


def _counting() -> tuple[list[int], object]:
    calls: list[int] = []

    @memoised
    def word_length(token: Token) -> int:
        calls.append(token.i)
        return len(token.text)

    return calls, word_length


def test_memo_computes_each_token_once_inside_the_block() -> None:
    doc = Swedish()("Nämnden ska leda arbetet")
    calls, word_length = _counting()
    with token_memo(doc):
        first = [word_length(t) for t in doc]
        again = [word_length(t) for t in doc]
    assert first == again == [7, 3, 4, 7]
    assert calls == [0, 1, 2, 3]


def test_outside_the_block_or_for_another_doc_nothing_is_kept() -> None:
    doc, other = Swedish()("Styrelsen beslutar"), Swedish()("Styrelsen beslutar")
    calls, word_length = _counting()
    word_length(doc[0])
    with token_memo(doc):
        word_length(other[0])
        word_length(other[0])
        with token_memo(doc):  # reopened for the same Doc: the answers are kept
            word_length(doc[0])
        word_length(doc[0])
    assert calls == [0, 0, 0, 0]


def test_sentence_bounds_match_the_token_sentence() -> None:
    doc = Swedish()("Nämnden ska leda arbetet")
    doc[2].is_sent_start = True
    for token in doc:
        with token_memo(doc):
            assert (sentence_start(token), sentence_end(token)) == (
                token.sent.start,
                token.sent.end,
            )


def test_memo_is_not_reused_under_another_grammar() -> None:
    from dataclasses import replace

    from pipeline.nlp.grammar import GRAMMAR, SHIPPED_GRAMMAR, using_grammar

    doc = Swedish()("Nämnden ska leda arbetet")

    @memoised
    def is_negation(token: Token) -> bool:
        return token.lower_ in GRAMMAR.negations

    other = replace(SHIPPED_GRAMMAR, negations=frozenset({"ska"}))
    with token_memo(doc):
        shipped = [is_negation(t) for t in doc]
    with using_grammar(other), token_memo(doc):
        changed = [is_negation(t) for t in doc]
    assert shipped == [False] * 4
    assert changed == [False, True, False, False]
