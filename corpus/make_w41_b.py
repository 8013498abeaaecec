"""Builds corpus/dev/w41-b.jsonl and the document corpus/dev/w41-b-samverkan.txt with their
gold: invented material for round 41, writer B (analyses 41-az and 41-r; gold by hand from
docs/annotation.md before the rules): az cause 2, a statute title `… med instruktion för
<genitive plural> <body>` whose full name is one span in every sentence, its genitive owner
no mention of its own, the bare `Nämnden` staying the kind (`w41-b-samverkan`); az cause 12,
`-central` unit compounds and `civilbefälhavare` (an adjective `central` the negative);
az cause 10, `talman`, `vicetalman`, `ålderstalman`; `Riksarkivet` and `-ministeriet` by name
(sentences `w41-b-s`); r cause C2b, coordinated place names with the gap hyphen before a
shared `kommuner`/`kommun` (`w41-b-namnd`: an adoption line and a preamble) and r cause C2a,
perfect `har` + a prepositional adverbial with a determiner + supine (the negative: `har i dag
ett samlat ansvar`); r causes C5 (ruled in) and C9, a modified body kind noun with a
capitalised name in apposition, later that kind noun, a place's genitive + a capitalised body
compound and a place + `Kommunkoncern` as one name (negatives: a bare `Nämnden`, an actor
noun's genitive `Regionens Hälsonämnd`; `w41-b-tolk`); r C8, `Vad är ett X?`; az 8, a
naming definition `används om X beteckningen Y`. Offsets computed.
Run: python corpus/make_w41_b.py corpus/dev"""

import sys

from records import (
    EXT,
    FORV,
    FTV,
    HAR,
    ORG,
    POL,
    SKA,
    clause_record,
    records_for,
    write_part,
)
from records import statement as st

PRES, INF, ACT, PASS = "pres", "inf", "act", "pass"


rec = records_for("w41-b-samverkan")


def one(cid, text, actors=(), verbs=(), statements=()):
    record = clause_record("w41-b-s", cid, text, actors, verbs, statements)
    for row in record["statements"]:
        assert row["actor_text"] is None or row["actor_text"] in text, (cid, row)
        assert row["aim_text"] in text, (cid, row)
    return record


SAMVERKAN_TEXT = """Förordning (2031:45) med instruktion för regionernas samverkansnämnd

Uppgifter

1 § Regionernas samverkansnämnd har till uppgift att följa utvecklingen inom tandvården.

2 § Regionernas samverkansnämnd ska årligen lämna en rapport till regeringen.

3 § Nämnden leds av en styrelse.
"""
SN = "regionernas samverkansnämnd"
SAMVERKAN = [
    rec("title", "Förordning (2031:45) med instruktion för regionernas samverkansnämnd",
        [("regionernas samverkansnämnd", SN, POL)], kind="heading"),
    rec("h1", "Uppgifter", kind="heading"),
    rec("§1", "Regionernas samverkansnämnd har till uppgift att följa utvecklingen inom "
        "tandvården.", [("Regionernas samverkansnämnd", SN, POL)],
        [HAR, ("följa", "följa", INF, ACT)],
        [st(SN, "Regionernas samverkansnämnd", "obligation", "har till uppgift att", "följa",
            "följa", "utvecklingen inom tandvården")], parent="h1", label="1 §"),
    rec("§2", "Regionernas samverkansnämnd ska årligen lämna en rapport till regeringen.",
        [("Regionernas samverkansnämnd", SN, POL), ("regeringen", "regering", EXT)],
        [SKA, ("lämna", "lämna", INF, ACT)],
        [st(SN, "Regionernas samverkansnämnd", "obligation", "ska", "lämna", "lämna",
            "en rapport till regeringen")], parent="h1", label="2 §"),
    rec("§3", "Nämnden leds av en styrelse.",
        [("Nämnden", "nämnd", POL), ("styrelse", "styrelse", POL)],
        [("leds", "leda", PRES, PASS)],
        [st("styrelse", "styrelse", "none", None, "leda", "leds", "Nämnden", passive=True)],
        parent="h1", label="3 §"),
]

ONM = "överförmyndarnämnd"
NAMND_1 = ("Ekeby-, Tallnäs- och Granviks kommuner har genom ett gemensamt beslut kommit överens "
           "om att inrätta nämnden.")
NAMND_TEXT = f"""Reglemente för överförmyndarnämnden
Antagen av kommunfullmäktige i Ekeby-, Tallnäs- samt Granviks kommun 2031-03-01

1 § {NAMND_1}
"""
KOMMA = ("kommit", "komma", "sup", ACT)


