"""Builds corpus/dev/w48-z.jsonl and the documents corpus/dev/w48-z-*.txt with their gold:
a blind probe of round 48 (probe52, end-of-round transfer). Five invented documents of the
core genre written as the text layer of an office-suite PDF arrives when copied out of a PDF
viewer (running headers and footers with page counters between pages, words hyphenated at
line ends, lines wrapped at a fixed width, bullets `•`, U+F0B7 and `–`, numbered headings, a
contents page with dot leaders, cover blocks, a signature block), written and annotated by
hand from docs/annotation.md §1, §2 and §5 before any run; the extractor was never run by
the writer. Documents: an instruktion för kommundirektören (`w48-z-kommundirektor`), a
VD-instruktion of a municipal energy company (`w48-z-vdinstruktion`), a reglemente for a
kultur- och fritidsnämnd (`w48-z-reglemente`), the general part of a delegationsordning with
an abbreviation list and a flattened delegation table (`w48-z-delegation`) and an
ägardirektiv for a municipal housing company (`w48-z-agardirektiv`). Offsets computed.
Run: python corpus/make_w48_z.py corpus/dev"""

import re
import sys

from records import EXT, FORV, FTV, ORG, POL, TJP, clause_record, write_part
from records import statement as st

PART = "w48-z"
BULLET = "\uf0b7"


def spans_in_order(text, pieces):
    """(piece, ..., nth) tuples for pieces listed in text order: each piece is its first
    word-bounded occurrence at or after the end of the piece before it."""
    cursor, out = 0, []
    for piece, *rest in pieces:
        hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(piece) + r"(?!\w)", text)]
        nth = next(i for i, start in enumerate(hits) if start >= cursor)
        cursor = hits[nth] + len(piece)
        out.append((piece, *rest, nth))
    return out


def make_rec(doc):
    def rec(cid, text, actors=(), verbs=(), statements=(), conditions=(), *, kind="paragraph",
            parent=None, label=""):
        conditions = list(dict.fromkeys([*conditions, *(s[9] for s in statements if s[9])]))
        return clause_record(doc, cid, text, spans_in_order(text, actors),
                             spans_in_order(text, verbs), statements, conditions, kind=kind,
                             parent=parent, label=label)

    return rec


def v(word, lemma, tense="pres", voice="act"):
    return (word, lemma, tense, voice)


SKA = v("ska", "skola")
FAR = v("får", "få")
AR = v("är", "vara")
HAR = v("har", "ha")
BOR = v("bör", "böra")


def check_texts(raw, furniture, records):
    """Every clause text (label stripped) lies in the raw text read as the guideline reads a
    text layer: furniture lines dropped, line-end hyphens joined, lines joined by a space."""
    lines = [line for line in raw.split("\n") if line.strip() and line not in furniture]
    flat = re.sub(r"(?<=[a-zåäö])-\n(?=[a-zåäö])", "", "\n".join(lines))
    flat = re.sub(r"\s+", " ", flat)
    for record in records:
        assert record["text"] in flat, record["text"]


# --- (a) instruktion för kommundirektören -------------------------------------------------

D = "w48-z-kommundirektor"
rec = make_rec(D)
A_HEAD = ("Instruktion för kommundirektören                  Bjursjö kommun"
          "                  {} (3)")
A_TEXT = f"""{A_HEAD.format(1)}
Instruktion för kommundirektören i Bjursjö kommun
Antagen av kommunstyrelsen den 4 mars 2025, § 31
Gäller från 2025-04-01
Ersätter instruktion antagen 2021-09-14, § 112
1. Kommundirektörens roll och uppdrag
Kommundirektören leder kommunledningsförvaltningen och är ordförande i kommunens
ledningsgrupp. Kommundirektören ska:
• leda och samordna förvaltningarnas arbete utifrån kommunstyrelsens mål,
• bereda ärenden till kommunstyrelsen och se till att beslut verkställs,
• föreslå åtgärder när verksamheten avviker från budget.
Kommundirektören ansvarar för att den ekonomiska uppföljningen redovisas för kommun-
styrelsen varje månad.
{A_HEAD.format(2)}
2. Kommundirektören och förvaltningscheferna
Förvaltningscheferna har kommundirektören som närmaste chef. Kommundirektören har till
uppgift att samordna förvaltningscheferna och får ge dem direktiv i frågor som rör
flera förvaltningar.
Kommundirektören får inte besluta i ärenden som ankommer på en nämnd.
3. Samverkan med de förtroendevalda
Kommundirektören bör hålla kommunstyrelsens ordförande informerad om frågor av större
vikt. I brådskande ärenden får kommundirektören fatta beslut efter samråd med
ordföranden.
4. Ersättare
Vid förfall för kommundirektören tjänstgör ekonomichefen som ersättare. Om även
ekonomichefen är förhindrad utses en ersättare av kommunstyrelsens ordförande.
5. Anställning och uppföljning
Kommundirektören anställs och entledigas av kommunstyrelsen. Kommundirektörens lön
fastställs av kommunstyrelsens arbetsutskott, som även ska genomföra ett årligt medar-
betarsamtal med kommundirektören.
{A_HEAD.format(3)}
Instruktionen ska ses över en gång per mandatperiod.
"""
KD, KS, BK = "kommundirektör", "kommunstyrelse", "bjursjö kommun"
KSO = "kommunstyrelsens ordförande"
KSAU = "kommunstyrelsens arbetsutskott"
A_LEAD = "Kommundirektören"  # the lead-in's subject, the second mention of 1.1


def kd_item(aim, aim_text, obj, condition=None, modal="ska"):
    return st(KD, A_LEAD, "obligation", modal, aim, aim_text, obj, condition=condition)


