"""Builds corpus/dev/w52-b.jsonl and the documents corpus/dev/w52-b-*.txt with their gold:
invented material for round 52, writer w52b (analysis 52-al P1, P4; 52-bz C2, C3; 52-aa C5,
C6). P1: `<X> och följande <teen numeral> <plural noun>:` or `följande <teen> <noun>:` after a
presentational verb announces its list (round 33 B1, round 52 l1); NEG: a teen numeral as the
subject's own attribute. C2: a finite present item (V1) under `Det här gör X:` / `Så arbetar
X:` has the lead-in's actor; a definite or capitalised noun after the verb is its object; NEG:
an item with its own subject before the verb. C3: an item-initial infinitive the tagger may
misread. P4: a phrase item + `samt` + a bare infinitive under a modal lead-in (round 33 B3);
NEG: `samt` + a noun phrase. C5: plural compound nouns run together in a flattened list are no
verbs. C6: a comma-linked `att`-member with an adverbial before its infinitive. Gold by hand from
docs/annotation.md §5 and the rulings at its end before any run. Offsets computed.
Run: python corpus/make_w52_b.py corpus/dev"""

import sys

from records import FAR, FORV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

OB, PE, NONE = "obligation", "permission", "none"
rec = records_for("w52-b")
DOCUMENTS = {}


def lines_doc(doc, lead, lead_actors, lead_verbs, rows, lead_statements=(), label="–"):
    """A lead-in line and its items: rows of (text, actors, verbs, statements)."""
    text = lead + "\n" + "".join(f"{label} {row[0]}\n" for row in rows)
    records = [rec("1", lead, lead_actors, lead_verbs, lead_statements, doc=doc)]
    records += [rec(f"1.{letter}", t, a, v, s, kind="list_item", parent="1", label=label,
                    doc=doc)
                for letter, (t, a, v, s) in zip("abcd", rows, strict=False)]
    DOCUMENTS[doc] = (text, records)


def sentence_doc(doc, text, actors, verbs, statements):
    DOCUMENTS[doc] = (text + "\n", [rec("1", text, actors, verbs, statements, doc=doc)])


def unit_items(nouns, aim, aim_text, deontic=NONE, modal=None, category=FORV):
    """Noun-phrase items naming one unit each: the presentational verb's subjects."""
    last = len(nouns) - 1
    return [(f"{text}{'.' if n == last else ','}", [(text, canon, category)], [],
             [st(canon, text, deontic, modal, aim, aim_text)])
            for n, (text, canon) in enumerate(nouns)]


# P1: a spelled teen numeral in the announcer
INGAR, HOR, FINNS = pres("ingår", "ingå"), pres("hör", "höra"), pres("finns", "finnas")
lines_doc("w52-b-p1-tretton",
          "I kulturförvaltningen ingår förvaltningschefen och följande tretton enheter:",
          [("kulturförvaltningen", "kulturförvaltning", FORV),
           ("förvaltningschefen", "förvaltningschef", TJP), ("enheter", "enhet", FORV)],
          [INGAR],
          unit_items([("biblioteksenheten", "biblioteksenhet"),
                      ("museienheten", "museienhet")], "ingå", "ingår"),
          [st("förvaltningschef", "förvaltningschefen", NONE, None, "ingå", "ingår")])
lines_doc("w52-b-p1-fjorton",
          "Till stadsledningskontoret hör stadsjuristen och följande fjorton avdelningar:",
          [("stadsledningskontoret", "stadsledningskontor", FORV),
           ("stadsjuristen", "stadsjurist", TJP), ("avdelningar", "avdelning", FORV)],
          [HOR],
          unit_items([("ekonomiavdelningen", "ekonomiavdelning"),
                      ("kommunikationsavdelningen", "kommunikationsavdelning")], "höra", "hör"),
          [st("stadsjurist", "stadsjuristen", NONE, None, "höra", "hör")])
lines_doc("w52-b-p1-nitton", "Under regionstyrelsen finns följande nitton utskott:",
          [("regionstyrelsen", "regionstyrelse", POL), ("utskott", "utskott", POL)], [FINNS],
          unit_items([("personalutskottet", "personalutskott"),
                      ("fastighetsutskottet", "fastighetsutskott")], "finnas", "finns",
                     category=POL))
lines_doc("w52-b-p1-elva", "I koncernen ingår moderbolaget och följande elva dotterbolag:",
          [("moderbolaget", "moderbolag", ORG), ("dotterbolag", "dotterbolag", ORG)],
          [INGAR],
          unit_items([("fastighetsbolaget", "fastighetsbolag"),
                      ("energibolaget", "energibolag")], "ingå", "ingår", category=ORG),
          [st("moderbolag", "moderbolaget", NONE, None, "ingå", "ingår")])
