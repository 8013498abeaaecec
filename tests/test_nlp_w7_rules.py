"""Round-7 leftovers (irregular passive supines, a perfect after `har ansvaret`, a task
noun's possessor without its -s, a condition closed by the word it modifies, a coordinated
inverted subject before a modal's passive) on hand-parsed invented sentences (`parsed()`:
rows `word lemma UPOS head dep [morph]`), with the tagger's errors written into the rows."""

from __future__ import annotations

from pipeline.nlp.cues import build_matcher, index_cues, phrase_at
from pipeline.nlp.verbs import verb_lemma
from tests.nlp_helpers import CUES, DEF, IND, INF, MODAL, PASS, PRES, find, parsed, statements

SUP_PASS = "VerbForm=Sup|Voice=Pass"


def cue_index(doc):
    return index_cues(doc, build_matcher(doc.vocab, CUES))


def test_passive_supine_of_an_irregular_verb_has_its_infinitive(nlp) -> None:
    """``har getts``, ``har givits``: the passive supine is the active one + -s, so the
    irregular supine's lemma holds (ge, not ``geta``/``givia``)."""
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 3 nsubj:pass {DEF}
        har ha AUX 3 aux {MODAL}
        getts geta VERB 0 ROOT {SUP_PASS}
        rätt rätt NOUN 3 obj {IND}
        . . PUNCT 3 punct
        """,
    )
    assert verb_lemma(doc[2]) == "ge"
    assert statements(doc) == [("styrelse", "none", "ge", False, True)]
    other = parsed(nlp, f"Nämnden nämnd NOUN 3 nsubj:pass {DEF}\nhar ha AUX 3 aux {MODAL}\n"
                        f"givits givia VERB 0 ROOT {SUP_PASS}\n. . PUNCT 3 punct")
    assert verb_lemma(other[2]) == "ge"


def test_har_ansvaret_before_a_supine_is_a_perfect_not_a_cue(nlp) -> None:
    """``I nämnden har ansvaret fördelats``: ``har`` is the perfect auxiliary of the supine
    after the noun, ``ansvaret`` its subject: no ``har ansvaret`` cue (an agentless passive
    without a cue is no statement)."""
    doc = parsed(
        nlp,
        f"""
        I i ADP 2 case
        nämnden nämnd NOUN 5 obl {DEF}
        har ha AUX 5 aux {MODAL}
        ansvaret ansvar NOUN 5 nsubj:pass {DEF}
        fördelats fördela VERB 0 ROOT {SUP_PASS}
        . . PUNCT 5 punct
        """,
    )
    assert phrase_at(doc[2], cue_index(doc), CUES) is None
    assert statements(doc) == []


def test_har_ansvaret_as_main_verb_stays_a_cue(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        har ha VERB 0 ROOT {PRES}
        ansvaret ansvar NOUN 2 obj {DEF}
        för för ADP 5 case
        skolan skola NOUN 3 nmod {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert phrase_at(doc[1], cue_index(doc), CUES) == ("responsibility", 4)
    assert statements(doc) == [("nämnd", "responsibility", "ansvara", False, False)]


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


def test_condition_ends_at_the_word_it_modifies(nlp) -> None:
    """``ska i samråd med nämndens ordförande fastställa [ADJ] dagordningen``: the
    infinitive the condition modifies closes it, whatever its tag."""
    doc = parsed(
        nlp,
        f"""
        Direktören direktör NOUN 2 nsubj {DEF}
        ska skola AUX 0 ROOT {MODAL}
        i i ADP 4 case
        samråd samråd NOUN 8 obl {IND}
        med med ADP 7 case
        nämndens nämnd NOUN 7 nmod:poss Case=Gen|Definite=Def|Number=Sing
        ordförande ordförande NOUN 4 nmod {IND}
        fastställa fastställa ADJ 2 xcomp
        dagordningen dagordning NOUN 8 obj {DEF}
        . . PUNCT 2 punct
        """,
    )
    found = find(next(doc.sents), doc._.actors)
    assert [(s.aim, s.deontic) for s in found] == [("fastställa", "obligation")]
    start, end = found[0].condition_span
    assert doc.text[start:end] == "i samråd med nämndens ordförande"


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


def test_item_infinitive_read_as_an_adjective_keeps_its_form_as_lemma(nlp) -> None:
    """``– upprätta [ADJ upprätt] budgeten``: an item's infinitive the tagger took for an
    adjective is its own lemma, not the adjective's (``upprätt``)."""
    doc = parsed(
        nlp,
        f"""
        upprätta upprätt ADJ 2 amod
        budgeten budget NOUN 0 ROOT {DEF}
        . . PUNCT 2 punct
        """,
    )
    assert verb_lemma(doc[0]) == "upprätta"
