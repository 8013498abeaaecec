"""Round 54 (perf54a): the per-token facts read without a second walk give what the direct reads give.

`sentence_start`/`sentence_end` read the memo's sentence bounds without a helper call (inside
a memo of the token's Doc, `token.sent` outside one); `actors._one_word_labels` is the
grammar's derived `one_word_metadata_labels` (once per grammar, not once per capitalised
word), and follows a grammar bound later; `subjects._subordinator_of` asks `is_finite` once
per word it walks past."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy

from pipeline.language.grammar import SHIPPED_GRAMMAR, using_grammar
from pipeline.nlp import actors
from pipeline.nlp.memo import sentence_end, sentence_start, token_memo
from pipeline.nlp.subjects import subordinator_of
from tests.nlp_helpers import DEF, IND, INF, MODAL, PRES, parsed

_TWO_SENTENCES = f"""
    Nämnden nämnd NOUN 3 nsubj {DEF}
    ska skola AUX 3 aux {MODAL}
    utse utse VERB 0 ROOT {INF}
    en en DET 5 det
    ledamot ledamot NOUN 3 obj {IND}
    . . PUNCT 3 punct
    När när SCONJ 9 mark
    styrelsen styrelse NOUN 9 nsubj {DEF}
    sammanträder sammanträda VERB 11 advcl {PRES}
    , , PUNCT 9 punct
    leder leda VERB 0 ROOT {PRES}
    ordföranden ordförande NOUN 11 nsubj {DEF}
    mötet möte NOUN 11 obj {DEF}
    . . PUNCT 11 punct
    """  # invented, hand-parsed; the second sentence opens at token 6


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("sv")


def _bounds(doc) -> list[tuple[int, int]]:
    return [(sentence_start(token), sentence_end(token)) for token in doc]


def test_sentence_bounds_equal_token_sent_inside_and_outside_a_memo(nlp) -> None:
    doc = parsed(nlp, _TWO_SENTENCES, starts=(6,))
    expected = [(token.sent.start, token.sent.end) for token in doc]
    assert expected[0] == (0, 6) and expected[6] == (6, 14)
    assert _bounds(doc) == expected  # outside a memo: token.sent
    with token_memo(doc):
        assert _bounds(doc) == expected  # the memo's bounds, computed on the first read
        assert _bounds(doc) == expected  # and read again


def test_sentence_bounds_of_a_retokenized_doc_in_a_new_memo(nlp) -> None:
    doc = parsed(nlp, _TWO_SENTENCES, starts=(6,))
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])  # "en ledamot": one token, the Doc one shorter
    expected = [(token.sent.start, token.sent.end) for token in doc]
    assert expected[0] == (0, 5) and expected[-1] == (5, 13)
    with token_memo(doc):
        assert _bounds(doc) == expected


def test_a_token_of_another_doc_reads_its_own_bounds(nlp) -> None:
    doc, other = (parsed(nlp, _TWO_SENTENCES, starts=(6,)) for _ in range(2))
    with token_memo(doc):
        assert [(sentence_start(t), sentence_end(t)) for t in other] == [
            (t.sent.start, t.sent.end) for t in other
        ]


def test_one_word_labels_are_the_grammars_one_word_metadata_labels() -> None:
    direct = frozenset(
        label[0] for label in SHIPPED_GRAMMAR.metadata_labels if len(label) == 1
    )
    assert direct  # the shipped grammar lists one-word labels
    assert actors._one_word_labels() == direct


def test_one_word_labels_follow_a_grammar_bound_later() -> None:
    other = replace(SHIPPED_GRAMMAR, metadata_labels=(("ärendetyp",), ("två", "ord")))
    with using_grammar(other):
        assert actors._one_word_labels() == frozenset({"ärendetyp"})
    assert "ärendetyp" not in actors._one_word_labels()


def test_subordinator_walk_is_unchanged(nlp) -> None:
    """``När styrelsen sammanträder , leder …``: the walk back from ``sammanträder`` finds
    ``När``; from ``leder`` it stops at the comma after the finite verb of the clause before."""
    doc = parsed(nlp, _TWO_SENTENCES, starts=(6,))
    sentence = doc[6:14]
    in_actor = {m_i for m in doc._.actors for m_i in range(m.first_token, m.last_token + 1)}
    for memo in (False, True):
        if memo:
            with token_memo(doc):
                found = [subordinator_of(doc[i], sentence, in_actor) for i in (8, 10)]
        else:
            found = [subordinator_of(doc[i], sentence, in_actor) for i in (8, 10)]
        assert [t.i if t is not None else None for t in found] == [6, None]


_PLURAL_MODAL = f"""
    Revisorerna revisor NOUN 4 nsubj {DEF}
    skola skola NOUN 4 nsubj {IND}
    årligen årligen ADV 4 advmod
    granska granska VERB 0 ROOT {INF}
    kassan kassa NOUN 4 obj {DEF}
    och och CCONJ 7 cc
    en en DET 8 det
    skola skola NOUN 4 conj {IND}
    . . PUNCT 4 punct
    """  # invented, hand-parsed: "skola" a plural modal (its slot) and a noun ("en skola")


def _is_verb_asking_is_modal_of_every_word(token) -> bool:
    """`is_verb` as it was: `is_modal` asked of every word that is no listed modal."""
    from pipeline.language.grammar import active_grammar
    from pipeline.nlp import verbs
    from pipeline.nlp.verb_forms import is_modal

    word, pos, grammar = token.lower_, token.pos_, active_grammar()
    if verbs._never_a_verb(token, word, pos, grammar):
        return False
    if pos in verbs._ATTRIBUTIVE_CLASSES and verbs.attributive_in_noun_phrase(token):
        return verbs.is_verb.__wrapped__(token)  # that branch is unchanged
    if word in grammar.modals or word in verbs.ALWAYS_FINITE or is_modal(token):
        return True
    return verbs.is_verb.__wrapped__(token)


def test_is_verb_asks_is_modal_only_of_plural_modals(nlp) -> None:
    from pipeline.nlp.verb_forms import is_modal
    from pipeline.nlp.verbs import is_verb

    doc = parsed(nlp, _PLURAL_MODAL)
    assert [is_modal(t) for t in doc].count(True) == 1  # the slot's "skola", not "en skola"
    for memo in (False, True):
        if memo:
            with token_memo(doc):
                found = [is_verb(t) for t in doc]
        else:
            found = [is_verb(t) for t in doc]
        assert found == [_is_verb_asking_is_modal_of_every_word(t) for t in doc]
        assert found[1] is True and found[7] is False
