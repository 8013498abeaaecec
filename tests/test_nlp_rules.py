"""styrdok's spaCy components on hand-parsed Docs: rules, not statistical output."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.nlp.actors import find_actors
from pipeline.nlp.components import DocumentRules, StatementFinder, register_extensions
from pipeline.nlp.document import ClauseInfo
from pipeline.nlp.groups import find_verbs
from pipeline.nlp.references import resolve_short_references
from tests.nlp_helpers import CUES, LEXICON, find, parsed, statements


@pytest.mark.parametrize(
    ("word", "canonical", "category"),
    [
        ("Regiondirektören", "regiondirektör", "tjänsteperson"),
        ("Regiondirektörens", "regiondirektör", "tjänsteperson"),
        ("förvaltningscheferna", "förvaltningschef", "tjänsteperson"),
        ("kommundirektören", "kommundirektör", "tjänsteperson"),
        ("HR-chefen", "hr-chef", "tjänsteperson"),
        ("kommunstyrelsen", "kommunstyrelse", "politiskt organ"),
        ("socialnämnden", "socialnämnd", "politiskt organ"),
        ("nämndernas", "nämnd", "politiskt organ"),
        ("regionutvecklingsutskottet", "regionutvecklingsutskott", "politiskt organ"),
        ("Regionfullmäktiges", "regionfullmäktige", "politiskt organ"),
        ("ordföranden", "ordförande", "förtroendevald"),
        ("Regionkansliet", "regionkansli", "förvaltningsorganisation"),
        ("tjänstemännen", "tjänsteman", "tjänsteperson"),
    ],
)
def test_actor_heads_inflections_and_compounds(word: str, canonical: str, category: str) -> None:
    canonical_found, head = LEXICON.analyse(word)
    assert (canonical_found, head.category) == (canonical, category)


@pytest.mark.parametrize(
    "word",
    [
        "ledningsorganisation",
        "beslutsunderlag",
        "nämnda",
        "chefskapet",
        "förvaltningsövergripande",
        "styrdokument",
        "ärenden",
    ],
)
def test_words_that_are_not_actors(word: str) -> None:
    assert LEXICON.analyse(word) is None


def test_genitive_chair_is_one_actor_and_predicates_are_not_actors(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Regionstyrelsens regionstyrelse NOUN 2 nmod:poss
        ordförande ordförande NOUN 4 nsubj
        är vara AUX 4 cop
        chef chef NOUN 0 ROOT
        för för ADP 6 case
        regiondirektören regiondirektör NOUN 4 nmod
        . . PUNCT 4 punct
    """,
    )
    assert [(m.text, m.canonical, m.category) for m in doc._.actors] == [
        ("Regionstyrelsens ordförande", "regionstyrelsens ordförande", "förtroendevald"),
        ("regiondirektören", "regiondirektör", "tjänsteperson"),
    ]
    assert statements(doc) == [("regionstyrelsens ordförande", "none", "vara", False, False)]


def test_organisation_names_and_name_adjectives(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Region region PROPN 0 ROOT
        Örebro Örebro PROPN 1 flat
        läns län NOUN 1 flat
        biträdande biträdande ADJ 5 amod
        regiondirektör regiondirektör NOUN 1 appos
        och och CCONJ 8 cc
        Tallbo Tallbo PROPN 8 compound
        Energi energi PROPN 5 conj
        AB AB PROPN 8 flat
    """,
    )
    assert [(m.text, m.canonical, m.category) for m in doc._.actors] == [
        ("Region Örebro läns", "region örebro län", "organisation"),
        ("biträdande regiondirektör", "biträdande regiondirektör", "tjänsteperson"),
        ("Tallbo Energi AB", "tallbo energi ab", "organisation"),
    ]


def test_suspended_compound_actor(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Hälso- hälso X 3 compound
        och och CCONJ 3 cc
        sjukvårdsdirektören sjukvårdsdirektör NOUN 0 ROOT
    """,
    )
    assert [(m.text, m.canonical) for m in doc._.actors] == [
        ("Hälso- och sjukvårdsdirektören", "hälso- och sjukvårdsdirektör")
    ]


def test_short_references_resolve_only_when_unambiguous(nlp) -> None:
    doc = parsed(
        nlp,
        """
        styrelsen styrelse NOUN 0 ROOT
        och och CCONJ 3 cc
        ordföranden ordförande NOUN 1 conj
        och och CCONJ 5 cc
        regionen region NOUN 1 conj
    """,
    )
    one = resolve_short_references(
        doc._.actors,
        {"regionstyrelse", "regionstyrelsens ordförande"},
        "Region Norrbotten",
        LEXICON,
    )
    assert [m.canonical for m in one] == [
        "regionstyrelse",
        "regionstyrelsens ordförande",
        "region norrbotten",
    ]
    two = resolve_short_references(
        doc._.actors, {"regionstyrelse", "kommunstyrelse"}, None, LEXICON
    )
    assert [m.canonical for m in two] == ["styrelse", "ordförande", "region"]


OBLIGATION = """
    Kommundirektören kommundirektör NOUN 3 nsubj
    ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
    närvara närvara VERB 0 ROOT VerbForm=Inf
    vid vid ADP 5 case
    sammanträden sammanträde NOUN 3 obl
    . . PUNCT 3 punct
"""


def test_modal_obligation(nlp) -> None:
    assert statements(parsed(nlp, OBLIGATION)) == [
        ("kommundirektör", "obligation", "närvara", False, False)
    ]


def test_verbs_carry_tense_modal_and_auxiliary(nlp) -> None:
    doc = parsed(nlp, OBLIGATION)
    verbs = [
        (v.text, v.lemma, v.tense, v.voice, v.is_auxiliary, v.modal) for v in find_verbs(doc[:])
    ]
    assert verbs == [
        ("ska", "skola", "pres", "act", True, None),
        ("närvara", "närvara", "inf", "act", False, "ska"),
    ]


def test_prohibition_with_negation(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Förvaltningschefen förvaltningschef NOUN 4 nsubj
        får få AUX 4 aux VerbForm=Fin|Tense=Pres
        inte inte ADV 4 advmod
        fatta fatta VERB 0 ROOT VerbForm=Inf
        beslut beslut NOUN 4 obj
    """,
    )
    assert statements(doc) == [("förvaltningschef", "prohibition", "fatta", True, False)]


def test_permission_phrase_takes_the_infinitive_as_aim(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunchefen kommunchef NOUN 2 nsubj
        har ha VERB 0 ROOT VerbForm=Fin|Tense=Pres
        rätt rätt NOUN 2 obj
        att att PART 5 mark
        delta delta VERB 3 acl VerbForm=Inf
        och och CCONJ 7 cc
        yttra yttra VERB 5 conj VerbForm=Inf
        sig sig PRON 7 obj
    """,
    )
    assert statements(doc) == [
        ("kommunchef", "permission", "delta", False, False),
        ("kommunchef", "permission", "yttra", False, False),
    ]


def test_responsibility_without_verb_complement_has_aim_ansvara(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Socialchefen socialchef NOUN 2 nsubj
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        för för ADP 4 case
        beredningen beredning NOUN 2 obl
    """,
    )
    assert statements(doc) == [("socialchef", "responsibility", "ansvara", False, False)]


def test_responsibility_is_ansvarig_for(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommundirektören kommundirektör NOUN 3 nsubj
        är vara AUX 3 cop VerbForm=Fin|Tense=Pres
        ansvarig ansvarig ADJ 0 ROOT
        för för ADP 5 case
        budgeten budget NOUN 3 obl
    """,
    )
    assert statements(doc) == [("kommundirektör", "responsibility", "ansvara", False, False)]


def test_passive_with_agent_gives_the_agent_as_actor(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommundirektören kommundirektör NOUN 2 nsubj:pass
        anställs anställa VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 4 case
        kommunstyrelsen kommunstyrelse NOUN 2 obl:agent
    """,
    )
    assert statements(doc) == [("kommunstyrelse", "none", "anställa", False, True)]


def test_inverted_subject(nlp) -> None:
    doc = parsed(
        nlp,
        """
        För för ADP 2 case
        ärenden ärende NOUN 3 obl
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        kommunchefen kommunchef NOUN 3 nsubj
        för för ADP 6 case
        beredningen beredning NOUN 3 obl
    """,
    )
    assert statements(doc) == [("kommunchef", "responsibility", "ansvara", False, False)]


def test_relative_clause_with_cue_takes_antecedent(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj
        utser utse VERB 0 ROOT VerbForm=Fin|Tense=Pres
        en en DET 4 det
        förvaltningschef förvaltningschef NOUN 2 obj
        som som PRON 7 nsubj
        ska skola AUX 7 aux VerbForm=Fin|Tense=Pres
        leda leda VERB 4 acl:relcl VerbForm=Inf
        arbetet arbete NOUN 7 obj
    """,
    )
    assert statements(doc) == [
        ("nämnd", "none", "utse", False, False),
        ("förvaltningschef", "obligation", "leda", False, False),
    ]


