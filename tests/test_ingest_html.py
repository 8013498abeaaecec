"""HTML reader: a saved municipal web page read as paragraphs, labelled list items and table
rows without its menus, banners and scripts; and the same clauses as the text path."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_settings
from pipeline.ingest import IngestError, read_document
from pipeline.ingest.html import HtmlOptions, declared_encoding, read_html
from tests.conftest import ROOT
from tests.fixtures.seeds import SEED_PATHS, text_path_blocks

# An invented instruction page, with the clutter a saved municipal page carries.
PAGE = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Instruktion för kommundirektören - Ekby kommun</title>
<meta property="og:site_name" content="Ekby kommun">
<script>window.dataLayer = []; document.write("Kommunen ska spåra besökare");</script>
<style>.cookie { position: fixed }</style>
</head>
<body>
<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
<header class="site-header">
  <div class="cookie-banner">Vi använder kakor för att webbplatsen ska fungera.
    <button>Godkänn alla kakor</button></div>
  <img src="logo.svg" alt="Ekby kommun">
  <nav aria-label="Huvudmeny"><ul>
    <li><a href="/">Start</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    <li><a href="/bygga-bo">Bygga och bo</a></li>
  </ul></nav>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> › Styrdokument</nav>
<main id="innehall">
  <h1>Instruktion för kommundirektören</h1>
  <p class="ingress">Fastställd av kommunstyrelsen 2024-02-13, Dnr KS 2024/31.</p>
  <h2>1. Kommundirektörens roll</h2>
  <p>Kommundirektören är <a href="/ks">kommunstyrelsens</a> ledande&nbsp;tjänsteperson
     och chef för   kommunförvaltningen &amp; stödet till
     <strong>nämnderna</strong>.<br>Instruktionen gäller till&nbsp;och&nbsp;med 2027.</p>
  <h2>2. Uppgifter</h2>
  <p>Kommundirektören ska</p>
  <ul>
    <li>leda och samordna förvaltningen,</li>
    <li>verkställa kommunstyrelsens beslut inom
      <ol type="a">
        <li>ekonomi,</li>
        <li>personal,</li>
      </ol>
    </li>
    <li><p>svara för att nämnderna får stöd.</p></li>
  </ul>
  <h2>3. Delegation</h2>
  <table>
    <thead><tr><th>Ärende</th><th>Delegat</th></tr></thead>
    <tbody>
      <tr><td>Anställa <em>förvaltningschefer</em></td><td>Kommundirektören</td></tr>
      <tr><td>Yttra sig i brådskande ärenden</td><td>Kommundirektören</td></tr>
    </tbody>
  </table>
  <div class="share" aria-hidden="true">Dela sidan</div>
  <p hidden>Dold text</p>
</main>
<aside><h2>Relaterade sidor</h2><p>Kommunstyrelsens reglemente</p></aside>
<footer><p>Ekby kommun, 123 45 Ekby, telefon 0123-456 00</p></footer>
<script>console.log("spårning");</script>
</body>
</html>
"""

EXPECTED = (
    "Instruktion för kommundirektören\n\n"
    "Fastställd av kommunstyrelsen 2024-02-13, Dnr KS 2024/31.\n\n"
    "1. Kommundirektörens roll\n\n"
    "Kommundirektören är kommunstyrelsens ledande tjänsteperson och chef för "
    "kommunförvaltningen & stödet till nämnderna.\n"
    "Instruktionen gäller till och med 2027.\n\n"
    "2. Uppgifter\n\n"
    "Kommundirektören ska\n\n"
    "• leda och samordna förvaltningen,\n\n"
    "• verkställa kommunstyrelsens beslut inom\n\n"
    "a) ekonomi,\n\n"
    "b) personal,\n\n"
    "• svara för att nämnderna får stöd.\n\n"
    "3. Delegation\n\n"
    "Ärende | Delegat\n"
    "Anställa förvaltningschefer | Kommundirektören\n"
    "Yttra sig i brådskande ärenden | Kommundirektören\n"
)

CLUTTER = (
    "kakor", "Godkänn", "Huvudmeny", "Start", "Bygga", "Kommun och politik", "Hoppa",
    "Styrdokument", "dataLayer", "spåra", "position", "Dela sidan", "Dold", "Relaterade",
    "reglemente", "123 45", "- Ekby kommun",
)