A = [
    rec("title", "Instruktion för kommundirektören i Bjursjö kommun",
        [("kommundirektören", KD, TJP), ("Bjursjö kommun", BK, ORG)], kind="heading"),
    rec("m1", "Antagen av kommunstyrelsen den 4 mars 2025, § 31 Gäller från 2025-04-01 Ersätter "
        "instruktion antagen 2021-09-14, § 112", [("kommunstyrelsen", KS, POL)]),
    rec("1", "Kommundirektörens roll och uppdrag", [("Kommundirektörens", KD, TJP)], kind="heading",
        label="1."),
    rec("1.1", "Kommundirektören leder kommunledningsförvaltningen och är ordförande i "
        "kommunens ledningsgrupp. Kommundirektören ska:",
        [("Kommundirektören", KD, TJP),
         ("kommunledningsförvaltningen", "kommunledningsförvaltning", FORV),
         ("kommunens", BK, ORG), ("ledningsgrupp", "ledningsgrupp", FORV),
         ("Kommundirektören", KD, TJP)],
        [v("leder", "leda"), AR, SKA],
        [st(KD, "Kommundirektören", "none", None, "leda", "leder",
            "kommunledningsförvaltningen"),
         st(KD, "Kommundirektören", "none", None, "vara", "är",
            "ordförande i kommunens ledningsgrupp")], parent="1"),
    rec("1.1.a", "leda och samordna förvaltningarnas arbete utifrån kommunstyrelsens mål,",
        [("förvaltningarnas", "förvaltning", FORV), ("kommunstyrelsens", KS, POL)],
        [v("leda", "leda", "inf"), v("samordna", "samordna", "inf")],
        [kd_item("leda", "leda", "förvaltningarnas arbete", "utifrån kommunstyrelsens mål"),
         kd_item("samordna", "samordna", "förvaltningarnas arbete",
                 "utifrån kommunstyrelsens mål")],
        kind="list_item", parent="1.1", label="•"),
    rec("1.1.b", "bereda ärenden till kommunstyrelsen och se till att beslut verkställs,",
        [("kommunstyrelsen", KS, POL)],
        [v("bereda", "bereda", "inf"), v("se", "se", "inf"),
         v("verkställs", "verkställa", "pres", "pass")],
        [kd_item("bereda", "bereda", "ärenden till kommunstyrelsen"),
         kd_item("se", "se", "att beslut verkställs", modal="ska se till att")],
        kind="list_item", parent="1.1", label="•"),
    rec("1.1.c", "föreslå åtgärder när verksamheten avviker från budget.", [],
        [v("föreslå", "föreslå", "inf"), v("avviker", "avvika")],
        [kd_item("föreslå", "föreslå", "åtgärder", "när verksamheten avviker från budget")],
        kind="list_item", parent="1.1", label="•"),
    rec("1.2", "Kommundirektören ansvarar för att den ekonomiska uppföljningen redovisas för "
        "kommunstyrelsen varje månad.",
        [("Kommundirektören", KD, TJP), ("kommunstyrelsen", KS, POL)],
        [v("ansvarar", "ansvara"), v("redovisas", "redovisa", "pres", "pass")],
        [st(KD, "Kommundirektören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att den ekonomiska uppföljningen redovisas för kommunstyrelsen varje "
            "månad")], parent="1"),
    rec("2", "Kommundirektören och förvaltningscheferna",
        [("Kommundirektören", KD, TJP), ("förvaltningscheferna", "förvaltningschef", TJP)],
        kind="heading", label="2."),
    rec("2.1", "Förvaltningscheferna har kommundirektören som närmaste chef. Kommundirektören har "
        "till uppgift att samordna förvaltningscheferna och får ge dem direktiv i frågor som "
        "rör flera förvaltningar.",
        [("Förvaltningscheferna", "förvaltningschef", TJP), ("kommundirektören", KD, TJP),
         ("Kommundirektören", KD, TJP), ("förvaltningscheferna", "förvaltningschef", TJP),
         ("förvaltningar", "förvaltning", FORV)],
        [HAR, HAR, v("samordna", "samordna", "inf"), FAR, v("ge", "ge", "inf"),
         v("rör", "röra")],
        [st("förvaltningschef", "Förvaltningscheferna", "none", None, "ha", "har",
            "kommundirektören som närmaste chef"),
         st(KD, "Kommundirektören", "obligation", "har till uppgift att", "samordna",
            "samordna", "förvaltningscheferna"),
         st(KD, "Kommundirektören", "permission", "får", "ge", "ge",
            "dem direktiv i frågor som rör flera förvaltningar")], parent="2"),
    rec("2.2", "Kommundirektören får inte besluta i ärenden som ankommer på en nämnd.",
        [("Kommundirektören", KD, TJP), ("nämnd", "nämnd", POL)],
        [FAR, v("besluta", "besluta", "inf"), v("ankommer", "ankomma")],
        [st(KD, "Kommundirektören", "prohibition", "får inte", "besluta", "besluta",
            "i ärenden som ankommer på en nämnd", negated=True)], parent="2"),
    rec("3", "Samverkan med de förtroendevalda", [("förtroendevalda", "förtroendevald", FTV)],
        kind="heading", label="3."),
    rec("3.1", "Kommundirektören bör hålla kommunstyrelsens ordförande informerad om frågor av "
        "större vikt. I brådskande ärenden får kommundirektören fatta beslut efter samråd med "
        "ordföranden.",
        [("Kommundirektören", KD, TJP), ("kommunstyrelsens ordförande", KSO, FTV),
         ("kommundirektören", KD, TJP), ("ordföranden", KSO, FTV)],
        [BOR, v("hålla", "hålla", "inf"), FAR, v("fatta", "fatta", "inf")],
        [st(KD, "Kommundirektören", "recommendation", "bör", "hålla", "hålla",
            "kommunstyrelsens ordförande informerad om frågor av större vikt"),
         st(KD, "kommundirektören", "permission", "får", "fatta", "fatta", "beslut",
            condition="efter samråd med ordföranden")], parent="3"),
    rec("4", "Ersättare", [("Ersättare", "ersättare", FTV)], kind="heading", label="4."),
    rec("4.1", "Vid förfall för kommundirektören tjänstgör ekonomichefen som ersättare. Om även "
        "ekonomichefen är förhindrad utses en ersättare av kommunstyrelsens ordförande.",
        [("kommundirektören", KD, TJP), ("ekonomichefen", "ekonomichef", TJP),
         ("ekonomichefen", "ekonomichef", TJP), ("ersättare", "ersättare", FTV),
         ("kommunstyrelsens ordförande", KSO, FTV)],
        [v("tjänstgör", "tjänstgöra"), AR, v("utses", "utse", "pres", "pass")],
        [st("ekonomichef", "ekonomichefen", "none", None, "tjänstgöra", "tjänstgör",
            "som ersättare", condition="Vid förfall för kommundirektören"),
         st(KSO, "kommunstyrelsens ordförande", "none", None, "utse", "utses",
            "en ersättare", passive=True, condition="Om även ekonomichefen är förhindrad")],
        parent="4"),
    rec("5", "Anställning och uppföljning", kind="heading", label="5."),
    rec("5.1", "Kommundirektören anställs och entledigas av kommunstyrelsen. Kommundirektörens "
        "lön fastställs "
        "av kommunstyrelsens arbetsutskott, som även ska genomföra ett årligt "
        "medarbetarsamtal med kommundirektören.",
        [("Kommundirektören", KD, TJP), ("kommunstyrelsen", KS, POL),
         ("Kommundirektörens", KD, TJP), ("kommunstyrelsens arbetsutskott", KSAU, POL),
         ("kommundirektören", KD, TJP)],
        [v("anställs", "anställa", "pres", "pass"), v("entledigas", "entlediga", "pres", "pass"),
         v("fastställs", "fastställa", "pres", "pass"), SKA, v("genomföra", "genomföra", "inf")],
        [st(KS, "kommunstyrelsen", "none", None, "anställa", "anställs", "Kommundirektören",
            passive=True),
         st(KS, "kommunstyrelsen", "none", None, "entlediga", "entledigas", "Kommundirektören",
            passive=True),
         st(KSAU, "kommunstyrelsens arbetsutskott", "none", None, "fastställa", "fastställs",
            "Kommundirektörens lön", passive=True),
         st(KSAU, "kommunstyrelsens arbetsutskott", "obligation", "ska", "genomföra",
            "genomföra", "ett årligt medarbetarsamtal med kommundirektören")], parent="5"),
    rec("5.2", "Instruktionen ska ses över en gång per mandatperiod.", [],
        [SKA, v("ses", "se", "inf", "pass")],
        [st(None, None, "obligation", "ska", "se", "ses", "Instruktionen", passive=True)],
        parent="5"),
]
A_FURNITURE = {A_HEAD.format(n) for n in (1, 2, 3)}

