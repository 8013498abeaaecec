"""Builds corpus/dev/w57-z.jsonl and the pages corpus/dev/w57-z-*.txt with their gold: the blind
probe w57-z of round 57 (invented documents of the four kinds the project is judged on, written
loosely as kommun web editors, news writers and clerks write, and copied from a PDF viewer, a
browser, docplayer or a Word export), annotated by hand from docs/annotation.md §1–§5 and the
rulings at its end before any run; the writer never ran the extractor on them.
`w57-z-samverkan` (a samverkansöverenskommelse between a region and the four kommuner of its
county from a PDF: a title wrapped over two lines with a lost hyphen (`hälso och sjukvård`), an
adoption line, `N Rubrik` headings, blank-line blocks wrapped with one line-end hyphen, a
running footer per page, `nedan kallad`/`nedan gemensamt kallade` definitions, `Parterna åtar
sig att` + three coordinated infinitives (one a particle verb) and `och att i god tid
informera`, `Regionen ansvarar för … medan kommunerna ansvarar för …`, `Varje kommun ska i sin
tur …`, a presentational `finns` before `Ledningsgruppen har enligt parternas beslut i uppdrag
att följa upp och redovisa …`, a V2 `Varje år ska enligt överenskommelsen ledningsgruppen …`
with a number in `länets fyra kommuner`, an agent passive `ska i första hand lösas av`, `Om …
inte kan enas får var och en av parterna hänskjuta …`, `kan sägas upp av var och en av
parterna`);
`w57-z-delegationsordning` (a kommunstyrelse's delegationsordning as docplayer prints it: the
title line, a `Download "…"` viewer copy of it (metadata), bare page counters `N (5)`
(furniture), an adoption line, `N Rubrik` heading lines, `får enligt 6 kap. 37 § kommunallagen
uppdra åt …`, `Delegaten får inte …, utan sådana ärenden ska överlämnas till …`, `Ärenden av
principiell beskaffenhet får inte delegeras.`, anmälan, a one-word heading glued to its
sentence (`3 Vidaredelegering Om kommunstyrelsen har uppdragit … får kommundirektören i sin tur
uppdra åt …`, a `, som i sin tur anmäler` relative), a ` | ` column-header row and flattened
` | ` rows `Nr | Ärende | Delegat | Lagrum` (no statements));
`w57-z-sastyrs` (a kommun's `Så styrs kommunen` page: chrome, a cleft fronted by `I <kommun>
är det invånarna som …`, a coalition `Mittenalliansen` as agent of `styrs`, bare
`Fullmäktige` on a page that writes the full form, a bare `Styrelsen` after `Kommunstyrelsen`,
`Kommunstyrelsens ordförande är <name> (C).` (t14), an agent passive with a number (`av
kommunens sex nämnder`), `Varje nämnd ansvarar för …`, `Förvaltningarna leds av …`, a
`Du kan påverka …:` lead-in over `- ` items with no actor, an update line and a share line);
`w57-z-forvaltningschef` (an instruktion för förvaltningschefen of a samhällsbyggnadsnämnd from
a Word export: `N.` headings, `har enligt kommunallagen det yttersta ansvaret för att …`
(s2), a `ska, inom de ramar …,` lead-in without colon over `1.`–`5.` items (a particle verb
coordinated with a verb, `i samråd med` before the verb, a trailing `samt`), `får
vidaredelegera …, om inte …`, a fronted date `Den 1 mars varje år ska förvaltningschefen …`, a
`Vid …` agent passive, `Ställföreträdaren får dock inte …`);
`w57-z-vattennyhet` (a news item on a new ägardirektiv for a kommun's water company: a `›` trail,
`Publicerad:`, a fronted date `Den 13 oktober antog kommunfullmäktige i <kommun> …` with a
`, som` relative on the company, `Enligt det nya direktivet ska bolaget … ta fram … och årligen
redovisa …`, `får inte heller utan fullmäktiges godkännande ta upp …`, dash-opened speech
ending `säger kommunstyrelsens ordförande <name> (M)` (t12, t7), a reverse apposition
`Även <name>, vd för <Name> AB,
välkomnar … men påpekar …`, `säger hon`, a non-actor `ska enligt beslutet ses över`,
a `Läs mer om …:` lead-in over three link lines (one a file link), a share line);
`w57-z-arbetsordning` (a högskola's arbetsordning excerpt from a PDF: an adoption and
replacement line, `N Rubrik` headings, `Rektor är högskolans myndighetschef och ansvarar under
styrelsen för …`, `beslutar i alla ärenden som inte …`, `Prorektor är rektors ställföreträdare
och har enligt rektors beslut i uppdrag att leda …`, `utses av rektor`, `får delegera … till
prorektor, dekaner och förvaltningschefen, om inte …`, an agent passive `ska följas upp av
rektor`, presentational `finns två fakultetsnämnder`, `består av` (t10), `beslutar om … och
ansvarar för att …`, `Nämnden ska därtill följa upp och utveckla …`, `Dekanen är ordförande i
…`, `leds av förvaltningschefen, som under rektor ansvarar för att …` (a cued relative), an
org chart flattened into a block of titles and names).
Offsets computed.
Run: python corpus/make_w57_z.py corpus/dev"""

import re
import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    KAN,
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

rec = records_for("w57-z", conditions_from_statements=True)
item = list_item_maker(rec, "")
KF = "kommunfullmäktige"
KST = "kommunstyrelse"
KD = "kommundirektör"
FC = "förvaltningschef"


def past(word, lemma, voice="act"):
    """A past-tense VERB tuple."""
    return (word, lemma, "past", voice, 0)


def unwrap(block):
    """A block's lines as §1.1 joins them: a line-end hyphen before a lower-case letter joins
    the word, any other line break is one space, runs of spaces are one space."""
    text = re.sub(r"(?<=[^\W\d_])-\n(?=[a-zåäö])", "", block).replace("\n", " ")
    return re.sub(r" {2,}", " ", text).strip()


def body(text, label):
    """A labelled line's or block's clause text without its label."""
    text = unwrap(text)
    assert text.startswith(label + " "), (label, text)
    return text[len(label) + 1:]


def page(blocks):
    """A document's text from its blank-line blocks."""
    return "\n\n".join(blocks) + "\n"


