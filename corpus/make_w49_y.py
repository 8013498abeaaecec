"""Builds corpus/dev/w49-y.jsonl and the pages corpus/dev/w49-y-*.txt with their gold: the blind
probe w49-y of round 49 (real-style municipal and association pages as copied from a browser or
scraped), written and annotated by hand from docs/annotation.md §1–§5 and the round 48/49
rulings before any run; the writer never ran the extractor on them. `w49-y-namnder` (a kommun's
page on its nämnder: a cookie notice and its button before the skip link, a menu and `›` trail,
the bare place name as the subject of a colon lead-in `Hallsjö har sex nämnder:` over body
names with acronyms in brackets, an `av`-agent with a genitive-owned subject, a deputy clause
between subjects `X, eller om ordföranden har förhinder, Y, kallar`, a comma-less fronted `Om
…` before V2 with `den till åldern äldste ledamoten`, a contact card, a share line and an
update line), `w49-y-regionstyrelse` (a region's page: the region by its bare name as an owner,
a colon after a relative clause on the copula's predicative (round 49 B2) over phrase items, an
indefinite `en …, ett … och en …` subject list of a passive, a long fronted `Om …`-condition
before a deputy clause under `får` (chairs introduced indefinitely, then definite in a page
about one body), an agentless `ska anmälas`, three `av`-agents with `den centrala
samverkansgruppen` and a genitive-owned `stab`, an insertion in commas between `är skyldig att`
and its verb, a spelled-out number, a contact card and an update line), `w49-y-forbundsordning`
(a kommunalförbund's förbundsordning as a docplayer print: the viewer's title, its viewer lines
and `Ladda ner`, a first page flattened under a capitals title repeat, later pages opening with
the page number glued to the next section number and its heading (`2 3 Ändamål …`, round 48), a
naming clause with `nedan kallat`, an owned-role identification by names, a partitive subject,
a last line cut after `är skyldiga att`), `w49-y-idrottsdistrikt` (a sports district's stadgar
in blank-line `§ N Rubrik` blocks: a name with `nedan kallat` and a bracketed acronym of its
national förbund, `har till uppgift att främja och administrera`, `<X>s beslutande organ är A,
B och C` (no statement), a long fronted `Om A, B eller minst en tredjedel av C …, är X skyldig
att inom … kalla`, officers after `bland dem`, a deputy clause `eller om denne är förhindrad`,
a firma signed by two agents, `Till toppen`), `w49-y-studentkar` (a student union's reglemente:
`Meny`, `Sök`, an adoption line, numbered one-word headings, the generic owner's naming clause
`Organisationens namn är …, nedan kallad kåren` (round 49 R2), a bullet list of body names
under `Kårens organ är:` with `(KFM)`, `(KS)` and `Centrala valberedningen` (round 49 R1),
kassör and klubbmästare (R6), a fronted `Om …`-condition, a lone e-mail line), `w49-y-brf` (a
bostadsrättsförening's stadgar: `namn och firma är` with `i <Place>` (round 49 B1 through the
naming clause), a purpose with an adverbial before its infinitive, a passive with an actor
subject and adverbials only, a fronted `Om A, en B eller minst en tiondel av C …`, coordinated
`av`-agents across `, eller, om …,` with `den till åldern äldste närvarande styrelseledamoten`,
`förutom av X, av två ledamöter i förening`, a long adverbial between `är skyldig att` and its
verb, a relative `av vilka en ska vara auktoriserad`, `nästa ordinarie stämma` as an event, a
contact card and a cookie notice at the end). Offsets computed.
Run: python corpus/make_w49_y.py corpus/dev"""

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
    OVR,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w49-y", conditions_from_statements=True)


def item(cid, text, actors=(), verbs=(), statements=(), *, doc, parent, label=""):
    """A list item (label "" where the page lost its markers)."""
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item", parent=parent,
               label=label)


