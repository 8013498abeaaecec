"""Verb groups: which verbs a finite verb governs (``ska [i samråd med nämnden] upprätta …
och redovisa``), coordinated verbs, and every verb of a sentence with its modal.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.grammar import GRAMMAR
from pipeline.nlp.verbs import (
    AUX_DEPS,
    MAX_GROUP_TOKENS,
    NON_VERB_POS,
    VERB_POS,
    Verb,
    could_be_infinitive,
    is_finite,
    is_modal,
    is_passive,
    is_supine,
    is_verb,
    looks_supine,
    mistagged_after_modal,
    tense_of,
    verb_lemma,
)


@dataclass(frozen=True)
class Group:
    """A finite verb and the verbs that carry its action."""

    finite: Token
    verbs: tuple[Token, ...]  # the action verbs (infinitives, supine, or the finite itself)
    negated: bool
    end: int  # index after the group's last token


def slot_infinitive(token: Token) -> bool:
    """Right after a modal (and its inverted subject), a word in -a, or an infinitive the
    grammar lists (``utse``, ``ange``), is the infinitive whatever its tag (``ska VD:n
    företräda bolaget``)."""
    word = token.lower_
    if word in GRAMMAR.infinitives:
        return True
    return (
        word.isalpha()
        and word.endswith("a")
        and word not in GRAMMAR.non_infinitives
        and token.pos_ not in NON_VERB_POS - {"PROPN"}
        and not word.endswith(GRAMMAR.adjective_endings)
    )


def _last_in_slot(token: Token) -> bool:
    """An infinitive tagged as an adverb, as the last word of the modal's slot (``ska även
    handha`` closing a lead-in, ``ska handha kartverket``): no verb follows it."""
    following = token.doc[token.i + 1 : token.sent.end]
    return slot_infinitive(token) and not any(
        could_be_infinitive(t) or slot_infinitive(t) or is_verb(t) for t in following[:1]
    )


def _infinitive_conjunct(token: Token, infinitive: Token) -> bool:
    """Right after ``och`` + an infinitive: an infinitive by spelling, or a word in -a the
    parser joins to it as a conjunct, even tagged as a participle (``leda och samordna``)."""
    joined = token.dep_ == "conj" and token.head.i == infinitive.i
    return could_be_infinitive(token) or (joined and slot_infinitive(token))


def _closing_comma(token: Token, limit: int) -> int | None:
    """A comma-enclosed parenthetical in the modal's slot: the index of its closing comma."""
    if token.text != ",":
        return None
    doc = token.doc
    return next((t.i for t in doc[token.i + 1 : limit] if t.text == ","), None)


def _own_clause(verb: Token) -> bool:
    """A verb with its own modal, auxiliary or subordinator heads a clause of its own
    (``fastställa hur direktören ska leda …``): no conjunct of another verb."""
    return any(
        c.dep_ in {"aux", "aux:pass", "mark"} or c.lower_ in GRAMMAR.subordinators
        for c in verb.children
        if c.i < verb.i
    )


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


def verb_group(finite: Token, subject: frozenset[int] = frozenset()) -> Group:
    """``ska [i samråd med nämnden] upprätta … och redovisa`` → (ska, [upprätta, redovisa]).
    `subject`: tokens of an inverted subject between the modal and its infinitive."""
    doc = finite.doc
    negated = False
    verbs: list[Token] = []
    perfect = finite.lower_ in GRAMMAR.perfect
    wants_verb = is_modal(finite) or perfect
    end = finite.i + 1
    limit = min(finite.sent.end, finite.i + MAX_GROUP_TOKENS)
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
        else:
            in_slot = False
    if wants_verb and not verbs:
        tree = _tree_verb(finite)
        if tree is not None and "Fin" in tree.morph.get("VerbForm") and not is_passive(tree):
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
    verbs.extend(coordinated(verbs[-1], limit))
    return Group(finite, tuple(verbs), negated, max(end, verbs[-1].i + 1))


def _main_infinitive_conjunct(token: Token, first: Token) -> bool:
    """``ska leda arbetet och ha uppsikt``, ``… och vara chef``: an infinitive ``ha``/``vara``
    after ``och`` in a chain of infinitives (from `first`) is their conjunct, a main verb, unless a
    supine follows it (``ha beslutat``: a perfect of its own)."""
    if tense_of(first) != "inf" or tense_of(token) != "inf" or not is_verb(token):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or tense_of(following) != "sup" or not is_verb(following)


def coordinated(verb: Token, limit: int) -> list[Token]:
    """``leda och samordna``, ``närvara och yttra sig``: verbs of the same form after och."""
    doc = verb.doc
    found: list[Token] = []
    position = verb.i + 1
    last = verb
    while position < limit:
        token = doc[position]
        if token.lower_ in GRAMMAR.coordinators or token.text == ",":
            after = position + 1
            while after < limit - 1 and doc[after].pos_ == "ADV":
                after += 1
            following = doc[after] if after < len(doc) else None
            adjacent = position == last.i + 1
            same_form = following is not None and (
                (is_verb(following) and tense_of(following) in {tense_of(last), tense_of(verb)})
                or (adjacent and tense_of(last) == "inf" and _infinitive_conjunct(following, last))
            )
            opens_own_group = following is not None and (
                is_modal(following)
                or (
                    following.lower_ in GRAMMAR.perfect | GRAMMAR.copulas
                    and not _main_infinitive_conjunct(following, verb)
                )
            )
            if after > position + 1 and following is not None:
                # past adverbs ("samt operativt leda") only a conjunct the parser agrees on
                same_form = (
                    same_form
                    and following.dep_ == "conj"
                    and following.head.i
                    in {
                        verb.i,
                        last.i,
                    }
                )
            if following is not None and (
                following.is_ancestor(verb)
                or (token.text == "," and following.head.i not in {verb.i, last.i})
            ):
                # "X, som är …, leder": the main verb after a relative clause, not a conjunct;
                # a comma joins only the conjuncts the parser joins
                same_form = False
            if same_form and not opens_own_group:
                found.append(following)
                last = following
                position = following.i + 1
                continue
            if token.lower_ in GRAMMAR.coordinators:
                break
        if is_verb(token) and token.i != verb.i and token not in found:
            break
        position += 1
    dependents = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and is_verb(c)
        and tense_of(c) == tense_of(verb)
        and c not in found
        and c.i < limit
        and not _own_clause(c)
    ]
    return sorted({*found, *dependents}, key=lambda t: t.i)


def find_verbs(sentence: Span, mentions: Sequence[ActorMention] = ()) -> Iterator[Verb]:
    """Every verb and auxiliary of a sentence, with the modal that governs it.

    Words inside an actor mention are never verbs; an action verb that a modal demands is
    one even where the tagger missed it (``ska leda och samordna``).
    """
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    governed: dict[int, Token] = {}
    for token in sentence:
        if is_modal(token) and is_finite(token):
            group = verb_group(token)
            governed.update({verb.i: token for verb in group.verbs if verb is not token})
    for token in sentence:
        after_att = token.i > 0 and token.doc[token.i - 1].lower_ == "att"
        if token.i in in_actor or not (
            is_verb(token) or token.i in governed or (after_att and could_be_infinitive(token))
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
            lemma=verb_lemma(token) if is_verb(token) else token.lower_,
            tense="inf" if token.i in governed else tense_of(token),
            voice="pass" if is_passive(token) else "act",
            negated=negated,
            is_auxiliary=token.dep_ in AUX_DEPS or modal,
            modal=modal_token.lower_ if modal_token is not None and not modal else None,
            token=token.i,
        )
