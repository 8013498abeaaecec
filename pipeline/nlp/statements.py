"""Verbs and normative statements (ADICO: Attribute, Deontic, aIm, Object, Condition).

Statements are found clause by clause from the finite verbs of a sentence: Swedish main
clauses put the finite verb second (V2), subordinate clauses open with a subordinator
(``att``, ``som``, ``om`` …). Each finite verb opens a *verb group* (modal or auxiliary,
then the verbs that carry the action); the cue lists of ``configs/deontics.yaml`` give its
deontic class; the subject comes from the dependency parse (UD ``nsubj``, ``nsubj:pass``,
``obl:agent``) where it names an actor, else from the V2 positions around the finite verb.
Finding (functions here) is separate from writing annotations (`pipeline.nlp.components`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

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
    "gett": "ge",
    "givit": "ge",
    "fått": "få",
    "gjort": "göra",
    "sett": "se",
    "tagit": "ta",
    "blivit": "bli",
    "kommit": "komma",
    "gått": "gå",
    "stått": "stå",
    "dragit": "dra",
}
MODAL_FORMS = frozenset({"ska", "skall", "måste", "får", "kan", "bör", "skulle", "kunde"})
AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})
SUBORDINATORS = frozenset(
    {
        "att",
        "som",
        "om",
        "när",
        "eftersom",
        "vilket",
        "vilka",
        "där",
        "hur",
        "innan",
        "medan",
        "sedan",
        "då",
        "ifall",
        "såsom",
        "varför",
        "vad",
        "vem",
        "huruvida",
    }
)
COORDINATORS = frozenset({"och", "samt", "eller", "men"})
COPULA_FORMS = frozenset({"är", "var", "vara", "varit"})
PERFECT_FORMS = frozenset({"har", "hade", "ha"})
OBLIGATION_MODALS = frozenset({"ska", "skall", "måste", "bör", "skulle"})
MAX_GROUP_TOKENS = 12


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


VOWELS = frozenset("aeiouyåäö")


def is_verb(token: Token) -> bool:
    """A verb or auxiliary, not a participle, and with a form that fits its tag: the tagger
    and morphologizer are statistical, Swedish verb endings are not."""
    if token.lower_ in MODAL_FORMS or token.lower_ in {"är", "har", "hade", "var"}:
        return True
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if "Part" in token.morph.get("VerbForm") or token.tag_.startswith("PC"):
        return False  # participle (SUC tag PC): "anställd", "beslutade styrdokument"
    return _form_fits(token)


def _form_fits(token: Token) -> bool:
    word = token.lower_
    if word.endswith("iska"):
        return False  # adjectives: strategiska, politiska
    forms = token.morph.get("VerbForm")
    if "Inf" in forms:  # infinitives end in a vowel (leda, gå) or -s (finnas); "gett": supine
        return word[-1] in VOWELS or word.endswith("s") or looks_supine(word)
    if "Pres" in token.morph.get("Tense") and "Fin" in forms:
        return word.endswith(("r", "s"))  # leder, verkställs, finns
    if "Sup" in forms:
        after_att = token.i > 0 and token.doc[token.i - 1].lower_ == "att"
        return not after_att  # "att" takes an infinitive, never a supine
    return True


def verb_lemma(token: Token) -> str:
    word = token.lower_
    if word in IRREGULAR_LEMMAS:
        return IRREGULAR_LEMMAS[word]
    lemma = (token.lemma_ or word).lower()
    if "Inf" in token.morph.get("VerbForm") and word.isalpha():
        lemma = word  # a Swedish infinitive is its own lemma
    if lemma.endswith("s") and word.endswith("s") and "Pass" in token.morph.get("Voice"):
        lemma = lemma[:-1]
    if word.endswith("ar") and "Pres" in token.morph.get("Tense") and word.isalpha():
        lemma = word[:-1]  # first conjugation: samordnar → samordna
    if "Sup" in token.morph.get("VerbForm") and not lemma.endswith("a") and word.isalpha():
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
    if "Pres" in morph.get("Tense") or token.lower_ in MODAL_FORMS:
        return "pres"
    return "inf" if token.tag_.endswith("INF") else "pres"


def _is_negated(token: Token, cues: DeonticCues) -> bool:
    return any(child.lower_ in cues.negations for child in token.children)


def find_verbs(
    sentence: Span, cues: DeonticCues, mentions: Sequence[ActorMention] = ()
) -> Iterator[Verb]:
    """Every verb and auxiliary of a sentence, with the modal that governs it.

    Words inside an actor mention are never verbs; an action verb that a modal demands is
    one even where the tagger missed it (``ska leda och samordna``).
    """
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    governed: dict[int, Token] = {}
    for token in sentence:
        if token.lower_ in MODAL_FORMS and is_finite(token):
            group = verb_group(token, cues)
            governed.update({verb.i: token for verb in group.verbs if verb is not token})
    for token in sentence:
        if token.i in in_actor or not (
            is_verb(token) or token.i in governed or _infinitive_after_att(token)
        ):
            continue
        if _mistagged_after_modal(token):
            continue
        governor = token.head if token.dep_ in AUX_DEPS else token
        modal_token = governed.get(token.i) or next(
            (c for c in governor.children if c.dep_ == "aux" and c.lower_ in MODAL_FORMS), None
        )
        is_modal = token.lower_ in MODAL_FORMS
        yield Verb(
            start=token.idx,
            end=token.idx + len(token.text),
            text=token.text,
            lemma=verb_lemma(token) if is_verb(token) else token.lower_,
            tense="inf" if token.i in governed else tense_of(token),
            voice="pass" if "Pass" in token.morph.get("Voice") else "act",
            negated=_is_negated(governor, cues) or _is_negated(token, cues),
            is_auxiliary=token.dep_ in AUX_DEPS or is_modal,
            modal=modal_token.lower_ if modal_token is not None and not is_modal else None,
            token=token.i,
        )


def _infinitive_after_att(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].lower_ == "att" and could_be_infinitive(token)


def _mistagged_after_modal(token: Token) -> bool:
    """No finite verb can follow a modal (``kan härutöver komma``): a mistagged word."""
    return (
        token.i > 0
        and token.doc[token.i - 1].lower_ in MODAL_FORMS
        and is_finite(token)
        and token.lower_ not in MODAL_FORMS | PERFECT_FORMS | COPULA_FORMS
    )


# ---------------------------------------------------------------------------
# Statements


def is_finite(token: Token) -> bool:
    if token.lower_ in MODAL_FORMS or token.lower_ in {"är", "har", "hade", "var", "åligger"}:
        return True
    if not is_verb(token):
        return False
    forms = token.morph.get("VerbForm")
    return "Fin" in forms or (not forms and tense_of(token) in {"pres", "past"})


def is_infinitive(token: Token) -> bool:
    return is_verb(token) and token.lower_ not in MODAL_FORMS and tense_of(token) == "inf"


# Frequent words in -a that are never infinitives (adverbs, determiners, adjective forms).
NOT_INFINITIVES = frozenset(
    {
        "bara",
        "nära",
        "ända",
        "extra",
        "sakta",
        "andra",
        "båda",
        "hela",
        "nya",
        "egna",
        "olika",
        "samma",
        "enda",
        "första",
        "sista",
        "vissa",
        "flera",
        "många",
        "stora",
        "dessa",
        "sina",
        "våra",
        "era",
        "inga",
        "alla",
        "övriga",
        "ena",
        "gamla",
        "rena",
        "fina",
        "goda",
    }
)


def after_infinitive_marker(token: Token) -> bool:
    """Right after a modal or infinitive ``att`` (adverbs between): the place of an infinitive."""
    position = token.i - 1
    while position >= token.sent.start and (
        token.doc[position].pos_ == "ADV" or token.doc[position].lower_ in {"inte", "ej", "icke"}
    ):
        position -= 1
    if position < token.sent.start:
        return False
    marker = token.doc[position].lower_
    return marker in MODAL_FORMS or marker == "att"


SHORT_VERBS = frozenset({"gå", "få", "stå", "se", "ha", "ta", "ge", "bli", "dra", "nå", "slå"})
NON_VERB_POS = frozenset({"PROPN", "PRON", "DET", "NUM", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART"})


def could_be_infinitive(token: Token) -> bool:
    """An infinitive, or a word the tagger missed that can only be one where a modal or
    infinitive ``att`` demands a verb (Swedish infinitives end in -a): ``ska leda och
    samordna``, ``får inte delta``, ``att företräda``."""
    if is_infinitive(token):
        return token.lower_.endswith("a") or token.lower_ in SHORT_VERBS
    word = token.lower_
    if not (word.isalpha() and word.endswith("a")) or word in NOT_INFINITIVES:
        return False
    if word.endswith("iska"):
        return False  # politiska, strategiska: adjectives
    if token.pos_ in NON_VERB_POS:
        return False
    if after_infinitive_marker(token):
        return True
    return (
        token.pos_ in {"ADJ", "ADV", "X"}
        and "Part" not in token.morph.get("VerbForm")
        and not word.endswith(("iga", "liga", "ska", "nda", "ada"))
    )


def looks_supine(word: str) -> bool:
    """Short supines the tagger takes for infinitives: gett, fått, sett, gått."""
    return word.endswith("tt") and word not in {"ett", "rätt", "sätt", "slutt"}


def is_supine(token: Token) -> bool:
    return is_verb(token) and "Sup" in token.morph.get("VerbForm")


def is_passive(token: Token) -> bool:
    return "Pass" in token.morph.get("Voice") or any(c.dep_ == "aux:pass" for c in token.children)


def _is_subordinate(finite: Token, sentence: Span) -> Token | None:
    """The subordinator that opens the finite verb's clause, or None in a main clause."""
    for position in range(finite.i - 1, sentence.start - 1, -1):
        token = finite.doc[position]
        if token.lower_ in SUBORDINATORS:
            return token
        if is_finite(token) or token.text in {",", ";", ":"} or token.lower_ == "men":
            return None
    return None


