"""Subjects (`pipeline.nlp.subjects`) on hand-parsed, invented sentences: presentational
verbs, expletive ``det``, indirect questions, series of subjects."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp import subjects
from pipeline.nlp.groups import find_verbs
from pipeline.nlp.subjects import (
    _has_noun_infinitive_cue,
    coordinated_actors,
    opens_item_question,
    partitive_quantity,
    subordinator_of,
)
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

FRONTED_PREPOSITION = """
I i ADP 2 case
nämnden nämnd NOUN 3 obl
sitter sitta VERB 0 ROOT VerbForm=Fin|Tense=Pres
ledamöterna ledamot NOUN 3 nsubj
. . PUNCT 3 punct
"""


MISPARSED_PREPOSITIONAL_SUBJECT = """
Utöver utöver ADP 2 case
lagen lag NOUN 3 obl
gäller gälla VERB 0 ROOT VerbForm=Fin|Tense=Pres
reglerna regel NOUN 3 obj
för för ADP 6 case
nämnden nämnd NOUN 3 nsubj
. . PUNCT 3 punct
"""


def verbs(doc) -> list[str]:
    return [v.text for v in find_verbs(doc[:], doc._.actors)]


PLUR_IND = "Case=Nom|Definite=Ind|Number=Plur"


def test_an_expletive_det_leaves_a_presentational_verb_without_actor(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Det det PRON 2 expl
        finns finnas VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        två två NUM 4 nummod
        revisorer revisor NOUN 2 nsubj
        i i ADP 6 case
        förbundet förbund NOUN 2 obl
        """,
    )
    assert statements(doc) == []
    inverted = """
    Därtill därtill ADV 4 advmod
    kan kunna AUX 4 aux VerbForm=Fin|Tense=Pres
    det det PRON 4 expl
    finnas finnas VERB 0 ROOT VerbForm=Inf
    revisorer revisor NOUN 4 nsubj
    """
    assert statements(parsed(nlp, inverted)) == []


def test_a_presentational_verb_takes_its_subject_after_the_verb_chain(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Under under ADP 3 case
        varje varje DET 3 det
        nämnd nämnd NOUN 4 obl
        finns finnas VERB 0 ROOT VerbForm=Fin|Tense=Pres
        en en DET 6 det
        förvaltning förvaltning NOUN 4 nsubj
        """,
    )
    assert statements(doc) == [("förvaltning", "none", "finnas", False, False)]
    modal = """
    Inom inom ADP 2 case
    styrelsen styrelse NOUN 4 obl
    ska ska AUX 4 aux VerbForm=Fin|Tense=Pres
    finnas finnas VERB 0 ROOT VerbForm=Inf
    ett en DET 6 det
    arbetsutskott arbetsutskott NOUN 4 nsubj
    """
    assert statements(parsed(nlp, modal)) == [
        ("arbetsutskott", "obligation", "finnas", False, False)
    ]


def test_som_after_an_interrogative_opens_an_indirect_question(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Styrelsen styrelse NOUN 2 nsubj
        beslutar besluta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        vilka vilken DET 4 det
        utskott utskott NOUN 7 nsubj
        som som PRON 7 nsubj
        ska ska AUX 7 aux VerbForm=Fin|Tense=Pres
        finnas finnas VERB 2 ccomp VerbForm=Inf
        """,
    )
    assert statements(doc) == [("styrelse", "none", "besluta", False, False)]


def test_a_series_of_inverted_subjects_closed_by_a_conjunction(nlp) -> None:
    doc = parsed(
        nlp,
        """
        I i ADP 2 case
        ledningsgruppen ledningsgrupp NOUN 3 obl
        ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres
        ekonomichefen ekonomichef NOUN 3 nsubj
        , , PUNCT 6 punct
        personalchefen personalchef NOUN 4 conj
        och och CCONJ 8 cc
        kanslichefen kanslichef NOUN 4 conj
        """,
    )
    assert [s[0] for s in statements(doc)] == ["ekonomichef", "personalchef", "kanslichef"]


def test_a_genitive_owner_inside_a_series_of_subjects(nlp) -> None:
    """Round 42 (analysis 42-ba cause 3): ``I gruppen ingår kassören, klubbens tränare och
    sekreteraren``: the genitive owns the role after it, the series goes on past it."""
    doc = parsed(
        nlp,
        """
        I i ADP 2 case
        gruppen grupp NOUN 3 obl
        ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres
        kassören kassör NOUN 3 nsubj
        , , PUNCT 7 punct
        klubbens klubb NOUN 7 nmod:poss Case=Gen
        tränare tränare NOUN 4 conj
        och och CCONJ 9 cc
        sekreteraren sekreterare NOUN 4 conj
        """,
    )
    assert [s[0] for s in statements(doc)] == ["kassör", "tränare", "sekreterare"]


def test_an_apposition_after_a_comma_is_no_conjoined_subject(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Utskottet utskott NOUN 6 nsubj
        , , PUNCT 3 punct
        nämnden nämnd NOUN 1 appos
        , , PUNCT 3 punct
        ska ska AUX 6 aux VerbForm=Fin|Tense=Pres
        rapportera rapportera VERB 0 ROOT VerbForm=Inf
        """,
    )
    assert [s[0] for s in statements(doc)] == ["utskott"]


def test_a_cleft_gives_its_focus_as_the_actor_of_the_som_clause(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Det det PRON 3 nsubj
        är vara AUX 3 cop VerbForm=Fin|Tense=Pres
        utskottet utskott NOUN 0 ROOT
        som som PRON 5 nsubj
        bereder bereda VERB 3 acl:relcl VerbForm=Fin|Tense=Pres
        ärendena ärende NOUN 5 obj
        """,
    )
    assert statements(doc) == [("utskott", "none", "bereda", False, False)]


def test_a_quantity_noun_before_a_postponed_subject(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Dessutom dessutom ADV 2 advmod
        finns finnas VERB 0 ROOT VerbForm=Fin|Tense=Pres
        ett en DET 4 det
        antal antal NOUN 2 nsubj
        beredningar beredning NOUN 4 nmod
        """,
    )
    assert statements(doc) == [("beredning", "none", "finnas", False, False)]


def test_a_spelled_numeral_before_a_postponed_subject_whatever_its_tag(nlp) -> None:
    """`sextiofem`, `fyrtiotvå` (grammar.yaml number_word_tens × units) are numerals before a
    presentational verb's late subject, also where the tagger makes them a verb (hanging the
    real verb on them as an auxiliary) or a preposition (round 49, analysis 49-br C11)."""
    as_verb = parsed(
        nlp,
        """
        Här här ADV 2 advmod
        sitter sitta AUX 4 aux VerbForm=Fin|Tense=Pres
        sextiofem sextiofem VERB 4 nmod
        ledamöter ledamot NOUN 0 ROOT
        """,
    )
    as_preposition = parsed(
        nlp,
        """
        Här här ADV 2 advmod
        ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres
        fyrtiotvå fyrtiotvå ADP 4 amod
        ersättare ersättare NOUN 2 obj
        """,
    )
    assert statements(as_verb) == [("ledamot", "none", "sitta", False, False)]
    assert statements(as_preposition) == [("ersättare", "none", "ingå", False, False)]


def test_a_subject_with_determiners_and_a_prepositional_attribute(nlp) -> None:
    doc = parsed(
        nlp,
        """
        De de DET 3 det
        tre tre NUM 3 nummod
        utskotten utskott NOUN 7 nsubj
        i i ADP 5 case
        regionen region NOUN 3 nmod
        är vara AUX 7 cop VerbForm=Fin|Tense=Pres
        beredande beredande ADJ 0 ROOT
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("utskott", "none", "vara")]


def test_a_two_word_subordinator_opens_a_subordinate_clause(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj
        beslutar besluta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        så så ADV 7 mark
        länge länge ADV 3 fixed
        handläggaren handläggare NOUN 7 nsubj
        inte inte PART 7 advmod
        beslutar besluta VERB 2 advcl VerbForm=Fin|Tense=Pres
        """,
    )
    assert statements(doc) == [("nämnd", "none", "besluta", False, False)]


def test_an_actor_after_a_definite_noun_head_is_no_subject(nlp) -> None:
    """``Antalet ombud kan …``: the actor complements a quantity noun, the subject is that
    noun; with a passive and a cue the statement has no actor (implicit)."""
    doc = parsed(
        nlp,
        """
        Antalet antal NOUN 2 nmod Definite=Def|Case=Nom
        ombud ombud NOUN 4 nsubj:pass
        får få AUX 4 aux VerbForm=Fin|Tense=Pres
        utökas utöka VERB 0 ROOT VerbForm=Inf|Voice=Pass
        . . PUNCT 4 punct
        """,
    )
    assert [s[0] for s in statements(doc)] == [None]


def test_a_possessor_of_a_passive_subject_is_not_its_agent(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Styrelsens styrelse NOUN 2 nmod:poss Case=Gen|Definite=Def
        arbete arbete NOUN 4 nsubj:pass
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        planeras planera VERB 0 ROOT VerbForm=Inf|Voice=Pass
        årligen årligen ADV 4 advmod
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "planera", False, True)]


def test_coordinated_actors_governed_by_a_fronted_preposition_are_no_subjects(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Under under ADP 2 case
        direktionen direktion NOUN 5 obl
        och och CCONJ 4 cc
        utskottet utskott NOUN 2 conj
        finns finnas VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        två två NUM 7 nummod
        beredningar beredning NOUN 5 nsubj
        . . PUNCT 5 punct
        """,
    )
    assert [s[0] for s in statements(doc)] == ["beredning"]


def test_an_actor_after_an_opening_case_marker_tagged_adverb_is_no_subject(nlp) -> None:
    """Round 41 (C5): ``Över [ADV] styrelsens möten ska föras protokoll``: the opening word
    governs the noun as its case marker, so the noun is a fronted adverbial; the modal
    passive is implicit."""
    doc = parsed(
        nlp,
        """
        Över över ADV 3 case
        styrelsens styrelse NOUN 3 nmod:poss
        möten möte NOUN 5 obl
        ska skola AUX 5 aux VerbForm=Fin|Tense=Pres
        föras föra VERB 0 ROOT VerbForm=Inf|Voice=Pass
        protokoll protokoll NOUN 5 nsubj:pass
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "föra", False, True)]
    actor = parsed(
        nlp,
        """
        Över över ADV 2 case
        nämnden nämnd NOUN 4 obl Definite=Def
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        föras föra VERB 0 ROOT VerbForm=Inf|Voice=Pass
        protokoll protokoll NOUN 4 nsubj:pass
        . . PUNCT 4 punct
        """,
    )
    assert statements(actor) == [(None, "obligation", "föra", False, True)]


def test_v2_after_a_fronted_dar_is_a_main_clause(nlp) -> None:
    """``Där ska X …``: the adverb-subordinator right before the finite verb is fronted."""
    doc = parsed(
        nlp,
        """
        Där där ADV 4 advmod
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        utskottet utskott NOUN 4 nsubj
        redovisa redovisa VERB 0 ROOT VerbForm=Inf
        resultatet resultat NOUN 4 obj
        . . PUNCT 4 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("utskott", "obligation", "redovisa")]
    subordinate = """
    Hallen hall NOUN 2 nsubj
    stängs stänga VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
    där där ADV 6 advmod
    utskottet utskott NOUN 6 nsubj
    ska skola AUX 6 aux VerbForm=Fin|Tense=Pres
    sammanträda sammanträda VERB 2 advcl VerbForm=Inf
    """
    assert "sammanträda" not in [s[2] for s in statements(parsed(nlp, subordinate))]


def test_the_agent_before_an_attributive_participle_belongs_to_its_noun_phrase(nlp) -> None:
    doc = parsed(
        nlp,
        """
        De den PRON 4 det
        av av ADP 3 case
        direktionen direktion NOUN 4 nmod
        valda välja ADJ 5 amod VerbForm=Part
        ombuden ombud NOUN 6 nsubj Definite=Def
        deltar delta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        i i ADP 8 case
        mötet möte NOUN 6 obl
        . . PUNCT 6 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("ombud", "none", "delta")]


def test_a_gapped_passive_conjunct_names_another_agent(nlp) -> None:
    """``Posten innehas av A och vice posten av B``: one verb, two agents."""
    doc = parsed(
        nlp,
        """
        Ordförandeskapet ordförandeskap NOUN 3 nsubj:pass
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        innehas inneha VERB 0 ROOT VerbForm=Inf|Voice=Pass
        av av ADP 5 case
        direktionen direktion NOUN 3 obl:agent
        och och CCONJ 8 cc
        vice vice ADJ 8 amod
        ordförandeskapet ordförandeskap NOUN 3 conj Definite=Def
        av av ADP 10 case
        utskottet utskott NOUN 8 nmod
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("direktion", "obligation", "inneha"),
        ("utskott", "obligation", "inneha"),
    ]


def test_a_presentational_verb_closing_its_sentence_has_no_postponed_subject(nlp) -> None:
    doc = parsed(
        nlp,
        """
        I i ADP 2 case
        styrelsen styrelse NOUN 3 obl
        ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
        """,
    )
    assert statements(doc) == []
    assert not doc._.errors


def test_v2_present_read_as_a_noun_after_a_subject_and_its_som_clause(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunstyrelsen kommunstyrelse NOUN 10 nsubj
        , , PUNCT 7 punct
        som som PRON 7 nsubj
        är vara AUX 7 cop
        kommunens kommun NOUN 7 nmod:poss Case=Gen
        ledande ledande ADJ 7 amod
        organ organ NOUN 1 appos
        , , PUNCT 7 punct
        utser utser NOUN 10 nmod
        ett en DET 10 det
        arbetsutskott arbetsutskott NOUN 0 ROOT
        . . PUNCT 11 punct
        """,
    )
    assert statements(doc) == [("kommunstyrelse", "none", "utse", False, False)]
    assert [(v.text, v.lemma, v.tense) for v in find_verbs(doc[:], doc._.actors)] == [
        ("är", "vara", "pres"),
        ("utser", "utse", "pres"),
    ]


def test_v2_subject_is_the_head_after_a_genitive_not_the_object(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunens kommun PROPN 2 nmod:poss Case=Gen
        revisorer revisor NOUN 3 nsubj
        utser utser ADV 0 ROOT
        en en DET 5 det
        sakkunnig sakkunnig NOUN 3 obj
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("revisor", "none", "utse", False, False)]


def test_v2_present_after_coordinated_subjects(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 7 nmod
        och och CCONJ 3 cc
        styrelsen styrelse NOUN 1 conj
        utser utser NOUN 7 nmod
        vardera vardera PRON 7 det
        en en DET 7 det
        ledamot ledamot NOUN 0 ROOT
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "none", "utse", False, False),
        ("styrelse", "none", "utse", False, False),
    ]


def test_a_verb_conjoined_to_a_relative_clause_in_the_v2_place_is_the_main_verb(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunens kommun PROPN 2 nmod:poss Case=Gen
        revisorer revisor NOUN 0 ROOT
        , , PUNCT 5 punct
        som som PRON 5 nsubj:pass
        väljs välja VERB 2 acl:relcl VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 7 case
        fullmäktige fullmäktige NOUN 5 obl
        , , PUNCT 9 punct
        granskar granska VERB 5 conj VerbForm=Fin|Tense=Pres
        nämnderna nämnd NOUN 9 obj
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("revisor", "none", "granska", False, False)]


def test_a_comma_splice_opens_a_clause_with_coordinated_subjects(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämndens nämnd NOUN 2 nmod:poss Case=Gen
        sammansättning sammansättning NOUN 3 nsubj
        speglar spegla VERB 0 ROOT VerbForm=Fin|Tense=Pres
        valresultatet valresultat NOUN 3 obj
        i i ADP 6 case
        kommunen kommun NOUN 3 obl
        , , PUNCT 8 punct
        ordföranden ordförande NOUN 6 conj
        och och CCONJ 10 cc
        gruppledarna gruppledare NOUN 12 nsubj
        är vara AUX 12 cop VerbForm=Fin|Tense=Pres
        heltidsarvoderade heltidsarvoderad ADJ 3 conj
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "vara", False, False),
        ("gruppledare", "none", "vara", False, False),
    ]


def test_predicative_som_in_a_fronted_adverbial_opens_no_clause(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Vid vid ADP 3 case
        en en DET 3 det
        händelse händelse NOUN 12 obl
        som som SCONJ 5 mark
        bedöms bedöma VERB 3 acl VerbForm=Fin|Tense=Pres|Voice=Pass
        som som SCONJ 7 mark
        allvarlig allvarlig ADJ 5 advcl
        kan kunna AUX 12 aux VerbForm=Fin|Tense=Pres
        ordföranden ordförande NOUN 12 nsubj
        i i ADP 11 case
        nämnden nämnd NOUN 9 nmod
        kalla kalla NOUN 0 ROOT
        till till ADP 15 case
        extra extra ADJ 15 amod
        sammanträde sammanträde NOUN 12 obl
        . . PUNCT 12 punct
        """,
    )
    assert [s[1:3] for s in statements(doc)] == [("permission", "kalla")]
    assert "kalla" in [v.text for v in find_verbs(doc[:], doc._.actors)]


def test_a_relative_clause_with_its_supine_has_ended_before_the_main_verb(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Vid vid ADP 2 case
        beslut beslut NOUN 0 ROOT
        som som PRON 4 nsubj:pass
        fattats fatta VERB 2 acl:relcl VerbForm=Sup|Voice=Pass
        av av ADP 6 case
        utskottet utskott NOUN 4 obl:agent
        ska skola AUX 9 aux VerbForm=Fin|Tense=Pres
        ordföranden ordförande NOUN 9 nsubj
        anmäla anmäla VERB 2 conj VerbForm=Inf
        beslutet beslut NOUN 9 obj
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("ordförande", "obligation", "anmäla", False, False)]


def test_an_adverb_subordinator_after_som_is_an_adverb_of_the_relative_clause(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj
        utser utse VERB 0 ROOT VerbForm=Fin|Tense=Pres
        ett en DET 4 det
        utskott utskott NOUN 2 obj
        som som PRON 7 nsubj
        då då ADV 7 advmod
        har ha VERB 4 acl:relcl VerbForm=Fin|Tense=Pres
        rätt rätt NOUN 7 obj
        att att PART 10 mark
        besluta besluta VERB 7 xcomp VerbForm=Inf
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "none", "utse", False, False),
        ("utskott", "permission", "besluta", False, False),
    ]


def test_a_relative_clause_inside_an_inserted_clause_is_skipped_as_a_unit(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Ordföranden ordförande NOUN 11 nsubj
        ska skola AUX 11 aux VerbForm=Fin|Tense=Pres
        , , PUNCT 11 punct
        när när SCONJ 9 mark
        ett en DET 6 det
        ärende ärende NOUN 9 nsubj
        som som PRON 8 nsubj
        rör röra VERB 6 acl:relcl VerbForm=Fin|Tense=Pres
        kommer komma VERB 0 ROOT VerbForm=Fin|Tense=Pres
        , , PUNCT 11 punct
        samråda samråda VERB 9 advcl VerbForm=Inf
        med med ADP 13 case
        kommundirektören kommundirektör NOUN 11 obl
        . . PUNCT 9 punct
        """,
    )
    assert statements(doc) == [("ordförande", "obligation", "samråda", False, False)]
    assert subordinator_of(doc[8], doc[:]).text == "när"  # "kommer" is the när-clause's


def test_a_comma_splice_whose_verb_the_tagger_read_as_a_noun(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj
        beslutar besluta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        om om ADP 4 case
        taxor taxa NOUN 2 obl
        , , PUNCT 6 punct
        kommunstyrelsen kommunstyrelse NOUN 4 conj
        och och CCONJ 8 cc
        styrelsen styrelse NOUN 6 conj
        fastställer fastställa NOUN 2 obj
        budgeten budget NOUN 9 nmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "none", "besluta", False, False),
        ("kommunstyrelse", "none", "fastställa", False, False),
        ("styrelse", "none", "fastställa", False, False),
    ]


def test_v2_present_after_a_subject_with_a_postmodifier_naming_an_actor(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Ordföranden ordförande NOUN 4 nsubj
        i i ADP 3 case
        socialnämnden socialnämnd NOUN 1 nmod
        utser utser NOUN 0 ROOT
        en en DET 6 det
        sekreterare sekreterare NOUN 4 obj
        . . PUNCT 4 punct
        """,
    )
    assert [s[1:3] for s in statements(doc)] == [("none", "utse")]
    assert statements(doc)[0][0].endswith("ordförande")


def test_a_late_subject_after_prepositional_phrases(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Till till ADP 2 case
        presidiet presidium NOUN 3 obl
        hör höra VERB 0 ROOT VerbForm=Fin|Tense=Pres
        vid vid ADP 5 case
        sidan sida NOUN 3 obl
        av av ADP 7 case
        ordföranden ordförande NOUN 5 nmod
        även även ADV 11 advmod
        två två NUM 11 nummod
        vice vice ADP 11 compound
        ordförande ordförande NOUN 5 conj
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("vice ordförande", "none", "höra", False, False)]


def test_a_present_read_as_a_noun_after_a_fronted_adverb(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Dessutom dessutom ADV 5 advmod
        utser utse NOUN 1 fixed
        nämnden nämnd NOUN 5 nmod
        en en DET 5 det
        sekreterare sekreterare NOUN 0 ROOT
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc)[:1] == [("nämnd", "none", "utse", False, False)]


def test_a_present_read_as_a_noun_after_a_fronted_year(nlp) -> None:
    """Round 49 (analysis 49-br C1): ``Sedan 2019 samverkar [NOUN] nämnden …``: an adverb or
    preposition with a year holds the first place; the V2 verb follows it, then the subject.
    A number before an actor's noun in the first place keeps no verb (``Sedan 2019`` is no
    subject)."""
    doc = parsed(
        nlp,
        """
        Sedan sedan ADV 3 advmod
        2019 2019 NUM 1 obl
        samverkar samverka NOUN 0 ROOT
        nämnden nämnd NOUN 3 nsubj
        med med ADP 6 case
        grannkommunerna grannkommun NOUN 3 obl
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc)[:1] == [("nämnd", "none", "samverka", False, False)]
    plain = parsed(
        nlp,
        """
        Sedan sedan ADV 3 advmod
        2019 2019 NUM 1 obl
        samverkar samverka NOUN 0 ROOT
        med med ADP 5 case
        grannkommunerna grannkommun NOUN 3 obl
        . . PUNCT 3 punct
        """,
    )
    assert statements(plain) == []


def test_a_fronted_som_role_leaves_the_verb_in_the_main_clause(nlp) -> None:
    """``Som sekreterare fungerar kanslichefen``: a sentence-initial ``som`` before a noun
    has no antecedent; it opens a fronted predicative adverbial, not a relative clause, and
    the subject follows the finite verb (V2). (notes/analysis-6 cause 10)"""
    doc = parsed(
        nlp,
        """
        Som som SCONJ 2 case
        protokollförare protokollförare NOUN 3 obl
        fungerar fungera VERB 0 ROOT
        nämndsekreteraren nämndsekreterare NOUN 3 nsubj Definite=Def
        . . PUNCT 3 punct
        """,
    )
    assert [m.text for m in doc._.actors] == ["nämndsekreteraren"]
    assert statements(doc) == [("nämndsekreterare", "none", "fungera", False, False)]


def test_som_before_a_verb_at_the_sentence_start_still_opens_a_clause(nlp) -> None:
    som = parsed(
        nlp,
        """
        Som som SCONJ 2 mark
        framgår framgå VERB 6 advcl
        ovan ovan ADV 2 advmod
        ska skola AUX 6 aux
        nämnden nämnd NOUN 6 nsubj Definite=Def
        besluta besluta VERB 0 ROOT
        . . PUNCT 6 punct
        """,
    )
    sentence = next(iter(som.sents))
    assert subordinator_of(som[1], sentence).text == "Som"


def test_a_conjunct_opened_by_a_possessive_pronoun_is_a_subject_too(nlp) -> None:
    """``Styrelsen och dess utskott ansvarar …``: ``dess`` determines the second conjunct,
    so both nouns are conjoined subjects."""
    doc = parsed(
        nlp,
        """
        Förbundet förbund NOUN 5 nsubj Definite=Def
        och och CCONJ 4 cc
        dess den PRON 4 nmod:poss Poss=Yes
        avdelningar avdelning NOUN 1 conj
        ansvarar ansvara VERB 0 ROOT
        för för ADP 7 case
        säkerheten säkerhet NOUN 5 obl Definite=Def
        . . PUNCT 5 punct
        """,
    )
    assert [s[0] for s in statements(doc)] == ["förbund", "avdelning"]


def test_a_fronted_som_before_a_participle_noun_is_a_role(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Som som SCONJ 2 case
        sammankallande sammankalla ADJ 5 obl
        i i ADP 4 case
        rådet råd NOUN 2 nmod Definite=Def
        tjänstgör tjänstgöra VERB 0 ROOT
        kommunsekreteraren kommunsekreterare NOUN 5 nsubj Definite=Def
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("kommunsekreterare", "none", "tjänstgöra", False, False)]


def test_a_fronted_som_before_a_definite_subject_opens_a_clause(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Som som SCONJ 3 mark
        styrelsen styrelse NOUN 3 nsubj Definite=Def
        beslutat besluta VERB 6 advcl VerbForm=Sup
        ska skola AUX 6 aux
        avgiften avgift NOUN 6 nsubj:pass Definite=Def
        sänkas sänka VERB 0 ROOT Voice=Pass
        . . PUNCT 6 punct
        """,
    )
    assert [m.text for m in doc._.actors] == ["styrelsen"]
    assert subordinator_of(doc[2], next(iter(doc.sents))).text == "Som"


def test_a_cleft_with_an_adverbial_between_som_and_the_modal(nlp) -> None:
    """Round 9 (analysis 7 cause 3): ``Det är X som (ADV|PP)* ska V1 och V2``: X is the
    subject of the modal and of each coordinated infinitive."""
    doc = parsed(
        nlp,
        """
        Det det PRON 3 nsubj
        är vara AUX 3 cop VerbForm=Fin|Tense=Pres
        förbundsrådet förbundsråd NOUN 0 ROOT
        som som PRON 10 nsubj
        efter efter ADP 6 case
        samråd samråd NOUN 10 obl
        med med ADP 8 case
        kassören kassör NOUN 6 nmod
        normalt normalt ADV 10 advmod
        ska skola AUX 10 aux VerbForm=Fin|Tense=Pres
        godkänna godkänna VERB 3 acl:relcl VerbForm=Inf
        räkenskaperna räkenskap NOUN 11 obj
        och och CCONJ 14 cc
        arkivera arkivera VERB 11 conj VerbForm=Inf
        dem de PRON 14 obj
        """,
    )
    assert statements(doc) == [
        ("förbundsråd", "obligation", "godkänna", False, False),
        ("förbundsråd", "obligation", "arkivera", False, False),
    ]


def test_a_noun_after_som_is_its_own_subject_not_an_adverbial(nlp) -> None:
    """``Det är den fråga som nämnden ska pröva``: a noun outside a PP between ``som`` and
    the modal is the clause's own subject; the cleft focus is not its actor."""
    doc = parsed(
        nlp,
        """
        Det det PRON 4 nsubj
        är vara AUX 4 cop VerbForm=Fin|Tense=Pres
        den den DET 4 det
        frågan fråga NOUN 0 ROOT
        som som PRON 8 obj
        nämnden nämnd NOUN 8 nsubj
        ska skola AUX 8 aux VerbForm=Fin|Tense=Pres
        pröva pröva VERB 4 acl:relcl VerbForm=Inf
        """,
    )
    assert all(actor != "fråga" for actor, *_ in statements(doc))


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # inverted after a fronted adverbial: the negation modifies the participle
            """
            Vid vid ADP 2 case
            mötet möte NOUN 3 obl
            får få AUX 7 aux VerbForm=Fin|Tense=Pres
            ej ej PART 5 advmod
            tjänstgörande tjänstgörande ADJ 6 amod VerbForm=Part
            ersättare ersättare NOUN 7 nsubj
            yttra yttra VERB 0 ROOT VerbForm=Inf
            sig sig PRON 7 obj
            """,
            [("ersättare", "permission", "yttra", False, False)],
        ),
        (  # har … rätt att with an inverted subject holding "icke" + adjective
            """
            Därför därför ADV 2 advmod
            har ha VERB 0 ROOT VerbForm=Fin|Tense=Pres
            även även ADV 6 advmod
            icke icke PART 5 advmod
            ordinarie ordinarie ADJ 6 amod
            ledamöter ledamot NOUN 2 nsubj
            rätt rätt NOUN 2 obj
            att att PART 9 mark
            yttra yttra VERB 7 acl VerbForm=Inf
            sig sig PRON 9 obj
            """,
            [("ledamot", "permission", "yttra", False, False)],
        ),
        (  # a clause negation stays one: "får inte" + an infinitive
            """
            Ledamöterna ledamot NOUN 4 nsubj
            får få AUX 4 aux VerbForm=Fin|Tense=Pres
            inte inte PART 4 advmod
            delta delta VERB 0 ROOT VerbForm=Inf
            """,
            [("ledamot", "prohibition", "delta", True, False)],
        ),
    ],
)
def test_a_negation_before_a_modifier_of_the_subject_negates_no_clause(nlp, rows, expected) -> None:
    """Round 9 (analysis 7 cause 4): ``icke ordinarie``, ``ej tjänstgörande`` inside the
    subject noun phrase."""
    assert statements(parsed(nlp, rows)) == expected


def test_no_inverted_subject_after_premodifiers_when_the_v2_place_holds_one(nlp) -> None:
    """``Uppdraget omfattar även externa konsulter``: the parser's subject before the verb
    holds the V2 place; the adjective-led noun phrase after it is the object."""
    doc = parsed(
        nlp,
        """
        Uppdraget uppdrag NOUN 2 nsubj
        omfattar omfatta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        även även ADV 5 advmod
        externa extern ADJ 5 amod
        konsulter konsult NOUN 2 obj
        """,
    )
    assert statements(doc) == []


def test_an_inverted_subject_before_a_verbless_som_is_the_subject(nlp) -> None:
    # "som ersättare" holds no finite verb: a predicative (as), no relative clause
    doc = parsed(
        nlp,
        """
        Under under ADP 2 case
        semestern semester NOUN 3 obl Case=Nom|Definite=Def|Number=Sing
        tjänstgör tjänstgöra VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        personalchefen personalchef NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
        som som SCONJ 6 mark
        ersättare ersättare NOUN 3 xcomp Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("personalchef", "none", "tjänstgöra", False, False)]


def test_a_som_before_a_present_tagged_noun_opens_a_relative_clause(nlp) -> None:
    # "biträder" is a present read as a noun: the som-clause is relative, so the noun
    # phrase before it is the object, not an inverted subject
    doc = parsed(
        nlp,
        """
        Reglementet reglemente NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        gäller gälla VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        också också ADV 2 advmod
        de den DET 5 det
        sakkunniga sakkunnig NOUN 2 obj Case=Nom|Definite=Def|Number=Plur
        som som PRON 7 nsubj
        biträder biträde NOUN 5 acl:relcl Case=Nom|Definite=Ind|Number=Plur
        revisorerna revisor NOUN 7 obj Case=Nom|Definite=Def|Number=Plur
        . . PUNCT 2 punct
        """,
    )
    assert ("sakkunnig", "none", "gälla", False, False) not in statements(doc)


def test_a_running_header_before_the_subject_is_no_head_of_it(nlp) -> None:
    """A page line's running header (the document's title) ends in a definite noun right
    before the first sentence's subject (``Reglemente för kulturnämnden Nämnden leder …``):
    the parser's sentence boundary stands between them, so the subject is no complement of
    that noun (analysis-8 cause 3)."""
    from spacy.tokens import Doc

    from pipeline.nlp.actors import find_actors
    from tests.nlp_helpers import LEXICON

    rows = [
        ("Reglemente", "reglemente", "PROPN", 0, "ROOT", ""),
        ("för", "för", "ADP", 3, "case", ""),
        ("kulturnämnden", "kulturnämnd", "NOUN", 1, "nmod", "Case=Nom|Definite=Def|Number=Sing"),
        ("Nämnden", "nämnd", "NOUN", 5, "nsubj", "Case=Nom|Definite=Def|Number=Sing"),
        ("leder", "leda", "VERB", 0, "ROOT", "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act"),
        ("arbetet", "arbete", "NOUN", 5, "obj", "Case=Nom|Definite=Def|Number=Sing"),
        (".", ".", "PUNCT", 5, "punct", ""),
    ]
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[True] * 5 + [False, False],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        heads=[r[3] - 1 if r[3] else i for i, r in enumerate(rows)],
        deps=[r[4] for r in rows],
        morphs=[r[5] for r in rows],
    )
    doc._.actors = find_actors(doc, LEXICON)
    assert len(list(doc.sents)) == 2
    assert statements(doc) == [("nämnd", "none", "leda", False, False)]


def test_a_fronted_indefinite_predicative_leaves_the_definite_noun_the_subject(nlp) -> None:
    """``Närmaste chef för X är <definite role> <Name>`` (round 9, analysis 8 cause 14): the
    fronted indefinite role is the predicative, no actor; the definite noun after the
    copula is the subject (docs/annotation.md §2.1)."""
    doc = parsed(
        nlp,
        f"""
        Närmaste nära ADJ 2 amod
        chef chef NOUN 8 nsubj {IND}
        för för ADP 4 case
        lärarna lärare NOUN 2 nmod {DEF_PL}
        är vara AUX 8 cop
        ekonomidirektören ekonomidirektör NOUN 8 nmod {DEF}
        Per Per PROPN 8 compound
        Ek Ek PROPN 0 ROOT
        . . PUNCT 8 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["lärare", "ekonomidirektör"]


