from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import IngestError, assign_doc_ids, discover, read_document, slugify
from pipeline.ingest.text import detect_encoding

SWEDISH = "Regiondirektören ska fortlöpande hålla ordföranden informerad – även om små ärenden.\n"


@pytest.mark.parametrize(
    ("encoding", "data", "expected"),
    [
        ("utf-8", SWEDISH.encode("utf-8"), "utf-8"),
        ("utf-8-sig", SWEDISH.encode("utf-8-sig"), "utf-8-sig"),
        ("cp1252", SWEDISH.encode("cp1252"), "cp1252"),
        # round 50: single-byte text with only å ä ö is the same bytes in both: cp1252
        ("latin-1", SWEDISH.replace("–", "-").encode("latin-1"), "cp1252"),
        ("utf-16", SWEDISH.encode("utf-16"), "utf-16"),
    ],
)
def test_encodings_are_detected_without_mojibake(
    tmp_path: Path, encoding: str, data: bytes, expected: str
) -> None:
    path = tmp_path / f"doc-{encoding}.txt"
    path.write_bytes(data)
    document = read_document(path)
    assert document.encoding == expected
    assert "Regiondirektören" in document.text
    assert "Ã" not in document.text
    assert not document.text.startswith("\ufeff")


def test_detect_encoding_prefers_utf8() -> None:
    assert detect_encoding("ö".encode()) == "utf-8"
    assert detect_encoding("ö".encode("latin-1")) == "cp1252"  # round 50 (nu50 fault 11)
    assert detect_encoding("ö\x81".encode("latin-1")) == "iso-8859-1"  # no cp1252 character


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n  \t\n", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_bad_text_input_names_file_and_problem(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as error:
        read_document(path)
    assert str(path) in str(error.value)
    assert problem in str(error.value)


def test_unreadable_path_is_an_ingest_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="file not found"):
        read_document(tmp_path / "missing.txt")
    if os.geteuid() != 0:  # root reads everything
        locked = tmp_path / "locked.txt"
        locked.write_text("text")
        locked.chmod(0)
        with pytest.raises(IngestError, match="permission denied"):
            read_document(locked)


def test_unknown_suffix_is_an_ingest_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.xyz"
    path.write_text("text")
    with pytest.raises(IngestError, match="unsupported file type"):
        read_document(path)


def test_a_spreadsheet_is_told_how_to_become_readable(tmp_path: Path, caplog) -> None:
    """Round 50 (nu50b fault 11): a delegationsordning kept as .xlsx/.csv/.ods gets a
    one-line way forward, named or in a folder: first tab-separated text (.txt), which needs
    no LibreOffice Calc (newuser55 fault 11), a .tsv is renamed; else a web page via soffice
    or a Markdown table."""
    for name in ("delegation.xlsx", "delegation.csv", "delegation.ods"):
        path = tmp_path / name
        path.write_bytes(b"Nr;Delegat\n1;Ordf\n")
        with pytest.raises(IngestError) as error:
            read_document(path)
        assert error.value.problem == (
            f"a spreadsheet ({path.suffix}): styrdok reads no spreadsheets; save it as "
            "tab-separated text (.txt; Excel: Text (Tab delimited)): its rows are read as a "
            f"table; or save it as a web page (soffice --headless --convert-to html --outdir "
            f"{tmp_path} {path}, with LibreOffice Calc) or paste its table into a Markdown "
            "file (.md)"
        )
    tsv = tmp_path / "delegation.tsv"
    tsv.write_bytes(b"Nr\tDelegat\n1\tOrdf\n")
    with pytest.raises(IngestError, match=r"rename it to \.txt \(tab-separated text is read"):
        read_document(tsv)
    (tmp_path / "a.txt").write_text("a")
    with caplog.at_level("WARNING", logger="styrdok"):
        discover([tmp_path], [".txt"])
    assert "(1 .csv, 1 .ods, 1 .tsv, 1 .xlsx)" in caplog.text
    assert (".csv, .ods, .tsv, .xlsx: spreadsheets, save each as tab-separated text (.txt), "
            "as a web page (soffice") in caplog.text