@dataclass(frozen=True)
class _Group:
    """A finite verb and the verbs that carry its action."""

    finite: Token
    verbs: tuple[Token, ...]  # the action verbs (infinitives, supine, or the finite itself)
    negated: bool
    end: int  # index after the group's last token


def verb_group(finite: Token, cues: DeonticCues) -> _Group:
    """``ska [i samråd med nämnden] upprätta … och redovisa`` → (ska, [upprätta, redovisa])."""
    doc = finite.doc
    negated = False
    verbs: list[Token] = []
    wants_verb = finite.lower_ in MODAL_FORMS or finite.lower_ in PERFECT_FORMS
    end = finite.i + 1
    position = finite.i + 1
    limit = min(finite.sent.end, finite.i + MAX_GROUP_TOKENS)
    while wants_verb and position < limit:
        token = doc[position]
        if token.lower_ in cues.negations:
            negated = True
        elif (
            is_supine(token) or (is_verb(token) and looks_supine(token.lower_))
            if finite.lower_ in PERFECT_FORMS
            else _infinitive_in_group(token)
        ):
            verbs.append(token)
            end = position + 1
            break
        elif (
            is_finite(token)
            and position == finite.i + 1
            and token.lower_ not in (MODAL_FORMS | PERFECT_FORMS | COPULA_FORMS)
        ):
            pass  # no finite verb can follow a modal: a mistagged adverb ("kan härutöver")
        elif is_finite(token) or token.lower_ in SUBORDINATORS or token.text in {".", ";"}:
            break
        position += 1
    if not verbs and finite.lower_ in OBLIGATION_MODALS:
        return _Group(finite, (), negated, finite.i + 1)  # an elliptic "ska": nothing to state
    if not verbs:
        wants_verb = False  # a main verb: "har ansvaret", "får sitt uppdrag" (receives)
    if not wants_verb:
        verbs = [finite]
        negated = negated or any(
            t.lower_ in cues.negations for t in doc[finite.i + 1 : min(limit, finite.i + 3)]
        )
    if verbs:
        verbs.extend(_coordinated(verbs[-1], limit))
    return _Group(finite, tuple(verbs), negated, max(end, verbs[-1].i + 1 if verbs else end))


