"""Statute print: an SFS print that a law web site glued onto one line, cut back into lines.

Round 43 (be-C4, docs/annotation.md §1.2): a site copies the print's lines without their
breaks and often without spaces (``SFS 2031:412 Utkom från trycket den 14 juni 2031Lag om
ändring i …;utfärdad den 5 juni 2031.Enligt riksdagens beslut … lydelse.4 kap.3 §3 §
Nämnden ska ….Denna lag träder i kraft ….På regeringens vägnarANNA EK…``). A line that opens
with an SFS number (`_PRINT_START`) is cut where the print broke its lines: after a year glued to a
capitalised word, before ``utfärdad den``, at a stop glued to a part of the print
(layout.yaml `statute_print_openers`, a chapter or a § label), and after ``N kap.`` glued to
the § label; a § label printed twice (``3 §3 §``) is one label (the first copy is dropped,
its raw characters stay out of the text as a page number's do). Every piece keeps its raw
offsets; a stop glued inside a § (``båtplatserna.Registret``) is the sentence rule's
(`pipeline.nlp.sentences`), no cut here.
"""

from __future__ import annotations

import re

from pipeline import patterns
from pipeline.normalize.lines import Line

# the print's number as sites write it: ``SFS 2031:412``, ``SFS nr: 2031:412``,
# ``Svensk författningssamling 2031:412``
_PRINT_START = re.compile(r"(?:SFS(?:\s+nr:?)?|Svensk författningssamling)\s+\d{4}:\d+\b")
# a piece shorter than this after the SFS number holds no glued print
_MIN_PRINT_CHARS = 80
_YEAR_GLUED = re.compile(r"(?<![\d:/])\d{4}(?=[A-ZÅÄÖ][a-zåäö])")
_ISSUED = re.compile(r";\s*(?=utfärdad(?:e|t)? den )")
_CHAPTER_GLUED = re.compile(r"(?<=\d kap\.)(?=\d+\s?[a-z]?\s?§)")
_LABEL = r"\d+\s?[a-z]?\s?§"
_DOUBLED_LABEL = re.compile(rf"(?<!\d)({_LABEL})(?=\1)")


@patterns.layout_cache(1)
def _glued_part() -> re.Pattern[str]:
    """A stop glued to what opens a new part of the print: an opener of layout.yaml
    `statute_print_openers`, a chapter (``4 kap.``) or a § label; the word before the stop
    is no abbreviation (``Prop.``, ``bet.``)."""
    openers = "|".join(re.escape(opener) for opener in sorted(patterns.STATUTE_PRINT_OPENERS))
    return re.compile(rf"(?<=\w\.)(?=(?:{openers})|\d+ kap\.|{_LABEL})")


def _cut_points(text: str) -> list[int]:
    cuts = [match.end() for match in _YEAR_GLUED.finditer(text)]
    cuts += [match.end() for match in _ISSUED.finditer(text)]
    cuts += [match.end() for match in _CHAPTER_GLUED.finditer(text)]
    for match in _glued_part().finditer(text):
        word = text[: match.start() - 1].rsplit(maxsplit=1)[-1].casefold()
        if word not in patterns.ABBREVIATIONS:  # ``Prop.``, ``kap.`` (`_CHAPTER_GLUED`)
            cuts.append(match.start())
    for match in _DOUBLED_LABEL.finditer(text):
        cuts += [match.start(), match.end()]
    return sorted(set(cut for cut in cuts if 0 < cut < len(text)))


def _is_print(line: Line) -> bool:
    return len(line.stripped) >= _MIN_PRINT_CHARS and bool(_PRINT_START.match(line.stripped))


def print_lines(lines: list[Line]) -> list[Line]:
    """The lines with each glued statute print cut into the lines it was printed in (no
    glued print: the list itself)."""
    if not any(_is_print(line) for line in lines):
        return lines
    result: list[Line] = []
    for line in lines:
        result.extend(_pieces(line) if _is_print(line) else [line])
    return result


def _pieces(line: Line) -> list[Line]:
    offset = len(line.text) - len(line.text.lstrip())
    text = line.stripped
    cuts = _cut_points(text)
    if not cuts:
        return [line]  # a print with its breaks, or a field line: no glue to undo
    bounds = [0, *cuts, len(text)]
    doubled = {match.start() for match in _DOUBLED_LABEL.finditer(text)}
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece = text[start:end]
        if start in doubled or not piece.strip():
            continue
        lead = len(piece) - len(piece.lstrip())
        pieces.append(Line(piece.strip(), line.start + offset + start + lead))
    # each printed line a block of its own, and none goes on the paragraph before the print
    return [part for piece in pieces for part in (Line("", piece.start), piece)]
