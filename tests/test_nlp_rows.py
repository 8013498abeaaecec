"""NLP table rows: the numpy token columns equal the per-token values; clause errors rows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.batch import prepare_document
from pipeline.nlp import ClauseAnnotation, _annotation, annotate, build_nlp
from pipeline.nlp.rows import annotation_tables, token_and_sentence_tables
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def annotated(settings):
    document = prepare_document(ROOT / "raw" / "region-norrbotten.txt", "n", settings)
    return document, annotate(build_nlp(settings), document)


def test_token_columns_from_to_array_equal_the_token_attributes(annotated) -> None:
    document, annotations = annotated
    tokens, sentences = token_and_sentence_tables(document, annotations)
    expected = []
    for annotation in annotations:
        number = {t.i: n for n, sentence in enumerate(annotation.doc.sents) for t in sentence}
        start = annotation.clause.start
        expected.extend(
            {
                "clause_id": annotation.clause.clause_id,
                "sentence_index": number[t.i],
                "token_index": t.i,
                "text": t.text,
                "lemma": t.lemma_,
                "upos": t.pos_,
                "xpos": t.tag_,
                "morph": str(t.morph),
                "dep": t.dep_,
                "head_index": t.head.i,
                "start": start + t.idx,
                "end": start + t.idx + len(t.text),
            }
            for t in annotation.doc
        )
    expected.sort(key=lambda row: row["start"])
    rows = [{key: row[key] for key in expected[0]} for row in tokens.to_pylist()]
    assert rows == expected
    text = document.doc.text
    assert all(text[r["start"] : r["end"]] == r["text"] for r in sentences.to_pylist())


def test_a_clause_error_becomes_a_row_and_the_rest_is_kept(annotated) -> None:
    document, annotations = annotated
    broken = ClauseAnnotation(
        annotations[3].clause,
        annotations[3].doc,
        (),
        (),
        (),
        (("statements", "IndexError", "list index out of range"),),
    )
    tables = annotation_tables(document, [*annotations[:3], broken, *annotations[4:]])
    errors = tables["clause_errors"].to_pylist()
    assert errors == [
        {
            "doc_id": "n",
            "clause_id": annotations[3].clause.clause_id,
            "stage": "statements",
            "error_type": "IndexError",
            "message": "list index out of range",
        }
    ]
    kept = {row["clause_id"] for row in tables["statements"].to_pylist()}
    assert annotations[3].clause.clause_id not in kept and len(kept) > 5


def test_an_inherited_actor_is_placed_in_its_lead_in(settings, tmp_path) -> None:
    """Round 49 (nu49 fault 6): list items under `Stadsdirektören ska` carry the lead-in's
    actor; actor_clause_id names the lead-in's clause and the offsets slice the document
    text inside that clause."""
    source = tmp_path / "instruktion.txt"
    source.write_text(
        "Instruktion för stadsdirektören\n\n1 Uppdrag\n\nStadsdirektören ska\n\n"
        "• leda förvaltningens arbete,\n\n• bereda ärenden till styrelsen.\n",
        encoding="utf-8",
    )
    document = prepare_document(source, "i", settings)
    annotations = annotate(build_nlp(settings), document)
    statements = annotation_tables(document, annotations)["statements"].to_pylist()
    clauses = {c.clause_id: c for c in document.clauses}
    text = document.doc.text
    items = [s for s in statements if clauses[s["clause_id"]].kind == "list_item"]
    assert len(items) == 2
    for row in statements:
        where = clauses[row["actor_clause_id"]]
        assert text[row["actor_start"] : row["actor_end"]] == row["actor_text"]
        assert where.start <= row["actor_start"] < row["actor_end"] <= where.end
    assert {row["actor_clause_id"] for row in items} == {clauses[items[0]["clause_id"]].parent_id}


def test_an_inherited_modal_and_verb_are_placed_in_their_lead_in(settings, tmp_path) -> None:
    """Round 50 (nu50 fault 3): items under `Regionstyrelsen ska till fullmäktige lämna`
    inherit the cue and the verb too; modal_clause_id and aim_clause_id name the lead-in's
    clause and the offsets slice it. Under `Stadsdirektören ska` the verb is the item's own."""
    source = tmp_path / "arbetsordning.txt"
    source.write_text(
        "Arbetsordning för fullmäktige\n\n3 § Rapporter\n\n"
        "Regionstyrelsen ska till fullmäktige lämna\n\na) en årsredovisning,\n\n"
        "b) en delårsrapport.\n\n4 § Uppdrag\n\nStadsdirektören ska\n\n"
        "• leda förvaltningens arbete,\n\n• bereda ärenden till styrelsen.\n",
        encoding="utf-8",
    )
    document = prepare_document(source, "a", settings)
    annotations = annotate(build_nlp(settings), document)
    statements = annotation_tables(document, annotations)["statements"].to_pylist()
    clauses = {c.clause_id: c for c in document.clauses}
    text = document.doc.text
    items = [s for s in statements if clauses[s["clause_id"]].kind == "list_item"]
    assert len(items) == 4
    for row in items:
        lead_in = clauses[row["clause_id"]].parent_id
        for part, column in (("modal", "modal"), ("aim", "aim_text")):
            where = clauses[row[f"{part}_clause_id"]]
            start, end = row[f"{part}_start"], row[f"{part}_end"]
            assert text[start:end] == row[column]
            assert where.start <= start < end <= where.end
        assert row["modal_clause_id"] == lead_in
    aims = {row["aim_text"]: row["aim_clause_id"] == row["clause_id"] for row in items}
    assert aims == {"lämna": False, "leda": True, "bereda": True}


