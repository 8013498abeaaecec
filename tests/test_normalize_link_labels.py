"""Round 50 (ruling b6): a site's screen-reader link label (layout.yaml `web_link_labels`) is
furniture inside its clause (pipeline.normalize.web_chrome `link_label_spans`): hidden in the
block text, raw offsets kept, the alignment key folds it away (pipeline.nlp.scoring `fold`);
invented lines."""

from pipeline.ingest import RawDocument
from pipeline.nlp.scoring import fold
from pipeline.normalize import normalize
from pipeline.normalize.web_chrome import link_label_spans

PAGE = """Miljönämnden
Ordförande är Maria Ekstrandlänk till annan webbplats (V)
vice ordförande är Olof Nyberg Länk till annan webbplats (L)
Miljönämnden utövar tillsyn enligt miljöbalkenlänk till annan webbplats.
Läs mer om miljönämndenöppnas i nytt fönster
Taxa för tillsyn (pdf, 64 kB, öppnas i nytt fönster)
"""


def _blocks(text: str) -> list[str]:
    document = normalize(RawDocument("web", "", "", "utf-8", text))
    return [document.text[block.start : block.end] for block in document.blocks]


def test_labels_glued_or_spaced_are_hidden() -> None:
    assert _blocks(PAGE) == [
        "Miljönämnden",
        "Ordförande är Maria Ekstrand (V)",
        "vice ordförande är Olof Nyberg (L)",
        "Miljönämnden utövar tillsyn enligt miljöbalken.",
        "Läs mer om miljönämnden",
        "Taxa för tillsyn (pdf, 64 kB)",
    ]


def test_a_hidden_label_keeps_raw_offsets_and_stays_in_the_clause_span() -> None:
    document = normalize(RawDocument("web", "", "", "utf-8", PAGE))
    at = document.text.index("miljöbalken.")
    raw = PAGE[document.raw_starts[at] : document.raw_ends[at + len("miljöbalken.") - 1]]
    assert raw == "miljöbalkenlänk till annan webbplats."


def test_a_sentence_about_a_link_keeps_its_words() -> None:
    # negatives: a lower-case label after a space, a glued one in a known compound
    assert link_label_spans("Nämnden får lägga ut en länk till annan webbplats.") == []
    assert link_label_spans("Sidan öppnas i nytt fönster.") == []
    assert link_label_spans("Nämnden får publicera en direktlänk till annan webbplats.") == []
    # review 50b M3: a compound noun is text whatever stands before it (an adjective, none)
    assert link_label_spans("Förvaltningen ska ge varje skola en ny direktlänk till extern "
                            "webbplats.") == []
    assert link_label_spans("Kommunen ska erbjuda webblänk till annan webbplats för ansökan.") == []
    assert _blocks("Kommunen ska erbjuda webblänk till annan webbplats för ansökan.\n") == [
        "Kommunen ska erbjuda webblänk till annan webbplats för ansökan."
    ]


def test_label_spans() -> None:
    assert link_label_spans("är Eva Lindlänk till annan webbplats (S)") == [(11, 36)]
    assert link_label_spans("är Eva Lind Länk till annan webbplats (S)") == [(11, 37)]
    assert link_label_spans("(pdf, 64 kB, öppnas i nytt fönster)") == [(11, 34)]
    assert link_label_spans("Taxa Word, 45 kB, öppnas i nytt fönster.") == [(17, 39)]
    # a comma before a sentence's coordinated verb: text
    assert link_label_spans("Filen sparas, öppnas i nytt fönster och skrivs ut.") == []


def test_fold_drops_the_label() -> None:
    printed = "Ordförande är Eva Lindlänk till annan webbplats (S)"
    assert fold(printed).key == fold("Ordförande är Eva Lind (S)").key