# (1) A samverkansöverenskommelse between a region and its county's kommuner, from a PDF.
D = "w57-z-samverkan"
SB = [
    "Samverkansöverenskommelse om hälso och sjukvård för äldre\ni Vintermarks län",
    "Fastställd av regionstyrelsen 2025-11-20 och av kommunstyrelserna i respektive\n"
    "kommun under december 2025.",
    "1 Parter",
    "Denna överenskommelse har träffats mellan Region Vintermark, nedan kallad\n"
    "Regionen, och de fyra kommunerna i länet, nedan gemensamt kallade kommunerna.",
    "2 Syfte och omfattning",
    "Syftet med överenskommelsen är en sammanhållen vård och omsorg för de äldre i\n"
    "länet, oavsett vem som utför insatserna. Överenskommelsen omfattar hemsjuk-\n"
    "vård, rehabilitering och läkarmedverkan i kommunernas särskilda boenden.",
    "3 Gemensamma åtaganden",
    "Parterna åtar sig att gemensamt planera, följa upp och utveckla vården för de mest\n"
    "sjuka äldre och att i god tid informera varandra om förändringar i den egna\n"
    "verksamheten.",
    "Samverkansöverenskommelse äldrevård – Region Vintermark            Sida 1 av 3",
    "Regionen ansvarar för den medicinska kompetensen och för läkarinsatser i hemsjuk-\n"
    "vården medan kommunerna ansvarar för omvårnad, rehabilitering i hemmet och\n"
    "hjälpmedel upp till en kostnad av 5 000 kronor per hjälpmedel.",
    "Varje kommun ska i sin tur säkerställa tillgången till hjälpmedel och bostads-\n"
    "anpassning i den egna kommunen.",
    "4 Ledning och uppföljning",
    "För samverkan finns en gemensam ledningsgrupp. Ledningsgruppen har enligt parternas\n"
    "gemensamma beslut i uppdrag att samla in, följa upp och redovisa uppgifter om hur\n"
    "överenskommelsen efterlevs, och ledningsgruppen träffas minst fyra gånger om året.",
    "Varje år ska enligt överenskommelsen ledningsgruppen senast den 31 mars lämna en\n"
    "rapport till regionstyrelsen och till kommunstyrelserna i länets fyra kommuner.",
    "Samverkansöverenskommelse äldrevård – Region Vintermark            Sida 2 av 3",
    "5 Tvistlösning",
    "Tvister om tolkningen av överenskommelsen ska i första hand lösas av lednings-\n"
    "gruppen. Om ledningsgruppen inte kan enas får var och en av parterna hänskjuta\n"
    "frågan till en gemensam beredning med regiondirektören och kommundirektörerna.",
    "Överenskommelsen kan sägas upp av var och en av parterna med ett års\n"
    "varsel.",
    "Samverkansöverenskommelse äldrevård – Region Vintermark            Sida 3 av 3",
]
SV_TEXT = page(SB)
RV = "region vintermark"
LG = "ledningsgrupp"
S_VARD = "vården för de mest sjuka äldre"
S_UPP = "uppgifter om hur överenskommelsen efterlevs"
S_ENL = "enligt parternas gemensamma beslut"


def shead(n, block, actors=()):
    """An `N Rubrik` heading."""
    return rec(str(n), body(block, str(n)), actors, doc=D, kind="heading", label=str(n))


