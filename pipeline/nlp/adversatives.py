"""Adversative ``utan``: a second verb phrase after a negated first one (round 23, cause B6).

``Beredningen har inget eget kansli utan är knuten till kommunstyrelsen``, ``Revisorerna
fattar inte beslut utan lämnar iakttagelser``: after a negation in the first conjunct,
``utan`` + a finite verb joins a verb phrase that shares the first one's subject, as ``men``
does; the negation stays in the first conjunct, and the second has no cue of its own
(deontic none). ``utan att`` (``får inte ingå avtal utan att samråda``) and the preposition
``utan`` + a noun (``beslutar inte utan underlag``) join no verb phrase.

Round 44 (probe44 A3): ``utan`` + a modal and its infinitive (``En ledamot som är jävig får
inte delta utan ska lämna rummet``) joins a verb phrase with a cue of its own: the second
conjunct has the first one's actor, the modal's deontic and the infinitive as its aim.
``inte bara X utan även Y`` has no finite verb after ``utan`` and joins none here; it is the
correlative of `not_only_conjuncts` (round 53).

The negations are configs/grammar.yaml ``utan_negations``; the focus adverbs of ``inte bara``
are ``not_only_adverbs``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from pipeline.language.grammar import GRAMMAR, DeonticCues
from pipeline.nlp.conditions import object_span
from pipeline.nlp.memo import doc_arrays, morph_values, sentence_start
from pipeline.nlp.statements import Statement
from pipeline.nlp.verb_forms import is_modal
from pipeline.nlp.verbs import is_finite, is_passive

ADVERSATIVE = "utan"


def adversative_verb(utan: Token) -> Token | None:
    """The finite verb that ``utan`` joins to a negated first conjunct (adverbs between),
    else None: a negation between the sentence's first finite verb and ``utan``, no
    clause boundary (comma, semicolon) between them."""
    if utan.lower_ != ADVERSATIVE:
        return None
    doc = utan.doc
    position = utan.i + 1
    while position < len(doc) and doc[position].pos_ == "ADV":
        position += 1
    if position >= len(doc) or doc[position].lower_ == "att" or not _finite_verb(doc[position]):
        return None  # "utan att samråda", "utan kommunfullmäktiges godkännande"
    start = sentence_start(utan)
    negated = False
    for token in reversed(doc[start : utan.i]):
        if token.text in {",", ";", ":"}:
            return None
        if token.lower_ in GRAMMAR.utan_negations:
            negated = True
        if is_finite(token):
            return doc[position] if negated else None
    return None


def _finite_verb(token: Token) -> bool:
    """A finite verb tagged as a verb, in no actor mention (a genitive read as an
    s-passive, ``kommunfullmäktiges``, is none)."""
    if token.pos_ not in {"VERB", "AUX"} or "Gen" in morph_values(token, "Case"):
        return False
    in_actor = any(m.first_token <= token.i <= m.last_token for m in token.doc._.actors or [])
    return not in_actor and is_finite(token)


def adversative_conjuncts(doc: Doc, cues: DeonticCues | None = None) -> None:
    """Give each adversative ``utan`` + finite verb the statement of the negated verb before
    it (its actor, no cue, not negated; after a modal, the modal's cue on its infinitive)
    where the sentence has none there yet, and lift the first conjunct's negation from a
    statement already found on the verb after ``utan``."""
    statements = list(doc._.statements or [])
    if not statements:
        return
    lower = doc_arrays(doc).lower  # a Token only for an ``utan``
    for utan in (doc[i] for i, word in enumerate(lower) if word == ADVERSATIVE):
        verb = adversative_verb(utan)
        if verb is None:
            continue
        opening = doc[sentence_start(utan)].idx
        before = sorted(
            (
                (index, s)
                for index, s in statements
                if opening <= s.aim_start < utan.idx and s.actor
            ),
            key=lambda item: item[1].aim_start,
        )  # the conjunct right before this utan, in this sentence
        after = [s for _, s in statements if s.aim_start >= verb.idx]
        statements = [
            (index, _lifted(s, utan, verb)) if s in after else (index, s) for index, s in statements
        ]
        if not before or any(s.aim_start == verb.idx for s in after):
            continue
        index, first = before[-1]
        if not is_modal(verb):
            statements.append((index, _second_conjunct(first, verb)))
            continue
        governed = _modal_conjunct(first, verb, cues)
        if governed is not None and not any(s.aim_start == governed.aim_start for s in after):
            statements.append((index, governed))
    doc._.statements = statements


def _modal_conjunct(first: Statement, modal: Token, cues: DeonticCues | None) -> Statement | None:
    """``… utan ska lämna rummet``: the first conjunct's actor with the modal's cue on the
    active infinitive after it (adverbs and a negation of its own between), else None."""
    if cues is None or modal.lower_ not in cues.modals:
        return None
    doc = modal.doc
    position = modal.i + 1
    negated = False
    while position < len(doc) and (
        doc[position].pos_ == "ADV" or doc[position].lower_ in GRAMMAR.utan_negations
    ):
        negated = negated or doc[position].lower_ in GRAMMAR.utan_negations
        position += 1
    if position >= len(doc) or not _infinitive_shaped(doc[position]):
        return None
    aim = doc[position]
    deontic = cues.modals[modal.lower_]
    if negated:
        deontic = cues.negated_class.get(deontic, deontic)
    return replace(
        _second_conjunct(first, aim),
        deontic=deontic,
        modal=(modal.idx, modal.idx + len(modal.text)),
        modal_text=modal.text,
        negated=negated,
    )


def _infinitive_shaped(token: Token) -> bool:
    """An active infinitive after a modal, whatever the tagger read (``ska bekosta``, read as
    an adjective): a lower-case word in -a, or a listed infinitive; no s-passive."""
    word = token.lower_
    if not word.isalpha() or is_passive(token) or word.endswith("s"):
        return False
    return word.endswith("a") or word in GRAMMAR.infinitives


def _lifted(statement: Statement, utan: Token, verb: Token) -> Statement:
    """A statement on the verb phrase after ``utan`` keeps no negation from before it."""
    doc = utan.doc
    own = any(
        t.lower_ in GRAMMAR.utan_negations and t.idx < statement.aim_start
        for t in doc[utan.i + 1 :]
    )
    if not statement.negated or own or statement.aim_start < verb.idx:
        return statement
    return replace(statement, negated=False)


def _second_conjunct(first: Statement, verb: Token) -> Statement:
    """The first conjunct's actor on the finite verb after ``utan``: no cue, not negated."""
    lemma = "vara" if verb.lower_ in GRAMMAR.copulas else verb.lemma_.lower()
    return replace(
        first,
        deontic="none",
        modal=None,
        modal_text=None,
        aim=lemma,
        aim_start=verb.idx,
        aim_end=verb.idx + len(verb.text),
        aim_text=verb.text,
        negated=False,
        passive=False,
        object_span=object_span(verb, verb.sent.end, set()),
        condition_span=None,
    )


def not_only_conjuncts(doc: Doc, cues: DeonticCues | None = None) -> None:
    """Round 53 (newuser53b fault 15): in the correlative ``inte bara V1 … utan (även) V2``
    the negation belongs to the focus adverb (``bara``, `not_only_adverbs`), not to the verb:
    the statement before ``utan`` is no negation (its modal's own deontic), and an infinitive
    after ``utan`` and its adverbs (``ska inte bara leda utan även utveckla``) is a second
    conjunct with the same actor and cue; the first one's object ends before ``utan``."""
    statements = list(doc._.statements or [])
    if not statements or cues is None:
        return
    lower = doc_arrays(doc).lower  # a Token only for an ``utan``
    for utan in (doc[i] for i, word in enumerate(lower) if word == ADVERSATIVE):
        negation = _not_only_negation(utan)
        if negation is None:
            continue
        before = [
            (index, s)
            for index, s in statements
            if s.negated and doc[sentence_start(utan)].idx <= s.aim_start < utan.idx
        ]
        if not before:
            continue
        index, first = max(before, key=lambda item: item[1].aim_start)
        second = _not_only_second(first, utan, cues)
        lifted = _not_negated(first, cues, utan if second is not None else None)
        statements = [
            (i, lifted if s is first else _lifted_after(s, utan, cues)) for i, s in statements
        ]
        if second is not None and not any(s.aim_start == second.aim_start for _, s in statements):
            statements.append((index, second))
    doc._.statements = statements


def _lifted_after(statement: Statement, utan: Token, cues: DeonticCues) -> Statement:
    """A conjunct after the correlative's ``utan`` that the parser joined to the first verb
    (``… utan även betala räkningar``) shares no negation: lifted like the first one, unless
    a negation of its own stands after ``utan``."""
    doc = utan.doc
    own = any(
        t.lower_ in GRAMMAR.negations and t.idx < statement.aim_start for t in doc[utan.i + 1 :]
    )
    if not statement.negated or own or statement.aim_start < utan.idx:
        return statement
    if statement.aim_start >= utan.sent.end_char:
        return statement  # another sentence
    return _not_negated(statement, cues, None)


def _not_only_negation(utan: Token) -> Token | None:
    """The negation of ``inte bara`` before this ``utan`` in its sentence (no semicolon or
    colon between), else None."""
    doc = utan.doc
    for token in reversed(doc[sentence_start(utan) : utan.i]):
        if token.text in {";", ":"}:
            return None
        following = doc[token.i + 1]
        if token.lower_ in GRAMMAR.negations and following.lower_ in GRAMMAR.not_only_adverbs:
            return token
    return None


def _modal_deontic(statement: Statement, cues: DeonticCues) -> tuple[str, tuple[int, int]] | None:
    """The deontic of the statement's modal word without its negation, and that word's span."""
    if statement.modal is None or not statement.modal_text:
        return None
    word = statement.modal_text.split()[0]
    if word.lower() not in cues.modals:
        return None
    return cues.modals[word.lower()], (statement.modal[0], statement.modal[0] + len(word))


def _not_negated(first: Statement, cues: DeonticCues, utan: Token | None) -> Statement:
    """The first conjunct without the negation of ``inte bara``; its object ends before a
    verb conjunct's ``utan``."""
    modal = _modal_deontic(first, cues)
    lifted = replace(first, negated=False)
    if modal is not None:
        deontic, span = modal
        text = first.modal_text.split()[0] if first.modal_text else None
        lifted = replace(lifted, deontic=deontic, modal=span, modal_text=text)
    elif first.deontic == "prohibition":
        return first  # a negated lexical cue's class: no deontic of its own to restore
    if utan is not None and first.object_span is not None and first.object_span[1] > utan.idx:
        start = first.object_span[0]
        end = start + len(utan.doc.text[start : utan.idx].rstrip(" ,"))
        lifted = replace(lifted, object_span=(start, end) if end > start else None)
    return lifted


def _not_only_second(first: Statement, utan: Token, cues: DeonticCues) -> Statement | None:
    """``… utan även utveckla förvaltningen``: the infinitive after ``utan`` and its adverbs
    under the first conjunct's actor and modal; None without a modal or an infinitive."""
    modal = _modal_deontic(first, cues)
    doc = utan.doc
    position = utan.i + 1
    while position < len(doc) and doc[position].pos_ == "ADV":
        position += 1
    if modal is None or position >= len(doc) or not _infinitive_shaped(doc[position]):
        return None
    deontic, span = modal
    return replace(
        _second_conjunct(first, doc[position]),
        aim=doc[position].lower_,  # an infinitive is its own lemma (``teckna``, not tecken)
        deontic=deontic,
        modal=span,
        modal_text=doc.text[span[0] : span[1]],
    )
