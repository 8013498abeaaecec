"""Builds corpus/dev/w47-y.jsonl and the documents corpus/dev/w47-y-*.txt with their gold: a
blind probe of round 47 (probe51, end-of-round transfer). Six invented web pages of
associations, a parish, a party, a professional association, a bostadsrättsförening and a
samordningsförbund, written as such pages arrive when copied or scraped, with their damage:
site chrome first (a skip link, menu items and a breadcrumb trail, a lone `Meny`), a bare
genre word or `Om oss`/`Organisation` as the first line, a breadcrumb alone, a logo's alt
text, an English translate notice, contact cards one field a line, `Senast uppdaterad`, share
rows, a cookie notice, a member list flattened into one line, the organisation named only by
its short form (`Klubben`, `Föreningen`, `Församlingen`, `Förbundet`) and a cut in the middle
of the last sentence. Gold by hand from docs/annotation.md §1, §2 and §5, committed before
any run; the writer never ran the extractor on these texts. Offsets computed.
Run: python corpus/make_w47_y.py corpus/dev"""

import sys

from records import (
    AR,
    BOR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
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

rec = records_for("w47-y")


def sup(word, lemma, nth=0):
    """A supine VERB tuple."""
    return (word, lemma, "sup", "act", nth)


# (a) A sports club's stadgar page: a skip link, menu items and a breadcrumb (chrome), the
# bare genre word as title, `§ N Rubrik` blocks, an agenda and a responsibility lead-in whose
# list markers were lost, a share row at the end. The club is only `Klubben`.
D = "w47-y-orientering"
ORI_TEXT = """Hoppa till innehåll
Hem
Träning
Klubben
Kontakt
Hem › Klubben › Stadgar

Stadgar

Här hittar du klubbens stadgar. De antogs på årsmötet 2019.

§ 1 Ändamål
Klubben har till ändamål att bedriva orientering och skidåkning för barn, ungdomar och vuxna.

§ 2 Medlemskap
Medlemskap i klubben beviljas av styrelsen när ansökan har kommit in. En medlem som inte \
har betalat avgiften på två år kan uteslutas av styrelsen.

§ 3 Årsmöte
Årsmötet hålls varje vår, före mars månads utgång. Kallelse till årsmötet ska skickas till \
medlemmarna senast tre veckor i förväg.

På årsmötet ska dessa ärenden behandlas:
Val av ordförande för mötet
Fastställande av medlemsavgift
Val av styrelse och revisorer

§ 4 Styrelse
Det är styrelsen som har hand om klubbens verksamhet mellan årsmötena. Styrelsen består av \
ordförande och fyra ledamöter.

Kassören ansvarar för:
medlemsregistret
klubbens bokföring

Skriv ut | Dela på Facebook | Tipsa en vän
"""
KL = "klubb"
ORI_2 = ("Medlemskap i klubben beviljas av styrelsen när ansökan har kommit in. En medlem som "
         "inte har betalat avgiften på två år kan uteslutas av styrelsen.")
ORI_3 = ("Årsmötet hålls varje vår, före mars månads utgång. Kallelse till årsmötet ska skickas "
         "till medlemmarna senast tre veckor i förväg.")
ORI_4 = ("Det är styrelsen som har hand om klubbens verksamhet mellan årsmötena. Styrelsen "
         "består av ordförande och fyra ledamöter.")
AGENDA = ["Val av ordförande för mötet", "Fastställande av medlemsavgift",
          "Val av styrelse och revisorer"]
AGENDA_ACTORS = [[("ordförande", "ordförande", FTV)], [],
                 [("styrelse", "styrelse", POL), ("revisorer", "revisor", FTV)]]


def agenda_item(letter, item, actors):
    return rec(f"§3.2.{letter}", item, actors,
               statements=[st(None, None, "obligation", "ska", "behandla", "behandlas", item,
                              passive=True)],
               kind="list_item", parent="§3.2", doc=D)


KASSOR_ITEMS = [("medlemsregistret", []), ("klubbens bokföring", [("klubbens", KL, ORG)])]
ORI = [
    rec("title", "Stadgar", kind="heading", doc=D),
    rec("1", "Här hittar du klubbens stadgar. De antogs på årsmötet 2019.",
        [("klubbens", KL, ORG), ("årsmötet", "årsmöte", OVR)],
        [pres("hittar", "hitta"), ("antogs", "anta", "past", "pass")], doc=D),
    rec("§1", "Ändamål", kind="heading", label="§ 1", doc=D),
    rec("§1.1", "Klubben har till ändamål att bedriva orientering och skidåkning för barn, "
        "ungdomar och vuxna.",
        [("Klubben", KL, ORG)], [HAR, inf("bedriva")],
        [st(KL, "Klubben", "obligation", "har till ändamål att", "bedriva", "bedriva",
            "orientering och skidåkning för barn, ungdomar och vuxna")],
        parent="§1", doc=D),
    rec("§2", "Medlemskap", kind="heading", label="§ 2", doc=D),
    rec("§2.1", ORI_2,
        [("klubben", KL, ORG), ("styrelsen", "styrelse", POL), ("medlem", "medlem", OVR),
         ("styrelsen", "styrelse", POL, 1)],
        [pres("beviljas", "bevilja", "pass"), HAR, sup("kommit", "komma"),
         ("har", "ha", "pres", "act", 1), sup("betalat", "betala"), KAN,
         inf("uteslutas", "utesluta", "pass")],
        [st("styrelse", "styrelsen", "none", None, "bevilja", "beviljas",
            "Medlemskap i klubben", passive=True, condition="när ansökan har kommit in"),
         st("styrelse", "styrelsen", "permission", "kan", "utesluta", "uteslutas",
            "En medlem som inte har betalat avgiften på två år", passive=True)],
        conditions=["när ansökan har kommit in"], parent="§2", doc=D),
    rec("§3", "Årsmöte", [("Årsmöte", "årsmöte", OVR)], kind="heading", label="§ 3", doc=D),
    rec("§3.1", ORI_3, [("Årsmötet", "årsmöte", OVR), ("medlemmarna", "medlem", OVR)],
        [pres("hålls", "hålla", "pass"), SKA, inf("skickas", "skicka", "pass")],
        [st("årsmöte", "Årsmötet", "none", None, "hålla", "hålls", None, passive=True),
         st(None, None, "obligation", "ska", "skicka", "skickas", "Kallelse till årsmötet",
            passive=True)],
        parent="§3", doc=D),
    rec("§3.2", "På årsmötet ska dessa ärenden behandlas:", [("årsmötet", "årsmöte", OVR)],
        [SKA, inf("behandlas", "behandla", "pass")], parent="§3", doc=D),
    *[agenda_item(letter, item, actors)
      for letter, item, actors in zip("abc", AGENDA, AGENDA_ACTORS, strict=True)],
    rec("§4", "Styrelse", [("Styrelse", "styrelse", POL)], kind="heading", label="§ 4", doc=D),
    rec("§4.1", ORI_4,
        [("styrelsen", "styrelse", POL), ("klubbens", KL, ORG), ("Styrelsen", "styrelse", POL),
         ("ordförande", "ordförande", FTV), ("ledamöter", "ledamot", FTV)],
        [AR, HAR, pres("består", "bestå")],
        [st("styrelse", "styrelsen", "none", None, "ha", "har",
            "hand om klubbens verksamhet mellan årsmötena"),
         st("styrelse", "Styrelsen", "none", None, "bestå", "består",
            "av ordförande och fyra ledamöter")],
        parent="§4", doc=D),
    rec("§4.2", "Kassören ansvarar för:", [("Kassören", "kassör", FTV)],
        [pres("ansvarar", "ansvara")], parent="§4", doc=D),
    *[rec(f"§4.2.{letter}", item, actors,
          statements=[st("kassör", "Kassören", "responsibility", "ansvarar för", "ansvara",
                         "ansvarar", item)],
          kind="list_item", parent="§4.2", doc=D)
      for letter, (item, actors) in zip("ab", KASSOR_ITEMS, strict=True)],
]


# (b) A parish's page on its kyrkoråd and församlingsinstruktion: a lone `Meny`, the bare word
# `Organisation`, an English translate notice, one clause a line, a task lead-in whose list
# markers were lost, two contact cards one field a line and an update line.
D = "w47-y-forsamling"
FOR_TEXT = """Meny
Organisation
This page can be read in other languages through automatic translation.
Kyrkorådet och församlingsinstruktionen
Församlingen leds av kyrkorådet, som väljs av kyrkofullmäktige för fyra år i taget.
Kyrkorådet har nio ledamöter och kyrkoherden ingår som självskriven ledamot.
Kyrkorådet ska ha hand om församlingens fastigheter och ekonomi.
Det är kyrkorådet som anställer personal, men kyrkoherden leder arbetet i församlingen.
Kyrkorådet sammanträder ungefär en gång i månaden. Protokollen justeras av kyrkorådets \
ordförande och en ledamot.
Församlingsinstruktionen beskriver hur församlingen ska fullgöra sin grundläggande uppgift.
Instruktionen fastställs av domkapitlet efter förslag från kyrkorådet.
I kyrkorådets uppgifter ingår att:
bereda ärenden till kyrkofullmäktige
verkställa fullmäktiges beslut
Du är välkommen att lyssna när kyrkofullmäktige sammanträder.
Kontakt
Anna Berglund
Kyrkoherde
Telefon: 0512-334 10
E-post: anna.berglund@exempel.se
Per Sjöholm
Ordförande i kyrkorådet
Telefon: 070-112 23 34
Senast uppdaterad: 2026-09-30
"""
KR = "kyrkoråd"
KF = "kyrkofullmäktige"
FS = "församling"
KH = "kyrkoherde"
UPPG = "I uppgifter ingår att"
FOR = [
    rec("title", "Organisation", kind="heading", doc=D),
    rec("1", "This page can be read in other languages through automatic translation.",
        doc=D),
    rec("h1", "Kyrkorådet och församlingsinstruktionen", [("Kyrkorådet", KR, POL)],
        kind="heading", doc=D),
    rec("2", "Församlingen leds av kyrkorådet, som väljs av kyrkofullmäktige för fyra år i "
        "taget.",
        [("Församlingen", FS, ORG), ("kyrkorådet", KR, POL), ("kyrkofullmäktige", KF, POL)],
        [pres("leds", "leda", "pass"), pres("väljs", "välja", "pass")],
        [st(KR, "kyrkorådet", "none", None, "leda", "leds", "Församlingen", passive=True)],
        parent="h1", doc=D),
    rec("3", "Kyrkorådet har nio ledamöter och kyrkoherden ingår som självskriven ledamot.",
        [("Kyrkorådet", KR, POL), ("ledamöter", "ledamot", FTV), ("kyrkoherden", KH, TJP)],
        [HAR, pres("ingår", "ingå")],
        [st(KR, "Kyrkorådet", "none", None, "ha", "har", "nio ledamöter"),
         st(KH, "kyrkoherden", "none", None, "ingå", "ingår", "som självskriven ledamot")],
        parent="h1", doc=D),
    rec("4", "Kyrkorådet ska ha hand om församlingens fastigheter och ekonomi.",
        [("Kyrkorådet", KR, POL), ("församlingens", FS, ORG)], [SKA, inf("ha")],
        [st(KR, "Kyrkorådet", "obligation", "ska", "ha", "ha",
            "hand om församlingens fastigheter och ekonomi")],
        parent="h1", doc=D),
    rec("5", "Det är kyrkorådet som anställer personal, men kyrkoherden leder arbetet i "
        "församlingen.",
        [("kyrkorådet", KR, POL), ("personal", "personal", TJP), ("kyrkoherden", KH, TJP),
         ("församlingen", FS, ORG)],
        [AR, pres("anställer", "anställa"), pres("leder", "leda")],
        [st(KR, "kyrkorådet", "none", None, "anställa", "anställer", "personal"),
         st(KH, "kyrkoherden", "none", None, "leda", "leder", "arbetet i församlingen")],
        parent="h1", doc=D),
    rec("6", "Kyrkorådet sammanträder ungefär en gång i månaden. Protokollen justeras av "
        "kyrkorådets ordförande och en ledamot.",
        [("Kyrkorådet", KR, POL), ("kyrkorådets ordförande", "kyrkorådets ordförande", FTV),
         ("ledamot", "ledamot", FTV)],
        [pres("sammanträder", "sammanträda"), pres("justeras", "justera", "pass")],
        [st(KR, "Kyrkorådet", "none", None, "sammanträda", "sammanträder",
            "ungefär en gång i månaden"),
         st("kyrkorådets ordförande", "kyrkorådets ordförande", "none", None, "justera",
            "justeras", "Protokollen", passive=True),
         st("ledamot", "ledamot", "none", None, "justera", "justeras", "Protokollen",
            passive=True)],
        parent="h1", doc=D),
    rec("7", "Församlingsinstruktionen beskriver hur församlingen ska fullgöra sin "
        "grundläggande uppgift.",
        [("församlingen", FS, ORG)], [pres("beskriver", "beskriva"), SKA, inf("fullgöra")],
        parent="h1", doc=D),
    rec("8", "Instruktionen fastställs av domkapitlet efter förslag från kyrkorådet.",
        [("domkapitlet", "domkapitel", POL), ("kyrkorådet", KR, POL)],
        [pres("fastställs", "fastställa", "pass")],
        [st("domkapitel", "domkapitlet", "none", None, "fastställa", "fastställs",
            "Instruktionen", passive=True)],
        parent="h1", doc=D),
    rec("9", "I kyrkorådets uppgifter ingår att:", [("kyrkorådets", KR, POL)],
        [pres("ingår", "ingå")], parent="h1", doc=D),
    rec("9.a", "bereda ärenden till kyrkofullmäktige", [("kyrkofullmäktige", KF, POL)],
        [inf("bereda")],
        [st(KR, "kyrkorådets", "obligation", UPPG, "bereda", "bereda",
            "ärenden till kyrkofullmäktige")],
        kind="list_item", parent="9", doc=D),
    rec("9.b", "verkställa fullmäktiges beslut", [("fullmäktiges", "fullmäktige", POL)],
        [inf("verkställa")],
        [st(KR, "kyrkorådets", "obligation", UPPG, "verkställa", "verkställa",
            "fullmäktiges beslut")],
        kind="list_item", parent="9", doc=D),
    rec("10", "Du är välkommen att lyssna när kyrkofullmäktige sammanträder.",
        [("kyrkofullmäktige", KF, POL)],
        [AR, inf("lyssna"), pres("sammanträder", "sammanträda")],
        conditions=["när kyrkofullmäktige sammanträder"], parent="h1", doc=D),
    rec("h2", "Kontakt", kind="heading", doc=D),
    rec("m1", "Anna Berglund Kyrkoherde Telefon: 0512-334 10 E-post: "
        "anna.berglund@exempel.se", [("Kyrkoherde", KH, TJP)], parent="h2", doc=D),
    rec("m2", "Per Sjöholm Ordförande i kyrkorådet Telefon: 070-112 23 34",
        [("Ordförande", "kyrkorådets ordförande", FTV), ("kyrkorådet", KR, POL)],
        parent="h2", doc=D),
    rec("m3", "Senast uppdaterad: 2026-09-30", parent="h2", doc=D),
]


# (c) A local party association's stadgar: a breadcrumb trail alone as the first line (no
# skip link, so no proof of chrome: the title), the genre word in capitals, an adoption line,
# `§ N.` labels (one glued to its heading), blank-line blocks whose sentence lines under a
# `§` heading make one paragraph, and a last sentence cut in the middle.
D = "w47-y-partiforening"
PAR_TEXT = """Start / Om oss / Stadgar

STADGAR

Antagna vid årsmötet den 12 mars 2022.

§ 1. Namn och uppgift
Föreningen är partiets lokala förening i Åsby kommun. Föreningen ska arbeta för partiets \
program och värva nya medlemmar.

§ 2.Medlemmar
Som medlem räknas den som har betalat medlemsavgift till partiet och bor i kommunen.

§ 3. Årsmöte
Årsmötet är partiföreningens högsta beslutande organ och hålls varje år före april månads \
utgång.
Kallelse sänds ut av styrelsen senast fyra veckor före årsmötet.
Varje medlem får lämna motioner till årsmötet.

§ 4. Styrelse
I styrelsen ingår ordförande, kassör och tre ledamöter, som väljs av årsmötet för ett år.
Styrelsen leder föreningens arbete mellan årsmötena och ansvarar för föreningens ekonomi.
Ordföranden är föreningens talesperson. Föreningens firma tecknas av ordföranden och \
kassören var för sig.

§ 5. Revision
Föreningens räkenskaper granskas av två revisorer som årsmötet utser.

§ 6. Upplösning
Beslut om att upplösa föreningen ska fattas av två årsmöten i följd, varav
"""
FO = "förening"
PA = "parti"
PAR_1 = ("Föreningen är partiets lokala förening i Åsby kommun. Föreningen ska arbeta för "
         "partiets program och värva nya medlemmar.")
PAR_3 = ("Årsmötet är partiföreningens högsta beslutande organ och hålls varje år före april "
         "månads utgång. Kallelse sänds ut av styrelsen senast fyra veckor före årsmötet. Varje "
         "medlem får lämna motioner till årsmötet.")
PAR_4 = ("I styrelsen ingår ordförande, kassör och tre ledamöter, som väljs av årsmötet för "
         "ett år. Styrelsen leder föreningens arbete mellan årsmötena och ansvarar för "
         "föreningens ekonomi. Ordföranden är föreningens talesperson. Föreningens firma "
         "tecknas av ordföranden och kassören var för sig.")
PAR_6 = "Beslut om att upplösa föreningen ska fattas av två årsmöten i följd, varav"
PAR = [
    rec("title", "Start / Om oss / Stadgar", kind="heading", doc=D),
    rec("h1", "STADGAR", kind="heading", doc=D),
    rec("m1", "Antagna vid årsmötet den 12 mars 2022.", [("årsmötet", "årsmöte", OVR)],
        parent="h1", doc=D),
    rec("§1", "Namn och uppgift", kind="heading", label="§ 1.", doc=D),
    rec("§1.1", PAR_1,
        [("Föreningen", FO, ORG), ("partiets", PA, POL), ("Åsby kommun", "åsby kommun", ORG),
         ("Föreningen", FO, ORG, 1), ("partiets", PA, POL, 1), ("medlemmar", "medlem", OVR)],
        [AR, SKA, inf("arbeta"), inf("värva")],
        [st(FO, "Föreningen", "none", None, "vara", "är",
            "partiets lokala förening i Åsby kommun"),
         st(FO, "Föreningen", "obligation", "ska", "arbeta", "arbeta", "för partiets program"),
         st(FO, "Föreningen", "obligation", "ska", "värva", "värva", "nya medlemmar")],
        parent="§1", doc=D),
    rec("§2", "Medlemmar", [("Medlemmar", "medlem", OVR)], kind="heading", label="§ 2.",
        doc=D),
    rec("§2.1", "Som medlem räknas den som har betalat medlemsavgift till partiet och bor i "
        "kommunen.",
        [("partiet", PA, POL)],
        [pres("räknas", "räkna", "pass"), HAR, sup("betalat", "betala"), pres("bor", "bo")],
        parent="§2", doc=D),
    rec("§3", "Årsmöte", [("Årsmöte", "årsmöte", OVR)], kind="heading", label="§ 3.", doc=D),
    rec("§3.1", PAR_3,
        [("Årsmötet", "årsmöte", OVR), ("partiföreningens", "partiförening", ORG),
         ("styrelsen", "styrelse", POL),
         ("medlem", "medlem", OVR), ("årsmötet", "årsmöte", OVR, 1)],
        [AR, pres("hålls", "hålla", "pass"), pres("sänds", "sända", "pass"), FAR,
         inf("lämna")],
        [st("årsmöte", "Årsmötet", "none", None, "vara", "är",
            "partiföreningens högsta beslutande organ"),
         st("årsmöte", "Årsmötet", "none", None, "hålla", "hålls", None, passive=True),
         st("styrelse", "styrelsen", "none", None, "sända", "sänds", "Kallelse", passive=True),
         st("medlem", "medlem", "permission", "får", "lämna", "lämna",
            "motioner till årsmötet")],
        parent="§3", doc=D),
    rec("§4", "Styrelse", [("Styrelse", "styrelse", POL)], kind="heading", label="§ 4.",
        doc=D),
    rec("§4.1", PAR_4,
        [("styrelsen", "styrelse", POL), ("ordförande", "ordförande", FTV),
         ("kassör", "kassör", FTV), ("ledamöter", "ledamot", FTV),
         ("årsmötet", "årsmöte", OVR), ("Styrelsen", "styrelse", POL),
         ("föreningens", FO, ORG), ("föreningens", FO, ORG, 1),
         ("Ordföranden", "ordförande", FTV), ("föreningens", FO, ORG, 2),
         ("Föreningens", FO, ORG), ("ordföranden", "ordförande", FTV),
         ("kassören", "kassör", FTV)],
        [pres("ingår", "ingå"), pres("väljs", "välja", "pass"), pres("leder", "leda"),
         pres("ansvarar", "ansvara"), AR, pres("tecknas", "teckna", "pass")],
        [st("ordförande", "ordförande", "none", None, "ingå", "ingår", None),
         st("kassör", "kassör", "none", None, "ingå", "ingår", None),
         st("ledamot", "ledamöter", "none", None, "ingå", "ingår", None),
         st("styrelse", "Styrelsen", "none", None, "leda", "leder",
            "föreningens arbete mellan årsmötena"),
         st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för föreningens ekonomi"),
         st("ordförande", "Ordföranden", "none", None, "vara", "är",
            "föreningens talesperson"),
         st("ordförande", "ordföranden", "none", None, "teckna", "tecknas",
            "Föreningens firma", passive=True),
         st("kassör", "kassören", "none", None, "teckna", "tecknas", "Föreningens firma",
            passive=True)],
        parent="§4", doc=D),
    rec("§5", "Revision", kind="heading", label="§ 5.", doc=D),
    rec("§5.1", "Föreningens räkenskaper granskas av två revisorer som årsmötet utser.",
        [("Föreningens", FO, ORG), ("revisorer", "revisor", FTV), ("årsmötet", "årsmöte", OVR)],
        [pres("granskas", "granska", "pass"), pres("utser", "utse")],
        [st("revisor", "revisorer", "none", None, "granska", "granskas",
            "Föreningens räkenskaper", passive=True)],
        parent="§5", doc=D),
    rec("§6", "Upplösning", kind="heading", label="§ 6.", doc=D),
    rec("§6.1", PAR_6,
        [("föreningen", FO, ORG), ("årsmöten", "årsmöte", OVR)],
        [inf("upplösa"), SKA, inf("fattas", "fatta", "pass")],
        [st("årsmöte", "årsmöten", "obligation", "ska", "fatta", "fattas",
            "Beslut om att upplösa föreningen", passive=True)],
        parent="§6", doc=D),
]


# (d) A professional association's page on its stämma and styrelse: `Om oss` first, `vi`- and
# `du`-sentences, a `ska:` lead-in whose items end in `,`/`.` without markers, a member list
# flattened into one line of `Roll: Namn` fields, an update line without colon, a share row.
D = "w47-y-arkivforbund"
ARK_TEXT = """Om oss
Stämma och styrelse
Vi är ett förbund för alla som arbetar med arkiv och dokumenthantering.
Förbundsstämman är vårt högsta beslutande organ och hålls vartannat år.
Varje lokalavdelning får skicka två ombud till stämman.
Stämman väljer förbundsstyrelse, revisorer och valberedning.
Förbundsstyrelsen leder förbundet mellan stämmorna.
Styrelsen ska:
verkställa stämmans beslut,
fastställa budget för varje verksamhetsår,
anställa kanslichef.
Kanslichefen har hand om det dagliga arbetet på kansliet och föredrar ärendena i styrelsen.
Förbundsstyrelsen 2026–2028
Ordförande: Karin Holmgren Vice ordförande: Jonas Ek Kassör: Lisa Wiklund
Vill du veta mer om hur förbundet styrs kan du läsa stadgarna här.
Senast uppdaterad 2026-05-11
Dela sidan: Facebook LinkedIn E-post
"""
FST = "förbundsstyrelse"
STYR_ITEMS = [("verkställa stämmans beslut,", "verkställa", "stämmans beslut",
               [("stämmans", "stämma", POL)]),
              ("fastställa budget för varje verksamhetsår,", "fastställa",
               "budget för varje verksamhetsår", []),
              ("anställa kanslichef.", "anställa", "kanslichef",
               [("kanslichef", "kanslichef", TJP)])]
ARK = [
    rec("title", "Om oss", kind="heading", doc=D),
    rec("h1", "Stämma och styrelse", [("Stämma", "stämma", POL), ("styrelse", "styrelse", POL)],
        kind="heading", doc=D),
    rec("1", "Vi är ett förbund för alla som arbetar med arkiv och dokumenthantering.", [],
        [AR, pres("arbetar", "arbeta")], parent="h1", doc=D),
    rec("2", "Förbundsstämman är vårt högsta beslutande organ och hålls vartannat år.",
        [("Förbundsstämman", "förbundsstämma", POL)], [AR, pres("hålls", "hålla", "pass")],
        [st("förbundsstämma", "Förbundsstämman", "none", None, "vara", "är",
            "vårt högsta beslutande organ"),
         st("förbundsstämma", "Förbundsstämman", "none", None, "hålla", "hålls", None,
            passive=True)],
        parent="h1", doc=D),
    rec("3", "Varje lokalavdelning får skicka två ombud till stämman.",
        [("lokalavdelning", "lokalavdelning", FORV), ("ombud", "ombud", TJP),
         ("stämman", "stämma", POL)],
        [FAR, inf("skicka")],
        [st("lokalavdelning", "lokalavdelning", "permission", "får", "skicka", "skicka",
            "två ombud till stämman")],
        parent="h1", doc=D),
    rec("4", "Stämman väljer förbundsstyrelse, revisorer och valberedning.",
        [("Stämman", "stämma", POL), ("förbundsstyrelse", FST, POL),
         ("revisorer", "revisor", FTV), ("valberedning", "valberedning", POL)],
        [pres("väljer", "välja")],
        [st("stämma", "Stämman", "none", None, "välja", "väljer",
            "förbundsstyrelse, revisorer och valberedning")],
        parent="h1", doc=D),
    rec("5", "Förbundsstyrelsen leder förbundet mellan stämmorna.",
        [("Förbundsstyrelsen", FST, POL), ("förbundet", "förbund", ORG)], [pres("leder", "leda")],
        [st(FST, "Förbundsstyrelsen", "none", None, "leda", "leder",
            "förbundet mellan stämmorna")],
        parent="h1", doc=D),
    rec("6", "Styrelsen ska:", [("Styrelsen", FST, POL)], [SKA], parent="h1", doc=D),
    *[rec(f"6.{letter}", item, actors, [inf(verb)],
          [st(FST, "Styrelsen", "obligation", "ska", verb, verb, obj)],
          kind="list_item", parent="6", doc=D)
      for letter, (item, verb, obj, actors) in zip("abc", STYR_ITEMS, strict=True)],
    rec("7", "Kanslichefen har hand om det dagliga arbetet på kansliet och föredrar ärendena i "
        "styrelsen.",
        [("Kanslichefen", "kanslichef", TJP), ("kansliet", "kansli", FORV),
         ("styrelsen", FST, POL)],
        [HAR, pres("föredrar", "föredra")],
        [st("kanslichef", "Kanslichefen", "none", None, "ha", "har",
            "hand om det dagliga arbetet på kansliet"),
         st("kanslichef", "Kanslichefen", "none", None, "föredra", "föredrar",
            "ärendena i styrelsen")],
        parent="h1", doc=D),
    rec("h2", "Förbundsstyrelsen 2026–2028", [("Förbundsstyrelsen", FST, POL)],
        kind="heading", doc=D),
    rec("m1", "Ordförande: Karin Holmgren Vice ordförande: Jonas Ek Kassör: Lisa Wiklund",
        [("Ordförande", "ordförande", FTV), ("Vice ordförande", "vice ordförande", FTV),
         ("Kassör", "kassör", FTV)], parent="h2", doc=D),
    rec("8", "Vill du veta mer om hur förbundet styrs kan du läsa stadgarna här.",
        [("förbundet", "förbund", ORG)],
        [pres("Vill", "vilja"), inf("veta"), pres("styrs", "styra", "pass"), KAN, inf("läsa")],
        conditions=["Vill du veta mer om hur förbundet styrs"], parent="h2", doc=D),
    rec("m2", "Senast uppdaterad 2026-05-11", parent="h2", doc=D),
]


# (e) A bostadsrättsförening's page on föreningsstämma, styrelse and förvaltning: chrome
# first, blank-line blocks under short headings, `Där har …` after a sentence, a
# `har till uppgift att:` lead-in at the end of a sentence line, its items without markers,
# a contact card under `Kontakta oss` and a cookie notice with its button at the end.
D = "w47-y-brf"
BRF_TEXT = """Hoppa till innehåll
Start
Boende
Föreningen
Kontakt
Start › Föreningen › Stämma och styrelse

Stämma och styrelse

Föreningsstämman

Föreningsstämman är det högsta beslutande organet i föreningen. Där har varje medlem en \
röst, oavsett hur stor lägenhet man har.

Ordinarie stämma ska hållas senast i maj varje år. Styrelsen skickar ut kallelse genom anslag \
i trapphusen och via e-post.

Motioner ska lämnas till styrelsen senast den 1 mars.

Styrelsen

Styrelsen har fem ledamöter och två suppleanter som väljs av stämman. Styrelsen har \
bland annat till uppgift att:
förvalta föreningens fastigheter
upprätta årsredovisning
besluta om andrahandsuthyrning

Förvaltning

Den ekonomiska förvaltningen sköts av Ekhagens Fastighetsservice AB. Felanmälan görs direkt \
till förvaltaren.

Du som är medlem behöver inte kontakta styrelsen vid fel i lägenheten.

Kontakta oss
Styrelsens ordförande
Magnus Öberg
Tfn 073-555 12 90
styrelsen@brfexempel.se

Vi använder cookies för att webbplatsen ska fungera.
Godkänn alla cookies
"""
FSS = "föreningsstämma"
EF = "ekhagens fastighetsservice ab"
BRF_1 = ("Föreningsstämman är det högsta beslutande organet i föreningen. Där har varje medlem "
         "en röst, oavsett hur stor lägenhet man har.")
BRF_2 = ("Ordinarie stämma ska hållas senast i maj varje år. Styrelsen skickar ut kallelse "
         "genom anslag i trapphusen och via e-post.")
BRF_4 = ("Styrelsen har fem ledamöter och två suppleanter som väljs av stämman. "
         "Styrelsen har bland annat till uppgift att:")
BRF_5 = ("Den ekonomiska förvaltningen sköts av Ekhagens Fastighetsservice AB. Felanmälan görs "
         "direkt till förvaltaren.")
UPPGIFT = "har till uppgift att"
BRF_ITEMS = [("förvalta föreningens fastigheter", "förvalta", "föreningens fastigheter",
              [("föreningens", FO, ORG)]),
             ("upprätta årsredovisning", "upprätta", "årsredovisning", []),
             ("besluta om andrahandsuthyrning", "besluta", "om andrahandsuthyrning", [])]
BRF = [
    rec("title", "Stämma och styrelse", [("Stämma", "stämma", POL), ("styrelse", "styrelse", POL)],
        kind="heading", doc=D),
    rec("h1", "Föreningsstämman", [("Föreningsstämman", FSS, POL)], kind="heading", doc=D),
    rec("1", BRF_1,
        [("Föreningsstämman", FSS, POL), ("föreningen", FO, ORG), ("medlem", "medlem", OVR)],
        [AR, HAR, ("har", "ha", "pres", "act", 1)],
        [st(FSS, "Föreningsstämman", "none", None, "vara", "är",
            "det högsta beslutande organet i föreningen"),
         st("medlem", "medlem", "none", None, "ha", "har", "en röst")],
        parent="h1", doc=D),
    rec("2", BRF_2, [("stämma", "stämma", POL), ("Styrelsen", "styrelse", POL)],
        [SKA, inf("hållas", "hålla", "pass"), pres("skickar", "skicka")],
        [st("stämma", "stämma", "obligation", "ska", "hålla", "hållas", None, passive=True),
         st("styrelse", "Styrelsen", "none", None, "skicka", "skickar",
            "kallelse genom anslag i trapphusen och via e-post")],
        parent="h1", doc=D),
    rec("3", "Motioner ska lämnas till styrelsen senast den 1 mars.",
        [("styrelsen", "styrelse", POL)], [SKA, inf("lämnas", "lämna", "pass")],
        [st(None, None, "obligation", "ska", "lämna", "lämnas", "Motioner", passive=True)],
        parent="h1", doc=D),
    rec("h2", "Styrelsen", [("Styrelsen", "styrelse", POL)], kind="heading", doc=D),
    rec("4", BRF_4,
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("suppleanter", "suppleant", FTV), ("stämman", "stämma", POL),
         ("Styrelsen", "styrelse", POL, 1)],
        [HAR, pres("väljs", "välja", "pass"), ("har", "ha", "pres", "act", 1)],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har",
            "fem ledamöter och två suppleanter som väljs av stämman")],
        parent="h2", doc=D),
    *[rec(f"4.{letter}", item, actors, [inf(verb)],
          [st("styrelse", "Styrelsen", "obligation", UPPGIFT, verb, verb, obj)],
          kind="list_item", parent="4", doc=D)
      for letter, (item, verb, obj, actors) in zip("abc", BRF_ITEMS, strict=True)],
    rec("h3", "Förvaltning", kind="heading", doc=D),
    rec("5", BRF_5,
        [("Ekhagens Fastighetsservice AB", EF, EXT), ("förvaltaren", "förvaltare", EXT)],
        [pres("sköts", "sköta", "pass"), pres("görs", "göra", "pass")],
        [st(EF, "Ekhagens Fastighetsservice AB", "none", None, "sköta", "sköts",
            "Den ekonomiska förvaltningen", passive=True)],
        parent="h3", doc=D),
    rec("6", "Du som är medlem behöver inte kontakta styrelsen vid fel i lägenheten.",
        [("styrelsen", "styrelse", POL)], [AR, pres("behöver", "behöva"), inf("kontakta")],
        parent="h3", doc=D),
    rec("h4", "Kontakta oss", kind="heading", doc=D),
    rec("m1", "Styrelsens ordförande Magnus Öberg Tfn 073-555 12 90 styrelsen@brfexempel.se",
        [("Styrelsens ordförande", "styrelsens ordförande", FTV)], parent="h4", doc=D),
]


