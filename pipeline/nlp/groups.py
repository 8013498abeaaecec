"""Verb groups: which verbs a finite verb governs (``ska [i samråd med nämnden] upprätta …
och redovisa``) with its coordinated verbs (`pipeline.nlp.coordination`), and every verb of a
sentence with its modal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from pipeline import patterns
from pipeline.language.grammar import GRAMMAR
from pipeline.language.phrases import phrases_by_first_word
from pipeline.language.spelling import archaic_infinitive_lemma, lexicon_lemma, present_lemma
from pipeline.language.word_list import is_known_word
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.coordination import capitalised_inside, coordinated, past_infinitive_modal
from pipeline.nlp.memo import (
    answers,
    doc_arrays,
    doc_memoised,
    lower_words,
    memoised,
    morph_values,
    sentence_end,
    sentence_start,
)
from pipeline.nlp.references import statute_lists
from pipeline.nlp.subjects import (
    capacity_phrase_end,
    cleft_copula,
    distributive_mention,
    distributive_phrase_end,
    focus_insertion_start,
    inverted_tokens,
    mention_at,
    modifier_negation,
    opening_head,
    opening_subject_end,
    predicative_som,
    splice_subject_before,
)
from pipeline.nlp.verb_fallbacks import (
    agent_passive_past_relatives,
    att_subject_word,
    infinitive_past_prepositional_chain,
    late_lexicon_infinitive,
    modal_over_inverted_s_passive,
    passive_after_relative_clause,
    perfect_adverbial_end,
    present_slip_after_modal,
    supine_after_adverbial,
    supine_after_date,
    supine_before_att,
    supine_not_attribute,
)
from pipeline.nlp.verb_forms import (
    NON_VERB_POS,
    VERB_POS,
    adjective_a_form,
    adjective_form,
    base_form_word,
    is_modal,
    lexicon_base_form,
    lexicon_infinitive,
    listed_supine,
    looks_supine,
    past_adverbs,
    past_adverbs_and_negations,
    supine_spelling,
)
from pipeline.nlp.verb_vetoes import digits_and_letters
from pipeline.nlp.verbs import (
    AUX_DEPS,
    MAX_GROUP_TOKENS,
    Verb,
    adverb_before_infinitive,
    could_be_infinitive,
    is_adverb,
    is_finite,
    is_infinitive,
    is_passive,
    is_supine,
    is_time_noun,
    is_verb,
    mistagged_after_modal,
    present_by_spelling,
    present_in_subordinate_clause,
    slot_infinitive,
    tense_of,
    time_relative_verb,
    verb_lemma,
)

__all__ = [
    "Group",
    "coordinated",
    "distributive_head",
    "distributive_subject",
    "find_verbs",
    "opening_end",
    "slot_infinitive",
    "time_phrase_words",
    "v2_present",
    "verb_group",
    "with_aim_verbs",
]

NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "ADP", "PRON"})
# Words before a noun phrase's head (determiners, adjectives, numerals): after one of them
# the phrase is still open (cues, lead-ins and statement parts read this one set).
PRE_HEAD_POS = frozenset({"DET", "ADJ", "NUM"})


@dataclass(frozen=True)
class Group:
    """A finite verb and the verbs that carry its action."""

    finite: Token
    verbs: tuple[Token, ...]  # the action verbs (infinitives, supine, or the finite itself)
    negated: bool
    end: int  # index after the group's last token


def _slot_adverb(token: Token) -> bool:
    """An adverb in the modal's slot, or the intensifier there (``ska själva granska``; a
    word in -a, no infinitive; round 42)."""
    return is_adverb(token) or token.lower_ in GRAMMAR.intensifiers


def _right_noun_in_strict_slot(finite: Token, token: Token) -> bool:
    """``äger (ej) rätt deltaga``: a noun of right (`right_nouns`) in the slot of a strict
    modal (`strict_slot_modals`) before a bare infinitive, the statute's ``äger rätt att``."""
    return finite.lower_ in GRAMMAR.strict_slot_modals and token.lower_ in GRAMMAR.right_nouns


def _last_in_slot(token: Token) -> bool:
    """An infinitive tagged as an adverb, as the last word of the modal's slot (``ska även
    handha`` closing a lead-in, ``ska handha kartverket``): no verb follows it."""
    following = token.doc[token.i + 1 : sentence_end(token)]
    return slot_infinitive(token) and not any(
        could_be_infinitive(t) or slot_infinitive(t) or is_verb(t) for t in following[:1]
    )


def _closing_comma(token: Token, limit: int) -> int | None:
    """A comma-enclosed insertion in the modal's slot (``får, efter samråd med X och om det
    finns skäl, besluta``): the index of its closing comma, wherever it stands."""
    if token.text != ",":
        return None
    doc = token.doc
    for following in doc[token.i + 1 : limit]:
        if following.text == ",":
            return following.i
        if following.text in {";", ":", "."}:
            return None
    return None


def _chained_insertion_end(doc: Doc, closing: int, end: int) -> int:
    """``ska, inom ramen för X, i enlighet med Y och annan för Z tillämplig författning,
    erbjuda`` (round 51, by C1): a modal's comma insertion may be followed by more, each
    closed by a comma. The closing comma of one opens the next where the words up to the
    next comma hold no verb and no subordinator (no clause of their own) and a verb's base
    form (tagged an infinitive or `base_form_word`; adverbs before it) follows that comma:
    the last closing comma."""
    while True:
        following = _closing_comma(doc[closing], end)
        if following is None:
            return closing
        words = doc[closing + 1 : following]
        if any(is_verb(t) or is_finite(t) or _opens_clause(t) for t in words):
            return closing
        after = following + 1
        while after < end and is_adverb(doc[after]):
            after += 1
        if after >= end or not (is_infinitive(doc[after]) or base_form_word(doc[after].lower_)):
            return closing
        closing = following


def _closing_bracket(token: Token, limit: int) -> int | None:
    """A bracketed insertion between a modal and its infinitive (``ska frågor, utöver punkt
    1-5 (se nedan), endast behandlas``): the index of its closing bracket, the insertion one
    unit (its imperative ``se`` opens no clause; round 21, cause D4)."""
    if token.text != "(":
        return None
    for following in token.doc[token.i + 1 : limit]:
        if following.text == ")":
            return following.i
        if following.text in {"(", ";", ":", "."}:
            return None
    return None


def _slot_insertion_end(token: Token) -> int | None:
    """A fixed adverbial insertion in the modal's slot (configs/grammar.yaml
    `slot_insertions`: ``ska styrelsen så fort det kan ske utse``, ``ska om möjligt
    samråda``, ``ska i förekommande fall fastställa``): the index of its last word, though it
    holds a subordinator or a finite verb (round 17, cause B3). Only the phrases whose first
    word the token is are compared (asked of every word of a modal's slot; most open none)."""
    candidates = phrases_by_first_word(GRAMMAR.slot_insertions).get(token.lower_)
    if not candidates:
        return None
    words = lower_words(token.doc[token.i : sentence_end(token)])
    phrase = next((p for p in candidates if tuple(words[: len(p)]) == p), None)
    return None if phrase is None else token.i + len(phrase) - 1


# What may open a time adverbial in a modal's slot (its words: grammar `time_phrase_pos`).
_TIME_OPENER_POS = frozenset({"ADP", "DET"})
_PHRASE_HEAD_POS = frozenset({"NOUN", "PROPN", "NUM"})


