"""Ingest: one reader per input format, each returning the same `RawDocument`.

A reader turns a file into plain text in the layout the normalizer expects: physical
lines separated by ``\\n``, paragraphs separated by a blank line, running headers,
footers and page numbers already removed when the format lets the reader see them.
Everything downstream addresses characters of `RawDocument.text` (``raw_start`` /
``raw_end`` in the tables), so a reader never changes that text after returning it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shlex
import stat
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

STRUCTURED_FORMATS = frozenset({"pdf", "docx", "odt", "html", "markdown"})


class IngestError(Exception):
    """A document that cannot be read; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Page:
    """A page of the source: its 1-based number and its span in `RawDocument.text`."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class TableRow:
    """One row of a table in the source, written as one line of `RawDocument.text`."""

    start: int
    end: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Indent:
    """Where a paragraph of the source prints its first line (a list item: its label), in
    points from the left; its span in `RawDocument.text` starts where the paragraph does.
    Only positions within one document compare (Word: from the text margin; PDF: the page)."""

    start: int
    end: int
    left: float


@dataclass(frozen=True)
class HeadingSpan:
    """A paragraph the source marks as a heading (HTML `<h1>`–`<h6>`, Markdown `#`): its span
    in `RawDocument.text` and its level (1: `<h1>`)."""

    start: int
    end: int
    level: int


@dataclass(frozen=True)
class RawDocument:
    doc_id: str
    source_path: str
    source_sha256: str
    encoding: str
    text: str
    pages: tuple[Page, ...] = ()
    table_rows: tuple[TableRow, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    # The source format ("text", "pdf", "docx", "odt", "html", "markdown"; default: from the
    # source path's suffix). PDF, Word, HTML and Markdown readers mark paragraph ends
    # themselves; `encoding` names only the character encoding (or the text layer used), it
    # is not a format flag.
    format: str = ""
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Paragraph indents from readers that see layout (Word, PDF); none from plain text.
    indents: tuple[Indent, ...] = ()
    # Heading elements from readers that see them (HTML, Markdown); a heading whatever its text.
    headings: tuple[HeadingSpan, ...] = ()
    # What the reader could not read as the source shows it, one line each (a PDF table's
    # rows left as text: newuser54 fault 1); logged with the file's path, never silent.
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.format:
            spec = READERS.get(Path(self.source_path).suffix.lower())
            object.__setattr__(self, "format", spec.format if spec else "text")

    @property
    def structured(self) -> bool:
        """Whether the reader already marked paragraph ends and removed page numbers."""
        return self.format in STRUCTURED_FORMATS

    def page_at(self, raw_offset: int) -> int | None:
        """The page number holding a raw character offset, or None when pages are unknown."""
        for page in self.pages:
            if page.start <= raw_offset < page.end:
                return page.number
        if self.pages and raw_offset == len(self.text):
            return self.pages[-1].number
        return None


def ocr_message(pages: Iterable[int]) -> str:
    """What a document read by OCR warns of (stderr, `warnings`, the report; round 48)."""
    numbers = [str(page) for page in pages]
    which = "page" if len(numbers) == 1 else "pages"
    return f"document read by OCR: check the text ({which} {', '.join(numbers)})"


# A reader: read_X(path, doc_id, *, options: Mapping[str, Any] | None = None) -> RawDocument
Reader = Callable[..., RawDocument]


@dataclass(frozen=True)
class Limits:
    """Per-document bounds (``configs/limits.yaml``); a document over one fails alone."""

    max_bytes: int = 50_000_000
    max_chars: int = 5_000_000
    max_pages: int = 2_000
    max_unpacked_bytes: int = 200_000_000  # Word, OpenDocument: all zip members, before parsing
    max_unpacked_ratio: float = 100.0  # Word, OpenDocument: unpacked ÷ packed size
    max_clause_chars: int = 200_000
    max_seconds: float = 300.0  # wall time per document


@dataclass(frozen=True)
class ReaderSpec:
    """One input format: its reader, its options class (None: takes no options) and
    its ``ingest.yaml`` section."""

    format: str
    load: Callable[[], Reader]
    options: Callable[[], type | None]


def _reader(module: str, name: str) -> Callable[[], Any]:
    def load() -> Any:
        import importlib

        return getattr(importlib.import_module(module), name)

    return load


# The one registry of formats: suffix → reader. Config validation reads it too.
READERS: Mapping[str, ReaderSpec] = MappingProxyType(
    {
        ".txt": ReaderSpec(
            "text", _reader("pipeline.ingest.text", "read_text"), lambda: None
        ),
        ".pdf": ReaderSpec(
            "pdf",
            _reader("pipeline.ingest.pdf", "read_pdf"),
            _reader("pipeline.ingest.pdf", "PdfOptions"),
        ),
        ".docx": ReaderSpec(
            "docx",
            _reader("pipeline.ingest.docx", "read_docx"),
            _reader("pipeline.ingest.docx", "DocxOptions"),
        ),
        ".odt": ReaderSpec(
            "odt",
            _reader("pipeline.ingest.odt", "read_odt"),
            _reader("pipeline.ingest.odt", "OdtOptions"),
        ),
        ".fodt": ReaderSpec(
            "odt",
            _reader("pipeline.ingest.odt", "read_odt"),
            _reader("pipeline.ingest.odt", "OdtOptions"),
        ),
        ".html": ReaderSpec(
            "html",
            _reader("pipeline.ingest.html", "read_html"),
            _reader("pipeline.ingest.html", "HtmlOptions"),
        ),
        ".htm": ReaderSpec(
            "html",
            _reader("pipeline.ingest.html", "read_html"),
            _reader("pipeline.ingest.html", "HtmlOptions"),
        ),
        ".md": ReaderSpec(
            "markdown", _reader("pipeline.ingest.markdown", "read_markdown"), lambda: None
        ),
        ".markdown": ReaderSpec(
            "markdown", _reader("pipeline.ingest.markdown", "read_markdown"), lambda: None
        ),
    }
)

_SLUG_DROP = re.compile(r"[^a-z0-9åäö]+")
# Ids name files (``clauses/<id>.parquet``): longer slugs are cut and get a hash suffix.
MAX_ID_CHARS = 80
# A page whose text is mostly pdfminer's "(cid:N)" glyph codes has no usable text layer.
_CID = re.compile(r"\(cid:\d+\)")
GARBLED_SHARE = 0.5


def slugify(name: str) -> str:
    slug = _SLUG_DROP.sub("-", name.lower()).strip("-")
    return slug or "document"


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def bounded_id(slug: str, key: str) -> str:
    """`slug`, or its first characters plus a hash of `key` when it is too long."""
    if len(slug) <= MAX_ID_CHARS:
        return slug
    return f"{slug[: MAX_ID_CHARS - 9].rstrip('-')}-{_short_hash(key)}"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_file(path: Path, limit: int | None = None) -> None:
    """A regular file of at most `limit` bytes, or an `IngestError` naming the problem.
    A FIFO or device is refused, never opened (opening a FIFO blocks)."""
    try:
        info = path.stat()
    except (OSError, RuntimeError) as error:
        raise IngestError(path, _os_problem(error)) from error
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(path, "is a directory, not a document")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(path, "not a regular file (FIFO, socket or device)")
    if limit is not None and info.st_size > limit:
        raise IngestError(path, f"too large: {info.st_size} bytes > max_bytes {limit}")


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """Read a regular file (at most `limit` bytes), turning every OS failure into an
    `IngestError` that names the path."""
    check_file(path, limit)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1 if limit is not None else -1)
    except PermissionError as error:
        raise IngestError(path, "permission denied") from error
    except FileNotFoundError as error:
        raise IngestError(path, "file not found") from error
    except OSError as error:
        raise IngestError(path, f"cannot be read ({error.strerror or error})") from error
    if limit is not None and len(data) > limit:
        raise IngestError(path, f"too large: more than max_bytes {limit} bytes")
    return data


def check_zip_bomb(path: Path, limits: Limits) -> None:
    """Refuse a Word or OpenDocument file whose parts unpack to too much, before any part
    is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the reader reports what is wrong with it
    packed = max(1, path.stat().st_size)
    if unpacked > limits.max_unpacked_bytes:
        raise IngestError(
            path, f"unpacks to {unpacked} bytes > max_unpacked_bytes {limits.max_unpacked_bytes}"
        )
    if unpacked / packed > limits.max_unpacked_ratio:
        raise IngestError(
            path,
            f"compression ratio {unpacked / packed:.0f} > max_unpacked_ratio "
            f"{limits.max_unpacked_ratio:g} (a zip bomb?)",
        )


