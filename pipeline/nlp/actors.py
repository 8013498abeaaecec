"""Actor mentions: organisational actors found from compound heads, organisation names and
the agent role.

Matching works on word forms, not on the statistical lemma, so every inflection and the
genitive of a known head (``…direktör``, ``…nämnd``, ``…styrelse``) is found, and so are
unseen compounds (``äldreomsorgschefen`` → ``äldreomsorgschef``). A noun outside the head
table that is a subject or ``av``-agent and has an agentive ending (``ombudsmannen``) is an
actor too, of category ``övrig``. Each mention carries a ``role`` (chief_executive, board …)
from the lexicon, and aliases map to one canonical (``vd`` → ``verkställande direktör``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pipeline.nlp.lexicon import NEUTER_HEADS, ActorLexicon

PREDICATIVE_VERBS = frozenset({"är", "var", "vara", "varit", "blir", "bli", "blev", "som"})
COORDINATORS = frozenset({"och", "samt", "eller"})
# Capitalised at a sentence start but no part of a name ("En kommun", "Varje kommun").
NAME_EXCLUDED_FIRST_WORDS = frozenset(
    [
        "en",
        "ett",
        "den",
        "det",
        "denna",
        "detta",
        "varje",
        "samma",
        "vår",
        "hela",
        "annan",
        "någon",
        "ingen",
        "alla",
        "respektive",
        "egen",
        "berörd",
        "aktuell",
        "vilken",
        "vald",
    ]
)
DEFINITE_ENDINGS = frozenset({"en", "et", "n", "t", "na", "ena"})
DEFINITE_PLURAL_ENDINGS = ("erna", "arna", "orna", "rna", "nen")  # tjänstemännen, ledamöterna
DEFINITE_DETERMINERS = frozenset({"den", "det", "de", "denna", "denne", "detta", "dessa"})
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
    text = doc.text
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
    return token.pos_ in {"DET", "PRON"} or token.lower_ in NAME_EXCLUDED_FIRST_WORDS


def _company_form(name: str) -> str:
    """``parkeringsaktiebolag`` → ``parkerings ab``: the legal form as in ``… AB`` names."""
    for suffix in ("aktiebolaget", "aktiebolag"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{name.removesuffix(suffix).rstrip()} ab"
    return name


def _is_predicative(
    tokens: Sequence[Token],
    index: int,
    covered: dict[int, ActorMention],
    lexicon: ActorLexicon,
) -> bool:
    """A noun after ``är``/``vara``, role-``som`` or a naming verb names a role, not an
    actor: ``är Region Norrbottens ledande tjänsteman och chef för``, ``deltar som
    föredragande``, ``företräder kommunen som högste tjänsteman``, ``har rollen som chef``,
    ``i egenskap av chef`` (`role_nouns`), ``kallas kommunalråd``, ``utses till
    dataskyddsombud`` (`naming_verbs`). Not so in a cleft (``Det är kommundirektören som
    …``) or after a participle that takes an object (``är underställd
    kommundirektören``)."""
    if index + 1 < len(tokens) and tokens[index + 1].lower_ == "som":
        return False
    position = index - 1
    listed = True  # only definite actors, commas and conjunctions between "är" and the noun
    while position >= 0:
        token = tokens[position]
        word = token.lower_
        if _names_role(tokens, position, lexicon):
            # a definite noun names one actor ("benämns denna tjänsteman kommunchef", "en
            # förvaltning som heter stadsbyggnadskontoret"); a role is indefinite
            return not _definite_word(tokens[index], lexicon) and not _demonstrative(tokens, index)
        if word == "som":
            after_verb = position > 0 and tokens[position - 1].pos_ in {"VERB", "AUX", "ADV", "ADP"}
            return after_verb or _role_after_som(tokens, position, index, lexicon)
        if word in PREDICATIVE_VERBS:
            # a definite noun after "är" is an inverted subject or names one actor
            # ("I kommunen är kommundirektören också …", "nämnderna är kommunstyrelsen,
            # socialnämnden och …"); a role is indefinite
            relative = position > 0 and tokens[position - 1].lower_ == "som"  # "som är …"
            adjacent = position == index - 1 or listed
            inverted = adjacent and not relative and _definite_word(tokens[index], lexicon)
            return word == "som" or not inverted
        listed = listed and (
            word in COORDINATORS
            or word == ","
            or _definite_mention(tokens, position, covered, lexicon)
        )
        participle = token.pos_ == "ADJ" and token.morph.get("Tense") == ["Past"]
        if participle and _definite(tokens[index]):
            return False  # "är underställda kommundirektören": the participle's object
        if _participle_after_copula(tokens, position, tokens[index], lexicon):
            return False  # "är förbehållna annan nämnd": the participle's object
        if position in covered and _identified(tokens, covered[position]):
            position = covered[position].first_token - 1
            continue
        if word == "(":
            return False
        if word == ")":  # "(Regionen)": an apposition in parentheses
            position = _opening_parenthesis(tokens, position) - 1
            continue
        attributive = token.pos_ == "ADJ" and (
            word.endswith(("e", "a")) or _indefinite_noun(tokens[index])
        )
        if token.pos_ in {"DET", "ADV", "NUM"} or attributive or word in {",", ")"}:
            position -= 1
            continue
        if word in COORDINATORS and position > 0:
            position -= 1
            continue
        if token.pos_ == "NOUN" and position not in covered:
            position -= 1
            continue
        return _conjunct_of_predicative(tokens, index, covered, lexicon)
    return False


def _definite_mention(
    tokens: Sequence[Token], position: int, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> bool:
    mention = covered.get(position)
    last = tokens[mention.last_token] if mention else None
    return mention is not None and not mention.genitive and _definite_word(last, lexicon)


def _definite_word(token: Token, lexicon: ActorLexicon) -> bool:
    """Definite by the tagger or by the actor word's own ending (the tagger may call
    ``personalutskottet`` indefinite): ``-en``, ``-et``, ``-n``, ``-t``, ``-na``."""
    if _definite(token):
        return True
    analysis = lexicon.analyse(token.text)
    if analysis is None:
        return False
    word = token.lower_
    ending = word[len(_shared_prefix(word, analysis[0])) :]
    return ending in DEFINITE_ENDINGS or ending.endswith(DEFINITE_PLURAL_ENDINGS)


def _shared_prefix(one: str, other: str) -> str:
    length = 0
    while length < min(len(one), len(other)) and one[length] == other[length]:
        length += 1
    return one[:length]


def _names_role(tokens: Sequence[Token], position: int, lexicon: ActorLexicon) -> bool:
    """``kallas``, ``benämns`` (naming verbs), or ``till`` after ``utses``/``vald``, or
    ``som``/``av`` after a role noun (``har rollen som``, ``i egenskap av``)."""
    word = tokens[position].lower_
    before = tokens[position - 1].lower_ if position > 0 else ""
    if word in lexicon.naming_verbs:
        return True
    if word == "till" and before in lexicon.appointing_verbs:
        return True
    return word in {"som", "av"} and before in lexicon.role_nouns


def _identified(tokens: Sequence[Token], mention: ActorMention) -> bool:
    """A genitive, definite or demonstrative mention (``kommunens``, ``styrelsen``, ``denna
    tjänsteman``) names one actor: a predicative after it belongs to an earlier verb
    (``benämns denna tjänsteman kommunchef``)."""
    determiner = _demonstrative(tokens, mention.first_token)
    return mention.genitive or _definite(tokens[mention.last_token]) or determiner


def _demonstrative(tokens: Sequence[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].lower_ in DEFINITE_DETERMINERS


def _opening_parenthesis(tokens: Sequence[Token], closing: int) -> int:
    position = closing - 1
    while position > 0 and tokens[position].text != "(":
        position -= 1
    return position


def _conjunct_of_predicative(
    tokens: Sequence[Token], index: int, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> bool:
    """``är högsta tjänsteman i förbundet och chef över …``: the second conjunct of a
    predicative noun is predicative too."""
    token = tokens[index]
    head = token.head
    if token.dep_ != "conj" or head.i >= index or head.pos_ != "NOUN" or head.i in covered:
        return False
    if _definite(token):  # "är linjechef över förvaltningscheferna, stabscheferna …"
        return False
    return _is_predicative(tokens, head.i, covered, lexicon)


def _participle_after_copula(
    tokens: Sequence[Token], position: int, noun: Token, lexicon: ActorLexicon
) -> bool:
    """``är förbehållna annan nämnd``: a past participle right after the copula takes the
    noun as its object (the tagger may call ``förbehållna`` present; ``-nde`` participles
    are adjectives: ``är ledande tjänsteman``)."""
    token = tokens[position]
    if token.morph.get("VerbForm") != ["Part"] or token.lower_.endswith("nde"):
        return False
    if token.lower_ in lexicon.appointing_verbs:
        return False
    before = position - 1
    while before >= 0 and tokens[before].pos_ in {"ADV", "PART"}:
        before -= 1
    after_copula = before >= 0 and tokens[before].lower_ in PREDICATIVE_VERBS - {"som"}
    return after_copula and not _agrees(token, noun, lexicon)


def _agrees(participle: Token, noun: Token, lexicon: ActorLexicon) -> bool:
    """An attributive participle agrees with its noun (``anställda jurister``); a plural
    participle before a singular noun governs it (``förbehållna annan nämnd``)."""
    plural_participle = participle.lower_.endswith(("a", "e"))
    analysis = lexicon.analyse(noun.text)
    plural = analysis is not None and lexicon.is_plural(noun.text, *analysis)
    plural_noun = plural or noun.morph.get("Number") == ["Plur"] or _definite(noun)
    return plural_participle == plural_noun


def _indefinite_noun(token: Token) -> bool:
    """``är en naturlig part``: an indefinite noun takes its adjective in the base form."""
    return token.pos_ == "NOUN" and token.morph.get("Definite") == ["Ind"]


def _definite(token: Token) -> bool:
    """A definite noun after ``är`` is no role: an inverted subject (``I kommunen är
    kommundirektören också förvaltningschef``, where the noun after it is the predicative)
    or a participle's object (``är underställda kommundirektören``)."""
    return token.pos_ == "NOUN" and token.morph.get("Definite") == ["Def"]