@pytest.fixture(scope="module")
def raw(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("html") / "instruktion.html"
    path.write_text(PAGE, encoding="utf-8")
    return read_html(path, "instruktion")


def test_main_content_as_blocks(raw) -> None:
    assert raw.text == EXPECTED
    assert raw.format == "html" and raw.structured
    assert raw.encoding == "utf-8"
    assert raw.pages == () and raw.ocr_pages == ()


def test_nothing_from_menus_scripts_banners_or_footer(raw) -> None:
    for clutter in CLUTTER:
        assert clutter not in raw.text, clutter


def test_list_labels(raw) -> None:
    blocks = raw.text.split("\n\n")
    items = [block for block in blocks if block[:2] in {"• ", "a)", "b)"}]
    assert items == [
        "• leda och samordna förvaltningen,",
        "• verkställa kommunstyrelsens beslut inom",
        "a) ekonomi,",
        "b) personal,",
        "• svara för att nämnderna får stöd.",
    ]


def test_table_rows_slice_their_line(raw) -> None:
    assert [row.cells for row in raw.table_rows] == [
        ("Ärende", "Delegat"),
        ("Anställa förvaltningschefer", "Kommundirektören"),
        ("Yttra sig i brådskande ärenden", "Kommundirektören"),
    ]
    for row in raw.table_rows:
        assert raw.text[row.start : row.end] == " | ".join(row.cells)


def test_metadata_from_title_footer_and_body(raw) -> None:
    assert raw.metadata["header"] == "Instruktion för kommundirektören - Ekby kommun\nEkby kommun"
    assert "Ekby kommun, 123 45 Ekby" in raw.metadata["footer"]
    assert raw.metadata["diarienummer"] == "KS 2024/31"
    assert raw.metadata["adopted"] == "2024-02-13"


def _page(body: str, head: str = '<meta charset="utf-8">') -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _read(tmp_path: Path, body: str, name: str = "sida.html", **options) -> str:
    path = tmp_path / name
    path.write_text(_page(body), encoding="utf-8")
    return read_html(path, "sida", options=options or None).text


def test_latin1_page_with_meta_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        "</head><body><h1>Reglemente för Åsby nämnd</h1><p>Nämnden får besluta "
        "om bidrag – högst 5 000 kr.</p></body></html>"
    )
    path = tmp_path / "reglemente.htm"
    path.write_bytes(page.encode("cp1252"))
    raw = read_document(path)
    assert raw.text == (
        "Reglemente för Åsby nämnd\n\nNämnden får besluta om bidrag – högst 5 000 kr.\n"
    )
    assert raw.encoding == "cp1252"  # latin-1 as browsers read it (windows-1252)
    assert raw.format == "html"


def test_encoding_sources() -> None:
    assert declared_encoding(b'<meta charset="UTF-8">') == "utf-8"
    assert declared_encoding(b"<meta content='text/html;charset=windows-1252'>") == "cp1252"
    assert declared_encoding(b'<?xml version="1.0" encoding="iso-8859-15"?>') == "iso8859-15"
    assert declared_encoding(b'<meta charset="no-such-codec">') is None
    assert declared_encoding(b"<p>ingen deklaration</p>") is None


def test_bom_wins_and_xml_declaration_is_stripped(tmp_path: Path) -> None:
    page = '<?xml version="1.0" encoding="iso-8859-1"?>\n' + _page("<p>Styrelsen ska besluta.</p>")
    path = tmp_path / "xhtml.html"
    path.write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
    raw = read_html(path, "x")
    assert raw.text == "Styrelsen ska besluta.\n" and raw.encoding == "utf-8-sig"


