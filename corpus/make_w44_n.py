"""Builds corpus/dev/w44-n.jsonl: invented paragraphs for round 44, writer N (analysis 44-bh,
organisation names and actor vocabulary; gold by hand from docs/annotation.md before the
rules, offsets computed): N2 a bracketed acronym inside a company name before its legal form
(`Bolagets firma är <Name> (<ACR>) AB`; round 44 ruling: canonical as written, lower-cased,
bracket and legal form kept), with the negative of an acronym after the legal form (the
name's alias, round 16/33); N1 an association's name with lower-case words closed by
`ekonomisk förening` / `ideell förening` / `ekonomiska förening` in a naming clause and as a
subject, with `är en ekonomisk förening` as negative; A2 `-tagare` party nouns; A3 an elided
legal-term adjective before a coordinated one (`fysiska och juridiska personer`), with
`fysiska och psykiska besvär` as negative; N3 an acronym defined after a capitalised name
(adjective + generic head) that the lexicon knows otherwise, with `kommunstyrelsen (KS)` as
negative; A1 a print's in-word hyphen break inside an actor word, with `IT-chefen` and a
suspended `styrelse- och` as negatives; A4 `innan <assembly>` a time; A5 plural
`ledningarna för X`.
Run: python corpus/make_w44_n.py corpus/dev"""

import sys