# (a) A kommun's page on its nämnder, one clause a line.
D = "w49-y-namnder"
NAMND_TEXT = """Vi använder kakor för att förbättra din upplevelse av webbplatsen.
Godkänn alla kakor
Hoppa till innehåll
Start
Kommun och politik
Nämnder
Start › Kommun och politik › Nämnder och styrelser
Nämnder och styrelser
Hallsjö har sex nämnder:
Kommunstyrelsen (KS)
Barn- och utbildningsnämnden (BUN)
Socialnämnden (SN)
Samhällsbyggnadsnämnden (SBN)
Kultur- och fritidsnämnden
Valnämnden
Nämndernas arbete
Varje nämnd ansvarar för sin egen verksamhet och följer de mål som kommunfullmäktige har \
beslutat.
Nämndernas ledamöter och ersättare väljs av kommunfullmäktige för fyra år i taget.
Nämndens ordförande, eller om ordföranden har förhinder, vice ordföranden, kallar till \
sammanträde.
Om båda är förhindrade att delta i ett sammanträde leder den till åldern äldste ledamoten \
sammanträdet.
Sammanträdena är i regel öppna för allmänheten.
Kontakt
Nämndsekreterare
Lina Bergkvist
Telefon: 0512-480 12
E-post: namnd@hallsjo.example
Dela sidan: Facebook LinkedIn E-post
Senast uppdaterad: 14 oktober 2026
"""
NL = NAMND_TEXT.split("\n")
HS = "hallsjö"
NAMND_ITEMS = [
    ("a", NL[9], [("Kommunstyrelsen", "kommunstyrelse", POL), ("KS", "kommunstyrelse", POL)]),
    ("b", NL[10], [("Barn- och utbildningsnämnden", "barn- och utbildningsnämnd", POL),
                   ("BUN", "barn- och utbildningsnämnd", POL)]),
    ("c", NL[11], [("Socialnämnden", "socialnämnd", POL), ("SN", "socialnämnd", POL)]),
    ("d", NL[12], [("Samhällsbyggnadsnämnden", "samhällsbyggnadsnämnd", POL),
                   ("SBN", "samhällsbyggnadsnämnd", POL)]),
    ("e", NL[13], [("Kultur- och fritidsnämnden", "kultur- och fritidsnämnd", POL)]),
    ("f", NL[14], [("Valnämnden", "valnämnd", POL)]),
]
NCOND = "Om båda är förhindrade att delta i ett sammanträde"
NAMNDER = [
    rec("title", NL[7], [("Nämnder", "nämnd", POL), ("styrelser", "styrelse", POL)], doc=D,
        kind="heading"),
    rec("1", NL[8], [("Hallsjö", HS, ORG), ("nämnder", "nämnd", POL)], [HAR], doc=D),
    *[item(f"1.{letter}", text, actors,
           statements=[st(HS, "Hallsjö", "none", None, "ha", "har", text)], doc=D, parent="1")
      for letter, text, actors in NAMND_ITEMS],
    rec("h1", NL[15], [("Nämndernas", "nämnd", POL)], doc=D, kind="heading"),
    rec("2", NL[16], [("nämnd", "nämnd", POL), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [pres("ansvarar", "ansvara"), pres("följer", "följa"), HAR,
         ("beslutat", "besluta", "sup", "act")],
        [st("nämnd", "nämnd", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för sin egen verksamhet"),
         st("nämnd", "nämnd", "none", None, "följa", "följer",
            "de mål som kommunfullmäktige har beslutat")], doc=D, parent="h1"),
    rec("3", NL[17],
        [("Nämndernas", "nämnd", POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [pres("väljs", "välja", "pass")],
        [st("kommunfullmäktige", "kommunfullmäktige", "none", None, "välja", "väljs",
            "Nämndernas ledamöter och ersättare", passive=True)], doc=D, parent="h1"),
    rec("4", NL[18],
        [("Nämndens ordförande", "nämndens ordförande", FTV),
         ("ordföranden", "nämndens ordförande", FTV),
         ("vice ordföranden", "vice ordförande", FTV)],
        [HAR, pres("kallar", "kalla")],
        [st("nämndens ordförande", "Nämndens ordförande", "none", None, "kalla", "kallar",
            "till sammanträde"),
         st("vice ordförande", "vice ordföranden", "none", None, "kalla", "kallar",
            "till sammanträde", condition="om ordföranden har förhinder")], doc=D, parent="h1"),
    rec("5", NL[19], [("ledamoten", "ledamot", FTV)],
        [AR, inf("delta"), pres("leder", "leda")],
        [st("ledamot", "ledamoten", "none", None, "leda", "leder", "sammanträdet",
            condition=NCOND)], doc=D, parent="h1"),
    rec("6", NL[20], [("allmänheten", "allmänhet", EXT)], [AR], doc=D, parent="h1"),
    rec("h2", NL[21], doc=D, kind="heading"),
    rec("m1", " ".join(NL[22:26]), [("Nämndsekreterare", "nämndsekreterare", TJP)], doc=D,
        parent="h2"),
    rec("m2", NL[27], doc=D, parent="h2"),
]

# (b) A region's page on its regionstyrelse, one clause a line.
D = "w49-y-regionstyrelse"
REG_TEXT = """Hoppa till huvudinnehåll
Start
Politik och demokrati
Start › Politik och demokrati › Regionstyrelsen
Regionstyrelsen
Regionstyrelsen är Västmarks ledande politiska organ, som leder arbetet i frågor som gäller:
regionens ekonomi och budget
samordningen av hälso- och sjukvården
den regionala utvecklingen
Styrelsen har femton ledamöter och femton ersättare som väljs av regionfullmäktige efter \
varje val.
En ordförande, ett regionråd och en vice ordförande utses av regionfullmäktige bland \
ledamöterna.
Om ett ärende är så brådskande att styrelsens avgörande inte kan avvaktas, får ordföranden, \
eller om ordföranden inte är anträffbar, vice ordföranden, besluta på styrelsens vägnar.
Ett sådant beslut ska anmälas vid regionstyrelsens nästa sammanträde.
Ärenden till styrelsen bereds av arbetsutskottet, den centrala samverkansgruppen eller \
regiondirektörens stab.
Regiondirektören är skyldig att, om styrelsen begär det, rapportera om verksamhetens \
utveckling.
Regionstyrelsen sammanträder tio gånger per år.
Kontakta oss
Kanslichef
Maria Sundin
Tel: 010-450 12 30
Senast granskad 3 november 2026
"""
RL = REG_TEXT.split("\n")
RS = "regionstyrelse"
RSO = "regionstyrelsens ordförande"
RSV = "regionstyrelsens vice ordförande"
RCOND = "Om ett ärende är så brådskande att styrelsens avgörande inte kan avvaktas"
REGION = [
    rec("title", RL[4], [("Regionstyrelsen", RS, POL)], doc=D, kind="heading"),
    rec("1", RL[5], [("Regionstyrelsen", RS, POL), ("Västmarks", "västmark", ORG)],
        [AR, pres("leder", "leda"), pres("gäller", "gälla")],
        [st(RS, "Regionstyrelsen", "none", None, "vara", "är",
            "Västmarks ledande politiska organ, som leder arbetet i frågor som gäller")],
        doc=D),
    item("1.a", RL[6], [("regionens", "region", ORG)], doc=D, parent="1"),
    item("1.b", RL[7], doc=D, parent="1"),
    item("1.c", RL[8], doc=D, parent="1"),
    rec("2", RL[9],
        [("Styrelsen", RS, POL), ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("regionfullmäktige", "regionfullmäktige", POL)],
        [HAR, pres("väljs", "välja", "pass")],
        [st(RS, "Styrelsen", "none", None, "ha", "har",
            "femton ledamöter och femton ersättare som väljs av regionfullmäktige efter "
            "varje val")], doc=D),
    rec("3", RL[10],
        [("ordförande", "ordförande", FTV), ("regionråd", "regionråd", FTV),
         ("vice ordförande", "vice ordförande", FTV),
         ("regionfullmäktige", "regionfullmäktige", POL), ("ledamöterna", "ledamot", FTV)],
        [pres("utses", "utse", "pass")],
        [st("regionfullmäktige", "regionfullmäktige", "none", None, "utse", "utses",
            "En ordförande, ett regionråd och en vice ordförande",
            passive=True)], doc=D),
    rec("4", RL[11],
        [("styrelsens", RS, POL), ("ordföranden", RSO, FTV), ("ordföranden", RSO, FTV, 1),
         ("vice ordföranden", RSV, FTV), ("styrelsens", RS, POL, 1)],
        [AR, KAN, inf("avvaktas", "avvakta", "pass"), FAR, ("är", "vara", "pres", "act", 1),
         inf("besluta")],
        [st(RSO, "ordföranden", "permission", "får", "besluta", "besluta",
            "på styrelsens vägnar", condition=RCOND),
         st(RSV, "vice ordföranden", "permission", "får", "besluta", "besluta",
            "på styrelsens vägnar", condition="om ordföranden inte är anträffbar")], doc=D),
    rec("5", RL[12], [("regionstyrelsens", RS, POL)], [SKA, inf("anmälas", "anmäla", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas", "Ett sådant beslut",
            passive=True)], doc=D),
    rec("6", RL[13],
        [("styrelsen", RS, POL), ("arbetsutskottet", "arbetsutskott", POL),
         ("samverkansgruppen", "samverkansgrupp", FORV),
         ("regiondirektörens", "regiondirektör", TJP), ("stab", "stab", FORV)],
        [pres("bereds", "bereda", "pass")],
        [st(agent, text, "none", None, "bereda", "bereds", "Ärenden till styrelsen",
            passive=True)
         for agent, text in (("arbetsutskott", "arbetsutskottet"),
                             ("samverkansgrupp", "samverkansgruppen"), ("stab", "stab"))],
        doc=D),
    rec("7", RL[14], [("Regiondirektören", "regiondirektör", TJP), ("styrelsen", RS, POL)],
        [AR, pres("begär", "begära"), inf("rapportera")],
        [st("regiondirektör", "Regiondirektören", "obligation", "är skyldig att", "rapportera",
            "rapportera", "om verksamhetens utveckling", condition="om styrelsen begär det")],
        doc=D),
    rec("8", RL[15], [("Regionstyrelsen", RS, POL)], [pres("sammanträder", "sammanträda")],
        [st(RS, "Regionstyrelsen", "none", None, "sammanträda", "sammanträder",
            "tio gånger per år")], doc=D),
    rec("h1", RL[16], doc=D, kind="heading"),
    rec("m1", " ".join(RL[17:20]), [("Kanslichef", "kanslichef", TJP)], doc=D, parent="h1"),
    rec("m2", RL[20], doc=D, parent="h1"),
]

# (c) A kommunalförbund's förbundsordning as a docplayer print.
D = "w49-y-forbundsordning"
FO_TITLE = "Förbundsordning för Dalbygdens Räddningstjänstförbund"
FO_P1 = ("FÖRBUNDSORDNING FÖR DALBYGDENS RÄDDNINGSTJÄNSTFÖRBUND 1 Namn Kommunalförbundets namn "
         "är Dalbygdens Räddningstjänstförbund, nedan kallat förbundet. 2 Medlemmar Förbundets "
         "medlemmar är Ekträsks kommun, Bjursele kommun och Lövnäs kommun.")
FO_P2 = ("2 3 Ändamål Förbundet har till ändamål att på medlemmarnas vägnar fullgöra de "
         "uppgifter som enligt lagen om skydd mot olyckor åvilar kommunerna. 4 Direktion "
         "Förbundet är ett kommunalförbund som leds av en direktion. Direktionen har totalt "
         "sex ordinarie ledamöter samt lika många ersättare.")
FO_P3 = ("3 5 Ledamöter Varje medlemskommuns fullmäktige väljer två ledamöter och två "
         "ersättare. Bland sina ledamöter väljer direktionen en ordförande och en vice "
         "ordförande.")
FO_P4 = ("4 6 Revision Förbundets revisorer ska vara tre till antalet, och var och en av "
         "medlemskommunerna utser en revisor. 7 Ekonomi Medlemskommunerna är skyldiga att")
FO_TEXT = f"""{FO_TITLE}
Save this PDF as:
WORD PNG TXT JPG
Starta visningen från sidan:
Storlek: px
Ladda ner
{FO_P1}

{FO_P2}

{FO_P3}

{FO_P4}
"""
RND = "dalbygdens räddningstjänstförbund"


def after(text, start, end=None):
    """The words of ``text`` after ``start`` up to ``end`` (exclusive), stripped."""
    piece = text[text.index(start) + len(start):]
    return (piece[:piece.index(end)] if end else piece).strip()


FO_11 = after(FO_P1, "1 Namn", "2 Medlemmar")
FO_21 = after(FO_P1, "2 Medlemmar")
FO_31 = after(FO_P2, "2 3 Ändamål", "4 Direktion")
FO_41 = after(FO_P2, "4 Direktion")
FO_51 = after(FO_P3, "3 5 Ledamöter")
FO_61 = after(FO_P4, "4 6 Revision", "7 Ekonomi")
FO_71 = after(FO_P4, "7 Ekonomi")
FORBUND = [
    rec("title", FO_TITLE, [("Dalbygdens Räddningstjänstförbund", RND, ORG)], doc=D,
        kind="heading"),
    rec("m1", "Save this PDF as:", doc=D),
    rec("m2", "WORD PNG TXT JPG", doc=D),
    rec("m3", "Starta visningen från sidan:", doc=D),
    rec("m4", "Storlek: px", doc=D),
    rec("m5", "Ladda ner", doc=D),
    rec("h1", "FÖRBUNDSORDNING FÖR DALBYGDENS RÄDDNINGSTJÄNSTFÖRBUND",
        [("DALBYGDENS RÄDDNINGSTJÄNSTFÖRBUND", RND, ORG)], doc=D, kind="heading"),
    rec("1", "Namn", doc=D, kind="heading", label="1"),
    rec("1.1", FO_11, [("Kommunalförbundets", RND, ORG)], [AR], doc=D, parent="1"),
    rec("2", "Medlemmar", [("Medlemmar", "medlem", OVR)], doc=D, kind="heading", label="2"),
    rec("2.1", FO_21,
        [("Förbundets", RND, ORG), ("Ekträsks kommun", "ekträsks kommun", ORG),
         ("Bjursele kommun", "bjursele kommun", ORG), ("Lövnäs kommun", "lövnäs kommun", ORG)],
        [AR], doc=D, parent="2"),
    rec("3", "Ändamål", doc=D, kind="heading", label="2 3"),
    rec("3.1", FO_31,
        [("Förbundet", RND, ORG), ("medlemmarnas", "medlem", OVR), ("kommunerna", "kommun", ORG)],
        [HAR, inf("fullgöra"), pres("åvilar", "åvila")],
        [st(RND, "Förbundet", "obligation", "har till ändamål att", "fullgöra", "fullgöra",
            "de uppgifter som enligt lagen om skydd mot olyckor åvilar kommunerna")],
        doc=D, parent="3"),
    rec("4", "Direktion", [("Direktion", "direktion", POL)], doc=D, kind="heading", label="4"),
    rec("4.1", FO_41,
        [("Förbundet", RND, ORG), ("direktion", "direktion", POL),
         ("Direktionen", "direktion", POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)],
        [AR, pres("leds", "leda", "pass"), HAR],
        [st(RND, "Förbundet", "none", None, "vara", "är",
            "ett kommunalförbund som leds av en direktion"),
         st("direktion", "Direktionen", "none", None, "ha", "har",
            "totalt sex ordinarie ledamöter samt lika många ersättare")], doc=D, parent="4"),
    rec("5", "Ledamöter", [("Ledamöter", "ledamot", FTV)], doc=D, kind="heading", label="3 5"),
    rec("5.1", FO_51,
        [("medlemskommuns", "medlemskommun", ORG), ("fullmäktige", "fullmäktige", POL),
         ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("direktionen", "direktion", POL), ("ledamöter", "ledamot", FTV, 1),
         ("ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV)],
        [pres("väljer", "välja"), pres("väljer", "välja", nth=1)],
        [st("fullmäktige", "fullmäktige", "none", None, "välja", "väljer",
            "två ledamöter och två ersättare"),
         st("direktion", "direktionen", "none", None, "välja", "väljer",
            "en ordförande och en vice ordförande")], doc=D, parent="5"),
    rec("6", "Revision", doc=D, kind="heading", label="4 6"),
    rec("6.1", FO_61,
        [("Förbundets", RND, ORG), ("revisorer", "revisor", FTV),
         ("medlemskommunerna", "medlemskommun", ORG), ("revisor", "revisor", FTV)],
        [SKA, inf("vara"), pres("utser", "utse")],
        [st("revisor", "revisorer", "obligation", "ska", "vara", "vara", "tre till antalet"),
         st("medlemskommun", "medlemskommunerna", "none", None, "utse", "utser",
            "en revisor")], doc=D, parent="6"),
    rec("7", "Ekonomi", doc=D, kind="heading", label="7"),
    rec("7.1", FO_71, [("Medlemskommunerna", "medlemskommun", ORG)], [AR], doc=D, parent="7"),
]

# (d) A sports district's stadgar in blank-line `§ N Rubrik` blocks.
D = "w49-y-idrottsdistrikt"
IDR_TEXT = """Hoppa till innehåll
Hem
Om oss
Föreningar
Hem / Om oss / Stadgar
Stadgar för Mellanskogs Bandyförbund

Antagna vid distriktsstämman den 18 mars 2025.

§ 1 Namn och uppgift
Mellanskogs Bandyförbund, nedan kallat distriktsförbundet, är ett specialdistriktsförbund \
inom Svenska Bandyförbundet (SvBF).
Distriktsförbundet har till uppgift att främja och administrera bandyidrotten inom sitt \
område.

§ 2 Organisation
Distriktsförbundets beslutande organ är distriktsstämman, distriktsstyrelsen och \
valberedningen.

§ 3 Distriktsstämma
Distriktsstämman består av ombud för föreningarna.
Om distriktsstyrelsen, revisorerna eller minst en tredjedel av föreningarna skriftligen \
begär det, är distriktsstyrelsen skyldig att inom fjorton dagar kalla till extra \
distriktsstämma.

§ 4 Distriktsstyrelsen
Distriktsstyrelsen består av ordförande samt sju ledamöter, bland dem kassör och sekreterare.
Ordföranden, eller om denne är förhindrad, vice ordföranden, leder distriktsstyrelsens \
sammanträden.
Distriktsförbundets firma tecknas av kassören och ordföranden var för sig.

Till toppen
"""
IL = IDR_TEXT.split("\n")
MB = "mellanskogs bandyförbund"
DS = "distriktsstyrelse"
DST = "distriktsstämma"
ICOND = ("Om distriktsstyrelsen, revisorerna eller minst en tredjedel av föreningarna "
         "skriftligen begär det")
IDROTT = [
    rec("title", IL[5], [("Mellanskogs Bandyförbund", MB, ORG)], doc=D, kind="heading"),
    rec("m1", IL[7], [("distriktsstämman", DST, POL)], doc=D),
    rec("§1", "Namn och uppgift", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", f"{IL[10]} {IL[11]}",
        [("Mellanskogs Bandyförbund", MB, ORG),
         ("Svenska Bandyförbundet", "svenska bandyförbundet", ORG),
         ("SvBF", "svenska bandyförbundet", ORG), ("Distriktsförbundet", MB, ORG)],
        [AR, HAR, inf("främja"), inf("administrera")],
        [st(MB, "Mellanskogs Bandyförbund", "none", None, "vara", "är",
            "ett specialdistriktsförbund inom Svenska Bandyförbundet (SvBF)"),
         st(MB, "Distriktsförbundet", "obligation", "har till uppgift att", "främja", "främja",
            "bandyidrotten inom sitt område"),
         st(MB, "Distriktsförbundet", "obligation", "har till uppgift att", "administrera",
            "administrera", "bandyidrotten inom sitt område")], doc=D, parent="§1", label=""),
    rec("§2", "Organisation", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", IL[14],
        [("Distriktsförbundets", MB, ORG), ("distriktsstämman", DST, POL),
         ("distriktsstyrelsen", DS, POL), ("valberedningen", "valberedning", POL)],
        [AR], doc=D, parent="§2"),
    rec("§3", "Distriktsstämma", [("Distriktsstämma", DST, POL)], doc=D, kind="heading",
        label="§ 3"),
    rec("§3.1", f"{IL[17]} {IL[18]}",
        [("Distriktsstämman", DST, POL), ("ombud", "ombud", FTV), ("föreningarna", "förening", ORG),
         ("distriktsstyrelsen", DS, POL), ("revisorerna", "revisor", FTV),
         ("föreningarna", "förening", ORG, 1), ("distriktsstyrelsen", DS, POL, 1),
         ("distriktsstämma", DST, POL)],
        [pres("består", "bestå"), pres("begär", "begära"), AR, inf("kalla")],
        [st(DST, "Distriktsstämman", "none", None, "bestå", "består",
            "av ombud för föreningarna"),
         st(DS, "distriktsstyrelsen", "obligation", "är skyldig att", "kalla", "kalla",
            "till extra distriktsstämma", condition=ICOND)], doc=D, parent="§3"),
    rec("§4", "Distriktsstyrelsen", [("Distriktsstyrelsen", DS, POL)], doc=D, kind="heading",
        label="§ 4"),
    rec("§4.1", f"{IL[21]} {IL[22]} {IL[23]}",
        [("Distriktsstyrelsen", DS, POL), ("ordförande", "ordförande", FTV),
         ("ledamöter", "ledamot", FTV), ("kassör", "kassör", FTV),
         ("sekreterare", "sekreterare", TJP), ("Ordföranden", "ordförande", FTV),
         ("vice ordföranden", "vice ordförande", FTV),
         ("distriktsstyrelsens", DS, POL), ("Distriktsförbundets", MB, ORG),
         ("ordföranden", "ordförande", FTV, 1), ("kassören", "kassör", FTV)],
        [pres("består", "bestå"), AR, pres("leder", "leda"), pres("tecknas", "teckna", "pass")],
        [st(DS, "Distriktsstyrelsen", "none", None, "bestå", "består",
            "av ordförande samt sju ledamöter, bland dem kassör och sekreterare"),
         st("ordförande", "Ordföranden", "none", None, "leda", "leder",
            "distriktsstyrelsens sammanträden"),
         st("vice ordförande", "vice ordföranden", "none", None, "leda", "leder",
            "distriktsstyrelsens sammanträden", condition="om denne är förhindrad"),
         st("ordförande", "ordföranden", "none", None, "teckna", "tecknas",
            "Distriktsförbundets firma", passive=True),
         st("kassör", "kassören", "none", None, "teckna", "tecknas",
            "Distriktsförbundets firma", passive=True)], doc=D, parent="§4"),
]

# (e) A student union's reglemente, one clause a line.
D = "w49-y-studentkar"
KAR_TEXT = """Meny
Sök
Reglemente för Lundmarks studentkår
Antaget av kårfullmäktige 2026-04-22.
1 Namn
Organisationens namn är Lundmarks studentkår, nedan kallad kåren.
2 Organ
Kårens organ är:
• kårfullmäktige (KFM)
• kårstyrelsen (KS)
• Centrala valberedningen
• revisorerna
3 Kårstyrelsen
Kårstyrelsen består av kassör, klubbmästare, ordförande och vice ordförande.
Kassören ansvarar för kårens bokföring och ska varje månad redovisa det ekonomiska läget \
för styrelsen.
Klubbmästaren har hand om kårens pub och evenemang samt leder kårens festkommitté.
Om en ledamot av kårstyrelsen avgår under mandatperioden, ska kårfullmäktige på sitt \
nästa möte välja en efterträdare.
4 Valberedning
Centrala valberedningen består av tre ledamöter och ska bereda samtliga val som \
kårfullmäktige förrättar.
Kontaktuppgifter
kansli@lundmarkskaren.example
"""
KL = KAR_TEXT.split("\n")
LS = "lundmarks studentkår"
KF = "kårfullmäktige"
KS = "kårstyrelse"
CV = "central valberedning"
KCOND = "Om en ledamot av kårstyrelsen avgår under mandatperioden"
KAR = [
    rec("title", KL[2], [("Lundmarks studentkår", LS, ORG)], doc=D, kind="heading"),
    rec("m1", KL[3], [("kårfullmäktige", KF, POL)], doc=D),
    rec("1", "Namn", doc=D, kind="heading", label="1"),
    rec("1.1", KL[5], [("Organisationens", LS, ORG)], [AR], doc=D, parent="1"),
    rec("2", "Organ", doc=D, kind="heading", label="2"),
    rec("2.1", KL[7], [("Kårens", LS, ORG)], [AR], doc=D, parent="2"),
    item("2.1.a", "kårfullmäktige (KFM)", [("kårfullmäktige", KF, POL), ("KFM", KF, POL)],
         doc=D, parent="2.1", label="•"),
    item("2.1.b", "kårstyrelsen (KS)", [("kårstyrelsen", KS, POL), ("KS", KS, POL)], doc=D,
         parent="2.1", label="•"),
    item("2.1.c", "Centrala valberedningen", [("Centrala valberedningen", CV, POL)], doc=D,
         parent="2.1", label="•"),
    item("2.1.d", "revisorerna", [("revisorerna", "revisor", FTV)], doc=D, parent="2.1",
         label="•"),
    rec("3", "Kårstyrelsen", [("Kårstyrelsen", KS, POL)], doc=D, kind="heading", label="3"),
    rec("3.1", KL[13],
        [("Kårstyrelsen", KS, POL), ("ordförande", "ordförande", FTV),
         ("vice ordförande", "vice ordförande", FTV), ("kassör", "kassör", FTV),
         ("klubbmästare", "klubbmästare", FTV)],
        [pres("består", "bestå")],
        [st(KS, "Kårstyrelsen", "none", None, "bestå", "består",
            "av kassör, klubbmästare, ordförande och vice ordförande")], doc=D, parent="3"),
    rec("3.2", KL[14],
        [("Kassören", "kassör", FTV), ("kårens", LS, ORG), ("styrelsen", KS, POL)],
        [pres("ansvarar", "ansvara"), SKA, inf("redovisa")],
        [st("kassör", "Kassören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för kårens bokföring"),
         st("kassör", "Kassören", "obligation", "ska", "redovisa", "redovisa",
            "det ekonomiska läget för styrelsen")], doc=D, parent="3"),
    rec("3.3", KL[15],
        [("Klubbmästaren", "klubbmästare", FTV), ("kårens", LS, ORG), ("kårens", LS, ORG, 1),
         ("festkommitté", "festkommitté", POL)],
        [HAR, pres("leder", "leda")],
        [st("klubbmästare", "Klubbmästaren", "none", None, "ha", "har",
            "hand om kårens pub och evenemang"),
         st("klubbmästare", "Klubbmästaren", "none", None, "leda", "leder",
            "kårens festkommitté")], doc=D, parent="3"),
    rec("3.4", KL[16],
        [("ledamot", "ledamot", FTV), ("kårstyrelsen", KS, POL), ("kårfullmäktige", KF, POL)],
        [pres("avgår", "avgå"), SKA, inf("välja")],
        [st(KF, "kårfullmäktige", "obligation", "ska", "välja", "välja", "en efterträdare",
            condition=KCOND)], doc=D, parent="3"),
    rec("4", "Valberedning", [("Valberedning", "valberedning", POL)], doc=D, kind="heading",
        label="4"),
    rec("4.1", KL[18],
        [("Centrala valberedningen", CV, POL), ("ledamöter", "ledamot", FTV),
         ("kårfullmäktige", KF, POL)],
        [pres("består", "bestå"), SKA, inf("bereda"), pres("förrättar", "förrätta")],
        [st(CV, "Centrala valberedningen", "none", None, "bestå", "består", "av tre ledamöter"),
         st(CV, "Centrala valberedningen", "obligation", "ska", "bereda", "bereda",
            "samtliga val som kårfullmäktige förrättar")], doc=D, parent="4"),
    rec("h1", KL[19], doc=D, kind="heading"),
    rec("m2", KL[20], doc=D, parent="h1"),
]

# (f) A bostadsrättsförening's stadgar in blank-line `§ N Rubrik` blocks.
D = "w49-y-brf"
BRF_TEXT = """Hoppa till innehåll
Hem
Föreningen
Dokument
Hem » Föreningen » Stadgar
Stadgar för Bostadsrättsföreningen Granbacken i Hallsjö

§ 1 Firma och säte
Föreningens namn och firma är Bostadsrättsföreningen Granbacken i Hallsjö. Föreningen har \
sitt säte i Hallsjö.

§ 2 Ändamål
Föreningen har till ändamål att åt sina medlemmar upplåta lägenheter med bostadsrätt i \
föreningens fastighet.

§ 3 Föreningsstämma
Ordinarie föreningsstämma hålls en gång om året före juni månads utgång.
Om styrelsen, en revisor eller minst en tiondel av samtliga röstberättigade medlemmar \
skriftligen begär det, ska styrelsen kalla till extra föreningsstämma.
Stämman öppnas av styrelsens ordförande eller, om denne är frånvarande, av den till åldern \
äldste närvarande styrelseledamoten.

§ 4 Styrelse
Styrelsen består av lägst tre och högst sju ledamöter samt högst tre suppleanter.
Föreningens firma tecknas, förutom av styrelsen, av två ledamöter i förening.
Styrelsen är skyldig att senast två månader efter räkenskapsårets utgång till revisorerna \
lämna årsredovisningen.

§ 5 Revisorer
Revisorerna, av vilka en ska vara auktoriserad, väljs av föreningsstämman för perioden fram \
till slutet av nästa ordinarie stämma.

Kontakta oss
Ordförande
Karin Östlund
E-post: ordforande@granbacken.example
Webbplatsen använder kakor (cookies). Läs mer om kakor
Godkänn
"""
BL = BRF_TEXT.split("\n")
GB = "bostadsrättsföreningen granbacken i hallsjö"
STY = "styrelse"
FST = "föreningsstämma"
BCOND = ("Om styrelsen, en revisor eller minst en tiondel av samtliga röstberättigade "
         "medlemmar skriftligen begär det")
BRF = [
    rec("title", BL[5], [("Bostadsrättsföreningen Granbacken i Hallsjö", GB, ORG)], doc=D,
        kind="heading"),
    rec("§1", "Firma och säte", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", BL[8], [("Föreningens", GB, ORG), ("Föreningen", GB, ORG)], [AR, HAR],
        [st(GB, "Föreningen", "none", None, "ha", "har", "sitt säte i Hallsjö")], doc=D,
        parent="§1"),
    rec("§2", "Ändamål", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", BL[11],
        [("Föreningen", GB, ORG), ("medlemmar", "medlem", OVR), ("föreningens", GB, ORG)],
        [HAR, inf("upplåta")],
        [st(GB, "Föreningen", "obligation", "har till ändamål att", "upplåta", "upplåta",
            "lägenheter med bostadsrätt i föreningens fastighet")], doc=D, parent="§2"),
    rec("§3", "Föreningsstämma", [("Föreningsstämma", FST, POL)], doc=D, kind="heading",
        label="§ 3"),
    rec("§3.1", f"{BL[14]} {BL[15]} {BL[16]}",
        [("föreningsstämma", FST, POL), ("styrelsen", STY, POL), ("revisor", "revisor", FTV),
         ("medlemmar", "medlem", OVR), ("styrelsen", STY, POL, 1),
         ("föreningsstämma", FST, POL, 1), ("Stämman", "stämma", POL),
         ("styrelsens ordförande", "styrelsens ordförande", FTV),
         ("styrelseledamoten", "styrelseledamot", FTV)],
        [pres("hålls", "hålla", "pass"), pres("begär", "begära"), SKA, inf("kalla"),
         pres("öppnas", "öppna", "pass"), AR],
        [st(FST, "föreningsstämma", "none", None, "hålla", "hålls", None, passive=True),
         st(STY, "styrelsen", "obligation", "ska", "kalla", "kalla",
            "till extra föreningsstämma", condition=BCOND),
         st("styrelsens ordförande", "styrelsens ordförande", "none", None, "öppna",
            "öppnas", "Stämman", passive=True),
         st("styrelseledamot", "styrelseledamoten", "none", None, "öppna", "öppnas",
            "Stämman", passive=True, condition="om denne är frånvarande")],
        doc=D, parent="§3"),
    rec("§4", "Styrelse", [("Styrelse", STY, POL)], doc=D, kind="heading", label="§ 4"),
    rec("§4.1", f"{BL[19]} {BL[20]} {BL[21]}",
        [("Styrelsen", STY, POL), ("ledamöter", "ledamot", FTV),
         ("suppleanter", "suppleant", FTV), ("Föreningens", GB, ORG), ("styrelsen", STY, POL),
         ("ledamöter", "ledamot", FTV, 1), ("Styrelsen", STY, POL, 1),
         ("revisorerna", "revisor", FTV)],
        [pres("består", "bestå"), pres("tecknas", "teckna", "pass"), AR, inf("lämna")],
        [st(STY, "Styrelsen", "none", None, "bestå", "består",
            "av lägst tre och högst sju ledamöter samt högst tre suppleanter"),
         st(STY, "styrelsen", "none", None, "teckna", "tecknas", "Föreningens firma",
            passive=True),
         st("ledamot", "ledamöter", "none", None, "teckna", "tecknas", "Föreningens firma",
            passive=True),
         st(STY, "Styrelsen", "obligation", "är skyldig att", "lämna", "lämna",
            "årsredovisningen")], doc=D, parent="§4"),
    rec("§5", "Revisorer", [("Revisorer", "revisor", FTV)], doc=D, kind="heading",
        label="§ 5"),
    rec("§5.1", BL[24],
        [("Revisorerna", "revisor", FTV), ("föreningsstämman", FST, POL)],
        [SKA, inf("vara"), pres("väljs", "välja", "pass")],
        [st(FST, "föreningsstämman", "none", None, "välja", "väljs", "Revisorerna",
            passive=True)], doc=D, parent="§5"),
    rec("h1", BL[26], doc=D, kind="heading"),
    rec("m1", " ".join(BL[27:30]), [("Ordförande", "styrelsens ordförande", FTV)], doc=D,
        parent="h1"),
]

DOCUMENTS = {"w49-y-namnder": (NAMND_TEXT, NAMNDER), "w49-y-regionstyrelse": (REG_TEXT, REGION),
             "w49-y-forbundsordning": (FO_TEXT, FORBUND),
             "w49-y-idrottsdistrikt": (IDR_TEXT, IDROTT), "w49-y-studentkar": (KAR_TEXT, KAR),
             "w49-y-brf": (BRF_TEXT, BRF)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w49-y", DOCUMENTS)
