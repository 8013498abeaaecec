"""Builds corpus/dev/w51-d.jsonl and the documents corpus/dev/w51-d-*.txt with their gold:
invented material for round 51, writer d (reference resolution: analysis 51-w50y A and I,
rulings b1 and y5, analysis 51-bx L1). `w51-d-arbetsordning` and `w51-d-styrelse`: a title
`<genre> för <Place>s kommunfullmäktige|kommunstyrelse` declares no name (§2.3 round 8: the
place genitive is no part of a municipality's own body), so bare `Fullmäktige`, `Styrelsen`
take the body's own canonical; `w51-d-rad` (negative): a title naming a råd keeps round
18's declared name. `w51-d-forbund`: `<Name> är ett kommunalförbund` defines the document's
kommunalförbund, its later `Kommunalförbundet` and `Förbundet` take the name (ruling b1);
`w51-d-bolag` (negative): two names defined for one kind resolve nothing. `w51-d-delegation`:
a legend's short forms that are no all-capital acronyms (`Ordf`, `Enh chef`, `Avd-chef`)
and an acronym the lexicon reads (`AU`) take the legend's expansion (ruling y5); a law's
acronym defines no actor. `w51-d-sida`: an English machine-translation notice carries no
spans, and its `<Place> kommun` names no organisation for a later `kommunen` (round 47).
Gold by hand from docs/annotation.md before the rules. Offsets computed.
Run: python corpus/make_w51_d.py corpus/dev"""

import sys

from records import FAR, FTV, HAR, ORG, POL, SKA, TJP, AR, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w51-d", conditions_from_statements=True)
KF = "kommunfullmäktige"
KS = "kommunstyrelse"

D = "w51-d-arbetsordning"
AO_TITLE = "Arbetsordning för Granviks kommunfullmäktige"
AO_1 = "Fullmäktige har 41 ledamöter."
AO_2 = "Fullmäktige väljer en ordförande bland sina ledamöter."
AO_TEXT = f"{AO_TITLE}\n\n{AO_1}\n\n{AO_2}\n"
AO = [
    rec("title", AO_TITLE, [("kommunfullmäktige", KF, POL)], kind="heading", doc=D),
    rec("1", AO_1, [("Fullmäktige", KF, POL), ("ledamöter", "ledamot", FTV)], [HAR],
        [st(KF, "Fullmäktige", "none", None, "ha", "har", "41 ledamöter")], doc=D),
    rec("2", AO_2,
        [("Fullmäktige", KF, POL), ("ordförande", "ordförande", FTV),
         ("ledamöter", "ledamot", FTV)],
        [pres("väljer", "välja")],
        [st(KF, "Fullmäktige", "none", None, "välja", "väljer",
            "en ordförande bland sina ledamöter")], doc=D),
]

