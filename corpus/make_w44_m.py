"""Builds corpus/dev/w44-m.jsonl and the small documents corpus/dev/w44-m-*.txt with their
gold: invented material for round 44, writer M (analysis 44-layouts, cause 3; gold by hand from
docs/annotation.md before the rule): a run of two or more `Label: value` fields flattened into
a line with the title or heading before it and the sentence after it, in any block — a cover
run after the title line (`w44-m-resor`, a four-word validity label `Gäller fr o m:`), a
`Roll: Namn` run after a sentence and a one-word heading (`w44-m-hembygd`), two adoption runs
each after a document-kind heading in the second and third block (`w44-m-reglementen`, a
`§ N` inside the value), and a memo run printed after its title in one line with unlisted
labels (`Tid:`, `Plats:`) and the title's repeat after it (`w44-m-torg`). The field run is one
metadata clause (§1.2, §2.1 cover-page fields); the title before it and the sentence after it
are clauses of their own. Negatives (`w44-m-styrelse`): a colon lead-in `Styrelsen ska:`, a
time `kl. 13:00`, a statute number `(2005:551)`, a ratio `1:1`, a URL, an `Anm:` cell in a
table row, a role label whose value is no name, one field label before a sentence (one
clause, §2.1 round 7). Offsets computed.
Run: python corpus/make_w44_m.py corpus/dev"""

import sys

from records import FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w44-m", conditions_from_statements=True)

D = "w44-m-resor"
RES_TEXT = """Riktlinje för tjänsteresor

Dokumenttyp: Riktlinje Fastställd av: Personalutskottet Gäller fr o m: 1 mars 2030 \
Dokumentansvarig: Personalchefen Medarbetare ska välja det billigaste rimliga färdsättet.
"""
RES = [
    rec("title", "Riktlinje för tjänsteresor", doc=D, kind="heading"),
    rec("m1", "Dokumenttyp: Riktlinje Fastställd av: Personalutskottet Gäller fr o m: 1 mars "
        "2030 Dokumentansvarig: Personalchefen",
        [("Personalutskottet", "personalutskott", POL), ("Personalchefen", "personalchef", TJP)],
        doc=D),
    rec("1", "Medarbetare ska välja det billigaste rimliga färdsättet.",
        [("Medarbetare", "medarbetare", TJP)], [SKA, inf("välja")],
        [st("medarbetare", "Medarbetare", "obligation", "ska", "välja", "välja",
            "det billigaste rimliga färdsättet")], doc=D),
]

