"""Builds corpus/dev/w56-a.jsonl and the documents corpus/dev/w56-a-*.txt with their gold:
invented material for round 56, writer w56a (analysis 56-cm, causes C1-C6 of its §2).
`w56-a-organisation`: a region's organisation page whose unit and committee headings
(`Tågförvaltningen`, `Kultur- och fritidsberedningen`, `Utskottet för äldrefrågor`,
`Rådet för funktionshinderfrågor`) are followed by a verb-first description (`Ansvarar för
…`, `Stödjer …`, `Bereder …`, `Förvaltar …`) and later sentences with their own subjects,
and by bare `Beredningen`/`Utskottet`/`Rådet` that take the heading's body (§2.3, §5.1).
Negatives: a V1 question under a unit heading; the title's own body stays bare
(`w56-a-namnd`).
`w56-a-bolag`: `-s` passives (`förvaltas gemensamt av`, `ägs helt av`) in list items with
their own later subjects under a colon lead-in; `<definite noun> i <Place> AB` as one
company name and its short form; negative `Styrelsen i <Name> AB`.
`w56-a-kultur`: a brand name after an owned kind noun (`Region Ekbos kulturförvaltning Scen
Nordby initierar …`), its later bare mentions and the kind's bare head; negative a role
before a personal name.
`w56-a-identitet`: clefts whose focus has a PP the parser hangs `som` on (`I Ekbo är det
socialnämnden inom kommunen som …`, `Det är X i regionen som`, `Numera är det X inom Y som`);
a definite superlative fronted predicative identifies, no statement (round 51 x1, §5.1 round
35 B4: `Den främsta beslutande församlingen inom X är Y`, `Det viktigaste beslutande organet i
bolaget är …`, also as a conjoined clause); negative a non-superlative definite subject.
Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w56_a.py corpus/dev"""

import sys

from records import AR, FORV, HAR, ORG, POL, SKA, TJP, blocks_text, inf, pres, records_for
from records import statement as st
from records import write_part

NONE, OBL, RESP = "none", "obligation", "responsibility"

# (1) C1 + C2: an organisation page of unit and committee headings.
D = "w56-a-organisation"
rec = records_for(D)  # a description's actor_text is its heading's
TF, BF, KB, UA = ("tågförvaltning", "bussförvaltning", "kultur- och fritidsberedning",
                  "utskott för äldrefrågor")
