"""Builds corpus/dev/w52-i.jsonl and the documents corpus/dev/w52-i-*.txt with their gold:
invented material for round 52, writer i (names and short references; analyses 52-p P-B,
P-C and R4, 52-ao Y1; the rulings p1, p2, o1 at the end of docs/annotation.md).
`w52-i-batklubb`, `w52-i-seniorrad`: a body that elects its chair `inom sig` / `bland sina
ledamöter`; a later bare `Ordföranden` is that body's chair (`styrelsens ordförande`,
`rådets ordförande`), the indefinite mention itself stays bare (round 23); `w52-i-forening`
(negative): an assembly elects a chair for the association, not among its own members: the
later `Ordföranden` stays the office. `w52-i-fakultet`: a title with a body's genitive before
a document-kind noun list does not govern a bare `styrelsen` (p2, withdrawn: round 6),
also where the text names another `-styrelse`; `w52-i-fritidsnamnd` (negative): `Nämnden`
under `Fritidsnämndens delegationsordning` stays `nämnd` (p2, round 22). `w52-i-agarpolicy`:
a bare `Styrelsen` after a coordinated plural subject with one `-styrelse` compound takes its
singular (o1); after two such compounds it stays `styrelse`. `w52-i-tillsyn`: one-of-a-kind
state bodies keep their definite names (p1).
Gold by hand from docs/annotation.md before the rules. Offsets computed.
Run: python corpus/make_w52_i.py corpus/dev"""

import sys

from make_w52_g import document
from records import EXT, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, write_part
from records import statement as st

FAR = ("får", "få", "pres", "act")

EB, SO = "ekudds båtklubb", "styrelsens ordförande"
BATKLUBB = document(
    "w52-i-batklubb", "Stadgar för Ekudds båtklubb", [("Ekudds båtklubb", EB, ORG)],
    [[("Styrelsen utser inom sig en ordförande och en kassör.",
       [("Styrelsen", "styrelse", POL), ("ordförande", "ordförande", FTV),
        ("kassör", "kassör", FTV)], [pres("utser", "utse")],
       [st("styrelse", "Styrelsen", "none", None, "utse", "utser",
           "en ordförande och en kassör")])],
     [("Ordföranden leder styrelsens sammanträden.",
       [("Ordföranden", SO, FTV), ("styrelsens", "styrelse", POL)], [pres("leder", "leda")],
       [st(SO, "Ordföranden", "none", None, "leda", "leder", "styrelsens sammanträden")]),
      ("Kassören sköter bokföringen.",
       [("Kassören", "kassör", FTV)], [pres("sköter", "sköta")],
       [st("kassör", "Kassören", "none", None, "sköta", "sköter", "bokföringen")])],
     [("Ordföranden ska kalla till sammanträde minst fyra gånger per år.",
       [("Ordföranden", SO, FTV)], [SKA, inf("kalla")],
       [st(SO, "Ordföranden", "obligation", "ska", "kalla", "kalla",
           "till sammanträde minst fyra gånger per år")])]])

KS, RO = "kommunstyrelse", "rådets ordförande"
SENIORRAD = document(
    "w52-i-seniorrad", "Arbetsformer", [],
    [[("Kommunstyrelsen fastställer rådets budget.",
       [("Kommunstyrelsen", KS, POL), ("rådets", "råd", POL)], [pres("fastställer", "fastställa")],
       [st(KS, "Kommunstyrelsen", "none", None, "fastställa", "fastställer", "rådets budget")])],
     [("Vid första sammanträdet utser rådet bland sina ledamöter en ordförande.",
       [("rådet", "råd", POL), ("ledamöter", "ledamot", FTV), ("ordförande", "ordförande", FTV)],
       [pres("utser", "utse")],
       [st("råd", "rådet", "none", None, "utse", "utser", "en ordförande")])],
     [("Ordföranden kallar till sammanträdena.",
       [("Ordföranden", RO, FTV)], [pres("kallar", "kalla")],
       [st(RO, "Ordföranden", "none", None, "kalla", "kallar", "till sammanträdena")])]])

FORENING = document(
    "w52-i-forening", "Föreningens organisation", [("Föreningens", "förening", ORG)],
    [[("Årsmötet väljer en ordförande för föreningen.",
       [("Årsmötet", "årsmöte", OVR), ("ordförande", "ordförande", FTV),
        ("föreningen", "förening", ORG)], [pres("väljer", "välja")],
       [st("årsmöte", "Årsmötet", "none", None, "välja", "väljer",
           "en ordförande för föreningen")])],
     [("Ordföranden företräder föreningen utåt.",
       [("Ordföranden", "ordförande", FTV), ("föreningen", "förening", ORG)],
       [pres("företräder", "företräda")],
       [st("ordförande", "Ordföranden", "none", None, "företräda", "företräder",
           "föreningen")])]])

