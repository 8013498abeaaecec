"""The literal strings every match of a regular expression contains: a text without one of
them cannot match, so a rule that scans many texts with many configured patterns
(`actors._organisation_mentions`) tests ``literal in text`` (a fast substring search) before
running the pattern, whose scan tries every position.

Only what is certain counts: runs of two or more literal characters in the pattern's
top-level sequence or in a group that sits in it (a group is matched whole); nothing inside
an alternation, a repeat or a lookaround, and nothing of a case-insensitive pattern or
group. A pattern with no such run gives ``()``, and it is always run.

`required_choices` goes further for a text test: an alternation whose every branch requires
a run requires one of those runs, a repeat that matches at least once requires its body's
runs, and a positive lookaround's runs stand in the text (if not in the match). Each of its
tuples names strings of which the text holds at least one; `may_match` tests them all.
`required_folded_choices` does the same for the case-insensitive groups (``(?i:…)``), whose
strings, casefolded, stand in the casefolded text: a letter that ``re.IGNORECASE`` matches
by another letter casefolds to the same one (`FOLD_SAFE`; not ``i``, which matches ``İ``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

__all__ = [
    "may_match",
    "may_match_of",
    "required_choices",
    "required_folded_choices",
    "required_literals",
]


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


_REPEATS = (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT)


@cache
def required_choices(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Tuples of strings: a text that `pattern` matches in holds one string of each."""
    return _choices(pattern, folded=False)


