"""Unnumbered inline headings and sub-paragraph labels of a flattened line (round 16, A1, A2).

A page flattened onto one line glues its unnumbered headings to the text under them:
``Allmänt om arvoden Vad gäller för arvoden Med arvode avses … nämnden. Anmälan av beslut
Beslut som fattas …``. Without punctuation the boundary shows in the grammar: a capitalised
word in mid-line right after a lower-case word (no punctuation between) opens a new clause

* when it is a closed-class word (layout.yaml `boundary_words`: a preposition, determiner,
  pronoun, conjunction, subjunction, adverb or question word) — mid-sentence such a word is
  never capitalised; or
* when the words before it since the last sentence end (or line start, or cut) are a short
  verbless phrase, 2–6 capitalised-first words without punctuation or finite verb (a
  question word may open it with its verb: ``Hur leds förvaltningen``), and a finite verb
  follows it within four words: the phrase was a heading, the word opens a sentence. Only
  in a line whose headings a closed-class boundary already shows: a body line with a
  heading or two glued to its sentences and no other sign (``… principer. Ekonomi och
  avkastning Bolaget ska …``) stays one clause, as annotated (docs/annotation.md §1.2).

A capitalised content word after a preposition or conjunction is a name governed by it
(``enligt Kommunallagen``, ``till Fastighets- och servicenämnden``, ``i Region Kalmar län``),
and a name after an actor noun is its apposition (``bolaget Ekby Energi AB``): no cut.
A capitalised word alone after a sentence end before a closed-class word is a one-word heading
(``… ut. Delegering Vid förfall …``). A stray lower-case fragment after a full stop (``…
arbetsinkomst. er Enligt …``, a broken page's leftover) glues nothing: the word after it
opens a clause.

A run of two or more words in capitals (a title or heading, one word at least five letters
long: shorter runs are acronyms) before a Title-case word that opens a sentence (a
closed-class opener, layout.yaml `sentence_openers`, or a finite verb within four words)
ends there (``ARBETSORDNING FÖR VALNÄMNDEN Utöver kommunallagen gäller …``; a protocol
header ``VÄSTBY KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sammanträdesdatum …`` goes
on), and starts a clause of its own unless a preposition or conjunction governs it; a run
of bare commas (the empty fields of a flattened cover table: ``…, , , Arbetsordning för
…``) ends what comes before it (`title_run_cuts`).

Sub-paragraph labels ``mom. N``, ``st. N``, ``p. N`` inside the line start a block labelled
with them (`subparagraph_cuts`), whatever follows the label.

Round 22, cause A4: a capitalised word after a noun naming a heading or a part of a document
(layout.yaml `heading_name_cues`: ``Texten under rubriken Nämndens ansvar stryks.``,
``under avsnittet Regionens uppdrag``) is the quoted heading's name: no cut before it.

Round 20: a sentence that lost its stop (a flattened list's bullets) ends before a
capitalised actor that a finite verb follows (``… skall beredas och arkiveras Styrelsen och
direktören utgör …``, `SENTENCE`: normalize keeps the pieces as the sentences of one
paragraph); the one-letter ``I`` opens a sentence after a verbless heading (``Övergripande
principer I Förbundets reglemente anges …``); an acronym or its genitive opens one after a
heading that may hold acronyms (``1 Principer för ABF:s organisation ABF:s verksamhet leds
…``); a one-word heading may open the line after a metadata line (`opening_heading_end`).

Round 24: two verbless headings in a row make two clauses (``… remissen. Yttrande över
remissen Förslag till beslut Miljönämnden föreslås …``: a capitalised word after a lower-case
word that governs no name starts the second, `_stacked_starts`); a one-word heading stands
before a name or actor that opens a sentence (``… år. Ändamål Ekviken ska …``); a heading may
have up to eight words between two sentence ends, and a sentence may open with a subject and
its prepositional attributes before a late finite verb (``Förslaget till taxa för tillsynen
medför …``, layout.yaml `noun_phrase_links`); a quoted title is no boundary after a document
noun (layout.yaml `document_name_cues`: ``betänkandet Ett tryggare Sverige``) or where its
words repeat the title line's (`_quotes_title`).

Round 25: a one-word heading may stand before a definite noun that a finite verb follows
within two words (``… vidare. Inledning Reglementet kompletterar …``, `_definite_subject`)
and may be an actor itself where the next sentence's subject repeats it or its head
(``Direktionen Direktionen ska …``, ``Valnämnden Nämnden ska …``, `_repeats_heading`); a
heading between a sentence end and an actor opening a sentence may hold one comma and up to
twelve words (``Sammanträden, kallelse och protokoll Ordföranden kallar …``,
`_comma_heading`); stacked headings are found before a closed-class opener too (``…
Nämndens roll och uppdrag Samordnad elevhälsa En ny lag …``); a closed-class capital after
words with a finite verb since the last sentence end is no boundary (a sentence that lost
its stop goes on in the same clause: ``… sedan 2010 i nuvarande form I och med att …``,
`_lost_stop`); and a common section-heading noun (layout.yaml `line_heading_nouns`) opening
a short line before a capitalised subject and its verb is the line's heading
(``Arkivering Styrelsen ansvarar …``, `line_heading_end`).

Round 29, cause S1: a late verb's subject may open with an attributive word and take
articles, an adjective and coordinated nouns in its attribute chain (``Ej delad attesträtt
Delad attesträtt mellan en chef och en handläggare är …``, `_late_verb`); where that subject
repeats the heading's head noun the cut is a heading sign of its own (`REPEATED`, shown like
a closed-class boundary), also at the start of a short line (`repeated_heading_end`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from pipeline import patterns
from pipeline.language.forms import REPEATED_DEFINITE_ENDINGS, SYLLABIC_DEFINITE_ENDINGS
from pipeline.normalize.words import (
    actor_lexicon,
    actor_name_adjective,
    definite_actor_noun,
    is_actor_noun,
    known_noun,
)

if TYPE_CHECKING:
    from pipeline.language.lexicon import ActorLexicon

_WORD = re.compile(r"\S+")
_MIN_HEADING_WORDS = 2
_MAX_HEADING_WORDS = 6
_SENTENCE_OPENING_WORDS = 4
_ENDS_SENTENCE = tuple(".!?:;")


def _bare(word: str) -> str:
    return word.rstrip(patterns.CLOSING_QUOTES)


@patterns.layout_cache(1 << 16)  # as `_capitalised` (dropped when `using_layout` binds)
def _ends_sentence(word: str) -> bool:
    """End punctuation that is no abbreviation's period (``bl.a.``, ``mom.``)."""
    bare = _bare(word)
    return bare.endswith(_ENDS_SENTENCE) and (
        not bare.endswith(".") or bare.rstrip(".").casefold() not in patterns.ABBREVIATIONS
    )


@lru_cache(maxsize=1 << 16)  # as `_capitalised`
def _plain_lower(word: str) -> bool:
    """A lower-case word with no punctuation at all (``arvoden``, ``er``)."""
    core = word.replace("-", "")
    return bool(core) and core.isalpha() and word[:1].islower() and not word.endswith("-")


@lru_cache(maxsize=1 << 16)  # a pure test of a word, asked of every word of a flattened line
def _capitalised(word: str) -> bool:
    """Title case (``Beslut``, ``Vad``): no acronym (``VD``, ``IT-avdelning``)."""
    core = word.replace("-", "")
    return core.isalpha() and word[:1].isupper() and (len(word) == 1 or word[1:2].islower())


def char_before(text: str, at: int) -> str:
    """The last character before `at` that is no whitespace ("" at the text's start): as
    ``text[:at].rstrip()[-1:]``, without copying the prefix once per match (quadratic on a
    one-line document; review 44a, item 5)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1 : at]


def finite_verb(word: str) -> bool:
    """A finite verb (layout.yaml `sentence_verbs`, or a lower-case present the spelling
    lexicon knows), its edge punctuation stripped; public for the other normalize rules."""
    from pipeline.language.spelling import present_spelling

    word = word.strip(",.;:()")
    return word in patterns.SENTENCE_VERBS or (word.islower() and bool(present_spelling(word)))


_FRONTED_NOUN_WORDS = 3  # the noun phrase after a fronted preposition: ``I den nya planen``


def fronted_adverbial(words: list[str]) -> bool:
    """The words open a V2 sentence with a fronted adverbial (round 19, cause A1): a
    preposition (layout.yaml `prepositions`), its noun phrase of one to three lower-case
    words ending in no determiner or pronoun (layout.yaml `sentence_openers`), then a finite
    verb in the second place, present or past (``I planen fastställer direktören …``, ``Vid
    sammanträdet godkände styrelsen …``): a sentence, never a heading."""
    if len(words) < 3 or words[0].casefold() not in patterns.PREPOSITIONS:
        return False
    for index in range(1, min(len(words), _FRONTED_NOUN_WORDS + 2)):
        word = words[index].strip(",")
        noun_before = words[index - 1].casefold() not in patterns.SENTENCE_OPENERS
        if index > 1 and noun_before and (finite_verb(word) or _weak_past(word)):
            return True  # ``I de beslutade ärendena``: a determiner ends no noun phrase
        if not _plain_lower(word):
            return False
    return False


_PAST_ENDINGS = ("de", "te")


def _weak_past(word: str) -> bool:
    """A weak verb's past (``fastställde``, ``godkände``, ``anställde``): the lemma lexicon
    reads the word as a verb's infinitive in -a and the word ends in -de or -te. Only in the
    verb's place of a V2 clause (a plural participle reads the same: ``beslutade``)."""
    from pipeline.language.spelling import lemma_lexicon

    if not word.endswith(_PAST_ENDINGS) or not word.islower():
        return False
    lemma = lemma_lexicon()[0].get(word, "")
    return lemma.endswith("a") and lemma != word


