"""Coordination (`pipeline.nlp.coordination`) and the subject of a coordinated or passive
verb (`pipeline.nlp.subjects`) on hand-parsed, invented sentences: chains of infinitives
past a finite conjunct, a stranded preposition, a restating ``dvs.``, ``och är`` after an
infinitive clause, a recipient after an s-passive, a proportion before the agent."""

from __future__ import annotations

from pipeline.nlp.coordination import _chain_tense, coordinated, spliced_clause
from pipeline.nlp.verb_fallbacks import noun_tagged_present
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

COORDINATED_INFINITIVE = """
Nämnden nämnd NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
leda leda VERB 0 ROOT VerbForm=Inf
arbetet arbete NOUN 3 obj
och och CCONJ 6 cc
samordna samordna VERB 3 conj VerbForm=Fin|Tense=Past
planeringen planering NOUN 6 obj
. . PUNCT 3 punct
"""


PAST_A_RELATIVE_CLAUSE = """
Nämnden nämnd NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
bevaka bevaka VERB 0 ROOT VerbForm=Inf
de den DET 5 det
frågor fråga NOUN 3 obj
som som PRON 8 nsubj
kan kunna AUX 8 aux VerbForm=Fin|Tense=Pres
påverka påverka VERB 5 acl:relcl VerbForm=Inf
budgeten budget NOUN 8 obj
och och CCONJ 16 cc
regelbundet regelbundet ADV 16 advmod
i i ADP 13 case
samråd samråd NOUN 16 obl
med med ADP 15 case
styrelsen styrelse NOUN 13 nmod
rapportera rapportera VERB 8 advcl VerbForm=Inf
till till ADP 18 case
fullmäktige fullmäktige NOUN 16 obl
. . PUNCT 3 punct
"""


RELATIVE_OF_ANOTHER_VOICE = """
Utskottet utskott NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
bereda bereda VERB 0 ROOT VerbForm=Inf
ärenden ärende NOUN 3 obj
som som PRON 7 nsubj:pass
ska ska AUX 7 aux VerbForm=Fin|Tense=Pres
avgöras avgöra VERB 4 acl:relcl VerbForm=Inf|Voice=Pass
av av ADP 9 case
nämnden nämnd NOUN 7 obl:agent
och och CCONJ 11 cc
verkställa verkställa VERB 7 conj VerbForm=Inf
besluten beslut NOUN 11 obj
. . PUNCT 3 punct
"""


INFINITIVE_CLAUSE = """
Direktören direktör NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
verka verka VERB 0 ROOT VerbForm=Inf
för för ADP 6 mark
att att PART 6 mark
stärka stärka VERB 3 advcl VerbForm=Inf
samarbetet samarbete NOUN 6 obj
och och CCONJ 9 cc
utveckla utveckla VERB 6 conj VerbForm=Inf
verksamheten verksamhet NOUN 9 obj
. . PUNCT 3 punct
"""


COMMA_LIST = """
Chefen chef NOUN 2 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
anställa anställa VERB 0 ROOT VerbForm=Inf
personal personal NOUN 3 obj
, , PUNCT 6 punct
teckna teckna ADJ 7 amod VerbForm=Part
avtal avtal NOUN 3 obj
och och CCONJ 9 cc
besluta besluta VERB 3 conj VerbForm=Inf
om om ADP 11 case
inköp inköp NOUN 9 obl
. . PUNCT 3 punct
"""


INNER_CUE_AND_CONJUNCTS = """
Nämnden nämnd NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
ansvara ansvara VERB 0 ROOT VerbForm=Inf
för för ADP 5 case
driften drift NOUN 3 obl
, , PUNCT 7 punct
bereda bereda VERB 3 conj VerbForm=Inf
ärenden ärende NOUN 7 obj
och och CCONJ 10 cc
verkställa verkställa VERB 3 conj VerbForm=Inf
beslut beslut NOUN 10 obj
. . PUNCT 3 punct
"""


def test_an_infinitive_after_a_finite_conjunct_goes_back_to_the_modal(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Tekniska teknisk ADJ 2 amod
        nämnden nämnd NOUN 4 nsubj
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        planera planera VERB 0 ROOT VerbForm=Inf
        investeringarna investering NOUN 4 obj
        och och CCONJ 7 cc
        svarar svara VERB 4 conj VerbForm=Fin|Tense=Pres
        för för ADP 11 mark
        att att SCONJ 11 mark
        anläggningarna anläggning NOUN 11 nsubj Definite=Def|Number=Plur
        underhålls underhålla NOUN 7 advcl
        samt samt CCONJ 13 cc
        rapportera rapportera VERB 7 conj VerbForm=Inf
        avvikelser avvikelse NOUN 13 obj
        . . PUNCT 4 punct
        """,
    )
    assert sorted(s[:3] for s in statements(doc)) == [
        ("teknisk nämnd", "obligation", "planera"),
        ("teknisk nämnd", "obligation", "rapportera"),
        ("teknisk nämnd", "responsibility", "svara"),
    ]


def test_infinitives_of_an_att_clause_after_a_finite_conjunct_stay_there(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        planera planera VERB 0 ROOT VerbForm=Inf
        arbetet arbete NOUN 3 obj
        och och CCONJ 6 cc
        svarar svara VERB 3 conj VerbForm=Fin|Tense=Pres
        för för ADP 9 mark
        att att PART 9 mark
        upprätta upprätta VERB 6 advcl VerbForm=Inf
        budget budget NOUN 9 obj
        samt samt CCONJ 12 cc
        följa följa VERB 9 conj VerbForm=Inf
        upp upp ADV 12 compound:prt
        utfallet utfall NOUN 12 obj
        . . PUNCT 3 punct
        """,
    )
    assert sorted(s[:3] for s in statements(doc)) == [
        ("nämnd", "obligation", "planera"),
        ("nämnd", "responsibility", "följa"),
        ("nämnd", "responsibility", "upprätta"),
    ]


def test_a_stranded_preposition_shares_its_complement_past_an_adverb(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 5 nsubj
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        vara vara AUX 5 cop VerbForm=Inf
        väl väl ADV 5 advmod
        förtrogen förtrogen ADJ 0 ROOT
        med med ADP 10 case
        och och CCONJ 9 cc
        regelbundet regelbunden ADJ 9 advmod
        granska granska ADJ 6 conj
        verksamheten verksamhet NOUN 5 nmod
        . . PUNCT 5 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("nämnd", "obligation", "vara"),
        ("nämnd", "obligation", "granska"),
    ]


def test_an_infinitive_after_dvs_restates_the_modals_verb(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Utskottet utskott NOUN 3 nsubj
        kan kunna AUX 3 aux VerbForm=Fin|Tense=Pres
        besluta besluta VERB 0 ROOT VerbForm=Inf
        om om ADP 5 case
        bidrag bidrag NOUN 3 obl
        , , PUNCT 9 punct
        dvs. dvs. ADP 9 nsubj
        fördela fördel ADJ 9 amod
        medel medel NOUN 3 obl
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("utskott", "permission", "besluta"),
        ("utskott", "permission", "fördela"),
    ]


def test_the_verbs_of_det_vill_saga_are_the_marker_no_statement(nlp) -> None:
    """Round 51 (analysis 51-bx C8): ``Nämnden antar kommunens taxor och avgifter, det vill
    säga vad tjänsterna kostar.``: ``vill säga`` of the apposition marker
    (`apposition_markers`) is no conjunct of the main verb nor a group of its own, whatever
    the parse hangs it on; a restating infinitive after the marker still restates."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        antar anta VERB 0 ROOT {PRES}
        kommunens kommun NOUN 4 nmod:poss Case=Gen
        taxor taxa NOUN 2 obj {IND_PL}
        och och CCONJ 6 cc
        avgifter avgift NOUN 4 conj {IND_PL}
        , , PUNCT 9 punct
        det den PRON 9 expl
        vill vilja VERB 2 conj {PRES}
        säga säga VERB 9 xcomp {INF}
        vad vad PRON 13 obj
        tjänsterna tjänst NOUN 13 nsubj {DEF_PL}
        kostar kosta VERB 9 advcl {PRES}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("nämnd", "none", "anta")]
    restating = parsed(
        nlp,
        """
        Utskottet utskott NOUN 3 nsubj
        kan kunna AUX 3 aux VerbForm=Fin|Tense=Pres
        besluta besluta VERB 0 ROOT VerbForm=Inf
        om om ADP 5 case
        bidrag bidrag NOUN 3 obl
        , , PUNCT 9 punct
        det den PRON 8 expl
        vill vilja VERB 3 conj VerbForm=Fin|Tense=Pres
        säga säga VERB 8 xcomp VerbForm=Inf
        fördela fördela VERB 9 xcomp VerbForm=Inf
        medel medel NOUN 10 obj
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(restating)] == [
        ("utskott", "permission", "besluta"),
        ("utskott", "permission", "fördela"),
    ]


def test_och_ar_after_an_infinitive_parsed_as_an_attribute_is_the_main_clauses(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kanslichefen kanslichef NOUN 2 nsubj
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        för för ADP 5 mark
        att att PART 5 mark
        upprätta upprätta VERB 6 amod VerbForm=Inf
        budget budget NOUN 2 obj
        samt samt CCONJ 8 cc
        följa följa VERB 2 conj VerbForm=Inf
        upp upp ADV 8 compound:prt
        utfallet utfall NOUN 8 obj
        och och CCONJ 13 cc
        är vara AUX 13 cop VerbForm=Fin|Tense=Pres
        sekreterare sekreterare NOUN 8 conj
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kanslichef", "responsibility", "upprätta"),
        ("kanslichef", "responsibility", "följa"),
        ("kanslichef", "none", "vara"),
    ]


def test_a_bare_noun_phrase_after_an_s_passive_is_the_recipient(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Årsredovisningen årsredovisning NOUN 2 advmod
        överlämnas överlämna VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        revisorerna revisor NOUN 2 nsubj:pass
        i i ADP 5 case
        mars mars NOUN 2 obl
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_an_inverted_subject_after_a_fronted_adverb_is_the_passives(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Därefter därefter ADV 2 advmod
        väljs välja VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        ordföranden ordförande NOUN 2 nsubj:pass
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("ordförande", "none", "välja", False, True)]


def test_a_proportion_may_stand_between_a_passive_and_its_agent(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Hamnbolaget hamnbolag NOUN 2 nsubj:pass
        ägs äga VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        till till ADP 5 case
        60 60 NUM 5 nummod
        procent procent NOUN 2 obl
        av av ADP 7 case
        kommunen kommun NOUN 5 nmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("kommun", "none", "äga", False, True)]


def test_a_chain_opened_by_an_infinitive_tagged_as_an_adjective_is_one_of_infinitives(nlp):
    doc = parsed(
        nlp,
        """
        Kanslichefen kanslichef NOUN 2 nsubj
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        för för ADP 6 case
        att att PART 5 mark
        upprätta upprätt ADJ 6 amod Degree=Pos|Number=Plur
        rapporter rapport NOUN 2 obl
        samt samt CCONJ 8 cc
        sammanställa sammanställa VERB 6 conj VerbForm=Inf
        underlag underlag NOUN 8 obj
        och och CCONJ 12 cc
        är vara AUX 12 cop VerbForm=Fin|Tense=Pres
        föredragande föredragande ADJ 2 conj VerbForm=Part|Tense=Pres
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kanslichef", "responsibility", "upprätta"),
        ("kanslichef", "responsibility", "sammanställa"),
        ("kanslichef", "none", "vara"),
    ]


def test_an_infinitive_in_a_tagged_as_a_past_tense_after_och_continues_the_chain(nlp):
    doc = parsed(
        nlp,
        """
        Direktören direktör NOUN 3 nsubj
        är vara AUX 3 cop VerbForm=Fin|Tense=Pres
        chef chef NOUN 0 ROOT
        och och CCONJ 5 cc
        har ha VERB 3 conj VerbForm=Fin|Tense=Pres
        ansvar ansvar NOUN 5 obj
        för för ADP 9 mark
        att att PART 9 mark
        planera planera VERB 5 advcl VerbForm=Inf
        , , PUNCT 11 punct
        leda leda VERB 3 conj VerbForm=Inf
        och och CCONJ 13 cc
        samordna samordna VERB 3 conj Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        verksamheten verksamhet NOUN 13 obj Definite=Def
        . . PUNCT 3 punct
        """,
    )
    assert [t.text for t in coordinated(doc[8], len(doc))] == ["leda", "samordna"]
    assert [s[:3] for s in statements(doc)][-3:] == [
        ("direktör", "responsibility", "planera"),
        ("direktör", "responsibility", "leda"),
        ("direktör", "responsibility", "samordna"),
    ]


def test_a_present_read_as_a_noun_after_och_past_an_indirect_question(nlp):
    doc = parsed(
        nlp,
        """
        Fullmäktige fullmäktige NOUN 2 nsubj
        beslutar besluta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        om om ADP 5 mark
        vilka vilken PRON 5 det
        nämnder nämnd NOUN 2 obl
        som som PRON 8 nsubj
        ska skola AUX 8 aux VerbForm=Fin|Tense=Pres
        finnas finnas VERB 5 acl:relcl VerbForm=Inf
        och och CCONJ 11 cc
        utser utse NOUN 11 nmod Number=Plur
        ledamöter ledamot NOUN 8 conj
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("fullmäktige", "none", "besluta"),
        ("fullmäktige", "none", "utse"),
    ]


def test_a_participle_tagged_base_form_after_samt_and_a_phrase_is_an_infinitive(nlp):
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        planera planera VERB 0 ROOT VerbForm=Inf
        omsorgen omsorg NOUN 3 obj Definite=Def
        samt samt CCONJ 10 cc
        för för ADP 10 case
        de de DET 10 det
        äldre äldre ADV 7 fixed
        ordna ordna VERB 10 amod VerbForm=Part
        aktiviteter aktivitet NOUN 3 obl
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("nämnd", "obligation", "planera"),
        ("nämnd", "obligation", "ordna"),
    ]


def test_a_statute_list_after_the_modal_is_one_nominal_before_the_passive(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Vid vid ADP 2 case
        jäv jäv NOUN 5 obl
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        6 6 NUM 5 nummod
        kap. kapitel NOUN 9 nsubj:pass
        28 28 NUM 7 nummod
        § § ADJ 8 amod
        kommunallagen kommunallag NOUN 9 nsubj:pass Definite=Def
        tillämpas tillämpa VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        . . PUNCT 9 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "tillämpa", False, True)]


def test_after_a_fronted_time_phrase_the_noun_phrase_is_the_passives_subject(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Varje varje DET 2 det Definite=Ind
        år år NOUN 3 obl Definite=Ind
        väljs välja VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        en en DET 5 det Definite=Ind
        ordförande ordförande NOUN 3 nsubj:pass Definite=Ind
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("ordförande", "none", "välja", False, True)]