def test_undeclared_page_falls_back_to_detection(tmp_path: Path) -> None:
    path = tmp_path / "gammal.html"
    path.write_bytes("<html><body><p>Förvaltningen ska värna miljön.</p></body></html>".encode("cp1252"))
    raw = read_html(path, "g")
    assert raw.text == "Förvaltningen ska värna miljön.\n"
    assert raw.encoding == "cp1252"  # round 50: what it was written in


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\t ", "empty page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"not HTML \(a PNG image\)"),
        (b"%PDF-1.7\n%\xe2\xe3", r"not HTML \(a PDF file\)"),
        (b"<html>\x00\x01\x02\x00body", "not HTML .binary"),
        (b"\xef\xbb\xbf<p>\xff\xfe trasig</p>", "cannot be decoded as utf-8-sig"),
        (_page("<nav>Meny</nav><script>x()</script>").encode(), "page holds no text"),
    ],
    ids=["empty", "whitespace", "png", "pdf", "binary", "undecodable", "no-text"],
)
def test_errors_name_the_file(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "trasig.html"
    path.write_bytes(data)
    with pytest.raises(IngestError, match=problem) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


def test_a_styrdok_report_is_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(_page("<h1>styrdok</h1><p>Kommundirektören ska leda.</p>",
                          '<meta name="generator" content="styrdok">'), encoding="utf-8")
    with pytest.raises(IngestError, match="a report styrdok wrote"):
        read_document(path)


def test_ordered_lists_follow_type_start_value_and_nesting(tmp_path: Path) -> None:
    text = _read(tmp_path, (
        '<ol start="3"><li>tre</li><li value="7">sju<ol><li>under</li><li>under två'
        '<ol><li>djup</li></ol></li></ol></li><li>åtta</li></ol>'
        '<ol type="I"><li>ett</li><li>två</li></ol>'
        '<ol style="list-style-type: lower-alpha"><li>a-punkt</li></ol>'
        '<ol reversed><li>två</li><li>ett</li></ol>'
        "<ul><li>x<ul><li>y<ul><li>z</li></ul></li></ul></li><li></li></ul>"
    ))
    assert text.split("\n\n") == [
        "3. tre", "7. sju", "a) under", "b) under två", "i. djup", "8. åtta",
        "I. ett", "II. två", "a) a-punkt", "2. två", "1. ett", "• x", "◦ y", "▪ z\n",
    ]


def test_malformed_lists(tmp_path: Path) -> None:
    # a list straight inside a list (as some editors write it) nests; an item holding only
    # a table gives its rows without a label
    text = _read(tmp_path, (
        "<ul><li>a</li><ul><li>b</li></ul></ul><ol><li>ett</li><ol><li>under</li></ol></ol>"
        "<ul><li><table><tr><td>x</td><td>y</td></tr></table></li></ul>"
    ))
    assert text.split("\n\n") == ["• a", "◦ b", "1. ett", "a) under", "x | y\n"]


def test_deep_nesting_is_read_or_refused(tmp_path: Path) -> None:
    assert _read(tmp_path, "<div>" * 400 + "<p>djup text</p>" + "</div>" * 400) == "djup text\n"
    with pytest.raises(IngestError, match="nested too deeply"):
        _read(tmp_path, "<div>" * 3000 + "<p>djup text</p>" + "</div>" * 3000)


def test_utf8_page_with_single_byte_lines(tmp_path: Path) -> None:
    path = tmp_path / "blandad.html"
    path.write_bytes("<meta charset='utf-8'><p>Nämnden ska</p>\n".encode()
                     + "<p>Styrelsen får besluta</p>\n".encode("cp1252"))
    raw = read_html(path, "b")
    assert raw.text == "Nämnden ska\n\nStyrelsen får besluta\n"
    assert raw.encoding == "utf-8+cp1252"


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=SV><div class=WordSection1>
<p class=MsoTitle>Reglemente för socialnämnden<o:p></o:p></p>
<p class=MsoNormal>Nämnden ska<o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>
<span style='mso-list:Ignore'>1.<span style='font:7.0pt'>&nbsp;&nbsp;&nbsp; </span></span>
<![endif]>fullgöra kommunens uppgifter,<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt'>&nbsp;
</span></span></span><![endif]>besluta i ärenden,<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level2 lfo2'><![if !supportLists]><span
style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span>&nbsp; </span></span>
</span><![endif]>på andra nivån och<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level3 lfo2'><![if !supportLists]><span
style='font-family:Wingdings'><span style='mso-list:Ignore'>&sect;<span>&nbsp; </span></span>
</span><![endif]>på tredje.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
</div></body></html>
"""


def test_a_page_word_saved(tmp_path: Path) -> None:
    """Word's "Spara som webbsida": labels typed in `mso-list:Ignore` spans, symbol bullets
    shown as the level bullet of the paragraph's `mso-list` level."""
    path = tmp_path / "reglemente.htm"
    path.write_bytes(WORD_PAGE.encode("cp1252"))
    raw = read_document(path)
    assert raw.encoding == "cp1252"
    assert raw.text.split("\n\n") == [
        "Reglemente för socialnämnden", "Nämnden ska", "1. fullgöra kommunens uppgifter,",
        "• besluta i ärenden,", "◦ på andra nivån och", "▪ på tredje.\n",
    ]


def test_paragraphs_inside_items_and_preformatted_text(tmp_path: Path) -> None:
    text = _read(tmp_path, (
        "<ul><li><p>första stycket</p><p>andra stycket</p></li></ul>"
        "<pre>rad ett\n   rad  två</pre><dl><dt>Term</dt><dd>Förklaring</dd></dl>"
        "<p>ett<!-- kommentar -->två <span>tre</span><span>fyra</span>\u00adfem\u200b</p>"
    ))
    assert text.split("\n\n") == [
        "• första stycket", "andra stycket", "rad ett\nrad två", "Term", "Förklaring",
        "etttvå trefyrafem\n",
    ]


def test_content_root_and_scoped_header(tmp_path: Path) -> None:
    # A single article is the content; its own header (the title) is read, the page's not.
    text = _read(tmp_path, (
        "<header>Sajtens banner</header><div class='sidebar'>Snabblänkar</div>"
        "<article><header><h1>Reglemente</h1></header><p>Nämnden ska.</p>"
        "<footer>Senast uppdaterad</footer></article>"
    ))
    assert text == "Reglemente\n\nNämnden ska.\n\nSenast uppdaterad\n"
    # Two articles: the body is read (a news listing), menus still left out.
    text = _read(tmp_path, "<nav>Meny</nav><article><p>Ett</p></article><article><p>Två</p></article>")
    assert text == "Ett\n\nTvå\n"
    # The page title above <main> is kept when <main> holds no <h1>.
    text = _read(tmp_path, "<div class='hero'><h1>VD-instruktion</h1></div><main><p>VD ska.</p></main>")
    assert text == "VD-instruktion\n\nVD ska.\n"


def test_aria_roles_are_skipped_like_their_tags(tmp_path: Path) -> None:
    text = _read(tmp_path, (
        "<div role='dialog'><p>Vi använder kakor</p></div><div role='banner'>Logga</div>"
        "<div role='navigation'><a href='/'>Start</a></div><div role='search'>Sök</div>"
        "<div role='main'><p>Nämnden ska.</p><div role='toolbar'>Dela</div></div>"
        "<div role='contentinfo'>Adress</div>"
    ))
    assert text == "Nämnden ska.\n"


def test_layout_tables_and_hidden_rows(tmp_path: Path) -> None:
    text = _read(tmp_path, (
        "<table><tr><td><p>Kolumnlös layout</p><p>Andra stycket</p></td></tr></table>"
        "<table><tr><td>A</td><td>B</td></tr><tr style='display:none'><td>x</td><td>y</td>"
        "</tr><tr><td>C<br>D</td><td><p>E</p><p>F</p></td></tr></table>"
    ))
    assert text == "Kolumnlös layout\n\nAndra stycket\n\nA | B\nC D | E F\n"


def test_options(tmp_path: Path) -> None:
    body = "<aside><p>Faktaruta</p></aside><ul><li>punkt</li></ul>"
    assert _read(tmp_path, body, skip_tags=["script"], bullet_label="-") == (
        "Faktaruta\n\n- punkt\n"
    )
    assert _read(tmp_path, "<table><tr><td>A</td><td>B</td></tr></table>", tables=False) == (
        "A\n\nB\n"
    )
    with pytest.raises(ValueError, match="unknown html option"):
        _read(tmp_path, body, bogus=1)


def test_config_section_is_validated(tmp_path: Path) -> None:
    import shutil

    configs = tmp_path / "configs"
    shutil.copytree(ROOT / "configs", configs)
    settings = load_settings(configs)
    assert {".html", ".htm"} <= set(settings.input_suffixes)
    assert settings.ingest["html"]["bullet_label"] == "•"
    assert HtmlOptions(**{k: tuple(v) if isinstance(v, list) else v
                          for k, v in settings.ingest["html"].items()}) == HtmlOptions()
    with (configs / "ingest.yaml").open("a", encoding="utf-8") as file:
        file.write("  no_such_option: 1\n")
    with pytest.raises(ConfigError, match="html: unknown html option"):
        load_settings(configs)


# ---------------------------------------------------------------------------
# End to end: the page and its text give the same clauses and statements


def test_run_html_and_text_agree(tmp_path: Path) -> None:
    import pandas as pd

    from pipeline.cli import main

    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "sida.html").write_text(PAGE, encoding="utf-8")
    (folder / "text.txt").write_text(EXPECTED, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(folder), "--out", str(out), "-q"]) == 0
    clauses = pd.read_parquet(out / "clauses")
    statements = pd.read_parquet(out / "statements")
    documents = pd.read_parquet(out / "documents").set_index("doc_id")
    assert documents.loc["sida", "encoding"] == "utf-8"
    # The one difference: the page's <title> and site name (kept as header metadata) name
    # the organisation, which the text alone does not.
    assert documents.loc["sida", "organisation"] == "Ekby kommun"
    assert pd.isna(documents.loc["text", "organisation"])

    def rows(frame: pd.DataFrame, doc_id: str, columns: list[str]) -> list[tuple]:
        part = frame[frame.doc_id == doc_id].sort_values(columns[:2])[columns].astype(object)
        return list(part.where(part.notna(), None).itertuples(index=False, name=None))

    clause_columns = ["clause_id", "kind", "label", "parent_id", "text", "start", "end",
                      "raw_start", "raw_end"]
    statement_columns = ["clause_id", "statement_index", "actor", "deontic", "aim",
                         "aim_start", "aim_end", "object_text"]
    assert rows(clauses, "sida", clause_columns) == rows(clauses, "text", clause_columns)
    assert rows(statements, "sida", statement_columns) == rows(statements, "text",
                                                               statement_columns)
    page = clauses[clauses.doc_id == "sida"]
    assert {"title", "1", "2", "2.1.b.a", "3"} <= set(page.clause_id)
    assert set(statements[statements.doc_id == "sida"].deontic) >= {"obligation"}
    # offsets slice the text they claim, in the normalized and the raw text
    normalized = documents.loc["sida", "normalized_text"]
    raw_text = documents.loc["sida", "raw_text"]
    for clause in page.itertuples():
        assert normalized[clause.start : clause.end] == clause.text
        assert " ".join(raw_text[clause.raw_start : clause.raw_end].split()) == clause.text
    for statement in statements[statements.doc_id == "sida"].dropna(subset=["aim_start"]).itertuples():
        assert normalized[int(statement.aim_start) : int(statement.aim_end)] == statement.aim_text


