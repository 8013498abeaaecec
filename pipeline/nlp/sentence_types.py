"""Sentence types that carry no statements, whatever their verbs (docs/annotation.md §5.1).

Three kinds of sentence in web pages and introductions say nothing about who must or may do
what:

* an **identification**: a free relative or an indirect question in first place is the
  subject of a main-clause copula (``Den som leder arbetet är förvaltningschefen``, ``Vad
  nämnden ansvarar för är …``); the noun phrase after the copula names who fills the
  description, it does not act;
* a **definition** (``Med förvaltningar avses i denna policy …``) defines a word;
* a **reader-addressed** sentence: its main clause's subject is the reader (``Här kan du läsa
  …``, ``Hur nämnden arbetar kan du läsa här``); navigational text, its fronted clause
  included, while a clause spliced on before it with a comma keeps its statements.

A **verbless sentence** (a slogan: ``En trygg kommun för alla invånare.``) states nothing
either; a noun phrase opened by an indefinite article there describes, like a predicative,
and refers to no one: no actor mention (`described`).

A cover page's **metadata fields** flattened into a paragraph (``Dokumenttyp: Riktlinje
Beslutad av: Nämnden Gäller för: Förvaltningen``) record the document, like a metadata line
(``Antagen av …``, docs/annotation.md §1.3): a label (``Gäller``) is no verb, and nothing in
the fields is a statement; the bodies in their values stay actors (`metadata_fields`).

The word lists are configs/grammar.yaml ``free_relative_openers``, ``reader_pronouns``,
``definition_verbs``, ``indefinite_articles`` and ``metadata_labels``.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import methodcaller

from spacy.tokens import Doc, Span, Token

from pipeline.language.forms import SYLLABIC_DEFINITE_ENDINGS
from pipeline.language.grammar import GRAMMAR
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.memo import (
    DocArrays,
    doc_arrays,
    doc_memoised,
    doc_text,
    lower_words,
    morph_values,
)
from pipeline.nlp.predicative import definite_body_noun, definition_verb, identifying_body
from pipeline.nlp.verb_forms import s_passive_spelling
from pipeline.nlp.verbs import is_finite

CLAUSE_COMMAS = frozenset({",", ";"})
ROLE_TITLE_WORDS = frozenset({"vice", "förste", "andre", "biträdande", "ställföreträdande"})
VERB_TAGS = frozenset({"VERB", "AUX"})
# between an article and its head: adjectives, adverbs of degree, and an adjective the tagger
# read as a noun ("En trygg [NOUN] kommun")
DESCRIPTION_MODIFIERS = frozenset({"ADJ", "ADV", "NOUN"})


def _opening_length(sentence: Span) -> int:
    """The length of the free-relative or question opener that starts the sentence, else 0."""
    longest = max(map(len, GRAMMAR.free_relative_openers), default=0)
    words = tuple(t.lower_ for t in sentence[:longest])
    for phrase in GRAMMAR.free_relative_openers:  # longest first
        if words[: len(phrase)] == phrase:
            return len(phrase)
    return 0


def _main_verb_after_fronted_clause(sentence: Span, opening: int) -> Token | None:
    """The V2 verb after a clause in first place: the first finite verb after the clause's
    own, past the finite verbs coordinated with it (``Den som leder och fördelar arbetet
    är …``)."""
    finites = [t for t in sentence[opening:] if is_finite(t)]
    for verb in finites[1:]:
        previous = verb.nbor(-1)
        if previous.lower_ not in GRAMMAR.coordinators and previous.text != ",":
            return verb
    return None


def identification(sentence: Span) -> bool:
    """A free relative or an indirect question in first place, then a main-clause copula."""
    opening = _opening_length(sentence)
    if not opening:
        return (
            _owned_role_identification(sentence)
            or _owned_body_identification(sentence)
            or _pronoun_identification(sentence)
        )
    if opening == 1 and len(sentence) > 2 and sentence[1].lower_ in GRAMMAR.regarding_verbs:
        return False  # round 38, B10: ``Vad gäller X är …``, a fronted adverbial
    verb = _main_verb_after_fronted_clause(sentence, opening)
    return verb is not None and verb.lower_ in GRAMMAR.copulas


# the words after `Det är` that open a clause of the predicative (a cleft's `som`, `att`),
# besides grammar.yaml `interrogatives`
_PREDICATIVE_CLAUSE_MARKERS = frozenset({"som", "att"})
_NOMINAL_TAGS = frozenset({"NOUN", "PROPN", "DET"})


def _pronoun_identification(sentence: Span) -> bool:
    """``Det är nämnden, styrelsen och revisorerna.`` / ``I år är det nämnden.``: the
    anaphoric ``det`` + a main-clause copula (either order) + a series of noun phrases up to
    the sentence end with no clause of its own (no cleft ``som``, no ``att``, no other finite
    verb): the noun phrases name who ``det`` refers to, an identification (round 54 s1)."""
    if not _det_by_copula(lower_words(sentence)):
        return False  # the first test on the words alone: no `is_finite` per word (perf54b)
    finites = [t for t in sentence if is_finite(t)]
    if len(finites) != 1 or finites[0].lower_ not in GRAMMAR.copulas:
        return False
    copula = finites[0]
    if copula.i == sentence.start + 1 and sentence[0].lower_ == "det":
        first = copula.i + 1
    elif copula.i > sentence.start and copula.i + 1 < sentence.end and (
        copula.nbor(1).lower_ == "det"
    ):
        first = copula.i + 2
    else:
        return False
    rest = sentence.doc[first : sentence.end]
    openers = GRAMMAR.interrogatives | _PREDICATIVE_CLAUSE_MARKERS
    return (
        len(rest) > 0
        and rest[0].pos_ in _NOMINAL_TAGS
        and not any(t.lower_ in openers for t in rest)
        and not any(t.pos_ == "ADJ" and t.i + 1 < sentence.end and t.nbor(1).is_punct
                    for t in rest)
    )


def _det_by_copula(words: list[str]) -> bool:
    """``det`` + a copula opening the sentence, or a copula after its first word + ``det``:
    the word order `_pronoun_identification` asks for, read on the words alone."""
    copulas = GRAMMAR.copulas
    if len(words) > 1 and words[0] == "det" and words[1] in copulas:
        return True
    if "det" not in words[2:]:
        return False  # the second order's ``det`` stands third or later (perf54c)
    return any(words[i] in copulas and words[i + 1] == "det" for i in range(1, len(words) - 1))


def _owned_role_identification(sentence: Span) -> bool:
    """``Hans ersättare är vice ordföranden``: a possessive pronoun + a noun, the copula and
    a definite noun: the role owned by someone the text named before is filled by the actor
    after the copula, an identification (round 29, B2)."""
    return _owned_role_at(sentence.doc, sentence.start, sentence.end)


def _owned_role_at(doc: Doc, start: int, end: int) -> bool:
    """A possessive pronoun at `start` + a noun, the copula and a definite noun (not a
    genitive) before `end`."""
    if end - start < 4 or "Yes" not in morph_values(doc[start], "Poss"):
        return False
    if doc[start + 1].pos_ != "NOUN" or doc[start + 2].lower_ not in GRAMMAR.copulas:
        return False
    after = start + 3
    while after < end - 1 and (
        doc[after].pos_ in {"DET", "ADJ"} or doc[after].lower_ in ROLE_TITLE_WORDS
    ):
        after += 1
    head = doc[after]
    return (
        head.pos_ in {"NOUN", "PROPN"}
        and "Def" in morph_values(head, "Definite")
        and "Gen" not in morph_values(head, "Case")
    )


def _conjoined_owned_role(sentence: Span) -> range:
    """``Nämnden har sju ledamöter och dess ordförande är kommunalrådet``: an owned-role
    identification conjoined after a clause coordinator states nothing either, up to the
    next comma or the sentence end (round 43, bf cause 12); the clause before it keeps its
    statements."""
    doc, words = sentence.doc, lower_words(sentence)
    for offset, word in enumerate(words[:-1]):
        start = sentence.start + offset + 1
        if word in GRAMMAR.clause_coordinators and _owned_role_at(doc, start, sentence.end):
            end = next(
                (t.i for t in doc[start : sentence.end] if t.text in CLAUSE_COMMAS), sentence.end
            )
            return range(start, end)
    return range(0)


def _reader_subject(token: Token, sentence: Span) -> bool:
    """``Du kan …`` or, inverted, ``Här kan du …``, ``… ser du …``: a reader pronoun that
    opens the sentence or follows a finite verb. A subordinate clause has no inversion, so a
    pronoun after its finite verb is the main clause's subject (``som du kan söka``: not)."""
    if token.lower_ not in GRAMMAR.reader_pronouns or token.pos_ != "PRON":
        return False
    return token.i == sentence.start or is_finite(token.nbor(-1))