def test_subordinate_clauses_are_not_statements(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunchefen kommunchef NOUN 2 nsubj
        säkerställer säkerställa VERB 0 ROOT VerbForm=Fin|Tense=Pres
        att att SCONJ 5 mark
        nämnden nämnd NOUN 5 nsubj
        informeras informera VERB 2 ccomp VerbForm=Fin|Tense=Pres|Voice=Pass
    """,
    )
    assert statements(doc) == [("kommunchef", "none", "säkerställa", False, False)]


def test_conditions_are_spans(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Direktören direktör NOUN 2 nsubj
        verkställer verkställa VERB 0 ROOT VerbForm=Fin|Tense=Pres
        besluten beslut NOUN 2 obj
        i i ADP 6 case
        samråd samråd NOUN 6 fixed
        med med ADP 7 case
        nämnden nämnd NOUN 2 obl
        . . PUNCT 2 punct
    """,
    )
    [statement] = find(doc[:], doc._.actors)
    start, end = statement.condition_span
    assert doc.text[start:end] == "i samråd med nämnden"


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


def test_main_clause_after_men_is_not_subordinate(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Direktören direktör NOUN 2 nsubj
        ser se VERB 0 ROOT VerbForm=Fin|Tense=Pres
        till till ADP 2 compound:prt
        att att SCONJ 5 mark
        beslut beslut NOUN 2 ccomp
        men men CCONJ 7 cc
        får få AUX 8 aux VerbForm=Fin|Tense=Pres
        inte inte PART 8 advmod
        delta delta VERB 2 conj VerbForm=Inf
    """,
    )
    assert ("direktör", "prohibition", "delta", True, False) in statements(doc)


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


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            """
            Det det PRON 2 expl
            är vara AUX 3 cop
            kommundirektören kommundirektör NOUN 0 ROOT
            som som PRON 5 nsubj
            ansvarar ansvara VERB 3 acl:relcl VerbForm=Fin|Tense=Pres
        """,
            ["kommundirektören"],
        ),
        (
            """
            Förvaltningschefen förvaltningschef NOUN 3 nsubj
            är vara AUX 3 cop
            underställd underställd ADJ 0 ROOT
            kommundirektören kommundirektör NOUN 3 obj
        """,
            ["Förvaltningschefen", "kommundirektören"],
        ),
        (
            """
            Kommunstyrelsen kommunstyrelse NOUN 2 nsubj
            leder leda VERB 0 ROOT VerbForm=Fin|Tense=Pres
            förvaltningen förvaltning NOUN 2 obj
            av av ADP 5 case
            kommunen kommun NOUN 3 nmod
        """,
            ["Kommunstyrelsen", "kommunen"],
        ),
    ],
    ids=["cleft", "participle-object", "activity-noun"],
)
def test_actor_or_not_in_context(nlp, rows: str, expected: list[str]) -> None:
    assert [m.text for m in parsed(nlp, rows)._.actors] == expected


def test_chair_of_a_named_body(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Ordföranden ordförande NOUN 0 ROOT
        i i ADP 3 case
        kommunstyrelsen kommunstyrelse NOUN 1 nmod
    """,
    )
    assert [(m.text, m.canonical) for m in doc._.actors] == [
        ("Ordföranden", "kommunstyrelsens ordförande"),
        ("kommunstyrelsen", "kommunstyrelse"),
    ]


@pytest.mark.parametrize(
    ("word", "pos", "tag", "morph", "dep", "expected"),
    [
        ("leder", "VERB", "VB|PRS|AKT", "VerbForm=Fin|Tense=Pres", "ROOT", True),
        ("verkställs", "VERB", "VB|PRS|SFO", "VerbForm=Fin|Tense=Pres|Voice=Pass", "ROOT", True),
        ("anställd", "VERB", "PC|PRF|UTR|SIN|IND|NOM", "VerbForm=Part", "ROOT", False),
        ("gemensamma", "VERB", "VB|INF|AKT", "VerbForm=Inf", "amod", False),
        ("finnas", "VERB", "VB|INF|SFO", "VerbForm=Inf", "ROOT", True),
        ("ingå", "VERB", "VB|INF|AKT", "VerbForm=Inf", "ROOT", True),
        ("ange", "VERB", "VB|INF|AKT", "VerbForm=Inf", "ROOT", True),
    ],
)
def test_the_tagger_and_parser_decide_what_is_a_verb(
    nlp, word, pos, tag, morph, dep, expected
) -> None:
    from pipeline.nlp.verbs import is_verb

    doc = Doc(
        nlp.vocab,
        words=["X", word],
        pos=["NOUN", pos],
        tags=["NN", tag],
        morphs=["", morph],
        heads=[1, 1],
        deps=["nsubj", dep],
    )
    assert is_verb(doc[1]) is expected


@pytest.mark.parametrize("verb", ["utse", "föreslå", "ingå", "bistå", "ange"])
def test_modal_governs_infinitives_of_any_spelling(nlp, verb) -> None:
    doc = parsed(
        nlp,
        f"""
        Rektorn rektor NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        {verb} {verb} VERB 0 ROOT VerbForm=Inf
        en en DET 5 det
        plan plan NOUN 3 obj
    """,
    )
    assert statements(doc) == [("rektor", "obligation", verb, False, False)]


