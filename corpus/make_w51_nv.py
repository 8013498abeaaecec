"""Builds corpus/dev/w51-nv.jsonl and the documents corpus/dev/w51-nv-*.txt with their gold:
invented material for round 51, writer nu51b (newuser51 faults 1 and 2: reading and layout).
`w51-nv-delegation` (a miljö- och byggnämnd's delegationsordning pasted from a PDF table as
text, no blank lines: a legend of abbreviations `MBN = Miljö- och byggnämnden` under its
label `Förkortningar`, the column-header line `Nr Ärende Lagrum Delegat Anmärkning`, group
rows `1 Brådskande ärenden`, rows `2.2 Beslut om … 26 kap. 14 § MB FC Samråd med
ordföranden` and a row without lagrum, `Sida N av M` counters between rows; negatives: a
heading and a sentence after the table, which are no rows); `w51-nv-stadga` (a
Finland-Swedish förvaltningsstadga: `N kap. Rubrik` chapter headings over `N §` sections,
the adoption line `Godkänd av stadsfullmäktige 3.11.2024 § 112` (a date, no reference);
negatives: a paragraph opening with a reference `6 kap. 2 § tillämpas …`, no chapter label).
Gold by hand from docs/annotation.md §1.2 (tables, round 43/45/48; `1 kap.` labels, round
41), §2 (abbreviations a document defines, round 44/46) before any run. Offsets computed.
Run: python corpus/make_w51_nv.py corpus/dev"""

import sys

from records import FAR, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w51-nv")

# (a) A delegationsordning pasted from a PDF table, one row a line.
D = "w51-nv-delegation"
DEL_TEXT = """Delegationsordning för miljö- och byggnämnden i Tallvika kommun
Antagen av miljö- och byggnämnden 2024-11-06, § 88
Förkortningar
MBN = Miljö- och byggnämnden
Ordf = Ordförande
FC = Förvaltningschef
MI = Miljöinspektör
BI = Byggnadsinspektör
Nr Ärende Lagrum Delegat Anmärkning
1 Brådskande ärenden
1.1 Beslut i ärenden som inte kan vänta 6 kap. 39 § KL Ordf Anmäls vid nästa sammanträde
1.2 Yttrande i remissärenden MBN
2 Miljötillsyn
2.1 Beslut om föreläggande utan vite 26 kap. 9 § MB MI
2.2 Beslut om föreläggande med vite 26 kap. 14 § MB FC Samråd med ordföranden
Sida 1 av 2
3 Bygglov
3.1 Beslut om startbesked 10 kap. 23 § PBL BI
3.2 Beslut om avgift enligt taxa 12 kap. 8 § PBL BI
Sida 2 av 2
Vidaredelegation
Förvaltningschefen får vidaredelegera beslut enligt avsnitt 2.
"""
DL = DEL_TEXT.split("\n")
MBN = "miljö- och byggnämnd"
ORDF = "miljö- och byggnämndens ordförande"
FC = "förvaltningschef"
MI = "miljöinspektör"
BI = "byggnadsinspektör"
DELEGATION = [
    rec("title", DL[0], [("miljö- och byggnämnden", MBN, POL),
                         ("Tallvika kommun", "tallvika kommun", ORG)], doc=D, kind="heading"),
    rec("m1", DL[1], [("miljö- och byggnämnden", MBN, POL)], doc=D),
    rec("h1", DL[2], doc=D, kind="heading"),
    rec("1", DL[3], [("MBN", MBN, POL), ("Miljö- och byggnämnden", MBN, POL)], doc=D,
        parent="h1"),
    rec("2", DL[4], [("Ordf", ORDF, FTV), ("Ordförande", ORDF, FTV)], doc=D, parent="h1"),
    rec("3", DL[5], [("FC", FC, TJP), ("Förvaltningschef", FC, TJP)], doc=D, parent="h1"),
    rec("4", DL[6], [("MI", MI, TJP), ("Miljöinspektör", MI, TJP)], doc=D, parent="h1"),
    rec("5", DL[7], [("BI", BI, TJP), ("Byggnadsinspektör", BI, TJP)], doc=D, parent="h1"),
    # the column-header row: a heading, no actor in it (§2, round 43)
    rec("6", DL[8], doc=D, parent="h1"),
    rec("h2", DL[9], doc=D, kind="heading", parent="h1"),
    rec("7", DL[10], [("Ordf", ORDF, FTV)], doc=D, parent="h2"),
    rec("8", DL[11], [("MBN", MBN, POL)], doc=D, parent="h2"),
    rec("h3", DL[12], doc=D, kind="heading", parent="h1"),
    rec("9", DL[13], [("MI", MI, TJP)], doc=D, parent="h3"),
    rec("10", DL[14], [("FC", FC, TJP), ("ordföranden", ORDF, FTV)], doc=D, parent="h3"),
    rec("h4", DL[16], doc=D, kind="heading", parent="h1"),
    rec("11", DL[17], [("BI", BI, TJP)], doc=D, parent="h4"),
    rec("12", DL[18], [("BI", BI, TJP)], doc=D, parent="h4"),
    rec("h5", DL[20], doc=D, kind="heading"),
    rec("h5.1", DL[21], [("Förvaltningschefen", FC, TJP)], [FAR, inf("vidaredelegera")],
        [st(FC, "Förvaltningschefen", "permission", "får", "vidaredelegera", "vidaredelegera",
            "beslut enligt avsnitt 2")], doc=D, parent="h5"),
]

