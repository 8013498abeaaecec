"""Builds corpus/dev/w52-z.jsonl and the pages corpus/dev/w52-z-*.txt with their gold: the blind
probe w52-z of round 52 (invented pages carrying the traits of the real pages analysed in round
52, as copied from a browser, a docplayer print or a flattened PDF), written and annotated by
hand from docs/annotation.md §1–§5 and the rulings at its end (round 52: z1, c1, l1–l3, a1–a2,
h1–h5) before any run; the writer never ran the extractor on them.
`w52-z-pensionarsrad` (an omsorgsnämnd's page with its two councils: skip link and trail as
chrome, a bare `Nämnden` under the page titled with the nämnd (round 49: `nämnd`), `Rådet består
av:` over `<N> ledamöter <Organisation> (<ACR>)` count lines (§5.1: phrase items complete the
lead-in's verb; the acronym an alias, round 51 y3), `Det här gör rådet:` over present-tense verb
items (the lead-in's subject acts in each), `Rådet ska också:` over infinitive items, one a rare
verb (`initiera`), `Ordförande i rådet och i dess arbetsutskott är ett kommunalråd.` (round 52 z1:
the bare office), an update line); `w52-z-forbundsordning` (a räddningstjänstförbund's
förbundsordning as docplayer prints it, one line a page: the title copy, a field label without
value `Gäller fr o m` and `Sida N (12)` at each line's start as the running header (furniture,
round 43), numbered headings run into their sentences, `<Name> är ett kommunalförbund` (round
51 b1: `Förbundet` takes the name), `Kommunerna A, B och C samt Region D är medlemmar i
förbundet` (no statement; bare place names after the plural kind noun are no actors, round 50),
`3 Förbundet har till ändamål 3 Förbundet har till ändamål att …` (round 52 a2) with insertions
before the infinitives (round 39), `Förbundets högsta beslutande organ är direktionen.`,
`I budgeten ska bla anges …` (round 50 R2: no statement)); `w52-z-kommunledning` (a kommun's
organisation page: `Kommunledningsförvaltningen` ⏎ `Förvaltningen ansvarar …` (round 52 c1),
`har valt att` (supine: aim `välja`), `är huvudman för … och ansvarig för …`, `Kommunstyrelsen
har uppsiktsplikt …, vilket innebär att styrelsen ska …` (round 52 a1; the content clause states
nothing, round 47), `Ansvaret för arkivet har kommunstyrelsen.` (a fronted object: the
responsibility of the subject after the verb), a column header `Ärendetyp Delegat` glued to the
first row (round 43: a heading), a capitalised passive in a cell `Utses av nämnden`);
`w52-z-bolagsordning` (a water company's bolagsordning and ägardirektiv: `<Name> (<ACR>) AB` in
the title and `… (<ACR>) Aktiebolag` in the naming clause (round 52 h1: one canonical `… ab`),
`Bolaget äger kommunala anläggningar …`, `i enlighet med …, denna bolagsordning och behörigen
fattade beslut samt bidra till …`, an ägardirektiv flattened to one line with `2 Delägare i
bolaget är Granby, Lövsta och Tallås kommun …` (round 52 h2; no statement), `VD ska har …`
(round 52 h4: aim `ha`)); `w52-z-forordning` (a lagen.nu-style instruktion for a state agency:
a field block with `Departement:` over two value lines, one with a suspended prefix `Kultur- och
fritidsdepartementet` (one name), `Till myndighetens verksamhetsområde hör Regeringskansliet och
följande tolv myndigheter:` over twelve name items (round 52 l1, round 33 B1), `Ambassaden … ska
underrätta …` (agent) and `ska lämnas på ambassaden` (place, round 52 l3), `Vid myndigheten
benämns chefen kanslidirektör.`). Offsets computed.
Run: python corpus/make_w52_z.py corpus/dev"""

import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
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
    sup,
    write_part,
)
from records import statement as st

rec = records_for("w52-z", conditions_from_statements=True)


item = list_item_maker(rec, "–")


def after(line, marker):
    """The part of a flattened line after ``marker`` (a heading copy or a label)."""
    return line.split(marker, 1)[1]


def between(line, start, end=None):
    """The part of a flattened line from ``start`` up to (not including) ``end``."""
    piece = line[line.index(start):]
    return piece if end is None else piece[:piece.index(end)].rstrip()


