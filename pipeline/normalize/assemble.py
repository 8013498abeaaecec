"""Assembly: `normalize()` runs the stage and builds the output text with its offset map.

Drops page-number and table-rule lines, groups and splits lines by the layout rules, joins
each block's lines into one line of text (inline whitespace collapsed, invisible characters
dropped, NFC), resolves hyphenation, cuts blocks at inline numbering and over-long blocks
at sentence ends, and concatenates the blocks with `BLOCK_SEPARATOR`, keeping for every
output character the raw span it came from.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline import patterns
from pipeline.ingest import RawDocument, TableRow
from pipeline.language.abbreviations import has_list_label_line
from pipeline.normalize import (
    cell_rows,
    contact_blocks,
    contents,
    field_runs,
    flat_rows,
    glued_heading,
    glued_title,
    inline_headings,
    markdown_marks,
    page_furniture,
    page_headers,
    reflow,
    section_headings,
    signature,
    web_chrome,
)
from pipeline.normalize.footnotes import footnote_order
from pipeline.normalize.hyphenation import dehyphenate
from pipeline.normalize.layout import (
    continued_numbering_starts,
    continues_with_space,
    follows_field_label,
    follows_paragraph_signs,
    is_field_label_line,
    is_metadata_line,
    is_unwrapped,
    is_viewer_line,
    keeps_sentence_lines,
    paragraph_groups,
    separates_with_blank_lines,
    split_group,
    split_table_rows,
    typical_width,
)
from pipeline.normalize.lines import (
    Line,
    artifact_matcher,
    copied_bullets,
    indented_bullets,
    line_end_page_number_lines,
    page_counter_spans,
    page_marker_spans,
    split_lines,
    without_bracket_counters,
)
from pipeline.normalize.mapped import Mapped, nfc_mapped
from pipeline.normalize.model import (
    BLOCK_SEPARATOR,
    Block,
    Dehyphenation,
    NormalizedDocument,
    NormalizeOptions,
)
from pipeline.normalize.spacing import spaced_coordination_hyphens, spaced_parentheticals
from pipeline.normalize.statute_print import print_lines
from pipeline.normalize.words import configured_actor_lexicon

if TYPE_CHECKING:
    from pipeline.language.lexicon import ActorLexicon

# Fewer content lines than this: the whole document was flattened onto one line (title and
# text together); that line is no paragraph or page.
_MIN_LINES_KEPT = 2
_TITLE_BODY_LINES = 2  # a title line, then one flattened body line
# Runs of two or more: a single space or tab has nothing to collapse (it becomes " ").
_INLINE_SPACE = re.compile(rf"[ \t{patterns.PRINTED_SPACES}]{{2,}}")
# Whitespace other than the plain space (what `str.isspace` and `\s` agree on).
_OTHER_SPACE = re.compile(r"[^\S ]")
# A list bullet left alone in its block (a web page's empty bullet, or the bullet before an
# adoption line cut off as metadata): furniture, no block.
_LONE_BULLET = re.compile(r"[•●○◦▪■□‣⁃∙·]")
# Invisible characters dropped from the text (their raw offsets stay in the map): zero-width
# spaces and joiners, word joiner, BOM, bidi marks and C0/C1 controls other than whitespace.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def _block_text(lines: list[Line], coordinators: frozenset[str]) -> tuple[Mapped, set[int]]:
    """Join a block's lines with single spaces; collapse inline whitespace runs; space a
    hyphen glued to one of the `coordinators` (normalize.yaml `keep_hyphen_before`)."""
    mapped = Mapped()
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
        text = piece.text
        collapsed_drop = [
            match.start() + offset
            for match in _INLINE_SPACE.finditer(text)
            for offset in range(1, match.end() - match.start())
        ]
        # Soft hyphens inside a line are invisible break hints; one ending the line is a
        # line-break hyphen and is resolved like "-".
        soft = (
            [i for i, ch in enumerate(piece.chars[:-1]) if ch == "\u00ad"]
            if "\u00ad" in text
            else []
        )
        invisible = [match.start() for match in _INVISIBLE.finditer(text)]
        drop = [*collapsed_drop, *soft, *invisible]
        if drop:  # most lines drop nothing: no copy of the piece, no second join
            piece = piece.without(drop)
            text = piece.text
        if _OTHER_SPACE.search(text):
            piece.chars = [" " if ch.isspace() else ch for ch in piece.chars]
        # ``(Förbundet)ändamål``, ``Bygg-och miljönämnden`` (round 37)
        mapped.extend(spaced_coordination_hyphens(spaced_parentheticals(piece), coordinators))
    return mapped, line_breaks


def _artifact_lines(lines: list[Line], options: NormalizeOptions) -> frozenset[int]:
    """The indices of the content lines that are page furniture (page numbers, counters)."""
    is_artifact = artifact_matcher(options)
    return frozenset(
        index
        for index, line in enumerate(lines)
        if not line.is_blank
        and is_artifact(line.text)
        # "Utgåva" ⏎ "2": a field label's value (round 56, analysis 56b-cl L1)
        and not (index and is_field_label_line(lines[index - 1].text))
    )


def _moved_starts(rows: dict[int, int], before: list[Line], after: list[Line]) -> dict[int, int]:
    """`rows` (a cell table's, keyed by its rows' raw line starts) keyed by the starts of
    `after`, the lines of `before` one for one with their starts moved past a Markdown
    heading or quote sign (``> Semester``: review 45c)."""
    if not rows:
        return rows
    moved = {old.start: new.start for old, new in zip(before, after, strict=True)}
    return {moved.get(start, start): count for start, count in rows.items()}


def _cell_table(raw: RawDocument, raw_lines: list[Line]) -> dict[int, int]:
    """The rows of a web table copied one cell a line (round 45) and of a list of
    abbreviations copied so (round 46; read only where a line is its label alone): each row's
    first raw start → its line count. None in a structured reader's text."""
    if raw.structured:
        return {}
    rows = cell_rows.cell_table_rows(raw_lines)
    if has_list_label_line(raw.text):
        rows |= cell_rows.glossary_rows(raw_lines)
    return rows


