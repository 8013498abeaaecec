"""Builds corpus/dev/w50-z.jsonl and the pages corpus/dev/w50-z-*.txt with their gold: the blind
probe w50-z of round 50 (invented pages carrying the traits of the real pages analysed in round
50, as copied from a browser or a docplayer print), written and annotated by hand from
docs/annotation.md §1–§5 and the rulings at its end before any run; the writer never ran the
extractor on them.
`w50-z-kommunstyrelse` (a kommun's kommunstyrelse page: skip link, a logo alt text `<Org>
Logotyp`, a search toggle and a `/` trail as chrome; `har uppsikt över`, `Inför
Budgetfullmäktige …` (round 50 v3: no actor), `Enligt 6 kap. 37 § kommunallagen<link label>
får en nämnd uppdra …` (round 50 b6), `Vid sidan om X finns Y som …`, `kan liknas vid` (round
47: none, passive), `justeras av ordföranden och en justerare` (round 50 v2), a link line with
a glued `öppnas i nytt fönster`, role lines `Ordförande är <Name><label> (<party>)` (round 42,
b4, b6), a `Kontakt` card without contact lines (b3), a byline and an update line whose date
wraps to the next line (b5, §1.1 round 45)); `w50-z-delegation` (a socialnämnd's
delegationsordning as docplayer prints it: the title, viewer lines, page lines `N <title tail>
N:12 RUBRIK <text>` (round 50 v1, round 49 R3 ao), `är verksamhetsansvarig för` (round 50 R1),
`Nämndens nio ordinarie ledamöter`, an incomplete lead-in over `•` items glued to their first
word, two opening with an adverbial or a `när`-clause before the infinitive, a complete
sentence over `om`-condition items); `w50-z-ledning` (a högskola's ledning page:
`Högskoleledningen` (§2.1 round 23 `-ledning` bodies), a late subject list after `ingår` whose
first member carries a PP attribute, `Vid mötet har styrelsen fastställt …`, an agency's name
mid-sentence and `myndigheten` (round 50 R3, round 49 R5), an acronym definition line (round
50 R2) and the acronym mid-sentence, a contact card); `w50-z-forbund` (a kommunalförbund's
förbundsordning page: a naming clause, `Landstinget i <Län>` and bare `landstinget` (round 50
b1), a `ska sörja för:` lead-in over `att` + subject + verb items, a three-member suspended
compound nämnd, `regleras i bolagsordningen` (round 50 R2 bw: no statement), a quoted verb
(round 50 b2)); `w50-z-stadgar` (an association's stadgar page: `§ N Rubrik` headings, a
naming clause, `har till uppgift att:` over glued `•` items with an adverbial and a
`när`-clause first, a relative clause with an actor subject, a byline and a wrapped update
line). Offsets computed.
Run: python corpus/make_w50_z.py corpus/dev"""

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
    TJP,
    inf,
    joined,
    list_item_maker,
    pres,
    records_for,
    write_part,
)
from records import statement as st

FTV = "förtroendevald"
rec = records_for("w50-z", conditions_from_statements=True)


item = list_item_maker(rec, "•")


def sup(word, lemma, voice="act", nth=0):
    """A supine VERB tuple."""
    return (word, lemma, "sup", voice, nth)


