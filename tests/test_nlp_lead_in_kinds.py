"""Lead-ins without a verb cue (bare actor, `I X:s uppgifter ingår:`, `Det ankommer på X:`)
and subordinate clauses without a subordinator, on hand-parsed, invented clauses."""

from __future__ import annotations

from pipeline.nlp.components import StatementFinder
from pipeline.nlp.lead_ins import lead_in
from tests.nlp_helpers import CUES, parsed, statements
from tests.test_nlp_document_rules import resolved

BARE_ACTOR = """
Skolnämnden skolnämnd NOUN 0 ROOT
"""

FINITE_ITEM = """
planerar planera VERB 0 ROOT VerbForm=Fin|Tense=Pres
och och CCONJ 3 cc
följer följa VERB 1 conj VerbForm=Fin|Tense=Pres
upp upp ADP 3 compound:prt
skolskjutsarna skolskjuts NOUN 3 obj
"""

CUE_ITEM = """
ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
för för ADP 3 case
lokalerna lokal NOUN 1 obl
"""


def test_a_bare_actor_lead_in_is_the_subject_of_its_finite_items(nlp) -> None:
    found = resolved(nlp, {"1": BARE_ACTOR, "1.a": FINITE_ITEM, "1.b": CUE_ITEM})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("skolnämnd", "none", "planera"),
        ("skolnämnd", "none", "följa"),
    ]
    assert [(a, d, aim) for a, d, aim, *_ in found["1.b"]] == [
        ("skolnämnd", "responsibility", "ansvara")
    ]


def test_a_genitive_alone_is_no_lead_in(nlp) -> None:
    genitive = "Skolnämndens skolnämnd NOUN 0 ROOT"
    assert resolved(nlp, {"1": genitive, "1.a": FINITE_ITEM})["1.a"] == []


CONTAINING = """
I i ADP 3 case
{actor} {lemma} NOUN 3 nmod:poss
uppgifter uppgift NOUN 4 obl
ingår ingå VERB 0 ROOT VerbForm=Fin|Tense=Pres
bland bland ADP 6 case
annat annan PRON 4 obl
: : PUNCT 4 punct
"""

ATT_ITEM = """
att att PART 2 mark
granska granska VERB 0 ROOT VerbForm=Inf
räkenskaperna räkenskap NOUN 2 obj
"""

NOUN_ITEM = """
ansvar ansvar NOUN 0 ROOT
för för ADP 3 case
arkivet arkiv NOUN 1 nmod
"""


def test_tasks_that_contain_the_items_make_a_responsibility_lead_in(nlp) -> None:
    lead_in = CONTAINING.format(actor="sekreterarens", lemma="sekreterare")
    found = resolved(nlp, {"1": lead_in, "1.a": ATT_ITEM, "1.b": NOUN_ITEM})
    assert found["1"] == []
    assert [s[:3] for s in found["1.a"]] == [("sekreterare", "responsibility", "granska")]
    assert [s[:3] for s in found["1.b"]] == [("sekreterare", "responsibility", "ansvara")]
    # a possessor that is no actor leads nothing (§5.1: "I rollen ingår …")
    no_actor = CONTAINING.format(actor="rollens", lemma="roll")
    assert resolved(nlp, {"1": no_actor, "1.a": ATT_ITEM})["1.a"] == []


EXPLETIVE_CUE = """
Det det PRON 2 expl
ankommer ankomma VERB 0 ROOT VerbForm=Fin|Tense=Pres
på på ADP 4 case
sekreteraren sekreterare NOUN 2 obl
att att PART 6 mark
granska granska VERB 2 csubj VerbForm=Inf
räkenskaperna räkenskap NOUN 6 obj
"""


def test_a_duty_that_falls_on_the_object_of_a_cue_preposition(nlp) -> None:
    assert statements(parsed(nlp, EXPLETIVE_CUE)) == [
        ("sekreterare", "obligation", "granska", False, False)
    ]
    lead_in = "\n".join(EXPLETIVE_CUE.strip().splitlines()[:4]) + "\n: : PUNCT 2 punct"
    found = resolved(nlp, {"1": lead_in, "1.a": ATT_ITEM})
    assert [s[:3] for s in found["1.a"]] == [("sekreterare", "obligation", "granska")]


RELATIVE_WITHOUT_SOM = """
Sekreteraren sekreterare NOUN 2 nsubj
sköter sköta VERB 0 ROOT VerbForm=Fin|Tense=Pres
de den DET 4 det
ärenden ärende NOUN 2 obj
styrelsen styrelse NOUN 7 nsubj
ska skola AUX 7 aux VerbForm=Fin|Tense=Pres
överlämna överlämna VERB 4 acl:relcl VerbForm=Inf
"""


def test_a_relative_clause_without_som_has_no_statement(nlp) -> None:
    assert statements(parsed(nlp, RELATIVE_WITHOUT_SOM)) == [
        ("sekreterare", "none", "sköta", False, False)
    ]


PARENTHESIS = """
Styrelsen styrelse NOUN 2 nmod
utser utse NOUN 0 ROOT
en en DET 4 det
kassör kassör NOUN 2 obj
( ( PUNCT 2 punct
denne denne PRON 9 nsubj
ska skola AUX 9 aux VerbForm=Fin|Tense=Pres
vara vara AUX 9 cop VerbForm=Inf
anställd anställd ADJ 2 parataxis VerbForm=Part
av av ADP 11 case
förbundet förbund NOUN 9 nmod
) ) PUNCT 9 punct
"""


def test_a_parenthetical_clause_does_not_borrow_an_actor_from_outside(nlp) -> None:
    # the tagger's reading: the V2 present tense as a noun, the parenthesis a parataxis
    assert statements(parsed(nlp, PARENTHESIS)) == [("styrelse", "none", "utse", False, False)]


BELONGING = """
Till till ADP 3 case
sekreterarens sekreterare NOUN 3 nmod:poss
uppgifter uppgift NOUN 4 obl
hör höra VERB 0 ROOT VerbForm=Fin|Tense=Pres
att att PART 4 mark
: : PUNCT 4 punct
"""

BARE_INFINITIVE_ITEM = """
granska granska VERB 0 ROOT VerbForm=Inf
räkenskaperna räkenskap NOUN 1 obj
"""


def test_tasks_that_items_belong_to_with_att_make_an_obligation_lead_in(nlp) -> None:
    found = resolved(nlp, {"1": BELONGING, "1.a": BARE_INFINITIVE_ITEM})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("sekreterare", "obligation", "granska")
    ]


PASSIVE_LEAD_IN = """
Uppgiften uppgift NOUN 3 nsubj:pass
får få AUX 3 aux VerbForm=Fin|Tense=Pres
överlåtas överlåta VERB 0 ROOT VerbForm=Inf|Voice=Pass
till till ADP 3 obl
: : PUNCT 3 punct
"""

NOUN_ITEM_WITH_ASIDE = """
en en DET 2 det
handläggare handläggare NOUN 0 ROOT
( ( PUNCT 8 punct
hon hon PRON 8 nsubj
behöver behöva VERB 8 aux VerbForm=Fin|Tense=Pres
inte inte PART 8 advmod
vara vara AUX 8 cop
jurist jurist NOUN 2 appos
) ) PUNCT 8 punct
"""


def test_a_verb_inside_parentheses_does_not_make_a_noun_item_a_verb_item(nlp) -> None:
    found = resolved(nlp, {"1": PASSIVE_LEAD_IN, "1.a": NOUN_ITEM_WITH_ASIDE})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [(None, "permission", "överlåta")]


