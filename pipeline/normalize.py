"""Normalize: raw text with PDF-extraction damage → clean blocks of unwrapped text.

Undoes what text extraction does to a document: lines followed by empty lines,
paragraphs separated by lines holding a single space, page starts that continue a
paragraph, line-break hyphenation, running page numbers. The output text holds one
*block* (paragraph, heading, list item, table row) per line, blocks separated by a
blank line, and keeps for every character the span of raw characters it came from.
"""

from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline import patterns, reflow
from pipeline.ingest import RawDocument

BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class NormalizeOptions:
    """Layout rules; loaded from ``configs/normalize.yaml`` (see `from_mapping`)."""

    keep_hyphen_before: frozenset[str] = frozenset(
        {"och", "eller", "samt", "respektive", "resp", "som", "till", "liksom", "alternativt"}
    )
    page_artifact_patterns: tuple[str, ...] = (
        r"\d{1,3}",
        r"[Ss]ida\s+\d+(\s*(av|\()\s*\d+\)?)?",
        r"\d+\s*\(\d+\)",
        r"-\s*\d+\s*-",
    )
    short_line_ratio: float = 0.9
    min_lines_for_width: int = 10
    double_spaced_share: float = 0.6
    known_word_min_frequency: float = 1e-9
    word_list_language: str = "sv"
    unwrapped_line_chars: int = 160
    unwrapped_line_share: float = 0.8
    inline_split_min_chars: int = 200
    max_block_chars: int = 1500

    @classmethod
    def from_mapping(cls, values: dict | None) -> NormalizeOptions:
        values = dict(values or {})
        if "keep_hyphen_before" in values:
            values["keep_hyphen_before"] = frozenset(
                w.lower() for w in values["keep_hyphen_before"]
            )
        if "page_artifact_patterns" in values:
            values["page_artifact_patterns"] = tuple(values["page_artifact_patterns"])
        unknown = set(values) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown normalize options: {', '.join(sorted(unknown))}")
        return cls(**values)


@dataclass(frozen=True)
class Block:
    """A unit of layout in the normalized text: [start, end).

    ``sentence`` is 0 for a whole block, k >= 1 for the k-th sentence of a block longer
    than `NormalizeOptions.max_block_chars` that was split at sentence ends.
    """

    start: int
    end: int
    sentence: int = 0


@dataclass(frozen=True)
class Dehyphenation:
    """A hyphen at a word break and what was done with it.

    ``action`` is ``joined`` (hyphen removed), ``kept_compound`` (``IT-system``) or
    ``kept_suspended`` (``roll- och``). [start, end) is the resulting word in normalized text.
    """

    start: int
    end: int
    left: str
    right: str
    action: str
    at_line_break: bool