# (a) A kommun's kommunstyrelse page, one clause a line.
D = "w50-z-kommunstyrelse"
KS_TEXT = """Hoppa till huvudinnehåll
Ekbacka kommun Logotyp
Öppna sök Sök
Meny
Start / Kommun och politik / Kommunstyrelsen
Kommunstyrelsen
Kommunstyrelsen leder och samordnar Ekbacka kommuns verksamhet och har uppsikt över de \
övriga nämnderna.
Inför Budgetfullmäktige i juni upprättar styrelsen ett förslag till budget för de kommande \
tre åren.
Enligt 6 kap. 37 § kommunallagenlänk till annan webbplats får en nämnd uppdra åt sitt presidium \
eller en enskild ledamot att fatta beslut i vissa ärenden.
Kommunstyrelsen har därför inrättat ett arbetsutskott med fem ledamöter.
Vid sidan om arbetsutskottet finns ett personalutskott som förhandlar med de fackliga \
organisationerna.
Kommunstyrelsens arbetsutskott kan liknas vid styrelsens beredningsorgan.
Varje protokoll justeras inom en vecka av ordföranden och en justerare.
Läs reglementetöppnas i nytt fönster
Styrelsens presidium
Ordförande är Maria Holmqvistlänk till annan webbplats (C)
förste vice ordförande är Arvid Lönn (M)
Andre vice ordförande är Sanna Kullberg (S)
Kontakt
Kommunsekreterare
Jonas Eklöv
Publicerad av: Lina Forsberg
Senast uppdaterad:
3 november 2026
"""
L = KS_TEXT.split("\n")
KS = "kommunstyrelse"
KSO = "kommunstyrelsens ordförande"
KSAU = "kommunstyrelsens arbetsutskott"
KS_OBJ = "Ekbacka kommuns verksamhet"
KOMMUNSTYRELSE = [
    rec("title", L[5], [("Kommunstyrelsen", KS, POL)], doc=D, kind="heading"),
    rec("1", L[6],
        [("Kommunstyrelsen", KS, POL), ("Ekbacka kommuns", "ekbacka kommun", ORG),
         ("nämnderna", "nämnd", POL)],
        [pres("leder", "leda"), pres("samordnar", "samordna"), HAR],
        [st(KS, "Kommunstyrelsen", "none", None, "leda", "leder", KS_OBJ),
         st(KS, "Kommunstyrelsen", "none", None, "samordna", "samordnar", KS_OBJ),
         st(KS, "Kommunstyrelsen", "none", None, "ha", "har",
            "uppsikt över de övriga nämnderna")], doc=D),
    rec("2", L[7], [("styrelsen", KS, POL)], [pres("upprättar", "upprätta")],
        [st(KS, "styrelsen", "none", None, "upprätta", "upprättar",
            "ett förslag till budget för de kommande tre åren")], doc=D),
    rec("3", L[8],
        [("nämnd", "nämnd", POL), ("presidium", "presidium", POL), ("ledamot", "ledamot", FTV)],
        [FAR, inf("uppdra"), inf("fatta")],
        [st("nämnd", "nämnd", "permission", "får", "uppdra", "uppdra",
            "åt sitt presidium eller en enskild ledamot att fatta beslut i vissa ärenden",
            condition="Enligt 6 kap. 37 § kommunallagen")], doc=D),
    rec("4", L[9],
        [("Kommunstyrelsen", KS, POL), ("arbetsutskott", "arbetsutskott", POL),
         ("ledamöter", "ledamot", FTV)],
        [HAR, sup("inrättat", "inrätta")],
        [st(KS, "Kommunstyrelsen", "none", None, "inrätta", "inrättat",
            "ett arbetsutskott med fem ledamöter")], doc=D),
    rec("5", L[10],
        [("arbetsutskottet", "arbetsutskott", POL), ("personalutskott", "personalutskott", POL),
         ("fackliga organisationerna", "facklig organisation", EXT)],
        [pres("finns", "finnas"), pres("förhandlar", "förhandla")],
        [st("personalutskott", "personalutskott", "none", None, "finnas", "finns"),
         st("personalutskott", "personalutskott", "none", None, "förhandla", "förhandlar",
            "med de fackliga organisationerna")], doc=D),
    rec("6", L[11], [("Kommunstyrelsens arbetsutskott", KSAU, POL), ("styrelsens", KS, POL)],
        [KAN, inf("liknas", "likna", "pass")],
        [st(KSAU, "Kommunstyrelsens arbetsutskott", "none", None, "likna", "liknas",
            "vid styrelsens beredningsorgan", passive=True)], doc=D),
    rec("7", L[12], [("ordföranden", KSO, FTV), ("justerare", "justerare", FTV)],
        [pres("justeras", "justera", "pass")],
        [st(KSO, "ordföranden", "none", None, "justera", "justeras", "Varje protokoll",
            passive=True),
         st("justerare", "justerare", "none", None, "justera", "justeras", "Varje protokoll",
            passive=True)], doc=D),
    rec("8", L[13], [], [("Läs", "läsa", "imp", "act")], doc=D),
    rec("h1", L[14], [("Styrelsens presidium", "kommunstyrelsens presidium", POL)], doc=D,
        kind="heading"),
    rec("9", L[15], [], [AR], doc=D, parent="h1"),
    rec("10", L[16], [], [AR], doc=D, parent="h1"),
    rec("11", L[17], [], [AR], doc=D, parent="h1"),
    rec("h2", L[18], doc=D, kind="heading"),
    rec("m1", joined(L[19:21]), [("Kommunsekreterare", "kommunsekreterare", TJP)], doc=D,
        parent="h2"),
    rec("m2", L[21], doc=D, parent="h2"),
    rec("m3", joined(L[22:24]), doc=D, parent="h2"),
]