def _role_after_som(tokens: Sequence[Token], som: int, index: int, lexicon: ActorLexicon) -> bool:
    """``kommunen som ägare``, ``som högste tjänsteman``: a bare indefinite noun after
    ``som`` (with only adjectives between) is a role unless a verb follows (``som
    kommunfullmäktige har fastställt`` is a relative clause)."""
    token = tokens[index]
    if any(tokens[i].pos_ != "ADJ" for i in range(som + 1, index)):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if token.pos_ in {"NOUN", "PROPN"}:
        return (
            token.pos_ == "NOUN"
            and token.morph.get("Definite") == ["Ind"]
            and (following is None or following.pos_ not in {"VERB", "AUX"})
        )
    # the tagger missed the noun ("som högste tjänsteman i …"): an actor word in its base
    # form that ends the phrase
    analysis = lexicon.analyse(token.text)
    ends_phrase = following is None or following.pos_ in {"ADP", "PUNCT", "CCONJ"}
    return analysis is not None and analysis[0] == token.lower_ and ends_phrase


def _head_mention(doc: Doc, token: Token, lexicon: ActorLexicon) -> ActorMention | None:
    analysis = lexicon.analyse(token.text)
    if analysis is None:
        return _modified_mention(doc, token, lexicon)
    canonical, head = analysis
    if _is_case_number_prefix(doc, token) or token.lower_ in lexicon.bare_common_nouns:
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
    if token.i >= 2 and doc[token.i - 1].lower_ in COORDINATORS:
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


