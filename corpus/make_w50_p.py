"""Builds corpus/dev/w50-p.jsonl and the documents corpus/dev/w50-p-*.txt with their gold:
invented material for round 50, writer p (analysis 50-bv, causes A, E, F; docs/annotation.md
round 50 ruling v1). (a) A docplayer print of a delegation order: a form header line ending
in page 1's bare counter ``1:8``, then one page line whose running header repeats only the
end of that line up to the counter, a one-word heading in capitals glued after it, and the
paragraph (`w50-p-delegation`): the header up to the counter is one clause labelled ``1``,
the heading its own clause, the text a paragraph. (b) An association's statutes in
blank-line blocks each opened by a heading in capitals glued to its sentence (one word,
before a subject and before a closed-class opener), with negatives: a body's name in
capitals before its lower-case verb and a race's name in capitals (no noun)
(`w50-p-stadgar`): one paragraph each. (c) A region's web page: the logo's alt text
``<Region> Läns Logotyp`` (the name is the organisation, the logo word no part of it) and
search toggle lines ``Öppna sök Sök`` / ``Stäng sök`` (chrome, in no clause), and a heading
opening with ``Sök`` that is text (`w50-p-region`). Gold by hand from docs/annotation.md
§1.2, §2.1, §2.3 and the round 50 rulings before the rules. Offsets computed.
Run: python corpus/make_w50_p.py corpus/dev"""

import sys

from records import FAR, FTV, HAR, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w50-p")

# (a) A docplayer print: the form header, then page 1 flattened onto one line.
D = "w50-p-delegation"
DEL_TEXT = (
    "Antagen av nämnden 14/62 Dnr: Sida Gäller från Upprättad av 1:8\n"
    "1 Gäller från Upprättad av 1:8 ALLMÄNT Bygg- och miljönämnden får delegera sin "
    "beslutanderätt till ordföranden och till förvaltningschefen. Ordföranden ska anmäla sina "
    "beslut till nämnden vid nästa sammanträde. Förvaltningschefen ansvarar för att "
    "delegationsordningen hålls aktuell.\n"
)
BMN = "bygg- och miljönämnd"
DEL_PARAGRAPH = (
    "Bygg- och miljönämnden får delegera sin beslutanderätt till ordföranden och till "
    "förvaltningschefen. Ordföranden ska anmäla sina beslut till nämnden vid nästa "
    "sammanträde. Förvaltningschefen ansvarar för att delegationsordningen hålls aktuell."
)
DEL = [
    rec("m1", "Antagen av nämnden 14/62", [("nämnden", "nämnd", POL)], doc=D),
    rec("m2", "Dnr: Sida Gäller från Upprättad av 1:8", doc=D),
    rec("1", "Gäller från Upprättad av 1:8", label="1", doc=D),
    rec("h1", "ALLMÄNT", kind="heading", doc=D),
    rec("1.1", DEL_PARAGRAPH,
        [("Bygg- och miljönämnden", BMN, POL), ("ordföranden", "ordförande", FTV),
         ("förvaltningschefen", "förvaltningschef", TJP), ("Ordföranden", "ordförande", FTV),
         ("nämnden", "nämnd", POL), ("Förvaltningschefen", "förvaltningschef", TJP)],
        [FAR, inf("delegera"), SKA, inf("anmäla"), pres("ansvarar", "ansvara"),
         pres("hålls", "hålla", "pass")],
        [st(BMN, "Bygg- och miljönämnden", "permission", "får", "delegera", "delegera",
            "sin beslutanderätt"),
         st("ordförande", "Ordföranden", "obligation", "ska", "anmäla", "anmäla",
            "sina beslut"),
         st("förvaltningschef", "Förvaltningschefen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att delegationsordningen hålls aktuell")],
        parent="h1", doc=D),
]

