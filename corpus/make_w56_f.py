"""Builds corpus/dev/w56-f.jsonl and the documents corpus/dev/w56-f-*.txt with their gold:
invented material for round 56, writer w56f (analysis 56b-cm, causes R1-R4 of its §2).
`w56-f-organisation` (R1): unit and committee headings over a verb-first description
(`Ansvarar för att INF …, INF och för att NP V-fin …`) whose complement is a series of
infinitives (comma, `samt`, `och`) closed by a `för att` clause with its own subject; the
description gives `ansvara` for that clause and the infinitives' own statements (§5.4, l.4900).
Negative: a V1 question under a heading that names no unit.
`w56-f-kultur` (R2): a unit named by a brand after an owner genitive and its kind noun
(`Region Xs miljöförvaltning Grön X granskar …`), the bare kind head after it
(`Förvaltningen`, `Avdelningen`) and a later bare repeat of the brand; negative a genitive
owner and kind noun without a brand (`Förvaltningen` takes the kind noun).
`w56-f-bolag` (R4, R3): `-s` passives in straight order after a company name (`ägs gemensamt
av`, `förvaltas helt av`, `styrs av`; one-word names the tagger reads `ägs` NOUN/PRON after)
in list items with a later sentence of their own under a lead-in, and as a paragraph's
third sentence; `<lexicon word, definite> i <Place> AB|HB` as one company name and its bare
short form; negative `Styrelsen i <Name> AB`.
Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w56_f.py corpus/dev"""

import sys

from records import FORV, HAR, ORG, POL, SKA, TJP, blocks_text, inf, pres, records_for, write_part
from records import statement as st

NONE, OBL, RESP = "none", "obligation", "responsibility"
ANSV = "Ansvarar för"

# (1) R1: verb-first descriptions under unit and committee headings.
D = "w56-f-organisation"
rec = records_for(D)  # a description's actor_text is its heading's
MF, KE, FE, UB = "miljöförvaltning", "kulturenhet", "fastighetsenhet", "utbildningsberedning"
ORGANISATION = [
    rec("title", "Så arbetar Region Norrvik", [("Region Norrvik", "region norrvik", ORG)],
        kind="heading"),
    rec("h1", "Miljöförvaltningen", [("Miljöförvaltningen", MF, FORV)], kind="heading"),
    rec("1", "Ansvarar för att pröva ansökningar om tillstånd samt inspektera, provta och för "
        "att kontrollen av dricksvatten sköts i hela länet. Förvaltningen har fyrtio anställda.",
        [("Förvaltningen", MF, FORV), ("anställda", "anställd", TJP)],
        [pres("Ansvarar", "ansvara"), inf("pröva"), inf("inspektera"), inf("provta"),
         pres("sköts", "sköta", "pass"), HAR],
        [st(MF, "Miljöförvaltningen", RESP, ANSV, "pröva", "pröva", "ansökningar om tillstånd"),
         st(MF, "Miljöförvaltningen", RESP, ANSV, "inspektera", "inspektera"),
         st(MF, "Miljöförvaltningen", RESP, ANSV, "provta", "provta"),
         st(MF, "Miljöförvaltningen", RESP, ANSV, "ansvara", "Ansvarar",
            "för att kontrollen av dricksvatten sköts i hela länet"),
         st(MF, "Förvaltningen", NONE, None, "ha", "har", "fyrtio anställda")],
        parent="h1"),
    rec("h2", "Kulturenheten", [("Kulturenheten", KE, FORV)], kind="heading"),
    rec("2", "Ansvarar för att stödja föreningar, arrangera konserter, marknadsföra och för att "
        "utställningarna visas på helgerna.",
        [("föreningar", "förening", ORG)],
        [pres("Ansvarar", "ansvara"), inf("stödja"), inf("arrangera"), inf("marknadsföra"),
         pres("visas", "visa", "pass")],
        [st(KE, "Kulturenheten", RESP, ANSV, "stödja", "stödja", "föreningar"),
         st(KE, "Kulturenheten", RESP, ANSV, "arrangera", "arrangera", "konserter"),
         st(KE, "Kulturenheten", RESP, ANSV, "marknadsföra", "marknadsföra"),
         st(KE, "Kulturenheten", RESP, ANSV, "ansvara", "Ansvarar",
            "för att utställningarna visas på helgerna")],
        parent="h2"),
    rec("h3", "Fastighetsenheten", [("Fastighetsenheten", FE, FORV)], kind="heading"),
    rec("3", "Ansvarar för att hyra ut lokaler och för att skötseln av parkerna fungerar.",
        [], [pres("Ansvarar", "ansvara"), inf("hyra"), pres("fungerar", "fungera")],
        [st(FE, "Fastighetsenheten", RESP, ANSV, "hyra", "hyra", "lokaler"),
         st(FE, "Fastighetsenheten", RESP, ANSV, "ansvara", "Ansvarar",
            "för att skötseln av parkerna fungerar")],
        parent="h3"),
    rec("h4", "Utbildningsberedningen", [("Utbildningsberedningen", UB, POL)], kind="heading"),
    rec("4", "Ansvarar för att bereda ärenden till nämnden, planera och för att uppföljningen av "
        "skolorna görs varje år.",
        [("nämnden", "nämnd", POL)],
        [pres("Ansvarar", "ansvara"), inf("bereda"), inf("planera"),
         pres("görs", "göra", "pass")],
        [st(UB, "Utbildningsberedningen", RESP, ANSV, "bereda", "bereda", "ärenden till nämnden"),
         st(UB, "Utbildningsberedningen", RESP, ANSV, "planera", "planera"),
         st(UB, "Utbildningsberedningen", RESP, ANSV, "ansvara", "Ansvarar",
            "för att uppföljningen av skolorna görs varje år")],
        parent="h4"),
    rec("h5", "Frågor och svar", kind="heading"),
    rec("5", "Ansvarar du för ett ärende om tillstånd? Kontakta växeln.", [],
        [pres("Ansvarar", "ansvara"), ("Kontakta", "kontakta", "imp", "act")], parent="h5"),
]
ORGANISATION_TEXT = blocks_text(ORGANISATION)