from records import (
    AR,
    EXT,
    FAR,
    FTV,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

D = "w44-n"
rec = records_for(D, check_texts=True)


VE = "ekholms vatten (evab) aktiebolag"
NF = "norrsjö fjärrvärme (nfv) ab"
SH = "sörby hamn (shab) ab"
VK = "västby kraft ab"
BF = "bergsbo för fiske och vattenvård ekonomisk förening"
LO = "lillån med omnejd ideell förening"
NM = "byalaget norrmo med omland ekonomisk förening"
HB = "hedby bygdegårds ekonomiska förening"
KFF = "kooperativa fastighetsförbundet"
KSF = "kristna samfundsförbundet"

SENTENCES = [
    # N2: a bracketed acronym inside the company name, before the legal form
    rec("n2-1", "Bolagets firma är Ekholms Vatten (EVAB) Aktiebolag. Bolaget får bedriva handel "
        "med dricksvatten.",
        [("Bolagets", VE, ORG), ("Bolaget", VE, ORG)],
        [AR, FAR, inf("bedriva")],
        [st(VE, "Bolaget", "permission", "får", "bedriva", "bedriva", "handel med dricksvatten")]),
    rec("n2-2", "Bolagets firma är Norrsjö Fjärrvärme (NFV) AB. Bolaget ska leverera värme till "
        "kommunens fastigheter.",
        [("Bolagets", NF, ORG), ("Bolaget", NF, ORG), ("kommunens", "kommun", ORG)],
        [AR, SKA, inf("leverera")],
        [st(NF, "Bolaget", "obligation", "ska", "leverera", "leverera",
            "värme till kommunens fastigheter")]),
    rec("n2-3", "Enligt ägardirektivet ska Sörby Hamn (SHAB) AB upprätta en årsredovisning för "
        "varje räkenskapsår.",
        [("Sörby Hamn (SHAB) AB", SH, ORG)],
        [SKA, inf("upprätta")],
        [st(SH, "Sörby Hamn (SHAB) AB", "obligation", "ska", "upprätta", "upprätta",
            "en årsredovisning för varje räkenskapsår")]),
    # negative: the acronym after the legal form is the name's alias, no part of it
    rec("n2-n1", "Bolagets firma är Västby Kraft AB (VKAB). VKAB ska sälja el till hushållen.",
        [("Bolagets", VK, ORG), ("VKAB", VK, ORG, 1)],
        [AR, SKA, inf("sälja")],
        [st(VK, "VKAB", "obligation", "ska", "sälja", "sälja", "el till hushållen")]),
    # N1: an association's name with lower-case words closed by its legal form
    rec("n1-1", "Föreningens firma är Bergsbo för fiske och vattenvård ekonomisk förening. "
        "Föreningen ska arrendera fiskevatten åt medlemmarna.",
        [("Föreningens", BF, ORG), ("Föreningen", BF, ORG), ("medlemmarna", "medlem", OVR)],
        [AR, SKA, inf("arrendera")],
        [st(BF, "Föreningen", "obligation", "ska", "arrendera", "arrendera",
            "fiskevatten åt medlemmarna")]),
    rec("n1-2", "Föreningens namn är Lillån med omnejd ideell förening. Föreningen får ta ut en "
        "årlig avgift.",
        [("Föreningens", LO, ORG), ("Föreningen", LO, ORG)],
        [AR, FAR, inf("ta")],
        [st(LO, "Föreningen", "permission", "får", "ta", "ta", "ut en årlig avgift")]),
    rec("n1-3", "Byalaget Norrmo med omland ekonomisk förening ska hålla sin stämma i mars.",
        [("Byalaget Norrmo med omland ekonomisk förening", NM, ORG)],
        [SKA, inf("hålla")],
        [st(NM, "Byalaget Norrmo med omland ekonomisk förening", "obligation", "ska", "hålla",
            "hålla", "sin stämma i mars")]),
    rec("n1-4", "Föreningens firma är Hedby Bygdegårds ekonomiska förening. Föreningen ska "
        "förvalta bygdegården.",
        [("Föreningens", HB, ORG), ("Föreningen", HB, ORG)],
        [AR, SKA, inf("förvalta")],
        [st(HB, "Föreningen", "obligation", "ska", "förvalta", "förvalta", "bygdegården")]),
    # negative: the legal form after the copula, no capitalised name before it
    rec("n1-n1", "Föreningen är en ekonomisk förening. Föreningen ska driva en lanthandel.",
        [("Föreningen", "förening", ORG), ("Föreningen", "förening", ORG, 1)],
        [AR, SKA, inf("driva")],
        [st("förening", "Föreningen", "none", None, "vara", "är", "en ekonomisk förening"),
         st("förening", "Föreningen", "obligation", "ska", "driva", "driva", "en lanthandel")]),
    # A2: -tagare party nouns
    rec("a2-1", "Försäkringstagaren ska betala premien i förskott.",
        [("Försäkringstagaren", "försäkringstagare", EXT)],
        [SKA, inf("betala")],
        [st("försäkringstagare", "Försäkringstagaren", "obligation", "ska", "betala", "betala",
            "premien i förskott")]),
    rec("a2-2", "Låntagaren får säga upp lånet med en månads varsel.",
        [("Låntagaren", "låntagare", EXT)],
        [FAR, inf("säga")],
        [st("låntagare", "Låntagaren", "permission", "får", "säga", "säga",
            "upp lånet med en månads varsel")]),
    rec("a2-3", "Bidragstagare ska redovisa hur medlen har använts.",
        [("Bidragstagare", "bidragstagare", EXT)],
        [SKA, inf("redovisa")],
        [st("bidragstagare", "Bidragstagare", "obligation", "ska", "redovisa", "redovisa",
            "hur medlen har använts")]),
    # A3: an elided legal-term adjective before a coordinated one
    rec("a3-1", "Ansökan får göras av fysiska och juridiska personer.",
        [("fysiska", "fysisk person", ORG), ("juridiska personer", "juridisk person", ORG)],
        [FAR, inf("göras", "göra", "pass")],
        [st("fysisk person", "fysiska", "permission", "får", "göra", "göras", passive=True),
         st("juridisk person", "juridiska personer", "permission", "får", "göra", "göras",
            passive=True)]),
    rec("a3-2", "Lokalen kan hyras av fysiska eller juridiska personer.",
        [("fysiska", "fysisk person", ORG), ("juridiska personer", "juridisk person", ORG)],
        [KAN, inf("hyras", "hyra", "pass")],
        [st("fysisk person", "fysiska", "none", None, "hyra", "hyras", passive=True),
         st("juridisk person", "juridiska personer", "none", None, "hyra", "hyras",
            passive=True)]),
    # negative: the coordinated head is no actor
    rec("a3-n1", "Ersättning lämnas för fysiska och psykiska besvär.", [],
        [pres("lämnas", "lämna", "pass")]),
    # N3: an acronym defined after a capitalised name beats the lexicon's reading
    rec("n3-1", "Föreningen är medlem i Kooperativa Fastighetsförbundet (KF). Tvister "
        "avgörs av KF.",
        [("Föreningen", "förening", ORG), ("Kooperativa Fastighetsförbundet", KFF, ORG),
         ("KF", KFF, ORG), ("KF", KFF, ORG, 1)],
        [AR, pres("avgörs", "avgöra", "pass")],
        [st("förening", "Föreningen", "none", None, "vara", "är",
            "medlem i Kooperativa Fastighetsförbundet (KF)"),
         st(KFF, "KF", "none", None, "avgöra", "avgörs", passive=True)]),
    rec("n3-2", "Klubben är medlem i Kristna Samfundsförbundet (KS). KS utser en revisor för "
        "klubben.",
        [("Klubben", "klubb", ORG), ("Kristna Samfundsförbundet", KSF, ORG), ("KS", KSF, ORG),
         ("KS", KSF, ORG, 1), ("revisor", "revisor", FTV), ("klubben", "klubb", ORG)],
        [AR, pres("utser", "utse")],
        [st("klubb", "Klubben", "none", None, "vara", "är",
            "medlem i Kristna Samfundsförbundet (KS)"),
         st(KSF, "KS", "none", None, "utse", "utser", "en revisor för klubben")]),
    # negative: the acronym after a lower-case body keeps the body's reading
    rec("n3-n1", "Ärendet bereds av kommunstyrelsen (KS). KS beslutar senast i maj.",
        [("kommunstyrelsen", "kommunstyrelse", POL), ("KS", "kommunstyrelse", POL),
         ("KS", "kommunstyrelse", POL, 1)],
        [pres("bereds", "bereda", "pass"), pres("beslutar", "besluta")],
        [st("kommunstyrelse", "kommunstyrelsen", "none", None, "bereda", "bereds", passive=True),
         st("kommunstyrelse", "KS", "none", None, "besluta", "beslutar", "senast i maj")]),
    # A4: `innan <assembly>` is a time
    rec("a4-1", "Valberedningen ska lämna sitt förslag till styrelsen innan föreningsstämman.",
        [("Valberedningen", "valberedning", POL), ("styrelsen", "styrelse", POL)],
        [SKA, inf("lämna")],
        [st("valberedning", "Valberedningen", "obligation", "ska", "lämna", "lämna",
            "sitt förslag till styrelsen innan föreningsstämman")]),
    # negative: `på stämman` keeps the body (round 21)
    rec("a4-n1", "Revisorerna ska lämna sin berättelse på årsstämman.",
        [("Revisorerna", "revisor", FTV), ("årsstämman", "årsstämma", OVR)],
        [SKA, inf("lämna")],
        [st("revisor", "Revisorerna", "obligation", "ska", "lämna", "lämna",
            "sin berättelse på årsstämman")]),
    # A5: the plural of `ledning` with a `för`-owner
    rec("a5-1", "Ledningarna för dotterbolagen ansvarar för den dagliga driften.",
        [("Ledningarna", "ledning", OVR), ("dotterbolagen", "dotterbolag", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("ledning", "Ledningarna", "responsibility", "ansvarar", "ansvara", "ansvarar",
            "för den dagliga driften")]),
]

# A1: a print's hyphen break inside a word (a document: normalize joins the break and the
# scorer maps the offsets back to the printed text)
T = "w44-n-tryck"
TRYCK_TEXT = """Rutiner för räkenskaper och möten

Revi-sorn ska granska räkenskaperna varje år.

Kallelsen skickas av ordfö-randen till samtliga leda-möter.

Frågan avgörs av del-ägarna på stämman.

IT-chefen ska följa upp EU-direktiv om informationssäkerhet.

Sekreteraren sparar protokollet som en Excel-fil.
"""
TRYCK = [
    rec("title", "Rutiner för räkenskaper och möten", doc=T, kind="heading"),
    rec("a1-1", "Revi-sorn ska granska räkenskaperna varje år.",
        [("Revi-sorn", "revisor", FTV)],
        [SKA, inf("granska")],
        [st("revisor", "Revi-sorn", "obligation", "ska", "granska", "granska",
            "räkenskaperna varje år")], doc=T, parent="title"),
    rec("a1-2", "Kallelsen skickas av ordfö-randen till samtliga leda-möter.",
        [("ordfö-randen", "ordförande", FTV), ("leda-möter", "ledamot", FTV)],
        [pres("skickas", "skicka", "pass")],
        [st("ordförande", "ordfö-randen", "none", None, "skicka", "skickas",
            "till samtliga leda-möter", passive=True)], doc=T, parent="title"),
    rec("a1-3", "Frågan avgörs av del-ägarna på stämman.",
        [("del-ägarna", "delägare", EXT), ("stämman", "stämma", OVR)],
        [pres("avgörs", "avgöra", "pass")],
        [st("delägare", "del-ägarna", "none", None, "avgöra", "avgörs", passive=True)],
        doc=T, parent="title"),
    # negatives: a real hyphen compound after capitals; a capitalised word's compound
    rec("a1-n1", "IT-chefen ska följa upp EU-direktiv om informationssäkerhet.",
        [("IT-chefen", "it-chef", TJP)],
        [SKA, inf("följa")],
        [st("it-chef", "IT-chefen", "obligation", "ska", "följa", "följa",
            "upp EU-direktiv om informationssäkerhet")], doc=T, parent="title"),
    rec("a1-n2", "Sekreteraren sparar protokollet som en Excel-fil.",
        [("Sekreteraren", "sekreterare", TJP)],
        [pres("sparar", "spara")],
        [st("sekreterare", "Sekreteraren", "none", None, "spara", "sparar",
            "protokollet som en Excel-fil")], doc=T, parent="title"),
]

if __name__ == "__main__":
    write_part(sys.argv[1], "w44-n", {T: (TRYCK_TEXT, TRYCK)}, before=SENTENCES)
