"""Clause scope (pipeline/nlp/statement_scope.py): which clause a finite verb or its conjunct
belongs to, on hand-parsed invented sentences (`parsed()`: rows `word lemma UPOS head dep
[morph]`)."""

from __future__ import annotations

import pytest

from pipeline.language.grammar import SHIPPED_GRAMMAR
from pipeline.nlp.statement_scope import cleft_focus
from tests.nlp_helpers import (
    DEF,
    DEF_PL,
    IND,
    IND_PL,
    INF,
    INF_PASS,
    MODAL,
    PASS,
    PRES,
    find,
    parsed,
    statements,
)

RELATIVE_CONJUNCT = """
Nämnden nämnd NOUN 2 nsubj
bereder bereda VERB 0 ROOT VerbForm=Fin|Tense=Pres
ärenden ärende NOUN 2 obj
som som PRON 6 nsubj:pass
ska ska AUX 6 aux VerbForm=Fin|Tense=Pres
tas ta VERB 3 acl:relcl VerbForm=Inf|Voice=Pass
upp upp ADP 6 compound:prt
och och CCONJ 9 cc
behandlas behandla VERB 6 conj VerbForm=Fin|Tense=Pres|Voice=Pass
. . PUNCT 2 punct
"""


CLEFT = """
Det det PRON 3 expl
är vara AUX 3 cop VerbForm=Fin|Tense=Pres
förvaltningschefen förvaltningschef NOUN 0 ROOT
som som PRON 5 nsubj
leder leda VERB 3 acl:cleft VerbForm=Fin|Tense=Pres
arbetet arbete NOUN 5 obj
och och CCONJ 8 cc
har ha VERB 5 conj VerbForm=Fin|Tense=Pres
rollen roll NOUN 8 obj
. . PUNCT 3 punct
"""


CLEFT_WITH_OBJECT_RELATIVE = """
Det den PRON 3 expl
är vara AUX 3 cop VerbForm=Fin|Tense=Pres
nämnden nämnd NOUN 0 ROOT
som som PRON 5 nsubj
utser utse VERB 3 acl:cleft Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
revisorerna revisor NOUN 5 obj
och och CCONJ 9 cc
de de DET 9 det
ombud ombud NOUN 6 conj
som som PRON 12 nsubj
är vara AUX 12 cop VerbForm=Fin|Tense=Pres
knutna knyta ADJ 9 acl:relcl
till till ADP 14 case
styrelsen styrelse NOUN 12 obl
. . PUNCT 3 punct
"""


RELATIVE_SERIES_ON_THE_MAIN_VERB = """
Staden stad NOUN 2 nsubj
har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
två två NUM 4 nummod
bolag bolag NOUN 2 obj
som som PRON 6 nsubj
förvaltar förvalta VERB 4 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
fastigheterna fastighet NOUN 6 obj
, , PUNCT 9 punct
hyr hyra NOUN 2 conj
ut ut ADV 2 compound:prt
lokaler lokal NOUN 2 obj
samt samt CCONJ 13 cc
sköter sköta VERB 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
parkeringen parkering NOUN 13 obj
. . PUNCT 2 punct
"""


RELATIVE_WITH_A_MODAL = """
    Nämnden nämnd NOUN 2 nsubj
    bereder bereda VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
    ärenden ärende NOUN 2 obj
    som som PRON 6 nsubj:pass
    ska skola AUX 6 aux VerbForm=Fin|Tense=Pres
    avgöras avgöra VERB 3 acl:relcl VerbForm=Inf|Voice=Pass
    av av ADP 8 case
    fullmäktige fullmäktige NOUN 6 obl:agent
    , , PUNCT 10 punct
    yttrar yttra VERB 2 conj VerbForm=Fin|Tense=Pres|Voice=Act
    sig sig PRON 10 obj
    över över ADP 13 case
    remisser remiss NOUN 10 obl
    och och CCONJ 15 cc
    fastställer fastställa VERB 2 conj VerbForm=Fin|Tense=Pres|Voice=Act
    taxor taxa NOUN 15 obj
    . . PUNCT 2 punct
"""


def test_a_finite_verb_after_a_fronted_clause_and_its_infinitives_is_the_main_verb(nlp) -> None:
    # cause 9: the "att" of the coordinated infinitive opens no clause of "ska"; past the
    # fronted clause's own verb "är", "ska" is the main clause's (V2, inverted subject)
    doc = parsed(
        nlp,
        f"""
        Om om SCONJ 4 mark
        kassören kassör NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        förhindrad förhindra ADJ 0 ROOT VerbForm=Part
        att att PART 6 mark
        attestera attestera VERB 4 xcomp {INF}
        eller eller CCONJ 9 cc
        att att PART 9 mark
        betala betala VERB 14 csubj {INF}
        fakturan faktura NOUN 9 obj {DEF}
        ska skola AUX 14 aux {MODAL}
        en en DET 13 det Definite=Ind
        controller controller NOUN 14 nsubj {IND}
        granska granska VERB 4 conj {INF}
        den den PRON 14 obj
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("controller", "obligation", "granska", False, False)]
    (statement,) = find(doc[:], doc._.actors)
    start, end = statement.condition_span
    assert (
        doc.text[start:end] == "Om kassören är förhindrad att attestera eller att betala fakturan"
    )


def test_a_conjunct_of_an_att_clause_verb_stays_in_it_in_another_voice(nlp) -> None:
    # cause 5: the conjunct inherits the scope of its first conjunct (the att-clause's verb)
    doc = parsed(
        nlp,
        f"""
        Fastighetschefen fastighetschef NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 6 mark
        att att SCONJ 6 mark
        lokalerna lokal NOUN 6 nsubj {DEF_PL}
        underhålls underhålla VERB 2 advcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        och och CCONJ 8 cc
        motsvarar motsvara VERB 6 conj {PRES}
        verksamhetens verksamhet NOUN 10 nmod:poss Case=Gen|Definite=Def|Number=Sing
        behov behov NOUN 8 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("fastighetschef", "responsibility", "ansvara")]


def test_a_modal_conjunct_after_an_infinitive_object_series_is_the_main_clauses(nlp) -> None:
    """gen56 F: ``har rätt att granska A, B och C och får …``: the parser hangs the
    infinitive on the series' last noun (``amod``), but a word tagged infinitive right after
    ``att`` makes it an infinitive marker, so the series' commas hide no ``att``-clause and
    ``får`` continues the main clause. Tags as the shipped model gives them."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        rätt rätt NOUN 2 obj {IND}
        att att PART 5 mark
        granska granska VERB 12 amod {INF}
        förbundets förbund NOUN 7 nmod:poss Case=Gen|Definite=Def|Number=Sing
        protokoll protokoll NOUN 5 obj {IND}
        , , PUNCT 9 punct
        avtal avtal NOUN 5 conj {IND}
        och och CCONJ 12 cc
        övriga övrig ADJ 12 amod
        handlingar handling NOUN 2 obj {IND_PL}
        och och CCONJ 14 cc
        får få VERB 2 conj {PRES}
        begära begära VERB 14 advcl {INF}
        uppgifter uppgift NOUN 15 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("styrelse", "permission", "granska"),
        ("styrelse", "permission", "begära"),
    ]


def test_round57_an_infinitive_tagged_adjective_after_att_is_a_marker_too(nlp) -> None:
    """Round 57 (gen56 row 12): the shipped model tags ``granska`` ADJ (``amod`` of the
    series' first noun, itself ``nsubj`` of the late infinitive): a word the lexicon knows
    as an infinitive right after ``att`` still makes ``att`` an infinitive marker, and
    ``och får infordra`` continues the main clause. A noun after ``att`` (the clause's own
    subject) keeps the ``att``-clause: no statement of its verb."""
    rows = """
    Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    rätt rätt NOUN 2 obj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    att att PART 6 mark
    granska granska ADJ 6 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
    räkenskaper räkenskaper NOUN 13 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    , , PUNCT 8 punct
    protokoll protokoll NOUN 6 conj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    och och CCONJ 10 cc
    handlingar handling NOUN 6 conj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    och och CCONJ 12 cc
    får få AUX 13 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    infordra infordra VERB 14 amod VerbForm=Inf|Voice=Act
    upplysningar upplysning NOUN 2 obj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("nämnd", "permission", "granska"),
        ("nämnd", "permission", "infordra"),
    ]


def test_a_conjunct_of_an_om_clause_verb_stays_in_it_whatever_its_tense_tag(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Revisorerna revisor NOUN 2 nsubj {DEF_PL}
        granskar granska VERB 0 ROOT {PRES}
        om om ADP 5 mark
        verksamheten verksamhet NOUN 5 nsubj:pass {DEF}
        sköts sköta VERB 2 advcl Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
        väl väl ADV 5 advmod
        och och CCONJ 8 cc
        håller hålla VERB 5 conj {PRES}
        god god ADJ 10 amod Case=Nom|Definite=Ind|Degree=Pos
        kvalitet kvalitet NOUN 8 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("revisor", "none", "granska")]


def test_a_conjunct_of_a_copular_relative_stays_in_it(nlp) -> None:
    # "som är ADJ och V": the parser heads the relative clause by the adjective
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        yttrar yttra VERB 0 ROOT {PRES}
        sig sig PRON 2 obj Case=Acc
        över över ADP 5 case
        förslag förslag NOUN 2 obl {IND}
        som som PRON 8 nsubj
        är vara AUX 8 cop {PRES}
        brådskande brådskande ADJ 5 acl:relcl Case=Nom|Degree=Pos
        och och CCONJ 10 cc
        kräver kräva VERB 8 conj {PRES}
        snabba snabb ADJ 12 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        beslut beslut NOUN 10 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "yttra")]


def test_relative_clause_with_cue_takes_antecedent(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj
        utser utse VERB 0 ROOT VerbForm=Fin|Tense=Pres
        en en DET 4 det
        förvaltningschef förvaltningschef NOUN 2 obj
        som som PRON 7 nsubj
        ska skola AUX 7 aux VerbForm=Fin|Tense=Pres
        leda leda VERB 4 acl:relcl VerbForm=Inf
        arbetet arbete NOUN 7 obj
    """,
    )
    assert statements(doc) == [
        ("nämnd", "none", "utse", False, False),
        ("förvaltningschef", "obligation", "leda", False, False),
    ]


def test_subordinate_clauses_are_not_statements(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunchefen kommunchef NOUN 2 nsubj
        säkerställer säkerställa VERB 0 ROOT VerbForm=Fin|Tense=Pres
        att att SCONJ 5 mark
        nämnden nämnd NOUN 5 nsubj
        informeras informera VERB 2 ccomp VerbForm=Fin|Tense=Pres|Voice=Pass
    """,
    )
    assert statements(doc) == [("kommunchef", "none", "säkerställa", False, False)]


def test_main_clause_after_men_is_not_subordinate(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Direktören direktör NOUN 2 nsubj
        ser se VERB 0 ROOT VerbForm=Fin|Tense=Pres
        till till ADP 2 compound:prt
        att att SCONJ 5 mark
        beslut beslut NOUN 2 ccomp
        men men CCONJ 7 cc
        får få AUX 8 aux VerbForm=Fin|Tense=Pres
        inte inte PART 8 advmod
        delta delta VERB 2 conj VerbForm=Inf
    """,
    )
    assert ("direktör", "prohibition", "delta", True, False) in statements(doc)


def test_a_conjunct_of_a_relative_clause_belongs_to_it(nlp) -> None:
    assert statements(parsed(nlp, RELATIVE_CONJUNCT)) == [("nämnd", "none", "bereda", False, False)]


def test_the_som_clause_of_a_cleft_is_the_statement(nlp) -> None:
    assert statements(parsed(nlp, CLEFT)) == [
        ("förvaltningschef", "none", "leda", False, False),
        ("förvaltningschef", "none", "ha", False, False),
    ]


FRONTED_CLEFT = f"""
I i ADP 3 case
kommunens kommun NOUN 3 nmod:poss Case=Gen
organisation organisation NOUN 6 obl {IND}
är vara AUX 6 cop {PRES}
det den PRON 6 expl
{{focus}}
som som SCONJ 8 nsubj
leder leda VERB 6 acl:cleft {PRES}
kansliet kansli NOUN 8 obj {DEF}
. . PUNCT 6 punct
"""


def test_a_cleft_after_a_fronted_phrase_in_the_v2_order(nlp) -> None:
    """Round 51 (analysis 51-by C4; round 38: ``det`` and the copula in either order): ``I
    kommunens organisation är det kanslichefen som leder kansliet.`` — a fronted phrase, the
    copula, ``det`` and a definite actor (here tagged a verb, its form read by its ending):
    the som-clause is the statement, the focus its actor, the copula none. ``det`` before an
    indefinite noun is its article (``är det organ som leder``): no cleft focus."""
    focus = "kanslichefen kanslichefen VERB 0 ROOT VerbForm=Fin|Tense=Past|Voice=Pass"
    doc = parsed(nlp, FRONTED_CLEFT.format(focus=focus))
    assert statements(doc) == [("kanslichef", "none", "leda", False, False)]
    assert cleft_focus(doc[6], doc._.actors) is not None
    article = parsed(nlp, FRONTED_CLEFT.format(focus=f"organ organ NOUN 0 ROOT {IND}"))
    assert cleft_focus(article[6], article._.actors) is None


def test_i_den_man_opens_a_subordinate_clause_inside_an_insertion(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommundirektören kommundirektör NOUN 8 nsubj:pass
        ska skola AUX 8 aux VerbForm=Fin|Tense=Pres
        , , PUNCT 8 punct
        i i ADP 6 case
        den den DET 6 det
        mån mån NOUN 8 obl
        det det PRON 8 expl
        behövs behöva VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        och och CCONJ 11 cc
        efter efter ADP 11 case
        samråd samråd NOUN 8 conj
        , , PUNCT 13 punct
        informera informera VERB 8 conj VerbForm=Inf
        nämnderna nämnd NOUN 13 obj
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [("kommundirektör", "obligation", "informera", False, False)]


def test_a_passive_conjunct_of_an_att_clause_stays_in_that_clause(nlp):
    doc = parsed(
        nlp,
        """
        Direktören direktör NOUN 2 nsubj
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        för för ADP 7 mark
        att att SCONJ 7 mark
        fattade fatta ADJ 6 amod
        beslut beslut NOUN 7 nsubj:pass
        genomförs genomföra VERB 2 advcl VerbForm=Fin|Tense=Pres|Voice=Pass
        och och CCONJ 9 cc
        följs följa VERB 7 conj VerbForm=Fin|Tense=Pres|Voice=Pass
        upp upp ADV 9 compound:prt
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("direktör", "responsibility", "ansvara")]


def test_a_coordinated_relative_clause_shares_the_antecedent_of_the_first(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Det det PRON 3 expl
        finns finnas VERB 0 ROOT VerbForm=Fin|Tense=Pres
        en en DET 4 det
        nämnd nämnd NOUN 2 nsubj
        som som PRON 6 nsubj
        leder leda VERB 4 acl:relcl VerbForm=Fin|Tense=Pres
        arbetet arbete NOUN 6 obj
        i i ADP 9 case
        kommunen kommun NOUN 7 nmod
        och och CCONJ 13 cc
        som som PRON 13 nsubj
        ska skola AUX 13 aux VerbForm=Fin|Tense=Pres
        samordna samordna VERB 6 conj VerbForm=Inf
        planeringen planering NOUN 13 obj
        . . PUNCT 2 punct
        """,
    )
    assert ("nämnd", "obligation", "samordna", False, False) in statements(doc)
    assert all(s[0] != "kommun" for s in statements(doc))


def test_a_finite_verb_past_a_relative_clause_after_the_main_verbs_is_embedded(nlp) -> None:
    # round 7 (analysis-6 cause 21, `har att`): "… har att tillämpa de regler som ägaren har
    # bestämt ska användas": `ska användas` is the object clause of `bestämt` (no `att`),
    # not a second main clause (none follows another unjoined)
    doc = parsed(
        nlp,
        """
        Bolaget bolag NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
        att att PART 4 mark
        tillämpa tillämpa VERB 2 xcomp VerbForm=Inf
        de de DET 6 det
        regler regel NOUN 4 obj Case=Nom|Definite=Def|Number=Plur
        som som PRON 10 mark
        ägaren ägare NOUN 10 nsubj Case=Nom|Definite=Def|Number=Sing
        har ha AUX 10 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        bestämt bestämma VERB 6 acl:relcl VerbForm=Sup
        ska skola AUX 12 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        användas använda VERB 10 ccomp VerbForm=Inf|Voice=Pass
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("bolag", "obligation", "tillämpa", False, False)]