# (a) An omsorgsnämnd's page with its pensionärsråd and funktionshinderråd, one clause a line.
D = "w52-z-pensionarsrad"
PR_TEXT = """Hoppa till innehåll
Startsida / Politik och demokrati / Nämnder och styrelser / Omsorgsnämnden
Omsorgsnämnden
Nämnden ansvarar för äldreomsorgen och verksamheten enligt LSS i Tjärnvika kommun.
Nämnden har elva ledamöter och sju ersättare.
Kommunala pensionärsrådet
Kommunala pensionärsrådet är kommunens forum för dialog med pensionärsorganisationerna.
Rådet består av:
4 ledamöter Pensionärernas samverkansförbund (PSF)
3 ledamöter Seniorernas riksförbund (SRF)
2 ledamöter Omsorgsnämnden
Det här gör rådet:
• lämnar synpunkter på nämndens budget och verksamhetsplan
• följer utvecklingen inom äldreomsorgen
• tar upp frågor om trygghet och boende
Rådet ska också:
• initiera samråd i frågor som rör äldre i kommunen
• sprida information om sitt arbete
Ordförande i rådet och i dess arbetsutskott är ett kommunalråd.
Rådet sammanträder fyra gånger per år.
Kommunala funktionshinderrådet
Rådet består av:
5 ledamöter Funktionsrättsföreningarna i Tjärnvika (FFT)
2 ledamöter Omsorgsnämnden
Rådet granskar nämndens förslag i frågor om tillgänglighet.
Senast uppdaterad: 3 december 2026
"""
L = PR_TEXT.split("\n")
OMN = "omsorgsnämnd"
NMD = "nämnd"
KPR = "kommunalt pensionärsråd"
KFR = "kommunalt funktionshinderråd"
TK = "tjärnvika kommun"
PSF = "pensionärernas samverkansförbund"
SRF = "seniorernas riksförbund"
FFT = "funktionsrättsföreningarna i tjärnvika"
LED = ("ledamöter", "ledamot", FTV)
BESTAR = pres("består", "bestå")


def bestar(actor, obj):
    """A count item's statement under `Rådet består av:` (§5.1: the item completes the verb)."""
    return st(actor, "Rådet", "none", None, "bestå", "består", obj)


def gor(aim, aim_text, obj):
    """A present-tense item's statement under `Det här gör rådet:`."""
    return st(KPR, "rådet", "none", None, aim, aim_text, obj)


def ska_ocksa(aim, obj):
    """An infinitive item's statement under `Rådet ska också:`."""
    return st(KPR, "Rådet", "obligation", "ska", aim, aim, obj)