def test_a_recipient_after_a_passive_with_a_definite_subject_before_it(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kallelsen kallelse NOUN 2 nsubj Definite=Def
        tillställs tillställa VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        ledamöterna ledamot NOUN 2 obj Definite=Def
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []


def test_an_infinitive_conjoined_to_a_copulas_predicative_goes_back_to_the_modal(nlp):
    doc = parsed(
        nlp,
        """
        Chefen chef NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        leda leda VERB 0 ROOT VerbForm=Inf
        förvaltningen förvaltning NOUN 3 obj Definite=Def
        och och CCONJ 7 cc
        är vara AUX 7 cop VerbForm=Fin|Tense=Pres
        ordförande ordförande NOUN 3 conj
        samt samt CCONJ 9 cc
        företräda företräda VERB 7 conj VerbForm=Inf
        nämnden nämnd NOUN 9 obj Definite=Def
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("chef", "obligation", "leda"),
        ("chef", "obligation", "företräda"),
        ("chef", "none", "vara"),
    ]


def test_a_tagged_infinitive_parsed_as_an_attribute_after_a_finite_conjunct(nlp):
    doc = parsed(
        nlp,
        """
        Chefen chef NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        leda leda VERB 0 ROOT VerbForm=Inf
        arbetet arbete NOUN 3 obj Definite=Def
        och och CCONJ 7 cc
        är vara AUX 7 cop VerbForm=Fin|Tense=Pres
        ordförande ordförande NOUN 3 conj
        samt samt CCONJ 9 cc
        företräda företräda VERB 10 amod VerbForm=Inf
        kommunen kommun NOUN 3 obj Definite=Def
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("chef", "obligation", "leda"),
        ("chef", "obligation", "företräda"),
        ("chef", "none", "vara"),
    ]


def test_a_second_agent_after_a_coordinated_proportion(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Bolaget bolag NOUN 2 nsubj:pass Definite=Def
        ägs äga VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        till till ADP 5 case
        60 60 NUM 5 nummod
        procent procent NOUN 2 obl
        av av ADP 7 case
        kommunen kommun NOUN 5 nmod Definite=Def
        och och CCONJ 11 cc
        till till ADP 11 case
        40 40 NUM 11 nummod
        procent procent NOUN 5 conj
        av av ADP 13 case
        regionen region NOUN 11 nmod Definite=Def
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kommun", "none", "äga"),
        ("region", "none", "äga"),
    ]


def test_a_tagged_infinitive_past_a_copular_conjunct_even_if_parsed_as_a_nouns_conjunct(nlp):
    doc = parsed(
        nlp,
        """
        Ordföranden ordförande NOUN 3 nsubj Definite=Def
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        leda leda VERB 0 ROOT VerbForm=Inf
        sammanträdena sammanträde ADJ 3 xcomp
        och och CCONJ 8 cc
        är vara AUX 8 cop VerbForm=Fin|Tense=Pres
        nämndens nämnd NOUN 8 nmod:poss Case=Gen|Definite=Def
        företrädare företrädare NOUN 4 conj
        samt samt CCONJ 10 cc
        kalla kalla VERB 4 conj VerbForm=Inf
        till till ADP 12 case
        sammanträde sammanträde NOUN 10 obl
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("ordförande", "obligation", "leda"),
        ("ordförande", "obligation", "kalla"),
        ("ordförande", "none", "vara"),
    ]


# Round 7 (analysis-6 cause 2, and inline enumerators): invented sentences.


def test_och_att_with_an_adverb_repeats_the_cues_infinitive_marker(nlp) -> None:
    """``ansvarar för att sammanställa X och att fortlöpande redovisa Y``: coordinator +
    ``att`` + adverb + infinitive continues the chain of the cue's infinitives."""
    doc = parsed(
        nlp,
        """
        Kansliet kansli NOUN 2 nsubj Definite=Def
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        för för ADP 5 mark
        att att PART 5 mark
        sammanställa sammanställa VERB 2 advcl VerbForm=Inf
        statistiken statistik NOUN 5 obj Definite=Def
        och och CCONJ 10 cc
        att att PART 10 mark
        fortlöpande fortlöpande ADV 10 advmod
        redovisa redovisa VERB 5 conj VerbForm=Inf
        den den PRON 10 obj
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kansli", "responsibility", "sammanställa"),
        ("kansli", "responsibility", "redovisa"),
    ]


def test_a_fronted_phrase_after_samt_may_hold_a_possessive_pronoun(nlp) -> None:
    """``samt inför direktionen och dess presidium presentera …``: a possessive pronoun
    inside the coordinated noun phrase of the phrase; the parser's ``nsubj`` on the phrase's
    noun does not make it the infinitive's subject."""
    doc = parsed(
        nlp,
        """
        Förbundsdirektören förbundsdirektör NOUN 3 nsubj Definite=Def
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        samordna samordna VERB 0 ROOT VerbForm=Inf
        verksamheten verksamhet NOUN 3 obj Definite=Def
        samt samt CCONJ 7 cc
        inför inför ADP 7 case
        direktionen direktion NOUN 11 nsubj Definite=Def
        och och CCONJ 10 cc
        dess den PRON 10 nmod:poss
        presidium presidium NOUN 7 conj
        presentera presentera VERB 3 advcl VerbForm=Inf
        bokslutet bokslut NOUN 11 obj Definite=Def
        . . PUNCT 3 punct
        """,
    )
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["presentera"]
    assert [s[:3] for s in statements(doc)] == [
        ("förbundsdirektör", "obligation", "samordna"),
        ("förbundsdirektör", "obligation", "presentera"),
    ]


def test_a_base_form_tagged_as_a_participle_right_after_a_phrases_noun(nlp) -> None:
    """``samt för medlemmarnas räkning och i samråd med dem upphandla [ADJ] tjänster``: two
    coordinated phrases, then a word in -a that the lexicon knows only as a verb's base form,
    right after the phrase's pronoun: the conjunct's infinitive."""
    doc = parsed(
        nlp,
        """
        Förbundet förbund NOUN 3 nsubj Definite=Def
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        samordna samordna VERB 0 ROOT VerbForm=Inf
        arbetet arbete NOUN 3 obj Definite=Def
        samt samt CCONJ 8 cc
        för för ADP 8 case
        medlemmarnas medlem NOUN 8 nmod:poss
        räkning räkning NOUN 3 obl
        och och CCONJ 11 cc
        i i ADP 11 case
        samråd samråd NOUN 8 conj
        med med ADP 13 case
        dem de PRON 11 nmod
        teckna teckna ADJ 15 amod VerbForm=Part
        avtal avtal NOUN 8 conj
        . . PUNCT 3 punct
        """,
    )
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["teckna"]


def test_an_inline_enumerator_after_a_comma_or_och_opens_the_next_conjunct(nlp) -> None:
    """``Bolaget ska 1) leverera …, 2) bidra … och 3) samråda …``: the merged enumerator
    (`pipeline.nlp.merges.merge_enumerators`) is punctuation the chain passes over."""
    doc = parsed(
        nlp,
        """
        Bolaget bolag NOUN 4 nsubj Definite=Def
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        1) 1) PUNCT 4 punct
        leverera leverera VERB 0 ROOT VerbForm=Inf
        värme värme NOUN 4 obj
        , , PUNCT 8 punct
        2) 2) PUNCT 8 punct
        bidra bidra VERB 4 advcl VerbForm=Inf
        till till ADP 10 case
        klimatmålen klimatmål NOUN 8 obl Definite=Def
        och och CCONJ 13 cc
        3) 3) PUNCT 13 punct
        samråda samråda VERB 8 advcl VerbForm=Inf
        med med ADP 15 case
        ägaren ägare NOUN 13 obl Definite=Def
        . . PUNCT 4 punct
        """,
    )
    assert [t.text for t in coordinated(doc[3], len(doc))] == ["bidra", "samråda"]


def test_inline_enumerators_merge_into_punctuation_only_in_pairs(nlp) -> None:
    from pipeline.nlp.merges import enumerator_spans, merge_enumerators

    doc = nlp("Nämnden ska a) upprätta budget, b) följa upp verksamheten.")
    text = doc.text
    assert enumerator_spans(doc) == [(2, 4), (7, 9)]
    merge_enumerators(doc)
    assert doc.text == text
    assert [(t.text, t.pos_) for t in doc if t.text.endswith(")")] == [
        ("a)", "PUNCT"),
        ("b)", "PUNCT"),
    ]
    assert enumerator_spans(nlp("Se bilaga 1) om avgifter.")) == []


def test_an_infinitive_after_a_relative_clause_ending_in_a_stranded_preposition(nlp) -> None:
    """analysis-7 cause 14: ``dem vi arbetar för och få …`` (a relative clause without
    ``som``) closes at its stranded preposition; the infinitive after ``och`` cannot
    coordinate with its finite verb, so it continues the modal's chain."""
    doc = parsed(
        nlp,
        """
        Kommunen kommun NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        lyssna lyssna VERB 0 ROOT VerbForm=Inf
        på på ADP 5 case
        dem de PRON 3 obl
        vi vi PRON 7 nsubj
        arbetar arbeta VERB 5 acl:relcl VerbForm=Fin|Tense=Pres
        för för ADP 11 case
        och och CCONJ 10 cc
        få få VERB 8 conj VerbForm=Inf
        fler många ADJ 3 obl
        att att PART 13 mark
        engagera engagera VERB 11 acl VerbForm=Inf
        sig sig PRON 13 obj
        . . PUNCT 3 punct
        """,
    )
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["få"]
    assert sorted(s[:3] for s in statements(doc)) == [
        ("kommun", "obligation", "få"),
        ("kommun", "obligation", "lyssna"),
    ]


def test_an_infinitive_after_a_som_clause_ending_in_a_stranded_preposition(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Förvaltningen förvaltning NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        besöka besöka VERB 0 ROOT VerbForm=Inf
        de de DET 5 det
        skolor skola NOUN 3 obj
        som som SCONJ 8 mark
        barnen barn NOUN 8 nsubj
        går gå VERB 5 acl:relcl VerbForm=Fin|Tense=Pres
        i i ADP 8 compound:prt
        och och CCONJ 11 cc
        tala tala VERB 8 conj VerbForm=Inf
        med med ADP 13 case
        rektorerna rektor NOUN 11 obl
        . . PUNCT 3 punct
        """,
    )
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["tala"]


FIN = "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act"


def test_a_finite_verb_after_a_stranded_preposition_continues_the_main_clause(nlp) -> None:
    """analysis-8 cause 11: ``och`` + a finite verb with words of its own after a relative
    clause ending in a stranded preposition shares the main clause's subject (a cue verb
    too), also where the parser conjoins it to the relative clause's verb."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj
        avgör avgöra VERB 0 ROOT {FIN}
        de den DET 4 det
        ärenden ärende NOUN 2 obj
        som som SCONJ 7 mark
        förvaltningen förvaltning NOUN 7 nsubj
        ansvarar ansvara VERB 4 acl:relcl {FIN}
        för för ADP 7 compound:prt
        och och CCONJ 10 cc
        ansvarar ansvara VERB 7 conj {FIN}
        för för ADP 12 case
        uppföljningen uppföljning NOUN 10 obl
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("nämnd", "none", "avgöra"), ("nämnd", "responsibility", "ansvara")
    ]


def test_har_after_a_stranded_preposition_is_the_main_verb_ha(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj
        stödjer stödja VERB 0 ROOT {FIN}
        de den DET 4 det
        föreningar förening NOUN 2 obj
        som som SCONJ 7 obj
        kommunen kommun NOUN 7 nsubj
        samarbetar samarbeta VERB 4 acl:relcl {FIN}
        med med ADP 7 compound:prt
        och och CCONJ 10 cc
        har ha AUX 7 conj {FIN}
        uppsikt uppsikt NOUN 10 obj
        över över ADP 13 case
        ekonomin ekonomi NOUN 10 obl
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "stödja"), ("styrelse", "none", "ha")]


def test_a_clause_final_verb_after_a_stranded_preposition_stays_in_the_relative(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj
        stödjer stödja VERB 0 ROOT {FIN}
        de den DET 4 det
        föreningar förening NOUN 2 obj
        som som SCONJ 7 obj
        kommunen kommun NOUN 7 nsubj
        samarbetar samarbeta VERB 4 acl:relcl {FIN}
        med med ADP 7 compound:prt
        och och CCONJ 10 cc
        finansierar finansiera VERB 7 conj {FIN}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "stödja")]
    assert [t.text for t in coordinated(doc[1], len(doc))] == []


def test_an_infinitive_after_coordinated_genitives_continues_the_chain(nlp) -> None:
    """analysis-8 cause 12: ``och`` + an infinitive verb with its own object after an object
    of coordinated genitives is the modal's next infinitive, though the parser hangs it on
    the noun."""
    doc = parsed(
        nlp,
        """
        Utskottet utskott NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        granska granska VERB 0 ROOT VerbForm=Inf|Voice=Act
        förvaltningarnas förvaltning NOUN 7 nmod:poss Case=Gen|Definite=Def|Number=Plur
        och och CCONJ 6 cc
        stiftelsernas stiftelse NOUN 4 conj Case=Gen|Definite=Def|Number=Plur
        rapporter rapport NOUN 3 obj Case=Nom|Definite=Ind|Number=Plur
        och och CCONJ 9 cc
        lämna lämna VERB 7 conj VerbForm=Inf|Voice=Act
        förslag förslag NOUN 9 obj
        . . PUNCT 3 punct
        """,
    )
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["lämna"]
    assert [s[:3] for s in statements(doc)] == [
        ("utskott", "obligation", "granska"), ("utskott", "obligation", "lämna")
    ]


def test_a_comma_series_after_a_relative_clause_verb_stays_in_that_clause(nlp) -> None:
    """analysis-8 cause 19: ``som äger X, driver Y samt säljer Z`` lists the relative
    clause's verbs (a series closed by samt + a finite verb), after the main clause's own
    finite verb: no statements of the main subject, even where the parser conjoins the
    second verb to the main verb."""
    doc = parsed(
        nlp,
        f"""
        Staden stad NOUN 2 nsubj
        har ha VERB 0 ROOT {FIN}
        fyra fyra NUM 4 nummod
        bolag bolag NOUN 2 obj
        som som PRON 6 nsubj
        äger äga VERB 4 acl:relcl {FIN}
        fastigheter fastighet NOUN 6 obj
        , , PUNCT 9 punct
        driver driva VERB 2 conj {FIN}
        hamnen hamn NOUN 9 obj
        samt samt CCONJ 12 cc
        säljer sälja VERB 9 conj {FIN}
        energi energi NOUN 12 obj
        . . PUNCT 2 punct
        """,
    )
    assert [t.text for t in coordinated(doc[1], len(doc))] == []
    assert [s[:3] for s in statements(doc)] == [("stad", "none", "ha")]


def test_the_verb_after_an_inserted_relative_clause_is_the_main_verb(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 9 nsubj
        , , PUNCT 4 punct
        som som PRON 4 nsubj
        består bestå VERB 1 acl:relcl {FIN}
        av av ADP 7 case
        sju sju NUM 7 nummod
        ledamöter ledamot NOUN 4 obl
        , , PUNCT 4 punct
        beslutar besluta VERB 0 ROOT {FIN}
        om om ADP 11 case
        bidrag bidrag NOUN 9 obl
        och och CCONJ 13 cc
        följer följa VERB 9 conj {FIN}
        upp upp ADP 13 compound:prt
        verksamheten verksamhet NOUN 13 obj
        . . PUNCT 9 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("nämnd", "none", "besluta"), ("nämnd", "none", "följa")]


