"""Builds corpus/dev/w41-a.jsonl and the small document corpus/dev/w41-a-ansvar.txt with its
gold: invented material for round 41, writer A (analysis 41-az causes 3, 4, 6, 14, 7, 5 and
analysis 41-r C1, C6; gold by hand from docs/annotation.md before the rules):
3 conditions read as main clauses (a quorum `när`-clause with coordinated subjects, the
openers `såframt icke`/`såvida inte`/`därest`, a verb-first condition with a long middle
field, with a short one kept as regression); 4 passive `av`-agents (modal + `av X` + passive
infinitive, coordinated `av`-agents around an `om`-clause, an `av`-agent with a relative
clause after a fronted `Vid`-phrase, an `av`-phrase inside the subject of an agentless
passive, `fattas av`); 6 `ska om möjligt` + passive infinitive (a fixed `om` + adjective
adverbial, with a real `om`-clause as negative); 14 `förbehålls rätten att`; 7 tagger slips
(a V2 verb after a fronted `Efter <compound>`, a supine after `har` + adverbials, with
`har att` kept); 5 `har som <role> till uppgift att` (negative `har som mål att`); r-C1
`<Bodies> i respektive <org>` (negative: `respektive` coordinating two actors); r-C6 an
item's `;`-clause with its own actor subject (negative: a non-actor subject after `;`).
Offsets computed.
Run: python corpus/make_w41_a.py corpus/dev"""

import sys

