"""A document title glued to the first sentence of its text (round 18, A1).

A flattened document may print its title and first sentence on one line without
punctuation between them: ``Stadgar för Idrottsföreningen Norrtorps Vänner Föreningen är en
ideell förening.`` A title that opens with a document-kind noun (actors.yaml
`document_kind_nouns`: ``reglemente``, ``stadgar``, ``förbundsordning``, ``ägardirektiv`` …,
also as the head of a compound: ``Attestreglemente``) and ``för`` names what it governs; the
name runs, over a comma or ``och`` list of places (``Kulturförbundet Västby, Ekvik och
Dal``), up to the capitalised word that opens the first sentence: a Title-case word right
before a finite verb (``Föreningen är``, ``Bolaget ska``), or an actor noun before the comma
of an apposition or relative clause (``Vattenrådet, som bildades 2010, ska``). The line is
cut before that word (`title_cut`): the title becomes a heading of its own, and the
organisation it names is declared from it (segment.facts `title_name`).

A title may also go on with its adoption metadata, a date without a year at its end, glued
to the enacting sentence (round 19, cause A2): ``Kustverkets interna regler om
arbetsordning KIR 2019:3 beslutade den 3 mars Kustverket föreskriver följande …``. A
verbless title, an adoption participle (layout.yaml `adoption_words`), then words up to a
date's end (a month name, or a word with a digit) before a Title-case word with a finite
verb within four words: the line is cut before that word (`dated_title_cut`).

A protocol or case heading in web text ends in the noun that the glued sentence opens with,
capitalised (round 21, cause A2a): ``Kulturnämndens förslag till beslut i kommunstyrelsen
Kommunstyrelsen antar …``. Mid-sentence a word is never repeated with a capital; after a
verbless heading (no sentence end, no finite verb) a capitalised word that repeats
the heading's last word (or is its genitive) with a finite verb within four words opens the
sentence: the title line is cut before it (`repeated_noun_cut`). Only the document's first
block: a heading glued to a body line stays one clause (docs/annotation.md §1.2).
"""

from __future__ import annotations

import re

from pipeline import patterns
from pipeline.normalize.inline_headings import _capitalised, _ends_sentence, finite_verb
from pipeline.normalize.words import actor_lexicon, is_actor_noun

_WORD = re.compile(r"\S+")
_TITLE_LINK = "för"
_MAX_NAME_WORDS = 10  # a name longer than this is no title's
_MAX_TITLE_WORDS = 15  # the title before its adoption participle
_MAX_METADATA_WORDS = 12  # the participle up to its date's end
_SENTENCE_OPENING_WORDS = 4


def is_document_kind(word: str) -> bool:
    """A Title-case document-kind noun, or a compound whose head is one (``Attestreglemente``)."""
    kinds = actor_lexicon().document_kind_nouns
    return _capitalised(word) and bool(kinds) and word.casefold().endswith(kinds)


def _opens_sentence(word: str, following: str) -> bool:
    """`word` opens a sentence: Title case before a finite verb (``Bolaget ska``), or an
    actor noun before the comma of an apposition or relative clause (``Vattenrådet, som``)."""
    bare = word.removesuffix(",")
    if not _capitalised(bare) or len(bare) < 2:
        return False
    if bare != word:
        return is_actor_noun(bare)
    return finite_verb(following)


def title_cut(text: str) -> int | None:
    """The offset in `text` (a document's first block) where its first sentence starts after a
    glued ``<kind noun> för <name>`` title (module docstring); None when there is none."""
    words = list(_WORD.finditer(text))
    texts = [match.group() for match in words]
    if len(texts) < 4 or not is_document_kind(texts[0]) or texts[1] != _TITLE_LINK:
        return None
    for index in range(3, min(len(texts) - 1, 3 + _MAX_NAME_WORDS)):
        before = texts[index - 1]
        if _ends_sentence(before) or not before.removesuffix(",").replace("-", "").isalnum():
            return None  # the title ended with punctuation: nothing glued to it here
        if _opens_sentence(texts[index], texts[index + 1]):
            return words[index].start()
    return None


def _title_word(word: str) -> bool:
    """A word of a verbless title or its metadata: no sentence end, no listed finite verb
    (layout.yaml `sentence_verbs`; a present the lexicon knows may be a title's plural noun:
    ``stadgar``, ``regler``)."""
    return not _ends_sentence(word) and word.strip(",;:()") not in patterns.SENTENCE_VERBS


def dated_title_cut(text: str) -> int | None:
    """The offset in `text` (a document's first block) where its first sentence starts after
    a title whose adoption metadata ends in a date (module docstring); None when none."""
    words = list(_WORD.finditer(text))
    texts = [match.group() for match in words]
    opening = next((index for index, word in enumerate(texts[: _MAX_TITLE_WORDS + 1])
                    if word.casefold() in patterns.ADOPTION_WORDS), None)
    if not opening or not all(_title_word(word) for word in texts[:opening]):
        opening = _masthead_adoption(text, texts)
        if opening is None:
            return None
    return _cut_after_date(words, texts, opening)


