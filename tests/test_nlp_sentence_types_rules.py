"""Sentence types without statements (pipeline/nlp/sentence_types.py) on hand-parsed,
invented sentences (round 6, notes/analysis-5 cause 9)."""

from __future__ import annotations

from pipeline.nlp.sentence_types import (
    classified_kinds,
    definition,
    described,
    identification,
    kind_classification,
    metadata_fields,
    reader_clause,
    without_statements,
)
from tests.nlp_helpers import parsed


def sentence(nlp, rows: str):
    doc = parsed(nlp, rows)
    return doc[:]


FREE_RELATIVE_COPULA = """
Den den PRON 9 nsubj
som som PRON 3 nsubj
leder leda VERB 1 acl:relcl VerbForm=Fin|Tense=Pres|Voice=Act
och och CCONJ 5 cc
fördelar fördela VERB 3 conj VerbForm=Fin|Tense=Pres|Voice=Act
arbetet arbete NOUN 3 obj Case=Nom|Definite=Def
i i ADP 8 case
förvaltningen förvaltning NOUN 6 nmod Case=Nom|Definite=Def
är vara AUX 10 cop VerbForm=Fin|Tense=Pres|Voice=Act
förvaltningschefen förvaltningschef NOUN 0 ROOT Case=Nom|Definite=Def
. . PUNCT 10 punct
"""

FREE_RELATIVE_MODAL = """
Den den PRON 6 nsubj
som som PRON 3 nsubj
överklagar överklaga VERB 1 acl:relcl VerbForm=Fin|Tense=Pres|Voice=Act
beslutet beslut NOUN 3 obj Case=Nom|Definite=Def
ska skola AUX 6 aux VerbForm=Fin|Tense=Pres|Voice=Act
vända vända VERB 0 ROOT VerbForm=Inf|Voice=Act
sig sig PRON 6 obj
till till ADP 9 case
nämnden nämnd NOUN 6 obl Case=Nom|Definite=Def
. . PUNCT 6 punct
"""


def test_a_free_relative_before_the_main_copula_is_an_identification(nlp) -> None:
    """``Den som leder och fördelar … är X``: the copula after the relative clause's own
    (coordinated) finite verbs is the main verb; before a modal it is no identification."""
    identifying = sentence(nlp, FREE_RELATIVE_COPULA)
    assert identification(identifying)
    assert list(without_statements(identifying)) == list(range(len(identifying)))
    assert not identification(sentence(nlp, FREE_RELATIVE_MODAL))


READER_AFTER_SPLICE = """
Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def
ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
för för ADP 4 case
budgeten budget NOUN 2 obl Case=Nom|Definite=Def
och och CCONJ 7 cc
här här ADV 7 advmod
kan kunna AUX 2 conj VerbForm=Fin|Tense=Pres|Voice=Act
du du PRON 7 nsubj
läsa läsa VERB 7 xcomp VerbForm=Inf|Voice=Act
mer mer ADV 9 advmod
. . PUNCT 2 punct
"""

FRONTED_QUESTIONS = """
Hur hur ADV 3 advmod
nämnden nämnd NOUN 3 nsubj Case=Nom|Definite=Def
arbetar arbeta VERB 12 csubj VerbForm=Fin|Tense=Pres|Voice=Act
och och CCONJ 8 cc
vilka vilken DET 6 det
frågor fråga NOUN 8 obl
nämnden nämnd NOUN 8 nsubj Case=Nom|Definite=Def
beslutar besluta VERB 3 conj VerbForm=Fin|Tense=Pres|Voice=Act
om om ADP 8 compound:prt
kan kunna AUX 12 aux VerbForm=Fin|Tense=Pres|Voice=Act
du du PRON 12 nsubj
läsa läsa VERB 0 ROOT VerbForm=Inf|Voice=Act
här här ADV 12 advmod
. . PUNCT 12 punct
"""


def test_the_reader_clause_starts_after_a_coordinator_that_opens_a_main_clause(nlp) -> None:
    """``…, och här kan du läsa mer``: the clause before the coordinator is no navigation;
    two fronted indirect questions coordinated before ``kan du`` belong to the clause."""
    assert list(reader_clause(sentence(nlp, READER_AFTER_SPLICE))) == list(range(5, 11))
    assert list(reader_clause(sentence(nlp, FRONTED_QUESTIONS))) == list(range(14))


