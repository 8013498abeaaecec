"""Document facts and statute references found in segmented text.

The organisation a ``<kind> för <name>`` title names (other names:
`pipeline.language.organisations`), the adoption year, the title without year and code, and
references such as ``7 kap 2 § kommunallagen (2017:725)``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import patterns

if TYPE_CHECKING:
    from pipeline.segment.clauses import Clause

_TITLE_TAIL = re.compile(r"\s+(?:19|20)\d{2}(?:\s+[A-ZÅÄÖ0-9][\w-]{0,5})?\s*$")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


@dataclass(frozen=True)
class Reference:
    """A reference to a statute: ``7 kap 2 § kommunallagen (2017:725)``."""

    doc_id: str
    clause_id: str
    text: str
    start: int
    end: int
    law: str | None
    sfs: str | None
    chapter: str | None
    section: str | None


# The year may close a Finland-Swedish date d.m.yyyy (`Godkänd av stadsfullmäktige
# 12.6.2023 § 54`; nu51 fault 3), whose dots no other part of the line may cross. After a
# month name (`Antagen av kommunfullmäktige i … och … i oktober 2026`; newuser55 fault 9) the
# year may stand further from the participle: the bodies named before it are longer. A fronted
# date (V2) stands before the active past (`Den 4 mars 2026 antog regionstyrelsen …`;
# newuser55b fault 9).
_ADOPTED_YEAR = re.compile(
    rf"(?i){patterns.ADOPTION_PARTICIPLE}[^.\n]{{0,60}}?(?:\b\d{{1,2}}\.\d{{1,2}}\.)?"
    r"\b((?:19|20)\d{2})\b"
    rf"|{patterns.ADOPTION_PARTICIPLE}[^.\n]{{0,120}}?\b(?:{patterns.SWEDISH_MONTHS})\s+"
    r"((?:19|20)\d{2})\b"
    rf"|\b(?:{patterns.SWEDISH_MONTHS})\s+((?:19|20)\d{{2}}),?\s+{patterns.ADOPTION_ACTIVE_PAST}\b"
)


def clean_title(text: str) -> str:
    """``Instruktion för regiondirektören 2023 NT1`` → ``Instruktion för regiondirektören``."""
    return _TITLE_TAIL.sub("", text).strip()


_TITLE_LINK = "för"


def title_name(title: str) -> str | None:
    """The organisation a ``<kind noun> för <name>`` title names (round 18, A1): the whole
    name, a list of places included (``Förbundsordning för Kulturförbundet Västby, Ekvik och
    Dal``, ``Reglemente för Storsjöns vattenråd``), when it opens with a capitalised word and
    holds a proper name (a Title-case word neither the lemma nor the actor lexicon knows). An
    organ before a preposition names no organisation (``Reglemente för Kommunstyrelsen i
    Ekby``); an organisation's name by the actor lexicon's name patterns does (``Högskolan i
    Norrvik``; round 50, nu50 fault 2)."""
    from pipeline.normalize.glued_title import is_document_kind
    from pipeline.normalize.inline_headings import _capitalised
    from pipeline.normalize.words import is_actor_noun, known_noun

    words = title.split()
    if len(words) < 3 or words[1] != _TITLE_LINK or not is_document_kind(words[0]):
        return None
    owned = _owner_name(words[2:])
    words = words[:2] + owned if owned else words
    name = [word.removesuffix(",") for word in words[2:]]
    if not _capitalised(name[0]):
        return None
    if _state_agency_name(name):
        return " ".join(words[2:]).rstrip(",.;:")
    if (
        is_actor_noun(name[0])
        and (len(name) == 1 or not name[1][:1].isupper())
        and not _lexicon_name(name)
    ):
        return None
    if not any(_capitalised(word) and not known_noun(word) for word in name):
        return None
    return " ".join(words[2:]).rstrip(",.;:")


def _owner_name(words: list[str]) -> list[str] | None:
    """``styrelsen i Stiftelsen Lindgårdens minnesfond``: an organ owned through a preposition
    by an organisation named by its kind noun and a name (round 42, new-user trial) or by a
    name the actor lexicon's name patterns match (``kyrkorådet i Lövsjö församling``; round
    50) — the document is that organisation's, whatever municipality its text names (as the
    body that appoints the board). A place (``Kommunstyrelsen i Ekby``) names no
    organisation here."""
    from pipeline.language.grammar import GRAMMAR
    from pipeline.normalize.words import actor_lexicon

    if len(words) < 4 or words[1] not in GRAMMAR.owner_links:
        return None
    lexicon = actor_lexicon()
    organ, owner = lexicon.analyse(words[0]), lexicon.analyse(words[2])
    if organ is None or not words[2][:1].isupper():
        return None
    if owner is not None and owner[1].role == "organisation":
        return words[2:]
    return words[2:] if _lexicon_name(words[2:]) else None


def _state_agency_name(words: list[str]) -> bool:
    """Round 56 (newuser56 fault 11): a state agency's name, its capitalised definite kind
    and ``för`` before its lower-case task (``Myndigheten för kustförvaltning``; actors.yaml
    `authority_name_kinds`) or one capitalised compound ending in an agency's kind
    (``Skatteverket``, ``Arbetsförmedlingen``; `authority_name_ends`)."""
    from pipeline.normalize.words import actor_lexicon

    lexicon = actor_lexicon()
    first = words[0].rstrip(",.;:")
    if len(words) == 1:
        folded = first.casefold()
        return any(
            folded.endswith(end) and len(folded) > len(end) + 2 and " " not in end
            for end in lexicon.authority_name_ends
        )
    return (
        first.casefold() in lexicon.authority_name_kinds
        and words[1] == _TITLE_LINK
        and all(word[:1].islower() for word in words[2:])
    )


def _lexicon_name(words: list[str]) -> bool:
    """The words are one organisation's name by the actor lexicon's name patterns
    (`organisation_patterns`): a place before its kind (``Lövsjö församling``, ``Ekby
    stift``) or ``Högskolan i Norrvik`` (round 50, nu50 fault 2)."""
    from pipeline.normalize.words import actor_lexicon

    phrase = " ".join(words).rstrip(",.;:")
    return any(pattern.fullmatch(phrase) for pattern in actor_lexicon().organisation_patterns)


# Round 51 (newuser50b fault 12): a diary number's year, ``Dnr KF 2022/40``, ``Diarienummer:
# 2023/118`` (the register code optional; docs/clauses.md `year`).
_DIARY_YEAR = re.compile(
    r"\b(?i:dnr|diarienr|diarienummer)\.?:?[ \t]*(?:[A-ZÅÄÖ]{1,6}[ \t-]?)?"
    r"((?:19|20)\d{2})[/-]\d{1,6}\b"
)


def year(
    title_block: str | None, text: str, metadata: Mapping[str, str] | None = None
) -> int | None:
    """A year in the title, else the first adoption line's year, else the year of the
    reader's adoption date (`metadata_year`), else (round 51, the lowest source) the year of
    the first diary number: the year the matter was registered, near the adoption's but not
    always it, so any adoption date wins over it wherever it stands (review 51b must-fix 3);
    else (round 56, newuser56 fault 9) the year of the first dated line, an update,
    publication or signature date (`patterns.dated_line`)."""
    if title_block:
        match = _YEAR.search(title_block)
        if match:
            return int(match.group(1))
    adopted = _ADOPTED_YEAR.search(text)
    if adopted:
        return int(next(group for group in adopted.groups() if group))
    from_metadata = metadata_year(metadata) if metadata else None
    if from_metadata is not None:
        return from_metadata
    diary = _DIARY_YEAR.search(text)
    if diary:
        return int(diary.group(1))
    for dated in patterns.dated_line().finditer(text):
        line_end = text.find("\n", dated.start())
        if patterns.is_dated_line(text[dated.start() : line_end if line_end >= 0 else None]):
            return int(dated.group("year") or dated.group("iso"))
    return None


def metadata_year(metadata: Mapping[str, str]) -> int | None:
    """The year of the reader's adoption date (``adopted``: a header's ``Antagen
    2024-05-12``, a Markdown front matter's ``antagen:``; round 51, nu51 fault 7)."""
    match = _YEAR.search(metadata.get("adopted", ""))
    return int(match.group(1)) if match else None


