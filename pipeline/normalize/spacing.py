"""Spacing: a space restored where extraction glued a word to a closing bracket (round 16, A3).

``Föreningen Norrsport (Förbundet)ändamål är …`` → ``(Förbundet) ändamål``: a parenthetical
opened after a space (or at the line start) and closed right before a lower-case letter lost
the space after it. A bracket glued to the word before it is a suffix in parentheses
(``ledamot(er)na``) and stays. The inserted space maps to the empty raw span at the bracket's
end, as the other characters `pipeline.normalize.mapped` synthesizes keep their raw span.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.mapped import Mapped
from pipeline.patterns import GLUED_PARENTHETICAL


def _spaced_at(piece: Mapped, ends: list[int]) -> Mapped:
    """`piece` with a space inserted at each of `ends` (none: `piece` itself), mapped to the
    empty raw span at the end of the character before it."""
    if not ends:
        return piece
    spaced = Mapped()
    position = 0
    for end in ends:
        spaced.extend(piece.slice(position, end))
        raw = piece.ends[end - 1]
        spaced.add(" ", raw, raw)
        position = end
    spaced.extend(piece.slice(position, len(piece)))
    return spaced


def spaced_parentheticals(piece: Mapped) -> Mapped:
    """`piece` with a space after each free-standing parenthetical glued to a lower-case
    word."""
    text = piece.text
    if ")" not in text:
        return piece
    ends = [match.end() for match in GLUED_PARENTHETICAL.finditer(text)]
    return _spaced_at(piece, ends)


@lru_cache(maxsize=4)
def _glued_coordination(
    coordinators: frozenset[str],
) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """Round 37 (aq-S1): a coordination hyphen glued to its coordinator (``Bygg-och
    miljönämnden``): a word of letters, the hyphen, a coordinator, a lower-case word; with
    the glued ``-coordinator`` strings a line must hold for the pattern to be tried (one
    alternation, searched in one pass: round 58, perf58b; None where there are none).
    Round 40 (aw-A4): in capitals the same glue (``KULTUR-OCH FRITIDSNÄMNDEN``), three
    capitals on each side so that an abbreviation (``KF-OCH``) stays."""
    words = "|".join(re.escape(word) for word in sorted(coordinators))
    capitals = "|".join(re.escape(word.upper()) for word in sorted(coordinators))
    pattern = re.compile(
        rf"(?<=[^\W\d_]{{2}})-(?=(?:{words})\s+[a-zåäö])"
        rf"|(?<=[A-ZÅÄÖ]{{3}})-(?=(?:{capitals})\s+[A-ZÅÄÖ]{{3}})"
    )
    needles = [f"-{word}" for word in sorted(coordinators)]
    needles += [needle.upper() for needle in needles]
    glued = re.compile("|".join(map(re.escape, needles))) if needles else None
    return glued, pattern


def spaced_coordination_hyphens(piece: Mapped, coordinators: frozenset[str]) -> Mapped:
    """`piece` with a space after a suspended compound's hyphen glued to one of the
    `coordinators`, normalize.yaml `keep_hyphen_before` (``Vård-och omsorgsnämnden`` →
    ``Vård- och omsorgsnämnden``), so that hyphenation keeps it as the suspended hyphen it is
    (docs/annotation.md §1.1, round 37). The inserted space maps to the empty raw span at the
    hyphen's end."""
    glued, pattern = _glued_coordination(coordinators)
    text = piece.text
    if glued is None or glued.search(text) is None:
        return piece
    ends = [match.end() for match in pattern.finditer(text)]
    return _spaced_at(piece, ends)
