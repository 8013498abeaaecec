"""The per-Doc memo of token predicates (pipeline.nlp.memo)."""

from __future__ import annotations

from spacy.lang.sv import Swedish
from spacy.tokens import Doc, Token

from pipeline.nlp.components import register_extensions
from pipeline.nlp.memo import (
    answers,
    doc_arrays,
    doc_memoised,
    doc_tokens,
    false_for_words,
    lower_words,
    memo_pool,
    memoised,
    open_lower,
    sentence_end,
    sentence_start,
    token_memo,
)


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


def test_a_pool_keeps_every_docs_memo_until_its_block_ends() -> None:
    nlp = Swedish()
    first, second = nlp("Styrelsen beslutar"), nlp("Nämnden leder")
    calls, word_length = _counting()
    with memo_pool():
        for doc in (first, second, first, second):  # one pass per rule, over every Doc
            with token_memo(doc):
                word_length(doc[0])
    assert calls == [0, 0]  # each Doc's answer found once
    with token_memo(first):  # after the pool, only the memo of the last Doc is kept
        word_length(first[0])
    assert calls == [0, 0, 0]


def test_new_actors_drop_the_pooled_facts_of_their_doc_only() -> None:
    """A document rule that replaces a Doc's actors (review 42b, item 5) makes the facts the
    pool keeps for that Doc stale (``coordinated`` reads the mentions); another Doc's stay."""
    register_extensions()
    nlp = Swedish()
    first, second = nlp("Styrelsen beslutar"), nlp("Nämnden leder")
    computed: list[str] = []

    def fact(doc: Doc) -> int:
        return doc_memoised(doc, "mentions", lambda: computed.append(doc.text) or 1)

    with memo_pool():
        for doc in (first, second):
            with token_memo(doc):
                fact(doc)
        first._.actors = []
        for doc in (first, second):
            with token_memo(doc):
                fact(doc)
    assert computed == ["Styrelsen beslutar", "Nämnden leder", "Styrelsen beslutar"]
    assert first._.actors == []


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

    from pipeline.language.grammar import GRAMMAR, SHIPPED_GRAMMAR, using_grammar

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


def test_a_grammar_is_bound_in_its_thread_until_its_block_ends() -> None:
    import threading
    from dataclasses import replace

    import pytest

    from pipeline.language.grammar import GRAMMAR, SHIPPED_GRAMMAR, active_grammar, using_grammar

    other = replace(SHIPPED_GRAMMAR, negations=frozenset({"ska"}), known_infinitives=frozenset())
    elsewhere: list[frozenset[str]] = []
    with using_grammar(other):
        thread = threading.Thread(target=lambda: elsewhere.append(GRAMMAR.negations))
        thread.start()
        thread.join()
        assert GRAMMAR.negations == {"ska"}
        assert GRAMMAR.infinitives == frozenset(other.irregular_lemmas.values())  # derived
        assert active_grammar() is other
    assert elsewhere == [SHIPPED_GRAMMAR.negations]  # another thread reads its own grammar
    with pytest.raises(ValueError), using_grammar(other):
        raise ValueError
    assert active_grammar() is SHIPPED_GRAMMAR
    assert GRAMMAR.negations == SHIPPED_GRAMMAR.negations
    assert GRAMMAR.infinitives == SHIPPED_GRAMMAR.infinitives


def _parsed_doc() -> Doc:  # a hand-parsed invented sentence
    import spacy

    from tests.nlp_helpers import parsed

    return parsed(
        spacy.blank("sv"),
        """
        Nämnden nämnd NOUN 3 nsubj Definite=Def
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        leda leda VERB 0 ROOT VerbForm=Inf
        och och CCONJ 5 cc
        samordna samordna VERB 3 conj VerbForm=Inf
        arbetet arbete NOUN 3 obj Definite=Def
        . . PUNCT 3 punct
        """,
    )


def test_doc_arrays_give_what_the_tokens_give() -> None:
    doc = _parsed_doc()
    with token_memo(doc):
        arrays = doc_arrays(doc)
        assert doc_arrays(doc) is arrays  # read once per memo
    assert arrays.text == [t.text for t in doc]
    assert arrays.lower == [t.lower_ for t in doc]
    assert arrays.pos == [t.pos_ for t in doc]
    assert arrays.tag == [t.tag_ for t in doc]
    assert arrays.dep == [t.dep_ for t in doc]
    assert arrays.head == [t.head.i for t in doc]
    assert arrays.lemma == [t.lemma_ for t in doc]
    assert arrays.morph == [t.morph.key for t in doc]
    assert arrays.children == [[c.i for c in t.children] for t in doc]