def test_mistagged_word_after_modal_is_skipped(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Fritidsnämnden fritidsnämnd NOUN 4 nsubj
        kan kunna AUX 4 aux VerbForm=Fin|Tense=Pres
        därutöver därutöver VERB 4 advmod VerbForm=Fin|Tense=Pres
        komma komma VERB 0 ROOT VerbForm=Inf
        att att PART 6 mark
        begära begära VERB 4 xcomp VerbForm=Inf
        yttranden yttrande NOUN 6 obj
    """,
    )
    assert statements(doc) == [("fritidsnämnd", "permission", "begära", False, False)]
    assert [v.text for v in find_verbs(doc[:], doc._.actors)] == ["kan", "komma", "begära"]


def test_kommunen_resolves_to_the_municipality(nlp) -> None:
    doc = parsed(
        nlp,
        """
        kommunen kommun NOUN 0 ROOT
    """,
    )
    [mention] = resolve_short_references(doc._.actors, set(), "Umeå kommun", LEXICON)
    assert mention.canonical == "umeå kommun"
    [unresolved] = resolve_short_references(doc._.actors, set(), "Region Norrbotten", LEXICON)
    assert unresolved.canonical == "kommun"


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


@pytest.mark.parametrize(
    ("word", "canonical", "role"),
    [
        ("VD:n", "verkställande direktör", "chief_executive"),
        ("Förbundsdirektören", "förbundsdirektör", "chief_executive"),
        ("kommunalrådet", "kommunalråd", "chair"),
        ("lekmannarevisorerna", "lekmannarevisor", "auditor"),
        ("bolagsstämman", "bolagsstämma", "assembly"),
        ("ägarrådet", "ägarråd", "owner"),
        ("stadsbyggnadskontoret", "stadsbyggnadskontor", "unit"),
        ("handläggarna", "handläggare", "employee"),
        ("länsstyrelsen", "länsstyrelse", "external"),
    ],
)
def test_roles_and_aliases(nlp, word: str, canonical: str, role: str) -> None:
    doc = parsed(nlp, f"{word} x NOUN 0 ROOT")
    [mention] = doc._.actors
    assert (mention.canonical, mention.role) == (canonical, role)


def test_samråd_is_no_actor() -> None:
    assert LEXICON.analyse("samråd") is None


def test_verkstallande_direktoren_is_one_actor(nlp) -> None:
    doc = parsed(
        nlp,
        """
        verkställande verkställande ADJ 2 amod
        direktören direktör NOUN 0 ROOT
    """,
    )
    assert [(m.text, m.canonical, m.role) for m in doc._.actors] == [
        ("verkställande direktören", "verkställande direktör", "chief_executive")
    ]


@pytest.mark.parametrize(
    ("short", "organisation", "expected"),
    [
        ("bolaget", "Ekbacka Vatten AB", "ekbacka vatten ab"),
        ("förbundet", "Kommunalförbundet Sydvatten", "kommunalförbundet sydvatten"),
        ("bolaget", "Ekbacka kommun", "bolag"),
        ("staden", "Ekbacka stad", "ekbacka stad"),
    ],
)
def test_the_organisation_itself_resolves_to_its_name(nlp, short, organisation, expected):
    doc = parsed(nlp, f"{short} x NOUN 0 ROOT")
    [mention] = resolve_short_references(doc._.actors, set(), organisation, LEXICON)
    assert mention.canonical == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Vid brand ska vakten larma .", "Vid brand"),
        ("Om kassan sjunker , ska ekonomen rapportera .", "Om kassan sjunker"),
        ("I de fall tiden är knapp får ordföranden besluta .", "I de fall tiden är knapp"),
        (
            "Såvida inte nämnden beslutar annat ska chefen delta .",
            "Såvida inte nämnden beslutar annat",
        ),
        ("Chefen beslutar enligt 6 kap. 37 § kommunallagen .", "enligt 6 kap. 37 § kommunallagen"),
    ],
)
def test_conditions_are_kept_whole(nlp, words: str, expected: str) -> None:
    from pipeline.nlp.conditions import condition_span

    tokens = words.split()
    verbs = {"ska", "får", "beslutar", "sjunker", "är", "larma", "rapportera", "besluta", "delta"}
    doc = Doc(
        nlp.vocab,
        words=tokens,
        spaces=[
            tokens[i + 1] not in {",", "."} if i + 1 < len(tokens) else False
            for i in range(len(tokens))
        ],
        pos=["VERB" if t in verbs else "PUNCT" if t in {",", "."} else "NOUN" for t in tokens],
        morphs=[
            "VerbForm=Fin|Tense=Pres"
            if t in verbs - {"larma", "rapportera", "besluta", "delta"}
            else ""
            for t in tokens
        ],
        sent_starts=[True] + [False] * (len(tokens) - 1),
    )
    start, end = condition_span(doc[:])
    assert doc.text[start:end] == expected


@pytest.mark.parametrize(
    ("word", "tag", "passive"),
    [
        ("prövas", "VB|PRS|SFO", True),
        ("finns", "VB|PRS|SFO", False),
        ("prövar", "VB|PRS|AKT", False),
    ],
)
def test_s_forms_are_passive_unless_deponent(nlp, word: str, tag: str, passive: bool) -> None:
    from pipeline.nlp.verbs import is_passive

    doc = Doc(nlp.vocab, words=[word], pos=["VERB"], tags=[tag])
    assert is_passive(doc[0]) is passive


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


@pytest.mark.parametrize(
    ("lead_in", "item", "expected"),
    [
        ("ska", "anlita ADJ amod", [("obligation", "anlita")]),
        ("ansvarar för", "interna ADJ amod", [("responsibility", "ansvara")]),
        ("ansvarar för", "Bevaka PROPN ROOT", [("responsibility", "bevaka")]),
    ],
)
def test_list_items_take_the_lead_in_frame(nlp, lead_in, item, expected) -> None:
    from pipeline.nlp.items import item_statements
    from pipeline.nlp.statements import Statement

    word, pos, dep = item.split()
    doc = Doc(
        nlp.vocab,
        words=[word, "konsulter"],
        pos=[pos, "NOUN"],
        heads=[1, 1] if dep == "amod" else [0, 0],
        deps=[dep, "ROOT" if dep == "amod" else "obj"],
    )
    register_extensions()
    doc._.actors = []
    frame = Statement(
        None,
        "responsibility" if "ansvar" in lead_in else "obligation",
        (0, 3),
        lead_in,
        "ansvara" if "ansvar" in lead_in else "",
        -1,
        -1,
        "x",
        False,
        False,
        None,
        None,
    )
    assert [(s.deontic, s.aim) for _, s in item_statements(doc, frame)] == expected


def test_a_noun_phrase_item_completes_a_passive_lead_in(nlp) -> None:
    from pipeline.nlp.items import item_statements
    from pipeline.nlp.statements import Statement

    register_extensions()
    item = Doc(
        nlp.vocab,
        words=["ärenden", "som", "gäller", "taxor"],
        pos=["NOUN", "PRON", "VERB", "NOUN"],
        morphs=["", "", "VerbForm=Fin|Tense=Pres", ""],
        heads=[0, 2, 0, 2],
        deps=["ROOT", "nsubj", "acl:relcl", "obj"],
    )
    item._.actors = []
    lead = Statement(
        None,
        "prohibition",
        (0, 8),
        "får inte",
        "överlåta",
        20,
        29,
        "överlåtas",
        True,
        True,
        None,
        None,
    )
    [(_, statement)] = item_statements(item, lead)
    assert (statement.deontic, statement.aim, statement.passive, statement.aim_start) == (
        "prohibition",
        "överlåta",
        True,
        -1,
    )
    assert item.text[slice(*statement.object_span)] == "ärenden som gäller taxor"


def test_cue_phrase_around_an_inverted_subject(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Dessutom dessutom ADV 2 advmod
        svarar svara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        nämnden nämnd NOUN 2 nsubj
        för för ADP 5 case
        tillsynen tillsyn NOUN 2 obl
        """,
    )
    assert statements(doc) == [("nämnd", "responsibility", "svara", False, False)]


def test_a_lone_noun_item_in_a_is_no_infinitive(nlp) -> None:
    from pipeline.nlp.items import item_statements
    from pipeline.nlp.statements import Statement

    register_extensions()
    frame = Statement(
        None,
        "responsibility",
        (0, 3),
        "ansvarar för",
        "ansvara",
        -1,
        -1,
        "x",
        False,
        False,
        None,
        None,
    )
    lone = Doc(
        nlp.vocab,
        words=["kulturskola", ","],
        pos=["NOUN", "PUNCT"],
        heads=[0, 0],
        deps=["ROOT", "punct"],
    )
    lone._.actors = []
    [(_, statement)] = item_statements(lone, frame)
    assert (statement.aim, lone.text[slice(*statement.object_span)]) == ("ansvara", "kulturskola")
    verb = Doc(
        nlp.vocab,
        words=["planera", "arbetet"],
        pos=["NOUN", "NOUN"],
        heads=[0, 0],
        deps=["ROOT", "obj"],
    )
    verb._.actors = []
    assert [s.aim for _, s in item_statements(verb, frame)] == ["planera"]


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


def _frame(deontic: str, aim: str, aim_span: tuple[int, int] = (-1, -1)):
    from pipeline.nlp.statements import Statement

    return Statement(None, deontic, None, None, aim, *aim_span, aim, False, False, None, None)


def test_a_noun_phrase_item_is_the_object_of_an_incomplete_lead_in(nlp) -> None:
    from pipeline.nlp.items import item_statements

    register_extensions()
    item = Doc(nlp.vocab, words=["Taxor", "för", "parkering"], pos=["NOUN", "ADP", "NOUN"])
    item._.actors = []
    [(_, statement)] = item_statements(item, _frame("obligation", "besluta"))
    assert (statement.deontic, statement.aim) == ("obligation", "besluta")
    assert item.text[slice(*statement.object_span)] == "Taxor för parkering"
    # after a complete lead-in a phrase item continues its last phrase: no statement
    assert item_statements(item, _frame("obligation", "besluta"), incomplete=False) == []
    # "Nämnden utövar tillsyn över följande verksamheter:" – any deontic, `none` included
    [(_, statement)] = item_statements(item, _frame("none", "utöva"))
    assert (statement.deontic, statement.aim) == ("none", "utöva")


def test_a_genitive_actor_owns_its_subject_unless_it_is_a_responsibility(nlp) -> None:
    rows = """
        Nämndens nämnd NOUN 2 nmod:poss
        {noun} {noun} NOUN 3 nsubj
        omfattar omfatta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        tillsynen tillsyn NOUN 3 obj
        """
    assert statements(parsed(nlp, rows.format(noun="ansvar"))) == [
        ("nämnd", "responsibility", "ansvara", False, False)
    ]
    assert statements(parsed(nlp, rows.format(noun="arbete"))) == []


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


FRONTED_PREPOSITION = """
I i ADP 2 case
nämnden nämnd NOUN 3 obl
sitter sitta VERB 0 ROOT VerbForm=Fin|Tense=Pres
ledamöterna ledamot NOUN 3 nsubj
. . PUNCT 3 punct
"""


def test_an_actor_after_a_sentence_initial_preposition_is_not_the_subject(nlp) -> None:
    assert statements(parsed(nlp, FRONTED_PREPOSITION)) == [
        ("ledamot", "none", "sitta", False, False)
    ]
    words = FRONTED_PREPOSITION.replace("ledamöterna ledamot", "reglerna regel")
    assert statements(parsed(nlp, words)) == []


MISPARSED_PREPOSITIONAL_SUBJECT = """
Utöver utöver ADP 2 case
lagen lag NOUN 3 obl
gäller gälla VERB 0 ROOT VerbForm=Fin|Tense=Pres
reglerna regel NOUN 3 obj
för för ADP 6 case
nämnden nämnd NOUN 3 nsubj
. . PUNCT 3 punct
"""


def test_an_actor_after_a_preposition_is_no_subject_whatever_the_parse(nlp) -> None:
    assert statements(parsed(nlp, MISPARSED_PREPOSITIONAL_SUBJECT)) == []


COORDINATED_INFINITIVE = """
Nämnden nämnd NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
leda leda VERB 0 ROOT VerbForm=Inf
arbetet arbete NOUN 3 obj
och och CCONJ 6 cc
samordna samordna VERB 3 conj VerbForm=Fin|Tense=Past
planeringen planering NOUN 6 obj
. . PUNCT 3 punct
"""


