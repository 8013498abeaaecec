"""perf58b: the shortcuts around the model give the answers of the code they replaced.

Normalize: `attachment_list_cuts` reads a text's words only where a heading of the list is a
substring of its casefolded form; `heading_cuts` asks `_boundary` only of a capitalised word
(its first test); `spaced_coordination_hyphens` looks for its glued strings with one
alternation; `artifact_matcher` tries the page artifact patterns as one alternation. The
document pass (`numbered_items`) joins a lead-in's text only where a labelled child asks.
Parquet partitions are written through a temporary file named by the process, not drawn by
`mkstemp`. Each is checked against the loop or call it replaced, on invented lines and the
seed documents' texts.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline import patterns
from pipeline.batch.plan import remove_leftovers
from pipeline.nlp.document import ClauseInfo, numbered_items
from pipeline.normalize import inline_headings
from pipeline.normalize.lines import artifact_matcher
from pipeline.normalize.mapped import nfc_mapped
from pipeline.normalize.model import NormalizeOptions
from pipeline.normalize.reflow import _WORD, attachment_list_cuts
from pipeline.normalize.spacing import _glued_coordination, spaced_coordination_hyphens
from pipeline.tables import _atomic_write, _temporary_beside, to_table

LINES = [
    "Nämnden ska lämna en rapport Bilagor 1 Avtal 2 Budget",
    "Styrelsen beslutar. BILAGOR 1 Protokoll 2 Yttrande",
    "Kommunstyrelsen ska följa upp arbetet Förteckning över bilagor 1 Plan 2 Taxa",
    "Ingen lista här 1 Avtal 2 Budget",
    "Sida 3 av 12",
    "  12  ",
    "s. 2 (av 10)",
    "- 4 -",
    "Vård-och omsorgsnämnden ska svara för vården.",
    "KULTUR-OCH FRITIDSNÄMNDEN",
    "Bygg-eller miljöärenden",
    "Nämnden beslutar. Ansvar Kommundirektören ska leda förvaltningen ”Ett Tryggt Ekby” i år.",
    "",
]


def _attachment_cuts_by_every_word(text: str) -> list[int]:
    """`attachment_list_cuts` without its substring gate (the function's loop as it was)."""
    from pipeline.normalize.reflow import _attachment_entries

    words = list(_WORD.finditer(text))
    for index, word in enumerate(words[1:], start=1):
        if not word.group()[:1].isupper():
            continue
        folded = word.group().casefold()
        length = 2 if folded == "förteckning" and " ".join(
            w.group().casefold() for w in words[index : index + 3]) \
            == "förteckning över bilagor" else 0
        if not (folded in patterns.ATTACHMENT_HEADINGS or length):
            continue
        entries = _attachment_entries(text, words[index + length].end())
        if entries:
            return [word.start(), *entries]
    return []


def _seed_lines(normalized_seeds: dict) -> list[str]:
    return [line for document in normalized_seeds.values() for line in document.text.split("\n")]


def test_attachment_cuts_gate_answers_as_the_word_loop(normalized_seeds: dict) -> None:
    for text in [*LINES, *_seed_lines(normalized_seeds)]:
        assert attachment_list_cuts(text) == _attachment_cuts_by_every_word(text), text
    assert attachment_list_cuts(LINES[0]) == [LINES[0].index("Bilagor"),
                                               LINES[0].index("1 Avtal"),
                                               LINES[0].index("2 Budget")]
    assert attachment_list_cuts(LINES[3]) == []  # no heading: not split into words


def test_boundary_answers_none_for_every_word_without_a_capital(normalized_seeds: dict) -> None:
    """`heading_cuts` skips `_boundary` for a word whose first character is no capital: the
    function's own first test answers None there, whatever the words around it."""
    asked = 0
    for text in [*LINES, *_seed_lines(normalized_seeds)]:
        texts = [match.group() for match in inline_headings._WORD.finditer(text)]
        for index in range(1, len(texts)):
            if texts[index][:1].isupper():
                continue
            for run_start in {0, index - 1}:
                assert inline_headings._boundary(texts, index, run_start) is None
                asked += 1
    assert asked > 1000


def test_glued_coordination_alternation_finds_what_the_strings_find(settings) -> None:
    coordinators = settings.normalize.keep_hyphen_before
    glued, _ = _glued_coordination(coordinators)
    needles = [f"-{word}" for word in sorted(coordinators)]
    needles += [needle.upper() for needle in needles]
    for text in LINES:
        assert (glued.search(text) is not None) == any(n in text for n in needles), text
    assert spaced_coordination_hyphens(nfc_mapped(LINES[8], 0), coordinators).text == (
        "Vård- och omsorgsnämnden ska svara för vården.")
    none, _ = _glued_coordination(frozenset())
    assert none is None
    piece = nfc_mapped(LINES[8], 0)
    assert spaced_coordination_hyphens(piece, frozenset()) is piece


@pytest.mark.parametrize(
    "sources",
    [
        None,  # the shipped normalize.yaml patterns (groups, no reference to one)
        [r"(\d+)-\1", r"[Ss]ida\s+\d+"],  # a backreference: each pattern on its own
        [r"(?P<n>\d+)", r"(?P<n>[IVX]+)"],  # one group name twice: each on its own
        [],
    ],
)
def test_artifact_alternation_matches_where_one_pattern_matches(
    sources: list | None, settings
) -> None:
    options = settings.normalize if sources is None else NormalizeOptions(
        page_artifact_patterns=tuple(sources))
    compiled = [re.compile(rf"^\s*(?:{p})\s*$") for p in options.page_artifact_patterns]
    is_artifact = artifact_matcher(options)
    lines = [*LINES, "12-12", "12-13", "XIV", "Sida 4", "- 12 -", "______", "2 (8)"]
    for line in lines:
        assert is_artifact(line) is any(p.match(line) for p in compiled), (sources, line)


@dataclass
class _Doc:
    text: str


def _numbered_items_joining_every_paragraph(docs: list, clauses: list) -> list:
    """`numbered_items` as it was: every paragraph's text joined first."""
    from dataclasses import replace

    from pipeline.nlp.document import _ITEM_LABEL, _SENTENCE_END

    texts = {c.clause_id: doc.text.rstrip() for doc, c in zip(docs, clauses, strict=True)
             if c.kind == "paragraph"}
    found = []
    for doc, clause in zip(docs, clauses, strict=True):
        lead = texts.get(clause.parent_id or "")
        if (lead and clause.kind == "paragraph" and _ITEM_LABEL.fullmatch(clause.label.strip())
                and (lead.endswith(":") or (
                    not _SENTENCE_END.search(lead) and doc.text.lstrip()[:1].islower()))):
            clause = replace(clause, kind="list_item")
        found.append(clause)
    return found


def test_numbered_items_join_a_lead_in_only_where_a_labelled_child_asks() -> None:
    docs = [_Doc(text) for text in (
        "Instruktion för direktören", "Direktören ska särskilt:", "se till att arbetet går",
        "leda förvaltningen.", "Direktören ska särskilt", "leda arbetet", "Nämnden beslutar.",
        "Ett stycke.", "   ", "svara för kansliet")]
    clauses = [
        ClauseInfo("t", None, "title"), ClauseInfo("p1", "t", "paragraph", "2.1"),
        ClauseInfo("p2", "p1", "paragraph", "2.1.1"), ClauseInfo("p3", "p1", "paragraph", "2.1.2"),
        ClauseInfo("p4", "t", "paragraph", "3"), ClauseInfo("p5", "p4", "paragraph", "3.1"),
        ClauseInfo("p6", "t", "paragraph", "4"), ClauseInfo("p7", "p6", "paragraph", "4.1"),
        ClauseInfo("p8", "t", "paragraph", "5"), ClauseInfo("p9", "p8", "paragraph", "a)"),
    ]
    found = numbered_items(docs, clauses)
    assert found == _numbered_items_joining_every_paragraph(docs, clauses)
    assert [c.clause_id for c in found if c.kind == "list_item"] == ["p2", "p3", "p5"]


def test_a_partition_goes_through_a_named_temporary_file(tmp_path: Path) -> None:
    table = to_table("clauses", [{"doc_id": "a", "clause_id": "1", "ordinal": 0, "text": "ett"}])
    path = tmp_path / "clauses" / "a.parquet"
    descriptor, temporary = _temporary_beside(str(path))  # makes the missing directory
    os.close(descriptor)
    assert Path(temporary).parent == path.parent
    assert Path(temporary).name.startswith(".a.parquet.") and temporary.endswith(".tmp")
    assert stat.S_IMODE(os.stat(temporary).st_mode) == 0o600
    remove_leftovers(tmp_path)  # a dead run's temporary file is one it deletes
    assert not Path(temporary).exists()
    _atomic_write(table, path)
    _atomic_write(table, str(path))
    assert [p.name for p in path.parent.iterdir()] == ["a.parquet"]


def test_a_taken_temporary_name_falls_back_to_mkstemp(tmp_path: Path, monkeypatch) -> None:
    import itertools

    from pipeline import tables

    monkeypatch.setattr(tables, "_TEMPORARY_NUMBERS", itertools.count())
    taken = tmp_path / f".a.parquet.{os.getpid()}-0.tmp"
    taken.write_bytes(b"left by a dead run")
    descriptor, temporary = _temporary_beside(str(tmp_path / "a.parquet"))
    os.close(descriptor)
    assert temporary != str(taken) and Path(temporary).name.startswith(".a.parquet.")
    assert taken.read_bytes() == b"left by a dead run"
