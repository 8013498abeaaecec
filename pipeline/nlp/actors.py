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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain, islice
from os.path import commonprefix

from spacy.tokens import Doc, Span, Token

from pipeline import patterns
from pipeline.config import load_laws
from pipeline.language.forms import (
    DEFINITE_ENDINGS,
    DEFINITE_PLURAL_ENDINGS,
    DEFINITE_SINGULAR_ENDINGS,
)
from pipeline.language.grammar import GRAMMAR
from pipeline.language.lexicon import (
    BODY_CATEGORIES,
    PERSON_CATEGORIES,
    SIBILANT_ENDINGS,
    ActorLexicon,
    Head,
    adjective_lemma,
    neuter_adjective,
)
from pipeline.language.spelling import PRESENT_PARTICIPLE_ENDINGS, lemma_lexicon
from pipeline.nlp.activity_senses import activity_sense, coordinated_with_body
from pipeline.nlp.charts import named_in_chart, with_chart_names
from pipeline.nlp.events import meeting_as_event
from pipeline.nlp.group_bodies import group_compound, group_of_kind, numeral_name_end
from pipeline.nlp.memo import (
    doc_arrays,
    doc_memoised,
    doc_text,
    doc_tokens,
    lower_words,
    morph_values,
    sentence_end,
    sentence_start,
)
from pipeline.nlp.places import without_place_senses
from pipeline.nlp.predicative import (
    DEFINITE_DETERMINERS,
    in_naming_name,
    in_naming_verb_name,
    is_predicative,
    naming_clause,
)
from pipeline.nlp.required_text import may_match_of
from pipeline.nlp.sentences import plural_or_definite_actor, title_case_word
from pipeline.nlp.split_compounds import (
    gapped_actor_part,
    with_gapped_actor_parts,
    with_gapped_slash_parts,
    with_split_owner_compounds,
)
from pipeline.nlp.structure_senses import structure_sense
from pipeline.nlp.verb_fallbacks import named_item_subject
from pipeline.nlp.verb_forms import lexicon_infinitive
from pipeline.nlp.verbs import is_finite, is_time_noun
from pipeline.patterns import PART_LABEL, ROMAN

AGENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent"})
GENITIVE_NAME_ENDS = (
    " läns",
    " kommuns",
    " stads",
    "förbunds",  # "Åby kommunalförbunds", "Kustlandets räddningstjänstförbunds"
    "verkets",
    "kollegiets",
    "kassans",
    "förmedlingens",
    "myndighetens",  # round 29, cause C1: "Pensionsmyndighetens", "Skolinspektionens"
    "inspektionens",
    "departementets",  # round 29, causes C2, C3: "Regeringskansliets", "Europaparlamentets"
    "regeringskansliets",
    "parlamentets",
    "kommissionens",
    " unionens",  # "Europeiska unionens" (round 50, bu R4)
    " regioners",
    " regions",  # "Skogslandets Regions" (round 18, cause C2)
    "regionens",  # "Norra Skogslandsregionens" (round 18, cause C4)
    " landstings",
    " samkommuns",  # "Norrvik samkommuns" (round 40, ay C17)
    " abs",  # "Ekvatten ABs" (round 40, ay C14)
    " maj:ts",  # "Kungl. Maj:ts" (round 40, ax cause 14b)
    " majestätets",
    "högskolans",  # "Kungl. Konsthögskolans styrelse" (round 41, A3)
)
REGION_NAME_END = "regionen"
CASE_NUMBER = re.compile(r"\d{2,4}[/:.-]\d+")
# a case number cut off after its year's slash (`KS 2030/`, the serial lost; round 41, ah-A1)
CUT_CASE_NUMBER = re.compile(r"(?:19|20)\d\d/")
CATEGORY_ROLES = {"extern": "external", "organisation": "organisation"}
# The roles of bodies and units that own a `ledning` (round 35, C1)
OWNING_ROLES = frozenset({"organisation", "board", "committee", "assembly", "unit"})
# a fraction's genitive singular or plural before a manner noun (`tredjedels`, `tredjedelars`)
FRACTION_GENITIVES = ("dels", "delars")
CHAIRED_CATEGORIES = frozenset({"politiskt organ", "förvaltningsorganisation"})
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
    suspended: bool = False  # opens with a gap-hyphen first part (`Barn- och utbildnings…`)


def _genitive(word: str, canonical_head: str) -> bool:
    return word.lower().endswith("s") and not canonical_head.endswith("s")


_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _address_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the e-mail address tokens (``kansliet@ekby.se``): one token each,
    no name is read inside one (round 47, nu47 fault 4)."""
    if "@" not in text:
        return ()
    return tuple(match.span() for match in _EMAIL_ADDRESS.finditer(text))


def _in_address(start: int, end: int, addresses: tuple[tuple[int, int], ...]) -> bool:
    return any(start < right and left < end for left, right in addresses)


def _organisation_mentions(doc: Doc, lexicon: ActorLexicon) -> Iterator[ActorMention]:
    text = doc_text(doc)
    addresses = _address_spans(text)
    # a pattern whose required literals the text lacks has no match (faster than a scan)
    for pattern in may_match_of(lexicon.organisation_patterns, text):
        for match in pattern.finditer(text):
            if addresses and _in_address(match.start(), match.end(), addresses):
                continue  # `Kanslienheten kommun@…`: the address's local part is no name
            start, end = _within_sentence(
                doc, pattern, match.start(), _name_end(doc, match, lexicon)
            )
            end = _before_repeated_word(text, start, end)
            start, end = _name_bounds(doc, start, end, lexicon)
            end = _before_cover_word(doc, start, end, lexicon)
            span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
            if (
                span is None
                or _is_determiner(span[0])
                or _common_owner(span, lexicon)
                or span[0].lower_ in lexicon.name_adjectives  # "Ansvarig kommun" (r19, C4)
                or _adjective_opener(span)
            ):
                continue  # "En kommun": the head noun is found on its own
            start = _name_adjective_start(doc, span, lexicon)
            start = _after_lead_actor_word(doc, span, start, lexicon)
            start = _after_metadata_run(doc, span, start, lexicon)
            start = _after_coordinated_actor(span, start, lexicon)
            start = _suspended_name_start(doc, span, start)
            name = text[start:end]
            canonical = company_form(name.lower()).replace(" ab:s", " abs")
            genitive = False
            if (
                canonical.endswith(GENITIVE_NAME_ENDS)
                or (canonical.startswith(("region ", "landstinget ")) and canonical.endswith("s"))
                or _genitive_head(canonical, lexicon)
            ):
                canonical, genitive = canonical[:-1], True
            span = doc.char_span(start, end, alignment_mode="expand")
            external = (
                canonical.split(" ", 1)[0] in lexicon.authority_name_kinds  # round 22
                or canonical.endswith(lexicon.authority_name_ends)  # round 29, C1-C3
            )
            canonical = _base_form_name(canonical, lexicon)  # "kammarkollegium" (r33, C6)
            yield ActorMention(
                start,
                end,
                name,
                canonical,
                "extern" if external else "organisation",
                "organisation",
                span.start,
                span.end - 1,
                genitive=genitive,
                source="name",
                role="external" if external else "organisation",
            )


def _suspended_name_start(doc: Doc, span: Span, start: int) -> int:
    """``Miljö- och energidepartementet``: a name matched from a lower-case compound's last
    part (``energidepartementet``) after a gap-hyphen first part and its coordinator starts
    at that first part, as a lexicon head's does (round 52, analysis 52-al P2); a
    capitalised name (``Ekeby- och Tallnäs kommun``) is a name of its own."""
    first = span[0]
    if first.idx != start or not first.text[:1].islower():
        return start
    suspended = _suspended_prefix(doc, first.i)
    return start if suspended is None else doc[suspended[0]].idx


def _base_form_name(canonical: str, lexicon: ActorLexicon) -> str:
    """``kammarkollegiet`` → ``kammarkollegium``: a name ending in a definite form of
    `name_base_forms` takes the base form, as the head's compounds do (round 33, C6)."""
    for definite, base in lexicon.name_base_forms.items():
        if canonical.endswith(definite):
            return canonical.removesuffix(definite) + base
    return canonical


def _name_end(doc: Doc, match: re.Match[str], lexicon: ActorLexicon) -> int:
    """Where a matched name ends: a lowercase word after its capitalised ones (the group
    ``tail``) belongs to it only as the name's last word, before a comma, ``nedan``, an
    opening parenthesis, a verb or the end of the sentence (``Kommunalförbundet Södra
    skogsbygden, nedan kallat förbundet``, ``Samordningsförbundet Östra kustlandet
    ansvarar``; round 16, cause C2). A noun the tagger takes for a verb (``Föreningen Norrby
    skidvänner, nedan``) counts only before the comma, parenthesis or end. An area noun
    (`place_area_nouns`: ``Regionförbundet Dalbygdens län``, its genitive ``läns``) ends the
    name wherever it stands (round 46, analysis 46-bm cause 3)."""
    if "tail" not in match.re.groupindex or match.group("tail") is None:
        return match.end()
    tail = doc.char_span(match.start("tail") + 1, match.end(), alignment_mode="expand")
    if tail is None or len(tail) != 1:
        return match.start("tail")
    word = tail[0]
    if word.lower_.removesuffix("s") in lexicon.place_area_nouns:
        return match.end()
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    closing = after is None or after.is_sent_start or after.text in _NAME_CLOSERS
    if word.pos_ in {"NOUN", "PROPN"} and (
        closing or after.lower_ == "nedan" or after.pos_ in {"VERB", "AUX"}
    ):
        return match.end()
    if (
        word.pos_ in {"VERB", "ADJ"}
        and (closing or after.lower_ == "nedan")
        and (after is None or after.text != ".")
    ):
        return match.end()
    return match.start("tail")


_NAME_CLOSERS = frozenset({",", "(", ".", ";", ":"})


def _after_lead_actor_word(doc: Doc, span: Span, start: int, lexicon: ActorLexicon) -> int:
    """``Ägaren Stadshus i Norrby AB``, ``Styrelsen i Fjällvind Aktiebolag``, ``Vd i Tallbo
    Energi AB``: a definite actor noun, or any actor noun before ``i``, that opens a
    company's name (its legal form last) is a word of the sentence, capitalised at its
    start, and no part of the name, nor is the ``i`` after it (round 12, analysis 11 cause 7).
    A unit named by the service it runs (actors.yaml `only_subject`: ``Kollektivtrafiken``,
    ``Tandvården``) before ``i`` and one place word opens the name (``Kollektivtrafiken i Ekby
    AB``; round 56, analysis 56b-cm R3): a service, no person or body of the company."""
    first = span[0]
    if (
        len(span) < 3
        or first.idx != start
        or span[-1].lower_ not in _LEGAL_FORM_WORDS
        or not first.is_title
    ):
        return start
    analysis = lexicon.analyse(first.lower_)
    before_i = span[1].lower_ == "i"
    if analysis is None or (analysis[0] == first.lower_ and not before_i):
        return start  # "Bostads AB …", an indefinite kind word of the name
    if before_i and analysis[1].only_subject and len(span) == 4:
        return start  # "Trafiken i Ekby AB": a service's unit (`only_subject`) names the company
    rest = span[2:] if before_i else span[1:]
    return rest[0].idx if len(rest) > 1 and rest[0].is_title else start


_LEGAL_FORM_WORDS = frozenset({"ab", "aktiebolag", "aktiebolaget"})


def _after_coordinated_actor(span: Span, start: int, lexicon: ActorLexicon) -> int:
    """``Kommunstyrelsen och Ekby AB``: a company's name (its legal form last) joins two kind
    words with ``och`` or ``&`` (``Norrvik Hamn och Logistik AB``), but an actor word before
    the coordinator (a body, ``Bolaget``, ``Kommunen``) is an actor of its own, coordinated
    with the name after it (round 54, w54g)."""
    if span[-1].lower_ not in _LEGAL_FORM_WORDS:
        return start
    for token in span[1:-2]:
        if token.idx >= start and token.text in _NAME_COORDINATORS:
            before = token.doc[token.i - 1]
            if lexicon.analyse(before.lower_) is not None:
                return token.doc[token.i + 1].idx
    return start


_NAME_COORDINATORS = frozenset({"och", "&"})


def _after_metadata_run(doc: Doc, span: Span, start: int, lexicon: ActorLexicon) -> int:
    """``Beslutad KS Ägardirektiv Ekby Vatten AB`` → ``Ekby Vatten AB``: a company's name (its
    legal form last) starts after the last word of a metadata run before it, a decision's
    participle (`metadata_participles`), a document-kind noun (`document_kind_nouns`, also a
    compound's last part) or an abbreviation of an actor (round 17, analysis-17 cause C4)."""
    if len(span) < 3 or span[-1].lower_ not in _LEGAL_FORM_WORDS:
        return start
    stops = [token for token in span[:-2] if token.idx >= start and _ends_run(token, lexicon)]
    return doc[stops[-1].i + 1].idx if stops else start


def _ends_run(token: Token, lexicon: ActorLexicon) -> bool:
    word = token.lower_
    if word in lexicon.metadata_participles or word.endswith(lexicon.document_kind_nouns):
        return True
    return token.text.isupper() and lexicon.analyse(token.text) is not None


def _name_adjective_start(doc: Doc, span: Span, lexicon: ActorLexicon) -> int:
    """``Västra Ekbygdens räddningsförbund``, ``Östra Nylands välfärdsområde``, ``Norra Ekby
    kommun``: a capitalised place adjective (`place_adjectives`, whatever the tagger calls
    it) right before a name is the name's first word; not a capitalised noun of a heading
    (``Bilaga Ekby kommun``) nor a quantifier (``Samtliga Ekby kommuns bolag``)."""
    start = span.start
    while start > 0:
        token = doc[start - 1]
        if not (token.is_title and token.lower_ in lexicon.place_adjectives):
            break
        start -= 1
    return doc[start].idx


def _common_owner(span: Span, lexicon: ActorLexicon) -> bool:
    """``Kommunens förbund``, ``Medlemmarnas kommunalförbund``: an actor noun's genitive
    before the head is an owner, not a place's name (``Kustbygdens förbund``). A genitive
    that opens a name (``Statens fastighetsverk``; `name_genitives`) is no owner, nor a
    plural genitive before a `member_association_kinds` noun (``Skogsägarnas riksförbund``:
    the national association of those persons, its name; round 51, writer w51o)."""
    first = span[0]
    return (
        len(span) == 2
        and first.lower_.endswith("s")
        and first.is_title
        and first.lower_ not in lexicon.name_genitives
        and lexicon.analyse(first.text) is not None
        and not _member_association(first, span[1])
    )


def _member_association(owner: Token, head: Token) -> bool:
    """``Skogsägarnas riksförbund``: a definite plural genitive before a
    `member_association_kinds` noun (any case ending)."""
    return owner.lower_.endswith("nas") and head.lower_.startswith(
        tuple(GRAMMAR.member_association_kinds)
    )


def _genitive_head(canonical: str, lexicon: ActorLexicon) -> bool:
    """``östra nylands välfärdsområdes``: a name ending in its head noun's indefinite
    genitive; the canonical drops the ``-s`` (§2.3)."""
    last = canonical.rsplit(" ", 1)[-1]
    if " " not in canonical or not last.endswith("s"):
        return False
    found = lexicon.analyse(last[:-1])
    if found is not None and last[:-1].endswith(("et", "en")) and len(last) > len(found[0]) + 1:
        # "svenska seglarförbundets": a definite head's genitive (round 36, N5)
        return last[:-1].startswith(found[0].removesuffix("e"))
    return found is not None and found[0] == last[:-1]


def _party_mentions(doc: Doc, lexicon: ActorLexicon) -> Iterator[ActorMention]:
    """``Socialdemokraterna``, ``Centerpartiets``: a political party by its name (`parties`),
    canonical the name as written, lowercased, without the genitive ``-s``. A local party's
    coined name on a party ending (``Ekbypartiet``, ``Bygdelistan``: `name_endings`) is one
    unless the lemma lexicon knows the word as a common noun (``Checklistan``,
    ``Riksdagspartiet``; gen56 G, docs/annotation.md t13)."""
    parties = lexicon.parties
    if parties is None:
        return
    text = doc_text(doc)
    for match in parties.pattern.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or _lexicon_noun(match.group("coined")):
            continue
        if _actor_genitive(match.groupdict().get("genitive"), lexicon):
            continue
        end = match.start("place") if _genitive_place(match, span) else match.end()
        yield ActorMention(
            match.start(),
            end,
            text[match.start() : end],
            text[match.start("name") : min(end, match.end("name"))].lower(),
            parties.category,
            "parti",
            span.start,
            doc.char_span(match.start(), end).end - 1,
            genitive=end > match.end("name"),
            source="name",
            role=parties.role,
        )


def _lexicon_noun(coined: str | None) -> bool:
    return coined is not None and coined.lower() in lemma_lexicon()[0]


def _actor_genitive(genitive: str | None, lexicon: ActorLexicon) -> bool:
    """Review 57 M2: ``Ledamotens parti``, ``Kommunens parti``: the genitive of an actor
    noun (the actor lexicon's head) owns a party, it names none."""
    return genitive is not None and lexicon.analyse(genitive[:-1]) is not None


_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _genitive_place(match: re.Match[str], span: Span) -> bool:
    """Review 57 M3: ``Ekbypartiet i Västerbys kommunfullmäktige``: a place word in ``-s``
    before a nominal (any of NOUN, PROPN, ADJ as tagged) is that noun's genitive, no place of
    the party; the bare coined name stays."""
    place = match.groupdict().get("place")
    if place is None or not place.endswith("s"):
        return False
    after = span.end
    return after < len(span.doc) and span.doc[after].pos_ in _NOMINAL_POS


_APPOSITION_ENDS = frozenset({",", ".", ";", ")"})


