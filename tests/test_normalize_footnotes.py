"""Round 46 (probe w45-y, office-suite PDF text layers): a footnote whose note stands at the
page foot between the halves of a sentence is moved after that sentence
(pipeline.normalize.footnotes); invented documents."""

from pipeline.ingest import RawDocument
from pipeline.normalize import normalize
from pipeline.normalize.footnotes import footnote_order
from pipeline.normalize.lines import split_lines

# a sentence breaks off at the page foot; its note (mark `3` glued to `taxan`) stands
# before the page number and the form feed
INTERRUPTED = (
    "Reglemente för fritidsnämnden\n"
    "Nämnden beslutar om taxan3 för idrottshallar. Taxan ska varje år prövas av\n"
    "3 Taxan finns i bilaga 2.\n"
    "4\n"
    "\fnämnden före den 1 oktober.\n"
    "Fritidschefen verkställer besluten.\n"
)


def _blocks(text: str) -> list[str]:
    document = normalize(RawDocument("t", "", "", "utf-8", text))
    return [document.text[block.start : block.end] for block in document.blocks]


def test_a_note_between_a_sentences_halves_follows_the_sentence() -> None:
    blocks = _blocks(INTERRUPTED)
    sentence = (
        "Nämnden beslutar om taxan3 för idrottshallar. Taxan ska varje år prövas av nämnden "
        "före den 1 oktober."
    )
    assert sentence in blocks
    assert blocks.index("3 Taxan finns i bilaga 2.") == blocks.index(sentence) + 1


def test_the_moved_note_keeps_its_raw_offsets() -> None:
    document = normalize(RawDocument("t", "", "", "utf-8", INTERRUPTED))
    at = document.text.index("3 Taxan")
    assert INTERRUPTED[document.raw_starts[at] : document.raw_starts[at] + 7] == "3 Taxan"


def _unchanged(text: str, removed: frozenset[int]) -> bool:
    lines = split_lines(text)
    return footnote_order(lines, text, removed) == list(enumerate(lines))


def test_no_move_without_a_glued_mark_or_after_a_full_stop() -> None:
    # `3` is carried by no word: a numbered line, not a note
    assert _unchanged(INTERRUPTED.replace("taxan3", "taxan"), frozenset({3}))
    # the sentence before the note ends on its page: the note stays where it is
    stopped = INTERRUPTED.replace("prövas av\n", "prövas.\n").replace("\fnämnden före", "\fFöre")
    assert _unchanged(stopped, frozenset({3}))


def test_a_numbered_line_with_no_page_break_after_it_stays() -> None:
    text = (
        "Nämnden ansvarar för taxan3 och ska samråda med\n"
        "3 Taxan finns i bilaga 2.\n"
        "Fritidschefen ska verkställa besluten.\n"
        "Fritidschefen rapporterar till nämnden.\n"
        "Nämnden följer upp arbetet.\n"
        "Fritidschefen ansvarar för personalen.\n"
        "Nämnden sammanträder varje månad.\n"
    )
    assert _unchanged(text, frozenset())


# review 46a item 1: page 2 breaks off mid-sentence too, its own note before the next break;
# the line ending page 1's sentence is looked for on page 2 alone, before its note
TWO_INTERRUPTED_PAGES = (
    "Reglemente för kulturnämnden\n"
    "Nämnden tar ut avgiften3 för lokaler. Avgiften ska fastställas av\n"
    "3 Avgiften framgår av bilaga 1.\n"
    "\fnämnden och taxan4 ska\n"
    "4 Taxan finns i bilaga 2.\n"
    "\fgälla från den 1 juli.\n"
)


def test_a_note_is_never_lost_where_the_next_page_breaks_off_too() -> None:
    lines = split_lines(TWO_INTERRUPTED_PAGES)
    order = footnote_order(lines, TWO_INTERRUPTED_PAGES, frozenset())
    assert sorted(index for index, _ in order if index >= 0) == list(range(len(lines)))
    text = normalize(RawDocument("t", "", "", "utf-8", TWO_INTERRUPTED_PAGES)).text
    assert text.count("3 Avgiften framgår av bilaga 1.") == 1
    assert text.count("4 Taxan finns i bilaga 2.") == 1
    # page 2's note goes after the line that ends page 2's sentence
    assert text.index("gälla från den 1 juli.") < text.index("4 Taxan finns")


