"""Shortcuts (first tests, per-word answers) that make costly functions cheaper give the
answers of the full tests.

`ActorLexicon.is_name_noun` settles each word once (the same answer for a repeated word, a
name noun, a compound name noun and an unrelated word). `reflow._titled_adoption` matches
only a word that opens an adoption phrase (`phrases_by_first_word`), with the answers of the
scan of every word. `sentence_types.foreign_language` reads the Doc's text through the memo
(the actor tagger's memo of its Doc). `memo.morph_values_in` gives the values
``Token.morph.get`` gives, from the Doc's morphology column, and
`verb_fallbacks._first_relative` finds the relative pronoun of a second sentence.
`statement_scope.quoted_speech` reads the Doc's text (its marks' gate) through the memo, with
the answers it gives outside one."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline import patterns
from pipeline.nlp.components import register_extensions
from pipeline.nlp.memo import morph_values_in, token_memo
from pipeline.normalize import reflow
from tests.nlp_helpers import DEF, IND, INF, LEXICON, MODAL, PRES, parsed


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("sv")


def test_a_name_noun_is_settled_once_with_the_full_answer() -> None:
    words = ["namn", "Namnet", "firman", "företagsnamn", "föreningsnamnet", "efternamn",
             "nämnden", "plan", "namn"]
    first = [LEXICON.is_name_noun(word) for word in words]
    again = [LEXICON.is_name_noun(word) for word in words]
    full = [LEXICON._is_name_noun(word) for word in words]
    assert first == again == full
    assert first[:3] == [True, True, True] and first[6:8] == [False, False]


def _scan_every_word(words: list[str]) -> int | None:
    """`_titled_adoption` before round 55: `_adoption_phrase` of every word in reach."""
    if words[0].casefold() in patterns.BOUNDARY_WORDS:
        return None
    for index in range(1, min(len(words), reflow._MAX_TITLE_WORDS + 1)):
        if not words[index].isalpha() and any(char.isdigit() for char in words[index]):
            return None
        if phrase := reflow._adoption_phrase(words, index):
            title = " ".join(words[:index])
            titled = (
                phrase == 1
                and words[index][:1].islower()
                and reflow._is_title(title)
                and (index >= reflow._MIN_TITLE_WORDS or reflow.is_document_kind(title))
            )
            return index if titled else None
    return None


@pytest.mark.parametrize("text", [
    "Reglemente för tekniska nämnden antaget av kommunfullmäktige den 4 maj 2015",
    "Reglemente för tekniska nämnden antaget, av kommunfullmäktige",
    "Stadgar antagna av årsmötet",
    "Instruktion för förvaltningschefen Gäller från den 1 januari",
    "Arbetsordning för styrelsen senast reviderad av styrelsen",
    "Den senaste ändringen beslutade årsmötet",
    "Nämnden ska leda arbetet och följa upp planen",
    "Plan 2024 antagen av nämnden",
])
def test_a_titled_adoption_reads_only_phrase_openers_with_the_full_answers(text: str) -> None:
    words = text.split()
    assert reflow._titled_adoption(words) == _scan_every_word(words)


def test_the_first_titled_adoption_is_still_found() -> None:
    words = ["Reglemente", "för", "tekniska", "nämnden", "antaget", "av", "kommunfullmäktige"]
    assert reflow._titled_adoption(words) == 4


def _words(nlp, text: str) -> Doc:
    register_extensions()
    return Doc(nlp.vocab, words=text.split())


def test_a_foreign_clause_is_read_inside_and_outside_a_memo(nlp) -> None:
    from pipeline.nlp.sentence_types import FOREIGN_FLAG, foreign_language

    for text, foreign in (
        ("Please note that Ekby kommun is not responsible for any errors .", True),
        ("Bolagets CEO leder arbetet och har det samlade ansvaret .", False),
    ):
        outside = _words(nlp, text)
        inside = _words(nlp, text)
        with token_memo(inside):
            assert foreign_language(inside) is foreign
        assert foreign_language(outside) is foreign
        assert inside.user_data[FOREIGN_FLAG] is foreign


def test_the_morphology_column_gives_the_tokens_values(nlp) -> None:
    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        sammanträder sammanträda VERB 0 ROOT {PRES}
        . . PUNCT 2 punct
        Ledamot ledamot NOUN 6 nsubj Definite=Ind|Number=Sing
        som som PRON 6 nsubj PronType=Rel
        deltar delta VERB 0 ROOT {PRES}
        . . PUNCT 6 punct
        """,
        starts=(3,),
    )  # invented, hand-parsed
    for field in ("PronType", "VerbForm", "Definite"):
        expected = [tuple(token.morph.get(field)) for token in doc]
        assert morph_values_in(doc, field, 0, len(doc)) == expected
        with token_memo(doc):
            assert morph_values_in(doc, field, 2, 6) == expected[2:6]


