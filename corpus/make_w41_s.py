"""Builds corpus/dev/w41-s.jsonl and the small documents corpus/dev/w41-s-*.txt with their
gold: invented material for round 40/41, writer S (analysis of part ay, segmentation causes;
gold by hand from docs/annotation.md before the rules): ay-C1 a docplayer bolagsordning whose
page 1 line (``1 <header> Sida 1 av 3 <TITLE> 1 Firma …``) is followed by one page line only
(`w41-s-sjovatten`: page 1 is cut at its inline numbering, its running header up to the
title in capitals one clause, unpunctuated sentences with a finite verb paragraphs), and the
negative where three page lines share the header (`w41-s-fjarrvarme`: each line one page);
ay-C5 NP items `1.` … after a colon lead-in in a flattened statute line, then sentences with
their own subject and a further `N §` (`w41-s-skoltrafik`), and the negative where the last
item is a sentence that goes on (`w41-s-ansokan`); ay-C4 `N §` headings printed inline
before a sentence whose subject is a name, beside `3 § Direktionen ska …` and `4 § Region
Ekby ska …` (`w41-s-vastby`: no heading there); ay-C15 a column of dates `d.m.yyyy` under
`Datum` (`w41-s-seniorrad`: one paragraph; a three-part label `2.1.1` stays a label);
ay-C16 an `Organisationsnummer` line under an adoption history (`w41-s-hamnbolag`: one
metadata clause; `Organisationsnumret ska …` stays a sentence); ay-C12 a blank-line block of
role lines without colons (`Ordförande <Name>` ⏎ `I viceordförande <Name>` …) in a web page
whose other lines are clauses each (`w41-s-presidium`: one paragraph; a single role line
stays a clause of its own); aw-S2 page lines opening with a fused page counter `2(4)`, `3(4)`
… (a table of contents, the title repeated, inline numbering: `w41-s-teknik`, each page line
one clause, id the page, label the counter). Offsets computed.
Run: python corpus/make_w41_s.py corpus/dev"""

import sys

from records import FAR, FTV, KAN, ORG, OVR, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w41-s", conditions_from_statements=True)


HA = ("ha", "ha", "inf", "act")

D = "w41-s-sjovatten"
SJO_TEXT = """1 Fastställd vid Sjövatten ABs bolagsstämma Sida 1 av 3 ORDNING FÖR BOLAGET 1 Firma \
Bolagets firma är Sjövatten AB 2 Säte Styrelsen ska ha sitt säte i Åby kommun 3 Verksamhet \
Bolaget ska sköta dricksvattnet i Åby kommun. Bolaget ska även bedriva rådgivning om avlopp.

2 Fastställd vid Sjövatten ABs bolagsstämma Sida 2 av 3 4 Revisor Bolaget ska ha en revisor.
"""
SJ = "sjövatten ab"
SJO_2 = SJO_TEXT.split("\n")[2][2:]
SJO_3 = ("Bolaget ska sköta dricksvattnet i Åby kommun. Bolaget ska även bedriva rådgivning "
         "om avlopp.")