def test_a_finite_verb_after_a_relative_clause_ending_in_an_infinitive_is_the_main_verb(
    nlp,
) -> None:
    # round 7 (analysis-6 cause 13): "Den handläggare som har fått i uppdrag att utreda
    # frågan redovisar resultatet": an infinitive clause holds no finite verb, and the
    # relative clause has its own (`har`), so `redovisar` is the main verb; likewise past a
    # stranded preposition ("De frågor som nämnden har att pröva om ska beredas")
    doc = parsed(
        nlp,
        """
        Den den DET 2 det
        handläggaren handläggare NOUN 12 nsubj Case=Nom|Definite=Def|Number=Sing
        som som PRON 5 nsubj
        har ha AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        fått få VERB 2 acl:relcl VerbForm=Sup
        i i ADP 7 case
        uppdrag uppdrag NOUN 5 obl Case=Nom|Definite=Ind|Number=Sing
        att att PART 9 mark
        utreda utreda VERB 7 acl VerbForm=Inf
        frågan fråga NOUN 9 obj Case=Nom|Definite=Def|Number=Sing
        ofta ofta ADV 12 advmod
        redovisar redovisa VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
        resultatet resultat NOUN 12 obj Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 12 punct
        """,
    )
    # since round 22 `få i uppdrag att` is a responsibility cue, so the actor's relative
    # clause carries its own statement too (§5.1); the main verb is still `redovisar`
    assert statements(doc) == [
        ("handläggare", "responsibility", "utreda", False, False),
        ("handläggare", "none", "redovisa", False, False),
    ]
    stranded = parsed(
        nlp,
        """
        De de DET 2 det
        frågor fråga NOUN 10 nsubj:pass Case=Nom|Definite=Def|Number=Plur
        som som PRON 5 obj
        nämnden nämnd NOUN 5 nsubj Case=Nom|Definite=Def|Number=Sing
        har ha VERB 2 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin
        att att PART 7 mark
        pröva pröva VERB 5 xcomp VerbForm=Inf
        om om SCONJ 10 mark
        ska skola AUX 10 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        beredas bereda VERB 0 ROOT VerbForm=Inf|Voice=Pass
        av av ADP 12 case
        kansliet kansli NOUN 10 obl:agent Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 10 punct
        """,
    )
    assert statements(stranded) == [("kansli", "obligation", "bereda", False, True)]


def test_a_cleft_takes_only_the_first_som_after_its_focus(nlp) -> None:
    """analysis-10 cause 5: ``Det är X som V Y och de Z som är …``: the later som is the
    relative clause of the cleft's object; its verb is no statement of the focus."""
    assert statements(parsed(nlp, CLEFT_WITH_OBJECT_RELATIVE)) == [
        ("nämnd", "none", "utse", False, False)
    ]


def test_a_cleft_focus_is_the_owned_body_not_its_genitive_owner(nlp) -> None:
    """Round 41 (C2): ``Det är stiftelsens nämnd som beviljar bidragen``: the genitive
    owner before the focus's head is no actor of the som-clause; the head is."""
    doc = parsed(
        nlp,
        f"""
        Det den PRON 4 expl
        är vara AUX 4 cop {PRES}
        stiftelsens stiftelse NOUN 4 nmod:poss
        nämnd nämnd NOUN 0 ROOT {IND}
        som som PRON 6 nsubj
        beviljar bevilja VERB 4 acl:cleft {PRES}
        bidragen bidrag NOUN 6 obj {DEF_PL}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "bevilja", False, False)]


def test_a_coordinated_som_clause_still_goes_on_the_cleft(nlp) -> None:
    """``Det är X som V1 Y och som V2 Z``: och + som coordinates a second cleft clause."""
    coordinated = """
    Det den PRON 3 expl
    är vara AUX 3 cop VerbForm=Fin|Tense=Pres
    nämnden nämnd NOUN 0 ROOT
    som som PRON 5 nsubj
    utser utse VERB 3 acl:cleft Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    revisorerna revisor NOUN 5 obj
    och och CCONJ 9 cc
    som som PRON 9 nsubj
    beslutar besluta VERB 5 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    om om ADP 11 case
    arvoden arvode NOUN 9 obl
    . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, coordinated)) == [
        ("nämnd", "none", "utse", False, False),
        ("nämnd", "none", "besluta", False, False),
    ]
    # the coordinated clause's present read as a noun is its finite verb (groups.v2_present)
    as_noun = coordinated.replace(
        "beslutar besluta VERB 5 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act",
        "beslutar besluta NOUN 5 conj",
    )
    assert [s[2] for s in statements(parsed(nlp, as_noun))] == ["utse", "besluta"]


def test_a_relative_clause_runs_through_its_comma_series(nlp) -> None:
    """analysis-10 cause 5: ``N som V1 …, V2 … samt V3 …`` after the main verb: V3 goes on
    the relative clause's series even where the parser conjoins it to the main verb (and the
    middle verb is read as a noun); the main subject gets only its own verb."""
    assert statements(parsed(nlp, RELATIVE_SERIES_ON_THE_MAIN_VERB)) == [
        ("stad", "none", "ha", False, False)
    ]
    # ", och" + a finite verb goes back to the main clause
    main = RELATIVE_SERIES_ON_THE_MAIN_VERB.replace(
        "lokaler lokal NOUN 2 obj", ", , PUNCT 13 punct"
    )
    main = main.replace("samt samt CCONJ", "och och CCONJ")
    assert [s[2] for s in statements(parsed(nlp, main))] == ["ha", "sköta"]


def test_a_relative_clause_with_a_modal_has_no_finite_series(nlp) -> None:
    """regress-a11: after ``som ska`` + infinitive the relative clause goes on in
    infinitives, never a finite verb, so ``, yttrar … och fastställer …`` are the main
    subject's verbs again."""
    main_verbs = [s[2] for s in statements(parsed(nlp, RELATIVE_WITH_A_MODAL)) if s[0] == "nämnd"]
    assert main_verbs == ["bereda", "yttra", "fastställa"]


_MODAL_AFTER_RELATIVE = """
    Styrelsen styrelse NOUN 2 nsubj {DEF}
    sammanträder sammanträda VERB 0 ROOT {PRES}
    på på ADP 5 case
    den den DET 5 det
    dag dag NOUN 2 obl {IND}
    som som PRON 8 obj
    ordföranden ordförande NOUN 8 nsubj {DEF}
    bestämmer bestämma VERB 5 acl:relcl {PRES}
    och och CCONJ 11 cc
    ska skola AUX 11 aux {MODAL}
    {verb}
    {rest}
    . . PUNCT 2 punct
"""


def test_a_modal_conjunct_after_a_relative_clause_continues_the_main_clause(nlp) -> None:
    rows = _MODAL_AFTER_RELATIVE.format(
        DEF=DEF,
        IND=IND,
        PRES=PRES,
        MODAL=MODAL,
        verb=f"hålla hålla VERB 2 conj {INF}",
        rest=f"möten möte NOUN 11 obj {IND_PL}",
    )
    assert ("styrelse", "obligation", "hålla", False, False) in statements(parsed(nlp, rows))


def test_a_modal_conjunct_with_a_stranded_preposition_stays_in_the_relative(nlp) -> None:
    rows = _MODAL_AFTER_RELATIVE.format(
        DEF=DEF,
        IND=IND,
        PRES=PRES,
        MODAL=MODAL,
        verb=f"besluta besluta VERB 2 conj {INF}",
        rest="om om ADP 11 compound:prt",
    )
    assert not any(s[2] == "besluta" for s in statements(parsed(nlp, rows)))


def test_a_modal_conjunct_after_a_nar_clause_continues_the_main_clause(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        redovisa redovisa VERB 0 ROOT {INF}
        när när SCONJ 6 mark
        styrelsen styrelse NOUN 6 nsubj {DEF}
        begär begära VERB 3 advcl {PRES}
        det det PRON 6 obj
        och och CCONJ 10 cc
        ska skola AUX 10 aux {MODAL}
        se se VERB 3 conj {INF}
        till till ADP 10 compound:prt
        att att SCONJ 14 mark
        kassan kassa NOUN 14 nsubj {DEF}
        stämmer stämma VERB 10 ccomp {PRES}
        . . PUNCT 3 punct
        """,
    )
    assert ("kassör", "obligation", "se", False, False) in statements(doc)


def test_a_cleft_in_a_conjoined_clause_with_an_adverb_before_its_focus(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Bolaget bolag NOUN 2 nsubj {DEF}
        äger äga VERB 0 ROOT {PRES}
        fastigheten fastighet NOUN 2 obj {DEF}
        och och CCONJ 9 cc
        det det PRON 9 expl
        är vara AUX 9 cop {PRES}
        alltså alltså ADV 9 advmod
        därför därför ADV 9 advmod
        förvaltaren förvaltare NOUN 2 conj {DEF}
        som som PRON 11 nsubj
        sköter sköta VERB 9 acl:cleft {PRES}
        underhållet underhåll NOUN 11 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert ("förvaltare", "none", "sköta", False, False) in statements(doc)


def test_ability_kan_in_a_relative_clause_on_an_indefinite_plural_object(nlp) -> None:
    """``Nämnden ska bistå personer som inte kan sköta sitt hem`` (round 21, D6): ``kan`` in a
    relative clause on an indefinite plural object describes whom the action reaches; it
    grants them no leave."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        bistå bistå VERB 0 ROOT {INF}
        medlemmar medlem NOUN 3 obj {IND_PL}
        som som PRON 8 nsubj PronType=Rel
        inte inte PART 8 advmod Polarity=Neg
        kan kunna AUX 8 aux {MODAL}
        betala betala VERB 4 acl:relcl {INF}
        avgiften avgift NOUN 8 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("nämnd", "obligation", "bistå", False, False)]


def test_ability_kan_on_a_definite_subject_keeps_its_permission(nlp) -> None:
    """``Ledamöterna som kan närvara får rösta``: the gate of round 21, D6 holds only for an
    indefinite plural object; a relative clause on the subject is left alone."""
    doc = parsed(
        nlp,
        f"""
        Ledamöter ledamot NOUN 7 nsubj {IND_PL}
        som som PRON 4 nsubj PronType=Rel
        kan kunna AUX 4 aux {MODAL}
        närvara närvara VERB 1 acl:relcl {INF}
        , , PUNCT 7 punct
        får få AUX 7 aux {MODAL}
        rösta rösta VERB 0 ROOT {INF}
        . . PUNCT 7 punct
        """,
    )
    assert ("ledamot", "permission", "närvara", False, False) in statements(doc)


def test_a_cleft_with_an_adverbial_focus_past_an_insertion_in_commas(nlp) -> None:
    """``Det är vid det ordinarie sammanträdet, i regel i mars, som kommunfullmäktige
    fastställer budgeten`` (round 21, cause B7): the ``som``-clause of a cleft whose focus
    is an adverbial is the main predicate with its own subject; the noun of the insertion
    before ``som`` is no antecedent, and a one-word subject the tagger read as a finite verb
    is still the subject."""
    doc = parsed(
        nlp,
        f"""
        Det det PRON 6 nsubj
        är vara AUX 6 cop {PRES}
        vid vid ADP 6 case
        det den DET 6 det
        ordinarie ordinarie ADJ 6 amod
        sammanträdet sammanträde NOUN 0 ROOT {DEF}
        , , PUNCT 9 punct
        i i ADP 9 case
        regel regel NOUN 6 conj {IND}
        i i ADP 11 case
        mars mars NOUN 9 nmod {IND}
        , , PUNCT 9 punct
        som som PRON 15 nsubj
        kommunfullmäktige kommunfullmäktige VERB 15 nsubj Mood=Ind|Tense=Past|VerbForm=Fin
        fastställer fastställa VERB 6 acl:relcl {PRES}
        budgeten budget NOUN 15 obj {DEF}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("kommunfullmäktige", "none", "fastställa", False, False)]


def test_an_actor_inside_a_dvs_apposition_is_no_subject(nlp) -> None:
    """``Dubbla uppdrag, det vill säga uppdrag för ledamot och ersättare att företräda
    nämnden, är inte tillåtna`` (round 23, cause B8): the actors between the apposition
    marker and its closing comma are no subjects of the copula after it; an apposition
    after an actor subject leaves that subject (``Förvaltningschefen, dvs. den högste
    tjänstemannen, leder förvaltningen``)."""
    inside = parsed(
        nlp,
        f"""
        Dubbla dubbel ADJ 2 amod
        uppdrag uppdrag NOUN 19 nsubj {IND_PL}
        , , PUNCT 6 punct
        det den PRON 5 expl
        vill vilja VERB 6 aux {MODAL}
        säga säga VERB 2 appos {INF}
        uppdrag uppdrag NOUN 6 obj {IND_PL}
        för för ADP 9 case
        ledamot ledamot NOUN 7 nmod {IND}
        och och CCONJ 11 cc
        ersättare ersättare NOUN 9 conj {IND}
        att att PART 13 mark
        företräda företräda VERB 7 acl {INF}
        nämnden nämnd NOUN 13 obj {DEF}
        samtidigt samtidigt ADV 13 advmod
        , , PUNCT 6 punct
        är vara AUX 19 cop {MODAL}
        inte inte PART 19 advmod
        tillåtna tillåten ADJ 0 ROOT
        """,
    )
    assert statements(inside) == []
    head = parsed(
        nlp,
        f"""
        Förvaltningschefen förvaltningschef NOUN 8 nsubj {DEF}
        , , PUNCT 6 punct
        dvs. dvs. ADV 6 advmod
        den den DET 6 det
        högste hög ADJ 6 amod
        tjänstemannen tjänsteman NOUN 1 appos {DEF}
        , , PUNCT 6 punct
        leder leda VERB 0 ROOT {PRES}
        förvaltningen förvaltning NOUN 8 obj {DEF}
        """,
    )
    assert statements(head) == [("förvaltningschef", "none", "leda", False, False)]


def test_actor_heading_a_dvs_apposition_of_a_thing_is_the_subject(nlp) -> None:
    """``Nämndens stöd dvs. sekreterarna på kansliet har ett rum`` (round 29, B6): the
    apposition's head is an actor restating a subject noun that is none; it is the subject
    (round 23's ``uppdrag för ledamot`` keeps its actor out)."""
    doc = parsed(
        nlp,
        f"""
        Nämndens nämnd NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        stöd stöd NOUN 8 nsubj {IND}
        dvs. dvs. ADP 4 case
        sekreterarna sekreterare NOUN 2 nmod {DEF_PL}
        på på ADP 6 case
        kansliet kansli NOUN 4 nmod {DEF}
        har ha VERB 0 ROOT {PRES}
        ett en DET 9 det _
        rum rum NOUN 7 obj {IND}
        . . PUNCT 7 punct
        """.replace(" 8 nsubj", " 7 nsubj"),
    )
    assert statements(doc) == [("sekreterare", "none", "ha", False, False)]


def test_relative_without_som_past_an_insertion(nlp) -> None:
    """``Nämnden ska följa det styrelsen – i budget eller särskilt beslut – har bestämt``,
    ``… det nämnden, i särskilt beslut, har fastställt`` (round 30, B5): an insertion in
    dashes or commas before the finite verb of a relative clause without ``som`` joins no
    second main clause: no statement of ``har``."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        följa följa VERB 0 ROOT {INF}
        det den PRON 3 obj
        styrelsen styrelse NOUN 14 nsubj {DEF}
        – – PUNCT 8 punct
        i i ADP 8 case
        budget budget NOUN 14 obl {IND}
        eller eller CCONJ 11 cc
        särskilt särskild ADJ 11 amod
        beslut beslut NOUN 8 conj {IND}
        – – PUNCT 8 punct
        har ha AUX 14 aux {PRES}
        bestämt bestämma VERB 4 acl:relcl VerbForm=Sup|Voice=Act
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("nämnd", "obligation", "följa", False, False)]
    doc = parsed(
        nlp,
        f"""
        Förvaltningen förvaltning NOUN 2 nsubj {DEF}
        verkställer verkställa VERB 0 ROOT {PRES}
        det den DET 4 det
        nämnden nämnd NOUN 2 obj {DEF}
        , , PUNCT 8 punct
        i i ADP 8 case
        särskilt särskilt ADV 8 amod
        beslut beslut NOUN 2 conj {IND}
        , , PUNCT 10 punct
        har ha AUX 2 conj {PRES}
        fastställt fastställa VERB 10 xcomp VerbForm=Sup|Voice=Act
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("förvaltning", "none", "verkställa", False, False)]


def test_a_passive_conjunct_of_a_relative_clauses_modal_is_in_that_clause(nlp) -> None:
    """Round 29, B3: ``där förslag kan visas och diskuteras``: the finite-tagged conjunct of
    the subordinate clause's infinitive is in that clause; no statement of its own."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        hålla hålla VERB 0 ROOT {INF}
        ett en DET 5 det
        möte möte NOUN 3 obj {IND}
        där där ADV 9 advmod
        förslag förslag NOUN 9 nsubj:pass {IND}
        kan kunna AUX 9 aux {MODAL}
        visas visa VERB 5 acl:relcl VerbForm=Inf|Voice=Pass
        och och CCONJ 11 cc
        diskuteras diskutera VERB 9 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("nämnd", "obligation", "hålla", False, False)]


def test_a_finite_conjunct_after_an_att_clause_in_both_forms_continues_the_main_clause(
    nlp,
) -> None:
    """Round 32, D12: ``Nämnden intygar att budgeten håller samt lämnar ett yttrande``: the
    conjunct matches the main verb and the att-clause's verb in tense and voice, so it is
    the main clause's (the parser hangs it on the att-clause's verb)."""
    doc = parsed(
        nlp,
        f"""
        Revisorn revisor NOUN 2 nsubj {DEF}
        bedömer bedöma VERB 0 ROOT {PRES}
        att att SCONJ 5 mark
        kassan kassa NOUN 5 nsubj {DEF}
        räcker räcka VERB 2 ccomp {PRES}
        och och CCONJ 7 cc
        lämnar lämna VERB 5 conj {PRES}
        ett en DET 9 det
        yttrande yttrande NOUN 7 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("revisor", "none", "bedöma", False, False),
        ("revisor", "none", "lämna", False, False),
    ]