def _is_name_of(noun: str, word: str) -> bool:
    """`word` is a name in apposition to the actor noun before it (``bolaget Ekby``): the
    actor lexicon reads `noun` as an actor, and `word` is neither a word the lemma lexicon
    knows nor an actor (``Regiondirektören``)."""
    return is_actor_noun(noun) and not known_noun(word)


def _heading_run(words: list[str], acronyms: bool = False, longest: int = _MAX_HEADING_WORDS
                 ) -> bool:
    """A short verbless phrase that may be a heading (a question word may open it); with
    `acronyms`, acronyms and their genitives may stand in it (``Principer för ABF:s
    organisation``); `longest`: the most words it may have."""
    if not _MIN_HEADING_WORDS <= len(words) <= longest:
        return False
    if not _capitalised(words[0]) or not all(
        w.replace("-", "").isalpha() or (acronyms and _acronym(w)) for w in words
    ):
        return False
    if words[0].casefold() in patterns.QUESTION_WORDS:
        return True
    return not any(finite_verb(word) for word in words)


_MAX_FRAGMENT_CHARS = 3


def _fragment(word: str) -> bool:
    """A stray lower-case piece of a word after a sentence end (``er``, ``de``); no
    preposition or conjunction that would govern a name (`HEADING_LINKS`)."""
    return len(word) <= _MAX_FRAGMENT_CHARS and word not in patterns.HEADING_LINKS


def _one_word_heading(
    texts: list[str], index: int, run_start: int, line_start: bool = False
) -> bool:
    """A capitalised word alone since a sentence end (not the line's first word: ``Inledning
    Detta ägardirektiv …`` is annotated whole, w-segment), before a capitalised closed-class
    word that a lower-case word follows (``… ut. Delegering Vid förfall ska …``); a name
    goes on in capitals (``Stiftelsen För Framtiden``). `line_start`: the line's first word
    may be the heading (after a metadata line, `opening_heading_end`)."""
    before, word = texts[index - 1], texts[index]
    following = texts[index + 1] if index + 1 < len(texts) else ""
    return (
        run_start == index - 1
        and (run_start > 0 or line_start)
        and word.casefold() in patterns.BOUNDARY_WORDS
        and following[:1].islower()
        and _capitalised(before)
        and len(before) > 1
        and before.casefold() not in patterns.BOUNDARY_WORDS
        and not finite_verb(before.casefold())
    )


def opening_heading_end(text: str) -> int | None:
    """Round 20, cause A2: where a one-word heading opening a line right after a metadata line
    ends (``Beslutad av direktionen den 3 mars 2021`` ⏎ ``Bakgrund En ordning innebär …``,
    docs/annotation.md §1.2 "Flattened adoption history"): a capitalised word, no
    closed-class word or finite verb itself, before a capitalised closed-class word that a
    lower-case word follows (as `_one_word_heading`). A name or a sentence opening the line
    (``Kulturnämnden i Ekby kommun får …``) has no heading."""
    words = list(_WORD.finditer(text, 0, min(len(text), 200)))[:3]
    if len(words) < 3:
        return None
    texts = [match.group() for match in words]
    if texts[0].casefold() in patterns.ADOPTION_WORDS or not _capitalised(texts[1]):
        return None  # ``Antagen av …``: metadata goes on; ``Delegationsordning för …``
    return words[0].end() if _one_word_heading(texts, 1, 0, line_start=True) else None


@patterns.layout_cache(1)
def _line_heading_nouns() -> frozenset[str]:
    return frozenset(patterns.active_layout().line_heading_nouns)


def line_heading_end(text: str) -> int | None:
    """Round 25, cause S1-1d: where a one-word heading opening a short line ends (a block
    under `inline_split_min_chars` gets no inline cuts): a common section-heading noun
    (layout.yaml `line_heading_nouns`) before a capitalised subject, no closed-class word,
    that a finite verb or a verb's s-form follows within four words (``Arkivering Styrelsen
    ansvarar för …``, ``Syfte Föreningen verkar …``). A sentence opening with the noun
    (``Ansvar för arkivet har …``) or a closed-class word after it (``Inledning Detta …``)
    has no such heading."""
    words = list(_WORD.finditer(text, 0, min(len(text), 200)))[: 2 + _SENTENCE_OPENING_WORDS]
    texts = [match.group() for match in words]
    if len(texts) < 3 or not _capitalised(texts[0]) or not _capitalised(texts[1]):
        return None
    if texts[0].casefold() not in _line_heading_nouns() or len(texts[1]) < 2:
        return None
    subject = texts[1].casefold()
    if subject in patterns.BOUNDARY_WORDS | patterns.SENTENCE_OPENERS or finite_verb(subject):
        return None
    if not any(finite_verb(w) or s_verb(w) for w in texts[2:]):
        return None
    return words[0].end()


def _heading_before(run: list[str], word: str) -> bool:
    """The words since a sentence end before a boundary are a heading of their own: a
    verbless phrase (`_heading_run`, after a bare label: ``… år. 1 Ledning av VD:s arbete
    VD:s instruktion …``), or one capitalised word before a closed-class word (``…
    sammanträde. Delegering Vid förfall …``)."""
    if len(run) == 1 and word.casefold() in patterns.BOUNDARY_WORDS:
        return _capitalised(run[0]) and not finite_verb(run[0].casefold())
    bare = _without_label(run)
    closed = word.casefold() in patterns.BOUNDARY_WORDS  # round 41, ah-S1b: stacked headings
    return _heading_run(bare, acronyms=_acronym(word)) or (
        closed and bool(_stacked_starts(bare, 0, len(bare), closed)))


def _without_label(run: list[str]) -> list[str]:
    """The run without the bare labels that open it (``§ 2``, ``3``, ``–``)."""
    while run and not run[0][:1].isalpha():
        run = run[1:]
    return run


# An acronym or its genitive: ``VD``, ``ABF:s`` (the colon before the ending).
_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,}(?::s)?")


def _acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word))


def s_verb(word: str) -> bool:
    """A verb's s-form, passive or deponent, infinitive or present (``arkiveras``,
    ``godkännas``, ``bereds``, ``verkställs``): the lemma lexicon reads the word without
    its -s as an infinitive (in -a), or the word's present in -(e)r is a finite verb
    (round 44: with its doubled ``m``, ``bestäms`` → ``bestämmer``)."""
    from pipeline.language.spelling import lemma_lexicon

    word = word.strip(",")
    if not word.islower() or not word.endswith("s") or len(word) < 4:
        return False
    stem = word[:-1]
    if stem.endswith("a") and stem in lemma_lexicon()[1]:
        return True
    doubled = f"{stem}{stem[-1]}er" if stem.endswith("m") else ""  # ``bestäms``: bestämmer
    return finite_verb(f"{stem}er") or finite_verb(f"{stem}r") or (
        bool(doubled) and finite_verb(doubled))


def _subject_then_verb(words: list[str]) -> bool:
    """The words open a clause with its subject: one or more actors (the actor lexicon,
    joined by layout.yaml `actor_coordinators`), then a finite verb, all within four
    words (``Styrelsen och direktören utgör …``, ``Ordföranden och VD undertecknar …``)."""
    expect_actor = True
    for word in words[: _SENTENCE_OPENING_WORDS + 1]:
        bare = word.rstrip(",")
        if expect_actor:
            if not is_actor_noun(bare):
                return False
            expect_actor = bare != word  # ``Styrelsen, direktören och …``
            continue
        if word.casefold() in patterns.ACTOR_COORDINATORS:
            expect_actor = True
            continue
        return finite_verb(word) or s_verb(word)
    return False


def _new_subject(texts: list[str], index: int, run_start: int) -> bool:
    """Round 20, cause A1: a sentence that ends without punctuation (a lost bullet) before a
    capitalised actor that a finite verb follows (`_subject_then_verb`). The lower-case word
    before it is no preposition, subjunction or conjunction that would govern it (layout.yaml
    `boundary_words`, `heading_links`, `clause_links`), and it ends a sentence with a verb of
    its own: it is a verb's s-form (``… skall beredas och arkiveras Styrelsen och direktören
    utgör …``), or a finite verb stands before it since the last sentence end (``… ska
    betalas senast den 1 mars Kassören granskar …``). A name (``Anna Berg``, ``Region
    Västby``) opens no such clause."""
    word, before = texts[index].rstrip(","), texts[index - 1]
    if not _plain_lower(before) or not _capitalised(word):
        return False
    links = (patterns.BOUNDARY_WORDS, patterns.HEADING_LINKS, patterns.CLAUSE_LINKS)
    if any(before.casefold() in words for words in links):
        return False
    opening = texts[index : index + 1 + _SENTENCE_OPENING_WORDS]
    if not (_subject_then_verb(opening) or _common_noun_subject(opening, before)):
        return False
    if not known_noun(word):
        return False
    earlier = texts[run_start : index - 1]
    return s_verb(before) or any(finite_verb(w) or s_verb(w) for w in earlier)


