"""Round-7 verb rules of package B (issue #10, analysis 6 causes 5, 7, 13 and the `har att` of
21) on hand-parsed invented sentences (`parsed()`: rows `word lemma UPOS head dep [morph]`),
with the tagger's errors written into the rows."""

from __future__ import annotations

from pipeline.nlp.groups import find_verbs
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
    parsed,
    statements,
)


def verbs(doc) -> list[str]:
    return [v.text for v in find_verbs(doc[:], doc._.actors)]


def test_a_present_read_as_a_noun_in_a_series_of_verb_phrases_is_a_verb(nlp) -> None:
    # cause 5: "Kansliet bereder ärendena, arkiverar [NOUN] handlingarna och expedierar
    # besluten": after the comma of the subject's series stands a finite present
    doc = parsed(
        nlp,
        f"""
        Kansliet kansli NOUN 2 nsubj {DEF}
        bereder bereda VERB 0 ROOT {PRES}
        ärendena ärende NOUN 2 obj {DEF_PL}
        , , PUNCT 5 punct
        arkiverar arkiverare NOUN 3 conj {IND_PL}
        handlingarna handling NOUN 5 nmod {DEF_PL}
        och och CCONJ 8 cc
        expedierar expediera VERB 2 conj {PRES}
        besluten beslut NOUN 8 obj {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["bereder", "arkiverar", "expedierar"]
    assert sorted(s[2] for s in statements(doc)) == ["arkivera", "bereda", "expediera"]


def test_plural_nouns_after_a_comma_stay_nouns(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        utser utse VERB 0 ROOT {PRES}
        ledamöter ledamot NOUN 2 obj {IND_PL}
        , , PUNCT 5 punct
        åtgärder åtgärd NOUN 3 conj {IND_PL}
        och och CCONJ 7 cc
        frågor fråga NOUN 3 conj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["utser"]


def test_for_after_och_past_an_object_is_the_verb_fora(nlp) -> None:
    # cause 5: "Sekreteraren bistår ordföranden och för protokollet": a prepositional phrase
    # coordinates with a prepositional phrase, not with the object of `bistår`
    doc = parsed(
        nlp,
        f"""
        Sekreteraren sekreterare NOUN 2 nsubj {DEF}
        bistår bistå VERB 0 ROOT {PRES}
        ordföranden ordförande NOUN 2 obj {DEF}
        och och CCONJ 6 cc
        för för ADP 6 case
        protokollet protokoll NOUN 3 conj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["bistår", "för"]
    assert statements(doc) == [
        ("sekreterare", "none", "bistå", False, False),
        ("sekreterare", "none", "föra", False, False),
    ]


def test_for_coordinated_with_a_prepositional_phrase_stays_a_preposition(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        svarar svara VERB 0 ROOT {PRES}
        för för ADP 4 case
        parkerna park NOUN 2 obl {DEF_PL}
        och och CCONJ 7 cc
        för för ADP 7 case
        gatorna gata NOUN 4 conj {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["svarar"]


def test_a_present_passive_of_a_stem_in_t_tagged_supine_is_finite(nlp) -> None:
    # cause 13: "Vid behov tillsätts [VB|SUP|SFO] en arbetsgrupp": tillsätt + s is the
    # present passive (the supine passive is "tillsatts")
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        behov behov NOUN 3 obl {IND}
        tillsätts tillsätta VERB 0 ROOT VerbForm=Sup|Voice=Pass
        en en DET 5 det
        styrgrupp styrgrupp NOUN 3 nsubj:pass {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("styrgrupp", "none", "tillsätta", False, True)]


def test_a_past_form_after_a_fronted_av_agent_is_an_attribute(nlp) -> None:
    # cause 7: "Av utskottet fattade beslut ska anmälas": `fattade` qualifies `beslut`
    doc = parsed(
        nlp,
        f"""
        Av av ADP 2 case
        utskottet utskott NOUN 3 obl {DEF}
        fattade fatta VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        beslut beslut NOUN 3 obj {IND_PL}
        ska skola AUX 6 aux {MODAL}
        anmälas anmäla VERB 3 conj {INF_PASS}
        . . PUNCT 3 punct
        """,
    )
    assert verbs(doc) == ["ska", "anmälas"]
    assert statements(doc) == [(None, "obligation", "anmäla", False, True)]


def test_har_att_is_no_perfect_of_a_later_supine(nlp) -> None:
    # the `har att` of cause 21: the parser made `har` the auxiliary of the relative
    # clause's supine; after `har` + `att` no supine follows, `har att` is the cue
    doc = parsed(
        nlp,
        f"""
        Stiftelsen stiftelse NOUN 2 nsubj {DEF}
        har ha AUX 10 aux {MODAL}
        att att PART 4 mark
        följa följa VERB 10 csubj {INF}
        de de DET 6 det
        regler regel NOUN 4 obj {DEF_PL}
        som som PRON 10 mark
        styrelsen styrelse NOUN 10 nsubj {DEF}
        har ha AUX 10 aux {MODAL}
        beslutat besluta VERB 0 ROOT VerbForm=Sup
        ska skola AUX 12 aux {MODAL}
        gälla gälla VERB 10 xcomp {INF}
        . . PUNCT 10 punct
        """,
    )
    assert statements(doc) == [("stiftelse", "obligation", "följa", False, False)]


def test_for_opening_a_new_clauses_fronted_phrase_stays_a_preposition(nlp) -> None:
    # "Nämnden bereder ärendet och för detta krävs underlag": V2 after the fronted phrase
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        bereder bereda VERB 0 ROOT {PRES}
        ärendet ärende NOUN 2 obj {DEF}
        och och CCONJ 7 cc
        för för ADP 6 case
        detta detta PRON 7 obl
        krävs kräva VERB 2 conj {PASS}
        underlag underlag NOUN 7 nsubj:pass {IND}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["bereder", "krävs"]


def test_a_present_after_a_subject_pronoun_and_a_negation_is_a_verb(nlp) -> None:
    # analysis-6 verbs: "De ej närvarar [NOUN] ersätts av ersättare" (a free relative, `som`
    # left out): right after its subject pronoun stands the finite verb
    doc = parsed(
        nlp,
        f"""
        De de PRON 3 nsubj Case=Nom|Number=Plur
        ej ej PART 3 advmod
        närvarar närvara NOUN 4 nsubj {IND_PL}
        ersätts ersätta VERB 0 ROOT {PASS}
        av av ADP 6 case
        ersättare ersättare NOUN 4 obl:agent {IND_PL}
        . . PUNCT 4 punct
        """,
    )
    assert verbs(doc) == ["närvarar", "ersätts"]
