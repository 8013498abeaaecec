"""Per-Doc memo of per-token predicates (``is_verb``, ``tense_of``, the sentence bounds).

The rules ask the same question of the same token many times per sentence (every verb
group, every coordination scan). A component opens a memo for its Doc with
``with token_memo(doc):``; inside it a `memoised` function computes each token's answer once.
Outside a memo (tests, document rules) the functions compute as before. A memo lives only
as long as one component call, during which nothing edits the Doc's tokens, so an answer
never goes stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

from spacy.tokens import Doc, Token

Answer = TypeVar("Answer")

# The Doc being memoised and its answers by (function, token index).
_UNKNOWN = object()  # not computed yet (None is an answer)
_ACTIVE: ContextVar[tuple[Doc, dict] | None] = ContextVar("styrdok_token_memo", default=None)


@contextmanager
def token_memo(doc: Doc) -> Iterator[None]:
    """Memoise the `memoised` predicates of `doc`'s tokens until the block ends."""
    active = _ACTIVE.get()
    if active is not None and active[0] is doc:
        yield  # already open for this Doc (a component called from another)
        return
    reset = _ACTIVE.set((doc, {}))
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
        answers = active[1]
        key = (function, token.i)
        answer = answers.get(key, _UNKNOWN)
        if answer is _UNKNOWN:
            answer = answers[key] = function(token)
        return answer

    return wrapper


@memoised
def sentence_start(token: Token) -> int:
    return token.sent.start


@memoised
def sentence_end(token: Token) -> int:
    return token.sent.end