# (f) A samordningsförbund's organisation page: a logo's alt text as the first line, the
# bare word `Organisation`, a fronted plural `Medlemmar i förbundet är …`, `styrs av en
# styrelse`, `utses av`, a `har till uppgift att:` lead-in over an infinitive, an `att`-item
# and a noun-phrase item, a cleft, an `ansvarar för:` lead-in over a noun-phrase and an
# `att`-clause item, `bör` and a collective `träffas`, a contact card, update and share lines.
D = "w47-y-samordning"
SAM_TEXT = """Logotyp Samordningsförbundet Norrådalen
Organisation
Samordningsförbundet Norrådalen är ett samordningsförbund som bildades 2008.
Medlemmar i förbundet är kommunerna Åby, Björke och Lindås, Region Norrådalen, \
Försäkringskassan samt Arbetsförmedlingen.
Förbundet styrs av en styrelse där varje medlem har en ordinarie ledamot och en ersättare.
Ledamöterna utses av respektive medlem för fyra år.
Styrelsen har till uppgift att:
besluta om mål och budget för förbundets verksamhet,
att följa upp de insatser som finansieras,
samverkan med andra förbund i länet.
Det är förbundschefen som leder kansliet och verkställer styrelsens beslut.
Förbundschefen ansvarar för:
personalen på kansliet
att ansökningar om medel bereds
Beredningsgruppen består av tjänstepersoner från medlemmarna och bör träffas minst sex gånger \
per år.
Gruppen kan föreslå nya insatser för styrelsen.
Revisionen av förbundets räkenskaper görs av en auktoriserad revisor.
Kontakt
Förbundschef
Helena Strand
Mobil: 072-400 10 20
Senast uppdaterad: 2026-10-02
Skriv ut | Tipsa en vän | Lyssna
"""
SN = "samordningsförbundet norrådalen"
FC = "förbundschef"
BG = "beredningsgrupp"
SAM_1 = "Samordningsförbundet Norrådalen är ett samordningsförbund som bildades 2008."
SAM_2 = ("Medlemmar i förbundet är kommunerna Åby, Björke och Lindås, Region Norrådalen, "
         "Försäkringskassan samt Arbetsförmedlingen.")