def test_a_verb_conjoined_to_an_infinitive_under_a_cue_shares_the_cue(nlp) -> None:
    assert statements(parsed(nlp, COORDINATED_INFINITIVE)) == [
        ("nämnd", "obligation", "leda", False, False),
        ("nämnd", "obligation", "samordna", False, False),
    ]
    present = COORDINATED_INFINITIVE.replace("samordna samordna", "samordnar samordna")
    assert statements(parsed(nlp, present))[1] == ("nämnd", "none", "samordna", False, False)


RELATIVE_CONJUNCT = """
Nämnden nämnd NOUN 2 nsubj
bereder bereda VERB 0 ROOT VerbForm=Fin|Tense=Pres
ärenden ärende NOUN 2 obj
som som PRON 6 nsubj:pass
ska ska AUX 6 aux VerbForm=Fin|Tense=Pres
tas ta VERB 3 acl:relcl VerbForm=Inf|Voice=Pass
upp upp ADP 6 compound:prt
och och CCONJ 9 cc
behandlas behandla VERB 6 conj VerbForm=Fin|Tense=Pres|Voice=Pass
. . PUNCT 2 punct
"""


def test_a_conjunct_of_a_relative_clause_belongs_to_it(nlp) -> None:
    assert statements(parsed(nlp, RELATIVE_CONJUNCT)) == [("nämnd", "none", "bereda", False, False)]


SUPINE_CONDITION = """
I i ADP 3 case
de den DET 3 det
fall fall NOUN 9 obl
nämnden nämnd NOUN 6 nsubj
inte inte PART 6 advmod
beslutat besluta VERB 3 acl:relcl VerbForm=Sup
ska skola AUX 9 aux VerbForm=Fin|Tense=Pres
chefen chef NOUN 9 nsubj
avgöra avgöra VERB 0 ROOT VerbForm=Inf
frågan fråga NOUN 9 obj
"""


def test_a_fronted_condition_clause_with_a_bare_supine_runs_to_the_main_verb(nlp) -> None:
    doc = parsed(nlp, SUPINE_CONDITION)
    [statement] = find(doc[:], doc._.actors)
    assert doc.text[slice(*statement.condition_span)] == "I de fall nämnden inte beslutat"
    assert statement.actor.canonical == "chef"


CONDITION_AT_THE_OBJECT_EDGE = """
Nämnden nämnd NOUN 2 nsubj
ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
för för ADP 4 case
omsorg omsorg NOUN 2 obl
i i ADP 6 case
enlighet enlighet NOUN 2 obl
med med ADP 8 case
lagen lag NOUN 6 nmod
"""


def test_the_object_stops_before_a_condition_at_its_edge(nlp) -> None:
    doc = parsed(nlp, CONDITION_AT_THE_OBJECT_EDGE)
    [statement] = find(doc[:], doc._.actors)
    assert doc.text[slice(*statement.condition_span)] == "i enlighet med lagen"
    assert doc.text[slice(*statement.object_span)] == "för omsorg"


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


PAST_A_RELATIVE_CLAUSE = """
Nämnden nämnd NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
bevaka bevaka VERB 0 ROOT VerbForm=Inf
de den DET 5 det
frågor fråga NOUN 3 obj
som som PRON 8 nsubj
kan kunna AUX 8 aux VerbForm=Fin|Tense=Pres
påverka påverka VERB 5 acl:relcl VerbForm=Inf
budgeten budget NOUN 8 obj
och och CCONJ 16 cc
regelbundet regelbundet ADV 16 advmod
i i ADP 13 case
samråd samråd NOUN 16 obl
med med ADP 15 case
styrelsen styrelse NOUN 13 nmod
rapportera rapportera VERB 8 advcl VerbForm=Inf
till till ADP 18 case
fullmäktige fullmäktige NOUN 16 obl
. . PUNCT 3 punct
"""


def test_a_relative_clause_and_an_adverbial_do_not_end_the_coordination(nlp) -> None:
    assert statements(parsed(nlp, PAST_A_RELATIVE_CLAUSE)) == [
        ("nämnd", "obligation", "bevaka", False, False),
        ("nämnd", "obligation", "rapportera", False, False),
    ]


RELATIVE_OF_ANOTHER_VOICE = """
Utskottet utskott NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
bereda bereda VERB 0 ROOT VerbForm=Inf
ärenden ärende NOUN 3 obj
som som PRON 7 nsubj:pass
ska ska AUX 7 aux VerbForm=Fin|Tense=Pres
avgöras avgöra VERB 4 acl:relcl VerbForm=Inf|Voice=Pass
av av ADP 9 case
nämnden nämnd NOUN 7 obl:agent
och och CCONJ 11 cc
verkställa verkställa VERB 7 conj VerbForm=Inf
besluten beslut NOUN 11 obj
. . PUNCT 3 punct
"""


def test_a_conjunct_in_the_chain_voice_after_a_relative_clause_joins_the_chain(nlp) -> None:
    assert [s[2] for s in statements(parsed(nlp, RELATIVE_OF_ANOTHER_VOICE))] == [
        "bereda",
        "verkställa",
    ]
    same_voice = RELATIVE_OF_ANOTHER_VOICE.replace(
        "verkställa verkställa VERB 7 conj VerbForm=Inf",
        "verkställas verkställa VERB 7 conj VerbForm=Inf|Voice=Pass",
    )
    assert [s[2] for s in statements(parsed(nlp, same_voice))] == ["bereda"]


INFINITIVE_CLAUSE = """
Direktören direktör NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
verka verka VERB 0 ROOT VerbForm=Inf
för för ADP 6 mark
att att PART 6 mark
stärka stärka VERB 3 advcl VerbForm=Inf
samarbetet samarbete NOUN 6 obj
och och CCONJ 9 cc
utveckla utveckla VERB 6 conj VerbForm=Inf
verksamheten verksamhet NOUN 9 obj
. . PUNCT 3 punct
"""


def test_an_infinitive_clause_keeps_the_infinitives_after_it(nlp) -> None:
    assert [s[2] for s in statements(parsed(nlp, INFINITIVE_CLAUSE))] == ["verka"]


COMMA_LIST = """
Chefen chef NOUN 2 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
anställa anställa VERB 0 ROOT VerbForm=Inf
personal personal NOUN 3 obj
, , PUNCT 6 punct
teckna teckna ADJ 7 amod VerbForm=Part
avtal avtal NOUN 3 obj
och och CCONJ 9 cc
besluta besluta VERB 3 conj VerbForm=Inf
om om ADP 11 case
inköp inköp NOUN 9 obl
. . PUNCT 3 punct
"""


def test_a_comma_list_of_infinitives_closed_by_och(nlp) -> None:
    assert [s[2] for s in statements(parsed(nlp, COMMA_LIST))] == [
        "anställa",
        "teckna",
        "besluta",
    ]
    unclosed = COMMA_LIST.replace("och och CCONJ 9 cc", "samt samt CCONJ 9 cc").replace(
        "besluta besluta VERB 3 conj VerbForm=Inf", "ytterligare ytterligare ADJ 11 amod"
    )
    assert [s[2] for s in statements(parsed(nlp, unclosed))] == ["anställa"]


INNER_CUE_AND_CONJUNCTS = """
Nämnden nämnd NOUN 3 nsubj
ska ska AUX 3 aux VerbForm=Fin|Tense=Pres
ansvara ansvara VERB 0 ROOT VerbForm=Inf
för för ADP 5 case
driften drift NOUN 3 obl
, , PUNCT 7 punct
bereda bereda VERB 3 conj VerbForm=Inf
ärenden ärende NOUN 7 obj
och och CCONJ 10 cc
verkställa verkställa VERB 3 conj VerbForm=Inf
beslut beslut NOUN 10 obj
. . PUNCT 3 punct
"""


def test_conjuncts_of_a_cue_verb_under_a_modal_take_the_modal(nlp) -> None:
    doc = parsed(nlp, INNER_CUE_AND_CONJUNCTS)
    found = [s for sentence in doc.sents for s in find(sentence, doc._.actors)]
    assert [(s.deontic, s.modal_text, s.aim) for s in found] == [
        ("obligation", "ska ansvara för", "ansvara"),
        ("obligation", "ska", "bereda"),
        ("obligation", "ska", "verkställa"),
    ]


CLEFT = """
Det det PRON 3 expl
är vara AUX 3 cop VerbForm=Fin|Tense=Pres
förvaltningschefen förvaltningschef NOUN 0 ROOT
som som PRON 5 nsubj
leder leda VERB 3 acl:cleft VerbForm=Fin|Tense=Pres
arbetet arbete NOUN 5 obj
och och CCONJ 8 cc
har ha VERB 5 conj VerbForm=Fin|Tense=Pres
rollen roll NOUN 8 obj
. . PUNCT 3 punct
"""


