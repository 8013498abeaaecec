"""Builds corpus/dev/w55-y.jsonl and the pages corpus/dev/w55-y-*.txt with their gold: the blind
probe w55-y of round 55 (invented documents of the four kinds the project is judged on, as copied
from a browser, a PDF viewer or a Word export), written and annotated by hand from
docs/annotation.md §1–§5 and the rulings at its end before any run; the writer never ran the
extractor on them.
`w55-y-kommunchef` (an instruktion för kommunchefen as a web page: skip link, menu lines and a
`/` trail (chrome), title and adoption line, unnumbered headings `Kommunchefens uppdrag` and
`Ekonomi och uppföljning`, `Kommunchefen leder och samordnar … och är …`, `Det åligger
kommunchefen att … och att …`, a lead-in `Kommunchefen ska även:` over bare-infinitive lines
without markers, a lead-in `I kommunchefens uppdrag ingår även:` over noun-phrase lines (one with
a relative clause), `ansvarar för att … och ska …`, a `Vid kommunchefens frånvaro` agent passive,
an owner line (chrome), an update line, `|`-separated address fields, a copyright line and a
footer link (chrome));
`w55-y-vdinstruktion` (a municipal energy company's VD-instruktion as PDF text: a capitals
title, `§ N Rubrik` headings, line-end hyphens (one inside `verkställande direktören (VD)`), page
counters `Sida N av 5` (furniture), an agentless `Instruktionen ska läsas …`, `VD utses och
entledigas av styrelsen`, `ska sköta … enligt … och se till att …`, `VD får inte utan
styrelsens medgivande:` over `–` items with coordinated infinitives, a non-actor `Frågor av
principiell beskaffenhet … ska alltid underställas styrelsen`, an inline `I VD:s uppgifter
ingår även <NP>`, a V2 `Till varje … ska VD lämna …`, `Vid förfall för VD … av vice VD`, `får
dock inte fatta beslut som enligt … kräver …`);
`w55-y-delegationsordning` (a socialnämnd's delegationsordning with its table flattened by a PDF
extractor: prose blocks (`får enligt … uppdra åt …`, `Delegaten ska … i enlighet med …`, `Beslut
i ärenden av principiell beskaffenhet … får inte delegeras (6 kap. 38 § KL)`, an `Anmälan av
delegationsbeslut` section with an agentless `ska anmälas` and `Delegaten ansvarar för att …`,
`Enhetschef får inte vidaredelegera …`), then the table without blank lines: a chapter row, the
header `Nr Ärende Lagrum Delegat Anm.` once, rows `3.1 Beslut om … 4 kap. 1 § SoL <delegat>`,
one row whose Ärende cell wraps onto a lower-case line after the row's other cells, a row with
a second delegate in the note (`Ordföranden i brådskande fall`), a row whose note is a
sentence without its stop, and a lone page counter);
`w55-y-reglemente` (a reglemente för kommunstyrelsen as a web page: chrome, `§ N Rubrik`
headings, `leder och samordnar … och har uppsikt över … (6 kap. 1 § KL)`, `Kommunstyrelsen ska
särskilt:` over `1.`-`4.` items (one `följa upp att … i enlighet med …`, one with a relative
`som ska avgöras av kommunfullmäktige`), `Styrelsen får … i enlighet med de riktlinjer som
fullmäktige har fastställt`, `Det ankommer på styrelsen att … och att …`, `Kommunstyrelsen är
personalorgan och ansvarar för …`, `Ordföranden har rätt att … när …`, a share line (chrome),
an update line, a copyright line (chrome));
`w55-y-agardirektiv` (an ägardirektiv för ett kommunalt bostadsbolag as a Word-exported PDF: a
title, an adoption line, a contents list with dot leaders (one heading clause `toc`), `N.`
headings, hyphen breaks, `Sida N av 3` counters, `<Name> AB är ett … som ägs av …`, `Bolaget
ska inhämta fullmäktiges ställningstagande innan … (10 kap. 3 § KL)`, a non-actor `Sådana
frågor är …`, `Ägaren förväntar sig att bolaget …`, `Styrelsen ansvarar för att … i enlighet
med …`, `Kommunstyrelsen utövar uppsikt över bolaget enligt …`, a signature block `<Ort> den
…` ⏎ name ⏎ `Kommunfullmäktiges ordförande`);
`w55-y-attestreglemente` (an attestreglemente as flattened PDF text: a capitals title, `N
Rubrik` headings, a non-actor `Reglementet syftar till att …`, `Varje nämnd ska … utse …`,
`Förvaltningschefen utser …`, `Beslutsattestanten ansvarar för att …`, `Behörighetsattestanten
ska kontrollera att …`, a non-actor `Attest får inte ske av den som …`, two coordinated
subjects under `får inte vara`, `Arkivansvarig har till uppgift att … enligt …`, `Ekonomichefen
får meddela …`, a running footer with the kommun, the title word, a date and `Sida N (2)`).
Offsets computed.
Run: python corpus/make_w55_y.py corpus/dev"""

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
rec = records_for("w55-y", conditions_from_statements=True)
item = list_item_maker(rec, "")
KF = "kommunfullmäktige"
KST = "kommunstyrelse"
ST = "styrelse"
VD = "verkställande direktör"
FC = "förvaltningschef"
SKA1 = ("ska", "skola", "pres", "act", 1)
FAR1 = ("får", "få", "pres", "act", 1)
AR1 = ("är", "vara", "pres", "act", 1)


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