def agreed(actor, actor_text):
    return st(actor, actor_text, "none", None, "komma", "kommit")


NAMND = [
    clause_record("w41-b-namnd", "title", "Reglemente för överförmyndarnämnden",
                  [("överförmyndarnämnden", ONM, POL)], kind="heading"),
    clause_record("w41-b-namnd", "m1",
                  "Antagen av kommunfullmäktige i Ekeby-, Tallnäs- samt Granviks kommun 2031-03-01",
                  [("kommunfullmäktige", "kommunfullmäktige", POL), ("Ekeby-", "ekeby kommun", ORG),
                   ("Tallnäs-", "tallnäs kommun", ORG),
                   ("Granviks kommun", "granviks kommun", ORG)],
                  [("Antagen", "anta", "part", PASS)]),
    clause_record("w41-b-namnd", "§1", NAMND_1,
                  [("Ekeby-", "ekeby kommun", ORG), ("Tallnäs-", "tallnäs kommun", ORG),
                   ("Granviks kommuner", "granviks kommun", ORG), ("nämnden", "nämnd", POL)],
                  [HAR, KOMMA, ("inrätta", "inrätta", INF, ACT)],
                  [agreed("ekeby kommun", "Ekeby-"), agreed("tallnäs kommun", "Tallnäs-"),
                   agreed("granviks kommun", "Granviks kommuner")], label="1 §"),
]

TOLK_1 = "Kommunerna inrättar den gemensamma nämnden, Mälarbygdens Tolknämnd, för tolkservice."
TOLK_TEXT = f"""Samverkansavtal om tolkservice

1 § {TOLK_1}

2 § Den gemensamma nämnden ansvarar för bokningar.

3 § Nämnden sammanträder varje månad.

4 § Bolaget ägs av Ekby stad och Åsby Kommunkoncern.

5 § Regionens Hälsonämnd samråder med Västerdalens Löneförvaltning.
"""
MT = "mälarbygdens tolknämnd"


def tolk(cid, text, actors=(), verbs=(), statements=(), kind="paragraph", label=""):
    return clause_record("w41-b-tolk", cid, text, actors, verbs, statements, kind=kind,
                         label=label)