def test_doc_tokens_are_made_once_per_memo() -> None:
    """perf56e: inside a memo the Doc's tokens are one list, read again when the Doc's length
    changes; outside one the Doc itself answers ``[i]``."""
    doc = _parsed_doc()
    assert doc_tokens(doc) is doc
    with token_memo(doc):
        tokens = doc_tokens(doc)
        assert doc_tokens(doc) is tokens
        assert [t.i for t in tokens] == list(range(len(doc)))
        assert [t.text for t in tokens] == [t.text for t in doc]
        with doc.retokenize() as retokenizer:
            retokenizer.merge(doc[0:2])
        assert [t.text for t in doc_tokens(doc)] == [t.text for t in doc]


def test_pooled_memo_keeps_the_columns_between_memos() -> None:
    """perf56e: inside a `memo_pool`, between the Docs' memos (the document rules), the
    columns are the pooled memo's, read once; a Doc with no memo reads its own."""
    doc, other = _parsed_doc(), _parsed_doc()
    with memo_pool():
        with token_memo(doc):
            arrays = doc_arrays(doc)
        assert doc_arrays(doc) is arrays
        assert lower_words(doc[1:3]) == [t.lower_ for t in doc[1:3]]
        assert doc_arrays(other) is not doc_arrays(other)
        assert lower_words(other[0:2]) == [t.lower_ for t in other[0:2]]
    assert doc_arrays(doc) is not arrays


def test_answers_are_the_functions_answers_inside_and_outside_a_memo() -> None:
    doc = _parsed_doc()
    calls, word_length = _counting()
    assert answers(doc, word_length, 1, 4)[1:4] == [3, 4, 3]
    with token_memo(doc):
        assert answers(doc, word_length, 0, len(doc)) == [len(t.text) for t in doc]
        calls.clear()
        assert word_length(doc[2]) == 4 and calls == []  # the same memo table


def test_doc_text_outlives_new_actors_and_kept_answers_are_fresh_lists() -> None:
    """perf47a: `doc_text` stays with the memo when new mentions drop its facts; a kept
    `coordinated_actors` answer is the one computed outside a memo, as a list of its own."""
    from pipeline.nlp.actors import ActorMention
    from pipeline.nlp.memo import doc_text
    from pipeline.nlp.subjects import coordinated_actors

    register_extensions()
    doc = _parsed_doc()
    doc._.actors = []
    board = ActorMention(0, 7, "Nämnden", "nämnden", "nämnd", "nämnd", 0, 0)
    outside = coordinated_actors(board, [board], doc)
    with token_memo(doc):
        text = doc_text(doc)
        doc._.actors = [board]  # drops the facts, not the text
        assert doc_text(doc) is text == doc.text
        first = coordinated_actors(board, [board], doc)
        first.append(board)
        assert coordinated_actors(board, [board], doc) == outside == [board]


def test_answers_fill_words_false_for_words_settles_without_a_call() -> None:
    calls: list[int] = []

    @memoised
    def long_word(token: Token) -> bool:
        calls.append(token.i)
        return len(token.text) > 3

    false_for_words(long_word, lambda word, pos: len(word) <= 3)
    doc = Swedish()("Nämnden ska leda arbetet")
    expected = [long_word(t) for t in doc]
    calls.clear()
    with token_memo(doc):
        assert answers(doc, long_word, 0, len(doc)) == expected == [True, False, True, True]
        assert calls == [0, 2, 3]  # "ska" settled by its word alone
    assert answers(doc, long_word, 0, len(doc)) == expected  # outside a memo too


def test_open_lower_reads_the_memos_column_only_inside_a_memo() -> None:
    doc = Swedish()("Nämnden SKA leda")
    assert open_lower(doc) is None
    with token_memo(doc):
        assert open_lower(doc) == ["nämnden", "ska", "leda"]
        assert open_lower(Swedish()("annan")) is None
