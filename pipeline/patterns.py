"""Layout patterns shared by the readers, normalize and segment (one home per pattern).

Sentence ends, list labels, bullets, numbering and metadata lines look the same whichever
stage asks; each is compiled once here.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pipeline.config import LayoutFile

F = TypeVar("F", bound=Callable[..., Any])

# Glyphs printed (or shown by a reader) as list bullets; the hollow ones mark a second level,
# the squares a third (segment.blocks label classes).
BULLETS = "•●○◦▪■□‣⁃∙·-–—*"
SECOND_LEVEL_BULLETS = "◦○"
THIRD_LEVEL_BULLETS = "▪■□"
# One bullet glyph, as a regex character class.
BULLET_CLASS = f"[{re.escape(BULLETS)}]"
# The bullet a reader shows for each nesting level of a bulleted list (Word, PDF indents).
LEVEL_BULLETS = ("•", "◦", "▪")

# A hyphen (ASCII, soft U+00AD or U+2010) between a word and the next one.
HYPHENS = "-\u00ad\u2010"
# A word, a hyphen, a space and the next word on one line (`förvalt- ningen`, `IT- system`,
# `kultur- och`): a word broken at a line end and flattened, or a real hyphen; normalize's
# hyphenation decides which. The look-behind anchors the left word at its start, so a long
# run of word characters with no hyphen is scanned once (linear), not once per start position.
HYPHEN_BREAK = re.compile(rf"(?<!\w)(\w+)[{HYPHENS}][ ]([^\W\d_][\w]*)")
# A hyphen between two word characters, a space after it or not (`kommu- nen`, `e- post`,
# `e-post`), and the word after it (group `next`): where the scorer's clause alignment looks
# through the repairs of HYPHEN_BREAK (scoring.normalized), except before a suspended
# compound's coordinator (normalize.yaml `keep_hyphen_before`: `kultur- och fritidsnämnden`).
WORD_HYPHEN = re.compile(rf"(?<=\w)[{HYPHENS}] ?(?=(?P<next>\w+))")
# A free-standing parenthetical (after a space or at the line start) glued to the lower-case
# word after it (`Föreningen Ekby (Ekby)ändamål`): normalize spaces it (spacing.py) and the
# scorer's clause alignment looks through that space (scoring.fold); `ledamot(er)na` is no match.
GLUED_PARENTHETICAL = re.compile(r"(?:^|(?<=\s))\([^()\s][^()]*\)(?=[a-zåäö])")

# The superscript digits a footnote is numbered with (its call and its note's mark), and
# round 55 (nu55 fault 3): the signs a note is marked with besides its number (``* Ändrad
# …``, ``† …``): with the superscript digits, a clause-initial note label (nlp/merges.py).
FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
FOOTNOTE_SIGNS = "*†‡"
# A footnote call after a sentence's end (``… anvisningar.¹``, ``.²⁰``, ``.*``, ``.[1]``): the
# sentence still ends there (round 56, nu56 fault 1). Superscript digits, a note sign or a
# bracketed number; a plain digit after a full stop is no call (``3 kap.1``).
_END_FOOTNOTE_CALL = rf"(?:[{FOOTNOTE_MARKS}]{{1,2}}|[{FOOTNOTE_SIGNS}]|\[\d{{1,2}}\])?"
# A word's glued sentence end with its footnote call (``anvisningar.¹``: the tokenizer keeps
# them one token): a span of the sentence's words ends before it (round 56, nu56b fault 12).
GLUED_END_WITH_CALL = re.compile(
    rf"[.!?:;]['\"”’)]*(?:[{FOOTNOTE_MARKS}]{{1,2}}|[{FOOTNOTE_SIGNS}]|\[\d{{1,2}}\])$"
)
# A line ending a sentence (a colon or semicolon ends a lead-in or a list item too).
SENTENCE_END = re.compile(rf"[.!?:;]['\"”’)]*{_END_FOOTNOTE_CALL}$")
# A line that cannot be a heading: it ends with punctuation (comma included).
NO_HEADING_END = re.compile(rf"[.!?:;,]['\"”’)]*{_END_FOOTNOTE_CALL}$")
# A party's code: one to three capitals (``S``, ``KD``, ``SD``); `PARTY_CODE_WORD` bare or in
# brackets (``Eva Lund, C``, ``Eva Lund (S)``; review 50b S2: one pattern for
# normalize/contact_blocks, normalize/layout and nlp/predicative).
PARTY_CODE = "[A-ZÅÄÖ]{1,3}"
PARTY_CODE_WORD = re.compile(rf"\(?{PARTY_CODE}\)?")

# A sentence that goes on with a stray lower-case fragment of a broken page (`… arbetsinkomst.
# er`): no heading, though no punctuation ends it.
TRAILING_FRAGMENT = re.compile(r"[.!?]['\"”’)]*\s+[a-zåäö]{1,3}$")

# A list label opening a block of text: bullet, `a)`, `1)` (`1.` only inside a list).
# Round 44 (newuser44, cause 1): `a.` wherever `a)` is, but only in a run `a.`, `b.` … in
# order (segment.blocks `_letter_run`; normalize.reflow's run check inline): `s. 4`, `bl. a.`
# and an initial stay words.
# A capital or a Roman numeral with its full stop (`A.`, `II.`, a word processor's list
# style) labels an item only inside a list and before lower-case text (segment.blocks).
LIST_LABEL = re.compile(
    r"^(?:[-–—•*▪◦·●○■□‣⁃∙]|[a-zåäö]\)|[a-zåäö]\.|[A-ZÅÄÖ]\.|(?:[ivx]{2,4}|[IVX]{2,4})\."
    r"|\d{1,2}[.)])(?=\s)"
)
# A letter or Roman numeral with a full stop as a list label: group `letter` (`b.`) or
# `capital` (`B.`, `II.`, `ii.`).
LETTER_DOT_LABEL = re.compile(
    r"^(?:(?P<letter>[a-zåäö])|(?P<capital>[A-ZÅÄÖ]|[ivx]{2,4}|[IVX]{2,4}))\.$"
)
# A line opening with such a label and the item's text (normalize.layout `letter_run_lines`).
LETTER_DOT_START = re.compile(r"^(?P<letter>[a-zåäö])\.\s+\S")
# Round 42 (analysis 42-bc, S2): an asterism (``* * *``, a section break) is no list item,
# neither opening a list nor inside one.
ASTERISM = re.compile(r"^\*(?:\s*\*)+\s*$")
# A block that is certainly a list item wherever it stands (not `1.`: that may be a section).
LIST_START = re.compile(
    rf"^(?!{ASTERISM.pattern[1:]})(?:[-–—•*▪◦·●○■□‣⁃∙]|[a-zåäö]\)|\d{{1,2}}\))\s+\S")
# A list label as a separate PDF word: bullet glyph, `1.`, `1)`, `(1)`, `1.2`, `a)`, `(iv)`;
# the body unanchored, for patterns built on it (ingest/pdf_label_columns.py).
LIST_LABEL_BODY = (
    r"(?:[•●○◦▪■□‣⁃∙·\-–—*]|\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+"
    r"|\(?[a-zåäö][.)]|\(?[ivx]{1,5}\))"
)
LIST_LABEL_WORD = re.compile(rf"^{LIST_LABEL_BODY}$")
# A list label as a word processor leaves it in copied text: a Symbol-font bullet (a
# private-use code point) before a tab or a space (a PDF text layer's), or the `o` of its
# second bullet level before a tab; each is shown as the level bullet of LEVEL_BULLETS.
COPIED_BULLET = re.compile(r"^(\s*)(?:(?P<symbol>[\ue000-\uf8ff])(?=[\t ])|(?P<letter>o)(?=\t))")
# The second level's `o` before a space, a bullet only under a bullet item (round 46).
SPACED_LETTER_BULLET = re.compile(r"^(\s*)(?P<letter>o)(?= \S)")
# A list label followed by a tab (Word's label separator), as one cell of a tab-split line.
TABBED_LABEL = re.compile(r"[\ue000-\uf8ff]|o")
# A glyph without a Unicode mapping (Symbol/Wingdings bullets in fonts lacking ToUnicode).
UNMAPPED_GLYPH = re.compile(r"^\(cid:\d+\)$")

# A dash after a section number is part of its label: `4 - Styrelse`, `2.1 – Syfte` (analysis-15
# cause 1b); wherever `N`/`N.` is a numbered label, so is `N -`/`N –`.
NUMBER_DASH = r"(?:\s+[-–](?=\s+[A-ZÅÄÖ]))?"
# A Roman numeral in capitals (a part label's ``AVDELNING IV``), and one up to ten as a
# subheading's or a signatory's ordinal (``II Vatten``, ``III Anna Berg``); regex bodies.
ROMAN = r"[IVXLC]+"
SMALL_ROMAN = r"[IVX]{1,4}"
# Round 41, ay-C15: ``19.2.2024`` at a line start is a date (day, month, year), no label.
DATE_LABEL = r"\d{1,2}\.\d{1,2}\.\d{4}(?!\d)"
# A statute's SFS number, ``2017:725`` (round 48: the references of segment/facts.py and the
# conditions' bracketed number after a law, ``enligt lagen (2013:801) om …``).
SFS_NUMBER = r"\d{4}:\d+"

# Words ending in -lagen that are not statutes (förslagen, underlagen, …).
_NOT_LAWS = r"(?!(?i:[a-zåäö]*(?:för|under|an|av|be|in|på|ut|över|till)s?lagen)\b)"
# A law's name, capitalised too (``Kommunallagen trädde i kraft …``) and after a glued
# footnote number (``1Kommunallagen``: no letter before it; round 48, nu48 fault 6).
# The tags a noun phrase's words carry (determiner, adjective, noun, name, numeral).
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})

# The heads a statute's one-word name ends in (``kommunallagen``, ``miljöbalken``).
LAW_HEADS = r"(?:lagen|balken|förordningen)"
LAW_NAME = (
    rf"(?:(?<![^\W\d_]){_NOT_LAWS}[a-zåäöA-ZÅÄÖ][a-zåäö]{{2,}}{LAW_HEADS}\b"
    r"|lagen\s+om\s+[^,.()]{3,60}?(?=\s*[,.(]))"
)
SFS_WORD = re.compile(rf"^{SFS_NUMBER}$")
# Round 47 (nu47 fault 7): an adoption line's participle in every gender and number
# (``Antagen``/``Antaget``/``Antagna``, ``Fastställda``, ``Godkänt``; the past passive
# ``antogs``, newuser55 fault 9) and a date written in digits or with a month name
# (``2026-03-15``, ``15 mars 2026``, ``oktober 2026``): the readers' `adopted` metadata
# (ingest/layout.py) and the document year (segment/facts.py) share them.
ADOPTION_PARTICIPLE = (
    r"(?:fastställ(?:d|t|da|des)|antag(?:en|et|na|its)|antogs|beslut(?:ad|at|ade)"
    r"|revider(?:ad|at|ade)|godkän(?:d|t|da|des))"
)
# Newuser55b fault 9: the active past of an adoption verb after a fronted date (V2: ``Den 4
# mars 2026 antog regionstyrelsen … en ny instruktion``; segment/facts.py).
ADOPTION_ACTIVE_PAST = r"(?:antog|fastställde|beslutade|reviderade|godkände)"
SWEDISH_MONTHS = (
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
)
# Newuser55 fault 9: a month and year without a day (``i oktober 2026``) is a date too; the
# day-month-year form is tried first, so a full date is never cut to its month.
DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{SWEDISH_MONTHS})\s+(?:19|20)\d{{2}}"
    rf"|(?:{SWEDISH_MONTHS})\s+(?:19|20)\d{{2}})"
)
# Printed numbering at the start of a block: `Kapitel 2`, `§ 3`, `3 §`, `A.2.1`, `1.2`, `1.`,
# `4 -`. Round 35, S1: first ``4 §Nämnden …``, a statute label glued to the clause's first word.
# Round 41 (analysis 41-az causes 1, 15): ``§ 6.1`` (a dotted number after the sign) and a
# statute's ``1 §.`` label the block after them; ``§ 1 – Ekonomi`` keeps its dash in the label.
# Round 43 (43-bf cause 5): ``§ 1.Klubbens namn …``, the sign's number and dot glued to the
# clause's first word (a web page's bullets), is that label too.
# Round 48 (nu48b, fault 2): a Swedish postal code and its town (``694 30 Hallsberg``,
# ``11122 Stockholm``: three and two digits) on an address line, which no numbering is.
POSTAL_CODE = r"\d{3} ?\d{2}\s+[A-ZÅÄÖ][a-zåäö]"
# Round 51 (nu51 fault 2): ``4 kap. 2 § KL gäller …`` opens with a reference, whose chapter
# number labels nothing; ``1 kap. Allmänna bestämmelser`` is a chapter label (below).
_NO_CHAPTER_REFERENCE = r"(?!\d{1,2}\s+kap\.\s*\d)"
NUMBERED_HEAD = re.compile(
    rf"^(?!{POSTAL_CODE}){_NO_CHAPTER_REFERENCE}(?:\d+\s*[a-z]?\s*§(?=[A-ZÅÄÖ])|§\s*\d{{1,3}}\s*[a-z]?\.(?=[A-ZÅÄÖ])|(?:Kapitel\s+\d+|KAPITEL\s+\d+|\d{{1,2}}\s+kap\.(?=\s+[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ])|(?:AVDELNING|KAPITEL|DEL)\s+{ROMAN}(?=\s+[A-ZÅÄÖ])|§\s*\d{{1,3}}(?:\.\d{{1,2}}){{1,2}}|§\s*\d+\s*[a-z]?\.?{NUMBER_DASH}|\d+\s*[a-z]?\s*§\.?|[A-Z]\.\d+(?:\.\d+)*\.?"
    rf"|(?!{DATE_LABEL})\d+(?:\.\d+)+\.?{NUMBER_DASH}|\d+\.?{NUMBER_DASH}|[A-Z]\.)(?=\s|$))"
)
# Round 41 (analyst aw, cause S2): a page counter fused onto the page index at a page line's
# start (``3(6) Reglemente för …``, ``3 (6) …``): page 3 of 6 (pipeline/normalize/reflow.py,
# lines.py).
FUSED_COUNTER = re.compile(r"(?P<index>\d{1,3}) ?\((?P<total>\d{1,3})\)")
# A part label in capitals with a roman numeral (round 34, cause S2): `AVDELNING II`,
# `KAPITEL IV`, `DEL 3`: the label of the heading after it (docs/annotation.md §1.1), never a
# heading of its own.
PART_LABEL = re.compile(rf"(?:AVDELNING|KAPITEL|DEL)\s+(?:{ROMAN}|\d+)\b(?!-)")
PARAGRAPH_SIGN = re.compile(r"§\s*(\d+\s*[a-z]?)\.?|(\d+\s*[a-z]?)\s*§")
# Round 51 (nu51 fault 2): a statute's ``1 kap.`` opening a line before its chapter heading
# (``1 kap. Allmänna bestämmelser``) labels that heading as ``Kapitel 1`` does.
CHAPTER = re.compile(r"(?i)kapitel\s+(\d+)|(\d+)\s+kap\.")
# The section and chapter signs of a statute reference as words (``6 kap. 28 §``, ``3 och 4
# §§``), and with them the stycke and punkt abbreviations (``2 § st. 1``, ``p. 3``).
SECTION_SIGN_WORDS = frozenset({"kap", "kap.", "§", "§§"})
REFERENCE_UNIT_WORDS = SECTION_SIGN_WORDS | {"st.", "p."}

# Numbering inside a long (flattened) line, each preceded by a sentence end or a comma.
# Group `number` is what the sequence check compares; see normalize.inline_splits.
INLINE_PARAGRAPH = re.compile(
    r"(?<=[.!?:;”\"')])\s+(?P<label>§\s*(?P<number>\d{1,3})\s*[a-z]?\.?|(?P<number2>\d{1,3})\s*§"
    rf"|(?P<number3>\d{{1,3}}(?:\.\d{{1,2}}){{0,2}})\.?{NUMBER_DASH})(?:\s+|(?<=§))(?=[A-ZÅÄÖ])"
)
INLINE_ITEM = re.compile(
    r"(?<=[.!?:;,])\s+(?P<label>(?P<number>\d{1,2})[.)]|(?P<letter>[a-zåäö])[.)])\s+(?=\S)"
)
# "… ska 1. att leda … 2. att …": an item number after a word, only where a run follows.
INLINE_ITEM_LOOSE = re.compile(r"\s(?P<label>(?P<number>\d{1,2})[.)])\s+(?=[a-zåäö])")
# The spaces other than space and tab that print as one space, as a character class body:
# no-break, fixed-width (U+2000–U+200A), narrow no-break, mathematical and ideographic
# (normalize/lines.py reads each as a space, normalize/assemble.py collapses runs of them).
PRINTED_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
# The bullet glyphs of a list run onto one line (INLINE_BULLET, the colon-list rules of
# normalize/layout.py and normalize/reflow.py), as a character class body.
BULLET_GLYPHS = "•●▪◦■‣∙"
INLINE_BULLET = re.compile(
    rf"\s(?P<label>[{BULLET_GLYPHS}])\s+(?=\S)|(?<=[:;,.])\s(?P<dash>[-–])\s+(?=[a-zåäö])"
)
# A section number after a heading or title without punctuation: "… direktören 1. Ställning".
# Only `1` may stand without its dot, and only where `2` follows (see reflow).
INLINE_SECTION = re.compile(
    r"\s(?P<label>§\s*(?P<sign>\d{1,3})\s*[a-z]?\.?|(?P<number>\d{1,2})(?P<dot>\.?)"
    rf"{NUMBER_DASH})\s+(?=[A-ZÅÄÖ])"
)

# A sub-paragraph label: `mom. 2`, `st. 1`, `p. 3` (moment, stycke, punkt of a § in stadgar).
# At the start of a block it labels the block; inside a flattened line, after a sentence end
# or a word (not a number, `§` or `kap.`: `2 § st. 1` is a reference), it starts a new one
# where it continues its numbering (see normalize.inline_headings).
# Round 42 (analysis 42-ba, cause 6): also `Moment 2`, `Mom. 2`, `MOM 2` (never the noun
# `moment`); a line holding only the label labels the block after it (segment.clauses).
_SUBPARAGRAPH_KIND = r"(?P<kind>(?:Mom(?:ent)?|MOM(?:ENT)?|mom)(?=[.\s])|(?:st|p)(?=\.))\.?"
SUBPARAGRAPH_LABEL = re.compile(
    rf"^(?P<label>{_SUBPARAGRAPH_KIND}\s?(?P<number>\d{{1,2}}))(?=\s|$)"
)
# Inside a line (review 42a, item 16) a capitalised `Moment 2`, `Mom. 2`, `MOM 2` follows a
# sentence end or a capitalised heading word (``§ 2 Val Moment 1 …``), never a lower-case word
# (``enligt Moment 1 ovan``), and `mom` needs its dot (`mom 2` only at a line start).
INLINE_SUBPARAGRAPH = re.compile(
    r"(?:(?<=[.!?:;])|(?<=[^\s\d§.])(?=\s+(?:mom|st|p)\.)|(?<!\S)[A-ZÅÄÖ][^\s\d§.!?:;,]*)"
    r"\s+(?P<label>(?P<kind>(?:Mom(?:ent)?|MOM(?:ENT)?)(?=[.\s])|(?:mom|st|p)(?=\.))\.?"
    r"\s?(?P<number>\d{1,2}))\s+(?=\S)"
)
# A statute web page's stycke marker (lagen.nu style, round 33 cause S1): `[S2]`, `[S15]`
# printed at the start of a stycke, often glued to its first word (`[S15]I förbundet …`), also
# after the paragraph's own `3 §`. It labels the block (never part of its text) and always
# starts one: no line-end hyphen joins across it (`före-` ⏎⏎ `[S18]skrifter`).
STYCKE_LABEL = re.compile(
    r"^(?P<label>(?:(?:§\s*\d+\s*[a-z]?\.?|\d+\s*[a-z]?\s*§)\s*)?\[S(?P<number>\d{1,3})\])"
)

# Metadata lines: registration number and adoption, not clauses of the text.
METADATA_LINE = re.compile(
    r"^(?:(?:Dnr|Diarienr|Diarienummer|Ärendenr|Ärendenummer|Dokumentnummer|Ärende"
    r"|Organisationsnummer|Organisationsnr|Org\.\s?nr)\b"  # round 41, ay-C16
    # a label's colon, or a register code or case number: not "Ärende, där ordförande …"
    r"(?:\.?:|\.?\s*(?:[A-ZÅÄÖa-zåäö]{1,8}[\s./-]*)?\d)"
    r"|(?:Antagen|Antaget|Fastställd|Fastställt|Beslutad|Beslutat|Reviderad|Reviderat|Gäller från"
    r"|Giltig från|Gäller fr\.o\.m\.|Senast reviderad|Dokumentansvarig|Beslutsinstans"
    r"|Datum för beslut|Beslutsdatum)\b[^.]*?(?:\d{4}|§\s*\d+)"
    # a case memo's field run, a page number before it (round 24, cause C5)
    r"|(?:\d{1,3}\s+)?(?:Handläggare|Kontaktperson|Föredragande|Datum|Utfärdad|Utfärdat):\s"
    # a status word in capitals, a page counter, then a field label, colon or not (round 25,
    # S1-3: ``PROTOKOLLSUTDRAG Handläggare Datum …``, ``KALLELSE Sammanträdesdatum: …``)
    r"|(?-i:[A-ZÅÄÖ]{4,})(?:\s+\d{1,3}\s*\(\d{1,3}\))?\s+(?:Handläggare|Kontaktperson|Föredragande"
    r"|Datum|Diarienummer|Dnr|Sammanträdesdatum|Antagen|Antaget|Fastställd|Fastställt)\b"
    r")",
    re.IGNORECASE,
)
METADATA_MAX_WORDS = 25

# A page counter `N (M)` (page N of M) printed at the end of a page line after its last
# sentence (``… regler. 1 (6)``); see normalize.lines.page_counter_spans.
PAGE_COUNTER_END = re.compile(
    r"(?<=[.!?:;])[ \t]+(?P<page>\d{1,3})[ \t]*\((?P<total>\d{1,3})\)[ \t]*$"
)

# Dotted numbers inside a long line need no sentence end before them: "… uppgifter 2.1 Nämnden".
INLINE_DOTTED = re.compile(
    rf"\s(?P<label>(?P<number>\d{{1,3}}\.\d{{1,2}}(?:\.\d{{1,2}})?)\.?{NUMBER_DASH})\s+(?=[A-ZÅÄÖ])"
)

# Where a sentence ends inside a block: end punctuation, spaces, a capital (or quote).
SENTENCE_BREAK = re.compile(
    r"(?<=[.!?'\"”’)])\s+(?=[\"”(]?[A-ZÅÄÖ§]|\d{1,3}\s*§?\.?\s+[A-ZÅÄÖ])"
)
CLOSING_QUOTES = "'\"”’)"
# The marks that open and close a quotation (``"…"``, ``”…”``, ``“…”``, ``»…«``), as a set
# of token texts and as a regex class; an apostrophe may stand alone (``nämndens'``), so it
# is no quotation mark here: `APOSTROPHES` (review 55b should-fix 2).
QUOTATION_MARKS = frozenset('"”“»«')
QUOTATION_MARK = re.compile('["”“»«]')
APOSTROPHES = frozenset("'’")
# A rule line of a text table: `|---|:--:|`, `+-----+----+`, `-----  -----`.
TABLE_RULE = re.compile(r"^\s*[|+]?\s*:?-{3,}:?\s*(?:[|+]\s*:?-{3,}:?\s*)+[|+]?\s*$")

# A registration or adoption line inside a flattened line: cut before and after it.
INLINE_METADATA = re.compile(
    r"(?<=\s)(?:(?:Antagen|Antaget|Fastställd|Fastställt|Beslutad|Beslutat|Reviderad|Reviderat)"
    r" av [^.§]{1,80}?(?:\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4})(?:,? *§ *\d+)?"
    r"|(?:Dnr|Diarienummer)\.?:? *[A-ZÅÄÖ]{1,6}[ -]?\d{2,4}[/-]\d{1,6})\.?(?=\s|$)"
)

# A paragraph number after an unnumbered heading printed inline, at a sentence end, the
# start of a line or after a bare number (a page or reference number whose `§` was lost:
# "… 2010, 90 Uppgifter 1 Förbundet …"): "… ersättare. Ledningsfunktion 3 Kommunstyrelsen …".
# The heading is up to twelve words without digits or end punctuation, commas between them
# ("Namn, säte och firma 2 …"; a section letter `A.` may open it), and may end in a
# law-reference bracket ("Kallelse (5 kap. 9 KL) 3 …"); see reflow.headed_numbers for the
# checks on its words.
_AFTER_BARE_NUMBER = r"(?<=(?<!\S)\d)|(?<=(?<!\S)\d\d)|(?<=(?<!\S)\d\d\d)|(?<=(?<!\S)\d{4})"
INLINE_HEADED_NUMBER = re.compile(
    rf"(?:^\s*|(?<=[.!?:;”\"')])\s+|(?:{_AFTER_BARE_NUMBER})\s*)"
    r"(?P<heading>(?:[A-ZÅÄÖ]\.\s+)?[A-ZÅÄÖ][^\s.!?:;,\d§()]*"
    r"(?:,?\s+[^\s.!?:;,\d§()\-–•]+){0,11}?(?:\s+\((?=[^()]*\d)[^()]{1,40}\))?)\s+"
    r"(?P<label>§\s*(?P<sign>\d{1,3})\.?|(?P<number>\d{1,3}(?:\.\d{1,2}){0,2})\.?(?:\s*§)?"
    rf"{NUMBER_DASH})"
    r"(?:\s+|(?<=§))(?=[A-ZÅÄÖ])"  # round 35, S1: ``Uppgifter 1 §Rådet …`` glued too
)
# A heading ending in a parenthetical printed inline before its paragraph (matched at the
# start of a block, after its numbered label or after a sentence end): "Bolagets syfte (vad
# som ska nås) Bolaget ska …". Up to eight words without punctuation, the bracket, a capital;
# see reflow.parenthetical_heading_ends for the checks on its words.
INLINE_PARENTHETICAL_HEADING = re.compile(
    r"(?P<heading>[A-ZÅÄÖ][^\s.!?:;,()§\d]*(?:\s+[^\s.!?:;,()§]+){0,7})"
    r"\s*\([^()]{1,80}\)(?=\s+[A-ZÅÄÖ])"
)
# A sentence that starts without the previous one ending, inside an inline list item:
# "9. annan lag Nämnden ansvarar vidare …" (a capitalised word, then a finite verb).
UNPUNCTUATED_SENTENCE = re.compile(r"(?<=[a-zåäö)])\s+(?P<start>[A-ZÅÄÖ][a-zåäö]+)\s+(?P<verb>\w+)")


# Round 42 (analysis 42-ba, cause 4): unbulleted ``att``-items after a lead-in that breaks off
# at a preposition (``… ska föreningen arbeta för`` ⏎ ``att ordna …,`` ⏎ ``att värna ….``),
# read on lines by normalize/layout.py and on blocks by segment/blocks.py: an item's start,
# and the end of an item the next one follows (``,`` ``;``, a conjunction after them).
ATT_ITEM = re.compile(r"att \w")
# Round 52 (ruling v1, analysis 52-av B1): a correlative `dels att`-line of an amendment
# preamble (``Regeringen föreskriver … `` ⏎ ``dels att 6 § ska upphöra att gälla,``).
DELS_ATT_ITEM = re.compile(r"dels att \w")
COMMA_ITEM_END = re.compile(r"[,;](?:\s+(?:och|samt|eller))?$")
# Round 43 (newuser43, cause 2): the separator of a web page's breadcrumb trail (``Start ›
# Om oss › Stadgar``, ``Hem / Om klubben / Stadgar``) and the one of a footer's fields
# (``Klubben | Vägen 4 | info@…``), spaced (normalize/web_chrome.py).
BREADCRUMB_SEPARATOR = re.compile(r"\s+([›»>/])\s+")
FOOTER_FIELD_SEPARATOR = re.compile(r"\s+\|\s+")
# A footnote's mark opening its note (superscript digits and a space): ``¹ Ändrat genom …``
# (round 45, nu45 cause 5).
FOOTNOTE_MARK = re.compile(rf"[{FOOTNOTE_MARKS}]+\s+")
# Round 56 (review56 S5): a note's opening mark (group 1) before its text (``¹ Jfr 7 kap.``),
# and a note's call: superscript digits glued to the end of a word or a sentence
# (``… anvisningar.¹``, ``taxan² för``), not a unit's power (``m²``, ``km³``: a unit after
# a number or a space). normalize/footnotes.py and segment/clauses.py.
FOOTNOTE_OPENING = re.compile(rf"([{FOOTNOTE_MARKS}]{{1,2}})\s+(?=\S)")
_UNIT_POWER = r"(?<!(?<![^\W\d_])m)(?<!(?<![^\W\d_])[kcdm]m)"
CITED_FOOTNOTE_MARK = re.compile(
    rf"(?<=\S){_UNIT_POWER}([{FOOTNOTE_MARKS}]{{1,2}})(?![{FOOTNOTE_MARKS}\w])"
)
# a footnote's number, in digits or superscript digits (a regex alternation to embed:
# normalize/footnotes.py, ingest/pdf_footnotes.py)
FOOTNOTE_NUMBER = rf"\d{{1,2}}|[{FOOTNOTE_MARKS}]{{1,2}}"
_MARKS_AS_DIGITS = str.maketrans(FOOTNOTE_MARKS, "1234567890")
_DIGITS_AS_MARKS = str.maketrans("1234567890", FOOTNOTE_MARKS)


def footnote_digits(mark: str) -> str:
    """A footnote mark as digits (``³`` → ``3``), however it is printed."""
    return mark.translate(_MARKS_AS_DIGITS)


def footnote_calls(text: str) -> set[str]:
    """The numbers (as digits) of the notes `text` calls (CITED_FOOTNOTE_MARK)."""
    return {footnote_digits(mark) for mark in CITED_FOOTNOTE_MARK.findall(text)}


def superscript_digits(number: str) -> str:
    """Digits as superscript digits (``12`` → ``¹²``), a copied footnote's mark."""
    return number.translate(_DIGITS_AS_MARKS)


