"""Round-15 verb, condition and scope rules of package B (issue #10, analysis 15 causes 4, 5
and 6) on hand-parsed invented sentences (`parsed()`: rows `word lemma UPOS head dep
[morph]`), with the tagger's and parser's errors written into the rows."""

from __future__ import annotations

import pytest

from pipeline.nlp.groups import find_verbs
from tests.nlp_helpers import DEF, IND, INF, MODAL, PRES, parsed, statements


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


def test_a_present_of_a_stem_in_r_opens_a_verb_first_conditional(nlp) -> None:
    """``Upphör föreningen …``: a verb whose stem ends in -r takes no present ending (``hör``,
    ``upphör``), so the lexicon's ``upphör`` → upphöra is a present by spelling even tagged as
    an adjective, and opens the conditional clause (analysis-15 cause 5)."""
    doc = parsed(
        nlp,
        f"""
        Upphör upphöra ADJ 2 amod Case=Nom|Degree=Pos
        föreningen förening NOUN 6 nsubj {DEF}
        ska skola AUX 6 aux {MODAL}
        återstående återstående ADJ 5 amod
        medel medel NOUN 6 nsubj {IND}
        tillfalla tillfalla VERB 0 ROOT {INF}
        kommunen kommun NOUN 6 obj {DEF}
        . . PUNCT 6 punct
        """,
    )
    assert statements(doc) == []


def test_an_adjective_with_its_own_phrase_before_its_noun_is_no_verb(nlp) -> None:
    """``tillsammans med för tillsynen behöriga myndigheter granska``: an adjective in its
    plural form (lemma in -ig) right before its noun, with its own prepositional phrase after
    the preposition ``med`` (an extended pre-nominal attribute), is no infinitive; the
    modal's aim is the infinitive after the noun phrase (analysis-15 cause 6)."""
    doc = parsed(
        nlp,
        f"""
        Förvaltningen förvaltning NOUN 2 nsubj {DEF}
        ska skola AUX 9 aux {MODAL}
        tillsammans tillsammans ADV 9 advmod
        med med ADP 8 case
        för för ADP 6 case
        tillsynen tillsyn NOUN 7 obl {DEF}
        behöriga behörig ADJ 8 amod Case=Nom|Definite=Ind|Degree=Pos|Number=Plur
        myndigheter myndighet NOUN 3 obl Case=Nom|Definite=Ind|Number=Plur
        granska granska VERB 0 ROOT {INF}
        verksamheten verksamhet NOUN 9 obj {DEF}
        . . PUNCT 9 punct
        """,
    )
    assert statements(doc) == [("förvaltning", "obligation", "granska", False, False)]


@pytest.mark.parametrize(
    ("opening", "adverb", "participle", "defined", "closing"),
    [
        (",", "nedan", "kallat", "förbundet", ","),
        ("(", "härefter", "benämnt", "förbundet", ")"),
    ],
)
def test_a_naming_participle_in_a_definition_is_no_verb(
    nlp, opening: str, adverb: str, participle: str, defined: str, closing: str
) -> None:
    """``Kommunalförbundet Västra ådalen, nedan kallat förbundet, ansvarar för …``: the
    participle after a definition adverb is no VERB span, though the tagger reads a supine
    (fix16; docs/annotation.md §3: participles are no verbs); the main verb stays one."""
    doc = parsed(
        nlp,
        f"""
        Kommunalförbundet kommunalförbund NOUN 9 nsubj {DEF}
        Västra västra ADJ 3 amod
        ådalen ådal NOUN 1 flat:name {DEF}
        {opening} {opening} PUNCT 6 punct
        {adverb} {adverb} ADV 6 advmod
        {participle} kalla VERB 1 acl VerbForm=Sup|Voice=Act
        {defined} förbund NOUN 6 obj {DEF}
        {closing} {closing} PUNCT 6 punct
        ansvarar ansvara VERB 0 ROOT {PRES}
        för för ADP 11 case
        räddningstjänsten räddningstjänst NOUN 9 obl {DEF}
        """,
    )
    assert [v.text for v in find_verbs(doc[:], doc._.actors)] == ["ansvarar"]


def test_the_first_infinitive_after_att_colon_is_a_verb_whatever_its_tag(nlp) -> None:
    # round 18 (B6): "har till uppgift att: utse [ADJ] ombud, besluta om taxor": the inline
    # list's first infinitive opens its series as a list item's would
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        till till ADP 4 case
        uppgift uppgift NOUN 2 obl {IND}
        att att SCONJ 8 mark
        : : PUNCT 8 punct
        utse utse ADJ 8 amod {IND}
        ombud ombud NOUN 4 acl {IND}
        , , PUNCT 10 punct
        besluta besluta VERB 2 advcl {INF}
        om om ADP 12 case
        taxor taxa NOUN 10 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("nämnd", "obligation", "utse", False, False),
        ("nämnd", "obligation", "besluta", False, False),
    ]


@pytest.mark.parametrize("word", ["stöds", "stödjer", "stöder"])
def test_forms_of_stodja_have_its_lemma(nlp, word) -> None:
    # round 18 (B9): the tagger's lemma of these is an unknown "stöda"
    from pipeline.nlp.verbs import verb_lemma

    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        {word} stöda VERB 0 ROOT {PRES}
        . . PUNCT 2 punct
        """,
    )
    assert verb_lemma(doc[1]) == "stödja"
