"""Actor mentions: organisational actors found from compound heads, organisation names and
the agent role.

Matching works on word forms, not on the statistical lemma, so every inflection and the
genitive of a known head (``…direktör``, ``…nämnd``, ``…styrelse``) is found, and so are
unseen compounds (``äldreomsorgschefen`` → ``äldreomsorgschef``). A noun outside the head
table that is a subject or ``av``-agent and has an agentive ending (``ombudsmannen``) is an
actor too, of category ``övrig``. Each mention carries a ``role`` (chief_executive, board …)
from the lexicon, and aliases map to one canonical (``vd`` → ``verkställande direktör``).
Predicative nominals (``är … tjänsteman``, ``kallas kommunalråd``) are left out
(pipeline/nlp/predicative.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pipeline.nlp.grammar import GRAMMAR
from pipeline.nlp.lexicon import NEUTER_HEADS, ActorLexicon, adjective_lemma
from pipeline.nlp.memo import doc_text, lower_words, morph_values
from pipeline.nlp.predicative import is_predicative

AGENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent"})
GENITIVE_NAME_ENDS = (
    " läns",
    " kommuns",
    " stads",
    " kommunalförbunds",
    "verkets",
    "kollegiets",
    "kassans",
    "förmedlingens",
)
CASE_NUMBER = re.compile(r"\d{2,4}[/:.-]\d+")
CATEGORY_ROLES = {"extern": "external", "organisation": "organisation"}
PERSON_ROLES = frozenset({"chief_executive", "chair", "elected", "auditor", "manager", "employee"})


@dataclass(frozen=True)
class ActorMention:
    start: int  # character offsets in the Doc's text
    end: int
    text: str
    canonical: str
    category: str
    head: str
    first_token: int
    last_token: int
    genitive: bool = False
    short: bool = False
    source: str = "lexicon"
    role: str = "other"
    plural: bool = False


def _genitive(word: str, canonical_head: str) -> bool:
    return word.lower().endswith("s") and not canonical_head.endswith("s")


def _organisation_mentions(doc: Doc, lexicon: ActorLexicon) -> Iterator[ActorMention]:
    text = doc_text(doc)
    for pattern in lexicon.organisation_patterns:
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or _is_determiner(span[0]):
                continue  # "En kommun": the head noun is found on its own
            name = match.group(0)
            canonical = _company_form(name.lower())
            genitive = False
            if canonical.endswith(GENITIVE_NAME_ENDS) or (
                canonical.startswith("region ") and canonical.endswith("s")
            ):
                canonical, genitive = canonical[:-1], True
            yield ActorMention(
                match.start(),
                match.end(),
                name,
                canonical,
                "organisation",
                "organisation",
                span.start,
                span.end - 1,
                genitive=genitive,
                source="name",
                role="organisation",
            )


def _is_determiner(token: Token) -> bool:
    return token.pos_ in {"DET", "PRON"} or token.lower_ in GRAMMAR.non_name_openers


def _company_form(name: str) -> str:
    """``parkeringsaktiebolag`` → ``parkerings ab``: the legal form as in ``… AB`` names."""
    for suffix in ("aktiebolaget", "aktiebolag"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{name.removesuffix(suffix).rstrip()} ab"
    return name


def _head_mention(doc: Doc, token: Token, lexicon: ActorLexicon) -> ActorMention | None:
    analysis = lexicon.analyse(token.text)
    if analysis is None:
        return _modified_mention(doc, token, lexicon)
    canonical, head = analysis
    if _is_case_number_prefix(doc, token, lexicon) or token.lower_ in lexicon.bare_common_nouns:
        return None
    if head.head in lexicon.modified_heads:  # "fackliga organisationerna" before the bare head
        modified = _modified_mention(doc, token, lexicon)
        if modified is not None:
            return modified
    if _in_idiom(doc, token, lexicon):
        return None
    if _is_activity(doc, token, head.head, lexicon) or _is_attributive(
        doc, token, canonical, lexicon
    ):
        return None
    start_token = token.i
    genitive = _genitive(token.text, canonical)
    # Suspended compound: "Hälso- och sjukvårdsdirektören".
    if token.i >= 2 and doc[token.i - 1].lower_ in GRAMMAR.noun_phrase_coordinators:
        before = doc[token.i - 2]
        if before.text.endswith("-") or (before.text == "-" and token.i >= 3):
            start_token = before.i if before.text != "-" else before.i - 1
            prefix = doc[start_token : token.i - 1].text.replace(" -", "-").lower()
            canonical = f"{prefix} och {canonical}"
    return ActorMention(
        doc[start_token].idx,
        token.idx + len(token.text),
        doc[start_token : token.i + 1].text,
        lexicon.aliases.get(canonical, canonical),
        head.category,
        head.head,
        start_token,
        token.i,
        genitive=genitive,
        role=lexicon.role_of(canonical, head.role),
        plural=lexicon.is_plural(token.text, canonical, head),
    )


def _is_case_number_prefix(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``Diarienummer KS 2023/394``, ``Kf 2021-03-01 § 12``: an abbreviation before a case
    number or a date is the register's series code or a decision reference, not a mention
    of the body (docs/annotation.md §1.3)."""
    following = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    abbreviation = token.text.isupper() or token.lower_ in lexicon.aliases
    return abbreviation and bool(CASE_NUMBER.match(following))


