"""Builds corpus/dev/w53-g.jsonl and the document corpus/dev/w53-g-forbund.txt with its gold:
invented material for round 53, writer w53g (analysis 53b-cc, cause N1). A förbundsordning
whose paragraphs lost stops before a fronted prepositional phrase (`… i förbundet Inom ramen
för X ska förbundet …`, `… åt andra kommuner Efter beslut i direktionen får förbundet …`):
the inverted modal + definite subject after the phrase proves a main clause, so each piece is
a sentence of one paragraph (`P.s1`, `P.s2`, §1.2 round 34 lost stops, as round 20's lost
stop before an actor), with real neighbours: a real stop and a second sentence inside the
first piece, three pieces in one paragraph. Negatives: a capitalised preposition without a
modal and subject after it (`till föreningar Inom idrott och kultur.`; `Enligt planen går
bidragen …` after a sentence with no lost modal) stays in its clause. `w53-g-stamma`
(analysis 53b-cc, N3): a run of labels `(a) … (e)` printed apart from its items after a
lead-in, the items ending in stops and two holding a capitalised name after a preposition
(`… för Bolaget.`, `… i Bolaget.`): each item a list item of the lead-in (§1.2, as
dev w53-a-etiketter). `w53-g-viewer` (N7): a docplayer print whose viewer copied the body's
first sentences, their stops lost, into its title line, quoted whole by `Download "…"`: the
title (§1.2 round 48: the viewer's first copy of the title), no statement. Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w53_g.py corpus/dev"""

import sys

from records import EXT, FAR, FTV, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
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
FORBUND = RECORDS

# (b) N3: a label run apart from its items, the items ending in stops, a name inside two.
D = "w53-g-stamma"
S_TITLE = "Arbetsordning för styrelsen i Ekby Hamn AB"
S_LEAD = "Vid varje ordinarie sammanträde ska följande ärenden behandlas."
S_LABELS = ["(a)", "(b)", "(c)", "(d)", "(e)"]
BOLAGET = [("Bolaget", "ekby hamn ab", ORG)]
S_ITEMS = [
    ("Godkännande av dagordningen", []),
    ("Genomgång av föregående protokoll.", []),
    ("Uppföljning av budgeten för Bolaget.", BOLAGET),
    ("Beslut om attesträtt i Bolaget.", BOLAGET),
    ("Övriga frågor.", []),
]
S_LINE = " ".join([S_LEAD, *S_LABELS, *(text for text, _ in S_ITEMS)])
S_AFTER = "Ordföranden justerar protokollet inom en vecka."
S_TEXT = f"{S_TITLE}\n\n{S_LINE}\n\n{S_AFTER}\n"
STAMMA = [
    rec("title", S_TITLE, [("styrelsen", "styrelse", POL), ("Ekby Hamn AB", "ekby hamn ab", ORG)],
        kind="heading", doc=D),
    rec("1", S_LEAD, (), [SKA, inf("behandlas", "behandla", "pass")], doc=D),
    *[rec(f"1.{letter}", text, actors, (),
          [st(None, None, "obligation", "ska", "behandla", "behandlas", text.rstrip("."),
              passive=True)],
          kind="list_item", parent="1", label=label, doc=D)
      for letter, label, (text, actors) in zip("abcde", S_LABELS, S_ITEMS, strict=True)],
    rec("2", S_AFTER, [("Ordföranden", "ordförande", FTV)], [pres("justerar", "justera")],
        [st("ordförande", "Ordföranden", "none", None, "justera", "justerar",
            "protokollet inom en vecka")], doc=D),
]
# (c) N7: a docplayer print whose viewer copied the first sentences into its title line.
D = "w53-g-viewer"
V_TITLE = ("Förbundsordning för Ekdalens vattenförbund Förbundets namn är Ekdalens vattenförbund "
           "Medlemmar i förbundet är Ekby kommun och Åby kommun")
V_WRAPPER = ["Starta visningen från sidan:", "Storlek: px", f'Download "{V_TITLE}"', "Transkript"]
V_HEAD = "Ledning"
V_BODY = "Direktionen ska leda förbundets verksamhet."
V_TEXT = "\n\n".join([V_TITLE, *V_WRAPPER, V_HEAD, V_BODY]) + "\n"
VF = "ekdalens vattenförbund"
EKDAL = "Ekdalens vattenförbund"
V_ACTORS = [(EKDAL, VF, ORG), ("Förbundets", VF, ORG), (EKDAL, VF, ORG, 1),
            ("Medlemmar", "medlem", OVR), ("förbundet", VF, ORG),
            ("Ekby kommun", "ekby kommun", ORG), ("Åby kommun", "åby kommun", ORG)]
VIEWER = [
    rec("title", V_TITLE, V_ACTORS, kind="heading", doc=D),
    rec("m1", V_WRAPPER[0], doc=D),
    rec("m2", V_WRAPPER[1], doc=D),
    rec("m3", V_WRAPPER[2], V_ACTORS, doc=D),
    rec("m4", V_WRAPPER[3], doc=D),
    rec("h1", V_HEAD, kind="heading", doc=D),
    rec("p1", V_BODY, [("Direktionen", DIR, POL), ("förbundets", VF, ORG)], [SKA, inf("leda")],
        [st(DIR, "Direktionen", "obligation", "ska", "leda", "leda", "förbundets verksamhet")],
        parent="h1", doc=D),
]
DOCUMENTS = {"w53-g-forbund": (TEXT, FORBUND), "w53-g-stamma": (S_TEXT, STAMMA),
             D: (V_TEXT, VIEWER)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w53-g", DOCUMENTS)
