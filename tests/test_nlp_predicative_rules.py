"""Predicative nominals (`pipeline.nlp.predicative`) on hand-parsed, invented sentences."""

from __future__ import annotations

from pipeline.nlp.sentence_types import identification, without_statements
from tests.nlp_helpers import DEF, DEF_PL, IND, IND_PL, MODAL, PASS, PRES, parsed, statements


def test_a_fronted_predicative_graded_by_an_adverb_leaves_the_actor_after_the_copula(
    nlp,
) -> None:
    """``Ytterst ansvarigt organ i stiftelsen är styrelsen`` (round 22, D4): an adverb
    grading the fronted predicative's adjective still opens the predicative; the definite
    actor after the copula is the subject (docs/annotation.md §2.1)."""
    doc = parsed(
        nlp,
        f"""
        Ytterst ytterst ADV 3 advmod Degree=Sup
        ansvarigt ansvarig ADJ 3 amod Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut
        organ organ NOUN 7 nsubj {IND}
        i i ADP 5 case
        stiftelsen stiftelse NOUN 3 nmod {DEF}
        är vara AUX 7 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        styrelsen styrelse NOUN 0 ROOT {DEF}
        . . PUNCT 7 punct
        """,
    )
    assert "organ" not in [m.canonical for m in doc._.actors]
    assert statements(doc) == [("styrelse", "none", "vara", False, False)]


def test_a_fronted_capacity_before_a_generic_subject_is_no_actor(nlp) -> None:
    """``Som enskild medlem har man rätt …`` (round 25, C4): a sentence-initial ``Som`` and an
    actor word in its base form right before the finite verb is a capacity, also where the
    tagger takes the adjective for a noun or the role noun for an adverb."""
    noun = parsed(
        nlp,
        f"""
        Som som SCONJ 3 case
        enskild enskild NOUN 3 amod {DEF}
        ledamot ledamot NOUN 4 obl {IND}
        har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
        man man PRON 4 nsubj
        ansvar ansvar NOUN 4 obj {IND}
        . . PUNCT 4 punct
        """,
    )
    adverb = parsed(
        nlp,
        """
        Som som SCONJ 2 mark
        revisor revisor ADV 3 advmod
        får få VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
        man man PRON 3 nsubj
        inte inte PART 3 advmod
        . . PUNCT 3 punct
        """,
    )
    assert [m.canonical for m in noun._.actors] == []
    assert [m.canonical for m in adverb._.actors] == []


def test_a_bare_plural_after_the_copula_before_a_relative_clause_is_predicative(nlp) -> None:
    """``Målgruppen är personer som …`` (round 25, C4): an indefinite plural has no article;
    after the copula it classifies the subject also before a relative clause."""
    doc = parsed(
        nlp,
        f"""
        Deltagarna deltagare NOUN 3 nsubj {DEF}
        är vara AUX 3 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        medarbetare medarbetare NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
        som som PRON 5 nsubj
        arbetar arbeta VERB 3 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin
        . . PUNCT 3 punct
        """,
    )
    assert "medarbetare" not in [m.canonical for m in doc._.actors]


