"""perf54b: the first tests that gate this round's rules give the answers of the full tests.

`required_text._test_order` drops a choice's superstrings and orders the choices so that the
likeliest to fail is tested first: `_holds_one_of_each` answers as with the raw choices.
`sentence_types._det_by_copula` reads on the words alone the two word orders that
`_pronoun_identification` accepts. `short_names.generic_owner_name` looks for a name noun
where `naming_clause` reads one (a sentence's second word up to its third last) before it
reads a sentence's tokens: a naming clause in a later sentence is still found."""

from __future__ import annotations

import itertools

import pytest
import spacy

from pipeline.language.grammar import GRAMMAR
from pipeline.nlp import required_text
from pipeline.nlp.required_text import _holds_one_of_each, _test_order
from pipeline.nlp.sentence_types import _det_by_copula
from pipeline.nlp.short_names import generic_owner_name
from tests.nlp_helpers import DEF, IND, LEXICON, PRES, parsed


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("sv")


def test_a_choice_loses_its_superstrings_and_the_rarest_choice_comes_first() -> None:
    choices = (("ska", "iska"), ("bolag", "bolaget", "Stadshus"), ("institutet",))
    assert _test_order(choices) == (("institutet",), ("ska",), ("bolag", "Stadshus"))
    for text in ("bolaget i institutet ska", "institutet ska", "Stadshus institutet iska", ""):
        assert _holds_one_of_each(_test_order(choices), text) == _holds_one_of_each(
            choices, text
        )


def test_the_ordered_choices_of_every_name_pattern_answer_as_the_raw_ones() -> None:
    """Every organisation pattern's choices, on texts made of their own strings (each alone,
    one string of each choice, one of each but one): the same answer."""
    for pattern in LEXICON.organisation_patterns:
        for raw in (
            required_text.required_choices(pattern),
            required_text.required_folded_choices(pattern),
        ):
            ordered = _test_order(raw)
            texts = [literal for choice in raw for literal in choice]
            texts += [" ".join(pick) for pick in itertools.islice(itertools.product(*raw), 50)]
            texts += [" ".join(choice[0] for choice in raw if choice is not skip) for skip in raw]
            for text in texts:
                assert _holds_one_of_each(ordered, text) == _holds_one_of_each(raw, text), (
                    pattern.pattern,
                    text,
                )


def test_det_by_copula_reads_both_word_orders_of_the_pronoun_identification() -> None:
    copula = next(iter(sorted(GRAMMAR.copulas)))
    assert _det_by_copula(["det", copula, "nämnden", "."])  # "Det är nämnden."
    assert _det_by_copula(["i", "år", copula, "det", "nämnden", "."])  # "I år är det …"
    assert not _det_by_copula([copula, "det", "nämnden"])  # no word before the copula
    assert not _det_by_copula(["nämnden", copula, "ansvarig", "."])
    assert not _det_by_copula(["det"])


def test_a_generic_owners_naming_clause_in_a_later_sentence_is_found(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        sammanträder sammanträda VERB 0 ROOT {PRES}
        . . PUNCT 2 punct
        Organisationens organisation NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Sing
        namn namn NOUN 7 nsubj {IND}
        är vara AUX 7 cop {PRES}
        Ekvik Ekvik PROPN 0 ROOT
        Hembygdsförening hembygdsförening PROPN 7 flat:name
        . . PUNCT 7 punct
        """,
        starts=(3,),
    )  # invented, hand-parsed
    assert generic_owner_name([doc], LEXICON) == "ekvik hembygdsförening"
    without = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 2 nsubj {DEF}
        beslutar besluta VERB 0 ROOT {PRES}
        om om ADP 4 case
        namn namn NOUN 2 obl {IND}
        . . PUNCT 2 punct
        """,
    )
    assert generic_owner_name([without], LEXICON) is None
