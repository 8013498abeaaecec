"""Builds corpus/dev/w53-y.jsonl and the pages corpus/dev/w53-y-*.txt with their gold: the blind
probe w53-y of round 53 (invented documents of the four kinds the project is judged on, as copied
from a PDF viewer, a browser or a Word export), written and annotated by hand from
docs/annotation.md §1–§5 and the rulings at its end before any run; the writer never ran the
extractor on them.
`w53-y-regiondirektor` (an instruktion för regiondirektören copied from a PDF: a page-1 header of
two columns flattened side by side with wide gaps (`Region Hallmark … Datum: …` ⏎
`Regionstyrelsen … Dnr: …`, one metadata clause), the title wrapped over two lines, an adoption
history, `§ N Rubrik` headings, blank-line blocks wrapped with line-end hyphens, running footers
`Instruktion för regiondirektören … Sida N (7)` and a bare `Sida 3 (7)` (furniture), a sentence
hyphenated over a page break (`… anmälas till region-` ⏎ footer ⏎ `direktören, som i sin tur
anmäler …`: one clause, a plain `, som` relative on an actor states nothing), `Regiondirektören
leder och samordnar … och har det övergripande ansvaret för att …`, a `Regiondirektören ska
särskilt` lead-in without colon over `•` items (one with `i enlighet med de mål som …` inside its
`att`-clause), `får delegera … till förvaltningschef …, om inte …`, a `Vid …` agent passive and
an `Om även denne är förhindrad` V2 clause, `regionstyrelsens presidium`);
`w53-y-kommunchef` (a small kommun's kommunchef page: skip link, menu lines and a `/` trail as
chrome, `Kommunchefen är chef för … och har ansvar för att …`, `Kommunchefen rapporterar till
kommunstyrelsen och är dess …`, `Det här gör kommunchefen:` over four capitalised verb-first
lines without markers (one `Ansvarar för att …`), a sentence fronted by `I <kommun>` with an agent
passive, a share line (chrome), a `Kontakt` card and an update line);
`w53-y-delegationsordning` (a socialnämnd's delegationsordning from a layout-keeping PDF export:
title, adoption line with a `Dnr` line under it (one metadata clause), numbered general rules
`Delegat som är jävig får inte …`, `Beslut fattade med stöd av delegation ska anmälas …`, `Vid
förfall för delegaten får ärendet avgöras av …`, a column-header row `Nr Ärende Delegat Lagrum
Anmärkning` (a heading; its repeat after the page counter is furniture), rows with runs of spaces
between cells, one cell wrapped onto the next line, a chapter row, delegates and a note with a
sentence (no statements));
`w53-y-vdinstruktion` (a municipal port company's VD-instruktion as a Word export: tab headings
`N⇥Rubrik`, `verkställande direktören (VD)`, `VD ska sköta den löpande förvaltningen enligt …
(8 kap. 29 § aktiebolagslagen)`, `VD får inte utan styrelsens godkännande` + four coordinated
infinitives, `Det åligger VD att … och att …`, `VD ansvarar för att …`, a `VD:s
ställföreträdare` section (`Vid VD:s förfall ska ställföreträdaren …`, `får dock inte`), `VD ska
rapportera till styrelsen enligt följande:` over tab-bullet noun-phrase items (a schedule), a
non-actor `Rapporterna ska vara styrelsens ledamöter till handa …`);
`w53-y-arbetsordning` (an arbetsordning för kommunfullmäktige as a web page: chrome, `§ N Rubrik`
headings one a line, `Fullmäktige har 45 ledamöter`, presentational `finns`, `Ordföranden ska
leda … och upprätthålla …`, `Om ordföranden inte kan …, ska fullmäktige välja …`, `i samråd med`
between verb and object, `Kallelse ska skickas till … senast …`, `Ärenden får väckas av X, av Y
genom motion och av Z`, a non-actor `En motion ska vara …`, an owner line (chrome), an update
line);
`w53-y-agardirektiv` (an ägardirektiv to a municipal housing company from a PDF: a capitals
title, a history over two lines, `N.` headings, wrapped blocks with a hyphen break, running
footers, `<Name> AB är ett av <kommun> helägt …` (classifying copula), `Bolaget ska förvärva,
bygga och förvalta …`, `Kommunfullmäktige ska ges möjlighet att ta ställning innan …
(10 kap. 3 § KL)`, `Styrelsen ska årligen …`, `Bolaget ska särskilt:` over `- ` items, `har rätt
att ta del av …`, `får inte ta upp …`, an agentless `får lämnas enligt …`).
Offsets computed.
Run: python corpus/make_w53_y.py corpus/dev"""

import re
import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
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

FTV = "förtroendevald"
rec = records_for("w53-y", conditions_from_statements=True)
KF = "kommunfullmäktige"
KST = "kommunstyrelse"
ST = "styrelse"
VD = "verkställande direktör"
FC = "förvaltningschef"
SKA1 = ("ska", "skola", "pres", "act", 1)
SKA2 = ("ska", "skola", "pres", "act", 2)
FAR1 = ("får", "få", "pres", "act", 1)
AR1 = ("är", "vara", "pres", "act", 1)
HAR1 = ("har", "ha", "pres", "act", 1)


item = list_item_maker(rec, "")


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


def page(blocks):
    """A document's text from its blank-line blocks."""
    return "\n\n".join(blocks) + "\n"