# ---------------------------------------------------------------------------
# The seeds as web pages give the text path's clauses


def render_html(path: Path, blocks: list[tuple[str, str]]) -> None:
    """(kind, text) blocks as a page with site clutter; `•` items as a real `<ul>`,
    other labels stay typed in the text."""
    tags = {"title": "h1", "heading": "h2"}
    body: list[str] = []
    in_list = False
    for kind, text in blocks:
        bullet = kind == "list_item" and text.startswith("• ")
        if bullet != in_list:
            body.append("<ul>" if bullet else "</ul>")
            in_list = bullet
        content = html.escape(text[2:] if bullet else text).replace("\n", "<br>\n")
        tag = "li" if bullet else tags.get(kind, "p")
        body.append(f"<{tag}>{content}</{tag}>")
    if in_list:
        body.append("</ul>")
    path.write_text(
        _page(
            "<header><nav><a href='/'>Start</a> <a href='/ks'>Kommunstyrelsen</a></nav></header>"
            "<main>" + "\n".join(body) + "</main><footer>Region Exempel, Box 1</footer>",
            '<meta charset="utf-8"><title>Styrdokument</title><script>var a=1;</script>',
        ),
        encoding="utf-8",
    )


def _clauses(path: Path) -> tuple[tuple[str, str], ...]:
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    return tuple((c.clause_id, c.text) for c in segment(normalize(read_document(path))).clauses)


