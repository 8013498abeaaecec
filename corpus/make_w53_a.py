"""Builds corpus/dev/w53-a.jsonl and the documents corpus/dev/w53-a-*.txt with their gold:
invented material for round 53, writer A (analysis 53-cc, causes L1, L2 and L5).
L1: a decision's numbered points printed on the decision's own line after `beslutar att`
(`… beslutar att 1. Anta …, 2. Uppdra …, 3. Avsluta ….`): the points are list items of the
lead-in, each a capitalised bare infinitive ending in a comma (the last in a stop); the
lead-in breaks off at `att`, so each item carries its actor and verb (§5.1; the `att`-clause
is the object of `besluta`, as `Miljönämnden beslutar att godkänna …` in dev w51-k).
L2: `Godkänna att <Company> AB (<ACR>) tecknar …`, `Medge att <ACR> tar upp …` inside such a
point: the name after `att` is the content clause's subject, no new block, and the content
clause's verb states nothing (`w53-a-beslut`, `w53-a-namnd`). L5: a run of labels `(a) (b)
(c) (d)` printed apart from its items after a lead-in ending in `följande … behandlas.`: each
item its own list item under the lead-in, the label run paired with the items in order
(`w53-a-etiketter`). Negatives: a one-sentence `godkänner att <Company> AB säljer …` (no
cut, no statement of the content clause), a reference `punkterna (a) och (b)`
(`w53-a-neg`). Gold by hand from docs/annotation.md §1.2, §1.3, §2, §5.1 before the rules
(three actor spans the first gold left out, `entreprenörer`, `regionen`, `bolag`, added
after the first score). Offsets computed.
Run: python corpus/make_w53_a.py corpus/dev"""

import sys

from records import EXT, FORV, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w53-a")

# (a) L1 + L2: a regionstyrelse's decision flattened onto one line.
D = "w53-a-beslut"
BESLUT_TITLE = "Protokoll från regionstyrelsens sammanträde om skolskjutsar"
BESLUT_LEAD = "Regionstyrelsen beslutar att"
BESLUT_ITEMS = [
    ("1.", "Anta riktlinjerna för upphandling av skolskjutsar,", [], [inf("Anta", "anta")],
     "Anta riktlinjerna för upphandling av skolskjutsar"),
    ("2.", "Uppdra åt regiondirektören att redovisa utfallet före årets slut,",
     [("regiondirektören", "regiondirektör", TJP)],
     [inf("Uppdra", "uppdra"), inf("redovisa")],
     "Uppdra åt regiondirektören att redovisa utfallet före årets slut"),
    ("3.", "Godkänna att Ekviks Trafik AB (ETAB) tecknar avtal med nya entreprenörer,",
     [("Ekviks Trafik AB", "ekviks trafik ab", ORG), ("ETAB", "ekviks trafik ab", ORG),
      ("entreprenörer", "entreprenör", EXT)],
     [inf("Godkänna", "godkänna"), pres("tecknar", "teckna")],
     "Godkänna att Ekviks Trafik AB (ETAB) tecknar avtal med nya entreprenörer"),
    ("4.", "Medge att ETAB tar upp ett lån hos regionen,",
     [("ETAB", "ekviks trafik ab", ORG), ("regionen", "region", ORG)],
     [inf("Medge", "medge"), pres("tar", "ta")],
     "Medge att ETAB tar upp ett lån hos regionen"),
    ("5.", "Avsluta ärendet.", [], [inf("Avsluta", "avsluta")], "Avsluta ärendet"),
]
BESLUT_LINE = BESLUT_LEAD + "".join(f" {label} {text}" for label, text, *_ in BESLUT_ITEMS)
BESLUT_AFTER = "Regiondirektören ska rapportera till regionstyrelsen varje kvartal."
BESLUT_TEXT = f"{BESLUT_TITLE}\n\n{BESLUT_LINE}\n\n{BESLUT_AFTER}\n"
RS = "regionstyrelse"
BESLUT = [
    rec("title", BESLUT_TITLE, [("regionstyrelsens", RS, POL)], kind="heading", doc=D),
    rec("1", BESLUT_LEAD, [("Regionstyrelsen", RS, POL)], [pres("beslutar", "besluta")], doc=D),
    *[rec(f"1.{letter}", text, actors, verbs,
          [st(RS, "Regionstyrelsen", "none", None, "besluta", "beslutar", obj)],
          kind="list_item", parent="1", label=label, doc=D)
      for letter, (label, text, actors, verbs, obj) in zip("abcde", BESLUT_ITEMS, strict=True)],
    rec("2", BESLUT_AFTER, [("Regiondirektören", "regiondirektör", TJP),
                            ("regionstyrelsen", RS, POL)],
        [SKA, inf("rapportera")],
        [st("regiondirektör", "Regiondirektören", "obligation", "ska", "rapportera",
            "rapportera", "till regionstyrelsen varje kvartal")], doc=D),
]

