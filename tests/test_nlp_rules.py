"""styrdok's spaCy components on hand-parsed Docs: rules, not statistical output.

Whole-statement cases (`RULE_CASES`) and rules that span several modules; the rule tests of
one module live in tests/test_nlp_<module>_rules.py (pipeline/nlp/<module>.py)."""

from __future__ import annotations

import pytest

from pipeline.nlp.actors import find_actors
from pipeline.nlp.components import DocumentRules, StatementFinder
from pipeline.nlp.document import ClauseInfo
from tests.nlp_helpers import CUES, LEXICON, find, parsed, statements


def test_sentence_starts_follow_punctuation(nlp) -> None:
    from pipeline.nlp.sentences import set_sentence_starts

    doc = set_sentence_starts(
        nlp("Vd i Tallbo AB leder arbetet. Se t.ex. 7 kap. 2 § lagen. Nämnden beslutar.")
    )
    assert [s.text for s in doc.sents] == [
        "Vd i Tallbo AB leder arbetet.",
        "Se t.ex. 7 kap. 2 § lagen.",
        "Nämnden beslutar.",
    ]


def test_mistagged_infinitive_after_modal_and_negation(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommundirektören kommundirektör NOUN 2 nsubj
        får få AUX 0 ROOT VerbForm=Fin|Tense=Pres
        inte inte PART 2 advmod
        delta delta NOUN 2 obj
        i i ADP 6 case
        besluten beslut NOUN 4 nmod
    """,
    )
    assert statements(doc) == [("kommundirektör", "prohibition", "delta", True, False)]


def test_coordinated_subjects_each_act_and_coordinated_verbs_share_them(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Socialchefen socialchef NOUN 5 nsubj
        och och CCONJ 3 cc
        äldreomsorgschefen äldreomsorgschef NOUN 1 conj
        ska skola AUX 5 aux VerbForm=Fin|Tense=Pres
        leda leda VERB 0 ROOT VerbForm=Inf
        och och CCONJ 7 cc
        samordna samordna ADJ 5 conj
        arbetet arbete NOUN 5 obj
    """,
    )
    assert statements(doc) == [
        ("socialchef", "obligation", "leda", False, False),
        ("socialchef", "obligation", "samordna", False, False),
        ("äldreomsorgschef", "obligation", "leda", False, False),
        ("äldreomsorgschef", "obligation", "samordna", False, False),
    ]


def test_modal_as_main_verb_and_elliptic_modal(nlp) -> None:
    receives = parsed(
        nlp,
        """
        Direktören direktör NOUN 2 nsubj
        får få VERB 0 ROOT VerbForm=Fin|Tense=Pres
        sitt sin PRON 4 nmod:poss
        uppdrag uppdrag NOUN 2 obj
    """,
    )
    assert statements(receives) == [("direktör", "none", "få", False, False)]
    elliptic = parsed(
        nlp,
        """
        Direktören direktör NOUN 2 nsubj
        ska skola AUX 0 ROOT VerbForm=Fin|Tense=Pres
        det den PRON 2 obj
    """,
    )
    assert statements(elliptic) == []


