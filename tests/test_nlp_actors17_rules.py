"""Rule tests for round 17, package C (analysis-17 causes C1-C4, C6, C7, C9): actor spans on
invented, hand-parsed sentences (pipeline/nlp/actors.py, places.py, merges.py,
configs/actors.yaml)."""

from __future__ import annotations

import pytest

from pipeline.nlp.merges import slash_parts
from pipeline.nlp.references import document_body, resolve_short_references
from tests.nlp_helpers import DEF, LEXICON, PASS, parsed, statements


def actors(nlp, rows: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in parsed(nlp, rows)._.actors]


def test_a_committees_group_is_one_span_with_its_genitive(nlp) -> None:
    """C1: ``Nämndens beredningsgrupp`` is one actor (`sub_body_suffixes`), a board's or
    committee's sub-body."""
    rows = """
        Miljönämndens miljönämnd NOUN 2 nmod:poss Case=Gen|Definite=Def
        arbetsgrupp arbetsgrupp NOUN 3 nsubj
        sammanträder sammanträda VERB 0 ROOT
        varje varje DET 5 det
        månad månad NOUN 3 obl
    """
    assert actors(nlp, rows) == [("Miljönämndens arbetsgrupp", "miljönämndens arbetsgrupp")]


def test_an_organisations_group_stays_two_spans(nlp) -> None:
    """C1: after an organisation's genitive the group stays its own span (``kommunens
    ledningsgrupp``), like ``förbundets medlemmar``."""
    rows = """
        Kommunens kommun NOUN 2 nmod:poss Case=Gen|Definite=Def
        ledningsgrupp ledningsgrupp NOUN 3 nsubj
        sammanträder sammanträda VERB 0 ROOT
    """
    assert actors(nlp, rows) == [("Kommunens", "kommun"), ("ledningsgrupp", "ledningsgrupp")]


@pytest.mark.parametrize(
    ("adjective", "noun", "canonical"),
    [
        ("partssammansatt", "organ", "partssammansatt organ"),
        ("partssammansatta", "organet", "partssammansatt organ"),
    ],
)
def test_a_joint_employer_employee_body_is_one_term(nlp, adjective, noun, canonical) -> None:
    """C2: ``ett partssammansatt organ`` (6 kap. KL) is one actor, its neuter adjective
    already in -t (no ``partssammansattt``)."""
    rows = f"""
        Det den DET 3 det
        {adjective} partssammansatt ADJ 3 amod
        {noun} organ NOUN 4 nsubj
        beslutar besluta VERB 0 ROOT
    """
    assert actors(nlp, rows) == [(f"{adjective} {noun}", canonical)]


def test_a_nominalised_adjective_inside_a_law_title_is_no_actor(nlp) -> None:
    """C3: every mention inside ``lagen om …`` up to the title's end is no actor."""
    rows = """
        Nämnden nämnd NOUN 2 nsubj Definite=Def
        handlägger handlägga VERB 0 ROOT
        ärenden ärende NOUN 2 obj
        enligt enligt ADP 5 case
        lagen lag NOUN 2 obl Definite=Def
        om om ADP 7 case
        stöd stöd NOUN 5 nmod
        till till ADP 10 case
        vissa viss DET 10 det
        funktionshindrade funktionshindrad ADJ 7 nmod
        . . PUNCT 2 punct
    """
    assert actors(nlp, rows) == [("Nämnden", "nämnd")]


def test_a_company_name_stops_at_a_metadata_run(nlp) -> None:
    """C4: ``Antagen KF Ägardirektiv Ekby Vatten AB`` → the name ``Ekby Vatten AB``; the
    participle and the document-kind noun are no part of it."""
    rows = """
        Antagen anta ADJ 0 ROOT
        KF KF PROPN 1 flat:name
        Ägardirektiv ägardirektiv PROPN 1 flat:name
        Ekby Ekby PROPN 1 flat:name
        Vatten Vatten PROPN 1 flat:name
        AB AB PROPN 1 flat:name
    """
    assert ("Ekby Vatten AB", "ekby vatten ab") in actors(nlp, rows)
    assert all("Ägardirektiv" not in text for text, _ in actors(nlp, rows))