def _clause_start(finite: Token, sentence: Span) -> int:
    """Where the main clause of the V2 verb `finite` starts: after the last comma or
    semicolon before it, or after a coordinator whose conjunct holds no finite verb before
    it (``…, och där kan du …``; but ``Hur X arbetar och vilka frågor X beslutar om kan du
    …`` coordinates two fronted clauses), else at the sentence start."""
    start = sentence.start
    for token in sentence.doc[sentence.start : finite.i]:
        if token.text in CLAUSE_COMMAS:
            start = token.i + 1
        elif token.lower_ in GRAMMAR.coordinators and not any(
            is_finite(t) for t in sentence.doc[token.i + 1 : finite.i]
        ):
            start = max(start, token.i + 1)
    return start


def reader_clause(sentence: Span) -> range:
    """The tokens of the main clause whose subject is the reader, its fronted clause
    included, up to the next comma (or the sentence end), so that a clause before it
    (``Nämnden ansvarar för X, det kan du läsa om här``) keeps its statements. Empty where
    no such clause is."""
    doc = sentence.doc
    arrays = doc_arrays(doc)  # the words' columns: a `Token` only for a reader pronoun
    lower, pos, text = arrays.lower, arrays.pos, arrays.text
    pronouns = GRAMMAR.reader_pronouns
    pronoun = next(
        (
            doc[i]
            for i in range(sentence.start, sentence.end)
            if lower[i] in pronouns and pos[i] == "PRON" and _reader_subject(doc[i], sentence)
        ),
        None,
    )
    if pronoun is None:
        return range(0)
    finite = pronoun if pronoun.i == sentence.start else pronoun.nbor(-1)
    end = next(
        (i for i in range(pronoun.i, sentence.end) if text[i] in CLAUSE_COMMAS), sentence.end
    )
    return range(_clause_start(finite, sentence), end)