def test_the_som_clause_of_a_cleft_is_the_statement(nlp) -> None:
    assert statements(parsed(nlp, CLEFT)) == [
        ("förvaltningschef", "none", "leda", False, False),
        ("förvaltningschef", "none", "ha", False, False),
    ]


PRESENT_READ_AS_NOUN = """
Kommunens kommun PROPN 2 nmod:poss
tjänstepersoner tjänsteperson NOUN 3 nsubj
bereder bereda NOUN 0 ROOT
och och CCONJ 5 cc
förser förse NOUN 3 conj
nämnden nämnd NOUN 5 obj
med med ADP 8 case
underlag underlag NOUN 5 obl
. . PUNCT 3 punct
"""


def test_a_present_read_as_a_noun_conjoins_a_v2_verb(nlp) -> None:
    assert [s[:3] for s in statements(parsed(nlp, PRESENT_READ_AS_NOUN))] == [
        ("tjänsteperson", "none", "bereda"),
        ("tjänsteperson", "none", "förse"),
    ]
    plural = PRESENT_READ_AS_NOUN.replace("förser förse NOUN", "rutiner rutin NOUN")
    assert [s[2] for s in statements(parsed(nlp, plural))] == ["bereda"]


def test_a_tagged_present_without_r_is_no_finite_verb(nlp) -> None:
    """``är av direktionen vald ombud``: every present ends in -r (or -s) but a listed few."""
    doc = parsed(
        nlp,
        """
        Sekreteraren sekreterare NOUN 5 nsubj
        är vara AUX 5 cop VerbForm=Fin|Tense=Pres
        av av ADP 4 case
        direktionen direktion NOUN 5 obl
        vald välja VERB 0 ROOT VerbForm=Fin|Tense=Pres
        ombud ombud NOUN 5 nsubj
        . . PUNCT 5 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("sekreterare", "none", "vara")]


def test_a_sentence_initial_finite_tag_made_subject_is_a_noun(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Val vala VERB 5 nsubj VerbForm=Fin|Tense=Past|Voice=Pass
        av av ADP 3 case
        ombud ombud NOUN 1 nmod
        ska skola AUX 5 aux VerbForm=Fin|Tense=Pres
        ske ske VERB 0 ROOT VerbForm=Inf
        årligen årligen ADV 5 advmod
        . . PUNCT 5 punct
        """,
    )
    assert statements(doc) == []


def test_an_s_form_tagged_infinitive_with_its_own_subject_is_a_present_passive(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Hallen hall NOUN 2 nsubj
        ägs äga VERB 0 ROOT VerbForm=Inf
        av av ADP 4 case
        förbundet förbund NOUN 2 obl
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("förbund", "none", "äga", False, True)]


def test_a_word_in_as_tagged_noun_after_a_modal_is_a_passive_infinitive(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Posten post NOUN 3 nsubj
        bör böra AUX 3 aux VerbForm=Fin|Tense=Pres
        innehas innehas NOUN 0 ROOT Definite=Ind
        av av ADP 5 case
        direktionen direktion NOUN 3 nmod
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("direktion", "recommendation", "inneha", False, True)]


def test_a_present_lemmatised_as_a_noun_in_e_in_a_parsed_series(nlp) -> None:
    """``… förvaltar fonden och sammanträder``: no plural of a noun in -e ends in -r."""
    doc = parsed(
        nlp,
        """
        Utskottet utskott NOUN 2 nsubj
        förvaltar förvalta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        fonden fond NOUN 2 obj
        och och CCONJ 5 cc
        sammanträder sammanträde NOUN 2 conj
        årligen årligen ADV 5 advmod
        . . PUNCT 2 punct
        """,
    )
    assert [s[2] for s in statements(doc)] == ["förvalta", "sammanträda"]


def test_a_comma_list_of_presents_read_as_nouns(nlp) -> None:
    """``förvaltar X, utser Y och sammanträder``: a comma list that och + a present closes."""
    doc = parsed(
        nlp,
        """
        Utskottet utskott NOUN 2 nsubj
        förvaltar förvalta VERB 0 ROOT VerbForm=Fin|Tense=Pres
        fonden fond NOUN 2 obj
        , , PUNCT 5 punct
        utser utser NOUN 2 nsubj
        ombud ombud NOUN 5 conj
        och och CCONJ 8 cc
        sammanträder sammanträda NOUN 6 conj
        årligen årligen ADV 8 advmod
        . . PUNCT 2 punct
        """,
    )
    assert [s[2] for s in statements(doc)] == ["förvalta", "utse", "sammanträda"]
    objects = """
    Utskottet utskott NOUN 2 nsubj
    beslutar besluta VERB 0 ROOT VerbForm=Fin|Tense=Pres
    om om ADP 4 case
    mål mål NOUN 2 obl
    och och CCONJ 6 cc
    riktlinjer riktlinja NOUN 4 conj
    . . PUNCT 2 punct
    """
    assert [s[2] for s in statements(parsed(nlp, objects))] == ["besluta"]


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