SLOGAN = """
En en DET 3 det
trygg trygg NOUN 3 amod
kommun kommun NOUN 0 ROOT
för för ADP 6 case
alla all DET 6 det
invånare invånare NOUN 3 nmod
. . PUNCT 3 punct
"""

INDEFINITE_SUBJECT = """
En en DET 2 det
ledamot ledamot NOUN 3 nsubj
leder leda VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
mötet möte NOUN 3 obj
. . PUNCT 3 punct
"""


def test_a_verbless_sentence_describes_with_an_indefinite_article(nlp) -> None:
    """Round 6 (cause 9): a slogan's ``En trygg kommun`` refers to no one; ``alla invånare``
    (no article) and an indefinite subject of a verb stay actors."""
    slogan = parsed(nlp, SLOGAN)
    kinds = {m.text: described(m, slogan[:], set()) for m in slogan._.actors}
    assert kinds == {"kommun": True, "invånare": False}
    subject = parsed(nlp, INDEFINITE_SUBJECT)
    assert [described(m, subject[:], set()) for m in subject._.actors] == [False]


COVER_PAGE_FIELDS = """
Beslutad beslutad ADJ 0 ROOT
av av ADP 4 case
: : PUNCT 1 punct
Nämnden nämnd NOUN 1 obl Case=Nom|Definite=Def
Gäller gälla VERB 1 conj VerbForm=Fin|Tense=Pres|Voice=Act
för för ADP 7 case
: : PUNCT 5 punct
Skolorna skola NOUN 5 obl Case=Nom|Definite=Def
Senast senast ADV 10 advmod
reviderad revidera ADJ 5 conj VerbForm=Part
: : PUNCT 10 punct
2024-05-01 2024-05-01 NUM 10 obj
Rektor rektor NOUN 15 nsubj
ska skola AUX 15 aux VerbForm=Fin|Tense=Pres
anmäla anmäla VERB 5 parataxis VerbForm=Inf
beslutet beslut NOUN 15 obj Case=Nom|Definite=Def
. . PUNCT 15 punct
"""


def test_cover_page_fields_are_metadata_up_to_the_next_finite_verb(nlp) -> None:
    """``Beslutad av: Nämnden Gäller för: Skolorna Senast reviderad: 2024-05-01 Rektor ska
    …`` (round 7, analysis-6 cause 12): capitalised labels from configs/grammar.yaml before
    a colon open fields; the last value ends before the finite verb of the sentence that
    follows, which keeps its statement; ``Gäller`` is a label, no verb."""
    doc = parsed(nlp, COVER_PAGE_FIELDS)
    fields = metadata_fields(doc)
    assert sorted(fields.labels) == [0, 1, 4, 5, 8, 9]
    assert sorted(fields.fields) == list(range(13))


VALIDITY_FIELD = """
Utgivare utgivare NOUN 3 nsubj Case=Nom|Definite=Ind
: : PUNCT 1 punct
Kansliet kansli NOUN 1 appos Case=Nom|Definite=Def
Gäller gälla VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
från från ADP 6 case
och och CCONJ 6 cc
med med ADP 4 obl
: : PUNCT 4 punct
1 1 NUM 10 nummod
juni juni NOUN 4 obl Case=Nom|Definite=Ind
2032 2032 NUM 10 nummod
"""


def test_a_spelt_out_validity_label_is_a_field_label(nlp) -> None:
    """``Gäller från och med: 1 juni 2032`` (round 41, ah-V4): the label of grammar.yaml
    `metadata_labels` before its colon is no verb, its value a field (no statement)."""
    doc = parsed(nlp, VALIDITY_FIELD)
    fields = metadata_fields(doc)
    assert sorted(fields.labels) == [3, 4, 5, 6]
    assert {3, 7, 8, 9, 10} <= fields.fields


ABBREVIATED_VALIDITY_FIELD = """
Dokumenttyp dokumenttyp NOUN 0 ROOT Case=Nom|Definite=Ind
: : PUNCT 1 punct
Riktlinje riktlinje NOUN 1 appos Case=Nom|Definite=Ind
Gäller gälla VERB 1 acl VerbForm=Fin|Tense=Pres|Voice=Act
fr fr ADP 7 case
o o ADP 7 case
m m NOUN 4 obl
: : PUNCT 4 punct
1 1 NUM 10 nummod
juli juli NOUN 4 obl Case=Nom|Definite=Ind
2029 2029 NUM 10 nummod
"""