def definition(sentence: Span) -> bool:
    """``Med förvaltningar avses i denna policy A och B``: a sentence opening with ``Med`` whose
    first verb is a definition's passive (`definition_verbs`) defines a word; it says
    nothing about who must or may do what (round 40, aw-A2)."""
    opener = sentence[0].lower_ in GRAMMAR.definition_prepositions
    if opener and definition_verb(sentence, 0) is not None:
        return True
    return _definition_after_clause(sentence) or _naming_use(sentence)


def _definition_after_clause(sentence: Span) -> bool:
    """``När förvaltningschef anges i en punkt avses även cheferna för …`` (round 43, be-C9):
    a definition's passive (`definition_verbs`) as the main clause's finite verb right after
    a fronted subordinate clause (one finite verb of its own) defines a word whatever is
    fronted; ``avses`` + an infinitive (``Revisorn avses delta``) is intention, no
    definition, and ``som avses i 3 §`` is a relative clause (no clause opens the sentence)."""
    words = lower_words(sentence)
    if words[0] not in GRAMMAR.subordinators or GRAMMAR.definition_verbs.isdisjoint(words):
        return False
    verbs = [t for t in sentence[1:] if is_finite(t)]
    if len(verbs) < 2 or verbs[1].lower_ not in GRAMMAR.definition_verbs:
        return False
    verb = verbs[1]
    between = sentence.doc[verbs[0].i + 1 : verb.i]
    if any(t.lower_ == "som" or t.lower_ in GRAMMAR.subordinators for t in between):
        return False  # "… de ärenden som avses i 3 §": the relative clause's own verb
    after = sentence.doc[verb.i + 1 : sentence.end]
    return not any("Inf" in morph_values(t, "VerbForm") for t in after)  # "avses X hållas"


