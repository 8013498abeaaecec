"""Members' meetings named as events, not actors (round 21, cause C5; docs/annotation.md
§2.1): ``Kallelse till årsmötet ska skickas senast två veckor före årsmötet``, ``Protokoll
från föreningsstämman``. An assembly whose meeting (`meeting_heads`: ``årsmöte``,
``föreningsstämma``) a temporal preposition places in time (`event_prepositions`: ``före``,
``efter``) or that a document of the meeting names (`event_nouns` + `event_noun_prepositions`:
``kallelse till``, ``protokoll från``) is the meeting, no actor; as a subject, an ``av``-agent
or the receiver of a proposal (``lämnas till stämman``) it stays the body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.language.lexicon import ActorLexicon

# Words that may stand between the frame and the assembly ("före nästa ordinarie årsmöte").
_ATTRIBUTE_POS = frozenset({"DET", "ADJ", "NUM"})


def meeting_as_event(doc: Doc, token: Token, canonical: str, lexicon: ActorLexicon) -> bool:
    """The assembly `token` (its `canonical`) is a members' meeting in an event frame."""
    if not canonical.endswith(tuple(lexicon.meeting_heads)):
        return False
    position = token.i - 1
    while position >= 0 and doc[position].pos_ in _ATTRIBUTE_POS:
        position -= 1
    if position < 0:
        return False
    word = doc[position].lower_
    if word in lexicon.event_prepositions:
        return True
    return (
        word in lexicon.event_noun_prepositions
        and position >= 1
        and doc[position - 1].lower_.startswith(tuple(lexicon.event_nouns))
    )
