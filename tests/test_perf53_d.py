"""perf53d: a word of a modal's slot asks the insertion rules of `groups._insertion_end` only
when it may open one (`_may_open_insertion`: a comma, a bracket, ``att``, ``som``, a time
phrase's opener or a word of grammar `slot_insertion_first_words`); the answers equal those of
every rule asked of every word, and the words follow the active grammar."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy

from pipeline.language.grammar import SHIPPED_GRAMMAR, using_grammar
from pipeline.nlp import groups
from pipeline.nlp.memo import sentence_end
from pipeline.nlp.verb_forms import is_modal
from tests.nlp_helpers import DEF, IND, IND_PL, INF, MODAL, PRES, parsed

_SENTENCES = (  # invented, hand-parsed
    f"""
    Nämnden nämnd NOUN 17 nsubj {DEF}
    ska skola AUX 17 aux {MODAL}
    , , PUNCT 5 punct
    efter efter ADP 5 case
    samråd samråd NOUN 17 obl {IND}
    med med ADP 7 case
    förbundet förbund NOUN 5 nmod {DEF}
    , , PUNCT 5 punct
    om om SCONJ 12 mark
    särskilda särskild ADJ 11 amod
    skäl skäl NOUN 12 nsubj {IND_PL}
    föreligger föreligga VERB 17 advcl {PRES}
    senast senast ADV 16 advmod
    den den DET 16 det
    30 30 NUM 16 nummod
    april april NOUN 17 obl
    utse utse VERB 0 ROOT {INF}
    en en DET 19 det
    ledamot ledamot NOUN 17 obj {IND}
    . . PUNCT 17 punct
    """,
    f"""
    Direktören direktör NOUN 15 nsubj {DEF}
    får få AUX 15 aux {MODAL}
    som som ADP 4 case
    ombud ombud NOUN 15 obl {IND}
    för för ADP 6 case
    kommunen kommun NOUN 4 nmod {DEF}
    ( ( PUNCT 8 punct
    se se VERB 4 parataxis Mood=Imp|VerbForm=Fin
    bilaga bilaga NOUN 8 obj {IND}
    ) ) PUNCT 8 punct
    i i ADP 13 case
    förekommande förekommande ADJ 13 amod
    fall fall NOUN 15 obl {IND}
    om om SCONJ 15 mark
    underteckna underteckna VERB 0 ROOT {INF}
    avtal avtal NOUN 15 obj {IND}
    . . PUNCT 15 punct
    """,
    f"""
    Förvaltningen förvaltning NOUN 9 nsubj {DEF}
    ska skola AUX 9 aux {MODAL}
    efter efter ADP 5 mark
    att att PART 5 mark
    ha ha AUX 6 aux {INF}
    hört höra VERB 9 advcl VerbForm=Sup
    nämnden nämnd NOUN 6 obj {DEF}
    årligen årligen ADV 9 advmod
    upprätta upprätta VERB 0 ROOT {INF}
    en en DET 11 det
    plan plan NOUN 9 obj {IND}
    . . PUNCT 9 punct
    """,
)


def _answers(nlp: spacy.Language) -> list[int | None]:
    found: list[int | None] = []
    for rows in _SENTENCES:
        doc = parsed(nlp, rows)
        for finite in doc:
            if finite.pos_ not in {"AUX", "VERB"}:
                continue
            limit = sentence_end(finite)
            for token in doc[finite.i + 1 : limit]:
                for in_slot in (True, False):
                    found.append(groups._insertion_end(finite, token, in_slot, limit))
    return found


def test_the_gate_gives_the_answers_of_every_rule(
    nlp: spacy.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = _answers(nlp)
    monkeypatch.setattr(groups, "_may_open_insertion", lambda token: True)
    assert gated == _answers(nlp)
    assert sum(answer is not None for answer in gated) >= 4  # the sentences hold insertions


def test_most_slot_words_pass_the_gate_unasked(nlp: spacy.Language) -> None:
    doc = parsed(nlp, _SENTENCES[2])
    modal = next(token for token in doc if is_modal(token))
    asked = [t.text for t in doc[modal.i + 1 :] if groups._may_open_insertion(t)]
    assert asked == ["efter", "att", "en"]  # a preposition, "att", a determiner


def test_the_gate_follows_the_bound_grammar() -> None:
    doc = spacy.blank("sv")("Nämnden ska vid behov utse en ledamot")
    token = doc[2]  # "vid", no part of speech in a blank pipeline
    assert not groups._may_open_insertion(token)
    other = replace(
        SHIPPED_GRAMMAR, slot_insertions=(*SHIPPED_GRAMMAR.slot_insertions, ("vid", "behov"))
    )
    with using_grammar(other):
        assert groups._may_open_insertion(token)
    assert not groups._may_open_insertion(token)