# (1) An instruktion för kommunchefen as a web page, copied from a browser: one line a clause.
D = "w55-y-kommunchef"
KC_TEXT = """Gå till innehållet
Meny
Sök
Start / Politik och demokrati / Organisation / Kommunchef
Instruktion för kommunchefen i Tornsäters kommun
Antagen av kommunstyrelsen 2026-10-14, § 203
Kommunchefens uppdrag
Kommunchefen leder och samordnar förvaltningens arbete och är kommunstyrelsens närmaste \
rådgivare i frågor om kommunens utveckling.
Det åligger kommunchefen att verkställa kommunstyrelsens beslut och att hålla kommunstyrelsen \
informerad om förvaltningens arbete.
Kommunchefen ska även:
leda kommunens ledningsgrupp
samordna arbetet med budget och verksamhetsplan
företräda kommunen i kontakter med andra myndigheter
I kommunchefens uppdrag ingår även:
personalfrågor som gäller förvaltningscheferna
kommunens krisberedskap och säkerhetsarbete
Ekonomi och uppföljning
Kommunchefen ansvarar för att förvaltningens verksamhet bedrivs inom tilldelad budgetram och \
ska varje tertial rapportera det ekonomiska läget till kommunstyrelsen.
Vid kommunchefens frånvaro fullgörs uppdraget av ekonomichefen. Ekonomichefen har då samma \
befogenheter som kommunchefen.
Sidansvarig: Kommunledningskontoret
Senast uppdaterad: 2026-10-20
Tornsäters kommun | Storgatan 12 | 842 31 Tornsäter | 0651-180 00
© Tornsäters kommun 2026
Om webbplatsen
"""
CL = KC_TEXT.split("\n")
KC = "kommunchef"
TK = "tornsäters kommun"
FV = "förvaltning"
EK = "ekonomichef"


def kc(aim, obj, deontic="none", modal=None, aim_text=None, text="Kommunchefen", **kw):
    """The kommunchef's act."""
    return st(KC, text, deontic, modal, aim, aim_text or aim, obj, **kw)


def skaven(cid, line, actors, verbs, aim, obj):
    """A line under `Kommunchefen ska även:`."""
    return item(cid, line, actors, verbs, [kc(aim, obj, "obligation", "ska")], doc=D,
                parent="3")


def ingar(cid, line, actors, verbs=()):
    """A noun-phrase line under `I kommunchefens uppdrag ingår även:`."""
    return item(cid, line, actors, verbs,
                [kc("ansvara", line, "responsibility", "I uppdrag ingår", "ingår",
                    text="kommunchefens")], doc=D, parent="4")


KOMMUNCHEF = [
    rec("title", CL[4], [("kommunchefen", KC, TJP), ("Tornsäters kommun", TK, ORG)], doc=D,
        kind="heading"),
    rec("m1", CL[5], [("kommunstyrelsen", KST, POL)], doc=D),
    rec("h1", CL[6], [("Kommunchefens", KC, TJP)], doc=D, kind="heading"),
    rec("1", CL[7],
        [("Kommunchefen", KC, TJP), ("förvaltningens", FV, FORV),
         ("kommunstyrelsens", KST, POL), ("kommunens", TK, ORG)],
        [pres("leder", "leda"), pres("samordnar", "samordna"), AR],
        [kc("leda", "förvaltningens arbete", aim_text="leder"),
         kc("samordna", "förvaltningens arbete", aim_text="samordnar"),
         kc("vara", "kommunstyrelsens närmaste rådgivare i frågor om kommunens utveckling",
            aim_text="är")], doc=D, parent="h1"),
    rec("2", CL[8],
        [("kommunchefen", KC, TJP), ("kommunstyrelsens", KST, POL),
         ("kommunstyrelsen", KST, POL), ("förvaltningens", FV, FORV)],
        [pres("åligger", "åligga"), inf("verkställa"), inf("hålla")],
        [kc("verkställa", "kommunstyrelsens beslut", "obligation", "åligger",
            text="kommunchefen"),
         kc("hålla", "kommunstyrelsen informerad om förvaltningens arbete", "obligation",
            "åligger", text="kommunchefen")], doc=D, parent="h1"),
    rec("3", CL[9], [("Kommunchefen", KC, TJP)], [SKA], doc=D, parent="h1"),
    skaven("3.a", CL[10], [("kommunens", TK, ORG), ("ledningsgrupp", "ledningsgrupp", FORV)],
           [inf("leda")], "leda", "kommunens ledningsgrupp"),
    skaven("3.b", CL[11], [], [inf("samordna")], "samordna",
           "arbetet med budget och verksamhetsplan"),
    skaven("3.c", CL[12], [("kommunen", TK, ORG), ("myndigheter", "myndighet", EXT)],
           [inf("företräda")], "företräda", "kommunen i kontakter med andra myndigheter"),
    rec("4", CL[13], [("kommunchefens", KC, TJP)], [pres("ingår", "ingå")], doc=D,
        parent="h1"),
    ingar("4.a", CL[14], [("förvaltningscheferna", FC, TJP)], [pres("gäller", "gälla")]),
    ingar("4.b", CL[15], [("kommunens", TK, ORG)]),
    rec("h2", CL[16], doc=D, kind="heading"),
    rec("5", CL[17],
        [("Kommunchefen", KC, TJP), ("förvaltningens", FV, FORV), ("kommunstyrelsen", KST, POL)],
        [pres("ansvarar", "ansvara"), pres("bedrivs", "bedriva", "pass"), SKA,
         inf("rapportera")],
        [kc("ansvara", "att förvaltningens verksamhet bedrivs inom tilldelad budgetram",
            "responsibility", "ansvarar för", "ansvarar"),
         kc("rapportera", "det ekonomiska läget till kommunstyrelsen", "obligation", "ska")],
        doc=D, parent="h2"),
    rec("6", CL[18],
        [("kommunchefens", KC, TJP), ("ekonomichefen", EK, TJP), ("Ekonomichefen", EK, TJP),
         ("kommunchefen", KC, TJP)],
        [pres("fullgörs", "fullgöra", "pass"), HAR],
        [st(EK, "ekonomichefen", "none", None, "fullgöra", "fullgörs", "uppdraget",
            passive=True, condition="Vid kommunchefens frånvaro"),
         st(EK, "Ekonomichefen", "none", None, "ha", "har",
            "samma befogenheter som kommunchefen")], doc=D, parent="h2"),
    rec("m2", CL[20], doc=D, parent="h2"),
]