@dataclass(frozen=True)
class NormalizedDocument:
    raw: RawDocument
    text: str
    raw_starts: tuple[int, ...]
    raw_ends: tuple[int, ...]
    blocks: tuple[Block, ...]
    dehyphenations: tuple[Dehyphenation, ...] = field(default=())

    @property
    def doc_id(self) -> str:
        return self.raw.doc_id

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw characters that normalized characters [start, end) came from."""
        if not self.text:
            return 0, 0
        if end <= start:
            anchor = self.raw_starts[min(start, len(self.text) - 1)]
            return anchor, anchor
        return self.raw_starts[start], max(self.raw_ends[start:end])


# ---------------------------------------------------------------------------
# Mapped text: a string that remembers where each character came from.


@dataclass
class _Mapped:
    chars: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def add(self, text: str, raw_start: int, raw_end: int) -> None:
        """Append synthesized text (every char maps to the whole raw span)."""
        for ch in text:
            self.chars.append(ch)
            self.starts.append(raw_start)
            self.ends.append(raw_end)

    def extend(self, other: _Mapped) -> None:
        self.chars.extend(other.chars)
        self.starts.extend(other.starts)
        self.ends.extend(other.ends)

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def __len__(self) -> int:
        return len(self.chars)

    def slice(self, start: int, end: int) -> _Mapped:
        return _Mapped(self.chars[start:end], self.starts[start:end], self.ends[start:end])

    def without(self, drop: Iterable[int]) -> _Mapped:
        dropped = set(drop)
        keep = [i for i in range(len(self.chars)) if i not in dropped]
        return _Mapped(
            [self.chars[i] for i in keep],
            [self.starts[i] for i in keep],
            [self.ends[i] for i in keep],
        )


def nfc_mapped(text: str, base: int) -> _Mapped:
    """NFC-normalize `text`, mapping each output char to the raw cluster it came from."""
    if unicodedata.is_normalized("NFC", text):
        starts = list(range(base, base + len(text)))
        return _Mapped(list(text), starts, [start + 1 for start in starts])
    mapped = _Mapped()
    cluster_start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or unicodedata.combining(text[index]) == 0:
            cluster = text[cluster_start:index]
            composed = unicodedata.normalize("NFC", cluster)  # also Å (U+212B) → Å
            if composed == cluster:
                for offset, ch in enumerate(cluster):
                    mapped.add(ch, base + cluster_start + offset, base + cluster_start + offset + 1)
            else:
                mapped.add(composed, base + cluster_start, base + index)
            cluster_start = index
    return mapped


# ---------------------------------------------------------------------------
# Physical lines


@dataclass(frozen=True)
class _Line:
    text: str  # raw line without its line terminator
    start: int  # raw offset of text[0]

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()

    @property
    def is_empty(self) -> bool:
        return self.text == ""

    @property
    def trailing_spaces(self) -> int:
        return len(self.text) - len(self.text.rstrip(" \t"))


_LINE_BREAK = re.compile(r"\r\n|\r|\n|\f|\v|\u2028|\u2029|\x85")


def split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append(_Line(text[position : match.start()], position))
        position = match.end()
    lines.append(_Line(text[position:], position))
    return lines


# ---------------------------------------------------------------------------
# Layout rules

_LIST_MARKER = patterns.LIST_START
_NUMBERED_HEAD = patterns.NUMBERED_HEAD
_SENTENCE_END = patterns.SENTENCE_END
_NO_HEADING_END = patterns.NO_HEADING_END
_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A hyphen (ASCII, soft U+00AD or U+2010) between a word and the next one.
HYPHENS = "-\u00ad\u2010"
# The look-behind anchors the left word at its start, so a long run of word characters
# with no hyphen is scanned once (linear), not once per start position (quadratic).
_HYPHEN_BREAK = re.compile(rf"(?<!\w)(\w+)[{HYPHENS}][ ]([^\W\d_][\w]*)")
# Invisible characters dropped from the text (their raw offsets stay in the map): zero-width
# spaces and joiners, word joiner, BOM, bidi marks and C0/C1 controls other than whitespace.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def _starts_upper(text: str) -> bool:
    stripped = text.lstrip(" \t\"'”(")
    return bool(stripped) and stripped[0].isupper()


def _starts_lower(text: str) -> bool:
    stripped = text.lstrip(" \t")
    return bool(stripped) and stripped[0].islower()


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def is_list_start(text: str) -> bool:
    return bool(_LIST_MARKER.match(text.strip()))


def is_metadata_line(text: str) -> bool:
    """``Dnr KS 2023/123``, ``Antagen av kommunfullmäktige 2019-03-25, § 45``."""
    return (
        bool(patterns.METADATA_LINE.match(text))
        and len(text.split()) <= patterns.METADATA_MAX_WORDS
    )


def numbered_marker(text: str) -> str | None:
    match = _NUMBERED_HEAD.match(text.strip())
    return match.group(0) if match else None


def _artifact_matcher(options: NormalizeOptions) -> Callable[[str], bool]:
    patterns = [re.compile(rf"^\s*(?:{p})\s*$") for p in options.page_artifact_patterns]
    return lambda line: any(p.match(line) for p in patterns)


def _is_double_spaced(lines: Sequence[_Line], share: float) -> bool:
    """PDF text layers often put an empty line after every line; detect that layout."""
    content = [i for i, line in enumerate(lines) if not line.is_blank]
    if len(content) < 2:
        return False
    followed = sum(1 for i in content if i + 1 < len(lines) and lines[i + 1].is_empty)
    if followed / len(content) < share:
        return False
    # Plain text with one paragraph per line looks the same; PDF layers also show
    # whitespace-only separator lines or words hyphenated across the empty lines.
    has_space_separators = any(line.is_blank and not line.is_empty for line in lines)
    has_split_words = any(re.search(r"\w-$", lines[i].text.rstrip()) for i in content)
    return has_space_separators or has_split_words


def _is_unwrapped(lines: Sequence[_Line], options: NormalizeOptions) -> bool:
    """Web text and flattened text: a line is a paragraph (or a page), never a wrapped line.

    Either the lines are longer than any printed line, or no blank line separates
    paragraphs and almost every line ends a sentence or is short (a heading or an item).
    """
    content = [line.stripped for line in lines if not line.is_blank]
    widths = [len(text) for text in content]
    if len(widths) < 2:
        return bool(widths) and widths[0] >= options.unwrapped_line_chars
    if statistics.quantiles(widths, n=4)[2] >= options.unwrapped_line_chars:
        return True
    if len(content) < 4 or any(line.is_blank for line in lines[:-1]):
        return False
    ends = sum(1 for text in content if _ends_sentence(text) or len(text.split()) <= 8)
    return ends >= options.unwrapped_line_share * len(content)


def _typical_width(lines: Sequence[_Line], minimum_lines: int) -> float | None:
    widths = sorted(len(line.text.rstrip()) for line in lines if not line.is_blank)
    if len(widths) < minimum_lines:
        return None
    return statistics.quantiles(widths, n=4)[2]


def _paragraph_groups(
    lines: list[_Line], options: NormalizeOptions, structured: bool = False
) -> list[list[_Line]]:
    """Group content lines into paragraphs using the document's separator convention."""
    double_spaced = not structured and _is_double_spaced(lines, options.double_spaced_share)
    groups: list[list[_Line]] = [[]]
    for line in lines:
        if line.is_blank:
            is_separator = not line.is_empty if double_spaced else True
            if is_separator and groups[-1]:
                groups.append([])
            continue
        groups[-1].append(line)
    groups = [group for group in groups if group]
    return groups if structured else _join_broken_groups(groups)