@pytest.mark.parametrize("seed", SEED_PATHS, ids=[path.stem for path in SEED_PATHS])
def test_html_matches_text_path(seed: Path, tmp_path: Path) -> None:
    blocks, expected = text_path_blocks(seed)
    path = tmp_path / f"{seed.stem}.html"
    render_html(path, blocks)
    assert _clauses(path) == expected


def _shapes(path: Path) -> list[tuple[str, str, str | None, str]]:
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    return [
        (c.clause_id, c.kind, c.parent_id, c.text)
        for c in segment(normalize(read_document(path))).clauses
    ]


def test_heading_elements_are_headings_whatever_their_text(tmp_path: Path) -> None:
    """Round 48 (nu48 fault 2): an `<h2>` chapter heading above `<h3>§ N …</h3>` headings is
    a heading clause the § headings nest under, not a paragraph of the § before it; a `<p>`
    of short words right above a § heading stays as the text path reads it (a paragraph),
    and a Markdown `##` heading counts too."""
    path = tmp_path / "stadga.html"
    path.write_text(_page(
        "<main><h1>Stadga för Hembygdsföreningen Ekliden</h1>"
        "<h2>Föreningen</h2><h3>§ 1 Ändamål</h3>"
        "<p>Föreningen ska vårda bygdens kulturarv.</p>"
        "<h2>Styrelsens arbete</h2><h3>§ 2 Styrelse</h3>"
        "<p>Styrelsen leder föreningens verksamhet.</p>"
        "<p>Kassörens uppgifter</p><h3>§ 3 Räkenskaper</h3>"
        "<p>Kassören för föreningens räkenskaper.</p></main>"
    ), encoding="utf-8")
    clauses = _shapes(path)
    chapters = [(cid, parent) for cid, kind, parent, text in clauses
                if text in {"Föreningen", "Styrelsens arbete"}]
    assert all(kind == "heading" for _, kind, _, text in clauses
               if text in {"Föreningen", "Styrelsens arbete"})
    assert len(chapters) == 2
    section_parents = [parent for cid, kind, parent, text in clauses if cid in {"§1", "§2"}]
    assert section_parents == [cid for cid, _ in chapters]
    plain = next(kind for _, kind, _, text in clauses if text == "Kassörens uppgifter")
    assert plain == "paragraph"
    markdown = tmp_path / "stadga.md"
    markdown.write_text(
        "# Stadga för Hembygdsföreningen Ekliden\n\n## Föreningen\n\n### § 1 Ändamål\n\n"
        "Föreningen ska vårda bygdens kulturarv.\n", encoding="utf-8",
    )
    assert ("heading", "Föreningen") in {(kind, text) for _, kind, _, text in _shapes(markdown)}


