"""Short references resolved against the document: ``styrelsen`` → the one styrelse the
document names; ``bolaget``/``kommunen``/``regionen`` → the document's named organisation
(``configs/actors.yaml``: short_references, organisation_references). And statute reference
lists (``6 kap. 28 och 29 §§ kommunallagen``), which the verb group reads as one nominal.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pipeline.config import law_endings
from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import PERSON_CATEGORIES, ActorLexicon, Head
from pipeline.nlp.actors import PERSON_ROLES, ActorMention, body_genitive, jointly_owned_chair
from pipeline.nlp.authorities import state_statute
from pipeline.nlp.memo import doc_arrays, doc_memoised, doc_text, morph_values
from pipeline.nlp.predicative import (
    DEFINITE_DETERMINERS,
    in_naming_name,
    in_naming_verb_name,
    naming_clause,
    naming_verb_clause,
    title_compound,
)
from pipeline.nlp.section_bodies import SECTION_BODIES, in_section
from pipeline.patterns import SECTION_SIGN_WORDS

NamedOrganisations = Mapping[str, frozenset[str]]

BODY_ROLES = frozenset({"board", "committee", "auditor", "assembly"})
COLLECTIVE_BODY_ROLES = BODY_ROLES - {"auditor"}  # a body, not its members (revisorerna)
GENERIC_ROLES = frozenset({"board", "committee"})  # an organisation has several such bodies


@dataclass(frozen=True)
class _Resolution:
    """What every short reference of one document resolves against."""

    known: set[str]
    organisation: str | None
    lexicon: ActorLexicon
    body: str | None
    named: NamedOrganisations
    doc: Doc | None
    anaphors: frozenset[int]
    statute: bool
    company_context: bool


def resolve_short_references(
    mentions: Iterable[ActorMention],
    known: Iterable[str],
    organisation: str | None,
    lexicon: ActorLexicon,
    body: str | None = None,
    *,
    own_board: bool = False,
    named: NamedOrganisations | None = None,
    doc: Doc | None = None,
    anaphors: frozenset[int] = frozenset(),
    statute: bool = False,
) -> list[ActorMention]:
    """``styrelsen`` → ``regionstyrelse`` when the document names exactly one such body;
    ``bolaget``/``kommunen``/``regionen`` → the document's named organisation, else the one
    organisation of that kind the document names (`named`: `named_organisations`, by
    default those of these mentions);
    ``ordföranden`` → the chair of the document's body (`body`, its genitive:
    ``styrelsens ordförande``) when the document names no chair in full. A company's or
    förbund's ``styrelsen`` is not the kommunstyrelse (`_company_board`); `own_board`: the
    document is about a company or förbund (`company_document`). A short form coordinated
    with a bare body noun that names no particular body (``Styrelsen eller nämnden``) is
    generic too (`_with_generic_body`), and so is a title that labels a named person
    (`_role_label`); both need the mentions' `doc`. `anaphors`: the first tokens of bare
    role heads that refer back to the role the text introduced (`role_anaphors`). `statute`:
    the document is an organisation's statute (`organisation_statute`), about the
    organisation, not about one of its bodies: an introduced chair stays the office."""
    known = set(known)
    mentions = list(mentions)
    if named is None:
        named = named_organisations([mentions], lexicon)
    company_context = own_board or _company_mentioned(mentions, lexicon)
    context = _Resolution(
        known, organisation, lexicon, body, named, doc, anaphors, statute, company_context
    )
    resolved: list[ActorMention] = []
    for index in range(len(mentions)):
        resolved.append(_resolve_mention(mentions, index, resolved, context))
    return resolved


def _company_mentioned(mentions: list[ActorMention], lexicon: ActorLexicon) -> bool:
    """A mention names a company or förbund, or marks one: its ``styrelsen`` is its own."""
    return any(
        _names_company(m, lexicon) or _company_marker(m, lexicon) or _names_federation(m, lexicon)
        for m in mentions
    )


def _resolve_mention(
    mentions: list[ActorMention],
    index: int,
    resolved: list[ActorMention],
    context: _Resolution,
) -> ActorMention:
    """One mention, resolved to the body it stands for, or as written."""
    mention = mentions[index]
    following = mentions[index + 1] if index + 1 < len(mentions) else None
    if following is not None and _named_in_apposition(mention, following, context.lexicon):
        return with_target(mention, following.canonical, context.lexicon)
    if _kept_as_written(mentions, index, resolved, context):
        return mention
    lexicon = context.lexicon
    if mention.first_token in context.anaphors:
        target = _anaphor_target(mention, context)
        return mention if target is None else with_target(mention, target, lexicon)
    if _unowned_office(context.doc, mention, lexicon):  # "vice ordförande roterar" (r58 R2)
        return mention
    described = _described_body(context.doc, mention, context.known, lexicon)
    if described is not None:  # "Det kommunala rådet" (round 30, C1)
        return with_target(mention, described, lexicon)
    target = _document_target(mention, resolved[-1] if resolved else None, context)
    if target is None or _other_participant(context.doc, mentions, index, target, lexicon):
        return mention
    return with_target(mention, target, lexicon)


def _unowned_office(doc: Doc | None, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``… och vice ordförande roterar``, ``Vid förfall leder vice ordförande mötet``,
    ``Anna Berg, ordförande``: an article-less chair (no definite suffix, no article, no
    owner after it) as a clause's subject after its finite verb, or after a name's comma
    closing a name line, names the office: bare canonical (round 58, ruling R2 of analysis
    58-cr; docs/annotation.md §2.3); before its verb only a titled chair (``vice
    ordförande``): a bare ``Ordförande kallar …`` is left to the chair table, as the
    test gold of two parts reads it (the dev gold keeps 51 of 54 article-less ``vice
    ordförande`` bare, 130 of 160 ``ordförande``). A table cell or a label line
    (``Ordförande``, ``Ordförande:``) keeps the chair table's rule."""
    if doc is None or mention.genitive or mention.text.lower() != mention.canonical:
        return False
    *title, base = mention.canonical.split(" ")
    if not _is_chair(base, lexicon) or not set(title) <= set(lexicon.name_adjectives):
        return False  # "rådets ordförande": an owner written
    first, last = mention.first_token, mention.last_token
    after = doc[last + 1] if last + 1 < len(doc) else None
    before = doc[first - 1] if first > 0 else None
    if after is not None and after.lower_ in _OWNER_PREPOSITIONS:
        return False  # "ordförande i nämnden": an owner written
    if after is not None and after.pos_ in {"VERB", "AUX"} and title:
        return True  # "… och vice ordförande roterar"
    if (
        before is not None
        and before.pos_ in {"VERB", "AUX"}
        and "Fin" in before.morph.get("VerbForm")
        and not before.is_sent_start
    ):
        return True  # an inverted subject after the finite verb (no table's infinitive)
    return (
        before is not None
        and before.text == ","
        and first >= 2
        and doc[first - 2].text[:1].isupper()
        and (after is None or after.is_sent_start or after.is_space)
    )


_OWNER_PREPOSITIONS = frozenset({"i", "för", "inom"})


def _other_participant(
    doc: Doc | None,
    mentions: list[ActorMention],
    index: int,
    target: str,
    lexicon: ActorLexicon,
) -> bool:
    """``Styrelsen ska till kommunstyrelsen lämna en rapport``: a bare subject whose own
    sentence names its would-be compound as another participant (an object, a prepositional
    complement; no subject, no apposition) in a compound of the same head is another body:
    one clause does not name one body twice as two of its participants. (A name or an
    acronym is no compound: ``Rådet ska samråda med RUR`` stands, round 30.) The name a
    naming verb or a naming clause gives is no participant but the subject's own name
    (``Förbundet benämnes Kommunalförbundet Ekvatten och har sitt säte i Ekby``, §2.1)
    and blocks nothing."""
    mention = mentions[index]
    if doc is None or doc[mention.last_token].dep_ not in _SUBJECTS:
        return False
    sentence = doc[mention.first_token].sent
    return any(
        other.canonical == target
        and mention.canonical in other.text.lower()
        and sentence.start <= other.first_token < sentence.end
        and doc[other.last_token].dep_ not in _SUBJECTS | {"appos", "conj"}
        and not _given_name(doc, other, lexicon)
        and not _in_source_phrase(doc, sentence.start, other.first_token)
        for position, other in enumerate(mentions)
        if position != index
    )


def _in_source_phrase(doc: Doc, start: int, position: int) -> bool:
    """The word at `position` stands in a phrase naming a rule's source, opened by ``enligt``
    (grammar.yaml `reported_speech_prepositions`) with no verb before it: ``Enligt lagen om
    Ekby hamnstyrelse ska hamnstyrelsen …`` names the source, no participant of the clause."""
    for word in reversed(doc[start:position]):
        if word.pos_ in {"VERB", "AUX"}:
            return False
        if word.lower_ in GRAMMAR.reported_speech_prepositions:
            return True
    return False