# (2) R2: brand-named units after an owner genitive and their kind noun.
D = "w56-f-kultur"
rec = records_for(D, check_texts=True)
GN, GA, DN = "grön norrvik", "gata norr", "digital nord"
KULTUR = [
    rec("title", "Miljö och kultur i Region Norrvik", [("Region Norrvik", "region norrvik", ORG)],
        kind="heading"),
    rec("1", "Region Norrviks miljöförvaltning Grön Norrvik granskar ansökningar om tillstånd. "
        "Förvaltningen arbetar på uppdrag av miljönämnden.",
        [("Region Norrviks", "region norrvik", ORG), ("miljöförvaltning", GN, FORV),
         ("Grön Norrvik", GN, FORV), ("Förvaltningen", GN, FORV),
         ("miljönämnden", "miljönämnd", POL)],
        [pres("granskar", "granska"), pres("arbetar", "arbeta")],
        [st(GN, "Grön Norrvik", NONE, None, "granska", "granskar", "ansökningar om tillstånd"),
         st(GN, "Förvaltningen", NONE, None, "arbeta", "arbetar",
            "på uppdrag av miljönämnden")]),
    rec("2", "Kommunens gatuförvaltning Gata Norr lagar vägarna. Förvaltningen sköter även "
        "parkerna.",
        [("Kommunens", "kommun", ORG), ("gatuförvaltning", GA, FORV), ("Gata Norr", GA, FORV),
         ("Förvaltningen", GA, FORV)],
        [pres("lagar", "laga"), pres("sköter", "sköta")],
        [st(GA, "Gata Norr", NONE, None, "laga", "lagar", "vägarna"),
         st(GA, "Förvaltningen", NONE, None, "sköta", "sköter", "parkerna")]),
    rec("3", "Grön Norrvik informerar och svarar på frågor.", [("Grön Norrvik", GN, FORV)],
        [pres("informerar", "informera"), pres("svarar", "svara")],
        [st(GN, "Grön Norrvik", NONE, None, "informera", "informerar"),
         st(GN, "Grön Norrvik", NONE, None, "svara", "svarar", "på frågor")]),
    rec("4", "Regionens IT-avdelning Digital Nord köper in datorer. Avdelningen underhåller "
        "näten.",
        [("Regionens", "region norrvik", ORG), ("IT-avdelning", DN, FORV),
         ("Digital Nord", DN, FORV), ("Avdelningen", DN, FORV)],
        [pres("köper", "köpa"), pres("underhåller", "underhålla")],
        [st(DN, "Digital Nord", NONE, None, "köpa", "köper", "datorer"),
         st(DN, "Avdelningen", NONE, None, "underhålla", "underhåller", "näten")]),
    rec("5", "Under våren planerar och bygger Gata Norr nya cykelbanor.",
        [("Gata Norr", GA, FORV)], [pres("planerar", "planera"), pres("bygger", "bygga")],
        [st(GA, "Gata Norr", NONE, None, "planera", "planerar"),
         st(GA, "Gata Norr", NONE, None, "bygga", "bygger", "nya cykelbanor")]),
    rec("6", "Region Norrviks kulturförvaltning ordnar konserter. Förvaltningen har tio "
        "anställda.",
        [("Region Norrviks", "region norrvik", ORG),
         ("kulturförvaltning", "kulturförvaltning", FORV),
         ("Förvaltningen", "kulturförvaltning", FORV), ("anställda", "anställd", TJP)],
        [pres("ordnar", "ordna"), HAR],
        [st("kulturförvaltning", "kulturförvaltning", NONE, None, "ordna", "ordnar",
            "konserter"),
         st("kulturförvaltning", "Förvaltningen", NONE, None, "ha", "har", "tio anställda")]),
]
KULTUR_TEXT = blocks_text(KULTUR)

