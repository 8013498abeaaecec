"""Builds corpus/dev/w43-s.jsonl and the small documents corpus/dev/w43-s-*.txt with their
gold: invented material for round 43, writer S (analysis 43-bf, cause 1, segmentation; gold by
hand from docs/annotation.md §1.2 before the rule): a web stadgar printed one sentence a line,
blank lines ending its paragraphs and `§ N` labels numbering them (`w43-s-skytte`): a bare
`§ N` line over four sentence lines and a `§ N Rubrik` heading over two are one paragraph each,
while the negatives keep their cuts: a list item ending in `.` before a sentence line, a
verbless heading line after a sentence, a heading over one line in its own block, lines
opening with `Att` + infinitive under a heading and short lines after a colon lead-in (items,
each its own clause); long
lines (`w43-s-valnamnd`): a `§ N` line that is a sentence (a finite verb, with or without its
stop) and the sentence line under it are one paragraph, a verbless `§ N Rubrik` stays a
heading; and the negative `w43-s-hyra`, a width-wrapped print with `§` headings and blank
lines, whose stycken still end at a short sentence line; a sentence line that lost its stop
before the next line's subject (`§ 7`, two statements). Cause 5 (segmentation half): a web
page's bullets opening with a `§ N.` label, glued to the capital after it or not (`• § 1.Klubbens
namn …`), are numbered paragraphs, and a bullet before an adoption line forms no clause of its
own (`w43-s-skidklubb`; the negative: a plain bullet item stays an item). Offsets computed.
Run: python corpus/make_w43_s.py corpus/dev"""

import sys

from records import FTV, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w43-s", conditions_from_statements=True)

FAR = ("får", "få", "pres", "act")