def _join_broken_groups(groups: list[list[_Line]]) -> list[list[_Line]]:
    """A blank line inside a sentence (a page break in copied PDF text) does not end it:
    ``… leda och samordna`` ⏎⏎ ``förvaltningen av …`` is one paragraph."""
    joined: list[list[_Line]] = []
    for group in groups:
        if joined and _breaks_mid_sentence(joined[-1][-1], group[0]):
            joined[-1].extend(group)
        else:
            joined.append(group)
    return joined


def _breaks_mid_sentence(last: _Line, first: _Line) -> bool:
    text = last.stripped
    return (
        len(text.split()) > 5
        and not _NO_HEADING_END.search(text)
        and _starts_lower(first.text)
        and not is_list_start(first.stripped)
        and numbered_marker(first.stripped) is None
    )


def _is_heading_line(line: _Line) -> bool:
    text = line.stripped
    return (
        numbered_marker(text) is not None
        and not _NO_HEADING_END.search(text)
        and (len(text.split()) >= 2 and not is_list_start(text))
    )


def _split_group(
    group: list[_Line], width: float | None, options: NormalizeOptions, unwrapped: bool = False
) -> list[list[_Line]]:
    """Split a paragraph group into blocks at headings, list items and paragraph ends."""
    blocks: list[list[_Line]] = [[]]
    in_heading = False
    for index, line in enumerate(group):
        text = line.stripped
        previous = group[index - 1] if index else None
        following = group[index + 1] if index + 1 < len(group) else None
        starts_block = (
            bool(blocks[-1])
            and previous is not None
            and (
                is_list_start(text)
                or (
                    numbered_marker(text) is not None
                    and (
                        _ends_sentence(previous.stripped)
                        or in_heading
                        or _continues_numbering(blocks[-1][0].stripped, text)
                    )
                )
            )
        )
        if starts_block:
            blocks.append([])
            in_heading = False
        if not blocks[-1]:
            in_heading = _is_heading_line(line)
        blocks[-1].append(line)
        if following is None:
            continue
        if unwrapped:
            ends = _ends_unwrapped_line(line, following)
        else:
            ends = _ends_block(line, following, in_heading, width, options, len(blocks[-1]) == 1)
        if ends:
            blocks.append([])
            in_heading = False
    return [block for block in blocks if block]


def _continues_numbering(block_start: str, text: str) -> bool:
    """``2. framställningar …`` on the line after item ``1. …``: the next item."""
    before, after = numbered_marker(block_start), numbered_marker(text)
    first = reflow.parse_number(before) if before else None
    number = reflow.parse_number(after) if after else None
    return first is not None and number is not None and number in reflow.successors(first)


def _ends_unwrapped_line(line: _Line, following: _Line) -> bool:
    """In unwrapped text a line break ends a block unless the line is cut mid-sentence."""
    text = line.stripped
    if text.endswith(tuple(HYPHENS)) or _starts_lower(following.text):
        return False
    if _continues_metadata(text, following):
        return False
    return _ends_sentence(text) or len(text.split()) <= 12


def _continues_metadata(text: str, following: _Line) -> bool:
    """Registration and adoption lines printed together are one metadata block."""
    return is_metadata_line(text) and is_metadata_line(following.stripped)


