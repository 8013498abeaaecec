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