def test_a_slash_between_two_actor_nouns_coordinates_the_subjects(nlp) -> None:
    # `Rektor/förskolechef ska …` (configs/grammar.yaml `coordinating_signs`; analysis 9
    # cause 8): each conjunct acts, as with `och`
    doc = parsed(
        nlp,
        """
        Rektor rektor NOUN 5 nsubj
        / / SYM 3 case
        förskolechef förskolechef NOUN 1 conj
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        upprätta upprätta VERB 0 ROOT VerbForm=Inf
        planen plan NOUN 5 obj
        """,
    )
    assert statements(doc) == [
        ("rektor", "obligation", "upprätta", False, False),
        ("förskolechef", "obligation", "upprätta", False, False),
    ]
    fraction = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj
        beslutar besluta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        om om ADP 4 case
        1 1 NUM 2 obl
        / / SYM 6 case
        3 3 NUM 4 nmod
        """,
    )
    assert statements(fraction) == [("nämnd", "none", "besluta", False, False)]


def test_a_stray_comma_after_som_keeps_the_relative_clause_and_its_series(nlp) -> None:
    """``har antagit en plan som, kompletterar budgeten, anger målen`` (analysis-9 cause 9):
    the comma right after ``som`` ends no clause, so ``kompletterar`` is the relative
    clause's; after the auxiliary ``har`` a bare finite verb after a comma goes on that
    clause's series, not the main clause's: only (nämnd, anta)."""
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 3 nsubj Definite=Def|Number=Sing
        har ha AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        antagit anta VERB 0 ROOT VerbForm=Sup|Voice=Act
        en en DET 5 det
        plan plan NOUN 3 obj Definite=Ind|Number=Sing
        som som PRON 8 nsubj
        , , PUNCT 8 punct
        kompletterar komplettera VERB 5 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        budgeten budget NOUN 8 obj Definite=Def|Number=Sing
        , , PUNCT 11 punct
        anger ange VERB 8 advcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        målen mål NOUN 11 obj Definite=Def|Number=Plur
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "anta", False, False)]


def test_gapping_repeats_the_verb_for_an_actor_and_a_quantity_after_och(nlp) -> None:
    """``Direktionen har nio ledamöter och presidiet tre`` (analysis-9 cause 11): ``och`` +
    an actor + a quantity, with no verb of its own, repeats the clause's verb with that
    actor as subject."""
    doc = parsed(
        nlp,
        """
        Direktionen direktion NOUN 2 nsubj Definite=Def|Number=Sing
        har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        nio nio NUM 4 nummod
        ledamöter ledamot NOUN 2 obj Definite=Ind|Number=Plur
        och och CCONJ 6 cc
        presidiet presidium NOUN 4 conj Definite=Def|Number=Sing
        tre tre NUM 6 nummod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("direktion", "none", "ha", False, False),
        ("presidium", "none", "ha", False, False),
    ]


ITEM_LEAD_IN = """
Styrelsen styrelse NOUN 2 nsubj Definite=Def|Number=Sing
ska skola AUX 0 ROOT VerbForm=Fin|Tense=Pres
: : PUNCT 2 punct
"""

MARKER_ADVERB_ADJECTIVE_ITEM = """
anta anta NOUN 3 amod Definite=Ind|Number=Sing
riktlinjer riktlinje NOUN 0 ROOT Definite=Ind|Number=Plur
samt samt CCONJ 6 cc
att att PART 6 mark
löpande löpa ADJ 6 advmod
granska granska ADJ 7 amod
utfallet utfall NOUN 2 conj Definite=Def|Number=Sing
, , PUNCT 7 punct
"""

MARKER_AFTER_NOUN_LIST_ITEM = """
fastställa fastställa VERB 0 ROOT VerbForm=Inf
taxor taxa NOUN 1 obj Definite=Ind|Number=Plur
och och CCONJ 4 cc
avgifter avgift NOUN 2 conj Definite=Ind|Number=Plur
samt samt CCONJ 8 cc
att att PART 8 mark
regelbundet regelbunden ADJ 8 advmod
utvärdera utvärdera VERB 2 conj VerbForm=Inf
dem de PRON 8 obj Case=Acc
, , PUNCT 8 punct
"""


def test_att_after_a_coordinator_in_a_list_item_repeats_the_lead_ins_marker(nlp) -> None:
    """``a) anta riktlinjer samt att löpande granska utfallet`` (analysis-11 cause 1): an
    item under a lead-in opens with its infinitive, so ``samt att`` (+ adverbs) repeats the
    infinitive marker and the base form after it is the chain's next infinitive, with the
    lead-in's actor and deontic, whether the tagger read it as an adjective of the noun
    after it or the parser conjoined it to the noun list before it."""
    from tests.test_nlp_document_rules import resolved

    result = resolved(
        nlp,
        {
            "1": ITEM_LEAD_IN,
            "1.a": MARKER_ADVERB_ADJECTIVE_ITEM,
            "1.b": MARKER_AFTER_NOUN_LIST_ITEM,
        },
    )
    assert [(s[0], s[1], s[2]) for s in result["1.a"]] == [
        ("styrelse", "obligation", "anta"),
        ("styrelse", "obligation", "granska"),
    ]
    assert [(s[0], s[1], s[2]) for s in result["1.b"]] == [
        ("styrelse", "obligation", "fastställa"),
        ("styrelse", "obligation", "utvärdera"),
    ]


ADVERB_FIRST_COMMA_MARKER_ITEM = """
kvartalsvis kvartalsvis ADV 2 advmod
rapportera rapportera VERB 0 ROOT VerbForm=Inf|Voice=Act
om om ADP 4 case
investeringarna investering NOUN 2 obl Definite=Def|Number=Plur
till till ADP 6 case
nämnden nämnd NOUN 4 nmod Definite=Def|Number=Sing
, , PUNCT 11 punct
samt samt CCONJ 11 cc
att att PART 10 mark
löpande löpa VERB 11 csubj VerbForm=Inf|Voice=Act
underrätta underrätta VERB 2 conj VerbForm=Inf|Voice=Act
revisorerna revisor NOUN 11 obj Definite=Def|Number=Plur
, , PUNCT 2 punct
"""


def test_att_after_a_comma_and_coordinator_in_an_item_opening_with_an_adverb(nlp) -> None:
    """``1. kvartalsvis rapportera om X till Y, samt att löpande underrätta Z`` (issue #10): adverbs
    before the item's infinitive leave it the item's first verb, so the lead-in's marker
    still stands before it and ``samt att`` repeats it; the comma before ``samt`` is list
    punctuation, not a clause boundary."""
    from tests.test_nlp_document_rules import resolved

    result = resolved(nlp, {"1": ITEM_LEAD_IN, "1.a": ADVERB_FIRST_COMMA_MARKER_ITEM})
    assert [(s[0], s[1], s[2]) for s in result["1.a"]] == [
        ("styrelse", "obligation", "rapportera"),
        ("styrelse", "obligation", "underrätta"),
    ]


def test_att_after_a_comma_and_coordinator_goes_on_a_modals_chain(nlp) -> None:
    """``Kassören ska månatligen stämma av kontot, samt att snarast meddela styrelsen``
    (issue #10): after a modal and adverbs, ``samt att`` + adverb + base form goes on the
    modal's chain (an ``att``-clause of its own would need a finite verb), past the comma,
    whatever the parser made of ``att``."""
    doc = parsed(
        nlp,
        """
        Kassören kassör NOUN 4 nsubj Definite=Def|Number=Sing
        ska skola AUX 4 aux VerbForm=Fin|Tense=Pres
        månatligen månatlig NOUN 4 nsubj Definite=Def|Number=Sing
        stämma stämma VERB 0 ROOT VerbForm=Inf|Voice=Act
        av av ADP 4 compound:prt
        kontot konto NOUN 4 obj Definite=Def|Number=Sing
        , , PUNCT 11 punct
        samt samt CCONJ 11 mark
        att att SCONJ 11 mark
        snarast snar ADV 11 advmod Degree=Sup
        meddela meddela VERB 4 conj VerbForm=Inf|Voice=Act
        styrelsen styrelse NOUN 11 obj Definite=Def|Number=Sing
        . . PUNCT 4 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("kassör", "obligation", "stämma"),
        ("kassör", "obligation", "meddela"),
    ]


def test_infinitive_after_coordinator_and_a_phrase_with_a_noun_list(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 3 nsubj Definite=Def
        ska skola AUX 3 aux
        följa följa VERB 0 root VerbForm=Inf
        planen plan NOUN 3 obj Definite=Def
        samt samt CCONJ 7 cc
        hos hos ADP 7 case
        regionen region NOUN 4 conj Definite=Def
        , , PUNCT 9 punct
        kommunen kommun NOUN 7 conj Definite=Def
        och och CCONJ 11 cc
        staten stat NOUN 7 conj Definite=Def
        lämna lämna VERB 7 conj VerbForm=Inf
        förslag förslag NOUN 12 obj
        . . PUNCT 3 punct
        """,
    )
    aims = [s[2] for s in statements(doc)]
    assert aims == ["följa", "lämna"]


