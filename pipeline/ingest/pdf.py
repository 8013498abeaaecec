"""Reader for PDF files: words, tables and OCR per page; the layout is `pdf_layout`'s job.

The text layer's own newlines are not trusted; characters are read once per page from the
pdfminer layout and grouped into words (pdfplumber's word extractor), tables are found on
pages with ruling lines (each cell's lines kept for `pdf_layout` to join), and image-only
pages are OCR'd when tesseract can. Lines, paragraphs, running headers and footers are
rebuilt by `pipeline.ingest.pdf_layout`; tables without borders are found from the words'
geometry by `pipeline.ingest.pdf_borderless` (cells wrapping over several lines) and
`pdf_layout` (one line a row).
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pipeline.ingest import (
    GARBLED_SHARE,
    IngestError,
    RawDocument,
    garbled_share,
    layout,
    read_bytes,
    sha256_of,
    wrong_type,
)
from pipeline.ingest.pdf_borderless import lift_wrapped_tables
from pipeline.ingest.pdf_columns import restack_columns
from pipeline.ingest.pdf_footnotes import join_run_on, lift_footnotes, runs_on
from pipeline.ingest.pdf_label_columns import lift_label_columns
from pipeline.ingest.pdf_layout import (
    CellLines,
    PageLayout,
    PdfOptions,
    TableBlock,
    Word,
    assemble,
    cell_text,
    group_lines,
    group_ocr_lines,
    join_continued_rows,
    level_bullets,
    lift_aligned_tables,
    remove_running_lines,
)
from pipeline.ingest.pdf_ocr import hocr_lines

__all__ = ["ENCODING_OCR", "ENCODING_TEXT", "PdfOptions", "ocr_available", "read_pdf"]

ENCODING_TEXT = "pdf-text-layer"
ENCODING_OCR = "pdf-ocr"

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_WORD_ATTRS = ("size", "fontname")


# ---------------------------------------------------------------------------
# Reading


def read_pdf(path: Path, doc_id: str, *, options: Mapping[str, Any] | None = None) -> RawDocument:
    path = Path(path)
    opts = layout.options_from_mapping(PdfOptions, options, "pdf")
    data = read_bytes(path)
    _check_bytes(path, data)
    pages = _read_pages(path, opts)
    remove_running_lines(pages, opts)
    restack_columns(pages, opts)
    lift_wrapped_tables(pages, opts)
    lift_label_columns(pages, opts)
    lift_aligned_tables(pages, opts)
    join_continued_rows(pages, opts)
    level_bullets(pages, opts.indent_tolerance)
    assembled = assemble(pages, opts)
    text = assembled.text
    if not text.strip():
        raise IngestError(path, "PDF holds no text (only running headers, footers or page numbers)")
    ocr_pages = tuple(page.number for page in pages if page.ocr)
    metadata = layout.band_metadata(
        [line.text for page in pages for line in page.header_lines],
        [line.text for page in pages for line in page.footer_lines],
        text,
        opts.diarienummer_pattern,
        opts.adopted_pattern,
    )
    metadata["page_count"] = str(len(pages))
    unread = [page for page in pages if page.unread_rows]
    return RawDocument(
        doc_id=doc_id,
        source_path=str(path),
        source_sha256=sha256_of(data),
        encoding=ENCODING_OCR if ocr_pages else ENCODING_TEXT,
        text=text,
        pages=assembled.pages,
        table_rows=assembled.rows,
        ocr_pages=ocr_pages,
        metadata=MappingProxyType(metadata),
        indents=assembled.indents,
        warnings=(_unread_message(unread),) if unread else (),
    )


def _unread_message(pages: Sequence[PageLayout]) -> str:
    """Rows of a table going on from a page before that could not be read as its rows."""
    count = sum(page.unread_rows for page in pages)
    numbers = ", ".join(str(page.number) for page in pages)
    return (f"{count} table row{'s' if count > 1 else ''} on page{'s' if len(pages) > 1 else ''} "
            f"{numbers} could not be read as the table's rows (kept as text): check the table")


def _check_bytes(path: Path, data: bytes) -> None:
    if not data:
        raise IngestError(path, "empty file (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        raise wrong_type(path, data, "not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise IngestError(path, "corrupt or truncated PDF: no %%EOF marker at the end of the file")


@contextmanager
def _pdfminer_errors(path: Path) -> Iterator[None]:
    """Turn whatever pdfminer raises on a damaged file into an `IngestError`."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        yield
    except IngestError:
        raise
    except Exception as error:  # pdfminer raises many unrelated types on corrupt input
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        if isinstance(cause, PDFPasswordIncorrect):
            raise IngestError(path, "encrypted PDF (password required)") from error
        if isinstance(cause, PDFEncryptionError):
            raise IngestError(path, f"encrypted PDF (unsupported encryption: {cause})") from error
        detail = str(cause) or type(cause).__name__
        raise IngestError(path, f"corrupt or truncated PDF: {detail}") from error