# --- (b) VD-instruktion ---------------------------------------------------------------------

D = "w48-z-vdinstruktion"
rec = make_rec(D)
B_HEAD = ("VD-instruktion Lervik Energi AB                                              "
          "Sida {} av 3")
B_TEXT = f"""VD-instruktion för Lervik Energi AB
Fastställd av styrelsen 2025-02-20
Org.nr 556812-4471
1 Inledning
Denna instruktion reglerar ansvarsfördelningen mellan bolagets styrelse och dess
verkställande direktör (VD) i Lervik Energi AB (bolaget). Instruktionen kompletterar
bolagsordningen, aktiebolagslagen och de direktiv som ägaren har beslutat.
2 VD:s uppgifter
VD har ansvaret för den dagliga driften enligt styrelsens anvisningar. Det åligger VD
att:
{BULLET} verkställa styrelsens beslut,
{BULLET} upprätta förslag till budget och affärsplan,
{BULLET} fortlöpande kontrollera att bokföringen är korrekt och aktuell.
VD är skyldig att hålla styrelsens ordförande underrättad om bolagets ekonomiska
ställning.
{B_HEAD.format(2)}
3 Brådskande ärenden
Om styrelsens beslut inte kan avvaktas utan väsentlig olägenhet för bolaget får VD
vidta åtgärder av ovanlig art. Styrelsen ska snarast underrättas om åtgärden.
4 Firmateckning
VD får teckna bolagets firma beträffande löpande förvaltningsåtgärder. VD får inte
ingå avtal som överstiger två miljoner kronor utan styrelsens godkännande.
5 Rapportering
VD ska varje månad ge styrelsen en skriftlig lägesrapport. Rapporten ska innehålla
resultatutfall, likviditet och väsentliga avvikelser från budget.
6 Ställföreträdare
VD utser en ställföreträdare som vid förfall för VD har rätt att fatta beslut i VD:s
ställe.
{B_HEAD.format(3)}
Lervik 2025-02-20
För styrelsen
Maria Sand
Styrelsens ordförande
"""
LE, VD, STY = "lervik energi ab", "verkställande direktör", "styrelse"
SO = "styrelsens ordförande"


def vd_item(aim, obj):
    return st(VD, "VD", "obligation", "åligger", aim, aim, obj)