def test_discover_reports_directories_without_documents(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "b.txt").write_text("b")
    (tmp_path / "docs" / "a.txt").write_text("a")
    (tmp_path / "docs" / "ignored.png").write_bytes(b"x")
    paths, problems = discover([tmp_path / "docs", empty, tmp_path / "nope.txt"], [".txt"])
    assert [p.name for p in paths] == ["a.txt", "b.txt"]
    assert [str(p) for p in problems] == [
        f"{empty}: directory holds no documents (.txt)",
        f"{tmp_path / 'nope.txt'}: file not found",
    ]


def test_discover_warns_of_files_it_passes_over(tmp_path: Path, caplog) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "reglemente.odt").write_bytes(b"x")
    (tmp_path / "gammal.doc").write_bytes(b"x")
    (tmp_path / "ny.odt").write_bytes(b"x")
    (tmp_path / ".dold.odt").write_bytes(b"x")
    with caplog.at_level("WARNING", logger="styrdok"):
        paths, problems = discover([tmp_path], [".txt"])
    assert [p.name for p in paths] == ["a.txt"]
    assert "passed over 2 file(s) of types styrdok does not read (2 .odt)" in caplog.text
    assert "(2 .odt): ny.odt, reglemente.odt;" in caplog.text
    # round 48 (nu48 fault 5): a Word file is a problem of its own, with the conversion
    assert [(Path(p.path).name, p.problem) for p in problems] == [(
        "gammal.doc",
        "unsupported office file type '.doc'; convert it first: "
        f"soffice --headless --convert-to docx --outdir {tmp_path} {tmp_path / 'gammal.doc'}",
    )]
    caplog.clear()
    with caplog.at_level("WARNING", logger="styrdok"):
        discover([tmp_path / "a.txt"], [".txt"])
    assert caplog.text == ""


def test_discover_gives_no_conversion_hint_for_other_files(tmp_path: Path) -> None:
    (tmp_path / "bild.png").write_bytes(b"x")
    _, problems = discover([tmp_path], [".txt"])
    assert "passed over 1 file(s)" in str(problems[0])
    assert "soffice" not in str(problems[0])


def test_a_wordperfect_file_is_an_office_problem_not_called_word(tmp_path: Path) -> None:
    (tmp_path / "gammal.wpd").write_bytes(b"x")
    paths, problems = discover([tmp_path], [".txt"])
    assert paths == []
    assert [p.problem for p in problems] == [
        "unsupported office file type '.wpd'; convert it first: "
        f"soffice --headless --convert-to docx --outdir {tmp_path} {tmp_path / 'gammal.wpd'}"
    ]


def test_doc_ids_are_stable_slugs_and_disambiguated(tmp_path: Path) -> None:
    assert slugify("Region Örebro län 2023") == "region-örebro-län-2023"
    ids = assign_doc_ids([tmp_path / "x.pdf", tmp_path / "x.txt", tmp_path / "Y Z.txt"])
    assert ids == {
        tmp_path / "x.pdf": "x-pdf",
        tmp_path / "x.txt": "x-txt",
        tmp_path / "Y Z.txt": "y-z",
    }


def test_raw_document_records_source(tmp_path: Path) -> None:
    path = tmp_path / "Instruktion.txt"
    path.write_text(SWEDISH, encoding="utf-8")
    document = read_document(path)
    assert document.doc_id == "instruktion"
    assert document.source_path == str(path)
    assert len(document.source_sha256) == 64
    assert document.page_at(0) is None


def test_doc_ids_stay_unique_across_folders(tmp_path: Path) -> None:
    paths = [
        tmp_path / "a" / "instruktion.pdf",
        tmp_path / "b" / "instruktion.pdf",
        tmp_path / "c" / "plan.txt",
    ]
    ids = assign_doc_ids(paths)
    assert len(set(ids.values())) == 3
    assert ids[tmp_path / "c" / "plan.txt"] == "plan"
    assert all(ids[p].startswith("instruktion-pdf-") for p in paths[:2])
    assert assign_doc_ids(list(reversed(paths))) == ids