BM, RF, FE = "bygg- och miljöberedning", "råd för funktionshinderfrågor", "fastighetsenhet"
ORGANISATION = [
    rec("title", "Så är Region Ekbo organiserad", [("Region Ekbo", "region ekbo", ORG)],
        kind="heading"),
    rec("h1", "Tågförvaltningen", [("Tågförvaltningen", TF, FORV)], kind="heading"),
    rec("1", "Ansvarar för att planera tågtrafiken och underhålla stationerna i länet. "
        "Tågförvaltningen och trafiknämnden samarbetar i budgetfrågor.",
        [("Tågförvaltningen", TF, FORV), ("trafiknämnden", "trafiknämnd", POL)],
        [pres("Ansvarar", "ansvara"), inf("planera"), inf("underhålla"),
         pres("samarbetar", "samarbeta")],
        [st(TF, "Tågförvaltningen", RESP, "Ansvarar för", "planera", "planera", "tågtrafiken"),
         st(TF, "Tågförvaltningen", RESP, "Ansvarar för", "underhålla", "underhålla",
            "stationerna i länet"),
         st(TF, "Tågförvaltningen", NONE, None, "samarbeta", "samarbetar", "i budgetfrågor"),
         st("trafiknämnd", "trafiknämnden", NONE, None, "samarbeta", "samarbetar",
            "i budgetfrågor")],
        parent="h1"),
    rec("h2", "Bussförvaltningen", [("Bussförvaltningen", BF, FORV)], kind="heading"),
    rec("2", "Ansvarar för att upphandla busstrafiken samt för att biljettsystemet fungerar i "
        "hela länet. Förvaltningen har sina lokaler i Ekbo.",
        [("Förvaltningen", BF, FORV)],
        [pres("Ansvarar", "ansvara"), inf("upphandla"), pres("fungerar", "fungera"), HAR],
        [st(BF, "Bussförvaltningen", RESP, "Ansvarar för", "upphandla", "upphandla",
            "busstrafiken"),
         st(BF, "Bussförvaltningen", RESP, "Ansvarar för", "ansvara", "Ansvarar",
            "för att biljettsystemet fungerar i hela länet"),
         st(BF, "Förvaltningen", NONE, None, "ha", "har", "sina lokaler i Ekbo")],
        parent="h2"),
    rec("h3", "Kultur- och fritidsberedningen", [("Kultur- och fritidsberedningen", KB, POL)],
        kind="heading"),
    rec("3", "Stödjer kulturnämnden i frågor om bidrag till föreningar. Beredningen följer upp "
        "bidragen varje år.",
        [("kulturnämnden", "kulturnämnd", POL), ("föreningar", "förening", ORG),
         ("Beredningen", KB, POL)],
        [pres("Stödjer", "stödja"), pres("följer", "följa")],
        [st(KB, "Kultur- och fritidsberedningen", NONE, None, "stödja", "Stödjer",
            "kulturnämnden"),
         st(KB, "Beredningen", NONE, None, "följa", "följer", "bidragen")],
        parent="h3"),
    rec("h4", "Utskottet för äldrefrågor", [("Utskottet för äldrefrågor", UA, POL)],
        kind="heading"),
    rec("4", "Bereder ärenden om hemtjänst och planerar besöken på boendena. Utskottet "
        "rapporterar till regionstyrelsen varje månad.",
        [("Utskottet", UA, POL), ("regionstyrelsen", "regionstyrelse", POL)],
        [pres("Bereder", "bereda"), pres("planerar", "planera"),
         pres("rapporterar", "rapportera")],
        [st(UA, "Utskottet för äldrefrågor", NONE, None, "bereda", "Bereder",
            "ärenden om hemtjänst"),
         st(UA, "Utskottet för äldrefrågor", NONE, None, "planera", "planerar",
            "besöken på boendena"),
         st(UA, "Utskottet", NONE, None, "rapportera", "rapporterar", "till regionstyrelsen")],
        parent="h4"),
    rec("h5", "Bygg- och miljöberedningen", [("Bygg- och miljöberedningen", BM, POL)],
        kind="heading"),
    rec("5", "Beredningen yttrar sig över detaljplaner och lämnar förslag till nämnderna.",
        [("Beredningen", BM, POL), ("nämnderna", "nämnd", POL)],
        [pres("yttrar", "yttra"), pres("lämnar", "lämna")],
        [st(BM, "Beredningen", NONE, None, "yttra", "yttrar", "över detaljplaner"),
         st(BM, "Beredningen", NONE, None, "lämna", "lämnar", "förslag till nämnderna")],
        parent="h5"),
    rec("h6", "Rådet för funktionshinderfrågor", [("Rådet för funktionshinderfrågor", RF, POL)],
        kind="heading"),
    rec("6", "Efter varje sammanträde skickar rådet sina synpunkter till regionstyrelsen. "
        "Rådet bjuder in föreningarna två gånger om året.",
        [("rådet", RF, POL), ("regionstyrelsen", "regionstyrelse", POL), ("Rådet", RF, POL),
         ("föreningarna", "förening", ORG)],
        [pres("skickar", "skicka"), pres("bjuder", "bjuda")],
        [st(RF, "rådet", NONE, None, "skicka", "skickar", "sina synpunkter"),
         st(RF, "Rådet", NONE, None, "bjuda", "bjuder", "föreningarna")],
        parent="h6"),
    rec("h7", "Fastighetsenheten", [("Fastighetsenheten", FE, FORV)], kind="heading"),
    rec("7", "Förvaltar regionens sjukhusbyggnader. Lokalerna hyrs ut till vårdcentralerna. "
        "Regiondirektören beslutar om större ombyggnader.",
        [("regionens", "region ekbo", ORG), ("Regiondirektören", "regiondirektör", TJP)],
        [pres("Förvaltar", "förvalta"), pres("hyrs", "hyra", "pass"),
         pres("beslutar", "besluta")],
        [st(FE, "Fastighetsenheten", NONE, None, "förvalta", "Förvaltar",
            "regionens sjukhusbyggnader"),
         st("regiondirektör", "Regiondirektören", NONE, None, "besluta", "beslutar",
            "om större ombyggnader")],
        parent="h7"),
    rec("h8", "Ekonomienheten", [("Ekonomienheten", "ekonomienhet", FORV)], kind="heading"),
    rec("8", "Finns det frågor om fakturor? Kontakta enheten.",
        [("enheten", "enhet", FORV)], [pres("Finns", "finnas"), ("Kontakta", "kontakta", "imp",
                                                                 "act")],
        parent="h8"),
]
ORGANISATION_TEXT = blocks_text(ORGANISATION)

