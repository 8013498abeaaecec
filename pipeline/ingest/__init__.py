"""Ingest: one reader per input format, each returning the same `RawDocument`.

A reader turns a file into plain text in the layout the normalizer expects: physical
lines separated by ``\\n``, paragraphs separated by a blank line, running headers,
footers and page numbers already removed when the format lets the reader see them.
Everything downstream addresses characters of `RawDocument.text` (``raw_start`` /
``raw_end`` in the tables), so a reader never changes that text after returning it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any


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
class RawDocument:
    doc_id: str
    source_path: str
    source_sha256: str
    encoding: str
    text: str
    pages: tuple[Page, ...] = ()
    table_rows: tuple[TableRow, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def page_at(self, raw_offset: int) -> int | None:
        """The page number holding a raw character offset, or None when pages are unknown."""
        for page in self.pages:
            if page.start <= raw_offset < page.end:
                return page.number
        if self.pages and raw_offset == len(self.text):
            return self.pages[-1].number
        return None


# A reader: read_X(path, doc_id, *, options: Mapping[str, Any] | None = None) -> RawDocument
Reader = Callable[..., RawDocument]

_SLUG_DROP = re.compile(r"[^a-z0-9åäö]+")


def slugify(name: str) -> str:
    slug = _SLUG_DROP.sub("-", name.lower()).strip("-")
    return slug or "document"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_bytes(path: Path) -> bytes:
    """Read a file, turning every OS failure into an `IngestError` that names the path."""
    try:
        return path.read_bytes()
    except IsADirectoryError as error:
        raise IngestError(path, "is a directory, not a document") from error
    except PermissionError as error:
        raise IngestError(path, "permission denied") from error
    except FileNotFoundError as error:
        raise IngestError(path, "file not found") from error
    except OSError as error:
        raise IngestError(path, f"cannot be read ({error.strerror or error})") from error


def _readers() -> dict[str, Reader]:
    from pipeline.ingest.docx import read_docx
    from pipeline.ingest.pdf import read_pdf
    from pipeline.ingest.text import read_text

    return {".txt": read_text, ".pdf": read_pdf, ".docx": read_docx}


def read_document(
    path: Path, doc_id: str | None = None, options: Mapping[str, Any] | None = None
) -> RawDocument:
    """Read one document with the reader for its suffix.

    `options` is the parsed ``configs/ingest.yaml``; the PDF and Word readers get their own
    section (``pdf:``, ``docx:``).
    """
    path = Path(path)
    readers = _readers()
    reader = readers.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(readers))
        raise IngestError(
            path, f"unsupported file type {path.suffix or '(none)'!r}; known: {known}"
        )
    section = (options or {}).get(path.suffix.lower().lstrip("."))
    return reader(path, doc_id or slugify(path.stem), options=section)


def assign_doc_ids(paths: Iterable[Path]) -> dict[Path, str]:
    """Stable ids from file names: the stem, else the whole name where stems clash, else the
    name plus a short hash of the path (``a/x.pdf`` and ``b/x.pdf``)."""
    paths = sorted(set(paths))
    candidates = [
        lambda path: slugify(unicodedata.normalize("NFC", path.stem)),
        lambda path: slugify(unicodedata.normalize("NFC", path.name)),
        lambda path: f"{slugify(unicodedata.normalize('NFC', path.name))}-"
        f"{hashlib.sha1(str(path).encode()).hexdigest()[:8]}",
    ]
    ids: dict[Path, str] = {}
    remaining = paths
    for make_id in candidates:
        proposed = {path: make_id(path) for path in paths}
        counts = Counter(proposed.values())
        ids.update({path: proposed[path] for path in remaining if counts[proposed[path]] == 1})
        remaining = [path for path in remaining if path not in ids]
    ids.update({path: candidates[-1](path) for path in remaining})
    return ids


def discover(
    inputs: Iterable[Path], suffixes: Iterable[str]
) -> tuple[list[Path], list[IngestError]]:
    """Expand files and directories into document paths, sorted for determinism.

    A directory without any document is reported as an error rather than ignored.
    """
    wanted = {suffix.lower() for suffix in suffixes}
    found: set[Path] = set()
    problems: list[IngestError] = []
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            documents = [
                p
                for p in item.rglob("*")
                if p.is_file() and p.suffix.lower() in wanted and not p.name.startswith(".")
            ]
            if not documents:
                known = ", ".join(sorted(wanted))
                problems.append(IngestError(item, f"directory holds no documents ({known})"))
            found.update(documents)
        elif item.exists() or item.is_symlink():
            found.add(item)
        else:
            problems.append(IngestError(item, "file not found"))
    return sorted(found), problems
