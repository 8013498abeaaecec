"""Organisation charts flattened into a verbless run of body names (round 32, D9).

An organisation chart read from a web page or PDF becomes one clause of names
(``Organisation Styrelse Rektor Tekniska fakulteten Institutioner``): no finite verb, several
actor heads. Decided from the clause's syntax, not from its layout (docs/annotation.md §2.6
D9): every unit with a name there (a classifying adjective, a place, a proper noun:
``Tekniska fakulteten`` → ``teknisk fakultet``) is an actor, the `only_subject` heads (which
elsewhere need an agentive verb) included; a bare kind word (``Fakulteter``,
``Institutioner``) names the kind, no unit, and stays none as an `only_subject` head. Other
bare plurals are kept: the tagger misses finite verbs often enough (``tjänstepersoner
bereder och förser …`` read without a verb) that dropping them loses real subjects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import PERSON_CATEGORIES, ActorLexicon
from pipeline.nlp.memo import morph_values

if TYPE_CHECKING:
    from pipeline.nlp.actors import ActorMention

CHART_HEADS = 3  # the fewest actor heads of a run of body names


def in_chart(doc: Doc, mention: ActorMention, mentions: Sequence[ActorMention]) -> bool:
    """`mention` stands in a verbless run (`_verbless_run`) with at least `CHART_HEADS`
    mentions: a flattened organisation chart."""
    run = _verbless_run(doc, mention.first_token)
    if run is None:
        return False
    start, end = run
    return sum(1 for m in mentions if start <= m.first_token < end) >= CHART_HEADS


def _verbless_run(doc: Doc, at: int) -> tuple[int, int] | None:
    """The token range of the sentences without a finite verb around token `at` (the parser
    cuts a run of names into sentences anywhere); None when its own sentence has one."""
    sentences = list(doc.sents)
    index = next(i for i, sentence in enumerate(sentences) if sentence.start <= at < sentence.end)
    if _finite(sentences[index]):
        return None
    first = last = index
    while first > 0 and not _finite(sentences[first - 1]):
        first -= 1
    while last + 1 < len(sentences) and not _finite(sentences[last + 1]):
        last += 1
    return sentences[first].start, sentences[last].end


def _finite(sentence: Span) -> bool:
    """A verb that is finite or has no verb form (an infinitive, participle or supine is
    none: ``Organisation Styrelse …`` may hold a participle read as a verb)."""
    return any(
        token.pos_ in {"VERB", "AUX"}
        and not {"Inf", "Part", "Sup"} & set(morph_values(token, "VerbForm"))
        for token in sentence
    )


def named_in_chart(doc: Doc, mention: ActorMention, mentions: Sequence[ActorMention]) -> bool:
    """A unit with a name (its canonical more than its head: ``teknisk fakultet``) in a
    chart."""
    return mention.canonical != mention.head and in_chart(doc, mention, mentions)


_ONE_WORD_LABELS = frozenset(label[0] for label in GRAMMAR.metadata_labels if len(label) == 1)
# A heading's function words in capitals are no name (round 35, S2).
_FUNCTION_CLASSES = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PRON"})
CHART_NAME_TITLE_LENGTH = 5  # the longest Title-case name word after a bare body noun (Norr)
CHART_NAME_CAPITALS_LENGTH = 8  # the longest name word in capitals (NORD, SUS)


def with_chart_names(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``Kulturnämnd NORD Kulturnämnd Syd Hälso- och vårdnämnden``: in a chart, a capitalised
    bare (indefinite singular) one-word body noun followed by a short name word (in capitals,
    or Title-case of at most `CHART_NAME_TITLE_LENGTH` letters) that is no actor word nor
    field label (``GATUKONTORET Datum:``), before the next name, a mark or the end, is one
    name with it, canonical as written in lower case (round 34, cause C5; a definite noun
    has round 29's rule, ``Patientnämnden Ekdalen``)."""
    starts = {m.first_token for m in mentions}
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    found = []
    for mention in mentions:
        place = mention.last_token + 1
        if _name_word_after(doc, mention, place, covered, starts, lexicon) and in_chart(
            doc, mention, mentions
        ):
            span = doc[mention.first_token : place + 1]
            mention = replace(
                mention, end=span.end_char, text=span.text, canonical=span.text.lower(),
                last_token=place, source="name",
            )
        found.append(mention)
    return found


def _name_word_after(
    doc: Doc, mention: ActorMention, place: int, covered: set[int], starts: set[int],
    lexicon: ActorLexicon,
) -> bool:
    token = doc[mention.last_token]
    if (
        mention.first_token != mention.last_token
        or mention.genitive
        or mention.plural
        or mention.category in PERSON_CATEGORIES
        or not token.text[:1].isupper()
        or token.lower_ != mention.canonical  # a bare noun; a definite one: round 29's rule
        or place >= len(doc)
        or place in covered
    ):
        return False
    word = doc[place]
    capitals = word.text.isupper() and len(word.text) <= CHART_NAME_CAPITALS_LENGTH
    title = word.is_title and len(word.text) <= CHART_NAME_TITLE_LENGTH
    if not word.is_alpha or not (capitals or title) or lexicon.analyse(word.text) is not None:
        return False
    if word.pos_ in _FUNCTION_CLASSES:  # "ORGANISATION OCH LEDNING UNDER …" (round 35, S2)
        return False
    if word.lower_ in lexicon.cover_words or word.lower_ in _ONE_WORD_LABELS:
        return False  # "GATUKONTORET Datum: …": a field label
    after = place + 1
    return after >= len(doc) or after in starts or (doc[after].is_punct and doc[after].text != ":")