SJO = [
    rec("1", "Fastställd vid Sjövatten ABs bolagsstämma Sida 1 av 3 ORDNING FÖR BOLAGET",
        [("Sjövatten ABs", SJ, ORG), ("bolagsstämma", "bolagsstämma", POL),
         ("BOLAGET", SJ, ORG)], doc=D, label="1"),
    rec("1.1", "Firma", doc=D, kind="heading", label="1"),
    rec("1.1.1", "Bolagets firma är Sjövatten AB", [("Bolagets", SJ, ORG)],
        [("är", "vara", "pres", "act")], doc=D, parent="1.1"),
    rec("2", "Säte", doc=D, kind="heading", label="2"),
    rec("2.1", "Styrelsen ska ha sitt säte i Åby kommun",
        [("Styrelsen", "styrelse", POL)], [SKA, HA],
        [st("styrelse", "Styrelsen", "obligation", "ska", "ha", "ha",
            "sitt säte i Åby kommun")], doc=D, parent="2"),
    rec("3", "Verksamhet", doc=D, kind="heading", label="3"),
    rec("3.1", SJO_3, [("Bolaget", SJ, ORG), ("Åby kommun", "åby kommun", ORG),
                       ("Bolaget", SJ, ORG, 1)],
        [SKA, ("sköta", "sköta", "inf", "act"), ("ska", "skola", "pres", "act", 1),
         ("bedriva", "bedriva", "inf", "act")],
        [st(SJ, "Bolaget", "obligation", "ska", "sköta", "sköta", "dricksvattnet i Åby kommun"),
         st(SJ, "Bolaget", "obligation", "ska", "bedriva", "bedriva",
            "rådgivning om avlopp")], doc=D, parent="3"),
    rec("p2", SJO_2,
        [("Sjövatten ABs", SJ, ORG), ("bolagsstämma", "bolagsstämma", POL),
         ("Revisor", "revisor", FTV), ("Bolaget", SJ, ORG), ("revisor", "revisor", FTV)],
        [SKA, HA],
        [st(SJ, "Bolaget", "obligation", "ska", "ha", "ha", "en revisor")],
        doc=D, label="2"),
]

D = "w41-s-fjarrvarme"
FJV_TEXT = """1 Ekby Fjärrvärme AB Bolagsordning Sida 1 av 3 1 Firma Bolagets firma är Ekby \
Fjärrvärme AB. 2 Säte Styrelsen ska ha sitt säte i Ekby kommun.

2 Ekby Fjärrvärme AB Bolagsordning Sida 2 av 3 3 Verksamhet Bolaget ska leverera värme till \
fastigheter i Ekby.

3 Ekby Fjärrvärme AB Bolagsordning Sida 3 av 3 4 Styrelse Styrelsen ska bestå av fem ledamöter.
"""
EF = "ekby fjärrvärme ab"
FJV_LINES = [line[2:] for line in FJV_TEXT.split("\n") if line]
FJV = [
    rec("1", FJV_LINES[0],
        [("Ekby Fjärrvärme AB", EF, ORG), ("Bolagets", EF, ORG), ("Styrelsen", "styrelse", POL)],
        [("är", "vara", "pres", "act"), SKA, HA],
        [st("styrelse", "Styrelsen", "obligation", "ska", "ha", "ha",
            "sitt säte i Ekby kommun")], doc=D, label="1"),
    rec("2", FJV_LINES[1], [("Ekby Fjärrvärme AB", EF, ORG), ("Bolaget", EF, ORG)],
        [SKA, ("leverera", "leverera", "inf", "act")],
        [st(EF, "Bolaget", "obligation", "ska", "leverera", "leverera",
            "värme till fastigheter i Ekby")], doc=D, label="2"),
    rec("3", FJV_LINES[2],
        [("Ekby Fjärrvärme AB", EF, ORG), ("Styrelse", "styrelse", POL),
         ("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [SKA, ("bestå", "bestå", "inf", "act")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "bestå", "bestå",
            "av fem ledamöter")], doc=D, label="3"),
]

D = "w41-s-skoltrafik"
SKOL_TEXT = """Grundavtal för Fjällby skoltrafikförbund

1 § Uppgifter Förbundet ordnar skolskjuts för eleverna i medlemskommunerna. Därutöver kan \
förbundet erbjuda tjänster: 1. Färdtjänst för äldre. 2. Transport till sjukhus. 3. Resor för \
föreningar. Förbundet kan sälja tjänsterna till andra kommuner. Förbundet får anställa \
personal. 2 § Budget Direktionen ska upprätta en budget för varje år.
"""
FS = "fjällby skoltrafikförbund"
MK = "medlemskommun"
SKOL_ITEMS = ["Färdtjänst för äldre.", "Transport till sjukhus.", "Resor för föreningar."]


def offered(item):
    return st(FS, "förbundet", "permission", "kan", "erbjuda", "erbjuda", item.rstrip("."))


SKOL_LEAD = ("Förbundet ordnar skolskjuts för eleverna i medlemskommunerna. Därutöver kan "
             "förbundet erbjuda tjänster:")