# (1) An instruktion för regiondirektören copied from a PDF viewer: blank-line blocks.
D = "w53-y-regiondirektor"
RB = [
    "Region Hallmark                                        Datum: 2026-09-14\n"
    "Regionstyrelsen                                        Dnr: RS 2026/0388",
    "Instruktion för regiondirektören –\nRegion Hallmark",
    "Antagen av regionstyrelsen 2026-09-14, § 162, reviderad 2026-11-02, § 201.",
    "§ 1 Inledning",
    "Denna instruktion anger regiondirektörens uppgifter och befogenheter i för-\n"
    "hållande till regionstyrelsen. Instruktionen kompletterar det reglemente som\n"
    "gäller för regionstyrelsen.",
    "Instruktion för regiondirektören                                   Sida 1 (7)",
    "§ 2 Regiondirektörens ställning",
    "Regiondirektören anställs av regionstyrelsen och är chef för regi-\n"
    "onledningsförvaltningen. Som regionens högsta tjänsteperson är regiondirek-\n"
    "tören direkt underställd regionstyrelsens ordförande i frågor som rör\n"
    "uppdraget.",
    "§ 3 Regiondirektörens uppdrag",
    "Regiondirektören leder och samordnar regionledningsförvaltningens ar-\n"
    "bete och ansvarar för verkställigheten av regionstyrelsens beslut.",
    "Regiondirektören ska särskilt\n"
    "• bereda ärenden till regionstyrelsen och dess utskott,\n"
    "• följa upp att förvaltningens arbete bedrivs i enlighet med de\n"
    "mål som regionfullmäktige har fastställt,\n"
    "• leda arbetet med regionens budget och verksamhetsplan,\n"
    "• företräda regionen i kontakter med andra regioner och myndig-\n"
    "heter.",
    "Regiondirektören får delegera sin beslutanderätt i personalfrågor till\n"
    "förvaltningschef inom regionledningsförvaltningen, om inte regionstyrel-\n"
    "sen har beslutat annat.",
    "Beslut som fattas med stöd av sådan delegation ska anmälas till region-",
    "Instruktion för regiondirektören                                   Sida 2 (7)",
    "direktören, som i sin tur anmäler dem till regionstyrelsen.",
    "§ 4 Regiondirektörens frånvaro",
    "Vid regiondirektörens frånvaro upprätthålls uppdraget av biträdande\n"
    "regiondirektör. Om även denne är förhindrad utser regionstyrelsens\n"
    "ordförande en tillfällig ställföreträdare.",
    "§ 5 Uppföljning",
    "Regionstyrelsen ska varje år utvärdera regiondirektörens arbete. Utvär-\n"
    "deringen genomförs av regionstyrelsens presidium.",
    "Sida 3 (7)",
]
RD_TEXT = page(RB)
RD = "regiondirektör"
RS = "regionstyrelse"
RH = "region hallmark"
RLF = "regionledningsförvaltning"
RSO = "regionstyrelsens ordförande"
BRD = "biträdande regiondirektör"
R_ITEMS = RB[10].split("\n• ")
R_OBJ_UPP = ("att förvaltningens arbete bedrivs i enlighet med de mål som regionfullmäktige "
             "har fastställt")
R_ENL = "i enlighet med de mål som regionfullmäktige har fastställt"
R_PAGE = unwrap(RB[12])[:-1] + unwrap(RB[14])


def rhead(n, block, actors=()):
    """A `§ N Rubrik` heading."""
    label = f"§ {n}"
    return rec(f"§{n}", body(block, label), actors, doc=D, kind="heading", label=label)


def rpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph under a `§ N` heading."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def rsk(cid, text, actors, verbs, aim, obj, conditions=()):
    """An item under `Regiondirektören ska särskilt`."""
    return item(cid, unwrap(text), actors, verbs,
                [st(RD, "Regiondirektören", "obligation", "ska", aim, aim, obj)], conditions,
                doc=D, parent="§3.2", label="•")


