"""Builds corpus/dev/w44-p.jsonl and corpus/dev/w44-p-*.txt: probe of round 44, four invented
documents in the damaged layouts real documents arrive in, written blind (before the segmenter
was read) and annotated by hand from docs/annotation.md: a docplayer delegationsordning whose
pages are flattened lines opening with a page index and a counter (`3 3 (9)`), a running title
and run-together table rows (`w44-p-fjardby`); a kommundirektör instruction as a PDF text layer
with ~70-character wrapped lines, hyphenated breaks, running headers and footers and a paragraph
running over a page break (`w44-p-hedemo`); a company's bolagsordning and ägardirektiv copied
from a web page with its chrome, `§ N Rubrik text` lines and lists flattened with ` - ` and `•`
(`w44-p-lervik`); a förbundsordning printed flat, a section per line, with Roman sub-labels,
capitals headings and a `N §` after a lost full stop (`w44-p-norran`).
Run: python corpus/make_w44_p.py corpus/dev"""

import sys

from records import (
    AR,
    BOR,
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
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w44-p", conditions_from_statements=True)


def nth(items):
    """Adds the occurrence index to (piece, ...) tuples listed in text order."""
    seen = {}
    out = []
    for item in items:
        count = seen.get(item[0], 0)
        seen[item[0]] = count + 1
        out.append((*item, count))
    return out


def v(word, lemma, tense="pres", voice="act"):
    return (word, lemma, tense, voice)


def inf_(word, lemma=None):
    return (word, lemma or word, "inf", "act")


A_TEXT = """Delegationsordning, Fjärdby kommun, miljö- och byggnadsnämnden
1 1 (9) DELEGATIONSORDNING MILJÖ- OCH BYGGNADSNÄMNDEN Antagen av miljö- och byggnadsnämnden \
2026-03-18, § 41 Dnr MBN 2026/77 Innehåll 1. Inledning 2 2. Allmänna bestämmelser 3 3. \
Delegationsförteckning 5 4. Ikraftträdande 9
2 2 (9) DELEGATIONSORDNING MILJÖ- OCH BYGGNADSNÄMNDEN 1. InledningI denna delegationsordning \
anges vilka beslut nämnden har uppdragit åt andra att fatta. Syftet är att avlasta nämnden och \
korta väntetiderna för den sökande. Nämnden behåller alltid rätten att själv besluta i ett \
delegerat ärende.
3 3 (9) DELEGATIONSORDNING MILJÖ- OCH BYGGNADSNÄMNDEN 2. Allmänna bestämmelser 2.1 Redovisning \
av delegationsbeslut Beslut som fattats med stöd av denna delegationsordning ska anmälas till \
nämnden vid närmast följande sammanträde. Delegaten ansvarar för att beslutet förs in i \
ärendesystemet. 2.2 Ersättare för delegat Vid förfall för delegaten övertas beslutanderätten \
av dennes närmaste chef. Är även chefen förhindrad får ärendet hänskjutas till nämndens ordförande.
4 4 (9) DELEGATIONSORDNING MILJÖ- OCH BYGGNADSNÄMNDEN 2.3 Vidaredelegation Förvaltningschefen \
har rätt att vidaredelegera sin beslutanderätt till en medarbetare på förvaltningen. Beslut \
fattade efter vidaredelegation ska rapporteras till förvaltningschefen som i sin tur anmäler \
dem till nämnden. 2.4 Jäv En delegat som är jävig får inte fatta beslut i ärendet utan ska \
lämna över det till sin ersättare.
5 5 (9) DELEGATIONSORDNING MILJÖ- OCH BYGGNADSNÄMNDEN 3. Delegationsförteckning Förkortningar: \
MB = miljöbalken PBL = plan- och bygglagen FL = förvaltningslagen FC = förvaltningschef MI = \
miljöinspektör BI = bygglovsinspektör Nr Ärende Delegat Lagrum Anmärkning 3.1 Allmänna ärenden \
3.1.1 Yttrande i ärenden av enkel beskaffenhet FC Brådskande yttranden 3.1.2 Avvisning av för \
sent inkommen överklagan FC 45 § FL
6 6 (9) DELEGATIONSORDNING MILJÖ- OCH BYGGNADSNÄMNDEN 3.2 Miljöbalken 3.2.1 Föreläggande och \
förbud i ärenden om enskilda avlopp MI 26 kap. 9 § MB Vite får inte sättas ut 3.2.2 Beslut om \
avgift för tillsyn MI 27 kap. 1 § MB 3.2.3 Anmälan om misstänkt brott FC 26 kap. 2 § MB Samråd \
med ordföranden bör ske
7 7 (9) DELEGATIONSORDNING MILJÖ- OCH BYGGNADSNÄMNDEN 3.3 Plan- och bygglagen 3.3.1 Bygglov \
för komplementbyggnad inom detaljplanerat område BI 9 kap. 30 § PBL 3.3.2 Startbesked BI 10 \
kap. 23 § PBL 3.3.3 Byggsanktionsavgift under 50 000 kr FC 11 kap. 51 § PBL Högre belopp \
beslutas av nämnden
8 8 (9) DELEGATIONSORDNING MILJÖ- OCH BYGGNADSNÄMNDEN 3.4 Personal och ekonomi 3.4.1 \
Tillsvidareanställning av personal på förvaltningen FC Efter samråd med HR-chefen 3.4.2 Attest \
av fakturor upp till 100 000 kr Ekonomichef 3.4.3 Upphandling över 500 000 kr Nämndens \
arbetsutskott LOU
9 9 (9) DELEGATIONSORDNING MILJÖ- OCH BYGGNADSNÄMNDEN 4. Ikraftträdande Denna \
delegationsordning gäller från och med den 1 april 2026 och ersätter tidigare \
delegationsordning. Förvaltningen ska hålla förteckningen aktuell och ta fram förslag till \
ändringar vid behov.
"""

B_TEXT = """Instruktion för kommundirektören i Hedemo kommun
Fastställd av kommunstyrelsen 2026-02-11, § 18              Dnr KS 2026/0093

1. Inledning

Denna instruktion anger kommundirektörens uppdrag och befogenheter. Den
kompletterar kommunstyrelsens reglemente och dess delegeringsregler och
ska ses över varje mandatperiod av kommunstyrelsen.

2. Kommundirektörens roll

Kommundirektören är kommunstyrelsens ledande tjänsteperson och chef
för kommunledningsförvaltningen. Kommundirektören leds av kommunsty-
relsen genom dess ordförande och har sin anställning i kommunstyrelsen.

3. Uppgifter

Kommundirektören har till uppgift att:
1. leda, samordna och följa upp förvaltningarnas verksamhet så att
   fullmäktiges mål nås,
2. se till att ärenden som ska behandlas av kommunstyrelsen är väl
   beredda och att fattade beslut verkställs,
3. ansvara för att kommunens samlade ekonomi följs upp och rapporte-
   ras till kommunstyrelsen varje månad,

Hedemo kommun            Instruktion för kommundirektören            Sida 1 av 3

Instruktion för kommundirektören i Hedemo kommun      2026-02-11      Dnr KS 2026/0093

4. företräda kommunen i förhandlingar med andra myndigheter när inte
   kommunstyrelsen har beslutat annat.

4. Ekonomi och personal

Kommundirektören ansvarar för:
- förvaltningsorganisationens budgetuppföljning,
- att arbetsgivarpolitiken är enhetlig i hela organisationen,
- kompetensförsörjning och chefsutveckling.

Vid kommundirektörens frånvaro träder biträdande kommundirektör in.
Finns ingen biträdande kommundirektör utser kommunstyrelsens ordföran-

Hedemo kommun            Instruktion för kommundirektören            Sida 2 av 3

Instruktion för kommundirektören i Hedemo kommun      2026-02-11      Dnr KS 2026/0093

de en ersättare bland förvaltningscheferna.

5. Samverkan

Kommundirektören bör regelbundet träffa förvaltningscheferna i en led-
ningsgrupp. Kommundirektören får inte utan kommunstyrelsens medgivande
åta sig uppdrag i styrelser för bolag eller föreningar.

6. Uppföljning

Instruktionen följs upp årligen av kommunstyrelsens arbetsutskott i
samband med medarbetarsamtalet.

Hedemo kommun            Instruktion för kommundirektören            Sida 3 av 3
"""

C_TEXT = """Hoppa till huvudinnehåll
Meny
Sök
Kommun och politik
Bygga och bo
Näringsliv och arbete
Start › Kommun och politik › Kommunala bolag › Lerviks Hamn AB
Bolagsordning och ägardirektiv för Lerviks Hamn AB
Senast uppdaterad 14 oktober 2026
Bolagsordning
§ 1 Firma Bolagets firma är Lerviks Hamn AB.
§ 2 Säte Styrelsen har sitt säte i Lerviks kommun.
§ 3 Verksamhet Bolaget ska driva och underhålla hamnanläggningar i Lerviks kommun samt \
tillhandahålla kajplatser för handelssjöfart och fritidsbåtar.
§ 4 Styrelse Styrelsen ska bestå av lägst fem och högst sju ledamöter. Ledamöterna utses av \
kommunfullmäktige för tiden till slutet av den årsstämma som hålls året efter nästa val till \
fullmäktige.
§ 5 Fullmäktiges ställningstagande Bolaget ska ge kommunfullmäktige tillfälle att yttra sig \
innan sådana beslut fattas som har principiell betydelse eller stor ekonomisk vikt.
Ägardirektiv
Kommunen som ägare Lerviks kommun utövar sitt ägarinflytande genom kommunstyrelsen och på \
bolagsstämman. Uppsikten över bolaget utövas av kommunstyrelsen enligt 6 kap. 1 § KL.
Bolaget ska särskilt: - samverka med kommunens näringslivsenhet - redovisa miljöpåverkan från \
hamnverksamheten i årsredovisningen - att hålla avgifterna på en konkurrenskraftig nivå
Bolaget ska till kommunstyrelsen lämna: • delårsrapport per den 31 augusti • årsredovisning \
och revisionsberättelse • protokoll från styrelsens sammanträden
Verkställande direktören får inte ingå avtal som löper längre än fem år utan styrelsens \
godkännande. Om bolaget avser att bilda dotterbolag ska kommunfullmäktige först ges tillfälle \
att yttra sig.
Kontakt
Lerviks kommun | Storgatan 4 | 456 30 Lervik | 0523-100 00
Vi använder kakor för att webbplatsen ska fungera bra. Läs mer om kakor
© Lerviks kommun 2026
"""

D_TEXT = """FÖRBUNDSORDNING FÖR NORRÅNS RÄDDNINGSTJÄNSTFÖRBUND
Antagen av kommunfullmäktige i Bergsta kommun 2026-05-20 och i Lindviks kommun 2026-06-02
1 § NAMN OCH SÄTE I Förbundets namn är Norråns räddningstjänstförbund. II Förbundet har sitt \
säte i Bergsta kommun 2 § MEDLEMMAR OCH ÄNDAMÅL I Bergsta kommun och Lindviks kommun är \
medlemmar i förbundet. II Förbundet har till uppgift att för medlemmarnas räkning bedriva \
räddningstjänst och förebyggande verksamhet enligt lag om skydd mot olyckor. III Förbundet får \
även utföra tjänster åt andra kommuner i den mån det inte inkräktar på uppdraget åt medlemmarna.
DIREKTION 3 § Förbundet ska ha en direktion som består av sex ledamöter och lika många \
ersättare. Bergsta kommun väljer fyra ledamöter och fyra ersättare och Lindviks kommun väljer \
två ledamöter och två ersättare 4 § Bland ledamöterna väljer direktionen en ordförande samt en \
vice ordförande för fyra år i taget. Ordföranden ska vara ledamot från Bergsta kommun.
5 § Direktionen ansvarar för: I förbundets verksamhet och ekonomi II att förbundet följer \
lagar och föreskrifter III upprättande av handlingsprogram enligt LSO Direktionen får inte \
delegera beslut om förbundets budget.
EKONOMI 6 § Kostnaderna för förbundets verksamhet fördelas mellan medlemmarna efter \
invånarantal den 1 november året före budgetåret. 7 § Direktionen ska fastställa budget före \
oktober månads utgång. Budgeten ska innehålla en plan för ekonomin för en period av tre år 8 § \
Medlemmarnas revisorer bör samordna sin granskning av förbundet.
ÖVRIGT 9 § Utträde Vill en medlem utträda ur förbundet ska medlemmen säga upp sitt medlemskap \
skriftligen till direktionen. Uppsägningstiden är två år. 10 § Förbundsordningen gäller från \
och med 1 januari 2027 och ersätter förbundsordningen från 2019.
"""

D = "w44-p-fjardby"
MBN = "miljö- och byggnadsnämnd"
PAGES = [line[2:] for line in A_TEXT.split("\n")[1:10]]
HEAD = ("MILJÖ- OCH BYGGNADSNÄMNDEN", MBN, POL)
FC = ("FC", "förvaltningschef", TJP)
MI = ("MI", "miljöinspektör", TJP)
BI = ("BI", "bygglovsinspektör", TJP)
FJ = [
    rec("title", A_TEXT.split("\n")[0],
        [("Fjärdby kommun", "fjärdby kommun", ORG), ("miljö- och byggnadsnämnden", MBN, POL)],
        doc=D, kind="heading"),
    rec("1", PAGES[0], nth([HEAD, ("miljö- och byggnadsnämnden", MBN, POL)]), doc=D, label="1"),
    rec("2", PAGES[1], nth([HEAD, ("nämnden", "nämnd", POL), ("nämnden", "nämnd", POL),
                            ("sökande", "sökande", EXT), ("Nämnden", "nämnd", POL)]),
        nth([v("anges", "ange", voice="pass"), v("har", "ha"), v("är", "vara"),
             v("behåller", "behålla")]),
        [st("nämnd", "Nämnden", "none", None, "behålla", "behåller",
            "rätten att själv besluta i ett delegerat ärende")], doc=D, label="2"),
    rec("3", PAGES[2],
        nth([HEAD, ("nämnden", "nämnd", POL), ("Delegaten", "delegat", TJP),
             ("Ersättare", "ersättare", FTV), ("delegat", "delegat", TJP),
             ("delegaten", "delegat", TJP), ("chef", "chef", TJP), ("chefen", "chef", TJP),
             ("nämndens ordförande", "nämndens ordförande", FTV)]),
        nth([SKA, v("anmälas", "anmäla", "inf", "pass"), v("ansvarar", "ansvara"),
             v("förs", "föra", voice="pass"), v("övertas", "överta", voice="pass"),
             v("Är", "vara"), FAR, v("hänskjutas", "hänskjuta", "inf", "pass")]),
        [st(None, None, "obligation", "ska", "anmäla", "anmälas",
            "Beslut som fattats med stöd av denna delegationsordning", passive=True),
         st("delegat", "Delegaten", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att beslutet förs in i ärendesystemet"),
         st("chef", "chef", "none", None, "överta", "övertas", "beslutanderätten",
            passive=True, condition="Vid förfall för delegaten"),
         st(None, None, "permission", "får", "hänskjuta", "hänskjutas", "ärendet",
            passive=True, condition="Är även chefen förhindrad")], doc=D, label="3"),
    rec("4", PAGES[3],
        nth([HEAD, ("Förvaltningschefen", "förvaltningschef", TJP),
             ("medarbetare", "medarbetare", TJP), ("förvaltningen", "förvaltning", FORV),
             ("förvaltningschefen", "förvaltningschef", TJP), ("nämnden", "nämnd", POL),
             ("delegat", "delegat", TJP), ("ersättare", "ersättare", FTV)]),
        nth([HAR, inf_("vidaredelegera"), SKA, v("rapporteras", "rapportera", "inf", "pass"),
             v("anmäler", "anmäla"), v("är", "vara"), FAR, inf_("fatta"), SKA,
             inf_("lämna")]),
        [st("förvaltningschef", "Förvaltningschefen", "permission", "har rätt att",
            "vidaredelegera", "vidaredelegera",
            "sin beslutanderätt till en medarbetare på förvaltningen"),
         st(None, None, "obligation", "ska", "rapportera", "rapporteras",
            "Beslut fattade efter vidaredelegation", passive=True),
         st("delegat", "delegat", "prohibition", "får inte", "fatta", "fatta",
            "beslut i ärendet", negated=True),
         st("delegat", "delegat", "obligation", "ska", "lämna", "lämna",
            "det till sin ersättare")], doc=D, label="4"),
    rec("5", PAGES[4],
        nth([HEAD, FC, ("förvaltningschef", "förvaltningschef", TJP), MI,
             ("miljöinspektör", "miljöinspektör", TJP), BI,
             ("bygglovsinspektör", "bygglovsinspektör", TJP), FC, FC]), doc=D, label="5"),
    rec("6", PAGES[5], nth([HEAD, MI, MI, FC,
                            ("ordföranden", "miljö- och byggnadsnämndens ordförande", FTV)]),
        nth([FAR, v("sättas", "sätta", "inf", "pass"), BOR]),
        [st(None, None, "prohibition", "får inte", "sätta", "sättas", "Vite", passive=True,
            negated=True)], doc=D, label="6"),
    rec("7", PAGES[6], nth([HEAD, BI, BI, FC, ("nämnden", "nämnd", POL)]),
        [v("beslutas", "besluta", voice="pass")],
        [st("nämnd", "nämnden", "none", None, "besluta", "beslutas", "Högre belopp",
            passive=True)], doc=D, label="7"),
    rec("8", PAGES[7],
        nth([HEAD, ("personal", "personal", TJP), ("förvaltningen", "förvaltning", FORV), FC,
             ("HR-chefen", "hr-chef", TJP), ("Ekonomichef", "ekonomichef", TJP),
             ("Nämndens arbetsutskott", "nämndens arbetsutskott", POL)]),
        doc=D, label="8"),
    rec("9", PAGES[8], nth([HEAD, ("Förvaltningen", "förvaltning", FORV)]),
        nth([v("gäller", "gälla"), v("ersätter", "ersätta"), SKA, inf_("hålla"), inf_("ta")]),
        [st("förvaltning", "Förvaltningen", "obligation", "ska", "hålla", "hålla",
            "förteckningen aktuell"),
         st("förvaltning", "Förvaltningen", "obligation", "ska", "ta", "ta",
            "förslag till ändringar vid behov")], doc=D, label="9"),
]

D = "w44-p-hedemo"
KD = "kommundirektör"
HK = "hedemo kommun"
KS = "kommunstyrelse"
HD_LEAD = "Kommundirektören har till uppgift att:"
HD_ITEMS = [
    ("leda, samordna och följa upp förvaltningarnas verksamhet så att fullmäktiges mål nås,",
     [("förvaltningarnas", "förvaltning", FORV), ("fullmäktiges", "fullmäktige", POL)],
     [("leda", "leda"), ("samordna", "samordna"), ("följa", "följa")],
     "förvaltningarnas verksamhet"),
    ("se till att ärenden som ska behandlas av kommunstyrelsen är väl beredda och att fattade "
     "beslut verkställs,", [("kommunstyrelsen", KS, POL)], [("se", "se")],
     "till att ärenden som ska behandlas av kommunstyrelsen är väl beredda och att fattade "
     "beslut verkställs"),
    ("ansvara för att kommunens samlade ekonomi följs upp och rapporteras till kommunstyrelsen "
     "varje månad,", [("kommunens", HK, ORG), ("kommunstyrelsen", KS, POL)],
     [("ansvara", "ansvara")],
     "för att kommunens samlade ekonomi följs upp och rapporteras till kommunstyrelsen varje "
     "månad"),
    ("företräda kommunen i förhandlingar med andra myndigheter när inte kommunstyrelsen har "
     "beslutat annat.", [("kommunen", HK, ORG), ("myndigheter", "myndighet", EXT),
                         ("kommunstyrelsen", KS, POL)],
     [("företräda", "företräda")], "kommunen i förhandlingar med andra myndigheter"),
]
HD_RESP = ["förvaltningsorganisationens budgetuppföljning,",
           "att arbetsgivarpolitiken är enhetlig i hela organisationen,",
           "kompetensförsörjning och chefsutveckling."]


def task_item(number, item):
    text, actors, aims, obj = item
    condition = "när inte kommunstyrelsen har beslutat annat" if number == 4 else None
    return rec(f"3.1.{number}", text, actors, [(aim, lemma, "inf", "act") for aim, lemma in aims],
               [st(KD, "Kommundirektören", "obligation", "har till uppgift att", lemma, aim, obj,
                   condition=condition) for aim, lemma in aims],
               doc=D, kind="list_item", parent="3.1", label=f"{number}.")


def resp_item(number, text):
    actors = ([("förvaltningsorganisationens", "förvaltningsorganisation", FORV)]
              if number == 1 else [])
    return rec(f"4.1.{number}", text, actors,
               statements=[st(KD, "Kommundirektören", "responsibility", "ansvarar för",
                              "ansvara", "ansvarar", text.rstrip(",."))],
               doc=D, kind="list_item", parent="4.1", label="-")


HD_21 = ("Kommundirektören är kommunstyrelsens ledande tjänsteperson och chef för "
         "kommunledningsförvaltningen. Kommundirektören leds av kommunstyrelsen genom dess "
         "ordförande och har sin anställning i kommunstyrelsen.")
HD_42 = ("Vid kommundirektörens frånvaro träder biträdande kommundirektör in. Finns ingen "
         "biträdande kommundirektör utser kommunstyrelsens ordförande en ersättare bland "
         "förvaltningscheferna.")
HD_51 = ("Kommundirektören bör regelbundet träffa förvaltningscheferna i en ledningsgrupp. "
         "Kommundirektören får inte utan kommunstyrelsens medgivande åta sig uppdrag i styrelser "
         "för bolag eller föreningar.")
BKD = "biträdande kommundirektör"
HD = [
    rec("title", "Instruktion för kommundirektören i Hedemo kommun",
        [("kommundirektören", KD, TJP), ("Hedemo kommun", HK, ORG)], doc=D, kind="heading"),
    rec("m1", "Fastställd av kommunstyrelsen 2026-02-11, § 18 Dnr KS 2026/0093",
        [("kommunstyrelsen", KS, POL)], doc=D),
    rec("1", "Inledning", doc=D, kind="heading", label="1."),
    rec("1.1", "Denna instruktion anger kommundirektörens uppdrag och befogenheter. Den "
        "kompletterar kommunstyrelsens reglemente och dess delegeringsregler och ska ses över "
        "varje mandatperiod av kommunstyrelsen.",
        [("kommundirektörens", KD, TJP), ("kommunstyrelsens", KS, POL),
         ("kommunstyrelsen", KS, POL)],
        [v("anger", "ange"), v("kompletterar", "komplettera"), SKA,
         v("ses", "se", "inf", "pass")],
        [st(KS, "kommunstyrelsen", "obligation", "ska", "se", "ses", "Den", passive=True)],
        doc=D, parent="1"),
    rec("2", "Kommundirektörens roll", [("Kommundirektörens", KD, TJP)], doc=D, kind="heading",
        label="2."),
    rec("2.1", HD_21,
        nth([("Kommundirektören", KD, TJP), ("kommunstyrelsens", KS, POL),
             ("kommunledningsförvaltningen", "kommunledningsförvaltning", FORV),
             ("Kommundirektören", KD, TJP), ("kommunstyrelsen", KS, POL),
             ("ordförande", "kommunstyrelsens ordförande", FTV), ("kommunstyrelsen", KS, POL)]),
        [AR, v("leds", "leda", voice="pass"), HAR],
        [st(KD, "Kommundirektören", "none", None, "vara", "är",
            "kommunstyrelsens ledande tjänsteperson och chef för kommunledningsförvaltningen"),
         st(KS, "kommunstyrelsen", "none", None, "leda", "leds", "Kommundirektören",
            passive=True),
         st(KD, "Kommundirektören", "none", None, "ha", "har",
            "sin anställning i kommunstyrelsen")], doc=D, parent="2"),
    rec("3", "Uppgifter", doc=D, kind="heading", label="3."),
    rec("3.1", HD_LEAD, [("Kommundirektören", KD, TJP)], [HAR], doc=D, parent="3"),
    *[task_item(number, item) for number, item in enumerate(HD_ITEMS, start=1)],
    rec("4", "Ekonomi och personal", doc=D, kind="heading", label="4."),
    rec("4.1", "Kommundirektören ansvarar för:", [("Kommundirektören", KD, TJP)],
        [v("ansvarar", "ansvara")], doc=D, parent="4"),
    *[resp_item(number, text) for number, text in enumerate(HD_RESP, start=1)],
    rec("4.2", HD_42,
        nth([("kommundirektörens", KD, TJP), (BKD, BKD, TJP), (BKD, BKD, TJP),
             ("kommunstyrelsens ordförande", "kommunstyrelsens ordförande", FTV),
             ("ersättare", "ersättare", FTV), ("förvaltningscheferna", "förvaltningschef", TJP)]),
        [v("träder", "träda"), v("Finns", "finnas"), v("utser", "utse")],
        [st(BKD, BKD, "none", None, "träda", "träder", None,
            condition="Vid kommundirektörens frånvaro"),
         st("kommunstyrelsens ordförande", "kommunstyrelsens ordförande", "none", None, "utse",
            "utser", "en ersättare bland förvaltningscheferna",
            condition="Finns ingen biträdande kommundirektör")], doc=D, parent="4"),
    rec("5", "Samverkan", doc=D, kind="heading", label="5."),
    rec("5.1", HD_51,
        nth([("Kommundirektören", KD, TJP), ("förvaltningscheferna", "förvaltningschef", TJP),
             ("ledningsgrupp", "ledningsgrupp", POL), ("Kommundirektören", KD, TJP),
             ("kommunstyrelsens", KS, POL),
             ("styrelser", "styrelse", POL), ("bolag", "bolag", ORG),
             ("föreningar", "förening", ORG)]),
        [BOR, inf_("träffa"), FAR, inf_("åta")],
        [st(KD, "Kommundirektören", "recommendation", "bör", "träffa", "träffa",
            "förvaltningscheferna i en ledningsgrupp"),
         st(KD, "Kommundirektören", "prohibition", "får inte", "åta", "åta",
            "uppdrag i styrelser för bolag eller föreningar", negated=True)], doc=D, parent="5"),
    rec("6", "Uppföljning", doc=D, kind="heading", label="6."),
    rec("6.1", "Instruktionen följs upp årligen av kommunstyrelsens arbetsutskott i samband med "
        "medarbetarsamtalet.",
        [("kommunstyrelsens arbetsutskott", "kommunstyrelsens arbetsutskott", POL)],
        [v("följs", "följa", voice="pass")],
        [st("kommunstyrelsens arbetsutskott", "kommunstyrelsens arbetsutskott", "none", None,
            "följa", "följs", "Instruktionen",
            passive=True)], doc=D, parent="6"),
]

D = "w44-p-lervik"
LH = "lerviks hamn ab"
LK = "lerviks kommun"
KF = "kommunfullmäktige"


def lc_item(cid, text, label, aim, obj, actors=(), parent="h3.2", aim_text=None):
    return rec(cid, text, actors, [inf_(aim)] if aim_text is None else [],
               [st(LH, "Bolaget", "obligation", "ska", aim, aim_text or aim, obj)],
               doc=D, kind="list_item", parent=parent, label=label)


LV_OWNER = ("Lerviks kommun utövar sitt ägarinflytande genom kommunstyrelsen och på "
            "bolagsstämman. Uppsikten över bolaget utövas av kommunstyrelsen enligt 6 kap. 1 § KL.")
LV_VD = ("Verkställande direktören får inte ingå avtal som löper längre än fem år utan styrelsens "
         "godkännande. Om bolaget avser att bilda dotterbolag ska kommunfullmäktige först ges "
         "tillfälle att yttra sig.")
LV = [
    rec("title", "Bolagsordning och ägardirektiv för Lerviks Hamn AB",
        [("Lerviks Hamn AB", LH, ORG)], doc=D, kind="heading"),
    rec("m1", "Senast uppdaterad 14 oktober 2026", doc=D),
    rec("h1", "Bolagsordning", doc=D, kind="heading"),
    rec("§1", "Firma", doc=D, kind="heading", parent="h1", label="§ 1"),
    rec("§1.1", "Bolagets firma är Lerviks Hamn AB.",
        [("Bolagets", LH, ORG), ("Lerviks Hamn AB", LH, ORG)], [AR], doc=D, parent="§1"),
    rec("§2", "Säte", doc=D, kind="heading", parent="h1", label="§ 2"),
    rec("§2.1", "Styrelsen har sitt säte i Lerviks kommun.",
        [("Styrelsen", "styrelse", POL), ("Lerviks kommun", LK, ORG)], [HAR],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har", "sitt säte i Lerviks kommun")],
        doc=D, parent="§2"),
    rec("§3", "Verksamhet", doc=D, kind="heading", parent="h1", label="§ 3"),
    rec("§3.1", "Bolaget ska driva och underhålla hamnanläggningar i Lerviks kommun samt "
        "tillhandahålla kajplatser för handelssjöfart och fritidsbåtar.",
        [("Bolaget", LH, ORG), ("Lerviks kommun", LK, ORG)],
        [SKA, inf_("driva"), inf_("underhålla"), inf_("tillhandahålla")],
        [st(LH, "Bolaget", "obligation", "ska", "driva", "driva",
            "hamnanläggningar i Lerviks kommun"),
         st(LH, "Bolaget", "obligation", "ska", "underhålla", "underhålla",
            "hamnanläggningar i Lerviks kommun"),
         st(LH, "Bolaget", "obligation", "ska", "tillhandahålla", "tillhandahålla",
            "kajplatser för handelssjöfart och fritidsbåtar")], doc=D, parent="§3"),
    rec("§4", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", parent="h1",
        label="§ 4"),
    rec("§4.1", "Styrelsen ska bestå av lägst fem och högst sju ledamöter. Ledamöterna utses av "
        "kommunfullmäktige för tiden till slutet av den årsstämma som hålls året efter nästa val "
        "till fullmäktige.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("Ledamöterna", "ledamot", FTV), ("kommunfullmäktige", KF, POL),
         ("årsstämma", "årsstämma", POL), ("fullmäktige", KF, POL)],
        [SKA, inf_("bestå"), v("utses", "utse", voice="pass"),
         v("hålls", "hålla", voice="pass")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "bestå", "bestå",
            "av lägst fem och högst sju ledamöter"),
         st(KF, "kommunfullmäktige", "none", None, "utse", "utses", "Ledamöterna",
            passive=True)], doc=D, parent="§4"),
    rec("§5", "Fullmäktiges ställningstagande", [("Fullmäktiges", KF, POL)], doc=D,
        kind="heading", parent="h1", label="§ 5"),
    rec("§5.1", "Bolaget ska ge kommunfullmäktige tillfälle att yttra sig innan sådana beslut "
        "fattas som har principiell betydelse eller stor ekonomisk vikt.",
        [("Bolaget", LH, ORG), ("kommunfullmäktige", KF, POL)], [SKA, inf_("ge")],
        [st(LH, "Bolaget", "obligation", "ska", "ge", "ge",
            "kommunfullmäktige tillfälle att yttra sig",
            condition="innan sådana beslut fattas som har principiell betydelse eller stor "
            "ekonomisk vikt")], doc=D, parent="§5"),
    rec("h2", "Ägardirektiv", doc=D, kind="heading"),
    rec("h3", "Kommunen som ägare", [("Kommunen", LK, ORG)], doc=D, kind="heading", parent="h2"),
    rec("h3.1", LV_OWNER,
        nth([("Lerviks kommun", LK, ORG), ("kommunstyrelsen", KS, POL),
             ("bolagsstämman", "bolagsstämma", POL), ("bolaget", LH, ORG),
             ("kommunstyrelsen", KS, POL)]),
        [v("utövar", "utöva"), v("utövas", "utöva", voice="pass")],
        [st(LK, "Lerviks kommun", "none", None, "utöva", "utövar",
            "sitt ägarinflytande genom kommunstyrelsen och på bolagsstämman"),
         st(KS, "kommunstyrelsen", "none", None, "utöva", "utövas", "Uppsikten över bolaget",
            passive=True)], doc=D, parent="h3"),
    rec("h3.2", "Bolaget ska särskilt:", [("Bolaget", LH, ORG)], [SKA], doc=D, parent="h3"),
    lc_item("h3.2.1", "samverka med kommunens näringslivsenhet", "-", "samverka",
            "med kommunens näringslivsenhet",
            [("kommunens", LK, ORG), ("näringslivsenhet", "näringslivsenhet", FORV)]),
    lc_item("h3.2.2", "redovisa miljöpåverkan från hamnverksamheten i årsredovisningen", "-",
            "redovisa", "miljöpåverkan från hamnverksamheten i årsredovisningen"),
    lc_item("h3.2.3", "att hålla avgifterna på en konkurrenskraftig nivå", "-", "hålla",
            "avgifterna på en konkurrenskraftig nivå"),
    rec("h3.3", "Bolaget ska till kommunstyrelsen lämna:",
        [("Bolaget", LH, ORG), ("kommunstyrelsen", KS, POL)], [SKA, inf_("lämna")],
        doc=D, parent="h3"),
    *[lc_item(f"h3.3.{number}", text, "•", "lämna", text, actors, parent="h3.3",
              aim_text="lämna")
      for number, (text, actors) in enumerate(
          [("delårsrapport per den 31 augusti", []),
           ("årsredovisning och revisionsberättelse", []),
           ("protokoll från styrelsens sammanträden", [("styrelsens", "styrelse", POL)])],
          start=1)],
    rec("h3.4", LV_VD,
        [("Verkställande direktören", "verkställande direktör", TJP),
         ("styrelsens", "styrelse", POL), ("bolaget", LH, ORG),
         ("dotterbolag", "dotterbolag", ORG), ("kommunfullmäktige", KF, POL)],
        [FAR, inf_("ingå"), v("löper", "löpa"), v("avser", "avse"), SKA,
         v("ges", "ge", "inf", "pass")],
        [st("verkställande direktör", "Verkställande direktören", "prohibition", "får inte",
            "ingå", "ingå", "avtal som löper längre än fem år utan styrelsens godkännande",
            negated=True),
         st(KF, "kommunfullmäktige", "obligation", "ska", "ge", "ges",
            "tillfälle att yttra sig", passive=True,
            condition="Om bolaget avser att bilda dotterbolag")], doc=D, parent="h3"),
    rec("h4", "Kontakt", doc=D, kind="heading"),
]