def test_the_first_relative_of_a_second_sentence_is_its_own(nlp) -> None:
    from pipeline.nlp.verb_fallbacks import _first_relative

    doc = parsed(
        nlp,
        f"""
        Nämnden nämnd NOUN 2 nsubj {DEF}
        sammanträder sammanträda VERB 0 ROOT {PRES}
        . . PUNCT 2 punct
        Ledamot ledamot NOUN 6 nsubj Definite=Ind|Number=Sing
        som som PRON 6 nsubj PronType=Rel
        deltar delta VERB 0 ROOT {PRES}
        . . PUNCT 6 punct
        """,
        starts=(3,),
    )  # invented, hand-parsed
    for memo in (False, True):
        if memo:
            with token_memo(doc):
                found = [_first_relative(token) for token in doc]
        else:
            found = [_first_relative(token) for token in doc]
        assert found == [None, None, None, 4, 4, 4, 4]


@pytest.mark.parametrize("text", [
    "Kommunen ska upprätta en plan .",
    "Please note that Ekby kommun is not responsible .",
    "Nämnden följer (The Council) och \"THE\" regler .",
    "Styrelsen: ''of'' ; WITH!",
    "Bolagets CEO leder arbetet .",
])
def test_no_foreign_word_reads_what_the_word_count_reads(text: str) -> None:
    from pipeline.language.grammar import GRAMMAR
    from pipeline.nlp.sentence_types import _WORD_MARKS, _no_foreign_word

    english = GRAMMAR.foreign_function_words
    per_word = not any(w.strip(_WORD_MARKS).lower() in english for w in text.split())
    assert _no_foreign_word(text) is per_word


_QUOTED = f"""
    ” ” PUNCT 4 punct
    Nämnden nämnd NOUN 4 nsubj {DEF}
    ska skola AUX 4 aux {MODAL}
    ta ta VERB 8 ccomp {INF}
    ansvaret ansvar NOUN 4 obj {DEF}
    ” ” PUNCT 4 punct
    , , PUNCT 8 punct
    säger säga VERB 0 ROOT {PRES}
    Eva Eva PROPN 8 nsubj
    Lind Lind PROPN 9 flat:name
    . . PUNCT 8 punct
    """


@pytest.mark.parametrize(("table", "speech"), [
    (_QUOTED, [False, True, True, True, True, False, False, True, False, False, False]),
    (_QUOTED.replace("”", ","), [False] * 11),  # no marks: the text's gate answers
])
def test_quoted_speech_reads_the_text_inside_and_outside_a_memo(
    nlp, table: str, speech: list[bool],
) -> None:
    from pipeline.nlp.statement_scope import quoted_speech

    doc = parsed(nlp, table)
    outside = [quoted_speech(token, set()) for token in doc]
    with token_memo(doc):
        inside = [quoted_speech(token, set()) for token in doc]
        again = [quoted_speech(token, set()) for token in doc]
    assert outside == inside == again == speech


_SENTENCE_TEXTS = (
    "Nämnden beslutar. Direktören verkställer beslutet enl. Reglementet.",
    "Han svarade 'Vi väntar.' Sedan gick han till mötet.",
    "Revision: En revisor får inte vara anställd i bolaget.",
    "Ansvar och uppgifter Nämnden ska leda arbetet i nämnden.Ersättarna har rätt att närvara",
    "STYRNING OCH LEDNING Direktören är chef för förvaltningen (se 3 §) och leder den.",
    "",
)


def _starts_rule_by_rule(doc: Doc, fix_inside: bool) -> list:
    """`set_sentence_starts` as it read every token: the rules asked of each, in order."""
    from pipeline.language.sentence_rules import load_sentence_rules
    from pipeline.nlp.sentences import sentence_start

    rules = load_sentence_rules()
    for token in doc[1:]:
        start = sentence_start(doc, token, rules)
        if start or fix_inside:
            token.is_sent_start = start
    if len(doc):
        doc[0].is_sent_start = True
    return [token.is_sent_start for token in doc]