sentence_doc("w52-b-p1-neg-ganger", "Styrelsen sammanträder fjorton gånger per kalenderår.",
             [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
             [st("styrelse", "Styrelsen", NONE, None, "sammanträda", "sammanträder")])
sentence_doc("w52-b-p1-neg-ledamoter", "I valnämnden ingår nitton ledamöter.",
             [("valnämnden", "valnämnd", POL), ("ledamöter", "ledamot", "förtroendevald")],
             [INGAR], [st("ledamot", "ledamöter", NONE, None, "ingå", "ingår")])

# C2: V1 present items under a lead-in whose actor follows its verb
UR = ("ungdomsråd", "ungdomsrådet", NONE, None)
lines_doc("w52-b-c2-ungdomsrad", "Så arbetar ungdomsrådet:",
          [("ungdomsrådet", "ungdomsråd", POL)], [pres("arbetar", "arbeta")],
          [("bjuder in Fritidsnämnden till samtal om lokaler,",
            [("Fritidsnämnden", "fritidsnämnd", POL)], [pres("bjuder", "bjuda")],
            [st(*UR, "bjuda", "bjuder", "in Fritidsnämnden till samtal om lokaler")]),
           ("ger förvaltningen synpunkter på nya planer.",
            [("förvaltningen", "förvaltning", FORV)], [pres("ger", "ge")],
            [st(*UR, "ge", "ger", "förvaltningen synpunkter på nya planer")])], label="•")
TE = ("tillsynsenhet", "tillsynsenheten", NONE, None)
lines_doc("w52-b-c2-tillsyn", "Det här gör tillsynsenheten:",
          [("tillsynsenheten", "tillsynsenhet", FORV)], [pres("gör", "göra")],
          [("granskar verksamheternas egenkontroller,", [], [pres("granskar", "granska")],
            [st(*TE, "granska", "granskar", "verksamheternas egenkontroller")]),
           ("underrättar Miljönämnden om allvarliga brister,",
            [("Miljönämnden", "miljönämnd", POL)], [pres("underrättar", "underrätta")],
            [st(*TE, "underrätta", "underrättar", "Miljönämnden om allvarliga brister")]),
           ("Nämnden informerar företagen om nya regler.",
            [("Nämnden", "nämnd", POL), ("företagen", "företag", OVR)],
            [pres("informerar", "informera")],
            [st("nämnd", "Nämnden", NONE, None, "informera", "informerar",
                "företagen om nya regler")])])

# C3: an item-initial infinitive (the tagger may read it as a preposition)
TR = ("tillgänglighetsråd", "Tillgänglighetsrådet", OB, "ska")
lines_doc("w52-b-c3-rad", "Tillgänglighetsrådet ska:",
          [("Tillgänglighetsrådet", "tillgänglighetsråd", POL)], [SKA],
          [("initiera frågor som rör fysisk tillgänglighet,", [], [inf("initiera"),
                                                                   pres("rör", "röra")],
            [st(*TR, "initiera", "initiera", "frågor som rör fysisk tillgänglighet")]),
           ("initiera samråd med berörda föreningar.", [("föreningar", "förening", OVR)],
            [inf("initiera")],
            [st(*TR, "initiera", "initiera", "samråd med berörda föreningar")])], label="•")

# P4: a phrase item going on with `samt` + a bare infinitive
AU = ("arbetsutskott", "Arbetsutskottet", PE, "får")
lines_doc("w52-b-p4-utskott", "Arbetsutskottet får besluta:",
          [("Arbetsutskottet", "arbetsutskott", POL)], [FAR, inf("besluta")],
          [("om bidrag under ett prisbasbelopp samt teckna avtal om lokalhyra,", [],
            [inf("teckna")],
            [st(*AU, "besluta", "besluta", "om bidrag under ett prisbasbelopp"),
             st(*AU, "teckna", "teckna", "avtal om lokalhyra")]),
           ("i brådskande ärenden.", [], [],
            [st(*AU, "besluta", "besluta", "i brådskande ärenden")])])
TN = ("teknisk nämnd", "Tekniska nämnden", OB, "ska")
lines_doc("w52-b-p4-namnd", "Tekniska nämnden ska besluta:",
          [("Tekniska nämnden", "teknisk nämnd", POL)], [SKA, inf("besluta")],
          [("om avgifter för parkering samt säkerställa att skyltningen följer reglerna.", [],
            [inf("säkerställa"), pres("följer", "följa")],
            [st(*TN, "besluta", "besluta", "om avgifter för parkering"),
             st(*TN, "säkerställa", "säkerställa", "att skyltningen följer reglerna")])])
BN = ("byggnadsnämnd", "Byggnadsnämnden", OB, "ska")
lines_doc("w52-b-p4-bygg", "Byggnadsnämnden ska besluta:",
          [("Byggnadsnämnden", "byggnadsnämnd", POL)], [SKA, inf("besluta")],
          [("om bygglov samt fastställa avgifter för tillsynen,", [], [inf("fastställa")],
            [st(*BN, "besluta", "besluta", "om bygglov"),
             st(*BN, "fastställa", "fastställa", "avgifter för tillsynen")]),
           ("i ärenden om strandskydd.", [], [],
            [st(*BN, "besluta", "besluta", "i ärenden om strandskydd")])])
MN = ("miljönämnd", "Miljönämnden", OB, "ska")
lines_doc("w52-b-p4-miljo", "Miljönämnden ska besluta:",
          [("Miljönämnden", "miljönämnd", POL)], [SKA, inf("besluta")],
          [("om driftbudget samt fastställa taxor för renhållningen.", [], [inf("fastställa")],
            [st(*MN, "besluta", "besluta", "om driftbudget"),
             st(*MN, "fastställa", "fastställa", "taxor för renhållningen")])])
RS = ("revisionsutskott", "Revisionsutskottet", OB, "ska")
lines_doc("w52-b-p4-neg", "Revisionsutskottet ska yttra sig:",
          [("Revisionsutskottet", "revisionsutskott", POL)], [SKA, inf("yttra")],
          [("om granskningsplaner samt förslag till revisionsbudget.", [], [],
            [st(*RS, "yttra", "yttra", "om granskningsplaner samt förslag till "
                "revisionsbudget")])])

# C5: plural compound nouns run together in a flattened list
HU = "har till uppgift"
sentence_doc("w52-b-c5-forbund", "Förbundet har till uppgift att svara för kollektivtrafik "
             "färdtjänstfrågor skolskjutsar att samordna trafikplaneringen med medlemmarna.",
             [("Förbundet", "förbund", ORG), ("medlemmarna", "medlem", OVR)],
             [pres("har", "ha"), inf("svara"),
                                               inf("samordna")],
             [st("förbund", "Förbundet", OB, HU, "svara", "svara",
                 "för kollektivtrafik färdtjänstfrågor skolskjutsar"),
              st("förbund", "Förbundet", OB, HU, "samordna", "samordna",
                 "trafikplaneringen med medlemmarna")])
sentence_doc("w52-b-c5-kansli", "Kansliet handlägger bidragsärenden hyresavtal "
             "föreningsfrågor och arkivfrågor.",
             [("Kansliet", "kansli", FORV)], [pres("handlägger", "handlägga")],
             [st("kansli", "Kansliet", NONE, None, "handlägga", "handlägger",
                 "bidragsärenden hyresavtal föreningsfrågor och arkivfrågor")])

sentence_doc("w52-b-c5-region", "Regionförbundet har till uppgift att samordna hälso- och "
             "sjukvård tandvårdsfrågor tävlingsregler kollektivtrafik att bistå kommunerna med "
             "planering.",
             [("Regionförbundet", "regionförbund", ORG), ("kommunerna", "kommun", ORG)],
             [pres("har", "ha"), inf("samordna"), inf("bistå")],
             [st("regionförbund", "Regionförbundet", OB, HU, "samordna", "samordna",
                 "hälso- och sjukvård tandvårdsfrågor tävlingsregler kollektivtrafik"),
              st("regionförbund", "Regionförbundet", OB, HU, "bistå", "bistå",
                 "kommunerna med planering")])
sentence_doc("w52-b-c5-sociala", "Förbundet ska främja hälso- och sjukvård lokala "
             "idrottsfrågor integrationsfrågor kulturföreningars utveckling.",
             [("Förbundet", "förbund", ORG), ("kulturföreningars", "kulturförening", OVR)],
             [SKA, inf("främja")],
             [st("förbund", "Förbundet", OB, "ska", "främja", "främja",
                 "hälso- och sjukvård lokala idrottsfrågor integrationsfrågor "
                 "kulturföreningars utveckling")])

# C6: a comma-linked `att`-member with an adverbial before its infinitive
KN = ("kulturnämnd", "Kulturnämnden", OB, HU)
sentence_doc("w52-b-c6-kultur", "Kulturnämnden har till uppgift att fördela stöd till "
             "föreningar, att i enskilda fall besluta om stipendier och att följa upp "
             "verksamheten.",
             [("Kulturnämnden", "kulturnämnd", POL), ("föreningar", "förening", OVR)],
             [pres("har", "ha"), inf("fördela"), inf("besluta"), inf("följa")],
             [st(*KN, "fördela", "fördela", "stöd till föreningar"),
              st(*KN, "besluta", "besluta", "om stipendier"),
              st(*KN, "följa", "följa", "upp verksamheten")])
RF = ("räddningsförbund", "Räddningsförbundet", OB, HU)
sentence_doc("w52-b-c6-raddning", "Räddningsförbundet har till uppgift att bedriva "
             "räddningstjänst, att vid behov biträda medlemskommunerna, att utbilda personal "
             "och att utreda olyckor.",
             [("Räddningsförbundet", "räddningsförbund", ORG),
              ("medlemskommunerna", "medlemskommun", ORG)],
             [pres("har", "ha"), inf("bedriva"), inf("biträda"), inf("utbilda"),
              inf("utreda")],
             [st(*RF, "bedriva", "bedriva", "räddningstjänst"),
              st(*RF, "biträda", "biträda", "medlemskommunerna"),
              st(*RF, "utbilda", "utbilda", "personal"),
              st(*RF, "utreda", "utreda", "olyckor")])


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-b", DOCUMENTS)