@cache
def required_folded_choices(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Tuples of casefolded strings from `pattern`'s case-insensitive parts: the casefolded
    text that `pattern` matches in holds one string of each."""
    return _choices(pattern, folded=True)


def _choices(pattern: re.Pattern[str], folded: bool) -> tuple[tuple[str, ...], ...]:
    if not isinstance(pattern.pattern, str):
        return ()
    found: list[tuple[bool, tuple[str, ...]]] = []
    insensitive = bool(pattern.flags & re.IGNORECASE)
    _collect_choices(list(parser.parse(pattern.pattern, pattern.flags)), found, insensitive)
    return tuple(dict.fromkeys(choice for is_folded, choice in found if is_folded is folded))


# A pattern's choices and casefolded choices by its id (hashing a compiled pattern hashes its
# code, ~0.5 µs a call); the entry holds the pattern, so that its id is not reused.
_CHOICES: dict[
    int, tuple[re.Pattern[str], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]
] = {}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when `text` lacks every string of one of `pattern`'s required choices (or its
    casefolded form every string of one of the casefolded choices)."""
    entry = _CHOICES.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _CHOICES[id(pattern)] = (
            pattern,
            _test_order(required_choices(pattern)),
            _test_order(required_folded_choices(pattern)),
        )
    if not _holds_one_of_each(entry[1], text):
        return False
    return not entry[2] or _holds_one_of_each(entry[2], text.casefold())


# The (pattern, choices, casefolded choices) of a tuple of patterns by the tuple's id (the
# entry holds the tuple, so that its id is not reused); the last few tuples only.
_TESTS: dict[int, tuple[tuple[re.Pattern[str], ...], list[tuple]]] = {}
_TESTS_KEPT = 8


def may_match_of(patterns: tuple[re.Pattern[str], ...], text: str) -> list[re.Pattern[str]]:
    """The patterns of `patterns` that `may_match` `text`, in their order: one call per text
    instead of one per pattern, the patterns' choices looked up once per tuple and the text
    casefolded at most once (a configured list of ~70 name patterns per clause)."""
    entry = _TESTS.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        if len(_TESTS) >= _TESTS_KEPT:
            del _TESTS[next(iter(_TESTS))]
        tests = [
            (p, _test_order(required_choices(p)), _test_order(required_folded_choices(p)))
            for p in patterns
        ]
        entry = _TESTS[id(patterns)] = (patterns, tests)
    folded_text: str | None = None
    found = []
    for pattern, choices, folded in entry[1]:
        if not _holds_one_of_each(choices, text):
            continue
        if folded:
            if folded_text is None:
                folded_text = text.casefold()
            if not _holds_one_of_each(folded, folded_text):
                continue
        found.append(pattern)
    return found


def _test_order(choices: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """`choices` as `_holds_one_of_each` tests them fastest, with the same answer for every
    text (perf54b): a string that holds another string of its choice is dropped (``bolaget``
    beside ``bolag``: the text holds ``bolag`` whenever it holds ``bolaget``), and the
    choices likeliest to fail come first: the fewest strings, the longest shortest string
    (``institutet`` before ``ska``)."""
    minimal = (
        tuple(s for s in choice if not any(o != s and o in s for o in choice)) for choice in choices
    )
    return tuple(sorted(minimal, key=_failing_first))


def _failing_first(choice: tuple[str, ...]) -> tuple[int, int]:
    return len(choice), -min(map(len, choice), default=0)


def _holds_one_of_each(choices: tuple[tuple[str, ...], ...], text: str) -> bool:
    for choice in choices:
        for literal in choice:
            if literal in text:
                break
        else:
            return False
    return True


# Characters `c` whose every ``re.IGNORECASE`` match casefolds to ``c.casefold()``, one
# character: a casefolded run of them stands in the casefolded text wherever the run matches
# (``i`` and ``I`` are out: ``İ`` casefolds to ``i`` + a combining dot, ``ı`` to itself).
FOLD_SAFE = frozenset("abcdefghjklmnopqrstuvwxyzåäöABCDEFGHJKLMNOPQRSTUVWXYZÅÄÖ0123456789 ")


def _runs(run: list[str], folded: bool) -> list[tuple[bool, tuple[str, ...]]]:
    """The required strings of a run of literal characters: the run (two characters or more),
    or in a case-insensitive part its casefolded stretches of `FOLD_SAFE` characters."""
    if not folded:
        return [(False, ("".join(run),))] if len(run) >= 2 else []
    stretches = ("".join(part) for safe, part in groupby(run, FOLD_SAFE.__contains__) if safe)
    return [(True, (stretch.casefold(),)) for stretch in stretches if len(stretch) >= 2]


def _collect_choices(
    items: list[tuple[object, object]], found: list[tuple[bool, tuple[str, ...]]], folded: bool
) -> None:
    """`_collect`, with alternations, repeats of one or more, positive lookarounds and
    case-insensitive groups (their choices marked folded)."""
    run: list[str] = []
    for op, value in items:
        if op is constants.LITERAL:
            run.append(chr(value))  # type: ignore[arg-type]
            continue
        if op is constants.BRANCH:  # the parser moves a prefix all branches share before it
            choice = _branch_choice(run, value[1], folded)  # type: ignore[index]
            if choice:
                found.append((folded, choice))
        found.extend(_runs(run, folded))
        run = []
        if op is constants.SUBPATTERN:  # (group, flags added, flags removed, sequence)
            added, removed = value[1], value[2]  # type: ignore[index]
            inner = (folded or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE
            _collect_choices(list(value[3]), found, inner)  # type: ignore[index]
        elif op in _REPEATS and value[0] >= 1:  # type: ignore[index]
            _collect_choices(list(value[2]), found, folded)  # type: ignore[index]
        elif op is constants.ASSERT:  # (direction, sequence)
            _collect_choices(list(value[1]), found, folded)  # type: ignore[index]
    found.extend(_runs(run, folded))


def _branch_choice(
    prefix: list[str], branches: list[list[tuple[object, object]]], folded: bool
) -> tuple[str, ...]:
    """One required string per branch (the prefix joined to its first run), or ``()``; in a
    case-insensitive part a casefolded one."""
    strings: list[str] = []
    for branch in branches:
        found: list[tuple[bool, tuple[str, ...]]] = []
        _collect_choices(
            [(constants.LITERAL, ord(c)) for c in prefix] + list(branch), found, folded
        )
        inner = [choice for is_folded, choice in found if is_folded is folded]
        if not inner:
            return ()  # this branch requires nothing: the alternation requires nothing
        strings.extend(max(inner, key=lambda choice: (min(map(len, choice)), -len(choice))))
    return tuple(dict.fromkeys(strings))