def test_a_conjunct_with_the_att_clauses_own_modal_stays_in_it(nlp) -> None:
    """Round 32, D12: ``… beslutar att bolaget ska sälja X och ska redovisa Y``: the modal is
    the att-clause's own (the main verb has none), so the conjunct states nothing."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        beslutar besluta VERB 0 ROOT {PRES}
        att att SCONJ 6 mark
        förbundet förbund NOUN 6 nsubj {DEF}
        ska skola AUX 6 aux {MODAL}
        köpa köpa VERB 2 ccomp {INF}
        marken mark NOUN 6 obj {DEF}
        och och CCONJ 10 cc
        ska skola AUX 10 aux {MODAL}
        betala betala VERB 6 conj {INF}
        avgiften avgift NOUN 10 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("styrelse", "none", "besluta", False, False)]


def test_a_genitive_owner_of_a_thing_is_no_subject_of_its_relative_passive(nlp) -> None:
    """Round 35, B3: `Förbundets handlingar som ska arkiveras ska förtecknas.`: the genitive
    owns `handlingar`, a thing, and is no antecedent of `som`: both passives with their cue
    have the implicit actor."""
    doc = parsed(
        nlp,
        f"""
        Förbundets förbund NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        handlingar handling NOUN 7 nsubj:pass {IND_PL}
        som som PRON 5 nsubj:pass
        ska skola AUX 5 aux {MODAL}
        arkiveras arkivera VERB 2 acl:relcl VerbForm=Inf|Voice=Pass
        ska skola AUX 7 aux {MODAL}
        förtecknas förteckna VERB 0 ROOT VerbForm=Inf|Voice=Pass
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [
        (None, "obligation", "arkivera", False, True),
        (None, "obligation", "förteckna", False, True),
    ]


def test_a_verb_after_och_past_a_relative_on_a_passive_agent_is_that_clause(nlp) -> None:
    """Round 37, B3: `Arkivet sköts av en enhet som har tillsyn över handlingarna och
    ansvarar för gallringen.`: the parser joins `ansvarar` to the passive main verb; past
    the relative clause on the `av`-agent it continues that clause, so its cue gives a
    statement of the antecedent, not of `Arkivet` (docs/annotation.md §5.1)."""
    doc = parsed(
        nlp,
        f"""
        Arkivet arkiv NOUN 2 nsubj:pass {DEF}
        sköts sköta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 5 case
        en en DET 5 det Definite=Ind|Number=Sing|PronType=Art
        enhet enhet NOUN 2 obl:agent {IND}
        som som PRON 7 nsubj PronType=Rel
        har ha VERB 5 acl:relcl {PRES}
        tillsyn tillsyn NOUN 7 obj {IND}
        över över ADP 10 case
        handlingarna handling NOUN 7 obl {DEF_PL}
        och och CCONJ 12 cc
        ansvarar ansvara VERB 2 conj {PRES}
        för för ADP 14 case
        gallringen gallring NOUN 12 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("enhet", "none", "sköta", False, True),
        ("enhet", "responsibility", "ansvara", False, False),
    ]


def test_samtidigt_som_opens_a_subordinate_clause_with_its_own_modal(nlp) -> None:
    """Round 37, B4: `Nämnden svarar för driften, samtidigt som hänsyn ska tas till
    miljön.`: `samtidigt som` is a subordinator; the passive with its own modal is in that
    clause (the parser joins it to the main verb) and gives no statement."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        svarar svara VERB 0 ROOT {PRES}
        för för ADP 4 case
        driften drift NOUN 2 obl {DEF}
        , , PUNCT 8 punct
        samtidigt samtidigt ADV 8 advmod
        som som SCONJ 8 mark
        hänsyn hänsyn NOUN 2 advcl {IND}
        ska skola AUX 10 aux {MODAL}
        tas ta VERB 2 conj VerbForm=Inf|Voice=Pass
        till till ADP 12 case
        miljön miljö NOUN 10 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "responsibility", "svara", False, False)]


def test_a_cue_in_a_reporting_verbs_clause_inside_a_relative_is_no_statement(nlp) -> None:
    """Round 39 (B6, docs/annotation.md §5.1): ``Handlingar som nämnden bestämmer ska
    gallras förstörs efter två år``: ``ska gallras`` is in the content clause of the
    relative's ``bestämmer``, the main verb still to come; no statement for either."""
    doc = parsed(
        nlp,
        f"""
        Handlingar handling NOUN 8 nsubj:pass {IND_PL}
        som som PRON 4 obj
        nämnden nämnd NOUN 4 nsubj {DEF}
        bestämmer bestämma VERB 1 acl:relcl {PRES}
        ska skola AUX 6 aux {MODAL}
        gallras gallra VERB 4 ccomp VerbForm=Inf|Voice=Pass
        genast genast ADV 6 advmod
        förstörs förstöra VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == []


def test_comma_vilken_clause_with_its_own_modal_keeps_the_implicit_actor(nlp) -> None:
    """Round 39 (K-B5): ``Vid mötet ska föras en närvarolista, vilken ska arkiveras``: a
    ``, vilken``-clause with its own modal and an agentless passive is a statement with the
    implicit actor, as a main clause's would be."""
    inf_pass = "VerbForm=Inf|Voice=Pass"
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        mötet möte NOUN 4 obl {DEF}
        ska skola AUX 4 aux {MODAL}
        föras föra VERB 0 ROOT {inf_pass}
        en en DET 6 det
        närvarolista närvarolista NOUN 4 nsubj:pass {IND}
        , , PUNCT 10 punct
        vilken vilken PRON 10 nsubj:pass
        ska skola AUX 10 aux {MODAL}
        arkiveras arkivera VERB 4 conj {inf_pass}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [
        (None, "obligation", "föra", False, True),
        (None, "obligation", "arkivera", False, True),
    ]


def test_noun_of_a_fronted_phrase_whose_preposition_is_read_as_adverb_is_no_subject(nlp) -> None:
    """Round 39 (K-B6): ``Över [ADV] förvaltningen ska årligen göras en inventering``: the
    capitalised preposition keeps its PP tag; the actor inside the fronted phrase is no
    subject of the passive, whose late subject follows its verb."""
    doc = parsed(
        nlp,
        f"""
        Över över ADV 2 case
        förvaltningen förvaltning NOUN 5 obl {DEF}
        ska skola AUX 5 aux {MODAL}
        årligen årligen ADV 5 advmod
        göras göra VERB 0 ROOT VerbForm=Inf|Voice=Pass
        en en DET 7 det
        inventering inventering NOUN 5 nsubj:pass {IND}
        . . PUNCT 5 punct
        """,
    )
    doc[0].tag_ = "PP"
    assert statements(doc) == [(None, "obligation", "göra", False, True)]


def test_a_copula_conjunct_agreeing_with_the_att_clauses_plural_subject_stays_there(
    nlp,
) -> None:
    """Round 40 (analyst ay C11): ``Revisorn bedömer att reglerna följs och är kända``: the
    plural predicative agrees with the att-clause's subject, not the singular main subject,
    so the conjunct belongs to the att-clause and states nothing."""
    doc = parsed(
        nlp,
        f"""
        Revisorn revisor NOUN 2 nsubj {DEF}
        bedömer bedöma VERB 0 ROOT {PRES}
        att att SCONJ 5 mark
        reglerna regel NOUN 5 nsubj:pass {DEF_PL}
        följs följa VERB 2 ccomp Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        och och CCONJ 8 cc
        är vara AUX 8 cop {PRES}
        kända känd ADJ 5 conj Case=Nom|Degree=Pos|Number=Plur
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("revisor", "none", "bedöma", False, False)]


def test_a_verb_conjunct_of_a_condition_hung_on_its_list_stays_in_the_condition(nlp) -> None:
    """Round 41 (agt-C4): ``om det inte strider mot lag, mot taxan eller strider mot …``:
    the parser hangs the second ``strider`` on a noun conjunct of the condition's list; it
    continues the condition (subject ``det``) and states nothing; the main clause's
    obligation stays."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        verkställa verkställa VERB 0 ROOT {INF}
        beslutet beslut NOUN 3 obj {DEF}
        om om SCONJ 8 mark
        det den PRON 8 nsubj
        inte inte PART 8 advmod Polarity=Neg
        strider strida VERB 4 nmod {PRES}
        mot mot ADP 10 case
        lag lag NOUN 8 nmod {IND}
        , , PUNCT 13 punct
        mot mot ADP 13 case
        taxan taxa NOUN 8 conj {DEF}
        eller eller CCONJ 15 cc
        strider strida VERB 13 conj {PRES}
        mot mot ADP 18 case
        styrelsens styrelse NOUN 18 nmod:poss Case=Gen|Definite=Def|Number=Sing
        uppdrag uppdrag NOUN 15 nmod {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("styrelse", "obligation", "verkställa", False, False)]


def test_a_verb_after_a_v1_conditions_infinitive_and_comma_is_the_main_verb(nlp) -> None:
    """``Är kassören förhindrad att delta, leder sekreteraren mötet`` (round 41, agt-C4
    negative): the parser conjoins the main verb to the V1 condition's infinitive; only a
    condition's finite verb keeps a conjunct in the condition, so ``leder`` states."""
    doc = parsed(
        nlp,
        f"""
        Är vara AUX 3 cop {PRES}
        kassören kassör NOUN 3 nsubj {DEF}
        förhindrad förhindra ADJ 0 ROOT VerbForm=Part
        att att PART 5 mark
        delta delta VERB 3 csubj {INF}
        , , PUNCT 7 punct
        leder leda VERB 5 conj {PRES}
        sekreteraren sekreterare NOUN 7 nsubj {DEF}
        mötet möte NOUN 7 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("sekreterare", "none", "leda", False, False)]


def test_a_som_clause_with_its_own_subject_and_a_stranded_preposition(nlp) -> None:
    """Round 41 (C7): ``…, som var och en av dem svarar för enligt avtalet``: ``som`` is the
    object of the stranded preposition and the clause has its own subject, so the actor
    before ``som`` gets no statement; ``Nämnden, som svarar för arkivet, …`` keeps its."""
    doc = parsed(
        nlp,
        f"""
        Förbundet förbund NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        sköta sköta VERB 0 ROOT {INF}
        larmet larm NOUN 3 obj {DEF}
        åt åt ADP 6 case
        kommunerna kommun NOUN 4 nmod {DEF_PL}
        , , PUNCT 13 punct
        som som PRON 13 nsubj
        var var PRON 13 advmod
        och och CCONJ 11 cc
        en en PRON 9 conj
        annars annars ADV 13 advmod
        svarar svara VERB 4 acl:relcl {PRES}
        för för ADP 16 case
        enligt enligt ADP 16 case
        avtalet avtal NOUN 13 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("förbund", "obligation", "sköta", False, False)]
    subject = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 7 nsubj {DEF}
        , , PUNCT 4 punct
        som som PRON 4 nsubj
        svarar svara VERB 1 acl:relcl {PRES}
        för för ADP 6 case
        arkivet arkiv NOUN 4 obl {DEF}
        ska skola AUX 8 aux {MODAL}
        spara spara VERB 0 ROOT {INF}
        handlingarna handling NOUN 8 obj {DEF_PL}
        . . PUNCT 8 punct
        """,
    )
    assert ("nämnd", "responsibility", "svara", False, False) in statements(subject)


def test_a_cue_conjunct_of_a_relative_in_commas_on_the_object(nlp) -> None:
    """Round 42 (bb-C1): ``Kommunen har två bolag, som ägs av stiftelsen och är ansvariga
    för driften``: the ``och``-conjunct after a non-restrictive relative clause on the main
    verb's object continues that clause: its cue is the antecedent's (docs/annotation.md
    §5.1), not the main subject's. Without ``som`` the conjunct shares the main subject."""
    rows = f"""
        Kommunen kommun NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        två två NUM 4 nummod
        bolag bolag NOUN 2 obj {IND_PL}
        , , PUNCT 4 punct
        som som PRON 7 nsubj
        ägs äga VERB 4 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 9 case
        stiftelsen stiftelse NOUN 7 obl {DEF}
        och och CCONJ 12 cc
        är vara AUX 12 cop {PRES}
        ansvariga ansvarig ADJ 7 conj
        för för ADP 14 case
        driften drift NOUN 12 obl {DEF}
        . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("kommun", "none", "ha"),
        ("bolag", "responsibility", "ansvara"),
    ]
    no_relative = f"""
        Förbundet förbund NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        ett en DET 4 det
        kansli kansli NOUN 2 obj {IND}
        och och CCONJ 7 cc
        är vara AUX 7 cop {PRES}
        ansvarigt ansvarig ADJ 2 conj
        för för ADP 9 case
        samordningen samordning NOUN 7 obl {DEF}
        . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, no_relative))] == [
        ("förbund", "none", "ha"),
        ("förbund", "responsibility", "ansvara"),
    ]


def test_a_conjunct_after_main_verbs_past_a_relative_in_commas(nlp) -> None:
    """Round 42 (bb-C2): ``Regionstyrelsen, som väljs av X, leder och samordnar arbetet
    samt ansvarar för ekonomin``: the parser conjoins ``ansvarar`` to the relative clause's
    verb, but the finite verb before its coordinator is the main clause's (after the
    relative clause): the verb continues the main clause and shares its subject."""
    rows = f"""
        Regionstyrelsen regionstyrelse NOUN 0 ROOT {DEF}
        , , PUNCT 4 punct
        som som PRON 4 nsubj:pass
        väljs välja VERB 1 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 6 case
        fullmäktige fullmäktige NOUN 4 obl {DEF_PL}
        , , PUNCT 8 punct
        leder leda VERB 4 conj {PRES}
        och och CCONJ 10 cc
        samordnar samordna VERB 8 conj {PRES}
        arbetet arbete NOUN 10 obj {DEF}
        samt samt CCONJ 13 cc
        ansvarar ansvara VERB 4 conj {PRES}
        för för ADP 15 case
        ekonomin ekonomi NOUN 13 obl {DEF}
        . . PUNCT 1 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("regionstyrelse", "none", "leda"),
        ("regionstyrelse", "none", "samordna"),
        ("regionstyrelse", "responsibility", "ansvara"),
    ]


def test_a_verb_after_och_past_a_comma_relative_on_a_passive_agent_is_that_clause(nlp) -> None:
    """Round 42 (ba-2): `Arkivet sköts av kansliet, som har tillsyn över handlingarna och
    ansvarar för gallringen.`: a comma before the non-restrictive `som` leaves the relative
    clause on the `av`-agent; its cue gives a statement of the antecedent."""
    doc = parsed(
        nlp,
        f"""
        Arkivet arkiv NOUN 2 nsubj:pass {DEF}
        sköts sköta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 4 case
        kansliet kansli NOUN 2 obl:agent {DEF}
        , , PUNCT 7 punct
        som som PRON 7 nsubj PronType=Rel
        har ha VERB 4 acl:relcl {PRES}
        tillsyn tillsyn NOUN 7 obj {IND}
        över över ADP 10 case
        handlingarna handling NOUN 7 obl {DEF_PL}
        och och CCONJ 12 cc
        ansvarar ansvara VERB 2 conj {PRES}
        för för ADP 14 case
        gallringen gallring NOUN 12 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("kansli", "none", "sköta", False, True),
        ("kansli", "responsibility", "ansvara", False, False),
    ]


