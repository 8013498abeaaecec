"""styrdok's spaCy components: actors, verbs, statements and document rules, registered as
factories.

Each component finds matches with the pure functions of `pipeline.nlp.actors`,
`pipeline.nlp.verbs`, `pipeline.nlp.statements` and `pipeline.nlp.document`, then writes them
to ``Doc`` extensions (registered once in `register_extensions`). Lexicon, cue and grammar
files come through the nlp config (``lexicon_path``, ``cues_path``, ``grammar_path``; empty:
the shipped file); each component runs its rules inside ``using_grammar(self.grammar)``, so
that the rule modules' ``GRAMMAR`` is the grammar of that component's configuration
(`pipeline.language.grammar`). A rule that raises on a Doc leaves that Doc without its results and
records ``(stage, error type, message)`` on ``doc._.errors``.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.language.grammar import (
    SHIPPED_GRAMMAR,
    DeonticCues,
    Grammar,
    grammar_at,
    load_deontic_cues,
    using_grammar,
)
from pipeline.language.lexicon import ActorLexicon, load_actor_lexicon
from pipeline.language.sentence_rules import SentenceRules, load_sentence_rules
from pipeline.nlp.actors import find_actors
from pipeline.nlp.cues import build_matcher, index_cues
from pipeline.nlp.document import ClauseInfo, record_error, resolve_document
from pipeline.nlp.document_abbreviations import add_abbreviations
from pipeline.nlp.groups import find_verbs, with_aim_verbs
from pipeline.nlp.memo import forget_facts, token_memo
from pipeline.nlp.merges import (
    KnownParts,
    footnote_mark_as_label,
    merge_enumerators,
    merge_free_choice,
    split_glued,
)
from pipeline.nlp.sentence_types import FOREIGN_FLAG, foreign_language
from pipeline.nlp.sentences import set_sentence_starts
from pipeline.nlp.short_names import add_short_names
from pipeline.nlp.statements import find_statements
from pipeline.nlp.verb_vetoes import GIVEN_NAMES_KEY

if TYPE_CHECKING:
    from pipeline.config import Settings

EXTENSIONS = ("actors", "verbs", "statements", "errors")


# where spaCy keeps a plain extension's value; ``actors`` keeps its own there too
_ACTORS_KEY = ("._.", "actors", None, None)


def register_extensions() -> None:
    for name in EXTENSIONS:
        if Doc.has_extension(name):
            continue
        if name == "actors":
            Doc.set_extension(name, getter=_actors, setter=_set_actors)
        else:
            Doc.set_extension(name, default=None)


def _actors(doc: Doc) -> list | None:
    return doc.user_data.get(_ACTORS_KEY)


def _set_actors(doc: Doc, mentions: list | None) -> None:
    """New actor mentions make the Doc's memoised facts that read them stale (`memo` keeps
    them through the document rules): drop them."""
    doc.user_data[_ACTORS_KEY] = mentions
    forget_facts(doc)


class SentenceStarts:
    def __init__(self, fix_inside: bool, rules: SentenceRules) -> None:
        self.fix_inside = fix_inside
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        return set_sentence_starts(doc, fix_inside=self.fix_inside, rules=self.rules)


class FreeChoiceMerges:
    def __init__(self, grammar: Grammar = SHIPPED_GRAMMAR) -> None:
        self.grammar = grammar

    def __call__(self, doc: Doc) -> Doc:
        with using_grammar(self.grammar):
            return footnote_mark_as_label(merge_enumerators(merge_free_choice(doc)))


@Language.factory(
    "styrdok_merges",
    default_config={"grammar_path": ""},
    assigns=["token.lemma", "token.pos", "token.dep"],
    requires=["token.dep"],
)
def make_merges(nlp: Language, name: str, grammar_path: str) -> FreeChoiceMerges:
    """Parse repair after the parser (`pipeline.nlp.merges`)."""
    return FreeChoiceMerges(_grammar(grammar_path))


class GluedWords:
    def __init__(self, lexicon: ActorLexicon, grammar: Grammar = SHIPPED_GRAMMAR) -> None:
        self.lexicon = lexicon
        self.grammar = grammar
        self._known: KnownParts = {}  # each word's parts under this lexicon and grammar
        self._known_for = (lexicon, grammar)

    def __call__(self, doc: Doc) -> Doc:
        lexicon, grammar = self._known_for
        if lexicon is not self.lexicon or grammar is not self.grammar:  # replaced: afresh
            self._known, self._known_for = {}, (self.lexicon, self.grammar)
        with using_grammar(self.grammar):
            return split_glued(doc, self.lexicon, self._known)


@Language.factory("styrdok_glued", default_config={"lexicon_path": "", "grammar_path": ""})
def make_glued_words(nlp: Language, name: str, lexicon_path: str, grammar_path: str) -> GluedWords:
    """Glued words split before the tagger (`pipeline.nlp.merges`)."""
    lexicon = load_actor_lexicon(config_file(lexicon_path, "actors.yaml"))
    return GluedWords(lexicon, _grammar(grammar_path))


@Language.factory(
    "styrdok_sentences",
    default_config={"fix_inside": True, "rules_path": "", "lexicon_path": ""},
    assigns=["token.is_sent_start"],
)
def make_sentence_starts(
    nlp: Language, name: str, fix_inside: bool, rules_path: str, lexicon_path: str
) -> SentenceStarts:
    rules = load_sentence_rules(config_file(rules_path, "sentences.yaml"))
    lexicon = load_actor_lexicon(config_file(lexicon_path, "actors.yaml"))
    return SentenceStarts(fix_inside, replace(rules, actor_lexicon=lexicon))


def _guarded(stage: str, doc: Doc, find: Callable[[], list], fallback: list) -> list:
    """Run one rule pass; a failure leaves the Doc without its results and is recorded on
    ``doc._.errors`` (a clause must never lose the document)."""
    try:
        with token_memo(doc):
            return find()
    except Exception as error:  # noqa: BLE001 - the error is recorded, not swallowed
        record_error(doc, stage, error)
        return fallback


class ActorTagger:
    def __init__(self, lexicon: ActorLexicon, grammar: Grammar = SHIPPED_GRAMMAR) -> None:
        self.lexicon = lexicon
        self.grammar = grammar

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[GIVEN_NAMES_KEY] = self.lexicon.given_names  # the verb vetoes read them
        with using_grammar(self.grammar):
            with token_memo(doc):  # the Doc's text, joined once for this test and the actors
                foreign = foreign_language(doc)
            if foreign:  # another language: no span (§2.1 round 47)
                doc._.actors = []
                return doc
            doc._.actors = _guarded("actors", doc, lambda: find_actors(doc, self.lexicon), [])
        return doc


class VerbTagger:
    def __init__(self, grammar: Grammar = SHIPPED_GRAMMAR) -> None:
        self.grammar = grammar

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.actors or []

        def find() -> list:
            return [verb for sentence in doc.sents for verb in find_verbs(sentence, mentions)]

        with using_grammar(self.grammar):
            doc._.verbs = _guarded("verbs", doc, find, [])
        return doc


def add_aim_verbs(doc: Doc) -> None:
    """After every statement rule (the document's too): each aim is also a VERB span."""
    doc._.verbs = _guarded("verbs", doc, lambda: with_aim_verbs(doc), list(doc._.verbs or ()))


class StatementFinder:
    def __init__(self, vocab: Vocab, cues: DeonticCues) -> None:
        self.cues = cues
        self.grammar = cues.grammar
        with using_grammar(self.grammar):
            self.matcher = build_matcher(vocab, cues)

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.actors or []

        def find() -> list:
            index = index_cues(doc, self.matcher)
            doc.user_data["styrdok_cues"] = index
            return [
                (number, statement)
                for number, sentence in enumerate(doc.sents)
                for statement in find_statements(sentence, mentions, self.cues, index)
            ]

        with using_grammar(self.grammar):
            doc._.statements = _guarded("statements", doc, find, [])
        return doc


class DocumentRules:
    """Document-level rules (`pipeline.nlp.document`) on a single Doc: ``nlp(text)``
    resolves ``bolaget`` to the organisation the text names and distributes nothing (a
    lone Doc has no list items). `annotate_many` runs the same rules over a document's
    whole clause stream instead."""

    def __init__(
        self, lexicon: ActorLexicon, cues: DeonticCues, nlp: Language | None = None
    ) -> None:
        self.lexicon = lexicon
        self.cues = cues
        self.grammar = cues.grammar
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        self.resolve([doc], [ClauseInfo("1", None, "paragraph")], None)
        return doc

    def common_words(self) -> Container[str]:
        """The Swedish word forms of the pipeline's lemma lookup table (``namn``, ``hamnen``),
        if it has one: a company's short name is no common word."""
        for _, pipe in self.nlp.pipeline if self.nlp is not None else ():
            table = getattr(pipe, "table", None)
            if isinstance(table, dict) and table:
                return table
        return frozenset()

    def resolve(self, docs: list[Doc], clauses: list[ClauseInfo], organisation: str | None) -> None:
        for doc in docs:  # a Doc no actor component saw: this run's given names all the same
            doc.user_data.setdefault(GIVEN_NAMES_KEY, self.lexicon.given_names)
        with using_grammar(self.grammar):
            self._resolve(docs, clauses, organisation)

    def _resolve(
        self, docs: list[Doc], clauses: list[ClauseInfo], organisation: str | None
    ) -> None:
        if docs:
            changed = _guarded(
                "short_names",
                docs[0],
                lambda: add_short_names(docs, organisation, self.lexicon, self.common_words()),
                [],
            )
            # "FC = förvaltningschef" in a list of abbreviations (round 44, probe44 A1)
            defined = _guarded(
                "abbreviations",
                docs[0],
                lambda: add_abbreviations(
                    docs, [c.kind for c in clauses], self.lexicon.name_adjectives
                ),
                [],
            )
            changed = [*changed, *(doc for doc in defined if doc not in changed)]
            for doc in changed:  # a new subject: the clause's statements are found again
                self._statement_finder(doc)(doc)
        resolve_document(docs, clauses, organisation, self.lexicon, self.cues)
        for doc in docs:
            add_aim_verbs(doc)
            if doc.user_data.get(FOREIGN_FLAG):  # another language: no span, no statement
                doc._.actors, doc._.verbs, doc._.statements = [], [], []

    def _statement_finder(self, doc: Doc) -> StatementFinder:
        """The pipeline's own statement component (its Matcher is compiled once), else a new
        one for a bare ``DocumentRules``."""
        if self.nlp is not None and "styrdok_statements" in self.nlp.pipe_names:
            return self.nlp.get_pipe("styrdok_statements")
        return StatementFinder(doc.vocab, self.cues)


def config_file(path: str, name: str) -> Path:
    """A component's configuration file: the path given, else the shipped default (so that
    ``nlp.add_pipe("styrdok_actors")`` works from any directory)."""
    from pipeline.config import PACKAGED_CONFIG_DIR

    return Path(path) if path else PACKAGED_CONFIG_DIR / name


def _grammar(grammar_path: str) -> Grammar:
    return grammar_at(config_file(grammar_path, "grammar.yaml"))


def _cues(cues_path: str, grammar_path: str) -> DeonticCues:
    return load_deontic_cues(
        config_file(cues_path, "deontics.yaml"), config_file(grammar_path, "grammar.yaml")
    )


@Language.factory(
    "styrdok_actors",
    default_config={"lexicon_path": "", "grammar_path": ""},
    assigns=["doc._.actors"],
)
def make_actor_tagger(
    nlp: Language, name: str, lexicon_path: str, grammar_path: str
) -> ActorTagger:
    register_extensions()
    lexicon = load_actor_lexicon(config_file(lexicon_path, "actors.yaml"))
    return ActorTagger(lexicon, _grammar(grammar_path))


@Language.factory(
    "styrdok_verbs",
    default_config={"cues_path": "", "grammar_path": ""},
    requires=["token.pos", "token.morph", "token.dep", "doc._.actors"],
    assigns=["doc._.verbs"],
)
def make_verb_tagger(nlp: Language, name: str, cues_path: str, grammar_path: str) -> VerbTagger:
    register_extensions()
    return VerbTagger(_grammar(grammar_path))


@Language.factory(
    "styrdok_statements",
    default_config={"cues_path": "", "grammar_path": ""},
    requires=["doc._.actors", "token.dep", "token.head"],
    assigns=["doc._.statements"],
)
def make_statement_finder(
    nlp: Language, name: str, cues_path: str, grammar_path: str
) -> StatementFinder:
    register_extensions()
    return StatementFinder(nlp.vocab, _cues(cues_path, grammar_path))


@Language.factory(
    "styrdok_document",
    default_config={"lexicon_path": "", "cues_path": "", "grammar_path": ""},
    requires=["doc._.actors", "doc._.statements"],
    assigns=["doc._.actors", "doc._.statements"],
)
def make_document_rules(
    nlp: Language, name: str, lexicon_path: str, cues_path: str, grammar_path: str
) -> DocumentRules:
    register_extensions()
    return DocumentRules(
        load_actor_lexicon(config_file(lexicon_path, "actors.yaml")),
        _cues(cues_path, grammar_path),
        nlp,
    )


COMPONENTS = (
    "styrdok_merges",
    "styrdok_actors",
    "styrdok_verbs",
    "styrdok_statements",
    "styrdok_document",
)


def add_styrdok_components(nlp: Language, settings: Settings) -> Language:
    """Add styrdok's components to a loaded Swedish pipeline: glued words split before the
    tagger, sentence starts before the parser (or first); merges, actors, verbs, statements
    and document rules at the end. Each reads its files from the configuration folder of
    `settings` (recorded in ``nlp.config``)."""
    actors, deontics, grammar = (
        str(path) for path in (settings.actors_path, settings.deontics_path, settings.grammar_path)
    )
    _set_sentence_rules(nlp, {"rules_path": str(settings.sentences_path), "lexicon_path": actors})
    _add_glued_words(nlp, {"lexicon_path": actors, "grammar_path": grammar})
    configs = {
        "styrdok_merges": {"grammar_path": grammar},
        "styrdok_actors": {"lexicon_path": actors, "grammar_path": grammar},
        "styrdok_verbs": {"cues_path": deontics, "grammar_path": grammar},
        "styrdok_statements": {"cues_path": deontics, "grammar_path": grammar},
        "styrdok_document": {
            "lexicon_path": actors,
            "cues_path": deontics,
            "grammar_path": grammar,
        },
    }
    for factory in COMPONENTS:
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, config=configs[factory])
    return nlp


def _add_glued_words(nlp: Language, config: dict[str, str]) -> None:
    """The glued-word split first, before any component reads the tokens (the feature
    lemmas of the model's ``lexicon`` component too)."""
    if "styrdok_glued" not in nlp.pipe_names:
        nlp.add_pipe("styrdok_glued", first=True, config=config)


def _set_sentence_rules(nlp: Language, paths: dict[str, str]) -> None:
    """Sentence starts with the rules and actor lexicon of `paths` (``rules_path``,
    ``lexicon_path``): added before the parser (or first), or, where the model carries the
    component already (the shipped one does, with the shipped files), replaced in place by
    one with these files."""
    name = "styrdok_sentences"
    if name in nlp.pipe_names:
        config = dict(nlp.config["components"][name])
        if any(config.get(key) != value for key, value in paths.items()):
            config.pop("factory", None)
            nlp.replace_pipe(name, name, config={**config, **paths})
        return
    first_sentence_user = next(
        (name for name in ("parser", "senter") if name in nlp.pipe_names), None
    )
    if first_sentence_user:
        nlp.add_pipe(name, before=first_sentence_user, config=paths)
    else:
        nlp.add_pipe(name, first=True, config=paths)
