"""HTML report: structure and counts from fixtures, offline-ness, and a headless-browser check."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.report import Span, highlight, write_report
from pipeline.tables import load_tables
from tests.test_analysis import GAVLEBORG, NORRBOTTEN, OR, OREBRO, G, N, write_fixture

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_APT = "apt-get install -y chromium fonts-dejavu-core"


class Elements(HTMLParser):
    """Every start tag as (tag, attributes), plus the text of the document."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def find(self, **attributes: str) -> list[dict[str, str | None]]:
        keys = {key.replace("_", "-"): value for key, value in attributes.items()}
        return [
            attrs
            for _, attrs in self.elements
            if all(attrs.get(key) == value for key, value in keys.items())
        ]


def parse(html_text: str) -> Elements:
    parser = Elements()
    parser.feed(html_text)
    return parser


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    processed = write_fixture(tmp_path_factory.mktemp("processed"))
    return write_report(processed, tmp_path_factory.mktemp("report") / "report.html")


@pytest.fixture(scope="module")
def page(report: Path) -> Elements:
    return parse(report.read_text(encoding="utf-8"))


def _heatmap_count(page: Elements, organisation: str, actor: str, deontic: str) -> int:
    (row_index,) = [
        i
        for i, (tag, attrs) in enumerate(page.elements)
        if tag == "tr"
        and attrs.get("data-actor") == actor
        and any(a.get("id") == "heatmap-data" for _, a in page.elements[:i])
    ][:1]
    for tag, attrs in page.elements[row_index + 1 :]:
        if tag == "tr":
            break
        if attrs.get("data-doc-id") == organisation and attrs.get("data-deontic") == deontic:
            return int(attrs["data-count"])
    raise AssertionError(f"no heatmap cell for {organisation}/{actor}/{deontic}")


def test_write_report_returns_path(report: Path) -> None:
    assert report.name == "report.html" and report.stat().st_size > 10_000


def test_sections_present(page: Elements) -> None:
    for element_id in (
        "documents",
        "counts",
        "heatmap",
        "heatmap-data",
        "heatmap-chart",
        "counts-chart",
        "aims",
        "aims-shared",
        "aims-unique",
        "director-gaps",
        "warnings",
        "clause-browser",
    ):
        assert page.find(id=element_id), element_id


def test_counts_per_organisation(page: Elements) -> None:
    totals = {
        a["data-organisation"]: a["data-statements"] for a in page.find(**{"class": "organisation"})
    }
    assert totals == {GAVLEBORG: "3", NORRBOTTEN: "5", OREBRO: "5"}


def test_heatmap_counts(page: Elements) -> None:
    (heatmap,) = page.find(id="heatmap")
    assert heatmap["data-actors"] == "3" and heatmap["data-organisations"] == "3"
    assert _heatmap_count(page, N, "regiondirektör", "obligation") == 2
    assert _heatmap_count(page, OR, "regiondirektör", "prohibition") == 1
    assert _heatmap_count(page, OR, "regionstyrelse", "responsibility") == 1
    assert _heatmap_count(page, G, "regionstyrelsens ordförande", "obligation") == 0
    cells = [a for a in page.find(data_doc_id=N) if "data-deontic" in a]
    assert sum(int(a["data-count"]) for a in cells) == 5


def test_aims_shared_and_unique(page: Elements) -> None:
    assert page.find(id="aims-shared")[0]["data-count"] == "2"
    assert page.find(id="aims-unique")[0]["data-count"] == "4"
    assert page.find(data_aim="verkställa", data_documents=G)
    assert page.find(data_aim="leda", data_documents=f"{G}|{N}|{OR}")


def test_director_gaps(page: Elements) -> None:
    assert page.find(id="director-gaps")[0]["data-count"] == "8"
    assert page.find(id="director-gaps")[0]["data-role"] == "chief_executive"
    assert page.find(data_missing_in=N, data_aim="verkställa")


