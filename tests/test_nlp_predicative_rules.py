"""Predicative nominals (`pipeline.nlp.predicative`) on hand-parsed, invented sentences."""

from __future__ import annotations

from tests.nlp_helpers import DEF, IND, parsed, statements


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
