"""Builds corpus/dev/w53-b.jsonl and the documents corpus/dev/w53-b-*.txt with their gold:
invented material for round 53, writer b (opened parts cc and cd: lost sentence stops and
suspended hyphens). A viewer title line that runs the naming clause and the next sentence
together without the stop (`… namn är <Name> Medlemmar i förbundet är …`, `Bolaget heter
<Name> AB Ledamöterna i styrelsen utses …`): the name ends before the capitalised plural
subject (docs/annotation.md §2.1 naming clause, §1.2 round 34 lost stop); a lost stop before a
capitalised fronted preposition + modal + subject (`… åt medlemmarna Inom ramen för uppdraget
ska förbundet …`); suspended first parts whose comma was lost (`Service- fastighets- och
hamnnämnden`, `Teknik- service och fastighetsnämnden`: round 47, printed words kept).
Negatives: the naming clause with its stop (whole name), a capitalised preposition that
opens a report's title (no modal and subject after it), an in-line word break (`års-
redovisningen`, joined). Gold by hand from docs/annotation.md before the rules. Offsets
computed. Run: python corpus/make_w53_b.py corpus/dev"""

import sys

from records import AR, FTV, HAR, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w53-b")

# (a) A water federation's förbundsordning under a viewer title line without its stop.
D = "w53-b-vattenforbund"
VF_TEXT = """Förbundsordning för Vattenförbundet Östra Bygden
Förbundets namn är Vattenförbundet Östra Bygden Medlemmar i förbundet är Åsby kommun och \
Torpa kommun.
1 § Namn och säte
Förbundets namn är Vattenförbundet Östra Bygden. Förbundet har sitt säte i Åsby.
2 § Ändamål
Förbundet ska svara för vattenförsörjningen i medlemskommunerna. Förbundet sköter även \
reningen av avloppsvatten åt medlemmarna Inom ramen för uppdraget ska förbundet samverka med \
andra huvudmän.
3 § Direktion
Direktionen fastställer budgeten för året Enligt förbundsordningen ska revisorerna granska \
räkenskaperna varje år. Förbundet redovisar avgifterna i skriften Om Vatten och Avlopp.
"""
VF = "vattenförbundet östra bygden"
VF_DOC = [
    rec("title", "Förbundsordning för Vattenförbundet Östra Bygden",
        [("Vattenförbundet Östra Bygden", VF, ORG)], kind="heading", doc=D),
    rec("p1", "Förbundets namn är Vattenförbundet Östra Bygden Medlemmar i förbundet är Åsby "
        "kommun och Torpa kommun.",
        [("Förbundets", VF, ORG), ("Medlemmar", "medlem", OVR), ("förbundet", VF, ORG),
         ("Åsby kommun", "åsby kommun", ORG), ("Torpa kommun", "torpa kommun", ORG)],
        [AR, (*AR, 1)],
        [st("medlem", "Medlemmar", "none", None, "vara", "är",
            "Åsby kommun och Torpa kommun")], doc=D),
    rec("§1", "Namn och säte", kind="heading", label="1 §", doc=D),
    rec("§1.1", "Förbundets namn är Vattenförbundet Östra Bygden. Förbundet har sitt säte i "
        "Åsby.", [("Förbundets", VF, ORG), ("Förbundet", VF, ORG)], [AR, HAR],
        [st(VF, "Förbundet", "none", None, "ha", "har", "sitt säte i Åsby")],
        parent="§1", doc=D),
    rec("§2", "Ändamål", kind="heading", label="2 §", doc=D),
    rec("§2.1", "Förbundet ska svara för vattenförsörjningen i medlemskommunerna. Förbundet "
        "sköter även reningen av avloppsvatten åt medlemmarna Inom ramen för uppdraget ska "
        "förbundet samverka med andra huvudmän.",
        [("Förbundet", VF, ORG), ("medlemskommunerna", "medlemskommun", ORG),
         ("Förbundet", VF, ORG, 1), ("medlemmarna", "medlem", OVR), ("förbundet", VF, ORG),
         ("huvudmän", "huvudman", "extern")],
        [SKA, inf("svara"), pres("sköter", "sköta"), (*SKA, 1), inf("samverka")],
        [st(VF, "Förbundet", "obligation", "ska", "svara", "svara",
            "för vattenförsörjningen i medlemskommunerna"),
         st(VF, "Förbundet", "none", None, "sköta", "sköter",
            "reningen av avloppsvatten åt medlemmarna"),
         st(VF, "förbundet", "obligation", "ska", "samverka", "samverka",
            "med andra huvudmän")],
        parent="§2", doc=D),
    rec("§3", "Direktion", [("Direktion", "direktion", POL)], kind="heading", label="3 §",
        doc=D),
    rec("§3.1", "Direktionen fastställer budgeten för året Enligt förbundsordningen ska "
        "revisorerna granska räkenskaperna varje år. Förbundet redovisar avgifterna i skriften "
        "Om Vatten och Avlopp.",
        [("Direktionen", "direktion", POL), ("revisorerna", "revisor", FTV),
         ("Förbundet", VF, ORG)],
        [pres("fastställer", "fastställa"), SKA, inf("granska"),
         pres("redovisar", "redovisa")],
        [st("direktion", "Direktionen", "none", None, "fastställa", "fastställer",
            "budgeten för året"),
         st("revisor", "revisorerna", "obligation", "ska", "granska", "granska",
            "räkenskaperna"),
         st(VF, "Förbundet", "none", None, "redovisa", "redovisar", "avgifterna")],
        parent="§3", doc=D),
]

