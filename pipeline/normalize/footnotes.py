"""Footnotes at a page's foot in a text layer, moved out of the sentence they interrupt.

An office suite's PDF text layer prints a footnote's number glued to the word it annotates
(``Nämnden beslutar om taxan3 för idrottshallar``; a superscript one too: ``taxan³``) and the
note itself at the foot of that page, opening with the same number (``3 Taxan finns i bilaga
2.``), right before the page number and the page break. Where the page's last text line
breaks off inside a sentence, the note stands between the sentence's two halves. Such a note
block (its lines from the numbered line to the page break) is moved to after the first line
of the next page that ends a sentence, so that the sentence runs on over the break and the
note is a paragraph of its own after it, labelled with its number (docs/annotation.md §1.2,
"Round 46 (writer w46y, probe w45-y; office-suite PDF text layers)"). Offsets stay the raw
ones: lines only change places.

A note is only a numbered line at a page's foot (a page break within a few lines after it,
nothing but note lines between) whose number is glued to a word earlier on that page; a
numbered line elsewhere, or one whose number no word carries, is a numbered paragraph. A page
break is a form feed or a line removed as page furniture (a page number, a running footer);
a page line left in place (``Sida 2 av 5``) before the break moves with the note. The line
ending the sentence is looked for on the next page alone, before its first note line: a
sentence running on over two page breaks keeps its note where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline import patterns
from pipeline.normalize.lines import Line
from pipeline.normalize.page_furniture import after_form_feed, runs_on

_MARK = patterns.FOOTNOTE_NUMBER
# a footnote mark glued to the end of a word: `taxan3.`, `kommunallagen1 och`, `taxan³`
_GLUED_MARK = re.compile(rf"(?<=[^\W\d_]{{3}})({_MARK})(?=[\s.,;:)]|$)")
_NOTE_LINE = re.compile(rf"({_MARK})\s+[A-ZÅÄÖ(]")
_MAX_NOTE_LINES = 4  # a note block's lines before the page break
_MAX_RUN_ON_LINES = 6  # the next page's lines searched for the sentence's end
_SENTENCE_ENDS = (".", "!", "?")


def _number(mark: str) -> str:
    """A footnote mark as digits (``³`` → ``3``), so that a superscript mark and its note's
    number compare equal whichever way each is printed."""
    return patterns.footnote_digits(mark)


def _page_starts(lines: Sequence[Line], text: str, removed: frozenset[int]) -> list[bool]:
    """Whether each line opens a page (a form feed before it) or is removed page furniture."""
    return [index in removed or after_form_feed(text, line) for index, line in enumerate(lines)]


def _note_block(lines: Sequence[Line], start: int, breaks: list[bool]) -> int | None:
    """The index after the note block opening at `start` (the page break's line), if the
    page breaks within a few note lines."""
    for index in range(start + 1, min(start + _MAX_NOTE_LINES + 1, len(lines))):
        if breaks[index]:
            return index
    return None


def _next_page_lines(
    lines: Sequence[Line], after: int, breaks: list[bool], removed: frozenset[int]
) -> list[int]:
    """The first few content lines of the page opening at `after`, up to that page's own
    break or its first note line (a line of another note, never the sentence's end)."""
    content: list[int] = []
    for index in range(after, min(after + _MAX_RUN_ON_LINES + 3, len(lines))):
        if content and breaks[index]:
            break
        if index in removed or lines[index].is_blank:
            continue
        if _NOTE_LINE.match(lines[index].stripped):
            break
        content.append(index)
    return content[:_MAX_RUN_ON_LINES]


def _run_on_end(
    lines: Sequence[Line], before: int, after: int, breaks: list[bool], removed: frozenset[int]
) -> int | None:
    """The first line of the page opening at `after` that ends a sentence, if the line
    `before` runs on to that page (page_furniture.runs_on)."""
    content = _next_page_lines(lines, after, breaks, removed)
    if not content or not runs_on(lines[before].stripped, lines[content[0]].stripped):
        return None
    for index in content:
        if lines[index].stripped.endswith(_SENTENCE_ENDS):
            return index
    return None


def _previous_content(lines: Sequence[Line], index: int, removed: frozenset[int]) -> int | None:
    for other in range(index - 1, -1, -1):
        if other not in removed and not lines[other].is_blank:
            return other
    return None


def footnote_order(
    lines: Sequence[Line], text: str, removed: frozenset[int]
) -> list[tuple[int, Line]]:
    """The lines in reading order, each with its index: each note block that interrupts a
    sentence at a page's foot after the line that ends that sentence on the next page, with
    an empty line (index -1) before and after it, so that it is a paragraph of its own;
    unchanged where there is none (no glued mark in the text: nothing is scanned)."""
    order = list(enumerate(lines))
    if not _GLUED_MARK.search(text):
        return _endnote_order(order, lines, removed)
    moves = _note_moves(lines, text, removed)
    if not moves:
        return _endnote_order(order, lines, removed)
    moved = {index for block in moves.values() for index in block}
    reordered: list[tuple[int, Line]] = []
    for index, _ in order:
        if index not in moved:
            _append_with_notes(reordered, index, lines, moves)
    return reordered


def _append_with_notes(
    reordered: list[tuple[int, Line]],
    index: int,
    lines: Sequence[Line],
    moves: dict[int, list[int]],
) -> None:
    """Append line `index`, then the note block moved after it between empty lines, each of
    the block's lines with the block moved after that line in turn: no moved line is lost."""
    reordered.append((index, lines[index]))
    block = moves.get(index)
    if not block:
        return
    reordered.append((-1, Line("", lines[block[0]].start)))
    for other in block:
        _append_with_notes(reordered, other, lines, moves)
    reordered.append((-1, Line("", lines[block[-1]].start)))


def _note_moves(lines: Sequence[Line], text: str, removed: frozenset[int]) -> dict[int, list[int]]:
    """Each line that ends an interrupted sentence → the note lines that go after it."""
    breaks = _page_starts(lines, text, removed)
    marks: set[str] = set()  # the glued marks of the current page
    moves: dict[int, list[int]] = {}
    moved: set[int] = set()
    for index, line in enumerate(lines):
        if breaks[index]:
            marks = set()
        if line.is_blank or index in removed or index in moved:
            continue
        note = _NOTE_LINE.match(line.stripped)
        if note is not None and _number(note.group(1)) in marks:
            block = _interrupting_block(lines, index, breaks, removed)
            if block is not None:
                run_on, block_lines = block
                moves[run_on] = block_lines
                moved.update(block_lines)
                continue
        marks.update(map(_number, _GLUED_MARK.findall(line.text)))
    return moves


def _interrupting_block(
    lines: Sequence[Line], index: int, breaks: list[bool], removed: frozenset[int]
) -> tuple[int, list[int]] | None:
    """The line ending the sentence the note at `index` interrupts, and the note's lines."""
    block_end = _note_block(lines, index, breaks)
    before = _previous_content(lines, index, removed)
    if block_end is None or before is None:
        return None
    run_on = _run_on_end(lines, before, block_end, breaks, removed)
    if run_on is None:
        return None
    return run_on, [other for other in range(index, block_end) if not lines[other].is_blank]


# Round 56 (nu56 fault 2): notes gathered at a plain text's end (``¹ Jfr 8 kap. …`` as its
# last paragraphs), each opening with its superscript mark (patterns.FOOTNOTE_OPENING); the
# line citing a note carries that mark glued to its end or to a word (``… anvisningar.¹``,
# ``taxan² för``: patterns.CITED_FOOTNOTE_MARK).


def _paragraphs(lines: Sequence[Line], removed: frozenset[int]) -> list[list[int]]:
    """The content lines in blank-separated paragraphs (removed lines skipped)."""
    paragraphs: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if index in removed:
            continue
        if not line.is_blank:
            paragraphs[-1].append(index)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [paragraph for paragraph in paragraphs if paragraph]


def _paragraph_notes(
    lines: Sequence[Line], paragraph: list[int]
) -> list[tuple[str, list[int]]] | None:
    """The notes a paragraph is made of, each its mark's number and its lines (a line opening
    with a mark opens the next note), or None where it does not open with a mark or a note
    runs over more than a few lines: no note paragraph."""
    notes: list[tuple[str, list[int]]] = []
    for index in paragraph:
        mark = patterns.FOOTNOTE_OPENING.match(lines[index].stripped)
        if mark is not None:
            notes.append((_number(mark.group(1)), [index]))
        elif not notes or len(notes[-1][1]) >= _MAX_NOTE_LINES:
            return None
        else:
            notes[-1][1].append(index)
    return notes


def _endnotes(lines: Sequence[Line], removed: frozenset[int]) -> list[tuple[str, list[int]]]:
    """The notes at the text's end, each its mark's number and its lines: the paragraphs from
    the last one back that are notes, up to the first that is none (review56 M1: a closing
    sentence or an adoption line after the notes stays where it stands, and so do the notes
    before it)."""
    notes: list[tuple[str, list[int]]] = []
    for paragraph in reversed(_paragraphs(lines, removed)):
        found = _paragraph_notes(lines, paragraph)
        if found is None:
            break
        notes[:0] = found
    return notes


def _citing_end(lines: Sequence[Line], number: str, before: int) -> int | None:
    """The line ending the paragraph of the last line before `before` that cites the note
    `number`: the first line from it on that ends a sentence or stands before a blank line."""
    for index in range(before - 1, -1, -1):
        if number in patterns.footnote_calls(lines[index].text):
            end = index
            while (end + 1 < before and not lines[end + 1].is_blank
                   and not patterns.SENTENCE_END.search(lines[end].stripped)):
                end += 1
            return end
    return None


def _endnote_order(
    order: list[tuple[int, Line]], lines: Sequence[Line], removed: frozenset[int]
) -> list[tuple[int, Line]]:
    """The lines with each note at the text's end moved after the paragraph citing it (as a
    .docx note follows its paragraph), between empty lines; a note no line cites stays."""
    notes = _endnotes(lines, removed)
    if not notes:
        return order
    first = notes[0][1][0]
    moves: dict[int, list[int]] = {}
    for number, block in notes:
        end = _citing_end(lines, number, first)
        if end is not None:
            moves.setdefault(end, []).extend(block)
    if not moves:
        return order
    moved = {index for block in moves.values() for index in block}
    reordered: list[tuple[int, Line]] = []
    for index, line in order:
        if index in moved:
            continue
        reordered.append((index, line))
        if index in moves:
            reordered.append((-1, Line("", lines[moves[index][0]].start)))
            reordered.extend((other, lines[other]) for other in moves[index])
            reordered.append((-1, Line("", lines[moves[index][-1]].start)))
    return reordered
