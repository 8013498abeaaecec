"""Swedish word forms by spelling and the lemma lexicon — word-level knowledge that
segmentation and the NLP rules share (no parse needed): is a written word the present of a
verb the lexicon knows (``utser`` → utse, not the plural ``uppgifter``), and what is its
infinitive.

The lexicon is spacy-lookups-data's ``sv_lemma_lookup`` (form → lemma, POS-blind) as the
shipped model's ``lexicon`` component stores it: the very table the model's lemma look-ups read
(`pipeline.nlp.model`), parsed once per process for all of them (`read_lookup_table`).
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import srsly

from pipeline.language.grammar import GRAMMAR

VOWELS = frozenset("aeiouyåäö")
# A present participle's endings (`sökande`, `boende`), for `str.endswith`
PRESENT_PARTICIPLE_ENDINGS = ("ande", "ende")

# The shipped model's lexicon (`pipeline.nlp.model`: models/sv_styrdok, component ``lexicon``),
# written from `read_sv_lookup` when the model was trained (tests/test_model.py checks that
# the two hold the same forms).
SHIPPED_LEXICON = (
    Path(__file__).resolve().parents[1] / "models/sv_styrdok/lexicon/lemma_lookup.json.gz"
)


def sv_lookup_path() -> Path:
    """spacy-lookups-data's ``sv_lemma_lookup`` file."""
    import spacy_lookups_data

    return Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"


def read_sv_lookup() -> dict[str, str]:
    """spacy-lookups-data's ``sv_lemma_lookup`` (form -> lemma, POS-blind), a new dict."""
    return srsly.read_gzip_json(sv_lookup_path())


# Look-up tables by the SHA-256 of their file, with their sets of lemmas: the word-level rules
# here and the shipped model's two lookup components (``lexicon``, ``lemma_lookup``) read the
# same 660,000-form table, and parsing it is ~0.4 s. Only the latest two files are kept.
_TABLES: dict[str, dict[str, str]] = {}
_LEMMAS: dict[str, frozenset[str]] = {}
_TABLES_KEPT = 2


def read_lookup_table(path: Path) -> dict[str, str]:
    """The form -> lemma table of a gzipped JSON look-up file, parsed once per process and
    shared by every reader of the same bytes (read-only: never mutate it)."""
    compressed = path.read_bytes()
    key = hashlib.sha256(compressed).hexdigest()
    if key not in _TABLES:
        while len(_TABLES) >= _TABLES_KEPT:
            _LEMMAS.pop(oldest := next(iter(_TABLES)), None)
            del _TABLES[oldest]
        table = srsly.json_loads(gzip.decompress(compressed))  # a new dict: no copy needed
        _TABLES[key] = table if isinstance(table, dict) else dict(table)
    return _TABLES[key]


def lookup_lemmas(table: dict[str, str]) -> frozenset[str]:
    """The lemmas (values) of a look-up table, built once for a table `read_lookup_table`
    shares."""
    key = next((key for key, shared in _TABLES.items() if shared is table), None)
    if key is None:
        return frozenset(table.values())
    if key not in _LEMMAS:
        _LEMMAS[key] = frozenset(table.values())
    return _LEMMAS[key]


@cache
def lemma_lexicon() -> tuple[dict[str, str], frozenset[str]]:
    """The lemma lexicon (form → lemma) and its set of lemmas (base forms). Before
    `pipeline.train` has written the model, spacy-lookups-data's file stands in; the rules
    read the same lemmas either way, because the model's file is written from that one
    (tests/test_model.py checks that the two hold the same forms and lemmas)."""
    path = SHIPPED_LEXICON if SHIPPED_LEXICON.is_file() else sv_lookup_path()
    table = read_lookup_table(path)
    return table, lookup_lemmas(table)


def lexicon_lemma(word: str) -> str:
    """The lexicon's lemma of a word form ("" where it has none)."""
    return lemma_lexicon()[0].get(word, "")