def _is_case_number_prefix(doc: Doc, token: Token) -> bool:
    """``Diarienummer KS 2023/394``: an abbreviation before a case number is the register's
    series code, not a mention of the body."""
    following = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return token.text.isupper() and bool(CASE_NUMBER.match(following))


def _is_activity(doc: Doc, token: Token, head: str, lexicon: ActorLexicon) -> bool:
    """``förvaltningen av kommunens angelägenheter``, ``den löpande förvaltningen``: the
    head names an activity, not a body."""
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if following in lexicon.activity_heads.get(head, ()):
        return True
    modifiers = lexicon.activity_modifiers.get(head, frozenset())
    return any(doc[i].lower_ in modifiers for i in range(max(0, token.i - 2), token.i))


def _in_idiom(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``i allmänhet`` ("in general"): a fixed phrase that ends in an actor word."""
    for phrase in lexicon.idioms:
        start = token.i - len(phrase) + 1
        if start >= 0 and tuple(t.lower_ for t in doc[start : token.i + 1]) == phrase:
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
            adjective = lexicon.name_adjectives.get(modifier, modifier)
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
                    doc.text[mention.start : following.end],
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
        predicative = _is_predicative(doc, mention.first_token, covered, lexicon)
        if not mention.genitive and predicative:
            continue
        mention = _with_name_adjective(doc, mention, lexicon)
        mentions.append(mention)
        covered.update({i: mention for i in range(mention.first_token, mention.last_token + 1)})
    mentions = _without_lone_coordinated_heads(doc, mentions, lexicon)
    covered = {i: m for m in mentions for i in range(m.first_token, m.last_token + 1)}
    for token in doc:
        agent = token.i not in covered and _is_agent_noun(token, lexicon)
        if agent and not _is_predicative(doc, token.i, covered, lexicon):
            mentions.append(_agent_noun_mention(token))
    mentions.sort(key=lambda m: m.start)
    return _owner_after(doc, _merge_genitive_heads(doc, mentions, lexicon), lexicon)


def _without_lone_coordinated_heads(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Heads marked `only_coordinated` (``organisation``) are actors only in a series of
    actors: ``myndigheter och organisationer``, ``organisationer, föreningar``; alone
    (``en ändamålsenlig organisation``) they name a structure."""
    only = {head.head for head in lexicon.heads if head.only_coordinated}
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


def _links(token: Token) -> bool:
    return token.lower_ in COORDINATORS or token.text == ","


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
