"""Round 46 (writer T, analysis 46-bm cause 9): a contact card one field a line is one block
(pipeline.normalize.contact_blocks); invented documents."""

from pipeline.ingest import RawDocument
from pipeline.normalize import normalize
from pipeline.normalize.contact_blocks import contact_rows
from pipeline.normalize.lines import split_lines


def _blocks(text: str) -> list[str]:
    document = normalize(RawDocument("t", "", "", "utf-8", text))
    return [document.text[block.start : block.end] for block in document.blocks]


PAGE = (
    "Regler för båtplatser\nHamnnämnden hyr ut båtplatser i gästhamnen.\nKontakt\n"
    "Hamnchef\nOlle Berg\nTfn. 0470-55 12 00\nMob 073-900 11 22\nHamnvärd\nEmma Lund\n"
    "Telefon: 0470-55 12 01\nE-post emma.lund@hamnen.se\nTfn. 0470-55 10 00\n"
)


def test_each_contact_card_is_one_block() -> None:
    blocks = _blocks(PAGE)
    assert "Kontakt" in blocks  # the heading over the cards stays a heading of its own
    assert "Hamnchef Olle Berg Tfn. 0470-55 12 00 Mob 073-900 11 22" in blocks
    assert "Hamnvärd Emma Lund Telefon: 0470-55 12 01 E-post emma.lund@hamnen.se" in blocks
    assert blocks[-1] == "Tfn. 0470-55 10 00"  # the label again: a card (a line) of its own


def test_a_heading_over_prose_and_a_number_in_a_sentence_are_no_card() -> None:
    # negatives: a role noun heading over a sentence; a phone number inside a sentence
    text = (
        "Regler för båtplatser\nHamnvärd\nHamnvärden ringer på 0470-55 12 01 vid storm.\n"
        "Kontakt\nFrågor besvaras av hamnkontoret.\n"
    )
    assert contact_rows(split_lines(text)) == {}
    assert "Hamnvärd" in _blocks(text)


def test_field_labels_over_dates_are_no_card() -> None:
    # negative: a web page's fields one a line, a date is no phone number
    text = (
        "Regler för båtplatser\nAnsvarig\nHamnkontoret\nPublicerad\n2031-04-12\nGäller till\n2033\n"
    )
    assert contact_rows(split_lines(text)) == {}
