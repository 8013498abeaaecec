from __future__ import annotations

import pytest

from pipeline.normalize.signature import is_signature_block, signature_block_start
from tests.conftest import segment_text


@pytest.mark.parametrize(
    ("text", "block"),
    [
        # round 30, cause S2: organisation, unit, name, title and contact fields after a stop
        ("Kommunstyrelsen ska årligen följa upp reglerna. Ekby kommun Kommunledningskontoret "
         "Anna Berg Kanslichef Postadress: Box 12, 123 45 Ekby Telefon: 0123-456 78",
         "Ekby kommun Kommunledningskontoret Anna Berg Kanslichef Postadress: Box 12, 123 45 "
         "Ekby Telefon: 0123-456 78"),
        ("Bolaget ska betala fakturan. Norrby Energi AB Per Lind VD E-post: info@ne.se "
         "Org.nr: 556000-0000", "Norrby Energi AB Per Lind VD E-post: info@ne.se Org.nr: "
         "556000-0000"),
        ("Nämnden nås på Telefon: 0123-45.", None),  # a sentence, no block
        ("Ring oss. Vi svarar gärna Telefon: 0123-45", None),  # a finite verb before the field
        ("Nämnden ska svara. Webbadress saknas här", None),  # no contact label
    ],
)
def test_signature_block_start(text: str, block: str | None) -> None:
    start = signature_block_start(text)
    assert (None if start is None else text[start:]) == block


def test_a_whole_signature_block_is_one() -> None:
    assert is_signature_block("Region Norrby HR-avdelningen Maria Sund HR-chef Tel: 090-12")
    assert not is_signature_block("Nämnden ansvarar. Tel: 090-12")


def test_the_signature_is_a_metadata_clause_after_the_last_sentence() -> None:
    text = ("Riktlinje för resor\nResenären ska välja det billigaste färdsättet. Västby kommun "
            "Ekonomienheten Lars Ek Controller Besöksadress: Torget 1 Telefon: 0456-123 45\n")
    clauses = [(clause.kind, clause.text) for clause in segment_text(text).clauses]
    assert clauses[1:] == [
        ("paragraph", "Resenären ska välja det billigaste färdsättet."),
        ("metadata", "Västby kommun Ekonomienheten Lars Ek Controller Besöksadress: Torget 1 "
                     "Telefon: 0456-123 45"),
    ]


def test_an_address_run_without_field_labels_after_the_last_sentence() -> None:
    """Round 38, at-S1: a name, a unit and a street address with its number after the last
    sentence, no field labels (``Lars Holm Fastighetsenheten Kvarngränd 7 punkt 3``), is a
    signature run of its own; a sentence naming a street is none."""
    from pipeline.normalize.signature import address_run_start, is_signature_block

    text = "Nämnden ska anta taxan. Lars Holm Fastighetsenheten Kvarngränd 7 punkt 3"
    start = address_run_start(text)
    assert start is not None and text[start:] == "Lars Holm Fastighetsenheten Kvarngränd 7 punkt 3"
    assert is_signature_block(text[start:])
    assert address_run_start("Nämnden ska anta taxan. Kontoret ligger på Kvarngränd 7.") is None


# Round 45 (analysis 45-bj, cause C8): contact labels printed in capitals without a colon
# open an address block, after a verbless head; inside a sentence with its verb they do not.
def test_contact_labels_in_capitals() -> None:
    text = "Rådet möts varje månad. Åby kommun Kansliet BESÖKSADRESS Torget 1 TELEFON 0123-45"
    assert signature_block_start(text) == text.index("Åby kommun")
    assert is_signature_block("Åby kommun, Åby BESÖKSADRESS Torget 1 TELEFON 0123-45")
    assert not is_signature_block("Frågor lämnas via TELEFON eller E-POST")
    assert not is_signature_block("BESÖKSADRESS Torget 1")
    sentence = "Rådet möts varje månad. Frågor tas emot via TELEFON och E-POST varje dag."
    assert signature_block_start(sentence) is None


def test_capitals_in_a_sentence_before_a_colon_field() -> None:
    """Round 45 tidy (review 45b, 2): a capitals label inside a sentence, a stop before the
    colon field, leaves the block to the colon field; with no stop between, the capitals
    label still opens it."""
    text = (
        "Synpunkter på taxan tas emot via TELEFON eller brev. Per Holm Avdelningschef "
        "Miljökontoret E-post: per.holm@ekby.se"
    )
    assert signature_block_start(text) == text.index("Per Holm")
    block = "Ekby kommun Kansliet BESÖKSADRESS Torget 1 Telefon: 0123-45"
    assert signature_block_start(f"Rådet möts varje månad. {block}") == len("Rådet möts varje månad. ")