def test_a_unique_member_after_the_copula_before_som_is_predicative(nlp) -> None:
    """``Utskottet är det enda organ som ska väljas`` (round 29, B9): a definite article +
    a singling-out adjective (`unique_adjectives`) after the copula classifies the subject
    like an indefinite noun phrase; ``organ`` is no actor and its relative clause no
    statement."""
    doc = parsed(
        nlp,
        f"""
        Utskottet utskott NOUN 5 nsubj {DEF}
        är vara AUX 5 cop {PRES}
        det den DET 5 det Definite=Def|Gender=Neut|Number=Sing|PronType=Art
        enda enda ADJ 5 amod Definite=Def|Degree=Pos
        organ organ NOUN 0 ROOT {IND}
        som som PRON 8 nsubj:pass _
        ska skola AUX 8 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        väljas välja VERB 5 acl:relcl VerbForm=Inf|Voice=Pass
        . . PUNCT 5 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["utskott"]
    assert statements(doc) == [("utskott", "none", "vara", False, False)]


def test_a_bare_fronted_noun_before_the_copula_and_a_definite_actor_is_predicative(nlp) -> None:
    """``Sekreterare i nämnden är kanslichefen`` (round 29, B2): a bare noun opening the
    sentence (a prepositional phrase at most before the copula) is the predicative, the
    definite actor after the copula the subject; also with a possessive owner."""
    doc = parsed(
        nlp,
        f"""
        Sekreterare sekreterare NOUN 5 nsubj {IND}
        i i ADP 3 case
        nämnden nämnd NOUN 1 nmod {DEF}
        är vara AUX 5 cop {PRES}
        kanslichefen kanslichef NOUN 0 ROOT {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["nämnd", "kanslichef"]
    assert statements(doc) == [("kanslichef", "none", "vara", False, False)]
    doc = parsed(
        nlp,
        f"""
        Deras deras PRON 2 nmod:poss Poss=Yes|PronType=Prs
        sekreterare sekreterare NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        kanslichefen kanslichef NOUN 0 ROOT {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["kanslichef"]


def test_som_after_saval_coordinates(nlp) -> None:
    """Round 29 (cause C5): ``Vi träffade såväl elever som skolledare.`` → ``skolledare`` is
    an actor: the ``som`` of ``såväl … som`` joins conjuncts, no role predicative (``elever``,
    a population noun, is an actor too since round 32, D1)."""
    doc = parsed(
        nlp,
        "Vi vi PRON 2 nsubj\nträffade träffa VERB 0 ROOT\nsåväl såväl ADV 4 advmod\n"
        f"elever elev NOUN 2 obj {IND}\nsom som CCONJ 6 cc\nskolledare skolledare NOUN 4 conj {IND}",
    )
    assert [m.canonical for m in doc._.actors] == ["elev", "skolledare"]


def test_den_noun_som_after_the_copula_is_predicative(nlp) -> None:
    """Round 29 (cause C7): ``Regionstyrelsen är den nämnd som leder arbetet.`` → no
    ``nämnd``; ``Det är den nämnd som beslutar`` (a cleft) keeps it."""
    rows = (
        "är vara AUX 3 cop\nden den DET 3 det\nnämnd nämnd NOUN 0 ROOT {IND}\nsom som PRON 5 nsubj\n"
        "leder leda VERB 3 acl:relcl\narbetet arbete NOUN 5 obj {DEF}"
    )
    predicative = parsed(nlp, f"Regionstyrelsen regionstyrelse NOUN 4 nsubj {DEF}\n" + _shift(rows))
    cleft = parsed(nlp, "Det det PRON 4 expl\n" + _shift(rows))
    assert [m.canonical for m in predicative._.actors] == ["regionstyrelse"]
    assert [m.canonical for m in cleft._.actors] == ["nämnd"]


def _shift(rows: str) -> str:
    """`rows` after one word more: every head one further on."""
    shifted = []
    for line in rows.format(IND=IND, DEF=DEF).splitlines():
        parts = line.split()
        parts[3] = str(int(parts[3]) + 1) if parts[3] != "0" else "0"
        shifted.append(" ".join(parts))
    return "\n".join(shifted)


def test_a_place_after_a_definite_predicative_body_is_the_organisation(nlp) -> None:
    """Round 29 (cause C7): ``Nämnden är den högsta ledningen i kommunen.`` → ``kommunen`` is
    the organisation that owns the body (§2.3), not the territory."""
    doc = parsed(
        nlp,
        f"Nämnden nämnd NOUN 5 nsubj {DEF}\när vara AUX 5 cop\nden den DET 5 det\n"
        f"högsta hög ADJ 5 amod\nledningen ledning NOUN 0 ROOT {DEF}\ni i ADP 7 case\n"
        f"kommunen kommun NOUN 5 nmod {DEF}",
    )
    assert [m.canonical for m in doc._.actors] == ["nämnd", "kommun"]


def test_det_neuter_noun_som_after_a_subject_is_predicative(nlp) -> None:
    """Round 29 (cause C7): ``Kommunstyrelsen är det organ som samordnar`` → no ``organ``;
    ``Därför är det rektor som beslutar`` is a cleft and keeps ``rektor``."""
    predicative = parsed(
        nlp,
        f"Kommunstyrelsen kommunstyrelse NOUN 4 nsubj {DEF}\när vara AUX 4 cop\n"
        "det den DET 4 det\norgan organ NOUN 0 ROOT Definite=Ind|Gender=Neut|Number=Sing\n"
        "som som PRON 6 nsubj\nsamordnar samordna VERB 4 acl:relcl",
    )
    cleft = parsed(
        nlp,
        "Därför därför ADV 2 advmod\när vara AUX 4 cop\ndet det PRON 4 expl\n"
        f"rektor rektor NOUN 0 ROOT {IND}\nsom som PRON 6 nsubj\nbeslutar besluta VERB 4 acl:cleft",
    )
    assert [m.canonical for m in predicative._.actors] == ["kommunstyrelse"]
    assert [m.canonical for m in cleft._.actors] == ["rektor"]


def test_a_bare_plural_by_form_before_the_copula_is_the_subject(nlp) -> None:
    """fix31: ``Ledamöter i styrelsen är ordföranden och kassören``: a bare noun plural by its
    form names the group the copula lists, the subject (as ``Styrelsens ledamöter är …``),
    not round 29 B2's fronted predicative."""
    doc = parsed(
        nlp,
        f"""
        Ledamöter ledamot NOUN 5 nsubj {IND_PL}
        i i ADP 3 case
        styrelsen styrelse NOUN 1 nmod {DEF}
        är vara AUX 5 cop {PRES}
        ordföranden ordförande NOUN 0 ROOT {DEF}
        och och CCONJ 7 cc
        kassören kassör NOUN 5 conj {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("ledamot", "none", "vara", False, False)]


def test_the_office_after_an_active_electing_verb_is_a_predicative(nlp) -> None:
    """Round 34 (cause C3): ``Styrelsen väljer en av ledamöterna till utskottets
    ordförande``: the office after the object and ``till`` is a predicative like ``utses
    till``, with the genitive of the title it forms; ``till nämnden`` names a body."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        väljer välja VERB 0 ROOT {PRES}
        en en PRON 2 obj
        av av ADP 5 case
        ledamöterna ledamot NOUN 3 nmod {DEF_PL}
        till till ADP 8 case
        utskottets utskott NOUN 8 nmod:poss
        ordförande ordförande NOUN 2 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["styrelse", "ledamot"]
    body = parsed(
        nlp,
        f"""
        Fullmäktige fullmäktige NOUN 2 nsubj
        väljer välja VERB 0 ROOT {PRES}
        ledamöter ledamot NOUN 2 obj {IND_PL}
        till till ADP 5 case
        nämnden nämnd NOUN 2 obl {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in body._.actors] == ["fullmäktige", "ledamot", "nämnd"]


def test_negated_predicative_after_utgor_also_in_a_second_conjunct(nlp) -> None:
    """Round 36 (cause C3; §2.1, §2.6): ``utgör inget självständigt … organ`` (the negative
    determiner tagged PRON), also in a second verb conjunct, is a predicative, no actor."""
    doc = parsed(
        nlp,
        f"""
        Stiftelsen stiftelse NOUN 2 nsubj {DEF}
        utgör utgöra VERB 0 ROOT {PRES}
        inget ingen PRON 6 det
        självständigt självständig ADJ 6 amod
        rådgivande rådgivande ADJ 6 amod
        organ organ NOUN 2 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["stiftelse"]
    second = parsed(
        nlp,
        f"""
        Gruppen grupp NOUN 2 nsubj {DEF}
        samordnar samordna VERB 0 ROOT {PRES}
        arbetet arbete NOUN 2 obj {DEF}
        och och CCONJ 5 cc
        utgör utgöra VERB 2 conj {PRES}
        inget ingen PRON 8 det
        beslutande beslutande ADJ 8 amod
        organ organ NOUN 5 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in second._.actors] == ["grupp"]


def test_short_name_after_a_naming_participle_post_and_manner_role(nlp) -> None:
    """Round 36 (cause C6; §2.1): ``, nedan benämnd nämnden,`` (a short name), ``till
    uppdraget … posten som kassör`` and ``drivs såsom ett kommunalt bolag`` name no actor."""
    short = parsed(
        nlp,
        f"""
        Valberedningen valberedning NOUN 7 nsubj {DEF}
        , , PUNCT 5 punct
        nedan nedan ADV 4 advmod
        benämnd benämnd ADJ 5 amod
        beredningen beredning NOUN 1 appos {DEF}
        , , PUNCT 5 punct
        sammanträder sammanträda VERB 0 ROOT {PRES}
        . . PUNCT 7 punct
        """,
    )
    assert [m.canonical for m in short._.actors] == ["valberedning"]
    post = parsed(
        nlp,
        f"""
        Årsmötet årsmöte NOUN 2 nsubj {DEF}
        väljer välja VERB 0 ROOT {PRES}
        en en DET 4 det
        medlem medlem NOUN 2 obj {IND}
        till till ADP 6 case
        posten post NOUN 2 obl {DEF}
        som som SCONJ 8 mark
        kassör kassör NOUN 6 acl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert "kassör" not in [m.canonical for m in post._.actors]
    manner = parsed(
        nlp,
        f"""
        Verksamheten verksamhet NOUN 2 nsubj:pass {DEF}
        drivs driva VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        såsom såsom SCONJ 6 mark
        ett en DET 6 det
        kommunalt kommunal ADJ 6 amod
        bolag bolag NOUN 2 xcomp {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in manner._.actors] == []


def test_past_tense_of_kalla_is_no_naming_verb(nlp) -> None:
    """Round 36 (cause C6): the naming participles ``kallad``/``benämnd`` open a short name,
    but ``kallade`` (the past of ``kalla``, to convene) takes an actor object."""
    doc = parsed(
        nlp,
        f"""
        Sekreteraren sekreterare NOUN 2 nsubj {DEF}
        kallade kalla VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        utskottet utskott NOUN 2 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["sekreterare", "utskott"]


def test_fronted_ansvarig_compound_is_the_predicative(nlp) -> None:
    """Round 36 (cause C1): ``Attestansvarig är ekonomichefen``: a fronted nominalised
    adjective before the copula and a definite actor is the predicative, the actor after the
    copula the subject."""
    doc = parsed(
        nlp,
        f"""
        Attestansvarig attestansvarig PROPN 3 nsubj
        är vara AUX 3 cop {PRES}
        ekonomichefen ekonomichef NOUN 0 ROOT {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["ekonomichef"]


def test_name_genitive_after_copula_owns_the_predicative(nlp) -> None:
    """Round 37 (ar-C1): ``och är Ekbos högsta beslutande organ``: the parser reads the
    name's genitive as a conjunct and the head as an object; the head is still the
    predicative, no actor."""
    doc = parsed(
        nlp,
        f"""
        Rådet råd NOUN 2 nsubj {DEF}
        leder leda VERB 0 ROOT {PRES}
        arbetet arbete NOUN 2 obj {DEF}
        och och CCONJ 6 cc
        är vara AUX 6 cop {PRES}
        Norrvikens Norrvikens PROPN 2 conj
        högsta hög ADJ 9 amod
        beslutande besluta ADJ 9 amod
        organ organ NOUN 2 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["råd"]


def test_classifying_predicative_past_an_adjective_read_as_noun(nlp) -> None:
    """Round 37 (aq-C3): ``är en kommunal nämnd som …`` with ``kommunal`` tagged NOUN but
    attached as `amod`: the indefinite phrase still classifies the subject, no ``nämnd``."""
    doc = parsed(
        nlp,
        f"""
        Valnämnden valnämnd NOUN 5 nsubj {DEF}
        är vara AUX 5 cop {PRES}
        en en DET 5 det
        lokal lokal NOUN 5 amod {IND}
        nämnd nämnd NOUN 0 ROOT {IND}
        som som PRON 7 nsubj
        sammanträder sammanträda VERB 5 acl:relcl {PRES}
        vid vid ADP 9 case
        val val NOUN 7 obl {IND}
        . . PUNCT 5 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["valnämnd"]


def test_role_after_a_personal_pronoun_and_som_is_predicative(nlp) -> None:
    """Round 37: ``hur vi som tjänstemän ska arbeta``: the noun after a personal pronoun +
    ``som`` is the pronoun's role, no actor."""
    doc = parsed(
        nlp,
        f"""
        Policyn policy NOUN 2 nsubj {DEF}
        beskriver beskriva VERB 0 ROOT {PRES}
        hur hur ADV 8 advmod
        vi vi PRON 8 nsubj
        som som SCONJ 6 mark
        tjänstemän tjänsteman NOUN 4 acl {IND_PL}
        ska skola AUX 8 aux {PRES}
        arbeta arbeta VERB 2 ccomp VerbForm=Inf
        . . PUNCT 2 punct
        """,
    )
    assert doc._.actors == []


def test_an_article_less_predicative_noun_the_tagger_calls_definite_is_no_actor(nlp) -> None:
    """Round 39 (au C4): ``Rådet är samrådsorgan för äldrefrågor``: a noun after ``är``
    written as the lexicon's base form is indefinite whatever the tagger says, a role."""
    doc = parsed(
        nlp,
        f"""
        Rådet råd NOUN 3 nsubj {DEF}
        är vara AUX 3 cop {PRES}
        samrådsorgan samrådsorgan NOUN 0 ROOT {DEF}
        för för ADP 5 case
        äldrefrågor äldrefråga NOUN 3 nmod {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["råd"]


def test_the_subject_of_a_dar_clause_inside_a_predicative_is_an_actor(nlp) -> None:
    """Round 39 (au C5): ``Rådet ska vara en mötesplats där ungdomar ska kunna framföra
    synpunkter``: a relative adverb after the predicative noun opens a clause with its own
    subject, no part of the predicative."""
    doc = parsed(
        nlp,
        f"""
        Rådet råd NOUN 5 nsubj {DEF}
        ska skola AUX 5 aux {PRES}
        vara vara AUX 5 cop VerbForm=Inf
        en en DET 5 det
        mötesplats mötesplats NOUN 0 ROOT {IND}
        där där ADV 10 advmod
        ungdomar ungdom NOUN 10 nsubj {IND_PL}
        ska skola AUX 10 aux {PRES}
        kunna kunna AUX 10 aux VerbForm=Inf
        framföra framföra VERB 5 acl:relcl VerbForm=Inf
        synpunkter synpunkt NOUN 10 obj {IND_PL}
        . . PUNCT 5 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["råd", "ungdom"]


def test_an_instans_that_acts_is_an_actor_but_not_a_predicative_in_s(nlp) -> None:
    """Round 39 (B7, docs/annotation.md §2.1): a generic ``instans`` acting is an actor
    (övrig); ``är remissinstans`` read as a definite genitive stays a predicative."""
    doc = parsed(
        nlp,
        f"""
        Den den DET 2 det
        instans instans NOUN 7 nsubj {DEF}
        som som PRON 4 nsubj
        fattat fatta VERB 2 acl:relcl VerbForm=Sup|Voice=Act
        beslutet beslut NOUN 4 obj {DEF}
        ska skola AUX 7 aux {PRES}
        pröva pröva VERB 0 ROOT VerbForm=Inf
        frågan fråga NOUN 7 obj {DEF}
        . . PUNCT 7 punct
        """,
    )
    assert [(m.canonical, m.category) for m in doc._.actors] == [("instans", "övrig")]
    assert statements(doc) == [("instans", "obligation", "pröva", False, False)]
    doc = parsed(
        nlp,
        f"""
        Länsstyrelsen länsstyrelse NOUN 3 nsubj {DEF}
        är vara AUX 3 cop {PRES}
        remissinstans remissinstans NOUN 0 ROOT Case=Gen|Definite=Def|Number=Sing
        . . PUNCT 3 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["länsstyrelse"]


def test_den_instans_som_after_the_copula_and_an_adverb_is_predicative(nlp) -> None:
    """Round 39 (B7): ``Styrelsen är också den instans som entledigar vd`` with ``instans``
    read as a weak adjective: a classifying predicative, no actor (the adverb after the
    copula changes nothing)."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 5 nsubj {DEF}
        är vara AUX 5 cop {PRES}
        också också ADV 5 advmod
        den den DET 5 det
        instans instans ADJ 0 ROOT Case=Nom|Definite=Def|Degree=Pos
        som som PRON 7 nsubj
        entledigar entlediga VERB 5 acl:relcl {PRES}
        direktören direktör NOUN 7 obj {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["styrelse", "direktör"]


def test_a_naming_clause_with_a_modal_and_a_lower_case_tail(nlp) -> None:
    """Round 39 (av-C1): ``Stiftelsens namn ska vara Stiftelsen för hjärtforskning.``: a
    modal before the copula still makes a naming clause, and the name runs on through the
    preposition and its noun to the sentence's end; the name is no actor."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    doc = parsed(
        nlp,
        f"""
        Stiftelsens stiftelse NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 5 nsubj {IND}
        ska skola AUX 5 aux {PRES}
        vara vara AUX 5 cop VerbForm=Inf
        Stiftelsen stiftelse NOUN 0 ROOT {DEF}
        för för ADP 7 case
        hjärtforskning hjärtforskning NOUN 5 nmod {IND}
        . . PUNCT 5 punct
        """,
    )
    assert naming_clause(list(doc), LEXICON) == (0, 4, 7)
    assert [m.text for m in doc._.actors] == ["Stiftelsens"]


def test_a_name_of_two_coordinated_given_names_goes_on_past_the_pair(nlp) -> None:
    """Round 40 (analysis 40-reg cause 1): ``Stiftelsens namn ska vara Gösta och Elin
    Nordins fond.``: a capitalised word after the last conjunct continues the name, which is
    no place list closed at ``och``; the whole name is the naming and no actor."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    doc = parsed(
        nlp,
        f"""
        Stiftelsens stiftelse NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 5 nsubj {IND}
        ska skola AUX 5 aux {PRES}
        vara vara AUX 5 cop VerbForm=Inf
        Gösta Gösta PROPN 0 ROOT
        och och CCONJ 7 cc
        Elin Elin PROPN 5 conj
        Nordins Nordin PROPN 9 nmod:poss
        fond fond NOUN 5 conj {IND}
        . . PUNCT 5 punct
        """,
    )
    assert naming_clause(list(doc), LEXICON) == (0, 4, 9)
    assert [m.text for m in doc._.actors] == ["Stiftelsens"]


def test_och_still_ends_a_name_where_the_name_ends_after_the_list(nlp) -> None:
    """Round 40 (analysis 40-reg cause 1), negatives: a place list closed by the sentence's
    end stays in the name (``Räddningsförbundet Åby och Sand.``), and ``och`` + a pronoun
    ends it (``Stiftelsen Ekö och dess säte är Lund.``)."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    places = parsed(
        nlp,
        f"""
        Förbundets förbund NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        Räddningsförbundet räddningsförbund NOUN 0 ROOT {DEF}
        Åby Åby PROPN 4 flat:name
        och och CCONJ 7 cc
        Sand Sand PROPN 5 conj
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(places), LEXICON) == (0, 3, 7)
    pronoun = parsed(
        nlp,
        f"""
        Stiftelsens stiftelse NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        Stiftelsen stiftelse NOUN 0 ROOT {DEF}
        Ekö Ekö PROPN 4 flat:name
        och och CCONJ 11 cc
        dess dess PRON 8 nmod:poss
        säte säte NOUN 11 nsubj {IND}
        är vara AUX 11 cop {PRES}
        Lund Lund PROPN 4 conj
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(pronoun), LEXICON) == (0, 3, 5)


def test_a_company_name_with_lower_case_words_runs_to_its_legal_form(nlp) -> None:
    """Round 40 (analyst ay C2): ``Bolagets firma är Fjäll och dal i Åby AB.``: words that
    run to the sentence's end and close with the legal form are the whole name (``och``,
    lower-case words and ``i`` + place inside), no actor in it; a verb after ``och`` ends
    the name at the legal form (``Ekbo AB och dess säte är Åby.``)."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    company = parsed(
        nlp,
        f"""
        Bolagets bolag NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        firma firma NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        Fjäll fjäll NOUN 0 ROOT {IND}
        och och CCONJ 6 cc
        dal dal NOUN 4 conj {IND}
        i i ADP 8 case
        Åby Åby PROPN 4 nmod
        AB AB PROPN 8 flat:name
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(company), LEXICON) == (0, 3, 9)
    assert [m.text for m in company._.actors] == ["Bolagets"]
    clause = parsed(
        nlp,
        f"""
        Bolagets bolag NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        firma firma NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        Ekbo Ekbo PROPN 0 ROOT
        AB AB PROPN 4 flat:name
        och och CCONJ 10 cc
        dess dess PRON 8 nmod:poss
        säte säte NOUN 10 nsubj {IND}
        är vara AUX 10 cop {PRES}
        Åby Åby PROPN 4 conj
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(clause), LEXICON) == (0, 3, 5)


def test_a_company_name_runs_to_the_abbreviated_legal_form_ek_for(nlp) -> None:
    """Round 44 (bh-N1; review 44b): the tokenizer splits ``ek. för.`` into ``ek . för .``;
    the grammar's token words ``ek . för`` close the name (the last stop is the sentence's)."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    association = parsed(
        nlp,
        f"""
        Föreningens förening NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        firma firma NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        Norrvik Norrvik PROPN 0 ROOT
        Båtlag Båtlag PROPN 4 flat:name
        ek ek NOUN 4 appos {IND}
        . . PUNCT 6 punct
        för för ADP 6 case
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(association), LEXICON) == (0, 3, 8)


def test_a_naming_clause_with_attributes_on_its_name_noun(nlp) -> None:
    """Round 48 (analysis 48-bq N1): attributive adjectives or participles between the
    owner's genitive and the name noun (``Klubbens fullständiga namn är …``, ``Bolagets
    registrerade firma är …``) keep the naming clause; a predicative adjective after the
    copula (``… namn är skyddat``) and an owner that is no genitive name nothing."""
    from pipeline.nlp.predicative import in_naming_name, naming_clause
    from tests.nlp_helpers import LEXICON

    club = parsed(
        nlp,
        f"""
        Klubbens klubb NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        fullständiga fullständig ADJ 3 amod Definite=Def|Degree=Pos
        namn namn NOUN 5 nsubj {IND}
        är vara AUX 5 cop {PRES}
        Norrvik Norrvik PROPN 0 ROOT
        Ridklubb Ridklubb PROPN 5 flat:name
        . . PUNCT 5 punct
        """,
    )
    assert naming_clause(list(club), LEXICON) == (0, 4, 6)
    assert in_naming_name(list(club), 5, LEXICON)
    company = parsed(
        nlp,
        f"""
        Bolagets bolag NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        senast senast ADV 3 advmod _
        registrerade registrera VERB 4 amod Definite=Def|Tense=Past|VerbForm=Part
        firma firma NOUN 6 nsubj {IND}
        är vara AUX 6 cop {PRES}
        Ekholm Ekholm PROPN 0 ROOT
        Trä Trä PROPN 6 flat:name
        AB AB PROPN 6 flat:name
        . . PUNCT 6 punct
        """,
    )
    assert naming_clause(list(company), LEXICON) is None  # an adverb is no attribute
    union = parsed(
        nlp,
        f"""
        Förbundets förbund NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        fullständiga fullständig ADJ 4 amod Definite=Def|Degree=Pos
        registrerade registrera VERB 4 amod Definite=Def|Tense=Past|VerbForm=Part
        namn namn NOUN 6 nsubj {IND}
        är vara AUX 6 cop {PRES}
        Åby Åby PROPN 0 ROOT
        Orienteringsförbund Orienteringsförbund PROPN 6 flat:name
        . . PUNCT 6 punct
        """,
    )
    assert naming_clause(list(union), LEXICON) == (0, 5, 7)
    protected = parsed(
        nlp,
        f"""
        Klubbens klubb NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        officiella officiell ADJ 3 amod Definite=Def|Degree=Pos
        namn namn NOUN 5 nsubj {IND}
        är vara AUX 5 cop {PRES}
        skyddat skydda VERB 0 ROOT VerbForm=Part
        . . PUNCT 5 punct
        """,
    )
    assert naming_clause(list(protected), LEXICON) is None


def test_a_name_runs_to_a_two_word_legal_form_or_past_a_bracketed_acronym(nlp) -> None:
    """Round 44 (analysis 44-bh N1, N2): an association's legal form of two words closes
    its name like ``AB`` (``Föreningens firma är Lövås för jakt och fiske ekonomisk
    förening.``), and an acronym in brackets right before the legal form is inside the
    name (``Bolagets firma är Åsa Nät (ÅNAB) AB.``); a bracket of lower-case words is not."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    association = parsed(
        nlp,
        f"""
        Föreningens förening NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        firma firma NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        Lövås Lövås PROPN 0 ROOT
        för för ADP 6 case
        jakt jakt NOUN 4 nmod {IND}
        och och CCONJ 8 cc
        fiske fiske NOUN 6 conj {IND}
        ekonomisk ekonomisk ADJ 10 amod Degree=Pos
        förening förening NOUN 4 appos {IND}
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(association), LEXICON) == (0, 3, 10)
    company = parsed(
        nlp,
        f"""
        Bolagets bolag NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        firma firma NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        Åsa Åsa PROPN 0 ROOT
        Nät Nät PROPN 4 flat:name
        ( ( PUNCT 7 punct
        ÅNAB ÅNAB PROPN 4 appos
        ) ) PUNCT 7 punct
        AB AB PROPN 4 flat:name
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(company), LEXICON) == (0, 3, 9)
    bracket = parsed(
        nlp,
        f"""
        Bolagets bolag NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        firma firma NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        Åsa Åsa PROPN 0 ROOT
        Nät Nät PROPN 4 flat:name
        ( ( PUNCT 7 punct
        nytt ny ADJ 4 appos Degree=Pos
        ) ) PUNCT 7 punct
        AB AB PROPN 4 flat:name
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(bracket), LEXICON)[2] != 9


def test_a_compound_of_namn_after_an_organisation_is_a_name_noun(nlp) -> None:
    """Round 40 (ax cause 1): ``Föreningens föreningsnamn är Norrviks Segelsällskap.``: a compound
    whose head is a name noun and whose first part is an organisation noun makes a naming
    clause like ``namn``; a person's ``efternamn`` is no name noun."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    doc = parsed(
        nlp,
        f"""
        Föreningens förening NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        föreningsnamn föreningsnamn NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        Norrviks Norrvik PROPN 0 ROOT _
        Segelsällskap segelsällskap PROPN 4 flat:name _
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(doc), LEXICON) == (0, 3, 5)
    assert statements(doc) == []
    assert LEXICON.is_name_noun("företagsnamnet")
    assert not LEXICON.is_name_noun("efternamn")


def test_the_noun_asked_about_after_vad_and_the_copula_is_an_actor(nlp) -> None:
    """Round 41 (r C8): ``Vad är ett kommunalförbund?``: after a sentence-initial ``vad`` +
    copula the noun phrase is the subject asked about, an actor, not a predicative."""
    doc = parsed(
        nlp,
        f"""
        Vad vad PRON 4 nsubj
        är vara AUX 4 cop {PRES}
        ett en DET 4 det
        kommunalförbund kommunalförbund NOUN 0 ROOT {IND}
        ? ? PUNCT 4 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["kommunalförbund"]


def test_a_naming_participle_after_an_adverb_in_dashes_names_no_actor(nlp) -> None:
    """Round 42 (analysis 42-bb A3): ``Kulturrådet – även kallat rådet – sammanträder``: the
    name a naming participle gives after any adverb and a dash is a naming, no actor."""
    doc = parsed(
        nlp,
        f"""
        Kulturrådet kulturråd NOUN 7 nsubj {DEF}
        – – PUNCT 5 punct
        även även ADV 4 advmod
        kallat kalla VERB 1 acl VerbForm=Part
        rådet råd NOUN 4 xcomp {DEF}
        – – PUNCT 5 punct
        sammanträder sammanträda VERB 0 ROOT {PRES}
        """,
    )
    assert [m.text for m in doc._.actors] == ["Kulturrådet"]


def test_a_role_after_som_inside_an_indirect_question(nlp) -> None:
    """Round 42 (analysis 42-bb A4): ``visar vad kommunen som ägare vill uppnå``: the bare
    noun after the clause subject's ``som`` is its role, no relative clause's subject."""
    doc = parsed(
        nlp,
        f"""
        Planen plan NOUN 2 nsubj {DEF}
        visar visa VERB 0 ROOT {PRES}
        vad vad PRON 8 obj
        kommunen kommun NOUN 8 nsubj {DEF}
        som som ADP 6 case
        ägare ägare NOUN 4 nmod {IND}
        vill vilja AUX 8 aux {PRES}
        uppnå uppnå VERB 2 ccomp VerbForm=Inf
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["kommun"]


def test_a_title_word_and_a_role_conjunct_are_predicative(nlp) -> None:
    """Round 42 (bc-F1): ``som är vice ordförande`` (``vice`` tagged a preposition) and the
    conjunct of a role after ``som`` (``anställd som lärare eller bibliotekarie``) name roles."""
    title = parsed(
        nlp,
        f"""
        Sekreteraren sekreterare NOUN 8 nsubj {DEF}
        , , PUNCT 4 punct
        som som PRON 6 nsubj
        är vara AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        vice vice ADP 6 case
        ordförande ordförande NOUN 1 acl:relcl {IND}
        , , PUNCT 6 punct
        leder leda VERB 0 ROOT {PRES}
        mötet möte NOUN 8 obj {DEF}
        . . PUNCT 8 punct
        """,
    )
    conjunct = parsed(
        nlp,
        f"""
        Han han PRON 3 nsubj
        är vara AUX 3 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        anställd anställd ADJ 0 ROOT Case=Nom|Definite=Ind|Degree=Pos|Tense=Past|VerbForm=Part
        som som SCONJ 5 mark
        kantor kantor NOUN 3 obl {IND}
        eller eller CCONJ 7 cc
        organist organist NOUN 5 conj {IND}
        . . PUNCT 3 punct
        """,
    )
    inverted = parsed(
        nlp,
        f"""
        Hans han PRON 2 nmod:poss
        ersättare ersättare NOUN 5 nsubj {IND}
        är vara AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        vice vice ADP 5 case
        ordföranden ordförande NOUN 0 ROOT {DEF}
        . . PUNCT 5 punct
        """,
    )
    definite = parsed(
        nlp,
        f"""
        Avtalet avtal NOUN 2 nsubj {DEF}
        gäller gälla VERB 0 ROOT {PRES}
        kommunen kommun NOUN 2 obj {DEF}
        som som SCONJ 5 mark
        ägare ägare NOUN 3 acl {IND}
        och och CCONJ 7 cc
        bolagen bolag NOUN 3 conj {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in title._.actors] == ["sekreterare"]
    assert title._.actors[0].text == "Sekreteraren"
    assert [m.text for m in conjunct._.actors] == []
    assert "vice ordföranden" in [m.text for m in inverted._.actors]
    assert [m.text for m in definite._.actors] == ["kommunen", "bolagen"]


def test_a_qualified_role_after_the_copula_is_predicative(nlp) -> None:
    """Round 43 (be-C14b): ``varav en ska vara godkänd revisor`` classifies one of the
    elected: a professional qualification (`qualification_adjectives`) before an indefinite
    role after the copula is skipped like a title word; as an object the term is an actor."""
    role = parsed(
        nlp,
        f"""
        Föreningen förening NOUN 2 nsubj {DEF}
        väljer välja VERB 0 ROOT {PRES}
        två två NUM 4 nummod
        revisorer revisor NOUN 2 obj {IND_PL}
        , , PUNCT 11 punct
        varav varav ADV 11 advmod
        en en PRON 11 nsubj
        ska skola AUX 11 aux
        vara vara AUX 11 cop VerbForm=Inf
        auktoriserad auktoriserad ADJ 11 amod
        revisor revisor NOUN 2 conj {IND}
        . . PUNCT 2 punct
        """,
    )
    elected = parsed(
        nlp,
        f"""
        Stämman stämma NOUN 2 nsubj {DEF}
        väljer välja VERB 0 ROOT {PRES}
        en en DET 5 det
        auktoriserad auktoriserad ADJ 5 amod
        revisor revisor NOUN 2 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [m.canonical for m in role._.actors] == ["förening", "revisor"]
    assert "auktoriserad revisor" in [m.canonical for m in elected._.actors]


def test_a_fronted_bare_role_before_a_quantified_subject_is_the_predicative(nlp) -> None:
    """Round 43 (bf cause 3): ``Medlem i klubben är varje person som betalar avgift``: a
    distributive determiner after the copula opens the subject as a definite article would
    (round 29 B2); the fronted role is no actor, the quantified noun is the statement's
    actor, its relative clause and all. Also with the role tagged ADV (``Ledamot av rådet
    är alla föreningar som …``). ``Medlem är en person som …`` stays a predicative."""
    quantified = parsed(
        nlp,
        f"""
        Medlem medlem NOUN 6 nsubj {IND}
        i i ADP 3 case
        klubben klubb NOUN 1 nmod {DEF}
        är vara AUX 6 cop {PRES}
        varje varje DET 6 det Definite=Ind|Number=Sing|PronType=Tot
        person person NOUN 0 ROOT {IND}
        som som PRON 8 nsubj PronType=Rel
        betalar betala VERB 6 acl:relcl {PRES}
        avgift avgift NOUN 8 obj {IND}
        . . PUNCT 6 punct
        """,
    )
    adverb = parsed(
        nlp,
        f"""
        Ledamot ledamot ADV 3 advmod
        av av ADP 3 case
        rådet råd NOUN 6 nsubj {DEF}
        är vara AUX 6 cop {PRES}
        alla all DET 6 det Number=Plur|PronType=Tot
        föreningar förening NOUN 0 ROOT {IND_PL}
        som som PRON 8 nsubj PronType=Rel
        samverkar samverka VERB 6 acl:relcl {PRES}
        . . PUNCT 6 punct
        """,
    )
    article = parsed(
        nlp,
        f"""
        Medlem medlem NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        en en DET 4 det Definite=Ind|Number=Sing|PronType=Art
        person person NOUN 0 ROOT {IND}
        som som PRON 6 nsubj PronType=Rel
        betalar betala VERB 4 acl:relcl {PRES}
        avgift avgift NOUN 6 obj {IND}
        . . PUNCT 4 punct
        """,
    )
    assert [m.canonical for m in quantified._.actors] == ["klubb", "person"]
    assert statements(quantified) == [("person", "none", "vara", False, False)]
    assert [m.canonical for m in adverb._.actors] == ["råd", "förening"]
    assert statements(adverb) == [("förening", "none", "vara", False, False)]
    assert statements(article) == [("medlem", "none", "vara", False, False)]


def test_a_possessive_after_the_copula_makes_the_subject_of_a_fronted_predicative(nlp) -> None:
    """Round 44, bh-Q3: ``Användare av X är dess medlemmar``: the possessive makes the noun
    after the copula definite, the subject; the fronted bare noun is the predicative, no
    actor."""
    doc = parsed(
        nlp,
        f"""
        Användare användare NOUN 6 nsubj {IND_PL}
        av av ADP 3 case
        lokalen lokal NOUN 1 nmod {DEF}
        är vara AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        dess den PRON 6 nmod:poss Definite=Def|Poss=Yes|PronType=Prs
        medlemmar medlem NOUN 0 ROOT {IND_PL}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == [("medlem", "none", "vara", False, False)]


def test_a_definite_subject_before_dess_keeps_the_predicative(nlp) -> None:
    """Round 44, bh-Q3 negative: ``Kassören är dess ombud``: a definite opening noun is the
    subject; the possessed noun after the copula stays the predicative."""
    doc = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 4 nsubj {DEF}
        är vara AUX 4 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        dess den PRON 4 nmod:poss Definite=Def|Poss=Yes|PronType=Prs
        ombud ombud NOUN 0 ROOT {IND}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("kassör", "none", "vara", False, False)]


def test_a_bare_opener_before_an_owners_genitive_stays_the_subject(nlp) -> None:
    """Round 56 (fix56e; §5.1 round 29 B2): only a possessive pronoun owner makes the owned
    noun after the copula the identified subject; after a bare opener (``Rektor`` PROPN
    without morphology, or a NOUN) an owner's genitive noun leaves the opener the subject,
    (X, none, vara)."""
    doc = parsed(
        nlp,
        f"""
        Rektor rektor PROPN 4 nsubj Case=Nom
        är vara AUX 4 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        myndighetens myndighet NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        myndighetschef myndighetschef NOUN 0 ROOT {IND}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("rektor", "none", "vara", False, False)]
    noun = parsed(
        nlp,
        f"""
        Föreståndare föreståndare NOUN 5 nsubj {IND}
        är vara AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        kommunens kommun NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Sing
        högsta hög ADJ 5 amod Degree=Sup
        chef chef NOUN 0 ROOT {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(noun) == [("föreståndare", "none", "vara", False, False)]


def test_a_fronted_qualifying_adjective_leaves_the_actor_after_the_copula(nlp) -> None:
    """``Röstberättigad vid stämman är den delägare som …`` (round 45, bi-C6): an adjective
    that qualifies a person (configs/grammar.yaml ``fronted_predicative_adjectives``) opens
    the sentence with its prepositional phrase; the actor noun after the copula, before its
    relative clause, is the subject, whatever the tagger made of the adjective."""
    doc = parsed(
        nlp,
        f"""
        Röstberättigad röstberättigad PROPN 6 nsubj
        vid vid ADP 3 case
        stämman stämma NOUN 1 nmod {DEF}
        är vara AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        den den DET 6 det
        ledamot ledamot NOUN 0 ROOT {IND}
        som som PRON 8 nsubj
        anmält anmäla VERB 6 acl:relcl VerbForm=Sup|Voice=Act
        sig sig PRON 8 obj
        . . PUNCT 6 punct
        """,
    )
    assert "ledamot" in [m.canonical for m in doc._.actors]
    assert statements(doc) == [("ledamot", "none", "vara", False, False)]


def test_an_attributive_qualifying_adjective_opens_no_fronted_predicative(nlp) -> None:
    """``Valbara ledamöter utses av stämman``: the adjective is the subject's attribute, no
    copula follows its phrase; the passive's agent acts (round 45, bi-C6 negative)."""
    doc = parsed(
        nlp,
        f"""
        Valbara valbar ADJ 2 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        ledamöter ledamot NOUN 3 nsubj:pass {IND_PL}
        utses utse VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        av av ADP 5 case
        stämman stämma NOUN 3 obl:agent {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("stämma", "none", "utse", False, True)]


def _subtitled_naming(nlp, subtitle: str):
    words = " ".join(
        f"\n        {word} {word.lower()} {pos} 5 {dep} {morph}" for word, pos, dep, morph in subtitle
    )
    return parsed(
        nlp,
        f"""
        Föreningens förening NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        firma firma NOUN 5 nsubj {IND}
        är vara AUX 5 cop {PRES}
        Nordkraft Nordkraft PROPN 5 nsubj
        – – PUNCT 5 punct{words}
        . . PUNCT 5 punct
        """,
    )


def test_a_naming_clause_name_runs_through_a_spaced_dash_and_its_subtitle(nlp) -> None:
    """Round 45 (bi-C1): ``Föreningens firma är Nordkraft – Regionala elbolagens
    samarbetsorgan.``: the name goes on past the spaced dash to the sentence's end (a word
    the tagger read as a non-finite verb too); the subtitle's nouns are no actors; a finite
    verb after the dash is a clause, and the name stops at the dash."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    subtitle = [
        ("Regionala", "VERB", "ROOT", "VerbForm=Part"),
        ("elbolagens", "NOUN", "nmod:poss", "Case=Gen|Definite=Def|Number=Plur"),
        ("samarbetsorgan", "NOUN", "obj", IND),
    ]
    doc = _subtitled_naming(nlp, subtitle)
    assert naming_clause(list(doc), LEXICON) == (0, 3, 8)
    assert [m.text for m in doc._.actors] == ["Föreningens"]
    clause = [
        ("styrelsen", "NOUN", "nsubj", DEF),
        ("beslutar", "VERB", "ROOT", "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act"),
    ]
    assert naming_clause(list(_subtitled_naming(nlp, clause)), LEXICON) == (0, 3, 4)


def test_the_bodies_a_copula_lists_after_organ_are_actors(nlp) -> None:
    """Round 45 (bi-C12): ``Föreningens organ är årsmöte, styrelse och revisorer.``: each
    listed noun is one of the organisation's bodies, an actor; the body noun is none and the
    sentence identifies (no statement, §5.1 B4). A single noun after ``är ett organ`` stays
    a predicative."""
    doc = parsed(
        nlp,
        f"""
        Föreningens förening NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        organ organ NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        årsmöte årsmöte NOUN 0 ROOT {IND}
        , , PUNCT 6 punct
        styrelse styrelse NOUN 4 conj {IND}
        och och CCONJ 8 cc
        revisorer revisor NOUN 4 conj {IND_PL}
        . . PUNCT 4 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["förening", "årsmöte", "styrelse", "revisor"]
    from pipeline.nlp.sentence_types import identification

    assert identification(doc[:])
    single = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        ett en DET 4 det
        organ organ NOUN 0 ROOT {IND}
        för för ADP 6 case
        samordning samordning NOUN 4 nmod {IND}
        . . PUNCT 4 punct
        """,
    )
    assert [m.canonical for m in single._.actors] == ["styrelse"]


def test_a_list_after_an_attributed_organ_and_an_adverb_identifies(nlp) -> None:
    """Round 48 (analysis 48-bq B4): ``Gillets beslutande organ är alltid gillesstämman och
    styrelsen.``: a participle on the body noun and an adverb after the copula keep the
    list of bodies: each an actor, ``organ`` none, no statement; the indefinite fixed term
    (``Ett beslutande organ ska …``) stays an actor."""
    from pipeline.nlp.sentence_types import identification

    doc = parsed(
        nlp,
        f"""
        Förbundets förbund NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        beslutande besluta ADJ 3 amod Degree=Pos
        organ organ NOUN 6 nsubj {IND}
        är vara AUX 6 cop {PRES}
        alltid alltid ADV 6 advmod _
        förbundsstämman förbundsstämma NOUN 0 ROOT {DEF}
        och och CCONJ 8 cc
        styrelsen styrelse NOUN 6 conj {DEF}
        . . PUNCT 6 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["förbund", "förbundsstämma", "styrelse"]
    assert identification(doc[:])
    fixed = parsed(
        nlp,
        f"""
        Ett en DET 3 det
        beslutande besluta ADJ 3 amod Degree=Pos
        organ organ NOUN 5 nsubj {IND}
        ska skola AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        ha ha VERB 0 ROOT VerbForm=Inf
        ledamöter ledamot NOUN 5 obj {IND_PL}
        . . PUNCT 5 punct
        """,
    )
    assert [m.canonical for m in fixed._.actors] == ["organ", "ledamot"]


def test_a_modal_naming_verb_gives_a_body_a_lower_case_title(nlp) -> None:
    """Round 46 (analysis 46-bm cause 6): ``Den gemensamma nämnden ska benämnas
    tolknämnden norr och söder.``: a modal before the naming verb, and a lower-case name that
    opens with a definite compound of the subject's head; the name is a naming, no actor.
    ``kallas till sammanträdet`` names nothing."""
    from pipeline.nlp.predicative import naming_verb_clause
    from tests.nlp_helpers import INF_PASS, LEXICON, MODAL

    named = parsed(
        nlp,
        f"""
        Den den DET 3 det
        gemensamma gemensam ADJ 3 amod
        nämnden nämnd NOUN 5 nsubj:pass {DEF}
        ska skola AUX 5 aux {MODAL}
        benämnas benämna VERB 0 ROOT {INF_PASS}
        tolknämnden tolknämnd NOUN 5 xcomp {DEF}
        norr norr NOUN 6 nmod
        och och CCONJ 9 cc
        söder söder NOUN 7 conj
        . . PUNCT 5 punct
        """,
    )
    assert naming_verb_clause(list(named), LEXICON) == (2, 5, 9)
    assert [m.text for m in named._.actors] == ["gemensamma nämnden"]
    convened = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj:pass {DEF}
        ska skola AUX 3 aux {MODAL}
        kallas kalla VERB 0 ROOT {INF_PASS}
        till till ADP 5 case
        sammanträdet sammanträde NOUN 3 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert naming_verb_clause(list(convened), LEXICON) is None
    bare = parsed(
        nlp,
        f"""
        Den den DET 3 det
        gemensamma gemensam ADJ 3 amod
        nämnden nämnd NOUN 5 nsubj:pass {DEF}
        ska skola AUX 5 aux {MODAL}
        benämnas benämna VERB 0 ROOT {INF_PASS}
        tolknämnden tolknämnd NOUN 5 xcomp {DEF}
        . . PUNCT 5 punct
        """,
    )
    assert naming_verb_clause(list(bare), LEXICON) is None  # a lone compound: the lexicon's


def test_a_bare_role_noun_in_commas_after_a_name_defines_the_role(nlp) -> None:
    """Round 46 (analysis 46-bm cause 14): ``Ekby kommun, värdkommun, och …``: a bare
    indefinite actor noun between commas after an organisation's name, before a coordinator
    or a verb, is a definition, no actor; a comma list going on with a noun keeps each."""
    defined = parsed(
        nlp,
        f"""
        Ekby Ekby PROPN 2 nmod
        kommun kommun NOUN 8 nsubj {IND}
        , , PUNCT 4 punct
        värdkommun värdkommun NOUN 2 appos {IND}
        , , PUNCT 6 punct
        och och CCONJ 7 cc
        Åby Åby PROPN 2 conj
        inrättar inrätta VERB 0 ROOT {PRES}
        en en DET 10 det
        nämnd nämnd NOUN 8 obj {IND}
        . . PUNCT 8 punct
        """,
    )
    assert [m.text for m in defined._.actors] == ["Ekby kommun", "nämnd"]
    listed = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        samverkar samverka VERB 0 ROOT {PRES}
        med med ADP 5 case
        Ekby Ekby PROPN 5 nmod
        kommun kommun NOUN 2 obl {IND}
        , , PUNCT 7 punct
        polis polis NOUN 5 conj {IND}
        , , PUNCT 9 punct
        länsstyrelse länsstyrelse NOUN 5 conj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [m.text for m in listed._.actors] == ["Nämnden", "Ekby kommun", "polis", "länsstyrelse"]


def test_a_fixed_term_after_an_adjective_of_the_predicative_is_no_actor(nlp) -> None:
    """Round 46 (analysis 46-bm cause 14): ``Förbundet är en egen juridisk person.``: the
    fixed term opens with its adjective; an adjective before it in the base form agrees
    with the indefinite noun of the phrase, a predicative like ``en juridisk person``."""
    doc = parsed(
        nlp,
        f"""
        Förbundet förbund NOUN 6 nsubj {DEF}
        är vara AUX 6 cop {PRES}
        en en DET 6 det
        egen egen ADJ 6 amod
        juridisk juridisk ADJ 6 amod
        person person NOUN 0 ROOT {IND}
        . . PUNCT 6 punct
        """,
    )
    assert [m.text for m in doc._.actors] == ["Förbundet"]


def test_a_naming_clause_with_coordinated_name_nouns(nlp) -> None:
    """Round 49 (analysis 49-bs C1a): two name nouns joined by a coordinator before the
    copula (``Klubbens namn och firma är Sjöviks Båtklubb.``) keep the naming clause, the
    owner read before the first; a name noun coordinated with another noun and no copula
    after it (``Klubbens namn och logotyp får användas …``) names nothing."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    club = parsed(
        nlp,
        f"""
        Klubbens klubb NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 6 nsubj {IND}
        och och CCONJ 4 cc
        firma firma ADJ 2 conj Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        är vara AUX 6 cop {PRES}
        Sjöviks Sjövik PROPN 0 ROOT
        Båtklubb Båtklubb PROPN 6 flat:name
        . . PUNCT 6 punct
        """,
    )
    assert naming_clause(list(club), LEXICON) == (0, 5, 7)
    assert [m.canonical for m in club._.actors] == ["klubb"]  # resolved by references
    logo = parsed(
        nlp,
        f"""
        Klubbens klubb NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 6 nsubj:pass {IND}
        och och CCONJ 4 cc
        logotyp logotyp NOUN 2 conj {IND}
        får få AUX 6 aux {PRES}
        användas använda VERB 0 ROOT VerbForm=Inf|Voice=Pass
        . . PUNCT 6 punct
        """,
    )
    assert naming_clause(list(logo), LEXICON) is None


def test_a_naming_clause_whose_name_opens_with_the_owners_kind_in_lower_case(nlp) -> None:
    """Round 49 (analysis 49-bs C1b): ``Föreningens namn är bostadsrättsföreningen
    Björkhagen.``: a definite compound of the owner's kind (or the bare kind) in lower case
    before a capitalised name opens the name; with no capitalised word after it
    (``Föreningens firma är registrerad hos bostadsrättsföreningen.``) nothing is named, nor
    by another head's noun (``… namn är styrelsen Ek``)."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    housing = parsed(
        nlp,
        f"""
        Föreningens förening NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 5 nsubj {IND}
        är vara AUX 5 cop {PRES}
        bostadsrättsföreningen bostadsrättsförening NOUN 5 nsubj {DEF}
        Björkhagen Björkhagen PROPN 0 ROOT
        . . PUNCT 5 punct
        """,
    )
    assert naming_clause(list(housing), LEXICON) == (0, 3, 5)
    registered = parsed(
        nlp,
        f"""
        Föreningens förening NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        firma firma NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        registrerad registrera ADJ 0 ROOT Degree=Pos
        hos hos ADP 6 case
        bostadsrättsföreningen bostadsrättsförening NOUN 4 obl {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert naming_clause(list(registered), LEXICON) is None
    board = parsed(
        nlp,
        f"""
        Föreningens förening NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 5 nsubj {IND}
        är vara AUX 5 cop {PRES}
        styrelsen styrelse NOUN 5 nsubj {DEF}
        Ek Ek PROPN 0 ROOT
        . . PUNCT 5 punct
        """,
    )
    assert naming_clause(list(board), LEXICON) is None


def test_a_definite_subject_with_its_own_verb_after_a_predicative_and_och(nlp) -> None:
    """``Ekby kommun är huvudman och socialnämnden svarar för driften`` (round 49, 49-r G4):
    after a copula's bare predicative noun, ``och`` + a definite noun + a finite verb opens a
    second main clause with that noun as its subject, whatever the parser conjoined (here the
    noun as a conjunct of the predicative). ``är huvudman och ägare för …``: no finite verb
    after the second noun, one predicative."""
    clause = parsed(
        nlp,
        f"""
        Ekby Ekby PROPN 7 nsubj Case=Nom
        kommun kommun NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        huvudman huvudman NOUN 1 acl:relcl {IND}
        och och CCONJ 6 cc
        socialnämnden socialnämnd NOUN 4 conj {DEF}
        svarar svara VERB 0 ROOT {PRES}
        för för ADP 9 case
        driften drift NOUN 7 obl {DEF}
        . . PUNCT 7 punct
        """,
    )
    predicative = parsed(
        nlp,
        f"""
        Ekby Ekby PROPN 2 nmod Case=Nom
        kommun kommun NOUN 4 nsubj {IND}
        är vara AUX 4 cop {PRES}
        huvudman huvudman NOUN 0 ROOT {IND}
        och och CCONJ 6 cc
        ägare ägare NOUN 4 conj {IND}
        för för ADP 8 case
        stiftelsen stiftelse NOUN 6 nmod {DEF}
        . . PUNCT 4 punct
        """,
    )
    assert "socialnämnd" in [m.canonical for m in clause._.actors]
    assert statements(clause) == [
        ("ekby kommun", "none", "vara", False, False),
        ("socialnämnd", "responsibility", "svara", False, False),
    ]
    assert "ägare" not in [m.canonical for m in predicative._.actors]
    assert statements(predicative) == [("ekby kommun", "none", "vara", False, False)]


def test_a_fronted_role_before_the_copula_and_a_personal_name_is_no_actor(nlp) -> None:
    """``Vice ordförande i fritidsnämnden är Nils Berg (M).`` (round 42 ruling): a bare role
    before the copula and a personal name (a listed given name first, or a party code in
    brackets after it) names the person: no actor for the role, no statement; a single
    capitalised word with neither is no personal name and leaves the role."""
    rows = """
        Vice vice ADJ 2 amod Case=Nom|Definite=Ind|Degree=Pos
        ordförande ordförande NOUN 6 nsubj {IND}
        i i ADP 4 case
        fritidsnämnden fritidsnämnd NOUN 2 nmod {DEF}
        är vara AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        {name}
        . . PUNCT 6 punct
        """
    named = parsed(
        nlp,
        rows.format(
            IND=IND, DEF=DEF,
            name="Nils Nils PROPN 0 ROOT _\n        Berg Berg PROPN 6 flat _\n"
            "        ( ( PUNCT 9 punct _\n        M M PROPN 6 appos _\n        ) ) PUNCT 9 punct _",
        ),
    )
    assert "fritidsnämnd" in [m.canonical for m in named._.actors]
    assert not any("ordförande" in m.canonical for m in named._.actors)
    assert statements(named) == []
    place = parsed(nlp, rows.format(IND=IND, DEF=DEF, name="Ekby Ekby PROPN 0 ROOT _"))
    assert any("ordförande" in m.canonical for m in place._.actors)


def test_a_bare_body_before_an_owned_body_after_the_copula_is_the_subject(nlp) -> None:
    """Round 50, bw G7: ``Nämnd är stiftelsens styrelse``: a bare body noun before the copula
    and an owner's genitive + a body noun after it say what body the subject is, as the
    definite form does (``Nämnden är stiftelsens styrelse`` → vara): the bare noun is the
    subject, no fronted predicative. A person role before an owner's role (``Närmaste chef
    är förbundets direktör``) stays the fronted predicative."""
    doc = parsed(
        nlp,
        f"""
        Nämnd nämnd NOUN 4 nsubj {IND}
        är vara AUX 4 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        stiftelsens stiftelse NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        styrelse styrelse NOUN 0 ROOT {IND}
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "vara", False, False)]
    role = f"""
    Närmaste nära ADJ 2 amod Degree=Sup
    chef chef NOUN 5 nsubj {IND}
    är vara AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
    förbundets förbund NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Sing
    direktör direktör NOUN 0 ROOT {IND}
    . . PUNCT 5 punct
    """
    assert all(s[0] != "chef" for s in statements(parsed(nlp, role)))  # the role: no subject


def test_a_fullmaktige_compound_tagged_as_a_verb_after_the_copula_is_the_body(nlp) -> None:
    """``Stadens främsta organ är stadsfullmäktige.`` (round 51, analysis 51-bx C1): the
    tagger reads the invariant body compound as a supine; it is the named body the clause
    identifies (B4): an actor, no statement, and ``organ`` none."""
    doc = parsed(
        nlp,
        f"""
        Stadens stad NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
        främsta främst ADJ 3 amod Case=Nom|Definite=Def|Degree=Sup
        organ organ NOUN 5 nsubj {IND}
        är vara AUX 5 cop {PRES}
        stadsfullmäktige stadsfullmäktig VERB 0 ROOT VerbForm=Sup|Voice=Act
        . . PUNCT 5 punct
        """,
    )
    from pipeline.nlp.sentence_types import identification

    assert [m.canonical for m in doc._.actors] == ["stad", "stadsfullmäktige"]
    assert identification(doc[:])


def test_the_adjective_fullmaktig_after_the_copula_names_no_body(nlp) -> None:
    """``Agenten är fullmäktig att skriva under.``: the bare adjective (authorised) is no
    body compound (round 51, C1 negative)."""
    doc = parsed(
        nlp,
        f"""
        Agenten agent NOUN 3 nsubj {DEF}
        är vara AUX 3 cop {PRES}
        fullmäktig fullmäktig ADJ 0 ROOT Case=Nom|Definite=Ind|Degree=Pos
        att att PART 5 mark
        skriva skriva VERB 3 xcomp VerbForm=Inf|Voice=Act
        under under ADV 5 compound:prt
        . . PUNCT 3 punct
        """,
    )
    assert "fullmäktige" not in " ".join(m.canonical for m in doc._.actors)


_ARTICLE_BODY_ROWS = """
        Det den DET 4 det Definite=Def|Gender=Neut|Number=Sing|PronType=Art
        högsta hög ADJ 4 amod Case=Nom|Definite=Def|Degree=Sup
        styrande styra ADJ 4 amod Case=Nom|Degree=Pos|Tense=Pres|VerbForm=Part
        organet organ NOUN 8 nsubj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
        i i ADP 6 case
        Lindvik Lindvik PROPN 4 nmod Case=Nom
        är vara AUX 8 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        regionfullmäktige regionfullmäktig NOUN 0 ROOT Case=Nom|Definite=Def|Number=Plur
        . . PUNCT 8 punct
        """


def test_an_article_superlative_body_noun_and_a_place_phrase_identify(nlp) -> None:
    """Round 51 (x1; §5.1 round 35 B4): ``Det högsta styrande organet i Lindvik är
    regionfullmäktige.`` identifies like the genitive form: no statement, the named body an
    actor, ``organ`` none; with the subject first the copula keeps its statement."""
    doc = parsed(nlp, _ARTICLE_BODY_ROWS)
    canonicals = [m.canonical for m in doc._.actors]
    assert "organ" not in canonicals and "regionfullmäktige" in canonicals
    sentence = next(iter(doc.sents))
    assert identification(sentence)
    assert list(without_statements(sentence)) == list(range(len(sentence)))
    subject_first = parsed(
        nlp,
        """
        Regionstyrelsen regionstyrelse NOUN 6 nsubj Case=Nom|Definite=Def|Number=Sing
        är vara AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        det den DET 6 det Definite=Def|Gender=Neut|Number=Sing|PronType=Art
        högsta hög ADJ 6 amod Case=Nom|Definite=Def|Degree=Sup
        styrande styra ADJ 6 amod Case=Nom|Degree=Pos|Tense=Pres|VerbForm=Part
        organet organ NOUN 0 ROOT Case=Nom|Definite=Def|Gender=Neut|Number=Sing
        i i ADP 8 case
        regionen region NOUN 6 nmod Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 6 punct
        """,
    )
    assert statements(subject_first) == [("regionstyrelse", "none", "vara", False, False)]
    assert not identification(next(iter(subject_first.sents)))


def test_a_counted_person_noun_after_a_fronted_phrase_and_the_copula_is_the_subject(
    nlp,
) -> None:
    """Round 51 (bx-C6): ``I kansliet är cirka 12 handläggare anställda.``: after a fronted
    prepositional phrase, the copula and a count, a person noun that a past participle
    follows is the inverted subject, no predicative; a thing noun there is no actor."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        kansliet kansli NOUN 7 obl {DEF}
        är vara AUX 7 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        cirka cirka ADV 5 advmod
        12 12 NUM 6 nummod Case=Nom
        handläggare handläggare NOUN 7 nsubj {IND_PL}
        anställda anställd NOUN 0 ROOT {IND_PL}
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [("handläggare", "none", "vara", False, False)]
    assert "anställd" not in [m.canonical for m in doc._.actors]
    things = parsed(
        nlp,
        f"""
        I i ADP 2 case
        kansliet kansli NOUN 7 obl {DEF}
        är vara AUX 7 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        cirka cirka ADV 5 advmod
        12 12 NUM 6 nummod Case=Nom
        ärenden ärende NOUN 7 nsubj {IND_PL}
        avgjorda avgöra NOUN 0 ROOT {IND_PL}
        . . PUNCT 7 punct
        """,
    )
    assert statements(things) == []


def test_an_approximate_count_before_an_inverted_person_subject(nlp) -> None:
    """Round 51 (bx-C6): ``Av dessa är ett tiotal tjänstemän placerade i Ekby.``: ``ett`` and
    a `-tal` noun count the person noun like a numeral, also where the tagger reads the noun
    as an adjective and the count as its head's modifier."""
    doc = parsed(
        nlp,
        f"""
        Av av ADP 2 case
        dessa denna PRON 7 obl Definite=Def|Number=Plur|PronType=Dem
        är vara AUX 7 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        ett en DET 5 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
        tiotal tiotal NOUN 7 nmod {IND}
        tjänstemän tjänsteman ADJ 7 amod Case=Nom|Degree=Pos
        placerade placera ADJ 0 ROOT Case=Nom|Degree=Pos|Number=Plur|Tense=Past|VerbForm=Part
        i i ADP 9 case
        Ekby Ekby PROPN 7 obl Case=Nom
        . . PUNCT 7 punct
        """,
    )
    assert statements(doc) == [("tjänsteman", "none", "vara", False, False)]


def test_an_acronym_owner_without_s_before_an_identifying_organ(nlp) -> None:
    """Analysis 51-bq F (round 48's owner without ``-s``): ``ÖSF beslutande organ är
    stämman och styrelsen.``: an all-capitals acronym before the body noun's attributes is
    its owner however the parser hangs it; the list of bodies identifies, no statement.
    ``ÖSF är en ideell förening.`` (the acronym the subject) is no identification."""
    for dep in ("nmod:poss", "compound", "nsubj"):
        assert identification(_acronym_owned_organ(nlp, dep)[:]), dep
    subject = parsed(
        nlp,
        f"""
        ÖSF ÖSF PROPN 5 nsubj
        är vara AUX 5 cop {PRES}
        en en DET 5 det
        ideell ideell ADJ 5 amod Degree=Pos
        förening förening NOUN 0 ROOT {IND}
        . . PUNCT 5 punct
        """,
    )
    assert not identification(subject[:])


def _acronym_owned_organ(nlp, dep: str):
    return parsed(
        nlp,
        f"""
        ÖSF ÖSF PROPN 3 {dep}
        beslutande besluta ADJ 3 amod Degree=Pos
        organ organ NOUN 5 nsubj {IND}
        är vara AUX 5 cop {PRES}
        stämman stämma NOUN 0 ROOT {DEF}
        och och CCONJ 7 cc
        styrelsen styrelse NOUN 5 conj {DEF}
        . . PUNCT 5 punct
        """,
    )


def test_owned_inverted_subject_of_a_naming_passive_is_an_actor(nlp) -> None:
    """Round 52 (al P6): ``I föreningen kallas styrelsens ordförande preses``: after a
    fronted phrase the naming passive's first noun phrase, an owner's genitive and its noun,
    is the inverted subject (an actor, the statement's), the word after it the title; an
    owned noun that ends the clause (``Kassören kallas klubbens ordförande``) stays the
    title."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        föreningen förening NOUN 3 obl {DEF}
        kallas kalla VERB 0 ROOT {PASS}
        styrelsens styrelse NOUN 5 nmod:poss Case=Gen|Definite=Def|Gender=Com|Number=Sing
        ordförande ordförande NOUN 3 nsubj {IND}
        preses preses NOUN 3 xcomp {IND}
        . . PUNCT 3 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["förening", "styrelsens ordförande"]
    assert statements(doc) == [("styrelsens ordförande", "none", "kalla", False, True)]
    straight = parsed(
        nlp,
        f"""
        Kassören kassör NOUN 3 nsubj:pass {DEF}
        kallas kalla VERB 0 ROOT {PASS}
        klubbens klubb NOUN 4 nmod:poss Case=Gen|Definite=Def|Gender=Com|Number=Sing
        ordförande ordförande NOUN 2 xcomp {IND}
        . . PUNCT 2 punct
        """,
    )
    assert "klubbens ordförande" not in [m.canonical for m in straight._.actors]


def test_an_adverb_after_an_owned_inverted_subject_is_no_title(nlp) -> None:
    """Review 52 M2: ``kallas`` "summoned" after a fronted phrase, its owned inverted
    subject and an adverb (``Till sammanträdet kallas nämndens ledamöter senast en vecka i
    förväg``, ``Vid mötet kallas nämndens ersättare endast vid förhinder``, ``Till
    årsstämman kallas bolagets aktieägare skriftligen [ADJ]``) is no naming: an adverb, a
    -ligen form whatever its tag, is no title, and a title ends the clause. The summoned
    members are no actor of a statement (``Till stämman kallas föreningens medlemmar i god
    tid``)."""
    gen = "Case=Gen|Definite=Def|Gender=Neut|Number=Sing"
    cases = [
        f"""
        Till till ADP 2 case
        sammanträdet sammanträde NOUN 3 obl {DEF}
        kallas kalla VERB 0 ROOT {PASS}
        nämndens nämnd NOUN 5 nmod:poss {gen}
        ledamöter ledamot NOUN 3 nsubj:pass {IND_PL}
        senast senast ADV 8 advmod _
        en en DET 8 det
        vecka vecka NOUN 3 obl {IND}
        i i ADP 10 case
        förväg förväg NOUN 3 obl {IND}
        . . PUNCT 3 punct
        """,
        f"""
        Vid vid ADP 2 case
        mötet möte NOUN 3 obl {DEF}
        kallas kalla VERB 0 ROOT {PASS}
        nämndens nämnd NOUN 5 nmod:poss {gen}
        ersättare ersättare NOUN 3 nsubj:pass {IND_PL}
        endast endast ADV 8 advmod _
        vid vid ADP 8 case
        förhinder förhinder NOUN 3 obl {IND}
        . . PUNCT 3 punct
        """,
        f"""
        Till till ADP 2 case
        årsstämman årsstämma NOUN 3 obl {DEF}
        kallas kalla VERB 0 ROOT {PASS}
        bolagets bolag NOUN 5 nmod:poss {gen}
        aktieägare aktieägare NOUN 3 nsubj:pass {IND_PL}
        skriftligen skriftlig ADJ 3 xcomp Degree=Pos
        . . PUNCT 3 punct
        """,
        f"""
        Till till ADP 2 case
        stämman stämma NOUN 3 obl {DEF}
        kallas kalla VERB 0 ROOT {PASS}
        föreningens förening NOUN 5 nmod:poss {gen}
        medlemmar medlem NOUN 3 nsubj:pass {IND_PL}
        i i ADP 8 case
        god god ADJ 8 amod Degree=Pos
        tid tid NOUN 3 obl {IND}
        . . PUNCT 3 punct
        """,
    ]
    for rows in cases:
        assert statements(parsed(nlp, rows)) == [], rows.split()[0:2]


def test_a_fronted_bare_predicative_after_an_inline_section_label(nlp) -> None:
    """Round 52 (analysis 52-bh C4): a section label a flattened print keeps in the line
    (``§ 7``, or ``4`` after a sentence end) does not stop the bare noun after it from
    opening the sentence: ``§ 7 Brukare av lokalen är dess hyresgäster`` → (hyresgäst, none,
    vara); a numeral inside a sentence (``har 2 röster``) is no label."""
    doc = parsed(
        nlp,
        f"""
        § § NOUN 3 nmod
        7 7 NUM 1 nummod
        Brukare brukare NOUN 8 nsubj {IND}
        av av ADP 5 case
        lokalen lokal NOUN 3 nmod {DEF}
        är vara AUX 8 cop {PRES}
        dess dess PRON 8 nmod:poss Poss=Yes|PronType=Prs
        hyresgäster hyresgäst NOUN 0 ROOT {IND_PL}
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [("hyresgäst", "none", "vara", False, False)]
    from pipeline.nlp.predicative import _after_inline_label

    tokens = list(nlp("Avgiften betalas. 4 Mottagare av stödet är dess medlemmar."))
    assert _after_inline_label(tokens, 4)  # `Mottagare` after `. 4`
    tokens = list(nlp("Ordföranden har 2 röster."))
    assert not _after_inline_label(tokens, 3)  # `röster` after `har 2`


def test_a_title_before_a_personal_name_after_a_fronted_predicative_is_the_subject(
    nlp,
) -> None:
    """Round 53 (cb-P12): ``Högste chef för sekreterarna är kanslichef Maria Lund.``: round 29
    B2's fronted predicative whose inverted subject is a bare title and a personal name (round
    36 C6: the title names the actor, the name none); the tagger's genitive on ``Högste`` (no
    -s) is no owner. A name alone after the copula (``Chef för sekreterarna är Maria Lund``,
    round 42): the role no actor, no statement."""
    doc = parsed(
        nlp,
        f"""
        Högste hög PROPN 2 amod Case=Gen
        chef chef NOUN 6 nsubj {IND}
        för för ADP 4 case
        sekreterarna sekreterare NOUN 2 nmod {DEF_PL}
        är vara AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        kanslichef kanslichef NOUN 7 nmod {IND}
        Maria Maria PROPN 0 ROOT Case=Nom
        Lund Lund PROPN 7 flat:name Case=Nom
        . . PUNCT 7 punct
        """,
    )
    named = parsed(
        nlp,
        f"""
        Chef chef NOUN 5 nsubj {IND}
        för för ADP 3 case
        sekreterarna sekreterare NOUN 1 nmod {DEF_PL}
        är vara AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        Maria Maria PROPN 0 ROOT Case=Nom
        Lund Lund PROPN 5 flat:name Case=Nom
        . . PUNCT 5 punct
        """,
    )
    assert [m.canonical for m in doc._.actors] == ["sekreterare", "kanslichef"]
    assert statements(doc) == [("kanslichef", "none", "vara", False, False)]
    assert [m.canonical for m in named._.actors] == ["sekreterare"]
    assert statements(named) == []


def test_a_hyphenated_given_name_after_a_fronted_role_is_a_personal_name(nlp) -> None:
    """Analysis 54-ce C8: ``Kassör är Per-Olof Lind.``: a hyphenated pair of listed given
    names (``Per-Olof``) opens a personal name as a single given name does: no actor for the
    role, no statement; a pair that is no given names (``Ekby-Strand``) leaves the role."""
    rows = """
        Kassör kassör NOUN 3 nsubj {IND}
        är vara AUX 3 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        {first} {first} PROPN 0 ROOT _
        Lind Lind PROPN 3 flat _
        . . PUNCT 3 punct
        """
    named = parsed(nlp, rows.format(IND=IND, first="Per-Olof"))
    assert not any("kassör" in m.canonical for m in named._.actors)
    assert statements(named) == []
    place = parsed(nlp, rows.format(IND=IND, first="Ekby-Strand"))
    assert any("kassör" in m.canonical for m in place._.actors)


def test_a_naming_clauses_association_name_runs_through_i_and_a_place(nlp) -> None:
    """Round 54 (w54j N1): ``Sällskapets namn är Båtsällskapet i Norrviks län.``: a one-word
    name that is a definite compound of an association head goes on through ``i``, the
    place word and a place kind after it (``län``); with a bare place word it ends there;
    a list of places (``i Åby och Ödal``) stays outside the name."""
    from pipeline.nlp.predicative import naming_clause
    from tests.nlp_helpers import LEXICON

    def name_of(place: str) -> tuple[int, int, int] | None:
        rows = "\n".join(f"{word} {word} PROPN 5 flat:name" for word in place.split())
        doc = parsed(
            nlp,
            f"""
            Sällskapets sällskap NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing|Gender=Neut
            namn namn NOUN 4 nsubj {IND}
            är vara AUX 4 cop {PRES}
            Båtsällskapet båtsällskap PROPN 0 ROOT
            i i ADP 6 case
            {rows}
            . . PUNCT 4 punct
            """,
        )
        return naming_clause(list(doc), LEXICON)

    assert name_of("Norrviks län") == (0, 3, 7)
    assert name_of("Norrvik") == (0, 3, 6)
    assert name_of("Åby och Ödal") == (0, 3, 4)


def test_an_owner_genitive_and_its_head_after_a_v2_copula_are_the_subject(nlp) -> None:
    """Round 54 (analysis 54b-cg L3): after a fronted adverbial the copula stands second; an
    owner's genitive + a head spelled indefinite (definite by its owner) right after it, a
    bracketed gloss and then a further noun: the owned head is the inverted subject, the last
    noun the predicative. SVO order keeps the genitive phrase as the predicative."""
    inverted = parsed(
        nlp,
        f"""
        Numera numera ADV 8 advmod
        är vara AUX 8 cop {PRES}
        miljönämndens miljönämnd NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ordförande ordförande NOUN 8 nsubj {IND}
        ( ( PUNCT 6 punct
        MO MO PROPN 4 appos
        ) ) PUNCT 6 punct
        talesperson talesperson NOUN 0 ROOT {IND}
        . . PUNCT 8 punct
        """,
    )
    svo = parsed(
        nlp,
        f"""
        Ordföranden ordförande NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        miljönämndens miljönämnd NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
        sekreterare sekreterare NOUN 0 ROOT {IND}
        . . PUNCT 4 punct
        """,
    )
    assert [m.canonical for m in inverted._.actors][0] == "miljönämndens ordförande"
    assert "talesperson" not in [m.canonical for m in inverted._.actors]
    assert statements(inverted) == [("miljönämndens ordförande", "none", "vara", False, False)]
    assert [m.canonical for m in svo._.actors] == ["ordförande"]
    assert statements(svo) == [("ordförande", "none", "vara", False, False)]


def test_an_owner_genitive_is_a_genitive_not_any_noun_in_s(nlp) -> None:
    """An owner's genitive (``kursens``) before a head after a V2 copula makes the owned head
    the inverted subject and identifies a mention; a nominative noun in -s (``process``)
    owns nothing (`_owner_genitive`, the module's one genitive test)."""
    from pipeline.nlp.predicative import _owned_head, _owned_subject_after_v2

    sentence = """
        I i ADP 2 case
        år år NOUN 6 obl {IND}
        är vara AUX 6 cop {PRES}
        {owner}
        ägare ägare NOUN 6 appos {IND}
        styrelsen styrelse NOUN 0 ROOT {DEF}
        . . PUNCT 6 punct
        """
    genitive = "kursens kurs NOUN 5 nmod:poss Case=Gen|Definite=Def|Gender=Com|Number=Sing"
    nominative = "process process NOUN 6 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Sing"
    owned = list(parsed(nlp, sentence.format(owner=genitive, IND=IND, PRES=PRES, DEF=DEF)))
    plain = list(parsed(nlp, sentence.format(owner=nominative, IND=IND, PRES=PRES, DEF=DEF)))
    assert _owned_subject_after_v2(owned, 2, 4)
    assert _owned_head(owned[3:4])
    assert not _owned_subject_after_v2(plain, 2, 4)
    assert not _owned_head(plain[3:4])


def test_an_organisation_role_before_the_copula_and_an_organisations_name(nlp) -> None:
    """Round 55 (cj-C8): ``Huvudman för skolan är Åby kommun.``: a bare organisation role
    (no person, no body) opening the sentence, a prepositional phrase and the copula, then an
    organisation's name: the role is the fronted predicative (no actor), the name the
    subject. A personal name there (``Huvudman för skolan är Anna Lund``, round 42) names
    the person: no actor, no statement."""
    rows = """
        Huvudman huvudman NOUN 5 nsubj {IND}
        för för ADP 3 case _
        skolan skola NOUN 1 nmod {DEF}
        är vara AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        {name}
        . . PUNCT 5 punct _
        """
    named = parsed(
        nlp,
        rows.format(
            IND=IND, DEF=DEF,
            name=f"Åby Åby PROPN 0 ROOT _\n        kommun kommun NOUN 5 flat:name {IND}",
        ),
    )
    assert "huvudman" not in [m.canonical for m in named._.actors]
    assert statements(named) == [("åby kommun", "none", "vara", False, False)]
    person = parsed(
        nlp,
        rows.format(
            IND=IND, DEF=DEF,
            name="Anna Anna PROPN 0 ROOT _\n        Lund Lund PROPN 5 flat:name _",
        ),
    )
    assert "huvudman" not in [m.canonical for m in person._.actors]
    assert statements(person) == []
    group = parsed(
        nlp,
        rows.replace("Huvudman huvudman NOUN", "Medlemmar medlem PROPN").format(
            IND="Case=Nom", DEF=DEF,
            name=f"Åby Åby PROPN 0 ROOT _\n        kommun kommun NOUN 5 flat:name {IND}",
        ),
    )
    assert "medlem" in [m.canonical for m in group._.actors]  # a plural: the group


def test_an_organisation_name_after_a_fronted_role_must_close_the_copulas_clause(nlp) -> None:
    """Review55b must-fix 2: ``Ägare är Åby kommun och styrelsen ska rapportera.``: the
    coordinator opens a clause with its own finite verb, so the name does not close the
    copula's clause and is no subject read by `_role_before_organisation_name`; the later
    clause's subject gets no ``vara``. ``Ägare är Åby kommun och Ekby kommun.`` (a further
    name, no finite verb) keeps both names as the subject."""
    clause = parsed(
        nlp,
        f"""
        Ägare ägare NOUN 3 nsubj {IND}
        är vara AUX 3 cop {MODAL}
        Åby Åby PROPN 0 ROOT _
        kommun kommun NOUN 3 flat:name {IND}
        och och CCONJ 8 cc _
        styrelsen styrelse NOUN 8 nsubj {DEF}
        ska skola AUX 8 aux {MODAL}
        rapportera rapportera VERB 3 conj VerbForm=Inf|Voice=Act
        . . PUNCT 3 punct _
        """,
    )
    found = statements(clause)
    assert ("styrelse", "none", "vara", False, False) not in found
    assert ("styrelse", "obligation", "rapportera", False, False) in found
    names = parsed(
        nlp,
        f"""
        Ägare ägare NOUN 3 nsubj {IND}
        är vara AUX 3 cop {MODAL}
        Åby Åby PROPN 0 ROOT _
        kommun kommun NOUN 3 flat:name {IND}
        och och CCONJ 7 cc _
        Ekby Ekby PROPN 3 conj _
        kommun kommun NOUN 6 flat:name {IND}
        . . PUNCT 3 punct _
        """,
    )
    assert "ägare" not in [m.canonical for m in names._.actors]
    assert sorted(statements(names)) == [
        ("ekby kommun", "none", "vara", False, False),
        ("åby kommun", "none", "vara", False, False),
    ]


def test_a_role_with_an_owner_or_after_a_main_clause_before_a_personal_name(nlp) -> None:
    """Ruling t14 (round 55): a role + ``är`` + a personal name gives no statement in any main
    clause and with any owner: ``Utskottets sekreterare är Karin Holm (L), vice sekreterare
    är Per Ek (M).`` as the parser hangs it (the second role a conjunct of the first name):
    neither role is an actor (a single capitalised word is still no personal name: see the
    round 42 test above)."""
    doc = parsed(
        nlp,
        f"""
        Utskottets utskott NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        sekreterare sekreterare NOUN 5 nsubj {IND}
        är vara AUX 5 cop {PRES}
        Karin Karin PROPN 5 compound _
        Holm Holm PROPN 0 ROOT _
        ( ( PUNCT 7 punct _
        L L PROPN 5 appos _
        ) ) PUNCT 7 punct _
        , , PUNCT 11 punct _
        vice vice ADJ 11 amod Case=Nom|Definite=Ind|Degree=Pos
        sekreterare sekreterare NOUN 5 conj {IND}
        är vara AUX 13 cop {PRES}
        Per Per PROPN 13 compound _
        Ek Ek PROPN 5 conj _
        ( ( PUNCT 16 punct _
        M M PROPN 14 appos _
        ) ) PUNCT 16 punct _
        . . PUNCT 5 punct _
        """,
    )
    assert not any("sekreterare" in m.canonical for m in doc._.actors)
    assert statements(doc) == []


def test_a_noun_after_a_distributive_var_sin_is_no_predicative(nlp) -> None:
    """Round 58 (analysis 58-cr side finding): ``Kommunerna utser var [AUX, cop] sitt ombud.``:
    ``var sitt`` is the distributive pronoun, so ``ombud`` is the object, an actor, not a
    predicative role. Negative: ``Nämnden var ombud för kommunen.``: after the copula the
    role is a predicative, no actor (§2.5)."""
    doc = parsed(
        nlp,
        f"""
        Kommunerna kommun NOUN 2 nsubj {DEF_PL}
        utser utse VERB 0 ROOT {PRES}
        var vara AUX 5 cop Mood=Ind|Tense=Past|VerbForm=Fin
        sitt sin PRON 5 nmod:poss
        ombud ombud NOUN 2 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert "ombud" in [m.canonical for m in doc._.actors]
    copula = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        var vara AUX 3 cop Mood=Ind|Tense=Past|VerbForm=Fin
        ombud ombud NOUN 0 ROOT {IND}
        för för ADP 5 case
        kommunen kommun NOUN 3 nmod {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert "ombud" not in [m.canonical for m in copula._.actors]


def _actor_texts(doc) -> list[str]:
    return [m.text for m in doc._.actors]


def test_role_som_between_att_and_its_infinitive_is_a_capacity(nlp) -> None:
    """Round 58 (gen58 C7): ``att som ersättare fullgöra``: role-``som`` between the
    infinitive marker and its verb is a predicative (§2.1, §2.4), no actor."""
    doc = parsed(
        nlp,
        f"""
        Ledamoten ledamot NOUN 3 nsubj {DEF}
        är vara AUX 3 cop {PRES}
        skyldig skyldig ADJ 0 ROOT
        att att SCONJ 7 mark
        som som SCONJ 6 mark
        ersättare ersättare NOUN 7 nsubj {IND}
        fullgöra fullgöra VERB 3 advcl VerbForm=Inf|Voice=Act
        ordförandens ordförande NOUN 9 nmod:poss Case=Gen|Definite=Def|Number=Sing
        uppgifter uppgift NOUN 7 obj {IND_PL}
        """,
    )
    assert _actor_texts(doc) == ["Ledamoten", "ordförandens"]


def test_a_comparing_som_before_a_definite_actor_keeps_the_actor(nlp) -> None:
    """Round 58 (gen58 C7, negative): ``samma rätt att yttra sig som ledamoten``: a comparing
    ``som`` after the verb's object, a definite actor after it."""
    doc = parsed(
        nlp,
        f"""
        Ersättaren ersättare NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        samma samma ADJ 4 amod
        rätt rätt NOUN 2 obj {IND}
        att att PART 6 mark
        yttra yttra VERB 4 acl VerbForm=Inf|Voice=Act
        sig sig PRON 6 obj
        som som SCONJ 9 mark
        ledamoten ledamot NOUN 6 xcomp {DEF}
        """,
    )
    assert _actor_texts(doc) == ["Ersättaren", "ledamoten"]


def test_a_fronted_vice_role_in_a_conjoined_copular_clause_is_the_predicative(nlp) -> None:
    """Round 58 (gen58 C2): ``Ordförande är kommunalrådet, men vice ordförande är
    oppositionsrådet``: a bare role with its title opening the clause after ``, men`` is the
    fronted predicative, the definite actor after the copula the subject (round 29 B2)."""
    doc = parsed(
        nlp,
        f"""
        Ordförande ordförande PROPN 3 nsubj
        är vara AUX 3 cop {PRES}
        kommunalrådet kommunalråd NOUN 0 ROOT {DEF}
        , , PUNCT 9 punct
        men men CCONJ 9 cc
        vice vice NOUN 7 cc
        ordförande ordförande NOUN 9 nsubj {IND}
        är vara AUX 9 cop {PRES}
        oppositionsrådet oppositionsråd NOUN 3 conj {DEF}
        """,
    )
    assert _actor_texts(doc) == ["kommunalrådet", "oppositionsrådet"]


def test_a_plural_group_opening_a_conjoined_copular_clause_is_the_subject(nlp) -> None:
    """Round 58 (negative): ``…, och samtliga förvaltningschefer är underställda X``: a
    plural after ``, och`` is the group, the subject, no fronted predicative."""
    doc = parsed(
        nlp,
        f"""
        Förvaltningarna förvaltning NOUN 2 nsubj:pass {DEF_PL}
        leds leda VERB 0 ROOT {PASS}
        av av ADP 4 case
        chefer chef NOUN 2 obl {IND_PL}
        , , PUNCT 10 punct
        och och CCONJ 10 cc
        samtliga samtlig ADJ 8 amod
        förvaltningschefer förvaltningschef NOUN 10 nsubj {IND_PL}
        är vara AUX 10 cop {PRES}
        underställda underställd ADJ 2 conj
        kommundirektören kommundirektör NOUN 10 obj {DEF}
        """,
    )
    assert "förvaltningschefer" in _actor_texts(doc)


def test_a_bare_role_after_a_verb_first_copula_is_the_condition_subject(nlp) -> None:
    """Round 58 (gen58 C4): ``Är förvaltningschef förhindrad …``: the bare role after the
    copula that opens a verb-first condition, before its adjective, is the subject."""
    doc = parsed(
        nlp,
        f"""
        Är vara AUX 3 cop {PRES}
        förvaltningschef förvaltningschef NOUN 3 nsubj {IND}
        förhindrad förhindrad ADJ 0 ROOT
        ska skola AUX 6 aux {MODAL}
        ekonomichefen ekonomichef NOUN 6 nsubj {DEF}
        föredra föredra VERB 3 parataxis VerbForm=Inf|Voice=Act
        ärendet ärende NOUN 6 obj {DEF}
        """,
    )
    assert _actor_texts(doc) == ["förvaltningschef", "ekonomichefen"]


def test_distributive_var_is_no_copula_place() -> None:
    """Round 58 (review58 S3): ``Kommunerna utser var sin ledamot``: the ``var`` that opens
    a distributive pronoun is no copula place. Negative: ``Ledamoten var ordförande``: the
    past of ``vara`` is one."""
    from pipeline.nlp.predicative import _find_copula_places

    distributive = ["kommunerna", "utser", "var", "sin", "ledamot", "."]
    places = _find_copula_places(distributive)
    assert places.first_copula == len(distributive) and places.last_copula == -1
    copula = ["ledamoten", "var", "ordförande", "."]
    assert _find_copula_places(copula).first_copula == 1