REGIONDIREKTOR = [
    rec("m1", unwrap(RB[0]), [("Region Hallmark", RH, ORG), ("Regionstyrelsen", RS, POL)],
        doc=D),
    rec("title", unwrap(RB[1]), [("regiondirektören", RD, TJP), ("Region Hallmark", RH, ORG)],
        doc=D, kind="heading"),
    rec("m2", RB[2], [("regionstyrelsen", RS, POL)], doc=D),
    rhead(1, RB[3]),
    rpara("§1.1", unwrap(RB[4]),
          [("regiondirektörens", RD, TJP), ("regionstyrelsen", RS, POL),
           ("regionstyrelsen", RS, POL, 1)],
          [pres("anger", "ange"), pres("kompletterar", "komplettera"), pres("gäller", "gälla")]),
    rhead(2, RB[6], [("Regiondirektörens", RD, TJP)]),
    rpara("§2.1", unwrap(RB[7]),
          [("Regiondirektören", RD, TJP), ("regionstyrelsen", RS, POL),
           ("regionledningsförvaltningen", RLF, FORV), ("regionens", RH, ORG),
           ("regiondirektören", RD, TJP), ("regionstyrelsens ordförande", RSO, FTV)],
          [pres("anställs", "anställa", "pass"), AR, AR1, pres("rör", "röra")],
          [st(RS, "regionstyrelsen", "none", None, "anställa", "anställs", "Regiondirektören",
              passive=True),
           st(RD, "Regiondirektören", "none", None, "vara", "är",
              "chef för regionledningsförvaltningen"),
           st(RD, "regiondirektören", "none", None, "vara", "är",
              "direkt underställd regionstyrelsens ordförande i frågor som rör uppdraget")]),
    rhead(3, RB[8], [("Regiondirektörens", RD, TJP)]),
    rpara("§3.1", unwrap(RB[9]),
          [("Regiondirektören", RD, TJP), ("regionledningsförvaltningens", RLF, FORV),
           ("regionstyrelsens", RS, POL)],
          [pres("leder", "leda"), pres("samordnar", "samordna"), pres("ansvarar", "ansvara")],
          [st(RD, "Regiondirektören", "none", None, "leda", "leder",
              "regionledningsförvaltningens arbete"),
           st(RD, "Regiondirektören", "none", None, "samordna", "samordnar",
              "regionledningsförvaltningens arbete"),
           st(RD, "Regiondirektören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "verkställigheten av regionstyrelsens beslut")]),
    rpara("§3.2", R_ITEMS[0], [("Regiondirektören", RD, TJP)], [SKA]),
    rsk("§3.2.a", R_ITEMS[1], [("regionstyrelsen", RS, POL), ("utskott", "utskott", POL)],
        [inf("bereda")], "bereda", "ärenden till regionstyrelsen och dess utskott"),
    rsk("§3.2.b", R_ITEMS[2],
        [("förvaltningens", "förvaltning", FORV), ("regionfullmäktige", "regionfullmäktige", POL)],
        [inf("följa"), pres("bedrivs", "bedriva", "pass"), HAR, sup("fastställt", "fastställa")],
        "följa", R_OBJ_UPP, [R_ENL]),
    rsk("§3.2.c", R_ITEMS[3], [("regionens", RH, ORG)], [inf("leda")], "leda",
        "arbetet med regionens budget och verksamhetsplan"),
    rsk("§3.2.d", R_ITEMS[4],
        [("regionen", RH, ORG), ("regioner", "region", EXT), ("myndigheter", "myndighet", EXT)],
        [inf("företräda")], "företräda", "regionen i kontakter med andra regioner och myndigheter"),
    rpara("§3.3", unwrap(RB[11]),
          [("Regiondirektören", RD, TJP), ("förvaltningschef", FC, TJP),
           ("regionledningsförvaltningen", RLF, FORV), ("regionstyrelsen", RS, POL)],
          [FAR, inf("delegera"), HAR, sup("beslutat", "besluta")],
          [st(RD, "Regiondirektören", "permission", "får", "delegera", "delegera",
              "sin beslutanderätt i personalfrågor till förvaltningschef inom "
              "regionledningsförvaltningen",
              condition="om inte regionstyrelsen har beslutat annat")]),
    rpara("§3.4", R_PAGE,
          [("regiondirektören", RD, TJP), ("regionstyrelsen", RS, POL)],
          [pres("fattas", "fatta", "pass"), SKA, inf("anmälas", "anmäla", "pass"),
           pres("anmäler", "anmäla")],
          [st(None, None, "obligation", "ska", "anmäla", "anmälas", "till regiondirektören",
              passive=True, condition="med stöd av sådan delegation")]),
    rhead(4, RB[15], [("Regiondirektörens", RD, TJP)]),
    rpara("§4.1", unwrap(RB[16]),
          [("regiondirektörens", RD, TJP), ("biträdande regiondirektör", BRD, TJP),
           ("regionstyrelsens ordförande", RSO, FTV),
           ("ställföreträdare", "ställföreträdare", TJP)],
          [pres("upprätthålls", "upprätthålla", "pass"), AR, pres("utser", "utse")],
          [st(BRD, "biträdande regiondirektör", "none", None, "upprätthålla", "upprätthålls",
              "uppdraget", passive=True, condition="Vid regiondirektörens frånvaro"),
           st(RSO, "regionstyrelsens ordförande", "none", None, "utse", "utser",
              "en tillfällig ställföreträdare", condition="Om även denne är förhindrad")]),
    rhead(5, RB[17]),
    rpara("§5.1", unwrap(RB[18]),
          [("Regionstyrelsen", RS, POL), ("regiondirektörens", RD, TJP),
           ("regionstyrelsens presidium", "regionstyrelsens presidium", POL)],
          [SKA, inf("utvärdera"), pres("genomförs", "genomföra", "pass")],
          [st(RS, "Regionstyrelsen", "obligation", "ska", "utvärdera", "utvärdera",
              "regiondirektörens arbete"),
           st("regionstyrelsens presidium", "regionstyrelsens presidium", "none", None,
              "genomföra", "genomförs", "Utvärderingen", passive=True)]),
]

# (2) A small kommun's page about its kommunchef, copied from a browser: one line a clause.
D = "w53-y-kommunchef"
KC_TEXT = """Till innehållet
Meny
Sök
Start / Politik och påverkan / Förvaltningen / Kommunchef
Kommunchef
Kommunchefen är chef för kommunledningsförvaltningen och har ansvar för att kommunens \
samlade verksamhet leds och utvecklas på ett effektivt sätt.
Kommunchefen rapporterar till kommunstyrelsen och är dess främsta rådgivare i frågor om \
organisation och ekonomi.
Det här gör kommunchefen:
Leder kommunledningsgruppen och samordnar förvaltningscheferna.
Förbereder kommunstyrelsens ärenden och sammanträden.
Ansvarar för att fattade beslut genomförs.
Företräder kommunen i olika samverkansforum.
I Ödeby kommun utses kommunchefen av kommunstyrelsen, som också fastställer kommunchefens \
lön och uppdrag.
Skriv ut | Lyssna | Dela sidan
Kontakt
Kommunchef
Malin Fredholm
Telefon: 0521-38 10 00
E-post: malin.fredholm@odeby.example
Senast uppdaterad: 2026-11-03
"""
CL = KC_TEXT.split("\n")
KC = "kommunchef"
OK = "ödeby kommun"
KLF = "kommunledningsförvaltning"


def gor(cid, line, actors, verbs, statements):
    """A verb-first line under `Det här gör kommunchefen:`."""
    return item(cid, line, actors, verbs, statements, doc=D, parent="3")


def kc(aim, aim_text, obj, deontic="none", modal=None):
    """The kommunchef's act in one item (the actor is the lead-in's)."""
    return st(KC, "kommunchefen", deontic, modal, aim, aim_text, obj)


KOMMUNCHEF = [
    rec("title", CL[4], [("Kommunchef", KC, TJP)], doc=D, kind="heading"),
    rec("1", CL[5],
        [("Kommunchefen", KC, TJP), ("kommunledningsförvaltningen", KLF, FORV),
         ("kommunens", OK, ORG)],
        [AR, HAR, pres("leds", "leda", "pass"), pres("utvecklas", "utveckla", "pass")],
        [st(KC, "Kommunchefen", "none", None, "vara", "är", "chef för kommunledningsförvaltningen"),
         st(KC, "Kommunchefen", "responsibility", "har ansvar för", "ansvara", "har",
            "att kommunens samlade verksamhet leds och utvecklas på ett effektivt sätt")],
        doc=D),
    rec("2", CL[6], [("Kommunchefen", KC, TJP), ("kommunstyrelsen", KST, POL)],
        [pres("rapporterar", "rapportera"), AR],
        [st(KC, "Kommunchefen", "none", None, "rapportera", "rapporterar", "till kommunstyrelsen"),
         st(KC, "Kommunchefen", "none", None, "vara", "är",
            "dess främsta rådgivare i frågor om organisation och ekonomi")], doc=D),
    rec("3", CL[7], [("kommunchefen", KC, TJP)], [pres("gör", "göra")], doc=D),
    gor("3.a", CL[8],
        [("kommunledningsgruppen", "kommunledningsgrupp", FORV),
         ("förvaltningscheferna", FC, TJP)],
        [pres("Leder", "leda"), pres("samordnar", "samordna")],
        [kc("leda", "Leder", "kommunledningsgruppen"),
         kc("samordna", "samordnar", "förvaltningscheferna")]),
    gor("3.b", CL[9], [("kommunstyrelsens", KST, POL)], [pres("Förbereder", "förbereda")],
        [kc("förbereda", "Förbereder", "kommunstyrelsens ärenden och sammanträden")]),
    gor("3.c", CL[10], [], [pres("Ansvarar", "ansvara"), pres("genomförs", "genomföra", "pass")],
        [kc("ansvara", "Ansvarar", "att fattade beslut genomförs", "responsibility",
            "Ansvarar för")]),
    gor("3.d", CL[11], [("kommunen", OK, ORG)], [pres("Företräder", "företräda")],
        [kc("företräda", "Företräder", "kommunen i olika samverkansforum")]),
    rec("4", CL[12],
        [("Ödeby kommun", OK, ORG), ("kommunchefen", KC, TJP), ("kommunstyrelsen", KST, POL),
         ("kommunchefens", KC, TJP)],
        [pres("utses", "utse", "pass"), pres("fastställer", "fastställa")],
        [st(KST, "kommunstyrelsen", "none", None, "utse", "utses", "kommunchefen",
            passive=True)], doc=D),
    rec("h1", CL[14], doc=D, kind="heading"),
    rec("m1", " ".join(CL[15:19]), [("Kommunchef", KC, TJP)], doc=D, parent="h1"),
    rec("m2", CL[19], doc=D, parent="h1"),
]

# (3) A socialnämnd's delegationsordning from a layout-keeping PDF export: a table in columns.
D = "w53-y-delegationsordning"
HDR = ("Nr    Ärende                                      Delegat            Lagrum      "
       "Anmärkning")
DB = [
    "Delegationsordning för socialnämnden, Brunnsvikens kommun",
    "Antagen av socialnämnden 2026-04-22, § 58\nDnr SN 2026/0141",
    "1 Allmänna bestämmelser",
    "1.1 Delegat som är jävig får inte ta befattning med ärendet. Ärendet ska i stället\n"
    "överlämnas till nämnden.",
    "1.2 Beslut fattade med stöd av delegation ska alltid anmälas till socialnämnden vid\n"
    "nästkommande sammanträde.",
    "1.3 Vid förfall för delegaten får ärendet avgöras av förvaltningschefen.",
    "2 Ärenden enligt socialtjänstlagen",
    HDR + "\n"
    "2.1   Beslut om bistånd i form av                 Enhetschef         SoL 4:1\n"
    "      hemtjänst upp till 40 timmar per månad\n"
    "2.2   Beslut om placering i familjehem            Individutskottet   SoL 6:6\n"
    "2.3   Beslut att överklaga dom i                  Förvaltningschef   FL 42 §     "
    "Samråd med ordföranden\n"
    "      förvaltningsrätten",
    "                                                                         Sida 2 (6)",
    HDR + "\n"
    "3 Ekonomi och upphandling\n"
    "3.1   Attest av leverantörsfakturor               Enhetschef                     "
    "Inom egen budget\n"
    "3.2   Direktupphandling upp till 100 000 kr       Enhetschef         LOU 19 kap.\n"
    "3.3   Direktupphandling över 100 000 kr           Förvaltningschef   LOU 19 kap.\n"
    "3.4   Beslut om avskrivning av fordran upp        Förvaltningschef   KL 6:37     "
    "Vidaredelegation är\n"
    "      till ett prisbasbelopp                                                    "
    "inte tillåten",
]
DO_TEXT = page(DB)
SN = "socialnämnd"
SNO = "socialnämndens ordförande"
EC = "enhetschef"
DEL = "delegat"


def dpara(cid, block, actors=(), verbs=(), statements=(), conditions=()):
    """A numbered paragraph `N.N …`."""
    return rec(cid, body(block, cid), actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0], label=cid)


def row(cid, text, actors=(), verbs=(), parent=None):
    """A table row: its cells joined in column order, the row number its label."""
    return rec(cid, text, actors, verbs, doc=D, parent=parent or cid.split(".")[0], label=cid)


DELEGATIONSORDNING = [
    rec("title", DB[0], [("socialnämnden", SN, POL),
                         ("Brunnsvikens kommun", "brunnsvikens kommun", ORG)],
        doc=D, kind="heading"),
    rec("m1", unwrap(DB[1]), [("socialnämnden", SN, POL)], doc=D),
    rec("1", body(DB[2], "1"), doc=D, kind="heading", label="1"),
    dpara("1.1", DB[3], [("Delegat", DEL, TJP), ("nämnden", "nämnd", POL)],
          [FAR, inf("ta"), SKA, inf("överlämnas", "överlämna", "pass")],
          [st(DEL, "Delegat", "prohibition", "får inte", "ta", "ta", "befattning med ärendet",
              negated=True),
           st(None, None, "obligation", "ska", "överlämna", "överlämnas", "till nämnden",
              passive=True)]),
    dpara("1.2", DB[4], [("socialnämnden", SN, POL)],
          [SKA, inf("anmälas", "anmäla", "pass")],
          [st(None, None, "obligation", "ska", "anmäla", "anmälas",
              "till socialnämnden vid nästkommande sammanträde", passive=True,
              condition="med stöd av delegation")]),
    dpara("1.3", DB[5], [("delegaten", DEL, TJP), ("förvaltningschefen", FC, TJP)],
          [FAR, inf("avgöras", "avgöra", "pass")],
          [st(FC, "förvaltningschefen", "permission", "får", "avgöra", "avgöras", "ärendet",
              passive=True, condition="Vid förfall för delegaten")]),
    rec("2", body(DB[6], "2"), doc=D, kind="heading", label="2"),
    rec("2.h", "Nr Ärende Delegat Lagrum Anmärkning", doc=D, kind="heading", parent="2"),
    row("2.1", "Beslut om bistånd i form av hemtjänst upp till 40 timmar per månad Enhetschef "
        "SoL 4:1", [("Enhetschef", EC, TJP)]),
    row("2.2", "Beslut om placering i familjehem Individutskottet SoL 6:6",
        [("Individutskottet", "individutskott", POL)]),
    row("2.3", "Beslut att överklaga dom i förvaltningsrätten Förvaltningschef FL 42 § Samråd "
        "med ordföranden",
        [("förvaltningsrätten", "förvaltningsrätt", EXT), ("Förvaltningschef", FC, TJP),
         ("ordföranden", SNO, FTV)], [inf("överklaga")]),
    rec("3", "Ekonomi och upphandling", doc=D, kind="heading", label="3"),
    row("3.1", "Attest av leverantörsfakturor Enhetschef Inom egen budget",
        [("Enhetschef", EC, TJP)]),
    row("3.2", "Direktupphandling upp till 100 000 kr Enhetschef LOU 19 kap.",
        [("Enhetschef", EC, TJP)]),
    row("3.3", "Direktupphandling över 100 000 kr Förvaltningschef LOU 19 kap.",
        [("Förvaltningschef", FC, TJP)]),
    row("3.4", "Beslut om avskrivning av fordran upp till ett prisbasbelopp Förvaltningschef "
        "KL 6:37 Vidaredelegation är inte tillåten", [("Förvaltningschef", FC, TJP)], [AR]),
]

# (4) A municipal port company's VD-instruktion as a Word export: tab headings, tab bullets.
D = "w53-y-vdinstruktion"
VB = [
    "VD-instruktion för Strandviks Hamn AB",
    "Fastställd av styrelsen 2026-02-19",
    "1\tInledning",
    "Denna instruktion beskriver vilka uppgifter verkställande direktören (VD) i Strandviks "
    "Hamn AB har i förhållande till styrelsen. Instruktionen gäller jämte bolagsordningen, "
    "ägardirektivet och aktiebolagslagen.",
    "2\tVD:s uppgifter",
    "VD ska självständigt sköta den löpande förvaltningen av hamnen enligt ägardirektivet, "
    "denna instruktion och "
    "styrelsens beslut (8 kap. 29 § aktiebolagslagen).",
    "VD får inte utan styrelsens godkännande ingå avtal som löper längre än tre år, sälja "
    "eller pantsätta bolagets fastigheter eller göra investeringar som överstiger fem "
    "miljoner kronor.",
    "Det åligger VD att hålla bolagets kajer och anläggningar i gott skick och att bevaka att "
    "hamnverksamheten bedrivs säkert.",
    "VD ansvarar för att bolaget uppfyller de krav som ställs i lagen om hamnskydd.",
    "3\tVD:s ställföreträdare",
    "Styrelsen utser en ställföreträdare för VD. Vid VD:s förfall ska ställföreträdaren "
    "fullgöra VD:s uppgifter. Ställföreträdaren får dock inte avgöra ärenden av principiell "
    "natur.",
    "4\tRapportering till styrelsen",
    "VD ska rapportera till styrelsen enligt följande:\n"
    "•\tmånadsvis en ekonomisk rapport med utfall mot budget\n"
    "•\tkvartalsvis en uppföljning av investeringsplanen\n"
    "•\tårligen en redovisning av arbetsmiljö- och säkerhetsarbetet",
    "Rapporterna ska vara styrelsens ledamöter till handa senast sju dagar före sammanträdet.",
]
VD_TEXT = "\n\n".join(VB) + "\n"
SH = "strandviks hamn ab"
SF = "ställföreträdare"
V_LEAD = VB[12].split("\n")
V_PROH = [("ingå", "avtal som löper längre än tre år"), ("sälja", "bolagets fastigheter"),
          ("pantsätta", "bolagets fastigheter"),
          ("göra", "investeringar som överstiger fem miljoner kronor")]


def vhead(n, line, actors=()):
    """A Word heading `N⇥Rubrik`."""
    label = str(n)
    text = line.split("\t", 1)[1]
    return rec(label, text, actors, doc=D, kind="heading", label=label)


def vpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def report(cid, line):
    """A tab-bulleted item under `VD ska rapportera till styrelsen enligt följande:`."""
    text = line.split("\t", 1)[1]
    return item(cid, text, (), (),
                [st(VD, "VD", "obligation", "ska", "rapportera", "rapportera", text)], doc=D,
                parent="4.1", label="•")


VDINSTRUKTION = [
    rec("title", VB[0], [("Strandviks Hamn AB", SH, ORG)], doc=D, kind="heading"),
    rec("m1", VB[1], [("styrelsen", ST, POL)], doc=D),
    vhead(1, VB[2]),
    vpara("1.1", VB[3],
          [("verkställande direktören", VD, TJP), ("VD", VD, TJP),
           ("Strandviks Hamn AB", SH, ORG), ("styrelsen", ST, POL)],
          [pres("beskriver", "beskriva"), HAR, pres("gäller", "gälla")]),
    vhead(2, VB[4], [("VD:s", VD, TJP)]),
    vpara("2.1", VB[5], [("VD", VD, TJP), ("styrelsens", ST, POL)],
          [SKA, inf("sköta")],
          [st(VD, "VD", "obligation", "ska", "sköta", "sköta",
              "den löpande förvaltningen av hamnen",
              condition="enligt ägardirektivet, denna instruktion och styrelsens beslut")]),
    vpara("2.2", VB[6], [("VD", VD, TJP), ("styrelsens", ST, POL), ("bolagets", SH, ORG)],
          [FAR, inf("ingå"), pres("löper", "löpa"), inf("sälja"), inf("pantsätta"), inf("göra"),
           pres("överstiger", "överstiga")],
          [st(VD, "VD", "prohibition", "får inte", aim, aim, obj, negated=True)
           for aim, obj in V_PROH]),
    vpara("2.3", VB[7], [("VD", VD, TJP), ("bolagets", SH, ORG)],
          [pres("åligger", "åligga"), inf("hålla"), inf("bevaka"),
           pres("bedrivs", "bedriva", "pass")],
          [st(VD, "VD", "obligation", "åligger", "hålla", "hålla",
              "bolagets kajer och anläggningar i gott skick"),
           st(VD, "VD", "obligation", "åligger", "bevaka", "bevaka",
              "att hamnverksamheten bedrivs säkert")]),
    vpara("2.4", VB[8], [("VD", VD, TJP), ("bolaget", SH, ORG)],
          [pres("ansvarar", "ansvara"), pres("uppfyller", "uppfylla"),
           pres("ställs", "ställa", "pass")],
          [st(VD, "VD", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "att bolaget uppfyller de krav som ställs i lagen om hamnskydd")]),
    vhead(3, VB[9], [("VD:s", VD, TJP), ("ställföreträdare", SF, TJP)]),
    vpara("3.1", VB[10],
          [("Styrelsen", ST, POL), ("ställföreträdare", SF, TJP), ("VD", VD, TJP),
           ("VD:s", VD, TJP), ("ställföreträdaren", SF, TJP), ("VD:s", VD, TJP, 1),
           ("Ställföreträdaren", SF, TJP)],
          [pres("utser", "utse"), SKA, inf("fullgöra"), FAR, inf("avgöra")],
          [st(ST, "Styrelsen", "none", None, "utse", "utser", "en ställföreträdare för VD"),
           st(SF, "ställföreträdaren", "obligation", "ska", "fullgöra", "fullgöra",
              "VD:s uppgifter", condition="Vid VD:s förfall"),
           st(SF, "Ställföreträdaren", "prohibition", "får inte", "avgöra", "avgöra",
              "ärenden av principiell natur", negated=True)]),
    vhead(4, VB[11], [("styrelsen", ST, POL)]),
    vpara("4.1", V_LEAD[0], [("VD", VD, TJP), ("styrelsen", ST, POL)],
          [SKA, inf("rapportera")]),
    report("4.1.a", V_LEAD[1]),
    report("4.1.b", V_LEAD[2]),
    report("4.1.c", V_LEAD[3]),
    vpara("4.2", VB[13], [("styrelsens ledamöter", "styrelsens ledamot", FTV)],
          [SKA, inf("vara")]),
]

# (5) An arbetsordning för kommunfullmäktige as a web page: one line a clause.
D = "w53-y-arbetsordning"
AO_TEXT = """Hoppa till huvudinnehåll
Meny
Start / Kommun och politik / Kommunfullmäktige / Arbetsordning
Arbetsordning för kommunfullmäktige i Tvärsjö kommun
Antagen av kommunfullmäktige 2026-06-15, § 74
§ 1 Antal ledamöter
Fullmäktige har 45 ledamöter. Dessutom finns ersättare till det antal som bestäms enligt \
vallagen.
§ 2 Ordförande och vice ordförande
Bland sina ledamöter väljer fullmäktige en ordförande och två vice ordförande.
Ordföranden ska leda fullmäktiges sammanträden och upprätthålla ordningen vid dessa.
Om ordföranden inte kan fullgöra sitt uppdrag under en längre tid, ska fullmäktige välja en \
annan ledamot att vara tillfällig ordförande.
§ 3 Tid och plats för sammanträden
Fullmäktige sammanträder normalt sju gånger om året. Ordföranden bestämmer i samråd med vice \
ordförandena tid och plats för extra sammanträden.
§ 4 Kallelse
Kallelse ska skickas till varje ledamot och ersättare senast tio dagar före sammanträdet. \
Kallelsen ska ange datum, tid och plats för sammanträdet och vilka ärenden som tas \
upp.
§ 5 Väckande av ärenden
Ärenden får väckas av nämnderna, av ledamöterna genom motion och av revisorerna.
En motion ska vara skriftlig och undertecknad av en eller flera ledamöter.
Sidansvarig: Kommunkansliet
Senast uppdaterad: 2026-06-22
"""
AL = AO_TEXT.split("\n")
ORD = "ordförande"
VO = "vice ordförande"


def ahead(n, line, actors=()):
    """A `§ N Rubrik` heading line."""
    label = f"§ {n}"
    return rec(f"§{n}", body(line, label), actors, doc=D, kind="heading", label=label)


def apara(cid, line, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph line under a `§ N` heading."""
    return rec(cid, line, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def vacka(actor, text):
    """One `av`-agent of `Ärenden får väckas av …`."""
    return st(actor, text, "permission", "får", "väcka", "väckas", "Ärenden", passive=True)


ARBETSORDNING = [
    rec("title", AL[3], [("kommunfullmäktige", KF, POL), ("Tvärsjö kommun", "tvärsjö kommun", ORG)],
        doc=D, kind="heading"),
    rec("m1", AL[4], [("kommunfullmäktige", KF, POL)], doc=D),
    ahead(1, AL[5], [("ledamöter", "ledamot", FTV)]),
    apara("§1.1", AL[6],
          [("Fullmäktige", KF, POL), ("ledamöter", "ledamot", FTV),
           ("ersättare", "ersättare", FTV)],
          [HAR, pres("finns", "finnas"), pres("bestäms", "bestämma", "pass")],
          [st(KF, "Fullmäktige", "none", None, "ha", "har", "45 ledamöter")],
          ["enligt vallagen"]),
    ahead(2, AL[7], [("Ordförande", ORD, FTV), ("vice ordförande", VO, FTV)]),
    apara("§2.1", AL[8],
          [("ledamöter", "ledamot", FTV), ("fullmäktige", KF, POL), ("ordförande", ORD, FTV),
           ("vice ordförande", VO, FTV)],
          [pres("väljer", "välja")],
          [st(KF, "fullmäktige", "none", None, "välja", "väljer",
              "en ordförande och två vice ordförande")]),
    apara("§2.2", AL[9], [("Ordföranden", ORD, FTV), ("fullmäktiges", KF, POL)],
          [SKA, inf("leda"), inf("upprätthålla")],
          [st(ORD, "Ordföranden", "obligation", "ska", "leda", "leda",
              "fullmäktiges sammanträden"),
           st(ORD, "Ordföranden", "obligation", "ska", "upprätthålla", "upprätthålla",
              "ordningen vid dessa")]),
    apara("§2.3", AL[10],
          [("ordföranden", ORD, FTV), ("fullmäktige", KF, POL), ("ledamot", "ledamot", FTV)],
          [("kan", "kunna", "pres", "act"), inf("fullgöra"), SKA, inf("välja"), inf("vara")],
          [st(KF, "fullmäktige", "obligation", "ska", "välja", "välja",
              "en annan ledamot att vara tillfällig ordförande",
              condition="Om ordföranden inte kan fullgöra sitt uppdrag under en längre tid")]),
    ahead(3, AL[11]),
    apara("§3.1", AL[12],
          [("Fullmäktige", KF, POL), ("Ordföranden", ORD, FTV), ("vice ordförandena", VO, FTV)],
          [pres("sammanträder", "sammanträda"), pres("bestämmer", "bestämma")],
          [st(KF, "Fullmäktige", "none", None, "sammanträda", "sammanträder",
              "sju gånger om året"),
           st(ORD, "Ordföranden", "none", None, "bestämma", "bestämmer",
              "tid och plats för extra sammanträden",
              condition="i samråd med vice ordförandena")]),
    ahead(4, AL[13]),
    apara("§4.1", AL[14], [("ledamot", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
          [SKA, inf("skickas", "skicka", "pass"), SKA1, inf("ange"), pres("tas", "ta", "pass")],
          [st(None, None, "obligation", "ska", "skicka", "skickas",
              "till varje ledamot och ersättare senast tio dagar före sammanträdet",
              passive=True)]),
    ahead(5, AL[15]),
    apara("§5.1", AL[16],
          [("nämnderna", "nämnd", POL), ("ledamöterna", "ledamot", FTV),
           ("revisorerna", "revisor", FTV)],
          [FAR, inf("väckas", "väcka", "pass")],
          [vacka("nämnd", "nämnderna"), vacka("ledamot", "ledamöterna"),
           vacka("revisor", "revisorerna")]),
    apara("§5.2", AL[17], [("ledamöter", "ledamot", FTV)], [SKA, inf("vara")]),
    rec("m2", AL[19], doc=D, parent="§5"),
]

# (6) An ägardirektiv to a municipal housing company copied from a PDF: blank-line blocks.
D = "w53-y-agardirektiv"
GB = [
    "ÄGARDIREKTIV FÖR RÖDMYRAHEM AB",
    "Fastställt av kommunfullmäktige i Rödmyra kommun 2026-03-30, § 41, och av\n"
    "bolagsstämman 2026-04-21.",
    "1. Bolagets verksamhet",
    "Rödmyrahem AB är ett av Rödmyra kommun helägt allmännyttigt bostads-\n"
    "aktiebolag. Bolaget ska förvärva, uppföra och förvalta bostäder och lokaler\n"
    "i syfte att främja bostadsförsörjningen i kommunen.",
    "Bolaget ska sköta sitt fastighetsbestånd enligt affärsmässiga principer och ta\n"
    "sociala hänsyn i sin uthyrning.",
    "Ägardirektiv för Rödmyrahem AB                                     Sida 1 (3)",
    "2. Kommunfullmäktiges ställningstagande",
    "Kommunfullmäktige ska ges möjlighet att i förväg ta ställning innan beslut\n"
    "tas i frågor som rör bolagets inriktning eller som annars är av större\n"
    "ekonomisk betydelse (10 kap. 3 § KL).",
    "Styrelsen ska årligen fastställa en affärsplan för de kommande tre åren\n"
    "och därefter sända den till kommunstyrelsen för kännedom.",
    "3. Ägarens krav",
    "Bolaget ska särskilt:\n"
    "- erbjuda bostäder av god kvalitet till rimliga hyror,\n"
    "- medverka i kommunens arbete med bostadsförsörjning,\n"
    "- hålla en soliditet om minst 12 procent,\n"
    "- en gång per år lämna kommunstyrelsen en redogörelse för hur bolaget har\n"
    "arbetat med ägardirektivet.",
    "Ägardirektiv för Rödmyrahem AB                                     Sida 2 (3)",
    "4. Information och ekonomi",
    "Bolaget ska utan dröjsmål underrätta kommunstyrelsen om väsentliga händelser i\n"
    "verksamheten. Kommunstyrelsen har rätt att granska bolagets handlingar och\n"
    "räkenskaper (6 kap. 1 § KL).",
    "Bolaget får inte ta upp nya lån över den låneram som kommunfullmäktige har\n"
    "fastställt (8 kap. 3 § KL). Utdelning till ägaren får lämnas enligt de\n"
    "begränsningar som följer av lagen om allmännyttiga kommunala bostadsaktiebolag.",
    "Sida 3 (3)",
]
AG_TEXT = page(GB)
RM = "rödmyrahem ab"
RK = "rödmyra kommun"
G_ITEMS = GB[10].split("\n- ")
G_ENL = ("enligt de begränsningar som följer av lagen om allmännyttiga kommunala "
         "bostadsaktiebolag")


def ghead(n, block, actors=()):
    """A numbered heading `N. Rubrik`."""
    label = f"{n}."
    return rec(str(n), body(block, label), actors, doc=D, kind="heading", label=label)


def gpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def bol(aim, obj, deontic="obligation", modal="ska", text="Bolaget", **kw):
    """The company's act."""
    return st(RM, text, deontic, modal, aim, aim, obj, **kw)


def krav(cid, text, actors, verbs, aim, obj):
    """A `- ` item under `Bolaget ska särskilt:`."""
    return item(cid, unwrap(text), actors, verbs, [bol(aim, obj)], doc=D, parent="3.1",
                label="-")


G_BOST = "bostäder och lokaler i syfte att främja bostadsförsörjningen i kommunen"

AGARDIREKTIV = [
    rec("title", GB[0], [("RÖDMYRAHEM AB", RM, ORG)], doc=D, kind="heading"),
    rec("m1", unwrap(GB[1]),
        [("kommunfullmäktige", KF, POL), ("Rödmyra kommun", RK, ORG),
         ("bolagsstämman", "bolagsstämma", POL)], doc=D),
    ghead(1, GB[2], [("Bolagets", RM, ORG)]),
    gpara("1.1", unwrap(GB[3]),
          [("Rödmyrahem AB", RM, ORG), ("Rödmyra kommun", RK, ORG), ("Bolaget", RM, ORG)],
          [AR, SKA, inf("förvärva"), inf("uppföra"), inf("förvalta"), inf("främja")],
          [st(RM, "Rödmyrahem AB", "none", None, "vara", "är",
              "ett av Rödmyra kommun helägt allmännyttigt bostadsaktiebolag"),
           bol("förvärva", G_BOST), bol("uppföra", G_BOST), bol("förvalta", G_BOST)]),
    gpara("1.2", unwrap(GB[4]), [("Bolaget", RM, ORG)], [SKA, inf("sköta"), inf("ta")],
          [bol("sköta", "sitt fastighetsbestånd", condition="enligt affärsmässiga principer"),
           bol("ta", "sociala hänsyn i sin uthyrning")]),
    ghead(2, GB[6], [("Kommunfullmäktiges", KF, POL)]),
    gpara("2.1", unwrap(GB[7]), [("Kommunfullmäktige", KF, POL), ("bolagets", RM, ORG)],
          [SKA, pres("ges", "ge", "pass"), inf("ta"), pres("tas", "ta", "pass"),
           pres("rör", "röra"), AR],
          [st(KF, "Kommunfullmäktige", "obligation", "ska ges möjlighet att", "ta", "ta",
              "ställning innan beslut tas i frågor som rör bolagets inriktning eller som "
              "annars är av större ekonomisk betydelse")]),
    gpara("2.2", unwrap(GB[8]), [("Styrelsen", ST, POL), ("kommunstyrelsen", KST, POL)],
          [SKA, inf("fastställa"), inf("sända")],
          [st(ST, "Styrelsen", "obligation", "ska", "fastställa", "fastställa",
              "en affärsplan för de kommande tre åren"),
           st(ST, "Styrelsen", "obligation", "ska", "sända", "sända",
              "den till kommunstyrelsen för kännedom")]),
    ghead(3, GB[9], [("Ägarens", "ägare", ORG)]),
    gpara("3.1", G_ITEMS[0], [("Bolaget", RM, ORG)], [SKA]),
    krav("3.1.a", G_ITEMS[1], [], [inf("erbjuda")], "erbjuda",
         "bostäder av god kvalitet till rimliga hyror"),
    krav("3.1.b", G_ITEMS[2], [("kommunens", RK, ORG)], [inf("medverka")], "medverka",
         "i kommunens arbete med bostadsförsörjning"),
    krav("3.1.c", G_ITEMS[3], [], [inf("hålla")], "hålla", "en soliditet om minst 12 procent"),
    krav("3.1.d", G_ITEMS[4], [("kommunstyrelsen", KST, POL), ("bolaget", RM, ORG)],
         [inf("lämna"), HAR, sup("arbetat", "arbeta")], "lämna",
         "kommunstyrelsen en redogörelse för hur bolaget har arbetat med ägardirektivet"),
    ghead(4, GB[12]),
    gpara("4.1", unwrap(GB[13]),
          [("Bolaget", RM, ORG), ("kommunstyrelsen", KST, POL), ("Kommunstyrelsen", KST, POL),
           ("bolagets", RM, ORG)],
          [SKA, inf("underrätta"), HAR, inf("granska")],
          [bol("underrätta", "kommunstyrelsen om väsentliga händelser i verksamheten"),
           st(KST, "Kommunstyrelsen", "permission", "har rätt att", "granska", "granska",
              "bolagets handlingar och räkenskaper")]),
    gpara("4.2", unwrap(GB[14]),
          [("Bolaget", RM, ORG), ("kommunfullmäktige", KF, POL), ("ägaren", "ägare", ORG)],
          [FAR, inf("ta"), HAR, sup("fastställt", "fastställa"), FAR1,
           inf("lämnas", "lämna", "pass"), pres("följer", "följa")],
          [bol("ta", "nya lån över den låneram som kommunfullmäktige har fastställt",
               "prohibition", "får inte", negated=True),
           st(None, None, "permission", "får", "lämna", "lämnas", None, passive=True,
              condition=G_ENL)]),
]

DOCUMENTS = {"w53-y-regiondirektor": (RD_TEXT, REGIONDIREKTOR),
             "w53-y-kommunchef": (KC_TEXT, KOMMUNCHEF),
             "w53-y-delegationsordning": (DO_TEXT, DELEGATIONSORDNING),
             "w53-y-vdinstruktion": (VD_TEXT, VDINSTRUKTION),
             "w53-y-arbetsordning": (AO_TEXT, ARBETSORDNING),
             "w53-y-agardirektiv": (AG_TEXT, AGARDIREKTIV)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w53-y", DOCUMENTS)