def _read_pages(path: Path, opts: PdfOptions) -> list[PageLayout]:
    import pdfplumber

    pages: list[PageLayout] = []
    scanned: list[int] = []
    with _pdfminer_errors(path), pdfplumber.open(path) as pdf:
        if not pdf.pages:
            raise IngestError(path, "PDF has no pages")
        for number, page in enumerate(pdf.pages, start=1):
            objects = _page_objects(page)
            words = _page_words(page, opts, objects)
            if _unreadable(words):
                words = []  # glyph codes only: the page is read by OCR like a scan, or fails
                scanned.append(number)
            elif not words and page.images:
                scanned.append(number)
            has_tables = words and opts.tables and objects.has_rules
            tables = _page_tables(page, opts, words) if has_tables else []
            words = _outside(words, [bbox for bbox, _ in tables])
            previous = pages[-1].notes if pages else []
            words, notes = lift_footnotes(words, float(page.height), opts, runs_on(previous))
            notes = join_run_on(previous, notes)
            pages.append(PageLayout(
                number=number,
                height=float(page.height),
                lines=group_lines(words, opts.y_tolerance),
                tables=[table for _, table in tables],
                notes=notes,
            ))
            page.close()  # frees the page's cached layout objects
        if scanned:
            _ocr_pages(path, pdf, pages, scanned, opts)
    if not any(page.lines or page.tables for page in pages):
        raise IngestError(path, "PDF holds no text (no text layer on any page)")
    return pages


def _unreadable(words: Sequence[Word]) -> bool:
    """A page whose text is mostly pdfminer's "(cid:N)" codes (a font without a Unicode map)."""
    return bool(words) and garbled_share(" ".join(word.text for word in words)) > GARBLED_SHARE


def _ocr_pages(path: Path, pdf: Any, pages: list[PageLayout], scanned: list[int],
               opts: PdfOptions) -> None:
    if opts.ocr == "never" or not ocr_available(opts.ocr_language):
        names = ", ".join(str(number) for number in scanned)
        which = "pages" if len(scanned) > 1 else "page"
        why = "OCR disabled" if opts.ocr == "never" else (
            f"OCR needs tesseract with {opts.ocr_language!r} language data"
        )
        raise IngestError(
            path, f"no readable text layer on {which} {names} (image-only or (cid:N) codes; {why})"
        )
    for number in scanned:
        page = pdf.pages[number - 1]
        try:
            segments = ocr_page_lines(page, opts.ocr_language, opts.ocr_dpi)
        except RuntimeError as error:
            raise IngestError(path, f"OCR failed on page {number}: {error}") from error
        pages[number - 1].lines = group_ocr_lines(segments, opts.y_tolerance)
        pages[number - 1].ocr = True


@functools.lru_cache(maxsize=8)
def ocr_available(language: str) -> bool:
    """Whether a `tesseract` binary with `language` traineddata is installed."""
    binary = shutil.which("tesseract")
    if binary is None:
        return False
    try:
        listing = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return language in (listing.stdout + listing.stderr).split()


def ocr_page_lines(page: Any, language: str, dpi: int) -> list[tuple[Word, ...]]:
    """OCR one page with tesseract: its lines' words, in PDF points like the text layer."""
    image = page.to_image(resolution=dpi).original
    with tempfile.TemporaryDirectory(prefix="styrdok-ocr-") as folder:
        png = Path(folder) / "page.png"
        image.save(png)
        try:
            result = subprocess.run(
                ["tesseract", str(png), "stdout", "-l", language, "--dpi", str(dpi), "hocr"],
                capture_output=True, text=True, timeout=300, check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise RuntimeError(str(error)) from error
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip() or f"tesseract exited with {result.returncode}")
    return hocr_lines(result.stdout, 72.0 / dpi)


@dataclass(frozen=True)
class _PageObjects:
    chars: list[dict[str, Any]]
    has_rules: bool  # lines, rectangles or curves: a lined table may be there


def _page_objects(page: Any) -> _PageObjects:
    """The page's characters as the few fields the word grouping reads.

    pdfplumber's own ``page.chars`` turns every layout object into a dict of some twenty
    resolved attributes (colours, matrices, colour spaces); that conversion was two thirds
    of the reading time. The coordinates follow pdfplumber's (``top`` from the page top,
    MediaBox-adjusted) so the words are the same.
    """
    from pdfminer.layout import LTChar, LTContainer, LTCurve

    height = float(page.height)
    mb_x0, mb_top = (float(v) for v in page.mediabox[:2])
    doctop = float(page.initial_doctop)
    chars: list[dict[str, Any]] = []
    has_rules = False
    stack = [iter(page.layout._objs)]  # pdfplumber exposes no lighter public iterator
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTChar):
            top = height - obj.y1 + mb_top
            fontname = obj.fontname
            chars.append({
                "text": obj.get_text(),
                "x0": obj.x0 + mb_x0,
                "x1": obj.x1 + mb_x0,
                "top": top,
                "bottom": height - obj.y0 + mb_top,
                "doctop": doctop + top,
                "upright": obj.upright,
                "size": obj.size,
                "fontname": fontname.decode("latin-1") if isinstance(fontname, bytes) else fontname,
            })
        elif isinstance(obj, LTCurve):
            has_rules = True
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
    return _PageObjects(chars, has_rules)