FS, US = "fakultetsstyrelse", "universitetsstyrelse"
# p2 withdrawn: a genitive-titled board stays `styrelse` below it (round 6)
FAKULTET = document(
    "w52-i-fakultet", "Fakultetsstyrelsens arbets- och delegationsordning",
    [("Fakultetsstyrelsens", FS, POL)],
    [[("Styrelsen sammanträder minst sex gånger per termin.",
       [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
       [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
           "minst sex gånger per termin")])],
     [("Styrelsen får delegera beslut till dekanen.",
       [("Styrelsen", "styrelse", POL), ("dekanen", "dekan", TJP)], [FAR, inf("delegera")],
       [st("styrelse", "Styrelsen", "permission", "får", "delegera", "delegera",
           "beslut till dekanen")])],
     [("Universitetsstyrelsen beslutar om fakultetsindelningen.",
       [("Universitetsstyrelsen", US, POL)], [pres("beslutar", "besluta")],
       [st(US, "Universitetsstyrelsen", "none", None, "besluta", "beslutar",
           "om fakultetsindelningen")])]])

FRITIDSNAMND = document(
    "w52-i-fritidsnamnd", "Fritidsnämndens delegationsordning",
    [("Fritidsnämndens", "fritidsnämnd", POL)],
    [[("Nämnden sammanträder en gång i månaden.",
       [("Nämnden", "nämnd", POL)], [pres("sammanträder", "sammanträda")],
       [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder",
           "en gång i månaden")])],
     [("Nämnden får återkalla en delegering.",
       [("Nämnden", "nämnd", POL)], [FAR, inf("återkalla")],
       [st("nämnd", "Nämnden", "permission", "får", "återkalla", "återkalla",
           "en delegering")])]])

BS = "bolagsstyrelse"
AGARPOLICY = document(
    "w52-i-agarpolicy", "Ägarpolicy", [],
    [[("Kommunstyrelsen ansvarar för uppföljningen av policyn.",
       [("Kommunstyrelsen", KS, POL)], [pres("ansvarar", "ansvara")],
       [st(KS, "Kommunstyrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
           "för uppföljningen av policyn")])],
     [("Nämnder och bolagsstyrelser ska tillämpa policyn.",
       [("Nämnder", "nämnd", POL), ("bolagsstyrelser", BS, POL)], [SKA, inf("tillämpa")],
       [st("nämnd", "Nämnder", "obligation", "ska", "tillämpa", "tillämpa", "policyn"),
        st(BS, "bolagsstyrelser", "obligation", "ska", "tillämpa", "tillämpa", "policyn")]),
      ("Styrelsen ska därvid redovisa avvikelser till kommunstyrelsen.",
       [("Styrelsen", BS, POL), ("kommunstyrelsen", KS, POL)], [SKA, inf("redovisa")],
       [st(BS, "Styrelsen", "obligation", "ska", "redovisa", "redovisa",
           "avvikelser till kommunstyrelsen")])],
     [("Bolagsstyrelser och stiftelsestyrelser ska anta en uppförandekod.",
       [("Bolagsstyrelser", BS, POL), ("stiftelsestyrelser", "stiftelsestyrelse", POL)],
       [SKA, inf("anta")],
       [st(BS, "Bolagsstyrelser", "obligation", "ska", "anta", "anta", "en uppförandekod"),
        st("stiftelsestyrelse", "stiftelsestyrelser", "obligation", "ska", "anta", "anta",
           "en uppförandekod")]),
      ("Styrelsen ska därefter informera kommunstyrelsen.",
       [("Styrelsen", "styrelse", POL), ("kommunstyrelsen", KS, POL)], [SKA, inf("informera")],
       [st("styrelse", "Styrelsen", "obligation", "ska", "informera", "informera",
           "kommunstyrelsen")])]])

TILLSYN = document(
    "w52-i-tillsyn", "Rutin för extern granskning", [],
    [[("Riksrevisionen får granska verksamheten.",
       [("Riksrevisionen", "riksrevisionen", EXT)], [FAR, inf("granska")],
       [st("riksrevisionen", "Riksrevisionen", "permission", "får", "granska", "granska",
           "verksamheten")])],
     [("Försvarsmakten ska underrätta Justitiekanslern om skadeståndsanspråk.",
       [("Försvarsmakten", "försvarsmakten", EXT), ("Justitiekanslern", "justitiekanslern", EXT)],
       [SKA, inf("underrätta")],
       [st("försvarsmakten", "Försvarsmakten", "obligation", "ska", "underrätta", "underrätta",
           "Justitiekanslern om skadeståndsanspråk")])],
     [("Justitieombudsmannen prövar klagomålen.",
       [("Justitieombudsmannen", "justitieombudsmannen", EXT)], [pres("prövar", "pröva")],
       [st("justitieombudsmannen", "Justitieombudsmannen", "none", None, "pröva", "prövar",
           "klagomålen")])]])

DOCUMENTS = {"w52-i-batklubb": BATKLUBB, "w52-i-seniorrad": SENIORRAD,
             "w52-i-forening": FORENING, "w52-i-fakultet": FAKULTET,
             "w52-i-fritidsnamnd": FRITIDSNAMND, "w52-i-agarpolicy": AGARPOLICY,
             "w52-i-tillsyn": TILLSYN}


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-i", DOCUMENTS)
