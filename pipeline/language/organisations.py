"""The organisation a text names: ``Region X``, ``X kommun``, ``X stad``, companies (``… AB``),
kommunalförbund and the nämnder of one municipality.

Used by segmentation (the document's organisation, `pipeline.segment.facts`) and by
normalization (a repeated page header names it, `pipeline.normalize.page_headers`), so it
lives below both stages.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from pipeline.config import read_config
from pipeline.language.grammar import CONFIGS
from pipeline.language.sentence_rules import load_sentence_rules

# "Region X", "Region X län"; a logo's alt text after it (`_region`) is no name word
_REGION = (r"\bRegion((?:\s+(?!{logo}\b)[A-ZÅÄÖ][\w-]*)+?)(?:\s+(läns?))?\b"
           r"(?!\s+(?!{logo}\b)[A-ZÅÄÖ])")
_MUNICIPALITY = re.compile(r"\b([A-ZÅÄÖ][\w-]+)\s+([Kk]ommuns?)\b")
# A municipality that names itself a city: "Ekby stad"; not the owner of a company named
# after it ("Ekby stads Parkering AB", a company).
_CITY = re.compile(r"\b([A-ZÅÄÖ][\w-]+)\s+stads?\b(?!\s+[A-ZÅÄÖ])")
# An all-capitals title: "REGLEMENTE FÖR NÄMNDEN I EXEMPELS KOMMUN" names "Exempels kommun".
_MUNICIPALITY_CAPS = re.compile(r"\b([A-ZÅÄÖ][A-ZÅÄÖ-]+)\s+KOMMUNS?\b")
# A company may open with its owner in the genitive: "Exempels stads Parkering AB".
_COMPANY = re.compile(
    r"\b((?:[A-ZÅÄÖ][\w-]+s +(?:stads|kommuns) +)?(?:[A-ZÅÄÖ0-9][\w&-]* +){1,4}?)"
    r"(?:AB|Aktiebolag)\b(?! +[A-ZÅÄÖ][a-zåäö])(?: *\(publ\))?"
)
# The kind and the legal form before the name: "Bostads AB Ekan", "Fastighets AB Granen".
_COMPANY_KIND_FIRST = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+s) +AB +([A-ZÅÄÖ][\w-]+)")
# A name word joined by `och` to the name before the kind names one federation with it
# ("Västerby och Österby brandförbund"), a definite noun in -en/-et does not ("Kommunen och
# Ekdalens räddningsförbund"; round 40, analysis 40-reg cause 1).
_FEDERATION = re.compile(
    r"\b(?:((?:(?![A-ZÅÄÖ][a-zåäö]{3,}(?:en|et)\b)[A-ZÅÄÖ][\w-]+ +och +)?"
    r"[A-ZÅÄÖ][\w-]+(?: +[A-ZÅÄÖ][\w-]+)*) +([a-zåäö]+förbunds?)"
    r"|(Kommunalförbundet|Samordningsförbundet|Räddningstjänstförbundet)((?: +[A-ZÅÄÖ][\w-]+)+))\b"
)
_BOARD = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+nämnden) +i +([A-ZÅÄÖ][\w-]+)")
# The place an organisation has its seat in is no organisation the text names (round 41,
# agt-A1; docs/annotation.md §2.3, round 40): `säte i Åsby kommun`, `hemort är Ekby stad`.
_SEAT_WINDOW = 40  # characters before a name that can hold the seat phrase


def organisation(text: str, sentences_path: Path | None = None) -> str | None:
    """The organisation a text names most often (first named on a tie); `sentences_path`:
    the configuration's ``sentences.yaml`` for the heading words (None: the shipped one)."""
    names: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for match in _region().finditer(text) if "Region" in text else ():
        words, county = match.group(1).strip(), match.group(2)
        name = f"Region {words}" + (" län" if county else "")
        if not county and words.endswith("s"):
            name = f"Region {words[:-1]}"
        names[name] += 1
        first_seen.setdefault(name, match.start())
    for match in _MUNICIPALITY.finditer(text):
        if _determiner(match.group(1)):
            continue  # "En kommun kan …": a determiner is no name word (round 19, C2)
        if _seat_place(text, match.start()):
            continue
        name = f"{match.group(1)} kommun"
        names[name] += 1
        first_seen.setdefault(name, match.start())
    for match in _CITY.finditer(text) if "stad" in text else ():
        if _determiner(match.group(1)) or _seat_place(text, match.start()):
            continue
        name = f"{match.group(1)} stad"
        names[name] += 1
        first_seen.setdefault(name, match.start())
    for match in _MUNICIPALITY_CAPS.finditer(text) if "KOMMUN" in text else ():
        name = f"{match.group(1).capitalize()} kommun"
        names[name] += 1
        first_seen.setdefault(name, match.start())
    for name, start in _other_organisations(text, sentences_path):
        names[name] += 1
        first_seen.setdefault(name, start)
    if not names:
        return None
    return min(names, key=lambda name: (-names[name], first_seen[name]))


