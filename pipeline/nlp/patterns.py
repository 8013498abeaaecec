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


Segment = tuple[object, tuple[_Step, ...]]  # a part (held: its id stays its own), its steps
Pending = tuple[int, tuple, int]  # a pattern through a branch: its key, its parts, the next


# A node of a first word's trie of patterns, as a list (a list is made faster than an
# object): the steps of one part, the branches that follow it, the keys of the patterns ending
# after it, the number of its first step in the automaton (-1 until a state reaches it), and
# the patterns through it not yet sorted into its keys and branches. The cue patterns' trie
# would have ~74,000 branches, of which a run reaches a tenth (`_Automaton`): a branch is
# made only where a state reaches its parent's end (`_grow`).
_STEPS, _CHILDREN, _KEYS, _BASE, _PENDING = 0, 1, 2, 3, 4
Branch = list  # [tuple[_Step, ...], list[Branch], list[int], int, list[Pending] | None]


def _branch(steps: tuple[_Step, ...], pending: list[Pending]) -> Branch:
    return [steps, [], [], -1, pending]


def _grow(branch: Branch, by_part: _PartSteps) -> None:
    """Sort the patterns through `branch` into the keys that end there and the branches of
    their next parts (a part's branch by its identity, in the patterns' order; its steps
    `_PartSteps.steps`, compiled at the start)."""
    pending = branch[_PENDING]
    if pending is None:
        return
    children: dict[int, Branch] = {}  # by id: the parts are held by `pending` meanwhile
    keys = branch[_KEYS]
    for key, parts, depth in pending:
        if depth == len(parts):
            keys.append(key)
            continue
        part = parts[depth]
        child = children.get(id(part))
        if child is None:
            child = children[id(part)] = _branch(by_part.steps(part, depth == 0), [])
        child[_PENDING].append((key, parts, depth + 1))
    branch[_CHILDREN] = list(children.values())
    branch[_PENDING] = None


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
    """The patterns that open with one word, followed together: their steps as one trie (a
    prefix of parts that patterns share is one path, whichever cue it is of), and a state the
    set of trie nodes still alive, found once per (state, token class) and kept. A node is a
    branch's step or the place after its last step, numbered when a state first reaches its
    branch; a branch's own branches are made when a state first reaches its end (most of the
    trie is never reached)."""

    def __init__(self, root: Branch, by_part: _PartSteps) -> None:
        self.by_part = by_part
        self.owners: list[Branch] = []  # per node: its branch
        self.steps: list[_Step | None] = []  # per node; None: the place after a branch
        self.closures: list[frozenset[int] | None] = []  # per node, once asked
        self.after: list[frozenset[int] | None] = []  # per node: alive after its step passed
        self.states: list[frozenset[int]] = []
        self.accepts: list[tuple[int, ...]] = []  # per state: the keys a match ends with
        self.ids: dict[frozenset[int], int] = {}
        self.moves: dict[tuple[int, tuple[int, int, int]], int] = {}
        self.start = self._state(self._entry(root))

    def _number(self, branch: Branch) -> int:
        base = branch[_BASE]
        if base < 0:
            base = branch[_BASE] = len(self.steps)
            count = len(branch[_STEPS]) + 1
            self.owners.extend([branch] * count)
            self.steps.extend(branch[_STEPS])
            self.steps.append(None)
            self.closures.extend([None] * count)
            self.after.extend([None] * count)
        return base

    def _entry(self, branch: Branch) -> frozenset[int]:
        """The nodes alive on entering `branch`."""
        return self._closure(self._number(branch))

    def _closure(self, node: int) -> frozenset[int]:
        """The nodes reachable from `node` without a token: itself, and past it if its step
        is optional; past a branch's last step, its end (where keys end) and what follows."""
        found = self.closures[node]
        if found is None:
            step = self.steps[node]
            if step is None:
                branch = self.owners[node]
                _grow(branch, self.by_part)
                reach = {node} if branch[_KEYS] else set()
                for child in branch[_CHILDREN]:
                    reach.update(self._entry(child))
            else:
                reach = {node}
                if step.optional:
                    reach.update(self._closure(node + 1))
            found = self.closures[node] = frozenset(reach)
        return found

    def _after(self, node: int) -> frozenset[int]:
        """The nodes alive after a token that `node`'s step passes."""
        found = self.after[node]
        if found is None:
            step = self.steps[node]
            repeat = step is not None and step.repeat
            found = self.after[node] = self._closure(node if repeat else node + 1)
        return found

    def _state(self, nodes: frozenset[int]) -> int:
        known = self.ids.get(nodes)
        if known is not None:
            return known
        self.ids[nodes] = len(self.states)
        self.states.append(nodes)
        keys = set()
        for node in nodes:
            if self.steps[node] is None:
                keys.update(self.owners[node][_KEYS])
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
            steps, after = self.steps, self.after
            # a step's verdict on the token, by the step (the cue patterns share their
            # steps: a state holds many nodes of a few hundred distinct steps)
            verdicts: dict[int, bool] = {}
            for node in self.states[state]:
                step = steps[node]
                if step is None:
                    continue
                passed = verdicts.get(id(step))
                if passed is None:
                    passed = verdicts[id(step)] = _passes(step.checks, features)
                if passed:
                    following.update(after[node] or self._after(node))
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
    held so that its id stays its own)."""

    def __init__(
        self,
        vocab: Vocab,
        known: dict[str, tuple[_Step, ...]],
        by_object: dict[int, tuple[dict, tuple[_Step, ...]]],
    ) -> None:
        self.vocab, self.known, self.by_object = vocab, known, by_object
        self.parts: dict[tuple[int, bool], Segment] = {}

    def steps(self, part: tuple, opening: bool) -> tuple[_Step, ...]:
        """The steps of one part of a `Parts` pattern; of its first (`opening`) after its
        first spec, the pattern's first word (`_segment`)."""
        return self._segment(part, opening)[1]

    def _segment(self, part: tuple, opening: bool) -> Segment:
        """A part's steps; an opening part's after its first word (kept apart: a part that
        opens one pattern, a cue's first word, may stand later in another)."""
        compiled = self.parts
        seen = compiled.get((id(part), opening))
        if seen is None or seen[0] is not part:
            head = [{}, *part[1:]] if opening else [{}, *part]  # the first word: no step
            steps = _pattern_steps(head, self.vocab, self.known, self.by_object)
            seen = compiled[(id(part), opening)] = (part, steps)
        return seen


