"""Builds corpus/dev/w50-n.jsonl (+ one .txt page per document): invented pages for round 50,
writer N (names and short references, docs/annotation.md round 50 rulings). Gold by hand from
docs/annotation.md before the rules; offsets computed.
Run: python corpus/make_w50_n.py corpus/dev

* R3: a capitalised definite noun in mid-sentence that no list knows is a name (canonical as
  written, lower case): `organisation` when it is the page's own organisation, else `extern`;
  a one-word name the page presents (`X är en statlig myndighet`) is a name at a sentence
  start too, and the page's bare `myndigheten` is it. Negatives: a capitalised document noun
  (`Planen`), a personal name.
* R2: a definition-list line `ACR, <Capitalised body> – …` makes ACR the body's alias, also a
  mixed-case acronym; `SFI, svenska för invandrare, …` (a lower-case expansion) defines none.
* b1: `landstinget` is the document's own landsting whose full name `Landstinget i <Place>`
  the text writes, without a naming clause.
* R4: `Europeiska unionen` is extern wherever it stands; a state's name is an actor only as
  an agent (`Sverige ska följa …`, `… av Norge`); `Sveriges anslutning`, `Sverige är ett
  av de länder …` are none.
* R5: the only utskott named counts the whole document (bare `utskottet` before the name).
"""

import sys

from records import AR, EXT, FAR, FTV, HAR, ORG, POL, SKA, TJP, blocks_text, inf, pres
from records import records_for, write_part
from records import statement as st

rec = records_for("w50-n", conditions_from_statements=True)

# (a) An agency's own page: a one-word name presented, then mid-sentence definite names.
D = "w50-n-fjallvakten"
FJ = "fjällvakten"
FJALL = [
    rec("title", "Om oss", doc=D, kind="heading"),
    rec("1", "Fjällvakten är en statlig myndighet under Försvarsdepartementet.",
        [("Fjällvakten", FJ, ORG), ("Försvarsdepartementet", "försvarsdepartementet", EXT)],
        [AR],
        [st(FJ, "Fjällvakten", "none", None, "vara", "är",
            "en statlig myndighet under Försvarsdepartementet")], doc=D, parent="title"),
    rec("2", "Generaldirektören leder arbetet inom Fjällvakten.",
        [("Generaldirektören", "generaldirektör", TJP), ("Fjällvakten", FJ, ORG)],
        [pres("leder", "leda")],
        [st("generaldirektör", "Generaldirektören", "none", None, "leda", "leder",
            "arbetet inom Fjällvakten")], doc=D, parent="title"),
    rec("3", "Fjällvakten har cirka 200 anställda i fyra län.",
        [("Fjällvakten", FJ, ORG), ("anställda", "anställd", TJP)], [HAR],
        [st(FJ, "Fjällvakten", "none", None, "ha", "har", "cirka 200 anställda i fyra län")],
        doc=D, parent="title"),
    rec("4", "Myndigheten ska samverka med Sjöräddningen och följa Vägverkets riktlinjer.",
        [("Myndigheten", FJ, ORG), ("Sjöräddningen", "sjöräddningen", EXT),
         ("Vägverkets", "vägverket", EXT)],
        [SKA, inf("samverka"), inf("följa")],
        [st(FJ, "Myndigheten", "obligation", "ska", "samverka", "samverka",
            "med Sjöräddningen"),
         st(FJ, "Myndigheten", "obligation", "ska", "följa", "följa", "Vägverkets riktlinjer")],
        doc=D, parent="title"),
    # negative: a capitalised document noun is no name
    rec("5", "Generaldirektören ska redovisa Planen till regeringen varje år.",
        [("Generaldirektören", "generaldirektör", TJP), ("regeringen", "regering", EXT)],
        [SKA, inf("redovisa")],
        [st("generaldirektör", "Generaldirektören", "obligation", "ska", "redovisa",
            "redovisa", "Planen till regeringen varje år")], doc=D, parent="title"),
]

# (b) A definition list of utskott opening with their acronyms.
D = "w50-n-utskott"
IFU, KOF = "individ- och familjeutskott", "kultur- och fritidsutskott"
UTSKOTT = [
    rec("title", "Så arbetar utskotten", [("utskotten", "utskott", POL)], doc=D,
        kind="heading"),
    rec("1", "IFU, Individ- och familjeutskottet – beslutar i ärenden om ekonomiskt bistånd.",
        [("IFU", IFU, POL), ("Individ- och familjeutskottet", IFU, POL)],
        [pres("beslutar", "besluta")],
        [st(IFU, "Individ- och familjeutskottet", "none", None, "besluta", "beslutar",
            "i ärenden om ekonomiskt bistånd")], doc=D, parent="title"),
    rec("2", "IFU har fem ledamöter.", [("IFU", IFU, POL), ("ledamöter", "ledamot", FTV)],
        [HAR], [st(IFU, "IFU", "none", None, "ha", "har", "fem ledamöter")], doc=D,
        parent="title"),
    rec("3", "KoF, Kultur- och fritidsutskottet – bereder ärenden om bidrag till föreningar.",
        [("KoF", KOF, POL), ("Kultur- och fritidsutskottet", KOF, POL),
         ("föreningar", "förening", ORG)],
        [pres("bereder", "bereda")],
        [st(KOF, "Kultur- och fritidsutskottet", "none", None, "bereda", "bereder",
            "ärenden om bidrag till föreningar")], doc=D, parent="title"),
    rec("4", "Ledamöterna i KoF väljs av fullmäktige.",
        [("Ledamöterna", "ledamot", FTV), ("KoF", KOF, POL),
         ("fullmäktige", "fullmäktige", POL)],
        [pres("väljs", "välja", "pass")],
        [st("fullmäktige", "fullmäktige", "none", None, "välja", "väljs",
            "Ledamöterna i KoF", passive=True)], doc=D, parent="title"),
    # negative: a lower-case expansion after the comma defines nothing
    rec("5", "SFI, svenska för invandrare, är en kurs i svenska.", [], [AR], doc=D,
        parent="title"),
]