def _naming_use(sentence: Span) -> bool:
    """``I dessa stadgar används om Nordljuset i Norden benämningen Nordljuset``: ``används``
    + ``om`` + a naming noun (`naming_use_nouns`) defines a short name (round 41, az cause
    8): no statement. The naming noun comes after the ``om`` (``används beteckningen K om
    styrelsen så beslutar`` is a condition)."""
    words = lower_words(sentence)
    if GRAMMAR.naming_use_verbs.isdisjoint(words):
        return False  # (most sentences: one set scan)
    used = next((i for i, word in enumerate(words) if word in GRAMMAR.naming_use_verbs), None)
    if used is None:
        return False
    if "om" not in words[used + 1 :]:
        return False
    about = words.index("om", used + 1)
    return any(word in GRAMMAR.naming_use_nouns for word in words[about + 1 :])


def without_statements(sentence: Span) -> range:
    """The tokens whose verbs carry no statements: the whole of an identification or a
    definition, the reader-addressed clause of a sentence, a conjoined owned-role
    identification."""
    if identification(sentence) or definition(sentence) or kind_classification(sentence):
        return range(sentence.start, sentence.end)
    link_end = link_label_end(sentence)
    if link_end:
        return range(sentence.start, link_end)
    return reader_clause(sentence) or _conjoined_owned_role(sentence)


# how far before a file note's size a type word may stand (`pdf, 230 kB`, `Word 45 kB`)
MAX_FILE_NOTE_GAP = 3


def link_label_end(sentence: Span) -> int:
    """Round 46 (analysis 46-all, family 7): a link to a file on a web page, its label then
    the file's type and size (``Nämnden beslutar om avgifter (pdf, 120 kB, öppnas i nytt
    fönster)``): the label names the document, it states nothing; the Doc index where the
    note's type word stands, else 0. A sentence after the note keeps its statements."""
    words = lower_words(sentence)
    for index, word in enumerate(words):
        if word not in GRAMMAR.file_size_units or index == 0:
            continue
        if not words[index - 1].replace(",", "").isdigit():
            continue
        for before in range(index - 2, max(-1, index - 2 - MAX_FILE_NOTE_GAP), -1):
            if words[before] in GRAMMAR.file_type_words:
                return sentence.start + before
    return 0


FIELD_ENDS = frozenset({".", ";", "!", "?"})


def _label_at(doc: Doc, position: int, arrays: DocArrays | None = None) -> int:
    """The length of a metadata label opening at `position`: a configured label, capitalised,
    directly followed by a colon (``Beslutad av:``); else 0. `arrays`: the Doc's
    (`doc_arrays`), when the caller has read them."""
    arrays = doc_arrays(doc) if arrays is None else arrays
    text = arrays.text
    if not text[position][:1].isupper():
        return 0
    lower = arrays.lower
    first = lower[position]
    for label in GRAMMAR.metadata_labels:  # longest first
        if label and label[0] != first:
            continue
        end = position + len(label)
        if tuple(lower[position:end]) == label and end < len(doc) and text[end] == ":":
            return len(label)
    return _passive_label_length(doc, position, text)


# between a label's s-passive and its colon: the agent's `av` or a particle (`Följs upp av:`)
MAX_LABEL_PARTICLES = 2
LABEL_PARTICLE_POS = frozenset({"ADP", "ADV", "PART"})


