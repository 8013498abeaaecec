"""Builds corpus/dev/w41-g.jsonl and the small documents corpus/dev/w41-g-*.txt with their
gold: invented material for round 41, writer G (analyses 41-az and 41-r; gold by hand from
docs/annotation.md before the rules): az-1 `§ N.N Rubrik` heading lines over their bodies in
a width-wrapped stadga, with a running reference `§ 3.2 andra stycket` at a wrapped line's
start (the negative: it stays in its sentence) and a `§ 4 – Ekonomi` heading
(`w41-g-ekbacken`); az-15 a statute's furniture lines, `1 kap.` and `1 §.` on lines of
their own and a dashed separator line
(`w41-g-vattenlag`); r-C3 a flattened agreement whose one-word numbered headings stand
before an organisation's name as subject (`1 - Huvudman Åsby kommun är …`), and `4 Region
Västerby ska …` (the negative: a name word is no heading) (`w41-g-tolk`). Offsets computed.
Run: python corpus/make_w41_g.py corpus/dev"""

import sys

from records import EXT, FAR, FTV, HAR, ORG, POL, SKA, records_for, write_part
from records import statement as st

rec = records_for("w41-g", conditions_from_statements=True)


D = "w41-g-ekbacken"
EKBACKEN_TEXT = """Stadgar för Föreningen Ekbacken
§ 3.1 Uppdrag
Styrelsen leder föreningens verksamhet under verksamhetsåret och förvaltar dess tillgångar
enligt årsstämmans riktlinjer. Styrelsen beslutar även i de övriga frågor som anges i
§ 3.2 andra stycket.
§ 3.2 Ledamöter
Styrelsen består av sju ledamöter. Suppleanter inträder i turordning.
§ 3.3 Kallelse
Ordföranden kallar till sammanträde minst en vecka i förväg.
§ 4 – Ekonomi
Kassören förvaltar föreningens medel.
"""
ST = "styrelse"
EKBACKEN = [
    rec("title", "Stadgar för Föreningen Ekbacken",
        [("Föreningen Ekbacken", "föreningen ekbacken", ORG)], doc=D, kind="heading"),
    rec("§3.1", "Uppdrag", doc=D, kind="heading", label="§ 3.1"),
    rec("§3.1.1", "Styrelsen leder föreningens verksamhet under verksamhetsåret och förvaltar dess "
        "tillgångar enligt årsstämmans riktlinjer. Styrelsen beslutar även i de övriga frågor som "
        "anges i "
        "§ 3.2 andra stycket.",
        [("Styrelsen", ST, POL), ("föreningens", "förening", ORG),
         ("årsstämmans", "årsstämma", POL),
         ("Styrelsen", ST, POL, 1)],
        [("leder", "leda", "pres", "act"), ("förvaltar", "förvalta", "pres", "act"),
         ("beslutar", "besluta", "pres", "act"), ("anges", "ange", "pres", "pass")],
        [st(ST, "Styrelsen", "none", None, "leda", "leder", "föreningens verksamhet"),
         st(ST, "Styrelsen", "none", None, "förvalta", "förvaltar", "dess tillgångar"),
         st(ST, "Styrelsen", "none", None, "besluta", "beslutar",
            "i de övriga frågor som anges i § 3.2 andra stycket")],
        doc=D, parent="§3.1"),
    rec("§3.2", "Ledamöter", [("Ledamöter", "ledamot", FTV)], doc=D, kind="heading",
        label="§ 3.2"),
    rec("§3.2.1", "Styrelsen består av sju ledamöter. Suppleanter inträder i turordning.",
        [("Styrelsen", ST, POL), ("ledamöter", "ledamot", FTV), ("Suppleanter", "suppleant", FTV)],
        [("består", "bestå", "pres", "act"), ("inträder", "inträda", "pres", "act")],
        [st(ST, "Styrelsen", "none", None, "bestå", "består", "av sju ledamöter"),
         st("suppleant", "Suppleanter", "none", None, "inträda", "inträder")],
        doc=D, parent="§3.2"),
    rec("§3.3", "Kallelse", doc=D, kind="heading", label="§ 3.3"),
    rec("§3.3.1", "Ordföranden kallar till sammanträde minst en vecka i förväg.",
        [("Ordföranden", "ordförande", FTV)], [("kallar", "kalla", "pres", "act")],
        [st("ordförande", "Ordföranden", "none", None, "kalla", "kallar", "till sammanträde")],
        doc=D, parent="§3.3"),
    rec("§4", "Ekonomi", doc=D, kind="heading", label="§ 4 –"),
    rec("§4.1", "Kassören förvaltar föreningens medel.",
        [("Kassören", "kassör", FTV), ("föreningens", "förening", ORG)],
        [("förvaltar", "förvalta", "pres", "act")],
        [st("kassör", "Kassören", "none", None, "förvalta", "förvaltar",
            "föreningens medel")], doc=D, parent="§4"),
]