D = "w43-s-skytte"
SKY_TEXT = """Stadgar för Ekbys Skytteförbund

§ 1 Namn och ändamål
Förbundet verkar i hela Ekby.
Förbundet har till uppgift att främja skytte i Ekby.

§ 2
Styrelsen leder förbundets verksamhet.
Vid lika röstetal avgör lotten.
Styrelsen väljer inom sig en kassör.
Styrelsen sammanträder minst fyra gånger per år.

§ 3 Styrelse
Styrelsen ska särskilt:
– förvalta förbundets medel,
– ordna tävlingar.
Styrelsen fattar beslut med enkel majoritet.

§ 4
Kassören sköter förbundets bokföring.
Räkenskaper
Revisorerna granskar räkenskaperna före årsmötet.
Revisorerna lämnar en berättelse till årsmötet.

Medlemskap
Styrelsen prövar ansökningar om medlemskap.

§ 5 Styrelsens uppgifter
Att förvalta förbundets egendom.
Att föra protokoll vid sammanträdena.

§ 6
På dagordningen står:
Val av revisorer.
Fastställande av årsavgift.
§ 7
Styrelsen håller ett register över vapnen
Kassören skickar ut fakturor på årsavgiften.
"""
ESF = "ekbys skytteförbund"
SKY = [
    rec("title", "Stadgar för Ekbys Skytteförbund", [("Ekbys Skytteförbund", ESF, ORG)],
        doc=D, kind="heading"),
    rec("§1", "Namn och ändamål", doc=D, kind="heading", label="§ 1"),
    # cause 1: a blank-line block of sentence lines under a `§ N Rubrik` line
    rec("§1.1", "Förbundet verkar i hela Ekby. Förbundet har till uppgift att främja skytte i "
        "Ekby.", [("Förbundet", ESF, ORG), ("Förbundet", ESF, ORG, 1)],
        [pres("verkar", "verka"), pres("har", "ha"), inf("främja")],
        [st(ESF, "Förbundet", "none", None, "verka", "verkar"),
         st(ESF, "Förbundet", "obligation", "har till uppgift att", "främja", "främja",
            "skytte i Ekby")], doc=D, parent="§1"),
    # cause 1: a bare `§ N` line over four sentence lines
    rec("§2", "Styrelsen leder förbundets verksamhet. Vid lika röstetal avgör lotten. Styrelsen "
        "väljer inom sig en kassör. Styrelsen sammanträder minst fyra gånger per år.",
        [("Styrelsen", "styrelse", POL), ("förbundets", ESF, ORG),
         ("Styrelsen", "styrelse", POL, 1), ("kassör", "kassör", FTV),
         ("Styrelsen", "styrelse", POL, 2)],
        [pres("leder", "leda"), pres("avgör", "avgöra"), pres("väljer", "välja"),
         pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder", "förbundets verksamhet"),
         st("styrelse", "Styrelsen", "none", None, "välja", "väljer", "en kassör"),
         st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder")],
        doc=D, label="§ 2"),
    rec("§3", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Styrelsen ska särskilt:", [("Styrelsen", "styrelse", POL)], [SKA], doc=D,
        parent="§3"),
    rec("§3.1.a", "förvalta förbundets medel,", [("förbundets", ESF, ORG)], [inf("förvalta")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "förvalta", "förvalta",
            "förbundets medel")], doc=D, kind="list_item", parent="§3.1", label="–"),
    rec("§3.1.b", "ordna tävlingar.", [], [inf("ordna")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "ordna", "ordna", "tävlingar")],
        doc=D, kind="list_item", parent="§3.1", label="–"),
    # negative: a list item ending in `.` still ends before the next sentence line
    rec("§3.2", "Styrelsen fattar beslut med enkel majoritet.", [("Styrelsen", "styrelse", POL)],
        [pres("fattar", "fatta")],
        [st("styrelse", "Styrelsen", "none", None, "fatta", "fattar", "beslut")],
        doc=D, parent="§3"),
    rec("§4", "Kassören sköter förbundets bokföring.",
        [("Kassören", "kassör", FTV), ("förbundets", ESF, ORG)], [pres("sköter", "sköta")],
        [st("kassör", "Kassören", "none", None, "sköta", "sköter", "förbundets bokföring")],
        doc=D, label="§ 4"),
    # negative: a verbless heading line after a sentence line still stands alone
    rec("h1", "Räkenskaper", doc=D, kind="heading"),
    rec("1", "Revisorerna granskar räkenskaperna före årsmötet. Revisorerna lämnar en "
        "berättelse till årsmötet.",
        [("Revisorerna", "revisor", FTV), ("Revisorerna", "revisor", FTV, 1),
         ("årsmötet", "årsmöte", POL, 1)],  # `före årsmötet`: an event (§2, round 21)
        [pres("granskar", "granska"), pres("lämnar", "lämna")],
        [st("revisor", "Revisorerna", "none", None, "granska", "granskar", "räkenskaperna"),
         st("revisor", "Revisorerna", "none", None, "lämna", "lämnar", "en berättelse")],
        doc=D, parent="h1"),
    # negative: a heading over one sentence line in its own block
    rec("h2", "Medlemskap", doc=D, kind="heading"),
    rec("2", "Styrelsen prövar ansökningar om medlemskap.", [("Styrelsen", "styrelse", POL)],
        [pres("prövar", "pröva")],
        [st("styrelse", "Styrelsen", "none", None, "pröva", "prövar",
            "ansökningar om medlemskap")], doc=D, parent="h2"),
    rec("§5", "Styrelsens uppgifter", [("Styrelsens", "styrelse", POL)], doc=D, kind="heading",
        label="§ 5"),
    # negative: a line opening with `Att` + infinitive is an item of a list, never the
    # paragraph's next sentence (no statement under a heading, analysis 42-bc's note)
    rec("§5.1", "Att förvalta förbundets egendom.", [("förbundets", ESF, ORG)],
        [inf("förvalta")], doc=D, parent="§5"),
    rec("§5.2", "Att föra protokoll vid sammanträdena.", [], [inf("föra")], doc=D,
        parent="§5"),
    # negative: short lines after a colon lead-in are items, each its own clause
    rec("§6", "På dagordningen står:", [], [pres("står", "stå")], doc=D, label="§ 6"),
    rec("§6.1", "Val av revisorer.", [("revisorer", "revisor", FTV)], doc=D, parent="§6"),
    rec("§6.2", "Fastställande av årsavgift.", doc=D, parent="§6"),
    # cause 1: a sentence line that lost its stop, joined to the next (sentences.py)
    rec("§7", "Styrelsen håller ett register över vapnen Kassören skickar ut fakturor på "
        "årsavgiften.", [("Styrelsen", "styrelse", POL), ("Kassören", "kassör", FTV)],
        [pres("håller", "hålla"), pres("skickar", "skicka")],
        [st("styrelse", "Styrelsen", "none", None, "hålla", "håller", "ett register"),
         st("kassör", "Kassören", "none", None, "skicka", "skickar", "fakturor")],
        doc=D, label="§ 7"),
]

