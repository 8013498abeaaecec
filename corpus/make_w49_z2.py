"""Builds corpus/dev/w49-z2.jsonl and the documents corpus/dev/w49-z2-*.txt with their gold:
invented material for round 49, writer az2 (analysis 49-az causes C1, C3, C4, C7 and the
round 49 rulings az R1–R3, docs/annotation.md). C1/R1: a statute print whose site export
leaves a heading-level mark at a line's start (`/r1/ ` before the title, `/r3/ ` before each
heading): furniture like Markdown's `## `, so the title still declares its body (round 41)
and the marked lines are headings; negative: a mark in mid-line is text. C7/R3: the page
counter `s. N (av M)` is page furniture. C4: a PDF flattening whose lines are single-newline
paragraphs with two runs of blank lines (page gaps): each verbless name line stays a
paragraph and a line going on with the document's own `N.N` numbering is a heading. C3/R2:
`<compound>kyrkan/-samfundet/-församlingen i <Place>` names, a definite kind noun before a
capitalised name joining its span (`Trossamfundet X i <Place>`, `Stiftelsen X i <Place>`);
negatives: a bare `Kyrkan i <Place>`, a lower-case `i kyrkan i <Place>`. Gold by hand from
docs/annotation.md before the rules. Offsets computed.
Run: python corpus/make_w49_z2.py corpus/dev"""

import sys

from records import EXT, FAR, FTV, HAR, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w49-z2")

# (a) C1/R1 + C7/R3: a statute print with site heading marks and page counters.
D = "w49-z2-tillsyn"
TILLSYN_TEXT = """/r1/ Förordning (2032:14) med instruktion för kommunernas granskningsnämnd;
/r3/ Uppgifter
1 § Kommunernas granskningsnämnd ska följa tillsynen över avfallshanteringen i landet.
2 § Kommunernas granskningsnämnd får lämna förslag till regeringen om nya föreskrifter.
s. 1 (av 2)
/r3/ Ledning
3 § Nämnden leds av en ordförande.
4 § Ordföranden ska redovisa ärenden av typ /r2/ till nämnden.
s. 2 (av 2)
"""
KG = "kommunernas granskningsnämnd"
TILLSYN = [
    rec("title", "Förordning (2032:14) med instruktion för kommunernas granskningsnämnd;",
        [("kommunernas granskningsnämnd", KG, POL)], kind="heading", doc=D),
    rec("h1", "Uppgifter", kind="heading", doc=D),
    rec("§1", "Kommunernas granskningsnämnd ska följa tillsynen över avfallshanteringen i "
        "landet.", [("Kommunernas granskningsnämnd", KG, POL)], [SKA, inf("följa")],
        [st(KG, "Kommunernas granskningsnämnd", "obligation", "ska", "följa", "följa",
            "tillsynen över avfallshanteringen i landet")], parent="h1", label="1 §", doc=D),
    rec("§2", "Kommunernas granskningsnämnd får lämna förslag till regeringen om nya "
        "föreskrifter.", [("Kommunernas granskningsnämnd", KG, POL),
                          ("regeringen", "regering", EXT)], [FAR, inf("lämna")],
        [st(KG, "Kommunernas granskningsnämnd", "permission", "får", "lämna", "lämna",
            "förslag till regeringen om nya föreskrifter")], parent="h1", label="2 §", doc=D),
    rec("h2", "Ledning", kind="heading", doc=D),
    rec("§3", "Nämnden leds av en ordförande.",
        [("Nämnden", "nämnd", POL), ("ordförande", "ordförande", FTV)],
        [pres("leds", "leda", "pass")],
        [st("ordförande", "ordförande", "none", None, "leda", "leds", "Nämnden",
            passive=True)], parent="h2", label="3 §", doc=D),
    # negative: a mark in mid-line is text
    rec("§4", "Ordföranden ska redovisa ärenden av typ /r2/ till nämnden.",
        [("Ordföranden", "ordförande", FTV), ("nämnden", "nämnd", POL)],
        [SKA, inf("redovisa")],
        [st("ordförande", "Ordföranden", "obligation", "ska", "redovisa", "redovisa",
            "ärenden av typ /r2/ till nämnden")], parent="h2", label="4 §", doc=D),
]

