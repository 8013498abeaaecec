"""The place sense of a municipality, region or county (round 13, analysis 12 cause 4).

A bare ``kommun``, ``stad``, ``region``, ``landsting``, ``län`` or ``socken`` names an
organisation or a territory (a name, ``Norrby kommun``, stays the organisation). The territory
is no actor (docs/annotation.md §2.3, "not the place"):

* the object of a locative preposition (`locative_prepositions`) after a noun that is no actor
  (``idrottsanläggningarna i kommunen``, ``föreningslivet inom regionen``) or after a verb or
  adjective of residing or being located (`residing_words`: ``invånare som bor i kommunen``,
  ``företag verksamma i länet``);
* after a possessive pronoun, anywhere but as the subject of an agentive verb or the object
  of a partner's preposition (`partner_prepositions`): ``i vår stad``, ``Vår kommun ska vara
  trygg`` (``Vår kommun ska erbjuda …`` is the organisation);
* any mention inside the title of a cited law (`law_title_nouns` + ``om``):
  ``lagen om kommuners och regioners ansvar för …`` (generic, no party of the document);
  this holds for every actor head, not only a territory's (round 15, analysis-15 cause 9:
  ``lagen om välfärdsområden``, ``lagen om kommunala nämnders …``), and for every form of
  it (round 17, analysis-17 cause C3: ``lagen om stöd och service till vissa
  funktionshindrade``, a nominalised adjective in the singular form).

The organisation in its agentive uses stays: ``Kommunen ska …``, ``i samråd med kommunen``,
``uppdrag från regionen``, ``kommunens nämnder``, ``förvaltningschefen i kommunen`` (an actor
before ``i``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline import patterns
from pipeline.language.grammar import GRAMMAR
from pipeline.nlp.memo import doc_arrays, morph_values
from pipeline.nlp.predicative import is_predicative

if TYPE_CHECKING:
    from pipeline.language.lexicon import ActorLexicon
    from pipeline.nlp.actors import ActorMention

ATTRIBUTE_POS = frozenset({"DET", "ADJ", "PRON", "NUM"})
# The indefinite statute words that open the title line of a statute itself (`Lag (…) om`).
_OWN_TITLE_NOUNS = frozenset({"lag", "förordning"})


def without_place_senses(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The mentions less those that name a place, not an organisation."""
    titles = _law_title_tokens(doc, lexicon)
    covered = {i: m for m in mentions for i in range(m.first_token, m.last_token + 1)}
    return [m for m in mentions if not _place_sense(doc, m, titles, covered, lexicon)]


def _place_sense(
    doc: Doc,
    mention: ActorMention,
    titles: frozenset[int],
    covered: dict[int, ActorMention],
    lexicon: ActorLexicon,
) -> bool:
    if mention.first_token in titles:
        return True  # any head and form (round 15 cause 9, round 17 cause C3)
    if _seat(doc, mention, lexicon):
        return True  # "Förbundets säte är Åby kommun" (round 40, ay C3)
    if not _names_territory(mention, lexicon):
        return False
    if mention.genitive:
        return False  # "i kommunens lokaler": the owner
    token = doc[mention.last_token]
    if _possessed(doc, mention):
        return not _agent_role(token, lexicon)
    if _distributed(doc, mention, lexicon):
        return True  # "en ledamot från varje region": each territory (round 37, ar-C7)
    return _located(doc, mention, token, covered, lexicon)


