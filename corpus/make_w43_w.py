"""Builds corpus/dev/w43-w.jsonl and the small document corpus/dev/w43-w-stadgar.txt with its
gold: invented material for round 43, writer W (the new-user trial newuser43, cause 1; gold by
hand from docs/annotation.md before the rule). A web copy of a club's statutes glues each
``§ N`` heading to the capitalised first word of its text without a space (``§ 1
ÄndamålFöreningen ska …``, a heading of two words ``§ 2 Styrelsens uppgifterStyrelsen ska
…``): the heading is a clause of its own, the text a paragraph under it, offsets raw.
Negatives: a mixed-case name inside a sentence (``McAdmin``, ``iKlubb``, ``SvK``) and a label
whose text opens with one (``§ 6 iKlubb-appen …``, ``§ 7 McAdmin …``) stay whole.
Cause 2: a web page's chrome around the document (a skip link, a menu, a ``›`` breadcrumb,
a cookie notice, address fields and a copyright line) is furniture, in no clause, and the
title is the first real line (`w43-w-bygdegard`, `w43-w-fritid`); negatives in
`w43-w-webbplats`: a short line with no chrome sign is a heading, a slash series that opens
with no home item is no breadcrumb, a last sentence naming cookies is text. Cause 3: a table
copied as text, a heading cell joined to its text cell by `` | `` (`w43-w-tabell`): the
heading cell ends before the text's first sentence. Offsets computed.
Run: python corpus/make_w43_w.py corpus/dev"""

import sys

from records import FORV, FTV, KAN, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w43-w", conditions_from_statements=True, check_texts=True)

FAR = ("får", "få", "pres", "act")

D = "w43-w-stadgar"
STA_TEXT = """Stadgar

§ 1 ÄndamålFöreningen ska främja friluftsliv bland barn och unga.
§ 2 Styrelsens uppgifterStyrelsen ska leda föreningens verksamhet.
§ 3 EkonomiKassören ansvarar för föreningens medel.
§ 4 ÅrsmöteÅrsmötet fastställer medlemsavgiften.
§ 5 Samarbete
Föreningen får använda tjänsterna McAdmin och iKlubb samt kartor från SvK.
§ 6 iKlubb-appen ska användas av styrelsen vid kallelser.
§ 7 McAdmin-registret ska föras av kassören.
"""
STA = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningen ska främja friluftsliv bland barn och unga.",
        [("Föreningen", "förening", ORG)], [SKA, inf("främja")],
        [st("förening", "Föreningen", "obligation", "ska", "främja", "främja",
            "friluftsliv bland barn och unga")], doc=D, parent="§1"),
    rec("§2", "Styrelsens uppgifter", [("Styrelsens", "styrelse", POL)], doc=D,
        kind="heading", label="§ 2"),
    rec("§2.1", "Styrelsen ska leda föreningens verksamhet.",
        [("Styrelsen", "styrelse", POL), ("föreningens", "förening", ORG)], [SKA, inf("leda")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "leda", "leda",
            "föreningens verksamhet")], doc=D, parent="§2"),
    rec("§3", "Ekonomi", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Kassören ansvarar för föreningens medel.",
        [("Kassören", "kassör", FTV), ("föreningens", "förening", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("kassör", "Kassören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för föreningens medel")], doc=D, parent="§3"),
    rec("§4", "Årsmöte", [("Årsmöte", "årsmöte", OVR)], doc=D, kind="heading", label="§ 4"),
    rec("§4.1", "Årsmötet fastställer medlemsavgiften.", [("Årsmötet", "årsmöte", OVR)],
        [pres("fastställer", "fastställa")],
        [st("årsmöte", "Årsmötet", "none", None, "fastställa", "fastställer",
            "medlemsavgiften")], doc=D, parent="§4"),
    # negatives: mixed-case names inside a sentence, and after a label, stay in their clause
    rec("§5", "Samarbete", doc=D, kind="heading", label="§ 5"),
    rec("§5.1", "Föreningen får använda tjänsterna McAdmin och iKlubb samt kartor från SvK.",
        [("Föreningen", "förening", ORG)], [FAR, inf("använda")],
        [st("förening", "Föreningen", "permission", "får", "använda", "använda",
            "tjänsterna McAdmin och iKlubb samt kartor från SvK")], doc=D, parent="§5"),
    rec("§6", "iKlubb-appen ska användas av styrelsen vid kallelser.",
        [("styrelsen", "styrelse", POL)], [SKA, inf("användas", "använda", "pass")],
        [st("styrelse", "styrelsen", "obligation", "ska", "använda", "användas",
            passive=True)], doc=D, label="§ 6"),
    rec("§7", "McAdmin-registret ska föras av kassören.",
        [("kassören", "kassör", FTV)], [SKA, inf("föras", "föra", "pass")],
        [st("kassör", "kassören", "obligation", "ska", "föra", "föras", passive=True)],
        doc=D, label="§ 7"),
]

