"""Short names of the document's company: a text that names ``Norrviken Energi AB`` once
may go on with ``Norrviken ska förvalta …`` or ``Norrvikens verksamhet``. The short name
is an actor with the company's canonical (docs/annotation.md §2.3), like ``RD`` for
``regiondirektör``.

Only a subject, a genitive possessor or a passive's ``av``-agent counts: a place name that
is also the company's first word (``i Norrviken``) names the place, and a word inside a
compound (``Norrvikenmodellen``) is another word. A subject is known by its label or by its
place (V2): opening its clause right before a finite modal or ``ansvarar``, where the
parser often reads an unknown name as an adverb.

A two-word name (``Norrviken AB``) is most often the place's own name, so its short form
needs more: the document uses the word neither as a place (``i Norrviken``, from the
``place_prepositions`` of configs/actors.yaml) nor written in lower case (a common noun
capitalised at a sentence start), and no other name opens with it or its genitive
(``Norrvikens kommun``: ``Norrvikens`` is then the municipality).

A name's alias in parentheses (``Ideella föreningen Sol&Vind Riks (Riks)``) is the name
where it stands and later where it acts (`parenthetical_aliases`, round 16 cause C3), and
``mötet`` the document's one members' meeting (pipeline/nlp/meetings.py).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import BODY_ROLES, ActorLexicon
from pipeline.language.spelling import present_spelling
from pipeline.nlp.actors import LEADING_ACRONYM, SHORT_ABBREVIATION, ActorMention
from pipeline.nlp.meetings import meeting_mentions
from pipeline.nlp.memo import (
    doc_arrays,
    doc_text,
    lower_words,
    morph_values,
    sentence_end,
    sentence_start,
)
from pipeline.nlp.places import seat_place_at
from pipeline.nlp.predicative import (
    QUOTES,
    defined_alias,
    definition_verb,
    in_naming_name,
    naming_clause,
    naming_verb_clause,
)
from pipeline.nlp.references import reference_kind
from pipeline.nlp.required_text import required_literals
from pipeline.nlp.verbs import is_finite

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nmod:poss"})
LEGAL_FORMS = ("ab", "aktiebolag")
# What may stand right before a clause's subject: a sentence or clause boundary.
_CLAUSE_BOUNDARY_PUNCT = frozenset({".", "!", "?", ":", ";", ",", "(", "–"})
_NOMINALS = frozenset({"NOUN", "PROPN"})


def short_names(
    names: Iterable[str],
    organisation: str | None,
    lexicon: ActorLexicon,
    ambiguous: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Short form (as the name writes it) → the company's canonical, for each company
    name of a place or name word, a business word and the legal form (``Norrviken Energi
    AB`` → ``Norrviken``). A first word that also opens another name of the document
    (``Norrviken kommun``, ``Norrvikens kommun``; unless the company is the document's
    organisation) or is an actor word is not distinctive; the first word of a two-word name
    also must not be one of the document's ``ambiguous`` words (places, common nouns), and
    the company must be the document's own (declared, else its most named name): elsewhere
    the bare place name is the place or its municipality."""
    mentioned = Counter(_nominative(n) for n in names)
    own = organisation or min(mentioned, key=lambda n: (-mentioned[n], n), default="")
    own_words = _without_lead_words(_nominative(own).split(), lexicon)
    written = sorted({*mentioned, *([organisation] if organisation else [])})
    result: dict[str, str] = {}
    for name in written:
        words = _without_lead_words(name.split(), lexicon)
        if len(words) < 2 or words[-1].lower() not in LEGAL_FORMS:
            continue
        short = words[0]
        others = [
            other
            for other in written
            if other.split()[0] in {short, f"{short}s"} and other.lower() not in name.lower()
        ]  # "Norrviken Energi" is the same company written without its legal form
        if (
            len(short) < 3
            or not short[0].isupper()
            or (others and (name != organisation or len(words) == 2))
            or lexicon.analyse(short.lower()) is not None
            or (len(words) == 2 and (words != own_words or short.lower() in ambiguous))
        ):
            continue
        result[short] = " ".join(words).lower()
    return result


def _without_lead_words(words: list[str], lexicon: ActorLexicon) -> list[str]:
    """``Bolaget Norrviken Energi AB`` (a sentence start glued to the name) → the name."""
    while len(words) > 1 and lexicon.analyse(words[0].lower()) is not None:
        words = words[1:]
    return words


def _nominative(name: str) -> str:
    """``Norrviken Energi AB:s`` → ``Norrviken Energi AB``."""
    return name.removesuffix(":s")


