"""Builds corpus/dev/w56-y.jsonl and the pages corpus/dev/w56-y-*.txt with their gold: the blind
probe w56-y of round 56 (the hidden judges' four kinds written fresh and loosely, as kommun web
editors, news writers and clerks write: long sentences with insertions, adverbials between the
verb and its subject, conditions inside cues, coordinated particle verbs, fronted dates and
places, a chair's quoted speech, flattened org-chart lines, link lists, party and coalition
names), written and annotated by hand from docs/annotation.md §1–§5 and the rulings at its end
before any run; the writer never ran the extractor on them.
`w56-y-kommunstyrelsen` (a kommun's `Kommunstyrelsen` page: chrome, a cleft fronted by `I <kommun>
är det kommunstyrelsen som leder och samordnar …, och styrelsen ansvarar även för att …`, `har 15
ledamöter och styrs sedan valet 2022 av <X>alliansen` (t13), a chair `är <name> (C)` (t14), a
topic heading, presentational `finns sedan 2023 tre utskott` + `var och en av kommunstyrelsens tre
utskott bereder …`, an utskott heading per utskott, `har enligt ett styrelsebeslut från 2023 i
uppdrag att löpande följa upp och redovisa`, `får avge`, `får inte fatta`, `ska lyfta fram och
driva` (a typo `folkhäsla` in the sentence), a fronted date `Den 4
mars 2025 beslutade kommunstyrelsen att …`, a share line and an update line);
`w56-y-kommundirektor` (an instruktion för kommundirektören flattened from a PDF: `N. Rubrik`
headings 1–6, wrapped blocks with line-end hyphens, a running footer `<kommun> – <title> Sida N
av 3` on each page, a cleft `Enligt kommunallagen är det kommunstyrelsen som ska utse …`, a
fronted `Som kommunstyrelsens främsta tjänsteperson är kommundirektören chef för …`, `Därutöver är
kommundirektören enligt kommunstyrelsens beslut … chef för …`, `ska, inom ramen för
…, leda och samordna … och verkställa …`, a `ska särskilt` lead-in without colon over `- `
items (one wrapped, one `följa upp och redovisa hur …`, one with `i samråd med` before the
verb), `får vidaredelegera …, om inte …`, `får dock inte utan kommunstyrelsens godkännande ändra
förvaltningsorganisationen` (a structure, no actor), `Vid …` agent passive);
`w56-y-ledning` (a university's `Ledning och organisation` page: chrome, `är en statlig myndighet
och leds av en styrelse som ansvarar för att …` (a cued relative on an agent),
`består av …, och regeringen utser …`, `leder under styrelsen …`, `har enligt rektors beslut i
uppdrag att följa upp och utveckla` after a `, som är …,` insertion, an agent `av Maria Sandell, universitetsdirektör,` (name,
comma, role) with a plain relative, org-chart lines `Unit – avdelningschef Name`, presentational
`Till rektor finns …` with a plain relative, a V2 `Varje år ska enligt rektors beslut rådet för
lika villkor lämna …`, an update line with a finite verb);
`w56-y-samverkansavtal` (a samverkansavtal between a region and its kommuner: `N Rubrik`
headings, `nedan kallad` definitions, `parterna ska därför gemensamt planera … utifrån …`,
gapped `Regionen ansvarar för … och kommunerna för …`, an agent passive `bärs av kommunerna`,
`Varje part ska, när …, se till att …` (stacked cue, a condition in commas), `Regionen och
kommunerna ska var för sig utse …, och samordnarna har i uppdrag att lyfta fram och lösa …`,
`ska i första hand lösas av parterna`, `Om … får frågan hänskjutas till …` (agentless),
`kan sägas upp av var och en av parterna`);
`w56-y-vdinstruktion` (a municipal energy company's VD-instruktion as a Word export: tab headings,
`ägs helt av <kommun> via …`, `VD leder … och ska handha … i enlighet med de riktlinjer som …`,
`Därutöver ska VD enligt ägardirektivet bevaka och driva …`, `ska en gång i månaden rapportera …
och ska dessutom utan dröjsmål underrätta …`, a non-actor lead-in `Rapporten ska innehålla:` over
tab-dash items (a lost hyphen `resultat och balansräkning`), `VD får inte utan föregående
medgivande från styrelsen` over tab-dash infinitive items (particle `ta upp`, `eller`-pairs), a fronted object
`Åtgärder av … får VD vidta endast om …`, an agent passive under a modal `Styrelsens ordförande ska
i så fall informeras av VD`, `Vid VD:s frånvaro upprätthålls tjänsten av vice VD.
Ställföreträdaren får dock inte …`);
`w56-y-delegationsnyhet` (a news item on a socialnämnd's new delegationsordning: chrome with a `›`
trail, a `Publicerad:` line, `antog i januari en ny delegationsordning`, `får enhetscheferna
inom socialförvaltningen fatta …, medan beslut om … även i fortsättningen ska fattas av
socialnämndens individutskott`, dash-opened speech `…, säger <name> (S), socialnämndens
ordförande` (t12), `Enligt den nya ordningen ska delegaterna varje månad redovisa …`, a link
lead-in `Läs mer om …:` over three link lines (one a file link with its type and size), a share
line).
Offsets computed.
Run: python corpus/make_w56_y.py corpus/dev"""

import re
import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    list_item_maker,
    pres,
    records_for,
    sup,
    write_part,
)
from records import statement as st

rec = records_for("w56-y", conditions_from_statements=True)
item = list_item_maker(rec, "")
KF = "kommunfullmäktige"
KST = "kommunstyrelse"
ST = "styrelse"
VD = "verkställande direktör"
SKA1 = ("ska", "skola", "pres", "act", 1)
SKA2 = ("ska", "skola", "pres", "act", 2)
FAR1 = ("får", "få", "pres", "act", 1)
AR1 = ("är", "vara", "pres", "act", 1)
HAR1 = ("har", "ha", "pres", "act", 1)


def past(word, lemma=None, voice="act", nth=0):
    """A past-tense VERB tuple."""
    return (word, lemma or word, "past", voice, nth)