def test_negated_conjunct_the_coordination_rules_miss(nlp) -> None:
    """``kan anta [amod] riktlinjer men inte ändra taxorna``: past the object and ``men
    inte``, the infinitive continues the modal's chain."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 4 nsubj {DEF}
        kan kunna AUX 4 aux {MODAL}
        anta anta VERB 4 amod {INF}
        riktlinjer riktlinje NOUN 0 ROOT Definite=Ind|Number=Plur
        men men CCONJ 7 cc
        inte inte PART 7 advmod
        ändra ändra VERB 4 conj {INF}
        taxorna taxa NOUN 7 obj Definite=Def|Number=Plur
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "permission", "anta", False, False),
        ("nämnd", "prohibition", "ändra", True, False),
    ]


def test_conjunct_ha_after_a_passive_infinitive_tagged_present(nlp) -> None:
    """``ska ordföranden utses [present] av fullmäktige och ha ett övergripande ansvar för``."""
    doc = parsed(
        nlp,
        f"""
        Enligt enligt ADP 2 case
        lag lag NOUN 5 obl {IND}
        ska skola AUX 5 aux {MODAL}
        ordföranden ordförande NOUN 5 nsubj:pass {DEF}
        utses utse VERB 0 ROOT {PASS}
        av av ADP 7 case
        fullmäktige fullmäktige NOUN 5 obl:agent {IND}
        och och CCONJ 9 cc
        ha ha VERB 5 conj {INF}
        ett en DET 12 det
        övergripande övergripande ADJ 12 amod
        ansvar ansvar NOUN 9 obj {IND}
        för för ADP 14 case
        budgeten budget NOUN 12 nmod {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [
        ("fullmäktige", "obligation", "utse", False, True),
        ("ordförande", "obligation", "ansvara", False, False),
    ]


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


def test_a_verb_conjoined_to_an_infinitive_under_a_cue_shares_the_cue(nlp) -> None:
    assert statements(parsed(nlp, COORDINATED_INFINITIVE)) == [
        ("nämnd", "obligation", "leda", False, False),
        ("nämnd", "obligation", "samordna", False, False),
    ]
    present = COORDINATED_INFINITIVE.replace("samordna samordna", "samordnar samordna")
    assert statements(parsed(nlp, present))[1] == ("nämnd", "none", "samordna", False, False)


def test_a_relative_clause_and_an_adverbial_do_not_end_the_coordination(nlp) -> None:
    assert statements(parsed(nlp, PAST_A_RELATIVE_CLAUSE)) == [
        ("nämnd", "obligation", "bevaka", False, False),
        ("nämnd", "obligation", "rapportera", False, False),
    ]


def test_a_conjunct_in_the_chain_voice_after_a_relative_clause_joins_the_chain(nlp) -> None:
    assert [s[2] for s in statements(parsed(nlp, RELATIVE_OF_ANOTHER_VOICE))] == [
        "bereda",
        "verkställa",
    ]
    same_voice = RELATIVE_OF_ANOTHER_VOICE.replace(
        "verkställa verkställa VERB 7 conj VerbForm=Inf",
        "verkställas verkställa VERB 7 conj VerbForm=Inf|Voice=Pass",
    )
    assert [s[2] for s in statements(parsed(nlp, same_voice))] == ["bereda"]


def test_an_infinitive_clause_keeps_the_infinitives_after_it(nlp) -> None:
    assert [s[2] for s in statements(parsed(nlp, INFINITIVE_CLAUSE))] == ["verka"]


def test_a_comma_list_of_infinitives_closed_by_och(nlp) -> None:
    assert [s[2] for s in statements(parsed(nlp, COMMA_LIST))] == [
        "anställa",
        "teckna",
        "besluta",
    ]
    unclosed = COMMA_LIST.replace("och och CCONJ 9 cc", "samt samt CCONJ 9 cc").replace(
        "besluta besluta VERB 3 conj VerbForm=Inf", "ytterligare ytterligare ADJ 11 amod"
    )
    assert [s[2] for s in statements(parsed(nlp, unclosed))] == ["anställa"]


def test_conjuncts_of_a_cue_verb_under_a_modal_take_the_modal(nlp) -> None:
    doc = parsed(nlp, INNER_CUE_AND_CONJUNCTS)
    found = [s for sentence in doc.sents for s in find(sentence, doc._.actors)]
    assert [(s.deontic, s.modal_text, s.aim) for s in found] == [
        ("obligation", "ska ansvara för", "ansvara"),
        ("obligation", "ska", "bereda"),
        ("obligation", "ska", "verkställa"),
    ]


def test_a_listed_infinitive_after_och_continues_the_chain_past_a_relative_clause(nlp):
    doc = parsed(
        nlp,
        """
        Personalen personal NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        verkställa verkställa VERB 0 ROOT VerbForm=Inf
        det den PRON 3 obj
        som som PRON 6 nsubj:pass
        beslutas besluta VERB 4 acl:relcl VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 8 case
        nämnden nämnd NOUN 6 obl:agent
        eller eller CCONJ 10 cc
        styrelsen styrelse NOUN 8 conj
        , , PUNCT 13 punct
        och och CCONJ 13 cc
        avge avge NOUN 10 conj
        yttranden yttrande NOUN 13 obj
        . . PUNCT 3 punct
        """,
    )
    assert [s[2] for s in statements(doc)] == ["verkställa", "avge"]


def test_a_conjoined_main_clause_after_a_present_read_as_a_noun(nlp) -> None:
    # round 18 (B3): "Åsby kommun utser [NOUN] ordförande och Kommunförbundet samt
    # Länsstyrelsen utser [NOUN] vardera en ledamot": the first present is the V2 verb by
    # spelling, so `och` + actors + a present opens a clause of its own; `samt` joins its
    # subjects
    from pipeline.nlp.coordination import spliced_clause
    from pipeline.nlp.verb_fallbacks import conjunct_clause_start

    doc = parsed(
        nlp,
        """
        Åsby åsby PROPN 2 nmod
        kommun kommun NOUN 3 nsubj Case=Nom|Definite=Ind|Number=Sing
        utser utse NOUN 4 nmod Case=Nom|Definite=Ind|Number=Sing
        ordförande ordförande NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Sing
        och och CCONJ 6 cc
        Kommunförbundet kommunförbund NOUN 4 conj Case=Nom|Definite=Def|Number=Sing
        samt samt CCONJ 8 cc
        Länsstyrelsen länsstyrelse NOUN 6 conj Case=Nom|Definite=Def|Number=Sing
        utser utse NOUN 8 nmod Case=Nom|Definite=Ind|Number=Sing
        vardera vardera PRON 12 det
        en en DET 12 det
        ledamot ledamot NOUN 4 conj Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 4 punct
        """,
    )
    assert conjunct_clause_start(doc[8]) == 5
    assert spliced_clause(doc[8], finite_verbs={2, 8}) == 4
    assert [s[0] for s in statements(doc)] == ["åsby kommun", "kommunförbund", "länsstyrelse"]


def test_no_spliced_clause_before_an_infinitive_marker(nlp) -> None:
    """``har, enligt stadgarna, rätt att granska`` (round 21, cause B1): the noun after a
    comma and before ``att`` + infinitive is no subject of a comma-spliced clause (an
    infinitive has none)."""
    doc = parsed(
        nlp,
        f"""
        Revisorerna revisor NOUN 2 nsubj {DEF_PL}
        har ha VERB 0 ROOT {PRES}
        , , PUNCT 5 punct
        enligt enligt ADP 5 case
        stadgarna stadga NOUN 2 obl {DEF_PL}
        , , PUNCT 5 punct
        rätt rätt NOUN 2 obj {IND}
        att att PART 9 mark
        granska granska VERB 7 acl {INF}
        räkenskaperna räkenskap NOUN 9 obj {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert spliced_clause(doc[8]) is None


def test_gapped_subject_of_an_agentless_passive(nlp) -> None:
    """``Kassör bör utses bland medlemmarna och sekreterare från kansliet`` (round 30, B2): a
    bare role noun + a ``bland``/``från`` phrase after ``och``, with no verb of its own, is a
    second subject of the same modal and passive, though the parser conjoins it to the
    phrase's noun; a definite noun there is no gapped subject."""
    doc = parsed(
        nlp,
        f"""
        Kassör kassör NOUN 3 nsubj:pass {IND}
        bör böra AUX 3 aux {MODAL}
        utses utse VERB 0 ROOT VerbForm=Inf|Voice=Pass
        bland bland ADP 5 case
        medlemmarna medlem NOUN 3 obl {DEF_PL}
        och och CCONJ 7 cc
        sekreterare sekreterare NOUN 5 conj {IND}
        från från ADP 9 case
        kansliet kansli NOUN 7 nmod {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("kassör", "recommendation", "utse", False, True),
        ("sekreterare", "recommendation", "utse", False, True),
    ]
    doc = parsed(
        nlp,
        f"""
        Underlaget underlag NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        hämtas hämta VERB 0 ROOT VerbForm=Inf|Voice=Pass
        från från ADP 5 case
        förvaltningen förvaltning NOUN 3 obl {DEF}
        och och CCONJ 7 cc
        kansliet kansli NOUN 5 conj {DEF}
        inom inom ADP 9 case
        veckan vecka NOUN 3 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "hämta", False, True)]


def test_alternativt_joins_verbs_of_a_chain(nlp) -> None:
    """Round 29, B6: ``kan godkänna planen, alternativt begära mer underlag``: one statement
    per verb; ``alternativt`` (however tagged) opens no spliced clause of its own."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        kan kunna AUX 3 aux {MODAL}
        godkänna godkänna VERB 0 ROOT {INF}
        planen plan NOUN 3 obj {DEF}
        , , PUNCT 7 punct
        alternativt alternativ ADJ 7 advmod
        begära begära VERB 3 advcl {INF}
        mer mycket ADJ 9 amod
        underlag underlag NOUN 7 obj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "permission", "godkänna", False, False),
        ("nämnd", "permission", "begära", False, False),
    ]
    assert spliced_clause(doc[6], {0}) is None


def test_men_ocksa_vara_after_a_modal_is_a_conjunct_of_its_chain(nlp) -> None:
    """Round 29, B5: ``får yttra sig … men också vara rådgivare``: the parser's copula of a
    conjoined noun is the second infinitive of the modal's chain."""
    doc = parsed(
        nlp,
        f"""
        Utskottet utskott NOUN 3 nsubj {DEF}
        får få AUX 3 aux {MODAL}
        yttra yttra VERB 0 ROOT {INF}
        sig sig PRON 3 obj
        i i ADP 6 case
        ärendet ärende NOUN 3 obl {DEF}
        men men CCONJ 10 cc
        också också ADV 10 advmod
        vara vara AUX 10 cop {INF}
        rådgivare rådgivare NOUN 3 conj {IND}
        åt åt ADP 12 case
        ordföranden ordförande NOUN 10 nmod {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("utskott", "permission", "yttra", False, False),
        ("utskott", "permission", "vara", False, False),
    ]


def test_bracketed_restating_passive_shares_agent_and_modal(nlp) -> None:
    """Round 34 (analyst 32, cause B6): ``Budgeten ska upprättas (sammanställas) av
    ekonomichefen``: a verb alone in brackets right after a passive says it again; both
    are aims with the agent and the modal."""
    doc = parsed(
        nlp,
        f"""
        Budgeten budget NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        upprättas upprätta VERB 0 ROOT VerbForm=Inf|Voice=Pass
        ( ( PUNCT 5 punct
        sammanställas sammanställa VERB 3 parataxis {PASS}
        ) ) PUNCT 5 punct
        av av ADP 8 case
        ekonomichefen ekonomichef NOUN 5 obl:agent {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("ekonomichef", "obligation", "upprätta", False, True),
        ("ekonomichef", "obligation", "sammanställa", False, True),
    ]


def test_a_conjunct_clause_with_its_own_fronted_phrase_keeps_its_own_subject(nlp) -> None:
    """Round 35, K2: ``Nämnden består av sju ledamöter och i nämnden sitter även två
    ersättare.``: after ``och`` a fronted phrase and a presentational verb make a V2 main
    clause whose late subject follows; ``Rektor leder arbetet och vid behov kallar
    ordföranden till möte.``: the inverted subject after another verb."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        består bestå VERB 0 ROOT {PRES}
        av av ADP 5 case
        sju sju NUM 5 nummod
        ledamöter ledamot NOUN 2 obl {IND}
        och och CCONJ 9 cc
        i i ADP 8 case
        nämnden nämnd NOUN 9 obl {DEF}
        sitter sitta VERB 2 conj {PRES}
        även även ADV 9 advmod
        två två NUM 12 nummod
        ersättare ersättare NOUN 9 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("nämnd", "none", "bestå"),
        ("ersättare", "none", "sitta"),
    ]
    doc = parsed(
        nlp,
        f"""
        Rektor rektor NOUN 2 nsubj {IND}
        leder leda VERB 0 ROOT {PRES}
        arbetet arbete NOUN 2 obj {DEF}
        och och CCONJ 7 cc
        vid vid ADP 6 case
        behov behov NOUN 7 obl {IND}
        kallar kalla VERB 2 conj {PRES}
        ordföranden ordförande NOUN 7 obj {DEF}
        till till ADP 10 case
        möte möte NOUN 7 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("rektor", "none", "leda"),
        ("ordförande", "none", "kalla"),
    ]


def test_a_conjunct_clause_with_a_task_description_states_nothing(nlp) -> None:
    """Round 35, K2 (§5.1, round 8): ``Direktören leder kansliet men i direktörens uppdrag
    ingår att samordna inköpen.``: the second clause describes the task, its subject the
    ``att``-clause, never the first clause's subject; ``Nämnden beslutar och verkställer``
    still shares it."""
    doc = parsed(
        nlp,
        f"""
        Direktören direktör NOUN 2 nsubj {DEF}
        leder leda VERB 0 ROOT {PRES}
        kansliet kansli NOUN 2 obj {DEF}
        men men CCONJ 8 cc
        i i ADP 7 case
        direktörens direktör NOUN 7 nmod:poss Case=Gen|Definite=Def|Number=Sing
        uppdrag uppdrag NOUN 8 obl {IND}
        ingår ingå VERB 2 conj {PRES}
        att att PART 10 mark
        samordna samordna VERB 8 csubj {INF}
        inköpen inköp NOUN 10 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("direktör", "none", "leda")]
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        beslutar besluta VERB 0 ROOT {PRES}
        och och CCONJ 4 cc
        verkställer verkställa VERB 2 conj {PRES}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("nämnd", "none", "besluta"),
        ("nämnd", "none", "verkställa"),
    ]


def test_a_conjunct_after_a_genom_att_infinitive_stays_in_that_clause(nlp) -> None:
    """Round 36 (analyst 36, cause B4): ``Stiftelsen ska vårda samlingen genom att
    katalogisera föremål och restaurera tavlor samt låna ut verk``: the verbs after the
    ``genom att`` infinitive are that clause's, even the one the tagger reads finite."""
    doc = parsed(
        nlp,
        f"""
        Stiftelsen stiftelse NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        vårda vårda VERB 0 ROOT {INF}
        samlingen samling NOUN 3 obj {DEF}
        genom genom ADP 7 mark
        att att PART 7 mark
        katalogisera katalogisera VERB 3 advcl {INF}
        föremål föremål NOUN 7 obj {IND}
        och och CCONJ 10 cc
        restaurera restaurera VERB 7 conj {INF}
        tavlor tavla NOUN 10 obj {IND}
        samt samt CCONJ 13 cc
        låna låna VERB 7 conj Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        ut ut ADP 13 compound:prt
        verk verk NOUN 13 obj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("stiftelse", "obligation", "vårda", False, False)]


def test_a_bare_infinitive_past_a_closed_complement_series_takes_the_modal(nlp) -> None:
    """Round 36 (analyst 36, cause B2): ``Bolaget ska överta ansvaret för att sköta parker
    och torg, vara remissinstans samt svara för belysningen``: after the ``för att``
    complement of ``ansvaret``, its own series closed by ``och``, a comma opens a further
    infinitive of the modal's chain."""
    doc = parsed(
        nlp,
        f"""
        Bolaget bolag NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        överta överta VERB 0 ROOT {INF}
        ansvaret ansvar NOUN 3 obj {DEF}
        för för ADP 7 mark
        att att PART 7 mark
        sköta sköta VERB 3 advcl {INF}
        parker park NOUN 7 obj {IND}
        och och CCONJ 10 cc
        torg torg NOUN 8 conj {IND}
        , , PUNCT 13 punct
        vara vara AUX 13 cop {INF}
        remissinstans remissinstans NOUN 8 conj {IND}
        samt samt CCONJ 15 cc
        svara svara VERB 7 conj {INF}
        för för ADP 17 case
        belysningen belysning NOUN 15 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("bolag", "obligation", "överta", False, False),
        ("bolag", "obligation", "vara", False, False),
        ("bolag", "obligation", "svara", False, False),
    ]


def test_a_gapped_conjunct_with_its_own_subject_and_object_repeats_the_verb(nlp) -> None:
    """Round 36 (analyst 36, cause B8; docs/annotation.md §5.3): ``Regionen utser
    ordföranden och kommunen sekreteraren``: the gapped conjunct repeats ``utser``."""
    doc = parsed(
        nlp,
        f"""
        Regionen region NOUN 2 nsubj {DEF}
        utser utse VERB 0 ROOT {PRES}
        ordföranden ordförande NOUN 2 obj {DEF}
        och och CCONJ 5 cc
        kommunen kommun NOUN 3 conj {DEF}
        sekreteraren sekreterare NOUN 5 flat {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("region", "none", "utse", False, False),
        ("kommun", "none", "utse", False, False),
    ]


def test_a_noun_tagged_adverb_after_coordinated_objects_is_no_gapped_object(nlp) -> None:
    """Round 36 (B8's limit): ``Nämnden kallar ledamöterna och ersättarna skriftligen``: the
    tagger's noun ``skriftligen`` (an adverbial) is no object of a gapped ``ersättarna``."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        kallar kalla VERB 0 ROOT {PRES}
        ledamöterna ledamot NOUN 2 obj {DEF_PL}
        och och CCONJ 5 cc
        ersättarna ersättare NOUN 3 conj {DEF_PL}
        skriftligen skriftlig NOUN 2 advmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "kalla", False, False)]


def test_a_particle_after_a_subject_relative_keeps_the_next_verb_in_it(nlp) -> None:
    """Round 37, aq-B5: `Fritidskontoret är en enhet som hör till och stöder
    fritidsnämnden.`: the particle after the relative clause's verb closes no clause with a
    gap (`som` is the subject); `stöder` stays in the relative clause, no statement."""
    doc = parsed(
        nlp,
        f"""
        Fritidskontoret fritidskontor NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        en en DET 4 det Definite=Ind|Number=Sing|PronType=Art
        enhet enhet NOUN 0 ROOT {IND}
        som som PRON 6 nsubj PronType=Rel
        hör höra VERB 4 acl:relcl {PRES}
        till till ADP 6 advmod
        och och CCONJ 9 cc
        stöder stödja VERB 6 conj {PRES}
        fritidsnämnden fritidsnämnd NOUN 9 obj {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("fritidskontor", "none", "vara", False, False)]


def test_infinitive_after_an_indirect_question_goes_back_to_the_modal(nlp) -> None:
    """Round 37 (ar-B2, docs/annotation.md §5.2): ``får pröva vilka lärare som ska undervisa i
    kursen och fördela lokalerna``: the indirect question states nothing, and the infinitive
    after it is the main modal's, not the question's."""
    doc = parsed(
        nlp,
        f"""
        Rektorn rektor NOUN 3 nsubj {DEF}
        får få AUX 3 aux {MODAL}
        pröva pröva VERB 0 ROOT {INF}
        vilka vilken PRON 5 det _
        lärare lärare NOUN 3 obj Case=Nom|Definite=Ind|Number=Plur
        som som PRON 8 nsubj _
        ska skola AUX 8 aux {MODAL}
        undervisa undervisa VERB 5 acl:relcl {INF}
        i i ADP 10 case
        kursen kurs NOUN 8 obl {DEF}
        och och CCONJ 12 cc
        fördela fördela VERB 8 conj {INF}
        lokalerna lokal NOUN 12 obj {DEF_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("rektor", "permission", "pröva", False, False),
        ("rektor", "permission", "fördela", False, False),
    ]


def test_series_conjuncts_with_their_own_kunna_take_the_leftmost_cue(nlp) -> None:
    """Round 38 (at-B1): ``ska förvalta X, kunna ta emot Y, dela ut Z samt kunna bevilja W``:
    a conjunct with its own ``kunna`` stands for the infinitive after it, whether the chain
    reaches ``kunna`` or the parser joins it as a conjunct; the modal's cue decides, and
    ``kunna`` is no aim."""
    doc = parsed(
        nlp,
        f"""
        Stiftelsen stiftelse NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        förvalta förvalta VERB 0 ROOT {INF}
        medel medel NOUN 3 obj
        , , PUNCT 6 punct
        kunna kunna AUX 3 conj {INF}
        ta ta VERB 6 xcomp {INF}
        emot emot ADP 9 case
        gåvor gåva NOUN 7 obl {IND_PL}
        , , PUNCT 11 punct
        dela dela VERB 3 parataxis {INF}
        ut ut ADV 11 compound:prt
        stipendier stipendium NOUN 11 obj {IND_PL}
        samt samt CCONJ 16 cc
        kunna kunna AUX 16 aux {INF}
        bevilja bevilja VERB 3 conj {INF}
        bidrag bidrag NOUN 16 obj
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("stiftelse", "obligation", "förvalta", False, False),
        ("stiftelse", "obligation", "ta", False, False),
        ("stiftelse", "obligation", "dela", False, False),
        ("stiftelse", "obligation", "bevilja", False, False),
    ]


def test_a_lexicon_infinitive_after_a_comma_and_adverb_or_a_phrase_joins_the_chain(nlp) -> None:
    """Round 38, at-B2 (b, c): ``ska katalogisera, vetenskapligt bearbeta [NOUN] och genom
    köp [AUX] utöka samlingen``: an adverb in -t after the comma and a prepositional phrase
    after ``och`` stand between the chain and its next infinitives."""
    rows = """
    Arkivet arkiv NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
    ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
    katalogisera katalogisera VERB 0 ROOT VerbForm=Inf|Voice=Act
    , , PUNCT 6 punct
    vetenskapligt vetenskaplig ADJ 6 advmod Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    bearbeta bearbeta NOUN 3 conj Case=Nom|Definite=Ind|Number=Sing
    och och CCONJ 10 cc
    genom genom ADP 9 case
    köp köp AUX 10 fixed Mood=Ind|Tense=Pres|VerbForm=Fin
    utöka utöka VERB 3 conj VerbForm=Inf|Voice=Act
    samlingen samling NOUN 10 obj Case=Nom|Definite=Def|Number=Sing
    . . PUNCT 3 punct
    """
    doc = parsed(nlp, rows)
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["bearbeta", "utöka"]


def test_infinitive_after_comma_alternativt_joins_the_chain(nlp) -> None:
    """Round 38 (B8): ``, alternativt`` + an infinitive goes on the modal's chain, though the
    parser reads ``alternativt`` as an adjective and the infinitive as the root."""
    doc = parsed(
        nlp,
        f"""
        Sekreteraren sekreterare NOUN 7 nsubj {DEF}
        ska skola AUX 7 aux {MODAL}
        arkivera arkivera ADJ 4 amod {INF}
        handlingen handling NOUN 7 nsubj {DEF}
        , , PUNCT 4 punct
        alternativt alternativ ADJ 7 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Sing
        gallra gallra VERB 0 ROOT {INF}
        den den PRON 7 obj
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [
        ("sekreterare", "obligation", "arkivera", False, False),
        ("sekreterare", "obligation", "gallra", False, False),
    ]


def test_gapped_passive_conjunct_with_its_own_subject_takes_the_modal(nlp) -> None:
    """Round 39 (K-B4): ``Tre platser ska tillsättas genom val och resten fördelas [PRS]
    genom lottning``: a conjunct in -as with its own passive subject and no modal is the
    gapped modal's passive infinitive: two implicit-actor obligations."""
    doc = parsed(
        nlp,
        f"""
        Tre tre NUM 2 nummod
        platser plats NOUN 4 nsubj:pass {IND_PL}
        ska skola AUX 4 aux {MODAL}
        tillsättas tillsätta VERB 0 ROOT VerbForm=Inf|Voice=Pass
        genom genom ADP 6 case
        val val NOUN 4 obl {IND}
        och och CCONJ 9 cc
        resten rest NOUN 9 nsubj:pass {DEF}
        fördelas fördela VERB 4 conj {PASS}
        genom genom ADP 11 case
        lottning lottning NOUN 9 obl {IND}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [
        (None, "obligation", "tillsätta", False, True),
        (None, "obligation", "fördela", False, True),
    ]


def test_a_conjunct_clause_fronting_a_preposition_and_a_pronoun_keeps_its_own_subject(
    nlp,
) -> None:
    """Round 40 (analyst ay C8): ``Styrelsen består av fem ledamöter och bland dem väljer
    stämman en sekreterare.``: the fronted ``bland dem`` (a pronoun after the preposition)
    puts the verb second, and the definite actor after it is the conjunct's own subject."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        består bestå VERB 0 ROOT {PRES}
        av av ADP 5 case
        fem fem NUM 5 nummod
        ledamöter ledamot NOUN 2 obl {IND}
        och och CCONJ 9 cc
        bland bland ADP 8 case
        dem de PRON 9 obl
        väljer välja VERB 2 conj {PRES}
        stämman stämma NOUN 9 nsubj {DEF}
        en en DET 12 det
        sekreterare sekreterare NOUN 9 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("styrelse", "none", "bestå"),
        ("stämma", "none", "välja"),
    ]


def test_a_capitalised_word_inside_the_sentence_is_no_conjunct_verb(nlp) -> None:
    """Round 41 (C4): ``… ge ledamöterna i Åby och Vara kommuner tillfälle …``: a place
    name that is also a verb form (``Vara``) is no conjunct infinitive of the modal's
    chain, whatever its tag."""
    doc = parsed(
        nlp,
        f"""
        Förbundet förbund NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        ge ge VERB 0 ROOT {INF}
        ledamöterna ledamot NOUN 3 obj {DEF_PL}
        i i ADP 6 case
        Åby Åby PROPN 3 obl
        och och CCONJ 10 cc
        Vara vara AUX 10 cop {INF}
        kommuner kommun NOUN 8 fixed {IND_PL}
        chansen chans NOUN 6 conj {DEF}
        att att PART 12 mark
        yttra yttra VERB 10 acl {INF}
        sig sig PRON 12 obj
        . . PUNCT 3 punct
        """,
    )
    assert coordinated(doc[2], len(doc)) == []
    assert statements(doc) == [("förbund", "obligation", "ge", False, False)]


def test_a_pronoun_subject_after_och_opens_a_clause_of_its_own(nlp) -> None:
    """Round 41 (az-9): ``Gruppen har tre sekreterare och de (tre|alla) skriver protokollen``:
    a subject pronoun, alone or with a numeral or ``båda``/``alla`` after it, between ``och``
    and the verb is that verb's subject; the verb shares no subject with the first clause
    and the pronoun subject gives no statement (docs/annotation.md §5.1, round 37 B1)."""
    rows = [
        f"Gruppen grupp NOUN 2 nsubj {DEF}",
        f"har ha VERB 0 ROOT {PRES}",
        "tre tre NUM 4 nummod",
        f"sekreterare sekreterare NOUN 2 obj {IND_PL}",
        "och och CCONJ 8 cc",
        "de de DET 7 det",
        "tre tre NUM 8 nummod",
        f"skriver skriva VERB 2 conj {PRES}",
        f"protokollen protokoll NOUN 8 obj {DEF_PL}",
        ". . PUNCT 2 punct",
    ]
    doc = parsed(nlp, "\n".join(rows))
    assert coordinated(doc[1], len(doc)) == []
    assert statements(doc) == [("grupp", "none", "ha", False, False)]
    plain = [
        f"Gruppen grupp NOUN 2 nsubj {DEF}",
        f"har ha VERB 0 ROOT {PRES}",
        "tre tre NUM 4 nummod",
        f"sekreterare sekreterare NOUN 2 obj {IND_PL}",
        "och och CCONJ 7 cc",
        "de de PRON 7 nsubj",
        f"skriver skriva VERB 2 conj {PRES}",
        f"protokollen protokoll NOUN 7 obj {DEF_PL}",
        ". . PUNCT 2 punct",
    ]
    assert statements(parsed(nlp, "\n".join(plain))) == [("grupp", "none", "ha", False, False)]


def test_a_denied_att_conjunct_after_a_cue_ending_in_att(nlp) -> None:
    """Round 42 (ba-8): ``Revisorn har rätt att närvara men inte att rösta``: ``men`` + a
    negation + the repeated marker ``att`` goes on with the cue's chain; the conjunct is
    denied: a prohibition with the cue as its modal."""
    doc = parsed(
        nlp,
        f"""
        Revisorn revisor NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        rätt rätt NOUN 2 obj {IND}
        att att PART 5 mark
        närvara närvara VERB 2 advcl {INF}
        men men CCONJ 9 cc
        inte inte PART 9 advmod
        att att PART 9 mark
        rösta rösta VERB 2 conj {INF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("revisor", "permission", "närvara", False, False),
        ("revisor", "prohibition", "rösta", True, False),
    ]


def test_men_inte_before_a_noun_phrase_ends_the_chain(nlp) -> None:
    """Negative of round 42 (ba-8): ``har rätt att begära uppgifter men inte skyldighet att
    lämna dem``: no verb right after ``men inte``, so the chain ends at ``men``."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        rätt rätt NOUN 2 obj {IND}
        att att PART 5 mark
        begära begära VERB 2 advcl {INF}
        uppgifter uppgift NOUN 5 obj {IND_PL}
        men men CCONJ 9 cc
        inte inte PART 9 advmod
        skyldighet skyldighet NOUN 2 conj {IND}
        att att PART 11 mark
        lämna lämna VERB 9 acl {INF}
        dem de PRON 11 obj
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "permission", "begära", False, False)]


def test_a_word_after_att_heads_an_infinitive_chain_whatever_its_tag(nlp) -> None:
    """Round 43 (probe43-5): ``har till uppgift att utse [NOUN], leda och vid behov avskeda
    [ADJ] kassören``: the word right after the infinitive marker stands in an infinitive's
    place, so its chain is one of infinitives and takes the comma's and the coordinator's
    conjuncts (past a short phrase) as a modal's chain does."""
    doc = parsed(
        nlp,
        f"""
        Föreningen förening NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        till till ADP 4 case
        uppgift uppgift NOUN 2 obl {IND}
        att att PART 8 mark
        utse utse NOUN 8 nsubj {IND_PL}
        , , PUNCT 8 punct
        leda leda VERB 2 ccomp {INF}
        och och CCONJ 13 cc
        vid vid ADP 11 case
        behov behov NOUN 12 obl {IND}
        avskeda avskeda ADJ 13 amod
        kassören kassör NOUN 8 conj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert [t.text for t in coordinated(doc[5], len(doc))] == ["leda", "avskeda"]


def test_a_noun_after_the_subordinator_att_is_no_infinitive(nlp) -> None:
    """Review 43a (11): ``Revisorerna anser att kassa och bank stämmer``: only the infinitive
    marker ``att`` [PART] puts a word in an infinitive's place, not the subordinator
    [SCONJ]."""
    doc = parsed(
        nlp,
        f"""
        Revisorerna revisor NOUN 2 nsubj {DEF_PL}
        anser anse VERB 0 ROOT {PRES}
        att att SCONJ 7 mark
        kassa kassa NOUN 7 nsubj {IND}
        och och CCONJ 6 cc
        bank bank NOUN 4 conj {IND}
        stämmer stämma VERB 2 ccomp {PRES}
        . . PUNCT 2 punct
        """,
    )
    assert _chain_tense(doc[3]) != "inf"


def test_a_conjunct_passive_modal_stands_for_its_infinitive_once(nlp) -> None:
    """Review 44a item 10: ``ska ordna träffar samt förväntas delta i mässan``: ``förväntas``
    (configs/grammar.yaml ``infinitive_modals``, round 44) as a conjunct of the modal's chain
    stands for the infinitive it governs, as ``kunna`` does; the modal's cue decides, and
    ``förväntas`` has no group of its own (which gave ``delta`` a second statement)."""
    doc = parsed(
        nlp,
        f"""
        Föreningen förening NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        ordna ordna VERB 0 ROOT {INF}
        träffar träff NOUN 3 obj {IND_PL}
        samt samt CCONJ 6 cc
        förväntas förvänta VERB 3 conj VerbForm=Inf|Voice=Pass
        delta delta VERB 6 xcomp {INF}
        i i ADP 9 case
        mässan mässa NOUN 7 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("förening", "obligation", "ordna", False, False),
        ("förening", "obligation", "delta", False, False),
    ]


def test_an_s_passive_conjoined_to_a_modals_infinitive_shares_the_modal(nlp) -> None:
    """Round 49 (analysis 49-ao G3): ``Avstämningen ska ske i maj och rapporteras [PRS] till
    styrelsen``: right after ``och`` with no subject of its own, the form in -as the tagger
    read as a present passive is the passive infinitive under ``ska`` (the two forms are one
    spelling): an agentless passive, the implicit actor. An active conjunct (``och avse
    …``) of the actorless ``ske`` states nothing."""
    rows = f"""
        Avstämningen avstämning NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        ske ske VERB 0 ROOT {INF}
        i i ADP 5 case
        maj maj NOUN 3 obl {IND}
        och och CCONJ 7 cc
        rapporteras rapportera VERB 3 conj {PASS}
        till till ADP 9 case
        styrelsen styrelse NOUN 7 obl {DEF}
        . . PUNCT 3 punct
    """
    doc = parsed(nlp, rows)
    assert statements(doc) == [(None, "obligation", "rapportera", False, True)]
    active = rows.replace(f"rapporteras rapportera VERB 3 conj {PASS}",
                          f"avse avse VERB 3 conj {INF}")
    assert statements(parsed(nlp, active)) == []


def test_a_comma_in_a_subject_list_with_no_clause_before_it_is_no_splice(nlp) -> None:
    """Round 49 (analysis 49-r P3): ``Norrbys-, Åsa- samt Tuve kommuner utser …``: the comma
    lists the subjects (no finite verb before it, so no main clause it could splice a second
    one onto), and the first name keeps the statement; after a clause with its verb
    (``Nämnden sammanträder, Åsa- samt Tuve kommuner utser …``) it is a splice."""
    listed = parsed(
        nlp,
        f"""
        Norrbys- Norrbys- PROPN 7 nsubj Case=Nom
        , , PUNCT 3 punct
        Åsa- Åsa- PROPN 1 conj Case=Nom
        samt samt CCONJ 6 cc
        Tuve Tuve PROPN 6 compound Case=Nom
        kommuner kommun NOUN 1 conj Case=Nom|Definite=Ind|Number=Plur
        utser utse VERB 0 ROOT {PRES}
        två två NUM 9 nummod
        ledamöter ledamot NOUN 7 obj Case=Nom|Definite=Ind|Number=Plur
        . . PUNCT 7 punct
        """,
    )
    spliced = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        sammanträder sammanträda VERB 0 ROOT {PRES}
        , , PUNCT 8 punct
        Åsa- Åsa- PROPN 8 nsubj Case=Nom
        samt samt CCONJ 7 cc
        Tuve Tuve PROPN 7 compound Case=Nom
        kommuner kommun NOUN 4 conj Case=Nom|Definite=Ind|Number=Plur
        utser utse VERB 2 conj {PRES}
        ledamöter ledamot NOUN 8 obj Case=Nom|Definite=Ind|Number=Plur
        . . PUNCT 2 punct
        """,
    )
    assert spliced_clause(listed[6]) is None
    assert spliced_clause(spliced[7]) == 2


def test_an_active_present_after_a_modal_passive_relative_is_the_main_clauses(nlp) -> None:
    """Round 49 (analysis 49-p P5): ``Kansliet tar emot ansökningar som ska prövas av
    nämnden och svarar för arkivet``: the parser conjoins ``svarar`` to the relative
    clause's passive infinitive; an active finite verb cannot continue a modal's passive
    (its subject, the things, is none for it), so it is the main clause's conjunct and
    shares ``Kansliet``. With an active infinitive in the relative clause (``som vill
    granska … och svarar``) the conjunct stays in that clause (round 45, bi-C11)."""
    rows = f"""
        Kansliet kansli NOUN 2 nsubj {DEF}
        tar ta VERB 0 ROOT {PRES}
        emot emot ADP 2 compound:prt
        ansökningar ansökning NOUN 2 obj {IND_PL}
        som som PRON 7 nsubj:pass
        ska skola AUX 7 aux {MODAL}
        prövas pröva VERB 4 acl:relcl {INF_PASS}
        av av ADP 9 case
        nämnden nämnd NOUN 7 obl {DEF}
        och och CCONJ 11 cc
        svarar svara VERB 7 conj {PRES}
        för för ADP 13 case
        arkivet arkiv NOUN 11 obl {DEF}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, rows)) == [
        ("kansli", "none", "ta", False, False),
        ("kansli", "responsibility", "svara", False, False),
    ]
    active = (
        rows.replace("ansökningar ansökning NOUN 2 obj", "personer person NOUN 2 obj")
        .replace("som som PRON 7 nsubj:pass", "som som PRON 7 nsubj")
        .replace(f"prövas pröva VERB 4 acl:relcl {INF_PASS}", f"granska granska VERB 4 acl:relcl {INF}")
        .replace("av av ADP 9 case", "hela hel ADJ 9 amod")
        .replace("nämnden nämnd NOUN 7 obl", "nämnden nämnd NOUN 7 obj")
        .replace("ska skola AUX", "vill vilja AUX")
    )
    assert statements(parsed(nlp, active)) == [("kansli", "none", "ta", False, False)]


def test_a_ranked_actor_after_och_ending_the_sentence_repeats_the_verb(nlp) -> None:
    """Round 49 (analysis 49-p P3): ``Vid lika röstetal har i första hand kassören
    utslagsröst och i andra hand sekreteraren.``: ``och``, a rank adverbial
    (configs/grammar.yaml `rank_adverbials`) and an actor that ends the sentence is a gapped
    conjunct: the actor has the clause's verb too. Before a non-actor (``lotten``) nothing
    is added."""
    rows = f"""
        Vid vid ADP 3 case
        lika lik ADJ 3 amod
        röstetal röstetal NOUN 4 obl {IND}
        har ha VERB 0 ROOT {PRES}
        kassören kassör NOUN 4 nsubj {DEF}
        utslagsröst utslagsröst NOUN 4 obj {IND}
        och och CCONJ 10 cc
        i i ADP 10 case
        andra annan ADJ 10 amod
        hand hand NOUN 11 nmod {IND}
        sekreteraren sekreterare NOUN 6 conj {DEF}
        . . PUNCT 4 punct
    """
    assert statements(parsed(nlp, rows)) == [
        ("kassör", "none", "ha", False, False),
        ("sekreterare", "none", "ha", False, False),
    ]
    lot = rows.replace("sekreteraren sekreterare NOUN", "lotten lott NOUN")
    assert statements(parsed(nlp, lot)) == [("kassör", "none", "ha", False, False)]


def test_a_ranked_remnant_after_an_object_actor_or_a_phrase_is_no_second_subject(nlp) -> None:
    """Review 50 (M1): ``Kommunstyrelsen ska informera nämnderna och därefter fullmäktige.``
    and ``Ordföranden kallar ledamöterna och i andra hand ersättarna.``: right after an
    object actor the ranked remnant is that object's conjunct, and after a prepositional
    phrase (``rapporterar till nämnden och sedan kommunstyrelsen``) the preposition's; no
    second subject of the verb. A determiner and an adjective may open the ranked subject
    (``och i andra hand den äldste ledamoten``)."""
    informs = f"""
        Kommunstyrelsen kommunstyrelse NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        informera informera VERB 0 ROOT {INF}
        nämnderna nämnd NOUN 3 obj {DEF_PL}
        och och CCONJ 7 cc
        därefter därefter ADV 7 advmod
        fullmäktige fullmäktige NOUN 4 conj {IND}
        . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, informs)) == [
        ("kommunstyrelse", "obligation", "informera", False, False)
    ]
    calls = f"""
        Ordföranden ordförande NOUN 2 nsubj {DEF}
        kallar kalla VERB 0 ROOT {PRES}
        ledamöterna ledamot NOUN 2 obj {DEF_PL}
        och och CCONJ 8 cc
        i i ADP 7 case
        andra annan ADJ 7 amod
        hand hand NOUN 8 nmod {IND}
        ersättarna ersättare NOUN 3 conj {DEF_PL}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, calls)) == [("ordförande", "none", "kalla", False, False)]
    reports = f"""
        Förvaltningschefen förvaltningschef NOUN 2 nsubj {DEF}
        rapporterar rapportera VERB 0 ROOT {PRES}
        till till ADP 4 case
        nämnden nämnd NOUN 2 obl {DEF}
        och och CCONJ 7 cc
        sedan sedan ADV 7 advmod
        kommunstyrelsen kommunstyrelse NOUN 4 conj {DEF}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, reports)) == [
        ("förvaltningschef", "none", "rapportera", False, False)
    ]
    leads = f"""
        Ordföranden ordförande NOUN 2 nsubj {DEF}
        leder leda VERB 0 ROOT {PRES}
        sammanträdet sammanträde NOUN 2 obj {DEF}
        och och CCONJ 10 cc
        i i ADP 7 case
        andra annan ADJ 7 amod
        hand hand NOUN 10 nmod {IND}
        den den DET 10 det
        äldste gammal ADJ 10 amod
        ledamoten ledamot NOUN 3 conj {DEF}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, leads)) == [
        ("ordförande", "none", "leda", False, False),
        ("ledamot", "none", "leda", False, False),
    ]


