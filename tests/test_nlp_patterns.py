"""`pipeline.nlp.patterns`: the cue patterns followed from their first word find, per cue and
start, the longest match spaCy's ``Matcher`` finds (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.nlp.cues import build_matcher, cue_parts, cue_pattern, index_cues
from pipeline.nlp.patterns import FirstWordPatterns, Parts, UnsupportedPattern, token_rows
from tests.nlp_helpers import CUES

SENTENCES = [
    # words, POS, lemmas
    (
        "Nämnden har inte heller rätt att besluta",
        "NOUN VERB PART ADV NOUN PART VERB",
        "nämnd ha inte heller rätt att besluta",
    ),
    (
        "Härutöver ansvarar styrelsen också för arkivet",
        "ADV VERB NOUN ADV ADP NOUN",
        "härutöver ansvara styrelse också för arkiv",
    ),
    (
        "Chefen har ett övergripande strategiskt ansvar för ekonomin",
        "NOUN VERB DET ADJ ADJ NOUN ADP NOUN",
        "chef ha en övergripande strategisk ansvar för ekonomi",
    ),
    (
        "Utskottet såg till att protokollet justerades och har i uppdrag att granska",
        "NOUN VERB ADP PART NOUN VERB CCONJ VERB ADP NOUN PART VERB",
        "utskott se till att protokoll justera och ha i uppdrag att granska",
    ),
    (
        "Direktören är inom förvaltningen ansvarig inför nämnden för budgeten",
        "NOUN AUX ADP NOUN ADJ ADP NOUN ADP NOUN",
        "direktör vara inom förvaltning ansvarig inför nämnd för budget",
    ),
]


def _doc(nlp, words: str, pos: str, lemmas: str) -> Doc:
    return Doc(nlp.vocab, words=words.split(), pos=pos.split(), lemmas=lemmas.split())


def _longest_by_spacy(matcher: Matcher, doclike) -> dict[tuple[int, int], int]:
    longest: dict[tuple[int, int], int] = {}
    for key, start, end in matcher(doclike):
        longest[(key, start)] = max(longest.get((key, start), 0), end)
    return longest


@pytest.mark.parametrize(("words", "pos", "lemmas"), SENTENCES)
def test_the_longest_match_per_cue_and_start_is_the_matchers(nlp, words, pos, lemmas) -> None:
    doc = _doc(nlp, words, pos, lemmas)
    cue_matcher = build_matcher(nlp.vocab, CUES)
    assert cue_matcher.fast is not None
    expected = _longest_by_spacy(cue_matcher.by_form, doc)
    expected.update(_longest_by_spacy(cue_matcher.by_lemma, doc))
    found = {(key, start): end for key, start, end in cue_matcher(doc)}
    assert found == expected
    assert expected  # every sentence holds a cue


@pytest.mark.parametrize(("words", "pos", "lemmas"), SENTENCES)
def test_a_span_is_matched_as_the_matcher_matches_it(nlp, words, pos, lemmas) -> None:
    doc = _doc(nlp, words, pos, lemmas)
    cue_matcher = build_matcher(nlp.vocab, CUES)
    span = doc[1:]
    expected = _longest_by_spacy(cue_matcher.by_form, span)
    expected.update(_longest_by_spacy(cue_matcher.by_lemma, span))
    assert {(key, start): end for key, start, end in cue_matcher(span)} == expected


def test_a_doc_without_pos_keeps_the_matchers_error(nlp) -> None:
    doc = Doc(nlp.vocab, words=["Nämnden", "ansvarar", "för", "arkivet"])
    with pytest.raises(ValueError, match="POS"):
        index_cues(doc, build_matcher(nlp.vocab, CUES))


def test_optional_and_repeated_steps(nlp) -> None:
    """``a ADV* (inte)? ADV* b``: the longest match from each ``a``."""
    doc = _doc(
        nlp, "x a snart inte alltid b b", "X X ADV PART ADV X X", "x a snart inte alltid b b"
    )
    pattern = cue_pattern(("a", "b"))
    patterns = FirstWordPatterns(nlp.vocab, [("k", pattern)])
    assert patterns(token_rows(doc)) == [(nlp.vocab.strings["k"], 1, 6)]


def test_a_pattern_that_opens_with_a_part_of_speech_is_not_followed(nlp) -> None:
    with pytest.raises(UnsupportedPattern):
        FirstWordPatterns(nlp.vocab, [("k", [{"POS": "ADV"}, {"LOWER": "b"}])])


def test_shared_specs_compile_as_their_copies(nlp) -> None:
    """The cue patterns share their parts' spec objects (`cues._shared`); a pattern of shared
    specs and one of equal copies of them find the same."""
    first, second = cue_pattern(("har", "rätt", "att")), cue_pattern(("har", "rätt", "att"))
    assert all(a is b for a, b in zip(first, second, strict=True))
    copies = [dict(spec) for spec in first]
    doc = _doc(
        nlp,
        "Nämnden har inte heller rätt att besluta",
        "NOUN VERB PART ADV NOUN PART VERB",
        "nämnd ha inte heller rätt att besluta",
    )
    shared = FirstWordPatterns(nlp.vocab, [("k", first), ("k", second)])
    copied = FirstWordPatterns(nlp.vocab, [("k", copies)])
    assert shared(token_rows(doc)) == copied(token_rows(doc)) == [(nlp.vocab.strings["k"], 1, 6)]


@pytest.mark.parametrize(("words", "pos", "lemmas"), SENTENCES)
def test_parts_compile_as_their_specs(nlp, words, pos, lemmas) -> None:
    """A pattern given as its shared parts (`cue_parts`, each part compiled once) finds what
    the same pattern spec by spec finds, and a part compiled earlier is never taken for a
    later, different one (parts are kept by identity)."""
    doc = _doc(nlp, words, pos, lemmas)
    phrases = [("har", "rätt", "att"), ("ansvarar", "för"), ("har", "i", "uppdrag", "att")]
    flags = [{}, {"inverted": True}, {"adverbial": True}, {"role": ("som",)}]
    parted = [(" ".join(p), cue_parts(p, **f)) for p in phrases for f in flags]
    listed = [(key, [dict(spec) for spec in parts.specs()]) for key, parts in parted]
    rows = token_rows(doc)
    found = FirstWordPatterns(nlp.vocab, parted)(rows)
    assert sorted(found) == sorted(FirstWordPatterns(nlp.vocab, listed)(rows))
    other = Parts([(spec,) for spec in listed[1][1]])  # fresh parts, equal specs
    assert FirstWordPatterns(nlp.vocab, [parted[1], ("k", other)])(rows) == FirstWordPatterns(
        nlp.vocab, [listed[1], ("k", listed[1][1])]
    )(rows)


def test_the_trie_of_shared_prefixes_finds_what_the_matcher_finds(nlp) -> None:
    """Patterns of one first word are followed as one trie of their parts (`_Automaton`):
    cues that share a prefix of parts (``har rätt att`` / ``har rätt till``), a cue that is a
    prefix of another (``har rätt``), a first word's part standing later in another cue
    (``till``), several variants of one key. On random invented token rows, the longest end
    per key and start is the spaCy ``Matcher``'s, and a second pass (every state then
    known) finds the same."""
    import random

    phrases = [
        ("har", "rätt", "att"),
        ("har", "rätt", "till"),
        ("har", "rätt"),
        ("har", "till", "uppgift", "att"),
        ("till", "uppgift"),
        ("ansvarar", "för"),
    ]
    flags = [{}, {"inverted": True}, {"inverted": True, "attributes": 1}, {"adverbial": True}]
    parted = [(" ".join(p), cue_parts(p, **f)) for p in phrases for f in flags]
    matcher = Matcher(nlp.vocab)
    for key, parts in parted:
        matcher.add(key, [parts.specs()])
    fast = FirstWordPatterns(nlp.vocab, parted)
    words = ["har", "har", "rätt", "rätt", "att", "till", "uppgift", "ansvarar", "för", "inte", "i"]
    tags = ["VERB", "NOUN", "PART", "ADP", "ADV", "DET", "ADJ", "PROPN"]
    chosen = random.Random(53)
    for _ in range(300):
        length = chosen.randint(2, 9)
        doc = Doc(
            nlp.vocab,
            words=[chosen.choice(words) for _ in range(length)],
            pos=[chosen.choice(tags) for _ in range(length)],
        )
        expected = _longest_by_spacy(matcher, doc)
        for _ in range(2):
            assert {(key, start): end for key, start, end in fast(token_rows(doc))} == expected


def test_cue_parts_name_the_words_of_their_specs():
    """`FirstWordPatterns` compiles a part only where the trie has no branch of it yet: the
    words and lemmas it names (a token's class) are those of the same patterns spec by spec."""
    import spacy

    from pipeline.language.grammar import CONFIGS, load_deontic_cues
    from pipeline.nlp.cues import CueMatcher
    from pipeline.nlp.patterns import FirstWordPatterns

    vocab = spacy.blank("sv").vocab
    matcher = CueMatcher(vocab, load_deontic_cues(CONFIGS / "deontics.yaml"))
    assert matcher.fast is not None
    lists = (matcher.form_patterns, matcher.lemma_patterns)
    for built, patterns in zip(matcher.fast, lists, strict=True):
        flat = FirstWordPatterns(vocab, [(key, parts.specs()) for key, parts in patterns])
        assert built.named_words == flat.named_words
        assert built.named_lemmas == flat.named_lemmas
        assert {slot: set(words) for slot, words in built.automata.items()} == {
            slot: set(words) for slot, words in flat.automata.items()
        }


def _made_branches(patterns: FirstWordPatterns) -> int:
    """How many branches of its tries `patterns` has made so far (`_grow`)."""
    from pipeline.nlp.patterns import _CHILDREN

    def count(branch: list) -> int:
        return 1 + sum(count(child) for child in branch[_CHILDREN])

    return sum(
        count(automaton.owners[0])
        for automata in patterns.automata.values()
        for automaton in automata.values()
    )


def test_a_branch_is_made_where_a_state_reaches_it(nlp) -> None:
    """The trie grows where a Doc's words lead (round 58, perf58c): ``har rätt att`` makes no
    branch past ``har`` until a ``har`` is followed by ``rätt``, then finds what the patterns
    compiled spec by spec find; a Doc without ``har`` makes none."""
    phrases = [("har", "rätt", "att"), ("har", "i", "uppdrag", "att"), ("ansvarar", "för")]
    parted = [(" ".join(p), cue_parts(p, inverted=True)) for p in phrases]
    listed = [(key, [dict(spec) for spec in parts.specs()]) for key, parts in parted]
    fast = FirstWordPatterns(nlp.vocab, parted)
    made = _made_branches(fast)
    assert made < sum(len(parts) for _, parts in parted)
    elsewhere = _doc(nlp, "Styrelsen beslutar om budget", "NOUN VERB ADP NOUN", "a b c d")
    assert fast(token_rows(elsewhere)) == []
    assert _made_branches(fast) == made
    words, pos, lemmas = SENTENCES[0]
    rows = token_rows(_doc(nlp, words, pos, lemmas))
    assert sorted(fast(rows)) == sorted(FirstWordPatterns(nlp.vocab, listed)(rows))
    assert _made_branches(fast) > made


def test_a_pickled_copy_grows_and_finds_alike(nlp) -> None:
    """A worker process gets the patterns pickled before any Doc grew their tries (the ids
    of the copied parts are new): the copy finds what the original finds."""
    import pickle

    phrases = [("har", "rätt", "att"), ("har", "rätt"), ("ansvarar", "för"), ("till", "uppgift")]
    flags = [{}, {"inverted": True}, {"adverbial": True}]
    parted = [(" ".join(p), cue_parts(p, **f)) for p in phrases for f in flags]
    original = FirstWordPatterns(nlp.vocab, parted)
    copy = pickle.loads(pickle.dumps(original))
    for words, pos, lemmas in SENTENCES:
        rows = token_rows(_doc(nlp, words, pos, lemmas))
        assert sorted(copy(rows)) == sorted(original(rows))