def _infinitive_in_group(token: Token) -> bool:
    """After a modal, the first verb-like word in -a is its infinitive, even mistagged and
    past an inverted subject (``ska biträdande kommundirektören träda in``)."""
    if could_be_infinitive(token):
        return True
    word = token.lower_
    return (
        word.isalpha()
        and word.endswith("a")
        and word not in NOT_INFINITIVES
        and token.pos_ in {"VERB", "AUX", "ADJ", "ADV", "X"}
        and not word.endswith(("iga", "liga", "ska", "nda"))
    )


def _verb_after_phrase(preposition: Token, limit: int) -> Token | None:
    """``och i samråd med den politiska organisationen ständigt verka``: the infinitive after
    a prepositional phrase (only a tagged one: no guessing this far from the verb)."""
    for token in preposition.doc[preposition.i + 1 : min(limit, preposition.i + 9)]:
        if is_infinitive(token):
            return token
        if is_finite(token) or token.is_punct or token.lower_ in SUBORDINATORS:
            return None
    return None


def _coordinated(verb: Token, limit: int) -> list[Token]:
    """``leda och samordna``, ``närvara och yttra sig``: verbs of the same form after och."""
    doc = verb.doc
    found: list[Token] = []
    position = verb.i + 1
    last = verb
    while position < limit:
        token = doc[position]
        if token.lower_ in COORDINATORS | {","}:
            after = position + 1
            while after < limit - 1 and doc[after].pos_ == "ADV":
                after += 1  # "samt operativt leda"
            following = doc[after] if after < len(doc) else None
            adjacent = position == last.i + 1
            same_form = following is not None and (
                (is_verb(following) and tense_of(following) == tense_of(last))
                or (adjacent and tense_of(last) == "inf" and could_be_infinitive(following))
            )
            opens_own_group = following is not None and following.lower_ in (
                MODAL_FORMS | PERFECT_FORMS | COPULA_FORMS
            )
            if following is not None and following.pos_ == "ADP" and tense_of(last) == "inf":
                following = _verb_after_phrase(following, limit) or following
            adjective_like = following is not None and following.lower_.endswith("iska")
            if same_form and not opens_own_group and not adjective_like:
                found.append(following)
                last = following
                position = following.i + 1
                continue
            if token.lower_ in COORDINATORS:
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


