"""Builds corpus/dev/w56-z.jsonl and the pages corpus/dev/w56-z-*.txt with their gold: the blind
probe w56-z of round 56 (the four kinds the hidden judges score, written fresh and loosely, the
way kommun web editors, news writers and clerks write: long sentences with insertions,
adverbials between the verb and its subject, genitives inside cues, coordinated particle verbs,
fronted dates and places, a chair's quoted speech, org-chart lines, link lists, numbers in agent
phrases, party and coalition names, a heading glued to its sentence, typos and a lost hyphen),
written and annotated by hand from docs/annotation.md §1–§5 and the rulings at its end before any
run; the writer never ran the extractor on them.
`w56-z-regionnamnder` (a region's web page presenting its nämnder: skip link, menu and a `/`
trail as chrome, a cleft `I Region X är det regionfullmäktige som beslutar …, och var och en av
regionens fyra nämnder ansvarar för …`, `har enligt regionfullmäktiges beslut i uppdrag att
följa upp och redovisa …`, one heading per nämnd over a line of what it decides (`Sedan den 1
januari 2025 fullgör kollektivtrafiknämnden …`, a `, som har elva ledamöter,` insertion, `men
får inte pröva …`), an `Aktuellt` news line with a fronted date, a dash-quoted chair (no
statement, t12), a `Läs mer om nämnderna:` lead-in over three link lines, an update line and an
owner line (chrome));
`w56-z-partistod` (a kommun's regler för partistöd as a Word export: numbered headings, one of
them glued to its sentence (`2 Stödformer Partistöd lämnas …`), `Enligt 4 kap. … får
kommunfullmäktige besluta om …`, a coalition with its majority (t13), `Ett parti som har fått
partistöd ska enligt kommunallagen årligen lämna …`, `Till redovisningen ska partiet bifoga …`,
`Kommunkansliet ska, när …, sammanställa dem och … överlämna …`, `Därefter ska enligt dessa
regler kommunstyrelsen bereda …`, `får inte partistöd` (main verb `få`), a running footer);
`w56-z-stadsledningskontor` (a city's organisation page: `är stadsstyrelsens förvaltning och
leds av stadsdirektören, som inför stadsstyrelsen svarar för att …`, `består av`, org-chart lines
of titles and names, unit lines `Unit – title Name – duties`, two of them with a verb, `ska enligt
stadsstyrelsens reglemente bereda …, samordna … och lyfta fram och driva …`, a contact card and
a review line);
`w56-z-agardirektiv` (an ägardirektiv to a municipal parking company as a flattened PDF: capitals
title, adoption history, `N.` headings, running footers, `nedan kallat bolaget, ägs till hundra
procent av Lövsta kommun genom …`, `har enligt fullmäktiges beslut i uppdrag att`, a lost hyphen
(`parkerings platser`), `ska fullmäktige ges möjlighet att ta ställning`, `Styrelsen ska varje
tertial följa upp och redovisa … samt … lämna …`, `får inte utan kommunfullmäktiges godkännande`
+ three infinitives, `har rätt att ta del av … och får när som helst begära …`);
`w56-z-arbetsordning` (a högskola's arbetsordning as a Word export: tab headings, `Under
styrelsen leds verksamheten av rektor, som är myndighetschef och som ansvarar inför styrelsen
för att …`, `Rektor beslutar i alla frågor som … inte enligt lag … ska beslutas av …`, `får
delegera … om inte annat följer av …`, a relative `som utses av rektor efter samråd med …`,
`Varje avdelning leds av en avdelningschef som ansvarar för …`, `får vidaredelegera …, men får
inte vidaredelegera …`);
`w56-z-rolleransvar` (the `Roller och ansvar` section of a kommun's informationssäkerhetspolicy
from a layout-keeping PDF: a metadata field run, `Det innebär att varje chef … ansvarar för …`
(no statement, round 47), a `Roll Ansvar` header over rows whose role cell runs into a
capitalised verb-first duty wrapped in its column, `Har det yttersta ansvaret för` (s2), `får,
efter samråd med säkerhetschefen, besluta om`, a running footer, `ska policyn ses över av
kommunstyrelsen`, `Vid behov kan kommundirektören även under löpande år föreslå …`).
Offsets computed.
Run: python corpus/make_w56_z.py corpus/dev"""

import re
import sys

