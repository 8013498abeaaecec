"""Per-Doc memo of per-token predicates (``is_verb``, ``tense_of``, the sentence bounds) and of
per-Doc facts (the Doc's text, its verb groups).

The rules ask the same question of the same token many times per sentence (every verb
group, every coordination scan), and the verbs and statements components ask the same
questions of the same Doc. A component opens a memo for its Doc with
``with token_memo(doc):``; inside it a `memoised` function computes each token's answer once.
The answers of the Doc memoised last are kept when its memo closes, so that the next
component on that Doc (``nlp.pipe`` runs styrdok's components on one Doc after another)
reuses them; a memo opened for another Doc starts afresh. Outside a memo (tests, document
rules) the functions compute as before. The memoised functions read only what the model
wrote on the tokens (text, tags, morphology, parse, sentence starts), which no styrdok
component edits, and the grammar word lists of the running component (`GRAMMAR`): the
answers are kept for the next component only if it runs with the same grammar, so an answer
never goes stale. A per-Doc fact may also read the Doc's actor mentions (`coordinated` looks
for the subject after ``och <PP> <verb>``), which components and document rules replace:
setting ``doc._.actors`` drops the Doc's facts (`forget_facts`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from contextlib import AbstractContextManager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

from pipeline.language.grammar import Grammar, active_grammar

Answer = TypeVar("Answer")

_UNKNOWN = object()  # not computed yet (None is an answer)


class _Memo:
    """One Doc's answers: per-token answers in lists indexed by token (a list index is
    cheaper than a dict look-up, and the rules ask ~2 million times per 6,000 Docs), per-Doc
    facts by key."""

    __slots__ = (
        "doc",
        "grammar",
        "facts",
        "tables",
        "morph",
        "morph_keys",
        "bounds",
        "arrays",
        "tokens",
        "text",
    )

    def __init__(self, doc: Doc, grammar: Grammar) -> None:
        self.doc = doc
        self.grammar = grammar  # the grammar the answers were computed with
        self.facts: dict[Hashable, object] = {}
        self.tables: dict[Callable, list] = {}  # a memoised function's answers by token index
        self.morph: dict[str, list] = {}  # a field's values by token index
        self.morph_keys: list[int] | None = None  # the tokens' morphology hashes
        self.bounds: object = _UNKNOWN  # the sentence bounds (`_sentence_bounds`)
        self.arrays: DocArrays | None = None  # the tokens' attributes (`doc_arrays`)
        self.tokens: list[Token] | None = None  # the Doc's tokens (`doc_tokens`)
        self.text: str | None = None  # the Doc's text (`doc_text`), kept when facts are dropped


# The Doc being memoised and its answers.
_ACTIVE: ContextVar[_Memo | None] = ContextVar("styrdok_token_memo", default=None)
# The Doc memoised last and its answers, kept for the next component on the same Doc.
_LAST: ContextVar[_Memo | None] = ContextVar("styrdok_last_memo", default=None)
# Inside a `memo_pool`: every Doc's memo by ``id(doc)`` (the memo holds its Doc, which
# therefore keeps its id), kept until the pool's block ends.
_POOL: ContextVar[dict[int, _Memo] | None] = ContextVar("styrdok_memo_pool", default=None)


def memo_pool() -> AbstractContextManager[None]:
    """Keep the memo of every Doc opened in the block until it ends, not only the last one:
    the document rules make one pass over a document's clause Docs per rule (and the pipe
    went over them all before), and with the last memo alone each pass found every answer
    afresh. The Docs must not change under the block after their memo is first opened, as
    within one memo (`token_memo`): no styrdok rule edits a token."""
    return _PoolBlock()


class _PoolBlock:
    __slots__ = ("reset",)

    def __enter__(self) -> None:
        self.reset = _POOL.set({}) if _POOL.get() is None else None  # nested: the outer one

    def __exit__(self, *exc: object) -> None:
        if self.reset is not None:
            _POOL.reset(self.reset)


def token_memo(doc: Doc) -> AbstractContextManager[None]:
    """Memoise the `memoised` predicates of `doc`'s tokens until the block ends."""
    return _MemoBlock(doc)


