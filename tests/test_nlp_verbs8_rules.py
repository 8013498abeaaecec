"""Round-8 verb rules of package B (issue #10, analysis 7 causes 5, 9, 10, 13, 16 and 19) on
hand-parsed invented sentences (`parsed()`: rows `word lemma UPOS head dep [morph]`), with the
tagger's errors written into the rows."""

from __future__ import annotations

import pytest

from pipeline.language.spelling import compound_lemma, present_lemma
from pipeline.nlp.groups import find_verbs
from pipeline.nlp.verb_forms import s_present_lemma
from pipeline.nlp.verbs import is_verb, verb_lemma
from tests.nlp_helpers import (
    DEF,
    DEF_PL,
    IND,
    IND_PL,
    INF,
    MODAL,
    PASS,
    PRES,
    find,
    parsed,
    statements,
)


def verbs(doc) -> list[str]:
    return [v.text for v in find_verbs(doc[:], doc._.actors)]


def test_an_s_passive_takes_its_lemma_from_the_present_stem(nlp) -> None:
    # cause 13: the tagger's lemma of "knyts" is the noun "knyte"
    doc = parsed(
        nlp,
        f"""
        En en DET 2 det Definite=Ind
        sekreterare sekreterare NOUN 3 nsubj:pass {IND}
        knyts knyte VERB 0 ROOT {PASS}
        till till ADP 5 case
        utskottet utskott NOUN 3 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("sekreterare", "none", "knyta", False, True)]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("knyts", "knyta"),
        ("sänds", "sända"),
        ("lyfts", "lyfta"),
        ("bestäms", "bestämma"),
        ("justeras", "justera"),
        ("anslås", "anslå"),
        ("tas", "ta"),
        ("läses", "läsa"),
        ("anses", "anse"),
    ],
)
def test_s_present_lemma_follows_the_conjugations(word: str, lemma: str) -> None:
    assert s_present_lemma(word) == lemma


def test_a_noun_tagged_verb_after_its_preposition_heads_a_noun_phrase(nlp) -> None:
    # cause 5: "jäv" read as a finite verb after "av"; the sentence's finite verb is "får"
    doc = parsed(
        nlp,
        f"""
        Den den DET 2 det Definite=Def
        handläggare handläggare NOUN 11 nsubj {IND}
        som som PRON 5 nsubj PronType=Rel
        har ha AUX 5 aux {PRES}
        lämnat lämna VERB 2 acl:relcl VerbForm=Sup|Voice=Act
        mötet möte NOUN 5 obj {DEF}
        på på ADP 8 case
        grund grund NOUN 5 obl {IND}
        av av ADP 10 case
        jäv jäva VERB 8 nmod Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
        får få VERB 0 ROOT {MODAL}
        åter åter ADV 13 advmod
        delta delta VERB 11 xcomp {INF}
        . . PUNCT 11 punct
        """,
    )
    assert "jäv" not in verbs(doc)
    assert statements(doc) == [("handläggare", "permission", "delta", False, False)]


def test_a_noun_tagged_verb_after_its_possessive_is_no_verb(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Ledamoten ledamot NOUN 2 nsubj {DEF}
        anmäler anmäla VERB 0 ROOT {PRES}
        sitt sig PRON 4 nmod:poss Poss=Yes
        jäv jäva VERB 2 obj Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["anmäler"]
    assert statements(doc) == [("ledamot", "none", "anmäla", False, False)]


def test_a_finite_verb_after_a_fronted_clause_and_its_infinitives_is_the_main_verb(nlp) -> None:
    # cause 9: the "att" of the coordinated infinitive opens no clause of "ska"; past the
    # fronted clause's own verb "är", "ska" is the main clause's (V2, inverted subject)
    doc = parsed(
        nlp,
        f"""
        Om om SCONJ 4 mark
        kassören kassör NOUN 4 nsubj {DEF}
        är vara AUX 4 cop {PRES}
        förhindrad förhindra ADJ 0 ROOT VerbForm=Part
        att att PART 6 mark
        attestera attestera VERB 4 xcomp {INF}
        eller eller CCONJ 9 cc
        att att PART 9 mark
        betala betala VERB 14 csubj {INF}
        fakturan faktura NOUN 9 obj {DEF}
        ska skola AUX 14 aux {MODAL}
        en en DET 13 det Definite=Ind
        controller controller NOUN 14 nsubj {IND}
        granska granska VERB 4 conj {INF}
        den den PRON 14 obj
        . . PUNCT 4 punct
        """,
    )
    assert statements(doc) == [("controller", "obligation", "granska", False, False)]
    (statement,) = find(doc[:], doc._.actors)
    start, end = statement.condition_span
    assert (
        doc.text[start:end] == "Om kassören är förhindrad att attestera eller att betala fakturan"
    )


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


def test_a_postposed_clause_runs_past_an_aside_to_its_own_conjunct(nlp) -> None:
    # cause 16: the second "strider" is the såvida-clause's (subject "de"), not the main one's
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        följa följa VERB 0 ROOT {INF}
        direktiven direktiv NOUN 3 obj {DEF_PL}
        , , PUNCT 6 punct
        såvida såvida SCONJ 9 mark
        de de PRON 9 nsubj PronType=Prs
        inte inte PART 9 advmod Polarity=Neg
        strider strida VERB 3 advcl {PRES}
        mot mot ADP 11 case
        lag lag NOUN 9 obl {IND}
        , , PUNCT 14 punct
        exempelvis exempelvis ADV 14 advmod
        aktiebolagslagen aktiebolagslag NOUN 3 obl {DEF}
        , , PUNCT 17 punct
        eller eller CCONJ 17 cc
        strider strida VERB 14 conj {PRES}
        mot mot ADP 19 case
        intresset intresse NOUN 17 obl {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("styrelse", "obligation", "följa", False, False)]


def test_a_postposed_condition_closing_the_sentence_holds_for_the_verb_before_its_comma(
    nlp,
) -> None:
    doc = parsed(
        nlp,
        f"""
        Direktören direktör NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        följa följa VERB 0 ROOT {INF}
        direktiven direktiv NOUN 3 obj {DEF_PL}
        , , PUNCT 9 punct
        om om SCONJ 9 mark
        de de PRON 9 nsubj PronType=Prs
        inte inte PART 9 advmod Polarity=Neg
        strider strida VERB 3 advcl {PRES}
        mot mot ADP 11 case
        lag lag NOUN 9 obl {IND}
        . . PUNCT 3 punct
        """,
    )
    (statement,) = find(doc[:], doc._.actors)
    start, end = statement.condition_span
    assert doc.text[start:end] == "om de inte strider mot lag"


def test_a_supine_read_as_a_noun_after_och_and_a_supine_is_a_supine(nlp) -> None:
    # cause 19: "har granskats och godkänts [NOUN]": the conjunct shares "har"
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        beslutar besluta VERB 0 ROOT {PRES}
        när när SCONJ 6 mark
        den den PRON 6 nsubj:pass PronType=Prs
        har ha AUX 6 aux {PRES}
        granskats granska VERB 2 advcl VerbForm=Sup|Voice=Pass
        och och CCONJ 8 cc
        godkänts godkänna NOUN 6 conj {IND_PL}
        av av ADP 10 case
        revisorerna revisor NOUN 8 nmod {DEF_PL}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["beslutar", "har", "granskats", "godkänts"]
    assert [(v.lemma, v.tense, v.voice) for v in find_verbs(doc[:], doc._.actors)][-1] == (
        "godkänna",
        "sup",
        "pass",
    )


def test_a_neuter_adjective_tagged_an_infinitive_is_no_verb(nlp) -> None:
    # cause 19: "tryggt" (lexicon: trygg) after "effektivt och"
    doc = parsed(
        nlp,
        f"""
        Förvaltningen förvaltning NOUN 2 nsubj {DEF}
        arbetar arbeta VERB 0 ROOT {PRES}
        effektivt effektiv ADV 2 advmod
        och och CCONJ 5 cc
        tryggt trygg VERB 3 conj {INF}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["arbetar"]


def test_a_past_form_after_the_opening_noun_before_a_finite_verb_is_a_participle(nlp) -> None:
    # cause 19: "Föreskrifterna utfärdade med stöd av lagen ska följas …": V2 has one finite
    doc = parsed(
        nlp,
        f"""
        Föreskrifterna föreskrift NOUN 2 nsubj {DEF_PL}
        utfärdade utfärda VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        med med ADP 4 case
        stöd stöd NOUN 2 obl {IND}
        av av ADP 6 case
        lagen lag NOUN 4 nmod {DEF}
        ska skola AUX 8 aux {MODAL}
        följas följa VERB 2 conj VerbForm=Inf|Voice=Pass
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["ska", "följas"]


def test_a_past_before_a_preposition_without_a_later_finite_verb_stays_a_verb(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        beslutade besluta VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act
        i i ADP 4 case
        mars mars NOUN 2 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["beslutade"]


def test_a_supine_in_tt_of_a_stem_in_d_takes_its_infinitive(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Ärendet ärende NOUN 3 nsubj:pass {DEF}
        har ha AUX 3 aux {PRES}
        beretts beredd VERB 0 ROOT VerbForm=Sup|Voice=Pass
        av av ADP 5 case
        nämnden nämnd NOUN 3 obl:agent {DEF}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("nämnd", "none", "bereda", False, True)]


def test_foer_after_coordinated_adverbs_is_a_preposition(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Chefen chef NOUN 2 nsubj {DEF}
        verkar verka VERB 0 ROOT {PRES}
        aktivt aktiv ADV 2 advmod
        och och CCONJ 5 cc
        långsiktigt långsiktig ADV 3 conj
        för för ADP 7 case
        samverkan samverkan NOUN 2 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["verkar"]


def test_a_present_tagged_noun_after_a_fronted_phrase_before_its_subject_is_the_verb(
    nlp,
) -> None:
    # V2: after a fronted adverbial the finite verb stands second, its subject after it
    doc = parsed(
        nlp,
        f"""
        Efter efter ADP 3 case
        varje varje DET 3 det
        sammanträde sammanträde NOUN 5 obl {IND}
        upprättar upprättare NOUN 3 nmod {IND_PL}
        sekreteraren sekreterare NOUN 0 ROOT {DEF}
        ett en DET 7 det
        protokoll protokoll NOUN 5 obj {IND}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("sekreterare", "none", "upprätta", False, False)]


def test_a_present_tagged_noun_after_a_fronted_phrase_needs_a_subject_after_it(nlp) -> None:
    # no definite noun, proper noun or pronoun follows: nothing says it is the V2 verb
    doc = parsed(
        nlp,
        f"""
        Efter efter ADP 3 case
        varje varje DET 3 det
        sammanträde sammanträde NOUN 0 ROOT {IND}
        upprättar upprättare NOUN 3 nmod {IND_PL}
        protokoll protokoll NOUN 4 nmod {IND}
        . . PUNCT 3 punct
        """,
    )
    assert verbs(doc) == []


def test_compound_of_an_irregular_verb_takes_its_heads_infinitive() -> None:
    """``redogör`` → redo + göra (configs/grammar.yaml irregular_lemmas ``gör``); an
    auxiliary is no compound head (``utövar`` → utöva, not ut-ö-vara)."""
    assert compound_lemma("redogör") == "redogöra"
    assert compound_lemma("utför") == "utföra"
    assert compound_lemma("utövar") == ""
    assert present_lemma("redogör") == "redogöra"


def test_s_passive_with_a_noun_lemma_takes_the_verbs_infinitive(nlp) -> None:
    """``sköts`` with the tagger's lemma ``sköte`` (a noun): the s-passive's infinitive."""
    doc = parsed(
        nlp,
        f"""
        Kassan kassa NOUN 2 nsubj:pass {DEF}
        sköts sköte VERB 0 ROOT Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
        av av ADP 4 case
        kassören kassör NOUN 2 obl:agent {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert verb_lemma(doc[1]) == "sköta"


def test_a_closed_class_adverb_is_never_a_verb(nlp) -> None:
    """``således`` tagged VERB (lemma `såle`): configs/grammar.yaml never_verbs."""
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
        ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        således såle VERB 0 ROOT VerbForm=Inf
        yttra yttra VERB 3 xcomp VerbForm=Inf|Voice=Act
        sig sig PRON 4 obj
        . . PUNCT 3 punct
        """,
    )
    assert not is_verb(doc[2])
    assert statements(doc) == [("nämnd", "obligation", "yttra", False, False)]


def test_a_verb_tag_between_coordinated_genitives_and_their_noun_is_an_attribute(nlp) -> None:
    """``granska regionens och berörda [VERB] kommuners planer``: after a coordinator that
    joins genitives, a VERB-tagged word right before a noun is an attribute, no infinitive."""
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 3 nsubj {DEF}
        ska skola AUX 3 aux {MODAL}
        granska granska VERB 0 ROOT {INF}
        regionens region NOUN 3 obj Case=Gen|Definite=Def|Number=Sing
        och och CCONJ 6 cc
        berörda beröra VERB 3 conj {INF}
        kommuners kommun NOUN 8 nmod:poss Case=Gen|Definite=Ind|Number=Plur
        planer plan NOUN 6 obj {IND_PL}
        . . PUNCT 3 punct
        """,
    )
    assert not is_verb(doc[5])
    assert statements(doc) == [("nämnd", "obligation", "granska", False, False)]


def test_a_closed_class_tag_after_a_modal_on_a_non_member_is_the_infinitive(nlp) -> None:
    """``Stadsstyrelsen ska verkställa [PRON] fullmäktiges [VERB] beslut``: a word in -a that
    is no pronoun, determiner, preposition or conjunction (`closed_class_words`) right after
    the modal is its infinitive, and the genitive before the noun, tagged VERB, no verb (the
    lexicon knows no verb ``fullmäktiga``)."""
    doc = parsed(
        nlp,
        f"""
        Stadsstyrelsen stadsstyrelse NOUN 2 nsubj {DEF}
        ska skola AUX 0 ROOT {MODAL}
        verkställa verkställa PRON 4 advmod _
        fullmäktiges fullmäktig VERB 5 nmod:poss {PRES}
        beslut beslut NOUN 2 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("stadsstyrelse", "obligation", "verkställa", False, False)]
    members = """
    Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
    ska skola AUX 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    dessa denna PRON 4 det _
    ärenden ärende NOUN 2 obj Case=Nom|Definite=Ind|Number=Plur
    . . PUNCT 2 punct
    """
    assert not is_verb(parsed(nlp, members)[2])


def test_a_genitive_tagged_verb_before_its_noun_is_no_verb(nlp) -> None:
    """``ska också verkställa [ADV] fullmäktiges [VERB ROOT] beslut``: the genitive is no verb,
    so the adverb-tagged word in -a closes the modal's slot as its infinitive; an s-passive
    the lexicon knows before a noun stays a verb (``Beslutas ärendet …`` aside)."""
    doc = parsed(
        nlp,
        f"""
        Stadsstyrelsen stadsstyrelse NOUN 5 nsubj:pass {DEF}
        ska skola AUX 5 aux {MODAL}
        också också ADV 5 advmod _
        verkställa verkställa ADV 5 advmod _
        fullmäktiges fullmäktig VERB 0 ROOT {PRES}
        beslut beslut NOUN 5 nsubj:pass {IND_PL}
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == [("stadsstyrelse", "obligation", "verkställa", False, False)]
    passive = f"""
    Nämnden nämnd NOUN 2 nsubj {DEF}
    fastställs fastställa VERB 0 ROOT {PASS}
    budget budget NOUN 2 obj {IND}
    . . PUNCT 2 punct
    """
    assert is_verb(parsed(nlp, passive)[1])