def _reading_order(
    raw: RawDocument, raw_lines: list[Line], artifacts: frozenset[int]
) -> list[Line]:
    """The raw lines in reading order without page furniture and web chrome: page numbers
    (`artifacts`), a title repeated under a later page's counter (round 43, cause 8), running
    footers and headers beside the counters with the empty lines the text runs on over (round
    44, probe44 S2), web chrome and share links (rounds 43, 45); a footnote between a
    sentence's halves at a page's foot goes after the sentence (round 46)."""
    repeats = (
        frozenset()
        if raw.structured
        else page_headers.title_repeats_after_counters(raw_lines, artifacts)
    )
    chrome = frozenset() if raw.structured else web_chrome.web_chrome_lines(raw_lines)
    chrome |= web_chrome.share_lines(raw_lines)  # any reader's share/print links
    chrome |= web_chrome.title_trail_lines(raw_lines)  # `# Titel` ⏎ `Start › … › Titel`
    removed = artifacts | repeats
    if not raw.structured:
        removed |= page_furniture.running_furniture_lines(raw_lines, artifacts, raw.text)
    joins = page_furniture.page_break_joins(raw_lines, removed) if removed else frozenset()
    in_order = (
        list(enumerate(raw_lines))
        if raw.structured
        else footnote_order(raw_lines, raw.text, removed)
    )
    return [
        line
        for index, line in in_order
        if (line.is_blank and index not in joins)
        or not (line.is_blank or index in removed or index in chrome)
    ]


Decision = tuple[int, int, str, str, str, bool]


def normalize(raw: RawDocument, options: NormalizeOptions | None = None) -> NormalizedDocument:
    """Turn a raw document's text into blocks of clean, unwrapped, dehyphenated text (with
    the word lists of the run's own layout.yaml, `options.layout_path`, where it has one)."""
    options = options or NormalizeOptions()
    with patterns.using_layout(options.layout_path):
        return _normalized(raw, options)


def _normalized(raw: RawDocument, options: NormalizeOptions) -> NormalizedDocument:
    lines, cell_table = _content_lines(raw, options)
    layout = _layout(lines, options, raw.structured)
    lines, cell_table, cell_table_rows = _table_blocks(lines, cell_table, raw.structured, options)
    built, marker_cut = _built_blocks(raw, lines, options, layout, cell_table)
    output = _assembled(built, marker_cut, lines, options, layout.blank_separated)
    if cell_table_rows:  # the segmenter reads them as table rows (round 45)
        rows = sorted((*raw.table_rows, *cell_table_rows), key=lambda row: row.start)
        raw = dataclasses.replace(raw, table_rows=tuple(rows))
    return NormalizedDocument(
        raw=raw,
        text=output.mapped.text,
        raw_starts=tuple(output.mapped.starts),
        raw_ends=tuple(output.mapped.ends),
        blocks=tuple(output.blocks),
        dehyphenations=tuple(output.dehyphenations),
    )


def _content_lines(
    raw: RawDocument, options: NormalizeOptions
) -> tuple[list[Line], dict[int, int]]:
    """The raw document's content lines in reading order, without page furniture, Markdown
    marks or table rules, and its copied cell table (`_cell_table`) keyed by their starts."""
    raw_lines = split_lines(raw.text)
    # Structured readers removed page numbers already; a lone "3" there is content.
    artifacts = frozenset() if raw.structured else _artifact_lines(raw_lines, options)
    cell_table = _cell_table(raw, raw_lines)
    if cell_table:  # a copied table's row numbers are no page numbers
        artifacts = frozenset(i for i in artifacts if raw_lines[i].start not in cell_table)
    lines = _reading_order(raw, raw_lines, artifacts)
    if not raw.structured:
        lines, cell_table = _plain_text_lines(raw.text, lines, cell_table, options)
    lines = web_chrome.link_imperative_lines(lines, raw.text)  # round 51: ``… Läs mer om jäv``
    lines = [line for line in lines if not patterns.TABLE_RULE.match(line.text)]
    return lines, cell_table


def _plain_text_lines(
    text: str, lines: list[Line], cell_table: dict[int, int], options: NormalizeOptions
) -> tuple[list[Line], dict[int, int]]:
    """The lines of a plain text (no structured reader) without bracket counters, Markdown
    and site heading marks, link labels, page numbers at a line's end, and a statute print
    unglued; `cell_table` keyed by the moved starts."""
    lines = indented_bullets(copied_bullets(without_bracket_counters(lines)))  # round 54
    unquoted = markdown_marks.unquoted_mail_lines(lines)  # round 54, nu54-3: ``> `` e-mail
    cell_table = _moved_starts(cell_table, lines, unquoted)
    lines = unquoted
    unmarked = markdown_marks.unmarked_site_lines(lines, options.site_heading_marks)
    cell_table = _moved_starts(cell_table, lines, unmarked)  # round 49, az R1: `/r3/ …`
    lines = unmarked
    if "#" in text and markdown_marks.is_markdown(lines):  # round 45: a .txt export
        unmarked = [markdown_marks.unmarked_line(line) for line in lines]
        cell_table = _moved_starts(cell_table, lines, unmarked)
        lines = unmarked
    lines = web_chrome.unlabelled_lines(lines, text)  # round 50, b6: a site's link labels
    lines = line_end_page_number_lines(lines, options)  # ``… i 2⏎syfte att …``
    lines = print_lines(lines)  # a statute print glued onto one line (round 43, be-C4)
    return lines, cell_table


@dataclass(frozen=True)
class _Layout:
    """How a document's lines are laid out (`layout`), read before its copied tables lose
    their empty cells. Structured readers (PDF geometry, Word paragraphs) already mark
    paragraph ends; the line-width heuristics are only for text that lost them."""

    structured: bool
    unwrapped: bool
    blank_separated: bool
    space_continues: bool
    sentence_lines: bool
    width: float | None


def _layout(lines: list[Line], options: NormalizeOptions, structured: bool) -> _Layout:
    unwrapped = not structured and is_unwrapped(lines, options)
    return _Layout(
        structured=structured,
        unwrapped=unwrapped,
        blank_separated=separates_with_blank_lines(lines, options),
        space_continues=not structured and continues_with_space(lines),  # round 36, T2
        sentence_lines=not structured and keeps_sentence_lines(lines, options),  # round 43
        width=(
            None if structured or unwrapped else typical_width(lines, options.min_lines_for_width)
        ),
    )


def _table_blocks(
    lines: list[Line], cell_table: dict[int, int], structured: bool, options: NormalizeOptions
) -> tuple[list[Line], dict[int, int], tuple[TableRow, ...]]:
    """The lines without the empty lines inside a block kept whole, the first line starts
    of those blocks → their line counts, and the copied web table's rows."""
    # a web table copied one cell a line: each row one block (round 45); the layout flags
    # read its empty cells as the empty lines they are
    # a delegation table pasted one row a line: each row a block, its cells cut (round 51)
    # and its list of abbreviations above it, one row a line
    flat = (
        {}
        if structured
        else flat_rows.flat_table_rows(lines, options.laws_path, options.delegations_path)
    )
    legend = flat_rows.legend_rows(lines, flat) if flat else {}
    if flat:
        flat |= legend
        cell_table = {**cell_table, **dict.fromkeys(flat, 1)}
    cell_table_rows = cell_rows.table_rows(lines, cell_table, flat) if cell_table else ()
    if legend:  # the key table's label line (``Förkortningar``): a block of its own
        cell_table |= dict.fromkeys(flat_rows.legend_labels(lines, legend), 1)
    # a contents list one entry a line: one block (round 45), a PDF's too (round 46)
    cell_table |= contents.contents_rows(lines, structured=structured)
    # a contact card one field a line: one block (round 46, bm cause 9); a structured
    # reader's card one field a paragraph too (a web page's `<p>` each: round 51, newuser50b
    # fault 6), its paragraphs' blank lines no card's end
    cell_table |= contact_blocks.contact_rows(
        [line for line in lines if not line.is_blank] if structured else lines)
    if cell_table:
        lines = cell_rows.without_inner_blanks(lines, cell_table)
    return lines, cell_table, cell_table_rows


