"""Rule tests for actor spans and canonical forms (pipeline/nlp/actors.py, lexicon.py,
configs/actors.yaml) on invented, hand-parsed sentences."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.references import resolve_short_references
from tests.test_nlp_rules import LEXICON, parsed


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("sv")


def actors(nlp, rows: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in parsed(nlp, rows)._.actors]


@pytest.mark.parametrize(
    ("word", "canonical"),
    [
        ("nämnders", "nämnd"),
        ("revisorers", "revisor"),
        ("fritidspolitikerna", "fritidspolitiker"),
        ("styrelsesuppleanten", "styrelsesuppleant"),
        ("befattningshavarna", "befattningshavare"),
        ("företagets", "företag"),
        ("kunderna", "kund"),
        ("majoriteten", "majoritet"),
    ],
)
def test_general_heads_and_genitive_plurals(word: str, canonical: str) -> None:
    assert LEXICON.analyse(word)[0] == canonical


@pytest.mark.parametrize("word", ["verksamhetsområdet", "ansvarsområden", "området"])
def test_omrade_is_no_council(word: str) -> None:
    assert LEXICON.analyse(word) is None


def test_plural_mentions_are_not_resolved_to_the_document_body(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunerna kommun NOUN 2 nsubj
        samverkar samverka VERB 0 ROOT
        med med ADP 4 case
        styrelser styrelse NOUN 2 obl
        och och CCONJ 6 cc
        kommunen kommun NOUN 4 conj
    """,
    )
    resolved = resolve_short_references(
        doc._.actors, {"kommunstyrelse"}, "Ekby kommun", LEXICON
    )
    assert [m.canonical for m in resolved] == ["kommun", "styrelse", "ekby kommun"]


def test_namnden_is_not_resolved_to_the_one_named_committee(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj
        beslutar besluta VERB 0 ROOT
    """,
    )
    [mention] = resolve_short_references(doc._.actors, {"tekniska nämnd"}, None, LEXICON)
    assert mention.canonical == "nämnd"


def test_adjectival_head_before_a_noun_is_an_attribute(nlp) -> None:
    rows = """
        Förtroendevalda förtroendevald ADJ 2 amod
        politiker politiker NOUN 3 nsubj
        möter möta VERB 0 ROOT
        de den DET 5 det
        anställda anställd NOUN 3 obj
        . . PUNCT 3 punct
    """
    assert actors(nlp, rows) == [("politiker", "politiker"), ("anställda", "anställd")]


def test_lopande_forvaltning_is_an_activity(nlp) -> None:
    rows = """
        Direktören direktör NOUN 2 nsubj
        sköter sköta VERB 0 ROOT
        den den DET 5 det
        löpande löpande ADJ 5 amod
        förvaltningen förvaltning NOUN 2 obj
        och och CCONJ 8 cc
        den den DET 8 det
        förvaltningen förvaltning NOUN 5 conj
    """
    assert actors(nlp, rows) == [("Direktören", "direktör"), ("förvaltningen", "förvaltning")]


def test_fixed_adjectives_of_joint_committees_and_acting_officials(nlp) -> None:
    rows = """
        Den den DET 4 det
        tillförordnade tillförordnad ADJ 3 amod
        ekonomichefen ekonomichef NOUN 4 nsubj
        rapporterar rapportera VERB 0 ROOT
        till till ADP 7 case
        gemensamma gemensam ADJ 7 amod
        nämnder nämnd NOUN 4 obl
    """
    assert actors(nlp, rows) == [
        ("tillförordnade ekonomichefen", "tillförordnad ekonomichef"),
        ("gemensamma nämnder", "gemensam nämnd"),
    ]