def spara(cid, block, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, unwrap(block), actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def part(aim, obj, aim_text=None):
    """The parties' undertaking."""
    return st("part", "Parterna", "obligation", "åtar sig att", aim, aim_text or aim, obj)


def lg(aim, obj):
    """The ledningsgrupp's commission."""
    return st(LG, "Ledningsgruppen", "responsibility", "har i uppdrag att", aim, aim, obj,
              condition=S_ENL)


SAMVERKAN = [
    rec("title", unwrap(SB[0]), doc=D, kind="heading"),
    rec("m1", unwrap(SB[1]),
        [("regionstyrelsen", "regionstyrelse", POL), ("kommunstyrelserna", KST, POL),
         ("kommun", "kommun", ORG)], doc=D),
    shead(1, SB[2]),
    spara("1.1", SB[3],
          [("Region Vintermark", RV, ORG), ("Regionen", RV, ORG), ("kommunerna", "kommun", ORG),
           ("kommunerna", "kommun", ORG, 1)],
          [HAR, sup("träffats", "träffa", "pass")]),
    shead(2, SB[4]),
    spara("2.1", SB[5], [("kommunernas", "kommun", ORG)],
          [AR, pres("utför", "utföra"), pres("omfattar", "omfatta")]),
    shead(3, SB[6]),
    spara("3.1", SB[7], [("Parterna", "part", ORG)],
          [pres("åtar", "åta"), inf("planera"), inf("följa"), inf("utveckla"),
           inf("informera")],
          [part("planera", S_VARD), part("följa", S_VARD), part("utveckla", S_VARD),
           part("informera", "varandra om förändringar i den egna verksamheten")]),
    spara("3.2", SB[9],
          [("Regionen", RV, ORG), ("kommunerna", "kommun", ORG)],
          [pres("ansvarar", "ansvara"), pres("ansvarar", "ansvara", nth=1)],
          [st(RV, "Regionen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "den medicinska kompetensen och för läkarinsatser i hemsjukvården"),
           st("kommun", "kommunerna", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "omvårnad, rehabilitering i hemmet och hjälpmedel upp till en kostnad av "
              "5 000 kronor per hjälpmedel")]),
    spara("3.3", SB[10], [("kommun", "kommun", ORG)], [SKA, inf("säkerställa")],
          [st("kommun", "kommun", "obligation", "ska", "säkerställa", "säkerställa",
              "tillgången till hjälpmedel och bostadsanpassning i den egna kommunen")]),
    shead(4, SB[11]),
    spara("4.1", SB[12],
          [("ledningsgrupp", LG, FORV), ("Ledningsgruppen", LG, FORV), ("parternas", "part", ORG),
           ("ledningsgruppen", LG, FORV)],
          [pres("finns", "finnas"), HAR, inf("samla"), inf("följa"), inf("redovisa"),
           pres("efterlevs", "efterleva", "pass"), pres("träffas")],
          [st(LG, "ledningsgrupp", "none", None, "finnas", "finns"), lg("samla", S_UPP), lg("följa", S_UPP), lg("redovisa", S_UPP),
           st(LG, "ledningsgruppen", "none", None, "träffas", "träffas",
              "minst fyra gånger om året")]),
    spara("4.2", SB[13],
          [("ledningsgruppen", LG, FORV), ("regionstyrelsen", "regionstyrelse", POL),
           ("kommunstyrelserna", KST, POL), ("kommuner", "kommun", ORG)],
          [SKA, inf("lämna")],
          [st(LG, "ledningsgruppen", "obligation", "ska", "lämna", "lämna",
              "en rapport till regionstyrelsen och till kommunstyrelserna i länets fyra "
              "kommuner", condition="enligt överenskommelsen")]),
    shead(5, SB[15]),
    spara("5.1", SB[16],
          [("ledningsgruppen", LG, FORV), ("ledningsgruppen", LG, FORV, 1),
           ("parterna", "part", ORG), ("regiondirektören", "regiondirektör", TJP),
           ("kommundirektörerna", KD, TJP)],
          [SKA, inf("lösas", "lösa", "pass"), KAN, inf("enas"), FAR, inf("hänskjuta")],
          [st(LG, "ledningsgruppen", "obligation", "ska", "lösa", "lösas",
              "Tvister om tolkningen av överenskommelsen", passive=True),
           st("part", "parterna", "permission", "får", "hänskjuta", "hänskjuta",
              "frågan till en gemensam beredning med regiondirektören och kommundirektörerna",
              condition="Om ledningsgruppen inte kan enas")]),
    spara("5.2", SB[17], [("parterna", "part", ORG)], [KAN, inf("sägas", "säga", "pass")],
          [st("part", "parterna", "none", None, "säga", "sägas", "Överenskommelsen",
              passive=True)]),
]

# (2) A kommunstyrelse's delegationsordning as docplayer prints it: one line a clause.
D = "w57-z-delegationsordning"
DO_TEXT = """Kommunstyrelsens delegationsordning, Skärviks kommun
Download "Kommunstyrelsens delegationsordning, Skärviks kommun"
1 (5)
Antagen av kommunstyrelsen 2025-02-11, § 18. Gäller från och med 2025-03-01.
1 Allmänt om delegering
Med stöd av kommunallagens sjätte kapitel får kommunstyrelsen lämna sin beslutanderätt i ett \
ärende, eller i en hel grupp av ärenden, till ett av sina utskott, till någon av ledamöterna \
eller ersättarna eller till en anställd.
Delegaten får inte själv avgöra frågor av principiell natur eller frågor som annars väger tungt, \
utan sådana frågor ska överlämnas till kommunstyrelsen.
Ärenden av principiell vikt får inte delegeras. Detsamma gäller ärenden som rör \
verksamhetens mål och inriktning.
2 (5)
2 Anmälan av delegationsbeslut
Beslut som fattats på delegation ska redovisas för kommunstyrelsen på dess nästa \
sammanträde. Anmälan sker genom att beslutet förs in i förvaltningens delegationslista.
3 Vidaredelegering Om kommunstyrelsen har uppdragit åt kommundirektören att fatta beslut i ett \
ärende får kommundirektören i sin tur låta en annan anställd i kommunen fatta beslutet i hans \
eller hennes ställe (7 kap. 6 § KL). Sådana beslut ska rapporteras till kommundirektören, som \
i sin tur för dem vidare till kommunstyrelsen.
3 (5)
4 Delegationsförteckning
Nr | Ärende | Delegat | Lagrum
4.1 | Beslut i brådskande ärenden där kommunstyrelsens avgörande inte kan avvaktas | Ordföranden \
| 6 kap. 39 § KL
4.2 | Yttranden till statliga myndigheter i rutinärenden | Kommundirektören | –
4.3 | Tecknande av avtal upp till 10 prisbasbelopp | Kommundirektören | 6 kap. 37 § KL
4.4 | Anställning av förvaltningschefer | Kommundirektören | –
4.5 | Attest av kommunstyrelsens ekonomiska transaktioner | Ekonomichef | Attestreglementet
"""
DL = DO_TEXT.split("\n")
SK = "skärviks kommun"
KSO = "kommunstyrelsens ordförande"
D_VIDARE = DL[11][len("3 Vidaredelegering "):]


def dhead(n, line, actors=()):
    """An `N Rubrik` heading line."""
    return rec(str(n), body(line, str(n)), actors, doc=D, kind="heading", label=str(n))


def dpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph line of section N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def drow(line, actors=(), verbs=()):
    """A flattened ` | ` row: the row number its label, the rest its text."""
    label, text = line.split(" | ", 1)
    return rec(label, text, actors, verbs, doc=D, parent="4", label=label)


DELEGATIONSORDNING = [
    rec("title", DL[0], [("Kommunstyrelsens", KST, POL), ("Skärviks kommun", SK, ORG)], doc=D,
        kind="heading"),
    rec("m1", DL[1], [("Kommunstyrelsens", KST, POL), ("Skärviks kommun", SK, ORG)], doc=D),
    rec("m2", DL[3], [("kommunstyrelsen", KST, POL)], doc=D),
    dhead(1, DL[4]),
    dpara("1.1", DL[5],
          [("kommunstyrelsen", KST, POL), ("utskott", "utskott", POL),
           ("ledamöterna", "ledamot", FTV), ("ersättarna", "ersättare", FTV),
           ("anställd", "anställd", TJP)],
          [FAR, inf("lämna")],
          [st(KST, "kommunstyrelsen", "permission", "får", "lämna", "lämna",
              "sin beslutanderätt i ett ärende, eller i en hel grupp av ärenden, till ett av "
              "sina utskott, till någon av ledamöterna eller ersättarna eller till en anställd",
              condition="Med stöd av kommunallagens sjätte kapitel")]),
    dpara("1.2", DL[6], [("Delegaten", "delegat", TJP), ("kommunstyrelsen", KST, POL)],
          [FAR, inf("avgöra"), pres("väger", "väga"), SKA, inf("överlämnas", "överlämna", "pass")],
          [st("delegat", "Delegaten", "prohibition", "får inte", "avgöra", "avgöra",
              "frågor av principiell natur eller frågor som annars väger tungt", negated=True),
           st(None, None, "obligation", "ska", "överlämna", "överlämnas", "till kommunstyrelsen",
              passive=True)]),
    dpara("1.3", DL[7], [],
          [FAR, inf("delegeras", "delegera", "pass"), pres("gäller", "gälla"),
           pres("rör", "röra")],
          [st(None, None, "prohibition", "får inte", "delegera", "delegeras",
              "Ärenden av principiell vikt", negated=True, passive=True)]),
    dhead(2, DL[9]),
    dpara("2.1", DL[10], [("kommunstyrelsen", KST, POL), ("förvaltningens", "förvaltning", FORV)],
          [sup("fattats", "fatta", "pass"), SKA, inf("redovisas", "redovisa", "pass"),
           pres("sker", "ske"), pres("förs", "föra", "pass")],
          [st(None, None, "obligation", "ska", "redovisa", "redovisas",
              "för kommunstyrelsen på dess nästa sammanträde", passive=True)]),
    rec("3", "Vidaredelegering", doc=D, kind="heading", label="3"),
    dpara("3.1", D_VIDARE,
          [("kommunstyrelsen", KST, POL), ("kommundirektören", KD, TJP),
           ("kommundirektören", KD, TJP, 1), ("anställd", "anställd", TJP),
           ("kommunen", SK, ORG), ("kommundirektören", KD, TJP, 2),
           ("kommunstyrelsen", KST, POL, 1)],
          [HAR, sup("uppdragit", "uppdra"), inf("fatta"), FAR, inf("låta"), inf("fatta", nth=1),
           SKA, inf("rapporteras", "rapportera", "pass"), pres("för", "föra")],
          [st(KD, "kommundirektören", "permission", "får", "låta", "låta",
              "en annan anställd i kommunen fatta beslutet i hans eller hennes ställe",
              condition="Om kommunstyrelsen har uppdragit åt kommundirektören att fatta beslut "
              "i ett ärende"),
           st(None, None, "obligation", "ska", "rapportera", "rapporteras",
              "till kommundirektören", passive=True)]),
    dhead(4, DL[13]),
    rec("4.h", DL[14], doc=D, kind="heading", parent="4"),
    drow(DL[15], [("kommunstyrelsens", KST, POL), ("Ordföranden", KSO, FTV)],
         [KAN, inf("avvaktas", "avvakta", "pass")]),
    drow(DL[16], [("myndigheter", "myndighet", EXT), ("Kommundirektören", KD, TJP)]),
    drow(DL[17], [("Kommundirektören", KD, TJP)]),
    drow(DL[18], [("förvaltningschefer", FC, TJP), ("Kommundirektören", KD, TJP)]),
    drow(DL[19], [("kommunstyrelsens", KST, POL), ("Ekonomichef", "ekonomichef", TJP)]),
]

# (3) A kommun's `Så styrs kommunen` page copied from a browser: one line a clause.
D = "w57-z-sastyrs"
SS_TEXT = """Hoppa till innehåll
Meny
Sök
Start / Demokrati och inflytande / Så styrs Ekedals kommun
Så styrs Ekedals kommun
I Ekedals kommun är det invånarna som genom allmänna val vart fjärde år bestämmer vilka \
partier som ska företräda dem i kommunfullmäktige.
Kommunfullmäktige
Kommunfullmäktige är det högsta politiska organet i kommunen och har 49 ledamöter, och sedan valet \
2022 styrs kommunen av Mittenalliansen.
Fullmäktige beslutar om budget, skattesats och mål för verksamheten och väljer ledamöter till \
kommunstyrelsen och nämnderna. Förslag till budget lämnas varje vår av kommunens sex nämnder.
Sammanträdena är öppna för alla och sänds även dirket på kommunens webbplats.
Kommunstyrelsen
Kommunstyrelsen leder och samordnar det kommunala arbetet som helhet och har tillsyn över \
nämndernas arbete och över de bolag som kommunen äger. Styrelsen bereder också alla ärenden inför \
fullmäktiges sammanträden.
Kommunstyrelsens ordförande är Lena Marklund (C).
Nämnder och förvaltningar
Under kommunstyrelsen finns sex nämnder, bland annat socialnämnden och miljö- och \
byggnämnden. Varje nämnd ansvarar för sitt eget område och har en förvaltning med anställda \
som genomför nämndens beslut.
Förvaltningarna leds av förvaltningschefer, och samtliga förvaltningschefer är underställda \
kommundirektören.
Så kan du påverka
Du kan påverka kommunens beslut på flera sätt:
- lämna ett medborgarförslag via e-tjänsten,
- ställa frågor under fullmäktiges frågestund,
- svara på kommunens medborgardialoger.
Sidan uppdaterades 2026-10-12
Dela: Facebook | LinkedIn | Skicka som e-post
"""
SL = SS_TEXT.split("\n")
EK = "ekedals kommun"
NAM = "nämnd"


def sshead(cid, line, actors=()):
    """A heading line of the page."""
    return rec(cid, line, actors, doc=D, kind="heading")


def sspara(cid, line, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph line under heading `h<N>`."""
    return rec(cid, line, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0] if "." in cid else None)


def paverka(cid, line, actors, verbs):
    """A `- ` item under `Du kan påverka …:` (no actor)."""
    return item(cid, line[2:], actors, verbs, doc=D, parent="h4.1", label="-")


SASTYRS = [
    sshead("title", SL[4], [("Ekedals kommun", EK, ORG)]),
    sspara("1", SL[5],
           [("Ekedals kommun", EK, ORG), ("invånarna", "invånare", EXT),
            ("partier", "parti", POL), ("kommunfullmäktige", KF, POL)],
           [AR, pres("bestämmer", "bestämma"), SKA, inf("företräda")],
           [st("invånare", "invånarna", "none", None, "bestämma", "bestämmer",
               "vilka partier som ska företräda dem i kommunfullmäktige")]),
    sshead("h1", SL[6], [("Kommunfullmäktige", KF, POL)]),
    sspara("h1.1", SL[7],
           [("Kommunfullmäktige", KF, POL), ("kommunen", EK, ORG), ("kommunen", EK, ORG, 1),
            ("Mittenalliansen", "mittenallians", POL)],
           [AR, HAR, pres("styrs", "styra", "pass")],
           [st(KF, "Kommunfullmäktige", "none", None, "vara", "är",
               "det högsta politiska organet i kommunen"),
            st(KF, "Kommunfullmäktige", "none", None, "ha", "har", "49 ledamöter"),
            st("mittenallians", "Mittenalliansen", "none", None, "styra", "styrs", "kommunen",
               passive=True)]),
    sspara("h1.2", SL[8],
           [("Fullmäktige", KF, POL), ("ledamöter", "ledamot", FTV),
            ("kommunstyrelsen", KST, POL), ("nämnderna", NAM, POL), ("kommunens", EK, ORG),
            ("nämnder", NAM, POL)],
           [pres("beslutar", "besluta"), pres("väljer", "välja"),
            pres("lämnas", "lämna", "pass")],
           [st(KF, "Fullmäktige", "none", None, "besluta", "beslutar",
               "om budget, skattesats och mål för verksamheten"),
            st(KF, "Fullmäktige", "none", None, "välja", "väljer",
               "ledamöter till kommunstyrelsen och nämnderna"),
            st(NAM, "nämnder", "none", None, "lämna", "lämnas", "Förslag till budget",
               passive=True)]),
    sspara("h1.3", SL[9], [("kommunens", EK, ORG)], [AR, pres("sänds", "sända", "pass")]),
    sshead("h2", SL[10], [("Kommunstyrelsen", KST, POL)]),
    sspara("h2.1", SL[11],
           [("Kommunstyrelsen", KST, POL), ("nämndernas", NAM, POL),
            ("bolag", "bolag", ORG), ("kommunen", EK, ORG), ("Styrelsen", KST, POL),
            ("fullmäktiges", KF, POL)],
           [pres("leder", "leda"), pres("samordnar", "samordna"), HAR,
            pres("äger", "äga"), pres("bereder", "bereda")],
           [st(KST, "Kommunstyrelsen", "none", None, "leda", "leder",
               "det kommunala arbetet som helhet"),
            st(KST, "Kommunstyrelsen", "none", None, "samordna", "samordnar",
               "det kommunala arbetet som helhet"),
            st(KST, "Kommunstyrelsen", "none", None, "ha", "har",
               "tillsyn över nämndernas arbete och över de bolag som kommunen äger"),
            st(KST, "Styrelsen", "none", None, "bereda", "bereder",
               "alla ärenden inför fullmäktiges sammanträden")]),
    sspara("h2.2", SL[12], [], [AR]),
    sshead("h3", SL[13]),
    sspara("h3.1", SL[14],
           [("kommunstyrelsen", KST, POL), ("nämnder", NAM, POL),
            ("socialnämnden", "socialnämnd", POL),
            ("miljö- och byggnämnden", "miljö- och byggnämnd", POL), ("nämnd", NAM, POL),
            ("förvaltning", "förvaltning", FORV), ("anställda", "anställd", TJP),
            ("nämndens", NAM, POL)],
           [pres("finns", "finnas"), pres("ansvarar", "ansvara"), HAR,
            pres("genomför", "genomföra")],
           [st(NAM, "nämnder", "none", None, "finnas", "finns"),
            st(NAM, "nämnd", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "sitt eget område"),
            st(NAM, "nämnd", "none", None, "ha", "har",
               "en förvaltning med anställda som genomför nämndens beslut")]),
    sspara("h3.2", SL[15],
           [("Förvaltningarna", "förvaltning", FORV), ("förvaltningschefer", FC, TJP),
            ("förvaltningschefer", FC, TJP, 1), ("kommundirektören", KD, TJP)],
           [pres("leds", "leda", "pass"), AR],
           [st(FC, "förvaltningschefer", "none", None, "leda", "leds", "Förvaltningarna",
               passive=True),
            st(FC, "förvaltningschefer", "none", None, "vara", "är",
               "underställda kommundirektören")]),
    sshead("h4", SL[16]),
    sspara("h4.1", SL[17], [("kommunens", EK, ORG)], [KAN, inf("påverka")]),
    paverka("h4.1.a", SL[18], [], [inf("lämna")]),
    paverka("h4.1.b", SL[19], [("fullmäktiges", KF, POL)], [inf("ställa")]),
    paverka("h4.1.c", SL[20], [("kommunens", EK, ORG)], [inf("svara")]),
    rec("m1", SL[21], doc=D, parent="h4"),
]

# (4) An instruktion för förvaltningschefen of a nämnd as a Word export: blank-line blocks.
D = "w57-z-forvaltningschef"
FB = [
    "Instruktion för förvaltningschefen vid samhällsbyggnadsförvaltningen",
    "Beslutad av samhällsbyggnadsnämnden i Hovlunda kommun 2025-06-17, § 94",
    "1. Inledning",
    "Samhällsbyggnadsnämnden har enligt kommunallagen det yttersta ansvaret för att "
    "förvaltningen arbetar så att kommunfullmäktiges mål för samhällsbyggnadsområdet nås. "
    "Genom denna instruktion klargör nämnden förvaltningschefens uppgifter.",
    "2. Förvaltningschefens uppdrag",
    "Förvaltningschefen är nämndens högsta tjänsteperson och leder under nämnden arbetet i "
    "förvaltningen.",
    "Förvaltningschefen ska, inom de ramar som nämnden beslutat om,\n"
    "1. verkställa nämndens beslut,\n"
    "2. bereda ärenden till nämnden och dess arbetsutskott,\n"
    "3. följa upp och redovisa verksamhetens ekonomi och kvalitet till nämnden tre gånger per "
    "år,\n"
    "4. i samråd med HR-avdelningen ansvara för förvaltningens arbetsmiljöarbete, samt\n"
    "5. företräda nämnden gentemot andra myndigheter.",
    "3. Delegation och rapportering",
    "Beslutanderätt som nämnden har delegerat till förvaltningschefen får förvaltningschefen "
    "delegera vidare, om inte nämnden har bestämt annat i delegationsordningen.",
    "Den 1 mars varje år ska förvaltningschefen till nämnden lämna en skriftlig rapport om hur "
    "förvaltningen har arbetat med nämndens mål.",
    "4. Ställföreträdare",
    "Vid förvaltningschefens frånvaro sköts uppdraget av biträdande förvaltningschef. "
    "Ställföreträdaren får dock inte fatta beslut som binder förvaltningen under längre tid än "
    "två veckor.",
]
FC_TEXT = page(FB)
SBN = "samhällsbyggnadsnämnd"
SBF = "samhällsbyggnadsförvaltning"
F_ITEMS = FB[6].split("\n")
F_UPP = "verksamhetens ekonomi och kvalitet till nämnden tre gånger per år"


def fhead(n, block, actors=()):
    """A numbered heading `N.`."""
    return rec(str(n), body(block, f"{n}."), actors, doc=D, kind="heading", label=f"{n}.")


def fpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def fitem(n, actors, verbs, statements, conditions=()):
    """The n-th numbered item under `Förvaltningschefen ska, …,`."""
    label = f"{n}."
    text = body(F_ITEMS[n], label)
    return item(f"2.2.{n}", text, actors, verbs, statements, conditions, doc=D, parent="2.2",
                label=label)


def fch(aim, obj, condition=None):
    """The förvaltningschef's duty in an item (the lead-in's actor and `ska`)."""
    return st(FC, "Förvaltningschefen", "obligation", "ska", aim, aim, obj, condition=condition)


FORVALTNINGSCHEF = [
    rec("title", FB[0], [("förvaltningschefen", FC, TJP), ("samhällsbyggnadsförvaltningen", SBF,
                                                             FORV)], doc=D, kind="heading"),
    rec("m1", FB[1], [("samhällsbyggnadsnämnden", SBN, POL),
                      ("Hovlunda kommun", "hovlunda kommun", ORG)], doc=D),
    fhead(1, FB[2]),
    fpara("1.1", FB[3],
          [("Samhällsbyggnadsnämnden", SBN, POL), ("förvaltningen", "förvaltning", FORV),
           ("kommunfullmäktiges", KF, POL), ("nämnden", "nämnd", POL),
           ("förvaltningschefens", FC, TJP)],
          [HAR, pres("arbetar", "arbeta"), pres("nås", "nå", "pass"),
           pres("klargör", "klargöra")],
          [st(SBN, "Samhällsbyggnadsnämnden", "responsibility", "har det yttersta ansvaret för",
              "ansvara", "har", "att förvaltningen arbetar så att kommunfullmäktiges mål för "
              "samhällsbyggnadsområdet nås", condition="enligt kommunallagen"),
           st("nämnd", "nämnden", "none", None, "klargöra", "klargör",
              "förvaltningschefens uppgifter")]),
    fhead(2, FB[4], [("Förvaltningschefens", FC, TJP)]),
    fpara("2.1", FB[5],
          [("Förvaltningschefen", FC, TJP), ("nämndens", "nämnd", POL), ("nämnden", "nämnd", POL),
           ("förvaltningen", "förvaltning", FORV)],
          [AR, pres("leder", "leda")],
          [st(FC, "Förvaltningschefen", "none", None, "vara", "är",
              "nämndens högsta tjänsteperson"),
           st(FC, "Förvaltningschefen", "none", None, "leda", "leder", "arbetet i förvaltningen")]),
    fpara("2.2", F_ITEMS[0], [("Förvaltningschefen", FC, TJP), ("nämnden", "nämnd", POL)],
          [SKA, sup("beslutat", "besluta")]),
    fitem(1, [("nämndens", "nämnd", POL)], [inf("verkställa")],
          [fch("verkställa", "nämndens beslut")]),
    fitem(2, [("nämnden", "nämnd", POL), ("arbetsutskott", "arbetsutskott", POL)], [inf("bereda")],
          [fch("bereda", "ärenden till nämnden och dess arbetsutskott")]),
    fitem(3, [("nämnden", "nämnd", POL)], [inf("följa"), inf("redovisa")],
          [fch("följa", F_UPP), fch("redovisa", F_UPP)]),
    fitem(4, [("HR-avdelningen", "hr-avdelning", FORV), ("förvaltningens", "förvaltning", FORV)],
          [inf("ansvara")],
          [fch("ansvara", "förvaltningens arbetsmiljöarbete",
               condition="i samråd med HR-avdelningen")]),
    fitem(5, [("nämnden", "nämnd", POL), ("myndigheter", "myndighet", EXT)], [inf("företräda")],
          [fch("företräda", "nämnden gentemot andra myndigheter")]),
    fhead(3, FB[7]),
    fpara("3.1", FB[8],
          [("nämnden", "nämnd", POL), ("förvaltningschefen", FC, TJP),
           ("förvaltningschefen", FC, TJP, 1), ("nämnden", "nämnd", POL, 1)],
          [HAR, sup("delegerat", "delegera"), FAR, inf("delegera"), HAR + (1,),
           sup("bestämt", "bestämma")],
          [st(FC, "förvaltningschefen", "permission", "får", "delegera", "delegera",
              "Beslutanderätt som nämnden har delegerat till förvaltningschefen",
              condition="om inte nämnden har bestämt annat i delegationsordningen")]),
    fpara("3.2", FB[9],
          [("förvaltningschefen", FC, TJP), ("nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV),
           ("nämndens", "nämnd", POL)],
          [SKA, inf("lämna"), HAR, sup("arbetat", "arbeta")],
          [st(FC, "förvaltningschefen", "obligation", "ska", "lämna", "lämna",
              "en skriftlig rapport om hur förvaltningen har arbetat med nämndens mål")]),
    fhead(4, FB[10], [("Ställföreträdare", "ställföreträdare", TJP)]),
    fpara("4.1", FB[11],
          [("förvaltningschefens", FC, TJP),
           ("biträdande förvaltningschef", "biträdande förvaltningschef", TJP),
           ("Ställföreträdaren", "ställföreträdare", TJP), ("förvaltningen", "förvaltning", FORV)],
          [pres("sköts", "sköta", "pass"), FAR, inf("fatta"),
           pres("binder", "binda")],
          [st("biträdande förvaltningschef", "biträdande förvaltningschef", "none", None,
              "sköta", "sköts", "uppdraget", passive=True,
              condition="Vid förvaltningschefens frånvaro"),
           st("ställföreträdare", "Ställföreträdaren", "prohibition", "får inte", "fatta",
              "fatta", "beslut som binder förvaltningen under längre tid än två veckor",
              negated=True)]),
]

# (5) A news item on a new ägardirektiv for a kommun's water company: one line a clause.
D = "w57-z-vattennyhet"
VN_TEXT = """Startsida › Nyheter
Nytt ägardirektiv för Lindåsa Vatten AB
Publicerad: 14 oktober 2026
Den 13 oktober antog kommunfullmäktige i Lindåsa kommun ett nytt ägardirektiv för Lindåsa \
Vatten AB, som är helägt av kommunen och sköter dricksvatten och avlopp i hela kommunen.
Enligt det nya direktivet ska bolaget bland annat ta fram en plan för förnyelse av \
ledningsnätet och årligen redovisa för kommunstyrelsen hur arbetet går.
Bolaget får inte heller utan fullmäktiges godkännande ta upp lån som överstiger 50 miljoner \
kronor, något som tidigare saknades i styrdokumenten.
– Vattnet är vår viktigaste livsmedelsprodukt, och med direktivet blir det tydligt vad vi \
förväntar oss av bolaget, säger kommunstyrelsens ordförande Anders Brink (M).
Även Karin Dahl, vd för Lindåsa Vatten AB, välkomnar direktivet men påpekar att investeringarna \
kommer att kräva höjda taxor.
– Vi kommer att följa upp och redovisa investeringstakten varje kvartal, säger hon.
Ägardirektivet gäller från den 1 januari 2027 och ska enligt beslutet ses över en gång per \
mandatperiod.
Läs mer om kommunens bolag:
Ägardirektiv för Lindåsa Vatten AB (pdf, 288 kB)
Lindåsa Vatten AB:s webbplats
Kommunfullmäktiges protokoll 13 oktober 2026
Dela: Facebook | X | LinkedIn
"""
VL = VN_TEXT.split("\n")
LV = "lindåsa vatten ab"
LK = "lindåsa kommun"
VD = "verkställande direktör"
V_ENL = "Enligt det nya direktivet"


def vpara(cid, line, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph line of the article."""
    return rec(cid, line, actors, verbs, statements, conditions, doc=D)


def link(cid, line, actors=()):
    """A link line under `Läs mer om …:`."""
    return item(cid, line, actors, doc=D, parent="8")


def bolaget(aim, obj, deontic="obligation", modal="ska", text="bolaget", **kw):
    """The water company's act."""
    return st(LV, text, deontic, modal, aim, aim, obj, **kw)


VATTENNYHET = [
    rec("title", VL[1], [("Lindåsa Vatten AB", LV, ORG)], doc=D, kind="heading"),
    rec("m1", VL[2], doc=D),
    vpara("1", VL[3],
          [("kommunfullmäktige", KF, POL), ("Lindåsa kommun", LK, ORG),
           ("Lindåsa Vatten AB", LV, ORG), ("kommunen", LK, ORG), ("kommunen", LK, ORG, 1)],
          [past("antog", "anta"), AR, pres("sköter", "sköta")],
          [st(KF, "kommunfullmäktige", "none", None, "anta", "antog",
              "ett nytt ägardirektiv för Lindåsa Vatten AB")]),
    vpara("2", VL[4], [("bolaget", LV, ORG), ("kommunstyrelsen", KST, POL)],
          [SKA, inf("ta"), inf("redovisa"), pres("går", "gå")],
          [bolaget("ta", "en plan för förnyelse av ledningsnätet", condition=V_ENL),
           bolaget("redovisa", "för kommunstyrelsen hur arbetet går", condition=V_ENL)]),
    vpara("3", VL[5], [("Bolaget", LV, ORG), ("fullmäktiges", KF, POL)],
          [FAR, inf("ta"), pres("överstiger", "överstiga"), past("saknades", "sakna", "pass")],
          [bolaget("ta", "lån som överstiger 50 miljoner kronor", "prohibition", "får inte",
                   "Bolaget", negated=True)]),
    vpara("4", VL[6], [("bolaget", LV, ORG), ("kommunstyrelsens ordförande", KSO, FTV)],
          [AR, pres("blir", "bli"), pres("förväntar", "förvänta"), pres("säger", "säga")],
          [st(KSO, "kommunstyrelsens ordförande", "none", None, "säga", "säger")]),
    vpara("5", VL[7], [("vd", VD, TJP), ("Lindåsa Vatten AB", LV, ORG)],
          [pres("välkomnar", "välkomna"), pres("påpekar", "påpeka"), pres("kommer", "komma"),
           inf("kräva")],
          [st(VD, "vd", "none", None, "välkomna", "välkomnar", "direktivet"),
           st(VD, "vd", "none", None, "påpeka", "påpekar",
              "att investeringarna kommer att kräva höjda taxor")]),
    vpara("6", VL[8], [],
          [pres("kommer", "komma"), inf("följa"), inf("redovisa"), pres("säger", "säga")]),
    vpara("7", VL[9], [], [pres("gäller", "gälla"), SKA, inf("ses", "se", "pass")],
          [st(None, None, "obligation", "ska", "se", "ses", "Ägardirektivet", passive=True,
              condition="enligt beslutet")]),
    vpara("8", VL[10], [("kommunens", LK, ORG), ("bolag", "bolag", ORG)],
          [("Läs", "läsa", "imp", "act")]),
    link("8.a", VL[11], [("Lindåsa Vatten AB", LV, ORG)]),
    link("8.b", VL[12], [("Lindåsa Vatten AB:s", LV, ORG)]),
    link("8.c", VL[13], [("Kommunfullmäktiges", KF, POL)]),
]

# (6) A högskola's arbetsordning (excerpt) from a PDF: blank-line blocks.
D = "w57-z-arbetsordning"
AB = [
    "Arbetsordning för Högskolan i Sörberga",
    "Beslutad av styrelsen 2025-12-09 (dnr HS 2025/1187). Ersätter arbetsordning\n"
    "beslutad 2022-06-14.",
    "3 Rektor",
    "Rektor är högskolans myndighetschef och ansvarar under styrelsen för den samlade\n"
    "verksamheten. Rektor beslutar därutöver om allt som inte uttryckligen har lagts på\n"
    "styrelsen.",
    "Prorektor är ersättare för rektor och har enligt ett beslut av rektor i uppdrag att\n"
    "leda arbetet med högskolans kvalitetssystem. Prorektor utses av rektor för samma\n"
    "period som rektors förordnande.",
    "Rektor får i enskilda frågor lämna sin beslutanderätt vidare till prorektor, dekanerna\n"
    "eller förvaltningschefen, om inte något annat följer av lag eller förordning. Beslut\n"
    "som delegerats ska följas upp av rektor två gånger per år.",
    "4 Fakultetsnämnder",
    "Vid högskolan finns två fakultetsnämnder, en för humaniora och samhällsvetenskap\n"
    "och en för naturvetenskap och teknik. Varje fakultetsnämnd består av nio ledamöter.",
    "Fakultetsnämnden beslutar om utbildningsplaner och kursplaner inom fakulteten och\n"
    "ansvarar för att utbildning och forskning håller hög kvalitet. Nämnden ska därtill\n"
    "följa upp och utveckla fakultetens forskarutbildning.",
    "Dekanen är ordförande i fakultetsnämnden och leder dess arbete. Dekanen utses av\n"
    "rektor.",
    "5 Förvaltningen",
    "Högskoleförvaltningen leds av förvaltningschefen, som under rektor ansvarar för att\n"
    "förvaltningen ger verksamheten ett effektivt stöd.",
    "Högskolans ledning",
    "Rektor Karin Edvall\nProrektor Johan Stenlund\nFörvaltningschef Maria Öhrn",
]
AO_TEXT = page(AB)
HS = "högskolan i sörberga"
FN = "fakultetsnämnd"
HF = "högskoleförvaltning"


def ahead(n, block, actors=()):
    """An `N Rubrik` heading."""
    return rec(str(n), body(block, str(n)), actors, doc=D, kind="heading", label=str(n))


def apara(cid, block, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, unwrap(block), actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def fnamnd(aim, aim_text, obj, text="Fakultetsnämnden", deontic="none", modal=None):
    """The faculty board's act."""
    return st(FN, text, deontic, modal, aim, aim_text, obj)


ARBETSORDNING = [
    rec("title", AB[0], [("Högskolan i Sörberga", HS, ORG)], doc=D, kind="heading"),
    rec("m1", unwrap(AB[1]), [("styrelsen", "styrelse", POL)], doc=D),
    ahead(3, AB[2], [("Rektor", "rektor", TJP)]),
    apara("3.1", AB[3],
          [("Rektor", "rektor", TJP), ("högskolans", HS, ORG), ("styrelsen", "styrelse", POL),
           ("Rektor", "rektor", TJP, 1), ("styrelsen", "styrelse", POL, 1)],
          [AR, pres("ansvarar", "ansvara"), pres("beslutar", "besluta"), HAR,
           sup("lagts", "lägga", "pass")],
          [st("rektor", "Rektor", "none", None, "vara", "är", "högskolans myndighetschef"),
           st("rektor", "Rektor", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "den samlade verksamheten"),
           st("rektor", "Rektor", "none", None, "besluta", "beslutar",
              "om allt som inte uttryckligen har lagts på styrelsen")]),
    apara("3.2", AB[4],
          [("Prorektor", "prorektor", TJP), ("rektor", "rektor", TJP),
           ("rektor", "rektor", TJP, 1), ("högskolans", HS, ORG),
           ("Prorektor", "prorektor", TJP, 1), ("rektor", "rektor", TJP, 2),
           ("rektors", "rektor", TJP)],
          [AR, HAR, inf("leda"), pres("utses", "utse", "pass")],
          [st("prorektor", "Prorektor", "none", None, "vara", "är", "ersättare för rektor"),
           st("prorektor", "Prorektor", "responsibility", "har i uppdrag att", "leda", "leda",
              "arbetet med högskolans kvalitetssystem", condition="enligt ett beslut av rektor"),
           st("rektor", "rektor", "none", None, "utse", "utses", "Prorektor", passive=True)]),
    apara("3.3", AB[5],
          [("Rektor", "rektor", TJP), ("prorektor", "prorektor", TJP), ("dekanerna", "dekan", TJP),
           ("förvaltningschefen", FC, TJP), ("rektor", "rektor", TJP)],
          [FAR, inf("lämna"), pres("följer", "följa"), sup("delegerats", "delegera", "pass"),
           SKA, inf("följas", "följa", "pass")],
          [st("rektor", "Rektor", "permission", "får", "lämna", "lämna",
              "sin beslutanderätt vidare till prorektor, dekanerna eller förvaltningschefen",
              condition="om inte något annat följer av lag eller förordning"),
           st("rektor", "rektor", "obligation", "ska", "följa", "följas", "Beslut som delegerats",
              passive=True)]),
    ahead(4, AB[6], [("Fakultetsnämnder", FN, POL)]),
    apara("4.1", AB[7],
          [("högskolan", HS, ORG), ("fakultetsnämnder", FN, POL), ("fakultetsnämnd", FN, POL),
           ("ledamöter", "ledamot", FTV)],
          [pres("finns", "finnas"), pres("består", "bestå")],
          [st(FN, "fakultetsnämnder", "none", None, "finnas", "finns"),
           fnamnd("bestå", "består", "av nio ledamöter", "fakultetsnämnd")]),
    apara("4.2", AB[8],
          [("Fakultetsnämnden", FN, POL), ("fakulteten", "fakultet", FORV), ("Nämnden", FN, POL),
           ("fakultetens", "fakultet", FORV)],
          [pres("beslutar", "besluta"), pres("ansvarar", "ansvara"), pres("håller", "hålla"),
           SKA, inf("följa"), inf("utveckla")],
          [fnamnd("besluta", "beslutar", "om utbildningsplaner och kursplaner inom fakulteten"),
           fnamnd("ansvara", "ansvarar", "att utbildning och forskning håller hög kvalitet",
                  deontic="responsibility", modal="ansvarar för"),
           fnamnd("följa", "följa", "fakultetens forskarutbildning", "Nämnden", "obligation",
                  "ska"),
           fnamnd("utveckla", "utveckla", "fakultetens forskarutbildning", "Nämnden",
                  "obligation", "ska")]),
    apara("4.3", AB[9],
          [("Dekanen", "dekan", TJP), ("fakultetsnämnden", FN, POL), ("Dekanen", "dekan", TJP, 1),
           ("rektor", "rektor", TJP)],
          [AR, pres("leder", "leda"), pres("utses", "utse", "pass")],
          [st("dekan", "Dekanen", "none", None, "vara", "är", "ordförande i fakultetsnämnden"),
           st("dekan", "Dekanen", "none", None, "leda", "leder", "dess arbete"),
           st("rektor", "rektor", "none", None, "utse", "utses", "Dekanen", passive=True)]),
    ahead(5, AB[10], [("Förvaltningen", "förvaltning", FORV)]),
    apara("5.1", AB[11],
          [("Högskoleförvaltningen", HF, FORV), ("förvaltningschefen", FC, TJP),
           ("rektor", "rektor", TJP), ("förvaltningen", HF, FORV)],
          [pres("leds", "leda", "pass"), pres("ansvarar", "ansvara"), pres("ger", "ge")],
          [st(FC, "förvaltningschefen", "none", None, "leda", "leds", "Högskoleförvaltningen",
              passive=True),
           st(FC, "förvaltningschefen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "att förvaltningen ger verksamheten ett effektivt stöd")]),
    rec("h6", AB[12], doc=D, kind="heading"),
    rec("h6.1", unwrap(AB[13]),
        [("Rektor", "rektor", TJP), ("Prorektor", "prorektor", TJP),
         ("Förvaltningschef", FC, TJP)], doc=D, parent="h6"),
]

DOCUMENTS = {"w57-z-samverkan": (SV_TEXT, SAMVERKAN),
             "w57-z-delegationsordning": (DO_TEXT, DELEGATIONSORDNING),
             "w57-z-sastyrs": (SS_TEXT, SASTYRS),
             "w57-z-forvaltningschef": (FC_TEXT, FORVALTNINGSCHEF),
             "w57-z-vattennyhet": (VN_TEXT, VATTENNYHET),
             "w57-z-arbetsordning": (AO_TEXT, ARBETSORDNING)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w57-z", DOCUMENTS)
