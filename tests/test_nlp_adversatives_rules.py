"""Adversative ``utan`` after a negated first conjunct (pipeline/nlp/adversatives.py) on
hand-parsed, invented sentences."""

from __future__ import annotations

from pipeline.nlp.adversatives import adversative_conjuncts, not_only_conjuncts
from pipeline.nlp.components import StatementFinder
from tests.nlp_helpers import CUES, DEF, IND, MODAL, PRES, parsed


def _found(nlp, rows: str) -> list[tuple]:
    doc = parsed(nlp, rows)
    StatementFinder(nlp.vocab, CUES)(doc)
    adversative_conjuncts(doc)
    return [
        (s.actor.canonical if s.actor else None, s.deontic, s.aim, s.negated)
        for _, s in sorted(doc._.statements, key=lambda item: item[1].aim_start)
    ]


def test_utan_and_a_finite_verb_after_a_negation_shares_the_subject(nlp) -> None:
    """``Utskottet har ingen egen budget utan är knutet till regionstyrelsen`` (round 23,
    cause B6): the verb phrase after adversative ``utan`` has the first conjunct's subject,
    no cue and no negation."""
    found = _found(
        nlp,
        f"""
        Utskottet utskott NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        ingen ingen DET 5 det
        egen egen ADJ 5 amod
        budget budget NOUN 2 obj {IND}
        utan utan CCONJ 8 cc
        är vara AUX 8 cop {MODAL}
        knutet knuten ADJ 2 advcl
        till till ADP 10 case
        regionstyrelsen regionstyrelse NOUN 8 obl {DEF}
        """,
    )
    assert found == [("utskott", "none", "ha", False), ("utskott", "none", "vara", False)]


def test_utan_as_a_preposition_or_before_att_joins_no_verb_phrase(nlp) -> None:
    """``Nämnden beslutar inte utan underlag`` (the preposition + a noun) keeps its one
    negated statement; nothing is added."""
    found = _found(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        beslutar besluta VERB 0 ROOT {PRES}
        inte inte PART 2 advmod
        utan utan ADP 5 case
        underlag underlag NOUN 2 obl {IND}
        """,
    )
    assert found == [("nämnd", "none", "besluta", True)]


def _found_with_cues(nlp, rows: str) -> list[tuple]:
    doc = parsed(nlp, rows)
    StatementFinder(nlp.vocab, CUES)(doc)
    adversative_conjuncts(doc, CUES)
    return [
        (s.actor.canonical if s.actor else None, s.deontic, s.aim, s.negated)
        for _, s in sorted(doc._.statements, key=lambda item: item[1].aim_start)
    ]


def test_utan_and_a_modal_gives_the_infinitive_the_modals_cue(nlp) -> None:
    """``Kassören får inte betala ut medel utan ska lämna räkningen till styrelsen`` (round
    44, probe44 A3): the conjunct after ``utan`` + a modal has the first conjunct's actor and
    its own modal's cue, not negated."""
    found = _found_with_cues(
        nlp,
        f"""
        Kassören kassör NOUN 4 nsubj {DEF}
        får få AUX 4 aux {PRES}
        inte inte PART 4 advmod
        betala betala VERB 0 ROOT VerbForm=Inf
        ut ut ADV 4 compound:prt
        medel medel NOUN 4 obj {IND}
        utan utan CCONJ 9 cc
        ska skola AUX 9 aux {PRES}
        lämna lämna VERB 4 conj VerbForm=Inf
        räkningen räkning NOUN 9 obj {DEF}
        till till ADP 12 case
        styrelsen styrelse NOUN 9 obl {DEF}
        """,
    )
    assert found == [
        ("kassör", "prohibition", "betala", True),
        ("kassör", "obligation", "lämna", False),
    ]


def test_inte_bara_utan_även_in_a_phrase_joins_no_verb(nlp) -> None:
    """``Rådet ska bevaka inte bara skolfrågor utan även vårdfrågor``: no finite verb after
    ``utan``, one statement."""
    found = _found_with_cues(
        nlp,
        f"""
        Rådet råd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {PRES}
        bevaka bevaka VERB 0 ROOT VerbForm=Inf
        inte inte PART 6 advmod
        bara bara ADV 6 advmod
        skolfrågor skolfråga NOUN 3 obj {IND}
        utan utan CCONJ 9 cc
        även även ADV 9 advmod
        vårdfrågor vårdfråga NOUN 6 conj {IND}
        """,
    )
    assert found == [("råd", "obligation", "bevaka", False)]


def _not_only(nlp, rows: str) -> list[tuple]:
    doc = parsed(nlp, rows)
    StatementFinder(nlp.vocab, CUES)(doc)
    adversative_conjuncts(doc, CUES)
    not_only_conjuncts(doc, CUES)
    return [
        (
            s.actor.canonical if s.actor else None,
            s.deontic,
            s.aim,
            s.negated,
            doc.text[slice(*s.object_span)] if s.object_span else None,
        )
        for _, s in sorted(doc._.statements, key=lambda item: item[1].aim_start)
    ]


def test_inte_bara_v1_utan_även_v2_negates_neither_verb(nlp) -> None:
    """Round 53 (newuser53b fault 15): ``Kassören ska inte bara bokföra intäkter utan även
    betala räkningar``: the negation belongs to ``bara``; both infinitives take the modal's
    obligation, the first one's object ends before ``utan``. Without ``bara`` (``ska inte
    bokföra intäkter``) the negation stays a prohibition."""
    rows = f"""
        Kassören kassör NOUN 5 nsubj {DEF}
        ska skola AUX 5 aux {PRES}
        inte inte PART 5 advmod
        bara bara ADV 5 advmod
        bokföra bokföra VERB 0 ROOT VerbForm=Inf
        intäkter intäkt NOUN 5 obj {IND}
        utan utan CCONJ 10 cc
        även även ADV 10 advmod
        betala betala VERB 5 conj VerbForm=Inf
        räkningar räkning NOUN 9 obj {IND}
        """
    assert _not_only(nlp, rows) == [
        ("kassör", "obligation", "bokföra", False, "intäkter"),
        ("kassör", "obligation", "betala", False, "räkningar"),
    ]
    plain = f"""
        Kassören kassör NOUN 4 nsubj {DEF}
        ska skola AUX 4 aux {PRES}
        inte inte PART 4 advmod
        bokföra bokföra VERB 0 ROOT VerbForm=Inf
        intäkter intäkt NOUN 4 obj {IND}
        """
    assert _not_only(nlp, plain) == [("kassör", "prohibition", "bokföra", True, "intäkter")]
