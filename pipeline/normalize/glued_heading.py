"""A heading glued to its text without a space (round 43, newuser43 cause 1).

A web copy of statutes may lose the line break between a ``§ N`` heading and its text, so
that the heading's last word runs into the capitalised first word of the sentence: ``§ 1
ÄndamålFöreningen ska …``, ``§ 4 Medlemmens skyldigheterMedlem ska:``, ``§ 1 ÄndamålIK
Granen är …``. Inside a Swedish word a lower-case letter is never followed by a capital, so
such a glue at the start of a block (after a label, or at the line's start) within its first
words is a boundary when

* the heading part before it is a word the lexicon knows, at least three letters, in
  lower case after its first letter (``McKinsey``, ``iPhone``, ``SvK`` are names: no cut),
  and the heading words before it carry no punctuation and no finite verb;
* the part after it opens a sentence: an acronym (``IK``), a word the lexicon knows
  (``Föreningen``, ``Medlem``) or a closed-class opener (layout.yaml `sentence_openers`) —
  a name (``NordJämtlands kommun``) is no sentence start of its own — and a finite verb
  follows within four words.

Round 44 (new-user trial 44, cause 2): the block may start in the middle of a flattened line,
at a ``§ N`` label cut there (``… begär det. § 5 KallelseOrdföranden ska …``).

The block is cut at the glue (`glued_heading_cut`): the heading is a clause of its own, the
sentence a paragraph under it, and no character is added, so offsets stay raw.
"""

from __future__ import annotations

import re
from itertools import islice

from pipeline import patterns
from pipeline.normalize.inline_headings import finite_verb
from pipeline.normalize.words import known_noun

_WORD = re.compile(r"\S+")
_GLUE = re.compile(r"(?<=[a-zåäöé])(?=[A-ZÅÄÖ])")
_MAX_HEADING_WORDS = 6
_MIN_HEADING_LETTERS = 3
_VERB_WORDS = 4  # the finite verb within this many words after the glued opener
_HEADING_PUNCTUATION = frozenset(".,;:!?()")
_LABEL_CHARS = 40  # a numbered label is far shorter: no copy of the rest of a long line


def glued_heading_cut(text: str, start: int = 0) -> int | None:
    """The offset in `text` where a heading glued to its sentence ends, for the block that
    starts at `start` (module docstring); None when there is none."""
    # round 44 (new-user trial 44, cause 2): the label read from `start` itself, since the
    # pattern's ``^`` holds only at the text's start (``… begär det. § 5 KallelseOrdföranden``)
    label = patterns.NUMBERED_HEAD.match(text[start : start + _LABEL_CHARS])
    offset = start + label.end() if label else start
    # the words read, not the line's rest, once per cut (review 44c, item 10)
    words = list(islice(_WORD.finditer(text, offset), _MAX_HEADING_WORDS + _VERB_WORDS))
    if not words or not words[0].group()[:1].isupper():
        return None
    # without a glue in the heading words the loop below can only return None; most blocks
    # have none, and its finite-verb tests are the dear part (round 48)
    if not any(_GLUE.search(match.group()) for match in words[:_MAX_HEADING_WORDS]):
        return None
    for index, match in enumerate(words[:_MAX_HEADING_WORDS]):
        word = match.group()
        glue = _GLUE.search(word)
        if glue is None:
            if _HEADING_PUNCTUATION & set(word) or finite_verb(word):
                return None
            continue
        heading, opener = word[: glue.start()], word[glue.start() :]
        following = [w.group() for w in words[index + 1 : index + 1 + _VERB_WORDS]]
        if _heading_word(heading) and _sentence_opener(opener, following):
            return match.start() + glue.start()
        return None
    return None


def _heading_word(word: str) -> bool:
    return (
        len(word) >= _MIN_HEADING_LETTERS
        and word.isalpha()
        and word[1:].islower()
        and not finite_verb(word)
        and known_noun(word)
    )


def _sentence_opener(word: str, following: list[str]) -> bool:
    bare = word.rstrip(",.;:")
    acronym = len(bare) >= 2 and bare.isalpha() and bare.isupper()
    opens = (
        acronym
        or (bare.isalpha() and known_noun(bare))
        or bare.casefold() in patterns.SENTENCE_OPENERS
    )
    return opens and any(finite_verb(word) for word in following)