def unwrap(block):
    """A block's lines as §1.1 joins them: a line-end hyphen before a lower-case letter joins
    the word, any other line break is one space, runs of spaces are one space."""
    text = re.sub(r"(?<=[^\W\d_])-\n(?=[a-zåäö])", "", block).replace("\n", " ")
    return re.sub(r" {2,}", " ", text).strip()


def body(block, label):
    """A labelled block's clause text: unwrapped, without its label."""
    text = unwrap(block)
    assert text.startswith(label + " "), (label, text)
    return text[len(label) + 1:]


# (1) A kommun's Kommunstyrelsen page copied from a browser: one line a clause.
D = "w56-y-kommunstyrelsen"
KS_TEXT = """Hoppa till huvudinnehåll
Meny
Sök
Start / Kommun och politik / Nämnder och styrelser / Kommunstyrelsen
Kommunstyrelsen
I Västerby kommun är det kommunstyrelsen som leder och samordnar arbetet i hela kommunen, och \
styrelsen ansvarar även för att besluten i fullmäktige verkställs utan dröjsmål.
Kommunstyrelsen har 15 ledamöter och styrs sedan valet 2022 av Västerbyalliansen.
Kommunstyrelsens ordförande är Annika Holmgren (C).
Beredning och beslut
Under kommunstyrelsen finns sedan 2023 tre utskott, och var och en av kommunstyrelsens tre utskott bereder \
ärenden inom sitt område innan de går vidare till styrelsen.
Arbetsutskottet
Arbetsutskottet bereder ärenden om ekonomi, personal och övergripande planering och beslutar i \
de ärenden som styrelsen har delegerat.
Arbetsutskottet har enligt ett styrelsebeslut från 2023 i uppdrag att löpande följa upp och \
redovisa hur budgetarbetet går.
Samhällsbyggnadsutskottet
Samhällsbyggnadsutskottet beslutar om markanvisningar under 2 hektar och får avge yttranden i \
planärenden för styrelsens räkning.
Utskottet får inte fatta beslut i ärenden som rör kommunens taxor.
Välfärdsutskottet
Välfärdsutskottet arbetar med frågor om skola, omsorg och folkhäsla och ska lyfta fram och \
driva frågor om barns uppväxtvillkor.
Den 4 mars 2025 beslutade kommunstyrelsen att flytta integrationsfrågorna till \
välfärdsutskottet.
Skriv ut | Dela sidan
Senast uppdaterad: 2025-03-12
"""
KL = KS_TEXT.split("\n")
VK = "västerby kommun"
AU = "arbetsutskott"
SBU = "samhällsbyggnadsutskott"
VU = "välfärdsutskott"


def ks(cid, line, actors=(), verbs=(), statements=(), parent=None):
    """A line of the page."""
    return rec(cid, KL[line], actors, verbs, statements, doc=D, parent=parent)


def head(cid, line, actors=()):
    """A heading line."""
    return rec(cid, KL[line], actors, doc=D, kind="heading")


KOMMUNSTYRELSEN = [
    head("title", 4, [("Kommunstyrelsen", KST, POL)]),
    ks("1", 5,
       [("Västerby kommun", VK, ORG), ("kommunstyrelsen", KST, POL), ("kommunen", VK, ORG),
        ("styrelsen", KST, POL), ("fullmäktige", KF, POL)],
       [AR, pres("leder", "leda"), pres("samordnar", "samordna"), pres("ansvarar", "ansvara"),
        pres("verkställs", "verkställa", "pass")],
       [st(KST, "kommunstyrelsen", "none", None, "leda", "leder", "arbetet i hela kommunen"),
        st(KST, "kommunstyrelsen", "none", None, "samordna", "samordnar",
           "arbetet i hela kommunen"),
        st(KST, "styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
           "att besluten i fullmäktige verkställs utan dröjsmål")]),
    ks("2", 6,
       [("Kommunstyrelsen", KST, POL), ("ledamöter", "ledamot", FTV),
        ("Västerbyalliansen", "västerbyallians", POL)],
       [HAR, pres("styrs", "styra", "pass")],
       [st(KST, "Kommunstyrelsen", "none", None, "ha", "har", "15 ledamöter"),
        st("västerbyallians", "Västerbyalliansen", "none", None, "styra", "styrs",
           "Kommunstyrelsen", passive=True)]),
    ks("3", 7, [("Kommunstyrelsens ordförande", "kommunstyrelsens ordförande", FTV)], [AR]),
    head("h1", 8),
    ks("4", 9,
       [("kommunstyrelsen", KST, POL), ("utskott", "utskott", POL),
        ("kommunstyrelsens", KST, POL), ("utskott", "utskott", POL, 1),
        ("styrelsen", KST, POL)],
       [pres("finns", "finnas"), pres("bereder", "bereda"), pres("går", "gå")],
       [st("utskott", "utskott", "none", None, "bereda", "bereder",
           "ärenden inom sitt område innan de går vidare till styrelsen")], parent="h1"),
    head("h2", 10, [("Arbetsutskottet", AU, POL)]),
    ks("5", 11, [("Arbetsutskottet", AU, POL), ("styrelsen", KST, POL)],
       [pres("bereder", "bereda"), pres("beslutar", "besluta"), HAR,
        sup("delegerat", "delegera")],
       [st(AU, "Arbetsutskottet", "none", None, "bereda", "bereder",
           "ärenden om ekonomi, personal och övergripande planering"),
        st(AU, "Arbetsutskottet", "none", None, "besluta", "beslutar",
           "i de ärenden som styrelsen har delegerat")], parent="h2"),
    ks("6", 12, [("Arbetsutskottet", AU, POL)],
       [HAR, inf("följa"), inf("redovisa"), pres("går", "gå")],
       [st(AU, "Arbetsutskottet", "responsibility", "har i uppdrag att", aim, aim,
           "hur budgetarbetet går", condition="enligt ett styrelsebeslut från 2023")
        for aim in ("följa", "redovisa")], parent="h2"),
    head("h3", 13, [("Samhällsbyggnadsutskottet", SBU, POL)]),
    ks("7", 14, [("Samhällsbyggnadsutskottet", SBU, POL), ("styrelsens", KST, POL)],
       [pres("beslutar", "besluta"), FAR, inf("avge")],
       [st(SBU, "Samhällsbyggnadsutskottet", "none", None, "besluta", "beslutar",
           "om markanvisningar under 2 hektar"),
        st(SBU, "Samhällsbyggnadsutskottet", "permission", "får", "avge", "avge",
           "yttranden i planärenden för styrelsens räkning")], parent="h3"),
    ks("8", 15, [("Utskottet", SBU, POL), ("kommunens", VK, ORG)],
       [FAR, inf("fatta"), pres("rör", "röra")],
       [st(SBU, "Utskottet", "prohibition", "får inte", "fatta", "fatta",
           "beslut i ärenden som rör kommunens taxor", negated=True)], parent="h3"),
    head("h4", 16, [("Välfärdsutskottet", VU, POL)]),
    ks("9", 17, [("Välfärdsutskottet", VU, POL)],
       [pres("arbetar", "arbeta"), SKA, inf("lyfta"), inf("driva")],
       [st(VU, "Välfärdsutskottet", "none", None, "arbeta", "arbetar",
           "med frågor om skola, omsorg och folkhäsla"),
        st(VU, "Välfärdsutskottet", "obligation", "ska", "lyfta", "lyfta",
           "frågor om barns uppväxtvillkor"),
        st(VU, "Välfärdsutskottet", "obligation", "ska", "driva", "driva",
           "frågor om barns uppväxtvillkor")], parent="h4"),
    ks("10", 18, [("kommunstyrelsen", KST, POL), ("välfärdsutskottet", VU, POL)],
       [past("beslutade", "besluta"), inf("flytta")],
       [st(KST, "kommunstyrelsen", "none", None, "besluta", "beslutade",
           "att flytta integrationsfrågorna till välfärdsutskottet")], parent="h4"),
    ks("m1", 20),
]