def test_an_active_present_closing_a_main_series_past_a_passive_relative(nlp) -> None:
    """Round 42 (ba-10): ``Kansliet planerar mötena, bereder ärenden som avgörs av styrelsen
    och ansvarar för protokollen``: the parser joins ``ansvarar`` to the relative clause's
    passive; an active present after ``och`` that closes a comma series of main-clause
    presents is the series' last member, with the main subject."""
    doc = parsed(
        nlp,
        f"""
        Kansliet kansli NOUN 2 nsubj {DEF}
        planerar planera VERB 0 ROOT {PRES}
        mötena möte NOUN 2 obj {DEF_PL}
        , , PUNCT 5 punct
        bereder bereda VERB 2 conj {PRES}
        ärenden ärende NOUN 5 obj {IND_PL}
        som som PRON 8 nsubj:pass PronType=Rel
        avgörs avgöra VERB 6 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 10 case
        styrelsen styrelse NOUN 8 obl:agent {DEF}
        och och CCONJ 12 cc
        ansvarar ansvara VERB 8 conj {PRES}
        för för ADP 14 case
        protokollen protokoll NOUN 12 obl {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kansli", "none", "planera"),
        ("kansli", "none", "bereda"),
        ("kansli", "responsibility", "ansvara"),
    ]


def test_an_active_conjunct_of_a_passive_relative_without_a_main_series_stays_in_it(
    nlp,
) -> None:
    """Negative of round 42 (ba-10): ``Kansliet bereder ärenden som avgörs av styrelsen och
    rör flera nämnder``: no comma series of main-clause verbs, so the active conjunct stays
    in the relative clause (its subject the antecedent)."""
    doc = parsed(
        nlp,
        f"""
        Kansliet kansli NOUN 2 nsubj {DEF}
        bereder bereda VERB 0 ROOT {PRES}
        ärenden ärende NOUN 2 obj {IND_PL}
        som som PRON 5 nsubj:pass PronType=Rel
        avgörs avgöra VERB 3 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 7 case
        styrelsen styrelse NOUN 5 obl:agent {DEF}
        och och CCONJ 9 cc
        rör röra VERB 5 conj {PRES}
        flera flera ADJ 11 amod
        nämnder nämnd NOUN 9 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("kansli", "none", "bereda")]


def test_a_comma_relative_past_attributes_takes_the_actor_they_modify(nlp) -> None:
    """Round 42 (ba-17): ``Föreningen organiserar lärare på skolorna inom regionen, som
    enligt stadgarna ska betala avgift``: past the prepositional attributes (no actor among
    them) and the comma, the relative clause's antecedent is ``lärare``."""
    doc = parsed(
        nlp,
        f"""
        Föreningen förening NOUN 2 nsubj {DEF}
        organiserar organisera VERB 0 ROOT {PRES}
        lärare lärare NOUN 2 obj {IND_PL}
        på på ADP 5 case
        skolorna skola NOUN 3 nmod {DEF_PL}
        inom inom ADP 7 case
        regionen region NOUN 5 nmod {DEF}
        , , PUNCT 14 punct
        som som PRON 14 nsubj PronType=Rel
        enligt enligt ADP 11 case
        stadgarna stadga NOUN 14 obl {DEF_PL}
        ska skola AUX 14 aux {MODAL}
        alltid alltid ADV 14 advmod
        betala betala VERB 7 acl:relcl {INF}
        avgift avgift NOUN 14 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("förening", "none", "organisera"),
        ("lärare", "obligation", "betala"),
    ]


def test_a_comma_relative_past_attributes_of_a_thing_has_no_actor(nlp) -> None:
    """Negative of round 42 (ba-17): ``Lärarna har en fond för kurser inom vården, som ska
    främja kompetensen``: the attributes modify a thing; the relative clause is about no
    actor and gives no statement."""
    doc = parsed(
        nlp,
        f"""
        Lärarna lärare NOUN 2 nsubj {DEF_PL}
        har ha VERB 0 ROOT {PRES}
        en en DET 4 det
        fond fond NOUN 2 obj {IND}
        för för ADP 6 case
        kurser kurs NOUN 4 nmod {IND_PL}
        inom inom ADP 8 case
        vården vård NOUN 6 nmod {DEF}
        , , PUNCT 12 punct
        som som PRON 12 nsubj PronType=Rel
        ska skola AUX 12 aux {MODAL}
        främja främja VERB 8 acl:relcl {INF}
        kompetensen kompetens NOUN 12 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("lärare", "none", "ha")]


def test_a_restrictive_relative_after_a_prepositional_object_keeps_its_noun(nlp) -> None:
    """Negative of round 42 (ba-17): ``Kassören ska underrätta nämnden om händelser som kan
    påverka ekonomin``: without a comma the relative clause restricts ``händelser``; the
    actor before the preposition is no antecedent."""
    doc = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        underrätta underrätta VERB 0 ROOT {INF}
        nämnden nämnd NOUN 3 obj {DEF}
        om om ADP 6 case
        händelser händelse NOUN 3 obl {IND_PL}
        som som PRON 9 nsubj PronType=Rel
        kan kunna AUX 9 aux {MODAL}
        påverka påverka VERB 6 acl:relcl {INF}
        ekonomin ekonomi NOUN 9 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("kassör", "obligation", "underrätta")]


def test_a_particle_verb_governs_an_att_clause_with_a_series_subject(nlp) -> None:
    """``Styrelsen följer upp att kansliet, kassören och revisorerna håller tidsplanen``
    (round 43, bf cause 2): the particle (ADV, ``compound:prt``) governs the ``att`` as its
    verb would; the series conjuncts after the comma are the content clause's subject, no
    main-clause statements."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        följer följa VERB 0 ROOT {PRES}
        upp upp ADV 2 compound:prt
        att att SCONJ 10 mark
        kansliet kansli NOUN 10 nsubj {DEF}
        , , PUNCT 7 punct
        kassören kassör NOUN 5 conj {DEF}
        och och CCONJ 9 cc
        revisorerna revisor NOUN 7 conj {DEF_PL}
        håller hålla VERB 2 ccomp {PRES}
        tidsplanen tidsplan NOUN 10 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("styrelse", "none", "följa", False, False)]


def test_comma_vilka_with_a_cue_on_an_actor_past_a_participle_phrase(nlp) -> None:
    """Round 43, be-C8: ``, vilka`` (plural, no noun after it) opens a relative clause on the
    actor before the comma, as ``, som`` does, also past a postposed participle phrase."""
    doc = parsed(
        nlp,
        f"""
        Kommittén kommitté NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        fem fem NUM 4 nummod
        ledamöter ledamot NOUN 2 obj {IND_PL}
        valda vald ADJ 4 acl
        för för ADP 8 case
        tre tre NUM 8 nummod
        år år NOUN 5 obl {IND_PL}
        , , PUNCT 13 punct
        vilka vilken PRON 13 nsubj:pass
        helst helst ADV 13 advmod
        ska skola AUX 13 aux {MODAL}
        utses utse VERB 4 acl:relcl VerbForm=Inf|Voice=Pass
        . . PUNCT 2 punct
        """,
    )
    doc[4].tag_ = "PC|PRF|UTR/NEU|PLU|IND/DEF|NOM"
    assert statements(doc) == [
        ("kommitté", "none", "ha", False, False),
        ("ledamot", "obligation", "utse", False, True),
    ]


def test_vilken_without_a_comma_right_after_an_actor_is_its_relative(nlp) -> None:
    """Round 53 (analysis 53-cc G5): the old restrictive relative ``vilken`` with no comma,
    right after an actor, opens a relative clause on it as ``som`` does: ``Stämman väljer en
    kassör vilken skall föra räkenskaperna.`` → (kassör, obligation, föra); after a verb
    (``avgör vilken ledamot som …``, an indirect question) it opens none."""
    doc = parsed(
        nlp,
        f"""
        Stämman stämma NOUN 2 nsubj {DEF}
        väljer välja VERB 0 ROOT {PRES}
        en en DET 4 det
        kassör kassör NOUN 2 obj {IND}
        vilken vilken PRON 7 nsubj
        skall skola AUX 7 aux {MODAL}
        föra föra VERB 4 acl:relcl {INF}
        räkenskaperna räkenskap NOUN 7 obj {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("stämma", "none", "välja", False, False),
        ("kassör", "obligation", "föra", False, False),
    ]


def test_vilken_after_an_actor_opening_an_indirect_question_is_no_relative(nlp) -> None:
    """Review 53 M3: ``vilken som`` is the interrogative (a relative ``vilken`` takes no
    ``som``), and ``vilken`` after the object of a question verb (grammar.yaml
    `question_verbs`) opens the verb's indirect question: ``Styrelsen underrättar kassören
    vilken som ska attestera fakturan.`` and ``Rektorn meddelar skolrådet vilken ska leda
    mötet.`` state nothing of kassör or skolråd."""
    def rows(verb: str, lemma: str, actor: str, actor_lemma: str, som: bool) -> str:
        extra = ["som som PRON 8 nsubj"] if som else []
        n = len(extra)
        return "\n".join([
            "Styrelsen styrelse NOUN 2 nsubj " + DEF,
            f"{verb} {lemma} VERB 0 ROOT {PRES}",
            f"{actor} {actor_lemma} NOUN 2 obj {DEF}",
            f"vilken vilken PRON {n + 7} nsubj",
            *extra,
            f"ska skola AUX {n + 7} aux {MODAL}",
            f"attestera attestera VERB 2 ccomp {INF}",
            f"fakturan faktura NOUN {n + 7} obj {DEF}",
            ". . PUNCT 2 punct",
        ])
    asked = parsed(nlp, rows("underrättar", "underrätta", "kassören", "kassör", True))
    assert statements(asked) == [("styrelse", "none", "underrätta", False, False)]
    told = parsed(nlp, rows("meddelar", "meddela", "kassören", "kassör", False))
    assert statements(told) == [("styrelse", "none", "meddela", False, False)]
    chosen = parsed(nlp, rows("utser", "utse", "kassören", "kassör", False).replace(
        "attestera VERB 2 ccomp", "attestera VERB 3 acl:relcl"))
    assert ("kassör", "obligation", "attestera", False, False) in statements(chosen)


def test_a_relative_in_an_adverbial_for_att_clause_is_context(nlp) -> None:
    """Round 53 (analysis 53-cd C; §5.1): a relative clause with a cue on a noun of an adverbial
    ``för att`` infinitive is that clause's context: ``Kansliet ordnar lokaler för att
    anställa en samordnare som ska sköta huset.`` → only (kansli, none, ordna); on a main
    clause's object the relative keeps its statement."""
    def rows(verb: str, lemma: str, objects: bool) -> str:
        lokaler = ["lokaler lokal NOUN 2 obj Case=Nom|Definite=Ind|Number=Plur"] if objects else []
        n = len(lokaler)
        lines = [
            "Kansliet kansli NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing",
            f"{verb} {lemma} VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act",
            *lokaler,
            f"för för ADP {n + 5} mark",
            f"att att PART {n + 5} mark",
            "anställa anställa VERB 2 advcl VerbForm=Inf|Voice=Act",
            f"en en DET {n + 7} det",
            f"samordnare samordnare NOUN {n + 5} obj Case=Nom|Definite=Ind|Number=Sing",
            f"som som PRON {n + 10} nsubj",
            f"ska skola AUX {n + 10} aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act",
            f"sköta sköta VERB {n + 7} acl:relcl VerbForm=Inf|Voice=Act",
            f"huset hus NOUN {n + 10} obj Case=Nom|Definite=Def|Number=Sing",
            ". . PUNCT 2 punct",
        ]
        return "\n".join(lines)

    adverbial = statements(parsed(nlp, rows("ordnar", "ordna", objects=True)))
    assert adverbial == [("kansli", "none", "ordna", False, False)]
    main = f"""
        Kansliet kansli NOUN 2 nsubj {DEF}
        anställer anställa VERB 0 ROOT {PRES}
        en en DET 4 det
        samordnare samordnare NOUN 2 obj {IND}
        som som PRON 7 nsubj
        ska skola AUX 7 aux {MODAL}
        sköta sköta VERB 4 acl:relcl {INF}
        huset hus NOUN 7 obj {DEF}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, main)) == [
        ("kansli", "none", "anställa", False, False),
        ("samordnare", "obligation", "sköta", False, False),
    ]


def test_a_relative_in_the_main_clause_after_an_inserted_for_att_adverbial_is_kept(nlp) -> None:
    """Review 53 M4: ``Fritidsnämnden ska, för att trygga driften, anställa en samordnare
    som ska sköta hallen.``: the adverbial ends at its closing comma; the relative on the main
    clause's object keeps its statement, whether the parser hangs the main verb as a
    conjunct noun of the adverbial's verb or the object straight on that verb."""
    def rows(verb_row: str, object_head: int) -> str:
        return "\n".join([
            f"Fritidsnämnden fritidsnämnd NOUN 2 nsubj {DEF}",
            f"ska skola AUX 0 ROOT {MODAL}",
            ", , PUNCT 2 punct",
            "för för ADP 6 mark",
            "att att PART 6 mark",
            f"trygga trygga VERB 2 advcl {INF}",
            f"driften drift NOUN 6 obj {DEF}",
            ", , PUNCT 9 punct",
            verb_row,
            "en en DET 11 det",
            f"samordnare samordnare NOUN {object_head} obj {IND}",
            "som som PRON 14 nsubj",
            f"ska skola AUX 14 aux {MODAL}",
            f"sköta sköta VERB 11 acl:relcl {INF}",
            f"hallen hall NOUN 14 obj {DEF}",
            ". . PUNCT 2 punct",
        ])
    kept = ("samordnare", "obligation", "sköta", False, False)
    as_noun = rows("anställa anställa NOUN 6 conj Case=Nom|Definite=Ind|Number=Sing", 9)
    assert kept in statements(parsed(nlp, as_noun))
    on_adverbial = rows(f"anställa anställa VERB 6 conj {INF}", 6)
    assert kept in statements(parsed(nlp, on_adverbial))


def test_comma_vilket_on_the_clause_gives_no_statement(nlp) -> None:
    """Round 43, be-C8 negative: ``, vilket ska ske`` takes the clause before it, not the
    actor before the comma: only the main clause's statement."""
    doc = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 2 nsubj {DEF}
        redovisar redovisa VERB 0 ROOT {PRES}
        till till ADP 4 case
        styrelsen styrelse NOUN 2 obl {DEF}
        , , PUNCT 8 punct
        vilket vilken PRON 8 nsubj
        ska skola AUX 8 aux {MODAL}
        ske ske VERB 2 advcl {INF}
        kvartalsvis kvartalsvis ADV 8 advmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("kassör", "none", "redovisa", False, False)]


def test_an_agentless_passive_after_tills_is_a_subordinate_clause(nlp) -> None:
    # round 44 (bg-G1): the parser hangs the until-clause's subject on the main verb; the
    # passive's subject is no actor of a statement
    doc = parsed(
        nlp,
        f"""
        Sammanträdet sammanträde NOUN 2 nsubj:pass {DEF}
        leds leda VERB 0 ROOT {PASS}
        av av ADP 4 case
        kommunsekreteraren kommunsekreterare NOUN 2 obl:agent {DEF}
        , , PUNCT 2 punct
        tills tills SCONJ 8 mark
        en en DET 8 det
        ordförande ordförande NOUN 2 advcl {IND}
        och och CCONJ 11 cc
        en en DET 11 det
        sekreterare sekreterare NOUN 13 nsubj {IND}
        har ha AUX 13 aux {PRES}
        valts välja VERB 8 acl:relcl VerbForm=Sup|Voice=Pass
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("kommunsekreterare", "none", "leda")]


def test_tills_vidare_opens_no_clause(nlp) -> None:
    # round 44 (bg-G1): `tills vidare` is one adverb (grammar.yaml `multiword_adverbs`)
    doc = parsed(
        nlp,
        f"""
        Tills tills SCONJ 3 mark
        vidare vidare ADJ 3 nsubj
        gäller gälla VERB 0 ROOT {PRES}
        taxan taxa NOUN 3 obj {DEF}
        och och CCONJ 6 cc
        nämnden nämnd NOUN 7 nsubj {DEF}
        prövar pröva VERB 3 conj {PRES}
        den den PRON 7 obj
        årligen årligen ADV 7 advmod
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("nämnd", "none", "pröva")]