def test_clause_browser(page: Elements) -> None:
    articles = [a for tag, a in page.elements if tag == "article"]
    assert len(articles) == 17 == int(page.find(id="clause-browser")[0]["data-clauses"])
    (clause,) = page.find(id="clause-region-norrbotten-2.1")
    assert (clause["data-actors"], clause["data-verbs"], clause["data-statements"]) == (
        "4",
        "4",
        "2",
    )
    marks = [a for tag, a in page.elements if tag == "mark"]
    # 20 actor and 23 verb mentions in the fixture, plus one legend mark each.
    assert sum(a["class"] == "actor" for a in marks) == 21
    assert sum(a["class"] == "verb" for a in marks) == 24
    statements = [a for tag, a in page.elements if tag == "tr" and a.get("class") == "statement"]
    assert len(statements) == 13
    assert {a["data-deontic"] for a in statements} == {
        "obligation",
        "permission",
        "prohibition",
        "responsibility",
    }


def test_swedish_text_and_svg_fonts(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    assert '<html lang="sv">' in text and '<meta charset="utf-8">' in text
    assert "Region Örebro län" in text and "regionstyrelsens ordförande" in text
    assert "DejaVu Sans" in text
    # Matplotlib text stays text (svg.fonttype none): the heatmap's labels are searchable.
    heatmap_svg = text[
        text.index('id="heatmap-chart"') : text.index("</figure>", text.index('id="heatmap-chart"'))
    ]
    assert "<svg" in heatmap_svg and "regionstyrelsens ordförande" in heatmap_svg
    assert "förbud" in heatmap_svg


def test_no_network_references(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    assert not re.search(r"https?://", text)
    assert not re.search(r"""(src|href)\s*=\s*["']?//""", text)
    assert "@import" not in text
    hrefs = [a["href"] for tag, a in parse(text).elements if "href" in a and tag == "a"]
    assert hrefs and all(href.startswith("#") for href in hrefs)
    assert not [
        a
        for tag, a in parse(text).elements
        if tag in ("link", "img", "iframe") or (tag == "script" and "src" in a)
    ]


def test_report_is_deterministic(report: Path, tmp_path: Path) -> None:
    again = write_report(write_fixture(tmp_path / "processed"), tmp_path / "again.html")
    assert again.read_text(encoding="utf-8") == report.read_text(encoding="utf-8")


def test_report_without_statements(tmp_path: Path) -> None:
    from pipeline.tables import to_table, write_document_tables

    tables = {name: to_table(name, []) for name in ("statements", "actors", "verbs")}
    tables["clauses"] = to_table(
        "clauses",
        [
            {
                "doc_id": "tom",
                "clause_id": "1",
                "kind": "paragraph",
                "text": "Regiondirektören & <ledning>.",
                "ordinal": 0,
                "start": 0,
                "end": 29,
            }
        ],
    )
    tables["documents"] = to_table(
        "documents",
        [
            {
                "doc_id": "tom",
                "organisation": "Region Tom",
                "normalized_text": "Regiondirektören & <ledning>.",
            }
        ],
    )
    write_document_tables(tmp_path / "p", "tom", tables)
    page = parse(write_report(tmp_path / "p", tmp_path / "r.html").read_text(encoding="utf-8"))
    assert page.find(id="heatmap")[0]["data-actors"] == "0"
    assert not page.find(id="heatmap-chart")
    assert page.find(id="clause-tom-1")
    assert "Regiondirektören & <ledning>." in "".join(page.text)


def test_highlight_escapes_and_skips_overlaps() -> None:
    spans = [Span(0, 5, "actor", "a & b"), Span(3, 8, "verb", "x"), Span(10, 12, "verb", "y")]
    marked = str(highlight("<abc> def gh", spans))
    assert marked.startswith('<mark class="actor" title="a &amp; b">&lt;abc&gt;')
    assert marked.count("<mark") == 2
    assert 'title="y">gh<span class="tag">VERB</span></mark>' in marked


# ---------------------------------------------------------------------------
# Headless browser


def _chromium(*arguments: str, profile: Path) -> subprocess.CompletedProcess[str]:
    command = [
        shutil.which("chromium") or "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1280,2000",
        *arguments,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


def test_report_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    if shutil.which("chromium") is None:
        pytest.skip(f"chromium not installed; install the Debian package: {CHROMIUM_APT}")
    url = report.resolve().as_uri()
    dom = _chromium(
        "--virtual-time-budget=5000", "--dump-dom", url, profile=tmp_path / "profile"
    ).stdout
    page = parse(dom)
    # The inline script ran: the browser executed the page, not just parsed it.
    assert page.find(data_ready="1")
    assert page.find(id="heatmap")[0]["data-actors"] == "3"
    assert page.find(id="heatmap-chart") and "<svg" in dom
    assert _heatmap_count(page, OR, "regiondirektör", "prohibition") == 1
    assert int(page.find(id="clause-browser")[0]["data-clauses"]) == 17
    assert len([a for tag, a in page.elements if tag == "article"]) == 17
    assert page.find(id="clause-region-orebro-lan-2023-3")[0]["data-statements"] == "1"
    rows = [a for tag, a in page.elements if tag == "tr" and a.get("class") == "document-row"]
    assert [a["data-format"] for a in rows] == ["txt"] * 3
    assert "region-norrbotten.txt" in dom  # the source column

    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "report.png"
    screenshot.unlink(missing_ok=True)
    _chromium(f"--screenshot={screenshot}", url, profile=tmp_path / "profile-shot")
    assert screenshot.stat().st_size > 20_000
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# Measures the laid-out page: overlapping texts in the heatmap, tables with an empty
# header or a column that is empty in every row. Injected into a copy of the report.
LAYOUT_PROBE = """<script>
(function () {
  function overlap(a, b) {
    return a.left < b.right - 0.5 && b.left < a.right - 0.5 &&
           a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  }
  var boxes = Array.prototype.map.call(
    document.querySelectorAll("#heatmap-chart svg text"),
    function (t) { return t.getBoundingClientRect(); }
  ).filter(function (r) { return r.width > 0; });
  var overlaps = 0;
  for (var i = 0; i < boxes.length; i++)
    for (var j = i + 1; j < boxes.length; j++) if (overlap(boxes[i], boxes[j])) overlaps++;
  var emptyHeaders = 0, emptyColumns = 0;
  document.querySelectorAll("table").forEach(function (table) {
    table.querySelectorAll("th").forEach(function (th) {
      if (th.textContent.trim() === "") emptyHeaders++;
    });
    var head = table.querySelectorAll("thead tr");
    var rows = table.querySelectorAll("tbody tr");
    if (head.length !== 1 || rows.length === 0) return;
    for (var c = 0; c < head[0].children.length; c++) {
      var filled = Array.prototype.some.call(rows, function (row) {
        return row.children.length > 1 && row.children[c] &&
               row.children[c].textContent.trim() !== "";
      });
      if (!filled && rows[0].children.length > 1) emptyColumns++;
    }
  });
  document.body.dataset.labels = boxes.length;
  document.body.dataset.labelOverlaps = overlaps;
  document.body.dataset.emptyHeaders = emptyHeaders;
  document.body.dataset.emptyColumns = emptyColumns;
}());
</script>"""


def test_report_layout_in_headless_chromium(tmp_path: Path) -> None:
    """No overlapping heatmap labels, no empty header or column, on long organisation names."""
    if shutil.which("chromium") is None:
        pytest.skip(f"chromium not installed; install the Debian package: {CHROMIUM_APT}")
    import styrdok

    tables = styrdok.analyze(
        [
            "Instruktion för kommundirektören i Exempelstads kommun\n\n1. Uppdrag\n\n"
            "Kommundirektören ska leda förvaltningen. Kommundirektören får besluta om "
            "organisationen. Kommunstyrelsen ansvarar för uppsikten.",
            "VD-instruktion för Exempel Fastighetsförvaltning i Norra Sverige AB\n\n1. VD\n\n"
            "Verkställande direktören ska leda bolaget. Verkställande direktören får inte "
            "ingå avtal om borgen. Styrelsen ansvarar för organisationen.",
            ROOT / "raw" / "region-norrbotten.txt",
        ]
    )
    from pipeline.report import render_report

    html = render_report(tables).replace("</body>", LAYOUT_PROBE + "</body>")
    path = tmp_path / "layout.html"
    path.write_text(html, encoding="utf-8")
    dom = _chromium(
        "--virtual-time-budget=5000",
        "--dump-dom",
        path.resolve().as_uri(),
        profile=tmp_path / "profile",
    ).stdout
    (body,) = [a for tag, a in parse(dom).elements if tag == "body"]
    assert int(body["data-labels"]) > 20
    assert body["data-label-overlaps"] == "0"
    assert body["data-empty-headers"] == "0"
    assert body["data-empty-columns"] == "0"


# ---------------------------------------------------------------------------
# Real seeds through the NLP stage


def test_report_on_real_seeds(tmp_path: Path) -> None:
    from pipeline import nlp
    from pipeline.batch import run_batch
    from pipeline.config import load_settings

    settings = load_settings(ROOT / "configs", nlp=True)
    annotator = nlp.build_annotator(settings)  # a missing shipped model fails here
    processed = tmp_path / "processed"
    summary = run_batch([ROOT / "raw"], processed, settings, annotator, force=True)
    assert summary.ok
    tables = load_tables(processed)
    assert len(tables.statements) > 0
    page = parse(write_report(processed, tmp_path / "seeds.html").read_text(encoding="utf-8"))
    totals = {
        a["data-organisation"]: int(a["data-statements"])
        for a in page.find(**{"class": "organisation"})
    }
    documents = tables.documents
    organisations = (
        documents["organisation"].astype("string").fillna(documents["doc_id"].astype("string"))
    )
    assert set(totals) == set(organisations)
    assert {"Region Norrbotten", "Region Örebro län"} <= set(totals)
    assert sum(totals.values()) == int((tables.statements["deontic"] != "none").sum())
    assert _heatmap_count(page, "region-norrbotten", "regiondirektör", "obligation") > 0
    assert len([a for tag, a in page.elements if tag == "article"]) == len(tables.clauses)


def test_report_help_states_its_defaults() -> None:
    from pipeline.cli import build_parser

    parser = build_parser()
    report = parser._subparsers._group_actions[0].choices["report"]  # noqa: SLF001
    text = report.format_help()
    assert "(default: processed/)" in text and "(default: report.html)" in text


def test_dollar_signs_in_actor_names_do_not_break_the_plots(tmp_path: Path) -> None:
    """Matplotlib reads $…$ as mathtext; an actor named so must be drawn as text."""
    import pyarrow as pa

    from pipeline.tables import write_document_tables
    from tests.test_analysis import document_tables

    processed = write_fixture(tmp_path / "p")
    tables = document_tables(G)
    statements = tables["statements"].to_pylist()
    for row in statements:
        row["actor"] = r"$\notacommand{x}$ nämnd"
    tables["statements"] = pa.Table.from_pylist(statements, schema=tables["statements"].schema)
    write_document_tables(processed, G, tables)
    text = write_report(processed, tmp_path / "r.html").read_text(encoding="utf-8")
    assert r"$\notacommand{x}$ nämnd" in text


def test_duplicate_document_is_listed_once_counted_once(tmp_path: Path) -> None:
    from pipeline.tables import write_document_tables
    from tests.test_analysis import _copy

    processed = write_fixture(tmp_path / "p")
    write_document_tables(
        processed, "region-norrbotten-pdf", _copy(N, "region-norrbotten-pdf", "raw/nb.pdf")
    )
    page = parse(write_report(processed, tmp_path / "r.html").read_text(encoding="utf-8"))
    (row,) = page.find(
        data_doc_id="region-norrbotten-pdf", data_format="pdf", **{"class": "document-row"}
    )
    assert row["data-duplicate-of"] == N
    assert not page.find(id="clause-region-norrbotten-pdf-1.1")  # the browser shows it once
    assert {a["data-doc-id"] for a in page.find(**{"class": "organisation"})} == {G, N, OR}
    assert page.find(id="warnings")[0]["data-count"] == "1"


def test_report_on_a_missing_folder_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    from pipeline.cli import main

    assert main(["report", str(tmp_path / "nothing"), "--out", str(tmp_path / "r.html")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("styrdok report: error:") and error.count("\n") == 1


def test_statements_without_actor_have_their_row_and_failed_files_are_listed(
    tmp_path: Path,
) -> None:
    """Round 49 (nu49 faults 11, 12): an agentless statement counts in a row `(ingen aktör)`,
    so each organisation's rows add up to its heading; the files that failed in the last run
    (errors.parquet) are listed under *Att kontrollera*, which then says no `inga varningar`."""
    import pyarrow as pa

    from pipeline.tables import NO_ACTOR_LABEL, write_document_tables, write_errors
    from tests.test_analysis import document_tables

    processed = write_fixture(tmp_path / "p")
    tables = document_tables(G)
    statements = tables["statements"].to_pylist()
    statements[0]["actor"] = statements[0]["actor_text"] = None
    tables["statements"] = pa.Table.from_pylist(statements, schema=tables["statements"].schema)
    write_document_tables(processed, G, tables)
    write_errors(processed, [{"doc_path": "docs/ordning.rtf", "doc_id": "ordning",
                              "stage": "ingest", "error_type": "IngestError",
                              "message": "docs/ordning.rtf: not supported"}])
    text = write_report(processed, tmp_path / "r.html").read_text(encoding="utf-8")
    page = parse(text)
    (organisation,) = page.find(data_doc_id=G, **{"class": "organisation"})
    rows = [int(a["data-count"]) for tag, a in page.elements
            if tag == "tr" and a.get("data-actor") and a.get("data-count")]
    assert page.find(data_actor=NO_ACTOR_LABEL)
    assert sum(rows) == sum(int(a["data-statements"])
                            for a in page.find(**{"class": "organisation"}))
    assert organisation["data-statements"] == "3"
    (failed,) = page.find(data_kind="failed")
    assert failed["data-doc-id"] == "ordning"
    assert "docs/ordning.rtf: not supported" in text and "inga varningar" not in text
    assert ">None<" not in text


def test_a_document_has_one_statement_count(tmp_path: Path) -> None:
    """Round 50 (nu50 fault 9): a statement without a deontic (`har 61 ledamöter`) is in
    neither the *Dokument* table's count nor the per-actor heading: the two agree, and the
    row says how many were left out."""
    import pyarrow as pa

    from pipeline.tables import write_document_tables
    from tests.test_analysis import document_tables

    processed = write_fixture(tmp_path / "p")
    tables = document_tables(G)
    statements = tables["statements"].to_pylist()
    statements[0]["deontic"] = "none"
    tables["statements"] = pa.Table.from_pylist(statements, schema=tables["statements"].schema)
    write_document_tables(processed, G, tables)
    page = parse(write_report(processed, tmp_path / "r.html").read_text(encoding="utf-8"))
    (document,) = page.find(data_doc_id=G, **{"class": "document-row"})
    (organisation,) = page.find(data_doc_id=G, **{"class": "organisation"})
    assert document["data-statements"] == organisation["data-statements"] == "2"
    assert document["data-no-deontic"] == "1"


def test_versions_of_one_organisation_are_named_by_year_in_one_bracket(tmp_path: Path) -> None:
    """newuser52b fault 8: two documents of one organisation are told apart by their year
    (``Ekby kommun 2024``), not their doc_id in a second bracket; a shared year falls back
    to the title."""
    from pipeline.report import report_context
    from pipeline.tables import load_tables, to_table, write_document_tables

    def document(doc_id: str, year: int, title: str) -> None:
        text = f"Kommundirektören ska leda förvaltningen ({doc_id})."
        tables = {name: to_table(name, []) for name in ("statements", "actors", "verbs")}
        tables["clauses"] = to_table("clauses", [{
            "doc_id": doc_id, "clause_id": "1", "kind": "paragraph", "text": text,
            "ordinal": 0, "start": 0, "end": len(text)}])
        tables["documents"] = to_table("documents", [{
            "doc_id": doc_id, "organisation": "Ekby kommun", "title": title, "year": year,
            "normalized_text": text}])
        write_document_tables(tmp_path / "p", doc_id, tables)

    document("instruktion-ekby", 2024, "Instruktion för kommundirektören")
    document("instruktion-ekby-2026", 2026, "Instruktion för kommundirektören")
    document("reglemente-ekby", 2026, "Reglemente för kommunstyrelsen")
    context = report_context(load_tables(tmp_path / "p"))
    labels = {d["doc_id"]: d["label"] for d in context["documents"]}
    assert labels == {
        "instruktion-ekby": "Ekby kommun 2024",
        "instruktion-ekby-2026": "Ekby kommun 2026 – Instruktion för kommundirektören",
        "reglemente-ekby": "Ekby kommun 2026 – Reglemente för kommunstyrelsen",
    }
    page = write_report(tmp_path / "p", tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Ekby kommun 2024 <span" in page and ") (" not in page
