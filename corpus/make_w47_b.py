"""Builds corpus/dev/w47-b.jsonl and the small documents corpus/dev/w47-b-*.txt with their
gold: invented material for round 47, writer B (analysis 47-bn, which organisation a real
page is about; gold by hand from docs/annotation.md before the rules). bn cause 1: an
association of municipalities or regions named by a place genitive and a capitalised plural
kind noun (`Västerbygdens Kommuner`, `Kustlandets Kommuner`, `Ekdalens Regioner`), under a
web page's chrome (`Meny`) and a bare genre word (`Stadgar`) as its first lines: the name is
the document's organisation, its `Förbundet` the name and its `Styrelsen`/`Förbundets
styrelse` the förbund's board; negatives the lower-case `Sveriges kommuner`/`länets
kommuner` and a sentence-initial bare `Kommuner`. bn cause 2a: a genitive-owned `Förbundets
styrelse` under `Stadgar för Kommunförbundet …` is the förbund's board as the bare
`Styrelsen` is; negatives `varje medlems styrelse`. bn cause 2b: `Samordningsförbundet har
en styrelse` under the name `Samordningsförbundet <Ort>`: the definite kind compound of the
name is the förbund itself, so its `Styrelsen` is the förbund's board. bn B: a page heading
`Om <kind>` is no name of the organisation (`Om samordningsförbund` over the name line).
Offsets computed. Run: python corpus/make_w47_b.py corpus/dev"""

import sys

from records import AR, FTV, HAR, KAN, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w47-b", conditions_from_statements=True)

FS = "förbundsstyrelse"

SENTENCES = [
    # cause 1: a place genitive + a capitalised plural kind noun names an association
    rec("n1", "Styrelsen samråder med Kustlandets Kommuner.",
        [("Styrelsen", "styrelse", POL), ("Kustlandets Kommuner", "kustlandets kommuner", ORG)],
        [pres("samråder", "samråda")],
        [st("styrelse", "Styrelsen", "none", None, "samråda", "samråder",
            "med Kustlandets Kommuner")]),
    rec("n2", "Ekdalens Regioner samordnar upphandlingen av kollektivtrafik.",
        [("Ekdalens Regioner", "ekdalens regioner", ORG)],
        [pres("samordnar", "samordna")],
        [st("ekdalens regioner", "Ekdalens Regioner", "none", None, "samordna", "samordnar",
            "upphandlingen av kollektivtrafik")]),
    # negatives: lower-case kind nouns after a genitive, a sentence-initial bare plural
    rec("n-n1", "Sveriges kommuner ska samverka med länets kommuner.",
        [("kommuner", "kommun", ORG), ("kommuner", "kommun", ORG, 1)],
        [SKA, inf("samverka")],
        [st("kommun", "kommuner", "obligation", "ska", "samverka", "samverka",
            "med länets kommuner")]),
    rec("n-n2", "Kommuner får ansöka om bidrag hos nämnden.",
        [("Kommuner", "kommun", ORG), ("nämnden", "nämnd", POL)],
        [("får", "få", "pres", "act"), inf("ansöka")],
        [st("kommun", "Kommuner", "permission", "får", "ansöka", "ansöka",
            "om bidrag hos nämnden")]),
]

# cause 1: chrome first lines, the name without a kind word in the first sentence
D = "w47-b-kommuner"
VK = "västerbygdens kommuner"
VK_TEXT = """Meny

Stadgar

Västerbygdens Kommuner är en ideell förening för kommunerna i Västerbygden.

1 § Ändamål

Förbundet har att bevaka kommunernas intressen och stödja deras samarbete.

2 § Ledning

Förbundets styrelse kan föreslå ärenden till förbundsstämman. Styrelsen utser en kanslichef.
"""
VK_1 = "Västerbygdens Kommuner är en ideell förening för kommunerna i Västerbygden."
VK_2 = "Förbundet har att bevaka kommunernas intressen och stödja deras samarbete."
VK_3 = ("Förbundets styrelse kan föreslå ärenden till förbundsstämman. Styrelsen utser en "
        "kanslichef.")
KOMMUNER = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("p1", VK_1, [("Västerbygdens Kommuner", VK, ORG), ("kommunerna", "kommun", ORG)],
        [AR],
        [st(VK, "Västerbygdens Kommuner", "none", None, "vara", "är",
            "en ideell förening för kommunerna i Västerbygden")], doc=D),
    rec("1", "Ändamål", doc=D, kind="heading", label="1 §"),
    rec("1.1", VK_2, [("Förbundet", VK, ORG), ("kommunernas", "kommun", ORG)],
        [HAR, inf("bevaka"), inf("stödja")],
        [st(VK, "Förbundet", "obligation", "har att", "bevaka", "bevaka",
            "kommunernas intressen"),
         st(VK, "Förbundet", "obligation", "har att", "stödja", "stödja",
            "deras samarbete")], doc=D, parent="1"),
    rec("2", "Ledning", doc=D, kind="heading", label="2 §"),
    rec("2.1", VK_3,
        [("Förbundets", VK, ORG), ("styrelse", FS, POL),
         ("förbundsstämman", "förbundsstämma", POL),
         ("Styrelsen", FS, POL), ("kanslichef", "kanslichef", "tjänsteperson")],
        [KAN, inf("föreslå"), pres("utser", "utse")],
        [st(FS, "styrelse", "permission", "kan", "föreslå", "föreslå",
            "ärenden till förbundsstämman"),
         st(FS, "Styrelsen", "none", None, "utse", "utser", "en kanslichef")],
        doc=D, parent="2"),
]

