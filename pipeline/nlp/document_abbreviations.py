"""Abbreviations a document defines in its list of abbreviations (round 44, probe44 A1;
docs/annotation.md §2): after a label (configs/grammar.yaml `abbreviation_list_labels`) and
its colon, ``FC = förvaltningschef, MI = miljöinspektör`` or table lines ``PC Parkchef``
pair an abbreviation in capitals with its expansion; so do the rows after the label alone
(``Förkortningar`` ⏎ ``FC Förvaltningschef`` ⏎ ``BiH Biståndshandläggare``, a table's
rows; round 46). Where the expansion opens with an actor
mention (past adjectives: ``TC = teknisk chef``), the abbreviation is that actor in every
clause of the document (``Avvisning av överklagan FC``, ``AC ska hålla förteckningen
aktuell``), with the expansion's canonical and category; an expansion that names a law or a
document (``KL = kommunallagen``) defines no actor. The definitions are read once per
document; an acronym in brackets after an organisation's name is `short_names`' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from pipeline.language.abbreviations import is_abbreviation_word, is_list_label
from pipeline.language.grammar import GRAMMAR
from pipeline.nlp.actors import CELL_SEPARATOR, ActorMention, on_token, row_cells
from pipeline.nlp.memo import doc_text

_SEPARATORS = frozenset({",", ";", "och"})
_EXPANSION_ENDS = frozenset({",", ";", ".", ":", "(", ")"})


def _list_starts(doc: Doc) -> Iterator[int]:
    """The token after each ``<label>:`` that opens a list of abbreviations."""
    if ":" not in doc_text(doc):
        return  # no label's colon: no Token made per word
    for token in doc[:-1]:
        if token.lower_ in GRAMMAR.abbreviation_list_labels and doc[token.i + 1].text == ":":
            yield token.i + 2


def _definitions(doc: Doc, start: int) -> Iterator[tuple[Token, int, int]]:
    """(abbreviation, expansion start, expansion end) of the run of definitions from
    `start`: each an abbreviation, an optional ``=`` and words up to the next abbreviation or
    a comma; the run ends at the first entry whose expansion is empty or opens with a number
    (a table's rows after the list)."""
    position = start
    while position < len(doc) and is_abbreviation_word(doc[position].text):
        first = position + 1
        if first < len(doc) and doc[first].text in {"=", "–", "-"}:
            first += 1
        end = first
        while (
            end < len(doc)
            and not is_abbreviation_word(doc[end].text)
            and doc[end].text not in _EXPANSION_ENDS
        ):
            end += 1
        if end == first or doc[first].like_num:
            return
        yield doc[position], first, end
        position = end
        while position < len(doc) and doc[position].lower_ in _SEPARATORS:
            position += 1


def _expansion_actor(doc: Doc, first: int, end: int) -> ActorMention | None:
    """The actor the expansion names: a mention opening it, or one after its adjectives
    (``teknisk chef``: the whole expansion is the canonical)."""
    position = first
    while position < end and doc[position].pos_ == "ADJ":
        position += 1
    for mention in doc._.actors or []:
        if mention.first_token != position or mention.last_token >= end or mention.genitive:
            continue
        if position == first:
            return mention
        words = doc[first : mention.last_token + 1].text.lower()
        return replace(mention, canonical=words)
    return None


def _phrase_pattern(phrases: Mapping[str, ActorMention]) -> re.Pattern[str] | None:
    """One alternation over the short forms of several words, longest first, between word
    boundaries: compiled once per document (review 51), not per phrase and clause."""
    if not phrases:
        return None
    alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _phrase_mentions(
    doc: Doc, phrases: Mapping[str, ActorMention], pattern: re.Pattern[str] | None
) -> list[ActorMention]:
    """A mention of each short form of several words (``Soc sekr``) where the Doc's text
    writes it between word boundaries (`pattern`: `_phrase_pattern`)."""
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            short = match.group()
            found.append(
                replace(
                    phrases[short], start=match.start(), end=match.end(), text=short,
                    first_token=span.start, last_token=span.end - 1, genitive=False,
                    short=True, source="abbreviation",
                )
            )
    return found


_TABLE_ROW = "table_row"


def _cells(doc: Doc) -> list[tuple[int, int]]:
    """A table row's cells as token ranges: split at the cell separator (`row_cells`), else
    (a tab row, its tabs spaced) the first word and the rest."""
    cells = row_cells(doc)
    if cells or any(token.text == CELL_SEPARATOR for token in doc):
        return cells
    return [(0, 1), (1, len(doc))] if len(doc) >= 2 else []


def _key_header(doc: Doc, cells: list[tuple[int, int]]) -> bool:
    """``Förkortning | Betydelse``: the first two cells are a key table's column names."""
    (first, first_end), (second, second_end) = cells[:2]
    return (
        doc[first:first_end].text.lower() in GRAMMAR.abbreviation_key_headers
        and doc[second:second_end].text.lower() in GRAMMAR.abbreviation_key_meanings
    )


def _label_heading(doc: Doc, kind: str) -> bool:
    """A heading that is a list-of-abbreviations label alone (``Förkortningar``)."""
    return kind == "heading" and is_list_label(doc.text)


def _key_table_definitions(
    docs: Sequence[Doc], kinds: Sequence[str]
) -> Iterator[tuple[Doc, Token, int, int]]:
    """(row, abbreviation, expansion start, expansion end) of each row of a key table (round
    46, nu46 cause 1): the table rows after a header row ``Förkortning | Betydelse``
    (grammar.yaml `abbreviation_key_headers`, `abbreviation_key_meanings`) or right under a
    heading that is a list label, each an abbreviation alone in its first cell and the
    expansion in its second; any other row ends the table. An abbreviation the lexicon
    already reads as an actor keeps that reading."""
    in_key = False
    for doc, kind in zip(docs, kinds, strict=False):
        if kind != _TABLE_ROW:
            in_key = _label_heading(doc, kind)
            continue
        cells = _cells(doc)
        if len(cells) < 2:
            in_key = False
        elif _key_header(doc, cells):
            in_key = True
        elif in_key:
            (first, first_end), (second, second_end) = cells[:2]
            # a row printed ``SN = Socialnämnden``: the sign defines a truncation (``Ordf``)
            # as well as a word in capitals (round 51, nu51 fault 1)
            equals = second < second_end and doc[second].text in {"=", "–", "-"}
            second += equals
            if (
                first_end - first != 1
                or not (equals or is_abbreviation_word(doc[first].text))
                or second == second_end
            ):
                in_key = False
                continue
            if not _lexicon_reads(doc, first):
                yield doc, doc[first], second, second_end


def _lexicon_reads(doc: Doc, index: int) -> bool:
    """The actor lexicon reads the word at `index` alone as an actor (``AU``: arbetsutskott):
    a key table's row keeps that reading, the lexicon's canonical (round 46)."""
    return any(
        m.first_token == index == m.last_token and m.source == "lexicon" for m in doc._.actors or []
    )


_MAX_SHORT_PIECES = 3  # a legend's short form: at most three clipped words (`1:e soc sekr`)
_PIECE_SPLIT = re.compile(r"[\s-]+")
_ORDINAL = re.compile(r"\d{1,2}:[ae]")


def _clipped_from(short: str, expansion: str, ordinals: Mapping[str, str]) -> bool:
    """``Ordf`` of ``Miljönämndens ordförande``, ``Soc sekr`` of ``Socialsekreterare``,
    ``IFO-chef`` of ``Individ- och familjeomsorgschef``, ``1:e soc sekr`` of ``Förste
    socialsekreterare``: each piece of the short form (split at spaces and hyphens) is, in
    order, a clipping found in the expansion's letters, the first at a word's start (not
    after an acronym: ``chef``); a numeric ordinal stands for its word (`numeric_ordinals`),
    an all-capital acronym piece for words it abbreviates; at least one clipped piece of
    letters, and the short form is shorter."""
    pieces = [p.rstrip(".").lower() for p in _PIECE_SPLIT.split(short) if p]
    words = expansion.lower().replace("-", " ").split()
    letters = "".join(words)
    if not 0 < len(pieces) <= _MAX_SHORT_PIECES or len(short) >= len(expansion):
        return False
    starts = {sum(map(len, words[:i])) for i in range(len(words))}
    position, clipped, acronym = 0, 0, False
    for piece, written in zip(pieces, _PIECE_SPLIT.split(short), strict=False):
        if _ORDINAL.fullmatch(piece):
            piece = ordinals.get(piece, piece)
        elif len(written) > 1 and written.isupper():
            acronym = True  # an acronym piece (`IFO`): the words it abbreviates
            continue
        found = letters.find(piece, position)
        opening = clipped == 0 and not acronym
        if not piece.isalpha() or found < 0 or (opening and found not in starts):
            return False
        position, clipped = found + len(piece), clipped + 1
    return clipped > 0


def _legend_row(
    doc: Doc, ordinals: Mapping[str, str]
) -> tuple[str, ActorMention] | None:
    """A legend row under a list label whose short form is no all-capital acronym (round
    44's list; analysis 51-w50y I): ``Ordf Miljönämndens ordförande``, ``Enh chef
    Enhetschef``: the words before the first capitalised actor mention after them (at most
    three clipped pieces) are that actor's short form."""
    for mention in doc._.actors or []:
        if mention.first_token == 0 or mention.genitive or not mention.text[:1].isupper():
            continue
        short = doc[: mention.first_token].text
        expansion = doc[mention.first_token :].text
        if _clipped_from(short, mention.text, ordinals) and expansion.startswith(mention.text):
            return short, mention
        return None
    return None


def defined_abbreviations(
    docs: Sequence[Doc], kinds: Sequence[str] = (), ordinals: Mapping[str, str] | None = None
) -> dict[str, ActorMention]:
    """Each abbreviation the document's lists and key tables define as an actor, with that
    actor (the first definition wins); `kinds` are the clauses' kinds (no key table without
    them); a legend's rows under a label define their short forms too (`_legend_row`;
    `ordinals`: the lexicon's numeric ordinals, ``1:e`` → ``förste``)."""
    defined: dict[str, ActorMention] = {}
    under_label = False  # the clauses after a label alone are the list's rows (round 46)
    for doc in docs:
        starts = list(_list_starts(doc))
        row = _legend_row(doc, ordinals or {}) if under_label and len(doc) else None
        if under_label and len(doc) and is_abbreviation_word(doc[0].text):
            starts.append(0)
        elif row is not None:
            defined.setdefault(row[0], row[1])
        else:
            under_label = is_list_label(doc_text(doc))  # a heading over the list's rows
        for start in starts:
            for abbreviation, first, end in _definitions(doc, start):
                actor = _expansion_actor(doc, first, end)
                if actor is not None:
                    defined.setdefault(abbreviation.text, actor)
    for doc, abbreviation, first, end in _key_table_definitions(docs, kinds):
        actor = _expansion_actor(doc, first, end)
        if actor is not None:
            defined.setdefault(abbreviation.text, actor)
    return defined


def add_abbreviations(
    docs: Sequence[Doc], kinds: Sequence[str] = (), ordinals: Mapping[str, str] | None = None
) -> list[Doc]:
    """Add a mention of each defined abbreviation to every Doc it stands in, in place of a
    one-word mention the actor lexicon read on it; the Docs that changed (their statements
    need finding again). `kinds`: each Doc's clause kind (for key tables). A short form of
    several words (``Enh chef``) replaces the mentions inside it."""
    defined = defined_abbreviations(docs, kinds, ordinals)
    changed: list[Doc] = []
    if not defined:
        return changed
    phrases = {short: mention for short, mention in defined.items() if " " in short}
    pattern = _phrase_pattern(phrases)
    for doc in docs:
        mentions = doc._.actors or []
        longer = {i for m in mentions if m.last_token > m.first_token
                  for i in range(m.first_token, m.last_token + 1)}  # fmt: skip
        added = [
            on_token(defined[t.text], t, short=True, source="abbreviation")
            for t in doc
            if t.text in defined and t.i not in longer
        ]
        added += _phrase_mentions(doc, phrases, pattern)
        if not added:
            continue
        at = {i for m in added for i in range(m.first_token, m.last_token + 1)}
        kept = [
            m for m in mentions if at.isdisjoint(range(m.first_token, m.last_token + 1))
        ]
        doc._.actors = sorted([*kept, *added], key=lambda m: m.start)
        changed.append(doc)
    return changed
