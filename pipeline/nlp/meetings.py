"""The short form of the document's members' meeting: a statute that names its
``årsmötet`` or ``föreningsstämman`` may go on with ``Mötet väljer revisorer …``. The
definite ``mötet`` is then that assembly (docs/annotation.md §2.5, round 16 cause C6), an
actor with its canonical, where it acts: as a subject or a passive's ``av``-agent. Elsewhere
(``Vid mötet``, ``kallar till mötet``) and in a document without exactly one such assembly
(a board's arbetsordning: ``Mötet öppnas av ordföranden``) it is the event, no actor.

The forms (`meeting_short_forms`) and the heads of the assemblies they refer to
(`meeting_heads`: ``möte``, ``stämma``, and their compounds; and any association assembly of
category övrig, ``kongress``, ``representantskap``: round 47) are in configs/actors.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from pipeline.language.lexicon import ActorLexicon
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.memo import sentence_start
from pipeline.nlp.verbs import is_finite, is_passive

_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})

# the category of an association's assemblies in configs/actors.yaml (`kongress`, `årsmöte`);
# a municipality's and a region's are `politiskt organ`
MEMBERS_ASSEMBLY_CATEGORY = "övrig"


def document_meeting(
    mentions: Iterable[ActorMention], lexicon: ActorLexicon
) -> ActorMention | None:
    """The one members' meeting the document names (``årsmöte``, ``förbundsstämma``; a bare
    ``stämman`` beside ``föreningsstämman`` is the same one), a mention of it; None when it
    names none or several."""
    meetings = {
        m.canonical: m
        for m in mentions
        if m.role == "assembly" and not m.plural and _members_meeting(m, lexicon)
    }
    longest = {
        name: m
        for name, m in meetings.items()
        if not any(other != name and other.endswith(name) for other in meetings)
    }
    return next(iter(longest.values())) if len(longest) == 1 else None


def _members_meeting(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``årsmöte``, ``föreningsstämma`` (`meeting_heads`), or any other assembly of an
    association, whose category is no political body's (``kongress``,
    ``representantskap``; round 47, analysis 47-bo A3): not ``fullmäktige``."""
    return (
        mention.canonical.endswith(tuple(lexicon.meeting_heads))
        or mention.category == MEMBERS_ASSEMBLY_CATEGORY
    )


def meeting_mentions(docs: Sequence[Doc], lexicon: ActorLexicon) -> dict[int, list[ActorMention]]:
    """For each Doc (by position) the mentions of the acting ``mötet`` that refer to the
    document's one members' meeting (`document_meeting`)."""
    meeting = document_meeting((m for doc in docs for m in doc._.actors or []), lexicon)
    if meeting is None:
        return {}
    found: dict[int, list[ActorMention]] = {}
    for index, doc in enumerate(docs):
        covered = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
        for token in doc:
            if token.i in covered or token.lower_ not in lexicon.meeting_short_forms:
                continue
            if not _acting(token):
                continue
            found.setdefault(index, []).append(
                ActorMention(
                    token.idx,
                    token.idx + len(token),
                    token.text,
                    meeting.canonical,
                    meeting.category,
                    meeting.head,
                    token.i,
                    token.i,
                    genitive=token.lower_.endswith("s"),
                    short=True,
                    source="meeting",
                    role=meeting.role,
                )
            )
    return found


def _acting(token: Token) -> bool:
    """``Mötet väljer …`` (a subject, also by its place: first in the sentence before a
    verb), ``fastställs av mötet`` (a passive's agent)."""
    if token.dep_ in _SUBJECT_DEPS:
        return True
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.is_sent_start and after is not None and after.pos_ in {"VERB", "AUX"}:
        return True
    return (token.i > 0 and doc[token.i - 1].lower_ == "av") or _inverted_after_fronted(token)


# What opens a fronted adverbial: a preposition (``Vid årets möte``) or an adverb (``Därefter``)
_FRONTED_OPENERS = frozenset({"ADP", "ADV"})


def _inverted_after_fronted(token: Token) -> bool:
    """``Vid höstens möte beslutar mötet om …``, ``Därefter väljer mötet …``: V2 inversion
    (docs/annotation.md 'Inverted subjects'): in a sentence that opens with an adverbial (a
    preposition or an adverb first), the word right after the active finite verb is its
    subject where no subject stands before the verb, whatever the parser called it (round 51,
    analysis 51-bo B). ``Inför mötet skickar styrelsen …``: the fronted phrase's ``mötet``
    is the event."""
    if token.i == 0:
        return False
    verb, doc = token.doc[token.i - 1], token.doc
    start = sentence_start(verb)
    if verb.i == start or doc[start].pos_ not in _FRONTED_OPENERS:
        return False
    if not is_finite(verb) or is_passive(verb):
        return False
    governor = verb.head if verb.dep_ in {"aux", "cop"} else verb
    return not any(
        child.dep_ in _SUBJECT_DEPS and child.i < verb.i for child in governor.children
    )