# (b) A port company's owner directive: a naming verb whose stop was lost, suspended first
# parts of two nämnd names whose comma was lost, an in-line word break (negative).
D = "w53-b-hamnbolag"
HB_TEXT = """Ägardirektiv för Lövsunds Hamn AB

Bolaget heter Lövsunds Hamn AB Ledamöterna i styrelsen utses av kommunfullmäktige.

Ärenden om hamnens utveckling bereds av Service- fastighets- och hamnnämnden. Teknik- \
service och fastighetsnämnden ska yttra sig över bolagets investeringar.

Bolaget ska lämna års- redovisningen till kommunstyrelsen före mars månads utgång.
"""
HB = "lövsunds hamn ab"
SFH = "service- fastighets- och hamnnämnd"
TSF = "teknik- service och fastighetsnämnd"
HB_DOC = [
    rec("title", "Ägardirektiv för Lövsunds Hamn AB", [("Lövsunds Hamn AB", HB, ORG)],
        kind="heading", doc=D),
    rec("1", "Bolaget heter Lövsunds Hamn AB Ledamöterna i styrelsen utses av "
        "kommunfullmäktige.",
        [("Bolaget", HB, ORG), ("Ledamöterna", "ledamot", FTV), ("styrelsen", "styrelse", POL),
         ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [pres("heter", "heta"), pres("utses", "utse", "pass")],
        [st(HB, "Bolaget", "none", None, "heta", "heter", "Lövsunds Hamn AB"),
         st("kommunfullmäktige", "kommunfullmäktige", "none", None, "utse", "utses",
            "Ledamöterna i styrelsen", passive=True)],
        doc=D),
    rec("2", "Ärenden om hamnens utveckling bereds av Service- fastighets- och hamnnämnden. "
        "Teknik- service och fastighetsnämnden ska yttra sig över bolagets investeringar.",
        [("Service- fastighets- och hamnnämnden", SFH, POL),
         ("Teknik- service och fastighetsnämnden", TSF, POL), ("bolagets", HB, ORG)],
        [pres("bereds", "bereda", "pass"), SKA, inf("yttra")],
        [st(SFH, "Service- fastighets- och hamnnämnden", "none", None, "bereda", "bereds",
            "Ärenden om hamnens utveckling", passive=True),
         st(TSF, "Teknik- service och fastighetsnämnden", "obligation", "ska", "yttra", "yttra",
            "sig över bolagets investeringar")],
        doc=D),
    rec("3", "Bolaget ska lämna års- redovisningen till kommunstyrelsen före mars månads "
        "utgång.",
        [("Bolaget", HB, ORG), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [SKA, inf("lämna")],
        [st(HB, "Bolaget", "obligation", "ska", "lämna", "lämna",
            "års- redovisningen till kommunstyrelsen")],
        doc=D),
]

DOCUMENTS = {"w53-b-vattenforbund": (VF_TEXT, VF_DOC), "w53-b-hamnbolag": (HB_TEXT, HB_DOC)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w53-b", DOCUMENTS)
