"""Builds corpus/dev/w52-y.jsonl and the pages corpus/dev/w52-y-*.txt with their gold: the blind
probe w52-y of round 52 (invented documents of the four kinds the project is judged on, as copied
from a browser, a PDF viewer or a Word export), written and annotated by hand from
docs/annotation.md §1–§5 and the rulings at its end before any run; the writer never ran the
extractor on them.
`w52-y-kommundirektor` (a kommun's page about its kommundirektör: skip link, menu lines and a `/`
trail (chrome), a prose paragraph opened by a place adverbial, `I <kommun> är kommundirektören den
ledande tjänstepersonen under … och har även det övergripande ansvaret för att …` with `i enlighet
med` and a bare supine inside the `att`-clause (a CONDITION span, no statement's condition), `Till
sin hjälp i … har kommundirektören en egen ledningsgrupp som består av …`, a `Kommundirektören ska
bland annat:` lead-in over four unmarked infinitive lines (round 46: items, label `""`), `tillsätts
av … och är närmaste chef för …`, a `Kontakt` heading over one contact card, an update line);
`w52-y-stadsdirektor` (an instruktion för stadsdirektören copied from a PDF: blank-line blocks
wrapped with line-end hyphens, `N.` headings and `N.N` paragraphs, `Sida N av 4` counters (one with
the title repeated under it: running furniture), `ska enligt kommunallagen utse en direktör …`,
references `(KL 7 kap. 1–3 §§)`, `får besluta i frågor som … , i den mån …`, `får inte fatta beslut
som enligt … ska fattas av …`, `ansvarar inte för …` (a negated responsibility), `Om
stadsdirektören har förhinder ska … ersätta`, `Vid en längre frånvaro ska kommunstyrelsens
ordförande utse …`); `w52-y-arbetsordning` (a municipal housing company's arbetsordning för
styrelsen as a Word export: blank line after each paragraph, `N Rubrik` headings, `Styrelsen ska
sammanträda minst fem gånger per år`, `när en ledamot eller VD begär det`, a `Vid det
konstituerande sammanträdet ska följande behandlas:` lead-in over tab bullets with noun-phrase
items, `är beslutför endast när mer än hälften …` (a focus adverb before the condition),
`Ordföranden ska se till att …` (the board's chair), `VD ska till styrelsen rapportera …`, `får
inte … men har rätt att närvara och yttra sig …`, `förs … av en sekreterare som …`, `Ordföranden
och ytterligare en ledamot justerar …`); `w52-y-vdinstruktion` (a municipal energy company's
VD-instruktion as a web page: chrome, a `har fastställts av styrelsen i …` preamble, `VD ansvarar
för att …` with `enligt` inside the `att`-clause, `VD får inte utan styrelsens skriftliga
medgivande ingå … eller ta upp …`, a fronted object before `får VD vidta först efter beslut i
styrelsen`, `Det åligger VD att … och att …`, a `Rapportering` section with `Vid …` and `i samråd
med`, an update line); `w52-y-reglemente` (a kultur- och fritidsnämnd's reglemente as a Word
export: `Utöver vad kommunallagen föreskriver om nämnder gäller …` (no statement), bare `N §` label
lines over their paragraphs, `Nämnden ansvarar för …`, `Nämnden ska särskilt:` over unmarked
infinitive items (one with `enligt de bidragsregler som …`), `inom ramen för den taxa som …`,
`utfärdas av ordföranden`, `Vid förfall för ordföranden under en längre tid ska vice ordföranden
…`, `justeras av ordföranden jämte en ledamot som utses …`, `Beslut som fattas av nämndens
arbetsutskott ska anmälas …`); `w52-y-delegation` (a kommun's guide page on delegation: chrome,
question headings `Vad är delegation?`, `Vem får besluta?`, `Nämnden kan uppdra åt ett av sina
utskott, åt någon av sina ledamöter eller åt en anställd … att fatta beslut …`, an
indirect-question subject (no statement), `Delegaten får inte besluta i ärenden som …`, `får aldrig
delegeras` (implicit actor), `Beslut som fattas med stöd av en delegation ska anmälas till
nämnden`, a flattened table `Ärende | Delegat | Lagrum`, a contact card under `Kontakta oss`).
Offsets computed.
Run: python corpus/make_w52_y.py corpus/dev"""

import re
import sys