def test_om_after_a_noun_in_a_fronted_adverbial_opens_no_clause(nlp) -> None:
    # round 44 (bg-G7): the tagger reads `om` as a marker; in the fronted prepositional
    # phrase it is the noun's preposition, and `beslutade` the V2 main verb
    doc = parsed(
        nlp,
        f"""
        Efter efter ADP 2 case
        förslag förslag NOUN 8 obl {IND}
        om om ADP 4 mark
        inrättande inrätta ADJ 2 acl
        av av ADP 6 case
        Region region PROPN 4 obl
        Sjöby Sjöby PROPN 8 nsubj
        beslutade besluta VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        regionstyrelsen regionstyrelse NOUN 8 nsubj {DEF}
        att att PART 11 mark
        tillsätta tillsätta VERB 8 xcomp {INF}
        en en DET 13 det
        utredning utredning NOUN 11 obj {IND}
        . . PUNCT 8 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("regionstyrelse", "none", "besluta")]


def test_om_after_a_noun_past_a_finite_verb_still_opens_a_condition(nlp) -> None:
    # round 44 (bg-G7), negative: after the main clause's verb `om` opens its own clause
    doc = parsed(
        nlp,
        f"""
        Ordföranden ordförande NOUN 2 nsubj {DEF}
        kallar kalla VERB 0 ROOT {PRES}
        till till ADP 4 case
        sammanträde sammanträde NOUN 2 obl {IND}
        om om ADP 8 mark
        två två NUM 7 nummod
        ledamöter ledamot NOUN 8 nsubj {IND_PL}
        begär begära VERB 2 advcl {PRES}
        det det PRON 8 obj
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("ordförande", "none", "kalla")]


def test_the_parsed_conjunct_of_a_verb_in_an_open_som_clause_stays_in_it(nlp) -> None:
    """``Delägare är den person som vill stödja bygden och åtar sig att betala`` (round 45,
    bi-C11): the parser's conjunct of the relative clause's verb, no comma closing the clause,
    is that clause's; only the copula's statement is the main clause's."""
    doc = parsed(
        nlp,
        f"""
        Delägare delägare NOUN 4 nsubj {IND}
        är vara AUX 4 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        den den DET 4 det
        person person NOUN 0 ROOT {IND}
        som som PRON 7 nsubj
        vill vilja AUX 7 aux {MODAL}
        stödja stödja VERB 4 acl:relcl {INF}
        bygden bygd NOUN 7 obj {DEF}
        och och CCONJ 10 cc
        åtar åta VERB 7 conj {PRES}
        sig sig PRON 10 obj
        att att PART 13 mark
        betala betala VERB 10 xcomp {INF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("delägare", "none", "vara", False, False)]


def test_a_som_of_an_earlier_sentence_opens_no_relative_clause_for_a_conjunct(nlp) -> None:
    """``Medlem är den som betalar. Nämnden ser till att arkivet vårdas och utvecklas.``
    (round 45, review 45c): the search for the ``som`` whose clause no comma has closed stops
    at the sentence's start, so the second sentence's conjunct is in no relative clause."""
    from pipeline.nlp.statement_scope import _conjunct_in_open_relative

    doc = parsed(
        nlp,
        f"""
        Medlem medlem NOUN 3 nsubj {IND}
        är vara AUX 3 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        den den PRON 0 ROOT
        som som PRON 5 nsubj
        betalar betala VERB 3 acl:relcl {PRES}
        . . PUNCT 3 punct
        Nämnden nämnd NOUN 8 nsubj {DEF}
        ser se VERB 0 ROOT {PRES}
        till till ADP 8 compound:prt
        att att SCONJ 12 mark
        arkivet arkiv NOUN 12 nsubj:pass {DEF}
        vårdas vårda VERB 8 ccomp {PASS}
        och och CCONJ 14 cc
        utvecklas utveckla VERB 12 conj {PASS}
        . . PUNCT 8 punct
        """,
    )
    conjunct = doc[13]
    assert conjunct.text == "utvecklas" and conjunct.head.text == "vårdas"
    assert not _conjunct_in_open_relative(conjunct, {4, 11, 13})


def test_a_relative_clause_on_a_predicative_noun_states_nothing(nlp) -> None:
    """``Kommittén är föreningens rådgivande organ som har ansvar för …`` (round 47, bn cause
    4): past its genitive owner and adjectives the relative clause's antecedent follows the
    copula; it is the predicative, no actor the clause is about, so only ``vara`` is a
    statement. A relative clause with a cue on the subject keeps its own."""
    doc = parsed(
        nlp,
        f"""
        Kommittén kommitté NOUN 6 nsubj {DEF}
        är vara AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        föreningens förening NOUN 6 nmod:poss Case=Gen|Definite=Def|Number=Sing
        rådgivande rådgivande ADJ 6 amod
        centrala central ADJ 6 amod
        organ organ NOUN 0 ROOT {IND}
        som som PRON 8 nsubj
        har ha VERB 6 acl:relcl {PRES}
        ansvar ansvar NOUN 8 obj {IND}
        för för ADP 11 case
        valen val NOUN 8 obl {DEF_PL}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("kommitté", "none", "vara", False, False)]
    doc = parsed(
        nlp,
        f"""
        Kommittén kommitté NOUN 8 nsubj {DEF}
        , , PUNCT 4 punct
        som som PRON 4 nsubj
        ansvarar ansvara VERB 1 acl:relcl {PRES}
        för för ADP 6 case
        valen val NOUN 4 obl {DEF_PL}
        , , PUNCT 4 punct
        sammanträder sammanträda VERB 0 ROOT {PRES}
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [
        ("kommitté", "responsibility", "ansvara", False, False),
        ("kommitté", "none", "sammanträda", False, False),
    ]


def test_a_finite_verb_after_a_subject_nouns_infinitive_complement_is_the_main_verb(nlp):
    """Round 51 (w50-y D): ``Frågan om att flytta ett sammanträde avgörs av ordföranden.``:
    the parser makes the s-passive the infinitive's adverbial clause (or object); but an
    infinitive clause holds no finite verb and none stands before it, so after the
    sentence-initial noun's ``om att`` + infinitive the finite verb is the main clause's, its
    agent the actor. Negative: after a finite verb (``Nämnden beslutar om att flytta ett
    sammanträde som avgörs av ordföranden``) the rule does not fire: the relative stays
    (it makes no statement of its own)."""
    rows = f"""
        Frågan fråga NOUN 0 ROOT {DEF}
        om om ADP 4 mark
        att att PART 4 mark
        flytta flytta VERB 1 acl {INF}
        ett en DET 6 det
        sammanträde sammanträde NOUN 7 nsubj {IND}
        avgörs avgöra VERB 4 advcl {PASS}
        av av ADP 9 case
        ordföranden ordförande NOUN 7 obl:agent {DEF}
        . . PUNCT 1 punct
    """
    assert statements(parsed(nlp, rows)) == [("ordförande", "none", "avgöra", False, True)]
    finite_before = f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        beslutar besluta VERB 0 ROOT {PRES}
        om om ADP 5 mark
        att att PART 5 mark
        flytta flytta VERB 2 advcl {INF}
        ett en DET 7 det
        sammanträde sammanträde NOUN 5 obj {IND}
        som som PRON 9 nsubj:pass
        avgörs avgöra VERB 7 acl:relcl {PASS}
        av av ADP 11 case
        ordföranden ordförande NOUN 9 obl:agent {DEF}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, finite_before)) == [("nämnd", "none", "besluta", False, False)]


SERIES_BEFORE_MODAL = """
Ersättare ersättare NOUN 12 nsubj Case=Nom|Definite=Ind|Number=Plur
som som PRON 3 nsubj PronType=Rel
flyttar flytta VERB 1 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
från från ADP 5 case
orten ort NOUN 3 obl Case=Nom|Definite=Def|Number=Sing
, , PUNCT 7 punct
byter byta NOUN 1 parataxis Case=Nom|Definite=Ind|Number=Plur
parti parti NOUN 7 obj Case=Nom|Definite=Ind|Number=Sing
eller eller CCONJ 10 cc
avgår avgå VERB 1 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
ska skola AUX 12 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
meddela meddela VERB 0 ROOT VerbForm=Inf|Voice=Act
nämnden nämnd NOUN 12 obj Case=Nom|Definite=Def|Number=Sing
. . PUNCT 12 punct
"""

SERIES_BEFORE_PASSIVE = """
Medlem medlem NOUN 8 nsubj Case=Nom|Definite=Ind|Number=Sing
som som PRON 3 nsubj PronType=Rel
går gå VERB 1 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
i i ADP 5 case
skolan skola NOUN 3 obl Case=Nom|Definite=Def|Number=Sing
, , PUNCT 8 punct
har ha AUX 8 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
fyllt fylla VERB 0 ROOT VerbForm=Sup|Voice=Act
femton femton NUM 10 nummod Case=Nom
år år NOUN 8 obj Case=Nom|Definite=Ind|Number=Plur
samt samt CCONJ 13 cc
har ha AUX 13 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
lämnat lämna VERB 8 conj VerbForm=Sup|Voice=Act
intyg intyg NOUN 13 obj Case=Nom|Definite=Ind|Number=Sing
beviljas bevilja VERB 8 parataxis VerbForm=Inf|Voice=Pass
stipendium stipendium NOUN 15 obj Case=Nom|Definite=Ind|Number=Sing
. . PUNCT 8 punct
"""

SECOND_MAIN_CLAUSE = f"""
Medlem medlem NOUN 5 nsubj {IND}
som som PRON 3 nsubj PronType=Rel
har ha VERB 1 acl:relcl {PRES}
rösträtt rösträtt NOUN 3 obj {IND}
, , PUNCT 7 punct
och och CCONJ 7 cc
ersätter ersätta VERB 0 ROOT {PRES}
"""


def test_a_relative_series_on_the_opening_subject_runs_to_the_main_verb(nlp) -> None:
    """Round 51 (bq-G; ruling q2): a `som`-clause on the actor that opens the sentence runs
    through predicates joined by commas and `samt`/`eller` (`har` + supine too); the main
    verb follows the last one with no joint before it, an s-form there its present passive
    (the recipient passive keeps (person, none, V, passive)). The parser's roots and
    conjuncts are ignored."""
    assert statements(parsed(nlp, SERIES_BEFORE_MODAL)) == [
        ("ersättare", "obligation", "meddela", False, False)
    ]
    assert statements(parsed(nlp, SERIES_BEFORE_PASSIVE)) == [
        ("medlem", "none", "bevilja", False, True)
    ]


def test_a_comma_and_coordinator_after_a_relative_clause_open_no_series(nlp) -> None:
    """`…, och ersätter`: a comma before the coordinator closes the relative clause; the verb
    after it is a main clause's (its subject the opening actor) — no relative series."""
    found = statements(parsed(nlp, SECOND_MAIN_CLAUSE))
    assert ("medlem", "none", "ersätta", False, False) in found


QUANTITY_APPOSITION = """
Förbundet förbund NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
utser utse NOUN 1 nmod Case=Nom|Definite=Ind|Number=Plur
granskare granskare NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
, , PUNCT 9 punct
högst hög ADV 6 advmod Degree=Sup
tre tre NUM 9 nummod Case=Nom|NumType=Card
, , PUNCT 9 punct
vilka vilka PRON 9 nsubj Definite=Ind|Number=Plur|PronType=Int,Rel
har ha VERB 3 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
att att PART 11 mark
pröva pröva VERB 9 xcomp VerbForm=Inf|Voice=Act
räkenskaperna räkenskaper NOUN 11 obj Case=Nom|Definite=Def|Number=Plur
. . PUNCT 3 punct
"""

QUANTITY_APPOSITION_OWN_SUBJECT = """
Förbundet förbund NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
utser utse NOUN 3 nmod Case=Nom|Definite=Ind|Number=Plur
revisorer revisor NOUN 12 nsubj Case=Nom|Definite=Ind|Number=Plur
, , PUNCT 3 punct
en en NUM 3 acl Case=Nom|Definite=Ind|NumType=Card|Number=Sing
eller eller CCONJ 5 cc
två två NUM 5 nummod Case=Nom|NumType=Card
, , PUNCT 5 punct
som som PRON 10 case PronType=Rel
årsmötet årsmöte NOUN 5 appos Case=Nom|Definite=Def|Number=Sing
ska skola AUX 12 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
välja välja VERB 0 ROOT VerbForm=Inf|Voice=Act
. . PUNCT 12 punct
"""


def test_a_relative_after_a_quantity_apposition_takes_the_noun_before_it(nlp) -> None:
    """Round 51 (ax-C6): `granskare, högst tre, vilka har att …`: a quantity apposition in
    commas counts the noun before it, which is the antecedent of the relative pronoun after
    it (plural by the count); a relative clause with a subject of its own (`, som årsmötet
    ska välja`) gives the noun nothing."""
    assert statements(parsed(nlp, QUANTITY_APPOSITION)) == [
        ("förbund", "none", "utse", False, False),
        ("granskare", "obligation", "pröva", False, False),
    ]
    found = statements(parsed(nlp, QUANTITY_APPOSITION_OWN_SUBJECT))
    assert not any(actor == "revisor" for actor, *_ in found)


DELS_ATT_SERIES = f"""
Nämnden nämnd NOUN 2 nsubj {DEF}
beslutar besluta VERB 0 ROOT {PRES}
dels dels CCONJ 2 advmod
att att SCONJ 9 mark
taxan taxa NOUN 9 nsubj {DEF}
för för ADP 7 case
hamnen hamn NOUN 5 nmod {DEF}
ska skola AUX 9 aux {PRES}
höjas höja VERB 2 ccomp VerbForm=Inf|Voice=Pass
, , PUNCT 11 punct
hyran hyra NOUN 9 conj {DEF}
ska skola AUX 13 aux {PRES}
sänkas sänka VERB 9 conj VerbForm=Inf|Voice=Pass
och och CCONJ 15 cc
bojen boj NOUN 13 conj {DEF}
ska skola AUX 17 aux {PRES}
flyttas flytta VERB 2 parataxis VerbForm=Inf|Voice=Pass
, , PUNCT 23 punct
dels dels CCONJ 23 mark
att att SCONJ 23 mark
beslutet beslut NOUN 23 nsubj {DEF}
ska skola AUX 23 aux {PRES}
gälla gälla VERB 17 conj {INF}
. . PUNCT 2 punct
"""

REPORTED_THEN_MAIN = f"""
Nämnden nämnd NOUN 2 nsubj {DEF}
beslutar besluta VERB 0 ROOT {PRES}
att att SCONJ 6 mark
taxan taxa NOUN 6 nsubj:pass {DEF}
ska skola AUX 6 aux {MODAL}
höjas höja VERB 2 ccomp VerbForm=Inf|Voice=Pass
, , PUNCT 11 punct
och och CCONJ 11 cc
kansliet kansli NOUN 11 nsubj {DEF}
ska skola AUX 11 aux {MODAL}
informera informera VERB 2 conj {INF}
medlemmarna medlem NOUN 11 obj {DEF_PL}
. . PUNCT 2 punct
"""


def test_clauses_after_a_dels_att_without_their_own_att_are_its_content(nlp) -> None:
    """Round 52 (analysis 52-av C4; §5.1): `beslutar dels att A ska V-s, B ska V-s och C ska
    V-s, dels att …`: the comma- and `och`-joined clauses after the first member's `att`
    are its content, no statements of their own; after a reporting verb's plain `att` a
    `, och` before a new subject opens a main clause, whose statement stays."""
    found = statements(parsed(nlp, DELS_ATT_SERIES))
    assert found == [("nämnd", "none", "besluta", False, False)]
    found = statements(parsed(nlp, REPORTED_THEN_MAIN))
    assert ("kansli", "obligation", "informera", False, False) in found


def test_names_in_commas_after_a_plural_subject_restate_it(nlp) -> None:
    """Round 46 bo (§2.2), analysis 53-cb P3: ``Kommunens båda stiftelser, Stiftelsen Åbyhem
    och Ekby Fond AB, äger fastigheter``: the names between the plural subject and the comma
    before its verb restate the head, no conjuncts: one statement; without the commas the
    names are the subject."""
    apposed = parsed(
        nlp,
        f"""
        Kommunens kommun NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        båda båda DET 3 det
        stiftelser stiftelse NOUN 12 nsubj {IND_PL}
        , , PUNCT 5 punct
        Stiftelsen stiftelse PROPN 3 appos
        Åbyhem åbyhem PROPN 5 flat:name
        och och CCONJ 9 cc
        Ekby ekby PROPN 9 compound
        Fond fond PROPN 5 conj
        AB ab PROPN 9 flat:name
        , , PUNCT 5 punct
        äger äga VERB 0 ROOT {PRES}
        fastigheter fastighet NOUN 12 obj {IND_PL}
        . . PUNCT 12 punct
        """,
    )
    assert statements(apposed) == [("stiftelse", "none", "äga", False, False)]
    named = parsed(
        nlp,
        f"""
        Ekby ekby PROPN 8 nsubj
        Fond fond PROPN 1 flat:name
        AB ab PROPN 1 flat:name
        och och CCONJ 5 cc
        Norrby norrby PROPN 1 conj
        Hamn hamn PROPN 5 flat:name
        AB ab PROPN 5 flat:name
        äger äga VERB 0 ROOT {PRES}
        fastigheter fastighet NOUN 8 obj {IND_PL}
        . . PUNCT 8 punct
        """,
    )
    assert [s[0] for s in statements(named)] == ["ekby fond ab", "norrby hamn ab"]


def test_two_names_in_commas_restate_an_invariant_plural_but_body_nouns_stay_conjuncts(
    nlp,
) -> None:
    """Review 53b S2: two or more names are the plural evidence where the head has no plural
    form (``Kommunens bolag, Alfa AB och Beta AB, ska rapportera``: one statement); a
    capitalised body noun of the lexicon is no name, so with no counting word a
    mis-punctuated series keeps its conjuncts (``Nämnderna, Kommunstyrelsen och
    Valnämnden, ska samråda``: three)."""
    companies = parsed(
        nlp,
        f"""
        Kommunens kommun NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        bolag bolag NOUN 11 nsubj Case=Nom|Definite=Ind|Number=Sing
        , , PUNCT 4 punct
        Alfa alfa PROPN 2 appos
        AB ab PROPN 4 flat:name
        och och CCONJ 7 cc
        Beta beta PROPN 4 conj
        AB ab PROPN 7 flat:name
        , , PUNCT 4 punct
        ska skola AUX 11 aux {MODAL}
        rapportera rapportera VERB 0 ROOT {INF}
        . . PUNCT 11 punct
        """,
    )
    assert statements(companies) == [("bolag", "obligation", "rapportera", False, False)]
    bodies = parsed(
        nlp,
        f"""
        Nämnderna nämnd NOUN 8 nsubj {DEF_PL}
        , , PUNCT 3 punct
        Kommunstyrelsen kommunstyrelse PROPN 1 appos {DEF}
        och och CCONJ 5 cc
        Valnämnden valnämnd PROPN 3 conj {DEF}
        , , PUNCT 3 punct
        ska skola AUX 8 aux {MODAL}
        samråda samråda VERB 0 ROOT {INF}
        . . PUNCT 8 punct
        """,
    )
    assert [s[0] for s in statements(bodies)] == ["nämnd", "kommunstyrelse", "valnämnd"]


def test_a_comma_relative_on_the_cleft_clauses_object_is_that_objects(nlp) -> None:
    """Round 54 (w54g): ``Det är X som V1 Y, som V2 …``: a bare comma after the object noun
    opens the object's own relative clause, not a second cleft clause; with a cue of its
    own it is the object's statement (§5.1), without one it gives none."""
    rows = f"""
    Det den PRON 3 expl
    är vara AUX 3 cop {PRES}
    nämnden nämnd NOUN 0 ROOT {DEF}
    som som PRON 5 nsubj
    utser utse VERB 3 acl:cleft {PRES}
    förvaltningschefen förvaltningschef NOUN 5 obj {DEF}
    , , PUNCT 10 punct
    som som PRON 10 nsubj
    därefter därefter ADV 10 advmod
    ansvarar ansvara VERB 6 acl:relcl {PRES}
    för för ADP 12 case
    verksamheten verksamhet NOUN 10 obl {DEF}
    . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, rows)) == [
        ("nämnd", "none", "utse", False, False),
        ("förvaltningschef", "responsibility", "ansvara", False, False),
    ]
    no_cue = rows.replace("ansvarar ansvara", "leder leda").replace(
        "för för ADP 12 case", "i i ADP 12 case"
    )
    assert statements(parsed(nlp, no_cue)) == [("nämnd", "none", "utse", False, False)]

def test_a_subjectless_conjunct_after_a_relative_on_the_object_stays_in_the_relative(
    nlp,
) -> None:
    """Analysis 54-ce C11 (§5.1 B3 widened): ``Regionen anställer en direktör som leder
    kansliet och svarar för budgeten``: ``och`` + a finite verb with no subject of its own
    after a relative clause on the main clause's object continues the relative (only a cue
    gives a statement, of the antecedent), never the main clause's subject; with no relative
    (``… en direktör och svarar för budgeten``) the conjunct is the main clause's."""
    relative = parsed(
        nlp,
        f"""
        Regionen region NOUN 2 nsubj {DEF}
        anställer anställa VERB 0 ROOT {PRES}
        en en DET 4 det _
        direktör direktör NOUN 2 obj {IND}
        som som PRON 6 nsubj _
        leder leda VERB 4 acl:relcl {PRES}
        kansliet kansli NOUN 6 obj {DEF}
        och och CCONJ 9 cc _
        svarar svara VERB 6 conj {PRES}
        för för ADP 11 case _
        budgeten budget NOUN 9 obl {DEF}
        . . PUNCT 2 punct _
        """,
    )
    found = statements(relative)
    assert ("region", "none", "anställa", False, False) in found
    assert ("direktör", "responsibility", "svara", False, False) in found
    assert ("region", "responsibility", "svara", False, False) not in found
    main = parsed(
        nlp,
        f"""
        Regionen region NOUN 2 nsubj {DEF}
        anställer anställa VERB 0 ROOT {PRES}
        en en DET 4 det _
        direktör direktör NOUN 2 obj {IND}
        och och CCONJ 6 cc _
        svarar svara VERB 2 conj {PRES}
        för för ADP 8 case _
        budgeten budget NOUN 6 obl {DEF}
        . . PUNCT 2 punct _
        """,
    )
    assert ("region", "responsibility", "svara", False, False) in statements(main)