D = "w43-s-valnamnd"
VAL_1 = ("Om minst två ledamöter begär det ska ordföranden kalla till ett extra sammanträde "
         "inom två veckor från den dag då begäran kom in, räknat från den första vardagen "
         "efter det att begäran lämnades in.")
VAL_2 = ("Om två ledamöter får lika många röster vid ett val ska lotten avgöra vem av dem som "
         "blir vald till uppdraget för den återstående delen av mandattiden i valnämnden.")
VAL_3 = "Nämnden sammanträder i Västerby stadshus, Torggatan 4"
VAL_4 = ("Ordföranden får i samråd med vice ordföranden flytta ett sammanträde till en annan "
         "lokal i Västerby om lokalen i stadshuset inte kan användas vid det aktuella "
         "tillfället.")
VAL_5 = ("Nämnden sammanträder minst sex gånger om året på de dagar som står i den plan för "
         "sammanträden som gäller för det kommande året och som finns på webbplatsen.")
VAL_6 = ("Protokollet justeras av ordföranden senast sju dagar efter sammanträdet och visas "
         "därefter på anslagstavlan i stadshusets entré under minst tre veckor.")
VAL_TEXT = f"""Arbetsordning för valnämnden

§ 1 {VAL_1}
{VAL_2}

§ 2 {VAL_3}
{VAL_4}

§ 3 Sammanträden och protokoll
{VAL_5}
{VAL_6}
"""
VN = "valnämnd"
VO = "valnämndens ordförande"
VAL = [
    rec("title", "Arbetsordning för valnämnden", [("valnämnden", VN, POL)], doc=D,
        kind="heading"),
    # cause 1: a `§ N` sentence line and the sentence line under it are one paragraph
    rec("§1", f"{VAL_1} {VAL_2}",
        [("ledamöter", "ledamot", FTV), ("ordföranden", VO, FTV),
         ("ledamöter", "ledamot", FTV, 1), ("valnämnden", VN, POL)],
        [pres("begär", "begära"), SKA, inf("kalla"), ("kom", "komma", "past", "act"),
         ("lämnades", "lämna", "past", "pass"), FAR,
         ("ska", "skola", "pres", "act", 1), inf("avgöra"), pres("blir", "bli")],
        [st(VO, "ordföranden", "obligation", "ska", "kalla", "kalla",
            "till ett extra sammanträde", condition="Om minst två ledamöter begär det")],
        doc=D, label="§ 1"),
    # cause 1: a `§ N` line with a finite verb and no stop is no heading
    rec("§2", f"{VAL_3} {VAL_4}",
        [("Nämnden", "nämnd", POL), ("Ordföranden", VO, FTV),
         ("vice ordföranden", "valnämndens vice ordförande", FTV)],
        [pres("sammanträder", "sammanträda"), FAR, inf("flytta"),
         ("kan", "kunna", "pres", "act"), inf("användas", "använda", "pass")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder"),
         st(VO, "Ordföranden", "permission", "får", "flytta", "flytta", "ett sammanträde",
            condition="om lokalen i stadshuset inte kan användas vid det aktuella tillfället")],
        doc=D, label="§ 2"),
    # negative: a verbless `§ N Rubrik` line stays a heading
    rec("§3", "Sammanträden och protokoll", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", f"{VAL_5} {VAL_6}",
        [("Nämnden", "nämnd", POL), ("ordföranden", VO, FTV)],
        [pres("sammanträder", "sammanträda"), pres("står", "stå"), pres("gäller", "gälla"),
         pres("finns", "finnas"), pres("justeras", "justera", "pass"),
         pres("visas", "visa", "pass")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder"),
         st(VO, "ordföranden", "none", None, "justera", "justeras", "Protokollet",
            passive=True)], doc=D, parent="§3"),
]