def test_own_sector_after_a_locative_is_no_actor(nlp) -> None:
    """C6: ``inom sin sektor`` names the body's field (`territory_heads`)."""
    rows = """
        Styrelsen styrelse NOUN 2 nsubj Definite=Def
        ansvarar ansvara VERB 0 ROOT
        inom inom ADP 5 case
        sin sin PRON 5 nmod:poss Poss=Yes
        sektor sektor NOUN 2 obl
        för för ADP 7 case
        miljön miljö NOUN 2 obl Definite=Def
    """
    assert actors(nlp, rows) == [("Styrelsen", "styrelse")]


def test_the_act_term_myndighetsutovning_mot_enskild_names_no_party(nlp) -> None:
    """C6: ``myndighetsutövning mot enskild`` (`idioms`)."""
    rows = """
        Beslut beslut NOUN 2 nsubj
        avser avse VERB 0 ROOT
        myndighetsutövning myndighetsutövning NOUN 2 obj
        mot mot ADP 5 case
        enskild enskild ADJ 3 nmod
    """
    assert actors(nlp, rows) == []


def test_an_abbreviation_in_brackets_after_a_case_number_is_no_actor(nlp) -> None:
    """C9: ``§ 45/2021 (KS)`` is a decision reference; ``(KS)`` after a body stays its alias."""
    rows = """
        Taxan taxa NOUN 2 nsubj:pass Definite=Def
        fastställdes fastställa VERB 0 ROOT
        § § SYM 4 compound
        45/2021 45/2021 NUM 2 obl
        ( ( PUNCT 6 punct
        KS KS PROPN 4 appos
        ) ) PUNCT 6 punct
    """
    assert actors(nlp, rows) == []


@pytest.mark.parametrize(
    ("word", "parts"),
    [("nämnd/", ("nämnd", "/")), ("/styrelse", ("/", "styrelse")), ("A/", None), ("1/", None)],
)
def test_a_slash_glued_on_one_side_is_split(word, parts) -> None:
    """C7: ``nämnd/ styrelse`` keeps both conjuncts once ``nämnd/`` is two tokens."""
    assert slash_parts(word) == parts


def test_bare_fullmaktige_counts_as_the_assembly_the_document_is_about(nlp) -> None:
    """C5: a KF arbetsordning writing ``kommunfullmäktige`` and ``fullmäktige`` is about one
    body; its genitive is read inside ``Kommunfullmäktiges presidium``."""
    doc = parsed(
        nlp,
        """
        Kommunfullmäktiges kommunfullmäktige NOUN 2 nmod:poss Case=Gen
        presidium presidium NOUN 3 nsubj
        kallar kalla VERB 0 ROOT
        fullmäktige fullmäktige NOUN 3 obj
        och och CCONJ 6 cc
        fullmäktige fullmäktige NOUN 4 conj
        till till ADP 8 case
        kommunfullmäktige kommunfullmäktige NOUN 3 obl
    """,
    )
    assert document_body(doc._.actors, LEXICON) == "kommunfullmäktiges"


def test_a_short_form_after_a_slash_and_a_bare_body_stays_generic(nlp) -> None:
    """C5/C7: ``Nämnden/styrelsen`` speaks of any such body: ``styrelse``, no kommunstyrelse."""
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 5 nsubj Definite=Def
        / / PUNCT 3 cc
        styrelsen styrelse NOUN 1 conj Definite=Def
        ska skola AUX 5 aux
        svara svara VERB 0 ROOT
    """,
    )
    known = {"kommunstyrelse"}
    resolved = resolve_short_references(doc._.actors, known, "Ekby kommun", LEXICON, doc=doc)
    assert [m.canonical for m in resolved] == ["nämnd", "styrelse"]


def test_a_role_in_brackets_after_a_free_relative_agent_is_the_agent(nlp) -> None:
    """C8: ``justeras av den som har utsetts därtill (justeringspersonen)`` → the bracketed
    role is the passive's agent."""
    doc = parsed(
        nlp,
        f"""
        Protokollet protokoll NOUN 2 nsubj:pass {DEF}
        justeras justera VERB 0 ROOT {PASS}
        av av ADP 4 case
        den den PRON 2 obl:agent
        som som PRON 7 nsubj
        har ha AUX 7 aux
        valts välja VERB 4 acl:relcl VerbForm=Sup|Voice=Pass
        ( ( PUNCT 9 punct
        sekreteraren sekreterare NOUN 4 appos {DEF}
        ) ) PUNCT 9 punct
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("sekreterare", "none", "justera", False, True)]