B = [
    rec("title", "VD-instruktion för Lervik Energi AB", [("Lervik Energi AB", LE, ORG)],
        kind="heading"),
    rec("m1", "Fastställd av styrelsen 2025-02-20 Org.nr 556812-4471",
        [("styrelsen", STY, POL)]),
    rec("1", "Inledning", kind="heading", label="1"),
    rec("1.1", "Denna instruktion reglerar ansvarsfördelningen mellan bolagets styrelse och dess "
        "verkställande direktör (VD) i Lervik Energi AB (bolaget). Instruktionen kompletterar "
        "bolagsordningen, aktiebolagslagen och de direktiv som ägaren har beslutat.",
        [("bolagets", LE, ORG), ("styrelse", STY, POL), ("verkställande direktör", VD, TJP),
         ("VD", VD, TJP), ("Lervik Energi AB", LE, ORG), ("bolaget", LE, ORG),
         ("ägaren", "ägare", ORG)],
        [v("reglerar", "reglera"), v("kompletterar", "komplettera"), HAR,
         v("beslutat", "besluta", "sup")], parent="1"),
    rec("2", "VD:s uppgifter", [("VD:s", VD, TJP)], kind="heading", label="2"),
    rec("2.1", "VD har ansvaret för den dagliga driften enligt styrelsens anvisningar. Det "
        "åligger VD att:",
        [("VD", VD, TJP), ("styrelsens", STY, POL), ("VD", VD, TJP)],
        [HAR, v("åligger", "åligga")],
        [st(VD, "VD", "responsibility", "har ansvaret för", "ansvara", "har",
            "för den dagliga driften", condition="enligt styrelsens anvisningar")],
        parent="2"),
    rec("2.1.a", "verkställa styrelsens beslut,", [("styrelsens", STY, POL)],
        [v("verkställa", "verkställa", "inf")], [vd_item("verkställa", "styrelsens beslut")],
        kind="list_item", parent="2.1", label=BULLET),
    rec("2.1.b", "upprätta förslag till budget och affärsplan,", [],
        [v("upprätta", "upprätta", "inf")],
        [vd_item("upprätta", "förslag till budget och affärsplan")],
        kind="list_item", parent="2.1", label=BULLET),
    rec("2.1.c", "fortlöpande kontrollera att bokföringen är korrekt och aktuell.", [],
        [v("kontrollera", "kontrollera", "inf"), AR],
        [vd_item("kontrollera", "att bokföringen är korrekt och aktuell")],
        kind="list_item", parent="2.1", label=BULLET),
    rec("2.2", "VD är skyldig att hålla styrelsens ordförande underrättad om bolagets "
        "ekonomiska ställning.",
        [("VD", VD, TJP), ("styrelsens ordförande", SO, FTV), ("bolagets", LE, ORG)],
        [AR, v("hålla", "hålla", "inf")],
        [st(VD, "VD", "obligation", "är skyldig att", "hålla", "hålla",
            "styrelsens ordförande underrättad om bolagets ekonomiska ställning")],
        parent="2"),
    rec("3", "Brådskande ärenden", kind="heading", label="3"),
    rec("3.1", "Om styrelsens beslut inte kan avvaktas utan väsentlig olägenhet för bolaget får "
        "VD vidta åtgärder av ovanlig art. Styrelsen ska snarast underrättas om åtgärden.",
        [("styrelsens", STY, POL), ("bolaget", LE, ORG), ("VD", VD, TJP),
         ("Styrelsen", STY, POL)],
        [v("kan", "kunna"), v("avvaktas", "avvakta", "inf", "pass"), FAR,
         v("vidta", "vidta", "inf"), SKA, v("underrättas", "underrätta", "inf", "pass")],
        [st(VD, "VD", "permission", "får", "vidta", "vidta", "åtgärder av ovanlig art",
            condition="Om styrelsens beslut inte kan avvaktas utan väsentlig olägenhet för "
            "bolaget"),
         st(STY, "Styrelsen", "obligation", "ska", "underrätta", "underrättas", "om åtgärden",
            passive=True)], parent="3"),
    rec("4", "Firmateckning", kind="heading", label="4"),
    rec("4.1", "VD får teckna bolagets firma beträffande löpande förvaltningsåtgärder. VD får "
        "inte ingå avtal som överstiger två miljoner kronor utan styrelsens godkännande.",
        [("VD", VD, TJP), ("bolagets", LE, ORG), ("VD", VD, TJP), ("styrelsens", STY, POL)],
        [FAR, v("teckna", "teckna", "inf"), FAR, v("ingå", "ingå", "inf"),
         v("överstiger", "överstiga")],
        [st(VD, "VD", "permission", "får", "teckna", "teckna",
            "bolagets firma beträffande löpande förvaltningsåtgärder"),
         st(VD, "VD", "prohibition", "får inte", "ingå", "ingå",
            "avtal som överstiger två miljoner kronor utan styrelsens godkännande",
            negated=True)], parent="4"),
    rec("5", "Rapportering", kind="heading", label="5"),
    rec("5.1", "VD ska varje månad ge styrelsen en skriftlig lägesrapport. Rapporten ska "
        "innehålla resultatutfall, likviditet och väsentliga avvikelser från budget.",
        [("VD", VD, TJP), ("styrelsen", STY, POL)],
        [SKA, v("ge", "ge", "inf"), SKA, v("innehålla", "innehålla", "inf")],
        [st(VD, "VD", "obligation", "ska", "ge", "ge",
            "styrelsen en skriftlig lägesrapport")], parent="5"),
    rec("6", "Ställföreträdare", [("Ställföreträdare", "ställföreträdare", TJP)],
        kind="heading", label="6"),
    rec("6.1", "VD utser en ställföreträdare som vid förfall för VD har rätt att fatta beslut i "
        "VD:s ställe.",
        [("VD", VD, TJP), ("ställföreträdare", "ställföreträdare", TJP), ("VD", VD, TJP),
         ("VD:s", VD, TJP)],
        [v("utser", "utse"), HAR, v("fatta", "fatta", "inf")],
        [st(VD, "VD", "none", None, "utse", "utser", "en ställföreträdare"),
         st("ställföreträdare", "ställföreträdare", "permission", "har rätt att", "fatta",
            "fatta", "beslut i VD:s ställe")], parent="6"),
    rec("m2", "Lervik 2025-02-20 För styrelsen Maria Sand Styrelsens ordförande",
        [("styrelsen", STY, POL), ("Styrelsens ordförande", SO, FTV)]),
]
B_FURNITURE = {B_HEAD.format(n) for n in (2, 3)}

# --- (c) reglemente för kultur- och fritidsnämnden --------------------------------------------

D = "w48-z-reglemente"
rec = make_rec(D)
C_HEAD = ("Tallmo kommun            Reglemente för fritids- och kulturnämnden"
          "            {} (3)")
C_ENTRIES = [("1 Nämndens ansvarsområde", 2), ("2 Nämndens uppgifter", 2), ("2.1 Kultur", 2),
             ("2.2 Fritid och föreningsliv", 2), ("3 Arbetsformer", 3)]
# a word processor's dot leaders: each entry filled with dots to the page column
C_CONTENTS = ["Innehåll"] + [f"{entry} {'.' * (84 - len(entry))} {page}"
                             for entry, page in C_ENTRIES]