def page_of_total(page: str, total: str) -> bool:
    """A page counter ``N (M)`` counts page N of M: N at most M (``6 (5)`` counts no page)."""
    return int(page) <= int(total)


def ends_at_preposition(text: str) -> bool:
    """The text breaks off at a preposition (layout.yaml `prepositions`), a lead-in's end."""
    words = text.split()
    # through the module, whose `__getattr__` reads the word lists on first use
    return bool(words) and words[-1] in sys.modules[__name__].PREPOSITIONS


def ends_att_item(text: str) -> bool:
    """The text ends an item of such a run: after a comma or semicolon, or the last at its
    full stop."""
    return bool(COMMA_ITEM_END.search(text)) or text.endswith(".")


# The word lists of configs/layout.yaml, read on first use: ``SENTENCE_VERBS`` (finite verbs
# that make a run of words a sentence rather than a heading), ``ABBREVIATIONS`` (whose period
# is no sentence end, lower-cased, without the final period), ``HEADING_LINKS`` (words
# after which a capitalised word belongs to the same inline heading), ``ADOPTION_WORDS``
# (participles and phrases opening an adoption history), ``SENTENCE_OPENERS`` (closed-class
# words that open a sentence, never a one-word heading), ``BOUNDARY_WORDS`` (closed-class
# words that, capitalised after a lower-case word, open a new clause of a flattened line) and
# ``QUESTION_WORDS`` (opening a question printed as a heading), ``PREPOSITIONS`` (opening a
# sentence's fronted adverbial), ``MONTH_NAMES`` (ending a date without a year);
# ``NUMBERLESS_WORDS``, ``NUMBERED_WORDS`` and ``NUMBER_CONTINUATIONS`` (a bare page number
# at a line end, normalize/lines.py); ``COVER_WORDS`` (status words a cover page prints in
# capitals before the title, normalize/cover.py); ``SECTION_HEADINGS`` (one-word headings of
# protocols and case memos on a line of their own, normalize/layout.py) and
# ``CASE_HEADINGS`` (those of minutes and case memos, and longer ones, run into a line:
# normalize/section_headings.py); ``HEADING_NAME_CUES`` (nouns after which a capitalised
# heading is quoted as a name); ``CLAUSE_LINKS`` (words after which a capitalised actor
# stays in the sentence) and ``ACTOR_COORDINATORS``
# (joining actors into one subject); ``DOCUMENT_NAME_CUES`` (document nouns before a quoted
# title) and ``NOUN_PHRASE_LINKS`` (prepositions of a subject's attribute chain);
# ``DASH_LEAD_IN_WORDS`` (verbs ending a lead-in without a colon before lower-case dash items)
# and ``ATTACHMENT_HEADINGS`` (headings of an attachment list, normalize/reflow.py). Not at
# import: the configuration module imports the stages that import this one.
_LAYOUT_LISTS = {
    "SENTENCE_VERBS": "sentence_verbs",
    "ABBREVIATIONS": "abbreviations",
    "HEADING_LINKS": "heading_links",
    "ADOPTION_WORDS": "adoption_words",
    "ADOPTION_FINITE_VERBS": "adoption_finite_verbs",  # `Avtalet antogs …` (round 46)
    "ADOPTION_PLACE_HEADS": "adoption_place_heads",  # `i Åby kommun` (round 46)
    "SENTENCE_OPENERS": "sentence_openers",
    "BOUNDARY_WORDS": "boundary_words",
    "QUESTION_WORDS": "question_words",
    "PREPOSITIONS": "prepositions",
    # never a block's last word (round 45, w45l): with the prepositions that strand none
    "OPEN_LINE_ENDS": "open_line_ends",
    # round 52 (52-av C1): what strands a preposition at a line's end, and which are adverbs
    "STRANDING_OPENERS": "stranding_openers",
    "STRANDING_ADVERBS": "stranding_adverbs",
    "MONTH_NAMES": "month_names",
    "DATED_LINE_WORDS": "dated_line_words",  # `Publicerad <date>` (round 56, newuser56 f9)
    "NUMBERLESS_WORDS": "numberless_words",
    "NUMBERED_WORDS": "numbered_words",
    "NUMBER_CONTINUATIONS": "number_continuations",
    "COVER_WORDS": "cover_words",
    "PROTOCOL_COVER_WORDS": "protocol_cover_words",  # round 58 (analysis58-cs R1)
    "SECTION_HEADINGS": "section_headings",
    "CASE_HEADINGS": "case_headings",
    "HEADING_NAME_CUES": "heading_name_cues",
    "CLAUSE_LINKS": "clause_links",
    "ACTOR_COORDINATORS": "actor_coordinators",
    "DOCUMENT_NAME_CUES": "document_name_cues",
    "NAMING_NAME_CUES": "naming_name_cues",  # a name after `med namnet` (round 43, be-C5)
    "STATUTE_PRINT_OPENERS": "statute_print_openers",  # a glued SFS print (round 43, be-C4)
    "NOUN_PHRASE_LINKS": "noun_phrase_links",
    "DASH_LEAD_IN_WORDS": "dash_lead_in_words",
    "GLUED_DASH_LEAD_IN_WORDS": "glued_dash_lead_in_words",  # round 38, S1
    "ATTACHMENT_HEADINGS": "attachment_headings",
    "CONTACT_LABELS": "contact_labels",  # a signature block's fields (round 30, S2)
    "CONTACT_HEADINGS": "contact_headings",  # `Kontakt` over a contact card (round 46)
    "MAIL_HEADER_LABELS": "mail_header_labels",  # `Från:`, `Ämne:` (round 54, nu54-3)
    "MAIL_SENT_LABELS": "mail_sent_labels",  # `Skickat:` (round 54, nu54-3)
    "CONTACT_PHONE_LABELS": "contact_phone_labels",  # `Tfn`, `Telefon`: one field (round 46)
    "STREET_SUFFIXES": "street_suffixes",  # an address run's street names (round 38, at-S1)
    "TITLE_LINE_LINKS": "title_line_links",  # a capitals title's second line (round 38, at-S4)
    "STATUTE_FIELD_LABELS": "statute_field_labels",  # a statute page's fields (round 33, S4)
    "COVER_FIELD_LABELS": "cover_field_labels",  # a cover's document-info labels (round 40)
    "VALIDITY_LABELS": "validity_labels",  # cover fields whose value was lost (round 34, S1)
    "MEMO_FIELD_WORDS": "memo_field_words",  # a memo's field run without colons (round 36, S4)
    "WEB_SKIP_LINKS": "web_skip_links",  # a web page's chrome (round 43, newuser43 cause 2)
    "WEB_HOME_WORDS": "web_home_words",
    "WEB_ACCOUNT_LINKS": "web_account_links",  # a menu's `Logga in` (round 48, nu48b)
    "WEB_LEAD_CONTROLS": "web_lead_controls",  # a first line `Sök` (round 49, bs L3)
    "WEB_CONTROL_TOGGLES": "web_control_toggles",  # `Öppna sök Sök` (round 50, bv-F)
    "WEB_TOP_LINKS": "web_top_links",  # `Till sidans topp` (round 51, w50-y J)
    "WEB_COOKIE_WORDS": "web_cookie_words",  # `Godkänn alla kakor` (round 51, w50-y J)
    "WEB_FOOTER_WORDS": "web_footer_words",
    "WEB_CONSENT_BUTTONS": "web_consent_buttons",  # a cookie notice's buttons (round 49)
    "WEB_FOOTER_LINKS": "web_footer_links",  # `Om webbplatsen` (round 47, nu47r)
    "WEB_SHARE_WORDS": "web_share_words",  # a share or print link line (round 45)
    "WEB_SHARE_FILLERS": "web_share_fillers",
    "WEB_LOCATION_LABELS": "web_location_labels",  # `Sidan tillhör:` (round 46)
    "WEB_TOOL_WORDS": "web_tool_words",  # `Ändra · Sidhistorik` (round 46)
    "WEB_OWNER_LABELS": "web_owner_labels",  # `Sidansvarig: Kanslienheten` (round 47)
    "WEB_FEEDBACK_SUBJECTS": "web_feedback_subjects",  # `Var sidan till hjälp?` (round 47)
    "WEB_FEEDBACK_WORDS": "web_feedback_words",
    "WEB_FEEDBACK_ANSWERS": "web_feedback_answers",  # its `Ja` ⏎ `Nej` buttons
    "WEB_LINK_LABELS": "web_link_labels",  # `länk till annan webbplats` (round 50, b6)
    "WEB_LINK_IMPERATIVES": "web_link_imperatives",  # `… jäviga. Läs mer om jäv` (round 51)
    "WEB_DOWNLOAD_LINKS": "web_download_links",  # `Ladda ner … som PDF (245 kB)` (round 51)
    "WEB_FILE_NOTES": "web_file_notes",
    "WEB_PAGE_NOUNS": "web_page_nouns",  # `Sidan uppdaterades 2024-01-10` (round 51)
    "FRONT_MATTER_CASE_KEYS": "front_matter_case_keys",  # Markdown `dnr:` (round 51)
    "FRONT_MATTER_ADOPTION_KEYS": "front_matter_adoption_keys",  # `antagen:` (round 51)
    "NOUN_PHRASE_DETERMINERS": "noun_phrase_determiners",
    "RUNNING_FIELD_LABELS": "running_field_labels",  # a page header's Dnr (round 44)
    "CONTENTS_HEADINGS": "contents_headings",  # a contents list's heading (round 45, w45w)
    "CONTENTS_PAGE_COLUMNS": "contents_page_columns",  # `Sid` after it (round 46, w46t)
    "TABLE_COLUMN_LABELS": "table_column_labels",  # a cell table's header (round 45, w45w)
    "TABLE_NUMBER_COLUMNS": "table_number_columns",  # its row-number column's labels
    "LINK_LEAD_IN_WORDS": "link_lead_in_words",  # `… på webbplatsen:` (round 55, 55-ch C5)
    "LINK_LEAD_IN_ADVERBS": "link_lead_in_adverbs",  # `… hittar du här:` (round 56)
    "LINK_LEAD_IN_VERBS": "link_lead_in_verbs",
}


