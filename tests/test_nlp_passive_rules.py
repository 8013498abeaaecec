"""Passive agents, `kan` of possibility, aims that are no verb, statute reference lists and
the one-offs of error analysis 3 (causes 3, 8, 9, 10, 11), on hand-parsed invented
sentences (`parsed()`: rows `word lemma UPOS head dep [morph]`)."""

from __future__ import annotations

import pytest

from pipeline.nlp.groups import find_verbs
from pipeline.nlp.verbs import is_passive
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


def verbs(doc) -> list[str]:
    return [v.text for v in find_verbs(doc[:], doc._.actors)]


NEG = "Polarity=Neg"


PASS_FIN = "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass"


def test_every_coordinated_av_agent_of_a_passive_is_an_agent(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Protokollet protokoll NOUN 2 nsubj:pass {DEF}
        justeras justera VERB 0 ROOT {PASS}
        av av ADP 4 case
        ordföranden ordförande NOUN 2 obl:agent {DEF}
        och och CCONJ 7 cc
        en en DET 7 det
        ledamot ledamot ADP 2 conj
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "justera", False, True),
        ("ledamot", "none", "justera", False, True),
    ]


def test_repeated_av_and_first_conjugation_passive_read_as_genitive(nlp) -> None:
    # "undertecknas" tagged as the genitive of a noun in -a: before a preposition it is none
    doc = parsed(
        nlp,
        f"""
        Avtalet avtal NOUN 2 nsubj:pass {DEF}
        undertecknas underteckna NOUN 0 ROOT Case=Gen|Definite=Def|Number=Plur
        av av ADP 4 case
        förbundsdirektören förbundsdirektör NOUN 2 nmod {DEF}
        och och CCONJ 7 cc
        av av ADP 7 case
        ekonomichefen ekonomichef NOUN 2 conj {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("förbundsdirektör", "none", "underteckna", False, True),
        ("ekonomichef", "none", "underteckna", False, True),
    ]


def test_passive_infinitive_tagged_adjective_after_modal_with_gapped_agent(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Värdskapet värdskap NOUN 3 nsubj {DEF}
        bör böra AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        innehas inneha ADJ 0 ROOT Case=Nom|Definite=Ind|Degree=Pos|VerbForm=Part
        av av ADP 6 case
        Åby Åby PROPN 6 nmod
        kommun kommun NOUN 3 nmod {IND}
        och och CCONJ 8 cc
        sekretariatet sekretariat NOUN 6 conj {DEF}
        av av ADP 11 case
        Lunda Lunda PROPN 11 amod
        kommun kommun NOUN 8 orphan {IND}
        . . PUNCT 3 punct
    """,
    )
    assert statements(doc) == [
        ("åby kommun", "recommendation", "inneha", False, True),
        ("lunda kommun", "recommendation", "inneha", False, True),
    ]


def test_coordinated_passives_share_the_agent_after_the_last(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Ledamöterna ledamot NOUN 2 nsubj Case=Nom|Definite=Def|Number=Plur
        väljs välja VERB 0 ROOT {PASS}
        eller eller CCONJ 4 cc
        entledigas entlediga VERB 2 conj {PASS}
        av av ADP 6 case
        fullmäktige fullmäktig NOUN 4 obl:agent Case=Nom|Definite=Def|Number=Plur
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("fullmäktige", "none", "välja", False, True),
        ("fullmäktige", "none", "entlediga", False, True),
    ]


def test_agent_after_adverbials_of_degree(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Dotterbolaget dotterbolag NOUN 2 nsubj {DEF}
        ägs äga VERB 0 ROOT VerbForm=Inf|Voice=Act
        till till ADP 5 case
        stor stor ADJ 5 amod
        del del NOUN 2 obl {IND}
        i i ADP 8 case
        sin sig PRON 8 nmod:poss
        tur tur NOUN 2 obl {IND}
        av av ADP 11 case
        Åby Åby PROPN 11 nmod
        kommun kommun NOUN 8 nmod {IND}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("åby kommun", "none", "äga", False, True)]


def test_kan_of_possibility_under_a_quantity_noun(nlp) -> None:
    # the parser makes the counted actor noun the subject: "Antalet" heads the phrase
    doc = parsed(
        nlp,
        f"""
        Antalet antal NOUN 2 nmod {DEF}
        ledamöter ledamot NOUN 4 nsubj:pass Case=Nom|Definite=Ind|Number=Plur
        kan kunna AUX 4 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        utökas utöka VERB 0 ROOT {INF_PASS}
        . . PUNCT 4 punct
    """,
    )
    assert statements(doc) == []


def test_kan_of_possibility_past_a_genitive_owner(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Kultur- Kultur- PROPN 6 nsubj:pass Case=Nom
        och och CCONJ 3 cc
        fritidsnämndens fritidsnämnd NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        arrangemang arrangemang NOUN 1 conj {IND}
        kan kunna AUX 6 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        genomföras genomföra VERB 0 ROOT {INF_PASS}
        av av ADP 9 case
        lokala lokal ADJ 9 amod
        föreningar förening NOUN 6 obl:agent Case=Nom|Definite=Ind|Number=Plur
        . . PUNCT 6 punct
    """,
    )
    assert statements(doc) == [("förening", "none", "genomföra", False, True)]


def test_aim_inside_an_actor_falls_back_to_the_finite_verb(nlp) -> None:
    # inverted "har" attached as an auxiliary to the subject noun, which is tagged a verb
    doc = parsed(
        nlp,
        f"""
        Till till ADP 3 case
        sin sig PRON 3 nmod:poss
        hjälp hjälp NOUN 5 obl {IND}
        har ha AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        förbundsdirektören förbundsdirektör VERB 0 ROOT VerbForm=Sup
        en en DET 7 det
        ledningsgrupp ledningsgrupp NOUN 5 obj {IND}
        . . PUNCT 5 punct
    """,
    )
    assert statements(doc) == [("förbundsdirektör", "none", "ha", False, False)]


def test_statute_reference_list_is_one_nominal_between_modal_and_infinitive(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        jäv jäv NOUN 21 obl {IND}
        ska skola AUX 21 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        reglerna regel NOUN 21 nsubj:pass Case=Nom|Definite=Def|Number=Plur
        i i ADP 7 case
        6 6 NUM 7 nummod
        kap. kap. NOUN 4 obl Abbr=Yes
        28 28 NUM 4 punct
        och och CCONJ 12 cc
        29 29 NUM 12 nummod
        § § ADJ 12 amod
        § § NOUN 8 conj {IND}
        och och CCONJ 15 cc
        7 7 NUM 15 nummod
        kap. kap. NOUN 8 conj Abbr=Yes
        4 4 NUM 18 nummod
        § § ADJ 18 amod
        kommunallagen kommunallag NOUN 21 obl {DEF}
        och och CCONJ 20 cc
        2 2 NUM 18 conj
        tillämpas tillämpa VERB 0 ROOT {INF_PASS}
        för för ADP 23 case
        ledamöter ledamot NOUN 21 obl Case=Nom|Definite=Ind|Number=Plur
        . . PUNCT 21 punct
    """,
    )
    assert statements(doc) == [(None, "obligation", "tillämpa", False, True)]


def test_ansvarig_tagged_noun_after_an_adverbial_is_a_responsibility(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 6 nsubj {DEF}
        är vara AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        inom inom ADP 5 case
        sitt sig PRON 5 nmod:poss
        område område NOUN 6 nmod {IND}
        ansvarig ansvarig NOUN 0 ROOT {IND}
        för för ADP 8 case
        verksamheten verksamhet NOUN 6 nmod {DEF}
    """,
    )
    assert statements(doc) == [("nämnd", "responsibility", "ansvara", False, False)]


def test_se_till_att_as_last_conjunct_under_a_modal(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Kommundirektören kommundirektör NOUN 5 nsubj {DEF}
        ska skola AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        bland bland ADP 5 case
        annat annan PRON 5 amod
        leda leda VERB 0 ROOT VerbForm=Inf
        förvaltningen förvaltning NOUN 5 obj {DEF}
        , , PUNCT 8 punct
        utse utse ADJ 9 amod VerbForm=Part
        chefer chef NOUN 5 conj Case=Nom|Definite=Ind|Number=Plur
        samt samt CCONJ 11 cc
        se se VERB 5 conj VerbForm=Inf
        till till ADP 11 compound:prt
        att att SCONJ 16 mark
        nämndens nämnd NOUN 15 nmod:poss Case=Gen|Definite=Def|Number=Sing
        beslut beslut NOUN 16 nsubj:pass {IND}
        genomförs genomföra VERB 11 ccomp {PASS}
        . . PUNCT 5 punct
    """,
    )
    assert statements(doc) == [
        ("kommundirektör", "obligation", "leda", False, False),
        ("kommundirektör", "obligation", "utse", False, False),
        ("kommundirektör", "obligation", "se", False, False),
    ]


def test_passive_conjunct_in_as_tagged_infinitive_and_av_completing_a_noun(nlp) -> None:
    # "förvärvas" is tagged infinitive; "av fullmäktige" completes "beslut": no agent
    doc = parsed(
        nlp,
        f"""
        Kommunala kommunal ADJ 2 amod
        bolag bolag NOUN 3 nsubj:pass Case=Nom|Definite=Ind|Number=Plur
        bildas bilda VERB 0 ROOT {PASS}
        eller eller CCONJ 5 cc
        förvärvas förvärva VERB 3 conj {INF_PASS}
        genom genom ADP 7 case
        beslut beslut NOUN 5 obl {IND}
        av av ADP 9 case
        fullmäktige fullmäktig NOUN 7 nmod Case=Nom|Definite=Def|Number=Plur
        . . PUNCT 3 punct
    """,
    )
    assert statements(doc) == [
        ("bolag", "none", "bilda", False, True),
        ("bolag", "none", "förvärva", False, True),
    ]