def test_a_modal_in_an_indirect_question_opened_by_vad_gives_no_statement(nlp) -> None:
    """Analysis 54-cg R7 (configs/grammar.yaml `interrogatives` + `vad`): ``Riksdagen
    bestämmer vad en region får och inte får göra``: the modals stand in the indirect
    question, the object of ``bestämmer``: only the main verb's statement."""
    doc = parsed(
        nlp,
        f"""
        Riksdagen riksdag NOUN 2 nsubj {DEF}
        bestämmer bestämma VERB 0 ROOT {PRES}
        vad vad PRON 6 mark _
        en en DET 5 det _
        region region NOUN 6 nsubj {IND}
        får få VERB 2 ccomp {MODAL}
        och och CCONJ 10 cc _
        inte inte PART 10 advmod _
        får få AUX 10 aux {MODAL}
        göra göra VERB 6 conj {INF}
        . . PUNCT 2 punct _
        """,
    )
    assert statements(doc) == [("riksdag", "none", "bestämma", False, False)]


FREE_RELATIVE_SUBJECTS = (
    """
    Nämnden nämnd NOUN 3 nsubj {DEF}
    ska skola AUX 3 aux {MODAL}
    övervaka övervaka VERB 0 ROOT {INF}
    att att SCONJ 12 mark _
    vad vad PRON 12 nsubj Definite=Ind|Number=Sing|PronType=Int,Rel
    som som PRON 9 nsubj PronType=Rel
    enligt enligt ADP 8 case _
    avtal avtal NOUN 9 obl {IND}
    åligger åligga VERB 5 acl:relcl {PRES}
    leverantörer leverantör NOUN 9 obj {IND_PL}
    , , PUNCT 12 punct _
    föreningar förening NOUN 3 ccomp {IND_PL}
    eller eller CCONJ 15 cc _
    enskilda enskild ADJ 15 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
    blir bli VERB 12 conj {PRES}
    utfört utföra VERB 15 xcomp VerbForm=Inf|Voice=Act
    . . PUNCT 3 punct _
    """,
    """
    Nämnden nämnd NOUN 2 nsubj {DEF}
    kontrollerar kontrollera VERB 0 ROOT {PRES}
    att att SCONJ 11 mark _
    vad vad PRON 11 nsubj Definite=Ind|Number=Sing|PronType=Int,Rel
    som som PRON 6 nsubj PronType=Rel
    åligger åligga VERB 4 acl:relcl {PRES}
    entreprenörer entreprenör NOUN 6 obj {IND_PL}
    och och CCONJ 9 cc _
    konsulter konsult NOUN 7 conj {IND_PL}
    blir bli AUX 11 aux:pass {PRES}
    gjort göra VERB 2 ccomp VerbForm=Sup|Voice=Act
    . . PUNCT 2 punct _
    """,
    """
    Styrelsen styrelse NOUN 2 nsubj {DEF}
    ser se VERB 0 ROOT {PRES}
    till till ADP 14 mark _
    att att SCONJ 14 mark _
    vad vad PRON 13 nsubj Definite=Ind|Number=Sing|PronType=Int,Rel
    som som PRON 9 nsubj PronType=Rel
    i i ADP 8 case _
    avtalet avtal NOUN 9 obl {DEF}
    åligger åligga VERB 5 acl:relcl {PRES}
    kommuner kommun NOUN 9 obj {IND_PL}
    eller eller CCONJ 12 cc _
    regioner region NOUN 10 conj {IND_PL}
    blir bli AUX 14 aux:pass {PRES}
    genomfört genomföra VERB 2 advcl VerbForm=Sup|Voice=Act
    i i ADP 16 case _
    tid tid NOUN 14 obl {IND}
    . . PUNCT 2 punct _
    """,
)


def test_a_free_relative_vad_som_is_the_subject_of_the_later_verb(nlp) -> None:
    """Round 54 fix (w54d's ``vad`` in `interrogatives`): ``Nämnden ska övervaka att vad som
    enligt avtal åligger leverantörer, föreningar eller enskilda blir utfört``: ``vad som …``
    is a free relative, a unit whose pronoun is the subject of ``blir``; the objects of
    ``åligger`` before ``blir`` are no subject of it (no statement of theirs)."""
    for rows in FREE_RELATIVE_SUBJECTS:
        filled = rows.format(
            DEF=DEF, IND=IND, IND_PL=IND_PL, PRES=PRES, INF=INF, MODAL=MODAL
        )
        found = statements(parsed(nlp, filled))
        assert found, rows
        assert all(aim != "bli" for _, _, aim, _, _ in found), found
        assert {actor for actor, *_ in found} <= {"nämnd", "styrelse"}, found


CLEFT_CONJUNCTS = (
    """
    Samtidigt samtidigt ADV 5 advmod _
    är vara AUX 5 cop {PRES}
    det den PRON 5 nsubj Definite=Def|Gender=Neut|Number=Sing|PronType=Prs
    varje varje DET 5 det Definite=Ind|Number=Sing|PronType=Tot
    styrelse styrelse NOUN 0 ROOT {IND}
    som som PRON 7 nsubj PronType=Rel
    har ha VERB 5 acl:relcl {PRES}
    det den DET 10 det Definite=Def|Gender=Neut|Number=Sing|PronType=Art
    fulla full ADJ 10 amod Case=Nom|Definite=Def|Degree=Pos
    ansvaret ansvar NOUN 7 obj {DEF}
    för för ADP 13 case _
    sin sig PRON 13 nmod:poss Definite=Def|Number=Sing|Poss=Yes|PronType=Prs
    budget budget NOUN 7 obl {IND}
    och och CCONJ 15 cc _
    ställer ställa VERB 7 conj {PRES}
    krav krav NOUN 15 obj {IND_PL}
    på på ADP 19 case _
    sin sig PRON 19 nmod:poss Definite=Def|Number=Sing|Poss=Yes|PronType=Prs
    förvaltning förvaltning NOUN 15 obl {IND}
    via via ADP 21 case _
    direktören direktör NOUN 15 obl {DEF}
    . . PUNCT 5 punct _
    """,
    """
    I i ADP 2 case _
    praktiken praktik NOUN 6 obl {DEF}
    är vara AUX 6 cop {PRES}
    det den PRON 6 expl Definite=Def|Gender=Neut|Number=Sing|PronType=Prs
    varje varje DET 6 det Definite=Ind|Number=Sing|PronType=Tot
    nämnd nämnd NOUN 0 ROOT {IND}
    som som PRON 8 nsubj PronType=Rel
    har ha VERB 6 acl:relcl {PRES}
    ansvaret ansvar NOUN 8 obj {DEF}
    för för ADP 12 case _
    sin sig PRON 12 nmod:poss Definite=Def|Number=Sing|Poss=Yes|PronType=Prs
    verksamhet verksamhet NOUN 8 obl {IND}
    och och CCONJ 14 cc _
    följer följa VERB 8 conj {PRES}
    upp upp ADV 14 compound:prt _
    sin sig PRON 17 nmod:poss Definite=Def|Number=Sing|Poss=Yes|PronType=Prs
    ekonomi ekonomi NOUN 14 obj {IND}
    . . PUNCT 6 punct _
    """,
    """
    Därför därför ADV 0 ROOT _
    är vara AUX 1 fixed {PRES}
    det den PRON 1 nsubj Definite=Def|Gender=Neut|Number=Sing|PronType=Prs
    varje varje DET 5 det Definite=Ind|Number=Sing|PronType=Tot
    förvaltning förvaltning NOUN 1 obl {IND}
    som som PRON 7 nsubj PronType=Rel
    har ha VERB 5 acl:relcl {PRES}
    det den DET 10 det Definite=Def|Gender=Neut|Number=Sing|PronType=Art
    fulla full ADJ 10 amod Case=Nom|Definite=Def|Degree=Pos
    ansvaret ansvar NOUN 7 obj {DEF}
    för för ADP 13 case _
    sin sig PRON 13 nmod:poss Definite=Def|Number=Sing|Poss=Yes|PronType=Prs
    personal personal NOUN 7 obl {IND}
    och och CCONJ 15 cc _
    fördelar fördela VERB 7 conj {PRES}
    arbetet arbete NOUN 15 obj {DEF}
    . . PUNCT 1 punct _
    """,
)


def test_a_cleft_som_clause_keeps_its_och_conjunct(nlp) -> None:
    """Round 54 fix (§5.1 B3 widened to a relative on the main clause's object): ``Samtidigt
    är det varje styrelse som har det fulla ansvaret för X och ställer krav på Y``: the
    focus after a fronted adverbial + copula + ``det`` is no object, its ``som`` opens the
    cleft's clause (the statement, §5.1), so ``och`` + a subjectless finite verb is the
    focus's statement too."""
    expected = (
        ("styrelse", "ställa"),
        ("nämnd", "följa"),
        ("förvaltning", "fördela"),
    )
    for rows, (actor, aim) in zip(CLEFT_CONJUNCTS, expected, strict=True):
        found = statements(parsed(nlp, rows.format(DEF=DEF, IND=IND, IND_PL=IND_PL, PRES=PRES)))
        assert (actor, "responsibility", "ansvara", False, False) in found, found
        assert (actor, "none", aim, False, False) in found, found