C_CONTENTS_TEXT = "\n".join(C_CONTENTS)
C_TEXT = f"""REGLEMENTE FÖR FRITIDS- OCH KULTURNÄMNDEN I TALLMO KOMMUN
Antaget av kommunfullmäktige 2024-11-26, § 193
{C_CONTENTS_TEXT}
{C_HEAD.format(2)}
1 Nämndens ansvarsområde
Fritids- och kulturnämnden handhar kommunens verksamhet på områdena kultur, bibliotek
och fritid. Nämnden ansvarar för följande:
– folkbiblioteken och skolbibliotekens samordning,
– kommunens konstsamling,
– bidrag till studieförbund och föreningar.
2 Nämndens uppgifter
2.1 Kultur
Nämnden ska främja ett rikt kulturliv och verka för att kommunens invånare ges till-
gång till kultur i alla delar av kommunen. Nämnden har till uppgift att upprätta en
kulturplan som antas av kommunfullmäktige.
2.2 Fritid och föreningsliv
Nämnden ansvarar för drift och uthyrning av idrottsanläggningar och fritidsgårdar.
{C_HEAD.format(3)}
Nämnden får träffa avtal med föreningar om skötsel av anläggningar. Bidrag till
föreningar beslutas av nämnden enligt de riktlinjer som fullmäktige har fastställt.
3 Arbetsformer
Nämnden har nio ledamöter. Fullmäktige utser lika många ersättare. Ordföranden håller
samman nämndens arbete och ska bevaka att besluten genomförs. Vid ordförandens förfall
sköts hans eller hennes uppgifter av vice ordföranden.
Nämnden får överlåta sin beslutanderätt till ett utskott, till ordföranden eller till
en anställd. Ärenden av principiell betydelse får dock inte delegeras.
"""
KFN, TK, KF, N = "fritids- och kulturnämnd", "tallmo kommun", "kommunfullmäktige", "nämnd"
KFO = "fritids- och kulturnämndens ordförande"
KFVO = "fritids- och kulturnämndens vice ordförande"


def kfn_item(obj):
    return st(N, "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar", obj)


C = [
    rec("title", "REGLEMENTE FÖR FRITIDS- OCH KULTURNÄMNDEN I TALLMO KOMMUN",
        [("FRITIDS- OCH KULTURNÄMNDEN", KFN, POL), ("TALLMO KOMMUN", TK, ORG)],
        kind="heading"),
    rec("m1", "Antaget av kommunfullmäktige 2024-11-26, § 193", [("kommunfullmäktige", KF, POL)]),
    rec("h1", re.sub(r"\s+", " ", C_CONTENTS_TEXT),
        [("Nämndens", N, POL), ("Nämndens", N, POL)], kind="heading"),
    rec("1", "Nämndens ansvarsområde", [("Nämndens", N, POL)], kind="heading", label="1"),
    rec("1.1", "Fritids- och kulturnämnden handhar kommunens verksamhet på områdena kultur, "
        "bibliotek och fritid. Nämnden ansvarar för följande:",
        [("Fritids- och kulturnämnden", KFN, POL), ("kommunens", TK, ORG),
         ("Nämnden", N, POL)],
        [v("handhar", "handha"), v("ansvarar", "ansvara")],
        [st(KFN, "Fritids- och kulturnämnden", "none", None, "handha", "handhar",
            "kommunens verksamhet på områdena kultur, bibliotek och fritid")], parent="1"),
    rec("1.1.a", "folkbiblioteken och skolbibliotekens samordning,", [], [],
        [kfn_item("folkbiblioteken och skolbibliotekens samordning")],
        kind="list_item", parent="1.1", label="–"),
    rec("1.1.b", "kommunens konstsamling,", [("kommunens", TK, ORG)], [],
        [kfn_item("kommunens konstsamling")], kind="list_item", parent="1.1", label="–"),
    rec("1.1.c", "bidrag till studieförbund och föreningar.",
        [("studieförbund", "studieförbund", ORG), ("föreningar", "förening", ORG)], [],
        [kfn_item("bidrag till studieförbund och föreningar")],
        kind="list_item", parent="1.1", label="–"),
    rec("2", "Nämndens uppgifter", [("Nämndens", N, POL)], kind="heading", label="2"),
    rec("2.1", "Kultur", kind="heading", parent="2", label="2.1"),
    rec("2.1.1", "Nämnden ska främja ett rikt kulturliv och verka för att kommunens invånare "
        "ges tillgång till kultur i alla delar av kommunen. Nämnden har till uppgift att "
        "upprätta en kulturplan som antas av kommunfullmäktige.",
        [("Nämnden", N, POL), ("kommunens", TK, ORG), ("invånare", "invånare", EXT),
         ("Nämnden", N, POL), ("kommunfullmäktige", KF, POL)],
        [SKA, v("främja", "främja", "inf"), v("verka", "verka", "inf"),
         v("ges", "ge", "pres", "pass"), HAR, v("upprätta", "upprätta", "inf"),
         v("antas", "anta", "pres", "pass")],
        [st(N, "Nämnden", "obligation", "ska", "främja", "främja", "ett rikt kulturliv"),
         st(N, "Nämnden", "obligation", "ska", "verka", "verka",
            "för att kommunens invånare ges tillgång till kultur i alla delar av kommunen"),
         st(N, "Nämnden", "obligation", "har till uppgift att", "upprätta", "upprätta",
            "en kulturplan som antas av kommunfullmäktige")], parent="2.1"),
    rec("2.2", "Fritid och föreningsliv", kind="heading", parent="2", label="2.2"),
    rec("2.2.1", "Nämnden ansvarar för drift och uthyrning av idrottsanläggningar och "
        "fritidsgårdar. Nämnden får träffa avtal med föreningar om skötsel av anläggningar. "
        "Bidrag till föreningar beslutas av nämnden enligt de riktlinjer som fullmäktige har "
        "fastställt.",
        [("Nämnden", N, POL), ("Nämnden", N, POL), ("föreningar", "förening", ORG),
         ("föreningar", "förening", ORG), ("nämnden", N, POL), ("fullmäktige", KF, POL)],
        [v("ansvarar", "ansvara"), FAR, v("träffa", "träffa", "inf"),
         v("beslutas", "besluta", "pres", "pass"), HAR, v("fastställt", "fastställa", "sup")],
        [st(N, "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för drift och uthyrning av idrottsanläggningar och fritidsgårdar"),
         st(N, "Nämnden", "permission", "får", "träffa", "träffa",
            "avtal med föreningar om skötsel av anläggningar"),
         st(N, "nämnden", "none", None, "besluta", "beslutas", "Bidrag till föreningar",
            passive=True,
            condition="enligt de riktlinjer som fullmäktige har fastställt")], parent="2.2"),
    rec("3", "Arbetsformer", kind="heading", label="3"),
    rec("3.1", "Nämnden har nio ledamöter. Fullmäktige utser lika många ersättare. Ordföranden "
        "håller samman nämndens arbete och ska bevaka att besluten genomförs. Vid "
        "ordförandens förfall sköts hans eller hennes uppgifter av vice ordföranden.",
        [("Nämnden", N, POL), ("ledamöter", "ledamot", FTV), ("Fullmäktige", KF, POL),
         ("ersättare", "ersättare", FTV), ("Ordföranden", KFO, FTV), ("nämndens", N, POL),
         ("ordförandens", KFO, FTV), ("vice ordföranden", KFVO, FTV)],
        [HAR, v("utser", "utse"), v("håller", "hålla"), SKA, v("bevaka", "bevaka", "inf"),
         v("genomförs", "genomföra", "pres", "pass"), v("sköts", "sköta", "pres", "pass")],
        [st(N, "Nämnden", "none", None, "ha", "har", "nio ledamöter"),
         st(KF, "Fullmäktige", "none", None, "utse", "utser", "lika många ersättare"),
         st(KFO, "Ordföranden", "none", None, "hålla", "håller", "nämndens arbete"),
         st(KFO, "Ordföranden", "obligation", "ska", "bevaka", "bevaka",
            "att besluten genomförs"),
         st(KFVO, "vice ordföranden", "none", None, "sköta", "sköts",
            "hans eller hennes uppgifter", passive=True, condition="Vid ordförandens förfall")],
        parent="3"),
    rec("3.2", "Nämnden får överlåta sin beslutanderätt till ett utskott, till ordföranden eller "
        "till en anställd. Ärenden av principiell betydelse får dock inte delegeras.",
        [("Nämnden", N, POL), ("utskott", "utskott", POL), ("ordföranden", KFO, FTV),
         ("anställd", "anställd", TJP)],
        [FAR, v("överlåta", "överlåta", "inf"), FAR, v("delegeras", "delegera", "inf", "pass")],
        [st(N, "Nämnden", "permission", "får", "överlåta", "överlåta",
            "sin beslutanderätt till ett utskott, till ordföranden eller till en anställd"),
         st(None, None, "prohibition", "får inte", "delegera", "delegeras",
            "Ärenden av principiell betydelse", negated=True, passive=True)], parent="3"),
]
C_FURNITURE = {C_HEAD.format(n) for n in (2, 3)}