class _MemoBlock:
    """The block of `token_memo`: a class, not a generator, since every component enters one
    per clause (a generator's block costs ~2 µs more)."""

    __slots__ = ("doc", "reset")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __enter__(self) -> None:
        doc = self.doc
        active = _ACTIVE.get()
        if active is not None and active.doc is doc:
            self.reset = None  # already open for this Doc (a component called from another)
            return
        last = _LAST.get()
        grammar = active_grammar()
        if last is not None and last.doc is doc and last.grammar is grammar:
            memo = last
        else:
            pool = _POOL.get()
            memo = None if pool is None else pool.get(id(doc))
            if memo is None or memo.doc is not doc or memo.grammar is not grammar:
                memo = _Memo(doc, grammar)
                if pool is not None:
                    pool[id(doc)] = memo
        _LAST.set(memo)
        self.reset = _ACTIVE.set(memo)

    def __exit__(self, *exc: object) -> None:
        if self.reset is not None:
            _ACTIVE.reset(self.reset)


def memoised(function: Callable[[Token], Answer]) -> Callable[[Token], Answer]:
    """`function` of a token, computed once per token while a memo of its Doc is open."""

    @wraps(function)
    def wrapper(token: Token) -> Answer:
        memo = _ACTIVE.get()
        if memo is None or memo.doc is not token.doc:
            return function(token)
        index = token.i
        # the common case, a look-up and a subscript: the table is there, the index in it (a
        # missing table is no KeyError: raising one per memo and function cost ~0.5 % of a run)
        table = memo.tables.get(function)
        if table is None:
            table = _table(memo, function, index + 1)
            answer = _UNKNOWN
        else:
            try:
                answer = table[index]
            except IndexError:  # the Doc has grown since (retokenized)
                table = _table(memo, function, index + 1)
                answer = _UNKNOWN
        if answer is _UNKNOWN:
            answer = table[index] = function(token)
        return answer

    return wrapper


def _table(memo: _Memo, function: Callable, length: int) -> list:
    """`function`'s answers in `memo`, made with room for `length` tokens (a Doc grown since,
    by a retokenizer, gets more)."""
    table = memo.tables.get(function)
    if table is None:
        table = memo.tables[function] = [_UNKNOWN] * max(len(memo.doc), length)
    elif len(table) < length:
        table.extend([_UNKNOWN] * (length - len(table)))
    return table


# A `word_memoised` function's answers: by the grammar they were found under (its id; the
# grammar itself kept beside them, so an id reused by a later grammar is never mistaken).
_MAX_GRAMMARS = 8  # grammars whose answers are kept (a test makes many; a run uses one)


def word_memoised(function: Callable[..., Answer]) -> Callable[..., Answer]:
    """`function` of words (strings: a token's text, lowercase form, word class), computed
    once per arguments and grammar: it reads nothing but its arguments, the grammar's word
    lists (`GRAMMAR`) and the shipped lexicons, so a Doc's words, which repeat across a run,
    are each settled once. The answers are kept per grammar (`using_grammar` binds another),
    so none goes stale."""
    tables: dict[int, tuple[Grammar, dict]] = {}
    last: list[tuple] = [(None, None)]  # the grammar asked under last and its table

    @wraps(function)
    def wrapper(*words: str) -> Answer:
        grammar = active_grammar()
        kept = last[0]  # the common case: the same grammar as the call before
        if kept[0] is not grammar:
            kept = tables.get(id(grammar))
            if kept is None or kept[0] is not grammar:
                if len(tables) >= _MAX_GRAMMARS:
                    tables.clear()
                kept = tables[id(grammar)] = (grammar, {})
            last[0] = kept
        table = kept[1]
        answer = table.get(words, _UNKNOWN)
        if answer is _UNKNOWN:
            answer = table[words] = function(*words)
        return answer  # type: ignore[return-value]

    return wrapper


# A `memoised` predicate's cheap test of a word (its lowercase form and word class) that says
# the predicate is False for it, by the predicate (`false_for_words`).
_FALSE_FOR_WORDS: dict[Callable, Callable[[str, str], bool]] = {}


