"""Sentence starts set before the parser: ``configs/sentences.yaml`` and the rule.

Clause texts are edited prose, so punctuation decides most boundaries, and a short heading
without a finite verb or a full stop ends before a capitalised word; the trained parser only
decides after a colon before a capital. Every other token is marked as not starting a
sentence so that the parser cannot split ``Vd i Tallbo AB | är skyldig …``.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span, Token

from pipeline import patterns
from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import ActorLexicon
from pipeline.language.sentence_rules import SentenceRules, load_sentence_rules
from pipeline.nlp.memo import morph_values, string_names
from pipeline.normalize.words import actor_lexicon, definite_actor_noun

# What may follow a heading word within a glued heading (``Styrning och uppföljning``).
_HEADING_STRETCH_POS = frozenset({"NOUN", "ADJ", "CCONJ"})


def _can_open(token: Token, rules: SentenceRules) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in rules.openers


def _last_before_closers(doc: Doc, index: int, rules: SentenceRules) -> Token:
    """The token before `index`, skipping closing quotes and brackets written against the
    token before them (``fader.'`` → ``.``)."""
    last = index - 1
    while last > 0 and doc[last].text in rules.closers and not doc[last - 1].whitespace_:
        last -= 1
    return doc[last]


def _ends_sentence(doc: Doc, end: Token, rules: SentenceRules) -> bool:
    if end.text in rules.final_abbreviations:
        return True
    if end.text not in rules.enders:
        return False
    if end.text == "." and end.i > 0:
        word = doc[end.i - 1]
        if not word.whitespace_ and word.lower_ in rules.non_final_abbreviations:
            return False
    return True


def _sentence_start_before(doc: Doc, index: int) -> int:
    """Where the sentence holding ``doc[index - 1]`` starts, by the marks set so far."""
    start = index - 1
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    return start


def _ends_heading(doc: Doc, token: Token, rules: SentenceRules) -> bool:
    """A heading without a full stop before a capitalised common word (``Pensionsålder Rätt
    till …``): a short stretch from the sentence start without a finite verb or punctuation
    (dashes aside), ending in a word of `heading_end_pos`, the sentence going on in lower case.
    A capitalised last word must be the heading's only word, and the word after the heading
    must be followed by a lower-case word, so that names (``Anna Ek``, ``Golden Gate Park``)
    stay whole. Round 46 (bm cause 8): a bare section number opening the stretch after a
    sentence end is the heading's label, no word of it (``… ersättare. 4 Direktionen Antalet
    ledamöter …``: ``Direktionen`` is the heading's only word, which the model may tag
    PROPN). Round 51 (analysis 51-ax L1, ruling a6): so does one opening a page clause's
    text, whose page index is its label (``3 4 Fullmäktige Val till … ska …``: clause ``3``,
    text ``4 Fullmäktige Val …``)."""
    previous = doc[token.i - 1]
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if not (
        token.text[:1].isupper()
        and (token.pos_ != "PROPN" or token.lemma_[:1].islower()  # ``Bolaget`` read a name
             or _definite_actor(token.text, rules.actor_lexicon or actor_lexicon()))  # round 55
        and following is not None
        and following.text[:1].islower()
        and previous.is_alpha
        and (previous.pos_ in rules.heading_end_pos or previous.pos_ == "PROPN")
        and not _inside_place_name(previous, token, following, rules)
    ):
        return False  # the tests above before the walk back to the sentence start
    heading = doc[_sentence_start_before(doc, token.i) : token.i]
    counter = _page_counter_length(doc, heading)
    heading = heading[counter:]  # round 55 (55-cj C3): ``(28) Om delegation i allmänhet``
    labelled = _labelled_heading(doc, heading)
    if previous.pos_ not in rules.heading_end_pos and not (labelled and previous.pos_ == "PROPN"):
        return False
    if previous.text[:1].isupper() and len(heading) > 1 + labelled:
        return False
    return len(heading) <= rules.max_heading_words and not any(
        "Fin" in morph_values(word, "VerbForm") or (word.is_punct and word.text not in "-–")
        for word in heading
    )


def _page_counter_length(doc: Doc, heading: Span) -> int:
    """Round 55 (analysis 55-cj C3): the tokens of a page counter opening a page clause's
    text, at the text's start or after a sentence end (``(28)``, ``3 (28)``) before a
    capitalised word: the counter is no word of the heading after it (``(28) Om delegation i
    allmänhet Nämnden får …``). 0 where none opens the stretch."""
    if heading.start > 0 and doc[heading.start - 1].text not in {".", "!", "?"}:
        return 0
    words = [word.text for word in heading[:_COUNTER_TOKENS + 1]]
    for length in (_COUNTER_TOKENS - 1, _COUNTER_TOKENS):
        if len(words) <= length or not words[length][:1].isupper():
            continue
        counter = words[:length]
        if length == _COUNTER_TOKENS and not counter[0].isdigit():
            continue
        if counter[-3] == "(" and counter[-2].isdigit() and counter[-1] == ")":
            return length
    return 0


_COUNTER_TOKENS = 4  # ``3 ( 28 )``: a page index and its counter in brackets


def _inside_place_name(
    previous: Token, token: Token, following: Token, rules: SentenceRules
) -> bool:
    """Round 54 (analysis 54-cg R5): a capitalised word before the genitive of a place kind
    (``Region Ekeby läns revisorer``, ``Ekeby kommuns nämnder``) or after a capitalised place
    kind (``Region Ekeby …``, ``Kommun Ekeby …``) is part of a name whatever its tag (the
    tagger may read a place as a verb): no heading ends before it. A definite or compound form
    of the kind itself (``Region Regionen ska …``) is no name."""
    genitive = following.lower_.endswith("s") and following.lower_[:-1] in rules.place_name_kinds
    after_kind = previous.text[:1].isupper() and previous.lower_ in rules.place_name_kinds
    return (genitive or after_kind) and not token.lower_.startswith(previous.lower_)


def _labelled_heading(doc: Doc, heading: Span) -> bool:
    """The stretch opens with a bare section number after a sentence end (``5 Val …``) or at
    the text's start (round 51, 51-ax L1: a page clause's text after its page index) and a
    capitalised word: a page clause's inline heading with its label."""
    if len(heading) < 2:
        return False
    number = heading[0]
    return (
        number.text.isdigit()
        and len(number.text) <= _LABEL_DIGITS
        and heading[1].text[:1].isupper()
        and (heading.start == 0 or doc[heading.start - 1].text in {".", "!", "?"})
    )


def _after_heading_word(doc: Doc, token: Token, rules: SentenceRules) -> bool:
    """A section heading glued to its paragraph in flattened text (``Inledning Tallbo AB ägs
    av …``, ``Styrning och uppföljning Tallbo ska …``): a sentence opened by a capitalised
    `heading_words` word, going on (if at all) only in lower-case nouns, adjectives and
    conjunctions, ends before a capitalised word, even before a name (which `_ends_heading`
    keeps whole)."""
    if not token.text[:1].isupper():
        return False  # the first test below, before the scan back to the sentence start
    start = _sentence_start_before(doc, token.i)
    opener, stretch = doc[start], doc[start + 1 : token.i]
    return (
        opener.text[:1].isupper()
        and not (opener.is_upper and token.is_upper)  # a heading in capitals goes on
        and opener.lower_ in rules.heading_words
        and len(stretch) < rules.max_heading_words
        and all(w.is_lower and w.pos_ in _HEADING_STRETCH_POS for w in stretch)
    )


def _ends_capitals_heading(doc: Doc, token: Token, rules: SentenceRules) -> bool:
    """A heading printed in capitals glued to the first sentence (``ÄGARDIREKTIV FÖR EKBO AB
    Bolaget ska …``): two or more words in capitals from the sentence start, no lower-case
    word, end before a word in mixed case followed by a lower-case word. The layout makes
    the heading; its words are no subject."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if not (
        token.text[:1].isupper()
        and token.is_alpha
        and not token.is_upper
        and following is not None
        and following.text[:1].islower()
    ):
        return False
    heading = doc[_sentence_start_before(doc, token.i) : token.i]
    words = [word for word in heading if word.is_alpha]
    return (
        2 <= len(words) <= 2 * rules.max_heading_words
        and all(word.is_upper for word in words)
        and any(len(word) > 2 for word in words)
        and all(word.is_alpha or word.like_num or word.text in "-–&" for word in heading)
    )


def _repeats_title(doc: Doc, token: Token) -> bool:
    """A protocol's item title printed twice, as the page header's last field and as the
    item's heading (``… Ny taxa för Norrby Vattenförbund Norrby Vattenförbund beslutade …``,
    analysis-9 cause 7): two or more words, the first capitalised, that repeat the words
    right before them open a new sentence, in a stretch without a finite verb."""
    if not token.text[:1].isupper():
        return False
    start = _sentence_start_before(doc, token.i)
    for size in range(2, (token.i - start) + 1):
        if token.i + size > len(doc):
            break
        before, here = doc[token.i - size : token.i], doc[token.i : token.i + size]
        if _same_name(before, here) and all(w.is_alpha for w in here):
            return not any("Fin" in morph_values(w, "VerbForm") for w in doc[start : token.i])
    return False


def _same_name(before: Span, here: Span) -> bool:
    """The same words, the last in the genitive or not (``Lunda Avfallsförbund Lunda
    Avfallsförbunds direktion``: the subject's genitive repeats the title's name)."""
    *first, last = [w.text for w in here]
    return [w.text for w in before[:-1]] == first and last in {
        before[-1].text,
        before[-1].text + "s",
    }


def _repeats_title_name(doc: Doc, token: Token) -> bool:
    """A protocol's item title printed once, whose next sentence names as its subject a
    name the title holds, in the genitive or not (``… Dnr 144/ Ändring av Norrby
    Vattenförbunds förbundsordning Norrby Vattenförbund beslutade …``, analysis-10 cause 9):
    words from a capitalised one up to a finite verb, after a lower-case title word or a
    number, that repeat words of the stretch before them open a new sentence, in a stretch
    without a finite verb. Also a flattened heading before its first sentence (``Norrby
    kommuns organisation Norrby kommun består av …``)."""
    # a title ending in a name is left to the twice-printed case (_repeats_title)
    stretch = _verbless_title_stretch(doc, token)
    if stretch is None:
        return False
    start, end = stretch
    name = [w.text for w in doc[token.i : end]]
    size = len(name)
    return any(
        [w.text for w in doc[j : j + size - 1]] == name[:-1]
        and doc[j + size - 1].text in {name[-1], name[-1] + "s"}
        for j in range(start, token.i - size)
    )


def _after_protocol_header(doc: Doc, token: Token, rules: SentenceRules) -> bool:
    """The first sentence after a protocol's header and its item title printed once
    (``… SAMMANTRÄDESPROTOKOLL … Dnr 150/ Taxa för bygglov Byggnadsnämnden har föreslagit
    …``, analysis-10 cause 9): in a stretch without a finite verb that holds a header field
    (`protocol_header_words`), a capitalised word after a lower-case title word or a number,
    up to four words before a finite verb, opens the sentence; no header word is its
    subject."""
    stretch = _verbless_title_stretch(doc, token) or _verbless_stretch_before_phrase(doc, token)
    if stretch is None:
        return False
    start, _ = stretch
    return any(w.lower_ in rules.protocol_header_words for w in doc[start : token.i])


_FRONTED_PHRASE_REACH = 30  # words from a fronted phrase's preposition to its finite verb


def _verbless_stretch_before_phrase(doc: Doc, token: Token) -> tuple[int, int] | None:
    """Round 58 (analysis58-cs C1, docs/annotation.md §1.2 R1): the sentence after a
    protocol's item title may open with a fronted phrase whose finite verb comes late (``…
    Dnr 12/ Svar på motion om lokaler Vid sitt sammanträde den 4 maj beslutade …``, ``… I en
    motion har …``): a capitalised preposition after a lower-case title word or a number,
    with a finite verb before the next sentence stop. Where the stretch before it starts and
    where that verb stands (as `_verbless_title_stretch`), else None."""
    if token.pos_ != "ADP" or not (title_case_word(token) or token.text == "I"):
        return None
    previous = doc[token.i - 1]
    if not (previous.like_num or (previous.is_alpha and previous.is_lower
                                  and previous.pos_ in {"NOUN", "PROPN", "ADJ"})):
        return None
    start = _sentence_start_before(doc, token.i)
    if token.i - start < 2 or any(_finite(w) for w in doc[start : token.i]):
        return None
    for word in doc[token.i + 1 : min(token.i + _FRONTED_PHRASE_REACH, len(doc))]:
        if word.text in {".", "!", "?"}:
            return None
        if _finite(word):
            return start, word.i
    return None


def _verbless_title_stretch(doc: Doc, token: Token) -> tuple[int, int] | None:
    """Where the stretch before `token` after a title word (`_title_end_before`) starts, two
    words or more before it, and where the finite verb after `token`'s subject stands; None
    where either is missing or a finite verb stands in the stretch."""
    if not _title_end_before(doc, token):
        return None  # tested before the scan back to the sentence start
    start = _sentence_start_before(doc, token.i)
    if token.i - start < 2:
        return None
    end = _finite_after_subject(doc, token)
    if end is None or any(_finite(w) for w in doc[start : token.i]):
        return None
    return start, end


_LABEL_DIGITS = 3


def _after_paragraph_number(doc: Doc, token: Token) -> bool:
    """A statute's paragraph number printed inline (``5 §``, ``§ 5``) before a capitalised word
    opens a sentence there, after a stretch without a finite verb (a page line: ``3 kap.
    Beslut 5 § Generaldirektören beslutar …``, analysis-13 cause 2b): the number and the
    chapter heading before it are no part of the sentence, and no word of them its subject.
    After a finite verb the number is a reference (``ska enligt 3 § Förvaltningslagen``)."""
    if token.i < 2 or not title_case_word(token):
        return False
    sign, number = doc[token.i - 1], doc[token.i - 2]
    # round 36, S1: a bare label after a heading word in a page line (``Förbundschef 6
    # Direktionen anställer …``): the heading is no part of the sentence either
    bare = sign.text.isdigit() and len(sign.text) <= _LABEL_DIGITS and _heading_word(number) and (
        _finite_after_subject(doc, token) is not None)
    if not (sign.text == "§" and number.like_num) and not (
            number.text == "§" and sign.like_num) and not bare:
        return False
    start = _sentence_start_before(doc, token.i)
    return not any(_finite(word) for word in doc[start : token.i])


# Determiners before a noun that a relative clause without ``som`` may follow (``de beslut
# Kommunstyrelsen fattar``): the capitalised word after such a noun is no sentence start.
_RELATIVE_HEAD_DETERMINERS = frozenset({"de", "den", "det", "dessa", "denna", "detta", "alla",
                                        "all", "allt", "sådana", "samma", "varje", "vilka"})


def _after_lost_stop(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """Round 43 (analysis 43-bf, cause 1): a sentence line that lost its full stop, joined to
    the next line of its paragraph (``Kassören sköter bokföringen Revisorerna granskar …``):
    a capitalised actor noun in a definite form right after a lower-case noun, its finite
    verb right after it, opens a sentence where the words before it already hold a finite
    verb. Not after a noun that a determiner opens (``de beslut Kommunstyrelsen fattar``: a
    relative clause), nor at a name or a heading word (no actor in a definite form).
    Round 46 (bm cause 12): also after a verb ending the last of unbulleted items after a
    colon (``… uppgift om: vilket ärende som avgjorts, när beslutet fattades Styrelsen har
    …``)."""
    previous = doc[token.i - 1]
    if not (title_case_word(token) and previous.is_alpha and previous.is_lower):
        return False
    if previous.pos_ not in {"NOUN", "VERB"} or token.i + 1 >= len(doc):
        return False
    if not _finite(doc[token.i + 1]) or not _definite_actor(token.text, lexicon):
        return False
    before = doc[max(previous.i - 2, 0) : previous.i]
    if any(word.lower_ in _RELATIVE_HEAD_DETERMINERS for word in before):
        return False
    start = _sentence_start_before(doc, token.i)
    if previous.pos_ == "VERB":  # round 46, bm cause 12: the last of items after a colon
        return any(word.text == ":" for word in doc[start : previous.i])
    return any(_finite(word) for word in doc[start : previous.i])


# Round 50 (analysis 50-bt, L2): how far a genitive-led subject may run to its finite verb.
_GENITIVE_SUBJECT_WORDS = 16
_SUBJECT_STOPS = frozenset({".", ":", ";", "!", "?"})


def _after_lost_stop_genitive(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """Round 50 (analysis 50-bt, L2): a sentence that lost its full stop before a long subject
    opening with a capitalised genitive of an actor noun in a definite form (``… till
    styrelsen Kommunens samråd med bolagen i frågor om lån ska redovisas``): after a
    lower-case noun ending a stretch that holds a finite verb, the genitive, a
    lower-case noun as its head and a finite verb within `_GENITIVE_SUBJECT_WORDS` words
    (no stop, colon or subordinator between) open a sentence. Not after a determiner-led
    noun (a relative clause without ``som``), a preposition (``enligt Kommunens
    riktlinjer``) or a verb (``ska informera Nämndens ordförande om …``: its object;
    review 50b M1)."""
    previous = doc[token.i - 1]
    if not (title_case_word(token) and previous.is_alpha and previous.is_lower):
        return False
    if previous.pos_ != "NOUN" or token.i + 2 >= len(doc):  # after a verb: its object
        return False
    head = doc[token.i + 1]
    word = token.text
    if not (word.endswith("s") and head.is_lower and head.pos_ == "NOUN"):
        return False
    if not _definite_actor(word[:-1], lexicon):
        return False
    before = doc[max(previous.i - 2, 0) : previous.i]
    if any(w.lower_ in _RELATIVE_HEAD_DETERMINERS for w in before):
        return False
    if not _genitive_subject_verb(doc, token.i + 1):
        return False
    start = _sentence_start_before(doc, token.i)
    return any(_finite(w) for w in doc[start : previous.i])


def _genitive_subject_verb(doc: Doc, start: int) -> bool:
    """Whether the genitive phrase from `start` runs to its own main-clause finite verb
    within `_GENITIVE_SUBJECT_WORDS` words: a stop, a colon or a subordinator (SCONJ or a
    word of `subordinators` not tagged as a preposition or an infinitive marker: ``om
    frågor som har …``, ``när det behövs``) first means the
    finite belongs to a clause inside an object phrase (review 50b M1)."""
    for word in doc[start : min(start + _GENITIVE_SUBJECT_WORDS, len(doc))]:
        if word.text in _SUBJECT_STOPS or word.pos_ == "SCONJ":
            return False
        if word.lower_ in GRAMMAR.subordinators and word.pos_ not in {"ADP", "PART"}:
            return False  # not ``frågor om lån`` nor an infinitive ``att``
        if _finite(word):
            return True
    return False


# Round 53 (analysis 53-cc, L3/L4): how far the finite verb of a sentence whose stop was lost
# may stand from its opening word.
_FRONTED_PHRASE_WORDS = 8
_NAMED_SUBJECT_WORDS = 5
_PHRASE_STOPS = frozenset({",", ".", ":", ";", "!", "?", "(", ")"})


def _after_lost_stop_fronted(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """Round 53 (analysis 53-cc, L4): a sentence that lost its full stop before a fronted
    adverbial (``… åt medlemmarna Inom ramen för uppdraget ska förbundet samverka …``): a
    capitalised preposition (`_preposition`) right after a lower-case noun or
    verb that ends a stretch holding a finite verb opens a sentence when its phrase runs,
    within `_FRONTED_PHRASE_WORDS` words and no punctuation, to a modal as the first finite
    verb with the subject right after it (an actor noun in a definite form or a subject
    pronoun): the inversion (V2) proves a main clause. A capitalised preposition opening a
    title (``i skriften Om Vatten och Avlopp``) has no modal and subject after it."""
    previous = doc[token.i - 1]
    if not (title_case_word(token) and _preposition(token.lower_)):
        return False
    if not (previous.is_alpha and previous.is_lower and previous.pos_ in {"NOUN", "VERB"}):
        return False
    if not _inverted_modal_after(doc, token.i + 1, lexicon):
        return False
    start = _sentence_start_before(doc, token.i)
    return any(_finite(word) for word in doc[start : previous.i + 1])


def _preposition(lower: str) -> bool:
    """A preposition (layout.yaml `prepositions`), or a temporal subordinator that is one
    too (grammar.yaml `preposition_subordinators`: ``Innan stämman ska …``)."""
    return lower in patterns.PREPOSITIONS or lower in GRAMMAR.preposition_subordinators


def _inverted_modal_after(doc: Doc, start: int, lexicon: ActorLexicon) -> bool:
    """Whether the words from `start` (a fronted phrase) run to a modal, the first finite
    verb, with its subject right after it (`_definite_actor` or a subject pronoun)."""
    end = min(start + _FRONTED_PHRASE_WORDS, len(doc) - 1)
    for at in range(start + 1, end):
        word = doc[at]
        if word.text in _PHRASE_STOPS:
            return False
        if word.lower_ in GRAMMAR.modals and word.is_lower:
            subject = doc[at + 1]
            return _definite_actor(subject.text, lexicon) or _subject_pronoun(subject.lower_)
        if _finite(word):
            return False
    return False


def _subject_pronoun(lower: str) -> bool:
    """A pronoun subject right after a modal (grammar.yaml `subject_pronouns`,
    `inverted_subject_pronouns`)."""
    return lower in GRAMMAR.subject_pronouns or lower in GRAMMAR.inverted_subject_pronouns


def _after_lost_stop_name(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """Round 53 (analysis 53-cc, L3): a naming clause whose stop was lost, as a viewer title
    runs the first two sentences together (``Förbundets namn är Ekdalens Vattenförbund
    Medlemmar i förbundet är …``, ``Bolaget heter Ekby Hamn AB Ledamöterna i styrelsen utses
    …``): after a capitalised word of the name, a capitalised actor noun in a plural or
    definite form (not the lexicon's base form) followed by its finite verb, or by a
    preposition and a finite verb within `_NAMED_SUBJECT_WORDS` words, opens the next
    sentence where the words before it hold a name noun (`name_nouns`) or a naming verb
    (`naming_verbs`). A name's own words are no actor nouns (``Östra Bygden``), or stand
    before no verb (``Föreningen för Kultur i Ekby``)."""
    previous = doc[token.i - 1]
    if not (title_case_word(token) and previous.is_alpha and previous.text[:1].isupper()):
        return False
    if token.i + 2 >= len(doc) or not plural_or_definite_actor(token.text, lexicon):
        return False
    after = doc[token.i + 1]
    if not _finite(after) and not (after.pos_ == "ADP" and _finite_within(doc, token.i + 2)):
        return False
    start = _sentence_start_before(doc, token.i)
    return any(
        lexicon.is_name_noun(word.lower_) or word.lower_ in lexicon.naming_verbs
        for word in doc[start : previous.i]
    )


def plural_or_definite_actor(word: str, lexicon: ActorLexicon) -> bool:
    """An actor noun of the lexicon in another form than its base (``Medlemmar``,
    ``Ledamöterna``, ``Styrelsen``), no genitive (``Kommuns``)."""
    analysis = lexicon.analyse(word)
    lower = word.lower()
    return analysis is not None and lower != analysis[0] and not lower.endswith("s")


def _finite_within(doc: Doc, start: int) -> bool:
    """A finite verb within `_NAMED_SUBJECT_WORDS` words from `start`, no punctuation first."""
    for word in doc[start : min(start + _NAMED_SUBJECT_WORDS, len(doc))]:
        if word.text in _PHRASE_STOPS:
            return False
        if _finite(word):
            return True
    return False


def _after_label_heading(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """Round 50 (analysis 50-bt, L1): a one-word label and its colon before a verbless run-in
    heading of several words glued to the next sentence (``Synpunkter: Regler för tillsyn av
    bolagen i kommunen Nämnden granskar …``): an actor noun after a lower-case heading word,
    its finite verb within four words, opens the sentence (§1.2, round 11: the sentence opens
    at the subject after the title). The label is a capitalised word that opens the stretch
    (or stands right before it) and the colon follows it; no finite verb in the stretch."""
    stretch = _verbless_title_stretch(doc, token)
    if stretch is None or lexicon.analyse(token.text) is None:
        return False
    start, _ = stretch
    if start + 1 < token.i and doc[start + 1].text == ":":
        label = start  # the sentence opens at the label
    elif start >= 2 and doc[start - 1].text == ":":
        label = start - 2  # the parser opened a sentence after the colon
    else:
        return False
    opens = label == 0 or doc[label].is_sent_start or doc[label - 1].text in {".", "!", "?"}
    return opens and title_case_word(doc[label])


def _definite_actor(word: str, lexicon: ActorLexicon) -> bool:
    """An actor noun of the lexicon (actors.yaml) in a definite form (``Kassören``,
    ``Revisorerna``): the subject a lost sentence start opens with; no name or heading word."""
    return definite_actor_noun(word, lexicon)


def _heading_word(token: Token) -> bool:
    """Round 36, S1: a capitalised heading word before a bare label, no field or register
    label a case number follows (grammar.yaml `metadata_labels`, layout.yaml
    `numbered_words`, `memo_field_words`: ``Dnr 144``, ``Bilaga 2``)."""
    lower = token.lower_
    return title_case_word(token) and not (
        (lower,) in GRAMMAR.metadata_labels or lower in patterns.NUMBERED_WORDS
        or lower in patterns.MEMO_FIELD_WORDS)


def _title_end_before(doc: Doc, token: Token) -> bool:
    """A capitalised word right after a lower-case content word or a number: where a title
    without punctuation may end (not after a function word: ``budget som Norrby kommun``)."""
    previous = doc[token.i - 1]
    if not title_case_word(token):
        return False
    if not (previous.like_num or (previous.is_alpha and previous.is_lower)):
        return False
    return previous.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"}


def _finite_after_subject(doc: Doc, token: Token) -> int | None:
    """The finite verb within four words of `token`, with only words before it."""
    limit = min(token.i + 5, len(doc))
    end = next((i for i in range(token.i + 1, limit) if _finite(doc[i])), None)
    if end is None or not all(w.is_alpha for w in doc[token.i : end]):
        return None
    return end


def _finite(token: Token) -> bool:
    return "Fin" in morph_values(token, "VerbForm")


_CELL_SEPARATOR = "|"  # the reader's join of a table row's cells (pipeline/ingest)


def _after_heading_cell(doc: Doc, token: Token, rules: SentenceRules) -> bool:
    """Round 43 (newuser43, cause 3): a table row whose first cell is a heading and whose next
    cell is the text (``Arbetsgivarfrågor | Kommunstyrelsen beslutar …``, ``Beslut i
    brådskande ärenden | Direktören får …``): a capitalised word after the cell separator
    opens a sentence when the cell before it, from the sentence start, is a short stretch
    without a finite verb or punctuation (dashes aside) and a finite verb follows the word
    within four words. A cell that goes on in lower case (``Vd i Tallbo AB | är skyldig``) or
    a name after a role cell (``Ordförande | Anna Ek``) stays in its sentence."""
    if doc[token.i - 1].text != _CELL_SEPARATOR:
        return False
    cell = doc[_sentence_start_before(doc, token.i - 1) : token.i - 1]
    if not cell or len(cell) > rules.max_heading_words:
        return False
    if any(_finite(word) or (word.is_punct and word.text not in "-–") for word in cell):
        return False
    return _finite_after_subject(doc, token) is not None


def _after_run_in_label(doc: Doc, token: Token) -> bool:
    """Round 50 (newuser50b, fault 3): a run-in label, one capitalised word and its colon at
    the sentence start (``Revision: En revisor får inte …``), names the topic of the sentence
    after it and stands outside its grammar (docs/annotation.md §1.2): a capitalised word
    after the colon opens a sentence when its finite verb follows within two words. Not a
    configured field label (grammar.yaml `metadata_labels`: ``Ansvarig: Kanslichefen …``
    is a field and its value) nor a name or role after a label (no finite verb)."""
    if token.i < 2 or not title_case_word(token):
        return False
    label = doc[token.i - 2]
    opens = label.i == 0 or bool(label.is_sent_start)
    if not opens or not title_case_word(label) or _finite(label):
        return False
    if (label.lower_,) in GRAMMAR.metadata_labels:
        return False
    finite = _finite_after_subject(doc, token)
    return finite is not None and finite - token.i <= _RUN_IN_SUBJECT_WORDS


# A run-in label's sentence: its subject is a word or a determiner and a noun before the finite
# verb (``Kassören ska``, ``En revisor får``); a longer stretch may be a heading that is the
# subject (``Anteckning: Regler för styrelsens arbete finns …``), where the parser decides.
_RUN_IN_SUBJECT_WORDS = 2


def _glued_stop(doc: Doc, token: Token, rules: SentenceRules) -> bool:
    """Round 43 (be-C4): a full stop written against both words around it ends a sentence
    where a web page lost the space (``… i nämnden.Ersättarna har …``): a lower-case word
    of two letters or more, no abbreviation (sentences.yaml `non_final_abbreviations`),
    before it, a capitalised word after it. A web address, a number (``2.5``) or a name's
    initial (``St.Eriks``) is no such word."""
    if token.i < 2 or not title_case_word(token):
        return False
    stop, word = doc[token.i - 1], doc[token.i - 2]
    return (
        stop.text == "."
        and not word.whitespace_
        and word.is_alpha
        and word.is_lower
        and len(word) > 1
        and word.lower_ not in rules.non_final_abbreviations
    )


def title_case_word(token: Token) -> bool:
    """A capitalised word that is no acronym (``Medlemmar``, not ``KF``)."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


def sentence_start(doc: Doc, token: Token, rules: SentenceRules) -> bool | None:
    """True: the token starts a sentence; False: it does not; None: the parser decides
    (after a colon before a capital or an opening quote)."""
    previous = doc[token.i - 1]
    if not previous.whitespace_:
        return _glued_stop(doc, token, rules)
    if _ends_sentence(doc, _last_before_closers(doc, token.i, rules), rules):
        return _can_open(token, rules)
    if previous.text == ":" and rules.parser_after_colon:
        if _after_run_in_label(doc, token):
            return True
        return None if _can_open(token, rules) and not token.text[:1].isdigit() else False
    if not token.text[:1].isupper():
        return False  # each test below asks for a capital first
    lexicon = rules.actor_lexicon or actor_lexicon()
    return (
        _ends_heading(doc, token, rules)
        or _after_heading_word(doc, token, rules)
        or _ends_capitals_heading(doc, token, rules)
        or _repeats_title(doc, token)
        or _repeats_title_name(doc, token)
        or _after_protocol_header(doc, token, rules)
        or _after_paragraph_number(doc, token)
        or _after_lost_stop(doc, token, lexicon)
        or _after_lost_stop_genitive(doc, token, lexicon)
        or _after_lost_stop_fronted(doc, token, lexicon)
        or _after_lost_stop_name(doc, token, lexicon)
        or _after_label_heading(doc, token, lexicon)
        or _after_heading_cell(doc, token, rules)
    )


def set_sentence_starts(
    doc: Doc, *, fix_inside: bool = True, rules: SentenceRules | None = None
) -> Doc:
    """Mark sentence starts (see the module docstring). Without `fix_inside` only the
    punctuation boundaries are set and the parser decides everywhere else."""
    rules = rules or load_sentence_rules()
    if not len(doc) or doc.has_annotation("DEP"):  # the setter raises on a parsed Doc
        for token in doc[1:]:
            start = sentence_start(doc, token, rules)
            if start or fix_inside:
                token.is_sent_start = start
        if len(doc):
            doc[0].is_sent_start = True
        return doc
    plain = _plainly_inside(doc, rules)
    if fix_inside:  # the plain words' False first, in one write (token 0 as it was)
        flags = doc.to_array([SENT_START])
        flags[numpy.flatnonzero(plain)] = _NOT_A_START
        doc.from_array([SENT_START], flags)
    for i in range(1, len(doc)):
        if not plain[i]:  # the rules decide, in order (they read the starts set before)
            start = sentence_start(doc, doc[i], rules)
            if start or fix_inside:
                doc[i].is_sent_start = start
    doc[0].is_sent_start = True
    return doc


_NOT_A_START = numpy.uint64(2**64 - 1)  # ``is_sent_start = False`` (-1) as `to_array` stores it


def _plainly_inside(doc: Doc, rules: SentenceRules) -> list[bool]:
    """Per token: `sentence_start` is False for it on its word and the one before alone (a
    word after a space, not capitalised, after no closer, sentence ender, final abbreviation
    or colon), read from the Doc's columns without a `Token` per word. Each such token's
    start is False whatever the starts before it are, so `set_sentence_starts` sets those
    together first and asks the rules only of the others, in order (most words of a clause
    are plain; the rules read only the starts of the tokens before theirs)."""
    hashes, spaced = doc.to_array([ORTH, SPACY]).T.tolist()
    words = string_names(doc.vocab.strings, hashes)
    stops = rules.closers | rules.enders | rules.final_abbreviations | {":"}
    return [False] + [
        bool(space) and before not in stops and not word[:1].isupper()
        for before, space, word in zip(words, spaced, words[1:], strict=False)
    ]