@dataclass(frozen=True)
class _PageMarks:
    """Running page markers and counters (`_markers`) and the raw starts of the repeated
    page headers among them (round 30, S3)."""

    markers: list[tuple[int, int]]
    header_starts: frozenset[int]


def _page_marks(text: str, options: NormalizeOptions, structured: bool) -> _PageMarks:
    headers = () if structured else tuple(page_headers.repeated_header_spans(text))  # S3
    markers = [] if structured else _markers(text, options, headers)
    return _PageMarks(markers, frozenset(start for start, _ in headers))


_Built = tuple[Mapped, list[Decision], bool]


def _built_blocks(
    raw: RawDocument,
    lines: list[Line],
    options: NormalizeOptions,
    layout: _Layout,
    cell_table: dict[int, int],
) -> tuple[list[_Built], set[int]]:
    """The layout blocks' texts (with dehyphenations and whether a table row) and the
    indices of those cut where a page marker was, or a page counter dropped from them."""
    table_starts = {row.start for row in raw.table_rows}
    marks = _page_marks(raw.text, options, layout.structured)
    # round 49, az C4
    numbered = frozenset() if layout.structured else continued_numbering_starts(lines)
    built: list[_Built] = []
    marker_cut: set[int] = set()
    previous_group: list[Line] = []
    for group in paragraph_groups(lines, options, layout.structured):
        # a blank-line block after `§ N` blocks is one paragraph (round 24, cause C9)
        joined = layout.blank_separated or follows_paragraph_signs(previous_group, group)
        previous_group = group
        for block_lines in split_table_rows(group, table_starts, cell_table):
            is_table = block_lines[0].start in table_starts or block_lines[0].start in cell_table
            # Structured readers already cut paragraphs: their lines are never split again.
            whole = is_table or layout.structured
            pieces_of_block = (
                [block_lines]
                if whole
                else _layout_pieces(block_lines, layout, options, joined, numbered)
            )
            for piece_lines in pieces_of_block:
                kept, dropped = _piece_texts(piece_lines, options, marks)
                for mapped, decisions in kept:
                    if mapped.chars:
                        if dropped:
                            marker_cut.add(len(built))
                        built.append((mapped, decisions, is_table))
    return built, marker_cut


def _layout_pieces(
    lines: list[Line],
    layout: _Layout,
    options: NormalizeOptions,
    joined: bool,
    numbered: frozenset[int],
) -> list[list[Line]]:
    """A block of plain-text lines split by the layout rules (`layout.split_group`)."""
    return split_group(
        lines,
        layout.width,
        options,
        layout.unwrapped,
        joined,
        layout.space_continues,
        layout.sentence_lines,
        numbered,
    )


def _piece_texts(
    lines: list[Line], options: NormalizeOptions, marks: _PageMarks
) -> tuple[list[tuple[Mapped, list[Decision]]], bool]:
    """A block's joined, dehyphenated text cut where page markers stood, and whether a
    marker or counter was dropped from it: flattened text, cut where a page marker was, or
    a page counter dropped from it (``4 4 (6) Sammanträden …``)."""
    mapped, line_breaks = _block_text(lines, options.keep_hyphen_before)
    mapped, decisions = dehyphenate(mapped, line_breaks, options)
    kept = _without_page_markers(mapped, decisions, marks.markers, marks.header_starts)
    dropped = len(kept) > 1 or sum(len(piece) for piece, _ in kept) < len(mapped)
    return kept, dropped


def _assembled(
    built: list[_Built],
    marker_cut: set[int],
    lines: list[Line],
    options: NormalizeOptions,
    blank_separated: bool,
) -> _Output:
    """The output text: each built block cut into its pieces (`_pieces`), a table row
    whole, a bullet glyph alone dropped."""
    limit = _sentence_split_chars(lines, options)
    content_lines = sum(1 for line in lines if not line.is_blank)
    single_line = content_lines < _MIN_LINES_KEPT
    # a title line and the whole body flattened onto the next (round 24, cause C6)
    title_body = content_lines == _TITLE_BODY_LINES
    output = _Output()
    numbering = reflow.Numbering()
    long_texts = [
        (index, mapped.text) for index, (mapped, _, is_table) in enumerate(built)
        if not is_table and len(mapped.text) >= options.inline_split_min_chars
    ]
    viewer_pages = _viewer_page_lines(built)  # round 57 (analysis 57-cq A)
    for index, (mapped, decisions, is_table) in enumerate(built):
        if is_table:
            output.add_block(mapped, decisions, 0, len(mapped), 0, False)
            continue
        after_metadata = (index > 0 and is_metadata_line(built[index - 1][0].text)
                          and not is_metadata_line(mapped.text))
        pieces = _pieces(
            mapped.text, numbering, options, limit, single_line,
            _following_pages(built, index, long_texts), index in marker_cut, after_metadata,
            options.body_line_headings and title_body and index > 0,
            colon_dashes=blank_separated, viewer_page=index in viewer_pages,
        )
        unstopped = section_headings.unstopped_ends(
            mapped.text
        ) | reflow.unstopped_before_attachments(mapped.text)
        for start, end, sentence in pieces:
            if _LONE_BULLET.fullmatch(mapped.text[start:end].strip()):
                continue  # round 43, 43-bf cause 5: a bullet glyph alone is no clause
            output.add_block(mapped, decisions, start, end, sentence, end in unstopped)
    return output


def _following_pages(
    built: list[_Built], index: int, long_texts: list[tuple[int, str]]
) -> list[str]:
    """The texts after block `index` that tell whether it is a page line: the long blocks
    after a line opening ``1 `` (page 1 is known by the pages after it), the next block
    after a fused counter (round 41, aw-S2: ``3(6) …`` ⏎ ``4(6) …``)."""
    text = built[index][0].text
    opens_one = text.startswith("1 ")
    following = [other_text for other, other_text in long_texts if other > index] if (
        opens_one) else []
    if reflow.fused_counter(text):
        following = [other.text for other, _, _ in built[index + 1 : index + 2]]
    return following


