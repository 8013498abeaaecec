"""Round-4 verb rules (issue #10, cause 18) on hand-parsed, invented sentences: s-passives,
bare supines and infinitives the tagger misread, participles and adjectives that are no
verbs, and every statement aim as a VERB span."""

from __future__ import annotations

from pipeline.nlp.groups import find_verbs, with_aim_verbs
from pipeline.nlp.statements import Statement
from tests.nlp_helpers import parsed


def verbs(doc) -> list[str]:
    return [v.text for v in find_verbs(doc[:], doc._.actors)]


def test_s_passive_after_its_subject_in_an_att_clause(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 2 nsubj Definite=Def
        verkar verka VERB 0 root VerbForm=Fin|Tense=Pres
        för för ADP 7 mark
        att att PART 7 mark
        god god ADJ 6 amod
        ordning ordning NOUN 2 nsubj
        upprätthålls upprätthålla ADV 2 advcl
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["verkar", "upprätthålls"]
    [verb] = [v for v in find_verbs(doc[:]) if v.text == "upprätthålls"]
    assert (verb.tense, verb.voice) == ("pres", "pass")


def test_s_form_after_a_fronted_adverbial_or_determiner_is_no_passive(nlp):
    doc = parsed(
        nlp,
        """
        Vid vid ADP 3 case
        en en DET 3 det Definite=Ind
        kris kria NOUN 4 obl Definite=Ind
        samlas samla VERB 0 root VerbForm=Fin|Tense=Pres|Voice=Pass
        gruppen grupp NOUN 4 nsubj Definite=Def
        . . PUNCT 4 punct
        """,
    )
    assert verbs(doc) == ["samlas"]


def test_bare_supine_in_a_relative_clause(nlp):
    doc = parsed(
        nlp,
        """
        Kontoret kontor NOUN 2 nsubj Definite=Def
        tillämpar tillämpa VERB 0 root VerbForm=Fin|Tense=Pres
        de de DET 4 det
        planer plan NOUN 2 obj Definite=Ind
        som som PRON 7 obj
        förbundet förbund NOUN 7 nsubj Definite=Def
        fastställt fastställa ADJ 4 acl VerbForm=Part
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["tillämpar", "fastställt"]
    [verb] = [v for v in find_verbs(doc[:]) if v.text == "fastställt"]
    assert (verb.lemma, verb.tense) == ("fastställa", "sup")


def test_capitalised_item_infinitive_read_as_a_name(nlp):
    doc = parsed(
        nlp,
        """
        Justera justera PROPN 2 nmod:poss
        protokollet protokoll NOUN 0 root Definite=Def
        . . PUNCT 2 punct
        """,
    )
    assert [(v.text, v.tense) for v in find_verbs(doc[:])] == [("Justera", "inf")]


def test_infinitive_coordinated_with_an_infinitive_whatever_its_tag(nlp):
    doc = parsed(
        nlp,
        """
        Leda leda VERB 0 root VerbForm=Inf
        arbetet arbete NOUN 1 obj Definite=Def
        och och CCONJ 4 cc
        ansvara ansvar ADJ 2 conj VerbForm=Part
        för för ADP 6 case
        kassan kassa NOUN 4 obl Definite=Def
        . . PUNCT 1 punct
        """,
    )
    assert verbs(doc) == ["Leda", "ansvara"]


def test_modal_infinitive_past_an_inverted_subject(nlp):
    doc = parsed(
        nlp,
        """
        Därför därför ADV 2 advmod
        ska skola AUX 0 root VerbForm=Fin|Tense=Pres
        dess den PRON 5 nmod:poss Poss=Yes
        yttrande yttra ADJ 5 amod
        framgå framgå NOUN 2 nsubj Definite=Ind
        av av ADP 7 case
        listan lista NOUN 5 nmod Definite=Def
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["ska", "framgå"]


def test_present_after_relative_som_read_as_a_noun(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 4 nsubj Definite=Def
        är vara AUX 4 cop VerbForm=Fin|Tense=Pres
        den den DET 4 det
        instans instans NOUN 0 root Definite=Ind
        som som SCONJ 6 mark
        entledigar entlediga NOUN 4 acl Definite=Ind|Number=Plur
        chefen chef NOUN 6 obj Definite=Def
        . . PUNCT 4 punct
        """,
    )
    assert [(v.text, v.lemma) for v in find_verbs(doc[:])] == [
        ("är", "vara"),
        ("entledigar", "entlediga"),
    ]


def test_attributive_past_and_adjective_after_att_are_no_verbs(nlp):
    doc = parsed(
        nlp,
        """
        Chefen chef NOUN 2 nsubj Definite=Def
        ser se VERB 0 root VerbForm=Fin|Tense=Pres
        till till ADP 2 compound:prt
        att att SCONJ 9 mark
        samtliga samtlig ADJ 8 amod
        politiskt politisk ADV 7 advmod
        fattade fatta VERB 8 amod VerbForm=Fin|Tense=Past
        beslut beslut NOUN 9 nsubj:pass Definite=Ind
        verkställs verkställa VERB 2 ccomp VerbForm=Fin|Tense=Pres|Voice=Pass
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["ser", "verkställs"]


def test_past_form_with_a_determiner_subject_before_a_noun_is_an_attribute(nlp):
    doc = parsed(
        nlp,
        """
        Alla all DET 3 nsubj
        politiskt politisk ADV 3 advmod
        fattade fatta VERB 0 root VerbForm=Fin|Tense=Past
        beslut beslut NOUN 3 obj Definite=Ind
        gäller gälla VERB 3 conj VerbForm=Fin|Tense=Pres
        . . PUNCT 3 punct
        """,
    )
    assert verbs(doc) == ["gäller"]


def test_infinitive_tag_on_a_participle_or_noun_spelling_is_no_verb(nlp):
    doc = parsed(
        nlp,
        """
        Vi vi PRON 2 nsubj
        väntar vänta VERB 0 root VerbForm=Fin|Tense=Pres
        på på ADP 4 mark
        att att PART 4 mark
        kommunägda kommunägd VERB 2 advcl VerbForm=Inf
        bolag bolag NOUN 8 nsubj Definite=Ind
        ska skola AUX 8 aux VerbForm=Fin|Tense=Pres
        agera agera VERB 2 ccomp VerbForm=Inf
        och och CCONJ 10 cc
        policyn policy VERB 8 conj VerbForm=Inf
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["väntar", "ska", "agera"]


def test_supine_after_the_copula_is_a_participle(nlp):
    doc = parsed(
        nlp,
        """
        Reglementet reglemente NOUN 4 nsubj Definite=Def
        är vara AUX 4 cop VerbForm=Fin|Tense=Pres
        dock dock ADV 4 advmod
        ändrat ändra VERB 0 root VerbForm=Sup
        . . PUNCT 4 punct
        """,
    )
    assert verbs(doc) == ["är"]


def test_every_statement_aim_is_a_verb_span(nlp):
    doc = parsed(
        nlp,
        """
        Chefen chef NOUN 2 nsubj Definite=Def
        ansvarar ansvara VERB 0 root VerbForm=Fin|Tense=Pres
        för för ADP 5 mark
        att att PART 5 mark
        rekrytera rekrytera VERB 2 advcl VerbForm=Inf
        och och CCONJ 7 cc
        entlediga entlediga NOUN 5 conj Definite=Def
        personal personal NOUN 7 nmod Definite=Ind
        . . PUNCT 2 punct
        """,
    )
    doc._.verbs = list(find_verbs(doc[:], doc._.actors))
    assert "entlediga" not in [v.text for v in doc._.verbs]
    aim = doc[6]
    statement = Statement(
        None, "responsibility", None, None, "entlediga", aim.idx, aim.idx + len(aim.text),
        aim.text, False, False, None, None,
    )  # fmt: skip
    doc._.statements = [(0, statement)]
    merged = with_aim_verbs(doc)
    assert [v.text for v in merged] == ["ansvarar", "rekrytera", "entlediga"]
    assert [v.start for v in merged] == sorted(v.start for v in merged)


def test_supine_after_perfect_har_whatever_its_tag(nlp):
    doc = parsed(
        nlp,
        """
        Bolaget bolag NOUN 2 nsubj Definite=Def
        följer följa VERB 0 root VerbForm=Fin|Tense=Pres
        de de DET 4 det
        direktiv direktiv NOUN 2 obj Definite=Ind
        som som PRON 8 obj
        ägaren ägare NOUN 8 nsubj Definite=Def
        har ha AUX 8 aux VerbForm=Fin|Tense=Pres
        fastställt fastställa ADJ 4 acl:relcl
        . . PUNCT 2 punct
        """,
    )
    assert [(v.text, v.tense) for v in find_verbs(doc[:])] == [
        ("följer", "pres"),
        ("har", "pres"),
        ("fastställt", "sup"),
    ]


def test_present_after_relative_som_and_its_subject(nlp):
    doc = parsed(
        nlp,
        """
        Listan lista NOUN 2 nsubj:pass Definite=Def
        förs föra VERB 0 root VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 4 case
        den den PRON 2 obl:agent
        som som ADP 6 case
        rådet råd NOUN 7 nmod Definite=Def
        utser utse NOUN 2 obl Definite=Ind
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["förs", "utser"]


def test_past_form_before_a_compound_read_as_an_adverb_is_an_attribute(nlp):
    doc = parsed(
        nlp,
        """
        Chefen chef NOUN 2 nsubj Definite=Def
        ansvarar ansvara VERB 0 root VerbForm=Fin|Tense=Pres
        för för ADP 5 mark
        att att PART 5 mark
        beslutade besluta VERB 2 advcl VerbForm=Fin|Tense=Past
        styrdokument styrdokument ADV 5 advmod
        efterlevs efterleva VERB 5 xcomp VerbForm=Fin|Tense=Pres|Voice=Pass
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["ansvarar", "efterlevs"]


def test_initial_infinitive_read_as_a_noun_only_before_an_object_pronoun(nlp):
    contact = parsed(
        nlp,
        """
        Kontakta kontakta NOUN 0 root Definite=Def
        oss vi PRON 1 flat:name Case=Acc
        """,
    )
    school = parsed(
        nlp,
        """
        Skola skola NOUN 0 root Definite=Ind
        för för ADP 3 case
        alla all PRON 1 nmod
        """,
    )
    assert verbs(contact) == ["Kontakta"]
    assert verbs(school) == []


def test_word_tagged_infinitive_after_a_finite_copula_is_a_predicative(nlp):
    doc = parsed(
        nlp,
        """
        Ledamöterna ledamot NOUN 3 nsubj Definite=Def
        är vara AUX 3 cop VerbForm=Fin|Tense=Pres
        ense ense VERB 0 root VerbForm=Inf
        om om ADP 5 case
        saken sak NOUN 3 obl Definite=Def
        . . PUNCT 3 punct
        """,
    )
    assert verbs(doc) == ["är"]


def test_s_passive_after_its_subject_and_a_negation_in_an_om_clause(nlp):
    doc = parsed(
        nlp,
        """
        Bolaget bolag NOUN 2 nsubj Definite=Def
        förlorar förlora VERB 0 root VerbForm=Fin|Tense=Pres
        , , PUNCT 7 punct
        om om ADP 5 case
        åtgärder åtgärd NOUN 7 obl Definite=Ind
        inte inte PART 7 advmod Polarity=Neg
        vidtas vidta NOUN 2 appos Definite=Ind
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["förlorar", "vidtas"]


def test_present_read_as_an_adverb_after_the_subject_of_an_att_clause(nlp):
    doc = parsed(
        nlp,
        """
        Chefen chef NOUN 2 nsubj Definite=Def
        verkar verka VERB 0 root VerbForm=Fin|Tense=Pres
        för för ADP 6 mark
        att att SCONJ 6 mark
        kontoret kontor NOUN 6 nsubj Definite=Def
        strävar sträva ADV 2 advcl
        efter efter ADP 8 case
        enkelhet enkelhet NOUN 6 nmod Definite=Ind
        . . PUNCT 2 punct
        """,
    )
    assert [(v.text, v.lemma) for v in find_verbs(doc[:])] == [
        ("verkar", "verka"),
        ("strävar", "sträva"),
    ]


def test_s_passive_after_a_subject_noun_the_tagger_read_as_a_verb(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 2 nsubj Definite=Def
        beslutar besluta VERB 0 root VerbForm=Fin|Tense=Pres
        att att SCONJ 5 mark
        möte möte VERB 5 amod VerbForm=Inf
        hålls hållas NOUN 2 xcomp Definite=Ind
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["beslutar", "hålls"]


def test_present_or_supine_tag_on_a_word_the_lexicon_reads_as_a_noun(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 2 nsubj Definite=Def
        följer följa VERB 0 root VerbForm=Fin|Tense=Pres
        de de DET 4 det
        grundsatser grundsats VERB 2 obj VerbForm=Fin|Tense=Pres
        och och CCONJ 6 cc
        tillit tillit VERB 4 conj VerbForm=Sup
        som som PRON 8 nsubj
        gäller gälla VERB 4 acl:relcl VerbForm=Fin|Tense=Pres
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["följer", "gäller"]


def test_supine_after_a_determiner_is_an_attribute(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 2 nsubj Definite=Def
        har ha AUX 0 root VerbForm=Fin|Tense=Pres
        ett en DET 5 det
        samlat samla VERB 5 amod VerbForm=Sup
        ansvar ansvar NOUN 2 obj Definite=Ind
        . . PUNCT 2 punct
        """,
    )
    assert verbs(doc) == ["har"]