SKOL_AFTER = ("Förbundet kan sälja tjänsterna till andra kommuner. Förbundet får anställa "
              "personal.")
SKOL = [
    rec("title", "Grundavtal för Fjällby skoltrafikförbund",
        [("Fjällby skoltrafikförbund", FS, ORG)], doc=D, kind="heading"),
    rec("§1", "Uppgifter", doc=D, kind="heading", label="1 §"),
    rec("§1.1", SKOL_LEAD,
        [("Förbundet", FS, ORG), ("medlemskommunerna", MK, ORG), ("förbundet", FS, ORG)],
        [("ordnar", "ordna", "pres", "act"), KAN, ("erbjuda", "erbjuda", "inf", "act")],
        [st(FS, "Förbundet", "none", None, "ordna", "ordnar",
            "skolskjuts för eleverna i medlemskommunerna")], doc=D, parent="§1"),
    *[rec(f"§1.1.{letter}", item, statements=[offered(item)], doc=D, kind="list_item",
          parent="§1.1", label=f"{number}.")
      for number, (letter, item) in enumerate(zip("abc", SKOL_ITEMS, strict=True), start=1)],
    rec("§1.2", SKOL_AFTER,
        [("Förbundet", FS, ORG), ("kommuner", "kommun", ORG), ("Förbundet", FS, ORG, 1),
         ("personal", "personal", TJP)],
        [KAN, ("sälja", "sälja", "inf", "act"), FAR, ("anställa", "anställa", "inf", "act")],
        [st(FS, "Förbundet", "permission", "kan", "sälja", "sälja",
            "tjänsterna till andra kommuner"),
         st(FS, "Förbundet", "permission", "får", "anställa", "anställa", "personal")],
        doc=D, parent="§1"),
    rec("§2", "Budget", doc=D, kind="heading", label="2 §"),
    rec("§2.1", "Direktionen ska upprätta en budget för varje år.",
        [("Direktionen", "direktion", POL)], [SKA, ("upprätta", "upprätta", "inf", "act")],
        [st("direktion", "Direktionen", "obligation", "ska", "upprätta", "upprätta",
            "en budget för varje år")], doc=D, parent="§2"),
]

D = "w41-s-ansokan"
ANS_TEXT = """Handläggning av ansökningar om bidrag

För alla bidrag under verksamhetsåret gäller följande: 1. Ansökan om bidrag lämnas \
skriftligt före den sista mars varje år. 2. Nämnden prövar ansökningarna. Nämnden får också \
begära komplettering av handlingarna.
"""
ANS = [
    rec("title", "Handläggning av ansökningar om bidrag", doc=D, kind="heading"),
    rec("1", "För alla bidrag under verksamhetsåret gäller följande:", [],
        [("gäller", "gälla", "pres", "act")], doc=D),
    rec("1.a", "Ansökan om bidrag lämnas skriftligt före den sista mars varje år.", [],
        [("lämnas", "lämna", "pres", "pass")], doc=D, kind="list_item", parent="1",
        label="1."),
    rec("1.b", "Nämnden prövar ansökningarna. Nämnden får också begära komplettering av "
        "handlingarna.",
        [("Nämnden", "nämnd", POL), ("Nämnden", "nämnd", POL, 1)],
        [("prövar", "pröva", "pres", "act"), FAR, ("begära", "begära", "inf", "act")],
        [st("nämnd", "Nämnden", "none", None, "pröva", "prövar", "ansökningarna"),
         st("nämnd", "Nämnden", "permission", "får", "begära", "begära",
            "komplettering av handlingarna")],
        doc=D, kind="list_item", parent="1", label="2."),
]