@dataclass
class _Output:
    mapped: Mapped = field(default_factory=Mapped)
    blocks: list[Block] = field(default_factory=list)
    dehyphenations: list[Dehyphenation] = field(default_factory=list)

    def add_block(
        self,
        block: Mapped,
        decisions: list[Decision],
        start: int,
        end: int,
        sentence: int,
        unstopped: bool = False,
    ) -> None:
        """Append block[start:end] (one block of the output) and its dehyphenations."""
        piece = block.slice(start, end) if (start, end) != (0, len(block)) else block
        if self.mapped.chars:
            self.mapped.add(BLOCK_SEPARATOR, self.mapped.ends[-1], piece.starts[0])
        offset = len(self.mapped)
        self.mapped.extend(piece)
        self.blocks.append(Block(offset, len(self.mapped), sentence, unstopped))
        first = bisect.bisect_left(decisions, (start,))  # decisions are in text order
        for s, e, left, right, action, at_break in decisions[first:]:
            if s >= end:
                break
            if e <= end:
                self.dehyphenations.append(Dehyphenation(
                    offset + s - start, offset + e - start, left, right, action, at_break
                ))


# A section label after a removed page marker starts its section: ``… Sida 1 av 3 1. Allmänt``.
_LABEL_AFTER = re.compile(rf"\s*(?P<label>{patterns.NUMBERED_HEAD.pattern[1:]})\s+[A-ZÅÄÖ]")


@dataclass(frozen=True)
class _MarkerRemoval:
    """The characters of a block that page markers (and one space beside each) stood on:
    `dropped`, the first of each marker's run (`removed_at`) and of each header's
    (`header_at`, round 30, S3: a page's header after the last page's sentence)."""

    dropped: set[int]
    removed_at: list[int]
    header_at: list[int]


def _without_page_markers(
    mapped: Mapped,
    decisions: list[Decision],
    markers: list[tuple[int, int]],
    headers: frozenset[int] = frozenset(),
) -> list[tuple[Mapped, list[Decision]]]:
    """`mapped` without the running page markers inside it (raw spans, `page_marker_spans`)
    and one space beside each, as a page-number line is dropped: the raw characters stay in
    no output character. Where a section label follows a marker the block is cut there, and
    after a sentence end where a repeated page header (raw starts `headers`) stood."""
    if not markers or not mapped.chars:
        return [(mapped, decisions)]
    removal = _marker_removal(mapped, markers, headers)
    if not removal.dropped:
        return [(mapped, decisions)]
    order = sorted(removal.dropped)
    text = mapped.without(removal.dropped)
    kept = [
        (_moved_position(order, s), _moved_position(order, e), *rest)
        for s, e, *rest in decisions
        if not any(s <= i < e for i in run_indices(order, s, e))
    ]
    bounds = [0, *_cuts_after_markers(text.text, removal, order), len(text)]
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece_decisions = [
            (s - start, e - start, *rest) for s, e, *rest in kept if start <= s and e <= end
        ]
        pieces.append((text.slice(start, end), piece_decisions))
    return pieces


def _marker_removal(
    mapped: Mapped, markers: list[tuple[int, int]], headers: frozenset[int]
) -> _MarkerRemoval:
    """Where in `mapped` the raw marker spans `markers` stand, with one space beside each."""
    starts = [start for start, _ in markers]
    dropped: set[int] = set()
    removed_at: list[int] = []
    header_at: list[int] = []
    index = 0
    while index < len(mapped.chars):
        raw = mapped.starts[index]
        marker = bisect.bisect_right(starts, raw) - 1
        if marker < 0 or raw >= markers[marker][1] or mapped.chars[index] == " ":
            index += 1
            continue
        run, end = _marker_run(mapped, index, markers[marker])
        dropped |= run
        removed_at.append(min(run))
        if markers[marker][0] in headers:
            header_at.append(min(run))
        index = end
    return _MarkerRemoval(dropped, removed_at, header_at)


def _marker_run(mapped: Mapped, index: int, span: tuple[int, int]) -> tuple[set[int], int]:
    """The characters from `index` on that come from the raw `span`, with the space before
    them (else after them), and the index after them."""
    end = index
    while end < len(mapped.chars) and span[0] <= mapped.starts[end] < span[1]:
        end += 1
    run = set(range(index, end))
    if index and mapped.chars[index - 1] == " ":
        run.add(index - 1)
    elif end < len(mapped.chars) and mapped.chars[end] == " ":
        run.add(end)
    return run, end


def _moved_position(order: list[int], position: int) -> int:
    """`position` in the text without the dropped indices `order` (sorted)."""
    return position - bisect.bisect_left(order, position)


def _cuts_after_markers(text: str, removal: _MarkerRemoval, order: list[int]) -> list[int]:
    """Where the block is cut: at a section label right after a removed marker, and after a
    sentence end where a repeated page header stood."""
    labels = (_LABEL_AFTER.match(text, _moved_position(order, at)) for at in removal.removed_at)
    cuts = sorted({label.start("label") for label in labels if label and label.start("label")})
    ends = (_moved_position(order, at) for at in removal.header_at)
    return sorted({*cuts, *(at for at in ends if text[:at].rstrip()[-1:] in ".!?:")})


def _markers(
    text: str, options: NormalizeOptions, headers: tuple[tuple[int, int], ...] = ()
) -> list[tuple[int, int]]:
    """Running page markers and page counters (`lines`), and repeated page headers at a later
    page's start (`page_headers`, round 30 cause S3), one span per place, in text order."""
    spans = sorted({*page_marker_spans(text, options), *page_counter_spans(text),
                    *headers})
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def run_indices(order: list[int], start: int, end: int) -> list[int]:
    """The dropped indices in [start, end)."""
    return order[bisect.bisect_left(order, start) : bisect.bisect_left(order, end)]


def _sentence_split_chars(lines: list[Line], options: NormalizeOptions) -> int:
    """Length above which a block becomes one clause per sentence.

    In text that keeps its lines (two or more content lines: paragraphs, one page per
    line, or a title line and the body on the next) a line is a paragraph or a page and
    stays one clause, as annotated (docs/annotation.md §1.2), up to `max_page_chars`. Only a
    document flattened onto a single line is cut into sentences above `max_block_chars`,
    unless that line opens with its page index: then it is a page (`_pieces`).
    """
    content = sum(1 for line in lines if not line.is_blank)
    if content >= _MIN_LINES_KEPT:
        return max(options.max_block_chars, options.max_page_chars)
    return options.max_block_chars