def test_a_thing_subject_verb_after_a_modal_passive_relative_stays_in_the_relative(nlp):
    """Review 50 (M2): ``Styrelsen bereder de frågor som ska avgöras av stämman och gäller
    bolagets ekonomi.`` and ``Förvaltningen handlägger ärenden som ska beslutas av nämnden
    och kräver politisk prövning.``: a verb that takes a thing as subject continues the
    relative clause (its subject is ``frågor``, ``ärenden``); only a deontic modal or a verb
    of configs/grammar.yaml `actor_subject_verbs` (``och svarar för``) is the main clause's
    conjunct."""
    rows = f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        bereder bereda VERB 0 ROOT {PRES}
        de den DET 4 det
        frågor fråga NOUN 2 obj {IND_PL}
        som som PRON 7 nsubj:pass
        ska skola AUX 7 aux {MODAL}
        avgöras avgöra VERB 4 acl:relcl {INF_PASS}
        av av ADP 9 case
        stämman stämma NOUN 7 obl {DEF}
        och och CCONJ 11 cc
        gäller gälla VERB 7 conj {PRES}
        bolagets bolag NOUN 13 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ekonomi ekonomi NOUN 11 obj {IND}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, rows)) == [("styrelse", "none", "bereda", False, False)]
    demands = (
        rows.replace("Styrelsen styrelse", "Förvaltningen förvaltning")
        .replace("bereder bereda", "handlägger handlägga")
        .replace("de den DET 4 det", "alla all DET 4 det")
        .replace("frågor fråga", "ärenden ärende")
        .replace("avgöras avgöra", "beslutas besluta")
        .replace("stämman stämma", "nämnden nämnd")
        .replace("gäller gälla", "kräver kräva")
        .replace("bolagets bolag NOUN 13 nmod:poss Case=Gen|Definite=Def|Number=Sing", "politisk politisk ADJ 13 amod")
        .replace("ekonomi ekonomi", "prövning prövning")
    )
    assert statements(parsed(nlp, demands)) == [
        ("förvaltning", "none", "handlägga", False, False)
    ]
    duty = rows.replace("gäller gälla VERB 7 conj", "svarar svara VERB 7 conj").replace(
        "bolagets bolag NOUN 13 nmod:poss Case=Gen|Definite=Def|Number=Sing", "för för ADP 13 case"
    ).replace("ekonomi ekonomi NOUN 11 obj", "ekonomin ekonomi NOUN 11 obl")
    assert statements(parsed(nlp, duty)) == [
        ("styrelse", "none", "bereda", False, False),
        ("styrelse", "responsibility", "svara", False, False),
    ]


