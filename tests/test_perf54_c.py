"""perf54c: the first tests that gate this round's rules give the answers of the full tests.

`conditions._postposed_circumstance` passes over a sentence with no noun of circumstance, on
the Doc's lower column within the sentence's own bounds: a second sentence's circumstance is
still read, and a first sentence is not lent the second's noun. `predicative.
naming_verb_clause` passes over a sentence with no naming or name-bearing verb after its first
word. `delegations.ActorRow.from_columns` gives the rows `from_row` gives of each row.
`sentence_types._det_by_copula` looks for the second order's ``det`` from the third word on
(``Nu är det nämnden``). `groups._series_head_before` passes over a verb within two words of
the modal (tests/test_nlp_groups_rules.py holds the series past a fronted phrase)."""

from __future__ import annotations

import pyarrow as pa
import pytest
import spacy

from pipeline.delegations import ACTOR_ROW_COLUMNS, ActorRow
from pipeline.language.grammar import GRAMMAR
from pipeline.nlp.conditions import _postposed_circumstance
from pipeline.nlp.predicative import naming_verb_clause
from pipeline.nlp.sentence_types import _det_by_copula
from tests.nlp_helpers import DEF, INF, LEXICON, MODAL, PRES, parsed


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("sv")


def test_a_circumstance_in_the_second_sentence_is_read_there_only(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        sammanträder sammanträda VERB 0 ROOT {PRES}
        . . PUNCT 2 punct
        Kassören kassör NOUN 6 nsubj {DEF}
        ska skola AUX 6 aux {MODAL}
        ersätta ersätta VERB 0 ROOT {INF}
        ordföranden ordförande NOUN 6 obj {DEF}
        vid vid ADP 9 case
        förfall förfall NOUN 6 obl Definite=Ind|Number=Sing
        . . PUNCT 6 punct
        """,
        starts=(3,),
    )  # invented, hand-parsed
    first, second = doc.sents
    assert _postposed_circumstance(first) is None
    span = _postposed_circumstance(second)
    assert span is not None and doc.text[slice(*span)] == "vid förfall"


def test_a_naming_verb_clause_needs_a_naming_verb_after_the_first_word(nlp) -> None:
    verb = sorted(LEXICON.naming_verbs)[0]
    named = parsed(
        nlp,
        f"""
        Förbundet förbund NOUN 2 nsubj {DEF}
        {verb} {verb} VERB 0 ROOT {PRES}
        Ekvik Ekvik PROPN 2 xcomp
        Räddningsförbund räddningsförbund PROPN 3 flat:name
        . . PUNCT 2 punct
        """,
    )  # invented, hand-parsed
    assert naming_verb_clause(list(named), LEXICON) == (0, 2, 4)
    unnamed = parsed(
        nlp,
        f"""
        Förbundet förbund NOUN 2 nsubj {DEF}
        leder leda VERB 0 ROOT {PRES}
        Ekvik Ekvik PROPN 2 obj
        Räddningsförbund räddningsförbund PROPN 3 flat:name
        . . PUNCT 2 punct
        """,
    )
    assert naming_verb_clause(list(unnamed), LEXICON) is None


def test_actor_rows_from_columns_are_the_rows_from_dicts() -> None:
    rows = [
        {"clause_id": "d-1", "text": "Nämnden", "canonical": "nämnden", "category": "organ",
         "role": None, "start": 0, "end": 7, "extra": 1},
        {"clause_id": "d-2", "text": "VD", "canonical": None, "category": None,
         "role": "chef", "start": 20, "end": 22, "extra": 2},
    ]
    table = pa.Table.from_pylist(rows)
    columns = [table.column(name).to_pylist() for name in ACTOR_ROW_COLUMNS]
    assert ActorRow.from_columns(columns) == [ActorRow.from_row(row) for row in rows]
    assert ActorRow.from_columns([[] for _ in ACTOR_ROW_COLUMNS]) == []


def test_the_second_orders_det_is_read_from_the_third_word_on() -> None:
    copula = sorted(GRAMMAR.copulas)[0]
    assert _det_by_copula(["nu", copula, "det", "nämnden", "."])
    assert _det_by_copula(["nu", copula, "det"])
    assert not _det_by_copula(["nu", "det", copula, "nämnden"])
    assert not _det_by_copula(["nu", copula, "nämnden", "det"])