# (2) An instruktion för kommundirektören flattened from a PDF: blank-line blocks, footers.
D = "w56-y-kommundirektor"
FOOT = "Åsbro kommun – Kommundirektörsinstruktion 2025                           Sida {} av 3"
DB = [
    "Instruktion för kommundirektören i Åsbro kommun",
    "Beslutad av kommunstyrelsen den 18 februari 2025, § 34",
    "1. Inledning",
    "Enligt kommunallagen är det kommunstyrelsen som ska utse en direktör med ledande ställ-\n"
    "ning bland kommunens anställda. Instruktionen gäller från och med den 1 mars\n"
    "2025 och ersätter tidigare instruktion.",
    FOOT.format(1),
    "2. Kommundirektörens roll",
    "Som kommunstyrelsens främsta tjänsteperson är kommundirektören chef för kommun-\n"
    "ledningskontoret. Därutöver är kommundirektören enligt kommunstyrelsens beslut\n"
    "2025-02-18 chef för samtliga förvaltningschefer i kommunen.",
    "3. Uppdrag och ansvar",
    "Kommundirektören ska, inom ramen för de mål och den budget som fullmäktige beslutat,\n"
    "leda och samordna förvaltningarnas insatser och verkställa kommunstyrelsens beslut.",
    "Kommundirektören ska särskilt\n"
    "- bereda kommunstyrelsens och arbetsutskottets ärenden,\n"
    "- leda arbetet med kommunens ekonomiska planering och upp-\n"
    "följning,\n"
    "- följa upp och redovisa hur förvaltningarna genomför fattade beslut,\n"
    "- i samråd med kommunstyrelsens ordförande företräda kommunen i regionala\n"
    "samarbeten.",
    FOOT.format(2),
    "4. Delegering",
    "Kommundirektören får vidaredelegera beslutanderätt som kommunstyrelsen har delegerat\n"
    "till honom eller henne, om inte kommunstyrelsen beslutat annat. Kommundirektören får\n"
    "dock inte utan kommunstyrelsens godkännande ändra förvaltningsorganisationen.",
    "5. Rapportering",
    "Kommundirektören ska löpande informera kommunstyrelsens ordförande om viktiga händel-\n"
    "ser i förvaltningen och minst fyra gånger per år lämna en ekonomirapport till\n"
    "kommunstyrelsen.",
    "6. Ersättare",
    "Vid kommundirektörens frånvaro ersätts kommundirektören av den biträdande kommun-\n"
    "direktören.",
    FOOT.format(3),
]
KD_TEXT = "\n\n".join(DB) + "\n"
KD = "kommundirektör"
AK = "åsbro kommun"
KSO = "kommunstyrelsens ordförande"
BKD = "biträdande kommundirektör"
FV = "förvaltning"
K_ITEMS = DB[9].split("\n- ")
K_RAM = "inom ramen för de mål och den budget som fullmäktige beslutat"


def khead(n, block, actors=()):
    """A `N. Rubrik` heading."""
    label = f"{n}."
    return rec(str(n), body(block, label), actors, doc=D, kind="heading", label=label)


def kpara(cid, block, actors=(), verbs=(), statements=()):
    """A paragraph of section N."""
    return rec(cid, unwrap(block), actors, verbs, statements, doc=D, parent=cid.split(".")[0])


def kd(aim, obj, deontic="obligation", modal="ska", text="Kommundirektören", **kw):
    """The kommundirektör's act."""
    return st(KD, text, deontic, modal, aim, aim, obj, **kw)


def sarskilt(cid, n, actors, verbs, statements):
    """A `- ` item under `Kommundirektören ska särskilt`."""
    return item(cid, unwrap(K_ITEMS[n]), actors, verbs, statements, doc=D, parent="3.2",
                label="-")