# cause 2a: the förbund's board by the genitive of its own `förbundet`
D = "w47-b-ekdala"
EK = "kommunförbundet ekdala län"
EK_TEXT = """Stadgar för Kommunförbundet Ekdala län

1 § Tillgångar

Förbundets styrelse förvaltar förbundets tillgångar. Förbundets styrelse ska varje år lämna \
en verksamhetsberättelse till stämman.

2 § Val

Varje medlems styrelse utser ett ombud till stämman.
"""
EK_1 = ("Förbundets styrelse förvaltar förbundets tillgångar. Förbundets styrelse ska varje år "
        "lämna en verksamhetsberättelse till stämman.")
EK_2 = "Varje medlems styrelse utser ett ombud till stämman."
EKDALA = [
    rec("title", "Stadgar för Kommunförbundet Ekdala län",
        [("Kommunförbundet Ekdala län", EK, ORG)], doc=D, kind="heading"),
    rec("1", "Tillgångar", doc=D, kind="heading", label="1 §"),
    rec("1.1", EK_1,
        [("Förbundets", EK, ORG), ("styrelse", FS, POL), ("förbundets", EK, ORG),
         ("Förbundets", EK, ORG, 1), ("styrelse", FS, POL, 1), ("stämman", "stämma", POL)],
        [pres("förvaltar", "förvalta"), SKA, inf("lämna")],
        [st(FS, "styrelse", "none", None, "förvalta", "förvaltar",
            "förbundets tillgångar"),
         st(FS, "styrelse", "obligation", "ska", "lämna", "lämna",
            "en verksamhetsberättelse till stämman")], doc=D, parent="1"),
    rec("2", "Val", doc=D, kind="heading", label="2 §"),
    rec("2.1", EK_2,
        [("medlems", "medlem", "övrig"), ("styrelse", "styrelse", POL),
         ("ombud", "ombud", "tjänsteperson"), ("stämman", "stämma", POL)],
        [pres("utser", "utse")],
        [st("styrelse", "styrelse", "none", None, "utse", "utser",
            "ett ombud till stämman")], doc=D, parent="2"),
]

# cause 2b and B: a page heading `Om <kind>` over the name line; the definite kind compound
# of the name is the förbund
D = "w47-b-samordning"
SB = "samordningsförbundet ekå bydal"
SB_TEXT = """Om samordningsförbund

Samordningsförbundet Ekå Bydal

Samordningsförbundet har en styrelse med fyra ledamöter. Styrelsen ska sammanträda minst \
fyra gånger per år.

Förbundets kansli bereder ärendena.
"""
SB_1 = ("Samordningsförbundet har en styrelse med fyra ledamöter. Styrelsen ska sammanträda "
        "minst fyra gånger per år.")
SAMORDNING = [
    rec("title", "Om samordningsförbund", [("samordningsförbund", "samordningsförbund", ORG)],
        doc=D, kind="heading"),
    rec("h1", "Samordningsförbundet Ekå Bydal", [("Samordningsförbundet Ekå Bydal", SB, ORG)],
        doc=D, kind="heading"),
    rec("p1", SB_1,
        [("Samordningsförbundet", SB, ORG), ("styrelse", "styrelse", POL),
         ("ledamöter", "ledamot", FTV), ("Styrelsen", FS, POL)],
        [HAR, SKA, inf("sammanträda")],
        [st(SB, "Samordningsförbundet", "none", None, "ha", "har",
            "en styrelse med fyra ledamöter"),
         st(FS, "Styrelsen", "obligation", "ska", "sammanträda", "sammanträda")],
        doc=D, parent="h1"),
    rec("p2", "Förbundets kansli bereder ärendena.",
        [("Förbundets", SB, ORG), ("kansli", "kansli", "förvaltningsorganisation")],
        [pres("bereder", "bereda")],
        [st("kansli", "kansli", "none", None, "bereda", "bereder",
            "ärendena")], doc=D, parent="h1"),
]

