"""Round-17 cue, subject, verb, coordination and condition rules of package B (causes
B1–B8) on hand-parsed invented sentences (`parsed()`: rows `word lemma UPOS head dep
[morph]`), with the tagger's and parser's errors written into the rows."""

from __future__ import annotations

from pipeline.nlp.subjects import partitive_quantity
from tests.nlp_helpers import DEF, DEF_PL, IND, INF, INF_PASS, MODAL, PRES, parsed, statements

PASS_FIN = "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass"
NEG = "Polarity=Neg"


def test_negated_possibility_kan_with_a_thing_subject_has_no_statement(nlp) -> None:
    """``Ett tjänstebeslut kan inte överklagas``: negated ``kan`` + an s-passive whose
    subject is no actor says what cannot happen, no prohibition (B1)."""
    doc = parsed(
        nlp,
        f"""
        Ett en DET 2 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
        tjänstebeslut tjänstebeslut NOUN 5 nsubj:pass {IND}
        kan kunna AUX 5 aux {MODAL}
        inte inte PART 5 advmod {NEG}
        överklagas överklaga VERB 0 ROOT {INF_PASS}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == []


def test_negated_possibility_keeps_an_actor_agent_as_none(nlp) -> None:
    """``Ett bygglov kan inte ändras av nämnden`` → (nämnd, none, ändra) (B1)."""
    doc = parsed(
        nlp,
        f"""
        Ett en DET 2 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
        bygglov bygglov NOUN 5 nsubj:pass {IND}
        kan kunna AUX 5 aux {MODAL}
        inte inte PART 5 advmod {NEG}
        ändras ändra VERB 0 ROOT {INF_PASS}
        av av ADP 7 case
        nämnden nämnd NOUN 5 obl:agent {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("nämnd", "none", "ändra")]


def test_negated_delegating_passive_stays_a_prohibition(nlp) -> None:
    """``Ärenden kan inte delegeras till utskottet`` → (None, prohibition, delegera) (B1)."""
    doc = parsed(
        nlp,
        f"""
        Ärenden ärende NOUN 4 nsubj:pass {DEF}
        kan kunna AUX 4 aux {MODAL}
        inte inte PART 4 advmod {NEG}
        delegeras delegera VERB 0 ROOT {INF_PASS}
        till till ADP 6 case
        utskottet utskott NOUN 4 obl {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [(None, "prohibition", "delegera", True, True)]


def test_recipient_of_a_passive_is_no_agent(nlp) -> None:
    """``Beslutanderätten får inte delegeras till anställda``: a ``till``-phrase the parser
    calls ``obl:agent`` is the recipient, neither agent nor subject (B2)."""
    doc = parsed(
        nlp,
        f"""
        Beslutanderätten beslutanderätt NOUN 2 nsubj {DEF}
        får få VERB 0 ROOT {PRES}
        inte inte PART 2 advmod {NEG}
        delegeras delegera VERB 2 xcomp {INF_PASS}
        till till ADP 6 case
        anställda anställd NOUN 4 obl:agent {IND.replace("Sing", "Plur")}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [(None, "prohibition", "delegera", True, True)]


def test_av_inside_a_recipient_phrase_names_no_agent(nlp) -> None:
    """``Däremot får inte beslutanderätten överlåtas till en grupp av handläggare``: the
    ``av`` completes the recipient's noun; ``får`` + NP + passive is the modal (B2)."""
    doc = parsed(
        nlp,
        f"""
        Däremot däremot ADV 2 advmod
        får få VERB 5 aux {PRES}
        inte inte PART 2 advmod {NEG}
        beslutanderätten beslutanderätt NOUN 5 nsubj:pass {DEF}
        överlåtas överlåta VERB 0 ROOT {PASS_FIN}
        till till ADP 8 case
        en en DET 8 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
        grupp grupp NOUN 5 obl {IND}
        av av ADP 10 case
        handläggare handläggare NOUN 8 nmod {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [(None, "prohibition", "överlåta", True, True)]


def test_fixed_insertion_in_the_modal_slot_is_skipped(nlp) -> None:
    """``ska styrelsen så fort det kan ske utse en ersättare``: the listed insertion
    (`slot_insertions`) holds a finite verb but is skipped; the infinitive read as a noun
    after it is the aim (B3)."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        avgång avgång NOUN 9 obl {IND}
        ska skola AUX 9 aux {MODAL}
        styrelsen styrelse NOUN 3 nsubj {DEF}
        så så ADV 6 advmod
        fort fort ADV 3 advmod Degree=Pos
        det den PRON 9 nsubj Definite=Def|Gender=Neut|Number=Sing|PronType=Prs
        kan kunna AUX 9 aux {MODAL}
        ske ske VERB 0 ROOT {INF}
        utse utse NOUN 9 xcomp {IND}
        en en DET 12 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
        ersättare ersättare NOUN 10 obj {IND}
        . . PUNCT 9 punct
        """,
    )
    assert statements(doc) == [("styrelse", "obligation", "utse", False, False)]


def test_om_mojligt_in_the_modal_slot_opens_no_condition_clause(nlp) -> None:
    """``Nämnden ska om möjligt samråda med föreningarna`` (B3)."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 5 nsubj {DEF}
        ska skola AUX 5 aux {MODAL}
        om om ADP 5 mark
        möjligt möjlig ADJ 5 advmod Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing
        samråda samråda VERB 0 ROOT {INF}
        med med ADP 7 case
        föreningarna förening NOUN 5 obl {DEF_PL}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("nämnd", "obligation", "samråda", False, False)]


def test_comma_less_fronted_om_clause_ends_before_the_verb_with_a_subject(nlp) -> None:
    """``Om samtliga i presidiet är förhindrade att delta leder kanslichefen …``: the
    participle read as a past tense has no subject after it; ``leder`` + subject is the main
    clause's V2 verb (B4)."""
    doc = parsed(
        nlp,
        f"""
        Om om SCONJ 2 mark
        samtliga samtlig ADJ 6 advcl Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        i i ADP 4 case
        presidiet presidium NOUN 2 nmod {DEF}
        är vara AUX 6 cop {PRES}
        förhindrade förhindra VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        att att PART 8 mark
        delta delta VERB 9 nsubj {INF}
        leder leda VERB 6 advcl {PRES}
        kanslichefen kanslichef NOUN 9 obj {DEF}
        mötet möte NOUN 9 obj {DEF}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("kanslichef", "none", "leda", False, False)]


def test_och_att_after_a_striving_verbs_object_is_no_aim(nlp) -> None:
    """``Nämnden ska verka för enklare regler och att underlätta för företagen``: the
    ``att``-infinitive is coordinated with ``för``'s object (B5)."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        verka verka VERB 0 ROOT {INF}
        för för ADP 6 case
        enklare enkel NOUN 6 nmod {IND}
        regler regel NOUN 3 obl {IND.replace("Sing", "Plur")}
        och och CCONJ 9 cc
        att att PART 9 mark
        underlätta underlätta VERB 3 conj {INF}
        för för ADP 11 case
        företagen företag NOUN 9 obl {DEF_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("nämnd", "obligation", "verka", False, False)]


def test_verb_after_an_unclosed_naming_apposition_is_the_matrix_subjects(nlp) -> None:
    """``Detta avtal avser Ekby Vatten AB, nedan kallat bolaget är godkänt av …``: the
    company named inside the clause is not the subject of ``är`` (B6)."""
    doc = parsed(
        nlp,
        f"""
        Detta denna DET 2 det Definite=Def|Gender=Neut|Number=Sing|PronType=Dem
        avtal avtal NOUN 3 nmod {IND}
        avser avse NOUN 6 nmod {IND}
        Ekby Ekby PROPN 6 compound Case=Nom
        Vatten Vatten NOUN 6 nmod {IND}
        AB AB PROPN 12 nsubj Case=Nom
        , , PUNCT 10 punct
        nedan nedan ADV 10 advmod
        kallat kalla VERB 10 amod VerbForm=Sup|Voice=Act
        bolaget bolag NOUN 6 appos {DEF}
        är vara AUX 12 cop {PRES}
        godkänt godkänna ADV 0 ROOT Degree=Pos
        av av ADP 14 case
        kommunstyrelsen kommunstyrelse NOUN 12 obl {DEF}
        . . PUNCT 12 punct
        """,
    )
    assert all(s[0] != "ekby vatten ab" for s in statements(doc))


def test_superlative_and_ordinal_pick_no_partitive_share(nlp) -> None:
    """``den äldste av ledamöterna``, ``den förste av dem``: one picked, no share; a
    numeral and a listed quantity are (B7)."""
    doc = parsed(
        nlp,
        f"""
        äldste gammal ADJ 0 ROOT Degree=Sup
        förste första NUM 1 amod NumType=Ord
        två två NUM 1 nummod NumType=Card
        hälften hälft NOUN 1 nsubj {DEF}
        """,
    )
    assert [partitive_quantity(t) for t in doc] == [False, False, True, True]


def test_stative_omfattas_keeps_its_subject(nlp) -> None:
    """``Stiftelsen ska enligt avtalet omfattas av samma granskning``: `stative_passives`;
    the ``av``-phrase names no agent, the subject keeps the statement (B8)."""
    doc = parsed(
        nlp,
        f"""
        Stiftelsen stiftelse NOUN 5 nsubj:pass {DEF}
        ska skola AUX 5 aux {MODAL}
        enligt enligt ADP 4 case
        avtalet avtal NOUN 5 obl {DEF}
        omfattas omfatta VERB 0 ROOT {PASS_FIN}
        av av ADP 8 case
        samma samma ADJ 8 amod Case=Nom|Definite=Ind|Degree=Pos
        granskning granskning NOUN 5 obl:agent {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("stiftelse", "obligation", "omfatta", False, True)]