# --- (d) delegationsordning, general part and a flattened table ---------------------------

D = "w48-z-delegation"
rec = make_rec(D)
D_FOOT = ("Delegeringsordning plan- och miljönämnden          2025-01-28          "
          "Sida {} av 2")
D_TEXT = f"""Delegeringsordning för plan- och miljönämnden
Antagen av plan- och miljönämnden 2025-01-28, § 9
Dnr PMN 2025/14
1. Allmänna bestämmelser
1.1 Delegering
Med stöd av 6 kap. 37 § kommunallagen får plan- och miljönämnden uppdra åt sitt utskott,
åt en enskild ledamot eller åt en anställd att fatta beslut i vissa grupper av ärenden.
Delegationsbeslut som fattats med stöd av denna ordning ska redovisas för nämnden vid
det sammanträde som följer närmast.
1.2 Vidaredelegering
Förvaltningschefen får i sin tur lämna beslutanderätt vidare till en medarbetare på
förvaltningen. Den som beslutar efter vidaredelegering ska rapportera beslutet till
förvaltningschefen.
1.3 Jäv och ersättare
Den delegat som är jävig i ett ärende får inte handlägga det. Vid förfall för en delegat
går beslutanderätten över till närmast överordnad chef.
{D_FOOT.format(1)}
2. Förkortningar
FC Förvaltningschef
BI Byggnadsinspektör
MI Miljöinspektör
3. Delegationsförteckning
Nr Ärende Delegat Anmärkning
3.1 Beslut om bygglov för en- och tvåbostadshus BI Anm: Avslag beslutas av nämnden
3.2 Beslut om startbesked BI
3.3 Beslut om föreläggande enligt 26 kap. 9 § miljöbalken MI Anm: Samråd med FC
3.4 Yttrande till länsstyrelsen i ärenden om strandskydd FC
{D_FOOT.format(2)}
"""
MBN, FC = "plan- och miljönämnd", "förvaltningschef"
BI, MI = "byggnadsinspektör", "miljöinspektör"
D_RECS = [
    rec("title", "Delegeringsordning för plan- och miljönämnden",
        [("plan- och miljönämnden", MBN, POL)], kind="heading"),
    rec("m1", "Antagen av plan- och miljönämnden 2025-01-28, § 9 Dnr PMN 2025/14",
        [("plan- och miljönämnden", MBN, POL)]),
    rec("1", "Allmänna bestämmelser", kind="heading", label="1."),
    rec("1.1", "Delegering", kind="heading", parent="1", label="1.1"),
    rec("1.1.1", "Med stöd av 6 kap. 37 § kommunallagen får plan- och miljönämnden uppdra åt "
        "sitt utskott, åt en enskild ledamot eller åt en anställd att fatta beslut i vissa "
        "grupper av ärenden. Delegationsbeslut som fattats med stöd av denna ordning ska redovisas "
        "för nämnden vid det sammanträde som följer närmast.",
        [("plan- och miljönämnden", MBN, POL), ("utskott", "utskott", POL),
         ("ledamot", "ledamot", FTV), ("anställd", "anställd", TJP), ("nämnden", "nämnd", POL)],
        [FAR, v("uppdra", "uppdra", "inf"), v("fatta", "fatta", "inf"),
         v("fattats", "fatta", "sup", "pass"), SKA, v("redovisas", "redovisa", "inf", "pass"),
         v("följer", "följa")],
        [st(MBN, "plan- och miljönämnden", "permission", "får", "uppdra", "uppdra",
            "åt sitt utskott, åt en enskild ledamot eller åt en anställd att fatta beslut i "
            "vissa grupper av ärenden", condition="Med stöd av 6 kap. 37 § kommunallagen"),
         st(None, None, "obligation", "ska", "redovisa", "redovisas",
            "Delegationsbeslut som fattats med stöd av denna ordning", passive=True)],
        ["med stöd av denna ordning"], parent="1.1"),
    rec("1.2", "Vidaredelegering", kind="heading", parent="1", label="1.2"),
    rec("1.2.1", "Förvaltningschefen får i sin tur lämna beslutanderätt vidare till en "
        "medarbetare på förvaltningen. Den som beslutar efter vidaredelegering ska rapportera "
        "beslutet till förvaltningschefen.",
        [("Förvaltningschefen", FC, TJP), ("medarbetare", "medarbetare", TJP),
         ("förvaltningen", "förvaltning", FORV), ("förvaltningschefen", FC, TJP)],
        [FAR, v("lämna", "lämna", "inf"), v("beslutar", "besluta"), SKA,
         v("rapportera", "rapportera", "inf")],
        [st(FC, "Förvaltningschefen", "permission", "får", "lämna", "lämna",
            "beslutanderätt vidare till en medarbetare på förvaltningen")], parent="1.2"),
    rec("1.3", "Jäv och ersättare", [("ersättare", "ersättare", FTV)], kind="heading",
        parent="1", label="1.3"),
    rec("1.3.1", "Den delegat som är jävig i ett ärende får inte handlägga det. Vid förfall för "
        "en delegat går beslutanderätten över till närmast överordnad chef.",
        [("delegat", "delegat", TJP), ("delegat", "delegat", TJP),
         ("överordnad chef", "överordnad chef", TJP)],
        [AR, FAR, v("handlägga", "handlägga", "inf"), v("går", "gå")],
        [st("delegat", "delegat", "prohibition", "får inte", "handlägga", "handlägga", "det",
            negated=True)], ["Vid förfall för en delegat"], parent="1.3"),
    rec("2", "Förkortningar", kind="heading", label="2."),
    rec("2.1", "FC Förvaltningschef", [("FC", FC, TJP), ("Förvaltningschef", FC, TJP)],
        parent="2"),
    rec("2.2", "BI Byggnadsinspektör", [("BI", BI, TJP), ("Byggnadsinspektör", BI, TJP)],
        parent="2"),
    rec("2.3", "MI Miljöinspektör", [("MI", MI, TJP), ("Miljöinspektör", MI, TJP)],
        parent="2"),
    rec("3", "Delegationsförteckning", kind="heading", label="3."),
    rec("h1", "Nr Ärende Delegat Anmärkning", kind="heading", parent="3"),
    rec("3.1", "Beslut om bygglov för en- och tvåbostadshus BI Anm: Avslag beslutas av nämnden",
        [("BI", BI, TJP), ("nämnden", "nämnd", POL)],
        [v("beslutas", "besluta", "pres", "pass")],
        [st("nämnd", "nämnden", "none", None, "besluta", "beslutas", "Avslag", passive=True)],
        parent="3", label="3.1"),
    rec("3.2", "Beslut om startbesked BI", [("BI", BI, TJP)], parent="3", label="3.2"),
    rec("3.3", "Beslut om föreläggande enligt 26 kap. 9 § miljöbalken MI Anm: Samråd med FC",
        [("MI", MI, TJP), ("FC", FC, TJP)], conditions=["enligt 26 kap. 9 § miljöbalken"],
        parent="3", label="3.3"),
    rec("3.4", "Yttrande till länsstyrelsen i ärenden om strandskydd FC",
        [("länsstyrelsen", "länsstyrelse", EXT), ("FC", FC, TJP)], parent="3", label="3.4"),
]
D_FURNITURE = {D_FOOT.format(n) for n in (1, 2)}