def _match_phrase(words: Sequence[str], phrase: Sequence[str]) -> bool:
    return len(words) >= len(phrase) and all(
        p == "*" or p == w for p, w in zip(phrase, words, strict=False)
    )


def _match_tokens(
    tokens: Sequence[Token], phrase: Sequence[str], skip: set[int], negations: frozenset[str]
) -> int | None:
    """Match a cue phrase from tokens[0]; adverbs, negations and `skip` tokens (an inverted
    subject) may stand between its words. Returns the index after the last matched token."""
    position = 0
    for word in phrase:
        while True:
            if position >= len(tokens):
                return None
            token = tokens[position]
            if word == "*" or token.lower_ == word:
                position += 1
                break
            if position == 0 or not (
                token.pos_ == "ADV" or token.lower_ in negations or token.i in skip
            ):
                return None
            position += 1
    return tokens[position - 1].i + 1


def _phrase_at(token: Token, cues: DeonticCues, skip: set[int]) -> tuple[str, int] | None:
    """The longest cue phrase starting at `token`: (deontic, index after its last token)."""
    tokens = list(token.doc[token.i : min(token.sent.end, token.i + 12 + len(skip))])
    for phrase, deontic in cues.phrases:
        end = _match_tokens(tokens, phrase, skip, cues.negations)
        if end is not None:
            return deontic, end
    if token.lower_ in PERFECT_FORMS:
        # "har det löpande arbetsgivaransvaret (för)": a noun in -ansvar(et) after "har".
        for candidate in tokens[1:5]:
            if any(candidate.lower_.endswith(x) for x in cues.responsibility_noun_suffixes):
                following = token.doc[candidate.i + 1] if candidate.i + 1 < len(token.doc) else None
                return "responsibility", candidate.i + 1 + (
                    following is not None and following.lower_ == "för"
                )
            if is_verb(candidate):
                break
    return None


