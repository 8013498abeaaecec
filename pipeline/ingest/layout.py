"""Layout helpers shared by the PDF, Word and HTML readers.

Running headers and footers, page numbers and the metadata they carry (diarienummer,
adoption date) look the same whichever format a document arrives in, so the patterns
and the logic that recognises them live here.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from pipeline import patterns
from pipeline.ingest import HeadingSpan, Indent, TableRow

# Page numbers as Swedish public documents print them: "3", "Sida 3 av 7", "3 (7)",
# "3(7)", "- 3 -", "Sida 3", "3/7", "s. 3".
DEFAULT_PAGE_NUMBER_PATTERNS: tuple[str, ...] = (
    r"^\d{1,4}$",
    r"^(?:sida|sid\.?|s\.)\s*\d{1,4}(?:\s*(?:\(\s*av|av|\(|/)\s*\d{1,4}\s*\)?)?$",  # s. 2 (av 9)
    r"^\d{1,4}\s*\(\s*\d{1,4}\s*\)$",
    r"^\d{1,4}\s*(?:/|av)\s*\d{1,4}$",
    r"^[-–—]\s*\d{1,4}\s*[-–—]$",
)

DEFAULT_DIARIENUMMER_PATTERN = (
    r"(?:\b(?:Dnr|Diarienr|Diarienummer|Ärendenr|Ärendenummer)\.?:?\s*)"
    r"((?:[A-ZÅÄÖ]{1,6}(?:[ -][A-ZÅÄÖ]{1,6})?\s?)?"
    # after the label the register code may be left out (``Dnr 2026/114``, round 58 nu58
    # fault 2a), but a date is no case number
    r"(?!\d{4}-\d{2}-\d{2})\d{2,4}[/-]\d{1,6}(?:[/-]\d{1,6})?)"
    r"|\b([A-ZÅÄÖ]{2,6}\s\d{4}/\d{1,6})\b"
)

# a capitalised adoption participle, then a date on its line (patterns.DATE, round 47:
# ``Antagna vid årsmötet den 15 mars 2026``)
DEFAULT_ADOPTED_PATTERN = (
    rf"\b(?=[A-ZÅÄÖ])(?i:{patterns.ADOPTION_PARTICIPLE})\b[^\n]{{0,80}}?\b({patterns.DATE})\b"
)

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_PAGE_NUMBER_SUFFIX = re.compile(
    r"\s+(?:(?:sida|sid\.?|s\.)\s*\d{1,4}(?:\s*(?:av|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*\(\s*\d{1,4}\s*\)|\d{1,4}\s+av\s+\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])$",
    re.IGNORECASE,
)

T = TypeVar("T")


def options_from_mapping(cls: type[T], options: Mapping[str, Any] | None, what: str) -> T:
    """Build a frozen options dataclass from a config mapping, rejecting unknown keys.

    Lists in YAML become tuples so that the options stay hashable and immutable.
    """
    if options is None:
        return cls()
    if isinstance(options, cls):
        return options
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(options) - known)
    if unknown:
        raise ValueError(f"unknown {what} option(s): {', '.join(unknown)}")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    text_fields = {f.name for f in fields if f.type in ("str", str)}
    wrong = sorted(key for key in options
                   if key in text_fields and not isinstance(options[key], str))
    if wrong:
        raise ValueError(f"{what} option(s) {', '.join(wrong)}: expected a text")
    values = {key: tuple(value) if isinstance(value, list) else value
              for key, value in options.items()}
    return cls(**values)


GridCell = tuple[int, "str | None"]  # (grid column, text); None: covered from above


def fill_merged_rows(rows: Iterable[Sequence[GridCell]]) -> list[tuple[str, ...]]:
    """Table rows from cells on the grid, a cell covered by one spanning rows from above
    (Word `vMerge`, ODF `covered-table-cell`, HTML `rowspan`, a PDF box reaching down) as
    None: it takes the spanning cell's text when its row has text of its own, for the
    value belongs to every row it spans (newuser53 fault 2: a Delegat merged over two
    matters delegates both); a row without text of its own is dropped."""
    above: dict[int, str] = {}  # grid column -> text of the last cell starting there
    found: list[tuple[str, ...]] = []
    for row in rows:
        for column, text in row:
            if text is not None:
                above[column] = text
        if any(text for _, text in row if text is not None):
            found.append(tuple(above.get(column, "") if text is None else text
                               for column, text in row))
    return found


def compile_patterns(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


_DEFAULT_PAGE_NUMBER_RES = compile_patterns(DEFAULT_PAGE_NUMBER_PATTERNS)


def is_page_number(
    line: str, patterns: Sequence[re.Pattern[str]] = _DEFAULT_PAGE_NUMBER_RES
) -> bool:
    stripped = collapse_spaces(line)
    return any(pattern.match(stripped) for pattern in patterns)


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def repeat_key(line: str) -> str:
    """The form of a band line compared across pages: digits and spacing don't count."""
    return _DIGITS.sub("#", collapse_spaces(line).lower())