def false_for_words(function: Callable[[Token], bool], test: Callable[[str, str], bool]) -> None:
    """`function` (`memoised`) is False for every token whose lowercase form and word class
    (``token.lower_``, ``token.pos_``) pass `test`: `answers` fills those tokens' entries from
    the Doc's columns, making no `Token` and no call of `function` for them."""
    _FALSE_FOR_WORDS[function.__wrapped__] = test  # type: ignore[attr-defined]


def answers(doc: Doc, function: Callable[[Token], Answer], start: int, end: int) -> list[Answer]:
    """A `memoised` function's answers for the tokens ``start`` to ``end`` of `doc`, by token
    index (what `function` gives each of those tokens): a scan over those tokens reads a list
    instead of making a `Token` and calling the function per token. Only the entries of that
    range are meant; inside a memo the list is the memo's own (do not change it)."""
    compute = function.__wrapped__  # type: ignore[attr-defined]
    false_for = _FALSE_FOR_WORDS.get(compute)
    memo = _ACTIVE.get()
    if memo is None or memo.doc is not doc:
        table: list = [_UNKNOWN] * len(doc)
    else:
        table = memo.tables.get(compute)  # type: ignore[assignment]
        if table is None:
            table = memo.tables[compute] = [_UNKNOWN] * len(doc)
        elif len(table) < end:  # the Doc has grown since (retokenized): make room
            table.extend([_UNKNOWN] * (end - len(table)))
    if false_for is None:
        for index in range(start, end):
            if table[index] is _UNKNOWN:
                table[index] = compute(doc[index])
        return table
    arrays = doc_arrays(doc)
    lower, pos = arrays.lower, arrays.pos
    for index in range(start, end):
        if table[index] is _UNKNOWN:
            table[index] = False if false_for(lower[index], pos[index]) else compute(doc[index])
    return table


def doc_memoised(doc: Doc, key: Hashable, compute: Callable[[], Answer]) -> Answer:
    """``compute()``, a fact about `doc` named by `key`, computed once while a memo of `doc` is
    open (and on each call outside one)."""
    memo = _ACTIVE.get()
    if memo is None or memo.doc is not doc:
        return compute()
    facts = memo.facts
    answer = facts.get(key, _UNKNOWN)
    if answer is _UNKNOWN:
        answer = facts[key] = compute()
    return answer  # type: ignore[return-value]


def forget_facts(doc: Doc) -> None:
    """Drop `doc`'s per-Doc facts, wherever a memo of it is kept (open, last or pooled): its
    actor mentions changed. The per-token answers read only the model's parse and stay."""
    pool = _POOL.get()
    for memo in (_ACTIVE.get(), _LAST.get(), None if pool is None else pool.get(id(doc))):
        if memo is not None and memo.doc is doc:
            memo.facts.clear()


def doc_text(doc: Doc) -> str:
    """``doc.text`` (which spaCy joins from the tokens on every call), once per memo: no rule
    edits a token's text, so a new mention list (`forget_facts`) leaves it. Outside an open
    memo of `doc` the pool's memo of it keeps the text (the document rules read it per rule,
    between the Docs' memos: ~17,000 joins per 100 documents, round 48)."""
    memo = _ACTIVE.get()
    if memo is None or memo.doc is not doc:
        pool = _POOL.get()
        memo = None if pool is None else pool.get(id(doc))
        if memo is None or memo.doc is not doc:
            return doc.text
    text = memo.text
    if text is None:
        text = memo.text = doc.text
    return text


def lower_words(span: Span) -> list[str]:
    """The lowercase forms of a span's tokens (the Doc's read once per memo, open or pooled:
    `doc_arrays`)."""
    doc = span.doc
    memo = _ACTIVE.get()
    if memo is None or memo.doc is not doc:
        pool = _POOL.get()
        if pool is None or id(doc) not in pool:
            return [token.lower_ for token in span]
    return doc_arrays(doc).lower[span.start : span.end]  # no `Token` per word