def test_an_abbreviated_validity_label_is_a_field_label(nlp) -> None:
    """``Gäller fr o m: 1 juli 2029`` (round 41, ah-V4; dev `w41-z-bisyssla`): the spaced
    abbreviation is a label of grammar.yaml `metadata_labels` like the spelt-out one."""
    doc = parsed(nlp, ABBREVIATED_VALIDITY_FIELD)
    fields = metadata_fields(doc)
    assert sorted(fields.labels) == [0, 3, 4, 5, 6]
    assert {3, 7, 8, 9, 10} <= fields.fields
    until = parsed(nlp, ABBREVIATED_VALIDITY_FIELD.replace("fr fr ADP", "t t ADP"))
    assert sorted(metadata_fields(until).labels) == [0, 3, 4, 5, 6]


def test_possessed_role_before_copula_and_definite_noun_is_an_identification(nlp) -> None:
    """``Dess sekreterare är vice kanslichefen`` (round 29, B2): a possessive pronoun + noun,
    the copula and a definite noun is an identification; a predicative adjective (``Dess
    styrelse är ansvarig``) or a genitive (``är kommunens jurist``) is none."""
    rows = """
        Dess dess PRON 2 nmod:poss Poss=Yes|PronType=Prs
        sekreterare sekreterare NOUN 5 nsubj Definite=Ind|Number=Sing
        är vara AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        vice vice ADP 5 case _
        kanslichefen kanslichef NOUN 0 ROOT Definite=Def|Number=Sing
        . . PUNCT 5 punct
        """
    assert identification(sentence(nlp, rows))
    assert not identification(
        sentence(nlp, rows.replace("kanslichefen kanslichef NOUN 0 ROOT Definite=Def",
                                   "ansvarig ansvarig ADJ 0 ROOT Definite=Ind"))
    )


OWNED_HIGHEST_BODY = """
Föreningens förening NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
främsta främst ADJ 3 amod Degree=Sup
organ organ NOUN 5 nsubj Case=Nom|Definite=Ind|Number=Sing
är vara AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
årsmötet årsmöte NOUN 0 ROOT Case=Nom|Definite=Def|Number=Sing
. . PUNCT 5 punct
"""


def test_an_owned_highest_body_before_copula_and_a_named_body_is_an_identification(
    nlp,
) -> None:
    """Round 35, B4: `Föreningens främsta organ är årsmötet.`: a genitive owner, a
    superlative and a body noun before the copula identify the body named after it, like a
    free relative: no statement, `organ` no actor, `årsmötet` one; `Årsmötet är föreningens
    högsta organ.` (the subject first) is none."""
    doc = parsed(nlp, OWNED_HIGHEST_BODY)
    assert identification(doc[:])
    assert [m.canonical for m in doc._.actors] == ["förening", "årsmöte"]
    subject_first = """
        Årsmötet årsmöte NOUN 5 nsubj Case=Nom|Definite=Def|Number=Sing
        är vara AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        föreningens förening NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Sing
        högsta hög ADJ 5 amod Degree=Sup
        organ organ NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 5 punct
        """
    assert not identification(sentence(nlp, subject_first))


REGARDING_COPULA = """
Vad vad PRON 2 nsubj
avser avse VERB 6 advcl VerbForm=Fin|Tense=Pres|Voice=Act
avgifter avgift NOUN 2 obj
är vara AUX 6 cop VerbForm=Fin|Tense=Pres|Voice=Act
kulturnämnden kulturnämnd NOUN 6 nsubj Case=Nom|Definite=Def
behörig behörig ADJ 0 ROOT
. . PUNCT 6 punct
"""


def test_vad_with_a_verb_of_regarding_is_a_fronted_adverbial_no_identification(nlp) -> None:
    """Round 38, B10: ``Vad avser avgifter är kulturnämnden behörig``: ``vad`` + a verb of
    grammar.yaml `regarding_verbs` opens a fronted adverbial; the copula keeps its statement
    and the definite noun after it is its subject, an actor."""
    opened = sentence(nlp, REGARDING_COPULA)
    assert not identification(opened)
    assert [m.canonical for m in opened.doc._.actors] == ["kulturnämnd"]


