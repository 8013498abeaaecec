"""Round-3 verb rules on hand-parsed, invented sentences: the lemma lexicon decides verbs the
tagger read as nouns, adjectives or adverbs."""

from __future__ import annotations

from pipeline.nlp.groups import find_verbs
from tests.nlp_helpers import parsed, statements


def verbs(doc) -> list[tuple[str, str]]:
    return [(v.text, v.lemma) for v in find_verbs(doc[:], doc._.actors)]


def test_s_passive_read_as_noun_is_a_verb(nlp):
    doc = parsed(
        nlp,
        """
        Hamnen hamn NOUN 2 nsubj Definite=Def
        styrs styra NOUN 0 root Definite=Ind
        numera numera ADV 2 advmod
        av av ADP 5 case
        direktionen direktion NOUN 2 obl Definite=Def
        . . PUNCT 2 punct
        """,
    )
    assert ("styrs", "styra") in verbs(doc)
    assert ("direktion", "none", "styra", False, True) in statements(doc)


def test_infinitive_with_adjective_spelling_known_to_the_lexicon(nlp):
    doc = parsed(
        nlp,
        """
        Chefen chef NOUN 3 nsubj Definite=Def
        ska skola AUX 3 aux
        planera planera VERB 0 root VerbForm=Inf
        och och CCONJ 5 cc
        granska granska ADJ 6 amod
        driften drift NOUN 3 obj Definite=Def
        . . PUNCT 3 punct
        """,
    )
    assert ("granska", "granska") in verbs(doc)


def test_adverb_between_att_and_infinitive_is_no_verb(nlp):
    doc = parsed(
        nlp,
        """
        Kassören kassör NOUN 2 nsubj Definite=Def
        ska skola AUX 3 aux
        försöka försöka VERB 0 root VerbForm=Inf
        att att PART 6 mark
        noga noga ADJ 6 amod
        föra föra ADJ 3 xcomp VerbForm=Inf
        bok bok NOUN 6 obj
        . . PUNCT 3 punct
        """,
    )
    found = [text for text, _ in verbs(doc)]
    assert "noga" not in found and "föra" in found


def test_present_after_och_past_an_object_noun_phrase(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 2 nsubj Definite=Def
        har ha VERB 0 root Tense=Pres|VerbForm=Fin
        fem fem NUM 4 nummod
        ledamöter ledamot NOUN 2 obj
        och och CCONJ 6 cc
        sammanträder sammanträda NOUN 4 conj
        årligen årligen ADV 6 advmod
        . . PUNCT 2 punct
        """,
    )
    assert ("sammanträder", "sammanträda") in verbs(doc)


def test_supine_of_an_infinitive_without_a(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 2 nsubj Definite=Def
        har ha AUX 3 aux Tense=Pres|VerbForm=Fin
        utsett utseta VERB 0 root VerbForm=Sup
        två två NUM 5 nummod
        ombud ombud NOUN 3 obj
        . . PUNCT 3 punct
        """,
    )
    assert ("utsett", "utse") in verbs(doc)


def test_s_present_tagged_supine_is_finite(nlp):
    doc = parsed(
        nlp,
        """
        Förbundet förbund NOUN 2 nsubj Definite=Def
        styrs styra VERB 0 root VerbForm=Sup
        av av ADP 4 case
        direktionen direktion NOUN 2 obl:agent Definite=Def
        . . PUNCT 2 punct
        """,
    )
    assert ("direktion", "none", "styra", False, True) in statements(doc)


def test_supine_parsed_as_attribute_stays_a_verb(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 2 nsubj Definite=Def
        har ha AUX 0 root Tense=Pres|VerbForm=Fin
        valt välja VERB 4 amod VerbForm=Sup
        ombud ombud NOUN 2 obj
        . . PUNCT 2 punct
        """,
    )
    assert ("råd", "none", "välja", False, False) in statements(doc)


def test_listed_infinitives_after_a_hedge(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 5 nsubj Definite=Def
        ska skola AUX 5 aux
        bland bland ADP 5 case
        annat annan PRON 5 advmod
        godkänna godkänna VERB 0 root VerbForm=Inf
        planen plan NOUN 5 obj Definite=Def
        , , PUNCT 8 punct
        utse utse NOUN 9 amod
        revisorer revisor NOUN 5 obj
        samt samt CCONJ 11 cc
        fastställa fastställa ADJ 12 amod
        arvoden arvode NOUN 9 conj Definite=Def
        . . PUNCT 5 punct
        """,
    )
    aims = [s[2] for s in statements(doc)]
    assert aims == ["godkänna", "utse", "fastställa"]


def test_gapped_agent_after_a_bare_role_noun(nlp):
    doc = parsed(
        nlp,
        """
        Posten post NOUN 3 nsubj:pass Definite=Def
        ska skola AUX 3 aux
        innehas inneha VERB 0 root Voice=Pass|VerbForm=Inf
        av av ADP 5 case
        regionen region NOUN 3 obl:agent Definite=Def
        och och CCONJ 8 cc
        vice vice ADJ 8 amod
        ordförande ordförande NOUN 3 conj
        av av ADP 10 case
        kommunen kommun NOUN 8 nmod Definite=Def
        . . PUNCT 3 punct
        """,
    )
    actors = {s[0] for s in statements(doc)}
    assert {"region", "kommun"} <= actors


def test_infinitive_after_coordinator_and_a_phrase_with_a_noun_list(nlp):
    doc = parsed(
        nlp,
        """
        Rådet råd NOUN 3 nsubj Definite=Def
        ska skola AUX 3 aux
        följa följa VERB 0 root VerbForm=Inf
        planen plan NOUN 3 obj Definite=Def
        samt samt CCONJ 7 cc
        hos hos ADP 7 case
        regionen region NOUN 4 conj Definite=Def
        , , PUNCT 9 punct
        kommunen kommun NOUN 7 conj Definite=Def
        och och CCONJ 11 cc
        staten stat NOUN 7 conj Definite=Def
        lämna lämna VERB 7 conj VerbForm=Inf
        förslag förslag NOUN 12 obj
        . . PUNCT 3 punct
        """,
    )
    aims = [s[2] for s in statements(doc)]
    assert aims == ["följa", "lämna"]
