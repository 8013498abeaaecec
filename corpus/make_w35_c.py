"""Builds corpus/dev/w35-c.jsonl and the small documents corpus/dev/w35-c-*.txt with their
gold: invented material for round 35, writer C (gold by hand from docs/annotation.md): C1
`ledning` owned by an agency's, a court's or a unit's genitive (`Myndighetens ledning ska`),
not after `under` or a person's genitive; C2 the lexicon's university and church words
(`Konsistoriet`, `Kandidaterna`, `Sökanden`, `kyrklig samfällighet`, `Kyrkvärden`); C3 a
name joined by `och` ending in a genitive + `fond`/`minnesfond`/`stiftelse`; C4 `myndigheten`
counts no agency named in a case-law note (`HFD 2015 ref 3 …`); C5 the church law's fixed
terms `gemensamt kyrkoråd`, `gemensamma kyrkofullmäktige`; C4/C6 a state statute's
capitalised `-nämnden` is an agency's name (`Utsädesnämnden`), a municipality's
`Byggnämnden` stays `byggnämnd`. Offsets computed.
Run: python corpus/make_w35_c.py corpus/dev"""

import sys

from records import EXT, FORV, FTV, ORG, OVR, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w35-c")


LEDNING = ("ledning", "ledning", OVR)

RECORDS = [
    # C1: `ledning` after an agency's, a court's or a unit's genitive is a body
    rec("c1-1", "Myndighetens ledning ansvarar inför regeringen för att verksamheten bedrivs "
        "effektivt.",
        [("Myndighetens", "myndighet", EXT), LEDNING, ("regeringen", "regering", EXT)],
        [("ansvarar", "ansvara", "pres", "act"), ("bedrivs", "bedriva", "pres", "pass")],
        [st("ledning", "ledning", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att verksamheten bedrivs effektivt")]),
    rec("c1-2", "Tillsynsmyndighetens ledning ska se till att inspektionerna genomförs "
        "enhetligt.",
        [("Tillsynsmyndighetens", "tillsynsmyndighet", EXT), LEDNING],
        [SKA, ("se", "se", "inf", "act"), ("genomförs", "genomföra", "pres", "pass")],
        [st("ledning", "ledning", "obligation", "ska se till att", "se", "se",
            "att inspektionerna genomförs enhetligt")]),
    rec("c1-3", "Domstolens ledning ska fastställa en arbetsordning för domstolen.",
        [("Domstolens", "domstol", EXT), LEDNING, ("domstolen", "domstol", EXT)],
        [SKA, ("fastställa", "fastställa", "inf", "act")],
        [st("ledning", "ledning", "obligation", "ska", "fastställa", "fastställa",
            "en arbetsordning för domstolen")]),
    rec("c1-4", "Förvaltningens ledning ska rapportera avvikelser till nämnden.",
        [("Förvaltningens", "förvaltning", FORV), LEDNING, ("nämnden", "nämnd", POL)],
        [SKA, ("rapportera", "rapportera", "inf", "act")],
        [st("ledning", "ledning", "obligation", "ska", "rapportera", "rapportera",
            "avvikelser till nämnden")]),
    rec("c1-5", "Utskottet arbetar under nämndens ledning.",
        [("Utskottet", "utskott", POL), ("nämndens", "nämnd", POL)],
        [("arbetar", "arbeta", "pres", "act")],
        [st("utskott", "Utskottet", "none", None, "arbeta", "arbetar", "under nämndens ledning")]),
    rec("c1-6", "Kansliet arbetar under kanslichefens ledning.",
        [("Kansliet", "kansli", FORV), ("kanslichefens", "kanslichef", TJP)],
        [("arbetar", "arbeta", "pres", "act")],
        [st("kansli", "Kansliet", "none", None, "arbeta", "arbetar",
            "under kanslichefens ledning")]),
    rec("c1-7", "Föreningens ledning ska verkställa årsmötets beslut.",
        [("Föreningens", "förening", ORG), LEDNING, ("årsmötets", "årsmöte", OVR)],
        [SKA, ("verkställa", "verkställa", "inf", "act")],
        [st("ledning", "ledning", "obligation", "ska", "verkställa", "verkställa",
            "årsmötets beslut")]),
    # C2: university and church words
    rec("c2-1", "Konsistoriet fastställer universitetets budget.",
        [("Konsistoriet", "konsistorium", POL), ("universitetets", "universitet", ORG)],
        [("fastställer", "fastställa", "pres", "act")],
        [st("konsistorium", "Konsistoriet", "none", None, "fastställa", "fastställer",
            "universitetets budget")]),
    rec("c2-2", "Konsistoriets ordförande utses av regeringen.",
        [("Konsistoriets ordförande", "konsistoriets ordförande", FTV),
         ("regeringen", "regering", EXT)],
        [("utses", "utse", "pres", "pass")],
        [st("regering", "regeringen", "none", None, "utse", "utses", "Konsistoriets ordförande",
            passive=True)]),
    rec("c2-3", "Kandidaterna ska presentera sig för valberedningen.",
        [("Kandidaterna", "kandidat", EXT), ("valberedningen", "valberedning", POL)],
        [SKA, ("presentera", "presentera", "inf", "act")],
        [st("kandidat", "Kandidaterna", "obligation", "ska", "presentera", "presentera",
            "sig för valberedningen")]),
    rec("c2-4", "Sökanden ska bifoga ett personbevis till ansökan.",
        [("Sökanden", "sökande", EXT)],
        [SKA, ("bifoga", "bifoga", "inf", "act")],
        [st("sökande", "Sökanden", "obligation", "ska", "bifoga", "bifoga",
            "ett personbevis till ansökan")]),
    rec("c2-5", "Förvaltningen bedriver uppsökande verksamhet i bostadsområdena.",
        [("Förvaltningen", "förvaltning", FORV)],
        [("bedriver", "bedriva", "pres", "act")],
        [st("förvaltning", "Förvaltningen", "none", None, "bedriva", "bedriver",
            "uppsökande verksamhet i bostadsområdena")]),
    rec("c2-6", "Kyrkliga samfälligheten ansvarar för begravningsverksamheten.",
        [("Kyrkliga samfälligheten", "kyrklig samfällighet", ORG)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st("kyrklig samfällighet", "Kyrkliga samfälligheten", "responsibility",
            "ansvarar för", "ansvara", "ansvarar", "begravningsverksamheten")]),
    rec("c2-7", "Den kyrkliga samfälligheten ska upprätta en budget.",
        [("kyrkliga samfälligheten", "kyrklig samfällighet", ORG)],
        [SKA, ("upprätta", "upprätta", "inf", "act")],
        [st("kyrklig samfällighet", "kyrkliga samfälligheten", "obligation", "ska",
            "upprätta", "upprätta", "en budget")]),
    rec("c2-8", "Kyrkvärden ska biträda kyrkoherden vid gudstjänsterna.",
        [("Kyrkvärden", "kyrkvärd", FTV), ("kyrkoherden", "kyrkoherde", TJP)],
        [SKA, ("biträda", "biträda", "inf", "act")],
        [st("kyrkvärd", "Kyrkvärden", "obligation", "ska", "biträda", "biträda",
            "kyrkoherden vid gudstjänsterna")]),
    rec("c2-9", "Kyrkonämnden bereder ärenden åt kyrkofullmäktige.",
        [("Kyrkonämnden", "kyrkonämnd", POL), ("kyrkofullmäktige", "kyrkofullmäktige", POL)],
        [("bereder", "bereda", "pres", "act")],
        [st("kyrkonämnd", "Kyrkonämnden", "none", None, "bereda", "bereder",
            "ärenden åt kyrkofullmäktige")]),
    # C3: a name joined by `och` ending in a genitive + a fund or foundation noun
    rec("c3-1", "Ekby kommun förvaltar Greta och Erik Holms stiftelse.",
        [("Ekby kommun", "ekby kommun", ORG),
         ("Greta och Erik Holms stiftelse", "greta och erik holms stiftelse", ORG)],
        [("förvaltar", "förvalta", "pres", "act")],
        [st("ekby kommun", "Ekby kommun", "none", None, "förvalta", "förvaltar",
            "Greta och Erik Holms stiftelse")]),
    rec("c3-2", "Karin och Olof Bergs fond delar ut stipendier varje år.",
        [("Karin och Olof Bergs fond", "karin och olof bergs fond", ORG)],
        [("delar", "dela", "pres", "act")],
        [st("karin och olof bergs fond", "Karin och Olof Bergs fond", "none", None, "dela",
            "delar", "stipendier varje år")]),
    rec("c3-3", "Kulturnämnden och Fritidsnämnden fördelar bidragen.",
        [("Kulturnämnden", "kulturnämnd", POL), ("Fritidsnämnden", "fritidsnämnd", POL)],
        [("fördelar", "fördela", "pres", "act")],
        [st("kulturnämnd", "Kulturnämnden", "none", None, "fördela", "fördelar", "bidragen"),
         st("fritidsnämnd", "Fritidsnämnden", "none", None, "fördela", "fördelar", "bidragen")]),
    # C5: the church law's fixed terms
    rec("c5-1", "Pastoratets gemensamma kyrkoråd leder verksamheten.",
        [("Pastoratets", "pastorat", ORG), ("gemensamma kyrkoråd", "gemensamt kyrkoråd", POL)],
        [("leder", "leda", "pres", "act")],
        [st("gemensamt kyrkoråd", "gemensamma kyrkoråd", "none", None, "leda", "leder",
            "verksamheten")]),
    rec("c5-2", "Beslut om budgeten fattas av gemensamma kyrkofullmäktige.",
        [("gemensamma kyrkofullmäktige", "gemensamma kyrkofullmäktige", POL)],
        [("fattas", "fatta", "pres", "pass")],
        [st("gemensamma kyrkofullmäktige", "gemensamma kyrkofullmäktige", "none", None,
            "fatta", "fattas", "Beslut om budgeten", passive=True)]),
    rec("c5-3", "Det gemensamma kyrkorådet ansvarar för personalfrågorna.",
        [("gemensamma kyrkorådet", "gemensamt kyrkoråd", POL)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st("gemensamt kyrkoråd", "gemensamma kyrkorådet", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "personalfrågorna")]),
    rec("c5-4", "Ett gemensamt pensionärsråd bereder frågorna.",
        [("pensionärsråd", "pensionärsråd", POL)],
        [("bereder", "bereda", "pres", "act")],
        [st("pensionärsråd", "pensionärsråd", "none", None, "bereda", "bereder", "frågorna")]),
]

D = "w35-c-fjallverket"
FJALLVERKET_TEXT = """Förordning med instruktion för Fjällverket

Uppgifter

1 § Fjällverket ska verka för en hållbar förvaltning av fjällområdena.

HFD 2015 ref 3 (Skatteverkets avgiftsbeslut).

2 § Myndigheten ska samråda med kommunerna.

Ledning

3 § Myndighetens ledning ska
1. fastställa en budget,
2. pröva frågor av större vikt.
"""
FJV = ("fjällverket", "Myndighetens")
FJALLVERKET = [
    rec("title", "Förordning med instruktion för Fjällverket",
        [("Fjällverket", "fjällverket", EXT)], doc=D, kind="heading"),
    rec("h1", "Uppgifter", doc=D, kind="heading"),
    rec("§1", "Fjällverket ska verka för en hållbar förvaltning av fjällområdena.",
        [("Fjällverket", "fjällverket", EXT)], [SKA, ("verka", "verka", "inf", "act")],
        [st("fjällverket", "Fjällverket", "obligation", "ska", "verka", "verka",
            "för en hållbar förvaltning av fjällområdena")],
        doc=D, parent="h1", label="1 §"),
    rec("p1", "HFD 2015 ref 3 (Skatteverkets avgiftsbeslut).",
        [("Skatteverkets", "skatteverket", EXT)], doc=D, parent="h1"),
    rec("§2", "Myndigheten ska samråda med kommunerna.",
        [("Myndigheten", "fjällverket", ORG), ("kommunerna", "kommun", ORG)],
        [SKA, ("samråda", "samråda", "inf", "act")],
        [st("fjällverket", "Myndigheten", "obligation", "ska", "samråda", "samråda",
            "med kommunerna")],
        doc=D, parent="h1", label="2 §"),
    rec("h2", "Ledning", doc=D, kind="heading"),
    rec("§3", "Myndighetens ledning ska",
        [("Myndighetens", "fjällverket", ORG), LEDNING], [SKA],
        doc=D, parent="h2", label="3 §"),
    rec("§3.1", "fastställa en budget,", [], [("fastställa", "fastställa", "inf", "act")],
        [st("ledning", "ledning", "obligation", "ska", "fastställa", "fastställa",
            "en budget")], doc=D, parent="§3", kind="list_item", label="1."),
    rec("§3.2", "pröva frågor av större vikt.", [], [("pröva", "pröva", "inf", "act")],
        [st("ledning", "ledning", "obligation", "ska", "pröva", "pröva",
            "frågor av större vikt")], doc=D, parent="§3", kind="list_item", label="2."),
]

D = "w35-c-stiftelse"
STIFTELSE_TEXT = """Stadgar

1 § Stiftelsen Lisa och Nils Ekmans minnesfond har till ändamål att främja forskning om skogsbruk.

2 § Stiftelsen ska varje år dela ut stipendier till studenter.

3 § Stiftelsens räkenskaper granskas av en revisor.
"""
NAME = "lisa och nils ekmans minnesfond"
STIFTELSE = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("§1", "Stiftelsen Lisa och Nils Ekmans minnesfond har till ändamål att främja "
        "forskning om skogsbruk.",
        [("Stiftelsen", NAME, ORG), ("Lisa och Nils Ekmans minnesfond", NAME, ORG)],
        [("har", "ha", "pres", "act"), ("främja", "främja", "inf", "act")],
        [st(NAME, "Stiftelsen", "obligation", "har till ändamål att", "främja", "främja",
            "forskning om skogsbruk")], doc=D, parent="title", label="1 §"),
    rec("§2", "Stiftelsen ska varje år dela ut stipendier till studenter.",
        [("Stiftelsen", NAME, ORG), ("studenter", "student", EXT)],
        [SKA, ("dela", "dela", "inf", "act")],
        [st(NAME, "Stiftelsen", "obligation", "ska", "dela", "dela",
            "stipendier till studenter")], doc=D, parent="title", label="2 §"),
    rec("§3", "Stiftelsens räkenskaper granskas av en revisor.",
        [("Stiftelsens", NAME, ORG), ("revisor", "revisor", FTV)],
        [("granskas", "granska", "pres", "pass")],
        [st("revisor", "revisor", "none", None, "granska", "granskas", "Stiftelsens räkenskaper",
            passive=True)], doc=D, parent="title", label="3 §"),
]

D = "w35-c-utsadesnamnden"
UTSADESNAMNDEN_TEXT = """Förordning (2011:45) med instruktion för Utsädesnämnden

Uppgifter

1 § Utsädesnämnden ska pröva frågor om certifiering av utsäde.

2 § Jordbruksverket ska bistå Utsädesnämnden med ett kansli.

3 § Myndigheten ska varje år redovisa sin verksamhet till regeringen.
"""
UTS = ("Utsädesnämnden", "utsädesnämnden", EXT)
UTSADESNAMNDEN = [
    rec("title", "Förordning (2011:45) med instruktion för Utsädesnämnden", [UTS], doc=D,
        kind="heading"),
    rec("h1", "Uppgifter", doc=D, kind="heading"),
    rec("§1", "Utsädesnämnden ska pröva frågor om certifiering av utsäde.", [UTS],
        [SKA, ("pröva", "pröva", "inf", "act")],
        [st("utsädesnämnden", "Utsädesnämnden", "obligation", "ska", "pröva", "pröva",
            "frågor om certifiering av utsäde")], doc=D, parent="h1", label="1 §"),
    rec("§2", "Jordbruksverket ska bistå Utsädesnämnden med ett kansli.",
        [("Jordbruksverket", "jordbruksverket", EXT), UTS, ("kansli", "kansli", FORV)],
        [SKA, ("bistå", "bistå", "inf", "act")],
        [st("jordbruksverket", "Jordbruksverket", "obligation", "ska", "bistå", "bistå",
            "Utsädesnämnden med ett kansli")], doc=D, parent="h1", label="2 §"),
    rec("§3", "Myndigheten ska varje år redovisa sin verksamhet till regeringen.",
        [("Myndigheten", "myndighet", EXT), ("regeringen", "regering", EXT)],
        [SKA, ("redovisa", "redovisa", "inf", "act")],
        [st("myndighet", "Myndigheten", "obligation", "ska", "redovisa", "redovisa",
            "sin verksamhet till regeringen")], doc=D, parent="h1", label="3 §"),
]

D = "w35-c-byggnamnden"
BYGGNAMNDEN_TEXT = """Reglemente för byggnämnden

1 § Byggnämnden ansvarar för prövningen av bygglov.

2 § Byggnämnden ska samråda med Miljönämnden i frågor om strandskydd.
"""
BYGGNAMNDEN = [
    rec("title", "Reglemente för byggnämnden", [("byggnämnden", "byggnämnd", POL)], doc=D,
        kind="heading"),
    rec("§1", "Byggnämnden ansvarar för prövningen av bygglov.",
        [("Byggnämnden", "byggnämnd", POL)], [("ansvarar", "ansvara", "pres", "act")],
        [st("byggnämnd", "Byggnämnden", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "prövningen av bygglov")], doc=D, parent="title", label="1 §"),
    rec("§2", "Byggnämnden ska samråda med Miljönämnden i frågor om strandskydd.",
        [("Byggnämnden", "byggnämnd", POL), ("Miljönämnden", "miljönämnd", POL)],
        [SKA, ("samråda", "samråda", "inf", "act")],
        [st("byggnämnd", "Byggnämnden", "obligation", "ska", "samråda", "samråda",
            "med Miljönämnden")], doc=D, parent="title", label="2 §"),
]

DOCUMENTS = {"w35-c-fjallverket": (FJALLVERKET_TEXT, FJALLVERKET),
             "w35-c-stiftelse": (STIFTELSE_TEXT, STIFTELSE),
             "w35-c-utsadesnamnden": (UTSADESNAMNDEN_TEXT, UTSADESNAMNDEN),
             "w35-c-byggnamnden": (BYGGNAMNDEN_TEXT, BYGGNAMNDEN)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w35-c", DOCUMENTS, before=RECORDS)
