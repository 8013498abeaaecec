"""Spacing: a space restored where extraction glued a word to a closing bracket (round 16, A3).

``Föreningen Norrsport (Förbundet)ändamål är …`` → ``(Förbundet) ändamål``: a parenthetical
opened after a space (or at the line start) and closed right before a lower-case letter lost
the space after it. A bracket glued to the word before it is a suffix in parentheses
(``ledamot(er)na``) and stays. The inserted space maps to the empty raw span at the bracket's
end, as the other characters `pipeline.normalize.mapped` synthesizes keep their raw span.
"""

from __future__ import annotations

import re

from pipeline.normalize.mapped import Mapped

_GLUED_CLOSE = re.compile(r"(?:^|(?<=\s))\([^()\s][^()]*\)(?=[a-zåäö])")


def spaced_parentheticals(piece: Mapped) -> Mapped:
    """`piece` with a space after each free-standing parenthetical glued to a lower-case
    word."""
    text = piece.text
    if ")" not in text:
        return piece
    ends = [match.end() for match in _GLUED_CLOSE.finditer(text)]
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


# Round 37 (aq-S1): a coordination hyphen glued to its coordinator (``Bygg-och
# miljönämnden``): a word of letters, the hyphen, a coordinator, a lower-case word.
_GLUED_COORDINATION = re.compile(r"(?<=[^\W\d_]{2})-(?=(?:och|eller|samt)\s+[a-zåäö])")


def spaced_coordination_hyphens(piece: Mapped) -> Mapped:
    """`piece` with a space after a suspended compound's hyphen glued to the coordinator
    (``Vård-och omsorgsnämnden`` → ``Vård- och omsorgsnämnden``), so that normalize.yaml
    `keep_hyphen_before` keeps it as the suspended hyphen it is (docs/annotation.md §1.1,
    round 37). The inserted space maps to the empty raw span at the hyphen's end."""
    text = piece.text
    if "-och" not in text and "-eller" not in text and "-samt" not in text:
        return piece
    ends = [match.end() for match in _GLUED_COORDINATION.finditer(text)]
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