def _passive_label_length(doc: Doc, position: int, text: list[str]) -> int:
    """Round 46 (analysis 46-all, family 7): a capitalised s-passive opening a field, with
    its `av` or a particle, right before a colon (``Fastställs av:``, ``Revideras:``,
    ``Följs upp av:``) is a label like ``Fastställd av:``; in running text no colon
    separates a passive from its agent's noun. An s-form by the tagger's tag or by the
    lexicon's spelling. The caller has checked the capital."""
    window = text[position + 1 : position + 2 + MAX_LABEL_PARTICLES]
    if ":" not in window:
        return 0
    end = position + 1 + window.index(":")
    between = doc[position + 1 : end]
    if any(not t.text.islower() or t.pos_ not in LABEL_PARTICLE_POS for t in between):
        return 0
    opening = doc[position]
    passive = opening.tag_.endswith("|SFO") or s_passive_spelling(text[position].lower())
    return end - position if passive else 0


@dataclass(frozen=True)
class MetadataFields:
    """The tokens of a clause's metadata fields (labels, colons, values) and of their labels."""

    fields: frozenset[int]
    labels: frozenset[int]


_NO_FIELDS = MetadataFields(frozenset(), frozenset())


def metadata_fields(doc: Doc) -> MetadataFields:
    """Runs of ``Label: value`` fields. A value ends before the next label, at a sentence end,
    or before a finite verb, which opens a sentence of its own (``Senast reviderad: 2023-01-01
    Nämnden ska …``: the sentence keeps its statements)."""
    arrays = doc_arrays(doc)
    if ":" not in arrays.text:  # every label stands before a colon token (`_label_at`)
        return _NO_FIELDS  # (most Docs: one list scan in C, no `_label_at` per word)
    return _scanned_fields(doc, arrays)


def _scanned_fields(doc: Doc, arrays: DocArrays) -> MetadataFields:
    """`metadata_fields`, every word read."""
    fields: set[int] = set()
    labels: set[int] = set()
    position = 0
    in_field = False
    text = arrays.text
    while position < len(doc):
        length = _label_at(doc, position, arrays)
        if length:
            labels.update(range(position, position + length))
            fields.update(range(position, position + length + 1))
            position += length + 1
            in_field = True
            continue
        if in_field and (text[position] in FIELD_ENDS or is_finite(doc[position])):
            in_field = False
        if in_field:
            fields.add(position)
        position += 1
    return MetadataFields(frozenset(fields), frozenset(labels))


def described(mention: ActorMention, sentence: Span, verbs: set[int]) -> bool:
    """A noun phrase opened by an indefinite article (past its modifiers) in a
    sentence with no verb, by the tagger's tags or among the found `verbs` (token indices)."""
    if any(t.pos_ in VERB_TAGS or t.i in verbs for t in sentence):
        return False
    doc = sentence.doc
    position = mention.first_token - 1
    while position >= sentence.start and (
        doc[position].pos_ in DESCRIPTION_MODIFIERS or _between_modifiers(doc[position])
    ):
        position -= 1
    return position >= sentence.start and doc[position].lower_ in GRAMMAR.indefinite_articles


def _between_modifiers(token: Token) -> bool:
    """``trygg och öppen``: a coordinator before an adjective joins two modifiers inside the
    noun phrase (the first may be an adjective the tagger read as a noun)."""
    doc = token.doc
    return (
        token.pos_ == "CCONJ"
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].pos_ in {"ADJ", "NOUN"}
        and doc[token.i + 1].pos_ == "ADJ"
    )


def _owned_body_identification(sentence: Span) -> bool:
    """``Kommunens högsta beslutande organ är kommunfullmäktige``: the clause opens with a
    genitive owner, a superlative or ordinal and a body noun before the copula, then names a
    body: it identifies that body like a free relative, no statement (round 35, B4;
    docs/annotation.md §5.1)."""
    words = lower_words(sentence)  # no copula after a body noun: none (no verb read)
    if not any(
        words[i] in GRAMMAR.copulas and words[i - 1] in GRAMMAR.identifying_body_nouns
        for i in range(2, len(words))
    ) and not (words and words[0] in {"den", "det"}):
        return False
    tokens = list(sentence)
    in_actor = _actor_tokens(sentence.doc)
    # a genitive name's word the tagger reads as a verb ("Norrdalens miljöförbunds") is none
    copula = next(
        (i for i, t in enumerate(tokens) if is_finite(t) and t.i not in in_actor), None
    )
    # "Föreningens organ är årsmöte, styrelse och …": a list, no grading (round 45, bi-C12)
    if copula is None or copula < 2 or tokens[copula].lower_ not in GRAMMAR.copulas:
        return False
    if words[0] in {"den", "det"}:  # "Det högsta organet i Ekby är …" (round 51, x1)
        noun = next((i for i in range(1, copula) if definite_body_noun(tokens[i])), None)
        return noun is not None and identifying_body(tokens, noun)
    return identifying_body(tokens, copula - 1)