def _relative_then_och(subject_dep: str, tail: str) -> str:
    """``Styrelsen antar de planer som gäller hamnen och <tail>``."""
    return f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        antar anta VERB 0 ROOT {PRES}
        de de DET 4 det
        planer plan NOUN 2 obj {IND_PL}
        som som PRON 6 nsubj
        gäller gälla VERB 4 acl:relcl {PRES}
        hamnen hamn NOUN 6 obj {DEF}
        och och CCONJ 10 cc
        {tail.format(dep=subject_dep)}
    """


def test_och_a_subject_and_a_verb_after_an_objects_relative_open_a_main_clause(nlp) -> None:
    # the parser's conjunct of the relative verb with its own subject (parsed or by position)
    one = "förvaltningen förvaltning NOUN 10 {dep} " + DEF + "\n"
    one += f"genomför genomföra VERB 6 conj {PRES}\ndem de PRON 10 obj\n. . PUNCT 2 punct"
    for dep in ("nsubj", "advmod"):
        assert statements(parsed(nlp, _relative_then_och(dep, one))) == [
            ("styrelse", "none", "anta", False, False),
            ("förvaltning", "none", "genomföra", False, False),
        ]
    two = "förvaltningen förvaltning NOUN 10 {dep} " + DEF + "\n"
    two += f"bereder bereda VERB 6 conj {PRES}\noch och CCONJ 12 cc\n"
    two += f"verkställer verkställa VERB 10 conj {PRES}\ndem de PRON 12 obj\n. . PUNCT 2 punct"
    assert statements(parsed(nlp, _relative_then_och("advmod", two))) == [
        ("styrelse", "none", "anta", False, False),
        ("förvaltning", "none", "bereda", False, False),
        ("förvaltning", "none", "verkställa", False, False),
    ]


def test_a_verb_after_och_with_no_subject_or_after_an_object_som_stays_in_the_relative(
    nlp,
) -> None:
    shared = f"påverkar påverka VERB 6 conj {PRES}\nstaden stad NOUN 9 obj {DEF}\n. . PUNCT 2 punct"
    assert statements(parsed(nlp, _relative_then_och("nsubj", shared))) == [
        ("styrelse", "none", "anta", False, False)
    ]
    object_som = f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        avgör avgöra VERB 0 ROOT {PRES}
        de de DET 4 det
        ärenden ärende NOUN 2 obj {IND_PL}
        som som PRON 7 obj
        nämnden nämnd NOUN 7 nsubj {DEF}
        bereder bereda VERB 4 acl:relcl {PRES}
        och och CCONJ 10 cc
        förvaltningen förvaltning NOUN 10 nsubj {DEF}
        genomför genomföra VERB 7 conj {PRES}
        dem de PRON 10 obj
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, object_som)) == [("styrelse", "none", "avgöra", False, False)]


def test_a_relative_with_a_series_of_three_verbs_keeps_them_all(nlp) -> None:
    """Round 54 (ce-R2; §5.1 B3): ``Kommunen anställer en chef som planerar budgeten, leder arbetet
    och granskar kassan``: the walk back from the last ``och`` to ``som`` passes each comma
    or coordinator of the relative's series of finite verbs, so the last conjunct stays in
    the relative (no statement of the main clause's subject); without the relative
    (``Kommunen anställer en chef, leder arbetet och granskar kassan``) the series is the
    main clause's."""
    rows = f"""
        Kommunen kommun NOUN 2 nsubj {DEF}
        anställer anställa VERB 0 ROOT {PRES}
        en en DET 4 det _
        chef chef NOUN 2 obj {IND}
        som som PRON 6 nsubj _
        planerar planera VERB 4 acl:relcl {PRES}
        budgeten budget NOUN 6 obj {DEF}
        , , PUNCT 9 punct _
        leder leda VERB 2 conj {PRES}
        arbetet arbete NOUN 9 obj {DEF}
        och och CCONJ 12 cc _
        granskar granska VERB 9 conj {PRES}
        kassan kassa NOUN 12 obj {DEF}
        . . PUNCT 2 punct _
    """
    found = statements(parsed(nlp, rows))
    assert ("kommun", "none", "anställa", False, False) in found
    assert ("kommun", "none", "granska", False, False) not in found
    main = f"""
        Kommunen kommun NOUN 2 nsubj {DEF}
        anställer anställa VERB 0 ROOT {PRES}
        en en DET 4 det _
        chef chef NOUN 2 obj {IND}
        , , PUNCT 6 punct _
        leder leda VERB 2 conj {PRES}
        arbetet arbete NOUN 6 obj {DEF}
        och och CCONJ 9 cc _
        granskar granska VERB 2 conj {PRES}
        kassan kassa NOUN 9 obj {DEF}
        . . PUNCT 2 punct _
    """
    assert ("kommun", "none", "granska", False, False) in statements(parsed(nlp, main))


def test_an_inverted_genitive_subject_past_attributes_is_not_its_verbs_object(nlp) -> None:
    """``I rådet samverkar kommunernas högsta ansvariga chefer och ska informera varandra``:
    the inverted subject's noun phrase (a genitive the tagger reads as a verb but tags a
    noun's genitive, and the attributes before the head) is skipped, so ``samverka`` has no
    object; the subject is no object of its own verb (review 54b)."""
    from pipeline.nlp.actors import find_actors
    from tests.nlp_helpers import LEXICON

    rows = """
        I i ADP 2 case
        rådet råd NOUN 3 obl {DEF}
        samverkar samverka VERB 0 ROOT {PRES}
        {owner} VERB 3 obj {PASS}
        högsta hög ADJ 7 amod Case=Nom|Definite=Def|Degree=Sup
        ansvariga ansvarig ADJ 7 amod Case=Nom|Definite=Def|Degree=Pos
        chefer chef NOUN 3 nsubj {IND_PL}
        och och CCONJ 10 cc
        ska skola AUX 10 aux {MODAL}
        informera informera VERB 3 conj {INF}
        varandra varandra PRON 10 obj
        . . PUNCT 3 punct
        """

    def object_of_samverka(owner: str, tag: str) -> str | None:
        doc = parsed(
            nlp,
            rows.format(
                owner=owner, DEF=DEF, PRES=PRES, PASS=PASS, IND_PL=IND_PL, MODAL=MODAL, INF=INF
            ),
        )
        doc[3].tag_ = tag
        doc._.actors = find_actors(doc, LEXICON)
        found = [s for sentence in doc.sents for s in find(sentence, doc._.actors)]
        span = next(s.object_span for s in found if s.aim == "samverka")
        return None if span is None else doc.text[slice(*span)]

    assert object_of_samverka("kommunernas kommun", "NN|UTR|PLU|DEF|GEN") is None
    # a plain noun in -s tagged nominative is no genitive determiner of the subject
    assert object_of_samverka("process process", "NN|UTR|SIN|IND|NOM") is not None


def test_quoted_speech_before_a_reporting_verb_states_nothing(nlp) -> None:
    """``”Nämnden ska ta ansvaret”, säger Eva Lind.`` (round 55, ci-Q1): a quotation closed
    by a reporting verb reports what someone said; neither its verbs nor the reporting verb
    (whose subject is no actor) state anything."""
    doc = parsed(
        nlp,
        f"""
        ” ” PUNCT 4 punct
        Nämnden nämnd NOUN 4 nsubj {DEF}
        ska skola AUX 4 aux {MODAL}
        ta ta VERB 8 ccomp {INF}
        ansvaret ansvar NOUN 4 obj {DEF}
        ” ” PUNCT 4 punct
        , , PUNCT 8 punct
        säger säga VERB 0 ROOT {PRES}
        Eva Eva PROPN 8 nsubj
        Lind Lind PROPN 9 flat:name
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == []


def test_quoted_speech_keeps_a_reporting_actor_and_plain_marks(nlp) -> None:
    """``”Budgeten håller” sade ordföranden`` keeps the reporting verb of an actor subject;
    marks around a word with no reporting verb after them (``Styrelsen ska ”verka” för
    ordningen``) change nothing (round 50 b2)."""
    doc = parsed(
        nlp,
        f"""
        ” ” PUNCT 3 punct
        Budgeten budget NOUN 3 nsubj {DEF}
        håller hålla VERB 5 ccomp {PRES}
        ” ” PUNCT 3 punct
        sade säga VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        ordföranden ordförande NOUN 5 nsubj {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("ordförande", "none", "säga", False, False)]
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 4 nsubj {DEF}
        ska skola AUX 4 aux {MODAL}
        ” ” PUNCT 4 punct
        verka verka VERB 0 ROOT {INF}
        ” ” PUNCT 4 punct
        för för ADP 7 case
        ordningen ordning NOUN 4 obl {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("styrelse", "obligation", "verka", False, False)]


_QUOTED_RULE = """
        ” ” PUNCT 4 punct
        Nämnden nämnd NOUN 4 nsubj {DEF}
        ska skola AUX 4 aux {MODAL}
        fatta fatta VERB {root} {dep} {INF}
        beslut beslut NOUN 4 obj Definite=Ind
        ” ” PUNCT 4 punct
        , , PUNCT {frame} punct
        """


@pytest.mark.parametrize(
    "frame",
    [
        f"""
        enligt enligt ADP 9 case
        reglementet reglemente NOUN 4 obl {DEF}
        . . PUNCT 4 punct
        """,
        f"""
        enligt enligt ADP 11 case
        3 3 NUM 11 nummod
        § § NOUN 11 compound
        kommunallagen kommunallag NOUN 4 obl {DEF}
        . . PUNCT 4 punct
        """,
        f"""
        skriver skriva VERB 4 parataxis {PRES}
        riktlinjerna riktlinje NOUN 8 nsubj {DEF_PL}
        . . PUNCT 4 punct
        """,
    ],
)
def test_a_quoted_rule_attributed_to_a_document_keeps_its_statements(nlp, frame: str) -> None:
    """Round 55, ruling t7 (review 55, must-fix 2): ``”Nämnden ska fatta beslut”, enligt
    reglementet.``, ``…, enligt 3 § kommunallagen.``, ``…, skriver riktlinjerna.``: a frame
    whose source is a document or a statute quotes a rule, which keeps its statement."""
    rows = _QUOTED_RULE.format(DEF=DEF, MODAL=MODAL, INF=INF, root=0, dep="ROOT", frame=4)
    doc = parsed(nlp, rows.rstrip() + frame)
    assert statements(doc) == [("nämnd", "obligation", "fatta", False, False)]


def test_a_quoted_rule_before_a_regulating_verb_keeps_its_statements(nlp) -> None:
    """``”Nämnden ska fatta beslut”, anger reglementet.`` (ruling t7): `anger` decides or
    regulates (configs/grammar.yaml `reporting_verbs`), it is no verb of speech
    (`speech_verbs`); the quoted rule keeps its statement, and `anger`, whose subject is
    no actor, states nothing. Negative: ``…, säger Eva Lind.``
    reports a person's speech, no statement."""
    rows = _QUOTED_RULE.format(DEF=DEF, MODAL=MODAL, INF=INF, root=8, dep="ccomp", frame=8)
    regulating = f"""
        anger ange VERB 0 ROOT {PRES}
        reglementet reglemente NOUN 8 nsubj {DEF}
        . . PUNCT 8 punct
        """
    found = statements(parsed(nlp, rows.rstrip() + regulating))
    assert found == [("nämnd", "obligation", "fatta", False, False)]
    speech = f"""
        säger säga VERB 0 ROOT {PRES}
        Eva Eva PROPN 8 nsubj
        Lind Lind PROPN 9 flat:name
        . . PUNCT 8 punct
        """
    assert statements(parsed(nlp, rows.rstrip() + speech)) == []


def test_an_apostrophe_does_not_pair_with_a_quotation_mark(nlp) -> None:
    """``O’Neil: ”Nämnden ska fatta beslut”, säger hon.`` (ruling t7): a lone apostrophe
    before a quotation is no quotation mark; the quotation still reports speech."""
    rows = f"""
        O O PROPN 10 nsubj
        ’ ’ PUNCT 1 punct
        Neil Neil PROPN 1 flat:name
        : : PUNCT 1 punct
        ” ” PUNCT 8 punct
        Nämnden nämnd NOUN 8 nsubj {DEF}
        ska skola AUX 8 aux {MODAL}
        fatta fatta VERB 12 ccomp {INF}
        beslut beslut NOUN 8 obj Definite=Ind
        ” ” PUNCT 8 punct
        , , PUNCT 12 punct
        säger säga VERB 0 ROOT {PRES}
        hon hon PRON 12 nsubj
        . . PUNCT 12 punct
        """
    assert statements(parsed(nlp, rows)) == []


def test_ability_kan_on_a_described_person_subject(nlp) -> None:
    """``Personer som inte kan närvara ska meddela kansliet`` (round 55, t6): ``kan`` in a
    relative clause on an indefinite person noun that is no office (configs/grammar.yaml
    `described_person_heads`, or an external actor) is ability wherever the noun stands; the
    main clause's cue stays."""
    doc = parsed(
        nlp,
        f"""
        Personer person NOUN 8 nsubj {IND_PL}
        som som PRON 5 nsubj PronType=Rel
        inte inte PART 5 advmod Polarity=Neg
        kan kunna AUX 5 aux {MODAL}
        närvara närvara VERB 1 acl:relcl {INF}
        vid vid ADP 7 case
        mötet möte NOUN 5 obl {DEF}
        ska skola AUX 9 aux {MODAL}
        meddela meddela VERB 0 ROOT {INF}
        kansliet kansli NOUN 9 obj {DEF}
        . . PUNCT 9 punct
        """,
    )
    assert statements(doc) == [("person", "obligation", "meddela", False, False)]


def test_agent_passive_in_a_relative_on_an_expletive_predicative(nlp) -> None:
    """``Det är inte ett beslut som fattas av styrelsen`` (round 55, ci-P1): after ``det`` +
    copula an indefinite noun that is no actor is the predicative, not a cleft's focus; the
    relative clause's agent passive states nothing. ``Det är en nämnd som beslutar`` (an
    actor in focus) stays a cleft."""
    doc = parsed(
        nlp,
        f"""
        Det det PRON 5 nsubj
        är vara AUX 5 cop {PRES}
        inte inte PART 5 advmod Polarity=Neg
        ett en DET 5 det Definite=Ind|Number=Sing
        beslut beslut NOUN 0 ROOT {IND}
        som som PRON 7 nsubj:pass PronType=Rel
        fattas fatta VERB 5 acl:relcl {PASS}
        av av ADP 9 case
        styrelsen styrelse NOUN 7 obl:agent {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == []
    doc = parsed(
        nlp,
        f"""
        Det det PRON 4 expl
        är vara AUX 4 cop {PRES}
        en en DET 4 det Definite=Ind|Number=Sing
        nämnd nämnd NOUN 0 ROOT {IND}
        som som PRON 6 nsubj PronType=Rel
        beslutar besluta VERB 4 acl:cleft {PRES}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "besluta", False, False)]


def test_passive_conjoined_to_the_noun_of_a_relative_on_a_predicative(nlp) -> None:
    """``Planen är ett dokument som antas av nämnden och följs upp av förvaltningen``
    (round 55, ci-P1): the parser hangs the second passive on the noun; it continues the
    relative clause, which states nothing."""
    doc = parsed(
        nlp,
        f"""
        Planen plan NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        ett en DET 4 det Definite=Ind|Number=Sing
        dokument dokument NOUN 0 ROOT {IND}
        som som PRON 6 nsubj:pass PronType=Rel
        antas anta VERB 4 acl:relcl {PASS}
        av av ADP 8 case
        nämnden nämnd NOUN 6 obl:agent {DEF}
        och och CCONJ 10 cc
        följs följa VERB 4 conj {PASS}
        upp upp ADP 10 compound:prt
        av av ADP 13 case
        förvaltningen förvaltning NOUN 10 obl:agent {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == []


def test_passive_conjoined_to_a_noun_inside_a_relative_on_a_predicative(nlp) -> None:
    """``Ersättarna är personer som väljs i allmänna val eller utses av nämnden`` (round 55,
    ci-P1): the parser hangs the second passive on a noun inside the relative clause; it
    continues that clause (no statement), and the copula keeps its own."""
    doc = parsed(
        nlp,
        f"""
        Ersättarna ersättare NOUN 3 nsubj {DEF_PL}
        är vara AUX 3 cop {PRES}
        personer person NOUN 0 ROOT {IND_PL}
        som som PRON 5 nsubj:pass PronType=Rel
        väljs välja VERB 3 acl:relcl {PASS}
        i i ADP 8 case
        allmänna allmän ADJ 8 amod Case=Nom|Definite=Ind|Number=Plur
        val val NOUN 5 obl {IND}
        eller eller CCONJ 10 cc
        utses utse VERB 8 conj {PASS}
        av av ADP 12 case
        nämnden nämnd NOUN 10 obl:agent {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("ersättare", "none", "vara", False, False)]


def test_ability_kan_in_a_comma_relative_on_a_described_person(nlp) -> None:
    """``Stödet ges till elever, som inte själva kan resa, och …`` (round 55, cj-R5): a comma
    between the person noun and ``som`` (a non-restrictive relative) changes nothing:
    ``kan`` is ability, no statement. ``Nämnden, som kan delegera …`` (a definite body)
    keeps its permission."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        hjälper hjälpa VERB 0 ROOT {PRES}
        elever elev NOUN 2 obj {IND_PL}
        , , PUNCT 8 punct
        som som PRON 8 nsubj PronType=Rel
        inte inte PART 8 advmod Polarity=Neg
        kan kunna AUX 8 aux {MODAL}
        resa resa VERB 3 acl:relcl {INF}
        själva själv ADJ 8 advmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "hjälpa", False, False)]
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 8 nsubj {DEF}
        , , PUNCT 5 punct
        som som PRON 5 nsubj PronType=Rel
        kan kunna AUX 5 aux {MODAL}
        delegera delegera VERB 1 acl:relcl {INF}
        ärenden ärende NOUN 5 obj {IND_PL}
        , , PUNCT 5 punct
        sammanträder sammanträda VERB 0 ROOT {PRES}
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "permission", "delegera", False, False),
        ("nämnd", "none", "sammanträda", False, False),
    ]


def _passive_relative_then_active(second_head: int) -> str:
    """``Kontoret bereder ansökningar som ska avgöras av direktionen och verkställer
    besluten``; the parser hangs ``verkställer`` on ``second_head``."""
    return f"""
        Kontoret kontor NOUN 2 nsubj {DEF}
        bereder bereda VERB 0 ROOT {PRES}
        ansökningar ansökan NOUN 2 obj {IND_PL}
        som som PRON 6 nsubj:pass PronType=Rel
        ska skola AUX 6 aux {MODAL}
        avgöras avgöra VERB 3 acl:relcl {INF_PASS}
        av av ADP 8 case
        direktionen direktion NOUN 6 obl:agent {DEF}
        och och CCONJ 10 cc
        verkställer verkställa VERB {second_head} conj {PRES}
        besluten beslut NOUN 10 obj {DEF_PL}
        . . PUNCT 2 punct
        """


@pytest.mark.parametrize("second_head", [6, 8])
def test_active_finite_after_auxiliary_passive_relative_is_main(nlp, second_head) -> None:
    """Round 55, ch-R3: after ``som ska avgöras av X och`` an active finite verb whose
    subject is an actor (grammar.yaml `actor_subject_verbs`; review 50 M2) is no conjunct of
    the relative clause: it continues the main clause's series, whether the parser hangs it
    on the relative's verb or on the agent noun inside the relative clause (4b0860aa)."""
    doc = parsed(nlp, _passive_relative_then_active(second_head))
    assert statements(doc) == [
        ("kontor", "none", "bereda", False, False),
        ("kontor", "none", "verkställa", False, False),
    ]


def test_passive_infinitive_after_auxiliary_passive_relative_stays(nlp) -> None:
    """Round 55, ch-R3 bound: ``som ska fattas av fullmäktige och verkställas av nämnden``
    on a predicative: the passive conjunct continues the relative clause (no statement)."""
    doc = parsed(
        nlp,
        f"""
        Budgeten budget NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        ett en DET 4 det Definite=Ind|Number=Sing
        beslut beslut NOUN 0 ROOT {IND}
        som som PRON 7 nsubj:pass PronType=Rel
        ska skola AUX 7 aux {MODAL}
        fattas fatta VERB 4 acl:relcl {INF_PASS}
        av av ADP 9 case
        fullmäktige fullmäktige NOUN 7 obl:agent {IND}
        och och CCONJ 11 cc
        verkställas verkställa VERB 7 conj {INF_PASS}
        av av ADP 13 case
        nämnden nämnd NOUN 11 obl:agent {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == []


def test_thing_subject_verb_hung_on_the_agent_noun_stays_in_the_relative(nlp) -> None:
    """Round 55, ch-R3 bound (review 50 M2): ``… ansökningar som ska avgöras av direktionen
    och gäller bidrag``: a verb that takes a thing as subject continues the relative clause
    where the parser hangs it on the agent noun too."""
    rows = (
        _passive_relative_then_active(8)
        .replace("verkställer verkställa", "gäller gälla")
        .replace(f"besluten beslut NOUN 10 obj {DEF_PL}", f"bidrag bidrag NOUN 10 obj {IND_PL}")
    )
    assert "gäller" in rows and "bidrag" in rows
    assert statements(parsed(nlp, rows)) == [("kontor", "none", "bereda", False, False)]


_TWO_SENTENCE_QUOTE = """
        ” ” PUNCT 3 punct
        Året år NOUN 3 nsubj {DEF}
        var vara AUX 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        bra bra ADJ 3 xcomp Degree=Pos
        . . PUNCT 3 punct
        Styrelsen styrelse NOUN 8 nsubj {DEF}
        ska skola AUX 8 aux {MODAL}
        bygga bygga VERB {root} {dep} {INF}
        skolan skola NOUN 8 obj {DEF}
        ” ” PUNCT 8 punct
        , , PUNCT {frame} punct
        """


def test_quoted_speech_over_two_sentences_states_nothing(nlp) -> None:
    """``”Året var bra. Styrelsen ska bygga skolan”, säger Eva Berg.`` (round 55, 55b-ci R4):
    the quotation opens in an earlier sentence of the clause than its closing mark and
    frame; its marks pair over the clause, and nothing inside it states anything. Negative:
    the same two sentences quoted from a document (``…”, enligt reglementet``) keep the
    rule's statement."""
    speech = f"""
        säger säga VERB 0 ROOT {PRES}
        Eva Eva PROPN 12 nsubj
        Berg Berg PROPN 13 flat:name
        . . PUNCT 12 punct
        """
    rows = _TWO_SENTENCE_QUOTE.format(DEF=DEF, MODAL=MODAL, INF=INF, root=12, dep="ccomp",
                                      frame=12)
    assert statements(parsed(nlp, rows.rstrip() + speech, starts=(5,))) == []
    rule = f"""
        enligt enligt ADP 13 case
        reglementet reglemente NOUN 8 obl {DEF}
        . . PUNCT 8 punct
        """
    rows = _TWO_SENTENCE_QUOTE.format(DEF=DEF, MODAL=MODAL, INF=INF, root=0, dep="ROOT",
                                      frame=8)
    found = statements(parsed(nlp, rows.rstrip() + rule, starts=(5,)))
    assert found == [("styrelse", "obligation", "bygga", False, False)]


def test_finite_after_an_opening_relative_insertion_is_the_main_verb(nlp) -> None:
    """``Avdelningen, som har sex enheter, leder och ansvarar för driften.`` (round 55, gen55
    C): the parser hangs both finites as conjuncts of the relative verb ``har`` (reading
    ``leder`` in a series with its object); by V2 the verb after the insertion's closing comma
    is the main clause's finite, and its coordinated finite goes with it."""
    doc = parsed(
        nlp,
        f"""
        Avdelningen avdelning NOUN 0 ROOT {DEF}
        , , PUNCT 1 punct
        som som PRON 4 nsubj
        har ha VERB 1 acl:relcl {PRES}
        sex sex NUM 6 nummod
        enheter enhet NOUN 4 obj {IND_PL}
        , , PUNCT 8 punct
        leder leda VERB 4 conj {PRES}
        och och CCONJ 10 cc
        ansvarar ansvara VERB 4 conj {PRES}
        för för ADP 12 case
        driften drift NOUN 10 obl {DEF}
        . . PUNCT 1 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("avdelning", "none", "leda"),
        ("avdelning", "responsibility", "ansvara"),
    ]


def test_preposition_tagged_present_after_an_opening_relative_insertion(nlp) -> None:
    """``Kansliet, som har tre handläggare, för diariet och bär kostnaden.`` (round 55, gen55
    C): ``för`` right after the insertion's closing comma, tagged a preposition, is the
    lexicon's present of ``föra`` (V2); the later finite, hung on the relative verb, is the
    main clause's too. Not so after the bare subject (``Nämnden för teknik …``)."""
    doc = parsed(
        nlp,
        f"""
        Kansliet kansli NOUN 0 ROOT {DEF}
        , , PUNCT 4 punct
        som som PRON 4 nsubj
        har ha VERB 1 acl:relcl {PRES}
        tre tre NUM 6 nummod
        handläggare handläggare NOUN 4 obj {IND_PL}
        , , PUNCT 9 punct
        för för ADP 9 case
        diariet diarium NOUN 4 obl {DEF}
        och och CCONJ 11 cc
        bär bära VERB 4 conj {PRES}
        kostnaden kostnad NOUN 11 obj {DEF}
        . . PUNCT 1 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kansli", "none", "föra"),
        ("kansli", "none", "bära"),
    ]


def test_unquoted_speech_frame_reports_speech_and_takes_its_subject(nlp) -> None:
    """Ruling t12 (round 55): ``Nämnden ska höja taxan, säger styrelsens ordförande.`` with
    no quotation marks is press-style reported speech: nothing before the frame states
    anything, and the actor right after the frame's verb is its subject though the parser
    reads it as the object (and hangs ``säger`` on the modal). A comma + speech verb with a
    non-actor after it (``…, säger upp avtalet``) is no frame."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        höja höja VERB 0 ROOT {INF}
        taxan taxa NOUN 3 obj {DEF}
        , , PUNCT 6 punct
        säger säga VERB 3 conj {PRES}
        styrelsens styrelse NOUN 8 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ordförande ordförande NOUN 6 obj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("styrelsens ordförande", "none", "säga")]
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        bereder bereda VERB 0 ROOT {PRES}
        ärendena ärende NOUN 2 obj {DEF_PL}
        , , PUNCT 5 punct
        säger säga VERB 2 conj {PRES}
        upp upp ADP 5 compound:prt
        avtalet avtal NOUN 5 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("nämnd", "none", "bereda"),
        ("nämnd", "none", "säga"),
    ]


def test_a_later_conjunct_after_an_opening_relative_insertion_is_the_main_clauses(nlp) -> None:
    """``Styrelsen, som har nio ledamöter, leder arbetet och har tillsyn över bolagen.``
    (round 55, gen55 C): the later ``har``, hung on the relative verb, is the main clause's
    too (no relative verb between the closing comma and it); a relative clause after the
    comma keeps its conjunct (``…, utser ombud som leder och har …``: see `relative_conjunct`)."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 0 ROOT {DEF}
        , , PUNCT 1 punct
        som som PRON 4 nsubj
        har ha VERB 1 acl:relcl {PRES}
        nio nio NUM 6 nummod
        ledamöter ledamot NOUN 4 obj {IND_PL}
        , , PUNCT 8 punct
        leder leda VERB 4 conj {PRES}
        arbetet arbete NOUN 8 obj {DEF}
        och och CCONJ 11 cc
        har ha VERB 4 conj {PRES}
        tillsyn tillsyn NOUN 11 obj {IND}
        över över ADP 14 case
        bolagen bolag NOUN 11 obl {DEF_PL}
        . . PUNCT 1 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("styrelse", "none", "leda"),
        ("styrelse", "none", "ha"),
    ]


def test_a_clause_opening_with_a_preposition_read_as_a_present_raises_nothing(nlp) -> None:
    """``för nämndens talan vid rådets sammanträden .`` (a list item's text after its lead-in):
    the opening-insertion verb reading of ``för`` (round 55, gen55 C) looks at the word before
    it; at the clause's first word there is none, and no statement comes out."""
    doc = parsed(
        nlp,
        f"""
        för för ADP 3 case
        nämndens nämnd NOUN 3 nmod:poss {DEF}
        talan talan NOUN 0 ROOT {IND}
        vid vid ADP 6 case
        rådets råd NOUN 6 nmod:poss {DEF}
        sammanträden sammanträde NOUN 3 nmod {DEF_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == []


def test_dash_speech_over_several_sentences_states_nothing(nlp) -> None:
    """Round 57 (analysis57-co C4, ruling t12): a paragraph opened by a speech dash (here the
    minus sign U+2212, tagged a noun) whose last sentence closes with ``, säger X`` is speech
    in every sentence, the earlier ones too; without the frame the dash paragraph's sentences
    keep their statements."""
    doc = parsed(
        nlp,
        f"""
        \u2212 \u2212 NOUN 2 nmod {DEF}
        Styrelsen styrelse PROPN 3 nsubj Case=Nom
        tar ta VERB 0 ROOT {PRES}
        ansvaret ansvar NOUN 3 obj {DEF}
        . . PUNCT 3 punct
        Därför därför ADV 7 advmod
        satsar satsa VERB 0 ROOT {PRES}
        vi vi PRON 7 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Plur|PronType=Prs
        på på ADP 10 case
        lärare lärare NOUN 7 obl {IND_PL}
        , , PUNCT 12 punct
        säger säga VERB 7 parataxis {PRES}
        Lisa Lisa PROPN 14 nmod Case=Nom
        Holm holme PROPN 12 nsubj Case=Nom
        . . PUNCT 7 punct
        """,
        (5,),
    )
    assert statements(doc) == []
    doc = parsed(
        nlp,
        f"""
        – – PUNCT 4 punct
        Nämnden nämnd NOUN 4 nsubj {DEF}
        ska skola AUX 4 aux {MODAL}
        leda leda VERB 0 ROOT {INF}
        arbetet arbete NOUN 4 obj {DEF}
        . . PUNCT 4 punct
        Styrelsen styrelse NOUN 8 nsubj {DEF}
        beslutar besluta VERB 0 ROOT {PRES}
        om om ADP 10 case
        budgeten budget NOUN 8 obl {DEF}
        . . PUNCT 8 punct
        """,
        (6,),
    )
    assert [s[:3] for s in statements(doc)] == [
        ("nämnd", "obligation", "leda"),
        ("styrelse", "none", "besluta"),
    ]


def test_round57_named_apposition_after_a_postposed_existential_subject(nlp) -> None:
    """analysis57-cn C2: ``I regionen finns två nämnder, Kulturnämnden och Miljönämnden.``:
    the names after a counted subject placed after `finns` run to the sentence end and
    restate it; one statement (shipped tags: appos and conj)."""
    rows = """
    I i ADP 2 case
    regionen region NOUN 3 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    finns finnas VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    två två NUM 5 nummod Case=Nom|NumType=Card
    nämnder nämnd NOUN 3 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    , , PUNCT 5 punct
    Kulturnämnden kulturnämnd NOUN 5 appos Case=Nom|Definite=Def|Gender=Com|Number=Sing
    och och CCONJ 9 cc
    Miljönämnden miljönämnd NOUN 7 conj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    . . PUNCT 3 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [("nämnd", "none", "finnas")]
    # no counted head: a series of bodies, each a subject
    series = """
    I i ADP 2 case
    regionen region NOUN 3 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    finns finnas VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    nämnderna nämnd NOUN 3 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Plur
    , , PUNCT 6 punct
    kulturnämnden kulturnämnd NOUN 4 conj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    och och CCONJ 8 cc
    miljönämnden miljönämnd NOUN 4 conj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    . . PUNCT 3 punct
    """
    assert len(statements(parsed(nlp, series))) == 3


def test_round57_a_var_relative_adverb_opens_a_subordinate_clause(nlp) -> None:
    """analysis57-cn C7: ``det förslag varpå flest ledamöter röstar``: a `var`-stem +
    preposition (grammar `relative_adverb_stems`) is a subordinator, so its clause gives no
    statement (shipped tags: `varpå` ADV amod, `röstar` advcl of the main verb)."""
    rows = """
    Styrelsen styrelse NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    antar anta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    det den DET 7 det Definite=Def|Gender=Neut|Number=Sing|PronType=Art
    förslag förslag NOUN 5 amod Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    varpå varpå ADV 7 amod
    flest mången ADV 7 amod Degree=Pos
    ledamöter ledamot NOUN 8 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    röstar rösta VERB 2 advcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [("styrelse", "none", "anta")]
    grammar = SHIPPED_GRAMMAR
    assert {"varom", "varpå", "varav"} <= grammar.subordinators
    assert "därpå" not in grammar.subordinators  # `Därpå beslutar styrelsen`: main clause


def test_speech_frame_whose_speaker_has_a_relative_clause(nlp) -> None:
    """``Förvaltningen anställer fler lärare, menar Ola Berg, som har arbetat här länge.``
    (round 57, analysis57b-co R1; shipped tags: ``Ola`` a finite VERB): the ``, som …``
    relative clause hangs on the speaker, its finite verb does not end the frame, and the
    capitalised "verb" is a word of the name: nothing before the frame states anything.
    Negative: ``Kommunen ska säga upp avtalet, som löper ut i maj.`` (no frame)."""
    doc = parsed(
        nlp,
        f"""
        Förvaltningen förvaltning NOUN 2 nsubj {DEF}
        anställer anställa VERB 0 ROOT {PRES}
        fler många ADJ 4 amod Case=Nom|Degree=Cmp|Number=Plur
        lärare lärare NOUN 2 obj {IND_PL}
        , , PUNCT 6 punct
        menar mena VERB 2 parataxis {PRES}
        Ola ola VERB 8 nmod:poss Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        Berg Berg PROPN 6 nsubj Case=Nom
        , , PUNCT 8 punct
        som som PRON 12 nsubj PronType=Rel
        har ha AUX 12 aux {PRES}
        arbetat arbeta VERB 8 acl:relcl VerbForm=Sup|Voice=Act
        här här ADV 12 advmod
        länge länge ADV 12 advmod Degree=Pos
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []
    doc = parsed(
        nlp,
        f"""
        Kommunen kommun NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        säga säga VERB 0 ROOT {INF}
        upp upp ADV 3 compound:prt
        avtalet avtal NOUN 3 obj {DEF}
        , , PUNCT 5 punct
        som som PRON 8 nsubj PronType=Rel
        löper löpa VERB 5 acl:relcl {PRES}
        ut ut ADV 8 compound:prt
        i i ADP 11 case
        maj maj NOUN 8 obl {IND}
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("kommun", "obligation", "säga")]
