"""Builds corpus/dev/w51-z.jsonl and the pages corpus/dev/w51-z-*.txt with their gold: the blind
probe w51-z of round 51 (invented pages carrying the traits of the real pages analysed in round
51, as copied from a browser or a flattened PDF), written and annotated by hand from
docs/annotation.md §1–§5 and the rulings at its end before any run; the writer never ran the
extractor on them.
`w51-z-forbundsordning` (a kommunalförbund's förbundsordning as a flattened PDF prints it: a
capitals title wrapped over two blank-line blocks (§1.2 rounds 38, 44: one heading), `§ N`
headings, `<Name> är ett kommunalförbund …` (round 51 b1: later `Kommunalförbundet`,
`Förbundet` take the name), a members copula (no statement, as w50-z), a `ska, <insertion>,
<insertion with `annan för skolväsendet tillämplig författning`>, tillhandahålla platser
inom:` lead-in over `–` noun-phrase items (§5.1 round 38: object the item; the condition stays
in the lead-in's clause), bare `(2)` and `(3)` page counter lines (round 51 b3), `kan en, flera
eller samtliga medlemskommuner uppdra …`, `har till uppgift att … och därvid samråda …` (two aims),
`Förbundets beslutande organ är direktionen.` (round 35 B4, round 46: no statement));
`w51-z-insynsrad` (an agency's insynsråd page: skip link, menu words and trail as chrome,
`är en enrådsmyndighet`, a cleft after a fronted phrase (§5.1: only the `som`-clause), an
`av`-agent passive, `I insynsrådet ingår följande ledamöter:` over label headings `Ordförande:`
/ `Ledamöter:` and name ⏎ title cards (round 51 b2, b4; §5.1 D11: the lead-in states nothing)
and again before a sentence, an update line); `w51-z-stadsfullmaktige` (a Finland-Swedish town's
page: `Gå till innehållet`, menu words and trail, an English machine-translation notice naming
the town (round 47: a clause without spans), `Det högsta beslutande organet i <Place> är
stadsfullmäktige.` (round 51 x1), `väljs av fullmäktige för fyraårsperioder`, `, det vill säga`
+ two infinitives (§5.3: same actor and cue), `granskas enligt kommunallagen av …` (condition
between the passive and its agent), `Svenska`/`Finska utbildningssektionen` (round 51 x3),
`Staden har …`, `Av dessa är drygt 300 personer anställda …`); `w51-z-delegation` (a
socialnämnd's delegationsordning flattened to lines: title `Delegationsordning för <Place>s
socialnämnd` (round 39 C2: one name span), an adoption line, a legend of short forms (round 51
y5), a column-label row (round 43: a heading, no actor), rows with their number as label, a
sentence line after a row (`Kan ordföranden inte nås, får …`), `Delegat:`/`Lagrum:` field
lines under numbered headings); `w51-z-vdinstruktion` (a company's VD-instruktion page under a
`Hem` ⏎ `Om oss` ⏎ `Styrning` ⏎ `Kontakt` menu (round 51 y1: chrome), `har rätt att … och att
själv fatta beslut`, `Utan styrelsens medgivande får VD inte:` over `–` items (round 48),
`Beslut om att bevilja … fattas av ordföranden`, `Vid årsstämman har varje aktieägare som …
en röst …`). Offsets computed.
Run: python corpus/make_w51_z.py corpus/dev"""

import sys