def s_passive_spelling(word: str) -> bool:
    """The lexicon reads the word as the s-form of a verb: stem + -s of an infinitive in a
    vowel (``upprätthålls`` → upprätthålla, ``handhas`` → handha, ``hålls`` → hållas,
    ``beslutas`` → besluta). String-only: the verb rules and segmentation's table-row remarks
    (`pipeline.segment.blocks`) share it."""
    if not (word.isalpha() and word.endswith("s")) or word.endswith("ss"):
        return False
    stem = word[:-1]
    lemma = lexicon_lemma(word)
    table, lemmas = lemma_lexicon()
    if word in lemmas:
        return False  # a base form too: "kris" (→ kria) is a noun
    if lemma == stem and lemma[-1:] in VOWELS - {"a"} and table.get(f"{lemma}r") != lemma:
        # "kommunfullmäktiges", "ordförandes": the genitive of a noun in -e/-o/-i; a verb's
        # base form in such a vowel has its present in -r (avse → avser, bestå → består)
        return False  # (round 55, ci-A3)
    return lemma[-1:] in VOWELS | {"s"} and lemma in {f"{stem}a", stem, f"{stem}as"}


def compound_lemma(word: str) -> str:
    """A Swedish compound verb inflects as its last part: ``redogör`` → redo + göra,
    ``innehar`` → inne + ha, where the last part is a present or s-form of
    `irregular_lemmas` (the longest one; at least two letters before it). "" otherwise."""
    if not word.isalpha():
        return ""
    for start in range(2, len(word) - 2):
        head = word[start:]
        if head in GRAMMAR.irregular_lemmas and head.endswith(("r", "s")):
            auxiliaries = GRAMMAR.copulas | GRAMMAR.modals | GRAMMAR.perfect  # utövar: no ut-ö-var
            if head in auxiliaries or _regular_present(word) in lemma_lexicon()[1]:
                return ""
            return word[:start] + GRAMMAR.irregular_lemmas[head]
    return ""


def strong_preterite_lemma(word: str) -> str:
    """The infinitive of a strong or irregular preterite, active or s-passive
    (`strong_preterites`: ``höll``/``hölls`` → hålla, ``gav`` → ge), or of a compound whose
    last part is one and whose infinitive the lexicon knows (``antog`` → anta, ``beslöt`` →
    besluta, ``innehölls`` → innehålla; at least two letters before it). "" otherwise."""
    table = GRAMMAR.strong_preterites
    if word in table:
        return table[word]
    base = word[:-1] if word.endswith("s") else word
    if base in table:
        return table[base]
    if not base.isalpha():
        return ""
    lemmas = lemma_lexicon()[1]
    for start in range(2, len(base) - 1):
        head = base[start:]
        if head in table and base[:start] + table[head] in lemmas:
            return base[:start] + table[head]
    return ""


def archaic_infinitive_lemma(word: str) -> str:
    """The modern infinitive of an older statute's long infinitive or its s-passive
    (`archaic_infinitives`, alone or after two letters or more): ``handhava``/``handhavas``
    → handha, ``deltaga`` → delta, ``omgiva`` → omge. "" otherwise."""
    base = word[:-1] if word.endswith("as") else word
    heads = GRAMMAR.archaic_infinitives
    if not base.endswith(heads) or not base.isalpha():  # one test for most words
        return ""
    for head in heads:
        prefix = len(base) - len(head)
        if base.endswith(head) and prefix != 1 and head in GRAMMAR.irregular_lemmas:
            return base[:prefix] + GRAMMAR.irregular_lemmas[head]
    return ""


def _regular_present(word: str) -> str:
    """The infinitive of a regular present: -ar → -a, -er → -a."""
    if word.endswith("ar"):
        return word[:-1]
    return word[:-2] + "a" if word.endswith("er") else ""


def present_lemma(word: str) -> str:
    """Infinitive of a present-tense form: ``samordnar`` → samordna, ``bereder`` → bereda; a
    compound of an irregular verb takes its head's infinitive (``redogör`` → redogöra)."""
    if word in GRAMMAR.irregular_lemmas:
        return GRAMMAR.irregular_lemmas[word]
    compound = compound_lemma(word)
    if compound:
        return compound
    if not word.endswith(("ar", "er")) and lemma_lexicon()[0].get(word) == f"{word}a":
        return f"{word}a"  # a stem in -r takes no ending: hör, upphör, bär (analysis-15 #5)
    if word.endswith("ar"):
        return word[:-1]
    if word.endswith("er"):
        return word[:-2] + "a"
    return word[:-1]


