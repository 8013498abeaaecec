"""Builds corpus/dev/w55-c.jsonl with its gold: invented sentences and small documents for
round 55, writer w55c (analyses 55-ci M1, A1, A2, X1; 55-cj C7, camel-case names, t3; 55-ch
C6). Actor words:
M1: a plural `-värden`/`-värdena` (of `värde`, a value) after a plural determiner or as a
plural definite is no `värd` (host); negatives: a singular compound host (`Mötesvärden ska`).
A2: head-final compounds of `koalition` (`Mittenkoalitionen`, `valkoalitionen`) are actors;
negatives: `koalitions-` as the first element (`Koalitionsavtalet`).
A1/C7: an agent noun phrase with a numeral or an approximator (`av tre nämnder`, `av cirka 30
handläggare`, `av ett tiotal inspektörer`, `av drygt tio tjänstpersoner`) and the spelling
`tjänstperson`; negatives: `av skäl`, `består av sju ledamöter`.
C6: a suspended compound whose hyphen is lost (`Bygg och miljönämnden`) in a document that
hyphenates the same name elsewhere (before or after); negatives: no hyphenated name.
Camel case: a one-word camel-case name after a förbund compound (`kommunalförbundet
NordVatten`) is the förbund's name, taken by a later `Förbundet`; negative: a camel-case
name after a non-organisation noun (`systemet EkoPlan`).
X1 (ruling t2): `politisk` + an office noun stays in the canonical; negative: `för politiska
frågor`. t3: `gemensam` stays before any `nämnd` compound; negative: `gemensamt kansli`.
Gold by hand from docs/annotation.md (§2.1-§2.5, §5.2, round 55 t2/t3) before any run.
Offsets computed. No 40-character window occurs in corpus/test texts.
Run: python corpus/make_w55_c.py corpus/dev"""

import sys

