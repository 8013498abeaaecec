"""Builds corpus/dev/w53-d.jsonl and the documents corpus/dev/w53-d-*.txt with their gold:
invented material for round 53, writer w53d (verbs and cues of descriptive pages; analyses
53-cb P2, P4, P5, P11, ruling r1, 53-cc G5, 53-cd B and C). `w53-d-verksamhet` (a kommun's
page on what its bodies do, as blank-line blocks): a plural noun in `-ar` that the lexicon
also spells as a present (`vägar`, `broar`, `dammar`, `båtar`, `hamnar`) ending the object's
noun series after `och` (a noun, no verb); negatives: a true verb series whose `och` follows
an object noun (`fördelar bidrag, följer upp verksamheten och granskar …`, `bokar lokaler
och planerar …`). `w53-d-reglemente` (a nämnd's and a förening's rules as blank-line
blocks): `ska se till att` + a bare infinitive (aim `se`, §5.3 l.4977), also past an
insertion in commas; `har (, insertion,) uppdraget att V` (the `uppdrag` cue: responsibility,
round 46/48; `har uppgiften att` stays an obligation); `Det står <actor> fritt att V` (round
53 r1: permission; without an actor nothing); `kan vara till exempel …` (possibility of the
copula: no permission; `kan till exempel kalla` keeps it); the old relative `vilken ska`
without a comma on an actor antecedent (like `som ska`), not on a thing nor in an indirect
question; a cleft `är det X som utser …` after a verb-first condition; a `som … ska`
relative inside an adverbial `för att` infinitive (§5.1: context, no statement); negatives
beside each. Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w53_d.py corpus/dev"""

import sys