@pytest.mark.parametrize("text", _SENTENCE_TEXTS)
@pytest.mark.parametrize("fix_inside", [True, False])
def test_plain_words_get_the_start_the_rules_give(nlp, text: str, fix_inside: bool) -> None:
    from pipeline.language.sentence_rules import load_sentence_rules
    from pipeline.nlp.sentences import _plainly_inside, set_sentence_starts

    gated = set_sentence_starts(nlp.make_doc(text), fix_inside=fix_inside)
    expected = _starts_rule_by_rule(nlp.make_doc(text), fix_inside)
    assert [token.is_sent_start for token in gated] == expected
    if text:  # the gate lets most words through, the rules read the rest
        assert 0 < sum(_plainly_inside(gated, load_sentence_rules())) < len(gated)


_GLUED_TEXTS = (
    "Ärendet överlämnas tillstyrelsen för beslut.",
    "Kvalitets-/utvecklingschefen får besluta om nämnd/ styrelse och /förvaltning.",
    "Nämnden beslutar om tillstyrelsen och om budgeten.",  # a word met before
    "Styrelsen ska leda arbetet.",
)


def test_glued_words_keep_their_parts_from_doc_to_doc(nlp) -> None:
    """`GluedWords` keeps each word's parts across Docs (`split_glued`'s `known`): the
    tokens are those of a fresh look-up of every word, and a replaced lexicon starts over."""
    from dataclasses import replace

    from pipeline.nlp.components import GluedWords
    from pipeline.nlp.merges import split_glued

    component = GluedWords(LEXICON)
    for text in (*_GLUED_TEXTS, *_GLUED_TEXTS):
        fresh = split_glued(nlp.make_doc(text), LEXICON)
        kept = component(nlp.make_doc(text))
        assert [(t.text, t.idx) for t in kept] == [(t.text, t.idx) for t in fresh]
    assert [t.text for t in component(nlp.make_doc(_GLUED_TEXTS[0]))][2:4] == ["till", "styrelsen"]
    assert component._known  # the words were kept
    component.lexicon = replace(LEXICON)
    component(nlp.make_doc(_GLUED_TEXTS[0]))
    assert len(component._known) < 10  # afresh for the new lexicon


@pytest.mark.parametrize("text", [
    "Beslutad av kommunfullmäktige den 3 maj 2021",
    "Fastställs av styrelsen Nämnden ska följa upp arbetet.",
    "Beslutad av: kommunfullmäktige Nämnden ska följa upp arbetet.",
    "Ansvarig: Kanslichefen Gäller från: 2024-01-01",
])
def test_metadata_fields_read_every_word_only_where_a_colon_stands(nlp, text: str) -> None:
    from pipeline.nlp.memo import doc_arrays
    from pipeline.nlp.sentence_types import _scanned_fields, metadata_fields

    doc = nlp(text)
    assert metadata_fields(doc) == _scanned_fields(doc, doc_arrays(doc))
    if ":" in text:
        assert metadata_fields(doc).labels


_PREDICATIVE_TEXTS = (
    f"""
    Ytterst ytterst ADV 3 advmod Degree=Sup
    ansvarigt ansvarig ADJ 3 amod Case=Nom|Definite=Ind|Degree=Pos|Gender=Neut
    organ organ NOUN 7 nsubj {IND}
    i i ADP 5 case
    stiftelsen stiftelse NOUN 3 nmod {DEF}
    är vara AUX 7 cop Mood=Ind|Tense=Pres|VerbForm=Fin
    styrelsen styrelse NOUN 0 ROOT {DEF}
    . . PUNCT 7 punct
    """,
    f"""
    Sekreterare sekreterare NOUN 5 nsubj {IND}
    i i ADP 3 case
    nämnden nämnd NOUN 1 nmod {DEF}
    är vara AUX 5 cop {PRES}
    kanslichefen kanslichef NOUN 0 ROOT {DEF}
    . . PUNCT 5 punct
    """,
    f"""
    Nämnden nämnd NOUN 2 nsubj {DEF}
    utser utse VERB 0 ROOT {PRES}
    en en DET 4 det Definite=Ind
    sekreterare sekreterare NOUN 2 obj {IND}
    som som SCONJ 6 mark
    föredragande föredragande NOUN 4 acl {IND}
    . . PUNCT 2 punct
    """,
    f"""
    Av av ADP 2 case
    dessa dessa PRON 4 obl PronType=Dem
    är vara AUX 4 cop {PRES}
    40 40 NUM 5 nummod
    medarbetare medarbetare NOUN 6 nsubj {IND}
    anställda anställd ADJ 0 ROOT Degree=Pos|Number=Plur
    . . PUNCT 6 punct
    """,
    f"""
    Direktören direktör NOUN 2 nsubj {DEF}
    leder leda VERB 0 ROOT {PRES}
    förvaltningen förvaltning NOUN 2 obj {DEF}
    och och CCONJ 5 cc
    är vara AUX 7 cop {PRES}
    dess dess PRON 7 nmod:poss Poss=Yes
    chef chef NOUN 2 conj {IND}
    . . PUNCT 2 punct
    """,
    f"""
    Det det PRON 3 expl
    är vara AUX 3 cop {PRES}
    styrelsen styrelse NOUN 0 ROOT {DEF}
    och och CCONJ 5 cc
    direktören direktör NOUN 3 conj {DEF}
    som som PRON 7 nsubj PronType=Rel
    beslutar besluta VERB 3 acl:relcl {PRES}
    . . PUNCT 3 punct
    """,
    f"""
    Föreningens förening NOUN 3 nmod:poss Case=Gen|Definite=Def
    högsta hög ADJ 3 amod Degree=Sup
    organ organ NOUN 5 nsubj {IND}
    är vara AUX 5 cop {PRES}
    årsmötet årsmöte NOUN 0 ROOT {DEF}
    . . PUNCT 5 punct
    """,
)