def _page_words(page: Any, opts: PdfOptions, objects: _PageObjects | None = None) -> list[Word]:
    from pdfplumber.utils import extract_words

    objects = objects or _page_objects(page)
    raw = extract_words(
        objects.chars,
        x_tolerance=opts.x_tolerance,
        y_tolerance=opts.y_tolerance,
        keep_blank_chars=False,
        extra_attrs=list(_WORD_ATTRS),
    )
    return [
        Word(
            text=item["text"],
            x0=float(item["x0"]),
            x1=float(item["x1"]),
            top=float(item["top"]),
            bottom=float(item["bottom"]),
            size=round(float(item["size"]), 2),
            bold=bool(_BOLD_FONT.search(item["fontname"] or "")),
        )
        for item in raw
        if item["text"].strip()
    ]


BBox = tuple[float, float, float, float]


def _page_tables(page: Any, opts: PdfOptions, words: Sequence[Word]) -> list[
    tuple[BBox, TableBlock]
]:
    # find_tables is the slowest step; pages without ruling lines cannot hold a lined table.
    if not (page.objects.get("line") or page.objects.get("rect")):
        return []
    found = []
    for table in page.find_tables():
        rows: list[tuple[str, ...]] = []
        cells: list[tuple[CellLines | None, ...]] = []
        reach: dict[int, tuple[float, str]] = {}  # column -> its last box's bottom, text
        for texts, row in zip(table.extract(), table.rows, strict=True):
            geometry = tuple(_cell_lines(box, words, opts) for box in row.cells)
            row_texts = tuple(
                _cell_text(text or "", lines, opts) for text, lines in zip(texts, geometry,
                                                                          strict=True)
            )
            if any(row_texts):
                rows.append(_merged_down(row_texts, row.cells, reach))
                cells.append(geometry)
            reach.update((column, (float(box[3]), text)) for column, (box, text)
                         in enumerate(zip(row.cells, row_texts, strict=True)) if box is not None)
        if sum(len(row) for row in rows) >= 2:
            bbox = tuple(float(v) for v in table.bbox)
            found.append((bbox, TableBlock(
                top=bbox[1], rows=tuple(rows), bottom=bbox[3],
                columns=_column_borders(table), cells=tuple(cells),
            )))
    found.sort(key=lambda item: item[0][1])
    return found


def _merged_down(texts: tuple[str, ...], boxes: Sequence[BBox | None],
                 reach: dict[int, tuple[float, str]]) -> tuple[str, ...]:
    """A row's texts, a column without a box of its own under a box that reaches down past
    the row's top (a cell merged over rows) taking that cell's text, as the office readers'
    `layout.fill_merged_rows` does (newuser53 fault 2)."""
    top = min((float(box[1]) for box in boxes if box is not None), default=None)
    if top is None:
        return texts
    return tuple(
        reach[column][1] if box is None and not text and column in reach
        and reach[column][0] > top + 1.0 else text
        for column, (box, text) in enumerate(zip(boxes, texts, strict=True))
    )


def _cell_lines(box: BBox | None, words: Sequence[Word], opts: PdfOptions) -> CellLines | None:
    """The cell's words as lines; its text is set `left − box left` in from either border."""
    if box is None:
        return None
    inside = [word for word in words if _inside(word, box)]
    if not inside:
        return None
    lines = tuple(group_lines(inside, opts.y_tolerance))
    left = min(line.x0 for line in lines)
    return CellLines(lines, left, box[2] - (left - box[0]))


def _cell_text(extracted: str, lines: CellLines | None, opts: PdfOptions) -> str:
    """pdfplumber's cell text, its line breaks joined by the cell's geometry where the word
    layer reads the same lines (else by spaces)."""
    text = layout.collapse_spaces(extracted)
    if lines is None or [line.text for line in lines.lines] != [
        layout.collapse_spaces(part) for part in extracted.splitlines() if part.strip()
    ]:
        return text
    return cell_text(lines, opts)


def _column_borders(table: Any) -> tuple[float, ...]:
    borders = {round(float(x), 1) for row in table.rows for box in row.cells if box is not None
               for x in (box[0], box[2])}
    return tuple(sorted(borders))


def _inside(word: Word, box: BBox) -> bool:
    x_mid, y_mid = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] <= x_mid <= box[2] and box[1] <= y_mid <= box[3]


def _outside(words: list[Word], boxes: Sequence[BBox]) -> list[Word]:
    if not boxes:
        return words
    return [word for word in words if not any(_inside(word, box) for box in boxes)]
