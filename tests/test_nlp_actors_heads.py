"""Rule tests for actor heads and genitive-owned heads added to configs/actors.yaml,
on invented, hand-parsed sentences."""

from __future__ import annotations

import pytest
import spacy

from tests.test_nlp_rules import LEXICON, parsed


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("sv")


def actors(nlp, rows: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in parsed(nlp, rows)._.actors]


@pytest.mark.parametrize(
    ("word", "canonical"),
    [
        ("personalrepresentanten", "personalrepresentant"),
        ("ägarrepresentanterna", "ägarrepresentant"),
    ],
)
def test_representatives_are_actors(word: str, canonical: str) -> None:
    assert LEXICON.analyse(word)[0] == canonical


def test_genitive_owner_of_a_secretary_is_one_actor(nlp) -> None:
    rows = """
        Utskottets utskott NOUN 2 nmod:poss
        sekreterare sekreterare NOUN 3 nsubj
        justerar justera VERB 0 ROOT
        protokollet protokoll NOUN 3 obj
    """
    assert actors(nlp, rows) == [("Utskottets sekreterare", "utskottets sekreterare")]


@pytest.mark.parametrize(
    ("word", "canonical"),
    [("RD", "regiondirektör"), ("KS", "kommunstyrelse"), ("KF:s", "kommunfullmäktige")],
)
def test_abbreviated_chief_executive_and_bodies(nlp, word: str, canonical: str) -> None:
    rows = f"""
        {word} x PROPN 2 nsubj
        beslutar besluta VERB 0 ROOT
        om om ADP 4 case
        budgeten budget NOUN 2 obl
    """
    assert actors(nlp, rows) == [(word, canonical)]


def test_definite_noun_after_copula_is_an_inverted_subject(nlp) -> None:
    rows = """
        I i ADP 2 case
        förbundet förbund NOUN 4 obl Definite=Def
        är vara AUX 6 cop
        förbundsdirektören förbundsdirektör NOUN 6 nsubj Definite=Def
        även även ADV 6 advmod
        avdelningschef avdelningschef NOUN 0 ROOT Definite=Ind
    """
    assert [m.text for m in parsed(nlp, rows)._.actors] == ["förbundet", "förbundsdirektören"]


@pytest.mark.parametrize(
    ("participle_rows", "expected"),
    [
        (
            """
            underordnade underordnad ADJ 0 ROOT Tense=Past|VerbForm=Part
            regiondirektören regiondirektör NOUN 3 obj Definite=Def
            """,
            ["Enhetscheferna", "regiondirektören"],
        ),
        (
            """
            anställda anställd ADJ 4 amod Tense=Past|VerbForm=Part
            jurister jurist NOUN 0 ROOT Definite=Ind
            """,
            ["Enhetscheferna"],
        ),
    ],
    ids=["participle-object", "attributive-participle"],
)
def test_past_participle_takes_a_definite_object(nlp, participle_rows, expected) -> None:
    rows = """
        Enhetscheferna enhetschef NOUN 3 nsubj Definite=Def
        är vara AUX 3 cop
    """
    rows = rows.strip() + "\n" + participle_rows.strip()
    assert [m.text for m in parsed(nlp, rows)._.actors] == expected


@pytest.mark.parametrize(
    ("word", "canonical"),
    [("beslutsorganet", "beslutsorgan"), ("samverkansorgan", "samverkansorgan")],
)
def test_compounds_of_organ_are_bodies(word: str, canonical: str) -> None:
    assert LEXICON.analyse(word)[0] == canonical


def test_definite_noun_after_relative_som_ar_is_still_a_role(nlp) -> None:
    rows = """
        Staben stab NOUN 5 nsubj Definite=Def
        som som PRON 4 nsubj
        är vara AUX 4 cop
        beslutsorganet beslutsorgan NOUN 1 acl:relcl Definite=Def
        bereder bereda VERB 0 ROOT
        ärenden ärende NOUN 5 obj
    """
    assert [m.text for m in parsed(nlp, rows)._.actors] == ["Staben"]


@pytest.mark.parametrize(
    ("word", "canonical"),
    [
        ("familjerna", "familj"),
        ("funktionshindrade", "funktionshindrad"),
        ("vårdnadshavarna", "vårdnadshavare"),
        ("brukarnas", "brukare"),
        ("patienten", "patient"),
    ],
)
def test_those_the_organisation_serves_are_actors(word: str, canonical: str) -> None:
    assert LEXICON.analyse(word)[0] == canonical


def test_ledande_belongs_to_the_actor_name(nlp) -> None:
    rows = """
        Direktören direktör NOUN 2 nsubj Definite=Def
        samråder samråda VERB 0 ROOT
        med med ADP 5 case
        ledande ledande ADJ 5 amod
        befattningshavare befattningshavare NOUN 2 obl Definite=Ind
    """
    assert actors(nlp, rows)[-1] == ("ledande befattningshavare", "ledande befattningshavare")