DEFINITION = """
Med med ADP 2 case
förvaltningar förvaltning NOUN 3 obl Number=Plur
avses avse VERB 0 ROOT Tense=Pres|VerbForm=Fin|Voice=Pass
i i ADP 6 case
denna denna DET 6 det
policy policy NOUN 3 obl
Kulturförvaltningen kulturförvaltning PROPN 3 nsubj:pass
. . PUNCT 3 punct
"""

MED_BEFORE_ANOTHER_VERB = """
Med med ADP 2 case
stöd stöd NOUN 5 obl
av av ADP 4 case
lagen lag NOUN 2 nmod Definite=Def
beslutar besluta VERB 0 ROOT Tense=Pres|VerbForm=Fin|Voice=Act
nämnden nämnd NOUN 5 nsubj Definite=Def
. . PUNCT 5 punct
"""


def test_a_med_definition_carries_no_statements_and_its_term_is_no_actor(nlp) -> None:
    """Round 40 (aw-A2): ``Med X avses Y`` defines a word (`definition_verbs`): no
    statements, and the term after ``Med`` is no actor; the bodies after the verb are."""
    defined = sentence(nlp, DEFINITION)
    assert definition(defined)
    assert without_statements(defined) == range(0, len(defined))
    assert [m.text for m in defined.doc._.actors] == ["Kulturförvaltningen"]
    other = sentence(nlp, MED_BEFORE_ANOTHER_VERB)
    assert not definition(other)
    assert [m.text for m in other.doc._.actors] == ["nämnden"]


def test_a_naming_use_with_benamningen_is_a_definition(nlp) -> None:
    """Round 41 (az cause 8): ``I dessa stadgar används om X benämningen Y`` defines a short
    name: a definition, no statement; ``används om styrelsen så beslutar`` (no naming noun)
    is none."""
    from pipeline.nlp.sentence_types import definition

    naming = parsed(
        nlp,
        """
        I i ADP 3 case
        dessa denna DET 3 det
        stadgar stadga NOUN 4 obl
        används använda VERB 0 ROOT
        om om ADP 6 case
        föreningen förening NOUN 4 obl
        benämningen benämning NOUN 4 nsubj:pass
        Ljus Ljus PROPN 7 appos
        . . PUNCT 4 punct
        """,
    )
    assert definition(naming[:])
    condition = parsed(
        nlp,
        """
        Rummet rum NOUN 2 nsubj:pass
        används använda VERB 0 ROOT
        om om SCONJ 6 mark
        styrelsen styrelse NOUN 6 nsubj
        så så ADV 6 advmod
        beslutar besluta VERB 2 advcl
        . . PUNCT 2 punct
        """,
    )
    assert not definition(condition[:])
    noun_before_om = parsed(
        nlp,
        """
        Här här ADV 2 advmod
        används använda VERB 0 ROOT
        beteckningen beteckning NOUN 2 nsubj:pass
        K K PROPN 3 appos
        om om SCONJ 8 mark
        styrelsen styrelse NOUN 8 nsubj
        så så ADV 8 advmod
        beslutar besluta VERB 2 advcl
        . . PUNCT 2 punct
        """,
    )
    assert not definition(noun_before_om[:])


