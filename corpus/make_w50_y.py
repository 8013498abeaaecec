"""Builds corpus/dev/w50-y.jsonl and the pages corpus/dev/w50-y-*.txt with their gold: the blind
probe w50-y of round 50 (real-style governance texts of kinds the corpus is thin on, as copied
from a PDF viewer or a browser), written and annotated by hand from docs/annotation.md §1–§5 and
the rulings at its end before any run; the writer never ran the extractor on them.
`w50-y-delegation` (a socialnämnd's delegationsordning copied from a PDF viewer, one line a
clause: an adoption line, a `Förkortningar` legend of one abbreviation and its expansion a line
(`IFO-chef`, `1:e soc sekr`, `Soc sekr`, `AU`, `Ordf`; round 44/46: the abbreviations are actors
of their expansion wherever they stand), `uppdrar med stöd av …` with a comma series after `åt`,
`Vidaredelegering får ske till 1:e soc sekr om IFO-chef …` (no statement: the subject is no
actor), a flattened table (`Ärende Lagrum Delegat Anmärkning` header, rows `2.1 … SoL 4 kap. 1 §
Soc sekr`) whose note cells open with their own noun phrase before a modal passive (round 48:
implicit actor), a verb-first condition `Kan ordföranden inte nås, får beslutet fattas av …`,
numbered case headings over `Delegat: …` and `Lagrum: …` lines, a page counter line);
`w50-y-vdinstruktion` (a kommunalt bostadsbolag's VD-instruktion as a web page: skip link,
menu and `/` trail, a `Styrelsen har beslutat att …` preamble with `(VD)`, `VD ska …`, `Det
åligger VD att …`, `ansvarar för att`, a `får inte utan styrelsens medgivande:` lead-in over
dash items with coordinated infinitives, a long fronted `Om …` before `får VD`, `Sida 2 av 4`
mid-page, `Vid förfall för VD träder vice VD in`, a non-actor subject with `enligt`, an
`av`-agent passive with an adverb, a dated footer `Fastställd av styrelsen …`, `Dela sidan`);
`w50-y-arbetsordning` (a region's arbetsordning för regionfullmäktige copied from a PDF, `§ N`
paragraphs under verbless headings: bare `Fullmäktige` of the assembly, `ordföranden` the
meeting's chair (round 46 b), `Om varken ordföranden eller vice ordförandena kan …, utser
fullmäktige`, `av`-agents with `efter samråd med`, an agentless passive with `enligt` (no
statement), `ska senast … anmälas till regionstyrelsens kansli`, `Den som vill …` (no actor),
`får … och får … om …`, `av ordföranden och två ledamöter som fullmäktige utser`, the title
repeated before a page counter as running furniture); `w50-y-beslutsordning` (a högskola's
beslutsordning: acronyms in brackets for bodies (`(HS)`, `(FN)`) and for a statute (`(HF)`, no
actor), `beslutar om`, `får delegera … om inte annat följer av …`, `Rektor har rätt att … och
att …`, `är rektors ställföreträdare och beslutar … när …`, `i samråd med`, a bare `Nämnden`,
an agentless passive with a student union `(NSK)` in a condition, `Den som har fått … får
inte …` (no actor)); `w50-y-skidklubb` (an idrottsförening's stadgar in blank-line `§ N
Rubrik` blocks with old `skall`: `Föreningens ändamål är att …` (B10, no statement), `Medlem
som …`, `kan uteslutas av styrelsen`, `Årsmötet är … och hålls …`, `Extra årsmöte skall hållas
när …`, `Vid årsmötet har varje medlem …`, `Årsmötet väljer …`, three coordinated infinitives
under `skall`, `är beslutför när …`, a firma signed by two agents, a time limit between `skall`
and its verb, `Till sidans topp`); `w50-y-kommundirektor` (a kommun's kommundirektör page: a
cookie notice and its buttons, menu and `›` trail, the place's genitive owning the copula's
predicative, `anställs av … och är chef för …`, a contact card between the body's sections,
`I kommunledningsgruppen ingår A, B, C och D`, `har rätt att … enligt …`, `Vid X:s frånvaro
tjänstgör biträdande kommundirektör`, a last line cut after `till`). Offsets computed.
Round 51 (analysis51-w50y §3a, rulings y4/y5): a bare `Nämnden` under the heading
`Fakultetsnämnden` is `fakultetsnämnd`; `högskolans` is the document's högskola, `bolaget(s)` the
named company; a genitive + `arbetsutskott` is one span and `AU` takes its legend's expansion;
the column header run has no actor; `Dela sidan` is chrome; `Vitterviks` is no actor (y2);
the heading `Ersättare och rapportering` keeps its actor (y4).
Run: python corpus/make_w50_y.py corpus/dev"""

import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    HAR,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    SKALL,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

FTV = "förtroendevald"
rec = records_for("w50-y", conditions_from_statements=True)


def item(cid, text, actors=(), verbs=(), statements=(), *, doc, parent, label=""):
    """A list item."""
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item", parent=parent,
               label=label)


def sup(word, lemma, voice="act", nth=0):
    """A supine VERB tuple."""
    return (word, lemma, "sup", voice, nth)


def row(line):
    """A numbered table row's text without its number (the label)."""
    return line.split(" ", 1)[1]