# (1b) C2 negative: the title's own body stays bare below it (§2.3, round 22).
D = "w56-a-namnd"
rec = records_for(D, check_texts=True)
VO = "vård- och omsorgsnämnd"
NAMND = [
    rec("title", "Reglemente för vård- och omsorgsnämnden i Ekbo kommun",
        [("vård- och omsorgsnämnden", VO, POL), ("Ekbo kommun", "ekbo kommun", ORG)],
        kind="heading"),
    rec("h1", "Nämndens uppgifter", [("Nämndens", "nämnd", POL)], kind="heading"),
    rec("1", "Nämnden ansvarar för äldreomsorgen i kommunen. Nämnden följer upp verksamheten.",
        [("Nämnden", "nämnd", POL), ("kommunen", "ekbo kommun", ORG),
         ("Nämnden", "nämnd", POL, 1)],
        [pres("ansvarar", "ansvara"), pres("följer", "följa")],
        [st("nämnd", "Nämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
            "för äldreomsorgen i kommunen"),
         st("nämnd", "Nämnden", NONE, None, "följa", "följer", "verksamheten")],
        parent="h1"),
]
NAMND_TEXT = blocks_text(NAMND)

# (2) C4 + C5: companies, s-passives in list items, `<noun> i <Place> AB`.
D = "w56-a-bolag"
rec = records_for(D)  # an object item's actor_text is its lead-in's
EV, ET, SE = "ekbo vatten ab", "ekbo tåg ab", "stiftelsen ekbogården"
FV, HS = "fjärrvärmen i ekbo ab", "hamnen i storvik ab"
BOLAG = [
    rec("title", "Regionens bolag", [("Regionens", "region", ORG), ("bolag", "bolag", ORG)],
        kind="heading"),
    rec("1", "Regionen har flera bolag och stiftelser:",
        [("Regionen", "region", ORG), ("bolag", "bolag", ORG), ("stiftelser", "stiftelse", ORG)],
        [HAR]),
    rec("1.a", "Ekbo Vatten AB förvaltas gemensamt av de två kommunerna. Ekbo Vatten AB driver "
        "reningsverken och planerar nya ledningar.",
        [("Ekbo Vatten AB", EV, ORG), ("kommunerna", "kommun", ORG),
         ("Ekbo Vatten AB", EV, ORG, 1)],
        [pres("förvaltas", "förvalta", "pass"), pres("driver", "driva"),
         pres("planerar", "planera")],
        [st("kommun", "kommunerna", NONE, None, "förvalta", "förvaltas",
            "av de två kommunerna", passive=True),
         st(EV, "Ekbo Vatten AB", NONE, None, "driva", "driver", "reningsverken"),
         st(EV, "Ekbo Vatten AB", NONE, None, "planera", "planerar", "nya ledningar")],
        kind="list_item", parent="1", label="•"),
    rec("1.b", "Ekbo Tåg AB ägs gemensamt av tre regioner i norr. Ekbo Tåg AB upphandlar "
        "tågtrafiken och sköter tidtabellerna.",
        [("Ekbo Tåg AB", ET, ORG), ("regioner", "region", ORG), ("Ekbo Tåg AB", ET, ORG, 1)],
        [pres("ägs", "äga", "pass"), pres("upphandlar", "upphandla"), pres("sköter", "sköta")],
        [st("region", "regioner", NONE, None, "äga", "ägs", "av tre regioner i norr",
            passive=True),
         st(ET, "Ekbo Tåg AB", NONE, None, "upphandla", "upphandlar", "tågtrafiken"),
         st(ET, "Ekbo Tåg AB", NONE, None, "sköta", "sköter", "tidtabellerna")],
        kind="list_item", parent="1", label="•"),
    rec("1.c", "Stiftelsen Ekbogården ägs helt av regionen och hyr ut lokaler till föreningar.",
        [("Stiftelsen Ekbogården", SE, ORG), ("regionen", "region", ORG),
         ("föreningar", "förening", ORG)],
        [pres("ägs", "äga", "pass"), pres("hyr", "hyra")],
        [st("region", "regionen", NONE, None, "äga", "ägs", "av regionen", passive=True),
         st(SE, "Stiftelsen Ekbogården", NONE, None, "hyra", "hyr", "lokaler till föreningar")],
        kind="list_item", parent="1", label="•"),
    rec("1.d", "Ekbo Buss AB.", [("Ekbo Buss AB", "ekbo buss ab", ORG)], [],
        [st("region", "Regionen", NONE, None, "ha", "har", "Ekbo Buss AB")],
        kind="list_item", parent="1", label="•"),
    rec("2", "Fjärrvärmen i Ekbo AB levererar värme till sjukhusen. Fjärrvärmen bygger också "
        "ut nätet i Storvik.",
        [("Fjärrvärmen i Ekbo AB", FV, ORG), ("Fjärrvärmen", FV, ORG, 1)],
        [pres("levererar", "leverera"), pres("bygger", "bygga")],
        [st(FV, "Fjärrvärmen i Ekbo AB", NONE, None, "leverera", "levererar",
            "värme till sjukhusen"),
         st(FV, "Fjärrvärmen", NONE, None, "bygga", "bygger", "nätet i Storvik")]),
    rec("3", "Sedan i våras ska Hamnen i Storvik AB anta en plan för sin verksamhet.",
        [("Hamnen i Storvik AB", HS, ORG)], [SKA, inf("anta")],
        [st(HS, "Hamnen i Storvik AB", OBL, "ska", "anta", "anta",
            "en plan för sin verksamhet")]),
    rec("4", "Styrelsen i Ekbo Energi AB ska fastställa budgeten.",
        [("Styrelsen", "styrelse", POL), ("Ekbo Energi AB", "ekbo energi ab", ORG)],
        [SKA, inf("fastställa")],
        [st("styrelse", "Styrelsen", OBL, "ska", "fastställa", "fastställa", "budgeten")]),
]
BOLAG_TEXT = "\n\n".join([
    BOLAG[0]["text"],
    "\n".join([BOLAG[1]["text"], *(f"• {r['text']}" for r in BOLAG[2:6])]),
    *(r["text"] for r in BOLAG[6:]),
]) + "\n"

