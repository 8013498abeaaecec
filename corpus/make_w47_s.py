"""Builds corpus/dev/w47-s.jsonl and the small documents corpus/dev/w47-s-*.txt with their
gold: invented material for round 47, writer S (analyses 47-bo and 47-bn: lists, lead-ins and
headings; gold by hand from docs/annotation.md before the rules). bo-B1: a numbered list after
a colon lead-in whose first label is no ``1.`` — a roman ``I.`` with a lettered sub-list under
an item that breaks off at ``om`` and the list going on at ``4.`` (`w47-s-batklubb`), a
damaged ``l.`` with a sub-list under ``2.`` (`w47-s-hembygd`), a bare ``l.`` in a block of
its own before its item's text (`w47-s-samfallighet`), a first item whose label a web page
lost, blank lines between the items (`w47-s-ungdomsrad`); the negatives a lettered section
``B.`` after a colon line and before ``2.``/``3.`` headings in a document that letters its sections
(`w47-s-delegation`) and a colon line before statute headings ``2.``/``3.`` that text
separates (`w47-s-skidklubb`). bn-3: a task lead-in with a compound task noun (``I X:s
ledningsuppdrag ingår bl a att`` ⏎ bullets, ``-funktion``), the negative a non-task noun
(`w47-s-ledning`). bn-6: an unpunctuated modal main clause line before ``2 §`` (a paragraph,
no heading), the negative a relative heading ``Ärenden som ska beredas`` (`w47-s-friluft`).
bo-S1: an ``Org.nr`` line right above the adoption line (one metadata clause, `w47-s-golfklubb`),
the negative with a blank line between (`w47-s-seglarna`). Offsets computed.
Run: python corpus/make_w47_s.py corpus/dev"""

import sys

from records import AR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

FORV = "förvaltningsorganisation"
rec = records_for("w47-s", conditions_from_statements=True)


def item(cid, text, aim, aim_text, *, doc, parent, label, actors=(), verbs=()):
    """An agenda item under a passive `ska … <s-passive>:` lead-in: the implicit actor."""
    obj = text.rstrip(".,;")
    return rec(cid, text, actors, verbs,
               [st(None, None, "obligation", "ska", aim, aim_text, obj, passive=True)],
               doc=doc, kind="list_item", parent=parent, label=label)


D = "w47-s-batklubb"
BAT_TEXT = """Stadgar

§ 7 Årsmöte

På årsmötet ska följande ärenden behandlas:
I. Godkännande av dagordningen
2. Fastställande av röstlängd
3. Beslut om
a. årets bokslut
b. användning av årets överskott
4. Fastställande av medlemsavgift

§ 8 Styrelse

Styrelsen leder arbetet mellan årsmötena.
"""
LEAD = "§7.1"
BAT = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("§7", "Årsmöte", [("Årsmöte", "årsmöte", POL)], doc=D, kind="heading", label="§ 7"),
    rec(LEAD, "På årsmötet ska följande ärenden behandlas:", [("årsmötet", "årsmöte", POL)],
        [SKA, inf("behandlas", "behandla", "pass")], doc=D, parent="§7"),
    item("§7.1.a", "Godkännande av dagordningen", "behandla", "behandlas", doc=D, parent=LEAD,
         label="I."),
    item("§7.1.b", "Fastställande av röstlängd", "behandla", "behandlas", doc=D, parent=LEAD,
         label="2."),
    rec("§7.1.c", "Beslut om", doc=D, kind="list_item", parent=LEAD, label="3."),
    item("§7.1.c.a", "årets bokslut", "behandla", "behandlas", doc=D,
         parent="§7.1.c", label="a."),
    item("§7.1.c.b", "användning av årets överskott", "behandla", "behandlas", doc=D,
         parent="§7.1.c", label="b."),
    item("§7.1.d", "Fastställande av medlemsavgift", "behandla", "behandlas", doc=D,
         parent=LEAD, label="4."),
    rec("§8", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="§ 8"),
    rec("§8.1", "Styrelsen leder arbetet mellan årsmötena.",
        [("Styrelsen", "styrelse", POL)],
        [pres("leder", "leda")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder",
            "arbetet mellan årsmötena")], doc=D, parent="§8"),
]

