"""perf53a: `is_verb`'s vetoes settled once per word (`word_memoised`, `_word_vetoes`) give
what every veto asked of every token gives, and a word's answer is kept per grammar."""

from __future__ import annotations

from dataclasses import replace

import spacy
from spacy.tokens import Doc, Token

from pipeline.language.grammar import GRAMMAR, SHIPPED_GRAMMAR, active_grammar, using_grammar
from pipeline.nlp.memo import token_memo, word_memoised
from pipeline.nlp.verb_vetoes import (
    body_noun,
    coordinated_quantifier,
    digits_and_letters,
    interrogative_var,
    matches_never_verb_pattern,
    naming_participle,
    noun_in_noun_series,
    opens_pronoun_phrase,
    pronominal_adverb,
    proper_name_word,
    revision_mark,
    web_address,
)
from pipeline.nlp.verbs import _never_a_verb, inner_capital, is_verb, no_verb_by_word
from tests.nlp_helpers import parsed


def _every_veto(token: Token) -> bool:
    """`_never_a_verb` as it read before perf53a: every veto asked of the token."""
    word, pos = token.lower_, token.pos_
    return (
        no_verb_by_word(word, pos)
        or inner_capital(token.text)
        or opens_pronoun_phrase(token)
        or word in GRAMMAR.never_verbs
        or proper_name_word(token)
        or body_noun(token)
        or pronominal_adverb(token)
        or interrogative_var(token)
        or naming_participle(token)
        or coordinated_quantifier(token)
        or matches_never_verb_pattern(token)
        or web_address(token)
        or revision_mark(token)
        or digits_and_letters(token)
        or noun_in_noun_series(token)
    )


def _docs() -> list[Doc]:
    nlp = spacy.blank("sv")
    return [
        parsed(  # invented: a name, "var" opening a question, a quantifier pair
            nlp,
            """
            Styrelsen styrelse NOUN 2 nsubj Definite=Def
            bestämmer bestämma VERB 0 ROOT VerbForm=Fin|Tense=Pres
            var var ADV 6 advmod
            Anna Anna PROPN 6 nsubj
            Berg Berg PROPN 4 flat
            arbetar arbeta VERB 2 ccomp VerbForm=Fin|Tense=Pres
            med med ADP 11 case
            hela hel ADJ 11 amod
            eller eller CCONJ 10 cc
            delar del VERB 8 conj VerbForm=Fin|Tense=Pres
            personalen personal NOUN 6 obl Definite=Def
            . . PUNCT 2 punct
            """,
        ),
        parsed(  # invented: a revision mark, a case number, an address, a pronominal adverb
            nlp,
            """
            ÖVERSIKT översikt NOUN 0 ROOT
            rev riva VERB 1 acl VerbForm=Fin|Tense=Past
            Bilagor bilaga NOUN 2 obj
            KS/2015:171 KS/2015:171 VERB 2 obj VerbForm=Fin|Tense=Pres
            kansli@ekby.se kansli@ekby.se VERB 2 obj VerbForm=Fin|Tense=Pres
            varom varom VERB 2 obj VerbForm=Fin|Tense=Pres
            KoF KoF VERB 2 obj VerbForm=Fin|Tense=Pres
            c.3.4ja c.3.4ja VERB 2 obj VerbForm=Fin|Tense=Pres
            kommunfullmäktige kommunfullmäktige VERB 2 obj VerbForm=Fin|Tense=Past
            prognos prognos VERB 3 conj VerbForm=Fin|Tense=Pres
            """,
        ),
    ]


def test_the_word_vetoes_answer_as_every_veto_asked() -> None:
    for doc in _docs():
        for token in doc:
            expected = _every_veto(token)
            with token_memo(doc):
                grammar = active_grammar()
                word, pos = token.lower_, token.pos_
                assert bool(_never_a_verb(token, word, pos, grammar)) == expected, token.text
            assert bool(_never_a_verb(token, word, pos, grammar)) == expected, token.text


def test_a_words_vetoes_are_kept_per_grammar() -> None:
    doc = _docs()[0]
    works = doc[5]  # "arbetar"
    assert is_verb(works)
    other = replace(SHIPPED_GRAMMAR, never_verbs=SHIPPED_GRAMMAR.never_verbs | {"arbetar"})
    with using_grammar(other):
        assert not is_verb(works)  # not the shipped grammar's answer
    assert is_verb(works)


def test_word_memoised_computes_once_per_words_and_grammar() -> None:
    calls: list[tuple[str, ...]] = []

    @word_memoised
    def negation(word: str) -> bool:
        calls.append((word,))
        return word in GRAMMAR.negations

    assert negation("inte") and not negation("ska") and negation("inte")
    assert calls == [("inte",), ("ska",)]
    other = replace(SHIPPED_GRAMMAR, negations=frozenset({"ska"}))
    with using_grammar(other):
        assert negation("ska") and not negation("inte")
    assert calls[2:] == [("ska",), ("inte",)]
    assert not negation("ska")  # the shipped grammar's answer, kept
    assert len(calls) == 4


def _threshold_doc() -> Doc:
    return parsed(  # invented: a threshold relative after the opening noun, then the main verb
        spacy.blank("sv"),
        """
        Delägare delägare NOUN 8 nsubj
        vars vars PRON 3 nmod:poss PronType=Rel
        andel andel NOUN 6 nsubj
        är vara AUX 6 cop VerbForm=Fin|Tense=Pres
        25 25 NUM 6 nummod
        % % NOUN 1 acl:relcl
        eller eller CCONJ 8 cc
        utser utse VERB 0 ROOT VerbForm=Fin|Tense=Pres
        ombud ombud NOUN 8 obj
        """,
    )


def test_the_sentences_first_relative_is_read_once_and_only_before_the_verb() -> None:
    from pipeline.nlp.verb_fallbacks import after_opening_relative, after_threshold_relative

    doc = _threshold_doc()
    outside = [(after_opening_relative(t), after_threshold_relative(t)) for t in doc]
    with token_memo(doc):
        inside = [(after_opening_relative(t), after_threshold_relative(t)) for t in doc]
        again = [(after_opening_relative(t), after_threshold_relative(t)) for t in doc]
    assert outside == inside == again
    assert inside[7] == (1, 1)  # "utser": after "vars andel är 25 %"
    assert all(found == (None, None) for found in inside[:4])  # at or before "vars"