# look further: a page whose title names no organisation presents it in its first sentence;
# the members it names there are no rivals
D = "w47-b-medlemmar"
NK = "norrlidens kommuner"
NK_TEXT = """Meny

Stadgar

Norrlidens Kommuner är en ideell förening för Åsby kommun, Norrby kommun och Ekby kommun.

1 § Ändamål

Förbundet ska bevaka medlemmarnas intressen.

2 § Ledning

Förbundsstämman väljer en styrelse.
"""
NK_1 = "Norrlidens Kommuner är en ideell förening för Åsby kommun, Norrby kommun och Ekby kommun."
MEDLEMMAR = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("p1", NK_1,
        [("Norrlidens Kommuner", NK, ORG), ("Åsby kommun", "åsby kommun", ORG),
         ("Norrby kommun", "norrby kommun", ORG), ("Ekby kommun", "ekby kommun", ORG)],
        [AR],
        [st(NK, "Norrlidens Kommuner", "none", None, "vara", "är",
            "en ideell förening för Åsby kommun, Norrby kommun och Ekby kommun")], doc=D),
    rec("1", "Ändamål", doc=D, kind="heading", label="1 §"),
    rec("1.1", "Förbundet ska bevaka medlemmarnas intressen.",
        [("Förbundet", NK, ORG), ("medlemmarnas", "medlem", "övrig")],
        [SKA, inf("bevaka")],
        [st(NK, "Förbundet", "obligation", "ska", "bevaka", "bevaka",
            "medlemmarnas intressen")], doc=D, parent="1"),
    rec("2", "Ledning", doc=D, kind="heading", label="2 §"),
    rec("2.1", "Förbundsstämman väljer en styrelse.",
        [("Förbundsstämman", "förbundsstämma", POL), ("styrelse", "styrelse", POL)],
        [pres("väljer", "välja")],
        [st("förbundsstämma", "Förbundsstämman", "none", None, "välja", "väljer",
            "en styrelse")], doc=D, parent="2"),
]

# negative: a member named in passing first presents no organisation (`är medlem i`); the
# page's `Förbundet` stays the kind
D = "w47-b-medlem"
ME_TEXT = """Meny

Stadgar

Åsby kommun är medlem i förbundet.

1 § Ändamål

Förbundet ska främja samarbetet mellan Åsby kommun och Norrby kommun.
"""
ME_1 = "Förbundet ska främja samarbetet mellan Åsby kommun och Norrby kommun."
MEDLEM = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("p1", "Åsby kommun är medlem i förbundet.",
        [("Åsby kommun", "åsby kommun", ORG), ("förbundet", "förbund", ORG)],
        [AR],
        [st("åsby kommun", "Åsby kommun", "none", None, "vara", "är",
            "medlem i förbundet")], doc=D),
    rec("1", "Ändamål", doc=D, kind="heading", label="1 §"),
    rec("1.1", ME_1,
        [("Förbundet", "förbund", ORG), ("Åsby kommun", "åsby kommun", ORG),
         ("Norrby kommun", "norrby kommun", ORG)],
        [SKA, inf("främja")],
        [st("förbund", "Förbundet", "obligation", "ska", "främja",
            "främja", "samarbetet mellan Åsby kommun och Norrby kommun")], doc=D, parent="1"),
]

# bn C: a double place name with its hyphen in the text, without it in the title: one name,
# the hyphenated spelling
D = "w47-b-dubbelnamn"
DN = "samordningsförbundet ekå-bydal"
DN_TEXT = """Stadgar för Samordningsförbundet Ekå Bydal

1 § Namn

Samordningsförbundet Ekå-Bydal är ett samordningsförbund enligt lagen om finansiell samordning.

2 § Lån

Samordningsförbundet får ta upp lån.
"""
DN_1 = ("Samordningsförbundet Ekå-Bydal är ett samordningsförbund enligt lagen om finansiell "
        "samordning.")
DUBBELNAMN = [
    rec("title", "Stadgar för Samordningsförbundet Ekå Bydal",
        [("Samordningsförbundet Ekå Bydal", "samordningsförbundet ekå bydal", ORG)], doc=D,
        kind="heading"),
    rec("1", "Namn", doc=D, kind="heading", label="1 §"),
    rec("1.1", DN_1, [("Samordningsförbundet Ekå-Bydal", DN, ORG)], [AR],
        [st(DN, "Samordningsförbundet Ekå-Bydal", "none", None, "vara", "är",
            "ett samordningsförbund enligt lagen om finansiell samordning")], doc=D, parent="1"),
    rec("2", "Lån", doc=D, kind="heading", label="2 §"),
    rec("2.1", "Samordningsförbundet får ta upp lån.", [("Samordningsförbundet", DN, ORG)],
        [("får", "få", "pres", "act"), inf("ta")],
        [st(DN, "Samordningsförbundet", "permission", "får", "ta", "ta", "upp lån")],
        doc=D, parent="2"),
]

DOCUMENTS = {
    "w47-b-kommuner": (VK_TEXT, KOMMUNER),
    "w47-b-ekdala": (EK_TEXT, EKDALA),
    "w47-b-samordning": (SB_TEXT, SAMORDNING),
    "w47-b-medlemmar": (NK_TEXT, MEDLEMMAR),
    "w47-b-medlem": (ME_TEXT, MEDLEM),
    "w47-b-dubbelnamn": (DN_TEXT, DUBBELNAMN),
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w47-b", DOCUMENTS, before=SENTENCES)