# (3) C3: brand names after owned kind nouns.
D = "w56-a-kultur"
rec = records_for(D, check_texts=True)
SN, EK, DL = "scen nordby", "ekbo teknik", "digitala lyftet"
KULTUR = [
    rec("title", "Kultur i Region Ekbo", [("Region Ekbo", "region ekbo", ORG)], kind="heading"),
    rec("1", "Region Ekbos kulturförvaltning Scen Nordby initierar och driver projekt inom dans "
        "och teater. Förvaltningen arbetar på uppdrag av kulturnämnden.",
        [("Region Ekbos", "region ekbo", ORG), ("kulturförvaltning", SN, FORV),
         ("Scen Nordby", SN, FORV), ("Förvaltningen", SN, FORV),
         ("kulturnämnden", "kulturnämnd", POL)],
        [pres("initierar", "initiera"), pres("driver", "driva"), pres("arbetar", "arbeta")],
        [st(SN, "Scen Nordby", NONE, None, "initiera", "initierar", None),
         st(SN, "Scen Nordby", NONE, None, "driva", "driver",
            "projekt inom dans och teater"),
         st(SN, "Förvaltningen", NONE, None, "arbeta", "arbetar",
            "på uppdrag av kulturnämnden")]),
    rec("2", "Scen Nordby utvärderar projekten varje år.", [("Scen Nordby", SN, FORV)],
        [pres("utvärderar", "utvärdera")],
        [st(SN, "Scen Nordby", NONE, None, "utvärdera", "utvärderar", "projekten")]),
    rec("3", "Kommunens gatukontor Ekbo Teknik sköter gatorna i centrum. Ekbo Teknik driver "
        "även hamnen.",
        [("Kommunens", "kommun", ORG), ("gatukontor", EK, FORV), ("Ekbo Teknik", EK, FORV),
         ("Ekbo Teknik", EK, FORV, 1)],
        [pres("sköter", "sköta"), pres("driver", "driva")],
        [st(EK, "Ekbo Teknik", NONE, None, "sköta", "sköter", "gatorna i centrum"),
         st(EK, "Ekbo Teknik", NONE, None, "driva", "driver", "hamnen")]),
    rec("4", "Regionens IT-enhet Digitala Lyftet samordnar systemen.",
        [("Regionens", "region ekbo", ORG), ("IT-enhet", DL, FORV), ("Digitala Lyftet", DL, FORV)],
        [pres("samordnar", "samordna")],
        [st(DL, "Digitala Lyftet", NONE, None, "samordna", "samordnar", "systemen")]),
    rec("5", "Nämndens ordförande Anna Berg leder arbetet i kulturnämnden.",
        [("Nämndens ordförande", "nämndens ordförande", TJP),
         ("kulturnämnden", "kulturnämnd", POL)],
        [pres("leder", "leda")],
        [st("nämndens ordförande", "Nämndens ordförande", NONE, None, "leda", "leder",
            "arbetet i kulturnämnden")]),
]
KULTUR_TEXT = blocks_text(KULTUR)