def test_unnumbered_heading_elements_nest_by_their_level(tmp_path: Path) -> None:
    """Newuser54c fault 6 / newuser55 fault 8: an unnumbered `<h3>` nests under the `<h2>`
    before it (its tag's level), an `<h2>` after it closes it; a heading the page gives no
    level (a `<summary>`) is one level below the last heading element; a Markdown `###`
    nests under its `##`; a numbered heading keeps its number."""
    path = tmp_path / "instruktion.html"
    path.write_text(_page(
        "<main><h1>Instruktion för förvaltningschefen i Ekeby kommun</h1>"
        "<h2>Uppdrag</h2><p>Förvaltningschefen leder förvaltningen.</p>"
        "<h3>Samverkan</h3><p>Förvaltningschefen ska samverka med skolorna.</p>"
        "<details><summary>Arbetsmiljö</summary>"
        "<p>Förvaltningschefen ansvarar för arbetsmiljön.</p></details>"
        "<h2>Rapportering</h2><p>Förvaltningschefen ska rapportera till nämnden.</p>"
        "<h2>3 Ersättare</h2><h3>Frånvaro</h3>"
        "<p>Vid frånvaro ska controllern ersätta förvaltningschefen.</p></main>"
    ), encoding="utf-8")
    parents = {text: (cid, kind, parent) for cid, kind, parent, text in _shapes(path)}
    uppdrag = parents["Uppdrag"][0]
    assert parents["Uppdrag"] == (uppdrag, "heading", None)
    assert parents["Samverkan"][1:] == ("heading", uppdrag)
    assert parents["Arbetsmiljö"][1:] == ("heading", parents["Samverkan"][0])
    assert parents["Rapportering"][1:] == ("heading", None)
    assert parents["Ersättare"][:3] == ("3", "heading", None)
    assert parents["Frånvaro"][1:] == ("heading", "3")
    markdown = tmp_path / "instruktion.md"
    markdown.write_text(
        "# Instruktion för förvaltningschefen i Ekeby kommun\n\n## Uppdrag\n\n"
        "Förvaltningschefen leder förvaltningen.\n\n### Samverkan\n\n"
        "Förvaltningschefen ska samverka med skolorna.\n\n## Rapportering\n\n"
        "Förvaltningschefen ska rapportera till nämnden.\n", encoding="utf-8",
    )
    parents = {text: (cid, parent) for cid, kind, parent, text in _shapes(markdown)}
    assert parents["Samverkan"][1] == parents["Uppdrag"][0]
    assert parents["Rapportering"][1] is None