# (2) A municipal energy company's VD-instruktion as PDF text: blank-line blocks.
D = "w55-y-vdinstruktion"
PAD = " " * 62
VB = [
    "VD-INSTRUKTION FÖR NORRKULLA ENERGI AB",
    "Fastställd av styrelsen 2026-03-11",
    "§ 1 Inledning",
    "Denna instruktion beskriver hur uppgifterna fördelas mellan verkställande di-\n"
    "rektören (VD) och styrelsen i Norrkulla Energi AB. Instruktionen ska läsas jäm-\n"
    "te ägardirektivet och bolagsordningen.",
    "§ 2 VD:s ställning",
    "VD utses och entledigas av styrelsen. VD är anställd i bolaget och leder den\n"
    "löpande förvaltningen under styrelsens överinseende.",
    PAD + "Sida 1 av 5",
    "§ 3 VD:s uppgifter",
    "VD ska sköta den löpande förvaltningen i bolaget i enlighet med styrelsens\n"
    "riktlinjer och anvisningar och se till att bolagets likviditet hanteras på\n"
    "ett betryggande sätt.",
    "VD får inte utan styrelsens medgivande:\n"
    "– ingå avtal med en löptid över fem år,\n"
    "– uppta lån eller lämna borgen för annans skulder,\n"
    "– förvärva eller avyttra fast egendom.",
    PAD + "Sida 2 av 5",
    "Frågor av principiell beskaffenhet samt investeringar utanför fastställd\n"
    "budget ska alltid underställas styrelsen för beslut.",
    "I VD:s uppgifter ingår även ansvaret för bolagets arbete med leveranssäker-\n"
    "het och elberedskap.",
    "VD ska löpande informera styrelsen om bolagets ekonomiska ställning och\n"
    "utveckling. Till varje ordinarie styrelsemöte ska VD lämna en rapport över\n"
    "elförsäljning, investeringar och driftstörningar.",
    "§ 4 Ersättare för VD",
    "Vid förfall för VD fullgörs VD:s uppgifter av vice VD. Vice VD får dock inte\n"
    "fatta beslut som enligt denna instruktion kräver styrelsens medgivande.",
    PAD + "Sida 3 av 5",
]
VD_TEXT = page(VB)
NE = "norrkulla energi ab"
VVD = "vice verkställande direktör"
V_ITEMS = VB[9].split("\n– ")


def vhead(n, block, actors=()):
    """A `§ N Rubrik` heading."""
    label = f"§ {n}"
    return rec(f"§{n}", body(block, label), actors, doc=D, kind="heading", label=label)


def vpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph under a `§ N` heading."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def vd(aim, obj, deontic="obligation", modal="ska", aim_text=None, text="VD", **kw):
    """The VD's act."""
    return st(VD, text, deontic, modal, aim, aim_text or aim, obj, **kw)


def forbud(cid, text, actors, verbs, acts):
    """A `–` item under `VD får inte utan styrelsens medgivande:`."""
    return item(cid, text, actors, verbs,
                [vd(aim, obj, "prohibition", "får inte", negated=True) for aim, obj in acts],
                doc=D, parent="§3.2", label="–")