def test_an_item_subject_may_have_a_prepositional_attribute(nlp) -> None:
    # round 18 (B1): "– program för året skickas till styrelsen" under "ansvarar för att:"
    # is a clause with its own subject (a noun + its prepositional attribute), so the item is
    # the lead-in's object (aim ansvara), not a statement of its own passive verb
    from pipeline.nlp.items import subject_clause

    doc = parsed(
        nlp,
        """
        program program NOUN 4 nsubj:pass Case=Nom|Definite=Ind|Number=Sing
        för för ADP 3 case
        året år NOUN 1 nmod Case=Nom|Definite=Def|Number=Sing
        skickas skicka VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
        till till ADP 6 case
        styrelsen styrelse NOUN 4 obl Case=Nom|Definite=Def|Number=Sing
        """,
    )
    assert subject_clause(doc)
    phrase = parsed(
        nlp,
        """
        ärenden ärende NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
        om om ADP 3 case
        bidrag bidrag NOUN 1 nmod Case=Nom|Definite=Ind|Number=Plur
        """,
    )
    assert not subject_clause(phrase)


def test_an_adjective_before_a_bare_actor_leads_infinitive_items(nlp) -> None:
    """``Extra förbundsstämma`` ⏎ ``– anta budget samt välja revisorer``: a premodifying
    adjective (the tagger's noun reading of a listed one) leaves a bare actor lead-in; each
    coordinated infinitive of an item is a statement of that actor, deontic none (round 19
    cause B1; docs/annotation.md §5.1)."""
    lead_in = """
    Extra extra PROPN 2 amod
    förbundsstämma förbundsstämma NOUN 0 ROOT
    """
    item = """
    anta anta VERB 0 ROOT VerbForm=Inf
    budget budget NOUN 1 obj
    samt samt CCONJ 4 cc
    välja välja VERB 1 conj VerbForm=Inf
    revisorer revisor NOUN 4 obj
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("förbundsstämma", "none", "anta"),
        ("förbundsstämma", "none", "välja"),
    ]


RESPONSIBLE_FOR_ATT = """
Chefen chef NOUN 2 nsubj
ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
för för ADP 4 case
att att SCONJ 2 mark
: : PUNCT 2 punct
"""


def test_clause_items_with_a_participle_premodifier_or_an_indirect_question(nlp) -> None:
    """Under ``ansvarar för att:`` an item whose subject opens with a participle read as an
    infinitive (``antagna planer följs``) and an indirect question (``vilka regler som
    gäller``) are clauses, the lead-in's object: aim ``ansvara`` (round 19 cause B2a)."""
    participle = """
    antagna anta VERB 2 amod VerbForm=Inf
    planer plan NOUN 3 nsubj:pass
    följs följa VERB 0 ROOT VerbForm=Fin|Tense=Pres|Voice=Pass
    """
    question = """
    vilka vilken PRON 2 det
    regler regel NOUN 0 ROOT
    som som PRON 4 nsubj
    gäller gälla VERB 2 acl:relcl VerbForm=Fin|Tense=Pres
    """
    found = resolved(nlp, {"1": RESPONSIBLE_FOR_ATT, "1.a": participle, "1.b": question})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("chef", "responsibility", "ansvara")]
    assert [(a, d, aim) for a, d, aim, *_ in found["1.b"]] == [("chef", "responsibility", "ansvara")]


def test_a_lead_ins_coordinated_verbs_past_an_insertion_are_completed_by_each_item(nlp) -> None:
    """``Fritidsnämnden har, enligt lagen, till uppgift att planera och samordna verksamhet
    inom:`` + noun-phrase items (round 21, cause B1): the cue split by an insertion in commas
    still matches, and every item completes both coordinated verbs; the lead-in keeps none."""
    lead_in = """
    Fritidsnämnden fritidsnämnd NOUN 2 nsubj
    har ha VERB 0 ROOT VerbForm=Fin|Tense=Pres
    , , PUNCT 5 punct
    enligt enligt ADP 5 case
    lagen lag NOUN 2 obl
    , , PUNCT 5 punct
    till till ADP 8 case
    uppgift uppgift NOUN 2 obl
    att att PART 10 mark
    planera planera VERB 2 xcomp VerbForm=Inf
    och och CCONJ 12 cc
    samordna samordna VERB 10 conj VerbForm=Inf
    verksamhet verksamhet NOUN 12 obj
    inom inom ADP 13 nmod
    : : PUNCT 2 punct
    """
    item = """
    idrott idrott NOUN 0 ROOT
    för för ADP 3 case
    unga ung ADJ 1 nmod
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("fritidsnämnd", "obligation", "planera"),
        ("fritidsnämnd", "obligation", "samordna"),
    ]


def test_bare_names_under_a_plural_lead_in_subject_are_the_actors(nlp) -> None:
    """``Nämnder som ska avvecklas:`` + ``– Byggnadsnämnden`` (round 22, cause B2): an item
    that is nothing but a name with the lead-in subject's head noun is the actor of the
    lead-in's (passive) action; the lead-in keeps no statement."""
    lead_in = """
    Nämnder nämnd NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
    som som PRON 4 nsubj:pass
    ska skola AUX 4 aux Mood=Ind|Tense=Pres|VerbForm=Fin
    avvecklas avveckla VERB 1 acl:relcl VerbForm=Inf|Voice=Pass
    : : PUNCT 1 punct
    """
    item = """
    Byggnadsnämnden byggnadsnämnd NOUN 0 ROOT Case=Nom|Definite=Def|Number=Sing
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("byggnadsnämnd", "obligation", "avveckla")
    ]


def test_a_proposed_decision_keeps_its_statement_and_gives_its_items_none(nlp) -> None:
    """``Kulturnämnden föreslår regionfullmäktige besluta:`` + ``1. Planen antas.`` (round 22,
    cause B3): the proposal is the lead-in's statement; a clause item with its own subject
    takes nothing from it."""
    lead_in = """
    Kulturnämnden kulturnämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
    föreslår föreslå VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    regionfullmäktige regionfullmäktige NOUN 2 obj
    besluta besluta VERB 2 xcomp VerbForm=Inf|Voice=Act
    : : PUNCT 2 punct
    """
    item = """
    Planen plan NOUN 2 nsubj:pass Case=Nom|Definite=Def|Number=Sing
    antas anta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
    . . PUNCT 2 punct
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1"]] == [("kulturnämnd", "none", "föreslå")]
    assert found["1.a"] == []