def time_phrase_words(
    words: Span,
    time_word: Callable[[Token], bool] = lambda token: False,
    *,
    names: bool = True,
    adverbs: bool = False,
) -> Iterator[tuple[Token, bool]]:
    """The words of a noun-phrase adverbial (of time: ``senast den 30 april``, ``varje år``,
    ``en gång per år``) and the word after it, for the callers that look for the verb past
    it (a modal's slot here, an ``att``-clause in pipeline/nlp/cues.py, an item's opening in
    pipeline/nlp/items.py): each word of `words` with whether a word of time (`time_word`)
    stood before it, up to and including the first that is no word of such a phrase (grammar
    `time_phrase_pos`; ``names=False``: no proper noun; ``adverbs=True``: adverbs too). Each
    caller decides at each word whether the phrase ended before it."""
    allowed = GRAMMAR.time_phrase_pos if names else GRAMMAR.time_phrase_pos - {"PROPN"}
    allowed = (allowed | {"ADV"}) if adverbs else allowed
    timed = False
    for word in words:
        yield word, timed
        if word.pos_ not in allowed:
            return
        timed = timed or time_word(word)


def _time_adverbial_end(token: Token, limit: int) -> int | None:
    """``ska senast den 30 april fastställa``, ``ska före utgången av juni upprätta``, ``ska
    inom tre veckor granska`` (round 48, nu48 fault 2): a preposition or determiner opening a
    chain of noun phrases that holds a number, a month or a noun of time is a time adverbial
    in the modal's slot, one insertion whatever the parser hung on it; the index of its last
    word, when a word that can be the infinitive follows a head of the chain (a word after
    a determiner, adjective or preposition inside it is never the infinitive)."""
    doc = token.doc
    for word, timed in time_phrase_words(doc[token.i + 1 : limit], _time_word):
        if timed and time_relative_verb(word):
            return word.i  # ``ska senast den 1 mars det år stämman hålls utse`` (round 49, G1)
        if doc[word.i - 1].pos_ in _PHRASE_HEAD_POS and (is_verb(word) or slot_infinitive(word)):
            # an adverb in -a before the infinitive ("noga bevaka") is left to the slot's rules
            return word.i - 1 if timed and not adverb_before_infinitive(word) else None
    return None


def _time_word(token: Token) -> bool:
    """A number, a month (configs/layout.yaml `month_names`) or a noun of time (``år``,
    ``veckor``, ``verksamhetsår``)."""
    if token.like_num or token.lower_ in patterns.MONTH_NAMES:
        return True
    return token.pos_ == "NOUN" and is_time_noun(token)


def _adverbial_clause_end(token: Token) -> int | None:
    """A clause inside a modal's slot, skipped as one unit: a condition clause to its verb
    chain (``får om särskilda skäl föreligger besluta``), a subordinate clause inside an
    adverbial (``får i ärenden där nämndens beslut inte kan avvaktas besluta``) or an
    infinitive clause after a preposition (``ska efter att ha hört X upprätta``). The index
    of its last verb."""
    doc = token.doc
    end = sentence_end(token)
    if token.lower_ == "att" and token.i > 0 and doc[token.i - 1].pos_ == "ADP":
        chain = _infinitive_chain_end(doc, token.i + 1, end)
        if chain is not None:
            return chain
    opener = _fronted_clause_opener(token, end)
    if opener is None and _clause_subordinator(token, end):
        opener = (token.lower_,)
    if opener is None or _noun_complement_om(token):
        return None
    for inner in doc[token.i + len(opener) : end]:
        if inner.is_punct:
            return None
        if is_finite(inner):
            auxiliary = is_modal(inner) or inner.lower_ in GRAMMAR.perfect
            chain = verb_group(inner).verbs if auxiliary else ()
            return max((inner.i, *(v.i for v in chain)))
    return None


def _fronted_clause_opener(token: Token, end: int) -> tuple[str, ...] | None:
    """The opener of a fronted condition clause (grammar `conditions_fronted_clauses`, the
    longest first) at `token`; only the openers whose first word the token is are compared
    (asked of every word of a modal's slot; most open none)."""
    candidates = phrases_by_first_word(GRAMMAR.conditions_fronted_clauses).get(token.lower_)
    if not candidates:
        return None
    words = lower_words(token.doc[token.i : end])
    return next((p for p in candidates if tuple(words[: len(p)]) == p), None)


def _clause_subordinator(token: Token, end: int) -> bool:
    """A subordinator that opens a clause with a finite verb inside an adverbial: after the
    noun it modifies (``ärenden där …``, ``ärenden som …``) or after a preposition (``med
    hänsyn till att …``); not ``att`` + infinitive, not ``som`` of a comparison, not an
    adverb (``ska då underrättas``)."""
    if token.lower_ not in GRAMMAR.subordinators or token.i + 1 >= end or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    after_preposition = token.lower_ == "att" and before.pos_ == "ADP"
    if before.pos_ not in {"NOUN", "PROPN"} and not after_preposition:
        return False
    if _comparative_som(token):
        return False
    return not (token.lower_ == "att" and could_be_infinitive(token.doc[token.i + 1]))


def _infinitive_chain_end(doc: Doc, first: int, end: int) -> int | None:
    """The last verb of the infinitive (with its supine: ``ha hört``) at `first`, adverbs
    before it skipped; None where no infinitive follows."""
    position = past_adverbs_and_negations(doc, first, end)
    if position >= end or not could_be_infinitive(doc[position]):
        return None
    following = position + 1
    if following < end and doc[position].lower_ in GRAMMAR.perfect and is_supine(doc[following]):
        return following
    return position


def _nothing_follows(finite: Token, limit: int) -> bool:
    """``Förvaltningschefen får inte:``: only negations, adverbs or punctuation follow."""
    return all(
        t.is_punct or t.pos_ == "ADV" or t.lower_ in GRAMMAR.negations
        for t in finite.doc[finite.i + 1 : limit]
    )


def _cut_before_infinitive(finite: Token) -> bool:
    """``Nämnden kan i särskilda fall b``: the text ends without a closing stop after the
    modal and an adverbial phrase (a preposition first, no ``att``): the excerpt is cut
    before the infinitive, so the modal is no main verb with an object (round 42, bc-X1)."""
    doc, end = finite.doc, sentence_end(finite)
    if end != len(doc) or doc[end - 1].is_punct:
        return False
    rest = doc[past_adverbs(doc, finite.i + 1, end) : end]
    return len(rest) > 1 and rest[0].pos_ == "ADP" and all(t.lower_ != "att" for t in rest)


def _cut_in_word(finite: Token) -> bool:
    """Round 56 (analysis 56-cl C3): ``Nämnden ska beslu``, ``Chefen har att verkst``: the
    text ends without a closing stop on one word after a modal or ``har att`` (past
    adverbs) that is spelled as no infinitive, active or passive (`_infinitive_form`): the
    excerpt is cut inside the verb. After a main-verb modal (``får``, ``kan``) a known word
    the tagger reads as no verb is the modal's object (``Nämnden får bidrag``)."""
    doc = finite.doc
    if doc[-1].is_punct or not doc[-1].is_alpha or sentence_end(finite) != len(doc):
        return False
    start = past_adverbs(doc, finite.i + 1, len(doc))
    marked = start < len(doc) - 1 and doc[start].lower_ == "att"
    if start + marked != len(doc) - 1 or not (is_modal(finite) or marked):
        return False
    if _infinitive_form(doc[-1].lower_):
        return False
    word = doc[-1]
    return (
        marked
        or finite.lower_ not in GRAMMAR.main_verb_modals
        or word.pos_ in VERB_POS
        or not is_known_word(word.lower_)
    )


def _infinitive_form(word: str) -> bool:
    """Spelled as an infinitive, active or s-passive: ``besluta``, ``ske``, ``motiveras``,
    ``ses``."""
    active = word[:-1] if word.endswith("s") else word
    return active.endswith("a") or active in GRAMMAR.infinitives


