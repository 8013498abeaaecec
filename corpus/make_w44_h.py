"""Builds corpus/dev/w44-h.jsonl and the small documents corpus/dev/w44-h-*.txt with their
gold: invented material for round 44, writer H (analysis 44-bh, flattened-paragraph causes;
gold by hand from docs/annotation.md before the rules). S4: Roman subheadings ``I``/``II``/
``III`` under a colon lead-in in a flattened line, capitalised dash items under the first
(`w44-h-granbacken`, a bolagsordning; `w44-h-fritid`, a reglemente's task list; dotted labels
and lower-case dash items, `w44-h-gator`), with the
negatives of a ruler's numeral ``Karl XII``, a dash inside a sentence, a year range and a
sentence opening with the preposition ``I`` (`w44-h-museum`). S2: one-word headings in
capitals, a capitals heading ending in ``M.M.``, a section number after a lost stop
(`w44-h-byalag`), with acronyms in running text and one opening a sentence (`w44-h-energi`).
S3: a one-word numbered heading before a subject with a late verb or a bare indefinite
noun (`w44-h-vatten`), with the negative of a bare plural subject right after the number.
Offsets computed.
Run: python corpus/make_w44_h.py corpus/dev"""

import sys

from records import AR, FAR, HAR, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w44-h", conditions_from_statements=True)

ORG = "organisation"
POL = "politiskt organ"
FTV = "förtroendevald"
TJP = "tjänsteperson"
OVR = "övrig"

D = "w44-h-granbacken"
GRA_TEXT = """Bolagsordning för Granbacken Skog AB

1 Firma Bolagets firma är Granbacken Skog AB. 2 Säte Styrelsen har sitt säte i Sollefteå. \
3 Verksamhet Bolaget ska bedriva följande slag av verksamhet: I Skogsbruk - Avverkning av \
skog på egen mark. - Plantering av tall och gran. II Förädling Bolaget får driva ett sågverk. \
III Övrigt Bolaget får äga fastigheter. 4 Styrelse Styrelsen ska utse en verkställande \
direktör.
"""
GB = "granbacken skog ab"
GRA_LEAD = ("granbacken skog ab", "Bolaget", "obligation", "ska", "bedriva", "bedriva")
GRA = [
    rec("title", "Bolagsordning för Granbacken Skog AB", [("Granbacken Skog AB", GB, ORG)],
        doc=D, kind="heading"),
    rec("1", "Firma", doc=D, kind="heading", label="1"),
    rec("1.1", "Bolagets firma är Granbacken Skog AB.", [("Bolagets", GB, ORG)], [AR], doc=D,
        parent="1"),
    rec("2", "Säte", doc=D, kind="heading", label="2"),
    rec("2.1", "Styrelsen har sitt säte i Sollefteå.", [("Styrelsen", "styrelse", POL)],
        [HAR],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har", "sitt säte i Sollefteå")],
        doc=D, parent="2"),
    rec("3", "Verksamhet", doc=D, kind="heading", label="3"),
    rec("3.1", "Bolaget ska bedriva följande slag av verksamhet:", [("Bolaget", GB, ORG)],
        [SKA, inf("bedriva")], doc=D, parent="3"),
    rec("3.2", "I Skogsbruk", doc=D, kind="heading", parent="3", label="I"),
    rec("3.1.a", "Avverkning av skog på egen mark.", [], [],
        [st(*GRA_LEAD, "Avverkning av skog på egen mark")], doc=D, kind="list_item",
        parent="3.1", label="-"),
    rec("3.1.b", "Plantering av tall och gran.", [], [],
        [st(*GRA_LEAD, "Plantering av tall och gran")], doc=D, kind="list_item",
        parent="3.1", label="-"),
    rec("3.3", "II Förädling", doc=D, kind="heading", parent="3", label="II"),
    rec("3.3.1", "Bolaget får driva ett sågverk.", [("Bolaget", GB, ORG)],
        [FAR, inf("driva")],
        [st(GB, "Bolaget", "permission", "får", "driva", "driva", "ett sågverk")],
        doc=D, parent="3.3"),
    rec("3.4", "III Övrigt", doc=D, kind="heading", parent="3", label="III"),
    rec("3.4.1", "Bolaget får äga fastigheter.", [("Bolaget", GB, ORG)], [FAR, inf("äga")],
        [st(GB, "Bolaget", "permission", "får", "äga", "äga", "fastigheter")],
        doc=D, parent="3.4"),
    rec("4", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="4"),
    rec("4.1", "Styrelsen ska utse en verkställande direktör.",
        [("Styrelsen", "styrelse", POL),
         ("verkställande direktör", "verkställande direktör", TJP)],
        [SKA, inf("utse")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "utse", "utse",
            "en verkställande direktör")], doc=D, parent="4"),
]

