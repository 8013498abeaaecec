"""Builds corpus/dev/w53-z.jsonl and the pages corpus/dev/w53-z-*.txt with their gold: the blind
probe w53-z of round 53 (invented pages carrying the traits of the real pages analysed in round
53, as copied from a browser, a docplayer print or a flattened PDF), written and annotated by
hand from docs/annotation.md §1–§5 and the rulings at its end (round 53: r1–r4; round 52: c1,
u1, zz1) before any run; the writer never ran the extractor on them.
`w53-z-organisation` (a kommun's organisation page, descriptive: skip link and trail as chrome,
`har 45 förtroendevalda ledamöter och är kommunens högsta beslutande organ` (subject first: a
statement for `vara`), `Högst ansvarig tjänsteperson är kommundirektör <Name>` (a fronted bare
predicative: the role after the copula is the subject, `tjänsteperson` no actor),
`Merparten av kommunens medarbetare arbetar …` (a partitive: the group acts), a unit heading
`Kommunledningskontoret` over capitalised verb-first lines (round 2's bare actor lead-in), a
multi-word unit heading `Teknik- och fastighetsförvaltningen` ⏎ `Förvaltningen ansvarar för …`
(round 52 c1) with a noun list ending in the `-ar` plurals `hamnar och broar`, `I kommunkoncernen
finns tre helägda bolag:` over three company names (round 51 n2 / round 52 l1: the counted
plural announces the list, each name `finnas`), `Två av de helägda bolagen, X AB och Y AB,
sköter …` (partitive group acts; the appositive names no statement, round 46), an update
line); `w53-z-kfbeslut` (a kommunfullmäktige decision flattened from a PDF: an extract title, a
metadata line, `§ 87` heading, `har föreslagit att <kommun> köper … (SVAB)` (the content clause
states nothing), `Kommunfullmäktige beslutar att 1. Godkänna …, 2. Fastställa …, 3. Uppdra åt …`
on one line (cut at its inline numbering: a lead-in ending in `att` and three items, each
(kommunfullmäktige, none, besluta)), `beslutar vidare att godkänna att SVAB` over a label run
`(a) (b) (c) (d)` printed on its own line (no clause; the labels go to the four items in order)
and four finite verb items (the content clause's verbs: no statement of SVAB));
`w53-z-forbundsordning` (a miljöförbund's förbundsordning as docplayer prints it, one line a
page with the title and `Sida N av 3` as the running header: `Förbundets namn är <Name>
Medlemmar i förbundet är …` (lost stop before a capitalised noun subject: two sentence clauses,
round 34 / round 52 zz1; `Medlemmar` a bare plural fronted predicative naming the group, fix31),
`har till uppgift att på medlemskommunernas vägnar utöva …`, a heading `Direktion (styrelse)` (the
bracketed synonym an alias: `Styrelsen` below is the direktion), `anställer en förbundschef,
vilken skall leda …` (the old relative with its own cue), `… en budget för förbundet Inom ramen
för budgeten ska direktionen …` (lost stop before a capitalised preposition: two sentences; `inom
ramen för` a condition), `Protokollet ska, såsom vid medlemskommunernas nämnder, justeras av två
ledamöter.` (an insertion before the s-passive; its `vid` opens no condition), an agent passive
of `fullmäktige`); `w53-z-byggnamnd` (a nämnd page: a suspended compound name with a lost comma
`Bygg- miljö- och tillståndsnämnden` (one name, printed words), `en första och andra vice
ordförande` (round 53 r4), `arbetar för att de beslut som nämnden fattar ska vara …` (nothing
inside the `för att` clause), `Om … är det nämnden som utser vem som ska …` (a cleft after a
fronted condition; an indirect question as object), `Tillståndscentrum` as subject (round 53 r3),
`ska se till att informera …`, `har, tillsammans med kommundirektören, uppdraget att …` (a
comitative insertion; definite `uppdraget` read as `i uppdrag`: responsibility));
`w53-z-delegering` (a delegation guide page: `En nämnd kan delegera …` (permission), `Det står
nämnden fritt att återta …` (round 53 r1), `Ärenden som brukar delegeras kan vara till exempel …`
(no actor subject: nothing), `Beslut … fattas både av nämnden och av utskottet` (two agents),
`Det är förvaltningschefens uppgift att se till att … följs` (round 52 u1, stacked with `se till
att`), `Stiftelser och aktiebolag är vanliga driftsformer …` (round 53 r2: no actor, no
statement), `styrs av sin bolagsordning och av ägardirektiv från kommunfullmäktige` (a thing
`av`-phrase: no statement)). Offsets computed.
Run: python corpus/make_w53_z.py corpus/dev"""