def test_a_heading_element_holding_a_sentence_stays_a_paragraph(tmp_path: Path) -> None:
    """Review 48a, 6: an `<h4>` used for its look whose text is a sentence (a finite verb,
    a final full stop) is a paragraph that keeps its statement; a verbless `<h4>` heads."""
    path = tmp_path / "ordning.html"
    path.write_text(_page(
        "<main><h1>Arbetsordning för Lunnarps fiskevårdsområde</h1>"
        "<h4>Sammanträden</h4>"
        "<h4>Styrelsen ska kalla ledamöterna skriftligen en vecka före mötet.</h4>"
        "<p>Kallelsen skickas med e-post.</p></main>"
    ), encoding="utf-8")
    kinds = {text: kind for _, kind, _, text in _shapes(path)}
    assert kinds["Sammanträden"] == "heading"
    assert kinds["Styrelsen ska kalla ledamöterna skriftligen en vecka före mötet."] == "paragraph"


def test_rowspan_and_colspan_keep_the_columns(tmp_path: Path) -> None:
    """Newuser51b fault 2: a `rowspan` cell fills its column of the row below (as a
    vertically merged Word cell, newuser53 fault 2), so that `Kanslichef` stays in the
    delegate column; a merged group row stays one cell; a `colspan` data cell pads its
    columns."""
    text = _read(tmp_path, (
        "<table><tr><th>Nr</th><th>Ärende</th><th>Lagrum</th><th>Delegat</th></tr>"
        "<tr><td colspan='4'>Personalfrågor</td></tr>"
        "<tr><td>3.1</td><td>Anställa vikarier</td><td rowspan='2'>LAS</td><td>Rektor</td></tr>"
        "<tr><td>3.2</td><td>Förlänga vikariat</td><td>Kanslichef</td></tr>"
        "<tr><td>3.3</td><td colspan='2'>Ledighet</td><td>Skolchef</td></tr></table>"
    ))
    assert text == (
        "Nr | Ärende | Lagrum | Delegat\nPersonalfrågor\n"
        "3.1 | Anställa vikarier | LAS | Rektor\n3.2 | Förlänga vikariat | LAS | Kanslichef\n"
        "3.3 | Ledighet |  | Skolchef\n"
    )


def test_a_bold_line_opening_a_div_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    """Newuser54 fault 6: `<div><b>1 Uppdrag</b><br>…` prints the bold line as the block's
    first line: a paragraph of its own (here heading 1 over paragraph 1.1), as for the
    sections after it; bold words inside a line stay in it."""
    assert _read(tmp_path, "<div><b>1 Hamnchefens uppdrag</b><br>Hamnchefen är chef för "
                 "hamnen.<br>Hamnchefen ska leda hamnen.</div><div>Hamnchefen ska <b>inte</b>"
                 "<br>hyra ut båtar.</div>") == (
        "1 Hamnchefens uppdrag\n\nHamnchefen är chef för hamnen.\nHamnchefen ska leda hamnen."
        "\n\nHamnchefen ska inte\nhyra ut båtar.\n")
    path = tmp_path / "instruktion.html"
    path.write_text(_page(
        "<div>Instruktion för hamnchefen</div><div><b>1 Hamnchefens uppdrag</b><br>Hamnchefen "
        "är chef för hamnen.<br>Hamnchefen ska leda hamnen.</div><div><b>2 Befogenheter</b><br>"
        "Hamnchefen får anställa personal.</div>"), encoding="utf-8")
    assert [(cid, kind) for cid, kind, _, _ in _shapes(path)][1:5] == [
        ("1", "heading"), ("1.1", "paragraph"), ("2", "heading"), ("2.1", "paragraph")]


