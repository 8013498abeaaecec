"""Round 58, perf58a: the memo's table look-ups, the word memo's last grammar and the lemma
lookup's per-form cache give the answers they gave before (pipeline.nlp.memo,
pipeline.nlp.model)."""

from __future__ import annotations

import threading
from dataclasses import replace

import spacy
from spacy.lang.sv import Swedish
from spacy.tokens import Doc, Token

from pipeline.language.grammar import GRAMMAR, SHIPPED_GRAMMAR, active_grammar, using_grammar
from pipeline.nlp.memo import (
    memoised,
    morph_values,
    sentence_end,
    sentence_start,
    token_memo,
    word_memoised,
)
from pipeline.nlp.model import LemmaLookupBackoff


def test_a_memoised_table_is_made_on_first_use_and_grows_with_a_split_token() -> None:
    doc = Swedish()("Nämnden ska leda kommunstyrelsen")
    calls: list[int] = []

    @memoised
    def word_length(token: Token) -> int:
        calls.append(token.i)
        return len(token.text)

    with token_memo(doc):
        assert word_length(doc[3]) == 15  # no table yet: made here
        assert word_length(doc[3]) == 15  # kept
        with doc.retokenize() as retokenizer:  # one token more than the table holds
            retokenizer.split(doc[3], ["kommun", "styrelsen"], heads=[(doc[3], 1), doc[2]])
        assert word_length(doc[4]) == 9
    assert calls == [3, 4]


def test_morph_values_are_the_tokens_inside_a_memo_first_asked_or_kept() -> None:
    words = ["Nämnden", "ska", "leda"]
    morphs = ["Definite=Def", "Tense=Pres|VerbForm=Fin", "VerbForm=Inf"]
    doc = Doc(spacy.blank("sv").vocab, words=words, morphs=morphs)
    with token_memo(doc):
        first = [morph_values(token, "VerbForm") for token in doc]
        again = [morph_values(token, "VerbForm") for token in doc]
    assert first == again == [[], ["Fin"], ["Inf"]]


def test_sentence_bounds_inside_and_outside_a_memo_and_for_another_doc() -> None:
    vocab = spacy.blank("sv").vocab
    starts = [True, False, False, True, False]
    doc = Doc(vocab, words=["Nämnden", "beslutar", ".", "Den", "leder"], sent_starts=starts)
    other = Doc(vocab, words=["A", "b", "C"], sent_starts=[True, True, False])
    expected = [(t.sent.start, t.sent.end) for t in doc]
    assert [(sentence_start(t), sentence_end(t)) for t in doc] == expected
    with token_memo(doc):
        assert [(sentence_start(t), sentence_end(t)) for t in doc] == expected
        assert [(sentence_start(t), sentence_end(t)) for t in other] == [(0, 1), (1, 3), (1, 3)]


def test_a_word_memo_answers_under_each_grammar_asked_in_turn() -> None:
    calls: list[tuple[str, int]] = []

    @word_memoised
    def is_negation(word: str) -> bool:
        calls.append((word, id(active_grammar())))
        return word in GRAMMAR.negations

    other = replace(SHIPPED_GRAMMAR, negations=frozenset({"ska"}))
    answers = []
    for _ in range(2):
        answers.append(is_negation("ska"))
        with using_grammar(other):
            answers.append(is_negation("ska"))
    assert answers == [False, True, False, True]
    assert len(calls) == 2  # once per grammar

    elsewhere: list[bool] = []
    with using_grammar(other):  # another thread reads its own grammar's answer
        thread = threading.Thread(target=lambda: elsewhere.append(is_negation("ska")))
        thread.start()
        thread.join()
        assert is_negation("ska") is True
    assert elsewhere == [False]


def _tagged(vocab: spacy.vocab.Vocab, rows: list[tuple[str, str, str]]) -> Doc:
    doc = Doc(vocab, words=[word for word, _, _ in rows], pos=[pos for _, pos, _ in rows])
    for token, (_, _, lemma) in zip(doc, rows, strict=True):
        token.lemma_ = lemma
    return doc


def _one_token_at_a_time(component: LemmaLookupBackoff, doc: Doc) -> list[str]:
    """The lemmas the component gave before round 58: each token's on its own."""
    return [component.backoff_lemma(token) or token.lemma_ for token in doc]


def test_the_backoff_lemmas_are_each_tokens_own_also_when_kept_per_form() -> None:
    comp = LemmaLookupBackoff("t", pos=["VERB", "NOUN"], mode="backoff", compound_pos=["NOUN"])
    comp.table = {"ställt": "ställa", "anställer": "anställa", "direktören": "direktör"}
    comp.seen = frozenset({"ställt", "dock"})
    vocab = spacy.blank("sv").vocab
    rows = [
        ("ställt", "VERB", "ställtma"),  # a seen form's suffixed guess: the lexicon's lemma
        ("dock", "ADV", "dock"),  # seen, kept
        ("anställer", "VERB", "anställ"),  # unseen: the lexicon's lemma
        ("anställa", "VERB", "anställ"),  # unseen base form: the form (a lexicon lemma)
        ("regiondirektören", "NOUN", "regiondirektören"),  # an unseen compound
        ("ställt", "NOUN", "ställt"),  # the same form, another class and trained lemma
    ]
    expected = ["ställa", "dock", "anställa", "anställa", "regiondirektör", "ställt"]
    for _ in range(2):  # the second Doc reads every form's lemma from the cache
        doc = _tagged(vocab, rows)
        assert _one_token_at_a_time(comp, _tagged(vocab, rows)) == expected
        comp(doc)
        assert [token.lemma_ for token in doc] == expected
    comp.table = {"anställer": "anställning"}  # another table: the kept lemmas go
    doc = _tagged(vocab, rows)
    comp(doc)
    assert doc[2].lemma_ == "anställning"


def test_the_feature_lemmas_are_the_lexicons_or_the_lower_case_form() -> None:
    comp = LemmaLookupBackoff("t", pos=["NOUN"], mode="feature")
    comp.table = {"Nämnden": "nämnd", "besluten": "beslut"}
    vocab = spacy.blank("sv").vocab
    for _ in range(2):
        doc = Doc(vocab, words=["Nämnden", "Besluten", "Ska"])
        comp(doc)
        assert [token.lemma_ for token in doc] == ["nämnd", "beslut", "ska"]
    empty = Doc(vocab, words=[])
    assert comp(empty) is empty