def test_round56_no_table_span_is_empty(settings, tmp_path) -> None:
    """Round 56 (analysis 56b-cm Z): offsets are sacred: every actor, verb and statement
    span of the tables is non-empty and slices its text, on an invented page whose footer
    runs field labels, a date and an editor's unit together (``Senast uppdaterad:`` ⏎
    date ⏎ ``Ansvarig redaktör: EKF Kommunikation``); an empty actor mention a rule left
    is dropped before the tables."""
    source = tmp_path / "organisation.txt"
    source.write_text(
        "Regionens organisation\n\nFastighetsförvaltningen\n\nSvarar för att underhålla "
        "skolhusen och för att värmen fungerar. Ekbo förvaltning (EKF) stödjer "
        "nämnden.\n\nSenast uppdaterad:\n2026-03-03\nAnsvarig redaktör: EKF Kommunikation\n",
        encoding="utf-8",
    )
    document = prepare_document(source, "z", settings)
    annotations = annotate(build_nlp(settings), document)
    tables = annotation_tables(document, annotations)
    text = document.doc.text
    for name, column in (("actors", "text"), ("verbs", "text")):
        for row in tables[name].to_pylist():
            assert row["start"] < row["end"], (name, row)
            assert text[row["start"] : row["end"]] == row[column]
    for row in tables["statements"].to_pylist():
        for part in ("actor", "aim"):
            start, end = row.get(f"{part}_start"), row.get(f"{part}_end")
            assert start is None or start < end, (part, row)
    annotation = next(a for a in annotations if a.actors)
    empty = replace(annotation.actors[0], end=annotation.actors[0].start)
    annotation.doc._.actors = [empty, *annotation.actors]
    assert _annotation(annotation.clause, annotation.doc).actors == annotation.actors


def test_an_object_or_condition_ends_before_a_glued_footnote_call() -> None:
    """Round 56 (newuser56b fault 12): ``… enligt nämndens anvisningar.³`` is one token, so
    the condition span ends in the sentence's full stop and its footnote call; the table's
    span ends before them, a plain word or a lone call keeps its end."""
    from pipeline.nlp.rows import _before_footnote_call

    text = "Kansliet ska arkivera handlingar enligt nämndens anvisningar.³"
    start = text.index("enligt")
    assert _before_footnote_call(text, (start, len(text))) == (start, len(text) - 2)
    assert _before_footnote_call(text, (0, 8)) == (0, 8)
    assert _before_footnote_call(text, (len(text) - 2, len(text))) == (len(text) - 2, len(text))
    assert _before_footnote_call(text, None) is None


def test_row_tuples_give_the_tables_row_dicts_give(annotated) -> None:
    """Round 58 (perf58b): the actor, verb, statement and clause-error rows are tuples in
    their schema's column order; the tables equal `to_table` of the same rows as dicts, and
    every tuple has one value per column."""
    from pipeline.nlp.rows import ROW_TABLES, annotation_rows
    from pipeline.tables import SCHEMAS, to_table

    document, annotations = annotated
    broken = replace(annotations[3], errors=(("verbs", "KeyError", "'x'"),))
    annotations = [*annotations[:3], broken, *annotations[4:]]
    tables = annotation_tables(document, annotations)
    rows = annotation_rows(document, annotations)
    for name in ROW_TABLES:
        assert all(list(row) == SCHEMAS[name].names for row in rows[name])
        expected = to_table(name, rows[name])
        assert tables[name].equals(expected) and tables[name].schema == expected.schema, name
    assert len(tables["clause_errors"]) == 1 and len(tables["statements"]) > 5


def test_sentence_numbers_restart_in_every_clause_and_skip_an_empty_doc(annotated) -> None:
    from pipeline.nlp.rows import _numbers_by_clause, _token_array

    document, annotations = annotated
    empty = replace(annotations[1], doc=annotations[1].doc[0:0].as_doc())
    annotations = [annotations[0], empty, *annotations[2:]]
    numbers = _numbers_by_clause(annotations, _token_array(annotations))
    assert numbers[1] == []
    for annotation, found in zip(annotations, numbers, strict=True):
        expected = [n for n, sentence in enumerate(annotation.doc.sents) for _ in sentence]
        assert found == expected
