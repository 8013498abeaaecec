"""Condition rules (pipeline/nlp/conditions.py and the predicates it reads) on hand-parsed
invented sentences (`parsed()`: rows `word lemma UPOS head dep [morph]`), with the tagger's
errors written into the rows."""

from __future__ import annotations

from pipeline.nlp.verb_fallbacks import v1_condition_end
from pipeline.nlp.verbs import is_verb
from tests.nlp_helpers import DEF, MODAL, PASS, PRES, find, parsed, statements

V1_PASSIVE_READ_AS_NAME = f"""
Förhindras Förhindras PROPN 2 nmod:poss
ordföranden ordförande NOUN 6 nsubj {DEF}
ska skola AUX 6 aux {MODAL}
vice vice ADJ 5 amod
ordföranden ordförande NOUN 6 nsubj {DEF}
leda leda VERB 0 ROOT VerbForm=Inf
sammanträdet sammanträde NOUN 6 obj {DEF}
. . PUNCT 6 punct
"""


def test_a_verb_first_clause_before_the_main_verb_is_a_condition(nlp) -> None:
    """``Förhindras ordföranden ska vice ordföranden leda sammanträdet`` (analysis-11 cause
    8): a statement that opens with a finite verb (here an s-passive the tagger read as a
    name), its subject and then the main clause's finite verb opens with a verb-first
    conditional clause: that clause is the condition, its subject is not the statement's
    actor (the main clause's inverted subject is), and its verb is a verb."""
    doc = parsed(nlp, V1_PASSIVE_READ_AS_NAME)
    assert v1_condition_end(doc[0]) == 2 and is_verb(doc[0])
    assert statements(doc) == [("vice ordförande", "obligation", "leda", False, False)]
    (statement,) = find(doc[:], doc._.actors)
    assert doc.text[slice(*statement.condition_span)] == "Förhindras ordföranden"


def test_a_verb_first_clause_whose_main_subject_is_no_actor_makes_no_statement(nlp) -> None:
    """``Säljs bolaget ska köpeskillingen gå till ägaren``: the condition's subject
    (``bolaget``) is no subject of ``gå``; the main clause's subject is no actor."""
    doc = parsed(
        nlp,
        f"""
        Säljs sälja VERB 2 amod {PASS}
        bolaget bolag NOUN 5 obl {DEF}
        ska skola AUX 5 aux {MODAL}
        köpeskillingen köpeskilling NOUN 5 nsubj {DEF}
        gå gå VERB 0 ROOT VerbForm=Inf
        till till ADP 7 case
        ägaren ägare NOUN 5 obl {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert [s for s in statements(doc) if s[2] == "gå"] == []


def test_a_subjectless_series_or_a_question_opens_no_verb_first_condition(nlp) -> None:
    """``Leder förvaltningen och ansvarar för ekonomin`` (a list item's verb series): the
    second finite verb follows a coordinator; a question ends in its mark."""
    series = parsed(
        nlp,
        f"""
        Leder leda VERB 0 ROOT {PRES}
        förvaltningen förvaltning NOUN 1 obj {DEF}
        och och CCONJ 4 cc
        ansvarar ansvara VERB 1 conj {PRES}
        för för ADP 6 case
        ekonomin ekonomi NOUN 4 obl {DEF}
        . . PUNCT 1 punct
        """,
    )
    assert v1_condition_end(series[0]) is None
    question = parsed(
        nlp,
        f"""
        Säljs sälja VERB 5 advcl {PASS}
        bolaget bolag NOUN 1 nsubj:pass {DEF}
        ska skola AUX 5 aux {MODAL}
        styrelsen styrelse NOUN 5 nsubj {DEF}
        informera informera VERB 0 ROOT VerbForm=Inf
        ? ? PUNCT 5 punct
        """,
    )
    assert v1_condition_end(question[0]) is None


def test_om_after_an_inverted_subject_noun_is_a_preposition(nlp) -> None:
    # round 18 (B7): "I sådana fall måste ett yttrande [ADJ] om bygglov lämnas av en
    # handläggare": no condition clause; the s-form is the modal's passive infinitive
    doc = parsed(
        nlp,
        f"""
        I i ADP 3 case
        sådana sådan ADJ 3 amod
        fall fall NOUN 6 obl Case=Nom|Definite=Ind|Number=Plur
        måste måste AUX 6 aux {MODAL}
        ett en DET 6 det
        yttrande yttra ADJ 0 ROOT Case=Nom|Degree=Pos
        om om ADP 8 case
        bygglov bygglov NOUN 6 obl Case=Nom|Definite=Ind|Number=Sing
        lämnas lämna VERB 6 advcl {PASS}
        av av ADP 12 case
        en en DET 12 det
        handläggare handläggare NOUN 9 obl:agent Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("handläggare", "obligation", "lämna", False, True)]
