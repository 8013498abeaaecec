"""Verbs and normative statements (ADICO: Attribute, Deontic, aIm, Object, Condition).

Works on the dependency parse of the Swedish model (UD labels: ``nsubj``, ``nsubj:pass``,
``obl:agent``, ``aux``, ``cop``, ``conj``, ``acl:relcl``) plus the cue lists of
``configs/deontics.yaml``. Finding (functions here) is separate from writing
annotations (the components in `pipeline.nlp.components`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.lexicon import DeonticCues

IRREGULAR_LEMMAS = {
    "är": "vara",
    "var": "vara",
    "vara": "vara",
    "varit": "vara",
    "har": "ha",
    "hade": "ha",
    "ha": "ha",
    "haft": "ha",
    "ska": "skola",
    "skall": "skola",
    "skulle": "skola",
    "kan": "kunna",
    "kunde": "kunna",
    "får": "få",
    "fick": "få",
    "måste": "måste",
    "bör": "böra",
    "vill": "vilja",
    "blir": "bli",
    "blev": "bli",
    "åligger": "åligga",
    "äger": "äga",
    "ges": "ge",
    "sker": "ske",
}
MODAL_FORMS = frozenset({"ska", "skall", "måste", "får", "kan", "bör", "skulle", "kunde"})
SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "csubj", "acl", "xcomp"})
AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})
PARTICLE_DEPS = frozenset({"compound:prt"})


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


@dataclass(frozen=True)
class Statement:
    actor: ActorMention | None
    deontic: str
    modal: tuple[int, int] | None  # character span of the cue
    modal_text: str | None
    aim: str
    aim_start: int
    aim_end: int
    aim_text: str
    negated: bool
    passive: bool
    object_span: tuple[int, int] | None
    condition_span: tuple[int, int] | None


# ---------------------------------------------------------------------------
# Verbs


def is_verb(token: Token) -> bool:
    if token.lower_ in MODAL_FORMS or token.lower_ in {"är", "har", "hade", "var"}:
        return True
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    return "Part" not in token.morph.get("VerbForm")


def verb_lemma(token: Token) -> str:
    word = token.lower_
    if word in IRREGULAR_LEMMAS:
        return IRREGULAR_LEMMAS[word]
    lemma = (token.lemma_ or word).lower()
    if "Inf" in token.morph.get("VerbForm") and word.isalpha():
        lemma = word  # a Swedish infinitive is its own lemma
    if lemma.endswith("s") and word.endswith("s") and "Pass" in token.morph.get("Voice"):
        lemma = lemma[:-1]
    return lemma


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
    if "Pres" in morph.get("Tense") or token.lower_ in MODAL_FORMS:
        return "pres"
    return "inf" if token.tag_.endswith("INF") else "pres"


def _is_negated(token: Token, cues: DeonticCues) -> bool:
    return any(child.lower_ in cues.negations for child in token.children)


def find_verbs(sentence: Span, cues: DeonticCues) -> Iterator[Verb]:
    for token in sentence:
        if not is_verb(token):
            continue
        governor = token.head if token.dep_ in AUX_DEPS else token
        modal = next(
            (c.lower_ for c in governor.children if c.dep_ == "aux" and c.lower_ in MODAL_FORMS),
            None,
        )
        yield Verb(
            start=token.idx,
            end=token.idx + len(token.text),
            text=token.text,
            lemma=verb_lemma(token),
            tense=tense_of(token),
            voice="pass" if "Pass" in token.morph.get("Voice") else "act",
            negated=_is_negated(governor, cues) or _is_negated(token, cues),
            is_auxiliary=token.dep_ in AUX_DEPS or token.lower_ in MODAL_FORMS,
            modal=modal if token.lower_ not in MODAL_FORMS else None,
            token=token.i,
        )


# ---------------------------------------------------------------------------
# Statements


def _predicates(sentence: Span) -> list[Token]:
    """Tokens that head a clause: verbs that are not auxiliaries, and copular heads."""
    heads = []
    for token in sentence:
        if token.dep_ in AUX_DEPS:
            if token.dep_ == "cop" and not is_verb(token.head):
                heads.append(token.head)
            continue
        if (
            is_verb(token)
            and token.lower_ not in MODAL_FORMS | {"är", "har"}
            or is_verb(token)
            and token.dep_ in {"ROOT", "conj", "acl:relcl"}
        ):
            heads.append(token)
    return sorted(set(heads), key=lambda t: t.i)


def _finite_word(predicate: Token) -> Token:
    """The first verb of the predicate's verb chain (modal or auxiliary or itself)."""
    chain = [c for c in predicate.children if c.dep_ in AUX_DEPS and c.i < predicate.i]
    return min(chain, key=lambda t: t.i) if chain else predicate