def short_name_mentions(
    doc: Doc, names: dict[str, str], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Mentions of the short names in a Doc that no other mention covers."""
    covered = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    found = []
    for i, word in enumerate(doc_arrays(doc).text if names else ()):  # a Token per name only
        canonical, genitive = short_name_of(word, names)
        if canonical is None or i in covered:
            continue
        token = doc[i]
        if not _subject_like(token, genitive):
            continue
        if seat_place_at(doc, token.i, lexicon):
            continue  # "säte i Sjöviks kommun": the place, not the company (round 41, agt-A1)
        if len(canonical.split()) == 2 and not _governing(token, genitive, lexicon):
            continue
        found.append(_organisation_mention(token, canonical, genitive))
    return found


def _organisation_mention(token: Token, canonical: str, genitive: bool) -> ActorMention:
    """A one-word short form of a named organisation (a short name or an alias)."""
    return ActorMention(
        token.idx,
        token.idx + len(token.text),
        token.text,
        canonical,
        "organisation",
        "organisation",
        token.i,
        token.i,
        genitive=genitive,
        short=True,
        source="name",
        role="organisation",
    )


def parenthetical_aliases(
    docs: Sequence[Doc], lexicon: ActorLexicon | None = None
) -> dict[str, str]:
    """``Ideella föreningen Sol&Vind Riks (Riks)``, ``Norrby Energi AB (NE)``: one
    capitalised word in parentheses right after a name, a word of the name or its initials
    (of every word in capitals: ``Ekby universitet (EU)``, round 20 cause C3; with the
    initial of an association kind the last word ends in, from any word on: `_kind_acronyms`),
    is the name's alias (round 16, cause C3; docs/annotation.md §2.2) → the name's
    canonical. An alias that two names give is none."""
    kinds = _association_kinds(lexicon) if lexicon is not None else ()
    found: dict[str, str] = {}
    for doc in docs:
        for mention in doc._.actors or []:
            after = mention.last_token + 1
            if mention.source != "name" or after + 2 >= len(doc) or _party(mention, lexicon):
                continue
            quoted = doc[after + 1].text in QUOTES  # '(”NH”)' (round 42, bc-N2d)
            alias = doc[after + 1 + quoted]
            closing = after + 2 + 2 * quoted
            if closing >= len(doc) or (quoted and doc[closing - 1].text not in QUOTES):
                continue
            if doc[after].text != "(" or doc[closing].text != ")" or not alias.is_alpha:
                continue
            words = re.split(r"[\s&]+", mention.text)
            initials = "".join(word[:1] for word in words if word[:1].isupper())
            acronyms = {initials, _acronym(words), _content_acronym(words)}
            if alias.text.isupper() and kinds:
                acronyms |= _kind_acronyms(words, kinds)
            if alias.text[:1].isupper() and alias.text in {*words, *acronyms}:
                previous = found.setdefault(alias.text, mention.canonical)
                if previous != mention.canonical:
                    found[alias.text] = ""
    return {alias: canonical for alias, canonical in found.items() if canonical}


def _party(mention: ActorMention, lexicon: ActorLexicon | None) -> bool:
    """A political party by its name (`parties`): its letter in parentheses (``Moderaterna
    (M)``) labels persons, no alias of the party (§2 round 33; ce-K1)."""
    parties = lexicon.parties if lexicon is not None else None
    return parties is not None and parties.pattern.fullmatch(mention.text) is not None


def _association_kinds(lexicon: ActorLexicon) -> tuple[str, ...]:
    """The association kinds a name's last word may end in (``-förbund``, ``-klubb``),
    longest first."""
    kinds = lexicon.association_name_heads | lexicon.clause_named_kinds
    return tuple(sorted(kinds, key=len, reverse=True))


_KIND_ENDINGS = ("", "en", "et", "n", "s", "ens", "ets")


def _kind_acronyms(words: list[str], kinds: tuple[str, ...]) -> set[str]:
    """``Sveriges Riksfriluftsförbund (RF)``, ``Norrby Bridgeförbund (NBF)``: the initials
    of the name's capitalised words from any word on, the last word's kind (`kinds`: a
    compound's last part, ``förbund``) adding its own initial (round 48, analysis 48-bq R1:
    a bracket alias the name defines beats the law list's reading of the same letters)."""
    capitals = [word for word in words if word[:1].isupper()]
    if not capitals:
        return set()
    last = capitals[-1].lower()
    kind = next(
        (k for k in kinds for e in _KIND_ENDINGS if last.endswith(k + e) and last != k + e),
        None,
    )
    if kind is None:
        return set()
    letters = [word[:1].upper() for word in capitals] + [kind[:1].upper()]
    return {"".join(letters[start:]) for start in range(len(capitals))}


def naming_aliases(docs: Sequence[Doc], lexicon: ActorLexicon) -> dict[str, str]:
    """``Bolagets firma är Västby Kraft AB (VKAB).``: an all-capitals acronym in parentheses
    right after the name a naming clause gives, spelled by the name's initials (also those
    before the legal form + ``AB``), is the name's alias like `parenthetical_aliases`
    (round 44, analysis 44-bh N2: the negative of an acronym after the legal form) → the
    name lower-cased; no actor itself there, the naming's (§2.1)."""
    found: dict[str, str] = {}
    for doc in docs:
        if "(" not in doc_text(doc):
            continue
        for sentence in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            tokens = list(sentence)
            clause = naming_clause(tokens, lexicon) if "(" in sentence.text else None
            if clause is None or clause[2] + 2 >= len(tokens) or tokens[clause[2]].text != "(":
                continue
            at = _after_alias_introducer(tokens, clause[2] + 1)
            if at + 1 >= len(tokens) or tokens[at + 1].text != ")":
                continue
            alias = tokens[at]
            if not (alias.is_upper and alias.is_alpha and len(alias) > 1):
                continue
            name = sentence[clause[1] : clause[2]].text
            # "(förkortat NBF)" defines its letters; a bare bracket must spell the name
            if at > clause[2] + 1 or alias.text in _name_acronyms(name.split()):
                found.setdefault(alias.text, name.lower())
    return found


def definition_aliases(docs: Sequence[Doc]) -> dict[str, str]:
    """``Med ”NVAB” avses Norrvik Vatten AB.``, ``Med Ekbohus menas i detta direktiv Ekbohus
    Fastigheter AB``: a sentence opening with ``Med`` (`definition_prepositions`) whose first
    verb is a definition's passive (grammar.yaml `definition_verbs`) and whose defined term
    is one capitalised word, quoted or not, makes that word an alias of the name the verb
    defines it as, the first actor after the verb when it is a name (round 56, analysis
    56b-cl A1; §2.1: a definition gives a short form) → the name's canonical, in every later
    position as a naming's acronym. A word two definitions give is none, and so is one a
    negation denies (``avses inte``)."""
    found: dict[str, str] = {}
    for doc in docs:
        if GRAMMAR.definition_prepositions.isdisjoint(doc_arrays(doc).lower):
            continue
        for sentence in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            alias = _defined_word(sentence)
            if alias is None:
                continue
            verb = definition_verb(sentence, 0)
            after = [m for m in doc._.actors or [] if verb.i < m.first_token < sentence.end]
            first = min(after, key=lambda m: m.first_token, default=None)
            if first is None or first.source != "name" or first.genitive:
                continue
            if any(t.lower_ in GRAMMAR.negations for t in doc[verb.i + 1 : first.first_token]):
                continue  # "Med X avses inte Y AB utan …" defines nothing (review56b S9)
            previous = found.setdefault(alias, first.canonical)
            if previous != first.canonical:
                found[alias] = ""
    return {alias: canonical for alias, canonical in found.items() if canonical}


def _defined_word(sentence: Span) -> str | None:
    """The one capitalised word a ``Med … avses`` sentence defines, its quotes aside."""
    if len(sentence) < 4 or sentence[0].lower_ not in GRAMMAR.definition_prepositions:
        return None
    verb = definition_verb(sentence, 0)
    if verb is None:
        return None
    words = [t for t in sentence[1 : verb.i - sentence.start] if t.text not in QUOTES]
    if len(words) != 1:
        return None
    word = words[0]
    return word.text if word.is_alpha and word.text[:1].isupper() else None


def _after_alias_introducer(tokens: Sequence[Token], at: int) -> int:
    """The index after a naming participle and its adverbs at `at` (``förkortat``, ``nedan
    kallat``, ``nedan även kallad``: grammar `definition_adverbs`, `definition_inner_adverbs`,
    `naming_participles`; round 48, analysis 48-bq N2), or `at` where none stands there."""
    words = GRAMMAR.definition_adverbs | GRAMMAR.definition_inner_adverbs
    start = at
    while at < len(tokens) and tokens[at].lower_ in words:
        at += 1
    if at < len(tokens) and tokens[at].lower_ in GRAMMAR.naming_participles:
        return at + 1
    # "(nedan NBF)": a definition adverb alone defines as well (docs/annotation.md §2.1)
    defined = any(tokens[i].lower_ in GRAMMAR.definition_adverbs for i in range(start, at))
    return at if defined else start


def _name_acronyms(words: list[str]) -> set[str]:
    """The acronyms a name's words spell: their capitals' initials, every word's, the
    content words', and before a last legal form in capitals (grammar `legal_forms`: ``AB``)
    the others' initials + the form (``SHAB``)."""
    initials = "".join(word[:1] for word in words if word[:1].isupper())
    acronyms = {initials, _acronym(words), _content_acronym(words)}
    last = words[-1] if words else ""
    if len(words) > 1 and last.isupper() and (last.lower(),) in GRAMMAR.legal_forms:
        acronyms.add("".join(word[:1] for word in words[:-1]).upper() + last)
    return acronyms


def _content_acronym(words: list[str]) -> str:
    """``Inspektionen för vård och omsorg (IVO)``: the initials of the words that are no
    short function word (``för``, ``och``, ``i``, ``av``; round 22, cause C2)."""
    return "".join(word[:1] for word in words if len(word) > 3).upper()


def _acronym(words: list[str]) -> str:
    """``Ekby universitet (EU)``: the initials of every word, lower-case ones too, in capitals
    (round 20, cause C3)."""
    return "".join(word[:1] for word in words).upper()


def acronym_aliases(docs: Sequence[Doc]) -> dict[str, str]:
    """``Kommunala seniorrådet (KSR)``, ``Ungdomsrådet, UR,``: an all-capitals acronym that
    the actors mark as a mention of the actor right before it (in parentheses, between
    commas or after a dash: `actors._with_acronyms`) → that actor's canonical, for its later
    mentions in every position (round 30, analysis-30 cause C2; docs/annotation.md §2.2). An
    acronym two actors define is none."""
    found: dict[str, str] = {}
    for doc in docs:
        mentions = doc._.actors or []
        for leading in _leading_acronyms(doc, mentions):  # "KRu, Kultur- … –" (round 50, R2)
            if found.setdefault(leading.text, leading.canonical) != leading.canonical:
                found[leading.text] = ""
        for before, mention in zip(mentions, mentions[1:], strict=False):
            text = mention.text
            short = bool(SHORT_ABBREVIATION.fullmatch(text))  # "(Mi)", "(K)" (round 33, C1)
            if not (text.isalpha() and ((text.isupper() and len(text) >= 2) or short)):
                continue
            opening = doc[mention.first_token - 1].text if mention.first_token > 0 else ""
            if opening not in {"(", ",", "–", "—", "-"} or before.canonical != mention.canonical:
                continue
            if mention.first_token - before.last_token > 5:
                continue
            previous = found.setdefault(text, mention.canonical)
            if previous != mention.canonical:
                found[text] = ""
    return {alias: canonical for alias, canonical in found.items() if canonical}


def glossed_bodies(docs: Sequence[Doc]) -> dict[str, str]:
    """``Förbundsdirektionen (styrelsen)``, ``en direktion (styrelse)``: a one-word lower-case
    body noun in parentheses right after a body of its category glosses that body: the
    noun's canonical → the body's, for its later bare mentions (round 53, cc-G1). A noun two
    bodies gloss is none; an acronym in parentheses is `acronym_aliases`'."""
    found: dict[str, str] = {}
    for doc in docs:
        mentions = doc._.actors or []
        for body, gloss in zip(mentions, mentions[1:], strict=False):
            opening, closing = gloss.first_token - 1, gloss.last_token + 1
            if (
                opening != body.last_token + 1
                or closing >= len(doc)
                or doc[opening].text != "("
                or doc[closing].text != ")"
                or gloss.first_token != gloss.last_token
                or gloss.source != "lexicon"
                or not gloss.text.islower()
                or gloss.category != body.category
                or _one_head(gloss.canonical, body.canonical)
                or gloss.head != gloss.canonical  # a compound names a body of its own
            ):
                continue
            if found.setdefault(gloss.canonical, body.canonical) != body.canonical:
                found[gloss.canonical] = ""
    return {gloss: body for gloss, body in found.items() if body}


def _one_head(gloss: str, body: str) -> bool:
    """Whether one noun is the other's head (``förbundsdirektion (direktionen)``: a short
    name; ``en nämnd (krisledningsnämnd)``: a name given): no gloss of another body."""
    return gloss.endswith(body) or body.endswith(gloss)


def _owned(doc: Doc, index: int) -> bool:
    """Whether a genitive stands right before the word (``Bolagets styrelse``: another
    organisation's body)."""
    return index > 0 and "Gen" in doc[index - 1].morph.get("Case")


def _with_glossed_bodies(docs: Sequence[Doc], glossed: dict[str, str]) -> list[Doc]:
    """Give the one-word mentions of a glossed noun (`glossed_bodies`) the body's canonical;
    the Docs changed."""
    return _renamed(
        docs if glossed else (),
        lambda doc, m: replace(m, canonical=glossed[m.canonical])
        if m.canonical in glossed and m.first_token == m.last_token
        and not _owned(doc, m.first_token)
        else m,
    )


def _renamed(
    docs: Iterable[Doc], rename: Callable[[Doc, ActorMention], ActorMention]
) -> list[Doc]:
    """Each Doc's mentions through `rename`; the Docs whose mentions changed."""
    changed = []
    for doc in docs:
        mentions = doc._.actors or []
        renamed = [rename(doc, m) for m in mentions]
        if renamed != mentions:
            doc._.actors = renamed
            changed.append(doc)
    return changed


def _leading_acronyms(doc: Doc, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The acronym that opens a definition-list line before a comma and its body's mention
    of the same canonical (`actors._leading_acronym_before`: ``KRu, Kultur- och
    fritidsutskottet – …``; round 50, bu R2)."""
    if len(mentions) < 2 or mentions[0].first_token != 0 or mentions[1].first_token != 2:
        return []
    acronym, body = mentions[0], mentions[1]
    if doc[1].text != "," or acronym.canonical != body.canonical:
        return []
    return [acronym] if LEADING_ACRONYM.fullmatch(acronym.text) else []


def _without_redefined_acronyms(doc: Doc, aliases: dict[str, str]) -> list[ActorMention] | None:
    """The Doc's mentions without the lexicon's reading of a word the document defines as an
    alias (`aliases`: every parenthetical alias by its canonical) after a body or a name
    (``Juridiska enheten (Jo)``: a later ``Jo`` is that unit, not ``justitieombudsman``;
    round 33, analyst 31 cause C1; a quoted alias after a name, round 42), for
    `alias_mentions` to give it the body's or name's canonical; None where nothing
    changes."""
    mentions = doc._.actors or []
    kept = [
        m
        for m in mentions
        if not (
            m.source == "lexicon"
            and m.first_token == m.last_token
            and aliases.get(m.text.split(":", 1)[0], m.canonical) != m.canonical
        )
    ]
    return kept if len(kept) != len(mentions) else None


def alias_mentions(
    doc: Doc, aliases: dict[str, str], *, everywhere: Container[str] = frozenset()
) -> list[ActorMention]:
    """Mentions of the `parenthetical_aliases` in a Doc that no other mention covers: the
    alias in its parentheses and, later, where it acts (a subject, a possessor, a passive's
    agent: ``Riks ska utveckla kurser``, ``Riks styrelse``); an acronym of `everywhere`
    (`acronym_aliases`) in every position (``samråda med KSR``, ``genom KSR``)."""
    if not aliases:
        return []
    covered = {
        i
        for m in doc._.actors or []
        if not _acronym_owner(m)
        for i in range(m.first_token, m.last_token + 1)
    }
    found = []
    for token in doc:
        canonical, genitive = _short_name(token, aliases)
        if canonical is None or token.i in covered:
            continue
        defined = _in_parentheses(token)
        owner = token.dep_ == "nmod:poss" or (
            token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN" and token.text.endswith("s")
        )
        acronym = token.text.removesuffix("s").removesuffix(":") if genitive else token.text
        if acronym in everywhere and _case_code(token):
            continue
        anywhere = acronym in everywhere
        if not (defined or owner or anywhere or _subject_like(token, genitive)):
            continue
        found.append(_organisation_mention(token, canonical, genitive or (owner and not defined)))
    return found


def _acronym_owner(mention: ActorMention) -> bool:
    """``NVK:s`` read by its letters alone (pipeline/nlp/actors.py, round 42): an acronym
    the document defines (``Dansskolan (DS)`` … ``DS:s``) names its body instead."""
    return mention.source == "grammar" and mention.genitive and mention.text.endswith(":s")


def _in_parentheses(token: Token) -> bool:
    """``(Riks)``, ``(”NH”)``: the word alone in parentheses, quoted or not."""
    doc = token.doc
    before, after = token.i - 1, token.i + 1
    quoted = before > 0 and after < len(doc) - 1 and doc[before].text in QUOTES
    if quoted and doc[after].text in QUOTES:
        before, after = before - 1, after + 1
    return before >= 0 and after < len(doc) and doc[before].text == "(" and doc[after].text == ")"


def _case_code(token: Token) -> bool:
    """``diarienummer KS 2021/45``: an acronym before a number, not after a preposition, is a
    register or case code, no mention (``Antagen av KS 2021-03-01`` names the body; §2.5)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return (
        after is not None and after.text[:1].isdigit() and (before is None or before.pos_ != "ADP")
    )


def _short_name(
    token: Token, names: dict[str, str], *, lower: bool = False
) -> tuple[str | None, bool]:
    """The canonical of the short name `token` is (`names` in lower case: compared in lower
    case), and whether it is its genitive."""
    return short_name_of(token.lower_ if lower else token.text, names)


def short_name_of(text: str, names: dict[str, str]) -> tuple[str | None, bool]:
    """`_short_name` by the word alone (its form or its lower-case form, as `names` is)."""
    if text in names:
        return names[text], False
    if text.endswith("s") and text[:-1] in names:
        return names[text[:-1]], True
    if text.endswith(":s") and text[:-2] in names:
        return names[text[:-2]], True  # "KKH:s rektor" (round 41, A3)
    return None, False


def _subject_like(token: Token, genitive: bool) -> bool:
    if genitive:
        return True
    if token.dep_ in SUBJECT_DEPS or _agent(token) or _subject_by_position(token):
        return True
    # a conjunct of a subject ("Norrviken och dotterbolagen ska …")
    if token.dep_ == "conj" and (token.head.dep_ in SUBJECT_DEPS or _agent(token.head)):
        return True
    return _misparsed_first_conjunct(token) is not None


def _subject_by_position(token: Token, after: int | None = None) -> bool:
    """Swedish V2 (and subject-first subordinate clauses): a name that opens its clause right
    before a finite modal or ``ansvarar`` is its subject whatever the parser calls it
    (``Norrviken ska förvalta …`` with the unknown name read as ``advmod``); a name of
    several words from `token` to `after` (``Ekbo Hamn ska …``) likewise."""
    doc = token.doc
    after = token.i + 1 if after is None else after
    if after >= len(doc) or not _governing_finite(doc[after]):
        return False
    if token.i == token.sent.start:
        return True
    before = doc[token.i - 1]
    return (
        before.text in _CLAUSE_BOUNDARY_PUNCT
        or before.lower_ in GRAMMAR.coordinators | GRAMMAR.subordinators
    )


def _governing_finite(verb: Token) -> bool:
    """A finite modal (``ska``, ``får`` …) or the responsibility verb (``ansvarar``)."""
    return verb.lower_ in GRAMMAR.modals or (verb.lemma_ == "ansvara" and is_finite(verb))


def _misparsed_first_conjunct(token: Token) -> Token | None:
    """``Norrviken och dotterbolagen ska följa …`` parsed with the unknown name as the root
    and the verb as its conjunct: the verb the name is the first subject of."""
    doc = token.doc
    if token.dep_ != "ROOT" or token.i + 2 >= len(doc):
        return None
    if doc[token.i + 1].lower_ not in GRAMMAR.coordinators:
        return None
    for verb in token.children:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if verb.dep_ == "conj" and subjects and token.i < subjects[0].i < verb.i:
            return verb
    return None


def _governing(token: Token, genitive: bool, lexicon: ActorLexicon) -> bool:
    """The short form of a two-word name (``Norrviken`` of ``Norrviken AB``) acts as the
    company: subject of a modal (``Norrviken ska …``) or of ``ansvarar``, a passive's
    agent, or the owner of an actor that is no body of a municipality or region
    (``Norrvikens styrelse``, not ``Norrvikens kommunfullmäktige``)."""
    if genitive:
        return _owns_company_actor(token, lexicon)
    if _agent(token) or _subject_by_position(token):
        return True
    verb = _misparsed_first_conjunct(token) or (
        token.head.head if token.dep_ == "conj" else token.head
    )
    auxiliaries = [child for child in verb.children if child.dep_ == "aux"]
    return verb.lemma_ == "ansvara" or any(
        word.lower_ in GRAMMAR.modals for word in (verb, *auxiliaries)
    )


def _owns_company_actor(token: Token, lexicon: ActorLexicon) -> bool:
    if token.i + 1 >= len(token.doc):
        return False
    found = lexicon.analyse(token.doc[token.i + 1].lower_)
    if found is None:
        return False
    public = [word for word, forms in lexicon.organisation_references.items() if "ab" not in forms]
    return not any(found[0].startswith(word) for word in public)


def _agent(token: Token) -> bool:
    """``… förvaltas av Norrviken``: an ``av``-phrase of a verb (not of a noun: ``driften
    av Norrviken``)."""
    if token.dep_ == "obl:agent":
        return True
    return (
        token.dep_ in {"obl", "nmod"}
        and token.head.pos_ in {"VERB", "AUX"}
        and any(child.dep_ == "case" and child.lower_ == "av" for child in token.children)
    )


def ambiguous_words(docs: Sequence[Doc], lexicon: ActorLexicon) -> frozenset[str]:
    """Words (lower case) the document uses as a place (``i Norrviken``) or as a common word
    (``norrviken``): the first word of a two-word company name among them is no short name."""
    found: set[str] = set()
    for doc in docs:
        named = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
        arrays = doc_arrays(doc)  # the words read once: a Token only for `_owns_area`
        lower = arrays.lower
        for i, text in enumerate(arrays.text):
            if i in named:
                continue  # "i Norrviken AB": the name, not a place
            if text.islower():  # `Token.is_lower`
                found.add(text)
            elif i > 0 and lower[i - 1] in lexicon.place_prepositions:
                found.add(lower[i])
            elif text.istitle() and lower[i].endswith("s") and _owns_area(doc[i], lexicon):
                found.add(lower[i].removesuffix("s"))
    return frozenset(found)


def _owns_area(token: Token, lexicon: ActorLexicon) -> bool:
    """``Åsbys, Lunds och Norrtorps geografiska område``, ``Ekbys län``: a capitalised
    genitive in a list of genitives before an area noun (`place_area_nouns`) is a place
    (round 18, cause C3)."""
    doc = token.doc
    if not (token.is_title and token.lower_.endswith("s")):
        return False
    position = token.i + 1
    while position + 1 < len(doc) and (
        doc[position].text == "," or doc[position].lower_ in GRAMMAR.coordinators
    ):
        if not (doc[position + 1].is_title and doc[position + 1].lower_.endswith("s")):
            return False
        position += 2
    while position < len(doc) and doc[position].pos_ == "ADJ":
        position += 1  # "geografiska"
    return position < len(doc) and doc[position].lower_ in lexicon.place_area_nouns


def municipality_name(
    names: Iterable[str], organisation: str | None, lexicon: ActorLexicon
) -> dict[str, str]:
    """``Ekbacka`` → ``ekbacka``: the bare name of the document's municipality (``Ekbacka
    kommun``, ``Ekbacka stad``: its organisation, else the one it names), which the text may
    use for the municipality (``Ekbacka ska växa``); its canonical is the bare name, as
    written (docs/annotation.md §2.3). None when the document names two or more
    municipalities (a förbund's members ``Ekbacka och Norrvik``), whatever its declared
    organisation. `names`: the canonicals of the document's names."""
    kinds = lexicon.organisation_references.get("kommun", ())
    own = (organisation or "").lower().split()
    municipalities = {n for n in names if len(n.split()) == 2 and n.split()[1] in kinds}
    if len({n.split()[0] for n in municipalities}) > 1:
        return {}  # a förbund's or several owners' document: a bare name is no one's
    if not (len(own) == 2 and own[1] in kinds):
        if len(municipalities) != 1:
            return {}
        own = next(iter(municipalities)).split()
    if lexicon.analyse(own[0]) is not None or own[0] in GRAMMAR.non_name_openers:
        return {}  # "En kommun kan …": a determiner is never a name word (round 19, C2)
    return {own[0]: own[0]}


def bare_municipality_name(
    docs: Sequence[Doc], names: Iterable[str], organisation: str | None, lexicon: ActorLexicon
) -> dict[str, str]:
    """``Lövby har fyra nämnder:`` → ``{"lövby": "lövby"}``: in a document whose organisation
    is none or a kommun, the one bare capitalised name that is the subject of a membership
    verb over a municipality's body (`_membership_subject`) is the municipality's bare name
    (docs/annotation.md §2.3; round 49, analysis 49-br C1), unless the document also names
    it ``<Name> kommun`` among other municipalities (a förbund's members). Partners named
    ``Åsa och Norrby kommuner`` are other municipalities. An organisation of another kind
    that the text names first after the name's membership verb (an item of ``Lövby har …
    förbund:``) is one the municipality has, not the page's owner."""
    kinds = lexicon.organisation_references.get("kommun", ())
    own = (organisation or "").lower().split()
    subjects = [
        (i, t.i) for i, doc in enumerate(docs) for t in doc if _membership_subject(t, lexicon)
    ]
    if (
        own
        and not (len(own) == 2 and own[1] in kinds)
        and not (subjects and _named_after(docs, " ".join(own), subjects[0]))
    ):
        return {}
    named = {n.split()[0] for n in names if len(n.split()) == 2 and n.split()[1] in kinds}
    found = {docs[i][t].lower_ for i, t in subjects}
    return {word: word for word in found - named} if len(found) == 1 else {}


def _named_after(docs: Sequence[Doc], canonical: str, place: tuple[int, int]) -> bool:
    """The name `canonical` is mentioned, first after `place` (a clause's index, a token's)."""
    mentions = [
        (i, m.first_token)
        for i, doc in enumerate(docs)
        for m in doc._.actors or []
        if m.source == "name" and m.canonical == canonical
    ]
    return bool(mentions) and min(mentions) > place


def _membership_subject(token: Token, lexicon: ActorLexicon) -> bool:
    """A bare capitalised name, no lexicon word, right before or after a membership verb
    (`municipality_membership_verbs`: ``Lövby har``, ``samverkar Lövby``; a copula only with
    a membership predicative after them: ``Lövby är medlem``; not perfect ``har``:
    ``Andersson har suttit i …``), not after a place preposition (``i Lövby``) nor
    coordinated, whose first complement names a municipality's body (`_body_complement`:
    ``fyra nämnder``; not ``fyra badplatser``, ``en ledamot i samverkansorganet``). A common
    noun the tagger inflected (its lemma another word: ``Frågan``, ``Ärendet``) is no name."""
    if not (token.is_title and len(token) > 2 and token.pos_ in {"PROPN", "NOUN"}):
        return False
    if token.pos_ == "NOUN" and token.lemma_.lower() != token.lower_:
        return False  # an inflected common noun (``Frågan har betydelse för nämnden``)
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in lexicon.place_prepositions:
        return False
    if token.lower_ in GRAMMAR.non_name_openers or lexicon.analyse(token.lower_) is not None:
        return False
    if any(
        0 <= i < len(doc) and doc[i].lower_ in GRAMMAR.coordinators
        for i in (token.i - 1, token.i + 1)
    ):
        return False  # "Lövby och Åsby ingår i förbundet": members, no one municipality
    verbs = lexicon.municipality_membership_verbs
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > sentence_start(token) else None
    verb = after if after is not None and after.lemma_ in verbs else before
    if verb is None or verb.lemma_ not in verbs:
        return False
    after_pair = max(token.i, verb.i) + 1
    if _perfect_auxiliary(verb, after_pair):
        return False
    if verb.lemma_ in GRAMMAR.copulas:
        predicatives = lexicon.municipality_membership_predicatives
        if after_pair >= len(doc) or doc[after_pair].lemma_ not in predicatives:
            return False
        return _body_complement(doc, after_pair, lexicon)
    return _body_complement(doc, after_pair - 1, lexicon)


def _perfect_auxiliary(verb: Token, after_pair: int) -> bool:
    """Perfect ``har``/``hade`` before a supine or participle (``har suttit``, the parser's
    auxiliary or the word right after the name): no membership verb of its own."""
    if verb.lower_ not in GRAMMAR.perfect:
        return False
    heads = [verb.head] if verb.dep_ == "aux" else []
    doc = verb.doc
    following = [doc[after_pair]] if after_pair < len(doc) else []
    return any({"Sup", "Part"} & set(morph_values(t, "VerbForm")) for t in heads + following)


def _body_complement(doc: Doc, after: int, lexicon: ActorLexicon) -> bool:
    """The first noun or mention after `after` (the membership verb and its subject, or the
    predicative ``medlem``) in the sentence, past a partner's phrase (``samverkar Lövby med
    grannkommunerna i …``: `municipality_partner_prepositions`), is a mention of a
    municipality's body: ``har [fyra nämnder]``, ``har, förutom [kommunstyrelsen], …``,
    ``ingår i [ett kommunalförbund]``, ``medlem i [förbundet]``. ``har en [ledamot] i
    samverkansorganet``: the first is no body; ``medlem i Riksidrottsförbundet``: a compound
    of `förbund` names other members (`municipality_body_words` are whole words only). Read
    linearly: the parser hangs these complements anywhere (``förutom kommunstyrelsen`` as a
    conjunct, ``har`` as an auxiliary of ``förbund``)."""
    mentions = doc._.actors or []
    covering = {i: m for m in mentions for i in range(m.first_token, m.last_token + 1)}
    partner = False
    for token in doc[after + 1 : sentence_end(doc[after])]:
        if token.pos_ == "ADP":
            partner = token.lower_ in lexicon.municipality_partner_prepositions
        if partner or not (token.pos_ in _NOMINALS or token.i in covering):
            continue
        mention = covering.get(token.i)
        if mention is None:
            return False
        last = mention.canonical.split()[-1]
        return last in lexicon.municipality_body_words or last.endswith(
            lexicon.municipality_body_heads
        )
    return False


def municipality_name_mentions(
    doc: Doc, names: dict[str, str], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The bare name of the municipality (`municipality_name`) as a subject (``Ekbacka ska
    växa``, also by its V2 place) or as the owner of an actor that is no body of the
    municipality (``Ekbackas invånare``, not ``Ekbackas kommunfullmäktige``); not the place
    (``i Ekbacka``) nor the first word of a longer place name (``Ekbacka hamn``)."""
    covered = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    found = []
    lower = doc_arrays(doc).lower if names else ()
    for i, word in enumerate(lower):  # a Token per name only
        canonical, genitive = short_name_of(word, names)
        if canonical is None or i in covered:
            continue
        token = doc[i]
        if not token.text[0].isupper():
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        owner = genitive or (following is not None and lexicon.analyse(following.lower_))
        if owner and not _owns_company_actor(token, lexicon):
            continue  # "Ekeslätts kommunfullmäktige" (also of a name written "Ekeslätts kommun")
        if (
            not owner
            and (
                not _subject_like(token, False)
                or (following is not None and following.pos_ in {"NOUN", "PROPN", "ADJ"})
            )
            and not _membership_subject(token, lexicon)  # "Lövby samverkar [NOUN] med …"
        ):
            continue
        found.append(_name_mention(doc, token.i, token.i + 1, canonical, genitive))
    return found


# Kinds of organisation whose name needs no kind word (`Kustbrand`, `Ekbacka
# räddningstjänst` for a förbund); a kommun's, region's or company's name has its own
# (`kommun`, `Region`, `AB`) and is found by configs/actors.yaml organisation_patterns.
FREE_NAME_KINDS = frozenset({"förbund"})


def apposition_names(doc: Doc, lexicon: ActorLexicon) -> list[ActorMention]:
    """``kommunalförbundet Ekbacka räddningstjänst``: the name in apposition right after a
    definite singular short form of a förbund (or a compound of one) that no mention covers:
    capitalised words, closed by at most one lower-case noun in its indefinite form (the
    name's generic word: ``räddningstjänst``, not the verb ``leder`` nor the definite
    ``arbetet``); its genitive (``räddningstjänsts``) ends the name (docs/annotation.md
    §2.5)."""
    actors = doc._.actors or []
    covered = {i for m in actors for i in range(m.first_token, m.last_token + 1)}
    found = []
    for short in actors:
        owned = _owned_unit_kind(doc, short, covered)
        if not owned and (
            short.plural
            or short.genitive
            or reference_kind(short.canonical, lexicon) not in FREE_NAME_KINDS
            or short.text.lower() == short.canonical  # "ett kommunalförbund"
        ):
            continue
        end = short.last_token + 1
        if owned and (listed := _listed_name_after(doc, short, actors)) is not None:
            found.append(replace(short, canonical=listed.canonical))  # "… gatukontor Ekbo AB"
            continue
        while end < len(doc) and end not in covered and _name_word(doc[end], lexicon):
            end += 1
        if end == short.last_token + 1:
            continue
        if owned:
            if end < len(doc) and _finite_by_tag_or_spelling(doc[end]):
                name = _name_mention(doc, short.last_token + 1, end)
                name = replace(name, category=short.category)
                found += [replace(short, canonical=name.canonical), name]  # §2.5 round 8
            continue
        if end < len(doc) and end not in covered and _generic_word(doc[end], lexicon):
            end += 1
        found.append(_name_mention(doc, short.last_token + 1, end))
    return found


def _owned_unit_kind(doc: Doc, kind: ActorMention, covered: set[int]) -> bool:
    """``Region Ekbos kulturförvaltning Scen Nordby initierar …``: a singular unit kind noun
    (role unit, no genitive) right after its owner's genitive actor: the capitalised words
    after it, before a finite verb, are the unit's name (round 56, analysis 56-cm C3)."""
    before = kind.first_token - 1
    return (
        kind.role == "unit"
        and not kind.plural
        and not kind.genitive
        and before >= 0
        and before in covered
        and doc[before].lower_.endswith("s")
    )


def _listed_name_after(
    doc: Doc, kind: ActorMention, actors: Sequence[ActorMention]
) -> ActorMention | None:
    """The name mention (an organisation's, found before) right after an owned unit kind
    noun and before a finite verb (`_owned_unit_kind`), else None."""
    after = kind.last_token + 1
    name = next((m for m in actors if m.first_token == after), None)
    if name is None or name.role != "organisation" or name.genitive:
        return None
    verb = name.last_token + 1
    return name if verb < len(doc) and _finite_by_tag_or_spelling(doc[verb]) else None


def _finite_by_tag_or_spelling(token: Token) -> bool:
    """A finite verb by its tag, or a present the tagger read as a noun after a name
    (``Scen Nordby initierar``: NOUN; tag55 context #1)."""
    return is_finite(token) or (
        token.is_lower and token.pos_ in {"NOUN", "ADJ"} and present_spelling(token.lower_)
    )


def _name_word(token: Token, lexicon: ActorLexicon) -> bool:
    """A capitalised word, title case or camel case (``Kustbrand``, ``NordVatten``: a
    one-word name with an inner capital; round 55, analysis 55-cj), no acronym."""
    return (
        (token.is_title or (token.text[:1].isupper() and not token.is_upper))
        and token.is_alpha
        and not token.is_sent_start
        and lexicon.analyse(token.lower_) is None
    )


# Roles of an actor word that may close an organisation's name (`Ekbacka räddningstjänst`).
_NAME_ROLES = frozenset({"unit", "organisation"})


def _generic_word(token: Token, lexicon: ActorLexicon) -> bool:
    """``räddningstjänst(s)``: a lower-case noun whose lemma is the word itself or the word
    without its genitive ``s`` (so no verb, no definite or plural form), and no actor word
    but one naming what the organisation is (a unit: ``räddningstjänst``), never a person
    or a body."""
    lemma = token.lemma_.lower()
    found = lexicon.analyse(token.lower_)
    return (
        token.is_lower
        and token.is_alpha
        and token.pos_ in {"NOUN", "PROPN", "VERB"}  # a genitive may be tagged a verb
        and (lemma == token.lower_ or (token.lower_.endswith("s") and lemma == token.lower_[:-1]))
        and (found is None or found[1].role in _NAME_ROLES)
    )


def _name_mention(
    doc: Doc, first: int, end: int, canonical: str | None = None, genitive: bool | None = None
) -> ActorMention:
    """A name over tokens [first, end); by default its canonical is its text in lower case,
    without the genitive ``s`` of a last word whose lemma lacks it."""
    span = doc[first:end]
    last = doc[end - 1]
    if genitive is None:
        genitive = last.lower_.endswith("s") and last.lemma_.lower() == last.lower_[:-1]
    if canonical is None:
        canonical = span.text.lower()[:-1] if genitive else span.text.lower()
    return ActorMention(
        span.start_char,
        span.end_char,
        span.text,
        canonical,
        "organisation",
        "organisation",
        first,
        end - 1,
        genitive=genitive,
        source="name",
        role="organisation",
    )


# A capitalised word in -en/-et (a definite singular), its genitive too, after a lower-case
# word or a comma: mid-sentence (round 50, bu R3; `unlisted_names`).
_MID_SENTENCE_DEFINITE = re.compile(r"(?<=[a-zåäö,] )[A-ZÅÄÖ][a-zåäö]{3,}e[nt]s?\b(?![ -][A-ZÅÄÖ])")
# The page's first clauses, where it presents its organisation (`X är en statlig myndighet`)
_PRESENTING_DOCS = 4
# the kind whose bare definite form a presented agency's page calls it by
_AGENCY_KIND = "myndighet"


def unlisted_names(
    docs: Sequence[Doc], lexicon: ActorLexicon, organisation: str | None = None
) -> tuple[list[list[ActorMention]], str | None]:
    """Per Doc, the names no list knows (round 50, bu R3): a capitalised definite singular
    noun in mid-sentence that the lexicon does not read (``enligt Sjöräddningens
    riktlinjer``, canonical the definite form in lower case; only in an actor position,
    `_actor_position`; not a defined term's document noun, grammar `unlisted_name_vetoes`,
    a statute (`statute_endings`), a region (`region_names`), a personal name nor a place
    after a place preposition); and a one-word name the page
    presents (`_presented_name`: ``Fjällvakten är en statlig myndighet``), at a sentence
    start too. The page's own organisation (the presented name, or a name its title
    writes) is ``organisation``, any other ``extern``; a presented agency is its page's bare
    ``myndigheten`` (the second value: that agency's canonical, else None). A word of a
    longer name the documents write or of their ``organisation`` (``Solbrinken`` of
    ``Solbrinken AB``, ``Gillet`` of ``Snickare Gillet i Uppsala``) is that name's short
    form, no new name (`_declared_name_words`)."""
    presented = _presented_name(docs[:_PRESENTING_DOCS], lexicon)
    title = frozenset(re.findall(r"\w+", doc_text(docs[0]).lower())) if docs else frozenset()
    declared = _declared_name_words(docs, organisation)
    own = None
    if presented is not None:
        own = re.compile(rf"\b{re.escape(presented[0])}s?\b", re.IGNORECASE)
    found = []
    for doc in docs:
        actors = [m for m in doc._.actors or [] if not _role_reading_of(m, presented)]
        covered = {i for m in actors for i in range(m.first_token, m.last_token + 1)}
        mentions = [
            m
            for m in _unlisted_mentions(doc, presented, own, lexicon)
            if m.first_token not in covered and m.canonical not in declared
        ]
        found.append([_with_own_category(m, presented, title) for m in mentions])
    agency = presented[0] if presented is not None and presented[1] == _AGENCY_KIND else None
    return found, agency


def _role_reading_of(mention: ActorMention, presented: tuple[str, str] | None) -> bool:
    """A role noun's `övrig` reading (r5: ``vakt``) of the word the page presents as its own
    name (``Fjällvakten är en statlig myndighet``): the name's mention replaces it."""
    if presented is None or mention.source != "grammar" or mention.category != "övrig":
        return False
    return mention.text.lower() in {presented[0], f"{presented[0]}s"}


def _declared_name_words(docs: Sequence[Doc], organisation: str | None) -> frozenset[str]:
    """The words (lower case) of the documents' names of more than one word and of their own
    ``organisation``: a capitalised definite word among them is the declared name's short
    form (the short-name passes read it), no unlisted name (round 50 regression,
    `unlisted_names`)."""
    names = {m.canonical for doc in docs for m in doc._.actors or [] if m.source == "name"}
    if organisation:
        names.add(organisation.lower())
    return frozenset(word for name in names if " " in name for word in name.split())


def _unlisted_mentions(
    doc: Doc,
    presented: tuple[str, str] | None,
    own: re.Pattern[str] | None,
    lexicon: ActorLexicon,
) -> Iterable[ActorMention]:
    """`unlisted_names` of one Doc; `own` finds the presented name and its genitive."""
    text = doc_text(doc)
    vetoes = GRAMMAR.unlisted_name_endings
    starts = {m.start() for m in _MID_SENTENCE_DEFINITE.finditer(text)}
    if own is not None:
        starts |= {m.start() for m in own.finditer(text) if text[m.start()].isupper()}
    for start in sorted(starts):
        span = doc.char_span(start, start + len(text[start:].split(None, 1)[0].rstrip(".,;:")))
        if span is None or len(span) != 1:
            continue
        token = span[0]
        stem = token.lower_
        if stem.endswith(("ens", "ets")):
            stem = stem[:-1]  # "Vägverkets": the genitive of "vägverket"
        if presented is not None and stem == presented[0]:
            yield _name_mention(doc, token.i, token.i + 1, stem, stem != token.lower_)
            continue
        previous = doc[token.i - 1] if token.i > 0 else None
        if (
            previous is None
            or not (previous.is_lower or previous.text == ",")  # "Direktionen Antalet"
            or token.pos_ not in {"NOUN", "PROPN"}
            or "Def" not in morph_values(token, "Definite")
            or "Plur" in morph_values(token, "Number")
            or stem.endswith(vetoes)
            or stem in GRAMMAR.region_names
            or lexicon.analyse(token.lower_) is not None
            or lexicon.analyse(stem) is not None
            or stem in lexicon.given_names
            or _after_place_preposition(token, lexicon)
            or not _actor_position(token, stem != token.lower_, lexicon)
        ):
            continue
        yield _name_mention(doc, token.i, token.i + 1, stem, stem != token.lower_)


def _after_place_preposition(token: Token, lexicon: ActorLexicon) -> bool:
    """``med säte i Ekbacken``: a definite word after a place preposition (`place_prepositions`)
    is a place's name (``Ekdalen``, ``Sjöviken``), no organisation's."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in lexicon.place_prepositions


def _presented_name(docs: Sequence[Doc], lexicon: ActorLexicon) -> tuple[str, str] | None:
    """``Fjällvakten är en statlig myndighet under …``: a capitalised one-word subject that
    no list knows (no personal name), right before the copula of an indefinite organisation
    or agency noun (``myndighet``, ``bolag``, ``förening``) in the page's first clauses; a
    definite subject only before an agency noun (a state agency's name is often a definite
    noun: ``Hembygdsgillet är en förening`` is a kind word): the name in lower case and the
    predicative's head."""
    for doc in docs:
        for token in doc:
            if token.dep_ != "nsubj" or token.pos_ not in {"PROPN", "NOUN"}:
                continue  # "Vi är ett förbund": a pronoun names none
            if not token.is_title or not token.is_alpha:
                continue
            predicative = token.head
            if predicative.pos_ != "NOUN" or "Def" in morph_values(predicative, "Definite"):
                continue
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is None or following.dep_ != "cop" or following.head != predicative:
                continue  # "Idrottsalliansen i Västerfors är …": a longer name (§2.1)
            analysis = lexicon.analyse(predicative.lower_)
            if analysis is None or analysis[1].category not in {"organisation", "extern"}:
                continue
            definite = "Def" in morph_values(token, "Definite")
            if definite and analysis[1].head != _AGENCY_KIND:
                continue  # "Hembygdsgillet är en förening": a kind word; agencies are named so
            if lexicon.analyse(token.lower_) is None and token.lower_ not in lexicon.given_names:
                return token.lower_, analysis[1].head
    return None


def _with_own_category(
    mention: ActorMention, presented: tuple[str, str] | None, title: frozenset[str]
) -> ActorMention:
    """The page's own organisation (`unlisted_names`: the presented name or a word of the
    title, `title` its words in lower case, a genitive too) is ``organisation``, another
    name ``extern``."""
    name = mention.canonical
    own = presented is not None and name == presented[0]
    if own or name in title or f"{name}s" in title:
        return mention
    return replace(mention, category="extern", role="external")


def own_agency_mentions(doc: Doc, presented_agency: str | None) -> list[ActorMention] | None:
    """The Doc's mentions with its bare ``myndigheten`` as the page's presented agency
    (`unlisted_names`; round 50, bu R3 with round 49 R5); None where nothing changes."""
    mentions = doc._.actors or []
    if presented_agency is None:
        return None
    kept = [
        replace(
            m,
            canonical=presented_agency,
            short=True,
            category="organisation",
            role="organisation",
        )
        if m.canonical == _AGENCY_KIND and not m.plural and m.text.lower() != _AGENCY_KIND
        else m
        for m in mentions
    ]
    return kept if kept != mentions else None


def state_agents(doc: Doc, lexicon: ActorLexicon) -> list[ActorMention]:
    """``Sverige undertecknade konventionen``, ``godkänns av Norge``: a state's name (grammar
    `state_names`) that is the subject of an agentive verb (no `non_agentive_verbs` verb) or a
    passive's ``av``-agent is an external actor, canonical its name in lower case (round 50,
    bu R4); a genitive (``Sveriges medlemskap``) or a copula's subject is a place."""
    words = lower_words(doc[:])
    if GRAMMAR.state_names.isdisjoint(words):
        return []
    covered = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    found = []
    for index, word in enumerate(words):
        token = doc[index]
        if word not in GRAMMAR.state_names or index in covered or not token.is_title:
            continue
        if not _agent_position(token, lexicon):
            continue
        mention = _name_mention(doc, index, index + 1, word, False)
        found.append(replace(mention, category="extern", role="external"))
    return found


def _agent_position(token: Token, lexicon: ActorLexicon) -> bool:
    """``Sverige undertecknade …``, ``godkänns av Norge``: the subject of an active agentive
    verb (no `non_agentive_verbs` verb, no copula) or a passive's ``av``-agent (round 50, bu
    R4)."""
    verb = token.head
    agent = token.dep_ == "obl:agent" or _av_agent(token)
    active = "Pass" not in verb.morph.get("Voice")  # ``att Kulturhuset hålls öppet``
    agent = agent or (token.dep_ == "nsubj" and verb.pos_ == "VERB" and active)
    if not agent or verb.lemma_.lower() in lexicon.non_agentive_verbs:
        return False
    return not any(child.dep_ == "cop" for child in verb.children)


def _actor_position(token: Token, genitive: bool, lexicon: ActorLexicon) -> bool:
    """Where a name no list knows stands for an actor (review 50b M2): an agent
    (`_agent_position`), a genitive owner of a noun (``enligt Sjöräddningens riktlinjer``)
    or the ``med`` partner of a verb of working together (`partner_verbs`: ``samverka med
    Sjöräddningen``); a conjunct takes its first conjunct's position. Not an object, a
    preposition's noun or a passive's subject (``besöka Slottet``, ``i enlighet med
    Handboken``, ``att Kulturhuset hålls öppet``)."""
    if genitive:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return token.dep_ == "nmod:poss" or (following is not None and following.pos_ == "NOUN")
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if _agent_position(token, lexicon):
        return True
    return token.head.lemma_.lower() in lexicon.partner_verbs and any(
        child.dep_ == "case" and child.lower_ == "med" for child in token.children
    )


def _av_agent(token: Token) -> bool:
    """``godkänns av Norge``: an ``av`` phrase on a passive verb (parsed ``obl``)."""
    verb = token.head
    return (
        token.dep_ == "obl"
        and any(child.dep_ == "case" and child.lower_ == "av" for child in token.children)
        and "Pass" in morph_values(verb, "Voice")
    )


def add_short_names(
    docs: Sequence[Doc],
    organisation: str | None,
    lexicon: ActorLexicon,
    common_words: Container[str] = frozenset(),
) -> list[Doc]:
    """Add the short-name mentions to each Doc's actors; the Docs that gained one (their
    statements need finding again). ``common_words`` (lower case) are no two-word
    company's short name (``Namn`` of a template's ``Namn AB``). Names in apposition after
    a förbund's short form (`apposition_names`) are added first, and the bare name of the
    municipality (`municipality_name`) with the company's short names."""
    sources = _name_sources(docs, organisation, lexicon, common_words)
    changed = _with_glossed_bodies(docs, glossed_bodies(docs))  # round 53, cc-G1
    learned: dict[str, ActorMention] = {}  # names given in apposition, by their text
    for index, doc in enumerate(docs):
        changed.extend(_name_document(doc, index, sources, lexicon, learned))
    for doc in [
        *_learned_name_mentions(docs, learned),
        *_add_short_name_mentions(docs, organisation, lexicon, common_words, sources.named),
        *_later_name_passes(docs, organisation, lexicon),
    ]:
        if doc not in changed:
            changed.append(doc)
    return changed


@dataclass(frozen=True)
class _NameSources:
    """What the whole document names, read before any Doc's mentions change
    (`add_short_names`)."""

    companies: dict[str, str]  # `defined_companies` and `federation_names`
    meetings: dict[int, list[ActorMention]]  # "Årsmötet … Mötet väljer …"
    aliases: dict[str, str]  # acronyms, namings, definitions and parenthetical aliases
    acronyms: dict[str, str]  # "Kommunala seniorrådet (KSR)" (round 30, C2)
    named: dict[str, str]  # "Bolagets firma är Ekby Kraft AB (EKAB)", "Med ”EKAB” avses …"
    unlisted: list[list[ActorMention]]  # "enligt Sjöräddningens …", per Doc
    agency: str | None  # the page's presented agency (`unlisted_names`)
    generic_name: str | None  # "Organisationens namn är N"


def _name_sources(
    docs: Sequence[Doc],
    organisation: str | None,
    lexicon: ActorLexicon,
    common_words: Container[str],
) -> _NameSources:
    companies = defined_companies(docs, lexicon, common_words)
    mentions = [m for d in docs for m in d._.actors or []]
    companies.update(federation_names(mentions, lexicon, ambiguous_words(docs, lexicon)))
    meetings = meeting_mentions(docs, lexicon)
    parenthetical = parenthetical_aliases(docs, lexicon)  # "Sol&Vind Riks (Riks)"
    acronyms = acronym_aliases(docs)
    named = naming_aliases(docs, lexicon)
    named = {**definition_aliases(docs), **named}  # "Med ”EKAB” avses Ekby Kraft AB" (r56)
    unlisted, agency = unlisted_names(docs, lexicon, organisation)
    return _NameSources(
        companies,
        meetings,
        {**acronyms, **named, **parenthetical},
        acronyms,
        named,
        unlisted,
        agency,
        generic_owner_name(docs, lexicon),
    )


def _name_document(
    doc: Doc,
    index: int,
    sources: _NameSources,
    lexicon: ActorLexicon,
    learned: dict[str, ActorMention],
) -> list[Doc]:
    """One Doc's steps of `add_short_names` (its names given in apposition go to
    `learned`): the Doc once for each step that changed its mentions."""
    changed: list[Doc] = []
    _replace_mentions(doc, own_agency_mentions(doc, sources.agency), changed)  # round 50
    # "Juridiska enheten (Jo) … Jo yttrar sig" (round 33)
    _replace_mentions(doc, _without_redefined_acronyms(doc, sources.aliases), changed)
    appositions = apposition_names(doc, lexicon)
    learned.update({m.text: m for m in appositions if _learned_name(m)})
    added = _outside_naming_names(
        doc, _added_mentions(doc, index, sources, lexicon, appositions), lexicon, sources.named
    )
    _replace_mentions(doc, _without_alias_namings(doc, sources.companies), changed)
    if added:
        _replace_mentions(doc, _with_added(doc._.actors or [], added), changed)
    _replace_mentions(doc, _named_kind_heads(doc, appositions, lexicon), changed)
    return changed


def _added_mentions(
    doc: Doc,
    index: int,
    sources: _NameSources,
    lexicon: ActorLexicon,
    appositions: Sequence[ActorMention],
) -> list[ActorMention]:
    """The name mentions `add_short_names` adds to one Doc, before `_outside_naming_names`."""
    return [
        *appositions,
        *defined_company_mentions(doc, sources.companies, lexicon),
        *generic_owner_mentions(doc, sources.generic_name, lexicon),
        *sources.meetings.get(index, []),
        *sources.unlisted[index],
        *state_agents(doc, lexicon),  # "… godkänns av Norge" (round 50, bu R4)
        # a naming clause's acronym is its name wherever it stands (round 47, bq review)
        *alias_mentions(
            doc, sources.aliases, everywhere=sources.acronyms.keys() | sources.named.keys()
        ),
    ]


def _replace_mentions(
    doc: Doc, mentions: list[ActorMention] | None, changed: list[Doc]
) -> None:
    """The Doc's actors are `mentions` where a step gave them (None: unchanged)."""
    if mentions is not None:
        doc._.actors = mentions
        changed.append(doc)


def _named_kind_heads(
    doc: Doc, appositions: Sequence[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention] | None:
    """``Region Ekbys miljöförvaltning Grön Ekby granskar … . Förvaltningen arbetar …``: a
    unit kind compound named in apposition (`apposition_names` gave it the name's
    canonical) has its bare head later in the same paragraph (singular, no genitive) refer
    to that unit, as a paragraph's opening compound has (`section_bodies`; round 56,
    analysis 56b-cm R2). The Doc's new mentions, else None."""
    named: dict[str, ActorMention] = {}
    for kind in appositions:
        analysis = None if kind.source == "name" else lexicon.analyse(kind.text)
        if analysis is not None and analysis[0] != analysis[1].head:
            named.setdefault(analysis[1].head, kind)
    if not named:
        return None
    mentions = doc._.actors or []
    renamed = [
        replace(m, canonical=kind.canonical, category=kind.category)
        if (kind := named.get(m.canonical)) is not None
        and m.first_token > kind.last_token
        and not (m.genitive or m.plural)
        else m
        for m in mentions
    ]
    return renamed if renamed != mentions else None


def _learned_name(mention: ActorMention) -> bool:
    """A unit's name of two or more capitalised words that `apposition_names` learned after
    its owned kind noun (``Region Ekbos kulturförvaltning Scen Nordby``: its category the
    unit's, not the generic ``organisation``)."""
    words = mention.text.split()
    return (
        mention.source == "name"
        and mention.category != "organisation"
        and len(words) > 1
        and all(word[:1].isupper() for word in words)
    )


def _learned_name_mentions(docs: Sequence[Doc], learned: dict[str, ActorMention]) -> list[Doc]:
    """``Scen Nordby utvärderar …`` in a later paragraph: a unit name learned in apposition
    (`_learned_name`) is that unit wherever its words recur, exactly so written, outside
    another mention, whatever tags and links the parser gave them (two ``nsubj``, a noun
    and a name; round 56, analysis 56b-cm R2). The Docs that gained one."""
    changed = []
    for doc in docs if learned else ():
        text = doc_text(doc)
        words = doc_arrays(doc).text
        covered = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
        added = []
        for name, mention in learned.items():
            if name not in text:
                continue
            parts = name.split()
            for first in range(len(doc) - len(parts) + 1):
                end = first + len(parts)
                if list(words[first:end]) != parts or covered.intersection(range(first, end)):
                    continue
                found = _name_mention(doc, first, end, canonical=mention.canonical)
                added.append(replace(found, category=mention.category, genitive=False))
                covered.update(range(first, end))
        if added:
            doc._.actors = sorted([*(doc._.actors or []), *added], key=lambda m: m.start)
            changed.append(doc)
    return changed


def _add_short_name_mentions(
    docs: Sequence[Doc],
    organisation: str | None,
    lexicon: ActorLexicon,
    common_words: Container[str],
    named: dict[str, str],
) -> list[Doc]:
    """Add the mentions of the names' short forms (`short_names`) and of the municipality's
    bare name (`municipality_name`, else `bare_municipality_name`); the Docs that gained one."""
    mentioned = [m.text for doc in docs for m in doc._.actors or [] if m.source == "name"]
    common = {
        word.lower() for text in mentioned if (word := text.split()[0]).lower() in common_words
    }
    names = short_names(mentioned, organisation, lexicon, ambiguous_words(docs, lexicon) | common)
    canonicals = {m.canonical for doc in docs for m in doc._.actors or [] if m.source == "name"}
    municipality = municipality_name(canonicals, organisation, lexicon) or (
        bare_municipality_name(docs, canonicals, organisation, lexicon)
    )
    municipality = {short: name for short, name in municipality.items() if short not in names}
    changed = []
    for doc in docs:
        added = [
            *short_name_mentions(doc, names, lexicon),
            *municipality_name_mentions(doc, municipality, lexicon),
        ]
        added = _outside_naming_names(doc, added, lexicon, named)
        if added:
            doc._.actors = sorted([*(doc._.actors or []), *added], key=lambda m: m.start)
            changed.append(doc)
    return changed


def _later_name_passes(
    docs: Sequence[Doc], organisation: str | None, lexicon: ActorLexicon
) -> list[Doc]:
    """The passes that read the mentions found so far, run in this order; the Docs each
    changed (a Doc may come more than once)."""
    return [
        *_name_without_legal_form(docs, organisation, lexicon),
        *task_named_agencies(docs, lexicon),
        *title_instructed_agency(docs, lexicon),
        *guild_short_forms(docs),
        *fund_short_forms(docs, lexicon),
        *bracketed_full_names(docs, lexicon),
        *bracketed_company_aliases(docs),
        *lower_case_acronym_names(docs),
        *body_compound_company_names(docs, lexicon),
        *(doc for doc in docs if _kind_before_name(doc, lexicon)),
        *(doc for doc in docs if drop_participle_names(doc, lexicon)),
        *task_name_repeats(docs),
        *_kind_in_apposition(docs, lexicon),
        *_service_company_short_forms(docs, lexicon),
    ]


def _service_company_short_forms(docs: Sequence[Doc], lexicon: ActorLexicon) -> list[Doc]:
    """``Kollektivtrafiken i Ekby AB upphandlar … Kollektivtrafiken sköter …``: a company named by a
    service's unit (actors.yaml `only_subject`), ``i`` and its place (`actors.
    _after_lead_actor_word` keeps the name whole) goes on with that first word alone: the
    same word's lexicon mention in the document is the company (round 56, analysis 56b-cm
    R3; as `short_names` for a name word). The Docs whose mentions changed."""
    companies: dict[str, ActorMention] = {}
    for doc in docs:
        for mention in doc._.actors or []:
            words = mention.text.split()
            if mention.source != "name" or len(words) != 4 or words[1] != "i":
                continue
            analysis = lexicon.analyse(words[0])
            if analysis is not None and analysis[1].only_subject:
                companies.setdefault(words[0].lower(), mention)
    if not companies:
        return []
    return _renamed(
        docs,
        lambda _doc, m: replace(m, canonical=name.canonical, category=name.category, role=name.role)
        if m.source == "lexicon" and (name := companies.get(m.text.lower())) is not None
        else m,
    )


def _kind_in_apposition(docs: Sequence[Doc], lexicon: ActorLexicon) -> list[Doc]:
    """``det helägda dotterbolaget, Nordvik Invest AB``: a definite singular organisation kind
    noun with a name right after its comma names that organisation, and so does every later
    definite singular of the same kind (``Dotterbolagets styrelse``) where the document gives
    the kind one name only (round 38, at-C5; docs/annotation.md §2.3); the name must be of
    that kind (`organisation_references`: a `bolag` names an ``… AB``) and end no list
    (``Kommunen, Ekby Energi AB och …``). The Docs whose mentions changed."""
    named: dict[str, set[str]] = {}
    relative: dict[str, tuple[int, int]] = {}  # where a naming relative first names a kind
    self_named: set[tuple[int, int]] = set()  # "en gemensam nämnd kallad N": the kind itself
    for number, doc in enumerate(docs):
        for kind, name in _participle_named_kinds(doc, lexicon):
            for key in (kind.canonical, _kind_of_head(kind, lexicon)):
                named.setdefault(key, set()).add(name)
            self_named.add((number, kind.first_token))
        mentions = doc._.actors or []
        for kind in mentions if _has_naming_verb(doc, lexicon) else ():
            given = _named_by_verb(doc, kind, lexicon)
            if given is not None:  # "Den gemensamma nämnden ska benämnas …" (round 46)
                named.setdefault(kind.canonical, set()).add(given)
                if _relative_named_kind(doc, kind, lexicon):  # "Enheten som heter …" (r54)
                    relative.setdefault(kind.canonical, (number, kind.first_token))
        for kind, name in zip(mentions, mentions[1:], strict=False):
            if (
                name.source == "name"  # the cheap tests first
                and name.first_token == kind.last_token + 2
                and (_definite_kind(kind) or _definite_body_kind(kind, lexicon))
                and doc[kind.last_token + 1].text == ","
                and (_names_kind(doc, kind, name, lexicon) or _names_body(doc, kind, name, lexicon))
            ):
                named.setdefault(kind.canonical, set()).add(name.canonical)
    names = {kind: found.pop() for kind, found in named.items() if len(found) == 1}
    changed = []
    for number, doc in enumerate(docs if names else ()):
        mentions = doc._.actors or []
        renamed = [
            replace(m, canonical=names[m.canonical])
            if m.canonical in names
            and (
                (number, m.first_token) in self_named
                or _takes_given_name(doc, m, (number, m.first_token), relative, lexicon)
            )
            else m
            for m in mentions
        ]
        if renamed != list(mentions):
            doc._.actors = renamed
            changed.append(doc)
    return changed


def task_name_repeats(docs: Sequence[Doc]) -> list[Doc]:
    """``Rådet för äldrefrågor (RÄF) är … Förslagen bereds av Rådet för äldrefrågor.``: a
    ``<Body> för <task>`` name the document defines with its acronym (`actors._task_name`:
    a mention written as its canonical) is that name wherever the document writes it in
    full, without the acronym too, a heading's included: one span, the name's canonical
    (docs/annotation.md §2.3 round 30 C3; round 58, cr C2). The Docs whose mentions
    changed."""
    names = {
        tuple(m.canonical.split(" "))
        for doc in docs
        for m in doc._.actors or []
        if " för " in m.canonical and m.text.lower() == m.canonical
    }
    if not names:
        return []
    changed = []
    for doc in docs:
        mentions = doc._.actors or []
        repeated = [_as_task_name(doc, m, names) for m in mentions]
        if repeated != list(mentions):
            doc._.actors = repeated
            changed.append(doc)
    return changed


def _as_task_name(doc: Doc, mention: ActorMention, names: set[tuple[str, ...]]) -> ActorMention:
    """The mention extended over the rest of a task name it opens (`task_name_repeats`)."""
    first = mention.first_token
    for name in names:
        end = first + len(name)
        if (
            end <= len(doc)
            and mention.last_token < end
            and tuple(lower_words(doc[first:end])) == name
        ):
            span = doc[first:end]
            return replace(
                mention,
                end=span.end_char,
                text=span.text,
                canonical=" ".join(name),
                last_token=end - 1,
                genitive=False,
            )
    return mention


def _participle_named_kinds(
    doc: Doc, lexicon: ActorLexicon
) -> list[tuple[ActorMention, str]]:
    """``en gemensam servicenämnd kallad Ekby-Sjövik servicenämnd``, ``en gemensam nämnd,
    benämnd Ekbygdens servicenämnd``: an indefinite singular body kind noun of
    `apposition_body_kinds` (a compound of it too) right before a naming participle
    (grammar.yaml `naming_participles`; a comma between allowed) and a capitalised name that
    ends in a compound of the kind's head is that named body: (the kind, the name lower-cased
    as written) (round 58, ruling R3 of analysis 58-cr; docs/annotation.md §2.3). The name
    itself is a naming, no actor (`drop_participle_names`)."""
    if GRAMMAR.naming_participles.isdisjoint(lower_words(doc[:])):
        return []  # most Docs hold no naming participle: no mention is tried
    found = []
    for kind in doc._.actors or []:
        end = _participle_name_end(doc, kind, lexicon)
        if end is not None:
            start = _participle_at(doc, kind) + 1
            found.append((kind, doc[start:end].text.lower()))
    return found


def _participle_at(doc: Doc, kind: ActorMention) -> int:
    """The token after the kind noun, past one comma."""
    after = kind.last_token + 1
    return after + (after < len(doc) and doc[after].text == ",")


def _participle_name_end(doc: Doc, kind: ActorMention, lexicon: ActorLexicon) -> int | None:
    """The end of the name a naming participle gives the indefinite body kind `kind`, else
    None (`_participle_named_kinds`)."""
    last = kind.text.split()[-1].lower()
    analysis = lexicon.analyse(last)
    participle = _participle_at(doc, kind)
    if (
        kind.source != "lexicon"
        or kind.plural
        or kind.genitive
        or analysis is None
        or analysis[1].head not in lexicon.apposition_body_kinds
        or last != analysis[0]  # the indefinite singular: "en gemensam nämnd"
        or participle + 1 >= len(doc)
        or doc[participle].lower_ not in GRAMMAR.naming_participles
        or not doc[participle + 1].text[:1].isupper()
    ):
        return None
    sentence_end = doc[participle].sent.end
    for end in range(participle + 2, min(sentence_end, participle + _NAME_WORDS + 1) + 1):
        word = doc[end - 1]
        if not (word.is_alpha or "-" in word.text):
            return None  # a comma, a bracket or a stop before the body compound
        if word.lower_.endswith(analysis[1].head) and lexicon.analyse(word.lower_) is not None:
            return end
    return None


# The most words of a name a naming participle gives (``Ekby-Sjövik servicenämnd``).
_NAME_WORDS = 4


def _kind_of_head(kind: ActorMention, lexicon: ActorLexicon) -> str:
    """``gemensam servicenämnd`` → ``gemensam nämnd``: the kind's words before its compound,
    then the compound's head, as a later ``den gemensamma nämnden`` reads (round 30 C1)."""
    *before, last = kind.canonical.split(" ")
    analysis = lexicon.analyse(last)
    return " ".join([*before, analysis[1].head if analysis else last])


def drop_participle_names(doc: Doc, lexicon: ActorLexicon) -> bool:
    """Drop the mentions inside a name a naming participle gives a body kind
    (`_participle_named_kinds`): a naming, no actor (§2.1 round 42 A3; round 58 R3).
    Whether the Doc's mentions changed."""
    names = [
        (_participle_at(doc, kind) + 1, end)
        for kind in doc._.actors or []
        if (end := _participle_name_end(doc, kind, lexicon)) is not None
    ] if not GRAMMAR.naming_participles.isdisjoint(lower_words(doc[:])) else []
    if not names:
        return False
    kept = [
        m for m in doc._.actors
        if not any(start <= m.first_token < end for start, end in names)
    ]
    if len(kept) == len(doc._.actors):
        return False
    doc._.actors = kept
    return True


def _takes_given_name(
    doc: Doc,
    mention: ActorMention,
    place: tuple[int, int],
    relative: dict[str, tuple[int, int]],
    lexicon: ActorLexicon,
) -> bool:
    """A kind mention takes the name the document gives its kind: a definite (modified) kind
    noun (`_definite_kind`, `_definite_body_kind`); where a naming relative gave the name
    (``Enheten som heter Kundcenter``), only the relative's own head and the bare definite
    forms after it (`_bare_definite_kind`): an earlier ``Enheten`` or a described ``den
    nyaste enheten`` picks another referent (§2.1 round 16: the later forms; ce-R3)."""
    first = relative.get(mention.canonical)
    if first is not None:
        start = mention.first_token
        described = start > 0 and doc[start - 1].pos_ in {"ADJ", "DET"}
        return place >= first and not described and _bare_definite_kind(mention, lexicon)
    return _definite_kind(mention) or _definite_body_kind(mention, lexicon)


def _has_naming_verb(doc: Doc, lexicon: ActorLexicon) -> bool:
    """A word of the Doc is a naming or name-bearing verb (`naming_verb_clause`): one pass
    over its words before any mention is tried."""
    verbs = lexicon.naming_verbs | lexicon.name_bearing_verbs
    return not verbs.isdisjoint(lower_words(doc[:]))


def _named_by_verb(doc: Doc, kind: ActorMention, lexicon: ActorLexicon) -> str | None:
    """``Den gemensamma nämnden ska benämnas lönenämnden ekonomi och personal``: the name a
    naming verb gives a modified definite body noun (`_definite_body_kind`), the subject of
    `naming_verb_clause` (round 46, analysis 46-bm cause 6; docs/annotation.md §2.1)."""
    if not (_definite_body_kind(kind, lexicon) or _relative_named_kind(doc, kind, lexicon)):
        return None
    sentence = doc[kind.last_token].sent
    tokens = list(doc[kind.last_token : sentence.end])
    found = naming_verb_clause(tokens, lexicon)
    if found is None or found[0] != 0:
        return None
    name = doc[kind.last_token + found[1] : kind.last_token + found[2]].text.lower()
    body = lexicon.analyse(name) if " " not in name else None
    return body[0] if body is not None else name  # "som heter löneenheten": `löneenhet`


def _relative_named_kind(doc: Doc, kind: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Enheten som heter Servicekontoret``, ``Bolaget, som heter Ekby Energi
    AB,``: a bare definite singular body, unit or organisation noun (`_bare_definite_kind`)
    right before ``som`` (a comma between allowed) that opens a naming relative; the
    relative renames it as a naming main clause does (round 54, ce-C7; §2.1)."""
    after = kind.last_token + 1 + (
        kind.last_token + 1 < len(doc) and doc[kind.last_token + 1].text == ","
    )
    return (
        after < len(doc)
        and doc[after].lower_ == "som"
        and _bare_definite_kind(kind, lexicon)
    )


def _bare_definite_kind(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """A one-word body, unit or organisation noun in the definite singular (``Enheten``,
    ``Förvaltningen``, ``Bolaget``), no genitive, no name."""
    word = mention.text.lower()
    return (
        mention.source == "lexicon"
        and (mention.role in BODY_ROLES or mention.category == "organisation")
        and not mention.plural
        and not mention.genitive
        and mention.first_token == mention.last_token
        and word != mention.canonical
        and word.endswith(("et", "en", "n"))
    )


def _names_kind(doc: Doc, kind: ActorMention, name: ActorMention, lexicon: ActorLexicon) -> bool:
    """The name is one of the kind noun's organisation (``dotterbolaget`` → ``… AB``), and
    no `och`/`samt`/`eller` follows it."""
    short = reference_kind(kind.canonical, lexicon)
    words = name.canonical.split()
    after = doc[name.last_token + 1].lower_ if name.last_token + 1 < len(doc) else ""
    return (
        short is not None
        and bool({words[0], words[-1]} & set(lexicon.organisation_references[short]))
        and after not in GRAMMAR.noun_phrase_coordinators
    )


def _definite_body_kind(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``den gemensamma nämnden``: a modified definite singular body noun of
    `apposition_body_kinds`, no name; a bare ``nämnden`` is none (round 41, r C5)."""
    last = mention.text.split()[-1].lower()
    found = lexicon.analyse(last)
    return (
        mention.source == "lexicon"
        and not mention.plural
        and mention.last_token > mention.first_token
        and found is not None
        and found[0] == found[1].head
        and found[1].head in lexicon.apposition_body_kinds
        and last.endswith(("n", "et"))
        and last != found[0]
    )


def _names_body(doc: Doc, kind: ActorMention, name: ActorMention, lexicon: ActorLexicon) -> bool:
    """``den gemensamma nämnden, Mälarbygdens Tolknämnd,``: the name ends in a compound of
    the kind's head, and no `och`/`samt`/`eller` follows it (round 41, r C5)."""
    found = lexicon.analyse(kind.text.split()[-1].lower())
    after = doc[name.last_token + 1].lower_ if name.last_token + 1 < len(doc) else ""
    return (
        found is not None
        and " " in name.canonical
        and name.canonical.endswith(found[1].head)
        and after not in GRAMMAR.noun_phrase_coordinators
    )


def _definite_kind(mention: ActorMention) -> bool:
    """A one-word organisation kind noun in the definite singular (``dotterbolaget``,
    ``Stiftelsens``), no name."""
    word = mention.text.lower().removesuffix("s")
    return (
        mention.source == "lexicon"
        and mention.category == "organisation"
        and not mention.plural
        and mention.first_token == mention.last_token
        and word != mention.canonical
        and word.endswith(("et", "en"))
    )


def _kind_before_name(doc: Doc, lexicon: ActorLexicon) -> bool:
    """``Myndigheten Ekbyhögskolan``: an agency's capitalised kind noun (`authority_name_kinds`)
    right before an organisation's one-word name is in apposition to it: one mention, the
    name's canonical (round 37, analyst 37 cause ar-C8). Whether the Doc's mentions changed."""
    mentions = doc._.actors or []
    kinds = lexicon.authority_name_kinds
    merged: list[ActorMention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.first_token == previous.last_token
            and previous.text.lower() in kinds
            and previous.text[:1].isupper()
            and not previous.genitive
            and mention.first_token == previous.last_token + 1
            and mention.first_token == mention.last_token
            and mention.text[:1].isupper()
            and mention.category == "organisation"
            and not mention.genitive
        ):
            span = doc[previous.first_token : mention.last_token + 1]
            merged[-1] = replace(
                mention, start=span.start_char, text=span.text, first_token=span.start
            )
            continue
        merged.append(mention)
    if len(merged) == len(mentions):
        return False
    doc._.actors = merged
    return True


def task_named_agencies(docs: Sequence[Doc], lexicon: ActorLexicon) -> list[Doc]:
    """An agency named by its kind and task (``Myndigheten för vattenvård och fiske``,
    `authority_name_kinds` + ``för``) that the document names where the name is sure (its
    statute's title line, inside a sentence) is that agency also where a sentence opens
    with those words, where configs/actors.yaml reads a capitalised kind noun alone (round
    36, analyst 36 N1; docs/annotation.md §2.5 round 29). The Docs whose mentions changed."""
    kinds = tuple(kind.capitalize() for kind in lexicon.authority_name_kinds)
    names = {
        m.text: m
        for doc in docs
        for m in doc._.actors or []
        if m.text.startswith(kinds) and " för " in m.text and not m.genitive
    }
    changed = []
    for doc in docs if names else ():
        mentions = list(doc._.actors or [])
        text = doc_text(doc)
        for written, name in names.items():
            for match in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text):
                span = doc.char_span(match.start(), match.end())
                if span is None or any(
                    m.first_token == span.start and m.last_token == span.end - 1 for m in mentions
                ):
                    continue
                mentions = [
                    m for m in mentions if m.last_token < span.start or m.first_token >= span.end
                ]
                mentions.append(
                    replace(
                        name,
                        start=span.start_char,
                        end=span.end_char,
                        first_token=span.start,
                        last_token=span.end - 1,
                    )
                )
        if mentions != list(doc._.actors or []):
            doc._.actors = sorted(mentions, key=lambda m: m.start)
            changed.append(doc)
    return changed


def instructed_agency(title: str, lexicon: ActorLexicon) -> str | None:
    """``Förordning (2031:7) med instruktion för Tullvården``: the one capitalised definite
    word after ``med instruktion för`` in the document's own statute title (a title opening
    with `law_title_nouns`) names its agency (round 39, analyst av C2)."""
    found = _INSTRUCTED.search(title)
    if found is None or title.split(maxsplit=1)[0].lower() not in lexicon.law_title_nouns:
        return None
    return found.group(1)


# A one-word capitalised definite noun that ends a statute title after `med instruktion för`
# (a `;` before the issuing date allowed, round 41).
_INSTRUCTED = re.compile(r"\bmed instruktion för ([A-ZÅÄÖ][a-zåäö]+(?:en|et|na))\s*;?\s*$")


def title_instructed_agency(docs: Sequence[Doc], lexicon: ActorLexicon) -> list[Doc]:
    """Every capitalised occurrence of the agency that the document's own statute title
    names (`instructed_agency`) is that agency, its name as written (lower case, a genitive
    ``s`` removed), an organisation, whatever the lexicon reads in it (``Tullvården``, not
    ``tullvård``; a name the patterns already read keeps its canonical); not so in a cited
    title's ``med instruktion för X`` (D6), an amendment's
    own title included. The Docs whose mentions changed (round 39, analyst av C2;
    docs/annotation.md §2.5 round 39)."""
    title = doc_text(docs[0]).strip() if docs else ""
    agency = instructed_agency(title, lexicon)
    amendment = " ändring i " in title.lower()  # "Förordning om ändring i förordningen (…)"
    canonical = (
        next(
            (
                m.canonical
                for m in (docs[0]._.actors or [])
                if m.source == "name" and m.text == agency
            ),
            agency.lower() if agency else "",
        )
        if docs
        else ""
    )  # "Kammarkollegiet": the canonical its name already has
    changed = []
    pattern = re.compile(rf"(?<![\w-]){agency}(s?)(?![\w-])") if agency else None
    for index, doc in enumerate(docs if pattern else ()):
        text = doc_text(doc)
        if agency not in text:
            continue
        mentions = list(doc._.actors or [])
        for match in pattern.finditer(text):
            cited = text[: match.start()].endswith("instruktion för ")
            span = doc.char_span(match.start(), match.end())
            if span is None or (cited and (index > 0 or amendment)):
                continue
            if any(m.source == "name" and m.first_token == span.start for m in mentions):
                continue  # a name the patterns know keeps its canonical ("kammarkollegium")
            mentions = [
                m for m in mentions if m.last_token < span.start or m.first_token >= span.end
            ]
            mention = _organisation_mention(span[0], canonical, bool(match.group(1)))
            mentions.append(replace(mention, short=False))
        if mentions != list(doc._.actors or []):
            doc._.actors = sorted(mentions, key=lambda m: m.start)
            changed.append(doc)
    return changed


def guild_short_forms(docs: Sequence[Doc]) -> list[Doc]:
    """``Snickare Gillet i Uppsala`` … ``Det åligger Gillet att …``: the capitalised definite
    kind noun of the document's one guild or corporation name (grammar `guild_kind_nouns`)
    standing alone is that name (round 39, analyst av C4; docs/annotation.md §2.3). The Docs
    whose mentions changed."""
    names: dict[str, set[str]] = {}
    for doc in docs:
        for m in doc._.actors or []:
            words = m.text.split()
            guild = len(words) > 1 and words[1].lower() in GRAMMAR.guild_kind_nouns
            if guild and m.source == "name":
                names.setdefault(words[1].removesuffix("s"), set()).add(m.canonical)
    kinds = {kind: found.pop() for kind, found in names.items() if len(found) == 1}
    changed = []
    for doc in docs if kinds else ():
        covered = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
        added = [
            _organisation_mention(token, kinds[kind], token.text != kind)
            for token in doc
            if token.i not in covered and (kind := token.text.removesuffix("s")) in kinds
        ]
        if added:
            doc._.actors = sorted([*(doc._.actors or []), *added], key=lambda m: m.start)
            changed.append(doc)
    return changed


def fund_short_forms(docs: Sequence[Doc], lexicon: ActorLexicon) -> list[Doc]:
    """``Stadgar för Stipendiefonden Ekhagen`` … ``Fonden ska främja …``: where the title or
    a naming clause (``Fondens namn är Ekby minnesfond``) names one fund (a name word whose
    head is a `fund_kind_nouns` noun), the bare definite kind noun, or the name's own
    definite compound (``Stipendiefonden``), as a subject or a genitive owner is that fund
    (round 51, ruling a4; docs/annotation.md §2.1); after a preposition (``medel ur fonden``)
    or as a passive's subject it is money, no actor. The Docs whose mentions changed."""
    forms = _fund_forms(docs, lexicon) if docs else {}
    changed = []
    for doc in docs if forms else ():
        covered = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
        added = [
            _organisation_mention(token, forms[form], token.lower_ != form)
            for token in doc
            if (form := token.lower_.removesuffix("s")) in forms
            and token.i not in covered
            and token.dep_ in _FUND_ACTOR_RELATIONS
        ]
        if added:
            doc._.actors = sorted([*(doc._.actors or []), *added], key=lambda m: m.start)
            changed.append(doc)
    return changed


# The relations in which a fund's bare definite noun is the fund acting or owning.
_FUND_ACTOR_RELATIONS = frozenset({"nsubj", "nmod:poss"})


def _fund_forms(docs: Sequence[Doc], lexicon: ActorLexicon) -> dict[str, str]:
    """The bare definite forms of the one fund the title (the first Doc) or a naming clause
    names (``fonden`` and ``stipendiefonden`` for ``Stipendiefonden Ekhagen``), each mapped
    to its canonical."""
    names = {m.canonical for m in docs[0]._.actors or [] if m.source == "name"}
    names |= _fund_naming_clause_names(docs, lexicon)
    found: dict[str, str] = {}
    canonicals = set()
    for name in names:
        for word in name.split():
            for kind in GRAMMAR.fund_kind_nouns:
                stem = word.removesuffix("en") if word.endswith(kind + "en") else word
                if stem.endswith(kind):
                    found |= {kind + "en": name, stem + "en": name}
                    canonicals.add(name)
    return found if len(canonicals) == 1 else {}


def _fund_naming_clause_names(docs: Sequence[Doc], lexicon: ActorLexicon) -> set[str]:
    """The names, lowercased, that a naming clause owned by a fund's genitive gives
    (``Fondens namn är Ekby minnesfond``); only Docs that write a fund noun are read."""
    kinds = tuple(GRAMMAR.fund_kind_nouns)
    names = set()
    for doc in docs:
        text = doc_text(doc).lower()  # once per Doc, not once per kind
        if not any(kind in text for kind in kinds):
            continue
        for sentence in doc.sents:
            tokens = list(sentence)
            found = naming_clause(tokens, lexicon)
            if found is None:
                continue
            owner, first, end = found
            if tokens[owner].lower_.removesuffix("s").removesuffix("en").endswith(kinds):
                names.add(" ".join(t.lower_ for t in tokens[first:end]))
    return names


def bracketed_full_names(docs: Sequence[Doc], lexicon: ActorLexicon) -> list[Doc]:
    """``Kiwanis (Kiwanis klubb i Norrvik) ansvarar …``: a capitalised one-word short name
    followed by its full name in brackets, which repeats it before a lower-case association
    kind (`_association_kinds`: ``klubb``, ``förening``) and maybe ``i`` + a capitalised place,
    is one actor: both spans take the full name's canonical (round 51, ruling a5;
    docs/annotation.md §2.1). The Docs whose mentions changed."""
    kinds = _association_kinds(lexicon)
    changed = []
    for doc in docs:
        if "(" not in doc_text(doc):
            continue
        found = [
            span
            for token in doc[1:]
            if token.text == "(" and (span := _bracketed_full_name(doc, doc[token.i - 1], kinds))
        ]
        if not found:
            continue
        taken = {i for first, last in found for i in (first - 2, *range(first, last + 1))}
        kept = [
            m
            for m in doc._.actors or []
            if taken.isdisjoint(range(m.first_token, m.last_token + 1))
        ]
        added = [
            mention for first, last in found for mention in _bracketed_mentions(doc, first, last)
        ]
        doc._.actors = sorted([*kept, *added], key=lambda m: m.start)
        changed.append(doc)
    return changed


def bracketed_company_aliases(docs: Sequence[Doc]) -> list[Doc]:
    """``Ekby Vattenverk AB (Evab AB) … Evab AB ska …``: a company name in brackets right
    after another company name, both closing with a legal form, is the first name's alias:
    the bracket and every later mention of it take the first name's canonical (§2.5 round
    33, round 57 zz3; analysis58-cs C3). An alias two names give is none. The Docs whose
    mentions changed."""
    aliases = _company_aliases(docs)
    if not aliases:
        return []
    return _renamed(docs, lambda _doc, m: _aliased(m, aliases))


def _company_aliases(docs: Sequence[Doc]) -> dict[str, str]:
    """Each bracketed company alias (lower case, without a genitive) → the full name's
    canonical (`bracketed_company_aliases`)."""
    found: dict[str, str] = {}
    for doc in docs:
        if "(" not in doc_text(doc):
            continue
        mentions = doc._.actors or []
        for name, alias in zip(mentions, mentions[1:], strict=False):
            if not _company_bracket(doc, name, alias):
                continue
            key = alias.text.lower()
            if found.setdefault(key, name.canonical) != name.canonical:
                found[key] = ""
    return {alias: canonical for alias, canonical in found.items() if canonical}


def _company_bracket(doc: Doc, name: ActorMention, alias: ActorMention) -> bool:
    """`alias` stands alone in brackets right after `name`, both company names."""
    if name.source != "name" or alias.source != "name" or name.genitive or alias.genitive:
        return False
    if alias.first_token != name.last_token + 2 or alias.last_token + 1 >= len(doc):
        return False
    if doc[name.last_token + 1].text != "(" or doc[alias.last_token + 1].text != ")":
        return False
    return all(_without_legal_form(m.text) is not None for m in (name, alias))


def _aliased(mention: ActorMention, aliases: dict[str, str]) -> ActorMention:
    """The mention with its alias's full name as canonical, where it is a named alias."""
    if mention.source != "name":
        return mention
    key = mention.text.lower().removesuffix(":s") if mention.genitive else mention.text.lower()
    canonical = aliases.get(key)
    return replace(mention, canonical=canonical) if canonical else mention


# the most words a lower-case name before its bracketed acronym spans
_ACRONYM_NAME_WORDS = 6


def lower_case_acronym_names(docs: Sequence[Doc]) -> list[Doc]:
    """``Sveriges kommuner och regioner (SKR)``: a capitalised word and the lower-case words
    after it whose content words' initials (or every word's) spell the all-capitals acronym
    in the brackets right after them are one name, canonical the words in lower case; the
    acronym there and later is the same actor (round 58 ruling R3, analysis58-cs); not where
    an actor mention holds the first word. An acronym two names give is none. The Docs
    whose mentions changed."""
    names: dict[str, tuple[int, int, int]] = {}  # acronym → (doc index, first, end)
    for index, doc in enumerate(docs):
        if "(" not in doc_text(doc):
            continue
        for token in doc[1:-2]:
            found = _lower_case_name_before(doc, token.i) if token.text == "(" else None
            if found is not None and not _in_actor(doc, found[0]):
                acronym = doc[token.i + 1].text
                names[acronym] = (index, *found) if acronym not in names else (-1, 0, 0)
    canonicals = {
        acronym: docs[index][first:end].text.lower()
        for acronym, (index, first, end) in names.items()
        if index >= 0
    }
    changed = []
    for index, doc in enumerate(docs):
        spans = [(first, end) for i, first, end in names.values() if i == index]
        mentions = _with_acronym_name(doc, spans, canonicals)
        if mentions != (doc._.actors or []):
            doc._.actors = mentions
            changed.append(doc)
    return changed


def _in_actor(doc: Doc, index: int) -> bool:
    """The token at `index` is a word of an actor mention: a body's own words before an
    acronym (``Socialnämndens arbetsutskott (SA)``) keep their reading; only a name's first
    word that no mention holds (``Sveriges``) opens a lower-case name."""
    return any(m.first_token <= index <= m.last_token for m in doc._.actors or [])


def _lower_case_name_before(doc: Doc, opening: int) -> tuple[int, int] | None:
    """[first, end) of the lower-case name whose acronym stands in the brackets at
    `opening` (`lower_case_acronym_names`), else None."""
    acronym = doc[opening + 1]
    if not (acronym.is_upper and acronym.is_alpha and len(acronym) > 1):
        return None
    if doc[opening + 2].text != ")":
        return None
    for first in range(opening - 1, max(opening - _ACRONYM_NAME_WORDS, 0) - 1, -1):
        word = doc[first]
        if not word.is_alpha:
            return None
        if word.is_lower:
            continue
        words = [t.text for t in doc[first:opening]]
        if acronym.text[0] != word.text[0].upper():
            return None  # "Den nordiska styrelsen (NS)": a determiner opens no name
        spelled = acronym.text in {_content_acronym(words), _acronym(words)}
        return (first, opening) if spelled and first < opening - 1 else None
    return None


def _with_acronym_name(
    doc: Doc, spans: list[tuple[int, int]], canonicals: dict[str, str]
) -> list[ActorMention]:
    """The Doc's mentions with each lower-case name of `spans` as one name mention, and each
    acronym of `canonicals` (its brackets' and later ones) renamed to its name or added."""
    taken = {i for first, end in spans for i in range(first, end)}
    kept = [
        m
        for m in doc._.actors or []
        if taken.isdisjoint(range(m.first_token, m.last_token + 1))
    ]
    kept.extend(_name_mention(doc, first, end, genitive=False) for first, end in spans)
    if canonicals:
        covered = {m.first_token for m in kept if m.first_token == m.last_token}
        kept = [_acronym_renamed(m, canonicals) for m in kept]
        kept.extend(
            _organisation_mention(token, canonicals[token.text], False)
            for token in doc
            if token.text in canonicals and token.i not in covered
        )
    return sorted(kept, key=lambda m: m.start)


def _acronym_renamed(mention: ActorMention, canonicals: dict[str, str]) -> ActorMention:
    """A one-word acronym mention with its lower-case name's canonical (genitive aside)."""
    key = mention.text.removesuffix(":s") if mention.genitive else mention.text
    canonical = canonicals.get(key)
    if canonical is None or mention.first_token != mention.last_token:
        return mention
    return replace(mention, canonical=canonical, category="organisation")


def body_compound_company_names(docs: Sequence[Doc], lexicon: ActorLexicon) -> list[Doc]:
    """``Kulturrådet Norrdal AB``, ``Idrottsförbundet Ekdalen AB`` (round 58, analysis58-cs C8):
    a capitalised definite compound of a name-opening body head (grammar
    `name_opening_body_heads`: ``råd``, ``förbund``) right before a company name that closes
    with a legal form is that name's first word: one name, canonical the whole in lower
    case. A bare head (``Rådet Norrdal AB``) or another body (``Ägaren``, ``Styrelsen``) stays
    its own actor (§2.1 round 36). The Docs whose mentions changed."""
    changed = []
    for doc in docs:
        mentions = doc._.actors or []
        merged = [
            (body, name)
            for body, name in zip(mentions, mentions[1:], strict=False)
            if _opens_company_name(doc, body, name, lexicon)
        ]
        if not merged:
            continue
        taken = {id(m) for pair in merged for m in pair}
        kept = [m for m in mentions if id(m) not in taken]
        added = [
            _name_mention(doc, body.first_token, name.last_token + 1, genitive=name.genitive)
            for body, name in merged
        ]
        doc._.actors = sorted([*kept, *added], key=lambda m: m.start)
        changed.append(doc)
    return changed


def _opens_company_name(
    doc: Doc, body: ActorMention, name: ActorMention, lexicon: ActorLexicon
) -> bool:
    """`body` is a name-opening body compound right before the company name `name`."""
    if body.first_token != body.last_token or name.first_token != body.last_token + 1:
        return False
    word = doc[body.first_token]
    if body.genitive or not word.is_title or name.source != "name":
        return False
    if _without_legal_form(name.text.removesuffix(":s")) is None:
        return False
    analysis = lexicon.analyse(word.text)
    return (
        analysis is not None
        and analysis[1].head in GRAMMAR.name_opening_body_heads
        and analysis[0] != analysis[1].head
    )


def _bracketed_full_name(doc: Doc, token: Token, kinds: tuple[str, ...]) -> tuple[int, int] | None:
    """The first and last token of the bracketed full name after the short name `token`
    (`bracketed_full_names`), else None."""
    i = token.i
    if not (token.is_title and token.is_alpha) or i + 4 >= len(doc):
        return None
    if doc[i + 1].text != "(" or doc[i + 2].text != token.text:
        return None
    kind = doc[i + 3]
    if not (kind.is_lower and kind.lower_.endswith(kinds)):
        return None
    last = i + 3
    if doc[last + 1].lower_ == "i" and last + 2 < len(doc) and doc[last + 2].is_title:
        last += 2
    if last + 1 >= len(doc) or doc[last + 1].text != ")":
        return None
    return i + 2, last


def _bracketed_mentions(doc: Doc, first: int, last: int) -> list[ActorMention]:
    """The short name before the bracket and the full name in it, one canonical."""
    name = doc[first : last + 1]
    canonical = name.text.lower()
    short = _organisation_mention(doc[first - 2], canonical, False)
    full = replace(
        short,
        start=name.start_char,
        end=name.end_char,
        text=name.text,
        first_token=first,
        last_token=last,
        short=False,
    )
    return [short, full]


def _outside_naming_names(
    doc: Doc,
    added: list[ActorMention],
    lexicon: ActorLexicon,
    named: Container[str] = frozenset(),
) -> list[ActorMention]:
    """The added mentions less those inside the name a naming clause gives: ``Föreningens
    namn är Föreningen Norrsport`` names the förening, so its ``Föreningen`` is no actor
    however a later alias (``Föreningen Norrsport (Föreningen)``) or short name reads it
    (docs/annotation.md §2.1, naming clause); nor is a naming's own alias in parentheses
    (`naming_aliases`: ``… AB (VKAB).``)."""
    return [
        m
        for m in added
        if not in_naming_name(doc, m.first_token, lexicon)
        and not (m.text in named and _in_naming_bracket(doc, m.first_token, lexicon))
    ]


def _in_naming_bracket(doc: Doc, index: int, lexicon: ActorLexicon) -> bool:
    """The token at `index` is the alias in the bracket right after a naming clause's name,
    bare or after a naming participle (``… AB (VKAB).``, ``… (förkortat NBF)``)."""
    opening = index - 1
    while opening > 0 and doc[opening].text != "(" and index - opening <= 4:
        opening -= 1
    if doc[opening].text != "(" or index + 1 >= len(doc) or doc[index + 1].text != ")":
        return False
    if opening < index - 1 and _after_alias_introducer(doc, opening + 1) != index:
        return False
    return in_naming_name(doc, opening - 1, lexicon)


@functools.cache
def _legal_form_ends() -> tuple[str, ...]:
    """The legal forms that close a company's name (grammar `legal_forms`: ``Ekby Vatten
    AB``, ``… Aktiebolag``, ``… ekonomisk förening``, ``… ek. för``), each also before
    ``(publ)``, in lower case after a space, longest first."""
    forms = [" " + " ".join(form).replace(" .", ".") for form in GRAMMAR.legal_forms]
    return tuple(sorted([*(f"{form} (publ)" for form in forms), *forms], key=len, reverse=True))


def _without_legal_form(name: str) -> str | None:
    """``Ekby Vatten AB`` → ``Ekby Vatten``; None for a name without a legal form."""
    for end in _legal_form_ends():
        if name.lower().endswith(end) and len(name) > len(end):
            return name[: -len(end)]
    return None


def unsuffixed_company_names(
    docs: Sequence[Doc], organisation: str | None, lexicon: ActorLexicon | None = None
) -> dict[str, str]:
    """The document's company written without its legal form, as the name writes it
    (``Ekby Vatten`` of ``Ekby Vatten AB``) → the company's canonical. The company is the
    declared organisation when it has a legal form, else the one name with a legal form the
    document writes (two of one name without it: neither). A name of two or more words; the
    bare first word of a two-word name (``Ekby`` of ``Ekby AB``) is most often the place
    (`short_names`), so a one-word stem only where a naming clause gives the name
    (``Föreningens firma är Norrljus ideell förening``) and the document uses the word
    neither as a place nor as a common word (`_one_word_stem`, round 45 bi-C1)."""
    names = [m for doc in docs for m in doc._.actors or [] if m.source == "name"]
    declared = (organisation or "").lower()
    if _without_legal_form(declared):
        names = [m for m in names if m.canonical == declared]
    found: dict[str, str] = {}
    for mention in names:
        stem = _without_legal_form(_nominative(mention.text))
        if stem is None or len(stem.split()) < 2 or not stem[0].isupper():
            continue
        if found.get(stem, mention.canonical) != mention.canonical:
            found[stem] = ""
        else:
            found[stem] = mention.canonical
    if lexicon is not None:
        named = _naming_stems(docs, lexicon)  # every sentence of every doc: once
        stems = _one_word_stems(docs, named, lexicon) | _naming_company_stems(named, declared)
        for stem, canonical in stems.items():
            found[stem] = "" if found.get(stem, canonical) != canonical else canonical
    return {stem: canonical for stem, canonical in found.items() if canonical}


def _naming_company_stems(named: dict[str, str], declared: str) -> dict[str, str]:
    """``Bolagets firma är Ekvik Energi AB`` → ``Ekvik Energi``: the stem of two or more words
    of the company name a naming clause gives (no actor there, §2.1) is the company, as the
    name an actor mention writes is (round 47, analysis 47-bo A5); not where the declared
    organisation is another name with a legal form. `named`: `_naming_stems`."""
    found = {}
    for stem, canonical in named.items():
        if " " not in stem or not _without_legal_form(canonical):
            continue
        if _without_legal_form(declared) and canonical != declared:
            continue
        found[stem] = canonical
    return found


def _before_subtitle(name: str) -> str | None:
    """``Fjällvind – skidklubb för Ekby`` → ``Fjällvind``."""
    for dash in (" – ", " — ", " - "):
        if dash in name:
            return name.split(dash, 1)[0]
    return None


def _placed(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``bedrivs i Strandby``: after a place preposition that follows no actor noun nor a
    word of membership (not ``medlemmar i Norrljus``, ``medlemskap i Norrljus``:
    `membership_stems`, the organisation)."""
    if token.i < 2 or doc[token.i - 1].lower_ not in lexicon.place_prepositions:
        return False
    before = doc[token.i - 2].lower_
    return lexicon.analyse(before) is None and not before.startswith(lexicon.membership_stems)


def _one_word_stems(
    docs: Sequence[Doc], named: dict[str, str], lexicon: ActorLexicon
) -> dict[str, str]:
    """``Norrljus`` → ``norrljus ideell förening`` of ``Föreningens firma är Norrljus ideell
    förening``: a one-word stem is the organisation's short name where a naming clause gives
    the name with its legal form and the document uses the word neither as a place (``i
    Norrljus``) nor in lower case, and the lexicon does not read it (round 45, bi-C1).
    `named`: `_naming_stems` of `docs`."""
    found = {stem: name for stem, name in named.items() if " " not in stem}
    return {
        stem: canonical
        for stem, canonical in found.items()
        if canonical
        and len(stem) >= 3
        and lexicon.analyse(stem.lower()) is None
        and stem.lower() not in GRAMMAR.non_name_openers
        and not _place_word(docs, stem, lexicon)
    }


def _naming_stems(docs: Sequence[Doc], lexicon: ActorLexicon) -> dict[str, str]:
    """The capitalised stem of each name a naming clause gives with its legal form or before
    a subtitle (``Bolagets firma är Ekvik Energi AB`` → ``Ekvik Energi``) → the name in lower
    case (``(publ)`` dropped), or ``""`` where two names share the stem."""
    found: dict[str, str] = {}
    for doc in docs:
        text = doc_text(doc).lower()
        if not any(noun in text for noun in lexicon.name_nouns):
            continue  # a cheap gate: a naming clause needs a name noun (`name_nouns`)
        for sentence in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            clause = naming_clause(list(sentence), lexicon)
            if clause is None:
                continue
            name = sentence[clause[1] : clause[2]].text
            stem = _without_legal_form(name) or _before_subtitle(name)
            if stem is not None and stem[:1].isupper():
                canonical = name.lower().removesuffix(" (publ)")
                found[stem] = "" if found.get(stem, canonical) != canonical else canonical
    return found


def _place_word(docs: Sequence[Doc], stem: str, lexicon: ActorLexicon) -> bool:
    """The document writes `stem` in lower case (a common word), as a seat's place (``säte
    i Ekvik``), after a place preposition (`_placed`), before a place kind (``Ekvik
    kommun``) or as an area's owner (``Ekviks län``)."""
    kinds = lexicon.organisation_references.get("kommun", ())
    lower = stem.lower()
    for doc in docs:
        if lower not in doc_text(doc).lower():
            continue
        for token in doc:
            if token.lower_.removesuffix("s") != lower and token.lower_ != lower:
                continue
            following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if (
                token.is_lower
                or seat_place_at(doc, token.i, lexicon)
                or _placed(doc, token, lexicon)
                or following in kinds
                or following in lexicon.place_area_nouns
                or _owns_area(token, lexicon)
            ):
                return True
    return False


def _name_without_legal_form(
    docs: Sequence[Doc], organisation: str | None, lexicon: ActorLexicon
) -> list[Doc]:
    """The document's company written without its legal form (`unsuffixed_company_names`)
    is that company, as ``bolaget`` is (docs/annotation.md §2.3): a name mention of those
    words takes the company's canonical, and every other mention of them (its genitive too)
    is one, but not the words of the full name with its legal form (``Ekbo Energi AB``) nor
    the name a naming clause gives (``Bolagets firma är Ekbo Energi AB``, round 37). The
    Docs whose mentions changed."""
    names = unsuffixed_company_names(docs, organisation, lexicon)
    stems = {stem.lower(): canonical for stem, canonical in names.items()}
    changed = []
    for doc in docs:
        mentions = doc._.actors or []
        renamed = [
            replace(m, canonical=stems[m.canonical])
            if m.source == "name" and m.canonical in stems
            else m
            for m in mentions
        ]
        covered = {i for m in renamed for i in range(m.first_token, m.last_token + 1)}
        text = doc_text(doc)
        for stem, canonical in names.items():
            for match in re.finditer(
                rf"(?<![\w-]){re.escape(stem)}(s)?(?![\w-])(?!\s+(?i:ab|aktiebolag)\b)", text
            ):
                span = doc.char_span(match.start(), match.end())
                if span is None or any(t.i in covered for t in span):
                    continue
                if in_naming_name(doc, span.start, lexicon):
                    continue  # "Bolagets firma är Ekbo Energi AB": a naming, no actor
                genitive = match.group(1) is not None
                renamed.append(_name_mention(doc, span.start, span.end, canonical, genitive))
                covered.update(t.i for t in span)
        if renamed != mentions:
            doc._.actors = sorted(renamed, key=lambda m: m.start)
            changed.append(doc)
    return changed


# A company's name without its legal form (docs/annotation.md §2.3, round 9): capitalised
# words (a hyphenated part, `&` between words), closed where a lower-case word follows.
_NAME = r"[A-ZÅÄÖ][\w&]*(?:-[\wåäö]+)*(?:\s+&?\s*[A-ZÅÄÖ][\w&]*(?:-[\wåäö]+)*)*"
_ORGANISATION_NUMBER = (
    r"\s*[,(]?\s*org(?:anisations)?\.?\s*(?:nr|nummer)\.?\s*:?\s*\d{6}\s*-?\s*\d{4}"
)
_TITLE_END = r"(?=\s*(?:$|[,.;:(–-]|\d))"
# A definition's alias: the whole capitalised name on the line (several words, a number, `&`
# or a hyphen in a word: ``nedan kallat Ekbo Hamn``, ``(nedan ”Ekbo Nät 2”)``), not one word
_ALIAS = r"[A-ZÅÄÖ][\w&-]*(?:[ \t]+(?:[A-ZÅÄÖ][\w&-]*|\d+\b))*"


@functools.lru_cache(maxsize=4)
def _company_patterns(
    title_nouns: frozenset[str], definition_adverbs: frozenset[str]
) -> tuple[re.Pattern[str], ...]:
    nouns = "|".join(sorted(map(re.escape, title_nouns), key=len, reverse=True))
    # a cue of several words (``i det följande``) with any space between them
    markers = "|".join(
        re.escape(cue).replace(r"\ ", r"\s+")
        for cue in sorted(definition_adverbs, key=len, reverse=True)
    )
    inner = "|".join(sorted(map(re.escape, GRAMMAR.definition_inner_adverbs)))
    inner = rf"(?:(?:{inner})\s+)*" if inner else ""  # "nedan även kallat" (round 47, bo A1)
    patterns = [rf"(?P<name>{_NAME}){_ORGANISATION_NUMBER}"]
    if nouns:  # "Ägardirektiv för Ekbackahus", "VD-instruktion för Ekbo"
        patterns.append(rf"(?i:\b[\w-]*(?:{nouns}))\s+för\s+(?P<name>{_NAME}){_TITLE_END}")
    if markers:  # "Ekbackahus (nedan kallat bolaget)"; the alias when it is a name
        participles = "|".join(sorted(map(re.escape, GRAMMAR.naming_participles)))
        patterns.append(
            rf"(?P<name>{_NAME})(?:{_ORGANISATION_NUMBER}\s*\)?)?"
            # after a comma or bracket any definition cue; without one the cue and its
            # participle (``Ekbo Energi AB nedan kallat Ekbo ska``: analysis 54-cf C)
            rf"(?:\s*[,(]\s*(?i:{markers})\s+{inner}(?:[a-zåäö]+\s+)?"
            rf"|\s+(?i:{markers})\s+{inner}(?i:{participles})\s+)[”“\"'»]?"
            rf"(?P<alias>{_ALIAS})?"
        )
    return tuple(re.compile(p, re.MULTILINE) for p in patterns)


def defined_companies(
    docs: Sequence[Doc], lexicon: ActorLexicon, common_words: Container[str] = frozenset()
) -> dict[str, str]:
    """A company the text names without its legal form, written as a name (capitalised
    words, no actor word, no municipality's, region's or förbund's name) where only a
    company's name stands: governed by a company-document title noun (``Ägardirektiv för
    Ekbackahus``), before its organisation number (``Ekbackahus (org.nr 556000-0000)``) or
    before a definition (``Ekbackahus (nedan kallat bolaget)``). The name (nominative, as
    written) → its canonical, the name in lower case; a capitalised alias the definition
    gives (``(nedan kallat Ekbo)``) → the same canonical. A name of common words only
    (`common_words`, lower case: ``Avtalet (nedan kallat avtalet)``) is none."""
    found: dict[str, str] = {}
    for doc in docs:
        cues = GRAMMAR.definition_adverbs | GRAMMAR.definition_phrases
        patterns = _company_patterns(lexicon.company_document_nouns, cues)
        for written, alias in _company_matches(doc, patterns):
            words = _without_lead_words(written.split(), lexicon)
            name = _nominative(" ".join(words))
            bare = _without_legal_form(name)
            if alias and bare is not None and _company_name(bare.split(), lexicon):
                # ``Ekbo Hamn AB nedan kallat Ekbo Hamn``: a named company's alias is its
                # short name (analysis 54-cf C); the name itself is a mention already
                if alias != name and _alias_name(alias, lexicon):
                    found.setdefault(alias, name.lower())
                continue
            if not _company_name(words, lexicon) or all(
                word.lower() in common_words for word in words
            ):
                continue
            found.setdefault(name, name.lower())
            if alias and alias != name and _alias_name(alias, lexicon):
                found.setdefault(alias, name.lower())
    return found


def _alias_name(alias: str, lexicon: ActorLexicon) -> bool:
    """A definition's capitalised alias that is a name: neither it nor its last word (the
    head of ``nedan kallad Gemensamma Nämnden``) is an actor word."""
    words = alias.lower().split()
    return lexicon.analyse(" ".join(words)) is None and lexicon.analyse(words[-1]) is None


_COMPANY_MATCHES = "styrdok_company_matches"  # a Doc's user_data key


def _company_matches(
    doc: Doc, patterns: tuple[re.Pattern[str], ...]
) -> list[tuple[str, str | None]]:
    """The name and alias groups of each match of `patterns` in the Doc's text, in order;
    kept on the Doc for the patterns (`add_short_names` and `document_company` both scan it,
    and the text never changes)."""
    kept = doc.user_data.get(_COMPANY_MATCHES)
    if kept is not None and kept[0] is patterns:
        return kept[1]
    text = doc_text(doc)  # joined once per Doc (outside a memo each call joins it)
    found = []
    for pattern in patterns:
        if not all(literal in text for literal in required_literals(pattern)):
            continue  # a literal every match holds is missing: no match (faster than a scan)
        for match in pattern.finditer(text):
            found.append((match.group("name"), match.groupdict().get("alias")))
    doc.user_data[_COMPANY_MATCHES] = (patterns, found)
    return found


def _company_name(words: list[str], lexicon: ActorLexicon) -> bool:
    other_kinds = {
        kind
        for base, kinds in lexicon.organisation_references.items()
        if base != "bolag"
        for kind in kinds
    }
    return bool(words) and not any(
        lexicon.analyse(word.lower().removesuffix(":s")) is not None
        or word.lower().endswith(tuple(other_kinds))
        for word in words
    )


def document_company(docs: Sequence[Doc], lexicon: ActorLexicon) -> str | None:
    """The one company the document names without a legal form (`defined_companies`) and
    that `add_short_names` made an actor: ``bolaget`` refers to it."""
    named = {m.canonical for doc in docs for m in doc._.actors or [] if m.source == "name"}
    canonicals = set(defined_companies(docs, lexicon).values()) & named
    return canonicals.pop() if len(canonicals) == 1 else None


def unsuffixed_company(docs: Sequence[Doc], lexicon: ActorLexicon) -> str | None:
    """The one company the document names only without a legal form (``Kommunen äger
    Fjällbo Vatten …``): a name of two or more words, none of them an actor word or the kind
    of another organisation (`_company_name`: no ``kommun``, ``Region``, ``förbund``), and no
    name with a legal form beside it; ``bolaget`` refers to it (round 13, analysis 12 cause
    7). Two such names, one with a legal form, or companies in the plural (``dotterbolagen``,
    ``de helägda bolagen``: a text about companies in general, its ``bolaget`` generic):
    None."""
    mentions = [m for doc in docs for m in doc._.actors or []]
    if any(m.head == "bolag" and m.plural for m in mentions):
        return None
    names = {m.canonical: m.text for m in mentions if m.source == "name"}
    if any(_without_legal_form(text) is not None for text in names.values()):
        return None  # "Fjällbo Vatten AB": the named company (`named_organisations`)
    candidates = {
        canonical
        for canonical, text in names.items()
        if len(text.split()) >= 2 and _company_name(_nominative(text).split(), lexicon)
    }
    return candidates.pop() if len(candidates) == 1 else None


def owner_company(docs: Sequence[Doc], names: frozenset[str], lexicon: ActorLexicon) -> bool:
    """Round 56 (analysis 56-cl C1): the one company the document names with a legal form
    (`names`) stands as an owner (actors.yaml `owner_relation_ends`, `owner_after_words`:
    ``Bolaget är ett helägt dotterbolag till X``, ``Upprättad av X``, ``X som ägare``, ``X
    är moderbolag``; not ``X äger elnätet``, a company's own asset): a page about its
    subsidiary or about companies in general, so ``bolaget`` is not X (docs/annotation.md
    §2.3: `bolaget` names only the document's own company), as companies in the plural
    make it generic (`unsuffixed_company`)."""
    if len(names) != 1:
        return False
    return any(
        m.canonical in names and m.source == "name" and _owner_position(doc, m, lexicon)
        for doc in docs
        for m in doc._.actors or []
    )


def _owner_position(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The name after ``<owner word> <preposition>`` (an adverb may stand between) or before
    ``[som|är] <owner word>``."""
    words = doc_arrays(doc).lower
    before = mention.first_token - 1
    if before >= 1 and words[before] in lexicon.owner_relation_prepositions:
        owner = before - 1
        if owner >= 1 and doc[owner].pos_ == "ADV":
            owner -= 1
        if words[owner].endswith(lexicon.owner_relation_ends):
            return True
    after = mention.last_token + 1
    if after < len(doc) - 1 and words[after] in lexicon.owner_after_links:
        after += 1
    return after < len(doc) and words[after].endswith(lexicon.owner_after_words)


def defined_company_mentions(
    doc: Doc, names: dict[str, str], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Every mention of a defined company's name (`defined_companies`, its genitive too) that
    no other mention covers; an alias only as a subject or possessor, like a short name. A
    generic name reading of an alias's exact words (``Ekbo Hamn`` by the company patterns)
    gives way to the definition (round 54, cf-C: the caller drops it)."""
    covered = {
        i
        for m in doc._.actors or []
        if not (m.source == "name" and names.get(m.text, m.canonical) != m.canonical)
        for i in range(m.first_token, m.last_token + 1)
    }
    text = doc_text(doc)
    found = []
    for name, canonical in names.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?::s|s)?(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(t.i in covered for t in span):
                continue
            genitive = match.end() - match.start() > len(name)
            subject = (
                _subject_like(span[0], genitive)
                or _opens_after_heading(span)
                or (len(span) > 1 and _subject_by_position(span[0], span.end))
            )
            if name.lower() != canonical and not subject:
                continue
            found.append(_name_mention(doc, span.start, span.end, canonical, genitive))
            covered.update(t.i for t in span)
    return found


def generic_owner_name(docs: Sequence[Doc], lexicon: ActorLexicon) -> str | None:
    """``Organisationens namn är Ekby Hembygdsförening``: the name (lower case) that the one
    naming clause of a generic owner (`generic_name_owners`) gives; None without one or with
    two names."""
    names = set()
    for doc in docs:
        arrays = doc_arrays(doc)  # one read of the columns outside a memo (perf54c)
        if lexicon.generic_name_owners.isdisjoint(arrays.lemma):
            continue
        lower = arrays.lower
        # then a name noun (perf54b; `naming_clause` reads none at a sentence's first word or
        # its last two) before a sentence's tokens are read
        if not any(map(lexicon.is_name_noun, lower[1:-2])):
            continue
        for sentence in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            if not any(map(lexicon.is_name_noun, lower[sentence.start + 1 : sentence.end - 2])):
                continue
            tokens = list(sentence)
            clause = naming_clause(tokens, lexicon)
            found = lexicon.analyse(tokens[clause[0]].lower_) if clause else None
            if clause and found and found[0] in lexicon.generic_name_owners:
                names.add(sentence[clause[1] : clause[2]].text.lower())
    return names.pop() if len(names) == 1 else None


def generic_owner_mentions(
    doc: Doc, name: str | None, lexicon: ActorLexicon
) -> list[ActorMention]:
    """The later bare definite singular of a generic owner (``Organisationen ska …``,
    ``organisationens``) as a subject or possessor, where a naming clause of that owner gave
    the document its name (`generic_owner_name`): that name (round 54, analysis 54-cf B).
    A form with a complement (``organisationen av arbetet``) or in an object names a
    structure, no actor."""
    if name is None or lexicon.generic_name_owners.isdisjoint(doc_arrays(doc).lemma):
        return []
    covered = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    found = []
    for token in doc:
        analysis = lexicon.analyse(token.lower_) if token.i not in covered else None
        if analysis is None or analysis[0] not in lexicon.generic_name_owners:
            continue
        if morph_values(token, "Definite") != ["Def"] or morph_values(token, "Number") != ["Sing"]:
            continue
        genitive = token.lower_.endswith("s")
        if _subject_like(token, genitive) and not in_naming_name(doc, token.i, lexicon):
            found.append(_name_mention(doc, token.i, token.i + 1, name, genitive))
    return found


def _without_alias_namings(
    doc: Doc, companies: dict[str, str]
) -> list[ActorMention] | None:
    """The Doc's actors without the name readings of a company's alias where its definition
    gives it (`_company_alias_naming`); None where there is none."""
    actors = doc._.actors or []
    kept = [m for m in actors if not _company_alias_naming(doc, m, companies)]
    return kept if len(kept) < len(actors) else None


def _with_added(actors: list[ActorMention], added: list[ActorMention]) -> list[ActorMention]:
    """`actors` and `added`, in text order; an added mention replaces one of the same span,
    and an acronym's owner reading that starts where one does."""
    starts = {m.first_token for m in added}
    spans = {(m.first_token, m.last_token) for m in added}
    kept = [
        m
        for m in actors
        if not (_acronym_owner(m) and m.first_token in starts)
        and (m.first_token, m.last_token) not in spans
    ]
    return sorted([*kept, *added], key=lambda m: m.start)


def _company_alias_naming(doc: Doc, mention: ActorMention, names: dict[str, str]) -> bool:
    """A name reading of a company's alias where the definition gives it (``Ekbo Hamn AB
    nedan kallat Ekbo Hamn``): a naming, no actor (docs/annotation.md §2.3, round 48)."""
    return (
        mention.source == "name"
        and names.get(mention.text, mention.canonical) != mention.canonical
        and defined_alias(doc, mention.first_token)
    )


def _opens_after_heading(span: Span) -> bool:
    """``Kommunalförbundet EkRa EkRa driver …``: a heading that ends in the name glued to a
    sentence that opens with it; the repeat before a finite verb is that sentence's subject."""
    doc = span.doc
    first, after = span.start, span.end
    return (
        first > 0
        and doc[first - 1].text == span[-1].text
        and after < len(doc)
        and is_finite(doc[after])
    )


def federation_names(
    mentions: Sequence[ActorMention],
    lexicon: ActorLexicon,
    places: Container[str] = frozenset(),
) -> dict[str, str]:
    """``Samordningsförbundet EkNa`` → ``EkNa``: the name after a förbund's definite short
    form, used bare later (``EkNa anställer …``), is that förbund (its canonical), unless
    it is an actor word, opens another name of the document (a place, a municipality) or
    is a word the document uses as a place (`places`: ``inom Ekbys län``; round 18, cause
    C3) or ends in an area noun (`place_area_nouns`: ``Dalbygdens län`` is the county)."""
    names = [m for m in mentions if m.source == "name"]
    found: dict[str, str] = {}
    for mention in names:
        first, _, rest = mention.text.partition(" ")
        analysis = lexicon.analyse(first)
        if not rest or analysis is None or first.lower() == analysis[0]:
            continue  # no definite short form first ("Ekby kommunalförbund")
        if reference_kind(analysis[0], lexicon) not in FREE_NAME_KINDS:
            continue
        rest = _nominative(rest.removesuffix("s") if mention.genitive else rest)
        others = [m for m in names if m.canonical != mention.canonical and m.text.startswith(rest)]
        place = rest.lower() in places or f"{rest.lower()}s" in places  # "inom Ekbys område"
        # "Regionförbundet Dalbygdens län": the rest names the county itself (round 46, bm-3)
        place = place or rest.rsplit(" ", 1)[-1].lower() in lexicon.place_area_nouns
        if others or place or lexicon.analyse(rest.lower()) is not None:
            continue
        found.setdefault(rest, mention.canonical)
    return found
