"""The corpus scorer: counts, empty predictions, deontic accuracy, clause alignment."""

from __future__ import annotations

from pipeline.config import load_settings
from pipeline.nlp import corpus
from pipeline.nlp.corpus import document_predictions, frozen_parts
from pipeline.nlp.scoring import (
    Score,
    _deontic_accuracy,
    align,
    document_summary,
    evaluate_records,
    normalized,
    score,
)


def record(clause_id: str, text: str, statements=(), spans=()) -> dict:
    return {
        "text": text,
        "meta": {"doc_id": "d", "clause_id": clause_id},
        "spans": list(spans),
        "statements": list(statements),
    }


def statement(actor, deontic="obligation", aim="leda") -> dict:
    return {"actor": actor, "deontic": deontic, "aim": aim}


def test_an_empty_prediction_scores_zero_not_one() -> None:
    empty = score([], ["a", "b"])
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    assert Score(0, 0, 0).f1 == 1.0  # nothing to find and nothing found


def test_multiset_scores_count_each_gold_item_once() -> None:
    result = score(["a", "a", "b"], ["a", "c"])
    assert (result.true_positives, result.predicted, result.gold) == (1, 3, 2)


def test_deontic_accuracy_says_how_many_it_matched() -> None:
    gold = [("d", "1", "x", "leda", "obligation"), ("d", "1", "y", "leda", "permission")]
    predicted = [("d", "1", "x", "leda", "permission")]
    assert _deontic_accuracy(predicted, gold) == (0.0, 1)
    assert _deontic_accuracy([], gold) == (0.0, 0)


def test_clauses_align_by_normalized_text_not_by_id() -> None:
    gold = [record("8.a", "att leda arbetet,"), record("9", "Nämnden beslutar.")]
    predicted = [
        record("2", "Nämnden beslutar"),
        record("1.a", "att leda arbetet,"),
        record("3", "Extra."),
    ]
    pairs = list(align(gold, predicted))
    assert [(g and g["meta"]["clause_id"], p and p["meta"]["clause_id"]) for g, p, _ in pairs] == [
        ("8.a", "1.a"),
        ("9", "2"),
        (None, "3"),
    ]
    assert normalized(" Nämnden  BESLUTAR. ") == "nämnden beslutar"


def test_a_label_left_in_the_predicted_text_shifts_its_spans() -> None:
    gold = [
        record(
            "a", "leda arbetet", spans=[{"label": "ACTOR", "start": 5, "end": 12, "canonical": "x"}]
        )
    ]
    predicted = [
        record(
            "1",
            "a) leda arbetet",
            spans=[{"label": "ACTOR", "start": 8, "end": 15, "canonical": "x"}],
        )
    ]
    scores = evaluate_records(align(gold, predicted))
    assert scores["actors"]["f1"] == 1.0


def test_implicit_actor_statements_are_their_own_layer() -> None:
    gold = [record("1", "Beslut ska anmälas.", [statement(None, aim="anmäla")])]
    predicted = [record("1", "Beslut ska anmälas.", [])]
    scores = evaluate_records(align(gold, predicted))
    assert scores["statements_implicit"]["gold"] == 1
    assert scores["statements_implicit"]["f1"] == 0.0
    assert scores["statements"]["gold"] == 0


def test_frozen_parts_map_each_listed_file_to_its_part(tmp_path) -> None:
    (tmp_path / "FROZEN.c").write_text("ab12  one.txt\ncd34  one.jsonl\n", encoding="utf-8")
    (tmp_path / "FROZEN.e").write_text("ef56  two.jsonl\n\n", encoding="utf-8")
    assert frozen_parts(tmp_path) == {"one.txt": "c", "one.jsonl": "c", "two.jsonl": "e"}


def statement_score(f1: float, gold: int, predicted: int) -> dict[str, float]:
    return {"f1": f1, "gold": gold, "predicted": predicted}


def test_document_summary_counts_documents_below_the_bar_and_failures() -> None:
    summary = document_summary(
        [
            (statement_score(1.0, 4, 4), False),
            (statement_score(0.5, 2, 2), False),
            (statement_score(1.0, 0, 0), False),  # nothing to find, nothing found: not scored
            (statement_score(0.0, 3, 0), True),
        ]
    )
    assert summary["documents"] == 4
    assert summary["scored"] == 3
    assert summary["failed"] == 1
    assert summary["below_bar"] == 2
    assert summary["statements_f1_median"] == 0.5
    assert summary["statements_f1_min"] == 0.0


def test_a_document_that_fails_to_predict_is_scored_as_empty_and_named(
    tmp_path, monkeypatch, capsys
) -> None:
    source = tmp_path / "broken.txt"
    source.write_text("Nämnden ska leda arbetet.\n", encoding="utf-8")

    def explode(*args, **kwargs):
        raise ValueError("odd sentence")

    monkeypatch.setattr(corpus, "predict_document", explode)
    gold = [
        dict(
            record("1", "Nämnden ska leda arbetet.", [statement("nämnd")]),
            meta={"doc_id": "broken", "clause_id": "1"},
        )
    ]
    [document] = document_predictions(gold, load_settings(), None, tmp_path, tmp_path)
    assert document.failed
    assert document.pairs == [(gold[0], None, 0)]
    assert evaluate_records(document.pairs)["statements"]["recall"] == 0.0
    assert "broken.txt: prediction failed: ValueError: odd sentence" in capsys.readouterr().err