# (c) A landsting's guideline: its full name without a naming clause; the EU.
D = "w50-n-landsting"
LN = "landstinget i norrdal"
LANDSTING = [
    rec("title", "Riktlinjer för ägarstyrning", doc=D, kind="heading"),
    rec("1", "Landstinget i Norrdal har fyra bolag.",
        [("Landstinget i Norrdal", LN, ORG), ("bolag", "bolag", ORG)], [HAR],
        [st(LN, "Landstinget i Norrdal", "none", None, "ha", "har", "fyra bolag")], doc=D,
        parent="title"),
    rec("2", "Landstinget ska utöva aktiv ägarstyrning över bolagen.",
        [("Landstinget", LN, ORG), ("bolagen", "bolag", ORG)], [SKA, inf("utöva")],
        [st(LN, "Landstinget", "obligation", "ska", "utöva", "utöva",
            "aktiv ägarstyrning över bolagen")], doc=D, parent="title"),
    rec("3", "Bolagen ska följa de regler som Europeiska unionen beslutar.",
        [("Bolagen", "bolag", ORG), ("Europeiska unionen", "europeiska unionen", EXT)],
        [SKA, inf("följa"), pres("beslutar", "besluta")],
        [st("bolag", "Bolagen", "obligation", "ska", "följa", "följa",
            "de regler som Europeiska unionen beslutar")], doc=D, parent="title"),
    # negative: a state's genitive before a non-role noun is no actor (R4)
    rec("4", "Sveriges anslutning till Europeiska unionen påverkar bolagens verksamhet.",
        [("Europeiska unionen", "europeiska unionen", EXT), ("bolagens", "bolag", ORG)],
        [pres("påverkar", "påverka")], doc=D, parent="title"),
    # a state's name as an agent is an actor (R4): the subject of an agentive verb, an av-agent
    rec("5", "Sverige ska följa konventionen om kommunalt självstyre.",
        [("Sverige", "sverige", EXT)], [SKA, inf("följa")],
        [st("sverige", "Sverige", "obligation", "ska", "följa", "följa",
            "konventionen om kommunalt självstyre")], doc=D, parent="title"),
    rec("6", "Avtalet om gränsvatten godkänns av Norge.", [("Norge", "norge", EXT)],
        [pres("godkänns", "godkänna", "pass")],
        [st("norge", "Norge", "none", None, "godkänna", "godkänns", "Avtalet om gränsvatten",
            passive=True)], doc=D, parent="title"),
    # negative: a state as a place (a copula's subject, after `i`) is none
    rec("7", "Sverige är ett av de länder som har flest kommunala bolag i Norden.",
        [("bolag", "bolag", ORG)], [AR, HAR], doc=D, parent="title"),
]

# (d) R5: the only utskott named, after its bare mention.
D = "w50-n-delegation"
DELEGATION = [
    rec("title", "Delegationsordning för miljönämnden",
        [("miljönämnden", "miljönämnd", POL)], doc=D, kind="heading"),
    rec("1", "Nämnden får delegera beslut till utskottet.",
        [("Nämnden", "nämnd", POL), ("utskottet", "arbetsutskott", POL)],
        [FAR, inf("delegera")],
        [st("nämnd", "Nämnden", "permission", "får", "delegera", "delegera",
            "beslut till utskottet")], doc=D, parent="title"),
    rec("2", "Arbetsutskottet beslutar i brådskande ärenden.",
        [("Arbetsutskottet", "arbetsutskott", POL)], [pres("beslutar", "besluta")],
        [st("arbetsutskott", "Arbetsutskottet", "none", None, "besluta", "beslutar",
            "i brådskande ärenden")], doc=D, parent="title"),
]

DOCUMENTS = {
    doc: (blocks_text(records), records)
    for doc, records in {
        "w50-n-fjallvakten": FJALL, "w50-n-utskott": UTSKOTT,
        "w50-n-landsting": LANDSTING, "w50-n-delegation": DELEGATION,
    }.items()
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w50-n", DOCUMENTS)
