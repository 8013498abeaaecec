"""Round-13 verb and scope rules of package B (issue #10, analysis 12 causes 2, 5 and 9) on
hand-parsed invented sentences (`parsed()`: rows `word lemma UPOS head dep [morph]`), with the
tagger's errors written into the rows."""

from __future__ import annotations

from pipeline.nlp.groups import find_verbs
from pipeline.nlp.verbs import verb_lemma
from tests.nlp_helpers import DEF, DEF_PL, IND, IND_PL, PRES, parsed, statements


def verbs(doc) -> list[str]:
    return [v.text for v in find_verbs(doc[:], doc._.actors)]


def test_a_present_read_as_a_noun_after_a_coordinated_subject_is_the_v2_verb(nlp) -> None:
    # cause 2: whatever the prefield, the first present by spelling after it is the verb
    doc = parsed(
        nlp,
        f"""
        Skolchefen skolchef PROPN 5 nmod:poss
        alternativt alternativ ADJ 4 amod
        biträdande biträda ADJ 4 amod
        skolchef skolchef NOUN 5 amod {IND}
        bedömer bedömer NOUN 9 nsubj {IND}
        om om ADP 8 case
        en en DET 8 det
        elev elev NOUN 5 nmod {IND}
        behöver behöva VERB 0 ROOT {PRES}
        stöd stöd NOUN 9 obj {IND}
        . . PUNCT 9 punct
        """,
    )
    assert verbs(doc) == ["bedömer", "behöver"]
    assert verb_lemma(doc[4]) == "bedöma"


def test_a_present_read_as_a_noun_after_a_subject_with_an_attribute_is_the_verb(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Kommunens kommun NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
        revisorer revisor NOUN 3 nmod {IND_PL}
        granskar granskare NOUN 0 ROOT {IND_PL}
        nämndernas nämnd NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Plur
        verksamhet verksamhet NOUN 3 nmod {IND}
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("revisor", "none", "granska", False, False)]


def test_a_verb_hung_on_the_inverted_subject_after_a_fronted_phrase_is_the_verb(nlp) -> None:
    # the tagger keeps VERB but the parser makes it an attribute of the subject after it
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        årsredovisningen årsredovisning NOUN 3 advmod {DEF}
        redogör redogöra VERB 4 amod {PRES}
        styrelsen styrelse NOUN 9 obl {DEF}
        för för ADP 7 case
        föreningens förening NOUN 7 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ekonomi ekonomi NOUN 4 nmod {IND}
        och och CCONJ 9 cc
        lämnar lämna VERB 0 ROOT {PRES}
        ett en DET 11 det
        förslag förslag NOUN 9 obj {IND}
        . . PUNCT 9 punct
        """,
    )
    assert verbs(doc) == ["redogör", "lämnar"]


def test_a_noun_after_a_numeral_ends_the_prefield_no_verb(nlp) -> None:
    # "lagar" is spelled as the present of "laga", but a quantifier stands before its noun
    doc = parsed(
        nlp,
        f"""
        Ärenden ärende NOUN 5 nsubj {DEF_PL}
        enligt enligt ADP 3 case
        PBL PBL PROPN 1 nmod
        m.fl. m.fl. NUM 5 amod
        lagar lag NOUN 0 ROOT {IND_PL}
        : : PUNCT 5 punct
        """,
    )
    assert verbs(doc) == []


def test_a_present_after_a_subject_is_no_verb_when_a_finite_verb_follows(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 4 nsubj {DEF}
        och och CCONJ 3 cc
        utövare utövare NOUN 1 conj {IND}
        ansvarar ansvara VERB 0 ROOT {PRES}
        . . PUNCT 4 punct
        """,
    )
    assert verbs(doc) == ["ansvarar"]


