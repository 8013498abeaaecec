"""Builds corpus/dev/w45-n.jsonl and the documents corpus/dev/w45-n-*.txt: invented text for
round 45, writer N (a new-user trial's general faults; gold by hand from docs/annotation.md
before the rules, offsets computed). Cause 1: a noun in -s the lexicon knows as a base form,
the last conjunct of an object's noun list, is no s-passive (`intäkter och prognos`), with
real s-passives joined by `och` as negatives. Cause 2: an `enligt`-phrase inside the object's
relative clause ends at its noun phrase and is not the statement's condition; a coordinated
noun inside the phrase belongs to it (`enligt X:s riktlinjer och anvisningar`), a coordinated
verb phrase does not; a list item under a bare lead-in gets its postposed `när`/`om` clause
as the whole sentence does (`w45-n-stadsdirektor`). Cause 3: a web page's update line is
metadata and its share/print line chrome, in no clause (`w45-n-webbsida`), with `dela ut`
and `e-post` in sentences as negatives. Cause 4: a cell-separated table's header row holds
labels, no actors, and a `-liv` field alone in its cell is no actor (`w45-n-delegation`);
cause 5: a footnote's mark `¹` stays with its note (a metadata clause).
Run: python corpus/make_w45_n.py corpus/dev"""

import sys

from records import (
    FORV,
    FTV,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

D = "w45-n"
rec = records_for(D, conditions_from_statements=True, check_texts=True)
doc_rec = records_for(D, conditions_from_statements=True)

SENTENCES = [
    # cause 1: a base-form noun in -s closing an object's noun list
    rec("s1-1", "Underlaget ska redovisa kostnader, intäkter och prognos för nästa år.",
        [], [SKA, inf("redovisa")]),
    rec("s1-2", "Förvaltningen ska rapportera intäkter, kostnader och prognos inför "
        "budgetåret.",
        [("Förvaltningen", "förvaltning", FORV)], [SKA, inf("rapportera")],
        [st("förvaltning", "Förvaltningen", "obligation", "ska", "rapportera", "rapportera",
            "intäkter, kostnader och prognos inför budgetåret")]),
    rec("s1-3", "Bolaget ska redovisa tillgångar, skulder och prognos för kommande år.",
        [("Bolaget", "bolag", ORG)], [SKA, inf("redovisa")],
        [st("bolag", "Bolaget", "obligation", "ska", "redovisa", "redovisa",
            "tillgångar, skulder och prognos för kommande år")]),
    # negatives: real s-passives joined by `och` stay verbs
    rec("s1-n1", "Ärendet bereds av kansliet och avgörs av nämnden.",
        [("kansliet", "kansli", FORV), ("nämnden", "nämnd", POL)],
        [pres("bereds", "bereda", "pass"), pres("avgörs", "avgöra", "pass")],
        [st("kansli", "kansliet", "none", None, "bereda", "bereds", passive=True),
         st("nämnd", "nämnden", "none", None, "avgöra", "avgörs", passive=True)]),
    rec("s1-n2", "Budgeten upprättas av ekonomichefen och fastställs av styrelsen.",
        [("ekonomichefen", "ekonomichef", TJP), ("styrelsen", "styrelse", POL)],
        [pres("upprättas", "upprätta", "pass"), pres("fastställs", "fastställa", "pass")],
        [st("ekonomichef", "ekonomichefen", "none", None, "upprätta", "upprättas",
            passive=True),
         st("styrelse", "styrelsen", "none", None, "fastställa", "fastställs", passive=True)]),
    # cause 2a: an `enligt`-phrase in the object's relative clause: a CONDITION span to the
    # end of its noun phrase, not the statement's condition (§5.6)
    rec("s2a-1", "Styrelsen ska sköta de uppgifter som enligt lag ankommer på kommunen i fråga "
        "om hamnverksamhet.",
        [("Styrelsen", "styrelse", POL), ("kommunen", "kommun", ORG)],
        [SKA, inf("sköta"), pres("ankommer", "ankomma")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "sköta", "sköta",
            "de uppgifter som enligt lag ankommer på kommunen i fråga om hamnverksamhet")],
        ["enligt lag"]),
    rec("s2a-2", "Nämnden ska bevaka de frågor som enligt reglementet tillkommer nämnden inom "
        "miljöområdet.",
        [("Nämnden", "nämnd", POL), ("nämnden", "nämnd", POL)],
        [SKA, inf("bevaka"), pres("tillkommer", "tillkomma")],
        [st("nämnd", "Nämnden", "obligation", "ska", "bevaka", "bevaka",
            "de frågor som enligt reglementet tillkommer nämnden inom miljöområdet")],
        ["enligt reglementet"]),
    # negative: an `enligt`-phrase of the statement's own clause is its condition
    rec("s2a-n1", "Nämnden ska fördela bidraget enligt kommunens riktlinjer.",
        [("Nämnden", "nämnd", POL), ("kommunens", "kommun", ORG)], [SKA, inf("fördela")],
        [st("nämnd", "Nämnden", "obligation", "ska", "fördela", "fördela", "bidraget",
            condition="enligt kommunens riktlinjer")]),
    # cause 2b: a coordinated noun inside the phrase belongs to it
    rec("s2b-1", "Direktören ska hantera bolagets likviditet enligt styrelsens riktlinjer och "
        "anvisningar.",
        [("Direktören", "direktör", TJP), ("bolagets", "bolag", ORG),
         ("styrelsens", "styrelse", POL)],
        [SKA, inf("hantera")],
        [st("direktör", "Direktören", "obligation", "ska", "hantera", "hantera",
            "bolagets likviditet",
            condition="enligt styrelsens riktlinjer och anvisningar")]),
    rec("s2b-2", "Chefen ska handlägga ärenden enligt nämndens beslut och direktiv.",
        [("Chefen", "chef", TJP), ("nämndens", "nämnd", POL)], [SKA, inf("handlägga")],
        [st("chef", "Chefen", "obligation", "ska", "handlägga", "handlägga", "ärenden",
            condition="enligt nämndens beslut och direktiv")]),
    # negative: a coordinated verb phrase after the phrase is none of it (round 43)
    rec("s2b-n1", "Kassören ska betala fakturor enligt attestordningen och föra kassabok.",
        [("Kassören", "kassör", FTV)], [SKA, inf("betala"), inf("föra")],
        [st("kassör", "Kassören", "obligation", "ska", "betala", "betala", "fakturor",
            condition="enligt attestordningen"),
         st("kassör", "Kassören", "obligation", "ska", "föra", "föra", "kassabok")]),
    # negative of cause 2c: a noun in -a opening the subject is no item's infinitive, so `om`
    # after it is its preposition, no condition swallowing the verb
    rec("s2c-n1", "Fråga om bidrag avgörs av nämnden.",
        [("nämnden", "nämnd", POL)], [pres("avgörs", "avgöra", "pass")],
        [st("nämnd", "nämnden", "none", None, "avgöra", "avgörs", passive=True)]),
]