def _tree_verb(finite: Token) -> Token | None:
    """The verb a modal or perfect auxiliary is attached to in the parse (UD ``aux``); also a
    word in -a the tagger read as a noun or adjective, which the modal's ``aux`` link makes
    its infinitive (``kan ordföranden i nämnden kalla [NOUN] till …``)."""
    head = finite.head
    if finite.dep_ != "aux" or head.i <= finite.i or head is finite:
        return None
    if digits_and_letters(head):
        return None  # "ska c.3.4ja": debris, no verb (round 36, V4)
    if head.pos_ in VERB_POS or (is_modal(finite) and _infinitive_spelling(head)):
        return head
    return None


def _passive_after_subject(
    modal: Token, token: Token, inserted: frozenset[int] | set[int] = frozenset()
) -> bool:
    """``ska reglerna i förbundsordningen tillämpas``: past an inverted noun phrase (and a
    relative clause inside it, `inserted`: ``ska avtal som vd ingår med närstående
    anmälas``), an s-form in -as is the modal's passive infinitive (spelled as the present
    passive), not a finite verb of its own. Adverbs and a comma that closes an insertion may
    stand right before it (``ska frågor, utöver punkt 1-5 (se nedan), endast behandlas``:
    round 21, cause D4). The word's own tests first: asked of every word of the slot, the
    words between are read only before an s-form."""
    if not (token.lower_.endswith("as") and is_modal(modal) and is_passive(token)):
        return False
    between = [t for t in modal.doc[modal.i + 1 : token.i] if t.i not in inserted]
    while len(between) > 1 and (between[-1].pos_ == "ADV" or between[-1].text == ","):
        between.pop()
    statute = _statute_tokens(modal)  # "ska 6 kap. 28–32 §§ kommunallagen tillämpas"
    return (
        len(between) > 0
        and (between[0].pos_ in {"NOUN", "PROPN", "DET", "ADJ"} or between[0].i in statute)
        and all(
            t.pos_ in NOUN_PHRASE_POS or t.i in statute or _joins_nominals(t, between)
            for t in between
        )
    )


def _joins_nominals(token: Token, between: Sequence[Token]) -> bool:
    """``ska förvaltningslagen och offentlighets- och sekretesslagen tillämpas``: a
    coordinator or list comma inside the inverted noun phrase joins its conjuncts."""
    inside = between[0].i < token.i < between[-1].i
    return inside and (token.lower_ in GRAMMAR.coordinators or token.text == ",")


def _statute_tokens(token: Token) -> set[int]:
    """The tokens of the statute reference lists in `token`'s sentence: each list is one
    nominal, whatever the tags of its numbers, marks and dashes."""
    sentence = token.doc[sentence_start(token) : sentence_end(token)]
    return {i for start, end in statute_lists(sentence) for i in range(start, end)}


def _modal_passive(modal: Token, token: Token) -> bool:
    return is_modal(modal) and token.lower_.endswith("as") and is_passive(token)


def _comparative_som(token: Token) -> bool:
    """``så snart som möjligt``: ``som`` between ``så`` + adverb and an adjective compares; it
    opens no clause."""
    doc = token.doc
    return (
        token.lower_ == "som"
        and token.i >= 2
        and token.i + 1 < len(doc)
        and doc[token.i - 2].lower_ == "så"
        and doc[token.i - 1].pos_ in {"ADV", "ADJ"}
        and doc[token.i + 1].pos_ in {"ADV", "ADJ"}
    )


@memoised
def _slot_limit(finite: Token) -> int:
    """How far a finite verb's infinitive may stand: a statute reference list in between
    counts as one nominal (``ska reglerna i 6 kap. 28 och 29 §§ kommunallagen tillämpas``)."""
    limit = finite.i + MAX_GROUP_TOKENS
    sentence = finite.doc[sentence_start(finite) : sentence_end(finite)]
    for start, end in statute_lists(sentence):
        if finite.i < start < limit:
            limit += end - start - 1
    return min(sentence_end(finite), limit)


def _adverbial_determiner(finite: Token, token: Token) -> bool:
    """A determiner inside the prepositional adverbial that opens the perfect's slot
    (`perfect_adverbial_end`): ``har genom ett avtal beslutat``, ``har genom avtal om
    samverkan och detta reglemente kommit överens`` (round 49, P2)."""
    end = perfect_adverbial_end(finite)
    return end is not None and token.i < end


def _date_article(token: Token) -> bool:
    """``den`` before a day number: a date's article, no determiner of an attribute."""
    return token.lower_ == "den" and token.i + 1 < len(token.doc) and token.nbor(1).like_num


def verb_group(finite: Token, subject: frozenset[int] = frozenset()) -> Group:
    """``ska [i samråd med nämnden] upprätta … och redovisa`` → (ska, [upprätta, redovisa]).
    `subject`: tokens of an inverted subject between the modal and its infinitive. Found once
    per Doc memo (the verbs and the statements components ask for the same groups)."""
    return doc_memoised(
        finite.doc, (verb_group, finite.i, subject), lambda: _verb_group(finite, subject)
    )


def _supine_form(token: Token, in_slot: bool) -> bool:
    """Spelled as a supine: a short one in -tt (``gett``) or, in the slot right after
    ``har`` (only adverbs, a negation or the inverted subject before it) and not read as a
    noun, one the lexicon reads so (``har även fastställt``, ``fastslagit``; round 43, be-C1:
    the tagger's ADJ/ADV has no VerbForm; ``har kontakt [NOUN] med`` keeps its noun, and past
    an object a word is no supine of that ``har``)."""
    word = token.lower_
    if looks_supine(word) or (in_slot and listed_supine(word)):
        return True  # "har sålt [NOUN] fastigheten" (round 52, ca-S1)
    attribute = token.pos_ == "NOUN" or not supine_not_attribute(token)
    return in_slot and not attribute and supine_spelling(word)


@dataclass(frozen=True)
class _SlotScan:
    """What the walk through a modal's or ``har``'s slot found."""

    verb: Token | None  # the first verb of the group, if the walk found one
    negated: bool
    limit: int  # where the slot ends (an insertion moves it)
    infinitive_marker: bool = False  # "har att följa": `har` + `att` is the cue, no perfect
    relative_at: int | None = None  # a relative `som` that ended the slot


# What one word in the slot does to the walk: a negation, the verb sought, a word to pass
# (staying in the slot), the start of another clause, a word that ends the slot (the walk
# goes on), or one that ends the walk.
_SlotStep = Literal["negation", "verb", "pass", "clause", "leave", "stop"]


def _verb_group(finite: Token, subject: frozenset[int]) -> Group:
    perfect = finite.lower_ in GRAMMAR.perfect
    scan = _slot_verb(finite, subject, perfect)
    verb = _group_verb(finite, perfect, scan)
    negated = scan.negated
    if (verb is None or verb.i == len(finite.doc) - 1) and _cut_in_word(finite):
        return Group(finite, (), negated, finite.i + 1)  # "ska beslu": cut, nothing to state
    if verb is None and _elliptic(finite, scan):
        return Group(finite, (), negated, finite.i + 1)  # an elliptic "ska:": nothing to state
    if verb is None:
        verb = finite  # a main verb: "har ansvaret", "får sitt uppdrag" (receives)
        negated = negated or _negated_main_verb(finite, scan.limit)
    verbs = _with_conjuncts(finite, verb)
    return Group(finite, tuple(verbs), negated, max(verb.i + 1, verbs[-1].i + 1))


def _slot_verb(finite: Token, subject: frozenset[int], perfect: bool) -> _SlotScan:
    """The verb a modal or ``har`` demands, sought in its slot."""
    limit = _slot_limit(finite)
    if not (is_modal(finite) or perfect):
        return _SlotScan(None, False, limit)
    after_relative = passive_after_relative_clause(finite) if not perfect else None
    if after_relative is not None:  # round 42, bc-K1: past the subject's relative clause
        return _SlotScan(after_relative, False, limit)
    return _scan_slot(finite, subject, perfect, limit)


