"""The parts of a statement around one verb group (pipeline/nlp/statement_parts.py): containing
cues, negated conjuncts, the implicit actor of a passive or none (a possibility), on
hand-parsed invented sentences (`parsed()`: rows `word lemma UPOS head dep [morph]`)."""

from __future__ import annotations

from pipeline.nlp.statement_parts import broken_off_complement
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

NEG = "Polarity=Neg"


def test_negated_infinitive_conjunct_is_a_prohibition(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        fastställa fastställa VERB 0 ROOT {INF}
        budgeten budget NOUN 3 obj {DEF}
        men men CCONJ 7 cc
        inte inte PART 7 advmod
        besluta besluta VERB 3 conj {INF}
        om om ADP 9 case
        anställningar anställning NOUN 7 obl Definite=Ind|Number=Plur
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("styrelse", "obligation", "fastställa", False, False),
        ("styrelse", "prohibition", "besluta", True, False),
    ]


def test_inline_tasks_contained_in_an_actors_task_noun_are_its_responsibility(nlp) -> None:
    # cause 10: "I X:s uppgifter ingår NP" inline reads like the colon lead-in (§5.1)
    doc = parsed(
        nlp,
        f"""
        I i ADP 3 case
        kansliets kansli NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        uppgifter uppgift NOUN 4 obl {IND_PL}
        ingår ingå VERB 0 ROOT {PRES}
        också också ADV 4 advmod
        arkivfrågor arkivfråga NOUN 4 nsubj {IND_PL}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("kansli", "responsibility", "ansvara", False, False)]


def test_an_inline_contained_infinitive_describes_the_role(nlp) -> None:
    # the dev gold (a real instruction): "I X:s uppdrag ingår att vara …" has no statement
    doc = parsed(
        nlp,
        f"""
        I i ADP 3 case
        styrelsens styrelse NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        uppgifter uppgift NOUN 4 obl {IND_PL}
        ingår ingå VERB 0 ROOT {PRES}
        bland bland ADP 6 case
        annat annan PRON 4 obl
        att att PART 8 mark
        följa följa VERB 4 csubj {INF}
        upp upp ADP 8 compound:prt
        budgeten budget NOUN 8 obj {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == []


def test_a_task_noun_of_a_thing_gives_no_statement(nlp) -> None:
    # "I chefskapet ingår …": the possessor is no actor (§5.1)
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        chefskapet chefskap NOUN 3 obl {DEF}
        ingår ingå VERB 0 ROOT {PRES}
        arkivfrågor arkivfråga NOUN 3 nsubj {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == []


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


def test_a_raising_verb_passes_the_aim_to_its_infinitive_and_cancels_the_modal(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunstyrelsen kommunstyrelse NOUN 3 nsubj:pass
        kan kunna AUX 3 aux VerbForm=Fin|Tense=Pres
        sägas säga VERB 0 ROOT VerbForm=Inf|Voice=Pass
        vara vara AUX 6 cop VerbForm=Inf
        kommunens kommun NOUN 6 nmod:poss Case=Gen
        motor motor NOUN 3 xcomp
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("kommunstyrelse", "none", "vara", False, False)]
    needs = """
    Kommunchefen kommunchef NOUN 2 nsubj
    behöver behöva VERB 0 ROOT VerbForm=Fin|Tense=Pres
    ha ha VERB 2 xcomp VerbForm=Inf
    kännedom kännedom NOUN 3 obj
    """
    assert statements(parsed(nlp, needs)) == [("kommunchef", "none", "ha", False, False)]


def test_a_raising_verb_before_an_inverted_subject(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Vidare vidare ADV 2 advmod
        behöver behöva VERB 0 ROOT VerbForm=Fin|Tense=Pres
        kommunen kommun NOUN 2 nsubj
        även även ADV 5 advmod
        ha ha VERB 2 xcomp VerbForm=Inf
        en en DET 7 det
        valnämnd valnämnd NOUN 5 obj
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("kommun", "none", "ha", False, False)]


def test_raising_verb_slot_skips_a_prepositional_phrase(nlp) -> None:
    """``behöver vid varje möte göra``: as in the modal's slot, adverbials (a preposition and
    its noun phrase) may stand between a raising verb and its infinitive, the aim."""
    doc = parsed(
        nlp,
        """
        Sekreteraren sekreterare NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        behöver behöva VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        vid vid ADP 5 case
        varje varje DET 5 det
        möte möte NOUN 6 obl Case=Nom|Definite=Ind|Number=Sing
        föra föra VERB 2 xcomp VerbForm=Inf|Voice=Act
        protokoll protokoll NOUN 6 obj Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("sekreterare", "none", "föra", False, False)]


def test_raising_verb_slot_skips_a_negation(nlp) -> None:
    """``behöver inte delta``, ``behöver heller inte``: the negation particle (PART) stands
    in the raising verb's slot; the infinitive is the aim, negated (round 19 cause B3)."""
    doc = parsed(
        nlp,
        """
        Ombudet ombud NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        behöver behöva VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        heller heller ADV 2 advmod
        inte inte PART 2 advmod Polarity=Neg
        delta delta VERB 2 xcomp VerbForm=Inf|Voice=Act
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("ombud", "none", "delta", True, False)]


def test_perfect_infinitive_after_a_modal_has_the_supine_as_aim(nlp) -> None:
    """``ska ha granskat``: infinitive ``ha`` + supine is the perfect, the supine the aim
    (round 19 cause B5); ``ska ha kunskap`` keeps ``ha``."""
    doc = parsed(
        nlp,
        """
        Revisorn revisor NOUN 4 nsubj Case=Nom|Definite=Def|Number=Sing
        ska skola AUX 4 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        ha ha AUX 4 aux VerbForm=Inf|Voice=Act
        granskat granska VERB 0 ROOT VerbForm=Sup|Voice=Act
        räkenskaperna räkenskap NOUN 4 obj Case=Nom|Definite=Def|Number=Plur
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("revisor", "obligation", "granska", False, False)]
    doc = parsed(
        nlp,
        """
        Revisorn revisor NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
        ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        ha ha VERB 0 ROOT VerbForm=Inf|Voice=Act
        kunskap kunskap NOUN 3 obj Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("revisor", "obligation", "ha", False, False)]


def test_a_finite_att_clause_after_the_cues_infinitives_is_a_responsibility(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Förvaltningschefen förvaltningschef NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 5 mark
        att att PART 5 mark
        leda leda VERB 2 advcl {INF}
        och och CCONJ 7 cc
        samordna samordna VERB 5 conj {INF}
        arbetet arbete NOUN 7 obj {DEF}
        och och CCONJ 12 cc
        att att SCONJ 12 mark
        personalen personal NOUN 12 nsubj {DEF}
        får få VERB 5 conj {PRES}
        utbildning utbildning NOUN 12 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("förvaltningschef", "responsibility", "leda", False, False),
        ("förvaltningschef", "responsibility", "samordna", False, False),
        ("förvaltningschef", "responsibility", "ansvara", False, False),
    ]


def test_round56_a_repeated_for_att_clause_after_a_series_is_a_responsibility(nlp) -> None:
    """Round 56 (analysis 56b-cm R1): ``… samt INF, INF och för att NP V-fin``: the cue's
    ``för`` repeated after the coordinator opens an ``att``-clause with its own subject, a
    responsibility of its own (``ansvara``), also where the tagger read an infinitive of the
    series as a noun (``sopa`` NOUN) and hung the clause's verb on the cue's verb; a comma +
    ``för att`` (a purpose clause) gives none."""
    rows = f"""
        Enheten enhet NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 5 mark
        att att PART 5 mark
        laga laga VERB 2 advcl {INF}
        gatorna gata NOUN 5 obj {DEF_PL}
        samt samt CCONJ 8 cc
        tvätta tvätta VERB 5 conj {INF}
        , , PUNCT 10 punct
        sopa sopa NOUN 8 conj Definite=Ind|Number=Sing
        {{joint}} {{joint}} {{joint_pos}} 15 {{joint_dep}}
        för för ADP 15 mark
        att att SCONJ 15 mark
        belysningen belysning NOUN 15 nsubj {DEF}
        fungerar fungera VERB 2 conj {PRES}
        . . PUNCT 2 punct
        """
    doc = parsed(nlp, rows.format(joint="och", joint_pos="CCONJ", joint_dep="cc"))
    assert statements(doc) == [
        ("enhet", "responsibility", "laga", False, False),
        ("enhet", "responsibility", "tvätta", False, False),
        ("enhet", "responsibility", "sopa", False, False),
        ("enhet", "responsibility", "ansvara", False, False),
    ]
    doc = parsed(nlp, rows.format(joint=",", joint_pos="PUNCT", joint_dep="punct"))
    assert ("enhet", "responsibility", "ansvara", False, False) not in statements(doc)


def test_the_future_kommer_att_carries_the_aim_and_no_cue(nlp) -> None:
    """``Nämnden kommer inte att anta planen`` (round 21, D2): the future ``kommer att``
    (`future_auxiliaries`) is no modal; the infinitive after its ``att`` is the aim."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        kommer komma VERB 0 ROOT {PRES}
        inte inte PART 2 advmod Polarity=Neg
        att att PART 5 mark
        anta anta VERB 2 xcomp {INF}
        planen plan NOUN 5 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "anta", True, False)]


def test_possibility_kan_with_an_inverted_non_actor_subject_gives_no_statement(nlp) -> None:
    """``Vid behov kan extra möten sammankallas`` (round 23, E7): after a fronted adverbial
    the non-actor subject of possibility `kan` + s-passive stands between the modal and
    the passive infinitive; what may happen, no statement (docs/annotation.md §5.3)."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        behov behov NOUN 6 obl {IND}
        kan kunna AUX 6 aux {MODAL}
        extra extra ADJ 5 amod
        möten möte NOUN 6 nsubj:pass {IND_PL}
        sammankallas sammankalla VERB 0 ROOT {INF_PASS}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == []


def test_possibility_kan_with_an_inverted_actor_subject_keeps_its_agent(nlp) -> None:
    """``Vid behov kan nämnden sammankallas av ordföranden`` (round 23, E7): an actor subject
    keeps the permission, the ``av``-agent its actor."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        behov behov NOUN 5 obl {IND}
        kan kunna AUX 5 aux {MODAL}
        nämnden nämnd NOUN 5 nsubj:pass {DEF}
        sammankallas sammankalla VERB 0 ROOT {INF_PASS}
        av av ADP 7 case
        ordföranden ordförande NOUN 5 obl:agent {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("ordförande", "permission", "sammankalla", False, True)]


def test_owned_responsibility_noun_defined_by_att_gives_no_statement(nlp) -> None:
    """``Valda kassörers ansvar är att föra kassaboken`` (round 29, B10): a task noun owned
    by an actor as the subject of a copula + ``att`` gives no statement (§5.1); ``Nämndens
    ansvar omfattar skolan`` keeps its responsibility."""
    doc = parsed(
        nlp,
        f"""
        Valda välja ADJ 2 amod Definite=Def|Degree=Pos
        kassörers kassör NOUN 3 nmod:poss Case=Gen|Definite=Ind|Number=Plur
        ansvar ansvar NOUN 4 nsubj {IND}
        är vara AUX 0 ROOT {PRES}
        att att PART 6 mark
        föra föra VERB 4 xcomp {INF}
        kassaboken kassabok NOUN 6 obj {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == []
    doc = parsed(
        nlp,
        f"""
        Nämndens nämnd NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ansvar ansvar NOUN 3 nsubj {IND}
        omfattar omfatta VERB 0 ROOT {PRES}
        skolan skola NOUN 3 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("nämnd", "responsibility", "ansvara", False, False)]


def test_finite_passive_conjunct_keeps_its_own_agent(nlp) -> None:
    """``Protokollet förs av sekreteraren och justeras av ordföranden`` (round 30, B1): the
    tagger reads the conjunct's s-form as the infinitive; a conjunct of a finite passive is
    finite too and keeps its own ``av``-agent, never the next one's (docs/annotation.md §5.2)."""
    doc = parsed(
        nlp,
        f"""
        Protokollet protokoll NOUN 2 nsubj:pass {DEF}
        förs föra VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 4 case
        sekreteraren sekreterare NOUN 2 obl:agent {DEF}
        och och CCONJ 6 cc
        justeras justera VERB 2 conj {INF_PASS}
        av av ADP 8 case
        ordföranden ordförande NOUN 6 obl:agent {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("sekreterare", "none", "föra", False, True),
        ("ordförande", "none", "justera", False, True),
    ]


def test_finite_passive_with_agent_before_an_agentless_conjunct(nlp) -> None:
    """``Arvodet bestäms av stämman och betalas ut kvartalsvis`` (round 30, B1): the first
    passive keeps its agent; the conjunct after it has none (§5.2: an ``av``-agent is never
    shared by a later conjunct), so with a subject that is no actor it states nothing."""
    doc = parsed(
        nlp,
        f"""
        Arvodet arvode NOUN 2 nsubj {DEF}
        bestäms bestämma VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 4 case
        stämman stämma NOUN 2 obl {DEF}
        och och CCONJ 6 cc
        betalas betala VERB 2 conj {INF_PASS}
        ut ut ADV 6 compound:prt
        kvartalsvis kvartalsvis ADV 6 advmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("stämma", "none", "bestämma", False, True)]


def test_vill_with_infinitive_past_a_phrase_is_no_cue(nlp) -> None:
    """Round 37 (aq-B2, docs/annotation.md §5.3): ``vill`` + infinitive is no cue, like the
    raising verbs; the infinitive past a prepositional phrase is the aim, also when the tagger
    reads it as a participle (``lyfta`` [ADJ])."""
    doc = parsed(
        nlp,
        f"""
        Pensionärsrådet pensionärsråd NOUN 2 nsubj {DEF}
        vill vilja AUX 0 ROOT {PRES}
        under under ADP 4 case
        året år NOUN 5 obl {DEF}
        lyfta lyft ADJ 6 amod Case=Nom|Degree=Pos|Tense=Past|VerbForm=Part
        frågor fråga NOUN 2 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("pensionärsråd", "none", "lyfta", False, False)]


def test_epistemic_perfect_after_modal_is_no_statement(nlp) -> None:
    """Round 38 (B4, docs/annotation.md §5.3): ``kan``/``bör``/``måste`` … + ``ha`` + a
    supine is a possibility or inference about the past: no cue, no statement; ``ha`` + a
    noun stays the main verb."""
    doc = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 4 nsubj {DEF}
        kan kunna AUX 4 aux {MODAL}
        ha ha AUX 4 aux {INF}
        glömt glömma VERB 0 ROOT VerbForm=Sup|Voice=Act
        kvittot kvitto NOUN 4 obj {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == []
    doc = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 3 nsubj {DEF}
        bör böra AUX 3 aux {MODAL}
        ha ha VERB 0 ROOT {INF}
        en en DET 5 det
        ersättare ersättare NOUN 3 obj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("kassör", "recommendation", "ha", False, False)]


def test_an_av_agent_is_shared_only_by_a_bare_passive_conjunct(nlp) -> None:
    """Round 39 (U2): ``Ansökan ska diarieföras vid ankomsten och prövas av nämnden``: the
    first passive has an adverbial of its own (hung on it), so the agent after the second is
    the second's alone and the first keeps the implicit actor of its cue; ``Bidrag ska
    beredas och beviljas av styrelsen`` (the second read as finite): joined by a bare ``och``,
    both share the agent (docs/annotation.md §5.2)."""
    doc = parsed(
        nlp,
        f"""
        Ansökan ansökan NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        diarieföras diarieföra VERB 0 ROOT {INF_PASS}
        vid vid ADP 5 case
        ankomsten ankomst NOUN 3 obl {DEF}
        och och CCONJ 7 cc
        prövas pröva VERB 5 conj {INF_PASS}
        av av ADP 9 case
        nämnden nämnd NOUN 7 obl:agent {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        (None, "obligation", "diarieföra", False, True),
        ("nämnd", "obligation", "pröva", False, True),
    ]
    doc = parsed(
        nlp,
        f"""
        Bidrag bidrag NOUN 3 nsubj:pass {IND}
        ska skola AUX 3 aux {MODAL}
        beredas bereda VERB 0 ROOT {INF_PASS}
        och och CCONJ 5 cc
        beviljas bevilja VERB 3 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 7 case
        styrelsen styrelse NOUN 5 obl:agent {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("styrelse", "obligation", "bereda", False, True),
        ("styrelse", "obligation", "bevilja", False, True),
    ]


def test_an_infinitive_tagged_s_form_after_a_finite_passive_is_its_finite_conjunct(nlp) -> None:
    """Round 39 (U2): ``Ansökan diarieförs vid ankomsten och prövas av nämnden`` with
    ``prövas`` read as an infinitive and hung on the noun before it: the finite passive's
    conjunct opens its own group and takes its own agent; the first, agentless and with no
    cue nor actor subject, gives nothing."""
    doc = parsed(
        nlp,
        f"""
        Ansökan ansökan NOUN 2 nsubj:pass {DEF}
        diarieförs diarieföra VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        vid vid ADP 4 case
        ankomsten ankomst NOUN 2 obl {DEF}
        och och CCONJ 6 cc
        prövas pröva VERB 4 conj {INF_PASS}
        av av ADP 8 case
        nämnden nämnd NOUN 6 obl:agent {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "pröva", False, True)]


def test_an_s_form_conjunct_of_a_copula_or_active_verb_shares_its_subject(nlp) -> None:
    """Round 48 (analysis 48-y cause B): ``Utskottet är nämndens beredningsorgan och
    sammankallas av sekreteraren``: an s-form right after ``och``, hung on the predicative
    noun, is the finite passive conjunct of the main clause's copula too (its own agent);
    ``Kommittén sammanträder varje vår och hålls [NOUN] i Ekby``: an s-form the tagger reads
    as a noun, spelled only as a verb's s-form (`s_passive_spelling`), is that conjunct with
    the shared subject as actor, and the ``om`` of ``om året och hålls`` opens no condition;
    a noun in -s after ``och`` (``kurs``: a base form) is none."""
    doc = parsed(
        nlp,
        f"""
        Utskottet utskott NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        nämndens nämnd NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        beredningsorgan beredningsorgan NOUN 0 ROOT {IND}
        och och CCONJ 6 cc
        sammankallas sammankalla VERB 4 conj {INF_PASS}
        av av ADP 8 case
        sekreteraren sekreterare NOUN 6 obl:agent {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [
        ("utskott", "none", "vara", False, False),
        ("sekreterare", "none", "sammankalla", False, True),
    ]
    rows = f"""
        Kommittén kommitté NOUN 2 nsubj {DEF}
        sammanträder sammanträda VERB 0 ROOT {PRES}
        en en DET 4 det
        gång gång NOUN 2 obl {IND}
        om om ADP 6 case
        året år NOUN 4 nmod {DEF}
        och och CCONJ 8 cc
        hålls hållas NOUN 6 conj {IND}
        i i ADP 10 case
        Ekby Ekby PROPN 8 nmod
        . . PUNCT 2 punct
        """
    doc = parsed(nlp, rows)
    assert statements(doc) == [
        ("kommitté", "none", "sammanträda", False, False),
        ("kommitté", "none", "hålla", False, True),
    ]
    assert [s.condition_span for sentence in doc.sents for s in find(sentence, doc._.actors)] == [
        None,
        None,
    ]
    noun = parsed(nlp, rows.replace("hålls hållas NOUN", "kurs kurs NOUN"))
    assert statements(noun) == [("kommitté", "none", "sammanträda", False, False)]
    # after a relative clause's verb the s-form read as a noun stays a noun: only a main
    # clause's finite verb shares its subject with such a conjunct
    relative = parsed(
        nlp,
        f"""
        Kommittén kommitté NOUN 11 nsubj {DEF}
        , , PUNCT 4 punct
        som som PRON 4 nsubj
        sammanträder sammanträda VERB 1 acl:relcl {PRES}
        varje varje DET 6 det
        vår vår NOUN 4 obl {IND}
        och och CCONJ 8 cc
        hålls hållas NOUN 6 conj {IND}
        , , PUNCT 4 punct
        ska skola AUX 11 aux {MODAL}
        rapportera rapportera VERB 0 ROOT {INF}
        . . PUNCT 11 punct
        """,
    )
    assert statements(relative) == [("kommitté", "obligation", "rapportera", False, False)]


def test_a_raising_verbs_coordinated_infinitives_are_each_an_aim(nlp) -> None:
    """Round 39 (B2): ``Förbundet vill samordna inköpen och upphandla gemensamt``: past
    ``vill`` the infinitive and each infinitive coordinated with it are aims (none)."""
    doc = parsed(
        nlp,
        f"""
        Förbundet förbund NOUN 3 nsubj {DEF}
        vill vilja AUX 3 aux {PRES}
        samordna samordna VERB 0 ROOT {INF}
        inköpen inköp NOUN 3 obj {DEF_PL}
        och och CCONJ 6 cc
        upphandla upphandla VERB 3 conj {INF}
        gemensamt gemensam ADV 6 advmod
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("förbund", "none", "samordna", False, False),
        ("förbund", "none", "upphandla", False, False),
    ]


def test_a_verb_only_base_form_tagged_a_definite_noun_after_vill_is_an_aim(nlp) -> None:
    """Round 51 (analysis 51-bo G): ``Nämnden vill bevara arkiven och ordna dem.``: the
    tagger reads the first infinitive as a definite noun subject; a word the lexicon knows
    only as a verb's base form (`verb_not_noun_base_form`) is still the aim, beside its
    conjunct."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        vill vilja VERB 0 ROOT {PRES}
        bevara bevara NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Plur
        arkiven arkiv NOUN 3 nsubj {DEF_PL}
        och och CCONJ 6 cc
        ordna ordna VERB 3 conj {INF}
        dem de PRON 6 obj
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "none", "bevara", False, False),
        ("nämnd", "none", "ordna", False, False),
    ]


def test_a_modal_perfect_passive_takes_its_av_agent(nlp) -> None:
    """Round 39 (B3): ``Budgeten ska ha fastställts av styrelsen``: the s-passive supine
    after ``ska ha`` makes the ``av``-agent the actor, not the subject."""
    doc = parsed(
        nlp,
        f"""
        Ledamöterna ledamot NOUN 4 nsubj:pass {DEF_PL}
        ska skola AUX 4 aux {MODAL}
        ha ha AUX 4 aux {INF}
        valts välja VERB 0 ROOT VerbForm=Sup|Voice=Pass
        av av ADP 6 case
        valberedningen valberedning NOUN 4 obl:agent {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("valberedning", "obligation", "välja", False, True)]


def test_a_second_supine_in_the_other_voice_takes_the_subject(nlp) -> None:
    """Round 39 (B4): ``ska sökanden ha intervjuats av handläggaren eller lämnat ett
    yttrande``: the passive supine's actor is its agent, the active one's the subject."""
    doc = parsed(
        nlp,
        f"""
        Sedan sedan ADV 5 advmod
        ska skola AUX 5 aux {MODAL}
        sökanden sökande NOUN 5 nsubj:pass {DEF}
        ha ha AUX 5 aux {INF}
        intervjuats intervjua VERB 0 ROOT VerbForm=Sup|Voice=Pass
        av av ADP 7 case
        handläggaren handläggare NOUN 5 obl:agent {DEF}
        eller eller CCONJ 9 cc
        lämnat lämna VERB 5 conj VerbForm=Sup|Voice=Act
        ett en DET 11 det
        yttrande yttrande NOUN 9 obj {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [
        ("handläggare", "obligation", "intervjua", False, True),
        ("sökande", "obligation", "lämna", False, False),
    ]


def test_expletive_cue_object_past_its_attributes(nlp) -> None:
    """Round 42 (bc-E1): ``Det åligger varje registrerad ny medlem att anmäla …``: after the
    determiner, adjectives and a participle the tagger calls a noun (``amod``) stand before
    the cue's actor; ``Det åligger de anslutna klubbarna att betala …``, parsed with the
    object as the verb's subject, still takes the att-clause's verb as the aim."""
    attributes = f"""
        Det den PRON 2 nsubj
        åligger åligga VERB 0 ROOT {PRES}
        varje varje DET 6 det
        registrerad registrerad NOUN 6 amod {IND}
        ny ny ADJ 6 amod
        medlem medlem NOUN 2 obj {IND}
        att att PART 8 mark
        anmäla anmäla VERB 6 acl {INF}
        adressändring adressändring NOUN 8 obj {IND}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, attributes)) == [("medlem", "obligation", "anmäla", False, False)]
    object_as_subject = f"""
        Det den PRON 2 expl
        åligger åligga VERB 0 ROOT {PRES}
        de den DET 5 det
        anslutna ansluten ADJ 5 amod
        klubbarna klubb NOUN 2 nsubj {DEF_PL}
        att att PART 7 mark
        betala betala VERB 5 acl {INF}
        årsavgift årsavgift NOUN 7 obj {IND}
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, object_as_subject)) == [
        ("klubb", "obligation", "betala", False, False)
    ]


def test_task_noun_after_till_or_an_adjective_without_att_is_a_responsibility(nlp) -> None:
    """Round 43 (bf cause 7; §7 round 42): ``Till nämndens ansvarsområde hör även NP`` reads
    like the inline ``I X:s uppgifter ingår NP``, and an adjective between the owner and its
    responsibility noun keeps ``Nämndens samlade ansvar omfattar NP``; ``Projektets ansvar
    omfattar …`` has no actor owner, no statement."""
    fronted = parsed(
        nlp,
        f"""
        Till till ADP 3 case
        nämndens nämnd NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ansvarsområde ansvarsområde NOUN 4 obl {IND}
        hör höra VERB 0 ROOT {PRES}
        även även ADV 6 advmod
        parkfrågor parkfråga NOUN 4 nsubj {IND_PL}
        . . PUNCT 4 punct
        """,
    )
    adjective = parsed(
        nlp,
        f"""
        Nämndens nämnd NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        samlade samlad ADJ 3 amod Definite=Def|Degree=Pos|Tense=Past|VerbForm=Part
        ansvar ansvar NOUN 4 nsubj {IND}
        omfattar omfatta VERB 0 ROOT {PRES}
        skötsel skötsel NOUN 4 obj {IND}
        av av ADP 7 case
        parkerna park NOUN 5 nmod {DEF_PL}
        . . PUNCT 4 punct
        """,
    )
    thing = parsed(
        nlp,
        f"""
        Projektets projekt NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ansvar ansvar NOUN 3 nsubj {IND}
        omfattar omfatta VERB 0 ROOT {PRES}
        planering planering NOUN 3 obj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(fronted) == [("nämnd", "responsibility", "ansvara", False, False)]
    assert statements(adjective) == [("nämnd", "responsibility", "ansvara", False, False)]
    assert statements(thing) == []


def test_a_cue_whose_att_no_verb_follows_is_broken_off(nlp) -> None:
    """Round 47 (analysis 46-all, family 9): ``Kansliet har till uppgift att under
    sommaren`` (a lead-in broken off past an adverbial) has no verb after the cue's ``att``:
    broken off, so a lead-in's items bring the infinitive; an expletive cue's ``att``-clause
    with a subject and verb of its own is complete (§5.4: ``Det ankommer på kassören att
    kassan räknas`` keeps (kassör, obligation, ankomma))."""
    broken_off = parsed(
        nlp,
        f"""
        Kansliet kansli NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        till till ADP 4 case
        uppgift uppgift NOUN 2 obl {IND}
        att att PART 7 mark
        under under ADP 7 case
        sommaren sommar NOUN 2 obl {DEF}
        """,
    )
    assert broken_off_complement(5, None, broken_off[:])
    own_subject = parsed(
        nlp,
        f"""
        Det den PRON 2 expl
        ankommer ankomma VERB 0 ROOT {PRES}
        på på ADP 4 case
        kassören kassör NOUN 2 obl {DEF}
        att att SCONJ 7 mark
        kassan kassa NOUN 7 nsubj:pass {DEF}
        räknas räkna VERB 2 ccomp {PASS}
        . . PUNCT 2 punct
        """,
    )
    assert not broken_off_complement(3, 4, own_subject[:])
    assert broken_off_complement(3, 3, own_subject[:4])  # "Det ankommer på kassören"
    assert statements(own_subject) == [("kassör", "obligation", "ankomma", False, False)]


def test_an_att_clause_after_the_aims_own_att_clause_is_its_conjunct(nlp) -> None:
    """Round 49 (analysis 49-ao, side finding): ``har det yttersta ansvaret att se till att
    reglerna är kända och att personalen följer dem``: the second ``att``-clause is conjoined to the
    aim's own (``se till att …``), no responsibility of its own beside ``se``."""
    rows = f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        det den DET 5 det
        yttersta ytterst ADJ 5 amod
        ansvaret ansvar NOUN 2 obj {DEF}
        att att PART 7 mark
        se se VERB 5 acl {INF}
        till till ADP 7 compound:prt
        att att SCONJ 12 mark
        reglerna regel NOUN 12 nsubj {DEF_PL}
        är vara AUX 12 cop {PRES}
        kända känd ADJ 7 ccomp
        och och CCONJ 16 cc
        att att SCONJ 16 mark
        personalen personal NOUN 16 nsubj {DEF}
        följer följa VERB 12 conj {PRES}
        dem de PRON 16 obj
        . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, rows)) == [("nämnd", "responsibility", "se", False, False)]


def test_kan_with_a_regarding_passive_and_its_predicative_grants_no_leave(nlp) -> None:
    """Round 47 (docs/annotation.md §5.3): ``kan`` + the s-passive of a verb of regarding or
    comparing + its predicative (configs/grammar.yaml ``regarding_passives``) characterises
    the subject: (actor, none, the passive verb). An act done to the subject keeps the
    permission (``kan ersättas av``), and ``kallas till`` is another verb."""
    doc = parsed(
        nlp,
        f"""
        Kansliet kansli NOUN 3 nsubj:pass {DEF}
        kan kunna AUX 3 aux {MODAL}
        betraktas betrakta VERB 0 ROOT {INF_PASS}
        som som ADP 6 case
        nämndens nämnd NOUN 6 nmod:poss Case=Gen|Definite=Def|Number=Sing
        stab stab NOUN 3 obl {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("kansli", "none", "betrakta", False, True)]
    replaced = f"""
    Sekreteraren sekreterare NOUN 3 nsubj:pass {DEF}
    kan kunna AUX 3 aux {MODAL}
    ersättas ersätta VERB 0 ROOT {INF_PASS}
    av av ADP 5 case
    kassören kassör NOUN 3 obl:agent {DEF}
    . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, replaced)) == [("kassör", "permission", "ersätta", False, True)]
    summoned = f"""
    Ersättaren ersättare NOUN 3 nsubj:pass {DEF}
    kan kunna AUX 3 aux {MODAL}
    kallas kalla VERB 0 ROOT {INF_PASS}
    till till ADP 5 case
    sammanträdet sammanträde NOUN 3 obl {DEF}
    av av ADP 7 case
    ordföranden ordförande NOUN 3 obl:agent {DEF}
    . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, summoned)) == [
        ("ordförande", "permission", "kalla", False, True)
    ]


def test_a_passive_of_regulating_in_a_document_says_where_it_is_written(nlp) -> None:
    """Round 50, bw R2 (docs/annotation.md): an s-passive of a verb of regulating or
    describing (configs/deontics.yaml ``source_verbs``) + ``i``/``av`` + a document or a
    statute says where the subject's rules are written: no statement, even for an actor
    subject. An actor agent after ``av`` keeps the statement."""
    doc = parsed(
        nlp,
        f"""
        Valnämnden valnämnd NOUN 2 nsubj:pass {DEF}
        regleras reglera VERB 0 ROOT {PASS}
        närmare nära ADV 2 advmod
        i i ADP 5 case
        arbetsordningen arbetsordning NOUN 2 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == []
    law = f"""
    Revisorerna revisor NOUN 2 nsubj:pass {DEF_PL}
    beskrivs beskriva VERB 0 ROOT {PASS}
    i i ADP 4 case
    kommunallagen kommunallag NOUN 2 obl {DEF}
    . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, law)) == []
    agent = f"""
    Avgiften avgift NOUN 2 nsubj:pass {DEF}
    regleras reglera VERB 0 ROOT {PASS}
    av av ADP 4 case
    nämnden nämnd NOUN 2 obl:agent {DEF}
    . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, agent)) == [("nämnd", "none", "reglera", False, True)]