def test_bare_names_under_a_copula_lead_in_keep_its_subject(nlp) -> None:
    """``Nämndens utskott är:`` + ``– Arbetsutskottet`` (round 22, cause B2 guard): the items
    of a copula are its predicatives; no name becomes the actor."""
    lead_in = """
    Nämndens nämnd NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
    utskott utskott NOUN 3 nsubj Case=Nom|Definite=Ind|Number=Plur
    är vara AUX 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    : : PUNCT 3 punct
    """
    item = """
    Arbetsutskottet arbetsutskott NOUN 0 ROOT Case=Nom|Definite=Def|Number=Sing
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert all(actor != "arbetsutskott" for actor, *_ in found["1.a"])


def test_content_clause_items_are_the_object_of_a_lead_in_verb_without_object(nlp) -> None:
    """``Styrelsen ska varje år pröva:`` + ``– om budgeten hålls`` (round 23, cause B1): a
    lead-in that breaks off at its verb takes an item opening with a content-clause
    subordinator as that verb's object: (styrelse, obligation, pröva), not the item's own
    verb; an item with its own subject and modal keeps its own statement."""
    lead_in = """
    Styrelsen styrelse NOUN 5 nsubj Case=Nom|Definite=Def|Number=Sing
    ska skola AUX 5 aux Mood=Ind|Tense=Pres|VerbForm=Fin
    varje varje DET 4 det
    år år NOUN 5 obl
    pröva pröva VERB 0 ROOT VerbForm=Inf|Voice=Act
    : : PUNCT 5 punct
    """
    question = """
    om om SCONJ 3 mark
    budgeten budget NOUN 3 nsubj:pass Case=Nom|Definite=Def|Number=Sing
    hålls hålla VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
    """
    own = """
    nämnden nämnd NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
    ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
    redovisa redovisa VERB 0 ROOT VerbForm=Inf|Voice=Act
    utfallet utfall NOUN 3 obj Case=Nom|Definite=Def|Number=Sing
    """
    found = resolved(nlp, {"1": lead_in, "1.a": question, "1.b": own})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("styrelse", "obligation", "pröva")]
    assert [(a, d, aim) for a, d, aim, *_ in found["1.b"]] == [("nämnd", "obligation", "redovisa")]


def test_adverbs_before_att_of_a_task_lead_in_keep_its_obligation(nlp) -> None:
    """``Till valnämndens uppgifter hör bland annat att:`` + infinitive items (round 25, B1):
    listed adverbs (``task_lead_in_adverbs``) between the containing verb and ``att`` keep
    the obligation lead-in of ``… hör att:``; another word there does not."""
    lead_in = """
    Till till ADP 3 case
    valnämndens valnämnd NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
    uppgifter uppgift NOUN 4 obl Case=Nom|Definite=Ind|Number=Plur
    hör höra VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    bland bland ADP 6 case
    annat annan PRON 4 obl
    att att PART 4 mark
    : : PUNCT 4 punct
    """
    item = """
    planera planera VERB 0 ROOT VerbForm=Inf|Voice=Act
    röstmottagningen röstmottagning NOUN 1 obj Case=Nom|Definite=Def|Number=Sing
    , , PUNCT 1 punct
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("valnämnd", "obligation", "planera")
    ]
    other = lead_in.replace("bland bland ADP 6 case", "nu nu ADV 4 advmod").replace(
        "annat annan PRON 4 obl", "helst helst ADV 4 advmod"
    )
    found = resolved(nlp, {"1": other, "1.a": item})
    assert all(d != "obligation" for _, d, *_ in found["1.a"])


def test_a_compound_task_noun_leads_a_task_lead_in(nlp) -> None:
    """Round 47 (analysis 47-bn, cause 3): ``I rektorns ledningsuppdrag ingår bl a att`` +
    infinitive items: a compound whose head is a task noun (``-uppdrag``, ``-funktionen``)
    leads the items as the noun itself does (`cues.is_task_noun`); a noun that is no task
    (``lönen``) leads nothing."""
    lead_in = """
    I i ADP 3 case
    rektorns rektor NOUN 3 nmod:poss Case=Gen|Definite=Def|Number=Sing
    ledningsuppdrag ledningsuppdrag NOUN 4 obl Case=Nom|Definite=Ind|Number=Sing
    ingår ingå VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    bl bl ADV 4 advmod
    a a ADV 5 fixed
    att att PART 4 mark
    """
    item = """
    leda leda VERB 0 ROOT VerbForm=Inf|Voice=Act
    lärarna lärare NOUN 1 obj Case=Nom|Definite=Def|Number=Plur
    . . PUNCT 1 punct
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("rektor", "obligation", "leda")]
    function = lead_in.replace("ledningsuppdrag ledningsuppdrag", "samordningsfunktion "
                               "samordningsfunktion")
    found = resolved(nlp, {"1": function, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("rektor", "obligation", "leda")]
    salary = lead_in.replace("ledningsuppdrag ledningsuppdrag", "lön lön")
    found = resolved(nlp, {"1": salary, "1.a": item})
    assert all(d != "obligation" for _, d, *_ in found["1.a"])


def test_a_task_lead_in_after_another_sentence_of_its_clause_leads_the_items(nlp) -> None:
    """``Nämnden ansvarar för biblioteken. Till nämndens uppgifter hör bland annat att:``
    (a flattened paragraph, its items cut inline): the lead-in is the clause's last
    sentence; the sentence before it keeps its own statement (§5.1)."""
    lead_in = """
    Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
    ansvarar ansvara VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    för för ADP 4 case
    biblioteken bibliotek NOUN 2 obl Case=Nom|Definite=Def|Number=Plur
    . . PUNCT 2 punct
    Till till ADP 8 case
    nämndens nämnd NOUN 8 nmod:poss Case=Gen|Definite=Def|Number=Sing
    uppgifter uppgift NOUN 9 obl Case=Nom|Definite=Ind|Number=Plur
    hör höra VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    bland bland ADP 11 case
    annat annan PRON 9 obl
    att att PART 9 mark
    : : PUNCT 9 punct
    """
    item = """
    fördela fördela VERB 0 ROOT VerbForm=Inf|Voice=Act
    bidrag bidrag NOUN 1 obj Case=Nom|Definite=Ind|Number=Plur
    , , PUNCT 1 punct
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1"]] == [("nämnd", "responsibility", "ansvara")]
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("nämnd", "obligation", "fördela")]


ANNOUNCING_LEAD_IN = """
Rådet råd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
tillämpar tillämpa VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
regler regel NOUN 2 obj Case=Nom|Definite=Ind|Number=Plur
enligt enligt ADP 5 case
följande följande ADJ 2 obl Case=Nom
: : PUNCT 2 punct
"""


def test_an_announcing_lead_in_over_phrase_items_is_incomplete(nlp) -> None:
    """Round 32, D11: ``enligt följande:`` opens no condition; each phrase item completes
    the lead-in's verb, which keeps no statement of its own."""
    item = """
    om om ADP 2 case
    sammanträden sammanträde NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
    """
    found = resolved(nlp, {"1": ANNOUNCING_LEAD_IN, "1.a": item})
    assert found["1"] == []
    assert found["1.a"] == [("råd", "none", "tillämpa", False, "om sammanträden")]


def test_an_announcing_lead_in_over_statutes_keeps_its_condition(nlp) -> None:
    """Round 32, D11: items that name statutes or documents continue the condition (§5.1):
    the lead-in keeps its statement, the items have none."""
    law = """
    förvaltningslagen förvaltningslag NOUN 0 ROOT Case=Nom|Definite=Def|Number=Sing
    """
    document = """
    dessa denna DET 2 det
    stadgar stadga NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
    """
    found = resolved(nlp, {"1": ANNOUNCING_LEAD_IN, "1.a": law, "1.b": document})
    assert found["1"] == [("råd", "none", "tillämpa", False, "regler")]
    assert found["1.a"] == [] and found["1.b"] == []


def test_an_announcing_lead_in_before_a_sentence_states_nothing(nlp) -> None:
    """Round 32, D11: ``Rådet arbetar på följande sätt: Rådet sammanträder …`` in one
    paragraph: the lead-in has no items to complete it, only the sentence states something."""
    rows = """
    Rådet råd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
    arbetar arbeta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    på på ADP 5 case
    följande följande ADJ 5 amod Case=Nom
    sätt sätt NOUN 2 obl Case=Nom|Definite=Ind|Number=Sing
    : : PUNCT 2 punct
    Rådet råd NOUN 8 nsubj Case=Nom|Definite=Def|Number=Sing
    sammanträder sammanträda VERB 2 parataxis Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    varje varje DET 10 det
    månad månad NOUN 8 obl Case=Nom|Definite=Ind|Number=Sing
    . . PUNCT 2 punct
    """
    found = resolved(nlp, {"1": rows})
    assert [(a, d, aim) for a, d, aim, *_ in found["1"]] == [("råd", "none", "sammanträda")]