def _scan_slot(finite: Token, subject: frozenset[int], perfect: bool, limit: int) -> _SlotScan:
    """Walk the slot after the finite verb past insertions, adverbs, a negation and the
    inverted subject to the verb it demands."""
    doc = finite.doc
    negated = False
    in_slot = True  # only adverbs, a negation or the inverted subject since the modal
    inserted: set[int] = set()  # the tokens of clauses and insertions skipped in the slot
    position = finite.i
    while position + 1 < limit:
        position += 1
        token = doc[position]
        closing = _insertion_end(finite, token, in_slot, limit)
        if closing is not None:
            inserted.update(range(position, closing + 1))
            position = closing  # "ska, för den tid som fullmäktige bestämmer, välja"
            # the insertion is one unit: the slot goes on after it, however long it was
            limit = min(sentence_end(finite), closing + MAX_GROUP_TOKENS)
            continue
        found = _slot_candidate(finite, token, perfect, in_slot, inserted)
        if in_slot and _comparative_som(token):
            position += 1  # "ska så snart som möjligt underrättas": an adverbial, no clause
            continue
        step = _slot_step(finite, token, perfect, in_slot, found, subject)
        if step == "negation":
            negated = True
        elif step == "verb":
            negated = negated or _negation_before_verb(finite, token, perfect)
            return _SlotScan(token, negated, limit)
        elif step == "clause":
            marker = _infinitive_marker(finite, token, perfect, in_slot)
            relative_at = position if token.lower_ == "som" else None
            return _SlotScan(None, negated, limit, marker, relative_at)
        elif step == "stop":
            break
        elif step == "leave":
            in_slot = False
    return _SlotScan(None, negated, limit)


def _negation_before_verb(finite: Token, verb: Token, perfect: bool) -> bool:
    """``får inte teckna [ADJ] avtal`` (nu53 fault 1): a negation right before the verb a
    modal's slot found negates the clause whatever the tagger made of the verb; read as a
    modifier of the noun after it (`modifier_negation`) it was passed over in the walk."""
    return (
        not perfect
        and verb.i - 1 > finite.i
        and verb.doc[verb.i - 1].lower_ in GRAMMAR.negations
    )


def _insertion_end(finite: Token, token: Token, in_slot: bool, limit: int) -> int | None:
    """The last token of an insertion that opens at `token` in the slot (a comma's clause, a
    bracket, an adverbial clause, a capacity or time phrase); None when none opens there."""
    if not _may_open_insertion(token):
        return None
    end = sentence_end(finite)
    closing = _closing_comma(token, end) if in_slot else _late_comma_insertion(finite, token, end)
    if closing is not None and is_modal(finite):
        return _chained_insertion_end(finite.doc, closing, end)
    if closing is not None or not is_modal(finite):  # the rest open only in a modal's slot
        return closing
    closing = _closing_bracket(token, end)
    if closing is None:
        closing = _slot_insertion_end(token)
    if closing is None:
        closing = _adverbial_clause_end(token)
    if closing is None and in_slot and token.lower_ == "som":
        closing = capacity_phrase_end(token)  # "ska som ombud för X underteckna" (round 49)
    if closing is None and in_slot and token.pos_ in _TIME_OPENER_POS:
        closing = _time_adverbial_end(token, limit)
    return closing


# The marks and words that open an insertion whatever the grammar's lists: a comma's clause or
# a late comma insertion, a bracket, ``att`` after a preposition, a capacity phrase's ``som``.
_INSERTION_MARKS = frozenset({",", "(", "att", "som"})


def _may_open_insertion(token: Token) -> bool:
    """Whether any rule of `_insertion_end` can open an insertion at `token`: the gate each
    word of a slot passes first, most words opening none (perf53d); each rule's own first
    test is one of these."""
    word = token.lower_
    return (
        word in _INSERTION_MARKS
        or word in GRAMMAR.slot_insertion_first_words
        or token.pos_ in _TIME_OPENER_POS
    )


def _late_comma_insertion(finite: Token, token: Token, end: int) -> int | None:
    """``skall de i berörda delar, såsom vid omorganisationer, underställas nämnden``,
    ``skall i sin helhet, t.ex. vid ändringar, anmälas``: past the slot (a prepositional
    phrase, the inverted subject), a modal's comma insertion that holds no verb of its own
    and is followed (past adverbs) by an infinitive or an s-form in -as is still the modal's
    insertion: its closing comma (round 53, cc-G4), else None."""
    closing = _closing_comma(token, end) if is_modal(finite) else None
    if closing is None:
        return None
    doc = finite.doc
    if any(is_verb(t) or is_finite(t) for t in doc[token.i + 1 : closing]):
        return None
    after = closing + 1
    while after < end and is_adverb(doc[after]):
        after += 1
    verb = doc[after] if after < end else None
    if verb is None or not (could_be_infinitive(verb) or _modal_passive(finite, verb)):
        return None
    return closing


def _slot_candidate(
    finite: Token, token: Token, perfect: bool, in_slot: bool, inserted: set[int]
) -> bool:
    """`token` has the form of the verb sought: a supine after ``har``, an infinitive
    after a modal."""
    if perfect:
        found = is_supine(token) or (is_verb(token) and _supine_form(token, in_slot))
        found = found or (not in_slot and supine_after_date(token))  # round 38, B5
        found = found or supine_before_att(token)  # "har skriftligen anmält att" (az-7b)
        return found or (not in_slot and supine_after_adverbial(token))  # round 49, P2
    if finite.lower_ in GRAMMAR.strict_slot_modals and _attribute_before_noun(token):
        return False  # "äger kommunala bolag": the main verb "owns" (round 52, aa-C7)
    found = could_be_infinitive(token) or (in_slot and slot_infinitive(token))
    found = found or _passive_after_subject(finite, token, inserted)
    # only adverbs since the modal, or a comma insertion right before: an s-form is its
    # passive infinitive (round 53, cc-G4)
    after_insertion = token.i - 1 in inserted and token.nbor(-1).text == ","
    found = found or ((in_slot or after_insertion) and _modal_passive(finite, token))
    # "ska har sitt säte": a present slip for the modal's infinitive (ruling h4)
    found = found or (in_slot and present_slip_after_modal(token))
    # "ska förväntas närvara": a modal of its own listed as stacking (round 44, bh-Q5)
    return found or (in_slot and token.lower_ in GRAMMAR.infinitive_modals)


def _attribute_before_noun(token: Token) -> bool:
    """``äger kommunala [VERB] bolag``: a word the lexicon knows only as the -a form of an
    adjective (`adjective_a_form`: ``kommunala``, ``regionala``; never an infinitive) before
    a noun is that noun's attribute (analysis 52-aa C7)."""
    following = token.i + 1
    return (
        following < len(token.doc)
        and token.doc[following].pos_ in {"NOUN", "PROPN"}
        and adjective_a_form(token.lower_)
    )


def _slot_step(
    finite: Token,
    token: Token,
    perfect: bool,
    in_slot: bool,
    found: bool,
    subject: frozenset[int],
) -> _SlotStep:
    """What `token` does to the walk through the slot (`_SlotStep`)."""
    doc = finite.doc
    position = token.i
    if token.lower_ in GRAMMAR.negations and (
        not modifier_negation(token) or _right_noun_in_strict_slot(finite, doc[position + 1])
    ):  # (a modifier negation has a noun after it: position + 1 is in the doc)
        return "negation"  # "äger ej rätt [ADJ] deltaga": no modifier of a noun phrase
    if perfect and found and position not in subject:
        return "verb"  # before the adverb skip: a supine the tagger calls an adverb ("har
        # även fastställt [ADV]", round 43, be-C1)
    if position in subject or (in_slot and _slot_adverb(token) and not _last_in_slot(token)):
        return "pass"
    if in_slot and _right_noun_in_strict_slot(finite, token):
        return "pass"  # "äger ej rätt deltaga": `att` left out (round 43, bf cause 4)
    if found:
        return "verb"
    if position == finite.i + 1 and mistagged_after_modal(token):
        return "pass"
    if perfect and not in_slot and token.tag_.startswith(_NOUN_TAGS):
        return "pass"  # "har genom beslut i respektive kommunfullmäktige kommit": a noun in
        # the adverbial that the parser also marks finite (round 41, r C2a)
    if is_finite(token) or _opens_clause(token) or token.text in {".", ";"}:
        return "clause"
    if perfect and _date_article(token):
        return "leave"  # "har den 3 maj 2020, § 77 fastställt" (round 38, B5)
    if perfect and token.pos_ == "DET" and not _adverbial_determiner(finite, token):
        return "stop"  # "har ett samlat ansvar": a supine after a determiner is an attribute
        # (a preposition's determiner opens an adverbial: "har genom ett avtal beslutat")
    if finite.lower_ in GRAMMAR.strict_slot_modals:
        return "stop"  # "som kommunen äger samt rådet för …": the main verb "owns" (round 23, E2)
    return "leave"