# --- (e) ägardirektiv ------------------------------------------------------------------------

D = "w48-z-agardirektiv"
rec = make_rec(D)
E_FOOT = "Ägardirektiv Stensjö Bostäder AB                Dnr KS 2025/311                {} (2)"
E_TEXT = f"""ÄGARDIREKTIV FÖR STENSJÖ BOSTÄDER AB
Fastställt av kommunfullmäktige i Stensjö kommun 2025-04-22, § 64
Fastställt på bolagsstämma 2025-05-15
1. Bolagets uppdrag
Stensjö Bostäder AB ägs till 100 procent av Stensjö kommun. Bolaget ska tillhanda-
hålla bostäder av god kvalitet för olika grupper i kommunen och bidra till kommunens
bostadsförsörjning.
2. Styrning
Kommunfullmäktige beslutar om bolagets ägardirektiv. Kommunstyrelsen följer bolagets
verksamhet löpande och har rätt att granska bolagets protokoll och avtal.
Bolagets styrelse ansvarar för att bolaget har en ändamålsenlig organisation. Styrelsen
ska årligen anta en arbetsordning för sitt arbete och en VD-instruktion.
{E_FOOT.format(1)}
3. Ärenden som kräver ställningstagande av fullmäktige
Bolaget ska låta kommunfullmäktige ta ställning innan bolaget avgör frågor av större
principiell vikt. Detta gäller bland annat:
• bildande eller förvärv av dotterbolag,
• försäljning av fastigheter till ett värde överstigande 20 miljoner kronor.
4. Rapportering
Bolaget är skyldigt att två gånger per år rapportera till kommunstyrelsen hur det
ekonomiska utfallet ser ut. Vid väsentliga avvikelser bör bolaget snarast informera
kommunstyrelsens ordförande.
{E_FOOT.format(2)}
"""
SB, SK, KF, KS = "stensjö bostäder ab", "stensjö kommun", "kommunfullmäktige", "kommunstyrelse"
E = [
    rec("title", "ÄGARDIREKTIV FÖR STENSJÖ BOSTÄDER AB", [("STENSJÖ BOSTÄDER AB", SB, ORG)],
        kind="heading"),
    rec("m1", "Fastställt av kommunfullmäktige i Stensjö kommun 2025-04-22, § 64 Fastställt "
        "på bolagsstämma 2025-05-15",
        [("kommunfullmäktige", KF, POL), ("Stensjö kommun", SK, ORG),
         ("bolagsstämma", "bolagsstämma", POL)]),
    rec("1", "Bolagets uppdrag", [("Bolagets", SB, ORG)], kind="heading", label="1."),
    rec("1.1", "Stensjö Bostäder AB ägs till 100 procent av Stensjö kommun. Bolaget ska "
        "tillhandahålla bostäder av god kvalitet för olika grupper i kommunen och bidra till "
        "kommunens bostadsförsörjning.",
        [("Stensjö Bostäder AB", SB, ORG), ("Stensjö kommun", SK, ORG), ("Bolaget", SB, ORG),
         ("kommunens", SK, ORG)],
        [v("ägs", "äga", "pres", "pass"), SKA, v("tillhandahålla", "tillhandahålla", "inf"),
         v("bidra", "bidra", "inf")],
        [st(SK, "Stensjö kommun", "none", None, "äga", "ägs", "Stensjö Bostäder AB",
            passive=True),
         st(SB, "Bolaget", "obligation", "ska", "tillhandahålla", "tillhandahålla",
            "bostäder av god kvalitet för olika grupper i kommunen"),
         st(SB, "Bolaget", "obligation", "ska", "bidra", "bidra",
            "till kommunens bostadsförsörjning")], parent="1"),
    rec("2", "Styrning", kind="heading", label="2."),
    rec("2.1", "Kommunfullmäktige beslutar om bolagets ägardirektiv. Kommunstyrelsen följer "
        "bolagets verksamhet löpande och har rätt att granska bolagets protokoll och avtal.",
        [("Kommunfullmäktige", KF, POL), ("bolagets", SB, ORG), ("Kommunstyrelsen", KS, POL),
         ("bolagets", SB, ORG), ("bolagets", SB, ORG)],
        [v("beslutar", "besluta"), v("följer", "följa"), HAR, v("granska", "granska", "inf")],
        [st(KF, "Kommunfullmäktige", "none", None, "besluta", "beslutar",
            "om bolagets ägardirektiv"),
         st(KS, "Kommunstyrelsen", "none", None, "följa", "följer", "bolagets verksamhet"),
         st(KS, "Kommunstyrelsen", "permission", "har rätt att", "granska", "granska",
            "bolagets protokoll och avtal")], parent="2"),
    rec("2.2", "Bolagets styrelse ansvarar för att bolaget har en ändamålsenlig organisation. "
        "Styrelsen ska årligen anta en arbetsordning för sitt arbete och en VD-instruktion.",
        [("Bolagets", SB, ORG), ("styrelse", "styrelse", POL), ("bolaget", SB, ORG),
         ("Styrelsen", "styrelse", POL)],
        [v("ansvarar", "ansvara"), HAR, SKA, v("anta", "anta", "inf")],
        [st("styrelse", "styrelse", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att bolaget har en ändamålsenlig organisation"),
         st("styrelse", "Styrelsen", "obligation", "ska", "anta", "anta",
            "en arbetsordning för sitt arbete och en VD-instruktion")], parent="2"),
    rec("3", "Ärenden som kräver ställningstagande av fullmäktige", [("fullmäktige", KF, POL)],
        [v("kräver", "kräva")], kind="heading", label="3."),
    rec("3.1", "Bolaget ska låta kommunfullmäktige ta ställning innan bolaget avgör frågor av "
        "större principiell vikt. Detta gäller bland annat:",
        [("Bolaget", SB, ORG), ("kommunfullmäktige", KF, POL), ("bolaget", SB, ORG)],
        [SKA, v("låta", "låta", "inf"), v("ta", "ta", "inf"), v("avgör", "avgöra"),
         v("gäller", "gälla")],
        [st(SB, "Bolaget", "obligation", "ska", "låta", "låta",
            "kommunfullmäktige ta ställning")], parent="3"),
    rec("3.1.a", "bildande eller förvärv av dotterbolag,",
        [("dotterbolag", "dotterbolag", ORG)], kind="list_item", parent="3.1", label="•"),
    rec("3.1.b", "försäljning av fastigheter till ett värde överstigande 20 miljoner kronor.",
        kind="list_item", parent="3.1", label="•"),
    rec("4", "Rapportering", kind="heading", label="4."),
    rec("4.1", "Bolaget är skyldigt att två gånger per år rapportera till kommunstyrelsen hur "
        "det ekonomiska utfallet ser ut. Vid väsentliga avvikelser bör bolaget snarast "
        "informera kommunstyrelsens ordförande.",
        [("Bolaget", SB, ORG), ("kommunstyrelsen", KS, POL), ("bolaget", SB, ORG),
         ("kommunstyrelsens ordförande", "kommunstyrelsens ordförande", FTV)],
        [AR, v("rapportera", "rapportera", "inf"), v("ser", "se"), BOR,
         v("informera", "informera", "inf")],
        [st(SB, "Bolaget", "obligation", "är skyldigt att", "rapportera", "rapportera",
            "till kommunstyrelsen hur det ekonomiska utfallet ser ut"),
         st(SB, "bolaget", "recommendation", "bör", "informera", "informera",
            "kommunstyrelsens ordförande", condition="Vid väsentliga avvikelser")],
        parent="4"),
]
E_FURNITURE = {E_FOOT.format(n) for n in (1, 2)}

DOCUMENTS = {
    "w48-z-kommundirektor": (A_TEXT, A), "w48-z-vdinstruktion": (B_TEXT, B),
    "w48-z-reglemente": (C_TEXT, C), "w48-z-delegation": (D_TEXT, D_RECS),
    "w48-z-agardirektiv": (E_TEXT, E),
}
FURNITURE = {"w48-z-kommundirektor": A_FURNITURE, "w48-z-vdinstruktion": B_FURNITURE,
             "w48-z-reglemente": C_FURNITURE, "w48-z-delegation": D_FURNITURE,
             "w48-z-agardirektiv": E_FURNITURE}
for _doc_id, (_raw, _records) in DOCUMENTS.items():
    check_texts(_raw, FURNITURE[_doc_id], _records)


if __name__ == "__main__":
    write_part(sys.argv[1], PART, DOCUMENTS)