from records import (
    AR,
    FAR,
    FORV,
    FTV,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    SKALL,
    TJP,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w41-a", conditions_from_statements=True)


def v(word, lemma, tense="pres", voice="act", nth=0):
    return (word, lemma, tense, voice, nth)


ORDF = ("ordföranden", "ordförande", FTV)
LEDAMOTER = ("ledamöter", "ledamot", FTV)
QUORUM_1 = "när sekreteraren och ytterligare tre ledamöter deltar"
QUORUM_2 = "när ordföranden eller vice ordföranden och hälften av ledamöterna är närvarande"
SAFRAMT = "därest fullmäktige så begär"
V1_LONG = ("Har minst en tredjedel av medlemmarna i ett enskilt ärende skriftligen påkallat "
           "det")
V1_SHORT = "Har två revisorer begärt det"
V1_LONG_2 = "Har tre revisorer i en viss fråga skriftligen begärt det"
OM_1 = "om styrelsen så bestämmer"
OM_2 = "om ordföranden så beslutar"

SENTENCES = [
    # 3a: a quorum `när`-clause with coordinated subjects is no main clause
    rec("c3a-1", f"Utskottet är beslutfört {QUORUM_1}.",
        [("Utskottet", "utskott", POL), ("sekreteraren", "sekreterare", TJP), LEDAMOTER],
        [AR, v("deltar", "delta")],
        [st("utskott", "Utskottet", "none", None, "vara", "är", "beslutfört", condition=QUORUM_1)]),
    rec("c3a-2", f"Direktionen är beslutför {QUORUM_2}.",
        [("Direktionen", "direktion", POL), ORDF, ("vice ordföranden", "vice ordförande", FTV),
         ("ledamöterna", "ledamot", FTV)], [AR, v("är", "vara", nth=1)],
        [st("direktion", "Direktionen", "none", None, "vara", "är", "beslutför",
            condition=QUORUM_2)]),
    # 3a negatives: a single subject in the `när`-clause; a coordinated main-clause subject
    rec("c3a-n1", "Styrelsen är beslutför när minst fem ledamöter är närvarande.",
        [("Styrelsen", "styrelse", POL), LEDAMOTER], [AR, v("är", "vara", nth=1)],
        [st("styrelse", "Styrelsen", "none", None, "vara", "är", "beslutför",
            condition="när minst fem ledamöter är närvarande")]),
    rec("c3a-n2", "Ordföranden och sekreteraren undertecknar protokollet.",
        [("Ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP)], [v("undertecknar", "underteckna")],
        [st("ordförande", "Ordföranden", "none", None, "underteckna", "undertecknar",
            "protokollet"),
         st("sekreterare", "sekreteraren", "none", None, "underteckna", "undertecknar",
            "protokollet")]),
    # 3b: `såframt icke`, `såvida inte`, `därest` open conditions
    rec("c3b-1", "Sammanträdena hålls i stadshuset, såframt icke nämnden annorlunda beslutar.",
        [("nämnden", "nämnd", POL)], [v("hålls", "hålla", voice="pass"),
                                      v("beslutar", "besluta")]),
    rec("c3b-2", "Handlingarna sänds ut en vecka före mötet, såvida inte styrelsen beslutar "
        "annat.",
        [("styrelsen", "styrelse", POL)], [v("sänds", "sända", voice="pass"),
                                           v("beslutar", "besluta")]),
    rec("c3b-3", f"Revisorn ska granska räkenskaperna, {SAFRAMT}.",
        [("Revisorn", "revisor", FTV), ("fullmäktige", "fullmäktige", POL)],
        [SKA, v("granska", "granska", "inf"), v("begär", "begära")],
        [st("revisor", "Revisorn", "obligation", "ska", "granska", "granska", "räkenskaperna",
            condition=SAFRAMT)]),
    # 3b negative: `och` + a main clause
    rec("c3b-n1", "Sammanträdena hålls i stadshuset och nämnden beslutar om tiderna.",
        [("nämnden", "nämnd", POL)], [v("hålls", "hålla", voice="pass"),
                                      v("beslutar", "besluta")],
        [st("nämnd", "nämnden", "none", None, "besluta", "beslutar", "om tiderna")]),
    # 3c: a verb-first condition with a long middle field; the short one as regression
    rec("c3c-1", f"{V1_LONG} skall styrelsen inom fjorton dagar kalla till extra årsmöte.",
        [("medlemmarna", "medlem", OVR), ("styrelsen", "styrelse", POL),
         ("årsmöte", "årsmöte", OVR)],
        [v("Har", "ha"), v("påkallat", "påkalla", "sup"), SKALL, v("kalla", "kalla", "inf")],
        [st("styrelse", "styrelsen", "obligation", "skall", "kalla", "kalla", "till extra årsmöte",
            condition=V1_LONG)]),
    rec("c3c-2", f"{V1_SHORT} skall ordföranden genast kalla till möte.",
        [("revisorer", "revisor", FTV), ORDF],
        [v("Har", "ha"), v("begärt", "begära", "sup"), SKALL, v("kalla", "kalla", "inf")],
        [st("ordförande", "ordföranden", "obligation", "skall", "kalla", "kalla", "till möte",
            condition=V1_SHORT)]),
    rec("c3c-3", f"{V1_LONG_2} skall ordföranden utan dröjsmål kalla till extra "
        "sammanträde.",
        [("revisorer", "revisor", FTV), ORDF],
        [v("Har", "ha"), v("begärt", "begära", "sup"), SKALL, v("kalla", "kalla", "inf")],
        [st("ordförande", "ordföranden", "obligation", "skall", "kalla", "kalla",
            "till extra sammanträde", condition=V1_LONG_2)]),
    # 4a: modal + `av`-agent + passive infinitive
    rec("c4a-1", "Medlem som skadar föreningens anseende kan av styrelsen uteslutas.",
        [("Medlem", "medlem", OVR), ("föreningens", "förening", ORG),
         ("styrelsen", "styrelse", POL)],
        [v("skadar", "skada"), KAN, v("uteslutas", "utesluta", "inf", "pass")],
        [st("styrelse", "styrelsen", "permission", "kan", "utesluta", "uteslutas",
            "Medlem som skadar föreningens anseende", passive=True)]),
    rec("c4a-2", "Den som har gjort klubben stora tjänster kan av årsmötet väljas till "
        "revisor.",
        [("klubben", "klubb", ORG), ("årsmötet", "årsmöte", OVR)],
        [v("har", "ha"), v("gjort", "göra", "sup"), KAN, v("väljas", "välja", "inf", "pass")],
        [st("årsmöte", "årsmötet", "permission", "kan", "välja", "väljas", "till revisor",
            passive=True)]),
    rec("c4a-3", "Ärendet får av ordföranden hänskjutas till nämnden.",
        [ORDF, ("nämnden", "nämnd", POL)],
        [FAR, v("hänskjutas", "hänskjuta", "inf", "pass")],
        [st("ordförande", "ordföranden", "permission", "får", "hänskjuta", "hänskjutas", "Ärendet",
            passive=True)]),
    # 4b: coordinated `av`-agents around an interposed `om`-clause
    rec("c4b-1", f"Föreningens firma tecknas av kassören eller, {OM_1}, av två ledamöter "
        "gemensamt.",
        [("Föreningens", "förening", ORG), ("kassören", "kassör", FTV),
         ("styrelsen", "styrelse", POL), LEDAMOTER],
        [v("tecknas", "teckna", voice="pass"), v("bestämmer", "bestämma")],
        [st("kassör", "kassören", "none", None, "teckna", "tecknas", "Föreningens firma",
            passive=True),
         st("ledamot", "ledamöter", "none", None, "teckna", "tecknas", "Föreningens firma",
            passive=True, condition=OM_1)]),
    rec("c4b-2", f"Protokollet justeras av ordföranden eller, {OM_2}, av två ledamöter eller "
        "av sekreteraren.",
        [ORDF, ("ordföranden", "ordförande", FTV, 1), LEDAMOTER,
         ("sekreteraren", "sekreterare", TJP)],
        [v("justeras", "justera", voice="pass"), v("beslutar", "besluta")],
        [st("ordförande", "ordföranden", "none", None, "justera", "justeras", "Protokollet",
            passive=True),
         st("ledamot", "ledamöter", "none", None, "justera", "justeras", "Protokollet",
            passive=True, condition=OM_2),
         st("sekreterare", "sekreteraren", "none", None, "justera", "justeras", "Protokollet",
            passive=True, condition=OM_2)]),
    # 4c: an `av`-agent with a relative clause after a fronted `Vid`-phrase
    rec("c4c-1", "Vid förbundets sammanträden förs protokoll av en sekreterare som är anställd "
        "av förbundet.",
        [("förbundets", "förbund", ORG), ("sekreterare", "sekreterare", TJP),
         ("förbundet", "förbund", ORG)],
        [v("förs", "föra", voice="pass"), AR],
        [st("sekreterare", "sekreterare", "none", None, "föra", "förs", "protokoll", passive=True,
            condition="Vid förbundets sammanträden")]),
    # 4d: an `av`-phrase inside the passive's postposed subject is no agent
    rec("c4d-1", "Till ansökan ska bifogas det beslut av årsmötet som fastställer budgeten.",
        [("årsmötet", "årsmöte", OVR)],
        [SKA, v("bifogas", "bifoga", "inf", "pass"), v("fastställer", "fastställa")],
        [st(None, None, "obligation", "ska", "bifoga", "bifogas",
            "det beslut av årsmötet som fastställer budgeten", passive=True)]),
    rec("c4d-2", "Till ansökan skall fogas det beslut av föreningen där den godkänner avtalet.",
        [("föreningen", "förening", ORG)],
        [SKALL, v("fogas", "foga", "inf", "pass"), v("godkänner", "godkänna")],
        [st(None, None, "obligation", "skall", "foga", "fogas",
            "det beslut av föreningen där den godkänner avtalet", passive=True)]),
    # 4e: `fattas av`
    rec("c4e-2", "Beslut om att upplösa en avdelning fattas av distriktets styrelse.",
        [("avdelning", "avdelning", FORV), ("distriktets", "distrikt", FORV),
         ("styrelse", "styrelse", POL)],
        [v("upplösa", "upplösa", "inf"), v("fattas", "fatta", voice="pass")],
        [st("styrelse", "styrelse", "none", None, "fatta", "fattas",
            "Beslut om att upplösa en avdelning", passive=True)]),
    rec("c4e-1", "Beslut om uteslutning fattas av förbundets styrelse.",
        [("förbundets", "förbund", ORG), ("styrelse", "styrelse", POL)],
        [v("fattas", "fatta", voice="pass")],
        [st("styrelse", "styrelse", "none", None, "fatta", "fattas", "Beslut om uteslutning",
            passive=True)]),
    # 6: a fixed `om` + adjective adverbial between the modal and a passive infinitive
    rec("c6-1", "Kallelse skall om möjligt sändas till medlemmarna två veckor före årsmötet.",
        [("medlemmarna", "medlem", OVR)],  # a meeting after `före` is a time (round 21)
        [SKALL, v("sändas", "sända", "inf", "pass")],
        [st(None, None, "obligation", "skall", "sända", "sändas", "Kallelse", passive=True)]),
    rec("c6-2", "Protokollet ska om nödvändigt justeras samma dag.", (),
        [SKA, v("justeras", "justera", "inf", "pass")],
        [st(None, None, "obligation", "ska", "justera", "justeras", "Protokollet", passive=True)]),
    # 6 negative: a real `om`-clause with its own finite verb
    rec("c6-n1", f"Protokollet ska, {OM_2}, justeras omedelbart.", [ORDF],
        [SKA, v("beslutar", "besluta"), v("justeras", "justera", "inf", "pass")],
        [st(None, None, "obligation", "ska", "justera", "justeras", "Protokollet", passive=True,
            condition=OM_2)]),
    # 14: `förbehålls rätten att`
    rec("c14-1", "Förbundsstämman förbehålls rätten att fastställa årsavgiften.",
        [("Förbundsstämman", "förbundsstämma", OVR)],
        [v("förbehålls", "förbehålla", voice="pass"), v("fastställa", "fastställa", "inf")],
        [st("förbundsstämma", "Förbundsstämman", "permission", "förbehålls rätten att",
            "fastställa", "fastställa", "årsavgiften")]),
    rec("c14-2", "Styrelsen förbehålls rätten att ändra ordningen.",
        [("Styrelsen", "styrelse", POL)],
        [v("förbehålls", "förbehålla", voice="pass"), v("ändra", "ändra", "inf")],
        [st("styrelse", "Styrelsen", "permission", "förbehålls rätten att", "ändra", "ändra",
            "ordningen")]),
    # 7a: the V2 verb after a fronted `Efter <compound>`
    rec("c7a-1", "Efter omval sammanträder nämnden första gången på kallelse av den äldste "
        "ledamoten.",
        [("nämnden", "nämnd", POL), ("ledamoten", "ledamot", FTV)],
        [v("sammanträder", "sammanträda")],
        [st("nämnd", "nämnden", "none", None, "sammanträda", "sammanträder",
            "första gången på kallelse av den äldste ledamoten", condition="Efter omval")]),
    rec("c7a-2", "Efter fyllnadsval sammanträder styrelsen snarast.",
        [("styrelsen", "styrelse", POL)], [v("sammanträder", "sammanträda")],
        [st("styrelse", "styrelsen", "none", None, "sammanträda", "sammanträder", "snarast",
            condition="Efter fyllnadsval")]),
    # 7b: a supine after `har` + adverbials is the aim; `har … att` is no cue across it
    rec("c7b-1", "Nämnden har efter samråd med revisorerna meddelat att den ändrat sin "
        "ordning.",
        [("Nämnden", "nämnd", POL), ("revisorerna", "revisor", FTV)],
        [v("har", "ha"), v("meddelat", "meddela", "sup"), v("ändrat", "ändra", "sup")],
        [st("nämnd", "Nämnden", "none", None, "meddela", "meddelat",
            "att den ändrat sin ordning")]),
    rec("c7b-2", "Styrelsen har skriftligen anmält att den antagit en ny budget.",
        [("Styrelsen", "styrelse", POL)],
        [v("har", "ha"), v("anmält", "anmäla", "sup"), v("antagit", "anta", "sup")],
        [st("styrelse", "Styrelsen", "none", None, "anmäla", "anmält",
            "att den antagit en ny budget")]),
    # 7b negative: `har att` + infinitive stays an obligation
    rec("c7b-n1", "Styrelsen har att besluta om budgeten.", [("Styrelsen", "styrelse", POL)],
        [v("har", "ha"), v("besluta", "besluta", "inf")],
        [st("styrelse", "Styrelsen", "obligation", "har att", "besluta", "besluta",
            "om budgeten")]),
    # 5: `har som <role> till uppgift att`
    rec("c5-1", "Kansliet har som föreningens sammanhållande organ till uppgift att bereda "
        "ärendena.",
        [("Kansliet", "kansli", FORV), ("föreningens", "förening", ORG)],
        [v("har", "ha"), v("bereda", "bereda", "inf")],
        [st("kansli", "Kansliet", "obligation", "har till uppgift att", "bereda", "bereda",
            "ärendena")]),
    rec("c5-2", "Utskottet har som styrelsens beredande organ till uppgift att förbereda "
        "besluten.",
        [("Utskottet", "utskott", POL), ("styrelsens", "styrelse", POL)],
        [v("har", "ha"), v("förbereda", "förbereda", "inf")],
        [st("utskott", "Utskottet", "obligation", "har till uppgift att", "förbereda",
            "förbereda", "besluten")]),
    # 5 regression: `har som mål att` stays the purpose cue (docs/annotation.md round 10)
    rec("c5-n1", "Föreningen har som mål att främja friluftslivet.",
        [("Föreningen", "förening", ORG)], [v("har", "ha"), v("främja", "främja", "inf")],
        [st("förening", "Föreningen", "obligation", "har som mål att", "främja", "främja",
            "friluftslivet")]),
    # 5 negative: `har som <role>` + an object is no cue
    rec("c5-n2", "Styrelsen har som ordförande en ledamot från varje ort.",
        [("Styrelsen", "styrelse", POL), ("ledamot", "ledamot", FTV)],  # role-`som`: no actor
        [v("har", "ha")],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har",
            "som ordförande en ledamot från varje ort")]),
    # r-C1: `<Bodies> i respektive <org>`: the head is the subject
    rec("r1-1", "Kulturutskotten i respektive medlemskommun får begära in förbundets "
        "handlingar.",
        [("Kulturutskotten", "kulturutskott", POL), ("medlemskommun", "medlemskommun", ORG),
         ("förbundets", "förbund", ORG)],
        [FAR, v("begära", "begära", "inf")],
        [st("kulturutskott", "Kulturutskotten", "permission", "får", "begära", "begära",
            "in förbundets handlingar")]),
    rec("r1-2", "Socialnämnderna i respektive kommun äger rätt att granska avtalet samt i "
        "övrigt följa upp verksamheten.",
        [("Socialnämnderna", "socialnämnd", POL), ("kommun", "kommun", ORG)],
        [v("äger", "äga"), v("granska", "granska", "inf"), v("följa", "följa", "inf")],
        [st("socialnämnd", "Socialnämnderna", "permission", "äger rätt att", "granska",
            "granska", "avtalet"),
         st("socialnämnd", "Socialnämnderna", "permission", "äger rätt att", "följa", "följa",
            "upp verksamheten")]),
    # r-C1 negative: `respektive` between two actors coordinates them
    rec("r1-n1", "Ordföranden respektive vice ordföranden kallar till sammanträde.",
        [("Ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)],
        [v("kallar", "kalla")],
        [st("ordförande", "Ordföranden", "none", None, "kalla", "kallar", "till sammanträde"),
         st("vice ordförande", "vice ordföranden", "none", None, "kalla", "kallar",
            "till sammanträde")]),
]

# r-C6: an item's `;`-clause with its own actor subject keeps its statement
D1 = "w41-a-ansvar"
D1_TEXT = """Fastighetsnämnden ansvarar för:

- underhåll av skolorna; förvaltaren ska lämna en årlig rapport,

- kommunens arkiv; det viktigaste ansvaret är bevarande,

- städning av lokalerna.
"""
FN = "fastighetsnämnd"
ANSVAR = (FN, "Fastighetsnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar")


def item(cid, text, actors=(), verbs=(), statements=()):
    return rec(cid, text, actors, verbs, statements, doc=D1, kind="list_item", parent="1",
               label="-")


D1_RECORDS = [
    rec("1", "Fastighetsnämnden ansvarar för:", [("Fastighetsnämnden", FN, POL)],
        [v("ansvarar", "ansvara")], doc=D1),
    item("1.a", "underhåll av skolorna; förvaltaren ska lämna en årlig rapport,",
         [("förvaltaren", "förvaltare", OVR)], [SKA, v("lämna", "lämna", "inf")],
         [st(*ANSVAR, obj="underhåll av skolorna"),
          st("förvaltare", "förvaltaren", "obligation", "ska", "lämna", "lämna",
             "en årlig rapport")]),
    item("1.b", "kommunens arkiv; det viktigaste ansvaret är bevarande,",
         [("kommunens", "kommun", ORG), ("arkiv", "arkiv", FORV)], [AR], [st(*ANSVAR, obj="kommunens arkiv")]),
    item("1.c", "städning av lokalerna.", statements=[st(*ANSVAR, obj="städning av lokalerna")]),
]

DOCUMENTS = {D1: (D1_TEXT, D1_RECORDS)}

if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev"
    write_part(folder, "w41-a", DOCUMENTS, before=SENTENCES)