def _infinitive_marker(finite: Token, token: Token, perfect: bool, in_slot: bool) -> bool:
    """``har att följa``: `har` + `att` is the cue, no perfect (so ``förväntas att``, r49)."""
    return (perfect or finite.lower_ in GRAMMAR.marker_modals) and in_slot and token.lower_ == "att"


def _group_verb(finite: Token, perfect: bool, scan: _SlotScan) -> Token | None:
    """The group's first verb: the slot's (or a stacked modal's infinitive after it), else
    one found later in the sentence or in the parse tree."""
    if scan.verb is not None:
        if is_modal(finite) and not perfect:
            stacked = past_infinitive_modal(scan.verb, scan.limit)
            if stacked is not None:
                return stacked
            return _series_head_before(finite, scan.verb) or scan.verb
        return scan.verb
    if not (is_modal(finite) or perfect) or scan.infinitive_marker:
        return None
    if not perfect:
        late = _infinitive_past_phrases(finite) or infinitive_past_prepositional_chain(finite)
        late = late or late_lexicon_infinitive(finite)  # round 36, V1
        late = late or agent_passive_past_relatives(finite)  # round 45, bj-C10
        late = late or _passive_past_inverted_subject(finite)  # analysis 50-bt G1
        if late is not None:
            return late
    return _tree_verb_in_slot(finite, perfect, scan)


def _series_head_before(modal: Token, verb: Token) -> Token | None:
    """A comma series of base forms past a fronted prepositional phrase whose first member
    the tagger read as a noun (``ska i övrigt upprusta [NOUN], underhålla och …``: the slot
    finds the second member): the first member, by `infinitive_past_prepositional_chain`
    (round 54, w54j N2). The chain's word stands two words past the modal at the least
    (a preposition and a word of its phrase before it): a verb nearer has none (perf54c)."""
    if verb.i < modal.i + 3:
        return None
    head = infinitive_past_prepositional_chain(modal)
    return head if head is not None and head.i < verb.i else None


def _passive_past_inverted_subject(modal: Token) -> Token | None:
    """The s-passive the parse heads the modal on past a long inverted subject (its comma
    series included: `modal_over_inverted_s_passive`), beyond the slot's limit."""
    tree = _tree_verb(modal)
    return tree if tree is not None and modal_over_inverted_s_passive(tree) else None


def _tree_verb_in_slot(finite: Token, perfect: bool, scan: _SlotScan) -> Token | None:
    """The verb the parse tree gives the modal or ``har``, when it is the group's."""
    tree = _tree_verb(finite)
    if tree is not None and "Fin" in morph_values(tree, "VerbForm") and not is_passive(tree):
        tree = None  # a modal governs an infinitive: a finite head is another clause's
        # (but an s-passive the modal heads is its passive infinitive: "ska X hanteras")
    if perfect and tree is not None and _relative_verb(tree, scan.relative_at):
        tree = None  # "Rösträtt har medlem som betalat avgiften": the relative's supine
        # (round 44); `har` is the main verb
    if tree is not None and tree.i < scan.limit and (not perfect or is_supine(tree)):
        return tree
    return None


def _elliptic(finite: Token, scan: _SlotScan) -> bool:
    """A modal with no verb to govern: an elliptic ``ska:``, nothing to state."""
    return (
        is_modal(finite)
        and not scan.infinitive_marker
        and (
            finite.lower_ not in GRAMMAR.main_verb_modals
            or _nothing_follows(finite, scan.limit)
            or _cut_before_infinitive(finite)
        )
    )


def _negated_main_verb(finite: Token, limit: int) -> bool:
    """A negation in the two words after a main verb (``har inte rätt``)."""
    doc = finite.doc
    negations = GRAMMAR.negations
    return any(
        word in negations and not modifier_negation(doc[finite.i + 1 + offset])
        for offset, word in enumerate(
            doc_arrays(doc).lower[finite.i + 1 : min(limit, finite.i + 3)]
        )
    )


def _with_conjuncts(finite: Token, verb: Token) -> list[Token]:
    """The group's verb and the verbs coordinated with it (``ska leda och samordna``)."""
    verbs = [verb]
    verbs.extend(coordinated(verbs[-1], sentence_end(finite)))
    missed = _missed_conjunct(verbs[-1], sentence_end(finite)) if verbs[0] is not finite else None
    while missed is not None and missed not in verbs:
        verbs.extend([missed, *coordinated(missed, sentence_end(finite))])
        missed = _missed_conjunct(verbs[-1], sentence_end(finite))
    return verbs


# The tagger's noun and proper noun tags (SUC): a word so tagged is no verb of the group.
_NOUN_TAGS = ("NN", "PM")


def _relative_verb(verb: Token, relative_at: int | None) -> bool:
    """A verb right after the relative ``som`` that ended a perfect's slot (past adverbs and
    a negation) is that relative clause's own (``har medlem som betalat avgiften``), no
    supine of the perfect; a later one may be (``har den som anmält sig kallat``)."""
    if relative_at is None or verb.i <= relative_at:
        return False
    between = verb.doc[relative_at + 1 : verb.i]
    return all(is_adverb(t) or t.lower_ in GRAMMAR.negations for t in between)


def _opens_clause(token: Token) -> bool:
    """A subordinator ends the slot, but for a preposition (`_noun_complement_om`)."""
    return token.lower_ in GRAMMAR.subordinators and not _noun_complement_om(token)


def _noun_complement_om(token: Token) -> bool:
    """``ska ett yttrande om bygglov lämnas av …`` (round 18, cause B7): ``om`` parsed as a
    preposition right after a noun (or a verbal noun in -nde read as an adjective after its
    determiner) is the noun's complement inside the inverted subject, no condition."""
    doc = token.doc
    if token.lower_ not in GRAMMAR.subordinators or token.i < 2:
        return False
    if not (token.pos_ == "ADP" and token.dep_ == "case" and token.head.i > token.i):
        return False
    before = doc[token.i - 1]
    return before.pos_ in {"NOUN", "PROPN"} or (
        before.pos_ == "ADJ" and doc[token.i - 2].pos_ == "DET"
    )


def stacked_modals(group: Group) -> Iterator[int]:
    """Positions of the stacked modals a group's chain passed (``ska förväntas närvara``:
    `förväntas`, a modal itself), before its first verb or before a conjunct (``ska ordna X
    samt förväntas delta``, `coordination._past_own_infinitive_modal`): no group of their
    own (round 44, bh-Q5; review 44a item 10)."""
    if not group.verbs or group.verbs[-1].i <= group.finite.i + 1:
        return
    doc = group.finite.doc
    verbs = {verb.i for verb in group.verbs}
    for position in range(group.finite.i + 1, group.verbs[-1].i):
        if doc[position].lower_ in GRAMMAR.infinitive_modals and position not in verbs:
            yield position