D = "w44-p-norran"
NR = "norråns räddningstjänstförbund"
BK = "bergsta kommun"
LDK = "lindviks kommun"
NR_3 = ("Förbundet ska ha en direktion som består av sex ledamöter och lika många ersättare. "
        "Bergsta kommun väljer fyra ledamöter och fyra ersättare och Lindviks kommun väljer två "
        "ledamöter och två ersättare")
NR_4 = ("Bland ledamöterna väljer direktionen en ordförande samt en vice ordförande för fyra år "
        "i taget. Ordföranden ska vara ledamot från Bergsta kommun.")


def dir_item(number, text, label, actors=()):
    return rec(f"§5.{number}", text, actors,
               statements=[st("direktion", "Direktionen", "responsibility", "ansvarar för",
                              "ansvara", "ansvarar", text)],
               doc=D, kind="list_item", parent="§5", label=label)


NRD = [
    rec("title", "FÖRBUNDSORDNING FÖR NORRÅNS RÄDDNINGSTJÄNSTFÖRBUND",
        [("NORRÅNS RÄDDNINGSTJÄNSTFÖRBUND", NR, ORG)], doc=D, kind="heading"),
    rec("m1", "Antagen av kommunfullmäktige i Bergsta kommun 2026-05-20 och i Lindviks kommun "
        "2026-06-02", [("kommunfullmäktige", KF, POL), ("Bergsta kommun", BK, ORG),
                       ("Lindviks kommun", LDK, ORG)], doc=D),
    rec("§1", "NAMN OCH SÄTE", doc=D, kind="heading", label="1 §"),
    rec("§1.1", "Förbundets namn är Norråns räddningstjänstförbund.",
        [("Förbundets", NR, ORG), ("Norråns räddningstjänstförbund", NR, ORG)], [AR],
        doc=D, parent="§1", label="I"),
    rec("§1.2", "Förbundet har sitt säte i Bergsta kommun",
        [("Förbundet", NR, ORG), ("Bergsta kommun", BK, ORG)], [HAR],
        [st(NR, "Förbundet", "none", None, "ha", "har", "sitt säte i Bergsta kommun")],
        doc=D, parent="§1", label="II"),
    rec("§2", "MEDLEMMAR OCH ÄNDAMÅL", [("MEDLEMMAR", "medlem", OVR)], doc=D, kind="heading",
        label="2 §"),
    rec("§2.1", "Bergsta kommun och Lindviks kommun är medlemmar i förbundet.",
        [("Bergsta kommun", BK, ORG), ("Lindviks kommun", LDK, ORG), ("förbundet", NR, ORG)],
        [AR],
        [st(BK, "Bergsta kommun", "none", None, "vara", "är", "medlemmar i förbundet"),
         st(LDK, "Lindviks kommun", "none", None, "vara", "är", "medlemmar i förbundet")],
        doc=D, parent="§2", label="I"),
    rec("§2.2", "Förbundet har till uppgift att för medlemmarnas räkning bedriva räddningstjänst "
        "och förebyggande verksamhet enligt lag om skydd mot olyckor.",
        [("Förbundet", NR, ORG), ("medlemmarnas", "medlem", OVR)], [HAR, inf_("bedriva")],
        [st(NR, "Förbundet", "obligation", "har till uppgift att", "bedriva", "bedriva",
            "räddningstjänst och förebyggande verksamhet enligt lag om skydd mot olyckor")],
        doc=D, parent="§2", label="II"),
    rec("§2.3", "Förbundet får även utföra tjänster åt andra kommuner i den mån det inte "
        "inkräktar på uppdraget åt medlemmarna.",
        [("Förbundet", NR, ORG), ("kommuner", "kommun", ORG), ("medlemmarna", "medlem", OVR)],
        [FAR, inf_("utföra"), v("inkräktar", "inkräkta")],
        [st(NR, "Förbundet", "permission", "får", "utföra", "utföra", "tjänster åt andra kommuner",
            condition="i den mån det inte inkräktar på uppdraget åt medlemmarna")],
        doc=D, parent="§2", label="III"),
    rec("h1", "DIREKTION", [("DIREKTION", "direktion", POL)], doc=D, kind="heading"),
    rec("§3", NR_3,
        nth([("Förbundet", NR, ORG), ("direktion", "direktion", POL),
             ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
             ("Bergsta kommun", BK, ORG), ("ledamöter", "ledamot", FTV),
             ("ersättare", "ersättare", FTV), ("Lindviks kommun", LDK, ORG),
             ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV)]),
        nth([SKA, inf_("ha"), v("består", "bestå"), v("väljer", "välja"), v("väljer", "välja")]),
        [st(NR, "Förbundet", "obligation", "ska", "ha", "ha",
            "en direktion som består av sex ledamöter och lika många ersättare"),
         st(BK, "Bergsta kommun", "none", None, "välja", "väljer",
            "fyra ledamöter och fyra ersättare"),
         st(LDK, "Lindviks kommun", "none", None, "välja", "väljer",
            "två ledamöter och två ersättare")], doc=D, parent="h1", label="3 §"),
    rec("§4", NR_4,
        [("ledamöterna", "ledamot", FTV), ("direktionen", "direktion", POL),
         ("ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV),
         ("Ordföranden", "ordförande", FTV), ("Bergsta kommun", BK, ORG)],
        [v("väljer", "välja"), SKA, inf_("vara")],
        [st("direktion", "direktionen", "none", None, "välja", "väljer",
            "en ordförande samt en vice ordförande för fyra år i taget"),
         st("ordförande", "Ordföranden", "obligation", "ska", "vara", "vara",
            "ledamot från Bergsta kommun")], doc=D, parent="h1", label="4 §"),
    rec("§5", "Direktionen ansvarar för:", [("Direktionen", "direktion", POL)],
        [v("ansvarar", "ansvara")], doc=D, parent="h1", label="5 §"),
    dir_item(1, "förbundets verksamhet och ekonomi", "I", [("förbundets", NR, ORG)]),
    dir_item(2, "att förbundet följer lagar och föreskrifter", "II", [("förbundet", NR, ORG)]),
    dir_item(3, "upprättande av handlingsprogram enligt LSO", "III"),
    rec("§5.4", "Direktionen får inte delegera beslut om förbundets budget.",
        [("Direktionen", "direktion", POL), ("förbundets", NR, ORG)], [FAR, inf_("delegera")],
        [st("direktion", "Direktionen", "prohibition", "får inte", "delegera", "delegera",
            "beslut om förbundets budget", negated=True)], doc=D, parent="§5"),
    rec("h2", "EKONOMI", doc=D, kind="heading"),
    rec("§6", "Kostnaderna för förbundets verksamhet fördelas mellan medlemmarna efter "
        "invånarantal den 1 november året före budgetåret.",
        [("förbundets", NR, ORG), ("medlemmarna", "medlem", OVR)],
        [v("fördelas", "fördela", voice="pass")], doc=D, parent="h2", label="6 §"),
    rec("§7", "Direktionen ska fastställa budget före oktober månads utgång. Budgeten ska "
        "innehålla en plan för ekonomin för en period av tre år",
        [("Direktionen", "direktion", POL)], nth([SKA, inf_("fastställa"), SKA]),
        [st("direktion", "Direktionen", "obligation", "ska", "fastställa", "fastställa",
            "budget före oktober månads utgång")], doc=D, parent="h2", label="7 §"),
    rec("§8", "Medlemmarnas revisorer bör samordna sin granskning av förbundet.",
        [("Medlemmarnas", "medlem", OVR), ("revisorer", "revisor", FTV), ("förbundet", NR, ORG)],
        [BOR, inf_("samordna")],
        [st("revisor", "revisorer", "recommendation", "bör", "samordna", "samordna",
            "sin granskning av förbundet")], doc=D, parent="h2", label="8 §"),
    rec("h3", "ÖVRIGT", doc=D, kind="heading"),
    rec("§9", "Utträde", doc=D, kind="heading", parent="h3", label="9 §"),
    rec("§9.1", "Vill en medlem utträda ur förbundet ska medlemmen säga upp sitt medlemskap "
        "skriftligen till direktionen. Uppsägningstiden är två år.",
        [("medlem", "medlem", OVR), ("förbundet", NR, ORG), ("medlemmen", "medlem", OVR),
         ("direktionen", "direktion", POL)],
        [v("Vill", "vilja"), SKA, inf_("säga"), AR],
        [st("medlem", "medlemmen", "obligation", "ska", "säga", "säga",
            "sitt medlemskap skriftligen till direktionen",
            condition="Vill en medlem utträda ur förbundet")], doc=D, parent="§9"),
    rec("§10", "Förbundsordningen gäller från och med 1 januari 2027 och ersätter "
        "förbundsordningen från 2019.", [],
        [v("gäller", "gälla"), v("ersätter", "ersätta")], doc=D, parent="h3", label="10 §"),
]

DOCUMENTS = {"w44-p-fjardby": (A_TEXT, FJ), "w44-p-hedemo": (B_TEXT, HD),
             "w44-p-lervik": (C_TEXT, LV), "w44-p-norran": (D_TEXT, NRD)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-p", DOCUMENTS)