D = "w44-m-hembygd"
HEM_TEXT = """Stadgar för Ekmarks hembygdsförening

Föreningen har sitt säte i Ekmark. Styrelse Ordförande: Lisa Nord Sekreterare: Jan Ek \
Kassör: Eva Lind Styrelsen sammanträder minst fyra gånger per år.
"""
HF = "ekmarks hembygdsförening"  # the name as the title writes it; `Föreningen` is it (§2.3)
HEM = [
    rec("title", "Stadgar för Ekmarks hembygdsförening", [("Ekmarks hembygdsförening", HF, ORG)],
        doc=D, kind="heading"),
    rec("1", "Föreningen har sitt säte i Ekmark.", [("Föreningen", HF, ORG)],
        [pres("har", "ha")],
        [st(HF, "Föreningen", "none", None, "ha", "har", "sitt säte i Ekmark")], doc=D),
    rec("h1", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading"),
    rec("2", "Ordförande: Lisa Nord Sekreterare: Jan Ek Kassör: Eva Lind",
        [("Ordförande", "ordförande", FTV), ("Sekreterare", "sekreterare", TJP),
         ("Kassör", "kassör", FTV)], doc=D),
    rec("3", "Styrelsen sammanträder minst fyra gånger per år.",
        [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")], doc=D),
]

D = "w44-m-reglementen"
REG_TEXT = """Reglementen för Västerfjärds kommun

Reglemente för valnämnden Antagen av: Kommunfullmäktige Antagen: 2030-02-10 § 14 Gäller från \
och med: 2030-03-01 Valnämnden ansvarar för röstmottagningen.

Reglemente för krisledningsnämnden Antagen av: Kommunfullmäktige Antagen: 2030-02-10 § 15 \
Gäller från och med: 2030-03-01 Krisledningsnämnden leder kommunens krisarbete.
"""
VK = "västerfjärds kommun"
KF = "kommunfullmäktige"
REG = [
    rec("title", "Reglementen för Västerfjärds kommun", [("Västerfjärds kommun", VK, ORG)],
        doc=D, kind="heading"),
    rec("h1", "Reglemente för valnämnden", [("valnämnden", "valnämnd", POL)], doc=D,
        kind="heading"),
    rec("m1", "Antagen av: Kommunfullmäktige Antagen: 2030-02-10 § 14 Gäller från och med: "
        "2030-03-01", [("Kommunfullmäktige", KF, POL)], doc=D),
    rec("1", "Valnämnden ansvarar för röstmottagningen.", [("Valnämnden", "valnämnd", POL)],
        [pres("ansvarar", "ansvara")],
        [st("valnämnd", "Valnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för röstmottagningen")], doc=D),
    rec("h2", "Reglemente för krisledningsnämnden",
        [("krisledningsnämnden", "krisledningsnämnd", POL)], doc=D, kind="heading"),
    rec("m2", "Antagen av: Kommunfullmäktige Antagen: 2030-02-10 § 15 Gäller från och med: "
        "2030-03-01", [("Kommunfullmäktige", KF, POL)], doc=D),
    rec("2", "Krisledningsnämnden leder kommunens krisarbete.",
        [("Krisledningsnämnden", "krisledningsnämnd", POL), ("kommunens", VK, ORG)],
        [pres("leder", "leda")],
        [st("krisledningsnämnd", "Krisledningsnämnden", "none", None, "leda", "leder",
            "kommunens krisarbete")], doc=D),
]

D = "w44-m-torg"
TORG_TITLE = "Taxa för upplåtelse av torgplatser"
TORG_TEXT = f"""{TORG_TITLE} KALLELSE Sammanträdesdatum: 2030-04-08 Tid: 09.00 Plats: Rådhuset \
Tekniska nämnden {TORG_TITLE} Förslag till beslut Tekniska nämnden föreslår \
kommunfullmäktige att anta taxan.
"""
TN = "teknisk nämnd"
TORG = [
    rec("title", TORG_TITLE, doc=D, kind="heading"),
    rec("m1", "KALLELSE Sammanträdesdatum: 2030-04-08 Tid: 09.00 Plats: Rådhuset Tekniska "
        "nämnden", [("Tekniska nämnden", TN, POL)], doc=D),
    rec("h1", TORG_TITLE, doc=D, kind="heading"),
    rec("h2", "Förslag till beslut", doc=D, kind="heading"),
    rec("1", "Tekniska nämnden föreslår kommunfullmäktige att anta taxan.",
        [("Tekniska nämnden", TN, POL), ("kommunfullmäktige", KF, POL)],
        [pres("föreslår", "föreslå"), inf("anta")],
        [st(TN, "Tekniska nämnden", "none", None, "föreslå", "föreslår",
            "kommunfullmäktige att anta taxan")], doc=D),
]

D = "w44-m-styrelse"
STY_TEXT = """Arbetsordning för styrelsen i Norrsund Energi AB

Styrelsen sammanträder kl. 13:00 den första måndagen i varje månad.

Styrelsen ska: fastställa budgeten och utse verkställande direktör.

Röster räknas i förhållandet 1:1 enligt aktiebolagslagen (2005:551).

Handlingarna finns på https://www.norrsund.se/styrelsen inför mötet.

3 Beslut om firmateckning Ordföranden Anm: Anmäls till styrelsen

Ordförande: leder styrelsens arbete och kallar till sammanträden.

Datum: 2030-06-01 Styrelsen beslutar om arvoden.
"""
NE = "norrsund energi ab"
SO = "styrelsens ordförande"  # §2.3: a bare chair in a board's arbetsordning
STY = [
    rec("title", "Arbetsordning för styrelsen i Norrsund Energi AB",
        [("styrelsen", "styrelse", POL), ("Norrsund Energi AB", NE, ORG)], doc=D, kind="heading"),
    rec("1", "Styrelsen sammanträder kl. 13:00 den första måndagen i varje månad.",
        [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "kl. 13:00 den första måndagen i varje månad")], doc=D),
    rec("2", "Styrelsen ska: fastställa budgeten och utse verkställande direktör.",
        [("Styrelsen", "styrelse", POL), ("verkställande direktör", "verkställande direktör",
                                          TJP)],
        [SKA, inf("fastställa"), inf("utse")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "fastställa", "fastställa",
            "budgeten"),
         st("styrelse", "Styrelsen", "obligation", "ska", "utse", "utse",
            "verkställande direktör")], doc=D),
    rec("3", "Röster räknas i förhållandet 1:1 enligt aktiebolagslagen (2005:551).", [],
        [pres("räknas", "räkna", "pass")], doc=D),
    rec("4", "Handlingarna finns på https://www.norrsund.se/styrelsen inför mötet.", [],
        [pres("finns", "finnas")], doc=D),
    rec("5", "Beslut om firmateckning Ordföranden Anm: Anmäls till styrelsen",
        [("Ordföranden", SO, FTV), ("styrelsen", "styrelse", POL)],
        [pres("Anmäls", "anmäla", "pass")], doc=D, label="3"),
    rec("6", "Ordförande: leder styrelsens arbete och kallar till sammanträden.",
        [("Ordförande", SO, FTV), ("styrelsens", "styrelse", POL)],
        [pres("leder", "leda"), pres("kallar", "kalla")],
        [st(SO, "Ordförande", "none", None, "leda", "leder", "styrelsens arbete"),
         st(SO, "Ordförande", "none", None, "kalla", "kallar",
            "till sammanträden")], doc=D),
    rec("7", "Datum: 2030-06-01 Styrelsen beslutar om arvoden.",
        [("Styrelsen", "styrelse", POL)], [pres("beslutar", "besluta")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar", "om arvoden")],
        doc=D),
]

DOCUMENTS = {"w44-m-resor": (RES_TEXT, RES), "w44-m-hembygd": (HEM_TEXT, HEM),
             "w44-m-reglementen": (REG_TEXT, REG), "w44-m-torg": (TORG_TEXT, TORG),
             "w44-m-styrelse": (STY_TEXT, STY)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-m", DOCUMENTS)