# (b) A socialnämnd's delegationsordning as docplayer prints it.
D = "w50-z-delegation"
DEL_TEXT = """Delegationsordning för socialnämnden i Ekbacka kommun
Save this PDF as:
WORD PNG TXT JPG
Starta visningen från sidan:
Storlek: px
1 socialnämnden i Ekbacka kommun 1:12 INLEDNING Socialnämnden är verksamhetsansvarig för \
individ- och familjeomsorgen i kommunen.
Nämndens nio ordinarie ledamöter sammanträder en gång i månaden.
Förvaltningschefen får utan föregående anmälan till nämnden:
•besluta om ekonomiskt bistånd utöver riksnormen,
•vid akuta placeringar fatta beslut om tillfälligt boende,
•när en placering upphör besluta om fortsatt stöd till familjen.
Delegaten ska löpande rapportera sina beslut till nämnden.
Ordföranden får besluta i nämndens ställe i följande fall.
•om nämndens arbetsutskott inte kan sammankallas,
•om ett beslut om omedelbart omhändertagande inte kan vänta.
2 socialnämnden i Ekbacka kommun 2:12 VIDAREDELEGERING Förvaltningschefen får i sin tur \
överföra rätten att besluta till en enhetschef.
"""
L = DEL_TEXT.split("\n")
SN = "socialnämnd"
FC = "förvaltningschef"
SNO = "socialnämndens ordförande"
P1 = L[5].split(" 1:12 ", 1)[1]
P2 = L[15].split(" 2:12 ", 1)[1]
H1, T1 = P1.split(" ", 1)
H2, T2 = P2.split(" ", 1)
LEAD = "Förvaltningschefen"


def fc_may(aim, obj, condition=None):
    """An item's permission under `Förvaltningschefen får …:`."""
    return st(FC, LEAD, "permission", "får", aim, aim, obj, condition=condition)


