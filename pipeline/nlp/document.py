"""The document pass over a stream of clause Docs: short references, then list lead-ins.

The NLP stage sees one Doc per clause. Some rules need the whole document:

* short references resolve against the document (``styrelsen`` → the one styrelse it
  names; ``bolaget``/``kommunen`` → its named organisation);
* a list lead-in (`pipeline.nlp.lead_ins`) hands its items its frame, and each item gets
  its statements under it (`pipeline.nlp.items`), in document order so that nested items
  inherit from an item that leads them (docs/annotation.md §5.1).

`resolve_document` applies both to the Docs (their ``._.actors`` and ``._.statements``),
so that the tables and ``nlp(text)`` (which runs it over a one-Doc stream, the
``styrdok_document`` component) agree. A rule that fails on one clause leaves that clause
without statements and records the error on ``doc._.errors``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice
from typing import NamedTuple, TypeVar

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from pipeline import patterns
from pipeline.language.grammar import GRAMMAR, DeonticCues
from pipeline.language.lexicon import ActorLexicon
from pipeline.nlp.actors import (
    ActorMention,
    suspended_names,
    with_lost_gap_hyphens,
    without_heading_task_name,
)
from pipeline.nlp.adversatives import adversative_conjuncts, not_only_conjuncts
from pipeline.nlp.authorities import (
    STATUTE_PARAGRAPH_LABEL,
    association_names,
    state_authorities,
    untitled_statute,
    with_association_names,
    with_authority_names,
)
from pipeline.nlp.coordination import spliced_clause
from pipeline.nlp.generic_bodies import (
    statute_frame_only,
    title_bodies,
    title_rivalled,
    title_topics,
)
from pipeline.nlp.items import (
    condition_item,
    condition_opening,
    content_clause,
    framed_item_statements,
    is_governed,
    named_description_statements,
    named_item_completion,
    organisation_name_item,
    own_aim_frame,
    presented_item_statements,
    sentence_item,
    subject_clause,
    subject_item_statements,
)
from pipeline.nlp.lead_ins import (
    LeadIn,
    drop_announcing_lead_ins,
    drop_itemless_lead_in,
    glued_name,
    handed_subject,
    label_row,
    lead_in,
    named_actor,
    names_postverbal_subject,
    opens_verb_first,
    opens_without_subject,
    reference_item,
)
from pipeline.nlp.memo import doc_arrays, doc_text, morph_values, token_memo
from pipeline.nlp.references import (
    ACRONYM_ORGANISATION,
    AGENCY,
    DEFINED_COMPANY,
    FEDERATION_BOARD,
    TITLE_BODIES,
    NamedOrganisations,
    acronym_bodies,
    board_owner_kinds,
    chair_owners,
    company_document,
    compound_federation,
    court_report_note,
    declared_full_name,
    declared_name_keys,
    document_body,
    elected_chairs,
    federation_board,
    instructed_body_name,
    kindless_federation,
    local_antecedents,
    metadata_rivals,
    named_organisations,
    naming_definitions,
    own_board_genitive,
    own_board_kinds,
    renamed_bodies,
    resolve_short_references,
    role_anaphors,
    title_agency,
    title_body_genitive,
    title_company,
    titled_kinds,
    unearned_boards,
    widen_declared_name,
    widened_to_names,
    with_acronym_bodies,
    with_target,
)
from pipeline.nlp.section_bodies import SECTION_BODIES, section_bodies
from pipeline.nlp.sentence_types import (
    FOREIGN_FLAG,
    classified_kinds,
    described,
    metadata_fields,
    without_statements,
)
from pipeline.nlp.short_names import (
    document_company,
    instructed_agency,
    owner_company,
    unsuffixed_company,
)
from pipeline.nlp.statements import Statement

_T = TypeVar("_T")
FINITE_TENSES = frozenset({"pres", "past"})


@dataclass(frozen=True)
class ClauseInfo:
    """What the document pass needs to know of a clause besides its Doc."""

    clause_id: str
    parent_id: str | None
    kind: str
    label: str = ""


def record_error(doc: Doc, stage: str, error: Exception) -> None:
    doc._.errors = [*(doc._.errors or []), (stage, type(error).__name__, str(error))]


def _guarded(doc: Doc, stage: str, rule: Callable[[], _T], fallback: _T) -> _T:
    """The rule's result, or `fallback` with the error recorded on the clause. The rule runs
    in a memo of the clause's Doc (`token_memo`: the Doc's tokens are final here, and its
    predicates' answers are asked again by the next rule on it)."""
    try:
        with token_memo(doc):
            return rule()
    except Exception as error:  # noqa: BLE001 - one clause must not lose the document
        record_error(doc, stage, error)
        return fallback


def named_organisation(
    docs: Sequence[Doc],
    declared: str | None,
    lexicon: ActorLexicon | None = None,
    kinds: Sequence[str] | None = None,
) -> str | None:
    """The document's organisation: as declared (segment), else its most named one. A
    declared name that runs on past a name the clauses found (``Kommunalförbundet EKRA
    Denna`` beside the mention ``Kommunalförbundet EKRA``: the words' classes end the name,
    pipeline/nlp/actors.py `_name_bounds`) is that name. A page whose title names no
    organisation (chrome, a bare genre word: ``Stadgar``) and whose first sentences present
    one (`_self_presented`; `kinds`: the clauses' kinds, headings not counted) is about that
    one, not about a member the text names first."""
    if declared and declared.split(" ", 1)[0].lower() in GRAMMAR.non_name_openers:
        declared = None  # "En kommun kan …": a determiner is no name word (round 19, C2)
    if declared and _named_only_abroad(declared, docs):
        declared = None  # written only in an English notice: no name (§2.1 round 47)
    presented = _self_presented(docs, lexicon, kinds) if lexicon is not None else None
    # a declared name the title (the first clause) carries stays; one the segment found only
    # in the text (a member named before the organisation presents itself) yields
    if presented is not None and not (declared and declared.lower() in doc_text(docs[0]).lower()):
        if presented.name is not None:
            return presented.name
        if declared and _of_other_kind(declared.lower(), presented.kinds, lexicon):
            declared = None  # "Klubben är en förening i Ekby kommun": the kommun is none
    if declared:
        return _as_mentioned(declared, docs)
    order = [m.canonical for doc in docs for m in (doc._.actors or []) if m.source == "name"]
    if presented is not None and presented.name is None and lexicon is not None:
        order = [name for name in order if not _of_other_kind(name, presented.kinds, lexicon)]
    if not order:
        return None
    names = Counter(order)
    kind = _title_kind(docs)
    # the kind the title's document noun names first (a förbundsordning's förbund over its
    # member kommuner), then the most named, then the first named: never the alphabet's
    # order (round 18, cause C1)
    return min(names, key=lambda n: (not _of_kind(n, kind), -names[n], order.index(n)))