D = "w44-h-fritid"
FRI_TEXT = """Reglemente för fritidsnämnden

1 Uppgifter Fritidsnämnden ansvarar för följande områden: I Ungdom - Drift av \
fritidsgårdar. - Stöd till lovaktiviteter. - Bidrag till lägerverksamhet. II Idrott Nämnden \
fördelar tider i idrottshallarna. 2 Sammanträden Nämnden sammanträder minst sex gånger per \
år.
"""
FN = "fritidsnämnd"
FRI_LEAD = (FN, "Fritidsnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar")
FRI = [
    rec("title", "Reglemente för fritidsnämnden", [("fritidsnämnden", FN, POL)], doc=D,
        kind="heading"),
    rec("1", "Uppgifter", doc=D, kind="heading", label="1"),
    rec("1.1", "Fritidsnämnden ansvarar för följande områden:",
        [("Fritidsnämnden", FN, POL)], [pres("ansvarar", "ansvara")], doc=D, parent="1"),
    rec("1.2", "I Ungdom", doc=D, kind="heading", parent="1", label="I"),
    rec("1.1.a", "Drift av fritidsgårdar.", [], [], [st(*FRI_LEAD, "Drift av fritidsgårdar")],
        doc=D, kind="list_item", parent="1.1", label="-"),
    rec("1.1.b", "Stöd till lovaktiviteter.", [], [],
        [st(*FRI_LEAD, "Stöd till lovaktiviteter")], doc=D, kind="list_item", parent="1.1",
        label="-"),
    rec("1.1.c", "Bidrag till lägerverksamhet.", [], [],
        [st(*FRI_LEAD, "Bidrag till lägerverksamhet")], doc=D, kind="list_item",
        parent="1.1", label="-"),
    rec("1.3", "II Idrott", doc=D, kind="heading", parent="1", label="II"),
    rec("1.3.1", "Nämnden fördelar tider i idrottshallarna.", [("Nämnden", "nämnd", POL)],
        [pres("fördelar", "fördela")],
        [st("nämnd", "Nämnden", "none", None, "fördela", "fördelar",
            "tider i idrottshallarna")], doc=D, parent="1.3"),
    rec("2", "Sammanträden", doc=D, kind="heading", label="2"),
    rec("2.1", "Nämnden sammanträder minst sex gånger per år.", [("Nämnden", "nämnd", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder",
            "minst sex gånger per år")], doc=D, parent="2"),
]