def _missed_conjunct(last: Token, limit: int) -> Token | None:
    """``kan anta riktlinjer men inte ändra taxorna``, ``ska utses av fullmäktige och ha ett
    ansvar``: after the last infinitive of a modal's chain and its object, a coordinator
    followed (past a negation or adverbs) by an infinitive continues the chain; no verb,
    subordinator or punctuation stands between."""
    doc = last.doc
    for token in doc[last.i + 1 : limit]:
        if token.is_punct or is_verb(token) or token.lower_ in GRAMMAR.subordinators:
            return None
        if token.lower_ not in GRAMMAR.coordinators:
            continue
        position = token.i + 1
        while position < limit and (
            is_adverb(doc[position])
            or doc[position].lower_ in GRAMMAR.negations
            or _adverb_tagged(doc[position])
        ):
            position += 1
        if position < limit and could_be_infinitive(doc[position]):
            # "i Ekby och Vara kommuner": a capitalised word inside the sentence is a place
            # or other name, no infinitive (round 41, C4)
            return None if capitalised_inside(doc[position]) else doc[position]
        return None
    return None


def _adverb_tagged(token: Token) -> bool:
    """``och noga [ADJ|AB] följa``: a word with the adverb tag AB that the lexicon knows as
    no infinitive, before one it knows only as an infinitive, is the conjunct's adverb, not
    its verb (round 37, ar-B5)."""
    if not token.tag_.startswith("AB") or lexicon_infinitive(token.lower_):
        return False
    doc = token.doc
    return token.i + 1 < len(doc) and lexicon_infinitive(doc[token.i + 1].lower_)


def find_verbs(sentence: Span, mentions: Sequence[ActorMention] = ()) -> Iterator[Verb]:
    """Every verb and auxiliary of a sentence, with the modal that governs it.

    Words inside an actor mention are never verbs; an action verb that a modal demands is
    one even where the tagger missed it (``ska leda och samordna``).
    """
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    doc, start, end = sentence.doc, sentence.start, sentence.end
    arrays = doc_arrays(doc)
    lower, pos = arrays.lower, arrays.pos
    finite = answers(doc, is_finite, start, end)
    verb_at = answers(doc, is_verb, start, end)
    governed, noun_read = _governed_and_noun_read(sentence, mentions, in_actor, lower, finite)
    last_infinitive = False  # the last verb found is an infinitive (a list of them may go on)
    for i in range(start, end):
        known = verb_at[i] or i in governed or i in noun_read
        if i in in_actor or not (known or _may_take_verb(lower, pos, i, last_infinitive)):
            continue
        token = doc[i]
        if not _reads_as_verb(token, known, last_infinitive, mentions):
            continue
        modal = is_modal(token)
        verb = _verb(token, modal, governed, noun_read, arrays.children, lower)
        last_infinitive = verb.tense == "inf" and not modal
        yield verb


def _governed_and_noun_read(
    sentence: Span,
    mentions: Sequence[ActorMention],
    in_actor: set[int],
    lower: list[str],
    finite: list[bool],
) -> tuple[dict[int, Token], set[int]]:
    """The verbs each finite modal governs, and the presents read as nouns in a chain of
    finite verbs (or after ``som``, or in a subordinate clause)."""
    governed: dict[int, Token] = {}
    noun_read: set[int] = set()
    doc, modals = sentence.doc, GRAMMAR.modals
    for i in range(sentence.start, sentence.end):
        if not finite[i] and not lower[i].endswith("r"):
            continue  # each branch asks a finite verb or a present in -r (no `Token` made)
        token = doc[i]
        if lower[i] in modals and finite[i]:
            group = verb_group(token, inverted_tokens(token, mentions))
            governed.update({verb.i: token for verb in group.verbs if verb is not token})
            late = None if group.verbs else _infinitive_after_inverted_subject(token)
            if late is not None:
                governed[late.i] = token
        elif finite[i] or (i not in in_actor and v2_present(token, sentence, mentions)):
            group = verb_group(token)
            noun_read.update(v.i for v in group.verbs if not is_verb(v) and tense_of(v) == "pres")
        elif _present_after_som(token) or present_in_subordinate_clause(token):
            noun_read.add(i)
    return governed, noun_read


def _reads_as_verb(
    token: Token, known: bool, last_infinitive: bool, mentions: Sequence[ActorMention]
) -> bool:
    """A verb already known, or an infinitive or present the tagger missed, unless it is
    mistagged after a modal."""
    return (
        known
        or (_after_att(token) and could_be_infinitive(token) and not _attribute_after_att(token))
        or (last_infinitive and _coordinated_infinitive(token))
        or relative_present(token, mentions)
    ) and not mistagged_after_modal(token)


def _verb(
    token: Token,
    modal: bool,
    governed: dict[int, Token],
    noun_read: set[int],
    children: Sequence[Sequence[int]],
    lower: list[str],
) -> Verb:
    governor = token.head if token.dep_ in AUX_DEPS else token
    modal_token = governed.get(token.i) or next(
        (c for c in governor.children if c.dep_ == "aux" and is_modal(c)), None
    )
    tense = "inf" if token.i in governed else tense_of(token)
    negations = GRAMMAR.negations
    negated = any(
        lower[child] in negations for node in (governor.i, token.i) for child in children[node]
    )
    return Verb(
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        lemma=_lemma(token, noun_read),
        tense=tense,
        voice="pass" if is_passive(token) else "act",
        negated=negated,
        is_auxiliary=token.dep_ in AUX_DEPS or modal,
        modal=modal_token.lower_ if modal_token is not None and not modal else None,
        token=token.i,
    )


def _may_take_verb(lower: list[str], pos: list[str], i: int, last_infinitive: bool) -> bool:
    """`find_verbs`' gate, by the Doc's columns, before it makes a `Token`: the first tests of
    its other ways to a verb. `relative_present` wants a present in -r, `_coordinated_infinitive`
    (after an infinitive) an open word class, and `_after_att` ``att`` one or two words before
    or a base form (`_base_form_after_att_adverbs`). A way added there widens this gate."""
    word = lower[i]
    if word.endswith("r") or (last_infinitive and pos[i] not in NON_VERB_POS):
        return True
    return i > 0 and (
        lower[i - 1] == "att" or (i > 1 and (lower[i - 2] == "att" or base_form_word(word)))
    )


def _infinitive_after_inverted_subject(modal: Token) -> Token | None:
    """``ska dess yttrande framgå [NOUN] av …``: past the inverted subject (a noun phrase
    whose last word is no determiner or possessor), a base form in -a or a listed
    infinitive is the modal's infinitive."""
    doc = modal.doc
    nominal = False  # the subject's phrase has a word that can head it
    for token in doc[modal.i + 1 : min(sentence_end(modal), modal.i + MAX_GROUP_TOKENS)]:
        before = doc[token.i - 1]
        closed = nominal and before.pos_ != "DET" and not _possessor(before)
        if closed and _infinitive_spelling(token):
            return token
        if token.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "PRON", "ADV"}:
            return None
        nominal = nominal or (
            token.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"} and not _possessor(token)
        )
    return None


