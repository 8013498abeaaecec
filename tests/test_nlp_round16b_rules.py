"""Round-16 cue, subject, verb and condition rules of package B (issue #10, round 16 causes
B1–B4, B8a) on hand-parsed invented sentences (`parsed()`: rows `word lemma UPOS head dep
[morph]`), with the tagger's and parser's errors written into the rows."""

from __future__ import annotations

from tests.nlp_helpers import DEF, DEF_PL, IND, INF, INF_PASS, MODAL, PRES, parsed, statements

PLUR_IND = "Case=Nom|Definite=Ind|Number=Plur"


def test_foremal_with_a_verksamhet_attribute_is_a_purpose_cue(nlp) -> None:
    """``har till föremål för sin verksamhet att V1 och V2``: the company-law purpose noun
    with its ``för (sin) verksamhet`` attribute before ``att`` is an obligation cue; every
    infinitive is an aim, ``ha`` none (B1)."""
    doc = parsed(
        nlp,
        f"""
        Stiftelsen stiftelse NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        till till ADP 4 case
        föremål föremål NOUN 2 obl {IND}
        för för ADP 7 case
        sin sin PRON 7 det Poss=Yes
        verksamhet verksamhet NOUN 4 nmod {IND}
        att att PART 9 mark
        förvalta förvalta VERB 2 xcomp {INF}
        och och CCONJ 11 cc
        hyra hyra VERB 9 conj {INF}
        ut ut ADP 11 compound:prt
        lokaler lokal NOUN 11 obj {PLUR_IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("stiftelse", "obligation", "förvalta", False, False),
        ("stiftelse", "obligation", "hyra", False, False),
    ]


def test_the_group_after_a_partitive_quantity_is_the_subject(nlp) -> None:
    """``Minst hälften av ledamöterna ska närvara``: the noun after the partitive ``av`` of a
    fraction or share (configs/grammar.yaml `partitive_quantities`) is the actor (B2)."""
    doc = parsed(
        nlp,
        f"""
        Minst lite ADV 2 advmod
        hälften hälft NOUN 6 nsubj {DEF}
        av av ADP 4 case
        ledamöterna ledamot NOUN 2 nmod {DEF_PL}
        ska skola AUX 6 aux {MODAL}
        närvara närvara VERB 0 ROOT {INF}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("ledamot", "obligation", "närvara", False, False)]


def test_an_inverted_fraction_names_the_passive_subject(nlp) -> None:
    """``Vartannat år ska två tredjedelar av revisorerna utses``: agentless passive, the
    subject past the fraction is the actor (docs/annotation.md §5.2; B2)."""
    doc = parsed(
        nlp,
        f"""
        Vartannat varannan DET 2 det
        år år NOUN 8 obl {IND}
        ska skola AUX 8 aux {MODAL}
        två två NUM 5 nummod Case=Nom|NumType=Card
        tredjedelar tredjedel NOUN 8 nsubj:pass {PLUR_IND}
        av av ADP 7 case
        revisorerna revisor NOUN 5 nmod {DEF_PL}
        utses utse VERB 0 ROOT {INF_PASS}
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [("revisor", "obligation", "utse", False, True)]


def test_a_bare_opening_word_makes_an_s_form_before_av_a_present_passive(nlp) -> None:
    """``Namn tecknas av A och B var för sig`` with ``Namn`` read as an adjective and
    ``var`` as a copula: the s-form is the present passive, its agents the actors (B3)."""
    doc = parsed(
        nlp,
        f"""
        Namn namn ADJ 2 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        tecknas teckna VERB 0 ROOT {INF_PASS}
        av av ADP 4 case
        ordföranden ordförande NOUN 2 nmod {DEF}
        och och CCONJ 6 cc
        kassören kassör NOUN 4 conj {DEF}
        var vara AUX 2 cop Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        för för ADP 9 case
        sig sig PRON 2 nmod Case=Acc
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "teckna", False, True),
        ("kassör", "none", "teckna", False, True),
    ]


def test_om_after_the_subject_of_a_conjoined_clause_is_a_preposition(nlp) -> None:
    """``Budgeten ska fastställas och frågan om taxor ska prövas``: the second clause's
    subject noun takes ``om`` as its preposition; no condition swallows the clause, and its
    passive under ``ska`` is a statement with an implicit actor (B4)."""
    doc = parsed(
        nlp,
        f"""
        Budgeten budget NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        fastställas fastställa VERB 0 ROOT {INF_PASS}
        och och CCONJ 5 cc
        frågan fråga NOUN 3 conj {DEF}
        om om ADP 7 case
        taxor taxa NOUN 5 nmod {PLUR_IND}
        ska skola AUX 9 aux {MODAL}
        prövas pröva VERB 3 conj {INF_PASS}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        (None, "obligation", "fastställa", False, True),
        (None, "obligation", "pröva", False, True),
    ]


def test_om_after_bestamma_opens_an_indirect_question(nlp) -> None:
    """``Nämnden bestämmer om ett utskott ska tillsättas``: the ``om``-clause of a verb of
    deciding is its object, no condition and no statement of its own (B8a)."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        bestämmer bestämma VERB 0 ROOT {PRES}
        om om SCONJ 7 mark
        ett en DET 5 det
        utskott utskott NOUN 7 nsubj:pass {IND}
        ska skola AUX 7 aux {MODAL}
        tillsättas tillsätta VERB 2 ccomp {INF_PASS}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "bestämma", False, False)]