def garbled_share(text: str) -> float:
    """Share of non-space characters that are "(cid:N)" glyph codes."""
    visible = len(text) - sum(text.count(ch) for ch in " \n\t")
    if not visible:
        return 0.0
    return sum(len(match) for match in _CID.findall(text)) / visible


def check_text_layer(raw: RawDocument) -> None:
    """A document whose text is mostly "(cid:N)" codes has no usable text: an error, not
    19,000 characters of glyph numbers. (The PDF reader may OCR such pages first.)"""
    if garbled_share(raw.text) > GARBLED_SHARE:
        raise IngestError(
            raw.source_path,
            "text layer is unreadable (mostly (cid:N) glyph codes; font without a "
            "Unicode map) and no OCR text replaced it",
        )


def check_read_limits(raw: RawDocument, limits: Limits) -> None:
    if len(raw.text) > limits.max_chars:
        raise IngestError(
            raw.source_path, f"too long: {len(raw.text)} characters > max_chars {limits.max_chars}"
        )
    if len(raw.pages) > limits.max_pages:
        raise IngestError(
            raw.source_path, f"too many pages: {len(raw.pages)} > max_pages {limits.max_pages}"
        )


def read_document(
    path: Path,
    doc_id: str | None = None,
    options: Mapping[str, Any] | None = None,
    limits: Limits | None = None,
) -> RawDocument:
    """Read one document with the reader for its suffix, within `limits`.

    `options` is the parsed ``configs/ingest.yaml``; each reader gets its own section
    (``pdf:``, ``docx:``, ``odt:``, ``html:``).
    """
    path = Path(path)
    limits = limits or Limits()
    spec = READERS.get(path.suffix.lower())
    if spec is None and path.suffix.lower() in OFFICE_SUFFIXES:
        raise office_file_problem(path)
    if spec is None and path.suffix.lower() in SPREADSHEET_SUFFIXES:
        raise IngestError(path, f"a spreadsheet ({path.suffix}): styrdok reads no spreadsheets; "
                                f"{spreadsheet_hint(path)}")
    if spec is None:
        known = ", ".join(sorted(READERS))
        raise IngestError(
            path, f"unsupported file type {path.suffix or '(none)'!r}; known: {known}"
        )
    check_file(path, limits.max_bytes)
    if spec.format in ("docx", "odt"):
        check_zip_bomb(path, limits)
    section = (options or {}).get(spec.format)
    raw = spec.load()(path, doc_id or slugify(path.stem), options=section)
    if raw.format != spec.format:
        raw = replace(raw, format=spec.format)
    check_read_limits(raw, limits)
    check_text_layer(raw)
    return raw