# (b) L1 on a nämnd's decision: three points, a lower-case word inside one.
D = "w53-a-namnd"
NAMND_TITLE = "Beslut om bidrag till bygdegårdens renovering"
NAMND_LEAD = "Kulturnämnden beslutar att"
NAMND_ITEMS = [
    ("1.", "Bevilja ett bidrag till renoveringen av bygdegården,", [],
     [inf("Bevilja", "bevilja")], "Bevilja ett bidrag till renoveringen av bygdegården"),
    ("2.", "Ge kulturförvaltningen i uppdrag att följa upp hur bidraget används,",
     [("kulturförvaltningen", "kulturförvaltning", FORV)],
     [inf("Ge", "ge"), inf("följa"), pres("används", "använda", "pass")],
     "Ge kulturförvaltningen i uppdrag att följa upp hur bidraget används"),
    ("3.", "Förklara paragrafen omedelbart justerad.", [], [inf("Förklara", "förklara")],
     "Förklara paragrafen omedelbart justerad"),
]
NAMND_LINE = NAMND_LEAD + "".join(f" {label} {text}" for label, text, *_ in NAMND_ITEMS)
NAMND_TEXT = f"{NAMND_TITLE}\n\n{NAMND_LINE}\n"
KN = "kulturnämnd"
NAMND = [
    rec("title", NAMND_TITLE, kind="heading", doc=D),
    rec("1", NAMND_LEAD, [("Kulturnämnden", KN, POL)], [pres("beslutar", "besluta")], doc=D),
    *[rec(f"1.{letter}", text, actors, verbs,
          [st(KN, "Kulturnämnden", "none", None, "besluta", "beslutar", obj)],
          kind="list_item", parent="1", label=label, doc=D)
      for letter, (label, text, actors, verbs, obj) in zip("abc", NAMND_ITEMS, strict=True)],
]

# (c) L5: a label run printed apart from its items (a hanging-label column flattened).
D = "w53-a-etiketter"
ETI_TITLE = "Arbetsordning för styrelsens sammanträden"
ETI_LEAD = "Vid det konstituerande sammanträdet ska följande ärenden behandlas."
ETI_LABELS = ["(a)", "(b)", "(c)", "(d)"]
ETI_ITEMS = [
    ("Val av vice ordförande", [("vice ordförande", "vice ordförande", FTV)]),
    ("Beslut om mötesplan för året", []),
    ("Beslut om firmateckning", []),
    ("Fastställande av arbetsordningen.", []),
]
ETI_LINE = " ".join([ETI_LEAD, *ETI_LABELS, *(text for text, _ in ETI_ITEMS)])
ETI_AFTER = "Styrelsen sammanträder minst sex gånger per år."
ETI_TEXT = f"{ETI_TITLE}\n\n{ETI_LINE}\n\n{ETI_AFTER}\n"
ETI = [
    rec("title", ETI_TITLE, [("styrelsens", "styrelse", POL)], kind="heading", doc=D),
    rec("1", ETI_LEAD, (), [SKA, inf("behandlas", "behandla", "pass")], doc=D),
    *[rec(f"1.{letter}", text, actors, (),
          [st(None, None, "obligation", "ska", "behandla", "behandlas", text.rstrip("."),
              passive=True)],
          kind="list_item", parent="1", label=label, doc=D)
      for letter, label, (text, actors) in zip("abcd", ETI_LABELS, ETI_ITEMS, strict=True)],
    rec("2", ETI_AFTER, [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst sex gånger per år")], doc=D),
]

# (d) Negatives: a one-sentence `godkänner att`
# with a company subject is one clause whose content clause states nothing; `(a) och (b)`
# is a reference.
D = "w53-a-neg"
NEG_TITLE = "Riktlinjer för Granby kommuns bolag"
NEG_1 = "Direktionen godkänner att Granby Energi AB säljer fastigheten vid hamnen."
NEG_2 = ("Kommunstyrelsen ska granska punkterna (a) och (b) i ägardirektivet och rapportera "
         "till kommunfullmäktige.")
NEG_TEXT = f"{NEG_TITLE}\n\n{NEG_1}\n\n{NEG_2}\n"
NEG = [
    rec("title", NEG_TITLE, [("Granby kommuns", "granby kommun", ORG), ("bolag", "bolag", ORG)],
        kind="heading", doc=D),
    rec("1", NEG_1, [("Direktionen", "direktion", POL),
                     ("Granby Energi AB", "granby energi ab", ORG)],
        [pres("godkänner", "godkänna"), pres("säljer", "sälja")],
        [st("direktion", "Direktionen", "none", None, "godkänna", "godkänner",
            "att Granby Energi AB säljer fastigheten vid hamnen")], doc=D),
    rec("2", NEG_2, [("Kommunstyrelsen", "kommunstyrelse", POL),
              ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [SKA, inf("granska"), inf("rapportera")],
        [st("kommunstyrelse", "Kommunstyrelsen", "obligation", "ska", "granska", "granska",
            "punkterna (a) och (b) i ägardirektivet"),
         st("kommunstyrelse", "Kommunstyrelsen", "obligation", "ska", "rapportera",
            "rapportera", "till kommunfullmäktige")], doc=D),
]

DOCUMENTS = {"w53-a-beslut": (BESLUT_TEXT, BESLUT), "w53-a-namnd": (NAMND_TEXT, NAMND),
             "w53-a-etiketter": (ETI_TEXT, ETI), "w53-a-neg": (NEG_TEXT, NEG)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w53-a", DOCUMENTS)