def test_perfect_passive_with_agent_and_supine_lemma(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Direktören direktör NOUN 3 nsubj:pass
        har ha AUX 3 aux VerbForm=Fin|Tense=Pres
        anställts anställd VERB 0 ROOT VerbForm=Sup|Voice=Pass
        av av ADP 5 case
        nämnden nämnd NOUN 3 obl:agent
    """,
    )
    assert statements(doc) == [("nämnd", "none", "anställa", False, True)]


# ---------------------------------------------------------------------------
# Rules of the extractor rebuild (issue #10), each on an invented sentence.

RULE_CASES = {
    "bör-is-a-recommendation": (
        """
        Enhetschefen enhetschef NOUN 3 nsubj
        bör böra AUX 3 aux VerbForm=Fin|Tense=Pres
        informera informera VERB 0 ROOT VerbForm=Inf
        personalen personal NOUN 3 obj
    """,
        [("enhetschef", "recommendation", "informera", False, False)],
    ),
    "bör-inte-stays-a-negated-recommendation": (
        """
        Controllern controller NOUN 4 nsubj
        bör böra AUX 4 aux VerbForm=Fin|Tense=Pres
        inte inte PART 4 advmod
        attestera attestera VERB 0 ROOT VerbForm=Inf
        fakturor faktura NOUN 4 obj
    """,
        [("controller", "recommendation", "attestera", True, False)],
    ),
    "negated-phrase-cue-forbids": (
        """
        Revisorn revisor NOUN 2 nsubj
        äger äga VERB 0 ROOT VerbForm=Fin|Tense=Pres
        inte inte PART 2 advmod
        rätt rätt NOUN 2 obj
        att att PART 6 mark
        rösta rösta VERB 4 acl VerbForm=Inf
    """,
        [("revisor", "prohibition", "rösta", True, False)],
    ),
    "ges-rätt-att-is-a-permission-of-the-subject": (
        """
        Jurist jurist NOUN 2 nsubj:pass
        ges ge VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        rätt rätt NOUN 2 obj
        att att PART 5 mark
        yttra yttra VERB 3 acl VerbForm=Inf
        sig sig PRON 5 obj
    """,
        [("jurist", "permission", "yttra", False, False)],
    ),
    "har-till-uppgift-att-obliges": (
        """
        Kansliet kansli NOUN 2 nsubj
        har ha VERB 0 ROOT VerbForm=Fin|Tense=Pres
        till till ADP 4 case
        uppgift uppgift NOUN 2 obl
        att att PART 6 mark
        bereda bereda VERB 4 acl VerbForm=Inf
        ärenden ärende NOUN 6 obj
    """,
        [("kansli", "obligation", "bereda", False, False)],
    ),
    "förväntas-is-a-modal-not-a-passive": (
        """
        Strategen strateg NOUN 3 nsubj
        förväntas förvänta VERB 3 aux VerbForm=Fin|Tense=Pres|Voice=Pass
        samverka samverka VERB 0 ROOT VerbForm=Inf
    """,
        [("strateg", "obligation", "samverka", False, False)],
    ),
    "agentless-passive-with-a-cue-has-an-implicit-actor": (
        """
        Fakturor faktura NOUN 3 nsubj:pass
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        attesteras attestera VERB 0 ROOT VerbForm=Inf|Voice=Pass
        månadsvis månadsvis ADV 3 advmod
    """,
        [(None, "obligation", "attestera", False, True)],
    ),
    "agentless-passive-without-cue-is-no-statement": (
        """
        Fakturor faktura NOUN 2 nsubj:pass
        attesteras attestera VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
    """,
        [],
    ),
    "possibility-kan-with-a-passive-and-a-thing-subject-is-no-cue": (
        """
        Uppgiften uppgift NOUN 3 nsubj:pass
        kan kunna AUX 3 aux VerbForm=Fin|Tense=Pres
        skötas sköta VERB 0 ROOT VerbForm=Inf|Voice=Pass
        av av ADP 6 case
        flera flera ADJ 6 amod
        konsulter konsult NOUN 3 obl:agent
    """,
        [("konsult", "none", "sköta", False, True)],
    ),
    "possibility-kan-agentless-is-no-statement": (
        """
        Taxan taxa NOUN 3 nsubj:pass
        kan kunna AUX 3 aux VerbForm=Fin|Tense=Pres
        höjas höja VERB 0 ROOT VerbForm=Inf|Voice=Pass
        årligen årligen ADV 3 advmod
    """,
        [],
    ),
    "kan-with-a-delegating-passive-stays-a-permission": (
        """
        Ärenden ärende NOUN 3 nsubj:pass
        kan kunna AUX 3 aux VerbForm=Fin|Tense=Pres
        delegeras delegera VERB 0 ROOT VerbForm=Inf|Voice=Pass
        till till ADP 5 case
        utskottet utskott NOUN 3 obl
    """,
        [(None, "permission", "delegera", False, True)],
    ),
    "passive-with-a-thing-as-av-agent-is-no-implicit-statement": (
        """
        Planeringen planering NOUN 3 nsubj:pass
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        styras styra VERB 0 ROOT VerbForm=Inf|Voice=Pass
        av av ADP 6 case
        långsiktiga långsiktig ADJ 6 amod
        mål mål NOUN 3 obl:agent
    """,
        [],
    ),
    "a-verbless-aside-in-commas-does-not-end-the-att-clause": (
        """
        Styrelsen styrelse NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        säkerställa säkerställa VERB 0 ROOT VerbForm=Inf
        att att SCONJ 10 mark
        underhållet underhåll NOUN 10 nsubj
        , , PUNCT 8 punct
        som som SCONJ 8 mark
        hittills hittills ADV 5 advcl
        , , PUNCT 8 punct
        sker ske VERB 3 ccomp VerbForm=Fin|Tense=Pres
        enligt enligt ADP 12 case
        planen plan NOUN 10 obl
    """,
        [("styrelse", "obligation", "säkerställa", False, False)],
    ),
    "infinitives-after-noun-att-complement-the-noun": (
        """
        Sekreteraren sekreterare NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        bistå bistå VERB 0 ROOT VerbForm=Inf
        nämnden nämnd NOUN 3 obj
        i i ADP 6 case
        uppdraget uppdrag NOUN 3 obl
        att att PART 8 mark
        planera planera VERB 6 acl VerbForm=Inf
        och och CCONJ 10 cc
        utvärdera utvärdera VERB 3 conj VerbForm=Inf
        verksamheten verksamhet NOUN 10 obj
    """,
        [("sekreterare", "obligation", "bistå", False, False)],
    ),
    "cleft-whose-focus-has-a-determiner-adjective-and-postmodifier": (
        """
        Det det PRON 5 nsubj
        är vara AUX 5 cop
        de den DET 5 det
        förtroendevalda förtroendevald ADJ 5 amod
        revisorerna revisor NOUN 0 ROOT
        i i ADP 7 case
        förbundet förbund NOUN 5 nmod
        som som PRON 9 nsubj
        granskar granska VERB 7 acl:relcl VerbForm=Fin|Tense=Pres
        räkenskaperna räkenskap NOUN 9 obj
    """,
        [("revisor", "none", "granska", False, False)],
    ),
    "a-further-for-phrase-after-men-ocksa-is-a-responsibility-of-its-own": (
        """
        Förbundet förbund NOUN 2 nsubj
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        för för ADP 4 case
        vägarna väg NOUN 2 obl
        , , PUNCT 9 punct
        men men CCONJ 9 cc
        också också ADV 9 advmod
        för för ADP 9 case
        broarna bro NOUN 4 conj
    """,
        [
            ("förbund", "responsibility", "ansvara", False, False),
            ("förbund", "responsibility", "ansvara", False, False),
        ],
    ),
    "a-conjoined-verb-after-its-own-subject-opens-its-own-clause": (
        """
        Förbundet förbund NOUN 2 nsubj
        fastställer fastställa VERB 0 ROOT VerbForm=Fin|Tense=Pres
        budgeten budget NOUN 2 obj
        , , PUNCT 7 punct
        men men CCONJ 7 cc
        kommunstyrelsen kommunstyrelse NOUN 7 nsubj
        granskar granska VERB 2 conj VerbForm=Fin|Tense=Pres
        utfallet utfall NOUN 7 obj
    """,
        [
            ("förbund", "none", "fastställa", False, False),
            ("kommunstyrelse", "none", "granska", False, False),
        ],
    ),
    "comma-splice-subject-after-a-copula-clause-is-no-predicative": (
        """
        Lokalerna lokal NOUN 3 nsubj
        är vara AUX 3 cop
        små liten ADJ 0 ROOT
        , , PUNCT 8 punct
        förvaltningschefen förvaltningschef NOUN 7 nsubj
        är vara AUX 7 cop
        anställd anställd ADJ 3 parataxis Tense=Past|VerbForm=Part
        av av ADP 9 case
        nämnden nämnd NOUN 7 obl:agent
    """,
        [("förvaltningschef", "none", "vara", False, False)],
    ),
    "definite-subject-after-a-copula-in-v2-after-a-fronted-phrase": (
        """
        Enligt enligt ADP 2 case
        stadgarna stadga NOUN 7 obl
        är vara AUX 7 cop
        den den DET 6 det
        tillförordnade tillförordnad ADJ 6 amod
        förvaltningschefen förvaltningschef NOUN 7 nsubj
        ansvarig ansvarig ADJ 0 ROOT
        för för ADP 9 case
        arkivet arkiv NOUN 7 obl
    """,
        [("tillförordnad förvaltningschef", "responsibility", "ansvara", False, False)],
    ),
    "a-comparative-som-between-modal-and-passive-opens-no-clause": (
        """
        Nämnden nämnd NOUN 8 nsubj:pass
        ska skola AUX 5 aux VerbForm=Fin|Tense=Pres
        därefter därefter ADV 8 advmod
        så så ADV 5 advmod
        snart snart ADV 8 advmod
        som som SCONJ 7 mark
        möjligt möjlig ADJ 5 dep
        informeras informera VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        om om ADP 10 case
        utfallet utfall NOUN 8 obl
    """,
        [("nämnd", "obligation", "informera", False, True)],
    ),
    "a-coordinated-relative-clause-shares-the-antecedent": (
        """
        Enheten enhet NOUN 2 nsubj
        anlitar anlita VERB 0 ROOT VerbForm=Fin|Tense=Pres
        handläggare handläggare NOUN 2 obj
        , , PUNCT 7 punct
        som som PRON 7 nsubj
        inte inte PART 7 advmod
        är vara AUX 3 acl:relcl VerbForm=Fin|Tense=Pres
        anställda anställd ADJ 7 xcomp
        , , PUNCT 12 punct
        och och CCONJ 12 cc
        som som PRON 12 nsubj
        har ha VERB 7 conj VerbForm=Fin|Tense=Pres
        som som ADP 14 case
        uppgift uppgift NOUN 12 obl
        att att PART 16 mark
        granska granska VERB 12 xcomp VerbForm=Inf
        avtalen avtal NOUN 16 obj
    """,
        [
            ("enhet", "none", "anlita", False, False),
            ("handläggare", "obligation", "granska", False, False),
        ],
    ),
    "passive-with-av-agent": (
        """
        Tillstånd tillstånd NOUN 2 nsubj
        prövas pröva VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 4 case
        tillståndsnämnden tillståndsnämnd NOUN 2 obl
    """,
        [("tillståndsnämnd", "none", "pröva", False, True)],
    ),
    "a-preposition-om-opens-no-subordinate-clause": (
        """
        Frågor fråga NOUN 4 nsubj
        om om ADP 3 case
        lokaler lokal NOUN 1 nmod
        avgörs avgöra VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 6 case
        lokalnämnden lokalnämnd NOUN 4 obl
    """,
        [("lokalnämnd", "none", "avgöra", False, True)],
    ),
    "relative-clause-without-finite-verb-is-not-the-main-clause": (
        """
        Avtal avtal NOUN 7 nsubj:pass
        som som SCONJ 3 mark
        tecknats teckna VERB 1 acl VerbForm=Sup|Voice=Pass
        under under ADP 5 case
        året år NOUN 3 obl
        ska skola AUX 7 aux VerbForm=Fin|Tense=Pres
        registreras registrera VERB 0 ROOT VerbForm=Inf|Voice=Pass
    """,
        [(None, "obligation", "registrera", False, True)],
    ),
    "infinitive-slot-past-an-inverted-subject": (
        """
        Därefter därefter ADV 5 advmod
        ska skola AUX 5 aux VerbForm=Fin|Tense=Pres
        samordnaren samordnare NOUN 5 nsubj
        genast genast ADV 5 advmod
        kalla kalla NOUN 0 ROOT
        samman samman ADV 5 advmod
    """,
        [("samordnare", "obligation", "kalla", False, False)],
    ),
    "the-parse-adds-the-verb-a-modal-is-attached-to": (
        """
        Utskottet utskott NOUN 3 nsubj
        får få AUX 3 aux VerbForm=Fin|Tense=Pres
        ombesörja ombesörja VERB 0 ROOT
        remisser remiss NOUN 3 obj
    """,
        [("utskott", "permission", "ombesörja", False, False)],
    ),
    "fronted-preposition-of-a-cue": (
        """
        För för ADP 2 case
        arkivet arkiv NOUN 3 obl
        svarar svara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        registratorn registrator NOUN 3 nsubj
    """,
        [("registrator", "responsibility", "svara", False, False)],
    ),
    "an-agent-noun-outside-the-lexicon-is-an-actor": (
        """
        Konsulenten konsulent NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        granska granska VERB 0 ROOT VerbForm=Inf
        ritningarna ritning NOUN 3 obj
    """,
        [("konsulent", "obligation", "granska", False, False)],
    ),
    "a-coordinated-verb-with-its-own-cue-opens-its-own-group": (
        """
        Registratorn registrator NOUN 2 nsubj
        sorterar sortera VERB 0 ROOT VerbForm=Fin|Tense=Pres
        handlingar handling NOUN 2 obj
        samt samt CCONJ 5 cc
        svarar svara VERB 2 conj VerbForm=Fin|Tense=Pres
        för för ADP 7 case
        gallringen gallring NOUN 5 obl
    """,
        [
            ("registrator", "none", "sortera", False, False),
            ("registrator", "responsibility", "svara", False, False),
        ],
    ),
    "a-relative-clause-about-no-actor-is-no-statement": (
        """
        Kansliet kansli NOUN 2 nsubj
        diarieför diarieföra VERB 0 ROOT VerbForm=Fin|Tense=Pres
        skrivelser skrivelse NOUN 2 obj
        som som PRON 6 nsubj:pass
        ska skola AUX 6 aux VerbForm=Fin|Tense=Pres
        besvaras besvara VERB 3 acl:relcl VerbForm=Inf|Voice=Pass
        av av ADP 8 case
        nämnden nämnd NOUN 6 obl:agent
    """,
        [("kansli", "none", "diarieföra", False, False)],
    ),
    "v2-a-present-tense-read-as-a-noun-after-the-subject": (
        """
        Direktionen direktion NOUN 2 nsubj
        sammanträder sammanträde NOUN 0 ROOT
        varje varje DET 4 det
        månad månad NOUN 2 obl
    """,
        [("direktion", "none", "sammanträda", False, False)],
    ),
    "an-s-form-after-a-modal-is-passive-whatever-the-voice-tag": (
        """
        Ansökningar ansökan NOUN 3 nsubj
        får få AUX 3 aux VerbForm=Fin|Tense=Pres
        prövas pröva VERB 0 ROOT VerbForm=Inf
        av av ADP 5 case
        bygglovshandläggaren bygglovshandläggare NOUN 3 obl
    """,
        [("bygglovshandläggare", "permission", "pröva", False, True)],
    ),
    "a-listed-infinitive-in-the-modal-slot-whatever-its-tag": (
        """
        Sekreteraren sekreterare NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        tillse tillse NOUN 0 ROOT
        att att SCONJ 5 mark
        protokollet protokoll NOUN 3 obj
    """,
        [("sekreterare", "obligation", "tillse", False, False)],
    ),
    "an-infinitive-conjunct-the-parser-joins-though-tagged-participle": (
        """
        Stabschefen stabschef NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        planera planera VERB 0 ROOT VerbForm=Inf
        och och CCONJ 5 cc
        organisera organisera ADJ 3 conj VerbForm=Part
        övningar övning NOUN 5 obj
    """,
        [
            ("stabschef", "obligation", "planera", False, False),
            ("stabschef", "obligation", "organisera", False, False),
        ],
    ),
    "a-conjunct-with-its-own-modal-heads-its-own-clause": (
        """
        Direktionen direktion NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        bestämma bestämma VERB 0 ROOT VerbForm=Inf
        hur hur ADV 7 advmod
        kansliet kansli NOUN 7 nsubj
        ska skola AUX 7 aux VerbForm=Fin|Tense=Pres
        arbeta arbeta VERB 3 conj VerbForm=Inf
    """,
        [("direktion", "obligation", "bestämma", False, False)],
    ),
}


@pytest.mark.parametrize(("rows", "expected"), RULE_CASES.values(), ids=RULE_CASES.keys())
def test_rule(nlp, rows: str, expected: list[tuple]) -> None:
    assert statements(parsed(nlp, rows)) == expected


def test_open_vocabulary_actor_is_category_ovrig(nlp) -> None:
    doc = parsed(nlp, RULE_CASES["an-agent-noun-outside-the-lexicon-is-an-actor"][0])
    [mention] = doc._.actors
    assert (mention.canonical, mention.category, mention.role, mention.source) == (
        "konsulent",
        "övrig",
        "other",
        "grammar",
    )


def test_the_main_verb_after_a_relative_clause_is_no_conjunct(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kulturchefen kulturchef NOUN 9 nsubj
        , , PUNCT 1 punct
        som som PRON 5 nsubj
        är vara AUX 5 cop VerbForm=Fin|Tense=Pres
        ansvarig ansvarig ADJ 1 acl:relcl
        för för ADP 7 case
        museet museum NOUN 5 obl
        , , PUNCT 9 punct
        leder leda VERB 0 ROOT VerbForm=Fin|Tense=Pres
        arbetet arbete NOUN 9 obj
        """,
    )
    assert statements(doc) == [
        ("kulturchef", "responsibility", "ansvara", False, False),
        ("kulturchef", "none", "leda", False, False),
    ]