# What a noun phrase inside the middle field of an inverted clause is made of.
_PHRASE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _infinitive_past_phrases(modal: Token) -> Token | None:
    """``Vid kris får räddningschefen efter kontakt med länsstyrelsen eller i samråd med
    polisen också utanför kommunens gräns leda insatsen``: after a V2-inverted modal, its
    subject noun phrase and any run of prepositional phrases and adverbs (phrases joined by
    ``och``/``eller``) lead, however long, to the modal's bare infinitive, the first word of
    infinitive spelling after a closed noun phrase (analysis-15 cause 4). Anything else (a
    comma, a finite verb, a subordinator, a coordinated verb) ends the search."""
    doc, end = modal.doc, sentence_end(modal)
    first = modal.i + 1
    if modal.i == sentence_start(modal) or first >= end or not _opens_noun_phrase(doc[first]):
        return None
    closed = False  # the last phrase has its head: a verb may follow
    for token in doc[first:end]:
        if closed and (_infinitive_spelling(token) or is_infinitive(token)):
            return token
        if token.pos_ == "ADP":
            closed = False
        elif token.pos_ == "ADV":
            closed = True
        elif token.lower_ in {"och", "eller"}:
            if token.i + 1 >= end or doc[token.i + 1].pos_ not in {"ADP", "ADV"}:
                return None  # only phrases are joined here, no verbs or clauses
            closed = False
        elif token.pos_ in _PHRASE_WORDS or (token.pos_ == "PRON" and _possessor(token)):
            head = token.pos_ in {"NOUN", "PROPN", "NUM"} or _last_of_phrase(token)
            closed = head and not _possessor(token)
        elif token.pos_ == "PRON" and token.lower_ not in GRAMMAR.subordinators:
            closed = True
        else:
            return None
    return None


def _opens_noun_phrase(token: Token) -> bool:
    return token.pos_ in {"DET", "ADJ", "NOUN", "PROPN"} or (
        token.pos_ == "PRON" and token.lower_ not in GRAMMAR.subordinators
    )


def _last_of_phrase(token: Token) -> bool:
    """A nominalised adjective heads its phrase (``de anställda``): no noun follows it."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.pos_ not in {"NOUN", "PROPN", "ADJ"}


def _possessor(token: Token) -> bool:
    """A genitive or possessive pronoun (``dess``): it precedes the head of its phrase."""
    return "Gen" in morph_values(token, "Case") or "Yes" in morph_values(token, "Poss")


def _infinitive_spelling(token: Token) -> bool:
    """A base form in -a the lexicon knows (no adjective form), or a listed infinitive."""
    word = token.lower_
    if word in GRAMMAR.infinitives:
        return True
    return (
        word.isalpha()
        and word.endswith("a")
        and lexicon_base_form(word)
        and not adjective_form(word)
        and word not in GRAMMAR.non_infinitives
    )


def _present_after_som(token: Token) -> bool:
    """``den som rådet utser [NOUN]``: after relative ``som`` and a one-word subject that is
    no actor mention (`relative_present` takes those), a word spelled as the present of the
    tagger's infinitive lemma is the clause's verb."""
    doc = token.doc
    if token.i < 2 or not present_by_spelling(token):
        return False
    subject, som = doc[token.i - 1], doc[token.i - 2]
    nominal = subject.pos_ in {"NOUN", "PROPN", "PRON"} and not _possessor(subject)
    return nominal and som.lower_ == "som" and not predicative_som(som)


def _attribute_after_att(token: Token) -> bool:
    """``att samtliga ärenden behandlas``: an adjective form the parser attaches to a noun
    after it opens the ``att``-clause's subject; it is no infinitive."""
    doc = token.doc
    if (
        token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ == "NOUN"
        and adjective_a_form(token.lower_)
    ):
        return True  # "att kommunägda [VB] bolag ska …": the lexicon knows it as kommunägd
    if att_subject_word(token):
        return True  # "att antagna [VB] regler följs" (round 47)
    return (
        token.dep_ == "amod"
        and token.head.i > token.i
        and token.pos_ == "ADJ"
        and adjective_form(token.lower_)
    )


def _coordinated_infinitive(token: Token) -> bool:
    """``leda förvaltningen och ansvara [ADJ] för ekonomin``: after a coordinator or comma that
    follows an infinitive, a base form the lexicon knows as no other word's form continues
    the list of infinitives, whatever its tag."""
    doc = token.doc
    if token.i == 0 or token.pos_ in NON_VERB_POS:
        return False
    if token.pos_ == "NOUN" and "Def" in morph_values(token, "Definite"):
        return False
    position = token.i - 1
    while position > 0 and _adverbial(doc[position]):
        position -= 1  # "och löpande följa"
    before = doc[position]
    if not (before.pos_ == "CCONJ" or before.lower_ in GRAMMAR.coordinators or before.text == ","):
        return False
    word = token.lower_
    base = (word.endswith("a") and lexicon_base_form(word)) or word in GRAMMAR.infinitives
    return base and not adjective_form(word) and word not in GRAMMAR.non_infinitives


def _adverbial(token: Token) -> bool:
    """An adverb, or a present participle used as one (``löpande``)."""
    if token.pos_ == "ADV":
        return True
    return "Part" in morph_values(token, "VerbForm") and "Pres" in morph_values(token, "Tense")


def v2_present(token: Token, sentence: Span, mentions: Sequence[ActorMention]) -> bool:
    """Swedish V2: right after the actor noun phrase that opens a declarative sentence comes
    its finite verb, so a present-tense form the tagger read as a noun, adjective or adverb
    there is one (``Utskottet bereder``, ``Kommunens revisorer utser``, ``Åby kommun och
    Lunda kommun utser``, ``Kommunstyrelsen, som …, utser``)."""
    if not (token.is_alpha and token.is_lower) or not token.lower_.endswith("r"):
        return False
    if token.pos_ == "ADP":
        return _present_preposition_after_insertion(token, sentence, mentions)
    if token.pos_ not in {"NOUN", "ADJ", "ADV"} or token.lower_ in GRAMMAR.subordinators:
        return False
    opening = opening_end(sentence, mentions) == token.i - 1
    return (
        opening
        or splice_subject_before(token, mentions)
        or _after_fronted_adverb(token, sentence, mentions)
        or _after_cleft_som(token, sentence, mentions)
    )


def _present_preposition_after_insertion(
    token: Token, sentence: Span, mentions: Sequence[ActorMention]
) -> bool:
    """``Nämnden, som har elva ledamöter, för [ADP] register``: right after the comma that
    closes the insertion on the opening subject stands the finite verb (V2), never a
    preposition; a word tagged as one there that the lexicon reads as a verb's present
    (``för`` → föra) is that verb (round 55, gen55 C)."""
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    if opening_end(sentence, mentions) != token.i - 1:
        return False
    return lexicon_lemma(token.lower_) == present_lemma(token.lower_)


def _after_cleft_som(token: Token, sentence: Span, mentions: Sequence[ActorMention]) -> bool:
    """``Det är direktionen som utser [NOUN] …``: in a cleft the subject ``som`` after the
    focused actor is followed by its clause's finite verb."""
    doc = sentence.doc
    start = sentence.start
    if token.i < start + 4 or doc[token.i - 1].lower_ != "som":
        return False
    if doc[start].lower_ != "det" or doc[start + 1].lower_ not in GRAMMAR.copulas:
        return False
    joint = doc[token.i - 2]
    if joint.text == "," and focus_insertion_start(doc[token.i - 1]) is not None:
        # "Det är styrelsen, enligt bolagsordningen, som utser [NOUN] …": the comma closes
        # an insertion after the focus (round 54, cg-R4)
        return cleft_copula(doc[start + 1])
    if joint.lower_ in GRAMMAR.coordinators or joint.text == ",":
        # "Det är X som utser Y och som fastställer [NOUN] Z": a coordinated cleft clause
        return any(
            doc[i].lower_ == "som" and mention_at(i - 1, mentions) is not None
            for i in range(start + 3, joint.i)
        )
    return mention_at(token.i - 2, mentions) is not None


def opening_end(sentence: Span, mentions: Sequence[ActorMention]) -> int | None:
    """The end of the actor noun phrase that opens the sentence (`opening_subject_end`),
    counting an opening distributive determiner with it (``Varje förvaltning``, ``Vardera
    ägarkommunen``, ``Var och en av nämnderna``): the determiner stands outside the actor span but
    in the same first place of the V2 clause.

    Once per sentence and mention list while a memo of its Doc is open (`v2_present` asks
    per candidate word, the statements again): the kept answer holds the mentions whose
    ids make the key."""
    key = (opening_end, sentence.start, sentence.end, *map(id, mentions))
    kept = doc_memoised(
        sentence.doc, key, lambda: (tuple(mentions), _opening_end(sentence, mentions))
    )
    return kept[1]


