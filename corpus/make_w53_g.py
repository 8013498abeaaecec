"""Builds corpus/dev/w53-g.jsonl and the document corpus/dev/w53-g-forbund.txt with its gold:
invented material for round 53, writer w53g (analysis 53b-cc, cause N1). A förbundsordning
whose paragraphs lost stops before a fronted prepositional phrase (`… i förbundet Inom ramen
för X ska förbundet …`, `… åt andra kommuner Efter beslut i direktionen får förbundet …`):
the inverted modal + definite subject after the phrase proves a main clause, so each piece is
a sentence of one paragraph (`P.s1`, `P.s2`, §1.2 round 34 lost stops, as round 20's lost
stop before an actor), with real neighbours: a real stop and a second sentence inside the
first piece, three pieces in one paragraph. Negatives: a capitalised preposition without a
modal and subject after it (`till föreningar Inom idrott och kultur.`; `Enligt planen går
bidragen …` after a sentence with no lost modal) stays in its clause. Gold by hand from
docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w53_g.py corpus/dev"""

import sys

from records import EXT, FAR, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w53-g")
D = "w53-g-forbund"
TITLE = "Förbundsordning för Ekdalens räddningstjänstförbund"
F = "ekdalens räddningstjänstförbund"
HEAD = "Förbundets uppgifter"
A1 = ("Förbundet ansvarar för räddningstjänsten i medlemskommunerna och för tillsynen enligt "
      "lagen om skydd mot olyckor. Uppgifterna utgör grunduppdraget i förbundet")
A2 = ("Inom ramen för grunduppdraget ska förbundet stödja kommunernas arbete med att förebygga "
      "bränder.")
B1 = "Förbundet får utföra uppdrag åt andra kommuner och åt myndigheter i länet mot ersättning"
B2 = "Efter beslut i direktionen får förbundet sälja utbildningar till företag"
B3 = "Vid större olyckor ska förbundet samverka med polisen och regionen."
C = ("Direktionen lämnar bidrag till föreningar Inom idrott och kultur. Direktionen fastställer "
     "årligen en plan för bidragen. Enligt planen går bidragen i första hand till verksamhet "
     "för unga i medlemskommunerna.")
TEXT = f"{TITLE}\n\n{HEAD}\n\n{A1} {A2}\n\n{B1} {B2} {B3}\n\n{C}\n"
DIR = "direktion"
RECORDS = [
    rec("title", TITLE, [("Ekdalens räddningstjänstförbund", F, ORG)], kind="heading", doc=D),
    rec("h1", HEAD, [("Förbundets", F, ORG)], kind="heading", doc=D),
    rec("p1.s1", A1,
        [("Förbundet", F, ORG), ("medlemskommunerna", "medlemskommun", ORG),
         ("förbundet", F, ORG)],
        [pres("ansvarar", "ansvara"), pres("utgör", "utgöra")],
        [st(F, "Förbundet", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för räddningstjänsten i medlemskommunerna och för tillsynen enligt lagen om skydd "
            "mot olyckor")], parent="h1", doc=D),
    rec("p1.s2", A2, [("förbundet", F, ORG), ("kommunernas", "kommun", ORG)],
        [SKA, inf("stödja"), inf("förebygga")],
        [st(F, "förbundet", "obligation", "ska", "stödja", "stödja",
            "kommunernas arbete med att förebygga bränder")], parent="h1", doc=D),
    rec("p2.s1", B1, [("Förbundet", F, ORG), ("kommuner", "kommun", ORG),
                      ("myndigheter", "myndighet", EXT)],
        [FAR, inf("utföra")],
        [st(F, "Förbundet", "permission", "får", "utföra", "utföra",
            "uppdrag åt andra kommuner och åt myndigheter i länet mot ersättning")],
        parent="h1", doc=D),
    rec("p2.s2", B2, [("direktionen", DIR, POL), ("förbundet", F, ORG),
                      ("företag", "företag", ORG)],
        [FAR, inf("sälja")],
        [st(F, "förbundet", "permission", "får", "sälja", "sälja", "utbildningar till företag")],
        parent="h1", doc=D),
    rec("p2.s3", B3, [("förbundet", F, ORG), ("polisen", "polis", EXT),
                      ("regionen", "region", ORG)],
        [SKA, inf("samverka")],
        [st(F, "förbundet", "obligation", "ska", "samverka", "samverka",
            "med polisen och regionen")], parent="h1", doc=D),
    rec("p3", C, [("Direktionen", DIR, POL), ("föreningar", "förening", ORG),
                  ("Direktionen", DIR, POL, 1), ("medlemskommunerna", "medlemskommun", ORG)],
        [pres("lämnar", "lämna"), pres("fastställer", "fastställa"), pres("går", "gå")],
        [st(DIR, "Direktionen", "none", None, "lämna", "lämnar",
            "bidrag till föreningar Inom idrott och kultur"),
         st(DIR, "Direktionen", "none", None, "fastställa", "fastställer",
            "årligen en plan för bidragen")], parent="h1", doc=D),
]
DOCUMENTS = {D: (TEXT, RECORDS)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w53-g", DOCUMENTS)