def assign_doc_ids(
    paths: Iterable[Path], registry: Mapping[str, str] | None = None
) -> dict[Path, str]:
    """Ids unique by construction: the stem, else the whole name, else the name plus a hash
    of the path; never an id that `registry` (id → source path, from the manifest) gives to
    another path, and a path that has an id there keeps it."""
    paths = sorted(set(paths), key=str)  # str order: as deterministic, much faster
    registry = registry or {}
    owner = {source: doc_id for doc_id, source in registry.items()}
    ids: dict[Path, str] = {}
    for path in paths:
        recorded = owner.get(str(path))
        if recorded is not None:
            ids[path] = recorded
    taken = set(registry) | set(ids.values())
    ids.update(_unique_ids([path for path in paths if path not in ids], taken))
    return ids


_ID_CANDIDATES: tuple[Callable[[Path], str], ...] = (
    lambda path: slugify(unicodedata.normalize("NFC", path.stem)),
    lambda path: slugify(unicodedata.normalize("NFC", path.name)),
    lambda path: f"{slugify(unicodedata.normalize('NFC', path.name))}-{_short_hash(str(path))}",
)


def _unique_ids(paths: Sequence[Path], taken: set[str]) -> dict[Path, str]:
    """An id for each of `paths` (sorted) that no other path and nothing in `taken` has: the
    stem, else the whole name, else the name plus a hash of the path. `taken` grows."""
    ids: dict[Path, str] = {}
    remaining = list(paths)
    for make_id in _ID_CANDIDATES:
        proposed = {path: bounded_id(make_id(path), str(path)) for path in remaining}
        counts = Counter(proposed.values())
        for path in remaining:
            if counts[proposed[path]] == 1 and proposed[path] not in taken:
                ids[path] = proposed[path]
                taken.add(proposed[path])
        remaining = [path for path in remaining if path not in ids]
    for path in remaining:  # a hash collision: number the rest
        base, number = bounded_id(_ID_CANDIDATES[-1](path), str(path)), 2
        while f"{base}-{number}" in taken:
            number += 1
        ids[path] = f"{base}-{number}"
        taken.add(ids[path])
    return ids


