"""Builds corpus/dev/w54-a.jsonl and the documents corpus/dev/w54-a-*.txt with their gold:
invented material for round 54, writer a (opened parts ce and cf: page layout).

(a) A breadcrumb printed one item a line, numbered (`1. Hem` ⏎ ` 2. …`), bulleted (`• Startsida`
⏎ …) or on one line with a separator and a long last item, opening with a home word and ending
in the page's title, which the page prints again on the next line: chrome (docs/annotation.md
§1.2, round 43/47/51 web chrome); the repeat is the title, so `bolaget` is the titled company
(§2.3 round 12). Negative: a numbered section list whose first item is no home word.
(b) An unpunctuated line reporting an event, a subject and a perfect or strong preterite (a news
title, an ingress: `har utsett`, `har i dag godkänt`, `antog`) among stopped sentences: a
sentence, a paragraph with its statement (analysis 54-ce C4). Negatives: a present-tense line
(`Enhetscheferna planerar arbetet varje vecka`: §1.2 round 14's web heading, statements none), a
V2 heading with a fronted adverb (`Så följer vi upp arbetet`), a question, a noun phrase with a
participle (`Antagna riktlinjer för tillsyn`).
(c) A lead-in closing with `;` instead of `:` over bullet or dash items (§5.1 incomplete lead-in:
it breaks off after the modal or at `att`): its items carry the lead-in's actor and cue.
Negative: a complete clause before `;` followed by a capitalised sentence.
Gold by hand from docs/annotation.md before the rules. Offsets computed.
Run: python corpus/make_w54_a.py corpus/dev"""

import sys

from records import (
    AR,
    FAR,
    HAR,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    list_item_maker,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w54-a")
item = list_item_maker(rec, "•")

# (a1) A heating company's owner directive under a numbered breadcrumb, the title repeated.
D = "w54-a-varmebolag"
VB_TITLE = "Ägardirektiv för Fjällåsens Värme AB"
VB_TEXT = f"""1. Hem
 2. Kommun och politik
 3. Kommunala bolag
 4. {VB_TITLE}
{VB_TITLE}

Bolagets uppdrag
Bolaget ska leverera fjärrvärme till hushåll och företag i Fjällåsen.
Bolaget får även sälja överskottsvärme till närliggande industrier.
Styrelsen ska varje år redovisa bolagets investeringar för kommunstyrelsen.
"""
VB = "fjällåsens värme ab"
VB_DOC = [
    rec("title", VB_TITLE, [("Fjällåsens Värme AB", VB, ORG)], kind="heading", doc=D),
    rec("h1", "Bolagets uppdrag", [("Bolagets", VB, ORG)], kind="heading", doc=D),
    rec("1", "Bolaget ska leverera fjärrvärme till hushåll och företag i Fjällåsen.",
        [("Bolaget", VB, ORG)], [SKA, inf("leverera")],
        [st(VB, "Bolaget", "obligation", "ska", "leverera", "leverera",
            "fjärrvärme till hushåll och företag i Fjällåsen")], parent="h1", doc=D),
    rec("2", "Bolaget får även sälja överskottsvärme till närliggande industrier.",
        [("Bolaget", VB, ORG)], [FAR, inf("sälja")],
        [st(VB, "Bolaget", "permission", "får", "sälja", "sälja",
            "överskottsvärme till närliggande industrier")], parent="h1", doc=D),
    rec("3", "Styrelsen ska varje år redovisa bolagets investeringar för kommunstyrelsen.",
        [("Styrelsen", "styrelse", POL), ("bolagets", VB, ORG),
         ("kommunstyrelsen", "kommunstyrelse", POL)], [SKA, inf("redovisa")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "redovisa", "redovisa",
            "bolagets investeringar för kommunstyrelsen")], parent="h1", doc=D),
]

# (a2) A housing company's articles under a bulleted breadcrumb, the title repeated.
D = "w54-a-bostadsbolag"
BB_TITLE = "Bolagsordning för Norrbackens Bostäder AB"
BB_TEXT = f"""• Startsida
• Om oss
• Styrande dokument
• {BB_TITLE}
{BB_TITLE}
§ 1 Föremål för verksamheten
Bolaget ska förvärva, äga och förvalta bostäder och lokaler.
§ 2 Ändamål
Bolaget har till ändamål att främja bostadsförsörjningen.
§ 3 Styrelse
Styrelsen ska bestå av sju ledamöter.
"""
BB = "norrbackens bostäder ab"


def bb_ska(aim):
    return st(BB, "Bolaget", "obligation", "ska", aim, aim, "bostäder och lokaler")


