"""Every styrdok component on random parsed Docs (random words, tags, heads, labels): no
exception and no error recorded; and a rule that fails on one clause loses only that clause."""

from __future__ import annotations

import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from pipeline.language.grammar import load_deontic_cues
from pipeline.language.lexicon import load_actor_lexicon
from pipeline.nlp.components import (
    ActorTagger,
    DocumentRules,
    StatementFinder,
    VerbTagger,
    register_extensions,
)
from pipeline.nlp.document import ClauseInfo
from tests.conftest import ROOT

NLP = spacy.blank("sv")
LEXICON = load_actor_lexicon(ROOT / "configs" / "actors.yaml")
CUES = load_deontic_cues(ROOT / "configs" / "deontics.yaml")
WORDS = [
    "ska",
    "får",
    "inte",
    "bör",
    "kan",
    "har",
    "är",
    "att",
    "som",
    "om",
    "och",
    "samt",
    "av",
    "för",
    "rätt",
    "ansvar",
    "ansvarar",
    "åligger",
    "till",
    "uppgift",
    "följande",
    "uppgifter",
    "Vid",
    "I",
    "de",
    "fall",
    "enligt",
    "§",
    "kap.",
    "Nämnden",
    "styrelsen",
    "VD:n",
    "bolaget",
    "Kommundirektören",
    "handläggaren",
    "Ekbacka",
    "AB",
    "kommun",
    "Region",
    "leda",
    "utse",
    "beslutas",
    "fattas",
    "anställts",
    "ombudsmannen",
    "ordförande",
    "Regionstyrelsens",
    ":",
    ",",
    ".",
    "-",
    "Hälso-",
    "personalfrågor",
    "Det",
    "ta",
    "se",
    "förväntas",
]
UPOS = [
    "NOUN",
    "VERB",
    "AUX",
    "ADP",
    "ADV",
    "PART",
    "PRON",
    "DET",
    "ADJ",
    "CCONJ",
    "SCONJ",
    "PROPN",
    "PUNCT",
    "NUM",
    "X",
]
TAGS = [
    "NN|UTR|SIN|DEF|NOM",
    "VB|PRS|AKT",
    "VB|INF|AKT",
    "VB|PRS|SFO",
    "VB|SUP|SFO",
    "PC|PRF",
    "PP",
    "AB",
    "KN",
    "SN",
    "MAD",
    "PM",
    "JJ",
    "HA",
]
MORPHS = [
    "",
    "VerbForm=Fin|Tense=Pres",
    "VerbForm=Inf",
    "VerbForm=Sup|Voice=Pass",
    "VerbForm=Part",
    "Mood=Imp|VerbForm=Fin",
    "Voice=Pass|VerbForm=Fin|Tense=Pres",
]
DEPS = [
    "nsubj",
    "nsubj:pass",
    "obj",
    "obl",
    "obl:agent",
    "aux",
    "aux:pass",
    "cop",
    "conj",
    "cc",
    "mark",
    "case",
    "amod",
    "advmod",
    "nmod",
    "nmod:poss",
    "acl:relcl",
    "xcomp",
    "ccomp",
    "advcl",
    "punct",
    "det",
    "flat",
    "appos",
    "fixed",
    "compound:prt",
]


@st.composite
def parsed_docs(draw) -> Doc:
    size = draw(st.integers(min_value=1, max_value=18))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=size, max_size=size))
    order = draw(st.permutations(range(size)))
    heads = [0] * size
    heads[order[0]] = order[0]  # the root
    for position in range(1, size):
        heads[order[position]] = order[draw(st.integers(0, position - 1))]
    deps = ["ROOT" if heads[i] == i else draw(st.sampled_from(DEPS)) for i in range(size)]
    starts = [True] + draw(st.lists(st.booleans(), min_size=size - 1, max_size=size - 1))
    doc = Doc(
        NLP.vocab,
        words=words,
        pos=draw(st.lists(st.sampled_from(UPOS), min_size=size, max_size=size)),
        tags=draw(st.lists(st.sampled_from(TAGS), min_size=size, max_size=size)),
        morphs=draw(st.lists(st.sampled_from(MORPHS), min_size=size, max_size=size)),
        lemmas=[w.lower() for w in words],
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )
    return doc


COMPONENTS = (ActorTagger(LEXICON), VerbTagger(), StatementFinder(NLP.vocab, CUES))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(parsed_docs(), min_size=1, max_size=4))
def test_components_never_fail_on_random_parses(docs: list[Doc]) -> None:
    register_extensions()
    for doc in docs:
        for component in COMPONENTS:
            component(doc)
    infos = [ClauseInfo("1", None, "paragraph")] + [
        ClauseInfo(f"1.{n}", "1", "list_item") for n in range(1, len(docs))
    ]
    DocumentRules(LEXICON, CUES).resolve(docs, infos, "Ekbacka kommun")
    for doc in docs:
        assert not doc._.errors, doc._.errors
        for _, statement in doc._.statements:
            for span in (statement.modal, statement.object_span, statement.condition_span):
                assert span is None or 0 <= span[0] <= span[1] <= len(doc.text)


def test_a_failing_rule_loses_only_its_clause(monkeypatch) -> None:
    register_extensions()
    finder = StatementFinder(NLP.vocab, CUES)
    good, bad = (
        Doc(
            NLP.vocab,
            words=["Nämnden", "beslutar"],
            pos=["NOUN", "VERB"],
            morphs=["", "VerbForm=Fin|Tense=Pres"],
            heads=[1, 1],
            deps=["nsubj", "ROOT"],
        )
        for _ in range(2)
    )
    for doc in (good, bad):
        ActorTagger(LEXICON)(doc)

    import pipeline.nlp.components as components

    real = components.find_statements

    def flaky(sentence, *args):
        if sentence.doc is bad:
            raise IndexError("boom")
        return real(sentence, *args)

    monkeypatch.setattr(components, "find_statements", flaky)
    finder(good)
    finder(bad)
    assert [s.aim for _, s in good._.statements] == ["besluta"]
    assert bad._.statements == [] and bad._.errors == [("statements", "IndexError", "boom")]


def test_a_failing_short_name_pass_loses_no_document(monkeypatch) -> None:
    register_extensions()
    doc = NLP("Norrviken ska förvalta dotterbolagen.")
    doc._.actors, doc._.statements = [], []

    def broken(*args, **kwargs):
        raise RuntimeError("short names broke")

    monkeypatch.setattr("pipeline.nlp.components.add_short_names", broken)
    DocumentRules(LEXICON, CUES).resolve([doc], [ClauseInfo("1", None, "paragraph")], None)
    assert doc._.errors == [("short_names", "RuntimeError", "short names broke")]