def test_a_conjoined_owned_role_identification_states_nothing(nlp) -> None:
    """Round 43 (bf cause 12): ``Nämnden har sju ledamöter och dess ordförande är
    kommunalrådet``: the owned-role identification after ``och`` states nothing and its role
    is no actor (round 29 B2 inside a sentence); the clause before it keeps its statement
    (the document drops the statements of `without_statements`' tokens)."""
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj Definite=Def|Number=Sing
        har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
        sju sju NUM 4 nummod
        ledamöter ledamot NOUN 2 obj Definite=Ind|Number=Plur
        och och CCONJ 9 cc
        dess dess PRON 7 nmod:poss Poss=Yes|PronType=Prs
        ordförande ordförande NOUN 9 nsubj Definite=Ind|Number=Sing
        är vara AUX 9 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        kommunalrådet kommunalråd NOUN 2 conj Definite=Def|Number=Sing
        . . PUNCT 2 punct
        """,
    )
    assert list(without_statements(doc[:])) == [5, 6, 7, 8, 9]
    assert "ordförande" not in [m.canonical for m in doc._.actors]


def test_a_definition_verb_after_a_fronted_clause_is_a_definition(nlp) -> None:
    """Round 43, be-C9: ``När X anges i … avses även Y``: a definition's passive as the main
    verb after a fronted subordinate clause defines a word (no statement); ``avses`` with an
    infinitive after it is intention, no definition."""
    from pipeline.nlp.sentence_types import definition

    fronted = parsed(
        nlp,
        """
        Om om SCONJ 3 mark
        rektor rektor NOUN 3 nsubj:pass Definite=Ind
        nämns nämna VERB 7 advcl Tense=Pres|VerbForm=Fin|Voice=Pass
        i i ADP 5 case
        ordningen ordning NOUN 3 obl Definite=Def
        avses avse VERB 0 ROOT Tense=Pres|VerbForm=Fin|Voice=Pass
        även även ADV 8 advmod
        prorektor prorektor NOUN 6 nsubj:pass Definite=Ind
        . . PUNCT 6 punct
        """,
    )
    assert definition(fronted[:])
    intention = parsed(
        nlp,
        """
        Om om SCONJ 3 mark
        styrelsen styrelse NOUN 3 nsubj Definite=Def
        beslutar besluta VERB 4 advcl Tense=Pres|VerbForm=Fin|Voice=Act
        avses avse VERB 0 ROOT Tense=Pres|VerbForm=Fin|Voice=Pass
        mötet möte NOUN 4 nsubj:pass Definite=Def
        hållas hålla VERB 4 xcomp VerbForm=Inf|Voice=Pass
        digitalt digital ADV 6 advmod
        . . PUNCT 4 punct
        """,
    )
    assert not definition(intention[:])


PASSIVE_LABEL_FIELDS = """
Fastställs fastställa VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
av av ADP 4 case
: : PUNCT 1 punct
Fritidsnämnden fritidsnämnd NOUN 1 obl Case=Nom|Definite=Def
Revideras revidera VERB 1 conj VerbForm=Fin|Tense=Pres|Voice=Pass
: : PUNCT 5 punct
Vartannat vartannan DET 8 det
år år NOUN 5 obl Case=Nom|Definite=Ind
"""

PASSIVE_WITH_AGENT = """
Fastställs fastställa VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
taxan taxa NOUN 1 nsubj:pass Case=Nom|Definite=Def
av av ADP 4 case
nämnden nämnd NOUN 1 obl:agent Case=Nom|Definite=Def
: : PUNCT 1 punct
"""


def test_a_capitalised_s_passive_before_its_colon_is_a_field_label(nlp) -> None:
    """Round 46 (analysis 46-all, family 7): ``Fastställs av: Fritidsnämnden Revideras:
    Vartannat år``: an s-passive with its ``av`` (or alone) right before a colon labels a
    field like ``Fastställd av:``; with a subject and an agent before the colon it is a
    clause."""
    fields = metadata_fields(parsed(nlp, PASSIVE_LABEL_FIELDS))
    assert sorted(fields.labels) == [0, 1, 4]
    assert sorted(fields.fields) == list(range(8))
    assert not metadata_fields(parsed(nlp, PASSIVE_WITH_AGENT)).labels


FILE_LINK = """
Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def
fördelar fördela VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
bidrag bidrag NOUN 2 obj Case=Nom|Definite=Ind
( ( PUNCT 5 punct
pdf pdf NOUN 3 appos Case=Nom|Definite=Ind
, , PUNCT 7 punct
120 120 NUM 8 nummod
kB kB NOUN 5 conj Case=Nom|Definite=Ind
) ) PUNCT 5 punct
Kulturnämnden kulturnämnd NOUN 11 nsubj Case=Nom|Definite=Def
beslutar besluta VERB 2 parataxis VerbForm=Fin|Tense=Pres|Voice=Act
"""

SIZE_WITHOUT_TYPE = """
Föreningen förening NOUN 2 nsubj Case=Nom|Definite=Def
bifogar bifoga VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
filer fil NOUN 2 obj Case=Nom|Definite=Ind
på på ADP 6 case
20 20 NUM 6 nummod
MB MB NOUN 3 nmod Case=Nom|Definite=Ind
"""


def test_a_file_links_label_before_its_type_and_size_states_nothing(nlp) -> None:
    """Round 46 (analysis 46-all, family 7): ``Nämnden fördelar bidrag (pdf, 120 kB)``: the
    words before the file note label a link; what follows the note keeps its statements, and
    a size without a file type is no note."""
    link = sentence(nlp, FILE_LINK)
    assert list(without_statements(link)) == list(range(4))
    assert not list(without_statements(sentence(nlp, SIZE_WITHOUT_TYPE)))


def _words(nlp, text: str):
    from spacy.tokens import Doc

    from pipeline.nlp.components import register_extensions

    register_extensions()
    return Doc(nlp.vocab, words=text.split())


def test_an_english_notice_is_a_foreign_clause_and_names_no_organisation(nlp) -> None:
    """Round 47 (§2.1; analysis 51-bx L1): ``Please note that Ekby kommun is not responsible
    for any errors .`` is English (three function words of grammar.yaml
    `foreign_function_words`, a fifth of its words): no span, and the segment's name written
    only there names no organisation; a foreign word in a Swedish sentence is no such clause."""
    from pipeline.nlp.document import named_organisation
    from pipeline.nlp.sentence_types import foreign_language

    notice = _words(nlp, "Please note that Ekby kommun is not responsible for any errors .")
    swedish = _words(nlp, "Bolagets CEO leder arbetet och har det samlade ansvaret .")
    later = _words(nlp, "Kommunen ska upprätta en plan .")
    assert foreign_language(notice) and not foreign_language(swedish)
    assert not foreign_language(later)
    assert named_organisation([notice, later], "Ekby kommun") is None
    named = _words(nlp, "Ekby kommun ska upprätta en plan .")
    assert not foreign_language(named)
    assert named_organisation([notice, named], "Ekby kommun") == "Ekby kommun"


def test_an_english_name_in_a_swedish_clause_is_no_foreign_clause(nlp) -> None:
    """Review 51 M1: a function word inside a capitalised name (``The``, ``of``, ``and``
    between capitals) is part of the name, and a clause is English only when its English
    function words outnumber its Swedish ones (grammar.yaml `native_function_words`)."""
    from pipeline.nlp.sentence_types import foreign_language

    association = _words(
        nlp, "Kommunstyrelsen ska samverka med The Swedish Association of Local Authorities "
        "and Regions ."
    )
    council = _words(
        nlp, "Styrelsen ska rapportera till Board of Trustees och till The Council of Europe ."
    )
    mixed = _words(nlp, "Nämnden ska följa the rules of the board och det som följer av dem .")
    assert not foreign_language(association)
    assert not foreign_language(council)
    assert not foreign_language(mixed)  # three English words, five Swedish ones
    notice = _words(nlp, "This page has been translated . The content is not ours .")
    assert foreign_language(notice)  # a capital that opens a sentence still counts


def test_a_swedish_clause_with_an_english_name_keeps_its_statement() -> None:
    """Review 51 M1: the clause around an English organisation name keeps its statement."""
    from pipeline.api import analyze

    text = "Kommunstyrelsen ska samverka med The Swedish Association of Local Authorities and Regions."
    rows = analyze(text)["statements"]
    assert [(r.actor, r.deontic, r.aim) for r in rows.itertuples()] == [
        ("kommunstyrelse", "obligation", "samverka")
    ]


COMPOUND_GENITIVE_OWNER = """
Norrdalens norrdalen PROPN 2 nmod:poss Case=Gen
{second}
högsta hög ADJ 4 amod Degree=Sup
organ organ NOUN 6 nsubj Case=Nom
är vara AUX 6 cop VerbForm=Fin|Mood=Ind|Tense=Pres
förbundsdirektionen förbundsdirektion NOUN 0 ROOT Case=Nom|Definite=Def
. . PUNCT 6 punct
"""


def test_a_genitive_name_holding_a_lower_case_compound_owns_the_identifying_body(nlp) -> None:
    """Round 35 B4, analysis 53-cc G3: ``Norrdalens miljöförbunds högsta organ är
    förbundsdirektionen`` identifies like ``Förbundets högsta organ är …``, whether the
    tagger reads the compound's genitive as a verb or as a nominative noun."""
    as_verb = "miljöförbunds miljöförbunda VERB 4 nmod:poss VerbForm=Fin|Mood=Ind|Tense=Pres"
    as_noun = "miljöförbunds miljöförbund NOUN 4 nsubj Case=Nom"
    for second in (as_verb, as_noun):
        assert identification(sentence(nlp, COMPOUND_GENITIVE_OWNER.format(second=second)))