def test_a_listed_particle_verb_after_a_modal_passive_relative_is_the_main_clauses(nlp):
    """Review 50 (M2): ``Rådet granskar planer som ska antas av fullmäktige och följer upp
    dem.``: `actor_subject_verbs` lists ``följa upp`` with its particle, so ``följer upp``
    is the main clause's conjunct; bare ``följer`` (``och följer av lagen``) may have the
    relative's thing as subject and stays in the relative."""
    rows = f"""
        Rådet råd NOUN 2 nsubj {DEF}
        granskar granska VERB 0 ROOT {PRES}
        planer plan NOUN 2 obj {IND_PL}
        som som PRON 6 nsubj:pass
        ska skola AUX 6 aux {MODAL}
        antas anta VERB 3 acl:relcl {INF_PASS}
        av av ADP 8 case
        fullmäktige fullmäktige NOUN 6 obl {IND}
        och och CCONJ 10 cc
        följer följa VERB 6 conj {PRES}
        upp upp ADP 10 compound:prt
        dem de PRON 10 obj Case=Acc
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, rows)) == [
        ("råd", "none", "granska", False, False),
        ("råd", "none", "följa", False, False),
    ]
    law = rows.replace("upp upp ADP 10 compound:prt", "av av ADP 12 case").replace(
        "dem de PRON 10 obj Case=Acc", f"lagen lag NOUN 10 obl {DEF}"
    )
    assert statements(parsed(nlp, law)) == [("råd", "none", "granska", False, False)]


def test_an_intensifier_after_a_repeated_infinitive_marker_is_no_subject(nlp):
    """Round 51 (w50-y E): ``Avdelningschefen har rätt att vidaredelegera uppgiften och att
    själv pröva ärendet.``: ``själv`` (configs/grammar.yaml `intensifiers`) after ``och att``
    is skipped like an adverb: ``pröva`` is the chain's next infinitive, with the chain's
    subject. Without the intensifier the chain is the same."""
    rows = f"""
        Avdelningschefen avdelningschef NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        rätt rätt NOUN 2 obj {IND}
        att att PART 5 mark
        vidaredelegera vidaredelegera VERB 2 advcl {INF}
        uppgiften uppgift NOUN 5 obj {DEF}
        och och CCONJ 10 cc
        att att PART 10 mark
        själv själv ADJ 10 advcl
        pröva pröva VERB 5 conj {INF}
        ärendet ärende NOUN 10 obj {DEF}
        . . PUNCT 2 punct
    """
    expected = [
        ("avdelningschef", "permission", "vidaredelegera", False, False),
        ("avdelningschef", "permission", "pröva", False, False),
    ]
    assert statements(parsed(nlp, rows)) == expected
    plural = (
        rows.replace("Avdelningschefen avdelningschef", "Avdelningscheferna avdelningschef")
        .replace("själv själv", "själva själv")
    )
    assert statements(parsed(nlp, plural)) == expected


def test_a_verb_only_base_form_after_och_in_an_infinitive_chain_is_its_infinitive(nlp):
    """Round 51 (by C3): ``Gatunämnden ansvarar för att planera gator och parker ur ett
    trafikperspektiv och därvid samverka med polisen.``: past a coordination of nouns the
    parser makes ``samverka`` a noun, conjunct of the phrase's noun. A word the lexicon
    inflects only as a verb (`verb_not_noun_base_form`), after the coordinator and adverbs in
    a chain of infinitives and before a preposition, determiner or noun, is the chain's
    infinitive. Negative: ``förskola`` (a noun in -a: ``förskolor``, ``förskolan``) in
    ``driva grundskolor och förskola i tätorterna`` stays a noun."""
    rows = f"""
        Gatunämnden gatunämnd NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 5 mark
        att att PART 5 mark
        planera planera VERB 2 advcl {INF}
        gator gata NOUN 5 obj {IND_PL}
        och och CCONJ 8 cc
        parker park NOUN 6 conj {IND_PL}
        ur ur ADP 11 case
        ett en DET 11 det
        trafikperspektiv trafikperspektiv NOUN 5 obl {IND}
        och och CCONJ 14 cc
        därvid därvid ADV 14 advmod
        samverka samverka NOUN 11 conj {IND}
        med med ADP 16 case
        polisen polis NOUN 5 obl {DEF}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, rows)) == [
        ("gatunämnd", "responsibility", "planera", False, False),
        ("gatunämnd", "responsibility", "samverka", False, False),
    ]
    noun = f"""
        Gatunämnden gatunämnd NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 5 mark
        att att PART 5 mark
        driva driva VERB 2 advcl {INF}
        grundskolor grundskola NOUN 5 obj {IND_PL}
        och och CCONJ 8 cc
        förskola förskola NOUN 6 conj {IND}
        i i ADP 10 case
        tätorterna tätort NOUN 5 obl {DEF_PL}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, noun)) == [("gatunämnd", "responsibility", "driva", False, False)]


def test_the_chain_goes_on_past_a_contact_relative_object(nlp) -> None:
    """``Kansliet ska genomföra det rådet har beslutat, samt i övrigt stödja ordföranden.``
    (analysis 51-ak P4): ``det`` + a subject + a finite verb after the chain's infinitive is
    a relative clause without ``som``, the chain's object; the infinitive after ``, samt`` is
    the chain's conjunct, and the relative clause makes no statement."""
    doc = parsed(
        nlp,
        f"""
        Kansliet kansli NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        genomföra genomföra VERB 7 obj {INF}
        det det DET 5 det
        rådet råd NOUN 3 obj {DEF}
        har ha AUX 7 aux {PRES}
        beslutat besluta VERB 0 ROOT VerbForm=Sup|Voice=Act
        , , PUNCT 7 punct
        samt samt CCONJ 12 cc
        i i ADP 11 case
        övrigt övrig ADJ 12 obl
        stödja stödja VERB 7 conj {INF}
        ordföranden ordförande NOUN 12 obj {DEF}
        . . PUNCT 7 punct
        """,
    )
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["stödja"]
    assert statements(doc) == [
        ("kansli", "obligation", "genomföra", False, False),
        ("kansli", "obligation", "stödja", False, False),
    ]


def test_a_passive_after_a_short_adverbial_shares_the_modal(nlp) -> None:
    """``Rutinen ska utvärderas årligen och vid behov ändras.`` (analysis 51-bq H): after a
    modal's passive infinitive, ``och`` + a short adverbial (preposition + noun) + a lexicon
    verb's s-form with no subject after it is the chain's passive infinitive, whatever the
    tagger read; with a subject after it (``och vid behov ändras rutinen``) it is a V2
    clause of its own."""
    rows = f"""
        Rutinen rutin NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        utvärderas utvärdera VERB 0 ROOT {INF_PASS}
        årligen årligen ADV 3 advmod
        och och CCONJ 8 cc
        vid vid ADP 7 case
        behov behov NOUN 8 obl {IND}
        ändras ändra VERB 3 advcl {PASS}
        {{tail}}
        """
    doc = parsed(nlp, rows.format(tail=". . PUNCT 3 punct"))
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["ändras"]
    assert statements(doc) == [
        (None, "obligation", "utvärdera", False, True),
        (None, "obligation", "ändra", False, True),
    ]
    doc = parsed(nlp, rows.format(tail=f"rutinen rutin NOUN 8 nsubj:pass {DEF}\n. . PUNCT 3 punct"))
    assert [t.text for t in coordinated(doc[2], len(doc))] == []