def test_a_passive_conjunct_finds_its_own_agent_and_the_active_one_keeps_the_subject(nlp):
    doc = parsed(
        nlp,
        """
        Ekonomichefen ekonomichef NOUN 2 nsubj:pass
        utses utse VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 4 case
        kommundirektören kommundirektör NOUN 2 obl:agent
        och och CCONJ 6 cc
        rapporterar rapportera VERB 2 conj VerbForm=Fin|Tense=Pres|Voice=Act
        till till ADP 8 case
        styrelsen styrelse NOUN 6 obl
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("kommundirektör", "none", "utse", False, True),
        ("ekonomichef", "none", "rapportera", False, False),
    ]


def test_an_active_verb_then_a_passive_conjunct_with_its_agent(nlp):
    doc = parsed(
        nlp,
        """
        Hamnchefen hamnchef NOUN 2 nsubj
        leder leda VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
        hamnkontoret hamnkontor NOUN 2 obj
        och och CCONJ 5 cc
        utses utse VERB 2 conj VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 7 case
        styrelsen styrelse NOUN 5 obl:agent
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [
        ("hamnchef", "none", "leda", False, False),
        ("styrelse", "none", "utse", False, True),
    ]


def test_an_s_passive_the_tagger_read_as_a_definite_noun_is_the_verb(nlp):
    # the tagger's misreading: the passive as a definite noun heading the subject
    doc = parsed(
        nlp,
        """
        Hamnchefen hamnchef NOUN 2 nmod:poss Definite=Def|Case=Nom
        anställs anställa NOUN 0 ROOT Definite=Def|Case=Nom|Number=Sing
        av av ADP 4 case
        styrelsen styrelse NOUN 2 nmod
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("styrelse", "none", "anställa", False, True)]


def test_a_long_comma_insertion_after_a_modal_is_skipped_as_one_unit(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Förbundsdirektören förbundsdirektör NOUN 2 nsubj
        får få VERB 0 ROOT VerbForm=Fin|Tense=Pres
        , , PUNCT 2 punct
        efter efter ADP 5 case
        samråd samråd NOUN 2 obl
        med med ADP 7 case
        ordföranden ordförande NOUN 5 nmod
        och och CCONJ 11 cc
        om om SCONJ 11 mark
        det det PRON 11 expl
        finns finnas VERB 5 advcl VerbForm=Fin|Tense=Pres
        särskilda särskild ADJ 13 amod
        skäl skäl NOUN 11 nsubj
        , , PUNCT 19 punct
        i i ADP 18 case
        ett en DET 18 det
        enskilt enskild ADJ 18 amod
        ärende ärende ADJ 19 obl
        besluta besluta VERB 5 acl:relcl VerbForm=Inf
        om om ADP 21 case
        undantag undantag NOUN 19 obl
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("förbundsdirektör", "permission", "besluta", False, False)]
    verbs = {v.text: v.modal for v in find_verbs(doc[:], doc._.actors)}
    assert verbs["besluta"] == "får"


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


def test_a_present_read_as_a_noun_in_a_relative_clause_is_a_verb(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Skrivelsen skrivelse NOUN 3 nsubj:pass
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        undertecknas underteckna VERB 0 ROOT VerbForm=Inf|Voice=Pass
        av av ADP 6 case
        en en DET 6 det
        person person NOUN 3 obl:agent
        som som SCONJ 9 mark
        revisorerna revisor NOUN 9 amod
        utser utse NOUN 6 conj
        . . PUNCT 3 punct
        """,
    )
    verbs = [(v.text, v.lemma, v.tense) for v in find_verbs(doc[:], doc._.actors)]
    assert ("utser", "utse", "pres") in verbs
    after_verb = """
    Uppdraget uppdrag NOUN 2 nsubj:pass
    utses utse VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
    som som SCONJ 4 mark
    biträder biträda NOUN 2 obl
    . . PUNCT 2 punct
    """
    assert "biträder" not in [v.text for v in find_verbs(parsed(nlp, after_verb)[:])]


def test_a_condition_clause_without_commas_in_the_modal_slot_is_one_unit(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Styrelsen styrelse NOUN 2 nsubj
        får få VERB 0 ROOT VerbForm=Fin|Tense=Pres
        om om ADP 5 case
        synnerliga synnerlig ADJ 5 amod
        skäl skäl NOUN 6 nsubj
        föreligger föreligga VERB 2 advcl VerbForm=Fin|Tense=Pres
        medge medge NOUN 6 obj
        anstånd anstånd NOUN 6 xcomp
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("styrelse", "permission", "medge", False, False)]


def test_an_infinitive_clause_after_a_preposition_in_the_modal_slot_is_one_unit(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Ekonomichefen ekonomichef NOUN 15 nsubj
        ska skola AUX 15 aux VerbForm=Fin|Tense=Pres
        i i ADP 4 case
        samråd samråd NOUN 10 obl
        med med ADP 6 case
        kommundirektören kommundirektör NOUN 4 nmod
        och och CCONJ 10 cc
        efter efter ADP 10 mark
        att att PART 10 mark
        ha ha VERB 15 advcl VerbForm=Inf
        inhämtat inhämta VERB 10 conj VerbForm=Sup
        synpunkter synpunkt NOUN 11 obj
        från från ADP 14 case
        förvaltningscheferna förvaltningschef NOUN 12 nmod
        upprätta upprätta VERB 0 ROOT VerbForm=Inf
        en en DET 17 det
        budgetplan budgetplan NOUN 15 obj
        . . PUNCT 15 punct
        """,
    )
    assert statements(doc) == [("ekonomichef", "obligation", "upprätta", False, False)]


def test_i_den_man_opens_a_subordinate_clause_inside_an_insertion(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommundirektören kommundirektör NOUN 8 nsubj:pass
        ska skola AUX 8 aux VerbForm=Fin|Tense=Pres
        , , PUNCT 8 punct
        i i ADP 6 case
        den den DET 6 det
        mån mån NOUN 8 obl
        det det PRON 8 expl
        behövs behöva VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        och och CCONJ 11 cc
        efter efter ADP 11 case
        samråd samråd NOUN 8 conj
        , , PUNCT 13 punct
        informera informera VERB 8 conj VerbForm=Inf
        nämnderna nämnd NOUN 13 obj
        . . PUNCT 8 punct
        """,
    )
    assert statements(doc) == [("kommundirektör", "obligation", "informera", False, False)]


def test_a_relative_clause_inside_an_adverbial_in_the_modal_slot_is_one_unit(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunstyrelsen kommunstyrelse NOUN 2 nsubj
        får få VERB 0 ROOT VerbForm=Fin|Tense=Pres
        i i ADP 5 case
        brådskande brådskande ADJ 5 amod
        ärenden ärende NOUN 2 obl
        där där ADV 11 advmod
        nämndens nämnd NOUN 8 nmod:poss Case=Gen
        beslut beslut NOUN 11 nsubj:pass
        inte inte PART 11 advmod
        kan kunna AUX 11 aux VerbForm=Fin|Tense=Pres
        avvaktas avvakta VERB 5 acl:relcl VerbForm=Inf|Voice=Pass
        besluta besluta VERB 2 xcomp VerbForm=Inf
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("kommunstyrelse", "permission", "besluta", False, False)]
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


def test_a_passive_conjunct_of_an_att_clause_stays_in_that_clause(nlp):
    doc = parsed(
        nlp,
        """
        Direktören direktör NOUN 2 nsubj
        ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
        för för ADP 7 mark
        att att SCONJ 7 mark
        fattade fatta ADJ 6 amod
        beslut beslut NOUN 7 nsubj:pass
        genomförs genomföra VERB 2 advcl VerbForm=Fin|Tense=Pres|Voice=Pass
        och och CCONJ 9 cc
        följs följa VERB 7 conj VerbForm=Fin|Tense=Pres|Voice=Pass
        upp upp ADV 9 compound:prt
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("direktör", "responsibility", "ansvara")]


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


def test_a_listed_infinitive_after_och_continues_the_chain_past_a_relative_clause(nlp):
    doc = parsed(
        nlp,
        """
        Personalen personal NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        verkställa verkställa VERB 0 ROOT VerbForm=Inf
        det den PRON 3 obj
        som som PRON 6 nsubj:pass
        beslutas besluta VERB 4 acl:relcl VerbForm=Fin|Tense=Pres|Voice=Pass
        av av ADP 8 case
        nämnden nämnd NOUN 6 obl:agent
        eller eller CCONJ 10 cc
        styrelsen styrelse NOUN 8 conj
        , , PUNCT 13 punct
        och och CCONJ 13 cc
        avge avge NOUN 10 conj
        yttranden yttrande NOUN 13 obj
        . . PUNCT 3 punct
        """,
    )
    assert [s[2] for s in statements(doc)] == ["verkställa", "avge"]


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


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("tillstyrelsen", ("till", "styrelsen")),
        ("hoskommunstyrelsen", ("hos", "kommunstyrelsen")),
        ("nämndensom", ("nämnden", "som")),
        ("underkoncernen", None),  # a compound the lexicon knows: no glued preposition
        ("förvaltningschefen", None),  # `valtningschefen` is no word
        ("tillsynsnämnden", None),  # a known word
    ],
)
def test_glued_words_are_split_only_into_known_words(word, parts):
    from pipeline.nlp.merges import glued_parts

    assert glued_parts(word, LEXICON) == parts


def test_a_glued_preposition_is_split_off_before_the_tagger(nlp):
    """PDF text `Ärendet överlämnas tillstyrelsen för beslut.`: `styrelsen` is the actor
    inside the glued token, at its own offset."""
    from pipeline.nlp.merges import split_glued

    doc = split_glued(nlp("Ärendet överlämnas tillstyrelsen för beslut."), LEXICON)
    assert [t.text for t in doc][2:4] == ["till", "styrelsen"]
    assert doc.text == "Ärendet överlämnas tillstyrelsen för beslut."
    assert doc.text[doc[3].idx : doc[3].idx + len("styrelsen")] == "styrelsen"
    assert [m.text for m in find_actors(doc, LEXICON)] == ["styrelsen"]


POSTPOSED_CONDITION = """
Sekreteraren sekreterare NOUN 2 nsubj
skriver skriva VERB 0 ROOT VerbForm=Fin|Tense=Pres
protokollet protokoll NOUN 2 obj
om om ADP 6 mark
inte inte PART 6 advmod
ordföranden ordförande NOUN 2 advcl
utser utse NOUN 2 obj
någon någon DET 9 det
annan annan ADJ 2 xcomp
eller eller CCONJ 11 cc
nämnden nämnd NOUN 9 conj
beslutar besluta VERB 2 conj VerbForm=Fin|Tense=Pres
annat annan PRON 12 obj
. . PUNCT 2 punct
"""


def test_a_postposed_conditional_clause_is_the_condition_and_gives_no_statement(nlp) -> None:
    doc = parsed(nlp, POSTPOSED_CONDITION)
    [statement] = find(doc[:], doc._.actors)
    assert (statement.actor.canonical, statement.aim) == ("sekreterare", "skriva")
    assert doc.text[slice(*statement.condition_span)] == (
        "om inte ordföranden utser någon annan eller nämnden beslutar annat"
    )
    assert doc.text[slice(*statement.object_span)] == "protokollet"


def test_a_postposed_condition_in_commas_holds_for_the_later_conjunct_only(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Direktören direktör NOUN 3 nsubj
        ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
        bereda bereda VERB 0 ROOT VerbForm=Inf
        ärenden ärende NOUN 3 obj
        och och CCONJ 12 cc
        , , PUNCT 12 punct
        när när SCONJ 10 mark
        nämnden nämnd NOUN 10 nsubj
        så så ADV 10 advmod
        begär begära NOUN 12 obl
        , , PUNCT 12 punct
        lämna lämna VERB 3 conj VerbForm=Inf
        förslag förslag NOUN 12 obj
        . . PUNCT 3 punct
        """,
    )
    first, second = find(doc[:], doc._.actors)
    assert (first.aim, first.condition_span) == ("bereda", None)
    assert second.aim == "lämna"
    assert doc.text[slice(*second.condition_span)] == "när nämnden så begär"


def test_the_om_of_a_verb_of_deciding_opens_no_condition(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Styrelsen styrelse NOUN 2 nsubj
        prövar pröva VERB 0 ROOT VerbForm=Fin|Tense=Pres
        om om SCONJ 6 mark
        bolaget bolag NOUN 6 nsubj
        ska skola AUX 6 aux VerbForm=Fin|Tense=Pres
        låna låna VERB 2 ccomp VerbForm=Inf
        . . PUNCT 2 punct
        """,
    )
    assert all(s.condition_span is None for s in find(doc[:], doc._.actors))


def test_a_condition_between_a_modal_and_its_infinitive_ends_before_the_infinitive(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Styrelsen styrelse NOUN 2 nsubj
        får få VERB 0 ROOT VerbForm=Fin|Tense=Pres
        om om ADP 5 case
        synnerliga synnerlig ADJ 5 amod
        skäl skäl NOUN 6 nsubj
        föreligger föreligga VERB 2 advcl VerbForm=Fin|Tense=Pres
        medge medge NOUN 6 obj
        anstånd anstånd NOUN 6 xcomp
        . . PUNCT 2 punct
        """,
    )
    [statement] = find(doc[:], doc._.actors)
    assert (statement.deontic, statement.aim) == ("permission", "medge")
    assert doc.text[slice(*statement.condition_span)] == "om synnerliga skäl föreligger"


def test_a_raising_verb_passes_the_aim_to_its_infinitive_and_cancels_the_modal(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Kommunstyrelsen kommunstyrelse NOUN 3 nsubj:pass
        kan kunna AUX 3 aux VerbForm=Fin|Tense=Pres
        sägas säga VERB 0 ROOT VerbForm=Inf|Voice=Pass
        vara vara AUX 6 cop VerbForm=Inf
        kommunens kommun NOUN 6 nmod:poss Case=Gen
        motor motor NOUN 3 xcomp
        . . PUNCT 3 punct
        """,
    )
    assert statements(doc) == [("kommunstyrelse", "none", "vara", False, False)]
    needs = """
    Kommunchefen kommunchef NOUN 2 nsubj
    behöver behöva VERB 0 ROOT VerbForm=Fin|Tense=Pres
    ha ha VERB 2 xcomp VerbForm=Inf
    kännedom kännedom NOUN 3 obj
    """
    assert statements(parsed(nlp, needs)) == [("kommunchef", "none", "ha", False, False)]


def test_a_raising_verb_before_an_inverted_subject(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Vidare vidare ADV 2 advmod
        behöver behöva VERB 0 ROOT VerbForm=Fin|Tense=Pres
        kommunen kommun NOUN 2 nsubj
        även även ADV 5 advmod
        ha ha VERB 2 xcomp VerbForm=Inf
        en en DET 7 det
        valnämnd valnämnd NOUN 5 obj
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("kommun", "none", "ha", False, False)]


def test_a_coordinated_relative_clause_shares_the_antecedent_of_the_first(nlp) -> None:
    doc = parsed(
        nlp,
        """
        Det det PRON 3 expl
        finns finnas VERB 0 ROOT VerbForm=Fin|Tense=Pres
        en en DET 4 det
        nämnd nämnd NOUN 2 nsubj
        som som PRON 6 nsubj
        leder leda VERB 4 acl:relcl VerbForm=Fin|Tense=Pres
        arbetet arbete NOUN 6 obj
        i i ADP 9 case
        kommunen kommun NOUN 7 nmod
        och och CCONJ 13 cc
        som som PRON 13 nsubj
        ska skola AUX 13 aux VerbForm=Fin|Tense=Pres
        samordna samordna VERB 6 conj VerbForm=Inf
        planeringen planering NOUN 13 obj
        . . PUNCT 2 punct
        """,
    )
    assert ("nämnd", "obligation", "samordna", False, False) in statements(doc)
    assert all(s[0] != "kommun" for s in statements(doc))


def test_om_before_a_noun_phrase_with_a_postmodifier_or_a_question_word_is_no_condition(
    nlp,
) -> None:
    from pipeline.nlp.conditions import postposed_clause

    about = parsed(
        nlp,
        """
        Det det PRON 2 nsubj
        föreskrivs föreskriva VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
        om om ADP 4 case
        nämnder nämnd NOUN 2 obl
        i i ADP 6 case
        lagen lag NOUN 4 nmod
        gäller gälla VERB 2 conj VerbForm=Fin|Tense=Pres
        också också ADV 7 advmod
        """,
    )
    assert postposed_clause(about[:]) is None
    how = parsed(
        nlp,
        """
        Nämnden nämnd NOUN 2 nsubj
        rapporterar rapportera VERB 0 ROOT VerbForm=Fin|Tense=Pres
        om om SCONJ 6 mark
        hur hur ADV 6 advmod
        verksamheten verksamhet NOUN 6 nsubj
        utvecklas utveckla VERB 2 ccomp VerbForm=Fin|Tense=Pres|Voice=Pass
        """,
    )
    assert postposed_clause(how[:]) is None
    regarding = parsed(
        nlp,
        """
        Chefen chef NOUN 2 nsubj
        biträder biträda VERB 0 ROOT VerbForm=Fin|Tense=Pres
        nämnden nämnd NOUN 2 obj
        när när SCONJ 6 mark
        det det PRON 6 nsubj
        gäller gälla VERB 2 advcl VerbForm=Fin|Tense=Pres
        budgeten budget NOUN 6 obj
        """,
    )
    assert postposed_clause(regarding[:]) is None


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


def test_a_finite_verb_past_a_relative_clause_after_the_main_verbs_is_embedded(nlp) -> None:
    # round 7 (analysis-6 cause 21, `har att`): "… har att tillämpa de regler som ägaren har
    # bestämt ska användas": `ska användas` is the object clause of `bestämt` (no `att`),
    # not a second main clause (none follows another unjoined)
    doc = parsed(
        nlp,
        """
        Bolaget bolag NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
        att att PART 4 mark
        tillämpa tillämpa VERB 2 xcomp VerbForm=Inf
        de de DET 6 det
        regler regel NOUN 4 obj Case=Nom|Definite=Def|Number=Plur
        som som PRON 10 mark
        ägaren ägare NOUN 10 nsubj Case=Nom|Definite=Def|Number=Sing
        har ha AUX 10 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        bestämt bestämma VERB 6 acl:relcl VerbForm=Sup
        ska skola AUX 12 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        användas använda VERB 10 ccomp VerbForm=Inf|Voice=Pass
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("bolag", "obligation", "tillämpa", False, False)]


def test_a_finite_verb_after_a_relative_clause_ending_in_an_infinitive_is_the_main_verb(
    nlp,
) -> None:
    # round 7 (analysis-6 cause 13): "Den handläggare som har fått i uppdrag att utreda
    # frågan redovisar resultatet": an infinitive clause holds no finite verb, and the
    # relative clause has its own (`har`), so `redovisar` is the main verb; likewise past a
    # stranded preposition ("De frågor som nämnden har att pröva om ska beredas")
    doc = parsed(
        nlp,
        """
        Den den DET 2 det
        handläggaren handläggare NOUN 12 nsubj Case=Nom|Definite=Def|Number=Sing
        som som PRON 5 nsubj
        har ha AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        fått få VERB 2 acl:relcl VerbForm=Sup
        i i ADP 7 case
        uppdrag uppdrag NOUN 5 obl Case=Nom|Definite=Ind|Number=Sing
        att att PART 9 mark
        utreda utreda VERB 7 acl VerbForm=Inf
        frågan fråga NOUN 9 obj Case=Nom|Definite=Def|Number=Sing
        ofta ofta ADV 12 advmod
        redovisar redovisa VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
        resultatet resultat NOUN 12 obj Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 12 punct
        """,
    )
    assert statements(doc) == [("handläggare", "none", "redovisa", False, False)]
    stranded = parsed(
        nlp,
        """
        De de DET 2 det
        frågor fråga NOUN 10 nsubj:pass Case=Nom|Definite=Def|Number=Plur
        som som PRON 5 obj
        nämnden nämnd NOUN 5 nsubj Case=Nom|Definite=Def|Number=Sing
        har ha VERB 2 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin
        att att PART 7 mark
        pröva pröva VERB 5 xcomp VerbForm=Inf
        om om SCONJ 10 mark
        ska skola AUX 10 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        beredas bereda VERB 0 ROOT VerbForm=Inf|Voice=Pass
        av av ADP 12 case
        kansliet kansli NOUN 10 obl:agent Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 10 punct
        """,
    )
    assert statements(stranded) == [("kansli", "obligation", "bereda", False, True)]


MULTIWORD_ADVERB_IN_CUE = """
Kansliet kansli NOUN 2 nsubj Definite=Def
svarar svara VERB 0 ROOT VerbForm=Fin|Tense=Pres
bland bland ADP 4 case
annat annan PRON 2 obl
för för ADP 6 case
arkivet arkiv NOUN 2 obl Definite=Def
. . PUNCT 2 punct
"""


def test_a_multiword_adverb_is_one_word_inside_a_cue(nlp):
    """`bland annat` (configs/grammar.yaml `multiword_adverbs`) is one adverb after the
    merge (pipeline/nlp/merges.py): `Kansliet svarar bland annat för arkivet` is the cue
    `svarar för`, as with `också` (round 7)."""
    from pipeline.nlp.merges import merge_free_choice

    doc = parsed(nlp, MULTIWORD_ADVERB_IN_CUE)
    text = doc.text
    merge_free_choice(doc)
    doc._.actors = find_actors(doc, LEXICON)
    assert doc.text == text
    assert (doc[2].text, doc[2].pos_, doc[2].dep_) == ("bland annat", "ADV", "advmod")
    assert [s[:3] for s in statements(doc)] == [("kansli", "responsibility", "svara")]


def test_raising_verb_slot_skips_a_prepositional_phrase(nlp) -> None:
    """``behöver vid varje möte göra``: as in the modal's slot, adverbials (a preposition and
    its noun phrase) may stand between a raising verb and its infinitive, the aim."""
    doc = parsed(
        nlp,
        """
        Sekreteraren sekreterare NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
        behöver behöva VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        vid vid ADP 5 case
        varje varje DET 5 det
        möte möte NOUN 6 obl Case=Nom|Definite=Ind|Number=Sing
        föra föra VERB 2 xcomp VerbForm=Inf|Voice=Act
        protokoll protokoll NOUN 6 obj Case=Nom|Definite=Ind|Number=Sing
        . . PUNCT 2 punct
        """,
    )
    assert statements(doc) == [("sekreterare", "none", "föra", False, False)]


def test_hur_with_a_quantifier_opens_an_indirect_question(nlp) -> None:
    """``bestämmer hur stora anslag som ska …``: `hur` + quantifier/adjective + noun + `som`
    is an indirect question (configs/grammar.yaml interrogatives), like ``vilka N som``: its
    verb states nothing, only the main clause."""
    doc = parsed(
        nlp,
        """
        Fullmäktige fullmäktige NOUN 2 nsubj Case=Nom|Definite=Ind|Number=Sing
        bestämmer bestämma VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
        hur hur ADV 4 advmod
        många många ADJ 5 amod
        ledamöter ledamot NOUN 9 nsubj Case=Nom|Definite=Ind|Number=Plur
        som som PRON 9 nsubj
        ska skola AUX 9 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        ingå ingå VERB 2 ccomp VerbForm=Inf|Voice=Act
        i i ADP 10 case
        styrelsen styrelse NOUN 8 obl Case=Nom|Definite=Def|Number=Sing
        . . PUNCT 2 punct
        """,
    )
    assert [s[:3] for s in statements(doc)] == [("fullmäktige", "none", "bestämma")]


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


CLEFT_WITH_OBJECT_RELATIVE = """
Det den PRON 3 expl
är vara AUX 3 cop VerbForm=Fin|Tense=Pres
nämnden nämnd NOUN 0 ROOT
som som PRON 5 nsubj
utser utse VERB 3 acl:cleft Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
revisorerna revisor NOUN 5 obj
och och CCONJ 9 cc
de de DET 9 det
ombud ombud NOUN 6 conj
som som PRON 12 nsubj
är vara AUX 12 cop VerbForm=Fin|Tense=Pres
knutna knyta ADJ 9 acl:relcl
till till ADP 14 case
styrelsen styrelse NOUN 12 obl
. . PUNCT 3 punct
"""


def test_a_cleft_takes_only_the_first_som_after_its_focus(nlp) -> None:
    """analysis-10 cause 5: ``Det är X som V Y och de Z som är …``: the later som is the
    relative clause of the cleft's object; its verb is no statement of the focus."""
    assert statements(parsed(nlp, CLEFT_WITH_OBJECT_RELATIVE)) == [
        ("nämnd", "none", "utse", False, False)
    ]


def test_a_coordinated_som_clause_still_goes_on_the_cleft(nlp) -> None:
    """``Det är X som V1 Y och som V2 Z``: och + som coordinates a second cleft clause."""
    coordinated = """
    Det den PRON 3 expl
    är vara AUX 3 cop VerbForm=Fin|Tense=Pres
    nämnden nämnd NOUN 0 ROOT
    som som PRON 5 nsubj
    utser utse VERB 3 acl:cleft Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    revisorerna revisor NOUN 5 obj
    och och CCONJ 9 cc
    som som PRON 9 nsubj
    beslutar besluta VERB 5 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    om om ADP 11 case
    arvoden arvode NOUN 9 obl
    . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, coordinated)) == [
        ("nämnd", "none", "utse", False, False),
        ("nämnd", "none", "besluta", False, False),
    ]
    # the coordinated clause's present read as a noun is its finite verb (groups.v2_present)
    as_noun = coordinated.replace(
        "beslutar besluta VERB 5 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act",
        "beslutar besluta NOUN 5 conj",
    )
    assert [s[2] for s in statements(parsed(nlp, as_noun))] == ["utse", "besluta"]


RELATIVE_SERIES_ON_THE_MAIN_VERB = """
Staden stad NOUN 2 nsubj
har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
två två NUM 4 nummod
bolag bolag NOUN 2 obj
som som PRON 6 nsubj
förvaltar förvalta VERB 4 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
fastigheterna fastighet NOUN 6 obj
, , PUNCT 9 punct
hyr hyra NOUN 2 conj
ut ut ADV 2 compound:prt
lokaler lokal NOUN 2 obj
samt samt CCONJ 13 cc
sköter sköta VERB 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
parkeringen parkering NOUN 13 obj
. . PUNCT 2 punct
"""


def test_a_relative_clause_runs_through_its_comma_series(nlp) -> None:
    """analysis-10 cause 5: ``N som V1 …, V2 … samt V3 …`` after the main verb: V3 goes on
    the relative clause's series even where the parser conjoins it to the main verb (and the
    middle verb is read as a noun); the main subject gets only its own verb."""
    assert statements(parsed(nlp, RELATIVE_SERIES_ON_THE_MAIN_VERB)) == [
        ("stad", "none", "ha", False, False)
    ]
    # ", och" + a finite verb goes back to the main clause
    main = RELATIVE_SERIES_ON_THE_MAIN_VERB.replace(
        "lokaler lokal NOUN 2 obj", ", , PUNCT 13 punct"
    )
    main = main.replace("samt samt CCONJ", "och och CCONJ")
    assert [s[2] for s in statements(parsed(nlp, main))] == ["ha", "sköta"]


RELATIVE_WITH_A_MODAL = """
    Nämnden nämnd NOUN 2 nsubj
    bereder bereda VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Act
    ärenden ärende NOUN 2 obj
    som som PRON 6 nsubj:pass
    ska skola AUX 6 aux VerbForm=Fin|Tense=Pres
    avgöras avgöra VERB 3 acl:relcl VerbForm=Inf|Voice=Pass
    av av ADP 8 case
    fullmäktige fullmäktige NOUN 6 obl:agent
    , , PUNCT 10 punct
    yttrar yttra VERB 2 conj VerbForm=Fin|Tense=Pres|Voice=Act
    sig sig PRON 10 obj
    över över ADP 13 case
    remisser remiss NOUN 10 obl
    och och CCONJ 15 cc
    fastställer fastställa VERB 2 conj VerbForm=Fin|Tense=Pres|Voice=Act
    taxor taxa NOUN 15 obj
    . . PUNCT 2 punct