def _given_name(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """`mention` stands in the name that a naming verb or a naming clause gives."""
    return in_naming_verb_name(doc, mention.first_token, lexicon) or in_naming_name(
        doc, mention.first_token, lexicon
    )


def _named_in_apposition(
    mention: ActorMention, following: ActorMention, lexicon: ActorLexicon
) -> bool:
    """``Det kommunala bolaget Ekby Hamn AB (EHAB) förvaltar …``: a definite short form
    right before a name (`_apposition`) is that name's, also where a naming clause gives the
    document's bare short forms another firma (ruling a2; §2.5 ``förbundet Västkust``). A
    compound kind (``dotterbolaget Tallby Nät AB``) keeps its own canonical (§2.5 round 22)."""
    return (
        following.source == "name"
        and mention.canonical in lexicon.organisation_references
        and _apposition(mention, following, lexicon)
    )


def _kept_as_written(
    mentions: list[ActorMention],
    index: int,
    resolved: list[ActorMention],
    context: _Resolution,
) -> bool:
    """A mention that names no one body of the document: it stays as written."""
    doc, lexicon, mention = context.doc, context.lexicon, mentions[index]
    anaphor = mention.first_token in context.anaphors
    return (
        # "kommunerna", "en styrelse": not the document's one
        mention.plural
        or (
            _indefinite(mention, lexicon)
            and not _own_owned(mention, resolved, context.organisation, context.named)
            and not _after_proximal_demonstrative(doc, mention)
        )
        or _with_generic_body(doc, mentions, index, lexicon)
        or _role_label(doc, mention, lexicon)
        or _after_owned_chair(doc, mentions, index)
        or _chair_as_office(doc, mention, lexicon)
        or _chair_in_member_list(doc, mention, lexicon)
        # "Ordförande i nämnden och dess beredning": the bare office (round 52, z1)
        or (doc is not None and jointly_owned_chair(doc, mentions, index))
        or _named_by_task(doc, mention, lexicon)
        # "väljer en ordförande": never resolved (§2.3, round 23)
        or (not anaphor and _after_indefinite_article(doc, mention))
        # "Ordförande väljs för ett år": the office (round 32, D3)
        or (anaphor and mention.text.lower() == mention.canonical)
        # "förste vice ordförande" as written: the office; only the definite
        # "förste vice ordföranden" takes the body's genitive (round 58, ruling R1)
        or (
            mention.text.lower() == mention.canonical
            and _ordinal_title(mention.canonical.split(" "), lexicon)
        )
    )


def _anaphor_target(mention: ActorMention, context: _Resolution) -> str | None:
    """The role the text introduced (later "Ordföranden"): no chair named in full, but the
    chair of the one body the document is about (§2.3 table); a statute is about its
    organisation, whose board is one body of several (round 43, cause 10)."""
    if not _is_chair(mention.canonical, context.lexicon):
        return None
    chair_body = None if context.statute else context.body
    return _resolve(mention.canonical, set(), None, context.lexicon, chair_body)


def _document_target(
    mention: ActorMention, owner: ActorMention | None, context: _Resolution
) -> str | None:
    """The body the document names for the mention; a company's board is not the
    municipality's."""
    known, organisation, lexicon = context.known, context.organisation, context.lexicon
    body, named = context.body, context.named
    if _company_board(mention, owner, organisation, lexicon, context.company_context):
        known_here = {n for n in known if not n.startswith(MUNICIPAL_KINDS)}
        own = organisation if _federation(organisation, lexicon) else None
        named_here = _without_municipal_title(named)
        return _resolve(mention.canonical, known_here, own, lexicon, body, named_here)
    return _resolve(mention.canonical, known, organisation, lexicon, body, named)


def _own_owned(
    mention: ActorMention,
    resolved: list[ActorMention],
    organisation: str | None,
    named: NamedOrganisations,
) -> bool:
    """``Förbundets styrelse``: a bare noun right after the definite singular genitive of
    the document's own förbund (resolved to it; the document gives it a board,
    `FEDERATION_BOARD`) is its one body, definite as ``Styrelsen`` is (round 47, analysis
    47-bn cause 2a; docs/annotation.md §2.3); ``varje bolags styrelse``, ``en förenings
    styrelse`` name none, and a company's ``Bolagets styrelse`` stays ``styrelse``."""
    owner = resolved[-1] if resolved else None
    return (
        owner is not None
        and organisation is not None
        and FEDERATION_BOARD in named
        and owner.genitive
        and owner.last_token == mention.first_token - 1
        and owner.text.lower().endswith(_DEFINITE_SINGULAR)
        and owner.canonical == organisation.lower()
    )


def _described_body(
    doc: Doc | None, mention: ActorMention, known: set[str], lexicon: ActorLexicon
) -> str | None:
    """``Det kommunala rådet``, ``den regionala nämnden``: a bare definite head after a
    preposed article and a descriptive adjective (`descriptive_adjectives`) is the one body
    the document names with that adjective and head (``kommunalt pensionärsråd``,
    ``regional utvecklingsnämnd``; round 30, analysis-30 cause C1; docs/annotation.md §2.5).
    Two such bodies, or none: no resolution here."""
    if doc is None or " " in mention.canonical or mention.first_token < 2:
        return None
    article, adjective = doc[mention.first_token - 2], doc[mention.first_token - 1]
    lemma = lexicon.name_adjectives.get(adjective.lower_)
    if article.lower_ not in DEFINITE_DETERMINERS or lemma not in lexicon.descriptive_adjectives:
        return None
    forms = {lemma, lemma + "t"}
    bodies = {
        name
        for name in known
        if name.count(" ") == 1
        and name.split(" ")[0] in forms
        and name.split(" ")[1].endswith(mention.canonical)
    }
    return bodies.pop() if len(bodies) == 1 else None


def _without_municipal_title(named: dict[str, frozenset[str]] | None) -> dict | None:
    """A company's or förbund's board is not the kommunstyrelse the title governs either
    (``Reglemente för kommunstyrelsen`` … ``utse en ledamot i styrelsen`` in a clause naming
    ``räddningsförbundet``: `styrelse`; docs/annotation.md §2.3, round 25 cause C2)."""
    if not named or TITLE_BODIES not in named:
        return named
    bodies = frozenset(n for n in named[TITLE_BODIES] if not n.startswith(MUNICIPAL_KINDS))
    return {**named, TITLE_BODIES: bodies}


def with_target(mention: ActorMention, target: str, lexicon: ActorLexicon) -> ActorMention:
    """The short form with its target's canonical; the short form of an organisation kind
    is that organisation (``myndigheten`` → ``ekby universitet``, round 20 cause C3)."""
    if mention.canonical in lexicon.organisation_references:
        return replace(
            mention, canonical=target, short=True, category="organisation", role="organisation"
        )
    return replace(mention, canonical=target, short=True)


MUNICIPAL_KINDS = ("kommun", "region", "landsting")


def role_anaphors(
    mention_lists: Iterable[Iterable[ActorMention]],
    lexicon: ActorLexicon,
    docs: Sequence[Doc] | None = None,
) -> list[frozenset[int]]:
    """For each clause (in document order), the first tokens of the definite bare heads of a
    person's role (``direktören``, `_role_short_form`) whose nearest mention of that head
    before them is the bare head itself, introduced indefinitely: ``Kommunstyrelsen ska
    utse en direktör. Direktören ska …`` speaks of the role the text introduced (the
    law's direktör), not of the one compound the document names (``stadsdirektör``), so it
    stays bare (docs/annotation.md §2.3). After a compound (``Kommundirektören får …
    Direktören får inte …``) the bare head is that compound again. With the clauses' `docs`,
    so do chairs: ``Styrelsen utser en ordförande. Ordföranden …`` (the office an electing
    verb fills or a chair after an indefinite article, round 21 cause C2)."""
    introduced: dict[str, bool] = {}
    found = []
    for at, mentions in enumerate(mention_lists):
        doc = docs[at] if docs is not None else None
        anaphors = set()
        for mention in mentions:
            if (
                doc is not None
                and not mention.plural
                and _chair_anaphor(doc, mention, lexicon, introduced)
            ):
                anaphors.add(mention.first_token)
            analysis = lexicon.analyse(mention.canonical)
            head = analysis[1].head if analysis is not None else None
            if mention.plural or head is None or not _role_short_form(head, lexicon):
                continue
            if mention.canonical != head:
                introduced[head] = False  # "kommundirektören"
            elif _indefinite(mention, lexicon):
                introduced[head] = True  # "en direktör"
            elif introduced.get(head, False):
                anaphors.add(mention.first_token)
        found.append(frozenset(anaphors))
    return found


def local_antecedents(docs: Sequence[Doc], lexicon: ActorLexicon) -> list[dict[int, str]]:
    """For each clause (in document order), the bare definite heads of
    `antecedent_short_references` (``styrelsen``) that take the one compound of their head
    named as a subject before them in their own sentence or in the previous one (which may
    close the previous clause), by first token: ``Kommunstyrelsen leder arbetet. Styrelsen
    ska …`` → kommunstyrelse, however often the document names a company (round 52, ruling
    a1: it beats the document count). A compound whose sentence names a company, förbund or
    foundation (``Kommunstyrelsen har uppsikt över bolaget``) gives none (ruling a1'), nor
    does a board owned by a genitive (``bolagets styrelse``) in that stretch; an owned bare
    head never takes one, nor one whose own sentence names such an organisation (round 2:
    ``Styrelsen ska förvalta stiftelsens kapital`` → styrelse)."""
    heads = lexicon.antecedent_short_references
    found: list[dict[int, str]] = []
    carried: list[_Antecedent] = []  # the previous clause's last sentence
    for doc in docs:
        seen = _antecedent_mentions(doc, heads) if heads else []
        found.append(_clause_antecedents(doc, seen, carried) if seen else {})
        last = doc[len(doc) - 1].sent.start if seen else len(doc)
        carried = [m for m in seen if m[0] >= last]
    return found


def _clause_antecedents(
    doc: Doc, seen: list[_Antecedent], carried: list[_Antecedent]
) -> dict[int, str]:
    """One clause's bare heads (`seen`) and their antecedents; `carried`: the previous
    clause's last sentence, the previous sentence of the clause's first one."""
    targets: dict[int, str] = {}
    for index, (first, _, kind) in enumerate(seen):
        if kind != "bare":
            continue
        sentence = doc[first].sent
        if _names_owner_organisation(doc, sentence.start, sentence.end):
            continue  # "Styrelsen ska förvalta stiftelsens kapital": round 2 stands
        start = sentence.start
        before = doc[start - 1].sent.start if start else None
        window = [m for m in seen[:index] if m[0] >= (start if before is None else before)]
        target = _subject_antecedent([*carried, *window] if before is None else window)
        if target is not None:
            targets[first] = target
    return targets


_Antecedent = tuple[int, str, str]  # first token, canonical, kind (subject, bare, owned, other)


def _antecedent_mentions(doc: Doc, heads: frozenset[str]) -> list[_Antecedent]:
    """The doc's mentions ending in one of the `heads`, each with its kind: a compound as a
    subject or a conjunct of one (also plural, by its singular canonical: ``Nämnder och
    bolagsstyrelser ska …``; round 52, ruling o1), a singular definite bare head no genitive
    owns that is itself a subject, an owned bare head; a subject compound whose sentence
    names a company, förbund or foundation is kind ``company`` (round 52, ruling a1':
    ``Kommunstyrelsen äger aktierna i bolaget. Styrelsen …``, the board is the company's)."""
    mentions = doc._.actors or []
    seen = []
    for index, mention in enumerate(mentions):
        if not mention.canonical.endswith(tuple(heads)):
            continue
        if mention.plural and (mention.canonical in heads or not _in_subject(doc, mention)):
            continue
        owner = mentions[index - 1] if index else None
        if mention.canonical in heads:
            owned = owner is not None and owner.genitive
            owned = owned and owner.last_token == mention.first_token - 1
            definite = mention.text.lower().endswith(("en", "ens"))
            # only a subject continues the antecedent's topic: ``dvs. styrelsen, nämnden``,
            # ``förslag till styrelsen`` name the board in general (dev w29-c2, w32-b)
            bare = definite and _in_subject(doc, mention)
            kind = "owned" if owned else "bare" if bare else "other"
        elif _in_subject(doc, mention):
            kind = "company" if _names_organisation_around(doc, mention.first_token) else "subject"
        else:
            kind = "other"
        seen.append((mention.first_token, mention.canonical, kind))
    return seen


def _in_subject(doc: Doc, mention: ActorMention) -> bool:
    """A non-genitive mention that is a subject or a conjunct of one (``Nämnder och
    bolagsstyrelser``)."""
    if mention.genitive:
        return False
    token = doc[mention.last_token]
    return token.dep_ in _SUBJECTS or (token.dep_ == "conj" and token.head.dep_ in _SUBJECTS)


def _names_owner_organisation(doc: Doc, start: int, end: int) -> bool:
    """The sentence names one organisation other than a municipality or region (``bolaget``,
    ``stiftelsens``): its bare board is that organisation's (round 2), no antecedent's."""
    return any(
        start <= m.first_token < end
        and m.category == "organisation"
        and not m.plural
        and not m.canonical.split(" ")[-1].startswith(MUNICIPAL_KINDS)
        for m in doc._.actors or []
    )


def _names_organisation_around(doc: Doc, index: int) -> bool:
    sentence = doc[index].sent
    return _names_owner_organisation(doc, sentence.start, sentence.end)


def _subject_antecedent(window: list[_Antecedent]) -> str | None:
    """The one compound named as a subject in `window`; none where an owned board is there
    or a subject's sentence names a company (ruling a1')."""
    if any(kind in {"owned", "company"} for _, _, kind in window):
        return None
    compounds = {canonical for _, canonical, kind in window if kind == "subject"}
    return compounds.pop() if len(compounds) == 1 else None


def _chair_anaphor(
    doc: Doc, mention: ActorMention, lexicon: ActorLexicon, introduced: dict[str, bool]
) -> bool:
    """A definite bare chair (``Ordföranden``, ``Viceordföranden``) after the text introduced
    that office (`_introduces`); an owned or compound chair (``styrelsens ordförande``,
    ``styrelseordförande``) is the full form again. Updates `introduced`."""
    words = mention.canonical.split(" ")
    if not _is_chair(words[-1], lexicon):
        return False
    adjectives = set(lexicon.name_adjectives.values())
    bare = len(words) == 1 or (len(words) == 2 and words[0] in adjectives)
    head = lexicon.analyse(words[-1])[1].head
    if not bare or words[-1] != head:
        for key in [key for key in introduced if key.split(" ")[-1] == head]:
            introduced[key] = False  # the full form again: "ordförande", "vice ordförande"
        return False
    if _introduces(doc, mention, lexicon):
        introduced[mention.canonical] = True
        return False
    definite = mention.text.lower().endswith("n")
    return introduced.get(mention.canonical, False) and (definite or _bare_subject(doc, mention))


def _bare_subject(doc: Doc, mention: ActorMention) -> bool:
    """``Styrelsen väljer inom sig ordförande. Ordförande väljs för ett år.``: a bare chair
    without an article as a subject repeats the office an electing verb filled (round 32,
    docs/annotation.md §2.6 D3)."""
    return mention.text.lower() == mention.canonical and doc[mention.last_token].dep_ in {
        "nsubj",
        "nsubj:pass",
    }


def _introduces(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """A bare chair (``ordförande``, ``vice ordförande``) after an indefinite article or as
    the office an electing verb fills (`_chair_as_office`) introduces the role."""
    if mention.genitive or mention.text.lower().endswith("n"):
        return False
    return _after_indefinite_article(doc, mention) or _chair_as_office(doc, mention, lexicon)


def elected_chairs(
    docs: Sequence[Doc], anaphors: Sequence[frozenset[int]], lexicon: ActorLexicon
) -> list[dict[int, str]]:
    """For each clause (in document order), the definite bare chairs among its `anaphors`
    (`role_anaphors`: ``Ordföranden`` after the text introduced the office) whose office a
    body elected among its own members (`_electing_body`: ``Styrelsen utser inom sig en
    ordförande``, ``utser nämnden bland sina ledamöter en sekreterare``), by first token: that
    body's chair in the genitive the text writes (``styrelsens ordförande``; round 52,
    analysis 52-p P-B, round 51 a1). The introducing mention stays bare (round 23); a chair
    elected by an assembly for the organisation (``Årsmötet väljer en ordförande``) and an
    article-less ``Ordförande`` (the office again, round 32 D3) stay as they are, and so do
    all where the document names a chair in full (``Styrelseordföranden``: §2.3, round 23)."""
    owners: dict[str, str | None] = {}
    found: list[dict[int, str]] = [{} for _ in docs]
    if any(_full_chair(m, lexicon) for doc in docs for m in doc._.actors or []):
        return found
    for at, (doc, role_heads) in enumerate(zip(docs, anaphors, strict=True)):
        for mention in doc._.actors or []:
            if mention.plural or not _is_chair(mention.canonical.split(" ")[-1], lexicon):
                continue
            if _introduces(doc, mention, lexicon):
                owners[mention.canonical] = _electing_body(doc, mention, lexicon)
                continue
            owner = owners.get(mention.canonical)
            definite = mention.text.lower() != mention.canonical
            if owner is not None and definite and mention.first_token in role_heads:
                found[at][mention.first_token] = f"{owner} {mention.canonical}"
    return found


def _full_chair(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """A chair named in full: owned (``styrelsens ordförande``) or a compound
    (``styrelseordförande``), not the bare office (``ordförande``, ``vice ordförande``)."""
    words = mention.canonical.split(" ")
    if not _is_chair(words[-1], lexicon):
        return False
    adjectives = set(lexicon.name_adjectives.values())
    bare = len(words) == 1 or (len(words) == 2 and words[0] in adjectives)
    return not bare or words[-1] != lexicon.analyse(words[-1])[1].head


def _electing_body(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> str | None:
    """The genitive (``styrelsens``) of the one definite body named before an introduced
    chair in its sentence that elects it among its own members: an active electing verb
    (`appointing_verbs`) and a preposition of `among_prepositions` followed by a reflexive
    (`own_reflexives`: ``inom sig``, ``bland sina ledamöter``) stand before the chair."""
    sentence = doc[mention.first_token].sent
    before = doc[sentence.start : mention.first_token]
    words = [token.lower_ for token in before]
    electing = any(w in lexicon.appointing_verbs and not w.endswith("s") for w in words)
    among = any(
        word in lexicon.among_prepositions and following in lexicon.own_reflexives
        for word, following in zip(words, words[1:], strict=False)
    )
    if not (electing and among):
        return None
    bodies = [
        m
        for m in doc._.actors or []
        if sentence.start <= m.first_token < mention.first_token
        and m.role in BODY_ROLES
        and not (m.plural or m.genitive)
    ]
    if len(bodies) != 1 or not bodies[0].text.lower().endswith(_DEFINITE_BODY_ENDINGS):
        return None
    return body_genitive(bodies[0].text)


def _role_short_form(head: str, lexicon: ActorLexicon) -> bool:
    """``direktör``: a short reference that names a person's role (a tjänsteperson's or an
    elected person's), not a body, and is no bare definite form (``ordförande``)."""
    analysis = lexicon.analyse(head)
    return (
        head in lexicon.short_references
        and head not in lexicon.invariant_short_forms
        and analysis is not None
        and analysis[1].category in PERSON_CATEGORIES
    )


def named_organisations(
    mention_lists: Iterable[Iterable[ActorMention]],
    lexicon: ActorLexicon,
    notes: frozenset[int] = frozenset(),
) -> dict[str, frozenset[str]]:
    """The organisations a document names, by the short form that refers to each kind:
    ``kommun`` → {``åby stad``}, ``förbund`` → {``kustlandets räddningstjänstförbund``}. A
    name of no kind of its own in apposition right after a definite short form is of that
    kind (``förbundet Kustbrand``; not ``i förbundet Ekvik kommun och …``). A compound of
    a short form the document calls its organisation by (``kommunalförbundet Ekbacka
    räddningstjänst``, ``Ekbacka kommunalförbund``) is a short form of that name too.
    `mention_lists`: the mentions of each clause, in order; `notes`: the numbers of the
    clauses that are case-law notes (`court_report_note`), whose agencies are not counted."""
    named: dict[str, set[str]] = {}
    for number, mentions in enumerate(mention_lists):
        previous: ActorMention | None = None
        for mention in mentions:
            kinds = _kinds_of(mention.canonical, lexicon) if mention.source == "name" else []
            for base in kinds:
                named.setdefault(base, set()).add(mention.canonical)
            for compound in _kind_compounds(mention.canonical, lexicon) if kinds else ():
                named.setdefault(compound, set()).add(mention.canonical)
            if mention.source == "name" and not kinds and _apposition(previous, mention, lexicon):
                for short in {previous.canonical, reference_kind(previous.canonical, lexicon)}:
                    named.setdefault(short, set()).add(mention.canonical)
            if _agency_name(mention) and number not in notes:  # its "myndigheten" (round 29)
                named.setdefault(AGENCY, set()).add(mention.canonical)
            previous = mention
    return {
        base: frozenset(_one_spelling(_without_cut_names(names, lexicon)))
        for base, names in named.items()
    }


def _one_spelling(names: Iterable[str]) -> set[str]:
    """``samordningsförbundet ekå bydal`` in a heading beside ``samordningsförbundet
    ekå-bydal`` in the text: one name of a double place, written with and without its
    hyphen; the hyphenated spelling stands for both (round 47, analysis 47-bn C)."""
    names = set(names)
    hyphened = {name.replace("-", " ") for name in names if "-" in name}
    return {name for name in names if "-" in name or name not in hyphened}


# The short form of a state agency: the one agency a document names is its "myndigheten".
AGENCY = "myndighet"

# A court report's reference: a series in capitals, a year and the case's number (`HFD 2015
# ref 3`, `RÅ 1999 ref. 45`, `NJA 2010 s. 123`, `AD 2004 nr 12`, `MÖD 2019:7`).
COURT_REPORT = re.compile(
    r"[A-ZÅÄÖ]{2,5}\s+(?:1[89]|20)\d\d(?:\s+(?:ref|s|not|nr)\.?\s*\d+|:\d+)\b"
)


def court_report_note(text: str) -> bool:
    """A case-law note: a clause that opens with a court report's reference (`HFD 2015 ref 3:
    Skatteverket …`). The agencies it names are the case's parties, not the document's:
    they do not count for `myndigheten` (round 35, analyst 35 cause C4)."""
    return COURT_REPORT.match(text.lstrip()) is not None


def _agency_name(mention: ActorMention) -> bool:
    """``Tullverket``, ``Statens fastighetsverk``, ``Myndigheten för …``, a state authority
    kept as written (``socialstyrelsen``, pipeline/nlp/authorities.py): the name of a state
    agency (grammar `agency_name_endings`, on its first or last word)."""
    words = mention.canonical.split(" ")
    written = mention.text.split(" ")
    if (
        len(written) == 2
        and " " not in mention.canonical
        and (written[0].lower() in GRAMMAR.agency_name_endings)
    ):  # "Myndigheten Ekbyhögskolan": the name in apposition to the kind (round 37)
        return True
    if mention.canonical in GRAMMAR.agency_nouns:  # "Länsstyrelsen", not "en länsstyrelse"
        return mention.text.lower() != mention.canonical and not mention.plural  # round 37
    if mention.source != "name" and not (mention.role == "external" and len(words) == 1):
        return False
    if mention.source != "name" and mention.canonical.endswith("nämnden"):
        return True  # a state statute's "Kemikalienämnden" (round 35, C4; authorities.py)
    if mention.source != "name" and not mention.canonical.endswith("styrelsen"):
        return False
    return any(w.endswith(tuple(GRAMMAR.agency_name_endings)) for w in {words[0], words[-1]})


def kindless_federation(
    mentions: Iterable[ActorMention], organisation: str | None, lexicon: ActorLexicon
) -> str | None:
    """``Stadgar för Ekbia`` … ``Förbundsstyrelsen leder förbundets arbete``: an association
    whose declared name has no kind word (no word the lexicon reads as an actor) but whose
    own bodies are ``förbund-`` compounds (``förbundsstyrelsen``, ``förbundsmötet``) is the
    förbund its ``förbundet``/``förbundets`` refers to: its name, lower case (round 37,
    analyst 37 cause ar-C8; docs/annotation.md §2.3). A name whose kind word is a plural
    (``Västerbygdens Kommuner``) names an association of such organisations, no one of them:
    kindless too (round 47, analysis 47-bn cause 1)."""
    if not organisation or any(
        _singular_kind(word, lexicon) for word in organisation.lower().split()
    ):
        return None
    if not any(
        m.canonical.startswith("förbunds") and m.role in COLLECTIVE_BODY_ROLES for m in mentions
    ):
        return None
    return organisation.lower()


def _singular_kind(word: str, lexicon: ActorLexicon) -> bool:
    """``kommun``, ``förbundet``: a word the lexicon reads as an actor, not in a plural
    (``kommuner``: the members an association of them names itself after)."""
    analysis = lexicon.analyse(word)
    if analysis is None:
        return False
    return not any(word == analysis[0] + ending for ending in lexicon.plural_endings)


def compound_federation(
    docs: Sequence[Doc], title: Doc | None, lexicon: ActorLexicon
) -> tuple[str, str] | None:
    """``Träarbetarförbundets stadgar`` … ``Förbundet delas in i …``: a union that names
    itself by one capitalised ``-förbund`` compound (in the title, or capitalised inside a
    sentence) and writes no other is the förbund its bare ``förbundet``/``förbundets`` refers
    to; its canonical is the name's definite form, lower case. The compound's base and that
    name; None for two such compounds, a municipal kind (``Kommunalförbundet``: the kind
    words of `association_name_excluded_parts`), a common noun (``Fackförbundet``:
    `common_federation_parts`) or one the document also writes in lower case
    (round 45, bi-C3; docs/annotation.md §2.5)."""
    found, lower = set(), set()
    for doc in docs:
        for mention in doc._.actors or []:
            base = mention.canonical.removesuffix("et")
            if (
                mention.head != "förbund"
                or base == "förbund"
                or " " in base
                or not base.endswith("förbund")
            ):
                continue
            if not mention.text[:1].isupper():
                lower.add(base)  # "leder skidförbundet": the common noun (round 42, bc-N1)
            elif doc is title or not (
                mention.text.isupper() or doc[mention.first_token].is_sent_start
            ):  # not "Kommunalförbundet ska …" (a sentence's capital) nor capitals for stress
                found.add(base)
    if len(found) != 1 or found & lower:
        return None
    base = found.pop()
    if base.startswith(lexicon.association_name_excluded_parts + lexicon.common_federation_parts):
        return None
    return base, f"{base}et"


def title_agency(title: str, lexicon: ActorLexicon) -> str | None:
    """``Förordning (2031:7) med länsstyrelseinstruktion``: a statute title whose
    instruction compound opens with an agency noun (grammar `agency_nouns`) names the
    document's agency, that noun (round 37, analyst 37 cause ar-C2)."""
    lowered = title.lower()
    if "instruktion" not in lowered or not state_statute(title, lexicon):
        return None
    found = _TITLE_INSTRUCTION.search(lowered)
    stem = found.group(1) if found else None
    return stem if stem in GRAMMAR.agency_nouns else None


_TITLE_INSTRUCTION = re.compile(r"\bmed\s+(\w+?)s?instruktion\b")


def _has_naming_verb(doc: Doc, lexicon: ActorLexicon) -> bool:
    """A word of the Doc is a naming or name-bearing verb, without which `naming_verb_clause`
    finds nothing (one pass over the Doc's words, not one per sentence)."""
    verbs = lexicon.naming_verbs | lexicon.name_bearing_verbs
    return not verbs.isdisjoint(doc_arrays(doc).lower)


def naming_definitions(docs: Iterable[Doc], lexicon: ActorLexicon) -> dict[str, frozenset[str]]:
    """The names that naming clauses give organisations (``Kommunalförbundets namn är
    Ekdalens räddningstjänst``: ``kommunalförbund`` and ``förbund`` → {``ekdalens
    räddningstjänst``}), by the owner's canonical and its kind, like `named_organisations`;
    a company's name is the document's defined company (docs/annotation.md §2.1)."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        naming_verbs = _has_naming_verb(doc, lexicon)
        for sentence in sentences:
            tokens = list(sentence)
            clause = naming_clause(tokens, lexicon)
            verb_clause = (
                None if clause or not naming_verbs else naming_verb_clause(tokens, lexicon)
            )
            for owner_at, first, end in filter(None, (clause, verb_clause)):
                owner = next(
                    (
                        m
                        for m in doc._.actors or []
                        if m.first_token <= sentence.start + owner_at <= m.last_token
                    ),
                    None,
                )
                if owner is None or (verb_clause and (owner.genitive or owner.plural)):
                    continue
                name = doc[sentence.start + first : sentence.start + end].text.lower()
                kind = _generic_owner_kind(owner.canonical, name, lexicon)
                for key in _naming_keys(owner.canonical, owner.category, lexicon) | (
                    _naming_keys(kind, owner.category, lexicon) if kind else set()
                ):
                    found.setdefault(key, set()).add(name)
                head = _named_kind_head(name, kind or owner.canonical, lexicon)
                if head is not None:  # "Kårens namn är Norrby Studentkår": "Studentkåren"
                    found.setdefault(named_by_clause(head), set()).add(name)
                subject = doc[sentence.start + owner_at].lower_
                written = doc[sentence.start + first].text
                titled = verb_clause and written.islower()  # a lower-case title (round 46)
                for base in _titled_body_bases(subject, name, lexicon) if titled else ():
                    found.setdefault(named_by_clause(base), set()).add(name)
        previous = None
        for mention in doc._.actors or []:
            defined = (
                _defined_short_form(doc, mention, lexicon)
                or _kind_before(previous, mention, lexicon)
                or _classified_kind(doc, mention, lexicon)
            )
            if defined is not None:
                for key in _naming_keys(*defined, lexicon):
                    found.setdefault(key, set()).add(mention.canonical)
                kind = reference_kind(defined[0], lexicon)
                if kind is not None and _classified_kind(doc, mention, lexicon) is not None:
                    found.setdefault(classified_kind(kind), set()).add(mention.canonical)
            previous = mention
    return {key: _longest_names(names) for key, names in found.items()}


def _named_kind_head(name: str, owner: str, lexicon: ActorLexicon) -> str | None:
    """``studentkår`` of ``norrby studentkår`` named by ``Kårens namn är …``: the name's
    last word when it is a compound of the owner's kind (`clause_named_kinds`), so that the
    later bare ``Studentkåren`` is the name too (round 45, bi-C3); or the compound of the
    kind in its definite form that opens a longer name (``bostadsrättsföreningen
    björkhagen`` → ``bostadsrättsförening``, its later ``Bostadsrättsföreningen``; round 49,
    analysis 49-bs C1b)."""
    if owner not in lexicon.clause_named_kinds:
        return None
    first, _, rest = name.partition(" ")
    last = name.rsplit(" ", 1)[-1]
    if last != owner and last.endswith(owner) and lexicon.analyse(last) is not None:
        return last
    found = lexicon.analyse(first) if rest else None
    if found is None or found[1].head != owner or found[0] in {owner, first}:
        return None
    return found[0]


def _generic_owner_kind(owner: str, name: str, lexicon: ActorLexicon) -> str | None:
    """``parti`` of ``Organisationens namn är Bygdepartiet``: the kind of the name's last
    word, its compound head, or of the kind noun that opens it (``Stiftelsen Skånsk
    Framtid``), when the owner is generic (`generic_name_owners`) and that head is one of
    `clause_named_kinds` or any organisation kind the lexicon knows (stiftelse, förbund,
    bolag …; round 54, analysis 54-cf B); its later short form (``Partiet``,
    ``Stiftelsen``) is the name (round 49 R2, analysis 49-bs C1d). None for another owner or
    a name of no such kind."""
    if owner not in lexicon.generic_name_owners:
        return None
    words = name.split()
    for word in (words[-1], words[0]):  # "… Hembygdsförening", "Stiftelsen Skånsk Framtid"
        found = lexicon.analyse(word)
        if found is None or found[1].head in lexicon.generic_name_owners:
            continue
        if found[1].head in lexicon.clause_named_kinds or found[1].category == "organisation":
            return found[1].head
    return None


def _titled_body_bases(subject: str, name: str, lexicon: ActorLexicon) -> tuple[str, ...]:
    """``Den gemensamma nämnden ska benämnas lönenämnden ekonomi och personal``: a body
    named by a lower-case title that opens with a compound of its head (`_body_title` of
    pipeline/nlp/predicative.py) is that title wherever the text writes the compound
    (``Lönenämnden``) or the bare head (``Nämnden``; round 46, analysis 46-bm cause 6)."""
    if " " not in name:
        return ()
    compound = title_compound(subject, name.split(" ", 1)[0], lexicon)
    return () if compound is None else compound


def _longest_names(names: set[str]) -> frozenset[str]:
    """The names of one key less those that are a word-prefix of another: a name read short
    (``anders och lisa`` beside ``anders och lisa holms minnesfond``) is no second name
    (round 40, analysis 40-reg cause 1)."""
    return frozenset(
        name for name in names if not any(other.startswith(f"{name} ") for other in names)
    )


def widened_to_names(doc: Doc, names: frozenset[str]) -> list[ActorMention] | None:
    """``Stadgar för Stiftelsen för hjärtforskning``: a mention resolved to a name a naming
    clause gives whose text goes on with the rest of that name is one span of the whole
    name (round 39, av-C1; docs/annotation.md §2.1 naming clause); None when none is."""
    mentions = list(doc._.actors or [])
    text = doc_text(doc).lower()
    changed = False
    for at, mention in enumerate(mentions):
        name = mention.canonical
        widened = _widened_back(doc, mentions, mention, names)
        if widened is not None:
            mentions[at], changed = widened, True
            continue
        if name not in names or mention.genitive or not name.startswith(f"{mention.text.lower()} "):
            continue
        after = text[mention.start + len(name) : mention.start + len(name) + 1]
        if not text.startswith(name, mention.start) or after.isalnum():
            continue
        span = doc.char_span(mention.start, mention.start + len(name))
        if span is None or any(
            m.first_token > mention.last_token and m.first_token < span.end for m in mentions
        ):
            continue
        mentions[at] = replace(
            mention, end=span.end_char, text=span.text, last_token=span.end - 1, source="name"
        )
        changed = True
    return mentions if changed else None


def _widened_back(
    doc: Doc, mentions: list[ActorMention], mention: ActorMention, names: frozenset[str]
) -> ActorMention | None:
    """``Bolagsordning för Skog och mark i Norrå Ekeby AB``: a mention whose text ends a
    name a naming clause gives, after the rest of that name, is one span of the whole name
    (round 40, analyst ay C2: the organisation pattern stops at a lower-case word). Only a
    name the patterns found: a bare head (``Stadgar för Ekby hembygdsförening``) stays."""
    if mention.genitive or mention.source != "name":
        return None
    ending = f" {mention.text.lower()}"
    for name in sorted(names):
        start = mention.start - len(name) + len(ending) - 1
        if (
            not name.endswith(ending)
            or start < 0
            or doc_text(doc)[start : mention.start].lower() != name[: -len(ending) + 1]
        ):
            continue
        if start > 0 and doc_text(doc)[start - 1].isalnum():
            continue
        span = doc.char_span(start, mention.end)
        if span is None or any(
            m.last_token >= span.start and m.first_token < mention.first_token for m in mentions
        ):
            continue
        return replace(
            mention,
            start=start,
            text=span.text,
            canonical=name,
            first_token=span.start,
            source="name",
        )
    return None


def declared_name_keys(
    organisation: str | None, title: str, lexicon: ActorLexicon
) -> dict[str, frozenset[str]]:
    """The organisation a title declares (``Reglemente för Storsjöns vattenråd``) under the
    keys a naming clause files it by, where its kind noun is a body with a short form
    (`short_references`: ``råd``, ``utskott``, ``grupp``): that noun (``vattenråd``) and its
    head (``råd``), so that their later bare definite forms take the name (round 19, cause
    C0; docs/annotation.md §2.3). A förening's or stiftelse's bare form stays the kind
    (the dev gold of rounds 13-16), and a kind of its own (``kommun``, ``förbund``,
    ``bolag``) resolves by `organisation_references`."""
    if not organisation or " " not in organisation or organisation.lower() not in title.lower():
        return {}
    name = organisation.lower()
    words = name.split()
    for index, word in enumerate(words):
        found = lexicon.analyse(word.strip(",.;:"))
        if found is None or found[1].category not in _DECLARED_CATEGORIES:
            continue
        bases = {found[0], found[1].head}
        if _place_municipal_body(words[:index], found[0], found[1].head, lexicon):
            return {}
        if found[1].head not in lexicon.short_references or any(
            base in lexicon.organisation_references or reference_kind(base, lexicon)
            for base in bases
        ):
            return {}
        return {named_by_clause(base): frozenset({name}) for base in bases}
    return {}


def _place_municipal_body(before: list[str], base: str, head: str, lexicon: ActorLexicon) -> bool:
    """``Ekbackas kommunfullmäktige``, ``Åsbrons kommunstyrelse``: a place's genitive before
    a compound whose first part is a municipality or region (`municipal_owners`) names that
    municipality's own body, which the §2.3 table resolves by meaning: the genitive is no part
    of the body's name, and the title declares none (round 8; analysis 51-w50y A)."""
    return (
        bool(before)
        and before[-1].endswith("s")
        and base != head
        and base.startswith(tuple(lexicon.municipal_owners))
    )


# Categories of a kind noun that a declared name may open or end with.
_DECLARED_CATEGORIES = frozenset({"organisation", "politiskt organ"})


def _defined_short_form(
    doc: Doc, mention: ActorMention, lexicon: ActorLexicon
) -> tuple[str, str] | None:
    """``Föreningen Norrby skidvänner, nedan kallad föreningen``, ``Kommunalförbundet Södra
    skogsbygden (nedan förbundet)``: the base and category of the definite organisation noun a
    definition (`definition_adverbs`, `definition_inner_adverbs`, then at most the naming
    participle) gives the name before it (round 16, cause C2; docs/annotation.md §2.3)."""
    if mention.source != "name":
        return None
    position = mention.last_token + 1
    if position >= len(doc) or doc[position].text not in {",", "("}:
        return None
    position += 1
    if position >= len(doc) or doc[position].lower_ not in GRAMMAR.definition_adverbs:
        return None
    position += 1
    while position < len(doc) and doc[position].lower_ in GRAMMAR.definition_inner_adverbs:
        position += 1  # "nedan även kallad" (round 47, analysis 47-bo A1)
    if position < len(doc) and lexicon.analyse(doc[position].lower_) is None:
        position += 1  # "kallad", "benämnt"
    if position >= len(doc) or not doc[position].is_alpha:
        return None
    analysis = lexicon.analyse(doc[position].lower_)
    if analysis is None:
        return None
    if analysis[1].category != "organisation" and not _association_kind(analysis, lexicon):
        return None
    return analysis[0], "organisation"


def _association_kind(analysis: tuple[str, Head], lexicon: ActorLexicon) -> bool:
    """``Studentkåren``, ``kåren``, ``doktorandkåren``: a defined short form whose base or
    compound head is an association kind (`association_name_heads`, `clause_named_kinds`)
    of another category (``kår`` is extern: a rescue corps too) names the association the
    definition follows (round 51, analysis 51-bo A)."""
    kinds = lexicon.association_name_heads | lexicon.clause_named_kinds
    return analysis[0] in kinds or analysis[1].head in kinds


def _classified_kind(
    doc: Doc, mention: ActorMention, lexicon: ActorLexicon
) -> tuple[str, str] | None:
    """``Ekdalens skolförbund är ett kommunalförbund``, ``Norrsport är en ideell förening``:
    a written name as the subject of a classifying copula whose predicative is an
    indefinite organisation kind (adjectives allowed: ``ett helägt kommunalt bolag``) defines
    the document's organisation of that kind, as a naming clause does: the kind's later
    bare definite forms take the name (round 51 ruling b1; docs/annotation.md §2.3). Two
    names so defined for one kind resolve nothing (`_longest_names` keeps both)."""
    position = mention.last_token + 1
    if mention.source != "name" or mention.genitive or position + 2 >= len(doc):
        return None
    copula, article = doc[position], doc[position + 1]
    if copula.lemma_ != "vara" or article.lower_ not in GRAMMAR.indefinite_articles:
        return None
    position += 2
    while position < len(doc) - 1 and doc[position].pos_ == "ADJ":
        position += 1
    found = lexicon.analyse(doc[position].lower_)
    if found is None or found[1].category != "organisation" or found[0] != doc[position].lower_:
        return None  # an indefinite singular organisation noun only
    return found[0], found[1].category


def _kind_before(
    previous: ActorMention | None, mention: ActorMention, lexicon: ActorLexicon
) -> tuple[str, str] | None:
    """``Ideella föreningen Sol&Vind Riks``: a name with ``&`` in apposition right after a
    definite singular organisation noun of no kind of its own (`named_by_clause`) names
    that noun (round 16, cause C3), as ``förbundet Kustbrand`` names the förbund; so does a
    fund's name joined by ``och`` (``Stiftelsen Anna och Per Lunds minnesfond``, round 35,
    C3): a later ``Stiftelsen``/``Stiftelsens`` is it."""
    if (
        previous is None
        or mention.source != "name"
        or not ("&" in mention.canonical or _joined_fund_name(mention.canonical))
        or previous.last_token + 1 != mention.first_token
        or previous.source != "lexicon"
        or previous.plural
        or previous.genitive
        or previous.category != "organisation"
        or " " in previous.canonical
        or _indefinite(previous, lexicon)
        or previous.text.lower() == previous.canonical
    ):
        return None
    return previous.canonical, previous.category


def _joined_fund_name(canonical: str) -> bool:
    """``anna och per lunds minnesfond``: persons' names joined by ``och``, the last in the
    genitive, before a fund or foundation noun (configs/actors.yaml organisation_patterns)."""
    words = canonical.split(" ")
    return (
        "och" in words[1:-2]
        and words[-2].endswith("s")
        and words[-1].removesuffix("s").endswith(FUND_NOUNS)
    )


# The nouns that end a fund's or foundation's name (round 35, C3).
FUND_NOUNS = ("fond", "fonden", "stiftelse", "stiftelsen")


def _naming_keys(canonical: str, category: str, lexicon: ActorLexicon) -> set[str]:
    """The keys a naming clause files its name under: the owner's canonical and its kind
    (``kommunalförbund``, ``förbund``), and a one-word organisation (``föreningen``,
    ``aktiebolaget``) under its `named_by_clause` key."""
    kind = reference_kind(canonical, lexicon)
    keys = set()
    if (
        (category == "organisation" or canonical in lexicon.clause_named_kinds)
        and " " not in canonical
        and kind not in lexicon.single_organisation_kinds
        and canonical not in lexicon.organisation_references
    ):
        keys.add(named_by_clause(canonical))
    if kind is not None:
        keys |= {canonical, kind} | ({DEFINED_COMPANY} if kind == "bolag" else set())
        keys.add(named_kind(kind))
    return keys


def named_kind(kind: str) -> str:
    """The key of `NamedOrganisations` for the names a definition gives an organisation of
    kind ``kind`` (``Förbundets namn är N``): a later compound of the kind
    (``kommunalförbundet``) that the document names no other way is N (round 41, A1)."""
    return f"{kind} (defined kind)"


def classified_kind(kind: str) -> str:
    """The key of `NamedOrganisations` for the names a classifying copula defines as of kind
    ``kind`` (``X är ett helägt kommunalt bolag``): two of them leave the kind's bare definite
    form unresolved (round 51 ruling b1)."""
    return f"{kind} (classified)"


def named_by_clause(base: str) -> str:
    """The key of `NamedOrganisations` for an organisation of no kind (``förening``) that a
    naming clause names (``Föreningen heter Ljungbyns Skidklubb``; round 16, cause C1)."""
    return f"{base} (named)"


def _without_cut_names(names: set[str], lexicon: ActorLexicon) -> set[str]:
    """``kommunalförbundet ekbacka`` (a sentence-initial short form read with the first word
    of the name) beside ``ekbacka räddningstjänst``, ``samordningsförbundet norrdalen(s)``
    beside ``norrdalen`` (in apposition after ``samordningsförbundet``): one förbund, named
    by the name without its short form."""
    cut = {name: _after_short_form(name, lexicon) for name in names}
    return {
        name
        for name in names
        if cut[name] == name
        or not any(
            other != name
            and (other.startswith(cut[name] + " ") or cut[name] in {other, other + "s"})
            for other in names
        )
    }


def _after_short_form(name: str, lexicon: ActorLexicon) -> str:
    """The name without an opening definite short form (``kommunalförbundet ekbacka`` →
    ``ekbacka``); else the whole name."""
    first, _, rest = name.partition(" ")
    found = lexicon.analyse(first)
    definite = found is not None and first != found[0] and reference_kind(found[0], lexicon)
    return rest if definite and rest else name


def _kinds_of(name: str, lexicon: ActorLexicon) -> list[str]:
    words = name.split()
    if len(words) < 2:
        return []
    return [
        base
        for base, kinds in lexicon.organisation_references.items()
        if words[0].endswith(kinds) or words[-1].endswith(kinds)
    ]


def _kind_compounds(name: str, lexicon: ActorLexicon) -> set[str]:
    """``ekbacka kommunalförbund``, ``samordningsförbundet norrdalen``: the compound of a
    short form that the name opens or ends with (``kommunalförbund``,
    ``samordningsförbund``), by which the document may refer to it."""
    words = name.split()
    found = (lexicon.analyse(word) for word in (words[0], words[-1]))
    return {
        base
        for base, _ in filter(None, found)
        if base not in lexicon.organisation_references and reference_kind(base, lexicon)
    }


def reference_kind(word: str, lexicon: ActorLexicon) -> str | None:
    """The short form of an organisation that `word` is or is a compound of:
    ``kommunalförbund`` → ``förbund``; None for ``kommun`` itself and for words of no kind."""
    if word in lexicon.organisation_references:
        return word
    found = lexicon.analyse(word)
    kind = found[1].head if found is not None and found[0] == word else None
    return kind if kind in lexicon.organisation_references and kind != word else None


def _apposition(short: ActorMention | None, name: ActorMention, lexicon: ActorLexicon) -> bool:
    """``förbundet Kustbrand``, ``kommunalförbundet Ekbacka räddningstjänst``: a definite
    singular short form of an organisation (or a compound of one) followed directly by a
    name."""
    return (
        short is not None
        and reference_kind(short.canonical, lexicon) is not None
        and short.last_token + 1 == name.first_token
        and not short.genitive
        and not short.plural
        and not _indefinite(short, lexicon)
    )


def _with_generic_body(
    doc: Doc | None, mentions: list[ActorMention], index: int, lexicon: ActorLexicon
) -> bool:
    """``Styrelsen eller nämnden har …``: a short form coordinated with a bare body noun that
    is never resolved (``nämnden``, docs/annotation.md §2.3) speaks of any such body."""
    mention = mentions[index]
    if doc is None or mention.role not in GENERIC_ROLES:
        return False  # "fullmäktige och nämnden": a municipality has one assembly
    for other in (*mentions[index + 1 : index + 2], *mentions[max(0, index - 1) : index]):
        first, second = sorted((mention, other), key=lambda m: m.first_token)
        if second.first_token != first.last_token + 2:
            continue
        between = doc[first.last_token + 1]
        # a slash coordinates too (round 17: `Nämnden/styrelsen`, `nämnd/ styrelse`)
        linked = between.lower_ in GRAMMAR.noun_phrase_coordinators or between.text == "/"
        # "styrelsen, nämnden eller chefen": a comma of a series a coordinator closes (r29 C6)
        linked = linked or (between.text == "," and _closed_series(doc, mentions, second))
        if linked and _generic_body(other, lexicon):
            return True
    return False


def _closed_series(doc: Doc, mentions: list[ActorMention], start: ActorMention) -> bool:
    """The mentions from `start` on go on in a series joined by commas that a coordinator
    closes (``nämnden eller chefen``)."""
    current = start
    for mention in mentions:
        if mention.first_token != current.last_token + 2:
            continue
        between = doc[current.last_token + 1]
        if between.lower_ in GRAMMAR.noun_phrase_coordinators:
            return True
        if between.text != ",":
            return False
        current = mention
    return False


def _after_owned_chair(doc: Doc | None, mentions: list[ActorMention], index: int) -> bool:
    """``Kommunstyrelsens ordförande och vice ordförande``: the genitive before the first
    chair does not carry over to a coordinated ``vice ordförande`` (docs/annotation.md §2.3)."""
    mention = mentions[index]
    if doc is None or index == 0 or mention.role != "chair" or " " not in mention.canonical:
        return False
    previous = mentions[index - 1]
    if (
        previous.role == "chair"
        and " " in previous.canonical
        and previous.last_token + 2 == mention.first_token
        and doc[previous.last_token + 1].lower_ in GRAMMAR.noun_phrase_coordinators
    ):
        return True
    return _after_owned_chair_clause(doc, mentions, index)


def _after_owned_chair_clause(doc: Doc, mentions: list[ActorMention], index: int) -> bool:
    """``Rådets ordförande utses av kommunen, vice ordförande utses inom rådet``: a bare
    ``vice ordförande`` opening the next clause of the sentence after a comma or coordinator
    does not take the owner of the chair before it either (docs/annotation.md §2.3, round
    37)."""
    mention = mentions[index]
    first = mention.first_token
    if (
        mention.text.lower() != mention.canonical
        or first == 0
        or (doc[first - 1].text != "," and doc[first - 1].lower_ not in GRAMMAR.clause_coordinators)
    ):
        return False
    sentence_start = doc[first].sent.start
    for previous in reversed(mentions[:index]):
        if previous.first_token < sentence_start:
            return False
        if previous.role == "chair":
            return " " in previous.canonical and previous.canonical.split(" ")[0].endswith("s")
    return False


def _after_indefinite_article(doc: Doc | None, mention: ActorMention) -> bool:
    """``utser inom sig en ordförande``, ``en viceordförande``: a short form used bare as
    definite (`invariant_short_forms`) or written with a name adjective, after an indefinite
    article (`indefinite_articles`), names a person to be chosen, no chair named in full
    (docs/annotation.md §2.3: ``en direktör``, ``en ordförande`` are never resolved, also
    in a document about one body; round 23, cause C4). A numeral counts as the article
    (``samt en eller två vice ordförande``, ``högst två``: round 42, cause 13) before a
    chair in its base form, unless a definite determiner or a genitive stands before it
    (``de två vice ordförandena``)."""
    if doc is None or mention.first_token <= 0 or mention.genitive:
        return False
    before = doc[mention.first_token - 1]
    if before.lower_ in GRAMMAR.indefinite_articles:
        return True
    if not _numeral(before) or mention.text.lower() != mention.canonical:
        return False  # "2 Förbundet ska …": a section number before a definite noun
    return not (before.i > 0 and _definite_determiner(doc[before.i - 1]))


def _numeral(token: Token) -> bool:
    """A number word (``två``, ``tre``); digits are section numbers too (``2 Fullmäktige``)."""
    return token.is_alpha and (token.pos_ == "NUM" or token.like_num)


def _definite_determiner(token: Token) -> bool:
    """``de``, ``dessa``, or an owner's genitive (``Rådets två vice ordförande``)."""
    definite = token.pos_ in {"DET", "PRON"} and "Def" in morph_values(token, "Definite")
    return definite or token.dep_ == "nmod:poss"


def _role_label(doc: Doc | None, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Vice ordförande: Anna Ek``: a title before a colon and a personal name labels that
    person's role (a list of members); it names no body's chair."""
    if doc is None or mention.last_token + 2 >= len(doc):
        return False
    colon, name = doc[mention.last_token + 1], doc[mention.last_token + 2]
    return colon.text == ":" and name.is_title and lexicon.analyse(name.text) is None


def _chair_as_office(doc: Doc | None, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``väljer nämnden ordförande och vice ordföranden``, ``exempelvis ordförande``: a bare
    chair (no owner, no article) named as the office an active electing verb fills
    (`appointing_verbs`; ``väljs ordföranden`` is the passive's subject, ``välja en
    ordförande`` a person) or as an example (`exemplifiers`) is no body's acting chair; it
    stays bare (docs/annotation.md §2.3). Word order, not the parse: only the verb's
    subject, other chairs, conjunctions, commas and adverbs stand between, and a phrase
    naming among whom (``väljer inom sig``, ``utser bland sina ledamöter``: a preposition, a
    pronoun or determiner, an actor noun; round 32, docs/annotation.md §2.6 D3)."""
    words = mention.canonical.split()
    if doc is None or mention.genitive or not _is_chair(words[-1], lexicon):
        return False
    if len(words) > 1 and words[0] not in lexicon.name_adjectives.values():
        return False  # "styrelsens ordförande": an owned chair
    position = mention.first_token - 1
    start = doc[mention.first_token].sent.start
    while position >= start:
        token = doc[position]
        word = token.lower_
        if word in lexicon.exemplifiers:
            return True
        if word in lexicon.appointing_verbs:
            return not word.endswith("s")  # "väljs", "utses": the chair is the subject
        between = word in GRAMMAR.coordinators or word == "," or token.pos_ == "ADV"
        between = between or _numeral(token)  # "samt en eller två vice ordförande" (r42, 13)
        chair = lexicon.analyse(word)
        among = token.pos_ in {"ADP", "PRON", "DET"} or chair is not None
        if not (between or among):
            return False
        position -= 1
    return False


def _chair_in_member_list(doc: Doc | None, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Styrelsen består av ordförande, vice ordförande och tre ledamöter``, ``fem
    ledamöter: ordförande, vice ordförande och tre övriga``: a bare chair (no owner, no
    article) listed among a body's members after a composition verb (`composition_verbs` +
    ``av``) or a colon after the members names an office of the body, not its acting chair;
    it stays bare (docs/annotation.md §2.5). Only other members, numerals, adjectives,
    commas and conjunctions stand between."""
    words = mention.canonical.split()
    if doc is None or mention.genitive or not _is_chair(words[-1], lexicon):
        return False
    if mention.text.lower() != mention.canonical:
        return False  # "ordföranden", "styrelsens ordförande"
    start = doc[mention.first_token].sent.start
    for position in range(mention.first_token - 1, start - 1, -1):
        token = doc[position]
        if token.lower_ == "av":
            return position > start and doc[position - 1].lower_ in lexicon.composition_verbs
        if token.text == ":":
            return position > start and lexicon.analyse(doc[position - 1].text) is not None
        listed = token.lower_ in GRAMMAR.coordinators or token.text == ","
        if not (listed or token.pos_ in {"ADJ", "NUM", "DET"} or lexicon.analyse(token.text)):
            return False
    return False


def _named_by_task(doc: Doc | None, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Rådet för hållbarhet``, ``Nämnden för teknik``: a definite body noun with a ``för``
    attribute names a body of its own by its task, not the document's one compound of that
    noun (round 14, analysis-14 cause 9). A time noun after ``för`` (``för mandatperioden``)
    says for how long, not which task (round 51, analysis 51-bx C3)."""
    if doc is None or mention.first_token < 0 or mention.genitive:
        return False
    after = mention.last_token + 1
    analysis = lexicon.analyse(mention.text)
    return (
        after + 1 < len(doc)
        and doc[after].lower_ == "för"
        and doc[after + 1].pos_ == "NOUN"
        and not lexicon.names_period(doc[after + 1].text)
        and analysis is not None
        and analysis[1].role in COLLECTIVE_BODY_ROLES
        and mention.canonical == analysis[1].head
    )


def _generic_body(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``nämnden``: the bare singular head of a body that the document never resolves."""
    return (
        mention.role in COLLECTIVE_BODY_ROLES
        and not mention.plural
        and mention.canonical == mention.head
        and mention.canonical not in lexicon.short_references
        and mention.canonical not in lexicon.organisation_references
    )


def _federation(organisation: str | None, lexicon: ActorLexicon) -> bool:
    """The document's organisation is a förbund (``Ekdalens samordningsförbund``): its bare
    ``styrelsen`` is its own board, ``förbundsstyrelse`` (`_body_of`), though a förbund's
    document is about it as a company's is about the company (round 12, analysis 11 cause 3)."""
    return organisation is not None and is_company_or_federation(
        organisation.lower(), lexicon, ("förbund",)
    )


def _company_board(
    mention: ActorMention,
    owner: ActorMention | None,
    organisation: str | None,
    lexicon: ActorLexicon,
    company_context: bool,
) -> bool:
    """A short form of a body every organisation has (``styrelsen``) names the board of a
    company or a kommunalförbund when that organisation owns it (``bolagets styrelse``),
    when its clause names one company or förbund or the document is about one
    (`company_context`), or when the document's organisation is one: it is not the
    kommunstyrelse or regionstyrelse the document also names (docs/annotation.md §2.3).
    So does its genitive owning a one-span actor (``styrelsens ordförande``)."""
    words = mention.canonical.split(" ")
    body = lexicon.analyse(words[0]) if len(words) == 2 and words[0].endswith("s") else None
    if len(words) == 2 and (body is None or body[0] not in lexicon.organisation_bodies):
        return False
    if len(words) == 1 and (
        mention.canonical not in lexicon.organisation_bodies
        or mention.canonical in lexicon.invariant_short_forms
    ):
        return False
    if len(words) > 2:
        return False
    if owner is not None and owner.genitive and owner.last_token == mention.first_token - 1:
        return is_company_or_federation(owner.canonical, lexicon)
    if company_context:
        return True
    return organisation is not None and is_company_or_federation(organisation.lower(), lexicon)


def company_document(
    mentions: Iterable[ActorMention], lexicon: ActorLexicon, company: str | None = None
) -> bool:
    """A document about one company or förbund: it names that organisation (``bolaget``,
    ``förbundet``, its name) or an actor only a company has (``VD``, ``bolagsstämman``:
    `_company_marker`) at least three times and more often than a municipal or regional
    board. Its owner may be the organisation it names most (``Bolaget ägs av Ekby kommun``).
    `company`: the company the document names without its legal form (``Lönnbackahus``),
    whose name counts like ``bolaget``."""
    mentions = list(mentions)
    companies = sum(
        _names_company(m, lexicon) or _company_marker(m, lexicon) or m.canonical == company
        for m in mentions
    )
    boards = sum(m.canonical.startswith(MUNICIPAL_KINDS) and m.role == "board" for m in mentions)
    return companies >= 3 and companies > boards


def _names_company(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``bolaget``, ``förbundets``, ``Ekbacka Vatten AB``: one particular company or förbund
    (not ``bolagen``, ``ett bolag``)."""
    if mention.plural or _indefinite(mention, lexicon):
        return False
    return is_company_or_federation(mention.canonical, lexicon)


def _names_federation(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``räddningsförbundet``, ``samordningsförbundets``: a definite one-word compound of
    ``förbund`` names one förbund, whose board its clause's ``styrelsen`` is (round 25, cause
    C2); a ``bolag`` compound names a relation (``dotterbolaget``). Not counted for
    `company_document`: a municipal document may name several förbund."""
    if mention.plural or _indefinite(mention, lexicon) or " " in mention.canonical:
        return False
    return mention.canonical.endswith(FEDERATION) and mention.canonical != FEDERATION


FEDERATION = "förbund"


def _company_marker(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``VD``, ``bolagsstämman``, ``lekmannarevisorn``: an actor of one company's own
    organisation (`company_markers`); the plural (``bolagsstämmorna``) is any company's."""
    if mention.canonical in lexicon.company_member_markers:
        return True  # "suppleanterna": the members of its one board
    return not mention.plural and mention.canonical in lexicon.company_markers


def is_company_or_federation(
    name: str, lexicon: ActorLexicon, bases: tuple[str, ...] = ("bolag", "förbund")
) -> bool:
    """``bolag``, ``ekbacka vatten ab``, ``norrdalens räddningstjänstförbund``: an
    organisation that is neither a municipality nor a region (of the kinds `bases`)."""
    words = name.split()
    kinds = tuple(kind for base in bases for kind in lexicon.organisation_references.get(base, ()))
    return words[-1] in bases or (
        len(words) > 1 and (words[-1].endswith(kinds) or words[0].endswith(kinds))
    )


def _after_proximal_demonstrative(doc: Doc | None, mention: ActorMention) -> bool:
    """``Denna stiftelse``, ``detta förbund``: a singular short form right after a proximal
    demonstrative (grammar `proximal_demonstratives`) names one particular organisation, as
    its definite form does (round 54, analysis 54-cf B), unless the text introduced that
    body before it (`_introduced_before`): then the demonstrative points back to it."""
    return (
        doc is not None
        and not mention.plural
        and mention.category == "organisation"  # "Denna grupp": a body stays generic
        and 0 < mention.first_token < len(doc)
        and doc[mention.first_token - 1].lower_ in GRAMMAR.proximal_demonstratives
        and not _introduced_before(doc, mention.first_token)
    )


def _introduced_before(doc: Doc, noun: int) -> bool:
    """``Bolaget får bilda ett dotterbolag. Detta bolag …``, ``… äger även ett annat bolag.
    Detta bolag …``: an indefinite noun phrase (`indefinite_articles`, then at most two
    determiners or adjectives) earlier in the text whose head ends in the demonstrated
    noun introduced the body the demonstrative points back to (review 54, item 2)."""
    word = doc[noun].lower_
    return any(
        token.lower_.endswith(word) and _indefinite_head(token) for token in doc[: noun - 1]
    )


def _indefinite_head(token: Token) -> bool:
    """`token` heads a noun phrase opened by an indefinite article (``ett annat bolag``)."""
    doc = token.doc
    for before in reversed(doc[max(token.i - 3, 0) : token.i]):
        if before.lower_ in GRAMMAR.indefinite_articles:
            return True
        if before.pos_ not in {"ADJ", "DET"}:
            return False
    return False


def _indefinite(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``en kommun``, ``som styrelse``, ``varje bolags``: an indefinite short form (also in
    the genitive) names no particular body;
    ``fullmäktige`` and ``ordförande`` are used bare as definite (`invariant_short_forms`)."""
    word = mention.text.lower()
    bare = word == mention.canonical or word == mention.canonical + "s"  # "respektive bolags"
    return bare and " " not in word and mention.canonical not in lexicon.invariant_short_forms


def organisation_for(base: str, organisation: str | None, lexicon: ActorLexicon) -> str | None:
    """The named organisation a bare ``bolaget``/``kommunen`` refers to, if its kind fits."""
    kinds = lexicon.organisation_references.get(base)
    if not kinds or not organisation:
        return None
    name = organisation.lower()
    words = name.split()
    if _described_kind(words, lexicon):
        return None  # round 41, ah-A2: ``Gemensamt kommunalförbund`` describes, names none
    if len(words) > 1 and (words[0].endswith(kinds) or words[-1].endswith(kinds)):
        return name  # "Region Gotland", "Ekbacka Vatten AB", "Kommunalförbundet Sydvatten"
    if len(words) > 1 and _definite_kind_compound(words[-1], kinds):
        return name  # "Västra Ekslättsregionen" (round 58, analysis58-cs C9)
    return None


def _definite_kind_compound(word: str, kinds: Sequence[str]) -> bool:
    """``ekslättsregionen``: a compound's definite form of a kind noun in -en, the last
    word of a name (``Västra Ekslättsregionen``) whose bare ``regionen`` refers to it."""
    return any(word.endswith(f"{kind}en") and len(word) > len(kind) + 3 for kind in kinds)


def _described_kind(words: list[str], lexicon: ActorLexicon) -> bool:
    """A descriptive adjective (`descriptive_adjectives`) before an indefinite kind noun
    that is no fixed term with it (``gemensamt kommunalförbund``, not ``gemensam nämnd``):
    a description of the organisation, no name for its short forms (docs/annotation.md
    §2.2, §2.3)."""
    if len(words) != 2:
        return False
    lemma = lexicon.name_adjectives.get(words[0], words[0])
    terms = lexicon.descriptive_adjectives.get(lemma)
    return terms is not None and words[1] not in terms and lexicon.analyse(words[1]) is not None


def document_body(
    mentions: Iterable[ActorMention], lexicon: ActorLexicon | None = None
) -> str | None:
    """The genitive of the one body a document is about (``styrelsens`` in a board's
    arbetsordning, ``revisorernas`` in the auditors' reglemente): the body mentioned at
    least three times and twice as often as any other, or more often than any other when it
    is the first body the document names (its title's: ``Delegationsordning för
    kommunstyrelsen`` naming nämnder and utskott too) and the runner-up is another body, not
    its own short form (``kommunstyrelse`` and ``styrelse``: a document that names its body
    by both speaks of chairs as offices), as the text writes its genitive.
    None in a document about several bodies of that kind (`_about_several`), and never an
    indefinite genitive (``varje nämnds``: no particular body; needs the `lexicon`)."""
    mentions = list(mentions)
    bodies = [
        m.canonical
        for m in mentions
        if _counts_as_body(m) and _one_body_name(m.canonical) and m.source != "meeting"
    ]
    bodies = _fold_invariant_short_forms(bodies, lexicon)
    ranked = Counter(bodies).most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    top, count = ranked[0]
    runner_up, second = ranked[1] if len(ranked) > 1 else ("", 0)
    # the first-named body needs only to be named most when the runner-up is another body;
    # its own short form (`förbundsdirektion` and `direktion`) counts as a rival of itself
    own_short_form = bool(runner_up) and top.endswith(runner_up)
    if count < 2 * second and (count == second or top != bodies[0] or own_short_form):
        return None
    if _about_several([m for m in mentions if m.canonical == top]):
        return None
    genitives = Counter(
        m.text.lower()
        for m in mentions
        if m.canonical == top and m.genitive and not (lexicon and _indefinite(m, lexicon))
    )
    if not genitives:
        genitives = _owner_genitives(mentions, top) or _definite_genitives(mentions, top)
    return min(genitives, key=lambda g: (-genitives[g], g)) if genitives else None


def title_body_genitive(
    title: Doc | None, mentions: Iterable[ActorMention], lexicon: ActorLexicon
) -> str | None:
    """``Delegationsordning för kultur- och fritidsnämnden`` … ``Nämnden`` … ``ordföranden``:
    the genitive of the one body the title names, as the title writes it
    (``kultur- och fritidsnämndens``), when the document is about it: the text names that
    body or its bare head (``Nämnden``) at least three times and twice as often as any other
    body, and never several of them. Its bare chair is that body's (docs/annotation.md §2.3
    table; round 43, probe43 cause 12), where `document_body` finds none: it counts one-word
    bodies only, and the bare head apart from the compound."""
    if title is None:
        return None
    titled = [
        m
        for m in title._.actors or []
        if m.role in COLLECTIVE_BODY_ROLES and not m.plural and not m.genitive
    ]
    if len(titled) != 1 or not titled[0].text.lower().endswith(_DEFINITE_BODY_ENDINGS):
        return None
    body = titled[0]
    analysis = lexicon.analyse(body.canonical.split(" ")[-1])
    own = {body.canonical, analysis[1].head if analysis is not None else body.canonical}
    bodies = [m for m in mentions if m.role in BODY_ROLES and m.source != "meeting"]
    # "en nämnd" is no mention of the title's body; any other body is a rival
    count = sum(m.canonical in own and not _indefinite(m, lexicon) for m in bodies)
    counts = Counter(
        m.canonical for m in bodies if m.canonical not in own and " " not in m.canonical
    )
    if count < 3 or any(count < 2 * other for other in counts.values()):
        return None
    if _about_several([m for m in bodies if m.canonical in own]):
        return None
    return f"{body.text.lower()}s"


_DEFINITE_BODY_ENDINGS = ("en", "et")  # "byggnämnden", "utskottet": a definite singular


def metadata_rivals(
    mentions_by_clause: Iterable[tuple[str, Iterable[ActorMention]]], lexicon: ActorLexicon
) -> frozenset[str]:
    """The ``-fullmäktige`` compounds (`invariant_short_forms`) written only in metadata
    clauses, where the text writes another one outside them: an adoption line's agent
    (``Beslutat av landstingsfullmäktige …``, often the body's former name) is no rival of
    the assembly the text speaks of for its bare ``fullmäktige`` (round 46, analysis 46-bm
    cause 7; docs/annotation.md §2.3). `mentions_by_clause`: each clause's kind and
    mentions."""
    inside: set[str] = set()
    outside: set[str] = set()
    shorts = tuple(lexicon.invariant_short_forms)
    for kind, mentions in mentions_by_clause:
        names = {
            m.canonical
            for m in mentions
            if m.canonical.endswith(shorts) and m.canonical not in lexicon.invariant_short_forms
        }
        (inside if kind == "metadata" else outside).update(names)
    return frozenset(inside - outside) if outside else frozenset()


def _fold_invariant_short_forms(bodies: list[str], lexicon: ActorLexicon | None) -> list[str]:
    """A bare `invariant_short_forms` body (``fullmäktige``) is the one full form of it the
    document writes (``kommunfullmäktige``; docs/annotation.md §2.3 table), no rival body of
    it: a KF arbetsordning that writes both is about one body (round 17, analysis-17 cause
    C5)."""
    if lexicon is None:
        return bodies
    folded = {}
    for short in lexicon.invariant_short_forms:
        full = {b for b in bodies if b != short and b.endswith(short)}
        if len(full) == 1:
            folded[short] = full.pop()
    return [folded.get(body, body) for body in bodies]


def _counts_as_body(mention: ActorMention) -> bool:
    """A mention of a body `document_body` counts: a board, committee or assembly, and
    auditors only in the plural (``revisorerna``, ``revisorernas``: the body of a revisorernas
    reglemente). One auditor (``granskaren``, ``revisorn``, however often named) is a person,
    who has no chair: a bare ``ordföranden`` beside one stays ``ordförande`` (round 56,
    analysis56-ck C1)."""
    return mention.role in COLLECTIVE_BODY_ROLES or (
        mention.role in BODY_ROLES and mention.plural
    )


def _one_body_name(canonical: str) -> bool:
    """A body's canonical `document_body` counts: one word (``styrelse``), or a level
    adjective + the body (``kommunalt pensionärsråd``, ``teknisk nämnd``: analysis 51-ak
    P1), never an owner's genitive + its body (``kommunstyrelsens arbetsutskott``) or a
    longer phrase."""
    words = canonical.split(" ")
    return len(words) == 1 or (len(words) == 2 and not words[0].endswith("s"))


def _definite_genitives(mentions: list[ActorMention], body: str) -> Counter[str]:
    """``Kommunala ungdomsrådet`` → ``kommunala ungdomsrådets``: the genitive of an
    adjective + body the text writes in no genitive, from its definite form (analysis 51-ak
    P1)."""
    if " " not in body:
        return Counter()
    return Counter(
        f"{m.text.lower()}s"
        for m in mentions
        if m.canonical == body
        and not m.genitive
        and m.text.lower().endswith(_DEFINITE_BODY_ENDINGS)
    )


def _owner_genitives(mentions: list[ActorMention], body: str) -> Counter[str]:
    """The body's genitive as written inside a genitive + head span (``Kommunfullmäktiges
    presidium``), when the text writes it nowhere alone."""
    return Counter(
        m.text.split(" ", 1)[0].lower()
        for m in mentions
        if m.canonical.startswith(f"{body}s ") and m.text.lower().startswith(f"{body}s ")
    )


def _about_several(mentions: list[ActorMention]) -> bool:
    """``nämnderna`` as often as ``nämnden``: the document speaks of several bodies of one
    kind (a reglemente common to all nämnder), so no one of them is its body. Auditors are
    persons; their plural is the one body (``revisorerna``)."""
    collective = [m for m in mentions if m.role in COLLECTIVE_BODY_ROLES]
    plural = sum(m.plural for m in collective)
    return bool(collective) and plural >= len(collective) - plural


def _resolve(
    canonical: str,
    known: set[str],
    organisation: str | None,
    lexicon: ActorLexicon,
    body: str | None = None,
    named: NamedOrganisations | None = None,
) -> str | None:
    """The full name a short reference's canonical form stands for, or None."""
    words = canonical.split(" ")
    if _genitive_owned(words, lexicon):
        return _resolve_owned(words, known, organisation, lexicon, named)
    if len(words) == 2 and words[0] in lexicon.name_adjectives.values():
        return _resolve_adjective_title(canonical, known, organisation, lexicon, body, named)
    if _ordinal_title(words, lexicon):  # "förste vice ordförande" (round 58, ruling R1)
        return _resolve_adjective_title(canonical, known, organisation, lexicon, body, named)
    if len(words) != 1:
        return None
    return _resolve_word(canonical, known, organisation, lexicon, body, named)


def _genitive_owned(words: list[str], lexicon: ActorLexicon) -> bool:
    """``rådets ordförande``, ``rådets vice ordförande``: an owner's genitive before the head."""
    titled = len(words) == 3 and words[1] in lexicon.name_adjectives.values()  # round 30, C1
    return (len(words) == 2 or titled) and words[0].endswith("s")


def _resolve_owned(
    words: list[str],
    known: set[str],
    organisation: str | None,
    lexicon: ActorLexicon,
    named: NamedOrganisations | None,
) -> str | None:
    """``rådets vice ordförande``: the owner resolves, the head stays."""
    base = " ".join(words[1:])
    analysis = lexicon.analyse(words[0])
    owner_base = analysis[0] if analysis else None
    if analysis is not None and lexicon.is_plural(words[0], *analysis):
        return None  # "kommunernas ersättare": several owners, none the named one (C5)
    if owner_base and words[0].startswith(owner_base):
        owner = _resolve(owner_base, known, organisation, lexicon, None, named)
        owner = _weak_adjective(owner, lexicon) if owner else None
        return f"{words[0].replace(owner_base, owner, 1)} {base}" if owner else None
    return None


def _ordinal_title(words: list[str], lexicon: ActorLexicon) -> bool:
    """``förste vice ordförande``, ``andre vice ordförande``: an ordinal
    (`elided_name_adjectives`) before a title adjective and its head ranks the deputies of
    that office, and takes its owner as the title does (docs/annotation.md §2.3, round 58
    ruling R1)."""
    return (
        len(words) == 3
        and words[0] in lexicon.elided_name_adjectives
        and words[1] in lexicon.name_adjectives.values()
    )


def _resolve_adjective_title(
    canonical: str,
    known: set[str],
    organisation: str | None,
    lexicon: ActorLexicon,
    body: str | None,
    named: NamedOrganisations | None,
) -> str | None:
    """``vice ordförande`` → ``styrelsens vice ordförande``: the owner of the bare head."""
    base = canonical.split(" ")[-1]
    adjectives = set(lexicon.name_adjectives.values())
    owner = _resolve(base, known, organisation, lexicon, body, named)
    if (
        owner is None
        or " " not in owner
        or owner.split(" ")[0] in adjectives
        or not owner.endswith(f" {base}")  # a body's title (round 46, bm cause 6)
    ):
        return None  # a fixed term's bare head is that term, no owner (round 19, C1)
    return f"{owner.removesuffix(base)}{canonical}"


def _resolve_word(
    base: str,
    known: set[str],
    organisation: str | None,
    lexicon: ActorLexicon,
    body: str | None,
    named: NamedOrganisations | None,
) -> str | None:
    """A one-word reference: a level-named body, an organisation, a named or fixed body, else
    the one body of its kind."""
    level = _level_named(base, known, lexicon)
    if level is not None:  # "Seniorrådet" beside "Kommunala seniorrådet" (round 32, D2)
        return level
    if base in lexicon.organisation_references:
        return _organisation_reference(base, organisation, lexicon, named)
    if (kind := reference_kind(base, lexicon)) in lexicon.single_organisation_kinds:
        if base in (named or {}):
            return _only_named(base, named, kinds=(base,))
        # "Förbundets namn är N" … "Kommunalförbundet": the one name given to the kind
        return _only_named(named_kind(kind), named, kinds=(named_kind(kind),))
    given = _given_body(base, known, lexicon, named)
    if given is not None:
        return given
    if base not in lexicon.short_references:
        return None
    return _short_reference(base, known, organisation, lexicon, body, named)


def _organisation_reference(
    base: str,
    organisation: str | None,
    lexicon: ActorLexicon,
    named: NamedOrganisations | None,
) -> str | None:
    """``bolaget``, ``kommunen``, ``myndigheten``: the organisation the document names; none
    where the text defines two of the kind (``X AB är ett kommunalt bolag. Y AB är ett …``)."""
    if len((named or {}).get(classified_kind(reference_kind(base, lexicon) or base), ())) > 1:
        return None
    return (
        _defined_company(base, named)
        or organisation_for(base, organisation, lexicon)
        or _only_named(base, named, lexicon.single_organisation_kinds)
        # "Tullverket ska redovisa hur myndighetens …": the one agency (round 29, C3)
        or _only_named(base, named, kinds=(AGENCY,))
        or _acronym_organisation(base, named, lexicon)
    )


# The key of `NamedOrganisations` for the organisation a title names only by its acronym
# (``Arbetsordning för GIH``; round 52, ruling zz3; document.py `_acronym_named`).
ACRONYM_ORGANISATION = "organisation (acronym)"


def _acronym_organisation(
    base: str, named: NamedOrganisations | None, lexicon: ActorLexicon
) -> str | None:
    """``Högskolan`` → ``gih`` (round 52, ruling zz3): a bare kind noun of actors.yaml
    `acronym_kinds` names the one organisation the title writes only by its acronym."""
    if base not in lexicon.acronym_kinds:
        return None
    names = (named or {}).get(ACRONYM_ORGANISATION, frozenset())
    return next(iter(names)) if len(names) == 1 else None


def _given_body(
    base: str, known: set[str], lexicon: ActorLexicon, named: NamedOrganisations | None
) -> str | None:
    """The one body a naming clause, a fixed term or the section heading gives the noun."""
    by_clause = (named or {}).get(named_by_clause(base), frozenset())
    if len(by_clause) == 1:  # "Föreningen heter Ljungbyns Skidklubb": later "föreningen"
        return next(iter(by_clause))
    fixed = _one_fixed_term(base, known, lexicon)
    if fixed is not None:  # "Ett gemensamt organ … Organet" (round 19, C1)
        return fixed
    # "Miljönämnd" ⏏ "Nämnden ska pröva …" (round 22, C1)
    return in_section(base, (named or {}).get(SECTION_BODIES, frozenset()), lexicon)


def _short_reference(
    base: str,
    known: set[str],
    organisation: str | None,
    lexicon: ActorLexicon,
    body: str | None,
    named: NamedOrganisations | None,
) -> str | None:
    """``styrelsen``, ``ordföranden``: the one body of that kind the document names, else its
    own body's chair or the organisation's body."""
    titled = {n for n in (named or {}).get(TITLE_BODIES, ()) if n.endswith(base) and n != base}
    if len(titled) == 1:  # "Reglemente för kulturstyrelsen": its "styrelsen" (round 21, C1)
        return titled.pop()
    candidates = _short_candidates(base, known, lexicon, body)
    if _is_assembly(base, lexicon) and not _one_municipal_assembly(candidates, base):
        return None
    if len(candidates) == 1:
        return candidates.pop()
    if not candidates and body and _is_chair(base, lexicon):
        return f"{body} {base}"
    if (
        not candidates
        and base in lexicon.organisation_bodies
        and not _speaks_of_companies(known, lexicon)
    ):
        return _body_of(base, organisation, lexicon, named)
    return None


def _short_candidates(
    base: str, known: set[str], lexicon: ActorLexicon, body: str | None
) -> set[str]:
    """The known names a short reference could stand for."""
    adjectives = set(lexicon.name_adjectives.values())
    candidates = {
        name
        for name in _level_folded(known, lexicon)
        if (name.endswith(base) or _task_named(name, base, lexicon))
        and name != base
        and (not adjectives & set(name.split(" ")) or _adjective_named(name, lexicon))
        and not (_is_chair(base, lexicon) and name.startswith(tuple(adjectives)))  # round 21
        and (base not in lexicon.organisation_bodies or _own_board(name, base, lexicon))
        and (not _is_assembly(base, lexicon) or " " not in name)
    }
    plain = {name for name in candidates if not adjectives & set(name.split(" "))}
    candidates = plain or candidates  # an adjective-named body only where no other is (r30)
    if not _names_person(base, lexicon):  # round 58 (cr C1): a kommunalråd is no råd body
        candidates = {name for name in candidates if not _names_person(name, lexicon)}
    if body and _is_chair(base, lexicon):  # "nämndens ordförande" is the body's own chair
        candidates = {name for name in candidates if not _head_owned(name, body)}
    if _is_chair(base, lexicon):  # round 48 (nu48b fault 3): "Val av mötesordförande"
        candidates = {name for name in candidates if not _meeting_chair(name, base, lexicon)}
    return candidates


def _names_person(name: str, lexicon: ActorLexicon) -> bool:
    """``kommunalråd``, ``oppositionsråd``: a title whose whole canonical the lexicon gives a
    person's role (actors.yaml `roles`: chair) though its head names a body (``råd``); it is
    no body of that head for a bare ``rådet`` (docs/annotation.md §2.3, round 58)."""
    analysis = lexicon.analyse(name) if " " not in name else None
    return analysis is not None and lexicon.role_of(name, analysis[1].role) in PERSON_ROLES


def _meeting_chair(name: str, base: str, lexicon: ActorLexicon) -> bool:
    """``mötesordförande``, ``stämmoordförande``: a compound whose first part is a meeting
    (actors.yaml `meeting_heads`, with its linking ``s`` or ``o``) names the chair of one
    meeting, elected for it, not the chair a bare ``ordföranden`` of the document is
    (docs/annotation.md §2.3, round 48)."""
    if " " in name or not name.endswith(base):
        return False
    modifier = name[: -len(base)].removesuffix("s")
    return any(
        modifier.endswith(head) or modifier.endswith(f"{head[:-1]}o")
        for head in lexicon.meeting_heads
    )


def _head_owned(name: str, body: str) -> bool:
    """``nämndens ordförande`` under the body ``kultur- och fritidsnämndens``: a role owned by
    the bare head of the document's body is that body's role, no other chair named in full
    (round 44, probe44 A5; docs/annotation.md §2.3, round 43)."""
    owner, _, role = name.partition(" ")
    return bool(role) and " " not in role and owner != body and body.endswith(owner)


def _task_named(name: str, base: str, lexicon: ActorLexicon) -> bool:
    """``rådet för unga röster``: a body named by its task with its acronym (round 30, C3;
    `actors._task_name`) is a full form of its head's short form (``Rådet`` → it)."""
    first, _, task = name.partition(" för ")
    analysis = lexicon.analyse(first) if task and " " not in first else None
    return analysis is not None and analysis[0] == base


def renamed_bodies(docs: Iterable[Doc], lexicon: ActorLexicon) -> set[str]:
    """``Kommunala ungdomsrådet byter namn till Rådet för unga röster``, ``Handikapprådet
    ersätts av Rådet för delaktighet``: the old name (the subject of a renaming verb,
    before the new name's actor, `renaming_phrases`) is no referent of
    the later short forms of the kind, which take the new name (round 30, analysis-30 cause
    C3; docs/annotation.md §2.5)."""
    old: set[str] = set()
    for doc in docs:
        mentions = doc._.actors or []
        for before, after in zip(mentions, mentions[1:], strict=False):
            if " för " not in after.canonical or before.canonical == after.canonical:
                continue  # (most pairs: the words between are not read)
            if _renaming_between(doc, before, after, lexicon):
                old.add(before.canonical)
    return old


def _renaming_between(
    doc: Doc, before: ActorMention, after: ActorMention, lexicon: ActorLexicon
) -> bool:
    """A renaming phrase (`renaming_phrases`) stands between the two mentions."""
    words = [t.lower_ for t in doc[before.last_token + 1 : after.first_token]]
    return any(
        " ".join(words[i : i + len(phrase)]) == phrase
        for phrase in lexicon.renaming_phrases
        for i in range(len(words))
    )


def _adjective_named(name: str, lexicon: ActorLexicon) -> bool:
    """``kommunalt seniorråd``, ``tekniskt utskott``: a body named by one descriptive
    adjective (`descriptive_adjectives` with no fixed terms of its own, neuter ``-t`` too) is
    a full form its short form resolves to (``Rådet`` → ``kommunalt seniorråd``; round 30,
    analysis-30 cause C1; docs/annotation.md §2.5). Titles (``vice ordförande``) and fixed
    terms (``gemensam nämnd``) are no candidates."""
    words = name.split(" ")
    if len(words) != 2:
        return False
    first = words[0]
    for lemma in (first, first.removesuffix("t")):
        if lexicon.descriptive_adjectives.get(lemma) == frozenset():
            return True
    return False


def _level_named(base: str, known: set[str], lexicon: ActorLexicon) -> str | None:
    """``Seniorrådet`` → ``kommunalt seniorråd``: a body compound written without the level
    adjective (`body_common_adjectives`: ``kommunala``, ``regionala``, ``lokala``,
    ``statliga``) is the one body the document names with that adjective before the same
    compound (docs/annotation.md §2.6 D2, round 32). A short form (``Rådet``, `_resolve`'s
    candidates) is left to the short-form rules; two such names, or none: no resolution."""
    if base in lexicon.short_references or base in lexicon.organisation_references:
        return None
    analysis = lexicon.analyse(base)
    if analysis is None or analysis[1].category in PERSON_CATEGORIES:
        return None  # a body compound only: no "kommunalt förtroendevald" (round 39, C1)
    levels = {lexicon.name_adjectives.get(word, word) for word in lexicon.body_common_adjectives}
    forms = levels | {level + "t" for level in levels}
    names = {
        name
        for name in known
        if name.count(" ") == 1 and name.split(" ")[0] in forms and name.split(" ")[1] == base
    }
    return names.pop() if len(names) == 1 else None


def _level_folded(known: set[str], lexicon: ActorLexicon) -> set[str]:
    """The document's bodies with each bare compound folded into its level-adjective name
    (D2): ``Seniorrådet`` beside ``Kommunala seniorrådet`` is one body, so a short form
    (``Rådet``) has one candidate, the named one, not the bare compound."""
    return {
        (_level_named(name, known, lexicon) if " " not in name else None) or name for name in known
    }


def _weak_adjective(owner: str, lexicon: ActorLexicon) -> str:
    """``kommunalt ungdomsråd`` → ``kommunala ungdomsråd`` before a genitive chain
    (``Rådets ordförande`` → ``kommunala ungdomsrådets ordförande``): a definite genitive takes
    the adjective's weak form, the listed name adjective in ``-a`` of the same lemma."""
    if not _adjective_named(owner, lexicon):
        return owner
    adjective, head = owner.split(" ")
    lemmas = {adjective, adjective.removesuffix("t")}
    weak = [w for w, base in lexicon.name_adjectives.items() if base in lemmas and w.endswith("a")]
    return f"{weak[0]} {head}" if weak else owner


def _one_fixed_term(base: str, known: set[str], lexicon: ActorLexicon) -> str | None:
    """The one name adjective + `base` term the document names (``gemensamt organ``), for a
    head of `fixed_term_references` (docs/annotation.md §2.3, like ``direktören``)."""
    if base not in lexicon.fixed_term_references:
        return None
    adjectives = set(lexicon.name_adjectives) | set(lexicon.name_adjectives.values())
    terms = {
        name
        for name in known
        if name.split(" ")[-1] == base and name.count(" ") == 1 and name.split(" ")[0] in adjectives
    }
    return next(iter(terms)) if len(terms) == 1 else None


def _speaks_of_companies(known: set[str], lexicon: ActorLexicon) -> bool:
    """The document names a company (``bolagen``, ``bolaget``, ``… AB``) or a company's own
    actor (``VD``, `company_markers`): its bare ``styrelsen`` may be a company's board, so
    it names the municipality's board only where the document writes it in full. A förbund
    it names (its räddningstjänst) has a ``direktion`` or a ``förbundsstyrelse``."""
    markers = lexicon.company_markers | lexicon.company_member_markers
    return any(
        name in markers or is_company_or_federation(name, lexicon, ("bolag",)) for name in known
    )


def _own_board(name: str, base: str, lexicon: ActorLexicon) -> bool:
    """``kommunstyrelse``, ``förbundsstyrelse``: a compound naming the board of the kind of
    organisation whose document it may be (`board_owners`), not ``länsstyrelse`` (a state
    agency) nor a multi-word name."""
    owner = name.removesuffix(base)
    owners = lexicon.board_owners + lexicon.named_board_owners
    return " " not in owner and owner.removesuffix("s").endswith(owners)


def unearned_boards(
    mentions: Iterable[ActorMention], named: NamedOrganisations, lexicon: ActorLexicon
) -> frozenset[str]:
    """The own-board compounds of a förbund, company or foundation (``förbundsstyrelse``,
    ``bolagsstyrelse``) that a bare ``styrelsen`` of the document does not resolve to
    (docs/annotation.md §2.3): the document neither names one organisation of that kind by
    its proper name (``Ekdalens kommunalförbund``, ``Samordningsförbundet Ekdal``) nor
    writes the compound at least as often as the bare ``styrelse``. A guidance text about
    förbund boards in general that writes ``förbundsstyrelsen`` once keeps ``styrelse``.
    An association kind's board (`named_board_owners`: ``kårstyrelsen``) is also earned by the
    one name the document gives that ends in the kind (``Ekvik Studentkår``), never beside
    another board compound (``sektionsstyrelsen``; round 47, analysis 47-bo A2)."""
    mentions = list(mentions)
    counts = Counter(m.canonical for m in mentions)
    names = {m.canonical for m in mentions if m.source == "name"}
    unearned = set()
    for base in lexicon.short_references & lexicon.organisation_bodies:
        for name in counts:
            if name == base or not name.endswith(base) or not _own_board(name, base, lexicon):
                continue
            owner = name.removesuffix(base).removesuffix("s")
            if owner in MUNICIPAL_KINDS or owner == "stad":
                continue
            association = owner.endswith(lexicon.named_board_owners)
            if association and _rival_board(name, base, counts, lexicon):
                unearned.add(name)
                continue
            if counts[name] >= counts[base] or len(_named_of(owner, named)) == 1:
                continue
            if association and sum(n.rsplit(" ", 1)[-1].endswith(owner) for n in names) == 1:
                continue
            unearned.add(name)
    return frozenset(unearned)


def _rival_board(name: str, base: str, counts: Counter[str], lexicon: ActorLexicon) -> bool:
    """``kårstyrelsen`` beside ``sektionsstyrelsen``: another board compound of the base that
    the document writes makes two candidates, and ``styrelsen`` stays (§2.3). An external
    body's compound (role ``external``: ``länsstyrelsen``, a state agency) is no candidate."""
    return any(
        n != name
        and n != base
        and n.endswith(base)
        and " " not in n
        and lexicon.roles.get(n) != "external"
        for n in counts
    )


def _named_of(owner: str, named: NamedOrganisations) -> frozenset[str]:
    names = named.get(owner, frozenset())
    return names | named.get(DEFINED_COMPANY, frozenset()) if owner == "bolag" else names


def _only_named(base: str, named: NamedOrganisations | None, kinds: Iterable[str]) -> str | None:
    """The one organisation of the kind of ``kommunen``/``staden``/``förbundet`` (`kinds`:
    actors.yaml `single_organisation_kinds`) that the document names, when the document's
    own organisation is of another kind (a förbund's document naming a member kommun more
    often); a compound (``kommunalförbundet``) only
    when the document calls that organisation so (`named_organisations`)."""
    if base not in kinds:
        return None
    names = (named or {}).get(base, frozenset())
    return next(iter(names)) if len(names) == 1 else None


# The key of `NamedOrganisations` for the company the document names without its legal
# form where only a company's name stands (pipeline/nlp/short_names.py `document_company`).
DEFINED_COMPANY = "bolag (defined)"


def _defined_company(base: str, named: NamedOrganisations | None) -> str | None:
    """``bolaget`` → the company the document defines (``Ägardirektiv för Ekbackahus``,
    ``Ekbackahus (org.nr …)``): the one company it is written for."""
    if base != "bolag":
        return None
    names = (named or {}).get(DEFINED_COMPANY, frozenset())
    return next(iter(names)) if len(names) == 1 else None


def _is_assembly(base: str, lexicon: ActorLexicon) -> bool:
    """``fullmäktige``, used bare as definite (`invariant_short_forms`): it resolves only to
    a municipality's or region's assembly (``kommunfullmäktige``, ``regionfullmäktige``),
    never to another owner's compound (``landskapsfullmäktige``, ``landstingsfullmäktige``:
    docs/annotation.md §2.3). A definite ``Lagtinget`` resolves to its name (round 9)."""
    analysis = lexicon.analyse(base)
    return (
        base in lexicon.invariant_short_forms
        and analysis is not None
        and analysis[1].role == "assembly"
    )


# The owners whose assembly a bare `fullmäktige` may be: a municipality or region under any of
# its names (docs/annotation.md §2.3 table; a Finnish town's `stadsfullmäktige`).
ASSEMBLY_OWNERS = frozenset({*MUNICIPAL_KINDS, "stad"})


def _municipal_assembly(name: str, base: str) -> bool:
    """``kommunfullmäktige``, ``stadsfullmäktige``, ``landstingsfullmäktige`` (one linking
    ``-s`` allowed): not another owner's compound (``landskapsfullmäktige``,
    ``förbundsfullmäktige``) nor a phrase."""
    owner = name.removesuffix(base)
    return owner in ASSEMBLY_OWNERS or owner.removesuffix("s") in ASSEMBLY_OWNERS


def _one_municipal_assembly(candidates: set[str], base: str) -> bool:
    """Every ``-fullmäktige`` compound the document writes is a candidate for its bare
    ``fullmäktige``, whatever its owner (``samkommunsfullmäktige``, ``kyrkofullmäktige``,
    another region's ``regionfullmäktige``); it resolves only when there is exactly one and
    that one is a municipality's or region's (docs/annotation.md §2.3 "exactly one
    candidate")."""
    return len(candidates) == 1 and _municipal_assembly(next(iter(candidates)), base)


def _is_chair(base: str, lexicon: ActorLexicon) -> bool:
    analysis = lexicon.analyse(base)
    return analysis is not None and analysis[1].role == "chair"


def _body_of(
    base: str, organisation: str | None, lexicon: ActorLexicon, named: NamedOrganisations
) -> str | None:
    """``styrelsen`` in a document of Ekbacka kommun → ``kommunstyrelse``, in one of a
    förbund (``Ekdalens samordningsförbund``) → ``förbundsstyrelse``: the body compound of
    the organisation's kind (`body_owner_prefixes`, configs/actors.yaml); without a named
    organisation, only the full form the document writes (``kommunstyrelsen``, a candidate
    of `_resolve`): other actors of a kind (``regionfullmäktige``) name no body
    (docs/annotation.md §2.3)."""
    for kind, prefix in lexicon.body_owner_prefixes.items():
        if kind == "förbund" and FEDERATION_BOARD not in named:
            continue  # a förbund's document that never gives it a board (`federation_board`)
        if organisation_for(kind, organisation, lexicon):
            return prefix + base
    return None


TITLE_BODIES = "body (title)"  # key of `named`: the bodies the title governs (generic_bodies)
FEDERATION_BOARD = f"{FEDERATION} (board)"  # key of `named`: the document gives its förbund a board
_OWN_FORMS = frozenset({f"{FEDERATION}et", f"{FEDERATION}ets"})
_BOARD_OF_SUBJECT = frozenset({"obj", "obl", "obl:agent"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_DEFINITE_SINGULAR = ("en", "ens", "et", "ets")  # stiftelsen, föreningens, bolaget, förbundets


def federation_board(docs: Iterable[Doc], organisation: str | None) -> bool:
    """The document gives its förbund a board: ``Förbundet ska ha en styrelse``,
    ``Förbundet leds av en styrelse`` (the förbund subject of the clause whose object or
    agent is ``styrelse``) or ``förbundets styrelse``
    (a genitive owner); only then is its bare ``styrelsen`` the ``förbundsstyrelse``. A
    förbund's plan or presentation that writes ``styrelsen`` beside another board
    (``landskapsstyrelsen``) or without an owner keeps ``styrelse`` (round 12 regression)."""
    own = _OWN_FORMS | _own_name_forms(organisation)
    return any(
        any(o.lower_ in own or _span_lower(o) in own for o in owners)
        for owners in _board_owners(docs)
    )


def _own_name_forms(organisation: str | None) -> set[str]:
    """The organisation's name and, where the name opens with a definite singular kind
    compound (``Samordningsförbundet Ekå Bydal``), that short form and its genitive:
    ``Samordningsförbundet har en styrelse`` gives the förbund its board (round 47, analysis
    47-bn cause 2b)."""
    if not organisation:
        return set()
    name = organisation.lower()
    first = name.split(" ", 1)[0]
    if first == name or FEDERATION not in first or not first.endswith(_DEFINITE_SINGULAR):
        return {name}
    return {name, first, first + "s"}


def own_board_kinds(
    docs: Sequence[Doc],
    lexicon: ActorLexicon,
    mentions: Iterable[ActorMention],
    organisation: str | None = None,
    *,
    owner_kinds: frozenset[str] | None = None,
) -> frozenset[str]:
    """The kinds of organisation other than a municipality or region (``stiftelse``,
    ``förening``, ``bostadsrättsförening``, ``bolag``, ``förbund``) whose board the document
    gives as its own: the definite organisation (``Stiftelsen``, ``Föreningens``) is the
    subject, or owns the subject, of the clause whose object or agent is ``styrelse``
    (``Stiftelsen har en styrelse``, ``Föreningens angelägenheter handhas av en styrelse``)
    or owns ``styrelse`` (``bolagets styrelse``, ``Styrelsen för stiftelsen``), and the
    document is about that organisation: its `organisation` or a name in its title is one of
    that kind (``Stadgar för Stiftelsen Ekudden``), or it names it (definite, singular) at
    least three times and more often than a municipal or regional board
    (`company_document`). Its bare
    ``styrelsen`` is then that board, not a ``kommunstyrelsen`` the document names as the
    body that appoints the members (round 14; the förbund rule of round 12,
    `federation_board`, generalised). `owner_kinds`: `board_owner_kinds`, when the caller
    has them."""
    mentions = list(mentions)
    kinds = board_owner_kinds(docs, lexicon) if owner_kinds is None else owner_kinds
    counts = Counter(m.canonical for m in mentions if not m.plural and not _indefinite(m, lexicon))
    boards = sum(m.canonical.startswith(MUNICIPAL_KINDS) and m.role == "board" for m in mentions)
    title = [m.canonical for m in (docs[0]._.actors or []) if m.source == "name"] if docs else []
    declared = {
        found[0]
        for name in [organisation or "", *title]
        for word in name.lower().split()[:1]
        if (found := lexicon.analyse(word)) is not None
    }
    return frozenset(
        kind
        for kind in kinds
        if any(name.endswith(kind) for name in declared)
        or (counts[kind] >= 3 and counts[kind] > boards)
    )


def board_owner_kinds(docs: Sequence[Doc], lexicon: ActorLexicon) -> frozenset[str]:
    """The kinds of the definite organisations (``Föreningens``, ``Stiftelsen``) that own, or
    whose clause has as object or agent, a ``styrelse`` (`_board_owners`)."""
    kinds = set()
    for owners in _board_owners(docs, lexicon.board_verbs):
        for owner in owners:
            kind = _definite_organisation(owner, lexicon)
            if kind is not None:
                kinds.add(kind)
    return frozenset(kinds)


def titled_kinds(docs: Sequence[Doc], kinds: Iterable[str]) -> frozenset[str]:
    """The `kinds` (``förening``, ``stiftelse``) of which the title (the first Doc) names an
    organisation, singular, by its name or its noun, a compound too (a word of the title that
    ends in the kind, in the singular): ``Stadgar för Stiftelsen Björkudden``, ``Stadgar för
    forskningsstiftelsen``, ``STADGAR FÖR FÖRENINGEN NORRBY SKIDVÄNNER``; a title
    ``Stadgar`` (or ``Normalstadgar för föreningar``) names none (round 16, cause C5: only
    there is a bare ``ordföranden`` the board's chair, docs/annotation.md §2.3)."""
    words = {token.lower_ for token in docs[0]} if docs else set()
    return frozenset(
        kind
        for kind in kinds
        if any(re.fullmatch(rf"\w*{re.escape(kind)}{_SINGULAR_ENDINGS}", w) for w in words)
    )


# The definite and genitive singular endings of an organisation noun in a title.
_SINGULAR_ENDINGS = "(?:en|et|n|ns|ens|s)?"


def own_board_genitive(mentions: Iterable[ActorMention], lexicon: ActorLexicon) -> str | None:
    """``styrelsens``: the genitive of the board an organisation is given (`own_board_kinds`),
    the body whose chair a bare ``ordföranden`` is in its statute (``Ordföranden kallar till
    sammanträde`` → ``styrelsens ordförande``), as `document_body` gives it for a board's own
    arbetsordning (round 14, analysis-13 cause 10): the genitive of the definite board noun
    the document writes most often (at least twice)."""
    boards = Counter(
        m.text.lower() if m.genitive else f"{m.text.lower()}s"
        for m in mentions
        if m.canonical in lexicon.organisation_bodies
        and not m.plural
        and not _indefinite(m, lexicon)
        and " " not in m.text
    )
    if not boards:
        return None
    genitive, count = min(boards.items(), key=lambda item: (-item[1], item[0]))
    return genitive if count >= 2 else None


def acronym_bodies(mentions: Iterable[ActorMention], lexicon: ActorLexicon) -> dict[str, str]:
    """``KF`` → ``kyrkofullmäktige`` in a document that writes ``kyrkofullmäktige`` but never
    ``kommunfullmäktige`` (the acronym's row, `aliases`): an acronym of initials names the one
    body compound the document writes in full whose owner part and head open with its letters
    (``kyrko-`` + ``fullmäktige``), with the same head as the acronym's row; the row stands
    where the document writes no such compound or writes the row's own body (round 14,
    analysis-14 cause 6). Maps the row's canonical to the document's body."""
    mentions = list(mentions)
    written = {m.canonical for m in mentions if _acronym(m) is None and " " not in m.canonical}
    targets: dict[str, str] = {}
    for mention in mentions:
        letters = _acronym(mention)
        if letters is None or mention.canonical in written:
            continue
        analysis = lexicon.analyse(mention.canonical)
        if analysis is None:
            continue
        head = analysis[1].head
        candidates = {
            name
            for name in written
            if name.endswith(head)
            and len(name) > len(head)
            and name[0] == letters[0]
            and head[0] == letters[-1]
            and (found := lexicon.analyse(name)) is not None
            and found[1].head == head
        }
        if len(candidates) == 1:
            targets[mention.canonical] = candidates.pop()
    return targets


def _acronym(mention: ActorMention) -> str | None:
    """``KF``, ``KF:s``: the lower-case letters of an acronym of two or three initials."""
    letters = mention.text.split(":")[0]
    if 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper():
        return letters.lower()
    return None


def with_acronym_bodies(
    mentions: Iterable[ActorMention], targets: Mapping[str, str]
) -> list[ActorMention]:
    """The mentions with each acronym's canonical replaced by its `acronym_bodies` target."""
    return [
        replace(m, canonical=targets[m.canonical])
        if m.canonical in targets and _acronym(m) is not None
        else m
        for m in mentions
    ]


def _definite_organisation(token: Token, lexicon: ActorLexicon) -> str | None:
    """``Stiftelsen``, ``bostadsrättsföreningens``: the kind of a definite singular
    organisation noun that is no municipality or region."""
    analysis = lexicon.analyse(token.text)
    if analysis is None or analysis[1].role != "organisation":
        return None
    kind = analysis[0]
    if kind.startswith(MUNICIPAL_KINDS) or kind in ASSEMBLY_OWNERS or " " in kind:
        return None
    word = token.lower_
    return kind if word.endswith(_DEFINITE_SINGULAR) and word.startswith(kind[:-1]) else None


def _board_owners(
    docs: Iterable[Doc], verbs: frozenset[str] = frozenset()
) -> Iterable[list[Token]]:
    """For each ``styrelse`` token: its genitive owner, and where it is the object or agent
    of a clause (``ha en styrelse``, ``ledas av en styrelse``) that clause's subject and the
    subject's genitive owner (``Föreningens angelägenheter handhas av en styrelse``). As the
    parse of such statute sentences often fails, also by the words: the word before
    ``styrelse``, and the words before a verb of `verbs` (`board_verbs`) earlier in its
    sentence when it is indefinite (``en styrelse``)."""
    for doc in docs:
        arrays = doc_arrays(doc)  # the words and lemmas read once: a Token only for a board
        for i, (lemma, word) in enumerate(zip(arrays.lemma, arrays.lower, strict=True)):
            if lemma.lower() != "styrelse" and not word.startswith("styrelse"):
                continue
            token = doc[i]
            owners = [c for c in token.children if c.dep_ == "nmod:poss"]
            if token.dep_ in _BOARD_OF_SUBJECT:  # "ha en styrelse", "ledas av en styrelse"
                subjects = [c for c in token.head.children if c.dep_ in _SUBJECTS]
                owners += subjects
                owners += [c for s in subjects for c in s.children if c.dep_ == "nmod:poss"]
            if verbs and token.i > 0:
                owners.append(doc[token.i - 1])
                owners += _before_board_verb(token, verbs)
            if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "för":
                owners.append(doc[token.i + 2])  # "Styrelsen för stiftelsen"
            yield owners


def _before_board_verb(board: Token, verbs: frozenset[str]) -> list[Token]:
    """``Stiftelsens angelägenheter handhas av en styrelse``: the words of the sentence
    before the verb (``handhas``), when ``en styrelse`` follows it."""
    article = board.i - 1
    while article > board.sent.start and board.doc[article].pos_ == "ADJ":
        article -= 1
    if board.doc[article].lower_ not in {"en", "egen"}:
        return []
    sentence = board.doc[board.sent.start : article]
    for token in sentence:
        if token.lemma_.lower() in verbs or token.lower_ in verbs:
            return list(board.doc[board.sent.start : token.i])
    return []


def _span_lower(token: Token) -> str:
    return " ".join(t.lower_ for t in token.subtree).removesuffix("s")


# Words of a statute reference list besides numbers and law names (6 kap. 28 och 29 §§).
_STATUTE_WORDS = frozenset(
    {
        "kap",
        "kap.",
        "§",
        "§§",
        "st",
        "st.",
        "stycket",
        "p",
        "p.",
        "punkten",
        "första",
        "andra",
        "tredje",
        "fjärde",
        "femte",
        "sjätte",
        "och",
        "samt",
        ",",
        "-",
        "–",
        "(",
        ")",
        ":",
    }
)
_LAW_ENDINGS = law_endings()  # of the shipped configs/laws.yaml


def _statute_word(text: str) -> bool:
    word = text.lower()
    return word in _STATUTE_WORDS or word.isdigit() or word.endswith(_LAW_ENDINGS)


def statute_lists(sentence: Span) -> list[tuple[int, int]]:
    """Token ranges [start, end) of statute reference lists: numbers, ``kap.``, ``§``/``§§``,
    ``stycket`` and law names joined by ``och``/commas, opening on a number and holding a
    chapter or section mark (``6 kap. 28 och 29 §§ och 7 kap. 4 § kommunallagen``). Found
    once per sentence of a Doc memo (every finite verb's slot asks)."""
    key = (statute_lists, sentence.start, sentence.end)
    return list(doc_memoised(sentence.doc, key, lambda: _statute_lists(sentence)))


def _statute_lists(sentence: Span) -> list[tuple[int, int]]:
    arrays = doc_arrays(sentence.doc)
    text, lower = arrays.text, arrays.lower
    if SECTION_SIGN_WORDS.isdisjoint(text[sentence.start : sentence.end]):
        return []
    runs: list[tuple[int, int]] = []
    position = sentence.start
    while position < sentence.end:
        if not text[position].isdigit():
            position += 1
            continue
        end = position
        while end < sentence.end and _statute_word(text[end]):
            end += 1
        while end > position and lower[end - 1] in {"och", "samt", ",", "-", "–"}:
            end -= 1
        if not SECTION_SIGN_WORDS.isdisjoint(text[position:end]):
            runs.append((position, end))
        position = max(end, position + 1)
    return runs


def title_company(title: Doc | None, lexicon: ActorLexicon) -> str | None:
    """The one company a company document's title names with its legal form (``Ägardirektiv
    för Tallby Energi AB``, ``Bolagsordning för AB Sjöbostäder``): ``bolaget`` is that
    company, not a subsidiary the text names later (round 22, cause C2)."""
    if title is None or not any(
        noun in title.text.lower() for noun in lexicon.company_document_nouns
    ):
        return None
    companies = {
        m.canonical
        for m in title._.actors or []
        if " " in m.canonical
        and not m.plural
        and not m.short
        and is_company_or_federation(m.canonical, lexicon, ("bolag",))
    }
    return companies.pop() if len(companies) == 1 else None


def chair_owners(mentions: Iterable[ActorMention], lexicon: ActorLexicon) -> set[str]:
    """``Kommunstyrelsens ordförande leder …``: the body whose genitive owns a chair written in
    full is named by the page, a referent of a later bare ``styrelsen`` (``ordförande i
    styrelsen`` → `kommunstyrelse`; round 38, C2; docs/annotation.md §2.3)."""
    owners = set()
    for mention in mentions:
        if mention.role != "chair" or " " not in mention.canonical:
            continue
        owner = mention.canonical.split(" ", 1)[0]
        analysis = lexicon.analyse(owner) if owner.endswith("s") else None
        if analysis is not None and analysis[0] != analysis[1].head:
            owners.add(analysis[0])  # ``kommunstyrelsens``, not a bare ``styrelsens``
    return owners


def declared_full_name(organisation: str | None, title: str, lexicon: ActorLexicon) -> str | None:
    """``Reglemente för Norrbys pensionärsråd``: the name the title declares, lowercased,
    where it is a body's (`declared_name_keys`) and ends in its kind noun after other words
    (a place's genitive), so that its full occurrences can be one mention each."""
    if not declared_name_keys(organisation, title, lexicon) or organisation is None:
        return None
    words = organisation.lower().split()
    return organisation.lower() if lexicon.analyse(words[-1]) is not None else None


def instructed_body_name(title: str, lexicon: ActorLexicon) -> str | None:
    """``Förordning (2031:45) med instruktion för regionernas samverkansnämnd;``: the
    document's own statute title (opening with `law_title_nouns`) declares a body named by
    lower-case genitives + a body noun, that name lowercased, so that its full occurrences
    are one mention each (round 41, analyst az cause 2; docs/annotation.md §2.3)."""
    found = _INSTRUCTED_BODY.search(title)
    if found is None or _title_noun(title) not in lexicon.law_title_nouns:
        return None
    analysis = lexicon.analyse(found.group(2))
    if analysis is None or analysis[1].category not in _DECLARED_CATEGORIES:
        return None
    return f"{found.group(1)}{found.group(2)}"


def _title_noun(title: str) -> str:
    """The title's first word, lower-cased, past any furniture left before it (a site mark
    ``/r1/``, a bullet: no letter opens it; round 49, analysis 49-az C1)."""
    return next((word.lower() for word in title.split() if word[:1].isalpha()), "")


# genitive words and a body noun ending the title or before its `;` (`; utfärdad den …`)
_INSTRUCTED_BODY = re.compile(r"\bmed instruktion för ((?:[a-zåäö]+s )+)([a-zåäö]+)\s*(?:;|$)")


def widen_declared_name(doc: Doc, name: str) -> None:
    """``Norrbys pensionärsråd är ett organ för samråd.`` under that title: every full
    literal occurrence of the declared name (`declared_full_name`), the title's own
    included, is one mention with the name's canonical, not the place's genitive + a bare
    kind noun (round 39, analyst au cause C2; docs/annotation.md §2.3); statements follow."""
    words = name.split()
    widened: dict[int, ActorMention] = {}
    for mention in doc._.actors or []:
        first = mention.last_token - len(words) + 1
        if (
            mention.canonical == name
            or mention.last_token != mention.first_token
            or first < 0
            or [t.lower_ for t in doc[first : mention.last_token + 1]] != words
        ):
            continue
        widened[mention.first_token] = replace(
            mention,
            start=doc[first].idx,
            text=doc[first : mention.last_token + 1].text,
            canonical=name,
            first_token=first,
            source="name",
        )
    if not widened:
        return
    covered = {i for m in widened.values() for i in range(m.first_token, m.last_token)}
    doc._.actors = [  # "Regionernas": an owner's genitive inside the name is no mention
        widened.get(m.first_token, m)
        for m in doc._.actors
        if m.first_token in widened or m.first_token not in covered
    ]
    doc._.statements = [
        (index, replace(s, actor=widened.get(s.actor.first_token, s.actor) if s.actor else None))
        for index, s in doc._.statements or []
    ]