D = "w41-s-vastby"
VB_TEXT = """Förbundsordning för Västby kommunalförbund

1 § Namn Förbundets namn är Västby kommunalförbund. 2 § Förbundets uppgifter Västby \
kommunalförbund ska driva gymnasieskolor i regionen. 3 § Direktionen ska pröva ärenden om \
skolskjuts. 4 § Region Ekby ska utse en revisor. 5 § Tolkning och översättning Förbundet får \
anlita tolkar.
"""
VK = "västby kommunalförbund"
VB = [
    rec("title", "Förbundsordning för Västby kommunalförbund",
        [("Västby kommunalförbund", VK, ORG)], doc=D, kind="heading"),
    rec("§1", "Namn", doc=D, kind="heading", label="1 §"),
    rec("§1.1", "Förbundets namn är Västby kommunalförbund.", [("Förbundets", VK, ORG)],
        [("är", "vara", "pres", "act")], doc=D, parent="§1"),
    rec("§2", "Förbundets uppgifter", [("Förbundets", VK, ORG)], doc=D, kind="heading",
        label="2 §"),
    rec("§2.1", "Västby kommunalförbund ska driva gymnasieskolor i regionen.",
        [("Västby kommunalförbund", VK, ORG)], [SKA, ("driva", "driva", "inf", "act")],
        [st(VK, "Västby kommunalförbund", "obligation", "ska", "driva", "driva",
            "gymnasieskolor i regionen")], doc=D, parent="§2"),
    rec("§3", "Direktionen ska pröva ärenden om skolskjuts.",
        [("Direktionen", "direktion", POL)], [SKA, ("pröva", "pröva", "inf", "act")],
        [st("direktion", "Direktionen", "obligation", "ska", "pröva", "pröva",
            "ärenden om skolskjuts")], doc=D, label="3 §"),
    rec("§4", "Region Ekby ska utse en revisor.",
        [("Region Ekby", "region ekby", ORG), ("revisor", "revisor", FTV)],
        [SKA, ("utse", "utse", "inf", "act")],
        [st("region ekby", "Region Ekby", "obligation", "ska", "utse", "utse",
            "en revisor")], doc=D, label="4 §"),
    rec("§5", "Tolkning och översättning", doc=D, kind="heading", label="5 §"),
    rec("§5.1", "Förbundet får anlita tolkar.",
        [("Förbundet", VK, ORG), ("tolkar", "tolk", OVR)],
        [FAR, ("anlita", "anlita", "inf", "act")],
        [st(VK, "Förbundet", "permission", "får", "anlita", "anlita", "tolkar")],
        doc=D, parent="§5"),
]