def __getattr__(name: str) -> frozenset[str]:
    if name not in _LAYOUT_LISTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _bind_lists(None)
    return globals()[name]  # type: ignore[no-any-return]


# The run's layout.yaml (`--config`): `using_layout` binds its lists as this module's
# constants for a stage's block, as `using_grammar` binds a grammar for a component's; the
# shipped lists are bound again when the block ends. Every answer derived from the lists
# (a compiled pattern, a cached label set) is kept by a `layout_cache` function and dropped
# at each binding. A run without a layout.yaml of its own enters a block that binds nothing
# (`using_layout(None)`): the constants stay the shipped ones, read once, but the block
# still takes the lock. The binding is per process (the batch workers are); in a process,
# one thread at a time holds a block (`_LAYOUT_LOCK`, re-entrant for the nested blocks of a
# stage), so a thread's lists are never rebound under it by another's block (review 56b,
# S6), and threaded `api.analyze` calls run their normalize, segment and NLP stages one at a
# time, with or without a layout of their own (review 57 S6). A run's stages enter a block
# per batch chunk; the nested blocks of the same layout rebind nothing (S7).
_BOUND_LAYOUT: list[LayoutFile] = []  # the layouts of the open blocks, innermost last
_LAYOUT_LOCK = threading.RLock()
_LAYOUT_CACHES: list[Callable[[], None]] = []