D = "w44-h-gator"
GAT_TEXT = """Reglemente för gatunämnden

1 Uppgifter Gatunämnden ansvarar för följande verksamheter: I. Gator och torg - underhåll \
av gator - vinterväghållning på kommunala vägar II. Parker Nämnden sköter parkerna i \
tätorten. 2 Delegering Nämnden får delegera beslut till förvaltningschefen.
"""
# S4 with dotted Roman labels and lower-case dash items without stops (added with the
# rule's generalisation, after the first run).
GN = "gatunämnd"
GAT_LEAD = (GN, "Gatunämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar")
GAT = [
    rec("title", "Reglemente för gatunämnden", [("gatunämnden", GN, POL)], doc=D,
        kind="heading"),
    rec("1", "Uppgifter", doc=D, kind="heading", label="1"),
    rec("1.1", "Gatunämnden ansvarar för följande verksamheter:", [("Gatunämnden", GN, POL)],
        [pres("ansvarar", "ansvara")], doc=D, parent="1"),
    rec("1.2", "Gator och torg", doc=D, kind="heading", parent="1", label="I."),
    rec("1.1.a", "underhåll av gator", [], [], [st(*GAT_LEAD, "underhåll av gator")],
        doc=D, kind="list_item", parent="1.1", label="-"),
    rec("1.1.b", "vinterväghållning på kommunala vägar", [], [],
        [st(*GAT_LEAD, "vinterväghållning på kommunala vägar")], doc=D, kind="list_item",
        parent="1.1", label="-"),
    rec("1.3", "Parker", doc=D, kind="heading", parent="1", label="II."),
    rec("1.3.1", "Nämnden sköter parkerna i tätorten.", [("Nämnden", "nämnd", POL)],
        [pres("sköter", "sköta")],
        [st("nämnd", "Nämnden", "none", None, "sköta", "sköter", "parkerna i tätorten")],
        doc=D, parent="1.3"),
    rec("2", "Delegering", doc=D, kind="heading", label="2"),
    rec("2.1", "Nämnden får delegera beslut till förvaltningschefen.",
        [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [FAR, inf("delegera")],
        [st("nämnd", "Nämnden", "permission", "får", "delegera", "delegera",
            "beslut till förvaltningschefen")], doc=D, parent="2"),
]

D = "w44-h-museum"
MUS_TEXT = """Instruktion för museichefen

1 Uppdrag Museichefen ska visa samlingarna från Karl XII och hans tid - även på andra \
orter. Museichefen ska hålla museet öppet under åren 2025 - 2027. 2 Lokaler Museichefen \
ansvarar för lokalerna. I Museets lokaler gäller särskilda regler om brandskydd.
"""
# Negatives of S4: no Roman run (``Karl XII``; a lone ``I`` opening a sentence), a dash in a
# sentence and a year range stay in their paragraphs.
MC = "museichef"
MUS_1 = ("Museichefen ska visa samlingarna från Karl XII och hans tid - även på andra orter. "
         "Museichefen ska hålla museet öppet under åren 2025 - 2027.")
MUS_2 = ("Museichefen ansvarar för lokalerna. I Museets lokaler gäller särskilda regler om "
         "brandskydd.")
MUS = [
    rec("title", "Instruktion för museichefen", [("museichefen", MC, TJP)], doc=D,
        kind="heading"),
    rec("1", "Uppdrag", doc=D, kind="heading", label="1"),
    rec("1.1", MUS_1, [("Museichefen", MC, TJP), ("Museichefen", MC, TJP, 1)],
        [SKA, inf("visa"), ("ska", "skola", "pres", "act", 1), inf("hålla")],
        [st(MC, "Museichefen", "obligation", "ska", "visa", "visa",
            "samlingarna från Karl XII och hans tid"),
         st(MC, "Museichefen", "obligation", "ska", "hålla", "hålla", "museet öppet")],
        doc=D, parent="1"),
    rec("2", "Lokaler", doc=D, kind="heading", label="2"),
    rec("2.1", MUS_2, [("Museichefen", MC, TJP)],
        [pres("ansvarar", "ansvara"), pres("gäller", "gälla")],
        [st(MC, "Museichefen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "lokalerna")], doc=D, parent="2"),
]

D = "w44-h-byalag"
BYA_TEXT = """Stadgar för Björkhagens byalag

1 FIRMA Föreningens firma är Björkhagens byalag. 2 ÄNDAMÅL Föreningen ska främja ett \
levande kulturliv i byn. 3 STYRELSENS SÄTE M.M. Styrelsen har sitt säte i Rättvik. \
Verksamheten omfattar främst Siljansbygden 4 MEDLEMSKAP Medlem antas av styrelsen. 5 \
AVGIFTER Avgiften beslutas av årsmötet.
"""
BB = "björkhagens byalag"
BYA = [
    rec("title", "Stadgar för Björkhagens byalag", [("Björkhagens byalag", BB, ORG)], doc=D,
        kind="heading"),
    rec("1", "FIRMA", doc=D, kind="heading", label="1"),
    rec("1.1", "Föreningens firma är Björkhagens byalag.", [("Föreningens", BB, ORG)], [AR],
        doc=D, parent="1"),
    rec("2", "ÄNDAMÅL", doc=D, kind="heading", label="2"),
    rec("2.1", "Föreningen ska främja ett levande kulturliv i byn.",
        [("Föreningen", BB, ORG)], [SKA, inf("främja")],
        [st(BB, "Föreningen", "obligation", "ska", "främja", "främja",
            "ett levande kulturliv i byn")], doc=D, parent="2"),
    rec("3", "STYRELSENS SÄTE M.M.", [("STYRELSENS", "styrelse", POL)], doc=D,
        kind="heading", label="3"),
    rec("3.1", "Styrelsen har sitt säte i Rättvik. Verksamheten omfattar främst "
        "Siljansbygden", [("Styrelsen", "styrelse", POL)],
        [HAR, pres("omfattar", "omfatta")],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har", "sitt säte i Rättvik")],
        doc=D, parent="3"),
    rec("4", "MEDLEMSKAP", doc=D, kind="heading", label="4"),
    rec("4.1", "Medlem antas av styrelsen.",
        [("Medlem", "medlem", OVR), ("styrelsen", "styrelse", POL)],
        [pres("antas", "anta", "pass")],
        [st("styrelse", "styrelsen", "none", None, "anta", "antas", "Medlem", passive=True)],
        doc=D, parent="4"),
    rec("5", "AVGIFTER", doc=D, kind="heading", label="5"),
    rec("5.1", "Avgiften beslutas av årsmötet.", [("årsmötet", "årsmöte", OVR)],
        [pres("beslutas", "besluta", "pass")],
        [st("årsmöte", "årsmötet", "none", None, "besluta", "beslutas", "Avgiften",
            passive=True)], doc=D, parent="5"),
]

D = "w44-h-energi"
ENE_TEXT = """Instruktion för direktören i Ekåsen Energi AB

1 Uppdrag Direktören ska leda den löpande förvaltningen enligt ABL och styrelsens \
riktlinjer. 2 Samarbete Bolaget ska samverka med SKR i frågor om energi. SWECO \
granskar bolagets anläggningar varje år. Enligt LOU ska bolaget upphandla varor.
"""
# Negatives of S2: acronyms in running text and one opening a sentence stay inside it.
EE = "ekåsen energi ab"
ENE_2 = ("Bolaget ska samverka med SKR i frågor om energi. SWECO granskar bolagets "
         "anläggningar varje år. Enligt LOU ska bolaget upphandla varor.")
ENE = [
    rec("title", "Instruktion för direktören i Ekåsen Energi AB",
        [("direktören", "direktör", TJP), ("Ekåsen Energi AB", EE, ORG)], doc=D,
        kind="heading"),
    rec("1", "Uppdrag", doc=D, kind="heading", label="1"),
    rec("1.1", "Direktören ska leda den löpande förvaltningen enligt ABL och styrelsens "
        "riktlinjer.", [("Direktören", "direktör", TJP), ("styrelsens", "styrelse", POL)],
        [SKA, inf("leda")],
        [st("direktör", "Direktören", "obligation", "ska", "leda", "leda",
            "den löpande förvaltningen",
            condition="enligt ABL och styrelsens riktlinjer")], doc=D, parent="1"),
    rec("2", "Samarbete", doc=D, kind="heading", label="2"),
    rec("2.1", ENE_2,
        [("Bolaget", EE, ORG), ("SKR", "skr", "extern"), ("SWECO", "sweco", "extern"),
         ("bolagets", EE, ORG), ("bolaget", EE, ORG)],
        [SKA, inf("samverka"), pres("granskar", "granska"),
         ("ska", "skola", "pres", "act", 1), inf("upphandla")],
        [st(EE, "Bolaget", "obligation", "ska", "samverka", "samverka",
            "med SKR i frågor om energi"),
         st("sweco", "SWECO", "none", None, "granska", "granskar",
            "bolagets anläggningar varje år"),
         st(EE, "bolaget", "obligation", "ska", "upphandla", "upphandla", "varor",
            condition="Enligt LOU")], doc=D, parent="2"),
]

D = "w44-h-vatten"
VAT_TEXT = """Bolagsordning för Tjärnvik Vatten AB

1 Firma Bolagets firma är Tjärnvik Vatten AB. 2 Område Bolagets verksamhetsområde för \
vatten och avlopp är södra Norrland. 3 Styrelse Ledamöter i styrelsen utses av \
bolagsstämman. 4 Revisor Revisor väljs av bolagsstämman för fyra år. 5 Suppleanter utses av \
bolagsstämman för ett år.
"""
# Negative of S3: ``5 Suppleanter utses …`` is a sentence right after its number.
TV = "tjärnvik vatten ab"
BS = "bolagsstämma"
VAT = [
    rec("title", "Bolagsordning för Tjärnvik Vatten AB", [("Tjärnvik Vatten AB", TV, ORG)],
        doc=D, kind="heading"),
    rec("1", "Firma", doc=D, kind="heading", label="1"),
    rec("1.1", "Bolagets firma är Tjärnvik Vatten AB.", [("Bolagets", TV, ORG)], [AR], doc=D,
        parent="1"),
    rec("2", "Område", doc=D, kind="heading", label="2"),
    rec("2.1", "Bolagets verksamhetsområde för vatten och avlopp är södra Norrland.",
        [("Bolagets", TV, ORG)], [AR], doc=D, parent="2"),
    rec("3", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="3"),
    rec("3.1", "Ledamöter i styrelsen utses av bolagsstämman.",
        [("Ledamöter", "ledamot", FTV), ("styrelsen", "styrelse", POL),
         ("bolagsstämman", BS, POL)],
        [pres("utses", "utse", "pass")],
        [st(BS, "bolagsstämman", "none", None, "utse", "utses", "Ledamöter i styrelsen",
            passive=True)], doc=D, parent="3"),
    rec("4", "Revisor", [("Revisor", "revisor", FTV)], doc=D, kind="heading", label="4"),
    rec("4.1", "Revisor väljs av bolagsstämman för fyra år.",
        [("Revisor", "revisor", FTV), ("bolagsstämman", BS, POL)],
        [pres("väljs", "välja", "pass")],
        [st(BS, "bolagsstämman", "none", None, "välja", "väljs", "Revisor", passive=True)],
        doc=D, parent="4"),
    rec("5", "Suppleanter utses av bolagsstämman för ett år.",
        [("Suppleanter", "suppleant", FTV), ("bolagsstämman", BS, POL)],
        [pres("utses", "utse", "pass")],
        [st(BS, "bolagsstämman", "none", None, "utse", "utses", "Suppleanter",
            passive=True)], doc=D, label="5"),
]

D = "w44-h-klubb"
KLU_TEXT = """Stadgar för Ekudden båtklubb

1 Namn Klubbens namn är Ekudden båtklubb. 2 Nya Medlemmar antas av styrelsen. 3 Avgifter \
Medlemsavgiften fastställs av årsmötet. 4 Upplösning Beslut om upplösning fattas av två på \
varandra följande årsmöten.
"""
# Negative of S3 (review, after the first run): an adjective in -a before a bare noun is its
# attribute, no one-word heading (``2 Nya Medlemmar antas …`` is one paragraph).
EK = "ekudden båtklubb"
KLU = [
    rec("title", "Stadgar för Ekudden båtklubb", [("Ekudden båtklubb", EK, ORG)], doc=D,
        kind="heading"),
    rec("1", "Namn", doc=D, kind="heading", label="1"),
    rec("1.1", "Klubbens namn är Ekudden båtklubb.", [("Klubbens", EK, ORG)], [AR], doc=D,
        parent="1"),
    rec("2", "Nya Medlemmar antas av styrelsen.",
        [("Medlemmar", "medlem", OVR), ("styrelsen", "styrelse", POL)],
        [pres("antas", "anta", "pass")],
        [st("styrelse", "styrelsen", "none", None, "anta", "antas", "Nya Medlemmar",
            passive=True)], doc=D, label="2"),
    rec("3", "Avgifter", doc=D, kind="heading", label="3"),
    rec("3.1", "Medlemsavgiften fastställs av årsmötet.", [("årsmötet", "årsmöte", OVR)],
        [pres("fastställs", "fastställa", "pass")],
        [st("årsmöte", "årsmötet", "none", None, "fastställa", "fastställs",
            "Medlemsavgiften", passive=True)], doc=D, parent="3"),
    rec("4", "Upplösning", doc=D, kind="heading", label="4"),
    rec("4.1", "Beslut om upplösning fattas av två på varandra följande årsmöten.",
        [("årsmöten", "årsmöte", OVR)], [pres("fattas", "fatta", "pass")],
        [st("årsmöte", "årsmöten", "none", None, "fatta", "fattas", "Beslut om upplösning",
            passive=True)], doc=D, parent="4"),
]

DOCUMENTS = {"w44-h-granbacken": (GRA_TEXT, GRA), "w44-h-fritid": (FRI_TEXT, FRI),
             "w44-h-museum": (MUS_TEXT, MUS), "w44-h-byalag": (BYA_TEXT, BYA),
             "w44-h-energi": (ENE_TEXT, ENE), "w44-h-vatten": (VAT_TEXT, VAT),
             "w44-h-gator": (GAT_TEXT, GAT), "w44-h-klubb": (KLU_TEXT, KLU)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-h", DOCUMENTS)