def _common_noun_subject(words: list[str], before: str) -> bool:
    """Round 34, cause S3: the words open a clause with a common noun as its subject, no
    actor (``… inom förvaltningen Överlåtelse av sådana ärenden kan inte ske …``): a
    capitalised noun the lemma lexicon knows (no name: ``Region Västby``), lower-case words
    of its attribute chain and a finite verb or a verb's s-form, all within four words after
    it. The lower-case word before it is no finite verb (an inverted subject follows one:
    ``… beslutar Kommunstyrelsen …``)."""
    from pipeline.language.spelling import lemma_lexicon

    word = words[0].rstrip(",")
    folded = word.casefold()
    table, lemmas = lemma_lexicon()
    if not _capitalised(word) or (folded not in table and folded not in lemmas):
        return False
    if finite_verb(before) or s_verb(before) or finite_verb(folded):
        return False
    if folded in patterns.BOUNDARY_WORDS or folded in patterns.SENTENCE_OPENERS:
        return False
    window = words[1 : 1 + _SENTENCE_OPENING_WORDS]
    for position, following in enumerate(window):
        if finite_verb(following) or s_verb(following):
            return True
        if not _plain_lower(following) or _opens_clause(following, window[position + 1 :]):
            return False
    return False


def _opens_clause(word: str, rest: list[str]) -> bool:
    """A relative or subordinate clause starts at `word` (``som``, ``att``, ``och som``): the
    capitalised noun before it is an object inside the running sentence (``frågor som rör
    Äldreomsorg och som nämnden hänskjuter``), no subject of a new one."""
    folded = word.casefold()
    if folded in _COORDINATORS:
        return bool(rest) and rest[0].casefold() in patterns.CLAUSE_LINKS
    return folded in patterns.CLAUSE_LINKS


_COORDINATORS = frozenset({"och", "samt", "eller"})


def _opens_sentence(words: list[str]) -> bool:
    return any(finite_verb(word) for word in words[:_SENTENCE_OPENING_WORDS])


CLOSED = "closed"  # a cut before a closed-class word
CONTENT = "content"  # a cut before a content word after a short verbless phrase
SENTENCE = "sentence"  # a cut before an actor opening a sentence after one without its stop
REPEATED = "repeated"  # a content-word cut where the sentence repeats the heading (round 29)


_CONTENT_KINDS = (CONTENT, REPEATED)


def heading_cuts(
    text: str, start: int = 0, end: int | None = None, title: tuple[str, ...] = (),
    lexicon: ActorLexicon | None = None,
) -> list[tuple[int, str]]:
    """Offsets in `text[start:end]` where a clause starts after an unnumbered inline heading
    (module docstring), each with the kind of boundary (`CLOSED`, `CONTENT`) that made it.
    `title`: the document's title line's words, casefolded (a run of them quoted in the text
    is a name: `_quotes_title`). `lexicon`: the run's actor lexicon (`NormalizeOptions.
    actors_path`; the shipped one where None)."""
    end = len(text) if end is None else end
    words = list(_WORD.finditer(text, start, end))
    texts = [match.group() for match in words]
    cuts: list[tuple[int, str]] = []
    run_start = 0
    depth = 0  # inside a parenthetical nothing is cut
    quoted = _quotations(text, start, end)  # nor inside a quotation (round 55, 55b-ci R4)
    for index, match in enumerate(words):
        word = texts[index]
        # `_boundary` wants a capital first: most words are not asked (round 58, perf58b)
        kind = (_boundary(texts, index, run_start, lexicon)
                if index and depth == 0 and word[:1].isupper()
                and not (quoted and _inside_quotation(quoted, match.start())) else None)
        if kind is not None and kind != SENTENCE and _quotes_title(texts, index, title) and (
                not _role_heading(texts[run_start:index])):  # round 41, agt-S2a
            kind = None
        if kind is not None:
            closed = kind == CLOSED and bool(run_start)
            stacked = _stacked_starts(texts, run_start, index, closed) if (
                kind in _CONTENT_KINDS
                or (closed and _heading_before(texts[run_start:index], word))
            ) else []  # round 25, S1-6: ``… Samordnad elevhälsa En ny lag …``
            # a content-word boundary follows a heading `_boundary` found: one word (``… ut.
            # Ändamål Ekviken``), stacked ones or up to eight words between sentences
            if run_start and kind != SENTENCE and (
                kind in _CONTENT_KINDS or _heading_before(texts[run_start:index], word)
            ):
                cuts.append((words[run_start].start(), kind))  # ``… nämnden. Anmälan av beslut``
            cuts.extend((words[start].start(), kind) for start in stacked)
            cuts.append((match.start(), kind))
            run_start = index
        if "(" in word or ")" in word:
            depth = max(0, depth + word.count("(") - word.count(")"))
        if word.endswith("?") and depth == 0 and _question_heading(texts, run_start, index):
            # round 45, bj-C1: ``… nämnden. Vad menas med anmälan? Med anmälan avses …``
            cuts.extend(((words[run_start].start(), CONTENT), (words[index + 1].start(), CONTENT)))
        if _ends_sentence(word):
            run_start = index + 1
    return cuts


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Round 55 (55b-ci R4): the quotations of `text[start:end]`, its quotation marks paired
    in order (``”…”``, ``“…”``, ``»…«``); a last mark without a partner (a stray mark) opens
    none. A quotation may run over several sentences (``”När jag … har blir det … . Det är
    …” säger X``): a capital inside it starts no clause."""
    marks = [match.start() for match in patterns.QUOTATION_MARK.finditer(text, start, end)]
    return list(zip(marks[::2], marks[1::2], strict=False))


def _inside_quotation(quoted: list[tuple[int, int]], position: int) -> bool:
    return any(opening < position < closing for opening, closing in quoted)


def _question_heading(texts: list[str], run_start: int, index: int) -> bool:
    """Round 45, bj-C1: the words `texts[run_start : index + 1]` are a short question
    between two sentences (after a sentence end, a capitalised word after its ``?``), opened
    by a question word (layout.yaml `question_words`): a question heading printed inline
    (``… till nämnden. Vad menas med anmälan? Med anmälan avses …``). A content-word kind: cut
    only in a line that shows another heading sign (`assemble._with_inline_heading_cuts`)."""
    return (
        run_start > 0
        and texts[run_start].casefold() in patterns.QUESTION_WORDS  # the cheap test first
        and _ends_sentence(texts[run_start - 1])
        and index + 1 < len(texts)
        and _capitalised(texts[index + 1])
        and _heading_run(
            [*texts[run_start:index], texts[index].rstrip("?")], longest=_MAX_HEADING_WORDS
        )
    )


_TITLE_RUN_WORDS = 2


def _quotes_title(texts: list[str], index: int, title: tuple[str, ...]) -> bool:
    """Round 24, cause C7: the words from `index` repeat two or more words of the title line
    in a row (``Nämnden har tagit emot Ett tryggare Sverige.`` under the title ``Svar på
    betänkandet Ett tryggare Sverige``): a quoted name, no boundary at its capital. A
    preposition opens no such name (``I Norrby kommun leds …`` under ``… i Norrby kommun``)."""
    words = [word.strip(",.;:»«\"'()").casefold() for word in
             texts[index : index + _TITLE_RUN_WORDS]]
    if len(words) < _TITLE_RUN_WORDS or len(title) < _TITLE_RUN_WORDS:
        return False
    if words[0] in patterns.PREPOSITIONS:
        return False  # ``I Norrby kommun leds …`` under ``… i Norrby kommun``: a sentence
    return any(
        list(title[position : position + _TITLE_RUN_WORDS]) == words
        for position in range(len(title) - _TITLE_RUN_WORDS + 1)
    )


def _designator(word: str, before: str, after: str) -> bool:
    """Round 36, cause S2: a single capital letter right after a lower-case noun, the
    sentence going on in lower case after it, is that noun's label (a post, an option, an
    annex: ``plats B tillsättas``, ``alternativ C i avtalet``), never the subject of a new
    sentence nor a heading. A letter that is a word of its own (layout.yaml
    `boundary_words`: ``I``), a verb or closed-class word before it (``… beslutar A …``), a
    letter with a stop and a capitalised word after it (a lettered heading: ``…
    kommunstyrelsen A Inledning …``, ``A. Allmänt``) do not count."""
    letter = word.rstrip(",")
    if len(letter) != 1 or not letter.isalpha() or not letter.isupper():
        return False
    if after and not after[:1].islower():
        return False
    if letter.casefold() in patterns.BOUNDARY_WORDS or not _plain_lower(before):
        return False
    links = (patterns.BOUNDARY_WORDS, patterns.HEADING_LINKS, patterns.CLAUSE_LINKS)
    if any(before in words for words in links) or finite_verb(before) or s_verb(before):
        return False
    return known_noun(before)


def _boundary(
    texts: list[str], index: int, run_start: int, lexicon: ActorLexicon | None = None
) -> str | None:
    """The kind of boundary before word `index` of the run from `run_start` (`SENTENCE`,
    `CLOSED`, `CONTENT`, `REPEATED`), or None."""
    word, before = texts[index], texts[index - 1]
    if not word[:1].isupper():
        return None  # every test below wants a capital first (most words: no boundary)
    if _named_after_cue(texts, index):
        return None
    if _acronym(word):
        return _acronym_boundary(texts, index, run_start)
    if _slash_heading(_without_label(texts[run_start:index]), word):
        return REPEATED  # ``2 Arkivchef / Registrator Arkivchefen …`` (round 36, S3)
    if _new_subject(texts, index, run_start):
        return SENTENCE
    if not _capitalised(word):
        return CONTENT if _series_after_heading(texts, index, run_start) else None
    if not _plain_lower(before):
        return _after_capitalised_boundary(texts, index, run_start)
    if run_start == index - 1 and run_start and _fragment(before):
        return CLOSED  # ``… arbetsinkomst. er Enligt …``: a broken page's leftover
    if before.casefold() in patterns.BOUNDARY_WORDS or before in patterns.HEADING_LINKS:
        return None  # a name governed by a preposition or conjunction
    return _heading_end_boundary(texts, index, run_start, lexicon)


def _named_after_cue(texts: list[str], index: int) -> bool:
    """The capitalised word is a name its cue word announces, or a noun's letter label."""
    word, before = texts[index], texts[index - 1]
    folded = before.casefold()  # (two look-ups: no union of the lists per word)
    if folded in patterns.HEADING_NAME_CUES or folded in patterns.DOCUMENT_NAME_CUES:
        return True  # ``under rubriken Nämndens ansvar``: a heading's name (round 22, A4)
    if before in patterns.NAMING_NAME_CUES:
        return True  # ``med namnet De Ungas Hjälpkassa``: the name (round 43, be-C5)
    # ``plats B``, ``alternativ C``: the noun's label (round 36, S2)
    return _designator(word, before, texts[index + 1] if index + 1 < len(texts) else "")


