"""Bodies a section is about (round 22, cause C1): a bare definite head (``Nämnden``,
``Fullmäktige``) takes the nearest earlier body compound with the same head that a heading
names (``Miljönämnd`` ⏎ ``Nämnden ska pröva …`` → ``miljönämnd``) or that opens the paragraph
(``Patientnämnden är … Nämnden ska …`` → ``patientnämnd``); the heads are
`section_short_references` of configs/actors.yaml (docs/annotation.md §2.3)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import ActorLexicon
from pipeline.nlp.actors import ActorMention

SECTION_BODIES = "body (section)"  # key of `named`: the bodies a clause's section is about
_BODY_ROLES = frozenset({"board", "committee", "assembly"})
# A section may be about a unit too (`Miljöförvaltningen` ⏎ `Förvaltningen …`; round 52, c1).
_SECTION_ROLES = _BODY_ROLES | {"unit"}


def section_bodies(
    docs: Sequence[Doc], clauses: Sequence[tuple[str, str | None, str]], lexicon: ActorLexicon
) -> list[frozenset[str]]:
    """For each clause (its Doc; its id, parent id and kind), the body compounds in scope:
    per head, that of the nearest heading above it (its parent chain) naming one, or the
    compound its paragraph opens with; a heading's scope ends with its section. The title's
    body is in scope only for `title_section_references` (``fullmäktige``); for the other
    heads it is the document's own body, whose bare form stays bare (§2.3: ``nämnden`` in a
    nämnd's own reglemente), also under a heading or in a paragraph that names it. A heading
    that repeats the title (`_repeats_title`) names the document's own body like the title."""
    scopes: dict[str, dict[str, str]] = {}
    titled: set[str] = set()
    found: list[frozenset[str]] = []
    for index, (doc, (clause_id, parent_id, kind)) in enumerate(zip(docs, clauses, strict=True)):
        mentions = list(doc._.actors or [])
        if index == 0 and kind == "heading" and parent_id is None:  # the title
            titled = set(_bodies(mentions, lexicon))
            scopes[""] = {
                head: body
                for head, body in _by_head(list(titled), lexicon).items()
                if head in lexicon.title_section_references
                and title_assembly(mentions, head, lexicon) == body
            }
        elif kind == "heading" and _repeats_title(doc, lexicon):
            titled |= set(_bodies(mentions, lexicon))  # round 34, cause C2
        own = mentions if kind == "heading" else _opening(mentions)
        bodies = [
            body for body in _bodies(own, lexicon)
            if body not in titled and _head(body, lexicon) in lexicon.section_short_references
        ]
        scope = {**scopes.get(parent_id or "", {}), **_by_head(bodies, lexicon)}
        scopes[clause_id] = scope
        found.append(frozenset(scope.values()))
    return found


def _opening(mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that open a paragraph: the one at its first word, or the first after a
    run of genitive owners from there (``Region Ekbys kulturförvaltning driver … .
    Förvaltningen …``, ``Kommunens tekniska nämnds …``: the owners are no body in scope;
    round 56, analysis 56b-cm R2)."""
    position, opening = 0, []
    for mention in sorted(mentions, key=lambda m: m.first_token):
        if mention.first_token != position:
            continue
        if not mention.genitive:
            opening.append(mention)
            break
        position = mention.last_token + 1
    return opening


def title_assembly(title: Iterable[ActorMention], base: str, lexicon: ActorLexicon) -> str | None:
    """The assembly a bare `base` (``fullmäktige``) takes from the `title`'s mentions: the
    one body the title names, when it ends in `base` and no church owns it (round 42,
    coordinator on analysis 42-ba G1: ``Arbetsordning för förbundsfullmäktige`` gives
    ``förbundsfullmäktige``; a title naming two bodies, or ``kyrkofullmäktige``, gives none)."""
    bodies = {m.canonical for m in title if m.role in _BODY_ROLES and not m.genitive}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    owner = body.removesuffix(base)
    if owner in {body, ""} or owner.startswith(lexicon.church_assembly_owners):
        return None
    return body


def _repeats_title(doc: Doc, lexicon: ActorLexicon) -> bool:
    """``Författningssamling 1 (4) Arbetsordning för kulturnämnden``: a heading whose body
    follows a document-kind noun (`document_kind_nouns`, also as a compound's last part) and
    ``för`` repeats the title (a flattened first page), so its body is the document's own
    (round 34, cause C2)."""
    kinds = lexicon.document_kind_nouns
    return bool(kinds) and any(
        token.lower_.endswith(kinds) and doc[token.i + 1].lower_ == "för"
        for token in doc[:-1]
    )


def _bodies(mentions: Iterable[ActorMention], lexicon: ActorLexicon) -> list[str]:
    """One-word body or unit compounds, singular, no genitive (``miljönämnd``, not ``nämnd``;
    ``miljöförvaltning``), also one named by an elided coordination (``barn- och
    utbildningsförvaltning``)."""
    return [
        m.canonical
        for m in mentions
        if m.role in _SECTION_ROLES and not m.genitive and not m.plural
        and _one_name(m, lexicon) and not m.short
        and _head(m.canonical, lexicon) not in (None, m.canonical)
    ]


def _one_name(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """One word; a heading's `<Head> för <topic>` name (`utskott för äldrefrågor`, actors.py
    `_heading_task_name`; round 56, analysis 56-cm C2); or one body named by a hyphen-elided
    coordination of compounds (`barn- och utbildningsförvaltning`, `kultur- och
    fritidsberedning`; round 53 cb-P7, round 56 cm-C2): the suspended compound actors.py
    found (`ActorMention.suspended`), one word after its coordinator, its head one of
    `section_elided_heads`. A nämnd so named is the document's own body in the genre (a
    reglemente's title repeated as a heading), and a bare `Nämnden` below it stays `nämnd`."""
    words = mention.canonical.split(" ")
    if len(words) == 1 or _topic_name(words):
        return True
    return (
        mention.suspended
        and words[-2] in GRAMMAR.noun_phrase_coordinators
        and _head(mention.canonical, lexicon) in lexicon.section_elided_heads
    )


def _topic_name(words: list[str]) -> bool:
    """A body noun, a heading-name preposition (grammar.yaml `heading_name_prepositions`:
    ``för``) and its topic: `utskott för äldrefrågor`."""
    return len(words) > 2 and words[1] in GRAMMAR.heading_name_prepositions


def _base(canonical: str) -> str:
    """The body noun of a name: the words before its `för` attribute (`utskott för
    äldrefrågor` → `utskott`), else the name itself."""
    words = canonical.split(" ")
    return words[0] if _topic_name(words) else canonical


def _by_head(bodies: list[str], lexicon: ActorLexicon) -> dict[str, str]:
    """Head → body; a head two different bodies share is in scope for neither."""
    heads: dict[str, set[str]] = {}
    for body in bodies:
        head = _head(body, lexicon)
        if head is not None:
            heads.setdefault(head, set()).add(body)
    return {head: names.pop() for head, names in heads.items() if len(names) == 1}


def _head(canonical: str, lexicon: ActorLexicon) -> str | None:
    heads = lexicon.section_short_references | lexicon.title_section_references
    return next((h for h in heads if _base(canonical).endswith(h)), None)


def in_section(base: str, bodies: Iterable[str], lexicon: ActorLexicon) -> str | None:
    """The body in scope for a bare head `base`, if it is one of the section heads."""
    if base not in lexicon.section_short_references | lexicon.title_section_references:
        return None
    found = {b for b in bodies if _base(b).endswith(base) and b != base}
    return found.pop() if len(found) == 1 else None