BB_DOC = [
    rec("title", BB_TITLE, [("Norrbackens Bostäder AB", BB, ORG)], kind="heading", doc=D),
    rec("§1", "Föremål för verksamheten", kind="heading", label="§ 1", doc=D),
    rec("§1.1", "Bolaget ska förvärva, äga och förvalta bostäder och lokaler.",
        [("Bolaget", BB, ORG)], [SKA, inf("förvärva"), inf("äga"), inf("förvalta")],
        [bb_ska("förvärva"), bb_ska("äga"), bb_ska("förvalta")], parent="§1", doc=D),
    rec("§2", "Ändamål", kind="heading", label="§ 2", doc=D),
    rec("§2.1", "Bolaget har till ändamål att främja bostadsförsörjningen.",
        [("Bolaget", BB, ORG)], [HAR, inf("främja")],
        [st(BB, "Bolaget", "obligation", "har till ändamål att", "främja", "främja",
            "bostadsförsörjningen")], parent="§2", doc=D),
    rec("§3", "Styrelse", [("Styrelse", "styrelse", POL)], kind="heading", label="§ 3", doc=D),
    rec("§3.1", "Styrelsen ska bestå av sju ledamöter.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", "förtroendevald")],
        [SKA, inf("bestå")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "bestå", "bestå",
            "av sju ledamöter")], parent="§3", doc=D),
]