D = "w51-d-styrelse"
KS_TITLE = "Reglemente för Åsbrons kommunstyrelse"
KS_1 = "Styrelsen sammanträder en gång i månaden."
KS_2 = "Kommunstyrelsen leder arbetet med kommunens budget."
KS_TEXT = f"{KS_TITLE}\n\n{KS_1}\n\n{KS_2}\n"
KSR = [
    rec("title", KS_TITLE, [("kommunstyrelse", KS, POL)], kind="heading", doc=D),
    rec("1", KS_1, [("Styrelsen", KS, POL)], [pres("sammanträder", "sammanträda")],
        [st(KS, "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "en gång i månaden")], doc=D),
    rec("2", KS_2, [("Kommunstyrelsen", KS, POL), ("kommunens", "kommun", ORG)],
        [pres("leder", "leda")],
        [st(KS, "Kommunstyrelsen", "none", None, "leda", "leder",
            "arbetet med kommunens budget")], doc=D),
]

D = "w51-d-rad"
RAD_TITLE = "Reglemente för Åsbrons pensionärsråd"
RAD_1 = "Rådet sammanträder fyra gånger per år."
RAD_TEXT = f"{RAD_TITLE}\n\n{RAD_1}\n"
RPR = "åsbrons pensionärsråd"
RAD = [
    rec("title", RAD_TITLE, [("Åsbrons pensionärsråd", RPR, POL)], kind="heading", doc=D),
    rec("1", RAD_1, [("Rådet", RPR, POL)], [pres("sammanträder", "sammanträda")],
        [st(RPR, "Rådet", "none", None, "sammanträda", "sammanträder",
            "fyra gånger per år")], doc=D),
]

D = "w51-d-forbund"
FB_TITLE = "Förbundsordning"
FB_1 = "Västbygdens skolförbund är ett kommunalförbund."
FB_2 = "Kommunalförbundet ska bedriva gymnasieutbildning för medlemskommunerna."
FB_3 = "Förbundet får anställa personal."
FB_TEXT = f"{FB_TITLE}\n\n{FB_1}\n\n{FB_2}\n\n{FB_3}\n"
VS = "västbygdens skolförbund"
FB = [
    rec("title", FB_TITLE, kind="heading", doc=D),
    rec("1", FB_1, [("Västbygdens skolförbund", VS, ORG)], [AR],
        [st(VS, "Västbygdens skolförbund", "none", None, "vara", "är", "ett kommunalförbund")],
        doc=D),
    rec("2", FB_2, [("Kommunalförbundet", VS, ORG), ("medlemskommunerna", "medlemskommun", ORG)],
        [SKA, inf("bedriva")],
        [st(VS, "Kommunalförbundet", "obligation", "ska", "bedriva", "bedriva",
            "gymnasieutbildning för medlemskommunerna")], doc=D),
    rec("3", FB_3, [("Förbundet", VS, ORG), ("personal", "personal", TJP)], [FAR, inf("anställa")],
        [st(VS, "Förbundet", "permission", "får", "anställa", "anställa", "personal")], doc=D),
]

D = "w51-d-bolag"
BO_TITLE = "Gemensamt ägardirektiv"
BO_1 = "Ekbo Energi AB är ett helägt kommunalt bolag. Ekbo Vatten AB är ett helägt kommunalt bolag."
BO_2 = "Bolaget ska lämna en årsredovisning till kommunstyrelsen."
BO_TEXT = f"{BO_TITLE}\n\n{BO_1}\n\n{BO_2}\n"
BO = [
    rec("title", BO_TITLE, kind="heading", doc=D),
    rec("1", BO_1,
        [("Ekbo Energi AB", "ekbo energi ab", ORG), ("Ekbo Vatten AB", "ekbo vatten ab", ORG)],
        [AR, ("är", "vara", "pres", "act", 1)],
        [st("ekbo energi ab", "Ekbo Energi AB", "none", None, "vara", "är",
            "ett helägt kommunalt bolag"),
         st("ekbo vatten ab", "Ekbo Vatten AB", "none", None, "vara", "är",
            "ett helägt kommunalt bolag")], doc=D),
    rec("2", BO_2, [("Bolaget", "bolag", ORG), ("kommunstyrelsen", KS, POL)],
        [SKA, inf("lämna")],
        [st("bolag", "Bolaget", "obligation", "ska", "lämna", "lämna",
            "en årsredovisning till kommunstyrelsen")], doc=D),
]

D = "w51-d-delegation"
MO = "miljönämndens ordförande"
MA = "miljönämndens arbetsutskott"
DL_P = "Ordf får underteckna handlingar på nämndens vägnar.\nEnh chef ska anmäla besluten till AU."
DL_TEXT = f"""Delegationsordning för miljönämnden
Förkortningar
Ordf Miljönämndens ordförande
Enh chef Enhetschef
Avd-chef Avdelningschef för tillsyn
AU Miljönämndens arbetsutskott
MB Miljöbalken
1 Tillsyn
1.1 Beslut om föreläggande utan vite MB 26 kap. 9 § Enh chef
1.2 Beslut om föreläggande med vite MB 26 kap. 14 § AU
1.3 Beslut om sanktionsavgift MB 30 kap. 3 § Avd-chef
1.4 Beslut i brådskande ärenden Ordf
{DL_P}
"""
DL = [
    rec("title", "Delegationsordning för miljönämnden", [("miljönämnden", "miljönämnd", POL)],
        kind="heading", doc=D),
    rec("h1", "Förkortningar", kind="heading", doc=D),
    rec("k1", "Ordf Miljönämndens ordförande",
        [("Ordf", MO, FTV), ("Miljönämndens ordförande", MO, FTV)], doc=D),
    rec("k2", "Enh chef Enhetschef", [("Enh chef", "enhetschef", TJP), ("Enhetschef", "enhetschef", TJP)],
        doc=D),
    rec("k3", "Avd-chef Avdelningschef för tillsyn",
        [("Avd-chef", "avdelningschef", TJP), ("Avdelningschef", "avdelningschef", TJP)], doc=D),
    rec("k4", "AU Miljönämndens arbetsutskott",
        [("AU", MA, POL), ("Miljönämndens arbetsutskott", MA, POL)], doc=D),
    rec("k5", "MB Miljöbalken", doc=D),
    rec("1", "Tillsyn", kind="heading", doc=D, label="1"),
    rec("1.1", "Beslut om föreläggande utan vite MB 26 kap. 9 § Enh chef",
        [("Enh chef", "enhetschef", TJP)], doc=D, label="1.1", parent="1"),
    rec("1.2", "Beslut om föreläggande med vite MB 26 kap. 14 § AU", [("AU", MA, POL)], doc=D,
        label="1.2", parent="1"),
    rec("1.3", "Beslut om sanktionsavgift MB 30 kap. 3 § Avd-chef",
        [("Avd-chef", "avdelningschef", TJP)], doc=D, label="1.3", parent="1"),
    rec("1.4", "Beslut i brådskande ärenden Ordf", [("Ordf", MO, FTV)], doc=D, label="1.4",
        parent="1"),
    rec("1.p1", DL_P,
        [("Ordf", MO, FTV), ("nämndens", "nämnd", POL), ("Enh chef", "enhetschef", TJP),
         ("AU", MA, POL)],
        [FAR, inf("underteckna"), SKA, inf("anmäla")],
        [st(MO, "Ordf", "permission", "får", "underteckna", "underteckna",
            "handlingar på nämndens vägnar"),
         st("enhetschef", "Enh chef", "obligation", "ska", "anmäla", "anmäla",
            "besluten till AU")], doc=D, parent="1"),
]

D = "w51-d-sida"
SI_1 = ("This page has been translated by a machine. Björkvik kommun is not responsible for "
        "errors in the translation.")
SI_2 = "Kommunstyrelsen leder arbetet med kommunens ekonomi."
SI_3 = "Kommunen ska upprätta en plan för krisberedskap."
SI_TEXT = f"Kommunstyrelsen\n\n{SI_1}\n\n{SI_2}\n\n{SI_3}\n"
SI = [
    rec("title", "Kommunstyrelsen", [("Kommunstyrelsen", KS, POL)], kind="heading", doc=D),
    rec("1", SI_1, doc=D),
    rec("2", SI_2, [("Kommunstyrelsen", KS, POL), ("kommunens", "kommun", ORG)],
        [pres("leder", "leda")],
        [st(KS, "Kommunstyrelsen", "none", None, "leda", "leder",
            "arbetet med kommunens ekonomi")], doc=D),
    rec("3", SI_3, [("Kommunen", "kommun", ORG)], [SKA, inf("upprätta")],
        [st("kommun", "Kommunen", "obligation", "ska", "upprätta", "upprätta",
            "en plan för krisberedskap")], doc=D),
]

DOCUMENTS = {"w51-d-arbetsordning": (AO_TEXT, AO), "w51-d-styrelse": (KS_TEXT, KSR),
             "w51-d-rad": (RAD_TEXT, RAD), "w51-d-forbund": (FB_TEXT, FB),
             "w51-d-bolag": (BO_TEXT, BO), "w51-d-delegation": (DL_TEXT, DL),
             "w51-d-sida": (SI_TEXT, SI)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-d", DOCUMENTS)