VDINSTRUKTION = [
    rec("title", VB[0], [("NORRKULLA ENERGI AB", NE, ORG)], doc=D, kind="heading"),
    rec("m1", VB[1], [("styrelsen", ST, POL)], doc=D),
    vhead(1, VB[2]),
    vpara("§1.1", unwrap(VB[3]),
          [("styrelsen", ST, POL), ("verkställande direktören", VD, TJP), ("VD", VD, TJP),
           ("Norrkulla Energi AB", NE, ORG)],
          [pres("beskriver", "beskriva"), pres("fördelas", "fördela", "pass"), SKA,
           inf("läsas", "läsa", "pass")],
          [st(None, None, "obligation", "ska", "läsa", "läsas",
              "jämte ägardirektivet och bolagsordningen", passive=True)]),
    vhead(2, VB[4], [("VD:s", VD, TJP)]),
    vpara("§2.1", unwrap(VB[5]),
          [("VD", VD, TJP), ("styrelsen", ST, POL), ("VD", VD, TJP, 1),
           ("bolaget", NE, ORG), ("styrelsens", ST, POL)],
          [pres("utses", "utse", "pass"), pres("entledigas", "entlediga", "pass"), AR,
           pres("leder", "leda")],
          [st(ST, "styrelsen", "none", None, "utse", "utses", "VD", passive=True),
           st(ST, "styrelsen", "none", None, "entlediga", "entledigas", "VD", passive=True),
           vd("vara", "anställd i bolaget", "none", None, "är"),
           vd("leda", "den löpande förvaltningen under styrelsens överinseende", "none", None,
              "leder")]),
    vhead(3, VB[7], [("VD:s", VD, TJP)]),
    vpara("§3.1", unwrap(VB[8]), [("VD", VD, TJP), ("bolaget", NE, ORG), ("styrelsens", ST, POL)],
          [SKA, inf("sköta"), inf("se"), pres("hanteras", "hantera", "pass")],
          [vd("sköta", "den löpande förvaltningen i bolaget",
              condition="i enlighet med styrelsens riktlinjer och anvisningar"),
           vd("se", "bolagets likviditet hanteras på ett betryggande sätt",
              modal="ska se till att")]),
    vpara("§3.2", V_ITEMS[0], [("VD", VD, TJP), ("styrelsens", ST, POL)], [FAR]),
    forbud("§3.2.a", V_ITEMS[1], [], [inf("ingå")],
           [("ingå", "avtal med en löptid över fem år")]),
    forbud("§3.2.b", V_ITEMS[2], [], [inf("uppta"), inf("lämna")],
           [("uppta", "lån"), ("lämna", "borgen för annans skulder")]),
    forbud("§3.2.c", V_ITEMS[3], [], [inf("förvärva"), inf("avyttra")],
           [("förvärva", "fast egendom"), ("avyttra", "fast egendom")]),
    vpara("§3.3", unwrap(VB[11]), [("styrelsen", ST, POL)],
          [SKA, inf("underställas", "underställa", "pass")],
          [st(None, None, "obligation", "ska", "underställa", "underställas",
              "styrelsen för beslut", passive=True)]),
    vpara("§3.4", unwrap(VB[12]), [("VD:s", VD, TJP), ("bolagets", NE, ORG)],
          [pres("ingår", "ingå")],
          [vd("ansvara", "ansvaret för bolagets arbete med leveranssäkerhet och elberedskap",
              "responsibility", "I uppgifter ingår", "ingår", text="VD:s")]),
    vpara("§3.5", unwrap(VB[13]),
          [("VD", VD, TJP), ("styrelsen", ST, POL), ("bolagets", NE, ORG), ("VD", VD, TJP, 1)],
          [SKA, inf("informera"), SKA1, inf("lämna")],
          [vd("informera", "styrelsen om bolagets ekonomiska ställning och utveckling"),
           vd("lämna", "en rapport över elförsäljning, investeringar och driftstörningar")]),
    vhead(4, VB[14], [("Ersättare", "ersättare", TJP), ("VD", VD, TJP)]),
    vpara("§4.1", unwrap(VB[15]),
          [("VD", VD, TJP), ("VD:s", VD, TJP), ("vice VD", VVD, TJP), ("Vice VD", VVD, TJP),
           ("styrelsens", ST, POL)],
          [pres("fullgörs", "fullgöra", "pass"), FAR, inf("fatta"), pres("kräver", "kräva")],
          [st(VVD, "vice VD", "none", None, "fullgöra", "fullgörs", "VD:s uppgifter",
              passive=True, condition="Vid förfall för VD"),
           st(VVD, "Vice VD", "prohibition", "får inte", "fatta", "fatta",
              "beslut som enligt denna instruktion kräver styrelsens medgivande",
              negated=True)],
          ["enligt denna instruktion"]),
]

# (3) A socialnämnd's delegationsordning from a PDF extractor: prose blocks, then the table
# flattened one row a line.
D = "w55-y-delegationsordning"
DB = [
    "Delegationsordning för socialnämnden i Glimmeråsa kommun",
    "Antagen av socialnämnden 2026-05-19, § 71",
    "1 Inledning",
    "Socialnämnden får med stöd av 6 kap. 37 § kommunallagen ge en tjänsteperson i\n"
    "uppdrag att besluta i nämndens ställe i ett enskilt ärende eller en grupp av likartade\n"
    "ärenden.",
    "Delegaten ska fatta beslut i enlighet med gällande lagstiftning och nämndens\n"
    "riktlinjer. Beslut i ärenden av principiell beskaffenhet får inte delegeras till\n"
    "tjänstepersoner (6 kap. 38 § KL).",
    "2 Anmälan av delegationsbeslut",
    "Delegationsbeslut ska anmälas till socialnämnden månadsvis genom en samman-\n"
    "ställning ur verksamhetssystemet. Delegaten ansvarar för att beslutet registreras\n"
    "samma dag som det fattas.",
    "Enhetschef får inte vidaredelegera sin beslutanderätt.",
    "3 Individ- och familjeomsorg\n"
    "Nr Ärende Lagrum Delegat Anm.\n"
    "3.1 Beslut om försörjningsstöd inom riksnormen 4 kap. 1 § SoL Socialsekreterare\n"
    "3.2 Beslut om försörjningsstöd utöver riksnormen upp till ett 4 kap. 1 § SoL Enhetschef\n"
    "halvt prisbasbelopp\n"
    "3.3 Beslut om öppenvårdsinsats för barn och unga 3 kap. 6 b § SoL Enhetschef\n"
    "3.4 Beslut om placering av barn i jourhem 4 kap. 1 § SoL Individutskottet Ordföranden i "
    "brådskande fall\n"
    "4 Äldre- och funktionshinderomsorg\n"
    "4.1 Beslut om hemtjänst upp till 30 timmar per månad 4 kap. 1 § SoL Biståndshandläggare\n"
    "4.2 Beslut om särskilt boende 4 kap. 1 § SoL Enhetschef\n"
    "4.3 Beslut om avgift för hemtjänst 8 kap. 2 § SoL Avgiftshandläggare Omprövning sker på "
    "begäran",
    " " * 70 + "Sida 2 av 4",
]
DO_TEXT = page(DB)
SN = "socialnämnd"
SNO = "socialnämndens ordförande"
EC = "enhetschef"
DEL = "delegat"
NMD = "nämnd"
TAB = DB[8].split("\n")


def dhead(n, text):
    """A chapter heading `N Rubrik`."""
    return rec(n, body(text, n), doc=D, kind="heading", label=n)


def dpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A prose paragraph of chapter N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def row(cid, text, actors=(), verbs=()):
    """A table row: its cells joined in column order, the row number its label."""
    return rec(cid, text, actors, verbs, doc=D, parent=cid.split(".")[0], label=cid)


def cells(line, cid):
    """A one-line row's text without its number."""
    return body(line, cid)


