"""Verb groups: which verbs a finite verb governs (``ska [i samråd med nämnden] upprätta …
och redovisa``) with its coordinated verbs (`pipeline.nlp.coordination`), and every verb of a
sentence with its modal.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.coordination import coordinated
from pipeline.nlp.grammar import GRAMMAR
from pipeline.nlp.memo import doc_memoised, memoised, morph_values, sentence_end, sentence_start
from pipeline.nlp.references import statute_lists
from pipeline.nlp.verbs import (
    AUX_DEPS,
    MAX_GROUP_TOKENS,
    VERB_POS,
    Verb,
    adverb_before_infinitive,
    could_be_infinitive,
    is_finite,
    is_modal,
    is_passive,
    is_supine,
    is_verb,
    looks_supine,
    mistagged_after_modal,
    present_lemma,
    slot_infinitive,
    tense_of,
    verb_lemma,
)

__all__ = ["Group", "coordinated", "find_verbs", "slot_infinitive", "verb_group"]

NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "ADP", "PRON"})


@dataclass(frozen=True)
class Group:
    """A finite verb and the verbs that carry its action."""

    finite: Token
    verbs: tuple[Token, ...]  # the action verbs (infinitives, supine, or the finite itself)
    negated: bool
    end: int  # index after the group's last token


def _last_in_slot(token: Token) -> bool:
    """An infinitive tagged as an adverb, as the last word of the modal's slot (``ska även
    handha`` closing a lead-in, ``ska handha kartverket``): no verb follows it."""
    following = token.doc[token.i + 1 : sentence_end(token)]
    return slot_infinitive(token) and not any(
        could_be_infinitive(t) or slot_infinitive(t) or is_verb(t) for t in following[:1]
    )


def _closing_comma(token: Token, limit: int) -> int | None:
    """A comma-enclosed parenthetical in the modal's slot: the index of its closing comma."""
    if token.text != ",":
        return None
    doc = token.doc
    return next((t.i for t in doc[token.i + 1 : limit] if t.text == ","), None)


def _nothing_follows(finite: Token, limit: int) -> bool:
    """``Förvaltningschefen får inte:``: only negations, adverbs or punctuation follow."""
    return all(
        t.is_punct or t.pos_ == "ADV" or t.lower_ in GRAMMAR.negations
        for t in finite.doc[finite.i + 1 : limit]
    )


def _tree_verb(finite: Token) -> Token | None:
    """The verb a modal or perfect auxiliary is attached to in the parse (UD ``aux``)."""
    head = finite.head
    if finite.dep_ == "aux" and head.i > finite.i and head.pos_ in VERB_POS and head is not finite:
        return head
    return None


def _passive_after_subject(modal: Token, token: Token) -> bool:
    """``ska reglerna i förbundsordningen tillämpas``: past an inverted noun phrase, an s-form
    in -as is the modal's passive infinitive (spelled as the present passive), not a finite
    verb of its own."""
    between = modal.doc[modal.i + 1 : token.i]
    return (
        is_modal(modal)
        and token.lower_.endswith("as")
        and is_passive(token)
        and len(between) > 0
        and between[0].pos_ in {"NOUN", "PROPN", "DET"}
        and all(t.pos_ in NOUN_PHRASE_POS for t in between)
    )


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


def verb_group(finite: Token, subject: frozenset[int] = frozenset()) -> Group:
    """``ska [i samråd med nämnden] upprätta … och redovisa`` → (ska, [upprätta, redovisa]).
    `subject`: tokens of an inverted subject between the modal and its infinitive. Found once
    per Doc memo (the verbs and the statements components ask for the same groups)."""
    return doc_memoised(
        finite.doc, (verb_group, finite.i, subject), lambda: _verb_group(finite, subject)
    )


