"""corpus/agreement.py: a second annotation scored against the first with evaluate's scorer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "corpus" / "agreement.py"
_spec = importlib.util.spec_from_file_location("corpus_agreement", SCRIPT)
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)


def _record(clause_id: str, text: str, statements: list[dict]) -> dict:
    meta = {"doc_id": "doc", "clause_id": clause_id, "parent_id": None,
            "kind": "paragraph", "label": ""}
    return {"text": text, "meta": meta, "spans": [], "statements": statements}


def _statement(actor: str, aim: str, deontic: str = "obligation") -> dict:
    return {"actor": actor, "deontic": deontic, "aim": aim}


FIRST = [
    _record("1", "Nämnden ska pröva ärenden.", [_statement("nämnd", "pröva")]),
    _record("2", "Ordföranden får kalla till möte.", [_statement("ordförande", "kalla", "permission")]),
]


def _write(folder: Path, records: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "doc.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def _scores(tmp_path: Path, second: list[dict]) -> dict:
    _write(tmp_path / "corpus" / "test", FIRST)
    folder = tmp_path / "second"
    _write(folder, second)
    pairs = agreement.agreement_pairs(sorted(folder.glob("*.jsonl")), tmp_path / "corpus")
    return agreement.evaluate_records(pairs)


def test_identical_annotations_agree_fully(tmp_path):
    scores = _scores(tmp_path, FIRST)
    assert scores["statements"]["f1"] == 1.0
    assert scores["clauses"]["f1"] == 1.0


def test_a_missed_statement_and_an_uncut_clause_lower_agreement(tmp_path):
    merged = _record("1", "Nämnden ska pröva ärenden. Ordföranden får kalla till möte.",
                     [_statement("nämnd", "pröva")])
    scores = _scores(tmp_path, [merged])
    assert scores["statements"]["gold"] == 2
    assert scores["statements"]["true_positives"] <= 1
    assert scores["statements_in_document"]["true_positives"] == 1
    assert scores["statements"]["f1"] < 1.0


def test_a_document_missing_from_the_corpus_is_named(tmp_path):
    folder = tmp_path / "second"
    _write(folder, FIRST)
    with pytest.raises(SystemExit, match="doc.jsonl"):
        agreement.agreement_pairs([folder / "doc.jsonl"], tmp_path / "corpus")


def test_the_shipped_second_annotations_are_valid_and_repeat_frozen_documents() -> None:
    import subprocess
    import sys

    root = SCRIPT.parents[1]
    files = sorted((root / "corpus" / "agreement").glob("*/*.jsonl"))
    assert files
    for second in files:
        assert agreement.first_annotation(second, root / "corpus").parent.name == "test"
    check = subprocess.run(
        [sys.executable, str(root / "corpus" / "check.py"), *map(str, files)],
        capture_output=True, text=True,
    )
    assert check.returncode == 0, check.stdout[-500:]