KIND_CLASSIFICATION = """
Stiftelser stiftelse NOUN 6 nsubj Case=Nom|Definite=Ind|Number=Plur
och och CCONJ 4 cc
ekonomiska ekonomisk ADJ 4 amod Degree=Pos
föreningar förening NOUN 1 conj Case=Nom|Definite=Ind|Number=Plur
är vara AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin
driftsformer driftsform NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
i i ADP 8 case
kommunen kommun NOUN 6 nmod Case=Nom|Definite=Def|Number=Sing
. . PUNCT 6 punct
"""


def test_bare_legal_forms_classified_by_a_copula_are_no_actors_and_state_nothing(nlp) -> None:
    """Round 53 r2 (analysis 53-cc R1): ``Stiftelser och ekonomiska föreningar är
    driftsformer i kommunen``: bare indefinite organisation nouns joined as the subject of a
    copula whose predicative is a noun naming no actor classify kinds of organisation: no
    actors, no statement. A definite subject (``Stiftelsen är en driftsform``) names one
    organisation, and a predicative adjective (``är vanliga``) classifies nothing."""
    whole = sentence(nlp, KIND_CLASSIFICATION)
    assert kind_classification(whole)
    assert without_statements(whole) == range(whole.start, whole.end)
    assert classified_kinds(whole.doc) == frozenset({0, 2})
    definite = KIND_CLASSIFICATION.replace(
        "Stiftelser stiftelse NOUN 6 nsubj Case=Nom|Definite=Ind|Number=Plur",
        "Stiftelsen stiftelse NOUN 6 nsubj Case=Nom|Definite=Def|Number=Sing",
    )
    assert not kind_classification(sentence(nlp, definite))
    adjective = KIND_CLASSIFICATION.replace(
        "driftsformer driftsform NOUN 0 ROOT", "vanliga vanlig ADJ 0 ROOT"
    )
    assert not kind_classification(sentence(nlp, adjective))