def _sfs(group: str) -> str:
    """A bracketed SFS number, ``(2017:725)``, as the named group `group`."""
    return rf"\s*\((?P<{group}>{patterns.SFS_NUMBER})\)"


# ``lagen (2006:412) om allmänna vattentjänster``: the number between the word and the title
_TITLED_LAW = (
    rf"(?P<titled>lagen){_sfs('sfs_titled')}\s+(?P<title>om\s+[^,.()]{{3,120}}?)"
    r"(?=\s*[,.(;]|\s*$)"
)
# A section number is no part of a longer number or of a date: in `12.6.2023 § 54` and
# `2024-05-12 § 54` the `§` after a date is the minutes' paragraph, no statute reference
# (nu51 fault 3); a range's `28-29 §§` keeps its last number.
_NOT_IN_NUMBER = r"(?<![\d.,:/])(?<!\d{4}-\d\d-)"
_REFERENCE = re.compile(
    rf"{_NOT_IN_NUMBER}(?:(?P<chapter>\d+)\s*kap\.?\s*)?(?P<section>\d{{1,3}}\s*[a-z]?)\s*§\s*"
    rf"(?:(?:första|andra|tredje|fjärde|femte)\s+stycket\s+)?(?P<law>{patterns.LAW_NAME})?"
    rf"(?:{_sfs('sfs')})?"
    rf"|{_TITLED_LAW}"
    rf"|(?P<law_only>{patterns.LAW_NAME})(?:{_sfs('sfs_only')})?"
)