def test_a_fronted_bare_role_before_a_modal_copula_leaves_the_definite_noun_the_subject(
    nlp,
) -> None:
    """Round 56 (analysis56-ck C4): ``<bare role> ska/bör/kan (inte) vara <definite actor>``
    is round 29 B2's fronted predicative with a modal: the role (tagged PROPN, no
    morphology) is no actor, the definite noun after ``vara`` the subject; an indefinite
    noun after ``vara`` leaves the role the subject."""
    doc = parsed(
        nlp,
        f"""
        Dataskyddsombud dataskyddsombud PROPN 5 nsubj
        ska skola AUX 5 aux {MODAL}
        inte inte PART 5 advmod
        vara vara AUX 5 cop {INF}
        kommunjuristen kommunjurist NOUN 0 ROOT {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["kommunjurist"]
    assert statements(doc) == [("kommunjurist", "prohibition", "vara", True, False)]
    indefinite = parsed(
        nlp,
        f"""
        Sekreterare sekreterare PROPN 5 nsubj
        bör böra AUX 5 aux {MODAL}
        vara vara AUX 5 cop {INF}
        en en DET 5 det
        tjänsteman tjänsteman NOUN 0 ROOT {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(indefinite) == [("sekreterare", "recommendation", "vara", False, False)]


def test_a_subject_series_whose_conjuncts_each_have_attributes_shares_the_verb(nlp) -> None:
    """Round 56 (analysis56-ck C3): ``Närvarande ledamöter, tjänstgörande ersättare och övriga
    förtroendevalda har …``: after a link word each conjunct brings its own attributes, so
    the adjective before a later conjunct never joins the noun before the link (the tagger's
    ADJ ``ersättare``) into one phrase; every conjunct is the subject."""
    doc = parsed(
        nlp,
        f"""
        Närvarande närvarande PROPN 2 amod
        ledamöter ledamot NOUN 9 nsubj {IND_PL}
        , , PUNCT 4 punct
        tjänstgörande tjänstgörande ADJ 2 acl
        ersättare ersättare ADJ 9 nsubj
        och och CCONJ 8 cc
        övriga övrig ADJ 8 amod
        förtroendevalda förtroendevald ADJ 5 conj
        har ha VERB 0 ROOT {PRES}
        rätt rätt NOUN 9 obj {IND}
        . . PUNCT 9 punct
        """,
    )
    assert sorted(s[0] for s in statements(doc)) == ["ersättare", "förtroendevald", "ledamot"]


def test_a_cleft_focus_conjunct_in_commas_after_a_fronted_adverb_is_a_subject_too(nlp) -> None:
    """Round 56 (analysis56-ck C6): ``Formellt är det direktionen, eller ordföranden, som
    undertecknar …``: a coordinator after the focus's comma opens a second focus that a comma
    closes right before the cleft's ``som``; both are the subject. A negated conjunct
    (``, och inte VD,``) is none."""
    doc = parsed(
        nlp,
        f"""
        Formellt formellt ADV 0 ROOT
        är vara AUX 4 cop {PRES}
        det den PRON 4 det
        direktionen direktion NOUN 1 nsubj {DEF}
        , , PUNCT 7 punct
        eller eller CCONJ 7 cc
        ordföranden ordförande NOUN 1 conj {DEF}
        , , PUNCT 10 punct
        som som PRON 10 nsubj
        undertecknar underteckna VERB 1 conj {PRES}
        avtalet avtal NOUN 10 obj {DEF}
        . . PUNCT 1 punct
        """,
    )
    assert sorted(s[0] for s in statements(doc)) == ["direktion", "ordförande"]


def test_a_cleft_focus_with_an_enclosed_phrase_after_a_fronted_adverb_is_the_subject(
    nlp,
) -> None:
    """Round 56 (analysis56-ck C6): ``Ytterst är det nämnden, i samråd med förvaltningen,
    som beslutar …``: V2 copula + ``det`` after a fronted adverb, the focus noun and a
    prepositional phrase in commas before ``som``: the focus is an actor and the subject;
    the phrase names no second subject."""
    doc = parsed(
        nlp,
        f"""
        Ytterst ytterst ADV 4 advmod
        är vara AUX 4 cop {PRES}
        det den DET 4 det
        nämnden nämnd NOUN 0 ROOT {DEF}
        , , PUNCT 7 punct
        i i ADP 7 case
        samråd samråd NOUN 4 conj {IND}
        med med ADP 9 case
        förvaltningen förvaltning NOUN 7 nmod {DEF}
        , , PUNCT 9 punct
        som som PRON 12 nsubj
        beslutar besluta VERB 9 acl:relcl {PRES}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "besluta", False, False)]


def test_the_owner_of_a_subject_that_is_no_actor_is_no_actor(nlp) -> None:
    """Round 10 (analysis 9 cause 10): ``Föreningens arbete ska stärka …``: the subject is
    the activity, no actor; its genitive owner is no actor either (active as passive,
    docs/annotation.md §2.1); ``Föreningens styrelse ska …`` names the owned actor."""
    doc = parsed(
        nlp,
        """
        Föreningens förening NOUN 2 nmod:poss
        arbete arbete NOUN 4 nsubj
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        stärka stärka VERB 0 ROOT VerbForm=Inf
        idrotten idrott NOUN 4 obj
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == []
    owned = parsed(
        nlp,
        """
        Föreningens förening NOUN 2 nmod:poss
        styrelse styrelse NOUN 4 nsubj
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        stärka stärka VERB 0 ROOT VerbForm=Inf
        idrotten idrott NOUN 4 obj
        . . PUNCT 4 punct
        """,
    )
    assert statements(owned) == [("styrelse", "obligation", "stärka", False, False)]


def test_an_indefinite_subject_with_a_determiner_before_an_s_passive_takes_a_recipient(
    nlp,
) -> None:
    """Round 10 (analysis 9 cause 13): ``Varje ny ansökan skickas nämnden``: an indefinite
    noun phrase with a determiner before the s-passive is its subject (V2) unless its noun
    is one of time (``Varje månad väljs …``, `time_nouns`); the noun after the verb is the
    recipient, no agent."""
    rows = """
        Varje varje DET 3 det
        ny ny ADJ 3 amod
        ansökan ansökan NOUN 4 nsubj:pass
        skickas skicka VERB 0 ROOT {PASS}
        nämnden nämnd NOUN 4 iobj {DEF}
        . . PUNCT 4 punct
    """
    doc = parsed(nlp, rows.format(PASS="Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass", DEF=DEF))
    assert statements(doc) == []
    time = """
        Varje varje DET 2 det
        månad månad NOUN 3 obl
        granskas granska VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        nämnden nämnd NOUN 3 nsubj:pass {DEF}
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, time.format(DEF=DEF))) == [
        ("nämnd", "none", "granska", False, True)
    ]


def test_det_after_the_copula_of_a_noun_subject_is_a_determiner_not_a_cleft(nlp) -> None:
    # analysis 9 cause 16: `<term> är det <noun> som <V-s> av <agent>` defines the term; its
    # relative clause carries no cue, so no statement (§5.1); an inverted cleft keeps its focus
    definition = parsed(
        nlp,
        """
        Budgeten budget NOUN 4 nsubj Definite=Def|Number=Sing
        är vara AUX 4 cop VerbForm=Fin|Tense=Pres
        det den DET 4 det
        dokument dokument NOUN 0 ROOT Definite=Ind|Number=Sing
        som som PRON 6 nsubj:pass
        beslutas besluta VERB 4 acl:relcl VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 8 case
        fullmäktige fullmäktige NOUN 6 obl:agent
        """,
    )
    assert statements(definition) == []
    cleft = parsed(
        nlp,
        """
        Därför därför ADV 2 advmod
        är vara AUX 4 cop VerbForm=Fin|Tense=Pres
        det den PRON 4 nsubj
        rektor rektor NOUN 0 ROOT Definite=Ind|Number=Sing
        som som PRON 6 nsubj
        beslutar besluta VERB 4 acl:relcl VerbForm=Fin|Tense=Pres
        om om ADP 8 case
        ledighet ledighet NOUN 6 obl
        """,
    )
    assert statements(cleft) == [("rektor", "none", "besluta", False, False)]


def test_an_inverted_subject_after_a_fronted_time_adverbial(nlp) -> None:
    """Round 11 (analysis 10 cause 4): ``Sedan 2019 arbetar tre handläggare på enheten``:
    ``sedan`` before a time phrase and the finite verb is a preposition (since), no
    subordinate clause; the noun phrase after the verb is the inverted subject."""
    rows = """
        Sedan sedan ADV 3 advmod
        2019 2019 NUM 1 nummod
        arbetar arbeta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        tre tre NUM 5 nummod
        handläggare handläggare NOUN 3 nsubj
        på på ADP 7 case
        enheten enhet NOUN 3 obl
    """
    assert statements(parsed(nlp, rows)) == [("handläggare", "none", "arbeta", False, False)]
    clause = """
        Sedan sedan SCONJ 3 mark
        nämnden nämnd NOUN 3 nsubj
        beslutat besluta VERB 5 advcl VerbForm=Sup
        ska skola AUX 5 aux VerbForm=Fin|Tense=Pres
        verkställa verkställa VERB 0 ROOT VerbForm=Inf
        förvaltningen förvaltning NOUN 5 nsubj
    """
    assert statements(parsed(nlp, clause)) == [
        ("förvaltning", "obligation", "verkställa", False, False)
    ]


def test_an_adverb_labelled_subject_leaves_the_inverted_subject(nlp) -> None:
    """``Numera arbetar två handläggare på avdelningen``: the parser's ``nsubj`` on the
    fronted adverb holds no subject place (round 11, analysis 10 cause 4)."""
    rows = """
        Numera numera ADV 2 nsubj
        arbetar arbeta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        två två NUM 4 nummod
        handläggare handläggare NOUN 2 obj
        på på ADP 6 case
        avdelningen avdelning NOUN 2 obl
    """
    assert statements(parsed(nlp, rows)) == [("handläggare", "none", "arbeta", False, False)]


def test_an_inverted_subject_past_its_genitive_owner(nlp) -> None:
    """``På kontoret finns socialförvaltningens ekonomienhet``: after a fronted PP the
    inverted subject is the head a genitive actor determines (round 11, analysis 10 cause 4)."""
    rows = """
        På på ADP 2 case
        kontoret kontor NOUN 3 obl
        finns finnas VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        socialförvaltningens socialförvaltning NOUN 5 nmod:poss
        ekonomienhet ekonomienhet NOUN 3 nsubj
    """
    assert statements(parsed(nlp, rows)) == [("ekonomienhet", "none", "finnas", False, False)]


def test_a_verb_first_clause_has_no_inverted_subject_past_a_genitive_owner(nlp) -> None:
    """``Planerar och styr kommunens förvaltningar och bolag.``: a verb-first clause (its first
    word misread as a noun) has no prefield, so the genitive owner's heads after the verb are
    its object, no inverted subject (regress-j11; the V2 case above keeps the skip)."""
    rows = """
        Planerar planerare NOUN 0 ROOT Number=Plur
        och och CCONJ 3 cc
        styr styra VERB 1 conj VerbForm=Fin|Tense=Pres|Voice=Act
        kommunens kommun NOUN 3 nsubj Case=Gen
        förvaltningar förvaltning NOUN 4 appos Number=Plur
        och och CCONJ 7 cc
        bolag bolag NOUN 5 conj
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, rows)) == []


def test_a_fronted_predicative_with_a_mistagged_parse_leaves_the_definite_noun_the_subject(
    nlp,
) -> None:
    """``Ansvarig tjänsteman för arkivet är registratorn`` with the tagger's reading
    (``Ansvarig`` PROPN, ``tjänsteman`` ADV, ``registratorn`` ADJ): the fronted indefinite
    role is the predicative and the definite role after the copula the subject, without a
    clean parse (round 13, analysis 12 cause 3)."""
    doc = parsed(
        nlp,
        """
        Ansvarig Ansvarig PROPN 2 nsubj
        tjänsteman tjänsteman ADV 6 nsubj
        för för ADP 4 case
        arkivet arkiv NOUN 2 nmod Definite=Def
        är vara AUX 6 cop VerbForm=Fin|Tense=Pres
        registratorn registrator ADJ 0 ROOT
        . . PUNCT 6 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["registrator"]
    assert statements(doc) == [("registrator", "none", "vara", False, False)]


def test_an_inverted_subject_coordinated_after_a_quantified_phrase_that_is_no_actor(
    nlp,
) -> None:
    """``I juryn ingår tre domare och lika många suppleanter``: the coordinated quantified
    phrase after the verb is the inverted subject; its actor conjunct acts although the
    first conjunct is no actor (round 13, analysis 12 cause 3)."""
    doc = parsed(
        nlp,
        """
        I i ADP 2 case
        juryn jury NOUN 3 obl Definite=Def
        ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres
        tre tre NUM 5 nummod
        domare domare NOUN 3 obj
        och och CCONJ 9 cc
        lika lika ADV 8 advmod
        många många ADJ 9 amod
        suppleanter suppleant NOUN 5 conj Number=Plur
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("suppleant", "none", "ingå", False, False)]


def test_a_degree_adverb_opens_a_coordinated_inverted_subject(nlp) -> None:
    """``I nämnden ingår fem ledamöter och lika många ersättare``: ``lika`` modifies
    ``många`` inside the second conjunct, which is a subject too (round 13, analysis 12
    cause 3)."""
    doc = parsed(
        nlp,
        """
        I i ADP 2 case
        nämnden nämnd NOUN 3 obl Definite=Def
        ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres
        fem fem NUM 5 nummod
        ledamöter ledamot NOUN 3 nsubj Number=Plur
        och och CCONJ 9 cc
        lika lika ADV 8 advmod
        många många ADJ 9 amod
        ersättare ersättare NOUN 5 conj Number=Plur
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("ledamot", "none", "ingå", False, False),
        ("ersättare", "none", "ingå", False, False),
    ]


@pytest.mark.parametrize("coordinator", ["respektive", "eller"])
def test_a_noun_phrase_coordinator_joins_coordinated_subjects(nlp, coordinator: str) -> None:
    """``Förvaltningschefen respektive ekonomichefen ska attestera …``: every noun-phrase
    coordinator (`noun_phrase_coordinators`, also ``alternativt``) joins two subjects that
    both act (round 13, analysis 12 cause 2, package C; docs/annotation.md §2.1)."""
    doc = parsed(
        nlp,
        f"""
        Förvaltningschefen förvaltningschef NOUN 5 nsubj Definite=Def
        {coordinator} {coordinator} CCONJ 3 cc
        ekonomichefen ekonomichef NOUN 1 conj Definite=Def
        ska skola AUX 5 aux VerbForm=Fin|Tense=Pres
        attestera attestera VERB 0 ROOT VerbForm=Inf
        fakturorna faktura NOUN 5 obj Definite=Def|Number=Plur
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [
        ("förvaltningschef", "obligation", "attestera", False, False),
        ("ekonomichef", "obligation", "attestera", False, False),
    ]


def test_a_genitive_right_before_the_fronted_noun_is_its_owner_no_predicative(nlp) -> None:
    """``Styrelsens presidium utgör valberedningen``: a genitive (the tagger's sentence-initial
    PROPN) right before the noun owns it: owner and body are the subject, no fronted
    predicative; a genitive before adjectives (``Förbundets högsta beslutande organ är
    stämman``) still opens one (fix-r13, regress-r13 L4)."""
    owner = """
    Styrelsens Styrelsens PROPN 2 nmod:poss Case=Gen
    presidium presidium NOUN 3 nsubj Definite=Ind|Number=Sing
    utgör utgöra VERB 0 ROOT VerbForm=Fin|Tense=Pres
    valberedningen valberedning NOUN 3 obj Definite=Def|Number=Sing
    . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, owner)) == [
        ("styrelsens presidium", "none", "utgöra", False, False)
    ]
    fronted = """
    Föreningens Föreningens PROPN 4 nmod:poss Case=Gen
    högsta hög ADJ 4 amod Degree=Sup
    beslutande beslutande ADJ 4 amod
    organ organ NOUN 6 nsubj Definite=Ind|Number=Sing
    är vara AUX 6 cop VerbForm=Fin|Tense=Pres
    årsmötet årsmöte NOUN 0 ROOT Definite=Def|Number=Sing
    . . PUNCT 6 punct
    """
    assert statements(parsed(nlp, fronted)) == [("årsmöte", "none", "vara", False, False)]


def test_an_av_phrase_on_a_part_noun_names_no_agent(nlp) -> None:
    """``för tiden intill slutet av nästa stämma``: the ``av``-phrase completes a noun naming
    a part or point (`part_nouns`) and is no agent of the passive (fix-r14, regress-r14 #1)."""
    doc = parsed(
        nlp,
        """
        Revisorerna revisor NOUN 2 nsubj:pass Case=Nom|Definite=Def|Number=Plur
        väljs välja VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        varje varje DET 4 det
        år år NOUN 2 obl Case=Nom|Definite=Ind|Number=Sing
        på på ADP 6 case
        stämman stämma NOUN 2 obl Case=Nom|Definite=Def|Number=Sing
        för för ADP 8 case
        tiden tid NOUN 2 obl Case=Nom|Definite=Def|Number=Sing
        intill intill ADP 10 case
        slutet slut NOUN 8 nmod Case=Nom|Definite=Def|Number=Sing
        av av ADP 13 case
        nästa nästa ADJ 13 amod
        stämma stämma NOUN 10 nmod Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("revisor", "none", "välja", False, True)]


def test_a_pronoun_in_the_prefield_opens_no_contact_relative(nlp) -> None:
    """``Utöver de förtroendevalda har kommunen …``: with no verb before ``de`` in its sentence
    the finite verb after the noun is the main clause's V2 verb, no contact relative's
    (fix-r14, regress-r14 #2)."""
    doc = parsed(
        nlp,
        """
        Utöver utöver ADP 3 case
        de den DET 3 det
        förtroendevalda förtroendevald NOUN 4 obl Case=Nom|Definite=Def|Number=Plur
        har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        kommunen kommun NOUN 4 nsubj Case=Nom|Definite=Def|Number=Sing
        en en DET 7 det
        förvaltning förvaltning NOUN 4 obj Case=Nom|Definite=Ind|Number=Sing
        med med ADP 9 case
        tjänstemän tjänsteman NOUN 7 nmod Case=Nom|Definite=Ind|Number=Plur
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("kommun", "none", "ha", False, False)]


def test_an_inverted_actor_the_tagger_calls_an_adverb_or_adjective_is_the_subject(nlp) -> None:
    # fix-nu-b (issue #10): "är säkerhetschefen [ADV] skyldig att", "är revisorn [ADJ] alltid
    # skyldig att": the actor after the finite verb is the V2 subject whatever its tag
    def clause(tag: str, actor: str, lemma: str) -> str:
        return f"""
        Vid vid ADP 2 case
        kris kris NOUN 6 obl {IND}
        är vara AUX 6 cop VerbForm=Fin|Tense=Pres
        {actor} {lemma} {tag} 6 advmod
        alltid alltid ADV 6 advmod
        skyldig skyldig ADJ 0 ROOT
        att att PART 8 mark
        informera informera VERB 6 advcl VerbForm=Inf
        personalen personal NOUN 8 obj {DEF}
        . . PUNCT 6 punct
        """

    assert statements(parsed(nlp, clause("ADV", "säkerhetschefen", "säkerhetschef"))) == [
        ("säkerhetschef", "obligation", "informera", False, False)
    ]
    assert statements(parsed(nlp, clause("ADJ", "revisorn", "revisor"))) == [
        ("revisor", "obligation", "informera", False, False)
    ]


def test_collective_body_subject_of_a_reciprocal_verb(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Direktionen direktion NOUN 2 nsubj {DEF}
        träffas träffa VERB 0 ROOT {PASS}
        inför inför ADP 4 case
        budgetåret budgetår NOUN 2 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("direktion", "none", "träffas", False, False)]


def test_actor_in_the_relative_clause_of_a_thing_subject_is_no_subject(nlp) -> None:
    """``De beslut som förbundschefen fattar ska anmälas``: an agentless passive with a cue,
    its actor implicit."""
    doc = parsed(
        nlp,
        f"""
        De den DET 2 det
        beslut beslut NOUN 7 nsubj:pass {IND}
        som som PRON 5 obj
        förbundschefen förbundschef NOUN 5 nsubj {DEF}
        fattar fatta VERB 2 acl:relcl {PRES}
        ska skola AUX 7 aux {MODAL}
        anmälas anmäla VERB 0 ROOT {INF_PASS}
        till till ADP 9 case
        direktionen direktion NOUN 7 obl {DEF}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "anmäla", False, True)]


def test_var_och_en_av_opens_the_subject(nlp) -> None:
    """``Var och en av nämnderna utser [NOUN] ett ombud``: ``var`` is no verb there, and the
    actor after the distributive is the subject (not the object actor)."""
    doc = parsed(
        nlp,
        f"""
        Var vara AUX 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin
        och och CCONJ 3 cc
        en en PRON 1 conj
        av av ADP 5 case
        nämnderna nämnd NOUN 3 nmod Definite=Def|Number=Plur
        utser utse NOUN 1 obj {IND}
        ett en DET 8 det
        dataskyddsombud dataskyddsombud NOUN 6 obj {IND}
        . . PUNCT 1 punct
        """,
    )
    assert verbs(doc) == ["utser"]
    assert statements(doc) == [("nämnd", "none", "utse", False, False)]


def test_the_subject_of_a_verb_first_conditional_is_not_the_main_clauses(nlp) -> None:
    """``Likvideras föreningen ska återstående medel tillfalla kommunen``: a clause-initial
    finite verb with its subject, then the main clause's finite verb, is a conditional
    clause; the parser's subject inside it never acts in the main clause, whose own subject
    is no actor: no statement (analysis-15 cause 5)."""
    doc = parsed(
        nlp,
        f"""
        Likvideras likvidera VERB 6 advcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        föreningen förening NOUN 6 nsubj {DEF}
        ska skola AUX 6 aux {MODAL}
        återstående återstående ADJ 5 amod
        medel medel NOUN 6 obl {IND}
        tillfalla tillfalla VERB 0 ROOT {INF}
        kommunen kommun NOUN 6 obj {DEF}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == []


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


def test_actor_before_a_task_noun_without_genitive_s_is_no_subject(nlp) -> None:
    """``Nämnden uppdrag är att …`` (for ``Nämndens uppdrag``): the actor owns the task
    noun, whose phrase is the subject; like the genitive, no statement (annotation §5.1)."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nmod {DEF}
        uppdrag uppdrag NOUN 5 nsubj {IND}
        är vara AUX 5 cop {MODAL}
        att att PART 5 mark
        bevaka bevaka VERB 0 ROOT {INF}
        intressena intresse NOUN 5 obj {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert [(m.canonical, m.genitive) for m in doc._.actors] == [("nämnd", True)]
    assert statements(doc) == []


def test_coordinated_inverted_subject_before_a_modal_passive(nlp) -> None:
    """``Vid behov ska förvaltningslagen och offentlighets- och sekretesslagen tillämpas``:
    the coordinators join the inverted subject's conjuncts; the s-form is the modal's
    passive infinitive (an agentless passive with a cue: implicit actor)."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        behov behov NOUN 3 obl {IND}
        ska skola AUX 0 ROOT {MODAL}
        förvaltningslagen förvaltningslag NOUN 3 nsubj {DEF}
        och och CCONJ 6 cc
        offentlighets- offentlighets- NOUN 4 fixed {IND}
        och och CCONJ 9 cc
        sekretesslagen sekretesslag NOUN 9 nsubj:pass {DEF}
        tillämpas tillämpa VERB 3 conj {PASS}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "tillämpa", False, True)]


def test_inverted_subject(nlp) -> None:
    doc = parsed(
        nlp,
        """
        För för ADP 2 case
        ärenden ärende NOUN 3 obl
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        kommunchefen kommunchef NOUN 3 nsubj
        för för ADP 6 case
        beredningen beredning NOUN 3 obl
    """,
    )
    assert statements(doc) == [("kommunchef", "responsibility", "ansvara", False, False)]


def test_a_genitive_actor_owns_its_subject_unless_it_is_a_responsibility(nlp) -> None:
    rows = """
        Nämndens nämnd NOUN 2 nmod:poss
        {noun} {noun} NOUN 3 nsubj
        omfattar omfatta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        tillsynen tillsyn NOUN 3 obj
        """
    assert statements(parsed(nlp, rows.format(noun="ansvar"))) == [
        ("nämnd", "responsibility", "ansvara", False, False)
    ]
    assert statements(parsed(nlp, rows.format(noun="arbete"))) == []


def test_an_actor_after_a_sentence_initial_preposition_is_not_the_subject(nlp) -> None:
    assert statements(parsed(nlp, FRONTED_PREPOSITION)) == [
        ("ledamot", "none", "sitta", False, False)
    ]
    words = FRONTED_PREPOSITION.replace("ledamöterna ledamot", "reglerna regel")
    assert statements(parsed(nlp, words)) == []


def test_an_actor_after_a_preposition_is_no_subject_whatever_the_parse(nlp) -> None:
    assert statements(parsed(nlp, MISPARSED_PREPOSITIONAL_SUBJECT)) == []


def test_hur_with_a_quantifier_opens_an_indirect_question(nlp) -> None:
    """``bestämmer hur stora anslag som ska …``: `hur` + quantifier/adjective + noun + `som`
    is an indirect question (configs/grammar.yaml interrogatives), like ``vilka N som``: its
    verb states nothing, only the main clause."""
    doc = parsed(
        nlp,
        """
        Fullmäktige fullmäktige NOUN 2 nsubj Case=Nom|Definite=Ind|Number=Sing
        bestämmer bestämma VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        hur hur ADV 4 advmod
        många många ADJ 5 amod
        ledamöter ledamot NOUN 9 nsubj Case=Nom|Definite=Ind|Number=Plur
        som som PRON 9 nsubj
        ska skola AUX 9 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        ingå ingå VERB 2 ccomp VerbForm=Inf|Voice=Act
        i i ADP 10 case
        styrelsen styrelse NOUN 8 obl Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("fullmäktige", "none", "bestämma")]


def test_a_fronted_pronominal_adverb_read_as_a_noun_is_no_subject(nlp) -> None:
    # round 18 (B2): "Härefter [NOUN] utses revisorer": `pronominal_adverbs` are adverbials,
    # the s-passive's subject follows the verb
    doc = parsed(
        nlp,
        f"""
        Härefter härefter NOUN 2 nsubj:pass {IND}
        utses utse VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        revisorer revisor NOUN 2 nsubj:pass {IND_PL}
        för för ADP 6 case
        två två NUM 6 nummod
        år år NOUN 2 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("revisor", "none", "utse", False, True)]


def test_a_present_participle_before_the_subject_noun_is_its_attribute(nlp) -> None:
    # round 18 (B4): "Varje deltagande [NOUN] kommun utser …": the participle opens no
    # phrase of its own, the subject is the noun after it, not the object
    doc = parsed(
        nlp,
        f"""
        Varje varje DET 3 det
        deltagande deltagande NOUN 3 nmod {IND}
        kommun kommun NOUN 4 nsubj {IND}
        utser utse VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        en en DET 6 det
        ledamot ledamot NOUN 4 obj {IND}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("kommun", "none", "utse", False, False)]


@pytest.mark.parametrize("phrase", ["så snart som", "så länge som"])
def test_som_completing_a_three_word_subordinator_opens_no_relative_clause(nlp, phrase) -> None:
    # round 18 (B8): "Så länge som uppdraget pågår ska projektledaren rapportera": the
    # fronted clause ends at its verb, the modal after it is the main clause's
    first, second, third = phrase.split()
    doc = parsed(
        nlp,
        f"""
        {first.capitalize()} så ADV 2 advmod
        {second} {second} ADV 8 advmod
        {third} som SCONJ 5 mark
        uppdraget uppdrag NOUN 5 nsubj {DEF}
        pågår pågå VERB 2 acl {PRES}
        ska skola AUX 8 aux {MODAL}
        projektledaren projektledare NOUN 8 nsubj {DEF}
        rapportera rapportera VERB 0 ROOT {INF}
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [("projektledare", "obligation", "rapportera", False, False)]


def test_a_fronted_clause_may_drop_perfect_har_before_the_main_modal(nlp) -> None:
    # round 18 (B8): "Så snart som larmet upphört [NOUN] ska staben lämna …": the supine
    # closes the fronted clause (configs/grammar.yaml `subordinator_phrases`)
    doc = parsed(
        nlp,
        f"""
        Så så ADV 2 advmod
        snart snart ADV 8 advmod
        som som SCONJ 5 mark
        larmet larm NOUN 5 nsubj {DEF}
        upphört upphört NOUN 8 obl {IND}
        ska skola AUX 8 aux {MODAL}
        staben stab NOUN 8 nsubj {DEF}
        lämna lämna VERB 0 ROOT {INF}
        rapporten rapport NOUN 8 obj {DEF}
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [("stab", "obligation", "lämna", False, False)]


def test_a_cleft_on_an_adverbial_clause_has_its_som_clause_as_statement(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Det det PRON 7 expl
        är vara AUX 7 cop {PRES}
        bara bara ADV 7 advmod
        om om SCONJ 7 mark
        ordföranden ordförande NOUN 7 nsubj {DEF}
        är vara AUX 7 cop {PRES}
        förhindrad förhindrad ADJ 0 ROOT
        som som SCONJ 10 mark
        sekreteraren sekreterare NOUN 10 nsubj {DEF}
        kallar kalla VERB 7 acl:cleft {PRES}
        till till ADP 12 case
        sammanträde sammanträde NOUN 10 obl {IND}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [("sekreterare", "none", "kalla", False, False)]


def test_an_indirect_question_without_som_gives_no_statement(nlp) -> None:
    """``Av planen framgår vilka ärenden direktören avgör`` (round 20, B1): the parser
    fixes ``vilka`` to ``framgår`` and makes ``avgör`` the root; the interrogative still
    opens ``avgör``'s clause (its head verb stands before it), so no statement."""
    doc = parsed(
        nlp,
        f"""
        Av av ADP 2 case
        planen plan NOUN 7 obl {DEF}
        framgår framgå VERB 7 advmod {PRES}
        vilka vilken PRON 3 fixed Definite=Ind|Number=Plur|PronType=Int,Rel
        ärenden ärende NOUN 4 fixed {IND_PL}
        direktören direktör NOUN 7 nsubj {DEF}
        avgör avgöra VERB 0 ROOT {PRES}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == []


def test_an_actor_in_an_indirect_question_is_no_main_subject(nlp) -> None:
    """``I stadgarna beskrivs vilken ledamot föreningen utser`` (round 20, B1): the actor
    after an interrogative determiner is in the question, not the passive's subject; nor
    do coordinated nouns after ``vilka`` make the ``som``-clause a relative clause about
    them (``redovisar vilka chefer och handläggare som får attestera``)."""
    passive = parsed(
        nlp,
        f"""
        I i ADP 2 case
        stadgarna stadga NOUN 3 obl {DEF_PL}
        beskrivs beskriva VERB 0 ROOT {PASS}
        vilken vilken DET 5 det PronType=Int
        ledamot ledamot NOUN 3 nsubj:pass {IND}
        föreningen förening NOUN 7 nsubj {DEF}
        utser utse VERB 3 ccomp {PRES}
        . . PUNCT 3 punct
        """,
    )
    assert statements(passive) == []
    coordinated = parsed(
        nlp,
        f"""
        Ordningen ordning NOUN 2 nsubj {DEF}
        redovisar redovisa VERB 0 ROOT {PRES}
        vilka vilken DET 4 det PronType=Int
        chefer chef NOUN 9 nsubj {IND_PL}
        och och CCONJ 6 cc
        handläggare handläggare NOUN 4 conj {IND_PL}
        som som PRON 9 nsubj
        får få AUX 9 aux {MODAL}
        attestera attestera VERB 2 ccomp {INF}
        fakturor faktura NOUN 9 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(coordinated) == []


def test_a_relative_clause_without_som_after_an_article_and_noun(nlp) -> None:
    """``I planen anges det uppdrag förvaltningen lämnar över`` (round 20, B1): the
    definite article before an indefinite noun announces a relative clause; the actor
    before its verb is that clause's subject, neither the passive's nor a main clause's."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        planen plan NOUN 3 obl {DEF}
        anges ange VERB 0 ROOT {PASS}
        det den DET 5 det Definite=Def|PronType=Art
        uppdrag uppdrag NOUN 3 nsubj:pass {IND}
        förvaltningen förvaltning NOUN 7 nsubj {DEF}
        lämnar lämna VERB 5 acl:relcl {PRES}
        över över ADP 7 compound:prt
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == []


def test_actors_after_the_verb_of_a_nominal_prefield_subject_are_objects(nlp) -> None:
    """``Valet omfattar ordförande och vice ordförande`` (round 20, B3): the prefield is the
    verb's nominal subject (no actor), so the actors after the verb are its objects."""
    doc = parsed(
        nlp,
        f"""
        Valet val NOUN 2 nsubj {DEF}
        omfattar omfatta VERB 0 ROOT {PRES}
        ordförande ordförande NOUN 2 obj {IND}
        och och CCONJ 6 cc
        vice vice ADJ 6 amod
        ordförande ordförande NOUN 3 conj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_a_quantified_subject_opens_a_conjoined_clause_after_a_prepositional_phrase(
    nlp,
) -> None:
    """``Nämnden utgör styrelse för förbundet och varje kommun har ett råd`` (round 20, B5):
    ``varje kommun`` before ``har`` is that clause's subject, not a second object of ``för``."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        utgör utgöra VERB 0 ROOT {PRES}
        styrelse styrelse NOUN 2 obj {IND}
        för för ADP 5 case
        förbundet förbund NOUN 3 nmod {DEF}
        och och CCONJ 9 cc
        varje varje DET 8 det PronType=Tot
        kommun kommun NOUN 9 nsubj {IND}
        har ha VERB 2 conj {PRES}
        ett en DET 11 det PronType=Art
        råd råd NOUN 9 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "none", "utgöra", False, False),
        ("kommun", "none", "ha", False, False),
    ]


def test_a_pronoun_subjects_later_verbs_take_no_object_as_subject(nlp) -> None:
    """``Den utser och entledigar förvaltningschefen och fastställer hans lön`` (round 21,
    cause B3): a pronoun is no actor, and the object of a verb never becomes the subject of
    the conjunct after it, however the parser hangs it (here as the second verb's subject)."""
    doc = parsed(
        nlp,
        f"""
        Den den PRON 2 nsubj
        utser utse VERB 0 ROOT {PRES}
        och och CCONJ 4 cc
        entledigar entlediga VERB 2 conj {PRES}
        förvaltningschefen förvaltningschef NOUN 4 nsubj {DEF}
        och och CCONJ 7 cc
        fastställer fastställa VERB 2 conj {PRES}
        hans hans PRON 9 nmod:poss
        lön lön NOUN 7 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_saval_x_som_y_coordinates_two_subjects(nlp) -> None:
    """``Såväl ordföranden som kassören attesterar fakturor`` (round 21, cause B5): the
    correlative's ``som`` joins two subjects and opens no relative clause."""
    doc = parsed(
        nlp,
        f"""
        Såväl såväl CCONJ 2 advmod
        ordföranden ordförande NOUN 5 nsubj {DEF}
        som som SCONJ 4 mark
        kassören kassör NOUN 2 acl {DEF}
        attesterar attestera VERB 0 ROOT {PRES}
        fakturor faktura NOUN 5 obj {IND_PL}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "attestera", False, False),
        ("kassör", "none", "attestera", False, False),
    ]


def test_a_second_subject_after_a_conditional_clause_in_commas(nlp) -> None:
    """``Kassören, eller om kassören är sjuk, sekreteraren, sköter utbetalningarna`` (round
    21, cause B5): the actor after the coordinator and the ``om``-clause is a second subject;
    the actor inside the clause is none."""
    doc = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 11 nsubj {DEF}
        , , PUNCT 11 punct
        eller eller CCONJ 11 cc
        om om SCONJ 8 mark
        kassören kassör NOUN 8 nsubj {DEF}
        är vara AUX 8 cop {PRES}
        sjuk sjuk ADJ 8 advcl
        , , PUNCT 11 punct
        sekreteraren sekreterare NOUN 1 conj {DEF}
        , , PUNCT 11 punct
        sköter sköta VERB 0 ROOT {PRES}
        utbetalningarna utbetalning NOUN 11 obj {DEF_PL}
        . . PUNCT 11 punct
        """,
    )
    assert statements(doc) == [
        ("kassör", "none", "sköta", False, False),
        ("sekreterare", "none", "sköta", False, False),
    ]


def test_conjuncts_of_a_comitative_phrase_are_no_subjects(nlp) -> None:
    """``Västby kommun tillsammans med Region Ekland och Norrby kommun har bildat ett
    förbund`` (round 21, cause B5): the last conjunct of ``tillsammans med`` right before
    the verb is no subject; the actor opening the sentence is."""
    doc = parsed(
        nlp,
        f"""
        Västby Västby PROPN 2 flat:name
        kommun kommun NOUN 11 nsubj {IND}
        tillsammans tillsammans ADV 5 advmod
        med med ADP 5 case
        Region region PROPN 2 nmod
        Ekland Ekland PROPN 5 flat:name
        och och CCONJ 8 cc
        Norrby Norrby PROPN 9 flat:name
        kommun kommun NOUN 11 nsubj {IND}
        har ha AUX 11 aux {PRES}
        bildat bilda VERB 0 ROOT VerbForm=Sup
        ett en DET 13 det
        förbund förbund NOUN 11 obj {IND}
        . . PUNCT 11 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("västby kommun", "none", "bilda")]


def test_an_inverted_quantified_subject_of_a_later_conjunct(nlp) -> None:
    """``Därefter ska två nya nämnder tillsättas och samtidigt upphör tre arbetsgrupper`` (round
    22, D3): a conjunct opened by a coordinator (adverbs between) holds its own V2 place: the
    first conjunct's subject does not fill it, the quantified noun phrase after its finite
    verb is its inverted subject; an ``obl:agent`` without ``av`` is no agent."""
    doc = parsed(
        nlp,
        f"""
        Därefter därefter ADV 6 advmod
        ska skola AUX 6 aux {MODAL}
        två två NUM 5 nummod
        nya ny ADJ 5 amod
        nämnder nämnd NOUN 6 nsubj:pass {IND_PL}
        tillsättas tillsätta VERB 0 ROOT VerbForm=Inf|Voice=Pass
        och och CCONJ 9 cc
        samtidigt samtidigt ADV 9 advmod
        upphör upphöra VERB 6 conj {PRES}
        tre tre NUM 11 nummod
        arbetsgrupper arbetsgrupp NOUN 6 obl:agent {IND_PL}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "obligation", "tillsätta", False, True),
        ("arbetsgrupp", "none", "upphöra", False, False),
    ]


def test_a_cleft_focus_coordinated_in_commas_past_an_inserted_adverbial(nlp) -> None:
    """``Det är ordföranden, eller vid förfall vice ordföranden, som kallar till möte``
    (round 23, cause B3): the copula is a cleft's, no statement; both conjuncts of the
    focus, the later one past its coordinator and a prepositional phrase in commas, act in
    the som-clause."""
    doc = parsed(
        nlp,
        f"""
        Det den PRON 3 nsubj
        är vara AUX 3 cop {MODAL}
        ordföranden ordförande NOUN 0 ROOT {DEF}
        , , PUNCT 9 punct
        eller eller CCONJ 9 cc
        vid vid ADP 7 case
        förfall förfall NOUN 9 nmod {IND}
        vice vice NOUN 9 amod
        ordföranden ordförande NOUN 3 conj {DEF}
        , , PUNCT 9 punct
        som som PRON 12 nsubj
        kallar kalla VERB 9 acl:relcl {PRES}
        till till ADP 14 case
        möte möte NOUN 12 obl {IND}
        """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "kalla", False, False),
        ("vice ordförande", "none", "kalla", False, False),
    ]


def test_om_read_as_a_preposition_before_coordinated_subjects_opens_a_content_clause(
    nlp,
) -> None:
    """Round 29, B4: ``prövar om styrelser och nämnder följer …``: the parser's ``om`` + noun
    phrase right after the finite verb and before another finite verb is a content clause;
    neither of its subjects has a statement."""
    doc = parsed(
        nlp,
        f"""
        Revisorerna revisor NOUN 2 nsubj {DEF_PL}
        prövar pröva VERB 0 ROOT {PRES}
        om om ADP 4 case
        styrelser styrelse NOUN 2 obl {IND_PL}
        och och CCONJ 7 cc
        nämnder nämnd NOUN 7 nsubj {IND_PL}
        följer följa VERB 2 conj {PRES}
        fullmäktiges fullmäktige NOUN 9 nmod:poss Case=Gen
        beslut beslut NOUN 7 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("revisor", "none", "pröva", False, False)]


def test_a_conjunct_attribute_read_as_a_noun_before_the_actor_word(nlp) -> None:
    """Round 29, B8: ``En sekreterare eller en enskild [NN] ersättare [AB] har``: the
    parser's conjunct is the attribute; the actor after it is the second subject."""
    doc = parsed(
        nlp,
        f"""
        En en DET 2 det
        sekreterare sekreterare NOUN 7 nsubj {IND}
        eller eller CCONJ 5 cc
        en en DET 5 det
        enskild enskild NOUN 2 conj {IND}
        ersättare ersättare ADV 7 advmod
        har ha VERB 0 ROOT {PRES}
        ingen ingen DET 9 det
        rösträtt rösträtt NOUN 7 obj {IND}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [
        ("sekreterare", "none", "ha", False, False),
        ("ersättare", "none", "ha", False, False),
    ]


def test_om_before_a_thing_and_an_actor_stays_a_preposition(nlp) -> None:
    """Round 29, B4's limit: ``beslutar om riktlinjerna och förvaltningschefen fattar``: a
    thing after ``om`` keeps it a preposition; the second clause is a main clause."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        beslutar besluta VERB 0 ROOT {PRES}
        om om ADP 4 case
        riktlinjerna riktlinje NOUN 2 obl {DEF_PL}
        och och CCONJ 7 cc
        förvaltningschefen förvaltningschef NOUN 7 nsubj {DEF}
        fattar fatta VERB 2 conj {PRES}
        beslut beslut NOUN 7 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "none", "besluta", False, False),
        ("förvaltningschef", "none", "fatta", False, False),
    ]


def test_coordinated_subjects_past_their_abbreviations(nlp) -> None:
    """Round 33 (analyst 31, cause C1): ``Miljöenheten (Mi) och Byggenheten (B) ska
    samråda``: the abbreviation in parentheses is no conjunct and the ``och`` after it joins
    the two units, one statement each."""
    doc = parsed(
        nlp,
        f"""
        Miljöenheten miljöenhet NOUN 11 nsubj {DEF}
        ( ( PUNCT 3 punct
        Mi Mi PROPN 1 appos
        ) ) PUNCT 3 punct
        och och CCONJ 6 cc
        Byggenheten byggenhet NOUN 3 conj {DEF}
        ( ( PUNCT 8 punct
        B B PROPN 6 appos
        ) ) PUNCT 8 punct
        ska skola AUX 11 aux {MODAL}
        samråda samråda VERB 0 ROOT {INF}
        . . PUNCT 11 punct
        """,
    )
    assert statements(doc) == [
        ("miljöenhet", "obligation", "samråda", False, False),
        ("byggenhet", "obligation", "samråda", False, False),
    ]


def test_no_late_subject_past_a_subject_before_the_verb(nlp) -> None:
    """Round 34 (analyst 32, cause B1): ``de andra ska sitta i någon kommunal nämnd``: a
    subject before the finite verb holds the V2 place, so a presentational verb looks for no
    late subject; the noun of the prepositional phrase after it is no subject."""
    doc = parsed(
        nlp,
        f"""
        De de DET 2 det
        andra annan ADJ 4 nsubj
        ska skola AUX 4 aux {MODAL}
        sitta sitta VERB 0 ROOT {INF}
        i i ADP 8 case
        någon någon DET 8 det
        kommunal kommunal NOUN 8 amod {IND}
        nämnd nämnd NOUN 4 obl {IND}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == []


def test_late_subject_past_a_phrase_with_a_noun_tagged_adjective(nlp) -> None:
    """Round 34 (analyst 32, cause B1): ``Dessutom ingår i någon kommunal [NOUN amod] nämnd
    två ledamöter``: a noun the parser makes an attribute is a modifier of the
    prepositional phrase's head, not its head, so the late subject is the one after it."""
    doc = parsed(
        nlp,
        f"""
        Dessutom dessutom ADV 2 advmod
        ingår ingå VERB 0 ROOT {PRES}
        i i ADP 6 case
        någon någon DET 6 det
        kommunal kommunal NOUN 6 amod {IND}
        nämnd nämnd NOUN 2 obl {IND}
        två två NUM 8 nummod
        ledamöter ledamot NOUN 2 nsubj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("ledamot", "none", "ingå", False, False)]


def test_object_actor_verb_after_a_subject_that_is_no_actor(nlp) -> None:
    """Round 34 (analyst 32, cause B2): ``Skyldigheten att föra register åvilar
    kanslichefen``: the actor of `åvila` is its object; the subject is no actor, so no
    statement (the expletive ``Det åligger X att`` stays a cue)."""
    doc = parsed(
        nlp,
        f"""
        Skyldigheten skyldighet NOUN 5 nsubj {DEF}
        att att PART 3 mark
        föra föra VERB 5 csubj {INF}
        register register NOUN 3 obj {IND}
        åvilar åvila VERB 0 ROOT {PRES}
        kanslichefen kanslichef NOUN 5 obj {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == []


def test_expletive_object_actor_verb_keeps_its_cue(nlp) -> None:
    """Round 34 (analyst 32, cause B2): ``Det åligger kanslichefen att föra register``."""
    doc = parsed(
        nlp,
        f"""
        Det den PRON 2 nsubj
        åligger åligga VERB 0 ROOT {PRES}
        kanslichefen kanslichef NOUN 2 obj {DEF}
        att att PART 5 mark
        föra föra VERB 3 acl {INF}
        register register NOUN 5 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("kanslichef", "obligation", "föra", False, False)]


def test_partitive_share_states_nothing(nlp) -> None:
    """Round 34 (analyst 32, cause B5): ``Nämnden består av nio ledamöter, varav ordföranden
    är förtroendevald``: the copular clause after ``varav`` describes a share of the
    composition; only the main clause states."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        består bestå VERB 0 ROOT {PRES}
        av av ADP 5 case
        nio nio NUM 5 nummod
        ledamöter ledamot NOUN 2 obl {IND_PL}
        , , PUNCT 10 punct
        varav varav ADV 10 advmod
        ordföranden ordförande NOUN 10 nsubj {DEF}
        är vara AUX 10 cop {PRES}
        förtroendevald förtroendevald ADJ 5 acl:relcl
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "bestå", False, False)]


def test_late_subject_after_a_fronted_phrase_whose_noun_the_parser_makes_subject(nlp) -> None:
    """Round 34 (analyst 32, cause B1): ``I Ekby kommun finns fyra nämnder``: a fronted
    prepositional phrase is an adverbial even where the parser makes its noun the subject;
    the late subject follows the verb."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 3 case
        Ekby Ekby PROPN 3 amod
        kommun kommun NOUN 4 nsubj {IND}
        finns finnas VERB 0 ROOT {PRES}
        fyra fyra NUM 6 nummod
        nämnder nämnd NOUN 4 nsubj {IND_PL}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "finnas", False, False)]


def test_late_subject_after_a_label_and_a_fronted_phrase(nlp) -> None:
    """Round 34 (B1, coordinator): ``2 § I rådet ingår sekreteraren.``: a label the clause
    text kept opens no prefield, so the fronted phrase after it is the adverbial and the late
    subject follows the verb."""
    doc = parsed(
        nlp,
        f"""
        2 2 NUM 2 nummod
        § § NOUN 5 nsubj
        I i ADP 4 case
        rådet råd NOUN 2 nmod {DEF}
        ingår ingå VERB 0 ROOT {PRES}
        sekreteraren sekreterare NOUN 5 obj {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("sekreterare", "none", "ingå", False, False)]


def test_an_actor_after_a_fronted_preposition_and_a_genitive_is_no_subject(nlp) -> None:
    """Round 33, B1: `I förbundets kansli ska ingå en controller.`: the owner's genitive
    opens the phrase the fronted preposition governs, so `kansli` is no subject, whatever
    the parser says; the late subject is."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 3 case
        förbundets förbund NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        kansli kansli NOUN 5 nsubj {IND}
        ska skola AUX 5 aux {MODAL}
        ingå ingå VERB 0 ROOT {INF}
        en en DET 7 det Definite=Ind
        controller controller NOUN 5 obj {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("controller", "obligation", "ingå", False, False)]


def test_late_subject_past_a_place_phrase_after_another_fronted_phrase(nlp) -> None:
    """Round 35, K1: ``Utöver presidiet ingår i styrelsen tre suppleanter.``: a fronted phrase
    other than the place leaves the late subject after the verb and the place phrase; the
    place phrase's noun is no head that the numeral phrase completes."""
    doc = parsed(
        nlp,
        f"""
        Utöver utöver ADP 2 case
        presidiet presidium NOUN 3 obl {DEF}
        ingår ingå VERB 0 ROOT {PRES}
        i i ADP 5 case
        styrelsen styrelse NOUN 3 obl {DEF}
        tre tre NUM 7 nummod
        suppleanter suppleant NOUN 5 nmod {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("suppleant", "none", "ingå", False, False)]


def test_late_subject_opened_by_a_title_tagged_a_preposition(nlp) -> None:
    """Round 35, K1: ``Vid förhinder ska i rådet ingå vice ordföranden.``: ``vice`` read as a
    preposition opens the late subject, no prepositional phrase to pass."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        förhinder förhinder NOUN 6 obl {IND}
        ska skola AUX 6 aux {MODAL}
        i i ADP 5 case
        rådet råd NOUN 6 obl {DEF}
        ingå ingå VERB 0 ROOT {INF}
        vice vice ADP 8 cc
        ordföranden ordförande NOUN 6 obl {DEF}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("vice ordförande", "obligation", "ingå", False, False)]


def test_late_subject_after_a_fronted_clause_with_a_noun_read_present(nlp) -> None:
    """Round 35, K1: ``När nämnden inte sammanträder sitter ordföranden i utskottet.``: the
    fronted clause's present read as a noun is still its verb, so ``sitter`` is the main
    clause's; its late subject is the chair, and ``i utskottet`` is the verb's place, no
    owner of the chair."""
    doc = parsed(
        nlp,
        f"""
        När när SCONJ 4 mark
        nämnden nämnd NOUN 4 nsubj {DEF}
        inte inte PART 4 advmod
        sammanträder sammanträde NOUN 5 nsubj {IND_PL}
        sitter sitta VERB 0 ROOT {PRES}
        ordföranden ordförande NOUN 5 obj {DEF}
        i i ADP 8 case
        utskottet utskott NOUN 5 obl {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("ordförande", "none", "sitta", False, False)]


def test_a_nominative_pronoun_before_the_verb_leaves_its_nouns_objects(nlp) -> None:
    """Round 37, B1: `Vi väljer revisor och sekreterare.`: the pronoun in the prefield is the
    subject (plain V2), so neither noun after the verb is an inverted subject; a pronoun
    subject gives no statement (docs/annotation.md §5.1)."""
    doc = parsed(
        nlp,
        f"""
        Vi vi PRON 2 nsubj Case=Nom|Definite=Def|Number=Plur|PronType=Prs
        väljer välja VERB 0 ROOT {PRES}
        revisor revisor NOUN 2 obj {IND}
        och och CCONJ 5 cc
        sekreterare sekreterare NOUN 3 conj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_a_coordinated_de_and_a_nominalised_adjective_open_a_main_clause(nlp) -> None:
    """Round 37, aq-B3: `Fullmäktige antar planen och de anställda ska följa den.`: after
    `och`, `de anställda` + a finite verb is the subject of a second main clause, no
    relative clause without `som` (docs/annotation.md §5.1)."""
    doc = parsed(
        nlp,
        f"""
        Fullmäktige fullmäktige NOUN 2 nsubj {DEF_PL}
        antar anta VERB 0 ROOT {PRES}
        planen plan NOUN 2 obj {DEF}
        och och CCONJ 8 cc
        de de DET 6 det Definite=Def|Number=Plur|PronType=Art
        anställda anställd NOUN 8 nsubj {IND_PL}
        ska skola AUX 8 aux {MODAL}
        följa följa VERB 2 conj {INF}
        den den PRON 8 obj Definite=Def|Number=Sing|PronType=Prs
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("fullmäktige", "none", "anta", False, False),
        ("anställd", "obligation", "följa", False, False),
    ]


def test_coordinated_nouns_after_de_take_an_object_contact_relative(nlp) -> None:
    """Round 37, aq-B4: `Förvaltningen följer de planer och mål styrelsen har lagt fast.`:
    `de` + nouns joined by `och` + a subject + a finite verb is a relative clause without
    `som`: no statement for `styrelsen` (docs/annotation.md §5.1)."""
    doc = parsed(
        nlp,
        f"""
        Förvaltningen förvaltning NOUN 2 nsubj {DEF}
        följer följa VERB 0 ROOT {PRES}
        de de DET 4 det Definite=Def|Number=Plur|PronType=Art
        planer plan NOUN 2 obj {IND_PL}
        och och CCONJ 6 cc
        mål mål NOUN 4 conj {IND_PL}
        styrelsen styrelse NOUN 9 nsubj {DEF}
        har ha AUX 9 aux {PRES}
        lagt lägga VERB 2 parataxis VerbForm=Sup|Voice=Act
        fast fast ADV 9 advmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("förvaltning", "none", "följa", False, False)]


def test_partitive_av_after_an_interrogative_opens_no_relative_clause(nlp) -> None:
    """Round 37 (ar-B2): ``ska bestämma vilken av föreningens sektioner som ska ansvara för
    lägret``: ``som`` after the interrogative's partitive phrase opens an indirect question
    (§5.2), no relative clause with its own cue about the sections."""
    doc = parsed(
        nlp,
        f"""
        Årsmötet årsmöte NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        bestämma bestämma VERB 0 ROOT {INF}
        vilken vilken PRON 3 obj _
        av av ADP 7 case
        föreningens förening NOUN 7 nmod:poss Case=Gen|Definite=Def|Number=Sing
        sektioner sektion NOUN 4 nmod Case=Nom|Definite=Ind|Number=Plur
        som som PRON 10 nsubj _
        ska skola AUX 10 aux {MODAL}
        ansvara ansvara VERB 7 acl:relcl {INF}
        för för ADP 12 case
        lägret läger NOUN 10 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("årsmöte", "obligation", "bestämma", False, False)]


def test_inverted_genitive_subject_past_a_participle_attribute(nlp) -> None:
    """Round 38 (at-B5): ``Vid årsmötet kan förbundets röstberättigade [VB|PRT] medlemmar
    föreslå ledamöter``: past a genitive right after the modal, a participle in -ade/-da/-na
    before an actor noun is its attribute and the noun the inverted subject, whichever word
    the parser makes the subject."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        årsmötet årsmöte NOUN 5 obl {DEF}
        kan kunna AUX 5 aux {MODAL}
        förbundets förbund NOUN 5 nsubj Case=Gen|Definite=Def|Number=Sing
        röstberättigade röstberättiga VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        medlemmar medlem NOUN 5 obj {IND_PL}
        föreslå föreslå VERB 5 xcomp {INF}
        ledamöter ledamot NOUN 7 obj {IND_PL}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("medlem", "permission", "föreslå", False, False)]


def test_the_subject_before_a_varav_insertion_in_commas(nlp) -> None:
    """Round 40 (ax cause 5): ``Fyra ledamöter, varav två ska vara kvinnor, ska bereda
    ärendet.``: the relative in commas is an insertion (its copula a share, no statement);
    the noun phrase that opens the sentence is the subject of the modal after it, however the
    parser hangs that modal."""
    doc = parsed(
        nlp,
        f"""
        Fyra fyra NUM 2 nummod
        ledamöter ledamot NOUN 0 ROOT {IND_PL}
        , , PUNCT 8 punct
        varav varav ADV 8 advmod
        två två NUM 8 nsubj
        ska skola AUX 8 aux {PRES}
        vara vara AUX 8 cop {INF}
        kvinnor kvinna NOUN 2 acl:relcl {IND_PL}
        , , PUNCT 12 punct
        ska skola AUX 12 nmod:poss {PRES}
        bereda bereda ADJ 12 amod
        ärendet ärende NOUN 2 conj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("ledamot", "obligation", "bereda", False, False)]


def test_the_inverted_subject_after_a_subordinate_clause_in_commas(nlp) -> None:
    """Round 40 (ax cause 14): ``Vid stämman ska, om kassören är sjuk, revisorn redovisa
    kassan.``: after a fronted adverbial and the V2 modal, a subordinate clause in commas
    stands before the inverted subject; the actor after its closing comma is the subject,
    never the one inside the clause, however the parser hangs the clauses (as here)."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        stämman stämma NOUN 8 obl {DEF}
        ska skola AUX 8 aux {PRES}
        , , PUNCT 8 punct
        om om SCONJ 8 mark
        kassören kassör NOUN 8 nsubj {DEF}
        är vara AUX 8 cop {PRES}
        sjuk sjuk ADJ 0 ROOT
        , , PUNCT 11 punct
        revisorn revisor NOUN 11 obl {DEF}
        redovisa redovisa VERB 8 conj {INF}
        kassan kassa NOUN 11 obj {DEF}
        . . PUNCT 8 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("revisor", "obligation", "redovisa")]


def test_gapped_passive_agents_after_a_comma_and_an_additive_agent(nlp) -> None:
    """Round 40 (ax cause 4): ``Vid förfall ersätts kassören av sekreteraren, revisorn av
    suppleanten.``: a gapped conjunct after a comma names another agent, unless it goes on
    as a clause of its own (``, beslutet av nämnden kan överklagas``); ``undertecknas förutom
    av nämnden av ordföranden``: the ``av``-phrase after an additive agent names one more."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        förfall förfall NOUN 3 obl {IND}
        ersätts ersätta VERB 0 ROOT {PASS}
        kassören kassör NOUN 3 nsubj:pass {DEF}
        av av ADP 6 case
        sekreteraren sekreterare NOUN 3 obl:agent {DEF}
        , , PUNCT 8 punct
        revisorn revisor NOUN 6 conj {DEF}
        av av ADP 10 case
        suppleanten suppleant NOUN 8 nmod {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("sekreterare", "none", "ersätta"),
        ("suppleant", "none", "ersätta"),
    ]
    additive = parsed(
        nlp,
        f"""
        Avtal avtal NOUN 2 nsubj:pass {IND_PL}
        tecknas teckna VERB 0 ROOT {PASS}
        förutom förutom ADP 5 case
        av av ADP 5 case
        nämnden nämnd NOUN 2 obl:agent {DEF}
        av av ADP 7 case
        ordföranden ordförande NOUN 5 nmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(additive)] == [
        ("nämnd", "none", "teckna"),
        ("ordförande", "none", "teckna"),
    ]


def test_a_noun_before_a_postposition_is_no_subject(nlp) -> None:
    """``Ansökningarna ska lämnas in och vara styrelsen tillhanda i tid`` (round 41, agt-C8):
    the noun right before the postposition ``tillhanda`` (configs/grammar.yaml
    ``postpositions``) is its complement, not the subject of ``vara``; only the passive
    without an actor states."""
    doc = parsed(
        nlp,
        f"""
        Ansökningarna ansökan NOUN 3 nsubj {DEF_PL}
        ska skola AUX 3 aux {MODAL}
        lämnas lämna VERB 0 ROOT VerbForm=Inf|Voice=Pass
        in in ADV 3 compound:prt
        och och CCONJ 8 cc
        vara vara AUX 8 cop {INF}
        styrelsen styrelse NOUN 8 nsubj {DEF}
        tillhanda tillhanda NOUN 3 conj {IND}
        i i ADP 10 case
        tid tid NOUN 8 obl {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "lämna", False, True)]


def test_the_noun_after_preposition_and_respektive_opens_no_clause(nlp) -> None:
    # round 41 (r-C1): `<Bodies> i respektive <org> får`: the head is the subject, not the
    # PP's noun (the tagger reads `respektive` as an adverb)
    doc = parsed(
        nlp,
        f"""
        Valnämnderna valnämnd NOUN 5 nsubj {DEF_PL}
        i i ADP 4 case
        respektive respektive ADV 4 amod
        kommun kommun NOUN 1 nmod {IND}
        får få VERB 0 ROOT {PRES}
        yttra yttra VERB 5 xcomp {INF}
        sig sig PRON 6 obj
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("valnämnd", "permission", "yttra", False, False)]


def test_a_noun_before_emellan_is_no_subject(nlp) -> None:
    """``Därefter fördelas kommunerna emellan efter folkmängd``: the noun before the
    postposition ``emellan`` (configs/grammar.yaml ``postpositions``, the one list the subject
    and predicative rules share) is its complement, not the subject of ``fördelas``."""
    doc = parsed(
        nlp,
        f"""
        Därefter därefter ADV 2 advmod
        fördelas fördela VERB 0 ROOT {PRES}|Voice=Pass
        kommunerna kommun NOUN 2 nsubj {DEF_PL}
        emellan emellan ADV 2 advmod
        efter efter ADP 6 case
        folkmängd folkmängd NOUN 2 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []  # no actor, no deontic: no row (`kommun` was one)


def test_the_owner_of_a_non_actor_before_a_has_cue_is_no_subject(nlp) -> None:
    """Round 42 (bc-G1): ``Klubbens verksamhet har till syfte att främja …``: the genitive
    owns the subject, no actor, as before a modal; ``Kåren har till uppgift att …`` keeps its
    subject."""
    owned = parsed(
        nlp,
        f"""
        Klubbens klubb NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        verksamhet verksamhet NOUN 3 nsubj {IND}
        har ha VERB 0 ROOT {PRES}
        till till ADP 5 case
        syfte syfte NOUN 3 obl {IND}
        att att PART 7 mark
        främja främja VERB 3 xcomp {INF}
        friidrott friidrott NOUN 7 obj {IND}
        . . PUNCT 3 punct
        """,
    )
    bare = parsed(
        nlp,
        f"""
        Kåren kår NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        till till ADP 4 case
        uppgift uppgift NOUN 2 obl {IND}
        att att PART 6 mark
        bevaka bevaka VERB 2 xcomp {INF}
        intressena intresse NOUN 6 obj {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(owned) == []
    assert statements(bare) == [("kår", "obligation", "bevaka", False, False)]


def test_a_relative_after_an_attribute_belongs_to_the_determined_noun(nlp) -> None:
    """Round 42 (bc-R1): ``Den ledamot av styrelsen som är ansvarig för …``: the restrictive
    relative clause belongs to the noun ``den`` determines, not to the attribute's noun;
    after ``en`` the nearest noun stays its antecedent."""
    rows = f"""
        Den den DET 2 det
        ledamot ledamot NOUN 11 nsubj {IND}
        av av ADP 4 case
        styrelsen styrelse NOUN 2 nmod {DEF}
        som som PRON 7 nsubj
        är vara AUX 7 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        ansvarig ansvarig ADJ 2 acl:relcl Case=Nom|Definite=Ind|Degree=Pos
        för för ADP 9 case
        kassan kassa NOUN 7 obl {DEF}
        ska skola AUX 11 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        rapportera rapportera VERB 0 ROOT {INF}
        . . PUNCT 11 punct
        """
    determined = parsed(nlp, rows)
    indefinite = parsed(nlp, rows.replace("Den den DET 2 det", "En en DET 2 det"))
    assert statements(determined) == [
        ("ledamot", "responsibility", "ansvara", False, False),
        ("ledamot", "obligation", "rapportera", False, False),
    ]
    assert statements(indefinite)[0] == ("styrelse", "responsibility", "ansvara", False, False)


def test_inverted_subjects_after_a_phrase_of_addition(nlp) -> None:
    """Round 42 (bc-V1): ``Vid stämman deltar förutom styrelsen även revisorerna och
    kassören``: after the inverted verb a phrase of addition (`additive_prepositions` + a noun
    phrase, closed by `additive_adverbs`) stands before the subjects; its own noun gets no
    statement. The parser hangs the list on the phrase's noun, as the model does."""
    rows = """
        Vid vid ADP 2 case
        stämman stämma NOUN 3 obl
        deltar delta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        förutom förutom ADP 5 case
        styrelsen styrelse NOUN 3 obl
        även även ADV 7 advmod
        revisorerna revisor NOUN 5 nmod
        och och CCONJ 9 cc
        kassören kassör NOUN 7 conj
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, rows)) == [
        ("revisor", "none", "delta", False, False),
        ("kassör", "none", "delta", False, False),
    ]
    tagged_adverb = """
        Vid vid ADP 2 case
        mötena möte NOUN 3 obl
        närvarar närvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        jämte jämte ADV 5 advmod
        ordföranden ordförande NOUN 3 obj
        även även ADV 7 advmod
        sekreteraren sekreterare NOUN 3 conj
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, tagged_adverb)) == [
        ("sekreterare", "none", "närvara", False, False)
    ]
    # no closing adverb: the phrase's noun is all there is, and it is no subject
    no_closing = """
        Vid vid ADP 2 case
        stämman stämma NOUN 3 obl
        deltar delta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        förutom förutom ADP 5 case
        styrelsen styrelse NOUN 3 obl
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, no_closing)) == []


def test_a_content_clause_after_the_opening_noun_leaves_the_main_verb(nlp) -> None:
    """Round 42 (bc-O1): ``Beslut om vad som ska ersättas ska fattas av styrelsen``: the
    ``om``-clause (a free relative with its own verb) complements the opening noun; the last
    finite verb after it is the main clause's. A title with one verb stays subordinate."""
    rows = f"""
        Beslut beslut NOUN 0 ROOT {IND}
        om om ADP 8 mark
        vad vad PRON 8 nsubj
        som som PRON 6 nsubj
        ska skola AUX 6 aux {MODAL}
        ersättas ersätta VERB 3 acl:relcl {INF_PASS}
        ska skola AUX 8 aux {MODAL}
        fattas fatta VERB 1 acl {INF_PASS}
        av av ADP 10 case
        styrelsen styrelse NOUN 8 obl {DEF}
        . . PUNCT 1 punct
    """
    assert statements(parsed(nlp, rows)) == [("styrelse", "obligation", "fatta", False, True)]
    title = f"""
        Regler regel NOUN 0 ROOT {IND_PL}
        om om ADP 6 mark
        hur hur ADV 6 advmod
        ansökan ansökan NOUN 6 nsubj:pass {DEF}
        ska skola AUX 6 aux {MODAL}
        göras göra VERB 1 acl {INF_PASS}
    """
    assert statements(parsed(nlp, title)) == []


def test_a_remainder_person_conjunct_past_the_subjects_postmodifier(nlp) -> None:
    """Round 42 (bc-C1): ``Andra tjänstemän från förvaltningen samt övriga handläggare är
    föredragande``: a person opened by a quantifier of the rest (`remainder_quantifiers`),
    which the parser conjoins to the noun of the first subject's prepositional phrase, is
    the subject's conjunct; an organisation so placed stays in the phrase."""
    rows = """
        Andra annan ADJ 2 amod
        tjänstemän tjänsteman NOUN 9 nsubj Case=Nom|Definite=Ind|Number=Plur
        från från ADP 4 case
        förvaltningen förvaltning NOUN 2 nmod Case=Nom|Definite=Def|Number=Sing
        samt samt CCONJ 7 cc
        övriga övrig ADJ 7 amod
        handläggare handläggare NOUN 4 conj Case=Nom|Definite=Ind|Number=Plur
        är vara AUX 9 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        föredragande föredragande ADJ 0 ROOT
        . . PUNCT 9 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("tjänsteman", "none", "vara"),
        ("handläggare", "none", "vara"),
    ]
    organisation = rows.replace("handläggare handläggare NOUN", "bolag bolag NOUN")
    assert [s[:3] for s in statements(parsed(nlp, organisation))] == [
        ("tjänsteman", "none", "vara")
    ]


def test_a_cleft_with_an_adverb_before_its_focus(nlp) -> None:
    """Round 42 (bb-C3): ``Det är också nämnden som utser ombud``: adverbs between the
    copula and the focus keep the cleft; its som-clause carries the statement."""
    rows = f"""
        Det det PRON 4 nsubj
        är vara AUX 4 cop {PRES}
        också också ADV 4 advmod
        nämnden nämnd NOUN 0 ROOT {DEF}
        som som PRON 6 nsubj
        utser utse VERB 4 acl:relcl {PRES}
        ombud ombud NOUN 6 obj {IND_PL}
        . . PUNCT 4 punct
    """
    assert statements(parsed(nlp, rows)) == [("nämnd", "none", "utse", False, False)]


def test_a_copula_conjunct_before_det_and_a_relative_is_no_cleft(nlp) -> None:
    """Round 42 (bb-C3): ``Fullmäktige har 61 ledamöter och är det enda organ som är
    direktvalt``: after ``och`` the copula is a verb-phrase conjunct (nothing fronted,
    nothing inverted), so ``det`` is the noun's article, no cleft: both verbs state."""
    rows = f"""
        Fullmäktige fullmäktige PROPN 2 nsubj
        har ha VERB 0 ROOT {PRES}
        61 61 NUM 4 nummod
        ledamöter ledamot NOUN 2 obj {IND_PL}
        och och CCONJ 9 cc
        är vara AUX 9 cop {PRES}
        det den DET 9 det
        enda enda ADJ 9 amod
        organ organ NOUN 2 conj {IND}
        som som PRON 12 nsubj
        är vara AUX 12 cop {PRES}
        direktvalt direktvald ADJ 9 acl:relcl
        . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("fullmäktige", "none", "ha"),
        ("fullmäktige", "none", "vara"),
    ]


def test_a_condition_fronted_inside_an_att_clause_keeps_the_v2_verb_there(nlp) -> None:
    """Round 42 (ba-12): ``Det innebär att om två nämnder deltar ska varje nämnd utse en
    ledamot``: the ``om``-clause opened right after ``att`` is fronted inside the
    ``att``-clause; the modal after it is that clause's V2 verb, subordinate, and the
    non-actor matrix ``Det innebär`` gives no statement (§5.1)."""
    doc = parsed(
        nlp,
        f"""
        Det det PRON 2 nsubj
        innebär innebära VERB 0 ROOT {PRES}
        att att SCONJ 7 mark
        om om SCONJ 6 case
        två två NUM 6 nummod
        nämnder nämnd NOUN 7 nsubj {IND_PL}
        deltar delta VERB 2 ccomp {PRES}
        ska skola AUX 11 aux {MODAL}
        varje varje DET 10 det
        nämnd nämnd NOUN 11 nsubj {IND}
        utse utse VERB 2 csubj {INF}
        en en DET 13 det
        ledamot ledamot NOUN 11 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert subordinator_of(doc[7], doc[:], set()).lower_ == "att"
    assert statements(doc) == []


def test_a_noun_infinitive_cue_of_ha_stands_in_its_own_sentence(nlp) -> None:
    """Review 42b (item 10): ``har rätt att`` is the cue of its own ``har``; the same words
    opening the next sentence within reach are not."""
    words = ["Nämnden", "har", "ordet", ".", "Rätt", "att", "yttra", "sig", "finns", "."]
    lemmas = ["nämnd", "ha", "ord", ".", "rätt", "att", "yttra", "sig", "finnas", "."]
    starts = [True, False, False, False, True, False, False, False, False, False]
    doc = Doc(nlp.vocab, words=words, lemmas=lemmas, sent_starts=starts)
    assert not _has_noun_infinitive_cue(doc[1])
    own = Doc(
        nlp.vocab,
        words=words[:2] + ["rätt", "att", "yttra", "sig", "."],
        lemmas=lemmas[:2] + ["rätt", "att", "yttra", "sig", "."],
        sent_starts=[True] + [False] * 6,
    )
    assert _has_noun_infinitive_cue(own[1])


def test_a_fronted_time_noun_phrase_with_a_determiner_is_an_adverbial(nlp) -> None:
    """Round 43 (bf cause 9): ``Det år då val har hållits ska nämnden välja …``: a time noun
    (`time_nouns`) opened by a determiner in the prefield is a time adverbial even where the
    parser makes it the subject; the subject follows the V2 verb. ``Året har varit …``
    without a determiner stays the subject (no actor after the verb)."""
    doc = parsed(
        nlp,
        f"""
        Det den DET 2 det
        år år NOUN 9 nsubj {IND}
        då då SCONJ 6 mark
        val val NOUN 6 nsubj {IND}
        har ha AUX 6 aux {PRES}
        hållits hålla VERB 2 acl:relcl VerbForm=Sup|Voice=Pass
        ska skola AUX 9 aux {MODAL}
        nämnden nämnd NOUN 9 nsubj {DEF}
        välja välja VERB 0 ROOT {INF}
        en en DET 11 det
        ordförande ordförande NOUN 9 obj {IND}
        . . PUNCT 9 punct
        """,
    )
    assert statements(doc) == [("nämnd", "obligation", "välja", False, False)]


def test_a_fronted_date_is_an_adverbial_before_the_v2_subject(nlp) -> None:
    """Newuser55b fault 1: ``Den 1 april ska nämnden lämna en redogörelse.``: a date (an
    article, a number and a month, layout.yaml `month_names`) the parser made the subject is a
    time adverbial; the actor right after the finite verb is the V2 subject."""
    doc = parsed(
        nlp,
        f"""
        Den den DET 3 det
        1 1 NUM 3 nummod
        april april NOUN 6 nsubj {IND}
        ska skola AUX 6 aux {MODAL}
        nämnden nämnd NOUN 6 nsubj {DEF}
        lämna lämna VERB 0 ROOT {INF}
        en en DET 8 det
        redogörelse redogörelse NOUN 6 obj {IND}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("nämnd", "obligation", "lämna", False, False)]


def test_inverted_subject_series_past_a_coordinated_role_phrase(nlp) -> None:
    """Round 43, be-C3: ``som <role> och <role>,`` after the first inverted subject ends at
    its comma; the actors after it (``, kanslichef, samt kassör``) are more subjects (the
    tagger reads ``föredragande`` as a participle, as here; which nouns are actors is the
    actor rules' part)."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        mötet möte NOUN 3 obl {DEF}
        deltar delta VERB 0 ROOT {PRES}
        rektor rektor NOUN 3 nsubj {IND}
        som som SCONJ 6 mark
        ordförande ordförande NOUN 4 appos {IND}
        och och CCONJ 8 cc
        föredragande föredragande ADJ 6 conj
        , , PUNCT 10 punct
        kanslichef kanslichef NOUN 6 conj {IND}
        , , PUNCT 13 punct
        samt samt CCONJ 13 cc
        kassör kassör NOUN 4 conj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("rektor", "none", "delta", False, False),
        ("kanslichef", "none", "delta", False, False),
        ("kassör", "none", "delta", False, False),
    ]


def test_role_list_without_inner_coordinator_keeps_one_subject(nlp) -> None:
    """Round 43, be-C3 negative: ``som sekreterare, föredragande eller protokollförare``: no
    coordinator before the first comma, one role list; one subject."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        mötet möte NOUN 3 obl {DEF}
        deltar delta VERB 0 ROOT {PRES}
        skolchefen skolchef NOUN 3 nsubj {DEF}
        som som SCONJ 6 mark
        sekreterare sekreterare NOUN 4 appos {IND}
        , , PUNCT 8 punct
        föredragande föredragande NOUN 6 conj {IND}
        eller eller CCONJ 10 cc
        protokollförare protokollförare NOUN 6 conj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("skolchef", "none", "delta", False, False)]


def test_a_coordinated_main_clause_after_a_thing_subject_has_its_own_actor(nlp) -> None:
    """Round 44, bh-Q2: ``… ska ske muntligt och fastighetschefen ska notera dem``: after a
    finite verb, ``och`` + an actor right before a modal with its infinitive opens a main
    clause with that subject, whatever the parser hung the actor on (here the adverb's
    conjunct, so the adverb looks like the actor's coordinated attribute)."""
    doc = parsed(
        nlp,
        f"""
        Felanmälningar felanmälan NOUN 3 nsubj {IND_PL}
        ska skola AUX 3 aux {MODAL}
        ske ske VERB 0 ROOT {INF}
        muntligt muntlig ADJ 3 xcomp Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut
        och och CCONJ 6 cc
        fastighetschefen fastighetschef NOUN 4 conj {DEF}
        ska skola AUX 8 aux {MODAL}
        notera notera VERB 3 conj {INF}
        dem de PRON 8 obj Case=Acc|Definite=Def|Number=Plur|PronType=Prs
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("fastighetschef", "obligation", "notera", False, False)]


def test_actors_inside_the_subject_phrase_open_no_coordinated_clause(nlp) -> None:
    """Round 44, bh-Q2 negative: ``Samtal mellan rektorn och kuratorn ska ske …``: no
    finite verb before ``och``: the actors are inside the subject's phrase."""
    doc = parsed(
        nlp,
        f"""
        Samtal samtal NOUN 0 ROOT {IND_PL}
        mellan mellan ADP 3 case
        rektorn rektor NOUN 1 nmod {DEF}
        och och CCONJ 5 cc
        kuratorn kurator NOUN 7 nsubj {DEF}
        ska skola AUX 7 aux {MODAL}
        ske ske VERB 1 conj {INF}
        varje varje DET 9 det Definite=Ind|Number=Sing|PronType=Tot
        vecka vecka NOUN 7 obl {IND}
        . . PUNCT 1 punct
        """,
    )
    assert statements(doc) == []


def test_a_relative_after_a_title_and_personal_name_takes_the_title(nlp) -> None:
    """Round 44, bh-Q4: ``… av skolchefen Karin Holm, som ansvarar för …``: the personal
    name in apposition is no actor; the relative ``som`` after it takes the title."""
    doc = parsed(
        nlp,
        f"""
        Utredningen utredning NOUN 2 nsubj:pass {DEF}
        leds leda VERB 0 ROOT {PASS}
        av av ADP 5 case
        skolchefen skolchef NOUN 5 nmod {DEF}
        Karin Karin PROPN 2 nmod Case=Nom
        Holm Holm PROPN 5 flat:name Case=Nom
        , , PUNCT 5 punct
        som som PRON 9 nsubj PronType=Rel
        ansvarar ansvara VERB 5 acl:relcl {PRES}
        för för ADP 11 case
        tidplanen tidplan NOUN 9 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("skolchef", "none", "leda", False, True),
        ("skolchef", "responsibility", "ansvara", False, False),
    ]


def test_a_relative_after_a_bare_personal_name_has_no_actor(nlp) -> None:
    """Round 44, bh-Q4 negative: ``… av Karin Holm, som ansvarar för …``: no title before
    the name; no actor, no statement."""
    doc = parsed(
        nlp,
        f"""
        Utredningen utredning NOUN 2 nsubj:pass {DEF}
        leds leda VERB 0 ROOT {PASS}
        av av ADP 4 case
        Karin Karin PROPN 2 obl:agent Case=Nom
        Holm Holm PROPN 4 flat:name Case=Nom
        , , PUNCT 4 punct
        som som PRON 8 nsubj PronType=Rel
        ansvarar ansvara VERB 4 acl:relcl {PRES}
        för för ADP 10 case
        tidplanen tidplan NOUN 8 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_a_fronted_object_before_har_leaves_the_actor_with_its_relative_the_subject(
    nlp,
) -> None:
    """Round 44 (§5.3 round 43 nu43-3): ``Talerätt har ledamot som …``: a bare noun before
    main-verb ``har`` is its fronted object; the actor after the verb is the inverted
    subject, its relative clause and all (which gives nothing: no cue)."""
    doc = parsed(
        nlp,
        f"""
        Talerätt talerätt NOUN 2 nsubj {IND}
        har ha VERB 0 ROOT {PRES}
        ledamot ledamot NOUN 2 obj {IND}
        som som PRON 5 nsubj PronType=Rel
        deltar delta VERB 3 acl:relcl {PRES}
        i i ADP 7 case
        mötet möte NOUN 5 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("ledamot", "none", "ha", False, False)]


def test_a_definite_thing_before_har_is_no_fronted_object(nlp) -> None:
    """Round 44 negative: ``Talerätten har stor betydelse för klubben``: a determiner-less
    but definite noun before ``har`` is its subject, no actor follows: no statement."""
    doc = parsed(
        nlp,
        f"""
        Talerätten talerätt NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        stor stor ADJ 4 amod Case=Nom|Definite=Ind|Degree=Pos
        betydelse betydelse NOUN 2 obj {IND}
        för för ADP 6 case
        klubben klubb NOUN 4 nmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_a_fronted_object_with_an_attribute_before_har_and_a_relative_supine(nlp) -> None:
    """Round 44 (§5.3 round 43 nu43-3): ``Talerätt vid mötet har ledamot som anmält sig``:
    the fronted object may take a prepositional attribute; the supine right after the
    relative ``som`` is that clause's, never ``har``'s (the parser hangs ``har`` on it as
    its auxiliary): ``har`` is the main verb, the actor its inverted subject."""
    doc = parsed(
        nlp,
        f"""
        Talerätt talerätt NOUN 7 nsubj {IND}
        vid vid ADP 3 case
        mötet möte NOUN 1 nmod {DEF}
        har ha AUX 7 aux {PRES}
        ledamot ledamot NOUN 4 obj {IND}
        som som PRON 7 mark PronType=Rel
        anmält anmäla VERB 0 ROOT VerbForm=Sup|Voice=Act
        sig sig PRON 7 obj PronType=Prs|Reflex=Yes
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [("ledamot", "none", "ha", False, False)]


@pytest.mark.parametrize(
    ("given", "pos"), [("Per", "ADP"), ("Eva", "ADJ"), ("Lars-Erik", "NOUN")]
)
def test_a_listed_given_name_not_tagged_propn_after_a_title_is_a_name(nlp, given, pos) -> None:
    """Round 52, bh-C2: ``… av kanslichefen Per Sandberg, som ansvarar för …``: a listed
    given name (also a hyphenated pair) that the tagger reads as a preposition, adjective or
    noun is still part of the personal name; the relative takes the title."""
    doc = parsed(
        nlp,
        f"""
        Arbetet arbete NOUN 2 nsubj:pass {DEF}
        samordnas samordna VERB 0 ROOT {PASS}
        av av ADP 4 case
        kanslichefen kanslichef NOUN 2 obl:agent {DEF}
        {given} {given.lower()} {pos} 6 case _
        Sandberg Sandberg PROPN 4 nmod Case=Nom
        , , PUNCT 6 punct
        som som PRON 9 nsubj PronType=Rel
        ansvarar ansvara VERB 6 acl:relcl {PRES}
        för för ADP 11 case
        arkivet arkiv NOUN 9 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("kanslichef", "none", "samordna", False, True),
        ("kanslichef", "responsibility", "ansvara", False, False),
    ]


def test_a_lower_case_per_after_an_agent_is_no_name(nlp) -> None:
    """Round 52, bh-C2 negative: ``… av kansliet per e-post, som skickas …``: a lower-case
    ``per`` is the preposition, no name: the relative takes no actor."""
    doc = parsed(
        nlp,
        f"""
        Handlingarna handling NOUN 2 nsubj:pass {DEF_PL}
        sänds sända VERB 0 ROOT {PASS}
        av av ADP 4 case
        kansliet kansli NOUN 2 obl:agent {DEF}
        per per ADP 6 case _
        post post NOUN 4 nmod {IND}
        , , PUNCT 9 punct
        som som PRON 9 nsubj:pass PronType=Rel
        skickas skicka VERB 6 acl:relcl {PASS}
        ut ut ADV 9 compound:prt _
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("kansli", "none", "sända", False, True)]


def test_a_relative_after_a_name_in_commas_takes_the_title_before_it(nlp) -> None:
    """Round 44, bh-Q4: ``… av skolchefen, Karin Holm, som ansvarar för …``: the personal
    name may stand in commas after the title; ``som`` still takes the title."""
    doc = parsed(
        nlp,
        f"""
        Utredningen utredning NOUN 2 nsubj:pass {DEF}
        leds leda VERB 0 ROOT {PASS}
        av av ADP 4 case
        skolchefen skolchef NOUN 2 obl:agent {DEF}
        , , PUNCT 6 punct
        Karin Karin PROPN 4 appos Case=Nom
        Holm Holm PROPN 6 flat:name Case=Nom
        , , PUNCT 6 punct
        som som PRON 10 nsubj PronType=Rel
        ansvarar ansvara VERB 6 acl:relcl {PRES}
        för för ADP 12 case
        tidplanen tidplan NOUN 10 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("skolchef", "none", "leda", False, True),
        ("skolchef", "responsibility", "ansvara", False, False),
    ]


@pytest.mark.parametrize("determiner", [("annan", "annan", "ADJ"), ("en", "en", "PRON")])
def test_the_agent_after_a_participle_with_its_own_agent(nlp, determiner) -> None:
    """Round 44 (bg-G6): ``av annan/en av X utsedd Y``: the participle's own ``av``-agent is
    no agent of the passive; the actor after the participle heads it (the tagger reads the
    pronoun ``en`` as PRON, the head noun as ADV)."""
    word, lemma, pos = determiner
    morph = "Definite=Ind" if pos == "PRON" else "Degree=Pos"
    doc = parsed(
        nlp,
        f"""
        Kassan kassa NOUN 2 nsubj:pass {DEF}
        sköts sköta VERB 0 ROOT {PASS}
        av av ADP 4 case
        {word} {lemma} {pos} 2 obl {morph}
        av av ADP 6 case
        kommunstyrelsen kommunstyrelse NOUN 4 nmod {DEF}
        utsedd utse ADJ 8 amod Degree=Pos
        revisor revisor ADV 2 advmod
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("revisor", "none", "sköta")]


def test_a_delegate_cell_run_into_its_note_is_no_subject(nlp) -> None:
    """Round 45 (analysis 45-bj C4): ``Ekonomichef Vidaredelegation är ej tillåten``: a
    table row's delegate cell and its note sentence with no stop between; the capitalised
    common noun right before the finite verb opens the note and is its subject, the actor
    before it a cell. A name in apposition (proper nouns) leaves the actor the subject."""
    cell = parsed(
        nlp,
        f"""
        Ekonomichef ekonomichef NOUN 2 compound {IND}
        Vidaredelegation vidaredelegation NOUN 5 nsubj {IND}
        är vara AUX 5 cop {PRES}
        ej ej PART 5 advmod
        tillåten tillåten ADJ 0 ROOT
        """,
    )
    assert statements(cell) == []
    named = parsed(
        nlp,
        f"""
        Ordföranden ordförande NOUN 4 nsubj {DEF}
        Karin Karin PROPN 1 appos
        Holm Holm PROPN 2 flat:name
        är vara AUX 5 cop {PRES}
        sammankallande sammankallande ADJ 0 ROOT
        """,
    )
    assert statements(named) == [("ordförande", "none", "vara", False, False)]


def test_an_actor_in_the_relative_clause_of_a_presented_subject_is_no_subject(nlp) -> None:
    """Round 45 (analysis 45-bj C11): ``I stadgan finns de regler som binder styrelsen``:
    the parsed subject of ``finns`` is the noun before the relative clause; an actor inside
    that clause is never the subject (nor the statement's actor)."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        stadgan stadga NOUN 3 obl {DEF}
        finns finnas VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        de den DET 5 det
        regler regel NOUN 3 nsubj {IND_PL}
        som som PRON 7 nsubj
        binder binda VERB 5 acl:relcl {PRES}
        styrelsen styrelse NOUN 7 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert [s for s in statements(doc) if s[0] == "styrelse"] == []


def test_an_actor_read_as_the_object_of_an_inverted_s_passive_is_its_subject(nlp) -> None:
    """``Vid behov kan inom varje län tillsättas en arbetsgrupp`` (round 45, bi-C9): past a
    fronted adverbial, a modal and a prepositional phrase, the s-passive's subject follows
    it and the parser reads it as an object; an s-passive without a subject takes no object,
    so the actor is the subject, and ``kan`` gives it leave (an actor subject, no mere
    possibility)."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        behov behov NOUN 7 obl {IND}
        kan kunna AUX 7 aux {MODAL}
        inom inom ADP 6 case
        varje varje DET 6 det
        län län NOUN 7 obl {IND}
        tillsättas tillsätta VERB 0 ROOT {INF_PASS}
        en en DET 9 det
        arbetsgrupp arbetsgrupp NOUN 7 obj {IND}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [("arbetsgrupp", "permission", "tillsätta", False, True)]


def test_a_thing_read_as_the_object_of_an_inverted_s_passive_gives_no_statement(nlp) -> None:
    """``Vid behov kan inom varje län tillsättas ett stöd``: no actor after the passive; ``kan``
    says what may happen (round 45, bi-C9 negative)."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        behov behov NOUN 7 obl {IND}
        kan kunna AUX 7 aux {MODAL}
        inom inom ADP 6 case
        varje varje DET 6 det
        län län NOUN 7 obl {IND}
        tillsättas tillsätta VERB 0 ROOT {INF_PASS}
        ett en DET 9 det
        stöd stöd NOUN 7 obj {IND}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == []


def test_a_conjunct_with_its_own_attribute_before_samt_joins_the_subject_list(nlp) -> None:
    """``Lag, förening inom Skidrörelsen samt medlemmar ska delta`` (round 45, bi-C4): past a
    conjunct's prepositional attribute whose noun names no actor, ``samt`` still joins it to
    the parsed subject; the attribute's noun is no subject."""
    doc = parsed(
        nlp,
        f"""
        Klubbar klubb NOUN 9 nsubj {IND_PL}
        , , PUNCT 3 punct
        förening förening NOUN 1 conj {IND}
        inom inom ADP 5 case
        Skidrörelsen skidrörelse NOUN 3 nmod {DEF}
        samt samt CCONJ 7 cc
        medlemmar medlem NOUN 1 conj {IND_PL}
        ska skola AUX 9 aux {MODAL}
        delta delta VERB 0 ROOT {INF}
        . . PUNCT 9 punct
        """,
    )
    assert statements(doc) == [
        ("klubb", "obligation", "delta", False, False),
        ("förening", "obligation", "delta", False, False),
        ("medlem", "obligation", "delta", False, False),
    ]


def test_slash_joined_subjects_before_a_relative_clause_share_the_agentless_passive(
    nlp,
) -> None:
    """``Krets/klubb som har ansökt ska beviljas stöd`` (round 45, bi-C4): a relative clause
    that runs up to the main verb closes the subject chain as a prepositional attribute
    does; each slash conjunct is the passive's subject."""
    doc = parsed(
        nlp,
        f"""
        Krets krets NOUN 0 ROOT {IND}
        / / SYM 3 case
        klubb klubb NOUN 8 nsubj:pass {IND}
        som som PRON 6 nsubj
        har ha AUX 6 aux {MODAL}
        ansökt ansöka VERB 3 acl:relcl VerbForm=Sup|Voice=Act
        ska skola AUX 8 aux {MODAL}
        beviljas bevilja VERB 1 acl:relcl {INF_PASS}
        stöd stöd NOUN 8 obj {IND}
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [
        ("krets", "obligation", "bevilja", False, True),
        ("klubb", "obligation", "bevilja", False, True),
    ]


def test_a_notes_passive_opening_its_cell_takes_no_delegate_subject(nlp) -> None:
    """Round 46 (nu46): ``Tillstånd | Miljöchef | Ska anmälas till nämnden``: the passive
    opens its cell right after ``|``; the delegate cell before it is no subject, so the
    statement has the implicit actor."""
    doc = parsed(
        nlp,
        f"""
        Tillstånd tillstånd NOUN 3 nmod {IND}
        | | PROPN 3 nmod
        Miljöchef miljöchef PROPN 7 nsubj:pass
        | | PROPN 3 flat:name
        Ska skola AUX 7 aux {MODAL}
        anmälas anmäla VERB 0 ROOT {INF_PASS}
        till till ADP 8 case
        nämnden nämnd NOUN 6 obl {DEF}
        """,
    )
    assert statements(doc) == [(None, "obligation", "anmäla", False, True)]


def test_an_active_verb_opening_its_cell_keeps_the_role_cells_subject(nlp) -> None:
    """Negative: ``Miljöchef | Leder tillsynen``: a role cell before an active task keeps its
    subject."""
    doc = parsed(
        nlp,
        f"""
        Miljöchef miljöchef PROPN 3 nsubj
        | | PUNCT 3 punct
        Leder leda VERB 0 ROOT {PRES}
        tillsynen tillsyn NOUN 3 obj {DEF}
        """,
    )
    assert statements(doc) == [("miljöchef", "none", "leda", False, False)]


def test_a_relative_after_a_parenthesis_never_takes_a_noun_inside_it(nlp) -> None:
    """Round 46 (analysis 46-bm cause 13): ``som`` right after ``)`` takes its antecedent
    before the opening parenthesis (``Utskottet (fem ledamöter) som ska …`` → utskottet);
    a bracketed added conjunct (``(och bolagen)``) leaves the relative clause to the head
    the coordination hangs on, no actor: no statement for ``bolagen``."""
    conjunct = parsed(
        nlp,
        f"""
        Dialogen dialog NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        ett en DET 4 det
        verktyg verktyg NOUN 0 ROOT {IND}
        för för ADP 6 case
        förvaltningarna förvaltning NOUN 4 nmod {DEF_PL}
        ( ( PUNCT 9 punct
        och och CCONJ 9 cc
        bolagen bolag NOUN 6 conj {DEF_PL}
        ) ) PUNCT 9 punct
        som som PRON 13 nsubj:pass
        kan kunna AUX 13 aux {MODAL}
        användas använda VERB 9 acl:relcl {INF_PASS}
        . . PUNCT 4 punct
        """,
    )
    assert statements(conjunct) == []
    aside = parsed(
        nlp,
        f"""
        Utskottet utskott NOUN 8 nsubj {DEF}
        ( ( PUNCT 4 punct
        fem fem NUM 4 nummod
        ledamöter ledamot NOUN 1 appos {IND_PL}
        ) ) PUNCT 4 punct
        som som PRON 8 nsubj
        ska skola AUX 8 aux {MODAL}
        bereda bereda VERB 4 acl:relcl {INF}
        ärendena ärende NOUN 8 obj {DEF_PL}
        . . PUNCT 8 punct
        """,
    )
    assert statements(aside) == [("utskott", "obligation", "bereda", False, False)]


def test_alternativt_read_as_an_adjective_joins_two_subjects(nlp) -> None:
    """Round 46 (rank 11): ``alternativt`` [ADJ amod] between two actor noun phrases joins
    them like ``eller`` (docs/annotation.md §2.1): both act; the parser's attribute reading
    does not pull it into the second conjunct's noun phrase."""
    doc = parsed(
        nlp,
        f"""
        Kassören kassör PROPN 3 det Case=Nom
        alternativt alternativ ADJ 3 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Sing
        sekreteraren sekreterare NOUN 5 nsubj {DEF}
        ska skola AUX 5 aux {MODAL}
        föra föra VERB 0 ROOT {INF}
        medlemsregistret medlemsregister NOUN 5 obj {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert ("kassör", "obligation", "föra", False, False) in statements(doc)
    assert ("sekreterare", "obligation", "föra", False, False) in statements(doc)


def test_coordinated_adjectives_still_open_one_noun_phrase(nlp) -> None:
    """Round 46 negative: ``och`` between two adjectives joins attributes of one noun."""
    doc = parsed(
        nlp,
        f"""
        Regionala regional ADJ 4 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        och och CCONJ 3 cc
        nationella nationell ADJ 1 conj Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        myndigheter myndighet NOUN 5 nsubj {IND_PL}
        yttrar yttra VERB 0 ROOT {PRES}
        sig sig PRON 5 obj
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("myndighet", "none", "yttra", False, False)]


def test_om_after_a_bare_question_noun_opens_an_indirect_question(nlp) -> None:
    """Round 47 (nu47 fault 6): ``Fråga om kassören har attesterat fakturan`` (an agenda
    line's bare question noun, no final stop, a definite subject after ``om``): the finite
    verb is the question's, so the clause states nothing; a bare noun after ``om`` is the
    topic of a main verb (``Fråga om bidrag görs av nämnden``)."""
    question = parsed(
        nlp,
        """
        Fråga fråga NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Sing
        om om ADP 3 case
        kassören kassör NOUN 1 nmod Case=Nom|Definite=Def|Number=Sing
        har ha AUX 5 aux VerbForm=Fin|Tense=Pres
        attesterat attestera VERB 1 acl VerbForm=Sup|Voice=Act
        fakturan faktura NOUN 5 obj Case=Nom|Definite=Def|Number=Sing
        """,
    )
    assert subordinator_of(question[3], question[:]).text == "om"
    assert statements(question) == []
    topic = parsed(
        nlp,
        """
        Fråga fråga NOUN 5 nsubj:pass Case=Nom|Definite=Ind|Number=Sing
        om om ADP 3 case
        bidrag bidrag NOUN 1 nmod Case=Nom|Definite=Ind|Number=Sing
        görs göra VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 6 case
        nämnden nämnd NOUN 4 obl:agent Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 4 punct
        """,
    )
    assert subordinator_of(topic[3], topic[:]) is None


def test_a_list_items_question_noun_opens_a_question_despite_its_stop(nlp) -> None:
    """Review 47a: an agenda's list item is an agenda line whatever its end: ``Fråga om
    kassören har attesterat fakturan.`` (numbered under ``ska följande punkter behandlas:``)
    has the question's verb, none of its own (items.py asks `opens_item_question`); a
    topic noun (``Besked om …``) opens none."""
    rows = """
        {noun} {lemma} NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Sing
        om om ADP 3 case
        kassören kassör NOUN 1 nmod Case=Nom|Definite=Def|Number=Sing
        har ha AUX 5 aux VerbForm=Fin|Tense=Pres
        attesterat attestera VERB 1 acl VerbForm=Sup|Voice=Act
        fakturan faktura NOUN 5 obj Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 1 punct
        """
    item = parsed(nlp, rows.format(noun="Fråga", lemma="fråga"))
    assert subordinator_of(item[3], item[:]) is None  # a sentence's stop: the topic reading
    assert opens_item_question(item[3])
    topic = parsed(nlp, rows.format(noun="Besked", lemma="besked"))
    assert not opens_item_question(topic[3])


def test_a_definite_topic_after_a_topic_noun_keeps_the_main_verb(nlp) -> None:
    """Review 47a: ``Besked om beslutet lämnas av nämnden.`` (a noun that mostly takes a
    topic ``om``) and ``Fråga om beslutet avgörs av nämnden.`` (a question noun in a sentence
    that ends in a stop, not an agenda line): the definite noun after ``om`` is the topic,
    the finite verb the main clause's."""
    for noun, verb, verb_lemma in (("Besked", "lämnas", "lämna"), ("Fråga", "avgörs", "avgöra")):
        doc = parsed(
            nlp,
            f"""
            {noun} {noun.lower()} NOUN 4 nsubj:pass Case=Nom|Definite=Ind|Number=Sing
            om om ADP 3 case
            beslutet beslut NOUN 1 nmod Case=Nom|Definite=Def|Number=Sing
            {verb} {verb_lemma} VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
            av av ADP 6 case
            nämnden nämnd NOUN 4 obl:agent Case=Nom|Definite=Def|Number=Sing
            . . PUNCT 4 punct
            """,
        )
        assert subordinator_of(doc[3], doc[:]) is None
        assert statements(doc) == [("nämnd", "none", verb_lemma, False, True)]


def test_a_fronted_om_phrase_before_an_inverted_subject_is_no_condition(nlp) -> None:
    """``Om hyrans storlek beslutar hyresnämnden.`` (round 47, bo G1): a sentence-initial
    ``om`` + noun phrase, the sentence's one finite verb and a definite subject right after
    it: ``om`` is the preposition of a fronted object, the verb the main clause's. With a
    comma and a second finite verb ``om`` opens a condition."""
    doc = parsed(
        nlp,
        f"""
        Om om SCONJ 3 mark
        hyrans hyra NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        storlek storlek NOUN 4 advcl {IND}
        beslutar besluta VERB 0 ROOT {PRES}
        hyresnämnden hyresnämnd NOUN 4 obj {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("hyresnämnd", "none", "besluta", False, False)]
    doc = parsed(
        nlp,
        f"""
        Om om SCONJ 3 mark
        hyresnämnden hyresnämnd NOUN 3 nsubj {DEF}
        beslutar besluta VERB 7 advcl {PRES}
        det det PRON 3 obj
        , , PUNCT 3 punct
        ska skola AUX 7 aux {MODAL}
        betala betala VERB 0 ROOT {INF}
        kassören kassör NOUN 7 nsubj {DEF}
        hyran hyra NOUN 7 obj {DEF}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [("kassör", "obligation", "betala", False, False)]


GEN = "Case=Gen|Definite=Def|Number=Sing"


def test_an_inverted_subject_may_open_with_a_genitive_and_an_adjective(nlp) -> None:
    """Round 48 (nu48 fault 3): after a fronted phrase (``Vid frånvaro för rektorn``, its
    ``för`` parsed as a preposition or as a subordinator), the inverted subject of a main
    verb may open with a genitive, an actor's or not, and an adjective (``skolans närmaste
    chef``, ``rektorns närmaste chef``): the actor noun is the subject, and the phrase is no
    part of the object. The V2 rules were not the cause: the finite verb is found either
    way; the subject look-up stopped at the genitive (a non-actor one is no premodifier, an
    actor's took only an actor right after it or a participle)."""
    as_preposition = f"""
        Vid vid ADP 2 case
        frånvaro frånvaro NOUN 5 obl {IND}
        för för ADP 4 case
        rektorn rektor NOUN 2 nmod {DEF}
        övertar överta VERB 0 ROOT {PRES}
        skolans skola NOUN 8 nmod:poss {GEN}
        närmaste nära ADJ 8 amod Degree=Sup
        chef chef NOUN 9 det {IND}
        ansvaret ansvar NOUN 5 obj {DEF}
        . . PUNCT 5 punct
    """
    as_subordinator = f"""
        Vid vid ADP 2 case
        frånvaro frånvaro NOUN 0 ROOT {IND}
        för för ADP 5 mark
        rektorn rektor NOUN 5 nsubj {DEF}
        övertar överta VERB 2 acl {PRES}
        rektorns rektor NOUN 8 det {GEN}
        närmaste nära ADJ 8 amod Degree=Sup
        chef chef NOUN 9 nmod:poss {IND}
        ansvaret ansvar NOUN 5 obj {DEF}
        . . PUNCT 2 punct
    """
    for rows in (as_preposition, as_subordinator):
        doc = parsed(nlp, rows)
        assert statements(doc) == [("chef", "none", "överta", False, False)]
        [statement] = [s for sentence in doc.sents for s in find(sentence, doc._.actors)]
        assert doc.text[slice(*statement.object_span)] == "ansvaret"


def test_a_noun_phrase_opening_a_table_cell_is_the_notes_subject(nlp) -> None:
    """Round 48 (nu48 fault 4; docs/annotation.md §5, delegation tables): a note whose
    cell opens with its own noun phrase (``| Avslag ska motiveras``, ``| Beslutet ska
    anmälas``) takes no subject from the delegate cell before it: a passive has the
    implicit actor, a copula (``| Vidaredelegation är inte tillåten``) states nothing. A
    note opening with an actor keeps it (``| Handläggaren ska samråda``)."""
    row = """
        2.1 2.1 NUM 2 nummod
        | | PROPN 9 nsubj:pass
        Bygglov bygglov PROPN 2 flat:name
        | | PROPN 2 acl
        Handläggare handläggare PROPN 4 flat:name
        | | PROPN 2 acl
        {subject}
        ska skola AUX 9 aux VerbForm=Fin|Tense=Pres
        {verb}
    """
    passive = row.format(
        subject="Avslag Avslag PROPN 6 flat:name",
        verb="motiveras motivera VERB 0 ROOT VerbForm=Inf|Voice=Pass",
    )
    assert statements(parsed(nlp, passive)) == [(None, "obligation", "motivera", False, True)]
    copula = """
        2.2 2.2 NUM 9 nsubj
        | | PROPN 1 flat:name
        Startbesked startbesked PROPN 2 flat:name
        | | PROPN 5 nmod
        Handläggare handläggare PROPN 4 flat:name
        | | PROPN 1 appos
        Vidaredelegation Vidaredelegation PROPN 6 flat:name
        är vara AUX 9 cop VerbForm=Fin|Tense=Pres
        tillåten tillåten ADJ 0 ROOT
    """
    assert statements(parsed(nlp, copula)) == []
    actor = f"""
        2.3 2.3 NUM 3 nummod
        | | PUNCT 9 punct
        Bygglov bygglov NOUN 9 obl
        | | PUNCT 9 punct
        Handläggare handläggare NOUN 3 conj
        | | PUNCT 9 punct
        Handläggaren handläggare NOUN 9 nsubj {DEF}
        ska skola AUX 9 aux VerbForm=Fin|Tense=Pres
        samråda samråda VERB 0 ROOT VerbForm=Inf
    """
    assert statements(parsed(nlp, actor)) == [
        ("handläggare", "obligation", "samråda", False, False)
    ]


def test_a_subject_conjunct_after_a_coordinator_and_a_phrase_without_commas(nlp) -> None:
    """Round 48 (analysis 48-bq cause 7): ``Årsmötet eller i brådskande fall styrelsen får
    …``: a coordinator and a prepositional phrase join the next actor right before the
    finite verb to the subject before; the same words as an object's series do not."""
    rows = f"""
        Årsmötet årsmöte NOUN 8 nsubj {DEF}
        eller eller CCONJ 7 cc
        i i ADP 6 case
        brådskande brådskande ADJ 5 amod
        fall fall NOUN 7 nmod {IND}
        styrelsen styrelse NOUN 8 nsubj {DEF}
        får få AUX 9 aux {MODAL}
        besluta besluta VERB 0 ROOT {INF}
        . . PUNCT 9 punct
        """
    assert statements(parsed(nlp, rows)) == [
        ("årsmöte", "permission", "besluta", False, False),
        ("styrelse", "permission", "besluta", False, False),
    ]
    objects = f"""
        Ordföranden ordförande NOUN 2 nsubj {DEF}
        kallar kalla VERB 0 ROOT {PRES}
        ledamöterna ledamot NOUN 2 obj {DEF_PL}
        och och CCONJ 8 cc
        i i ADP 7 case
        god god ADJ 7 amod
        tid tid NOUN 8 nmod {IND}
        ersättarna ersättare NOUN 3 conj {DEF_PL}
        . . PUNCT 2 punct
        """
    assert statements(parsed(nlp, objects)) == [("ordförande", "none", "kalla", False, False)]


def test_a_respect_phrase_before_a_superlative_belongs_to_the_fronted_subject(nlp) -> None:
    # round 49 (49-br C7): `Den till åren äldste kassören ska …`: one noun phrase
    doc = parsed(
        nlp,
        f"""
        Den den PRON 5 det Definite=Def|Number=Sing|PronType=Prs
        till till ADP 3 case
        åren år NOUN 4 obl {DEF_PL}
        äldste gammal ADJ 5 amod Case=Nom|Definite=Def|Degree=Sup
        kassören kassör NOUN 7 nsubj {DEF}
        ska skola AUX 7 aux {MODAL}
        kalla kalla VERB 0 ROOT {INF}
        till till ADP 9 case
        mötet möte NOUN 7 obl {DEF}
        . . PUNCT 7 punct
    """,
    )
    assert statements(doc) == [("kassör", "obligation", "kalla", False, False)]


def test_a_respect_phrase_before_a_superlative_belongs_to_the_inverted_subject(nlp) -> None:
    # round 49 (49-br C7): the parser makes `den` the subject, the actor the PP's attribute
    doc = parsed(
        nlp,
        f"""
        Sedan sedan ADV 2 advmod
        leder leda VERB 0 ROOT {PRES}
        den den PRON 2 nsubj Definite=Def|Number=Sing|PronType=Prs
        till till ADP 5 case
        åldern ålder NOUN 2 obl {DEF}
        äldste gammal ADJ 7 amod Case=Nom|Definite=Ind|Degree=Pos
        kassören kassör NOUN 5 nmod {DEF}
        mötet möte NOUN 2 obj {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("kassör", "none", "leda", False, False)]


def test_a_superlative_with_a_respect_phrase_inside_a_pp_is_no_subject(nlp) -> None:
    # round 49 (49-br C7, negative): `till den till åren äldste kassören`
    doc = parsed(
        nlp,
        f"""
        Priset pris NOUN 2 nsubj:pass {DEF}
        lämnades lämna VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
        till till ADP 8 case
        den den DET 8 det Definite=Def|Number=Sing|PronType=Art
        till till ADP 6 case
        åren år NOUN 7 obl {DEF_PL}
        äldste gammal ADJ 8 amod Case=Nom|Definite=Def|Degree=Sup
        kassören kassör NOUN 2 obl {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == []


def test_a_coordinated_quantifier_opens_the_last_subject_of_an_article_led_series(nlp) -> None:
    # round 49 (49-br C3): `… och en eller flera revisorer får …`: `en eller flera` opens
    # the last conjunct's phrase, so the series joins over `och` and the comma
    doc = parsed(
        nlp,
        f"""
        En en DET 2 det Definite=Ind|Number=Sing|PronType=Art
        sekreterare sekreterare NOUN 12 nsubj {IND}
        , , PUNCT 5 punct
        en en DET 5 det Definite=Ind|Number=Sing|PronType=Art
        kassör kassör NOUN 2 conj {IND}
        och och CCONJ 7 cc
        en en NUM 5 conj Case=Nom|NumType=Card|Number=Sing
        eller eller CCONJ 10 cc
        flera många ADJ 10 amod Case=Nom|Degree=Cmp|Number=Plur
        revisorer revisor NOUN 7 conj {IND_PL}
        får få AUX 12 aux {MODAL}
        attestera attestera VERB 0 ROOT {INF}
        fakturor faktura NOUN 12 obj {IND_PL}
        . . PUNCT 12 punct
    """,
    )
    assert statements(doc) == [
        ("sekreterare", "permission", "attestera", False, False),
        ("kassör", "permission", "attestera", False, False),
        ("revisor", "permission", "attestera", False, False),
    ]


def test_an_article_led_series_after_the_verb_stays_its_object(nlp) -> None:
    # round 49 (49-br C3, negative): `Nämnden utser en kassör och en eller flera revisorer.`
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        utser utse VERB 0 ROOT {PRES}
        en en DET 4 det Definite=Ind|Number=Sing|PronType=Art
        kassör kassör NOUN 2 obj {IND}
        och och CCONJ 6 cc
        en en NUM 4 conj Case=Nom|NumType=Card|Number=Sing
        eller eller CCONJ 9 cc
        flera många ADJ 9 amod Case=Nom|Degree=Cmp|Number=Plur
        revisorer revisor NOUN 6 conj {IND_PL}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("nämnd", "none", "utse", False, False)]


def test_a_deputy_condition_after_a_subject_with_a_plain_attribute_joins_two_subjects(
    nlp,
) -> None:
    # round 49 (49-br C2): `Rektorn på skolan, eller om hon är sjuk, kuratorn, beviljar …`:
    # past an attribute that names no actor, the condition clause joins the second subject
    doc = parsed(
        nlp,
        f"""
        Rektorn rektor NOUN 0 ROOT {DEF}
        på på ADP 3 case
        skolan skola NOUN 1 nmod {DEF}
        , , PUNCT 9 punct
        eller eller CCONJ 9 cc
        om om SCONJ 9 mark
        hon hon PRON 9 nsubj Case=Nom|Definite=Def|Number=Sing|PronType=Prs
        är vara AUX 9 cop {PRES}
        sjuk sjuk ADJ 1 conj Case=Nom|Definite=Ind|Degree=Pos|Number=Sing
        , , PUNCT 11 punct
        kuratorn kurator NOUN 9 conj {DEF}
        , , PUNCT 13 punct
        beviljar bevilja VERB 1 conj {PRES}
        ledigheten ledighet NOUN 13 obj {DEF}
        . . PUNCT 1 punct
    """,
    )
    assert statements(doc) == [
        ("rektor", "none", "bevilja", False, False),
        ("kurator", "none", "bevilja", False, False),
    ]


def test_a_deputy_condition_between_two_verbs_leaves_the_second_noun_an_object(nlp) -> None:
    # round 49 (49-br C2, negative): `Rektorn kallar, eller om det behövs, informerar kuratorn.`
    doc = parsed(
        nlp,
        f"""
        Rektorn rektor NOUN 2 nsubj {DEF}
        kallar kalla VERB 0 ROOT {PRES}
        , , PUNCT 2 punct
        eller eller CCONJ 9 cc
        om om SCONJ 7 mark
        det det PRON 7 nsubj:pass Definite=Def|Number=Sing|PronType=Prs
        behövs behöva VERB 9 advcl {PASS}
        , , PUNCT 9 punct
        informerar informera VERB 2 conj {PRES}
        kuratorn kurator NOUN 9 obj {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("rektor", "none", "kalla", False, False),
        ("rektor", "none", "informera", False, False),
    ]


def test_a_modal_actor_and_infinitive_after_a_long_fronted_condition_are_the_main_clause(
    nlp,
) -> None:
    # round 49 (49-br C14): `Om det antas att … eller att … kommer att växa får nämnden
    # sammankallas.`: the parser hangs the main verb on the condition and the walk back from
    # the modal meets the infinitive `att`; V2 after the fronted clause makes it main
    doc = parsed(
        nlp,
        f"""
        Om om SCONJ 3 mark
        det det PRON 3 expl Definite=Def|Number=Sing|PronType=Prs
        antas anta VERB 0 ROOT {PASS}
        att att SCONJ 7 mark
        felet fel NOUN 7 nsubj:pass {DEF}
        har ha AUX 7 aux {PRES}
        upptäckts upptäcka VERB 3 ccomp VerbForm=Sup|Voice=Pass
        eller eller CCONJ 20 cc
        att att SCONJ 11 mark
        det det PRON 11 expl Definite=Def|Number=Sing|PronType=Prs
        finns finnas VERB 20 advcl {PASS}
        risk risk NOUN 11 obj {IND}
        för för ADP 18 mark
        att att SCONJ 18 mark
        skadan skada NOUN 18 nsubj {DEF}
        kommer komma AUX 18 aux {PRES}
        att att PART 18 mark
        växa växa VERB 11 advcl {INF}
        får få VERB 21 aux {MODAL}
        nämnden nämnd NOUN 21 nsubj:pass {DEF}
        sammankallas sammankalla VERB 3 conj {INF_PASS}
        . . PUNCT 3 punct
    """,
    )
    assert statements(doc) == [("nämnd", "permission", "sammankalla", False, True)]


def test_a_modal_after_its_own_subject_inside_the_att_clause_stays_subordinate(nlp) -> None:
    # round 49 (49-br C14, negative): `Om det antas att nämnden får sammankallas …`
    doc = parsed(
        nlp,
        f"""
        Om om SCONJ 3 mark
        det det PRON 3 expl Definite=Def|Number=Sing|PronType=Prs
        antas anta VERB 10 advcl {PASS}
        att att SCONJ 7 mark
        nämnden nämnd NOUN 7 nsubj:pass {DEF}
        får få AUX 7 aux {MODAL}
        sammankallas sammankalla VERB 3 ccomp {INF_PASS}
        ska skola AUX 10 aux {MODAL}
        ordföranden ordförande NOUN 10 nsubj:pass {DEF}
        underrättas underrätta VERB 0 ROOT {INF_PASS}
        . . PUNCT 10 punct
    """,
    )
    assert statements(doc) == [("ordförande", "obligation", "underrätta", False, True)]


def test_a_capacity_som_inside_a_relative_clause_opens_no_clause(nlp) -> None:
    # round 49 (analysis 49-az C2): `som` + a bare role noun + its prepositional attribute
    # is a capacity, so `ska` is the main clause's modal
    doc = parsed(
        nlp,
        f"""
        Den den DET 2 det Definite=Def|Number=Sing|PronType=Art
        ledamot ledamot NOUN 12 nsubj {IND}
        som som PRON 4 nsubj PronType=Rel
        haft ha VERB 2 acl:relcl VerbForm=Sup|Voice=Act
        ett en DET 6 det Definite=Ind|Number=Sing|PronType=Art
        uppdrag uppdrag NOUN 4 obj {IND}
        som som SCONJ 8 mark
        ordförande ordförande NOUN 4 xcomp {IND}
        i i ADP 10 case
        nämnden nämnd NOUN 8 nmod {DEF}
        ska skola AUX 12 aux {MODAL}
        lämna lämna VERB 0 ROOT {INF}
        en en DET 14 det Definite=Ind|Number=Sing|PronType=Art
        rapport rapport NOUN 12 obj {IND}
        . . PUNCT 12 punct
    """,
    )
    assert statements(doc) == [("ledamot", "obligation", "lämna", False, False)]


def test_som_before_bare_subjects_and_a_finite_verb_stays_a_relative_clause(nlp) -> None:
    # round 49 (49-az C2 negative): a conjunct and a finite verb after the bare noun
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        följer följa VERB 0 ROOT {PRES}
        de de DET 4 det Definite=Def|Number=Plur|PronType=Art
        riktlinjer riktlinje NOUN 2 obj {IND_PL}
        som som SCONJ 6 mark
        styrelse styrelse NOUN 4 acl {IND}
        och och CCONJ 8 cc
        förvaltning förvaltning NOUN 6 conj {IND}
        har ha VERB 2 advcl {PRES}
        fastställt fastställa ADV 9 advmod Degree=Pos
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [("nämnd", "none", "följa", False, False)]


QUORUM_WHEN = f"""
    Valberedningen valberedning NOUN 3 nsubj {DEF}
    är vara AUX 3 cop {PRES}
    beslutför beslutför ADV 0 ROOT
    när när SCONJ 14 mark PronType=Int,Rel
    ordföranden ordförande NOUN 14 nsubj {DEF}
    , , PUNCT 7 punct
    kassören kassör NOUN 5 conj {DEF}
    och och CCONJ 9 cc
    minst lite ADV 11 advmod Degree=Sup
    en en DET 11 det Definite=Ind|Number=Sing|PronType=Art
    annan annan ADJ 12 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Sing
    ledamot ledamot ADV 7 nmod
    är vara AUX 14 cop {PRES}
    närvarande närvarande ADJ 3 advcl Case=Nom|Degree=Pos|Tense=Pres|VerbForm=Part
    . . PUNCT 3 punct
"""


def test_a_comma_inside_a_coordinated_subject_of_a_nar_clause_ends_no_clause(nlp) -> None:
    # round 49 (analysis 49-az C8): no conjunct of the när-clause's subject gets a statement
    doc = parsed(nlp, QUORUM_WHEN)
    assert statements(doc) == [("valberedning", "none", "vara", False, False)]


def test_an_om_read_as_a_preposition_before_a_comma_list_of_actors_is_a_condition(nlp) -> None:
    # round 49 (49-az C8): `om A, B och två C är eniga` after the main clause
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        får få AUX 3 aux {MODAL}
        avgöra avgöra VERB 0 ROOT {INF}
        ärendet ärende NOUN 3 obj {DEF}
        om om ADP 6 case
        ordföranden ordförande NOUN 3 obl {DEF}
        , , PUNCT 8 punct
        sekreteraren sekreterare NOUN 6 conj {DEF}
        och och CCONJ 11 cc
        två två NUM 11 nummod Case=Nom|NumType=Card
        ledamöter ledamot NOUN 13 nsubj {IND_PL}
        är vara AUX 13 cop {PRES}
        eniga enig ADJ 3 parataxis Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        . . PUNCT 3 punct
    """,
    )
    assert statements(doc) == [("nämnd", "permission", "avgöra", False, False)]


def test_a_comma_listed_subject_of_a_main_clause_gives_every_conjunct(nlp) -> None:
    # round 49 (49-az C8 negative): no subordinator before the list
    doc = parsed(
        nlp,
        f"""
        Ordföranden ordförande NOUN 0 ROOT {DEF}
        , , PUNCT 3 punct
        kassören kassör NOUN 1 conj {DEF}
        och och CCONJ 5 cc
        en en PRON 6 det Definite=Ind|Number=Sing|PronType=Prs
        ledamot ledamot ADV 8 nsubj
        är vara AUX 8 cop {PRES}
        närvarande närvarande ADJ 1 conj Case=Nom|Degree=Pos|Tense=Pres|VerbForm=Part
        vid vid ADP 10 case
        öppnandet öppnande NOUN 8 obl {DEF}
        . . PUNCT 8 punct
    """,
    )
    assert statements(doc) == [
        ("ordförande", "none", "vara", False, False),
        ("kassör", "none", "vara", False, False),
        ("ledamot", "none", "vara", False, False),
    ]


def test_a_contact_relative_after_a_modal_passive_past_an_adverb_states_nothing(nlp) -> None:
    """Round 49 (analysis 49-p P9; docs/annotation.md §5.2, round 14): ``Protokollet ska
    justeras av kassören eller av den eller dem nämnden därtill utser``: past the adverb
    ``därtill`` the finite verb still closes the relative clause without ``som`` on ``dem``,
    so ``nämnden`` is no agent and ``utser`` no statement; likewise ``av den nämnden
    bemyndigar`` whose present the tagger read as a plural noun (no agent, no statement)."""
    rows = f"""
        Protokollet protokoll NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        justeras justera VERB 0 ROOT {INF_PASS}
        av av ADP 5 case
        kassören kassör NOUN 3 obl:agent {DEF}
        eller eller CCONJ 8 cc
        av av ADP 8 case
        den den PRON 5 conj
        eller eller CCONJ 10 cc
        dem de PRON 8 conj
        nämnden nämnd NOUN 13 nsubj {DEF}
        därtill därtill ADV 13 advmod
        utser utse VERB 8 acl:relcl {PRES}
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, rows)) == [("kassör", "obligation", "justera", False, True)]
    bare = f"""
        Protokollet protokoll NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        justeras justera VERB 0 ROOT {INF_PASS}
        av av ADP 7 case
        den den DET 7 det
        nämnden nämnd NOUN 7 amod {DEF}
        bemyndigar bemyndiga NOUN 3 obl:agent {IND_PL}
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, bare)) == []


def test_om_closing_a_fronted_complex_preposition_opens_no_condition(nlp) -> None:
    """``Vid sidan om direktionen leder förbundschefen arbetet.``, ``Runt om staden sköter
    nämnden parkerna.`` (analysis 50-bt G3): ``om`` after the noun of a sentence-initial
    prepositional phrase, or after `om_place_adverbs`, closes a complex preposition, however
    the parser attaches it: the finite verb is the main clause's, its subject after it. A
    sentence-initial ``Om`` before a clause is a condition and keeps its main clause apart."""
    beside = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        sidan sida NOUN 5 obl {DEF}
        om om ADP 5 mark
        direktionen direktion NOUN 5 nsubj {DEF}
        leder leda VERB 0 ROOT {PRES}
        förbundschefen förbundschef NOUN 5 nsubj {DEF}
        arbetet arbete NOUN 5 obj {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(beside) == [("förbundschef", "none", "leda", False, False)]
    around = parsed(
        nlp,
        f"""
        Runt runt ADV 4 advmod
        om om ADP 4 mark
        staden stad NOUN 4 nsubj {DEF}
        sköter sköta VERB 0 ROOT {PRES}
        nämnden nämnd NOUN 4 nsubj {DEF}
        parkerna park NOUN 4 obj {DEF_PL}
        . . PUNCT 4 punct
        """,
    )
    assert statements(around) == [("nämnd", "none", "sköta", False, False)]
    condition = parsed(
        nlp,
        f"""
        Om om SCONJ 4 mark
        nämnden nämnd NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        jävig jävig ADJ 5 advcl Degree=Pos
        avgör avgöra VERB 0 ROOT {PRES}
        styrelsen styrelse NOUN 5 nsubj {DEF}
        ärendet ärende NOUN 5 obj {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(condition) == [("styrelse", "none", "avgöra", False, False)]


def test_the_subject_of_an_adverbial_clefts_quoted_verb(nlp) -> None:
    """Round 50 b2: ``Det är genom avtalet som förbundet ”bildas”.``: the quoted s-form made
    the parser hang the subject on the focus noun; the clause after an adverbial cleft's
    ``som`` opens with its own subject, so the actor right after ``som`` (only quotation
    marks before the verb) is the verb's subject, as without the marks."""
    doc = parsed(
        nlp,
        f"""
        Det den PRON 4 expl
        är vara AUX 4 cop {PRES}
        genom genom ADP 4 case
        avtalet avtal NOUN 8 nsubj:pass {DEF}
        som som PRON 6 mark
        förbundet förbund NOUN 4 acl {DEF}
        ” ” PUNCT 8 punct _
        bildas bilda VERB 0 ROOT {INF_PASS}
        ” ” PUNCT 8 punct _
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [("förbund", "none", "bilda", False, True)]


GATED_SERIES = (
    """
    Ordföranden ordförande NOUN 13 nsubj {DEF}
    i i ADP 3 case
    nämnden nämnd NOUN 1 nmod {DEF}
    , , PUNCT 12 punct
    eller eller CCONJ 12 cc
    om om SCONJ 8 mark
    hon hon PRON 8 nsubj
    har ha VERB 12 advcl VerbForm=Fin|Tense=Pres
    förhinder förhinder NOUN 8 obj {IND_PL}
    , , PUNCT 8 punct
    vice vice ADJ 12 amod
    ordföranden ordförande NOUN 1 conj {DEF}
    kallar kalla VERB 0 ROOT VerbForm=Fin|Tense=Pres
    . . PUNCT 13 punct
    """,
    """
    Kommunstyrelsen kommunstyrelse NOUN 2 nsubj {DEF}
    beslutar besluta VERB 0 ROOT VerbForm=Fin|Tense=Pres
    och och CCONJ 5 cc
    nämnden nämnd NOUN 5 nsubj {DEF}
    verkställer verkställa VERB 2 conj VerbForm=Fin|Tense=Pres
    . . PUNCT 2 punct
    """,
    """
    Socialchefen socialchef NOUN 7 nsubj {DEF}
    , , PUNCT 3 punct
    äldreomsorgschefen äldreomsorgschef NOUN 1 conj {DEF}
    och och CCONJ 5 cc
    ekonomichefen ekonomichef NOUN 1 conj {DEF}
    ska skola AUX 7 aux {MODAL}
    delta delta VERB 0 ROOT {INF}
    . . PUNCT 7 punct
    """,
    """
    Miljöenheten miljöenhet NOUN 9 nsubj {DEF}
    ( ( PUNCT 3 punct
    Mi Mi PROPN 1 appos
    ) ) PUNCT 3 punct
    och och CCONJ 6 cc
    Byggenheten byggenhet NOUN 1 conj {DEF}
    ska skola AUX 9 aux {MODAL}
    gemensamt gemensam ADV 9 advmod
    samverka samverka VERB 0 ROOT {INF}
    . . PUNCT 9 punct
    """,
)


@pytest.mark.parametrize("rows", GATED_SERIES)
def test_the_link_word_gates_of_coordinated_actors_change_no_series(nlp, rows, monkeypatch) -> None:
    """`_coordinated_actors` stops looking for conjuncts after (before) a conjunct with no link
    word where its checks look for one (`_may_link_after`, `_links`): a shortcut only, each
    actor's series is the one found with every check run."""
    doc = parsed(nlp, rows.format(DEF=DEF, IND_PL=IND_PL, MODAL=MODAL, INF=INF))
    mentions = doc._.actors
    gated = [[m.text for m in coordinated_actors(a, mentions, doc)] for a in mentions]
    monkeypatch.setattr(subjects, "_may_link_after", lambda *args: True)
    monkeypatch.setattr(subjects, "_links", lambda *args: True)
    assert [[m.text for m in coordinated_actors(a, mentions, doc)] for a in mentions] == gated
    assert max(len(series) for series in gated) > 1 or rows is GATED_SERIES[1]


def test_a_late_subject_series_goes_on_past_the_first_members_attribute(nlp) -> None:
    """Round 50, bw G6: ``I styrelsen ingår tre ledamöter från kommunen, en representant för
    näringslivet och två ersättare``: past the first member's prepositional attribute (the
    parser attaches the later members elsewhere), a comma or coordinator before a noun
    phrase opened by a determiner or numeral joins it; a bracketed ``(samt en
    sekreterare)`` member too (round 50 R3). Without a closing conjunction the comma
    joins nothing (an apposition)."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        styrelsen styrelse NOUN 3 obl {DEF}
        ingår ingå VERB 0 ROOT {PRES}
        tre tre NUM 5 nummod Case=Nom
        ledamöter ledamot NOUN 3 nsubj {IND_PL}
        från från ADP 7 case
        kommunen kommun NOUN 5 nmod {DEF}
        , , PUNCT 10 punct
        en en DET 10 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
        representant representant NOUN 3 conj {IND}
        för för ADP 12 case
        näringslivet näringsliv NOUN 10 nmod Case=Nom|Definite=Def|Gender=Neut|Number=Sing
        och och CCONJ 15 cc
        två två NUM 15 nummod Case=Nom
        ersättare ersättare NOUN 12 conj {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert [s[0] for s in statements(doc)] == ["ledamot", "representant", "ersättare"]
    bracket = f"""
    I i ADP 2 case
    gruppen grupp NOUN 3 obl {DEF}
    sitter sitta VERB 0 ROOT {PRES}
    två två NUM 5 nummod Case=Nom
    tjänstemän tjänsteman ADJ 3 obj {IND_PL}
    från från ADP 7 case
    förvaltningen förvaltning NOUN 3 obl {DEF}
    ( ( PUNCT 3 punct
    samt samt CCONJ 11 cc
    en en DET 11 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
    sekreterare sekreterare NOUN 3 conj {IND}
    ) ) PUNCT 11 punct
    , , PUNCT 15 punct
    en en DET 15 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
    revisor revisor NOUN 11 conj {IND}
    och och CCONJ 17 cc
    ordföranden ordförande NOUN 15 conj {DEF}
    . . PUNCT 3 punct
    """
    assert [s[0] for s in statements(parsed(nlp, bracket))] == [
        "tjänsteman", "sekreterare", "revisor", "ordförande"
    ]
    apposition = f"""
    Ledamoten ledamot NOUN 7 nsubj {DEF}
    från från ADP 3 case
    kommunen kommun NOUN 1 nmod {DEF}
    , , PUNCT 6 punct
    en en DET 6 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
    jurist jurist NOUN 1 appos {IND}
    leder leda VERB 0 ROOT {PRES}
    arbetet arbete NOUN 7 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    . . PUNCT 7 punct
    """
    assert [s[0] for s in statements(parsed(nlp, apposition))] == ["ledamot"]


def test_an_indefinite_inverted_subject_whose_words_the_tagger_misread(nlp) -> None:
    """Analysis 50-bv B: after a fronted adverbial and a V2 modal, ``en`` + an attribute the
    tagger calls a noun + an actor noun it calls a preposition is the inverted subject, and
    the word after it that the lexicon reads as an infinitive is the modal's (the actor noun
    closes its phrase; `verb_fallbacks._ends_actor_noun`), not the verb ``få``."""
    rows = f"""
        Under under ADP 2 case
        mötet möte NOUN 3 obl
        får få VERB 0 ROOT {PRES}
        en en DET 5 det
        enskild enskild NOUN 8 amod {IND}
        ledamot ledamot ADP 7 advmod
        yrka yrka VERB 8 amod {INF}
        bordläggning bordläggning NOUN 3 nsubj {IND}
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, rows)) == [("ledamot", "permission", "yrka", False, False)]


def test_a_statute_number_labelled_subject_leaves_the_inverted_subject(nlp) -> None:
    """Analysis 50-bv B: ``Enligt 4 kap. 12 [nsubj] förbundsordningen ska en kommunal [NOUN]
    nämnd [ADP] lämna yttrande``: a number inside a statute reference holds no V2 subject
    place; the indefinite noun phrase after the modal is the subject."""
    rows = f"""
        Enligt enligt ADP 3 case
        4 4 NUM 3 nummod
        kap. kap NOUN 4 nmod
        12 12 NUM 6 nsubj
        förbundsordningen förbundsordning NOUN 4 nmod
        ska skola VERB 0 ROOT {MODAL}
        en en DET 8 det
        kommunal kommunal NOUN 9 amod {IND}
        nämnd nämnd ADP 10 amod
        lämna lämna VERB 6 xcomp {INF}
        yttrande yttrande NOUN 10 obj {IND}
        . . PUNCT 6 punct
    """
    assert statements(parsed(nlp, rows)) == [("nämnd", "obligation", "lämna", False, False)]


def test_an_indefinite_inverted_subject_of_a_transitive_fa(nlp) -> None:
    """Analysis 50-bv B, negative: with no infinitive after the noun phrase ``få`` is the main
    verb (receive), no permission; ``en tidigare [ADV] ledamot [ADP]`` is still its subject."""
    rows = f"""
        Efter efter ADP 2 case
        valet val NOUN 3 obl
        får få VERB 0 ROOT {PRES}
        en en DET 7 det
        tidigare tidig ADV 6 advmod
        ledamot ledamot ADP 7 case
        arvode arvode NOUN 3 obj {IND}
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, rows)) == [("ledamot", "none", "få", False, False)]


def test_have_after_a_fronted_phrase_takes_the_actor_before_its_relative_clause(nlp) -> None:
    """Round 51 (w50y-F): ``Vid mötet har varje ledamot som närvarar en röst.``: after a
    fronted prepositional phrase, main-verb ``har`` has its V2 subject right after it, though
    the parser makes that actor the object and a relative clause follows it; a thing noun
    there (``varje ärende som …``) gives no statement."""
    rows = """
        Vid vid ADP 2 case
        mötet möte NOUN 3 obl {DEF}
        har ha VERB 0 ROOT {PRES}
        varje varje DET 5 det Definite=Ind|Number=Sing|PronType=Tot
        {noun} {lemma} NOUN 3 obj {IND}
        som som PRON 7 nsubj PronType=Int,Rel
        {verb} {verb_lemma} VERB 5 acl:relcl {PRES}
        en en DET 9 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
        röst röst NOUN 7 obj {IND}
        . . PUNCT 3 punct
        """
    member = parsed(
        nlp,
        rows.format(DEF=DEF, PRES=PRES, IND=IND, noun="ledamot", lemma="ledamot",
                    verb="närvarar", verb_lemma="närvara"),
    )
    assert statements(member) == [("ledamot", "none", "ha", False, False)]
    thing = parsed(
        nlp,
        rows.format(DEF=DEF, PRES=PRES, IND=IND, noun="ärende", lemma="ärende",
                    verb="gäller", verb_lemma="gälla"),
    )
    assert statements(thing) == []


def test_an_inverted_subject_after_a_run_of_quantifiers(nlp) -> None:
    """Round 51 (by-C2): ``Vid behov kan en, två eller alla ledamöter begära ajournering.``:
    a comma or coordinator between two determiners, numerals or adjectives joins one run of
    premodifiers, so the actor after the run is the inverted subject, whatever the parser
    hung its words on."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        behov behov NOUN 10 obl {IND}
        kan kunna AUX 10 aux {MODAL}
        en en DET 10 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
        , , PUNCT 6 punct
        två två NUM 9 nummod Case=Nom
        eller eller CCONJ 8 cc
        alla all ADJ 9 amod Case=Nom|Degree=Pos
        ledamöter ledamot NOUN 10 advmod {IND_PL}
        begära begära VERB 0 ROOT {INF}
        ajournering ajournering NOUN 10 obj {IND}
        . . PUNCT 10 punct
        """,
    )
    assert statements(doc) == [("ledamot", "permission", "begära", False, False)]


def test_a_fronted_innan_phrase_before_a_modal_is_a_preposition(nlp) -> None:
    """``Innan mötet får ledamöterna ställa frågor.`` (analysis 51-bq B): a sentence-initial
    ``innan`` (grammar.yaml `preposition_subordinators`) before a bare noun phrase that the
    sentence's one finite verb follows at once, a definite subject after it, is a fronted
    time preposition: the modal is the main clause's. With a finite verb of its own the
    ``innan``-clause stays a clause (no statement), the main clause keeps its statement."""
    doc = parsed(
        nlp,
        f"""
        Innan innan SCONJ 3 mark
        mötet möte NOUN 3 nsubj {DEF}
        får få VERB 0 ROOT {MODAL}
        ledamöterna ledamot NOUN 5 nsubj {DEF_PL}
        ställa ställa VERB 3 xcomp {INF}
        frågor fråga NOUN 5 obj {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert subordinator_of(doc[2], doc[:]) is None
    assert statements(doc) == [("ledamot", "permission", "ställa", False, False)]
    doc = parsed(
        nlp,
        f"""
        Innan innan SCONJ 3 mark
        nämnden nämnd NOUN 3 nsubj {DEF}
        avgör avgöra VERB 6 advcl {PRES}
        ärendet ärende NOUN 3 obj {DEF}
        ska skola AUX 6 aux {MODAL}
        yttra yttra VERB 0 ROOT {INF}
        förvaltningen förvaltning NOUN 6 nsubj {DEF}
        sig sig PRON 6 obj
        . . PUNCT 6 punct
        """,
    )
    assert subordinator_of(doc[2], doc[:]).lower_ == "innan"
    assert statements(doc) == [("förvaltning", "obligation", "yttra", False, False)]


def test_a_fronted_sedan_phrase_is_a_preposition_too(nlp) -> None:
    """``Sedan hösten leder styrelsen föreningen.`` (invented; analysis 51-bq B, review
    51b): ``sedan`` is a `preposition_subordinators` word like ``innan``: before a bare noun
    phrase and the sentence's one finite verb with an actor after it, the verb is the main
    clause's."""
    doc = parsed(
        nlp,
        f"""
        Sedan sedan ADP 2 case
        hösten höst NOUN 3 obl {DEF}
        leder leda VERB 0 ROOT {PRES}
        styrelsen styrelse NOUN 3 nsubj {DEF}
        föreningen förening NOUN 3 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert subordinator_of(doc[2], doc[:]) is None
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "leda")]


def test_a_fronted_innan_clause_with_an_actor_subject_stays_a_clause(nlp) -> None:
    """Review 51b: ``Innan nämnden beslutar ärendet.`` (a fragment) and ``Sedan styrelsen
    granskar bokslutet.`` (invented): an actor before the one finite verb and a definite
    noun that is no actor after it: subject and object of the subordinate clause, no fronted
    phrase; the fragment gives no statement."""
    for words in (("Innan", "nämnden", "nämnd", "beslutar", "besluta", "ärendet", "ärende"),
                  ("Sedan", "styrelsen", "styrelse", "granskar", "granska", "bokslutet",
                   "bokslut")):
        opener, actor, actor_lemma, verb, verb_lemma, noun, noun_lemma = words
        doc = parsed(
            nlp,
            f"""
            {opener} {opener.lower()} SCONJ 3 mark
            {actor} {actor_lemma} NOUN 3 nsubj {DEF}
            {verb} {verb_lemma} VERB 0 ROOT {PRES}
            {noun} {noun_lemma} NOUN 3 obj {DEF}
            . . PUNCT 3 punct
            """,
        )
        assert subordinator_of(doc[2], doc[:], {1}).lower_ == opener.lower()  # 1: the actor
        assert statements(doc) == []


def test_a_verb_after_a_threshold_relative_has_the_opening_subject(nlp) -> None:
    """``Kommun vars andel är 10 % eller mer utser två ledamöter.`` (analysis 51-ax C2): a
    relative clause without commas after the opening actor whose one finite verb comes
    before a number (any coordinator after it, inside the quantity) ends before the next
    verb: that verb is the main clause's, its subject the opening actor, whatever the
    parser conjoined it to."""
    doc = parsed(
        nlp,
        f"""
        Kommun kommun NOUN 3 nmod {IND}
        vars vars PRON 3 nmod:poss PronType=Int,Rel
        andel andel NOUN 6 nsubj {IND}
        är vara AUX 6 cop {PRES}
        10 10 NUM 6 nummod
        % % NOUN 0 ROOT
        eller eller CCONJ 9 cc
        mer mer ADV 9 advmod
        utser utse VERB 6 conj {PRES}
        två två NUM 11 nummod
        ledamöter ledamot NOUN 6 nmod {IND_PL}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("kommun", "none", "utse", False, False)]
    # a coordinator before the number joins two relative verbs: no main clause verb
    doc = parsed(
        nlp,
        f"""
        Ledamot ledamot NOUN 2 nsubj {IND}
        som som PRON 3 nsubj PronType=Rel
        avgår avgå VERB 1 acl:relcl {PRES}
        eller eller CCONJ 5 cc
        lämnar lämna VERB 3 conj {PRES}
        två två NUM 7 nummod
        uppdrag uppdrag NOUN 5 obj {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == []


def test_an_inverted_subject_after_a_present_read_as_a_noun(nlp) -> None:
    """``Från och med 2026-01-01 tar[NOUN] sociala utskottet, SU, över …`` (analysis 51-ak
    P5): after a fronted date the tagger reads the V2 present as a noun; the actor right
    after the verb the rules found is its inverted subject, no complement of a noun head."""
    doc = parsed(
        nlp,
        f"""
        Från från ADP 5 case
        och och CCONJ 5 cc
        med med ADP 5 advmod
        2026-01-01 2026-01-01 NUM 5 nummod
        byter byte NOUN 0 ROOT {DEF}
        sociala social ADJ 7 amod
        utskottet utskott NOUN 5 obj {DEF}
        , , PUNCT 9 punct
        SU SU PROPN 7 appos
        , , PUNCT 11 punct
        namn namn NOUN 5 conj {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("socialt utskott", "none", "byta", False, False)]


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("ett tiotal tjänstemän", True),
        ("ett tjugotal ledamöter", True),  # a spelled numeral's stem
        ("ett hundratal medlemmar", True),
        ("ett fåtal ledamöter", True),
        ("ett antal ledamöter", True),
        ("ett avtal nämnden", False),  # review 51: a -tal noun of no number
        ("ett samtal ordföranden", False),
        ("ett tal ordföranden", False),
        ("flera tiotal ledamöter", False),  # no `ett` before it
    ],
)
def test_only_a_number_noun_in_tal_counts_like_a_numeral(nlp, words: str, count: bool) -> None:
    """Review 51: ``ett`` and a `-tal` noun count like a numeral only where the noun's stem
    is a spelled numeral or grammar.yaml `count_noun_stems` (``tiotal``, ``fåtal``)."""
    from spacy.tokens import Doc

    from pipeline.nlp.subjects import _approximate_count

    assert _approximate_count(Doc(nlp.vocab, words=words.split()), 1) is count


def test_a_fronted_office_leaves_the_passive_subject_after_the_infinitive(nlp) -> None:
    # round 51, bo-C: `Till <office> ska <s-passive> X eller Y`: X and Y are the subjects,
    # whatever the tagger made of them; the office is a predicative, no actor
    doc = parsed(
        nlp,
        f"""
        Till till ADP 2 case
        kassör kassör NOUN 4 obl {IND}
        får få AUX 4 aux {MODAL}
        utses utse VERB 0 ROOT {INF_PASS}
        ledamot ledamot ADP 4 advmod
        eller eller CCONJ 7 cc
        ersättare ersättare ADJ 5 conj
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [
        ("ledamot", "permission", "utse", False, True),
        ("ersättare", "permission", "utse", False, True),
    ]
    # a definite recipient after `Till` is no office: the thing sent is the subject
    recipient = f"""
    Till till ADP 2 case
    ordföranden ordförande NOUN 5 obl {DEF}
    ska skola AUX 5 aux {MODAL}
    rapporter rapport NOUN 5 nsubj:pass {IND_PL}
    skickas skicka VERB 0 ROOT {INF_PASS}
    . . PUNCT 5 punct
    """
    assert statements(parsed(nlp, recipient)) == [(None, "obligation", "skicka", False, True)]


def test_men_with_its_own_subject_after_a_relative_opens_a_main_clause(nlp) -> None:
    # round 51, bo-F: the parser hangs the `men`-clause on the relative's verb
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        sammanträder sammanträda VERB 0 ROOT {PRES}
        de den DET 4 det
        dagar dag NOUN 2 obl {IND_PL}
        som som PRON 7 obj
        utskottet utskott NOUN 7 nsubj {DEF}
        bestämmer bestämma VERB 4 acl:relcl {PRES}
        men men CCONJ 12 cc
        ordföranden ordförande NOUN 7 conj {DEF}
        får få AUX 12 aux {MODAL}
        också också ADV 12 advmod
        kalla kalla VERB 2 conj {INF}
        till till ADP 14 case
        möte möte NOUN 12 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert ("ordförande", "permission", "kalla", False, False) in statements(doc)
    # a bare infinitive before the stop may share the relative's object: no statement
    gapped = f"""
    Nämnden nämnd NOUN 2 nsubj {DEF}
    avgör avgöra VERB 0 ROOT {PRES}
    de den DET 4 det
    ärenden ärende NOUN 2 obj {IND_PL}
    som som PRON 7 obj
    utskottet utskott NOUN 7 nsubj {DEF}
    bereder bereda VERB 4 acl:relcl {PRES}
    men men CCONJ 11 cc
    styrelsen styrelse NOUN 11 nsubj {DEF}
    ska skola AUX 11 aux {MODAL}
    pröva pröva VERB 7 conj {INF}
    . . PUNCT 2 punct
    """
    assert [s[0] for s in statements(parsed(nlp, gapped))] == ["nämnd"]


NAME_LIST_SUBJECTS = """
Kommunerna kommun NOUN 2 nmod {DEF_PL}
Ekby Ekby PROPN 10 nsubj Case=Nom
, , PUNCT 4 punct
Åby Åby PROPN 2 conj Case=Nom
och och CCONJ 6 cc
Mo Mo PROPN 2 conj Case=Nom
{joint} {joint} CCONJ 8 cc
Region region NOUN 2 conj {IND}
Norrhav Norrhav PROPN 8 flat:name Case=Nom
bildar bilda VERB 0 ROOT {PRES}
ett en DET 12 det Definite=Ind|Gender=Neut|Number=Sing
förbund förbund NOUN 10 obj {IND}
. . PUNCT 10 punct
"""


@pytest.mark.parametrize("joint", ["samt", "och"])
def test_a_plural_body_with_its_names_and_a_partner_are_two_subjects(nlp, joint) -> None:
    """Round 52, aa-C3: ``Kommunerna Ekby, Åby och Mo samt Region Norrhav bildar …``: the
    names in apposition to the plural body end at the last name; the coordinator after it
    joins the body and the partner, each a subject (never one per name)."""
    doc = parsed(nlp, NAME_LIST_SUBJECTS.format(joint=joint, DEF_PL=DEF_PL, IND=IND, PRES=PRES))
    assert statements(doc) == [
        ("kommun", "none", "bilda", False, False),
        ("region norrhav", "none", "bilda", False, False),
    ]


def test_a_plural_body_with_its_names_alone_is_one_subject(nlp) -> None:
    """Round 52, aa-C3 negative: ``Kommunerna Ekby och Åby bildar …``: no partner after the
    names: one statement."""
    doc = parsed(
        nlp,
        f"""
        Kommunerna kommun NOUN 5 nsubj {DEF_PL}
        Ekby Ekby PROPN 1 flat:name Case=Nom
        och och CCONJ 4 cc
        Åby Åby PROPN 2 conj Case=Nom
        bildar bilda VERB 0 ROOT {PRES}
        ett en DET 7 det Definite=Ind|Gender=Neut|Number=Sing
        förbund förbund NOUN 5 obj {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("kommun", "none", "bilda", False, False)]


@pytest.mark.parametrize(
    ("partner", "expected"),
    [
        (("revisorerna", "revisor", DEF_PL), ["ledamot", "revisor"]),
        (("styrelsen", "styrelse", DEF), ["ledamot"]),
    ],
)
def test_a_person_after_a_conjuncts_body_attribute_is_a_subject(nlp, partner, expected) -> None:
    """Round 52, al-P5: ``Ledamöter i nämnden och revisorerna har …``: a person after the
    first conjunct's attribute, which names a body, coordinates with the conjunct (a person
    is no place one is a member of); a body there (``i nämnden och styrelsen``) stays in the
    attribute."""
    word, lemma, feats = partner
    doc = parsed(
        nlp,
        f"""
        Ledamöter ledamot NOUN 6 nsubj {IND_PL}
        i i ADP 3 case _
        nämnden nämnd NOUN 1 nmod {DEF}
        och och CCONJ 5 cc _
        {word} {lemma} NOUN 3 conj {feats}
        sammanträder sammanträda VERB 0 ROOT {PRES}
        varje varje DET 8 det _
        månad månad NOUN 6 obl {IND}
        . . PUNCT 6 punct _
        """,
    )
    assert [s[0] for s in statements(doc)] == expected



def test_a_late_subject_after_a_member_list_is_a_conjunct(nlp) -> None:
    """Round 52, ca-S4: ``På kontoret finns två tjänstemän; en jurist och en registrator,
    samt en utredare.``: the actors after ``;`` list the late subject's members; the
    determiner phrase after the list's closing ``, samt`` is a second late subject."""
    doc = parsed(
        nlp,
        f"""
        På på ADP 2 case _
        kontoret kontor NOUN 3 obl {DEF}
        finns finnas VERB 0 ROOT {PASS}
        två två NUM 5 nummod _
        tjänstemän tjänsteman NOUN 3 nsubj {IND_PL}
        ; ; PUNCT 3 punct _
        en en DET 8 det Definite=Ind|Gender=Com|Number=Sing
        jurist jurist NOUN 3 parataxis {IND}
        och och CCONJ 11 cc _
        en en DET 11 det Definite=Ind|Gender=Com|Number=Sing
        registrator registrator NOUN 8 conj {IND}
        , , PUNCT 15 punct _
        samt samt CCONJ 15 cc _
        en en DET 15 det Definite=Ind|Gender=Com|Number=Sing
        utredare utredare NOUN 8 conj {IND}
        . . PUNCT 3 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("tjänsteman", "none", "finnas"),
        ("utredare", "none", "finnas"),
    ]


def test_a_clause_after_a_late_subjects_semicolon_is_no_member_list(nlp) -> None:
    """Round 52, ca-S4 negative: ``I styrelsen finns sju ledamöter; ordföranden kallar och
    en sekreterare skriver.``: a finite verb after ``;`` opens a clause of its own; the
    phrase after its ``och`` is no late subject of ``finns``."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case _
        styrelsen styrelse NOUN 3 obl {DEF}
        finns finnas VERB 0 ROOT {PASS}
        sju sju NUM 5 nummod _
        ledamöter ledamot NOUN 3 nsubj {IND_PL}
        ; ; PUNCT 3 punct _
        ordföranden ordförande NOUN 8 nsubj {DEF}
        kallar kalla VERB 3 parataxis {PRES}
        och och CCONJ 12 cc _
        en en DET 11 det Definite=Ind|Gender=Com|Number=Sing
        sekreterare sekreterare NOUN 12 nsubj {IND}
        skriver skriva VERB 8 conj {PRES}
        . . PUNCT 3 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("ledamot", "none", "finnas"),
        ("ordförande", "none", "kalla"),
        ("sekreterare", "none", "skriva"),
    ]


def test_a_noun_phrase_between_a_clause_coordinator_and_a_modal_is_its_own_subject(nlp) -> None:
    """Review 52 S5: ``Nämnden ska tillämpa gällande lagar och fattade [VERB|PRT] beslut ska
    verkställas``: after a finite verb, a clause coordinator, a noun phrase that is no actor
    (its participle no verb) and a modal with its verb open a main clause of its own; the
    noun phrase is its subject, so the agentless passive has no actor (not Nämnden). Own
    sentence: ``Styrelsen ska följa avtalet och tecknade avtal ska arkiveras``. Negative:
    ``… och vid behov ska ordföranden kalla``: a fronted adverbial, the inverted actor."""
    past = "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act"
    doc = parsed(nlp, f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        tillämpa tillämpa VERB 0 ROOT {INF}
        gällande gällande ADJ 5 amod Degree=Pos
        lagar lag NOUN 3 obj {IND_PL}
        och och CCONJ 7 cc
        fattade fatta VERB 3 conj {past}
        beslut beslut NOUN 7 obj {IND}
        ska skola AUX 10 aux {MODAL}
        verkställas verkställa VERB 3 conj {INF_PASS}
        . . PUNCT 3 punct
    """)
    assert statements(doc) == [
        ("nämnd", "obligation", "tillämpa", False, False),
        (None, "obligation", "verkställa", False, True),
    ]
    own = parsed(nlp, f"""
        Styrelsen styrelse NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        följa följa VERB 0 ROOT {INF}
        avtalet avtal NOUN 3 obj {DEF}
        och och CCONJ 6 cc
        tecknade tecknad ADJ 7 amod Degree=Pos|Tense=Past|VerbForm=Part
        avtal avtal NOUN 3 conj {IND_PL}
        ska skola AUX 9 aux {MODAL}
        arkiveras arkivera VERB 3 conj {INF_PASS}
        . . PUNCT 3 punct
    """)
    assert statements(own) == [
        ("styrelse", "obligation", "följa", False, False),
        (None, "obligation", "arkivera", False, True),
    ]
    adverbial = parsed(nlp, f"""
        Styrelsen styrelse NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        sammanträda sammanträda VERB 0 ROOT {INF}
        varje varje DET 5 det
        månad månad NOUN 3 obl {IND}
        och och CCONJ 11 cc
        vid vid ADP 8 case
        behov behov NOUN 11 obl {IND}
        ska skola AUX 11 aux {MODAL}
        ordföranden ordförande NOUN 11 nsubj {DEF}
        kalla kalla VERB 3 conj {INF}
        . . PUNCT 3 punct
    """)
    assert statements(adverbial) == [
        ("styrelse", "obligation", "sammanträda", False, False),
        ("ordförande", "obligation", "kalla", False, False),
    ]


def test_a_fronted_sasom_phrase_before_a_modal_opens_no_clause(nlp) -> None:
    """Round 52 (analysis 52-av C6): ``Såsom lön skall icke anses ersättning för resor.``:
    a sentence-initial ``Såsom`` before a noun phrase that the modal follows is a fronted
    predicative, no subordinate clause (the agentless passive's prohibition stays);
    ``Såsom framgår av stadgan skall …`` (a finite verb after it) keeps its clause and the
    main clause its statement."""
    fronted = parsed(
        nlp,
        f"""
        Såsom såsom CCONJ 2 case
        lön lön NOUN 5 obl {IND}
        skall skola AUX 5 aux {MODAL}
        icke icke PART 5 advmod Polarity=Neg
        anses anse VERB 0 ROOT {PASS}
        ersättning ersättning NOUN 5 obj {IND}
        för för ADP 8 case
        resor resa NOUN 6 nmod {IND_PL}
        . . PUNCT 5 punct
        """,
    )
    assert statements(fronted) == [(None, "prohibition", "anse", True, True)]
    comparative = parsed(
        nlp,
        f"""
        Såsom såsom CCONJ 2 nsubj
        framgår framgå VERB 0 ROOT {PRES}
        av av ADP 4 case
        stadgan stadga NOUN 2 obl {DEF}
        skall skola AUX 7 aux {MODAL}
        kassören kassör NOUN 7 nsubj {DEF}
        föra föra VERB 2 advcl {INF}
        böckerna bok NOUN 7 obj {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(comparative) == [("kassör", "obligation", "föra", False, False)]


def test_liksom_joins_two_subjects_right_before_their_finite_verb(nlp) -> None:
    """Round 52 (ruling zz2): ``Styrelsen liksom i sin tur revisorn ska …``: ``liksom``
    between two actors before their finite verb joins them like ``och`` (an adverbial
    between allowed); after the verb it compares objects and joins nothing."""
    rows = f"""
        Styrelsen styrelse NOUN 8 nsubj {DEF}
        liksom liksom SCONJ 7 mark
        i i ADP 5 case
        sin sin PRON 5 det
        tur tur NOUN 7 nmod {IND}
        revisorn revisor NOUN 1 conj {DEF}
        ska skola AUX 8 aux {MODAL}
        granska granska VERB 0 ROOT {INF}
        räkenskaperna räkenskap NOUN 8 obj {DEF_PL}
        . . PUNCT 8 punct
        """
    assert statements(parsed(nlp, rows)) == [
        ("styrelse", "obligation", "granska", False, False),
        ("revisor", "obligation", "granska", False, False),
    ]
    objects = f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        beslutar besluta VERB 0 ROOT {PRES}
        om om ADP 4 case
        taxor taxa NOUN 2 obl {IND_PL}
        liksom liksom SCONJ 6 mark
        revisorerna revisor NOUN 4 conj {DEF_PL}
        . . PUNCT 2 punct
        """
    assert statements(parsed(nlp, objects)) == [("nämnd", "none", "besluta", False, False)]


def test_a_possessive_prefield_subject_leaves_the_actor_after_the_verb_its_object(nlp) -> None:
    """Round 53 (cb-P1): ``Vår arbetsmodell stärker förbundsstyrelsen.``: a possessive opens
    the prefield, and the word the tagger called an adjective is its noun, the subject; the
    definite actor after the verb is the object, no inverted subject: no statement. With a
    fronted adverbial (``I år stärker förbundsstyrelsen …``) or a reflexive possessive's
    fronted object (``Sin budget fastställer förbundsstyrelsen.``) the actor is inverted."""
    doc = parsed(
        nlp,
        f"""
        Vår vår PRON 2 nmod:poss Poss=Yes|PronType=Prs
        arbetsmodell arbetsmodell ADJ 3 nsubj Case=Nom|Definite=Ind|Degree=Pos
        stärker stärka VERB 0 ROOT {PRES}
        förbundsstyrelsen förbundsstyrelse NOUN 3 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    inverted = parsed(
        nlp,
        f"""
        I i ADP 2 case
        år år NOUN 3 obl {IND}
        stärker stärka VERB 0 ROOT {PRES}
        förbundsstyrelsen förbundsstyrelse NOUN 3 nsubj {DEF}
        arbetet arbete NOUN 3 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    reflexive = parsed(
        nlp,
        f"""
        Sin sin PRON 2 nmod:poss Poss=Yes|PronType=Prs
        budget budget NOUN 3 nsubj {IND}
        fastställer fastställa VERB 0 ROOT {PRES}
        förbundsstyrelsen förbundsstyrelse NOUN 3 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == []
    assert statements(inverted) == [("förbundsstyrelse", "none", "stärka", False, False)]
    # a reflexive possessive points at the subject: its phrase is a fronted object
    assert statements(reflexive) == [("förbundsstyrelse", "none", "fastställa", False, False)]


def test_a_partitive_with_a_genitive_owner_keeps_the_owned_group(nlp) -> None:
    """§5.2 (round 16 B2), analysis 53-cb P8: ``De flesta av regionens medarbetare arbetar
    …``: the group the partitive picks from is the owned noun, the owner's genitive no
    subject; with a noun that names no actor (``kommunens budget``) nothing."""
    rows = """
        De den DET 2 det
        flesta mången ADJ 6 nsubj
        av av ADP 5 case
        regionens region NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Sing
        medarbetare medarbetare NOUN 2 nmod Number=Plur
        arbetar arbeta VERB 0 ROOT {PRES}
        i i ADP 8 case
        vården vård NOUN 6 obl {DEF}
        . . PUNCT 6 punct
    """
    doc = parsed(nlp, rows.format(PRES=PRES, DEF=DEF))
    assert statements(doc) == [("medarbetare", "none", "arbeta", False, False)]
    thing = rows.replace("medarbetare medarbetare NOUN", "budget budget NOUN")
    assert statements(parsed(nlp, thing.format(PRES=PRES, DEF=DEF))) == []


def test_a_slash_between_two_adjectives_keeps_the_inverted_subject(nlp) -> None:
    """Analysis 53-cb P9: ``I rådet sitter valda/utsedda ombud``: a slash between two
    attributive adjectives (the tagger may make it a name) joins them inside the late
    subject's noun phrase, as ``och`` does."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        rådet råd NOUN 3 obl {DEF}
        sitter sitta VERB 0 ROOT {PRES}
        valda vald ADJ 3 xcomp Number=Plur|Tense=Past|VerbForm=Part
        / / PROPN 3 punct
        utsedda utse ADJ 7 amod Number=Plur|Tense=Past|VerbForm=Part
        ombud ombud NOUN 3 obj {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("ombud", "none", "sitta", False, False)]


def test_an_owner_inside_a_thing_subjects_attribute_is_no_agent(nlp) -> None:
    """Review 53b M1: the owned actor after a genitive owner is the referent only after a
    partitive quantity's ``av`` (``Hälften av kommunens nämnder``). In ``Arvodet till
    kommunens revisorer ska betalas ut`` the subject is a thing, the revisors its
    attribute's receivers: the passive's actor stays implicit."""
    rows = """
        {HEAD} {LEMMA} NOUN 6 nsubj:pass {DEF}
        {PREP} {PREP} ADP 4 case
        kommunens kommun NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        revisorer revisor NOUN 1 nmod {IND_PL}
        ska skola AUX 6 aux {MODAL}
        betalas betala VERB 0 ROOT {INF_PASS}
        . . PUNCT 6 punct
    """
    fill = {"DEF": DEF, "IND_PL": IND_PL, "MODAL": MODAL, "INF_PASS": INF_PASS}
    for head, lemma, prep in (("Arvodet", "arvode", "till"), ("Rapporterna", "rapport", "från")):
        doc = parsed(nlp, rows.format(HEAD=head, LEMMA=lemma, PREP=prep, **fill))
        assert statements(doc) == [(None, "obligation", "betala", False, True)]


def test_a_partitive_quantity_before_a_genitive_owner_keeps_the_owned_group(nlp) -> None:
    """Review 53b M1, the case the skip is for: ``Hälften av kommunens nämnder ska lämna
    rapporter`` → nämnd (the owner is no subject referent)."""
    doc = parsed(
        nlp,
        f"""
        Hälften hälft NOUN 6 nsubj {DEF}
        av av ADP 4 case
        kommunens kommun NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        nämnder nämnd NOUN 1 nmod {IND_PL}
        ska skola AUX 6 aux {MODAL}
        lämna lämna VERB 0 ROOT {INF}
        rapporter rapport NOUN 6 obj {IND_PL}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("nämnd", "obligation", "lämna", False, False)]
    superlative = parsed(  # a listed quantity is one even as the tagger's superlative
        nlp,
        f"""
        De den DET 2 det
        flesta många ADJ 7 nsubj Case=Nom|Definite=Def|Degree=Sup
        av av ADP 5 case
        kommunens kommun NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Sing
        nämnder nämnd NOUN 2 nmod {IND_PL}
        ska skola AUX 7 aux {MODAL}
        lämna lämna VERB 0 ROOT {INF}
        rapporter rapport NOUN 7 obj {IND_PL}
        . . PUNCT 7 punct
        """,
    )
    assert statements(superlative) == [("nämnd", "obligation", "lämna", False, False)]


def test_a_possessive_opened_thing_before_a_decision_verb_is_a_fronted_object(nlp) -> None:
    """Review 53b M2: ``Dess arbetsordning fastställer kommunfullmäktige``: a noun phrase a
    non-reflexive possessive opens, no actor, before a verb whose subject is an actor
    (`actor_subject_verbs`) is a fronted object; the actor after the verb is the subject.
    ``Vår förvaltning stödjer nämnden``: an actor in the prefield stays the subject."""
    rows = """
        {POSS} {POSS_LEMMA} PRON 2 nmod:poss Poss=Yes
        {NOUN} {NOUN_LEMMA} NOUN 3 nsubj {DEF}
        {VERB} {VERB_LEMMA} VERB 0 ROOT {PRES}
        {OBJECT} {OBJECT_LEMMA} NOUN 3 obj {DEF}
        . . PUNCT 3 punct
    """
    fronted = rows.format(
        POSS="Dess", POSS_LEMMA="dess", NOUN="arbetsordning", NOUN_LEMMA="arbetsordning",
        VERB="fastställer", VERB_LEMMA="fastställa", OBJECT="kommunfullmäktige",
        OBJECT_LEMMA="kommunfullmäktige", DEF=DEF, PRES=PRES,
    )
    assert statements(parsed(nlp, fronted)) == [
        ("kommunfullmäktige", "none", "fastställa", False, False)
    ]
    owned_actor = rows.format(
        POSS="Vår", POSS_LEMMA="vår", NOUN="förvaltning", NOUN_LEMMA="förvaltning",
        VERB="leder", VERB_LEMMA="leda", OBJECT="arbetet", OBJECT_LEMMA="arbete", DEF=DEF,
        PRES=PRES,
    )
    assert statements(parsed(nlp, owned_actor)) == [("förvaltning", "none", "leda", False, False)]


def test_an_owner_in_a_finite_passives_subject_attribute_is_no_agent(nlp) -> None:
    """Review 53b M1 (fix 53d): ``Uppdragen till kommunens nämnder ges i reglementen``: the
    nämnder receive the assignments; a finite s-passive with no cue gives no statement (no
    actor is made of the attribute's owned noun)."""
    doc = parsed(
        nlp,
        f"""
        Uppdragen uppdrag NOUN 5 nsubj:pass {DEF_PL}
        till till ADP 4 case
        kommunens kommun NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        nämnder nämnd NOUN 1 nmod {IND_PL}
        ges ge VERB 0 ROOT {PASS}
        i i ADP 7 case
        reglementen reglemente NOUN 5 obl {IND_PL}
        . . PUNCT 5 punct
        """,
    )
    assert [s for s in statements(doc) if s[0] is not None] == []


def test_names_after_a_singular_classifier_are_the_inverted_subjects(nlp) -> None:
    """Round 53 (cc-G2): ``I X ingår koncernen A AB och B AB``: a singular classifier noun
    right before a name is its apposition head; the names are the subjects."""
    doc = parsed(
        nlp,
        """
        I i ADP 2 case
        regionen region NOUN 3 obl
        ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres
        koncernen koncern NOUN 3 nsubj Definite=Def|Number=Sing
        Norrby Norrby PROPN 7 compound
        Vatten Vatten PROPN 7 flat:name
        AB AB PROPN 4 appos
        och och CCONJ 11 cc
        Norrby Norrby PROPN 11 compound
        Energi Energi PROPN 11 flat:name
        AB AB PROPN 7 conj
        """,
    )
    assert [s[0] for s in statements(doc)] == ["norrby vatten ab", "norrby energi ab"]
    # a title before a genitive name: the name owns the object, the title stays the subject
    owner = parsed(
        nlp,
        """
        I i ADP 2 case
        planen plan NOUN 3 obl
        fastställer fastställa VERB 0 ROOT VerbForm=Fin|Tense=Pres
        direktören direktör NOUN 3 nsubj Definite=Def|Number=Sing
        Norrbyverkets Norrbyverket PROPN 6 nmod:poss Case=Gen
        organisation organisation NOUN 3 obj Definite=Ind|Number=Sing
        """,
    )
    assert [s[:3] for s in statements(owner)] == [("direktör", "none", "fastställa")]


def test_bare_nouns_after_a_definite_plural_non_actor_are_no_subjects(nlp) -> None:
    """Round 53 (cb-P13): ``I staben ingår områdena kansli och arkiv``: the definite plural
    is the head, the bare nouns after it its apposition, no late subject; a quantity noun
    (``en grupp chefer``) stays transparent."""
    doc = parsed(
        nlp,
        """
        I i ADP 2 case
        staben stab NOUN 3 obl
        ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres
        områdena område NOUN 3 nsubj Definite=Def|Number=Plur
        kansli kansli NOUN 4 appos
        och och CCONJ 7 cc
        arkiv arkiv NOUN 5 conj
        """,
    )
    assert statements(doc) == []


def test_a_share_in_parentheses_between_conjuncts_is_no_break(nlp) -> None:
    """Round 53 (cc-G2): ``ingår Norrby Hamn AB (40 procent) och Norrby Energi AB``: a
    count or share in parentheses after a conjunct leaves the series open."""
    doc = parsed(
        nlp,
        """
        I i ADP 2 case
        koncernen koncern NOUN 3 obl
        ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres
        Norrby Norrby PROPN 6 compound
        Hamn Hamn PROPN 6 flat:name
        AB AB PROPN 3 nsubj
        ( ( PUNCT 9 punct
        40 40 NUM 9 nummod
        procent procent NOUN 6 appos
        ) ) PUNCT 9 punct
        och och CCONJ 14 cc
        Norrby Norrby PROPN 14 compound
        Energi Energi PROPN 14 flat:name
        AB AB PROPN 6 conj
        """,
    )
    assert [s[0] for s in statements(doc)] == ["norrby hamn ab", "norrby energi ab"]


def test_a_comma_enclosed_disjunct_before_the_verb_is_a_second_subject(nlp) -> None:
    """Round 53 (analysis 53b-cc N6): ``Vid behov kan rektorn, eller biträdande rektorn,
    anmäla ärendet.``: a comma and ``eller`` right after the subject open a second subject
    that a comma closes right before the modal's infinitive, one statement each. Commas
    without a coordinator enclose an insertion (``rektorn, vid behov, …``), no subject."""
    rows = f"""
        Därefter därefter ADV 3 advmod
        kan kunna AUX 9 aux {MODAL}
        rektorn rektor NOUN 9 nsubj {DEF}
        , , PUNCT 7 punct
        eller eller CCONJ 7 cc
        biträdande biträdande ADJ 7 amod
        rektorn rektor NOUN 3 conj {DEF}
        , , PUNCT 7 punct
        anmäla anmäla VERB 0 ROOT {INF}
        ärendet ärende NOUN 9 obj {DEF}
        . . PUNCT 9 punct
        """
    found = [(s[0], s[1], s[2]) for s in statements(parsed(nlp, rows))]
    assert found == [
        ("rektor", "permission", "anmäla"),
        ("biträdande rektor", "permission", "anmäla"),
    ]


def test_a_bare_noun_after_a_passive_with_an_inverted_subject_pronoun_is_no_actor(nlp) -> None:

    """Round 53 (analysis 53b-cc N4): ``Avtalet gäller i ett år. Förlängs sådana avtal skall
    de i sin helhet tillställas direktionen.``: ``de`` right after the modal is the inverted
    subject, so the bare ``direktionen`` after the s-passive is its recipient, no actor, also
    in a paragraph's second sentence (the pipeline then writes an implicit obligation)."""
    from pipeline.nlp.subjects import _inverted_subject_pronoun  # noqa: PLC0415
    rows = f"""
        Avtalet avtal NOUN 2 nsubj {DEF}
        gäller gälla VERB 0 ROOT {PRES}
        i i ADP 5 case
        ett en DET 5 det
        år år NOUN 2 obl {IND}
        . . PUNCT 2 punct
        Förlängs förlänga VERB 14 advcl {PASS}
        sådana sådan ADJ 9 amod
        avtal avtal NOUN 7 nsubj:pass {IND_PL}
        skall skola AUX 14 aux {MODAL}
        de de PRON 14 nsubj:pass
        i i ADP 13 case
        sin sin PRON 13 nmod:poss
        helhet helhet NOUN 14 obl {IND}
        tillställas tillställa VERB 0 ROOT {INF_PASS}
        direktionen direktion NOUN 14 obj {DEF}
        . . PUNCT 14 punct
        """
    doc = parsed(nlp, rows, starts=(6,))
    assert _inverted_subject_pronoun(doc[9])
    assert all(s[0] is None for s in statements(doc))
    noun_subject = parsed(nlp, rows.replace("de de PRON 14 nsubj:pass", "alla all PRON 14 det"),
                          starts=(6,))
    assert not _inverted_subject_pronoun(noun_subject[9])


def test_a_slash_alias_belongs_to_its_company_name(nlp) -> None:
    """Round 53 (analysis 53b-cb N5, N2): ``Åby Energi AB/Åbyenergi och Ekby Hamn AB förvaltar
    kajerna.``: the alternative name after the slash (round 43) belongs to the first name, so
    the coordinator after it still joins the two subjects; and after a plural head the last
    name's alias does not end the apposition (``Båda bolagen, Ekby Nät AB och Norrby Buss
    AB/Nordbuss, driver …``): the names restate ``bolagen``, no subjects."""
    doc = parsed(nlp, f"""
        Åby Åby PROPN 2 compound
        Energi Energi PROPN 11 nsubj
        AB AB PROPN 2 flat:name
        / / SYM 5 punct
        Åbyenergi Åbyenergi PROPN 2 appos
        och och CCONJ 8 cc
        Ekby Ekby PROPN 8 compound
        Hamn Hamn PROPN 2 conj
        AB AB PROPN 8 flat:name
        förvaltar förvalta VERB 0 ROOT {PRES}
        kajerna kaj NOUN 10 obj {DEF_PL}
        . . PUNCT 10 punct
    """.replace(" 11 nsubj", " 10 nsubj"))
    assert sorted(s[0] for s in statements(doc)) == ["ekby hamn ab", "åby energi ab"]
    apposition = parsed(nlp, f"""
        Båda båda DET 2 det
        bolagen bolag NOUN 12 nsubj {DEF_PL}
        , , PUNCT 5 punct
        Ekby Ekby PROPN 5 compound
        Nät Nät PROPN 2 appos
        AB AB PROPN 5 flat:name
        och och CCONJ 9 cc
        Norrby Norrby PROPN 9 compound
        Buss Buss PROPN 5 conj
        AB AB PROPN 9 flat:name
        / / SYM 12 punct
        Nordbuss Nordbuss PROPN 9 appos
        , , PUNCT 9 punct
        driver driva VERB 0 ROOT {PRES}
        bussar buss NOUN 14 obj {IND_PL}
        . . PUNCT 14 punct
    """.replace("bolagen bolag NOUN 12 nsubj", "bolagen bolag NOUN 14 nsubj")
       .replace("/ / SYM 12 punct", "/ / SYM 12 punct"))
    assert [s[0] for s in statements(apposition)] == ["bolag"]


def test_a_run_of_sentence_adverbs_may_stand_before_the_inverted_subject(nlp) -> None:
    """Round 54 (analysis 54-cg R1): ``Därefter tillsätter alltid styrelsen ett utskott.``:
    the V2 present the tagger read as a noun is the verb though a sentence adverb stands
    between it and its definite inverted subject; a non-actor subject gives nothing."""
    doc = parsed(nlp, f"""
        Därefter därefter ADV 2 advmod
        tillsätter tillsätter NOUN 6 nsubj {IND}
        alltid alltid ADV 4 advmod
        styrelsen styrelse NOUN 2 nmod {DEF}
        ett en DET 6 det
        utskott utskott NOUN 0 ROOT {IND}
        . . PUNCT 6 punct
    """)
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "tillsätta")]
    negative = parsed(nlp, f"""
        Därefter därefter ADV 2 advmod
        gäller gälla VERB 0 ROOT {PRES}
        alltid alltid ADV 2 advmod
        reglementet reglemente NOUN 2 nsubj {DEF}
        för för ADP 6 case
        nämnden nämnd NOUN 4 nmod {DEF}
        . . PUNCT 2 punct
    """)
    assert statements(negative) == []


def test_a_superlative_opened_indefinite_prefield_is_a_fronted_object(nlp) -> None:
    """Round 54 (analysis 54-cg R1): ``Störst budget förvaltar socialnämnden.``: a bare
    indefinite noun after a superlative is never a Swedish subject, so the actor after the
    verb is (OVS); with a determiner (``Den största nämnden``) the prefield stays the
    subject."""
    doc = parsed(nlp, f"""
        Störst stor ADJ 2 amod Degree=Sup
        budget budget NOUN 3 nsubj {IND}
        förvaltar förvalta VERB 0 ROOT {PRES}
        socialnämnden socialnämnd NOUN 3 obj {DEF}
        . . PUNCT 3 punct
    """)
    assert [s[:3] for s in statements(doc)] == [("socialnämnd", "none", "förvalta")]
    negative = parsed(nlp, f"""
        Den den DET 3 det
        största stor ADJ 3 amod Degree=Sup
        nämnden nämnd NOUN 4 nsubj {DEF}
        tillsätter tillsätta VERB 0 ROOT {PRES}
        ett en DET 6 det
        utskott utskott NOUN 4 obj {IND}
        . . PUNCT 4 punct
    """)
    assert [s[:3] for s in statements(negative)] == [("nämnd", "none", "tillsätta")]


def test_a_connective_adverb_read_as_a_noun_or_verb_is_the_prefield(nlp) -> None:
    """Round 54 (analysis 54-cg R1): ``Följaktligen [NOUN nsubj] fastställer direktionen
    budgeten.``, ``Således [VERB] fastställer [amod] nämnden taxorna för nästa år.``: a
    connective adverb (grammar.yaml `misread_adverbs`) opens the V2 clause whatever its tag;
    the definite actor after the verb is the subject."""
    doc = parsed(nlp, f"""
        Följaktligen följaktligen NOUN 2 nsubj {IND}
        fastställer fastställa VERB 0 ROOT {PRES}
        direktionen direktion NOUN 2 nmod {DEF}
        budgeten budget NOUN 2 obj {DEF}
        . . PUNCT 2 punct
    """)
    assert [s[:3] for s in statements(doc)] == [("direktion", "none", "fastställa")]
    verb_tagged = parsed(nlp, f"""
        Således såle VERB 2 nsubj {PRES}
        fastställer fastställa VERB 4 amod {PRES}
        nämnden nämnd NOUN 2 obj {DEF}
        taxorna taxa NOUN 0 ROOT {DEF_PL}
        för för ADP 7 case
        nästa nästa ADJ 7 amod
        år år NOUN 4 nmod {IND}
        . . PUNCT 4 punct
    """)
    assert [s[:3] for s in statements(verb_tagged)] == [("nämnd", "none", "fastställa")]


def test_komma_after_an_additive_prefield_presents_its_subject(nlp) -> None:
    """Round 54 (ruling s3): ``Därtill kommer ekonomichefen.`` names the actor and states
    nothing (presentational ``komma``, grammar.yaml `additive_prefields`); ``kommer att``
    + infinitive is the future and keeps the main verb's statement."""
    doc = parsed(nlp, f"""
        Därtill därtill ADV 2 advmod
        kommer komma VERB 0 ROOT {PRES}
        ekonomichefen ekonomichef NOUN 2 nsubj {DEF}
        . . PUNCT 2 punct
    """)
    assert statements(doc) == []
    future = parsed(nlp, f"""
        Därefter därefter ADV 2 advmod
        kommer komma AUX 5 aux {PRES}
        nämnden nämnd NOUN 5 nsubj {DEF}
        att att PART 5 mark
        pröva pröva VERB 0 ROOT {INF}
        ärendet ärende NOUN 5 obj {DEF}
        . . PUNCT 5 punct
    """)
    assert [s[:3] for s in statements(future)] == [("nämnd", "none", "pröva")]


def test_komma_after_an_additive_prefield_with_a_later_infinitive_is_the_future(nlp) -> None:
    """Review 54 (item 1): after an additive prefield the subject is inverted, so the future's
    ``att`` + infinitive stands outside ``kommer``'s verb chain: ``Dessutom kommer
    sekreteraren att granska protokollen.`` (the tagger's adjective ``granska``) and ``Därtill
    kommer styrelsen att pröva frågan.`` keep the main verb's statement; a lone ``tillkommer``
    (`additive_presentational_verbs`) only presents its subject, as ``kommer`` does."""
    tagged_adjective = parsed(nlp, f"""
        Dessutom dessutom ADV 3 advmod
        kommer komma AUX 3 aux {PRES}
        sekreteraren sekreterare NOUN 0 ROOT {DEF}
        att att PART 5 mark
        granska granska ADJ 3 acl {PLUR_IND}
        protokollen protokoll NOUN 5 obj {DEF}
        . . PUNCT 3 punct
    """)
    assert [s[:3] for s in statements(tagged_adjective)] == [("sekreterare", "none", "granska")]
    acl_infinitive = parsed(nlp, f"""
        Därtill därtill ADV 2 advmod
        kommer komma VERB 0 ROOT {PRES}
        styrelsen styrelse NOUN 2 nsubj {DEF}
        att att PART 5 mark
        pröva pröva VERB 3 acl {INF}
        frågan fråga NOUN 5 obj {DEF}
        . . PUNCT 2 punct
    """)
    assert [s[:3] for s in statements(acl_infinitive)] == [("styrelse", "none", "pröva")]
    presenting = parsed(nlp, f"""
        Till till ADP 2 case
        detta denna PRON 3 obl
        tillkommer tillkomma VERB 0 ROOT {PRES}
        kassören kassör NOUN 3 nsubj {DEF}
        . . PUNCT 3 punct
    """)
    assert statements(presenting) == []
    # an infinitive inside a relative on the presented subject is the relative's, no future
    relative = parsed(nlp, f"""
        Härtill härtill ADV 2 advmod
        kommer komma VERB 0 ROOT {PRES}
        ett en DET 4 det
        kansli kansli NOUN 2 nsubj
        som som PRON 6 nsubj
        får få AUX 7 aux {PRES}
        bereda bereda VERB 4 acl:relcl {INF}
        ärendena ärende NOUN 7 obj {DEF}
        . . PUNCT 2 punct
    """)
    assert ("kansli", "none", "komma") not in [s[:3] for s in statements(relative)]


def test_det_vill_saga_inside_the_subject_is_no_verb_before_it(nlp) -> None:
    """Round 54 (analysis 54-cg R2): ``Kommunstyrelsen, det vill säga dess ledamöter och
    ersättare, leder arbetet.``: the restatement marker's ``vill`` (grammar.yaml
    `restatement_markers`) is no finite verb between the opening actor and its verb, as
    ``dvs.`` is none, though the parser hung the sentence on ``säga``."""
    doc = parsed(nlp, f"""
        Kommunstyrelsen kommunstyrelse NOUN 5 nsubj {DEF}
        , , PUNCT 1 punct
        det den PRON 4 nsubj
        vill vilja VERB 5 aux {PRES}
        säga säga VERB 0 ROOT {INF}
        dess dess PRON 7 nmod:poss
        ledamöter ledamot NOUN 5 obj {IND_PL}
        och och CCONJ 9 cc
        ersättare ersättare NOUN 7 conj {IND_PL}
        , , PUNCT 11 punct
        leder leda VERB 5 conj {PRES}
        arbetet arbete NOUN 11 nsubj {DEF}
        . . PUNCT 5 punct
    """)
    assert [s[:3] for s in statements(doc)] == [("kommunstyrelse", "none", "leda")]


def test_a_prepositional_insertion_after_a_cleft_focus_stays_in_the_cleft(nlp) -> None:
    """Round 54 (analysis 54-cg R4): ``Det är styrelsen, enligt bolagsordningen, som utser
    [NOUN] revisorerna.``: the comma closing an insertion after the focus is no joint of a
    coordinated clause; the focus acts in the ``som``-clause and the copula states
    nothing. A plain cleft keeps its focus too."""
    doc = parsed(nlp, f"""
        Det den PRON 3 nsubj
        är vara AUX 3 cop {PRES}
        styrelsen styrelse NOUN 0 ROOT {DEF}
        , , PUNCT 3 punct
        enligt enligt ADP 6 case
        bolagsordningen bolagsordning NOUN 3 nmod {DEF}
        , , PUNCT 6 punct
        som som PRON 9 nsubj
        utser utser NOUN 6 acl:relcl {IND}
        revisorerna revisor NOUN 9 obj {DEF_PL}
        . . PUNCT 3 punct
    """)
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "utse")]


def test_inverted_genitive_subject_past_a_run_of_attributes(nlp) -> None:
    """Round 54 (ce-R1): ``I länet samarbetar landstingens högsta medicinska chefer``: past a
    genitive inverted subject, a run of two or more attributes (a superlative, an -a
    adjective) before an actor noun is passed to that noun, the subject."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        länet län NOUN 3 obl {DEF}
        samarbetar samarbeta VERB 0 ROOT {PRES}
        landstingens landsting NOUN 3 nsubj Case=Gen|Definite=Def|Number=Plur
        högsta hög ADJ 7 amod Degree=Sup
        medicinska medicinsk ADJ 7 amod Degree=Pos|Number=Plur
        chefer chef NOUN 3 obj {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("chef", "none", "samarbeta", False, False)]


def test_a_bracket_before_the_later_infinitive_of_komma_opens_no_clause(nlp) -> None:
    """``Därtill kommer styrelsen (efter samråd) att pröva frågan``: a bracketed insertion
    opens no clause, so the later ``att`` + infinitive still makes ``kommer`` the future;
    after a comma (``Därtill kommer revisorerna, med uppgift att granska …``) the infinitive
    is outside the clause (review 54b item 8)."""
    rows = """
        Därtill därtill ADV 2 advmod
        kommer komma VERB 0 ROOT {PRES}
        {subject} NOUN 2 nsubj {DEF}
        {opening} PUNCT 6 punct
        {word} ADP 6 case
        {noun} NOUN 2 obl {IND}
        {closing} PUNCT 6 punct
        att att PART 9 mark
        pröva pröva VERB 2 xcomp {INF}
        frågan fråga NOUN 9 obj {DEF}
        . . PUNCT 2 punct
        """
    bracketed = parsed(
        nlp,
        rows.format(
            subject="styrelsen styrelse", opening="( (", word="efter efter", noun="samråd samråd",
            closing=") )", PRES=PRES, DEF=DEF, IND=IND, INF=INF,
        ),
    )
    comma = parsed(
        nlp,
        rows.format(
            subject="revisorerna revisor", opening=", ,", word="med med", noun="uppgift uppgift",
            closing="- -", PRES=PRES, DEF=DEF, IND=IND, INF=INF,
        ),
    )
    assert subjects._later_infinitive(bracketed[1])
    assert not subjects._later_infinitive(comma[1])


def test_a_free_relative_opener_is_read_from_one_word_list(nlp) -> None:
    """A pronoun right before ``som`` opens a free relative when grammar.yaml
    `free_relative_openers` lists it (``vad som``, ``vem som``): the same list the condition
    phrases read (`free_relative_at`); a noun before ``som`` opens a plain relative clause
    (review 54b item 5)."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        avgör avgöra VERB 0 ROOT {PRES}
        vem vem PRON 5 nsubj
        som som PRON 5 nsubj
        ansvarar ansvara VERB 2 ccomp {PRES}
        och och CCONJ 8 cc
        vad vad PRON 8 obj
        som som PRON 9 mark
        gäller gälla VERB 5 conj {PRES}
        för för ADP 11 case
        nämnden nämnd NOUN 9 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert subjects._free_relative_pronoun(doc[2])
    assert subjects._free_relative_pronoun(doc[6])
    assert not subjects._free_relative_pronoun(doc[0])
    assert subjects.free_relative_at(["enligt", "det", "som", "gäller"], 1)
    assert not subjects.free_relative_at(["enligt", "planen", "som", "gäller"], 1)


def test_a_comma_and_samt_after_a_closed_series_adds_a_subject(nlp) -> None:
    """Round 55 (ch-C3): ``Kassören och sekreteraren, samt revisorn granskar räkenskaperna.``:
    a comma + closing coordinator after a series that ``och`` closed adds one more member;
    the parser makes the last member the verb's subject and hangs the first apart."""
    doc = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 7 nsubj {DEF}
        och och CCONJ 3 cc _
        sekreteraren sekreterare NOUN 1 conj {DEF}
        , , PUNCT 7 punct _
        samt samt CCONJ 7 cc _
        revisorn revisor NOUN 7 nsubj {DEF}
        granskar granska VERB 0 ROOT {PRES}
        räkenskaperna räkenskap NOUN 7 obj {DEF_PL}
        . . PUNCT 7 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kassör", "none", "granska"),
        ("sekreterare", "none", "granska"),
        ("revisor", "none", "granska"),
    ]


def test_a_comma_and_samt_after_an_inverted_passive_series_adds_a_subject(nlp) -> None:
    """Round 55 (ch-C3): ``Därefter väljs ordförande och kassör, samt en revisor.``: the
    inverted subjects of the agentless passive, the third joined by ``, samt``."""
    doc = parsed(
        nlp,
        f"""
        Därefter därefter ADV 2 advmod _
        väljs välja VERB 0 ROOT {PASS}
        ordförande ordförande NOUN 2 nsubj:pass {IND}
        och och CCONJ 5 cc _
        kassör kassör NOUN 3 conj {IND}
        , , PUNCT 9 punct _
        samt samt CCONJ 9 cc _
        en en DET 9 det Definite=Ind|Gender=Com|Number=Sing
        revisor revisor NOUN 2 conj {IND}
        . . PUNCT 2 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("ordförande", "none", "välja"),
        ("kassör", "none", "välja"),
        ("revisor", "none", "välja"),
    ]


def test_a_comma_and_samt_after_a_verbs_object_series_opens_a_clause(nlp) -> None:
    """Round 55 (ch-C3) negative: ``Styrelsen utser ordförande och kassör, samt revisorn
    granskar bokslutet.``: the series after ``utser`` is its object; the noun phrase after
    ``, samt`` is the subject of its own clause and takes no object member with it."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        utser utse VERB 0 ROOT {PRES}
        ordförande ordförande NOUN 2 obj {IND}
        och och CCONJ 5 cc _
        kassör kassör NOUN 3 conj {IND}
        , , PUNCT 9 punct _
        samt samt CCONJ 9 cc _
        revisorn revisor NOUN 9 nsubj {DEF}
        granskar granska VERB 2 conj {PRES}
        bokslutet bokslut NOUN 9 obj {DEF}
        . . PUNCT 2 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("styrelse", "none", "utse"),
        ("revisor", "none", "granska"),
    ]


def test_an_assembly_genitive_opening_the_sentence_is_no_v1_verb(nlp) -> None:
    """Round 55 (ci-A3): ``Kommunfullmäktiges presidium planerar sammanträdena.``: the
    genitive of a noun in -e is spelled like the s-form of a verb in -e (`avses`), but a verb's
    base form in -e has its present in -r (`avser`) and the noun none, so the sentence opens
    with no verb-first condition and its subject acts."""
    from pipeline.language.spelling import s_passive_spelling

    assert not s_passive_spelling("kommunfullmäktiges")
    assert not s_passive_spelling("ordförandes")
    assert s_passive_spelling("avses") and s_passive_spelling("bestås")
    doc = parsed(
        nlp,
        f"""
        Kommunfullmäktiges kommunfullmäktige PROPN 2 nmod:poss Case=Gen
        presidium presidium NOUN 3 nsubj {IND}
        planerar planera VERB 0 ROOT {PRES}
        sammanträdena sammanträde NOUN 3 obj {DEF_PL}
        . . PUNCT 3 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kommunfullmäktiges presidium", "none", "planera"),
    ]


def test_a_body_in_commas_after_an_owners_description_is_the_subject(nlp) -> None:
    """Round 55 (cj-C6): ``Stiftelsens förvaltande organ, styrelsen, placerar kapitalet.``:
    the owner's description comes first, the body in commas right before the verb is the
    subject (the reverse of ``Styrelsen, stiftelsens förvaltande organ, …``)."""
    doc = parsed(
        nlp,
        f"""
        Stiftelsens stiftelse NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        förvaltande förvaltande ADJ 3 amod _
        organ organ NOUN 7 nsubj {IND}
        , , PUNCT 5 punct _
        styrelsen styrelse NOUN 3 conj {DEF}
        , , PUNCT 7 punct _
        placerar placera VERB 0 ROOT {PRES}
        kapitalet kapital NOUN 7 obj {DEF}
        . . PUNCT 7 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "placera")]


def test_a_series_after_an_owners_description_keeps_every_member(nlp) -> None:
    """Round 55 (cj-C6) negative: ``Förbundets kassör, sekreteraren och revisorn deltar.``:
    after the comma a series, not an apposition closed before the verb: no member is
    replaced."""
    doc = parsed(
        nlp,
        f"""
        Förbundets förbund NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        kassör kassör NOUN 7 nsubj {IND}
        , , PUNCT 4 punct _
        sekreteraren sekreterare NOUN 2 conj {DEF}
        och och CCONJ 6 cc _
        revisorn revisor NOUN 2 conj {DEF}
        deltar delta VERB 0 ROOT {PRES}
        . . PUNCT 7 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kassör", "none", "delta"),
        ("sekreterare", "none", "delta"),
        ("revisor", "none", "delta"),
    ]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        ("cirka cirka ADV 5 advmod\n25 25 NUM 6 nummod NumType=Card", "utredare"),
        ("ett en DET 5 det\ntiotal tiotal NOUN 6 nmod", "utredare"),
    ],
)
def test_an_agent_counted_in_digits_or_a_tal_noun_read_as_plain_obl(
    nlp, count, expected
) -> None:
    """Round 55 (cj-R4): ``bereds av cirka 25 utredare`` where the parser reads the agent as a
    plain ``obl``: the fallback walks past a numeral in digits and ``ett tiotal`` (modifiers,
    like a determiner) to the actor that heads the phrase; a non-actor head (``procent``)
    gives none."""
    rows = "\n".join(f"        {row}" for row in count.splitlines())
    doc = parsed(
        nlp,
        f"""
        Ärendena ärende NOUN 2 nsubj:pass {DEF_PL}
        bereds bereda VERB 0 ROOT {PASS}
        av av ADP 6 case
{rows}
        {expected} utredare NOUN 2 obl {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("utredare", "none", "bereda")]
    other = parsed(
        nlp,
        f"""
        Kostnaderna kostnad NOUN 2 nsubj:pass {DEF_PL}
        täcks täcka VERB 0 ROOT {PASS}
        av av ADP 6 case
        cirka cirka ADV 5 advmod
        80 80 NUM 6 nummod NumType=Card
        procent procent NOUN 2 obl {IND_PL}
        av av ADP 8 case
        avgifterna avgift NOUN 6 nmod {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(other) == []


def test_any_thing_before_a_verb_of_an_actor_subject_is_a_fronted_object(nlp) -> None:
    """Round 55 (w55g, tag55 §3: the parser swaps subject and object): ``Varje bokslut granskar
    revisorerna``, ``Budgeten fastställer fullmäktige``: a prefield noun phrase of any opener
    whose head names no actor, before a verb whose subject is an actor (`actor_subject_verbs`;
    a present by its spelling where tagger and lexicon lemmatise it as a noun, ``granskar`` →
    ``granskare``), is a fronted object; the actor after the verb is the subject, whatever
    label the parser gave it. A verb a thing may have as subject (``stödjer``) stays SVO, and
    so does an actor before the verb."""
    varje = parsed(
        nlp,
        f"""
        Varje varje DET 2 det
        bokslut bokslut NOUN 3 nsubj {IND}
        granskar granskare VERB 0 ROOT {PRES}
        revisorerna revisor NOUN 3 nsubj {DEF_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(varje) == [("revisor", "none", "granska", False, False)]
    bare = parsed(
        nlp,
        f"""
        Budgeten budget NOUN 2 nsubj {DEF}
        fastställer fastställa VERB 0 ROOT {PRES}
        fullmäktige fullmäktige NOUN 2 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(bare) == [("fullmäktige", "none", "fastställa", False, False)]
    thing = parsed(
        nlp,
        f"""
        Riktlinjerna riktlinje NOUN 2 nsubj {DEF_PL}
        stödjer stödja VERB 0 ROOT {PRES}
        förvaltningen förvaltning NOUN 2 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(thing) == []
    actor = parsed(
        nlp,
        f"""
        Förvaltningen förvaltning NOUN 2 nsubj {DEF}
        bereder bereda VERB 0 ROOT {PRES}
        nämnden nämnd NOUN 2 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(actor) == [("förvaltning", "none", "bereda", False, False)]


def test_a_comma_and_samt_after_a_series_member_with_an_attribute_adds_a_subject(nlp) -> None:
    """Round 55 (ch-R2): ``Kassören och sekreteraren i föreningen, samt revisorn granskar
    räkenskaperna.``: the comma + coordinator come after the last member's prepositional
    attribute, not its head; all three members are subjects, the attribute's own actor
    (``föreningen``) none."""
    doc = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 9 nsubj {DEF}
        och och CCONJ 3 cc _
        sekreteraren sekreterare NOUN 1 conj {DEF}
        i i ADP 5 case _
        föreningen förening NOUN 3 nmod {DEF}
        , , PUNCT 9 punct _
        samt samt CCONJ 8 cc _
        revisorn revisor NOUN 9 nsubj {DEF}
        granskar granska VERB 0 ROOT {PRES}
        räkenskaperna räkenskap NOUN 9 obj {DEF_PL}
        . . PUNCT 9 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kassör", "none", "granska"),
        ("sekreterare", "none", "granska"),
        ("revisor", "none", "granska"),
    ]


def test_a_comma_and_samt_after_an_inverted_member_with_an_attribute_adds_a_subject(
    nlp,
) -> None:
    """Round 55 (ch-R2): ``Därefter väljs ordförande och kassör för året, samt en revisor.``:
    the inverted passive's third subject after the second member's attribute."""
    doc = parsed(
        nlp,
        f"""
        Därefter därefter ADV 2 advmod _
        väljs välja VERB 0 ROOT {PASS}
        ordförande ordförande NOUN 2 nsubj:pass {IND}
        och och CCONJ 5 cc _
        kassör kassör NOUN 3 conj {IND}
        för för ADP 7 case _
        året år NOUN 5 nmod {DEF}
        , , PUNCT 11 punct _
        samt samt CCONJ 11 cc _
        en en DET 11 det Definite=Ind|Gender=Com|Number=Sing
        revisor revisor NOUN 2 conj {IND}
        . . PUNCT 2 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("ordförande", "none", "välja"),
        ("kassör", "none", "välja"),
        ("revisor", "none", "välja"),
    ]


def test_a_comma_and_samt_and_a_verb_after_an_object_with_an_attribute_opens_a_predicate(
    nlp,
) -> None:
    """Round 55 (ch-R2) negative: ``Styrelsen utser ordförande och kassör i rådet, samt
    fastställer arvodena.``: ``, samt`` + a finite verb is a second predicate of the
    subject; the series is ``utser``'s object."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        utser utse VERB 0 ROOT {PRES}
        ordförande ordförande NOUN 2 obj {IND}
        och och CCONJ 5 cc _
        kassör kassör NOUN 3 conj {IND}
        i i ADP 7 case _
        rådet råd NOUN 5 nmod {DEF}
        , , PUNCT 10 punct _
        samt samt CCONJ 10 cc _
        fastställer fastställa VERB 2 conj {PRES}
        arvodena arvode NOUN 10 obj {DEF_PL}
        . . PUNCT 2 punct _
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("styrelse", "none", "utse"),
        ("styrelse", "none", "fastställa"),
    ]


def test_a_quantifier_pronoun_prefield_leaves_the_nouns_after_the_verb_objects(nlp) -> None:
    """Round 55 (fix55m): `Båda leder kommunens förvaltning.`: a quantifier pronoun standing
    alone before the finite verb (grammar.yaml `quantifier_subject_pronouns`) is the subject
    in the prefield, so the object after the verb is no inverted subject and the pronoun
    subject gives no statement (docs/annotation.md §5.1, round 37 B1)."""
    doc = parsed(
        nlp,
        f"""
        Båda båda DET 2 nsubj Definite=Def|Number=Plur|PronType=Tot
        leder leda VERB 0 ROOT {PRES}
        kommunens kommun NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        förvaltning förvaltning NOUN 2 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_a_fronted_adverbial_keeps_the_actor_after_the_verb_the_subject(nlp) -> None:
    """Round 55 (fix55m), the other way: `I dag leder nämnden arbetet.`: a fronted adverbial
    is no pronoun subject, so V2 inversion puts the subject right after the verb."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        dag dag NOUN 3 obl {IND}
        leder leda VERB 0 ROOT {PRES}
        nämnden nämnd NOUN 3 nsubj {DEF}
        arbetet arbete NOUN 3 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "leda", False, False)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # V2 after a fronted adverbial; `som` hung on the attribute's noun (shipped model)
            """
            I i ADP 2 case
            Ekbo Ekbo PROPN 5 obl Case=Nom
            är vara AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
            det den PRON 5 det Definite=Def|Gender=Neut|Number=Sing|PronType=Prs
            socialnämnden socialnämnd NOUN 0 ROOT Definite=Def|Number=Sing
            inom inom ADP 7 case
            kommunen kommun NOUN 5 nmod Definite=Def|Number=Sing
            som som PRON 9 nsubj PronType=Rel
            beslutar besluta VERB 7 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin
            om om ADP 11 case
            bidrag bidrag NOUN 9 obl Definite=Ind|Number=Plur
            """,
            [("socialnämnd", "none", "besluta", False, False)],
        ),
        (  # `det är` first, an actor in the attribute
            """
            Det den PRON 3 nsubj
            är vara AUX 3 cop Mood=Ind|Tense=Pres|VerbForm=Fin
            arbetsutskottet arbetsutskott NOUN 0 ROOT Definite=Def|Number=Sing
            inom inom ADP 5 case
            nämnden nämnd NOUN 3 nmod Definite=Def|Number=Sing
            som som PRON 7 nsubj PronType=Rel
            fördelar fördela VERB 5 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin
            medlen medel NOUN 7 obj Definite=Def|Number=Plur
            """,
            [("arbetsutskott", "none", "fördela", False, False)],
        ),
    ],
)
def test_a_cleft_focus_with_a_prepositional_attribute_is_its_head(nlp, rows, expected) -> None:
    """Round 56 (analysis 56-cm C6): in ``(I X) är det <body> <prep> <noun> som <finite>``
    (and ``Det är … som``) the cleft's focus is the body noun before the attribute's
    preposition, whatever noun the parser hangs ``som`` on; the copula after a fronted
    adverbial makes ``det`` the cleft's subject, no determiner."""
    assert statements(parsed(nlp, rows)) == expected


def test_an_adverb_subordinator_after_och_before_the_finite_verb_is_a_fronted_adverb(
    nlp,
) -> None:
    """Round 56 (analysis 56b-cl N1): ``Förbundet håller stämma och då väljer ombuden en
    styrelse``, ``… men sedan fattar nämnden beslut``: after a clause coordinator a `då`/`där`/
    `sedan` with the finite verb right after it is the fronted adverb of a V2 main clause
    (the parser's links as the shipped model gives them: the inverted subject as an object).
    Negative: ``då styrelsen sammanträder`` (the subject first) stays subordinate."""
    rows = f"""
        Förbundet förbund NOUN 2 nsubj {DEF}
        håller hålla VERB 0 ROOT {PRES}
        stämma stämma NOUN 2 obj {IND}
        och och CCONJ 6 cc
        då då ADV 6 advmod
        väljer välja VERB 2 conj {PRES}
        ombuden ombud NOUN 6 obj {DEF_PL}
        en en DET 9 det
        styrelse styrelse NOUN 6 obj {IND}
        . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("förbund", "none", "hålla"), ("ombud", "none", "välja")]
    later = rows.replace("och och", "men men").replace("då då ADV", "sedan sedan ADV")
    assert [s[:3] for s in statements(parsed(nlp, later))] == [
        ("förbund", "none", "hålla"), ("ombud", "none", "välja")]
    subordinate = parsed(nlp, f"""
        Protokollet protokoll NOUN 2 nsubj:pass {DEF}
        justeras justera VERB 0 ROOT {PASS}
        då då SCONJ 5 mark
        styrelsen styrelse NOUN 5 nsubj {DEF}
        sammanträder sammanträda VERB 2 advcl {PRES}
        . . PUNCT 2 punct
    """)
    assert statements(subordinate) == []


def test_fronted_sedan_month_phrase_and_a_verb_phrase_conjunct(nlp) -> None:
    """gen56 C: ``Sedan i mars sköter utskottet arkivet och beslutar om gallring``: a fronted
    time phrase may open with a preposition before a month; a finite verb right after ``och``
    with no subject of its own is the main verb's conjunct, no second clause. The real tagger
    gives `Sedan` ADV or SCONJ; here SCONJ, the worse reading."""
    rows = """
    Sedan sedan SCONJ 4 mark
    i i ADP 3 case
    mars mars NOUN 4 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    sköter sköta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    utskottet utskott NOUN 4 nsubj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    arkivet arkiv NOUN 4 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    och och CCONJ 8 cc
    beslutar besluta VERB 4 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    om om ADP 10 case
    gallring gallring NOUN 8 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    . . PUNCT 4 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("utskott", "none", "sköta"),
        ("utskott", "none", "besluta"),
    ]


def test_distributive_subject_of_a_second_main_clause(nlp) -> None:
    """gen56 D: ``Rådet fastställer målen, och var och en av kommunens tre nämnder utser ett
    ombud``: after ``, och`` a distributive noun phrase opens a main clause; its actor is the
    head noun right before the finite verb, past the owner genitive and the numeral (the
    real parse: ``var`` a copula, ``utser`` a noun fixed to it)."""
    rows = """
    Rådet råd NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    fastställer fastställa VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    målen mål NOUN 2 obj Case=Nom|Definite=Def|Gender=Neut|Number=Plur
    , , PUNCT 2 punct
    och och CCONJ 6 cc
    var var PRON 15 cop Definite=Ind|Gender=Com|Number=Sing|PronType=Tot
    och och CCONJ 8 cc
    en man PRON 6 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 12 case
    kommunens kommun NOUN 12 nmod:poss Case=Gen|Definite=Def|Gender=Com|Number=Sing
    tre tre NUM 12 nummod Case=Nom
    nämnder nämnd NOUN 8 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    utser utse NOUN 6 fixed Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    ett en DET 15 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
    ombud ombud NOUN 2 conj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("råd", "none", "fastställa"),
        ("nämnd", "none", "utse"),
    ]
    # without the comma ``och`` may join subjects: the rule reads no new clause there
    joined = rows.replace(", , PUNCT 2 punct", "gärna gärna ADV 2 advmod")
    assert ("nämnd", "none", "utse") not in [s[:3] for s in statements(parsed(nlp, joined))]


def test_fronted_sedan_date_over_a_noun_series_comma(nlp) -> None:
    """gen56 C: ``Sedan den 1 maj 2025 driver nämnden arkivet och beslutar om gallring, lån
    och inköp``: `Sedan` + ``den`` + date is a fronted time phrase; a comma between two nouns
    of a series is no clause boundary (the real tagger's parse, `Sedan` SCONJ)."""
    rows = """
    Sedan sedan SCONJ 4 case
    den den DET 4 det Definite=Def|Gender=Com|Number=Sing|PronType=Art
    1 1 NUM 4 nummod
    maj maj NOUN 6 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    2025 2025 NUM 4 nummod Case=Nom
    driver driva VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    nämnden nämnd NOUN 6 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    arkivet arkiv NOUN 6 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    och och CCONJ 10 cc
    beslutar besluta VERB 6 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    om om ADP 12 case
    gallring gallring NOUN 10 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    , , PUNCT 14 punct
    lån lån NOUN 12 conj Case=Nom|Definite=Ind|Gender=Neut|Number=Plur
    och och CCONJ 16 cc
    inköp inköpa NOUN 14 conj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    . . PUNCT 6 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("nämnd", "none", "driva"),
        ("nämnd", "none", "besluta"),
    ]


def test_a_second_relative_adverb_after_och_continues_the_relative_clause(nlp) -> None:
    """Review 56b (M1): ``Förvaltningen ansvarar för lokaler där verksamhet bedrivs och där
    krävs tillstånd av nämnden``: a `där` clause open before ``och`` makes the second `där`
    its parallel relative clause, no V2 main clause (the parser's links as the shipped model
    gives them: the second `krävs` a conjunct of the main verb)."""
    rows = """
        Förvaltningen förvaltning NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
        ansvarar ansvara VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        för för ADP 4 case
        lokaler lokal NOUN 2 obl Case=Nom|Definite=Ind|Gender=Com|Number=Plur
        där där ADV 7 advmod
        verksamhet verksamhet NOUN 7 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
        bedrivs bedriva VERB 4 acl:relcl Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
        och och CCONJ 10 cc
        där där ADV 10 advmod
        krävs kräva VERB 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        tillstånd tillstånd NOUN 10 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Plur
        av av ADP 13 case
        nämnden nämnd NOUN 11 nmod Case=Nom|Definite=Def|Gender=Com|Number=Sing
        . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("förvaltning", "responsibility", "ansvara")]


def test_a_subject_opened_by_a_negative_determiner_is_denied_the_action(nlp) -> None:
    """Review 56b (S4): ``Ingen annan ledamot får avbryta sammanträdet``: a subject opened by
    `ingen`/`inget`/`inga` (configs/grammar.yaml `negative_determiners`) turns the modal's
    leave into a prohibition (the parser's links as the shipped model gives them)."""
    rows = """
        Ingen Ingen DET 2 det Definite=Ind|Gender=Com|Number=Sing|PronType=Neg
        annan annan ADJ 5 nsubj Case=Nom|Definite=Ind|Degree=Pos|Gender=Com|Number=Sing
        ledamot ledamot ADV 5 advmod
        får få AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        avbryta avbryta VERB 0 ROOT VerbForm=Inf|Voice=Act
        sammanträdet sammanträde NOUN 5 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
        . . PUNCT 5 punct
    """
    assert statements(parsed(nlp, rows)) == [("ledamot", "prohibition", "avbryta", True, False)]
    some = rows.replace("Ingen Ingen DET", "En en DET").replace("PronType=Neg", "PronType=Art")
    assert statements(parsed(nlp, some)) == [("ledamot", "permission", "avbryta", False, False)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # the parser reads the first noun as the root: the series runs into the verb
            f"""
            Rektor rektor PROPN 0 ROOT Case=Nom
            , , PUNCT 3 punct
            kurator kurator NOUN 1 conj {IND_PL}
            samt samt CCONJ 6 cc
            skolsköterskor skolsköterska NOUN 6 nsubj {IND_PL}
            deltar delta VERB 1 conj {PRES}
            i i ADP 8 case
            mötet möte NOUN 6 obl {DEF}
            . . PUNCT 1 punct
            """,
            ["rektor", "kurator", "skolsköterska"],
        ),
        (  # `respektive` tagged a coordinator inside the first conjunct's attribute
            f"""
            I i ADP 2 case
            gruppen grupp NOUN 3 obl {DEF}
            ingår ingå VERB 0 ROOT {PRES}
            ordföranden ordförande NOUN 3 nsubj {DEF}
            för för ADP 7 case
            respektive respektive CCONJ 7 amod
            nämnd nämna NOUN 3 obl {IND_PL}
            och och CCONJ 9 cc
            kommundirektören kommundirektör NOUN 7 conj {DEF}
            . . PUNCT 3 punct
            """,
            ["ordförande", "kommundirektör"],
        ),
        (  # a comma after a conjunct's body attribute, the series closed by `samt`
            f"""
            Förvaltningschefen förvaltningschef NOUN 11 nsubj {DEF}
            och och CCONJ 3 cc
            ombudet ombud NOUN 1 conj {DEF}
            för för ADP 6 case
            varje varje DET 6 det Definite=Ind|Number=Sing|PronType=Tot
            förbund förbund NOUN 1 nmod {IND}
            , , PUNCT 8 punct
            nämndsekreteraren nämndsekreterare NOUN 6 conj {DEF}
            samt samt CCONJ 10 cc
            kanslichefen kanslichef NOUN 6 conj {DEF}
            medverkar medverka VERB 0 ROOT {PRES}
            . . PUNCT 11 punct
            """,
            ["förvaltningschef", "ombud", "nämndsekreterare", "kanslichef"],
        ),
        (  # negative: the series after the verb's preposition is no subject
            f"""
            Rektor rektor PROPN 2 nsubj Case=Nom
            samråder samråda VERB 0 ROOT {PRES}
            med med ADP 4 case
            kurator kurator NOUN 2 obl {IND_PL}
            samt samt CCONJ 6 cc
            skolsköterskor skolsköterska NOUN 4 conj {IND_PL}
            . . PUNCT 2 punct
            """,
            ["rektor"],
        ),
    ],
)
def test_subject_series_by_word_order_past_attributes(nlp, rows: str, expected: list[str]) -> None:
    """Round 57 (analysis57-co C6): a subject series that opens the sentence and runs into
    the finite verb gives every conjunct a statement, a bare `bare_only_subject` noun in it
    too (the parser hangs it on the first noun read as the root); `respektive` inside a
    conjunct's attribute is the attribute's determiner; a comma after a conjunct's body
    attribute joins a series a coordinator closes."""
    doc = parsed(nlp, rows)
    assert [s[0] for s in statements(doc)] == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # a fronted `för att`-clause after `och` (the shipped parse: `har` advcl, the
            # subject nmod, the supine an adjective)
            f"""
            Styrelsen styrelse NOUN 2 nsubj {DEF}
            utökar utöka VERB 0 ROOT {PRES}
            verksamheten verksamhet NOUN 2 obj {DEF}
            och och CCONJ 7 cc
            för för ADP 7 mark
            att att PART 7 mark
            klara klara VERB 9 nsubj {INF}
            bemanningen bemanning NOUN 7 obj {DEF}
            har ha AUX 2 advcl {PRES}
            bolaget bolag NOUN 12 nmod {DEF}
            rekryterat rekrytera ADJ 12 amod Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing
            tekniker tekniker NOUN 9 obj {IND_PL}
            . . PUNCT 2 punct
            """,
            [("styrelse", "utöka"), ("bolag", "rekrytera")],
        ),
        (  # a fronted adverb after `och` (the subject read as the object of `har`)
            f"""
            Rådet råd NOUN 2 nsubj {DEF}
            lämnar lämna VERB 0 ROOT {PRES}
            sitt sig PRON 4 nmod:poss Definite=Def|Gender=Neut|Number=Sing|Poss=Yes|PronType=Prs
            yttrande yttra NOUN 2 obj {IND}
            och och CCONJ 7 cc
            därför därför ADV 7 advmod
            har ha VERB 2 conj {PRES}
            nämnden nämnd NOUN 7 obj {DEF}
            tillsatt tillsätta ADJ 7 xcomp Case=Nom|Definite=Ind|Degree=Pos|Number=Sing|Tense=Past|VerbForm=Part
            en en DET 11 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
            arbetsgrupp arbetsgrupp NOUN 7 obj {IND}
            . . PUNCT 2 punct
            """,
            [("råd", "lämna"), ("nämnd", "tillsätta")],
        ),
        (  # negative: the noun after `har` with its subject before it is an object
            f"""
            Nämnden nämnd NOUN 2 nsubj {DEF}
            har ha VERB 0 ROOT {PRES}
            ansvaret ansvar NOUN 2 obj {DEF}
            delegerat delegera ADJ 2 xcomp Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing|Tense=Past|VerbForm=Part
            . . PUNCT 2 punct
            """,
            [("nämnd", "ansvara")],  # `har ansvaret`: the cue, no perfect of `delegera`
        ),
    ],
)
def test_v2_inversion_in_the_second_main_clause_after_och(
    nlp, rows: str, expected: list[tuple[str, str]]
) -> None:
    """Round 57 (analysis57-co C5): after `och`, a fronted `för att`-clause or adverb fills
    the first place of a second main clause; the finite verb after it is that clause's, its
    inverted subject right after it (by word order, whatever link the parser gave), and the
    supine after the subject the perfect's."""
    doc = parsed(nlp, rows)
    assert [(s[0], s[2]) for s in statements(doc)] == expected


def test_round57_an_indefinite_member_after_a_body_attribute_joins_the_head(nlp) -> None:
    """analysis57-cn C4: ``Ledamöter från nämnderna, studentombud och en representant för
    personalen ingår``: an indefinite member of no body category after the first member's
    body attribute is the head's conjunct, not the attribute's (shipped tags: both later
    members conj of the head); place names in the attribute stay the attribute's."""
    rows = """
    Ledamöter ledamot NOUN 11 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    från från ADP 3 case
    nämnderna nämnd NOUN 1 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
    , , PUNCT 5 punct
    studentombud studentombud NOUN 1 conj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    och och CCONJ 8 cc
    en en DET 8 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
    representant representant NOUN 1 conj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    för för ADP 10 case
    personalen personal NOUN 8 nmod Case=Nom|Definite=Def|Gender=Com|Number=Sing
    ingår ingå VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    i i ADP 13 case
    rådet råd NOUN 11 obl Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    . . PUNCT 11 punct
    """
    assert sorted(s[0] for s in statements(parsed(nlp, rows))) == [
        "ledamot",
        "representant",
        "studentombud",
    ]


def test_round57_the_genitive_owner_of_a_non_actor_member_is_no_subject(nlp) -> None:
    """analysis57-cn C6: ``Beslutande organ är nämnden och regionstyrelsens
    beredningsmöten``: the series member is the owned noun, which names no actor; its
    genitive owner is a mention only (shipped tags, a wrong parse: the owned noun ROOT, the
    copula on it)."""
    rows = """
    Beslutande besluta ADJ 2 amod Case=Nom|Degree=Pos
    organ organ NOUN 7 nsubj Case=Nom|Definite=Ind|Gender=Neut|Number=Plur
    är vara AUX 7 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    nämnden nämnd NOUN 7 nmod Case=Nom|Definite=Def|Gender=Com|Number=Sing
    och och CCONJ 6 cc
    regionstyrelsens regionstyrelse NOUN 4 conj Case=Gen|Definite=Def|Gender=Com|Number=Sing
    beredningsmöten beredningsmöte NOUN 0 ROOT Case=Nom|Definite=Def|Gender=Com|Number=Sing
    . . PUNCT 7 punct
    """
    assert [s[0] for s in statements(parsed(nlp, rows))] == ["nämnd"]


def test_a_subject_series_past_a_members_attribute_with_a_place_name(nlp) -> None:
    """``Förvaltningschef och controller för Norra Ekby, kanslichef samt kurator deltar i
    arbetet.`` (round 57, analysis57b-co R3; shipped tags: ``kanslichef`` and ``kurator``
    conjuncts of ``Ekby``): by word order a member's attribute (`attribute_prepositions` +
    words of no actor) ends before the comma that a later ``samt`` closes, so every member
    acts, the bare ``kurator`` too (a series of more than eight words). Negative: a series
    after the verb's preposition is its complement, and ``-koordinator`` names an officer
    (``Rektor samråder med kurator samt vårdkoordinatorer.``)."""
    doc = parsed(
        nlp,
        f"""
        Förvaltningschef förvaltningschef NOUN 11 nsubj {IND}
        och och CCONJ 3 cc
        controller controll NOUN 1 conj {IND_PL}
        för för ADP 6 case
        Norra norra ADJ 6 amod Case=Nom|Definite=Def|Degree=Pos
        Ekby Ekby PROPN 3 nmod Case=Nom
        , , PUNCT 8 punct
        kanslichef kanslichef NOUN 6 conj {IND}
        samt samt CCONJ 10 cc
        kurator kurator NOUN 6 conj {IND}
        deltar delta VERB 0 ROOT {PRES}
        i i ADP 13 case
        arbetet arbete NOUN 11 obl {DEF}
        . . PUNCT 11 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("förvaltningschef", "none", "delta"),
        ("controller", "none", "delta"),
        ("kanslichef", "none", "delta"),
        ("kurator", "none", "delta"),
    ]
    doc = parsed(
        nlp,
        f"""
        Rektor rektor PROPN 2 nsubj Case=Nom
        samråder samråda VERB 0 ROOT {PRES}
        med med ADP 4 case
        kurator kurator NOUN 2 obl {IND_PL}
        samt samt CCONJ 6 cc
        vårdkoordinatorer vårdkoordinator NOUN 4 conj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("rektor", "none", "samråda")]
    assert [m.canonical for m in doc._.actors] == ["rektor", "vårdkoordinator"]


_SHIPPED_PURPOSE = f"""
För för ADP 3 mark
att att PART 3 mark
följa följa VERB 0 ROOT {INF}
upp upp ADV 3 compound:prt
samarbetet samarbete NOUN 3 obj {DEF}
och och CCONJ 8 cc
dess dess PRON 8 nmod:poss
avtal avtal NOUN 5 conj {IND}
ska skola AUX 10 aux {MODAL}
representanter representant NOUN 3 conj {IND_PL}
för för ADP 12 case
regionen region NOUN 10 nmod {DEF}
och och CCONJ 15 cc
kommunerna kommun NOUN 15 nsubj {DEF_PL}
träffas träffas VERB 3 conj VerbForm=Sup
två två NUM 17 nummod
gånger gång NOUN 15 nmod {IND_PL}
. . PUNCT 3 punct
"""

# analysis57-co C8's parse: the modal a coordinator, the reciprocal verb a root noun
_MISTAGGED_PURPOSE = f"""
För för ADP 3 mark
att att PART 3 mark
granska granska VERB 12 advcl {INF}
avtalet avtal NOUN 3 obj {DEF}
ska skola AUX 12 cc {MODAL}
ledamöterna ledamot NOUN 12 nsubj {DEF_PL}
i i ADP 9 case
regionstyrelsens regionstyrelse NOUN 9 nmod:poss
utskott utskott NOUN 6 nmod {IND}
och och CCONJ 11 cc
nämnden nämnd NOUN 9 conj {DEF}
träffas träffas NOUN 0 ROOT {IND}
varje varje DET 14 det
kvartal kvartal NOUN 12 obl {IND}
. . PUNCT 12 punct
"""

_NO_MAIN_MODAL = f"""
För för ADP 6 mark
att att SCONJ 6 mark
styrelsen styrelse NOUN 6 nsubj:pass {DEF}
ska skola AUX 6 aux {MODAL}
kunna kunna AUX 6 aux VerbForm=Inf
besluta besluta VERB 7 aux:pass {INF}
krävs kräva VERB 0 ROOT {PASS}
underlag underlag NOUN 7 nsubj:pass {IND}
. . PUNCT 7 punct
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_SHIPPED_PURPOSE, [("representant", "obligation", "träffas", False, False)]),
        (_MISTAGGED_PURPOSE, [("ledamot", "obligation", "träffas", False, False)]),
        (_NO_MAIN_MODAL, []),
    ],
)
def test_round57_modal_after_a_fronted_infinitive_clause_ending_in_a_noun(
    nlp, rows: str, expected: list[tuple]
) -> None:
    """Round 57 (analysis57-co C8): a sentence opened by `infinitive_clause_prepositions` +
    `att` (``För att …``) whose clause ends in its object's noun, then a modal (whatever its
    tag), an actor with a prepositional attribute (a compound genitive, a series inside it)
    and an infinitive by the lexicon (a reciprocal verb tagged a noun): the modal is the main
    clause's, the actor its subject. Negative: the modal inside the `För att`-clause."""
    assert statements(parsed(nlp, rows)) == expected


# Round 57 (analysis57-cp C2): the shipped model's parse of a fronted `Om`-clause whose
# subject is a series of indefinite noun phrases (the model makes `lämnar` the root).
SERIES_IN_FRONTED_CLAUSE = """
Om om SCONJ 3 case
en en DET 3 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
förening förening NOUN 10 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
, , PUNCT 6 punct
en en DET 6 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
skola skola NOUN 3 conj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
eller eller CCONJ 9 cc
ett en DET 9 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
bolag bolag NOUN 3 conj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
lämnar lämna VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
in in ADV 10 compound:prt
en en DET 13 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
ansökan ansökan NOUN 14 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
bildas bilda VERB 10 advcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
ett en DET 16 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
ärende ärende NOUN 14 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
. . PUNCT 10 punct
"""

SERIES_AFTER_A_CLOSED_CLAUSE = """
När när SCONJ 3 mark
revisorerna revisor NOUN 3 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Plur
tittar titta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
på på ADP 5 case
ekonomin ekonomi NOUN 3 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
, , PUNCT 7 punct
personalen personal NOUN 5 conj Case=Nom|Definite=Def|Gender=Com|Number=Sing
och och CCONJ 10 cc
lokalerna lokal NOUN 10 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Plur
granskar granskare VERB 3 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
nämnden nämnd NOUN 10 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
budgeten budget NOUN 10 obj Case=Nom|Definite=Def|Gender=Com|Number=Sing
. . PUNCT 3 punct
"""


def test_commas_of_a_noun_series_after_a_subordinator_end_no_clause(nlp) -> None:
    """``Om en förening, en skola eller ett bolag lämnar in …``: the commas of a series of
    noun phrases closed by a coordinator that runs into the finite verb join its conjuncts,
    actors or not, so the subordinator opens that verb's clause, whatever the parser made
    the root. A series after a clause's own finite verb leaves the next verb in no
    clause of that subordinator."""
    doc = parsed(nlp, SERIES_IN_FRONTED_CLAUSE)
    assert subordinator_of(doc[9], doc[:]).text == "Om"
    assert statements(doc) == []
    other = parsed(nlp, SERIES_AFTER_A_CLOSED_CLAUSE)
    assert subordinator_of(other[9], other[:]) is None


def test_a_prepositional_phrase_before_an_inverted_subject_leaves_it_the_subject(nlp) -> None:
    """gen57 A (gen55 B): ``Under hösten ska i samråd med ekonomikontoret regionstyrelsen ta
    fram en plan och redovisa den …``: in V2 order a prepositional phrase (chained, its own
    noun an actor) stands between the modal and the inverted subject; the actor right after
    the phrase's noun, before the infinitives, is their subject, not part of the phrase (the
    shipped parse: ``regionstyrelsen`` an nmod of ``samråd``); the condition ends before it."""
    rows = """
    Under under ADP 2 case
    hösten höst NOUN 3 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    ska skola AUX 9 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    i i ADP 5 case
    samråd samråda NOUN 9 obl Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    med med ADP 8 case
    ekonomikontoret ekonomikontor NOUN 8 nmod Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    regionstyrelsen regionstyrelse NOUN 5 nmod Case=Nom|Definite=Def|Gender=Com|Number=Sing
    ta ta VERB 0 ROOT VerbForm=Inf|Voice=Act
    fram fram ADV 9 compound:prt
    en en DET 12 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
    plan plana ADV 9 obj Degree=Pos
    och och CCONJ 14 cc
    redovisa redovisa VERB 9 conj VerbForm=Inf|Voice=Act
    den den PRON 14 obj Definite=Def|Gender=Com|Number=Sing|PronType=Prs
    till till ADP 17 case
    regionfullmäktige regionfullmäktig NOUN 14 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    . . PUNCT 9 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("regionstyrelse", "obligation", "ta"),
        ("regionstyrelse", "obligation", "redovisa"),
    ]


def test_a_genitive_inside_a_prepositional_phrase_stays_there(nlp) -> None:
    """gen57 A, negative: ``Nämnden ska enligt styrelsens beslut yttra sig``: the genitive
    owner inside the phrase is no inverted subject; the subject stands before the modal."""
    rows = """
    Nämnden nämnd NOUN 6 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    ska skola AUX 6 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    enligt enligt ADP 5 case
    styrelsens styrelse NOUN 5 nmod:poss Case=Gen|Definite=Def|Gender=Com|Number=Sing
    beslut beslut NOUN 6 obl Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    yttra yttra VERB 0 ROOT VerbForm=Inf|Voice=Act
    sig sig PRON 6 obj Case=Acc|Definite=Def|PronType=Prs
    över över ADP 9 case
    förslaget förslag NOUN 6 obl Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    . . PUNCT 6 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [("nämnd", "obligation", "yttra")]


def test_som_and_a_bare_noun_before_a_coordinator_opens_no_clause(nlp) -> None:
    """gen57 D: ``Styrelsen företräder förbundet som arbetsgivare och svarar för
    personalfrågorna``: ``som`` + a bare indefinite noun that ``och`` closes is ``as``, no
    relative clause, so ``svarar`` is the main clause's conjunct and ``Styrelsen`` its subject
    (the shipped parse: ``företräder`` a noun, ``förbundet`` the root)."""
    rows = """
    Styrelsen styrelse NOUN 2 nmod Case=Nom|Definite=Def|Gender=Com|Number=Sing
    företräder företräda NOUN 3 nsubj:pass Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    förbundet förbunden NOUN 0 ROOT Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    som som SCONJ 5 mark
    arbetsgivare arbetsgivare NOUN 3 xcomp Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    och och CCONJ 7 cc
    svarar svara VERB 3 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    för för ADP 9 case
    personalfrågorna personalfråga NOUN 7 obl Case=Nom|Definite=Def|Gender=Com|Number=Plur
    . . PUNCT 3 punct
    """
    found = [s[:3] for s in statements(parsed(nlp, rows))]
    assert ("styrelse", "responsibility", "svara") in found
    assert ("förbund", "responsibility", "svara") not in found


def test_a_role_before_a_personal_name_is_a_speech_frames_subject(nlp) -> None:
    """gen57 C (t12): ``”Budgeten håller”, säger ekonomichefen Klas Berg.``: a role right
    after the frame's verb of speech stays an actor before a personal name, and is the
    frame's subject whatever the parser calls nsubj (the shipped parse: ``Klas``)."""
    rows = """
    ” ” PUNCT 3 punct
    Budgeten budget NOUN 3 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    håller hålla VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    ” ” PUNCT 3 punct
    , , PUNCT 6 punct
    säger säga VERB 3 parataxis Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    ekonomichefen ekonomichef NOUN 6 xcomp Case=Nom|Definite=Def|Gender=Com|Number=Sing
    Klas klase PROPN 6 nsubj Case=Nom
    Berg Berg PROPN 8 flat:name Case=Nom
    . . PUNCT 3 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [("ekonomichef", "none", "säga")]


# Round 57 (analysis57-cp C5): an actor head whose prepositional attribute holds coordinated
# actor nouns is the subject (tags as the shipped model gives them).
HEAD_WITH_COORDINATED_ATTRIBUTE = """
Ett en DET 2 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
hundratal hundratal NOUN 3 nmod Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
representanter representant NOUN 0 ROOT Case=Nom|Definite=Ind|Gender=Com|Number=Plur
från från ADP 6 case
lokala lokal ADJ 6 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
föreningar förening NOUN 3 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Plur
och och CCONJ 10 cc
statliga statlig ADJ 9 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
myndigheter myndighet NOUN 10 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
deltar delta VERB 3 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
i i ADP 13 case
rådets råd NOUN 13 nmod:poss Case=Gen|Definite=Def|Gender=Neut|Number=Sing
arbete arbete NOUN 10 obl Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
. . PUNCT 3 punct
"""

ADJECTIVE_READ_AS_NOUN_IN_ATTRIBUTE = """
Drygt dryg ADV 2 advmod Degree=Pos
3 3ma NUM 4 nummod Case=Nom
000 000ma NUM 4 nummod Case=Nom
medarbetare medarbetare NOUN 11 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
i i ADP 7 case
regional regional NOUN 7 amod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
förvaltning förvaltning NOUN 4 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
och och CCONJ 10 cc
kommunala kommunal ADJ 10 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
stiftelser stiftelse NOUN 7 conj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
ser se VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
till till ADP 15 mark
att att SCONJ 15 mark
vården vård NOUN 15 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
fungerar fungera VERB 11 advcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
. . PUNCT 11 punct
"""

SECOND_CLAUSE_HEAD_WITH_ATTRIBUTE = """
Styrelsen styrelse NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
fattar fatta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
besluten besluta NOUN 2 obj Case=Nom|Definite=Def|Gender=Com|Number=Sing
, , PUNCT 8 punct
och och CCONJ 8 cc
ett en DET 7 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
tjugotal tjugotal NOUN 8 nmod Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
handläggare handläggare NOUN 15 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
i i ADP 11 case
regional regional NOUN 11 amod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
förvaltning förvaltning NOUN 8 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
och och CCONJ 14 cc
kommunala kommunal ADJ 14 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
förbund förbund NOUN 11 conj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
bereder bereda NOUN 2 advcl Case=Nom|Definite=Ind|Gender=Com|Number=Plur
ärendena ärende NOUN 15 obj Case=Nom|Definite=Def|Gender=Com|Number=Plur
. . PUNCT 2 punct
"""


def test_an_actor_head_with_coordinated_actors_in_its_attribute_is_the_subject(nlp) -> None:
    """Round 57 (cp C5): ``Ett hundratal representanter från lokala föreningar och statliga
    myndigheter deltar …`` (parsed: the last conjunct nsubj of ``deltar``): the head that
    opens the clause past its count is the subject, not the attribute's actors; so too where
    the tagger read the attribute's adjective as a noun (``i regional [NOUN amod]
    förvaltning och kommunala stiftelser``), and in the second main clause after ``, och``
    (its coordinator is the one after the comma, not the one inside the attribute)."""
    assert [s[:3] for s in statements(parsed(nlp, HEAD_WITH_COORDINATED_ATTRIBUTE))] == [
        ("representant", "none", "delta")
    ]
    found = statements(parsed(nlp, ADJECTIVE_READ_AS_NOUN_IN_ATTRIBUTE))
    assert [s[0] for s in found] == ["medarbetare"]
    found = statements(parsed(nlp, SECOND_CLAUSE_HEAD_WITH_ATTRIBUTE))
    assert [s[:3] for s in found] == [
        ("styrelse", "none", "fatta"),
        ("handläggare", "none", "bereda"),
    ]


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        # after a coordinator alone, an external party continues the attribute's
        # coordination (cp C5), not the head's series (cn C4 needs a comma for it)
        (
            "statliga statlig ADJ 6 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur\n"
            "myndigheter myndighet NOUN 3 conj Case=Nom|Definite=Ind|Gender=Com|Number=Plur",
            ["ledamot"],
        ),
        # a person member joins the head past the body attribute (round 52, al-P5)
        (
            "kuratorer kurator NOUN 3 conj Case=Nom|Definite=Ind|Gender=Com|Number=Plur",
            ["ledamot", "kurator"],
        ),
    ],
)
def test_a_coordinator_after_a_body_attribute_joins_an_external_party_to_the_attribute(
    nlp, member: str, expected: list[str]
) -> None:
    """Round 57 (fix57g, between cn C4 and cp C5): ``Ledamöter från kommunerna och statliga
    myndigheter deltar i rådet.`` (shipped tags: ``myndigheter`` conj of ``kommunerna``): an
    external party (category ``extern``) after the head's body attribute is the head's
    conjunct only after a comma; after ``och`` alone it is the attribute's, like ``lokala
    föreningar och statliga myndigheter``. A member of the organisation's own staff
    (``kuratorer``, ``studentombud``) joins the head either way."""
    words = len(member.splitlines())
    rows = "\n".join(
        [
            f"Ledamöter ledamot NOUN {5 + words} nsubj {IND_PL}",
            "från från ADP 3 case",
            f"kommunerna kommun NOUN 1 nmod {DEF_PL}",
            f"och och CCONJ {4 + words} cc",
            member,
            f"deltar delta VERB 0 ROOT {PRES}",
            f"i i ADP {7 + words} case",
            f"rådet råd NOUN {5 + words} obl {DEF}",
            f". . PUNCT {5 + words} punct",
        ]
    )
    assert [s[0] for s in statements(parsed(nlp, rows))] == expected


FRONTED_PLACE_ACTIVITY_VERB_READ_AS_ADJECTIVE = """
På på ADP 2 case
kansliet kansli NOUN 3 obl Case=Nom|Definite=Def|Gender=Neut|Number=Sing
jobbar jobbare ADJ 4 nmod Case=Nom|Definite=Ind|Degree=Pos|Gender=Com|Number=Sing
sekreterare sekreterare NOUN 0 ROOT Case=Nom|Definite=Ind|Gender=Com|Number=Plur
som som PRON 6 nsubj PronType=Rel
skriver skriva VERB 4 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
protokollen protokoll NOUN 6 obj Case=Nom|Definite=Def|Gender=Com|Number=Sing
. . PUNCT 4 punct
"""

FRONTED_PLACE_OBJECT_READ_SUBJECT = """
I i ADP 2 case
stadshuset stadshus NOUN 3 obl Case=Nom|Definite=Def|Gender=Neut|Number=Sing
arbetar arbeta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
handläggare handläggare NOUN 3 obj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
som som PRON 6 nsubj PronType=Rel
utreder utreda VERB 3 advcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
ansökningarna ansökning NOUN 6 obj Case=Nom|Definite=Def|Gender=Com|Number=Plur
. . PUNCT 3 punct
"""


def test_a_bare_plural_after_a_fronted_place_and_its_verb_is_the_subject(nlp) -> None:
    """Round 57 (cp C7): after a fronted prepositional phrase V2 puts the subject right after
    the finite verb, so a bare plural actor there is the subject though a ``som``-clause
    follows it (``I stadshuset arbetar handläggare som …``, the parser's object), also where
    the tagger read the verb as an adjective (``På kansliet jobbar [ADJ] sekreterare som
    …``: a present by spelling in second place before a bare plural closed by ``som``)."""
    assert [s[:3] for s in statements(parsed(nlp, FRONTED_PLACE_OBJECT_READ_SUBJECT))] == [
        ("handläggare", "none", "arbeta")
    ]
    found = statements(parsed(nlp, FRONTED_PLACE_ACTIVITY_VERB_READ_AS_ADJECTIVE))
    assert [s[:3] for s in found] == [("sekreterare", "none", "jobba")]


def test_distributive_partitive_as_the_inverted_v2_subject(nlp) -> None:
    """w58a G: ``I år leder var och en av ledamöterna ett utskott``: a distributive partitive
    right after a fronted phrase's V2 verb is its inverted subject, the group after ``av`` the
    actor (the real parse: ``var`` an adverb, ``ledamöterna`` a nominal modifier). After the
    subject and its verb it is the object: ``Därefter lämnar nämnden uppdrag till var och en
    av förvaltningarna`` → only the committee."""
    rows = """
    I i ADP 2 case
    år år NOUN 3 obl Case=Nom|Definite=Ind|Gender=Neut|Number=Plur
    leder leda VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    var var PRON 3 advmod Definite=Ind|Gender=Com|Number=Sing|PronType=Tot
    och och CCONJ 6 cc
    en man PRON 4 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 8 case
    ledamöterna ledamot NOUN 6 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
    ett en DET 10 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
    utskott utskott NOUN 3 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    . . PUNCT 3 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [("ledamot", "none", "leda")]
    negative = """
    Därefter därefter ADV 2 advmod
    lämnar lämna VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    uppdrag uppdra NOUN 2 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    till till ADP 6 case
    var var PRON 2 obl Definite=Ind|Gender=Com|Number=Sing|PronType=Tot
    och och CCONJ 8 cc
    en man PRON 6 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 10 case
    förvaltningarna förvaltning NOUN 8 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
    . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, negative))] == [("nämnd", "none", "lämna")]
    # in a relative clause (``som`` before the verb) the phrase is the object (§5.2 B7)
    relative = """
    Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    sköter sköta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    tillsynen tillsyn NOUN 2 obj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    som som PRON 10 nsubj PronType=Rel
    , , PUNCT 7 punct
    enligt enligt ADP 7 case
    lagen lag NOUN 4 conj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    , , PUNCT 10 punct
    annars annars ADV 10 advmod
    åvilar åvila VERB 2 advcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    var var PRON 10 advmod Definite=Ind|Gender=Com|Number=Sing|PronType=Tot
    och och CCONJ 13 cc
    en man PRON 11 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 15 case
    kommunerna kommun NOUN 13 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
    . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, relative))] == [("nämnd", "none", "sköta")]
    # review58 M3: a fronted capacity ``Som ordförande`` is no relative ``som``: still V2
    capacity = """
    Som som SCONJ 2 case
    ordförande ordförande NOUN 3 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    leder leda VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    var var PRON 3 advmod Definite=Ind|Gender=Com|Number=Sing|PronType=Tot
    och och CCONJ 6 cc
    en man PRON 4 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 8 case
    ledamöterna ledamot NOUN 6 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
    ett en DET 10 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
    möte möte NOUN 3 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    . . PUNCT 3 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, capacity))] == [("ledamot", "none", "leda")]


def test_distributive_var_after_a_v2_modal_is_no_copula(nlp) -> None:
    """w58a G: ``I år ska var och en av ledamöterna därefter leda mötet``: the ``var`` of a
    distributive phrase after a V2 modal is the pronoun, no copula before a predicative's
    subject; an adverbial may stand between the subject and the infinitive. A pronoun
    subject after the V2 verb leaves the clause without actor (``Sedan 2026 leder den
    arbetet``)."""
    rows = """
    I i ADP 2 case
    år år NOUN 10 obl Case=Nom|Definite=Ind|Gender=Neut|Number=Plur
    ska skola AUX 10 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    var var PRON 10 nsubj Definite=Ind|Gender=Com|Number=Sing|PronType=Tot
    och och CCONJ 6 cc
    en man PRON 10 nsubj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 8 case
    ledamöterna ledamot NOUN 6 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
    därefter därefter ADV 10 advmod
    leda leda VERB 0 ROOT VerbForm=Inf|Voice=Act
    mötet möte NOUN 10 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    . . PUNCT 10 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [("ledamot", "obligation", "leda")]
    negative = """
    Sedan sedan ADP 2 case
    2026 2026 NUM 3 obl Case=Nom
    leder leda VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    den den DET 5 det Definite=Def|Gender=Com|Number=Sing|PronType=Art
    arbetet arbete NOUN 3 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, negative)) == []


def test_sedan_before_a_prepositional_time_phrase_is_fronted(nlp) -> None:
    """w58a E: ``Sedan i år beslutar biträdande förvaltningschef om avgifter``: `sedan` before
    a preposition's time phrase (``i år``) is a fronted adverbial, the finite verb in second
    place and the article-less role after it the subject; a preposition's phrase that names
    no time (``i kommunen``) is none."""
    rows = """
    Sedan sedan ADV 3 advmod
    i i ADP 3 case
    år år NOUN 4 obl Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    beslutar besluta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    biträdande biträda ADJ 6 amod Case=Nom|Degree=Pos|Tense=Pres|VerbForm=Part
    förvaltningschef förvaltningschef NOUN 4 obj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    om om ADP 8 case
    avgifter avgift NOUN 6 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    . . PUNCT 4 punct
    """
    doc = parsed(nlp, rows)
    assert [s[:3] for s in statements(doc)] == [
        ("biträdande förvaltningschef", "none", "besluta")
    ]
    assert subjects._time_phrase(doc[1:3])
    place = parsed(nlp, rows.replace("år år NOUN", "kommunen kommun NOUN"))
    assert not subjects._time_phrase(place[1:3])


def test_subjects_joined_past_an_insertion_after_the_coordinator(nlp) -> None:
    """Round 58 (gen58 C1): ``Ordföranden eller, vid förhinder för denne, vice ordföranden
    får besluta``: an adverbial in commas after the coordinator leaves both subjects acting
    (§5.2); the parser hangs the second on the insertion's noun."""
    doc = parsed(
        nlp,
        f"""
        Ordföranden ordförande NOUN 12 nsubj {DEF}
        eller eller CCONJ 5 cc
        , , PUNCT 2 punct
        vid vid ADP 5 case
        förhinder förhinder NOUN 1 conj {IND}
        för för ADP 7 case
        denne denne DET 5 nmod
        , , PUNCT 12 punct
        vice vice NOUN 12 cc
        ordföranden ordförande NOUN 9 fixed {DEF}
        får få AUX 12 aux {MODAL}
        besluta besluta VERB 0 ROOT {INF}
        om om ADP 14 case
        anstånd anstånd NOUN 12 obl {IND}
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("ordförande", "permission", "besluta"),
        ("vice ordförande", "permission", "besluta"),
    ]


def test_an_inverted_subject_conjunct_past_an_insertion_keeps_the_modal(nlp) -> None:
    """Round 58 (gen58 C1): ``får ordföranden eller, vid förhinder för denne, förste vice
    ordföranden besluta``: the modal's slot runs past the insertion and the second conjunct
    to its infinitive."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 3 case
        brådskande brådskande ADJ 3 amod
        fall fall NOUN 4 obl {IND}
        får få VERB 0 ROOT {MODAL}
        ordföranden ordförande NOUN 4 nsubj {DEF}
        eller eller CCONJ 4 punct
        , , PUNCT 9 punct
        vid vid ADP 9 case
        förhinder förhinder NOUN 4 conj {IND}
        för för ADP 11 case
        denne denne DET 9 obl
        , , PUNCT 16 punct
        förste förste ADJ 15 amod
        vice vice NOUN 15 cc
        ordföranden ordförande NOUN 16 nsubj {DEF}
        besluta besluta VERB 9 conj {INF}
        om om ADP 18 case
        anstånd anstånd NOUN 16 obl {IND}
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("ordförande", "permission", "besluta"),
        ("förste vice ordförande", "permission", "besluta"),
    ]


def test_an_insertion_after_one_subject_joins_no_actor(nlp) -> None:
    """Round 58 (gen58 C1, negative): ``får ordföranden, vid förhinder för nämnden, besluta``:
    no coordinator before the insertion; the actor inside it is no subject."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        behov behov NOUN 3 obl {IND}
        får få VERB 0 ROOT {MODAL}
        ordföranden ordförande NOUN 3 nsubj {DEF}
        , , PUNCT 7 punct
        vid vid ADP 7 case
        förhinder förhinder NOUN 3 parataxis {IND}
        för för ADP 9 case
        nämnden nämnd NOUN 7 nmod {DEF}
        , , PUNCT 11 punct
        besluta besluta VERB 3 conj {INF}
        om om ADP 13 case
        anstånd anstånd NOUN 11 obl {IND}
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("ordförande", "permission", "besluta")]


def test_a_capacity_before_an_infinitive_whatever_the_role_noun_tag(nlp) -> None:
    """Round 58 (gen58 C7): ``får som remissinstans [Gen Def] yttra sig``: the word before
    the infinitive right after ``som`` is the capacity's role noun whatever the tagger read
    its case as, so the modal keeps its infinitive; a definite form there is none."""
    doc = parsed(
        nlp,
        f"""
        Bolaget bolag NOUN 2 nsubj {DEF}
        får få VERB 0 ROOT {MODAL}
        som som SCONJ 4 mark
        remissinstans remissinstans NOUN 2 acl Case=Gen|Definite=Def|Number=Sing
        yttra yttra VERB 2 xcomp {INF}
        sig sig PRON 5 obj
        """,
    )
    assert subjects.capacity_phrase_end(doc[2]) == 3
    assert [s[:3] for s in statements(doc)] == [("bolag", "permission", "yttra")]
    definite = parsed(
        nlp,
        f"""
        som som SCONJ 2 mark
        nämnden nämnd NOUN 3 nsubj {DEF}
        yttra yttra VERB 0 ROOT {INF}
        """,
    )
    assert subjects.capacity_phrase_end(definite[0]) is None


def test_a_second_actor_subject_after_the_verb_is_the_inverted_subject(nlp) -> None:
    """Round 58 (analysis58-cs C5): ``strategiska nivån arbetar kommunstyrelsen med
    frågor.``: the parser gives the verb a non-actor subject before it and an actor subject
    after it; the prefield is a fronted phrase, the actor the subject. An actor the parser
    calls the object (``Valet omfattar ordföranden``) stays the object."""
    rows = f"""
        strategiska strategisk ADJ 2 amod _
        nivån nivå NOUN 3 nsubj {DEF}
        arbetar arbeta VERB 0 ROOT {PRES}
        kommunstyrelsen kommunstyrelse NOUN 3 {{dep}} {DEF}
        med med ADP 6 case
        frågor fråga NOUN 3 obl {IND_PL}
        . . PUNCT 3 punct
    """
    doc = parsed(nlp, rows.format(dep="nsubj"))
    assert [s[:3] for s in statements(doc)] == [("kommunstyrelse", "none", "arbeta")]
    negative = parsed(nlp, rows.format(dep="obj"))
    assert statements(negative) == []


def test_an_extraposed_att_infinitive_after_det_ar_av_vikt_is_no_cleft(nlp) -> None:
    """Round 58 (analysis58-cs C2): ``Det är av vikt att följa de riktlinjer som styrelsen
    antar.``: ``att`` + infinitive after the predicative's noun is the extraposed subject
    clause; the ``som`` is a relative on its object, no cleft, no statement. ``Det är av det
    skälet som nämnden beslutar`` stays the adverbial cleft."""
    doc = parsed(nlp, f"""
        Det det PRON 4 nsubj _
        är vara AUX 4 cop {PRES}
        av av ADP 4 case
        vikt vikt NOUN 0 ROOT {IND}
        att att PART 6 mark
        följa följa VERB 4 csubj {INF}
        de den DET 8 det
        riktlinjer riktlinje NOUN 6 obj {IND_PL}
        som som SCONJ 11 mark
        styrelsen styrelse NOUN 11 nsubj {DEF}
        antar anta VERB 8 acl:relcl {PRES}
        . . PUNCT 4 punct
    """)
    assert subjects.adverbial_cleft_som(doc[1]) is None
    assert statements(doc) == []
    cleft = parsed(nlp, f"""
        Det det PRON 5 nsubj _
        är vara AUX 5 cop {PRES}
        av av ADP 5 case
        det den DET 5 det
        skälet skäl NOUN 0 ROOT {DEF}
        som som SCONJ 8 mark
        nämnden nämnd NOUN 8 nsubj {DEF}
        beslutar besluta VERB 5 acl:relcl {PRES}
        . . PUNCT 5 punct
    """)
    assert subjects.adverbial_cleft_som(cleft[1]) == cleft[5]
    assert [s[:3] for s in statements(cleft)] == [("nämnd", "none", "besluta")]


def test_an_indefinite_quantity_noun_heads_the_noun_it_counts(nlp) -> None:
    """Round 58 (analysis58-cs C4; §5.3 round 4): ``Ett stort antal bolag ska lämna
    rapporter.``: the parser hangs ``antal`` on the counted noun, but the quantity heads the
    subject: no statement. The phrase as an object leaves the subject's statement."""
    doc = parsed(nlp, f"""
        Ett en DET 3 det
        stort stor ADJ 3 amod _
        antal antal NOUN 4 nmod {IND}
        bolag bolag NOUN 6 nsubj {IND_PL}
        ska skola AUX 6 aux {MODAL}
        lämna lämna VERB 0 ROOT {INF}
        rapporter rapport NOUN 6 obj {IND_PL}
        . . PUNCT 6 punct
    """)
    assert statements(doc) == []
    negative = parsed(nlp, f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        antar anta VERB 0 ROOT {PRES}
        ett en DET 4 det
        antal antal NOUN 5 nmod {IND}
        planer plan NOUN 2 obj {IND_PL}
        . . PUNCT 2 punct
    """)
    assert [s[:3] for s in statements(negative)] == [("nämnd", "none", "anta")]
