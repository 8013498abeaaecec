"""styrdok's spaCy components: actors, verbs and statements, registered as factories.

Each component finds matches with the pure functions of `pipeline.nlp.actors` and
`pipeline.nlp.statements`, then writes them to ``Doc`` extensions (registered once in
`register_extensions`). Lexicon and cue files come through the nlp config.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.actors import find_actors
from pipeline.nlp.lexicon import ActorLexicon, DeonticCues, load_actor_lexicon, load_deontic_cues
from pipeline.nlp.statements import find_statements, find_verbs

EXTENSIONS = ("actors", "verbs", "statements")


def register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


SENTENCE_END = frozenset({".", "!", "?"})


def set_sentence_starts(doc: Doc, *, fix_inside: bool = True) -> Doc:
    """Sentence boundaries by punctuation, set before the parser (which respects them).

    Clause texts are edited prose: a sentence ends at ``.``/``!``/``?`` before a capital,
    digit or quote. Abbreviations (``t.ex.``, ``kap.``) are single tokens and never split.
    With `fix_inside`, every other token is marked as not starting a sentence, so the
    parser cannot split ``Vd i Tallbo AB | är skyldig …``; without it the parser may still
    add boundaries (for text with unpunctuated headings).
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        first = token.text[:1]
        ends = previous.text in SENTENCE_END and (
            first.isupper() or first.isdigit() or first in "\"”'(–-•"
        )
        if ends or fix_inside:
            token.is_sent_start = ends
    if len(doc):
        doc[0].is_sent_start = True
    return doc


class SentenceStarts:
    def __init__(self, fix_inside: bool) -> None:
        self.fix_inside = fix_inside

    def __call__(self, doc: Doc) -> Doc:
        return set_sentence_starts(doc, fix_inside=self.fix_inside)


@Language.factory(
    "styrdok_sentences", default_config={"fix_inside": True}, assigns=["token.is_sent_start"]
)
def make_sentence_starts(nlp: Language, name: str, fix_inside: bool) -> SentenceStarts:
    return SentenceStarts(fix_inside)


class ActorTagger:
    def __init__(self, lexicon: ActorLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = find_actors(doc, self.lexicon)
        return doc


class VerbTagger:
    def __init__(self, cues: DeonticCues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.actors or []
        doc._.verbs = [
            verb for sentence in doc.sents for verb in find_verbs(sentence, self.cues, mentions)
        ]
        return doc


class StatementFinder:
    def __init__(self, cues: DeonticCues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.actors or []
        doc._.statements = [
            (index, statement)
            for index, sentence in enumerate(doc.sents)
            for statement in find_statements(sentence, mentions, self.cues)
        ]
        return doc


@Language.factory(
    "styrdok_actors",
    default_config={"lexicon_path": "configs/actors.yaml"},
    assigns=["doc._.actors"],
)
def make_actor_tagger(nlp: Language, name: str, lexicon_path: str) -> ActorTagger:
    register_extensions()
    return ActorTagger(load_actor_lexicon(lexicon_path))


@Language.factory(
    "styrdok_verbs",
    default_config={"cues_path": "configs/deontics.yaml"},
    requires=["token.pos", "token.morph", "token.dep", "doc._.actors"],
    assigns=["doc._.verbs"],
)
def make_verb_tagger(nlp: Language, name: str, cues_path: str) -> VerbTagger:
    register_extensions()
    return VerbTagger(load_deontic_cues(cues_path))


@Language.factory(
    "styrdok_statements",
    default_config={"cues_path": "configs/deontics.yaml"},
    requires=["doc._.actors", "token.dep", "token.head"],
    assigns=["doc._.statements"],
)
def make_statement_finder(nlp: Language, name: str, cues_path: str) -> StatementFinder:
    register_extensions()
    return StatementFinder(load_deontic_cues(cues_path))


def add_styrdok_components(nlp: Language, actors_path: str, deontics_path: str) -> Language:
    """Add styrdok's components to a loaded Swedish pipeline: sentence starts before the
    parser (or first), actors, verbs and statements at the end."""
    first_sentence_user = next(
        (name for name in ("parser", "senter") if name in nlp.pipe_names), None
    )
    if "styrdok_sentences" in nlp.pipe_names:
        pass  # the shipped model carries it already
    elif first_sentence_user:
        nlp.add_pipe("styrdok_sentences", before=first_sentence_user)
    else:
        nlp.add_pipe("styrdok_sentences", first=True)
    for factory, config in (
        ("styrdok_actors", {"lexicon_path": actors_path}),
        ("styrdok_verbs", {"cues_path": deontics_path}),
        ("styrdok_statements", {"cues_path": deontics_path}),
    ):
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, config=config)
    return nlp