@functools.lru_cache(maxsize=8)
def law_abbreviations(
    path: Path | None = None,
) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """``laws.yaml`` of a configuration folder (None: the shipped one): ``KL`` →
    ``kommunallagen``, and a pattern for them after ``§``; no file, no abbreviations."""
    from pipeline.config import load_laws

    values = load_laws(path)
    names = "|".join(re.escape(k) for k in sorted(values, key=len, reverse=True))
    return values, re.compile(rf"\s*\(?(?P<abbr>{names})\b\)?") if values else None


@functools.lru_cache(maxsize=8)
def _reference_marks(path: Path | None = None) -> tuple[str, ...]:
    """Every reference has a ``§`` or a law name, which ends in one of the `law_endings` of
    ``laws.yaml`` (or starts with ``lagen``)."""
    from pipeline.config import law_endings

    return ("§", *law_endings(path))


def _titled_law(match: re.Match[str]) -> str | None:
    """``lagen (2006:412) om allmänna vattentjänster`` → ``lagen om allmänna vattentjänster``."""
    if match.group("titled") is None:
        return None
    return f"{match.group('titled')} {match.group('title')}"


def find_references(clause: Clause, laws_path: Path | None = None) -> Iterator[Reference]:
    if not any(mark in clause.text for mark in _reference_marks(laws_path)):
        return  # most clauses: skip the regular expression, which tries every position
    abbreviations, abbreviation = law_abbreviations(laws_path)
    for match in _REFERENCE.finditer(clause.text):
        law = match.group("law") or match.group("law_only") or _titled_law(match)
        sfs = match.group("sfs") or match.group("sfs_only") or match.group("sfs_titled")
        if law and law[:1].isupper() and not law.isupper():
            law = law[:1].lower() + law[1:]  # "Kommunallagen" first in its sentence
        section = match.group("section")
        end = match.end()
        while end > match.start() and clause.text[end - 1] == " ":
            end -= 1
        after = abbreviation.match(clause.text, end) if abbreviation and not law else None
        if after and section:
            closed = "(" in after.group() and after.group().endswith(")")
            law = abbreviations[after.group("abbr")]
            end = after.end() if closed else after.end("abbr")
        yield Reference(
            doc_id=clause.doc_id,
            clause_id=clause.clause_id,
            text=clause.text[match.start() : end],
            start=clause.start + match.start(),
            end=clause.start + end,
            law=law,
            sfs=sfs,
            chapter=match.group("chapter"),
            section=section.replace(" ", "") if section else None,
        )