# Cause 2: a web page's chrome is furniture, in no clause (docs/annotation.md §1.2, round 43):
# a skip link, a menu, a breadcrumb with `›`, and the footer's cookie, address and © lines.
D = "w43-w-bygdegard"
BYG_TEXT = """Gå till innehåll
Startsida
Föreningen
Kalender
Kontakta oss
Startsida › Föreningen › Dokument › Stadgar
Stadgar för föreningen
§ 1 Ändamål
Föreningen ska förvalta bygdegården och främja ett aktivt föreningsliv.
§ 2 Styrelse
Styrelsen ska sammanträda minst fyra gånger per år.
Vi använder cookies för statistik. Läs mer | Acceptera
Bygdegården Ljungås | Byvägen 12 | 555 55 Ljungås | kontakt@ljungas.example
© 2026 Bygdegårdsföreningen i Ljungås
"""
BYG = [
    rec("title", "Stadgar för föreningen", [("föreningen", "förening", ORG)], doc=D,
        kind="heading"),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningen ska förvalta bygdegården och främja ett aktivt föreningsliv.",
        [("Föreningen", "förening", ORG)], [SKA, inf("förvalta"), inf("främja")],
        [st("förening", "Föreningen", "obligation", "ska", "förvalta", "förvalta",
            "bygdegården"),
         st("förening", "Föreningen", "obligation", "ska", "främja", "främja",
            "ett aktivt föreningsliv")], doc=D, parent="§1"),
    rec("§2", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Styrelsen ska sammanträda minst fyra gånger per år.",
        [("Styrelsen", "styrelse", POL)], [SKA, inf("sammanträda")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "sammanträda", "sammanträda",
            "minst fyra gånger per år")], doc=D, parent="§2"),
]