def failure_doc_ids(paths: Iterable[Path], taken: Iterable[str]) -> dict[Path, str]:
    """Ids for files that failed discovery (an .rtf, a .doc), after the readable files got
    theirs (`taken`): the stem's slug as `read_document` would give it, else the name or the
    name plus a hash, so an error row never shares a processed document's id (nu52 fault 3)."""
    return _unique_ids(sorted(set(paths), key=str), set(taken))


def _real(path: Path) -> Path:
    """The absolute path with symlinks resolved (one file given three ways is one file)."""
    try:
        return Path(os.path.realpath(path, strict=True))
    except (OSError, RuntimeError) as error:
        raise IngestError(path, _os_problem(error)) from error


def _os_problem(error: BaseException) -> str:
    if isinstance(error, OSError) and error.errno == 40:  # ELOOP
        return "symlink loop"
    if isinstance(error, FileNotFoundError):
        return "file not found"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, RuntimeError):
        return "symlink loop"
    return f"cannot be opened ({getattr(error, 'strerror', None) or error})"


log = logging.getLogger("styrdok")


def _documents_under(
    directory: Path, wanted: set[str], passed_over: list[Path], links: dict[Path, Path]
) -> tuple[list[Path], list[IngestError]]:
    """Documents below a resolved directory. Entries that are not symlinks are real paths
    already (the walk does not follow directory links), so only links are resolved: a link
    to a file is listed by its own path (what the user put in the folder names the document,
    round 47), its target recorded in `links`. A Word or RTF file styrdok does not read
    (.doc, .rtf) is a problem of its own, as it is when named directly (round 48, nu48
    fault 5: a failure row with the conversion command, the batch goes on); files of other
    types are passed over (added to `passed_over`) and named in a warning."""
    listing = _Listing()
    pending = [str(directory)]
    while pending:
        root = pending.pop()
        try:
            with os.scandir(root) as entries:
                listed = list(entries)
        except OSError as error:
            listing.problems.append(IngestError(root, _os_problem(error)))
            continue
        for entry in listed:
            _list_entry(entry, wanted, listing, pending, links)
    if listing.others and (listing.found or listing.problems):
        log.warning("%s: %s", directory, _passed_over(directory, wanted, listing))
    elif listing.others:  # one line, the failure's (newuser55b fault 10)
        text = _passed_over(directory, wanted, listing)
        listing.problems.append(IngestError(directory, f"no supported documents ({text})"))
    passed_over.extend(sorted(listing.skipped))
    return listing.found, listing.problems