def _seat(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The place an organisation has its seat in, a name too (round 40, analyst ay C3;
    docs/annotation.md §2.3): `seat_place_at` the mention's first word, no genitive."""
    return not mention.genitive and seat_place_at(doc, mention.first_token, lexicon)


def seat_place_at(doc: Doc, first: int, lexicon: ActorLexicon) -> bool:
    """A place that opens at `first` is a seat's: after a `seat_nouns` word and a copula, a
    modal before it (``Förbundets säte är Åby kommun``, ``dess hemort ska vara Ekby stad``),
    or after a seat noun and ``i`` (``ha sitt säte i Tallby kommun``, ``med säte i Åsby
    kommun``: round 41, agt-A1; neither is a company's short name either)."""
    position = first - 1
    if position < 1:
        return False
    if doc[position].lower_ == "i":
        return doc[position - 1].lower_ in lexicon.seat_nouns
    if doc[position].lower_ not in _SEAT_COPULAS:
        return False
    position -= 1
    if doc[position].lower_ in GRAMMAR.naming_modals and position > 0:
        position -= 1
    return doc[position].lower_ in lexicon.seat_nouns


# The copula between a seat noun and its place.
_SEAT_COPULAS = frozenset({"är", "vara", "var", "blir"})


def _distributed(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``från vardera region``, ``i varje kommun``: a preposition of place or origin + a
    `place_distributives` word right before; ``Varje region utser …`` (no preposition)
    and a partner (``samråder med varje kommun``) stay the organisation."""
    first = mention.first_token
    return (
        first > 1
        and doc[first - 1].lower_ in lexicon.place_distributives
        and (
            doc[first - 2].lower_ in lexicon.locative_prepositions
            or doc[first - 2].lower_ in lexicon.origin_prepositions
        )
    )


def _names_territory(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """A bare place head (``kommunen``, ``länet``, ``kommuner``). A name (``Norrby kommun``,
    ``Region Ekby``) stays the organisation: documents name the place by it only in passing."""
    return mention.head in lexicon.territory_heads and mention.canonical == mention.head


def _preposition_before(doc: Doc, mention: ActorMention) -> Token | None:
    """The word before the noun phrase, past its determiners and attributes (``i hela vår
    kommun``)."""
    position = mention.first_token - 1
    while position >= 0 and doc[position].pos_ in ATTRIBUTE_POS:
        position -= 1
    return doc[position] if position >= 0 else None


def _possessed(doc: Doc, mention: ActorMention) -> bool:
    if mention.first_token == 0:
        return False
    before = doc[mention.first_token - 1]
    return before.pos_ in {"PRON", "DET"} and "Yes" in morph_values(before, "Poss")


def _agent_role(token: Token, lexicon: ActorLexicon) -> bool:
    """The subject of an agentive verb (``Vår kommun ska erbjuda``), or the partner or source
    of an act (``samverka med vår kommun``, ``uppdrag från sin region``)."""
    if any(c.dep_ == "case" and c.lower_ in lexicon.partner_prepositions for c in token.children):
        return True
    if not token.dep_.startswith("nsubj"):
        return False
    verb = token.head
    copula = any(child.dep_ == "cop" for child in verb.children)
    agentive = verb.lemma_.lower() not in lexicon.non_agentive_verbs
    return verb.pos_ == "VERB" and not copula and agentive


def _located(
    doc: Doc,
    mention: ActorMention,
    token: Token,
    covered: dict[int, ActorMention],
    lexicon: ActorLexicon,
) -> bool:
    """After a locative preposition that follows a noun that is no actor or a word of
    residing (the word before the preposition, else the phrase's syntactic governor). An
    actor before the preposition is owned by the organisation: ``förvaltningschefen i
    kommunen``, ``styrelsen i bolaget``."""
    preposition = _preposition_before(doc, mention)
    if preposition is None or preposition.lower_ not in lexicon.locative_prepositions:
        return False
    before = doc[preposition.i - 1] if preposition.i > 0 else None
    if before is not None and _actor_word(doc, before, covered, lexicon):
        return False
    governors = [token.head] if token.head.i != token.i else []
    if before is not None:
        governors.append(before)
    return any(_place_governor(doc, governor, covered, lexicon) for governor in governors)


def _actor_noun(token: Token, lexicon: ActorLexicon) -> bool:
    """A noun the lexicon reads as an actor; an activity head (`only_agent`:
    ``fritidsverksamheten i kommunen``, round 18 cause C7) counts as an actor only as the
    subject of an active agentive verb."""
    analysis = lexicon.analyse(token.text)
    if analysis is None:
        return False
    head = analysis[1]
    if not head.only_agent:
        return True
    passive = token.dep_ == "nsubj:pass" or "Pass" in morph_values(token.head, "Voice")
    return _agent_role(token, lexicon) and not passive


def _actor_word(
    doc: Doc, token: Token, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> bool:
    """An actor noun, but not a predicative nominal that is no mention (``är, liksom
    revisionen, ett lagstadgat organ i staden``: a role, round 18 cause C6), nor a
    collection that names the service (``bibliotek och arkiv i kommunen``: a `service_unit`
    head no mention covers; round 32, docs/annotation.md §2.6 D10)."""
    if not _actor_noun(token, lexicon):
        return False
    analysis = lexicon.analyse(token.text)
    if analysis is not None and analysis[1].service_unit and token.i not in covered:
        return False
    if "Def" in morph_values(token, "Definite"):
        return True  # "är den lokala krisledningen i regionen": the body it owns (round 29, C7)
    return token.i in covered or not is_predicative(doc, token.i, covered, lexicon)


def _place_governor(
    doc: Doc, token: Token, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> bool:
    if token.lemma_.lower() in lexicon.residing_words or token.lower_ in lexicon.residing_words:
        return True
    return token.pos_ == "NOUN" and not _actor_word(doc, token, covered, lexicon)


def _law_title_tokens(doc: Doc, lexicon: ActorLexicon) -> frozenset[int]:
    """The words of a cited law's title: ``lagen (2001:453) om …`` up to the next punctuation
    or finite verb; any `statute_title_prepositions` opens it, and a ``-lag``/``-förordning``
    compound heads one too (round 32, D6: ``förordningen (2017:154) med instruktion för
    Skatteverket``, ``miljötillsynsförordningen (2011:13) om kommunala nämnders tillsyn``)."""
    inside: set[int] = set()
    nouns = lexicon.law_title_nouns
    endings = tuple(nouns)  # a word ending in none is no compound of one (most words)
    for i, word in enumerate(doc_arrays(doc).lower):
        compound = word not in nouns
        if compound and not (word.endswith(endings) and _statute_compound(word, lexicon)):
            continue
        token = doc[i]
        if _own_title(doc, token):
            continue  # the document's own statute: its agency is named (round 36, N1)
        position = token.i + 1
        numbered = position < len(doc) and doc[position].text == "("
        if numbered:
            while position < len(doc) and doc[position].text != ")":
                position += 1
            position += 1
        if position >= len(doc) or not _opens_title(doc[position], numbered, compound):
            continue
        position += 1
        while position < len(doc) and not _ends_title(doc[position]):
            inside.add(position)
            position += 1
    return frozenset(inside)


def _own_title(doc: Doc, token: Token) -> bool:
    """``Förordning (2031:55) med instruktion för Myndigheten för …``: the indefinite
    statute word with its number opening a verbless line is the title of the document's own
    statute, not a cited one (§2.6 D6 is about cited titles; round 36, analyst 36 N1): its
    agency is named there (§2.5 round 29, round 35: `myndigheten` counts it)."""
    if token.i != 0 or token.text[:1].islower() or token.lower_ not in _OWN_TITLE_NOUNS:
        return False
    if len(doc) < 2 or doc[1].text != "(":
        return False
    return not any(t.pos_ in {"AUX", "VERB"} and "Fin" in morph_values(t, "VerbForm") for t in doc)


def statute_word(word: str, lexicon: ActorLexicon) -> bool:
    """A statute noun (`statute_nouns`: ``lagen``, ``förordning``) or a compound of one
    (``kommunallagen``; `_statute_compound`), lower-cased."""
    return word in lexicon.statute_nouns or _statute_compound(word, lexicon)


def _statute_compound(word: str, lexicon: ActorLexicon) -> bool:
    """``miljötillsynsförordningen``, ``kommunallagen``: a compound of a `law_title_nouns`
    word that is no `statute_lookalikes` word (``underlagen``, ``bolagen``)."""
    for noun in lexicon.law_title_nouns:
        if word.endswith(noun) and len(word) > len(noun) + 2:
            root = word[: len(word) - len(noun)] + noun.removesuffix("en")
            return not any(root.endswith(other) for other in GRAMMAR.statute_lookalikes)
    return False


def _opens_title(token: Token, numbered: bool, compound: bool) -> bool:
    """The preposition after a statute word that opens its title (round 32, D6): ``om`` and
    ``med`` after ``lag``/``förordning``, ``för`` only after the statute's number or before
    an indefinite plural (round 40); after a
    compound (a short title itself) any of them only after its number (``ansvarar enligt
    kommunallagen för …``, ``12 kap. 9 § kommunallagen om revisorernas rätt …`` are no
    titles), ``om`` as the preposition (``om inget annat …`` is a condition)."""
    word = token.lower_
    if word not in GRAMMAR.statute_title_prepositions:
        return False
    if compound:  # "9 § kommunallagen om revisorernas rätt": the provision's topic
        return numbered and not (word == "om" and token.pos_ == "SCONJ")
    return word == "om" or numbered or word == "med" or (word == "för" and _kind_after(token))


def _kind_after(token: Token) -> bool:
    """``enligt gällande lag för stiftelser``: an indefinite plural after ``för`` names the
    kind the law governs, a title without its number (round 40, ax cause 18); ``enligt lagen
    för nämndernas …`` is the verb's preposition."""
    if token.i + 1 >= len(token.doc):
        return False
    kind = token.doc[token.i + 1]
    return (
        kind.pos_ == "NOUN"
        and "Plur" in morph_values(kind, "Number")
        and "Def" not in morph_values(kind, "Definite")
        and "Gen" not in morph_values(kind, "Case")
    )


def _ends_title(token: Token) -> bool:
    if token.pos_ == "PUNCT" and token.text not in {"-", "–"}:
        return True
    if token.text[:1].isupper() and _field_label(token):
        return True  # "Upphäver Förordning (…) med instruktion för X Källa …" (round 39)
    if _bare_infinitive(token):
        return True  # "ska enligt förordningen … med instruktion för X samverka med …" (D6)
    return token.pos_ in {"AUX", "VERB"} and "Fin" in morph_values(token, "VerbForm")


def _field_label(token: Token) -> bool:
    """A statute page's field label (layout.yaml `statute_field_labels`: ``Källa``,
    ``Senast hämtad``, ``Ändring införd``) opens at `token`: it ends a cited title in the
    field block (round 39, analyst av C5; docs/annotation.md §1.2 field blocks)."""
    doc = token.doc
    words = [t.lower_ for t in doc[token.i : token.i + 3]]
    return any(" ".join(words[:width]) in patterns.STATUTE_FIELD_LABELS for width in (1, 2, 3))


def _bare_infinitive(token: Token) -> bool:
    """An infinitive not after ``att``: the verb a fronted or inserted title stands before."""
    if token.i > 0 and token.doc[token.i - 1].lower_ == "att":
        return False
    return token.pos_ in {"AUX", "VERB"} and "Inf" in morph_values(token, "VerbForm")