D = "w47-s-hembygd"
HEM_TEXT = """Stadgar

§ 9 Föreningsstämma

På föreningsstämman ska följande ärenden avgöras:
l. Fastställande av dagordningen
2. Beslut om
a. verksamhetsberättelsen för det gångna året
b. revisionsberättelsen
3. Budget för nästa verksamhetsår

Styrelsen kallar till föreningsstämman.
"""
LEAD = "§9.1"
AVG = ("avgöra", "avgöras")
HEM = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("§9", "Föreningsstämma", [("Föreningsstämma", "föreningsstämma", POL)], doc=D,
        kind="heading", label="§ 9"),
    rec(LEAD, "På föreningsstämman ska följande ärenden avgöras:",
        [("föreningsstämman", "föreningsstämma", POL)],
        [SKA, inf("avgöras", "avgöra", "pass")], doc=D, parent="§9"),
    item("§9.1.a", "Fastställande av dagordningen", *AVG, doc=D, parent=LEAD, label="l."),
    rec("§9.1.b", "Beslut om", doc=D, kind="list_item", parent=LEAD, label="2."),
    item("§9.1.b.a", "verksamhetsberättelsen för det gångna året", *AVG, doc=D,
         parent="§9.1.b", label="a."),
    item("§9.1.b.b", "revisionsberättelsen", *AVG, doc=D, parent="§9.1.b", label="b."),
    item("§9.1.c", "Budget för nästa verksamhetsår", *AVG, doc=D, parent=LEAD, label="3."),
    rec("§9.2", "Styrelsen kallar till föreningsstämman.",
        [("Styrelsen", "styrelse", POL), ("föreningsstämman", "föreningsstämma", POL)],
        [pres("kallar", "kalla")],
        [st("styrelse", "Styrelsen", "none", None, "kalla", "kallar",
            "till föreningsstämman")], doc=D, parent="§9"),
]