@dataclass(frozen=True)
class _Listing:
    """What a directory walk gathers: documents, problems, passed-over files and their suffixes."""

    found: list[Path] = field(default_factory=list)
    problems: list[IngestError] = field(default_factory=list)
    others: Counter[str] = field(default_factory=Counter)
    skipped: list[Path] = field(default_factory=list)


def _list_entry(
    entry: os.DirEntry[str],
    wanted: set[str],
    listing: _Listing,
    pending: list[str],
    links: dict[Path, Path],
) -> None:
    """One directory entry: a folder to walk, a problem, a passed-over file or a document."""
    if entry.name.startswith("."):
        return
    if entry.is_dir(follow_symlinks=False):
        pending.append(entry.path)
        return
    suffix = os.path.splitext(entry.name)[1].lower()
    if suffix in OFFICE_SUFFIXES - wanted:
        listing.problems.append(office_file_problem(Path(entry.path)))  # round 48
    elif suffix not in wanted:
        listing.others[suffix or "(no suffix)"] += 1
        listing.skipped.append(Path(entry.path))
    elif entry.is_file(follow_symlinks=False):
        listing.found.append(Path(entry.path))
    elif entry.is_symlink():
        _list_link(entry.path, listing, links)


def _list_link(link: str, listing: _Listing, links: dict[Path, Path]) -> None:
    """A link to a regular file is listed by its own name (round 47), its target in `links`."""
    try:
        real = _real(Path(link))
        if stat.S_ISREG(real.stat().st_mode):
            listing.found.append(Path(link))
            links[Path(link)] = real
    except IngestError as problem:
        listing.problems.append(problem)
    except OSError as error:
        listing.problems.append(IngestError(link, _os_problem(error)))


def _passed_over(directory: Path, wanted: set[str], listing: _Listing) -> str:
    """``passed over 2 file(s) of types styrdok does not read (…): a.csv, b.png; it reads
    …`` and the way forward for spreadsheets: the folder's warning, or the reason of its
    failure where it holds nothing else."""
    others = listing.others
    kinds = ", ".join(f"{count} {suffix}" for suffix, count in sorted(others.items()))
    return (f"passed over {sum(others.values())} file(s) of types styrdok does not read "
            f"({kinds}): {_named(listing.skipped, directory)}; it reads "
            f"{', '.join(sorted(wanted))}{_reader_hint(others)}{_spreadsheet_note(others)}")


_NAMED_FILES = 3  # passed-over files named in the warning; the rest counted


def _named(paths: list[Path], directory: Path) -> str:
    """``riktlinje.rtf``, ``a/b.doc`` …: the first few paths relative to `directory`, then
    how many more (round 46, nu46 cause 7)."""
    names = sorted(os.path.relpath(path, directory) for path in paths)
    shown = ", ".join(names[:_NAMED_FILES])
    return shown + (f" and {len(names) - _NAMED_FILES} more" if len(names) > _NAMED_FILES else "")


# Office formats LibreOffice converts to .docx without losing paragraphs or numbering.
OFFICE_SUFFIXES = frozenset({".doc", ".rtf", ".wpd", ".docm", ".dotx"})


# Spreadsheets (a delegationsordning often is one): no reader; saved as tab-separated text
# (.txt), as a web page or pasted as a Markdown table, their rows are read as table rows
# (round 50, nu50b fault 11; newuser55 fault 11).
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xls", ".xlsm", ".ods", ".fods", ".csv", ".tsv"})


def convert_command(path: Path, to: str = "docx") -> str:
    """The LibreOffice command that converts `path` to `to` (.docx; .html for a spreadsheet)
    beside it, with absolute quoted paths, so that it runs from any folder (round 49, nu49
    fault 14)."""
    where = Path(os.path.abspath(path))
    return (f"soffice --headless --convert-to {to} --outdir {shlex.quote(str(where.parent))} "
            f"{shlex.quote(str(where))}")