def test_a_lead_in_ending_in_a_preposition_tagged_as_a_noun_is_incomplete(nlp) -> None:
    """Round 38, B2: ``Fritidsnämnden ska fullgöra kommunens uppgifter rörande`` with
    ``rörande`` tagged a noun breaks off like ``beträffande``: each phrase item completes
    (fritidsnämnd, obligation, fullgöra); the lead-in has no statement."""
    lead_in = """
    Fritidsnämnden fritidsnämnd NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
    ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
    fullgöra fullgöra VERB 0 ROOT VerbForm=Inf|Voice=Act
    kommunens kommun NOUN 5 nmod:poss Case=Gen|Definite=Def|Number=Sing
    uppgifter uppgift NOUN 3 obj Case=Nom|Definite=Ind|Number=Plur
    rörande rörande NOUN 5 nmod Case=Nom|Definite=Ind|Number=Sing
    """
    item = """
    skötsel skötsel NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Sing
    av av ADP 3 case
    motionsspår motionsspår NOUN 1 nmod Case=Nom|Definite=Ind|Number=Plur
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("fritidsnämnd", "obligation", "fullgöra")
    ]


RESPONSIBLE_FOR = """
Gymnasienämnden gymnasienämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
ansvarar ansvara VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
för för ADP 2 obl
"""


def test_a_clause_after_a_semicolon_of_a_noun_phrase_item_is_no_statement(nlp) -> None:
    """Round 38, B1: ``skolans bibliotek; målet är läsande elever`` under ``ansvarar för``:
    the item is the responsibility's object; ``är`` after the semicolon is no aim."""
    item = """
    skolans skola NOUN 2 nmod:poss Case=Gen|Definite=Def|Number=Sing
    bibliotek bibliotek NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Sing
    ; ; PUNCT 2 punct
    målet mål NOUN 5 nsubj Case=Nom|Definite=Def|Number=Sing
    är vara AUX 2 parataxis Mood=Ind|Tense=Pres|VerbForm=Fin
    läsande läsande ADJ 7 amod Case=Nom
    elever elev NOUN 5 nsubj Case=Nom|Definite=Ind|Number=Plur
    """
    found = resolved(nlp, {"1": RESPONSIBLE_FOR, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("gymnasienämnd", "responsibility", "ansvara")
    ]


def test_a_verb_coordinated_with_a_relative_clause_verb_stays_in_the_item(nlp) -> None:
    """Round 38, B1: ``stöd till elever som saknar behörighet, byter program eller avbryter``:
    ``byter`` is joined to the relative clause's ``saknar``, not the item's aim."""
    item = """
    stöd stöd NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Sing
    till till ADP 3 case
    elever elev NOUN 1 nmod Case=Nom|Definite=Ind|Number=Plur
    som som PRON 5 nsubj
    saknar sakna VERB 3 acl:relcl Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    behörighet behörighet NOUN 5 obj Case=Nom|Definite=Ind|Number=Sing
    , , PUNCT 8 punct
    byter byta VERB 5 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    program program NOUN 8 obj Case=Nom|Definite=Ind|Number=Sing
    """
    found = resolved(nlp, {"1": RESPONSIBLE_FOR, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("gymnasienämnd", "responsibility", "ansvara")
    ]


def test_an_adverb_in_t_opening_an_item_leaves_the_infinitive_its_aim(nlp) -> None:
    """Round 38, at-B2 (a): ``Revisorerna ska särskilt`` + ``1. fortlöpande granska
    bokföringen`` with the adverb tagged as an adjective: the aim is ``granska``."""
    lead_in = """
    Revisorerna revisor NOUN 2 nsubj Case=Nom|Definite=Def|Number=Plur
    ska skola AUX 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    särskilt särskilt ADV 2 advmod
    """
    item = """
    grundligt grundlig ADJ 2 advmod Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
    granska granska VERB 0 ROOT VerbForm=Inf|Voice=Act
    bokföringen bokföring NOUN 2 obj Case=Nom|Definite=Def|Number=Sing
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("revisor", "obligation", "granska")]


def test_an_actor_with_a_restrictive_relative_leads_verb_items(nlp) -> None:
    """Round 39, B1: ``Ombud som företräder en förening`` (no colon) ⏎ ``- deltar i rådets
    möten``: the relative restricts the actor (its own mention does not count) and states
    nothing; the item's verb is the actor's, also with the relative's verb read as a noun."""
    lead_in = """
    Ombud ombud NOUN 3 nsubj Case=Nom|Definite=Ind|Number=Sing
    som som SCONJ 3 mark
    företräder företräda NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
    en en DET 5 det
    förening förening NOUN 3 obj Case=Nom|Definite=Ind|Number=Sing
    """
    item = """
    deltar delta VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    i i ADP 4 case
    rådets råd NOUN 4 nmod:poss Case=Gen|Definite=Def|Number=Sing
    möten möte NOUN 1 obl Case=Nom|Definite=Def|Number=Plur
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("ombud", "none", "delta")]


PURPOSE_COLON = """
Föreningen förening NOUN 2 nsubj Definite=Def|Number=Sing
har ha VERB 0 ROOT VerbForm=Fin|Tense=Pres
till till ADP 4 case
ändamål ändamål NOUN 2 obl Definite=Ind|Number=Sing
: : PUNCT 2 punct
"""

PHRASE_ITEM = """
friluftsliv friluftsliv NOUN 0 ROOT
"""


def test_a_purpose_cue_closed_by_a_colon_frames_its_att_items(nlp) -> None:
    """Round 43 (bf cause 6): ``Föreningen har till ändamål:`` + ``a) att granska …``: the
    colon stands for the purpose cue's ``att`` (configs/deontics.yaml `purpose_cue`), each
    item's infinitive an obligation of the lead-in's actor; the lead-in states nothing of its
    own, and a noun item (``friluftsliv``) is no action."""
    found = resolved(nlp, {"1": PURPOSE_COLON, "1.a": ATT_ITEM, "1.b": PHRASE_ITEM})
    assert found["1"] == []
    assert [s[:3] for s in found["1.a"]] == [("förening", "obligation", "granska")]
    assert found["1.b"] == []


def test_a_lead_in_broken_off_at_a_genitive_or_an_adjective_is_incomplete(nlp) -> None:
    """Round 45 (analysis 45-bj C7): ``Simnämnden ansvarar för drift av regionens`` ⏎
    ``- badhus``: a lead-in ending in a genitive (or in an adjective after a determiner:
    ``av de regionala``) waits for the head each noun-phrase item gives it; the items take
    the statement, the lead-in keeps none. Ending in a complete noun it keeps its own."""
    lead_in = """
    Simnämnden simnämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
    ansvarar ansvara VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
    för för ADP 4 case
    drift drift NOUN 2 obl Case=Nom|Definite=Ind|Number=Sing
    av av ADP 6 case
    {words}
    """
    item = """
    badhus badhus NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
    """
    endings = {
        "genitive": "regionens region NOUN 4 nmod Case=Gen|Definite=Def|Number=Sing",
        "adjective": "de den DET 7 det Definite=Def|Number=Plur\n"
        "    regionala regional ADJ 4 nmod Case=Nom|Definite=Def|Degree=Pos",
    }
    for words in endings.values():
        found = resolved(nlp, {"1": lead_in.format(words=words), "1.a": item})
        assert found["1"] == []
        assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
            ("simnämnd", "responsibility", "ansvara")
        ]
    complete = lead_in.format(words="regionen region NOUN 4 nmod Case=Nom|Definite=Def|Number=Sing")
    found = resolved(nlp, {"1": complete, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1"]] == [
        ("simnämnd", "responsibility", "ansvara")
    ]


def test_an_attributive_adjective_item_under_a_responsibility_preposition_is_its_object(
    nlp,
) -> None:
    """Round 46 (analysis 46-all, family 6): ``Kulturnämnden ansvarar för:`` + ``enskilda
    samlingslokaler``: the adjective opens the preposition's noun phrase, the item keeps the
    lead-in's ``ansvara``; an infinitive item (``upprätta en plan``) keeps its own aim."""
    lead_in = """
    Kulturnämnden kulturnämnd NOUN 2 nsubj Case=Nom|Definite=Def
    ansvarar ansvara VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    för för ADP 2 compound:prt
    : : PUNCT 2 punct
    """
    phrase_item = """
    enskilda enskild ADJ 2 amod Case=Nom|Number=Plur
    samlingslokaler samlingslokal NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
    """
    verb_item = """
    upprätta upprätta VERB 0 ROOT VerbForm=Inf|Voice=Act
    en en DET 3 det
    plan plan NOUN 1 obj Case=Nom|Definite=Ind|Number=Sing
    """
    # a base form read as an adjective (`upprätt` inflects so too) keeps the infinitive reading
    base_form_item = """
    Upprätta upprätt ADJ 2 amod Case=Nom|Number=Plur
    förslag förslag NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Plur
    """
    found = resolved(
        nlp, {"1": lead_in, "1.a": phrase_item, "1.b": verb_item, "1.c": base_form_item}
    )
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("kulturnämnd", "responsibility", "ansvara")
    ]
    assert [(a, d, aim) for a, d, aim, *_ in found["1.b"]] == [
        ("kulturnämnd", "responsibility", "upprätta")
    ]
    assert [(a, d, aim) for a, d, aim, *_ in found["1.c"]] == [
        ("kulturnämnd", "responsibility", "upprätta")
    ]