def test_a_negation_after_an_expletive_cue_negates_it(nlp) -> None:
    """Newuser53b fault 2: ``Det åligger inte kassören att attestera egna utlägg``: the
    negation (tagged PART) stands between the cue verb and its object actor; the negated
    obligation is a prohibition (§5.3). Negative: without ``inte`` an obligation."""
    rows = """
        Det den PRON 2 expl
        åligger åligga VERB 0 ROOT {PRES}
        {NEG}kassören kassör NOUN 2 obj {DEF}
        att att PART {MARK} mark
        attestera attestera VERB {OBJ} acl {INF}
        egna egen ADJ {ADJ} amod
        utlägg utlägg NOUN {MARK} obj {IND}
        . . PUNCT 2 punct
    """
    negated = rows.format(
        NEG="inte inte PART 2 advmod\n        ", MARK=6, OBJ=4, ADJ=8,
        PRES=PRES, DEF=DEF, INF=INF, IND=IND,
    )
    plain = rows.format(NEG="", MARK=5, OBJ=3, ADJ=7, PRES=PRES, DEF=DEF, INF=INF, IND=IND)
    assert statements(parsed(nlp, negated)) == [("kassör", "prohibition", "attestera", True, False)]
    assert statements(parsed(nlp, plain)) == [("kassör", "obligation", "attestera", False, False)]


