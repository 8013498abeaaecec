"""Repeated page headers glued into the first line of a later page.

A PDF flattened into text keeps each page's running header at the start of the page's first
line: the title of page 1 and the organisation's name, in either order (``Riktlinjer för
attest Ekby kommun Inledning Nämnden ska …`` under the title line ``Riktlinjer för attest``).
Such a header is page furniture, like a page number: it is dropped (no output character) and
the block is cut where it stood, so a one-word heading after it opens a clause of its own
(docs/annotation.md §1.2, round 30 cause S3). The name is one an organisation pattern reads
whole (`pipeline.language.organisations.organisation`: ``Ekby kommun``, ``Region Norrby``); a
capitalised word follows the header, and the document's first line is never one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.normalize.lines import Line, split_lines

_WORD = re.compile(r"\S+")
_MAX_TITLE_WORDS = 12
_SENTENCE_END = ".:;!?"


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _WORD.findall(text))


def _title(text: str) -> tuple[str, ...]:
    """The words of a title line: two to twelve, no sentence end, no leading number."""
    words = _words(text)
    if not 2 <= len(words) <= _MAX_TITLE_WORDS or text.rstrip()[-1:] in _SENTENCE_END:
        return ()
    return () if text.lstrip()[:1].isdigit() else words


def _may_hold(text: str, word: str) -> bool:
    """Some word of `text` may casefold to `word` (casefolded): casefolding maps each
    character on its own, so such a word's fold is a substring of the text's fold. One test
    per line before its words are folded one by one (most lines hold no title word)."""
    return word in text.casefold()


def repeated_header_spans(text: str) -> list[tuple[int, int]]:
    """Raw [start, end) of each repeated page header that opens a line after the first
    (module docstring): the title line's words and an organisation's name, either first,
    before a capitalised word."""
    lines = [line for line in split_lines(text) if not line.is_blank]
    title = _title(lines[0].stripped) if len(lines) > 1 else ()
    if not title:
        return []
    spans: list[tuple[int, int]] = []
    for line in lines[1:]:
        if not _may_hold(line.text, title[0]):
            continue
        words = list(_WORD.finditer(line.text))
        folded = tuple(word.group().casefold() for word in words)
        if title[0] not in folded[: _NAME_WORDS + 1]:
            continue
        size = _header_size(words, folded, title)
        if size is not None:
            spans.append((line.start + words[0].start(), line.start + words[size - 1].end()))
    return spans


def title_repeats_after_counters(lines: Sequence[Line], counters: frozenset[int]) -> frozenset[int]:
    """Round 43 (probe43, cause 8): the indices of the lines that repeat the title line word
    for word right after or right before a page-number or page-counter line (``Sida 2 av 3``
    ⏎ ``Instruktion för …``; `counters`: the indices of those lines): a later page's running
    header, dropped like the counter (no output character; docs/annotation.md §1.2, round
    30). The title line itself and a repeat with no counter beside it stay."""
    content = [index for index, line in enumerate(lines) if not line.is_blank]
    kept = [index for index in content if index not in counters]
    title = _title(lines[kept[0]].stripped) if len(kept) > 1 else ()
    if not title:
        return frozenset()
    return frozenset(
        index
        for position, index in enumerate(content)
        if index != kept[0]
        and index not in counters
        and _beside_counter(content, position, counters)
        and _words(lines[index].text) == title
    )


def _beside_counter(content: list[int], position: int, counters: frozenset[int]) -> bool:
    neighbours = content[max(position - 1, 0) : position] + content[position + 1 : position + 2]
    return any(index in counters for index in neighbours)


_NAME_WORDS = 4  # an organisation's name: ``Ekby kommun``, ``Region Norrby``, ``Ekby Energi AB``


def _header_size(
    words: list[re.Match[str]], folded: tuple[str, ...], title: tuple[str, ...]
) -> int | None:
    """The number of words of a header opening `words`: the title then a name, or a name then
    the title, a capitalised word after it; else None."""
    texts = [word.group() for word in words]
    for size in range(1, _NAME_WORDS + 1):
        if folded[size : size + len(title)] == title and _names_organisation(texts[:size]):
            end = size + len(title)
            if end < len(words) and texts[end][:1].isupper():
                return end
    if folded[: len(title)] != title:
        return None
    for size in range(_NAME_WORDS, 0, -1):
        end = len(title) + size
        if end < len(words) and texts[end][:1].isupper() and _names_organisation(
                texts[len(title) : end]):
            return end
    return None


def _names_organisation(words: list[str]) -> bool:
    """The words are one organisation's whole name (`organisations.organisation`)."""
    from pipeline.language.organisations import organisation  # its config imports normalize

    phrase = " ".join(words)
    named = organisation(phrase) or ""
    return bool(words) and words[0][:1].isupper() and named.casefold() == phrase.casefold()