def _named_only_abroad(declared: str, docs: Sequence[Doc]) -> bool:
    """The segment's name stands only in clauses in another language (a translate notice's
    ``Ekby kommun is not responsible …``; `foreign_language`): those carry no span, so the
    name names no organisation of the document (analysis 51-bx L1)."""
    name = declared.lower()
    holders = [doc for doc in docs if name in doc_text(doc).lower()]
    return bool(holders) and all(doc.user_data.get(FOREIGN_FLAG) for doc in holders)


_PRESENTING_CLAUSES = 2  # the text's first clauses, where a page presents its organisation
_NO_TEXT_KINDS = frozenset({"heading", "metadata"})


def _opening_text(docs: Sequence[Doc], kinds: Sequence[str] | None) -> list[Doc]:
    """The first `_PRESENTING_CLAUSES` clauses of the text: headings (a title, a chrome line
    read as one) do not count, however many open the page (review 47a), nor does an adoption
    line (metadata: ``Antagna vid årsmötet …``, round 48)."""
    if kinds is None:
        return list(docs[: _PRESENTING_CLAUSES + 1])  # no kinds: the title and the text's first
    text = (doc for doc, kind in zip(docs, kinds, strict=True) if kind not in _NO_TEXT_KINDS)
    return list(islice(text, _PRESENTING_CLAUSES))


class _Presentation(NamedTuple):
    """What a page's first sentences present: the presenting name's canonical (None where a
    kind word presents it, ``Klubben är …``) and the kinds it gives: the predicative's
    organisation head (``förening`` of ``idrottsförening``) and, for a kind word, the
    subject's lemma (``klubb``)."""

    name: str | None
    kinds: tuple[str, ...]


def _self_presented(
    docs: Sequence[Doc], lexicon: ActorLexicon, kinds: Sequence[str] | None = None
) -> _Presentation | None:
    """``Västerbygdens Kommuner är en ideell förening …``: a name (source ``name``) that is
    the subject of a copula whose predicative is an organisation noun (``förening``,
    ``kommunalförbund``, ``intresseorganisation``) in the text's first clauses
    (`_opening_text`) presents the organisation the page is about (round 47, analysis
    47-bn); ``Ekby kommun är medlem i …`` presents none. A definite kind word as that subject
    (``Klubben är en ideell idrottsförening i Ekby kommun``, ``Kören är …``) presents it
    unnamed: a name of another organisation kind (the kommun in its PP) is no candidate for
    the page's organisation (round 48, analysis 48-y cause C)."""
    for doc in _opening_text(docs, kinds):
        for copula in doc:
            if copula.dep_ != "cop" or copula.head.pos_ != "NOUN":
                continue
            predicative = copula.head
            subject = next((c for c in predicative.children if c.dep_ == "nsubj"), None)
            analysis = lexicon.analyse(predicative.lower_) if subject is not None else None
            if analysis is None or analysis[1].category != "organisation":
                continue
            named = next((m for m in doc._.actors or [] if _names(m, subject)), None)
            if named is not None:
                return _Presentation(named.canonical, (analysis[1].head,))
            if subject.pos_ == "NOUN" and "Def" in morph_values(subject, "Definite"):
                return _Presentation(None, (analysis[1].head, subject.lemma_.lower()))
    return None


def _names(mention: ActorMention, subject: Token) -> bool:
    """A name mention (source ``name``) whose head word is the subject."""
    return mention.source == "name" and (
        mention.first_token <= subject.i <= mention.last_token
        and not mention.first_token <= subject.head.i <= mention.last_token
    )


def _of_other_kind(name: str, kinds: Sequence[str], lexicon: ActorLexicon) -> bool:
    """``ekby kommun`` beside the kinds ``förening``/``klubb``: a name whose last word is an
    organisation noun (`ActorLexicon.analyse`) whose head none of the kinds ends in (``ekby
    idrottsförening`` is of the kind ``förening``)."""
    analysis = lexicon.analyse(name.rsplit(" ", 1)[-1])
    return (
        analysis is not None
        and analysis[1].category == "organisation"
        and not any(kind.endswith(analysis[1].head) for kind in kinds)
    )


# A title's document noun in -ordning names the kind of its organisation (round 18, cause
# C1): Förbundsordning → förbund, Bolagsordning → bolag.
_KIND_DOCUMENT_SUFFIX = re.compile(r"^(?P<kind>\w{4,}?)s?ordning(?:en)?$")


def _title_kind(docs: Sequence[Doc]) -> str | None:
    words = [t.lower_ for t in docs[0] if t.is_alpha][:1] if docs else []
    match = _KIND_DOCUMENT_SUFFIX.match(words[0]) if words else None
    return match.group("kind") if match else None


def _of_kind(name: str, kind: str | None) -> bool:
    if kind is None:
        return False
    first = name.split(" ", 1)[0]
    return kind in first or (kind == "bolag" and name.endswith(" ab"))


def _as_mentioned(declared: str, docs: Sequence[Doc]) -> str:
    lowered = declared.lower()
    found = {m.canonical for doc in docs for m in (doc._.actors or []) if m.source == "name"}
    if lowered in found:
        return declared
    shorter = [name for name in found if " " in name and lowered.startswith(name + " ")]
    if shorter:
        return max(shorter, key=len)
    # "Kommunalförbundet Södra" declared, "kommunalförbundet södra skogsbygden" mentioned: a
    # name's lowercase last word the declaration's capitals left out (round 16, cause C2)
    longer = [
        name
        for name in found
        if name.startswith(lowered + " ") and name.count(" ") == lowered.count(" ") + 1
    ]
    if len(longer) != 1:
        # "Räddningsförbundet Åsby" declared, "räddningsförbundet åsby, lund och norrtorp"
        # mentioned: the rest of a list of places (round 18, cause C1)
        longer = [
            name
            for name in found
            if _PLACE_LIST_REST.fullmatch(name, len(lowered)) and name.startswith(lowered)
        ]
    return longer[0] if len(longer) == 1 else declared


_PLACE_LIST_REST = re.compile(r"(?:, [\w-]+)*,? (?:och|samt) [\w-]+")


@dataclass(frozen=True)
class _DocumentScope:
    """What each clause's short references resolve against (`_resolve_doc`)."""

    known: set[str]
    body: str | None
    own_board: bool
    named: NamedOrganisations
    acronyms: Mapping[str, str]
    statute: bool
    full_name: str | None