# (b) Statutes in blank-line blocks, each heading in capitals glued to its sentence.
D = "w50-p-stadgar"
STA_TEXT = """Stadgar för Tallmons båtförening

ÄNDAMÅL Tallmons båtförening ska främja båtlivet och verka för gott sjömanskap bland medlemmarna.

MEDLEMSKAP Enligt dessa stadgar får styrelsen anta nya medlemmar.

STYRELSEN sammanträder minst fyra gånger per år.

TALLMON Runt seglas varje sommar.
"""
TB = "tallmons båtförening"
STA = [
    rec("title", "Stadgar för Tallmons båtförening", [("Tallmons båtförening", TB, ORG)],
        kind="heading", doc=D),
    rec("h1", "ÄNDAMÅL", kind="heading", doc=D),
    rec("1", "Tallmons båtförening ska främja båtlivet och verka för gott sjömanskap bland "
        "medlemmarna.", [("Tallmons båtförening", TB, ORG), ("medlemmarna", "medlem", OVR)],
        [SKA, inf("främja"), inf("verka")],
        [st(TB, "Tallmons båtförening", "obligation", "ska", "främja", "främja", "båtlivet"),
         st(TB, "Tallmons båtförening", "obligation", "ska", "verka", "verka",
            "för gott sjömanskap bland medlemmarna")],
        parent="h1", doc=D),
    rec("h2", "MEDLEMSKAP", kind="heading", doc=D),
    rec("2", "Enligt dessa stadgar får styrelsen anta nya medlemmar.",
        [("styrelsen", "styrelse", POL), ("medlemmar", "medlem", OVR)], [FAR, inf("anta")],
        [st("styrelse", "styrelsen", "permission", "får", "anta", "anta", "nya medlemmar")],
        parent="h2", doc=D),
    rec("3", "STYRELSEN sammanträder minst fyra gånger per år.",
        [("STYRELSEN", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
        [st("styrelse", "STYRELSEN", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")], doc=D),
    rec("4", "TALLMON Runt seglas varje sommar.", verbs=[pres("seglas", "segla", "pass")],
        doc=D),
]

# (c) A region's web page: the logo's alt text, search toggles, a heading opening with `Sök`.
D = "w50-p-region"
REG_TEXT = """Region Ekdal Läns Logotyp

Öppna sök Sök

Stäng sök

Regionstyrelsen

Regionstyrelsen leder och samordnar regionens verksamhet.

Regionstyrelsen har femton ledamöter.

Sök stöd för lovaktiviteter

Regionstyrelsen fördelar stödet två gånger per år.
"""
RE = "region ekdal län"
RS = "regionstyrelse"
REG = [
    rec("title", "Region Ekdal Läns Logotyp", [("Region Ekdal Läns", RE, ORG)],
        kind="heading", doc=D),
    rec("h1", "Regionstyrelsen", [("Regionstyrelsen", RS, POL)], kind="heading", doc=D),
    rec("1", "Regionstyrelsen leder och samordnar regionens verksamhet.",
        [("Regionstyrelsen", RS, POL), ("regionens", RE, ORG)],
        [pres("leder", "leda"), pres("samordnar", "samordna")],
        [st(RS, "Regionstyrelsen", "none", None, "leda", "leder", "regionens verksamhet"),
         st(RS, "Regionstyrelsen", "none", None, "samordna", "samordnar",
            "regionens verksamhet")],
        parent="h1", doc=D),
    rec("2", "Regionstyrelsen har femton ledamöter.",
        [("Regionstyrelsen", RS, POL), ("ledamöter", "ledamot", FTV)], [HAR],
        [st(RS, "Regionstyrelsen", "none", None, "ha", "har", "femton ledamöter")],
        parent="h1", doc=D),
    rec("h2", "Sök stöd för lovaktiviteter", kind="heading", doc=D),
    rec("3", "Regionstyrelsen fördelar stödet två gånger per år.",
        [("Regionstyrelsen", RS, POL)], [pres("fördelar", "fördela")],
        [st(RS, "Regionstyrelsen", "none", None, "fördela", "fördelar", "stödet")],
        parent="h2", doc=D),
]

DOCUMENTS = {"w50-p-delegation": (DEL_TEXT, DEL), "w50-p-stadgar": (STA_TEXT, STA),
             "w50-p-region": (REG_TEXT, REG)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-p", DOCUMENTS)
