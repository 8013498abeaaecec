"""Short names of the document's company: a text that names ``Norrviken Energi AB`` once
may go on with ``Norrviken ska förvalta …`` or ``Norrvikens verksamhet``. The short name
is an actor with the company's canonical (docs/annotation.md §2.3), like ``RD`` for
``regiondirektör``.

Only a subject or a genitive possessor counts: a place name that is also the company's
first word (``i Norrviken``) names the place, and a word inside a compound
(``Norrvikenmodellen``) is another word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.lexicon import ActorLexicon

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nmod:poss"})
LEGAL_FORMS = ("ab", "aktiebolag")


def short_names(
    names: Iterable[str], organisation: str | None, lexicon: ActorLexicon
) -> dict[str, str]:
    """Short form (as the name writes it) → the company's canonical, for each company
    name of a place or name word, a business word and the legal form (``Norrviken Energi
    AB`` → ``Norrviken``). A first word that also opens another name of the document
    (``Norrviken kommun``; unless the company is the document's organisation) or is an
    actor word is not distinctive."""
    written = sorted({_nominative(n) for n in (*names, *([organisation] if organisation else []))})
    result: dict[str, str] = {}
    for name in written:
        words = _without_lead_words(name.split(), lexicon)
        if len(words) < 3 or words[-1].lower() not in LEGAL_FORMS:
            continue  # "Namn AB": a one-word name is not shortened
        short = words[0]
        others = [
            other
            for other in written
            if other.split()[0] == short and other.lower() not in name.lower()
        ]  # "Norrviken Energi" is the same company written without its legal form
        if (
            len(short) < 3
            or not short[0].isupper()
            or (others and name != organisation)
            or lexicon.analyse(short.lower()) is not None
        ):
            continue
        result[short] = " ".join(words).lower()
    return result


def _without_lead_words(words: list[str], lexicon: ActorLexicon) -> list[str]:
    """``Bolaget Norrviken Energi AB`` (a sentence start glued to the name) → the name."""
    while len(words) > 1 and lexicon.analyse(words[0].lower()) is not None:
        words = words[1:]
    return words


def _nominative(name: str) -> str:
    """``Norrviken Energi AB:s`` → ``Norrviken Energi AB``."""
    return name.removesuffix(":s")


def short_name_mentions(doc: Doc, names: dict[str, str]) -> list[ActorMention]:
    """Mentions of the short names in a Doc that no other mention covers."""
    covered = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    found = []
    for token in doc:
        canonical, genitive = _short_name(token, names)
        if canonical is None or token.i in covered or not _subject_like(token, genitive):
            continue
        found.append(
            ActorMention(
                token.idx,
                token.idx + len(token.text),
                token.text,
                canonical,
                "organisation",
                "organisation",
                token.i,
                token.i,
                genitive=genitive,
                short=True,
                source="name",
                role="organisation",
            )
        )
    return found


def _short_name(token: Token, names: dict[str, str]) -> tuple[str | None, bool]:
    if token.text in names:
        return names[token.text], False
    if token.text.endswith("s") and token.text[:-1] in names:
        return names[token.text[:-1]], True
    return None, False


def _subject_like(token: Token, genitive: bool) -> bool:
    if genitive:
        return True
    if token.dep_ in SUBJECT_DEPS:
        return True
    # a conjunct of a subject ("Norrviken och dotterbolagen ska …")
    return token.dep_ == "conj" and token.head.dep_ in SUBJECT_DEPS


def add_short_names(
    docs: Sequence[Doc], organisation: str | None, lexicon: ActorLexicon
) -> list[Doc]:
    """Add the short-name mentions to each Doc's actors; the Docs that gained one (their
    statements need finding again)."""
    names = short_names(
        (m.text for doc in docs for m in doc._.actors or [] if m.source == "name"),
        organisation,
        lexicon,
    )
    if not names:
        return []
    changed = []
    for doc in docs:
        added = short_name_mentions(doc, names)
        if added:
            doc._.actors = sorted([*(doc._.actors or []), *added], key=lambda m: m.start)
            changed.append(doc)
    return changed