# (b) C4: a flattened PDF, one line a paragraph, two runs of blank lines (page gaps).
D = "w49-z2-seglare"
SEGLARE_TEXT = """Stadgar för Seglarklubben Västvind
1 Allmänt
1.1 Ändamål
Klubben ska främja segling bland ungdomar.
1.2 Hedersordförande
Karin Ekström, 2011-2016
Per Sundgren, 2016-2024



1.3 Avgifter
Medlem ska betala årsavgift före mars.
1.4 Revisorer
Revisorn granskar räkenskaperna
1.5 Val
Årsmötet väljer revisor.




2 Styrelse
2.1 Sammansättning
Styrelsen består av fem ledamöter.
Ordföranden ska kalla till styrelsemöte.
"""
SEGLARE = [
    rec("title", "Stadgar för Seglarklubben Västvind",
        [("Seglarklubben Västvind", "seglarklubben västvind", ORG)], kind="heading", doc=D),
    rec("1", "Allmänt", kind="heading", label="1", doc=D),
    rec("1.1", "Ändamål", kind="heading", label="1.1", parent="1", doc=D),
    rec("1.1.a", "Klubben ska främja segling bland ungdomar.",
        [("Klubben", "klubb", ORG), ("ungdomar", "ungdom", EXT)],
        [SKA, inf("främja")],
        [st("klubb", "Klubben", "obligation", "ska", "främja", "främja",
            "segling bland ungdomar")], parent="1.1", doc=D),
    rec("1.2", "Hedersordförande", [("Hedersordförande", "hedersordförande", FTV)],
        kind="heading", label="1.2", parent="1", doc=D),
    rec("1.2.a", "Karin Ekström, 2011-2016", parent="1.2", doc=D),
    rec("1.2.b", "Per Sundgren, 2016-2024", parent="1.2", doc=D),
    rec("1.3", "Avgifter", kind="heading", label="1.3", parent="1", doc=D),
    rec("1.3.a", "Medlem ska betala årsavgift före mars.", [("Medlem", "medlem", OVR)],
        [SKA, inf("betala")],
        [st("medlem", "Medlem", "obligation", "ska", "betala", "betala",
            "årsavgift före mars")], parent="1.3", doc=D),
    rec("1.4", "Revisorer", [("Revisorer", "revisor", FTV)], kind="heading", label="1.4",
        parent="1", doc=D),
    rec("1.4.a", "Revisorn granskar räkenskaperna", [("Revisorn", "revisor", FTV)],
        [pres("granskar", "granska")],
        [st("revisor", "Revisorn", "none", None, "granska", "granskar", "räkenskaperna")],
        parent="1.4", doc=D),
    rec("1.5", "Val", kind="heading", label="1.5", parent="1", doc=D),
    rec("1.5.a", "Årsmötet väljer revisor.",
        [("Årsmötet", "årsmöte", OVR), ("revisor", "revisor", FTV)],
        [pres("väljer", "välja")],
        [st("årsmöte", "Årsmötet", "none", None, "välja", "väljer", "revisor")],
        parent="1.5", doc=D),
    rec("2", "Styrelse", [("Styrelse", "styrelse", POL)], kind="heading", label="2", doc=D),
    rec("2.1", "Sammansättning", kind="heading", label="2.1", parent="2", doc=D),
    rec("2.1.a", "Styrelsen består av fem ledamöter.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [pres("består", "bestå")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av fem ledamöter")],
        parent="2.1", doc=D),
    rec("2.1.b", "Ordföranden ska kalla till styrelsemöte.",
        [("Ordföranden", "ordförande", FTV)], [SKA, inf("kalla")],
        [st("ordförande", "Ordföranden", "obligation", "ska", "kalla", "kalla",
            "till styrelsemöte")], parent="2.1", doc=D),
]