KOMMUNDIREKTOR = [
    rec("title", DB[0], [("kommundirektören", KD, TJP), ("Åsbro kommun", AK, ORG)], doc=D,
        kind="heading"),
    rec("m1", DB[1], [("kommunstyrelsen", KST, POL)], doc=D),
    khead(1, DB[2]),
    kpara("1.1", DB[3],
          [("kommunstyrelsen", KST, POL), ("direktör", "direktör", TJP),
           ("kommunens", AK, ORG), ("anställda", "anställd", TJP)],
          [AR, SKA, inf("utse"), pres("gäller", "gälla"), pres("ersätter", "ersätta")],
          [st(KST, "kommunstyrelsen", "obligation", "ska", "utse", "utse",
              "en direktör med ledande ställning bland kommunens anställda",
              condition="Enligt kommunallagen")]),
    khead(2, DB[5], [("Kommundirektörens", KD, TJP)]),
    kpara("2.1", DB[6],
          [("kommunstyrelsens", KST, POL), ("kommundirektören", KD, TJP),
           ("kommunledningskontoret", "kommunledningskontor", FORV),
           ("kommundirektören", KD, TJP, 1), ("kommunstyrelsens", KST, POL, 1),
           ("förvaltningschefer", "förvaltningschef", TJP), ("kommunen", AK, ORG)],
          [AR, AR1],
          [st(KD, "kommundirektören", "none", None, "vara", "är",
              "chef för kommunledningskontoret"),
           st(KD, "kommundirektören", "none", None, "vara", "är",
              "chef för samtliga förvaltningschefer i kommunen",
              condition="enligt kommunstyrelsens beslut 2025-02-18")]),
    khead(3, DB[7]),
    kpara("3.1", DB[8],
          [("Kommundirektören", KD, TJP), ("fullmäktige", KF, POL),
           ("förvaltningarnas", FV, FORV),
           ("kommunstyrelsens", KST, POL)],
          [SKA, sup("beslutat", "besluta"), inf("leda"), inf("samordna"), inf("verkställa")],
          [kd("leda", "förvaltningarnas insatser", condition=K_RAM),
           kd("samordna", "förvaltningarnas insatser", condition=K_RAM),
           kd("verkställa", "kommunstyrelsens beslut", condition=K_RAM)]),
    rec("3.2", K_ITEMS[0], [("Kommundirektören", KD, TJP)], [SKA], doc=D, parent="3"),
    sarskilt("3.2.a", 1, [("kommunstyrelsens", KST, POL), ("arbetsutskottets", AU, POL)],
             [inf("bereda")],
             [kd("bereda", "kommunstyrelsens och arbetsutskottets ärenden")]),
    sarskilt("3.2.b", 2, [("kommunens", AK, ORG)], [inf("leda")],
             [kd("leda", "arbetet med kommunens ekonomiska planering och uppföljning")]),
    sarskilt("3.2.c", 3, [("förvaltningarna", FV, FORV)],
             [inf("följa"), inf("redovisa"), pres("genomför", "genomföra")],
             [kd("följa", "hur förvaltningarna genomför fattade beslut"),
              kd("redovisa", "hur förvaltningarna genomför fattade beslut")]),
    sarskilt("3.2.d", 4, [("kommunstyrelsens ordförande", KSO, FTV), ("kommunen", AK, ORG)],
             [inf("företräda")],
             [kd("företräda", "kommunen i regionala samarbeten",
                 condition="i samråd med kommunstyrelsens ordförande")]),
    khead(4, DB[11]),
    kpara("4.1", DB[12],
          [("Kommundirektören", KD, TJP), ("kommunstyrelsen", KST, POL),
           ("kommunstyrelsen", KST, POL, 1), ("Kommundirektören", KD, TJP, 1),
           ("kommunstyrelsens", KST, POL)],
          [FAR, inf("vidaredelegera"), HAR, sup("delegerat", "delegera"),
           sup("beslutat", "besluta"), FAR1, inf("ändra")],
          [kd("vidaredelegera", "beslutanderätt som kommunstyrelsen har delegerat till honom "
              "eller henne", "permission", "får",
              condition="om inte kommunstyrelsen beslutat annat"),
           kd("ändra", "förvaltningsorganisationen", "prohibition", "får inte",
              negated=True)]),
    khead(5, DB[13]),
    kpara("5.1", DB[14],
          [("Kommundirektören", KD, TJP), ("kommunstyrelsens ordförande", KSO, FTV),
           ("förvaltningen", FV, FORV), ("kommunstyrelsen", KST, POL)],
          [SKA, inf("informera"), inf("lämna")],
          [kd("informera", "kommunstyrelsens ordförande om viktiga händelser i förvaltningen"),
           kd("lämna", "en ekonomirapport till kommunstyrelsen")]),
    khead(6, DB[15]),
    kpara("6.1", DB[16],
          [("kommundirektörens", KD, TJP), ("kommundirektören", KD, TJP),
           ("biträdande kommundirektören", BKD, TJP)],
          [pres("ersätts", "ersätta", "pass")],
          [st(BKD, "biträdande kommundirektören", "none", None, "ersätta", "ersätts",
              "kommundirektören", passive=True,
              condition="Vid kommundirektörens frånvaro")]),
]

# (3) A university's `Ledning och organisation` page copied from a browser: one line a clause.
D = "w56-y-ledning"
LE_TEXT = """Till innehåll
Meny
Sök
Start / Om universitetet / Organisation
Ledning och organisation
Norrlinds universitet är en statlig myndighet och leds av en styrelse som ansvarar för att \
alla delar av universitetets uppdrag fullgörs effektivt och med hög kvalitet.
Styrelsen
Styrelsen består av ordförande, rektor och tretton andra ledamöter, och regeringen utser \
ordföranden och de externa ledamöterna.
Rektor
Rektor är myndighetschef och leder under styrelsen universitetets verksamhet. Rektor utses av \
regeringen efter förslag från styrelsen.
Prorektor, som är rektors ställföreträdare, har enligt rektors beslut i uppdrag att följa upp \
och utveckla universitetets kvalitetsarbete.
Universitetsförvaltningen
Universitetsförvaltningen leds av Maria Sandell, universitetsdirektör, som rapporterar direkt \
till rektor.
Universitetsförvaltningens avdelningar
Ekonomi och planering – avdelningschef Tomas Ek
Studentstöd och antagning – avdelningschef Lina Berg
HR och arbetsmiljö – avdelningschef Jonas Mårtensson
Råd och kommittéer
Till rektor finns ett forskningsråd och ett utbildningsråd, som bereder strategiska frågor inom \
sina områden.
Varje år ska enligt rektors beslut rådet för lika villkor lämna en rapport om sitt arbete till \
rektor.
Sidan uppdaterades 2026-10-02
"""
LL = LE_TEXT.split("\n")
NU = "norrlinds universitet"
RK = "rektor"
UD = "universitetsdirektör"
AC = "avdelningschef"
RLV = "råd för lika villkor"