# cause 2c: list items under a bare lead-in get their postposed conditions; the same sentence
# outside a list as the control
SD = "w45-n-stadsdirektor"
SD_TEXT = """Instruktion för stadsdirektören

1 Uppgifter

Stadsdirektören ska särskilt:

a) leda stadens ledningsgrupp,

b) besöka förvaltningarna när nämnden så begär,

c) företräda staden i nationella nätverk om styrelsen beslutar det,

d) och granska större avtal när det behövs.

2 Representation

Stadsdirektören ska företräda staden i internationella sammanhang när styrelsen så beslutar.
"""
SDIR = "stadsdirektör"
LEAD = (SDIR, "Stadsdirektören", "obligation", "ska")
SDR = [
    doc_rec("title", "Instruktion för stadsdirektören", [("stadsdirektören", SDIR, TJP)],
            doc=SD, kind="heading"),
    doc_rec("1", "Uppgifter", doc=SD, kind="heading", label="1"),
    doc_rec("1.1", "Stadsdirektören ska särskilt:", [("Stadsdirektören", SDIR, TJP)], [SKA],
            doc=SD, parent="1"),
    doc_rec("1.1.a", "leda stadens ledningsgrupp,",
            [("stadens", "stad", ORG), ("ledningsgrupp", "ledningsgrupp", FORV)],
            [inf("leda")], [st(*LEAD, "leda", "leda", "stadens ledningsgrupp")],
            doc=SD, kind="list_item", parent="1.1", label="a)"),
    doc_rec("1.1.b", "besöka förvaltningarna när nämnden så begär,",
            [("förvaltningarna", "förvaltning", FORV), ("nämnden", "nämnd", POL)],
            [inf("besöka"), pres("begär", "begära")],
            [st(*LEAD, "besöka", "besöka", "förvaltningarna",
                condition="när nämnden så begär")],
            doc=SD, kind="list_item", parent="1.1", label="b)"),
    doc_rec("1.1.c", "företräda staden i nationella nätverk om styrelsen beslutar det,",
            [("staden", "stad", ORG), ("styrelsen", "styrelse", POL)],
            [inf("företräda"), pres("beslutar", "besluta")],
            [st(*LEAD, "företräda", "företräda", "staden i nationella nätverk",
                condition="om styrelsen beslutar det")],
            doc=SD, kind="list_item", parent="1.1", label="c)"),
    doc_rec("1.1.d", "och granska större avtal när det behövs.", [],
            [inf("granska"), pres("behövs", "behöva", "pass")],
            [st(*LEAD, "granska", "granska", "större avtal", condition="när det behövs")],
            doc=SD, kind="list_item", parent="1.1", label="d)"),
    doc_rec("2", "Representation", doc=SD, kind="heading", label="2"),
    doc_rec("2.1", "Stadsdirektören ska företräda staden i internationella sammanhang när "
            "styrelsen så beslutar.",
            [("Stadsdirektören", SDIR, TJP), ("staden", "stad", ORG),
             ("styrelsen", "styrelse", POL)],
            [SKA, inf("företräda"), pres("beslutar", "besluta")],
            [st(SDIR, "Stadsdirektören", "obligation", "ska", "företräda", "företräda",
                "staden i internationella sammanhang", condition="när styrelsen så beslutar")],
            doc=SD, parent="2"),
]