def _memo_run_end(text: str, title: tuple[str, ...] = ()) -> int | None:
    """Round 36, S4: the end of a memo's field run without colons (`reflow.memo_field_run_end`)
    where a title and a memo heading follow it (`section_headings.title_before_heading`),
    or (round 38, at-S1) the document's title repeated, body text after it; else None (the
    run stays with the sentence's header, docs/annotation.md §1.2)."""
    end = reflow.memo_field_run_end(text)
    if not end:
        return None
    if section_headings.title_before_heading(text, end):
        return end
    start = len(text) - len(text[end:].lstrip())
    repeat = text[start:].split(maxsplit=len(title))[:len(title)]
    return end if title and tuple(word.casefold() for word in repeat) == title else None


@dataclass(frozen=True)
class _BlockSigns:
    """What `_pieces` knows of a block before its heading cuts: the document's first block
    (maybe its title line), long enough for inline cuts, opening with a numbered heading
    (`_numbered_heading_line`), after a metadata line, the one body line under a title, after
    a line that ended in a page footer (the next page of a flattened print)."""

    first: bool
    long: bool
    numbered: bool
    after_metadata: bool
    body_line: bool
    after_footer: bool = False


def _pieces(
    text: str,
    numbering: reflow.Numbering,
    options: NormalizeOptions,
    max_chars: int,
    single_line: bool = False,
    following: list[str] | None = None,
    marker_cut: bool = False,
    after_metadata: bool = False,
    body_line: bool = False,
    colon_dashes: bool = False,
    viewer_page: bool = False,
) -> list[tuple[int, int, int]]:
    """Blocks within one layout block: cut at inline numbering, then (too long) at sentences.
    `following`: the long blocks after this one (page 1 of a page-per-line text is known
    by the pages after it). `marker_cut`: the block is a piece of a flattened line cut where
    a running page marker stood (its numbered heading may be printed inline).
    `after_metadata`: the block before is a metadata line (an adoption history): a one-word
    heading may open this one (`inline_headings.opening_heading_end`). `body_line`: the block
    is the one body line under a title line: its content-word heading cuts need no
    closed-class one beside them (`_with_inline_heading_cuts`). `viewer_page`: a page line of a
    document viewer's print (`_viewer_page_lines`): its inline headings are cut."""
    following = following or []
    first = numbering.title is None  # the document's first block may be its title line
    reflow.note_title(text, numbering)
    previous, numbering.previous = numbering.previous, text
    long = len(text) >= options.inline_split_min_chars
    # round 48 (br): ``2 3 Ersättare …``, a page's number, then the next section's: no page
    paged = reflow.page_section_end(text, numbering)
    page = _page_line_index(text, numbering, previous, following, long, single_line, paged)
    # round 58 (analysis58-cs C1, §1.2 R1): page 1 of a protocol print is cut at its header,
    # field run and title repeat, page line or not
    protocol = reflow.protocol_page_one_cuts(text, numbering.title or ())
    if page:
        cuts: list[int] = protocol  # a page line opening with its page index is one clause
        # ... up to a printed page, even when it is the whole (one-line) document (§1.2)
        max_chars = max(max_chars, options.max_page_chars)
    else:
        cuts = _numbering_cuts(text, numbering, long, colon_dashes)
    # round 45, bj-C1; round 46: a counted label (``2 2(8) Ansvar …``) outside a page run
    outside_page_run = not reflow.counted_run(text, previous, following)
    lexicon = configured_actor_lexicon(options.actors_path)
    numbered = not page and (paged is not None or _numbered_heading_line(text, outside_page_run))
    viewer_page = viewer_page and not page
    numbered = numbered or viewer_page
    if not page:
        # round 55 (55b-ci R2): the line after a page footer is a page of the same print
        after_footer = bool(previous) and reflow.page_footer_start(previous) is not None
        signs = _BlockSigns(
            first, long or viewer_page, numbered, after_metadata, body_line, after_footer)
        if viewer_page and (opening := _viewer_capitals_end(text)):
            cuts = sorted({*cuts, opening})  # ``4 DELEGATION Allmänt om …``
        cuts = sorted({*_heading_cuts(text, cuts, numbering, signs, lexicon), *protocol})
    header = (
        reflow.page_one_header_end(text, previous, numbering.title) if long and not page else None
    )
    if header:  # round 41, ay-C1: page 1's running header up to its title is one clause
        cuts = sorted({*(cut for cut in cuts if cut > header), header})
        if opening := inline_headings.capitals_heading_end(text, header):
            cuts = sorted({*cuts, opening})  # round 50, bv-A: ``… 1:26 INLEDNING Nämnden``
    sentence_cuts = _sentence_cuts(text, lexicon) if long and not page else set()
    bounds = [0, *cuts, len(text)]
    # a flattened line, or (round 44, probe44 S1) a line opening with a paragraph sign label,
    # web or not (``§ 1 Firma Bolagets firma är …``), or (round 45, bj-C1) with any numbered
    # label but a page index (``2 Delegeringsregler En nämnd får …``), long or short:
    # inline numbered headings end at their last word
    if cuts or marker_cut or _PARAGRAPH_SIGN_LINE.match(text) or numbered:
        bounds = _with_inline_heading_ends(text, bounds, header, numbered, paged)
    # round 52 (52-aa C4): a page line too is cut at a heading its print repeats at once
    bounds = _with_doubled_headings(text, bounds) if page else _with_heading_run_bounds(
        text, bounds)
    return _sentence_pieces(text, bounds, sentence_cuts, max_chars)


def _page_line_index(
    text: str,
    numbering: reflow.Numbering,
    previous: str,
    following: list[str],
    long: bool,
    single_line: bool,
    paged: int | None,
) -> reflow.Number | None:
    """The page index a long line opens with (a page line: one clause), noted in `numbering`
    (round 40, ax-2: the next page line may open ``P P+1 …``); else None."""
    page = long and paged is None and (
        reflow.page_index(text, numbering)
        # round 45, bj-C2: a running header with fields repeated after the next index
        or reflow.repeated_header_page(text, previous)
        # ... or before the next one, whose index follows this line's (round 45 tidy)
        or _page_before(text, following)
        or (single_line and reflow.lone_page_index(text))
        or reflow.first_page_index(text, following, numbering)
        or reflow.fused_counter_index(text, following, numbering)
    )
    if page == (1,) and reflow.restarted_page_one(text, following, numbering):
        numbering.page = page  # round 44, bh-S1: page 1's counter; page lines may follow
        page = None  # ... but the line is cut at its numbering restarting at ``1``
    if page == (1,) and reflow.cover_counter_line(text, following):
        page = None  # round 45, bj-C8: ``1 1 (6) <title> 1 1 Fastställd …``: a cover line
    if page:
        numbering.page = page
    return page or None