DELEGATION = [
    rec("title", L[0], [("socialnämnden", SN, POL), ("Ekbacka kommun", "ekbacka kommun", ORG)],
        doc=D, kind="heading"),
    rec("m1", L[1], doc=D),
    rec("m2", L[2], doc=D),
    rec("m3", L[3], doc=D),
    rec("m4", L[4], doc=D),
    rec("h1", H1, doc=D, kind="heading"),
    rec("1", T1,
        [("Socialnämnden", SN, POL), ("kommunen", "ekbacka kommun", ORG)], [AR],
        [st(SN, "Socialnämnden", "responsibility", "är verksamhetsansvarig för", "ansvara",
            "är", "individ- och familjeomsorgen i kommunen")], doc=D, parent="h1"),
    rec("2", L[6], [("Nämndens nio ordinarie ledamöter", "nämndens ledamot", FTV)],
        [pres("sammanträder", "sammanträda")],
        [st("nämndens ledamot", "Nämndens nio ordinarie ledamöter", "none", None,
            "sammanträda", "sammanträder", "en gång i månaden")], doc=D, parent="h1"),
    rec("3", L[7], [(LEAD, FC, TJP), ("nämnden", "nämnd", POL)], [FAR], doc=D, parent="h1"),
    item("3.a", L[8][1:], [], [inf("besluta")],
         [fc_may("besluta", "om ekonomiskt bistånd utöver riksnormen")], doc=D, parent="3"),
    item("3.b", L[9][1:], [], [inf("fatta")],
         [fc_may("fatta", "beslut om tillfälligt boende", "vid akuta placeringar")], doc=D,
         parent="3"),
    item("3.c", L[10][1:], [], [pres("upphör", "upphöra"), inf("besluta")],
         [fc_may("besluta", "om fortsatt stöd till familjen", "när en placering upphör")],
         doc=D, parent="3"),
    rec("4", L[11], [("Delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [SKA, inf("rapportera")],
        [st("delegat", "Delegaten", "obligation", "ska", "rapportera", "rapportera",
            "sina beslut till nämnden")], doc=D, parent="h1"),
    rec("5", L[12], [("Ordföranden", SNO, FTV), ("nämndens", "nämnd", POL)],
        [FAR, inf("besluta")],
        [st(SNO, "Ordföranden", "permission", "får", "besluta", "besluta",
            "i nämndens ställe i följande fall")], doc=D, parent="h1"),
    item("5.a", L[13][1:], [("nämndens arbetsutskott", "nämndens arbetsutskott", POL)],
         [KAN, inf("sammankallas", "sammankalla", "pass")],
         conditions=["om nämndens arbetsutskott inte kan sammankallas"], doc=D, parent="5"),
    item("5.b", L[14][1:], [], [KAN, inf("vänta")],
         conditions=["om ett beslut om omedelbart omhändertagande inte kan vänta"], doc=D,
         parent="5"),
    rec("h2", H2, doc=D, kind="heading"),
    rec("6", T2, [(LEAD, FC, TJP), ("enhetschef", "enhetschef", TJP)],
        [FAR, inf("överföra"), inf("besluta")],
        [st(FC, LEAD, "permission", "får", "överföra", "överföra",
            "rätten att besluta till en enhetschef")], doc=D, parent="h2"),
]

# (c) A högskola's page on its ledning, one clause a line.
D = "w50-z-ledning"
HS_TEXT = """Hoppa till innehåll
Sjöviks högskola Logotyp
Sök
Stäng sök
Start › Om högskolan › Ledning och organisation
Ledning och organisation
Högskoleledningen vid Sjöviks högskola består av rektor, prorektor och högskoledirektören.
Rektor är verksamhetsansvarig för högskolans utbildning och forskning.
I högskolestyrelsen ingår en ordförande med erfarenhet från näringslivet, sju ledamöter från \
samhället och tre studentrepresentanter.
Vid mötet har styrelsen fastställt högskolans verksamhetsplan för 2027.
Utbildningarna granskas regelbundet av Examensverket och myndigheten kan återkalla ett \
examenstillstånd.
Utskott
FUn, Forskarutbildningsutskottet – frågor om antagning, handledning och examination i \
forskarutbildningen
Beslut om antagning till forskarutbildning fattas av FUn.
Kontakt
Rektor
Karin Wadström
"""
L = HS_TEXT.split("\n")
HSK = "sjöviks högskola"
HST = "högskolestyrelse"
FU = "forskarutbildningsutskott"
EXV = "examensverket"


def ingar(actor, text):
    """`I högskolestyrelsen ingår …`: each member's (X, none, ingå)."""
    return st(actor, text, "none", None, "ingå", "ingår", "högskolestyrelsen")


LEDNING = [
    rec("title", L[5], doc=D, kind="heading"),
    rec("1", L[6],
        [("Högskoleledningen", "högskoleledning", FORV), ("Sjöviks högskola", HSK, ORG),
         ("rektor", "rektor", TJP), ("prorektor", "prorektor", TJP),
         ("högskoledirektören", "högskoledirektör", TJP)],
        [pres("består", "bestå")],
        [st("högskoleledning", "Högskoleledningen", "none", None, "bestå", "består",
            "av rektor, prorektor och högskoledirektören")], doc=D),
    rec("2", L[7], [("Rektor", "rektor", TJP), ("högskolans", HSK, ORG)], [AR],
        [st("rektor", "Rektor", "responsibility", "är verksamhetsansvarig för", "ansvara",
            "är", "högskolans utbildning och forskning")], doc=D),
    rec("3", L[8],
        [("högskolestyrelsen", HST, POL), ("ordförande", "ordförande", FTV),
         ("ledamöter", "ledamot", FTV), ("studentrepresentanter", "studentrepresentant", FTV)],
        [pres("ingår", "ingå")],
        [ingar("ordförande", "ordförande"), ingar("ledamot", "ledamöter"),
         ingar("studentrepresentant", "studentrepresentanter")], doc=D),
    rec("4", L[9], [("styrelsen", HST, POL), ("högskolans", HSK, ORG)],
        [HAR, sup("fastställt", "fastställa")],
        [st(HST, "styrelsen", "none", None, "fastställa", "fastställt",
            "högskolans verksamhetsplan för 2027", condition="Vid mötet")], doc=D),
    rec("5", L[10],
        [("Examensverket", EXV, EXT), ("myndigheten", EXV, EXT)],
        [pres("granskas", "granska", "pass"), KAN, inf("återkalla")],
        [st(EXV, "Examensverket", "none", None, "granska", "granskas", "Utbildningarna",
            passive=True),
         st(EXV, "myndigheten", "permission", "kan", "återkalla", "återkalla",
            "ett examenstillstånd")], doc=D),
    rec("h1", L[11], [("Utskott", "utskott", POL)], doc=D, kind="heading"),
    rec("6", L[12], [("FUn", FU, POL), ("Forskarutbildningsutskottet", FU, POL)], doc=D,
        parent="h1"),
    rec("7", L[13], [("FUn", FU, POL)], [pres("fattas", "fatta", "pass")],
        [st(FU, "FUn", "none", None, "fatta", "fattas",
            "Beslut om antagning till forskarutbildning", passive=True)], doc=D, parent="h1"),
    rec("h2", L[14], doc=D, kind="heading"),
    rec("m1", joined(L[15:17]), [("Rektor", "rektor", TJP)], doc=D, parent="h2"),
]

# (d) A kommunalförbund's förbundsordning page, one clause a line.
D = "w50-z-forbund"
FB_TEXT = """Hoppa till innehåll
Västerlunds vattenförbund Logotyp
Öppna sök
Start / Om förbundet / Förbundsordning
Förbundsordning
Kommunalförbundets namn är Västerlunds vattenförbund.
Förbundets medlemmar är Landstinget i Västerlunds län, Åsunda kommun och Vretby kommun.
Förbundet ska sörja för:
– att vattentäkterna i medlemskommunerna skyddas mot föroreningar,
– att landstinget får underlag för sitt smittskyddsarbete,
– att varje medlemskommun kan ta del av förbundets provtagning.
Förbundet ”svarar” för medlemskommunernas dricksvattenförsörjning.
Direktion
Direktionen är förbundets beslutande organ och har sju ledamöter.
Bygg-, miljö- och hälsoskyddsnämnden i Åsunda kommun har överlåtit tillsynen över enskilda \
avlopp till förbundet.
Förbundet äger Västerlund Vatten AB.
Bolagets verksamhet regleras i bolagsordningen.
"""
L = FB_TEXT.split("\n")
VF = "västerlunds vattenförbund"
LT = "landstinget i västerlunds län"
MK = "medlemskommun"
BMH = "bygg-, miljö- och hälsoskyddsnämnd"


def sorja(obj):
    """An item's obligation under `Förbundet ska sörja för:`."""
    return st(VF, "Förbundet", "obligation", "ska", "sörja", "sörja", obj)


FORBUND = [
    rec("title", L[4], doc=D, kind="heading"),
    rec("1", L[5], [("Kommunalförbundets", VF, ORG), ("Västerlunds vattenförbund", VF, ORG)],
        [AR], doc=D),
    rec("2", L[6],
        [("Förbundets", VF, ORG), ("Landstinget i Västerlunds län", LT, ORG),
         ("Åsunda kommun", "åsunda kommun", ORG), ("Vretby kommun", "vretby kommun", ORG)],
        [AR], doc=D),
    rec("3", L[7], [("Förbundet", VF, ORG)], [SKA, inf("sörja")], doc=D),
    item("3.a", L[8][2:], [("medlemskommunerna", MK, ORG)],
         [pres("skyddas", "skydda", "pass")],
         [sorja(L[8][2:-1])], doc=D, parent="3", label="–"),
    item("3.b", L[9][2:], [("landstinget", LT, ORG)], [pres("får", "få")],
         [sorja(L[9][2:-1])], doc=D, parent="3", label="–"),
    item("3.c", L[10][2:], [("medlemskommun", MK, ORG), ("förbundets", VF, ORG)],
         [KAN, inf("ta")], [sorja(L[10][2:-1])], doc=D, parent="3", label="–"),
    rec("4", L[11], [("Förbundet", VF, ORG), ("medlemskommunernas", MK, ORG)],
        [pres("svarar", "svara")],
        [st(VF, "Förbundet", "responsibility", "svarar för", "svara", "svarar",
            "medlemskommunernas dricksvattenförsörjning")], doc=D),
    rec("h1", L[12], [("Direktion", "direktion", POL)], doc=D, kind="heading"),
    rec("5", L[13],
        [("Direktionen", "direktion", POL), ("förbundets", VF, ORG),
         ("ledamöter", "ledamot", FTV)],
        [AR, HAR],
        [st("direktion", "Direktionen", "none", None, "vara", "är",
            "förbundets beslutande organ"),
         st("direktion", "Direktionen", "none", None, "ha", "har", "sju ledamöter")],
        doc=D, parent="h1"),
    rec("6", L[14],
        [("Bygg-, miljö- och hälsoskyddsnämnden", BMH, POL),
         ("Åsunda kommun", "åsunda kommun", ORG), ("förbundet", VF, ORG)],
        [HAR, sup("överlåtit", "överlåta")],
        [st(BMH, "Bygg-, miljö- och hälsoskyddsnämnden", "none", None, "överlåta",
            "överlåtit", "tillsynen över enskilda avlopp till förbundet")], doc=D, parent="h1"),
    rec("7", L[15], [("Förbundet", VF, ORG), ("Västerlund Vatten AB", "västerlund vatten ab",
                                               ORG)],
        [pres("äger", "äga")],
        [st(VF, "Förbundet", "none", None, "äga", "äger", "Västerlund Vatten AB")], doc=D,
        parent="h1"),
    rec("8", L[16], [("Bolagets", "västerlund vatten ab", ORG)],
        [pres("regleras", "reglera", "pass")], doc=D, parent="h1"),
]

# (e) An association's stadgar page, one clause a line.
D = "w50-z-stadgar"
ST_TEXT = """Hoppa till innehåll
Lövsta hembygdsförening Logotyp
Öppna sök Sök
Start / Om föreningen / Stadgar
Stadgar för Lövsta hembygdsförening
§ 1 Namn
Föreningens namn är Lövsta hembygdsförening.
§ 2 Styrelse
Styrelsen består av en ordförande, en kassör och tre ledamöter.
Årsmötet väljer styrelsens ordförande för ett år i taget.
Styrelsen har till uppgift att:
•förvalta föreningens tillgångar och samlingar,
•varje år före den 15 februari avge en årsredovisning,
•när minst tio medlemmar begär det kalla medlemmarna till möte.
§ 3 Revision
Bokföringen och styrelsens förvaltning prövas av två revisorer som årsmötet utser.
Revisorerna ska överlämna sin granskningsrapport till styrelsen senast tre veckor före årsmötet.
Publicerad av: Gunnel Åhman
Senast uppdaterad:
30 september 2026
"""
L = ST_TEXT.split("\n")
LH = "lövsta hembygdsförening"
STY = "styrelse"
ARS = "årsmöte"
UPPG = "har till uppgift att"


def uppgift(aim, obj, condition=None):
    """An item's obligation under `Styrelsen har till uppgift att:`."""
    return st(STY, "Styrelsen", "obligation", UPPG, aim, aim, obj, condition=condition)


STADGAR = [
    rec("title", L[4], [("Lövsta hembygdsförening", LH, ORG)], doc=D, kind="heading"),
    rec("§1", "Namn", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", L[6], [("Föreningens", LH, ORG), ("Lövsta hembygdsförening", LH, ORG)], [AR],
        doc=D, parent="§1"),
    rec("§2", "Styrelse", [("Styrelse", STY, POL)], doc=D, kind="heading", label="§ 2"),
    rec("§2.1", L[8],
        [("Styrelsen", STY, POL), ("ordförande", "ordförande", FTV), ("kassör", "kassör", FTV),
         ("ledamöter", "ledamot", FTV)],
        [pres("består", "bestå")],
        [st(STY, "Styrelsen", "none", None, "bestå", "består",
            "av en ordförande, en kassör och tre ledamöter")], doc=D, parent="§2"),
    rec("§2.2", L[9],
        [("Årsmötet", ARS, OVR), ("styrelsens ordförande", "styrelsens ordförande", FTV)],
        [pres("väljer", "välja")],
        [st(ARS, "Årsmötet", "none", None, "välja", "väljer",
            "styrelsens ordförande för ett år i taget")], doc=D, parent="§2"),
    rec("§2.3", L[10], [("Styrelsen", STY, POL)], [HAR], doc=D, parent="§2"),
    item("§2.3.a", L[11][1:], [("föreningens", LH, ORG)], [inf("förvalta")],
         [uppgift("förvalta", "föreningens tillgångar och samlingar")], doc=D, parent="§2.3"),
    item("§2.3.b", L[12][1:], [], [inf("avge")],
         [uppgift("avge", "en årsredovisning")], doc=D, parent="§2.3"),
    item("§2.3.c", L[13][1:], [("medlemmar", "medlem", OVR), ("medlemmarna", "medlem", OVR)],
         [pres("begär", "begära"), inf("kalla")],
         [uppgift("kalla", "medlemmarna till möte", "när minst tio medlemmar begär det")],
         doc=D, parent="§2.3"),
    rec("§3", "Revision", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", L[15],
        [("styrelsens", STY, POL), ("revisorer", "revisor", FTV), ("årsmötet", ARS, OVR)],
        [pres("prövas", "pröva", "pass"), pres("utser", "utse")],
        [st("revisor", "revisorer", "none", None, "pröva", "prövas",
            "Bokföringen och styrelsens förvaltning", passive=True),
         st(ARS, "årsmötet", "none", None, "utse", "utser", "två revisorer")], doc=D,
        parent="§3"),
    rec("§3.2", L[16],
        [("Revisorerna", "revisor", FTV), ("styrelsen", STY, POL), ("årsmötet", ARS, OVR)],
        [SKA, inf("överlämna")],
        [st("revisor", "Revisorerna", "obligation", "ska", "överlämna", "överlämna",
            "sin granskningsrapport till styrelsen")], doc=D, parent="§3"),
    rec("m1", L[17], doc=D, parent="§3"),
    rec("m2", joined(L[18:20]), doc=D, parent="§3"),
]

DOCUMENTS = {"w50-z-kommunstyrelse": (KS_TEXT, KOMMUNSTYRELSE),
             "w50-z-delegation": (DEL_TEXT, DELEGATION),
             "w50-z-ledning": (HS_TEXT, LEDNING),
             "w50-z-forbund": (FB_TEXT, FORBUND),
             "w50-z-stadgar": (ST_TEXT, STADGAR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-z", DOCUMENTS)