# A skip link, a menu and a `»` breadcrumb; a lone copyright line.
D = "w43-w-fritid"
FRI_TEXT = """Hoppa till huvudinnehåll
Hem
Nyheter
Om oss
Hem » Nämnder » Fritidsnämnden
Reglemente för fritidsnämnden
Nämnden ansvarar för bidrag till idrottsföreningar.
Alla rättigheter förbehållna © Norrås kommun 2026
"""
FRI = [
    rec("title", "Reglemente för fritidsnämnden", [("fritidsnämnden", "fritidsnämnd", POL)],
        doc=D, kind="heading"),
    rec("1", "Nämnden ansvarar för bidrag till idrottsföreningar.",
        [("Nämnden", "nämnd", POL), ("idrottsföreningar", "idrottsförening", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för bidrag till idrottsföreningar")], doc=D),
]

# Negatives: no skip link or breadcrumb, so a short line is a heading; a slash series that
# opens with no home item is no breadcrumb; a last sentence that names cookies is text.
D = "w43-w-webbplats"
WEB_TEXT = """Riktlinjer för webbplatsen
Start
Kommunikationschefen ansvarar för startsidan.
Kalender / nyheter / kontakt
Kommunen använder cookies på sin webbplats.
"""
WEB = [
    rec("title", "Riktlinjer för webbplatsen", doc=D, kind="heading"),
    rec("h1", "Start", doc=D, kind="heading"),
    rec("1", "Kommunikationschefen ansvarar för startsidan.",
        [("Kommunikationschefen", "kommunikationschef", TJP)], [pres("ansvarar", "ansvara")],
        [st("kommunikationschef", "Kommunikationschefen", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "för startsidan")], doc=D, parent="h1"),
    rec("h2", "Kalender / nyheter / kontakt", doc=D, kind="heading"),
    rec("2", "Kommunen använder cookies på sin webbplats.", [("Kommunen", "kommun", ORG)],
        [pres("använder", "använda")],
        [st("kommun", "Kommunen", "none", None, "använda", "använder",
            "cookies på sin webbplats")], doc=D, parent="h2"),
]


# Cause 3: a table copied as text, each row a heading cell and a text cell joined by ` | `:
# the heading cell is no part of the first sentence's subject (pipeline/nlp/sentences.py).
D = "w43-w-tabell"
TAB_TEXT = """Instruktion för förvaltningschefen
Personalfrågor | Nämnden anställer förvaltningschefen. Förvaltningschefen leder förvaltningens \
personal.
Beslut i brådskande ärenden | Förvaltningschefen får besluta i ärenden som inte kan vänta.
Samverkan | Förvaltningschefen ska samråda med de andra förvaltningarna.
Uppföljning | Nämnden följer upp instruktionen varje år.
Chefens roll | Förvaltningschefen är chef för förvaltningen och är nämndens närmaste tjänsteperson.
Anställningsfrågor | Kultur- och fritidsnämnden beslutar om anställning av förvaltningschef.
"""
FC = "förvaltningschef"
TAB = [
    rec("title", "Instruktion för förvaltningschefen",
        [("förvaltningschefen", FC, TJP)], doc=D, kind="heading"),
    rec("1", "Personalfrågor | Nämnden anställer förvaltningschefen. Förvaltningschefen leder "
        "förvaltningens personal.",
        [("Nämnden", "nämnd", POL), ("förvaltningschefen", FC, TJP),
         ("Förvaltningschefen", FC, TJP), ("förvaltningens", "förvaltning", FORV),
         ("personal", "personal", TJP)],
        [pres("anställer", "anställa"), pres("leder", "leda")],
        [st("nämnd", "Nämnden", "none", None, "anställa", "anställer", "förvaltningschefen"),
         st(FC, "Förvaltningschefen", "none", None, "leda", "leder",
            "förvaltningens personal")], doc=D),
    rec("2", "Beslut i brådskande ärenden | Förvaltningschefen får besluta i ärenden som inte "
        "kan vänta.", [("Förvaltningschefen", FC, TJP)],
        [FAR, inf("besluta"), KAN, inf("vänta")],
        [st(FC, "Förvaltningschefen", "permission", "får", "besluta", "besluta",
            "i ärenden som inte kan vänta")], doc=D),
    rec("3", "Samverkan | Förvaltningschefen ska samråda med de andra förvaltningarna.",
        [("Förvaltningschefen", FC, TJP), ("förvaltningarna", "förvaltning", FORV)],
        [SKA, inf("samråda")],
        [st(FC, "Förvaltningschefen", "obligation", "ska", "samråda", "samråda",
            "med de andra förvaltningarna")], doc=D),
    rec("4", "Uppföljning | Nämnden följer upp instruktionen varje år.",
        [("Nämnden", "nämnd", POL)], [pres("följer", "följa")],
        [st("nämnd", "Nämnden", "none", None, "följa", "följer", "instruktionen varje år")],
        doc=D),
    rec("5", "Chefens roll | Förvaltningschefen är chef för förvaltningen och är nämndens "
        "närmaste tjänsteperson.",
        [("Chefens", "chef", TJP), ("Förvaltningschefen", FC, TJP),
         ("förvaltningen", "förvaltning", FORV), ("nämndens", "nämnd", POL)],
        [pres("är", "vara"), pres("är", "vara", nth=1)],
        [st(FC, "Förvaltningschefen", "none", None, "vara", "är", "chef för förvaltningen"),
         st(FC, "Förvaltningschefen", "none", None, "vara", "är",
            "nämndens närmaste tjänsteperson")], doc=D),
    rec("6", "Anställningsfrågor | Kultur- och fritidsnämnden beslutar om anställning av "
        "förvaltningschef.",
        [("Kultur- och fritidsnämnden", "kultur- och fritidsnämnd", POL),
         ("förvaltningschef", FC, TJP)],
        [pres("beslutar", "besluta")],
        [st("kultur- och fritidsnämnd", "Kultur- och fritidsnämnden", "none", None, "besluta",
            "beslutar", "om anställning av förvaltningschef")], doc=D),
]

DOCUMENTS = {"w43-w-stadgar": (STA_TEXT, STA), "w43-w-bygdegard": (BYG_TEXT, BYG),
             "w43-w-fritid": (FRI_TEXT, FRI), "w43-w-webbplats": (WEB_TEXT, WEB),
             "w43-w-tabell": (TAB_TEXT, TAB)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w43-w", DOCUMENTS)