def test_an_att_clause_item_whose_subject_opens_with_a_participle_is_the_object(nlp) -> None:
    """Round 46 (analysis 46-all, family 6): ``ansvarar för:`` + ``att antagna riktlinjer
    följs`` with the participle read as ``att`` + infinitive: the participle opens the
    subject, the item is the content clause the preposition governs (aim ``ansvara``)."""
    lead_in = """
    Kulturnämnden kulturnämnd NOUN 2 nsubj Case=Nom|Definite=Def
    ansvarar ansvara VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    för för ADP 2 compound:prt
    : : PUNCT 2 punct
    """
    item = """
    att att PART 2 mark
    antagna anta VERB 4 advcl VerbForm=Inf|Voice=Act
    riktlinjer riktlinje NOUN 4 nsubj:pass Case=Nom|Definite=Ind|Number=Plur
    följs följa VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
        ("kulturnämnd", "responsibility", "ansvara")
    ]


def test_a_cue_broken_off_past_an_adverbial_after_its_att_hands_its_items_the_duty(nlp) -> None:
    """Round 47 (analysis 46-all, family 9): ``Det ankommer på nämnden att inom sitt
    område`` ⏎ ``– främja …``: the expletive cue's ``att`` has no verb after it in the
    lead-in, so the cue verb is no aim of its own; the items carry the obligation. So does
    an expletive cue with no ``att`` at all (``Det ankommer vidare på nämnden``)."""
    lead_in = """
    Det den PRON 2 expl
    ankommer ankomma VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    på på ADP 4 case
    nämnden nämnd NOUN 2 obl Case=Nom|Definite=Def|Number=Sing
    att att PART 2 mark
    inom inom ADP 8 case
    sitt sin PRON 8 nmod:poss
    område område NOUN 2 obl Case=Nom|Definite=Ind|Number=Sing
    """
    item = """
    främja främja VERB 0 ROOT VerbForm=Inf|Voice=Act
    motionsidrotten motionsidrott NOUN 1 obj Case=Nom|Definite=Def|Number=Sing
    , , PUNCT 1 punct
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("nämnd", "obligation", "främja")]
    without_att = """
    Det den PRON 2 expl
    ankommer ankomma VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    vidare vidare ADV 2 advmod
    på på ADP 5 case
    nämnden nämnd NOUN 2 obl Case=Nom|Definite=Def|Number=Sing
    """
    att_item = """
    att att PART 2 mark
    förvalta förvalta VERB 0 ROOT VerbForm=Inf|Voice=Act
    hallarna hall NOUN 2 obj Case=Nom|Definite=Def|Number=Plur
    , , PUNCT 2 punct
    """
    found = resolved(nlp, {"1": without_att, "1.a": att_item})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("nämnd", "obligation", "förvalta")]


MODAL_BEFORE_ADVERBIAL = """
Rektorn rektor NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
får få VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
inte inte PART 2 advmod
{adverbial}
: : PUNCT 2 punct
"""

WITHOUT_CONSENT = """utan utan ADP 6 case
huvudmannens huvudman NOUN 6 nmod:poss Case=Gen
medgivande medgivande NOUN 2 obl"""

ON_OWN_INITIATIVE = """på på ADP 6 case
eget egen ADJ 6 amod
initiativ initiativ NOUN 2 obl"""

INFINITIVE_ITEM = """
teckna teckna VERB 0 ROOT VerbForm=Inf
hyresavtal hyresavtal NOUN 1 obj
"""


def test_a_modal_before_an_adverbial_and_the_colon_hands_its_cue_to_the_items(nlp) -> None:
    """Round 48 (nu48 fault 1): ``Rektorn får inte utan huvudmannens medgivande:`` — a cue
    modal the verb group reads as the main verb ``få`` (a phrase follows it) has nothing
    after it but its negation and an adverbial before the colon: its infinitive is in the
    items, which take the modal's deontic and negation (prohibition), as under ``Rektorn
    får inte:``; the lead-in keeps no statement. Any adverbial does (``på eget initiativ``)."""
    for adverbial in (WITHOUT_CONSENT, ON_OWN_INITIATIVE):
        lead_in = MODAL_BEFORE_ADVERBIAL.format(adverbial=adverbial)
        found = resolved(nlp, {"1": lead_in, "1.a": INFINITIVE_ITEM})
        assert found["1"] == []
        assert [s[:3] for s in found["1.a"]] == [("rektor", "prohibition", "teckna")]
    # an object after the main verb: "får bidrag från nämnden:" receives, no modal lead-in
    receives = MODAL_BEFORE_ADVERBIAL.replace("inte inte PART 2 advmod\n", "").format(
        adverbial="bidrag bidrag NOUN 2 obj\nfrån från ADP 5 case\nnämnden nämnd NOUN 3 nmod"
    )
    found = resolved(nlp, {"1": receives, "1.a": INFINITIVE_ITEM})
    assert all(s[1] != "permission" for s in found["1.a"])


FRONTED_MODAL_INVERTED = """
Utan utan ADP 3 case
nämndens nämnd NOUN 3 nmod:poss Case=Gen|Definite=Def
samtycke samtycke NOUN 4 obl Case=Nom|Definite=Ind
får få VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
verkställande verkställande ADJ 6 amod
direktören direktör NOUN 4 nsubj Case=Nom|Definite=Def|Number=Sing
{negation}: : PUNCT 4 punct
"""


def test_a_fronted_adverbial_and_an_inverted_subject_before_the_colon(nlp) -> None:
    """Round 51 (analysis 51-w50y C): ``Utan nämndens samtycke får verkställande direktören
    inte:`` — V2 with a fronted adverbial, the modal read as the main verb ``få``, then only
    the inverted subject and a negation before the colon: the items take the modal's frame,
    the negation found after the two-word subject (prohibition); without ``inte``
    permission."""
    negated = FRONTED_MODAL_INVERTED.format(negation="inte inte PART 6 advmod\n")
    found = resolved(nlp, {"1": negated, "1.a": INFINITIVE_ITEM})
    assert found["1"] == []
    assert [s[:3] for s in found["1.a"]] == [("verkställande direktör", "prohibition", "teckna")]
    plain = FRONTED_MODAL_INVERTED.format(negation="")
    found = resolved(nlp, {"1": plain, "1.a": INFINITIVE_ITEM})
    assert [s[:3] for s in found["1.a"]] == [("verkställande direktör", "permission", "teckna")]


