"""Token repairs: glued words split before the tagger, fixed multi-word words merged into
one token after the parser.

A PDF text layer may glue a preposition or ``som`` to an actor noun (``tillstyrelsen``,
``nämndensom``): the word is unknown, its parts are known words, and the actor inside it is
an actor (docs/annotation.md annotates ``styrelsen`` inside the token). Split before the
tagger, the tagger and parser read two words.

A free-choice pronoun or adverb (``när som helst``, ``var som helst``, ``vem som helst``;
`free_choice_phrases` of configs/grammar.yaml) is one word, not a clause: the parser reads
``när``/``som`` as subordinators and ``var`` as the verb ``vara``, so the modal's infinitive
after it seems to lie in a subordinate clause (``Revisorerna får när som helst ta del …``
read as ``få`` with an adverbial clause). Merged, the phrase is one token that the verb
group passes over like any adverb. The text and every character offset stay as they are.

An inline enumerator (``ska 1) leverera …, 2) bidra …``) is one punctuation token, merged after
the parser like a free-choice phrase (`merge_enumerators`).

A web page may glue a numeral to the finite verb before it (``utser3 ledamöter``): split at the
letter-digit boundary where the letters are a present of a known verb and the digits a number
(`glued_numeral_parts`), the tagger reads the verb and its object.

A footnote's mark opening its note (``² Ordföranden får inte …``) is the note's label, no word:
the parser may read a superscript digit as a preposition and the subject after it as its
object (`footnote_mark_as_label`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc

from pipeline import patterns
from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import ActorLexicon
from pipeline.language.spelling import lexicon_lemma, present_spelling
from pipeline.normalize.hyphenation import is_known_word

_PRONOUNS = frozenset({"vem", "vad", "vilken", "vilket", "vilka"})


def free_choice_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of the free-choice phrases, left to right, not overlapping."""
    return _phrase_spans(doc, GRAMMAR.free_choice_phrases)


def multiword_adverb_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of the fixed multi-word adverbs (``bland annat``)."""
    return _phrase_spans(doc, GRAMMAR.multiword_adverbs)


def _phrase_spans(doc: Doc, phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    if not phrases or _last_word_hashes(phrases).isdisjoint(doc.to_array(LOWER).tolist()):
        return []  # most clauses hold none (`helst`)
    words = [token.lower_ for token in doc]
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        phrase = next(
            (p for p in phrases if tuple(words[index : index + len(p)]) == p),
            None,
        )
        if phrase is None:
            index += 1
            continue
        found.append((index, index + len(phrase)))
        index += len(phrase)
    return found


@lru_cache(maxsize=8)
def _last_word_hashes(phrases: tuple[tuple[str, ...], ...]) -> frozenset[int]:
    """The string hashes of the phrases' last words: a token's ``LOWER`` attribute is the hash
    of its ``lower_``, read for the whole Doc at once (no ``Token`` made per word)."""
    return frozenset(hash_string(phrase[-1]) for phrase in phrases)


def merge_free_choice(doc: Doc) -> Doc:
    """Merge each free-choice phrase into one token: a pronoun (``vem som helst``) or an
    adverb of the verb it modifies (``när som helst``); likewise a fixed multi-word adverb
    (``bland annat``: ``ansvarar bland annat för`` is the cue ``ansvarar för``)."""
    adverbs = multiword_adverb_spans(doc)
    spans = sorted({*free_choice_spans(doc), *adverbs})
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            span = doc[start:end]
            pronoun = span[0].lower_ in _PRONOUNS and (start, end) not in adverbs
            attrs = {
                "LEMMA": span.text.lower(),
                "POS": "PRON" if pronoun else "ADV",
                "MORPH": "",
            }
            if not pronoun and span.root.head.i not in range(start, end):
                attrs["DEP"] = "advmod"
            retokenizer.merge(span, attrs=attrs)
    return doc


_CLOSING_BRACKET = hash_string(")")


def enumerator_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of the inline enumerators of a list run into a sentence
    (``Bolaget ska 1) leverera …, 2) bidra … och 3) samråda …``, ``a) …, b) …``): a number
    or a single letter with a closing bracket written against it, inside the clause (a
    clause-initial label is the list item's, stripped by the segmenter), and at least two of
    them in the clause, so that a lone ``bilaga 1)`` stays as written."""
    if doc.count_by(ORTH).get(_CLOSING_BRACKET, 0) < 2:
        return []  # each enumerator has its own bracket token (no `Token` made per word)
    found = [
        (token.i, token.i + 2)
        for token in doc[1:-1]
        if _enumerator_word(token.text)
        and doc[token.i + 1].text == ")"
        and not token.whitespace_
        and doc[token.i - 1].text != "("
    ]
    return found if len(found) >= 2 else []