def _action_after(cue_end: int, sentence: Span, skip: set[int] = frozenset()) -> list[Token]:
    """Infinitives after a cue ending in ``att`` or ``för (att)``: ``har rätt att delta``,
    ``åligger förvaltningschefen att hålla`` (the inverted subject is skipped)."""
    doc = sentence.doc
    position = cue_end
    while position < sentence.end and position in skip:
        position += 1
    if position < sentence.end and doc[position].lower_ == "att":
        position += 1
    elif doc[cue_end - 1].lower_ != "att":
        return []
    while position < sentence.end and doc[position].pos_ == "ADV":
        position += 1
    if position >= sentence.end:
        return []
    first = doc[position]
    if could_be_infinitive(first):
        return _with_coordinated(first, sentence)
    if first.pos_ != "ADP":
        return []  # an att-clause with its own subject: "ansvarar för att beslut verkställs"
    # "att i samråd med nämnden verka för …": past a prepositional phrase, a tagged verb.
    for token in doc[position + 1 : min(sentence.end, position + 9)]:
        if is_infinitive(token):
            return _with_coordinated(token, sentence)
        if is_finite(token) or token.lower_ in SUBORDINATORS:
            break
    return []


def _with_coordinated(verb: Token, sentence: Span) -> list[Token]:
    found = [verb, *_coordinated(verb, sentence.end), *_more_att(verb, sentence)]
    return list(dict.fromkeys(found))


def _more_att(first: Token, sentence: Span) -> list[Token]:
    """``att delta …, och att yttra sig``: later ``och att`` infinitives share the cue."""
    doc = first.doc
    found = []
    for index in range(first.i + 2, sentence.end - 1):
        after_coordinator = doc[index - 1].lower_ in COORDINATORS
        if doc[index].lower_ == "att" and after_coordinator and is_infinitive(doc[index + 1]):
            found.append(doc[index + 1])
    return found


def _deontic(
    group: _Group, inverted: set[int], cues: DeonticCues
) -> tuple[str, Token, int, Token | None]:
    """(deontic, cue start, cue end, verb that opens a phrase cue or None)."""
    finite = group.finite
    if finite.lower_ in cues.modals and group.verbs and group.verbs[0] is not finite:
        deontic = cues.modals[finite.lower_]
        if group.negated and finite.lower_ in cues.negated_modals:
            return "prohibition", finite, finite.i + 1, None
        phrase = _phrase_at(finite, cues, inverted)  # "kan komma att"
        if phrase and phrase[0] == "permission":
            return "permission", finite, phrase[1], finite
        inner = _phrase_at(group.verbs[0], cues, inverted)  # "ska ansvara för att …"
        if inner is not None:
            return deontic, finite, inner[1], group.verbs[0]
        return deontic, finite, finite.i + 1, None
    phrase = _phrase_at(finite, cues, inverted)
    if (
        phrase is None
        and finite.lower_ in {"ansvarar", "svarar"}
        and (finite.doc[finite.sent.start].lower_ == "för")
    ):
        phrase = ("responsibility", finite.i + 1)  # "För personalfrågor ansvarar HR-chefen."
    if phrase is not None:
        deontic, end = phrase
        if group.negated and deontic == "permission":
            deontic = "prohibition"
        return deontic, finite, end, finite
    return "none", finite, finite.i, None


