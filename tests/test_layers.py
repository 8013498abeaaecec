"""The stages import only what comes before them in the data flow
(ingest → normalize → segment → nlp), and `pipeline.language` imports no stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"
ORDER = ["language", "ingest", "normalize", "segment", "nlp"]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def _stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "pipeline" and parts[1] in ORDER else None


@pytest.mark.parametrize("stage", ORDER[:-1])
def test_a_stage_imports_no_later_stage(stage: str) -> None:
    later = set(ORDER[ORDER.index(stage) + 1 :])
    wrong = {
        f"{path.relative_to(PIPELINE.parent)} imports {module}"
        for path in sorted((PIPELINE / stage).rglob("*.py"))
        for module in _imported_modules(path)
        if _stage_of(module) in later
    }
    assert not wrong, sorted(wrong)


def test_the_scan_sees_a_backward_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from pipeline.nlp.verb_forms import is_modal\n")
    assert _stage_of(next(iter(_imported_modules(module)))) == "nlp"