def test_a_particle_verb_read_as_a_noun_ends_an_infinitive_series(nlp) -> None:
    """``Föreningen får köpa, renovera och hyra ut stugor.`` (analysis 51-ax C8): a word the
    lexicon knows as an infinitive with a particle that is no preposition right after it
    (grammar.yaml `bare_particles`) is the chain's infinitive, though tagged a noun; a noun
    before a preposition (``och hyra för stugor``) is not."""
    rows = f"""
        Föreningen förening NOUN 2 nsubj {DEF}
        får få VERB 0 ROOT {MODAL}
        köpa köpa VERB 2 xcomp {INF}
        , , PUNCT 5 punct
        renovera renovera VERB 3 conj {INF}
        och och CCONJ 7 cc
        hyra hyra NOUN 3 conj {IND}
        {{particle}}
        stugor stuga NOUN 2 obj {IND_PL}
        . . PUNCT 2 punct
        """
    doc = parsed(nlp, rows.format(particle="ut ut ADV 2 advmod"))
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["renovera", "hyra"]
    doc = parsed(nlp, rows.format(particle="för för ADP 9 case"))
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["renovera"]


def test_a_noun_before_upp_till_an_amount_is_no_particle_verb(nlp) -> None:
    """Review 51b must-fix 2: ``Nämnden får besluta om bidrag och hyra upp till ett
    prisbasbelopp.``: ``upp till`` before a number or a quantity word bounds an amount
    (`<matter> upp till <amount>`), so ``hyra`` stays a noun, no infinitive of the chain;
    ``och hyra ut lokaler`` (invented) keeps the particle verb."""
    rows = f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        får få VERB 0 ROOT {MODAL}
        besluta besluta VERB 2 xcomp {INF}
        om om ADP 5 case
        bidrag bidrag NOUN 3 obl {IND}
        och och CCONJ 7 cc
        hyra hyra NOUN 5 conj {IND}
        {{tail}}
        . . PUNCT 2 punct
        """
    amounts = (
        "upp upp ADV 7 advmod\ntill till ADP 11 case\nett en DET 11 det\n"
        f"prisbasbelopp prisbasbelopp NOUN 7 nmod {IND}",
        "upp upp ADV 7 advmod\ntill till ADP 11 case\n500 500 NUM 11 nummod\n"
        f"kvadratmeter kvadratmeter NOUN 7 nmod {IND_PL}",
        "upp upp ADV 7 advmod\ntill till ADP 12 case\nhögst högst ADV 11 advmod\n"
        "tio tio NUM 12 nummod\n"
        f"basbelopp basbelopp NOUN 7 nmod {IND_PL}",
    )
    for tail in amounts:
        doc = parsed(nlp, rows.format(tail=tail))
        assert [t.text for t in coordinated(doc[2], len(doc))] == [], tail
    doc = parsed(nlp, rows.format(tail=f"ut ut ADV 7 advmod\nlokaler lokal NOUN 7 obj {IND_PL}"))
    assert [t.text for t in coordinated(doc[2], len(doc))] == ["hyra"]


def test_a_passive_conjunct_hung_on_a_complex_prepositions_noun(nlp) -> None:
    """``ska utföras i enlighet med avtalet och redovisas till styrelsen``: the parser hangs the
    s-passive after ``och`` on ``enlighet``, the noun of the condition opener ``i enlighet
    med``; it is the conjunct of ``ske`` and shares its modal (analysis 52-ao G3). A noun
    after ``och`` (``i enlighet med lagen och förordningen``) stays the phrase's."""
    doc = parsed(
        nlp,
        f"""
        Kontrollen kontroll NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        ske ske VERB 0 ROOT {INF}
        i i ADP 5 case
        enlighet enlighet NOUN 3 obl {IND}
        med med ADP 7 case
        planen plan NOUN 5 nmod {DEF}
        och och CCONJ 9 cc
        rapporteras rapportera VERB 5 conj {PASS}
        till till ADP 11 case
        nämnden nämnd NOUN 9 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [(None, "obligation", "rapportera")]
    assert [t.text for t in coordinated(doc[2], len(doc) - 1)] == ["rapporteras"]


def test_a_passive_after_a_content_clause_passive_stays_in_that_clause(nlp) -> None:
    """Round 53 (cb-P14, ruling u1): ``Det är sekreterarens uppgift att se till att listorna
    uppdateras och arkiveras.``: the parser hangs ``arkiveras`` on ``se``, but a finite
    s-passive right after ``och`` and the content clause's finite passive continues that
    clause (its subject ``listorna``): only ``se`` is the actor's."""
    doc = parsed(
        nlp,
        f"""
        Det det PRON 4 expl
        är vara AUX 4 cop {PRES}
        sekreterarens sekreterare NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        uppgift uppgift NOUN 0 ROOT {IND}
        att att PART 6 mark
        se se VERB 4 csubj {INF}
        till till ADP 6 compound:prt
        att att SCONJ 10 mark
        listorna lista NOUN 10 nsubj:pass {DEF_PL}
        uppdateras uppdatera VERB 6 ccomp {PASS}
        och och CCONJ 12 cc
        arkiveras arkivera VERB 6 conj {PASS}
        . . PUNCT 4 punct
        """,
    )
    assert [(s[0], s[2]) for s in statements(doc)] == [("sekreterare", "se")]


def test_a_base_form_read_as_a_noun_in_a_list_closed_past_an_adverbial(nlp) -> None:
    """Round 54 (analysis 54-cf D): ``Bolaget skall i övrigt rusta upp, underhålla, sköta
    och vid behov utveckla anläggningarna.``: the tagger reads ``rusta`` as an adjective and
    ``underhålla`` as a noun; the list closes with ``och`` + an adverbial + an infinitive,
    so each base form the lexicon knows is a member: four statements."""
    doc = parsed(
        nlp,
        f"""
        Bolaget bolag NOUN 5 nsubj {DEF}
        skall skola AUX 5 aux {MODAL}
        i i ADP 4 case
        övrigt övrig ADJ 5 obl
        rusta rusta ADJ 15 amod
        upp upp ADV 5 advmod
        , , PUNCT 8 punct
        underhålla underhålla NOUN 5 advcl {IND}
        , , PUNCT 10 punct
        sköta sköta VERB 8 conj {INF}
        och och CCONJ 14 cc
        vid vid ADP 13 case
        behov behov NOUN 14 obl {IND}
        utveckla utveckla VERB 8 conj {INF}
        anläggningarna anläggning NOUN 0 ROOT {DEF_PL}
        . . PUNCT 15 punct
        """,
    )
    assert [(s[0], s[1], s[2]) for s in statements(doc)] == [
        ("bolag", "obligation", aim) for aim in ("rusta", "underhålla", "sköta", "utveckla")
    ]


def test_samt_and_a_listed_infinitive_past_a_noun_coordination(nlp) -> None:
    """Round 54 (analysis 54-cf D): ``Bolaget ska särskilt främja näringslivet … genom
    rådgivning och nätverk samt tillgodose företagens behov av lokaler.``: past the
    coordination of nouns, ``samt`` + an infinitive the grammar lists (``tillgodose``, read
    as a noun) joins the chain: two statements."""
    doc = parsed(
        nlp,
        f"""
        Bolaget bolag NOUN 4 nsubj {DEF}
        ska skola AUX 4 aux {MODAL}
        särskilt särskilt ADV 4 advmod
        främja främja VERB 5 amod {INF}
        näringslivet näringsliv NOUN 0 ROOT {DEF}
        i i ADP 7 case
        trakten trakt NOUN 5 nmod {DEF}
        genom genom ADP 9 case
        rådgivning rådgivning NOUN 7 nmod {IND}
        och och CCONJ 11 cc
        nätverk nätverk NOUN 9 conj {IND}
        samt samt CCONJ 13 cc
        tillgodose tillgodose NOUN 5 conj {IND}
        företagens företag NOUN 15 nmod:poss Case=Gen|Definite=Def|Number=Plur
        behov behov NOUN 13 obj {IND}
        av av ADP 17 case
        lokaler lokal NOUN 15 nmod {IND_PL}
        . . PUNCT 5 punct
        """,
    )
    assert [(s[1], s[2]) for s in statements(doc) if s[0] == "bolag"] == [
        ("obligation", "främja"), ("obligation", "tillgodose")
    ]


def test_round55_middle_infinitive_of_an_asyndetic_list_after_an_attribute(nlp) -> None:
    """Round 55 (analysis 55b-ci R3): ``Kansliet ska pröva ansökningar om stöd, teckna [ADJ]
    avtal, följa upp insatserna.``: the tagger reads the middle infinitive as an attribute of
    its object, which the parser hangs on the previous object's noun; a later comma + the
    tagger's infinitive shows the list of infinitives, so the base form is one of them."""
    doc = parsed(
        nlp,
        f"""
        Kansliet kansli NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        pröva pröva VERB 0 ROOT {INF}
        ansökningar ansökan NOUN 3 obj {IND_PL}
        om om ADP 6 case _
        stöd stöd NOUN 4 nmod {IND}
        , , PUNCT 9 punct _
        teckna teckna ADJ 9 amod Degree=Pos
        avtal avtal NOUN 6 conj {IND}
        , , PUNCT 11 punct _
        följa följa VERB 3 conj {INF}
        upp upp ADP 11 compound:prt _
        insatserna insats NOUN 11 obj {DEF_PL}
        . . PUNCT 3 punct _
        """,
    )
    assert [s[2] for s in statements(doc)] == ["pröva", "teckna", "följa"]


def test_round55_noun_list_after_a_comma_has_no_infinitive(nlp) -> None:
    """Round 55, ci-R3 bound: ``Kansliet ska pröva ansökningar om stöd, lån och borgen.``:
    the nouns after the comma are no infinitives."""
    doc = parsed(
        nlp,
        f"""
        Kansliet kansli NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        pröva pröva VERB 0 ROOT {INF}
        ansökningar ansökan NOUN 3 obj {IND_PL}
        om om ADP 6 case _
        stöd stöd NOUN 4 nmod {IND}
        , , PUNCT 8 punct _
        lån lån NOUN 6 conj {IND}
        och och CCONJ 10 cc _
        borgen borgen NOUN 6 conj {IND}
        . . PUNCT 3 punct _
        """,
    )
    assert [s[2] for s in statements(doc)] == ["pröva"]


def test_a_bare_date_before_an_infinitive_conjunct(nlp) -> None:
    """gen56 B: ``ska granska fakturorna samt den 1 oktober betala dem``: a bare date (``den``
    + day + month, ``15:e``, a year) after the coordinator is a time adverbial; the infinitive
    after it goes on the modal's chain. The real parse: the first infinitive an adjective,
    the object the ROOT, the month a conjunct and the infinitive its attribute."""
    rows = """
    Kansliet kansli NOUN 4 nsubj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    ska skola AUX 4 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    granska granska ADJ 4 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
    fakturorna faktura NOUN 0 ROOT Case=Nom|Definite=Def|Gender=Com|Number=Plur
    samt samt CCONJ 8 cc
    den den DET 8 det Definite=Def|Gender=Com|Number=Sing|PronType=Art
    1 1 NUM 8 nummod
    oktober oktober NOUN 4 conj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    betala betala VERB 8 acl VerbForm=Inf|Voice=Act
    dem de PRON 9 obj Case=Acc|Definite=Def|Number=Plur|PronType=Prs
    . . PUNCT 4 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("kansli", "obligation", "granska"),
        ("kansli", "obligation", "betala"),
    ]
    # no month after the number: no date, no conjunct past it
    undated = rows.replace("oktober oktober NOUN", "paketet paket NOUN")
    assert [s[2] for s in statements(parsed(nlp, undated))] == ["granska"]


# Utskottet ansvarar för att följa de projekt som pågår i kommunen samt värna om deras finansiering.
INFINITIVE_NOUN_AFTER_RELATIVE = """
Utskottet utskott NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
ansvarar ansvara VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
för för ADP 5 mark
att att PART 5 mark
följa följa VERB 2 advcl VerbForm=Inf|Voice=Act
de de DET 7 det Definite=Def|Number=Plur|PronType=Art
projekt projekt NOUN 5 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Plur
som som PRON 9 nsubj PronType=Rel
pågår pågå VERB 7 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
i i ADP 11 case
kommunen kommun NOUN 9 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
samt samt CCONJ 13 cc
värna värna NOUN 2 conj Case=Nom|Definite=Def|Gender=Com|Number=Plur
om om ADP 16 case
deras de PRON 16 nmod:poss Definite=Def|Poss=Yes|PronType=Prs
finansiering finansiering NOUN 13 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
. . PUNCT 2 punct
"""


# Förvaltningen ska samordna de insatser som gäller barn samt unga vuxna.
ADJECTIVE_AFTER_RELATIVE = """
Förvaltningen förvaltning NOUN 3 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
samordna samordna VERB 0 ROOT VerbForm=Inf|Voice=Act
de de DET 5 det Definite=Def|Number=Plur|PronType=Art
insatser insats NOUN 3 obj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
som som PRON 7 nsubj PronType=Rel
gäller gälla VERB 5 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
barn barn NOUN 7 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Plur
samt samt CCONJ 11 cc
unga ung ADJ 11 amod Case=Nom|Definite=Def|Degree=Pos
vuxna vuxen ADJ 8 conj Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
. . PUNCT 3 punct
"""


def test_a_base_form_tagged_noun_after_a_relative_clause_is_the_chains_infinitive(nlp) -> None:
    """Round 57 (analysis 57-cq C): in a `för att` chain, past a relative clause on the
    first infinitive's object, a word in -a that the lexicon inflects only as a verb,
    tagged NOUN by the shipped model and conjoined to the main verb (`värna [NOUN conj] om`),
    before its complement is the chain's next infinitive; `unga` before `vuxna` (an adjective
    in the relative clause's object) is none."""
    doc = parsed(nlp, INFINITIVE_NOUN_AFTER_RELATIVE)
    assert statements(doc) == [("utskott", "responsibility", "följa", False, False),
                               ("utskott", "responsibility", "värna", False, False)]
    doc = parsed(nlp, ADJECTIVE_AFTER_RELATIVE)
    assert statements(doc) == [("förvaltning", "obligation", "samordna", False, False)]


def test_round57_finite_modal_conjunct_opens_its_own_group(nlp) -> None:
    """gen56 rows 9-11: ``samordnar arbetet och får, i samråd med X, besluta om Y``: a finite
    modal the parser hangs on the first finite verb as its ``conj`` opens its own verb group
    (the infinitive past the comma phrase is its aim) and keeps the first verb's subject.
    The shipped model's parse: the first verb ``nsubj`` of the late ROOT infinitive."""
    rows = """
    Förvaltningschefen förvaltningschef NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    samordnar samordnare VERB 12 nsubj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    arbetet arbete NOUN 2 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    och och CCONJ 5 cc
    får få VERB 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    , , PUNCT 8 punct
    i i ADP 8 case
    samråd samråda NOUN 2 parataxis Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    med med ADP 10 case
    kommunstyrelsen kommunstyrelse NOUN 8 nmod Case=Nom|Definite=Def|Gender=Com|Number=Sing
    , , PUNCT 8 punct
    besluta besluta VERB 0 ROOT VerbForm=Inf|Voice=Act
    om om ADP 15 case
    tillfälliga tillfällig ADJ 15 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
    åtgärder åtgärd NOUN 12 obl Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    . . PUNCT 12 punct
    """
    doc = parsed(nlp, rows)
    assert [s[:3] for s in statements(doc)] == [
        ("förvaltningschef", "none", "samordna"),
        ("förvaltningschef", "permission", "besluta"),
    ]
    assert [t.text for t in coordinated(doc[1], len(doc))] == []
    # the comma phrase in the modal's slot is its verb's condition, not the first verb's
    found = find(doc[:], doc._.actors)
    assert [(s.aim, s.condition_span is not None) for s in found] == [
        ("samordna", False),
        ("besluta", True),
    ]
    # a main verb conjunct (no modal) stays the first verb's conjunct
    main = rows.replace("får få VERB", "leder leda VERB")
    assert [t.text for t in coordinated(parsed(nlp, main)[1], 16)] == ["leder"]


def test_inverted_subject_pronoun_after_a_fronted_adverb_in_a_second_main_clause(nlp) -> None:
    """``Styrelsen omprövar planen och sedan fördelar vi pengarna på nytt.`` (round 57,
    analysis57b-co R2; shipped tags: ``omprövar`` an ADV root): after ``och`` + a fronted
    adverb the finite verb is in second place of a main clause of its own whose subject is
    the pronoun after it; it shares no subject with the first conjunct, so it states
    nothing. Negative: an inverted actor there is the verb's own subject (``och därefter
    beslutar styrelsen``)."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        omprövar ompröva ADV 0 ROOT
        planen plan NOUN 2 obj {DEF}
        och och CCONJ 6 cc
        sedan sedan ADV 6 advmod
        fördelar fördela VERB 2 conj {PRES}
        vi vi PRON 6 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Plur|PronType=Prs
        pengarna pengar NOUN 6 obj {DEF_PL}
        på på ADP 10 case
        nytt ny ADJ 8 nmod Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "ompröva")]
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        bereder bereda VERB 0 ROOT {PRES}
        ärendet ärende NOUN 2 obj {DEF}
        och och CCONJ 6 cc
        därefter därefter ADV 6 advmod
        beslutar besluta VERB 2 conj {PRES}
        styrelsen styrelse NOUN 6 obj {DEF}
        om om ADP 9 case
        det den PRON 6 obl Definite=Def|Gender=Neut|Number=Sing|PronType=Prs
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [
        ("nämnd", "none", "bereda"),
        ("styrelse", "none", "besluta"),
    ]


# Round 57 (analysis57-cp C3): the shipped model's parse of a bracketed gloss between two
# coordinated predicates: the first verb a noun conjunct of the subject, the gloss's `har`
# the root, the verb after `och` its conjunct.
GLOSS_BETWEEN_PREDICATES = """
Ledamöterna ledamot NOUN 8 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Plur
, , PUNCT 3 punct
ersättarna ersättare NOUN 1 conj Case=Nom|Definite=Def|Gender=Com|Number=Plur
och och CCONJ 5 cc
ordföranden ordförande NOUN 3 conj Case=Nom|Definite=Def|Gender=Com|Number=Sing
sammanträder sammanträda NOUN 1 conj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
( ( PUNCT 6 punct
har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
ett en DET 10 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
möte möte NOUN 8 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
) ) PUNCT 8 punct
och och CCONJ 13 cc
fattar fatta VERB 8 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
beslut beslut NOUN 13 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
om om ADP 16 case
taxorna taxa NOUN 13 obl Case=Nom|Definite=Def|Gender=Com|Number=Plur
. . PUNCT 8 punct
"""

GLOSS_BEFORE_A_CLAUSE_OF_ITS_OWN = """
Styrelsen styrelse NOUN 2 nmod Case=Nom|Definite=Def|Gender=Com|Number=Sing
sammanträder sammanträda NOUN 0 ROOT Case=Nom|Definite=Ind|Gender=Com|Number=Plur
( ( PUNCT 2 punct
vanligen vanligen ADV 6 advmod
i i ADP 6 case
mars mars NOUN 2 parataxis Case=Nom|Definite=Ind|Gender=Com|Number=Sing
) ) PUNCT 2 punct
och och CCONJ 10 cc
ordföranden ordförande NOUN 10 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
leder leda VERB 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
mötet möte NOUN 10 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
. . PUNCT 2 punct
"""


def test_a_bracketed_gloss_between_predicates_leaves_the_second_the_first_ones_subject(
    nlp,
) -> None:
    """``A, B och C sammanträder (har ett möte) och fattar beslut``: the bracket glosses the
    verb before it; the verb after the coordinator shares that verb's subject, whatever the
    parser made of the gloss. After the gloss a clause with its own subject keeps it."""
    doc = parsed(nlp, GLOSS_BETWEEN_PREDICATES)
    found = statements(doc)
    for actor in ("ledamot", "ersättare", "ordförande"):
        assert (actor, "none", "fatta", False, False) in found
    assert not any(s[2] == "ha" for s in found)
    other = statements(parsed(nlp, GLOSS_BEFORE_A_CLAUSE_OF_ITS_OWN))
    assert ("ordförande", "none", "leda", False, False) in other
    assert ("styrelse", "none", "leda", False, False) not in other


def test_review57_one_predicate_reads_a_noun_tagged_present(nlp) -> None:
    """Review 57 S4: verb_fallbacks' `noun_tagged_present`, shared by agents, coordination
    and items, reads a present the shipped model tagged NOUN by its lemma (``utser`` of
    ``utse``, ``begär`` of ``begära``, the latter in the 2nd main clause after ``, och``),
    never a noun (``yttranden``, ``sekreterare``); ``sammanträder`` (lemma ``sammanträda``)
    is left to `present_by_spelling`. Tags as the shipped model gives them, after a fronted
    adverbial."""
    doc = parsed(
        nlp,
        """
        Efter efter ADP 2 case
        valet val NOUN 3 obl Case=Nom|Definite=Def|Gender=Neut|Number=Sing
        sammanträder sammanträda NOUN 4 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Plur
        styrelsen styrelse NOUN 0 ROOT Case=Nom|Definite=Def|Gender=Com|Number=Sing
        och och CCONJ 6 cc
        utser utse NOUN 4 conj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
        en en DET 8 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
        sekreterare sekreterare NOUN 4 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
        , , PUNCT 11 punct
        och och CCONJ 11 cc
        kommunstyrelsen kommunstyrelse NOUN 4 conj Case=Nom|Definite=Def|Gender=Com|Number=Sing
        begär begära NOUN 13 amod Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
        yttranden yttrande NOUN 11 obj Case=Nom|Definite=Def|Gender=Com|Number=Sing
        . . PUNCT 4 punct
        """,
    )
    read = [t.text for t in doc if noun_tagged_present(t)]
    assert read == ["utser", "begär"]


def test_fix57f_finite_modal_after_v1_condition_keeps_no_subject(nlp) -> None:
    """fix57f: ``Anser X att …, får hon V`` – a finite modal the parser hangs on a
    verb-first condition's verb as its ``conj`` is the main clause after the condition's
    comma, with its own (pronoun) subject right after it: it keeps no earlier subject, and
    the pronoun subject gives no statement (§5.1 round 37 B1). The shipped model's parse
    (the person noun read as an adposition)."""
    rows = """
    Anser Anse VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    ledamot ledamot ADP 1 advmod
    att att SCONJ 5 mark
    hon hon PRON 5 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing|PronType=Prs
    blivit bli VERB 1 ccomp VerbForm=Sup|Voice=Act
    felaktigt felaktig ADV 7 advmod Degree=Pos
    behandlad behandla ADJ 5 xcomp Case=Nom|Definite=Ind|Degree=Pos|Gender=Com|Number=Sing|Tense=Past|VerbForm=Part
    , , PUNCT 9 punct
    får få VERB 1 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    hon hon PRON 11 advmod Case=Nom|Definite=Def|Gender=Com|Number=Sing|PronType=Prs
    överklaga överklaga VERB 9 xcomp VerbForm=Inf|Voice=Act
    beslutet beslut NOUN 11 obj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
    . . PUNCT 1 punct
    """
    doc = parsed(nlp, rows)
    assert statements(doc) == []
    assert [t.text for t in coordinated(doc[0], len(doc))] == ["får"]
    # the same without the pronoun: the comma after a verb-first opening still closes
    # the condition, so the modal keeps no subject of the condition's verb
    bare = rows.replace("    hon hon PRON 11 advmod", "    då då ADV 11 advmod").replace(
        "Case=Nom|Definite=Def|Gender=Com|Number=Sing|PronType=Prs\n    överklaga", "\n    överklaga"
    )
    assert [t.text for t in coordinated(parsed(nlp, bare)[0], len(doc))] == ["får"]


def test_second_main_clause_with_distributive_or_adverb_tagged_subject(nlp) -> None:
    """w58a E/G: after ``, och`` and a fronted time or place phrase a finite verb opens a
    main clause of its own when a distributive partitive over an actor (``var och en av
    ledamöterna``) or an actor the tagger calls an adverb (``kommundirektör`` [ADV] before a
    personal name) follows it: that is its subject, not the first clause's."""
    rows = """
    Styrelsen styrelse NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    sju sju NUM 4 nummod Case=Nom
    ledamöter ledamot NOUN 2 obj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    , , PUNCT 9 punct
    och och CCONJ 9 cc
    sedan sedan ADV 8 advmod
    2026 2026 NUM 9 obl Case=Nom|NumType=Card
    leder leda VERB 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    var vara PRON 9 advmod Definite=Ind|Gender=Com|Number=Sing|PronType=Tot
    och och CCONJ 12 cc
    en man PRON 10 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 14 case
    ledamöterna ledamot NOUN 12 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
    ett en DET 16 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
    utskott utskott NOUN 9 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("styrelse", "none", "ha"),
        ("ledamot", "none", "leda"),
    ]
    titled = """
    Kommunen kommun NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
    äger äga VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    två två NUM 4 nummod Case=Nom|NumType=Card
    bolag bolag NOUN 2 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Plur
    , , PUNCT 9 punct
    och och CCONJ 9 cc
    i i ADP 8 case
    kommunen kommun NOUN 9 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    ansvarar ansvara VERB 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    kommundirektör kommundirektör ADV 9 advmod
    Ola ola VERB 9 obj Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
    Ek eka PROPN 11 flat:name Case=Nom
    för för ADP 14 case
    samordningen samordning NOUN 9 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    . . PUNCT 2 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, titled))] == [
        ("kommun", "none", "äga"),
        ("kommundirektör", "none", "ansvara"),
    ]
    # a plain object after the V2 verb (no actor) keeps the shared subject
    shared = rows.replace("ledamöterna ledamot NOUN", "rummen rum NOUN")
    assert ("styrelse", "none", "leda") in [s[:3] for s in statements(parsed(nlp, shared))]