def _after_capitalised_boundary(texts: list[str], index: int, run_start: int) -> str | None:
    """A capitalised word after a word that is not plain lower case (a capital, a number)."""
    word = texts[index]
    if _one_word_heading(texts, index, run_start):
        return CLOSED
    if run_start and word.casefold() in patterns.BOUNDARY_WORDS and _stacked_starts(
        texts, run_start, index, closed=True
    ):
        return CLOSED  # round 41, ah-S1b: ``… Roller …, … nämnder Kommunfullmäktige Endast``
    return CONTENT if _word_heading_before_name(texts, index, run_start) else None


def _heading_end_boundary(
    texts: list[str], index: int, run_start: int, lexicon: ActorLexicon | None = None
) -> str | None:
    """A capitalised word after a plain lower-case one: the end of a heading run when a
    sentence opens at it."""
    word, before = texts[index], texts[index - 1]
    following = texts[index + 1 : index + 1 + _SENTENCE_OPENING_WORDS]
    run = _without_label(texts[run_start:index])  # a label opens the run: ``§ 2``, ``3``
    if _fronted_after_lost_stop(texts, index, lexicon) and _lost_stop(run, word):
        return SENTENCE  # round 53 (53b-cc N1): ``… i förbundet Inom ramen för X ska förbundet``
    if word.casefold() in patterns.BOUNDARY_WORDS:
        return _boundary_word_boundary(word, following, run)
    if _role_heading(run) and _name_then_verb(texts[index : index + 1 + _NAME_WORDS]):
        return CONTENT  # round 41, agt-S2a: ``Bolaget som en del av koncernen Ekby AB ägs …``
    if _is_name_of(before, word):
        return None
    if not _reads_as_heading(texts, index, run_start, run):
        return None  # the verb tests below read up to a dozen words (review 42a, 8)
    return _sentence_after_heading(texts, index, run, following)


_FRONTED_PHRASE_WORDS = 8  # a fronted phrase up to its modal: ``Efter beslut i direktionen får``


def _fronted_after_lost_stop(
    texts: list[str], index: int, lexicon: ActorLexicon | None = None
) -> bool:
    """Round 53 (analysis 53b-cc, N1; nlp `sentences._after_lost_stop_fronted` starts the
    sentence, this cuts the clause): a capitalised preposition (layout.yaml `prepositions`,
    grammar.yaml `preposition_subordinators`) opens a fronted adverbial whose phrase runs,
    within `_FRONTED_PHRASE_WORDS` words and no punctuation, to a lower-case modal
    (grammar.yaml `modals`) as the first finite verb, the subject right after it (an actor
    noun in a definite form or a subject pronoun): the inversion (V2) proves a main clause
    (``… grunduppdraget i förbundet Inom ramen för uppdraget ska förbundet stödja …``). A
    heading-like tail (``till föreningar Inom idrott och kultur.``) or a title (``Om Vatten
    och Avlopp``) has no modal and subject after it. The caller checks that the words before
    hold a finite verb (`_lost_stop`)."""
    from pipeline.language.grammar import GRAMMAR

    lower = texts[index].casefold()
    if lower not in patterns.PREPOSITIONS and lower not in GRAMMAR.preposition_subordinators:
        return False
    end = min(index + 1 + _FRONTED_PHRASE_WORDS, len(texts) - 1)
    for at in range(index + 1, end):
        word = texts[at]
        if at > index + 1 and word in GRAMMAR.modals:
            return _inverted_subject(texts[at + 1], lexicon)
        if word[-1:] in _PHRASE_STOPS or "(" in word or finite_verb(word):
            return False
    return False


def _inverted_subject(word: str, lexicon: ActorLexicon | None = None) -> bool:
    """The subject right after an inverted modal: a lower-case actor noun in a definite form
    (`definite_actor_noun`) or a subject pronoun (grammar.yaml `subject_pronouns`,
    `inverted_subject_pronouns`); `lexicon`: the run's actors.yaml (`heading_cuts`)."""
    from pipeline.language.grammar import GRAMMAR

    return word.islower() and (
        definite_actor_noun(word, lexicon) or word in GRAMMAR.subject_pronouns
        or word in GRAMMAR.inverted_subject_pronouns)


_PHRASE_STOPS = frozenset(",.:;!?)")


def _boundary_word_boundary(word: str, following: list[str], run: list[str]) -> str | None:
    """A boundary word (layout.yaml `boundary_words`: ``I``, ``Enligt``) after the run."""
    single = len(word) == 1 and not (following and following[0][:1].islower())
    # ``Övergripande principer I Förbundets reglemente anges …`` (round 20, cause A5)
    if single and not _single_opens(run):
        return None
    return None if _lost_stop(run, word) else CLOSED


def _reads_as_heading(texts: list[str], index: int, run_start: int, run: list[str]) -> bool:
    """The words before `index` (the run, or its last stacked start on) read as a heading."""
    stacked = _stacked_starts(texts, run_start, index)
    # round 24, cause C4: up to eight words between two sentence ends
    longest = _MAX_BETWEEN_SENTENCES if run_start and _ends_sentence(texts[run_start - 1]) else (
        _MAX_HEADING_WORDS)
    # round 41, ah-S1b: a run opened by a heading cut (no sentence end before it)
    after_cut = bool(run_start) and not _ends_sentence(texts[run_start - 1])
    subject_verb = _subject_then_verb(texts[index : index + 1 + _SENTENCE_OPENING_WORDS])
    return _heading_run(run, longest=longest) or (
        bool(stacked) and _heading_run(texts[stacked[-1] : index])) or (
        (longest == _MAX_BETWEEN_SENTENCES or after_cut) and _comma_heading(run)
        and subject_verb) or (
        bool(stacked) and _comma_heading(texts[stacked[-1] : index]) and subject_verb)


def _sentence_after_heading(
    texts: list[str], index: int, run: list[str], following: list[str]
) -> str | None:
    """`CONTENT` (or `REPEATED`: the subject repeats the heading) where a sentence opens at
    word `index`, else None."""
    late = _late_verb(texts[index : index + 1 + _LATE_VERB_WORDS]) or long_subject_verb(
        texts[index : index + 1 + LONG_SUBJECT_WORDS])
    opens = _opens_sentence(following) or any(s_verb(w) for w in following) or late or (
        _heading_word_before_subject(texts, index))
    if not opens:
        return None
    # round 29, cause S1: a subject repeating the heading before its late verb
    repeated = late and _repeats_run(run, texts[index : index + _REPEAT_WORDS])
    return REPEATED if repeated else CONTENT


_ROLE_ARTICLES = frozenset({"en", "ett"})
_NAME_WORDS = 4  # a name before its verb: ``Ekby Energi AB ägs``