def strip_page_number(line: str) -> str:
    """`Region Örebro län Sida 3 av 7` -> `Region Örebro län` (for metadata values)."""
    return _PAGE_NUMBER_SUFFIX.sub("", collapse_spaces(line)).strip()


def running_keys(
    pages: Sequence[Iterable[str]], min_ratio: float, min_pages: int
) -> frozenset[str]:
    """Keys of band lines that repeat on at least `min_ratio` of the pages (and `min_pages`)."""
    if len(pages) < min_pages:
        return frozenset()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({repeat_key(line) for line in lines if line.strip()})
    needed = max(min_pages, min_ratio * len(pages))
    return frozenset(key for key, count in counts.items() if count >= needed)


def find_diarienummer(
    texts: Iterable[str], pattern: str = DEFAULT_DIARIENUMMER_PATTERN
) -> str | None:
    compiled = _compiled(pattern)
    for text in texts:
        match = compiled.search(text)
        if match:
            value = next(group for group in match.groups() if group)
            return collapse_spaces(value)
    return None


def find_adopted(texts: Iterable[str], pattern: str = DEFAULT_ADOPTED_PATTERN) -> str | None:
    compiled = _compiled(pattern)
    for text in texts:
        match = compiled.search(text)
        if match:
            return match.group(1)
    return None


_PATTERN_CACHE: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    compiled = _PATTERN_CACHE.get(pattern)
    if compiled is None:
        compiled = _PATTERN_CACHE[pattern] = re.compile(pattern)
    return compiled


def office_band_metadata(
    header_lines: Sequence[str],
    footer_lines: Sequence[str],
    body_text: str,
    page_number_patterns: Iterable[str],
    diarienummer_pattern: str = DEFAULT_DIARIENUMMER_PATTERN,
    adopted_pattern: str = DEFAULT_ADOPTED_PATTERN,
) -> dict[str, str]:
    """`band_metadata` of a word processor's header and footer lines (.docx, .odt), their
    page-number lines left out."""
    patterns = compile_patterns(page_number_patterns)
    return band_metadata(
        [line for line in header_lines if not is_page_number(line, patterns)],
        [line for line in footer_lines if not is_page_number(line, patterns)],
        body_text,
        diarienummer_pattern,
        adopted_pattern,
    )


def band_metadata(
    header_lines: Sequence[str],
    footer_lines: Sequence[str],
    body_text: str,
    diarienummer_pattern: str = DEFAULT_DIARIENUMMER_PATTERN,
    adopted_pattern: str = DEFAULT_ADOPTED_PATTERN,
    body_search_chars: int = 3000,
) -> dict[str, str]:
    """Metadata from removed header/footer lines, falling back to the start of the body."""
    metadata: dict[str, str] = {}
    header = _unique_lines(header_lines)
    footer = _unique_lines(footer_lines)
    if header:
        metadata["header"] = "\n".join(header)
    if footer:
        metadata["footer"] = "\n".join(footer)
    sources = [*header_lines, *footer_lines, body_text[:body_search_chars]]
    diarienummer = find_diarienummer(sources, diarienummer_pattern)
    if diarienummer:
        metadata["diarienummer"] = diarienummer
    adopted = find_adopted(sources, adopted_pattern)
    if adopted:
        metadata["adopted"] = adopted
    return metadata