def _viewer_page_lines(built: list[_Built]) -> frozenset[int]:
    """Round 57 (analysis 57-cq A; docs/annotation.md round 50 a6): in a document viewer's
    print (a viewer line, `is_viewer_line`: ``Transkript``, ``Storlek: px``), one page a
    line, the blocks opening with a bare number N whose block before opens with N - 1 (a
    counter-only line ``3 -3-`` too) or whose block after opens with N + 1: the indices rise
    by one from page to page. Each is cut as any line (its inline headings, multi-word and in
    capitals), though no page run of `reflow` knows it."""
    texts = [mapped.text.strip() for mapped, _, is_table in built]
    if not any(map(is_viewer_line, texts)):
        return frozenset()
    numbers = [int(counter.group()) if (counter := _PAGE_COUNTER.match(text)) else None
               for text in texts]
    return frozenset(
        index for index, number in enumerate(numbers)
        if number is not None and not built[index][2] and (
            (index > 0 and numbers[index - 1] == number - 1)
            or (index + 1 < len(numbers) and numbers[index + 1] == number + 1))
    )


def _viewer_capitals_end(text: str) -> int | None:
    """Round 57 (analysis 57-cq A): where a heading in capitals after a viewer page line's
    index ends (``4 DELEGATION Allmänt om delegation …``): before the capitalised word after
    it, whatever that word opens (`inline_headings.capitals_heading_end`, any opening)."""
    counter = _PAGE_COUNTER.match(text)
    return inline_headings.capitals_heading_end(
        text, counter.end(), any_opening=True) if counter else None


def _numbering_cuts(
    text: str, numbering: reflow.Numbering, long: bool, colon_dashes: bool
) -> list[int]:
    """The cuts at inline numbering of a line that is no page line (`reflow.inline_cuts`);
    a short line notes its leading label and is cut only at a colon's dashes or bullets."""
    if long:
        return sorted({*reflow.inline_cuts(text, numbering), *reflow.label_run_cuts(text)})
    reflow.note_leading(text, numbering)
    # analysis 53-cc L1, L5: a short line too
    if points := reflow.decision_point_cuts(text) or reflow.label_run_cuts(text):
        return points
    if not colon_dashes:
        return []
    # round 43, cause 6: ``för: - a - b`` in a short paragraph line of a blank-line text
    # (round 44: ``lämna: • a • b`` too); a short web line stays whole (§1.2)
    return sorted({*reflow.colon_dash_cuts(text), *reflow.colon_bullet_cuts(text)})


def _heading_cuts(
    text: str, cuts: list[int], numbering: reflow.Numbering, signs: _BlockSigns,
    lexicon: ActorLexicon | None = None,
) -> list[int]:
    """`cuts` with the heading cuts of a line that is no page line: an adoption history run
    into the text, section headings, the title, field runs, inline headings, a signature."""
    cuts = _adoption_history_cuts(text, cuts, numbering.title or ())
    cuts = _section_heading_cuts(text, cuts, signs.long)
    if signs.first:  # ``Instruktion för X Antagen av: … Datum: 2019 Bakgrund Norrby …``
        cuts = _title_cuts(text, cuts)
    cuts = _field_run_heading_cuts(text, cuts, numbering, signs.first)
    cuts = sorted({*cuts, *_title_copy_capitals_cuts(text, numbering.title or ())})
    cuts = _opening_heading_cuts(text, cuts, signs)
    if signs.long:  # ``… mom. 2 …``; ``Allmänt om arvoden Vad gäller …`` (inline_headings)
        # round 41, ah-S1a: a label, case heading, title repeat or field run cut above
        # is a heading sign of the line (docs/annotation.md §1.2)
        # round 45, bj-C1; round 55 (55b-ci R2): or the line after a page footer
        signed = signs.body_line or bool(cuts) or signs.numbered or signs.after_footer
        cuts = _with_inline_heading_cuts(text, cuts, signed, numbering.title or (), lexicon)
    if cuts:  # round 25, S1-2: a case heading right after a cut (``<title> Ärendet …``)
        opened = section_headings.section_heading_spans(text, after=frozenset(cuts))
        cuts = sorted({*cuts, *(cut for span in opened for cut in span)})
    if (signed_at := signature.signature_block_start(text)) is not None:  # round 30, S2
        cuts = sorted({*(cut for cut in cuts if cut < signed_at), signed_at})
    return sorted({*cuts, *_stacked_after_capitals_title(text, cuts)})  # round 55, ci-L1


_PAGE_COUNTER = re.compile(r"\d{1,3}\s+")


def _title_copy_capitals_cuts(text: str, title: tuple[str, ...]) -> list[int]:
    """Round 52 (analysis 52-bh C6): a page line ``1 <the title's copy, any case> <heading in
    capitals> <sentence>`` (``1 STADGAR FÖR Ekby bygdelag SÄTE Föreningens säte är …``): cut
    after the copy and after the heading (`inline_headings.capitals_heading_end`); none
    where no heading in capitals follows the copy."""
    counter = _PAGE_COUNTER.match(text)
    if counter is None or not (repeat := reflow.title_copy_end(text, counter.end(), title)):
        return []
    heading = inline_headings.capitals_heading_end(text, repeat)
    return [repeat, heading] if heading else []


def _adoption_history_cuts(text: str, cuts: list[int], title: tuple[str, ...]) -> list[int]:
    """`cuts` with an adoption history run into the text cut out as one clause (no cut
    inside it), and the heading after it: the document's title repeated there ends at its
    last title word, an unnumbered heading may follow it (round 52, bm-L1)."""
    for history_start, stop, found_end in reflow.adoption_spans(text):
        repeated = _title_repeat_after(text, stop, title)
        heading_end = repeated[-1] if repeated else found_end
        cuts = sorted({*cuts, *repeated})
        cuts = [cut for cut in cuts if not history_start < cut < stop]
        # round 44, bh-S6: a page line ``2 Antagen av …`` keeps its label with its text
        # round 47, bo-S1: ``Org.nr …`` ⏎ ``Antagen …`` is one history with its number
        joined = reflow.right_after_leading_label(text, history_start) or (
            _registration_before(text, history_start)
        )
        opening = () if joined else (history_start,)
        if reflow.right_after_inline_label(text, history_start, cuts):
            cuts, opening = [cut for cut in cuts if cut != history_start], ()  # bg-S1
        cuts = sorted({*cuts, *opening, stop, *([heading_end] if heading_end else [])})
        if heading_end and (stacked_end := reflow.heading_after_heading(text, heading_end)):
            cuts = sorted({*cuts, stacked_end})  # round 46: ``<title> Delegering Nämnden``
        if (stacked := reflow.stacked_heading_cut(text, stop)) is not None:
            cuts = sorted({*cuts, stacked})  # round 34, S1: ``Inledning Sammanträden …``
        # round 41, agt-S2b: ``… , 12 Koncernen Ekby AB Inledning Ekby AB är …``
        cuts = sorted({*cuts, *reflow.stacked_capitals_cuts(text, stop)})
    return cuts