def _party_of_person(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Anna Ek, moderaterna, vice ordförande``, ``av Per Lind, Vänsterpartiet.``: a party
    name set off by a comma right after a personal name (`_personal_name`: two capitalised
    words or a listed given name) and closed by a comma, a stop or the sentence's end is an
    apposition labelling the person, no actor (round 54, analysis 54b-cg N3; docs/annotation.md
    §2.6 personal names); its words claim no other mention (no ``-partiet`` compound)."""
    comma, end = mention.first_token - 1, mention.last_token + 1
    if mention.head != "parti" or mention.source != "name":
        return False
    if comma < 2 or doc[comma].text != ",":
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text not in _APPOSITION_ENDS:
        return False
    return _personal_name(doc[comma - 2 : comma], lexicon) or _personal_name(
        doc[comma - 1 : comma], lexicon
    )


def _placeholder_mentions(doc: Doc, lexicon: ActorLexicon) -> Iterator[ActorMention]:
    """``[Klubbens namn]``, ``[Kommunens namn]s``: a template's placeholder for the name of
    an organisation is one span, canonical the organisation noun inside it in its base form
    (`placeholder_kinds` first: ``klubb`` → ``förening``); a
    placeholder of no actor (``[Ortens namn]``) is none (round 16, cause C3;
    docs/annotation.md §2.2). The genitive ``-s`` outside the bracket is the mention's."""
    if "[" not in doc_text(doc):
        return
    for match in _PLACEHOLDER.finditer(doc_text(doc)):
        if match.group("noun").lower() not in lexicon.name_nouns:
            continue
        owner = match.group("owner").lower().removesuffix("s")
        # the template's kind first: `klubb` is a head of its own since round 40
        kind = next((k for k in lexicon.placeholder_kinds if owner.startswith(k)), None)
        base = lexicon.placeholder_kinds.get(kind or "")
        analysis = lexicon.analyse(base) if base else None
        if analysis is None:
            analysis = lexicon.analyse(owner)
            base = analysis[0] if analysis is not None else None
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if analysis is None or span is None or analysis[1].category in PERSON_CATEGORIES:
            continue  # "[Ordförandens namn]" names a person, no organisation
        yield ActorMention(
            match.start(),
            match.end(),
            match.group(),
            base,
            analysis[1].category,
            analysis[1].head,
            span.start,
            span.end - 1,
            genitive=bool(match.group("genitive")),
            source="placeholder",
            role=analysis[1].role,
        )


_PLACEHOLDER = re.compile(r"\[\s?(?P<owner>\w+s)\s+(?P<noun>\w+)\s?\](?P<genitive>\s?s\b)?")


# Word classes that never stand inside a name of capitalised words: a capitalised
# determiner or pronoun after it opens the next sentence (not a verb: the tagger reads
# place names as verbs), whose full stop is missing
# (``Kommunalförbundet EKRA Denna ordning gäller``); a name never opens with a preposition
# or conjunction (``ÄGARDIREKTIV FÖR EKBO AB`` names ``EKBO AB``).
_NON_NAME_CLASSES = frozenset({"DET", "PRON", "SCONJ", "PART"})
_NON_OPENING_CLASSES = frozenset({"ADP", "CCONJ", "SCONJ"})


def _opens_lost_sentence(token: Token, lexicon: ActorLexicon) -> bool:
    """A sentence start set inside a matched name at an actor noun in a plural or definite
    form: a naming clause whose stop was lost (``… Östra Bygden Medlemmar i förbundet är``;
    round 53, 53-cc L3, pipeline/nlp/sentences.py `_after_lost_stop_name`) ends the name. A
    lost stop leaves no ``.`` before the capitalised opener."""
    if not token.is_sent_start or not token.is_title or token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    if previous.text.endswith("."):
        return False  # an abbreviation's stop inside the name: ``Kungl. Musikhögskolan``
    if previous.text.endswith(SIBILANT_ENDINGS) and "Gen" in previous.morph.get("Case"):
        return False  # an owner's genitive inside the name: ``Västerbygdens Kommuner``
    return plural_or_definite_actor(token.text, lexicon)


def _name_bounds(doc: Doc, start: int, end: int, lexicon: ActorLexicon) -> tuple[int, int]:
    """A name's span by word class and case: without an opening preposition, and ending
    before a capitalised word of a closed or verbal class or a Title-case word after an
    ALL-CAPS one (``EKRA Denna``: the case changes where the name ends), unless a lower-case
    area noun closes the name (``FRK Östra län``, round 43, be-C13)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start, end
    tokens = list(span)
    area_name = tokens[-1].is_lower and tokens[-1].lower_ in lexicon.place_area_nouns
    # an ALL-CAPS title's preposition ends what the name's words are governed by
    prepositions = [
        i
        for i, t in enumerate(tokens[:-1])
        if t.pos_ == "ADP" and (i == 0 or t.is_upper) and not _inside_capitals_name(tokens, i)
    ]
    if prepositions:
        tokens = tokens[prepositions[-1] + 1 :]
    while (
        len(tokens) > 1
        and (tokens[0].pos_ in _NON_OPENING_CLASSES or _verb_first_opener(tokens[0]))
        and not _PLACE_PAIR.fullmatch(tokens[0].text)  # "Ekby-Sjövik/CCONJ" (round 58, R3)
    ):
        tokens = tokens[1:]
    for index in range(1, len(tokens)):
        token, before = tokens[index], tokens[index - 1]
        # a sign (``&`` tagged DET: ``Ekby Mark & Exploatering AB``) is no closed-class word
        closed = token.pos_ in _NON_NAME_CLASSES and token.is_alpha and not token.is_lower
        closed = closed and not _inside_capitals_name(tokens, index, last=True)
        # an acronym of three or more capitals, then a Title-case word (not "AB Eken")
        case_change = before.is_upper and len(before) > 2 and token.is_title and len(token) > 1
        case_change = case_change and not area_name
        if closed or case_change or _opens_lost_sentence(token, lexicon):
            tokens = tokens[:index]
            break
    first, last = tokens[0], tokens[-1]
    return max(start, first.idx), min(end, last.idx + len(last))


# A hyphenated pair of capitalised place names (``Ekby-Sjövik``), whatever its tag.
_PLACE_PAIR = re.compile(r"[A-ZÅÄÖ][a-zåäö]+-[A-ZÅÄÖ][a-zåäö]+")


def _verb_first_opener(token: Token) -> bool:
    """``Är Ekby Energi AB förhindrat …``, ``Har Ekby AB förhinder …``: the auxiliary or copula
    that opens a verb-first condition (`v1_condition_auxiliaries`, tagged AUX or VERB) at the
    sentence start is no word of the name after it (round 58, gen58 C4)."""
    return (
        token.is_sent_start
        and token.pos_ in {"AUX", "VERB"}
        and token.lower_ in GRAMMAR.v1_condition_auxiliaries
    )


def _inside_capitals_name(tokens: list[Token], index: int, last: bool = False) -> bool:
    """``Föreningen IDROTT FÖR ALLA``: after a kind noun in Title case (not an ALL-CAPS
    title's ``STADGAR FÖR …``), a run of capitals takes its function words (``I``, ``FÖR``,
    ``OCH``, ``AV``, ``ALLA``) where another capitals word follows (`last`: or ends the run;
    round 36, analyst 36 N3)."""
    if index < 2 or tokens[0].is_upper or not tokens[0].is_title:
        return False
    run = tokens[1 : index + 2]
    following = index + 1 < len(tokens) and tokens[index + 1].is_upper
    return all(t.is_upper for t in run if t.is_alpha) and (following or last)


def _within_sentence(doc: Doc, pattern: re.Pattern[str], start: int, end: int) -> tuple[int, int]:
    """A name never runs over a sentence start: ``Inledning | Tallbo AB ägs …`` (a heading
    glued to its paragraph, pipeline/nlp/sentences.py) names ``Tallbo AB``, the first part
    after a sentence start that is still a name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    for token in span[1:] if span is not None else ():
        if token.is_sent_start and pattern.fullmatch(doc_text(doc), token.idx, end):
            return token.idx, end
    return start, end


def _before_cover_word(doc: Doc, start: int, end: int, lexicon: ActorLexicon) -> int:
    """``Landstinget KRONOBERG PROTOKOLL``: a cover page prints the document's status beside the
    organisation's name; a name ends before a status word (`cover_words`) that is not in lower
    case, never at its first word (round 25, cause C1)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    for token in span[1:] if span is not None else ():
        if not token.is_lower and token.lower_ in lexicon.cover_words:
            return doc[token.i - 1].idx + len(doc[token.i - 1].text)
    return end


def _before_repeated_word(text: str, start: int, end: int) -> int:
    """``Kommunalförbundet EkRa EkRa driver``: an inline heading ending in the name, then a
    sentence opening with it; a name never runs over a repeat of its own last word."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for previous, word in zip(words, words[1:], strict=False):
        if word.group() == previous.group():
            return start + previous.end()
    return end


def _adjective_opener(span: Span) -> bool:
    """Review 50b S3: ``Enskild församling får …``: a two-word match whose capitalised first
    word is an adjective's base (strong) form before a lower-case noun is a noun phrase a
    sentence opens, no name. The base form is read by the lemma lexicon: its ``-a`` form
    has it (or its own lemma) as lemma (``enskild``/``enskilda``, ``berörd``/``berörda``).
    A name's adjective takes the weak form (``Svenska kyrkan``, ``Stora Tuna församling``)
    and a place has no ``-a`` form of itself (``Lövsjö församling``)."""
    if len(span) != 2 or not span[0].is_title or not span[1].is_lower:
        return False
    table = lemma_lexicon()[0]
    word = span[0].lower_
    lemma = table.get(f"{word}a")
    return lemma is not None and lemma in {word, table.get(word)}


def _is_determiner(token: Token) -> bool:
    """``En kommun``; an abbreviation the tagger reads as one is a name's title (``Kungl.
    bildarkivet``, round 38, at-C1)."""
    return (token.pos_ in {"DET", "PRON"} and token.is_alpha) or (
        token.lower_ in GRAMMAR.non_name_openers
    )


def company_form(name: str) -> str:
    """``parkeringsaktiebolag`` → ``parkerings ab``, ``ekby vatten (evab) aktiebolag`` →
    ``ekby vatten (evab) ab``: the legal form as in ``… AB`` names, so that one company has
    one canonical wherever its name is written (round 12; round 52, h1)."""
    for suffix in ("aktiebolaget", "aktiebolag"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{name.removesuffix(suffix).rstrip()} ab"
    return name


def _head_mention(doc: Doc, token: Token, lexicon: ActorLexicon) -> ActorMention | None:
    analysis = lexicon.analyse(token.text)
    if analysis is None:
        return _modified_mention(doc, token, lexicon)
    canonical, head = analysis
    if _is_case_number_prefix(doc, token, lexicon) or _common_noun(doc, token, lexicon):
        return None
    if head.only_lower_case and not token.is_lower:  # "Försäkringskassan" is a name (r29 C1)
        return None
    if _miscased_acronym(token, canonical, lexicon):  # "från Jo" is no JO (round 33, C1)
        return None
    if _in_label_run(doc, token):  # "Handläggare Datum Diarienummer" (round 25, C3)
        return None
    if _indefinite_group_word(token, canonical, head, lexicon):
        return None
    if group_of_kind(doc, token, canonical, head):  # "utifrån gruppen äldre" (round 21, C6)
        return None
    if head.head in lexicon.modified_heads:  # "fackliga organisationerna" before the bare head
        modified = _modified_mention(doc, token, lexicon)
        if modified is not None:
            return modified
    if _in_idiom(doc, token, lexicon) or _in_time_phrase(doc, token, head.role, lexicon):
        return None
    if head.role == "assembly" and meeting_as_event(doc, token, canonical, lexicon):
        return None  # "Kallelse till årsmötet", "före stämman" (round 21, C5)
    if _in_manner_phrase(doc, token, canonical, lexicon) or _field_in_series(
        doc, token, canonical, lexicon
    ):
        return None
    if _is_activity(doc, token, head.head, lexicon) or _is_attributive(
        doc, token, canonical, head.head, lexicon
    ):
        return None
    if structure_sense(doc, token, head.head, lexicon):  # "en ny organisation" (round 36, C4)
        return None
    start_token = token.i
    genitive = _genitive(token.text, canonical)
    # Suspended compound: "Hälso- och sjukvårdsdirektören".
    # "barn- och ungdomar": two actors, no suspended compound (round 40, split_compounds.py)
    own_part = gapped_actor_part(doc, token, canonical == head.head, lexicon) is not None
    suspended = None if own_part else _suspended_prefix(doc, token.i)
    if suspended is not None:
        start_token, prefix = suspended
        canonical = f"{prefix} {canonical}"
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
        suspended=suspended is not None,
    )


def _suspended_prefix(doc: Doc, first: int) -> tuple[int, str] | None:
    """``Hälso- och`` before ``sjukvårdsdirektören`` (or before ``tekniska nämnden``, from the
    adjective): a gap-hyphen first conjunct and its coordinator before the token at `first`,
    as (its first token, the lower-case prefix with the coordinator)."""
    if first < 2 or doc[first - 1].lower_ not in GRAMMAR.noun_phrase_coordinators:
        return None
    before = doc[first - 2]
    if _lost_comma_part(doc, before.i):
        before = doc[first - 3]  # "Fritids- idrott och": the comma after "idrott-" lost
    if not before.text.endswith("-") or (before.text == "-" and first < 3):
        return None
    start = before.i if before.text != "-" else before.i - 1
    start = _series_start(doc, start)
    prefix = doc[start : first - 1].text.replace(" -", "-").lower()
    coordinator = doc[first - 1].lower_  # "besluts- eller samrådsorgan" (round 36, C3)
    return start, f"{prefix} {coordinator}"


def suspended_names(mentions: Sequence[ActorMention]) -> dict[tuple[str, str, str], str]:
    """The suspended compounds with one gap part among `mentions` (``Bygg- och
    miljönämnden``), keyed by (the last conjunct's canonical, the coordinator, the first part
    without its hyphen): ``("miljönämnd", "och", "bygg")`` → ``bygg- och miljönämnd``."""
    names = {}
    for mention in mentions:
        parts = mention.canonical.split(" ", 2) if mention.suspended else ()
        if len(parts) == 3 and parts[0].endswith("-") and parts[0][:-1].isalpha():
            names[parts[2], parts[1], parts[0][:-1]] = mention.canonical
    return names


def with_lost_gap_hyphens(
    doc: Doc, names: Mapping[tuple[str, str, str], str]
) -> dict[int, ActorMention]:
    """``Bygg och miljönämnden`` where the same document writes ``Bygg- och miljönämnden``:
    the first part whose gap hyphen was lost and its coordinator belong to the suspended
    compound the document names (round 55, analysis 55-ch C6); a first part the document
    never hyphenates before that compound stays a word of its own (``Stöd och råd ges av
    socialnämnden``). The widened mentions by the first token of the mention they replace."""
    widened = {}
    last_conjuncts = {key[0] for key in names}  # a first test before the tokens are read
    for mention in doc._.actors or []:
        first = mention.first_token
        if mention.canonical not in last_conjuncts or mention.suspended or first < 2:
            continue
        if not doc[first - 2].is_alpha:
            continue
        name = names.get((mention.canonical, doc[first - 1].lower_, doc[first - 2].lower_))
        if name is not None:
            widened[first] = replace(
                mention,
                start=doc[first - 2].idx,
                text=doc[first - 2 : mention.last_token + 1].text,
                canonical=name,
                first_token=first - 2,
                suspended=True,
            )
    return widened


def _series_start(doc: Doc, start: int) -> int:
    """``Teater-, musik- och``: the gap-hyphen first parts before the one at `start`, each
    followed by a comma, belong to the same suspended compound (round 50, bt-G5): the series'
    first token. A part whose comma was lost (``Kultur- fritids- och``) does too (round 47,
    analysis 53-cd D)."""
    while (start >= 2 and doc[start - 1].text == ",") or (
        start >= 1 and _gap_part(doc[start - 1])
    ):
        before = doc[start - 2] if doc[start - 1].text == "," else doc[start - 1]
        if not before.text.endswith("-") or (before.text == "-" and start < 3):
            break
        start = before.i if before.text != "-" else before.i - 1
    return start


def _gap_part(token: Token) -> bool:
    """A suspended first part glued to its hyphen (``Kultur-``, ``fritids-``)."""
    return len(token.text) > 2 and token.text.endswith("-") and token.text[:-1].isalpha()


def _lost_comma_part(doc: Doc, index: int) -> bool:
    """``idrott`` in ``Fritids- idrott och folkhälsonämnden``: a lower-case word right after
    a gap part and before the coordinator is a first part whose hyphen and comma were lost
    (docs/annotation.md §1.1, round 47; normalize keeps the gap hyphen before it, analysis
    53-cd D)."""
    word = doc[index]
    return index >= 1 and word.is_alpha and word.is_lower and _gap_part(doc[index - 1])


def _with_adjective_suspended_prefix(doc: Doc, mention: ActorMention) -> ActorMention:
    """``Bygg- och tekniska nämnden`` → ``bygg- och teknisk nämnd``: the first conjunct of a
    suspended compound before a name adjective belongs to the name too (round 45, bj-C6);
    `_head_mention` looks only right before the head noun."""
    first = doc[mention.first_token]
    if first.i == mention.last_token or first.text.endswith("-"):
        return mention
    suspended = _suspended_prefix(doc, first.i)
    if suspended is None:
        return mention
    start, prefix = suspended
    return replace(
        mention,
        start=doc[start].idx,
        text=doc[start : mention.last_token + 1].text,
        canonical=f"{prefix} {mention.canonical}",
        first_token=start,
    )


def _indefinite_group_word(token: Token, canonical: str, head: Head, lexicon: ActorLexicon) -> bool:
    """``en grupp av ärenden``, ``enskilda och grupper``: the bare head of a body of role
    holders (`role_holder_compounds`) is an actor only in the definite singular, ``gruppen``,
    which refers to the document's one such body (pipeline/nlp/references.py), or after a
    demonstrative, which takes the indefinite form (``denna grupp``, `demonstratives`)."""
    if not head.role_holder_compounds or canonical != head.head:
        return False
    if lexicon.is_plural(token.text, canonical, head):
        return True
    demonstrative = token.i > 0 and token.doc[token.i - 1].lower_ in lexicon.demonstratives
    return token.lower_ == canonical and not demonstrative


def _is_case_number_prefix(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``Diarienummer KS 2023/394``, ``Kf 2021-03-01 § 12``: an abbreviation before a case
    number or a date is the register's series code or a decision reference, not a mention
    of the body (docs/annotation.md §1.3); so is one before a year and its slash whose
    serial was cut off (``KS 2030/``, the token ending there)."""
    if not (token.text.isupper() or token.lower_ in lexicon.aliases):
        return False  # no abbreviation (most words): the number patterns are not tried
    following = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return bool(CASE_NUMBER.match(following) or CUT_CASE_NUMBER.fullmatch(following))


def _in_label_run(doc: Doc, token: Token) -> bool:
    """``Handläggare Datum Diarienummer Eva Lund``: a memo's field labels printed in a row
    above their values; a capitalised one-word label (`metadata_labels`) beside another is a
    label, no mention of a role holder (round 25, cause C3)."""
    if token.is_lower:
        return False
    labels = _one_word_labels()
    if _in_capitals_label_row(doc, token, labels) or _in_column_header_row(doc, token):
        return True
    if _column_field_label(doc, token):
        return True
    if token.lower_ not in labels:
        return False
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(not n.is_lower and n.lower_ in labels for n in neighbours)


def _column_field_label(doc: Doc, token: Token) -> bool:
    """``Delegat: Miljöinspektör``, ``Ersättare: kommunchefen``: a capitalised table column
    label (layout.yaml `table_column_labels`) right before a colon names a field of a
    delegation list's field lines, no actor (newuser54b fault 6)."""
    return (
        token.lower_ in patterns.TABLE_COLUMN_LABELS
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text == ":"
    )


def _body_noun_field_label(doc: Doc, mention: ActorMention) -> bool:
    """``Beslutande instans:`` ⏎ ``Kommunfullmäktige``: a generic body noun
    (configs/grammar.yaml `identifying_body_nouns`) right before a colon, that with the word
    before it is a field label (grammar.yaml `metadata_labels`, layout.yaml
    `web_field_labels`), names the field, no actor (round 39, B7). Round 55 (analysis 55-cj,
    a viewer's title with field labels): any capitalised mention that is itself such a
    label before its colon (``Dokumentansvarig: Anna Ek``, ``Handläggare: …``) names it."""
    end = mention.last_token + 1
    if end >= len(doc) or doc[end].text != ":":
        return False
    labels = _field_labels()
    first = mention.first_token
    if doc[first].text[:1].isupper() and tuple(t.lower_ for t in doc[first:end]) in labels:
        return True
    if mention.head not in GRAMMAR.identifying_body_nouns:
        return False
    words = tuple(t.lower_ for t in doc[max(0, first - 1) : end])
    return words in labels or words[1:] in labels


def _in_form_name(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``på blanketten Ersättning Ledamot``, ``(blankett Ansökan Förtroendevald)``: a
    capitalised mention in the run of capitalised words right after a form noun
    (`form_nouns`) is part of the form's name, no actor (round 40, aw-A5)."""
    if mention.first_token < 1 or not doc[mention.first_token].text[:1].isupper():
        return False
    position = mention.first_token - 1
    while position > 0 and doc[position].is_alpha and doc[position].text[:1].isupper():
        position -= 1
    return doc[position].lower_ in lexicon.form_nouns


@patterns.layout_cache(1)
def _field_labels() -> frozenset[tuple[str, ...]]:
    web = (tuple(label.split()) for label in patterns.active_layout().web_field_labels)
    return frozenset({*GRAMMAR.metadata_labels, *web})


def _in_capitals_label_row(doc: Doc, token: Token, labels: frozenset[str]) -> bool:
    """``ANSVARIG AVDELNING DATUM``, ``UTREDARE CHEF DATUM``: a verbless row of words in
    capitals that holds a one-word label (`metadata_labels`) is a memo's label row, no head
    in it an actor (round 29, cause C4)."""
    if not _capitals(token):
        return False
    row = _word_run(doc, token, _capitals)
    return (
        len(row) > 1
        and any(t.lower_ in labels and t.i != token.i for t in row)
        and not any("Fin" in morph_values(t, "VerbForm") for t in row)
    )


_MIN_COLUMN_LABELS = 3


def _in_column_header_row(doc: Doc, token: Token) -> bool:
    """``Ärende Delegat Lagrum Anmärkning``: a run of capitalised words holding three column
    labels (layout.yaml `table_column_labels`, one-word `metadata_labels`), the token one of
    them, and no finite verb is a table's header row, no mention of a role holder (round 43,
    probe43 cause 10). A run of body names (`Kommunfullmäktige Kommunstyrelsen`) is none."""
    labels = _column_labels()
    if token.lower_ not in labels:
        return False
    if _in_cell_header_row(doc, token, labels):
        return True
    row = _word_run(doc, token, _capitalised_word)
    headed = sum(t.lower_ in labels for t in row) >= _MIN_COLUMN_LABELS or _label_pair(
        row, token
    )
    return headed and not any("Fin" in morph_values(t, "VerbForm") for t in row)


def _label_pair(row: Span, token: Token) -> bool:
    """``Ärendetyp Delegat Beslut om …``: two adjacent column labels of layout.yaml
    `table_column_labels` (the token one of them) followed by a capitalised word that is
    none, a row's first cell, are a two-column header glued to its row (round 52, analysis
    52-ca S7); a lone label (``Delegat ska anmäla …``) stays a mention."""
    known = patterns.TABLE_COLUMN_LABELS
    if token.lower_ not in known:
        return False
    for other in (token.i - 1, token.i + 1):
        after = max(token.i, other) + 1
        if (
            row.start <= other < row.end
            and row.doc[other].lower_ in known
            and after < row.end
            and row.doc[after].lower_ not in known
        ):
            return True
    return False


CELL_SEPARATOR = "|"
_MIN_CELL_LABELS = 2
_MAX_LABEL_CELL_WORDS = 3


def _in_cell_header_row(doc: Doc, token: Token, labels: frozenset[str]) -> bool:
    """``Ärende | Delegat | Anmärkning``, ``Beslut | Delegat`` (round 45, nu45 cause 4): a
    table row in cells (`CELL_SEPARATOR`) whose every cell is a short capitalised label
    without a finite verb or a digit, two cells or more a column label, is the table's header
    row: its cells are labels, no mentions (docs/annotation.md §2.5). The cells of a body row
    (``Attest | Ekonomichefen``) name no two labels."""
    if not _has_cells(doc):
        return False  # most documents: one memoised look-up, no walk of the sentence
    words = ([w for w in doc[a:b] if not w.is_punct] for a, b in row_cells(token.sent))
    cells = [cell for cell in words if cell]
    if len(cells) < _MIN_CELL_LABELS or not all(_label_cell(cell) for cell in cells):
        return False
    return sum(" ".join(t.lower_ for t in cell) in labels for cell in cells) >= _MIN_CELL_LABELS


def row_cells(row: Doc | Span) -> list[tuple[int, int]]:
    """A table row's cells as token ranges of its Doc, split at `CELL_SEPARATOR` tokens (the
    empty ends outside a Markdown row's outer bars dropped); none in a row without one."""
    bars = [token.i for token in row if token.text == CELL_SEPARATOR]
    if not bars:
        return []
    start, end = (row.start, row.end) if isinstance(row, Span) else (0, len(row))
    edges = [start - 1, *bars, end]
    cells = [(left + 1, right) for left, right in zip(edges, edges[1:], strict=False)]
    if cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


def _has_cells(doc: Doc) -> bool:
    return doc_memoised(doc, _has_cells, lambda: CELL_SEPARATOR in doc_text(doc))


def _label_cell(cell: list[Token]) -> bool:
    return (
        len(cell) <= _MAX_LABEL_CELL_WORDS
        and cell[0].text[:1].isupper()
        and all(t.is_alpha and "Fin" not in morph_values(t, "VerbForm") for t in cell)
    )


def _word_run(doc: Doc, token: Token, keep: Callable[[Token], bool]) -> Span:
    """The run of tokens around `token` that `keep` accepts, `token` itself always in it."""
    start, end = token.i, token.i + 1
    while start > 0 and keep(doc[start - 1]):
        start -= 1
    while end < len(doc) and keep(doc[end]):
        end += 1
    return doc[start:end]


def _capitalised_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


@patterns.layout_cache(1)
def _column_labels() -> frozenset[str]:
    return frozenset({*patterns.TABLE_COLUMN_LABELS, *_one_word_labels()})


def _capitals(token: Token) -> bool:
    return token.is_alpha and len(token.text) > 1 and token.text.isupper()


def _one_word_labels() -> frozenset[str]:
    return GRAMMAR.one_word_metadata_labels


def _is_activity(doc: Doc, token: Token, head: str, lexicon: ActorLexicon) -> bool:
    """``förvaltningen av kommunens angelägenheter``, ``den löpande förvaltningen``, ``sin
    förvaltning``, ``direktörens förvaltning``: the head names an activity, not a body."""
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    activity_words = lexicon.activity_heads.get(head, ())
    if following in activity_words or _shares_activity_word(doc, token, activity_words, lexicon):
        return True
    if activity_words and _listed_with_activities(doc, token, lexicon):
        return True
    if _in_area_list(doc, token, head, lexicon) or _resource_of_activity(doc, token, head, lexicon):
        return True
    if _management_task(doc, token, head, lexicon):
        return True
    if _bare_activity(doc, token, lexicon):
        return True
    if head in lexicon.society_heads and _of_society(doc, token, lexicon):
        return True
    if head in lexicon.topic_heading_heads and _topic_heading(doc, token, lexicon):
        return True
    if _scrutinised(doc, token, lexicon.scrutinised_heads.get(head, frozenset()), lexicon):
        return True  # "tillsyn över styrelsens förvaltning" (round 49, R4)
    if head in lexicon.object_genitive_heads and _object_genitive(doc, token, lexicon):
        return True  # "ärendenas beredning" (round 51, w50-y L)
    modifiers = lexicon.activity_modifiers.get(head, frozenset())
    if not modifiers or _plural_head(token, lexicon) or _after_locative(doc, token, lexicon):
        return False  # "dess förvaltningar": the units; "inom dess förvaltning": a place
    before = range(max(0, token.i - 2), token.i)
    return any(doc[i].lower_ in modifiers for i in before) or _owned_by_person(doc, token, lexicon)


def _object_genitive(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``ärendenas beredning``, ``frågans beredning``: the genitive of a noun that names no
    actor right before an `object_genitive_heads` noun is what the act is done to (a
    genitive object), so the head is the act, no body (round 51, analysis 51-w50y L); an
    actor's genitive (``nämndens beredning``) keeps the body reading."""
    if token.i == 0:
        return False
    owner = doc[token.i - 1]
    return (
        owner.pos_ == "NOUN"
        and owner.lower_.endswith("s")
        and "Gen" in morph_values(owner, "Case")
        and lexicon.analyse(owner.text) is None
    )


def _scrutinised(doc: Doc, token: Token, words: frozenset[str], lexicon: ActorLexicon) -> bool:
    """``tillsyn över styrelsens förvaltning``, ``granskar nämndens förvaltning``: the head
    right after an actor's genitive that a word of scrutiny (`scrutinised_heads`) governs,
    right before the genitive or through one preposition, is the activity audited."""
    if not words or token.i < 2:
        return False
    owner = doc[token.i - 1]
    analysis = lexicon.analyse(owner.text)
    if analysis is None or not _genitive(owner.text, analysis[0]):
        return False
    governor = doc[token.i - 2]
    if governor.pos_ == "ADP" and token.i >= 3:
        governor = doc[token.i - 3]
    return governor.lower_ in words or governor.lemma_.lower() in words


def _of_society(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``de olika sektorerna i samhället``, ``samhällets sektorer``: a `society_heads` noun
    right after a `society_words` genitive or before one (within two words) names a branch
    of society, no unit (round 38, at-C3)."""
    words = lexicon.society_words
    if token.i > 0 and doc[token.i - 1].lower_ in words:
        return True
    return any(t.lower_ in words for t in doc[token.i + 1 : token.i + 3])


def _topic_heading(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``Myndighetens ledning``: a `topic_heading_heads` noun after an owner's genitive as a
    whole verbless heading names the section's topic, no actor; the owner stays one (round
    38, at-C3; docs/annotation.md §2.1)."""
    sentence = token.sent
    words = [t for t in sentence if not t.is_punct]
    return (
        len(words) == 2
        and words[1] == token
        and words[0].lower_.endswith("s")
        and not sentence.text.rstrip().endswith(".")
    )


def _after_locative(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``inom dess förvaltning``: a possessive after a locative preposition names the unit
    where something is (``redovisa sin förvaltning`` is what was administered)."""
    return (
        token.i >= 2
        and doc[token.i - 1].pos_ in {"PRON", "DET"}
        and doc[token.i - 2].lower_ in lexicon.place_prepositions
    )


def _management_task(doc: Doc, token: Token, head: str, lexicon: ActorLexicon) -> bool:
    """``bolagets organisation och förvaltning``, ``stiftelsens förvaltning och
    organisation``: listed with its `management_pairs` word after the genitive of an owner
    that is no municipality or region, the head names the owner's management task."""
    partners = lexicon.management_pairs.get(head, frozenset())
    if not partners:
        return False
    if token.i >= 1 and _task_owner_genitive(doc[token.i - 1], lexicon):
        return True  # "stiftelsens förvaltning" alone (round 40, `task_owners`)
    first = token.i
    if (
        token.i + 2 < len(doc)
        and _links(doc[token.i + 1])
        and _task_partner(doc[token.i + 2], partners, lexicon)
    ):
        first = token.i
    elif (
        token.i >= 2
        and _links(doc[token.i - 1])
        and _task_partner(doc[token.i - 2], partners, lexicon)
    ):
        first = token.i - 2
    else:
        return False
    return first >= 1 and _non_municipal_genitive(doc[first - 1], lexicon)


def _task_partner(token: Token, partners: frozenset[str], lexicon: ActorLexicon) -> bool:
    """A `management_pairs` word, or any common noun that names no actor (``ekonomi``,
    ``tillgångar``) or names an activity (an `only_agent` head: ``verksamhet``; round 15,
    analysis-15 cause 9): a head listed with an activity is the activity."""
    if token.lower_ in partners:
        return True
    if token.pos_ != "NOUN" or not token.is_lower:
        return False
    analysis = lexicon.analyse(token.lower_)
    return analysis is None or analysis[1].head in lexicon.only_agent_heads


def _task_owner_genitive(owner: Token, lexicon: ActorLexicon) -> bool:
    if not owner.lower_.endswith("s") or owner.pos_ not in {"NOUN", "PROPN"}:
        return False
    analysis = lexicon.analyse(owner.text)
    return analysis is not None and analysis[1].head in lexicon.task_owners


def _non_municipal_genitive(owner: Token, lexicon: ActorLexicon) -> bool:
    if not owner.lower_.endswith("s") or owner.pos_ not in {"NOUN", "PROPN"}:
        return False
    analysis = lexicon.analyse(owner.text)
    return analysis is None or not analysis[0].split(" ")[-1].endswith(
        tuple(lexicon.municipal_owners)
    )


def _shares_activity_word(
    doc: Doc, token: Token, words: tuple[str, ...], lexicon: ActorLexicon
) -> bool:
    """``beredningen och uppföljningen av ärendena``: the activity word after a coordinated
    nominalisation is the head's too."""
    if not words:
        return False
    position = token.i + 1  # past a list of nominalisations: "beredningen, uppföljningen och …"
    while (
        position + 1 < len(doc)
        and _links(doc[position])
        and doc[position + 1].lower_.endswith(
            lexicon.nominalisation_suffixes + lexicon.quality_nominalisation_suffixes
        )
    ):
        position += 2
    return position > token.i + 1 and position < len(doc) and doc[position].lower_ in words


def _bare_activity(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``om beredning behövs``: a `bare_activity_heads` word with no determiner, attribute or
    genitive before it names the activity (``en särskild beredning`` is a body)."""
    if token.lower_ not in lexicon.bare_activity_heads:
        return False
    if coordinated_with_body(token, lexicon):
        return False  # "tillsätta nämnd eller beredning": a body (round 23, cause C2)
    if token.i == 0:
        return True
    before = doc[token.i - 1]
    return before.pos_ not in {"DET", "ADJ", "NUM", "PRON"} and not (
        before.lower_.endswith("s") and before.pos_ in {"NOUN", "PROPN"}
    )


def _in_area_list(doc: Doc, token: Token, head: str, lexicon: ActorLexicon) -> bool:
    """``idrottsanläggningar, fastighetsförvaltning och kollektivtrafik``: a bare indefinite
    `area_heads` noun listed next to a noun that is no actor names an area of activity."""
    analysis = lexicon.analyse(token.text)
    if head not in lexicon.area_heads or analysis is None or token.lower_ != analysis[0]:
        return False
    if token.i >= 1 and _is_owner_genitive(doc[token.i - 1]):
        return False  # "leder förbundets förvaltning och budgetarbete": the body
    if _municipal_owner_of_list(doc, token, lexicon):
        return False  # "leder stadens planering, förvaltning och budgetarbete": its administration
    return any(_list_noun(n) and _no_body(n, lexicon) for n in _listed_nouns(doc, token))


def _list_noun(token: Token) -> bool:
    """A noun, or a capitalised word opening the sentence that the tagger read as a name
    (``Ekonomi och personal``: ``Ekonomi`` PROPN; round 43, probe43 cause 7)."""
    if token.pos_ == "NOUN":
        return True
    return token.pos_ == "PROPN" and token.is_sent_start and token.text[1:].islower()


def _listed_nouns(doc: Doc, token: Token) -> list[Token]:
    """The other one-word items of the list `token` is in (round 20, cause C4: ``personal,
    organisation och ekonomi`` lists ``ekonomi`` with ``personal`` too), each joined to the
    next by a comma, ``och``, ``eller`` or ``samt``. A noun right before another noun is no
    item: ``anställer personal eller köper tjänster`` (a present read as a noun, its object
    after it)."""
    items = []
    position = token.i
    while position >= 2 and _links(doc[position - 1]) and _list_noun(doc[position - 2]):
        position -= 2
        items.append(doc[position])
    position = token.i
    while (
        position + 2 < len(doc) and _links(doc[position + 1]) and (doc[position + 2].pos_ == "NOUN")
    ):
        position += 2
        items.append(doc[position])
    return [item for item in items if not _before_noun(item)]


def _before_noun(token: Token) -> bool:
    after = token.i + 1
    return after < len(token.doc) and token.doc[after].pos_ == "NOUN"


def _municipal_owner_of_list(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``stadens planering, förvaltning och …``: the genitive before a list's first noun
    owns every item; a municipality's or region's (`municipal_owners`) förvaltning is its
    administration, a body (docs/annotation.md §2.1, round 6)."""
    position = token.i
    while position >= 2 and _links(doc[position - 1]) and doc[position - 2].pos_ == "NOUN":
        position -= 2
    if position == token.i or position < 1 or not _is_owner_genitive(doc[position - 1]):
        return False
    analysis = lexicon.analyse(doc[position - 1].text)
    head = analysis[0].split(" ")[-1] if analysis else ""
    return head.endswith(tuple(lexicon.municipal_owners))


def _is_owner_genitive(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and token.lower_.endswith("s") and token.is_alpha


def _no_body(token: Token, lexicon: ActorLexicon) -> bool:
    """A noun that is no actor, or names an activity (``verksamhet``, `only_agent`)."""
    analysis = lexicon.analyse(token.text)
    return analysis is None or analysis[1].only_agent


def _resource_of_activity(doc: Doc, token: Token, head: str, lexicon: ActorLexicon) -> bool:
    """``rekrytering av (ny) personal``: a `resource_heads` noun after a nominalisation and
    its preposition is what the activity acts on."""
    if head not in lexicon.resource_heads:
        return False
    position = token.i - 1
    while position >= 0 and doc[position].pos_ in {"ADJ", "DET"}:
        position -= 1
    return (
        position >= 1
        and doc[position].lower_ in lexicon.resource_prepositions
        and doc[position - 1].lower_.endswith(lexicon.nominalisation_suffixes)
    )


def _in_time_phrase(doc: Doc, token: Token, role: str, lexicon: ActorLexicon) -> bool:
    """``till nästa (ordinarie) årsstämma``: an assembly after a temporal preposition and
    ``nästa``/``kommande`` is the time of its meeting, not the body."""
    if role != "assembly":
        return False
    if _between_meetings(doc, token, lexicon):
        return True
    position = token.i - 1
    attribute = position >= 0 and doc[position].pos_ == "ADJ"
    if attribute and doc[position].lower_ not in lexicon.time_determiners:
        position -= 1  # "nästa ordinarie årsstämma"
    if position < 1 or doc[position].lower_ not in lexicon.time_determiners:
        return False
    preposition = doc[position - 1].lower_
    if preposition in lexicon.member_meeting_prepositions and any(
        head in token.lower_ for head in lexicon.meeting_heads
    ):
        return False  # "vid nästkommande årsmöte": the members' meeting (round 48, 48-bq)
    return preposition in lexicon.time_prepositions


def _between_meetings(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``mellan stämmorna``, ``mellan två förbundsmöten``: a plural assembly after an
    interval preposition (past determiners, numerals and adjectives) is the time between
    its meetings."""
    position = token.i - 1
    while position >= 0 and doc[position].pos_ in {"DET", "NUM", "ADJ", "ADV"}:
        position -= 1
    if position < 0 or doc[position].lower_ not in lexicon.interval_prepositions:
        return False
    if any(_relates(conjunct, lexicon) for conjunct in token.children if conjunct.dep_ == "conj"):
        return False  # "mellan fullmäktige och styrelsen": between two bodies
    return "Plur" in morph_values(token, "Number") or _plural_head(token, lexicon)


def _relates(conjunct: Token, lexicon: ActorLexicon) -> bool:
    """A conjunct after ``mellan X och`` without its own ``mellan``: the second party."""
    return not any(
        child.dep_ == "case" and child.lower_ in lexicon.interval_prepositions
        for child in conjunct.children
    )


def _plural_head(token: Token, lexicon: ActorLexicon) -> bool:
    analysis = lexicon.analyse(token.text)
    return analysis is not None and lexicon.is_plural(token.text, *analysis)


def _owned_by_person(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``verkställande direktörens förvaltning``: a person's genitive right before."""
    if token.i == 0:
        return False
    owner = doc[token.i - 1]
    analysis = lexicon.analyse(owner.text)
    if analysis is None:  # "gode mäns förvaltning": a person of a modified head (C6)
        modified = _modified_mention(doc, owner, lexicon)
        return (
            modified is not None
            and owner.lower_.endswith("s")
            and modified.category in PERSON_CATEGORIES | {"övrig"}
        )
    if not _genitive(owner.text, analysis[0]):
        return False
    return lexicon.role_of(analysis[0], analysis[1].role) in PERSON_ROLES


def _in_idiom(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``i allmänhet`` ("in general"): a fixed phrase that ends in an actor word."""
    word = token.lower_
    for phrase in lexicon.idioms:
        if phrase and phrase[-1] != word:
            continue  # (a phrase that ends in another word: its slice never equals it)
        start = token.i - len(phrase) + 1
        if start >= 0 and tuple(lower_words(doc[start : token.i + 1])) == phrase:
            return True
    return False


def _in_manner_phrase(doc: Doc, token: Token, canonical: str, lexicon: ActorLexicon) -> bool:
    """``i förening`` (jointly), ``med enkel majoritet``, ``med två tredjedels majoritet``:
    the bare indefinite singular of a `manner_heads` noun, with no determiner, after its
    preposition and any adjectives, numerals, adverbs of degree (``minst``) or a fraction's
    genitive, singular or plural (``tredjedels``, ``tredjedelars``: the tagger may call the
    plural a verb), is an adverbial of manner or measure, no body (round 14, analysis-13
    cause 9; round 50, nu-7)."""
    prepositions = lexicon.manner_heads.get(canonical)
    if not prepositions or token.lower_ != canonical:
        return False
    position = token.i - 1
    while position >= 0 and (
        doc[position].pos_ in {"ADJ", "NUM", "ADV"}
        or doc[position].lower_.endswith(FRACTION_GENITIVES)
    ):
        position -= 1
    return position >= 0 and doc[position].lower_ in prepositions


def _field_in_series(doc: Doc, token: Token, canonical: str, lexicon: ActorLexicon) -> bool:
    """``stöd till kultur, idrott och föreningsliv``: a bare indefinite ``-liv`` compound (the
    life of a kind of organisation: ``föreningsliv``, ``näringsliv``) coordinated only with
    nouns that name no actor is one field of activity in a series of fields, no party (round
    14, analysis-13 cause 9); definite (``med näringslivet och skolorna``), beside an actor or
    alone it is the organisations of that field (§2.5)."""
    if not canonical.endswith("liv") or token.lower_ != canonical:
        return False  # "näringslivet": the organisations of the field
    if _whole_cell(doc, token):
        return True  # "Föreningsliv | Bidrag till …": a task table's field (round 45)
    conjuncts = [*_series_neighbours(doc, token, -1), *_series_neighbours(doc, token, 1)]
    return bool(conjuncts) and all(lexicon.analyse(c.text) is None for c in conjuncts)


def _whole_cell(doc: Doc, token: Token) -> bool:
    """The token is a table cell of its own: a cell separator (or the row's edge) on both
    sides, one separator at least."""
    before = doc[token.i - 1].text if token.i > token.sent.start else None
    after = doc[token.i + 1].text if token.i + 1 < token.sent.end else None
    if CELL_SEPARATOR not in (before, after):
        return False
    return before in (None, CELL_SEPARATOR) and after in (None, CELL_SEPARATOR)


def _series_neighbours(doc: Doc, token: Token, step: int) -> list[Token]:
    """The nouns coordinated with `token` on one side (`step` -1 or 1), across commas and
    noun-phrase coordinators, past the adjectives of each conjunct."""
    found: list[Token] = []
    position = token.i + step
    while 0 <= position < len(doc):
        word = doc[position]
        if not (word.text == "," or word.lower_ in GRAMMAR.noun_phrase_coordinators):
            break
        position += step
        while 0 <= position < len(doc) and doc[position].pos_ in {"ADJ", "DET"}:
            position += step
        if not (0 <= position < len(doc)) or doc[position].pos_ not in {"NOUN", "PROPN"}:
            break
        found.append(doc[position])
        position += step
    return found


def _object_predicative(doc: Doc, token: Token, head: str) -> bool:
    """``har fått ärendet delegerat``, ``fått uppgiften delegerad``: the strong
    indefinite singular of a participle head (no ``-nde`` form) right after a noun is that
    object's predicative, no person noun (round 45, bj-C15); after a determiner (``en
    delegerad``) it is the noun."""
    if head.endswith("nde") or token.i == 0 or not token.is_lower:
        return False
    neuter = head[:-1] + "t" if head.endswith("d") else head + "t"
    return token.lower_ in {head, neuter} and doc[token.i - 1].pos_ in {"NOUN", "PROPN"}


def _bare_strong_singular(doc: Doc, token: Token, head: str) -> bool:
    """``Valbar till styrelsen är den som …``, ``är behörig``: the bare strong singular of an
    adjectival head opening the sentence or after a copula is the adjective, a (fronted)
    predicative, no actor; after a determiner (``en anställd``) or as a bare object
    (``anlita sakkunnig``) it is the noun. A participle noun in ``-ande``/``-ende``
    opening the sentence is the subject noun (``Sökande ska bifoga …``, ``Studerande vid
    skolan har rätt …``, ``Boende är skyldiga att …``) unless a copula and a free relative
    or a noun follow it: then it is the fronted predicative (``Sökande är den som …``;
    round 49, bs C5; review 49 S2)."""
    if token.lower_ != head:
        return False
    if token.is_sent_start and head.endswith(PRESENT_PARTICIPLE_ENDINGS):
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is None:
            return True
        return following.lower_ in GRAMMAR.copulas and _predicative_subject_after(doc, token.i + 2)
    return token.is_sent_start or doc[token.i - 1].lower_ in GRAMMAR.copulas


def _predicative_subject_after(doc: Doc, position: int) -> bool:
    """A free relative (`free_relative_openers`: ``den som``) or a noun at `position`, the
    subject of a copula whose fronted predicative stands before it."""
    if position >= len(doc):
        return False
    words = tuple(t.lower_ for t in doc[position : position + 3])
    if any(words[: len(phrase)] == phrase for phrase in GRAMMAR.free_relative_openers):
        return True
    return doc[position].pos_ in {"NOUN", "PROPN"}


def _is_attributive(
    doc: Doc, token: Token, canonical: str, head: str, lexicon: ActorLexicon
) -> bool:
    """``anställda medarbetare``, ``förtroendevalda politiker``: an adjectival head before a
    noun is its attribute; the noun is the actor. Its genitive is a noun, the possessor:
    ``den enskildes rätt``."""
    if head not in lexicon.adjectival_heads:
        return False
    if _bare_strong_singular(doc, token, head) or _object_predicative(doc, token, head):
        return True
    if token.i + 1 >= len(doc) or _genitive(token.text, canonical):
        return False
    following = doc[token.i + 1]
    if following.text == CELL_SEPARATOR:
        return False  # "| Ekonomiansvarig | Kyrkoherden": the cell ends the phrase (nu50-4)
    if lexicon.names_period(following.text):
        return False  # "för förtroendevalda mandatperioden 2031–2034" (round 39, C7)
    return following.pos_ in {"NOUN", "PROPN"} or lexicon.analyse(following.text) is not None


def _modified_mention(doc: Doc, token: Token, lexicon: ActorLexicon) -> ActorMention | None:
    """Heads that are actors only after a listed adjective: ``fackliga organisationerna``."""
    if token.i == 0:
        return None
    modifier = doc[token.i - 1].lower_
    if modifier not in lexicon.modifiers:
        return None
    for head, modifiers in lexicon.modified_heads.items():
        if modifier in modifiers and _is_head_form(token.lower_, head):
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


def _is_head_form(word: str, head: str) -> bool:
    """``organisationerna`` of ``organisation``; ``män``, ``männen`` of ``man`` (the vowel
    change of the -man plural, round 18 cause C9: ``gode män``)."""
    return word.startswith(head) or (head.endswith("man") and word.startswith(head[:-2] + "än"))


def _with_name_adjective(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> ActorMention:
    """Adjectives that belong to the name, each in turn: ``vice verkställande direktören``,
    ``vice VD`` → ``vice verkställande direktör``."""
    if mention.source != "lexicon":
        return mention
    while mention.first_token > 0:
        previous = doc[mention.first_token - 1]
        adjective = lexicon.name_adjectives.get(previous.lower_) or _weak_ordinal(
            previous.lower_, mention.canonical, lexicon
        )
        if _classifying_participle(previous, mention, lexicon):
            adjective = previous.lower_  # "beslutande organ": a kind of body (§2.2)
        elif _naming_adjective(previous, mention, lexicon):
            adjective = adjective_lemma(previous.lower_)  # "Samhällsvetenskapliga fakulteten"
        elif (
            adjective is None
            or mention.canonical.startswith(f"{adjective} ")
            or not _forms_term(adjective, mention.canonical, lexicon)
            or _describes(doc, previous, adjective, mention, lexicon)
            or _adverb_of_adjective(doc, previous, adjective, mention, lexicon)
        ):
            return mention
        invariable = adjective == "vice" or adjective.endswith(PRESENT_PARTICIPLE_ENDINGS)
        if mention.head in lexicon.plural_only_heads and previous.lower_.endswith("a"):
            adjective, invariable = previous.lower_, True  # "gemensamma kyrkofullmäktige"
        if not invariable and mention.head in lexicon.neuter_heads:
            adjective = neuter_adjective(adjective)  # `centralt kollegium`, `överordnat organ`
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


def _adverb_of_adjective(
    doc: Doc, previous: Token, adjective: str, mention: ActorMention, lexicon: ActorLexicon
) -> bool:
    """``Centralt tillförordnad ordförande``, ``centralt gemensamma nämnden``: an adjective's
    strong neuter in ``-t`` before an adjective or participle of the name that does not agree
    with it (no ``-t`` of its own) modifies that adjective, an adverb outside the span; two
    agreeing attributes both belong (``centralt tekniskt råd``), and so does a title the
    lexicon lists whole (``medicinskt ansvarig sjuksköterska``; round 49, R1 follow-up)."""
    following = doc[previous.i + 1]
    if not previous.lower_.endswith("t") or following.i >= mention.last_token:
        return False
    adjectival = (
        following.pos_ == "ADJ"
        or "Part" in morph_values(following, "VerbForm")
        or following.lower_ in lexicon.name_adjectives
    )
    term = f"{adjective} {mention.canonical}"
    listed = term in lexicon.roles or term in lexicon.aliases or term in lexicon.aliases.values()
    return adjectival and not following.lower_.endswith("t") and not listed


def _naming_adjective(previous: Token, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Samhällsvetenskapliga fakulteten``, ``juridiska institutionen``: a classifying
    adjective in its weak form (`classifying_adjective_suffixes`) right before the definite
    singular of an `adjective_named_heads` unit, with no article before it, names the unit
    (round 20, cause C4; docs/annotation.md §2.2, like ``tekniska nämnden``)."""
    word = previous.lower_
    if _language_branch(word, mention, lexicon):
        return _definite_without_article(previous, mention)
    if (
        mention.head not in lexicon.adjective_named_heads
        or mention.canonical != mention.head
        or previous.pos_ != "ADJ"
        or word in lexicon.name_adjectives
        or not word.endswith(lexicon.classifying_adjective_suffixes)
    ):
        return False
    return _definite_without_article(previous, mention)


def _language_branch(word: str, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``svenska skolsektionen``, ``finska utbildningsnämnden``: a `language_adjectives`
    word before a body or unit (`language_named_roles`) of the lexicon names a bilingual
    organisation's language branch (round 51, ruling x3)."""
    return (
        word in lexicon.language_adjectives
        and mention.role in lexicon.language_named_roles
        and " " not in mention.canonical
    )


def _definite_without_article(previous: Token, mention: ActorMention) -> bool:
    """The mention is a definite singular and no article or numeral stands before
    `previous`, the adjective: ``juridiska institutionen``, not ``den juridiska …``."""
    text = mention.text.lower()
    if not text.removesuffix("s").endswith(("en", "et")) or text.startswith(mention.head + "er"):
        return False  # "fakultet", "fakulteter": no definite singular
    before = previous.doc[previous.i - 1] if previous.i > 0 else None
    return before is None or before.pos_ not in {"DET", "PRON", "NUM"}


def _classifying_participle(previous: Token, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Förbundets beslutande organ``, ``bolagets verkställande organ``: a present participle
    between an organisation's genitive and a bare `participle_heads` noun names the owner's
    body of that kind, part of the span and the canonical (round 14, analysis-14 cause 10).
    Without the owner it describes (``flera olika beslutande organ``, ``Det styrande organet``
    → ``organ``, as the dev gold writes)."""
    word = previous.lower_
    owner = previous.doc[previous.i - 1] if previous.i > 0 else None
    analysis = lexicon.analyse(owner.text) if owner is not None else None
    return (
        analysis is not None
        and _genitive(owner.text, analysis[0])
        and mention.head in lexicon.participle_heads
        and mention.canonical == mention.head
        and word.endswith(PRESENT_PARTICIPLE_ENDINGS)
        and len(word) > 5
        and previous.is_alpha
    )


def _describes(
    doc: Doc, adjective_token: Token, adjective: str, mention: ActorMention, lexicon: ActorLexicon
) -> bool:
    """``politiska partier``, ``en gemensam rektor``: a descriptive adjective
    (`descriptive_adjectives`) is no part of the actor before an indefinite head, unless the
    pair is a fixed term (``gemensam nämnd``, ``politiska organ``); before a definite head
    without a preposed article (``tekniska nämnden``; ``den ledande tjänstemannen``
    describes) or capitalised inside a sentence (``i Sociala nämnden``) it is part of the
    name (docs/annotation.md §2.2)."""
    if mention.category in PERSON_CATEGORIES and _level_word(adjective, lexicon):
        return True  # "kommunalt förtroendevalda": a level only before a body (round 39, C1)
    if adjective in lexicon.unit_place_adjectives and mention.head in lexicon.activity_heads:
        return True  # "centrala förvaltningen": the administration, no name (round 49, R1)
    terms = lexicon.descriptive_adjectives.get(adjective)
    if terms is None and adjective.endswith("t"):  # the strong neuter: `centralt utskott`
        terms = lexicon.descriptive_adjectives.get(adjective[:-1])
    if terms is None or mention.head in terms or mention.canonical in terms:
        return False  # a whole compound too: `gemensamt kyrkoråd` (round 35, C5)
    if adjective_token.text[0].isupper() and _written_as_name(doc, adjective_token, mention):
        return False
    if _preposed_article(doc, adjective_token):
        return True  # "den ledande tjänstemannen": a described one, no name
    return not _definite_form(doc[mention.last_token], lexicon)


def _written_as_name(doc: Doc, adjective_token: Token, mention: ActorMention) -> bool:
    """A capitalised adjective before the head names the body (round 57, analysis57-co C1):
    inside a sentence (``i Sociala nämnden``), at the sentence start before a title-case head
    (``Regionala Rådet ska …``), on a line of just the adjective and a singular head (the
    heading ``Lokalt samrådsorgan``), or where the same pair stands capitalised inside a
    sentence elsewhere in the text (``… till Lokalt råd. Lokalt råd ska …``)."""
    if not adjective_token.is_sent_start:
        return True
    head = doc[mention.last_token]
    if head.text[:1].isupper() and not head.is_upper:
        return True
    arrays = doc_arrays(doc)  # the text and lower columns, read once per memo (perf57b)
    if _two_word_line(arrays.text, head.i) and _strong_singular(adjective_token, head):
        return True
    return _pair_capitalised_elsewhere(doc, arrays.text, arrays.lower, adjective_token.i, head.i)


def _two_word_line(texts: list[str], head: int) -> bool:
    """The Doc holds two alphabetic words (``Token.is_alpha`` is ``str.isalpha``), the second
    the head: read from the text column, stopping at a third word."""
    words = list(islice((i for i, text in enumerate(texts) if text.isalpha()), 3))
    return len(words) == 2 and words[1] == head


def _pair_capitalised_elsewhere(
    doc: Doc, texts: list[str], lowers: list[str], adjective: int, head: int
) -> bool:
    """The adjective and head (as lowercase words) stand together elsewhere in `doc`, the
    adjective capitalised and not at a sentence start: the lower column first, a `Token`
    only for a capitalised match."""
    tokens = doc_tokens(doc)
    first, second = lowers[adjective], lowers[head]
    return any(
        lowers[i + 1] == second and texts[i][:1].isupper() and not tokens[i].is_sent_start
        for i in range(len(lowers) - 1)
        if lowers[i] == first and i != adjective
    )


def _strong_singular(adjective: Token, head: Token) -> bool:
    """``Regionalt samverkansråd``, ``Kommunal nämnd``: the strong singular adjective (no
    ``-a`` ending) before a singular head; ``Regionala samverkansråd`` is a plural heading."""
    return not adjective.lower_.endswith("a") and morph_values(head, "Number") != ["Plur"]


def _level_word(adjective: str, lexicon: ActorLexicon) -> bool:
    """``kommunal``, ``kommunalt``, ``regionalt``: a level-of-government adjective
    (`body_common_adjectives` by lemma), or its ``-t`` form, an adverb before a person's
    adjective noun (``kommunalt anställda``)."""
    levels = {lexicon.name_adjectives.get(w, w) for w in lexicon.body_common_adjectives}
    return adjective in levels or adjective.removesuffix("t") in levels


def _preposed_article(doc: Doc, adjective_token: Token) -> bool:
    """A definite article before the adjective, also past other attributive adjectives
    (``de helägda kommunala bolagen``, round 36, C5), coordinated ones and a suspended
    compound among them (``de hel- och delägda kommunala stiftelserna``, round 42, 42-bb A5)."""
    position = adjective_token.i - 1
    while position >= 0 and _attribute_in_run(doc[position]):
        position -= 1
    return position >= 0 and doc[position].lower_ in DEFINITE_DETERMINERS


def _attribute_in_run(token: Token) -> bool:
    if token.pos_ == "ADJ" and token.is_alpha:
        return True
    if token.text.endswith("-") and token.text[:-1].isalpha():
        return True  # "hel-": a suspended compound
    participle = "Part" in morph_values(token, "VerbForm")
    return participle or token.lower_ in GRAMMAR.coordinators


def _definite_form(token: Token, lexicon: ActorLexicon) -> bool:
    """``nämnden``, ``ledningens``, ``partierna``: a definite form, by the tagger or by its
    ending after the actor word's base form."""
    if morph_values(token, "Definite") == ["Def"]:
        return True
    analysis = lexicon.analyse(token.text)
    if analysis is None:
        return False
    word = token.lower_.removesuffix(":s")
    ending = word[len(commonprefix([word, analysis[0]])) :].removesuffix("s")
    return ending in DEFINITE_ENDINGS or ending.endswith(DEFINITE_PLURAL_ENDINGS)


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
            and (
                following.first_token == mention.last_token + 1
                or _free_adjective_between(doc, mention, following, lexicon)
                or _numeral_between(doc, mention, following, lexicon)
            )
            and not _plural_organisation(mention)
            and (
                _owns_head(mention, following, lexicon)
                or _compound_owner(mention, following, lexicon) is not None
            )
        ):
            owner = mention.text.lower()
            compound = _compound_owner(mention, following, lexicon)
            merged.append(
                ActorMention(
                    mention.start,
                    following.end,
                    doc_text(doc)[mention.start : following.end],
                    compound or f"{owner} {following.canonical}",
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


def _common_noun(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``råd och stöd``: a bare `bare_common_nouns` head is the common noun (advice), unless a
    `body_common_adjectives` adjective of the level of government stands before it
    (``Flera kommunala råd finns``: bodies; round 30, analysis-30 cause C1)."""
    if token.lower_ not in lexicon.bare_common_nouns:
        return False
    if token.i > 0 and doc[token.i - 1].lower_ in lexicon.body_common_adjectives:
        return False
    return not _body_series(doc, token, lexicon)


def _body_series(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``inför nämnd, utskott, råd eller styrelse``: a bare `bare_common_nouns` head
    coordinated with body nouns of the lexicon names a body too (round 39, au cause C3);
    ``råd och stöd`` stays advice."""
    conjuncts = [*_series_neighbours(doc, token, -1), *_series_neighbours(doc, token, 1)]
    return bool(conjuncts) and all(
        (found := lexicon.analyse(c.text)) is not None and found[1].category in BODY_CATEGORIES
        for c in conjuncts
    )


def _free_adjective_between(
    doc: Doc, owner: ActorMention, head: ActorMention, lexicon: ActorLexicon
) -> bool:
    """``Rådets eventuella vice ordförande``, ``styrelsens nyvalda ledamöter``: free
    adjectives (no name adjective) between the genitive and its owned head leave them one
    span, the adjectives no part of the canonical (round 30, analysis-30 cause C1; §2.2); an
    `invariable_adjectives` word the tagger reads as a noun counts (``ordinarie``, round 47);
    a run of two or more, a coordinator or ``,`` between two of them, too (``nämndens
    närvarande ordinarie ledamöter``, ``fullmäktiges nyvalda och omvalda ledamöter``: round
    54, ce-R1)."""
    between = doc[owner.last_token + 1 : head.first_token]
    if not between or head.head not in lexicon.genitive_heads:
        return False
    return _free_adjective_run(between, lexicon)


def _free_adjective_run(words: Span, lexicon: ActorLexicon) -> bool:
    """Free adjectives (`_free_adjective`), a coordinator (grammar.yaml
    `noun_phrase_coordinators`, as an attribute run's joiner) or comma only between two."""
    last = len(words) - 1
    return all(
        _free_adjective(word, lexicon)
        or (
            0 < n < last
            and (word.lower_ == "," or word.lower_ in GRAMMAR.noun_phrase_coordinators)
            and _free_adjective(words[n - 1], lexicon)
            and _free_adjective(words[n + 1], lexicon)
        )
        for n, word in enumerate(words)
    )


def _free_adjective(token: Token, lexicon: ActorLexicon) -> bool:
    """A lower-case adjective that names no body (no name adjective), an
    `invariable_adjectives` word the tagger reads as a noun included (``ordinarie``)."""
    return (
        (token.pos_ == "ADJ" or token.lower_ in lexicon.invariable_adjectives)
        and token.is_alpha
        and token.is_lower
        and token.lower_ not in lexicon.name_adjectives
    )


def _numeral_between(
    doc: Doc, owner: ActorMention, head: ActorMention, lexicon: ActorLexicon
) -> bool:
    """``Nämndens elva ordinarie ledamöter``, ``Styrelsens två vice ordförande``: a cardinal
    (digits or a number word) and at most one free adjective between the genitive and its
    owned head count the owned role holders; the genitive still owns them, one span, numeral
    and adjective no part of the canonical (round 50, bt-G4; §2.2, §2.3 round 47)."""
    between = doc[owner.last_token + 1 : head.first_token]
    if not between or head.head not in lexicon.genitive_heads:
        return False
    numeral = between[0]
    cardinal = numeral.pos_ == "NUM" or numeral.text.isdigit()
    return cardinal and _free_adjective_run(between[1:], lexicon)


def _plural_organisation(owner: ActorMention) -> bool:
    """``kommunernas ersättare``, ``regionernas ombud``: a role after a plural
    organisation's genitive is the role of each of them, two spans (round 18, cause C5;
    docs/annotation.md §2.2); a body's plural keeps its chair (``nämndernas ordförande``)."""
    return owner.plural and owner.category in {"organisation", "extern"}


def _compound_owner(owner: ActorMention, head: ActorMention, lexicon: ActorLexicon) -> str | None:
    """``Förvaltningens chef`` → ``förvaltningschef``, ``Myndighetens chef`` →
    ``myndighetschef``, ``kommunens chef`` → ``kommunchef``: a bare `compound_genitive_heads`
    role after the genitive of an organisation or unit (or a `compound_genitive_owners` head)
    is one span (§2.2), whose canonical is the compound the lexicon reads as that role, its
    first part as in the organisation's body compounds (`body_owner_prefixes`; else with the
    linking ``-s``). A person's genitive (``regiondirektörens stab``), a name's or an owned
    compound head (``förbundets ekonomichef``) stays two spans (round 14, analysis-14 cause 2)."""
    if head.canonical != head.head or head.head not in lexicon.compound_genitive_heads:
        return None
    base = owner.canonical
    if " " in base or not (
        owner.role in {"organisation", "unit"} or base in lexicon.compound_genitive_owners
    ):
        return None
    prefix = lexicon.body_owner_prefixes.get(base) or (base if base.endswith("s") else base + "s")
    compound = prefix + head.head
    analysis = lexicon.analyse(compound)
    return compound if analysis is not None and analysis[1].head == head.head else None


def _owns_head(owner: ActorMention, head: ActorMention, lexicon: ActorLexicon) -> bool:
    """A `genitive_heads` noun after the genitive; a `body_genitive_heads` one only after a
    body's (``styrgruppens medlemmar``, not ``förbundets medlemmar``); a `sub_body_suffixes`
    compound only after a board's or committee's (``nämndens beredningsgrupp``, not
    ``kommunens ledningsgrupp``)."""
    if head.head.endswith(lexicon.sub_body_suffixes):
        return owner.role in lexicon.sub_body_owner_roles
    if head.head not in lexicon.genitive_heads:
        return False
    return head.head not in lexicon.body_genitive_heads or (
        owner.category != "organisation" and not _member_owner(owner, lexicon)
    )


def _member_owner(owner: ActorMention, lexicon: ActorLexicon) -> bool:
    """An owner whose head word is a `member_owner_heads` unit or a compound of one by the
    lexicon's compound head (``lokalavdelningens``: ``avdelning``); a word that merely ends in
    one is none (``donation`` is no ``nation``; review 45c)."""
    word = owner.head.rsplit(" ", 1)[-1]
    if word in lexicon.member_owner_heads:
        return True
    analysis = lexicon.analyse(word)
    return analysis is not None and analysis[1].head in lexicon.member_owner_heads


def _owner_after(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``Ordföranden i kommunstyrelsen``: the chair's canonical names its body, as the
    genitive would (``kommunstyrelsens ordförande``); the span stays the chair's word, also
    of a group (``Ordförande i ekonomichefsgruppen``). Only a chair: ``väljer ledamöter för
    nämnderna`` are members (``ledamot``). A members' meeting (`meeting_heads`) has a chair
    for the meeting, no body's: ``ordförande för stämman`` stays ``ordförande`` (round 16,
    cause C5)."""
    result = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        described = _described_owner(doc, mention, following, lexicon)
        if (
            following is not None
            and mention.role == "chair"
            and " " not in mention.canonical
            and (following.first_token == mention.last_token + 2 or described)
            and _chair_link(doc, mention, following)
            and not following.canonical.endswith(tuple(lexicon.meeting_heads))
            and not _late_subject_with_place(doc, mention)
            and not jointly_owned_chair(doc, mentions, index)
        ):
            owner = body_genitive(described or following.text)
            mention = replace(mention, canonical=f"{owner} {mention.canonical}")
        result.append(mention)
    return result


def body_genitive(written: str) -> str:
    """A body's genitive as written, lower-case, for an owned office's canonical
    (``kommunstyrelsen`` → ``kommunstyrelsens``); a form already in ``-s`` as it is."""
    lower = written.lower()
    return lower if lower.endswith("s") else f"{lower}s"


def jointly_owned_chair(doc: Doc, mentions: Sequence[ActorMention], index: int) -> bool:
    """``Ordförande i rådet och (i) dess arbetsutskott``: the chair's ``i``/``för`` owner is
    coordinated with a second body or unit, marked as a second owner by a possessive
    (``dess``) or the chair's preposition repeated; the office is both bodies', neither's
    alone, so it stays the bare office, also unresolved (round 52, ruling z1). ``Ordföranden i
    nämnden och kommunstyrelsen`` (no mark) may coordinate subjects: it keeps its owner."""
    mention = mentions[index]
    if mention.role != "chair" or index + 2 >= len(mentions):
        return False
    following, after = mentions[index + 1], mentions[index + 2]
    link = doc[mention.last_token + 1].lower_ if mention.last_token + 1 < len(doc) else ""
    if following.first_token != mention.last_token + 2 or link not in {"i", "för"}:
        return False
    if after.category not in CHAIRED_CATEGORIES:
        return False
    between = doc[following.last_token + 1 : after.first_token]
    if len(between) < 2 or between[0].pos_ != "CCONJ":
        return False
    rest = list(between[1:])
    repeated = rest[0].lower_ == link
    rest = rest[1:] if repeated else rest
    possessive = len(rest) == 1 and rest[0].morph.get("Poss") == ["Yes"]
    return (repeated and not rest) or possessive


def _chair_link(doc: Doc, mention: ActorMention, following: ActorMention) -> bool:
    """``i``/``för`` before a body or unit, or a member list's title-line comma before a body,
    unit or organisation (`_title_line_owner`), links the chair to its owner."""
    if doc[mention.last_token + 1].lower_ in {"i", "för"}:
        return following.category in CHAIRED_CATEGORIES
    return following.category in CHAIRED_CATEGORIES | {"organisation"} and _title_line_owner(
        doc, mention, following
    )


def _title_line_owner(doc: Doc, mention: ActorMention, following: ActorMention) -> bool:
    """``Eva Ek Ordförande, Ekby skytteförening``: on a member list a capitalised chair, a
    comma and the organisation that ends the line name the chair the person is in that
    organisation, as ``i`` does (round 51, ruling b4). Before the chair stand capitalised
    words only (a personal name), or nothing: a bare title line (``Ordförande, Ekby
    skytteförening``) names the same chair (review 51). ``väljer ordförande, styrelse och …``
    is a list, no owner."""
    sentence = doc[mention.first_token].sent
    end = following.last_token + 1
    rest = [t for t in doc[end : sentence.end] if not t.is_punct]
    return (
        doc[mention.last_token + 1].text == ","
        and doc[mention.first_token].text[:1].isupper()
        and not rest
        and all(_name_word(t) for t in doc[sentence.start : mention.first_token])
    )


def _name_word(token: Token) -> bool:
    """A capitalised word of letters (a personal name's, whatever its tag: ``Eva`` NOUN)."""
    return token.is_alpha and token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN"}


def _late_subject_with_place(doc: Doc, mention: ActorMention) -> bool:
    """``När styrelsen inte sammanträder ingår ordföranden i beredningen``: the late subject
    of a presentational verb (configs/grammar.yaml `presentational_verbs`, determiners and
    adverbs between) when no place phrase (``i``/``inom``) stands before that verb in the
    sentence; the ``i``-phrase after it is the verb's place, no owner of the chair (round
    35, K1; docs/annotation.md §5.2)."""
    position = mention.first_token - 1
    start = doc[mention.first_token].sent.start
    while position > start and doc[position].pos_ in {"DET", "ADV"}:
        position -= 1
    verb = doc[position]
    if position < start or not {verb.lemma_.lower(), verb.lower_} & set(
        GRAMMAR.presentational_verbs
    ):
        return False
    return not any(token.lower_ in {"i", "inom"} for token in doc[start:position])


def _described_owner(
    doc: Doc,
    mention: ActorMention,
    following: ActorMention | None,
    lexicon: ActorLexicon,
) -> str | None:
    """``Ordföranden i det regionala rådet``: a preposed article and name adjectives
    (`name_adjectives`) between ``i`` and the body; the owner is written as without the
    article (``regionala rådet`` → ``regionala rådets ordförande``, as ``Ordföranden i
    regionala rådet``; round 36, analyst 36 N4)."""
    if following is None or following.first_token < mention.last_token + 4:
        return None
    article = doc[mention.last_token + 2]
    adjectives = doc[article.i + 1 : following.first_token]
    if article.lower_ not in {"den", "det", "de"} or not all(
        t.lower_ in lexicon.name_adjectives for t in adjectives
    ):
        return None
    return doc[article.i + 1 : following.last_token + 1].text.lower()


def _no_head_mention(words: list[str], lower: list[str], i: int, lexicon: ActorLexicon) -> bool:
    """`_head_mention` finds nothing at word `i` (most words), read from the Doc's columns
    with no `Token` made: a word of letters or with a hyphen or colon that the lexicon reads
    as no actor head, after no listed modifier (`_modified_mention`)."""
    word = words[i]
    if not (word.isalpha() or "-" in word or ":" in word):
        return False  # left to the token's own test
    if lexicon.analyse(word) is not None:
        return False
    return i == 0 or lower[i - 1] not in lexicon.modifiers


def find_actors(doc: Doc, lexicon: ActorLexicon) -> list[ActorMention]:
    """Every actor mention of a Doc, left to right, without overlaps."""
    mentions, covered = _named_mentions(doc, lexicon)
    _add_head_mentions(doc, mentions, covered, lexicon)
    mentions = _without_false_senses(doc, mentions, lexicon)
    mentions = _with_agent_nouns(doc, mentions, lexicon)
    mentions = _with_implied_mentions(doc, mentions, lexicon)
    mentions = _with_joined_parts(doc, mentions, lexicon)
    return _without_labels(doc, mentions, lexicon)


def _named_mentions(
    doc: Doc, lexicon: ActorLexicon
) -> tuple[list[ActorMention], dict[int, ActorMention]]:
    """The organisations, parties and placeholders, the first to claim a token keeping it;
    the tokens each covers (a naming clause's name too, though it is no mention: §2.1)."""
    covered: dict[int, ActorMention] = {}
    mentions: list[ActorMention] = []
    found = chain(
        _organisation_mentions(doc, lexicon),
        _party_mentions(doc, lexicon),
        _placeholder_mentions(doc, lexicon),
    )
    for mention in found:
        if any(i in covered for i in range(mention.first_token, mention.last_token + 1)):
            continue
        covered.update({i: mention for i in range(mention.first_token, mention.last_token + 1)})
        if _party_of_person(doc, mention, lexicon):
            continue  # a person's party in apposition (round 54, 54b-cg N3)
        if not in_naming_name(doc, mention.first_token, lexicon):
            mentions.append(mention)  # a naming clause's name is a naming (§2.1)
    return mentions, covered


def _add_head_mentions(
    doc: Doc,
    mentions: list[ActorMention],
    covered: dict[int, ActorMention],
    lexicon: ActorLexicon,
) -> None:
    """Add the mentions built on a lexicon head noun to `mentions` and `covered`, but for
    namings and predicative roles (whose genitive owner goes too)."""
    arrays = doc_arrays(doc)
    words, lower = arrays.text, arrays.lower
    for i in range(len(words)):
        if i in covered or _no_head_mention(words, lower, i, lexicon):
            continue
        token = doc[i]
        if not (token.is_alpha or "-" in token.text or ":" in token.text):
            continue
        mention = _head_mention(doc, token, lexicon)
        if mention is None or any(i in covered for i in range(mention.first_token, token.i)):
            continue
        if in_naming_verb_name(doc, mention.first_token, lexicon):
            continue  # "heter Ljungbyns Skidklubb": a naming (§2.1; round 40)
        # a genitive is a predicative naming only inside a naming clause's name (round 45,
        # bi-C1): that test first, `is_predicative` is the dearer one
        may_name = not mention.genitive or in_naming_name(doc, mention.first_token, lexicon)
        if may_name and is_predicative(doc, mention.first_token, covered, lexicon):
            _drop_owner_of_role(mentions, covered, mention, lexicon)
            continue
        mention = _with_head_attributes(doc, mention, covered, lexicon)
        mentions.append(mention)
        covered.update({i: mention for i in range(mention.first_token, mention.last_token + 1)})


def _with_head_attributes(
    doc: Doc, mention: ActorMention, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> ActorMention:
    """A head mention widened by its name adjective (and a suspended prefix before it) and
    by a place name before it or after ``i``."""
    named = _with_name_adjective(doc, mention, lexicon)
    if named is not mention:
        named = _with_adjective_suspended_prefix(doc, named)
    mention = _with_place_name(doc, named, covered, lexicon)
    return _with_place_after_i(doc, mention, covered, lexicon)


def _without_false_senses(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The mentions but for head nouns read in a sense that names no actor (an activity, a
    service, a target group, a place, a field label …), and with acting group compounds."""
    mentions = _without_lone_coordinated_heads(doc, mentions, lexicon)
    mentions = _without_idle_activity_units(doc, mentions, lexicon)
    mentions = _without_idle_service_units(doc, mentions, lexicon)
    mentions = _without_collection_services(doc, mentions, lexicon)
    mentions = _without_bare_services(doc, mentions, lexicon)
    mentions = _without_target_groups(doc, mentions, lexicon)
    mentions = _without_activity_senses(doc, mentions, lexicon)
    mentions = _without_unowned_heads(doc, mentions, lexicon)
    mentions = without_place_senses(doc, mentions, lexicon)
    mentions = [m for m in mentions if not _body_noun_field_label(doc, m)]  # round 39, B7
    mentions = [m for m in mentions if not _in_form_name(doc, m, lexicon)]  # round 40, aw-A5
    mentions = [m for m in mentions if not _size_of_body(doc, m, lexicon)]  # round 51, L
    mentions = [m for m in mentions if not _plural_homograph(doc, m)]  # round 55, ci-M1
    return mentions + _acting_group_compounds(doc, mentions, lexicon)


def _plural_homograph(doc: Doc, mention: ActorMention) -> bool:
    """``Våra grundvärden``, ``Dessa basvärden``, ``tre riktvärden``: a head read in its
    definite singular (``-värden``: ``värd``) after a plural determiner, a plural possessive
    or a spelled-out numeral above one is another noun's plural (``värde``), no actor: a
    definite singular takes no plural determiner (round 55, analysis 55-ci M1)."""
    if mention.source != "lexicon" or mention.plural:
        return False
    token = doc[mention.last_token]
    if not token.n_lefts:
        return False  # no word before it in its phrase: no determiner (the common case)
    base = mention.canonical.rsplit(" ", 1)[-1]
    if token.lower_[len(commonprefix([token.lower_, base])) :] not in DEFINITE_SINGULAR_ENDINGS:
        return False
    return any(
        _plural_determiner(child)
        and all(t.pos_ in _NOUN_PHRASE_MODIFIER_POS for t in doc[child.i + 1 : token.i])
        for child in token.children
        if child.i < token.i
    )


# What may stand between a determiner and its noun (``dessa tre viktiga grundvärden``); a
# preposition does not (``två av nämnden``: a partitive).
_NOUN_PHRASE_MODIFIER_POS = frozenset({"ADJ", "NUM", "ADV", "DET"})


def _plural_determiner(token: Token) -> bool:
    """A determiner or possessive in the plural (``dessa``, ``alla``, ``våra``) or a
    spelled-out numeral above one (``tre``; a digit may be a section number)."""
    if token.dep_ == "nummod":
        return token.is_alpha and token.lower_ not in GRAMMAR.indefinite_articles
    return token.dep_ in {"det", "nmod:poss"} and token.pos_ in {"DET", "PRON"} and (
        "Plur" in morph_values(token, "Number")
    )


def _size_of_body(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``en arbetsgrupp om fyra personer``: a `size_heads` plural after `size_prepositions`
    and a numeral counts a body's members, no actor (round 51, analysis 51-w50y L)."""
    first = mention.first_token
    return (
        mention.head in lexicon.size_heads
        and mention.plural
        and first > 1
        and doc[first - 1].pos_ == "NUM"
        and doc[first - 2].lower_ in lexicon.size_prepositions
    )


def _with_agent_nouns(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The mentions and, after them, the agent nouns no mention covers that name no role."""
    covered = {i: m for m in mentions for i in range(m.first_token, m.last_token + 1)}
    slashed = "/" in doc_text(doc)  # `_slashed_agent_noun` needs a "/" token
    arrays = doc_arrays(doc)
    pos, dep = arrays.pos, arrays.dep
    for i in range(len(doc)):
        capitalised_subject = pos[i] in _CAPITALISED_NOUN_TAGS and (
            dep[i] == "nsubj" or _subject_by_order(doc[i], covered)
        )
        if i in covered or (pos[i] != "NOUN" and not slashed and not capitalised_subject):
            continue  # `_is_agent_noun` wants a noun: no `Token` made for other words
        token = doc[i]
        if pos[i] == "NOUN" or slashed:
            agent = _is_agent_noun(token, lexicon) or (
                slashed and _slashed_agent_noun(doc, token, covered, lexicon)
            )
            if agent and not is_predicative(doc, token.i, covered, lexicon):
                mentions.append(_agent_noun_mention(token))
                continue
        role = _role_noun(token, lexicon, covered)
        if role and not is_predicative(doc, token.i, covered, lexicon):
            mentions.append(_word_mention(token, role, "övrig"))
    return mentions


# The tags the parser gives an unknown noun capitalised at a sentence's start (`Mentorn`).
_CAPITALISED_NOUN_TAGS = frozenset({"PROPN", "ADV"})


def _role_noun(
    token: Token, lexicon: ActorLexicon, covered: Mapping[int, ActorMention]
) -> str | None:
    """The singular of a role noun outside the lexicon that carries no agentive suffix
    (`ActorLexicon.role_noun`: `notarie`, `psykolog`, `veterinär`, `lots`), as the subject
    of an active verb or verb group or a conjunct of one: an actor `övrig` (round 53, new-user
    trials; issue #10 item 1). Never an object, a prepositional phrase or a passive's subject;
    a capitalised word the parser made a name or an adverb only at the sentence's start, or
    where the word order alone makes it a subject (`_subject_by_order`)."""
    if not token.is_alpha or len(token.text) < 5:
        return None
    by_order = _subject_by_order(token, covered)
    if _conjunct_root(token).dep_ != "nsubj" and not by_order:
        return None
    if token.pos_ != "NOUN" and not (token.i == 0 or token.is_sent_start or by_order):
        return None  # a capital inside a sentence: a name
    if _presented_as_organisation(token, lexicon):
        return None  # "Norrvakten är en statlig myndighet": a name, not a guard
    return lexicon.role_noun(token.lower_, (token.lemma_ or token.text).lower())


def _presented_as_organisation(token: Token, lexicon: ActorLexicon) -> bool:
    """The subject of a copula whose predicative is an organisation or agency noun: no
    person or role (`short_names._presented_name` reads it as the page's own name)."""
    head = token.head
    if token.dep_ != "nsubj" or head.pos_ != "NOUN":
        return False
    if not any(child.dep_ == "cop" for child in head.children):
        return False
    analysis = lexicon.analyse(head.lower_)
    return analysis is not None and analysis[1].category in {"organisation", "extern"}


def _subject_by_order(token: Token, covered: Mapping[int, ActorMention]) -> bool:
    """Round 53 r5 (newuser53b fault 10), where the parser misreads an unknown capitalised
    noun: right after a finite modal that a fronted constituent precedes (V2, the subject
    inverted: ``Vid förfall ska Notarien …``), or after a coordinator that joins it to an
    actor before it with a finite modal or verb right after it (``Kanslichefen och Notarien
    ska …``): the word order makes it the clause's subject (or a conjunct of it)."""
    doc, i = token.doc, token.i
    if i < 2 or i + 1 >= len(doc):
        return False
    before = doc[i - 1]
    if before.lower_ in GRAMMAR.modals:
        return not before.is_sent_start and not doc[i - 2].is_punct
    after = doc[i + 1]
    return (
        before.lower_ in GRAMMAR.coordinators
        and (i - 2) in covered
        and (after.lower_ in GRAMMAR.modals or "Fin" in morph_values(after, "VerbForm"))
    )


def _with_implied_mentions(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The mentions with elided and distributed heads, cleft and agent names and acronym
    owners added, in text order."""
    mentions = _with_elided_heads(doc, mentions, lexicon)
    mentions = _with_distributed_heads(doc, mentions, lexicon)
    taken = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    mentions += _cleft_and_agent_names(doc, taken, lexicon)  # round 38, B9/C3
    mentions += _acronym_owners(doc, mentions, lexicon)  # round 42, ba cause 15
    mentions.sort(key=lambda m: m.start)
    return mentions


def _with_joined_parts(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The mentions with split compounds, gapped parts, chart names, genitive heads and
    owners joined, and label adjectives dropped."""
    mentions = with_split_owner_compounds(doc, mentions, lexicon)
    mentions = with_gapped_slash_parts(doc, mentions, lexicon)  # round 32, D8
    mentions = with_gapped_actor_parts(doc, mentions, lexicon)  # round 40, ax cause 12
    mentions = with_chart_names(doc, mentions, lexicon)  # round 34, C5
    mentions = _owner_after(doc, _merge_genitive_heads(doc, mentions, lexicon), lexicon)
    return [_without_label_adjective(doc, m, lexicon) for m in mentions]  # r41, r-C11


def _without_labels(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """The mentions (acronyms attached, possessors without -s) but for codes, field and part
    labels, titles of names, regions as places and unit names."""
    actor_tokens = {m.last_token for m in mentions}
    return [
        _possessor_without_s(doc, _heading_task_name(doc, m, actor_tokens))
        for m in _with_acronyms(doc, mentions, lexicon)
        if not _register_code(doc, m)
        and not _lost_number_code(doc, m, lexicon)
        and not _bracketed_decision_code(doc, m)
        and not _field_label(doc, m, lexicon)
        and not _part_label(doc, m, lexicon)
        and not _title_of_name(doc, m, lexicon)
        and not _region_as_place(doc, m, actor_tokens)
        and not _adjectival_label(doc, m, lexicon)
        and not _statute_field_label(doc, m, lexicon)
        and not _unit_name(doc, m, lexicon)
    ]


def _without_label_adjective(
    doc: Doc, mention: ActorMention, lexicon: ActorLexicon
) -> ActorMention:
    """``… 2029/14 Ansvarig tjänsteman: Eva Lund``: a capitalised `label_adjectives` word
    the tagger read as a name inside a line, before a head and its colon (or a person's
    name: a label row without colons), opens a field label (round 20, C4): the mention is
    the bare head, as at a line's start (round 41, r-C11; `_field_label` and
    `_person_value` then decide on it)."""
    first, head = doc[mention.first_token], doc[mention.last_token]
    if mention.last_token != mention.first_token + 1 or not first.text[:1].isupper():
        return mention
    if first.lower_ not in lexicon.label_adjectives or mention.canonical == mention.head:
        return mention
    after = head.i + 1
    if after >= len(doc):
        return mention
    if doc[after].text != ":" and not _personal_name(doc[after : after + 2], lexicon):
        return mention  # a colon or, in a label row, the person's name follows
    return replace(
        mention,
        start=head.idx,
        text=head.text,
        canonical=mention.head,
        first_token=head.i,
    )


def _adjectival_label(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Dokumentansvarig: Förvaltningschefen``: a nominalised adjective right before a
    colon is a field's label, its value the actor (round 36, C1); before a personal name it
    is the person's role (``Dokumentansvarig: Eva Holm``, like ``Ansvarig tjänsteman:``)."""
    after = mention.last_token + 1
    return (
        mention.head in lexicon.adjectival_heads
        and after < len(doc)
        and doc[after].text == ":"
        and not _person_value(doc, mention, after + 1, lexicon)
    )


def _region_as_place(doc: Doc, mention: ActorMention, actor_tokens: set[int]) -> bool:
    """``Verksamheten bedrivs i Mälardalsregionen``: a one-word capitalised ``-regionen``
    name after a locative ``i``/``inom`` that no actor noun governs names a place (round 36,
    C6); ``ledamot i Skärgårdsregionen`` keeps the organisation."""
    if mention.source == "lexicon" or mention.first_token != mention.last_token:
        return False
    if not mention.text.lower().endswith(REGION_NAME_END) or mention.first_token < 1:
        return False
    position = mention.first_token - 1
    while position > 0 and (
        doc[position].lower_ in {"och", "eller", "samt", ","}
        or doc[position].text.endswith("-")
        or doc[position].lower_.endswith(REGION_NAME_END)
    ):
        position -= 1  # "från Malmö- och Lundaregionen": a gapped first conjunct (round 37)
    preposition = doc[position]
    if preposition.lower_ not in {"i", "inom", "från"}:
        return False
    origin = position > 0 and doc[position - 1].pos_ in {"VERB", "AUX"}
    if preposition.lower_ == "från" and not origin:
        return False  # "kommer från Ekbyregionen": the origin, a place (round 37, ar-C7);
        # "uppdrag från Ekbyregionen": the organisation
    return preposition.i - 1 not in actor_tokens


COPULA_FORMS = frozenset({"är", "var"})


def _title_of_name(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``kanslirådet Eva Berg``, ``servicechefen Per Holm``: a title or rank right before a
    personal name (two capitalised words, no actor word) is part of the name, no actor
    (round 36, C6; docs/annotation.md §2.5)."""
    rank = mention.category in PERSON_CATEGORIES or (
        mention.head == "råd" and mention.canonical != mention.head
    )
    if not (rank and mention.text[:1].islower() and mention.source == "lexicon"):
        return False  # the mention's own fields first: every veto below answers no (perf57b)
    if mention.genitive:
        return False
    name = doc[mention.last_token + 1 : mention.last_token + 3]
    if _acting_title(doc, mention.first_token, mention.last_token, lexicon):
        return False
    if _after_acting_titled_name(doc, mention.first_token, lexicon):
        return False  # "Kanslichef Eva Ek och ekonomichef Lars Ek ska …" (w58a H): its series
    return _personal_name(name, lexicon)  # "Ordförande Per Lind": a signature label (§1)


def _acting_title(doc: Doc, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """The title at `first`..`last` before a personal name names the statement's actor: a
    passive's agent, the subject after a copula or a speech verb, an inverted V2 subject, a
    label row's role."""
    before = doc[first - 1].lower_ if first > 0 else ""
    if before == "av" or doc[last].dep_ in AGENT_DEPS:
        return True  # "fattas av rektorn Anna Ek": the statement's actor keeps the role
    if before in COPULA_FORMS:
        return True  # "Närmaste chef för X är servicechefen Eva Berg": the subject (round 9)
    if before in GRAMMAR.speech_verbs:
        return True  # "…, säger ekonomichefen Klas Berg": the frame's subject (gen57 C, t12)
    if _inverted_after_fronted_adverbial(doc, first):
        return True  # "I maj tillträdde förvaltningschef Eva Berg tjänsten": the subject
    # "Ansvarig tjänsteman Eva Lund": a label row's role (round 41, r-C11)
    return before in lexicon.label_adjectives and doc[first - 1].text[:1].isupper()


# The most words of a personal name between two titles of a series.
_SERIES_NAME_WORDS = 3


def _after_acting_titled_name(doc: Doc, first: int, lexicon: ActorLexicon) -> bool:
    """``av ordförande Per Holm och vice ordförande Eva Ek``, ``Kanslichef Eva Ek och
    ekonomichef Lars Ek ska …`` (w58a H): a title after a coordinator (or a comma) and the
    personal name of an earlier title is a conjunct of that title, and names an actor where
    the earlier one does (`_acting_title`, or opening the sentence capitalised)."""
    joint = first - 1
    if joint < 2 or (doc[joint].lower_ not in GRAMMAR.coordinators and doc[joint].text != ","):
        return False
    start = joint
    while (
        start - 1 > 0
        and joint - start < _SERIES_NAME_WORDS
        and doc[start - 1].is_alpha
        and doc[start - 1].text[:1].isupper()
        and not doc[start - 1].is_upper
        and lexicon.analyse(doc[start - 1].text) is None
    ):
        start -= 1
    title = start - 1
    if start == joint or lexicon.analyse(doc[title].text) is None:
        return False
    opening = title
    while opening > 0 and doc[opening - 1].lower_ in lexicon.deputy_titles:
        opening -= 1  # "vice ordförande Per Holm och …"
    if opening == sentence_start(doc[title]):
        return True  # "Kanslichef Eva Ek och …": the subject opens the sentence
    return _acting_title(doc, opening, title, lexicon) or _after_acting_titled_name(
        doc, opening, lexicon
    )


def _inverted_after_fronted_adverbial(doc: Doc, first: int) -> bool:
    """``Den 1 juni började stadsarkitekt Anna Berg arbeta``, ``…, och i maj tillträdde
    förvaltningschef Eva Berg tjänsten``: a word right after a finite verb that a fronted
    adverbial precedes (V2) is the inverted subject, whatever the parser links. The
    adverbial opens the sentence or the clause after a coordinator (`clause_coordinators`)
    and is a preposition's or an adverb's phrase or a time phrase (``Den 1 juni``) with no
    finite verb (analysis57-co C7). ``Nämnden anställde förvaltningschef Eva Berg`` (a
    subject first) and ``I maj anställde kommunen …`` (a word between) have none."""
    verb = first - 1
    if verb < 1 or not is_finite(doc[verb]):
        return False
    start = sentence_start(doc[verb])
    opening = verb
    while opening > start and doc[opening - 1].lower_ not in GRAMMAR.clause_coordinators:
        opening -= 1
    phrase = doc[opening:verb]
    if not phrase or any(is_finite(t) or t.text == "," for t in phrase):
        return False
    if phrase[0].pos_ in {"ADP", "ADV"}:
        return True
    return any(is_time_noun(t) or _date_number(t) for t in phrase) and all(
        t.pos_ in _TIME_WORD_TAGS for t in phrase
    )


def _date_number(token: Token) -> bool:
    """A number before a month name (``1 juni``; `perfect_date_words`)."""
    after = token.i + 1
    return token.like_num and after < len(token.doc) and (
        token.doc[after].lower_ in GRAMMAR.perfect_date_words
    )


_TIME_WORD_TAGS = frozenset({"DET", "NUM", "ADJ", "NOUN"})
ROMAN_NUMERAL = re.compile(rf"{ROMAN}[.:]?")


def _part_label(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``AVDELNING II Uppgifter``, ``Avdelning III``: a part label's word (`part_label_words`)
    in the base form before a Roman numeral labels a part of the document, no unit (round
    34, cause C6)."""
    token = doc[mention.first_token]
    after = token.i + 1
    if after >= len(doc):
        return False
    # `KAPITEL 4` in capitals also with an Arabic numeral (round 34, cause S2: PART_LABEL)
    return (
        token.lower_ in lexicon.part_label_words
        and not token.is_lower
        and ROMAN_NUMERAL.fullmatch(doc[after].text) is not None
    ) or bool(PART_LABEL.fullmatch(f"{token.text} {doc[after].text}"))


def _with_place_name(
    doc: Doc, mention: ActorMention, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> ActorMention:
    """``Patientnämnden Ekdalen``, ``Revisionskontoret Norrdal granskar``: a capitalised body
    noun in the definite with one capitalised word after it that is no actor word, no field
    label or cover word, and ends the phrase (a verb, a function word or a closing mark follows) is
    one name, canonical as written in lower case, like ``Landstinget <Name>`` (round 29,
    cause C4); not a plural's list of members' places."""
    token = doc[mention.last_token]
    place = token.i + 1
    if (
        mention.genitive
        or mention.plural  # "Kommunerna Ekby, Norrby och Västby": the members, a list
        or mention.first_token != mention.last_token
        or not token.is_title
        or mention.category in PERSON_CATEGORIES
        or token.lower_ == mention.canonical
        or place + 1 >= len(doc)
        or place in covered
    ):
        return mention
    word, after = doc[place], doc[place + 1]
    if (
        not word.is_title
        or word.is_sent_start
        or word.pos_ not in {"PROPN", "NOUN"}
        or word.lower_ in lexicon.cover_words
        or word.lower_ in _one_word_labels()
        or lexicon.analyse(word.text) is not None
        or not (_closes_phrase(after) or after.text in {".", ",", ";", ")"})
        or _place_list(doc, place)
    ):
        return mention
    span = doc[token.i : place + 1]
    return replace(
        mention,
        end=span.end_char,
        text=span.text,
        canonical=span.text.lower(),
        last_token=place,
        source="name",
    )


def _with_place_after_i(
    doc: Doc, mention: ActorMention, covered: dict[int, ActorMention], lexicon: ActorLexicon
) -> ActorMention:
    """``Teknologföreningen i Norrvik``, ``Idrottsklubben i Västerbys räkenskaper``: a
    capitalised definite compound of an association head (`association_name_heads`, not a
    municipal one: `association_name_excluded_parts`) with ``i`` and one capitalised place word
    that is no actor word after it is the association's full name, canonical as written in
    lower case; an ``s`` on the place before a noun is the whole name's genitive (round 47,
    analysis 47-bo A4; docs/annotation.md §2.2). Not the bare kind (``Föreningen i Ekby``),
    a board (``Styrelsen i Ekby``) or a lower-case ``föreningen i Ekby``."""
    token = doc[mention.last_token]
    place = token.i + 2
    if (
        place >= len(doc)
        or doc[token.i + 1].lower_ != "i"
        or not _definite_association(mention, token, lexicon)
        or place in covered
    ):
        return mention
    word = doc[place]
    if (
        not word.is_title
        or not word.is_alpha
        or word.pos_ not in {"PROPN", "NOUN", "ADJ"}
        or lexicon.analyse(word.text) is not None
    ):
        return mention
    kind = _place_kind_after(doc, place, lexicon)
    if kind is not None:  # "i Norrdals län", "i Ekby kommun": the place's own name (round 54)
        place, word = kind, doc[kind]
    after = doc[place + 1] if place + 1 < len(doc) else None
    genitive = word.lower_.endswith("s") and after is not None and after.pos_ == "NOUN"
    written = doc[token.i + 2 : place + 1].text.lower()
    name = f"{token.lower_} i {written.removesuffix('s') if genitive else written}"
    # round 49 (az R2): `Missionsförsamlingen i Ekby` names the congregation, not an assembly
    assembly = mention.role == "assembly"
    return replace(
        mention,
        end=word.idx + len(word.text),
        text=doc[token.i : place + 1].text,
        canonical=name,
        last_token=place,
        source="name",
        genitive=genitive,
        category="organisation" if assembly else mention.category,
        role="organisation" if assembly else mention.role,
    )


def _place_kind_after(doc: Doc, place: int, lexicon: ActorLexicon) -> int | None:
    """The index of a place kind noun (`place_name_kinds`) that makes the place word before
    it a place's name with it: after a genitive (``Norrdals län``) or a bare name (``Ekby
    kommun``); None when none follows."""
    kind = place + 1
    if kind >= len(doc) or not doc[kind].is_lower:
        return None
    if doc[kind].lower_.removesuffix("s") not in lexicon.place_name_kinds:
        return None
    return kind


def _definite_association(mention: ActorMention, token: Token, lexicon: ActorLexicon) -> bool:
    """A capitalised (not ALL-CAPS) definite singular compound of an association head."""
    canonical = mention.canonical
    head = next((h for h in lexicon.association_name_heads if canonical.endswith(h)), None)
    return (
        head is not None
        and len(canonical) > len(head)
        and mention.first_token == mention.last_token
        and not mention.genitive
        and not mention.plural
        and token.is_title
        and token.lower_ in {canonical + ending for ending in DEFINITE_SINGULAR_ENDINGS}
        and not canonical.startswith(lexicon.association_name_excluded_parts)
    )


def _closes_phrase(token: Token) -> bool:
    """A lower-case word after a name that is no word of a longer name (``Fjärde
    storstadsregionen``): a verb, a preposition, a conjunction or an adverb."""
    return token.is_lower and token.pos_ not in {"NOUN", "ADJ", "PROPN", "NUM"}


def _place_list(doc: Doc, place: int) -> bool:
    """``Nämnden Ekby, Norrby och …``: a comma and another capitalised word after the place
    make a list of places, no name."""
    return place + 2 < len(doc) and doc[place + 1].text == "," and doc[place + 2].is_title


def _acting_group_compounds(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``Temagruppen föreslår ändringar``, ``Strategigrupp ett bereder …``: a ``-grupp``
    compound the lexicon reads as a category is a body as the subject of an agentive verb or
    with a numeral name (pipeline/nlp/group_bodies.py; round 21, cause C4)."""
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    found = []
    words, tokens = doc_arrays(doc).text, doc_tokens(doc)
    for i in range(len(doc)):
        if i in covered or not words[i].isalpha():
            continue  # `group_compound` reads alphabetic words only: no `Token` made here
        token = tokens[i]
        group = group_compound(token, lexicon)
        if group is None or group.canonical in lexicon.category_groups:
            continue
        if lexicon.classifying_group_part(group.canonical.removesuffix(group.head.head)):
            continue  # "diagnosgrupperna": a category (round 34, cause C1)
        last = None if group.plural else numeral_name_end(doc, token, group.canonical)
        if last is None and not (_agentive_subject(token, lexicon) or named_item_subject(token)):
            continue  # round 52 (z-C2): ``Lokalgrupp - omfattar …`` names a body, any verb
        last = token.i if last is None else last
        canonical = " ".join([group.canonical, *(t.lower_ for t in doc[token.i + 1 : last + 1])])
        found.append(
            ActorMention(
                token.idx,
                doc[last].idx + len(doc[last].text),
                doc[token.i : last + 1].text,
                canonical,
                group.head.category,
                group.head.head,
                token.i,
                last,
                role=group.head.role,
                plural=group.plural,
            )
        )
    return found


def _possessor_without_s(doc: Doc, mention: ActorMention) -> ActorMention:
    """``Nämnden uppdrag är att …``: an actor right before a task noun that a verb follows
    owns the noun, a genitive with its -s left out; it is read as ``Nämndens uppdrag``
    (`possessed_task_nouns`)."""
    after = mention.last_token + 1
    owner = (
        not mention.genitive
        and after + 1 < len(doc)
        and doc[after].lower_ in GRAMMAR.possessed_task_nouns
        and doc[after + 1].pos_ in {"VERB", "AUX"}
    )
    return replace(mention, genitive=True) if owner else mention


def _with_elided_heads(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``Förste och andre vice ordförande``: an ordinal (`elided_name_adjectives`) before a
    coordinated one that has the head is a mention of its own, the head elided; each ordinal
    may bring its own article (``en förste och en andre revisorssuppleant``, round 13,
    analysis 12 cause 10). A slash links like ``och``, and a title adjective elides the head
    as an ordinal does (``biträdande/ställföreträdande rektor``, round 43, be-C3); the
    elided word's own mention (``tillförordnad`` as a person) gives way."""
    added = []
    for mention in mentions:
        first_word = mention.canonical.split(" ")[0]
        start = mention.first_token
        while start >= 1 and doc[start - 1].pos_ == "DET":
            start -= 1  # the second ordinal's article
        modifier = _modifier_of(mention, lexicon)
        if not (_elided_adjective(first_word, lexicon) or modifier) or start < 2:
            continue
        ordinal, link = doc[start - 2], doc[start - 1]
        if modifier:
            if ordinal.lower_ in modifier and _links(link) and link.text != ",":
                added.append(_elided_modified_head(mention, ordinal, modifier))
            continue
        word = _weak_ordinal(ordinal.lower_, mention.canonical[len(first_word) + 1 :], lexicon)
        if not (word or _elided_adjective(ordinal.lower_, lexicon)):
            continue
        if not _links_elided(ordinal, link, lexicon):
            continue
        word = word or lexicon.name_adjectives.get(ordinal.lower_, ordinal.lower_)  # tillförordnade
        canonical = word + mention.canonical[len(first_word) :]
        added.append(on_token(mention, ordinal, canonical=canonical))
    elided = {m.first_token for m in added}
    kept = [m for m in mentions if not (m.first_token == m.last_token and m.first_token in elided)]
    return kept + added


def _elided_modified_head(
    mention: ActorMention, adjective: Token, modifiers: dict[str, str]
) -> ActorMention:
    """``fysiska`` in ``fysiska och juridiska personer``: ``fysisk person``, the category
    the adjective gives the head."""
    category = modifiers[adjective.lower_]
    canonical = f"{adjective_lemma(adjective.lower_)} {mention.canonical.split(' ')[-1]}"
    role = CATEGORY_ROLES.get(category, "other")
    return on_token(mention, adjective, canonical=canonical, category=category, role=role)


def _modifier_of(mention: ActorMention, lexicon: ActorLexicon) -> dict[str, str]:
    """The listed adjectives of a modified head (`modified_heads`) when the mention is one
    such adjective + its head (``juridiska personer``), else empty: a listed adjective of
    the same head before ``och``/``eller`` elides the head (round 44, analysis 44-bh A3)."""
    words = mention.canonical.split(" ")
    modifiers = lexicon.modified_heads.get(words[-1], {}) if len(words) == 2 else {}
    return modifiers if words[0] in modifiers else {}


def _weak_ordinal(word: str, canonical: str, lexicon: ActorLexicon) -> str | None:
    """``första``/``andra`` before ``vice`` + a title are the title's ordinals, written as
    ``förste``/``andre`` (round 53, r4; `weak_ordinals`); before another head they count or
    mean "other" (``andra nämnder``): None. No chair is checked: ``vice`` is a deputy's
    title and stands only before an office (configs/actors.yaml `deputy_titles`), and the
    ordinals rank the deputies of any office (``förste vice ordförande``, ``andre vice
    talman``, ``förste vice verkställande direktör``; review 53b S6)."""
    return lexicon.weak_ordinals.get(word) if canonical.startswith("vice ") else None


def _elided_adjective(word: str, lexicon: ActorLexicon) -> bool:
    return word in lexicon.elided_name_adjectives or word in lexicon.elided_title_adjectives


def _links_elided(adjective: Token, link: Token, lexicon: ActorLexicon) -> bool:
    """A slash or a coordinator links an elided adjective; a comma only an ordinal
    (``förste, andre``): ``tillförordnad, biträdande rektor`` may be a predicative and a
    new phrase."""
    if link.text == "/":
        return True
    return _links(link) and (link.text != "," or adjective.lower_ in lexicon.elided_name_adjectives)


def _with_distributed_heads(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``Norrby, Söderby och Västerby kommuner``, ``Norrby- och Söderbykommun``: an organisation
    head (role `organisation` of the head table) shared by coordinated proper names is one
    actor per name, canonical ``<name> <head>`` (round 15, analysis-15 cause 8)."""
    named = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    result = []
    for mention in mentions:
        result += _distributed(doc, mention, lexicon, named) or [mention]
    return result


def _distributed(
    doc: Doc, mention: ActorMention, lexicon: ActorLexicon, named: set[int]
) -> list[ActorMention]:
    analysis = lexicon.analyse(doc[mention.last_token].lower_)
    if analysis is None or analysis[1].role != "organisation":
        return []
    head = analysis[1].head
    if mention.first_token < mention.last_token:
        return _hyphen_gapped(doc, mention, head) or _gapped_before(doc, mention, lexicon, named)
    if not mention.plural or mention.canonical != head:
        return []
    # "Åby-, Berga- och Cedra kommuner": gapped names may come first (round 49, 49-r P3)
    names = _coordinated_names(doc, mention.first_token - 1, lexicon, named, gapped=True)
    if len(names) < 2 or names[-1].text.endswith("-"):
        return []
    last = names[-1]
    shared = replace(
        mention,
        start=last.idx,
        text=doc.text[last.idx : mention.end],
        first_token=last.i,
        canonical=f"{last.text.lower()} {head}",
        plural=False,
    )
    others = [
        on_token(mention, name, canonical=f"{_name_stem(name).lower()} {head}", plural=False)
        for name in names[:-1]
    ]
    return [*others, shared]


def _gapped_before(
    doc: Doc, mention: ActorMention, lexicon: ActorLexicon, named: set[int]
) -> list[ActorMention]:
    """``Ekeby-, Tallnäs- samt Granviks kommun``: names with the gap hyphen coordinated
    before a name + head share its head, one actor each (round 41, analyst r cause C2b), also
    mixed with bare names and genitives once one has the hyphen (round 49, 49-r P3); so do
    genitive names before a genitive name + head (``Ekbys eller Åbys kommun``, round 47)."""
    first = mention.first_token
    if mention.last_token - first != 1 or first < 2 or not _links(doc[first - 1]):
        return []
    names = _coordinated_names(doc, first - 2, lexicon, named, gapped=True)
    if any(name.text.endswith("-") for name in names):
        # "Ekeby-, Tallnäs- samt Granviks kommun"; round 49 (49-r P3): a gap hyphen proves
        # the head shared also among bare names and genitives ("Åsby-, Berga, Laxå samt
        # Tuves kommuner")
        stems = [_name_stem(name) for name in names]
    elif _genitive_series(names, doc[first]) or _bare_name_series(doc, names, mention, lexicon):
        stems = [name.text for name in names]
    else:
        return []
    head = mention.canonical.split(" ")[-1]
    others = [
        on_token(mention, name, canonical=f"{stem.lower()} {head}", plural=False)
        for name, stem in zip(names, stems, strict=True)
    ]
    return [*others, mention]


def _bare_name_series(
    doc: Doc, names: list[Token], mention: ActorMention, lexicon: ActorLexicon
) -> bool:
    """``Ekby, Åby och Norrby kommun``: capitalised bare names coordinated before a name and
    a singular `shared_singular_heads` noun share it (round 52, ruling h2); a lower-case word
    in the series (``länsstyrelsen, Åby och Norrby kommun``) stops the sharing, and so does
    a name in ``-s`` before the head after names without it (``Ekby och Åbys kommun``: the
    genitive of round 47 proves nothing shared unless every name has it); the last name is
    joined by a coordinator (``Delegationsordning, Sörby kommun``: a heading's fields). One
    bare name before the coordinator shares it only where it reads as a place
    (`_shares_as_place`): ``Telia och Norrby kommun`` names a company and a municipality
    (review 52b M3)."""
    last = doc[mention.first_token].lower_
    head = doc[mention.last_token].lower_
    return (
        bool(names)
        and doc[mention.first_token - 1].lower_ in GRAMMAR.noun_phrase_coordinators
        and head in lexicon.shared_singular_heads
        and not (names[0].i >= 2 and _links(doc[names[0].i - 1]))
        and not (last.endswith("s") and any(not n.lower_.endswith("s") for n in names))
        and (len(names) > 1 or _shares_as_place(doc, names[0], head, lexicon))
    )


def _shares_as_place(doc: Doc, name: Token, head: str, lexicon: ActorLexicon) -> bool:
    """One bare name before ``och <Name> kommun`` is a place sharing the head where it ends
    in a place name's last part (`place_name_endings`: ``Hedby``) or the clause writes it with
    the head (`_written_with_head`)."""
    ending = lexicon.place_name_endings and name.lower_.endswith(lexicon.place_name_endings)
    return bool(ending) or _written_with_head(doc, name, head)


def _written_with_head(doc: Doc, name: Token, head: str) -> bool:
    """The clause writes `name` right before `head` elsewhere (``Ekby kommun``)."""
    return any(
        token.text == name.text and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == head
        for token in doc
        if token.i != name.i
    )


def _name_stem(name: Token) -> str:
    """A coordinated place name less its gap hyphen (``Ekeby-`` → ``Ekeby``); a bare name
    or a genitive as written."""
    return name.text[:-1] if name.text.endswith("-") else name.text


def _genitive_series(names: list[Token], last: Token) -> bool:
    """``Ekbys, Åbys eller Norrbys kommun``: every coordinated name and the name before the
    head in the genitive proves the head shared, as the gap hyphen does (round 47, 47-bo A6;
    §2.2 round 41); the genitive ``-s`` stays in the canonical as written."""
    return (
        bool(names)
        and last.text.endswith("s")
        and all(len(name.text) > 2 and name.text.endswith("s") for name in names)
    )


def _coordinated_names(
    doc: Doc, end: int, lexicon: ActorLexicon, named: set[int], *, gapped: bool = False
) -> list[Token]:
    """The proper names ``Norrby, Söderby och Västerby`` ending at token `end`, joined by
    commas and one coordinator, left to right; empty unless they end at a name. A name
    inside another actor's span has its own head (``Region Norrland samt Ekby och Västby
    kommuner``: round 29, C1) and ends the run."""
    names: list[Token] = []
    position = end
    while position >= 0 and position not in named and _place_name(doc[position], lexicon, gapped):
        names.insert(0, doc[position])
        if position < 1 or not _links(doc[position - 1]):
            break
        position -= 2
    return names


def _place_name(token: Token, lexicon: ActorLexicon, gapped: bool = False) -> bool:
    """``Norrby``, or where `gapped`, ``Ekeby-`` with the gap hyphen of a shared head before
    a ``<Name> kommun`` (round 41, r-C2b)."""
    hyphen = gapped and token.text.endswith("-") and len(token.text) > 2
    word = token.text[:-1] if hyphen else token.text
    return word.isalpha() and word[0].isupper() and lexicon.analyse(word.lower()) is None


def _hyphen_gapped(doc: Doc, mention: ActorMention, head: str) -> list[ActorMention]:
    """``Norrby- och Söderbykommun``: capitalised first parts ending in a hyphen, the last
    conjunct a compound of the head."""
    tokens = list(doc[mention.first_token : mention.last_token + 1])
    parts = [t for t in tokens[:-1] if t.text.endswith("-")]
    last = tokens[-1]
    links = [t for t in tokens[:-1] if not t.text.endswith("-")]
    gapped = (
        parts
        and all(t.text[0].isupper() and t.text[:-1].isalpha() for t in parts)
        and all(_links(t) for t in links)
        and last.text[0].isupper()
    )
    stem = _compound_stem(last.lower_, head)
    if not gapped or not stem:
        return []
    mentions = [
        on_token(mention, t, canonical=f"{t.text[:-1].lower()} {head}", plural=False) for t in parts
    ]
    shared = on_token(mention, last, canonical=f"{stem} {head}", plural=False)
    return [*mentions, replace(shared, genitive=mention.genitive)]


def _compound_stem(word: str, head: str) -> str | None:
    """``söderbykommun`` → ``söderby`` (any inflection of the head after it)."""
    position = word.rfind(head)
    return word[:position] if position > 0 else None


def on_tokens(mention: ActorMention, span: Span) -> ActorMention:
    """`mention`'s actor, mentioned again by the words of `span` (``TN AU``)."""
    return replace(
        mention,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        first_token=span.start,
        last_token=span.end - 1,
        genitive=False,
        short=False,
    )


def on_token(mention: ActorMention, token: Token, **changes: object) -> ActorMention:
    """`mention`'s actor, mentioned again by the one word `token`."""
    return replace(
        mention,
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        first_token=token.i,
        last_token=token.i,
        genitive=False,
        **changes,
    )


def _with_acronyms(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``ett utskott för miljöfrågor (UMF)``: an acronym in parentheses after an actor's
    phrase, opening with the actor's initial, is a mention of that actor (docs/annotation.md
    §2.2); a law's acronym (``enligt kommunallagen (KL)``) is not the actor's. Between
    commas right after the actor it is one too (``Ungdomsrådet, UR, ska …``; round 30,
    analysis-30 cause C2)."""
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    added: dict[int, ActorMention] = {}  # the acronym's token → its mention
    bracketed = "(" in doc_text(doc)  # the two parenthesis readings need a "(" (perf54c)
    for mention in list(mentions):
        group = _acronym_group_after(doc, mention) if bracketed else None
        if group is not None:  # "arbetsutskottet (TN AU)": one gloss (round 54, w54g)
            first, last = group
            mentions = [m for m in mentions if not first <= m.first_token <= last]
            added[first] = on_tokens(mention, doc[first : last + 1])
            continue
        opening = _parenthesis_after(doc, mention) if bracketed else None
        if opening is None:
            opening = _comma_acronym_after(doc, mention)
        if opening is None:
            opening = _dash_acronym_after(doc, mention)
        if opening is None:
            continue
        known = _lexicon_acronym(mentions, opening + 1)  # "(KF)" the lexicon reads otherwise
        if opening + 1 in covered and known is None:
            continue
        acronym = doc[opening + 1]
        task_named = _task_name(doc, mention, opening, lexicon)
        if task_named is not None:  # "Rådet för unga röster, RUR" (round 30, C3)
            mentions = [task_named if m is mention else m for m in mentions]
            mention = task_named
        adjective_named = None
        if acronym.text[0].lower() != mention.text[0].lower() or title_case_word(
            doc[mention.last_token]
        ):
            adjective_named = _adjective_name(doc, mention, acronym.text, covered, lexicon)
        if adjective_named is not None:
            mentions = [
                adjective_named if m is mention else m
                for m in mentions
                if not _inside(m, adjective_named)
            ]
            mention = adjective_named
        elif acronym.text[0].lower() != mention.text[0].lower():
            continue
        written = _place_adjective_as_written(doc, mention, acronym.text, lexicon)
        if written is not None:  # "Centrala styrelsen (CS)" → "centrala styrelsen"
            mentions = [written if m is mention else m for m in mentions]
            mention = written
        if known is not None and not _defines_name(mention, task_named, adjective_named):
            continue
        added[acronym.i] = on_token(mention, acronym, short=False)
        mentions = [m for m in mentions if m is not known]
    for mention in mentions:  # "KRu, Kultur- och fritidsutskottet – …" (round 50, bu R2)
        before = _leading_acronym_before(doc, mention)
        if before is not None and before not in covered and before not in added:
            added[before] = on_token(mention, doc[before], short=False)
    return sorted(mentions + list(added.values()), key=lambda m: m.start)


# A definition list's acronym: two to six letters, a capital first and at least two capitals
# in all ("IFU", "KRu", "SNu"; round 50, bu R2).
LEADING_ACRONYM = re.compile(r"(?=(?:[a-zåäö]*[A-ZÅÄÖ]){2})[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5}")


def _leading_acronym_before(doc: Doc, mention: ActorMention) -> int | None:
    """``KRu, Kultur- och fritidsutskottet – bereder …``: a definition-list line that opens
    with an acronym, a comma and a capitalised body, then a dash or the body's verb, defines
    the acronym as that body whether or not its letters are the name's initials (round 50,
    bu R2); a lower-case word after the comma (``SFI, svenska för invandrare, …``) is no
    body."""
    first = mention.first_token
    if first != 2 or doc[1].text != "," or not doc[first].text[:1].isupper():
        return None
    if mention.source == "name" or mention.plural or mention.genitive:
        return None
    if not LEADING_ACRONYM.fullmatch(doc[0].text):
        return None
    after = doc[mention.last_token + 1] if mention.last_token + 1 < len(doc) else None
    if after is None or not (after.text in _DASHES or after.pos_ in {"VERB", "AUX"}):
        return None
    return 0


def _place_adjective_as_written(
    doc: Doc, mention: ActorMention, acronym: str, lexicon: ActorLexicon
) -> ActorMention | None:
    """``Centrala styrelsen (CS)``: a body named by a `unit_place_adjectives` adjective whose
    initials with the body's spell the acronym keeps its canonical as written, like ``den
    nordiska styrelsen (NS)`` (round 49, R1; docs/annotation.md §2.1 round 33); without the
    acronym it is a name adjective (``Centrala styrelsen`` → ``central styrelse``)."""
    if mention.last_token != mention.first_token + 1:
        return None
    adjective = doc[mention.first_token]
    if lexicon.name_adjectives.get(adjective.lower_) not in lexicon.unit_place_adjectives:
        return None
    initials = adjective.lower_[0] + _initials(doc[mention.last_token], lexicon)
    if initials != acronym.lower():
        return None
    return replace(mention, canonical=mention.text.lower())


def _lexicon_acronym(mentions: list[ActorMention], index: int) -> ActorMention | None:
    """The one-word mention of an all-capitals acronym the lexicon knows (``KF`` →
    ``kommunfullmäktige``) at token `index`, or None."""
    for mention in mentions:
        if mention.first_token == index == mention.last_token and mention.text.isupper():
            return mention
    return None


def _defines_name(
    mention: ActorMention,
    task_named: ActorMention | None,
    adjective_named: ActorMention | None,
) -> bool:
    """A name whose initials an acronym in parentheses spells (``Kristna Samfundsförbundet
    (KS)``, a name of the name patterns) defines it for the document, over the lexicon's
    reading of the acronym (docs/annotation.md §2.5 round 42; round 44, analysis 44-bh N3);
    a lexicon body before it (``kommunstyrelsen (KS)``) keeps the lexicon's."""
    return task_named is not None or adjective_named is not None or mention.source == "name"


def _inside(mention: ActorMention, name: ActorMention) -> bool:
    """A mention the name's span swallows (``Kommunernas`` in ``Svenska Kommunernas
    Samverkansorganisation``), not the name's own head."""
    return mention.first_token >= name.first_token and mention.last_token < name.last_token


# The words before a body that its acronym's initials may take into one name (round 51,
# ruling y3: a place's genitive or a lower-case noun as well as an adjective).
_NAME_WORD_TAGS = frozenset({"ADJ", "NOUN", "PROPN"})


def _adjective_name(
    doc: Doc,
    mention: ActorMention,
    acronym: str,
    covered: set[int],
    lexicon: ActorLexicon | None = None,
) -> ActorMention | None:
    """``den nordiska styrelsen (NS)``: adjectives before a one-word body whose initials
    with the body's spell the acronym in parentheses after it make a name, one span
    (round 21, cause C6): canonical ``nordiska styrelsen``. A compound body gives the
    initials of its parts (``Nordiska seniorrådet (NSR)``: senior + råd; round 30, C2).
    Before a capitalised body, capitalised words of any kind, actors among them, make the
    name (``Svenska Kommunernas Samverkansorganisation (SKSO)``; round 42, ba cause 18).
    A place's genitive or other free nouns spell it too: ``Norrsunds studentkår (NSK)``,
    ``Västra hamnens samfällighetsförening (VHS)`` (round 51, ruling y3)."""
    if mention.first_token != mention.last_token:
        return None
    body = _initials(doc[mention.last_token], lexicon)
    capitalised = title_case_word(doc[mention.last_token])
    for letters in dict.fromkeys((body, body[:1])):
        count = len(acronym) - len(letters)
        first = mention.first_token - count
        if count < 1 or first < 0:
            continue
        words = doc[first : mention.last_token + 1]
        # "Nordiska Idrottens Samarbetsorganisationen (NISO)": capitalised words (round 42)
        named = capitalised and all(title_case_word(t) for t in words[:-1])
        free = not any(t.i in covered and t.i != mention.first_token for t in words[:-1])
        # "Norrsunds studentkår (NSK)": any free nouns and adjectives (round 51, ruling y3)
        if not named and not (free and all(t.pos_ in _NAME_WORD_TAGS for t in words[:-1])):
            continue
        if "".join(t.text[0] for t in words[:-1]).lower() + letters == acronym.lower():
            break
    else:
        return None
    return replace(
        mention,
        start=words[0].idx,
        text=words.text,
        canonical=_level_named(words, mention, lexicon) or words.text.lower(),
        first_token=first,
        genitive=False,
    )


def _level_named(words: Span, mention: ActorMention, lexicon: ActorLexicon | None) -> str | None:
    """``det kommunala funktionsrättsrådet (KFR)``: one level-of-government adjective
    (`_level_word`) spelling the acronym with the body makes the canonical the article-less
    name has, in the strong form (``kommunalt funktionsrättsråd``; docs/annotation.md §2.2
    round 30 C1; analysis 51-ak P3), not the weak form as written."""
    if lexicon is None or len(words) != 2:
        return None
    adjective = lexicon.name_adjectives.get(words[0].lower_)
    if adjective is None or not _level_word(adjective, lexicon):
        return None
    if mention.head in lexicon.neuter_heads:
        adjective = neuter_adjective(adjective)
    return f"{adjective} {mention.canonical}"


def _initials(token: Token, lexicon: ActorLexicon | None) -> str:
    """``seniorrådet`` → ``sr``: the initials of a compound's parts by the lexicon's split
    (first part, head); one initial for a simple word."""
    analysis = lexicon.analyse(token.lower_) if lexicon is not None else None
    head = analysis[1].head if analysis is not None else ""
    if head and analysis[0].endswith(head) and len(analysis[0]) > len(head):
        return token.lower_[0] + head[0]
    return token.lower_[0]


def _task_name(
    doc: Doc, mention: ActorMention, opening: int, lexicon: ActorLexicon
) -> ActorMention | None:
    """``Rådet för unga röster, RUR``, ``Rådet för delaktighet (RFD)``: a definite body noun
    with a ``för`` attribute followed by its own acronym (the initials of all its words or
    of its content words) is a name, one span, canonical the phrase in lower case (round 30,
    analysis-30 cause C3; docs/annotation.md §2.5). Without the acronym it stays the bare
    head (``Rådet för hållbarhet`` → ``råd``)."""
    after = mention.last_token + 1
    if mention.genitive or after >= opening or doc[after].lower_ != "för":
        return None
    if mention.role not in {"board", "committee", "unit"} or mention.canonical != mention.head:
        return None
    words = doc[mention.first_token : opening]
    if any(not t.is_alpha for t in words) or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    acronym = doc[opening + 1].text.lower()
    every = "".join(t.lower_[0] for t in words)
    content = "".join(t.lower_[0] for t in words if len(t.text) > 3 or t.i == words.start)
    definite = mention.text.lower() != mention.canonical  # "Rådet", not "ett utskott"
    if acronym not in {every, content} and not (
        _spelled_by_prefixes(acronym, words)
        or (definite and _spelled_by_parts(acronym, words))
    ):
        return None
    return replace(
        mention,
        end=words[-1].idx + len(words[-1].text),
        text=words.text,
        canonical=words.text.lower(),
        last_token=opening - 1,
    )


_TOPIC_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "ADP"})


def _heading_task_name(doc: Doc, mention: ActorMention, actor_tokens: set[int]) -> ActorMention:
    """``Utskottet för äldrefrågor``, ``Beredningen för kultur och fritid``: a line that is
    nothing but a definite bare body or unit head and its ``för`` attribute (a section heading
    naming the body: no verb, no stop, no other actor) names that body, one span, canonical
    the head's base form and its attribute in lower case (``utskott för äldrefrågor``: a
    heading capitalises and makes definite whatever it names, as ``Tågförvaltningen``), as
    with its acronym (`_task_name`; round 56, analysis 56-cm C2). In running text the head
    stays bare (round 30: ``Rådet för hållbarhet`` → ``råd``)."""
    after = mention.last_token + 1
    if mention.first_token != 0 or after + 1 >= len(doc):
        return mention
    if doc[after].lower_ not in GRAMMAR.heading_name_prepositions:
        return mention
    if mention.genitive or mention.role not in {"board", "committee", "unit"}:
        return mention
    if mention.canonical != mention.head or mention.text.lower() == mention.canonical:
        return mention  # a compound or an indefinite head: no name of its own
    end = len(doc)
    while end > after and doc[end - 1].is_space:
        end -= 1
    rest = doc[after + 1 : end]
    if not rest or any(
        not t.is_alpha or t.pos_ not in _TOPIC_WORD_POS or t.i in actor_tokens for t in rest
    ):
        return mention
    words = doc[mention.first_token : end]
    return replace(
        mention,
        end=words[-1].idx + len(words[-1].text),
        text=words.text,
        canonical=f"{mention.canonical} {doc[after:end].text.lower()}",
        last_token=end - 1,
    )


def without_heading_task_name(doc: Doc, mention: ActorMention) -> ActorMention:
    """The document's title is no section heading: a bare definite body head and its ``för``
    attribute there (``Nämnden för kulturfrågor`` as the page's first line) keeps the bare
    head, one word, canonical its base form (docs/annotation.md §2.3, round 49: a bare
    definite body noun below a title naming it keeps its bare canonical), undoing
    `_heading_task_name`, whose reading stays with the headings inside the page (round 56,
    fix56e)."""
    first, last = mention.first_token, mention.last_token
    if first != 0 or last < first + 2:
        return mention
    if doc[first + 1].lower_ not in GRAMMAR.heading_name_prepositions:
        return mention
    end = len(doc)
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    named = f"{mention.head} {doc[first + 1 : end].text.lower()}"
    if last != end - 1 or mention.canonical != named:
        return mention  # a name with its acronym (`_task_name`) or none of the heading's
    head = doc[first]
    return replace(
        mention, end=head.idx + len(head.text), text=head.text, canonical=mention.head,
        last_token=first,
    )


def _spelled_by_prefixes(acronym: str, words: Span) -> bool:
    """``Nämnden för kultur och fritid, NÄKF``: the acronym's letters are the
    first one or two letters of the name's successive words, read left to right, the first
    word and every content word giving some, a short function word (``för``, ``av``) one or
    none (analysis 51-ak P2)."""
    texts = [t.lower_ for t in words]

    def spells(word: int, letter: int) -> bool:
        if word == len(texts):
            return letter == len(acronym)
        text, optional = texts[word], word > 0 and len(texts[word]) <= 3
        if optional and spells(word + 1, letter):
            return True
        return any(
            acronym.startswith(text[:size], letter) and spells(word + 1, letter + size)
            for size in (1, 2)
            if len(text) >= size and (size == 1 or not optional)
        )

    return len(acronym) <= 2 * len(texts) and spells(0, 0)


def _spelled_by_parts(acronym: str, words: Span) -> bool:
    """``Rådet för äldrefrågor (RÄF)``, ``Rådet för landsbygdsfrågor (RLF)``: the
    acronym's letters are the initials of the name's words and of their compound parts,
    read left to right: the first word gives its initial, a short function word (``för``)
    its initial or none, a content word its initial and then up to two letters of the
    parts inside it (``äldre|frågor``, ``landsbygds|frågor``) or none (round 58, cr
    C2; docs/annotation.md §2.3 round 30: the initials of a compound's parts)."""
    texts = [t.lower_ for t in words]

    def spells(word: int, letter: int) -> bool:
        if word == len(texts):
            return letter == len(acronym)
        text = texts[word]
        if word > 0 and spells(word + 1, letter):
            return True  # a word that gives no letter
        if letter >= len(acronym) or acronym[letter] != text[0]:
            return False
        return any(
            spells(word + 1, letter + 1 + len(inner))
            for inner in _inner_initials(text, acronym, letter + 1)
        )

    return words[0].lower_[:1] == acronym[:1] and spells(0, 0)


def _inner_initials(text: str, acronym: str, letter: int) -> list[str]:
    """The runs of the acronym's next letters (none, one, two) found in order inside a
    content word after its first letter; a function word (three letters or fewer) gives
    none."""
    runs = [""]
    if len(text) <= 3:
        return runs
    for size in (1, 2):
        wanted = acronym[letter : letter + size]
        position = 1
        for char in wanted if len(wanted) == size else "\0":
            position = text.find(char, position) + 1
            if position == 0:
                break
        else:
            runs.append(wanted)
    return runs


def _comma_acronym_after(doc: Doc, mention: ActorMention) -> int | None:
    """``Ungdomsrådet, UR, ska …``: the comma before an all-capitals word of two to six
    letters right after the actor, closed by a comma (an acronym in apposition; round 30,
    analysis-30 cause C2); also after a ``för`` attribute of the actor (``Rådet för unga
    röster, RUR``, C3)."""
    position = mention.last_token + 1
    if position < len(doc) and doc[position].lower_ == "för":
        limit = min(position + 7, len(doc))
        while position < limit and doc[position].is_alpha and doc[position].is_lower:
            if doc[position].pos_ in {"VERB", "AUX"}:  # "Rådet för X ska samråda med …, RPS"
                return None
            position += 1
    if position + 2 >= len(doc) or doc[position].text != ",":
        return None
    acronym, closing = doc[position + 1], doc[position + 2]
    is_acronym = acronym.is_alpha and acronym.is_upper and 2 <= len(acronym.text) <= 6
    return position if is_acronym and closing.text in {",", ")", "."} else None


_DASHES = frozenset({"–", "—", "-"})


def _dash_acronym_after(doc: Doc, mention: ActorMention) -> int | None:
    """``… sammanträder styrelsens presidium – SP.``: the dash before an all-capitals word of
    two to six letters right after the actor, closing its clause (a stop, comma, semicolon or
    the end), is an acronym in apposition as one in parentheses is (round 41, ah-A3); no dash
    list (``– SP – AU``: a dash before the actor or after the word)."""
    position = mention.last_token + 1
    if position + 1 >= len(doc) or doc[position].text not in _DASHES:
        return None
    if mention.first_token > 0 and doc[mention.first_token - 1].text in _DASHES:
        return None
    acronym = doc[position + 1]
    if not (acronym.is_alpha and acronym.is_upper and 2 <= len(acronym.text) <= 6):
        return None
    closing = doc[position + 2].text if position + 2 < len(doc) else "."
    return position if closing in {".", ",", ";"} else None


def _parenthesis_after(doc: Doc, mention: ActorMention) -> int | None:
    """The ``(`` of an all-capitals word in parentheses within the actor's phrase: at most
    three words after it, none a verb, a punctuation mark or a statute."""
    position = _opening_in_phrase(doc, mention)
    if position is None or position + 2 >= len(doc):
        return None
    acronym, closing = doc[position + 1], doc[position + 2]
    is_acronym = _is_acronym_word(acronym) or _body_abbreviation(acronym, mention)
    return position if is_acronym and closing.text == ")" else None


def _opening_in_phrase(doc: Doc, mention: ActorMention) -> int | None:
    """The ``(`` at most three words after the actor, none a verb, a punctuation mark or a
    statute."""
    for position in range(mention.last_token + 1, min(mention.last_token + 5, len(doc) - 2)):
        token = doc[position]
        if token.text == "(":
            return position
        if token.pos_ in {"VERB", "AUX", "PUNCT"} or token.lower_.endswith(GRAMMAR.statute_endings):
            return None  # "enligt bolagsordningen (BO)": the statute's acronym
    return None


def _is_acronym_word(token: Token) -> bool:
    return token.is_alpha and token.is_upper and 2 <= len(token.text) <= 6


def _acronym_group_after(doc: Doc, mention: ActorMention) -> tuple[int, int] | None:
    """``arbetsutskottet (TN AU)``, ``Arbetsutskottet (BUN AU)``, ``individutskottet (SN
    IU)``: two or three all-capitals words in the actor phrase's parentheses, the owner's
    acronym before the body's, are one gloss of the actor, not an actor each (round 54,
    w54g; §2.2's acronym in parentheses): the first or the last opens with the actor's
    initial. Returns the group's first and last token."""
    opening = _opening_in_phrase(doc, mention)
    if opening is None:
        return None
    closing = next((t.i for t in doc[opening + 1 : opening + 5] if t.text == ")"), None)
    words = doc[opening + 1 : closing] if closing is not None else ()
    if not 2 <= len(words) <= 3 or not all(_is_acronym_word(word) for word in words):
        return None
    initial = mention.text[:1].lower()
    if initial not in {words[0].lower_[:1], words[-1].lower_[:1]}:
        return None
    return words[0].i, words[-1].i


# A body's abbreviation of one capital, or a capital and a small letter (round 33, analyst
# 31 cause C1): "Miljöenheten (Mi)", "Kulturenheten (K)".
SHORT_ABBREVIATION = re.compile(r"[A-ZÅÄÖ][a-zåäö]?")


def _body_abbreviation(token: Token, mention: ActorMention) -> bool:
    """``Miljöenheten (Mi)``, ``Kulturenheten (K)``: a one-letter or mixed-case
    abbreviation in parentheses after a body (not a person's role: ``ordförande (S)`` is a
    party's letter, nor a party's own: ``Moderaterna (M)``, which then labels persons) is
    that body, like an all-capitals acronym (round 33, C1)."""
    return bool(SHORT_ABBREVIATION.fullmatch(token.text)) and (
        mention.category not in PERSON_CATEGORIES
        and mention.role not in PERSON_ROLES
        and mention.head != "parti"
    )


def _miscased_acronym(token: Token, canonical: str, lexicon: ActorLexicon) -> bool:
    """``från Jo``, ``Juridiska enheten (Jo)``: an acronym of the lexicon that is written
    only in capitals (`capital_acronyms`: ``JO``, ``JK``) matches by case; in small letters
    or capitalised it is another word or another abbreviation (round 33, analyst 31 cause
    C1). The municipal ``Ks``, ``Kf``, ``Vd`` are written so and keep matching."""
    return canonical in lexicon.capital_acronyms and not token.text.split(":", 1)[0].isupper()


def _drop_owner_of_role(
    mentions: list[ActorMention],
    covered: dict[int, ActorMention],
    role: ActorMention,
    lexicon: ActorLexicon,
) -> None:
    """``ska vara styrelsens ordförande``: a genitive that with a `genitive_heads` noun forms
    one title (``Regionstyrelsens ordförande``) is part of the predicative role too."""
    owner = mentions[-1] if mentions else None
    if (
        owner is None
        or role.head not in lexicon.genitive_heads
        or not owner.genitive
        or owner.source != "lexicon"
        or owner.last_token != role.first_token - 1
    ):
        return
    mentions.pop()
    for index in range(owner.first_token, owner.last_token + 1):
        covered.pop(index, None)


def _without_lone_coordinated_heads(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Heads marked `only_coordinated` (``organisation``) are actors only in a series of
    actors: ``myndigheter och organisationer``, ``organisationer, föreningar``; alone
    (``en ändamålsenlig organisation``) they name a structure."""
    only = lexicon.only_coordinated_heads
    # a bare `only_owned` head (``ORGANISATION OCH LEDNING``: two areas) anchors no series
    # (round 35, S2)
    bare = {
        m.first_token
        for m in mentions
        if m.head in lexicon.only_owned_heads and m.canonical == m.head
    }
    firm = {
        i
        for m in mentions
        if m.head not in only and m.first_token not in bare
        for i in (m.first_token, m.last_token)
    }
    kept = []
    for mention in mentions:
        if mention.head in only and mention.source == "lexicon" and mention.canonical in only:
            before, after = mention.first_token - 1, mention.last_token + 1
            if before >= 0 and doc[before].lower_ in lexicon.series_attributes:
                before -= 1  # "och motsvarande organisation" (round 39, C3)
            linked_before = before >= 1 and _links(doc[before]) and before - 1 in firm
            linked_after = after + 1 < len(doc) and _links(doc[after]) and after + 1 in firm
            linked = linked_before or linked_after or _member_of_actor(doc, mention, firm)
            if not (
                linked
                or _genitive_qualified(doc, mention)
                or _generic_naming_owner(doc, mention, lexicon)
            ):
                continue
        kept.append(mention)
    return kept


def _generic_naming_owner(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Organisationens namn är Bygdepartiet``: a generic owner (`generic_name_owners`)
    in the genitive that owns a naming clause is the organisation the clause names (round 49
    R2, analysis 49-bs C1d), an actor though its head alone names a structure."""
    if not mention.genitive or mention.canonical not in lexicon.generic_name_owners:
        return False
    end = sentence_end(doc[mention.first_token]) if doc.has_annotation("SENT_START") else len(doc)
    found = naming_clause(list(doc[mention.first_token : end]), lexicon)
    return found is not None and found[0] == 0


def _genitive_qualified(doc: Doc, mention: ActorMention) -> bool:
    """``näringslivets organisationer``, ``arbetsmarknadens organisationer``: a plural
    qualified by a noun's genitive names those organisations, actors (round 39, analyst av
    C7; §2.1 "qualified organisations"); the singular (``kommunens organisation``) stays the
    structure."""
    before = mention.first_token - 1
    if not mention.plural or before < 0:
        return False
    owner = doc[before]
    possessive = owner.pos_ in {"NOUN", "PROPN"} and owner.dep_ == "nmod:poss"
    return possessive and owner.lower_.endswith("s")


def _member_of_actor(doc: Doc, mention: ActorMention, firm: set[int]) -> bool:
    """``Organisationer som ingår i rådet``, ``organisationerna som är representerade i
    nämnden``: a plural qualified by a relative clause that places it in an actor (``i``/
    ``inom`` + an actor within five words of ``som``) names the member organisations, actors
    (round 30, analysis-30 cause C5; §2.1 "qualified organisations")."""
    after = mention.last_token + 1
    if after < len(doc) and doc[after].lower_ in {"med", "utan"}:
        return _postmodified_subject(doc, mention)  # round 37, aq-C2
    if after >= len(doc) or doc[after].lower_ != "som":
        return False
    if _relative_subject(doc, mention):
        return True
    if not mention.plural:
        return False
    for position in range(after + 1, min(after + 6, len(doc) - 1)):
        if doc[position].lower_ in {"i", "inom"} and _past_attributes(doc, position + 1) in firm:
            return True  # "i rådet", "i den kommunala nämnden" (round 51, ak-P6)
        if doc[position].is_punct:
            return False
    return False


def _past_attributes(doc: Doc, position: int) -> int:
    """The first word at or after `position` that is no determiner or adjective: the head
    of a noun phrase (``den kommunala nämnden``) or the first word of a name in it."""
    while position < len(doc) - 1 and doc[position].pos_ in {"DET", "ADJ"}:
        position += 1
    return position


def _postmodified_subject(doc: Doc, mention: ActorMention) -> bool:
    """``Organisationer med minst 40 medlemmar nominerar …``: the subject of a clause,
    qualified by a postmodifying ``med``/``utan`` phrase, names the organisations the phrase
    picks out, actors like a restrictive relative's (round 37, aq-C2)."""
    token = doc[mention.last_token]
    if doc[mention.first_token].is_sent_start:
        return True  # the tagger may read the finite verb after the phrase as a noun
    return token.dep_ in {"nsubj", "nsubj:pass"} and token.head.pos_ in {"VERB", "AUX"}


def _relative_subject(doc: Doc, mention: ActorMention) -> bool:
    """``Organisation som ingår i samrådet ska anmäla …``: the subject of a clause, qualified
    by a restrictive relative clause, names the organisations the relative picks out, actors
    (round 36, C2; §2.1 "qualified organisations")."""
    token = doc[mention.last_token]
    relative = doc[mention.last_token + 2] if mention.last_token + 2 < len(doc) else None
    if relative is None or relative.pos_ not in {"VERB", "AUX", "ADV", "PART"}:
        return False  # "Organisationen som helhet": no relative clause
    return token.dep_ in {"nsubj", "nsubj:pass"} and token.head.pos_ in {"VERB", "AUX"}


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


def _without_idle_service_units(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Heads marked `only_subject` (``kollektivtrafik``, ``tandvård``, ``vårdcentral``) name
    the unit that runs a service only as the subject of an agentive verb
    (``Kollektivtrafiken ansvarar för busslinjerna``, ``Regionens vårdcentraler erbjuder
    …``) or as a passive's ``av``-agent, its logical subject (``utförs av vårdcentralerna``);
    elsewhere they name the service (``satsar på kollektivtrafiken``, ``Kollektivtrafiken är
    viktig``)."""
    only = lexicon.only_subject_heads
    return [
        mention
        for mention in mentions
        if mention.head not in only
        or mention.source != "lexicon"
        or (
            _agentive_subject(doc[mention.last_token], lexicon)
            and not _in_noun_attribute(doc, mention, mentions)
        )
        or _is_passive_agent(doc[mention.last_token])
        or named_in_chart(doc, mention, mentions)  # round 32, D9
        or _partner(doc, mention, lexicon)
        or (mention.genitive and mention.head in lexicon.partner_heads)  # round 38, C1
    ]


_ATTRIBUTE_CONJUNCT_TAGS = frozenset({"NOUN", "PROPN", "DET", "ADJ"})


def _in_noun_attribute(doc: Doc, mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """``En samverkansstruktur för skola och vård erbjuder stöd`` (round 57, analysis57-co
    C10): a mention that a preposition governs (other noun phrases and coordinators between)
    right after a noun of no actor mention is that noun's attribute, no subject, whatever
    the parser links (``vård`` nsubj); ``Nämnden för vård och omsorg`` keeps its body."""
    start = sentence_start(doc[mention.first_token])
    position = mention.first_token - 1
    while position > start and (
        doc[position].pos_ in _ATTRIBUTE_CONJUNCT_TAGS
        or doc[position].lower_ in GRAMMAR.noun_phrase_coordinators
        or doc[position].text == ","
    ):
        position -= 1
    if position <= start or doc[position].pos_ != "ADP":
        return False
    noun = doc[position - 1]
    return noun.pos_ in {"NOUN", "PROPN"} and not any(
        m.first_token <= noun.i <= m.last_token for m in mentions
    )


def _partner(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``samråder med barn``: a `partner_heads` noun right after a partner's preposition
    (round 37, §2.6 D1)."""
    first = mention.first_token
    return (
        mention.head in lexicon.partner_heads
        and first > 0
        and doc[first - 1].lower_ in lexicon.partner_prepositions
        and not _object_of_activity_noun(doc, mention, lexicon)
    )


def _object_of_activity_noun(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``omsorg av barn``, ``vård av barn``: an `activity_object_prepositions` phrase that
    modifies a noun (the parser's ``nmod``) is the object of the act that noun names, those
    it is done for: a target group, no partner (round 51, analysis 51-w50y L; §2.1)."""
    token = doc[mention.last_token]
    return (
        doc[mention.first_token - 1].lower_ in lexicon.activity_object_prepositions
        and token.dep_ == "nmod"
        and token.head.pos_ == "NOUN"
    )


def _without_bare_services(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Heads marked `bare_only_subject` (``kurator``): the bare indefinite singular names the
    officer as the subject of a clause, a conjunct of one or a passive's ``av``-agent
    (``Kurator ska kalla …``, ``Prokurator förvaltar …``) when nothing determines it;
    elsewhere it names the service (``tillgång till kurator``), and after an owner's genitive
    it stays none (``skolans kurator``: a school's employee, round 40); every other form is
    the officer anywhere (round 49, R6)."""
    only = lexicon.bare_subject_heads
    if not only:
        return mentions
    return [
        mention
        for mention in mentions
        if mention.head not in only
        or mention.source != "lexicon"
        or doc[mention.last_token].lower_ != mention.canonical.split(" ")[-1]
        or (_bare_noun(doc[mention.first_token]) and _subject_or_agent(doc[mention.last_token]))
    ]


def _bare_noun(token: Token) -> bool:
    """No determiner or owner's genitive before the noun (``skolans kurator`` is none)."""
    if any(child.dep_ in {"det", "nmod:poss"} for child in token.children):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.pos_ in {"DET", "PRON"}:
        return before is None
    return not (before.pos_ in {"NOUN", "PROPN"} and before.lower_.endswith("s"))


def _subject_or_agent(token: Token) -> bool:
    if _opening_subject_series(token):
        return True
    if token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubj:pass"} or _is_passive_agent(token)


MAX_SERIES_WORDS = 14  # "Rektor, kurator samt skolsköterskor deltar": the series' words
_SERIES_WORD_TAGS = frozenset({"NOUN", "PROPN", "DET", "ADJ"})


def _opening_subject_series(token: Token) -> bool:
    """``Rektor, kurator samt skolsköterskor deltar …`` (round 57, analysis57-co C6): a noun
    in a series of nouns joined by commas and coordinators that opens the sentence and runs
    into a finite verb is a subject, whatever links the parser gave (it reads the first noun
    as the root); by tags and word order. A member's prepositional attribute
    (`attribute_prepositions` + a name: ``Enhetschef för Norra Ekby, IT-chef samt kurator
    deltar``) stays inside the series (round 57, analysis57b-co R3); one right before the
    noun governs it (``Behov av kurator samt …``: no member)."""
    doc = token.doc
    start, end = token.sent.start, token.sent.end
    position, joined = token.i - 1, False
    while position >= start and _series_word(doc[position]):
        word = doc[position]
        joined = joined or word.text == "," or word.lower_ in GRAMMAR.noun_phrase_coordinators
        if token.i - position > MAX_SERIES_WORDS or (_attribute_preposition(word) and not joined):
            return False
        position -= 1
    if position >= start:
        return False
    position = token.i + 1
    while position < end and position - token.i <= MAX_SERIES_WORDS and _series_word(doc[position]):
        position += 1
    after = doc[position] if position < end else None
    return after is not None and after.pos_ in {"VERB", "AUX"} and "Fin" in morph_values(
        after, "VerbForm"
    )


def _series_word(token: Token) -> bool:
    return (
        token.pos_ in _SERIES_WORD_TAGS
        or _attribute_preposition(token)
        or token.text == ","
        or token.lower_ in GRAMMAR.noun_phrase_coordinators
    )


def _attribute_preposition(token: Token) -> bool:
    return token.lower_ in GRAMMAR.attribute_prepositions


def _without_collection_services(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Heads marked `service_unit` (``bibliotek``, ``museum``, ``arkiv`` and their compounds)
    name the unit that keeps the collection after its owner's genitive (``Ekby högskolas
    bibliotek ska bevara …``), listed with other actors in a verbless sentence (an
    organisation chart), or as the subject of an agentive verb or a passive's ``av``-agent;
    as an object or in a prepositional phrase they name the service (``ansvarar för
    bibliotek``, ``driver stadsarkivet``; round 32, docs/annotation.md §2.6 D10)."""
    only = lexicon.service_unit_heads
    kept = []
    for index, mention in enumerate(mentions):
        if mention.head in only and mention.source == "lexicon":
            token = doc[mention.last_token]
            acting = _agentive_subject(token, lexicon) or _is_passive_agent(token)
            owned = _after_owner_genitive(doc, mentions, index) and not _object_or_oblique(token)
            if not (acting or owned or _in_chart(doc, mentions, index)):
                continue
        kept.append(mention)
    return kept


def _without_target_groups(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``insatser till personer med funktionsnedsättning``, ``stöd till familjer med barn``:
    a plural `target_group_heads` noun defined by a ``med``-phrase (a characteristic, no
    actor) names a target group, no actor, unless it is the subject or a passive's
    ``av``-agent (round 32, docs/annotation.md §2.6 D1, §2.1). Round 48 (analysis 48-y D):
    so does one in a ``för``-phrase on a noun (``idrott för barn och ungdomar``)."""
    kept = []
    for mention in mentions:
        token = doc[mention.last_token]
        after = mention.last_token + 1
        grouped = (
            mention.canonical in lexicon.target_group_heads
            and mention.plural
            and (
                (
                    after + 1 < len(doc)
                    and doc[after].lower_ == "med"
                    and lexicon.analyse(doc[after + 1].text) is None
                )
                or _for_phrase_on_noun(token, lexicon)
            )
        )
        acting = _conjunct_root(token).dep_ in {"nsubj", "nsubj:pass"} or _is_passive_agent(token)
        if grouped and not acting:
            continue
        kept.append(mention)
    return kept


def _for_phrase_on_noun(token: Token, lexicon: ActorLexicon) -> bool:
    """The noun (or the first of its conjuncts) is the object of ``för`` (configs/actors.yaml
    `target_group_prepositions`) in a phrase on a noun: ``simning för barn, ungdomar och
    vuxna`` (for whom the activity is)."""
    root = _conjunct_root(token)
    prepositions = lexicon.target_group_prepositions
    return root.dep_ == "nmod" and any(
        child.dep_ == "case" and child.lower_ in prepositions for child in root.children
    )


def _after_owner_genitive(doc: Doc, mentions: list[ActorMention], index: int) -> bool:
    """An actor's genitive right before the mention (adjectives between)."""
    before = mentions[index - 1] if index > 0 else None
    if before is None or not before.genitive:
        return False
    between = doc[before.last_token + 1 : mentions[index].first_token]
    return all(token.pos_ == "ADJ" for token in between)


def _object_or_oblique(token: Token) -> bool:
    """An object or a prepositional phrase (or a conjunct of one)."""
    return _conjunct_root(token).dep_ in {"obj", "iobj", "obl", "nmod"}


def _in_chart(doc: Doc, mentions: list[ActorMention], index: int) -> bool:
    """``Kulturnämnden, kulturförvaltningen, stadsbiblioteket``: a verbless sentence in which
    the mention is listed next to another actor (an organisation chart)."""
    sentence = doc[mentions[index].first_token].sent
    if any(token.pos_ in {"VERB", "AUX"} for token in sentence):
        return False
    mention = mentions[index]
    for other in mentions[index - 1 : index] + mentions[index + 1 : index + 2]:
        first, second = (other, mention) if other.start < mention.start else (mention, other)
        gap = doc[first.last_token + 1 : second.first_token]
        if len(gap) == 0 or (len(gap) == 1 and _links(gap[0])):
            return True
    return False


def _without_activity_senses(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Bare heads marked `activity_sense` (``revisionen``) that name the activity, not the
    body (pipeline/nlp/activity_senses.py; round 23, cause C1)."""
    only = lexicon.activity_sense_heads
    return [
        mention
        for mention in mentions
        if mention.head not in only
        or mention.source != "lexicon"
        or mention.canonical != mention.head
        or not activity_sense(doc, doc[mention.last_token], lexicon)
    ]


def _agentive_subject(token: Token, lexicon: ActorLexicon) -> bool:
    """The subject (or a conjunct of it) of an active verb that is no copula or state
    (`non_agentive_verbs`)."""
    if token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    infinitive = _modal_infinitive(verb)
    if infinitive is not None:
        return infinitive.lower_ not in lexicon.non_agentive_verbs
    return (
        verb.pos_ == "VERB"
        and "Pass" not in morph_values(verb, "Voice")
        and verb.lemma_.lower() not in lexicon.non_agentive_verbs
    )


def _modal_infinitive(verb: Token) -> Token | None:
    """Round 53 (newuser53b, open point): the infinitive of a finite modal that the tagger
    read as a noun or adjective (``Husvärdarna får låsa …``: ``får`` the root, ``låsa`` a
    noun; ``ska låsa`` with ``låsa`` the root noun): the word right after the modal (adverbs
    and negations between) that the lemma lexicon knows only as a base form in -a
    (`lexicon_infinitive`); None where the subject's head is no such pair."""
    doc = verb.doc
    if verb.lower_ in GRAMMAR.modals:
        after = verb.i + 1
        while after < len(doc) and (
            doc[after].pos_ == "ADV" or doc[after].lower_ in GRAMMAR.negations
        ):
            after += 1
        word = doc[after] if after < len(doc) else None
        return word if word is not None and lexicon_infinitive(word.lower_) else None
    if verb.pos_ not in {"NOUN", "ADJ"} or not lexicon_infinitive(verb.lower_):
        return None
    before = verb.i - 1
    while before >= 0 and (doc[before].pos_ == "ADV" or doc[before].lower_ in GRAMMAR.negations):
        before -= 1
    return verb if before >= 0 and doc[before].lower_ in GRAMMAR.modals else None


def _without_unowned_heads(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """Heads marked `only_owned` (``ledning``) name a body when owned or of a kind: after an
    organisation's genitive (``i bolagets högsta ledning``), definite after an adjective
    (``den centrala ledningen``) or in the genitive (``ledningens arbete``), with an
    owner after ``i``/``för``/``inom``/``hos`` (grammar `owner_links`: ``ledningen i
    bolaget``) or listed with an actor (``VD och ledning``); a
    bare indefinite one, or one listed with nominalisations (``ledningen och
    samordningen``), is the activity (``svarar för ledning``)."""
    only = lexicon.only_owned_heads
    kept = []
    for index, mention in enumerate(mentions):
        if mention.head in only and mention.canonical == mention.head:
            owned = _definite_of_kind(doc, mention, lexicon)
            owned = owned or _owned(doc, mentions, index, lexicon)
            owned = owned or _definite_possessor(mention)
            if not owned or _listed_with_nominalisation(doc, mention, lexicon):
                continue
        kept.append(mention)
    return kept


def _definite_possessor(mention: ActorMention) -> bool:
    """``Ledningens arbete``: the definite genitive owns something, a body."""
    return mention.genitive and mention.text.lower() != f"{mention.canonical}s"


def _definite_of_kind(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``den centrala ledningen``, ``högsta ledningen``: the definite form after an adjective
    that names its kind (``Ledningen sker genom möten`` is the activity)."""
    word = mention.text.lower()
    definite = word != mention.canonical and word != f"{mention.canonical}s"
    if not definite or mention.first_token == 0:
        return False
    before = doc[mention.first_token - 1]
    return before.pos_ == "ADJ" or before.lower_ in lexicon.name_adjectives


def _owned(doc: Doc, mentions: list[ActorMention], index: int, lexicon: ActorLexicon) -> bool:
    """The genitive of an organisation, an agency or a body before (an adjective between; not
    after ``under``: ``under nämndens ledning`` is the activity), an agency's definite kind
    noun's genitive (``Verkets ledning``), an actor after ``i``, or an actor next to it in a
    list."""
    mention = mentions[index]
    before = mentions[index - 1] if index > 0 else None
    after = mentions[index + 1] if index + 1 < len(mentions) else None
    if before is not None and before.genitive and _owning_body(before, lexicon):
        between = doc[before.last_token + 1 : mention.first_token]
        if all(token.pos_ == "ADJ" for token in between) and not _led_under(doc, before):
            return True
    if _agency_kind_genitive(doc, mention, lexicon):
        return True
    for first, second in ((before, mention), (mention, after)):
        if first is None or second is None or second.first_token != first.last_token + 2:
            continue
        link = doc[first.last_token + 1]
        if _links(link) or (second is after and link.lower_ in GRAMMAR.owner_links):
            return True  # "ledningen i bolaget", "Ledningarna för dotterbolagen" (round 44)
    return False


def _owning_body(owner: ActorMention, lexicon: ActorLexicon) -> bool:
    """An organisation, a body or unit (by category or role), an agency or a court
    (`owning_external_heads`, a state agency's name): what owns a ``ledning`` (round 35, C1);
    a person, a role holder or a population does not."""
    return (
        owner.category in BODY_CATEGORIES
        or owner.category == "organisation"
        or owner.role in OWNING_ROLES
        or owner.head in lexicon.owning_external_heads
        or (owner.source == "name" and owner.category == "extern")
    )


def _led_under(doc: Doc, owner: ActorMention) -> bool:
    """``under nämndens ledning``: led by the owner, the activity (docs/annotation.md §2.1)."""
    return owner.first_token > 0 and doc[owner.first_token - 1].lower_ == "under"


def _agency_kind_genitive(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Verkets ledning``, ``Tillsynsverkets ledning``: the genitive of an agency's definite
    kind noun (`authority_name_kinds`, its compounds too), no actor of its own, right before
    (round 35, C1)."""
    if mention.first_token == 0:
        return False
    word = doc[mention.first_token - 1].lower_
    kinds = tuple(lexicon.authority_name_kinds)
    return (
        word.endswith("s")
        and word[:-1].endswith(kinds)
        and not _led_under(doc, replace(mention, first_token=mention.first_token - 1))
    )


def _listed_with_nominalisation(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``ledningen och samordningen``, ``styrning, ledning``: a neighbour in a list is an
    activity noun."""
    suffixes = lexicon.nominalisation_suffixes
    neighbours = _list_neighbours(doc, mention.first_token, mention.last_token)
    return any(n.lower_.endswith(suffixes) for n in neighbours)


def _listed_with_activities(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``ansvarar för verkställigheten, förvaltningen och beslutanderätten``: an activity
    head (`activity_heads`) listed next to a quality (``-het``: `quality_nominalisation_suffixes`)
    or a right (``-rätt``: `listed_activity_suffixes`) that is no actor word itself
    (``myndigheten``, ``enheten`` are) names the activity too (round 42, cause 14); an
    ``-ing`` neighbour does not (``stadens planering, förvaltning och …``: the city's units)."""
    suffixes = lexicon.quality_nominalisation_suffixes + lexicon.listed_activity_suffixes
    return any(
        n.lower_.endswith(suffixes) and n.pos_ == "NOUN" and lexicon.analyse(n.text) is None
        for n in _list_neighbours(doc, token.i, token.i)
    )


def _list_neighbours(doc: Doc, first: int, last: int) -> list[Token]:
    """The words listed next to the tokens `first`..`last` across a comma or a noun-phrase
    coordinator (``ledningen och samordningen``)."""
    neighbours = []
    if first >= 2 and _links(doc[first - 1]):
        neighbours.append(doc[first - 2])
    if last + 2 < len(doc) and _links(doc[last + 1]):
        neighbours.append(doc[last + 2])
    return neighbours


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
    """A common noun in an agent role with an agentive ending (``ombudsmannen ska``), in
    its lemma too: ``handlingarna`` (``handling``) and ``reglementen`` are plurals of things.
    A word the lemmatizer left as it is (``kassören``) needs a singular ending. A conjunct of
    a subject or agent is in its role too: ``Kyrkoherden och vaktmästaren ska …`` (round 20,
    cause C1: an unknown last conjunct)."""
    if token.pos_ != "NOUN" or _conjunct_root(token).dep_ not in AGENT_DEPS:
        return False  # the first two tests below, before the lemma is read
    return _agentive_form(token, lexicon)


def _slashed_agent_noun(
    doc: Doc, token: Token, covered: Mapping[int, ActorMention], lexicon: ActorLexicon
) -> bool:
    """``sekreterare/protokollförare``: a noun with an agentive ending joined by a slash to
    an actor mention is another conjunct of the same series, whatever the parse made of it
    (round 43, be-C3); ``dator/skrivare`` joins no actor."""
    if token.pos_ != "NOUN":
        return False  # before the neighbours are read
    before = token.i >= 2 and doc[token.i - 1].text == "/" and token.i - 2 in covered
    after = token.i + 2 < len(doc) and doc[token.i + 1].text == "/" and token.i + 2 in covered
    return (before or after) and _agentive_form(token, lexicon)


def _agentive_form(token: Token, lexicon: ActorLexicon) -> bool:
    """The word and its lemma end in an agentive suffix (`_is_agent_noun`)."""
    lemma = (token.lemma_ or token.text).lower()
    if lemma == token.lower_:  # "talesmännen" left as it is: the -man plural is a person's
        agentive_lemma = not lemma.endswith(lexicon.plural_endings) or lemma.endswith(_MAN_PLURALS)
    else:
        agentive_lemma = lemma.endswith(lexicon.agentive_lemma_suffixes)
    return (
        token.is_alpha
        and token.lower_.endswith(lexicon.agentive_suffixes)
        and agentive_lemma
        and not token.lower_.endswith(lexicon.non_agentive_suffixes)
        and len(token.text) > 4
    )


def _conjunct_root(token: Token) -> Token:
    """The first noun of the coordination `token` is a conjunct of (itself if none)."""
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head
    return token


def _word_mention(token: Token, canonical: str, category: str, **extra: object) -> ActorMention:
    """A mention the grammar finds on the one word `token`, its head its canonical."""
    return ActorMention(
        token.idx,
        token.idx + len(token.text),
        token.text,
        canonical,
        category,
        canonical,
        token.i,
        token.i,
        source="grammar",
        **extra,
    )


def _agent_noun_mention(token: Token) -> ActorMention:
    canonical = _singular_of_man((token.lemma_ or token.text).lower())
    return _word_mention(token, canonical, "övrig")


# The plural of an agent noun in -man (the `man` paradigm of configs/actors.yaml), longest first.
_MAN_PLURALS = ("männens", "männen", "mäns", "män")


def _singular_of_man(lemma: str) -> str:
    """``talesmännen`` → ``talesman``: a lemma the lemmatizer left in the plural of -man."""
    for ending in _MAN_PLURALS:
        if lemma.endswith(ending):
            return lemma.removesuffix(ending) + "man"
    return lemma


def _bracketed_decision_code(doc: Doc, mention: ActorMention) -> bool:
    """``§ 113/2015 (KF)``, ``2019-05-20 (KS)``, ``§ 12 (KF)``: an abbreviation in brackets
    right after a case number, a date or a section number names the body of a decision
    reference, no mention (round 17, analysis-17 cause C9; docs/annotation.md §2.2 metadata)."""
    word = doc[mention.first_token]
    before, after = mention.first_token - 1, mention.last_token + 1
    if not (
        mention.first_token == mention.last_token
        and word.text.isupper()
        and before >= 1
        and after < len(doc)
        and doc[before].text == "("
        and doc[after].text == ")"
    ):
        return False
    reference = doc[before - 1].text
    section = reference.isdigit() and before >= 2 and doc[before - 2].text == "§"
    return section or bool(CASE_NUMBER.fullmatch(reference))


def _field_label(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Ansvarig enhet: Kansliavdelningen``: a bare head after a capitalised
    `label_adjectives` word and before a colon is the noun of a field's label, no actor
    (round 20, cause C4); the value after the colon is."""
    before, after = mention.first_token - 1, mention.last_token + 1
    return (
        before >= 0
        and after < len(doc)
        and doc[after].text == ":"
        and doc[before].text[:1].isupper()
        and doc[before].lower_ in lexicon.label_adjectives
        and mention.text.lower() == mention.canonical
        and not _person_value(doc, mention, after + 1, lexicon)
    )


def _statute_field_label(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Departement/myndighet: Socialdepartementet``, ``Myndighet`` ⏎ ``Länsstyrelsen``: a
    bare `statute_field_heads` noun, capitalised or after a slash from one, before a colon, a
    slash or a capitalised value names a statute's field, no actor (round 37, ar-C3)."""
    if mention.head not in lexicon.statute_field_heads or mention.text.lower() != mention.canonical:
        return False
    first, after = mention.first_token, mention.last_token + 1
    paired = first >= 2 and doc[first - 1].text == "/"
    paired = paired and doc[first - 2].lower_ in lexicon.statute_field_heads
    while after < len(doc) and doc[after].is_space:
        after += 1  # a label line: the value on the next
    if not (paired or doc[first].text[:1].isupper()) or after >= len(doc):
        return False
    following = doc[after]
    return following.text in {":", "/"} or (following.is_alpha and following.text[:1].isupper())


def _unit_name(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``enheten barn och familj``: bare nouns in apposition right after a definite unit noun
    (`unit_name_openers`) name that unit, no actor (round 37, aq-C5)."""
    position = mention.first_token - 1
    while position >= 0 and (
        doc[position].lower_ in {"och", ",", "&", "samt"}
        or (doc[position].pos_ in {"NOUN", "PROPN", "ADJ"} and not _definite_token(doc[position]))
    ):
        position -= 1
    return (
        position >= 0
        and doc[position].lower_ in lexicon.unit_name_openers
        and doc[position + 1].lower_ not in {"och", ",", "&", "samt"}  # an apposition
        and not mention.genitive
        and not _definite_token(doc[mention.last_token])
    )


def _definite_token(token: Token) -> bool:
    return "Def" in morph_values(token, "Definite")


def _person_value(doc: Doc, mention: ActorMention, value: int, lexicon: ActorLexicon) -> bool:
    """``Ansvarig tjänsteman: Anna Holm``: a person's role whose field value is a personal
    name (capitalised words, no actor word) is the label's head, the actor (round 36, C6)."""
    if mention.category not in PERSON_CATEGORIES or value + 1 >= len(doc):
        return False
    return _personal_name(doc[value : value + 2], lexicon)


def _personal_name(words: Span, lexicon: ActorLexicon) -> bool:
    """``Anna Holm``: two capitalised words, not in capitals, neither an actor word; or one
    such word that is a listed given name (``Karin``, configs/actors.yaml `given_names`;
    round 39, U3)."""
    if len(words) == 1:
        word = words[0]
        return word.text[:1].isupper() and not word.is_upper and word.lower_ in lexicon.given_names
    return len(words) == 2 and all(
        t.is_alpha and t.text[:1].isupper() and not t.is_upper and lexicon.analyse(t.text) is None
        for t in words
    )


def _lost_number_code(doc: Doc, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """``Fastställd av: KS , Dnr:``: an abbreviation alone in a metadata field's value whose
    date or case number was lost in extraction (a comma set off by a space after it, or a
    `case_number_labels` field left empty next) is still a register code, no actor (round
    32, docs/annotation.md §2.6 D4). ``Beslutad av: KS`` alone shows no loss. Round 51
    (analysis 51-ak P7): so is one in capitals right after such a label printed without its
    colon in a flattened field run (``Datum Diarienummer KS Kommunstyrelsen …``)."""
    word, after = doc[mention.first_token], mention.last_token + 1
    abbreviation = (
        word.text.isalpha()
        and len(word.text) <= 4
        and (word.text.isupper() or word.lower_ in lexicon.aliases)
    )
    if mention.first_token != mention.last_token or not abbreviation:
        return False
    if mention.first_token and doc[mention.first_token - 1].lower_ in lexicon.case_number_labels:
        return word.text.isupper()  # round 51, 51-ak P7: ``Diarienummer KS Kommunstyrelsen``
    if after >= len(doc):
        return False
    if mention.first_token == 0 or doc[mention.first_token - 1].text != ":":
        return False
    if doc[after].text in {",", ";"}:
        if word.whitespace_:
            return True  # "KS , Dnr": the number stood between
        after += 1
    return _empty_number_field(doc, after, lexicon)


def _empty_number_field(doc: Doc, at: int, lexicon: ActorLexicon) -> bool:
    """A `case_number_labels` label and its colon with no value: the text ends, or another
    label (a word and a colon) follows."""
    if at + 1 >= len(doc) or doc[at].lower_ not in lexicon.case_number_labels:
        return False
    if doc[at + 1].text != ":":
        return False
    return at + 2 >= len(doc) or (at + 3 < len(doc) and doc[at + 3].text == ":")


def _register_code(doc: Doc, mention: ActorMention) -> bool:
    """``Ks 112``, ``Au 41`` in a protocol's header (analysis-9 cause 7): a body's short
    abbreviation (at most three letters, capitalised) directly followed by a case number (at
    most three digits), not after a preposition, is the register code of a case, no actor."""
    word = doc[mention.first_token]
    after = mention.last_token + 1
    return (
        mention.first_token == mention.last_token
        and len(word.text) <= 3
        and word.text.isalpha()
        and word.text[:1].isupper()
        and after < len(doc)
        and doc[after].text.isdigit()
        and len(doc[after].text) <= 3  # not a year or a date: ``Antagen av KF 2019-12-10``
        and (mention.first_token == 0 or doc[mention.first_token - 1].pos_ != "ADP")
    )


_MAX_ACRONYM = 5


def _cleft_and_agent_names(
    doc: Doc, covered: set[int], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``I vår region är det Deloitte som granskar …``, ``granskas av KPMG``: one
    capitalised word no lexicon knows, alone as the focus of a cleft (``det`` and the copula
    in either order before it, ``som`` + a finite verb after it), or an all-capitals acronym
    of two to five letters as a passive's ``av``-agent, names an organisation that acts: an
    actor, canonical the word in lower case, category extern (round 38, B9/C3;
    docs/annotation.md §2.5)."""
    found = []
    words = doc_arrays(doc).text
    for i in range(len(doc)):
        # (``Token.is_alpha`` is ``str.isalpha`` of the word: no `Token` made for most words)
        if i in covered or not words[i].isalpha() or not words[i][:1].isupper():
            continue
        token = doc[i]
        if token.is_sent_start or not (_cleft_focus_name(doc, token) or _acronym_agent(doc, token)):
            continue
        if lexicon.analyse(token.text) is not None:
            continue
        if _personal_name(doc[token.i : token.i + 1], lexicon):
            continue  # "Det är Karin som ansvarar …": a person, no actor (round 39, U3)
        found.append(_word_mention(token, token.text.lower(), "extern"))
    return found


# An all-capitals acronym's colon genitive (``NVK:s``); statute abbreviations are no owners.
_ACRONYM_GENITIVE = re.compile(r"[A-ZÅÄÖ]{2,5}:s")
_LAW_ABBREVIATIONS = frozenset(load_laws())


def _acronym_owners(
    doc: Doc, mentions: list[ActorMention], lexicon: ActorLexicon
) -> list[ActorMention]:
    """``NVK:s förbundsfullmäktige``, ``NVK:s direktör``: an all-capitals acronym of two to
    five letters in the colon genitive right before an actor names the organisation that
    owns it: an actor, canonical the acronym in lower case, category organisation (round 42,
    analysis 42-ba cause 15); a statute's (``KL:s``, ``LOU:s``: configs/laws.yaml) is none."""
    starts = {m.first_token for m in mentions}
    covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    found = []
    for index in starts:
        if index == 0 or index - 1 in covered:
            continue
        token = doc[index - 1]
        if not _ACRONYM_GENITIVE.fullmatch(token.text) or token.text[:-2] in _LAW_ABBREVIATIONS:
            continue
        if lexicon.analyse(token.text) is not None:
            continue
        canonical = token.text[:-2].lower()
        found.append(
            _word_mention(token, canonical, "organisation", genitive=True, role="organisation")
        )
    return found


def _cleft_focus_name(doc: Doc, token: Token) -> bool:
    after = token.i + 1
    if token.i < 2 or after + 1 >= len(doc) or doc[after].lower_ != "som":
        return False
    pair = {doc[token.i - 2].lower_, doc[token.i - 1].lower_}
    return (
        "det" in pair
        and bool(pair & GRAMMAR.copulas)
        and "Fin" in morph_values(doc[after + 1], "VerbForm")
    )


def _acronym_agent(doc: Doc, token: Token) -> bool:
    return (
        2 <= len(token.text) <= _MAX_ACRONYM
        and token.text.isupper()
        and doc[token.i - 1].lower_ == "av"
        and (
            _is_passive_agent(token)
            or any("Pass" in morph_values(t, "Voice") for t in doc[token.sent.start : token.i - 1])
        )
    )