# (c) C3/R2: church, samfund and församling names with a place, a kind noun before a name.
D = "w49-z2-samfund"
PA = "pingstkyrkan i åsby"
SAMFUND_TEXT = """Stadgar för Pingstkyrkan i Åsby

Pingstkyrkan i Åsby ska verka för gemenskap och mission.

Trossamfundet Missionskyrkan i Norrby ska stödja ungdomsarbetet i landet.

Styrelsen ska samråda med Frikyrkosamfundet i Västby inför årsmötet.

Missionsförsamlingen i Ekby får anta egna stadgar.

Stiftelsen Sjöskolan i Norrvik ska bevilja stipendier varje år.

Kyrkan i Åsby har en ny orgel.

Styrelsen sammanträder i kyrkan i Åsby.

Samfundet ska föra en medlemsförteckning.
"""
SAMFUND = [
    rec("title", "Stadgar för Pingstkyrkan i Åsby", [("Pingstkyrkan i Åsby", PA, ORG)],
        kind="heading", doc=D),
    rec("1", "Pingstkyrkan i Åsby ska verka för gemenskap och mission.",
        [("Pingstkyrkan i Åsby", PA, ORG)], [SKA, inf("verka")],
        [st(PA, "Pingstkyrkan i Åsby", "obligation", "ska", "verka", "verka",
            "för gemenskap och mission")], doc=D),
    rec("2", "Trossamfundet Missionskyrkan i Norrby ska stödja ungdomsarbetet i landet.",
        [("Trossamfundet Missionskyrkan i Norrby", "trossamfundet missionskyrkan i norrby",
          ORG)], [SKA, inf("stödja")],
        [st("trossamfundet missionskyrkan i norrby", "Trossamfundet Missionskyrkan i Norrby",
            "obligation", "ska", "stödja", "stödja", "ungdomsarbetet i landet")], doc=D),
    rec("3", "Styrelsen ska samråda med Frikyrkosamfundet i Västby inför årsmötet.",
        [("Styrelsen", "styrelse", POL),
         ("Frikyrkosamfundet i Västby", "frikyrkosamfundet i västby", ORG),
         ("årsmötet", "årsmöte", OVR)], [SKA, inf("samråda")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "samråda", "samråda",
            "med Frikyrkosamfundet i Västby inför årsmötet")], doc=D),
    rec("4", "Missionsförsamlingen i Ekby får anta egna stadgar.",
        [("Missionsförsamlingen i Ekby", "missionsförsamlingen i ekby", ORG)],
        [FAR, inf("anta")],
        [st("missionsförsamlingen i ekby", "Missionsförsamlingen i Ekby", "permission", "får",
            "anta", "anta", "egna stadgar")], doc=D),
    rec("5", "Stiftelsen Sjöskolan i Norrvik ska bevilja stipendier varje år.",
        [("Stiftelsen Sjöskolan i Norrvik", "stiftelsen sjöskolan i norrvik", ORG)],
        [SKA, inf("bevilja")],
        [st("stiftelsen sjöskolan i norrvik", "Stiftelsen Sjöskolan i Norrvik", "obligation",
            "ska", "bevilja", "bevilja", "stipendier varje år")], doc=D),
    # negatives: the bare kind with a place, a lower-case church with a place
    rec("6", "Kyrkan i Åsby har en ny orgel.", (), [HAR], doc=D),
    rec("7", "Styrelsen sammanträder i kyrkan i Åsby.", [("Styrelsen", "styrelse", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "i kyrkan i Åsby")], doc=D),
    rec("8", "Samfundet ska föra en medlemsförteckning.", [("Samfundet", "samfund", ORG)],
        [SKA, inf("föra")],
        [st("samfund", "Samfundet", "obligation", "ska", "föra", "föra",
            "en medlemsförteckning")], doc=D),
]

DOCUMENTS = {
    "w49-z2-tillsyn": (TILLSYN_TEXT, TILLSYN),
    "w49-z2-seglare": (SEGLARE_TEXT, SEGLARE),
    "w49-z2-samfund": (SAMFUND_TEXT, SAMFUND),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w49-z2", DOCUMENTS)