def _unique_lines(lines: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for line in lines:
        if line and not is_page_number(line):
            seen.setdefault(strip_page_number(line), None)
    return list(seen)


# ---------------------------------------------------------------------------
# Body blocks (Word, HTML): paragraphs and tables in reading order, joined into text


@dataclasses.dataclass(frozen=True)
class BodyBlock:
    text: str
    cells: tuple[tuple[str, ...], ...] = ()  # table rows, when the block is a table
    indent: float | None = None  # where its first line starts, in points (see `Indent`)
    heading: int = 0  # the level of the heading element it was read from (0: none)


def footnote_block(number: int, text: str) -> BodyBlock:
    """A footnote as a paragraph of its own, `¹ text`: the superscript number a copied note
    starts with, which `normalize.layout` reads as the note's label (round 47)."""
    return BodyBlock(f"{patterns.superscript_digits(str(number))} {text}")


@dataclasses.dataclass(frozen=True)
class BodyText:
    """The text of body blocks and what lies where in it: table rows, indents, headings."""

    text: str
    rows: tuple[TableRow, ...]
    indents: tuple[Indent, ...]
    headings: tuple[HeadingSpan, ...]


def assemble_blocks(
    blocks: Iterable[BodyBlock],
) -> tuple[str, tuple[TableRow, ...], tuple[Indent, ...]]:
    """`assemble_body`'s text, table rows and indents."""
    body = assemble_body(blocks)
    return body.text, body.rows, body.indents


def assemble_body(blocks: Iterable[BodyBlock]) -> BodyText:
    """The text of body blocks, one blank line apart and ending in ``\n``; a table block
    gives one line per row (cells joined by `` | ``) and a `TableRow` for each; a block
    whose indent is known gives an `Indent`, a heading block (round 48, nu48 fault 2) a
    `HeadingSpan`, measured in the same pass (review 48a, 9)."""
    parts: list[str] = []
    length = 0
    rows: list[TableRow] = []
    indents: list[Indent] = []
    headings: list[HeadingSpan] = []
    for block in blocks:
        if parts:
            parts.append("\n\n")
            length += 2
        if not block.cells:
            if block.indent is not None:
                indents.append(Indent(length, length + len(block.text), block.indent))
            if block.heading:
                headings.append(HeadingSpan(length, length + len(block.text), block.heading))
            parts.append(block.text)
            length += len(block.text)
            continue
        for index, cells in enumerate(block.cells):
            if index:
                parts.append("\n")
                length += 1
            # a cell's own line breaks (two paragraphs in a Word cell) stay in `cells` only
            line = " | ".join(cells).replace("\n", " ")
            rows.append(TableRow(length, length + len(line), cells))
            parts.append(line)
            length += len(line)
    if parts:
        parts.append("\n")
    return BodyText("".join(parts), tuple(rows), tuple(indents), tuple(headings))


# ---------------------------------------------------------------------------
# Tables in plain text: pipe-, tab- or aligned-column rows


_ALIGNED_GAP = re.compile(r"\S(?: ?\S)*")  # cells: runs of text with at most single spaces


def text_table_rows(text: str, min_rows: int = 2) -> tuple[TableRow, ...]:
    """Rows of the tables in a text file: runs of at least `min_rows` consecutive lines that
    split the same way by ``|``, by tabs, or into columns aligned at the same positions."""
    lines = _lines_with_offsets(text)
    rows: list[TableRow] = []
    run: list[tuple[int, int, tuple[str, ...]]] = []
    run_kind: str | None = None
    run_columns: tuple[int, ...] = ()
    for start, line in lines:
        if patterns.TABLE_RULE.match(line):
            continue  # rule lines belong to the table but are no row
        kind, cells, columns = _row_shape(line)
        same = (
            kind is not None
            and kind == run_kind
            and (kind != "aligned" or _aligned_with(columns, run_columns))
            and (kind == "aligned" or abs(len(cells) - len(run[0][2])) <= 1)
        )
        if not same:
            rows.extend(_run_rows(run, run_kind, text, min_rows))
            run, run_kind, run_columns = [], kind, columns
        if kind is not None:
            run.append((start + _indent(line), start + len(line.rstrip()), cells))
    rows.extend(_run_rows(run, run_kind, text, min_rows))
    return tuple(rows)


# a Word heading's bare number; a dotted one (``3.``, ``3.1``) is a list label, so its line is
# never a tab row (`_row_shape`)
_BARE_NUMBER = re.compile(r"\d{1,3}\.?")
_PAGE_NUMBER = re.compile(r"\d{1,3}")
_HEADING_CELLS = 2  # Word's heading number, a tab, its heading


def _run_rows(
    run: list[tuple[int, int, tuple[str, ...]]], kind: str | None, text: str, min_rows: int
) -> list[TableRow]:
    """The table rows of a run of lines split alike. Round 45 (writer W, Word's plain text):
    a tab run under a contents heading whose rows end in page numbers is a contents list, no
    table; a Word heading ``3⇥Delegering`` right before a three-column table is no row (a
    wider table's rows split unlike the heading's two cells: the heading stands alone, a run
    of one line, no table)."""
    if kind == "tab" and run and _is_contents_run(run, text):
        return []
    if (
        kind == "tab"
        and len(run) > min_rows
        and len(run[0][2]) == _HEADING_CELLS
        and _BARE_NUMBER.fullmatch(run[0][2][0])
        and len(run[1][2]) > _HEADING_CELLS  # the table's header row after it
    ):
        run = run[1:]
    return [TableRow(*row) for row in run] if len(run) >= min_rows else []


def _is_contents_run(run: list[tuple[int, int, tuple[str, ...]]], text: str) -> bool:
    pages = [row[2][-1] for row in run]
    if not all(_PAGE_NUMBER.fullmatch(page) for page in pages):
        return False
    numbers = [int(page) for page in pages]
    before = text[: run[0][0]].rstrip().rsplit("\n", 1)[-1]
    return numbers == sorted(numbers) and patterns.is_contents_heading(before)


def _is_label(cell: str) -> bool:
    return bool(patterns.LIST_LABEL_WORD.match(cell) or patterns.TABBED_LABEL.fullmatch(cell))


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        found.append((position, line.rstrip("\r\n")))
        position += len(line)
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _row_shape(line: str) -> tuple[str | None, tuple[str, ...], tuple[int, ...]]:
    stripped = line.strip()
    if not stripped:
        return None, (), ()
    if "|" in stripped:
        inner = stripped.strip("|") if stripped.startswith("|") else stripped
        inner = inner[:-1] if inner.endswith("|") and not stripped.startswith("|") else inner
        cells = tuple(collapse_spaces(cell) for cell in inner.split("|"))
        if len(cells) >= 2 and any(cells):
            return "pipe", cells, ()
    if "\t" in stripped:
        cells = tuple(collapse_spaces(cell) for cell in stripped.split("\t") if cell.strip())
        if len(cells) == 2 and _is_label(cells[0]):
            return None, (), ()  # `1.⇥Text`, `•⇥text`: a list label and Word's tab after it
        if len(cells) >= 2:
            return "tab", cells, ()
    if "   " in stripped:
        matches = list(_ALIGNED_GAP.finditer(line))
        if len(matches) == 2 and _is_label(matches[0].group(0)):
            return None, (), ()  # `·   text`, `1.   text`: the gap after a list label is its indent
        if len(matches) >= 2 and all(len(m.group(0)) <= 60 for m in matches):
            return "aligned", tuple(m.group(0) for m in matches), tuple(m.start() for m in matches)
    return None, (), ()


def _aligned_with(columns: tuple[int, ...], run_columns: tuple[int, ...], slack: int = 2) -> bool:
    """Each column of the shorter row starts where one of the other row's columns does."""
    if not columns or not run_columns:
        return False
    short, long = sorted((columns, run_columns), key=len)
    return len(short) >= 2 and all(
        any(abs(column - other) <= slack for other in long) for column in short
    )
