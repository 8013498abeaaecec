"""Members' meetings named as events, not actors (round 21, cause C5; docs/annotation.md
§2.1): ``Kallelse till årsmötet ska skickas senast två veckor före årsmötet``, ``Protokoll
från föreningsstämman``. An assembly whose meeting (`meeting_heads`: ``årsmöte``,
``föreningsstämma``) a temporal preposition places in time (`event_prepositions`: ``före``,
``efter``) or that a document of the meeting names (`event_nouns` + `event_noun_prepositions`:
``kallelse till``, ``protokoll från``) is the meeting, no actor; as a subject, an ``av``-agent
or the receiver of a proposal (``lämnas till stämman``) it stays the body.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from pipeline.language.lexicon import ActorLexicon
from pipeline.nlp.memo import doc_arrays

# Words that may stand between the frame and the assembly ("före nästa ordinarie årsmöte").
_ATTRIBUTE_POS = frozenset({"DET", "ADJ", "NUM"})


def meeting_as_event(doc: Doc, token: Token, canonical: str, lexicon: ActorLexicon) -> bool:
    """The assembly `token` (its `canonical`) is a members' meeting in an event frame."""
    if not canonical.endswith(tuple(lexicon.meeting_heads)):
        return False
    position = token.i - 1
    while position >= 0 and (
        doc[position].pos_ in _ATTRIBUTE_POS or doc[position].lower_ in lexicon.meeting_attributes
    ):
        position -= 1
    if position < 0:
        return False
    word = doc[position].lower_
    if word in lexicon.event_prepositions:
        return True
    spans = _word_at(doc, position, lexicon.event_span_openers) or _word_at(
        doc, position, lexicon.event_span_closers
    )
    if spans and _meeting_span(doc, position, lexicon):
        return True  # "från stämman till nästa stämma" (round 39)
    return (
        word in lexicon.event_noun_prepositions
        and position >= 1
        and doc[position - 1].lower_.startswith(tuple(lexicon.event_nouns))
    )


def _meeting_span(doc: Doc, position: int, lexicon: ActorLexicon) -> bool:
    """``från ordinarie föreningsstämma till nästa föreningsstämma``: the preposition at
    `position` and its counterpart (`event_span_openers` before `event_span_closers`) each
    take a meeting (`meeting_heads`), so both meetings are points in time (round 39,
    analyst av C6)."""
    opener = _word_at(doc, position, lexicon.event_span_openers)
    counterparts = lexicon.event_span_closers if opener else lexicon.event_span_openers
    others = range(position + 1, len(doc)) if opener else range(position - 1, -1, -1)
    return any(
        _word_at(doc, other, counterparts) and _meeting_after(doc, other, lexicon)
        for other in others
    )


def _word_at(doc: Doc, position: int, words: frozenset[str]) -> bool:
    """One of `words` ends at `position`: a one-word preposition, or the last word of a
    spelled-out one (``till och med``, round 48, analysis 48-y X-event)."""
    lower = doc_arrays(doc).lower
    word = lower[position]
    if word in words:
        return True
    return any(
        parts[-1] == word
        and position + 1 >= len(parts)
        and tuple(lower[position + 1 - len(parts) : position + 1]) == parts
        for parts in _phrases(words)
    )


@lru_cache(maxsize=16)
def _phrases(words: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The multi-word entries of a word list, split once (a frozenset keeps its hash)."""
    return tuple(tuple(phrase.split(" ")) for phrase in sorted(words) if " " in phrase)


def _meeting_after(doc: Doc, position: int, lexicon: ActorLexicon) -> bool:
    """A meeting noun after the preposition at `position`, past its attributes."""
    position += 1
    while position < len(doc) and (
        doc[position].pos_ in _ATTRIBUTE_POS or doc[position].lower_ in lexicon.meeting_attributes
    ):
        position += 1
    word = doc[position].lower_ if position < len(doc) else ""
    return any(head in word for head in lexicon.meeting_heads)