def _actor_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the words of `doc`'s actor mentions, built once per Doc memo (a new
    mention list forgets it) rather than per sentence (review 53b S5)."""
    mentions = doc._.actors or ()
    key = (_actor_tokens, id(mentions), len(mentions))
    return doc_memoised(
        doc,
        key,
        lambda: frozenset(i for m in mentions for i in range(m.first_token, m.last_token + 1)),
    )


_FOREIGN_WORDS = 3  # a foreign clause's English function words, at least
_FOREIGN_SHARE = 0.2  # and at least this share of its words
_SENTENCE_ENDS = (".", "!", "?", ":")
_WORD_MARKS = ".,;:!?()\"'"
FOREIGN_FLAG = "styrdok_foreign"  # a Doc's user_data key: the clause is in another language


def foreign_language(doc: Doc) -> bool:
    """``This page has been translated automatically. Ekby kommun is not responsible …``:
    a clause in another language (grammar.yaml `foreign_function_words`: three of them, a
    fifth of its words, and more than its Swedish `native_function_words`) carries no span
    and no statement (docs/annotation.md §2.1 round 47; analysis 51-bx L1). A function word
    inside a capitalised name (``samverka med The Swedish Association of Local Authorities
    and Regions``) is part of that name, not English text (review 51 M1); a foreign word in a
    Swedish sentence (``Bolagets CEO …``) is read like any word. Read once per Doc
    (`FOREIGN_FLAG`)."""
    flag = doc.user_data.get(FOREIGN_FLAG)
    if flag is None and _no_foreign_word(doc_text(doc)):
        flag = doc.user_data[FOREIGN_FLAG] = False  # (most clauses: no English word to count)
    if flag is None:
        words = doc_text(doc).split()
        foreign, native = _function_word_counts(words)
        flag = doc.user_data[FOREIGN_FLAG] = (
            foreign >= _FOREIGN_WORDS
            and foreign >= _FOREIGN_SHARE * len(words)
            and foreign > native
        )
    return flag


def _no_foreign_word(text: str) -> bool:
    """No word of `text` is a `foreign_function_words` word once its marks are stripped, read
    without a Python step per word (round 55): ``.lower()`` and ``.strip(_WORD_MARKS)``
    commute (no lowercase mapping makes or unmakes a mark or a space)."""
    words = map(methodcaller("strip", _WORD_MARKS), text.lower().split())
    return GRAMMAR.foreign_function_words.isdisjoint(words)


def _function_word_counts(words: list[str]) -> tuple[int, int]:
    """How many of `words` are English and how many Swedish function words, not counting a
    word of a capitalised name: a capitalised word that opens no sentence, or a lower-case
    word between two capitalised ones (``Board of Trustees``)."""
    bare = [word.strip(_WORD_MARKS) for word in words]
    english, swedish = GRAMMAR.foreign_function_words, GRAMMAR.native_function_words
    foreign = native = 0
    for i, word in enumerate(bare):
        lower = word.lower()
        if (lower in english or lower in swedish) and not _in_name(bare, words, i):
            if lower in english:
                foreign += 1
            else:
                native += 1
    return foreign, native


def _in_name(bare: list[str], words: list[str], i: int) -> bool:
    """Whether word `i` belongs to a capitalised name run: capitalised without opening a
    sentence, or lower-case with a capitalised word on each side."""
    if bare[i][:1].isupper():
        return i > 0 and not words[i - 1].endswith(_SENTENCE_ENDS)
    return 0 < i < len(bare) - 1 and bare[i - 1][:1].isupper() and bare[i + 1][:1].isupper()


_KIND_JOINTS = frozenset({",", "och", "samt", "eller"})


def classified_kinds(doc: Doc) -> frozenset[int]:
    """Round 53 r2 (analysis 53-cc R1): ``Aktiebolag och ekonomiska föreningar är vanliga
    associationsformer``: a copula whose subject is nothing but bare indefinite organisation
    nouns (no article, no genitive, joined by commas or coordinators) and whose predicative is
    a noun that names no actor classifies those legal forms or kinds: they name no
    organisation, so they are no actors (the first tokens of such mentions). ``Bolaget ska
    …`` (definite) and ``Aktiebolag får bildas`` (no copula) keep theirs."""
    mentions = doc._.actors or []
    if not mentions or GRAMMAR.copulas.isdisjoint(doc_arrays(doc).lower):
        return frozenset()
    starts = {m.first_token: m for m in mentions if m.first_token >= 0}
    in_actor = {i for m in mentions if m.first_token >= 0
                for i in range(m.first_token, m.last_token + 1)}
    found: set[int] = set()
    for sentence in doc.sents:
        found.update(m.first_token for m in _classified(sentence, starts, in_actor))
    return frozenset(found)


def kind_classification(sentence: Span) -> bool:
    """A copula classifying bare legal forms or kinds (`classified_kinds`): no statement."""
    if GRAMMAR.copulas.isdisjoint(lower_words(sentence)):
        return False
    mentions = [m for m in sentence.doc._.actors or [] if m.first_token >= 0]
    starts = {m.first_token: m for m in mentions}
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    return bool(_classified(sentence, starts, in_actor))


def _classified(
    sentence: Span, starts: dict[int, ActorMention], in_actor: set[int]
) -> list[ActorMention]:
    """The sentence's classified subject mentions (`classified_kinds`), else none."""
    subject = _kind_subject(sentence, starts)
    if subject and _classifying_predicative(sentence.doc, subject[-1].last_token + 1, in_actor):
        return subject
    return []