D = "w47-s-samfallighet"
SAM_TEXT = """Stadgar

§ 6 Stämma

Vid stämman ska följande ärenden prövas:

l.

Godkännande av röstlängden

2. Fastställande av arvoden

3. Fastställande av utdebitering

§ 7 Styrelse

Styrelsen sammanträder minst två gånger per år.
"""
LEAD = "§6.1"
PRO = ("pröva", "prövas")
SAM = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("§6", "Stämma", [("Stämma", "stämma", POL)], doc=D, kind="heading", label="§ 6"),
    rec(LEAD, "Vid stämman ska följande ärenden prövas:", [("stämman", "stämma", POL)],
        [SKA, inf("prövas", "pröva", "pass")], doc=D, parent="§6"),
    item("§6.1.a", "Godkännande av röstlängden", *PRO, doc=D, parent=LEAD, label="l."),
    item("§6.1.b", "Fastställande av arvoden", *PRO, doc=D, parent=LEAD, label="2."),
    item("§6.1.c", "Fastställande av utdebitering", *PRO, doc=D, parent=LEAD, label="3."),
    rec("§7", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="§ 7"),
    rec("§7.1", "Styrelsen sammanträder minst två gånger per år.",
        [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst två gånger per år")], doc=D, parent="§7"),
]

D = "w47-s-ungdomsrad"
UNG_TEXT = """Arbetsordning

Ekonomi

Styrelsen ska varje år till årsmötet redovisa:

Årets resultat och ställning

2. Aktiviteter under året

3. Medlemsantalet vid årets slut

Styrelsen sammanträder varje månad.
"""


def duty(cid, text, label):
    return rec(cid, text, statements=[
        st("styrelse", "Styrelsen", "obligation", "ska", "redovisa", "redovisa", text)],
        doc=D, kind="list_item", parent="1", label=label)


UNG = [
    rec("title", "Arbetsordning", doc=D, kind="heading"),
    rec("h1", "Ekonomi", doc=D, kind="heading"),
    rec("1", "Styrelsen ska varje år till årsmötet redovisa:",
        [("Styrelsen", "styrelse", POL), ("årsmötet", "årsmöte", POL)],
        [SKA, inf("redovisa")], doc=D, parent="h1"),
    duty("1.a", "Årets resultat och ställning", ""),
    duty("1.b", "Aktiviteter under året", "2."),
    duty("1.c", "Medlemsantalet vid årets slut", "3."),
    rec("2", "Styrelsen sammanträder varje månad.", [("Styrelsen", "styrelse", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "varje månad")], doc=D, parent="h1"),
]

D = "w47-s-delegation"
DEL_TEXT = """Delegationsordning för fritidsnämnden

A. Allmänt

1. Omfattning

Delegationen är ordnad enligt följande:

B. Ekonomi

2. Budget

3. Attest

Förvaltningschefen attesterar fakturor upp till fem prisbasbelopp.

C. Lokaler

Förvaltningschefen tecknar hyresavtal för kortare tid.
"""
FC = ("Förvaltningschefen", "förvaltningschef", TJP)
DEL = [
    rec("title", "Delegationsordning för fritidsnämnden", [("fritidsnämnden", "fritidsnämnd", POL)],
        doc=D, kind="heading"),
    rec("A", "Allmänt", doc=D, kind="heading", label="A."),
    rec("1", "Omfattning", doc=D, kind="heading", label="1."),
    rec("1.1", "Delegationen är ordnad enligt följande:", verbs=[AR], doc=D, parent="1"),
    rec("B", "Ekonomi", doc=D, kind="heading", label="B."),
    rec("2", "Budget", doc=D, kind="heading", label="2."),
    rec("3", "Attest", doc=D, kind="heading", label="3."),
    rec("3.1", "Förvaltningschefen attesterar fakturor upp till fem prisbasbelopp.", [FC],
        [pres("attesterar", "attestera")],
        [st("förvaltningschef", "Förvaltningschefen", "none", None, "attestera", "attesterar",
            "fakturor upp till fem prisbasbelopp")], doc=D, parent="3"),
    rec("C", "Lokaler", doc=D, kind="heading", label="C."),
    rec("C.1", "Förvaltningschefen tecknar hyresavtal för kortare tid.", [FC],
        [pres("tecknar", "teckna")],
        [st("förvaltningschef", "Förvaltningschefen", "none", None, "teckna", "tecknar",
            "hyresavtal för kortare tid")], doc=D, parent="C"),
]

D = "w47-s-skidklubb"
SKI_TEXT = """Stadgar

1. Namn

Klubbfärgerna är enligt beslut av årsmötet:

Blått och vitt

2. Ändamål

Klubben ska främja skidåkning bland barn och unga.

3. Säte

Klubben har sitt säte i Norränge.
"""
SKI = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("1", "Namn", doc=D, kind="heading", label="1."),
    rec("1.1", "Klubbfärgerna är enligt beslut av årsmötet:", [("årsmötet", "årsmöte", POL)],
        [AR], doc=D, parent="1"),
    rec("1.2", "Blått och vitt", doc=D, parent="1"),
    rec("2", "Ändamål", doc=D, kind="heading", label="2."),
    rec("2.1", "Klubben ska främja skidåkning bland barn och unga.",
        [("Klubben", "klubb", "organisation")], [SKA, inf("främja")],
        [st("klubb", "Klubben", "obligation", "ska", "främja", "främja",
            "skidåkning bland barn och unga")], doc=D, parent="2"),
    rec("3", "Säte", doc=D, kind="heading", label="3."),
    rec("3.1", "Klubben har sitt säte i Norränge.",
        [("Klubben", "klubb", "organisation")], [pres("har", "ha")],
        [st("klubb", "Klubben", "none", None, "ha", "har",
            "sitt säte i Norränge")], doc=D, parent="3"),
]

D = "w47-s-ledning"
LED_TEXT = """Instruktion för förvaltningschefen

Uppdrag

I förvaltningschefens ledningsuppdrag ingår bl a att
• fastställa mål för förvaltningens arbete.
• samverka med övriga förvaltningar.

I förvaltningschefens samordningsfunktion ingår att:
• leda enhetscheferna.
• företräda förvaltningen externt.

I förvaltningschefens lön ingår ersättning för jour.
"""
FCG = ("förvaltningschefens", "förvaltningschef", TJP)
INGAR = pres("ingår", "ingå")


def task(cid, text, modal, aim, obj, actors):
    return rec(cid, text, actors, [inf(aim)], [
        st("förvaltningschef", "förvaltningschefens", "obligation", modal, aim, aim, obj)],
        doc=D, kind="list_item", parent=cid.split(".")[0], label="•")