def _role_heading(run: list[str]) -> bool:
    """Round 41, agt-S2a: a verbless heading of the form ``<Noun> som en/ett <noun> …``
    (``Bolaget som en del av koncernen``): role-`som` before an indefinite article, no
    relative (a relative `som` has a finite verb after it: ``Bolaget som äger …``), at
    most eight words after a sentence end. Round 44 (probe44 S8): or before a bare role
    noun (``Kommunen som ägare``, ``Bolaget som arbetsgivare``): a noun the lemma lexicon
    knows, no verb (``Medlem som betalar …`` is a relative)."""
    if len(run) < 3 or run[1] != "som":
        return False
    role = run[2]
    article = len(run) > 3 and role in _ROLE_ARTICLES
    bare = (_plain_lower(role) and known_noun(role) and not finite_verb(role)
            and not s_verb(role) and role not in patterns.BOUNDARY_WORDS)
    return (article or bare) and _heading_run(run, longest=_MAX_BETWEEN_SENTENCES)


_ROLE_HEADING_WORDS = 8


def role_heading_end(text: str) -> int | None:
    """Round 44 (probe44 S8): where a role-`som` heading opening a short line ends (a web
    line is one clause, so `heading_cuts` never reads it): ``Kommunen som ägare Lerviks
    kommun utövar …`` → after ``ägare``: the words before the first capitalised word after
    ``som`` are a role heading (`_role_heading`) and a name and its finite verb follow
    (`_name_then_verb`). ``Kommunen som ägare ska …`` (the verb right after) has none, and a
    name that a preposition governs is inside the sentence (``Befattningen som chef i Vara
    kommun innebär …``)."""
    words = list(_WORD.finditer(text, 0, min(len(text), 300)))[
        : _ROLE_HEADING_WORDS + 1 + _NAME_WORDS]
    texts = [match.group() for match in words]
    if len(texts) < 4 or texts[1] != "som" or not _capitalised(texts[0]):
        return None
    for index in range(3, min(len(texts), _ROLE_HEADING_WORDS + 1)):
        if texts[index][:1].isupper():
            before = texts[index - 1].casefold()  # ``… kommundirektör i Vara kommun``: a name
            governed = before in patterns.BOUNDARY_WORDS or before in patterns.HEADING_LINKS
            if not governed and _role_heading(texts[:index]) and _named_subject_verb(
                    texts[index : index + 1 + _NAME_WORDS]):
                return words[index - 1].end()
            return None
    return None


def _named_subject_verb(words: list[str]) -> bool:
    """A name opening a sentence before its finite verb (`_name_then_verb`), its words
    capitalised or the organisation noun after them (``Lerviks kommun utövar …``): no
    closed-class word before the verb."""
    if _name_then_verb(words):
        return True
    for position, word in enumerate(words):
        if position and (finite_verb(word) or s_verb(word)):
            return True
        if not word.isalpha() or word.casefold() in patterns.BOUNDARY_WORDS:
            return False
    return False


_CONDITIONAL_WORDS = 10  # a verb-first conditional clause up to the main clause's verb


def verb_first_sentence(words: list[str]) -> bool:
    """Round 44 (probe44 S7): after a one-word heading (``words[0]``: a noun, no verb), a
    sentence that opens with its finite verb, a conditional inversion (``Utträde Vill en
    medlem utträda … ska medlemmen …``, ``Motioner Har en medlem …``): the capitalised
    verb, then its subject (an article or determiner, layout.yaml `noun_phrase_determiners`,
    or a lower-case noun the lemma lexicon knows), and the main clause's finite verb within
    ten words. A verb phrase under a unit name (``Ekonomienheten Ansvarar för …``) has no
    subject after its verb."""
    if len(words) < 4 or not _capitalised(words[0]) or not _capitalised(words[1]):
        return False
    heading, verb, subject = words[0], words[1].casefold(), words[2]
    if finite_verb(heading.casefold()) or not known_noun(heading):
        return False
    if heading.casefold() in patterns.SENTENCE_OPENERS or not finite_verb(verb):
        return False
    determiners = _noun_phrase_words()[0]
    noun = _plain_lower(subject) and known_noun(subject) and not finite_verb(subject)
    if subject not in determiners and not noun:
        return False
    return any(finite_verb(word) for word in words[3 : 3 + _CONDITIONAL_WORDS])


def _name_then_verb(words: list[str]) -> bool:
    """The words open a sentence with a name of up to four capitalised words (acronyms
    too: ``Ekby Energi AB``) and then its finite verb or s-passive (``ägs``: its present
    in -er is a finite verb)."""
    for position, word in enumerate(words):
        if position and (finite_verb(word) or s_verb(word) or (
                word.islower() and word.endswith("s") and finite_verb(f"{word[:-1]}er"))):
            return True
        if not word[:1].isupper() or not word.isalpha():
            return False
    return False


_SLASH_PART_WORDS = 3  # ``Vice ordförande``, ``Biträdande förvaltningschef``


def _slash_heading(run: list[str], word: str) -> bool:
    """Round 36, cause S3: a heading of two role nouns on either side of a slash (``Arkivchef
    / Registrator``, ``Ordförande / Vice ordförande``, ``Kassör/Sekreterare``) before the
    sentence that opens with one of them again (``Arkivchefen respektive registratorn har
    …``): each part up to three words, capitalised, its last word an actor noun and no verb;
    `word` names the same actor as one part's head (the actor lexicon's canonical form). A
    part of one all-capitals word counts as capitalised when the lexicon knows it (round 49,
    ao S1: ``Förvaltningschef / VD``); other acronyms (``Ekonomi / IT``) do not."""
    joined = " / ".join(part.strip() for part in " ".join(run).split("/")) if run else ""
    parts = [part.split() for part in joined.split(" / ")]
    if len(parts) != 2 or not all(0 < len(part) <= _SLASH_PART_WORDS for part in parts):
        return False
    lexicon = actor_lexicon()
    heads = []
    for part in parts:
        if not _slash_part_opener(part) or any(finite_verb(w) or s_verb(w) for w in part):
            return False
        analysis = lexicon.analyse(part[-1])
        if analysis is None:
            return False
        heads.append(analysis[0])
    repeated = lexicon.analyse(word.rstrip(","))
    return repeated is not None and repeated[0] in heads


def _slash_part_opener(part: list[str]) -> bool:
    """The part of a slash heading opens capitalised, or is one all-capitals word (an acronym
    role noun: ``VD``; `_slash_heading` then asks the actor lexicon for it)."""
    first = part[0]
    return _capitalised(first) or (len(part) == 1 and first.isalpha() and first.isupper())


_REPEAT_WORDS = 2
_MIN_REPEATED_CHARS = 4


def _repeats_run(run: list[str], words: list[str]) -> bool:
    """Round 29, cause S1: the sentence after a verbless heading repeats the heading's head
    noun, its last word, among its first two words, case-folded (``Ej delad attesträtt
    Delad attesträtt mellan …``, ``Särskild attestant Särskild attestant för …``): with a
    late verb (`_late_verb`) a heading sign of its own, as a repeated title is
    (docs/annotation.md §1.2); a short sentence after it (``Allmänt om nämnden Nämnden
    ansvarar …``) shows none."""
    head = run[-1].casefold() if run else ""
    return len(head) >= _MIN_REPEATED_CHARS and head in (w.strip(",").casefold() for w in words)


_MAX_REPEATED_LINE_WORDS = 16


def repeated_heading_end(text: str) -> int | None:
    """Round 29, cause S1: where a verbless heading of two to six words opening a short
    line ends (a block under `inline_split_min_chars` gets no inline cuts) when the
    sentence after it repeats its head noun and has its finite verb (late, after a chain of
    prepositional attributes, or within four words): ``Gemensam upphandling Gemensam
    upphandling med ett bolag och en förening kräver …`` (`_boundary`, `REPEATED`)."""
    words = list(_WORD.finditer(text, 0, min(len(text), 300)))[:_MAX_REPEATED_LINE_WORDS]
    texts = [match.group() for match in words]
    for index in range(_MIN_HEADING_WORDS, min(len(texts), _MAX_HEADING_WORDS + 1)):
        if _ends_sentence(texts[index - 1]):
            return None
        if _boundary(texts, index, 0) == REPEATED:
            return words[index - 1].end()
    return None


_MAX_BETWEEN_SENTENCES = 8  # a heading's words between a sentence end and a sentence
_MAX_COMMA_HEADING_WORDS = 12


def _comma_heading(run: list[str]) -> bool:
    """Round 25, cause S1-1c: a heading of up to twelve words between a sentence end and an
    actor opening a sentence may list its topics with one comma (``… behövs. Sammanträden,
    kallelse och protokoll Ordföranden kallar …``): a verbless run (`_heading_run`) once the
    comma, after a word inside it, is dropped."""
    commas = [position for position, word in enumerate(run) if word.endswith(",")]
    if len(commas) != 1 or commas[0] == len(run) - 1 or run[commas[0]].count(",") != 1:
        return False
    words = [word.rstrip(",") for word in run]
    return _heading_run(words, longest=_MAX_COMMA_HEADING_WORDS)


_LATE_VERB_WORDS = 8


def _late_verb(words: list[str]) -> bool:
    """Round 24, cause C4: the words open a sentence whose finite verb comes late, after a
    subject noun and a chain of prepositional attributes (layout.yaml
    `noun_phrase_links`, each before a lower-case noun: ``Förslaget till taxa för tillsynen
    medför …``), all within eight words. Round 29, cause S1: an attributive word may stand
    before the head noun (``Delad attesträtt mellan …``, ``Gemensam upphandling med …``),
    a link's noun may take an article (layout.yaml `noun_phrase_determiners`: ``till en
    styrelse``) and be coordinated with another (`noun_phrase_coordinators`: ``med ett bolag
    och en förening``)."""
    head = 1 if len(words) > 2 and _attribute_before_head(words[1], words[2]) else 0
    position = _attribute_chain_end(words, head + 1)
    return head + 1 < position < len(words) and (finite_verb(words[position])
                                                 or s_verb(words[position]))