SAM_7 = ("Beredningsgruppen består av tjänstepersoner från medlemmarna och bör träffas minst "
         "sex gånger per år.")
SAM = [
    rec("title", "Logotyp Samordningsförbundet Norrådalen",
        [("Samordningsförbundet Norrådalen", SN, ORG)], kind="heading", doc=D),
    rec("h1", "Organisation", kind="heading", doc=D),
    rec("1", SAM_1, [("Samordningsförbundet Norrådalen", SN, ORG)],
        [AR, ("bildades", "bilda", "past", "pass")],
        [st(SN, "Samordningsförbundet Norrådalen", "none", None, "vara", "är",
            "ett samordningsförbund som bildades 2008")],
        parent="h1", doc=D),
    rec("2", SAM_2,
        [("Medlemmar", "medlem", OVR), ("förbundet", SN, ORG),
         ("Försäkringskassan", "försäkringskassan", EXT),
         ("Arbetsförmedlingen", "arbetsförmedlingen", EXT),
         ("Region Norrådalen", "region norrådalen", ORG), ("kommunerna", "kommun", ORG)],
        [AR],
        [st("medlem", "Medlemmar", "none", None, "vara", "är",
            "kommunerna Åby, Björke och Lindås, Region Norrådalen, Försäkringskassan samt "
            "Arbetsförmedlingen")],
        parent="h1", doc=D),
    rec("3", "Förbundet styrs av en styrelse där varje medlem har en ordinarie ledamot och en "
        "ersättare.",
        [("Förbundet", SN, ORG), ("styrelse", "styrelse", POL), ("medlem", "medlem", OVR),
         ("ledamot", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
        [pres("styrs", "styra", "pass"), HAR],
        [st("styrelse", "styrelse", "none", None, "styra", "styrs", "Förbundet", passive=True)],
        parent="h1", doc=D),
    rec("4", "Ledamöterna utses av respektive medlem för fyra år.",
        [("Ledamöterna", "ledamot", FTV), ("medlem", "medlem", OVR)],
        [pres("utses", "utse", "pass")],
        [st("medlem", "medlem", "none", None, "utse", "utses", "Ledamöterna", passive=True)],
        parent="h1", doc=D),
    rec("5", "Styrelsen har till uppgift att:", [("Styrelsen", "förbundsstyrelse", POL)], [HAR],
        parent="h1", doc=D),
    rec("5.a", "besluta om mål och budget för förbundets verksamhet,", [("förbundets", SN, ORG)],
        [inf("besluta")],
        [st("förbundsstyrelse", "Styrelsen", "obligation", UPPGIFT, "besluta", "besluta",
            "om mål och budget för förbundets verksamhet")],
        kind="list_item", parent="5", doc=D),
    rec("5.b", "att följa upp de insatser som finansieras,", [],
        [inf("följa"), pres("finansieras", "finansiera", "pass")],
        [st("förbundsstyrelse", "Styrelsen", "obligation", UPPGIFT, "följa", "följa",
            "de insatser som finansieras")],
        kind="list_item", parent="5", doc=D),
    rec("5.c", "samverkan med andra förbund i länet.", [("förbund", "förbund", ORG)],
        kind="list_item", parent="5", doc=D),
    rec("6", "Det är förbundschefen som leder kansliet och verkställer styrelsens beslut.",
        [("förbundschefen", FC, TJP), ("kansliet", "kansli", FORV),
         ("styrelsens", "förbundsstyrelse", POL)],
        [AR, pres("leder", "leda"), pres("verkställer", "verkställa")],
        [st(FC, "förbundschefen", "none", None, "leda", "leder", "kansliet"),
         st(FC, "förbundschefen", "none", None, "verkställa", "verkställer",
            "styrelsens beslut")],
        parent="h1", doc=D),
    rec("7", "Förbundschefen ansvarar för:", [("Förbundschefen", FC, TJP)],
        [pres("ansvarar", "ansvara")], parent="h1", doc=D),
    rec("7.a", "personalen på kansliet",
        [("personalen", "personal", TJP), ("kansliet", "kansli", FORV)],
        statements=[st(FC, "Förbundschefen", "responsibility", "ansvarar för", "ansvara",
                       "ansvarar", "personalen på kansliet")],
        kind="list_item", parent="7", doc=D),
    rec("7.b", "att ansökningar om medel bereds", [], [pres("bereds", "bereda", "pass")],
        [st(FC, "Förbundschefen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att ansökningar om medel bereds")],
        kind="list_item", parent="7", doc=D),
    rec("8", SAM_7,
        [("Beredningsgruppen", BG, FORV), ("tjänstepersoner", "tjänsteperson", TJP),
         ("medlemmarna", "medlem", OVR)],
        [pres("består", "bestå"), BOR, inf("träffas")],
        [st(BG, "Beredningsgruppen", "none", None, "bestå", "består",
            "av tjänstepersoner från medlemmarna"),
         st(BG, "Beredningsgruppen", "recommendation", "bör", "träffas", "träffas",
            "minst sex gånger per år")],
        parent="h1", doc=D),
    rec("9", "Gruppen kan föreslå nya insatser för styrelsen.",
        [("Gruppen", BG, FORV), ("styrelsen", "förbundsstyrelse", POL)], [KAN, inf("föreslå")],
        [st(BG, "Gruppen", "permission", "kan", "föreslå", "föreslå",
            "nya insatser för styrelsen")],
        parent="h1", doc=D),
    rec("10", "Revisionen av förbundets räkenskaper görs av en auktoriserad revisor.",
        [("förbundets", SN, ORG), ("auktoriserad revisor", "auktoriserad revisor", FTV)],
        [pres("görs", "göra", "pass")],
        [st("auktoriserad revisor", "auktoriserad revisor", "none", None, "göra", "görs",
            "Revisionen av förbundets räkenskaper", passive=True)],
        parent="h1", doc=D),
    rec("h2", "Kontakt", kind="heading", doc=D),
    rec("m1", "Förbundschef Helena Strand Mobil: 072-400 10 20", [("Förbundschef", FC, TJP)],
        parent="h2", doc=D),
    rec("m2", "Senast uppdaterad: 2026-10-02", parent="h2", doc=D),
]

DOCUMENTS = {"w47-y-orientering": (ORI_TEXT, ORI), "w47-y-forsamling": (FOR_TEXT, FOR),
             "w47-y-partiforening": (PAR_TEXT, PAR), "w47-y-arkivforbund": (ARK_TEXT, ARK),
             "w47-y-brf": (BRF_TEXT, BRF), "w47-y-samordning": (SAM_TEXT, SAM)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w47-y", DOCUMENTS)