def _kind_subject(sentence: Span, starts: dict[int, ActorMention]) -> list[ActorMention]:
    """The sentence's opening run of bare indefinite organisation mentions and joints."""
    doc, position, run = sentence.doc, sentence.start, []
    while position < sentence.end:
        mention = starts.get(position)
        if mention is not None and _bare_kind(doc, mention):
            run.append(mention)
            position = mention.last_token + 1
        elif run and doc[position].lower_ in _KIND_JOINTS:
            position += 1
        else:
            break
    if not run or position >= sentence.end or doc[position].lower_ not in GRAMMAR.copulas:
        return []
    return run


def _bare_kind(doc: Doc, mention: ActorMention) -> bool:
    """An organisation noun without genitive, article or definite ending (``Aktiebolag``,
    ``ekonomiska föreningar``)."""
    head = doc[mention.last_token]  # a sentence's first word may be tagged a name
    return (
        mention.category == "organisation"
        and mention.source == "lexicon"
        and not mention.genitive
        and head.pos_ in {"NOUN", "PROPN"}
        and "Def" not in morph_values(head, "Definite")
        and not head.lower_.endswith(SYLLABIC_DEFINITE_ENDINGS)
        and doc[mention.first_token].pos_ not in {"DET", "PRON"}
        # a name's first word (``Ekby kommun``), unless the one word is the kind itself
        and (doc[mention.first_token].pos_ != "PROPN" or mention.first_token == mention.last_token)
    )


def _classifying_predicative(doc: Doc, end: int, in_actor: set[int]) -> bool:
    """After the copula at `end` (the subject's end), past determiners, adjectives and
    adverbs: a noun that is no actor's (``vanliga associationsformer``, ``den dominerande
    företagsformen``)."""
    position = end + 1
    while position < len(doc) and doc[position].pos_ in {"DET", "ADJ", "ADV"}:
        position += 1
    return position < len(doc) and doc[position].pos_ == "NOUN" and position not in in_actor