LONG_SUBJECT_WORDS = 12


@patterns.layout_cache(1)
def _subject_openers() -> frozenset[str]:
    """layout.yaml `noun_phrase_determiners` and `subject_quantifiers`: the words that may
    open a long subject (`long_subject_verb`)."""
    layout = patterns.active_layout()
    return frozenset((*layout.noun_phrase_determiners, *layout.subject_quantifiers))


def _subject_word(word: str) -> bool:
    """A word inside a long subject: a lower-case content word (a suspended compound
    ``hel-`` too, a comma after it), a link of its attribute chain, an article or
    demonstrative, a coordinator or the infinitive mark ``att``; no finite verb."""
    bare = word.removesuffix(",")
    if bare.endswith("-") and bare[:-1].isalpha() and bare[:1].islower():
        return True  # ``hel- och halvägda``
    if not _plain_lower(bare) or finite_verb(bare) or s_verb(bare):
        return False
    return bare not in patterns.BOUNDARY_WORDS or bare in _subject_links()


@patterns.layout_cache(1)
def _subject_links() -> frozenset[str]:
    """The closed-class words a long subject may hold: its attribute links
    (`noun_phrase_links`), articles and demonstratives, coordinators and ``att``."""
    determiners, coordinators = _noun_phrase_words()
    return frozenset((*patterns.NOUN_PHRASE_LINKS, *determiners, *coordinators, "att"))


def long_subject_verb(words: list[str]) -> bool:
    """Round 42, cause bb-S2: the words open a sentence whose subject is a long noun phrase,
    its finite verb (or s-form) within twelve words: an article or quantifier
    (`_subject_openers`: ``De``, ``Alla``) or a capitalised head noun (``Bidrag,``), then
    lower-case words of the phrase only (`_subject_word`: coordinated adjectives ``hel- och
    halvägda``, further heads after a comma or coordinator, attribute links, ``att`` and an
    infinitive) up to the verb. A name (a capital) or any other closed-class word ends the
    phrase: no such subject."""
    if not words or not _capitalised(words[0].removesuffix(",")):
        return False
    first = words[0].removesuffix(",").casefold()
    opener = first in _subject_openers()
    if not opener and (first in patterns.BOUNDARY_WORDS or finite_verb(first)
                       or not known_noun(first)):
        return False
    after_mark = False
    for position, word in enumerate(words[1:LONG_SUBJECT_WORDS + 1], start=1):
        if position > 1 and not after_mark and (finite_verb(word) or s_verb(word)):
            return position > (2 if opener else 1)
        after_mark = word == "att"  # ``rätt att fördela``: the infinitive is no finite verb
        # one capitalised name a link governs: ``i Ekby``, ``i Ekby kommun``
        named = words[position - 1] in patterns.NOUN_PHRASE_LINKS and _capitalised(word)
        if not (_subject_word(word) or after_mark or named):
            return False
        if word.endswith(",") and position + 1 < len(words) and not _subject_word(
                words[position + 1]):
            return False
    return False


def _heading_word_before_subject(texts: list[str], index: int) -> bool:
    """Round 42, cause bb-S2: the capitalised word at `index` is a one-word heading (no
    closed-class word, no finite verb) before a long subject that opens with an article or
    quantifier (``… kommun Bakgrund De hel- och halvägda kommunala bolagen är …``)."""
    word = texts[index]
    if index + 1 >= len(texts) or not word.isalpha() or word.casefold() in (
            patterns.BOUNDARY_WORDS) or finite_verb(word.casefold()):
        return False
    opening = texts[index + 1 : index + 2 + LONG_SUBJECT_WORDS]
    return opening[0].casefold() in _subject_openers() and long_subject_verb(opening)


def _series_after_heading(texts: list[str], index: int, run_start: int) -> bool:
    """Round 42, cause bb-S2: a capitalised noun with a comma after it opens a long subject
    (`long_subject_verb`: ``… Allmänna villkor Avgifter, lån och rätt att … beslutas …``)
    after a verbless heading run (`_heading_run`) that ends in a lower-case word governing
    no name."""
    word, before = texts[index], texts[index - 1]
    if not (word.endswith(",") and _capitalised(word[:-1]) and _plain_lower(before)):
        return False
    if before in patterns.BOUNDARY_WORDS or before in patterns.HEADING_LINKS:
        return False
    longest = _MAX_BETWEEN_SENTENCES if run_start and _ends_sentence(texts[run_start - 1]) else (
        _MAX_HEADING_WORDS)
    return _heading_run(_without_label(texts[run_start:index]), longest=longest) and (
        long_subject_verb(texts[index : index + 1 + LONG_SUBJECT_WORDS]))


@patterns.layout_cache(1)
def _noun_phrase_words() -> tuple[frozenset[str], frozenset[str]]:
    """layout.yaml `noun_phrase_determiners` and `noun_phrase_coordinators`."""
    layout = patterns.active_layout()
    return frozenset(layout.noun_phrase_determiners), frozenset(layout.noun_phrase_coordinators)


def _attribute_before_head(noun: str, link: str) -> bool:
    """Round 29, cause S1: the capitalised first word is an attribute of the lower-case noun
    after it (an adjective or a genitive: ``Delad attesträtt``, ``Nämndens beslut``), the
    chain's first link following that noun: no closed-class word or verb in its place."""
    return (link in patterns.NOUN_PHRASE_LINKS and _plain_lower(noun)
            and noun not in patterns.BOUNDARY_WORDS and noun not in patterns.HEADING_LINKS
            and not finite_verb(noun) and not s_verb(noun))


def _chain_noun(words: list[str], position: int) -> int | None:
    """The position after a link's noun phrase at `position`: an optional article or
    demonstrative (`noun_phrase_determiners`) and after it an optional adjective (``ett
    annat förbund``), then a lower-case word; None where none."""
    determiners = _noun_phrase_words()[0]
    if position < len(words) and words[position] in determiners:
        position += 1
        if _chain_word(words, position) and _chain_word(words, position + 1):
            position += 1
    return position + 1 if _chain_word(words, position) else None


def _chain_word(words: list[str], position: int) -> bool:
    """A lower-case content word: no closed-class word, link, coordinator or finite verb."""
    if position >= len(words):
        return False
    word = words[position]
    return _plain_lower(word) and not (
        finite_verb(word) or s_verb(word) or word in patterns.BOUNDARY_WORDS
        or word in patterns.NOUN_PHRASE_LINKS or word in _noun_phrase_words()[1])


def _attribute_chain_end(words: list[str], position: int) -> int:
    """Where the chain of prepositional attributes from `position` ends: each link
    (`noun_phrase_links`) takes a noun phrase (`_chain_noun`), which a coordinator
    (`noun_phrase_coordinators`) may join to another."""
    coordinators = _noun_phrase_words()[1]
    while position + 1 < len(words) and words[position] in patterns.NOUN_PHRASE_LINKS:
        end = _chain_noun(words, position + 1)
        if end is None:
            return position
        position = end
        while position + 1 < len(words) and words[position] in coordinators:
            end = _chain_noun(words, position + 1)
            if end is None:
                return position
            position = end
    return position


def _word_heading_before_name(texts: list[str], index: int, run_start: int) -> bool:
    """Round 24, cause C3: a one-word heading alone since a sentence end (not the line's
    first word) before a name or an actor that opens a sentence (``… kommunen. Ändamål
    Ekviken ska …``, ``… år. Allmänt Ekby Stadshus AB är …``): the heading is a noun or
    adverb the lexicon knows, no actor, closed-class word or finite verb; the word after it
    a name the lexicon does not know, or an actor, with a finite verb within four words."""
    before = texts[index - 1]
    if run_start != index - 1 or not run_start or not _heading_word(before):
        return False
    if is_actor_noun(before) and not _repeats_heading(before, texts[index : index + 2]):
        return False
    return _opens_named_sentence(texts, index)


def _heading_word(word: str) -> bool:
    """A capitalised word the lexicon knows, no closed-class word or finite verb: it may be
    a one-word heading (`_word_heading_before_name`). A word of an actor's name
    (`actor_name_adjective`: ``Verkställande direktören ska …``) is part of the subject."""
    if len(word) < 2 or not _capitalised(word) or actor_name_adjective(word):
        return False
    folded = word.casefold()
    return folded not in patterns.BOUNDARY_WORDS and not finite_verb(folded) and known_noun(word)


def _opens_named_sentence(texts: list[str], index: int) -> bool:
    """The word at `index` is a name the lexicon does not know, or an actor (or a definite
    subject), with a finite verb within four words: a sentence opens at it."""
    word = texts[index]
    if known_noun(word) and not is_actor_noun(word) and not _definite_subject(texts, index):
        return False
    following = texts[index + 1 : index + 1 + _SENTENCE_OPENING_WORDS]
    return any(finite_verb(w) or s_verb(w) for w in following)