def test_discover_names_a_few_passed_over_files_and_counts_the_rest(tmp_path: Path, caplog) -> None:
    """Round 46 (nu46 cause 7): the warning names the first three files passed over (paths
    under the folder) and counts the rest; `passed_over` gets them all."""
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "del").mkdir()
    for name in ("b.rtf", "c.rtf", "del/d.doc", "e.png", "f.css", "g.js", "h.ico"):
        (tmp_path / name).write_bytes(b"x")
    passed_over: list[Path] = []
    with caplog.at_level("WARNING", logger="styrdok"):
        discover([tmp_path], [".txt"], passed_over)
    assert "e.png, f.css, g.js and 1 more;" in caplog.text  # Word/RTF: problems (round 48)
    assert sorted(p.name for p in passed_over) == ["e.png", "f.css", "g.js", "h.ico"]


def test_a_link_to_a_file_elsewhere_is_named_by_the_link(tmp_path: Path) -> None:
    """Round 47 (nu47 fault 8): the link's own name and path name the document; a link to
    a file that is listed too, or named twice, is still one document."""
    outside = tmp_path / "arkiv" / "version-3.txt"
    outside.parent.mkdir()
    outside.write_text("Stadgar för Ekbackens båtklubb")
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "stadgar.txt").symlink_to(outside)
    (batch / "egen.txt").write_text("Reglemente för hamnstyrelsen")
    (batch / "samma.txt").symlink_to(batch / "egen.txt")
    paths, problems = discover([batch], [".txt"])
    assert problems == []
    assert paths == [batch.resolve() / "egen.txt", batch.resolve() / "stadgar.txt"]
    assert discover([batch / "stadgar.txt", outside], [".txt"])[0] == [outside.resolve()]
    assert discover([batch / "stadgar.txt"], [".txt"])[0] == [batch.resolve() / "stadgar.txt"]
    assert assign_doc_ids(paths)[batch.resolve() / "stadgar.txt"] == "stadgar"


def test_a_word_or_rtf_file_fails_alike_in_a_folder_and_named(tmp_path: Path) -> None:
    """Round 48 (nu48 fault 5): an .rtf in a folder and the same file named directly give
    one problem, naming the file and the conversion; the folder's documents are still read."""
    from pipeline.ingest import IngestError

    (tmp_path / "stadga.txt").write_text("Stadga för Båtklubben Ekviken\n\nText.\n")
    rtf = tmp_path / "protokoll.rtf"
    rtf.write_text("{\\rtf1 Styrelsen beslutar.}")
    paths, problems = discover([tmp_path], [".txt"])
    assert [p.name for p in paths] == ["stadga.txt"]
    with pytest.raises(IngestError) as named:
        read_document(rtf)
    assert [str(p) for p in problems] == [str(named.value)]
    assert f"soffice --headless --convert-to docx --outdir {tmp_path} {rtf}" in str(named.value)


