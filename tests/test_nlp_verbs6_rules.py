"""Round-6 cue, verb, condition and passive rules (issue #10, analysis 5 causes 2, 3, 4, 6, 8,
10, 12, 13) on hand-parsed invented sentences (`parsed()`: rows `word lemma UPOS head dep
[morph]`), with the tagger's errors written into the rows."""

from __future__ import annotations

from pipeline.nlp.groups import find_verbs
from tests.nlp_helpers import DEF, IND, INF, INF_PASS, MODAL, PASS, PRES, find, parsed, statements


def verbs(doc) -> list[str]:
    return [v.text for v in find_verbs(doc[:], doc._.actors)]


# Cause 3: a listed infinitive the tagger read as a preposition or noun


def test_listed_infinitive_tagged_adp_after_modal_and_ligen_adverb(nlp) -> None:
    """``ska månatligen delge``: an adverb in -ligen (tagged a noun) stays in the modal's
    slot, and a listed infinitive there (tagged a preposition) is the infinitive."""
    doc = parsed(
        nlp,
        f"""
        Ekonomichefen ekonomichef NOUN 4 nsubj {DEF}
        ska skola AUX 4 aux {MODAL}
        månatligen månatlig NOUN 4 nsubj {IND}
        delge delge ADP 0 ROOT
        nämnden nämnd NOUN 4 obj {DEF}
        en en DET 7 det
        prognos prognos NOUN 4 obj {IND}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("ekonomichef", "obligation", "delge", False, False)]


def test_adverbial_adjective_after_inverted_subject_in_the_slot(nlp) -> None:
    """``Därutöver ska ekonomichefen regelbundet delge …``: a listed adverbial adjective (read
    as a noun) between the inverted subject and the infinitive."""
    doc = parsed(
        nlp,
        f"""
        Därutöver därutöver ADV 2 advmod
        ska skola AUX 5 aux {MODAL}
        ekonomichefen ekonomichef NOUN 5 nsubj {DEF}
        regelbundet regelbunden NOUN 5 obl {IND}
        delge delge ADP 0 ROOT
        revisorerna revisor NOUN 5 obj Definite=Def|Number=Plur
        rapporterna rapport NOUN 5 obj Definite=Def|Number=Plur
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("ekonomichef", "obligation", "delge", False, False)]