# cause 3: a saved page's update line is metadata (m1), its share/print line chrome;
# negatives: `dela ut` and `e-post` inside sentences
WB = "w45-n-webbsida"
WB_TEXT = """Riktlinje för kulturpriset

Kulturnämnden ska dela ut kulturpriset varje år.

Kulturnämnden tar emot förslag på pristagare via e-post.

Senast uppdaterad: 2026-02-11

Dela på Facebook Skriv ut
"""
KN = "kulturnämnd"
WBR = [
    doc_rec("title", "Riktlinje för kulturpriset", doc=WB, kind="heading"),
    doc_rec("1", "Kulturnämnden ska dela ut kulturpriset varje år.",
            [("Kulturnämnden", KN, POL)], [SKA, inf("dela")],
            [st(KN, "Kulturnämnden", "obligation", "ska", "dela", "dela",
                "ut kulturpriset varje år")], doc=WB),
    doc_rec("2", "Kulturnämnden tar emot förslag på pristagare via e-post.",
            [("Kulturnämnden", KN, POL), ("pristagare", "pristagare", "övrig")],
            [pres("tar", "ta")],
            [st(KN, "Kulturnämnden", "none", None, "ta", "tar",
                "emot förslag på pristagare via e-post")], doc=WB),
    doc_rec("m1", "Senast uppdaterad: 2026-02-11", doc=WB),
]

# cause 4: a table's header row in cells holds labels; a `-liv` field alone in its cell
DL = "w45-n-delegation"
DL_TEXT = """Delegationsordning för tekniska nämnden

1 Delegering

Nämnden delegerar beslutanderätt enligt tabellen.

Ärende | Delegat | Anmärkning
Upphandling av konsulttjänster | Gatuchefen | Inom budget
Avskrivning av mindre fordringar | Ekonomichefen | Efter samråd med ordföranden

2 Ansvarsområden

Område | Uppgift
Näringsliv | Kontakter med företag i kommunen
Idrott | Drift av simhallen

¹ Ändrad genom beslut av nämnden den 3 maj 2026, § 40.
"""
DLR = [
    doc_rec("title", "Delegationsordning för tekniska nämnden",
            [("tekniska nämnden", "teknisk nämnd", POL)], doc=DL, kind="heading"),
    doc_rec("1", "Delegering", doc=DL, kind="heading", label="1"),
    doc_rec("1.1", "Nämnden delegerar beslutanderätt enligt tabellen.",
            [("Nämnden", "nämnd", POL)], [pres("delegerar", "delegera")],
            [st("nämnd", "Nämnden", "none", None, "delegera", "delegerar", "beslutanderätt",
                condition="enligt tabellen")], doc=DL, parent="1"),
    doc_rec("1.2", "Ärende | Delegat | Anmärkning", doc=DL, parent="1"),
    doc_rec("1.3", "Upphandling av konsulttjänster | Gatuchefen | Inom budget",
            [("Gatuchefen", "gatuchef", TJP)], doc=DL, parent="1"),
    doc_rec("1.4", "Avskrivning av mindre fordringar | Ekonomichefen | Efter samråd med "
            "ordföranden",
            [("Ekonomichefen", "ekonomichef", TJP),
             ("ordföranden", "tekniska nämndens ordförande", FTV)],
            doc=DL, parent="1"),
    doc_rec("2", "Ansvarsområden", doc=DL, kind="heading", label="2"),
    doc_rec("2.1", "Område | Uppgift", doc=DL, parent="2"),
    doc_rec("2.2", "Näringsliv | Kontakter med företag i kommunen",
            [("företag", "företag", ORG), ("kommunen", "kommun", ORG)], doc=DL, parent="2"),
    doc_rec("2.3", "Idrott | Drift av simhallen", doc=DL, parent="2"),
    # cause 5: a footnote's mark stays with its note, a metadata clause (round 45)
    doc_rec("m1", "¹ Ändrad genom beslut av nämnden den 3 maj 2026, § 40.",
            [("nämnden", "nämnd", POL)], doc=DL),
]

DOCUMENTS = {SD: (SD_TEXT, SDR), WB: (WB_TEXT, WBR), DL: (DL_TEXT, DLR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w45-n", DOCUMENTS, before=SENTENCES)
