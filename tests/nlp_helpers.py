"""Helpers for hand-parsed rule tests of styrdok's spaCy components.

A rule test builds a Doc by hand, so it checks the rules and not the statistical
tagger and parser. Write one per new or changed rule, on an INVENTED sentence:

    from tests.nlp_helpers import parsed, statements

    def test_modal_ska_is_an_obligation(nlp) -> None:
        doc = parsed(
            nlp,
            '''
            Kommundirektören kommundirektör NOUN 3 nsubj
            ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
            besluta besluta VERB 0 ROOT VerbForm=Inf
            . . PUNCT 3 punct
            ''',
        )
        assert statements(doc) == [("kommundirektör", "obligation", "besluta", False, False)]

One row per token: `word lemma UPOS head dep [morph]`, CoNLL-U style. `head` is
1-based and 0 marks the root (its `dep` is ignored and becomes ROOT); `morph` is an
optional UD feature string such as `VerbForm=Inf|Voice=Pass`. The whole text is one
sentence, tokens are space-separated except before "." and ",". `parsed()` also finds
the actor mentions (`doc._.actors`) with the project's actor lexicon.

`statements(doc)` gives (actor canonical, deontic, aim, negated, passive) per
deontic statement; `find(sentence, mentions)` gives the Statement objects.
`LEXICON` and `CUES` are the actor lexicon and deontic cues from `configs/`; `PRES`, `INF`,
`DEF` … are the morphology strings rule tests write most often. The `nlp` fixture (a blank
Swedish pipeline, one per test module) is in `tests/conftest.py`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.language.grammar import load_deontic_cues
from pipeline.language.lexicon import load_actor_lexicon
from pipeline.nlp.actors import find_actors
from pipeline.nlp.components import register_extensions
from pipeline.nlp.cues import build_matcher, index_cues
from pipeline.nlp.statements import find_statements
from tests.conftest import ROOT

LEXICON = load_actor_lexicon(ROOT / "configs" / "actors.yaml")
CUES = load_deontic_cues(ROOT / "configs" / "deontics.yaml")

PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act"
PASS = "Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass"
INF = "VerbForm=Inf|Voice=Act"
INF_PASS = "VerbForm=Inf|Voice=Pass"
MODAL = "Mood=Ind|Tense=Pres|VerbForm=Fin"
DEF = "Case=Nom|Definite=Def|Number=Sing"
DEF_PL = "Case=Nom|Definite=Def|Number=Plur"
IND = "Case=Nom|Definite=Ind|Number=Sing"
IND_PL = "Case=Nom|Definite=Ind|Number=Plur"


def find(sentence, mentions):
    index = index_cues(sentence.doc, build_matcher(sentence.doc.vocab, CUES))
    return list(find_statements(sentence, mentions, CUES, index))


def parsed(nlp, rows: str, starts: tuple[int, ...] = ()) -> Doc:
    """Rows of `word lemma UPOS head dep [morph]` (head: 1-based, 0 = root), CoNLL-U style;
    `starts`: the 0-based tokens after the first that open a sentence (each its own tree)."""
    words, lemmas, pos, heads, deps, morphs = [], [], [], [], [], []
    for index, line in enumerate(rows.strip().splitlines()):
        parts = line.split()
        words.append(parts[0])
        lemmas.append(parts[1])
        pos.append(parts[2])
        head = int(parts[3])
        heads.append(head - 1 if head else index)
        deps.append("ROOT" if head == 0 else parts[4])
        morphs.append(parts[5] if len(parts) > 5 else "")
    spaces = [True] * len(words)
    for index, word in enumerate(words[1:], start=1):
        if word in {".", ","}:
            spaces[index - 1] = False
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        heads=heads,
        deps=deps,
        morphs=morphs,
        sent_starts=[True] + [index in starts for index in range(1, len(words))],
    )
    register_extensions()
    doc._.actors = find_actors(doc, LEXICON)
    return doc


def statements(doc: Doc) -> list[tuple]:
    return [
        (s.actor.canonical if s.actor else None, s.deontic, s.aim, s.negated, s.passive)
        for sentence in doc.sents
        for s in find(sentence, doc._.actors)
    ]