def spreadsheet_hint(path: Path) -> str:
    """How a spreadsheet becomes readable: first as tab-separated text (.txt), whose rows the
    text reader reads as table rows and which any spreadsheet program writes (newuser55 fault
    11: `soffice --convert-to html` of a .csv fails where LibreOffice Calc is not installed);
    a .tsv is that already. Else a web page (its sheets as tables) or a Markdown table."""
    first = ("rename it to .txt (tab-separated text is read as a table)"
             if path.suffix.lower() == ".tsv" else
             "save it as tab-separated text (.txt; Excel: Text (Tab delimited)): its rows are "
             "read as a table")
    return (f"{first}; or save it as a web page ({convert_command(path, 'html')}, with "
            f"LibreOffice Calc) or paste its table into a Markdown file (.md)")


def _spreadsheet_note(others: Mapping[str, int]) -> str:
    """The folder warning's way forward for the spreadsheets it passed over."""
    sheets = sorted(SPREADSHEET_SUFFIXES & others.keys())
    if not sheets:
        return ""
    return (f"; {', '.join(sheets)}: spreadsheets, save each as tab-separated text (.txt), "
            f"as a web page (soffice --headless --convert-to html FILE, with LibreOffice "
            f"Calc) or paste its table into a .md file")


def office_file_problem(path: Path) -> IngestError:
    """An office file (Word, RTF, WordPerfect …) of a type no reader takes, and how to
    convert it; a file that is really of a readable format (a .docx saved as .doc; not text,
    which any bytes may be) is told to be renamed instead."""
    kind = sniff(_head(path))
    if kind is not None and kind.suffix in READERS and kind is not _TEXT:
        return IngestError(path, f"not a {path.suffix} file: it is {kind.name}; rename it to "
                                 f"{kind.suffix}")
    return IngestError(
        path,
        f"unsupported office file type {path.suffix!r}; convert it first: "
        f"{convert_command(path)}",
    )


def _head(path: Path) -> bytes:
    """The first bytes of a file, enough to tell its type (none where it cannot be read)."""
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF_BYTES)
    except OSError:
        return b""


# ---------------------------------------------------------------------------
# What a file really is, by its first bytes (round 49, nu49 fault 13)

_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class FileKind:
    name: str  # as a message says it: "a PDF file"
    suffix: str  # the suffix a reader takes it under ("" where none does)


_PDF = FileKind("a PDF file", ".pdf")
_DOCX = FileKind("a Word (.docx) file", ".docx")
_ODT = FileKind("an OpenDocument text (.odt) file", ".odt")
_ZIP = FileKind("a zip archive", "")
# An Office Open XML package opens with its `[Content_Types].xml` entry; cut short before
# any `word/` entry it is most likely a damaged or truncated Word file (nu51 fault 10).
_CUT_DOCX = FileKind("a zip archive (a damaged or truncated Word .docx file?)", ".docx")
_OOXML_START = b"[Content_Types].xml"
_OTHER_OOXML = (b"xl/", b"ppt/")
_OLE = FileKind("a legacy Word (.doc) or other old Office file", ".doc")
_RTF = FileKind("an RTF file", ".rtf")
_HTML = FileKind("an HTML page", ".html")
_TEXT = FileKind("plain text", ".txt")
_IMAGES = (
    (b"\x89PNG", FileKind("a PNG image", "")),
    (b"\xff\xd8\xff", FileKind("a JPEG image", "")),
    (b"GIF8", FileKind("a GIF image", "")),
)
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


