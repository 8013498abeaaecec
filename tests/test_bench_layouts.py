"""benchmarks/bench_layouts.py: the renderers, and small dev documents that keep their clauses
when wrapped and paged like a PDF text layer (round 44)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.bench_layouts import (
    gold_blocks,
    gold_documents,
    laid_out,
    render,
    rendered_clauses,
    wrap_line,
)
from pipeline.config import load_settings
from pipeline.nlp.scoring import fold

# layouts that already pass on these documents (the benchmark's table, docs/performance.md)
PASSING = {
    "real-hedemora-kommunstyrelsen": ("wrapped", "paged"),
    "real-malmo-stad-stadsdirektor": ("wrapped", "paged"),
    "w43-p-hallvik": ("wrapped", "paged"),
}


@pytest.fixture(scope="module")
def settings():  # noqa: ANN201
    return load_settings(nlp=False)


@pytest.fixture(scope="module")
def documents(settings):  # noqa: ANN001, ANN201
    return {d.doc_id: d for d in gold_documents(settings) if d.doc_id in PASSING}


def test_wrapping_keeps_the_words_and_the_width() -> None:
    line = "Nämnden ska varje år redovisa verksamhetsberättelsen och förvaltningsplanen " * 3
    wrapped = wrap_line(line.strip(), 60, random.Random(1), hyphenate=1.0)
    assert all(len(piece) <= 60 for piece in wrapped)
    joined = " ".join(wrapped).replace("- ", "")
    assert joined.split() == line.split()


def test_a_flattened_line_is_laid_out_one_block_a_line() -> None:
    text = "Titel\n\n1 § Namn Förbundets namn är Ekby.2 § Uppgifter Förbundet ska\nvara.\n"
    pieces = ("Titel", "Namn", "Förbundets namn är Ekby.", "Uppgifter", "Förbundet ska\nvara.")
    blocks = [(text.index(piece), text.index(piece) + len(piece)) for piece in pieces]
    assert laid_out(text, blocks) == (
        "Titel\n\n1 § Namn\nFörbundets namn är Ekby.\n2 § Uppgifter\nFörbundet ska vara.\n"
    )


def test_gold_blocks_are_found_in_order_across_line_breaks() -> None:
    text = "Ansvar\nStyrelsen ska leda\n  arbetet.\nAnsvar ligger kvar.\n"
    golds = ("Ansvar", "Styrelsen ska leda arbetet.", "Texten finns inte.", "Ansvar ligger kvar.")
    blocks = gold_blocks(text, golds)
    assert [text[start:end] for start, end in blocks] == [
        "Ansvar",
        "Styrelsen ska leda\n  arbetet.",
        "Ansvar ligger kvar.",
    ]


def test_paged_text_has_a_running_footer() -> None:
    text = "\n".join(f"Nämnden ska pröva ärende nummer {n}." for n in range(100))
    paged = render("paged", text, "doc", 44, [])
    pages = paged.split("\n")[-1].split()[-3:]
    assert paged.count("\n") > 100
    assert pages[-1].isdigit() or pages[-1][1:-1].isdigit(), pages  # `3`, `3 av 3`, `3 (3)`


@pytest.mark.parametrize("doc_id", sorted(PASSING))
def test_small_documents_keep_their_clauses_wrapped_and_paged(
    settings, documents, doc_id, tmp_path
) -> None:
    document = documents[doc_id]
    original = Counter(fold(text).key for text in rendered_clauses(
        "original", document, settings, 44, tmp_path))  # fmt: skip
    for layout in PASSING[doc_id]:
        rendered = rendered_clauses(layout, document, settings, 44, Path(tmp_path))
        assert Counter(fold(text).key for text in rendered) == original, layout