def _is_activity(doc: Doc, token: Token, head: str, lexicon: ActorLexicon) -> bool:
    """``förvaltningen av kommunens angelägenheter``, ``den löpande förvaltningen``, ``sin
    förvaltning``, ``direktörens förvaltning``: the head names an activity, not a body."""
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if following in lexicon.activity_heads.get(head, ()):
        return True
    modifiers = lexicon.activity_modifiers.get(head, frozenset())
    if not modifiers or _plural_head(token, lexicon):
        return False  # "dess förvaltningar": the units
    before = range(max(0, token.i - 2), token.i)
    return any(doc[i].lower_ in modifiers for i in before) or _owned_by_person(doc, token, lexicon)


def _plural_head(token: Token, lexicon: ActorLexicon) -> bool:
    analysis = lexicon.analyse(token.text)
    return analysis is not None and lexicon.is_plural(token.text, *analysis)


def _owned_by_person(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``verkställande direktörens förvaltning``: a person's genitive right before."""
    if token.i == 0:
        return False
    owner = doc[token.i - 1]
    analysis = lexicon.analyse(owner.text)
    if analysis is None or not _genitive(owner.text, analysis[0]):
        return False
    return lexicon.role_of(analysis[0], analysis[1].role) in PERSON_ROLES


def _in_idiom(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``i allmänhet`` ("in general"): a fixed phrase that ends in an actor word."""
    for phrase in lexicon.idioms:
        start = token.i - len(phrase) + 1
        if start >= 0 and tuple(lower_words(doc[start : token.i + 1])) == phrase:
            return True
    return False


def _is_attributive(doc: Doc, token: Token, canonical: str, lexicon: ActorLexicon) -> bool:
    """``anställda medarbetare``, ``förtroendevalda politiker``: an adjectival head before a
    noun is its attribute; the noun is the actor."""
    if canonical not in lexicon.adjectival_heads or token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    return following.pos_ in {"NOUN", "PROPN"} or lexicon.analyse(following.text) is not None


def _modified_mention(doc: Doc, token: Token, lexicon: ActorLexicon) -> ActorMention | None:
    """Heads that are actors only after a listed adjective: ``fackliga organisationerna``."""
    if token.i == 0:
        return None
    modifier = doc[token.i - 1].lower_
    if modifier not in lexicon.modifiers:
        return None
    for head, modifiers in lexicon.modified_heads.items():
        if modifier in modifiers and token.lower_.startswith(head):
            adjective = lexicon.name_adjectives.get(modifier) or adjective_lemma(modifier)
            canonical = f"{adjective} {head}"
            return ActorMention(
                doc[token.i - 1].idx,
                token.idx + len(token.text),
                doc[token.i - 1 : token.i + 1].text,
                canonical,
                modifiers[modifier],
                head,
                token.i - 1,
                token.i,
                role=CATEGORY_ROLES.get(modifiers[modifier], "other"),
            )
    return None


def _with_name_adjective(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> ActorMention:
    """Adjectives that belong to the name, each in turn: ``vice verkställande direktören``,
    ``vice VD`` → ``vice verkställande direktör``."""
    if mention.source != "lexicon":
        return mention
    while mention.first_token > 0:
        previous = doc[mention.first_token - 1]
        adjective = lexicon.name_adjectives.get(previous.lower_)
        if adjective is None or mention.canonical.startswith(f"{adjective} "):
            return mention
        if not _forms_term(adjective, mention.canonical, lexicon):
            return mention
        invariable = adjective == "vice" or adjective.endswith(("ande", "ende"))
        if not invariable and mention.head in NEUTER_HEADS:
            adjective += "t"
        canonical = f"{adjective} {mention.canonical}"
        mention = replace(
            mention,
            start=previous.idx,
            text=doc[previous.i : mention.last_token + 1].text,
            canonical=lexicon.aliases.get(canonical, canonical),
            first_token=previous.i,
            role=lexicon.role_of(canonical, mention.role),
        )
    return mention


def _forms_term(adjective: str, canonical: str, lexicon: ActorLexicon) -> bool:
    """``verkställande`` belongs to the name only in a fixed term the lexicon lists
    (``verkställande direktör``); ``en verkställande chef`` is a chef (`fixed_term_adjectives`)."""
    if adjective not in lexicon.fixed_term_adjectives:
        return True
    term = f"{adjective} {canonical}"
    return term in lexicon.roles or term in lexicon.aliases.values() or term in lexicon.aliases


def _merge_genitive_heads(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``Regionstyrelsens ordförande`` is one actor: the genitive names whose chair it is."""
    merged: list[ActorMention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None
            and mention.genitive
            and following.first_token == mention.last_token + 1
            and following.head in lexicon.genitive_heads
        ):
            owner = mention.text.lower()
            merged.append(
                ActorMention(
                    mention.start,
                    following.end,
                    doc_text(doc)[mention.start : following.end],
                    f"{owner} {following.canonical}",
                    following.category,
                    following.head,
                    mention.first_token,
                    following.last_token,
                    genitive=following.genitive,
                    role=following.role,
                )
            )
            index += 2
            continue
        merged.append(mention)
        index += 1
    return merged


def _owner_after(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``Ordföranden i kommunstyrelsen``: the chair's canonical names its body, as the
    genitive would (``kommunstyrelsens ordförande``); the span stays the chair's word.
    Only a chair: ``väljer ledamöter för nämnderna`` are members (``ledamot``)."""
    result = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None
            and mention.role == "chair"
            and " " not in mention.canonical
            and following.first_token == mention.last_token + 2
            and doc[mention.last_token + 1].lower_ in {"i", "för"}
            and following.category == "politiskt organ"
        ):
            owner = following.text.lower()
            owner = owner if owner.endswith("s") else f"{owner}s"
            mention = replace(mention, canonical=f"{owner} {mention.canonical}")
        result.append(mention)
    return result


def find_actors(doc: Doc, lexicon: ActorLexicon) -> list[ActorMention]:
    """Every actor mention of a Doc, left to right, without overlaps."""
    covered: dict[int, ActorMention] = {}
    mentions: list[ActorMention] = []
    for mention in _organisation_mentions(doc, lexicon):
        if any(i in covered for i in range(mention.first_token, mention.last_token + 1)):
            continue
        mentions.append(mention)
        covered.update({i: mention for i in range(mention.first_token, mention.last_token + 1)})
    for token in doc:
        if token.i in covered or not (token.is_alpha or "-" in token.text or ":" in token.text):
            continue
        mention = _head_mention(doc, token, lexicon)
        if mention is None or any(i in covered for i in range(mention.first_token, token.i)):
            continue
        predicative = is_predicative(doc, mention.first_token, covered, lexicon)
        if not mention.genitive and predicative:
            continue
        mention = _with_name_adjective(doc, mention, lexicon)
        mentions.append(mention)
        covered.update({i: mention for i in range(mention.first_token, mention.last_token + 1)})
    mentions = _without_lone_coordinated_heads(doc, mentions, lexicon)
    mentions = _without_idle_activity_units(doc, mentions, lexicon)
    covered = {i: m for m in mentions for i in range(m.first_token, m.last_token + 1)}
    for token in doc:
        agent = token.i not in covered and _is_agent_noun(token, lexicon)
        if agent and not is_predicative(doc, token.i, covered, lexicon):
            mentions.append(_agent_noun_mention(token))
    mentions.sort(key=lambda m: m.start)
    return _owner_after(doc, _merge_genitive_heads(doc, mentions, lexicon), lexicon)


def _without_lone_coordinated_heads(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Heads marked `only_coordinated` (``organisation``) are actors only in a series of
    actors: ``myndigheter och organisationer``, ``organisationer, föreningar``; alone
    (``en ändamålsenlig organisation``) they name a structure."""
    only = lexicon.only_coordinated_heads
    firm = {i for m in mentions if m.head not in only for i in (m.first_token, m.last_token)}
    kept = []
    for mention in mentions:
        if mention.head in only and mention.source == "lexicon" and " " not in mention.canonical:
            before, after = mention.first_token - 1, mention.last_token + 1
            linked_before = before >= 1 and _links(doc[before]) and before - 1 in firm
            linked_after = after + 1 < len(doc) and _links(doc[after]) and after + 1 in firm
            if not (linked_before or linked_after):
                continue
        kept.append(mention)
    return kept


def _without_idle_activity_units(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Heads marked `only_agent` (``verksamhet``, ``produktion``) name an activity
    (docs/annotation.md §2.1) except as a passive's ``av``-agent, where the unit named by
    its activity acts: ``utförs av en driftverksamhet``."""
    only = lexicon.only_agent_heads
    return [
        mention
        for mention in mentions
        if mention.head not in only
        or mention.source != "lexicon"
        or _is_passive_agent(doc[mention.last_token])
    ]


def _is_passive_agent(token: Token) -> bool:
    if token.dep_ == "obl:agent":
        return True
    verb = token.head
    passive = verb.lower_.endswith("s") or "Pass" in morph_values(verb, "Voice")
    return (
        token.dep_ in {"obl", "nmod"}
        and verb.pos_ in {"VERB", "AUX"}
        and passive
        and any(child.dep_ == "case" and child.lower_ == "av" for child in token.children)
    )


def _links(token: Token) -> bool:
    return token.lower_ in GRAMMAR.noun_phrase_coordinators or token.text == ","


def _is_agent_noun(token: Token, lexicon: ActorLexicon) -> bool:
    """A common noun in an agent role with an agentive ending (``ombudsmannen ska``)."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in AGENT_DEPS
        and token.is_alpha
        and token.lower_.endswith(lexicon.agentive_suffixes)
        and not token.lower_.endswith(lexicon.non_agentive_suffixes)
        and len(token.text) > 4
    )


def _agent_noun_mention(token: Token) -> ActorMention:
    canonical = (token.lemma_ or token.text).lower()
    return ActorMention(
        token.idx,
        token.idx + len(token.text),
        token.text,
        canonical,
        "övrig",
        canonical,
        token.i,
        token.i,
        source="grammar",
    )