# (b) A Finland-Swedish förvaltningsstadga in chapters.
D = "w51-nv-stadga"
STA_TEXT = """Förvaltningsstadga för Ekviks stad

Godkänd av stadsfullmäktige 3.11.2024 § 112

1 kap. Inledande bestämmelser

1 § Tillämpning
Denna stadga tillämpas på Ekviks stads förvaltning.

2 kap. Stadsstyrelsen

2 § Uppgifter
Stadsstyrelsen ska godkänna bokslutet.
Bestämmelser om jäv finns i 28 och 29 §§ förvaltningslagen.

3 § Stadsdirektören
Stadsdirektören får besluta om upphandlingar.

6 kap. 2 § tillämpas också på stadsdirektören.
"""
ES = "ekviks stad"
SS = "stadsstyrelse"
SD = "stadsdirektör"
STADGA = [
    rec("title", "Förvaltningsstadga för Ekviks stad", [("Ekviks stad", ES, ORG)], doc=D,
        kind="heading"),
    rec("m1", "Godkänd av stadsfullmäktige 3.11.2024 § 112",
        [("stadsfullmäktige", "stadsfullmäktige", POL)], doc=D),
    rec("1", "Inledande bestämmelser", doc=D, kind="heading", label="1 kap."),
    rec("1.§1", "Tillämpning", doc=D, kind="heading", label="1 §", parent="1"),
    rec("1.§1.1", "Denna stadga tillämpas på Ekviks stads förvaltning.",
        [("Ekviks stads", ES, ORG)], [pres("tillämpas", "tillämpa", "pass")], doc=D,
        parent="1.§1"),
    rec("2", "Stadsstyrelsen", [("Stadsstyrelsen", SS, POL)], doc=D, kind="heading",
        label="2 kap."),
    rec("2.§2", "Uppgifter", doc=D, kind="heading", label="2 §", parent="2"),
    rec("2.§2.1", "Stadsstyrelsen ska godkänna bokslutet. Bestämmelser om jäv finns i 28 och "
        "29 §§ förvaltningslagen.", [("Stadsstyrelsen", SS, POL)],
        [SKA, inf("godkänna"), pres("finns", "finnas")],
        [st(SS, "Stadsstyrelsen", "obligation", "ska", "godkänna", "godkänna", "bokslutet")],
        doc=D, parent="2.§2"),
    rec("2.§3", "Stadsdirektören", [("Stadsdirektören", SD, TJP)], doc=D, kind="heading",
        label="3 §", parent="2"),
    rec("2.§3.1", "Stadsdirektören får besluta om upphandlingar.",
        [("Stadsdirektören", SD, TJP)], [FAR, inf("besluta")],
        [st(SD, "Stadsdirektören", "permission", "får", "besluta", "besluta",
            "om upphandlingar")], doc=D, parent="2.§3"),
    rec("2.§3.2", "6 kap. 2 § tillämpas också på stadsdirektören.",
        [("stadsdirektören", SD, TJP)], [pres("tillämpas", "tillämpa", "pass")], doc=D,
        parent="2.§3"),
]

DOCUMENTS = {"w51-nv-delegation": (DEL_TEXT, DELEGATION), "w51-nv-stadga": (STA_TEXT, STADGA)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-nv", DOCUMENTS)