def _bind_lists(layout: LayoutFile | None) -> None:
    """The lists of `layout` (None: the shipped layout.yaml) as this module's constants."""
    from pipeline.config import load_layout

    layout = layout or load_layout()
    for constant, key in _LAYOUT_LISTS.items():
        globals()[constant] = frozenset(getattr(layout, key))
    stranding = frozenset(layout.stranding_prepositions)
    globals()["OPEN_LINE_ENDS"] |= frozenset(layout.prepositions) - stranding


def _rebind(layout: LayoutFile | None) -> None:
    _bind_lists(layout)
    for clear in _LAYOUT_CACHES:
        clear()


def layout_cache(maxsize: int | None = None) -> Callable[[F], F]:
    """`functools.lru_cache` for an answer derived from the layout lists: dropped whenever
    `using_layout` binds other lists."""

    def decorate(function: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _LAYOUT_CACHES.append(cached.cache_clear)
        return cached  # type: ignore[return-value]

    return decorate


def active_layout() -> LayoutFile:
    """The layout.yaml whose lists the constants hold now (outside a block: the shipped)."""
    from pipeline.config import load_layout

    return _BOUND_LAYOUT[-1] if _BOUND_LAYOUT else load_layout()


def using_layout(path: Path | None) -> AbstractContextManager[Any]:
    """The lists of the layout.yaml at `path` are this module's constants until the block
    ends (None: the lists bound now stay, and nothing is bound). Either way the block holds
    the layout lock: another thread's block waits until it ends."""
    return _UsingLayout(path)


class _UsingLayout:
    __slots__ = ("path",)

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def __enter__(self) -> None:
        _LAYOUT_LOCK.acquire()
        if self.path is None:
            return
        from pipeline.config import load_layout

        try:
            layout = load_layout(self.path)
        except BaseException:
            _LAYOUT_LOCK.release()
            raise
        if not _BOUND_LAYOUT or _BOUND_LAYOUT[-1] is not layout:
            _rebind(layout)
        _BOUND_LAYOUT.append(layout)

    def __exit__(self, *exc: object) -> None:
        try:
            if self.path is not None:
                layout = _BOUND_LAYOUT.pop()
                previous = _BOUND_LAYOUT[-1] if _BOUND_LAYOUT else None
                if previous is not layout:
                    _rebind(previous)
        finally:
            _LAYOUT_LOCK.release()


def _layout_list(name: str) -> frozenset[str]:
    loaded = globals()  # the layout lists are read once, on first use (`__getattr__`)
    return loaded[name] if name in loaded else __getattr__(name)  # type: ignore[no-any-return]


def is_contents_heading(line: str) -> bool:
    """``Innehåll``, ``Innehållsförteckning:``: a contents list's heading line (round 45);
    also with the page column's header after it, ``Innehållsförteckning Sid`` (round 46)."""
    heading = line.strip().rstrip(":").casefold()
    if heading in _layout_list("CONTENTS_HEADINGS"):
        return True
    words = heading.rsplit(None, 1)
    return (
        len(words) == 2
        and words[1] in _layout_list("CONTENTS_PAGE_COLUMNS")
        and words[0].rstrip(":") in _layout_list("CONTENTS_HEADINGS")
    )


_COLUMN_CONTENTS: list[re.Pattern[str]] = []
_BARE_CONTENTS: list[re.Pattern[str]] = []
_LAYOUT_CACHES.extend((_COLUMN_CONTENTS.clear, _BARE_CONTENTS.clear))  # `using_layout`


def bare_contents_end(text: str, start: int = 0) -> int | None:
    """The end of the first capitalised contents heading word in `text[start:]` before a
    space (``Innehåll``, ``INNEHÅLLSFÖRTECKNING``), else None: a flattened contents page
    without column header (round 49, R3; its pages are checked by the caller)."""
    if not _BARE_CONTENTS:
        headings = sorted(_layout_list("CONTENTS_HEADINGS"), key=len, reverse=True)
        forms = [form for word in headings for form in (word.capitalize(), word.upper())]
        _BARE_CONTENTS.append(re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, forms))}):?(?=\s)"))
    match = _BARE_CONTENTS[0].search(text, start)
    return match.end() if match is not None else None