def test_a_reciprocal_s_verb_with_a_coordinated_subject_is_active(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Presidiet presidium NOUN 4 nsubj
        och och CCONJ 3 cc
        förvaltningschefen förvaltningschef NOUN 1 conj
        träffas träffa VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        inför inför ADP 7 case
        varje varje DET 7 det
        sammanträde sammanträde NOUN 4 obl
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [
        ("presidium", "none", "träffas", False, False),
        ("förvaltningschef", "none", "träffas", False, False),
    ]
    agreed = """
    Avtal avtal NOUN 2 nsubj:pass Number=Sing
    träffas träffa VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
    mellan mellan ADP 4 case
    parterna part NOUN 2 obl
    """
    assert statements(parsed(nlp, agreed)) == []


def test_kan_with_an_expletive_det_and_a_passive_is_a_possibility(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Under under ADP 2 case
        sommaren sommar NOUN 5 obl
        kan kunna AUX 5 aux VerbForm=Fin|Tense=Pres
        det den PRON 5 expl
        komma komma VERB 0 ROOT VerbForm=Inf
        att att PART 7 mark
        hållas hålla VERB 5 advcl VerbForm=Inf|Voice=Pass
        färre få ADJ 9 amod
        sammanträden sammanträde NOUN 7 obj
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == []


def test_an_s_passive_read_as_a_noun_with_its_double_consonant_single(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämndernas nämnd PROPN 2 nmod:poss Case=Gen
        arbete arbete NOUN 3 nsubj
        bestäms bestämma NOUN 0 ROOT
        av av ADP 5 case
        kommunfullmäktige kommunfullmäktige NOUN 3 obl
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("kommunfullmäktige", "none", "bestämma", False, True)]


def test_av_agent_of_an_attributive_participle_is_no_agent_of_the_passive(nlp) -> None:
    # round 7 (analysis-6 cause 7): "Av X <participle> N" sits inside the subject (V2 leaves
    # no room before the finite verb): the passive is agentless, its actor implicit
    doc = parsed(
        nlp,
        f"""
        Av av ADP 2 case
        utskottet utskott NOUN 3 obl {DEF}
        utfärdad utfärdad ADJ 4 amod Case=Nom|Definite=Ind|Number=Sing
        attest attest NOUN 7 nsubj:pass {IND}
        får få AUX 7 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        inte inte PART 7 advmod
        ändras ändra VERB 0 ROOT {INF_PASS}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [(None, "prohibition", "ändra", True, True)]


def test_fronted_av_agent_before_the_finite_passive_stays_the_agent(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Av av ADP 2 case
        utskottet utskott NOUN 3 obl {DEF}
        fastställs fastställa VERB 0 ROOT {PASS}
        taxorna taxa NOUN 3 nsubj:pass Case=Nom|Definite=Def|Number=Plur
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("utskott", "none", "fastställa", False, True)]


def test_actor_in_a_dar_relative_of_a_non_actor_subject_is_no_subject(nlp) -> None:
    # "Frågor, där rektorn har yttrat sig, får avgöras direkt": the subject is "Frågor"
    doc = parsed(
        nlp,
        f"""
        Frågor fråga NOUN 10 nsubj:pass Case=Nom|Definite=Ind|Number=Plur
        , , PUNCT 6 punct
        där där ADV 6 advmod
        rektorn rektor NOUN 6 nsubj {DEF}
        har ha AUX 6 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        yttrat yttra VERB 1 acl:relcl VerbForm=Sup
        sig sig PRON 6 obj
        , , PUNCT 6 punct
        får få AUX 10 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        avgöras avgöra VERB 0 ROOT {INF_PASS}
        direkt direkt ADV 10 advmod
        . . PUNCT 10 punct
        """,
    )
    assert statements(doc) == [(None, "permission", "avgöra", False, True)]


def test_actor_object_in_a_som_relative_of_a_non_actor_subject_is_no_subject(nlp) -> None:
    # "Den taxa som regionen ger nämnden styrs av lagen": nämnden is the relative's object
    doc = parsed(
        nlp,
        f"""
        Den den DET 2 det
        taxa taxa NOUN 7 nsubj:pass {DEF}
        som som PRON 5 nsubj
        regionen region NOUN 5 nsubj {DEF}
        ger ge VERB 2 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin
        nämnden nämnd NOUN 5 iobj {DEF}
        styrs styra VERB 0 ROOT {PASS}
        av av ADP 10 case
        den den DET 10 det
        lagen lag NOUN 7 obl:agent {DEF}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == []


def test_kan_with_an_active_and_a_passive_conjunct_keeps_each_voice(nlp) -> None:
    # round 7 (analysis-6 cause 11): "Somliga ärenden kan kräva utredning men ändå
    # betraktas som brådskande": neither conjunct has an actor, and the passive one is a
    # possibility under a non-actor subject: no statement
    doc = parsed(
        nlp,
        f"""
        Somliga somlig ADJ 2 amod
        ärenden ärende NOUN 4 nsubj Case=Nom|Definite=Ind|Number=Plur
        kan kunna AUX 4 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        kräva kräva VERB 0 ROOT VerbForm=Inf|Voice=Act
        utredning utredning NOUN 4 obj {IND}
        men men CCONJ 8 cc
        ändå ändå ADV 8 advmod
        betraktas betrakta VERB 4 conj {INF_PASS}
        som som ADP 10 case
        brådskande brådskande ADJ 8 obl
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == []


def test_an_agent_after_the_first_passive_conjunct_is_not_shared(nlp) -> None:
    # "Beslut får fattas av utskottet och ska anmälas till nämnden": nobody is said to report
    doc = parsed(
        nlp,
        f"""
        Beslut beslut NOUN 3 nsubj:pass {IND}
        får få AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        fattas fatta VERB 0 ROOT {INF_PASS}
        av av ADP 5 case
        utskottet utskott NOUN 3 obl:agent {DEF}
        och och CCONJ 8 cc
        ska skola AUX 8 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        anmälas anmäla VERB 3 conj {INF_PASS}
        till till ADP 10 case
        nämnden nämnd NOUN 8 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("utskott", "permission", "fatta", False, True),
        (None, "obligation", "anmäla", False, True),
    ]


def test_an_adverb_after_a_comma_opens_examples_of_the_agent_not_more_agents(nlp) -> None:
    """regress-a 1: ``av konsulter, exempelvis revisorer och jurister`` names kinds of the
    agent (an apposition after an exemplifying adverb), not coordinated agents."""
    doc = parsed(
        nlp,
        f"""
        Uppdragen uppdrag NOUN 3 nsubj:pass {DEF}
        får få AUX 3 aux VerbForm=Fin|Tense=Pres
        utföras utföra VERB 0 ROOT VerbForm=Inf|Voice=Pass
        av av ADP 5 case
        konsulter konsult NOUN 3 obl:agent Case=Nom|Definite=Ind|Number=Plur
        , , PUNCT 8 punct
        exempelvis exempelvis ADV 8 advmod
        revisorer revisor NOUN 5 conj Case=Nom|Definite=Ind|Number=Plur
        och och CCONJ 10 cc
        jurister jurist NOUN 8 conj Case=Nom|Definite=Ind|Number=Plur
        . . PUNCT 3 punct
    """,
    )
    assert statements(doc) == [("konsult", "permission", "utföra", False, True)]
    ending = parsed(
        nlp,
        f"""
        Protokollet protokoll NOUN 2 nsubj:pass {DEF}
        justeras justera VERB 0 ROOT {PASS}
        av av ADP 4 case
        ordföranden ordförande NOUN 2 obl:agent {DEF}
        , , PUNCT 2 punct
    """,
    )  # a list item ending in a comma: nothing after it
    assert statements(ending) == [("ordförande", "none", "justera", False, True)]


def test_a_reciprocal_verb_tagged_noun_after_a_modal_with_a_coordinated_subject_is_active(
    nlp,
) -> None:
    # the parser hangs the subject on a later noun: the subject is read by position, and
    # every conjunct meets the other
    doc = parsed(
        nlp,
        """
        Ekonomichefen ekonomichef NOUN 8 nsubj Case=Nom|Definite=Def|Number=Sing
        och och CCONJ 3 cc
        controllern controller NOUN 1 conj Case=Nom|Definite=Def|Number=Sing
        bör böra AUX 8 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        träffas träffa NOUN 8 nsubj Case=Nom|Definite=Ind|Number=Sing
        en en DET 7 det
        gång gång NOUN 8 nmod Case=Nom|Definite=Ind|Number=Sing
        månaden månad NOUN 0 ROOT Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [
        ("ekonomichef", "recommendation", "träffas", False, False),
        ("controller", "recommendation", "träffas", False, False),
    ]


def test_a_reciprocal_verb_after_a_modal_with_a_noun_in_a_phrase_before_is_passive(nlp) -> None:
    # "leverantörer" is governed by "med": the subject is the singular "Avtal"
    doc = parsed(
        nlp,
        """
        Avtal avtal NOUN 5 nsubj:pass Case=Nom|Definite=Ind|Number=Sing
        med med ADP 3 case
        leverantörer leverantör NOUN 1 nmod Case=Nom|Definite=Ind|Number=Plur
        bör böra AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        träffas träffa NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 5 punct
        """,
    )
    assert is_passive(doc[4])


def test_coordinated_subjects_of_an_agentless_passive_each_get_the_statement(nlp) -> None:
    """``X och deras Y utses vid stämman`` (round 9, analysis 8 cause 15): the parser hangs
    the first conjunct elsewhere; both subjects of the agentless passive are its actors."""
    doc = parsed(
        nlp,
        f"""
        Revisorerna revisor NOUN 1 ROOT
        och och CCONJ 5 cc
        deras de PRON 4 nmod:poss
        ersättare ersättare NOUN 5 nsubj:pass {IND}
        utses utse VERB 1 conj {PASS}
        vid vid ADP 7 case
        årsmötet årsmöte NOUN 5 obl {DEF}
        . . PUNCT 5 punct
    """,
    )
    assert statements(doc) == [
        ("revisor", "none", "utse", False, True),
        ("ersättare", "none", "utse", False, True),
    ]


def test_respektive_and_a_possessive_coordinate_passive_agents(nlp) -> None:
    """``beslutas i första hand av dess presidium respektive utskott``: `respektive` joins
    noun phrases like `och` (configs/grammar.yaml noun_phrase_coordinators), a possessive
    determiner stands before the agent, an adverbial between the verb and ``av``."""
    doc = parsed(
        nlp,
        f"""
        Frågorna fråga NOUN 2 nsubj:pass {DEF}
        beslutas besluta VERB 0 ROOT {PASS}
        i i ADP 5 case
        första första ADJ 5 amod
        hand hand NOUN 2 obl {IND}
        av av ADP 8 case
        dess den PRON 8 nmod:poss Poss=Yes
        presidium presidium NOUN 2 obl:agent {IND}
        respektive respektive CCONJ 10 cc
        utskott utskott NOUN 8 conj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("presidium", "none", "besluta", False, True),
        ("utskott", "none", "besluta", False, True),
    ]


def test_a_slash_coordinates_av_agents_as_och_does(nlp) -> None:
    # configs/grammar.yaml `coordinating_signs` (analysis 9 cause 8): `av styrelsen/nämnden`
    doc = parsed(
        nlp,
        f"""
        Planen plan NOUN 2 nsubj:pass {DEF}
        fastställs fastställa VERB 0 ROOT {PASS}
        av av ADP 4 case
        styrelsen styrelse NOUN 2 obl:agent {DEF}
        / / SYM 6 case
        nämnden nämnd NOUN 4 nmod {DEF}
        """,
    )
    assert statements(doc) == [
        ("styrelse", "none", "fastställa", False, True),
        ("nämnd", "none", "fastställa", False, True),
    ]
    either = parsed(
        nlp,
        f"""
        Ärendet ärende NOUN 2 nsubj:pass {DEF}
        bereds bereda VERB 0 ROOT {PASS}
        av av ADP 4 case
        förvaltningschef förvaltningschef NOUN 2 obl:agent {IND}
        och och CCONJ 6 cc
        / / SYM 2 conj
        eller eller CCONJ 8 cc
        nämndsekreterare nämndsekreterare NOUN 6 conj {IND}
        """,
    )
    assert [s[0] for s in statements(either)] == ["förvaltningschef", "nämndsekreterare"]


def test_an_item_opening_with_an_s_passive_before_av_is_the_verb(nlp) -> None:
    # `– Beslutas av rektor`: the tagger reads the capitalised s-passive as a name
    doc = parsed(
        nlp,
        f"""
        Beslutas besluta PROPN 0 ROOT
        av av ADP 3 case
        rektor rektor NOUN 1 nmod {IND}
        """,
    )
    assert statements(doc) == [("rektor", "none", "besluta", False, True)]
    assert is_passive(doc[0])
    other = parsed(
        nlp,
        f"""
        Anmäls anmäla NOUN 0 ROOT {IND}
        till till ADP 3 case
        nämnden nämnd NOUN 1 nmod {DEF}
        """,
    )
    assert is_passive(other[0])
    noun = parsed(
        nlp,
        f"""
        Kurs kurs NOUN 0 ROOT {IND}
        i i ADP 3 case
        upphandling upphandling NOUN 1 nmod {IND}
        """,
    )
    assert statements(noun) == [] and not is_passive(noun[0])


_SUPINE = "VerbForm=Sup|Voice=Act"


def test_coordinated_actors_in_a_dar_clause_are_no_subjects_of_the_passive(nlp) -> None:
    """``Frågor där X, Y eller Z lämnat yttrande får hänskjutas`` (round 9, fix-r9): the
    chain stands in a ``där``-clause (its verb between it and ``får``), not as the
    passive's subject next to the finite verb; its conjuncts get no statement (the parser
    hangs the first conjunct on the passive, and tags the antecedent ADV)."""
    doc = parsed(
        nlp,
        f"""
        Frågor fråga ADV 9 advmod
        där där ADV 9 advmod
        ordföranden ordförande NOUN 12 nsubj:pass {DEF}
        , , PUNCT 6 punct
        en en DET 6 det
        ledamot ledamot NOUN 3 conj {IND}
        eller eller CCONJ 8 cc
        rektor rektor NOUN 3 conj {IND}
        lämnat lämna VERB 12 advcl {_SUPINE}
        yttrande yttrande NOUN 9 obj {IND}
        får få AUX 12 aux {MODAL}
        hänskjutas hänskjuta VERB 0 ROOT {INF_PASS}
        till till ADP 14 case
        nämnden nämnd NOUN 12 obl {DEF}
        . . PUNCT 12 punct
    """,
    )
    found = statements(doc)
    assert found
    assert not [s for s in found if s[0] in {"ledamot", "rektor"}]


def test_coordinated_actors_in_a_fronted_adverbial_are_no_subjects_of_the_passive(nlp) -> None:
    """``Beträffande skälen att entlediga X och deras Y, ska reglerna följas`` (round 9,
    fix-r9): the chain ends before the comma of a fronted adverbial, not next to the finite
    verb; its conjuncts get no statement."""
    doc = parsed(
        nlp,
        f"""
        Beträffande beträffande ADP 2 case
        jäv jäv NOUN 16 obl {IND}
        och och CCONJ 4 cc
        skälen skäl NOUN 2 conj {DEF_PL}
        att att PART 6 mark
        entlediga entlediga VERB 4 acl {INF}
        revisorer revisor NOUN 16 nsubj:pass {IND_PL}
        och och CCONJ 10 cc
        deras de PRON 10 nmod:poss
        suppleanter suppleant NOUN 7 conj {IND_PL}
        , , PUNCT 16 punct
        ska skola AUX 16 aux {MODAL}
        reglerna regel NOUN 16 nsubj:pass {DEF_PL}
        i i ADP 15 case
        lagen lag NOUN 13 nmod {DEF}
        följas följa VERB 0 ROOT {INF_PASS}
        . . PUNCT 16 punct
    """,
    )
    found = statements(doc)
    assert found
    assert not [s for s in found if s[0] == "suppleant"]


def test_inverted_coordinated_subjects_of_an_agentless_passive_each_get_the_statement(
    nlp,
) -> None:
    """``Därefter utses X och Y``: the chain inverted right after the finite passive."""
    doc = parsed(
        nlp,
        f"""
        Därefter därefter ADV 2 advmod
        utses utse VERB 0 ROOT {PASS}
        ordförande ordförande NOUN 2 nsubj:pass {IND}
        och och CCONJ 6 cc
        vice vice ADJ 6 amod
        ordförande ordförande NOUN 3 conj {IND}
        för för ADP 8 case
        mandatperioden mandatperiod NOUN 2 obl {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "utse", False, True),
        ("vice ordförande", "none", "utse", False, True),
    ]


def test_a_sentence_initial_noun_tagged_adjective_before_dar_heads_a_relative_clause(nlp) -> None:
    """``Ärenden där styrelsen, en ledamot eller revisor lämnat yttrande får överlämnas``
    (round 9, fix-r9): the opening bare noun, tagged ADJ, is the antecedent of the
    ``där``-clause; the actor inside that clause is no subject of the main passive, whose
    actor is implicit."""
    doc = parsed(
        nlp,
        f"""
        Ärenden ärenden ADJ 9 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        där där ADV 9 advmod
        styrelsen styrelse NOUN 12 nsubj:pass {DEF}
        , , PUNCT 6 punct
        en en DET 6 det
        ledamot ledamot NOUN 3 conj {IND}
        eller eller CCONJ 8 cc
        revisor revisor NOUN 3 conj {IND}
        lämnat lämna VERB 12 advcl {_SUPINE}
        yttrande yttrande NOUN 9 obj {IND}
        får få AUX 12 aux {MODAL}
        överlämnas överlämna VERB 0 ROOT {INF_PASS}
        till till ADP 14 case
        nämnden nämnd NOUN 12 obl {DEF}
        . . PUNCT 12 punct
    """,
    )
    assert statements(doc) == [(None, "permission", "överlämna", False, True)]


def test_an_actor_in_a_fronted_adverbial_is_no_subject_when_a_noun_subject_follows(nlp) -> None:
    """``Inför beslutet att anställa chefer och handläggare, ska riktlinjerna noga följas``
    (round 9, fix-r9): in a V2 clause opened by a prepositional phrase, the noun subject
    right after the finite verb is the subject; the actors inside the fronted phrase (the
    first hung on the passive by the parser) are none, and the passive's actor is implicit."""
    doc = parsed(
        nlp,
        f"""
        Inför inför ADP 2 case
        beslutet beslut NOUN 12 obl {DEF}
        att att PART 4 mark
        anställa anställa VERB 2 acl {INF}
        chefer chef NOUN 12 nsubj:pass {IND_PL}
        och och CCONJ 7 cc
        handläggare handläggare NOUN 5 conj {IND_PL}
        , , PUNCT 12 punct
        ska skola AUX 12 aux {MODAL}
        riktlinjerna riktlinje NOUN 12 nsubj:pass {DEF_PL}
        noga noga ADV 12 advmod
        följas följa VERB 0 ROOT {INF_PASS}
        . . PUNCT 12 punct
    """,
    )
    assert statements(doc) == [(None, "obligation", "följa", False, True)]


def test_an_av_phrase_hung_on_a_time_adverbial_is_the_passive_agent(nlp) -> None:
    """``Räkenskaperna granskas under året av revisorerna och nämnden`` (round 11, analysis
    10 cause 3): the parser hangs the ``av``-phrase on the noun of a time adverbial between
    the passive and its agent; a time noun (`time_nouns`) takes no such complement, so the
    phrase and its conjunct are the passive's agents."""
    doc = parsed(
        nlp,
        f"""
        Räkenskaperna räkenskaper NOUN 2 nsubj:pass {DEF_PL}
        granskas granska VERB 0 ROOT {PASS}
        under under ADP 4 case
        året år NOUN 2 obl {DEF}
        av av ADP 6 case
        revisorerna revisor NOUN 4 nmod {DEF_PL}
        och och CCONJ 8 cc
        nämnden nämnd NOUN 6 conj {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("revisor", "none", "granska", False, True),
        ("nämnd", "none", "granska", False, True),
    ]


def test_an_av_phrase_hung_on_an_extent_adverbial_is_the_passive_agent(nlp) -> None:
    """``Uppgiften fullgörs till viss del av kansliet respektive nämnden`` (round 11, cause 3):
    ``del`` of a degree adverbial is no partitive quantifier, and the ``av``-phrase on it is
    the agent, with its ``respektive`` conjunct."""
    doc = parsed(
        nlp,
        f"""
        Uppgiften uppgift NOUN 2 nsubj:pass {DEF}
        fullgörs fullgöra VERB 0 ROOT {PASS}
        till till ADP 5 case
        viss viss ADJ 5 amod
        del del NOUN 2 obl {IND}
        av av ADP 7 case
        kansliet kansli NOUN 5 nmod {DEF}
        respektive respektive ADV 9 cc
        nämnden nämnd NOUN 7 conj {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("kansli", "none", "fullgöra", False, True),
        ("nämnd", "none", "fullgöra", False, True),
    ]


def test_an_av_phrase_of_a_nominalisation_in_an_adverbial_stays_no_agent(nlp) -> None:
    """``Taxan fastställs efter förslag av nämnden`` (round 11, cause 3 boundary): the
    ``av``-phrase completes a noun of action (no time or extent noun): no agent."""
    doc = parsed(
        nlp,
        f"""
        Taxan taxa NOUN 2 nsubj:pass {DEF}
        fastställs fastställa VERB 0 ROOT {PASS}
        efter efter ADP 4 case
        förslag förslag NOUN 2 obl {IND}
        av av ADP 6 case
        nämnden nämnd NOUN 4 nmod {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == []


def test_an_av_phrase_after_a_noun_of_action_the_parser_hung_elsewhere_is_no_agent(
    nlp,
) -> None:
    """``Utskottet får sammankallas på begäran av enskild ersättare`` (round 41, agt-C12): the
    parser hangs the ``av``-phrase on the noun before ``på`` (and reads ``enskild`` as its
    noun); the noun of action right before ``av``, in its own phrase, still holds it: no
    agent, the passive's subject is the actor."""
    doc = parsed(
        nlp,
        f"""
        Utskottet utskott NOUN 3 nsubj:pass {DEF}
        får få AUX 3 aux {MODAL}
        sammankallas sammankalla VERB 0 ROOT {INF_PASS}
        på på ADP 5 case
        begäran begäran NOUN 3 obl {DEF}
        av av ADP 7 case
        enskild enskild NOUN 3 obl {DEF}
        ersättare ersättare ADV 7 advmod
        . . PUNCT 3 punct
    """,
    )
    assert statements(doc) == [("utskott", "permission", "sammankalla", False, True)]


def test_a_time_adverbials_av_phrase_is_not_shared_with_a_conjunct_that_has_its_own(nlp) -> None:
    """``Kassan förs av sekreteraren och kontrolleras under året av revisorerna`` (round 11,
    cause 3 boundary): when the parser groups both passives and the first has an ``av`` of its
    own, the time adverbial's ``av``-phrase is not made the agent of both."""
    doc = parsed(
        nlp,
        f"""
        Kassan kassa NOUN 2 nsubj:pass {DEF}
        förs föra VERB 0 ROOT {PASS}
        av av ADP 4 case
        sekreteraren sekreterare NOUN 2 obl {DEF}
        och och CCONJ 6 cc
        kontrolleras kontrollera VERB 2 conj {PASS}
        under under ADP 8 case
        året år NOUN 6 obl {DEF}
        av av ADP 10 case
        revisorerna revisor NOUN 8 nmod {DEF_PL}
        . . PUNCT 2 punct
    """,
    )
    assert ("revisor", "none", "föra", False, True) not in statements(doc)


def test_a_composition_passive_names_members_and_gives_no_statement(nlp) -> None:
    """``Utskottet utgörs av fem förtroendevalda och två tjänstemän`` (round 11, analysis 10
    cause 8): `composition_verbs` name the subject's members in the ``av``-phrase; no agent,
    no statement (docs/annotation.md §4)."""
    doc = parsed(
        nlp,
        f"""
        Utskottet utskott NOUN 2 nsubj:pass {DEF}
        utgörs utgöra VERB 0 ROOT {PASS}
        av av ADP 5 case
        fem fem NUM 5 nummod
        förtroendevalda förtroendevald NOUN 2 obl:agent {IND_PL}
        och och CCONJ 8 cc
        två två NUM 8 nummod
        tjänstemän tjänsteman NOUN 5 conj {IND_PL}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == []


def test_a_member_passive_composes_a_collective_body_but_acts_otherwise(nlp) -> None:
    """``Arbetsutskottet bildas av fem ledamöter`` composes (a collective body, counted
    members); ``Bolaget bildades av kommunen år 2001`` acts: the founder is the agent (round
    11, cause 8, `member_verbs`)."""
    composed = parsed(
        nlp,
        f"""
        Arbetsutskottet arbetsutskott NOUN 2 nsubj:pass {DEF}
        bildas bilda VERB 0 ROOT {PASS}
        av av ADP 5 case
        fem fem NUM 5 nummod
        ledamöter ledamot NOUN 2 obl:agent {IND_PL}
        . . PUNCT 2 punct
    """,
    )
    founded = parsed(
        nlp,
        f"""
        Bolaget bolag NOUN 2 nsubj:pass {DEF}
        bildades bilda VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
        av av ADP 4 case
        kommunen kommun NOUN 2 obl:agent {DEF}
        år år NOUN 2 obl {IND}
        2001 2001 NUM 5 nummod
        . . PUNCT 2 punct
    """,
    )
    assert statements(composed) == []
    assert statements(founded) == [("kommun", "none", "bilda", False, True)]


def test_a_genitive_owning_a_thing_after_an_inverted_subject_completes_it(nlp) -> None:
    """``Därefter ska granskning göras av ordförandens beslut`` (round 11, analysis 10 cause
    10, analysis 9 §14): the ``av``-phrase whose genitive owns a noun that is no actor is the
    postponed part of the indefinite inverted subject, no agent: the passive is agentless,
    with an implicit actor under its cue."""
    doc = parsed(
        nlp,
        f"""
        Därefter därefter ADV 4 advmod
        ska skola AUX 4 aux {MODAL}
        granskning granskning NOUN 4 nsubj:pass {IND}
        göras göra VERB 0 ROOT {INF_PASS}
        av av ADP 7 case
        ordförandens ordförande NOUN 7 nmod:poss Case=Gen|Definite=Def|Number=Sing
        beslut beslut NOUN 4 obl:agent {IND}
        . . PUNCT 4 punct
    """,
    )
    assert statements(doc) == [(None, "obligation", "göra", False, True)]


def test_a_genitive_owning_a_thing_after_a_passive_is_no_agent(nlp) -> None:
    """``Verksamheten ska präglas av nämndens riktlinjer`` (round 11, cause 10): the genitive
    only owns the ``av``-phrase's head, a thing; that thing is the agent, so no statement
    (§5.2, thing agent), and never (nämnd, obligation, präga)."""
    doc = parsed(
        nlp,
        f"""
        Verksamheten verksamhet NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        präglas prägla VERB 0 ROOT {INF_PASS}
        av av ADP 6 case
        nämndens nämnd NOUN 6 nmod:poss Case=Gen|Definite=Def|Number=Sing
        riktlinjer riktlinje NOUN 3 obl:agent {IND_PL}
        . . PUNCT 3 punct
    """,
    )
    assert statements(doc) == []


def test_an_agent_stands_anywhere_in_the_passives_clause_past_adverbials(nlp) -> None:
    # round 14 (analysis 13 cause 1): an inverted subject and a long adverbial of time stand
    # between the passive and its av-agent; the parser hangs "av" on the time noun
    doc = parsed(
        nlp,
        f"""
        Därefter därefter ADV 2 advmod
        väljs välja VERB 0 ROOT {PASS}
        nämndens nämnd NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ledamöter ledamot NOUN 2 nsubj:pass {IND_PL}
        för för ADP 7 case
        fyra fyra NUM 7 nummod
        år år NOUN 2 obl {IND_PL}
        åt åt ADP 9 case
        gången gång NOUN 7 nmod {DEF}
        av av ADP 11 case
        regionfullmäktige regionfullmäktige NOUN 9 nmod {IND}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("regionfullmäktige", "none", "välja", False, True)]


def test_an_av_phrase_after_an_adverbial_idiom_is_the_agent_not_its_complement(nlp) -> None:
    # "vid behov" is no noun of action (configs/grammar.yaml action_nouns): the av-phrase the
    # parser hangs on "behov" is the agent, and the patient subject is no actor
    doc = parsed(
        nlp,
        f"""
        Suppleanter suppleant NOUN 2 nsubj:pass {IND_PL}
        utses utse VERB 0 ROOT {PASS}
        vid vid ADP 4 case
        behov behov NOUN 2 obl {IND}
        av av ADP 6 case
        valberedningen valberedning NOUN 4 nmod {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("valberedning", "none", "utse", False, True)]


def test_a_passive_with_an_av_phrase_that_is_no_actor_never_falls_back_to_its_subject(
    nlp,
) -> None:
    # §5.2: the av-phrase makes the passive not agentless; "den som …" is no actor, so the
    # patient "revisorerna" is not the actor either: no statement
    doc = parsed(
        nlp,
        f"""
        Revisorerna revisor NOUN 2 nsubj:pass {DEF_PL}
        utses utse VERB 0 ROOT {PASS}
        varje varje DET 4 det
        år år NOUN 2 obl {IND}
        av av ADP 6 case
        den den PRON 2 obl:agent _
        som som PRON 9 obj _
        stämman stämma NOUN 9 nsubj {DEF}
        bestämmer bestämma VERB 6 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == []


def test_a_comma_list_of_agents_closed_by_a_conjunction_before_den_som_distributes(
    nlp,
) -> None:
    # "av A, två B gemensamt, eller den som …": A and B each sign; the joint adverbial of
    # manner ("gemensamt") belongs to B, and "den som" closes the series without an actor
    doc = parsed(
        nlp,
        f"""
        Avtalet avtal NOUN 2 nsubj:pass {DEF}
        tecknas teckna VERB 0 ROOT {PASS}
        av av ADP 5 case
        verkställande verkställande ADJ 5 amod _
        direktören direktör NOUN 2 obl:agent {DEF}
        , , PUNCT 8 punct
        två två NUM 8 nummod _
        styrelseledamöter styrelseledamot NOUN 5 conj {IND_PL}
        gemensamt gemensamt ADV 8 advmod _
        , , PUNCT 12 punct
        eller eller CCONJ 12 cc
        den den PRON 5 conj _
        som som PRON 15 obj _
        styrelsen styrelse NOUN 15 nsubj {DEF}
        bemyndigar bemyndiga VERB 12 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("verkställande direktör", "none", "teckna", False, True),
        ("styrelseledamot", "none", "teckna", False, True),
    ]


def test_an_actor_in_a_contact_relative_after_av_den_is_no_agent(nlp) -> None:
    # round 14 (analysis 13 #11): "av den styrelsen bemyndigar" = "av den som styrelsen
    # bemyndigar": the pronoun heads the agent, the actor subject of the relative is none,
    # and the patient is not the actor either (§5.2)
    doc = parsed(
        nlp,
        f"""
        Avtalet avtal NOUN 2 nsubj:pass {DEF}
        tecknas teckna VERB 0 ROOT {PASS}
        av av ADP 4 case
        den den PRON 2 obl:agent _
        styrelsen styrelse NOUN 6 nsubj {DEF}
        bemyndigar bemyndiga VERB 4 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == []


def test_gapped_agent_after_a_bare_role_noun(nlp):
    doc = parsed(
        nlp,
        """
        Posten post NOUN 3 nsubj:pass Definite=Def
        ska skola AUX 3 aux
        innehas inneha VERB 0 root Voice=Pass|VerbForm=Inf
        av av ADP 5 case
        regionen region NOUN 3 obl:agent Definite=Def
        och och CCONJ 8 cc
        vice vice ADJ 8 amod
        ordförande ordförande NOUN 3 conj
        av av ADP 10 case
        kommunen kommun NOUN 8 nmod Definite=Def
        . . PUNCT 3 punct
        """,
    )
    actors = {s[0] for s in statements(doc)}
    assert {"region", "kommun"} <= actors


def test_passive_and_active_infinitive_conjuncts_have_their_own_actors(nlp) -> None:
    """``ska nämndens ordförande väljas av stämman och leda arbetet``: the stämma elects, the
    chair leads."""
    doc = parsed(
        nlp,
        f"""
        Enligt enligt ADP 2 case
        reglementet reglemente NOUN 6 obl {DEF}
        ska skola AUX 6 aux {MODAL}
        nämndens nämnd NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ordförande ordförande NOUN 6 nsubj:pass {IND}
        väljas välja VERB 0 ROOT {INF_PASS}
        av av ADP 8 case
        stämman stämma NOUN 6 obl {DEF}
        och och CCONJ 10 cc
        leda leda VERB 6 conj {INF}
        arbetet arbete NOUN 10 obj {DEF}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [
        ("stämma", "obligation", "välja", False, True),
        ("nämndens ordförande", "obligation", "leda", False, False),
    ]


def test_partitive_av_phrase_is_no_agent(nlp) -> None:
    """``behandlas i något av utskotten``: no agent, and no implicit statement either."""
    doc = parsed(
        nlp,
        f"""
        Motionerna motion NOUN 2 nsubj:pass Definite=Def|Number=Plur
        behandlas behandla VERB 0 ROOT {PASS}
        i i ADP 4 case
        något någon PRON 2 obl
        av av ADP 6 case
        utskotten utskott NOUN 4 nmod Definite=Def|Number=Plur
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_actor_in_the_relative_clause_of_a_thing_agent_is_no_agent(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Ersättningen ersättning NOUN 2 nsubj:pass {DEF}
        regleras reglera VERB 0 ROOT {PASS}
        av av ADP 5 case
        de den DET 5 det
        avtal avtal NOUN 2 obl:agent {IND}
        som som PRON 9 obj
        nämnden nämnd NOUN 9 nsubj {DEF}
        har ha AUX 9 aux {MODAL}
        tecknat teckna VERB 5 acl:relcl VerbForm=Sup|Voice=Act
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_second_av_agent_past_a_prepositional_phrase(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Protokollet protokoll NOUN 2 nsubj:pass {DEF}
        justeras justera VERB 0 ROOT {PASS}
        av av ADP 4 case
        ordföranden ordförande NOUN 2 obl:agent {DEF}
        vid vid ADP 7 case
        varje varje DET 7 det
        sammanträde sammanträde NOUN 2 obl {IND}
        eller eller CCONJ 11 cc
        av av ADP 11 case
        en en DET 11 det
        ledamot ledamot NOUN 7 conj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "justera", False, True),
        ("ledamot", "none", "justera", False, True),
    ]


def test_bare_supine_of_an_infinitive_not_in_a_and_agent_after_den(nlp) -> None:
    """``och den [PRON] ledamot som nämnden utsett [ADJ]``: a coordinated agent after ``den``;
    the supine of ``utse`` closing the relative clause is a verb."""
    doc = parsed(
        nlp,
        f"""
        Protokollet protokoll NOUN 2 nsubj:pass {DEF}
        justeras justera VERB 0 ROOT {PASS}
        av av ADP 4 case
        ordföranden ordförande NOUN 2 obl:agent {DEF}
        och och CCONJ 7 cc
        den den PRON 7 det
        ledamot ledamot ADV 2 conj
        som som SCONJ 10 mark
        nämnden nämnd NOUN 10 nsubj {DEF}
        utsett utse ADJ 7 acl
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "justera", False, True),
        ("ledamot", "none", "justera", False, True),
    ]
    assert verbs(doc) == ["justeras", "utsett"]


def test_adverb_before_a_coordinated_av_agent(nlp) -> None:
    """``och av ytterligare en ledamot``: an adverb among the agent's modifiers."""
    doc = parsed(
        nlp,
        f"""
        Skrivelsen skrivelse NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        undertecknas underteckna VERB 0 ROOT {INF_PASS}
        av av ADP 5 case
        ordföranden ordförande NOUN 3 nmod {DEF}
        och och CCONJ 10 cc
        av av ADP 10 case
        ytterligare ytterligare ADV 9 advmod
        en en DET 10 det
        ledamot ledamot NOUN 3 conj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("ordförande", "obligation", "underteckna", False, True),
        ("ledamot", "obligation", "underteckna", False, True),
    ]


def test_participle_before_a_coordinated_av_agent(nlp) -> None:
    """Round 42 (a new-user trial; §5.2 round 4): ``och en särskilt utsedd ledamot``: a
    participle among the agent's modifiers, also tagged as a noun."""
    doc = parsed(
        nlp,
        f"""
        Avtalet avtal NOUN 2 nsubj:pass {DEF}
        undertecknas underteckna VERB 0 ROOT {PASS}
        av av ADP 4 case
        kassören kassör NOUN 2 obl:agent {DEF}
        och och CCONJ 8 cc
        en en DET 8 det
        särskilt särskilt ADV 8 advmod
        utsedd utse NOUN 2 conj {IND}
        ledamot ledamot ADV 8 advmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("kassör", "none", "underteckna", False, True),
        ("ledamot", "none", "underteckna", False, True),
    ]


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


def test_passive_with_agent_gives_the_agent_as_actor(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommundirektören kommundirektör NOUN 2 nsubj:pass
        anställs anställa VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 4 case
        kommunstyrelsen kommunstyrelse NOUN 2 obl:agent
    """,
    )
    assert statements(doc) == [("kommunstyrelse", "none", "anställa", False, True)]


def test_a_passive_conjunct_finds_its_own_agent_and_the_active_one_keeps_the_subject(nlp):
    doc = parsed(
        nlp,
        """
        Ekonomichefen ekonomichef NOUN 2 nsubj:pass
        utses utse VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 4 case
        kommundirektören kommundirektör NOUN 2 obl:agent
        och och CCONJ 6 cc
        rapporterar rapportera VERB 2 conj VerbForm=Fin|Tense=Pres|Voice=Act
        till till ADP 8 case
        styrelsen styrelse NOUN 6 obl
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("kommundirektör", "none", "utse", False, True),
        ("ekonomichef", "none", "rapportera", False, False),
    ]


def test_an_active_verb_then_a_passive_conjunct_with_its_agent(nlp):
    doc = parsed(
        nlp,
        """
        Hamnchefen hamnchef NOUN 2 nsubj
        leder leda VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
        hamnkontoret hamnkontor NOUN 2 obj
        och och CCONJ 5 cc
        utses utse VERB 2 conj VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 7 case
        styrelsen styrelse NOUN 5 obl:agent
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("hamnchef", "none", "leda", False, False),
        ("styrelse", "none", "utse", False, True),
    ]


def test_a_copulas_predicative_is_no_subject_of_a_conjoined_passive(nlp) -> None:
    """``I förbundet är stämman högsta beslutande organ och dess ledamöter utses vart tredje
    år`` (round 20, B4): the passive's subject chain starts after the ``och`` that opens its
    clause; the predicative noun before it is no conjunct of that subject."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        förbundet förbund NOUN 4 obl {DEF}
        är vara AUX 4 cop {PRES}
        stämman stämma NOUN 0 ROOT {IND}
        högsta hög ADJ 7 amod Case=Nom|Definite=Def|Degree=Sup
        beslutande besluta ADJ 7 amod Case=Nom|Degree=Pos|Tense=Pres|VerbForm=Part
        organ organ NOUN 4 punct Case=Nom|Definite=Ind|Gender=Neut|Number=Plur
        och och CCONJ 11 cc
        dess den PRON 10 nmod:poss Definite=Def|Poss=Yes|PronType=Prs
        ledamöter ledamot NOUN 11 nsubj:pass Case=Nom|Definite=Ind|Gender=Com|Number=Plur
        utses utse VERB 4 conj {PASS}
        vart var ADV 14 det
        tredje tredje ADJ 14 amod Case=Nom|NumType=Ord
        år år NOUN 11 obl {IND}
        . . PUNCT 4 punct
        """,
    )
    assert [s for s in statements(doc) if s[2] == "utse"] == [
        ("ledamot", "none", "utse", False, True)
    ]


def test_the_agent_of_a_postposed_participle_is_no_agent_of_the_passive(nlp) -> None:
    """``Ansökan ska lämnas inom en vecka eller en senare dag bestämd av nämnden`` (round 21,
    D1): the ``av`` after a participle that follows its noun (tagged a noun here) opens the
    participle's agent; the passive keeps its implicit actor."""
    doc = parsed(
        nlp,
        f"""
        Ansökan ansökan NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        lämnas lämna VERB 0 ROOT {INF_PASS}
        inom inom ADP 6 case
        en en DET 6 det
        vecka vecka NOUN 3 obl {IND}
        eller eller CCONJ 10 cc
        en en DET 10 det
        senare sen ADJ 10 amod Case=Nom|Degree=Cmp
        dag dag NOUN 6 conj {IND}
        bestämd bestämma NOUN 10 nmod {IND}
        av av ADP 13 case
        nämnden nämnd NOUN 11 nmod {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "lämna", False, True)]


def test_a_passive_keeps_its_own_agent_before_a_postposed_participle(nlp) -> None:
    """``Rapporten ska lämnas av en ledamot vald av styrelsen``: the passive's own agent comes
    first; only the participle's ``av``-phrase is left out (round 21, D1, the other side)."""
    doc = parsed(
        nlp,
        f"""
        Rapporten rapport NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        lämnas lämna VERB 0 ROOT {INF_PASS}
        av av ADP 6 case
        en en DET 6 det
        ledamot ledamot NOUN 3 obl:agent {IND}
        vald välja ADJ 6 amod Case=Nom|Definite=Ind|Number=Sing|VerbForm=Part
        av av ADP 9 case
        styrelsen styrelse NOUN 7 obl:agent {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("ledamot", "obligation", "lämna", False, True)]


def test_a_bracketed_insertion_stands_between_a_modal_and_its_passive(nlp) -> None:
    """``På en extra stämma ska ärenden, utöver valen (se nedan), endast behandlas`` (round 21,
    D4): the bracket's imperative opens no clause and the adverb after the insertion's comma
    stands in the mid-field; the s-form is the modal's passive infinitive."""
    doc = parsed(
        nlp,
        f"""
        På på ADP 4 case
        en en DET 4 det
        extra extra ADJ 4 amod
        stämma stämma NOUN 11 obl {IND}
        ska skola AUX 11 aux {MODAL}
        ärenden ärende NOUN 11 nsubj {IND_PL}
        , , PUNCT 9 punct
        utöver utöver ADP 9 case
        valen val NOUN 6 nmod {DEF_PL}
        ( ( PUNCT 11 punct
        se se VERB 0 ROOT Mood=Imp|VerbForm=Fin|Voice=Act
        nedan nedan ADV 11 advmod
        ) ) PUNCT 11 punct
        , , PUNCT 16 punct
        endast endast ADV 16 advmod
        behandlas behandla VERB 11 parataxis {PASS}
        . . PUNCT 11 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "behandla", False, True)]


def test_a_title_prefix_opens_the_subject_of_a_passive_conjunct(nlp) -> None:
    """``Vice ordförande utses av styrelsen på förslag av ordföranden och ska utses på första
    mötet`` (round 21, D3): ``vice`` tagged an s-passive is no verb (`never_verbs`), so no
    verb-first condition; the agentless conjunct's actor is the subject."""
    doc = parsed(
        nlp,
        f"""
        Vice vice VERB 3 nsubj:pass {PASS}
        ordförande ordförande NOUN 1 fixed {IND}
        utses utse VERB 0 ROOT {PASS}
        av av ADP 5 case
        styrelsen styrelse NOUN 3 obl:agent {DEF}
        på på ADP 7 case
        förslag förslag NOUN 5 nmod {IND}
        av av ADP 9 case
        ordföranden ordförande NOUN 7 nmod {DEF}
        och och CCONJ 12 cc
        ska skola AUX 12 aux {MODAL}
        utses utse VERB 3 conj {INF_PASS}
        på på ADP 15 case
        första första ADJ 15 amod Case=Nom|NumType=Ord
        mötet möte NOUN 12 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("styrelse", "none", "utse", False, True),
        ("vice ordförande", "obligation", "utse", False, True),
    ]
    assert all(s.condition_span is None for s in find(doc[:], doc._.actors))


def test_samlas_with_a_plural_subject_is_reciprocal_and_active(nlp) -> None:
    """``Ledamöterna samlas varje höst`` (round 25, B3): ``samlas`` (a listed
    `reciprocal_verbs` form) with a plural subject is active, lemma ``samlas``; with the
    particle ``in`` and an ``av``-agent it stays the passive of ``samla``."""
    doc = parsed(
        nlp,
        f"""
        Ledamöterna ledamot NOUN 2 nsubj {DEF_PL}
        samlas samla VERB 0 ROOT {PASS}
        varje varje DET 4 det
        höst höst NOUN 2 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("ledamot", "none", "samlas", False, False)]
    doc = parsed(
        nlp,
        f"""
        Uppgifterna uppgift NOUN 2 nsubj:pass {DEF_PL}
        samlas samla VERB 0 ROOT {PASS}
        in in ADV 2 compound:prt
        av av ADP 5 case
        kansliet kansli NOUN 2 obl:agent {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("kansli", "none", "samla", False, True)]


def test_correlative_av_agents_are_each_an_agent(nlp) -> None:
    """``Planen fastställs av såväl nämnden som styrelsen``, ``… av både rektorn och
    nämnden`` (round 29, B5): the correlative opener after ``av`` and the pair's ``som``
    join two agents of one passive."""
    rows = f"""
        Planen plan NOUN 2 nsubj:pass {DEF}
        fastställs fastställa VERB 0 ROOT {PASS}
        av av ADP 5 case
        såväl såväl CCONJ 5 advmod _
        nämnden nämnd NOUN 2 obl:agent {DEF}
        som som SCONJ 7 mark
        styrelsen styrelse NOUN 5 nmod {DEF}
        . . PUNCT 2 punct
        """
    assert statements(parsed(nlp, rows)) == [
        ("nämnd", "none", "fastställa", False, True),
        ("styrelse", "none", "fastställa", False, True),
    ]
    rows = (
        rows.replace("såväl såväl CCONJ 5 advmod", "både både CCONJ 5 cc")
        .replace("som som SCONJ 7 mark", "och och CCONJ 7 cc")
        .replace("styrelsen styrelse NOUN 5 nmod", "styrelsen styrelse NOUN 5 conj")
    )
    assert statements(parsed(nlp, rows)) == [
        ("nämnd", "none", "fastställa", False, True),
        ("styrelse", "none", "fastställa", False, True),
    ]


GEN_DEF = "Case=Gen|Definite=Def|Number=Sing"


def test_av_phrases_after_an_owned_role_that_are_no_agent(nlp) -> None:
    """fix31: once ``nämndens valda ledamöter`` is one mention (round 30), an ``av`` before it
    still opens no agent where it completes a noun (``en grupp av``, ``i närvaro av``), where
    a fronted plural names the set picked from (``Av nämndens ledamöter väljs tre``), or
    after a passive of composition (``sammansätts av``)."""
    doc = parsed(
        nlp,
        f"""
        Ärendena ärende NOUN 2 nsubj:pass {DEF_PL}
        bereds bereda VERB 0 ROOT {PASS}
        av av ADP 5 case
        en en DET 5 det _
        grupp grupp NOUN 2 obl {IND}
        av av ADP 10 case
        nämndens nämnd NOUN 10 nmod:poss {GEN_DEF}
        valda vald ADJ 10 amod Case=Nom|Definite=Def|Degree=Pos
        ledamöter ledamot NOUN 5 nmod {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["nämndens ledamot"]
    assert statements(doc) == []
    doc = parsed(
        nlp,
        f"""
        Beslut beslut NOUN 2 nsubj:pass {IND_PL}
        fattas fatta VERB 0 ROOT {PASS}
        i i ADP 4 case
        närvaro närvaro NOUN 2 obl {IND}
        av av ADP 8 case
        nämndens nämnd NOUN 8 nmod:poss {GEN_DEF}
        tjänstgörande tjänstgörande ADJ 8 amod Case=Nom|Degree=Pos
        ledamöter ledamot NOUN 4 nmod {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []
    doc = parsed(
        nlp,
        f"""
        Av av ADP 4 case
        nämndens nämnd NOUN 4 nmod:poss {GEN_DEF}
        valda vald ADJ 4 amod Case=Nom|Definite=Def|Degree=Pos
        ledamöter ledamot NOUN 5 obl {IND_PL}
        väljs välja VERB 0 ROOT {PASS}
        tre tre NUM 5 nsubj:pass NumType=Card
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == []
    doc = parsed(
        nlp,
        f"""
        Utskottet utskott NOUN 2 nsubj:pass {DEF}
        sammansätts sammansätta VERB 0 ROOT {PASS}
        av av ADP 6 case
        nämndens nämnd NOUN 6 nmod:poss {GEN_DEF}
        valda vald ADJ 6 amod Case=Nom|Definite=Def|Degree=Pos
        ledamöter ledamot NOUN 2 obl:agent {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_a_genitive_owners_actor_head_is_the_agent(nlp) -> None:
    """Round 33, B2: `av bolagets stämma`, `Av förbundets direktion utses …`: the owner's
    genitive is no agent, its actor head is (§2.2 genitive + head, two spans); a fronted
    `Av`-phrase is no agent of a passive inside an indirect question."""
    doc = parsed(
        nlp,
        f"""
        Taxan taxa NOUN 2 nsubj:pass {DEF}
        fastställs fastställa VERB 0 ROOT {PASS}
        av av ADP 5 case
        bolagets bolag NOUN 5 nmod:poss {GEN_DEF}
        stämma stämma NOUN 2 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("stämma", "none", "fastställa", False, True)]
    doc = parsed(
        nlp,
        f"""
        Av av ADP 3 case
        förbundets förbund NOUN 3 nmod:poss {GEN_DEF}
        direktion direktion NOUN 4 obl {IND}
        utses utse VERB 0 ROOT {PASS}
        en en DET 6 det Definite=Ind
        sekreterare sekreterare NOUN 4 nsubj:pass {IND}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("direktion", "none", "utse", False, True)]
    doc = parsed(
        nlp,
        f"""
        Av av ADP 3 case
        nämndens nämnd NOUN 3 nmod:poss {GEN_DEF}
        reglemente reglemente NOUN 4 obl {IND}
        framgår framgå VERB 0 ROOT {PRES}
        vilka vilken PRON 6 det PronType=Int
        beslut beslut NOUN 9 nsubj:pass {IND_PL}
        som som PRON 9 nsubj PronType=Rel
        får få AUX 9 aux {MODAL}
        delegeras delegera VERB 4 ccomp {INF_PASS}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == []


def test_a_fronted_av_agent_past_an_adverbial_in_commas_stays_the_agent(nlp) -> None:
    """Round 33, B2: only a finite verb or a subordinator between a fronted `Av`-phrase and
    the passive's finite verb takes the agent away: `Av direktionen, vid behov, utses en
    sekreterare.` → direktion."""
    doc = parsed(
        nlp,
        f"""
        Av av ADP 2 case
        direktionen direktion NOUN 7 obl {DEF}
        , , PUNCT 5 punct
        vid vid ADP 5 case
        behov behov NOUN 7 obl {IND}
        , , PUNCT 5 punct
        utses utse VERB 0 ROOT {PASS}
        en en DET 9 det Definite=Ind
        sekreterare sekreterare NOUN 7 nsubj:pass {IND}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [("direktion", "none", "utse", False, True)]


def test_an_av_agent_past_a_genitive_tagged_as_an_adverb_is_its_head(nlp) -> None:
    """Round 36, V2: `Ombuden utses av respektive lokalavdelnings [AB] styrelse.`: the
    `obl:agent` token is a genitive that is no actor, the real head hung on it as punct; the
    agent is the actor past the phrase's modifiers."""
    doc = parsed(
        nlp,
        f"""
        Ombuden ombud NOUN 2 nsubj:pass {DEF_PL}
        utses utse VERB 0 ROOT {PASS}
        av av ADP 5 case
        respektive respektive ADV 5 advmod
        lokalavdelnings lokalavdelning ADV 2 obl:agent
        styrelse styrelse NOUN 5 punct {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("styrelse", "none", "utse", False, True)]


def test_an_av_agent_past_a_participle_tagged_as_a_noun_is_its_head(nlp) -> None:
    """Round 36, V2: `Bolaget leds av en särskilt utsedd [NN] styrelse.`: the participle
    tagged NN is the `obl:agent`, the actor its object."""
    doc = parsed(
        nlp,
        f"""
        Bolaget bolag NOUN 2 nsubj:pass {DEF}
        leds leda VERB 0 ROOT {PASS}
        av av ADP 6 case
        en en DET 6 det Definite=Ind
        särskilt särskilt ADV 6 advmod
        utsedd utsedd NOUN 2 obl:agent {IND}
        styrelse styrelse NOUN 6 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("styrelse", "none", "leda", False, True)]


def test_an_av_agent_past_a_genitive_that_is_no_actor_is_its_head(nlp) -> None:
    """Round 36, V2: `Ordningsreglerna fastställs av respektive skolas [AB] rektor.`: the
    genitive is no actor; the agent is the actor past the phrase's modifiers."""
    doc = parsed(
        nlp,
        f"""
        Ordningsreglerna ordningsregel NOUN 2 nsubj:pass {DEF_PL}
        fastställs fastställa VERB 0 ROOT {PASS}
        av av ADP 5 case
        respektive respektive ADV 5 advmod
        skolas skola ADV 2 obl:agent
        rektor rektor NOUN 5 punct {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("rektor", "none", "fastställa", False, True)]


def test_av_phrase_inside_a_later_subordinate_clause_is_no_agent(nlp) -> None:
    """Round 39 (K-B7): ``Frågan kan avgöras när hälften av styrelsen är närvarande``: the
    ``av``-phrase belongs to the ``när``-clause's subject, so the ``kan``-passive has no
    agent and gives no statement (§5.3)."""
    doc = parsed(
        nlp,
        f"""
        Frågan fråga NOUN 3 nsubj:pass {DEF}
        kan kunna AUX 3 aux {MODAL}
        avgöras avgöra VERB 0 ROOT {INF_PASS}
        när när SCONJ 9 mark
        hälften hälft NOUN 9 nsubj {DEF}
        av av ADP 7 case
        styrelsen styrelse NOUN 5 nmod {DEF}
        är vara AUX 9 cop {PRES}
        närvarande närvarande ADJ 3 advcl
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == []


def test_coordinated_subjects_with_a_prepositional_attribute_each_get_the_passive(nlp) -> None:
    """Round 40 (analyst ay C10): ``Ledamöter och ersättare i nämnden utses för tre år``: the
    last conjunct's attribute ``i nämnden`` stands between the chain and the finite verb;
    both conjuncts are the agentless passive's subjects."""
    doc = parsed(
        nlp,
        f"""
        Ledamöter ledamot NOUN 6 nsubj:pass {IND_PL}
        och och CCONJ 3 cc
        ersättare ersättare NOUN 1 conj {IND_PL}
        i i ADP 5 case
        nämnden nämnd NOUN 3 nmod {DEF}
        utses utse VERB 0 ROOT {PASS}
        för för ADP 9 case
        tre tre NUM 9 nummod
        år år NOUN 6 obl {IND_PL}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [
        ("ledamot", "none", "utse", False, True),
        ("ersättare", "none", "utse", False, True),
    ]


def test_coordinated_av_agents_around_an_interposed_condition_clause(nlp) -> None:
    # round 41 (az-4b): `, om …,` between the coordinator and the second `av` is skipped
    doc = parsed(
        nlp,
        f"""
        Klubbens klubb NOUN 2 nmod:poss
        namn namn NOUN 3 nsubj:pass {DEF}
        tecknas teckna VERB 0 ROOT {INF_PASS}
        av av ADP 5 case
        ordföranden ordförande NOUN 3 obl:agent {DEF}
        eller eller CCONJ 11 cc
        , , PUNCT 11 punct
        om om SCONJ 11 mark
        nämnden nämnd NOUN 11 nsubj {DEF}
        så så ADV 11 advmod
        begär begära VERB 3 conj {PRES}
        , , PUNCT 11 punct
        av av ADP 15 case
        tre tre NUM 15 nummod
        ledamöter ledamot NOUN 11 obl {IND_PL}
        . . PUNCT 3 punct
    """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "teckna", False, True),
        ("ledamot", "none", "teckna", False, True),
    ]


def test_av_agent_between_a_modal_and_its_passive_infinitive(nlp) -> None:
    # round 41 (az-4a): `kan av X uteslutas`: the middle-field av-phrase is the agent
    doc = parsed(
        nlp,
        f"""
        Ledamot ledamot NOUN 0 ROOT {IND}
        som som PRON 3 nsubj
        missköter missköta VERB 1 acl:relcl {PRES}
        sitt sin DET 5 det
        uppdrag uppdrag NOUN 3 obj
        kan kunna AUX 9 aux {MODAL}
        av av ADP 8 case
        fullmäktige fullmäktige NOUN 9 obl
        entledigas entlediga ADV 3 advcl
        . . PUNCT 1 punct
    """,
    )
    assert statements(doc) == [("fullmäktige", "permission", "entlediga", False, True)]


def test_av_with_an_article_and_a_relative_clause_is_the_agent(nlp) -> None:
    # round 41 (az-4c): `av en <noun>` is no measure (`en` like a number) when the noun is
    # no time or extent noun; the relative clause made the parser hang it on the subject
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 3 case
        klubbens klubb NOUN 3 nmod:poss
        möten möte NOUN 4 obl {DEF_PL}
        förs föra VERB 0 ROOT {PASS_FIN}
        protokoll protokoll NOUN 4 nsubj:pass {IND}
        av av ADP 8 case
        en en DET 8 det Definite=Ind|PronType=Art
        sekreterare sekreterare NOUN 5 nmod {IND}
        som som PRON 11 nsubj
        är vara AUX 11 cop {PRES}
        anställd anställd ADJ 8 acl:relcl VerbForm=Part
        av av ADP 13 case
        klubben klubb NOUN 11 obl {DEF}
        . . PUNCT 4 punct
    """,
    )
    assert ("sekreterare", "none", "föra", False, True) in statements(doc)


def test_av_inside_a_determinative_postposed_subject_is_no_agent(nlp) -> None:
    # round 41 (az-4d): `det <noun> av X där …` after the passive is its subject
    doc = parsed(
        nlp,
        f"""
        Till till ADP 2 case
        ansökan ansökan NOUN 4 obl {IND}
        ska skola AUX 4 aux {MODAL}
        fogas foga VERB 0 ROOT {INF_PASS}
        det den DET 6 det Definite=Def
        intyg intyg NOUN 4 nsubj:pass {IND}
        av av ADP 8 case
        nämnden nämnd NOUN 4 obl:agent {DEF}
        där där ADV 11 advmod
        den den PRON 11 nsubj
        bekräftar bekräfta VERB 8 acl:relcl {PRES}
        beslutet beslut NOUN 11 obj {DEF}
        . . PUNCT 4 punct
    """,
    )
    assert statements(doc) == [(None, "obligation", "foga", False, True)]


def test_every_item_of_an_agent_list_after_av_colon_is_an_agent(nlp) -> None:
    """Round 41 (C3): ``har antagits av: styrelsen i Åby 2031-01-12, nämnden i Lunda
    2031-02-09``: each comma-separated item opening with an actor is an agent, past the
    place and date of the item before it."""
    doc = parsed(
        nlp,
        """
        Ordningen ordning NOUN 3 nsubj:pass Definite=Def
        har ha AUX 3 aux VerbForm=Fin|Tense=Pres
        antagits anta VERB 0 ROOT VerbForm=Sup|Voice=Pass
        av av ADP 6 case
        : : PUNCT 6 punct
        styrelsen styrelse NOUN 3 obl Definite=Def
        i i ADP 8 case
        Åby Åby PROPN 6 nmod
        2031-01-12 2031-01-12 NUM 8 nummod
        , , PUNCT 11 punct
        nämnden nämnd NOUN 6 conj Definite=Def
        i i ADP 13 case
        Lunda Lunda PROPN 11 nmod
        2031-02-09 2031-02-09 NUM 13 nummod
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("styrelse", "none", "anta", False, True),
        ("nämnd", "none", "anta", False, True),
    ]


def test_a_particle_passive_that_delegates_keeps_the_cue(nlp) -> None:
    """Round 42 (ba-19): ``Ärenden om avgifter kan föras över till utskottet``: a particle
    verb of `delegation_verbs` (``föra över``) keeps the permission of its agentless
    passive (the implicit actor), as ``kan delegeras`` does."""
    doc = parsed(
        nlp,
        f"""
        Ärenden ärende NOUN 5 nsubj:pass {IND_PL}
        om om ADP 3 case
        avgifter avgift NOUN 1 nmod {IND_PL}
        kan kunna AUX 5 aux {MODAL}
        föras föra VERB 0 ROOT {INF_PASS}
        över över ADP 5 compound:prt
        till till ADP 8 case
        utskottet utskott NOUN 5 obl Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [(None, "permission", "föra", False, True)]


def test_a_particle_verb_without_its_particle_is_a_possibility(nlp) -> None:
    """Negative of round 42 (ba-19): ``Protokollen kan föras digitalt``: ``föra`` without a
    delegating particle says what may happen; no statement."""
    doc = parsed(
        nlp,
        f"""
        Protokollen protokoll NOUN 3 nsubj:pass {DEF_PL}
        kan kunna AUX 3 aux {MODAL}
        föras föra VERB 0 ROOT {INF_PASS}
        digitalt digital ADV 3 advmod
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == []


def test_an_elided_weak_ordinal_with_its_own_article_is_an_agent(nlp) -> None:
    """Round 53, r4: ``av en första och en andra vice ordförande`` where the parser heads the
    agent at the last conjunct: the series reads from the ordinal after ``av`` and its
    article (also where the phrase start takes the ``av``), and the second conjunct's own
    article is no attribute of the first: two agents."""
    doc = parsed(
        nlp,
        f"""
        Arbetet arbete NOUN 2 nsubj:pass {DEF}
        leds leda VERB 0 ROOT {PASS_FIN}
        av av ADP 10 case
        en en DET 10 det
        första första ADJ 10 amod
        och och CCONJ 8 cc
        en en DET 8 det
        andra annan ADJ 5 conj
        vice vice NOUN 10 amod
        ordförande ordförande NOUN 2 obl:agent {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("förste vice ordförande", "none", "leda", False, True),
        ("andre vice ordförande", "none", "leda", False, True),
    ]


def test_an_elided_legal_term_adjective_is_an_agent_of_its_own(nlp) -> None:
    """Round 44 (analysis 44-bh A3): the listed adjectives of a modified head (`modified_heads`: ``fysisk``, ``juridisk``,
    ``enskild`` before ``person``) elide the head before a coordinated one: ``fysiska`` is
    ``fysisk person``, and where the parser heads the agent phrase at the last conjunct the
    series still reads from the conjunct right after ``av``: two agents."""
    doc = parsed(
        nlp,
        f"""
        Bidrag bidrag NOUN 3 nsubj:pass {IND}
        får få AUX 3 aux {PRES}
        sökas söka VERB 0 ROOT {INF_PASS}
        av av ADP 8 case
        fysiska fysisk ADJ 8 amod Degree=Pos|Number=Plur
        eller eller CCONJ 7 cc
        juridiska juridisk ADJ 5 conj Degree=Pos|Number=Plur
        personer person NOUN 3 obl:agent {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert [(m.text, m.canonical) for m in doc._.actors] == [
        ("fysiska", "fysisk person"),
        ("juridiska personer", "juridisk person"),
    ]
    assert statements(doc) == [
        ("fysisk person", "permission", "söka", False, True),
        ("juridisk person", "permission", "söka", False, True),
    ]
    besvar = parsed(
        nlp,
        f"""
        Ersättning ersättning NOUN 2 nsubj:pass {IND}
        lämnas lämna VERB 0 ROOT {PASS_FIN}
        för för ADP 7 case
        fysiska fysisk ADJ 7 amod Degree=Pos|Number=Plur
        och och CCONJ 6 cc
        psykiska psykisk ADJ 4 conj Degree=Pos|Number=Plur
        besvär besvär NOUN 2 obl {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert besvar._.actors == []


def test_an_intensifier_after_an_agent_leaves_the_coordinated_agent_an_agent(nlp) -> None:
    """Round 45 (analysis 45-bj C13): ``Avtalet justeras av kassören själv eller av
    styrelsen``: the intensifier belongs to the first agent; the ``av``-phrase after
    ``eller`` is a second agent."""
    doc = parsed(
        nlp,
        f"""
        Avtalet avtal NOUN 2 nsubj:pass {DEF}
        justeras justera VERB 0 ROOT {PASS}
        av av ADP 4 case
        kassören kassör NOUN 2 obl:agent {DEF}
        själv själv ADJ 2 advmod
        eller eller CCONJ 8 cc
        av av ADP 8 case
        styrelsen styrelse NOUN 4 conj {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("kassör", "none", "justera", False, True),
        ("styrelse", "none", "justera", False, True),
    ]


def test_kan_of_possibility_sharing_the_first_conjuncts_subject(nlp) -> None:
    """Round 45 (analysis 45-bj C12): ``Avgiften betalas i förskott och kan återbetalas``:
    the modal right after ``och`` has no subject of its own; it shares the noun opening
    the sentence, no actor, so ``kan`` + passive is a possibility (§5.3), no statement,
    also where the parse left the first conjunct without a subject."""
    doc = parsed(
        nlp,
        f"""
        Avgiften avgift NOUN 0 ROOT {DEF}
        betalas betala VERB 1 acl {PASS}
        i i ADP 4 case
        förskott förskott NOUN 2 obl {IND}
        och och CCONJ 7 cc
        kan kunna AUX 7 aux {MODAL}
        återbetalas återbetala VERB 2 conj {INF_PASS}
        . . PUNCT 1 punct
    """,
    )
    assert [s for s in statements(doc) if s[2] == "återbetala"] == []


def test_a_foreign_av_phrase_leaves_the_agentless_reading_of_an_assembly(nlp) -> None:
    """``Extra förbundsmöte ska hållas om en tredjedel av klubbarna begär det`` (round 47, bn
    cause 5): the ``av`` of a share inside the condition is no agent of ``hållas``; without
    one the assembly subject keeps round 46's body reading, as without the condition. A
    meeting that is no body keeps the implicit actor."""
    rows = """
        Extra extra ADJ 2 amod
        {subject} {lemma} NOUN 5 nsubj:pass {morph}
        ska skola AUX 5 aux {modal}
        också också ADV 5 advmod
        hållas hålla VERB 0 ROOT {inf_pass}
        om om SCONJ 12 mark
        en en DET 8 det
        tredjedel tredjedel NOUN 12 nsubj {ind}
        av av ADP 10 case
        klubbarna klubb NOUN 8 nmod {def_pl}
        det det PRON 12 obj
        begär begära VERB 5 advcl {pres}
        . . PUNCT 5 punct
        """
    parts = {"modal": MODAL, "inf_pass": INF_PASS, "ind": IND, "def_pl": DEF_PL, "pres": PRES}
    doc = parsed(nlp, rows.format(subject="förbundsmöte", lemma="förbundsmöte", morph=IND, **parts))
    assert statements(doc) == [("förbundsmöte", "obligation", "hålla", False, True)]
    doc = parsed(nlp, rows.format(subject="sammanträde", lemma="sammanträde", morph=IND, **parts))
    assert statements(doc) == [(None, "obligation", "hålla", False, True)]


def test_an_s_form_after_a_coordinated_subject_and_before_its_agent_is_a_present(nlp) -> None:
    """Round 49 (analysis 49-bs C1a′): ``Klubbens namn och firma tecknas av styrelsen.``:
    the parser hangs the s-form tagged infinitive on the last conjunct of the coordinated
    noun phrase that opens the sentence; with the ``av``-agent after it, it is the present
    passive of that subject (the agent's statement), as ``Klubbens firma tecknas av …`` is.
    Without the agent (``… namn och firma ändras``) the rule says nothing."""
    doc = parsed(
        nlp,
        f"""
        Klubbens klubb NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 0 ROOT {IND}
        och och CCONJ 4 cc
        firma firma ADJ 2 conj Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        tecknas teckna VERB 4 obj {INF_PASS}
        av av ADP 7 case
        styrelsen styrelse NOUN 5 nmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("styrelse", "none", "teckna", False, True)]
    from pipeline.nlp.verbs import _coordinated_subject_before_agent

    alone = parsed(
        nlp,
        f"""
        Klubbens klubb NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 0 ROOT {IND}
        och och CCONJ 4 cc
        firma firma ADJ 2 conj Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        ändras ändra VERB 4 obj {INF_PASS}
        . . PUNCT 2 punct
        """,
    )
    assert not _coordinated_subject_before_agent(alone[4])


def test_a_genitive_owned_conjunct_of_an_av_agent_series_is_an_agent(nlp) -> None:
    # round 49 (49-br C4): `, bolagets styrelse och av …`: the owned actor is an agent (the
    # owner none) and the series goes on past it
    doc = parsed(
        nlp,
        f"""
        Ombuden ombud NOUN 2 nsubj:pass {DEF}
        utses utse VERB 0 ROOT {PASS}
        av av ADP 4 case
        stämman stämma NOUN 2 obl:agent {DEF}
        , , PUNCT 7 punct
        bolagets bolag NOUN 7 nmod:poss Case=Gen|Definite=Def|Number=Sing
        styrelse styrelse NOUN 2 parataxis {IND}
        och och CCONJ 10 cc
        av av ADP 10 case
        revisorerna revisor NOUN 7 conj {DEF_PL}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("stämma", "none", "utse", False, True),
        ("styrelse", "none", "utse", False, True),
        ("revisor", "none", "utse", False, True),
    ]


def test_a_genitive_owning_a_thing_after_an_av_agent_is_no_agent(nlp) -> None:
    # round 49 (49-br C4, negative): `av styrelsen och bolagets anvisningar`
    doc = parsed(
        nlp,
        f"""
        Beslutet beslut NOUN 2 nsubj:pass {DEF}
        fattas fatta VERB 0 ROOT {PASS}
        av av ADP 4 case
        styrelsen styrelse NOUN 2 obl:agent {DEF}
        och och CCONJ 7 cc
        bolagets bolag NOUN 7 nmod:poss Case=Gen|Definite=Def|Number=Sing
        anvisningar anvisning NOUN 4 conj {IND_PL}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("styrelse", "none", "fatta", False, True)]


def test_en_eller_flera_after_a_coordinated_av_is_one_more_agent(nlp) -> None:
    # round 49 (analysis 49-az C5): the `eller` of `en eller flera` joins two quantifiers
    doc = parsed(
        nlp,
        f"""
        Handlingarna handling NOUN 2 nsubj:pass {DEF_PL}
        undertecknas underteckna VERB 0 ROOT {PASS}
        av av ADP 4 case
        sekreteraren sekreterare NOUN 2 nmod {DEF}
        eller eller CCONJ 12 cc
        av av ADP 12 case
        en en NUM 12 nummod Case=Nom|Definite=Ind|NumType=Card|Number=Sing
        eller eller CCONJ 9 cc
        flera många ADJ 7 conj Case=Nom|Degree=Cmp|Number=Plur
        tillfälligt tillfällig ADV 12 amod Degree=Pos
        utsedda utse ADJ 12 amod Case=Nom|Definite=Ind|Number=Plur|Tense=Past|VerbForm=Part
        ledamöter ledamot NOUN 4 conj {IND_PL}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("sekreterare", "none", "underteckna", False, True),
        ("ledamot", "none", "underteckna", False, True),
    ]


def test_en_eller_flera_ganger_after_one_agent_adds_no_agent(nlp) -> None:
    # round 49 (49-az C5 negative): no coordinator before the quantifier pair
    doc = parsed(
        nlp,
        f"""
        Räkenskaperna räkenskaper NOUN 2 nsubj:pass {DEF_PL}
        granskas granska VERB 0 ROOT {PASS}
        av av ADP 4 case
        revisorn revisor NOUN 2 obl {DEF}
        en en NUM 8 nummod Case=Nom|Definite=Ind|NumType=Card|Number=Sing
        eller eller CCONJ 7 cc
        flera många ADJ 5 conj Case=Nom|Degree=Cmp|Number=Plur
        gånger gång NOUN 2 obl {IND_PL}
        per per ADP 10 case
        år år NOUN 8 nmod {IND}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("revisor", "none", "granska", False, True)]


def test_av_after_a_postponed_action_noun_subject_is_no_agent(nlp) -> None:
    # round 49 (analysis 49-az C9): `intyg av de kommuner inom vars …` completes the noun,
    # the passive's postponed subject (tagged a verb), whatever follows the noun phrase
    doc = parsed(
        nlp,
        f"""
        Till till ADP 2 case
        begäran begäran NOUN 4 obl {DEF}
        ska skola AUX 4 aux {MODAL}
        fogas foga VERB 0 ROOT {INF_PASS}
        intyg intyga VERB 4 xcomp {INF}
        av av ADP 8 case
        de de DET 8 det Definite=Def|Number=Plur|PronType=Art
        kommuner kommun NOUN 4 obl {IND_PL}
        inom inom ADP 11 case
        vars vars PRON 11 nmod:poss Definite=Def|Poss=Yes|PronType=Rel
        gränser gräns NOUN 4 obl {IND_PL}
        verksamheten verksamhet NOUN 11 nmod {DEF}
        bedrivs bedriva VERB 4 xcomp {PASS}
        . . PUNCT 4 punct
    """,
    )
    assert statements(doc) == []  # no (kommun, obligation, foga) as before round 49


def test_av_right_after_the_passive_before_a_relative_clause_is_the_agent(nlp) -> None:
    # round 49 (49-az C9 negative): no noun between the passive and `av`
    doc = parsed(
        nlp,
        f"""
        Anmälan anmälan NOUN 2 nsubj:pass {IND}
        prövas pröva VERB 0 ROOT {PASS}
        av av ADP 5 case
        de de DET 5 det Definite=Def|Number=Plur|PronType=Art
        nämnder nämnd NOUN 2 obl {IND_PL}
        som som PRON 7 nsubj:pass PronType=Int,Rel
        berörs beröra VERB 5 acl:relcl {PASS}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("nämnd", "none", "pröva", False, True)]


def test_av_after_a_definite_action_noun_subject_of_the_passive_is_the_agent(nlp) -> None:
    # round 49 (49-az C9 negative): a definite subject noun is known; its av-phrase is the agent
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 3 case
        kassörens kassör NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        sjukdom sjukdom NOUN 4 obl {IND}
        fullgörs fullgöra VERB 0 ROOT {PASS}
        uppdraget uppdrag NOUN 4 nsubj:pass {DEF}
        av av ADP 7 case
        sekreteraren sekreterare NOUN 4 obl:agent {DEF}
        . . PUNCT 4 punct
    """,
    )
    assert statements(doc) == [("sekreterare", "none", "fullgöra", False, True)]


def test_a_phrase_of_conformity_between_a_passive_and_its_av_agent(nlp) -> None:
    """Round 51 (bx-C4): ``Ledamöterna utses enligt arbetsordningen av nämnden.``: a phrase of
    conformity (`conformity_prepositions`) on a rule noun, whatever its suffix
    (`conformity_rule_nouns`), is an adverbial of the passive, so the ``av``-phrase the parser
    hangs on its noun names the agent (outside the condition); after a noun of action
    (``enligt förslag av nämnden``) it completes that noun and names no agent."""
    doc = parsed(
        nlp,
        f"""
        Ledamöterna ledamot NOUN 2 nsubj:pass {DEF_PL}
        utses utse VERB 0 ROOT {PASS}
        enligt enligt ADP 4 case
        arbetsordningen arbetsordning NOUN 2 obl {DEF}
        av av ADP 6 case
        nämnden nämnd NOUN 4 nmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "utse", False, True)]
    (statement,) = find(next(iter(doc.sents)), doc._.actors)
    assert doc.text[slice(*statement.condition_span)] == "enligt arbetsordningen"
    proposal = parsed(
        nlp,
        f"""
        Taxan taxa NOUN 2 nsubj:pass {DEF}
        fastställs fastställa VERB 0 ROOT {PASS}
        enligt enligt ADP 4 case
        förslag förslag NOUN 2 obl {IND}
        av av ADP 6 case
        nämnden nämnd NOUN 4 nmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(proposal) == []


def test_a_series_of_gapped_pairs_after_a_passive_gives_every_agent(nlp) -> None:
    """Round 51 (ax-C3): ``Vid frånvaro ersätts kassören av sekreteraren, ledamoten av
    ersättaren och revisorn av suppleanten.``: each gapped ``<NP> av <agent>`` pair after
    the first, however many, names one more agent of the same passive."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        frånvaro frånvaro NOUN 3 obl {IND}
        ersätts ersätta VERB 0 ROOT {PASS}
        kassören kassör NOUN 3 nsubj {DEF}
        av av ADP 6 case
        sekreteraren sekreterare NOUN 3 obl {DEF}
        , , PUNCT 8 punct
        ledamoten ledamot NOUN 3 conj {DEF}
        av av ADP 10 case
        ersättaren ersättare NOUN 8 nmod {DEF}
        och och CCONJ 12 cc
        revisorn revisor NOUN 10 conj {DEF}
        av av ADP 14 case
        suppleanten suppleant NOUN 12 nmod {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("sekreterare", "none", "ersätta", False, True),
        ("ersättare", "none", "ersätta", False, True),
        ("suppleant", "none", "ersätta", False, True),
    ]
    # an adverb of degree before the last agent's participle: "samt revisorn av särskilt
    # utsedda suppleanter"
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        frånvaro frånvaro NOUN 3 obl {IND}
        ersätts ersätta VERB 0 ROOT {PASS}
        kassören kassör NOUN 3 nsubj {DEF}
        av av ADP 6 case
        sekreteraren sekreterare NOUN 3 obl {DEF}
        , , PUNCT 8 punct
        ledamoten ledamot NOUN 3 conj {DEF}
        av av ADP 10 case
        ersättaren ersättare NOUN 8 nmod {DEF}
        samt samt CCONJ 12 cc
        revisorn revisor NOUN 8 conj {DEF}
        av av ADP 16 case
        särskilt särskilt ADV 15 advmod
        utsedda utse ADJ 16 amod
        suppleanter suppleant NOUN 12 nmod {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert [s[0] for s in statements(doc)] == ["sekreterare", "ersättare", "suppleant"]


def test_coordinated_modifiers_of_an_agent_make_one_noun_phrase(nlp) -> None:
    """Round 51 (ax-C4, bq-C): ``granskas av revisorn eller annan kvalificerad och oberoende
    granskare``, ``tecknas av direktören samt av den eller de tjänstemän som …``: a
    coordinator between two modifiers of the agent's head (``den`` tagged a pronoun too)
    joins them inside the second agent's noun phrase; ``den eller dem som …`` with no noun
    names no second agent."""
    doc = parsed(
        nlp,
        f"""
        Räkenskaperna räkenskaper NOUN 2 nsubj:pass {DEF_PL}
        granskas granska VERB 0 ROOT {PASS}
        av av ADP 4 case
        revisorn revisor NOUN 2 obl:agent {DEF}
        eller eller CCONJ 6 cc
        annan annan ADJ 4 conj {IND}
        kvalificerad kvalificera NOUN 2 punct {IND}
        och och CCONJ 10 cc
        oberoende oberoende ADJ 10 amod
        granskare granskare NOUN 7 conj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("revisor", "none", "granska", False, True),
        ("granskare", "none", "granska", False, True),
    ]
    doc = parsed(
        nlp,
        f"""
        Avtal avtal NOUN 2 nsubj:pass {IND_PL}
        tecknas teckna VERB 0 ROOT {PASS}
        av av ADP 4 case
        direktören direktör NOUN 2 obl:agent {DEF}
        samt samt CCONJ 9 cc
        av av ADP 7 case
        den den PRON 9 obl Definite=Def|PronType=Prs
        eller eller CCONJ 9 cc
        de de DET 10 det Definite=Def|Number=Plur|PronType=Art
        tjänstemän tjänsteman NOUN 2 conj {IND_PL}
        som som PRON 13 nsubj
        direktören direktör NOUN 13 nsubj {DEF}
        utser utse VERB 10 acl:relcl {PRES}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("direktör", "none", "teckna", False, True),
        ("tjänsteman", "none", "teckna", False, True),
    ]
    doc = parsed(
        nlp,
        f"""
        Avtal avtal NOUN 2 nsubj:pass {IND_PL}
        tecknas teckna VERB 0 ROOT {PASS}
        av av ADP 4 case
        direktören direktör NOUN 2 obl:agent {DEF}
        eller eller CCONJ 7 cc
        av av ADP 7 case
        den den PRON 2 obl Definite=Def|PronType=Prs
        eller eller CCONJ 9 cc
        dem de PRON 7 conj PronType=Prs
        som som PRON 12 nsubj
        styrelsen styrelse NOUN 12 nsubj {DEF}
        utser utse VERB 7 acl:relcl {PRES}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("direktör", "none", "teckna", False, True)]


def test_a_second_s_passive_without_an_agent_shares_the_first_ones(nlp) -> None:
    """Round 51 ruling k1: ``Planen utarbetas av kansliet och kommuniceras med nämnderna.``:
    the ``av``-agent right after the first of two coordinated s-passives is the second's too
    when the second names a partner or recipient actor and no ``av``; with its own (``och
    fastställs av styrelsen``) each keeps its own; with no actor after it (``och betalas ut
    kvartalsvis``) it shares nothing (round 30 B1, `test_finite_passive_with_agent_before_an_
    agentless_conjunct`)."""
    doc = parsed(
        nlp,
        f"""
        Planen plan NOUN 2 nsubj:pass {DEF}
        utarbetas utarbeta VERB 0 ROOT {PASS}
        av av ADP 4 case
        kansliet kansli NOUN 2 obl:agent {DEF}
        och och CCONJ 6 cc
        kommuniceras kommunicera VERB 2 conj {PASS}
        med med ADP 8 case
        nämnderna nämnd NOUN 6 obl {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("kansli", "none", "utarbeta", False, True),
        ("kansli", "none", "kommunicera", False, True),
    ]
    doc = parsed(
        nlp,
        f"""
        Planen plan NOUN 2 nsubj:pass {DEF}
        bereds bereda VERB 0 ROOT {PASS}
        av av ADP 4 case
        kansliet kansli NOUN 2 obl:agent {DEF}
        och och CCONJ 6 cc
        fastställs fastställa VERB 2 conj {PASS}
        av av ADP 8 case
        styrelsen styrelse NOUN 6 obl:agent {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("kansli", "none", "bereda", False, True),
        ("styrelse", "none", "fastställa", False, True),
    ]


@pytest.mark.parametrize(
    ("subject", "first", "agent", "second", "adverb", "preposition", "place", "lemmas"),
    [
        ("Förslaget", "bereds", "kansliet", "behandlas", "sedan", "i", "styrelsen",
         ("bereda", "kansli")),
        ("Ärendet", "utreds", "förvaltningen", "avgörs", "slutligen", "inom", "nämnden",
         ("utreda", "förvaltning")),
        ("Ärendet", "bereds", "förvaltningen", "handläggs", "därefter", "hos", "nämnden",
         ("bereda", "förvaltning")),
        # invented: the act done at a body's meeting place
        ("Yttrandet", "skrivs", "sekreteraren", "prövas", "sedan", "vid", "nämnden",
         ("skriva", "sekreterare")),
    ],
)
def test_a_second_passive_done_in_a_body_shares_no_agent(
    nlp, subject, first, agent, second, adverb, preposition, place, lemmas
) -> None:
    """Review 51b must-fix 1: ``Förslaget bereds av kansliet och behandlas sedan i
    styrelsen.``: an actor after a preposition that is no partner's or recipient's (``i``,
    ``inom``, ``hos``, ``vid``) names the body that does the second act, no hand-over
    partner (ruling k1): the second passive shares no agent and gives no statement."""
    doc = parsed(
        nlp,
        f"""
        {subject} x NOUN 2 nsubj:pass {DEF}
        {first} {lemmas[0]} VERB 0 ROOT {PASS}
        av av ADP 4 case
        {agent} {lemmas[1]} NOUN 2 obl:agent {DEF}
        och och CCONJ 6 cc
        {second} y VERB 2 conj {PASS}
        {adverb} {adverb} ADV 6 advmod
        {preposition} {preposition} ADP 9 case
        {place} z NOUN 6 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert [s[2] for s in statements(doc)] == [lemmas[0]]


def test_a_second_passive_past_a_non_actor_noun_shares_no_agent(nlp) -> None:
    """Review 51b must-fix 1 (invented): ``Yttrandet skrivs av sekreteraren och prövas vid
    sammanträdet med styrelsen.``: the second passive's first noun is no actor
    (``sammanträdet``), so the actor after it is no hand-over partner of the verb."""
    doc = parsed(
        nlp,
        f"""
        Yttrandet yttrande NOUN 2 nsubj:pass {DEF}
        skrivs skriva VERB 0 ROOT {PASS}
        av av ADP 4 case
        sekreteraren sekreterare NOUN 2 obl:agent {DEF}
        och och CCONJ 6 cc
        prövas pröva VERB 2 conj {PASS}
        vid vid ADP 8 case
        sammanträdet sammanträde NOUN 6 obl {DEF}
        med med ADP 10 case
        styrelsen styrelse NOUN 8 nmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("sekreterare", "none", "skriva", False, True)]


def test_a_passive_conjunct_after_a_postposed_clause_returns_to_the_main_clause(nlp) -> None:
    """Round 51 (bq-D): ``Mötet ska hållas när revisorerna begär det och kallas av
    ordföranden.``: an s-passive after ``och`` with no subject of its own, conjoined by the
    parser to the main clause's passive, ends the ``när``-clause and shares the main clause's
    modal; an active conjunct (``och anger skäl``) stays in the subordinate clause."""
    rows = f"""
        Mötet möte NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        hållas hålla VERB 0 ROOT {INF_PASS}
        när när SCONJ 6 mark
        revisorerna revisor NOUN 6 nsubj {DEF_PL}
        begär begära VERB 3 advcl {PRES}
        det den PRON 6 obj
        och och CCONJ 9 cc
        """
    doc = parsed(
        nlp,
        rows.rstrip()
        + f"""
        kallas kalla VERB 3 conj {PASS}
        av av ADP 11 case
        ordföranden ordförande NOUN 9 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        (None, "obligation", "hålla", False, True),
        ("ordförande", "obligation", "kalla", False, True),
    ]
    doc = parsed(
        nlp,
        rows.rstrip()
        + f"""
        anger ange VERB 6 conj {PRES}
        skäl skäl NOUN 9 obj {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "hålla", False, True)]


def test_an_agent_coordinated_without_av_has_the_passives_subject_as_object(nlp) -> None:
    """Review 51b (invented): ``Rapporten granskas av nämnden och samtliga bolag.``: an
    agent coordinated to the ``av``-agent, no ``av`` of its own, is an agent of the same
    passive, so its statement's object is the passive's subject (``Rapporten``) like the
    first agent's, never the words after the aim."""
    doc = parsed(
        nlp,
        f"""
        Rapporten rapport NOUN 2 nsubj:pass {DEF}
        granskas granska VERB 0 ROOT {PASS}
        av av ADP 4 case
        nämnden nämnd NOUN 2 obl:agent {DEF}
        och och CCONJ 7 cc
        samtliga samtlig ADJ 7 amod
        bolag bolag NOUN 4 conj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    found = [
        (s.actor.canonical, doc.text[s.object_span[0] : s.object_span[1]])
        for sentence in doc.sents
        for s in find(sentence, doc._.actors)
    ]
    assert found == [("nämnd", "Rapporten"), ("bolag", "Rapporten")]


def test_a_non_actor_av_phrase_hung_on_i_detta_is_the_agent(nlp) -> None:
    """Round 52 (bh C3; §5.2 round 14): ``Projektledarna ansvarar för planeringen och stöds
    i detta av ett ärendesystem``: a demonstrative pronoun takes no ``av``-attribute, so the
    ``av``-phrase the parser hangs on ``detta`` is the passive's agent; it names no actor,
    so the passive makes no statement and its subject is no actor of it. An actor there is
    the agent (``och stöds i detta av skolchefen``)."""
    rows = f"""
        Projektledarna projektledare NOUN 2 nsubj {DEF_PL}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 4 case
        planeringen planering NOUN 2 obl {DEF}
        och och CCONJ 6 cc
        stöds stödja VERB 2 conj {PASS}
        i i ADP 8 case
        detta denna PRON 6 obl Definite=Def|Gender=Neut|Number=Sing|PronType=Dem
        av av ADP 10 case
        ärendesystem ärendesystem NOUN 8 nmod {IND}
        . . PUNCT 2 punct
        """
    assert statements(parsed(nlp, rows)) == [
        ("projektledare", "responsibility", "ansvara", False, False)
    ]
    actor = rows.replace("ärendesystem ärendesystem NOUN 8 nmod " + IND,
                         "skolchefen skolchef NOUN 8 nmod " + DEF)
    assert statements(parsed(nlp, actor)) == [
        ("projektledare", "responsibility", "ansvara", False, False),
        ("skolchef", "none", "stödja", False, True),
    ]


def test_an_owned_agent_keeps_the_av_phrase_coordinated_to_it(nlp) -> None:
    """Round 53 (cb-P6): ``Tillsynen utövas av förbundets direktion och av länsstyrelsen.``: the
    agent is the head a genitive right after ``av`` owns; the second ``av``-phrase is an
    agent too. ``av praktiska skäl`` after the coordinator names none."""
    doc = parsed(
        nlp,
        f"""
        Tillsynen tillsyn NOUN 2 nsubj:pass {DEF}
        utövas utöva VERB 0 ROOT {PASS}
        av av ADP 5 case
        förbundets förbund NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Sing
        direktion direktion NOUN 2 obl:agent {IND}
        och och CCONJ 8 cc
        av av ADP 8 case
        länsstyrelsen länsstyrelse NOUN 5 conj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("direktion", "none", "utöva", False, True),
        ("länsstyrelse", "none", "utöva", False, True),
    ]


def test_an_acronym_gloss_after_an_agent_leaves_the_coordinated_agent(nlp) -> None:
    """Round 54 (w54g): ``av kommunstyrelsen (KS) och tekniska nämnden (TN)``: an acronym in
    parentheses right after an agent glosses it; the conjunct after it is an agent too."""
    rows = f"""
    Frågan fråga NOUN 2 nsubj:pass {DEF}
    bereds bereda VERB 0 ROOT {PASS}
    av av ADP 4 case
    kommunstyrelsen kommunstyrelse NOUN 2 obl:agent {DEF}
    ( ( PUNCT 6 punct
    KS KS PROPN 4 appos
    ) ) PUNCT 6 punct
    och och CCONJ 10 cc
    tekniska teknisk ADJ 10 amod
    nämnden nämnd NOUN 4 conj {DEF}
    ( ( PUNCT 12 punct
    TN TN PROPN 10 appos
    ) ) PUNCT 12 punct
    . . PUNCT 2 punct
    """
    assert [s[0] for s in statements(parsed(nlp, rows))] == ["kommunstyrelse", "teknisk nämnd"]
    pair = f"""
    Ärendet ärende NOUN 2 nsubj:pass {DEF}
    avgörs avgöra VERB 0 ROOT {PASS}
    av av ADP 4 case
    arbetsutskottet arbetsutskott NOUN 2 obl:agent {DEF}
    ( ( PUNCT 7 punct
    KS KS PROPN 7 compound
    AU AU PROPN 4 appos
    ) ) PUNCT 7 punct
    eller eller CCONJ 11 cc
    av av ADP 11 case
    ordföranden ordförande NOUN 4 conj {DEF}
    . . PUNCT 2 punct
    """
    assert [s[0] for s in statements(parsed(nlp, pair))] == ["arbetsutskott", "ordförande"]

def test_party_letters_in_parentheses_leave_the_agent_coordination_whole(nlp) -> None:
    """Round 54 (ce-C2): a one-word abbreviation in parentheses after each conjunct (a
    party's letter) belongs to it; the series of agents goes on past it (the parser hangs the
    next party under the letter)."""
    doc = parsed(
        nlp,
        f"""
        Oppositionen opposition NOUN 2 nsubj:pass {DEF}
        leds leda VERB 0 ROOT {PASS}
        av av ADP 4 case
        Moderaterna Moderaterna PROPN 2 obl:agent
        ( ( PUNCT 6 punct
        M M PROPN 4 appos
        ) ) PUNCT 6 punct
        , , PUNCT 9 punct
        Liberalerna Liberalerna PROPN 6 conj
        ( ( PUNCT 11 punct
        L L PROPN 9 appos
        ) ) PUNCT 11 punct
        och och CCONJ 14 cc
        Kristdemokraterna Kristdemokraterna PROPN 11 conj
        ( ( PUNCT 16 punct
        KD KD PROPN 14 appos
        ) ) PUNCT 16 punct
        . . PUNCT 2 punct
    """,
    )
    assert [s[0] for s in statements(doc)] == ["moderaterna", "liberalerna", "kristdemokraterna"]


def test_a_body_acronym_in_parentheses_before_och_av_keeps_the_second_agent(nlp) -> None:
    """Round 54 (ce-C2): `av miljöenheten (ME) och av byggenheten` — the acronym of the
    first agent does not end the series."""
    doc = parsed(
        nlp,
        f"""
        Ärendet ärende NOUN 2 nsubj:pass {DEF}
        bereds bereda VERB 0 ROOT {PASS}
        av av ADP 4 case
        miljöenheten miljöenhet NOUN 2 obl:agent {DEF}
        ( ( PUNCT 6 punct
        ME ME PROPN 4 appos
        ) ) PUNCT 6 punct
        och och CCONJ 10 cc
        av av ADP 10 case
        byggenheten byggenhet NOUN 4 conj {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert [s[0] for s in statements(doc)] == ["miljöenhet", "byggenhet"]


def test_a_bracketed_reference_after_the_agent_still_ends_the_series(nlp) -> None:
    """Round 54 (ce-C2 negative): `av nämnden (jfr 6 kap.) och delges sökanden` — bracketed
    matter that is no abbreviation stops the coordination as before."""
    doc = parsed(
        nlp,
        f"""
        Beslutet beslut NOUN 2 nsubj:pass {DEF}
        fattas fatta VERB 0 ROOT {PASS}
        av av ADP 4 case
        nämnden nämnd NOUN 2 obl:agent {DEF}
        ( ( PUNCT 8 punct
        jfr jämför VERB 8 advmod
        6 6 NUM 8 nummod
        kap. kapitel NOUN 4 appos
        ) ) PUNCT 8 punct
        och och CCONJ 11 cc
        delges delge VERB 2 conj {PASS}
        sökanden sökande NOUN 11 obj {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert [s[0] for s in statements(doc)] == ["nämnd"]


def test_a_prefield_subjects_prepositional_attribute_stays_in_the_object(nlp) -> None:
    """Newuser54b fault 8 (invented): ``Underlag till budgeten tas fram av nämnden.``: the
    prepositional phrase between the prefield subject and the verb modifies the subject (V2)
    though the parser hung it on the verb, so the passive's object is ``Underlag till
    budgeten``; negative: a condition opener there (``enligt planen``) stays outside it."""
    rows = f"""
        Underlag underlag NOUN 4 nsubj:pass {IND}
        till till ADP 3 case
        budgeten budget NOUN 4 nmod {DEF}
        tas ta VERB 0 ROOT {PASS}
        fram fram ADV 4 compound:prt
        av av ADP 7 case
        nämnden nämnd NOUN 4 obl:agent {DEF}
        . . PUNCT 4 punct
        """
    doc = parsed(nlp, rows)
    [statement] = find(doc[:], doc._.actors)
    assert statement.actor.canonical == "nämnd"
    assert doc.text[slice(*statement.object_span)] == "Underlag till budgeten"
    planned = parsed(nlp, rows.replace("till till ADP", "enligt enligt ADP"))
    [statement] = find(planned[:], planned._.actors)
    span = statement.object_span
    assert span is None or "enligt" not in planned.text[slice(*span)]


def test_the_agent_behind_a_fraction_noun_and_its_partitive(nlp) -> None:
    """Round 54 (analysis 54-cf H): ``Beslut om ändring fattas av minst två tredjedelar av
    ledamöterna.``: the passive's ``av`` opens a fraction noun (`quantity_nouns`) with its
    own partitive ``av``: the actor of the partitive is the agent."""
    doc = parsed(
        nlp,
        f"""
        Beslut beslut NOUN 4 nsubj {IND}
        om om ADP 3 case
        ändring ändring NOUN 1 nmod {IND}
        fattas fatta VERB 0 ROOT {PASS}
        av av ADP 8 case
        minst lite ADV 8 amod
        två två NUM 8 nummod
        tredjedelar tredjedel NOUN 4 obl {IND_PL}
        av av ADP 10 case
        ledamöterna ledamot NOUN 8 nmod {DEF_PL}
        . . PUNCT 4 punct
        """,
    )
    assert [(s[0], s[1], s[2]) for s in statements(doc)] == [("ledamot", "none", "fatta")]


def test_a_later_passive_clauses_coordinated_subject_is_no_agent_of_the_earlier(nlp) -> None:
    # round 54 (w54j N4): `N1 väljs av A, N2 och N3 väljs av B`: the agent series of the first
    # passive stops at the comma; `två revisorer och två ersättare` open the second clause
    doc = parsed(
        nlp,
        f"""
        Tre tre NUM 2 nummod
        revisorer revisor NOUN 6 nsubj:pass {IND_PL}
        och och CCONJ 5 cc
        tre tre NUM 5 nummod
        ersättare ersättare NOUN 2 conj {IND_PL}
        väljs välja VERB 15 nsubj:pass {PASS_FIN}
        av av ADP 8 case
        stämman stämma NOUN 6 nmod {DEF}
        , , PUNCT 11 punct
        två två NUM 11 nummod
        revisorer revisor NOUN 15 nsubj:pass {IND_PL}
        och och CCONJ 14 cc
        två två NUM 14 nummod
        ersättare ersättare NOUN 11 conj {IND_PL}
        väljs välja VERB 0 ROOT {PASS_FIN}
        av av ADP 17 case
        regionen region NOUN 15 obl:agent {DEF}
        . . PUNCT 15 punct
    """,
    )
    assert statements(doc) == [
        ("stämma", "none", "välja", False, True),
        ("region", "none", "välja", False, True),
    ]


@pytest.mark.parametrize(
    "count",
    [("tre tre NUM 6 nummod",), ("cirka cirka ADV 6 advmod", "30 30 NUM 6 nummod")],
)
def test_an_owned_agent_after_a_numeral_is_the_agent_not_its_owner(nlp, count) -> None:
    """Round 55 (analysis 55-ci A1): ``Tillsynen sköts av regionens tre nämnder.``, the
    parser making the owner's genitive the ``obl:agent`` and leaving the counted noun outside
    the phrase: the owned actor past the numeral (and its degree adverb) is the agent, the
    owner none; negative: ``regionens ordförande`` is one span and stays the agent."""
    head = 4 + len(count)
    rows = "\n".join(
        [
            f"Tillsynen tillsyn NOUN 2 nsubj:pass {DEF}",
            f"sköts sköta VERB 0 ROOT {PASS}",
            "av av ADP 4 case",
            "regionens region NOUN 2 obl:agent Case=Gen|Definite=Def|Number=Sing",
            *(row.replace(" 6 ", f" {head} ") for row in count),
            f"nämnder nämnd NOUN 2 obl {IND_PL}",
            ". . PUNCT 2 punct",
        ]
    )
    assert statements(parsed(nlp, rows)) == [("nämnd", "none", "sköta", False, True)]


@pytest.mark.parametrize(
    "chair", [("ordföranden", DEF), ("vice ordföranden", DEF), ("en ordförande", IND)]
)
def test_av_after_an_inverted_person_noun_in_ande_is_the_agent(nlp, chair) -> None:
    """Round 55 (w55g, tag55 §3): ``Enligt reglementet utses ordföranden av nämnden``: a noun
    in ``-ande`` of common gender names a person (``en ordförande``), no action (the
    nominalisation is neuter: ``ett hörande``), so the ``av``-phrase the parser hangs on the
    inverted subject is the passive's agent, not the noun's complement."""
    words, morph = chair
    *before, noun = words.split()
    rows = "".join(
        f"{word} {word} {'DET' if word == 'en' else 'ADJ'} {len(before) + 4} "
        f"{'det' if word == 'en' else 'amod'}\n        "
        for word in before
    )
    head = len(before) + 4
    doc = parsed(
        nlp,
        f"""
        Enligt enligt ADP 2 case
        reglementet reglemente NOUN 3 obl {DEF}
        utses utse VERB 0 ROOT {PASS}
        {rows}{noun} ordförande NOUN 3 nsubj:pass {morph}|Gender=Com
        av av ADP {head + 2} case
        nämnden nämnd NOUN {head} nmod {DEF}|Gender=Com
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "utse", False, True)]


def test_av_after_a_neuter_nominalisation_tagged_a_participle_is_no_agent(nlp) -> None:
    """Round 55 (w55g): ``Ärendet avgörs efter hörande av nämnden``: a nominalisation in
    ``-ande`` the tagger reads as a participle (its lemma the verb's, ``höra``, a stem of
    three letters) is a noun of action by its spelling; its ``av``-phrase completes it, so the
    passive is agentless and makes no statement (a non-actor subject, no cue)."""
    doc = parsed(
        nlp,
        f"""
        Ärendet ärende NOUN 2 nsubj:pass {DEF}|Gender=Neut
        avgörs avgöra VERB 0 ROOT {PASS}
        efter efter ADP 4 case
        hörande höra NOUN 2 obl:agent {IND}|Gender=Neut
        av av ADP 6 case
        nämnden nämnd NOUN 4 nmod {DEF}|Gender=Com
        . . PUNCT 2 punct
        """,
    )
    doc[3].tag_ = "PC|PRS|UTR/NEU|SIN/PLU|IND/DEF|NOM"
    assert statements(doc) == []


def _topics_after_passive(noun_row: str) -> str:
    """``Reglerna anger hur motioner, frågor och skrivelser bereds i utskottet och <action
    noun> av ersättare.``: an indirect question with a comma series subject."""
    return f"""
        Reglerna regel NOUN 2 nsubj {DEF_PL}
        anger ange VERB 0 ROOT {PRES}
        hur hur ADV 9 advmod _
        motioner motion NOUN 9 nsubj:pass {IND_PL}
        , , PUNCT 6 punct _
        frågor fråga NOUN 4 conj {IND_PL}
        och och CCONJ 8 cc _
        skrivelser skrivelse NOUN 4 conj {IND_PL}
        bereds bereda VERB 2 ccomp {PASS}
        i i ADP 11 case _
        utskottet utskott NOUN 9 obl {DEF}
        och och CCONJ 13 cc _
        {noun_row}
        av av ADP 15 case _
        ersättare ersättare NOUN 13 nmod {IND_PL}
        . . PUNCT 2 punct _
        """


@pytest.mark.parametrize(
    "noun_row",
    [
        "tillsättande tillsätta ADJ 9 conj Degree=Pos",
        "inkallande inkalla NOUN 11 conj Case=Nom|Definite=Ind|Number=Sing",
    ],
)
def test_action_noun_coordinated_after_a_passives_phrase_owns_its_av_phrase(
    nlp, noun_row
) -> None:
    """Round 55 (analysis 55b-ch R4): an indefinite noun spelled as a nominalisation (its
    lemma the verb, whatever its tag) that a coordinator joins to the prepositional phrase
    right after the passive is a second topic: its ``av``-phrase completes it, no agent."""
    doc = parsed(nlp, _topics_after_passive(noun_row))
    assert statements(doc) == []


def test_finite_passive_after_the_phrase_and_coordinator_keeps_its_agent(nlp) -> None:
    """Round 55, ch-R4 bound: ``Ärendena bereds i utskottet och avgörs av nämnden``: a finite
    passive after ``och`` has its own ``av``-agent."""
    doc = parsed(
        nlp,
        f"""
        Ärendena ärende NOUN 2 nsubj:pass {DEF_PL}
        bereds bereda VERB 0 ROOT {PASS}
        i i ADP 4 case _
        utskottet utskott NOUN 2 obl {DEF}
        och och CCONJ 6 cc _
        avgörs avgöra VERB 2 conj {PASS}
        av av ADP 8 case _
        nämnden nämnd NOUN 6 obl:agent {DEF}
        . . PUNCT 2 punct _
        """,
    )
    assert statements(doc) == [("nämnd", "none", "avgöra", False, True)]


def test_a_personal_name_then_comma_and_role_makes_the_role_the_agent(nlp) -> None:
    """Round 56 (analysis 56-cl C5): ``samordnas av Lena Holm, ekonomichef i …``: the
    passive's ``av`` + a personal name no actor covers + a comma + a role: the role is the
    agent, whether the parser hangs the name as the agent or the role as ``xcomp``. A name
    series without a role states no agent."""
    rows = f"""
        Arbetet arbete NOUN 2 nsubj:pass {DEF}
        samordnas samordna VERB 0 ROOT {PASS}
        av av ADP 4 case
        Lena Lena PROPN 5 nmod
        Holm Holm PROPN 2 nsubj:pass
        , , PUNCT 7 punct
        ekonomichef ekonomichef NOUN 2 xcomp {IND}
        i i ADP 9 case
        förvaltningen förvaltning NOUN 7 obl {DEF}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, rows)) == [("ekonomichef", "none", "samordna", False, True)]
    agent_parse = rows.replace("Lena Lena PROPN 5 nmod", "Lena Lena PROPN 2 obl:agent").replace(
        "Holm Holm PROPN 2 nsubj:pass", "Holm Holm PROPN 4 flat:name").replace(
        "ekonomichef ekonomichef NOUN 2 xcomp", "ekonomichef ekonomichef NOUN 4 appos")
    assert statements(parsed(nlp, agent_parse)) == [
        ("ekonomichef", "none", "samordna", False, True)]
    series = f"""
        Arbetet arbete NOUN 2 nsubj:pass {DEF}
        samordnas samordna VERB 0 ROOT {PASS}
        av av ADP 4 case
        Lena Lena PROPN 2 obl:agent
        Holm Holm PROPN 4 flat:name
        , , PUNCT 7 punct
        Per Per PROPN 4 conj
        Ek Ek PROPN 7 flat:name
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, series)) == []


def test_coordinated_titled_names_after_av_are_each_an_agent(nlp) -> None:
    """Review 56b (S12): ``Avtalet undertecknas av Anna Svensson, ordförande, och Per Ek,
    sekreterare``: after a titled name's role a coordinator and another titled name add its
    role as a further agent (the parser's links as the shipped model gives them)."""
    rows = """
        Avtalet avtal NOUN 2 nsubj:pass Case=Nom|Definite=Def|Gender=Neut|Number=Sing
        undertecknas underteckna NOUN 0 ROOT Case=Gen|Definite=Def|Gender=Com|Number=Plur
        av av ADP 4 case
        Anna Anna PROPN 2 nmod Case=Nom
        Svensson Svensson PROPN 4 flat:name Case=Nom
        , , PUNCT 7 punct
        ordförande ordförande NOUN 4 conj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
        , , PUNCT 10 punct
        och och CCONJ 10 cc
        Per Per PROPN 2 conj Case=Nom
        Ek eka PROPN 10 nsubj Case=Nom
        , , PUNCT 13 punct
        sekreterare sekreterare NOUN 10 conj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, rows)) == [
        ("ordförande", "none", "underteckna", False, True),
        ("sekreterare", "none", "underteckna", False, True),
    ]


INF_PASS_ = "VerbForm=Inf|Voice=Pass"


def test_agent_series_stops_before_a_subject_with_a_prepositional_attribute(nlp) -> None:
    """Round 57 (analysis57-co C3): ``… av direktionen och ombud i de berörda förbunden ska
    väljas``: a conjunct whose prepositional attribute is followed by a modal or finite verb
    opens the next clause (the shipped parse hangs ``väljas`` on ``godkännas``); the next
    clause's agentless passive keeps its implicit actor. With no verb after the attribute
    (``av nämnden och styrelsen i april``) both conjuncts are agents."""
    doc = parsed(
        nlp,
        f"""
        Planen plan NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        godkännas godkänna VERB 0 ROOT {INF_PASS_}
        av av ADP 5 case
        direktionen direktion NOUN 3 obl {DEF}
        och och CCONJ 7 cc
        ombud ombud NOUN 5 conj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
        i i ADP 11 case
        de de DET 11 det Definite=Def|Number=Plur|PronType=Art
        berörda berörd ADJ 11 amod Case=Nom|Definite=Def|Degree=Pos|Tense=Past|VerbForm=Part
        förbunden förbund NOUN 7 nmod {DEF}
        ska skola AUX 13 aux {MODAL}
        väljas välja VERB 3 conj {INF_PASS_}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("direktion", "obligation", "godkänna", False, True),
        (None, "obligation", "välja", False, True),
    ]
    doc = parsed(
        nlp,
        f"""
        Taxan taxa NOUN 2 nsubj:pass {DEF}
        beslutas besluta VERB 0 ROOT {PASS}
        av av ADP 4 case
        kommunfullmäktige kommunfullmäktig NOUN 2 obl {IND_PL}
        och och CCONJ 6 cc
        ledamöter ledamot NOUN 4 conj {IND_PL}
        för för ADP 10 case
        varje varje DET 9 det Definite=Ind|Number=Sing|PronType=Tot
        distrikt distrikt NOUN 10 amod {IND}
        utses utse VERB 6 nmod {PASS}
        av av ADP 12 case
        kommunstyrelsen kommunstyrelse NOUN 10 nmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("kommunfullmäktige", "none", "besluta", False, True),
        ("kommunstyrelse", "none", "utse", False, True),
    ]
    doc = parsed(
        nlp,
        f"""
        Budgeten budget NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        fastställas fastställa VERB 0 ROOT {INF_PASS_}
        av av ADP 5 case
        nämnden nämnd NOUN 3 obl {DEF}
        och och CCONJ 7 cc
        styrelsen styrelse NOUN 5 conj {DEF}
        i i ADP 9 case
        april april NOUN 7 nmod {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "obligation", "fastställa", False, True),
        ("styrelse", "obligation", "fastställa", False, True),
    ]


def test_a_distributive_phrase_after_the_passive_av_is_the_agent(nlp) -> None:
    """gen57 B: ``Avtalet kan sägas upp av var och en av förbunden``: a distributive
    partitive after the passive's ``av`` names the agent, the group it picks from; `kan` +
    s-passive with an actor agent states no permission (docs/annotation.md §5, round 3)."""
    rows = """
    Avtalet avtal NOUN 3 nsubj:pass Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    kan kunna AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    sägas säga VERB 0 ROOT VerbForm=Inf|Voice=Pass
    upp upp ADV 3 compound:prt
    av av ADP 6 case
    var var PRON 3 obl Definite=Ind|Gender=Com|Number=Sing|PronType=Tot
    och och CCONJ 8 cc
    en man PRON 6 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 10 case
    förbunden förbund NOUN 8 nmod Case=Nom|Definite=Def|Gender=Com|Number=Sing
    med med ADP 14 case
    sex sex NUM 13 nummod Case=Nom|NumType=Card
    månaders månad NOUN 14 nmod:poss Case=Gen|Definite=Ind|Gender=Neut|Number=Plur
    varsel varsla NOUN 6 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    . . PUNCT 3 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [("förbund", "none", "säga")]


def test_a_fronted_sedan_year_after_men_opens_a_main_clause_with_an_agent_passive(nlp) -> None:
    """gen57 E: ``Nämnden har nio ledamöter, men sedan 2024 utses ordföranden av
    kommunfullmäktige``: ``sedan`` + a time phrase after a clause coordinator is a fronted
    adverbial (V2), as at the sentence start, no subordinate clause: the `-s` passive's
    ``av``-agent acts."""
    rows = """
    Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    nio nio NUM 4 nummod Case=Nom
    ledamöter ledamot NOUN 2 obj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    , , PUNCT 9 punct
    men men CCONJ 9 cc
    sedan sedan ADV 8 advmod
    2024 2024 NUM 9 obl Case=Nom
    utses utse VERB 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
    ordföranden ordförande NOUN 9 nsubj:pass Case=Nom|Definite=Def|Gender=Com|Number=Sing
    av av ADP 12 case
    kommunfullmäktige kommunfullmäktig NOUN 9 obl Case=Nom|Definite=Def|Gender=Com|Number=Plur
    . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("nämnd", "none", "ha"),
        ("kommunfullmäktige", "none", "utse"),
    ]


def test_support_verb_noun_keeps_the_passive_agent(nlp) -> None:
    """w58a E/F: ``Under hösten fattas beslut av styrelsen``: the noun a support verb makes an
    act of (configs/grammar.yaml `support_verb_phrases`: ``fatta beslut``), inverted right
    after its s-passive, is the subject, and the ``av``-phrase after it the agent. Another
    verb's postponed noun of action keeps its ``av``-phrase (``Till ansökan ska fogas intyg
    av kommunerna``: no agent, round 49)."""
    rows = """
    Under under ADP 2 case
    hösten höst NOUN 3 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    fattas fattas VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    beslut beslut NOUN 3 nsubj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    av av ADP 6 case
    styrelsen styrelse NOUN 3 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    . . PUNCT 3 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [("styrelse", "none", "fatta")]
    # the parser may hang the article-less role's phrase on the noun
    hung = """
    Under under ADP 2 case
    hösten höst NOUN 3 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    fattas fattas VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    beslut beslut NOUN 3 nsubj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    av av ADP 7 case
    ansvarig ansvarig ADJ 7 amod Case=Nom|Definite=Ind|Degree=Pos|Gender=Com|Number=Sing
    chef chef NOUN 4 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    . . PUNCT 3 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, hung))] == [("chef", "none", "fatta")]
    negative = """
    Till till ADP 2 case
    ansökan ansökan NOUN 4 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    ska skola AUX 4 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    fogas foga VERB 0 ROOT VerbForm=Inf|Voice=Pass
    intyg intyga VERB 4 xcomp VerbForm=Inf|Voice=Act
    av av ADP 7 case
    kommunerna kommun NOUN 4 obl Case=Nom|Definite=Def|Gender=Com|Number=Plur
    . . PUNCT 4 punct
    """
    assert statements(parsed(nlp, negative)) == []


def test_arende_is_no_nominalisation_before_an_agent(nlp) -> None:
    """w58a F: ``Under semestern sköts ärendena av ställföreträdande förvaltningschef``:
    `ärende` (configs/grammar.yaml `lexical_suffix_nouns`) is no `-ende` nominalisation, so the
    article-less role after ``av`` is the passive's agent; after a noun of action it stays
    that noun's object (``Därefter hålls valet av en kassör``: no agent)."""
    rows = """
    Under under ADP 2 case
    semestern semester NOUN 3 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    sköts sköte VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
    ärendena ärende NOUN 3 nsubj:pass Case=Nom|Definite=Def|Gender=Neut|Number=Plur
    av av ADP 7 case
    ställföreträdande ställföreträdande ADJ 7 amod Case=Nom|Degree=Pos|Tense=Pres|VerbForm=Part
    förvaltningschef förvaltningschef NOUN 4 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    . . PUNCT 3 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("ställföreträdande förvaltningschef", "none", "sköta")
    ]
    negative = """
    Därefter därefter ADV 2 advmod
    hålls hållas NOUN 0 ROOT Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    valet val NOUN 2 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    av av ADP 6 case
    en en DET 6 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
    kassör kassör NOUN 3 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, negative)) == []


def test_series_of_titles_before_names_as_agents(nlp) -> None:
    """w58a H: ``Protokollet justeras av ordförande Per Holm och vice ordförande Eva Ek``: a
    coordinated title before a personal name after an agent's title and name is a further
    agent (the names no actors, docs/annotation.md §2.6); as objects the titles are part of
    the names (``Styrelsen utsåg i mars kanslichef Eva Ek och ekonomichef Lars Ek``)."""
    rows = """
    Protokollet protokoll NOUN 2 nsubj:pass Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    justeras justera VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
    av av ADP 4 case
    ordförande ordförande NOUN 2 obl:agent Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    Per Per ADP 6 case
    Holm holme PROPN 2 obl Case=Nom
    och och CCONJ 8 cc
    vice vice NOUN 10 cc ExtPos=ADV
    ordförande ordförande NOUN 8 fixed Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    Eva Eva VERB 2 conj Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
    Ek eka PROPN 10 nsubj Case=Nom
    . . PUNCT 2 punct
    """
    doc = parsed(nlp, rows)
    assert [m.text for m in doc._.actors] == ["ordförande", "vice ordförande"]
    assert [s[:3] for s in statements(doc)] == [
        ("ordförande", "none", "justera"),
        ("vice ordförande", "none", "justera"),
    ]
    negative = """
    Styrelsen styrelse NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    utsåg utse VERB 6 nsubj:pass Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
    i i ADP 4 case
    mars mars NOUN 5 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    kanslichef kanslichef NOUN 2 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    Eva Eva VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
    Ek eka PROPN 6 flat:name Case=Nom
    och och CCONJ 9 cc
    ekonomichef ekonomichef NOUN 7 conj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    Lars Lars PROPN 6 nmod Case=Nom
    Ek eka PROPN 10 flat:name Case=Nom
    . . PUNCT 6 punct
    """
    doc = parsed(nlp, negative)
    assert [m.text for m in doc._.actors] == ["Styrelsen"]
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "utse")]
