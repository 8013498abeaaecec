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


def test_a_role_and_a_name_under_a_contact_heading_are_a_card_without_contact_lines() -> None:
    """Round 50 (analysis 50-bt, ruling b3): under ``Kontakt`` a role line and a personal
    name's line (a party code after a comma allowed) are one card each, a metadata clause;
    a byline and the update line under them are two field lines (ruling b5)."""
    from tests.conftest import segment_text

    text = (
        "Hamnnämnden\nHamnnämnden hyr ut båtplatser i gästhamnen.\nKontakt\n"
        "Ordförande\nGunnel Åkerlund, KD\nHamnchef\nStig Vallin\n"
        "Publicerad av: Stig Vallin\nSenast ändrad: 3 juni 2032\n"
    )
    blocks = _blocks(text)
    assert "Ordförande Gunnel Åkerlund, KD" in blocks
    assert "Hamnchef Stig Vallin" in blocks
    assert blocks[-2:] == ["Publicerad av: Stig Vallin", "Senast ändrad: 3 juni 2032"]
    kinds = {clause.text: clause.kind for clause in segment_text(text).clauses}
    assert kinds["Kontakt"] == "heading"
    assert kinds["Ordförande Gunnel Åkerlund, KD"] == "metadata"
    assert kinds["Publicerad av: Stig Vallin"] == "metadata"
    # negative: a role noun heading over a sentence under ``Kontakt`` stays a heading
    prose = "Hamnnämnden\nKontakt\nHamnchef\nHamnchefen svarar på frågor om platserna.\n"
    assert contact_rows(split_lines(prose)) == {}


def test_a_member_lists_name_and_title_lines_are_one_card() -> None:
    """Round 51 (ruling b2, analysis 51-by L1): under a label ending in a colon
    (``Ledamöter:``), a personal name's line and its title line ``<role>, <organisation>``
    are one card each, a metadata clause, no heading; a name line without its title line,
    and a title line without a comma, stay as they were."""
    from tests.conftest import segment_text

    text = (
        "Viltrådet\nViltrådet ger länsstyrelsen råd om jakt.\nOrdförande:\nAstrid Fjellner\n"
        "Landshövding, Länsstyrelsen i Ekmarks län\nLedamöter:\nBirger Oskarsson\n"
        "Riksdagsledamot, Centerpartiet\nSiv Hedlund\nVice ordförande, Jägarnas förbund\n"
        "Rådet sammanträder två gånger per år.\n"
    )
    blocks = _blocks(text)
    assert "Astrid Fjellner Landshövding, Länsstyrelsen i Ekmarks län" in blocks
    assert "Birger Oskarsson Riksdagsledamot, Centerpartiet" in blocks
    assert "Siv Hedlund Vice ordförande, Jägarnas förbund" in blocks
    kinds = {clause.text: clause.kind for clause in segment_text(text).clauses}
    assert kinds["Birger Oskarsson Riksdagsledamot, Centerpartiet"] == "metadata"
    assert kinds["Ledamöter:"] != "heading"
    # negatives: no colon line before the pair; a title line without its organisation
    assert contact_rows(split_lines("Viltrådet\nBirger Oskarsson\nRiksdagsledamot, C-län\n")) == {}
    assert contact_rows(split_lines("Ledamöter:\nBirger Oskarsson\nRiksdagsledamot\nX\n")) == {}


def test_a_structured_readers_card_one_field_a_paragraph_is_one_block() -> None:
    """Round 51 (newuser50b fault 6): a web page's card in `<p>` paragraphs (a blank line
    between its fields in the reader's text) is one block too; the heading stays."""
    text = ("Regler för hamnen\n\nHamnnämnden hyr ut båtplatser.\n\nKontakt\n\n"
            "Hamnkontoret\n\nTelefon: 0470-55 12 00\n\nE-post: hamn@hamnen.se\n")
    document = normalize(RawDocument("t", "t.html", "", "utf-8", text, format="html"))
    blocks = [document.text[block.start : block.end] for block in document.blocks]
    assert blocks[-2:] == ["Kontakt", "Hamnkontoret Telefon: 0470-55 12 00 E-post: hamn@hamnen.se"]