def _mention_at(index: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    return next((m for m in mentions if m.first_token <= index <= m.last_token), None)


def _mention_for(token: Token | None, mentions: Sequence[ActorMention]) -> ActorMention | None:
    if token is None:
        return None
    direct = _mention_at(token.i, mentions)
    if direct is not None:
        return direct
    inside = [m for m in mentions if token.left_edge.i <= m.first_token <= token.right_edge.i]
    return inside[0] if inside else None


def _parsed_subject(group: _Group) -> Token | None:
    for verb in (*group.verbs, group.finite):
        for candidate in (verb, verb.head if verb.dep_ in AUX_DEPS | {"conj"} else None):
            if candidate is None:
                continue
            subject = next(
                (c for c in candidate.children if c.dep_ in {"nsubj", "nsubj:pass"}), None
            )
            if subject is not None:
                return subject
    return None


def _v2_subject(group: _Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """Subject by position (Swedish V2): the actor right before the finite verb, the actor
    opening the sentence when only subordinate clauses stand between, or the actor right
    after the finite verb (inversion: ``För ärenden ansvarar regiondirektören``)."""
    doc = group.finite.doc
    sentence = group.finite.sent
    before = group.finite.i - 1
    while before >= sentence.start and doc[before].pos_ == "ADV":
        before -= 1
    if before >= sentence.start:
        mention = _mention_at(before, mentions)
        if mention is not None and not mention.genitive and _opens_clause(mention, group):
            return mention
    first = next((m for m in mentions if m.first_token >= sentence.start), None)
    if (
        first is not None
        and doc[sentence.start].lower_ not in SUBORDINATORS
        and first.first_token <= sentence.start + 1
        and first.last_token < (group.finite.i)
        and all(
            _is_subordinate(token, sentence) is not None
            for token in doc[first.last_token + 1 : group.finite.i]
            if is_finite(token)
        )
        and not first.genitive
    ):
        return first
    after = group.finite.i + 1
    while after < sentence.end and doc[after].pos_ == "ADV":
        after += 1
    mention = _mention_at(after, mentions)
    if mention is not None and not (
        mention.last_token + 1 < len(doc) and doc[mention.last_token + 1].lower_ == "som"
    ):
        return mention
    return None


def _coordinated_actors(
    actor: ActorMention, mentions: Sequence[ActorMention], doc: Doc
) -> list[ActorMention]:
    """``Socialchefen och äldreomsorgschefen ska …``: every conjoined subject acts."""
    doc_mentions = sorted(mentions, key=lambda m: m.first_token)
    group = [actor]
    for mention in doc_mentions:  # conjuncts after the actor
        gap = group[-1].last_token + 1
        if mention.first_token == gap + 1 and doc[gap].lower_ in COORDINATORS:
            group.append(mention)
    for mention in reversed(doc_mentions):  # and before it
        gap = group[0].first_token - 1
        if mention.last_token == gap - 1 and doc[gap].lower_ in COORDINATORS:
            group.insert(0, mention)
    return group


def _opens_clause(mention: ActorMention, group: _Group) -> bool:
    """A subject before the finite verb starts its clause (not ``… från patientnämnden``)."""
    if mention.first_token <= group.finite.sent.start:
        return True
    before = group.finite.doc[mention.first_token - 1]
    return (
        before.lower_ in COORDINATORS | SUBORDINATORS
        or before.text in {",", ";", ":", "(", "–"}
        or before.pos_ in {"ADV", "DET"}
    )


def _agent(group: _Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``… av regionstyrelsen``: the agent of a passive verb."""
    doc = group.finite.doc
    start = group.verbs[-1].i + 1 if group.verbs else group.finite.i + 1
    for position in range(start, min(group.finite.sent.end, start + 6)):
        if doc[position].lower_ == "av" and position + 1 < len(doc):
            return _mention_at(position + 1, mentions) or _mention_at(position + 2, mentions)
        if is_verb(doc[position]):
            break
    return None


def object_span(aim: Token, stop: int, exclude: set[int]) -> tuple[int, int] | None:
    """From after the aim to the end of its clause (first comma, conjunction+verb or stop)."""
    doc = aim.doc
    start = aim.i + 1
    while start < stop and (doc[start].i in exclude or doc[start].pos_ == "ADV"):
        start += 1
    end = start
    while (
        end < stop
        and not doc[end].is_punct
        and not (doc[end].lower_ in COORDINATORS and end + 1 < len(doc) and is_verb(doc[end + 1]))
    ):
        end += 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _condition_span(sentence: Span, cues: DeonticCues) -> tuple[int, int] | None:
    words = [t.lower_ for t in sentence]
    for index in range(len(words)):
        for phrase in cues.conditions:
            if _match_phrase(words[index:], phrase):
                end_index = index + len(phrase)
                while (
                    end_index < len(sentence)
                    and not sentence[end_index].is_punct
                    and not is_verb(sentence[end_index])
                    and (
                        sentence[end_index].lower_ not in {"att", "och", "samt"}
                        or end_index == index + len(phrase)
                    )
                ):
                    end_index += 1
                first, last = sentence[index], sentence[end_index - 1]
                return first.idx, last.idx + len(last.text)
    return None


def _actor_of(
    group: _Group,
    subordinator: Token | None,
    mentions: Sequence[ActorMention],
    previous: ActorMention | None,
) -> tuple[ActorMention | None, bool]:
    """(actor, passive) of a verb group."""
    passive = any(is_passive(verb) for verb in (*group.verbs, group.finite))
    if passive:
        agent = _agent(group, mentions) or _fronted_agent(group, mentions)
        if agent is not None:
            return agent, True
    if subordinator is not None and subordinator.lower_ == "som":
        return _mention_at(subordinator.i - 1, mentions) or _mention_at(
            subordinator.i - 2, mentions
        ), passive
    doc = group.finite.doc
    before = doc[group.finite.i - 1] if group.finite.i > group.finite.sent.start else None
    if previous is not None and before is not None and before.lower_ in COORDINATORS | {","}:
        return previous, passive  # "leder och samordnar": the subject is shared
    subject = _v2_subject(group, mentions) or _mention_for(_parsed_subject(group), mentions)
    return subject, passive


def _fronted_agent(group: _Group, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``Av kommundirektören utses en ställföreträdare``."""
    start = group.finite.sent.start
    if group.finite.doc[start].lower_ == "av":
        return _mention_at(start + 1, mentions)
    return None


def find_statements(
    sentence: Span, mentions: Sequence[ActorMention], cues: DeonticCues
) -> Iterator[Statement]:
    """One statement per governed action of a main clause (or a relative clause with its own
    deontic cue), in sentence order."""
    condition = _condition_span(sentence, cues)
    used: set[int] = set()
    previous_actor: ActorMention | None = None
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    for token in sentence:
        if token.i in used or token.i in in_actor or not is_finite(token):
            continue
        if _mistagged_after_modal(token):
            continue
        subordinator = _is_subordinate(token, sentence)
        group = verb_group(token, cues)
        used.update(verb.i for verb in group.verbs)
        if not group.verbs:
            continue
        subject_tokens = _inverted_subject(group, mentions)
        deontic, cue_start, cue_end, phrase_verb = _deontic(group, subject_tokens, cues)
        relative = subordinator is not None and subordinator.lower_ == "som"
        if subordinator is not None and not (relative and deontic != "none"):
            continue
        actor, passive = _actor_of(group, subordinator, mentions, previous_actor)
        if actor is None:
            continue
        previous_actor = actor
        actors = [actor] if passive else _coordinated_actors(actor, mentions, sentence.doc)
        aims: list[Token] = list(group.verbs)
        cue_lemma = None
        if phrase_verb is not None:
            if phrase_verb is group.finite:
                # "ansvarar för X och stödjer Y": the coordinated verb is an action of its own.
                used.difference_update(verb.i for verb in group.verbs[1:])
            aims = _action_after(cue_end, sentence, subject_tokens) or [phrase_verb]
            used.update(aim.i for aim in aims)
            if (
                aims == [phrase_verb]
                and deontic == "responsibility"
                or (
                    aims == [phrase_verb]
                    and _phrase_at(phrase_verb, cues, subject_tokens)
                    and _phrase_at(phrase_verb, cues, subject_tokens)[0] == "responsibility"
                )
            ):
                cue_lemma = "svara" if phrase_verb.lower_.startswith("svar") else "ansvara"
        cue_span, cue_text = None, None
        if deontic != "none":
            last = sentence.doc[cue_end - 1]
            cue_span = (cue_start.idx, last.idx + len(last.text))
            cue_text = sentence.doc.text[cue_span[0] : cue_span[1]]
        for actor, aim in ((actor, aim) for actor in actors for aim in aims):
            yield Statement(
                actor=actor,
                deontic=deontic,
                modal=cue_span,
                modal_text=cue_text,
                aim=cue_lemma or _aim_lemma(aim),
                aim_start=aim.idx,
                aim_end=aim.idx + len(aim.text),
                aim_text=aim.text,
                negated=group.negated,
                passive=passive,
                object_span=object_span(aim, sentence.end, set(subject_tokens)),
                condition_span=condition,
            )


def _inverted_subject(group: _Group, mentions: Sequence[ActorMention]) -> set[int]:
    """Tokens of an actor standing right after the finite verb (V2 inversion)."""
    after = group.finite.i + 1
    mention = _mention_at(after, mentions)
    return set(range(mention.first_token, mention.last_token + 1)) if mention else set()


def _aim_lemma(aim: Token) -> str:
    if aim.lower_ in COPULA_FORMS:
        return "vara"
    if is_verb(aim) and not (aim.lower_.endswith("a") and tense_of(aim) != "inf"):
        return verb_lemma(aim)
    return aim.lower_ if aim.lower_.endswith("a") or is_verb(aim) else "vara"