TOLK = [
    tolk("title", "Samverkansavtal om tolkservice", kind="heading"),
    tolk("§1", TOLK_1,
         [("Kommunerna", "kommun", ORG), ("gemensamma nämnden", MT, POL),
          ("Mälarbygdens Tolknämnd", MT, POL)],
         [("inrättar", "inrätta", PRES, ACT)],
         [st("kommun", "Kommunerna", "none", None, "inrätta", "inrättar")], label="1 §"),
    tolk("§2", "Den gemensamma nämnden ansvarar för bokningar.",
         [("gemensamma nämnden", MT, POL)], [("ansvarar", "ansvara", PRES, ACT)],
         [st(MT, "gemensamma nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
             "för bokningar")], label="2 §"),
    tolk("§3", "Nämnden sammanträder varje månad.", [("Nämnden", "nämnd", POL)],
         [("sammanträder", "sammanträda", PRES, ACT)],
         [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder")],
         label="3 §"),
    tolk("§4", "Bolaget ägs av Ekby stad och Åsby Kommunkoncern.",
         [("Bolaget", "bolag", ORG), ("Ekby stad", "ekby stad", ORG),
          ("Åsby Kommunkoncern", "åsby kommunkoncern", ORG)],
         [("ägs", "äga", PRES, PASS)],
         [st("ekby stad", "Ekby stad", "none", None, "äga", "ägs", "Bolaget", passive=True),
          st("åsby kommunkoncern", "Åsby Kommunkoncern", "none", None, "äga", "ägs", "Bolaget",
             passive=True)], label="4 §"),
    tolk("§5", "Regionens Hälsonämnd samråder med Västerdalens Löneförvaltning.",
         [("Regionens", "region", ORG), ("Hälsonämnd", "hälsonämnd", POL),
          ("Västerdalens Löneförvaltning", "västerdalens löneförvaltning", FORV)],
         [("samråder", "samråda", PRES, ACT)],
         [st("hälsonämnd", "Hälsonämnd", "none", None, "samråda", "samråder",
             "med Västerdalens Löneförvaltning")], label="5 §"),
]

SENTENCES = [
    # cause 2's negative: an owner's genitive + body with no declaring title stays two actors
    one("1", "Förbundets samverkansnämnd ska samråda med regionerna.",
        [("Förbundets", "förbund", ORG), ("samverkansnämnd", "samverkansnämnd", POL),
         ("regionerna", "region", ORG)],
        [SKA, ("samråda", "samråda", INF, ACT)],
        [st("samverkansnämnd", "samverkansnämnd", "obligation", "ska", "samråda", "samråda",
            "med regionerna")]),
    # cause 12: `-central` units, civilbefälhavare; an adjective `central` is none
    one("2", "Upphandlingscentralen samordnar regionens inköp.",
        [("Upphandlingscentralen", "upphandlingscentral", FORV), ("regionens", "region", ORG)],
        [("samordnar", "samordna", PRES, ACT)],
        [st("upphandlingscentral", "Upphandlingscentralen", "none", None, "samordna",
            "samordnar", "regionens inköp")]),
    one("3", "Nämnden ska samråda med civilbefälhavaren.",
        [("Nämnden", "nämnd", POL), ("civilbefälhavaren", "civilbefälhavare", EXT)],
        [SKA, ("samråda", "samråda", INF, ACT)],
        [st("nämnd", "Nämnden", "obligation", "ska", "samråda", "samråda",
            "med civilbefälhavaren")]),
    one("4", "Frågan har en central betydelse för nämnden.",
        [("nämnden", "nämnd", POL)], [HAR]),
    # cause 10: the presiding titles of an assembly
    one("5", "Talmannen leder sammanträdena.", [("Talmannen", "talman", FTV)],
        [("leder", "leda", PRES, ACT)],
        [st("talman", "Talmannen", "none", None, "leda", "leder", "sammanträdena")]),
    one("6", "Vicetalmannen biträder talmannen.",
        [("Vicetalmannen", "vicetalman", FTV), ("talmannen", "talman", FTV)],
        [("biträder", "biträda", PRES, ACT)],
        [st("vicetalman", "Vicetalmannen", "none", None, "biträda", "biträder", "talmannen")]),
    one("7", "Ålderstalmannen öppnar det första plenum.",
        [("Ålderstalmannen", "ålderstalman", FTV)], [("öppnar", "öppna", PRES, ACT)],
        [st("ålderstalman", "Ålderstalmannen", "none", None, "öppna", "öppnar",
            "det första plenum")]),
    # cause 12: the national archives and a ministry by name
    one("8", "Handlingarna ska efter tio år lämnas till Riksarkivet.",
        [("Riksarkivet", "riksarkivet", EXT)],
        [SKA, ("lämnas", "lämna", INF, PASS)],
        [st(None, None, "obligation", "ska", "lämna", "lämnas", "Handlingarna", passive=True)]),
    one("9", "Förbundet ska samråda med finansministeriet.",
        [("Förbundet", "förbund", ORG), ("finansministeriet", "finansministeriet", EXT)],
        [SKA, ("samråda", "samråda", INF, ACT)],
        [st("förbund", "Förbundet", "obligation", "ska", "samråda", "samråda",
            "med finansministeriet")]),
    # r C2a: perfect `har` + a prepositional adverbial with a determiner + supine
    one("10", "Regionerna har genom ett gemensamt beslut i fullmäktige kommit överens om att "
        "inrätta ett råd.",
        [("Regionerna", "region", ORG), ("fullmäktige", "fullmäktige", POL)],
        [HAR, KOMMA, ("inrätta", "inrätta", INF, ACT)],
        [st("region", "Regionerna", "none", None, "komma", "kommit")]),
    one("11", "Styrelsen har i dag ett samlat ansvar för driften.",
        [("Styrelsen", "styrelse", POL)], [HAR],
        [st("styrelse", "Styrelsen", "responsibility", "har ansvar för", "ansvara", "har",
            "driften")]),
    # r C8: the subject of a question `Vad är ett X?`
    one("12", "Vad är ett kommunalförbund?", [("kommunalförbund", "kommunalförbund", ORG)],
        [("är", "vara", PRES, ACT)]),
    # az cause 8: `används om X benämningen Y` defines a name: no statement, the term no actor
    one("13", "I dessa stadgar används om en lokal förening beteckningen klubben.",
        [("förening", "förening", ORG)], [("används", "använda", PRES, PASS)]),
]

DOCUMENTS = {"w41-b-samverkan": (SAMVERKAN_TEXT, SAMVERKAN), "w41-b-namnd": (NAMND_TEXT, NAMND),
             "w41-b-tolk": (TOLK_TEXT, TOLK)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w41-b", DOCUMENTS, after=SENTENCES)