class FirstWordPatterns:
    """Token patterns indexed by their first word (``LOWER`` or ``LEMMA``, one exact value).

    A token is seen by its class: its POS and, for words and lemmas, the id only where some
    pattern names it (any other word passes and fails the same checks: 0 stands for it)."""

    def __init__(self, vocab: Vocab, patterns: Sequence[tuple[str, list[dict] | Parts]]) -> None:
        grouped: dict[tuple[int, int], list[Pending]] = {}
        known: dict[str, tuple[_Step, ...]] = {}  # the cue patterns repeat their gap specs
        by_object: dict[int, tuple[dict, tuple[_Step, ...]]] = {}
        by_part = _PartSteps(vocab, known, by_object)
        opening: dict[int, object] = {}  # each pattern's first part, by identity
        inner: dict[int, object] = {}  # every other part
        for key, pattern in patterns:
            if isinstance(pattern, Parts) and not (pattern and pattern[0]):
                pattern = pattern.specs()  # no first part to open with: spec by spec
            # a pattern of its own is one part, the pattern (held: its id stays its own)
            parts = pattern if isinstance(pattern, Parts) else (pattern,)
            first_spec = parts[0][0] if isinstance(pattern, Parts) else _first(pattern)
            first = _checks(first_spec, vocab)
            if _operators(first_spec) != ["1"] or len(first) != 1 or first[0][1] != _EQUALS:
                raise UnsupportedPattern("a first token that is not one exact word")
            slot, _, value = first[0]
            if slot == _SLOTS["POS"]:
                raise UnsupportedPattern("a first token by part of speech")
            pending = grouped.setdefault((slot, value), [])  # type: ignore[arg-type]
            pending.append((vocab.strings.add(key), parts, 0))
            opening[id(parts[0])] = parts[0]
            inner.update((id(part), part) for part in parts[1:])
        # every part compiled now (a branch is made later, `_grow`): a token's class needs
        # every word and lemma the patterns name
        for part in opening.values():
            by_part.steps(part, True)  # type: ignore[arg-type]
        for part in inner.values():
            by_part.steps(part, False)  # type: ignore[arg-type]
        named: list[set[int]] = [set(), set(), set()]
        for distinct in known.values():  # every step of every pattern, each spec once
            for step in distinct:
                for check_slot, kind, ids in step.checks:
                    named[check_slot].update([ids] if kind == _EQUALS else ids)  # type: ignore[list-item,arg-type]
        if any(0 in ids for ids in named):
            raise UnsupportedPattern("an empty string")  # 0 stands for an unnamed word
        # per slot (word or lemma): the automaton of each first word
        self.automata: dict[int, dict[int, _Automaton]] = {}
        for (slot, value), pending in grouped.items():
            root = _branch((), pending)
            self.automata.setdefault(slot, {})[value] = _Automaton(root, by_part)
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