def test_a_conjunct_of_an_att_clause_verb_stays_in_it_in_another_voice(nlp) -> None:
    # cause 5: the conjunct inherits the scope of its first conjunct (the att-clause's verb)
    doc = parsed(
        nlp,
        f"""
        Fastighetschefen fastighetschef NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 6 mark
        att att SCONJ 6 mark
        lokalerna lokal NOUN 6 nsubj {DEF_PL}
        underhålls underhålla VERB 2 advcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        och och CCONJ 8 cc
        motsvarar motsvara VERB 6 conj {PRES}
        verksamhetens verksamhet NOUN 10 nmod:poss Case=Gen|Definite=Def|Number=Sing
        behov behov NOUN 8 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("fastighetschef", "responsibility", "ansvara")]


def test_a_conjunct_of_an_om_clause_verb_stays_in_it_whatever_its_tense_tag(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Revisorerna revisor NOUN 2 nsubj {DEF_PL}
        granskar granska VERB 0 ROOT {PRES}
        om om ADP 5 mark
        verksamheten verksamhet NOUN 5 nsubj:pass {DEF}
        sköts sköta VERB 2 advcl Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Pass
        väl väl ADV 5 advmod
        och och CCONJ 8 cc
        håller hålla VERB 5 conj {PRES}
        god god ADJ 10 amod Case=Nom|Definite=Ind|Degree=Pos
        kvalitet kvalitet NOUN 8 obj {IND}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("revisor", "none", "granska")]


def test_a_conjunct_of_a_copular_relative_stays_in_it(nlp) -> None:
    # "som är ADJ och V": the parser heads the relative clause by the adjective
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        yttrar yttra VERB 0 ROOT {PRES}
        sig sig PRON 2 obj Case=Acc
        över över ADP 5 case
        förslag förslag NOUN 2 obl {IND}
        som som PRON 8 nsubj
        är vara AUX 8 cop {PRES}
        brådskande brådskande ADJ 5 acl:relcl Case=Nom|Degree=Pos
        och och CCONJ 10 cc
        kräver kräva VERB 8 conj {PRES}
        snabba snabb ADJ 12 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        beslut beslut NOUN 10 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("styrelse", "none", "yttra")]


PAST = "Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act"


def test_a_past_tag_on_a_form_in_a_before_its_noun_is_an_attribute(nlp) -> None:
    # cause 9: no finite past ends in -a ("välskötta"): before its noun it is a participle
    doc = parsed(
        nlp,
        f"""
        Gatuenheten gatuenhet NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 5 case
        välskötta välsköta VERB 2 conj {PAST}
        parker park NOUN 2 obl {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["ansvarar"]


def test_a_past_the_parser_conjoins_to_a_noun_is_an_attribute_in_the_list(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 4 case
        parker park NOUN 2 obl {IND_PL}
        och och CCONJ 9 cc
        av av ADP 7 case
        fullmäktige fullmäktige NOUN 8 obl:agent {IND}
        beslutade besluta VERB 4 conj {PAST}
        anläggningar anläggning NOUN 8 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["ansvarar"]


def test_a_finite_past_with_its_subject_stays_a_verb(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        beslutade besluta VERB 0 ROOT {PAST}
        nya ny ADJ 4 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        riktlinjer riktlinje NOUN 2 obj {IND_PL}
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["beslutade"]


def test_a_present_read_as_an_attribute_after_a_clause_coordinator_opens_its_own_clause(
    nlp,
) -> None:
    # round 14 (analysis 14 cause 1): after "och" the sentence already has a finite verb, so
    # a new subject + the lexicon's present is a V2 clause of its own (the tagger hung
    # "fastställer" on "budgeten" as an attribute)
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        godkänner godkänna VERB 0 ROOT {PRES}
        årsplanen årsplan NOUN 2 obj {DEF}
        och och CCONJ 6 cc
        huvudmannen huvudman NOUN 6 nsubj {DEF}
        fastställer fastställa VERB 7 amod _
        budgeten budget NOUN 2 obj {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert statements(doc) == [
        ("styrelse", "none", "godkänna", False, False),
        ("huvudman", "none", "fastställa", False, False),
    ]


def test_an_item_opening_with_a_present_read_as_a_noun_has_that_verb_and_no_subject(
    nlp,
) -> None:
    # round 14 (analysis 14 cause 1): "Utser ombud till stämman" (a subjectless task line):
    # the first word is the verb; the noun after it is its object, no inverted subject
    doc = parsed(
        nlp,
        f"""
        Utser utse NOUN 2 nsubj {IND}
        ombud ombud NOUN 0 ROOT {IND_PL}
        till till ADP 4 case
        stämman stämma NOUN 2 nmod {DEF}
        . . PUNCT 2 punct
    """,
    )
    assert verbs(doc) == ["Utser"]
    assert statements(doc) == []


def test_run_in_headings_are_no_part_of_the_prefield(nlp) -> None:
    """``Uppdrag Nämnd Revisorerna granskar …``: flattened headings run into the sentence; a
    capitalised definite noun after a capitalised noun opens the prefield, the last phrase
    before the verb. The present the tagger read as a noun is still the V2 verb, and the
    actor after the headings is its subject, not the heading word (fix-r13, regress-r13 L2)."""
    doc = parsed(
        nlp,
        f"""
        Uppdrag uppdrag NOUN 0 ROOT {IND}
        Nämnd nämnd PROPN 3 compound
        Revisorerna revisor NOUN 1 nsubj {DEF_PL}
        granskar granskar NOUN 6 nmod {IND}
        hela hel ADJ 6 amod
        verksamheten verksamhet NOUN 1 appos {DEF}
        . . PUNCT 1 punct
        """,
    )
    assert verbs(doc) == ["granskar"]
    assert statements(doc) == [("revisor", "none", "granska", False, False)]
    name = f"""
    Region region NOUN 3 nsubj {IND}
    Ekby Ekby PROPN 1 flat:name
    utser utser NOUN 0 ROOT {IND}
    två två NUM 5 nummod
    ledamöter ledamot NOUN 3 nmod {IND_PL}
    . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, name))[0][1:3] == ("none", "utse")
    after_a_heading_phrase = f"""
    Inför inför ADP 2 case
    budgeten budget NOUN 0 ROOT {DEF}
    Remiss remiss NOUN 2 nmod {IND}
    Nämnderna nämnd NOUN 3 nmod {DEF_PL}
    lämnar lämnar NOUN 3 nmod {IND}
    yttranden yttrande NOUN 5 nmod {IND_PL}
    . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, after_a_heading_phrase)) == [
        ("nämnd", "none", "lämna", False, False)
    ]