def test_a_gapped_prepositional_conjunct_after_a_comma_repeats_the_verb(nlp) -> None:
    """Round 58 (fix58b, newuser58 fault 3; docs/annotation.md §5.2 round 47): ``Styrelsen
    yttrar sig i stora frågor, och kanslichefen i mindre frågor``: after ``, och`` an actor
    and a phrase of the first conjunct's preposition repeat ``yttrar``; the parser hangs
    ``kanslichefen`` on the first phrase's noun as its conjunct."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        yttrar yttra VERB 0 ROOT {PRES}
        sig sig PRON 2 obj Case=Acc|PronType=Prs|Reflex=Yes
        i i ADP 6 case
        stora stor ADJ 6 amod Degree=Pos
        frågor fråga NOUN 2 obl {IND_PL}
        , , PUNCT 9 punct
        och och CCONJ 9 cc
        kanslichefen kanslichef NOUN 6 conj {DEF}
        i i ADP 12 case
        mindre liten ADJ 12 amod Degree=Cmp
        frågor fråga NOUN 9 nmod {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("styrelse", "none", "yttra", False, False),
        ("kanslichef", "none", "yttra", False, False),
    ]


def test_a_gapped_conjunct_after_comma_medan_repeats_the_verb(nlp) -> None:
    """Round 58 (fix58b): ``Styrelsen svarar för driften, medan bolaget för skötseln``: after
    a comma ``medan`` (configs/grammar.yaml `gapping_subordinators`) opens a gapped conjunct
    too."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        svarar svara VERB 0 ROOT {PRES}
        för för ADP 4 case
        driften drift NOUN 2 obl {DEF}
        , , PUNCT 7 punct
        medan medan SCONJ 7 mark
        bolaget bolag NOUN 2 advcl {DEF}
        för för ADP 9 case
        skötseln skötsel NOUN 7 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("styrelse", "responsibility", "svara", False, False),
        ("bolag", "responsibility", "svara", False, False),
    ]


def test_an_actor_after_och_in_a_prepositional_object_is_no_gapped_subject(nlp) -> None:
    """Round 58 (fix58b), negative: ``Styrelsen samverkar med regionen och landstinget i
    dessa frågor``: ``landstinget`` is a conjunct of ``regionen`` (the first conjunct has no
    ``i``-phrase, and the word before ``och`` ends an actor): no gapping."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        samverkar samverka VERB 0 ROOT {PRES}
        med med ADP 4 case
        regionen region NOUN 2 obl {DEF}
        och och CCONJ 6 cc
        landstinget landsting NOUN 4 conj {DEF}
        i i ADP 9 case
        dessa denna DET 9 det Definite=Def|Number=Plur|PronType=Dem
        frågor fråga NOUN 6 nmod {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("styrelse", "none", "samverka", False, False)]


def test_a_second_conjunct_with_its_own_verb_is_no_gapped_conjunct(nlp) -> None:
    """Round 58 (fix58b), negative: ``Styrelsen yttrar sig i stora frågor, och kanslichefen
    bereder ärendena i mindre frågor``: the second conjunct has a verb of its own."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        yttrar yttra VERB 0 ROOT {PRES}
        sig sig PRON 2 obj Case=Acc|PronType=Prs|Reflex=Yes
        i i ADP 6 case
        stora stor ADJ 6 amod Degree=Pos
        frågor fråga NOUN 2 obl {IND_PL}
        , , PUNCT 10 punct
        och och CCONJ 10 cc
        kanslichefen kanslichef NOUN 10 nsubj {DEF}
        bereder bereda VERB 2 conj {PRES}
        ärendena ärende NOUN 10 obj {DEF_PL}
        i i ADP 14 case
        mindre liten ADJ 14 amod Degree=Cmp
        frågor fråga NOUN 10 obl {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("styrelse", "none", "yttra", False, False),
        ("kanslichef", "none", "bereda", False, False),
    ]


def test_a_gapped_conjunct_after_an_actor_of_the_same_preposition_repeats_the_verb(nlp) -> None:
    """Round 58 (fix58b; docs/annotation.md §5.2 round 47): ``Styrgruppen består av chefer och
    referensgruppen av brukare``: the actor before ``och`` is the object of the remnant's own
    preposition ``av``, so the phrases are parallel and ``referensgruppen`` a second
    subject."""
    doc = parsed(
        nlp,
        f"""
        Styrgruppen styrgrupp NOUN 2 nsubj {DEF}
        består bestå VERB 0 ROOT {PRES}
        av av ADP 4 case
        chefer chef NOUN 2 obl {IND_PL}
        och och CCONJ 6 cc
        referensgruppen referensgrupp NOUN 4 conj {DEF}
        av av ADP 8 case
        brukare brukare NOUN 6 nmod {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("styrgrupp", "none", "bestå", False, False),
        ("referensgrupp", "none", "bestå", False, False),
    ]