def column_contents_end(text: str, start: int = 0) -> int | None:
    """The end of the first contents heading with its page column's header in `text[start:]`
    (``Innehållsförteckning Sid``, ``INNEHÅLL Sida``), else None (round 46, bm cause 10: a
    flattened contents page whose entries end in bare page numbers)."""
    if not _COLUMN_CONTENTS:
        headings = sorted(_layout_list("CONTENTS_HEADINGS"), key=len, reverse=True)
        columns = sorted(_layout_list("CONTENTS_PAGE_COLUMNS"), key=len, reverse=True)
        heading = "|".join(map(re.escape, headings))
        column = "|".join(map(re.escape, columns))
        _COLUMN_CONTENTS.append(
            re.compile(rf"(?<!\S)(?:{heading}):?\s+(?:{column})(?=\s|$)", re.IGNORECASE)
        )
    match = _COLUMN_CONTENTS[0].search(text, start)
    return match.end() if match is not None else None


# Round 56 (newuser56 fault 9): a line opening with a word of layout.yaml `dated_line_words`
# (``Senast uppdaterad:``, ``Publicerad``, ``Undertecknat den``) and holding a date, a month
# or a day and month before the year or an ISO date, before its first full stop; the year is
# group ``year`` or ``iso``.
_DATED_LINE_GAP = 40