# (4) C6: identification sentences (one page: `Regionen`, `kommunen`, `fullmäktige` take the
# one region, kommun and assembly it names, §2.3).
D = "w56-a-identitet"
rec = records_for(D, check_texts=True)
IDENTITET = [
    rec("1", "Den främsta beslutande församlingen inom Region Ekbo är regionfullmäktige.",
        [("Region Ekbo", "region ekbo", ORG), ("regionfullmäktige", "regionfullmäktige", POL)],
        [AR]),
    rec("2", "Det viktigaste beslutande organet i bolaget är bolagsstämman.",
        [("bolaget", "bolag", ORG), ("bolagsstämman", "bolagsstämma", POL)],
        [AR]),
    rec("3", "Regionen har tre nämnder och den största församlingen är fullmäktige.",
        [("Regionen", "region ekbo", ORG), ("nämnder", "nämnd", POL),
         ("fullmäktige", "regionfullmäktige", POL)],
        [HAR, AR],
        [st("region ekbo", "Regionen", NONE, None, "ha", "har", "tre nämnder")]),
    rec("4", "Den nya nämnden i Ekbo är mindre än den gamla.",
        [("nämnden", "nämnd", POL)], [AR],
        [st("nämnd", "nämnden", NONE, None, "vara", "är", "mindre än den gamla")]),
    rec("5", "I Ekbo är det socialnämnden inom kommunen som beslutar om bidrag.",
        [("socialnämnden", "socialnämnd", POL), ("kommunen", "ekbo kommun", ORG)],
        [AR, pres("beslutar", "besluta")],
        [st("socialnämnd", "socialnämnden", NONE, None, "besluta", "beslutar", "om bidrag")]),
    rec("6", "Det är trafikutskottet i regionen som beslutar om färdtjänst.",
        [("trafikutskottet", "trafikutskott", POL), ("regionen", "region ekbo", ORG)],
        [AR, pres("beslutar", "besluta")],
        [st("trafikutskott", "trafikutskottet", NONE, None, "besluta", "beslutar",
            "om färdtjänst")]),
    rec("7", "Numera är det kulturnämnden inom Ekbo kommun som fördelar bidragen.",
        [("kulturnämnden", "kulturnämnd", POL), ("Ekbo kommun", "ekbo kommun", ORG)],
        [AR, pres("fördelar", "fördela")],
        [st("kulturnämnd", "kulturnämnden", NONE, None, "fördela", "fördelar", "bidragen")]),
]
IDENTITET_TEXT = blocks_text(IDENTITET)

if __name__ == "__main__":
    write_part(sys.argv[1], "w56-a", {
        "w56-a-organisation": (ORGANISATION_TEXT, ORGANISATION),
        "w56-a-namnd": (NAMND_TEXT, NAMND),
        "w56-a-bolag": (BOLAG_TEXT, BOLAG),
        "w56-a-kultur": (KULTUR_TEXT, KULTUR),
        "w56-a-identitet": (IDENTITET_TEXT, IDENTITET),
    })