@functools.cache
def _region() -> re.Pattern[str]:
    """`_REGION` with the logo words (configs/actors.yaml `organisation_pattern_words`
    `LOGO_WORDS`: ``Region Norrlid Läns Logotyp`` names ``Region Norrlid län``; round 50,
    analysis 50-bv E)."""
    from pipeline.language.lexicon import ActorsFile  # the lexicon imports this package

    words = read_config(CONFIGS / "actors.yaml", ActorsFile).organisation_pattern_words
    logo = "|".join(map(re.escape, words.get("LOGO_WORDS", ()))) or "(?!)"
    return re.compile(_REGION.replace("{logo}", f"(?:{logo})"))


@functools.cache
def _seat_before() -> re.Pattern[str]:
    """A seat noun (configs/actors.yaml `seat_nouns`, which pipeline/nlp/places.py reads too)
    and ``i`` or a copula, at the end of the searched window."""
    from pipeline.language.lexicon import ActorsFile  # the lexicon imports this package

    seat_nouns = read_config(CONFIGS / "actors.yaml", ActorsFile).seat_nouns
    nouns = "|".join(sorted(map(re.escape, seat_nouns), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\s+(?:i|är|(?:ska|skall)\s+vara)\s+$", re.IGNORECASE)


def _seat_place(text: str, start: int) -> bool:
    """The name starting at `start` follows a seat phrase (``har sitt säte i``)."""
    return _seat_before().search(text, max(0, start - _SEAT_WINDOW), start) is not None


def _determiner(word: str) -> bool:
    """A capitalised sentence-initial determiner (``En``, ``Varje``) is no name word."""
    from pipeline.language.grammar import GRAMMAR

    return word.lower() in GRAMMAR.non_name_openers


def _other_organisations(text: str, sentences_path: Path | None) -> Iterator[tuple[str, int]]:
    """Companies (``Sandviks Energi AB``), kommunalförbund and nämnder of one municipality.

    Each expression runs only on a text holding the word every match of it needs (a scan
    for a substring costs far less than trying the expression at every word)."""
    companies = "AB" in text or "Aktiebolag" in text
    for match in _COMPANY.finditer(text) if companies else ():
        words = match.group(1).split()
        while words and words[0].lower() in _company_lead_words(sentences_path):
            words = words[1:]
        if words:
            yield " ".join([*words, "AB"]), match.start()
    for match in _COMPANY_KIND_FIRST.finditer(text) if "AB" in text else ():
        yield f"{match.group(1)} AB {match.group(2)}", match.start()
    for match in _FEDERATION.finditer(text) if "förbund" in text else ():
        if match.group(1):
            kind = match.group(2).rstrip("s")
            yield f"{match.group(1)} {kind}", match.start()
        else:
            yield f"{match.group(3)}{match.group(4)}", match.start()
    for match in _BOARD.finditer(text) if "nämnden" in text else ():
        yield f"{match.group(1)} i {match.group(2)}", match.start()


@functools.lru_cache(maxsize=8)
def _company_lead_words(sentences_path: Path | None) -> frozenset[str]:
    """The capitalised words that open a sentence before a company name (``Bolaget Sandviks
    Energi AB``) and the one-word headings flattened text glues to the paragraph under them
    (``Inledning Sandviks Energi AB ägs …``): the configuration's sentences.yaml."""
    rules = load_sentence_rules(sentences_path) if sentences_path else load_sentence_rules()
    return rules.company_lead_words | rules.heading_words