D = "w41-g-vattenlag"
VATTENLAG_TEXT = """Landskapslag om vattenvård i Ekö
1 kap.
Allmänna bestämmelser
1 §.
Kommunen har tillsyn över vattenvården inom sitt område.
2 §.
Miljönämnden ska föra ett register över brunnarna.
2 kap.
Avgifter
3 §.
Kommunen får ta ut en avgift för tillsynen.
- - - - - - - - - - - - - - - -
Denna lag träder i kraft den 1 januari 2032.
"""
VATTENLAG = [
    rec("title", "Landskapslag om vattenvård i Ekö", doc=D, kind="heading"),
    rec("1", "Allmänna bestämmelser", doc=D, kind="heading", label="1 kap."),
    rec("§1", "Kommunen har tillsyn över vattenvården inom sitt område.",
        [("Kommunen", "kommun", ORG)], [HAR],
        [st("kommun", "Kommunen", "none", None, "ha", "har",
            "tillsyn över vattenvården")], doc=D, parent="1", label="1 §."),
    rec("§2", "Miljönämnden ska föra ett register över brunnarna.",
        [("Miljönämnden", "miljönämnd", POL)], [SKA, ("föra", "föra", "inf", "act")],
        [st("miljönämnd", "Miljönämnden", "obligation", "ska", "föra", "föra",
            "ett register över brunnarna")], doc=D, parent="1", label="2 §."),
    rec("2", "Avgifter", doc=D, kind="heading", label="2 kap."),
    rec("§3", "Kommunen får ta ut en avgift för tillsynen.",
        [("Kommunen", "kommun", ORG)], [FAR, ("ta", "ta", "inf", "act")],
        [st("kommun", "Kommunen", "permission", "får", "ta", "ta",
            "ut en avgift för tillsynen")], doc=D, parent="2", label="3 §."),
    rec("p1", "Denna lag träder i kraft den 1 januari 2032.",
        verbs=[("träder", "träda", "pres", "act")], doc=D, parent="2"),
]

D = "w41-g-tolk"
TOLK_TEXT = (
    "Avtal om tolkservice\n"
    "1 - Huvudman Åsby kommun är huvudman för den gemensamma nämnden. 2 - Uppgifter Den "
    "gemensamma nämnden ansvarar för tolkservice åt kommunerna. 3 - Placering Tallviks kommun "
    "tillhandahåller lokaler åt nämnden. 4 Region Västerby ska verka för en god tolkservice i "
    "länet.\n"
)
GN = "gemensam nämnd"
TOLK = [
    rec("title", "Avtal om tolkservice", doc=D, kind="heading"),
    rec("1", "Huvudman", [("Huvudman", "huvudman", EXT)], doc=D, kind="heading", label="1 -"),
    rec("1.1", "Åsby kommun är huvudman för den gemensamma nämnden.",
        [("Åsby kommun", "åsby kommun", ORG), ("gemensamma nämnden", GN, POL)],
        [("är", "vara", "pres", "act")],
        [st("åsby kommun", "Åsby kommun", "none", None, "vara", "är",
            "huvudman för den gemensamma nämnden")], doc=D, parent="1"),
    rec("2", "Uppgifter", doc=D, kind="heading", label="2 -"),
    rec("2.1", "Den gemensamma nämnden ansvarar för tolkservice åt kommunerna.",
        [("gemensamma nämnden", GN, POL), ("kommunerna", "kommun", ORG)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st(GN, "gemensamma nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för tolkservice åt kommunerna")], doc=D, parent="2"),
    rec("3", "Placering", doc=D, kind="heading", label="3 -"),
    rec("3.1", "Tallviks kommun tillhandahåller lokaler åt nämnden.",
        [("Tallviks kommun", "tallviks kommun", ORG), ("nämnden", "nämnd", POL)],
        [("tillhandahåller", "tillhandahålla", "pres", "act")],
        [st("tallviks kommun", "Tallviks kommun", "none", None, "tillhandahålla",
            "tillhandahåller", "lokaler")], doc=D, parent="3"),
    rec("4", "Region Västerby ska verka för en god tolkservice i länet.",
        [("Region Västerby", "region västerby", ORG)], [SKA, ("verka", "verka", "inf", "act")],
        [st("region västerby", "Region Västerby", "obligation", "ska", "verka", "verka",
            "för en god tolkservice i länet")], doc=D, label="4"),
]


DOCUMENTS = {"w41-g-ekbacken": (EKBACKEN_TEXT, EKBACKEN),
             "w41-g-vattenlag": (VATTENLAG_TEXT, VATTENLAG),
             "w41-g-tolk": (TOLK_TEXT, TOLK)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w41-g", DOCUMENTS)