PRONOUN_IDENTIFICATION = """
Det det PRON 3 nsubj
är vara AUX 3 cop VerbForm=Fin|Tense=Pres|Voice=Act
kulturnämnden kulturnämnd NOUN 0 ROOT Case=Nom|Definite=Def
, , PUNCT 5 punct
fritidsnämnden fritidsnämnd NOUN 3 conj Case=Nom|Definite=Def
och och CCONJ 7 cc
valnämnden valnämnd NOUN 3 conj Case=Nom|Definite=Def
. . PUNCT 3 punct
"""

INVERTED_PRONOUN_IDENTIFICATION = """
I i ADP 2 case
år år NOUN 5 obl Case=Nom|Definite=Ind
är vara AUX 5 cop VerbForm=Fin|Tense=Pres|Voice=Act
det det PRON 5 nsubj
revisorerna revisor NOUN 0 ROOT Case=Nom|Definite=Def
. . PUNCT 5 punct
"""

PRONOUN_CLEFT = """
Det det PRON 3 nsubj
är vara AUX 3 cop VerbForm=Fin|Tense=Pres|Voice=Act
valnämnden valnämnd NOUN 0 ROOT Case=Nom|Definite=Def
som som PRON 5 nsubj
beslutar besluta VERB 3 acl:relcl VerbForm=Fin|Tense=Pres|Voice=Act
. . PUNCT 3 punct
"""

PRONOUN_ADJECTIVE = """
Det det PRON 3 expl
är vara AUX 3 cop VerbForm=Fin|Tense=Pres|Voice=Act
viktigt viktig ADJ 0 ROOT Case=Nom|Definite=Ind
att att SCONJ 6 mark
ärendena ärende NOUN 6 nsubj:pass Case=Nom|Definite=Def
bereds bereda VERB 3 csubj VerbForm=Fin|Tense=Pres|Voice=Pass
. . PUNCT 3 punct
"""


def test_det_and_the_copula_before_a_series_of_noun_phrases_is_an_identification(nlp) -> None:
    """Round 54 s1 (analysis 54-ce C3): ``Det är X, Y och Z.`` and ``I år är det X.`` with no
    clause after the noun phrases name whom ``det`` refers to: no statement; a cleft's
    ``som`` clause (``Det är valnämnden som beslutar``) and ``Det är viktigt att …`` are
    none."""
    assert identification(sentence(nlp, PRONOUN_IDENTIFICATION))
    assert identification(sentence(nlp, INVERTED_PRONOUN_IDENTIFICATION))
    assert not identification(sentence(nlp, PRONOUN_CLEFT))
    assert not identification(sentence(nlp, PRONOUN_ADJECTIVE))