def _is_main(predicate: Token) -> bool:
    token = predicate
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in SUBORDINATE_DEPS or token.dep_ == "acl:relcl":
        return False
    return not any(c.dep_ == "mark" for c in token.children)


def _subject(predicate: Token) -> Token | None:
    token = predicate
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is not None:
            return subject
        if token.dep_ != "conj" or token.head is token:
            break
        token = token.head
    return None


def _agent(predicate: Token) -> Token | None:
    for child in predicate.children:
        if child.dep_ == "obl:agent" or (
            child.dep_ == "obl"
            and any(c.lower_ == "av" for c in child.children if c.dep_ == "case")
        ):
            return child
    return None


def _is_passive(predicate: Token) -> bool:
    return "Pass" in predicate.morph.get("Voice") or any(
        c.dep_ in {"nsubj:pass", "aux:pass"} for c in predicate.children
    )


def _mention_for(token: Token | None, mentions: Sequence[ActorMention]) -> ActorMention | None:
    if token is None:
        return None
    for mention in mentions:
        if mention.first_token <= token.i <= mention.last_token:
            return mention
    # A conjoined or modified subject: the actor inside the subject's subtree.
    inside = [m for m in mentions if token.left_edge.i <= m.first_token <= token.right_edge.i]
    return inside[0] if inside else None


def _match_phrase(words: Sequence[str], phrase: Sequence[str]) -> bool:
    return len(words) >= len(phrase) and all(
        p == "*" or p == w for p, w in zip(phrase, words, strict=False)
    )


def _phrase_cue(tokens: Sequence[Token], cues: DeonticCues) -> tuple[str, int] | None:
    """The longest cue phrase starting at tokens[0]: (deontic, number of tokens)."""
    words = [t.lower_ for t in tokens]
    for phrase, deontic in cues.phrases:
        if _match_phrase(words, phrase):
            return deontic, len(phrase)
    if (
        len(words) >= 3
        and words[0] == "har"
        and words[2] == "för"
        and any(words[1].endswith(s) for s in cues.responsibility_noun_suffixes)
    ):
        return "responsibility", 3
    return None


def _deontic(predicate: Token, finite: Token, cues: DeonticCues) -> tuple[str, Token, int, bool]:
    """(deontic, first cue token, index after the cue's last token, negated)."""
    doc = predicate.doc
    negated = _is_negated(predicate, cues) or _is_negated(finite, cues)
    modal = next(
        (c for c in predicate.children if c.dep_ == "aux" and c.lower_ in cues.modals), None
    )
    if modal is None and finite.lower_ in cues.modals:
        modal = finite
    # Adverbs between cue words (har *alltid* möjlighet att, ansvarar *också* för) are skipped.
    # So are an inverted subject (För ärenden ansvarar *regiondirektören* för …).
    subject = _subject(predicate)
    inverted = (
        set(range(subject.left_edge.i, subject.right_edge.i + 1))
        if subject is not None and subject.i > finite.i
        else set()
    )
    window = [
        t
        for t in doc[finite.i : min(len(doc), finite.i + 9 + len(inverted))]
        if t.lower_ not in cues.negations
        and (t.pos_ != "ADV" or t.i == finite.i)
        and t.i not in inverted
    ]
    if modal is not None:
        phrase = _phrase_cue(window, cues)
        if phrase and phrase[0] == "permission" and window[0].lower_ == "kan":
            return "permission", modal, window[phrase[1] - 1].i + 1, negated
        if negated and modal.lower_ in cues.negated_modals:
            return "prohibition", modal, modal.i + 1, True
        return cues.modals[modal.lower_], modal, modal.i + 1, negated
    phrase = _phrase_cue(window, cues)
    if phrase is not None:
        deontic, length = phrase
        if negated and deontic == "permission":
            deontic = "prohibition"
        return deontic, finite, window[length - 1].i + 1, negated
    return "none", finite, finite.i, negated