# (a) A socialnämnd's delegationsordning copied from a PDF viewer, one clause a line.
D = "w50-y-delegation"
DEL_TEXT = """Delegationsordning för socialnämnden i Norrhärads kommun
Antagen av socialnämnden 2026-03-18, § 41
Förkortningar
IFO-chef Individ- och familjeomsorgschef
1:e soc sekr Förste socialsekreterare
Soc sekr Socialsekreterare
AU Socialnämndens arbetsutskott
Ordf Socialnämndens ordförande
1 Allmänt
Socialnämnden uppdrar med stöd av 6 kap. 37 § och 7 kap. 5 § kommunallagen åt \
arbetsutskottet, ordföranden \
och anställda att besluta i de ärenden som anges nedan.
Vidaredelegering får ske till 1:e soc sekr om IFO-chef anmäler det till nämnden.
Beslut som fattas på delegation ska redovisas för nämnden vid dess närmast följande \
sammanträde.
2 Ekonomiskt bistånd
Ärende Lagrum Delegat Anmärkning
2.1 Beslut om ekonomiskt bistånd till livsföring i övrigt SoL 4 kap. 1 § Soc sekr
2.2 Beslut om bistånd utöver riksnormen SoL 4 kap. 1 § 1:e soc sekr Högst ett halvt \
prisbasbelopp
2.3 Beslut om återkrav av felaktigt utbetalt bistånd SoL 9 kap. 1 § IFO-chef Beslutet ska \
anmälas till AU
Sida 3 av 12
3 Vård av barn och unga
Ärende Lagrum Delegat Anmärkning
3.1 Ansökan till förvaltningsrätten om vård av unga 4 § LVU AU
3.2 Beslut om omedelbart omhändertagande 6 § LVU Ordf Beslutet ska underställas nämnden \
vid första möjliga sammanträde
Kan ordföranden inte nås, får beslutet fattas av en annan ledamot som nämnden har förordnat.
4 Familjerätt
4.1 Godkännande av föräldraskapsbekräftelse
Delegat: Familjerättssekreterare
Lagrum: FB 1 kap. 4 §
4.2 Beslut att inleda utredning om föräldraskap
Delegat: 1:e soc sekr
"""
DL = DEL_TEXT.split("\n")
SN = "socialnämnd"
IFO = "individ- och familjeomsorgschef"
FSS = "förste socialsekreterare"
SS = "socialsekreterare"
AU = "socialnämndens arbetsutskott"
SNO = "socialnämndens ordförande"
DCOND = "om IFO-chef anmäler det till nämnden"
D_KAN = "Kan ordföranden inte nås"
DELEGATION = [
    rec("title", DL[0], [("socialnämnden", SN, POL),
                         ("Norrhärads kommun", "norrhärads kommun", ORG)], doc=D,
        kind="heading"),
    rec("m1", DL[1], [("socialnämnden", SN, POL)], doc=D),
    rec("h1", DL[2], doc=D, kind="heading"),
    rec("k1", DL[3], [("IFO-chef", IFO, TJP), ("Individ- och familjeomsorgschef", IFO, TJP)],
        doc=D, parent="h1"),
    rec("k2", DL[4], [("1:e soc sekr", FSS, TJP), ("Förste socialsekreterare", FSS, TJP)],
        doc=D, parent="h1"),
    rec("k3", DL[5], [("Soc sekr", SS, TJP), ("Socialsekreterare", SS, TJP)], doc=D,
        parent="h1"),
    rec("k4", DL[6], [("AU", AU, POL), ("Socialnämndens arbetsutskott", AU, POL)],
        doc=D, parent="h1"),
    rec("k5", DL[7], [("Ordf", SNO, FTV), ("Socialnämndens ordförande", SNO, FTV)], doc=D,
        parent="h1"),
    rec("1", "Allmänt", doc=D, kind="heading", label="1"),
    rec("1.1", DL[9],
        [("Socialnämnden", SN, POL), ("arbetsutskottet", "arbetsutskott", POL),
         ("ordföranden", SNO, FTV), ("anställda", "anställd", TJP)],
        [pres("uppdrar", "uppdra"), inf("besluta"), pres("anges", "ange", "pass")],
        [st(SN, "Socialnämnden", "none", None, "uppdra", "uppdrar",
            "åt arbetsutskottet, ordföranden och anställda att besluta i de ärenden som anges "
            "nedan", condition="med stöd av 6 kap. 37 § och 7 kap. 5 § kommunallagen")],
        doc=D, parent="1"),
    rec("1.2", DL[10],
        [("1:e soc sekr", FSS, TJP), ("IFO-chef", IFO, TJP), ("nämnden", "nämnd", POL)],
        [FAR, inf("ske"), pres("anmäler", "anmäla")], conditions=[DCOND], doc=D, parent="1"),
    rec("1.3", DL[11], [("nämnden", "nämnd", POL)],
        [pres("fattas", "fatta", "pass"), SKA, inf("redovisas", "redovisa", "pass")],
        [st(None, None, "obligation", "ska", "redovisa", "redovisas",
            "Beslut som fattas på delegation", passive=True)], doc=D, parent="1"),
    rec("2", "Ekonomiskt bistånd", doc=D, kind="heading", label="2"),
    rec("2.h", DL[13], doc=D, kind="heading", parent="2"),
    rec("2.1", row(DL[14]), [("Soc sekr", SS, TJP)], doc=D, parent="2", label="2.1"),
    rec("2.2", row(DL[15]), [("1:e soc sekr", FSS, TJP)], doc=D, parent="2", label="2.2"),
    rec("2.3", row(DL[16]), [("IFO-chef", IFO, TJP), ("AU", AU, POL)],
        [SKA, inf("anmälas", "anmäla", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas", "Beslutet", passive=True)],
        doc=D, parent="2", label="2.3"),
    rec("3", "Vård av barn och unga", doc=D, kind="heading", label="3"),
    rec("3.h", DL[19], doc=D, kind="heading", parent="3"),
    rec("3.1", row(DL[20]), [("förvaltningsrätten", "förvaltningsrätt", EXT), ("AU", AU, POL)],
        doc=D, parent="3", label="3.1"),
    rec("3.2", row(DL[21]), [("Ordf", SNO, FTV), ("nämnden", "nämnd", POL)],
        [SKA, inf("underställas", "underställa", "pass")],
        [st(None, None, "obligation", "ska", "underställa", "underställas", "Beslutet",
            passive=True)], doc=D, parent="3", label="3.2"),
    rec("3.p1", DL[22],
        [("ordföranden", SNO, FTV), ("ledamot", "ledamot", FTV), ("nämnden", "nämnd", POL)],
        [("Kan", "kunna", "pres", "act"), inf("nås", "nå", "pass"), FAR,
         inf("fattas", "fatta", "pass"), HAR, sup("förordnat", "förordna")],
        [st("ledamot", "ledamot", "permission", "får", "fatta", "fattas", "beslutet",
            passive=True, condition=D_KAN)], doc=D, parent="3"),
    rec("4", "Familjerätt", doc=D, kind="heading", label="4"),
    rec("4.1", "Godkännande av föräldraskapsbekräftelse", doc=D, kind="heading", parent="4",
        label="4.1"),
    rec("4.1.1", DL[25], [("Familjerättssekreterare", "familjerättssekreterare", TJP)],
        doc=D, parent="4.1"),
    rec("4.1.2", DL[26], doc=D, parent="4.1"),
    rec("4.2", "Beslut att inleda utredning om föräldraskap", [], [inf("inleda")], doc=D,
        kind="heading", parent="4", label="4.2"),
    rec("4.2.1", DL[28], [("1:e soc sekr", FSS, TJP)], doc=D,
        parent="4.2"),
]

# (b) A kommunalt bostadsbolag's VD-instruktion as a web page, one clause a line.
D = "w50-y-vdinstruktion"
VD_TEXT = """Hoppa till innehåll
Tallviksbostäder
Sök lägenhet
Om oss
Styrdokument
Start / Om oss / Styrdokument / VD-instruktion
VD-instruktion
Styrelsen har beslutat att denna instruktion ska gälla för verkställande direktören (VD) i \
AB Tallviksbostäder från och med den 1 januari 2027.
VD:s uppgifter
VD ska sköta bolagets löpande förvaltning enligt de anvisningar och riktlinjer som \
styrelsen meddelar.
Det åligger VD att hålla styrelsen underrättad om bolagets ekonomiska ställning och om \
väsentliga avvikelser från budget.
VD ansvarar för att styrelsen inför varje sammanträde får ett fullständigt beslutsunderlag.
Begränsningar
Utan styrelsens medgivande får verkställande direktören inte:
– förvärva, pantsätta eller avyttra fast egendom,
– ingå avtal om ny- eller ombyggnad som överstiger 5 miljoner kronor,
– anställa eller entlediga chefer som rapporterar direkt till VD.
Om det inte är möjligt att invänta styrelsens beslut utan väsentlig olägenhet för bolaget, \
får VD vidta åtgärder av ovanligt slag eller stor betydelse.
VD ska i sådant fall snarast underrätta styrelsen om åtgärden.
Sida 2 av 4
Ersättare och rapportering
Vid förfall för VD träder vice VD in med samma befogenheter.
Ekonomichefen biträder VD vid upprättandet av månadsrapporter till styrelsen.
VD:s rapportering till styrelsen sker enligt bilaga 1.
Instruktionen prövas årligen av styrelsen vid det konstituerande sammanträdet.
Fastställd av styrelsen 2026-11-12
Dela sidan
"""
VL = VD_TEXT.split("\n")
VDC = "verkställande direktör"
STY = "styrelse"
VCOND = ("Om det inte är möjligt att invänta styrelsens beslut utan väsentlig olägenhet för "
         "bolaget")
VDL = "verkställande direktören"
ABT = "ab tallviksbostäder"


def proh(aim, obj):
    """A prohibition an item takes from the lead-in `Verkställande direktören får inte …:`."""
    return st(VDC, VDL, "prohibition", "får", aim, aim, obj, negated=True)


VD = [
    rec("title", VL[6], doc=D, kind="heading"),
    rec("1", VL[7],
        [("Styrelsen", STY, POL), ("verkställande direktören", VDC, TJP), ("VD", VDC, TJP),
         ("AB Tallviksbostäder", "ab tallviksbostäder", ORG)],
        [HAR, sup("beslutat", "besluta"), SKA, inf("gälla")],
        [st(STY, "Styrelsen", "none", None, "besluta", "beslutat",
            "att denna instruktion ska gälla för verkställande direktören (VD) i AB "
            "Tallviksbostäder från och med den 1 januari 2027")], doc=D),
    rec("h1", VL[8], [("VD:s", VDC, TJP)], doc=D, kind="heading"),
    rec("2", VL[9],
        [("VD", VDC, TJP), ("bolagets", ABT, ORG), ("styrelsen", STY, POL)],
        [SKA, inf("sköta"), pres("meddelar", "meddela")],
        [st(VDC, "VD", "obligation", "ska", "sköta", "sköta",
            "bolagets löpande förvaltning",
            condition="enligt de anvisningar och riktlinjer som styrelsen meddelar")],
        doc=D, parent="h1"),
    rec("3", VL[10],
        [("VD", VDC, TJP), ("styrelsen", STY, POL), ("bolagets", ABT, ORG)],
        [pres("åligger", "åligga"), inf("hålla")],
        [st(VDC, "VD", "obligation", "åligger", "hålla", "hålla",
            "styrelsen underrättad om bolagets ekonomiska ställning och om väsentliga "
            "avvikelser från budget")], doc=D, parent="h1"),
    rec("4", VL[11], [("VD", VDC, TJP), ("styrelsen", STY, POL)],
        [pres("ansvarar", "ansvara"), pres("får", "få")],
        [st(VDC, "VD", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att styrelsen inför varje sammanträde får ett fullständigt beslutsunderlag")],
        doc=D, parent="h1"),
    rec("h2", VL[12], doc=D, kind="heading"),
    rec("5", VL[13], [("styrelsens", STY, POL), (VDL, VDC, TJP)], [FAR], doc=D, parent="h2"),
    item("5.a", VL[14][2:], [], [inf("förvärva"), inf("pantsätta"), inf("avyttra")],
         [proh("förvärva", "fast egendom"), proh("pantsätta", "fast egendom"),
          proh("avyttra", "fast egendom")], doc=D, parent="5", label="–"),
    item("5.b", VL[15][2:], [], [inf("ingå"), pres("överstiger", "överstiga")],
         [proh("ingå", "avtal om ny- eller ombyggnad som överstiger 5 miljoner kronor")], doc=D,
         parent="5", label="–"),
    item("5.c", VL[16][2:], [("chefer", "chef", TJP), ("VD", VDC, TJP)],
         [inf("anställa"), inf("entlediga"), pres("rapporterar", "rapportera")],
         [proh("anställa", "chefer som rapporterar direkt till VD"),
          proh("entlediga", "chefer som rapporterar direkt till VD")], doc=D, parent="5",
         label="–"),
    rec("6", VL[17],
        [("styrelsens", STY, POL), ("bolaget", ABT, ORG), ("VD", VDC, TJP)],
        [AR, inf("invänta"), FAR, inf("vidta")],
        [st(VDC, "VD", "permission", "får", "vidta", "vidta",
            "åtgärder av ovanligt slag eller stor betydelse", condition=VCOND)], doc=D,
        parent="h2"),
    rec("7", VL[18], [("VD", VDC, TJP), ("styrelsen", STY, POL)], [SKA, inf("underrätta")],
        [st(VDC, "VD", "obligation", "ska", "underrätta", "underrätta",
            "styrelsen om åtgärden")], doc=D, parent="h2"),
    rec("h3", VL[20], [("Ersättare", "ersättare", FTV)], doc=D, kind="heading"),
    rec("8", VL[21], [("VD", VDC, TJP), ("vice VD", "vice verkställande direktör", TJP)],
        [pres("träder", "träda")],
        [st("vice verkställande direktör", "vice VD", "none", None, "träda", "träder",
            "med samma befogenheter", condition="Vid förfall för VD")], doc=D, parent="h3"),
    rec("9", VL[22],
        [("Ekonomichefen", "ekonomichef", TJP), ("VD", VDC, TJP), ("styrelsen", STY, POL)],
        [pres("biträder", "biträda")],
        [st("ekonomichef", "Ekonomichefen", "none", None, "biträda", "biträder",
            "VD vid upprättandet av månadsrapporter till styrelsen")], doc=D, parent="h3"),
    rec("10", VL[23], [("VD:s", VDC, TJP), ("styrelsen", STY, POL)], [pres("sker", "ske")],
        conditions=["enligt bilaga 1"], doc=D, parent="h3"),
    rec("11", VL[24], [("styrelsen", STY, POL)], [pres("prövas", "pröva", "pass")],
        [st(STY, "styrelsen", "none", None, "pröva", "prövas", "Instruktionen", passive=True)],
        doc=D, parent="h3"),
    rec("m1", VL[25], [("styrelsen", STY, POL)], doc=D, parent="h3"),
]

# (c) A region's arbetsordning för regionfullmäktige copied from a PDF, one clause a line.
D = "w50-y-arbetsordning"
AO_TEXT = """Arbetsordning för Västerkullas regionfullmäktige
Antagen av regionfullmäktige den 9 juni 2026, § 88
Antal ledamöter
§ 1 Fullmäktige har 79 ledamöter.
§ 2 Antalet ersättare för varje parti bestäms enligt vallagen.
Presidium
§ 3 Bland ledamöterna väljer fullmäktige för mandatperioden ett presidium om en ordförande \
och två vice ordförande.
§ 4 Om varken ordföranden eller någon av de två vice ordförandena kan närvara vid ett \
sammanträde, utser \
fullmäktige någon annan ledamot att leda sammanträdet.
Sammanträden
§ 5 Fullmäktige sammanträder varje år i februari, april, juni, september och november.
§ 6 Tid och plats för sammanträdena bestäms av fullmäktige för varje kalenderår.
§ 7 Fullmäktige håller extra sammanträde om regionstyrelsen begär det eller om minst 27 \
ledamöter kräver det.
§ 8 Beslut om att ställa in ett sammanträde fattas av ordföranden, efter samråd med de vice \
ordförandena.
Arbetsordning för Västerkullas regionfullmäktige Sida 2 av 5
Ärendenas beredning
§ 9 Ärenden till fullmäktige bereds av regionstyrelsen eller av en fullmäktigeberedning.
§ 10 En interpellation ska senast tio dagar före sammanträdet anmälas till \
regionstyrelsens kansli.
§ 11 En ledamot som vill avgå ska skriftligen anmäla detta till fullmäktige.
Ordningen vid sammanträdena
§ 12 Ordföranden får utvisa den som uppträder störande och får ajournera sammanträdet om \
ordningen inte kan återställas.
§ 13 Den som vill yttra sig ska anmäla det till ordföranden.
Protokoll
§ 14 Protokollen justeras av ordföranden samt två ledamöter som fullmäktige utser för \
ändamålet.
§ 15 Justeringen ska ske senast fjorton dagar efter sammanträdet.
"""
AL = AO_TEXT.split("\n")
RF = "regionfullmäktige"
ORDF = "ordförande"
VORDF = "vice ordförande"
RST = "regionstyrelse"
ACOND = ("Om varken ordföranden eller någon av de två vice ordförandena kan närvara vid ett "
         "sammanträde")


def para(n, line, actors=(), verbs=(), statements=(), conditions=(), parent=None):
    """A `§ N` paragraph: its text after the label."""
    label = f"§ {n}"
    return rec(f"§{n}", line[len(label) + 1:], actors, verbs, statements, conditions, doc=D,
               parent=parent, label=label)


ARBETS = [
    rec("title", AL[0], [(RF, RF, POL)], doc=D, kind="heading"),
    rec("m1", AL[1], [(RF, RF, POL)], doc=D),
    rec("h1", AL[2], [("ledamöter", "ledamot", FTV)], doc=D, kind="heading"),
    para(1, AL[3], [("Fullmäktige", RF, POL), ("ledamöter", "ledamot", FTV)], [HAR],
         [st(RF, "Fullmäktige", "none", None, "ha", "har", "79 ledamöter")], parent="h1"),
    para(2, AL[4], [("ersättare", "ersättare", FTV), ("parti", "parti", POL)],
         [pres("bestäms", "bestämma", "pass")], conditions=["enligt vallagen"], parent="h1"),
    rec("h2", AL[5], [("Presidium", "presidium", POL)], doc=D, kind="heading"),
    para(3, AL[6],
         [("ledamöterna", "ledamot", FTV), ("fullmäktige", RF, POL),
          ("presidium", "presidium", POL), ("ordförande", ORDF, FTV),
          ("vice ordförande", VORDF, FTV)],
         [pres("väljer", "välja")],
         [st(RF, "fullmäktige", "none", None, "välja", "väljer",
             "för mandatperioden ett presidium om en ordförande och två vice ordförande")],
         parent="h2"),
    para(4, AL[7],
         [("ordföranden", ORDF, FTV), ("vice ordförandena", VORDF, FTV),
          ("fullmäktige", RF, POL), ("ledamot", "ledamot", FTV)],
         [KAN, inf("närvara"), pres("utser", "utse"), inf("leda")],
         [st(RF, "fullmäktige", "none", None, "utse", "utser",
             "någon annan ledamot att leda sammanträdet", condition=ACOND)], parent="h2"),
    rec("h3", AL[8], doc=D, kind="heading"),
    para(5, AL[9], [("Fullmäktige", RF, POL)], [pres("sammanträder", "sammanträda")],
         [st(RF, "Fullmäktige", "none", None, "sammanträda", "sammanträder",
             "varje år i februari, april, juni, september och november")], parent="h3"),
    para(6, AL[10], [("fullmäktige", RF, POL)], [pres("bestäms", "bestämma", "pass")],
         [st(RF, "fullmäktige", "none", None, "bestämma", "bestäms",
             "Tid och plats för sammanträdena", passive=True)], parent="h3"),
    para(7, AL[11],
         [("Fullmäktige", RF, POL), ("regionstyrelsen", RST, POL),
          ("ledamöter", "ledamot", FTV)],
         [pres("håller", "hålla"), pres("begär", "begära"), pres("kräver", "kräva")],
         [st(RF, "Fullmäktige", "none", None, "hålla", "håller", "extra sammanträde",
             condition="om regionstyrelsen begär det")],
         conditions=["om minst 27 ledamöter kräver det"], parent="h3"),
    para(8, AL[12], [("ordföranden", ORDF, FTV), ("vice ordförandena", VORDF, FTV)],
         [inf("ställa"), pres("fattas", "fatta", "pass")],
         [st(ORDF, "ordföranden", "none", None, "fatta", "fattas",
             "Beslut om att ställa in ett sammanträde", passive=True,
             condition="efter samråd med de vice ordförandena")], parent="h3"),
    rec("h4", AL[14], doc=D, kind="heading"),
    para(9, AL[15],
         [("fullmäktige", RF, POL), ("regionstyrelsen", RST, POL),
          ("fullmäktigeberedning", "fullmäktigeberedning", POL)],
         [pres("bereds", "bereda", "pass")],
         [st(RST, "regionstyrelsen", "none", None, "bereda", "bereds", "Ärenden till fullmäktige",
             passive=True),
          st("fullmäktigeberedning", "fullmäktigeberedning", "none", None, "bereda", "bereds",
             "Ärenden till fullmäktige", passive=True)], parent="h4"),
    para(10, AL[16], [("regionstyrelsens", RST, POL), ("kansli", "kansli", FORV)],
         [SKA, inf("anmälas", "anmäla", "pass")],
         [st(None, None, "obligation", "ska", "anmäla", "anmälas", "En interpellation",
             passive=True)], parent="h4"),
    para(11, AL[17], [("ledamot", "ledamot", FTV), ("fullmäktige", RF, POL)],
         [pres("vill", "vilja"), inf("avgå"), SKA, inf("anmäla")],
         [st("ledamot", "ledamot", "obligation", "ska", "anmäla", "anmäla",
             "detta till fullmäktige")], parent="h4"),
    rec("h5", AL[18], doc=D, kind="heading"),
    para(12, AL[19], [("Ordföranden", ORDF, FTV)],
         [FAR, inf("utvisa"), pres("uppträder", "uppträda"), ("får", "få", "pres", "act", 1),
          inf("ajournera"), KAN, inf("återställas", "återställa", "pass")],
         [st(ORDF, "Ordföranden", "permission", "får", "utvisa", "utvisa",
             "den som uppträder störande"),
          st(ORDF, "Ordföranden", "permission", "får", "ajournera", "ajournera", "sammanträdet",
             condition="om ordningen inte kan återställas")], parent="h5"),
    para(13, AL[20], [("ordföranden", ORDF, FTV)],
         [pres("vill", "vilja"), inf("yttra"), SKA, inf("anmäla")], parent="h5"),
    rec("h6", AL[21], doc=D, kind="heading"),
    para(14, AL[22],
         [("ordföranden", ORDF, FTV), ("ledamöter", "ledamot", FTV), ("fullmäktige", RF, POL)],
         [pres("justeras", "justera", "pass"), pres("utser", "utse")],
         [st(ORDF, "ordföranden", "none", None, "justera", "justeras", "Protokollen",
             passive=True),
          st("ledamot", "ledamöter", "none", None, "justera", "justeras", "Protokollen",
             passive=True)], parent="h6"),
    para(15, AL[23], [], [SKA, inf("ske")], parent="h6"),
]

# (d) A högskola's beslutsordning copied from a PDF, one clause a line.
D = "w50-y-beslutsordning"
BO_TEXT = """Beslutsordning för Högskolan i Norrsund
Fastställd av högskolestyrelsen 2026-09-01 (dnr HN 2026/1142)
1 Inledning
Högskolestyrelsen (HS) beslutar om högskolans övergripande inriktning och om de frågor som \
anges i 2 kap. 2 § högskoleförordningen (HF).
Rektor beslutar i alla ärenden som inte har förbehållits högskolestyrelsen.
Rektor får delegera beslutanderätt till prorektor, dekanerna och förvaltningschefen, om \
inte annat framgår av lag eller förordning.
Rektor har rätt att återkalla en delegation och att själv fatta beslut i ett delegerat ärende.
2 Prorektor
Prorektor är rektors ställföreträdare och beslutar i rektors ställe när rektor är frånvarande.
Prorektor beslutar om antagning till utbildning på forskarnivå i samråd med \
fakultetsnämnden.
3 Fakultetsnämnden
Fakultetsnämnden (FN) ansvarar för utbildning och forskning på grundnivå, avancerad nivå och \
forskarnivå.
Nämnden beslutar om kursplaner och utbildningsplaner samt om riktlinjer för examination.
Dekanen leder fakultetsnämndens arbete och får fatta beslut på nämndens vägnar när ärendet \
inte kan avvakta nämndens nästa sammanträde.
4 Förvaltningschefen
Förvaltningschefen beslutar om högskolans lokalförsörjning och om upphandlingar under \
500 000 kronor.
Frågor som rör studentinflytande bereds i samråd med Norrsunds studentkår (NSK).
Den som har fått beslutanderätt genom delegation får inte vidaredelegera den utan rektors \
skriftliga medgivande.
"""
BL = BO_TEXT.split("\n")
HS = "högskolestyrelse"
HSK = "högskolan i norrsund"
FN = "fakultetsnämnd"
FC = "förvaltningschef"
NSK = "norrsunds studentkår"
BESLUT = [
    rec("title", BL[0], [("Högskolan i Norrsund", "högskolan i norrsund", ORG)], doc=D,
        kind="heading"),
    rec("m1", BL[1], [("högskolestyrelsen", HS, POL)], doc=D),
    rec("1", "Inledning", doc=D, kind="heading", label="1"),
    rec("1.1", BL[3],
        [("Högskolestyrelsen", HS, POL), ("HS", HS, POL), ("högskolans", HSK, ORG)],
        [pres("beslutar", "besluta"), pres("anges", "ange", "pass")],
        [st(HS, "Högskolestyrelsen", "none", None, "besluta", "beslutar",
            "om högskolans övergripande inriktning och om de frågor som anges i 2 kap. 2 § "
            "högskoleförordningen (HF)")], doc=D, parent="1"),
    rec("1.2", BL[4], [("Rektor", "rektor", TJP), ("högskolestyrelsen", HS, POL)],
        [pres("beslutar", "besluta"), HAR, sup("förbehållits", "förbehålla", "pass")],
        [st("rektor", "Rektor", "none", None, "besluta", "beslutar",
            "i alla ärenden som inte har förbehållits högskolestyrelsen")], doc=D, parent="1"),
    rec("1.3", BL[5],
        [("Rektor", "rektor", TJP), ("prorektor", "prorektor", TJP), ("dekanerna", "dekan", TJP),
         ("förvaltningschefen", FC, TJP)],
        [FAR, inf("delegera"), pres("framgår", "framgå")],
        [st("rektor", "Rektor", "permission", "får", "delegera", "delegera",
            "beslutanderätt till prorektor, dekanerna och förvaltningschefen",
            condition="om inte annat framgår av lag eller förordning")], doc=D, parent="1"),
    rec("1.4", BL[6], [("Rektor", "rektor", TJP)],
        [HAR, inf("återkalla"), inf("fatta")],
        [st("rektor", "Rektor", "permission", "har rätt att", "återkalla", "återkalla",
            "en delegation"),
         st("rektor", "Rektor", "permission", "har rätt att", "fatta", "fatta",
            "beslut i ett delegerat ärende")], doc=D, parent="1"),
    rec("2", "Prorektor", [("Prorektor", "prorektor", TJP)], doc=D, kind="heading", label="2"),
    rec("2.1", BL[8],
        [("Prorektor", "prorektor", TJP), ("rektors", "rektor", TJP),
         ("rektors", "rektor", TJP, 1), ("rektor", "rektor", TJP)],
        [AR, pres("beslutar", "besluta"), ("är", "vara", "pres", "act", 1)],
        [st("prorektor", "Prorektor", "none", None, "vara", "är", "rektors ställföreträdare"),
         st("prorektor", "Prorektor", "none", None, "besluta", "beslutar", "i rektors ställe",
            condition="när rektor är frånvarande")], doc=D, parent="2"),
    rec("2.2", BL[9], [("Prorektor", "prorektor", TJP), ("fakultetsnämnden", FN, POL)],
        [pres("beslutar", "besluta")],
        [st("prorektor", "Prorektor", "none", None, "besluta", "beslutar",
            "om antagning till utbildning på forskarnivå",
            condition="i samråd med fakultetsnämnden")], doc=D, parent="2"),
    rec("3", "Fakultetsnämnden", [("Fakultetsnämnden", FN, POL)], doc=D, kind="heading",
        label="3"),
    rec("3.1", BL[11], [("Fakultetsnämnden", FN, POL), ("FN", FN, POL)],
        [pres("ansvarar", "ansvara")],
        [st(FN, "Fakultetsnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för utbildning och forskning på grundnivå, avancerad nivå och forskarnivå")],
        doc=D, parent="3"),
    rec("3.2", BL[12], [("Nämnden", FN, POL)], [pres("beslutar", "besluta")],
        [st(FN, "Nämnden", "none", None, "besluta", "beslutar",
            "om kursplaner och utbildningsplaner samt om riktlinjer för examination")],
        doc=D, parent="3"),
    rec("3.3", BL[13],
        [("Dekanen", "dekan", TJP), ("fakultetsnämndens", FN, POL), ("nämndens", FN, POL),
         ("nämndens", FN, POL, 1)],
        [pres("leder", "leda"), FAR, inf("fatta"), KAN, inf("avvakta")],
        [st("dekan", "Dekanen", "none", None, "leda", "leder", "fakultetsnämndens arbete"),
         st("dekan", "Dekanen", "permission", "får", "fatta", "fatta",
            "beslut på nämndens vägnar",
            condition="när ärendet inte kan avvakta nämndens nästa sammanträde")],
        doc=D, parent="3"),
    rec("4", "Förvaltningschefen", [("Förvaltningschefen", FC, TJP)], doc=D, kind="heading",
        label="4"),
    rec("4.1", BL[15], [("Förvaltningschefen", FC, TJP), ("högskolans", HSK, ORG)],
        [pres("beslutar", "besluta")],
        [st(FC, "Förvaltningschefen", "none", None, "besluta", "beslutar",
            "om högskolans lokalförsörjning och om upphandlingar under 500 000 kronor")],
        doc=D, parent="4"),
    rec("4.2", BL[16], [("Norrsunds studentkår", NSK, EXT), ("NSK", NSK, EXT)],
        [pres("rör", "röra"), pres("bereds", "bereda", "pass")],
        conditions=["i samråd med Norrsunds studentkår (NSK)"], doc=D, parent="4"),
    rec("4.3", BL[17], [("rektors", "rektor", TJP)],
        [HAR, sup("fått", "få"), FAR, inf("vidaredelegera")], doc=D, parent="4"),
]

# (e) An idrottsförening's stadgar in blank-line `§ N Rubrik` blocks, old `skall`.
D = "w50-y-skidklubb"
SK_BLOCKS = {
    1: ("Ändamål", "Föreningens ändamål är att bedriva skidåkning och friluftsliv samt att främja "
        "kamratskap och idrottsglädje bland medlemmarna."),
    2: ("Medlemskap", "Medlem som vill utträda skall skriftligen anmäla detta till styrelsen. "
        "Medlem som inte har betalat årsavgiften före den 1 maj kan uteslutas av styrelsen."),
    3: ("Årsmöte", "Årsmötet är klubbens högsta beslutande organ och hålls före mars månads "
        "utgång. Extra årsmöte skall hållas när styrelsen eller revisorerna finner det "
        "nödvändigt. Vid årsmötet har varje medlem som fyllt 15 år en röst."),
    4: ("Val", "Årsmötet väljer ordförande, övriga styrelseledamöter och två revisorer. Årsmötet "
        "väljer även en valberedning om tre personer."),
    5: ("Styrelse", "Styrelsen skall bestå av ordförande och sex ledamöter. Styrelsen skall "
        "verkställa årsmötets beslut, förvalta klubbens medel och föra protokoll över "
        "sina sammanträden. Styrelsen är beslutför när minst fyra av ledamöterna är "
        "närvarande."),
    6: ("Firmateckning", "Firman tecknas, förutom av styrelsen, av ordföranden och kassören, "
        "var och "
        "en för sig."),
    7: ("Räkenskaper", "Föreningens räkenskapsår är kalenderår. Styrelsen skall senast den 1 "
        "februari överlämna räkenskaperna till revisorerna."),
}
SK_TITLE = "Stadgar för Fjällbrinks Skidklubb"
SK_META = "Antagna vid årsmöte 1987-03-14, senast ändrade vid årsmöte 2024-03-10."
SK_TEXT = ("Hem\nKlubben\nDokument\n" + SK_TITLE + "\n\n" + SK_META + "\n\n"
           + "\n\n".join(f"§ {n} {head}\n{body}" for n, (head, body) in SK_BLOCKS.items())
           + "\n\nTill sidans topp\n")
FOR = "förening"
ARS = "årsmöte"
STY2 = "styrelse"
SB = {n: body for n, (head, body) in SK_BLOCKS.items()}


def sty(aim, obj, nth=0):
    """An obligation of `Styrelsen skall …`."""
    return st(STY2, "Styrelsen", "obligation", "skall", aim, aim, obj)


SKID = [
    rec("title", SK_TITLE, [("Fjällbrinks Skidklubb", "fjällbrinks skidklubb", ORG)], doc=D,
        kind="heading"),
    rec("m1", SK_META, [(ARS, ARS, OVR), (ARS, ARS, OVR, 1)], doc=D),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", SB[1], [("Föreningens", FOR, ORG), ("medlemmarna", "medlem", OVR)],
        [AR, inf("bedriva"), inf("främja")], doc=D, parent="§1"),
    rec("§2", "Medlemskap", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", SB[2],
        [("Medlem", "medlem", OVR), ("styrelsen", STY2, POL), ("Medlem", "medlem", OVR, 1),
         ("styrelsen", STY2, POL, 1)],
        [pres("vill", "vilja"), inf("utträda"), SKALL, inf("anmäla"), HAR,
         sup("betalat", "betala"), KAN, inf("uteslutas", "utesluta", "pass")],
        [st("medlem", "Medlem", "obligation", "skall", "anmäla", "anmäla",
            "detta till styrelsen"),
         st(STY2, "styrelsen", "permission", "kan", "utesluta", "uteslutas",
            "Medlem som inte har betalat årsavgiften före den 1 maj", passive=True)],
        doc=D, parent="§2"),
    rec("§3", "Årsmöte", [("Årsmöte", ARS, OVR)], doc=D, kind="heading", label="§ 3"),
    rec("§3.1", SB[3],
        [("Årsmötet", ARS, OVR), ("klubbens", "klubb", ORG), (ARS, ARS, OVR),
         ("styrelsen", STY2, POL), ("revisorerna", "revisor", FTV), ("årsmötet", ARS, OVR),
         ("medlem", "medlem", OVR)],
        [AR, pres("hålls", "hålla", "pass"), SKALL, inf("hållas", "hålla", "pass"),
         pres("finner", "finna"), HAR, sup("fyllt", "fylla")],
        [st(ARS, "Årsmötet", "none", None, "vara", "är", "klubbens högsta beslutande organ"),
         st(ARS, "Årsmötet", "none", None, "hålla", "hålls", None, passive=True),
         st(ARS, ARS, "obligation", "skall", "hålla", "hållas", None, passive=True,
            condition="när styrelsen eller revisorerna finner det nödvändigt"),
         st("medlem", "medlem", "none", None, "ha", "har", "en röst",
            condition="Vid årsmötet")], doc=D, parent="§3"),
    rec("§4", "Val", doc=D, kind="heading", label="§ 4"),
    rec("§4.1", SB[4],
        [("Årsmötet", ARS, OVR), ("ordförande", "ordförande", FTV),
         ("styrelseledamöter", "styrelseledamot", FTV), ("revisorer", "revisor", FTV),
         ("Årsmötet", ARS, OVR, 1), ("valberedning", "valberedning", POL)],
        [pres("väljer", "välja"), pres("väljer", "välja", nth=1)],
        [st(ARS, "Årsmötet", "none", None, "välja", "väljer",
            "ordförande, övriga styrelseledamöter och två revisorer"),
         st(ARS, "Årsmötet", "none", None, "välja", "väljer",
            "en valberedning om tre personer")], doc=D, parent="§4"),
    rec("§5", "Styrelse", [("Styrelse", STY2, POL)], doc=D, kind="heading", label="§ 5"),
    rec("§5.1", SB[5],
        [("Styrelsen", STY2, POL), ("ordförande", "ordförande", FTV),
         ("ledamöter", "ledamot", FTV), ("Styrelsen", STY2, POL, 1), ("årsmötets", ARS, OVR),
         ("klubbens", "klubb", ORG), ("Styrelsen", STY2, POL, 2),
         ("ledamöterna", "ledamot", FTV)],
        [SKALL, inf("bestå"), ("skall", "skola", "pres", "act", 1), inf("verkställa"),
         inf("förvalta"), inf("föra"), AR, ("är", "vara", "pres", "act", 1)],
        [sty("bestå", "av ordförande och sex ledamöter"),
         sty("verkställa", "årsmötets beslut"),
         sty("förvalta", "klubbens medel"),
         sty("föra", "protokoll över sina sammanträden"),
         st(STY2, "Styrelsen", "none", None, "vara", "är", "beslutför",
            condition="när minst fyra av ledamöterna är närvarande")], doc=D, parent="§5"),
    rec("§6", "Firmateckning", doc=D, kind="heading", label="§ 6"),
    rec("§6.1", SB[6],
        [("styrelsen", STY2, POL), ("ordföranden", "ordförande", FTV),
         ("kassören", "kassör", FTV)],
        [pres("tecknas", "teckna", "pass")],
        [st(STY2, "styrelsen", "none", None, "teckna", "tecknas", "Firman", passive=True),
         st("ordförande", "ordföranden", "none", None, "teckna", "tecknas", "Firman",
            passive=True),
         st("kassör", "kassören", "none", None, "teckna", "tecknas", "Firman", passive=True)],
        doc=D, parent="§6"),
    rec("§7", "Räkenskaper", doc=D, kind="heading", label="§ 7"),
    rec("§7.1", SB[7],
        [("Föreningens", FOR, ORG), ("Styrelsen", STY2, POL), ("revisorerna", "revisor", FTV)],
        [AR, SKALL, inf("överlämna")],
        [sty("överlämna", "räkenskaperna till revisorerna")], doc=D, parent="§7"),
]

# (f) A kommun's kommundirektör page, one clause a line, the copy cut in its last line.
D = "w50-y-kommundirektor"
KD_TEXT = """Den här webbplatsen använder kakor för att fungera och för att förbättra tjänsterna.
Acceptera kakor
Inställningar
Till huvudinnehåll
Meny
Sök
Kommun och politik
Start › Kommun och politik › Organisation › Kommundirektör
Kommundirektör
Kommundirektören är Vitterviks högsta tjänsteperson och leder kommunledningsgruppen.
Kommundirektören utses av kommunstyrelsen och är chef för samtliga förvaltningschefer.
Kontakt
Kommundirektör
Henrik Malmgård
Telefon: 0651-370 01
E-post: henrik.malmgard@vittervik.example
Kommundirektörens uppdrag
I kommunledningsgruppen ingår kommundirektören, förvaltningscheferna, ekonomichefen och \
personalchefen.
Kommunledningsgruppen sammanträder en gång i veckan och förbereder ärenden till \
kommunstyrelsens arbetsutskott.
Kommundirektören har rätt att besluta i brådskande personalfrågor enligt kommunstyrelsens \
delegationsordning.
Vid kommundirektörens ledighet eller sjukdom tjänstgör biträdande kommundirektör.
Kommundirektören ska varje år lämna en rapport om den interna kontrollen till
"""
KL = KD_TEXT.split("\n")
KDR = "kommundirektör"
KLG = "kommunledningsgrupp"
KST = "kommunstyrelse"


def ingar(actor, text):
    """`I kommunledningsgruppen ingår …`: each member's (X, none, ingå)."""
    return st(actor, text, "none", None, "ingå", "ingår", "kommunledningsgruppen")


KDIR = [
    rec("title", KL[8], [("Kommundirektör", KDR, TJP)], doc=D, kind="heading"),
    rec("1", KL[9],
        [("Kommundirektören", KDR, TJP), ("kommunledningsgruppen", KLG, FORV)],
        [AR, pres("leder", "leda")],
        [st(KDR, "Kommundirektören", "none", None, "vara", "är",
            "Vitterviks högsta tjänsteperson"),
         st(KDR, "Kommundirektören", "none", None, "leda", "leder", "kommunledningsgruppen")],
        doc=D),
    rec("2", KL[10],
        [("Kommundirektören", KDR, TJP), ("kommunstyrelsen", KST, POL),
         ("förvaltningschefer", "förvaltningschef", TJP)],
        [pres("utses", "utse", "pass"), AR],
        [st(KST, "kommunstyrelsen", "none", None, "utse", "utses", "Kommundirektören",
            passive=True),
         st(KDR, "Kommundirektören", "none", None, "vara", "är",
            "chef för samtliga förvaltningschefer")], doc=D),
    rec("h1", KL[11], doc=D, kind="heading"),
    rec("m1", " ".join(KL[12:16]), [("Kommundirektör", KDR, TJP)], doc=D, parent="h1"),
    rec("h2", KL[16], [("Kommundirektörens", KDR, TJP)], doc=D, kind="heading"),
    rec("3", KL[17],
        [("kommunledningsgruppen", KLG, FORV), ("kommundirektören", KDR, TJP),
         ("förvaltningscheferna", "förvaltningschef", TJP), ("ekonomichefen", "ekonomichef", TJP),
         ("personalchefen", "personalchef", TJP)],
        [pres("ingår", "ingå")],
        [ingar(KDR, "kommundirektören"), ingar("förvaltningschef", "förvaltningscheferna"),
         ingar("ekonomichef", "ekonomichefen"), ingar("personalchef", "personalchefen")],
        doc=D, parent="h2"),
    rec("4", KL[18], [("Kommunledningsgruppen", KLG, FORV),
                      ("kommunstyrelsens arbetsutskott", "kommunstyrelsens arbetsutskott", POL)],
        [pres("sammanträder", "sammanträda"), pres("förbereder", "förbereda")],
        [st(KLG, "Kommunledningsgruppen", "none", None, "sammanträda", "sammanträder",
            "en gång i veckan"),
         st(KLG, "Kommunledningsgruppen", "none", None, "förbereda", "förbereder",
            "ärenden till kommunstyrelsens arbetsutskott")], doc=D, parent="h2"),
    rec("5", KL[19], [("Kommundirektören", KDR, TJP), ("kommunstyrelsens", KST, POL)],
        [HAR, inf("besluta")],
        [st(KDR, "Kommundirektören", "permission", "har rätt att", "besluta", "besluta",
            "i brådskande personalfrågor",
            condition="enligt kommunstyrelsens delegationsordning")], doc=D, parent="h2"),
    rec("6", KL[20],
        [("kommundirektörens", KDR, TJP), ("biträdande kommundirektör", "biträdande kommundirektör",
                                            TJP)],
        [pres("tjänstgör", "tjänstgöra")],
        [st("biträdande kommundirektör", "biträdande kommundirektör", "none", None,
            "tjänstgöra", "tjänstgör", None,
            condition="Vid kommundirektörens ledighet eller sjukdom")],
        doc=D, parent="h2"),
    rec("7", KL[21], [("Kommundirektören", KDR, TJP)], [SKA, inf("lämna")],
        [st(KDR, "Kommundirektören", "obligation", "ska", "lämna", "lämna",
            "en rapport om den interna kontrollen")], doc=D, parent="h2"),
]

DOCUMENTS = {"w50-y-delegation": (DEL_TEXT, DELEGATION),
             "w50-y-vdinstruktion": (VD_TEXT, VD),
             "w50-y-arbetsordning": (AO_TEXT, ARBETS),
             "w50-y-beslutsordning": (BO_TEXT, BESLUT),
             "w50-y-skidklubb": (SK_TEXT, SKID),
             "w50-y-kommundirektor": (KD_TEXT, KDIR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-y", DOCUMENTS)
