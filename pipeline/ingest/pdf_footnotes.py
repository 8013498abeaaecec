"""Footnotes of a PDF page found from the text layer's geometry (round 48, nu48 fault 1).

An office suite prints a footnote's mark as a raised digit set smaller than the word it is
glued to (``kommunallagen (2017:725)¹ utse``) and the notes at the page's foot, smaller than
the body text, each opening with its number (``1Kommunallagen trädde i kraft …``). Read as
plain words the mark becomes a number inside the sentence (``(2017:725) 1 utse``) and the
notes paragraphs between the page's last line and the next page's first one, cutting a list
or a sentence that runs over the break.

Here the notes are lifted out of the page's words, and so are the marks that cite them:
`pdf_layout.assemble` writes each note as a paragraph of its own (``¹ Kommunallagen …``, the
form the Word and OpenDocument readers give a footnote, docs/annotation.md §1 round 47)
right after the paragraph whose line holds its mark, or after the sentence that paragraph
runs on to on the next page. A page's foot is only read as notes where at least one of its
numbers has a raised mark in the body: small print at the foot without one (a footer, a
caption) stays where it stands, and so does a raised digit no note answers (``m²``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline import patterns
from pipeline.ingest import layout
from pipeline.ingest.pdf_layout import Line, PdfOptions, Word, group_lines

# a note's opening word: its number, alone (a superscript run of its own) or glued to the
# first word of its text (``1Kommunallagen``); digits or superscript digits
_NOTE_OPENING = re.compile(rf"^({patterns.FOOTNOTE_NUMBER})(\S*)$")
_MARK_TEXT = re.compile(rf"^(?:{patterns.FOOTNOTE_NUMBER})$")
_NOTE_GAP = 0.8  # font sizes: a wider gap above a foot line ends the notes (a footer below)
_MARK_RISE = 0.2  # of the cited word's size: a mark's bottom at least this far above its own
_GLUE = 1.5  # points between the cited word's end and its mark


@dataclass(frozen=True)
class PageNote:
    """A footnote at a page's foot: its number, its lines' text (``\\n`` between them) and
    where its mark stands in the body (the cited word's top and right edge; None: no mark
    found on the page)."""

    number: int
    text: str
    anchor_top: float | None = None
    anchor_x: float | None = None


RUN_ON = 0  # the number of a PageNote that carries on the previous page's last note


def lift_footnotes(
    words: list[Word], height: float, opts: PdfOptions, runs_on: bool = False
) -> tuple[list[Word], list[PageNote]]:
    """The page's words without its footnotes and their marks, and the notes; no notes where
    the foot holds no note a raised mark cites. Small lines above the foot's first numbered
    line stay in the body, unless the previous page's last note `runs_on` (review 48a, 2,
    3): then they are its end, a `RUN_ON` note first. A raised digit no note answers
    (`m²`, review 48a, 10) stays on its word as a superscript."""
    if not words:
        return words, []
    small = _body_size(words) - opts.font_size_tolerance
    if not any(word.size <= small and word.text.isdigit() for word in words):
        return words, []  # no mark a note could answer: most pages stop here
    body, notes = _lift(words, height, small, opts, runs_on)
    return _superscripts(body, small, opts), notes


def _lift(
    words: list[Word], height: float, small: float, opts: PdfOptions, runs_on: bool
) -> tuple[list[Word], list[PageNote]]:
    lead, foot = _foot_lines(group_lines(words, opts.y_tolerance), height, small, opts)
    carried = lead if runs_on else []
    notes = _notes(foot)
    if not notes:
        return words, []
    in_foot = {id(word) for line in [*carried, *foot] for word in line.words}
    body = [word for word in words if id(word) not in in_foot]
    marks = _marks(body, {number for number, _ in notes}, small, opts)
    if not marks:
        return words, []
    cited = {id(mark) for mark, _ in marks.values()}
    anchored = [
        PageNote(number, text, *(_anchor(marks[number][1]) if number in marks else (None, None)))
        for number, text in notes
    ]
    run_on = [PageNote(RUN_ON, "\n".join(line.text for line in carried))] if carried else []
    return [word for word in body if id(word) not in cited], [*run_on, *anchored]


def _superscripts(words: list[Word], small: float, opts: PdfOptions) -> list[Word]:
    """The words with each raised small number glued to the word it follows (`m` + `2` →
    `m²`); none where no such number stands in the body."""
    replaced: dict[int, Word] = {}
    dropped: set[int] = set()
    for word in words:
        if word.size > small or not _MARK_TEXT.match(word.text):
            continue
        cited = _cited_word(word, words, opts)
        if cited is None or id(cited) in replaced or id(cited) in dropped:
            continue
        marks = patterns.superscript_digits(word.text)
        replaced[id(cited)] = replace(cited, text=cited.text + marks, x1=word.x1)
        dropped.add(id(word))
    if not dropped:
        return words
    return [replaced.get(id(word), word) for word in words if id(word) not in dropped]


def runs_on(notes: Sequence[PageNote]) -> bool:
    """Whether the last of a page's notes goes on at the next page's foot: its text ends in
    no full stop (Word breaks a long note at the page's last line)."""
    return bool(notes) and notes[-1].text.rstrip()[-1:] not in ".!?"


def join_run_on(previous: list[PageNote], notes: list[PageNote]) -> list[PageNote]:
    """The page's notes without a `RUN_ON` note, whose text is added (in place) to the last
    of the `previous` page's notes."""
    if not notes or notes[0].number != RUN_ON:
        return notes
    if previous:
        last = previous[-1]
        previous[-1] = PageNote(
            last.number, f"{last.text}\n{notes[0].text}", last.anchor_top, last.anchor_x
        )
    return notes[1:]


def _anchor(word: Word) -> tuple[float, float]:
    return word.top, word.x1


def _body_size(words: Sequence[Word]) -> float:
    """The font size most of the page's characters are set in."""
    sizes: Counter[float] = Counter()
    for word in words:
        sizes[word.size] += len(word.text)
    return sizes.most_common(1)[0][0]


def _foot_lines(
    lines: Sequence[Line], height: float, small: float, opts: PdfOptions
) -> tuple[list[Line], list[Line]]:
    """The run of small-print lines at the page's foot, above any body-size footer line or
    page number in the footer band, cut at wide gaps: of its first stretch that holds a line
    opening with a number (a small closing paragraph above it, a small footer below it stay
    in the body, review 48a, 3), the lines above that line and the rest."""
    footer_top = height * (1 - opts.footer_band)
    run: list[Line] = []
    for line in reversed(lines):
        if line.size <= small:
            run.append(line)
        elif not run and (line.top >= footer_top or layout.is_page_number(line.text)):
            continue
        else:
            break
    run.reverse()
    cuts = [
        index
        for index in range(1, len(run))
        if run[index].top - run[index - 1].bottom > _NOTE_GAP * run[index].size
    ]
    for start, end in zip([0, *cuts], [*cuts, len(run)], strict=True):
        stretch = run[start:end]
        first = next((i for i, line in enumerate(stretch) if _opening(line, None)), None)
        if first is not None:
            return stretch[:first], stretch[first:]
    return [], []


def _notes(foot: Sequence[Line]) -> list[tuple[int, str]]:
    """The notes the foot lines hold, numbered one up from the first; none where the first
    line opens with no number. A line opening with the next number starts a note, any other
    line carries on the note above it."""
    notes: list[tuple[int, list[str]]] = []
    for line in foot:
        opening = _opening(line, notes[-1][0] + 1 if notes else None)
        if opening is not None:
            notes.append(opening)
        elif notes:
            notes[-1][1].append(line.text)
        else:
            return []
    return [(number, "\n".join(texts)) for number, texts in notes]


def _opening(line: Line, expected: int | None) -> tuple[int, list[str]] | None:
    match = _NOTE_OPENING.match(line.words[0].text)
    if match is None:
        return None
    number = int(patterns.footnote_digits(match.group(1)))
    if expected is not None and number != expected:
        return None
    rest = [match.group(2)] if match.group(2) else []
    text = " ".join([*rest, *(word.text for word in line.words[1:])])
    # a lower-case word after the number goes on with a note (`2 kap. 4 §`, review 48a, 11)
    return (number, [text]) if text and not text[:1].islower() else None


def _marks(
    body: Sequence[Word], numbers: set[int], small: float, opts: PdfOptions
) -> dict[int, tuple[Word, Word]]:
    """Each note number → its mark in the body and the word the mark is glued to: a number
    word set smaller than that word, raised above its baseline, right after it."""
    found: dict[int, tuple[Word, Word]] = {}
    for word in body:
        if word.size > small or not _MARK_TEXT.match(word.text):
            continue  # body-size numbers are no marks (review 48a, 12)
        number = int(patterns.footnote_digits(word.text))
        if number not in numbers or number in found:
            continue
        cited = _cited_word(word, body, opts)
        if cited is not None:
            found[number] = (word, cited)
    return found


def _cited_word(mark: Word, words: Sequence[Word], opts: PdfOptions) -> Word | None:
    """The word on the mark's line that the mark is glued to, raised above its baseline."""
    return next((other for other in words if _glued_raised(mark, other, opts)), None)


def _glued_raised(mark: Word, cited: Word, opts: PdfOptions) -> bool:
    return (
        cited.size - mark.size > opts.font_size_tolerance
        and abs(mark.x0 - cited.x1) <= _GLUE
        and cited.top - 0.5 * cited.size <= mark.top < cited.bottom
        and mark.bottom <= cited.bottom - _MARK_RISE * cited.size
    )