def test_a_bulleted_list_of_typed_numbers_keeps_each_items_subject(tmp_path: Path) -> None:
    """Newuser54b fault 1: `<ul><li>1. Bolaget ska …</li>` under a lead-in: each item is
    numbered item `1.`, `2.` (the label its text types) and a full sentence keeps its own
    subject and modal, as the same items in an `<ol>` do."""
    import styrdok

    lists = {}
    for tag, typed in (("ul", True), ("ol", False)):
        items = "".join(
            f"<li>{f'{n}. ' if typed else ''}{text}</li>" for n, text in enumerate(
                ("Bolaget ska sköta driften väl.", "Bolaget får inte låna pengar."), start=1))
        path = tmp_path / f"{tag}.html"
        path.write_text(_page(f"<h1>Ägardirektiv för Ekvik Hamn AB</h1><p>Ägaren ställer "
                              f"dessa krav på bolaget:</p><{tag}>{items}</{tag}>"), "utf-8")
        assert [text for _, _, _, text in _shapes(path)][2:] == [
            "Bolaget ska sköta driften väl.", "Bolaget får inte låna pengar."]
        statements = styrdok.analyze(path)["statements"]
        lists[tag] = [(r.clause_id, r.actor, r.deontic, r.negated)
                      for r in statements.itertuples()]
    assert lists["ul"] == lists["ol"]
    assert [deontic for _, _, deontic, _ in lists["ul"]] == ["obligation", "prohibition"]
    assert "ägare" not in {actor for _, actor, _, _ in lists["ul"]}


def test_ordered_list_items_stay_list_items_of_their_section(tmp_path: Path) -> None:
    """Round 56 (nu56 fault 8): the items of an `<ol>` under an `<h2>` are list items of that
    section (labels `1.`, `2.`, the nested ones `a)`, `b)` under their item), not top-level
    numbered headings; the next `<h2>` is a section of its own again. A Markdown ordered
    list reads the same."""
    path = tmp_path / "sida.html"
    path.write_text(_page(
        "<main><h1>Så styrs föreningen</h1><h2>Om styrelsen</h2>"
        "<p>Styrelsen leder föreningen.</p><h2>Hur du tar kontakt</h2>"
        "<ol><li>Skriv ett brev till sekreteraren</li><li>Ring kansliet"
        "<ol><li>på förmiddagen</li><li>på eftermiddagen</li></ol></li></ol>"
        "<h2>Kansliet</h2><p>Kansliet har öppet på vardagar.</p></main>"
    ), encoding="utf-8")
    expected = [
        ("h2", "heading", None, "Hur du tar kontakt"),
        ("h2.a", "list_item", "h2", "Skriv ett brev till sekreteraren"),
        ("h2.b", "list_item", "h2", "Ring kansliet"),
        ("h2.b.a", "list_item", "h2.b", "på förmiddagen"),
        ("h2.b.b", "list_item", "h2.b", "på eftermiddagen"),
        ("h3", "heading", None, "Kansliet"),
    ]
    assert _shapes(path)[3:9] == expected
    markdown = tmp_path / "sida.md"
    markdown.write_text(
        "# Så styrs föreningen\n\n## Om styrelsen\n\nStyrelsen leder föreningen.\n\n"
        "## Hur du tar kontakt\n\n1. Skriv ett brev till sekreteraren\n2. Ring kansliet\n"
        "   1. på förmiddagen\n   2. på eftermiddagen\n\n## Kansliet\n\n"
        "Kansliet har öppet på vardagar.\n",
        encoding="utf-8",
    )
    assert _shapes(markdown)[3:9] == expected


def test_numbered_section_headings_written_as_an_ordered_list_stay_headings(
    tmp_path: Path,
) -> None:
    """Review56 M2: numbered section headings written as one-item ordered lists (`1. Allmänt`
    ⏎ paragraph ⏎ `2. Ekonomi`; Markdown or `<ol start>`) are short and verbless with a
    paragraph after each: they stay numbered headings, their paragraphs their children."""
    expected = [
        ("1", "heading", None, "Allmänt"),
        ("1.1", "paragraph", "1", "Nämnden ska ansvara för idrotten."),
        ("2", "heading", None, "Ekonomi"),
        ("2.1", "paragraph", "2", "Nämnden får besluta om avgifter."),
    ]
    markdown = tmp_path / "regler.md"
    markdown.write_text(
        "# Reglemente för idrottsnämnden\n\n1. Allmänt\n\nNämnden ska ansvara för idrotten."
        "\n\n2. Ekonomi\n\nNämnden får besluta om avgifter.\n", encoding="utf-8")
    assert _shapes(markdown)[1:] == expected
    html = tmp_path / "regler.html"
    html.write_text(_page(
        "<h1>Reglemente för idrottsnämnden</h1><ol><li>Allmänt</li></ol>"
        "<p>Nämnden ska ansvara för idrotten.</p><ol start=\"2\"><li>Ekonomi</li></ol>"
        "<p>Nämnden får besluta om avgifter.</p>"), encoding="utf-8")
    assert _shapes(html)[1:] == expected