def _enumerator_word(text: str) -> bool:
    return (text.isdigit() and len(text) <= 2) or (len(text) == 1 and text.isalpha())


def merge_enumerators(doc: Doc) -> Doc:
    """Merge each inline enumerator into one punctuation token: a list's mark, no word
    (``a)`` is no infinitive in -a, ``1)`` no numeral of the noun phrase after it)."""
    spans = enumerator_spans(doc)
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            attrs = {"LEMMA": doc[start:end].text, "POS": "PUNCT", "TAG": "MID", "MORPH": ""}
            attrs["DEP"] = "punct"
            retokenizer.merge(doc[start:end], attrs=attrs)
    return doc


def footnote_mark_as_label(doc: Doc) -> Doc:
    """Round 55 (nu55 fault 3): a clause-initial footnote mark (superscript digits, ``*``,
    ``†``; `patterns.FOOTNOTE_MARKS`, `FOOTNOTE_SIGNS`) is punctuation of its sentence's root,
    as ``¹`` read as a numeral already is to the statement rules: ``² Ordföranden ska leda
    arbetet`` keeps its subject, not a prepositional object of ``²``."""
    if len(doc) < 2 or not _footnote_mark(doc[0].text) or not doc[0].whitespace_:
        return doc
    mark, root = doc[0], doc[0].sent.root
    if root.i == mark.i:
        return doc
    mark.pos_, mark.tag_ = "PUNCT", "MID"
    mark.set_morph(None)
    mark.dep_, mark.head = "punct", root
    return doc


def _footnote_mark(text: str) -> bool:
    marks = patterns.FOOTNOTE_MARKS + patterns.FOOTNOTE_SIGNS
    return all(char in marks for char in text)


def glued_parts(word: str, lexicon: ActorLexicon) -> tuple[str, str] | None:
    """``tillstyrelsen`` → (``till``, ``styrelsen``), ``nämndensom`` → (``nämnden``, ``som``):
    a word unknown to the word list, made of a `glued_before`/`glued_after` word and a known
    actor word, was glued by a PDF text layer. A word the lexicon knows as a head of its own
    (``underkoncernen``) is left whole."""
    lower = word.lower()
    if len(lower) < 6 or not word.isalpha() or is_known_word(lower):
        return None
    for glue in sorted(GRAMMAR.glued_before, key=len, reverse=True):
        if lower.startswith(glue) and _actor_word(word[len(glue) :], word, lexicon):
            return word[: len(glue)], word[len(glue) :]
    for glue in sorted(GRAMMAR.glued_after, key=len, reverse=True):
        if lower.endswith(glue) and _actor_word(word[: -len(glue)], word, lexicon):
            return word[: -len(glue)], word[-len(glue) :]
    return None


def _actor_word(part: str, word: str, lexicon: ActorLexicon) -> bool:
    if len(part) < 4 or not is_known_word(part):
        return False
    found = lexicon.analyse(part)
    whole = lexicon.analyse(word)
    return found is not None and (whole is None or whole[1].head == found[1].head)


def slash_parts(word: str) -> tuple[str, str] | None:
    """``nämnd/`` → (``nämnd``, ``/``), ``/styrelse`` → (``/``, ``styrelse``): a slash that
    coordinates two words with a space on one side only stays glued to the other word in
    the tokenizer, which then loses the first conjunct (round 17, analysis-17 cause C7:
    ``nämnd/ styrelse``); split, it reads like ``nämnd/styrelse``."""
    if len(word) > 2 and word.endswith("/") and word[:-1].isalpha():
        return word[:-1], "/"
    if len(word) > 2 and word.startswith("/") and word[1:].isalpha():
        return "/", word[1:]
    return None