def test_a_hyphen_the_gold_keeps_inside_a_line_aligns_with_the_joined_prediction() -> None:
    # round 21, A1: normalize joins `kommu- nen`; a gold text may keep the page's damage
    damaged = "Nämnden ansvarar för kultur- och fritids- verksamheten i kommu- nen."
    joined = "Nämnden ansvarar för kultur- och fritidsverksamheten i kommunen."
    actor = {"label": "ACTOR", "start": 0, "end": 7, "canonical": "nämnd"}
    gold_verb = {"label": "VERB", "start": 8, "end": 16}
    place = {"label": "ACTOR", "start": damaged.index("kommu- nen"), "canonical": "kommun"}
    place["end"] = place["start"] + len("kommu- nen")
    predicted_place = {"label": "ACTOR", "start": joined.index("kommunen"), "canonical": "kommun"}
    predicted_place["end"] = predicted_place["start"] + len("kommunen")
    responsibility = statement("nämnd", "responsibility", "ansvara")
    gold = [record("1", damaged, [responsibility], [actor, gold_verb, place])]
    predicted = [record("1", joined, [responsibility], [actor, gold_verb, predicted_place])]
    pairs = list(align(gold, predicted))
    assert len(pairs) == 1 and pairs[0][1] is not None
    scores = evaluate_records(pairs)
    assert scores["clauses"]["f1"] == 1.0
    assert (scores["actors"]["true_positives"], scores["actors"]["gold"]) == (2, 2)
    assert scores["verbs"]["f1"] == 1.0
    assert scores["statements"]["true_positives"] == 1


def test_a_suspended_compound_keeps_its_hyphen_for_alignment() -> None:
    assert normalized("kultur- och fritidsnämnden") == "kultur- och fritidsnämnden"
    assert normalized("kommu- nen") == normalized("kommunen") == "kommunen"
    assert normalized("e- post och IT- system") == normalized("e-post och IT-system")
    assert normalized("roll- och kommu- nens") != normalized("rolloch kommunens")


def test_alignment_sees_what_hyphenation_repairs() -> None:
    from pipeline.normalize import NormalizeOptions, hyphen_action

    options = NormalizeOptions()
    for left, right in [("kultur", "och"), ("kommu", "nen"), ("regionfull", "mäktige"),
                        ("e", "post"), ("IT", "system"), ("presidiet", "så")]:
        action = hyphen_action(left, right, options)
        repaired = {"joined": left + right, "kept_compound": f"{left}-{right}"}.get(
            action, f"{left}- {right}"
        )
        assert normalized(f"{left}- {right}") == normalized(repaired), (left, right, action)
    assert hyphen_action("kultur", "och", options) == "kept_suspended"
    assert hyphen_action("kommu", "nen", options) == "joined"


def test_statements_in_document_forgive_a_clause_cut_that_statements_count_twice() -> None:
    gold = [
        record("1", "Nämnden beslutar om taxor.", [statement("nämnd", "none", "besluta")]),
        record("2", "Ordföranden ska kalla.", [statement("ordförande", aim="kalla")]),
    ]
    merged = "Nämnden beslutar om taxor. Ordföranden ska kalla."
    predicted = [
        record(
            "1",
            merged,
            [statement("nämnd", "none", "besluta"), statement("ordförande", aim="kalla")],
        )
    ]
    scores = evaluate_records(align(gold, predicted))
    assert scores["statements"]["true_positives"] == 1  # the second gold clause is unaligned
    assert scores["statements_in_document"]["f1"] == 1.0


def test_a_glued_coordination_hyphen_aligns_with_the_spaced_one() -> None:
    """Round 37 (aq-S1): normalize spaces ``Vård-och`` as ``Vård- och``; the gold text may
    keep the page's form, and the actor's offsets map back onto it."""
    from pipeline.nlp.scoring import _offsets, fold

    gold, predicted = "Bygg-och miljönämnden beslutar.", "Bygg- och miljönämnden beslutar."
    assert normalized(gold) == normalized(predicted) == "bygg- och miljönämnden beslutar"
    offsets = _offsets(gold, fold(gold), fold(predicted))
    end = len("Bygg- och miljönämnden")
    assert gold[offsets.start(0) : offsets.end(end)] == "Bygg-och miljönämnden"


def test_a_glued_parenthetical_aligns_with_the_spaced_one() -> None:
    """Round 41 (t-S1): normalize spaces ``(Ekby)ändamål`` as ``(Ekby) ändamål``; the gold
    text keeps the page's glue, and the actor's offsets map back onto it. A suffix in
    parentheses glued to its word stays as it is on both sides."""
    from pipeline.nlp.scoring import _offsets, fold

    gold = "Klubben Ekhagen (Klubben)ändamål är att främja friluftsliv."
    predicted = "Klubben Ekhagen (Klubben) ändamål är att främja friluftsliv."
    assert normalized(gold) == normalized(predicted)
    offsets = _offsets(gold, fold(gold), fold(predicted))
    start = predicted.index("ändamål")
    assert gold[offsets.start(start) : offsets.end(start + len("ändamål"))] == "ändamål"
    assert normalized("Antalet ledamot(er)na väljs.") == "antalet ledamot(er)na väljs"