# A statute collection's code and number in a print's masthead: ``FFS 2031:4``, ``LSFS 2030:2``
_COLLECTION_CODE = re.compile(r"(?<!\S)[A-ZÅÄÖ]{1,6}FS \d{4}:\d+(?!\S)")


def _masthead_adoption(text: str, texts: list[str]) -> int | None:
    """Analysis 52-p P-A: a statute print's masthead glued before its title (``<AGENCY>S
    FÖRFATTNINGSSAMLING ISSN … XFS 2031:9 Utkom från trycket den … <title>; beslutade den …``)
    holds words no title has and runs past `_MAX_TITLE_WORDS`: where the block holds a
    statute collection's code, the last adoption participle (layout.yaml `adoption_words`)
    opens the metadata that `dated_title_cut` reads."""
    if _COLLECTION_CODE.search(text) is None:
        return None
    adoption = patterns.ADOPTION_WORDS
    found = [index for index, word in enumerate(texts) if word.casefold() in adoption]
    return found[-1] if found and found[-1] > 0 else None


def _cut_after_date(words: list[re.Match[str]], texts: list[str], opening: int) -> int | None:
    """Where the sentence after the adoption metadata that opens at `opening` starts: a
    Title-case word after the date's end with a finite verb within four words."""
    from pipeline.normalize.reflow import _date_end, _dated

    last = min(len(texts) - 2, opening + _MAX_METADATA_WORDS)
    for index in range(opening + 1, last + 1):
        word, following = texts[index], texts[index + 1]
        if not _title_word(word):
            return None
        if not (_date_end(texts, index) and _capitalised(following)
                and _dated(" ".join(texts[opening : index + 1]))):
            continue
        verbs = texts[index + 2 : index + 2 + _SENTENCE_OPENING_WORDS]
        if any(finite_verb(verb) for verb in verbs):
            return words[index + 1].start()
    return None


def _same_noun(last: str, word: str) -> bool:
    """`word` repeats `last` (as written, or one of them its genitive in -s)."""
    last, word = last.casefold(), word.removesuffix(",").casefold()
    genitives = (last + "s", last + "'s")
    return len(last) > 2 and (word == last or word in genitives or last == word + "s")


def repeated_noun_cut(text: str) -> int | None:
    """The offset in `text` where a sentence opening with the last noun of the verbless
    heading before it starts (module docstring: ``… i kommunstyrelsen Kommunstyrelsen antar
    …``); None when there is none."""
    words = list(_WORD.finditer(text))
    texts = [match.group() for match in words]
    for index in range(2, min(len(texts) - 1, _MAX_TITLE_WORDS + 1)):
        before, word = texts[index - 1], texts[index]
        if not _title_word(before) or finite_verb(before):
            return None  # a sentence, not a heading, before the word
        if not (before[:1].islower() and _capitalised(word.removesuffix(","))):
            continue
        if not _same_noun(before, word):
            continue
        verbs = texts[index + 1 : index + 1 + _SENTENCE_OPENING_WORDS]
        if any(finite_verb(verb) for verb in verbs):
            return words[index].start()
    return None


_MIN_TITLE_REPEAT_WORDS = 2


def _field_label(word: str) -> bool:
    """A memo's field label: a capitalised word ending in a colon (``Handläggare:``)."""
    return word.endswith(":") and _capitalised(word[:-1])


def _may_repeat_title(text: str, title: tuple[str, ...]) -> bool:
    """Round 55 (perf55c): a field label's colon stands in the text and each of the title's
    words in its casefolded form (a word's casefolded form is a piece of the text's): else
    `title_repeat_cuts` finds no repeat, and the text's words are not read."""
    if ":" not in text:
        return False
    folded = text.casefold()
    return all(word in folded for word in title)


def title_repeat_cuts(text: str, title: tuple[str, ...]) -> list[int]:
    """Round 24, cause C5: a memo's body line repeats its whole title line (two words or more,
    casefolded in `title`) after its field labels (``3 Handläggare: Eva Lund Datum: …
    Byggnadsnämnden Remiss om ny taxa Förslag till beslut Byggnadsnämnden föreslås …`` under
    ``Remiss om ny taxa``): the repeat is a heading clause of its own, cut at its start and
    end, when a field label stands before it and a capitalised word follows it."""
    if len(title) < _MIN_TITLE_REPEAT_WORDS or not _may_repeat_title(text, title):
        return []
    words = list(_WORD.finditer(text))
    folded = [match.group().casefold() for match in words]
    size = len(title)
    labelled = False
    for index in range(len(words) - size):
        labelled = labelled or _field_label(words[index].group())
        start = index + 1
        if (
            labelled
            and tuple(folded[start : start + size]) == title
            and _capitalised(words[start].group())
            and _capitalised(words[start + size].group() if start + size < len(words) else "")
        ):
            return [words[start].start(), words[start + size - 1].end()]
    return []
