"""spaCy token patterns run only where their first word stands.

The cue patterns (`pipeline.nlp.cues`) all open with one exact word and then allow runs of
optional words (``{"POS": "ADV", "OP": "*"}`` …). spaCy's ``Matcher`` tries every pattern at
every token of a Doc; here each pattern is tried only at the tokens that hold its first word,
and the rest of it is followed token by token as a small automaton (the same patterns, the
same attributes, compared by the same string ids as the ``Matcher``). What a Doc gets is, per
pattern key and start token, the longest match: all that `cues.index_cues` keeps of the
``Matcher``'s matches.

Only the pattern features the cue patterns use are understood (``LOWER``, ``LEMMA``, ``POS``
as a value or ``IN`` / ``NOT_IN``; ``OP`` ``1 ? * + {n,m}``; ``{}`` for any word); building
`FirstWordPatterns` from anything else raises `UnsupportedPattern`, and the caller keeps the
spaCy ``Matcher``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

# Where each attribute stands in a token's feature row (`_features`).
_SLOTS = {"LOWER": 0, "POS": 1, "LEMMA": 2}
_ARRAY_ATTRS = [LOWER, POS, LEMMA]
_EQUALS, _IN, _NOT_IN = 0, 1, 2
Check = tuple[int, int, object]  # (slot, kind, string id or frozenset of ids)
_NEW_STATES = threading.Lock()  # module-level: the automata stay picklable


class UnsupportedPattern(ValueError):
    pass


class Parts(tuple):
    """A token pattern written as its parts: tuples of token specs that many patterns share
    by identity (the cue patterns: `cues._shared`). `FirstWordPatterns` compiles a shared
    part once, not its specs again in every pattern; `specs` is the pattern spec by spec."""

    def specs(self) -> list[dict]:
        return [spec for part in self for spec in part]


@dataclass(frozen=True)
class _Step:
    checks: tuple[Check, ...]
    repeat: bool  # "*": the step may take any number of tokens (after its closure)
    optional: bool  # "?" and "*": the step may take none


@dataclass(frozen=True)
class _Pattern:
    key: int
    steps: tuple[_Step, ...]  # after the first word
    closures: tuple[frozenset[int], ...]  # per step index: the steps reachable without a token


def _operators(spec: dict) -> list[str]:
    """spaCy's expansion of ``OP`` into ``1``, ``?`` and ``*`` (`Matcher._get_operators`)."""
    op = spec.get("OP", "1")
    if op in {"1", "?", "*"}:
        return [op]
    if op == "+":
        return ["1", "*"]
    if op.startswith("{") and op.endswith("}"):
        inner = op[1:-1] if "," in op else f"{op[1:-1]},{op[1:-1]}"
        low, high = inner.split(",")
        head = ["1"] * int(low or 0)
        return head + (["?"] * (int(high) - int(low or 0)) if high else ["*"])
    raise UnsupportedPattern(f"operator {op!r}")


