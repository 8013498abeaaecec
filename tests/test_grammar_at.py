"""The shipped grammar shared by the components (pipeline.language.grammar.grammar_at)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pipeline.language.grammar import CONFIGS, SHIPPED_GRAMMAR, grammar_at, load_grammar


def test_the_shipped_file_gives_the_shipped_grammar(tmp_path: Path) -> None:
    shipped = CONFIGS / "grammar.yaml"
    relative = os.path.relpath(shipped)
    assert grammar_at(shipped) is SHIPPED_GRAMMAR
    assert grammar_at(str(shipped)) is SHIPPED_GRAMMAR
    assert grammar_at(relative) is SHIPPED_GRAMMAR


def test_another_file_is_loaded(tmp_path: Path) -> None:
    copy = tmp_path / "grammar.yaml"
    shutil.copyfile(CONFIGS / "grammar.yaml", copy)
    grammar = grammar_at(copy)
    assert grammar is not SHIPPED_GRAMMAR
    assert grammar is load_grammar(copy)
    assert grammar.modals == SHIPPED_GRAMMAR.modals


def test_the_example_markers_are_apposition_markers_and_list_hedges() -> None:
    """Review 53 S2: grammar.yaml keeps the example markers once (`example_markers`); the
    loader appends them to `apposition_markers` and `list_hedges`, longest first."""
    for marker in SHIPPED_GRAMMAR.example_markers:
        assert marker in SHIPPED_GRAMMAR.apposition_markers
        assert marker in SHIPPED_GRAMMAR.list_hedges
    assert ("det", "vill", "säga") in SHIPPED_GRAMMAR.apposition_markers
    assert ("bland", "annat") in SHIPPED_GRAMMAR.list_hedges
    lengths = [len(marker) for marker in SHIPPED_GRAMMAR.apposition_markers]
    assert lengths == sorted(lengths, reverse=True)
