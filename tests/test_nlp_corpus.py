"""Predictions in corpus format (pipeline/nlp/corpus.py)."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.corpus import clause_record


def _mention(start: int, end: int, text: str) -> ActorMention:
    return ActorMention(start=start, end=end, text=text, canonical=text.lower(),
                        category="organisation", head=text.lower(), first_token=0,
                        last_token=0)


def test_clause_record_never_writes_a_zero_width_span() -> None:
    """An empty actor text left by a cut is no span (round 18, A1)."""
    clause = SimpleNamespace(doc_id="d", clause_id="1", parent_id=None, kind="paragraph",
                             label="", text="Vattenrådet ska samordna arbetet.")
    annotation = SimpleNamespace(clause=clause, doc=None, verbs=(), statements=(), errors=(),
                                 actors=(_mention(0, 0, ""), _mention(0, 11, "Vattenrådet")))
    spans = clause_record(annotation)["spans"]
    assert [span["text"] for span in spans] == ["Vattenrådet"]


def test_a_source_is_found_by_the_doc_id_rule(tmp_path) -> None:
    """Round 50: `styrdok annotate kyrkorad_lovsjo.odt` writes doc_id `kyrkorad-lovsjo`;
    evaluate --raw finds the file by that rule, not only as `kyrkorad-lovsjo.odt`."""
    from pipeline.nlp.corpus import source_of

    gold, raw = tmp_path / "dev", tmp_path / "mina dokument"
    gold.mkdir(), raw.mkdir()
    suffixes = (".txt", ".pdf", ".docx", ".odt")
    (raw / "kyrkorad_lovsjo.odt").write_bytes(b"")
    (raw / "Kyrkorad Lovsjo.png").write_bytes(b"")
    assert source_of("kyrkorad-lovsjo", gold, raw, suffixes) == raw / "kyrkorad_lovsjo.odt"
    (raw / "kyrkorad lovsjo.docx").write_bytes(b"")  # same id: the earlier suffix wins
    assert source_of("kyrkorad-lovsjo", gold, raw, suffixes) == raw / "kyrkorad lovsjo.docx"
    (raw / "kyrkorad-lovsjo.odt").write_bytes(b"")  # the exact name first
    assert source_of("kyrkorad-lovsjo", gold, raw, suffixes) == raw / "kyrkorad-lovsjo.odt"
    assert source_of("kyrkorad", gold, raw, suffixes) is None


def test_gold_documents_without_a_source_are_named_on_one_line(capsys) -> None:
    from pathlib import Path

    from pipeline.nlp.corpus import report_missing_sources

    report_missing_sources([], (Path("g"), Path("raw")))
    assert capsys.readouterr().err == ""
    report_missing_sources(["kyrkorad-lovsjo"], (Path("g"), Path("raw")))
    err = capsys.readouterr().err
    assert "no source in 'g' or 'raw' for 1 gold document (kyrkorad-lovsjo)" in err
    assert "scored clause by clause" in err
    report_missing_sources([f"d{n}" for n in range(7)], (Path("g"), Path("g")))
    err = capsys.readouterr().err
    assert "in 'g' for 7 gold documents (d0, d1, d2, d3, d4 and 2 more)" in err


def test_a_hidden_link_labels_offsets_map_onto_the_record_text(monkeypatch) -> None:
    """Review 50b M4 (round 50, ruling b6): a source-less record holding a site's link label
    is predicted on the shown text (the label hidden); `_paragraph_pair` maps the predicted
    spans back through `clause_offsets`, so that each slices the record's own text."""
    from pipeline.nlp import corpus
    from pipeline.nlp.scoring import Offsets

    text = "Ordförande är Eva Lindlänk till annan webbplats (S). Nämnden ska fastställa taxan."
    shown = "Ordförande är Eva Lind (S). Nämnden ska fastställa taxan."
    spans = [
        (label, shown.index(word), shown.index(word) + len(word), word)
        for label, word in (("ACTOR", "Eva Lind"), ("ACTOR", "Nämnden"), ("VERB", "fastställa"))
    ]
    predicted = {
        "text": text,
        "shown": shown,
        "spans": [{"label": label, "start": s, "end": e, "text": w} for label, s, e, w in spans],
        "statements": [],
    }
    monkeypatch.setattr(corpus, "_predict_paragraph", lambda record, settings, nlp: predicted)
    record = {"text": text, "meta": {"doc_id": "d"}, "spans": [], "statements": []}
    _, pair, offsets = corpus._paragraph_pair(record, None, None)
    assert isinstance(offsets, Offsets) and "shown" not in pair
    mapped = [text[offsets.start(s["start"]) : offsets.end(s["end"])] for s in pair["spans"]]
    assert mapped == ["Eva Lind", "Nämnden", "fastställa"]
    plain = {**predicted, "shown": text}  # nothing hidden: no mapping
    monkeypatch.setattr(corpus, "_predict_paragraph", lambda record, settings, nlp: dict(plain))
    assert corpus._paragraph_pair(record, None, None)[2] == 0