def gapped_slash_parts(word: str) -> tuple[str, str, str] | None:
    """``Avdelnings-/sektionschefen`` → (``Avdelnings-``, ``/``, ``sektionschefen``): a gapped
    compound part before a slash offers a second word like ``nämnd/styrelse``, which the
    tokenizer keeps as one token (round 32, D8; the part is completed with the shared head by
    `pipeline.nlp.split_compounds.with_gapped_slash_parts`)."""
    first, slash, last = word.partition("-/")
    if slash and len(first) > 1 and first.isalpha() and len(last) > 2 and last.isalpha():
        return first + "-", "/", last
    return None


# A word of letters with one to three digits glued to its end (``utser3``, ``Väljer12``).
_LETTERS_THEN_DIGITS = re.compile(r"([^\W\d_]{3,})(\d{1,3})")


def glued_numeral_parts(word: str) -> tuple[str, str] | None:
    """``utser3`` → (``utser``, ``3``), ``väljer5`` → (``väljer``, ``5``) (round 58, analysis
    58-cr C3c): a numeral glued to the end of a verb's present (`present_spelling`, or a
    short e-verb's: ``avser``) is the verb's object's count; a word whose letters are no
    verb form (``bilaga2``, ``KS2021``) stays whole."""
    match = _LETTERS_THEN_DIGITS.fullmatch(word)
    if match is None:
        return None
    letters = match.group(1)
    if not _verb_present(letters.lower()):
        return None
    return letters, match.group(2)


def _numeral_split(parts: tuple[str, ...]) -> bool:
    return len(parts) == 2 and parts[1].isdigit()


def _counted_word_follows(doc: Doc, index: int) -> bool:
    """A glued numeral is a count only before the counted words (review58 S5): the next
    token a lower-case word, no preposition (but a partitive's: ``väljer3 av dem``) or
    conjunction. A footnote mark (``beslutar1 om …``, ``beslutar1.``) or a plural noun's
    (``lagar3 och förordningar``) stays whole."""
    following = index + 1
    if following >= len(doc):
        return False
    word = doc[following]
    if not (word.is_alpha and word.is_lower):
        return False
    if word.text in GRAMMAR.partitive_prepositions:
        return True
    return word.text not in patterns.PREPOSITIONS | GRAMMAR.coordinators | GRAMMAR.subordinators


def _verb_present(word: str) -> bool:
    if present_spelling(word):
        return True
    return word.endswith("er") and lexicon_lemma(word) == word[:-1]  # "avser" → avse


# The parts a word splits into (`word_parts`), by the word's hash (its ``ORTH``, a function of
# the text): one such table per lexicon and grammar (`GluedWords` keeps its own), since the
# answer reads nothing else.
KnownParts = dict[int, tuple[str, ...] | None]
_MAX_KNOWN_PARTS = 200_000  # words kept per table (a run meets ~30,000)


def word_parts(word: str, lexicon: ActorLexicon) -> tuple[str, ...] | None:
    """The tokens a glued word splits into (`glued_parts`, `slash_parts`,
    `gapped_slash_parts`, `glued_numeral_parts`), else None."""
    return (
        glued_parts(word, lexicon)
        or slash_parts(word)
        or gapped_slash_parts(word)
        or glued_numeral_parts(word)
    )


def split_glued(doc: Doc, lexicon: ActorLexicon, known: KnownParts | None = None) -> Doc:
    """Split glued words (`word_parts`) into tokens before the tagger; the text and every
    character offset stay as they are. `known` keeps each word's parts from one Doc to the
    next (the caller's, for this lexicon and the active grammar only): a run's words repeat,
    and most split into nothing."""
    if known is None:
        known = {}
    elif len(known) > _MAX_KNOWN_PARTS:
        known.clear()
    found = []
    for index, word in enumerate(doc.to_array(ORTH).tolist()):
        parts = known.get(word, _UNSEEN)
        if parts is _UNSEEN:
            text = doc.vocab.strings[word]
            parts = known[word] = word_parts(text, lexicon)
        if parts and (not _numeral_split(parts) or _counted_word_follows(doc, index)):
            found.append((index, parts))
    if not found:
        return doc
    with doc.retokenize() as retokenizer:
        for index, parts in found:
            token = doc[index]
            last = len(parts) - 1
            retokenizer.split(token, list(parts), heads=[(token, last)] * len(parts))
    return doc


_UNSEEN = object()  # a word not looked up yet (None: it splits into nothing)
