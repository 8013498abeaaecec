"""Verb groups (pipeline/nlp/groups.py): the verbs a finite verb governs, past what stands in
a modal's slot (inverted subjects, insertions, phrases), on hand-parsed invented sentences
(`parsed()`: rows `word lemma UPOS head dep [morph]`)."""

from __future__ import annotations

import pytest

from pipeline.nlp.groups import find_verbs, with_aim_verbs
from pipeline.nlp.statements import Statement
from tests.nlp_helpers import (
    DEF,
    DEF_PL,
    IND,
    IND_PL,
    INF,
    INF_PASS,
    MODAL,
    PRES,
    parsed,
    statements,
)


def test_every_statement_aim_is_a_verb_span(nlp):
    doc = parsed(
        nlp,
        """
        Chefen chef NOUN 2 nsubj Definite=Def
        ansvarar ansvara VERB 0 root VerbForm=Fin|Tense=Pres
        för för ADP 5 mark
        att att PART 5 mark
        rekrytera rekrytera VERB 2 advcl VerbForm=Inf
        och och CCONJ 7 cc
        entlediga entlediga NOUN 5 conj Definite=Def
        personal personal NOUN 7 nmod Definite=Ind
        . . PUNCT 2 punct
        """,
    )
    doc._.verbs = list(find_verbs(doc[:], doc._.actors))
    assert "entlediga" not in [v.text for v in doc._.verbs]
    aim = doc[6]
    statement = Statement(
        None, "responsibility", None, None, "entlediga", aim.idx, aim.idx + len(aim.text),
        aim.text, False, False, None, None,
    )  # fmt: skip
    doc._.statements = [(0, statement)]
    merged = with_aim_verbs(doc)
    assert [v.text for v in merged] == ["ansvarar", "rekrytera", "entlediga"]
    assert [v.start for v in merged] == sorted(v.start for v in merged)


def test_an_inverted_modal_reaches_its_infinitive_past_a_long_run_of_phrases(nlp) -> None:
    """``Vid behov får X efter samråd med A eller i samråd med B också utanför C V``: past
    the inverted subject and the prepositional phrases (joined by ``eller``) and adverbs, the
    first word of infinitive spelling is the modal's aim, however far (analysis-15 cause 4)."""
    doc = parsed(
        nlp,
        f"""
        Vid vid ADP 2 case
        behov behov NOUN 3 obl {IND}
        får få VERB 0 ROOT {MODAL}
        direktören direktör NOUN 3 nsubj {DEF}
        efter efter ADP 6 case
        samråd samråd NOUN 4 nmod {IND}
        med med ADP 8 case
        revisorerna revisor NOUN 3 obl Case=Nom|Definite=Def|Number=Plur
        eller eller CCONJ 11 cc
        i i ADP 11 case
        samråd samråd NOUN 8 conj {IND}
        med med ADP 13 case
        banken bank NOUN 11 nmod {DEF}
        också också ADV 18 advmod
        utanför utanför ADP 17 case
        ordinarie ordinarie ADJ 17 amod
        kontorstid kontorstid NOUN 18 obl {IND}
        stänga stänga ADJ 19 amod Case=Nom|Definite=Def|Degree=Pos
        kassan kassa NOUN 13 nmod {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("direktör", "permission", "stänga", False, False)]


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


@pytest.mark.parametrize("verb", ["utse", "föreslå", "ingå", "bistå", "ange"])
def test_modal_governs_infinitives_of_any_spelling(nlp, verb) -> None:
    doc = parsed(
        nlp,
        f"""
        Rektorn rektor NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        {verb} {verb} VERB 0 ROOT VerbForm=Inf
        en en DET 5 det
        plan plan NOUN 3 obj
    """,
    )
    assert statements(doc) == [("rektor", "obligation", verb, False, False)]


def test_mistagged_word_after_modal_is_skipped(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Fritidsnämnden fritidsnämnd NOUN 4 nsubj
        kan kunna AUX 4 aux VerbForm=Fin|Tense=Pres
        därutöver därutöver VERB 4 advmod VerbForm=Fin|Tense=Pres
        komma komma VERB 0 ROOT VerbForm=Inf
        att att PART 6 mark
        begära begära VERB 4 xcomp VerbForm=Inf
        yttranden yttrande NOUN 6 obj
    """,
    )
    assert statements(doc) == [("fritidsnämnd", "permission", "begära", False, False)]
    assert [v.text for v in find_verbs(doc[:], doc._.actors)] == ["kan", "komma", "begära"]


def test_a_long_comma_insertion_after_a_modal_is_skipped_as_one_unit(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Förbundsdirektören förbundsdirektör NOUN 2 nsubj
        får få VERB 0 ROOT VerbForm=Fin|Tense=Pres
        , , PUNCT 2 punct
        efter efter ADP 5 case
        samråd samråd NOUN 2 obl
        med med ADP 7 case
        ordföranden ordförande NOUN 5 nmod
        och och CCONJ 11 cc
        om om SCONJ 11 mark
        det det PRON 11 expl
        finns finnas VERB 5 advcl VerbForm=Fin|Tense=Pres
        särskilda särskild ADJ 13 amod
        skäl skäl NOUN 11 nsubj
        , , PUNCT 19 punct
        i i ADP 18 case
        ett en DET 18 det
        enskilt enskild ADJ 18 amod
        ärende ärende ADJ 19 obl
        besluta besluta VERB 5 acl:relcl VerbForm=Inf
        om om ADP 21 case
        undantag undantag NOUN 19 obl
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("förbundsdirektör", "permission", "besluta", False, False)]
    verbs = {v.text: v.modal for v in find_verbs(doc[:], doc._.actors)}
    assert verbs["besluta"] == "får"


