"""Reader for plain-text files: detects the encoding and rejects what is not text."""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pipeline.ingest import (
    IngestError,
    RawDocument,
    layout,
    read_bytes,
    sha256_of,
    wrong_type,
)

# C0 controls other than whitespace (\t \n \v \f \r, 0x09-0x0D, are allowed in text).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def detect_encoding(data: bytes) -> str:
    """Name the encoding of `data`: utf-8 (with or without BOM), utf-16, else cp1252 (a
    superset of iso-8859-1 but for the C1 controls, and what Windows saves: a single-byte
    file with only `å ä ö` reads the same either way), iso-8859-1 where a byte has no cp1252
    character."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # round 50 (nu50 fault 11): Windows text, also when it holds only å ä ö
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no cp1252 characters
        return "iso-8859-1"


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_mixed(data: bytes) -> tuple[str, str] | None:
    """Decode a file that mixes UTF-8 lines with single-byte lines (a UTF-8 file edited in
    a cp1252 editor) line by line; None when no line is non-ASCII UTF-8 (not mixed)."""
    lines = data.splitlines(keepends=True)
    utf8 = [line.isascii() or _is_utf8(line) for line in lines]
    if not any(ok and not line.isascii() for ok, line in zip(utf8, lines, strict=True)):
        return None
    single_byte = b"".join(line for ok, line in zip(utf8, lines, strict=True) if not ok)
    fallback = detect_encoding(single_byte)
    text = "".join(
        line.decode("utf-8") if ok else line.decode(fallback, errors="replace")
        for ok, line in zip(utf8, lines, strict=True)
    )
    return text, f"utf-8+{fallback}"


def _looks_binary(data: bytes, text: str) -> bool:
    if b"\x00" in data:
        return True
    controls = len(_CONTROLS.findall(text))
    return controls > max(8, len(text) // 100)


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Decode file bytes into text, or raise `IngestError` for empty or binary content."""
    if not data:
        raise IngestError(path, "empty file (0 bytes)")
    encoding = detect_encoding(data)
    if encoding != "utf-16" and b"\x00" in data:
        raise wrong_type(path, data, "binary file (contains NUL bytes), not text")
    mixed = decode_mixed(data) if encoding in ("cp1252", "iso-8859-1") else None
    if mixed is not None:
        text, encoding = mixed
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise IngestError(path, f"cannot be decoded as {encoding}: {error.reason}") from error
    if _looks_binary(data if encoding != "utf-16" else b"", text):
        raise IngestError(path, "binary file (control characters), not text")
    if not text.strip():
        raise IngestError(path, "document holds no text (only whitespace)")
    return text, encoding


def read_text(path: Path, doc_id: str, *, options: Mapping[str, Any] | None = None) -> RawDocument:
    """Read a .txt file; `options` is accepted for the common reader signature (none used)."""
    data = read_bytes(path)
    text, encoding = decode(path, data)
    return text_document(text, doc_id, str(path), sha256_of(data), encoding)


def text_document(
    text: str, doc_id: str, source_path: str, source_sha256: str, encoding: str
) -> RawDocument:
    """The raw document of a decoded text, from a file or given as a string
    (`styrdok.analyze(text)`, round 58 nu58 fault 2b): both read the same metadata."""
    return RawDocument(
        doc_id=doc_id,
        source_path=source_path,
        source_sha256=source_sha256,
        encoding=encoding,
        text=text,
        # The same metadata rules as the PDF and Word readers (their bands are empty here).
        metadata=MappingProxyType(layout.band_metadata([], [], text)),
        table_rows=layout.text_table_rows(text),
    )