def open_lower(doc: Doc) -> list[str] | None:
    """The lowercase forms of `doc`'s tokens by index while a memo of `doc` is open (read
    once per memo, no `Token` per word), else None: outside one, a rule that reads a few
    words reads them from the tokens (reading the whole Doc would cost more)."""
    memo = _ACTIVE.get()
    if memo is None or memo.doc is not doc:
        return None
    return doc_arrays(doc).lower


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]] | None:
    """Each token's sentence start and end, as ``Token.sent`` finds them: back to the nearest
    token marked as a sentence start (or the first), forward to the next one (or the end);
    None where the Doc has no sentence starts (``Token.sent`` raises there)."""
    if not doc.has_annotation("SENT_START"):
        return None
    # ``Token.is_sent_start`` is True where the start flag is 1 (-1: False, 0: None)
    marked = [flag == 1 for flag in doc.to_array(SENT_START).tolist()]
    starts: list[int] = []
    start = 0
    for i, is_start in enumerate(marked):
        if is_start:
            start = i
        starts.append(start)
    ends = [0] * len(marked)
    end = len(marked)
    for i in range(len(marked) - 1, -1, -1):
        ends[i] = end
        if marked[i]:
            end = i
    return starts, ends


def sentence_start(token: Token) -> int:
    """``token.sent.start``; inside a memo of the token's Doc, its entry in the Doc's bounds
    (`_sentence_bounds`, read on first use; no helper call: ~300,000 calls per 60
    documents)."""
    memo = _ACTIVE.get()
    if memo is not None and memo.doc is token.doc:
        bounds = memo.bounds
        if bounds is _UNKNOWN:
            bounds = memo.bounds = _sentence_bounds(token.doc)
        if bounds is not None:
            return bounds[0][token.i]  # type: ignore[index]
    return token.sent.start


def sentence_end(token: Token) -> int:
    """``token.sent.end``, as `sentence_start` reads it."""
    memo = _ACTIVE.get()
    if memo is not None and memo.doc is token.doc:
        bounds = memo.bounds
        if bounds is _UNKNOWN:
            bounds = memo.bounds = _sentence_bounds(token.doc)
        if bounds is not None:
            return bounds[1][token.i]  # type: ignore[index]
    return token.sent.end


_COLUMN_NAMES = ("text", "lower", "pos", "tag", "dep", "head", "lemma", "morph")


class DocArrays:
    """A Doc's token attributes as lists indexed by token: what ``token.text``, ``.lower_``,
    ``.pos_``, ``.tag_``, ``.dep_``, ``.head.i``, ``.lemma_``, ``.morph.key`` and the indices
    of ``.children`` give, read once (one ``Doc.to_array``, each column on its first use) so
    that a rule scanning tokens indexes a list (~12 ns) instead of making a `Token` and
    reading its attribute (50–200 ns)."""

    __slots__ = ("_doc", "length", "_hashes", "children", *_COLUMN_NAMES)

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self.length = len(doc)  # the Doc's length when read (a retokenizer may change it)
        self._hashes: object = None  # the Doc's attribute columns (`Doc.to_array`), once read

    def __getattr__(self, name: str) -> list:
        """A column, read on its first use (a slot not yet set lands here)."""
        if name == "children":  # each token's children (``Token.children``), in Doc order
            children: list[list[int]] = [[] for _ in range(self.length)]
            for i, head in enumerate(self.head):
                if head != i:
                    children[head].append(i)
            self.children = children
            return children
        if name not in _COLUMNS:
            raise AttributeError(name)
        if self._hashes is None:
            attributes = [_COLUMNS[column] for column in _COLUMN_NAMES]
            self._hashes = self._doc.to_array(attributes).T.tolist()
        column = self._hashes[_COLUMN_NAMES.index(name)]  # type: ignore[index]
        if name == "head":  # the head's offset, stored unsigned: back to signed, to an index
            values: list = [i + (o - 2**64 if o >= 2**63 else o) for i, o in enumerate(column)]
        elif name == "morph":
            values = column
        else:
            values = _names(self._doc.vocab.strings, column)
        setattr(self, name, values)
        return values


_COLUMNS = {
    "text": ORTH,
    "lower": LOWER,
    "pos": POS,
    "tag": TAG,
    "dep": DEP,
    "head": HEAD,
    "lemma": LEMMA,
    "morph": MORPH,
}


# A string by its hash: a pure function of the two (the StringStore never forgets a string).
_NAMES: dict[int, str] = {}