@pytest.mark.parametrize("rows", _PREDICATIVE_TEXTS)
def test_the_copula_places_leave_every_verdict_as_it_was(nlp, rows: str, monkeypatch) -> None:
    """`predicative._sentence_verdict` asks its copula verdicts only where the Doc's copula
    places (`_copula_places`, once per memo) hold a copula there: every word's verdict, and
    `is_predicative`'s answer, is the one every verdict asked gives."""
    from pipeline.nlp import predicative

    doc = parsed(nlp, rows)
    covered = {i: m for m in doc._.actors for i in range(m.first_token, m.last_token + 1)}

    def answers() -> list[tuple[bool | None, bool]]:
        with token_memo(doc):
            return [
                (
                    predicative._sentence_verdict(doc, i, covered, LEXICON),
                    predicative.is_predicative(doc, i, covered, LEXICON),
                )
                for i in range(len(doc))
            ]

    gated = answers()
    monkeypatch.setattr(predicative, "_copula_places", lambda tokens: None)
    assert gated == answers()


_FINITE_TEXTS = (
    f"""
    Därför därför ADV 4 advmod
    har ha AUX 4 aux {PRES}
    nämnden nämnd NOUN 4 nsubj:pass {DEF}
    ålagts ålägga VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
    att att PART 6 mark
    svara svara VERB 4 xcomp {INF}
    . . PUNCT 4 punct
    """,
    f"""
    Styrelsen styrelse NOUN 3 nsubj {DEF}
    ska skola AUX 3 aux {MODAL}
    planera planera VERB 0 ROOT {INF}
    och och CCONJ 5 cc
    samordna samordna VERB 3 conj {PRES}
    arbetet arbete NOUN 3 obj {DEF}
    . . PUNCT 3 punct
    """,
    f"""
    Fastigheten fastighet NOUN 2 nsubj:pass {DEF}
    ägs äga VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
    av av ADP 4 case
    staden stad NOUN 2 obl:agent {DEF}
    och och CCONJ 6 cc
    förvaltas förvalta VERB 2 conj VerbForm=Inf|Voice=Pass
    av av ADP 8 case
    nämnden nämnd NOUN 6 obl:agent {DEF}
    . . PUNCT 2 punct
    """,
    *_PREDICATIVE_TEXTS,
)


@pytest.mark.parametrize("rows", _FINITE_TEXTS)
def test_a_finite_tag_settles_what_the_whole_chain_settles(nlp, rows: str, monkeypatch) -> None:
    """`is_finite` answers a word tagged ``VerbForm=Fin`` after its two False tests
    (`verbs._finite_tag_settles`), skipping the True tests before them: every word's answer
    is the one the whole chain gives (each computed afresh, outside a memo)."""
    from pipeline.nlp import verbs

    doc = parsed(nlp, rows)
    shortcut = [verbs.is_finite(token) for token in doc]
    monkeypatch.setattr(verbs, "_finite_tag_settles", lambda token: False)
    assert shortcut == [verbs.is_finite(token) for token in doc]
    assert any(shortcut)