def resolve_document(
    docs: Sequence[Doc],
    clauses: Sequence[ClauseInfo],
    organisation: str | None,
    lexicon: ActorLexicon,
    cues: DeonticCues,
) -> None:
    """Resolve short references and distribute lead-ins, in place on the Docs."""
    _restore_gap_hyphens(docs)
    _title_without_task_name(docs, clauses)
    _name_state_authorities(docs, clauses, organisation, lexicon)
    _name_associations(docs, lexicon)
    kinds = [clause.kind for clause in clauses]
    organisation = named_organisation(docs, organisation, lexicon, kinds)
    if organisation and owner_company(docs, frozenset({organisation.lower()}), lexicon):
        organisation = None  # round 56, cl C1: the owner of the page's `bolaget`
    _own_agency(docs, organisation)
    scope, by_naming, renamed = _document_scope(docs, clauses, organisation, lexicon)
    anaphors = role_anaphors((doc._.actors or [] for doc in docs), lexicon, docs)
    # "Miljönämnd" ⏎ "Nämnden ska …": the section's body (round 22, C1)
    sections = section_bodies(docs, [(c.clause_id, c.parent_id, c.kind) for c in clauses], lexicon)
    sections = [section - renamed for section in sections] if renamed else sections
    antecedents = local_antecedents(docs, lexicon)  # before resolution (round 52, a1)
    # "Styrelsen utser inom sig en ordförande" … "Ordföranden": that body's (round 52, P-B)
    for targets, chairs in zip(antecedents, elected_chairs(docs, anaphors, lexicon), strict=True):
        targets.update(chairs)
    for doc, role_heads, section in zip(docs, anaphors, sections, strict=True):
        _resolve_in_scope(doc, organisation, lexicon, scope, role_heads, section)
    for doc, targets in zip(docs, antecedents, strict=True):
        if targets:
            _guarded(doc, "antecedents", partial(_take_antecedents, doc, targets, lexicon), None)
    clause_names = frozenset(name for names in by_naming.values() for name in names)
    for doc in docs if clause_names else ():  # "Stadgar för Stiftelsen för X" (round 39)
        _guarded(doc, "names", partial(_widen_to_names, doc, clause_names), None)
    _inherit_lead_ins(docs, clauses, cues)
    _drop_heading_statements(docs, clauses)
    _clause_rules(docs, clauses, cues)


def _document_scope(
    docs: Sequence[Doc],
    clauses: Sequence[ClauseInfo],
    organisation: str | None,
    lexicon: ActorLexicon,
) -> tuple[_DocumentScope, NamedOrganisations, set[str]]:
    """The document's scope, its naming definitions and its renamed bodies. The steps keep
    their order: `_federation_named` renames mentions that the later ones read."""
    known, rivals = _known_bodies(docs, clauses, lexicon)
    body = document_body(
        (m for doc in docs for m in (doc._.actors or []) if m.canonical not in rivals), lexicon
    )
    company = document_company(docs, lexicon)
    own_board = company_document(
        (m for doc in docs for m in (doc._.actors or [])), lexicon, company
    )
    heading = _title_heading(docs, clauses)
    named, by_naming = _named_keys(docs, heading, company, organisation, lexicon)
    mentions = [m for doc in docs for m in doc._.actors or []]
    named, kindless = _federation_named(docs, heading, named, mentions, organisation, lexicon)
    owner_kinds = board_owner_kinds(docs, lexicon)
    own_kinds = own_board_kinds(docs, lexicon, mentions, organisation, owner_kinds=owner_kinds)
    if federation_board(docs, organisation) or "förbund" in own_kinds:
        named = {**named, FEDERATION_BOARD: frozenset()}  # "Förbundet ska ha en styrelse"
        if kindless:  # "Västerbygdens Kommuner" … its bare `Styrelsen` (round 47, bn cause 1)
            known |= _federation_bodies(lexicon)
    # "Stiftelsens angelägenheter handhas av en styrelse": its bare `styrelsen` is that board
    own_board = own_board or bool(own_kinds)
    own_bodies = title_bodies(heading)
    statute = _titled_statute(heading, owner_kinds, own_bodies)
    body = _chaired_body(body, own_kinds, docs, heading, mentions, lexicon)
    topics, renamed = _drop_non_referents(docs, heading, known, named, lexicon)
    # "Samordningsgrupp" … "för styrgruppen och arbetsgruppen": no title body (round 54)
    rivalled = title_rivalled(heading, docs)
    named = {**named, TITLE_BODIES: own_bodies - topics - rivalled}
    acronyms = acronym_bodies((m for doc in docs for m in doc._.actors or []), lexicon)
    full_name = _full_name(docs, organisation, heading, lexicon)
    scope = _DocumentScope(known, body, own_board, named, acronyms, statute, full_name)
    return scope, by_naming, renamed


def _known_bodies(
    docs: Sequence[Doc], clauses: Sequence[ClauseInfo], lexicon: ActorLexicon
) -> tuple[set[str], set[str]]:
    """The candidate referents of short forms, and the metadata's rivals that are none."""
    # an adoption line's former name of the assembly is no rival (round 46, bm cause 7)
    rivals = metadata_rivals(
        ((c.kind, doc._.actors or []) for doc, c in zip(docs, clauses, strict=True)), lexicon
    )
    known = {m.canonical for doc in docs for m in (doc._.actors or [])} - rivals
    known |= chair_owners((m for doc in docs for m in (doc._.actors or [])), lexicon)  # r38 C2
    return known, rivals


def _named_keys(
    docs: Sequence[Doc],
    heading: Doc | None,
    company: str | None,
    organisation: str | None,
    lexicon: ActorLexicon,
) -> tuple[NamedOrganisations, NamedOrganisations]:
    """The organisations the document names, by kind key; and those its clauses define by
    naming (``Förbundets namn är N``)."""
    notes = frozenset(i for i, doc in enumerate(docs) if court_report_note(doc_text(doc)))
    named = named_organisations((doc._.actors or [] for doc in docs), lexicon, notes)
    named = _title_named(docs, heading, named, company, lexicon)
    by_naming = naming_definitions(docs, lexicon)
    named = {**named, **by_naming}  # "Förbundets namn är N"
    # "Reglemente för Storsjöns vattenråd": later "Vattenrådet" is it (round 19, C0)
    title = heading.text if heading is not None else ""
    named = {**declared_name_keys(organisation, title, lexicon), **named}
    return _acronym_named(heading, named, lexicon), by_naming


_ACRONYM_LETTERS = range(2, 7)  # ``GIH``, ``KTH``, ``SLU``


def _acronym_named(
    heading: Doc | None, named: NamedOrganisations, lexicon: ActorLexicon
) -> NamedOrganisations:
    """Round 52 (ruling zz3): an organisation the title names only by its acronym
    (``Arbetsordning för GIH``; its canonical ``gih``, no full name anywhere, else the
    canonical is the full name) is what the bare kind nouns of actors.yaml `acronym_kinds`
    (``Högskolan``) name, where the document names no organisation of that kind (key
    `ACRONYM_ORGANISATION`)."""
    titled = {
        m.canonical
        for m in (heading._.actors or [] if heading is not None else [])
        if m.text.isalpha() and m.text.isupper() and len(m.text) in _ACRONYM_LETTERS
        and m.canonical == m.text.lower()
    }
    if len(titled) != 1:
        return named
    if any(named.get(kind) for kind in lexicon.acronym_kinds):
        return named  # "Kungliga Tekniska högskolan (KTH)": the full name (round 33)
    return {**named, ACRONYM_ORGANISATION: frozenset(titled)}