def test_listed_infinitive_tagged_noun_after_har_att(nlp) -> None:
    """``har att tillse [NOUN]``: the aim is the infinitive, not ``ha``."""
    doc = parsed(
        nlp,
        f"""
        Ekonomichefen ekonomichef PROPN 2 nsubj
        har ha AUX 0 ROOT {MODAL}
        att att PART 4 mark
        tillse tillse NOUN 2 ccomp {IND}
        bokföringen bokföring NOUN 4 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("ekonomichef", "obligation", "tillse", False, False)]


def test_relative_clause_in_inverted_subject_before_passive_infinitive(nlp) -> None:
    """``ska sådana avtal som förbundschefen ingår med X anmälas av …``: the relative clause of
    the inverted subject is skipped; the s-form after it is the modal's passive infinitive."""
    doc = parsed(
        nlp,
        f"""
        Vidare vidare ADV 2 advmod
        ska skola AUX 0 ROOT {MODAL}
        sådana sådan ADJ 4 amod
        avtal avtal NOUN 2 obj {IND}
        som som PRON 7 mark
        förbundschefen förbundschef NOUN 7 nsubj {DEF}
        ingår ingå VERB 4 acl:relcl {PRES}
        med med ADP 10 case
        närstående närstående ADJ 10 amod
        anmälas anmäla VERB 7 obl {PASS}
        av av ADP 12 case
        förbundschefen förbundschef NOUN 10 nmod {DEF}
        till till ADP 14 case
        direktionen direktion NOUN 10 nmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("förbundschef", "obligation", "anmäla", False, True)]


# Cause 4: a present read as a noun after a distributive determiner or a cleft's som


def test_present_after_opening_distributive_determiner(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Varje varje DET 2 det
        förvaltning förvaltning NOUN 3 nmod {IND}
        utser utse NOUN 5 nmod {IND}
        ett en DET 5 det
        dataskyddsombud dataskyddsombud NOUN 0 ROOT {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("förvaltning", "none", "utse", False, False)]
    assert verbs(doc) == ["utser"]


def test_vardera_is_no_infinitive(nlp) -> None:
    """``Vardera [ADJ] ägarkommunen utser``: the determiner is no list-item infinitive."""
    doc = parsed(
        nlp,
        f"""
        Vardera vardera ADJ 2 amod
        ägarkommunen ägarkommun NOUN 3 nsubj {DEF}
        utser utse NOUN 0 ROOT {IND}
        en en DET 5 det
        ledamot ledamot NOUN 3 obj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert verbs(doc) == ["utser"]
    assert statements(doc) == [("ägarkommun", "none", "utse", False, False)]


def test_present_read_as_noun_after_cleft_som(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Det den PRON 3 expl
        är vara AUX 3 cop {MODAL}
        direktionen direktion NOUN 0 ROOT {DEF}
        som som PRON 5 mark
        utser utse NOUN 3 acl:cleft {IND}
        förbundsdirektören förbundsdirektör NOUN 3 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("direktion", "none", "utse", False, False)]


# Cause 13: the lemma of a compound present


def test_compound_present_lemma_gets_its_final_vowel(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Förvaltningschefen förvaltningschef NOUN 2 nsubj {DEF}
        arbetsleder arbetsled VERB 0 ROOT {PRES}
        personalen personal NOUN 2 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("förvaltningschef", "none", "arbetsleda", False, False)]


# Cause 12: a reciprocal s-verb with a collective body as subject


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


# Cause 10: a negated conjunct under a modal


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


# Cause 2: passive agents


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


# Cause 8: a condition clause that stands first in a coordinated main clause


def test_condition_clause_ends_before_the_inverted_main_clause(nlp) -> None:
    """``… men om stämman inte beslutat något om ersättningen ska styrelsen fastställa den``:
    the condition (its supine without ``har``, a preposition ``om`` inside it) ends before
    the V2 modal; the main clause after it is a statement."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        får få VERB 0 ROOT {MODAL}
        inrätta inrätta VERB 2 xcomp {INF}
        en en DET 5 det
        kommitté kommitté NOUN 3 obj {IND}
        men men CCONJ 10 cc
        om om ADP 10 mark
        stämman stämma NOUN 10 nsubj {DEF}
        inte inte PART 10 advmod
        beslutat besluta VERB 2 conj VerbForm=Sup|Voice=Act
        något någon PRON 10 obj
        om om SCONJ 10 punct
        ersättningen ersättning NOUN 2 obl {DEF}
        ska skola AUX 2 conj {MODAL}
        styrelsen styrelse NOUN 14 nsubj {DEF}
        fastställa fastställa VERB 14 xcomp {INF}
        den den PRON 16 obj
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("styrelse", "permission", "inrätta", False, False),
        ("styrelse", "obligation", "fastställa", False, False),
    ]


def test_reciprocal_verb_tagged_noun_is_a_verb(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Presidiet presidium PROPN 4 nsubj
        och och CCONJ 3 cc
        ordföranden ordförande NOUN 1 conj {DEF}
        träffas träffas NOUN 0 ROOT {IND}
        varje varje DET 6 det
        vecka vecka NOUN 4 obl {IND}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [
        ("presidium", "none", "träffas", False, False),
        ("ordförande", "none", "träffas", False, False),
    ]


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


def test_postposed_condition_after_a_present_read_as_a_noun(nlp) -> None:
    """``Styrelsen sammanträder [NOUN] i Åby om inte ordföranden kallar …``: the present read
    as a noun is the main clause's verb, so the ``om``-clause after it is its condition."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        sammanträder sammanträda NOUN 0 ROOT {IND}
        i i ADP 4 case
        Åby Åby PROPN 2 obl
        om om SCONJ 8 mark
        inte inte PART 8 advmod
        ordföranden ordförande NOUN 8 nsubj {DEF}
        kallar kalla VERB 2 advcl {PRES}
        till till ADP 11 case
        annan annan ADJ 11 amod
        ort ort NOUN 8 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    (statement,) = find(doc[:], doc._.actors)
    start, end = statement.condition_span
    assert doc.text[start:end] == "om inte ordföranden kallar till annan ort"


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
