"""perf37a: the cheap first tests of the per-token verb vetoes, `has_sentences` per Doc and
the modal reach of `late_modal_infinitive` give what the tests they guard give."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.language.grammar import GRAMMAR
from pipeline.nlp.memo import token_memo
from pipeline.nlp.verb_fallbacks import late_modal_infinitive
from pipeline.nlp.verb_forms import has_sentences
from pipeline.nlp.verb_vetoes import (
    _address_text,
    digits_and_letters,
    matches_never_verb_pattern,
    pronominal_adverb,
    web_address,
)
from tests.nlp_helpers import DEF, DEF_PL, IND_PL, MODAL, parsed

WORDS = [
    "Nämnden", "ansvarar", "c.3.4ja", "2b.handläggning", "§12a", "KS/2015:171", "2024",
    "kansli@ekby.se", "https://ekby.se", "www.ekby.se/ansokan", "varom", "därigenom",
    "härunder", "variera", "därför", "var", "x²", "Ⅻ", "²", "",
]  # fmt: skip


def _words_doc() -> Doc:
    return Doc(spacy.blank("sv").vocab, words=[w or "–" for w in WORDS])


def test_the_shape_vetoes_answer_as_their_whole_scans() -> None:
    for token in _words_doc():
        text, word = token.text, token.lower_
        digits = any(c.isdigit() for c in text) and any(c.isalpha() for c in text)
        assert digits_and_letters(token) == digits, text
        assert web_address(token) == (
            any(marker in word for marker in GRAMMAR.address_markers)
            or word.startswith(tuple(GRAMMAR.address_prefixes))
        ), text
        assert pronominal_adverb(token) == any(
            word.startswith(stem) and word[len(stem) :] in GRAMMAR.pronominal_adverb_prepositions
            for stem in GRAMMAR.pronominal_adverb_stems
        ), text
        if text.isalpha():  # no digit, so no registration number
            assert not matches_never_verb_pattern(token)
    assert _address_text("a@b.se", frozenset({"@"}), frozenset()) is True
    assert _address_text("ab.se", frozenset({"@"}), frozenset({"www."})) is False


def test_has_sentences_inside_and_outside_a_memo() -> None:
    bare = _words_doc()
    assert not has_sentences(bare)
    with token_memo(bare):
        assert not has_sentences(bare) and not has_sentences(bare)
    doc = parsed(spacy.blank("sv"), "Nämnden nämnd NOUN 2 nsubj\nbeslutar besluta VERB 0 ROOT")
    assert has_sentences(doc)
    with token_memo(doc):
        assert has_sentences(doc) and has_sentences(doc)


def _late_infinitive_doc(filler: int) -> Doc:
    """`Av posterna får högst två [och tre …] tillsättas [NN] av stämman.` (invented)."""
    rows = [
        "Av av ADP 2 case",
        f"posterna post NOUN 3 obl {DEF_PL}",
        f"får få VERB 0 ROOT {MODAL}",
        "högst högst ADV 5 advmod",
        "två två NUM 6 nummod",
    ]
    rows += ["tre tre NUM 5 conj"] * filler
    rows += [
        f"tillsättas tillsättas NOUN 3 obj {IND_PL}",
        "av av ADP 8 case",
        f"stämman stämma NOUN 6 nmod {DEF}",
        ". . PUNCT 3 punct",
    ]
    doc = parsed(spacy.blank("sv"), "\n".join(rows))
    return doc


def test_late_modal_infinitive_within_and_beyond_the_modals_reach() -> None:
    near = _late_infinitive_doc(0)
    assert late_modal_infinitive(near[5])
    with token_memo(near):
        assert late_modal_infinitive(near[5])
        assert not late_modal_infinitive(near[1])  # no modal before it
    far = _late_infinitive_doc(16)  # the modal 18 tokens back: out of reach
    with token_memo(far):
        assert not late_modal_infinitive(far[21])