# (a3) A port company's directive under a one-line `>` trail whose last item is the long title.
D = "w54-a-hamnbolag"
HB_TITLE = "Ägardirektiv och ekonomiska ramar för Ekholmens Hamn AB"
HB_TEXT = f"""Hem > Näringsliv > Ägarstyrning > {HB_TITLE}
{HB_TITLE}
Bolaget ska driva hamnen på affärsmässiga grunder.
Bolaget ska årligen lämna en hållbarhetsredovisning till ägaren.
Vd ansvarar för bolagets löpande förvaltning.
"""
HB = "ekholmens hamn ab"
HB_DOC = [
    rec("title", HB_TITLE, [("Ekholmens Hamn AB", HB, ORG)], kind="heading", doc=D),
    rec("1", "Bolaget ska driva hamnen på affärsmässiga grunder.", [("Bolaget", HB, ORG)],
        [SKA, inf("driva")],
        [st(HB, "Bolaget", "obligation", "ska", "driva", "driva",
            "hamnen på affärsmässiga grunder")], doc=D),
    rec("2", "Bolaget ska årligen lämna en hållbarhetsredovisning till ägaren.",
        [("Bolaget", HB, ORG), ("ägaren", "ägare", "övrig")], [SKA, inf("lämna")],
        [st(HB, "Bolaget", "obligation", "ska", "lämna", "lämna",
            "en hållbarhetsredovisning till ägaren")], doc=D),
    rec("3", "Vd ansvarar för bolagets löpande förvaltning.",
        [("Vd", "verkställande direktör", TJP), ("bolagets", HB, ORG)],
        [pres("ansvarar", "ansvara")],
        [st("verkställande direktör", "Vd", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för bolagets löpande förvaltning")], doc=D),
]

# (a4) Negative: numbered sections at the page's top whose first item is no home word.
D = "w54-a-hemtjanst"
HT_TEXT = """1. Hemtjänstens uppdrag
Omsorgsnämnden erbjuder stöd i hemmet.
2. Ansvar
Omsorgsnämnden ansvarar för att insatserna följs upp.
3. Uppföljning
Enhetschefen redovisar resultatet till nämnden varje kvartal.
"""
HT_DOC = [
    rec("1", "Hemtjänstens uppdrag", kind="heading", label="1.", doc=D),
    rec("1.1", "Omsorgsnämnden erbjuder stöd i hemmet.", [("Omsorgsnämnden", "omsorgsnämnd", POL)],
        [pres("erbjuder", "erbjuda")],
        [st("omsorgsnämnd", "Omsorgsnämnden", "none", None, "erbjuda", "erbjuder",
            "stöd i hemmet")], parent="1", doc=D),
    rec("2", "Ansvar", kind="heading", label="2.", doc=D),
    rec("2.1", "Omsorgsnämnden ansvarar för att insatserna följs upp.",
        [("Omsorgsnämnden", "omsorgsnämnd", POL)], [pres("ansvarar", "ansvara")],
        [st("omsorgsnämnd", "Omsorgsnämnden", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "för att insatserna följs upp")], parent="2", doc=D),
    rec("3", "Uppföljning", kind="heading", label="3.", doc=D),
    rec("3.1", "Enhetschefen redovisar resultatet till nämnden varje kvartal.",
        [("Enhetschefen", "enhetschef", TJP), ("nämnden", "nämnd", POL)],
        [pres("redovisar", "redovisa")],
        [st("enhetschef", "Enhetschefen", "none", None, "redovisa", "redovisar",
            "resultatet till nämnden")], parent="3", doc=D),
]

# (b) A news page of a social services department: unstopped sentence lines among stopped ones.
D = "w54-a-nyheter"
NY_TEXT = """Aktuellt från socialförvaltningen
Socialnämnden har utsett en ny förvaltningschef
Förvaltningschefen tillträder tjänsten den 1 maj och leder förvaltningens ledningsgrupp.
Byggnadsnämnden har i dag godkänt den nya detaljplanen
Planen gäller för det nya bostadsområdet vid sjön.
Enhetscheferna planerar arbetet varje vecka
Mötena hålls på måndagar i stadshuset.
Kommunfullmäktige antog nya riktlinjer för bistånd i juni
Riktlinjerna gäller från den 1 juli.
Så följer vi upp arbetet
Förvaltningen redovisar måluppfyllelsen två gånger per år.
Vad gör socialnämnden?
Socialnämnden beslutar om ekonomiskt bistånd till hushåll med låga inkomster.
Antagna riktlinjer för tillsyn
Miljönämnden beslutar om tillsynsplanen.
"""
SN = "socialnämnd"
FC = "förvaltningschef"
NY_DOC = [
    rec("title", "Aktuellt från socialförvaltningen",
        [("socialförvaltningen", "socialförvaltning", "förvaltningsorganisation")],
        kind="heading", doc=D),
    rec("1", "Socialnämnden har utsett en ny förvaltningschef",
        [("Socialnämnden", SN, POL), ("förvaltningschef", FC, TJP)],
        [HAR, ("utsett", "utse", "sup", "act", 0)],
        [st(SN, "Socialnämnden", "none", None, "utse", "utsett", "en ny förvaltningschef")],
        doc=D),
    rec("2", "Förvaltningschefen tillträder tjänsten den 1 maj och leder förvaltningens "
        "ledningsgrupp.",
        [("Förvaltningschefen", FC, TJP), ("förvaltningens", "förvaltning",
                                            "förvaltningsorganisation"),
         ("ledningsgrupp", "ledningsgrupp", "förvaltningsorganisation")],
        [pres("tillträder", "tillträda"), pres("leder", "leda")],
        [st(FC, "Förvaltningschefen", "none", None, "tillträda", "tillträder", "tjänsten"),
         st(FC, "Förvaltningschefen", "none", None, "leda", "leder",
            "förvaltningens ledningsgrupp")], doc=D),
    rec("3", "Byggnadsnämnden har i dag godkänt den nya detaljplanen",
        [("Byggnadsnämnden", "byggnadsnämnd", POL)],
        [HAR, ("godkänt", "godkänna", "sup", "act", 0)],
        [st("byggnadsnämnd", "Byggnadsnämnden", "none", None, "godkänna", "godkänt",
            "den nya detaljplanen")], doc=D),
    rec("3b", "Planen gäller för det nya bostadsområdet vid sjön.", [], [pres("gäller", "gälla")],
        doc=D),
    # present tense: a web page's heading (docs/annotation.md §1.2 round 14), its statement none
    rec("h0", "Enhetscheferna planerar arbetet varje vecka",
        [("Enhetscheferna", "enhetschef", TJP)], [pres("planerar", "planera")], kind="heading",
        doc=D),
    rec("4", "Mötena hålls på måndagar i stadshuset.", [], [pres("hålls", "hålla", "pass")],
        parent="h0", doc=D),
    rec("5", "Kommunfullmäktige antog nya riktlinjer för bistånd i juni",
        [("Kommunfullmäktige", "kommunfullmäktige", POL)], [("antog", "anta", "past", "act", 0)],
        [st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "anta", "antog",
            "nya riktlinjer för bistånd")], doc=D),
    rec("6", "Riktlinjerna gäller från den 1 juli.", [], [pres("gäller", "gälla")], doc=D),
    rec("h1", "Så följer vi upp arbetet", kind="heading", doc=D),
    rec("7", "Förvaltningen redovisar måluppfyllelsen två gånger per år.",
        [("Förvaltningen", "förvaltning", "förvaltningsorganisation")],
        [pres("redovisar", "redovisa")],
        [st("förvaltning", "Förvaltningen", "none", None, "redovisa", "redovisar",
            "måluppfyllelsen")], parent="h1", doc=D),
    rec("h2", "Vad gör socialnämnden?", [("socialnämnden", SN, POL)], kind="heading", doc=D),
    rec("8", "Socialnämnden beslutar om ekonomiskt bistånd till hushåll med låga inkomster.",
        [("Socialnämnden", SN, POL)],
        [pres("beslutar", "besluta")],
        [st(SN, "Socialnämnden", "none", None, "besluta", "beslutar",
            "om ekonomiskt bistånd till hushåll med låga inkomster")], parent="h2", doc=D),
    rec("h3", "Antagna riktlinjer för tillsyn", kind="heading", doc=D),
    rec("9", "Miljönämnden beslutar om tillsynsplanen.", [("Miljönämnden", "miljönämnd", POL)],
        [pres("beslutar", "besluta")],
        [st("miljönämnd", "Miljönämnden", "none", None, "besluta", "beslutar",
            "om tillsynsplanen")], parent="h3", doc=D),
]

# (c) A property company's directive: lead-ins closing with `;` over bullet and dash items.
D = "w54-a-fastighetsbolag"
FB_TITLE = "Ägardirektiv för Tallbergs Fastigheter AB"
FB_TEXT = f"""{FB_TITLE}

Bolaget ska äga och förvalta kommunens verksamhetslokaler.

Inom ramen för uppdraget får bolaget även;
• upplåta lokaler för kulturell verksamhet,
• sälja tjänster inom fastighetsförvaltning.

Styrelsen ska;
– fastställa en affärsplan,
– lämna en årsrapport till kommunstyrelsen.

Vd har till uppgift att;
• leda den löpande förvaltningen,
• verkställa styrelsens beslut.

Styrelsen sammanträder minst fyra gånger per år; ett av mötena hålls i januari.
"""
FB = "tallbergs fastigheter ab"
KS = "kommunstyrelse"
VD = "verkställande direktör"


def fb_far(aim, obj):
    return st(FB, "bolaget", "permission", "får", aim, aim, obj)


def sty_ska(aim, obj):
    return st("styrelse", "Styrelsen", "obligation", "ska", aim, aim, obj)


def vd_uppgift(aim, obj):
    return st(VD, "Vd", "obligation", "har till uppgift att", aim, aim, obj)


FB_DOC = [
    rec("title", FB_TITLE, [("Tallbergs Fastigheter AB", FB, ORG)], kind="heading", doc=D),
    rec("1", "Bolaget ska äga och förvalta kommunens verksamhetslokaler.",
        [("Bolaget", FB, ORG), ("kommunens", "kommun", ORG)],
        [SKA, inf("äga"), inf("förvalta")],
        [st(FB, "Bolaget", "obligation", "ska", "äga", "äga", "kommunens verksamhetslokaler"),
         st(FB, "Bolaget", "obligation", "ska", "förvalta", "förvalta",
            "kommunens verksamhetslokaler")], doc=D),
    rec("2", "Inom ramen för uppdraget får bolaget även;", [("bolaget", FB, ORG)], [FAR],
        doc=D),
    item("2.a", "upplåta lokaler för kulturell verksamhet,", [], [inf("upplåta")],
         [fb_far("upplåta", "lokaler för kulturell verksamhet")], doc=D, parent="2"),
    item("2.b", "sälja tjänster inom fastighetsförvaltning.", [], [inf("sälja")],
         [fb_far("sälja", "tjänster inom fastighetsförvaltning")], doc=D, parent="2"),
    rec("3", "Styrelsen ska;", [("Styrelsen", "styrelse", POL)], [SKA], doc=D),
    item("3.a", "fastställa en affärsplan,", [], [inf("fastställa")],
         [sty_ska("fastställa", "en affärsplan")], doc=D, parent="3", label="–"),
    item("3.b", "lämna en årsrapport till kommunstyrelsen.", [("kommunstyrelsen", KS, POL)],
         [inf("lämna")], [sty_ska("lämna", "en årsrapport till kommunstyrelsen")], doc=D,
         parent="3", label="–"),
    rec("4", "Vd har till uppgift att;", [("Vd", VD, TJP)], [HAR], doc=D),
    item("4.a", "leda den löpande förvaltningen,", [], [inf("leda")],
         [vd_uppgift("leda", "den löpande förvaltningen")], doc=D, parent="4"),
    item("4.b", "verkställa styrelsens beslut.", [("styrelsens", "styrelse", POL)],
         [inf("verkställa")], [vd_uppgift("verkställa", "styrelsens beslut")], doc=D,
         parent="4"),
    rec("5", "Styrelsen sammanträder minst fyra gånger per år; ett av mötena hålls i januari.",
        [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda"),
                                           pres("hålls", "hålla", "pass")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")], doc=D),
]

DOCUMENTS = {
    "w54-a-varmebolag": (VB_TEXT, VB_DOC),
    "w54-a-bostadsbolag": (BB_TEXT, BB_DOC),
    "w54-a-hamnbolag": (HB_TEXT, HB_DOC),
    "w54-a-hemtjanst": (HT_TEXT, HT_DOC),
    "w54-a-nyheter": (NY_TEXT, NY_DOC),
    "w54-a-fastighetsbolag": (FB_TEXT, FB_DOC),
}

if __name__ == "__main__":
    assert AR  # the shared constants this script may use
    write_part(sys.argv[1], "w54-a", DOCUMENTS)