import sys

from records import (
    AR,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    SKALL,
    TJP,
    inf,
    list_item_maker,
    pres,
    records_for,
    sup,
    write_part,
)
from records import statement as st

rec = records_for("w53-z", conditions_from_statements=True)


item = list_item_maker(rec, "")


def between(line, start, end=None):
    """The part of a flattened line from ``start`` up to (not including) ``end``."""
    piece = line[line.index(start):]
    return piece if end is None else piece[:piece.index(end)].rstrip()


def bare(text):
    """An item's text without its closing comma, `, samt` or full stop (its object)."""
    for tail in (", samt", ",", "."):
        if text.endswith(tail):
            return text[:-len(tail)]
    return text


# (a) A kommun's organisation page, one clause a line.
D = "w53-z-organisation"
OR_TEXT = """Hoppa till huvudinnehåll
Startsida / Kommun och politik / Organisation
Så är Lönnmora kommun organiserad
Kommunfullmäktige har 45 förtroendevalda ledamöter och är kommunens högsta beslutande organ.
Kommunstyrelsen leder kommunens arbete och har uppsikt över nämnderna och bolagen.
Högst ansvarig tjänsteperson är kommundirektör Helena Strömgren.
Merparten av kommunens medarbetare arbetar i förvaltningarna under nämnderna.
Kommunledningskontoret
Samordnar kommunens planering och uppföljning.
Stödjer kommundirektören i ledningen av förvaltningarna.
Teknik- och fastighetsförvaltningen
Förvaltningen ansvarar för kommunens vägar, badplatser, hamnar och broar.
Kommunens bolag
I kommunkoncernen finns tre helägda bolag:
Lönnmora Bostäder AB
Lönnmora Energi AB
Lönnmora Hamn och Logistik AB
Två av de helägda bolagen, Lönnmora Energi AB och Lönnmora Hamn och Logistik AB, sköter \
verksamhet som tidigare låg i förvaltningarna.
Senast uppdaterad: 12 november 2026
"""
L = OR_TEXT.split("\n")
LK = "lönnmora kommun"
KF = "kommunfullmäktige"
KS = "kommunstyrelse"
KLK = "kommunledningskontor"
TFF = "teknik- och fastighetsförvaltning"
BOLAG = "bolag"
COMPANIES = [("Lönnmora Bostäder AB", "lönnmora bostäder ab"),
             ("Lönnmora Energi AB", "lönnmora energi ab"),
             ("Lönnmora Hamn och Logistik AB", "lönnmora hamn och logistik ab")]


def klk(aim, aim_text, obj):
    """A verb-first line under the unit heading `Kommunledningskontoret` (round 2's lead-in)."""
    return st(KLK, "Kommunledningskontoret", "none", None, aim, aim_text, obj)