# (3) R4 + R3: companies; s-passives after a name, `<word> i <Place> AB`.
D = "w56-f-bolag"
rec = records_for(D)  # an item's inherited actor_text is its lead-in's
NV, EH, NB, NF = "nordvatten ab", "ekhamn ab", "nordbuss ab", "norrfjärrvärme ab"
LT, VT, NF2 = "lövtåg ab", "västtåg ab", "norrflyg ab"
TN, TL, RE, FV = ("trafiken i norrvik ab", "tandvården i lövsund ab",
                  "räddningstjänsten i ekåsen ab", "färjetrafiken i västerö hb")
BOLAG = [
    rec("title", "Kommunens bolag", [("Kommunens", "kommun", ORG), ("bolag", "bolag", ORG)],
        kind="heading"),
    rec("1", "Kommunen äger helt eller delvis dessa bolag:",
        [("Kommunen", "kommun", ORG), ("bolag", "bolag", ORG)], [pres("äger", "äga")]),
    rec("1.a", "Nordvatten AB ägs gemensamt av tre kommuner. Nordvatten AB driver "
        "reningsverken.",
        [("Nordvatten AB", NV, ORG), ("kommuner", "kommun", ORG), ("Nordvatten AB", NV, ORG, 1)],
        [pres("ägs", "äga", "pass"), pres("driver", "driva")],
        [st("kommun", "kommuner", NONE, None, "äga", "ägs", "av tre kommuner", passive=True),
         st(NV, "Nordvatten AB", NONE, None, "driva", "driver", "reningsverken")],
        kind="list_item", parent="1", label="•"),
    rec("1.b", "Ekhamn AB förvaltas helt av kommunen. Ekhamn AB sköter kajerna och planerar "
        "nya bryggor.",
        [("Ekhamn AB", EH, ORG), ("kommunen", "kommun", ORG), ("Ekhamn AB", EH, ORG, 1)],
        [pres("förvaltas", "förvalta", "pass"), pres("sköter", "sköta"),
         pres("planerar", "planera")],
        [st("kommun", "kommunen", NONE, None, "förvalta", "förvaltas", "av kommunen",
            passive=True),
         st(EH, "Ekhamn AB", NONE, None, "sköta", "sköter", "kajerna"),
         st(EH, "Ekhamn AB", NONE, None, "planera", "planerar", "nya bryggor")],
        kind="list_item", parent="1", label="•"),
    rec("1.c", "Nordbuss AB styrs av regionen och kör skolbussarna.",
        [("Nordbuss AB", NB, ORG), ("regionen", "region", ORG)],
        [pres("styrs", "styra", "pass"), pres("kör", "köra")],
        [st("region", "regionen", NONE, None, "styra", "styrs", "av regionen", passive=True),
         st(NB, "Nordbuss AB", NONE, None, "köra", "kör", "skolbussarna")],
        kind="list_item", parent="1", label="•"),
    rec("1.d", "Lövtåg AB ägs gemensamt av tre regioner. Lövtåg AB kör nattågen.",
        [("Lövtåg AB", LT, ORG), ("regioner", "region", ORG), ("Lövtåg AB", LT, ORG, 1)],
        [pres("ägs", "äga", "pass"), pres("kör", "köra")],
        [st("region", "regioner", NONE, None, "äga", "ägs", "av tre regioner", passive=True),
         st(LT, "Lövtåg AB", NONE, None, "köra", "kör", "nattågen")],
        kind="list_item", parent="1", label="•"),
    rec("1.e", "Västtåg AB ägs gemensamt av de fyra regionerna. Västtåg AB upphandlar "
        "tågtrafiken.",
        [("Västtåg AB", VT, ORG), ("regionerna", "region", ORG), ("Västtåg AB", VT, ORG, 1)],
        [pres("ägs", "äga", "pass"), pres("upphandlar", "upphandla")],
        [st("region", "regionerna", NONE, None, "äga", "ägs", "av de fyra regionerna",
            passive=True),
         st(VT, "Västtåg AB", NONE, None, "upphandla", "upphandlar", "tågtrafiken")],
        kind="list_item", parent="1", label="•"),
    rec("2", "Bolagen lämnar en rapport varje år. Kommunstyrelsen granskar rapporterna. "
        "Norrfjärrvärme AB ägs av kommunen och säljer värme.",
        [("Bolagen", "bolag", ORG), ("Kommunstyrelsen", "kommunstyrelse", POL),
         ("Norrfjärrvärme AB", NF, ORG), ("kommunen", "kommun", ORG)],
        [pres("lämnar", "lämna"), pres("granskar", "granska"), pres("ägs", "äga", "pass"),
         pres("säljer", "sälja")],
        [st("bolag", "Bolagen", NONE, None, "lämna", "lämnar", "en rapport"),
         st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "granska", "granskar",
            "rapporterna"),
         st("kommun", "kommunen", NONE, None, "äga", "ägs", "av kommunen", passive=True),
         st(NF, "Norrfjärrvärme AB", NONE, None, "sälja", "säljer", "värme")]),
    rec("2b", "Under våren såldes en del av kajen. Kommunen köpte marken. Norrflyg AB ägs "
        "gemensamt av de fyra kommunerna och sköter flygplatsen.",
        [("Kommunen", "kommun", ORG), ("Norrflyg AB", NF2, ORG), ("kommunerna", "kommun", ORG)],
        [("såldes", "sälja", "past", "pass"), ("köpte", "köpa", "past", "act"),
         pres("ägs", "äga", "pass"), pres("sköter", "sköta")],
        [st("kommun", "Kommunen", NONE, None, "köpa", "köpte", "marken"),
         st("kommun", "kommunerna", NONE, None, "äga", "ägs", "av de fyra kommunerna",
            passive=True),
         st(NF2, "Norrflyg AB", NONE, None, "sköta", "sköter", "flygplatsen")]),
    rec("3", "Trafiken i Norrvik AB upphandlar busslinjerna. Trafiken sköter även färdtjänsten.",
        [("Trafiken i Norrvik AB", TN, ORG), ("Trafiken", TN, ORG, 1)],
        [pres("upphandlar", "upphandla"), pres("sköter", "sköta")],
        [st(TN, "Trafiken i Norrvik AB", NONE, None, "upphandla", "upphandlar", "busslinjerna"),
         st(TN, "Trafiken", NONE, None, "sköta", "sköter", "färdtjänsten")]),
    rec("4", "Sedan i fjol ska Tandvården i Lövsund AB erbjuda kvällstider.",
        [("Tandvården i Lövsund AB", TL, ORG)], [SKA, inf("erbjuda")],
        [st(TL, "Tandvården i Lövsund AB", OBL, "ska", "erbjuda", "erbjuda", "kvällstider")]),
    rec("4b", "Efter sammanslagningen sköter Tandvården i Lövsund AB barnens tänder och "
        "Tandvården har tre kliniker.",
        [("Tandvården i Lövsund AB", TL, ORG), ("Tandvården", TL, ORG, 1)],
        [pres("sköter", "sköta"), HAR],
        [st(TL, "Tandvården i Lövsund AB", NONE, None, "sköta", "sköter", "barnens tänder"),
         st(TL, "Tandvården", NONE, None, "ha", "har", "tre kliniker")]),
    rec("5", "Räddningstjänsten i Ekåsen AB har tio brandstationer och övar varje vecka.",
        [("Räddningstjänsten i Ekåsen AB", RE, ORG)], [HAR, pres("övar", "öva")],
        [st(RE, "Räddningstjänsten i Ekåsen AB", NONE, None, "ha", "har", "tio brandstationer"),
         st(RE, "Räddningstjänsten i Ekåsen AB", NONE, None, "öva", "övar", "varje vecka")]),
    rec("6", "Färjetrafiken i Västerö HB kör båtarna till öarna.",
        [("Färjetrafiken i Västerö HB", FV, ORG)], [pres("kör", "köra")],
        [st(FV, "Färjetrafiken i Västerö HB", NONE, None, "köra", "kör", "båtarna till öarna")]),
    rec("7", "Styrelsen i Norrvik Energi AB ska anta en plan.",
        [("Styrelsen", "styrelse", POL), ("Norrvik Energi AB", "norrvik energi ab", ORG)],
        [SKA, inf("anta")],
        [st("styrelse", "Styrelsen", OBL, "ska", "anta", "anta", "en plan")]),
]
BOLAG_TEXT = "\n\n".join([
    BOLAG[0]["text"],
    "\n".join([BOLAG[1]["text"], *(f"• {r['text']}" for r in BOLAG[2:7])]),
    *(r["text"] for r in BOLAG[7:]),
]) + "\n"

if __name__ == "__main__":
    write_part(sys.argv[1], "w56-f", {
        "w56-f-organisation": (ORGANISATION_TEXT, ORGANISATION),
        "w56-f-kultur": (KULTUR_TEXT, KULTUR),
        "w56-f-bolag": (BOLAG_TEXT, BOLAG),
    })