def _titled_statute(
    heading: Doc | None, owner_kinds: frozenset[str], own_bodies: frozenset[str]
) -> bool:
    """An organisation's statute: its title names the organisation that is given a board, and
    no body of its own (`own_bodies`, `title_bodies`); about the organisation, not about its
    board (round 43, analysis 43-bf cause 10). Its bare `ordföranden` chairs that board
    (§2.3)."""
    title_docs = [heading] if heading is not None else []
    return not own_bodies and bool(titled_kinds(title_docs, owner_kinds))


def _title_named(
    docs: Sequence[Doc],
    heading: Doc | None,
    named: NamedOrganisations,
    company: str | None,
    lexicon: ActorLexicon,
) -> NamedOrganisations:
    """The organisations the title names: its agency, and the company ``bolaget`` is."""
    if heading is not None and (
        agency := title_agency(heading.text, lexicon)
    ):  # "Förordning (…) med länsstyrelseinstruktion" (round 37)
        named = {**named, AGENCY: named.get(AGENCY, frozenset()) | {agency}}
    elif heading is not None and (instructed := instructed_agency(heading.text, lexicon)):
        written = next(
            (m.canonical for m in heading._.actors or [] if m.text == instructed),
            instructed.lower(),
        )  # "Kammarkollegiet": the canonical its name already has (round 39)
        named = {**named, AGENCY: named.get(AGENCY, frozenset()) | {written}}
    if company is not None:  # "Ägardirektiv för Ekbackahus": "bolaget" is Ekbackahus
        named = {**named, DEFINED_COMPANY: frozenset({company})}
    elif (titled := title_company(heading, lexicon)) is not None:
        named = {**named, DEFINED_COMPANY: frozenset({titled})}  # not its subsidiary (round 22)
    elif owner_company(docs, named.get("bolag", frozenset()), lexicon):
        owner = named["bolag"]  # round 56, cl C1: "dotterbolag till X AB": "bolaget" is not X
        named = {key: names for key, names in named.items() if names != owner}
    elif not named.get("bolag"):  # "Kommunen äger Fjällbo Vatten": "bolaget" is it
        unsuffixed = unsuffixed_company(docs, lexicon)
        if unsuffixed is not None:
            named = {**named, DEFINED_COMPANY: frozenset({unsuffixed})}
    return named


def _federation_named(
    docs: Sequence[Doc],
    heading: Doc | None,
    named: NamedOrganisations,
    mentions: list[ActorMention],
    organisation: str | None,
    lexicon: ActorLexicon,
) -> tuple[NamedOrganisations, str | None]:
    """The förbund ``förbundet`` is, where no clause names one; and that förbund where it is
    the organisation itself, named without its kind. Renames a compound's mentions."""
    if named.get("förbund"):
        return named, None
    if federation := kindless_federation(mentions, organisation, lexicon):
        # "Stadgar för Ekbia" … "förbundets" (round 37)
        return {**named, "förbund": frozenset({federation})}, federation
    if compound := compound_federation(docs, heading, lexicon):
        # "Träarbetarförbundets stadgar" … "Förbundet" (round 45, bi-C3)
        _rename_compound(docs, *compound)
        return {**named, "förbund": frozenset({compound[1]})}, None
    return named, None


def _chaired_body(
    body: str | None,
    own_kinds: frozenset[str],
    docs: Sequence[Doc],
    heading: Doc | None,
    mentions: list[ActorMention],
    lexicon: ActorLexicon,
) -> str | None:
    """The body whose chair the bare ``ordföranden`` is."""
    title_docs = [heading] if heading is not None else []
    if body is None and own_kinds and titled_kinds(title_docs, own_kinds):
        body = own_board_genitive((m for doc in docs for m in doc._.actors or []), lexicon)
    # "Delegationsordning för byggnämnden": its chair (round 43, probe 12), also where the
    # text writes the bare head's genitive, "nämndens" (round 46, chairs)
    titled_body = title_body_genitive(heading, mentions, lexicon)
    if body is None or (titled_body is not None and titled_body.endswith(body)):
        body = titled_body or body
    if body is not None and _assembly(body, lexicon):
        body = None  # "Arbetsordning för kommunfullmäktige": its chair presides (round 46)
    return body


def _drop_non_referents(
    docs: Sequence[Doc],
    heading: Doc | None,
    known: set[str],
    named: NamedOrganisations,
    lexicon: ActorLexicon,
) -> tuple[frozenset[str], set[str]]:
    """Remove from `known` (in place) the bodies no short form refers to; return the title's
    topics and the renamed bodies among them."""
    # a förbund's board compound written less often than the bare `styrelsen` in a
    # document naming no förbund is no referent of `styrelsen` (docs/annotation.md §2.3)
    known -= unearned_boards((m for doc in docs for m in (doc._.actors or [])), named, lexicon)
    # "Utöver vad som föreskrivs om nämndstyrelse i lag": no candidate (round 21, C1)
    known -= statute_frame_only(docs, lexicon)
    topics = title_topics(heading, docs)  # "Nämndutskott och arbetsformer" (round 43, C6)
    known -= topics
    renamed = renamed_bodies(docs, lexicon)  # "A byter namn till B": later "Rådet" is B (r30)
    known -= renamed
    return topics, renamed


def _full_name(
    docs: Sequence[Doc], organisation: str | None, heading: Doc | None, lexicon: ActorLexicon
) -> str | None:
    """The organisation's declared full name, which its shorter mentions widen to."""
    title = heading.text if heading is not None else ""
    full_name = declared_full_name(organisation, title, lexicon)  # round 39, C2
    if full_name is None:  # "Förordning … med instruktion för regionernas X;" (round 41)
        found = (instructed_body_name(doc_text(doc).strip(), lexicon) for doc in docs[:3])
        full_name = next((name for name in found if name), None)
    return full_name


def _resolve_in_scope(
    doc: Doc,
    organisation: str | None,
    lexicon: ActorLexicon,
    scope: _DocumentScope,
    role_heads: frozenset[int],
    section: frozenset[str],
) -> None:
    """One clause's short references, guarded (`_resolve_doc`)."""
    if scope.full_name is not None:
        widen_declared_name(doc, scope.full_name)
    resolve = partial(
        _resolve_doc,
        doc,
        scope.known,
        organisation,
        lexicon,
        scope.body,
        own_board=scope.own_board,
        named={**scope.named, SECTION_BODIES: section},
        acronyms=scope.acronyms,
        anaphors=role_heads,
        statute=scope.statute,
    )
    _guarded(doc, "resolve", resolve, None)


def _clause_rules(docs: Sequence[Doc], clauses: Sequence[ClauseInfo], cues: DeonticCues) -> None:
    """The per-clause rules that run after the lead-ins: adversatives, sentence types, and a
    paragraph's descriptions."""
    for doc, clause in zip(docs, clauses, strict=True):
        _guarded(doc, "adversatives", partial(adversative_conjuncts, doc, cues), None)  # r23 B6
        _guarded(doc, "not only", partial(not_only_conjuncts, doc, cues), None)  # r53 nu15
        _guarded(doc, "sentence types", partial(_sentence_type_rules, doc), None)
        if clause.kind == "paragraph":
            _guarded(doc, "descriptions", partial(_drop_descriptions, doc), None)


