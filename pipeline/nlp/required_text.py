"""The literal strings every match of a regular expression contains: a text without one of
them cannot match, so a rule that scans many texts with many configured patterns
(`actors._organisation_mentions`) tests ``literal in text`` (a fast substring search) before
running the pattern, whose scan tries every position.

Only what is certain counts: runs of two or more literal characters in the pattern's
top-level sequence or in a group that sits in it (a group is matched whole); nothing inside
an alternation, a repeat or a lookaround, and nothing of a case-insensitive pattern or
group. A pattern with no such run gives ``()``, and it is always run.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

__all__ = ["required_literals"]


@cache
def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Substrings of `pattern` that every match holds (possibly none)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return ()
    found: list[str] = []
    _collect(parser.parse(pattern.pattern, pattern.flags), found)
    return tuple(found)


def _collect(items: object, found: list[str]) -> None:
    """Runs of literal characters in a parsed sequence, and in the groups it holds."""
    run: list[str] = []
    for op, value in items:  # type: ignore[attr-defined]
        if op is constants.LITERAL:
            run.append(chr(value))
            continue
        _close(run, found)
        run = []
        if op is constants.SUBPATTERN and not value[1] & re.IGNORECASE:
            _collect(value[3], found)  # (group, flags added, flags removed, sequence)
    _close(run, found)


def _close(run: list[str], found: list[str]) -> None:
    if len(run) >= 2:  # a single character is in nearly every text: no test
        found.append("".join(run))