def le(cid, line, actors=(), verbs=(), statements=(), parent=None):
    """A line of the page."""
    return rec(cid, LL[line], actors, verbs, statements, doc=D, parent=parent)


def lhead(cid, line, actors=()):
    """A heading line."""
    return rec(cid, LL[line], actors, doc=D, kind="heading")


def chart(cid, line):
    """An org-chart line `Unit – avdelningschef Name`: the role is an actor, no statement."""
    return le(cid, line, [("avdelningschef", AC, TJP)], parent="h4")


LEDNING = [
    lhead("title", 4),
    le("1", 5,
       [("Norrlinds universitet", NU, ORG), ("styrelse", ST, POL),
        ("universitetets", NU, ORG)],
       [AR, pres("leds", "leda", "pass"), pres("ansvarar", "ansvara"),
        pres("fullgörs", "fullgöra", "pass")],
       [st(NU, "Norrlinds universitet", "none", None, "vara", "är", "en statlig myndighet"),
        st(ST, "styrelse", "none", None, "leda", "leds", "Norrlinds universitet", passive=True),
        st(ST, "styrelse", "responsibility", "ansvarar för", "ansvara", "ansvarar",
           "att alla delar av universitetets uppdrag fullgörs effektivt och med hög "
           "kvalitet")]),
    lhead("h1", 6, [("Styrelsen", ST, POL)]),
    le("2", 7,
       [("Styrelsen", ST, POL), ("ordförande", "ordförande", FTV), ("rektor", RK, TJP),
        ("ledamöter", "ledamot", FTV), ("regeringen", "regering", EXT),
        ("ordföranden", "ordförande", FTV), ("ledamöterna", "ledamot", FTV)],
       [pres("består", "bestå"), pres("utser", "utse")],
       [st(ST, "Styrelsen", "none", None, "bestå", "består",
           "av ordförande, rektor och tretton andra ledamöter"),
        st("regering", "regeringen", "none", None, "utse", "utser",
           "ordföranden och de externa ledamöterna")], parent="h1"),
    lhead("h2", 8, [("Rektor", RK, TJP)]),
    le("3", 9,
       [("Rektor", RK, TJP), ("styrelsen", ST, POL), ("universitetets", NU, ORG),
        ("Rektor", RK, TJP, 1), ("regeringen", "regering", EXT), ("styrelsen", ST, POL, 1)],
       [AR, pres("leder", "leda"), pres("utses", "utse", "pass")],
       [st(RK, "Rektor", "none", None, "vara", "är", "myndighetschef"),
        st(RK, "Rektor", "none", None, "leda", "leder",
           "under styrelsen universitetets verksamhet"),
        st("regering", "regeringen", "none", None, "utse", "utses", "Rektor", passive=True)],
       parent="h2"),
    le("4", 10,
       [("Prorektor", "prorektor", TJP), ("rektors", RK, TJP), ("rektors", RK, TJP, 1),
        ("universitetets", NU, ORG)],
       [AR, HAR, inf("följa"), inf("utveckla")],
       [*(st("prorektor", "Prorektor", "responsibility", "har i uppdrag att", aim, aim,
             "universitetets kvalitetsarbete", condition="enligt rektors beslut")
          for aim in ("följa", "utveckla"))], parent="h2"),
    lhead("h3", 11, [("Universitetsförvaltningen", "universitetsförvaltning", FORV)]),
    le("5", 12,
       [("Universitetsförvaltningen", "universitetsförvaltning", FORV),
        ("universitetsdirektör", UD, TJP),
        ("rektor", RK, TJP)],
       [pres("leds", "leda", "pass"), pres("rapporterar", "rapportera")],
       [st(UD, "universitetsdirektör", "none", None, "leda", "leds",
           "Universitetsförvaltningen",
           passive=True)], parent="h3"),
    lhead("h4", 13, [("Universitetsförvaltningens", "universitetsförvaltning", FORV),
                     ("avdelningar", "avdelning", FORV)]),
    chart("6", 14),
    chart("7", 15),
    chart("8", 16),
    lhead("h5", 17),
    le("9", 18,
       [("rektor", RK, TJP), ("forskningsråd", "forskningsråd", POL),
        ("utbildningsråd", "utbildningsråd", POL)],
       [pres("finns", "finnas"), pres("bereder", "bereda")], parent="h5"),
    le("10", 19,
       [("rektors", RK, TJP), ("rådet för lika villkor", RLV, POL), ("rektor", RK, TJP)],
       [SKA, inf("lämna")],
       [st(RLV, "rådet för lika villkor", "obligation", "ska", "lämna", "lämna",
           "en rapport om sitt arbete till rektor", condition="enligt rektors beslut")],
       parent="h5"),
    le("m1", 20),
]

# (4) A samverkansavtal between a region and its kommuner: `N Rubrik` headings, blocks.
D = "w56-y-samverkansavtal"
SB = [
    "Samverkansavtal om hemsjukvård mellan Region Norrvidd och kommunerna i länet",
    "1 Parter",
    "Avtalet gäller mellan Region Norrvidd, nedan kallad regionen, och de sju kommunerna i\n"
    "Norrvidds län, nedan kallade kommunerna.",
    "2 Syfte",
    "Syftet med avtalet är att patienter som bor i eget boende ska få en sammanhållen vård.\n"
    "Parterna ska därför gemensamt planera insatserna utifrån patientens behov.",
    "3 Ansvarsfördelning",
    "Regionen ansvarar för läkarinsatser i hemmet och kommunerna för hemsjukvård på sjuk-\n"
    "sköterske- och undersköterskenivå. Kostnaden för hjälpmedel som förskrivs i hemsjuk-\n"
    "vården bärs av kommunerna.",
    "Varje part ska, när en patient skrivs ut till hemmet, se till att en samordnad individuell\n"
    "plan upprättas inom tre dagar.",
    "4 Samverkan och uppföljning",
    "Parterna ska följa upp avtalet en gång per år i ledningsgruppen för hemsjukvård.",
    "Regionen och kommunerna ska var för sig utse en samordnare för avtalet, och samord-\n"
    "narna har i uppdrag att lyfta fram och lösa frågor som uppstår mellan parterna.",
    "5 Tvister",
    "Tvister om tolkningen av avtalet ska i första hand lösas av parterna genom förhandling.\n"
    "Om parterna inte kan enas får frågan hänskjutas till samverkansberedningen.",
    "6 Giltighet",
    "Avtalet gäller från och med den 1 januari 2026 och kan sägas upp av var och en av\n"
    "parterna med tolv månaders uppsägningstid.",
]
SA_TEXT = "\n\n".join(SB) + "\n"
RN = "region norrvidd"
KOM = "kommun"
PART = "part"
SAM = "samordnare"
S_LF = "frågor som uppstår mellan parterna"