PENSIONARSRAD = [
    rec("title", L[2], [("Omsorgsnämnden", OMN, POL)], doc=D, kind="heading"),
    rec("1", L[3], [("Nämnden", NMD, POL), ("Tjärnvika kommun", TK, ORG)],
        [pres("ansvarar", "ansvara")],
        [st(NMD, "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "äldreomsorgen och verksamheten enligt LSS i Tjärnvika kommun")], doc=D),
    rec("2", L[4], [("Nämnden", NMD, POL), LED, ("ersättare", "ersättare", FTV)], [HAR],
        [st(NMD, "Nämnden", "none", None, "ha", "har", "elva ledamöter och sju ersättare")],
        doc=D),
    rec("h1", L[5], [("Kommunala pensionärsrådet", KPR, POL)], doc=D, kind="heading"),
    rec("3", L[6],
        [("Kommunala pensionärsrådet", KPR, POL), ("kommunens", TK, ORG),
         ("pensionärsorganisationerna", "pensionärsorganisation", EXT)], [AR],
        [st(KPR, "Kommunala pensionärsrådet", "none", None, "vara", "är",
            "kommunens forum för dialog med pensionärsorganisationerna")],
        doc=D, parent="h1"),
    rec("4", L[7], [("Rådet", KPR, POL)], [BESTAR], doc=D, parent="h1"),
    item("4.a", L[8], [LED, ("Pensionärernas samverkansförbund", PSF, EXT), ("PSF", PSF, EXT)],
         [], [bestar(KPR, L[8])], doc=D, parent="4", label=""),
    item("4.b", L[9], [LED, ("Seniorernas riksförbund", SRF, EXT), ("SRF", SRF, EXT)],
         [], [bestar(KPR, L[9])], doc=D, parent="4", label=""),
    item("4.c", L[10], [LED, ("Omsorgsnämnden", OMN, POL)], [], [bestar(KPR, L[10])],
         doc=D, parent="4", label=""),
    rec("5", L[11], [("rådet", KPR, POL)], [pres("gör", "göra")], doc=D, parent="h1"),
    item("5.a", L[12][2:], [("nämndens", NMD, POL)], [pres("lämnar", "lämna")],
         [gor("lämna", "lämnar", "synpunkter på nämndens budget och verksamhetsplan")],
         doc=D, parent="5", label="•"),
    item("5.b", L[13][2:], [], [pres("följer", "följa")],
         [gor("följa", "följer", "utvecklingen inom äldreomsorgen")], doc=D, parent="5",
         label="•"),
    item("5.c", L[14][2:], [], [pres("tar", "ta")],
         [gor("ta", "tar", "frågor om trygghet och boende")], doc=D, parent="5", label="•"),
    rec("6", L[15], [("Rådet", KPR, POL)], [SKA], doc=D, parent="h1"),
    item("6.a", L[16][2:], [], [inf("initiera"), pres("rör", "röra")],
         [ska_ocksa("initiera", "samråd i frågor som rör äldre i kommunen")], doc=D,
         parent="6", label="•"),
    item("6.b", L[17][2:], [], [inf("sprida")],
         [ska_ocksa("sprida", "information om sitt arbete")], doc=D, parent="6", label="•"),
    rec("7", L[18],
        [("Ordförande", "ordförande", FTV), ("rådet", KPR, POL),
         ("arbetsutskott", "kommunala pensionärsrådets arbetsutskott", POL)], [AR],
        [st("ordförande", "Ordförande", "none", None, "vara", "är", "ett kommunalråd")],
        doc=D, parent="h1"),
    rec("8", L[19], [("Rådet", KPR, POL)], [pres("sammanträder", "sammanträda")],
        [st(KPR, "Rådet", "none", None, "sammanträda", "sammanträder", "fyra gånger per år")],
        doc=D, parent="h1"),
    rec("h2", L[20], [("Kommunala funktionshinderrådet", KFR, POL)], doc=D, kind="heading"),
    rec("9", L[21], [("Rådet", KFR, POL)], [BESTAR], doc=D, parent="h2"),
    item("9.a", L[22], [LED, ("Funktionsrättsföreningarna i Tjärnvika", FFT, EXT),
                        ("FFT", FFT, EXT)], [], [bestar(KFR, L[22])], doc=D, parent="9",
         label=""),
    item("9.b", L[23], [LED, ("Omsorgsnämnden", OMN, POL)], [], [bestar(KFR, L[23])], doc=D,
         parent="9", label=""),
    rec("10", L[24], [("Rådet", KFR, POL), ("nämndens", NMD, POL)],
        [pres("granskar", "granska")],
        [st(KFR, "Rådet", "none", None, "granska", "granskar",
            "nämndens förslag i frågor om tillgänglighet")], doc=D, parent="h2"),
    rec("m1", L[25], doc=D, parent="h2"),
]

# (b) A räddningstjänstförbund's förbundsordning as docplayer prints it: one line a page.
D = "w52-z-forbundsordning"
TITLE = "Förbundsordning för Skärkustens räddningstjänstförbund"


def page(number, body):
    """A docplayer page line: the title copy and the header fields, then the page's text."""
    return f"{TITLE} Gäller fr o m Sida {number} (12) {body}"


FB_TEXT = "\n".join([
    TITLE,
    page(1, "1 Namn och säte Skärkustens räddningstjänstförbund är ett kommunalförbund och "
            "har sitt säte i Hamnö kommun. 2 Medlemmar Kommunerna Hamnö, Strandby och Viksta samt "
            "Region Kustland är medlemmar i förbundet."),
    page(2, "3 Förbundet har till ändamål 3 Förbundet har till ändamål att för de samverkande "
            "medlemmarna bevaka frågor om skydd mot olyckor, att bedriva räddningstjänst "
            "inom medlemmarnas område, att i brådskande fall besluta om tillfälliga insatser "
            "på en medlems begäran samt att genomföra tillsyn av brandskyddet i medlemmarnas "
            "anläggningar."),
    page(3, "4 Organisation Förbundets högsta beslutande organ är direktionen. 5 Direktionen "
            "Direktionen består av nio ordinarie ledamöter och högst fem ersättare. "
            "Direktionen får uppdra åt förbundsdirektören att fatta beslut i ärenden av "
            "visst slag."),
    page(4, "6 Budget Direktionen ska varje år före utgången av juni fastställa budget för "
            "nästkommande år. I budgeten ska bla anges hur kostnaderna fördelas mellan "
            "medlemmarna. 7 Kostnadsfördelning Medlemmarna ska betala sina andelar av "
            "förbundets kostnader kvartalsvis i förskott."),
]) + "\n"
L = FB_TEXT.split("\n")
KRF = "skärkustens räddningstjänstförbund"
DIR = "direktion"
MED = "medlem"
ANDAMAL = "har till ändamål att"


def andamal(aim, obj):
    """One infinitive of the `att`-series after `Förbundet har till ändamål att`."""
    return st(KRF, "Förbundet", "obligation", ANDAMAL, aim, aim, obj)


S3 = after(L[2], "3 Förbundet har till ändamål 3 ")
FORBUNDSORDNING = [
    rec("title", L[0], [("Skärkustens räddningstjänstförbund", KRF, ORG)], doc=D,
        kind="heading"),
    rec("1", "Namn och säte", doc=D, kind="heading", label="1"),
    rec("1.1", between(L[1], "Skärkustens räddningstjänstförbund är", " 2 Medlemmar"),
        [("Skärkustens räddningstjänstförbund", KRF, ORG), ("Hamnö kommun", "hamnö kommun", ORG)],
        [AR, HAR],
        [st(KRF, "Skärkustens räddningstjänstförbund", "none", None, "vara", "är",
            "ett kommunalförbund"),
         st(KRF, "Skärkustens räddningstjänstförbund", "none", None, "ha", "har",
            "sitt säte i Hamnö kommun")], doc=D, parent="1"),
    rec("2", "Medlemmar", [("Medlemmar", MED, OVR)], doc=D, kind="heading", label="2"),
    rec("2.1", after(L[1], "2 Medlemmar "),
        [("Kommunerna", "kommun", ORG), ("Region Kustland", "region kustland", ORG),
         ("förbundet", KRF, ORG)], [AR], doc=D, parent="2"),
    rec("3", "Förbundet har till ändamål", [("Förbundet", KRF, ORG)], doc=D, kind="heading",
        label="3"),
    rec("3.1", S3,
        [("Förbundet", KRF, ORG), ("medlemmarna", MED, OVR), ("medlemmarnas", MED, OVR),
         ("medlems", MED, OVR), ("medlemmarnas", MED, OVR, 1)],
        [HAR, inf("bevaka"), inf("bedriva"), inf("besluta"), inf("genomföra")],
        [andamal("bevaka", "frågor om skydd mot olyckor"),
         andamal("bedriva", "räddningstjänst inom medlemmarnas område"),
         andamal("besluta", "om tillfälliga insatser på en medlems begäran"),
         andamal("genomföra", "tillsyn av brandskyddet i medlemmarnas anläggningar")],
        doc=D, parent="3"),
    rec("4", "Organisation", doc=D, kind="heading", label="4"),
    rec("4.1", between(L[3], "Förbundets högsta", " 5 Direktionen"),
        [("Förbundets", KRF, ORG), ("direktionen", DIR, POL)], [AR], doc=D, parent="4"),
    rec("5", "Direktionen", [("Direktionen", DIR, POL)], doc=D, kind="heading", label="5"),
    rec("5.1", after(L[3], "5 Direktionen "),
        [("Direktionen", DIR, POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV), ("Direktionen", DIR, POL, 1),
         ("förbundsdirektören", "förbundsdirektör", TJP)],
        [BESTAR, FAR, inf("uppdra"), inf("fatta")],
        [st(DIR, "Direktionen", "none", None, "bestå", "består",
            "av nio ordinarie ledamöter och högst fem ersättare"),
         st(DIR, "Direktionen", "permission", "får", "uppdra", "uppdra",
            "åt förbundsdirektören att fatta beslut i ärenden av visst slag")],
        doc=D, parent="5"),
    rec("6", "Budget", doc=D, kind="heading", label="6"),
    rec("6.1", between(L[4], "Direktionen ska", " 7 Kostnadsfördelning"),
        [("Direktionen", DIR, POL), ("medlemmarna", MED, OVR)],
        [SKA, inf("fastställa"), ("ska", "skola", "pres", "act", 1),
         inf("anges", "ange", "pass"), pres("fördelas", "fördela", "pass")],
        [st(DIR, "Direktionen", "obligation", "ska", "fastställa", "fastställa",
            "budget för nästkommande år")], doc=D, parent="6"),
    rec("7", "Kostnadsfördelning", doc=D, kind="heading", label="7"),
    rec("7.1", after(L[4], "7 Kostnadsfördelning "),
        [("Medlemmarna", MED, OVR), ("förbundets", KRF, ORG)], [SKA, inf("betala")],
        [st(MED, "Medlemmarna", "obligation", "ska", "betala", "betala",
            "sina andelar av förbundets kostnader kvartalsvis i förskott")], doc=D,
        parent="7"),
]

# (c) A kommun's organisation page on its kommunledningsförvaltning, one clause a line.
D = "w52-z-kommunledning"
KL_TEXT = """Gå till huvudinnehåll
Startsida / Politik och demokrati / Så styrs kommunen
Organisation
Kommunfullmäktige har valt att samla kommunens gemensamma stödfunktioner i en förvaltning \
under kommunstyrelsen.
Kommunledningsförvaltningen
Förvaltningen ansvarar för ekonomi, personal, kommunikation och kansli.
Förvaltningen leds av kommundirektören.
Kommunledningsförvaltningen är huvudman för kommunens centralarkiv och ansvarig för \
arkivvården i förvaltningarna.
Kommunstyrelsens uppdrag
Kommunstyrelsen har uppsiktsplikt gentemot nämnderna och bolagen, vilket innebär att styrelsen \
ska följa deras verksamhet löpande.
Ansvaret för arkivet har kommunstyrelsen.
Delegering inom kommunledningsförvaltningen
Ärendetyp Delegat Attest av leverantörsfakturor Förvaltningschef
Beslut om tjänstledighet Kanslichef
Arkivredogörare Utses av nämnden
Senast uppdaterad: 2026-11-30
"""
L = KL_TEXT.split("\n")
KF = "kommunfullmäktige"
KS = "kommunstyrelse"
KLF = "kommunledningsförvaltning"
KOM = "kommun"
HEADER = "Ärendetyp Delegat"
KOMMUNLEDNING = [
    rec("title", L[2], doc=D, kind="heading"),
    rec("1", L[3],
        [("Kommunfullmäktige", KF, POL), ("kommunens", KOM, ORG),
         ("förvaltning", "förvaltning", FORV), ("kommunstyrelsen", KS, POL)],
        [HAR, sup("valt", "välja"), inf("samla")],
        [st(KF, "Kommunfullmäktige", "none", None, "välja", "valt",
            "att samla kommunens gemensamma stödfunktioner i en förvaltning under "
            "kommunstyrelsen")], doc=D),
    rec("h1", L[4], [("Kommunledningsförvaltningen", KLF, FORV)], doc=D, kind="heading"),
    rec("2", L[5], [("Förvaltningen", KLF, FORV)], [pres("ansvarar", "ansvara")],
        [st(KLF, "Förvaltningen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "ekonomi, personal, kommunikation och kansli")], doc=D, parent="h1"),
    rec("3", L[6], [("Förvaltningen", KLF, FORV), ("kommundirektören", "kommundirektör", TJP)],
        [pres("leds", "leda", "pass")],
        [st("kommundirektör", "kommundirektören", "none", None, "leda", "leds",
            "Förvaltningen", passive=True)], doc=D, parent="h1"),
    rec("4", L[7],
        [("Kommunledningsförvaltningen", KLF, FORV), ("kommunens", KOM, ORG),
         ("förvaltningarna", "förvaltning", FORV)], [AR],
        [st(KLF, "Kommunledningsförvaltningen", "none", None, "vara", "är",
            "huvudman för kommunens centralarkiv"),
         st(KLF, "Kommunledningsförvaltningen", "responsibility", "ansvarig för", "ansvara",
            "är", "arkivvården i förvaltningarna")], doc=D, parent="h1"),
    rec("h2", L[8], [("Kommunstyrelsens", KS, POL)], doc=D, kind="heading"),
    rec("5", L[9],
        [("Kommunstyrelsen", KS, POL), ("nämnderna", "nämnd", POL), ("bolagen", "bolag", ORG),
         ("styrelsen", KS, POL)],
        [HAR, pres("innebär", "innebära"), SKA, inf("följa")],
        [st(KS, "Kommunstyrelsen", "none", None, "ha", "har",
            "uppsiktsplikt gentemot nämnderna och bolagen")], doc=D, parent="h2"),
    rec("6", L[10], [("kommunstyrelsen", KS, POL)], [HAR],
        [st(KS, "kommunstyrelsen", "responsibility", "har", "ansvara", "har", "arkivet")],
        doc=D, parent="h2"),
    rec("h3", L[11], [("kommunledningsförvaltningen", KLF, FORV)], doc=D, kind="heading"),
    rec("t.h", HEADER, doc=D, kind="heading", parent="h3"),
    rec("t1", after(L[12], HEADER + " "), [("Förvaltningschef", "förvaltningschef", TJP)],
        doc=D, parent="h3"),
    rec("t2", L[13], [("Kanslichef", "kanslichef", TJP)], doc=D, parent="h3"),
    rec("t3", L[14],
        [("Arkivredogörare", "arkivredogörare", TJP), ("nämnden", "nämnd", POL)],
        [pres("Utses", "utse", "pass")],
        [st("nämnd", "nämnden", "none", None, "utse", "Utses", "Arkivredogörare",
            passive=True)], doc=D, parent="h3"),
    rec("m1", L[15], doc=D, parent="h3"),
]

# (d) A water company's bolagsordning and ägardirektiv; the ägardirektiv flattened to one line.
D = "w52-z-bolagsordning"
BO_TEXT = """Bolagsordning och ägardirektiv för Lövåns Vatten (LVAB) AB
Bolagsordning
§ 1 Firma
Bolagets firma är Lövåns Vatten (LVAB) Aktiebolag.
§ 2 Säte
Styrelsen ska ha sitt säte i Granby kommun.
§ 3 Verksamhet
Bolaget äger kommunala anläggningar för vattenförsörjning och avlopp.
Bolaget ska bedriva sin verksamhet i enlighet med gällande lagstiftning, denna bolagsordning \
och behörigen fattade beslut samt aktivt bidra till en hållbar utveckling i ägarkommunerna.
§ 4 Styrelse
Styrelsen ska bestå av sex ordinarie ledamöter.
Ägardirektiv
1 Inledning Bolaget ägs gemensamt av kommunerna och ingår i respektive kommuns koncern. \
2 Delägare i bolaget är Granby, Lövsta och Tallås kommun med en tredjedel av aktierna \
vardera. 3 Verkställande direktör VD ska har en årlig dialog med ägarna om bolagets \
långsiktiga utveckling.
"""
L = BO_TEXT.split("\n")
LV = "lövåns vatten (lvab) ab"  # round 52 h1: `Aktiebolag` and `AB` are both `ab`
STY = "styrelse"
VD = "verkställande direktör"
AKK = "ägarkommun"
LINE = L[12]
BOLAGSORDNING = [
    rec("title", L[0], [("Lövåns Vatten (LVAB) AB", LV, ORG)], doc=D, kind="heading"),
    rec("h1", L[1], doc=D, kind="heading"),
    rec("§1", "Firma", doc=D, kind="heading", parent="h1", label="§ 1"),
    rec("§1.1", L[3], [("Bolagets", LV, ORG), ("Lövåns Vatten (LVAB) Aktiebolag", LV, ORG)],
        [AR], doc=D, parent="§1"),
    rec("§2", "Säte", doc=D, kind="heading", parent="h1", label="§ 2"),
    rec("§2.1", L[5], [("Styrelsen", STY, POL), ("Granby kommun", "granby kommun", ORG)],
        [SKA, inf("ha")],
        [st(STY, "Styrelsen", "obligation", "ska", "ha", "ha", "sitt säte i Granby kommun")],
        doc=D, parent="§2"),
    rec("§3", "Verksamhet", doc=D, kind="heading", parent="h1", label="§ 3"),
    rec("§3.1", L[7], [("Bolaget", LV, ORG)], [pres("äger", "äga")],
        [st(LV, "Bolaget", "none", None, "äga", "äger",
            "kommunala anläggningar för vattenförsörjning och avlopp")], doc=D, parent="§3"),
    rec("§3.2", L[8], [("Bolaget", LV, ORG), ("ägarkommunerna", AKK, ORG)],
        [SKA, inf("bedriva"), inf("bidra")],
        [st(LV, "Bolaget", "obligation", "ska", "bedriva", "bedriva", "sin verksamhet",
            condition="i enlighet med gällande lagstiftning, denna bolagsordning och "
                      "behörigen fattade beslut"),
         st(LV, "Bolaget", "obligation", "ska", "bidra", "bidra",
            "till en hållbar utveckling i ägarkommunerna")], doc=D, parent="§3"),
    rec("§4", "Styrelse", [("Styrelse", STY, POL)], doc=D, kind="heading", parent="h1",
        label="§ 4"),
    rec("§4.1", L[10], [("Styrelsen", STY, POL), ("ledamöter", "ledamot", FTV)],
        [SKA, inf("bestå")],
        [st(STY, "Styrelsen", "obligation", "ska", "bestå", "bestå",
            "av sex ordinarie ledamöter")], doc=D, parent="§4"),
    rec("h2", L[11], doc=D, kind="heading"),
    rec("1", "Inledning", doc=D, kind="heading", parent="h2", label="1"),
    rec("1.1", between(LINE, "Bolaget ägs", " 2 Delägare"),
        [("Bolaget", LV, ORG), ("kommunerna", KOM, ORG), ("kommuns", KOM, ORG)],
        [pres("ägs", "äga", "pass"), pres("ingår", "ingå")],
        [st(KOM, "kommunerna", "none", None, "äga", "ägs", "Bolaget", passive=True),
         st(LV, "Bolaget", "none", None, "ingå", "ingår", "i respektive kommuns koncern")],
        doc=D, parent="1"),
    rec("2", between(LINE, "Delägare i bolaget", " 3 Verkställande"),
        [("bolaget", LV, ORG), ("Granby", "granby kommun", ORG), ("Lövsta", "lövsta kommun", ORG),
         ("Tallås kommun", "tallås kommun", ORG)], [AR], doc=D, parent="h2", label="2"),
    rec("3", "Verkställande direktör", [("Verkställande direktör", VD, TJP)], doc=D,
        kind="heading", parent="h2", label="3"),
    rec("3.1", after(LINE, "3 Verkställande direktör "),
        [("VD", VD, TJP), ("ägarna", "ägare", ORG), ("bolagets", LV, ORG)],
        [SKA, ("har", "ha", "inf", "act")],  # round 52 h4: the slip is read as the infinitive
        [st(VD, "VD", "obligation", "ska", "ha", "har",
            "en årlig dialog med ägarna om bolagets långsiktiga utveckling")], doc=D,
        parent="3"),
]

# (e) A lagen.nu-style page of a state agency's instruktion.
D = "w52-z-forordning"
AGENCIES = [
    ("Biståndsverket", "biståndsverket"),
    ("Exportgarantinämnden", "exportgarantinämnd"),
    ("Myndigheten för konsulärt stöd", "myndigheten för konsulärt stöd"),
    ("Statens utlandsskolnämnd", "statens utlandsskolnämnd"),
    ("Fredsfrämjandeverket", "fredsfrämjandeverket"),
    ("Utlandsvalmyndigheten", "utlandsvalmyndighet"),
    ("Handelskammarnämnden", "handelskammarnämnd"),
    ("Statens institut för utlandskultur", "statens institut för utlandskultur"),
    ("Resegarantimyndigheten", "resegarantimyndighet"),
    ("Sjömansvårdsstyrelsen", "sjömansvårdsstyrelse"),
    ("Valutarådsverket", "valutarådsverket"),
    ("Statens språkinstitut för utlandstjänst", "statens språkinstitut för utlandstjänst"),
]
FO_TEXT = "\n".join([
    "Förordning (2026:918) med instruktion för Nämnden för tjänsteresor utomlands",
    "SFS nr:",
    "2026:918",
    "Departement:",
    "Utlandsdepartementet",
    "Kultur- och fritidsdepartementet",
    "Utfärdad:",
    "2026-10-29",
    "Uppgifter",
    "1 § Nämnden för tjänsteresor utomlands ska samordna statliga myndigheters tjänsteresor "
    "utomlands och ge råd om säkerhet under resorna.",
    "2 § Till myndighetens verksamhetsområde hör Regeringskansliet och följande tolv "
    "myndigheter:",
    *(f"– {name}" for name, _ in AGENCIES),
    "3 § Ambassaden i det land dit en tjänsteresa görs ska underrätta myndigheten om "
    "förhållanden som påverkar säkerheten under resan.",
    "4 § En ansökan om förskott på traktamente ska lämnas på ambassaden.",
    "Ledning",
    "5 § Myndighetens chef utses av regeringen.",
    "6 § Vid myndigheten benämns chefen kanslidirektör.",
]) + "\n"
L = FO_TEXT.split("\n")
NTU = "nämnden för tjänsteresor utomlands"
RK = "regeringskansliet"
HOR = pres("hör", "höra")


def para(line):
    """A statute paragraph line: its `N §` label and its text."""
    label, text = line.split(" § ", 1)
    return f"{label} §", text


def paragraph(cid, line, actors, verbs=(), statements=(), *, parent):
    """A `N §` paragraph whose label is no part of its text."""
    label, text = para(line)
    return rec(cid, text, actors, verbs, statements, doc=D, parent=parent, label=label)


def hor(name, canonical):
    """An item's statement under `… hör Regeringskansliet och följande tolv myndigheter:`."""
    return st(canonical, name, "none", None, "höra", "hör", None)


ITEMS = [item(f"§2.{chr(ord('a') + k)}", f"{name}", [(name, canonical, EXT)], [],
              [hor(name, canonical)], doc=D, parent="§2")
         for k, (name, canonical) in enumerate(AGENCIES)]
FORORDNING = [
    rec("title", L[0], [("Nämnden för tjänsteresor utomlands", NTU, ORG)], doc=D,
        kind="heading"),
    rec("m1", joined(L[1:8]),
        [("Utlandsdepartementet", "utlandsdepartementet", EXT),
         ("Kultur- och fritidsdepartementet", "kultur- och fritidsdepartementet", EXT)],
        doc=D),
    rec("h1", L[8], doc=D, kind="heading"),
    paragraph("§1", L[9],
              [("Nämnden för tjänsteresor utomlands", NTU, ORG),
               ("statliga myndigheters", "statlig myndighet", EXT)],
              [SKA, inf("samordna"), inf("ge")],
              [st(NTU, "Nämnden för tjänsteresor utomlands", "obligation", "ska", "samordna",
                  "samordna", "statliga myndigheters tjänsteresor utomlands"),
               st(NTU, "Nämnden för tjänsteresor utomlands", "obligation", "ska", "ge", "ge",
                  "råd om säkerhet under resorna")], parent="h1"),
    paragraph("§2", L[10],
              [("myndighetens", NTU, ORG), ("Regeringskansliet", RK, EXT),
               ("myndigheter", "myndighet", EXT)], [HOR],
              [st(RK, "Regeringskansliet", "none", None, "höra", "hör", None)], parent="h1"),
    *ITEMS,
    paragraph("§3", L[23],
              [("Ambassaden", "ambassad", EXT), ("myndigheten", NTU, ORG)],
              [pres("görs", "göra", "pass"), SKA, inf("underrätta"),
               pres("påverkar", "påverka")],
              [st("ambassad", "Ambassaden", "obligation", "ska", "underrätta", "underrätta",
                  "myndigheten om förhållanden som påverkar säkerheten under resan")],
              parent="h1"),
    paragraph("§4", L[24], [], [SKA, inf("lämnas", "lämna", "pass")],
              [st(None, None, "obligation", "ska", "lämna", "lämnas", "på ambassaden",
                  passive=True)], parent="h1"),
    rec("h2", L[25], doc=D, kind="heading"),
    paragraph("§5", L[26],
              [("Myndighetens chef", "myndighetschef", TJP), ("regeringen", "regering", EXT)],
              [pres("utses", "utse", "pass")],
              [st("regering", "regeringen", "none", None, "utse", "utses",
                  "Myndighetens chef", passive=True)], parent="h2"),
    paragraph("§6", L[27], [("myndigheten", NTU, ORG), ("chefen", "chef", TJP)],
              [pres("benämns", "benämna", "pass")],
              [st("chef", "chefen", "none", None, "benämna", "benämns", "kanslidirektör",
                  passive=True)], parent="h2"),
]
assert L[22] == "– Statens språkinstitut för utlandstjänst"
for record, line in zip(ITEMS, L[11:23], strict=True):
    assert line == f"– {record['text']}"

DOCUMENTS = {"w52-z-pensionarsrad": (PR_TEXT, PENSIONARSRAD),
             "w52-z-forbundsordning": (FB_TEXT, FORBUNDSORDNING),
             "w52-z-kommunledning": (KL_TEXT, KOMMUNLEDNING),
             "w52-z-bolagsordning": (BO_TEXT, BOLAGSORDNING),
             "w52-z-forordning": (FO_TEXT, FORORDNING)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-z", DOCUMENTS)