def _checks(spec: dict, vocab: Vocab) -> tuple[Check, ...]:
    checks: list[Check] = []
    for name, value in spec.items():
        if name == "OP":
            continue
        slot = _SLOTS.get(name)
        if slot is None:
            raise UnsupportedPattern(f"attribute {name!r}")
        if isinstance(value, str):
            checks.append((slot, _EQUALS, vocab.strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
            ((predicate, words),) = value.items()
            ids = frozenset(vocab.strings.add(word) for word in words)
            checks.append((slot, _IN if predicate == "IN" else _NOT_IN, ids))
        else:
            raise UnsupportedPattern(f"value {value!r}")
    return tuple(checks)


def _steps(
    spec: dict,
    vocab: Vocab,
    known: dict[str, tuple[_Step, ...]],
    by_object: dict[int, tuple[dict, tuple[_Step, ...]]],
) -> tuple[_Step, ...]:
    """The automaton steps of one token spec (one per operator of its ``OP``), kept by spec:
    by the spec object (patterns that share a spec object, as the cue patterns do, compile
    it once without writing it out), else by its text."""
    seen = by_object.get(id(spec))
    if seen is not None and seen[0] is spec:
        return seen[1]
    name = repr(spec)  # an equal spec written in another key order is compiled again, alike
    if name not in known:
        checks = _checks(spec, vocab)
        known[name] = tuple(_Step(checks, op == "*", op != "1") for op in _operators(spec))
    by_object[id(spec)] = (spec, known[name])  # the spec is held: its id stays its own
    return known[name]


def _closures(steps: Sequence[_Step]) -> tuple[frozenset[int], ...]:
    """For each step index (and the index after the last: a match), the steps it reaches by
    skipping optional steps."""
    return _closures_of(tuple(step.optional for step in steps))


@cache  # a pure function of the flags; the cue patterns repeat them
def _closures_of(optional: tuple[bool, ...]) -> tuple[frozenset[int], ...]:
    closures: list[frozenset[int]] = [frozenset({len(optional)})]  # built from the end
    for index in range(len(optional) - 1, -1, -1):
        skipped = closures[-1] if optional[index] else frozenset()
        closures.append(frozenset({index}) | skipped)
    return tuple(reversed(closures))


def _passes(checks: tuple[Check, ...], features: tuple[int, int, int]) -> bool:
    for slot, kind, value in checks:
        found = features[slot]
        if kind == _EQUALS:
            if found != value:
                return False
        elif (found in value) != (kind == _IN):  # type: ignore[operator]
            return False
    return True


class _Automaton:
    """The patterns that open with one word, followed together: a state is the set of
    (pattern, step) pairs still alive, found once per (state, token class) and kept."""

    def __init__(self, patterns: Sequence[_Pattern]) -> None:
        self.patterns = tuple(patterns)
        # a (pattern, step) pair is one int, ``pattern * width + step`` (a state of a frequent
        # first word holds thousands: ints hash and join faster than tuples)
        self.width = 1 + max((len(pattern.steps) for pattern in self.patterns), default=0)
        # the pair past each pattern's last step (a match), to the pattern's key
        self.ends = {p * self.width + len(pattern.steps): pattern.key
                     for p, pattern in enumerate(self.patterns)}  # fmt: skip
        self.states: list[frozenset[int]] = []
        self.accepts: list[tuple[int, ...]] = []  # per state: the keys a match ends with
        self.ids: dict[frozenset[int], int] = {}
        self.moves: dict[tuple[int, tuple[int, int, int]], int] = {}
        start = frozenset(
            p * self.width + k for p, pattern in enumerate(patterns) for k in pattern.closures[0]
        )
        self.start = self._state(start)

    def _state(self, pairs: frozenset[int]) -> int:
        known = self.ids.get(pairs)
        if known is not None:
            return known
        self.ids[pairs] = len(self.states)
        self.states.append(pairs)
        ends = self.ends
        keys = {ends[pair] for pair in pairs if pair in ends}
        self.accepts.append(tuple(sorted(keys)))
        return len(self.states) - 1

    def move(self, state: int, features: tuple[int, int, int]) -> int:
        """The state after a token of class `features`; -1 where nothing is alive."""
        found = self.moves.get((state, features))
        if found is None:
            with _NEW_STATES:  # a new state is numbered once, whichever thread finds it
                found = self._new_move(state, features)
        return found

    def _new_move(self, state: int, features: tuple[int, int, int]) -> int:
        found = self.moves.get((state, features))
        if found is None:
            following: set[int] = set()
            patterns, width = self.patterns, self.width
            # a step's verdict on the token, by the step (the cue patterns share their
            # steps: a state of thousands of pairs holds a few hundred distinct ones)
            verdicts: dict[int, bool] = {}
            for pair in self.states[state]:
                p, k = divmod(pair, width)
                pattern = patterns[p]
                if k == len(pattern.steps):
                    continue
                step = pattern.steps[k]
                passed = verdicts.get(id(step))
                if passed is None:
                    passed = verdicts[id(step)] = _passes(step.checks, features)
                if passed:
                    after = pattern.closures[k] if step.repeat else pattern.closures[k + 1]
                    first = pair - k  # the pattern's pair of step 0
                    following.update([first + j for j in after])
            found = self._state(frozenset(following)) if following else -1
            self.moves[(state, features)] = found
        return found

    def longest(self, rows: list[tuple[int, int, int]], start: int) -> dict[int, int]:
        """Each key's longest match from `start` (whose first word has matched): its end."""
        ends: dict[int, int] = {}
        state = self.start
        position = start + 1
        while True:
            for key in self.accepts[state]:
                ends[key] = position
            if position >= len(rows):
                break
            state = self.move(state, rows[position])
            if state < 0:
                break
            position += 1
        return ends


def _pattern_steps(
    pattern: list[dict],
    vocab: Vocab,
    known: dict[str, tuple[_Step, ...]],
    by_object: dict[int, tuple[dict, tuple[_Step, ...]]],
) -> tuple[_Step, ...]:
    """The steps of every spec after a pattern's first (`_steps`, its by-object look-up
    inlined: the ~10,000 cue patterns hold ~450,000 specs, nearly all of them shared)."""
    steps: list[_Step] = []
    seen_by_object = by_object.get
    for spec in pattern[1:]:
        seen = seen_by_object(id(spec))
        if seen is not None and seen[0] is spec:
            steps.extend(seen[1])
        else:
            steps.extend(_steps(spec, vocab, known, by_object))
    return tuple(steps)


class _PartSteps:
    """The steps of `Parts`' shared parts, each part compiled once (by identity, the part
    held so that its id stays its own), with their optional flags for `_closures_of`."""

    def __init__(
        self,
        vocab: Vocab,
        known: dict[str, tuple[_Step, ...]],
        by_object: dict[int, tuple[dict, tuple[_Step, ...]]],
    ) -> None:
        self.vocab, self.known, self.by_object = vocab, known, by_object
        self.parts: dict[int, tuple[tuple, tuple[_Step, ...], tuple[bool, ...]]] = {}

    def pattern(self, key: int, parts: Parts) -> _Pattern:
        """The compiled pattern of `parts` after its first spec (the first part's first)."""
        head = [{}, *parts[0][1:]]  # the first spec is the first word: no step of its own
        steps = list(_pattern_steps(head, self.vocab, self.known, self.by_object))
        optional = [step.optional for step in steps]
        compiled = self.parts
        for part in parts[1:]:
            seen = compiled.get(id(part))
            if seen is None or seen[0] is not part:
                part_steps = _pattern_steps([{}, *part], self.vocab, self.known, self.by_object)
                flags = tuple(step.optional for step in part_steps)
                seen = compiled[id(part)] = (part, part_steps, flags)
            steps.extend(seen[1])
            optional.extend(seen[2])
        return _Pattern(key, tuple(steps), _closures_of(tuple(optional)))


class FirstWordPatterns:
    """Token patterns indexed by their first word (``LOWER`` or ``LEMMA``, one exact value).

    A token is seen by its class: its POS and, for words and lemmas, the id only where some
    pattern names it (any other word passes and fails the same checks: 0 stands for it)."""

    def __init__(self, vocab: Vocab, patterns: Sequence[tuple[str, list[dict] | Parts]]) -> None:
        grouped: dict[tuple[int, int], list[_Pattern]] = {}
        named: list[set[int]] = [set(), set(), set()]
        known: dict[str, tuple[_Step, ...]] = {}  # the cue patterns repeat their gap specs
        by_object: dict[int, tuple[dict, tuple[_Step, ...]]] = {}
        by_part = _PartSteps(vocab, known, by_object)
        for key, pattern in patterns:
            if isinstance(pattern, Parts) and not (pattern and pattern[0]):
                pattern = pattern.specs()  # no first part to open with: spec by spec
            first_spec = pattern[0][0] if isinstance(pattern, Parts) else _first(pattern)
            first = _checks(first_spec, vocab)
            if _operators(first_spec) != ["1"] or len(first) != 1 or first[0][1] != _EQUALS:
                raise UnsupportedPattern("a first token that is not one exact word")
            slot, _, value = first[0]
            if slot == _SLOTS["POS"]:
                raise UnsupportedPattern("a first token by part of speech")
            if isinstance(pattern, Parts):
                compiled = by_part.pattern(vocab.strings.add(key), pattern)
            else:
                steps = _pattern_steps(pattern, vocab, known, by_object)
                compiled = _Pattern(vocab.strings.add(key), steps, _closures(steps))
            grouped.setdefault((slot, value), []).append(compiled)  # type: ignore[arg-type]
        for distinct in known.values():  # every step of every pattern, each spec once
            for step in distinct:
                for check_slot, kind, ids in step.checks:
                    named[check_slot].update([ids] if kind == _EQUALS else ids)  # type: ignore[list-item,arg-type]
        if any(0 in ids for ids in named):
            raise UnsupportedPattern("an empty string")  # 0 stands for an unnamed word
        # per slot (word or lemma): the automaton of each first word
        self.automata: dict[int, dict[int, _Automaton]] = {}
        for (slot, value), group in grouped.items():
            self.automata.setdefault(slot, {})[value] = _Automaton(group)
        self.named_words = frozenset(named[_SLOTS["LOWER"]])
        self.named_lemmas = frozenset(named[_SLOTS["LEMMA"]])

    def __call__(self, rows: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """(key, start, end) of the longest match of each key at each start, over the token
        rows of a Doc or Span (`token_rows`): positions relative to it, like the ``Matcher``'s."""
        found: list[tuple[int, int, int]] = []
        classes: list[tuple[int, int, int]] | None = None
        for slot, automata in self.automata.items():
            for start, row in enumerate(rows):
                automaton = automata.get(row[slot])
                if automaton is None:
                    continue
                if classes is None:
                    classes = [self._class(r) for r in rows]
                ends = automaton.longest(classes, start)
                found.extend((key, start, end) for key, end in ends.items())
        return found

    def _class(self, row: tuple[int, int, int]) -> tuple[int, int, int]:
        lower, pos, lemma = row
        return (
            lower if lower in self.named_words else 0,
            pos,
            lemma if lemma in self.named_lemmas else 0,
        )


def _first(pattern: list[dict]) -> dict:
    if not pattern:
        raise UnsupportedPattern("an empty pattern")
    return pattern[0]


def token_rows(doclike: Doc | Span) -> list[tuple[int, int, int]]:
    """(lower, POS, lemma) string ids of each token, as the ``Matcher`` compares them."""
    doc = doclike if isinstance(doclike, Doc) else doclike.doc
    array = doc.to_array(_ARRAY_ATTRS).tolist()
    if isinstance(doclike, Span):
        array = array[doclike.start : doclike.end]
    return [tuple(row) for row in array]  # type: ignore[misc]