def sniff(data: bytes) -> FileKind | None:
    """What the bytes are by their magic: PDF, Word or OpenDocument zip, old Office (OLE),
    RTF, an image, an HTML page, plain UTF-8 text; None: not told."""
    head = data[:_SNIFF_BYTES]
    if b"%PDF-" in head[:1024]:
        return _PDF
    if head.startswith(b"PK\x03\x04"):
        if b"application/vnd.oasis.opendocument.text" in head[:200]:
            return _ODT
        if b"word/" in data:
            return _DOCX
        if _OOXML_START in head[:200] and not any(part in data for part in _OTHER_OOXML):
            return _CUT_DOCX
        return _ZIP
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _OLE
    if head.startswith(b"{\\rtf"):
        return _RTF
    for magic, kind in _IMAGES:
        if head.startswith(magic):
            return kind
    body = head.removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(body):
        return _HTML
    if body and b"\x00" not in body and _utf8(body):
        return _TEXT
    return None


def _utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:  # cut in the middle of a character at the end
        return error.start >= len(head) - 3
    return True


def wrong_type(path: Path, data: bytes, problem: str) -> IngestError:
    """A reader's refusal (`problem`: "not a PDF (no %PDF- header)"), saying what the file
    really is and what to do: rename it, or convert it (.rtf, .doc)."""
    kind = sniff(data)
    if kind is None or kind.suffix == Path(path).suffix.lower():
        return IngestError(path, problem)
    if kind.suffix in OFFICE_SUFFIXES:
        advice = f"; convert it: {convert_command(path)}"
    elif kind.suffix:
        advice = f"; rename it to {kind.suffix}"
    else:
        advice = ""
    return IngestError(path, f"{problem}: it is {kind.name}{advice}")


def _reader_hint(others: Mapping[str, int]) -> str:
    """Types passed over only because ``input_suffixes`` (an older ``pipeline.yaml``) leaves
    them out, although a reader for them exists (``.md``)."""
    readable = sorted(READERS.keys() & others.keys())
    if not readable:
        return ""
    return f" ({', '.join(readable)}: readable; add to input_suffixes in pipeline.yaml)"


def discover(
    inputs: Iterable[Path], suffixes: Iterable[str], passed_over: list[Path] | None = None
) -> tuple[list[Path], list[IngestError]]:
    """Expand files and directories into real document paths, de-duplicated and sorted.

    A directory without any document is reported as an error rather than ignored; a
    symlink loop, a FIFO or a missing path is an error naming the path. Files of other types
    inside a directory are added to `passed_over` (when given).
    """
    passed_over = [] if passed_over is None else passed_over
    wanted = {suffix.lower() for suffix in suffixes}
    found: set[Path] = set()
    links: dict[Path, Path] = {}  # a link's path → the file it points to
    problems: list[IngestError] = []
    for item in inputs:
        item = Path(item)
        try:
            real = _real(item)
            mode = real.stat().st_mode
        except IngestError as problem:
            problems.append(problem)
            continue
        except OSError as error:
            problems.append(IngestError(item, _os_problem(error)))
            continue
        if stat.S_ISDIR(mode):
            documents, trouble = _documents_under(real, wanted, passed_over, links)
            problems.extend(trouble)
            if not documents and not trouble:
                known = ", ".join(sorted(wanted))
                problems.append(IngestError(item, f"directory holds no documents ({known})"))
            found.update(documents)
        elif stat.S_ISREG(mode):
            # a link to a file is named by the link (round 47); its folder is resolved
            shown = Path(os.path.realpath(item.parent)) / item.name if item.is_symlink() else real
            found.add(shown)
            if shown != real:
                links[shown] = real
        else:
            problems.append(IngestError(item, "not a regular file (FIFO, socket or device)"))
    return _one_path_per_file(found, links), problems


def _one_path_per_file(found: set[Path], links: Mapping[Path, Path]) -> list[Path]:
    """One file given three ways is one file: a link whose target is listed too (or that
    another link names first, in path order) is dropped; the file's own path wins."""
    chosen: dict[Path, Path] = {}
    for path in sorted(found, key=lambda p: (p in links, str(p))):
        chosen.setdefault(links.get(path, path), path)
    return sorted(chosen.values(), key=str)