_STACKED_HEADING_WORDS = 3


def stacked_word_heading_cuts(text: str, start: int) -> list[int]:
    """Round 55 (analysis 55-ci L1): after a title in capitals cut from a flattened line, one
    or more one-word headings stacked before the first sentence (``… I EKBY Förutsättningar
    Delegering Miljönämnden får …``) each end there, as `_word_heading_before_name` cuts one
    after a sentence end: words the lexicon knows, no actor, closed-class word or finite
    verb, then a name or an actor that a finite verb follows. Else no cut."""
    words = list(islice(_WORD.finditer(text, start), _STACKED_HEADING_WORDS + 2 +
                        _SENTENCE_OPENING_WORDS))
    texts = [match.group() for match in words]
    for index in range(1, min(len(texts), _STACKED_HEADING_WORDS + 1)):
        heading = texts[index - 1]
        if not _heading_word(heading) or is_actor_noun(heading):
            return []
        # round 57: the sentence opens at a capital (``Delegering till utskott Arbetsutskottet
        # får …``: ``till`` is no name)
        if texts[index][:1].isupper() and _opens_named_sentence(texts, index):
            return [match.end() for match in words[:index]]
    return []


_DEFINITE_VERB_WORDS = 2


def _definite_subject(texts: list[str], index: int) -> bool:
    """Round 25, cause S1-1a: the capitalised word at `index` is a noun in its definite form
    (-en, -et, -na) that a finite verb follows within two words: a subject opening a
    sentence (``… vidare. Inledning Skollagen reglerar …``, ``Syfte Reglementet kompletterar
    …``), though the lexicon knows it as no actor."""
    word = texts[index]
    if len(word) < 4 or not word.casefold().endswith(SYLLABIC_DEFINITE_ENDINGS):
        return False
    following = texts[index + 1 : index + 1 + _DEFINITE_VERB_WORDS]
    return any(finite_verb(w) or s_verb(w) for w in following)


def _repeats_heading(heading: str, words: list[str]) -> bool:
    """Round 25, cause S1-1b: an actor noun printed as a one-word heading is repeated by the
    subject of the sentence after it, whole or by its head (``Direktionen Direktionen ska
    …``, ``Valnämnden Nämnden ska …``), a closed-class word before it (``Valnämnden Endast
    nämnden får …``); or (round 55, 55b-ci R1) the subject is the heading's definite form
    (``Valnämnd Valnämnden ska …``, ``Ersättare Ersättarna ska …``, `_definite_of`)."""
    if len(words) > 1 and words[0].casefold() in patterns.BOUNDARY_WORDS:
        words = words[1:]
    subject = words[0].strip(",").casefold() if words else ""
    if len(subject) <= 3:
        return False
    folded = heading.casefold()
    return folded.endswith(subject) or _definite_of(folded, subject)


def _definite_of(heading: str, subject: str) -> bool:
    """Round 55 (55b-ci R1): the subject is the heading's own noun in a definite form, the
    heading its base form (``Valnämnd Valnämnden …``, ``Ersättare Ersättarna …``,
    ``Ledamot Ledamöterna …``): the actor lexicon reads both as one lemma, the heading as
    the lemma itself; or the subject is the heading plus a definite ending
    (`REPEATED_DEFINITE_ENDINGS`: a noun the lexicon lacks, a print that lost a letter)."""
    if subject.startswith(heading) and subject[len(heading):] in REPEATED_DEFINITE_ENDINGS:
        return True
    analysis = actor_lexicon().analyse(subject)
    return (analysis is not None and analysis[0] == heading and subject != heading
            and definite_actor_noun(subject))


def _stack_part(words: list[str]) -> bool:
    """One heading of a stack: a verbless run, or one listing its topics with one comma
    (round 41, ah-S1b: ``Nämndens uppdrag Allmänna regler, omfattning Nämnden …``)."""
    return _heading_run(words) or _comma_heading(words)


def _stacked_starts(
    texts: list[str], run_start: int, index: int, closed: bool = False
) -> list[int]:
    """Round 24, cause C3: where a second verbless heading starts inside the run of words
    before a content-word boundary (``… remissen. Yttrande över remissen Förslag till beslut
    Miljönämnden föreslås …``): a capitalised word after a lower-case word that governs no
    name (no `boundary_words`, `heading_links` word), the words before it since the run's
    start (or the last such word) and from it up to the boundary each a verbless heading
    (`_heading_run`), as `reflow.headed_numbers` reads stacked headings; either may list
    its topics with one comma (`_stack_part`). `closed`: the boundary is a closed-class
    word, so the last heading may be one capitalised word (round 41, ah-S1b: ``… dem.
    Roller bland fullmäktige, utskotten och nämnder Kommunfullmäktige Endast …``)."""
    starts: list[int] = []
    begin = run_start
    while begin < index and not texts[begin][:1].isalpha():
        begin += 1  # a bare label opens the run: ``3``, ``§ 2``
    for position in range(begin + 1, index if closed else index - 1):
        before = texts[position - 1]
        last = texts[position:index]
        if (
            _capitalised(texts[position])
            and _plain_lower(before)
            and before.casefold() not in patterns.BOUNDARY_WORDS
            and before not in patterns.HEADING_LINKS
            and _stack_part(texts[begin:position])
            and (_stack_part(last) or (
                closed and len(last) == 1 and not finite_verb(last[0].casefold())))
        ):
            starts.append(position)
            begin = position
    return starts


def _lost_stop(run: list[str], word: str) -> bool:
    """Round 25, cause S2-4: the words since the last sentence end before a capitalised
    closed-class word are a sentence that lost its stop, no heading: a finite verb (or a
    verb's s-form) stands in them after their first word, and they are no verbless heading
    (``… har funnits sedan 2010 i nuvarande form I och med att …``): the closed-class word
    opens the next sentence of the same paragraph, in the same clause (no cut)."""
    if _heading_before(run, word):
        return False
    return any(finite_verb(w) or s_verb(w) or _past_verb(w, b) for b, w in pairwise(run))


_STRONG_PASTS = frozenset({"var", "blev", "hade", "fick", "gav", "tog", "kom", "låg", "stod"})


def _past_verb(word: str, before: str) -> bool:
    """Round 43 (be-C5): a past tense in a history sentence (``Stiftelsen bildades år 1972
    med namnet De …``, ``Grundaren var …``): a weak past or its s-form (``ändrade``,
    ``inrättades``), or a common strong past, after a word that is no closed-class word
    (``om ändrade taxor`` is a participle after its preposition)."""
    word = word.strip(",")
    if not word.islower() or before.casefold() in patterns.BOUNDARY_WORDS:
        return False
    if word in _STRONG_PASTS:
        return True
    stem = word[:-1] if word.endswith(("des", "tes")) else word
    return _weak_past(stem) or (stem.endswith("ade") and stem[:-2] in _lemmas())


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    from pipeline.language.spelling import lemma_lexicon

    return lemma_lexicon()[1]


def _single_opens(run: list[str]) -> bool:
    """A one-letter closed-class word (``I``) before a capitalised word opens a sentence
    after a verbless heading (`_heading_run`) that no closed-class word opens (``Enligt
    bilaga I Styrelsen …`` is a numeral's)."""
    return _heading_run(run) and run[0].casefold() not in patterns.BOUNDARY_WORDS


def _acronym_boundary(texts: list[str], index: int, run_start: int) -> str | None:
    """Round 20, cause A7: an acronym or its genitive opens a sentence (``ABF:s verksamhet
    leds …``, ``VD ska …``) after a lower-case word ending a short verbless heading (acronyms
    may stand in it: ``Principer för ABF:s organisation``) when a finite verb follows
    within four words: a cut of a closed-class boundary's kind after a numbered heading's
    bare label (the numbering shows the heading), else a content word's."""
    before, run = texts[index - 1], texts[run_start:index]
    if not _plain_lower(before) or before.casefold() in patterns.BOUNDARY_WORDS:
        return None
    if before in patterns.ACTOR_COORDINATORS:
        return None  # ``Rektorn respektive VD har …``: a coordinated actor (round 49, ao S1)
    if before in patterns.HEADING_LINKS or not _heading_run(_without_label(run), True):
        return None
    following = texts[index + 1 : index + 1 + _SENTENCE_OPENING_WORDS]
    if not any(finite_verb(word) or s_verb(word) for word in following):
        return None
    return CLOSED if _without_label(run) != run else CONTENT


def subparagraph_cuts(text: str) -> list[int]:
    """Offsets of inline ``mom. N`` / ``st. N`` / ``p. N`` labels that continue their
    numbering (``1``, then ``2`` after ``1`` of the same kind) in a flattened line, and of a
    ``Mom. 2`` whose first moment is unlabelled (`_second_moment`)."""
    cuts: list[int] = []
    last: dict[str, int] = {}
    for match in patterns.INLINE_SUBPARAGRAPH.finditer(text):
        # ``mom. 1`` … ``Moment 2``: one numbering per kind of label, however it is spelt
        kind, number = match.group("kind")[0].casefold(), int(match.group("number"))
        if number == 1 or last.get(kind) == number - 1 or _second_moment(text, match):
            cuts.append(match.start("label"))
            last[kind] = number
    return cuts