ORGANISATION = [
    rec("title", L[2], [("Lönnmora kommun", LK, ORG)], doc=D, kind="heading"),
    rec("1", L[3],
        [("Kommunfullmäktige", KF, POL), ("ledamöter", "ledamot", FTV),
         ("kommunens", LK, ORG)], [HAR, AR],
        [st(KF, "Kommunfullmäktige", "none", None, "ha", "har", "45 förtroendevalda ledamöter"),
         st(KF, "Kommunfullmäktige", "none", None, "vara", "är",
            "kommunens högsta beslutande organ")], doc=D),
    rec("2", L[4],
        [("Kommunstyrelsen", KS, POL), ("kommunens", LK, ORG), ("nämnderna", "nämnd", POL),
         ("bolagen", BOLAG, ORG)], [pres("leder", "leda"), HAR],
        [st(KS, "Kommunstyrelsen", "none", None, "leda", "leder", "kommunens arbete"),
         st(KS, "Kommunstyrelsen", "none", None, "ha", "har",
            "uppsikt över nämnderna och bolagen")], doc=D),
    rec("3", L[5], [("kommundirektör", "kommundirektör", TJP)], [AR],
        [st("kommundirektör", "kommundirektör", "none", None, "vara", "är",
            "Helena Strömgren")], doc=D),
    rec("4", L[6],
        [("kommunens", LK, ORG), ("medarbetare", "medarbetare", TJP),
         ("förvaltningarna", "förvaltning", FORV), ("nämnderna", "nämnd", POL)],
        [pres("arbetar", "arbeta")],
        [st("medarbetare", "medarbetare", "none", None, "arbeta", "arbetar",
            "i förvaltningarna under nämnderna")], doc=D),
    rec("h1", L[7], [("Kommunledningskontoret", KLK, FORV)], doc=D, kind="heading"),
    item("h1.1", L[8], [("kommunens", LK, ORG)], [pres("Samordnar", "samordna")],
         [klk("samordna", "Samordnar", "kommunens planering och uppföljning")], doc=D,
         parent="h1"),
    item("h1.2", L[9],
         [("kommundirektören", "kommundirektör", TJP), ("förvaltningarna", "förvaltning", FORV)],
         [pres("Stödjer", "stödja")],
         [klk("stödja", "Stödjer", "kommundirektören i ledningen av förvaltningarna")], doc=D,
         parent="h1"),
    rec("h2", L[10], [("Teknik- och fastighetsförvaltningen", TFF, FORV)], doc=D,
        kind="heading"),
    rec("5", L[11], [("Förvaltningen", TFF, FORV), ("kommunens", LK, ORG)],
        [pres("ansvarar", "ansvara")],
        [st(TFF, "Förvaltningen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "kommunens vägar, badplatser, hamnar och broar")], doc=D, parent="h2"),
    rec("h3", L[12], [("Kommunens", LK, ORG), ("bolag", BOLAG, ORG)], doc=D, kind="heading"),
    rec("6", L[13], [("kommunkoncernen", "kommunkoncern", ORG), ("bolag", BOLAG, ORG)],
        [pres("finns", "finnas")], doc=D, parent="h3"),
    *(item(f"6.{k + 1}", L[14 + k], [(name, canonical, ORG)], [],
           [st(canonical, name, "none", None, "finnas", "finns")], doc=D, parent="6")
      for k, (name, canonical) in enumerate(COMPANIES)),
    rec("7", L[17],
        [("bolagen", BOLAG, ORG), (COMPANIES[1][0], COMPANIES[1][1], ORG),
         (COMPANIES[2][0], COMPANIES[2][1], ORG), ("förvaltningarna", "förvaltning", FORV)],
        [pres("sköter", "sköta"), ("låg", "ligga", "past", "act")],
        [st(BOLAG, "bolagen", "none", None, "sköta", "sköter",
            "verksamhet som tidigare låg i förvaltningarna")], doc=D, parent="h3"),
    rec("m1", L[18], doc=D, parent="h3"),
]
for k, (name, _) in enumerate(COMPANIES):
    assert L[14 + k] == name

# (b) A kommunfullmäktige decision flattened from a PDF.
D = "w53-z-kfbeslut"
BESLUT_1 = ("Kommunfullmäktige beslutar därmed att 1. Godkänna förvärvet av samtliga aktier i SVAB "
            "från Granvika kommun, 2. Fastställa köpeskillingen till 14,5 miljoner kronor, "
            "3. Uppdra åt kommunstyrelsen att underteckna köpeavtalet.")
KB_TEXT = "\n".join([
    "Utdrag ur sammanträdesprotokoll",
    "Kommunfullmäktige i Sjöhamra kommun 2026-10-19 Dnr KS 2026/311",
    "§ 87 Förvärv av aktier i Sjöhamra Vatten AB",
    "Ärendebeskrivning",
    "Kommunstyrelsen har föreslagit att Sjöhamra kommun köper Granvika kommuns aktier i "
    "Sjöhamra Vatten AB (SVAB).",
    "Beslut",
    BESLUT_1,
    "Kommunfullmäktige beslutar vidare att godkänna att SVAB",
    "(a) (b) (c) (d)",
    "tar upp nya lån om högst 40 miljoner kronor,",
    "förvärvar fastigheten Kvarngärdet 2:14,",
    "bildar ett helägt dotterbolag för fibernät, samt",
    "avyttrar sin andel i Norrbäckens Reningsverk AB.",
]) + "\n"
L = KB_TEXT.split("\n")
SK = "sjöhamra kommun"
GK = "granvika kommun"
SV = "sjöhamra vatten ab"
KF_A = ("Kommunfullmäktige", KF, POL)


def beslutar(obj):
    """An item's statement under a `Kommunfullmäktige beslutar … att` lead-in."""
    return st(KF, "Kommunfullmäktige", "none", None, "besluta", "beslutar", obj)


I1 = between(BESLUT_1, "Godkänna", " 2. ")
I2 = between(BESLUT_1, "Fastställa", " 3. ")
I3 = between(BESLUT_1, "Uppdra")
KFBESLUT = [
    rec("title", L[0], doc=D, kind="heading"),
    rec("m1", L[1], [KF_A, ("Sjöhamra kommun", SK, ORG)], doc=D),
    rec("§87", "Förvärv av aktier i Sjöhamra Vatten AB", [("Sjöhamra Vatten AB", SV, ORG)],
        doc=D, kind="heading", label="§ 87"),
    rec("h1", L[3], doc=D, kind="heading", parent="§87"),
    rec("1", L[4],
        [("Kommunstyrelsen", KS, POL), ("Sjöhamra kommun", SK, ORG),
         ("Granvika kommuns", GK, ORG), ("Sjöhamra Vatten AB", SV, ORG), ("SVAB", SV, ORG)],
        [HAR, sup("föreslagit", "föreslå"), pres("köper", "köpa")],
        [st(KS, "Kommunstyrelsen", "none", None, "föreslå", "föreslagit",
            "att Sjöhamra kommun köper Granvika kommuns aktier i Sjöhamra Vatten AB (SVAB)")],
        doc=D, parent="h1"),
    rec("h2", L[5], doc=D, kind="heading", parent="§87"),
    rec("2", "Kommunfullmäktige beslutar därmed att", [KF_A], [pres("beslutar", "besluta")], doc=D,
        parent="h2"),
    item("2.1", I1, [("SVAB", SV, ORG), ("Granvika kommun", GK, ORG)],
         [inf("Godkänna", "godkänna")], [beslutar(bare(I1))], doc=D, parent="2", label="1."),
    item("2.2", I2, [], [inf("Fastställa", "fastställa")], [beslutar(bare(I2))], doc=D,
         parent="2", label="2."),
    item("2.3", I3, [("kommunstyrelsen", KS, POL)], [inf("Uppdra", "uppdra"), inf("underteckna")],
         [beslutar(bare(I3))], doc=D, parent="2", label="3."),
    rec("3", L[7], [KF_A, ("SVAB", SV, ORG)], [pres("beslutar", "besluta"), inf("godkänna")],
        doc=D, parent="h2"),
    item("3.a", L[9], [], [pres("tar", "ta")], [beslutar(bare(L[9]))], doc=D, parent="3",
         label="(a)"),
    item("3.b", L[10], [], [pres("förvärvar", "förvärva")], [beslutar(bare(L[10]))], doc=D,
         parent="3", label="(b)"),
    item("3.c", L[11], [("dotterbolag", "dotterbolag", ORG)], [pres("bildar", "bilda")],
         [beslutar(bare(L[11]))], doc=D, parent="3", label="(c)"),
    item("3.d", L[12], [("Norrbäckens Reningsverk AB", "norrbäckens reningsverk ab", ORG)],
         [pres("avyttrar", "avyttra")], [beslutar(bare(L[12]))], doc=D, parent="3",
         label="(d)"),
]
assert L[2].startswith("§ 87 ") and L[8] == "(a) (b) (c) (d)"

# (c) A miljöförbund's förbundsordning as docplayer prints it: one line a page.
D = "w53-z-forbundsordning"
TITLE = "Förbundsordning för Miljöförbundet Hällebygd"


def page(number, body):
    """A docplayer page line: the title copy and the page counter, then the page's text."""
    return f"{TITLE} Sida {number} av 3 {body}"


FB_TEXT = "\n".join([
    TITLE,
    page(1, "1 Namn Förbundets namn är Miljöförbundet Hällebygd Medlemmar i förbundet är "
            "Ravnsjö kommun och Bäckholma kommun. 2 Säte Förbundet har sitt säte i Bäckholma. "
            "3 Uppgifter Förbundet har till uppgift att på medlemskommunernas vägnar utöva tillsyn "
            "över miljö- och livsmedelsfrågor."),
    page(2, "4 Direktion (styrelse) Styrelsen består av åtta ledamöter jämte åtta ersättare. Varje "
            "medlem utser fyra ledamöter och fyra ersättare. Direktionen anställer en "
            "förbundschef, vilken skall leda den löpande verksamheten. 5 Budget Direktionen "
            "fastställer en budget för förbundet Inom ramen för budgeten ska direktionen "
            "fördela medlen mellan verksamhetsområdena."),
    page(3, "6 Protokoll Protokollet ska, såsom vid medlemskommunernas nämnder, justeras av två "
            "ledamöter. 7 Ändring Ändringar i denna förbundsordning ska antas av fullmäktige i "
            "samtliga medlemskommuner."),
]) + "\n"
L = FB_TEXT.split("\n")
MH = "miljöförbundet hällebygd"
DIR = "direktion"
MED = "medlem"
LED = ("ledamöter", "ledamot", FTV)
ERS = ("ersättare", "ersättare", FTV)
P4 = between(L[2], "Styrelsen består", " 5 Budget")
FORBUNDSORDNING = [
    rec("title", L[0], [("Miljöförbundet Hällebygd", MH, ORG)], doc=D, kind="heading"),
    rec("1", "Namn", doc=D, kind="heading", label="1"),
    rec("1.1.s1", between(L[1], "Förbundets namn", " Medlemmar i"),
        [("Förbundets", MH, ORG), ("Miljöförbundet Hällebygd", MH, ORG)], [AR], doc=D,
        parent="1"),
    rec("1.1.s2", between(L[1], "Medlemmar i", " 2 Säte"),
        [("Medlemmar", MED, OVR), ("förbundet", MH, ORG), ("Ravnsjö kommun", "ravnsjö kommun", ORG),
         ("Bäckholma kommun", "bäckholma kommun", ORG)], [AR],
        [st(MED, "Medlemmar", "none", None, "vara", "är", "Ravnsjö kommun och Bäckholma kommun")],
        doc=D, parent="1"),
    rec("2", "Säte", doc=D, kind="heading", label="2"),
    rec("2.1", between(L[1], "Förbundet har sitt", " 3 Uppgifter"), [("Förbundet", MH, ORG)],
        [HAR], [st(MH, "Förbundet", "none", None, "ha", "har", "sitt säte i Bäckholma")], doc=D,
        parent="2"),
    rec("3", "Uppgifter", doc=D, kind="heading", label="3"),
    rec("3.1", between(L[1], "Förbundet har till"),
        [("Förbundet", MH, ORG), ("medlemskommunernas", "medlemskommun", ORG)],
        [HAR, inf("utöva")],
        [st(MH, "Förbundet", "obligation", "har till uppgift att", "utöva", "utöva",
            "tillsyn över miljö- och livsmedelsfrågor")], doc=D, parent="3"),
    rec("4", "Direktion (styrelse)", [("Direktion", DIR, POL), ("styrelse", DIR, POL)], doc=D,
        kind="heading", label="4"),
    rec("4.1", P4,
        [("Styrelsen", DIR, POL), LED, ERS, ("medlem", MED, OVR), (*LED, 1), (*ERS, 1),
         ("Direktionen", DIR, POL), ("förbundschef", "förbundschef", TJP)],
        [pres("består", "bestå"), pres("utser", "utse"), pres("anställer", "anställa"), SKALL,
         inf("leda")],
        [st(DIR, "Styrelsen", "none", None, "bestå", "består",
            "av åtta ledamöter jämte åtta ersättare"),
         st(MED, "medlem", "none", None, "utse", "utser", "fyra ledamöter och fyra ersättare"),
         st(DIR, "Direktionen", "none", None, "anställa", "anställer", "en förbundschef"),
         st("förbundschef", "förbundschef", "obligation", "skall", "leda", "leda",
            "den löpande verksamheten")], doc=D, parent="4"),
    rec("5", "Budget", doc=D, kind="heading", label="5"),
    rec("5.1.s1", between(L[2], "Direktionen fastställer", " Inom ramen"),
        [("Direktionen", DIR, POL), ("förbundet", MH, ORG)], [pres("fastställer", "fastställa")],
        [st(DIR, "Direktionen", "none", None, "fastställa", "fastställer",
            "en budget för förbundet")], doc=D, parent="5"),
    rec("5.1.s2", between(L[2], "Inom ramen"), [("direktionen", DIR, POL)], [SKA, inf("fördela")],
        [st(DIR, "direktionen", "obligation", "ska", "fördela", "fördela",
            "medlen mellan verksamhetsområdena", condition="Inom ramen för budgeten")],
        doc=D, parent="5"),
    rec("6", "Protokoll", doc=D, kind="heading", label="6"),
    rec("6.1", between(L[3], "Protokollet ska", " 7 Ändring"),
        [("medlemskommunernas", "medlemskommun", ORG), ("nämnder", "nämnd", POL), LED],
        [SKA, inf("justeras", "justera", "pass")],
        [st("ledamot", "ledamöter", "obligation", "ska", "justera", "justeras", "Protokollet",
            passive=True)], doc=D, parent="6"),
    rec("7", "Ändring", doc=D, kind="heading", label="7"),
    rec("7.1", between(L[3], "Ändringar i denna"),
        [("fullmäktige", "fullmäktige", POL), ("medlemskommuner", "medlemskommun", ORG)],
        [SKA, inf("antas", "anta", "pass")],
        [st("fullmäktige", "fullmäktige", "obligation", "ska", "anta", "antas",
            "Ändringar i denna förbundsordning", passive=True)], doc=D, parent="7"),
]

# (d) A nämnd page, one clause a line.
D = "w53-z-byggnamnd"
BN_TEXT = """Hoppa till sidans innehåll
Startsida / Kommun och politik / Nämnder / Bygg- miljö- och tillståndsnämnden
Bygg- miljö- och tillståndsnämnden
Nämnden ansvarar för bygglov, miljötillsyn och serveringstillstånd.
Nämnden har en ordförande, en första och andra vice ordförande och därutöver åtta ledamöter.
Ledamöterna utses av kommunfullmäktige.
Nämnden arbetar för att de beslut som nämnden fattar ska vara rättssäkra och lätta att förstå.
Om ett ärende rör flera nämnders ansvarsområden är det nämnden som utser vem som ska samordna \
beredningen.
Bygg- och miljöförvaltningen
Förvaltningen bereder nämndens ärenden och verkställer nämndens beslut.
Tillståndscentrum tar emot ansökningar om serveringstillstånd och ger råd till sökande.
Förvaltningschefen ska se till att informera nämnden om ärenden av större vikt.
Förvaltningschefen har, tillsammans med kommundirektören, uppdraget att utveckla samarbetet \
mellan förvaltningarna.
Senast ändrad: 2026-11-02
"""
L = BN_TEXT.split("\n")
BMT = "bygg- miljö- och tillståndsnämnd"
NMD = "nämnd"
BMF = "bygg- och miljöförvaltning"
TC = "tillståndscentrum"
FC = "förvaltningschef"
BYGGNAMND = [
    rec("title", L[2], [("Bygg- miljö- och tillståndsnämnden", BMT, POL)], doc=D,
        kind="heading"),
    rec("1", L[3], [("Nämnden", NMD, POL)], [pres("ansvarar", "ansvara")],
        [st(NMD, "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "bygglov, miljötillsyn och serveringstillstånd")], doc=D),
    rec("2", L[4],
        [("Nämnden", NMD, POL), ("ordförande", "ordförande", FTV),
         ("första", "förste vice ordförande", FTV),
         ("andra vice ordförande", "andre vice ordförande", FTV), ("ledamöter", "ledamot", FTV)],
        [HAR],
        [st(NMD, "Nämnden", "none", None, "ha", "har",
            "en ordförande, en första och andra vice ordförande och därutöver åtta ledamöter")],
        doc=D),
    rec("3", L[5], [("Ledamöterna", "ledamot", FTV), ("kommunfullmäktige", KF, POL)],
        [pres("utses", "utse", "pass")],
        [st(KF, "kommunfullmäktige", "none", None, "utse", "utses", "Ledamöterna",
            passive=True)], doc=D),
    rec("4", L[6], [("Nämnden", NMD, POL), ("nämnden", NMD, POL)],
        [pres("arbetar", "arbeta"), pres("fattar", "fatta"), SKA, inf("vara"), inf("förstå")],
        [st(NMD, "Nämnden", "none", None, "arbeta", "arbetar",
            "för att de beslut som nämnden fattar ska vara rättssäkra och lätta att förstå")],
        doc=D),
    rec("5", L[7], [("nämnders", NMD, POL), ("nämnden", NMD, POL)],
        [pres("rör", "röra"), AR, pres("utser", "utse"), SKA, inf("samordna")],
        [st(NMD, "nämnden", "none", None, "utse", "utser", "vem som ska samordna beredningen",
            condition="Om ett ärende rör flera nämnders ansvarsområden")], doc=D),
    rec("h1", L[8], [("Bygg- och miljöförvaltningen", BMF, FORV)], doc=D, kind="heading"),
    rec("6", L[9],
        [("Förvaltningen", BMF, FORV), ("nämndens", NMD, POL), ("nämndens", NMD, POL, 1)],
        [pres("bereder", "bereda"), pres("verkställer", "verkställa")],
        [st(BMF, "Förvaltningen", "none", None, "bereda", "bereder", "nämndens ärenden"),
         st(BMF, "Förvaltningen", "none", None, "verkställa", "verkställer", "nämndens beslut")],
        doc=D, parent="h1"),
    rec("7", L[10], [("Tillståndscentrum", TC, FORV)], [pres("tar", "ta"), pres("ger", "ge")],
        [st(TC, "Tillståndscentrum", "none", None, "ta", "tar",
            "ansökningar om serveringstillstånd"),
         st(TC, "Tillståndscentrum", "none", None, "ge", "ger", "råd till sökande")], doc=D,
        parent="h1"),
    rec("8", L[11], [("Förvaltningschefen", FC, TJP), ("nämnden", NMD, POL)],
        [SKA, inf("se"), inf("informera")],
        [st(FC, "Förvaltningschefen", "obligation", "ska se till att", "se", "se",
            "att informera nämnden om ärenden av större vikt")], doc=D, parent="h1"),
    rec("9", L[12],
        [("Förvaltningschefen", FC, TJP), ("kommundirektören", "kommundirektör", TJP),
         ("förvaltningarna", "förvaltning", FORV)], [HAR, inf("utveckla")],
        [st(FC, "Förvaltningschefen", "responsibility", "har uppdraget att", "utveckla",
            "utveckla", "samarbetet mellan förvaltningarna")], doc=D, parent="h1"),
    rec("m1", L[13], doc=D, parent="h1"),
]

# (e) A delegation guide page for förtroendevalda, one clause a line.
D = "w53-z-delegering"
DG_TEXT = """Hoppa till innehåll
Start / För förtroendevalda / Handboken / Delegering
Delegering av beslutanderätt
En nämnd kan delegera beslutanderätt till ett utskott, en enskild ledamot eller en anställd.
Det står nämnden fritt att återta en delegering.
Ärenden som brukar delegeras kan vara till exempel bidrag, yttranden och avskrivningar av \
fordringar.
Delegaten ska redovisa fattade beslut för nämnden varje månad.
Beslut om större bidrag fattas både av nämnden och av utskottet.
Förvaltningens ansvar
Det är förvaltningschefens uppgift att se till att delegationsordningen följs.
Kommunala bolag och stiftelser
Stiftelser och aktiebolag är vanliga driftsformer för kommunal verksamhet.
Ett kommunalt bolag styrs av sin bolagsordning och av ägardirektiv från kommunfullmäktige.
Senast granskad: 2026-10-28
"""
L = DG_TEXT.split("\n")
DELEGERING = [
    rec("title", L[2], doc=D, kind="heading"),
    rec("1", L[3],
        [("nämnd", NMD, POL), ("utskott", "utskott", POL), ("ledamot", "ledamot", FTV),
         ("anställd", "anställd", TJP)], [KAN, inf("delegera")],
        [st(NMD, "nämnd", "permission", "kan", "delegera", "delegera",
            "beslutanderätt till ett utskott, en enskild ledamot eller en anställd")], doc=D),
    rec("2", L[4], [("nämnden", NMD, POL)], [pres("står", "stå"), inf("återta")],
        [st(NMD, "nämnden", "permission", "står fritt att", "återta", "återta",
            "en delegering")], doc=D),
    rec("3", L[5], [],
        [pres("brukar", "bruka"), inf("delegeras", "delegera", "pass"), KAN, inf("vara")],
        doc=D),
    rec("4", L[6], [("Delegaten", "delegat", TJP), ("nämnden", NMD, POL)], [SKA, inf("redovisa")],
        [st("delegat", "Delegaten", "obligation", "ska", "redovisa", "redovisa",
            "fattade beslut för nämnden varje månad")], doc=D),
    rec("5", L[7], [("nämnden", NMD, POL), ("utskottet", "utskott", POL)],
        [pres("fattas", "fatta", "pass")],
        [st(NMD, "nämnden", "none", None, "fatta", "fattas", "Beslut om större bidrag",
            passive=True),
         st("utskott", "utskottet", "none", None, "fatta", "fattas", "Beslut om större bidrag",
            passive=True)], doc=D),
    rec("h1", L[8], [("Förvaltningens", "förvaltning", FORV)], doc=D, kind="heading"),
    rec("6", L[9], [("förvaltningschefens", FC, TJP)],
        [AR, inf("se"), pres("följs", "följa", "pass")],
        [st(FC, "förvaltningschefens", "responsibility", "är uppgift att se till att", "se", "se",
            "delegationsordningen följs")], doc=D, parent="h1"),
    rec("h2", L[10], [("bolag", BOLAG, ORG), ("stiftelser", "stiftelse", ORG)], doc=D,
        kind="heading"),
    rec("7", L[11], [], [AR], doc=D, parent="h2"),
    rec("8", L[12], [("bolag", BOLAG, ORG), ("kommunfullmäktige", KF, POL)],
        [pres("styrs", "styra", "pass")], doc=D, parent="h2"),
    rec("m1", L[13], doc=D, parent="h2"),
]

DOCUMENTS = {"w53-z-organisation": (OR_TEXT, ORGANISATION),
             "w53-z-kfbeslut": (KB_TEXT, KFBESLUT),
             "w53-z-forbundsordning": (FB_TEXT, FORBUNDSORDNING),
             "w53-z-byggnamnd": (BN_TEXT, BYGGNAMND),
             "w53-z-delegering": (DG_TEXT, DELEGERING)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w53-z", DOCUMENTS)
