"""Markdown reader: an instruction saved as Markdown (headings, lists, emphasis, links, a
table, front matter, hard-wrapped paragraphs) read as the web-page reader reads the HTML it
renders to, and the clauses and statements that follow."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import styrdok
from pipeline.config import load_settings
from pipeline.ingest import IngestError, discover, read_document
from pipeline.ingest.markdown import read_markdown, strip_front_matter, to_html
from pipeline.normalize import normalize
from pipeline.segment import segment
from tests.conftest import ROOT
from tests.fixtures.seeds import SEED_PATHS, text_path_blocks

# An invented instruction, as a wiki or a chat tool writes it.
DOCUMENT = """---
title: Instruktion för kommundirektören
date: 2024-02-13
tags: [styrdokument]
---

# Instruktion för kommundirektören

Fastställd av **kommunstyrelsen** 2024-02-13, Dnr KS 2024/31.

## 1. Kommundirektörens roll

Kommundirektören är [kommunstyrelsens](https://ekby.se/ks) ledande
tjänsteperson och _chef_ för
kommunförvaltningen.

## 2. Uppgifter

Kommundirektören ska

- leda och samordna förvaltningen,
- verkställa kommunstyrelsens beslut inom
  1. ekonomi,
  2. personal,
- svara för att nämnderna får stöd.

## Delegation

| Ärende | Delegat |
| --- | --- |
| Anställa *förvaltningschefer* | Kommundirektören |
| Yttra sig i brådskande ärenden | Kommundirektören |
"""

EXPECTED = (
    "Instruktion för kommundirektören\n\n"
    "Fastställd av kommunstyrelsen 2024-02-13, Dnr KS 2024/31.\n\n"
    "1. Kommundirektörens roll\n\n"
    "Kommundirektören är kommunstyrelsens ledande tjänsteperson och chef för "
    "kommunförvaltningen.\n\n"
    "2. Uppgifter\n\n"
    "Kommundirektören ska\n\n"
    "• leda och samordna förvaltningen,\n\n"
    "• verkställa kommunstyrelsens beslut inom\n\n"
    "1. ekonomi,\n\n"
    "2. personal,\n\n"
    "• svara för att nämnderna får stöd.\n\n"
    "Delegation\n\n"
    "Ärende | Delegat\n"
    "Anställa förvaltningschefer | Kommundirektören\n"
    "Yttra sig i brådskande ärenden | Kommundirektören\n"
)


def _write(tmp_path: Path, text: str, name: str = "instruktion.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def raw(tmp_path_factory: pytest.TempPathFactory):
    return read_document(_write(tmp_path_factory.mktemp("md"), DOCUMENT))


@pytest.fixture(scope="module")
def clauses(raw):
    return {c.clause_id: c for c in segment(normalize(raw)).clauses}


def test_read_as_structured_blocks(raw) -> None:
    assert raw.text == EXPECTED
    assert raw.format == "markdown" and raw.structured
    assert raw.encoding == "utf-8"
    assert raw.pages == ()
    # only the ordered items are set in (round 56: an `<ol>` item's indent)
    assert [raw.text[i.start : i.start + 2] for i in raw.indents] == ["1.", "2."]
    assert raw.metadata["diarienummer"] == "KS 2024/31"
    assert raw.metadata["adopted"] == "2024-02-13"


def test_front_matter_is_dropped(raw) -> None:
    assert "title:" not in raw.text and "styrdokument" not in raw.text and "---" not in raw.text
    assert strip_front_matter("---\ntitle: X\n...\nText\n") == "Text\n"
    # a document that opens with a rule keeps what follows it
    assert strip_front_matter("---\n\nText\n\n---\n") == "---\n\nText\n\n---\n"


def test_front_matter_case_number_and_adoption_date_are_metadata(tmp_path: Path) -> None:
    """Round 51 (nu51 fault 7): `dnr:` and `antagen:` keys of the front matter fill the
    documents table's diarienummer and year; other keys (`title`, `layout`) do not."""
    (tmp_path / "ordning.md").write_text(
        '---\ntitle: "Arbetsordning"\nDnr: "SN 2023/77"\nantagen: 2023-09-04\nlayout: '
        "sida\n---\n\n# Arbetsordning för nämnden\n\nNämnden ska sammanträda varje "
        "månad.\n", encoding="utf-8",
    )
    raw = read_document(tmp_path / "ordning.md")
    assert raw.metadata["diarienummer"] == "SN 2023/77"
    assert raw.metadata["adopted"] == "2023-09-04"
    assert "layout" not in raw.metadata and "sida" not in raw.text
    documents = styrdok.analyze(tmp_path / "ordning.md").documents
    assert (documents["year"].iloc[0], documents["diarienummer"].iloc[0]) == (2023, "SN 2023/77")


def test_front_matter_keys_are_layout_word_lists() -> None:
    """The front-matter keys are layout.yaml lists (`front_matter_case_keys`,
    `front_matter_adoption_keys`), validated: a key naming both fields is an error."""
    from pipeline.config import LayoutFile
    from pipeline.ingest.markdown import front_matter_fields

    block = "---\nDiarienr: KS 2026/9\nbeslutad: '2026-02-03'\ntags: [a]\n---\nText\n"
    assert front_matter_fields(block) == {"diarienummer": "KS 2026/9", "adopted": "2026-02-03"}
    with pytest.raises(ValueError, match="front matter keys"):
        LayoutFile(
            sentence_verbs=[], abbreviations=[], heading_links=[],
            front_matter_case_keys=["dnr"], front_matter_adoption_keys=["dnr"],
        )


def test_emphasis_and_links_leave_their_text(raw) -> None:
    for markup in ("**", "_chef_", "](", "https://", "*förvaltningschefer*"):
        assert markup not in raw.text, markup


def test_hard_wrapped_paragraph_is_one_paragraph(clauses) -> None:
    assert clauses["1.1"].kind == "paragraph"
    assert clauses["1.1"].text == (
        "Kommundirektören är kommunstyrelsens ledande tjänsteperson och chef för "
        "kommunförvaltningen."
    )


def test_headings_with_and_without_numbers(clauses) -> None:
    assert clauses["title"].text == "Instruktion för kommundirektören"
    assert (clauses["1"].kind, clauses["1"].label, clauses["1"].text) == (
        "heading", "1.", "Kommundirektörens roll",
    )
    assert (clauses["2"].kind, clauses["2"].label) == ("heading", "2.")
    unnumbered = [c for c in clauses.values() if c.text == "Delegation"]
    assert [(c.kind, c.label) for c in unnumbered] == [("heading", "")]


def test_list_items_keep_labels_after_their_lead_in(clauses) -> None:
    items = [c for c in clauses.values() if c.kind == "list_item"]
    assert [(c.label, c.text) for c in items] == [
        ("•", "leda och samordna förvaltningen,"),
        ("•", "verkställa kommunstyrelsens beslut inom"),
        ("1.", "ekonomi,"),
        ("2.", "personal,"),
        ("•", "svara för att nämnderna får stöd."),
    ]
    lead_in = clauses[items[0].parent_id]
    assert lead_in.text == "Kommundirektören ska"
    assert items[2].parent_id == items[1].clause_id  # the nested list under its item


def test_table_rows(raw, clauses) -> None:
    assert [row.cells for row in raw.table_rows] == [
        ("Ärende", "Delegat"),
        ("Anställa förvaltningschefer", "Kommundirektören"),
        ("Yttra sig i brådskande ärenden", "Kommundirektören"),
    ]
    for row in raw.table_rows:
        assert raw.text[row.start : row.end] == " | ".join(row.cells)
    assert sum(c.kind == "table_row" for c in clauses.values()) == 3


def test_escaped_numbering_is_read_as_numbering(tmp_path: Path) -> None:
    # An editor that escaped `1.` so that Markdown would not make a list of it.
    path = _write(tmp_path, (
        "1\\. Roll\n\nKommundirektören leder förvaltningen.\n\n"
        "2\\. Ansvar\n\nKommundirektören ansvarar för att beslut verkställs.\n\n"
        "2.1 Budget\n\nKommundirektören ska ta fram ett förslag till budget.\n"
    ))
    raw = read_markdown(path, "roll")
    assert "\\" not in raw.text
    found = {c.clause_id: (c.kind, c.label, c.text) for c in segment(normalize(raw)).clauses}
    assert found["1"] == ("heading", "1.", "Roll")
    assert found["2"] == ("heading", "2.", "Ansvar")
    assert found["2.1"][:2] == ("heading", "2.1")
    assert found["2.1.1"][2] == "Kommundirektören ska ta fram ett förslag till budget."


def test_encoding_as_the_text_reader_detects_it(tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes("# Ärenden\n\nNämnden får besluta – i brådskande fall.\n".encode("cp1252"))
    raw = read_document(path)
    assert raw.encoding == "cp1252"
    assert raw.text == "Ärenden\n\nNämnden får besluta – i brådskande fall.\n"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"%PDF-1.7\n\x00\x01binary", "binary file"),
        (b"---\ntitle: bara\n---\n", "document holds no text"),
    ],
    ids=["empty", "binary", "front-matter-only"],
)
def test_errors_name_the_file(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "trasig.markdown"
    path.write_bytes(data)
    with pytest.raises(IngestError, match=problem) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


def test_a_folder_reads_md_and_markdown(tmp_path: Path, caplog) -> None:
    _write(tmp_path, "Text.\n", "a.md")
    _write(tmp_path, "Text.\n", "b.markdown")
    with caplog.at_level("WARNING", logger="styrdok"):
        paths, problems = discover([tmp_path], load_settings(ROOT / "configs").input_suffixes)
    assert [p.name for p in paths] == ["a.md", "b.markdown"] and not problems
    assert "passed over" not in caplog.text
    # an older pipeline.yaml without .md: the folder's one failure says a reader exists
    _, problems = discover([tmp_path], [".txt"])
    assert ".markdown, .md: readable; add to input_suffixes" in str(problems[0])


def test_analyze_a_markdown_instruction(tmp_path: Path) -> None:
    tables = styrdok.analyze(_write(tmp_path, DOCUMENT))
    documents = tables.documents
    assert documents["encoding"].iloc[0] == "utf-8"
    statements = tables["statements"]
    found = {(s.actor, s.deontic, s.aim) for s in statements.itertuples()}
    assert {
        ("kommundirektör", "obligation", "leda"),
        ("kommundirektör", "obligation", "verkställa"),
        ("kommundirektör", "obligation", "svara"),
    } <= found
    text = documents["normalized_text"].iloc[0]
    for statement in statements.dropna(subset=["aim_start"]).itertuples():
        assert text[int(statement.aim_start) : int(statement.aim_end)] == statement.aim_text


# ---------------------------------------------------------------------------
# The seeds as Markdown give the text path's clauses

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def render_markdown(path: Path, blocks: list[tuple[str, str]]) -> None:
    """(kind, text) blocks as Markdown: `#` title, `##` headings, `•` items as `-` lists,
    every other character escaped (typed labels become `1\\.`), line breaks kept."""
    marks = {"title": "# ", "heading": "## "}
    parts: list[str] = []
    for kind, text in blocks:
        bullet = kind == "list_item" and text.startswith("• ")
        body = _PUNCTUATION.sub(r"\\\1", text[2:] if bullet else text)
        body = body.replace("\n", "\\\n") if kind not in marks else body.replace("\n", " ")
        parts.append(("- " if bullet else marks.get(kind, "")) + body)
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


@pytest.mark.parametrize("seed", SEED_PATHS, ids=[path.stem for path in SEED_PATHS])
def test_markdown_matches_text_path(seed: Path, tmp_path: Path) -> None:
    blocks, expected = text_path_blocks(seed)
    path = tmp_path / f"{seed.stem}.md"
    render_markdown(path, blocks)
    found = tuple((c.clause_id, c.text) for c in segment(normalize(read_document(path))).clauses)
    assert found == expected


def test_to_html_uses_commonmark_with_tables() -> None:
    page = to_html("| a | b |\n| - | - |\n| 1 | 2 |\n")
    assert "<table>" in page and "<td>1</td>" in page


def test_heading_spans_are_measured_with_the_text() -> None:
    """Review 48a, 9: the heading spans come from the pass that writes the text, so they
    slice it exactly after a table of several rows and a cell of two lines."""
    from pipeline.ingest.layout import BodyBlock, assemble_body

    blocks = [
        BodyBlock("Delegationsordning", heading=1),
        BodyBlock("", cells=(("Ärende", "Delegat"), ("Avtal", "Ordförande\nVice ordförande"))),
        BodyBlock("Ekonomi", heading=2),
        BodyBlock("Nämnden beslutar om budgeten.", indent=12.0),
        BodyBlock("Personal", heading=2),
    ]
    body = assemble_body(blocks)
    assert [(body.text[s.start : s.end], s.level) for s in body.headings] == [
        ("Delegationsordning", 1), ("Ekonomi", 2), ("Personal", 2),
    ]
    assert [body.text[row.start : row.end] for row in body.rows][-1] == (
        "Avtal | Ordförande Vice ordförande"
    )


def test_a_trail_under_the_title_it_ends_in_is_no_heading(tmp_path: Path) -> None:
    """Newuser57b fault 7: `# Nämnder` ⏎ `Hem › Politik › Nämnder` is the page's trail, no
    clause; a trail that ends elsewhere, or a chain of bodies, stays text."""
    text = "# Nämnder\n\nHem › Politik › Nämnder\n\nNämnderna styr förvaltningarna.\n"
    found = segment(normalize(read_document(_write(tmp_path, text, "n.md")))).clauses
    assert [(c.clause_id, c.kind, c.text) for c in found] == [
        ("title", "heading", "Nämnder"),
        ("1", "paragraph", "Nämnderna styr förvaltningarna."),
    ]
    text = "# Nämnder\n\nHem › Politik › Styrelser\n\nNämnderna styr förvaltningarna.\n"
    found = segment(normalize(read_document(_write(tmp_path, text, "s.md")))).clauses
    assert "Hem › Politik › Styrelser" in [c.text for c in found]