def present_spelling(word: str) -> bool:
    """The word is a present (-ar, -er, -r) of an infinitive the lexicon knows as a base
    form, and the lexicon reads the word as that verb (or its agent noun in -are), not as a
    noun's plural (``åtgärder`` → åtgärd, ``frågor`` → fråga)."""
    if not word.endswith("r") or len(word) < 4:
        return False
    infinitive = present_lemma(word)
    table, lemmas = lemma_lexicon()
    if infinitive[-1:] not in VOWELS or infinitive not in lemmas:
        return False
    return table.get(word, "") in {infinitive, f"{word}e"}


CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def dropped_consonant_forms(forms: Iterable[str]) -> dict[str, str]:
    """Misspellings of word forms with one consonant of a cluster left out (``nämden`` →
    ``nämnden``, ``komunen`` → ``kommunen``; round 22, cause C4): each misspelt form → the
    form, where the misspelt form is no form the lemma lexicon knows (``förbud`` is a word,
    no misspelling of ``förbund``) and no other form given."""
    forms = set(forms)
    found: dict[str, set[str]] = {}
    for form in forms:
        for index, letter in enumerate(form):
            if letter not in CONSONANTS or not _in_cluster(form, index):
                continue
            misspelt = form[:index] + form[index + 1 :]
            if len(misspelt) >= 4 and misspelt not in forms and not known_form(misspelt):
                found.setdefault(misspelt, set()).add(form)
    return {misspelt: next(iter(fixed)) for misspelt, fixed in found.items() if len(fixed) == 1}


def _in_cluster(word: str, index: int) -> bool:
    before = word[index - 1] if index > 0 else ""
    after = word[index + 1] if index + 1 < len(word) else ""
    return before in CONSONANTS or after in CONSONANTS


def known_form(word: str) -> bool:
    """The lemma lexicon knows the word form."""
    table, lemmas = lemma_lexicon()
    return word in table or word in lemmas


def supine_spelling(word: str) -> bool:
    """The lexicon reads the word as a verb's supine form (``fastställt`` → fastställa,
    ``godkänt`` → godkänna, a strong verb's -it: ``fastslagit`` → fastslå)."""
    if not word.endswith("t"):
        return False  # both tests below want a supine's -t (most words: no look-up)
    if word.endswith("tt") and word[:-2] in GRAMMAR.infinitives:
        return True  # "utsett" → utse, "avgett" → avge: an infinitive not in -a
    lemma = lexicon_lemma(word)
    if not word.isalpha() or lemma == word:
        return False
    if _participle_neuter(word, lemma):
        return True
    # a strong supine's infinitive may end in any vowel ("slagit" → slå, "givit" → ge); an
    # adjective's neuter in -tt does not reach here with its stem ("nytt" → ny)
    return lemma.endswith("a") or (word.endswith("it") and lemma[-1:] in VOWELS)


def supine_lexicon_lemma(word: str) -> str:
    """The lexicon's verb of a supine: its lemma, or the verb of the participle it gives for a
    weak supine in -t (``anställt`` → anställd → anställa; `_participle_neuter`)."""
    lemma = lexicon_lemma(word)
    return lexicon_lemma(lemma) if _participle_neuter(word, lemma) else lemma


def _participle_neuter(word: str, lemma: str) -> bool:
    """``anställt`` → anställd → anställa, ``kört`` → körd → köra: the lexicon gives a weak
    verb's supine in -t as the neuter of its past participle in -d (stem + -d, the verb stem
    + -a), which is the same word; an adjective in -d is no verb's participle (``runt`` →
    rund, not runda's ``rundad``)."""
    if not lemma.endswith("d") or word != f"{lemma[:-1]}t":
        return False
    verb = lexicon_lemma(lemma)
    return verb.endswith("a") and lemma == f"{verb[:-1]}d"


def short_supine_spelling(word: str) -> bool:
    """Round 55 (tag55 #4): a short verb's supine in -tt whose stem ends in a vowel and that
    the lexicon reads as that verb (``trott`` → tro, ``bott`` → bo), which `supine_spelling`
    does not read: the stem's present in -r reads as the verb too (``tror`` → tro), so an
    adjective's neuter (``nytt``: no present ``nyr``) or a noun (``mått`` → måtta) is none."""
    if not word.endswith("tt") or len(word) < 4 or not word.isalpha():
        return False
    stem = word[:-2]
    if stem[-1:] not in VOWELS:
        return False
    table = lemma_lexicon()[0]
    return table.get(word) == stem and table.get(f"{stem}r") == stem