from records import (
    AR,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    POL,
    SKA,
    SKALL,
    TJP,
    blocks_text,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w53-d", check_texts=True)
TN = "teknisk nämnd"
FV = "förvaltning"

# (a) A kommun's page on what its bodies do.
D = "w53-d-verksamhet"
V = [
    "Förvaltningen underhåller torg, broar och vägar i tätorterna.",
    "Tekniska nämnden förvaltar kajer, dammar och hamnar längs kusten.",
    "Byggnadsnämnden prövar bygglov för sjöbodar, bryggor och båtar.",
    "Samhällsbyggnadsnämnden upphandlar vinterväghållning av cykelbanor och vägar.",
    "Kulturnämnden fördelar bidrag, följer upp verksamheten och granskar föreningarnas "
    "redovisningar.",
    "Fritidsnämnden bokar lokaler och planerar lovaktiviteter för unga.",
]
VERKSAMHET = [
    rec("1", V[0], [("Förvaltningen", FV, FORV)], [pres("underhåller", "underhålla")],
        [st(FV, "Förvaltningen", "none", None, "underhålla", "underhåller",
            "torg, broar och vägar i tätorterna")], doc=D),
    rec("2", V[1], [("Tekniska nämnden", TN, POL)], [pres("förvaltar", "förvalta")],
        [st(TN, "Tekniska nämnden", "none", None, "förvalta", "förvaltar",
            "kajer, dammar och hamnar längs kusten")], doc=D),
    rec("3", V[2], [("Byggnadsnämnden", "byggnadsnämnd", POL)], [pres("prövar", "pröva")],
        [st("byggnadsnämnd", "Byggnadsnämnden", "none", None, "pröva", "prövar",
            "bygglov för sjöbodar, bryggor och båtar")], doc=D),
    rec("4", V[3], [("Samhällsbyggnadsnämnden", "samhällsbyggnadsnämnd", POL)],
        [pres("upphandlar", "upphandla")],
        [st("samhällsbyggnadsnämnd", "Samhällsbyggnadsnämnden", "none", None, "upphandla",
            "upphandlar", "vinterväghållning av cykelbanor och vägar")], doc=D),
    rec("5", V[4], [("Kulturnämnden", "kulturnämnd", POL), ("föreningarnas", "förening", ORG)],
        [pres("fördelar", "fördela"), pres("följer", "följa"), pres("granskar", "granska")],
        [st("kulturnämnd", "Kulturnämnden", "none", None, "fördela", "fördelar", "bidrag"),
         st("kulturnämnd", "Kulturnämnden", "none", None, "följa", "följer",
            "upp verksamheten"),
         st("kulturnämnd", "Kulturnämnden", "none", None, "granska", "granskar",
            "föreningarnas redovisningar")], doc=D),
    rec("6", V[5], [("Fritidsnämnden", "fritidsnämnd", POL)],
        [pres("bokar", "boka"), pres("planerar", "planera")],
        [st("fritidsnämnd", "Fritidsnämnden", "none", None, "boka", "bokar", "lokaler"),
         st("fritidsnämnd", "Fritidsnämnden", "none", None, "planera", "planerar",
            "lovaktiviteter för unga")], doc=D),
]

# (b) A nämnd's and a förening's rules.
D = "w53-d-reglemente"
R = [
    "Ekonomichefen ska se till att upprätta en tidsplan för bokslutet.",
    "Sekreteraren skall, efter samråd med ordföranden, se till att kalla ersättarna.",
    "Ordföranden ska se till att ärendena bereds i god tid.",
    "Personalutskottet har, tillsammans med förvaltningen, uppdraget att ta fram en "
    "kompetensplan.",
    "Kanslichefen har uppdraget att samordna nämndernas remissvar.",
    "Förvaltningen har uppgiften att sammanställa statistiken.",
    "Det står styrelsen fritt att skjuta upp ärendet till nästa sammanträde.",
    "Vidare står det arbetsutskottet fritt att kalla till extra sammanträde.",
    "Det står fritt att lämna synpunkter på förslaget.",
    "Styrelsen utser ett ombud, som kan vara till exempel en ledamot eller en tjänsteperson.",
    "Sekreteraren kan vara till exempel en tjänsteperson från kansliet.",
    "Ordföranden kan till exempel kalla till extra sammanträde.",
    "Föreningen väljer en valberedning vilken skall förbereda valen.",
    "Årsmötet utser en revisor vilken ska granska räkenskaperna.",
    "Styrelsen fastställer en budget vilken ska följas upp varje kvartal.",
    "Styrelsen avgör vilken ledamot som ska föra protokollet.",
    "Rör klagomålet en förtroendevald är det valberedningen som utser en ersättare.",
    "Uppstår en vakans under året är det styrelsen som utser en ny kassör.",
    "Det är styrelsen som utser kassören.",
    "Utbildningsnämnden söker statsbidrag för att anställa en samordnare som ska leda "
    "integrationsarbetet.",
    "Socialnämnden samarbetar med regionen för att rekrytera en handläggare som ska samordna "
    "insatserna.",
    "Nämnden anställer en samordnare som ska leda arbetet.",
]
KC, SEK, ORD, ST = "kanslichef", "sekreterare", "ordförande", "styrelse"
C1 = "Rör klagomålet en förtroendevald"
C2 = "Uppstår en vakans under året"
REGLEMENTE = [
    rec("1", R[0], [("Ekonomichefen", "ekonomichef", TJP)], [SKA, inf("se"), inf("upprätta")],
        [st("ekonomichef", "Ekonomichefen", "obligation", "ska se till att", "se", "se",
            "till att upprätta en tidsplan för bokslutet")], doc=D),
    rec("2", R[1],
        [("Sekreteraren", SEK, TJP), ("ordföranden", ORD, FTV), ("ersättarna", "ersättare", FTV)],
        [SKALL, inf("se"), inf("kalla")],
        [st(SEK, "Sekreteraren", "obligation", "skall se till att", "se", "se",
            "till att kalla ersättarna")], doc=D),
    rec("3", R[2], [("Ordföranden", ORD, FTV)],
        [SKA, inf("se"), pres("bereds", "bereda", "pass")],
        [st(ORD, "Ordföranden", "obligation", "ska se till att", "se", "se",
            "till att ärendena bereds i god tid")], doc=D),
    rec("4", R[3],
        [("Personalutskottet", "personalutskott", POL), ("förvaltningen", FV, FORV)],
        [HAR, inf("ta")],
        [st("personalutskott", "Personalutskottet", "responsibility", "har uppdraget att", "ta",
            "ta", "fram en kompetensplan")], doc=D),
    rec("5", R[4], [("Kanslichefen", KC, TJP), ("nämndernas", "nämnd", POL)],
        [HAR, inf("samordna")],
        [st(KC, "Kanslichefen", "responsibility", "har uppdraget att", "samordna", "samordna",
            "nämndernas remissvar")], doc=D),
    rec("6", R[5], [("Förvaltningen", FV, FORV)], [HAR, inf("sammanställa")],
        [st(FV, "Förvaltningen", "obligation", "har uppgiften att", "sammanställa",
            "sammanställa", "statistiken")], doc=D),
    rec("7", R[6], [("styrelsen", ST, POL)], [pres("står", "stå"), inf("skjuta")],
        [st(ST, "styrelsen", "permission", "står fritt att", "skjuta", "skjuta",
            "upp ärendet till nästa sammanträde")], doc=D),
    rec("8", R[7], [("arbetsutskottet", "arbetsutskott", POL)],
        [pres("står", "stå"), inf("kalla")],
        [st("arbetsutskott", "arbetsutskottet", "permission", "står fritt att", "kalla",
            "kalla", "till extra sammanträde")], doc=D),
    rec("9", R[8], [], [pres("står", "stå"), inf("lämna")], doc=D),
    rec("10", R[9],
        [("Styrelsen", ST, POL), ("ombud", "ombud", TJP), ("ledamot", "ledamot", FTV),
         ("tjänsteperson", "tjänsteperson", TJP)],
        [pres("utser", "utse"), KAN, inf("vara")],
        [st(ST, "Styrelsen", "none", None, "utse", "utser",
            "ett ombud, som kan vara till exempel en ledamot eller en tjänsteperson")],
        doc=D),
    rec("11", R[10],
        [("Sekreteraren", SEK, TJP), ("tjänsteperson", "tjänsteperson", TJP),
         ("kansliet", "kansli", FORV)],
        [KAN, inf("vara")],
        [st(SEK, "Sekreteraren", "none", None, "vara", "vara",
            "till exempel en tjänsteperson från kansliet")], doc=D),
    rec("12", R[11], [("Ordföranden", ORD, FTV)], [KAN, inf("kalla")],
        [st(ORD, "Ordföranden", "permission", "kan", "kalla", "kalla",
            "till extra sammanträde")], doc=D),
    rec("13", R[12],
        [("Föreningen", "förening", ORG), ("valberedning", "valberedning", POL)],
        [pres("väljer", "välja"), SKALL, inf("förbereda")],
        [st("förening", "Föreningen", "none", None, "välja", "väljer",
            "en valberedning vilken skall förbereda valen"),
         st("valberedning", "valberedning", "obligation", "skall", "förbereda", "förbereda",
            "valen")], doc=D),
    rec("14", R[13],
        [("Årsmötet", "årsmöte", "övrig"), ("revisor", "revisor", FTV)],
        [pres("utser", "utse"), SKA, inf("granska")],
        [st("årsmöte", "Årsmötet", "none", None, "utse", "utser",
            "en revisor vilken ska granska räkenskaperna"),
         st("revisor", "revisor", "obligation", "ska", "granska", "granska", "räkenskaperna")],
        doc=D),
    rec("15", R[14], [("Styrelsen", ST, POL)],
        [pres("fastställer", "fastställa"), SKA, inf("följas", "följa", "pass")],
        [st(ST, "Styrelsen", "none", None, "fastställa", "fastställer",
            "en budget vilken ska följas upp varje kvartal")], doc=D),
    rec("16", R[15], [("Styrelsen", ST, POL), ("ledamot", "ledamot", FTV)],
        [pres("avgör", "avgöra"), SKA, inf("föra")],
        [st(ST, "Styrelsen", "none", None, "avgöra", "avgör",
            "vilken ledamot som ska föra protokollet")], doc=D),
    rec("17", R[16],
        [("förtroendevald", "förtroendevald", FTV), ("valberedningen", "valberedning", POL),
         ("ersättare", "ersättare", FTV)],
        [pres("Rör", "röra"), AR, pres("utser", "utse")],
        [st("valberedning", "valberedningen", "none", None, "utse", "utser", "en ersättare",
            condition=C1)], conditions=[C1], doc=D),
    rec("18", R[17], [("styrelsen", ST, POL), ("kassör", "kassör", FTV)],
        [pres("Uppstår", "uppstå"), AR, pres("utser", "utse")],
        [st(ST, "styrelsen", "none", None, "utse", "utser", "en ny kassör", condition=C2)],
        conditions=[C2], doc=D),
    rec("19", R[18], [("styrelsen", ST, POL), ("kassören", "kassör", FTV)],
        [AR, pres("utser", "utse")],
        [st(ST, "styrelsen", "none", None, "utse", "utser", "kassören")], doc=D),
    rec("20", R[19],
        [("Utbildningsnämnden", "utbildningsnämnd", POL), ("samordnare", "samordnare", TJP)],
        [pres("söker", "söka"), inf("anställa"), SKA, inf("leda")],
        [st("utbildningsnämnd", "Utbildningsnämnden", "none", None, "söka", "söker",
            "statsbidrag för att anställa en samordnare som ska leda integrationsarbetet")],
        doc=D),
    rec("21", R[20],
        [("Socialnämnden", "socialnämnd", POL), ("regionen", "region", ORG),
         ("handläggare", "handläggare", TJP)],
        [pres("samarbetar", "samarbeta"), inf("rekrytera"), SKA, inf("samordna")],
        [st("socialnämnd", "Socialnämnden", "none", None, "samarbeta", "samarbetar",
            "med regionen för att rekrytera en handläggare som ska samordna insatserna")],
        doc=D),
    rec("22", R[21], [("Nämnden", "nämnd", POL), ("samordnare", "samordnare", TJP)],
        [pres("anställer", "anställa"), SKA, inf("leda")],
        [st("nämnd", "Nämnden", "none", None, "anställa", "anställer",
            "en samordnare som ska leda arbetet"),
         st("samordnare", "samordnare", "obligation", "ska", "leda", "leda", "arbetet")],
        doc=D),
]

DOCUMENTS = {
    "w53-d-verksamhet": (blocks_text(VERKSAMHET), VERKSAMHET),
    "w53-d-reglemente": (blocks_text(REGLEMENTE), REGLEMENTE),
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w53-d", DOCUMENTS)
