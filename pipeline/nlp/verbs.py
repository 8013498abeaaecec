"""Verbs and verb groups: which tokens are verbs, their lemma and tense, and which verbs a
finite verb governs (``ska [i samråd med nämnden] upprätta … och redovisa``).

The tagger, morphologizer and parser decide what is a verb; spelling only *adds* a verb
the tagger missed where grammar demands one (after a modal or infinitive ``att``).
Word lists come from ``configs/grammar.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.lexicon import GRAMMAR

AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})
VERB_POS = frozenset({"VERB", "AUX"})
NON_VERB_POS = frozenset({"PROPN", "PRON", "DET", "NUM", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART"})
MAX_GROUP_TOKENS = 12
ALWAYS_FINITE = frozenset({"är", "har", "hade", "var", "åligger"})
ADJECTIVE_ENDINGS = ("iga", "liga", "ska", "nda", "ada")


@dataclass(frozen=True)
class Verb:
    start: int
    end: int
    text: str
    lemma: str
    tense: str
    voice: str
    negated: bool
    is_auxiliary: bool
    modal: str | None
    token: int


def is_modal(token: Token) -> bool:
    return token.lower_ in GRAMMAR.modals


def is_verb(token: Token) -> bool:
    """A verb or auxiliary by the tagger, not a participle (SUC tag PC: ``anställd``)."""
    if is_modal(token) or token.lower_ in ALWAYS_FINITE:
        return True
    if token.pos_ not in VERB_POS or _adjectival_in_tree(token):
        return False
    return "Part" not in token.morph.get("VerbForm") and not token.tag_.startswith("PC")


def _adjectival_in_tree(token: Token) -> bool:
    """The parser attaches it as an adjective (``amod``, or conjoined with one):
    ``regionövergripande och strategiska frågor``."""
    return token.dep_ == "amod" or (token.dep_ == "conj" and token.head.pos_ == "ADJ")


def verb_lemma(token: Token) -> str:
    word = token.lower_
    if word in GRAMMAR.irregular_lemmas:
        return GRAMMAR.irregular_lemmas[word]
    lemma = (token.lemma_ or word).lower()
    forms = token.morph.get("VerbForm")
    if "Inf" in forms and word.isalpha():
        lemma = word  # a Swedish infinitive is its own lemma
    if lemma.endswith("s") and word.endswith("s") and is_passive(token):
        lemma = lemma[:-1]
    if word.endswith("ar") and "Pres" in token.morph.get("Tense") and word.isalpha():
        lemma = word[:-1]  # first conjugation: samordnar → samordna
    if "Sup" in forms and not lemma.endswith("a") and word.isalpha():
        lemma = _supine_lemma(word)  # anställts → anställa, beslutat → besluta
    return lemma


def _supine_lemma(word: str) -> str:
    for ending in ("ats", "at", "ts", "t"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + "a"
    return word


def tense_of(token: Token) -> str:
    morph = token.morph
    if "Part" in morph.get("VerbForm"):
        return "part"
    if "Sup" in morph.get("VerbForm"):
        return "sup"
    if "Imp" in morph.get("Mood"):
        return "imp"
    if "Past" in morph.get("Tense"):
        return "past"
    if "Inf" in morph.get("VerbForm"):
        return "inf"
    if "Pres" in morph.get("Tense") or is_modal(token):
        return "pres"
    return "inf" if token.tag_.endswith("INF") else "pres"


def is_finite(token: Token) -> bool:
    if is_modal(token) or token.lower_ in ALWAYS_FINITE:
        return True
    if not is_verb(token):
        return False
    forms = token.morph.get("VerbForm")
    return "Fin" in forms or (not forms and tense_of(token) in {"pres", "past"})


def is_infinitive(token: Token) -> bool:
    return is_verb(token) and not is_modal(token) and tense_of(token) == "inf"


def is_supine(token: Token) -> bool:
    return is_verb(token) and "Sup" in token.morph.get("VerbForm")


def is_passive(token: Token) -> bool:
    if is_modal(token):
        return False  # "förväntas leda": a modal, the infinitive carries the voice
    if "Pass" in token.morph.get("Voice") or any(c.dep_ == "aux:pass" for c in token.children):
        return True
    # SUC's s-form (SFO) is passive unless the verb is a deponent (finns, hoppas).
    return "SFO" in token.tag_ and token.lower_ not in GRAMMAR.deponents


def looks_supine(word: str) -> bool:
    """Short supines the tagger takes for infinitives: gett, fått, sett, gått."""
    return word.endswith("tt") and word not in {"ett", "rätt", "sätt", "slutt"}


def after_infinitive_marker(token: Token) -> bool:
    """Right after a modal or infinitive ``att`` (adverbs between): the place of an infinitive."""
    position = token.i - 1
    start = token.sent.start
    while position >= start and (
        token.doc[position].pos_ == "ADV" or token.doc[position].lower_ in GRAMMAR.negations
    ):
        position -= 1
    if position < start:
        return False
    marker = token.doc[position]
    return is_modal(marker) or marker.lower_ == "att"


def could_be_infinitive(token: Token) -> bool:
    """An infinitive by the tagger (any spelling: ``utse``, ``föreslå``, ``ingå``), or a word
    in -a the tagger missed where a modal or infinitive ``att`` demands a verb."""
    if is_infinitive(token):
        return True
    word = token.lower_
    if not (word.isalpha() and word.endswith("a")) or word in GRAMMAR.non_infinitives:
        return False
    if token.pos_ in NON_VERB_POS or "Part" in token.morph.get("VerbForm"):
        return False
    if after_infinitive_marker(token):
        return True
    # Coordinated with an infinitive ("leda och samordna"): not an adjective form.
    return token.pos_ in {"ADJ", "ADV", "X"} and not word.endswith(ADJECTIVE_ENDINGS)


def _mistagged_after_modal(token: Token) -> bool:
    """No finite verb can follow a modal directly: a finite-tagged word there is an adverb."""
    return (
        token.i > 0
        and is_modal(token.doc[token.i - 1])
        and is_finite(token)
        and not is_modal(token)
        and token.lower_ not in GRAMMAR.perfect | GRAMMAR.copulas
    )


@dataclass(frozen=True)
class Group:
    """A finite verb and the verbs that carry its action."""

    finite: Token
    verbs: tuple[Token, ...]  # the action verbs (infinitives, supine, or the finite itself)
    negated: bool
    end: int  # index after the group's last token


def _slot_infinitive(token: Token) -> bool:
    """Right after a modal (and its inverted subject), a word in -a is the infinitive
    whatever its tag (``ska VD:n företräda bolaget``)."""
    word = token.lower_
    return (
        word.isalpha()
        and word.endswith("a")
        and word not in GRAMMAR.non_infinitives
        and token.pos_ not in NON_VERB_POS - {"PROPN"}
        and not word.endswith(ADJECTIVE_ENDINGS)
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
    for position in range(finite.i + 1, limit if wants_verb else finite.i + 1):
        token = doc[position]
        if perfect:
            found = is_supine(token) or (is_verb(token) and looks_supine(token.lower_))
        else:
            found = could_be_infinitive(token) or (in_slot and _slot_infinitive(token))
        if token.lower_ in GRAMMAR.negations:
            negated = True
        elif position in subject or (in_slot and token.pos_ == "ADV"):
            continue
        elif found:
            verbs.append(token)
            end = position + 1
            break
        elif position == finite.i + 1 and _mistagged_after_modal(token):
            continue
        elif is_finite(token) or token.lower_ in GRAMMAR.subordinators or token.text in {".", ";"}:
            break
        else:
            in_slot = False
    if wants_verb and not verbs:
        tree = _tree_verb(finite)
        if tree is not None and tree.i < limit and (not perfect or is_supine(tree)):
            verbs.append(tree)
            end = tree.i + 1
    if not verbs and is_modal(finite) and (
        finite.lower_ not in GRAMMAR.main_verb_modals or _nothing_follows(finite, limit)
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
                (is_verb(following) and tense_of(following) == tense_of(last))
                or (adjacent and tense_of(last) == "inf" and could_be_infinitive(following))
            )
            opens_own_group = following is not None and (
                is_modal(following) or following.lower_ in GRAMMAR.perfect | GRAMMAR.copulas
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
        if c.dep_ == "conj" and is_verb(c) and tense_of(c) == tense_of(verb) and c not in found
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
        if _mistagged_after_modal(token):
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
            voice="pass" if "Pass" in token.morph.get("Voice") and not modal else "act",
            negated=negated,
            is_auxiliary=token.dep_ in AUX_DEPS or modal,
            modal=modal_token.lower_ if modal_token is not None and not modal else None,
            token=token.i,
        )