from records import (
    FORV,
    FTV,
    HAR,
    ORG,
    POL,
    SKA,
    TJP,
    blocks_text,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

OB, NONE, RESP = "obligation", "none", "responsibility"


def maker(name):
    return records_for(f"w55-c-{name}", check_texts=True)


varden = maker("varden")
VARDEN = [
    varden("1", "Våra grundvärden ska prägla arbetet i förvaltningen.",
           [("förvaltningen", "förvaltning", FORV)], [SKA, inf("prägla")]),
    varden("2", "Dessa kärnvärden ska vägleda medarbetarna i deras arbete.",
           [("medarbetarna", "medarbetare", TJP)], [SKA, inf("vägleda")]),
    varden("3", "Styrelsen fastställer målvärdena för verksamheten.",
           [("Styrelsen", "styrelse", POL)], [pres("fastställer", "fastställa")],
           [st("styrelse", "Styrelsen", NONE, None, "fastställa", "fastställer",
               "målvärdena för verksamheten")]),
    varden("4", "Alla kvalitetsvärden redovisas i årsrapporten.", [],
           [pres("redovisas", "redovisa", "pass")]),
    varden("5", "Flera riktvärden ska följas upp av miljöchefen.",
           [("miljöchefen", "miljöchef", TJP)], [SKA, inf("följas", "följa", "pass")],
           [st("miljöchef", "miljöchefen", OB, "ska", "följa", "följas", "Flera riktvärden",
               passive=True)]),
    # negatives: a singular host compound is an actor
    varden("n1", "Mötesvärden ska visa gästerna till salen.",
           [("Mötesvärden", "mötesvärd", TJP)], [SKA, inf("visa")],
           [st("mötesvärd", "Mötesvärden", OB, "ska", "visa", "visa", "gästerna till salen")]),
    varden("n2", "Konferensvärden bokar lokalerna.", [("Konferensvärden", "konferensvärd", TJP)],
           [pres("bokar", "boka")],
           [st("konferensvärd", "Konferensvärden", NONE, None, "boka", "bokar", "lokalerna")]),
]

koal = maker("koalition")
KOALITION = [
    koal("1", "Regionen leds av Mittenkoalitionen.",
         [("Regionen", "region", ORG), ("Mittenkoalitionen", "mittenkoalition", FTV)],
         [pres("leds", "leda", "pass")],
         [st("mittenkoalition", "Mittenkoalitionen", NONE, None, "leda", "leds", "Regionen",
             passive=True)]),
    koal("2", "Ekbykoalitionen presenterar budgeten för nästa år.",
         [("Ekbykoalitionen", "ekbykoalition", FTV)], [pres("presenterar", "presentera")],
         [st("ekbykoalition", "Ekbykoalitionen", NONE, None, "presentera", "presenterar",
             "budgeten för nästa år")]),
    koal("3", "Under mandatperioden styrs kommunen av Grönkoalitionen.",
         [("kommunen", "kommun", ORG), ("Grönkoalitionen", "grönkoalition", FTV)],
         [pres("styrs", "styra", "pass")],
         [st("grönkoalition", "Grönkoalitionen", NONE, None, "styra", "styrs", "kommunen",
             passive=True)]),
    koal("4", "Den nya valkoalitionen ska förhandla om budgeten.",
         [("valkoalitionen", "valkoalition", FTV)], [SKA, inf("förhandla")],
         [st("valkoalition", "valkoalitionen", OB, "ska", "förhandla", "förhandla",
             "om budgeten")]),
    # negatives: `koalitions-` as a first element
    koal("n1", "Koalitionsavtalet ska följas av nämnderna.", [("nämnderna", "nämnd", POL)],
         [SKA, inf("följas", "följa", "pass")],
         [st("nämnd", "nämnderna", OB, "ska", "följa", "följas", "Koalitionsavtalet",
             passive=True)]),
    koal("n2", "Koalitionsförhandlingarna leds av ordföranden.",
         [("ordföranden", "ordförande", FTV)], [pres("leds", "leda", "pass")],
         [st("ordförande", "ordföranden", NONE, None, "leda", "leds",
             "Koalitionsförhandlingarna", passive=True)]),
]

agent = maker("agent")
AGENT = [
    agent("1", "Tillsynen sköts av tre nämnder i samverkan.", [("nämnder", "nämnd", POL)],
          [pres("sköts", "sköta", "pass")],
          [st("nämnd", "nämnder", NONE, None, "sköta", "sköts", "Tillsynen", passive=True)]),
    agent("2", "Ärendena bereds av cirka 30 handläggare.",
          [("handläggare", "handläggare", TJP)], [pres("bereds", "bereda", "pass")],
          [st("handläggare", "handläggare", NONE, None, "bereda", "bereds", "Ärendena",
              passive=True)]),
    agent("3", "Kontrollerna utförs av ett tiotal inspektörer.",
          [("inspektörer", "inspektör", TJP)], [pres("utförs", "utföra", "pass")],
          [st("inspektör", "inspektörer", NONE, None, "utföra", "utförs", "Kontrollerna",
              passive=True)]),
    agent("4", "Arbetet leds av drygt tio tjänstpersoner.",
          [("tjänstpersoner", "tjänsteperson", TJP)], [pres("leds", "leda", "pass")],
          [st("tjänsteperson", "tjänstpersoner", NONE, None, "leda", "leds", "Arbetet",
              passive=True)]),
    agent("5", "Ansökningarna prövas av kommunens fyra nämnder.",
          [("kommunens", "kommun", ORG), ("nämnder", "nämnd", POL)],
          [pres("prövas", "pröva", "pass")],
          [st("nämnd", "nämnder", NONE, None, "pröva", "prövas", "Ansökningarna",
              passive=True)]),
    agent("6", "Tjänstpersonen ska dokumentera beslutet.",
          [("Tjänstpersonen", "tjänsteperson", TJP)], [SKA, inf("dokumentera")],
          [st("tjänsteperson", "Tjänstpersonen", OB, "ska", "dokumentera", "dokumentera",
              "beslutet")]),
    agent("7", "Bidragen fördelas av ungefär tjugo samordnare.",
          [("samordnare", "samordnare", TJP)], [pres("fördelas", "fördela", "pass")],
          [st("samordnare", "samordnare", NONE, None, "fördela", "fördelas", "Bidragen",
              passive=True)]),
    agent("8", "Kontrollen sköts av regionens tre nämnder.",
          [("regionens", "region", ORG), ("nämnder", "nämnd", POL)],
          [pres("sköts", "sköta", "pass")],
          [st("nämnd", "nämnder", NONE, None, "sköta", "sköts", "Kontrollen", passive=True)]),
    agent("9", "Uppföljningen görs av stadens sex förvaltningar.",
          [("stadens", "stad", ORG), ("förvaltningar", "förvaltning", FORV)],
          [pres("görs", "göra", "pass")],
          [st("förvaltning", "förvaltningar", NONE, None, "göra", "görs", "Uppföljningen",
              passive=True)]),
    # negatives: no actor after `av`
    agent("n1", "Beslutet fattas av skäl som anges i bilagan.", [],
          [pres("fattas", "fatta", "pass"), pres("anges", "ange", "pass")]),
    agent("n2", "Protokollen granskas av två skäl.", [], [pres("granskas", "granska", "pass")]),
]

# C6: the lost hyphen, in documents that hyphenate the same name elsewhere
kultur = maker("kultur")
KULTUR = [
    kultur("title", "Reglemente för Kultur- och fritidsnämnden",
           [("Kultur- och fritidsnämnden", "kultur- och fritidsnämnd", POL)], kind="heading"),
    kultur("1", "Kultur och fritidsnämnden ska främja kulturlivet i kommunen.",
           [("Kultur och fritidsnämnden", "kultur- och fritidsnämnd", POL)],
           [SKA, inf("främja")],
           [st("kultur- och fritidsnämnd", "Kultur och fritidsnämnden", OB, "ska", "främja",
               "främja", "kulturlivet i kommunen")]),
]
bygg = maker("bygg")
BYGG = [
    bygg("1", "Bygg- och miljönämnden ansvarar för tillsynen enligt plan- och bygglagen.",
         [("Bygg- och miljönämnden", "bygg- och miljönämnd", POL)],
         [pres("ansvarar", "ansvara")],
         [st("bygg- och miljönämnd", "Bygg- och miljönämnden", RESP, "ansvarar för",
             "ansvara", "ansvarar", "tillsynen enligt plan- och bygglagen")]),
    bygg("2", "Bygg och miljönämnden beslutar om bygglov.",
         [("Bygg och miljönämnden", "bygg- och miljönämnd", POL)],
         [pres("beslutar", "besluta")],
         [st("bygg- och miljönämnd", "Bygg och miljönämnden", NONE, None, "besluta",
             "beslutar", "om bygglov")]),
]
vard = maker("vard")
VARD = [
    vard("1", "Vård och omsorgsnämnden leder arbetet med äldreomsorgen.",
         [("Vård och omsorgsnämnden", "vård- och omsorgsnämnd", POL)],
         [pres("leder", "leda")],
         [st("vård- och omsorgsnämnd", "Vård och omsorgsnämnden", NONE, None, "leda", "leder",
             "arbetet med äldreomsorgen")]),
    vard("2", "Vård- och omsorgsnämnden antar riktlinjer för hemtjänsten.",
         [("Vård- och omsorgsnämnden", "vård- och omsorgsnämnd", POL),
          ], [pres("antar", "anta")],
         [st("vård- och omsorgsnämnd", "Vård- och omsorgsnämnden", NONE, None, "anta", "antar",
             "riktlinjer för hemtjänsten")]),
]
# negatives: no hyphenated name in the document
stod = maker("stod")
STOD = [
    stod("1", "Stöd och råd ges av socialnämnden.", [("socialnämnden", "socialnämnd", POL)],
         [pres("ges", "ge", "pass")],
         [st("socialnämnd", "socialnämnden", NONE, None, "ge", "ges", "Stöd och råd",
             passive=True)]),
    stod("2", "Kommunen och socialnämnden samverkar med skolan.",
         [("Kommunen", "kommun", ORG), ("socialnämnden", "socialnämnd", POL)],
         [pres("samverkar", "samverka")],
         [st("kommun", "Kommunen", NONE, None, "samverka", "samverkar", "med skolan"),
          st("socialnämnd", "socialnämnden", NONE, None, "samverka", "samverkar",
             "med skolan")]),
]

# Camel-case names after a förbund compound
nordv = maker("nordvatten")
NORDVATTEN = [
    nordv("1", "Kommunen samverkar med kommunalförbundet NordVatten om dricksvattnet.",
          [("Kommunen", "kommun", ORG), ("kommunalförbundet", "nordvatten", ORG),
           ("NordVatten", "nordvatten", ORG)], [pres("samverkar", "samverka")],
          [st("kommun", "Kommunen", NONE, None, "samverka", "samverkar",
              "med kommunalförbundet NordVatten om dricksvattnet")]),
    nordv("2", "Förbundet ska rena avloppsvattnet.", [("Förbundet", "nordvatten", ORG)],
          [SKA, inf("rena")],
          [st("nordvatten", "Förbundet", OB, "ska", "rena", "rena", "avloppsvattnet")]),
]
miljo = maker("miljoren")
MILJOREN = [
    miljo("1", "Avfallet hanteras av kommunalförbundet MiljöRen.",
          [("kommunalförbundet", "miljören", ORG), ("MiljöRen", "miljören", ORG)],
          [pres("hanteras", "hantera", "pass")],
          [st("miljören", "kommunalförbundet", NONE, None, "hantera", "hanteras", "Avfallet",
              passive=True)]),
    miljo("2", "Förbundet fastställer taxan.", [("Förbundet", "miljören", ORG)],
          [pres("fastställer", "fastställa")],
          [st("miljören", "Förbundet", NONE, None, "fastställa", "fastställer", "taxan")]),
]
brand = maker("brandvast")
BRANDVAST = [
    brand("1", "Regionen ingår i räddningsförbundet BrandVäst.",
          [("Regionen", "region", ORG), ("räddningsförbundet", "brandväst", ORG),
           ("BrandVäst", "brandväst", ORG)], [pres("ingår", "ingå")],
          [st("region", "Regionen", NONE, None, "ingå", "ingår",
              "i räddningsförbundet BrandVäst")]),
    brand("2", "Förbundet ska sköta brandskyddet.", [("Förbundet", "brandväst", ORG)],
          [SKA, inf("sköta")],
          [st("brandväst", "Förbundet", OB, "ska", "sköta", "sköta", "brandskyddet")]),
]
# negative: a camel-case name after a non-organisation noun
ekop = maker("ekoplan")
EKOPLAN = [
    ekop("1", "Förbundet använder systemet EkoPlan för planeringen.",
         [("Förbundet", "förbund", ORG)], [pres("använder", "använda")],
         [st("förbund", "Förbundet", NONE, None, "använda", "använder",
             "systemet EkoPlan för planeringen")]),
]

# X1 (ruling t2) and t3 (gemensam + any nämnd compound), A4 (`som benämns N`)
pol = maker("politisk")
POLITISK = [
    pol("1", "Den politiska samordnaren bereder ärendena.",
        [("politiska samordnaren", "politisk samordnare", FTV)], [pres("bereder", "bereda")],
        [st("politisk samordnare", "politiska samordnaren", NONE, None, "bereda", "bereder",
            "ärendena")]),
    pol("2", "Två politiska sekreterare biträder kommunalråden.",
        [("politiska sekreterare", "politisk sekreterare", FTV),
         ("kommunalråden", "kommunalråd", FTV)], [pres("biträder", "biträda")],
        [st("politisk sekreterare", "politiska sekreterare", NONE, None, "biträda", "biträder",
            "kommunalråden")]),
    pol("3", "Politiska samordnare ska stödja gruppledarna.",
        [("Politiska samordnare", "politisk samordnare", FTV),
         ("gruppledarna", "gruppledare", FTV)], [SKA, inf("stödja")],
        [st("politisk samordnare", "Politiska samordnare", OB, "ska", "stödja", "stödja",
            "gruppledarna")]),
    pol("n1", "Samordnaren för politiska frågor bokar mötena.",
        [("Samordnaren", "samordnare", TJP)], [pres("bokar", "boka")],
        [st("samordnare", "Samordnaren", NONE, None, "boka", "bokar", "mötena")]),
    pol("n2", "Det politiska organet ska sammanträda varje månad.",
        [("politiska organet", "politiskt organ", POL)], [SKA, inf("sammanträda")],
        [st("politiskt organ", "politiska organet", OB, "ska", "sammanträda", "sammanträda")]),
]
gem = maker("gemensam")
GEMENSAM = [
    gem("1", "Den gemensamma överförmyndarnämnden prövar ansökningarna.",
        [("gemensamma överförmyndarnämnden", "gemensam överförmyndarnämnd", POL)],
        [pres("prövar", "pröva")],
        [st("gemensam överförmyndarnämnd", "gemensamma överförmyndarnämnden", NONE, None,
            "pröva", "prövar", "ansökningarna")]),
    gem("2", "Gemensamma patientnämnden ska ta emot klagomål.",
        [("Gemensamma patientnämnden", "gemensam patientnämnd", POL)], [SKA, inf("ta")],
        [st("gemensam patientnämnd", "Gemensamma patientnämnden", OB, "ska", "ta", "ta",
            "emot klagomål")]),
    gem("3", "En gemensam hjälpmedelsnämnd beslutar om avgifterna.",
        [("gemensam hjälpmedelsnämnd", "gemensam hjälpmedelsnämnd", POL)],
        [pres("beslutar", "besluta")],
        [st("gemensam hjälpmedelsnämnd", "gemensam hjälpmedelsnämnd", NONE, None, "besluta",
            "beslutar", "om avgifterna")]),
    gem("n1", "Nämnderna har ett gemensamt kansli.",
        [("Nämnderna", "nämnd", POL), ("kansli", "kansli", FORV)], [HAR],
        [st("nämnd", "Nämnderna", NONE, None, "ha", "har", "ett gemensamt kansli")]),
]
DOCUMENTS = [KULTUR, BYGG, VARD, STOD, NORDVATTEN, MILJOREN, BRANDVAST, EKOPLAN]

if __name__ == "__main__":
    write_part(sys.argv[1], "w55-c",
               {records[0]["meta"]["doc_id"]: (blocks_text(records), records)
                for records in DOCUMENTS},
               before=[*VARDEN, *KOALITION, *AGENT], after=[*POLITISK, *GEMENSAM])