from records import (
    AR,
    EXT,
    FAR,
    FTV,
    HAR,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    inf,
    joined,
    list_item_maker,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w51-z", conditions_from_statements=True)


item = list_item_maker(rec, "–")


def sup(word, lemma, voice="act", nth=0):
    """A supine VERB tuple."""
    return (word, lemma, "sup", voice, nth)


# (a) A kommunalförbund's förbundsordning as a flattened PDF prints it: blank-line blocks.
D = "w51-z-forbundsordning"
FO_TEXT = """FÖRBUNDSORDNING

FÖR HÄLLMO UTBILDNINGSFÖRBUND

§ 1 Namn och säte

Hällmo utbildningsförbund är ett kommunalförbund med säte i Ösjö kommun.

§ 2 Medlemmar

Medlemmar i kommunalförbundet är Ösjö kommun, Stenbrätte kommun och Lidvika kommun.

§ 3 Ändamål

Kommunalförbundet ska, på uppdrag av medlemskommunerna, i enlighet med skollagen samt annan \
för skolväsendet tillämplig författning, tillhandahålla platser inom:
– gymnasieskolan,
– gymnasiesärskolan,
– kommunal vuxenutbildning på grundläggande och gymnasial nivå.

(2)

Därutöver kan en, flera eller samtliga medlemskommuner uppdra åt kommunalförbundet att \
anordna uppdragsutbildning.

Förbundet har till uppgift att verka för ett brett utbildningsutbud för ungdomar och vuxna \
och därvid samråda med medlemskommunerna.

§ 4 Direktion

Förbundets beslutande organ är direktionen.

Direktionen består av fem ledamöter och tre ersättare.

(3)

Direktionen ska varje år fastställa en budget för förbundet.

Förbundet ska hålla medlemskommunerna informerade om verksamhetens utveckling.
"""
L = FO_TEXT.split("\n")
HU = "hällmo utbildningsförbund"
MK = "medlemskommun"
DIR = "direktion"
LEAD = "Kommunalförbundet"


def tillhandahalla(obj):
    """An item's obligation under `Kommunalförbundet ska, …, tillhandahålla platser inom:`."""
    return st(HU, LEAD, "obligation", "ska", "tillhandahålla", "tillhandahålla", obj)


UPPG = "har till uppgift att"
FORBUNDSORDNING = [
    rec("title", joined([L[0], L[2]]), [("HÄLLMO UTBILDNINGSFÖRBUND", HU, ORG)], doc=D,
        kind="heading"),
    rec("§1", "Namn och säte", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", L[6],
        [("Hällmo utbildningsförbund", HU, ORG), ("Ösjö kommun", "ösjö kommun", ORG)], [AR],
        [st(HU, "Hällmo utbildningsförbund", "none", None, "vara", "är",
            "ett kommunalförbund med säte i Ösjö kommun")], doc=D, parent="§1"),
    rec("§2", "Medlemmar", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", L[10],
        [("kommunalförbundet", HU, ORG), ("Ösjö kommun", "ösjö kommun", ORG),
         ("Stenbrätte kommun", "stenbrätte kommun", ORG),
         ("Lidvika kommun", "lidvika kommun", ORG)], [AR], doc=D, parent="§2"),
    rec("§3", "Ändamål", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", L[14], [(LEAD, HU, ORG), ("medlemskommunerna", MK, ORG)],
        [SKA, inf("tillhandahålla")],
        conditions=["i enlighet med skollagen samt annan för skolväsendet tillämplig författning"],
        doc=D, parent="§3"),
    item("§3.1.a", L[15][2:], [], [], [tillhandahalla("gymnasieskolan")], doc=D,
         parent="§3.1"),
    item("§3.1.b", L[16][2:], [], [], [tillhandahalla("gymnasiesärskolan")], doc=D,
         parent="§3.1"),
    item("§3.1.c", L[17][2:], [], [],
         [tillhandahalla("kommunal vuxenutbildning på grundläggande och gymnasial nivå")],
         doc=D, parent="§3.1"),
    rec("§3.2", L[21], [("medlemskommuner", MK, ORG), ("kommunalförbundet", HU, ORG)],
        [KAN, inf("uppdra"), inf("anordna")],
        [st(MK, "medlemskommuner", "permission", "kan", "uppdra", "uppdra",
            "åt kommunalförbundet att anordna uppdragsutbildning")], doc=D, parent="§3"),
    rec("§3.3", L[23], [("Förbundet", HU, ORG), ("medlemskommunerna", MK, ORG)],
        [HAR, inf("verka"), inf("samråda")],
        [st(HU, "Förbundet", "obligation", UPPG, "verka", "verka",
            "för ett brett utbildningsutbud för ungdomar och vuxna"),
         st(HU, "Förbundet", "obligation", UPPG, "samråda", "samråda",
            "med medlemskommunerna")], doc=D, parent="§3"),
    rec("§4", "Direktion", [("Direktion", DIR, POL)], doc=D, kind="heading", label="§ 4"),
    rec("§4.1", L[27], [("Förbundets", HU, ORG), ("direktionen", DIR, POL)], [AR], doc=D,
        parent="§4"),
    rec("§4.2", L[29],
        [("Direktionen", DIR, POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)],
        [pres("består", "bestå")],
        [st(DIR, "Direktionen", "none", None, "bestå", "består",
            "av fem ledamöter och tre ersättare")], doc=D, parent="§4"),
    rec("§4.3", L[33], [("Direktionen", DIR, POL), ("förbundet", HU, ORG)],
        [SKA, inf("fastställa")],
        [st(DIR, "Direktionen", "obligation", "ska", "fastställa", "fastställa",
            "en budget för förbundet")], doc=D, parent="§4"),
    rec("§4.4", L[35], [("Förbundet", HU, ORG), ("medlemskommunerna", MK, ORG)],
        [SKA, inf("hålla")],
        [st(HU, "Förbundet", "obligation", "ska", "hålla", "hålla",
            "medlemskommunerna informerade om verksamhetens utveckling")], doc=D, parent="§4"),
]

# (b) An agency's page on its insynsråd, one clause a line.
D = "w51-z-insynsrad"
IR_TEXT = """Hoppa till huvudinnehållet
Meny
Sök
Start / Om oss / Organisation / Insynsråd
Insynsråd
Statens fjällvårdsverk är en enrådsmyndighet med säte i Vindelå.
Inom myndigheten är det generaldirektören som fattar beslut om verksamhetens inriktning.
Regeringen har inrättat ett insynsråd vid myndigheten.
Insynsrådet ska ge generaldirektören råd och bidra till insyn i verksamheten.
Ledamöterna utses av regeringen för högst tre år.
I insynsrådet ingår följande ledamöter:
Ordförande:
Britt-Marie Sundblad
Generaldirektör, Statens fjällvårdsverk
Ledamöter:
Henrik Algotsson
Rektor, Vindelå högskola
Siv Modig
Ordförande, Svenska Fjällbygdsförbundet
Tomas Grenholm
Kommunalråd, Vindelå kommun
Insynsrådet 2027–2029
I insynsrådet ingår följande ledamöter:
Regeringen beslutar om de nya ledamöterna under våren 2027.
Senast uppdaterad: 12 november 2026
"""
L = IR_TEXT.split("\n")
SF = "statens fjällvårdsverk"
IR = "insynsråd"
GD = "generaldirektör"
REG = "regering"
SFF = "svenska fjällbygdsförbundet"
INSYNSRAD = [
    rec("title", L[4], [("Insynsråd", IR, POL)], doc=D, kind="heading"),
    rec("1", L[5], [("Statens fjällvårdsverk", SF, ORG)], [AR],
        [st(SF, "Statens fjällvårdsverk", "none", None, "vara", "är",
            "en enrådsmyndighet med säte i Vindelå")], doc=D),
    rec("2", L[6], [("myndigheten", SF, ORG), ("generaldirektören", GD, TJP)],
        [AR, pres("fattar", "fatta")],
        [st(GD, "generaldirektören", "none", None, "fatta", "fattar",
            "beslut om verksamhetens inriktning")], doc=D),
    rec("3", L[7], [("Regeringen", REG, EXT), ("insynsråd", IR, POL), ("myndigheten", SF, ORG)],
        [HAR, sup("inrättat", "inrätta")],
        [st(REG, "Regeringen", "none", None, "inrätta", "inrättat",
            "ett insynsråd vid myndigheten")], doc=D),
    rec("4", L[8], [("Insynsrådet", IR, POL), ("generaldirektören", GD, TJP)],
        [SKA, inf("ge"), inf("bidra")],
        [st(IR, "Insynsrådet", "obligation", "ska", "ge", "ge", "generaldirektören råd"),
         st(IR, "Insynsrådet", "obligation", "ska", "bidra", "bidra",
            "till insyn i verksamheten")], doc=D),
    rec("5", L[9], [("Ledamöterna", "ledamot", FTV), ("regeringen", REG, EXT)],
        [pres("utses", "utse", "pass")],
        [st(REG, "regeringen", "none", None, "utse", "utses", "Ledamöterna", passive=True)],
        doc=D),
    rec("6", L[10], [("insynsrådet", IR, POL), ("ledamöter", "ledamot", FTV)],
        [pres("ingår", "ingå")], doc=D),
    rec("h1", L[11], [("Ordförande", "insynsrådets ordförande", FTV)], doc=D, kind="heading"),
    rec("c1", joined(L[12:14]), [("Generaldirektör", GD, TJP), ("Statens fjällvårdsverk", SF, ORG)],
        doc=D, parent="h1"),
    rec("h2", L[14], [("Ledamöter", "ledamot", FTV)], doc=D, kind="heading"),
    rec("c2", joined(L[15:17]), [("Rektor", "rektor", TJP),
                                 ("Vindelå högskola", "vindelå högskola", EXT)],
        doc=D, parent="h2"),
    rec("c3", joined(L[17:19]),
        [("Ordförande", "svenska fjällbygdsförbundets ordförande", FTV),
         ("Svenska Fjällbygdsförbundet", SFF, EXT)], doc=D, parent="h2"),
    rec("c4", joined(L[19:21]), [("Kommunalråd", "kommunalråd", FTV),
                                 ("Vindelå kommun", "vindelå kommun", EXT)],
        doc=D, parent="h2"),
    rec("h3", L[21], [("Insynsrådet", IR, POL)], doc=D, kind="heading"),
    rec("7", L[22], [("insynsrådet", IR, POL), ("ledamöter", "ledamot", FTV)],
        [pres("ingår", "ingå")], doc=D, parent="h3"),
    rec("8", L[23], [("Regeringen", REG, EXT), ("ledamöterna", "ledamot", FTV)],
        [pres("beslutar", "besluta")],
        [st(REG, "Regeringen", "none", None, "besluta", "beslutar",
            "om de nya ledamöterna under våren 2027")], doc=D, parent="h3"),
    rec("m1", L[24], doc=D, parent="h3"),
]

# (c) A Finland-Swedish town's page on its stadsfullmäktige, one clause a line.
D = "w51-z-stadsfullmaktige"
SU_TEXT = """Gå till innehållet
Meny
Sök
Startsida / Beslutsfattande / Stadsfullmäktige
Stadsfullmäktige
This page has been translated by machine. Sundholms stad is not responsible for errors in \
the English text.
Det högsta beslutande organet i Sundholm är stadsfullmäktige.
Stadsfullmäktige har 35 ledamöter.
Stadsstyrelsen och nämnderna
Ledamöterna i stadsstyrelsen och nämnderna väljs av fullmäktige för fyraårsperioder.
Stadsstyrelsen ska sköta stadens ekonomi, det vill säga planera och följa upp budgeten.
Stadens bokslut och räkenskaper granskas enligt kommunallagen av revisionsnämnden och en \
revisor.
Svenska utbildningssektionen svarar för den svenskspråkiga grundskolan och gymnasiet.
Finska utbildningssektionen har motsvarande uppgifter för de finskspråkiga skolorna.
Personal
Sundholms stad har omkring 800 anställda.
Av dessa är drygt 300 personer anställda inom skolväsendet.
"""
L = SU_TEXT.split("\n")
SFM = "stadsfullmäktige"
SS = "stadsstyrelse"
SST = "sundholms stad"
SVU = "svensk utbildningssektion"
FIU = "finsk utbildningssektion"
RN = "revisionsnämnd"
GRANSKA = "Stadens bokslut och räkenskaper"
STADSFULLMAKTIGE = [
    rec("title", L[4], [("Stadsfullmäktige", SFM, POL)], doc=D, kind="heading"),
    rec("1", L[5], doc=D),
    rec("2", L[6], [("stadsfullmäktige", SFM, POL)], [AR], doc=D),
    rec("3", L[7], [("Stadsfullmäktige", SFM, POL), ("ledamöter", "ledamot", FTV)], [HAR],
        [st(SFM, "Stadsfullmäktige", "none", None, "ha", "har", "35 ledamöter")], doc=D),
    rec("h1", L[8], [("Stadsstyrelsen", SS, POL), ("nämnderna", "nämnd", POL)], doc=D,
        kind="heading"),
    rec("4", L[9],
        [("Ledamöterna", "ledamot", FTV), ("stadsstyrelsen", SS, POL),
         ("nämnderna", "nämnd", POL), ("fullmäktige", SFM, POL)],
        [pres("väljs", "välja", "pass")],
        [st(SFM, "fullmäktige", "none", None, "välja", "väljs",
            "Ledamöterna i stadsstyrelsen och nämnderna", passive=True)], doc=D, parent="h1"),
    rec("5", L[10], [("Stadsstyrelsen", SS, POL), ("stadens", SST, ORG)],
        [SKA, inf("sköta"), pres("vill", "vilja"), inf("säga"), inf("planera"),
         inf("följa")],
        [st(SS, "Stadsstyrelsen", "obligation", "ska", "sköta", "sköta", "stadens ekonomi"),
         st(SS, "Stadsstyrelsen", "obligation", "ska", "planera", "planera", "budgeten"),
         st(SS, "Stadsstyrelsen", "obligation", "ska", "följa", "följa", "budgeten")],
        doc=D, parent="h1"),
    rec("6", L[11],
        [("Stadens", SST, ORG), ("revisionsnämnden", RN, POL), ("revisor", "revisor", FTV)],
        [pres("granskas", "granska", "pass")],
        [st(RN, "revisionsnämnden", "none", None, "granska", "granskas", GRANSKA,
            passive=True, condition="enligt kommunallagen"),
         st("revisor", "revisor", "none", None, "granska", "granskas", GRANSKA,
            passive=True, condition="enligt kommunallagen")], doc=D, parent="h1"),
    rec("7", L[12], [("Svenska utbildningssektionen", SVU, POL)], [pres("svarar", "svara")],
        [st(SVU, "Svenska utbildningssektionen", "responsibility", "svarar för", "svara",
            "svarar", "den svenskspråkiga grundskolan och gymnasiet")], doc=D, parent="h1"),
    rec("8", L[13], [("Finska utbildningssektionen", FIU, POL)], [HAR],
        [st(FIU, "Finska utbildningssektionen", "none", None, "ha", "har",
            "motsvarande uppgifter för de finskspråkiga skolorna")], doc=D, parent="h1"),
    rec("h2", L[14], doc=D, kind="heading"),
    rec("9", L[15], [("Sundholms stad", SST, ORG), ("anställda", "anställd", TJP)], [HAR],
        [st(SST, "Sundholms stad", "none", None, "ha", "har", "omkring 800 anställda")],
        doc=D, parent="h2"),
    rec("10", L[16], [("personer", "person", OVR)], [AR],
        [st("person", "personer", "none", None, "vara", "är", "anställda inom skolväsendet")],
        doc=D, parent="h2"),
]

# (d) A socialnämnd's delegationsordning flattened to lines (a table copied cell row by row).
D = "w51-z-delegation"
DL_TEXT = """Delegationsordning för Nyhammars socialnämnd
Beslutad av socialnämnden 2026-12-09, § 112
Förkortningar i delegationsordningen
Ordf Socialnämndens ordförande
AU Socialnämndens arbetsutskott
EC Enhetschef inom individ- och familjeomsorgen
Soc sekr Socialsekreterare
1:e soc sekr Förste socialsekreterare
1 Allmänna bestämmelser
Socialnämnden överlåter med stöd av kommunallagen 6 kap. 37 § sin beslutanderätt till \
delegaterna i denna ordning.
Varje delegat ska rapportera fattade beslut vid nämndens nästkommande sammanträde.
2 Bistånd och stödinsatser
Nr Ärende Delegat Lagrum
2.1 Bistånd i form av försörjningsstöd Soc sekr 4 kap. 1 § SoL
2.2 Bistånd i form av kontaktfamilj 1:e soc sekr 4 kap. 1 § SoL
2.3 Avslag på ansökan om bistånd i form av boende EC 4 kap. 1 § SoL
3 Skydd för barn och unga
Nr Ärende Delegat Lagrum
3.1 Beslut om tillfälligt flyttningsförbud AU 27 § LVU
3.2 Omedelbart omhändertagande av barn Ordf 6 § LVU
Kan ordföranden inte nås, får vice ordföranden fatta beslutet.
4 Övriga ärenden
4.1 Begäran om utdrag ur belastningsregistret
Delegat: 1:e soc sekr
Lagrum: 9 § lagen om registerkontroll
4.2 Beslut om avgift för familjerådgivning
Delegat: Soc sekr
Lagrum: 8 kap. 1 § SoL
"""
L = DL_TEXT.split("\n")
NSN = "nyhammars socialnämnd"
SN = "socialnämnd"
SNO = "socialnämndens ordförande"
SNAU = "socialnämndens arbetsutskott"
EC = "enhetschef"
SS1 = "socialsekreterare"
FSS = "förste socialsekreterare"


def row(cid, line, actors, *, parent):
    """A table row: its number is the label, its cells the text."""
    label, text = line.split(" ", 1)
    assert label == cid
    return rec(cid, text, actors, doc=D, parent=parent, label=label)


def numbered(line):
    """A numbered heading line split into its label and text."""
    return line.split(" ", 1)


DELEGATION = [
    rec("title", L[0], [("Nyhammars socialnämnd", NSN, POL)], doc=D, kind="heading"),
    rec("m1", L[1], [("socialnämnden", SN, POL)], doc=D),
    rec("h1", L[2], doc=D, kind="heading"),
    rec("k1", L[3], [("Ordf", SNO, FTV), ("Socialnämndens ordförande", SNO, FTV)], doc=D,
        parent="h1"),
    rec("k2", L[4], [("AU", SNAU, POL), ("Socialnämndens arbetsutskott", SNAU, POL)], doc=D,
        parent="h1"),
    rec("k3", L[5], [("EC", EC, TJP), ("Enhetschef", EC, TJP)], doc=D, parent="h1"),
    rec("k4", L[6], [("Soc sekr", SS1, TJP), ("Socialsekreterare", SS1, TJP)], doc=D,
        parent="h1"),
    rec("k5", L[7], [("1:e soc sekr", FSS, TJP), ("Förste socialsekreterare", FSS, TJP)],
        doc=D, parent="h1"),
    rec("1", numbered(L[8])[1], doc=D, kind="heading", label="1"),
    rec("1.1", L[9], [("Socialnämnden", SN, POL), ("delegaterna", "delegat", TJP)],
        [pres("överlåter", "överlåta")],
        [st(SN, "Socialnämnden", "none", None, "överlåta", "överlåter",
            "sin beslutanderätt till delegaterna i denna ordning",
            condition="med stöd av kommunallagen 6 kap. 37 §")], doc=D, parent="1"),
    rec("1.2", L[10], [("delegat", "delegat", TJP), ("nämndens", "nämnd", POL)],
        [SKA, inf("rapportera")],
        [st("delegat", "delegat", "obligation", "ska", "rapportera", "rapportera",
            "fattade beslut vid nämndens nästkommande sammanträde")], doc=D, parent="1"),
    rec("2", numbered(L[11])[1], doc=D, kind="heading", label="2"),
    rec("2.h", L[12], doc=D, kind="heading", parent="2"),
    row("2.1", L[13], [("Soc sekr", SS1, TJP)], parent="2"),
    row("2.2", L[14], [("1:e soc sekr", FSS, TJP)], parent="2"),
    row("2.3", L[15], [("EC", EC, TJP)], parent="2"),
    rec("3", numbered(L[16])[1], doc=D, kind="heading", label="3"),
    rec("3.h", L[17], doc=D, kind="heading", parent="3"),
    row("3.1", L[18], [("AU", SNAU, POL)], parent="3"),
    row("3.2", L[19], [("Ordf", SNO, FTV)], parent="3"),
    rec("3.p1", L[20],
        [("ordföranden", "nyhammars socialnämnds ordförande", FTV),
         ("vice ordföranden", "nyhammars socialnämnds vice ordförande", FTV)],
        [("Kan", "kunna", "pres", "act"), inf("nås", "nå", "pass"), FAR, inf("fatta")],
        [st("nyhammars socialnämnds vice ordförande", "vice ordföranden", "permission", "får",
            "fatta", "fatta", "beslutet", condition="Kan ordföranden inte nås")],
        doc=D, parent="3"),
    rec("4", numbered(L[21])[1], doc=D, kind="heading", label="4"),
    rec("4.1", numbered(L[22])[1], doc=D, kind="heading", parent="4", label="4.1"),
    rec("4.1.1", L[23], [("Delegat", "delegat", TJP), ("1:e soc sekr", FSS, TJP)], doc=D,
        parent="4.1"),
    rec("4.1.2", L[24], doc=D, parent="4.1"),
    rec("4.2", numbered(L[25])[1], doc=D, kind="heading", parent="4", label="4.2"),
    rec("4.2.1", L[26], [("Delegat", "delegat", TJP), ("Soc sekr", SS1, TJP)], doc=D,
        parent="4.2"),
    rec("4.2.2", L[27], doc=D, parent="4.2"),
]

# (e) A company's VD-instruktion page under a menu, one clause a line.
D = "w51-z-vdinstruktion"
VD_TEXT = """Hem
Om oss
Styrning
Kontakt
Instruktion för vd i Björkhamns Energi AB
Styrelsen i Björkhamns Energi AB har fastställt denna instruktion den 14 januari 2027.
Verkställande direktörens roll
VD leder bolagets operativa arbete och företräder bolaget utåt.
VD har rätt att fördela arbetsuppgifter mellan de anställda och att själv fatta beslut i \
frågor som rör den dagliga driften.
Utan styrelsens medgivande får VD inte:
– ta upp lån eller ställa säkerhet för annans förpliktelse,
– ingå hyresavtal med längre löptid än tre år,
– göra investeringar som överstiger den fastställda budgeten.
Beslut om att bevilja VD ledighet längre än två veckor fattas av ordföranden.
Arbetsordning för stämman
Vid årsstämman har varje aktieägare som är införd i aktieboken en röst för varje aktie.
Styrelsens ordförande öppnar stämman.
"""
L = VD_TEXT.split("\n")
VD = "verkställande direktör"
STY = "styrelse"
STO = "styrelsens ordförande"
BEA = "björkhamns energi ab"  # §2.3 round 12: `bolaget` is the document's company
RATT = "har rätt att"


def far_inte(aim, obj):
    """An item's prohibition under `Utan styrelsens medgivande får VD inte:`."""
    return st(VD, "VD", "prohibition", "får", aim, aim, obj, negated=True)


VDINSTRUKTION = [
    rec("title", L[4], [("vd", VD, TJP), ("Björkhamns Energi AB", BEA, ORG)],
        doc=D, kind="heading"),
    rec("1", L[5], [("Styrelsen", STY, POL), ("Björkhamns Energi AB", BEA, ORG)],
        [HAR, sup("fastställt", "fastställa")],
        [st(STY, "Styrelsen", "none", None, "fastställa", "fastställt",
            "denna instruktion den 14 januari 2027")], doc=D),
    rec("h1", L[6], [("Verkställande direktörens", VD, TJP)], doc=D, kind="heading"),
    rec("2", L[7], [("VD", VD, TJP), ("bolagets", BEA, ORG), ("bolaget", BEA, ORG)],
        [pres("leder", "leda"), pres("företräder", "företräda")],
        [st(VD, "VD", "none", None, "leda", "leder", "bolagets operativa arbete"),
         st(VD, "VD", "none", None, "företräda", "företräder", "bolaget utåt")],
        doc=D, parent="h1"),
    rec("3", L[8], [("VD", VD, TJP), ("anställda", "anställd", TJP)],
        [HAR, inf("fördela"), inf("fatta"), pres("rör", "röra")],
        [st(VD, "VD", "permission", RATT, "fördela", "fördela",
            "arbetsuppgifter mellan de anställda"),
         st(VD, "VD", "permission", RATT, "fatta", "fatta",
            "beslut i frågor som rör den dagliga driften")], doc=D, parent="h1"),
    rec("4", L[9], [("styrelsens", STY, POL), ("VD", VD, TJP)], [FAR], doc=D, parent="h1"),
    item("4.a", L[10][2:], [], [inf("ta"), inf("ställa")],
         [far_inte("ta", "lån"), far_inte("ställa", "säkerhet för annans förpliktelse")],
         doc=D, parent="4"),
    item("4.b", L[11][2:], [], [inf("ingå")],
         [far_inte("ingå", "hyresavtal med längre löptid än tre år")], doc=D, parent="4"),
    item("4.c", L[12][2:], [], [inf("göra"), pres("överstiger", "överstiga")],
         [far_inte("göra", "investeringar som överstiger den fastställda budgeten")], doc=D,
         parent="4"),
    rec("5", L[13], [("VD", VD, TJP), ("ordföranden", STO, FTV)],
        [inf("bevilja"), pres("fattas", "fatta", "pass")],
        [st(STO, "ordföranden", "none", None, "fatta", "fattas",
            "Beslut om att bevilja VD ledighet längre än två veckor", passive=True)],
        doc=D, parent="h1"),
    rec("h2", L[14], [("stämman", "stämma", POL)], doc=D, kind="heading"),
    rec("6", L[15], [("årsstämman", "årsstämma", POL), ("aktieägare", "aktieägare", OVR)],
        [HAR, AR],
        [st("aktieägare", "aktieägare", "none", None, "ha", "har", "en röst för varje aktie",
            condition="Vid årsstämman"),
         st("aktieägare", "aktieägare", "none", None, "vara", "är", "införd i aktieboken")],
        doc=D, parent="h2"),
    rec("7", L[16], [("Styrelsens ordförande", STO, FTV), ("stämman", "stämma", POL)],
        [pres("öppnar", "öppna")],
        [st(STO, "Styrelsens ordförande", "none", None, "öppna", "öppnar", "stämman")],
        doc=D, parent="h2"),
]

DOCUMENTS = {"w51-z-forbundsordning": (FO_TEXT, FORBUNDSORDNING),
             "w51-z-insynsrad": (IR_TEXT, INSYNSRAD),
             "w51-z-stadsfullmaktige": (SU_TEXT, STADSFULLMAKTIGE),
             "w51-z-delegation": (DL_TEXT, DELEGATION),
             "w51-z-vdinstruktion": (VD_TEXT, VDINSTRUKTION)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-z", DOCUMENTS)