def _ends_block(
    line: _Line,
    following: _Line,
    in_heading: bool,
    width: float | None,
    options: NormalizeOptions,
    first_line: bool,
) -> bool:
    text = line.stripped
    if text.endswith(tuple(HYPHENS)) or _starts_lower(following.text):
        return False
    if _continues_metadata(text, following):
        return False
    if in_heading:
        return True
    if line.trailing_spaces >= 2 and _ends_sentence(text):
        return True
    if width is None or not _starts_upper(following.text):
        return False
    is_short = len(line.text.rstrip()) < options.short_line_ratio * width
    if is_short and _ends_sentence(text):
        return True
    # An unnumbered heading: a short first line without final punctuation.
    return first_line and is_short and not _NO_HEADING_END.search(text) and len(text.split()) <= 12


# ---------------------------------------------------------------------------
# Hyphenation


@lru_cache(maxsize=4)
def _word_frequencies(language: str) -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict(language)


def hyphen_action(left: str, right: str, options: NormalizeOptions) -> str:
    """Decide what a hyphen between `left` and `right` is: a word break or a real hyphen."""
    if right.lower() in options.keep_hyphen_before:
        return "kept_suspended"
    if right[:1].isupper() or right[:1].isdigit() or any(ch.isdigit() for ch in left):
        return "kept_compound"
    if len(left) == 1 or (left.isupper() and len(left) >= 2):
        return "kept_compound"
    words = _word_frequencies(options.word_list_language)
    joined = (left + right).lower()
    if words.get(joined, 0.0) >= options.known_word_min_frequency:
        return "joined"
    left_known = words.get(left.lower(), 0.0) >= options.known_word_min_frequency
    right_known = words.get(right.lower(), 0.0) >= options.known_word_min_frequency
    if len(left) <= 3 and left_known and right_known:
        return "kept_compound"
    return "joined"


def _dehyphenate(
    block: _Mapped, line_breaks: set[int], options: NormalizeOptions
) -> tuple[_Mapped, list[tuple[int, int, str, str, str, bool]]]:
    """Resolve every ``word- word`` in a block; returns the block and the decisions made."""
    text = block.text
    drop: list[int] = []
    decisions: list[tuple[int, int, str, str, str, bool]] = []
    for match in _HYPHEN_BREAK.finditer(text):
        left, right = match.group(1), match.group(2)
        hyphen_at = match.start(2) - 2
        action = hyphen_action(left, right, options)
        if action == "joined":
            drop.extend([hyphen_at, hyphen_at + 1])
        elif action == "kept_compound":
            drop.append(hyphen_at + 1)
        decisions.append(
            (match.start(1), match.end(2), left, right, action, hyphen_at + 1 in line_breaks)
        )
    if not drop:
        return block, decisions
    dropped = sorted(drop)
    shifted = []
    for start, end, left, right, action, at_break in decisions:
        new_start = start - bisect.bisect_left(dropped, start)
        new_end = end - bisect.bisect_left(dropped, end)
        shifted.append((new_start, new_end, left, right, action, at_break))
    return block.without(dropped), shifted


# ---------------------------------------------------------------------------
# Assembly


def _block_text(lines: list[_Line]) -> tuple[_Mapped, set[int]]:
    """Join a block's lines with single spaces; collapse inline whitespace runs."""
    mapped = _Mapped()
    line_breaks: set[int] = set()
    for index, line in enumerate(lines):
        left_trim = len(line.text) - len(line.text.lstrip())
        body = line.text.strip()
        if index:
            previous = lines[index - 1]
            gap_start = previous.start + len(previous.text.rstrip())
            line_breaks.add(len(mapped))
            mapped.add(" ", gap_start, line.start + left_trim)
        piece = nfc_mapped(body, line.start + left_trim)
        collapsed_drop = [
            match.start() + offset
            for match in _INLINE_SPACE.finditer(piece.text)
            for offset in range(1, match.end() - match.start())
        ]
        # Soft hyphens inside a line are invisible break hints; one ending the line is a
        # line-break hyphen and is resolved like "-".
        soft = [i for i, ch in enumerate(piece.chars[:-1]) if ch == "\u00ad"]
        invisible = [match.start() for match in _INVISIBLE.finditer(piece.text)]
        piece = piece.without([*collapsed_drop, *soft, *invisible])
        piece.chars = [" " if ch.isspace() else ch for ch in piece.chars]
        mapped.extend(piece)
    return mapped, line_breaks