def _federation_bodies(lexicon: ActorLexicon) -> set[str]:
    """``förbundsstyrelse``: the bodies a förbund named without a kind word has once the
    document gives it a board (configs/actors.yaml `body_owner_prefixes`)."""
    prefix = lexicon.body_owner_prefixes.get("förbund", "")
    return {prefix + body for body in lexicon.organisation_bodies} if prefix else set()


def _reference_lists(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> set[str]:
    """The clauses whose every list item names a statute or a governing document
    (`pipeline.nlp.lead_ins.reference_item`)."""
    items: dict[str, list[bool]] = {}
    for doc, clause in zip(docs, clauses, strict=True):
        if clause.kind == "list_item" and clause.parent_id:
            items.setdefault(clause.parent_id, []).append(reference_item(doc))
    return {parent for parent, found in items.items() if all(found)}


def _verbless_lists(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> set[str]:
    """The clauses whose every list item has no verb (``– en årlig ersättning``): under
    ``får <adverbial>:`` they are the object of the main verb ``få`` (round 48)."""
    items: dict[str, list[bool]] = {}
    for doc, clause in zip(docs, clauses, strict=True):
        if clause.kind == "list_item" and clause.parent_id:
            items.setdefault(clause.parent_id, []).append(doc._.verbs == [])  # (None: unparsed)
    return {parent for parent, verbless in items.items() if all(verbless)}


def _condition_lists(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> set[str]:
    """Round 50 (50-bw G8): the clauses whose every list item opens with a subordinator of
    condition or time and no infinitive after it, one at least with the clause's verb (``–
    om föreningens resultat är negativt,``; the tagger may read another item's verb as a
    noun: ``– när två ledamöter begär det``): conditions of the lead-in's own statement,
    which its colon does not break off. ``– om taxor,`` ⏎ ``– om avgifter.`` are topics."""
    items: dict[str, list[tuple[bool, bool]]] = {}
    for doc, clause in zip(docs, clauses, strict=True):
        if clause.kind == "list_item" and clause.parent_id:
            shape = (condition_opening(doc), condition_item(doc))
            items.setdefault(clause.parent_id, []).append(shape)
    return {
        parent
        for parent, shapes in items.items()
        if all(opening for opening, _ in shapes) and any(clause for _, clause in shapes)
    }


def _sentence_lists(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> set[str]:
    """Round 58 (analysis 58-cr, ruling R1): the clauses whose every list item is a full
    sentence with its own subject and verb (`items.sentence_item`: ``– Ekby kommun utser
    fyra ledamöter.``): under ``… fördelat enligt följande:`` the lead-in keeps its own
    statement and each item has its own."""
    items: dict[str, list[bool]] = {}
    for doc, clause in zip(docs, clauses, strict=True):
        if clause.kind == "list_item" and clause.parent_id:
            items.setdefault(clause.parent_id, []).append(sentence_item(doc))
    return {parent for parent, sentences in items.items() if all(sentences)}


def _correlative_lists(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> set[str]:
    """Round 52 (ruling v1): the clauses whose every list item (two at least) is a ``dels
    att``-member of a correlative pair (an amendment preamble printed one member a line:
    ``Regeringen föreskriver i fråga om …`` ⏎ ``dels att …,`` ⏎ ``dels att ….``): each item
    is a content clause of the lead-in's verb, which hands its statement to every item."""
    items: dict[str, list[bool]] = {}
    for doc, clause in zip(docs, clauses, strict=True):
        if clause.kind == "list_item" and clause.parent_id:
            opening = bool(patterns.DELS_ATT_ITEM.match(doc.text.lstrip()))
            items.setdefault(clause.parent_id, []).append(opening)
    return {parent for parent, openings in items.items() if len(openings) > 1 and all(openings)}


def _assembly(genitive: str, lexicon: ActorLexicon) -> bool:
    """``kommunfullmäktiges``, ``förbundsstämmans``: an assembly (role ``assembly``), whose
    bare chair is the presiding officer of its meetings, ``ordförande``, not a chair named
    in full (docs/annotation.md §2.3, round 46 chairs (b))."""
    analysis = lexicon.analyse(genitive)
    return analysis is not None and analysis[1].role == "assembly"


def _title_heading(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> Doc | None:
    """The document's title: its first clause when that is a heading."""
    return docs[0] if docs and clauses and clauses[0].kind == "heading" else None


def _drop_heading_statements(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> None:
    """Headings name a topic and metadata lines record the document's adoption; they carry
    no statements (docs/annotation.md §1.3), even when worded as a sentence with a finite
    verb."""
    for doc, clause in zip(docs, clauses, strict=True):
        if clause.kind in {"heading", "metadata"}:
            doc._.statements = []


def _sentence_type_rules(doc: Doc) -> None:
    """Identifications, reader-addressed clauses and metadata fields carry no statements
    (`pipeline.nlp.sentence_types`), a metadata label is no verb, and a main clause spliced
    on with a comma borrows no subject from the clause before it
    (`pipeline.nlp.coordination.spliced_clause`)."""
    metadata = metadata_fields(doc)
    if metadata.labels:
        doc._.verbs = [v for v in doc._.verbs or [] if v.token not in metadata.labels]
    if not doc._.statements:
        return
    sentences = list(doc.sents)
    tokens = _TokenStarts(doc)
    silent_by_sentence: dict[int, range] = {}  # a sentence's statements share its answer
    splice = _SpliceSets(doc)
    kept = []
    for index, statement in doc._.statements:
        aim = tokens.get(statement.aim_start)
        if index not in silent_by_sentence:
            silent_by_sentence[index] = (
                without_statements(sentences[index]) if index < len(sentences) else range(0)
            )
        silent = silent_by_sentence[index]
        if aim is not None and (aim.i in silent or aim.i in metadata.fields):
            continue
        own = _own_clause_subject(doc, statement, tokens, splice)
        if own is not None:
            kept.append((index, own))
    doc._.statements = kept


class _TokenStarts:
    """A Doc's tokens by their character offsets (``{token.idx: token}``), the offsets read
    in one `Doc.to_array` instead of one `Token` made per token of the Doc."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._index = dict(zip(doc.to_array(IDX).tolist(), range(len(doc)), strict=True))

    def get(self, start: int) -> Token | None:
        index = self._index.get(start)
        return None if index is None else self._doc[index]


class _SpliceSets:
    """The token sets `spliced_clause` reads (the actors' tokens, the finite verbs), made
    once per Doc on first use: the Doc's actors and verbs stay as they are meanwhile."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._sets: tuple[set[int], set[int]] | None = None

    def sets(self) -> tuple[set[int], set[int]]:
        if self._sets is None:
            doc = self._doc
            in_actor = {
                i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)
            }
            finite = {v.token for v in doc._.verbs or [] if v.tense in FINITE_TENSES}
            self._sets = (in_actor, finite)
        return self._sets


def _drop_descriptions(doc: Doc) -> None:
    """A paragraph's verbless sentence (a slogan) names no actor with an indefinite article
    (`pipeline.nlp.sentence_types.described`); headings, list items and table rows keep
    theirs (``Ordförande``, ``– en handläggare``)."""
    classified = classified_kinds(doc)  # "Aktiebolag … är vanliga associationsformer" (r2)
    mentions = [m for m in doc._.actors or [] if m.first_token not in classified]
    if GRAMMAR.indefinite_articles.isdisjoint(doc_arrays(doc).lower):
        doc._.actors = list(mentions)  # no article: nothing described (most Docs)
        return
    verbs = {verb.token for verb in doc._.verbs or []}
    doc._.actors = [
        mention
        for mention in mentions
        if mention.first_token < 0 or not described(mention, doc[mention.first_token].sent, verbs)
    ]


def _own_clause_subject(
    doc: Doc, statement: Statement, tokens: _TokenStarts, splice: _SpliceSets
) -> Statement | None:
    """The statement, unless its aim stands in a comma-spliced main clause whose own subject
    is no actor while its actor stands before that clause: then no statement, or, for an
    agentless passive with a deontic cue, one with the implicit actor (docs/annotation.md
    §5.1)."""
    actor, aim = statement.actor, tokens.get(statement.aim_start)
    if actor is None or actor.first_token < 0 or aim is None:
        return statement
    comma = spliced_clause(aim, *splice.sets())
    if comma is None or actor.last_token >= comma:
        return statement
    if any(comma < m.first_token < aim.i for m in doc._.actors or []):
        # the clause's own subject is an actor: it has the statement; an actor before the
        # clause ("Stämman väljer revisorerna och styrelsen väljer …") has none
        return None
    if statement.passive and statement.deontic != "none":
        return replace(statement, actor=None)
    return None


def _name_state_authorities(
    docs: Sequence[Doc], clauses: Sequence[ClauseInfo], declared: str | None, lexicon: ActorLexicon
) -> None:
    """``Socialstyrelsen`` keeps its name (round 19, cause C3; pipeline/nlp/authorities.py)."""
    heading = _title_heading(docs, clauses)
    title = heading.text if heading is not None else ""
    mentions = [m for doc in docs for m in doc._.actors or []]
    openers = (
        m
        for doc, clause in zip(docs, clauses, strict=True)
        if STATUTE_PARAGRAPH_LABEL.fullmatch(clause.label.strip())
        for m in doc._.actors or []
        if m.first_token == 0
    )
    untitled = untitled_statute(openers)  # round 51, an-C1
    authorities = state_authorities(mentions, lexicon, declared, title, untitled=untitled)
    for doc in docs if authorities else ():
        _replace_actors(doc, with_authority_names(doc._.actors or [], authorities))


def _own_agency(docs: Sequence[Doc], organisation: str | None) -> None:
    """Round 56 (newuser56 fault 11): the state agency the document is about
    (``Delegationsordning för Myndigheten för kustförvaltning``) is its organisation, no
    external actor: each mention of that name takes the category and role ``organisation``."""
    own = organisation.lower() if organisation else None
    for doc in docs if own else ():
        mentions = doc._.actors or []
        if any(m.canonical == own and m.category == "extern" for m in mentions):
            _replace_actors(doc, [
                replace(m, category="organisation", role="organisation")
                if m.canonical == own and m.category == "extern" else m
                for m in mentions
            ])


def _name_associations(docs: Sequence[Doc], lexicon: ActorLexicon) -> None:
    """``Hyresgästföreningen`` used as a name keeps it (round 42, bc-N1; authorities.py)."""
    names = association_names(docs, lexicon)
    for doc in docs if names else ():
        _replace_actors(doc, with_association_names(doc._.actors or [], names))


def _title_without_task_name(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> None:
    """``Nämnden för kulturfrågor`` as the title: its body keeps the bare head, as the same
    words opening a paragraph do, so a later bare ``Nämnden`` stays ``nämnd`` (§2.3, round
    49; `actors.without_heading_task_name`); a heading inside the page keeps its name."""
    title = _title_heading(docs, clauses)
    if title is not None and title._.actors:
        title._.actors = [without_heading_task_name(title, m) for m in title._.actors]


def _restore_gap_hyphens(docs: Sequence[Doc]) -> None:
    """``Bygg och miljönämnden`` in a document that writes ``Bygg- och miljönämnden``
    (`actors.with_lost_gap_hyphens`): the widened mention replaces the last conjunct's, a
    mention of the first part alone and its statements go."""
    names = suspended_names([m for doc in docs for m in doc._.actors or []])
    for doc in docs if names else ():
        widened = with_lost_gap_hyphens(doc, names)
        if not widened:
            continue
        # the first part and the coordinator: no mention of their own
        gone = {m.first_token + step for m in widened.values() for step in (0, 1)}
        doc._.actors = [
            widened.get(m.first_token, m)
            for m in doc._.actors or []
            if m.last_token not in gone
        ]
        doc._.statements = [
            (index, replace(s, actor=widened.get(s.actor.first_token, s.actor)) if s.actor else s)
            for index, s in doc._.statements or []
            if s.actor is None or s.actor.last_token not in gone
        ]


def _widen_to_names(doc: Doc, names: frozenset[str]) -> None:
    widened = widened_to_names(doc, names)
    if widened is not None:
        _replace_actors(doc, widened)


def _replace_actors(doc: Doc, mentions: list[ActorMention]) -> None:
    """`mentions` become the Doc's actors, and each statement's actor the mention that
    starts at its token."""
    by_token = {m.first_token: m for m in mentions}
    doc._.actors = mentions
    doc._.statements = [
        (index, replace(s, actor=by_token.get(s.actor.first_token, s.actor)) if s.actor else s)
        for index, s in doc._.statements or []
    ]


def _rename_compound(docs: Sequence[Doc], base: str, name: str) -> None:
    """Every mention of the förbund's compound (``Träarbetarförbundets``) takes its name."""
    for doc in docs:
        mentions = doc._.actors or []
        if any(m.canonical == base for m in mentions):
            doc._.actors = [
                replace(m, canonical=name) if m.canonical == base else m for m in mentions
            ]  # (a capitalised one inside a sentence has the name already: round 42, bc-N1)


def _resolve_doc(
    doc: Doc,
    known: set[str],
    organisation: str | None,
    lexicon: ActorLexicon,
    body: str | None,
    *,
    own_board: bool = False,
    named: NamedOrganisations | None = None,
    acronyms: Mapping[str, str] | None = None,
    anaphors: frozenset[int] = frozenset(),
    statute: bool = False,
) -> None:
    resolved = resolve_short_references(
        doc._.actors or [],
        known,
        organisation,
        lexicon,
        body,
        own_board=own_board,
        named=named,
        doc=doc,
        anaphors=anaphors,
        statute=statute,
    )
    if acronyms:  # "KF" in a parish's document that writes "kyrkofullmäktige"
        resolved = with_acronym_bodies(resolved, acronyms)
    _set_actors(doc, resolved)


def _take_antecedents(doc: Doc, targets: Mapping[int, str], lexicon: ActorLexicon) -> None:
    """``Kommunstyrelsen har uppsikt … Styrelsen ska …``: the bare heads `local_antecedents`
    found take their antecedent (round 52, ruling a1)."""
    _set_actors(doc, [
        with_target(m, targets[m.first_token], lexicon) if m.first_token in targets else m
        for m in doc._.actors or []
    ])


def _set_actors(doc: Doc, resolved: list[ActorMention]) -> None:
    """The clause's actors, and its statements' actors by first token."""
    by_token = {m.first_token: m for m in resolved}
    doc._.actors = [m for m in resolved if m.end > m.start]  # never a zero-width span
    doc._.statements = [
        (index, replace(s, actor=by_token.get(s.actor.first_token, s.actor) if s.actor else None))
        for index, s in doc._.statements or []
    ]


_SUBHEADING_LABEL = re.compile(r"[IVXLC]+\.?|[A-Za-zÅÄÖåäö][.)]?")
# segment leaves ``I Skogsbruk`` a paragraph with its numeral in the text and no label
_SUBHEADING_TEXT = re.compile(r"(?:[IVXLC]+\.?|[A-Za-zÅÄÖåäö][.)]?)\s+[A-ZÅÄÖ]")


@dataclass
class _AnnouncedList:
    """A colon lead-in with no items of its own (``Bolaget ska bedriva följande verksamhet:``)
    whose items follow under Roman or letter subheadings (``I Skogsbruk`` ⏎ ``- Avverkning``):
    round 44, bh-S4 (§5.1). A sentence, or a heading that is no such subheading, ends it."""

    cues: DeonticCues
    colon_lead_in: Doc | None = None
    announced: LeadIn | None = None

    def close(self) -> None:
        self.colon_lead_in = self.announced = None

    def see(self, doc: Doc, clause: ClauseInfo, has_items: bool) -> None:
        """Before the clause's own rules: what ends the announced list."""
        if clause.kind == "list_item":
            return
        if doc._.statements or (
            (has_items or clause.kind == "heading") and not self.subheading(doc, clause)
        ):
            self.close()

    def after_itemless(self, doc: Doc) -> None:
        if doc_text(doc).rstrip().endswith(":"):
            self.colon_lead_in, self.announced = doc, None

    @staticmethod
    def subheading(doc: Doc, clause: ClauseInfo) -> bool:
        """A Roman or letter subheading, by its label or by the text it opens with."""
        if clause.label:
            return _SUBHEADING_LABEL.fullmatch(clause.label) is not None
        return _SUBHEADING_TEXT.match(doc_text(doc)) is not None

    def lead_in_for(self, doc: Doc, clause: ClauseInfo) -> LeadIn | None:
        """The announced lead-in, for a subheading under it; None otherwise."""
        colon_lead_in = self.colon_lead_in
        if colon_lead_in is None or not self.subheading(doc, clause):
            return None
        if self.announced is None:
            rule = partial(lead_in, colon_lead_in, self.cues)
            self.announced = _guarded(colon_lead_in, "lead-in", rule, None)
        return self.announced


@dataclass(frozen=True)
class _ListKinds:
    """The clauses that lead list items, and of those the ones whose items name statutes
    (D11) and the ones whose items are noun phrases."""

    has_items: set[str]
    references: set[str]
    verbless: set[str]
    conditions: set[str]  # every item a clause of condition or time (round 50, 50-bw G8)
    correlatives: set[str]  # every item a `dels att`-member (round 52, ruling v1)
    sentences: set[str]  # every item a full sentence (round 58, ruling R1)


def _inherit_lead_ins(
    docs: Sequence[Doc], clauses: Sequence[ClauseInfo], cues: DeonticCues
) -> None:
    """In document order, so that an item that leads a nested list has its own statements
    (inherited) before its sub-items look at them."""
    clauses = numbered_items(docs, clauses)
    kinds = _ListKinds(
        has_items={c.parent_id for c in clauses if c.kind == "list_item" and c.parent_id},
        references=_reference_lists(docs, clauses),
        verbless=_verbless_lists(docs, clauses),
        conditions=_condition_lists(docs, clauses),
        correlatives=_correlative_lists(docs, clauses),
        sentences=_sentence_lists(docs, clauses),
    )
    lead_ins: dict[str, LeadIn | None] = {}
    named = None  # the actor the clause before names, when it is nothing but that name
    carried = None  # the subject a clause ending in `, och` hands the subjectless ones after it
    announced = _AnnouncedList(cues)  # a colon lead-in whose items follow a subheading (S4)
    for doc, clause in zip(docs, clauses, strict=True):
        leads = clause.clause_id in kinds.has_items
        announced.see(doc, clause, leads)
        parent = lead_ins.get(clause.parent_id or "") if clause.kind == "list_item" else None
        above, named = named, _guarded(doc, "lead-in", partial(named_actor, doc), None)
        above = above if above is not None else carried
        continued = _item_statements(doc, parent, above, carried, cues)
        handed = _guarded(doc, "lead-in", partial(handed_subject, doc), None)
        carried = handed if handed is not None else (carried if continued else None)
        announcing = partial(drop_announcing_lead_ins, doc, leads)
        _guarded(doc, "lead-in", announcing, None)  # "… enligt följande:" + a sentence (D11)
        if not leads:
            _guarded(doc, "lead-in", partial(drop_itemless_lead_in, doc), None)
            announced.after_itemless(doc)
            continue
        lead_ins[clause.clause_id] = _own_lead_in(doc, clause, parent, announced, kinds, cues)


# A printed item label: a number at any depth (`2.1.1`, `4.1`, `3)`) or a letter (`a)`, `b.`).
_ITEM_LABEL = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[a-zåäö])[.)]?")
# the end of an open lead-in: a colon, or no stop at all before lower-case items
_SENTENCE_END = re.compile(r"[.!?;,]\s*$")


def numbered_items(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> list[ClauseInfo]:
    """Newuser57b fault 1: a lead-in paragraph's numbered children are its items, whatever
    their label and depth (`2.1 Regiondirektören ska särskilt:` ⏎ `2.1.1 se till …`, `3. … :`
    ⏎ `3.1 …`, `§ 4 … följande:` ⏎ `4.1 …`): the document pass reads a labelled paragraph
    (`_ITEM_LABEL`) as a list item where its parent paragraph ends in a colon, or ends in no
    stop and the child opens in lower case (`2.1 Direktören ska särskilt` ⏎ `2.1.1 leda …`).
    The clause table keeps the kind the layout gives."""
    paragraphs = {c.clause_id: doc for doc, c in zip(docs, clauses, strict=True)
                  if c.kind == "paragraph"}
    texts: dict[str, str] = {}  # a lead-in's text, joined only where a labelled child asks
    found = []
    for doc, clause in zip(docs, clauses, strict=True):
        parent = clause.parent_id or ""
        if (
            clause.kind == "paragraph"
            and parent in paragraphs
            and _ITEM_LABEL.fullmatch(clause.label.strip())
            and (lead := _lead_text(texts, parent, paragraphs[parent]))
            and (lead.endswith(":") or (
                not _SENTENCE_END.search(lead) and doc.text.lstrip()[:1].islower()
            ))
        ):
            clause = replace(clause, kind="list_item")
        found.append(clause)
    return found


def _lead_text(texts: dict[str, str], clause_id: str, doc: Doc) -> str:
    """The lead-in's text without its trailing space, joined once per clause (round 58,
    perf58b: `numbered_items` joined every paragraph's text)."""
    if clause_id not in texts:
        texts[clause_id] = doc.text.rstrip()
    return texts[clause_id]


def _item_statements(
    doc: Doc,
    parent: LeadIn | None,
    above: ActorMention | None,
    carried: ActorMention | None,
    cues: DeonticCues,
) -> bool:
    """Give `doc` the statements its name, the actor named above it or its list's lead-in
    give it; True where its subject is the one `carried` on from a clause before."""
    glued = _guarded(doc, "lead-in", partial(label_row, doc), None)  # gen56 E
    if glued is None and not doc._.statements:
        glued = _guarded(doc, "lead-in", partial(glued_name, doc), None)
    if glued is not None:
        rule = partial(named_description_statements, doc, *glued, cues)
        found = _guarded(doc, "list item", rule, [])
        if found or not doc._.statements:
            doc._.statements = found  # a row's own parse stays where the label gives none
        return False
    if (
        (parent is None or not (parent.bare or parent.content_att))  # the item is its object
        and above is not None
        and (
            (
                not doc._.statements
                and _guarded(doc, "lead-in", partial(opens_without_subject, doc), False)
            )
            or (
                above.role in _DESCRIBED_ROLES  # cb-P1, cm-C1; a board's is §5.1's (fix53d)
                and _guarded(doc, "lead-in", partial(_described_verb_first, doc), False)
            )
        )
    ):
        # "•  Fritidsförvaltningen" ⏎ "Ansvarar för …": the unit named just above is the
        # subject of its description (§5.1, bare actor lead-in)
        rule = partial(subject_item_statements, doc, above, cues)
        doc._.statements = _guarded(doc, "list item", rule, [])
        return above is carried
    if parent is not None:
        _lead_in_item_statements(doc, parent, cues)
    return False


# Roles of an actor named above whose verb-first description takes it as subject: units
# (round 53 cb-P1) and committees, nämnder, beredningar, utskott, råd (round 56 cm-C1); not a
# board (`Styrelsen` ⏎ V1: fix53d) nor an assembly.
_DESCRIBED_ROLES = frozenset({"unit", "committee"})


def _described_verb_first(doc: Doc) -> bool:
    """The clause's first sentence opens with its verb (`opens_verb_first`) and names no
    subject of its own after it (review56 S3: `names_postverbal_subject`)."""
    sentence = _first_sentence(doc)
    return opens_verb_first(sentence) and not names_postverbal_subject(sentence)


def _first_sentence(doc: Doc) -> Doc | Span:
    """The clause's first sentence (the whole clause where it has no sentences): a heading's
    description opens the paragraph, whatever later sentences with their own subjects say
    (round 56, analysis 56-cm C1)."""
    if not doc.has_annotation("SENT_START"):
        return doc
    return next(iter(doc.sents), doc[:])


def _lead_in_item_statements(doc: Doc, parent: LeadIn, cues: DeonticCues) -> None:
    """Give a list item the statements its lead-in's frame makes of it."""
    if parent.closed:
        return  # "… förening vars syfte är att:": the relative clause takes the item (bq-E)
    if parent.presented or parent.agented:
        # "I förvaltningen ingår" ⏎ "1. ekonomienheten,": the item names the subject of
        # the lead-in's presentational verb (round 33, B1; §5.1), or the agent of its
        # passive ("Ärendet avgörs av" ⏎ "– ordföranden", round 35, B1); a sentence item
        # keeps its own statements
        if not any(number == 0 for number, _ in doc._.statements or []):
            if parent.organisations and (name := organisation_name_item(doc)) is not None:
                doc._.actors = [name]
            rule = partial(presented_item_statements, doc, parent.frame)
            doc._.statements = _guarded(doc, "list item", rule, [])
    elif parent.bare:
        rule = partial(subject_item_statements, doc, parent.frame.actor, cues)
        doc._.statements = _guarded(doc, "list item", rule, [])
    elif parent.incomplete and (named := named_item_completion(doc, parent.frame)):
        # "Valnämnden har tillsatt följande grupper:" ⏎ "Lokalgrupp - omfattar …": the
        # name completes the lead-in's verb besides its own clause (round 52, z-C2)
        doc._.statements = [*named, *(doc._.statements or [])]
    elif (
        is_governed(doc, incomplete=parent.incomplete, actor=parent.frame.actor is not None)
        or (parent.awaits_clause and subject_clause(doc))
        or (parent.awaits_clause and own_aim_frame(parent.frame, cues))  # round 57
        or (parent.awaits_object_clause and content_clause(doc))  # round 23, B1
        or parent.content_att  # analysis 53-cc L1: "beslutar att" + "1. Anta planen,"
    ):
        # "Styrelsen ska se till att: – bolaget följer …": the item is the att-clause,
        # the object of the lead-in's statement, with no statement of its own (§5.1)
        rule = partial(
            framed_item_statements,
            doc,
            parent.frames,
            incomplete=parent.incomplete,
            cues=cues,
            object_clause=parent.awaits_object_clause,
            att_object=parent.awaits_att_object,
            content_att=parent.content_att,
        )
        doc._.statements = _guarded(doc, "list item", rule, [])


def _own_lead_in(
    doc: Doc,
    clause: ClauseInfo,
    parent: LeadIn | None,
    announced: _AnnouncedList,
    kinds: _ListKinds,
    cues: DeonticCues,
) -> LeadIn | None:
    """The lead-in a clause with list items hands its items: its own, its parent's (a
    topic line inside an outer list) or a colon lead-in announced above a subheading."""
    rule = partial(
        lead_in,
        doc,
        cues,
        clause.clause_id in kinds.references,
        clause.clause_id in kinds.verbless,
        clause.clause_id in kinds.conditions,
        clause.clause_id in kinds.correlatives,
        clause.clause_id in kinds.sentences,
    )
    found = _guarded(doc, "lead-in", rule, None)
    if found is None and parent is not None and not doc._.statements:
        found = parent  # "– Ekonomi:" names a topic; its items continue the outer list
    elif found is None and parent is None and not doc._.statements:
        found = announced.lead_in_for(doc, clause)  # the items under a subheading (S4)
    return found
