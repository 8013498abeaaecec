"""Line-break hyphenation: decide what each ``word- word`` is and resolve it in the text.

`hyphen_action` tells a word broken at a line end (joined: ``förvalt- ningen`` →
``förvaltningen``) from a real compound hyphen (``IT- system`` → ``IT-system``), a
suspended one (``roll- och ansvarsfördelning``) and a dash before a closed-class word
(``presidiet- så kallad beredning``, kept as written), using the Swedish word list (wordfreq);
`dehyphenate` applies the decisions to a mapped block and reports them with their spans.
The pattern (patterns.HYPHEN_BREAK) is shared with the scorer, whose clause alignment looks
through these repairs where a gold text keeps the page's damage (scoring.normalized).
"""

from __future__ import annotations

import bisect
import re

from pipeline.language.word_list import frequent_word, is_known_word
from pipeline.normalize.mapped import Mapped
from pipeline.normalize.model import NormalizeOptions
from pipeline.normalize.words import configured_actor_lexicon
from pipeline.patterns import HYPHEN_BREAK, HYPHENS

__all__ = ["HYPHENS", "dehyphenate", "hyphen_action", "is_known_word"]


def hyphen_action(left: str, right: str, options: NormalizeOptions) -> str:
    """Decide what a hyphen between `left` and `right` is: a word break or a real hyphen."""
    if right.lower() in options.keep_hyphen_before:
        return "kept_suspended"
    if right[:1].isupper() or right[:1].isdigit() or any(ch.isdigit() for ch in left):
        return "kept_compound"
    if len(left) == 1 or (left.isupper() and len(left) >= 2):
        return "kept_compound"
    language, least = options.word_list_language, options.known_word_min_frequency
    if frequent_word((left + right).lower(), language, least):
        return "joined"
    if right.lower() in options.keep_dash_before:
        return "kept_dash"
    left_known = frequent_word(left.lower(), language, least)
    right_known = frequent_word(right.lower(), language, least)
    if len(left) <= 3 and left_known and right_known:
        return "kept_compound"
    return "joined"


_SHORT_PART_LETTERS = 2  # ``be-``, ``ut-``, ``tv-``: a syllable or an abbreviation


def inword_break(left: str, right: str, options: NormalizeOptions) -> bool:
    """``del-ägarna``, ``Revi-sorn``: a print's line-break hyphen kept inside a word
    with no space (round 44, analysis 44-bh A1) is a break when the parts joined are a
    known word; not after a capital or digit part (``EU-direktiv``, ``IT-chef``), a
    one-letter part (``e-post``), a capitalised word (``Excel-fil``), nor where the joined
    word is unknown (``vd-instruktion``). After a two-letter part the joined word must be a
    common one (``be-slutet``, ``ut-skottet``, ``av-giften``): a rare join (``tvprogram``)
    keeps an abbreviation's compound hyphen (``tv-program``, SAOL; review 44c, item 6)."""
    if len(left) < 2 or not left[-1].islower():
        return False
    if any(ch.isupper() for ch in left[1:]):
        return False  # "McAdmin-konto", "SvK-råd": a mixed-case name
    language, common = options.word_list_language, options.common_word_min_frequency
    known = common if len(left) == _SHORT_PART_LETTERS else options.known_word_min_frequency
    if left[0].isupper() and frequent_word(left.lower(), language, common):
        return False  # "Excel-fil": a name's (or a capitalised word's) own compound hyphen
    return frequent_word((left + right).lower(), language, known)


# Round 53 (analysis 53-cd D; docs/annotation.md §1.1 round 47): what may follow the word
# after an in-line ``word- `` that is itself a suspended first part: its own hyphen and a
# space (``Kultur- fritids- och …``), or a coordinator and the compound that closes the
# series (``Fritids- idrott och folkhälsonämnden``; group ``last``).
_SERIES_AFTER = re.compile(
    rf"[{HYPHENS}] (?=[a-zåäö])|\s+(?P<coordinator>[a-zåäö]+)\s+(?P<last>[a-zåäö]+)"
)


