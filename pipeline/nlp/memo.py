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
never goes stale.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

from spacy.attrs import MORPH, SENT_START
from spacy.tokens import Doc, Span, Token

from pipeline.nlp.grammar import active_grammar

Answer = TypeVar("Answer")

# The Doc being memoised and its answers by (function, token index).
_UNKNOWN = object()  # not computed yet (None is an answer)
_GRAMMAR = object()  # the answers' key of the grammar they were computed with
_ACTIVE: ContextVar[tuple[Doc, dict] | None] = ContextVar("styrdok_token_memo", default=None)
# The Doc memoised last and its answers, kept for the next component on the same Doc.
_LAST: ContextVar[tuple[Doc, dict] | None] = ContextVar("styrdok_last_memo", default=None)


@contextmanager
def token_memo(doc: Doc) -> Iterator[None]:
    """Memoise the `memoised` predicates of `doc`'s tokens until the block ends."""
    active = _ACTIVE.get()
    if active is not None and active[0] is doc:
        yield  # already open for this Doc (a component called from another)
        return
    last = _LAST.get()
    grammar = active_grammar()
    if last is not None and last[0] is doc and last[1].get(_GRAMMAR) is grammar:
        memo = last
    else:
        memo = (doc, {_GRAMMAR: grammar})
    _LAST.set(memo)
    reset = _ACTIVE.set(memo)
    try:
        yield
    finally:
        _ACTIVE.reset(reset)


def memoised(function: Callable[[Token], Answer]) -> Callable[[Token], Answer]:
    """`function` of a token, computed once per token while a memo of its Doc is open."""

    @wraps(function)
    def wrapper(token: Token) -> Answer:
        active = _ACTIVE.get()
        if active is None or active[0] is not token.doc:
            return function(token)
        # the function's answers by token index, under the function itself
        table = active[1].get(function)
        if table is None:
            table = active[1][function] = {}
        index = token.i
        answer = table.get(index, _UNKNOWN)
        if answer is _UNKNOWN:
            answer = table[index] = function(token)
        return answer

    return wrapper


def doc_memoised(doc: Doc, key: Hashable, compute: Callable[[], Answer]) -> Answer:
    """``compute()``, a fact about `doc` named by `key`, computed once while a memo of `doc` is
    open (and on each call outside one)."""
    active = _ACTIVE.get()
    if active is None or active[0] is not doc:
        return compute()
    answers = active[1]
    answer = answers.get(key, _UNKNOWN)
    if answer is _UNKNOWN:
        answer = answers[key] = compute()
    return answer


def doc_text(doc: Doc) -> str:
    """``doc.text`` (which spaCy joins from the tokens on every call)."""
    return doc_memoised(doc, "text", lambda: doc.text)


def lower_words(span: Span) -> list[str]:
    """The lowercase forms of a span's tokens (the Doc's read once per memo)."""
    doc = span.doc
    active = _ACTIVE.get()
    if active is None or active[0] is not doc:
        return [token.lower_ for token in span]
    words = doc_memoised(doc, "lower words", lambda: [token.lower_ for token in doc])
    return words[span.start : span.end]


_BOUNDS = "sentence bounds"  # a Doc memo's key


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


def _bounds(token: Token) -> tuple[list[int], list[int]] | None:
    active = _ACTIVE.get()
    if active is None or active[0] is not token.doc:
        return None
    answers = active[1]  # as `doc_memoised`, without looking the memo up again
    bounds = answers.get(_BOUNDS, _UNKNOWN)
    if bounds is _UNKNOWN:
        bounds = answers[_BOUNDS] = _sentence_bounds(token.doc)
    return bounds  # type: ignore[return-value]


def sentence_start(token: Token) -> int:
    bounds = _bounds(token)
    return token.sent.start if bounds is None else bounds[0][token.i]


def sentence_end(token: Token) -> int:
    bounds = _bounds(token)
    return token.sent.end if bounds is None else bounds[1][token.i]


# A morphology's values by (morphology hash, field): a pure function of the two.
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}
_MORPH_KEYS = "morphology hashes"  # a Doc memo's key


def morph_values(token: Token, field: str) -> list[str]:
    """``token.morph.get(field)``, kept per morphology (spaCy splits the feature strings on
    every call; a corpus has few distinct morphologies)."""
    active = _ACTIVE.get()
    if active is not None and active[0] is token.doc:
        keys = active[1].get(_MORPH_KEYS)
        if keys is None:  # the morphology hashes of the Doc's tokens, read once per memo
            keys = active[1][_MORPH_KEYS] = token.doc.to_array(MORPH).tolist()
        key = (keys[token.i], field)
    else:
        key = (token.morph.key, field)
    values = _MORPH_VALUES.get(key)
    if values is None:
        values = _MORPH_VALUES[key] = tuple(token.morph.get(field))
    return list(values)