def _section_heading_cuts(text: str, cuts: list[int], long: bool) -> list[int]:
    """`cuts` with the section headings printed inline: in capitals, after a paragraph sign,
    glued to the next word, case headings (and a short line's subtitle fields)."""
    for heading_start, heading_end in reflow.capitals_heading_spans(text):
        cuts = sorted({*cuts, heading_start, heading_end})  # ``… 2010. BAKGRUND Nämnden …``
    cuts = sorted({*cuts, *reflow.section_heading_cuts(text)})  # ``….§ 2 STYRELSE``
    glued = (glued_heading.glued_heading_cut(text, at) for at in (0, *cuts))
    cuts = sorted({*cuts, *(cut for cut in glued if cut)})  # round 43: ``§ 1 SyfteBolaget``
    headings = section_headings.section_heading_spans(text)  # ``… mars Bakgrund Nämnden …``
    cuts = sorted({*cuts, *(cut for span in headings for cut in span)})
    if headings and not long:  # round 41, ah-S3: ``<title> Föredragande <role>: … Ärendet``
        cuts = sorted({*cuts, *reflow.subtitle_field_cuts(text)})
    return cuts


def _title_cuts(text: str, cuts: list[int]) -> list[int]:
    """`cuts` with the end of the document's title on its first line: before its metadata,
    or glued to the text after it."""
    cuts = sorted({*cuts, *reflow.title_metadata_cuts(text)})
    glued = glued_title.title_cut(text)  # ``Stadgar för X Föreningen är …``
    dated = glued_title.dated_title_cut(text)  # ``… beslutade den 3 mars Verket …``
    repeated = glued_title.repeated_noun_cut(text)  # ``… i styrelsen Styrelsen antar``
    return sorted({*cuts, *(cut for cut in (glued, dated, repeated) if cut is not None)})


def _stacked_after_capitals_title(text: str, cuts: list[int]) -> list[int]:
    """Round 55 (analysis 55-ci L1): the ends of one-word headings stacked right after a
    title in capitals cut from the line (``DELEGATIONSORDNING FÖR X Förutsättningar
    Delegering Nämnden får …``, `inline_headings.stacked_word_heading_cuts`)."""
    end = next((cut for cut in cuts if cut > 0), None)
    if end is None or not any(char.isalpha() for char in text[:end]):
        return []
    return inline_headings.stacked_word_heading_cuts(text, end) if (
        text[:end].upper() == text[:end]) else []


def _title_repeat_after(text: str, stop: int, title: tuple[str, ...]) -> list[int]:
    """Round 52 (bm-L1): the end of the title's repeat right after the history ending at
    `stop` (``… 41/28 <title> Avgifter och timtaxa Avgift …``) and of the unnumbered heading
    after that repeat (`reflow.heading_after_title`); empty where no repeat follows."""
    start = len(text) - len(text[stop:].lstrip())
    if not (repeat := reflow.title_copy_end(text, start, title)):
        return []
    heading = reflow.heading_after_title(text, repeat)
    return [repeat, heading] if heading else [repeat]


def _field_run_heading_cuts(
    text: str, cuts: list[int], numbering: reflow.Numbering, first: bool
) -> list[int]:
    """`cuts` with a memo's field run or a cover's title one clause, and the title repeated
    after it a heading (rounds 24, 25, 36, 38, 40, 44)."""
    cover = reflow.cover_title_span(text) if first else None  # round 25, S1-3
    fields = cover[0] if cover else (_memo_run_end(text) or 0) if first else (
        reflow.field_run_end(text, numbering)
        or _memo_run_end(text, numbering.title or ()))  # round 36, S4; round 38, at-S1
    if fields and follows_field_label(text, fields):
        fields = 0  # round 40, aw-S3: ``Dokumentnamn`` ⏎ the title: the field's value
    if fields:  # round 24, C5: a memo's field run before its repeated title is one clause
        cuts = sorted({*(cut for cut in cuts if not 0 < cut < fields), fields})
        if repeat_end := reflow.title_repeat_end(text, fields, numbering.title or ()):
            cuts = sorted({*cuts, repeat_end})  # round 25, S1-3: the repeat is a heading
        elif titled := section_headings.title_before_heading(text, fields):
            cuts = sorted({*cuts, titled})  # round 36, S4: ``… 1/3 <Nämnd> <title> Förslag …``
    if cover:  # ``FÖRFATTNINGSSAMLING Antagen: … Reglemente för X Utöver …``
        cuts = sorted({*(cut for cut in cuts if not cover[0] < cut <= cover[1]), cover[1]})
    if not first and numbering.title:  # ``… Datum: … Nämnden <title> Förslag till …``
        repeats = glued_title.title_repeat_cuts(text, numbering.title)
        cuts = sorted({*cuts, *(cut for cut in repeats if not 0 < cut < (fields or 0))})
    # round 44 (44-layouts cause 3): ``<title> Dnr: … Datum: … Nämnden ska …``
    return field_runs.field_run_cuts(text, cuts, numbering.title or ())


def _opening_heading_cuts(text: str, cuts: list[int], signs: _BlockSigns) -> list[int]:
    """`cuts` with the end of a one-word heading opening the line: after a metadata line,
    or (a short line, not the first) a line heading, a repeated one, a role heading."""
    if signs.after_metadata and (opening := inline_headings.opening_heading_end(text)):
        cuts = sorted({*cuts, opening})  # ``Beslutad … 2021`` ⏎ ``Bakgrund En ordning …``
    if not signs.first and (opening := inline_headings.capitals_heading_end(text)):
        cuts = sorted({*cuts, opening})  # round 50, bv-A: ``ÄNDAMÅL Föreningen ska …``
    if signs.long or signs.first:
        return cuts
    if opening := inline_headings.line_heading_end(text):
        cuts = sorted({*cuts, opening})  # round 25, S1-1d: ``Arkivering Styrelsen …``
    if opening := inline_headings.repeated_heading_end(text):
        cuts = sorted({*cuts, opening})  # round 29, S1: ``Delad attesträtt Delad …``
    if opening := inline_headings.role_heading_end(text):
        cuts = sorted({*cuts, opening})  # round 44, S8: ``Kommunen som ägare Ekby …``
    return cuts


def _with_inline_heading_ends(
    text: str, bounds: list[int], header: int | None, numbered: bool, paged: int | None
) -> list[int]:
    """`bounds` with the ends of the numbered headings printed inline at a span's start
    (S2: ``2 Regionstyrelsen Allmänt Regionstyrelsen (…) ska``; round 34: stacked)."""
    spans = [span for span in zip(bounds, bounds[1:], strict=False) if span[1] != header]
    # a counted label's counter is skipped only where it is the line's only sign
    # (`numbered`, which holds `outside_page_run`)
    headings = (
        reflow.inline_heading_end(
            text, a, b, counter=numbered and not a, section_end=None if a else paged)
        for a, b in spans
    )
    stacked = (reflow.stacked_case_heading_end(text, a, b) for a, b in spans)  # round 34
    ends = (*headings, *stacked)
    return sorted({*bounds, *(end for end in ends if end is not None)})