def test_noun_phrase_items_keep_the_main_verb_of_a_modal_before_an_adverbial(nlp) -> None:
    """Round 48 (the negative of nu48 fault 1): under ``Rektorn får av huvudmannen:`` items
    that are noun phrases (``– en tjänstebil``) are what is received: with `verbless_items`
    the lead-in's frame stays the main verb ``få`` (deontic none), no modal frame."""
    source = """av av ADP 4 case
huvudmannen huvudman NOUN 2 obl Case=Nom|Definite=Def|Number=Sing"""
    rows = MODAL_BEFORE_ADVERBIAL.replace("inte inte PART 2 advmod\n", "").format(
        adverbial=source
    )
    doc = parsed(nlp, rows)
    StatementFinder(nlp.vocab, CUES)(doc)
    found = lead_in(doc, CUES, verbless_items=True)
    assert found is not None and (found.frame.deontic, found.frame.aim) == ("none", "få")
    doc = parsed(nlp, rows)
    StatementFinder(nlp.vocab, CUES)(doc)
    found = lead_in(doc, CUES)
    assert found is not None and found.frame.deontic == "permission"


COPULA_RELATIVE = """
Styrelsen styrelse NOUN 4 nsubj Definite=Def
är vara AUX 4 cop VerbForm=Fin|Tense=Pres
föreningens förening NOUN 4 nmod:poss
organ organ NOUN 0 ROOT
, , PUNCT 6 punct
som som PRON 7 nsubj
hanterar hantera VERB 4 acl:relcl VerbForm=Fin|Tense=Pres
frågor fråga NOUN 7 obj
som som PRON 10 nsubj
gäller gälla VERB 8 acl:relcl VerbForm=Fin|Tense=Pres
: : PUNCT 4 punct
"""

NOUN_ITEM = """
lokaler lokal NOUN 0 ROOT
"""

GOVERNING_RELATIVE = """
Styrelsen styrelse NOUN 2 nsubj Definite=Def
ansvarar ansvara VERB 0 ROOT VerbForm=Fin|Tense=Pres
för för ADP 4 case
frågor fråga NOUN 2 obl
som som PRON 6 nsubj
gäller gälla VERB 4 acl:relcl VerbForm=Fin|Tense=Pres
: : PUNCT 2 punct
"""


def test_a_colon_closing_a_relative_clause_on_a_copulas_predicative(nlp) -> None:
    """Round 49 B2 (analysis 49-br C6): the copula's statement stays in the lead-in and the
    items complete the relative clause's verb (no actor: no item statements); after another
    governing verb the items continue it (§5.1)."""
    found = resolved(nlp, {"1": COPULA_RELATIVE, "1.a": NOUN_ITEM})
    assert [(a, d, aim) for a, d, aim, *_ in found["1"]] == [("styrelse", "none", "vara")]
    assert found["1.a"] == []
    governed = resolved(nlp, {"1": GOVERNING_RELATIVE, "1.a": NOUN_ITEM})
    assert governed["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in governed["1.a"]] == [
        ("styrelse", "responsibility", "ansvara")
    ]


def test_a_lead_in_broken_off_at_its_verbs_preposition_takes_att_clause_items(nlp) -> None:
    """Round 50 (bu-C1; docs/annotation.md §5.1): ``Kanslichefen ska sörja för:`` + ``– att
    arkivet har en förteckning``: the lead-in ends in its verb's preposition, so an item
    ``att`` + subject + finite verb is that verb's object (aim ``sörja``), as in one
    sentence; also with a past-tense-tagged participle opening the subject (``att fattade
    beslut verkställs``). An ``att`` + infinitive item keeps its verb as the aim."""
    lead_in = """
    Kanslichefen kanslichef NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
    ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
    sörja sörja VERB 0 ROOT VerbForm=Inf|Voice=Act
    för för ADP 3 compound:prt
    : : PUNCT 3 punct
    """
    clause_item = """
    att att SCONJ 4 mark
    arkivet arkiv NOUN 4 nsubj Case=Nom|Definite=Def|Number=Sing
    har ha VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    en en DET 5 det
    förteckning förteckning NOUN 3 obj Case=Nom|Definite=Ind|Number=Sing
    """
    participle_item = """
    att att SCONJ 4 mark
    fattade fatta VERB 3 amod Mood=Ind|Tense=Past|VerbForm=Fin
    beslut beslut NOUN 4 nsubj:pass Case=Nom|Definite=Ind|Number=Plur
    verkställs verkställa VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
    """
    infinitive_item = """
    att att PART 2 mark
    ordna ordna VERB 0 ROOT VerbForm=Inf|Voice=Act
    arkivet arkiv NOUN 2 obj Case=Nom|Definite=Def|Number=Sing
    """
    found = resolved(
        nlp, {"1": lead_in, "1.a": clause_item, "1.b": participle_item, "1.c": infinitive_item}
    )
    for item in ("1.a", "1.b"):
        assert [(a, d, aim) for a, d, aim, *_ in found[item]] == [
            ("kanslichef", "obligation", "sörja")
        ]
    assert [(a, d, aim) for a, d, aim, *_ in found["1.c"]] == [
        ("kanslichef", "obligation", "ordna")
    ]


GENITIVE_PURPOSE_RELATIVE = """
Klubben klubb NOUN 4 nsubj Definite=Def
är vara AUX 4 cop VerbForm=Fin|Tense=Pres
en en DET 4 det
ideell ideell ADJ 5 amod
förening förening NOUN 9 nsubj
vars vars PRON 7 nmod:poss
syfte syfte NOUN 5 conj
är vara AUX 7 cop VerbForm=Fin|Tense=Pres
att att SCONJ 0 ROOT
: : PUNCT 9 punct
"""

HAR_PURPOSE_RELATIVE = """
Klubben klubb NOUN 4 nsubj Definite=Def
är vara AUX 4 cop VerbForm=Fin|Tense=Pres
en en DET 4 det
förening förening NOUN 0 ROOT
som som PRON 6 nsubj
har ha VERB 4 acl:relcl VerbForm=Fin|Tense=Pres
till till ADP 8 case
ändamål ändamål NOUN 6 obl
att att SCONJ 4 punct
: : PUNCT 4 punct
"""

HAR_PURPOSE = """
Klubben klubb NOUN 2 nsubj Definite=Def
har ha VERB 0 ROOT VerbForm=Fin|Tense=Pres
till till ADP 4 case
ändamål ändamål NOUN 2 obl
att att SCONJ 2 mark
: : PUNCT 2 punct
"""

COURSES_ITEM = """
ordna ordna VERB 0 ROOT VerbForm=Inf
kurser kurs NOUN 1 obj
"""