def test_ha_and_vara_conjoined_with_infinitives_are_main_verbs(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        leda leda VERB 0 ROOT VerbForm=Inf
        och och CCONJ 5 cc
        planera planera VERB 3 conj VerbForm=Fin|Tense=Past
        arbetet arbete NOUN 5 obj
        och och CCONJ 8 cc
        ha ha VERB 5 conj VerbForm=Inf
        tillsyn tillsyn NOUN 8 obj
        """,
    )
    assert [s[2] for s in statements(doc)] == ["leda", "planera", "ha"]
    assert {s[1] for s in statements(doc)} == {"obligation"}


HEADING_SENTENCE = """
Nämnderna nämnd NOUN 2 nsubj
beslutar besluta VERB 0 ROOT VerbForm=Fin|Tense=Pres
budget budget NOUN 2 obj
"""


def test_a_heading_worded_as_a_sentence_carries_no_statement(nlp) -> None:
    docs = [parsed(nlp, HEADING_SENTENCE), parsed(nlp, HEADING_SENTENCE)]
    for doc in docs:
        StatementFinder(nlp.vocab, CUES)(doc)
    assert [len(doc._.statements) for doc in docs] == [1, 1]
    infos = [ClauseInfo("h1", None, "heading"), ClauseInfo("1", None, "paragraph")]
    DocumentRules(LEXICON, CUES).resolve(docs, infos, None)
    assert [len(doc._.statements) for doc in docs] == [0, 1]


MISTAGGED_ADJECTIVE_HEAD = """
Nämnden nämnd NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
planera planera VERB 0 ROOT VerbForm=Inf
och och CCONJ 5 cc
fördela fördela ADJ 3 conj VerbForm=Part
resurserna resurs NOUN 5 obj
och och CCONJ 8 cc
ha ha VERB 5 conj VerbForm=Inf
tillsyn tillsyn NOUN 8 obj
. . PUNCT 3 punct
"""


def test_an_infinitive_conjoined_to_a_mistagged_adjective_stays_a_verb(nlp) -> None:
    assert [s[2] for s in statements(parsed(nlp, MISTAGGED_ADJECTIVE_HEAD))] == [
        "planera",
        "fördela",
        "ha",
    ]


def test_a_passive_in_as_after_an_inverted_noun_phrase_is_the_modals_infinitive(nlp) -> None:
    """``ska reglerna i X tillämpas``: tagged finite, but the modal's passive infinitive."""
    doc = parsed(
        nlp,
        """
        Därför därför ADV 5 advmod
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        taxan taxa NOUN 0 ROOT
        för för ADP 5 case
        ombuden ombud NOUN 3 nmod
        justeras justera VERB 3 acl VerbForm=Fin|Tense=Pres|Voice=Pass
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [(None, "obligation", "justera", False, True)]


def test_a_fronted_vid_phrase_holding_a_relative_clause_runs_to_the_main_verb(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Vid vid ADP 3 case
        en en DET 3 det
        händelse händelse NOUN 9 obl
        som som PRON 5 nsubj:pass
        klassas klassa VERB 3 acl:relcl VerbForm=Fin|Tense=Pres|Voice=Pass
        som som SCONJ 7 mark
        allvarlig allvarlig ADJ 5 advcl
        får få AUX 9 aux VerbForm=Fin|Tense=Pres
        ordföranden ordförande NOUN 9 nsubj
        besluta besluta VERB 0 ROOT VerbForm=Inf
        . . PUNCT 10 punct
        """,
    )
    (statement,) = find(doc[:], doc._.actors)
    start, end = statement.condition_span
    assert doc.text[start:end] == "Vid en händelse som klassas som allvarlig"


# Round 10, causes 4 and 16: coordination chains, clefts, adverbial phrases before an
# infinitive.
def test_an_adverbial_phrase_between_att_and_its_infinitive(nlp):
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        för för ADP 9 mark
        att att PART 9 mark
        i i ADP 6 case
        samråd samråd NOUN 9 obl
        med med ADP 8 case
        skolan skola NOUN 6 nmod
        planera planera ADJ 2 advcl
        insatser insats NOUN 9 obj
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "responsibility", "planera", False, False)]