from records import (
    AR,
    EXT,
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
rec = records_for("w52-y", conditions_from_statements=True)
KST = "kommunstyrelse"
KF = "kommunfullmäktige"
ST = "styrelse"
NMD = "nämnd"
VD = "verkställande direktör"


item = list_item_maker(rec, "")


def unwrap(block):
    """A block's lines as §1.1 joins them: a line-end hyphen before a lower-case letter joins
    the word, any other line break is one space."""
    return re.sub(r"(?<=[^\W\d_])-\n(?=[a-zåäö])", "", block).replace("\n", " ")


def body(block, label):
    """A labelled block's clause text: unwrapped, without its label."""
    text = unwrap(block)
    assert text.startswith(label + " "), (label, text)
    return text[len(label) + 1:]


def page(blocks):
    """A document's text from its blank-line blocks."""
    return "\n\n".join(blocks) + "\n"


# (1) A kommun's page about its kommundirektör, copied from a browser: one line a clause.
D = "w52-y-kommundirektor"
KD_TEXT = """Hoppa till innehåll
Meny
Sök
Kommun och politik
Start / Kommun och politik / Organisation / Kommundirektör
Kommundirektör
I Tjärnåsens kommun är kommundirektören den ledande tjänstepersonen under kommunstyrelsen och \
har även det övergripande ansvaret för att förvaltningarnas verksamhet drivs kostnadseffektivt \
och i enlighet med den budget och de inriktningsbeslut som fullmäktige antagit.
Till sin hjälp i det dagliga arbetet har kommundirektören en egen ledningsgrupp som består av \
de sex förvaltningscheferna, kanslichefen och ekonomichefen.
Kommundirektören ska bland annat:
leda och samordna arbetet i kommunens förvaltningar,
bereda ärendena till kommunstyrelsens möten och verkställa dess beslut,
följa upp att verksamheterna håller sig inom budget,
företräda kommunen i kontakter med myndigheter och andra kommuner.
Kommundirektören tillsätts av kommunstyrelsen och är närmaste chef för samtliga \
förvaltningschefer.
Kontakt
Kommundirektör
Jonas Ekerot
Telefon: 0563-412 00
E-post: jonas.ekerot@tjarnas.example
Senast uppdaterad: 2026-10-14
"""
KL = KD_TEXT.split("\n")
KD = "kommundirektör"
TK = "tjärnåsens kommun"
FC = "förvaltningschef"
KD_COND = "i enlighet med den budget och de inriktningsbeslut som fullmäktige antagit"
KD_LED = "ledningsgrupp"


def kd(aim, obj, modal="ska", deontic="obligation"):
    """An item under `Kommundirektören ska bland annat:`."""
    return st(KD, "Kommundirektören", deontic, modal, aim, aim, obj)


KOMMUNDIREKTOR = [
    rec("title", KL[5], [("Kommundirektör", KD, TJP)], doc=D, kind="heading"),
    rec("1", KL[6],
        [("Tjärnåsens kommun", TK, ORG), ("kommundirektören", KD, TJP),
         ("kommunstyrelsen", KST, POL), ("förvaltningarnas", "förvaltning", FORV),
         ("fullmäktige", "fullmäktige", POL)],
        [AR, HAR, pres("drivs", "driva", "pass"), sup("antagit", "anta")],
        [st(KD, "kommundirektören", "none", None, "vara", "är",
            "den ledande tjänstepersonen under kommunstyrelsen"),
         st(KD, "kommundirektören", "responsibility", "har ansvaret för", "ansvara", "har",
            "att förvaltningarnas verksamhet drivs kostnadseffektivt och " + KD_COND)],
        conditions=[KD_COND], doc=D),
    rec("2", KL[7],
        [("kommundirektören", KD, TJP), ("ledningsgrupp", KD_LED, FORV),
         ("förvaltningscheferna", FC, TJP), ("kanslichefen", "kanslichef", TJP),
         ("ekonomichefen", "ekonomichef", TJP)],
        [HAR, pres("består", "bestå")],
        [st(KD, "kommundirektören", "none", None, "ha", "har",
            "en egen ledningsgrupp som består av de sex förvaltningscheferna, kanslichefen och "
            "ekonomichefen")],
        doc=D),
    rec("3", KL[8], [("Kommundirektören", KD, TJP)], [SKA], doc=D),
    item("3.a", KL[9], [("kommunens", TK, ORG), ("förvaltningar", "förvaltning", FORV)],
         [inf("leda"), inf("samordna")],
         [kd("leda", "arbetet i kommunens förvaltningar"),
          kd("samordna", "arbetet i kommunens förvaltningar")], doc=D, parent="3"),
    item("3.b", KL[10], [("kommunstyrelsens", KST, POL)], [inf("bereda"), inf("verkställa")],
         [kd("bereda", "ärendena till kommunstyrelsens möten"),
          kd("verkställa", "dess beslut")],
         doc=D, parent="3"),
    item("3.c", KL[11], [], [inf("följa"), pres("håller", "hålla")],
         [kd("följa", "att verksamheterna håller sig inom budget")], doc=D, parent="3"),
    item("3.d", KL[12],
         [("kommunen", TK, ORG), ("myndigheter", "myndighet", EXT), ("kommuner", "kommun", EXT)],
         [inf("företräda")],
         [kd("företräda", "kommunen i kontakter med myndigheter och andra kommuner")], doc=D,
         parent="3"),
    rec("4", KL[13],
        [("Kommundirektören", KD, TJP), ("kommunstyrelsen", KST, POL),
         ("förvaltningschefer", FC, TJP)],
        [pres("tillsätts", "tillsätta", "pass"), AR],
        [st(KST, "kommunstyrelsen", "none", None, "tillsätta", "tillsätts", "Kommundirektören",
            passive=True),
         st(KD, "Kommundirektören", "none", None, "vara", "är",
            "närmaste chef för samtliga förvaltningschefer")],
        doc=D),
    rec("h1", KL[14], doc=D, kind="heading"),
    rec("m1", " ".join(KL[15:19]), [("Kommundirektör", KD, TJP)], doc=D, parent="h1"),
    rec("m2", KL[19], doc=D, parent="h1"),
]

# (2) An instruktion för stadsdirektören copied from a PDF: blank-line blocks, wrapped lines.
D = "w52-y-stadsdirektor"
SB = [
    "Instruktion för stadsdirektören i Vallmora stad",
    "Fastställd av kommunstyrelsen 2026-03-16, § 41",
    "1. Inledning",
    "Kommunstyrelsen ska enligt kommunallagen utse en direktör som leder för-\n"
    "valtningen under styrelsen (KL 7 kap. 1–3 §§). Denna instruktion beskriver\n"
    "stadsdirektörens uppgifter och befogenheter.",
    "2. Stadsdirektörens roll",
    "2.1 Stadsdirektören är chef för stadsledningsförvaltningen och ska leda, sam-\n"
    "ordna och utveckla förvaltningens arbete.",
    "2.2 Stadsdirektören ansvarar för beredningen av ärenden till kommunstyrelsen och\n"
    "för att fattade beslut verkställs utan dröjsmål.",
    "Sida 2 av 4",
    "Instruktion för stadsdirektören i Vallmora stad",
    "3. Befogenheter",
    "3.1 Stadsdirektören får besluta i frågor som rör förvaltningens organisation och\n"
    "interna arbetsformer, i den mån frågorna inte ska avgöras av kommunstyrelsen\n"
    "eller av en nämnd.",
    "3.2 Stadsdirektören får inte fatta beslut som enligt lag eller kommunstyrelsens\n"
    "delegationsordning ska fattas av kommunstyrelsen eller dess utskott.",
    "3.3 Stadsdirektören ansvarar inte för den verksamhet som bedrivs i stadens bo-\n"
    "lag. Bolagens verkställande direktörer rapporterar till respektive styrelse.",
    "Sida 3 av 4",
    "4. Stadsdirektörens ersättare",
    "4.1 Om stadsdirektören har förhinder ska biträdande stadsdirektören ersätta\n"
    "honom eller henne. Vid en längre frånvaro ska kommunstyrelsens ordförande utse en\n"
    "tillfällig ersättare.",
    "5. Rapportering",
    "5.1 Stadsdirektören ska regelbundet rapportera till kommunstyrelsen om förvalt-\n"
    "ningens ekonomi och om hur styrelsens uppdrag genomförs (KL 6 kap. 6 §).",
    "Sida 4 av 4",
]
SD_TEXT = page(SB)
SD = "stadsdirektör"
BSD = "biträdande stadsdirektör"
VS = "vallmora stad"
FV = "förvaltning"
KSO = "kommunstyrelsens ordförande"
S_FORV = "förvaltningens arbete"
S_MAN = "i den mån frågorna inte ska avgöras av kommunstyrelsen eller av en nämnd"
S_LAG = "enligt lag eller kommunstyrelsens delegationsordning"


def shead(n, block, actors=()):
    """A numbered heading `N. Rubrik`."""
    label = f"{n}."
    return rec(str(n), body(block, label), actors, doc=D, kind="heading", label=label)


def spara(cid, block, actors=(), verbs=(), statements=(), conditions=()):
    """A numbered paragraph `N.N …`."""
    return rec(cid, body(block, cid), actors, verbs, statements, conditions, doc=D,
               parent=cid.split(".")[0], label=cid)


STADSDIREKTOR = [
    rec("title", SB[0], [("stadsdirektören", SD, TJP), ("Vallmora stad", VS, ORG)], doc=D,
        kind="heading"),
    rec("m1", SB[1], [("kommunstyrelsen", KST, POL)], doc=D),
    shead(1, SB[2]),
    rec("1.1", unwrap(SB[3]),
        [("Kommunstyrelsen", KST, POL), ("direktör", "direktör", TJP),
         ("förvaltningen", FV, FORV), ("styrelsen", KST, POL),
         ("stadsdirektörens", SD, TJP)],
        [SKA, inf("utse"), pres("leder", "leda"), pres("beskriver", "beskriva")],
        [st(KST, "Kommunstyrelsen", "obligation", "ska", "utse", "utse",
            "en direktör som leder förvaltningen under styrelsen",
            condition="enligt kommunallagen")], doc=D, parent="1"),
    shead(2, SB[4], [("Stadsdirektörens", SD, TJP)]),
    spara("2.1", SB[5],
          [("Stadsdirektören", SD, TJP),
           ("stadsledningsförvaltningen", "stadsledningsförvaltning", FORV),
           ("förvaltningens", FV, FORV)],
          [AR, SKA, inf("leda"), inf("samordna"), inf("utveckla")],
          [st(SD, "Stadsdirektören", "none", None, "vara", "är",
              "chef för stadsledningsförvaltningen"),
           st(SD, "Stadsdirektören", "obligation", "ska", "leda", "leda", S_FORV),
           st(SD, "Stadsdirektören", "obligation", "ska", "samordna", "samordna", S_FORV),
           st(SD, "Stadsdirektören", "obligation", "ska", "utveckla", "utveckla", S_FORV)]),
    spara("2.2", SB[6], [("Stadsdirektören", SD, TJP), ("kommunstyrelsen", KST, POL)],
          [pres("ansvarar", "ansvara"), pres("verkställs", "verkställa", "pass")],
          [st(SD, "Stadsdirektören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
              "beredningen av ärenden till kommunstyrelsen och för att fattade beslut "
              "verkställs utan dröjsmål")]),
    shead(3, SB[9]),
    spara("3.1", SB[10],
          [("Stadsdirektören", SD, TJP), ("förvaltningens", FV, FORV),
           ("kommunstyrelsen", KST, POL), ("nämnd", NMD, POL)],
          [FAR, inf("besluta"), pres("rör", "röra"), SKA, inf("avgöras", "avgöra", "pass")],
          [st(SD, "Stadsdirektören", "permission", "får", "besluta", "besluta",
              "i frågor som rör förvaltningens organisation och interna arbetsformer",
              condition=S_MAN)]),
    spara("3.2", SB[11],
          [("Stadsdirektören", SD, TJP), ("kommunstyrelsens", KST, POL),
           ("kommunstyrelsen", KST, POL), ("utskott", "utskott", POL)],
          [FAR, inf("fatta"), SKA, inf("fattas", "fatta", "pass")],
          [st(SD, "Stadsdirektören", "prohibition", "får inte", "fatta", "fatta",
              "beslut som enligt lag eller kommunstyrelsens delegationsordning ska fattas av "
              "kommunstyrelsen eller dess utskott", negated=True)],
          conditions=[S_LAG]),
    spara("3.3", SB[12],
          [("Stadsdirektören", SD, TJP), ("stadens", VS, ORG), ("bolag", "bolag", ORG),
           ("Bolagens", "bolag", ORG), ("verkställande direktörer", VD, TJP),
           ("styrelse", ST, POL)],
          [pres("ansvarar", "ansvara"), pres("bedrivs", "bedriva", "pass"),
           pres("rapporterar", "rapportera")],
          [st(SD, "Stadsdirektören", "responsibility", "ansvarar inte för", "ansvara",
              "ansvarar", "den verksamhet som bedrivs i stadens bolag", negated=True),
           st(VD, "verkställande direktörer", "none", None, "rapportera", "rapporterar",
              "till respektive styrelse")]),
    shead(4, SB[14], [("Stadsdirektörens", SD, TJP)]),
    spara("4.1", SB[15],
          [("stadsdirektören", SD, TJP), ("biträdande stadsdirektören", BSD, TJP),
           ("kommunstyrelsens ordförande", KSO, FTV), ("ersättare", "ersättare", TJP)],
          [HAR, SKA, inf("ersätta"), ("ska", "skola", "pres", "act", 1), inf("utse")],
          [st(BSD, "biträdande stadsdirektören", "obligation", "ska", "ersätta", "ersätta",
              "honom eller henne", condition="Om stadsdirektören har förhinder"),
           st(KSO, "kommunstyrelsens ordförande", "obligation", "ska", "utse", "utse",
              "en tillfällig ersättare", condition="Vid en längre frånvaro")]),
    shead(5, SB[16]),
    spara("5.1", SB[17],
          [("Stadsdirektören", SD, TJP), ("kommunstyrelsen", KST, POL),
           ("förvaltningens", FV, FORV), ("styrelsens", KST, POL)],
          [SKA, inf("rapportera"), pres("genomförs", "genomföra", "pass")],
          [st(SD, "Stadsdirektören", "obligation", "ska", "rapportera", "rapportera",
              "till kommunstyrelsen om förvaltningens ekonomi och om hur styrelsens uppdrag "
              "genomförs")]),
]

# (3) A housing company's arbetsordning för styrelsen as a Word export.
D = "w52-y-arbetsordning"
AB = [
    "Arbetsordning för styrelsen i AB Grönhagabostäder",
    "Fastställd vid styrelsens sammanträde den 4 februari 2026",
    "1 Inledning",
    "Arbetsordningen gäller utöver bestämmelserna i aktiebolagslagen, i bolagsordningen och i "
    "de ägardirektiv som Ekfors kommun har utfärdat för bolaget.",
    "2 Styrelsens sammanträden",
    "Styrelsen ska sammanträda minst fem gånger per år. Därutöver ska styrelsen sammanträda "
    "när en ledamot eller VD begär det.",
    "Vid det konstituerande sammanträdet ska följande behandlas:\n"
    "•\tval av vice ordförande\n"
    "•\tfastställande av arbetsordning och VD-instruktion\n"
    "•\tbeslut om firmateckning och attesträtt",
    "Styrelsen är beslutför endast när mer än hälften av samtliga ledamöter är närvarande.",
    "3 Ordförandens uppgifter",
    "Ordföranden ska se till att styrelsen kallas till sammanträde när det behövs och att "
    "ledamöterna "
    "får tillfredsställande underlag inför varje beslut.",
    "Ordföranden ska vidare leda styrelsens arbete och hålla löpande kontakt med VD mellan "
    "sammanträdena.",
    "4 Verkställande direktören",
    "VD ska till styrelsen rapportera bolagets ekonomiska utveckling och likviditet vid varje "
    "ordinarie sammanträde.",
    "VD får inte delta i styrelsens beslut om sin egen anställning men har rätt att närvara "
    "och yttra sig vid styrelsens övriga överläggningar.",
    "5 Protokoll",
    "Vid styrelsens sammanträden förs protokoll av en sekreterare som styrelsen utser. "
    "Ordföranden och ytterligare en ledamot justerar protokollet.",
]
AO_TEXT = page(AB)
GB = "ab grönhagabostäder"
SO = "styrelsens ordförande"
A_LEAD = AB[6].split("\n")
A_BEHANDLA = "Vid det konstituerande sammanträdet"
A_OBJ_SE = ("till att styrelsen kallas till sammanträde när det behövs och att ledamöterna "
            "får "
            "tillfredsställande underlag inför varje beslut")
A_YTTRA = "vid styrelsens övriga överläggningar"


def ahead(n, line, actors=()):
    """A Word heading `N Rubrik`."""
    label = str(n)
    return rec(label, body(line, label), actors, doc=D, kind="heading", label=label)


def agenda(cid, line, actors=()):
    """A tab-bulleted noun-phrase item under `… ska följande behandlas:`."""
    text = line.split("\t", 1)[1]
    return item(cid, text, actors, (),
                [st(None, None, "obligation", "ska", "behandla", "behandlas", text,
                    passive=True)], doc=D, parent="2.2", label="•")


ARBETSORDNING = [
    rec("title", AB[0], [("styrelsen", ST, POL), ("AB Grönhagabostäder", GB, ORG)], doc=D,
        kind="heading"),
    rec("m1", AB[1], [("styrelsens", ST, POL)], doc=D),
    ahead(1, AB[2]),
    rec("1.1", AB[3], [("Ekfors kommun", "ekfors kommun", ORG), ("bolaget", GB, ORG)],
        [pres("gäller", "gälla"), HAR, sup("utfärdat", "utfärda")], doc=D, parent="1"),
    ahead(2, AB[4], [("Styrelsens", ST, POL)]),
    rec("2.1", AB[5],
        [("Styrelsen", ST, POL), ("styrelsen", ST, POL), ("ledamot", "ledamot", FTV),
         ("VD", VD, TJP)],
        [SKA, inf("sammanträda"), ("ska", "skola", "pres", "act", 1),
         ("sammanträda", "sammanträda", "inf", "act", 1), pres("begär", "begära")],
        [st(ST, "Styrelsen", "obligation", "ska", "sammanträda", "sammanträda",
            "minst fem gånger per år"),
         st(ST, "styrelsen", "obligation", "ska", "sammanträda", "sammanträda", None,
            condition="när en ledamot eller VD begär det")], doc=D, parent="2"),
    rec("2.2", A_LEAD[0], [], [SKA, inf("behandlas", "behandla", "pass")],
        conditions=[A_BEHANDLA], doc=D, parent="2"),
    agenda("2.2.a", A_LEAD[1], [("vice ordförande", "vice ordförande", FTV)]),
    agenda("2.2.b", A_LEAD[2]),
    agenda("2.2.c", A_LEAD[3]),
    rec("2.3", AB[7], [("Styrelsen", ST, POL), ("ledamöter", "ledamot", FTV)],
        [AR, ("är", "vara", "pres", "act", 1)],
        [st(ST, "Styrelsen", "none", None, "vara", "är", "beslutför",
            condition="när mer än hälften av samtliga ledamöter är närvarande")], doc=D,
        parent="2"),
    ahead(3, AB[8], [("Ordförandens", SO, FTV)]),
    rec("3.1", AB[9],
        [("Ordföranden", SO, FTV), ("styrelsen", ST, POL), ("ledamöterna", "ledamot", FTV)],
        [SKA, inf("se"), pres("kallas", "kalla", "pass"), pres("behövs", "behöva", "pass"),
         pres("får", "få")],
        [st(SO, "Ordföranden", "obligation", "ska se till att", "se", "se", A_OBJ_SE)],
        conditions=["när det behövs"], doc=D, parent="3"),
    rec("3.2", AB[10], [("Ordföranden", SO, FTV), ("styrelsens", ST, POL), ("VD", VD, TJP)],
        [SKA, inf("leda"), inf("hålla")],
        [st(SO, "Ordföranden", "obligation", "ska", "leda", "leda", "styrelsens arbete"),
         st(SO, "Ordföranden", "obligation", "ska", "hålla", "hålla",
            "löpande kontakt med VD mellan sammanträdena")], doc=D, parent="3"),
    ahead(4, AB[11], [("Verkställande direktören", VD, TJP)]),
    rec("4.1", AB[12], [("VD", VD, TJP), ("styrelsen", ST, POL), ("bolagets", GB, ORG)],
        [SKA, inf("rapportera")],
        [st(VD, "VD", "obligation", "ska", "rapportera", "rapportera",
            "bolagets ekonomiska utveckling och likviditet vid varje ordinarie sammanträde")],
        doc=D, parent="4"),
    rec("4.2", AB[13], [("VD", VD, TJP), ("styrelsens", ST, POL), ("styrelsens", ST, POL, 1)],
        [FAR, inf("delta"), HAR, inf("närvara"), inf("yttra")],
        [st(VD, "VD", "prohibition", "får inte", "delta", "delta",
            "i styrelsens beslut om sin egen anställning", negated=True),
         st(VD, "VD", "permission", "har rätt att", "närvara", "närvara", A_YTTRA),
         st(VD, "VD", "permission", "har rätt att", "yttra", "yttra", A_YTTRA)],
        doc=D, parent="4"),
    ahead(5, AB[14]),
    rec("5.1", AB[15],
        [("styrelsens", ST, POL), ("sekreterare", "sekreterare", TJP), ("styrelsen", ST, POL),
         ("Ordföranden", SO, FTV), ("ledamot", "ledamot", FTV)],
        [pres("förs", "föra", "pass"), pres("utser", "utse"), pres("justerar", "justera")],
        [st("sekreterare", "sekreterare", "none", None, "föra", "förs", "protokoll",
            passive=True, condition="Vid styrelsens sammanträden"),
         st(SO, "Ordföranden", "none", None, "justera", "justerar", "protokollet"),
         st("ledamot", "ledamot", "none", None, "justera", "justerar", "protokollet")],
        doc=D, parent="5"),
]

# (4) A municipal energy company's VD-instruktion as a web page, one clause a line.
D = "w52-y-vdinstruktion"
VD_TEXT = """Till huvudinnehåll
Om oss
Bolagsstyrning
Start › Om oss › Bolagsstyrning › VD-instruktion
VD-instruktion för Kvarnfors Energi AB
Instruktionen har fastställts av styrelsen i Kvarnfors Energi AB och gäller från den 1 juli 2026.
Allmänt
VD ansvarar för att bolagets löpande förvaltning sköts enligt lag, bolagsordning och \
styrelsens riktlinjer och anvisningar.
VD får inte utan styrelsens skriftliga medgivande ingå avtal med en löptid längre än fem år \
eller ta upp lån som överstiger tio miljoner kronor.
Åtgärder av ovanlig beskaffenhet eller stor betydelse får VD vidta först efter beslut i \
styrelsen.
Det åligger VD att fortlöpande hålla styrelsen väl underrättad om läget i bolagets \
verksamhet och att förbereda de ärenden som styrelsen ska behandla.
Rapportering
VD ska varje månad lämna styrelsen en rapport över bolagets resultat och likviditet.
Vid väsentliga avvikelser från budgeten ska VD utan dröjsmål informera styrelsens ordförande.
VD ska i samråd med ordföranden ta fram underlag till styrelsens sammanträden.
Senast uppdaterad: 2026-07-03
"""
VL = VD_TEXT.split("\n")
KE = "kvarnfors energi ab"
V_ENLIGT = "enligt lag, bolagsordning och styrelsens riktlinjer och anvisningar"


def vproh(aim, obj):
    """`VD får inte utan styrelsens medgivande` + an infinitive."""
    return st(VD, "VD", "prohibition", "får inte", aim, aim, obj, negated=True)


VDINSTRUKTION = [
    rec("title", VL[4], [("Kvarnfors Energi AB", KE, ORG)], doc=D, kind="heading"),
    rec("1", VL[5], [("styrelsen", ST, POL), ("Kvarnfors Energi AB", KE, ORG)],
        [HAR, sup("fastställts", "fastställa", "pass"), pres("gäller", "gälla")],
        [st(ST, "styrelsen", "none", None, "fastställa", "fastställts", "Instruktionen",
            passive=True)], doc=D),
    rec("h1", VL[6], doc=D, kind="heading"),
    rec("2", VL[7], [("VD", VD, TJP), ("bolagets", KE, ORG), ("styrelsens", ST, POL)],
        [pres("ansvarar", "ansvara"), pres("sköts", "sköta", "pass")],
        [st(VD, "VD", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att bolagets löpande förvaltning sköts " + V_ENLIGT)],
        conditions=[V_ENLIGT], doc=D, parent="h1"),
    rec("3", VL[8], [("VD", VD, TJP), ("styrelsens", ST, POL)],
        [FAR, inf("ingå"), inf("ta"), pres("överstiger", "överstiga")],
        [vproh("ingå", "avtal med en löptid längre än fem år"),
         vproh("ta", "lån som överstiger tio miljoner kronor")], doc=D, parent="h1"),
    rec("4", VL[9], [("VD", VD, TJP), ("styrelsen", ST, POL)], [FAR, inf("vidta")],
        [st(VD, "VD", "permission", "får", "vidta", "vidta",
            "Åtgärder av ovanlig beskaffenhet eller stor betydelse")], doc=D, parent="h1"),
    rec("5", VL[10],
        [("VD", VD, TJP), ("styrelsen", ST, POL), ("bolagets", KE, ORG),
         ("styrelsen", ST, POL, 1)],
        [pres("åligger", "åligga"), inf("hålla"), inf("förbereda"), SKA, inf("behandla")],
        [st(VD, "VD", "obligation", "åligger", "hålla", "hålla",
            "styrelsen väl underrättad om läget i bolagets verksamhet"),
         st(VD, "VD", "obligation", "åligger", "förbereda", "förbereda",
            "de ärenden som styrelsen ska behandla")], doc=D, parent="h1"),
    rec("h2", VL[11], doc=D, kind="heading"),
    rec("6", VL[12], [("VD", VD, TJP), ("styrelsen", ST, POL), ("bolagets", KE, ORG)],
        [SKA, inf("lämna")],
        [st(VD, "VD", "obligation", "ska", "lämna", "lämna",
            "styrelsen en rapport över bolagets resultat och likviditet")], doc=D,
        parent="h2"),
    rec("7", VL[13], [("VD", VD, TJP), ("styrelsens ordförande", SO, FTV)],
        [SKA, inf("informera")],
        [st(VD, "VD", "obligation", "ska", "informera", "informera", "styrelsens ordförande",
            condition="Vid väsentliga avvikelser från budgeten")], doc=D, parent="h2"),
    rec("8", VL[14], [("VD", VD, TJP), ("ordföranden", SO, FTV), ("styrelsens", ST, POL)],
        [SKA, inf("ta")],
        [st(VD, "VD", "obligation", "ska", "ta", "ta", "underlag till styrelsens sammanträden",
            condition="i samråd med ordföranden")], doc=D, parent="h2"),
    rec("m1", VL[15], doc=D, parent="h2"),
]

# (5) A kultur- och fritidsnämnd's reglemente as a Word export: bare `N §` label lines.
D = "w52-y-reglemente"
RB = [
    "Reglemente för Norrsunda kommuns kultur- och fritidsnämnd",
    "Antaget av kommunfullmäktige 2026-05-25, § 88",
    "Utöver vad kommunallagen föreskriver om nämnder gäller för kultur- och fritidsnämnden "
    "detta reglemente.",
    "Nämndens uppgifter",
    "1 §",
    "Nämnden ansvarar för folkbiblioteken, den kommunala kulturverksamheten och "
    "fritidsanläggningarna samt för kommunens bidragsgivning på kultur- och fritidsområdet.",
    "2 §",
    "Nämnden ska särskilt:\n"
    "främja ett varierat kulturutbud i hela kommunen,\n"
    "förvalta och utveckla kommunens konstsamling,\n"
    "upplåta idrottshallar och andra lokaler för fritidsändamål,\n"
    "fördela bidrag enligt de bidragsregler som fullmäktige har fastställt.",
    "3 §",
    "Nämnden får besluta om avgifter för lån av lokaler och utrustning inom ramen för den "
    "taxa som fullmäktige har antagit.",
    "Sammanträden och arbetsformer",
    "4 §",
    "Nämnden sammanträder på de dagar och tider som nämnden bestämmer. Kallelse utfärdas av "
    "ordföranden.",
    "5 §",
    "Ordföranden ska leda och planera nämndens arbete samt bevaka att nämndens beslut "
    "verkställs.",
    "6 §",
    "Vid förfall för ordföranden under en längre tid ska vice ordföranden fullgöra "
    "ordförandens uppgifter.",
    "Protokoll och anmälan",
    "7 §",
    "Nämndens protokoll justeras av ordföranden jämte en ledamot som utses vid sammanträdet. "
    "Beslut som fattas av nämndens arbetsutskott ska anmälas vid nämndens närmast följande "
    "sammanträde.",
]
REG_TEXT = page(RB)
KFN = "kultur- och fritidsnämnd"
KFO = "kultur- och fritidsnämndens ordförande"
KFV = "kultur- och fritidsnämndens vice ordförande"
NK = "norrsunda kommun"
R_LEAD = RB[7].split("\n")
R_ENLIGT = "enligt de bidragsregler som fullmäktige har fastställt"


def para(n, text, actors=(), verbs=(), statements=(), conditions=(), parent=None):
    """A paragraph under a bare `N §` label line."""
    return rec(f"§{n}", text, actors, verbs, statements, conditions, doc=D, parent=parent,
               label=f"{n} §")


def sarsk(cid, line, actors, verbs, aims, obj, condition=None):
    """An item under `Nämnden ska särskilt:`."""
    statements = [st(NMD, "Nämnden", "obligation", "ska", aim, aim, obj, condition=condition)
                  for aim in aims]
    return item(cid, line, actors, verbs, statements, doc=D, parent="§2")


REGLEMENTE = [
    rec("title", RB[0], [("Norrsunda kommuns", NK, ORG),
                         ("kultur- och fritidsnämnd", KFN, POL)], doc=D, kind="heading"),
    rec("m1", RB[1], [("kommunfullmäktige", KF, POL)], doc=D),
    rec("1", RB[2], [("nämnder", NMD, POL), ("kultur- och fritidsnämnden", KFN, POL)],
        [pres("föreskriver", "föreskriva"), pres("gäller", "gälla")], doc=D),
    rec("h1", RB[3], [("Nämndens", NMD, POL)], doc=D, kind="heading"),
    para(1, RB[5],
         [("Nämnden", NMD, POL), ("kommunens", NK, ORG)],
         [pres("ansvarar", "ansvara")],
         [st(NMD, "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
             "folkbiblioteken, den kommunala kulturverksamheten och fritidsanläggningarna samt "
             "för kommunens bidragsgivning på kultur- och fritidsområdet")], parent="h1"),
    para(2, R_LEAD[0], [("Nämnden", NMD, POL)], [SKA], parent="h1"),
    sarsk("§2.a", R_LEAD[1], [("kommunen", NK, ORG)], [inf("främja")], ["främja"],
          "ett varierat kulturutbud i hela kommunen"),
    sarsk("§2.b", R_LEAD[2], [("kommunens", NK, ORG)], [inf("förvalta"), inf("utveckla")],
          ["förvalta", "utveckla"], "kommunens konstsamling"),
    sarsk("§2.c", R_LEAD[3], [], [inf("upplåta")], ["upplåta"],
          "idrottshallar och andra lokaler för fritidsändamål"),
    sarsk("§2.d", R_LEAD[4], [("fullmäktige", KF, POL)],
          [inf("fördela"), HAR, sup("fastställt", "fastställa")], ["fördela"], "bidrag",
          condition=R_ENLIGT),
    para(3, RB[9], [("Nämnden", NMD, POL), ("fullmäktige", KF, POL)],
         [FAR, inf("besluta"), HAR, sup("antagit", "anta")],
         [st(NMD, "Nämnden", "permission", "får", "besluta", "besluta",
             "om avgifter för lån av lokaler och utrustning",
             condition="inom ramen för den taxa som fullmäktige har antagit")], parent="h1"),
    rec("h2", RB[10], doc=D, kind="heading"),
    para(4, RB[12], [("Nämnden", NMD, POL), ("nämnden", NMD, POL), ("ordföranden", KFO, FTV)],
         [pres("sammanträder", "sammanträda"), pres("bestämmer", "bestämma"),
          pres("utfärdas", "utfärda", "pass")],
         [st(NMD, "Nämnden", "none", None, "sammanträda", "sammanträder",
             "på de dagar och tider som nämnden bestämmer"),
          st(KFO, "ordföranden", "none", None, "utfärda", "utfärdas", "Kallelse",
             passive=True)], parent="h2"),
    para(5, RB[14],
         [("Ordföranden", KFO, FTV), ("nämndens", NMD, POL), ("nämndens", NMD, POL, 1)],
         [SKA, inf("leda"), inf("planera"), inf("bevaka"),
          pres("verkställs", "verkställa", "pass")],
         [st(KFO, "Ordföranden", "obligation", "ska", "leda", "leda", "nämndens arbete"),
          st(KFO, "Ordföranden", "obligation", "ska", "planera", "planera", "nämndens arbete"),
          st(KFO, "Ordföranden", "obligation", "ska", "bevaka", "bevaka",
             "att nämndens beslut verkställs")], parent="h2"),
    para(6, RB[16],
         [("ordföranden", KFO, FTV), ("vice ordföranden", KFV, FTV),
          ("ordförandens", KFO, FTV)],
         [SKA, inf("fullgöra")],
         [st(KFV, "vice ordföranden", "obligation", "ska", "fullgöra", "fullgöra",
             "ordförandens uppgifter", condition="Vid förfall för ordföranden under en längre "
             "tid")], parent="h2"),
    rec("h3", RB[17], doc=D, kind="heading"),
    para(7, RB[19],
         [("Nämndens", NMD, POL), ("ordföranden", KFO, FTV), ("ledamot", "ledamot", FTV),
          ("nämndens arbetsutskott", "nämndens arbetsutskott", POL),
          ("nämndens", NMD, POL, 1)],
         [pres("justeras", "justera", "pass"), pres("utses", "utse", "pass"),
          pres("fattas", "fatta", "pass"), SKA, inf("anmälas", "anmäla", "pass")],
         [st(KFO, "ordföranden", "none", None, "justera", "justeras", "Nämndens protokoll",
             passive=True),
          st("ledamot", "ledamot", "none", None, "justera", "justeras", "Nämndens protokoll",
             passive=True),
          st(None, None, "obligation", "ska", "anmäla", "anmälas",
             "vid nämndens närmast följande sammanträde", passive=True)], parent="h3"),
]

# (6) A kommun's guide page on delegation, copied from a browser: one line a clause.
D = "w52-y-delegation"
DG_TEXT = """Hoppa till innehåll
Meny
Start / Kommun och politik / Så fungerar kommunen / Delegation
Delegation av beslutanderätt
Vad är delegation?
En nämnd fattar många beslut varje år. För att nämnden ska kunna arbeta effektivt får den \
lämna över en del av sin beslutanderätt till andra.
Nämnden kan uppdra åt ett av sina utskott, åt någon av sina ledamöter eller åt en anställd i \
förvaltningen att fatta beslut i nämndens ställe i enskilda ärenden eller i grupper av ärenden \
(KL 6 kap. 37 §).
Vilka beslut som har delegerats framgår av nämndens delegationsordning.
Vem får besluta?
En delegat fattar beslut på nämndens vägnar och beslutet gäller som om nämnden själv hade \
fattat det. Delegaten får inte besluta i ärenden som rör delegaten personligen.
Ärenden av principiell beskaffenhet får aldrig delegeras.
Anmälan av beslut
Beslut som fattas med stöd av en delegation ska anmälas till nämnden. Anmälan sker genom att \
besluten redovisas på nämndens sammanträden.
Exempel ur delegationsordningen
Ärende | Delegat | Lagrum
Bidrag till föreningar upp till 40 000 kronor | Fritidschef | Nämndens bidragsregler
Tillfälligt serveringstillstånd | Alkoholhandläggare | 8 kap. 2 § alkohollagen
Avvisning av ett för sent inkommet överklagande | Nämndsekreterare | 45 § förvaltningslagen
Kontakta oss
Kansliavdelningen
Telefon: 0380-51 00 00
E-post: kansli@hallstena.example
Senast uppdaterad: 2026-09-02
"""
DL = DG_TEXT.split("\n")
DEL = "delegat"
D_UPPDRA = ("åt ett av sina utskott, åt någon av sina ledamöter eller åt en anställd i "
            "förvaltningen att "
            "fatta beslut i nämndens ställe i enskilda ärenden eller i grupper av ärenden")

DELEGATION = [
    rec("title", DL[3], doc=D, kind="heading"),
    rec("h1", DL[4], [], [AR], doc=D, kind="heading"),
    rec("1", DL[5], [("nämnd", NMD, POL), ("nämnden", NMD, POL)],
        [pres("fattar", "fatta"), SKA, inf("kunna"), inf("arbeta"), FAR, inf("lämna")],
        [st(NMD, "nämnd", "none", None, "fatta", "fattar", "många beslut varje år")], doc=D,
        parent="h1"),
    rec("2", DL[6],
        [("Nämnden", NMD, POL), ("utskott", "utskott", POL), ("ledamöter", "ledamot", FTV),
         ("anställd", "anställd", TJP), ("förvaltningen", "förvaltning", FORV),
         ("nämndens", NMD, POL)],
        [KAN, inf("uppdra"), inf("fatta")],
        [st(NMD, "Nämnden", "permission", "kan", "uppdra", "uppdra", D_UPPDRA)], doc=D,
        parent="h1"),
    rec("3", DL[7], [("nämndens", NMD, POL)],
        [HAR, sup("delegerats", "delegera", "pass"), pres("framgår", "framgå")], doc=D,
        parent="h1"),
    rec("h2", DL[8], [], [FAR, inf("besluta")], doc=D, kind="heading"),
    rec("4", DL[9],
        [("delegat", DEL, TJP), ("nämndens", NMD, POL), ("nämnden", NMD, POL),
         ("Delegaten", DEL, TJP), ("delegaten", DEL, TJP)],
        [pres("fattar", "fatta"), pres("gäller", "gälla"), ("hade", "ha", "past", "act"),
         sup("fattat", "fatta"), FAR, inf("besluta"), pres("rör", "röra")],
        [st(DEL, "delegat", "none", None, "fatta", "fattar", "beslut på nämndens vägnar"),
         st(DEL, "Delegaten", "prohibition", "får inte", "besluta", "besluta",
            "i ärenden som rör delegaten personligen", negated=True)], doc=D, parent="h2"),
    rec("5", DL[10], [], [FAR, inf("delegeras", "delegera", "pass")],
        [st(None, None, "prohibition", "får aldrig", "delegera", "delegeras",
            "Ärenden av principiell beskaffenhet", negated=True, passive=True)], doc=D,
        parent="h2"),
    rec("h3", DL[11], doc=D, kind="heading"),
    rec("6", DL[12], [("nämnden", NMD, POL), ("nämndens", NMD, POL)],
        [pres("fattas", "fatta", "pass"), SKA, inf("anmälas", "anmäla", "pass"),
         pres("sker", "ske"), pres("redovisas", "redovisa", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas", "till nämnden", passive=True,
            condition="med stöd av en delegation")], doc=D, parent="h3"),
    rec("h4", DL[13], doc=D, kind="heading"),
    rec("7", DL[14], doc=D, parent="h4"),
    rec("8", DL[15], [("föreningar", "förening", ORG), ("Fritidschef", "fritidschef", TJP),
                      ("Nämndens", NMD, POL)], doc=D, parent="h4"),
    rec("9", DL[16], [("Alkoholhandläggare", "alkoholhandläggare", TJP)], doc=D, parent="h4"),
    rec("10", DL[17], [("Nämndsekreterare", "nämndsekreterare", TJP)], doc=D, parent="h4"),
    rec("h5", DL[18], doc=D, kind="heading"),
    rec("m1", " ".join(DL[19:22]), [("Kansliavdelningen", "kansliavdelning", FORV)], doc=D,
        parent="h5"),
    rec("m2", DL[22], doc=D, parent="h5"),
]

DOCUMENTS = {"w52-y-kommundirektor": (KD_TEXT, KOMMUNDIREKTOR),
             "w52-y-stadsdirektor": (SD_TEXT, STADSDIREKTOR),
             "w52-y-arbetsordning": (AO_TEXT, ARBETSORDNING),
             "w52-y-vdinstruktion": (VD_TEXT, VDINSTRUKTION),
             "w52-y-reglemente": (REG_TEXT, REGLEMENTE),
             "w52-y-delegation": (DG_TEXT, DELEGATION)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-y", DOCUMENTS)