@layout_cache(1)
def dated_line() -> re.Pattern[str]:
    """The pattern of a dated line (`DATED_LINE_WORDS`), matched at a line's start."""
    words = sorted(_layout_list("DATED_LINE_WORDS"), key=len, reverse=True)
    phrases = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words) or "(?!)"
    return re.compile(
        rf"(?im)^[ \t]*(?P<lead>{phrases})(?!\w)[^.\n]{{0,{_DATED_LINE_GAP}}}?"
        rf"(?:\b(?:{SWEDISH_MONTHS})\s+(?P<year>(?:19|20)\d{{2}})\b"
        r"|\b(?P<iso>(?:19|20)\d{2})-\d{2}-\d{2}\b)"
    )


@layout_cache(1)
def registration_field() -> re.Pattern[str]:
    """A registration field: a label of layout.yaml `running_field_labels`, a register code or
    not, and a case number (``Dnr KS 2026/0093``, ``Diarienummer: 2026/114``); unanchored."""
    labels = sorted(map(re.escape, _layout_list("RUNNING_FIELD_LABELS")), key=len, reverse=True)
    return re.compile(
        rf"(?i:\b(?:{'|'.join(labels) or '(?!)'}))\.?:?\s*"
        r"(?:[A-ZÅÄÖ]{1,6}[ -]?)?\d{1,4}(?:[/:.-]\d{1,6})+"
    )


def is_dated_line(text: str) -> bool:
    """An update, publication or signature line with a date (``Undertecknat den 20 januari
    2026.``; `dated_line`): one sentence of `METADATA_MAX_WORDS` words at most and no finite
    verb of layout.yaml `sentence_verbs` (``Undertecknat avtal ska lämnas senast den 1 mars
    2027.`` is a sentence)."""
    match = dated_line().match(text)
    if match is None:
        return False
    # the lead phrase's own words (``Gäller från``, ``fr.o.m.``; round 57, newuser57 fault 6)
    # are no sentence verb and no sentence end
    rest = text[match.end("lead") :]
    return (
        len(text.split()) <= METADATA_MAX_WORDS
        and rest.rstrip().rstrip(".").count(".") == 0
        and not any(word.casefold() in _layout_list("SENTENCE_VERBS") for word in rest.split())
    )


# Rank titles that stand before a role noun inside its noun phrase (`vice ordföranden`,
# `förste vice ordförande`, `biträdande rektor`): a word of the phrase, no head of its own.
RANK_TITLE_WORDS = frozenset({"vice", "förste", "andre", "biträdande", "ställföreträdande"})