def test_a_finite_conjunct_after_an_infinitive_clause_is_the_main_subjects(nlp):
    doc = parsed(
        nlp,
        """
        Ekonomichefen ekonomichef NOUN 2 nsubj
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        för för ADP 5 mark
        att att PART 5 mark
        ta ta VERB 2 advcl VerbForm=Inf
        fram fram ADV 5 compound:prt
        budgeten budget NOUN 5 obj
        samt samt CCONJ 9 cc
        följa följa VERB 5 conj VerbForm=Inf
        upp upp ADV 9 compound:prt
        utfallet utfall NOUN 9 obj
        och och CCONJ 13 cc
        är vara AUX 14 cop VerbForm=Fin|Tense=Pres
        sekreterare sekreterare NOUN 9 conj
        i i ADP 16 case
        beredningen beredning NOUN 14 nmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("ekonomichef", "responsibility", "ta", False, False),
        ("ekonomichef", "responsibility", "följa", False, False),
        ("ekonomichef", "none", "vara", False, False),
    ]


def test_a_coordinated_cleft_focus_acts_and_its_negated_conjunct_is_denied(nlp):
    doc = parsed(
        nlp,
        """
        I i ADP 2 case
        regel regel NOUN 8 obl
        är vara AUX 8 cop VerbForm=Fin|Tense=Pres
        det den DET 8 expl
        handläggare handläggare NOUN 8 nmod
        och och CCONJ 8 cc
        inte inte PART 8 advmod
        förtroendevalda förtroendevald NOUN 0 ROOT
        som som PRON 10 nsubj
        bereder bereda VERB 8 acl:relcl VerbForm=Fin|Tense=Pres
        ärendena ärende NOUN 10 obj
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [
        ("handläggare", "none", "bereda", False, False),
        ("förtroendevald", "none", "bereda", True, False),
    ]


def test_a_finite_after_eller_and_an_adverb_continues_the_relative_clause(nlp):
    # the parser joins "har" to the main verb; the verb before "eller annars" decides
    doc = parsed(
        nlp,
        """
        Styrelsen styrelse NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        ha ha VERB 0 ROOT VerbForm=Inf
        uppsikt uppsikt NOUN 3 obj
        över över ADP 6 case
        bolag bolag NOUN 3 obl
        som som PRON 9 obj
        kommunen kommun NOUN 9 nsubj
        äger äga VERB 6 acl:relcl VerbForm=Fin|Tense=Pres
        eller eller CCONJ 12 cc
        annars annars ADV 12 advmod
        har ha VERB 3 conj VerbForm=Fin|Tense=Pres
        intresse intresse NOUN 12 obj
        i i ADP 12 compound:prt
        . . PUNCT 3 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("styrelse", "obligation", "ha")]


FREE_CHOICE = """
Revisorerna revisor NOUN 2 nsubj
får få VERB 0 ROOT VerbForm=Fin|Tense=Pres
när när SCONJ 6 mark
som som SCONJ 6 mark
helst gärna ADV 6 advmod
ta ta VERB 2 advcl VerbForm=Inf
del del NOUN 6 obj
av av ADP 9 case
räkenskaperna räkenskap NOUN 7 nmod
. . PUNCT 2 punct
"""


def test_a_free_choice_adverbial_is_one_word_and_keeps_the_modal_group(nlp):
    """`när som helst` is one free-choice adverb (pipeline/nlp/merges.py), not a clause
    that would leave `får` a main verb: `Revisorerna får när som helst ta del av …`."""
    from pipeline.nlp.merges import merge_free_choice

    doc = parsed(nlp, FREE_CHOICE)
    assert [s[:3] for s in statements(doc)] == [("revisor", "none", "få")]
    text = doc.text
    merge_free_choice(doc)
    doc._.actors = find_actors(doc, LEXICON)
    assert doc.text == text
    assert (doc[2].text, doc[2].pos_, doc[2].dep_, doc[2].head.text) == (
        "när som helst", "ADV", "advmod", "ta"
    )
    assert [s[:3] for s in statements(doc)] == [("revisor", "permission", "ta")]


def test_main_verb_after_a_fronted_phrase_whose_verbs_all_read_subordinate(nlp) -> None:
    # round 7 (analysis-6 cause 13): "Vid ett fel som bedöms som allvarligt ska chefen
    # larma": the relative clause has its verb (tagged infinitive), so the finite verb after
    # it opens the main clause (V2); "I mål som rör barn såsom vårdnad utses en handläggare":
    # past a såsom-list the last finite verb, a noun phrase after it, is the main verb
    serious = parsed(
        nlp,
        """
        Vid vid ADP 3 case
        ett en DET 3 det
        fel fel NOUN 10 obl Case=Nom|Definite=Ind|Number=Sing
        som som SCONJ 5 mark
        bedöms bedöma VERB 3 acl VerbForm=Inf|Voice=Pass
        som som ADP 7 case
        allvarligt allvarlig ADJ 5 obl
        ska skola AUX 10 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        chefen chef NOUN 10 nsubj Case=Nom|Definite=Def|Number=Sing
        larma larma VERB 0 ROOT VerbForm=Inf
        . . PUNCT 10 punct
        """,
    )
    assert statements(serious) == [("chef", "obligation", "larma", False, False)]
    such_as = parsed(
        nlp,
        """
        I i ADP 2 case
        mål mål NOUN 8 obl Case=Nom|Definite=Ind|Number=Plur
        som som PRON 4 nsubj
        rör röra VERB 2 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin
        barn barn NOUN 4 obj Case=Nom|Definite=Ind|Number=Plur
        såsom såsom CCONJ 7 mark
        vårdnad vårdnad NOUN 8 nsubj:pass Case=Nom|Definite=Ind|Number=Sing
        utses utse VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        en en DET 10 det
        handläggare handläggare NOUN 8 obj Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 8 punct
        """,
    )
    assert statements(such_as) == [("handläggare", "none", "utse", False, True)]


def test_att_complement_with_a_series_subject_states_nothing(nlp) -> None:
    """``ser till att granskningen av A, B och C är ordnad``: the commas of a noun-phrase
    series in the subject do not end the ``att``-clause; its verb is no statement (§5.1)."""
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        ser se VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        till till ADP 14 mark
        att att SCONJ 14 mark
        tillsynen tillsyn NOUN 14 nsubj Case=Nom|Definite=Def|Number=Sing
        av av ADP 7 case
        socialförvaltningen socialförvaltning NOUN 5 nmod Case=Nom|Definite=Def|Number=Sing
        , , PUNCT 9 punct
        kulturförvaltningen kulturförvaltning NOUN 7 conj Case=Nom|Definite=Def|Number=Sing
        och och CCONJ 12 cc
        kommunens kommun NOUN 12 nmod:poss Case=Gen|Definite=Def|Number=Sing
        bolag bolag NOUN 7 conj Case=Nom|Definite=Ind|Number=Plur
        är vara AUX 14 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        ordnad ordnad ADJ 2 advcl
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("nämnd", "obligation", "se", False, False)]


