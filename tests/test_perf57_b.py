"""perf57b: the first tests in front of this round's costliest new rules give the answers of
the full scans they replaced.

`actors._written_as_name` read every token of the Doc twice per sentence-initial capitalised
adjective (review57b S9): the alphabetic words for a two-word heading line, then every token
for the same pair capitalised elsewhere. `_two_word_line` reads the text column (stopping at a
third word) and `_pair_capitalised_elsewhere` the lower column, a `Token` only for a match;
both are checked against the scans they replaced for every pair of tokens, inside a memo of the
Doc and outside one. `subjects.distributive_phrase_end` and `cues._complex_preposition_end`
read the position's word against their phrases' first words before building each phrase's
tuple: checked against the loops alone at every position and end."""

from __future__ import annotations

import pytest
import spacy

from pipeline.language.grammar import GRAMMAR
from pipeline.nlp.actors import _pair_capitalised_elsewhere, _two_word_line
from pipeline.nlp.cues import _complex_preposition_end
from pipeline.nlp.memo import doc_arrays, token_memo
from pipeline.nlp.subjects import distributive_phrase_end
from tests.nlp_helpers import DEF, IND, IND_PL, MODAL, parsed

ADJ_NEUT = "Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing"

DOCS = [
    (
        f"""
        Regionen region NOUN 3 nsubj {DEF}
        utser utse NOUN 3 nmod {IND_PL}
        ledamöter ledamot NOUN 0 ROOT {IND_PL}
        till till ADP 6 case
        Kommunalt kommunal ADJ 6 amod {ADJ_NEUT}
        forum forum NOUN 3 obl {IND}
        . . PUNCT 3 punct
        Kommunalt kommunal ADJ 9 amod {ADJ_NEUT}
        forum forum NOUN 11 nsubj {IND}
        ska skola AUX 11 aux {MODAL}
        lämna lämna VERB 0 ROOT VerbForm=Inf|Voice=Act
        kommunalt kommunal ADJ 13 amod {ADJ_NEUT}
        forum forum NOUN 11 obj {IND}
        . . PUNCT 11 punct
        """,
        (7,),
    ),
    (
        f"""
        Regionalt regional ADJ 2 amod {ADJ_NEUT}
        samverkansråd samverkansråd NOUN 0 ROOT {IND}
        """,
        (),
    ),
    (
        f"""
        1 1 NUM 3 nummod
        Regionalt regional ADJ 3 amod {ADJ_NEUT}
        råd råd NOUN 0 ROOT {IND}
        . . PUNCT 3 punct
        """,
        (),
    ),
    (
        f"""
        Regionalt regional ADJ 2 amod {ADJ_NEUT}
        råd råd NOUN 0 ROOT {IND}
        , , PUNCT 4 punct
        forum forum NOUN 2 conj {IND}
        """,
        (),
    ),
]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("sv")


def _old_two_word_line(doc, head: int) -> bool:
    words = [token for token in doc if token.is_alpha]
    return len(words) == 2 and words[1] == doc[head]


def _old_pair_elsewhere(doc, adjective: int, head: int) -> bool:
    pair = (doc[adjective].lower_, doc[head].lower_)
    return any(
        token.text[:1].isupper()
        and not token.is_sent_start
        and (token.lower_, doc[token.i + 1].lower_) == pair
        for token in doc[:-1]
        if token.i != adjective
    )


def _new(doc, adjective: int, head: int) -> tuple[bool, bool]:
    arrays = doc_arrays(doc)
    return (
        _two_word_line(arrays.text, head),
        _pair_capitalised_elsewhere(doc, arrays.text, arrays.lower, adjective, head),
    )


@pytest.mark.parametrize(("rows", "starts"), DOCS)
def test_column_reads_answer_as_the_token_scans(nlp, rows: str, starts: tuple[int, ...]) -> None:
    doc = parsed(nlp, rows, starts)
    pairs = [(a, h) for a in range(len(doc)) for h in range(len(doc)) if a != h]
    old = [(_old_two_word_line(doc, h), _old_pair_elsewhere(doc, a, h)) for a, h in pairs]
    assert [_new(doc, a, h) for a, h in pairs] == old
    with token_memo(doc):
        assert [_new(doc, a, h) for a, h in pairs] == old


PHRASES = f"""
Var var DET 5 det
och och CCONJ 3 cc
en en PRON 1 conj
av av ADP 5 case
ledamöterna ledamot NOUN 7 nsubj {DEF}
ska skola AUX 7 aux {MODAL}
yttra yttra VERB 0 ROOT VerbForm=Inf|Voice=Act
sig sig PRON 7 obj
i i ADP 10 case
fråga fråga NOUN 7 obl {IND}
om om ADP 12 case
vardera vardera PRON 7 obl
av av ADP 14 case
kommunerna kommun NOUN 12 nmod {DEF}
. . PUNCT 7 punct
"""


def _old_distributive_end(doc, position: int, end: int) -> int | None:
    for opener in GRAMMAR.distributive_determiners:
        stop = position + len(opener)
        if stop >= end or tuple(t.lower_ for t in doc[position:stop]) != opener:
            continue
        if opener[-1] == "av":
            return stop
        if len(opener) == 1 and doc[stop].lower_ == "av":
            return stop + 1
    return None


def _old_complex_end(position: int, sentence) -> int | None:
    doc = sentence.doc
    for phrase in GRAMMAR.complex_prepositions:
        end = position + len(phrase)
        if end < sentence.end and tuple(t.lower_ for t in doc[position:end]) == phrase:
            return end
    return None


def test_first_word_gates_answer_as_the_phrase_loops(nlp) -> None:
    doc = parsed(nlp, PHRASES)
    n = len(doc)
    cases = [(p, e) for e in range(n + 1) for p in range(n + 1)]
    old = [_old_distributive_end(doc, p, e) for p, e in cases]
    assert [distributive_phrase_end(doc, p, e) for p, e in cases] == old
    assert 4 in old and 13 in old  # `Var och en av`, `vardera av`
    spans = [(p, doc[s:e]) for s in range(n) for e in range(s + 1, n + 1) for p in range(s, e)]
    old = [_old_complex_end(p, span) for p, span in spans]
    assert [_complex_preposition_end(p, span) for p, span in spans] == old
    assert 11 in old  # `i fråga om`