def test_a_purpose_relative_on_a_copulas_predicative_closes_the_lead_in(nlp) -> None:
    """Round 51 (bq-E; round 43, round 49 B2): `vars syfte är att:` / `som har till ändamål
    att:` after `är en … förening` refers to the predicative: the lead-in keeps (X, none,
    vara) and the infinitive items state nothing; without the copula (`har till ändamål
    att:`) each item is the actor's obligation (§5.1)."""
    for lead in (GENITIVE_PURPOSE_RELATIVE, HAR_PURPOSE_RELATIVE):
        found = resolved(nlp, {"1": lead, "1.a": COURSES_ITEM})
        assert [(a, d, aim) for a, d, aim, *_ in found["1"]] == [("klubb", "none", "vara")]
        assert found["1.a"] == []
    governed = resolved(nlp, {"1": HAR_PURPOSE, "1.a": COURSES_ITEM})
    assert governed["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in governed["1.a"]] == [("klubb", "obligation", "ordna")]


SEMICOLON_LEAD_IN = """
Under under ADP 2 case
året år NOUN 3 obl
{modal} {modal_lemma} VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
nämnden nämnd NOUN 3 nsubj
dessutom dessutom ADV 3 advmod
{mark} {mark} PUNCT 3 punct
"""

SEMICOLON_ITEM = """
anta anta VERB 0 ROOT VerbForm=Inf|Voice=Act
riktlinjer riktlinje NOUN 1 obj
, , PUNCT 1 punct
"""


def test_a_lead_in_closing_in_a_semicolon_is_framed_as_one_closing_in_a_colon(nlp) -> None:
    """Round 54 (analysis 54-cf F): ``Under året får nämnden dessutom;`` + ``• anta
    riktlinjer,``: the semicolon written for the colon leaves the inverted modal waiting for
    its infinitive in the item; a full stop ends a sentence whose main verb is ``få``."""
    for mark in (":", ";"):
        lead = SEMICOLON_LEAD_IN.format(modal="får", modal_lemma="få", mark=mark)
        found = resolved(nlp, {"1": lead, "1.a": SEMICOLON_ITEM})
        assert found["1"] == []
        assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [
            ("nämnd", "permission", "anta")
        ]
    lead = SEMICOLON_LEAD_IN.format(modal="får", modal_lemma="få", mark=".")
    found = resolved(nlp, {"1": lead, "1.a": SEMICOLON_ITEM})
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] != [("nämnd", "permission", "anta")]


def test_a_semicolon_after_an_object_ends_a_complete_sentence(nlp) -> None:
    """Review 54 (item 5): ``Nämnden ska anta en taxa;`` ⏎ ``- för bygglov`` ⏎ ``- för
    tillsyn``: after an object the semicolon ends a complete sentence of a series, so the
    lead-in keeps (nämnd, anta, en taxa) and the phrases take no statement from it; without
    an object (``Nämnden får även;``) the semicolon closes a lead-in as a colon does."""
    lead_in = """
    Nämnden nämnd NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
    ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
    anta anta VERB 0 ROOT VerbForm=Inf|Voice=Act
    en en DET 5 det Definite=Ind|Gender=Com|Number=Sing
    taxa taxa NOUN 3 obj Case=Nom|Definite=Ind|Number=Sing
    ; ; PUNCT 3 punct
    """
    item = """
    för för ADP 2 case
    bygglov bygglov NOUN 0 ROOT Case=Nom|Definite=Ind|Number=Sing
    """
    found = resolved(nlp, {"1": lead_in, "1.a": item})
    assert [(a, d, aim, obj) for a, d, aim, _, obj in found["1"]] == [
        ("nämnd", "obligation", "anta", "en taxa")
    ]
    assert found["1.a"] == []
    objectless = """
    Nämnden nämnd NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
    får få VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    även även ADV 2 advmod
    ; ; PUNCT 2 punct
    """
    task = """
    upplåta upplåta VERB 0 ROOT VerbForm=Inf|Voice=Act
    lokaler lokal NOUN 1 obj Case=Nom|Definite=Ind|Number=Plur
    """
    found = resolved(nlp, {"1": objectless, "1.a": task})
    assert found["1"] == []
    assert [(a, d, aim) for a, d, aim, *_ in found["1.a"]] == [("nämnd", "permission", "upplåta")]


HANDING_LEAD = """
Kassören kassör NOUN 3 nsubj Definite=Def
ska skola AUX 3 aux VerbForm=Fin|Tense=Pres
särskilt särskilt ADV 0 ROOT
"""

HANDING_ITEM = """
ansvara ansvara VERB 0 ROOT VerbForm=Inf
för för ADP 4 case
föreningens förening NOUN 4 nmod:poss Definite=Def|Case=Gen
bokföring bokföring NOUN 1 obl
och och CCONJ 6 cc
därvid därvid ADV 1 advmod
"""

HANDED_VERB = """
upprätta upprätta VERB 0 ROOT VerbForm=Inf
bokslut bokslut NOUN 1 obj
"""

HANDED_NEGATED = """
inte inte PART 2 advmod
lämna lämna VERB 0 ROOT VerbForm=Inf
ut ut ADP 2 compound:prt
medel medel NOUN 2 obj
"""


def test_a_lead_in_closing_on_a_handing_adverb_hands_on_its_modal(nlp) -> None:
    """Round 55 (newuser55 fault 4): `Kassören ska särskilt` • `ansvara för föreningens
    bokföring och därvid` ◦ `upprätta bokslut` ◦ `inte lämna ut medel`: the item before
    `och därvid` keeps its statement without the adverb in its object, and its own items take
    the modal `ska` (`ska inte`), not `ska ansvara för`."""
    from pipeline.nlp.components import DocumentRules
    from pipeline.nlp.document import ClauseInfo
    from tests.nlp_helpers import LEXICON

    clauses = {"1": HANDING_LEAD, "1.a": HANDING_ITEM, "1.a.a": HANDED_VERB,
               "1.a.b": HANDED_NEGATED}
    docs, infos = [], []
    for clause_id, rows in clauses.items():
        doc = parsed(nlp, rows)
        StatementFinder(nlp.vocab, CUES)(doc)
        docs.append(doc)
        parent = clause_id.rsplit(".", 1)[0] if "." in clause_id else None
        infos.append(ClauseInfo(clause_id, parent, "list_item" if parent else "paragraph", ""))
    DocumentRules(LEXICON, CUES).resolve(docs, infos, None)
    found = {
        info.clause_id: [
            (s.actor.canonical if s.actor else None, s.deontic, s.modal_text, s.aim,
             doc.text[slice(*s.object_span)] if s.object_span else None)
            for _, s in doc._.statements
        ]
        for doc, info in zip(docs, infos, strict=True)
    }
    assert [(a, aim, obj) for a, _, _, aim, obj in found["1.a"]] == [
        ("kassör", "ansvara", "föreningens bokföring")
    ]
    assert found["1.a.a"] == [("kassör", "obligation", "ska", "upprätta", "bokslut")]
    assert [(d, modal, aim) for _, d, modal, aim, _ in found["1.a.b"]] == [
        ("prohibition", "ska inte", "lämna")
    ]


SEE_TO_IT_LEAD_IN = """
Sekreteraren sekreterare NOUN 3 nsubj Case=Nom|Definite=Def|Gender=Com|Number=Sing
ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
se se VERB 0 ROOT VerbForm=Inf|Voice=Act
till till ADP 3 compound:prt
att att SCONJ 3 obl
: : PUNCT 3 punct
"""