def test_a_condition_clause_without_commas_in_the_modal_slot_is_one_unit(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Styrelsen styrelse NOUN 2 nsubj
        får få VERB 0 ROOT VerbForm=Fin|Tense=Pres
        om om ADP 5 case
        synnerliga synnerlig ADJ 5 amod
        skäl skäl NOUN 6 nsubj
        föreligger föreligga VERB 2 advcl VerbForm=Fin|Tense=Pres
        medge medge NOUN 6 obj
        anstånd anstånd NOUN 6 xcomp
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("styrelse", "permission", "medge", False, False)]


def test_an_infinitive_clause_after_a_preposition_in_the_modal_slot_is_one_unit(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Ekonomichefen ekonomichef NOUN 15 nsubj
        ska skola AUX 15 aux VerbForm=Fin|Tense=Pres
        i i ADP 4 case
        samråd samråd NOUN 10 obl
        med med ADP 6 case
        kommundirektören kommundirektör NOUN 4 nmod
        och och CCONJ 10 cc
        efter efter ADP 10 mark
        att att PART 10 mark
        ha ha VERB 15 advcl VerbForm=Inf
        inhämtat inhämta VERB 10 conj VerbForm=Sup
        synpunkter synpunkt NOUN 11 obj
        från från ADP 14 case
        förvaltningscheferna förvaltningschef NOUN 12 nmod
        upprätta upprätta VERB 0 ROOT VerbForm=Inf
        en en DET 17 det
        budgetplan budgetplan NOUN 15 obj
        . . PUNCT 15 punct
        """,
    )
    assert statements(doc) == [("ekonomichef", "obligation", "upprätta", False, False)]


def test_a_relative_clause_inside_an_adverbial_in_the_modal_slot_is_one_unit(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunstyrelsen kommunstyrelse NOUN 2 nsubj
        får få VERB 0 ROOT VerbForm=Fin|Tense=Pres
        i i ADP 5 case
        brådskande brådskande ADJ 5 amod
        ärenden ärende NOUN 2 obl
        där där ADV 11 advmod
        nämndens nämnd NOUN 8 nmod:poss Case=Gen
        beslut beslut NOUN 11 nsubj:pass
        inte inte PART 11 advmod
        kan kunna AUX 11 aux VerbForm=Fin|Tense=Pres
        avvaktas avvakta VERB 5 acl:relcl VerbForm=Inf|Voice=Pass
        besluta besluta VERB 2 xcomp VerbForm=Inf
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("kommunstyrelse", "permission", "besluta", False, False)]


def test_bare_ager_takes_no_infinitive_past_a_coordinator_and_noun_phrase(nlp) -> None:
    """``de stiftelser som kommunen äger samt rådet för stora [INF] ärenden`` (round 23, E2):
    the statute `äger` (configs/grammar.yaml `strict_slot_modals`) takes its infinitive
    only past adverbs, a negation or the inverted subject; past ``samt`` and a noun phrase
    ``äger`` is the main verb "owns" and no permission follows."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        granskar granska VERB 0 ROOT {MODAL}
        de den DET 4 det
        stiftelser stiftelse NOUN 2 obj Case=Nom|Definite=Ind|Number=Plur
        som som PRON 7 mark
        kommunen kommun NOUN 7 nsubj {DEF}
        äger äga VERB 4 acl:relcl {MODAL}
        samt samt CCONJ 9 cc
        rådet råd NOUN 4 conj {DEF}
        för för ADP 12 case
        stora stora VERB 12 amod {INF}
        ärenden ärende NOUN 9 nmod Case=Nom|Definite=Ind|Number=Plur
        . . PUNCT 2 punct
        """,
    )
    assert ("kommun", "permission", "stora", False, False) not in statements(doc)
    assert all(deontic != "permission" for _, deontic, *_ in statements(doc))


def test_an_infinitive_tagged_noun_after_a_prepositional_chain(nlp) -> None:
    """Round 29, B2: a modal with no verb in its slot takes the first lexicon infinitive past
    its chain of prepositional phrases when a preposition follows (``samordna [NOUN] med``)."""
    doc = parsed(
        nlp,
        f"""
        Förbundet förbund NOUN 0 ROOT {DEF}
        ska skola AUX 1 cop {MODAL}
        inom inom ADP 4 case
        ramen ram NOUN 1 nmod {DEF}
        för för ADP 8 case
        länets län NOUN 8 nmod:poss Case=Gen|Definite=Def
        nya ny ADJ 8 amod
        strategi strategi NOUN 4 nmod {IND}
        samordna samordna NOUN 8 orphan {IND}
        med med ADP 12 case
        andra annan ADJ 12 amod
        parter part NOUN 9 nmod Case=Nom|Definite=Ind|Number=Plur
        . . PUNCT 1 punct
        """,
    )
    assert statements(doc) == [("förbund", "obligation", "samordna", False, False)]


def test_adverb_tagged_word_before_a_conjunct_infinitive_is_no_verb(nlp) -> None:
    """Round 37 (ar-B5): ``ska främja utvecklingen och noga [ADJ, tag AB] följa [ADJ]
    läget``: the adverb-tagged word is the conjunct's adverb, the word after it the modal's
    infinitive (never the aim ``noga``)."""
    doc = parsed(
        nlp,
        f"""
        Kulturnämnden kulturnämnd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        främja främja VERB 0 ROOT {INF}
        utvecklingen utveckling NOUN 3 obj {DEF}
        och och CCONJ 7 cc
        noga noga ADJ 7 advmod _
        följa följa ADJ 3 conj Case=Nom|Definite=Def|Degree=Pos
        läget läge NOUN 7 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    doc[5].tag_ = "AB"
    assert statements(doc) == [
        ("kulturnämnd", "obligation", "främja", False, False),
        ("kulturnämnd", "obligation", "följa", False, False),
    ]


def test_perfect_har_reaches_its_supine_past_a_prepositional_phrase_with_a_determiner(nlp) -> None:
    """Round 41 (r C2a): ``Regionerna har genom ett gemensamt beslut kommit överens``: a
    determiner right after a preposition opens an adverbial, and the supine after it is the
    aim; ``har i dag ett samlat ansvar`` (the determiner after a noun) stays ``ha``."""
    perfect = parsed(
        nlp,
        """
        Regionerna region NOUN 2 nsubj Definite=Def|Number=Plur
        har ha VERB 0 ROOT VerbForm=Fin|Tense=Pres
        genom genom ADP 6 case
        ett en DET 6 det
        gemensamt gemensam ADJ 6 amod
        beslut beslut NOUN 7 obl Definite=Ind
        kommit komma VERB 2 advcl VerbForm=Sup
        överens överens ADV 7 advmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(perfect) == [("region", "none", "komma", False, False)]
    owned = parsed(
        nlp,
        """
        Styrelsen styrelse NOUN 2 nsubj Definite=Def
        har ha VERB 0 ROOT VerbForm=Fin|Tense=Pres
        i i ADP 4 case
        dag dag NOUN 2 obl Definite=Ind
        ett en DET 7 det
        samlat samla VERB 7 amod VerbForm=Sup
        ansvar ansvar NOUN 2 obj Definite=Ind
        . . PUNCT 2 punct
        """,
    )
    assert statements(owned) == [("styrelse", "responsibility", "ansvara", False, False)]


def test_a_passive_infinitive_after_the_inverted_subjects_relative_clause(nlp) -> None:
    """Round 42 (bc-K1): ``Till förbundet kan lokala föreningar som är verksamma i länet
    anslutas``: the s-form that ends the clause after the inverted subject's relative clause
    (its own finite verb, no modal) is the modal's passive infinitive, though the parser makes
    it the relative clause's conjunct; the subject is an actor, so a permission."""
    rows = """
        Till till ADP 2 case
        förbundet förbund NOUN 3 obl Case=Nom|Definite=Def|Number=Sing
        kan kunna AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        lokala lokal ADJ 5 amod
        föreningar förening NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
        som som PRON 8 nsubj
        är vara AUX 8 cop Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        verksamma verksam ADJ 5 acl:relcl
        i i ADP 10 case
        länet län NOUN 8 obl Case=Nom|Definite=Def|Number=Sing
        anslutas ansluta VERB 8 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        . . PUNCT 5 punct
    """
    assert statements(parsed(nlp, rows)) == [("förening", "permission", "ansluta", False, True)]
    own_modal = rows.replace("är vara AUX 8 cop", "ska skola AUX 8 cop")
    assert ("förening", "permission", "ansluta", False, True) not in statements(
        parsed(nlp, own_modal)
    )


def test_a_modal_before_a_cut_text_end_states_nothing(nlp) -> None:
    """Round 42 (bc-X1): ``Nämnden kan i särskilda fall b``: the excerpt ends without a stop
    after the modal and an adverbial phrase; the infinitive was cut off, so no statement
    (``kan`` is no main verb here). With a stop and an object it still is one."""
    rows = """
        Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        kan kunna AUX 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        i i ADP 5 case
        särskilda särskild ADJ 5 amod
        fall fall NOUN 2 obl Case=Nom|Definite=Ind|Number=Plur
        b b NOUN 5 nmod
    """
    assert statements(parsed(nlp, rows)) == []
    main_verb = """
        Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        kan kunna VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        latin latin NOUN 2 obj Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 2 punct
    """
    assert [s[2] for s in statements(parsed(nlp, main_verb))] == ["kunna"]


def test_a_text_cut_inside_the_verb_after_a_modal_or_har_att_states_nothing(nlp) -> None:
    """Round 56 (analysis 56-cl C3): ``Chefen har att verkst``, ``Nämnden ska beslu``: the
    text ends without a stop on one word after ``har att`` or a modal, spelled as no
    infinitive (the parser reads it as a noun or as a verb): cut, no statement. A whole
    infinitive at the same place keeps its statement; so does a main-verb modal's known
    object (``Nämnden får bidrag``)."""
    cut = """
        Chefen chef NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        har ha AUX 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        att att SCONJ 4 mark
        verkst verkst NOUN 2 xcomp Case=Nom|Definite=Ind|Number=Plur
    """
    assert statements(parsed(nlp, cut)) == []
    modal = """
        Nämnden nämnd NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
        ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        beslu beslu VERB 0 ROOT VerbForm=Inf|Voice=Act
    """
    assert statements(parsed(nlp, modal)) == []
    whole = modal.replace("beslu beslu", "besluta besluta")
    assert [s[2] for s in statements(parsed(nlp, whole))] == ["besluta"]
    passive = modal.replace("beslu beslu VERB 0 ROOT VerbForm=Inf|Voice=Act",
                            "granskas granska VERB 0 ROOT VerbForm=Inf|Voice=Pass")
    assert [s[2] for s in statements(parsed(nlp, passive))] == ["granska"]  # a whole s-passive
    receives = """
        Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        får få VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        bidrag bidrag NOUN 2 obj Case=Nom|Definite=Ind|Number=Plur
    """
    assert [s[2] for s in statements(parsed(nlp, receives))] == ["få"]


def test_a_stacked_forvantas_after_a_modal_is_part_of_its_chain(nlp) -> None:
    """Round 44, bh-Q5: ``ska förväntas V1 samt V2``: the listed stacked modal
    (configs/grammar.yaml `infinitive_modals`) is no aim and opens no group of its own; one
    statement per infinitive, not one for `förvänta` beside them."""
    doc = parsed(
        nlp,
        f"""
        Ombuden ombud NOUN 3 nsubj Case=Nom|Definite=Def|Number=Plur
        ska skola AUX 3 aux {MODAL}
        förväntas förvänta VERB 0 ROOT VerbForm=Inf|Voice=Pass
        delta delta VERB 3 xcomp {INF}
        i i ADP 6 case
        stämman stämma NOUN 4 obl {DEF}
        samt samt CCONJ 8 cc
        rapportera rapportera VERB 3 conj {INF}
        till till ADP 10 case
        klubben klubb NOUN 8 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [
        ("ombud", "obligation", "delta", False, False),
        ("ombud", "obligation", "rapportera", False, False),
    ]


def test_a_perfects_supine_past_a_prepositional_adverbial(nlp) -> None:
    """Round 49, 49-r P2: past the prepositional adverbial that opens perfect ``har``'s slot,
    a word the tagger read as an adverb that the lexicon spells as a supine, right after the
    adverbial's noun, is the perfect's supine (``har efter förhandlingar om fördelningen av
    kostnaderna fastställt [ADV] en modell``); a determiner after a coordinator inside the
    adverbial opens its next noun phrase, no object (``har genom ett avtal om samverkan och
    denna ordning kommit överens``)."""
    adverb = parsed(
        nlp,
        f"""
        Direktionen direktion NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        efter efter ADP 4 case
        förhandlingar förhandling NOUN 2 obl {IND_PL}
        om om ADP 6 case
        fördelningen fördelning NOUN 4 nmod {DEF}
        av av ADP 8 case
        kostnaderna kostnad NOUN 6 nmod {DEF_PL}
        fastställt fastställa ADV 6 nmod Degree=Pos
        en en DET 11 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
        modell modell NOUN 9 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    conjoined = parsed(
        nlp,
        f"""
        Kommunerna kommun NOUN 2 nsubj {DEF_PL}
        har ha VERB 0 ROOT {PRES}
        genom genom ADP 5 case
        ett en DET 5 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
        avtal avtal NOUN 2 obl {IND}
        om om ADP 7 case
        samverkan samverkan NOUN 5 nmod {IND}
        och och CCONJ 11 cc
        denna denna DET 11 nsubj Definite=Def|PronType=Dem
        ordning ordning PART 11 advmod
        kommit komma VERB 5 conj VerbForm=Sup|Voice=Act
        överens överens ADV 11 compound:prt
        . . PUNCT 2 punct
        """,
    )
    assert statements(adverb) == [("direktion", "none", "fastställa", False, False)]
    assert statements(conjoined) == [("kommun", "none", "komma", False, False)]


def test_a_supine_after_an_inverted_subject_is_the_perfects_aim(nlp) -> None:
    """Round 50, bw G5: after V2 ``har`` and its inverted subject (a definite noun phrase the
    parser made the subject) and adverbs, a word the tagger read as an adverb that the
    lexicon spells as a supine is the perfect's supine (``Under hösten har utskottet också
    fastställt [ADV] …``); an indefinite object's participle attribute after a determiner
    (``har direktören ett utökat mandat``) leaves ``ha`` the aim."""
    inverted = parsed(
        nlp,
        f"""
        Under under ADP 2 case
        hösten höst NOUN 6 obl {DEF}
        har ha VERB 6 aux {PRES}
        utskottet utskott NOUN 6 nsubj Case=Nom|Definite=Def|Gender=Neut|Number=Sing
        också också ADV 6 advmod
        fastställt fastställa ADV 0 ROOT Degree=Pos
        taxorna taxa NOUN 6 obj {DEF_PL}
        . . PUNCT 6 punct
        """,
    )
    attribute = parsed(
        nlp,
        f"""
        Efter efter ADP 2 case
        omorganisationen omorganisation NOUN 3 obl {DEF}
        har ha VERB 0 ROOT {PRES}
        direktören direktör NOUN 3 nsubj {DEF}
        ett en DET 7 det Definite=Ind|Gender=Neut|Number=Sing|PronType=Art
        utökat utökad ADJ 7 amod Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing
        mandat mandat NOUN 3 obj Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
        . . PUNCT 3 punct
        """,
    )
    assert statements(inverted) == [("utskott", "none", "fastställa", False, False)]
    assert statements(attribute) == [("direktör", "none", "ha", False, False)]


def test_a_modals_chained_comma_insertions_reach_the_infinitive(nlp) -> None:
    """Round 51 (by C1): ``Styrelsen ska, inom ramen för fastställd budget, i enlighet med
    bygglagen och annan för byggandet tillämplig författning, upphandla entreprenader.``: the
    parser heads the modal on the second insertion's noun and makes the infinitive that
    noun's conjunct. A comma insertion's closing comma opens the next one when no verb nor
    subordinator stands before the next comma and an infinitive follows it: the modal's
    verb is ``upphandla``. Negative: a comma stretch that holds the verb (``ska, efter
    samråd, upphandla X, leverera Y``) is no insertion: both infinitives stay the chain."""
    rows = f"""
        Styrelsen styrelse NOUN 11 nsubj {DEF}
        ska skola AUX 11 aux {MODAL}
        , , PUNCT 5 punct
        inom inom ADP 5 case
        ramen ram NOUN 11 obl {DEF}
        för för ADP 8 case
        fastställd fastställd ADJ 8 amod
        budget budget NOUN 5 nmod {IND}
        , , PUNCT 5 punct
        i i ADP 11 case
        enlighet enlighet NOUN 0 ROOT {IND}
        med med ADP 13 case
        bygglagen bygglag NOUN 11 nmod {DEF}
        och och CCONJ 15 cc
        annan annan ADJ 11 conj
        för för ADP 17 case
        byggandet byggande NOUN 15 nmod {DEF}
        tillämplig tillämplig ADJ 19 amod
        författning författning NOUN 11 nmod {IND}
        , , PUNCT 21 punct
        upphandla upphandla VERB 11 conj {INF}
        entreprenader entreprenad NOUN 21 obj {IND_PL}
        . . PUNCT 11 punct
    """
    assert statements(parsed(nlp, rows)) == [("styrelse", "obligation", "upphandla", False, False)]
    verb_in_stretch = f"""
        Styrelsen styrelse NOUN 7 nsubj {DEF}
        ska skola AUX 7 aux {MODAL}
        , , PUNCT 5 punct
        efter efter ADP 5 case
        samråd samråd NOUN 7 obl {IND}
        , , PUNCT 5 punct
        upphandla upphandla VERB 0 ROOT {INF}
        entreprenader entreprenad NOUN 7 obj {IND_PL}
        , , PUNCT 10 punct
        leverera leverera VERB 7 conj {INF}
        tjänster tjänst NOUN 10 obj {IND_PL}
        . . PUNCT 7 punct
    """
    assert statements(parsed(nlp, verb_in_stretch)) == [
        ("styrelse", "obligation", "upphandla", False, False),
        ("styrelse", "obligation", "leverera", False, False),
    ]


def test_find_verbs_gate_admits_every_token_its_later_ways_take(nlp) -> None:
    """`find_verbs` reads a word's columns before making a `Token` (`_may_take_verb`): every
    word that `_after_att`, `_coordinated_infinitive` or `relative_present` would take passes
    the gate, so the gate changes no answer (``att löpande granska [ADJ]``, ``kommunen som
    biträder [NOUN]``, ``leda X och ansvara [ADJ] för Y``)."""
    from pipeline.nlp.groups import (
        _after_att,
        _coordinated_infinitive,
        _may_take_verb,
        relative_present,
    )
    from pipeline.nlp.memo import doc_arrays

    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        leda leda VERB 0 ROOT {INF}
        arbetet arbete NOUN 3 obj {DEF}
        och och CCONJ 6 cc
        ansvara ansvarig ADJ 3 conj Degree=Pos
        för för ADP 8 case
        kommunen kommun NOUN 6 obl {DEF}
        som som PRON 10 nsubj _
        biträder biträda NOUN 8 acl:relcl {IND}
        samt samt CCONJ 14 cc
        att att PART 14 mark
        löpande löpande ADV 14 advmod _
        granska granskad ADJ 3 conj Degree=Pos
        utfallet utfall NOUN 14 obj {DEF}
        . . PUNCT 3 punct
        """,
    )
    arrays = doc_arrays(doc)
    taken = []
    for token in doc:
        later = _after_att(token) or relative_present(token, ())
        if later or _coordinated_infinitive(token):
            taken.append(token.text)
            assert _may_take_verb(arrays.lower, arrays.pos, token.i, True), token.text
        if later:
            assert _may_take_verb(arrays.lower, arrays.pos, token.i, False), token.text
    assert {"ansvara", "biträder", "granska"} <= set(taken)


def test_a_present_right_after_a_modal_is_a_slip_for_its_infinitive(nlp) -> None:
    """Ruling h4 (analysis 52-bh C7): a modal governs an infinitive, never a finite verb, so a
    present right after it is read as that verb's infinitive: tagged a present (``Revisorn
    skall granskar räkenskaperna``), spelled as one and tagged a noun (``Styrelsen får utser
    [NOUN] en kassör``), also ``ska har`` before its object. Negatives: the modal's inverted
    subject (``Vid behov får ordföranden kalla …``); ``har`` before a supine is a perfect's."""
    granskar = parsed(nlp, f"""
        Revisorn revisor NOUN 3 nsubj {DEF}
        skall skola AUX 3 aux {MODAL}
        granskar granska VERB 0 ROOT {PRES}
        räkenskaperna räkenskap NOUN 3 obj {DEF_PL}
        . . PUNCT 3 punct
    """)
    assert statements(granskar) == [("revisor", "obligation", "granska", False, False)]
    utser = parsed(nlp, f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        får få VERB 0 ROOT {PRES}
        utser utser NOUN 2 obj {IND}
        en en DET 5 det
        kassör kassör NOUN 2 obj {IND}
        . . PUNCT 2 punct
    """)
    assert statements(utser) == [("styrelse", "permission", "utse", False, False)]
    har = parsed(nlp, f"""
        Styrelsen styrelse NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        har ha VERB 0 ROOT {PRES}
        sitt sin PRON 5 det Poss=Yes
        säte säte NOUN 3 obj {IND}
        . . PUNCT 3 punct
    """)
    assert statements(har) == [("styrelse", "obligation", "ha", False, False)]
    inverted = parsed(nlp, f"""
        Vid vid ADP 2 case
        behov behov NOUN 5 obl {IND}
        får få AUX 5 aux {MODAL}
        ordföranden ordförande NOUN 5 nsubj {DEF}
        kalla kalla VERB 0 ROOT {INF}
        till till ADP 7 case
        sammanträde sammanträde NOUN 5 obl {IND}
        . . PUNCT 5 punct
    """)
    assert statements(inverted) == [("ordförande", "permission", "kalla", False, False)]


def test_a_plural_noun_after_a_modal_before_its_passive_is_the_inverted_subject(nlp) -> None:
    """Review 52 M1: a modal takes one verb, so a word spelled as a present right after it
    (a plural noun in -ar/-er) is no slip for the modal's infinitive when a passive
    infinitive follows in the clause: it is the passive's inverted subject (``Inom området
    ska lagar följas av förvaltningen``, ``I hamnen ska dammar och kajer underhållas av
    bolaget``, and ``På kontoret ska kartor hängas upp av vaktmästaren``, whatever the
    noun's tag)."""
    lagar = parsed(nlp, f"""
        Inom inom ADP 2 case
        området område NOUN 5 obl {DEF}
        ska skola AUX 5 aux {MODAL}
        lagar laga VERB 5 nsubj:pass {PRES}
        följas följa VERB 0 ROOT {INF_PASS}
        av av ADP 7 case
        förvaltningen förvaltning NOUN 5 obl:agent {DEF}
        . . PUNCT 5 punct
    """)
    assert statements(lagar) == [("förvaltning", "obligation", "följa", False, True)]
    dammar = parsed(nlp, f"""
        I i ADP 2 case
        hamnen hamn NOUN 7 obl {DEF}
        ska skola AUX 7 aux {MODAL}
        dammar damm NOUN 7 nsubj:pass {IND_PL}
        och och CCONJ 6 cc
        kajer kaj NOUN 4 conj {IND_PL}
        underhållas underhålla VERB 0 ROOT {INF_PASS}
        av av ADP 9 case
        bolaget bolag NOUN 7 obl:agent {DEF}
        . . PUNCT 7 punct
    """)
    assert statements(dammar) == [("bolag", "obligation", "underhålla", False, True)]
    kartor = parsed(nlp, f"""
        På på ADP 2 case
        kontoret kontor NOUN 5 obl {DEF}
        ska skola AUX 5 aux {MODAL}
        kartor karta NOUN 5 nsubj:pass {IND_PL}
        hängas hänga VERB 0 ROOT {INF_PASS}
        upp upp ADP 5 compound:prt
        av av ADP 8 case
        vaktmästaren vaktmästare NOUN 5 obl:agent {DEF}
        . . PUNCT 5 punct
    """)
    assert statements(kartor) == [("vaktmästare", "obligation", "hänga", False, True)]


def test_a_second_modal_after_a_coordinator_does_not_fill_the_first_modals_slot(nlp) -> None:
    """Review 52b M1: a second modal (``och ska rapportera``, ``och kan begära``) or a
    coordinator before a finite verb opens a conjunct of its own, so a present right after
    the first modal is still the slip for its infinitive: both statements stand."""
    second_modal = parsed(nlp, f"""
        Direktören direktör NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        leder leda VERB 0 ROOT {PRES}
        arbetet arbete NOUN 3 obj {DEF}
        och och CCONJ 7 cc
        ska skola AUX 7 aux {MODAL}
        rapportera rapportera VERB 3 conj {INF}
        till till ADP 9 case
        nämnden nämnd NOUN 7 obl {DEF}
        . . PUNCT 3 punct
    """)
    assert statements(second_modal) == [
        ("direktör", "obligation", "leda", False, False),
        ("direktör", "obligation", "rapportera", False, False),
    ]
    permission = parsed(nlp, f"""
        Utskottet utskott NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        granskar granska VERB 0 ROOT {PRES}
        driften drift NOUN 3 obj {DEF}
        och och CCONJ 7 cc
        kan kunna AUX 7 aux {MODAL}
        begära begära VERB 3 conj {INF}
        in in ADP 7 compound:prt
        uppgifter uppgift NOUN 7 obj {IND_PL}
        . . PUNCT 3 punct
    """)
    assert statements(permission) == [
        ("utskott", "obligation", "granska", False, False),
        ("utskott", "permission", "begära", False, False),
    ]
    finite = parsed(nlp, f"""
        Chefen chef NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        sköter sköta VERB 0 ROOT {PRES}
        driften drift NOUN 3 obj {DEF}
        och och CCONJ 6 cc
        lämnar lämna VERB 3 conj {PRES}
        förslag förslag NOUN 6 obj {IND_PL}
        att att PART 9 mark
        pröva pröva VERB 7 acl {INF}
        . . PUNCT 3 punct
    """)
    assert [s[2] for s in statements(finite)][:1] == ["sköta"]


def test_ager_before_an_adjective_and_its_noun_is_the_main_verb(nlp) -> None:
    """Analysis 52-aa C7: ``Kommunen äger regionala [VERB] bolag``: in the strict slot of
    ``äger`` (configs/grammar.yaml `strict_slot_modals`) a word the lexicon knows only as an
    adjective's -a form, before a noun, is that noun's attribute: ``äger`` owns, no
    permission. Negative: ``Styrelsen äger besluta om placeringar`` (the statute's
    permission + infinitive)."""
    owns = parsed(nlp, f"""
        Kommunen kommun NOUN 2 nsubj {DEF}
        äger äga VERB 0 ROOT {PRES}
        regionala regionala VERB 4 amod {INF}
        bolag bolag NOUN 2 obj {IND_PL}
        . . PUNCT 2 punct
    """)
    assert statements(owns) == [("kommun", "none", "äga", False, False)]
    may = parsed(nlp, f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        äger äga VERB 0 ROOT {PRES}
        besluta besluta VERB 2 xcomp {INF}
        om om ADP 5 case
        placeringar placering NOUN 3 obl {IND_PL}
        . . PUNCT 2 punct
    """)
    assert statements(may) == [("styrelse", "permission", "besluta", False, False)]


def test_a_comma_insertion_after_a_phrase_in_the_modal_slot_is_skipped(nlp) -> None:
    """Round 53 (cc-G4): ``Rapporten ska i sin helhet, såsom vid tidigare år, tillställas
    revisorerna.``: past a prepositional phrase, a comma insertion with no verb of its own
    before an s-form in -as is the modal's insertion; the -as form its passive infinitive
    (the tagger's finite present notwithstanding), the noun after it the recipient: an
    implicit obligation."""
    doc = parsed(
        nlp,
        f"""
        Rapporten rapport NOUN 12 nsubj {DEF}
        ska skola AUX 12 aux {MODAL}
        i i ADP 5 case
        sin sin PRON 5 nmod:poss Poss=Yes|PronType=Prs
        helhet helhet NOUN 12 obl {IND}
        , , PUNCT 10 punct
        såsom såsom SCONJ 10 mark
        vid vid ADP 10 case
        tidigare tidig ADJ 10 amod Degree=Cmp
        år år NOUN 12 obl {IND_PL}
        , , PUNCT 10 punct
        tillställas tillställa VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        revisorerna revisor NOUN 12 obj {DEF_PL}
        . . PUNCT 12 punct
        """,
    )
    assert [v.text for v in find_verbs(doc[:])][:2] == ["ska", "tillställas"]
    assert statements(doc) == [(None, "obligation", "tillställa", False, True)]


def test_a_negation_before_a_modal_verb_tagged_as_adjective_forbids(nlp) -> None:
    """New-user trial 53, fault 1: ``Rektorn får inte beställa läromedel.`` with the
    infinitive tagged as an adjective (amod of the noun, the noun the root): the negation
    looks like a modifier of a noun phrase (``ej närvarande ledamöter``) but stands between
    the modal and the verb its slot governs, so it negates the clause: a prohibition.
    Negative: without the negation a permission."""
    rows = """
        Rektorn rektor NOUN 5 nsubj {DEF}
        får få AUX 5 aux {MODAL}
        {neg}beställa beställa ADJ 5 amod Case=Nom|Degree=Pos
        läromedel läromedel NOUN 0 ROOT {IND_PL}
        . . PUNCT 5 punct
    """
    negation = "inte inte PART 4 advmod Polarity=Neg\n        "
    forbidden = parsed(nlp, rows.format(DEF=DEF, MODAL=MODAL, IND_PL=IND_PL, neg=negation))
    assert statements(forbidden) == [("rektor", "prohibition", "beställa", True, False)]
    plain = rows.replace(" 5 ", " 4 ").replace("5 punct", "4 punct")
    allowed = parsed(nlp, plain.format(DEF=DEF, MODAL=MODAL, IND_PL=IND_PL, neg=""))
    assert statements(allowed) == [("rektor", "permission", "beställa", False, False)]


def test_a_series_head_read_as_a_noun_past_a_fronted_phrase_is_the_modals_verb(nlp) -> None:
    """Round 54 (w54j N2): ``Nämnden ska i övrigt inventera [NOUN ROOT], märka och vid behov
    röja stigarna.``: past the modal's fronted prepositional phrase, a base form the lexicon
    knows followed by a comma and the series' tagged infinitive is the series' first verb;
    a noun list after the verb (``ska i övrigt ha lokaler, personal …``) adds none."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 5 nsubj {DEF}
        ska skola AUX 5 aux {MODAL}
        i i ADP 4 case
        övrigt övrig ADJ 5 obl Degree=Pos|Gender=Neut|Number=Sing
        inventera inventera NOUN 0 ROOT {IND}
        , , PUNCT 7 punct
        märka märka VERB 5 conj {INF}
        och och CCONJ 11 cc
        vid vid ADP 10 case
        behov behov NOUN 11 obl {IND}
        röja röja VERB 5 conj {INF}
        stigarna stig NOUN 11 obj {DEF_PL}
        . . PUNCT 5 punct
        """,
    )
    aims = [row[2] for row in statements(doc)]
    assert aims == ["inventera", "märka", "röja"]


DISTRIBUTIVE_AFTER_MODAL = """
Direktionen direktion NOUN 2 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
sammanträder sammanträda NOUN 0 ROOT Case=Nom|Definite=Ind|Gender=Com|Number=Plur
varje varje DET 4 det Definite=Ind|Number=Sing|PronType=Tot
kvartal kvartal NOUN 2 nmod Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
, , PUNCT 9 punct
och och CCONJ 9 cc
vid vid ADP 8 case
oenighet oenighet NOUN 9 obl Case=Nom|Definite=Ind|Gender=Com|Number=Sing
får få AUX 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
var var PRON 9 nsubj Definite=Ind|Gender=Com|Number=Sing|PronType=Tot
och och CCONJ 12 cc
en man PRON 10 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
av av ADP 14 case
medlemskommunerna medlemskommun NOUN 12 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
begära begära VERB 16 amod VerbForm=Inf|Voice=Act
omprövning omprövning NOUN 9 obj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
. . PUNCT 2 punct
"""


def test_a_distributive_phrase_is_the_inverted_subject_after_a_v2_modal(nlp) -> None:
    """gen57 B: ``…, och vid oenighet får var och en av medlemskommunerna begära
    omprövning``: a distributive partitive (`distributive_determiners` + ``av``) in the
    inverted subject's place after a V2 modal, in the second main clause after a fronted
    phrase, is the subject; its actor is the group it picks from (a compound noun), and the
    modal's slot runs past it to the infinitive (the shipped parse: ``begära`` an amod)."""
    assert [s[:3] for s in statements(parsed(nlp, DISTRIBUTIVE_AFTER_MODAL))] == [
        ("direktion", "none", "sammanträda"),
        ("medlemskommun", "permission", "begära"),
    ]


def test_a_distributive_phrase_after_a_fronted_year_keeps_the_noun_read_verb(nlp) -> None:
    """gen57 B: ``Sedan 2024 utser var och en av kommunerna en ledamot och en ersättare``:
    after a fronted year, a word in -r with a distributive phrase after it is the V2 verb
    (the shipped parse: ``utser`` a noun, ``var`` a copula)."""
    rows = """
    Sedan sedan ADP 2 case
    2024 2024 NUM 3 nummod Case=Nom|NumType=Card
    utser utse NOUN 13 nsubj Case=Nom|Definite=Ind|Gender=Com|Number=Plur
    var vara AUX 13 cop Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
    och och CCONJ 6 cc
    en man PRON 4 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 8 case
    kommunerna kommun NOUN 6 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
    en en DET 13 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
    ledamot ledamot ADP 9 fixed
    och och CCONJ 12 cc
    en en DET 10 conj Definite=Ind|Gender=Com|Number=Sing|PronType=Art
    ersättare ersättare NOUN 0 ROOT Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    i i ADP 15 case
    direktionen direktion NOUN 13 obl Case=Nom|Definite=Def|Gender=Com|Number=Sing
    . . PUNCT 13 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [("kommun", "none", "utse")]


def test_envar_av_opens_a_distributive_subject(nlp) -> None:
    """w58a G: ``Envar av revisorerna ska granska räkenskaperna``: a one-word distributive
    determiner (configs/grammar.yaml `distributive_determiners`: ``envar``) with ``av`` opens
    the subject; its actor is the group after ``av`` (the real parse: the infinitive an
    adjective). ``Envar`` alone names no actor."""
    rows = """
    Envar Envarma PRON 5 nsubj Definite=Ind|Gender=Com|Number=Sing|PronType=Prs
    av av ADP 3 case
    revisorerna revisor NOUN 1 nmod Case=Nom|Definite=Def|Gender=Com|Number=Plur
    ska skola AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    granska granska ADJ 6 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
    räkenskaperna räkenskaper NOUN 0 ROOT Case=Nom|Definite=Def|Gender=Com|Number=Plur
    . . PUNCT 6 punct
    """
    assert [s[:3] for s in statements(parsed(nlp, rows))] == [
        ("revisor", "obligation", "granska")
    ]
    negative = """
    Envar envar PRON 2 nsubj Definite=Ind|Gender=Com|Number=Sing|PronType=Ind
    får få AUX 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    påkalla påkalla ADJ 4 amod Case=Nom|Definite=Def|Degree=Pos
    omröstning omröstning NOUN 2 obj Case=Nom|Definite=Ind|Gender=Com|Number=Sing
    . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, negative)) == []