def test_a_superscript_mark_and_its_note_move_as_digits_do() -> None:
    superscript = INTERRUPTED.replace("taxan3", "taxan³").replace("3 Taxan", "³ Taxan")
    blocks = _blocks(superscript)
    sentence = next(block for block in blocks if block.endswith("före den 1 oktober."))
    assert sentence.startswith("Nämnden beslutar om taxan³")
    assert blocks.index("³ Taxan finns i bilaga 2.") == blocks.index(sentence) + 1


def test_a_note_at_a_plain_texts_end_follows_the_paragraph_citing_it() -> None:
    """Round 56 (nu56 fault 2): notes gathered at a .txt's end (``¹ …`` lines, one running
    over two lines) go after the paragraph citing their mark, not under the last clause; a
    note no line cites stays where it stands, a top-level paragraph."""
    from tests.conftest import segment_text

    text = (
        "Instruktion för kassören\r\n\r\n1 Uppdrag\r\n\r\n1.1 Kassören ska föra räkenskaperna"
        " enligt föreningens\r\nregler.¹\r\n\r\n1.1.1 Kassören får betala fakturor.²\r\n\r\n"
        "2 Övrigt\r\n\r\n2.1 Ordföranden ska kalla till möte.\r\n\r\n¹ Se stadgarna 4 §.\r\n"
        "² Gäller även\r\nkvitton.\r\n³ Utan hänvisning.\r\n"
    )
    document = segment_text(text)
    placed = [(c.clause_id, c.parent_id, c.text) for c in document.clauses]
    assert placed[3:6] == [
        ("1.1.p1", "1.1", "¹ Se stadgarna 4 §."),
        ("1.1.1", "1.1", "Kassören får betala fakturor.²"),
        ("1.1.1.1", "1.1.1", "² Gäller även kvitton."),
    ]
    assert placed[-1] == ("p1", None, "³ Utan hänvisning.")
    for clause in document.clauses:
        assert document.doc.text[clause.start : clause.end] == clause.text


def test_a_closing_paragraph_after_the_end_notes_stays_in_place() -> None:
    """Review56 M1: a note at the text's end is one paragraph opening with its mark; a
    closing sentence or an adoption line after the notes is no part of them, so nothing is
    moved and the sentence stays its own clause after the last section."""
    from tests.conftest import segment_text

    for tail in ("Denna instruktion ska ses över av nämnden varje år.",
                 "Antagen av fullmäktige 2026-05-12, § 45."):
        text = (
            "Instruktion för kanslichefen\n\n1 § Kanslichefen ska leda kansliet.¹\n\n"
            f"2 § Kanslichefen får anställa personal.\n\n¹ Jfr 7 kap. 1 § kommunallagen.\n\n{tail}\n"
        )
        document = segment_text(text)
        texts = [clause.text for clause in document.clauses]
        assert texts[-1] == tail
        assert texts.index("¹ Jfr 7 kap. 1 § kommunallagen.") == len(texts) - 2


def test_end_notes_in_one_paragraph_and_a_unit_power() -> None:
    """Review56 M1/S5: two notes in one closing paragraph both follow their citing lines; a
    unit's power (``m²``) calls no note."""
    text = (
        "Regler för lokalen\n\nNämnden ska vårda lokalen.²\n\nLokalen är 40 m² stor.\n\n"
        "Ordföranden får hyra ut den.¹\n\n¹ Se taxan.\n² Se avtalet.\n"
    )
    lines = split_lines(text)
    order = [line.stripped for _, line in footnote_order(lines, text, frozenset())]
    content = [line for line in order if line]
    assert content == [
        "Regler för lokalen", "Nämnden ska vårda lokalen.²", "² Se avtalet.",
        "Lokalen är 40 m² stor.", "Ordföranden får hyra ut den.¹", "¹ Se taxan.",
    ]