"""


def test_a_relative_clause_with_a_modal_has_no_finite_series(nlp) -> None:
    """regress-a11: after ``som ska`` + infinitive the relative clause goes on in
    infinitives, never a finite verb, so ``, yttrar … och fastställer …`` are the main
    subject's verbs again."""
    main_verbs = [s[2] for s in statements(parsed(nlp, RELATIVE_WITH_A_MODAL)) if s[0] == "nämnd"]
    assert main_verbs == ["bereda", "yttra", "fastställa"]


def test_archaic_infinitives_and_presents_take_the_modern_lemma(nlp) -> None:
    """Older statute language (round 13, analysis-13 cause 5): the long infinitives `giva`,
    `taga`, `hava`, `utgiva`, `vidtaga` and presents `giver`, `tager` are the verbs ge, ta, ha,
    utge, vidta (configs/grammar.yaml `irregular_lemmas`), also where the tagger reads the
    infinitive as a noun."""
    tagged = """
    Kommittén kommitté NOUN 3 nsubj Definite=Def|Number=Sing
    skall skola AUX 3 aux VerbForm=Fin|Tense=Pres
    utgiva utgiva VERB 0 ROOT VerbForm=Inf
    skrifter skrift NOUN 3 obj
    . . PUNCT 3 punct
    """
    assert statements(parsed(nlp, tagged)) == [("kommitté", "obligation", "utge", False, False)]
    as_noun = tagged.replace("utgiva utgiva VERB 0 ROOT VerbForm=Inf", "giva giva NOUN 0 ROOT")
    doc = parsed(nlp, as_noun)
    assert statements(doc) == [("kommitté", "obligation", "ge", False, False)]
    present = """
    Styrelsen styrelse NOUN 2 nsubj Definite=Def|Number=Sing
    giver giva VERB 0 ROOT VerbForm=Fin|Tense=Pres
    anvisningar anvisning NOUN 2 obj
    . . PUNCT 2 punct
    """
    assert statements(parsed(nlp, present)) == [("styrelse", "none", "ge", False, False)]