def normalize(raw: RawDocument, options: NormalizeOptions | None = None) -> NormalizedDocument:
    """Turn a raw document's text into blocks of clean, unwrapped, dehyphenated text."""
    options = options or NormalizeOptions()
    # Structured readers removed page numbers already; a lone "3" there is content.
    is_artifact = (
        (lambda _: False) if raw.structured else _artifact_matcher(options)
    )
    lines = [line for line in split_lines(raw.text) if line.is_blank or not is_artifact(line.text)]
    # Structured readers (PDF geometry, Word paragraphs) already mark paragraph ends;
    # the line-width heuristics are only for text that lost them.
    lines = [line for line in lines if not patterns.TABLE_RULE.match(line.text)]
    structured = raw.structured
    unwrapped = not structured and _is_unwrapped(lines, options)
    width = (
        None if structured or unwrapped else _typical_width(lines, options.min_lines_for_width)
    )
    table_starts = {row.start for row in raw.table_rows}
    output = _Output()
    numbering = reflow.Numbering()
    for group in _paragraph_groups(lines, options, structured):
        for block_lines in _split_table_rows(group, table_starts):
            is_table = block_lines[0].start in table_starts
            # Structured readers already cut paragraphs: their lines are never split again.
            whole = is_table or structured
            for piece_lines in (
                [block_lines] if whole else _split_group(block_lines, width, options, unwrapped)
            ):
                mapped, line_breaks = _block_text(piece_lines)
                mapped, decisions = _dehyphenate(mapped, line_breaks, options)
                if not mapped.chars:
                    continue
                pieces = (
                    [(0, len(mapped), 0)] if is_table else _pieces(mapped.text, numbering, options)
                )
                for start, end, sentence in pieces:
                    output.add_block(mapped, decisions, start, end, sentence)
    return NormalizedDocument(
        raw=raw,
        text=output.mapped.text,
        raw_starts=tuple(output.mapped.starts),
        raw_ends=tuple(output.mapped.ends),
        blocks=tuple(output.blocks),
        dehyphenations=tuple(output.dehyphenations),
    )


Decision = tuple[int, int, str, str, str, bool]


@dataclass
class _Output:
    mapped: _Mapped = field(default_factory=_Mapped)
    blocks: list[Block] = field(default_factory=list)
    dehyphenations: list[Dehyphenation] = field(default_factory=list)

    def add_block(
        self, block: _Mapped, decisions: list[Decision], start: int, end: int, sentence: int
    ) -> None:
        """Append block[start:end] (one block of the output) and its dehyphenations."""
        piece = block.slice(start, end) if (start, end) != (0, len(block)) else block
        if self.mapped.chars:
            self.mapped.add(BLOCK_SEPARATOR, self.mapped.ends[-1], piece.starts[0])
        offset = len(self.mapped)
        self.mapped.extend(piece)
        self.blocks.append(Block(offset, len(self.mapped), sentence))
        first = bisect.bisect_left(decisions, (start,))  # decisions are in text order
        for s, e, left, right, action, at_break in decisions[first:]:
            if s >= end:
                break
            if e <= end:
                self.dehyphenations.append(Dehyphenation(
                    offset + s - start, offset + e - start, left, right, action, at_break
                ))


def _pieces(
    text: str, numbering: reflow.Numbering, options: NormalizeOptions
) -> list[tuple[int, int, int]]:
    """Blocks within one layout block: cut at inline numbering, then (too long) at sentences."""
    if len(text) >= options.inline_split_min_chars:
        cuts = reflow.inline_cuts(text, numbering)
    else:
        reflow.note_leading(text, numbering)
        cuts = []
    bounds = [0, *cuts, len(text)]
    if cuts:  # a flattened line: numbered headings printed inline end at their last word
        spans = zip(bounds, bounds[1:], strict=False)
        headings = (reflow.inline_heading_end(text, a, b) for a, b in spans)
        bounds = sorted({*bounds, *(end for end in headings if end is not None)})
    pieces: list[tuple[int, int, int]] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        start, end = _trimmed(text, start, end)
        if start >= end:
            continue
        if end - start > options.max_block_chars:
            spans = [_trimmed(text, *span) for span in reflow.sentence_spans(text, start, end)]
            spans = [(a, b) for a, b in spans if a < b]
            if len(spans) > 1:
                pieces.extend((a, b, k) for k, (a, b) in enumerate(spans, start=1))
                continue
        pieces.append((start, end, 0))
    return pieces


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def _split_table_rows(group: list[_Line], table_starts: set[int]) -> list[list[_Line]]:
    """Table rows (from PDF/Word readers) are blocks of their own, one line each."""
    if not table_starts:
        return [group]
    pieces: list[list[_Line]] = [[]]
    for line in group:
        if line.start in table_starts:
            pieces.extend([[line], []])
        else:
            pieces[-1].append(line)
    return [piece for piece in pieces if piece]