def test_round57_every_item_under_se_till_att_is_the_object_of_se(nlp) -> None:
    """Round 57 (note37; §5.1, §5.3 and deontics.yaml `own_aim_phrases`): under ``X ska se
    till att:`` every item shape is the object of ``se``, as inline (``ska se till att
    upprätta X`` → se): a clause whose actor subject's verb the tagger read as a noun
    (``regionstyrelsen sammanträder [NOUN]``), an ``att``-clause, a bare infinitive (tagged
    ADJ) and a noun phrase; no statement of the item's own subject. Shipped-model tags."""
    found = resolved(
        nlp,
        {
            "1": SEE_TO_IT_LEAD_IN,
            "1.a": """
            regionstyrelsen regionstyrelse NOUN 2 nmod Case=Nom|Definite=Def|Gender=Com|Number=Sing
            sammanträder sammanträda NOUN 0 ROOT Case=Nom|Definite=Ind|Gender=Com|Number=Plur
            minst lite ADV 2 advmod Degree=Sup
            två två NUM 5 nummod Case=Nom|NumType=Card
            gånger gång NOUN 2 obl Case=Nom|Definite=Ind|Gender=Com|Number=Plur
            , , PUNCT 5 punct
            """,
            "1.b": """
            att att PART 3 mark
            protokoll protokoll NOUN 3 nsubj:pass Case=Nom|Definite=Ind|Gender=Com|Number=Sing
            förs föra VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass
            vid vid ADP 6 case
            varje varje DET 6 det Definite=Ind|Number=Sing|PronType=Tot
            möte möte NOUN 3 obl Case=Nom|Definite=Ind|Gender=Neut|Number=Sing
            , , PUNCT 3 punct
            """,
            "1.c": """
            kalla kall ADJ 0 ROOT Case=Nom|Definite=Def|Degree=Pos
            ledamöterna ledamot NOUN 1 obj Case=Nom|Definite=Def|Gender=Com|Number=Plur
            i i ADP 5 case
            god god ADJ 5 amod Case=Nom|Definite=Ind|Degree=Pos|Gender=Com|Number=Sing
            tid tid NOUN 2 nmod Case=Nom|Definite=Ind|Gender=Com|Number=Sing
            , , PUNCT 1 punct
            """,
            "1.d": """
            en en DET 3 det Definite=Ind|Gender=Com|Number=Sing|PronType=Art
            årlig årlig ADJ 3 amod Case=Nom|Definite=Ind|Degree=Pos|Gender=Com|Number=Sing
            budget budget NOUN 0 ROOT Case=Nom|Definite=Ind|Gender=Com|Number=Sing
            . . PUNCT 3 punct
            """,
        },
    )
    assert found["1"] == []
    assert {cid: [(a, d, aim) for a, d, aim, *_ in rows] for cid, rows in found.items()} == {
        "1": [],
        "1.a": [("sekreterare", "obligation", "se")],
        "1.b": [("sekreterare", "obligation", "se")],
        "1.c": [("sekreterare", "obligation", "se")],
        "1.d": [("sekreterare", "obligation", "se")],
    }
    assert found["1.c"][0][4] == "kalla ledamöterna i god tid"


def test_round57_an_ansvarar_for_att_lead_in_keeps_its_infinitive_items(nlp) -> None:
    """Negative: the own-aim reading is `se till att`'s only (`own_aim_phrases`); under
    ``ska ansvara för att:`` a bare infinitive item is still the aim."""
    from dataclasses import replace

    from pipeline.nlp.items import own_aim_frame
    from tests.test_nlp_document_rules import _frame

    frame = replace(_frame("obligation", "ansvara"), modal_text="ska ansvara för att")
    assert not own_aim_frame(frame, CUES)
    assert own_aim_frame(replace(_frame("obligation", "se"), modal_text="ska se till att"), CUES)
    assert own_aim_frame(replace(_frame("obligation", "se"), modal_text="ser till att"), CUES)


# Round 58 (analysis 58-cr C3, ruling R1): `… fördelat enligt följande:` over sentence items.
DISTRIBUTED_LEAD_IN = """
Direktionen direktion NOUN 3 nsubj Case=Nom|Definite=Def|Number=Sing
ska skola AUX 3 aux Mood=Ind|Tense=Pres|VerbForm=Fin
bestå bestå VERB 0 ROOT VerbForm=Inf|Voice=Act
av av ADP 6 case
sju sju NUM 6 nummod
ledamöter ledamot NOUN 3 obl Case=Nom|Definite=Ind|Number=Plur
fördelat fördela VERB 3 advcl VerbForm=Part
enligt enligt ADP 9 case
följande följande ADJ 7 obl Case=Nom
: : PUNCT 3 punct
"""

PLACE_ITEM = """
{place} {lemma} {pos} 2 nmod
kommun kommun NOUN 3 nsubj Case=Nom|Definite=Ind|Number=Sing
utser utse VERB 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
fyra fyra NUM 5 nummod
ledamöter ledamot NOUN 3 obj Case=Nom|Definite=Ind|Number=Plur
. . PUNCT 3 punct
"""

# as the tagger reads an item whose place name is also a verb's base form (`landa`)
VERB_READ_PLACE_ITEM = """
Landa landa VERB 0 ROOT VerbForm=Inf|Voice=Act
kommun kommun NOUN 1 obj Case=Nom|Definite=Ind|Number=Sing
utser utse VERB 1 conj Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act
två två NUM 5 nummod
ledamöter ledamot NOUN 3 obj Case=Nom|Definite=Ind|Number=Plur
. . PUNCT 1 punct
"""


def test_an_announcing_lead_in_over_sentence_items_keeps_its_statement(nlp) -> None:
    """Ruling R1 (round 58): every item a full sentence with its own subject and verb, the
    lead-in ending in `enligt följande:` keeps (direktion, obligation, bestå) and each item
    has its own statement; negative: a phrase item completes the lead-in (D11), which then
    keeps nothing."""
    ekby = PLACE_ITEM.format(place="Ekby", lemma="Ekby", pos="PROPN")
    sjovik = PLACE_ITEM.format(place="Sjövik", lemma="Sjövik", pos="PROPN")
    found = resolved(nlp, {"1": DISTRIBUTED_LEAD_IN, "1.a": ekby, "1.b": sjovik})
    assert [s[:3] for s in found["1"]] == [("direktion", "obligation", "bestå")]
    assert [s[:3] for s in found["1.a"]] == [("ekby kommun", "none", "utse")]
    assert [s[:3] for s in found["1.b"]] == [("sjövik kommun", "none", "utse")]
    phrase = """
    två två NUM 3 nummod
    från från ADP 3 case
    kommunen kommun NOUN 0 ROOT Case=Nom|Definite=Def|Number=Sing
    """
    found = resolved(nlp, {"1": DISTRIBUTED_LEAD_IN, "1.a": ekby, "1.b": phrase})
    assert found["1"] == []
    assert [s[:3] for s in found["1.b"]] == [("direktion", "obligation", "bestå")]


def test_a_place_name_read_as_a_verb_opens_no_infinitive_item(nlp) -> None:
    """Analysis 58-cr C3b: `Landa [VERB] kommun utser två ledamöter.` under an announcing
    lead-in: the capitalised word before `kommun` opens the actor `Landa kommun`, the item's
    subject, not an infinitive continuing the lead-in; negative: `Bygga upp en reserv`
    (a capitalised infinitive before no place kind noun) stays the lead-in's infinitive."""
    found = resolved(nlp, {"1": DISTRIBUTED_LEAD_IN, "1.a": VERB_READ_PLACE_ITEM})
    assert [s[:3] for s in found["1.a"]] == [("landa kommun", "none", "utse")]
    assert [s[:3] for s in found["1"]] == [("direktion", "obligation", "bestå")]
    lead = """
    Kommunstyrelsen kommunstyrelse NOUN 2 nsubj Case=Nom|Definite=Def|Number=Sing
    ska skola AUX 0 ROOT Mood=Ind|Tense=Pres|VerbForm=Fin
    : : PUNCT 2 punct
    """
    build = """
    Bygga bygga VERB 0 ROOT VerbForm=Inf|Voice=Act
    upp upp ADP 1 compound:prt
    en en DET 4 det
    reserv reserv NOUN 1 obj Case=Nom|Definite=Ind|Number=Sing
    . . PUNCT 1 punct
    """
    found = resolved(nlp, {"1": lead, "1.a": build})
    assert [s[:3] for s in found["1.a"]] == [("kommunstyrelse", "obligation", "bygga")]