def shead(n, block):
    """A `N Rubrik` heading."""
    label = str(n)
    return rec(label, body(block, label), doc=D, kind="heading", label=label)


def spara(cid, block, actors=(), verbs=(), statements=()):
    """A paragraph of section N."""
    return rec(cid, unwrap(block), actors, verbs, statements, doc=D, parent=cid.split(".")[0])


SAMVERKANSAVTAL = [
    rec("title", SB[0], [("Region Norrvidd", RN, ORG), ("kommunerna", KOM, ORG)], doc=D,
        kind="heading"),
    shead(1, SB[1]),
    spara("1.1", SB[2],
          [("Region Norrvidd", RN, ORG), ("regionen", RN, ORG), ("kommunerna", KOM, ORG),
           ("kommunerna", KOM, ORG, 1)],
          [pres("gäller", "gälla")]),
    shead(2, SB[3]),
    spara("2.1", SB[4], [("Parterna", PART, EXT)],
          [AR, pres("bor", "bo"), SKA, inf("få"), SKA1, inf("planera")],
          [st(PART, "Parterna", "obligation", "ska", "planera", "planera", "insatserna",
              condition="utifrån patientens behov")]),
    shead(3, SB[5]),
    spara("3.1", SB[6],
          [("Regionen", RN, ORG), ("kommunerna", KOM, ORG), ("kommunerna", KOM, ORG, 1)],
          [pres("ansvarar", "ansvara"), pres("förskrivs", "förskriva", "pass"),
           pres("bärs", "bära", "pass")],
          [st(RN, "Regionen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "läkarinsatser i hemmet"),
           st(KOM, "kommunerna", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "hemsjukvård på sjuksköterske- och undersköterskenivå"),
           st(KOM, "kommunerna", "none", None, "bära", "bärs",
              "Kostnaden för hjälpmedel som förskrivs i hemsjukvården", passive=True)]),
    spara("3.2", SB[7], [("part", PART, EXT)],
          [SKA, pres("skrivs", "skriva", "pass"), inf("se"),
           pres("upprättas", "upprätta", "pass")],
          [st(PART, "part", "obligation", "ska se till att", "se", "se",
              "att en samordnad individuell plan upprättas inom tre dagar",
              condition="när en patient skrivs ut till hemmet")]),
    shead(4, SB[8]),
    spara("4.1", SB[9],
          [("Parterna", PART, EXT),
           ("ledningsgruppen för hemsjukvård", "ledningsgrupp för hemsjukvård", FORV)],
          [SKA, inf("följa")],
          [st(PART, "Parterna", "obligation", "ska", "följa", "följa",
              "avtalet en gång per år i ledningsgruppen för hemsjukvård")]),
    spara("4.2", SB[10],
          [("Regionen", RN, ORG), ("kommunerna", KOM, ORG), ("samordnare", SAM, TJP),
           ("samordnarna", SAM, TJP), ("parterna", PART, EXT)],
          [SKA, inf("utse"), HAR, inf("lyfta"), inf("lösa"), pres("uppstår", "uppstå")],
          [st(RN, "Regionen", "obligation", "ska", "utse", "utse",
              "en samordnare för avtalet"),
           st(KOM, "kommunerna", "obligation", "ska", "utse", "utse",
              "en samordnare för avtalet"),
           st(SAM, "samordnarna", "responsibility", "har i uppdrag att", "lyfta", "lyfta", S_LF),
           st(SAM, "samordnarna", "responsibility", "har i uppdrag att", "lösa", "lösa", S_LF)]),
    shead(5, SB[11]),
    spara("5.1", SB[12],
          [("parterna", PART, EXT), ("parterna", PART, EXT, 1),
           ("samverkansberedningen", "samverkansberedning", POL)],
          [SKA, inf("lösas", "lösa", "pass"), pres("kan", "kunna"), inf("enas", "enas"),
           FAR, inf("hänskjutas", "hänskjuta", "pass")],
          [st(PART, "parterna", "obligation", "ska", "lösa", "lösas",
              "Tvister om tolkningen av avtalet", passive=True),
           st(None, None, "permission", "får", "hänskjuta", "hänskjutas",
              "till samverkansberedningen", passive=True,
              condition="Om parterna inte kan enas")]),
    shead(6, SB[13]),
    spara("6.1", SB[14], [("parterna", PART, EXT)],
          [pres("gäller", "gälla"), pres("kan", "kunna"), inf("sägas", "säga", "pass")],
          [st(PART, "parterna", "permission", "kan", "säga", "sägas", "Avtalet",
              passive=True)]),
]

# (5) A municipal energy company's VD-instruktion as a Word export: tab headings, tab dashes.
D = "w56-y-vdinstruktion"
VB = [
    "VD-instruktion för Strömsvik Energi AB",
    "Antagen av bolagets styrelse 20 maj 2025",
    "1\tInledning",
    "Av denna instruktion framgår hur ansvaret i Strömsvik Energi AB fördelas mellan styrelsen "
    "och bolagets verkställande direktör, nedan VD. Bolaget ägs helt av Strömsviks kommun via Strömsvik Stadshus "
    "AB.",
    "2\tVD:s ansvar och uppgifter",
    "VD leder den dagliga verksamheten och ska handha bolagets löpande förvaltning i enlighet "
    "med de riktlinjer som styrelsen lämnar. "
    "Därutöver ska VD enligt ägardirektivet bevaka och driva bolagets arbete med att bygga ut "
    "fjärrvärmenätet i kommunen.",
    "VD ansvarar för att bolagets redovisning och kassaflöde hanteras på ett betryggande "
    "sätt.",
    "3\tRapportering till styrelsen",
    "VD ska en gång i månaden rapportera till styrelsen om bolagets ekonomiska resultat och "
    "ställning, och ska dessutom utan dröjsmål underrätta styrelsens ordförande om händelser "
    "av väsentlig betydelse, t.ex. driftstörningar i elnätet eller större tvister.",
    "Rapporten ska innehålla:\n"
    "–\tresultat och balansräkning,\n"
    "–\tprognos för helåret,\n"
    "–\tinvesteringarnas utfall mot budget.",
    "4\tBegränsningar",
    "VD får inte utan föregående medgivande från styrelsen\n"
    "–\tingå avtal med längre löptid än tre år,\n"
    "–\tta upp lån eller ställa säkerhet,\n"
    "–\tköpa eller sälja fast egendom,\n"
    "–\tfatta beslut om investeringar över 5 miljoner kronor.",
    "Åtgärder av ovanlig art eller stor betydelse får VD vidta endast om det är så brådskande "
    "att styrelsen inte hinner sammanträda. Styrelsens ordförande ska i så fall informeras av "
    "VD samma dag.",
    "5\tVD:s ställföreträdare",
    "Vid VD:s frånvaro upprätthålls tjänsten av vice VD. Ställföreträdaren får dock inte "
    "anställa personal i ledande befattning.",
]
VD_TEXT = "\n\n".join(VB) + "\n"
SE = "strömsvik energi ab"
SK = "strömsviks kommun"
VVD = "vice verkställande direktör"
SF = "ställföreträdare"
V_REP = VB[9].split("\n")
V_LIM = VB[11].split("\n")
V_BES = "om det är så brådskande att styrelsen inte hinner sammanträda"


def vhead(n, line, actors=()):
    """A Word heading `N⇥Rubrik`."""
    label = str(n)
    return rec(label, line.split("\t", 1)[1], actors, doc=D, kind="heading", label=label)


def vpara(cid, text, actors=(), verbs=(), statements=()):
    """A paragraph of section N."""
    return rec(cid, text, actors, verbs, statements, doc=D, parent=cid.split(".")[0])


def vd(aim, obj, deontic="obligation", modal="ska", text="VD", aim_text=None, **kw):
    """VD's act."""
    return st(VD, text, deontic, modal, aim, aim_text or aim, obj, **kw)


def dash(cid, line, parent, actors=(), verbs=(), statements=()):
    """A tab-dash item."""
    return item(cid, line.split("\t", 1)[1], actors, verbs, statements, doc=D, parent=parent,
                label="–")


def limit(cid, n, actors, pairs):
    """An item under `VD får inte utan föregående medgivande från styrelsen`."""
    return dash(cid, V_LIM[n], "4.1", actors, [inf(aim) for aim, _ in pairs],
                [vd(aim, obj, "prohibition", "får inte", negated=True) for aim, obj in pairs])


VDINSTRUKTION = [
    rec("title", VB[0], [("Strömsvik Energi AB", SE, ORG)], doc=D, kind="heading"),
    rec("m1", VB[1], [("bolagets", SE, ORG), ("styrelse", ST, POL)], doc=D),
    vhead(1, VB[2]),
    vpara("1.1", VB[3],
          [("styrelsen", ST, POL), ("bolagets", SE, ORG), ("verkställande direktör", VD, TJP),
           ("VD", VD, TJP),
           ("Strömsvik Energi AB", SE, ORG), ("Bolaget", SE, ORG), ("Strömsviks kommun", SK, ORG),
           ("Strömsvik Stadshus AB", "strömsvik stadshus ab", ORG)],
          [pres("framgår", "framgå"), pres("fördelas", "fördela", "pass"),
           pres("ägs", "äga", "pass")],
          [st(SK, "Strömsviks kommun", "none", None, "äga", "ägs", "Bolaget", passive=True)]),
    vhead(2, VB[4], [("VD:s", VD, TJP)]),
    vpara("2.1", VB[5],
          [("VD", VD, TJP), ("bolagets", SE, ORG), ("styrelsen", ST, POL), ("VD", VD, TJP, 1),
           ("bolagets", SE, ORG, 1), ("kommunen", SK, ORG)],
          [pres("leder", "leda"), SKA, inf("handha"), pres("lämnar", "lämna"), SKA1,
           inf("bevaka"), inf("driva"), inf("bygga")],
          [vd("leda", "den dagliga verksamheten", "none", None, aim_text="leder"),
           vd("handha", "bolagets löpande förvaltning",
              condition="i enlighet med de riktlinjer som styrelsen lämnar"),
           *(vd(aim, "bolagets arbete med att bygga ut fjärrvärmenätet i kommunen",
                condition="enligt ägardirektivet") for aim in ("bevaka", "driva"))]),
    vpara("2.2", VB[6], [("VD", VD, TJP), ("bolagets", SE, ORG)],
          [pres("ansvarar", "ansvara"), pres("hanteras", "hantera", "pass")],
          [vd("ansvara", "att bolagets redovisning och kassaflöde hanteras på ett "
              "betryggande sätt", "responsibility", "ansvarar för", aim_text="ansvarar")]),
    vhead(3, VB[7]),
    vpara("3.1", VB[8],
          [("VD", VD, TJP), ("styrelsen", ST, POL), ("bolagets", SE, ORG),
           ("styrelsens ordförande", "styrelsens ordförande", FTV)],
          [SKA, inf("rapportera"), SKA1, inf("underrätta")],
          [vd("rapportera", "till styrelsen om bolagets ekonomiska resultat och ställning"),
           vd("underrätta", "styrelsens ordförande om händelser av väsentlig betydelse, t.ex. "
              "driftstörningar i elnätet eller större tvister")]),
    vpara("3.2", V_REP[0], (), [SKA, inf("innehålla")]),
    dash("3.2.a", V_REP[1], "3.2"),
    dash("3.2.b", V_REP[2], "3.2"),
    dash("3.2.c", V_REP[3], "3.2"),
    vhead(4, VB[10]),
    vpara("4.1", V_LIM[0], [("VD", VD, TJP), ("styrelsen", ST, POL)], [FAR]),
    limit("4.1.a", 1, (), [("ingå", "avtal med längre löptid än tre år")]),
    limit("4.1.b", 2, (), [("ta", "lån"), ("ställa", "säkerhet")]),
    limit("4.1.c", 3, (), [("köpa", "fast egendom"), ("sälja", "fast egendom")]),
    limit("4.1.d", 4, (), [("fatta", "beslut om investeringar över 5 miljoner kronor")]),
    vpara("4.2", VB[12],
          [("VD", VD, TJP), ("styrelsen", ST, POL),
           ("Styrelsens ordförande", "styrelsens ordförande", FTV), ("VD", VD, TJP, 1)],
          [FAR, inf("vidta"), AR, pres("hinner", "hinna"), inf("sammanträda"), SKA,
           inf("informeras", "informera", "pass")],
          [vd("vidta", "Åtgärder av ovanlig art eller stor betydelse", "permission", "får",
              condition=V_BES),
           vd("informera", "Styrelsens ordförande", aim_text="informeras", passive=True)]),
    vhead(5, VB[13], [("VD:s", VD, TJP)]),
    vpara("5.1", VB[14],
          [("VD:s", VD, TJP), ("vice VD", VVD, TJP), ("Ställföreträdaren", SF, TJP)],
          [pres("upprätthålls", "upprätthålla", "pass"), FAR, inf("anställa")],
          [st(VVD, "vice VD", "none", None, "upprätthålla", "upprätthålls", "tjänsten",
              passive=True, condition="Vid VD:s frånvaro"),
           st(SF, "Ställföreträdaren", "prohibition", "får inte", "anställa", "anställa",
              "personal i ledande befattning", negated=True)]),
]

# (6) A news item on a socialnämnd's new delegationsordning, copied from a browser.
D = "w56-y-delegationsnyhet"
NY_TEXT = """Hoppa till innehåll
Meny
Start › Nyheter › Ny delegationsordning för socialnämnden
Ny delegationsordning för socialnämnden
Publicerad: 11 februari 2026
Socialnämnden i Lövhammars kommun antog i januari en ny delegationsordning. Den nya ordningen \
gäller från och med den 1 mars.
Med den nya delegationsordningen får enhetscheferna inom socialförvaltningen fatta fler beslut \
om bistånd, medan beslut om placeringar även i fortsättningen ska fattas av socialnämndens \
individutskott.
– Vi vill att besluten ska fattas nära medborgarna, och det här gör att handläggningen går \
snabbare, säger Karin Öberg (S), socialnämndens ordförande.
Enligt den nya ordningen ska delegaterna varje månad redovisa sina beslut till nämnden. \
Socialchefen får dessutom besluta i nämndens ställe i brådskande ärenden.
Läs mer om delegation och nämndens arbete:
Delegationsordning för socialnämnden (pdf, 412 kB)
Socialnämndens sammanträden 2026
Så överklagar du ett beslut
Dela sidan: Facebook LinkedIn E-post
"""
NL = NY_TEXT.split("\n")
SN = "socialnämnd"
LK = "lövhammars kommun"
SIU = "socialnämndens individutskott"


def ny(cid, line, actors=(), verbs=(), statements=()):
    """A line of the page."""
    return rec(cid, NL[line], actors, verbs, statements, doc=D)


def link(cid, line, actors=()):
    """A link line under the `Läs mer` lead-in."""
    return item(cid, NL[line], actors, doc=D, parent="5")


DELEGATIONSNYHET = [
    rec("title", NL[3], [("socialnämnden", SN, POL)], doc=D, kind="heading"),
    ny("m1", 4),
    ny("1", 5, [("Socialnämnden", SN, POL), ("Lövhammars kommun", LK, ORG)],
       [past("antog", "anta"), pres("gäller", "gälla")],
       [st(SN, "Socialnämnden", "none", None, "anta", "antog",
           "i januari en ny delegationsordning")]),
    ny("2", 6,
       [("enhetscheferna", "enhetschef", TJP), ("socialförvaltningen", "socialförvaltning", FORV),
        ("socialnämndens individutskott", SIU, POL)],
       [FAR, inf("fatta"), SKA, inf("fattas", "fatta", "pass")],
       [st("enhetschef", "enhetscheferna", "permission", "får", "fatta", "fatta",
           "fler beslut om bistånd"),
        st(SIU, "socialnämndens individutskott", "obligation", "ska", "fatta", "fattas",
           "beslut om placeringar", passive=True)]),
    ny("3", 7, [("socialnämndens ordförande", "socialnämndens ordförande", FTV)],
       [pres("vill", "vilja"), SKA, inf("fattas", "fatta", "pass"), pres("gör", "göra"),
        pres("går", "gå"), pres("säger", "säga")]),
    ny("4", 8,
       [("delegaterna", "delegat", TJP), ("nämnden", SN, POL),
        ("Socialchefen", "socialchef", TJP), ("nämndens", SN, POL)],
       [SKA, inf("redovisa"), FAR, inf("besluta")],
       [st("delegat", "delegaterna", "obligation", "ska", "redovisa", "redovisa",
           "sina beslut till nämnden", condition="Enligt den nya ordningen"),
        st("socialchef", "Socialchefen", "permission", "får", "besluta", "besluta",
           "i nämndens ställe i brådskande ärenden")]),
    ny("5", 9, [("nämndens", SN, POL)]),
    link("5.a", 10, [("socialnämnden", SN, POL)]),
    link("5.b", 11, [("Socialnämndens", SN, POL)]),
    link("5.c", 12),
]

DOCUMENTS = {"w56-y-kommunstyrelsen": (KS_TEXT, KOMMUNSTYRELSEN),
             "w56-y-kommundirektor": (KD_TEXT, KOMMUNDIREKTOR),
             "w56-y-ledning": (LE_TEXT, LEDNING),
             "w56-y-samverkansavtal": (SA_TEXT, SAMVERKANSAVTAL),
             "w56-y-vdinstruktion": (VD_TEXT, VDINSTRUKTION),
             "w56-y-delegationsnyhet": (NY_TEXT, DELEGATIONSNYHET)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w56-y", DOCUMENTS)