DELEGATIONSORDNING = [
    rec("title", DB[0], [("socialnämnden", SN, POL), ("Glimmeråsa kommun", "glimmeråsa kommun",
                                                       ORG)], doc=D, kind="heading"),
    rec("m1", DB[1], [("socialnämnden", SN, POL)], doc=D),
    dhead("1", DB[2]),
    dpara("1.1", unwrap(DB[3]),
          [("Socialnämnden", SN, POL), ("tjänsteperson", "tjänsteperson", TJP),
           ("nämndens", NMD, POL)],
          [FAR, inf("ge"), inf("besluta")],
          [st(SN, "Socialnämnden", "permission", "får", "ge", "ge",
              "en tjänsteperson i uppdrag att besluta i nämndens ställe i ett enskilt ärende "
              "eller en grupp av likartade ärenden",
              condition="med stöd av 6 kap. 37 § kommunallagen")]),
    dpara("1.2", unwrap(DB[4]), [("Delegaten", DEL, TJP), ("nämndens", NMD, POL),
                                  ("tjänstepersoner", "tjänsteperson", TJP)],
          [SKA, inf("fatta"), FAR, inf("delegeras", "delegera", "pass")],
          [st(DEL, "Delegaten", "obligation", "ska", "fatta", "fatta", "beslut",
              condition="i enlighet med gällande lagstiftning och nämndens riktlinjer"),
           st(None, None, "prohibition", "får inte", "delegera", "delegeras",
              "till tjänstepersoner",
              negated=True, passive=True)]),
    dhead("2", DB[5]),
    dpara("2.1", unwrap(DB[6]), [("socialnämnden", SN, POL), ("Delegaten", DEL, TJP)],
          [SKA, inf("anmälas", "anmäla", "pass"), pres("ansvarar", "ansvara"),
           pres("registreras", "registrera", "pass"), pres("fattas", "fatta", "pass")],
          [st(None, None, "obligation", "ska", "anmäla", "anmälas",
              "till socialnämnden månadsvis genom en sammanställning ur verksamhetssystemet",
              passive=True),
           st(DEL, "Delegaten", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "att beslutet registreras samma dag som det fattas")]),
    dpara("2.2", DB[7], [("Enhetschef", EC, TJP)], [FAR, inf("vidaredelegera")],
          [st(EC, "Enhetschef", "prohibition", "får inte", "vidaredelegera", "vidaredelegera",
              "sin beslutanderätt", negated=True)]),
    dhead("3", TAB[0]),
    rec("3.h", TAB[1], doc=D, kind="heading", parent="3"),
    row("3.1", cells(TAB[2], "3.1"), [("Socialsekreterare", "socialsekreterare", TJP)]),
    row("3.2", "Beslut om försörjningsstöd utöver riksnormen upp till ett halvt prisbasbelopp "
        "4 kap. 1 § SoL Enhetschef", [("Enhetschef", EC, TJP)]),
    row("3.3", cells(TAB[5], "3.3"), [("Enhetschef", EC, TJP)]),
    row("3.4", cells(TAB[6], "3.4"),
        [("Individutskottet", "individutskott", POL), ("Ordföranden", SNO, FTV)]),
    dhead("4", TAB[7]),
    row("4.1", cells(TAB[8], "4.1"), [("Biståndshandläggare", "biståndshandläggare", TJP)]),
    row("4.2", cells(TAB[9], "4.2"), [("Enhetschef", EC, TJP)]),
    row("4.3", cells(TAB[10], "4.3"), [("Avgiftshandläggare", "avgiftshandläggare", TJP)],
        [pres("sker", "ske")]),
]

# (4) A reglemente för kommunstyrelsen as a web page: one line a clause.
D = "w55-y-reglemente"
RG_TEXT = """Hoppa till innehåll
Meny
Sök
Start / Politik och demokrati / Lagar och regler / Reglemente för kommunstyrelsen
Reglemente för kommunstyrelsen i Hedtorps kommun
Antaget av kommunfullmäktige 2026-09-28, § 112
§ 1 Kommunstyrelsens ställning
Kommunstyrelsen leder och samordnar utformningen av kommunens övergripande mål och \
riktlinjer och har uppsikt över de andra nämndernas arbete (6 kap. 1 § KL).
§ 2 Särskilda uppgifter
Kommunstyrelsen ska särskilt:
1. leda arbetet med kommunens budget och flerårsplan,
2. följa upp att nämnderna fullgör sina uppdrag i enlighet med fullmäktiges beslut,
3. bereda ärenden som kommunfullmäktige ska avgöra,
4. verka för en ändamålsenlig organisation av kommunens förvaltningar.
§ 3 Ekonomi och budget
Kommunstyrelsen ansvarar även för den finansiella verksamheten i kommunen. Styrelsen får \
placera likvida medel i enlighet med den finanspolicy som fullmäktige har antagit.
Det ankommer på styrelsen att upprätta förslag till budget och att lämna en årlig redovisning \
av kommunens finansiella ställning till fullmäktige.
§ 4 Personalpolitik
Kommunstyrelsen är personalorgan och ansvarar för kommunens arbetsgivarpolitik och lönebildning.
§ 5 Ordföranden
Ordföranden har rätt att kalla till extra sammanträde när ärendenas beskaffenhet kräver det. \
Ordföranden ska även bevaka att styrelsens beslut verkställs.
Dela sidan: Facebook LinkedIn E-post
Senast uppdaterad: 2026-10-02
© Hedtorps kommun 2026
"""
GL = RG_TEXT.split("\n")
HK = "hedtorps kommun"
KSO = "kommunstyrelsens ordförande"


def ghead(n, line, actors=()):
    """A `§ N Rubrik` heading line."""
    label = f"§ {n}"
    return rec(f"§{n}", body(line, label), actors, doc=D, kind="heading", label=label)


