"""`is_verb`'s fallback gates (round 56, perf56d): `_missed_verb` and `_tagged_verb` ask only
the fallbacks whose gate (a necessary condition on the word, read from the fallback's first
tests) admits the word. Every fallback is False wherever its gate shuts, and every word's
`is_verb`, `is_finite`, `tense_of` and verb lemma (round 57, perf57a: those two ask the
fallbacks through `_gated`) is the one the ungated chains give, on the dev texts of
generalization.jsonl and constructions.jsonl (parsed by the model) and on ten invented
sentences."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp import build_nlp, verbs
from tests.conftest import ROOT

_DEV_FILES = ("generalization.jsonl", "constructions.jsonl")

_INVENTED = (
    "Styrelsen sammanträder när ordföranden kallar och protokoll förs vid varje möte.",
    "Extra stämma hålls när styrelsen eller revisorn begär det.",
    "Har nämnden fastställt planen ska den anslås och följas upp varje år.",
    "Ordföranden ska leda arbetet och noga följa upp besluten samt bestrida utgifterna.",
    "Avgår kassören under året utser styrelsen en ersättare för tiden till nästa stämma.",
    "Föreningen behandlade bokslutet och godkände revisorernas berättelse i maj.",
    "Direktören får utser en kassör som förvaltar fonden och tecknar firman.",
    "Det som nämnden beslutat verkställs av förvaltningen utan dröjsmål.",
    "Säljs bolaget ska köpeskillingen gå till ägarna enligt avtalet.",
    "Syftet är att avlasta styrelsen, och ärenden som inkommer bereds av kansliet.",
)


@pytest.fixture(scope="module")
def model_nlp(settings) -> Language:
    return build_nlp(replace(settings, nlp=True))


def _dev_texts() -> list[str]:
    texts = []
    for name in _DEV_FILES:
        with open(ROOT / "corpus" / "dev" / name, encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


@pytest.fixture(scope="module")
def docs(model_nlp: Language) -> list[Doc]:
    return list(model_nlp.pipe([*_dev_texts(), *_INVENTED]))


def _ungated(table):
    fallbacks = tuple(fallback for fallback, _gate in table)
    return lambda text, word: fallbacks


def _verdicts(docs: list[Doc]) -> list[list[tuple[bool, bool, str, str]]]:
    """Every word's `is_verb`, `is_finite`, `tense_of` and verb lemma, each computed afresh
    (outside a memo)."""
    return [
        [
            (
                verbs.is_verb(token),
                verbs.is_finite(token),
                verbs.tense_of(token),
                verbs._verb_lemma(token),
            )
            for token in doc
        ]
        for doc in docs
    ]


def test_every_word_gets_the_verdict_of_the_ungated_chains(docs: list[Doc], monkeypatch) -> None:
    gated = _verdicts(docs)
    monkeypatch.setattr(verbs, "_missed_fallbacks", _ungated(verbs._MISSED_FALLBACKS))
    monkeypatch.setattr(verbs, "_tagged_fallbacks", _ungated(verbs._TAGGED_FALLBACKS))
    assert gated == _verdicts(docs)
    assert any(verb for doc in gated for verb, *_answers in doc)


@pytest.mark.parametrize("table", ["_MISSED_FALLBACKS", "_TAGGED_FALLBACKS"])
def test_a_fallback_is_false_where_its_gate_shuts(docs: list[Doc], table: str) -> None:
    shut = 0
    for doc in docs:
        for token in doc:
            for fallback, gate in getattr(verbs, table):
                if not gate(token.text, token.lower_):
                    shut += 1
                    assert not fallback(token), (fallback.__name__, token.text, doc.text)
    assert shut  # the gates skip something


def test_a_word_is_asked_only_the_fallbacks_its_ending_admits() -> None:
    missed = verbs._missed_fallbacks("fastställt", "fastställt")
    assert verbs.bare_relative_supine in missed and verbs.initial_present not in missed
    assert verbs.passive_by_spelling not in missed
    present = verbs._missed_fallbacks("utser", "utser")
    assert verbs.finite_in_second_place in present and verbs.passive_after_subject not in present
    assert verbs._v1_condition in verbs._tagged_fallbacks("Säljs", "säljs")
    assert verbs._v1_condition not in verbs._tagged_fallbacks("säljs", "säljs")


def test_every_fallback_asked_through_the_gates_is_in_the_table() -> None:
    """`_gated` answers False for a function outside `_MISSED_FALLBACKS`: each fallback that
    `tense_of` and `_verb_lemma` ask through it must be there (round 57, perf57a)."""
    import inspect
    import re

    table = {fallback for fallback, _gate in verbs._MISSED_FALLBACKS}
    for function in (verbs.tense_of.__wrapped__, verbs._verb_lemma):
        asked = re.findall(r"\bask\((\w+)\)", inspect.getsource(function))
        assert asked, function.__name__
        assert all(getattr(verbs, name) in table for name in asked), function.__name__