def _verb_group(finite: Token, subject: frozenset[int]) -> Group:
    doc = finite.doc
    negated = False
    verbs: list[Token] = []
    perfect = finite.lower_ in GRAMMAR.perfect
    wants_verb = is_modal(finite) or perfect
    end = finite.i + 1
    limit = _slot_limit(finite)
    in_slot = True  # only adverbs, a negation or the inverted subject since the modal
    position = finite.i
    while wants_verb and position + 1 < limit:
        position += 1
        token = doc[position]
        closing = _closing_comma(token, limit) if in_slot else None
        if closing is not None:
            position = closing  # "ska, för den tid som fullmäktige bestämmer, välja"
            continue
        if perfect:
            found = is_supine(token) or (is_verb(token) and looks_supine(token.lower_))
        else:
            found = could_be_infinitive(token) or (in_slot and slot_infinitive(token))
            found = found or _passive_after_subject(finite, token)
            # only adverbs since the modal: an s-form is its passive infinitive
            found = found or (in_slot and _modal_passive(finite, token))
        if in_slot and _comparative_som(token):
            position += 1  # "ska så snart som möjligt underrättas": an adverbial, no clause
            continue
        if token.lower_ in GRAMMAR.negations:
            negated = True
        elif position in subject or (in_slot and token.pos_ == "ADV" and not _last_in_slot(token)):
            continue
        elif found:
            verbs.append(token)
            end = position + 1
            break
        elif position == finite.i + 1 and mistagged_after_modal(token):
            continue
        elif is_finite(token) or token.lower_ in GRAMMAR.subordinators or token.text in {".", ";"}:
            break
        elif perfect and token.pos_ == "DET":
            break  # "har ett samlat ansvar": a supine after a determiner is an attribute
        else:
            in_slot = False
    if wants_verb and not verbs:
        tree = _tree_verb(finite)
        if tree is not None and "Fin" in morph_values(tree, "VerbForm") and not is_passive(tree):
            tree = None  # a modal governs an infinitive: a finite head is another clause's
            # (but an s-passive the modal heads is its passive infinitive: "ska X hanteras")
        if tree is not None and tree.i < limit and (not perfect or is_supine(tree)):
            verbs.append(tree)
            end = tree.i + 1
    if (
        not verbs
        and is_modal(finite)
        and (finite.lower_ not in GRAMMAR.main_verb_modals or _nothing_follows(finite, limit))
    ):
        return Group(finite, (), negated, finite.i + 1)  # an elliptic "ska:": nothing to state
    if not verbs:
        # a main verb: "har ansvaret", "får sitt uppdrag" (receives)
        verbs = [finite]
        negated = negated or any(
            t.lower_ in GRAMMAR.negations for t in doc[finite.i + 1 : min(limit, finite.i + 3)]
        )
    verbs.extend(coordinated(verbs[-1], sentence_end(finite)))
    return Group(finite, tuple(verbs), negated, max(end, verbs[-1].i + 1))


def find_verbs(sentence: Span, mentions: Sequence[ActorMention] = ()) -> Iterator[Verb]:
    """Every verb and auxiliary of a sentence, with the modal that governs it.

    Words inside an actor mention are never verbs; an action verb that a modal demands is
    one even where the tagger missed it (``ska leda och samordna``).
    """
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    governed: dict[int, Token] = {}
    noun_read: set[int] = set()  # presents read as nouns in a chain of finite verbs
    for token in sentence:
        if is_modal(token) and is_finite(token):
            group = verb_group(token)
            governed.update({verb.i: token for verb in group.verbs if verb is not token})
        elif is_finite(token):
            group = verb_group(token)
            noun_read.update(v.i for v in group.verbs if not is_verb(v) and tense_of(v) == "pres")
    for token in sentence:
        if token.i in in_actor or not (
            is_verb(token)
            or token.i in governed
            or token.i in noun_read
            or (_after_att(token) and could_be_infinitive(token))
        ):
            continue
        if mistagged_after_modal(token):
            continue
        governor = token.head if token.dep_ in AUX_DEPS else token
        modal_token = governed.get(token.i) or next(
            (c for c in governor.children if c.dep_ == "aux" and is_modal(c)), None
        )
        modal = is_modal(token)
        negated = any(
            child.lower_ in GRAMMAR.negations
            for node in (governor, token)
            for child in node.children
        )
        yield Verb(
            start=token.idx,
            end=token.idx + len(token.text),
            text=token.text,
            lemma=_lemma(token, noun_read),
            tense="inf" if token.i in governed else tense_of(token),
            voice="pass" if is_passive(token) else "act",
            negated=negated,
            is_auxiliary=token.dep_ in AUX_DEPS or modal,
            modal=modal_token.lower_ if modal_token is not None and not modal else None,
            token=token.i,
        )


def _lemma(token: Token, noun_read: set[int]) -> str:
    if is_verb(token) or is_passive(token):  # "bör innehas [ADJ]": the passive infinitive
        return verb_lemma(token)
    if token.i in noun_read:
        return present_lemma(token.lower_)  # "och sammanträder" → sammanträda
    return token.lower_


def _after_att(token: Token) -> bool:
    """Right after infinitive ``att``, or after ``att`` and an adverb (``att noga föra``)."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ == "att":
        return True
    return (
        token.i > 1
        and doc[token.i - 2].lower_ == "att"
        and adverb_before_infinitive(doc[token.i - 1])
    )