def gpara(cid, line, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph line under a `§ N` heading."""
    return rec(cid, line, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def ks(aim, obj, deontic="none", modal=None, aim_text=None, text="Kommunstyrelsen", **kw):
    """The kommunstyrelse's act."""
    return st(KST, text, deontic, modal, aim, aim_text or aim, obj, **kw)


def sarskilt(n, line, actors, verbs, aim, obj, conditions=()):
    """A numbered item under `Kommunstyrelsen ska särskilt:`."""
    label = f"{n}."
    return item(f"§2.1.{n}", body(line, label), actors, verbs,
                [ks(aim, obj, "obligation", "ska")], conditions, doc=D, parent="§2.1",
                label=label)


REGLEMENTE = [
    rec("title", GL[4], [("kommunstyrelsen", KST, POL), ("Hedtorps kommun", HK, ORG)], doc=D,
        kind="heading"),
    rec("m1", GL[5], [("kommunfullmäktige", KF, POL)], doc=D),
    ghead(1, GL[6], [("Kommunstyrelsens", KST, POL)]),
    gpara("§1.1", GL[7],
          [("Kommunstyrelsen", KST, POL), ("kommunens", HK, ORG), ("nämndernas", "nämnd", POL)],
          [pres("leder", "leda"), pres("samordnar", "samordna"), HAR],
          [ks("leda", "utformningen av kommunens övergripande mål och riktlinjer",
              aim_text="leder"),
           ks("samordna", "utformningen av kommunens övergripande mål och riktlinjer",
              aim_text="samordnar"),
           ks("ha", "uppsikt över de andra nämndernas arbete", aim_text="har")]),
    ghead(2, GL[8]),
    gpara("§2.1", GL[9], [("Kommunstyrelsen", KST, POL)], [SKA]),
    sarskilt(1, GL[10], [("kommunens", HK, ORG)], [inf("leda")], "leda",
             "arbetet med kommunens budget och flerårsplan"),
    sarskilt(2, GL[11], [("nämnderna", "nämnd", POL), ("fullmäktiges", KF, POL)],
             [inf("följa"), pres("fullgör", "fullgöra")], "följa",
             "att nämnderna fullgör sina uppdrag i enlighet med fullmäktiges beslut",
             ["i enlighet med fullmäktiges beslut"]),
    sarskilt(3, GL[12], [("kommunfullmäktige", KF, POL)],
             [inf("bereda"), SKA, inf("avgöra")], "bereda",
             "ärenden som kommunfullmäktige ska avgöra"),
    sarskilt(4, GL[13], [("kommunens", HK, ORG), ("förvaltningar", FV, FORV)], [inf("verka")],
             "verka", "för en ändamålsenlig organisation av kommunens förvaltningar"),
    ghead(3, GL[14]),
    gpara("§3.1", GL[15],
          [("Kommunstyrelsen", KST, POL), ("kommunen", HK, ORG), ("Styrelsen", KST, POL),
           ("fullmäktige", KF, POL)],
          [pres("ansvarar", "ansvara"), FAR, inf("placera"), HAR, sup("antagit", "anta")],
          [ks("ansvara", "den finansiella verksamheten i kommunen", "responsibility",
              "ansvarar för", "ansvarar"),
           ks("placera", "likvida medel", "permission", "får", text="Styrelsen",
              condition="i enlighet med den finanspolicy som fullmäktige har antagit")]),
    gpara("§3.2", GL[16],
          [("styrelsen", KST, POL), ("kommunens", HK, ORG), ("fullmäktige", KF, POL)],
          [pres("ankommer", "ankomma"), inf("upprätta"), inf("lämna")],
          [ks("upprätta", "förslag till budget", "obligation", "ankommer på",
              text="styrelsen"),
           ks("lämna", "en årlig redovisning av kommunens finansiella ställning till "
              "fullmäktige", "obligation", "ankommer på", text="styrelsen")]),
    ghead(4, GL[17]),
    gpara("§4.1", GL[18], [("Kommunstyrelsen", KST, POL), ("kommunens", HK, ORG)],
          [AR, pres("ansvarar", "ansvara")],
          [ks("vara", "personalorgan", aim_text="är"),
           ks("ansvara", "kommunens arbetsgivarpolitik och lönebildning", "responsibility",
              "ansvarar för", "ansvarar")]),
    ghead(5, GL[19], [("Ordföranden", KSO, FTV)]),
    gpara("§5.1", GL[20],
          [("Ordföranden", KSO, FTV), ("Ordföranden", KSO, FTV, 1), ("styrelsens", KST, POL)],
          [HAR, inf("kalla"), pres("kräver", "kräva"), SKA, inf("bevaka"),
           pres("verkställs", "verkställa", "pass")],
          [st(KSO, "Ordföranden", "permission", "har rätt att", "kalla", "kalla",
              "till extra sammanträde", condition="när ärendenas beskaffenhet kräver det"),
           st(KSO, "Ordföranden", "obligation", "ska", "bevaka", "bevaka",
              "att styrelsens beslut verkställs")]),
    rec("m2", GL[22], doc=D, parent="§5"),
]

# (5) An ägardirektiv för ett kommunalt bostadsbolag, exported from Word to PDF: blank-line
# blocks.
D = "w55-y-agardirektiv"
FOOT = " " * 60 + "Sida {} av 3"
AB = [
    "Ägardirektiv för Tjärnvallahem AB",
    "Antaget av kommunfullmäktige i Tjärnvalla kommun 2026-04-27, § 58",
    "Innehåll\n"
    "1. Bolagets ändamål .................. 2\n"
    "2. Ägarens ställningstagande ......... 2\n"
    "3. Styrelsens ansvar ................. 2\n"
    "4. Uppsikt och rapportering .......... 3",
    FOOT.format(1),
    "1. Bolagets ändamål",
    "Tjärnvallahem AB är ett allmännyttigt bostadsaktiebolag som ägs av Tjärnvalla\n"
    "kommun. Bolaget ska i första hand tillhandahålla hyresbostäder av god stan-\n"
    "dard och bidra till en långsiktigt hållbar bostadsförsörjning i kommunen.",
    "2. Ägarens ställningstagande",
    "Bolaget ska inhämta fullmäktiges ställningstagande innan det fattar beslut i ären-\n"
    "den av principiell art eller av större ekonomisk vikt (10 kap. 3 § KL).\n"
    "Sådana ärenden är bland annat nybyggnation över 50 miljoner kronor och för-\n"
    "säljning av fastigheter.",
    "Ägaren förväntar sig att bolaget bedriver ett aktivt arbete för minskad klimat-\n"
    "påverkan i hela fastighetsbeståndet.",
    "3. Styrelsens ansvar",
    "Styrelsen ansvarar för att bolaget drivs i enlighet med detta ägardirektiv och\n"
    "bolagsordningen. Styrelsen ska varje år anta en budget och en underhållsplan\n"
    "för bolagets fastigheter.",
    FOOT.format(2),
    "4. Uppsikt och rapportering",
    "Kommunstyrelsen utövar löpande uppsikt över bolaget enligt 6 kap. 1 § kommunal-\n"
    "lagen. Bolaget ska varje år före utgången av mars redovisa för kommunstyrel-\n"
    "sen i vilken mån ägardirektivet har uppfyllts under det gångna året.",
    "Tjärnvalla den 27 april 2026\n"
    "Anders Lövgren\n"
    "Kommunfullmäktiges ordförande",
    FOOT.format(3),
]
AG_TEXT = page(AB)
TH = "tjärnvallahem ab"
TV = "tjärnvalla kommun"
AG = "ägare"


def ahead(n, block, actors=()):
    """A numbered heading `N. Rubrik`."""
    label = f"{n}."
    return rec(str(n), body(block, label), actors, doc=D, kind="heading", label=label)


def apara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of section N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


def bol(aim, obj, text="Bolaget", **kw):
    """The company's duty."""
    return st(TH, text, "obligation", "ska", aim, aim, obj, **kw)


AGARDIREKTIV = [
    rec("title", AB[0], [("Tjärnvallahem AB", TH, ORG)], doc=D, kind="heading"),
    rec("m1", AB[1], [("kommunfullmäktige", KF, POL), ("Tjärnvalla kommun", TV, ORG)], doc=D),
    rec("toc", unwrap(AB[2]),
        [("Bolagets", TH, ORG), ("Ägarens", AG, ORG), ("Styrelsens", ST, POL)], doc=D,
        kind="heading"),
    ahead(1, AB[4], [("Bolagets", TH, ORG)]),
    apara("1.1", unwrap(AB[5]),
          [("Tjärnvallahem AB", TH, ORG), ("Tjärnvalla kommun", TV, ORG), ("Bolaget", TH, ORG),
           ("kommunen", TV, ORG)],
          [AR, pres("ägs", "äga", "pass"), SKA, inf("tillhandahålla"), inf("bidra")],
          [st(TH, "Tjärnvallahem AB", "none", None, "vara", "är",
              "ett allmännyttigt bostadsaktiebolag som ägs av Tjärnvalla kommun"),
           bol("tillhandahålla", "hyresbostäder av god standard"),
           bol("bidra", "till en långsiktigt hållbar bostadsförsörjning i kommunen")]),
    ahead(2, AB[6], [("Ägarens", AG, ORG)]),
    apara("2.1", unwrap(AB[7]), [("Bolaget", TH, ORG), ("fullmäktiges", KF, POL)],
          [SKA, inf("inhämta"), pres("fattar", "fatta"), AR],
          [bol("inhämta", "fullmäktiges ställningstagande innan det fattar beslut i ärenden av "
               "principiell art eller av större ekonomisk vikt")]),
    apara("2.2", unwrap(AB[8]), [("Ägaren", AG, ORG), ("bolaget", TH, ORG)],
          [pres("förväntar", "förvänta"), pres("bedriver", "bedriva")],
          [st(AG, "Ägaren", "none", None, "förvänta", "förväntar",
              "att bolaget bedriver ett aktivt arbete för minskad klimatpåverkan i hela "
              "fastighetsbeståndet")]),
    ahead(3, AB[9], [("Styrelsens", ST, POL)]),
    apara("3.1", unwrap(AB[10]),
          [("Styrelsen", ST, POL), ("bolaget", TH, ORG), ("Styrelsen", ST, POL, 1),
           ("bolagets", TH, ORG)],
          [pres("ansvarar", "ansvara"), pres("drivs", "driva", "pass"), SKA, inf("anta")],
          [st(ST, "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "att bolaget drivs i enlighet med detta ägardirektiv och "
              "bolagsordningen"),
           st(ST, "Styrelsen", "obligation", "ska", "anta", "anta",
              "en budget och en underhållsplan för bolagets fastigheter")],
          ["i enlighet med detta ägardirektiv och bolagsordningen"]),
    ahead(4, AB[12]),
    apara("4.1", unwrap(AB[13]),
          [("Kommunstyrelsen", KST, POL), ("bolaget", TH, ORG), ("Bolaget", TH, ORG),
           ("kommunstyrelsen", KST, POL)],
          [pres("utövar", "utöva"), SKA, inf("redovisa"), HAR,
           sup("uppfyllts", "uppfylla", "pass")],
          [st(KST, "Kommunstyrelsen", "none", None, "utöva", "utövar", "uppsikt över bolaget",
              condition="enligt 6 kap. 1 § kommunallagen"),
           bol("redovisa", "för kommunstyrelsen i vilken mån ägardirektivet har uppfyllts under "
               "det gångna året")]),
    rec("m2", unwrap(AB[14]),
        [("Kommunfullmäktiges ordförande", "kommunfullmäktiges ordförande", FTV)], doc=D,
        parent="4"),
]

# (6) An attestreglemente as flattened PDF text: blank-line blocks, a running footer.
D = "w55-y-attestreglemente"
AFOOT = "Ösmarka kommun · Attestreglemente · 2026-06-15" + " " * 22 + "Sida {} (2)"
TB = [
    "ATTESTREGLEMENTE FÖR ÖSMARKA KOMMUN",
    "Fastställt av kommunfullmäktige 2026-06-15, § 77",
    "1 Syfte",
    "Reglementet syftar till att säkerställa en god intern kontroll av kommunens\n"
    "ekonomiska transaktioner.",
    "2 Ansvar",
    "Varje nämnd ska för sitt verksamhetsområde utse beslutsattestanter och ersät-\n"
    "tare för dessa. Förvaltningschefen utser behörighetsattestanter inom förvalt-\n"
    "ningen.",
    "Beslutsattestanten ansvarar för att transaktionen är förenlig med fattade\n"
    "beslut, budget och gällande avtal. Behörighetsattestanten ska kontrollera att\n"
    "beslutsattestanten är behörig att attestera.",
    AFOOT.format(1),
    "3 Jäv och delad attest",
    "Attest får inte ske av den som själv är mottagare av betalningen. Beslutsattes-\n"
    "tant och behörighetsattestant får inte vara samma person för en och samma\n"
    "transaktion.",
    "4 Arkivering av underlag",
    "Arkivansvarig har till uppgift att bevara attesterade underlag enligt nämndens\n"
    "dokumenthanteringsplan. Ekonomichefen får utfärda kompletterande anvisningar om\n"
    "attestrutinerna.",
    AFOOT.format(2),
]
AT_TEXT = page(TB)
OK = "ösmarka kommun"
BA = "beslutsattestant"
BHA = "behörighetsattestant"


def thead(n, block):
    """A chapter heading `N Rubrik`."""
    return rec(n, body(block, n), doc=D, kind="heading", label=n)


def tpara(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    """A paragraph of chapter N."""
    return rec(cid, text, actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0])


ATTESTREGLEMENTE = [
    rec("title", TB[0], [("ÖSMARKA KOMMUN", OK, ORG)], doc=D, kind="heading"),
    rec("m1", TB[1], [("kommunfullmäktige", KF, POL)], doc=D),
    thead("1", TB[2]),
    tpara("1.1", unwrap(TB[3]), [("kommunens", OK, ORG)],
          [pres("syftar", "syfta"), inf("säkerställa")]),
    thead("2", TB[4]),
    tpara("2.1", unwrap(TB[5]),
          [("nämnd", NMD, POL), ("beslutsattestanter", BA, TJP), ("ersättare", "ersättare", TJP),
           ("Förvaltningschefen", FC, TJP), ("behörighetsattestanter", BHA, TJP),
           ("förvaltningen", FV, FORV)],
          [SKA, inf("utse"), pres("utser", "utse")],
          [st(NMD, "nämnd", "obligation", "ska", "utse", "utse",
              "beslutsattestanter och ersättare för dessa"),
           st(FC, "Förvaltningschefen", "none", None, "utse", "utser",
              "behörighetsattestanter inom förvaltningen")]),
    tpara("2.2", unwrap(TB[6]),
          [("Beslutsattestanten", BA, TJP), ("Behörighetsattestanten", BHA, TJP),
           ("beslutsattestanten", BA, TJP)],
          [pres("ansvarar", "ansvara"), AR, SKA, inf("kontrollera"), AR1, inf("attestera")],
          [st(BA, "Beslutsattestanten", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "att transaktionen är förenlig med fattade beslut, budget och gällande avtal"),
           st(BHA, "Behörighetsattestanten", "obligation", "ska", "kontrollera", "kontrollera",
              "att beslutsattestanten är behörig att attestera")]),
    thead("3", TB[8]),
    tpara("3.1", unwrap(TB[9]),
          [("Beslutsattestant", BA, TJP), ("behörighetsattestant", BHA, TJP)],
          [FAR, inf("ske"), AR, FAR1, inf("vara")],
          [st(BA, "Beslutsattestant", "prohibition", "får inte", "vara", "vara",
              "samma person för en och samma transaktion", negated=True),
           st(BHA, "behörighetsattestant", "prohibition", "får inte", "vara", "vara",
              "samma person för en och samma transaktion", negated=True)]),
    thead("4", TB[10]),
    tpara("4.1", unwrap(TB[11]),
          [("Arkivansvarig", "arkivansvarig", TJP), ("nämndens", NMD, POL),
           ("Ekonomichefen", EK, TJP)],
          [HAR, inf("bevara"), FAR, inf("utfärda")],
          [st("arkivansvarig", "Arkivansvarig", "obligation", "har till uppgift att", "bevara",
              "bevara", "attesterade underlag",
              condition="enligt nämndens dokumenthanteringsplan"),
           st(EK, "Ekonomichefen", "permission", "får", "utfärda", "utfärda",
              "kompletterande anvisningar om attestrutinerna")]),
]

DOCUMENTS = {"w55-y-kommunchef": (KC_TEXT, KOMMUNCHEF),
             "w55-y-vdinstruktion": (VD_TEXT, VDINSTRUKTION),
             "w55-y-delegationsordning": (DO_TEXT, DELEGATIONSORDNING),
             "w55-y-reglemente": (RG_TEXT, REGLEMENTE),
             "w55-y-agardirektiv": (AG_TEXT, AGARDIREKTIV),
             "w55-y-attestreglemente": (AT_TEXT, ATTESTREGLEMENTE)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w55-y", DOCUMENTS)