_SECTION_SIGN = re.compile(r"(?<!\S)(?:§\s*\d{1,3}|\d{1,3}\s*§)(?!\S)")
_MOMENT_WORD = re.compile(r"\b(?:mom|moment)\b", re.IGNORECASE)


def _second_moment(text: str, match: re.Match[str]) -> bool:
    """Round 44 (new-user trial 44, cause 1): the first moment of a ``§ N`` paragraph is
    often unlabelled (``§ 4 Sammanträden Fullmäktige sammanträder … . Mom. 2 Ett extra …``):
    a capitalised ``Mom. 2`` / ``Moment 2`` after a sentence's stop starts the second one
    when a ``§`` label stands before it in the line and no moment is named between them
    (``Kassören redovisar enligt Moment 1 ovan. Moment 2 …`` is no paragraph's)."""
    label = match.start("label")
    if match.group("number") != "2" or not match.group("kind")[0].isupper():
        return False
    if char_before(text, label) not in ".!?:;":
        return False
    section = _last_section_sign_end(text, label)
    return section is not None and _MOMENT_WORD.search(text, section, label) is None


def _sign_char(char: str) -> bool:
    """A character a `_SECTION_SIGN` may hold (a digit by `str.isdigit`, wider than ``\\d``)."""
    return char == "§" or char.isspace() or char.isdigit()


def _last_section_sign_end(text: str, end: int) -> int | None:
    """The end of the last `_SECTION_SIGN` before `end`, as a scan from the text's start
    finds it, else None: read back from the last ``§`` (``rfind``), not the whole prefix
    once per moment (review 44c, item 5). The scan starts after the last character no sign
    may hold (all but a space, a digit and ``§``), where a scan from the start is aligned."""
    sign = text.rfind("§", 0, end)
    while sign >= 0:
        start = sign
        while start > 0 and _sign_char(text[start - 1]):
            start -= 1
        signs = list(_SECTION_SIGN.finditer(text, start, end))
        if signs:
            return signs[-1].end()
        end, sign = start, text.rfind("§", 0, start)
    return None


_CAPITALS_RUN_WORDS = 2
_CAPITALS_LONG_WORD = 5
_COMMA_RUN = 2
# The acronym a capitals title gives itself in brackets (round 35, S2): ``(AFN)``, ``(KUN)``.
_BRACKETED_ACRONYM = re.compile(r"\([A-ZÅÄÖ]{2,}\)")


@lru_cache(maxsize=1 << 16)  # as `_capitalised`
def _in_capitals(word: str) -> bool:
    core = word.replace("-", "")
    return core.isalpha() and word.isupper()


def closing_abbreviation(word: str) -> bool:
    """Round 44 (analysis 44-bh, S2): a heading's last word that is an abbreviation with its
    stops (layout.yaml `abbreviations`: ``m.m.``, ``o.d.``, ``etc.``) ends no sentence
    (``3 Styrelsens säte m.m. Styrelsen har …``); a one-letter word with a stop may be
    an initial or a label and stays a sentence end."""
    bare = word.rstrip(".")
    return word.endswith(".") and len(bare) > 1 and bare.casefold() in patterns.ABBREVIATIONS


def _capitals_abbreviation(word: str) -> bool:
    """An abbreviation in capitals with its stops (``M.M.``, ``O.D.``, ``ETC.``): it closes a
    capitals heading, no sentence (round 44, bh-S2)."""
    return word.isupper() and closing_abbreviation(word)


_SECTION_LABEL = re.compile(r"\d{1,2}\.?|§")
_HEADING_AFTER_TITLE_WORDS = 4


def _numbered_heading_after(texts: list[str], stop: int) -> bool:
    """Round 36, T1: the words from `stop` are a Title-case heading of one to four words
    without a finite verb (``Syfte``, ``Syfte och omfattning``) before a section label and a
    capitalised word (``… EKBY KOMMUN Syfte 1 Syfte …``, ``… Ansvar 1 Nämnden …``): the
    capitals title before it ends there."""
    for index in range(stop + 1, min(stop + 1 + _HEADING_AFTER_TITLE_WORDS, len(texts) - 1)):
        if _SECTION_LABEL.fullmatch(texts[index]):
            heading = texts[stop:index]
            after = index + 2 if texts[index] == "§" else index + 1  # ``Ändamål § 1 …``
            return (after < len(texts) and texts[after][:1].isupper()
                    and (after == index + 1 or texts[index + 1].isdigit())
                    and not any(map(finite_verb, heading))
                    and all(word.isalpha() for word in heading)
                    and not any(word.isupper() for word in heading))
        if not texts[index].islower():
            return False
    return False


_OPENING_CAPITALS_WORDS = 6


def capitals_heading_end(text: str, at: int = 0, *, any_opening: bool = False) -> int | None:
    """Round 50 (analysis 50-bv, A; docs/annotation.md round 50 v1): where the sentence starts
    after a heading in capitals that opens `text[at:]` (a block's start, or right after page
    1's counter): one to six words in capitals, one of them a noun the lexicon knows of at
    least five letters (shorter runs are acronyms; a name in capitals is no noun), right
    before a capitalised word opening a sentence: a closed-class sentence opener, or a
    finite verb within four words (``ÄNDAMÅL Föreningen ska …``). Else None: ``IFO
    ansvarar …``, ``NÄMNDEN fattar …`` (a lower-case word after the run). With `any_opening`
    (round 57: after a viewer page line's index) any capitalised word may follow the run."""
    words = list(islice(_WORD.finditer(text, at),
                        _OPENING_CAPITALS_WORDS + 1 + _SENTENCE_OPENING_WORDS))
    texts = [match.group() for match in words]
    stop = 0
    while stop < min(len(texts), _OPENING_CAPITALS_WORDS) and _in_capitals(texts[stop]):
        stop += 1
    if not stop or stop >= len(texts) or _in_capitals(texts[stop]):
        return None
    run, word = texts[:stop], texts[stop]
    if not (_capitalised(word) and len(word) > 1) or patterns.PART_LABEL.fullmatch(" ".join(run)):
        return None
    if not any(len(part.replace("-", "")) >= _CAPITALS_LONG_WORD and known_noun(part)
               for part in run):
        return None
    opens = any_opening or word.casefold() in patterns.SENTENCE_OPENERS or _opens_sentence(
        texts[stop : stop + 1 + _SENTENCE_OPENING_WORDS])
    return words[stop].start() if opens else None


def _may_run_title(texts: list[str]) -> bool:
    """Round 55 (perf55c): `title_run_cuts` cuts only at a run of `_CAPITALS_RUN_WORDS` words
    in capitals (each ``isupper``) or of `_COMMA_RUN` bare commas: with fewer such words in
    the whole text (most lines) it cuts nowhere, and its per-word scan is skipped (both
    counts run in C)."""
    return (sum(map(str.isupper, texts)) >= _CAPITALS_RUN_WORDS
            or texts.count(",") >= _COMMA_RUN)


def title_run_cuts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in `text[start:end]` where a clause starts after a run of words in capitals
    before a Title-case word, at such a run (not after a preposition or conjunction that
    governs it as a name), and after a run of bare commas before a capitalised word (module
    docstring)."""
    end = len(text) if end is None else end
    words = list(_WORD.finditer(text, start, end))
    texts = [match.group() for match in words]
    cuts: list[int] = []
    if not _may_run_title(texts):
        return cuts
    index = 0
    while index < len(words):
        stop = index
        while stop < len(words) and _in_capitals(texts[stop]):
            stop += 1
        if stop > index and stop < len(words) and _capitals_abbreviation(texts[stop]):
            stop += 1  # round 44, bh-S2: ``STYRELSENS SÄTE M.M. Styrelsen har …``
        run = texts[index:stop]
        if (len(run) >= _CAPITALS_RUN_WORDS and stop < len(words)
                and _BRACKETED_ACRONYM.fullmatch(texts[stop])):
            stop += 1  # round 35, S2: ``ARBETSORDNING FÖR NÄMNDEN (AFN) Styrelsen har …``
        if (len(run) >= _CAPITALS_RUN_WORDS and stop < len(words) and _capitalised(texts[stop])
                and len(texts[stop]) > 1
                and (texts[stop].casefold() in patterns.SENTENCE_OPENERS
                     or _opens_sentence(texts[stop : stop + 1 + _SENTENCE_OPENING_WORDS])
                     or _numbered_heading_after(texts, stop))
                and max(len(word.replace("-", "")) for word in run) >= _CAPITALS_LONG_WORD):
            before = texts[index - 1] if index else ""
            if index and before.casefold() not in patterns.HEADING_LINKS:
                cuts.append(words[index].start())
            if not patterns.PART_LABEL.fullmatch(" ".join(run)):  # round 34, S2: a label
                cuts.append(words[stop].start())  # of the heading after it: ``AVDELNING II``
        if texts[index] == ",":
            stop = index
            while stop < len(words) and texts[stop] == ",":
                stop += 1
            if stop - index >= _COMMA_RUN and stop < len(words) and texts[stop][:1].isupper():
                cuts.append(words[stop].start())
        index = max(stop, index + 1)
    return cuts