def _suspended_in_series(text: str, match: re.Match[str], options: NormalizeOptions) -> str | None:
    """``kept_suspended`` for an in-line ``<Word>- <word>`` whose second word is a suspended
    first part of a series that lost its comma (round 47, analysis 53-cd D): the second
    word has a hyphen of its own before a space and a lower-case word (``Kultur- fritids-
    och …``), where the two joined are no word (``kommun- styrelse- och …`` is a broken
    word); or a coordinator (`keep_hyphen_before`) and a compound of an actor noun close
    the series (``Fritids- idrott och folkhälsonämnden``), where the first part is a
    capitalised word, both parts are words of their own and the second is no actor noun
    (``Förvaltnings- chefen och nämnden``: a broken word). None otherwise."""
    left, right = match.group(1), match.group(2)
    after = _SERIES_AFTER.match(text, match.end(2))
    if after is None:
        return None
    language, least = options.word_list_language, options.known_word_min_frequency
    if after.group("last") is None:
        joined = frequent_word((left + right).lower(), language, least)
        return None if joined else "kept_suspended"
    if after.group("coordinator") not in options.keep_hyphen_before:
        return None
    if not (left[:1].isupper() and left[1:].islower()):
        return None
    if not (frequent_word(left.lower(), language, least) and frequent_word(right, language, least)):
        return None
    lexicon = configured_actor_lexicon(options.actors_path)
    closing = lexicon.analyse(after.group("last"))
    if lexicon.analyse(right) is not None or closing is None:
        return None
    return "kept_suspended" if closing[0] != closing[1].head else None


# A word with one hyphen between letters inside it, no space (`del-ägarna`); not a word
# of several hyphens (`Norrbo-Ekvik-Åby`), nor the first part of a suspended compound.
INWORD_HYPHEN = re.compile(
    rf"(?<![{HYPHENS}\w])([^\W\d_]+)[{HYPHENS}]([a-zåäö][^\W\d_]*)(?![{HYPHENS}\w])"
)

# Round 52 (nu51b): an ISO date cut after its year's hyphen by a line break or a stray
# space (`2025- 02-11`): a 4-digit year, the hyphen, a space and a month-day run; the space
# is dropped as a compound hyphen's is (`IT- system`), the characters kept as printed.
DATE_BREAK = re.compile(
    rf"(?<![{HYPHENS}\w])\d{{4}}[{HYPHENS}]( )"
    rf"(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![{HYPHENS}\w])"
)


def dehyphenate(
    block: Mapped, line_breaks: set[int], options: NormalizeOptions
) -> tuple[Mapped, list[tuple[int, int, str, str, str, bool]]]:
    """Resolve every ``word- word`` in a block; returns the block and the decisions made."""
    text = block.text
    drop: list[int] = []
    decisions: list[tuple[int, int, str, str, str, bool]] = []
    for match in HYPHEN_BREAK.finditer(text):
        left, right = match.group(1), match.group(2)
        hyphen_at = match.start(2) - 2
        action = hyphen_action(left, right, options)
        if action == "joined" and hyphen_at + 1 not in line_breaks:
            action = _suspended_in_series(text, match, options) or action
        if action == "joined":
            drop.extend([hyphen_at, hyphen_at + 1])
        elif action == "kept_compound":
            drop.append(hyphen_at + 1)
        decisions.append(
            (match.start(1), match.end(2), left, right, action, hyphen_at + 1 in line_breaks)
        )
    for match in INWORD_HYPHEN.finditer(text):
        left, right = match.group(1), match.group(2)
        if inword_break(left, right, options):
            drop.append(match.end(1))
            decisions.append((match.start(1), match.end(2), left, right, "joined", False))
    for match in DATE_BREAK.finditer(text):
        space = match.start(1)
        drop.append(space)
        left, right = text[match.start() : space - 1], text[space + 1 : match.end()]
        decisions.append(
            (match.start(), match.end(), left, right, "kept_compound", space in line_breaks)
        )
    if not drop:
        return block, decisions
    decisions.sort()
    dropped = sorted(drop)
    shifted = []
    for start, end, left, right, action, at_break in decisions:
        new_start = start - bisect.bisect_left(dropped, start)
        new_end = end - bisect.bisect_left(dropped, end)
        shifted.append((new_start, new_end, left, right, action, at_break))
    return block.without(dropped), shifted