def _aims_after_cue(predicate: Token, cue_end: int) -> list[Token]:
    """Infinitives that carry the action after ``… att``: ``har rätt att delta``."""
    doc = predicate.doc
    if cue_end >= len(doc):
        return []
    following = doc[cue_end - 1] if cue_end > 0 else None
    start = cue_end
    if following is not None and following.lower_ != "att":
        if start < len(doc) and doc[start].lower_ == "att":
            start += 1
        else:
            return []
    for token in doc[start : min(len(doc), start + 4)]:
        if (
            is_verb(token)
            and "Inf" in token.morph.get("VerbForm")
            or (is_verb(token) and tense_of(token) == "inf")
        ):
            return [token, *[c for c in token.children if c.dep_ == "conj" and is_verb(c)]]
        if token.pos_ in {"NOUN", "PROPN", "PRON"}:
            return []  # an att-clause with its own subject
    return []


def _object_span(predicate: Token, exclude: set[int]) -> tuple[int, int] | None:
    parts = [
        c
        for c in predicate.children
        if c.dep_ in {"obj", "obl", "xcomp", "ccomp", "iobj", "nmod"}
        and c.i > predicate.i
        and c.i not in exclude
    ]
    if not parts:
        return None
    start = min(p.left_edge.idx for p in parts)
    last = max(p.right_edge for p in parts)
    while last.is_punct and last.i > predicate.i:
        last = last.doc[last.i - 1]
    end = last.idx + len(last.text)
    return (start, end) if end > start else None


def _condition_span(sentence: Span, cues: DeonticCues) -> tuple[int, int] | None:
    words = [t.lower_ for t in sentence]
    for index in range(len(words)):
        for phrase in cues.conditions:
            if _match_phrase(words[index:], phrase):
                end_index = index + len(phrase)
                while (
                    end_index < len(sentence)
                    and not sentence[end_index].is_punct
                    and (
                        sentence[end_index].lower_ not in {"att", "och", "samt"}
                        or end_index == index + len(phrase)
                    )
                ):
                    end_index += 1
                first, last = sentence[index], sentence[end_index - 1]
                return first.idx, last.idx + len(last.text)
    return None


def find_statements(
    sentence: Span, mentions: Sequence[ActorMention], cues: DeonticCues
) -> Iterator[Statement]:
    """One statement per governed action of a main (or cue-carrying relative) clause."""
    condition = _condition_span(sentence, cues)
    for predicate in _predicates(sentence):
        relative = predicate.dep_ == "acl:relcl"
        finite = _finite_word(predicate)
        deontic, cue_token, cue_end, negated = _deontic(predicate, finite, cues)
        cue_length = cue_end - cue_token.i
        if not _is_main(predicate) and not (relative and deontic != "none"):
            continue
        passive = _is_passive(predicate)
        agent = _agent(predicate) if passive else None
        actor = _mention_for(agent, mentions) or _mention_for(
            predicate.head if relative else _subject(predicate), mentions
        )
        if actor is None:
            continue
        aims = [predicate]
        cue_lemma = None
        if deontic in {"responsibility", "permission", "obligation"} and cue_length > 1:
            aims = _aims_after_cue(predicate, cue_end) or [cue_token]
            if len(aims) == 1 and aims[0] is cue_token and deontic == "responsibility":
                cue_lemma = "svara" if cue_token.lower_ == "svarar" else "ansvara"
        cue_span = None
        cue_text = None
        if deontic != "none":
            last = predicate.doc[cue_end - 1]
            cue_span = (cue_token.idx, last.idx + len(last.text))
            cue_text = predicate.doc.text[cue_span[0] : cue_span[1]]
        for aim in aims:
            lemma = cue_lemma or _aim_lemma(aim, predicate)
            aim = _aim_token(aim)
            yield Statement(
                actor=actor,
                deontic=deontic,
                modal=cue_span,
                modal_text=cue_text,
                aim=lemma,
                aim_start=aim.idx,
                aim_end=aim.idx + len(aim.text),
                aim_text=aim.text,
                negated=negated,
                passive=passive and agent is not None or passive,
                object_span=_object_span(aim, {actor.first_token}),
                condition_span=condition,
            )


def _aim_token(aim: Token) -> Token:
    """For a copular predicate (``är chef för``) the action is the copula itself."""
    if is_verb(aim):
        return aim
    return next((c for c in aim.children if c.dep_ == "cop"), aim)


def _aim_lemma(aim: Token, predicate: Token) -> str:
    if not is_verb(aim):
        cop = next((c for c in aim.children if c.dep_ == "cop"), None)
        if cop is not None:
            return verb_lemma(cop)
        return "vara"
    return verb_lemma(aim)