def test_a_responsibility_for_a_noun_phrase_samt_att_an_infinitive(nlp) -> None:
    """Round 54 (analysis 54-cf G, ruling s2): ``Rektorn ansvarar för schemat samt att
    informera personalen.``: after the cue's noun-phrase object, ``samt att`` + an
    infinitive is a responsibility of its own under the same cue."""
    doc = parsed(
        nlp,
        f"""
        Rektorn rektor NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 4 case
        schemat schema NOUN 2 obl {DEF}
        samt samt CCONJ 7 mark
        att att PART 7 mark
        informera informera VERB 2 advcl {INF}
        personalen personal NOUN 7 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert [(s[0], s[1], s[2]) for s in statements(doc) if s[0] == "rektor"] == [
        ("rektor", "responsibility", "ansvara"), ("rektor", "responsibility", "informera")
    ]


def test_a_conjunct_with_an_adverb_of_its_own_leaves_the_negation(nlp) -> None:
    """Round 54 (analysis 54-cf J): ``Tillgångarna ska inte användas för andra ändamål och
    årligen redovisas och granskas.``: the conjunct opened by ``och`` + its own adverb, and
    the one conjoined to it, are duties; ``ska inte lämnas ut och kopieras`` (no adverb of
    its own) forbids both."""
    released = parsed(
        nlp,
        f"""
        Tillgångarna tillgångar NOUN 4 nsubj:pass {DEF_PL}
        ska skola AUX 4 aux {MODAL}
        inte inte PART 4 advmod {NEG}
        användas använda VERB 0 ROOT {INF_PASS}
        för för ADP 7 case
        andra annan ADJ 7 amod
        ändamål ändamål NOUN 4 obl {IND_PL}
        och och CCONJ 10 cc
        årligen årligen ADV 10 advmod
        redovisas redovisa VERB 7 conj VerbForm=Sup|Voice=Pass
        och och CCONJ 12 cc
        granskas granska VERB 10 conj {PASS}
        . . PUNCT 4 punct
        """,
    )
    assert [(s[1], s[2], s[3]) for s in statements(released)] == [
        ("prohibition", "använda", True),
        ("obligation", "redovisa", False),
        ("obligation", "granska", False),
    ]
    kept = parsed(
        nlp,
        f"""
        Handlingarna handling NOUN 4 nsubj {DEF_PL}
        ska skola AUX 4 aux {MODAL}
        inte inte PART 4 advmod {NEG}
        lämnas lämna VERB 0 ROOT {INF_PASS}
        ut ut ADV 4 compound:prt
        och och CCONJ 7 cc
        kopieras kopiera VERB 4 conj {INF_PASS}
        . . PUNCT 4 punct
        """,
    )
    assert [(s[1], s[2]) for s in statements(kept)] == [
        ("prohibition", "lämna"), ("prohibition", "kopiera")
    ]


_ATT_CLAUSE_TAILS = {
    # "… och att nödvändiga kontroller görs" (the regression's sentence, its tail)
    "adjective": """
        och och CCONJ 18 cc
        att att SCONJ 18 mark
        nödvändiga nödvändig ADJ 17 amod
        kontroller kontroll NOUN 18 nsubj:pass {IND_PL}
        görs göra VERB 13 conj {PASS}
        . . PUNCT 2 punct
    """,
    # "… samt att alla handlingar diarieförs"
    "determiner": """
        samt samt CCONJ 18 cc
        att att SCONJ 18 mark
        alla alla DET 17 det
        handlingar handling NOUN 18 nsubj:pass {IND_PL}
        diarieförs diarieföra VERB 13 conj {PASS}
        . . PUNCT 2 punct
    """,
    # "… och att tydliga rutiner finns"
    "adjective, finns": """
        och och CCONJ 18 cc
        att att SCONJ 18 mark
        tydliga tydlig ADJ 17 amod
        rutiner rutin NOUN 18 nsubj {IND_PL}
        finns finnas VERB 13 conj {PRES}
        . . PUNCT 2 punct
    """,
}


def test_an_att_clause_opened_by_an_attributive_word_is_no_infinitive_conjunct(nlp) -> None:
    """Round 54 (fix of analysis 54-cf G): ``Styrelsen ansvarar för budgetarbetet och tillser
    därmed att reglerna i denna policy följs och att nödvändiga kontroller görs.``: an
    ``att`` followed by an adjective or determiner + a noun opens a subordinate clause (its
    subject's noun phrase and a finite verb), no infinitive: no responsibility for
    ``nödvändiga``, ``alla`` or ``tydliga``."""
    head = f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 4 case
        budgetarbetet budgetarbete NOUN 2 obl {DEF}
        och och CCONJ 6 cc
        tillser tillse VERB 2 conj {PRES}
        därmed därmed ADV 6 advmod
        att att SCONJ 13 mark
        reglerna regel NOUN 13 nsubj:pass {DEF_PL}
        i i ADP 12 case
        denna denna DET 12 det
        policy policy NOUN 9 nmod {IND}
        följs följa VERB 6 ccomp {PASS}
    """
    for tail in _ATT_CLAUSE_TAILS.values():
        rows = tail.format(IND_PL=IND_PL, PASS=PASS, PRES=PRES)
        doc = parsed(nlp, head.rstrip() + "\n" + rows.strip())
        aims = [(s[0], s[1], s[2]) for s in statements(doc) if s[0] == "styrelse"]
        assert ("styrelse", "responsibility", "ansvara") in aims
        assert not [aim for aim in aims if aim[1] == "responsibility" and aim[2] != "ansvara"]


def test_a_conjunct_opened_by_men_leaves_the_negation(nlp) -> None:
    """Round 55 (analysis 55-cj C5): ``Utskottet får inte avgöra saken men yttra sig över
    den.``: a conjunct opened by an adversative coordinator (`adversative_coordinators`)
    stands outside the negation with no adverb of its own (a permission); ``eller`` keeps
    it (both forbidden)."""
    text = f"""
        Utskottet utskott NOUN 4 nsubj {DEF}
        får få AUX 4 aux {MODAL}
        inte inte PART 4 advmod {NEG}
        avgöra avgöra VERB 0 ROOT {INF}
        saken sak NOUN 4 obj {DEF}
        men men CCONJ 7 cc
        yttra yttra VERB 4 conj {INF}
        . . PUNCT 4 punct
        """
    released = parsed(nlp, text)
    assert [(s[1], s[2], s[3]) for s in statements(released)] == [
        ("prohibition", "avgöra", True),
        ("permission", "yttra", False),
    ]
    kept = parsed(nlp, text.replace("men men CCONJ", "eller eller CCONJ"))
    assert [(s[1], s[2]) for s in statements(kept)] == [
        ("prohibition", "avgöra"), ("prohibition", "yttra")
    ]


def test_a_repeated_modal_hung_on_men_leaves_the_negation(nlp) -> None:
    """Round 55 (cj-R3): ``Kommittén kan inte ändra beslutet men kan vid behov återkalla
    uppdraget helt eller för vissa ärenden.``: the parser hangs the conjunct's own ``kan`` on
    ``men``, so the conjunct has no modal of its own in the tree; walking back from its verb
    past its adverbs and that modal reaches ``men``: a permission, no negation."""
    text = f"""
        Kommittén kommitté NOUN 4 nsubj {DEF}
        kan kunna AUX 4 aux {MODAL}
        inte inte PART 4 advmod {NEG}
        ändra ändra VERB 0 ROOT {INF}
        beslutet beslut NOUN 4 obj {DEF}
        men men CCONJ 10 cc
        kan kunna AUX 6 aux {MODAL}
        vid vid ADP 9 case
        behov behov NOUN 10 obl {IND}
        återkalla återkalla VERB 4 conj {INF}
        uppdraget uppdrag NOUN 10 obj {DEF}
        helt helt ADV 10 advmod
        eller eller CCONJ 16 cc
        för för ADP 16 case
        vissa viss DET 16 det
        ärenden ärende NOUN 12 conj {IND_PL}
        . . PUNCT 4 punct
        """
    assert [(s[1], s[2], s[3]) for s in statements(parsed(nlp, text))] == [
        ("prohibition", "ändra", True),
        ("permission", "återkalla", False),
    ]