D = "w41-s-seniorrad"
SEN_TEXT = """Arbetsordning för seniorrådet

Seniorrådet sammanträder fyra gånger om året.

Datum
11.2.2026
18.3.2026
22.4.2026

2.1.1 Kallelse
Kallelsen skickas ut en vecka före mötet.

Seniorrådet ska lämna en årsberättelse till kommunstyrelsen.
"""
SR = "seniorråd"
SEN = [
    rec("title", "Arbetsordning för seniorrådet", [("seniorrådet", SR, POL)], doc=D,
        kind="heading"),
    rec("1", "Seniorrådet sammanträder fyra gånger om året.", [("Seniorrådet", SR, POL)],
        [("sammanträder", "sammanträda", "pres", "act")],
        [st(SR, "Seniorrådet", "none", None, "sammanträda", "sammanträder",
            "fyra gånger om året")], doc=D),
    rec("2", "Datum 11.2.2026 18.3.2026 22.4.2026", doc=D),
    rec("2.1.1", "Kallelse", doc=D, kind="heading", label="2.1.1"),
    rec("2.1.1.1", "Kallelsen skickas ut en vecka före mötet.", [],
        [("skickas", "skicka", "pres", "pass")], doc=D, parent="2.1.1"),
    rec("2.1.1.2", "Seniorrådet ska lämna en årsberättelse till kommunstyrelsen.",
        [("Seniorrådet", SR, POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [SKA, ("lämna", "lämna", "inf", "act")],
        [st(SR, "Seniorrådet", "obligation", "ska", "lämna", "lämna",
            "en årsberättelse till kommunstyrelsen")], doc=D, parent="2.1.1"),
]

D = "w41-s-hamnbolag"
HAMN_TEXT = """Bolagsordning för Åby Hamn AB

Fastställd av kommunfullmäktige 2021 § 40.
Diarienummer KS 2021/118.
Organisationsnummer 559911-2233.

1 § Firma
Bolagets firma är Åby Hamn AB.

2 § Fakturor
Organisationsnumret ska anges på alla fakturor.
"""
AH = "åby hamn ab"
HAMN = [
    rec("title", "Bolagsordning för Åby Hamn AB", [("Åby Hamn AB", AH, ORG)], doc=D,
        kind="heading"),
    rec("m1", "Fastställd av kommunfullmäktige 2021 § 40. Diarienummer KS 2021/118. "
        "Organisationsnummer 559911-2233.",
        [("kommunfullmäktige", "kommunfullmäktige", POL)], doc=D),
    rec("§1", "Firma", doc=D, kind="heading", label="1 §"),
    rec("§1.1", "Bolagets firma är Åby Hamn AB.", [("Bolagets", AH, ORG)],
        [("är", "vara", "pres", "act")], doc=D, parent="§1"),
    rec("§2", "Fakturor", doc=D, kind="heading", label="2 §"),
    rec("§2.1", "Organisationsnumret ska anges på alla fakturor.", [],
        [SKA, ("anges", "ange", "inf", "pass")],
        [st(None, None, "obligation", "ska", "ange", "anges", "Organisationsnumret", passive=True)],
        doc=D, parent="§2"),
]

D = "w41-s-presidium"
PRES_TEXT = """Kulturnämnden i Ekby
Kulturnämnden ansvarar för biblioteken och museerna i staden.
Kulturnämnden har nio ledamöter.
Kulturnämnden sammanträder varje månad.
Kallelsen skickas ut en vecka före mötet.

Ordförande Karin Dahl
I viceordförande Olof Sund
II viceordförande Maja Berg

Kulturnämnden antar en verksamhetsplan.
Sekreterare Nils Ek
Kulturchefen bereder ärendena.
"""
KN = "kulturnämnd"
VO = "vice ordförande"
PRES = [
    rec("title", "Kulturnämnden i Ekby", [("Kulturnämnden", KN, POL)], doc=D, kind="heading"),
    rec("1", "Kulturnämnden ansvarar för biblioteken och museerna i staden.",
        [("Kulturnämnden", KN, POL)], [("ansvarar", "ansvara", "pres", "act")],
        [st(KN, "Kulturnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för biblioteken och museerna i staden")], doc=D),
    rec("2", "Kulturnämnden har nio ledamöter.",
        [("Kulturnämnden", KN, POL), ("ledamöter", "ledamot", FTV)], [("har", "ha", "pres", "act")],
        [st(KN, "Kulturnämnden", "none", None, "ha", "har", "nio ledamöter")], doc=D),
    rec("3", "Kulturnämnden sammanträder varje månad.", [("Kulturnämnden", KN, POL)],
        [("sammanträder", "sammanträda", "pres", "act")],
        [st(KN, "Kulturnämnden", "none", None, "sammanträda", "sammanträder",
            "varje månad")], doc=D),
    rec("4", "Kallelsen skickas ut en vecka före mötet.", [],
        [("skickas", "skicka", "pres", "pass")], doc=D),
    rec("5", "Ordförande Karin Dahl I viceordförande Olof Sund II viceordförande Maja Berg",
        [("Ordförande", "ordförande", FTV), ("viceordförande", VO, FTV),
         ("viceordförande", VO, FTV, 1)], doc=D),
    rec("6", "Kulturnämnden antar en verksamhetsplan.", [("Kulturnämnden", KN, POL)],
        [("antar", "anta", "pres", "act")],
        [st(KN, "Kulturnämnden", "none", None, "anta", "antar", "en verksamhetsplan")],
        doc=D),
    rec("7", "Sekreterare Nils Ek", [("Sekreterare", "sekreterare", TJP)], doc=D),
    rec("8", "Kulturchefen bereder ärendena.", [("Kulturchefen", "kulturchef", TJP)],
        [("bereder", "bereda", "pres", "act")],
        [st("kulturchef", "Kulturchefen", "none", None, "bereda", "bereder", "ärendena")], doc=D),
]

D = "w41-s-teknik"
TEK_TEXT = """Reglemente för tekniska nämnden i Västerby
2(4) Innehåll 1 UPPGIFTER... 3 1.1 Gator och vägar... 3 1.2 Parker... 3 2 ORGANISATION... 4 \
2.1 Sammansättning... 4 2.2 Val... 4 3 ARBETSFORMER... 4 3.1 Sammanträden... 4 3.2 Protokoll... 4
3(4) Reglemente för tekniska nämnden i Västerby 1 UPPGIFTER Nämnden ansvarar för gator, parker \
och vatten i kommunen. 1.1 Gator och vägar Nämnden ska sköta vägarna och broarna i tätorterna. \
1.2 Parker Nämnden ska planera parkerna och lekplatserna tillsammans med skolorna.
4(4) 2 ORGANISATION Nämnden består av sju ledamöter och sju ersättare. Kommunstyrelsen väljer \
nämndens ordförande. 3 ARBETSFORMER Nämnden sammanträder minst sex gånger per år. Sekreteraren \
ska föra protokoll vid sammanträdena.
"""
TN = "teknisk nämnd"
TEK_PAGES = [line[5:] for line in TEK_TEXT.split("\n")[1:4]]
TEK = [
    rec("title", "Reglemente för tekniska nämnden i Västerby",
        [("tekniska nämnden", TN, POL)], doc=D, kind="heading"),
    rec("2", TEK_PAGES[0], doc=D, label="2(4)"),
    rec("3", TEK_PAGES[1],
        [("tekniska nämnden", TN, POL), ("Nämnden", "nämnd", POL),
         ("Nämnden", "nämnd", POL, 1), ("Nämnden", "nämnd", POL, 2)],
        [("ansvarar", "ansvara", "pres", "act"), SKA, ("sköta", "sköta", "inf", "act"),
         ("ska", "skola", "pres", "act", 1), ("planera", "planera", "inf", "act")],
        [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för gator, parker och vatten i kommunen"),
         st("nämnd", "Nämnden", "obligation", "ska", "sköta", "sköta",
            "vägarna och broarna i tätorterna"),
         st("nämnd", "Nämnden", "obligation", "ska", "planera", "planera",
            "parkerna och lekplatserna tillsammans med skolorna")], doc=D, label="3(4)"),
    rec("4", TEK_PAGES[2],
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("Kommunstyrelsen", "kommunstyrelse", POL),
         ("nämndens ordförande", "nämndens ordförande", FTV), ("Nämnden", "nämnd", POL, 1),
         ("Sekreteraren", "sekreterare", TJP)],
        [("består", "bestå", "pres", "act"), ("väljer", "välja", "pres", "act"),
         ("sammanträder", "sammanträda", "pres", "act"), SKA, ("föra", "föra", "inf", "act")],
        [st("nämnd", "Nämnden", "none", None, "bestå", "består",
            "av sju ledamöter och sju ersättare"),
         st("kommunstyrelse", "Kommunstyrelsen", "none", None, "välja", "väljer",
            "nämndens ordförande"),
         st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder",
            "minst sex gånger per år"),
         st("sekreterare", "Sekreteraren", "obligation", "ska", "föra", "föra",
            "protokoll vid sammanträdena")], doc=D, label="4(4)"),
]

DOCUMENTS = {"w41-s-sjovatten": (SJO_TEXT, SJO), "w41-s-fjarrvarme": (FJV_TEXT, FJV),
             "w41-s-skoltrafik": (SKOL_TEXT, SKOL), "w41-s-ansokan": (ANS_TEXT, ANS),
             "w41-s-vastby": (VB_TEXT, VB), "w41-s-seniorrad": (SEN_TEXT, SEN),
             "w41-s-hamnbolag": (HAMN_TEXT, HAMN), "w41-s-presidium": (PRES_TEXT, PRES),
             "w41-s-teknik": (TEK_TEXT, TEK)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w41-s", DOCUMENTS)