def test_convert_hint_uses_the_absolute_quoted_path(tmp_path: Path, monkeypatch) -> None:
    """Round 49 (nu49 fault 14): the soffice command runs from any folder: absolute paths,
    quoted where they hold spaces, and `--outdir` the file's folder."""
    folder = tmp_path / "mina dokument"
    folder.mkdir()
    (folder / "ordning.rtf").write_text("{\\rtf1 Styrelsen beslutar.}")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(IngestError) as error:
        read_document(Path("mina dokument/ordning.rtf"))
    assert error.value.problem.endswith(
        f"soffice --headless --convert-to docx --outdir '{folder}' '{folder / 'ordning.rtf'}'"
    )


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("kopia.txt", b"%PDF-1.7\n\x00\x01", "binary file (contains NUL bytes), not text: it is "
         "a PDF file; rename it to .pdf"),
        ("tillagg.pdf", b"PK\x03\x04\x14\x00word/document.xml\x00", "not a PDF (no %PDF- "
         "header): it is a Word (.docx) file; rename it to .docx"),
        ("kort.docx", b"Styrelsen beslutar om budgeten.\n", "not a .docx (not a zip "
         "archive): it is plain text; rename it to .txt"),
        ("sida.pdf", b"<!DOCTYPE html><html><body>x</body></html>", "not a PDF (no %PDF- "
         "header): it is an HTML page; rename it to .html"),
        ("bild.docx", b"\x89PNG\r\n\x1a\n\x00", "not a .docx (not a zip archive): it is a "
         "PNG image"),
        # nu51 fault 10: a .docx cut short before its first word/ entry
        ("avbruten.pdf", b"PK\x03\x04\x14\x00\x00\x00[Content_Types].xml\xb5\x95", "not a PDF "
         "(no %PDF- header): it is a zip archive (a damaged or truncated Word .docx file?); "
         "rename it to .docx"),
        ("arkiv.pdf", b"PK\x03\x04\x14\x00\x00\x00bilder/karta.png\x00", "not a PDF (no "
         "%PDF- header): it is a zip archive"),
    ],
)
def test_wrong_extension_says_what_the_file_is(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    """Round 49 (nu49 fault 13): a file whose suffix lies is named by its magic bytes."""
    (tmp_path / name).write_bytes(data)
    with pytest.raises(IngestError) as error:
        read_document(tmp_path / name)
    assert error.value.problem == problem


def test_a_docx_saved_as_doc_is_told_to_be_renamed(tmp_path: Path) -> None:
    (tmp_path / "gammal.doc").write_bytes(b"PK\x03\x04\x14\x00word/document.xml\x00")
    with pytest.raises(IngestError) as error:
        read_document(tmp_path / "gammal.doc")
    assert error.value.problem == (
        "not a .doc file: it is a Word (.docx) file; rename it to .docx"
    )


def test_directory_of_passed_over_files_fails_with_one_line(tmp_path: Path, caplog) -> None:
    """A folder holding only unreadable types: one failure naming them, no second warning
    (newuser55b fault 10)."""
    (tmp_path / "tabell.csv").write_text("a;b")
    with caplog.at_level("WARNING", logger="styrdok"):
        paths, problems = discover([tmp_path], [".txt"])
    assert paths == [] and len(problems) == 1
    assert str(problems[0]).startswith(
        f"{tmp_path}: no supported documents (passed over 1 file(s) of types styrdok does not "
        "read (1 .csv): tabell.csv; it reads .txt"
    )
    assert "passed over" not in caplog.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dnr KS 2026/114", "KS 2026/114"),
        ("Dnr 2026/114", "2026/114"),  # round 58 (newuser58 fault 2a): no register code
        ("Diarienummer: 2026/114", "2026/114"),
        ("Ekby Vatten AB\tDnr 2026/0031\tSida 1 av 3", "2026/0031"),  # a running header
        ("Lagen (SFS 2017:725) gäller.", None),  # a statute number, no case number
        ("Budgeten för verksamhetsåret 2026/27 fastställs av nämnden.", None),  # a year span
        ("Dnr 2026-03-12", None),  # a date after the label is no case number
    ],
)
def test_diarienummer_with_or_without_register_code(text: str, expected: str | None) -> None:
    from pipeline.ingest.layout import find_diarienummer

    assert find_diarienummer([text]) == expected


def test_a_text_and_its_file_give_the_same_metadata(tmp_path: Path) -> None:
    """Round 58 (newuser58 fault 2b): `styrdok.analyze(text)` reads the diarienummer as the
    .txt reader does."""
    import styrdok

    text = "Reglemente för Ekby fritidsnämnd\n\nDnr FN 2026/12\n\n1. Nämnden ska sammanträda.\n"
    source = tmp_path / "reglemente.txt"
    source.write_text(text, encoding="utf-8")
    from_text = styrdok.analyze(text, nlp=False).documents["diarienummer"].iloc[0]
    assert from_text == styrdok.analyze(source, nlp=False).documents["diarienummer"].iloc[0]
    assert from_text == "FN 2026/12"
    plain = "Reglemente för Ekby fritidsnämnd\n\n1. Nämnden ska sammanträda år 2026/27.\n"
    assert pd.isna(styrdok.analyze(plain, nlp=False).documents["diarienummer"].iloc[0])