D = "w43-s-hyra"
HYR_TEXT = """Regler för uthyrning av Norrås bygdegård

§ 1 Bokning

Föreningarna bokar lokalen hos kassören senast två veckor före det
tillfälle de vill hyra. Bokningen är bindande.
Styrelsen fördelar de tider som är kvar efter höstens bokning mellan
föreningarna i socknen.

§ 2 Avgifter

Hyresgästen betalar hyra enligt den taxa som årsmötet har fastställt
för det år då lokalen hyrs.
Hyran ska betalas inom trettio dagar.
Styrelsen får sätta ned hyran för arrangemang som vänder sig till
barn och unga i bygden.
"""
HYR = [
    rec("title", "Regler för uthyrning av Norrås bygdegård", doc=D, kind="heading"),
    rec("§1", "Bokning", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningarna bokar lokalen hos kassören senast två veckor före det tillfälle "
        "de vill hyra. Bokningen är bindande.",
        [("Föreningarna", "förening", ORG), ("kassören", "kassör", FTV)],
        [pres("bokar", "boka"), pres("vill", "vilja"), inf("hyra"), pres("är", "vara")],
        [st("förening", "Föreningarna", "none", None, "boka", "bokar", "lokalen")],
        doc=D, parent="§1"),
    # negative: a width-wrapped print ends a stycke at a short sentence line
    rec("§1.2", "Styrelsen fördelar de tider som är kvar efter höstens bokning mellan "
        "föreningarna i socknen.",
        [("Styrelsen", "styrelse", POL), ("föreningarna", "förening", ORG)],
        [pres("fördelar", "fördela"), pres("är", "vara")],
        [st("styrelse", "Styrelsen", "none", None, "fördela", "fördelar", "de tider")],
        doc=D, parent="§1"),
    rec("§2", "Avgifter", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Hyresgästen betalar hyra enligt den taxa som årsmötet har fastställt för det "
        "år då lokalen hyrs.",
        [("Hyresgästen", "hyresgäst", "extern"), ("årsmötet", "årsmöte", POL)],
        [pres("betalar", "betala"), pres("har", "ha"), ("fastställt", "fastställa", "sup", "act"),
         pres("hyrs", "hyra", "pass")],
        [st("hyresgäst", "Hyresgästen", "none", None, "betala", "betalar", "hyra")],
        doc=D, parent="§2"),
    rec("§2.2", "Hyran ska betalas inom trettio dagar.", [],
        [SKA, inf("betalas", "betala", "pass")],
        [st(None, None, "obligation", "ska", "betala", "betalas", "Hyran", passive=True)],
        doc=D, parent="§2"),
    rec("§2.3", "Styrelsen får sätta ned hyran för arrangemang som vänder sig till barn och "
        "unga i bygden.", [("Styrelsen", "styrelse", POL)],
        [FAR, inf("sätta"), pres("vänder", "vända")],
        [st("styrelse", "Styrelsen", "permission", "får", "sätta", "sätta", "hyran")],
        doc=D, parent="§2"),
]

D = "w43-s-skidklubb"
SKI_TEXT = """Stadgar för Ekbys Skidklubb

 • Antagna vid årsmötet den 4 mars 2021

 • § 1.Klubbens namn är Ekbys Skidklubb.

 • § 2. Klubben ska främja skidåkning i Ekby.

 • § 3.Styrelsen leder klubbens verksamhet.

 • Styrelsen består av fem ledamöter.
"""
ESK = "ekbys skidklubb"
SKI = [
    rec("title", "Stadgar för Ekbys Skidklubb", [("Ekbys Skidklubb", ESK, ORG)], doc=D,
        kind="heading"),
    # cause 5: the bullet before an adoption line is no clause of its own
    rec("m1", "Antagna vid årsmötet den 4 mars 2021", [("årsmötet", "årsmöte", POL)], doc=D),
    # cause 5: a `§ N.` label after a bullet, glued to the capital after it
    rec("§1", "Klubbens namn är Ekbys Skidklubb.", [("Klubbens", ESK, ORG)],
        [pres("är", "vara")], doc=D, label="§ 1."),
    rec("§2", "Klubben ska främja skidåkning i Ekby.", [("Klubben", ESK, ORG)],
        [SKA, inf("främja")],
        [st(ESK, "Klubben", "obligation", "ska", "främja", "främja", "skidåkning i Ekby")],
        doc=D, label="§ 2."),
    rec("§3", "Styrelsen leder klubbens verksamhet.",
        [("Styrelsen", "styrelse", POL), ("klubbens", ESK, ORG)], [pres("leder", "leda")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder", "klubbens verksamhet")],
        doc=D, label="§ 3."),
    # negative: a plain bullet stays a list item
    rec("§3.a", "Styrelsen består av fem ledamöter.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [pres("består", "bestå")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av fem ledamöter")],
        doc=D, kind="list_item", parent="§3", label="•"),
]

DOCUMENTS = {"w43-s-skytte": (SKY_TEXT, SKY), "w43-s-valnamnd": (VAL_TEXT, VAL),
             "w43-s-hyra": (HYR_TEXT, HYR), "w43-s-skidklubb": (SKI_TEXT, SKI)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w43-s", DOCUMENTS)