def _with_heading_run_bounds(text: str, bounds: list[int]) -> list[int]:
    """`bounds` of a line that is no page line with a heading ending in a parenthetical
    before its paragraph cut off, and a heading printed twice kept one."""
    if "(" in text:
        spans = list(zip(bounds, bounds[1:], strict=False))
        ends = (end for a, b in spans for end in reflow.parenthetical_heading_end(text, a, b))
        bounds = sorted({*bounds, *ends})
    return _with_doubled_headings(text, bounds)


def _with_doubled_headings(text: str, bounds: list[int]) -> list[int]:
    """Round 42, cause 20: ``… 2 Sammansättning 2 Sammansättning Nämnden …`` one heading,
    cut from what goes before and after it (round 52, 52-aa C4: in a page line too, after
    its title copy and field labels)."""
    for start, stop in reflow.doubled_heading_spans(text):
        bounds = sorted({*(bound for bound in bounds if not start < bound < stop), start,
                         stop})
    return bounds


def _sentence_pieces(
    text: str, bounds: list[int], sentence_cuts: set[int], max_chars: int
) -> list[tuple[int, int, int]]:
    """The trimmed spans between `bounds` with their sentence numbers: the sentences of a
    paragraph whose stops were lost (round 20, cause A1), and a span over `max_chars` cut
    at its sentences."""
    pieces: list[tuple[int, int, int]] = []
    sentence = 0
    for start, end in zip(bounds, bounds[1:], strict=False):
        ends_sentence = end in sentence_cuts
        start, end = _trimmed(text, start, end)
        if start >= end:
            continue
        if start in sentence_cuts and sentence:
            sentence += 1
        elif ends_sentence:
            sentence = 1
        else:
            sentence = 0
        if sentence:
            pieces.append((start, end, sentence))
            continue
        if end - start > max_chars:
            spans = [_trimmed(text, *span) for span in reflow.sentence_spans(text, start, end)]
            spans = [(a, b) for a, b in spans if a < b]
            if len(spans) > 1:
                pieces.extend((a, b, k) for k, (a, b) in enumerate(spans, start=1))
                continue
        pieces.append((start, end, 0))
    return pieces


def _page_before(text: str, following: list[str] | None) -> reflow.Number | None:
    """Round 45, bj-C2: the page index of `text` where the next long block repeats its
    running header with the index after it (`reflow.repeated_header_page`): this line's own
    index, whichever page it is (the page before it may be a title page with no header)."""
    after = reflow.repeated_header_page(following[0], text) if following else None
    return (after[0] - 1,) if after else None


def _registration_before(text: str, history_start: int) -> bool:
    """Round 47 (analysis 47-bo, S1): a registration line printed right above the history
    (``Org.nr 802411-3344`` ⏎ ``Antagen vid årsstämman …``, no blank line) is one metadata
    clause with it, as one printed under it is (docs/annotation.md §1.2)."""
    return history_start > 0 and is_metadata_line(text[:history_start].strip())


def _numbered_heading_line(text: str, outside_page_run: bool = True) -> bool:
    """Round 45, bj-C1: the line opens with a numbered label and a one-word heading printed
    inline before its sentence (``2 Delegeringsregler En nämnd får …``,
    `reflow.inline_heading_end`): a heading sign of the line, as a label cut inside it would
    be, in a long line and a short one alike (a short paragraph ``3 Ombud Ett ombud får …``
    is cut the same way). A longer heading there is cut only in a line that shows another
    sign (a table row ``1.3 Beslut om bidrag Enhetschef …`` stays whole, docs/annotation.md
    §1.2), and a word in capitals (``7 SAMMANTRÄDEN Utskottet …``) may be a page's title.
    Round 46 (bm cause 5): a fused page counter of the label's number after it (``2 2(8)
    Ansvar och uppföljning Enligt …``) is skipped, and is such a sign."""
    label = patterns.NUMBERED_HEAD.match(text)
    if label is None:
        return False
    end = reflow.inline_heading_end(text, 0, len(text), counter=outside_page_run)
    # round 46: ``2 2(8) Ansvar`` (no page of a run of counted lines)
    opening = reflow.label_counter_end(text, 0, label.end()) if outside_page_run else label.end()
    word = text[opening:end].strip() if end is not None else ""
    # a title in capitals after a bare number is a page's (`reflow.page_index` decides); a
    # page counter after the label shows a flattened page: a longer heading is cut too
    countered = opening > label.end()
    return bool(word) and (countered or " " not in word) and not word.isupper()


# A line opening with a paragraph sign label, either order (``§ 1 Firma …``, ``3 § Styrelse …``,
# ``§ 1a …``).
_PARAGRAPH_SIGN_LINE = re.compile(rf"(?:{patterns.PARAGRAPH_SIGN.pattern})\s")


def _sentence_cuts(text: str, lexicon: ActorLexicon | None = None) -> set[int]:
    """Where a sentence that lost its stop ends before an actor opening the next one
    (`inline_headings.SENTENCE`): the pieces between are the sentences of one paragraph,
    numbered (`Block.sentence`), none of them a heading."""
    return {cut for cut, kind in inline_headings.heading_cuts(text, lexicon=lexicon)
            if kind == inline_headings.SENTENCE}


def _with_inline_heading_cuts(
    text: str, cuts: list[int], signed: bool = False, title: tuple[str, ...] = (),
    lexicon: ActorLexicon | None = None,
) -> list[int]:
    """`cuts` with the inline sub-paragraph labels and, in each span between them, the starts
    of clauses after unnumbered inline headings (a content-word boundary only in a line
    that shows a closed-class one, or is `signed`: another heading sign was cut in it, or it
    is the one body line under a title line: round 24, cause C6; round 41, ah-S1a;
    docs/annotation.md §1.2 "split at … inline headings") and of sentences that lost their
    stop."""
    cuts = sorted({*cuts, *inline_headings.subparagraph_cuts(text),
                   *inline_headings.title_run_cuts(text)})
    bounds = [0, *cuts, len(text)]
    found = [cut for a, b in zip(bounds, bounds[1:], strict=False)
             for cut in inline_headings.heading_cuts(text, a, b, title, lexicon)]
    # a closed-class boundary, or a heading its sentence repeats (round 29, cause S1)
    signs = (inline_headings.CLOSED, inline_headings.REPEATED)
    shown = signed or any(kind in signs for _, kind in found)
    return sorted({*cuts, *(cut for cut, kind in found
                            if shown or kind != inline_headings.CONTENT)})


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end