M1, M2 = "I ledningsuppdrag ingår att", "I samordningsfunktion ingår att"
LED = [
    rec("title", "Instruktion för förvaltningschefen",
        [("förvaltningschefen", "förvaltningschef", TJP)], doc=D, kind="heading"),
    rec("h1", "Uppdrag", doc=D, kind="heading"),
    rec("1", "I förvaltningschefens ledningsuppdrag ingår bl a att", [FCG], [INGAR], doc=D,
        parent="h1"),
    task("1.a", "fastställa mål för förvaltningens arbete.", M1, "fastställa",
         "mål för förvaltningens arbete", [("förvaltningens", "förvaltning", FORV)]),
    task("1.b", "samverka med övriga förvaltningar.", M1, "samverka",
         "med övriga förvaltningar", [("förvaltningar", "förvaltning", FORV)]),
    rec("2", "I förvaltningschefens samordningsfunktion ingår att:", [FCG], [INGAR], doc=D,
        parent="h1"),
    task("2.a", "leda enhetscheferna.", M2, "leda", "enhetscheferna",
         [("enhetscheferna", "enhetschef", TJP)]),
    task("2.b", "företräda förvaltningen externt.", M2, "företräda", "förvaltningen externt",
         [("förvaltningen", "förvaltning", FORV)]),
    rec("3", "I förvaltningschefens lön ingår ersättning för jour.", [FCG], [INGAR], doc=D,
        parent="h1"),
]

D = "w47-s-friluft"
FRI_TEXT = """Stadgar

1 §
Styrelsen ska leda verksamheten mellan årsmötena.
Styrelsen ska även vara ett stöd i det dagliga arbetet
2 §
Styrelsen fattar beslut med enkel majoritet.
3 §
Ärenden som ska beredas
Styrelsen sammanträder minst fyra gånger per år.
"""
STY = ("Styrelsen", "styrelse", POL)
FRI = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("§1", "Styrelsen ska leda verksamheten mellan årsmötena.",
        [STY], [SKA, inf("leda")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "leda", "leda",
            "verksamheten mellan årsmötena")], doc=D, label="1 §"),
    rec("§1.1", "Styrelsen ska även vara ett stöd i det dagliga arbetet", [STY],
        [SKA, inf("vara")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "vara", "vara",
            "ett stöd i det dagliga arbetet")], doc=D, parent="§1"),
    rec("§2", "Styrelsen fattar beslut med enkel majoritet.", [STY], [pres("fattar", "fatta")],
        [st("styrelse", "Styrelsen", "none", None, "fatta", "fattar",
            "beslut med enkel majoritet")], doc=D, label="2 §"),
    rec("§3", "Ärenden som ska beredas", [], [SKA, inf("beredas", "bereda", "pass")], doc=D,
        kind="heading", label="3 §"),
    rec("§3.1", "Styrelsen sammanträder minst fyra gånger per år.", [STY],
        [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")], doc=D, parent="§3"),
]

D = "w47-s-golfklubb"
GOL_TEXT = """Stadgar

Org.nr 802411-3344
Antagen vid årsstämman den 12 mars 2024

§ 1 Ändamål

Klubben ska främja golfspelet i bygden.
"""
GOL = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("m1", "Org.nr 802411-3344 Antagen vid årsstämman den 12 mars 2024",
        [("årsstämman", "årsstämma", POL)], doc=D),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Klubben ska främja golfspelet i bygden.", [("Klubben", "klubb", "organisation")],
        [SKA, inf("främja")],
        [st("klubb", "Klubben", "obligation", "ska", "främja", "främja", "golfspelet i bygden")],
        doc=D, parent="§1"),
]

D = "w47-s-seglarna"
SEG_TEXT = """Stadgar

Org.nr 802455-1122

Antagen vid föreningsstämman den 20 april 2023

§ 1 Ändamål

Föreningen ska främja seglingen i skärgården.
"""
SEG = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("m1", "Org.nr 802455-1122", doc=D),
    rec("m2", "Antagen vid föreningsstämman den 20 april 2023",
        [("föreningsstämman", "föreningsstämma", POL)], doc=D),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningen ska främja seglingen i skärgården.",
        [("Föreningen", "förening", "organisation")], [SKA, inf("främja")],
        [st("förening", "Föreningen", "obligation", "ska", "främja", "främja",
            "seglingen i skärgården")], doc=D, parent="§1"),
]

DOCUMENTS = {"w47-s-batklubb": (BAT_TEXT, BAT), "w47-s-hembygd": (HEM_TEXT, HEM),
             "w47-s-ungdomsrad": (UNG_TEXT, UNG), "w47-s-delegation": (DEL_TEXT, DEL),
             "w47-s-skidklubb": (SKI_TEXT, SKI), "w47-s-ledning": (LED_TEXT, LED),
             "w47-s-friluft": (FRI_TEXT, FRI), "w47-s-samfallighet": (SAM_TEXT, SAM),
             "w47-s-golfklubb": (GOL_TEXT, GOL), "w47-s-seglarna": (SEG_TEXT, SEG)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w47-s", DOCUMENTS)
