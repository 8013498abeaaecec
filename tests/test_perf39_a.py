"""perf39a: `is_verb`'s spelling gate for words not tagged a verb (`_fallback_spelling`) asks
none of the fallbacks only where none of them could hold, and `second_nominal_cues`' table of
``har`` + noun + ``att`` nouns, kept per cue list, is the one it built per call."""

from __future__ import annotations

from pipeline.language.grammar import GRAMMAR, active_grammar
from pipeline.nlp.cues import _har_att_nouns
from pipeline.nlp.memo import token_memo
from pipeline.nlp.verb_fallbacks import (
    closed_tag_infinitive,
    finite_in_second_place,
    fora_in_series,
    infinitive_after_conjunct_adverb,
    initial_infinitive,
    initial_passive_before_agent,
    initial_present,
    late_modal_infinitive,
    misread_infinitive_conjunct,
    passive_by_spelling,
    present_after_fronted_clause,
    present_after_pronoun,
    present_in_series,
    supine_after_date,
    supine_after_perfect,
    v1_condition_end,
)
from pipeline.nlp.verbs import (
    _fallback_spelling,
    bare_relative_supine,
    is_verb,
    passive_after_subject,
    supine_in_series,
)
from tests.nlp_helpers import CUES, DEF, IND, MODAL, parsed

FALLBACKS = (
    passive_by_spelling, passive_after_subject, bare_relative_supine, initial_infinitive,
    initial_passive_before_agent, initial_present, supine_after_perfect, present_in_series,
    fora_in_series, supine_in_series, present_after_fronted_clause, misread_infinitive_conjunct,
    late_modal_infinitive, infinitive_after_conjunct_adverb, finite_in_second_place,
    present_after_pronoun, supine_after_date, closed_tag_infinitive,
)  # fmt: skip


def test_fallback_spelling_by_ending_and_by_list() -> None:
    grammar = active_grammar()
    for word in ("granska", "beslutas", "fastställt", "ansvarar", "för", "att"):
        assert _fallback_spelling(word, grammar), word
    for word in ("nämnden", "ordning", "beslutad", "ordförande", "och", "i", ""):
        assert not _fallback_spelling(word, grammar), word
    listed = [
        next(w for w in GRAMMAR.infinitives if w[-1:] not in "astr"),  # "tillse", "uppge"
        next(w for w in GRAMMAR.modals if w[-1:] not in "astr"),  # "må", "måste"
    ]
    for word in listed:
        assert _fallback_spelling(word, grammar), word


def test_gated_words_pass_no_fallback_and_listed_ones_are_asked(nlp) -> None:
    # invented: "Styrelsen ska i god ordning utse ordförande och en beslutad ledning ."
    doc = parsed(
        nlp,
        f"""
        Styrelsen styrelse NOUN 6 nsubj {DEF}
        ska skola AUX 6 aux {MODAL}
        i i ADP 5 case
        god god ADJ 5 amod
        ordning ordning NOUN 6 obl {IND}
        utse utse NOUN 0 root {IND}
        ordförande ordförande NOUN 6 obj {IND}
        och och CCONJ 11 cc
        en en DET 11 det
        beslutad besluta ADJ 11 amod
        ledning ledning NOUN 7 conj {IND}
        . . PUNCT 6 punct
        """,
    )
    grammar = active_grammar()
    with token_memo(doc):
        for token in doc:
            if token.pos_ in {"VERB", "AUX"} or _fallback_spelling(token.lower_, grammar):
                continue
            assert not is_verb(token), token.text
            for fallback in FALLBACKS:  # what the gate skips: none of them holds
                assert fallback(token) in {False, None}, (token.text, fallback.__name__)
            assert v1_condition_end(token) is None, token.text
    assert [t.text for t in doc if is_verb(t)] == ["ska", "utse"]  # a listed infinitive


def test_har_att_nouns_is_the_table_built_per_call() -> None:
    built = {
        words[1]: deontic
        for words, deontic in CUES.phrases
        if len(words) == 3 and words[0] in {"har", "ha"} and words[2] == "att"
    }
    assert _har_att_nouns(CUES.phrases) == built
    assert _har_att_nouns(CUES.phrases) is _har_att_nouns(CUES.phrases)  # kept
    other = ((("har", "plikt", "att"), "obligation"), (("har", "rätt", "att"), "permission"))
    assert _har_att_nouns(other) == {"plikt": "obligation", "rätt": "permission"}