def _opening_end(sentence: Span, mentions: Sequence[ActorMention]) -> int | None:
    end = opening_subject_end(sentence, mentions)
    if end is not None:
        return end
    rest = _after_distributive(sentence)
    return None if rest is None else opening_subject_end(rest, mentions)


def distributive_subject(sentence: Span, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The actor after an opening distributive determiner (``Var och en av nämnderna``)."""
    rest = _after_distributive(sentence)
    return None if rest is None else opening_head(rest, mentions)


def distributive_head(
    finite: Token, sentence: Span, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``…, och var och en av kommunens fem nämnder ansvarar för …`` (gen56 D): a noun phrase
    opened by a distributive determiner (`distributive_determiners`) right before the finite
    verb, at the sentence's start or a main clause's (after a comma and a coordinator, or a
    semicolon), is the clause's subject; its actor is the head noun before the verb, past
    the owner's genitive, numerals and adjectives (``regionens två styrelser``)."""
    head = mention_at(finite.i - 1, mentions)
    if head is None or head.genitive or head.last_token != finite.i - 1:
        return None
    doc = finite.doc
    position = head.first_token - 1
    while position > sentence.start:
        owner = mention_at(position, mentions)
        if owner is not None and owner.genitive:
            position = owner.first_token - 1
        elif doc[position].pos_ in {"DET", "NUM", "ADJ"}:
            position -= 1
        else:
            break
    for opener in GRAMMAR.distributive_determiners:
        start = position - len(opener) + 1
        if start < sentence.start or tuple(lower_words(doc[start : position + 1])) != opener:
            continue
        if _main_clause_start(doc, start, sentence):
            return head
    return None


def _main_clause_start(doc: Doc, start: int, sentence: Span) -> bool:
    """The sentence's first word, or the first after ``, och``/``, men``/``, eller`` or ``;``."""
    if start == sentence.start or doc[start - 1].text == ";":
        return True
    joint = doc[start - 1]
    return (
        start - 2 >= sentence.start
        and joint.lower_ in GRAMMAR.clause_coordinators
        and doc[start - 2].text == ","
    )


def _after_distributive(sentence: Span) -> Span | None:
    """The sentence past its opening distributive determiner, if it has one, and past the
    partitive ``av`` after a one-word one (``Envar av revisorerna``, ``Vardera av
    kommunerna``: w58a G)."""
    words = lower_words(sentence)
    openers = GRAMMAR.distributive_determiners
    opener = next((p for p in openers if tuple(words[: len(p)]) == p), None)
    if opener is None or len(opener) + 2 > len(sentence):
        return None
    start = distributive_phrase_end(sentence.doc, sentence.start, sentence.end)
    return sentence.doc[start or sentence.start + len(opener) : sentence.end]


def _after_fronted_adverb(token: Token, sentence: Span, mentions: Sequence[ActorMention]) -> bool:
    """``Dessutom utser nämnden en sekreterare``: after an adverb alone in the first place
    of a declarative sentence comes the finite verb, then the subject (V2 inversion); a word
    in -r there with an actor right after it is that verb. The first place may also hold an
    adverb or a preposition with one number, a year (``Sedan 2019 samverkar Ekby kommun``,
    ``Från 2020 ingår Ekby …``; round 49, analysis 49-br C1)."""
    doc = sentence.doc
    opener = doc[sentence.start]
    dated = token.i == sentence.start + 2 and doc[token.i - 1].like_num
    if token.i != sentence.start + 1 and not dated:
        return False
    if opener.pos_ != "ADV" and not (dated and opener.pos_ == "ADP"):
        return False
    if opener.lower_ in GRAMMAR.subordinators and opener.lower_ not in GRAMMAR.adverb_subordinators:
        return False
    after = token.i + 1
    if after < sentence.end and doc[after].pos_ == "DET":
        after += 1
    subject = mention_at(after, mentions) if after < sentence.end else None
    if subject is None:  # "Sedan 2024 utser var och en av kommunerna …" (gen57 B)
        subject = distributive_mention(doc, after, sentence.end, mentions)
    return subject is not None and not subject.genitive


def relative_present(token: Token, mentions: Sequence[ActorMention]) -> bool:
    """``de sakkunniga som biträder revisorerna``, ``en person som revisorerna utser``: in a
    relative clause the finite verb follows ``som``, or ``som`` and the clause's subject
    (adverbs between); a word there spelled as a verb's present is that verb, whatever the
    tagger read."""
    if not present_by_spelling(token) or not token.is_lower:
        return False
    doc = token.doc
    start = sentence_start(token)
    position = token.i - 1
    while position > start and doc[position].pos_ == "ADV":
        position -= 1
    subject = mention_at(position, mentions)
    if subject is not None:
        position = subject.first_token - 1
        while position > start and doc[position].pos_ == "DET":
            position -= 1
    som = doc[position] if position >= start else None
    return som is not None and som.lower_ == "som" and not predicative_som(som)


def _lemma(token: Token, noun_read: set[int]) -> str:
    if is_verb(token) or is_passive(token):  # "bör innehas [ADJ]": the passive infinitive
        return verb_lemma(token)
    if present_by_spelling(token):
        return token.lemma_.lower()  # "förser" → förse
    if token.i in noun_read:
        return present_lemma(token.lower_)  # "och sammanträder" → sammanträda
    word = token.lower_
    archaic = GRAMMAR.irregular_lemmas.get(word) or archaic_infinitive_lemma(word)
    return archaic or word  # an archaic giva → ge, handhava → handha


def _after_att(token: Token) -> bool:
    """Right after infinitive ``att``, or after ``att`` and an adverb (``att noga föra``)."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ == "att":
        return True
    if (
        token.i > 1
        and doc[token.i - 2].lower_ == "att"
        and adverb_before_infinitive(doc[token.i - 1])
    ):
        return True
    return _base_form_after_att_adverbs(token)


def _base_form_after_att_adverbs(token: Token) -> bool:
    """``samt att löpande granska [ADJ] utfallet``: between ``att`` and its infinitive stand
    only adverbs (``löpande``, ``årligen``, ``regelbundet``), so a word there that the
    lexicon knows only as a base form (or a listed infinitive) is that infinitive, however
    the tagger read it (as an adjective of the following noun)."""
    doc, word = token.doc, token.lower_
    if not base_form_word(word):
        return False
    position = token.i - 1
    while position > 0 and (is_adverb(doc[position]) or _adverbial(doc[position])):
        position -= 1
    return position < token.i - 1 and doc[position].lower_ == "att"


def with_aim_verbs(doc: Doc) -> list[Verb]:
    """The Doc's verbs, plus the aim word of each of its statements that the verb rules
    missed (``ansvarar för att rekrytera och entlediga [ADJ] chefer``): every aim is a verb,
    so the verb and statement layers agree."""
    verbs = list(doc._.verbs or ())
    known = {verb.token for verb in verbs}
    for _, statement in doc._.statements or ():
        span = doc.char_span(statement.aim_start, statement.aim_end)
        if statement.aim_start < 0 or span is None or len(span) != 1 or span[0].i in known:
            continue
        known.add(span[0].i)
        verbs.append(_aim_verb(span[0], statement.aim))
    return sorted(verbs, key=lambda verb: verb.start)


def _aim_verb(token: Token, aim: str) -> Verb:
    return Verb(
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        lemma=verb_lemma(token) if is_verb(token) else aim,
        tense="inf" if could_be_infinitive(token) else tense_of(token),
        voice="pass" if is_passive(token) else "act",
        negated=False,
        is_auxiliary=False,
        modal=None,
        token=token.i,
    )