from records import (
    AR,
    FAR,
    FORV,
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

FTV = "förtroendevald"
rec = records_for("w56-z", conditions_from_statements=True)
item = list_item_maker(rec, "")
SKA1 = ("ska", "skola", "pres", "act", 1)
SKA2 = ("ska", "skola", "pres", "act", 2)
FAR1 = ("får", "få", "pres", "act", 1)
AR1 = ("är", "vara", "pres", "act", 1)
HAR1 = ("har", "ha", "pres", "act", 1)
KF = "kommunfullmäktige"
KST = "kommunstyrelse"
ST = "styrelse"


def unwrap(block):
    """A block's lines as §1.1 joins them: a line-end hyphen before a lower-case letter joins
    the word, any other line break is one space, runs of spaces are one space."""
    text = re.sub(r"(?<=[^\W\d_])-\n(?=[a-zåäö])", "", block).replace("\n", " ")
    return re.sub(r" {2,}", " ", text).strip()


def page(blocks):
    """A document's text from its blank-line blocks."""
    return "\n\n".join(blocks) + "\n"


def past(word, lemma, voice="act", nth=0):
    """A preterite VERB tuple."""
    return (word, lemma, "past", voice, nth)


# (1) A region's web page presenting its nämnder: one line a clause.
D = "w56-z-regionnamnder"
RN_TEXT = """Hoppa till innehåll
Meny
Start / Demokrati och påverkan / Så styrs regionen / Nämnder
Regionens nämnder
I Region Sörvalla är det regionfullmäktige som beslutar om regionens mål, budget och \
skattesats, och var och en av regionens fyra nämnder ansvarar för sitt eget verksamhetsområde.
Regionstyrelsen
Regionstyrelsen samordnar och leder regionens verksamheter och har enligt regionfullmäktiges \
beslut i uppdrag att följa upp och redovisa hur nämnderna når sina mål.
Hälso- och sjukvårdsnämnden
Det är hälso- och sjukvårdsnämnden som beslutar om hälso och sjukvårdens inriktning och som \
varje år ska lämna förslag till vårdplan till regionstyrelsen.
Kollektivtrafiknämnden
Sedan den 1 januari 2025 fullgör kollektivtrafiknämnden regionens uppgifter inom \
kollektivtrafiken och beslutar bland annat om linjer, taxor och biljettsystem.
Kultur- och utbildningsnämnden
Kultur- och utbildningsnämnden, som har elva ledamöter, fördelar regionens kulturbidrag och \
stipendier.
Patientnämnden
Patientnämnden tar emot synpunkter och klagomål på vården men får inte pröva frågor om \
disciplinansvar.
Aktuellt
Den 12 mars 2026 beslutade regionfullmäktige att slå samman två av regionens fyra nämnder \
från och med nästa mandatperiod.
– Vi vill korta beslutsvägarna och göra det tydigare vem som ansvarar för vad, säger Henrik \
Dalvik, regionstyrelsens ordförande.
Läs mer om nämnderna:
Sammanträdestider 2026
Protokoll och handlingar
Ledamöter och ersättare
Senast uppdaterad: 2026-03-20
Sidansvarig: Kansliavdelningen
"""
RL = RN_TEXT.split("\n")
RS = "regionstyrelse"
RF = "regionfullmäktige"
RSV = "region sörvalla"
HSN = "hälso- och sjukvårdsnämnd"
KTN = "kollektivtrafiknämnd"
KUN = "kultur- och utbildningsnämnd"
PN = "patientnämnd"
R_MAL = "hur nämnderna når sina mål"
R_ENL = "enligt regionfullmäktiges beslut"


def rh(cid, line, actors=()):
    """A heading line."""
    return rec(cid, line, actors, doc=D, kind="heading")


def rp(cid, line, parent, actors=(), verbs=(), statements=(), conditions=()):
    """A line under a heading."""
    return rec(cid, line, actors, verbs, statements, conditions, doc=D, parent=parent)


REGIONNAMNDER = [
    rh("title", RL[3], [("Regionens", RSV, ORG), ("nämnder", "nämnd", POL)]),
    rp("1", RL[4], None,
       [("Region Sörvalla", RSV, ORG), ("regionfullmäktige", RF, POL), ("regionens", RSV, ORG),
        ("regionens", RSV, ORG, 1), ("nämnder", "nämnd", POL)],
       [AR, pres("beslutar", "besluta"), pres("ansvarar", "ansvara")],
       [st(RF, "regionfullmäktige", "none", None, "besluta", "beslutar",
           "om regionens mål, budget och skattesats"),
        st("nämnd", "nämnder", "responsibility", "ansvarar för", "ansvara", "ansvarar",
           "sitt eget verksamhetsområde")]),
    rh("h1", RL[5], [("Regionstyrelsen", RS, POL)]),
    rp("2", RL[6], "h1",
       [("Regionstyrelsen", RS, POL), ("regionens", RSV, ORG), ("regionfullmäktiges", RF, POL),
        ("nämnderna", "nämnd", POL)],
       [pres("samordnar", "samordna"), pres("leder", "leda"), HAR, inf("följa"),
        inf("redovisa"), pres("når", "nå")],
       [st(RS, "Regionstyrelsen", "none", None, "samordna", "samordnar",
           "regionens verksamheter"),
        st(RS, "Regionstyrelsen", "none", None, "leda", "leder", "regionens verksamheter"),
        st(RS, "Regionstyrelsen", "responsibility", "har i uppdrag att", "följa", "följa", R_MAL,
           condition=R_ENL),
        st(RS, "Regionstyrelsen", "responsibility", "har i uppdrag att", "redovisa", "redovisa",
           R_MAL, condition=R_ENL)]),
    rh("h2", RL[7], [("Hälso- och sjukvårdsnämnden", HSN, POL)]),
    rp("3", RL[8], "h2",
       [("hälso- och sjukvårdsnämnden", HSN, POL), ("regionstyrelsen", RS, POL)],
       [AR, pres("beslutar", "besluta"), SKA, inf("lämna")],
       [st(HSN, "hälso- och sjukvårdsnämnden", "none", None, "besluta", "beslutar",
           "om hälso och sjukvårdens inriktning"),
        st(HSN, "hälso- och sjukvårdsnämnden", "obligation", "ska", "lämna", "lämna",
           "förslag till vårdplan till regionstyrelsen")]),
    rh("h3", RL[9], [("Kollektivtrafiknämnden", KTN, POL)]),
    rp("4", RL[10], "h3", [("kollektivtrafiknämnden", KTN, POL), ("regionens", RSV, ORG)],
       [pres("fullgör", "fullgöra"), pres("beslutar", "besluta")],
       [st(KTN, "kollektivtrafiknämnden", "none", None, "fullgöra", "fullgör",
           "regionens uppgifter inom kollektivtrafiken"),
        st(KTN, "kollektivtrafiknämnden", "none", None, "besluta", "beslutar",
           "bland annat om linjer, taxor och biljettsystem")]),
    rh("h4", RL[11], [("Kultur- och utbildningsnämnden", KUN, POL)]),
    rp("5", RL[12], "h4",
       [("Kultur- och utbildningsnämnden", KUN, POL), ("ledamöter", "ledamot", FTV),
        ("regionens", RSV, ORG)],
       [HAR, pres("fördelar", "fördela")],
       [st(KUN, "Kultur- och utbildningsnämnden", "none", None, "fördela", "fördelar",
           "regionens kulturbidrag och stipendier")]),
    rh("h5", RL[13], [("Patientnämnden", PN, POL)]),
    rp("6", RL[14], "h5", [("Patientnämnden", PN, POL)],
       [pres("tar", "ta"), FAR, inf("pröva")],
       [st(PN, "Patientnämnden", "none", None, "ta", "tar",
           "synpunkter och klagomål på vården"),
        st(PN, "Patientnämnden", "prohibition", "får inte", "pröva", "pröva",
           "frågor om disciplinansvar", negated=True)]),
    rh("h6", RL[15]),
    rp("7", RL[16], "h6",
       [("regionfullmäktige", RF, POL), ("regionens", RSV, ORG), ("nämnder", "nämnd", POL)],
       [past("beslutade", "besluta"), inf("slå")],
       [st(RF, "regionfullmäktige", "none", None, "besluta", "beslutade",
           "att slå samman två av regionens fyra nämnder från och med nästa mandatperiod")]),
    rp("8", RL[17], "h6", [("regionstyrelsens ordförande", "regionstyrelsens ordförande", FTV)],
       [pres("vill", "vilja"), inf("korta"), inf("göra"), pres("ansvarar", "ansvara"),
        pres("säger", "säga")]),
    rp("9", RL[18], "h6", [("nämnderna", "nämnd", POL)]),
    item("9.a", RL[19], doc=D, parent="9"),
    item("9.b", RL[20], doc=D, parent="9"),
    item("9.c", RL[21], [("Ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
         doc=D, parent="9"),
    rp("m1", RL[22], "h6"),
]

# (2) A kommun's regler för partistöd as a Word export: blank-line blocks.
D = "w56-z-partistod"
PB = [
    "Regler för kommunalt partistöd i Grävlinge kommun",
    "Antagna av kommunfullmäktige 2025-11-24, § 187. Gäller från och med 2026-01-01.",
    "1 Inledning",
    "Enligt 4 kap. 29–32 §§ kommunallagen får kommunfullmäktige besluta om ekonomiskt stöd "
    "till de partier som har plats i fullmäktige. Stödet syftar till att "
    "stärka partiernas ställning i den lokala demokratin.",
    "I Grävlinge kommun har Grävlingealliansen egen majoritet i fullmäktige sedan valet 2022, "
    "och Bygdepartiet är största parti i oppositionen.",
    "2 Stödformer Partistöd lämnas som ett grundstöd om 20 000 kronor per år samt som ett "
    "mandatstöd om 1,2 procent av prisbasbeloppet för varje mandat.",
    "3 Redovisning",
    "Ett parti som har fått partistöd ska enligt kommunallagen varje år lämna in en skriftlig "
    "redogörelse för hur bidraget har använts. Redogörelsen ska lämnas till kommunkansliet "
    "senast den 30 juni året efter det år som redogörelsen avser. Till redogörelsen ska "
    "partiet bifoga en granskningsrapport.",
    "4 Kommunkansliets och fullmäktiges uppgifter",
    "Kommunkansliet ska, när redogörelserna har kommit in, sammanställa dem och senast den "
    "15 september överlämna sammanställningen till kommunstyrelsen. Därefter ska enligt dessa "
    "regler kommunstyrelsen bereda frågan om utbetalning inför fullmäktiges beslut.",
    "Fullmäktige fattar varje år beslut om utbetalning av partistöd. Ett parti som inte har "
    "lämnat redogörelse och granskningsrapport i tid får inte partistöd för det följande året.",
    "Grävlinge kommun                                                     Sida 2 (2)",
]
PS_TEXT = page(PB)
GK = "grävlinge kommun"
KK = "kommunkansli"
P_NAR = "när redogörelserna har kommit in"
P_STOD = "2 Stödformer "


def ph(n, title, actors=()):
    """A numbered heading `N Rubrik`."""
    return rec(str(n), title, actors, doc=D, kind="heading", label=str(n))


def pp(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def kk(aim, obj, condition=None):
    """The kansli's obligation."""
    return st(KK, "Kommunkansliet", "obligation", "ska", aim, aim, obj, condition=condition)


assert PB[5].startswith(P_STOD)
PARTISTOD = [
    rec("title", PB[0], [("Grävlinge kommun", GK, ORG)], doc=D, kind="heading"),
    rec("m1", PB[1], [("kommunfullmäktige", KF, POL)], doc=D),
    ph(1, "Inledning"),
    pp("1.1", PB[3],
       [("kommunfullmäktige", KF, POL), ("partier", "parti", POL), ("fullmäktige", KF, POL),
        ("partiernas", "parti", POL)],
       [FAR, inf("besluta"), HAR, pres("syftar", "syfta"), inf("stärka")],
       [st(KF, "kommunfullmäktige", "permission", "får", "besluta", "besluta",
           "om ekonomiskt stöd till de partier som har plats i fullmäktige",
           condition="Enligt 4 kap. 29–32 §§ kommunallagen")]),
    pp("1.2", PB[4],
       [("Grävlinge kommun", GK, ORG), ("Grävlingealliansen", "grävlingeallians", POL),
        ("fullmäktige", KF, POL), ("Bygdepartiet", "bygdepartiet", POL)],
       [HAR, AR],
       [st("grävlingeallians", "Grävlingealliansen", "none", None, "ha", "har",
           "egen majoritet i fullmäktige sedan valet 2022"),
        st("bygdepartiet", "Bygdepartiet", "none", None, "vara", "är",
           "största parti i oppositionen")]),
    ph(2, "Stödformer"),
    pp("2.1", PB[5][len(P_STOD):], [], [pres("lämnas", "lämna", "pass")]),
    ph(3, "Redovisning"),
    pp("3.1", PB[7],
       [("parti", "parti", POL), ("kommunkansliet", KK, FORV), ("partiet", "parti", POL)],
       [HAR, sup("fått", "få"), SKA, inf("lämna"), HAR1,
        sup("använts", "använda", "pass"), SKA1,
        inf("lämnas", "lämna", "pass"), pres("avser", "avse"), SKA2, inf("bifoga")],
       [st("parti", "parti", "obligation", "ska", "lämna", "lämna",
           "en skriftlig redogörelse för hur bidraget har använts",
           condition="enligt kommunallagen"),
        st(None, None, "obligation", "ska", "lämna", "lämnas",
           "till kommunkansliet senast den 30 juni året efter det år som redogörelsen avser",
           passive=True),
        st("parti", "partiet", "obligation", "ska", "bifoga", "bifoga",
           "en granskningsrapport")]),
    ph(4, "Kommunkansliets och fullmäktiges uppgifter",
       [("Kommunkansliets", KK, FORV), ("fullmäktiges", KF, POL)]),
    pp("4.1", PB[9],
       [("Kommunkansliet", KK, FORV), ("kommunstyrelsen", KST, POL),
        ("kommunstyrelsen", KST, POL, 1), ("fullmäktiges", KF, POL)],
       [SKA, HAR, sup("kommit", "komma"), inf("sammanställa"), inf("överlämna"), SKA1,
        inf("bereda")],
       [kk("sammanställa", "dem", P_NAR),
        kk("överlämna", "sammanställningen till kommunstyrelsen", P_NAR),
        st(KST, "kommunstyrelsen", "obligation", "ska", "bereda", "bereda",
           "frågan om utbetalning inför fullmäktiges beslut", condition="enligt dessa regler")]),
    pp("4.2", PB[10],
       [("Fullmäktige", KF, POL), ("parti", "parti", POL)],
       [pres("fattar", "fatta"), HAR, sup("lämnat", "lämna"), ("får", "få", "pres", "act")],
       [st(KF, "Fullmäktige", "none", None, "fatta", "fattar",
           "beslut om utbetalning av partistöd"),
        st("parti", "parti", "none", None, "få", "får", "partistöd för det följande året",
           negated=True)]),
]

# (3) A city's web page on its stadsledningskontor: one line a clause.
D = "w56-z-stadsledningskontor"
SL_TEXT = """Gå direkt till innehållet
Startsida / Kommun & politik / Så är vi organiserade
Stadsledningskontorets organisation
Som stadsstyrelsens förvaltning leds stadsledningskontoret av stadsdirektören, som inför \
stadsstyrelsen svarar för att stadsstyrelsens beslut verkställs.
Stadsledningskontoret består av fem avdelningar och en stab.
Ledning
Stadsdirektör Maria Lindqvist
Biträdande stadsdirektör Omar Haddad
Stabschef och kanslichef Eva Brännström
Avdelningar
Ekonomiavdelningen – ekonomichef Jonas Wikström – budget, redovisning och upphandling
HR-avdelningen – HR-direktör Sanna Ek – arbetsgivarfrågor, lönebildning och förhandlingar
Kommunikationsavdelningen – kommunikationschef Petra Holm – ansvarar för webb, press och \
interna kanaler
Samhällsutvecklingsavdelningen – avdelningschef Lars Öhman – leder arbetet med översiktsplan, \
näringsliv och bostadsförsörjning
Digitaliseringsavdelningen – it-chef Nils Sandberg – it-drift, informationssäkerhet och e-tjänster
Stadsledningskontorets uppdrag
Stadsledningskontoret ska enligt stadsstyrelsens reglemente bereda stadsstyrelsens ärenden, \
samordna förvaltningarna och lyfta fram och driva frågor som är strategiskt viktiga för hela \
staden.
Kontakt
Stadsledningskontoret
Telefon: 0611-44 00 00
Senast granskad: 2026-10-02
"""
SLL = SL_TEXT.split("\n")
SLK = "stadsledningskontor"
SS = "stadsstyrelse"
SD = "stadsdirektör"
S_VAR = "frågor som är strategiskt viktiga för hela staden"


def sh(cid, line, actors=()):
    """A heading line."""
    return rec(cid, line, actors, doc=D, kind="heading")


def sp(cid, line, parent, actors=(), verbs=(), statements=(), conditions=()):
    """A line under a heading (an org-chart line included)."""
    return rec(cid, line, actors, verbs, statements, conditions, doc=D, parent=parent)


def slk(aim, obj):
    """The kontor's obligation under its reglemente."""
    return st(SLK, "Stadsledningskontoret", "obligation", "ska", aim, aim, obj,
              condition="enligt stadsstyrelsens reglemente")


STADSLEDNINGSKONTOR = [
    sh("title", SLL[2], [("Stadsledningskontorets", SLK, FORV)]),
    sp("1", SLL[3], None,
       [("stadsstyrelsens", SS, POL), ("stadsledningskontoret", SLK, FORV),
        ("stadsdirektören", SD, TJP), ("stadsstyrelsen", SS, POL),
        ("stadsstyrelsens", SS, POL, 1)],
       [pres("leds", "leda", "pass"), pres("svarar", "svara"),
        pres("verkställs", "verkställa", "pass")],
       [st(SD, "stadsdirektören", "none", None, "leda", "leds", "stadsledningskontoret",
           passive=True),
        st(SD, "stadsdirektören", "responsibility", "svarar för", "svara", "svarar",
           "att stadsstyrelsens beslut verkställs")]),
    sp("2", SLL[4], None,
       [("Stadsledningskontoret", SLK, FORV), ("avdelningar", "avdelning", FORV),
        ("stab", "stab", FORV)],
       [pres("består", "bestå")],
       [st(SLK, "Stadsledningskontoret", "none", None, "bestå", "består",
           "av fem avdelningar och en stab")]),
    sh("h1", SLL[5]),
    sp("3", SLL[6], "h1", [("Stadsdirektör", SD, TJP)]),
    sp("4", SLL[7], "h1", [("Biträdande stadsdirektör", "biträdande stadsdirektör", TJP)]),
    sp("5", SLL[8], "h1", [("Stabschef", "stabschef", TJP), ("kanslichef", "kanslichef", TJP)]),
    sh("h2", SLL[9]),
    sp("6", SLL[10], "h2",
       [("Ekonomiavdelningen", "ekonomiavdelning", FORV), ("ekonomichef", "ekonomichef", TJP)]),
    sp("7", SLL[11], "h2",
       [("HR-avdelningen", "hr-avdelning", FORV), ("HR-direktör", "hr-direktör", TJP)]),
    sp("8", SLL[12], "h2",
       [("Kommunikationsavdelningen", "kommunikationsavdelning", FORV),
        ("kommunikationschef", "kommunikationschef", TJP)],
       [pres("ansvarar", "ansvara")],
       [st("kommunikationsavdelning", "Kommunikationsavdelningen", "responsibility",
           "ansvarar för", "ansvara", "ansvarar", "webb, press och interna kanaler")]),
    sp("9", SLL[13], "h2",
       [("Samhällsutvecklingsavdelningen", "samhällsutvecklingsavdelning", FORV),
        ("avdelningschef", "avdelningschef", TJP)],
       [pres("leder", "leda")],
       [st("samhällsutvecklingsavdelning", "Samhällsutvecklingsavdelningen", "none", None,
           "leda", "leder", "arbetet med översiktsplan, näringsliv och bostadsförsörjning")]),
    sp("10", SLL[14], "h2",
       [("Digitaliseringsavdelningen", "digitaliseringsavdelning", FORV),
        ("it-chef", "it-chef", TJP)]),
    sh("h3", SLL[15], [("Stadsledningskontorets", SLK, FORV)]),
    sp("11", SLL[16], "h3",
       [("Stadsledningskontoret", SLK, FORV), ("stadsstyrelsens", SS, POL),
        ("stadsstyrelsens", SS, POL, 1), ("förvaltningarna", "förvaltning", FORV)],
       [SKA, inf("bereda"), inf("samordna"), inf("lyfta"), inf("driva"), AR],
       [slk("bereda", "stadsstyrelsens ärenden"), slk("samordna", "förvaltningarna"),
        slk("lyfta", S_VAR), slk("driva", S_VAR)]),
    sh("h4", SLL[17]),
    sp("m1", " ".join(SLL[18:20]), "h4", [("Stadsledningskontoret", SLK, FORV)]),
    sp("m2", SLL[20], "h4"),
]

# (4) An ägardirektiv to a municipal parking company as a flattened PDF: blank-line blocks.
D = "w56-z-agardirektiv"
FOOT = "Ägardirektiv för Lövsta Parkerings AB                                   Sida {} (3)"
GB = [
    "ÄGARDIREKTIV FÖR LÖVSTA PARKERINGS AB",
    "Fastställt av kommunfullmäktige i Lövsta kommun den 27 januari 2026, § 9, och antaget på\n"
    "bolagsstämma den 19 februari 2026.",
    "1. Uppdrag och ändamål",
    "Lövsta Parkerings AB – nedan bolaget – ägs helt av Lövsta kommun via Lövsta Stadshus\n"
    "AB. Bolaget ska anordna, driva och underhålla allmänna parkerings platser och har därtill\n"
    "enligt kommunfullmäktiges ägarbeslut i uppdrag att verka för en god trafikmiljö i de\n"
    "centrala delarna av Lövsta.",
    FOOT.format(1),
    "2. Kommunens styrning",
    "Bolaget är skyldigt att rätta sig efter de direktiv som fullmäktige och kommunstyrelsen\n"
    "ger bolaget. Innan bolaget går vidare med beslut som är av principiell natur eller har\n"
    "större ekonomisk betydelse ska fullmäktige ges möjlighet att ta ställning (10 kap. 3 §\n"
    "kommunallagen).",
    "3. Ekonomi och rapportering",
    "Verksamheten ska bedrivas med en avkastning på eget kapital om minst 3 procent.\n"
    "Styrelsen ska varje tertial följa upp och redovisa bolagets ekonomi till kommunstyrelsen\n"
    "samt senast den 15 februari lämna årsredovisning till ägaren.",
    "Bolaget får inte, utan att kommunfullmäktige först har godkänt det, teckna avtal som\n"
    "löper längre än fem år, sälja fastigheter eller ingå borgensåtaganden.",
    FOOT.format(2),
    "4. Information till ägaren",
    "Kommunstyrelsen har alltid rätt att granska bolagets räkenskaper, protokoll och övriga\n"
    "handlingar och får när som helst infordra de uppgifter som kommunstyrelsen behöver för\n"
    "sin uppsikt. Bolaget ska utan dröjsmål underrätta ägaren om sådant som kan påverka\n"
    "verksamheten väsentligt.",
    "Sida 3 (3)",
]
AG_TEXT = page(GB)
LP = "lövsta parkerings ab"
LK = "lövsta kommun"


def gh(n, block, actors=()):
    """A numbered heading `N. Rubrik`."""
    label = f"{n}."
    return rec(str(n), block[len(label) + 1:], actors, doc=D, kind="heading", label=label)


def gp(cid, block, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, unwrap(block), actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def bol(aim, obj, deontic="obligation", modal="ska", text="Bolaget", **kw):
    """The company's act."""
    return st(LP, text, deontic, modal, aim, aim, obj, **kw)


AGARDIREKTIV = [
    rec("title", GB[0], [("LÖVSTA PARKERINGS AB", LP, ORG)], doc=D, kind="heading"),
    rec("m1", unwrap(GB[1]),
        [("kommunfullmäktige", KF, POL), ("Lövsta kommun", LK, ORG),
         ("bolagsstämma", "bolagsstämma", POL)], doc=D),
    gh(1, GB[2]),
    gp("1.1", GB[3],
       [("Lövsta Parkerings AB", LP, ORG), ("bolaget", LP, ORG), ("Lövsta kommun", LK, ORG),
        ("Lövsta Stadshus AB", "lövsta stadshus ab", ORG), ("Bolaget", LP, ORG),
        ("kommunfullmäktiges", KF, POL)],
       [pres("ägs", "äga", "pass"), SKA, inf("anordna"), inf("driva"), inf("underhålla"), HAR,
        inf("verka")],
       [st(LK, "Lövsta kommun", "none", None, "äga", "ägs", "Lövsta Parkerings AB",
           passive=True),
        bol("anordna", "allmänna parkerings platser"), bol("driva", "allmänna parkerings platser"),
        bol("underhålla", "allmänna parkerings platser"),
        bol("verka", "för en god trafikmiljö i de centrala delarna av Lövsta", "responsibility",
            "har i uppdrag att", condition="enligt kommunfullmäktiges ägarbeslut")]),
    gh(2, GB[5], [("Kommunens", LK, ORG)]),
    gp("2.1", GB[6],
       [("Bolaget", LP, ORG), ("fullmäktige", KF, POL), ("kommunstyrelsen", KST, POL),
        ("bolaget", LP, ORG), ("bolaget", LP, ORG, 1), ("fullmäktige", KF, POL, 1)],
       [AR, inf("rätta"), pres("ger", "ge"), pres("går", "gå"), AR1, HAR, SKA,
        pres("ges", "ge", "pass"), inf("ta")],
       [bol("rätta", "efter de direktiv som fullmäktige och kommunstyrelsen ger bolaget",
            modal="är skyldigt att"),
        st(KF, "fullmäktige", "obligation", "ska ges möjlighet att", "ta", "ta", "ställning")]),
    gh(3, GB[7]),
    gp("3.1", GB[8],
       [("Styrelsen", ST, POL), ("bolagets", LP, ORG), ("kommunstyrelsen", KST, POL),
        ("ägaren", "ägare", ORG)],
       [SKA, inf("bedrivas", "bedriva", "pass"), SKA1, inf("följa"), inf("redovisa"),
        inf("lämna")],
       [st(None, None, "obligation", "ska", "bedriva", "bedrivas",
           "med en avkastning på eget kapital om minst 3 procent", passive=True),
        st(ST, "Styrelsen", "obligation", "ska", "följa", "följa",
           "bolagets ekonomi till kommunstyrelsen"),
        st(ST, "Styrelsen", "obligation", "ska", "redovisa", "redovisa",
           "bolagets ekonomi till kommunstyrelsen"),
        st(ST, "Styrelsen", "obligation", "ska", "lämna", "lämna",
           "årsredovisning till ägaren")]),
    gp("3.2", GB[9], [("Bolaget", LP, ORG), ("kommunfullmäktige", KF, POL)],
       [FAR, HAR, sup("godkänt", "godkänna"), inf("teckna"), pres("löper", "löpa"),
        inf("sälja"), inf("ingå")],
       [bol(aim, obj, "prohibition", "får inte", negated=True)
        for aim, obj in (("teckna", "avtal som löper längre än fem år"),
                         ("sälja", "fastigheter"), ("ingå", "borgensåtaganden"))]),
    gh(4, GB[11], [("ägaren", "ägare", ORG)]),
    gp("4.1", GB[12],
       [("Kommunstyrelsen", KST, POL), ("bolagets", LP, ORG), ("kommunstyrelsen", KST, POL),
        ("Bolaget", LP, ORG), ("ägaren", "ägare", ORG)],
       [HAR, inf("granska"), FAR, inf("infordra"), pres("behöver", "behöva"), SKA,
        inf("underrätta"), KAN, inf("påverka")],
       [st(KST, "Kommunstyrelsen", "permission", "har rätt att", "granska", "granska",
           "bolagets räkenskaper, protokoll och övriga handlingar"),
        st(KST, "Kommunstyrelsen", "permission", "får", "infordra", "infordra",
           "de uppgifter som kommunstyrelsen behöver för sin uppsikt"),
        bol("underrätta", "ägaren om sådant som kan påverka verksamheten väsentligt")]),
]

# (5) A högskola's arbetsordning as a Word export: tab headings, blank-line blocks.
D = "w56-z-arbetsordning"
AB = [
    "Arbetsordning för Tallbergs högskola",
    "Beslutad av styrelsen 2026-05-14 (dnr TH 2026/112). Ersätter arbetsordning beslutad "
    "2023-06-01.",
    "1\tLedning och organisation",
    "Styrelsen är Tallbergs högskolas högsta beslutande organ. Under styrelsen leds "
    "verksamheten av rektor, som är myndighetschef och som ansvarar inför styrelsen för att "
    "verksamheten drivs med god hushållning och i enlighet med högskolelagen.",
    "Rektor beslutar i alla frågor som rör verksamheten och som inte enligt lag, förordning "
    "eller denna arbetsordning ska beslutas av styrelsen eller någon annan. Rektor får delegera "
    "sin beslutanderätt till prorektor, avdelningschefer och prefekter, om inte annat följer av "
    "delegationsordningen.",
    "2\tProrektor och förvaltningschef",
    "Prorektor är ställföreträdare för rektor och leder på rektors uppdrag arbetet med "
    "kvalitetssäkring av utbildningen. Förvaltningschefen, som rektor utser efter att ha hört "
    "styrelsens ordförande, leder högskoleförvaltningen och ska enligt rektors anvisningar "
    "samordna och följa upp förvaltningens verksamhet.",
    "3\tAvdelningar och delegation",
    "Verksamheten bedrivs vid tre akademier och, inom förvaltningen, vid fyra avdelningar. "
    "Var och en av de fyra avdelningarna leds av en avdelningschef, som svarar för avdelningens "
    "ekonomi, personal och arbetsmiljö samt för att rektors och styrelsens beslut genomförs "
    "inom avdelningen.",
    "En avdelningschef får i sin tur vidaredelegera sin rätt att fatta beslut till enhetschefer "
    "inom avdelningen, men får inte vidaredelegera beslut om anställning av personal. "
    "Delegationsbeslut som har fattats med stöd av denna arbetsordning ska rapporteras till rektor "
    "vid närmast följande ledningsmöte.",
]
AO_TEXT = page(AB)
TH = "tallbergs högskola"
RK = "rektor"
FC = "förvaltningschef"
AC = "avdelningschef"
A_VERK = "förvaltningens verksamhet"
A_ANV = "enligt rektors anvisningar"


def ah(n, block, actors=()):
    """A tab heading `N⇥Rubrik`."""
    label = str(n)
    return rec(label, block[len(label) + 1:], actors, doc=D, kind="heading", label=label)


def ap(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


ARBETSORDNING = [
    rec("title", AB[0], [("Tallbergs högskola", TH, ORG)], doc=D, kind="heading"),
    rec("m1", AB[1], [("styrelsen", ST, POL)], doc=D),
    ah(1, AB[2]),
    ap("1.1", AB[3],
       [("Styrelsen", ST, POL), ("Tallbergs högskolas", TH, ORG), ("styrelsen", ST, POL),
        ("rektor", RK, TJP), ("styrelsen", ST, POL, 1)],
       [AR, pres("leds", "leda", "pass"), AR1, pres("ansvarar", "ansvara"),
        pres("drivs", "driva", "pass")],
       [st(ST, "Styrelsen", "none", None, "vara", "är",
           "Tallbergs högskolas högsta beslutande organ"),
        st(RK, "rektor", "none", None, "leda", "leds", "verksamheten", passive=True),
        st(RK, "rektor", "responsibility", "ansvarar för", "ansvara", "ansvarar",
           "att verksamheten drivs med god hushållning och i enlighet med högskolelagen")],
       ["i enlighet med högskolelagen"]),
    ap("1.2", AB[4],
       [("Rektor", RK, TJP), ("styrelsen", ST, POL), ("Rektor", RK, TJP, 1),
        ("prorektor", "prorektor", TJP), ("avdelningschefer", AC, TJP),
        ("prefekter", "prefekt", TJP)],
       [pres("beslutar", "besluta"), pres("rör", "röra"), SKA, inf("beslutas", "besluta", "pass"),
        FAR, inf("delegera"), pres("följer", "följa")],
       [st(RK, "Rektor", "none", None, "besluta", "beslutar",
           "i alla frågor som rör verksamheten och som inte enligt lag, förordning eller denna "
           "arbetsordning ska beslutas av styrelsen eller någon annan"),
        st(RK, "Rektor", "permission", "får", "delegera", "delegera",
           "sin beslutanderätt till prorektor, avdelningschefer och prefekter",
           condition="om inte annat följer av delegationsordningen")],
       ["enligt lag, förordning eller denna arbetsordning"]),
    ah(2, AB[5], [("Prorektor", "prorektor", TJP), ("förvaltningschef", FC, TJP)]),
    ap("2.1", AB[6],
       [("Prorektor", "prorektor", TJP), ("rektor", RK, TJP), ("rektors", RK, TJP),
        ("Förvaltningschefen", FC, TJP), ("rektor", RK, TJP, 1),
        ("styrelsens ordförande", "styrelsens ordförande", FTV),
        ("högskoleförvaltningen", "högskoleförvaltning", FORV), ("rektors", RK, TJP, 1),
        ("förvaltningens", "förvaltning", FORV)],
       [AR, pres("leder", "leda"), pres("utser", "utse"), inf("ha"), sup("hört", "höra"),
        pres("leder", "leda", nth=1),
        SKA, inf("samordna"), inf("följa")],
       [st("prorektor", "Prorektor", "none", None, "vara", "är", "ställföreträdare för rektor"),
        st("prorektor", "Prorektor", "none", None, "leda", "leder",
           "arbetet med kvalitetssäkring av utbildningen"),
        st(FC, "Förvaltningschefen", "none", None, "leda", "leder", "högskoleförvaltningen"),
        st(FC, "Förvaltningschefen", "obligation", "ska", "samordna", "samordna", A_VERK,
           condition=A_ANV),
        st(FC, "Förvaltningschefen", "obligation", "ska", "följa", "följa", A_VERK,
           condition=A_ANV)]),
    ah(3, AB[7], [("Avdelningar", "avdelning", FORV)]),
    ap("3.1", AB[8],
       [("avdelningarna", "avdelning", FORV), ("avdelningschef", AC, TJP),
        ("avdelningens", "avdelning", FORV), ("rektors", RK, TJP), ("styrelsens", ST, POL),
        ("avdelningen", "avdelning", FORV)],
       [pres("bedrivs", "bedriva", "pass"), pres("leds", "leda", "pass"),
        pres("svarar", "svara"), pres("genomförs", "genomföra", "pass")],
       [st(AC, "avdelningschef", "none", None, "leda", "leds",
           "Var och en av de fyra avdelningarna", passive=True),
        st(AC, "avdelningschef", "responsibility", "svarar för", "svara", "svarar",
           "avdelningens ekonomi, personal och arbetsmiljö samt för att rektors och "
           "styrelsens beslut genomförs inom avdelningen")]),
    ap("3.2", AB[9],
       [("avdelningschef", AC, TJP), ("enhetschefer", "enhetschef", TJP),
        ("avdelningen", "avdelning", FORV), ("rektor", RK, TJP)],
       [FAR, inf("vidaredelegera"), inf("fatta"), FAR1, inf("vidaredelegera", nth=1), HAR,
        sup("fattats", "fatta", "pass"), SKA, inf("rapporteras", "rapportera", "pass")],
       [st(AC, "avdelningschef", "permission", "får", "vidaredelegera", "vidaredelegera",
           "sin rätt att fatta beslut till enhetschefer inom avdelningen"),
        st(AC, "avdelningschef", "prohibition", "får inte", "vidaredelegera", "vidaredelegera",
           "beslut om anställning av personal", negated=True),
        st(None, None, "obligation", "ska", "rapportera", "rapporteras",
           "till rektor vid närmast följande ledningsmöte", passive=True,
           condition="med stöd av denna arbetsordning")]),
]

# (6) The `Roller och ansvar` section of a kommun's informationssäkerhetspolicy from a
# layout-keeping PDF: a table whose duty cells wrap in their column.
D = "w56-z-rolleransvar"
IND = " " * 28
XB = [
    "Informationssäkerhetspolicy för Kvarnbo kommun",
    "Dokumenttyp: Policy    Beslutad av: Kommunfullmäktige    Datum: 2026-02-23, § 14\n"
    "Dokumentansvarig: Säkerhetschef    Gäller till: 2029-12-31",
    "5 Roller och ansvar",
    "Informationssäkerhet är en del av det ordinarie arbetet och ansvaret följer\n"
    "linjeorganisationen. Det innebär att varje chef inom sitt område ansvarar för att\n"
    "informationen hanteras enligt denna policy och de riktlinjer som kommunstyrelsen\n"
    "fastställer.",
    "Roll                        Ansvar",
    "Kommunfullmäktige           Fastställer informationssäkerhetspolicyn och beslutar om\n"
    + IND + "kommunens övergripande mål för informationssäkerhet.",
    "Kommunstyrelsen             Har det yttersta ansvaret för informationssäkerheten i\n"
    + IND + "kommunens verksamheter och ska årligen följa upp och utvärdera\n"
    + IND + "arbetet.",
    "Kommundirektören            Leder och samordnar det förvaltningsövergripande arbetet\n"
    + IND + "med informationssäkerhet och får, efter samråd med\n"
    + IND + "säkerhetschefen, besluta om riktlinjer och rutiner.",
    "Säkerhetschef               Stödjer kommundirektören i arbetet, tar fram riktlinjer och\n"
    + IND + "ska rapportera allvarliga incidenter till kommunstyrelsen utan\n"
    + IND + "dröjsmål.",
    "Förvaltningschef            Ansvarar för att informationssäkerheten i den egna\n"
    + IND + "förvaltningen följer policyn, och att incidenter rapporteras.",
    "Systemägare                 Ansvarar för att risk- och sårbarhetsanalys görs för\n"
    + IND + "systemet innan det tas i drift.",
    "Medarbetare                 Ska följa gällande riktlinjer och rapportera misstänkta\n"
    + IND + "incidenter till närmaste chef.",
    "Kvarnbo kommun • Informationssäkerhetspolicy                              7 (11)",
    "5.1 Uppföljning",
    "Efter varje mandatperiods början, dock senast under det första året, ska policyn ses över av\n"
    "kommunstyrelsen. Vid behov kan kommundirektören även under löpande år föreslå ändringar.",
]
RA_TEXT = page(XB)
KVK = "kvarnbo kommun"
KD = "kommundirektör"
SC = "säkerhetschef"


def xrow(cid, block, actors=(), verbs=(), statements=(), conditions=()):
    """A table row: the role cell and its duty cell, unwrapped."""
    return rec(cid, unwrap(block), actors, verbs, statements, conditions, doc=D, parent="5")


def role(actor, text, deontic, modal, aim, aim_text, obj, **kw):
    """A row's statement: the role cell is the duty's subject."""
    return st(actor, text, deontic, modal, aim, aim_text, obj, **kw)


ROLLERANSVAR = [
    rec("title", XB[0], [("Kvarnbo kommun", KVK, ORG)], doc=D, kind="heading"),
    rec("m1", unwrap(XB[1]), [("Kommunfullmäktige", KF, POL), ("Säkerhetschef", SC, TJP)],
        doc=D),
    rec("5", "Roller och ansvar", doc=D, kind="heading", label="5"),
    rec("5.p1", unwrap(XB[3]), [("chef", "chef", TJP), ("kommunstyrelsen", KST, POL)],
        [AR, pres("följer", "följa"), pres("innebär", "innebära"), pres("ansvarar", "ansvara"),
         pres("hanteras", "hantera", "pass"), pres("fastställer", "fastställa")],
        conditions=["enligt denna policy och de riktlinjer som kommunstyrelsen fastställer"],
        doc=D, parent="5"),
    rec("5.h", "Roll Ansvar", doc=D, kind="heading", parent="5"),
    xrow("5.p2", XB[5], [("Kommunfullmäktige", KF, POL), ("kommunens", KVK, ORG)],
         [pres("Fastställer", "fastställa"), pres("beslutar", "besluta")],
         [role(KF, "Kommunfullmäktige", "none", None, "fastställa", "Fastställer",
               "informationssäkerhetspolicyn"),
          role(KF, "Kommunfullmäktige", "none", None, "besluta", "beslutar",
               "om kommunens övergripande mål för informationssäkerhet")]),
    xrow("5.p3", XB[6],
         [("Kommunstyrelsen", KST, POL), ("kommunens", KVK, ORG)],
         [("Har", "ha", "pres", "act"), SKA, inf("följa"), inf("utvärdera")],
         [role(KST, "Kommunstyrelsen", "responsibility", "Har det yttersta ansvaret för",
               "ansvara", "Har", "informationssäkerheten i kommunens verksamheter"),
          role(KST, "Kommunstyrelsen", "obligation", "ska", "följa", "följa", "arbetet"),
          role(KST, "Kommunstyrelsen", "obligation", "ska", "utvärdera", "utvärdera",
               "arbetet")]),
    xrow("5.p4", XB[7], [("Kommundirektören", KD, TJP), ("säkerhetschefen", SC, TJP)],
         [pres("Leder", "leda"), pres("samordnar", "samordna"), FAR, inf("besluta")],
         [role(KD, "Kommundirektören", "none", None, "leda", "Leder",
               "det förvaltningsövergripande arbetet med informationssäkerhet"),
          role(KD, "Kommundirektören", "none", None, "samordna", "samordnar",
               "det förvaltningsövergripande arbetet med informationssäkerhet"),
          role(KD, "Kommundirektören", "permission", "får", "besluta", "besluta",
               "om riktlinjer och rutiner", condition="efter samråd med säkerhetschefen")]),
    xrow("5.p5", XB[8],
         [("Säkerhetschef", SC, TJP), ("kommundirektören", KD, TJP),
          ("kommunstyrelsen", KST, POL)],
         [pres("Stödjer", "stödja"), pres("tar", "ta"), SKA, inf("rapportera")],
         [role(SC, "Säkerhetschef", "none", None, "stödja", "Stödjer",
               "kommundirektören i arbetet"),
          role(SC, "Säkerhetschef", "none", None, "ta", "tar", "riktlinjer"),
          role(SC, "Säkerhetschef", "obligation", "ska", "rapportera", "rapportera",
               "allvarliga incidenter till kommunstyrelsen utan dröjsmål")]),
    xrow("5.p6", XB[9], [("Förvaltningschef", FC, TJP)],
         [pres("Ansvarar", "ansvara"), pres("följer", "följa"),
          pres("rapporteras", "rapportera", "pass")],
         [role(FC, "Förvaltningschef", "responsibility", "Ansvarar för", "ansvara", "Ansvarar",
               "att informationssäkerheten i den egna förvaltningen följer policyn, och att "
               "incidenter rapporteras")]),
    xrow("5.p7", XB[10], [("Systemägare", "systemägare", TJP)],
         [pres("Ansvarar", "ansvara"), pres("görs", "göra", "pass"),
          pres("tas", "ta", "pass")],
         [role("systemägare", "Systemägare", "responsibility", "Ansvarar för", "ansvara",
               "Ansvarar", "att risk- och sårbarhetsanalys görs för systemet innan det tas i "
               "drift")]),
    xrow("5.p8", XB[11], [("Medarbetare", "medarbetare", TJP), ("chef", "chef", TJP)],
         [("Ska", "skola", "pres", "act"), inf("följa"), inf("rapportera")],
         [role("medarbetare", "Medarbetare", "obligation", "Ska", "följa", "följa",
               "gällande riktlinjer"),
          role("medarbetare", "Medarbetare", "obligation", "Ska", "rapportera", "rapportera",
               "misstänkta incidenter till närmaste chef")]),
    rec("5.1", "Uppföljning", doc=D, kind="heading", parent="5", label="5.1"),
    rec("5.1.1", unwrap(XB[14]),
        [("kommunstyrelsen", KST, POL), ("kommundirektören", KD, TJP)],
        [SKA, inf("ses", "se", "pass"), KAN, inf("föreslå")],
        [st(KST, "kommunstyrelsen", "obligation", "ska", "se", "ses", "policyn", passive=True),
         st(KD, "kommundirektören", "permission", "kan", "föreslå", "föreslå", "ändringar",
            condition="Vid behov")],
        doc=D, parent="5.1"),
]

DOCUMENTS = {"w56-z-regionnamnder": (RN_TEXT, REGIONNAMNDER),
             "w56-z-partistod": (PS_TEXT, PARTISTOD),
             "w56-z-stadsledningskontor": (SL_TEXT, STADSLEDNINGSKONTOR),
             "w56-z-agardirektiv": (AG_TEXT, AGARDIREKTIV),
             "w56-z-arbetsordning": (AO_TEXT, ARBETSORDNING),
             "w56-z-rolleransvar": (RA_TEXT, ROLLERANSVAR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w56-z", DOCUMENTS)