def string_names(strings: object, hashes: list[int]) -> list[str]:
    """The strings of `hashes` (a `Doc.to_array` column of ``ORTH``, ``LOWER`` …), each looked
    up in `strings` (the Doc's ``vocab.strings``) once per process."""
    return _names(strings, hashes)


def _names(strings: object, hashes: list[int]) -> list[str]:
    names = _NAMES
    try:
        return list(map(names.__getitem__, hashes))  # every name known: a loop in C
    except KeyError:
        for key in hashes:
            if key not in names:
                names[key] = strings[key]  # type: ignore[index]
        return list(map(names.__getitem__, hashes))


def doc_arrays(doc: Doc) -> DocArrays:
    """`doc`'s `DocArrays`, read once per memo of `doc`: the open one, else the pool's (the
    document rules run between the Docs' memos: round 56, perf56e), and on each call outside
    both; a Doc whose length changed since (a retokenizer) is read again."""
    memo = _ACTIVE.get()
    if memo is None or memo.doc is not doc:
        pool = _POOL.get()
        memo = None if pool is None else pool.get(id(doc))
        if memo is None or memo.doc is not doc:
            return DocArrays(doc)
    arrays = memo.arrays
    if arrays is None or arrays.length != len(doc):
        arrays = memo.arrays = DocArrays(doc)
    return arrays


def doc_tokens(doc: Doc) -> Sequence[Token]:
    """`doc`'s tokens by index, made once while a memo of `doc` is open (``doc[i]`` makes a
    new `Token` on every call: 2.3 M per 60 documents, round 56); outside one, `doc` itself.
    A Doc whose length changed since (a retokenizer) is read again."""
    memo = _ACTIVE.get()
    if memo is None or memo.doc is not doc:
        return doc
    tokens = memo.tokens
    if tokens is None or len(tokens) != len(doc):
        tokens = memo.tokens = list(doc)
    return tokens


# A morphology's values by (morphology hash, field): a pure function of the two.
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}


def morph_values(token: Token, field: str) -> list[str]:
    """``token.morph.get(field)``, kept per morphology (spaCy splits the feature strings on
    every call; a corpus has few distinct morphologies) and, inside a memo, per token."""
    memo = _ACTIVE.get()
    if memo is None or memo.doc is not token.doc:
        return list(_values(token.morph.key, field, token))
    index = token.i
    by_token = memo.morph.get(field)  # the common case: the field's list is there, the index in it
    if by_token is None:
        by_token = _morph_by_token(memo, field, index + 1)
        values = None
    else:
        try:
            values = by_token[index]
        except IndexError:  # the Doc has grown since (retokenized)
            by_token = _morph_by_token(memo, field, index + 1)
            values = None
    if values is None:
        keys = memo.morph_keys
        if keys is None or index >= len(keys):  # the Doc's morphology hashes, once per memo
            keys = memo.morph_keys = token.doc.to_array(MORPH).tolist()
        values = by_token[index] = _values(keys[index], field, token)
    return list(values)


def morph_values_in(doc: Doc, field: str, start: int, end: int) -> list[tuple[str, ...]]:
    """``doc[i].morph.get(field)`` (as a tuple) for the tokens ``start`` to ``end``, read from
    the Doc's morphology column (`doc_arrays`): a `Token` is made only for a morphology not
    seen before (round 55: a sentence's scan made one per word)."""
    keys = doc_arrays(doc).morph
    found = []
    for index in range(start, end):
        values = _MORPH_VALUES.get((keys[index], field))
        if values is None:
            values = _values(keys[index], field, doc[index])
        found.append(values)
    return found


def _morph_by_token(memo: _Memo, field: str, length: int) -> list:
    """A field's values by token in `memo`, with room for `length` tokens."""
    by_token = memo.morph.get(field)
    if by_token is None:
        by_token = memo.morph[field] = [None] * max(len(memo.doc), length)
    elif len(by_token) < length:  # the Doc has grown since (retokenized): make room
        by_token.extend([None] * (length - len(by_token)))
    return by_token


def _values(key: int, field: str, token: Token) -> tuple[str, ...]:
    values = _MORPH_VALUES.get((key, field))
    if values is None:
        values = _MORPH_VALUES[(key, field)] = tuple(token.morph.get(field))
    return values
