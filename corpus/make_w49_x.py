"""Builds corpus/dev/w49-x.jsonl and the source files corpus/dev/w49-x-*.{docx,pdf,html,odt,md}
with their gold: the blind probe w49-x of round 49 (probe49), five invented documents of the
core genre as the office FILES users drop into raw/, written and annotated by hand from
docs/annotation.md §1, §2, §3, §4 and §5 before any run; the writer never ran the extractor on
them. `w49-x-kommundirektor.docx` (an instruktion för kommundirektören made with python-docx in
Word's built-in styles: `Title`, `Heading 1`/`Heading 2`, `List Number` items under `I sitt
uppdrag ska kommundirektören:`, a header and a footer with a PAGE field (furniture), a
two-column table `Ärende | Delegat` with a header row, a signature block of four lines),
`w49-x-vdinstruktion.pdf` (a VD-instruktion of a municipal district-heating company, a .docx
converted by LibreOffice: typed `1.`/`1.1` headings, Word list numbering `a)`–`d)` under `VD
har till uppgift att:`, a footer `Sida N av M` over two pages or more, `svarar för` + `i
enlighet med`, `skall`, `är skyldig att` after an `Om`-clause, `ges rätt att`, an agent
passive, an agentless one, `får inte`), `w49-x-reglemente.html` (a reglemente för tekniska
nämnden as a municipal web page: skip link, nav menu, breadcrumb, `<h1>`/`<h2>`, an `<ol>` under
`har därutöver till uppgift att:`, a `<ul>` of sentences under a cue-less lead-in, `Det
åligger ordföranden att … och att …`, an `Om`-clause before an agent passive, an update line,
a footer with the address, a cookie banner), `w49-x-delegation.odt` (a delegationsordning of a
socialnämnd made with python-docx and converted by LibreOffice: a general part, `ges i vissa
fall rätt att`, a fronted `Genom delegation`, `får inte … utan … ska då överlämnas`, a table
`Nr | Ärende | Delegat | Anmärkning` whose rows carry `enligt … §` and a sentence in the
last cell), `w49-x-arbetsordning.md` (an arbetsordning för styrelsen in a regional transport
company: `#`/`##` headings with `1.` numbers, a bold lead-in, `skall särskilt:` over `1.`
items with coordinated infinitives, an agenda under an agentless `ska … behandlas:` over `-`
items, `Om …` with `får ledamoten inte`, a coordinated subject under `ansvarar gemensamt för
att`, a Markdown table). Offsets computed.
Run: python corpus/make_w49_x.py corpus/dev   (needs python-docx and LibreOffice `soffice`)"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from records import (
    AR,
    BOR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    POL,
    SKA,
    SKALL,
    TJP,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

rec = records_for("w49-x", conditions_from_statements=True)


def sup(word, lemma, voice="act", nth=0):
    return (word, lemma, "sup", voice, nth)


# --- (a) instruktion för kommundirektören, a Word file -----------------------------------------

D = "w49-x-kommundirektor"
KD, KS, HK = "kommundirektör", "kommunstyrelse", "hällvika kommun"
KSO = "kommunstyrelsens ordförande"
KD_TITLE = "Instruktion för kommundirektören i Hällvika kommun"
KD_META = "Antagen av kommunstyrelsen 2026-02-17, § 23"
KD_P1 = ("Kommundirektören är kommunstyrelsens främsta tjänsteperson och rekryteras av "
         "kommunstyrelsen. Det är kommundirektören som har ansvaret för att kommunens "
         "förvaltningar arbetar samordnat mot de mål som kommunfullmäktige har fastställt.")
KD_LEAD = "I sitt uppdrag ska kommundirektören:"
KD_ITEMS = ["leda och utveckla kommunkansliets arbete,",
            "bereda kommunstyrelsens ärenden,",
            "bistå kommunstyrelsens ordförande i frågor om kommunens utveckling."]
KD_P2 = ("Samtliga förvaltningschefer lyder under kommundirektören. Det åligger varje "
         "förvaltningschef att hålla kommundirektören underrättad om förhållanden av väsentlig "
         "betydelse för verksamheten.")
KD_P3 = ("I de fall ett ärende är så brådskande att kommunstyrelsens avgörande inte kan "
         "avvaktas får kommundirektören fatta beslut i kommunstyrelsens ställe. Sådana beslut "
         "ska redovisas för kommunstyrelsen vid dess närmast följande sammanträde.")
KD_P4 = "Kommundirektören får inte själv handlägga frågor som gäller den egna anställningen."
KD_P5 = "Kommundirektören är delegat i de ärenden som anges i tabellen nedan."
KD_TABLE = [("Ärende", "Delegat"),
            ("Anställning av förvaltningschef", "Kommundirektören"),
            ("Beslut om förvaltningsövergripande organisation", "Kommundirektören"),
            ("Avtal om konsulttjänster upp till 500 000 kronor", "Kommundirektören"),
            ("Yttrande i brådskande remissärenden",
             "Kommundirektören efter samråd med kommunstyrelsens ordförande")]
KD_P6 = "Kommundirektören ska varje månad anmäla sina delegationsbeslut till kommunstyrelsen."
KD_P7 = "Vid kommundirektörens frånvaro fullgörs uppdraget av ekonomichefen."
KD_SIGN = ["Hällvika den 17 februari 2026", "För kommunstyrelsen", "Eva Stenholm",
           "Kommunstyrelsens ordförande"]
KD_HEADER = "Hällvika kommun | Instruktion för kommundirektören"


def kd_row(text):
    return " ".join(cell for cell in text)


KD_ROWS = [kd_row(row) for row in KD_TABLE]
KDR = ("Kommundirektören", KD, TJP)
KOMMUNDIREKTOR = [
    rec("title", KD_TITLE, [("kommundirektören", KD, TJP), ("Hällvika kommun", HK, ORG)],
        doc=D, kind="heading"),
    rec("m1", KD_META, [("kommunstyrelsen", KS, POL)], doc=D),
    rec("h1", "Uppdrag och ställning", doc=D, kind="heading"),
    rec("1", KD_P1,
        [KDR, ("kommunstyrelsens", KS, POL), ("kommunstyrelsen", KS, POL),
         ("kommundirektören", KD, TJP), ("kommunens", HK, ORG),
         ("förvaltningar", "förvaltning", FORV), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [AR, pres("rekryteras", "rekrytera", "pass"), ("är", "vara", "pres", "act", 1),
         HAR, pres("arbetar", "arbeta"), ("har", "ha", "pres", "act", 1),
         sup("fastställt", "fastställa")],
        [st(KD, "Kommundirektören", "none", None, "vara", "är",
            "kommunstyrelsens främsta tjänsteperson"),
         st(KS, "kommunstyrelsen", "none", None, "rekrytera", "rekryteras", "Kommundirektören",
            passive=True),
         st(KD, "kommundirektören", "responsibility", "har ansvaret för", "ansvara", "har",
            "för att kommunens förvaltningar arbetar samordnat mot de mål som "
            "kommunfullmäktige har fastställt")], doc=D, parent="h1"),
    rec("2", KD_LEAD, [("kommundirektören", KD, TJP)], [SKA], doc=D, parent="h1"),
    rec("2.a", KD_ITEMS[0], [("kommunkansliets", "kommunkansli", FORV)],
        [inf("leda"), inf("utveckla")],
        [st(KD, "kommundirektören", "obligation", "ska", "leda", "leda",
            "kommunkansliets arbete"),
         st(KD, "kommundirektören", "obligation", "ska", "utveckla", "utveckla",
            "kommunkansliets arbete")], doc=D, kind="list_item", parent="2", label="1."),
    rec("2.b", KD_ITEMS[1], [("kommunstyrelsens", KS, POL)], [inf("bereda")],
        [st(KD, "kommundirektören", "obligation", "ska", "bereda", "bereda",
            "kommunstyrelsens ärenden")],
        doc=D, kind="list_item", parent="2", label="2."),
    rec("2.c", KD_ITEMS[2], [("kommunstyrelsens ordförande", KSO, FTV), ("kommunens", HK, ORG)],
        [inf("bistå")],
        [st(KD, "kommundirektören", "obligation", "ska", "bistå", "bistå",
            "kommunstyrelsens ordförande i frågor om kommunens utveckling")],
        doc=D, kind="list_item", parent="2", label="3."),
    rec("h2", "Ledning av förvaltningarna", [("förvaltningarna", "förvaltning", FORV)], doc=D,
        kind="heading"),
    rec("h3", "Förvaltningschefernas ansvar", [("Förvaltningschefernas", "förvaltningschef", TJP)],
        doc=D, kind="heading", parent="h2"),
    rec("3", KD_P2,
        [("förvaltningschefer", "förvaltningschef", TJP), ("kommundirektören", KD, TJP),
         ("förvaltningschef", "förvaltningschef", TJP), ("kommundirektören", KD, TJP, 1)],
        [pres("lyder", "lyda"), pres("åligger", "åligga"), inf("hålla")],
        [st("förvaltningschef", "förvaltningschefer", "none", None, "lyda", "lyder",
            "under kommundirektören"),
         st("förvaltningschef", "förvaltningschef", "obligation", "åligger", "hålla", "hålla",
            "kommundirektören underrättad om förhållanden av väsentlig betydelse för "
            "verksamheten")], doc=D, parent="h3"),
    rec("h4", "Brådskande ärenden", doc=D, kind="heading", parent="h2"),
    rec("4", KD_P3,
        [("kommunstyrelsens", KS, POL), ("kommundirektören", KD, TJP),
         ("kommunstyrelsens", KS, POL, 1), ("kommunstyrelsen", KS, POL)],
        [AR, KAN, inf("avvaktas", "avvakta", "pass"), FAR, inf("fatta"), SKA,
         inf("redovisas", "redovisa", "pass")],
        [st(KD, "kommundirektören", "permission", "får", "fatta", "fatta",
            "beslut i kommunstyrelsens ställe",
            condition="I de fall ett ärende är så brådskande att kommunstyrelsens avgörande "
            "inte kan avvaktas"),
         st(None, None, "obligation", "ska", "redovisa", "redovisas", "Sådana beslut",
            passive=True)], doc=D, parent="h4"),
    rec("5", KD_P4, [KDR], [FAR, inf("handlägga"), pres("gäller", "gälla")],
        [st(KD, "Kommundirektören", "prohibition", "får inte", "handlägga", "handlägga",
            "frågor som gäller den egna anställningen", negated=True)], doc=D, parent="h4"),
    rec("h5", "Delegerade beslut", doc=D, kind="heading"),
    rec("6", KD_P5, [KDR], [AR, pres("anges", "ange", "pass")],
        [st(KD, "Kommundirektören", "none", None, "vara", "är",
            "delegat i de ärenden som anges i tabellen nedan")], doc=D, parent="h5"),
    rec("t0", KD_ROWS[0], doc=D, kind="heading", parent="h5"),
    rec("t1", KD_ROWS[1], [("förvaltningschef", "förvaltningschef", TJP), KDR], doc=D,
        parent="h5"),
    rec("t2", KD_ROWS[2], [KDR], doc=D, parent="h5"),
    rec("t3", KD_ROWS[3], [KDR], doc=D, parent="h5"),
    rec("t4", KD_ROWS[4], [KDR, ("kommunstyrelsens ordförande", KSO, FTV)],
        conditions=["efter samråd med kommunstyrelsens ordförande"], doc=D, parent="h5"),
    rec("7", KD_P6, [KDR, ("kommunstyrelsen", KS, POL)], [SKA, inf("anmäla")],
        [st(KD, "Kommundirektören", "obligation", "ska", "anmäla", "anmäla",
            "sina delegationsbeslut till kommunstyrelsen")], doc=D, parent="h5"),
    rec("h6", "Frånvaro", doc=D, kind="heading"),
    rec("8", KD_P7, [("kommundirektörens", KD, TJP), ("ekonomichefen", "ekonomichef", TJP)],
        [pres("fullgörs", "fullgöra", "pass")],
        [st("ekonomichef", "ekonomichefen", "none", None, "fullgöra", "fullgörs", "uppdraget",
            passive=True, condition="Vid kommundirektörens frånvaro")], doc=D, parent="h6"),
    rec("m2", " ".join(KD_SIGN), [("kommunstyrelsen", KS, POL),
                                   ("Kommunstyrelsens ordförande", KSO, FTV)], doc=D,
        parent="h6"),
]


def add_field(paragraph, instr):
    """A simple field (PAGE, NUMPAGES) at the end of `paragraph`."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def write_kommundirektor(path):
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = KD_HEADER
    footer = section.footer.paragraphs[0]
    footer.text = "Sida "
    add_field(footer, "PAGE")
    document.add_paragraph(KD_TITLE, style="Title")
    document.add_paragraph(KD_META)
    document.add_heading("Uppdrag och ställning", level=1)
    document.add_paragraph(KD_P1)
    document.add_paragraph(KD_LEAD)
    for item in KD_ITEMS:
        document.add_paragraph(item, style="List Number")
    document.add_heading("Ledning av förvaltningarna", level=1)
    document.add_heading("Förvaltningschefernas ansvar", level=2)
    document.add_paragraph(KD_P2)
    document.add_heading("Brådskande ärenden", level=2)
    document.add_paragraph(KD_P3)
    document.add_paragraph(KD_P4)
    document.add_heading("Delegerade beslut", level=1)
    document.add_paragraph(KD_P5)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for first, second in KD_TABLE:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = first, second
    for cell in table.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True
    document.add_paragraph(KD_P6)
    document.add_heading("Frånvaro", level=1)
    document.add_paragraph(KD_P7)
    document.add_paragraph("")
    for line in KD_SIGN:
        document.add_paragraph(line).paragraph_format.space_after = Pt(0)
    document.save(path)


# --- (b) VD-instruktion, a Word file converted to PDF ----------------------------------------

D = "w49-x-vdinstruktion"
VD, SFA, STY = "verkställande direktör", "sjövalla fjärrvärme ab", "styrelse"
VD_TITLE = "VD-instruktion för Sjövalla Fjärrvärme AB"
VD_META = "Beslutad av styrelsen 2026-04-09, § 7"
VD_P = {
    "1.1.1": "Instruktionen beskriver hur arbetet fördelas mellan styrelsen i Sjövalla "
             "Fjärrvärme AB (bolaget) och bolagets verkställande direktör (VD). Den har "
             "beslutats av styrelsen med stöd av 8 kap. 25 § i aktiebolagslagen.",
    "1.2.1": "Bolaget ägs helt av Sjövalla kommun. Bolaget producerar och distribuerar "
             "fjärrvärme.",
    "2.1": "VD svarar för bolagets dagliga drift i enlighet med styrelsens riktlinjer och "
           "anvisningar.",
    "2.2": "VD har till uppgift att:",
    "3.1": "VD skall löpande informera styrelsen om bolagets verksamhet, ekonomiska ställning "
           "och resultat. Den skriftliga rapporten ska lämnas inför varje ordinarie "
           "styrelsesammanträde.",
    "3.2": "Om bolaget riskerar att inte kunna fullgöra sina betalningsförpliktelser är VD "
           "skyldig att omedelbart underrätta styrelsens ordförande.",
    "4.1": "Beslut om investeringar som överstiger fem miljoner kronor fattas av styrelsen. VD "
           "får inte fördela en investering på flera beslut.",
    "5.1.1": "VD ges rätt att teckna bolagets firma i frågor som rör den dagliga driften.",
    "5.2.1": "Styrelsen utser en vice VD. Vice VD tjänstgör när VD har förhinder.",
}
VD_ITEMS = ["upprätta förslag till affärsplan och årsbudget,",
            "bevaka att bolagets anläggningar underhålls på ett långsiktigt hållbart sätt,",
            "teckna avtal inom ramen för fastställd budget,",
            "företräda bolaget gentemot myndigheter och kunder."]
VD_HEADINGS = {"1": "Allmänt", "1.1": "Syfte", "1.2": "Ägare",
               "2": "Verkställande direktörens ansvar", "3": "Rapportering till styrelsen",
               "4": "Beslut av större vikt", "5": "Firmateckning och ersättare",
               "5.1": "Firmateckning", "5.2": "Ersättare för VD"}
VD_SIGN = ["Sjövalla 2026-04-09", "För styrelsen i Sjövalla Fjärrvärme AB", "Per Almgren",
           "Styrelsens ordförande"]
VDA = ("VD", VD, TJP)
VDS = "VD"


def vd_item(letter, text, actors, verbs, aim, obj):
    return rec(f"2.2.{letter}", text, actors, verbs,
               [st(VD, VDS, "obligation", "har till uppgift att", aim, aim, obj)], doc=D,
               kind="list_item", parent="2.2", label=f"{letter})")


def vd_heading(cid, actors=()):
    label = f"{cid}." if "." not in cid else cid
    parent = cid.rsplit(".", 1)[0] if "." in cid else None
    return rec(cid, VD_HEADINGS[cid], actors, doc=D, kind="heading", parent=parent, label=label)


VDINSTRUKTION = [
    rec("title", VD_TITLE, [("Sjövalla Fjärrvärme AB", SFA, ORG)], doc=D, kind="heading"),
    rec("m1", VD_META, [("styrelsen", STY, POL)], doc=D),
    vd_heading("1"),
    vd_heading("1.1"),
    rec("1.1.1", VD_P["1.1.1"],
        [("styrelsen", STY, POL), ("Sjövalla Fjärrvärme AB", SFA, ORG), ("bolaget", SFA, ORG),
         ("bolagets", SFA, ORG), ("verkställande direktör", VD, TJP), VDA,
         ("styrelsen", STY, POL, 1)],
        [pres("beskriver", "beskriva"), pres("fördelas", "fördela", "pass"), HAR,
         sup("beslutats", "besluta", "pass")],
        [st(STY, "styrelsen", "none", None, "besluta", "beslutats", "Den", passive=True,
            condition="med stöd av 8 kap. 25 § i aktiebolagslagen")], doc=D, parent="1.1"),
    vd_heading("1.2"),
    rec("1.2.1", VD_P["1.2.1"],
        [("Bolaget", SFA, ORG), ("Sjövalla kommun", "sjövalla kommun", ORG),
         ("Bolaget", SFA, ORG, 1)],
        [pres("ägs", "äga", "pass"), pres("producerar", "producera"),
         pres("distribuerar", "distribuera")],
        [st("sjövalla kommun", "Sjövalla kommun", "none", None, "äga", "ägs", "Bolaget",
            passive=True),
         st(SFA, "Bolaget", "none", None, "producera", "producerar", "fjärrvärme"),
         st(SFA, "Bolaget", "none", None, "distribuera", "distribuerar", "fjärrvärme")],
        doc=D, parent="1.2"),
    vd_heading("2", [("Verkställande direktörens", VD, TJP)]),
    rec("2.1", VD_P["2.1"], [VDA, ("bolagets", SFA, ORG), ("styrelsens", STY, POL)],
        [pres("svarar", "svara")],
        [st(VD, "VD", "responsibility", "svarar för", "svara", "svarar",
            "för bolagets dagliga drift",
            condition="i enlighet med styrelsens riktlinjer och anvisningar")],
        doc=D, parent="2"),
    rec("2.2", VD_P["2.2"], [VDA], [HAR], doc=D, parent="2"),
    vd_item("a", VD_ITEMS[0], [], [inf("upprätta")], "upprätta",
            "förslag till affärsplan och årsbudget"),
    vd_item("b", VD_ITEMS[1], [("bolagets", SFA, ORG)],
            [inf("bevaka"), pres("underhålls", "underhålla", "pass")], "bevaka",
            "att bolagets anläggningar underhålls på ett långsiktigt hållbart sätt"),
    vd_item("c", VD_ITEMS[2], [], [inf("teckna")], "teckna",
            "avtal inom ramen för fastställd budget"),
    vd_item("d", VD_ITEMS[3], [("bolaget", SFA, ORG), ("myndigheter", "myndighet", EXT),
                               ("kunder", "kund", EXT)], [inf("företräda")], "företräda",
            "bolaget gentemot myndigheter och kunder"),
    vd_heading("3", [("styrelsen", STY, POL)]),
    rec("3.1", VD_P["3.1"], [VDA, ("styrelsen", STY, POL), ("bolagets", SFA, ORG)],
        [SKALL, inf("informera"), SKA, inf("lämnas", "lämna", "pass")],
        [st(VD, "VD", "obligation", "skall", "informera", "informera",
            "styrelsen om bolagets verksamhet, ekonomiska ställning och resultat"),
         st(None, None, "obligation", "ska", "lämna", "lämnas", "Den skriftliga rapporten",
            passive=True)], doc=D, parent="3"),
    rec("3.2", VD_P["3.2"],
        [("bolaget", SFA, ORG), VDA, ("styrelsens ordförande", "styrelsens ordförande", FTV)],
        [pres("riskerar", "riskera"), inf("kunna"), inf("fullgöra"), AR, inf("underrätta")],
        [st(VD, "VD", "obligation", "är skyldig att", "underrätta", "underrätta",
            "styrelsens ordförande",
            condition="Om bolaget riskerar att inte kunna fullgöra sina "
            "betalningsförpliktelser")], doc=D, parent="3"),
    vd_heading("4"),
    rec("4.1", VD_P["4.1"], [("styrelsen", STY, POL), VDA],
        [pres("överstiger", "överstiga"), pres("fattas", "fatta", "pass"), FAR, inf("fördela")],
        [st(STY, "styrelsen", "none", None, "fatta", "fattas",
            "Beslut om investeringar som överstiger fem miljoner kronor", passive=True),
         st(VD, "VD", "prohibition", "får inte", "fördela", "fördela",
            "en investering på flera beslut", negated=True)], doc=D, parent="4"),
    vd_heading("5"),
    vd_heading("5.1"),
    rec("5.1.1", VD_P["5.1.1"], [VDA, ("bolagets", SFA, ORG)],
        [pres("ges", "ge", "pass"), inf("teckna"), pres("rör", "röra")],
        [st(VD, "VD", "permission", "ges rätt att", "teckna", "teckna",
            "bolagets firma i frågor som rör den dagliga driften")],
        doc=D, parent="5.1"),
    vd_heading("5.2", [VDA]),
    rec("5.2.1", VD_P["5.2.1"],
        [("Styrelsen", STY, POL), ("vice VD", "vice verkställande direktör", TJP),
         ("Vice VD", "vice verkställande direktör", TJP), ("VD", VD, TJP, 2)],
        [pres("utser", "utse"), pres("tjänstgör", "tjänstgöra"), HAR],
        [st(STY, "Styrelsen", "none", None, "utse", "utser", "en vice VD"),
         st("vice verkställande direktör", "Vice VD", "none", None, "tjänstgöra", "tjänstgör",
            None, condition="när VD har förhinder")], doc=D, parent="5.2"),
    rec("m2", " ".join(VD_SIGN),
        [("styrelsen", STY, POL), ("Sjövalla Fjärrvärme AB", SFA, ORG),
         ("Styrelsens ordförande", "styrelsens ordförande", FTV)], doc=D, parent="5.2"),
]


def letter_numbering(document):
    """A numbering definition `a)`, `b)` … in the document's numbering part; its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "lowerLetter"), ("w:lvlText", "%1)"),
                       ("w:lvlJc", "left")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        level.append(element)
    ppr = OxmlElement("w:pPr")
    indent = OxmlElement("w:ind")
    indent.set(qn("w:left"), "720")
    indent.set(qn("w:hanging"), "360")
    ppr.append(indent)
    level.append(ppr)
    abstract.append(level)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return "90"


def numbered(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), num_id)
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr)


def write_vdinstruktion(path):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(12)
    style.paragraph_format.line_spacing = 1.5
    style.paragraph_format.space_after = Pt(10)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Sida "
    add_field(footer, "PAGE")
    footer.add_run(" av ")
    add_field(footer, "NUMPAGES")
    num_id = letter_numbering(document)
    document.add_paragraph(VD_TITLE, style="Title")
    document.add_paragraph(VD_META)
    order = ["1", "1.1", "1.1.1", "1.2", "1.2.1", "2", "2.1", "2.2", "items", "3", "3.1",
             "3.2", "4", "4.1", "5", "5.1", "5.1.1", "5.2", "5.2.1"]
    for key in order:
        if key == "items":
            for item in VD_ITEMS:
                numbered(document.add_paragraph(item), num_id)
        elif key in VD_HEADINGS:
            label = f"{key}." if "." not in key else key
            level = 1 if "." not in key else 2
            document.add_heading(f"{label} {VD_HEADINGS[key]}", level=level)
        else:
            document.add_paragraph(VD_P[key])
    document.add_paragraph("")
    for line in VD_SIGN:
        paragraph = document.add_paragraph(line)
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = 1.0
    document.save(path)


# --- (c) reglemente för tekniska nämnden, a saved web page -----------------------------------

D = "w49-x-reglemente"
TN, LK = "teknisk nämnd", "ljungmarks kommun"
TNO = "tekniska nämndens ordförande"
RG = {
    "title": "Reglemente för tekniska nämnden",
    "m1": "Antaget av kommunfullmäktige 2025-11-27, § 112",
    "h1": "Nämndens uppgifter",
    "1": "Tekniska nämnden ansvarar för kommunens gator, parker och allmänna platser samt för "
         "vatten- och avloppsverksamheten.",
    "2": "Nämnden har därutöver till uppgift att:",
    "h2": "Delegation",
    "3": "Nämnden får i delegationsordningen utse ordföranden eller förvaltningschefen till "
         "delegat. "
         "Beslut om taxor eller avgifter får inte delegeras.",
    "h3": "Sammanträden",
    "4": "För nämndens sammanträden gäller följande:",
    "h4": "Ordförandens uppgifter",
    "5": "Det åligger ordföranden att leda nämndens arbete och att bevaka att nämndens beslut "
         "verkställs.",
    "6": "Om ordföranden är förhindrad ersätts ordföranden av vice ordföranden.",
    "m2": "Senast uppdaterad: 2026-01-08",
}
RG_OL = ["handlägga ärenden om parkeringstillstånd,", "förvalta kommunens skogsinnehav,",
         "verka för en trafiksäker miljö i kommunens tätorter."]
RG_UL = ["Nämnden håller sammanträde på de dagar som nämnden själv beslutar.",
         "Extra sammanträde ska hållas om ordföranden eller tre ledamöter kräver det.",
         "Kallelse skickas ut av ordföranden senast sju dagar före sammanträdet."]
NAMND = ("Nämnden", "nämnd", POL)
UPG = "har till uppgift att"
REGLEMENTE = [
    rec("title", RG["title"], [("tekniska nämnden", TN, POL)], doc=D, kind="heading"),
    rec("m1", RG["m1"], [("kommunfullmäktige", "kommunfullmäktige", POL)], doc=D),
    rec("h1", RG["h1"], [("Nämndens", "nämnd", POL)], doc=D, kind="heading"),
    rec("1", RG["1"], [("Tekniska nämnden", TN, POL), ("kommunens", LK, ORG)],
        [pres("ansvarar", "ansvara")],
        [st(TN, "Tekniska nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för kommunens gator, parker och allmänna platser samt för vatten- och "
            "avloppsverksamheten")], doc=D, parent="h1"),
    rec("2", RG["2"], [NAMND], [HAR], doc=D, parent="h1"),
    rec("2.a", RG_OL[0], [], [inf("handlägga")],
        [st("nämnd", "Nämnden", "obligation", UPG, "handlägga", "handlägga",
            "ärenden om parkeringstillstånd")], doc=D, kind="list_item", parent="2", label="1."),
    rec("2.b", RG_OL[1], [("kommunens", LK, ORG)], [inf("förvalta")],
        [st("nämnd", "Nämnden", "obligation", UPG, "förvalta", "förvalta",
            "kommunens skogsinnehav")], doc=D, kind="list_item", parent="2", label="2."),
    rec("2.c", RG_OL[2], [("kommunens", LK, ORG)], [inf("verka")],
        [st("nämnd", "Nämnden", "obligation", UPG, "verka", "verka",
            "för en trafiksäker miljö i kommunens tätorter")], doc=D, kind="list_item",
        parent="2", label="3."),
    rec("h2", RG["h2"], doc=D, kind="heading"),
    rec("3", RG["3"], [NAMND, ("ordföranden", TNO, FTV),
                       ("förvaltningschefen", "förvaltningschef", TJP)],
        [FAR, inf("utse"), ("får", "få", "pres", "act", 1),
         inf("delegeras", "delegera", "pass")],
        [st("nämnd", "Nämnden", "permission", "får", "utse", "utse",
            "ordföranden eller förvaltningschefen till delegat"),
         st(None, None, "prohibition", "får inte", "delegera", "delegeras",
            "Beslut om taxor eller avgifter", passive=True, negated=True)], doc=D, parent="h2"),
    rec("h3", RG["h3"], doc=D, kind="heading"),
    rec("4", RG["4"], [("nämndens", "nämnd", POL)], [pres("gäller", "gälla")], doc=D,
        parent="h3"),
    rec("4.a", RG_UL[0], [NAMND, ("nämnden", "nämnd", POL)],
        [pres("håller", "hålla"), pres("beslutar", "besluta")],
        [st("nämnd", "Nämnden", "none", None, "hålla", "håller",
            "sammanträde på de dagar som nämnden själv beslutar")], doc=D, kind="list_item",
        parent="4", label="•"),
    rec("4.b", RG_UL[1], [("ordföranden", TNO, FTV), ("ledamöter", "ledamot", FTV)],
        [SKA, inf("hållas", "hålla", "pass"), pres("kräver", "kräva")],
        [st(None, None, "obligation", "ska", "hålla", "hållas", "Extra sammanträde",
            passive=True, condition="om ordföranden eller tre ledamöter kräver det")],
        doc=D, kind="list_item", parent="4", label="•"),
    rec("4.c", RG_UL[2], [("ordföranden", TNO, FTV)], [pres("skickas", "skicka", "pass")],
        [st(TNO, "ordföranden", "none", None, "skicka", "skickas", "Kallelse", passive=True)],
        doc=D, kind="list_item", parent="4", label="•"),
    rec("h4", RG["h4"], [("Ordförandens", TNO, FTV)], doc=D, kind="heading"),
    rec("5", RG["5"], [("ordföranden", TNO, FTV), ("nämndens", "nämnd", POL),
                       ("nämndens", "nämnd", POL, 1)],
        [pres("åligger", "åligga"), inf("leda"), inf("bevaka"),
         pres("verkställs", "verkställa", "pass")],
        [st(TNO, "ordföranden", "obligation", "åligger", "leda", "leda", "nämndens arbete"),
         st(TNO, "ordföranden", "obligation", "åligger", "bevaka", "bevaka",
            "att nämndens beslut verkställs")], doc=D, parent="h4"),
    rec("6", RG["6"], [("ordföranden", TNO, FTV), ("ordföranden", TNO, FTV, 1),
                       ("vice ordföranden", "tekniska nämndens vice ordförande", FTV)],
        [AR, pres("ersätts", "ersätta", "pass")],
        [st("tekniska nämndens vice ordförande", "vice ordföranden", "none", None, "ersätta",
            "ersätts", "ordföranden", passive=True,
            condition="Om ordföranden är förhindrad")], doc=D, parent="h4"),
    rec("m2", RG["m2"], doc=D, parent="h4"),
]


def li(items):
    return "\n".join(f"        <li>{item}</li>" for item in items)


RG_HTML = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{RG["title"]} - Ljungmarks kommun</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/css/main.css">
</head>
<body>
  <a class="skip-link" href="#main">Hoppa till huvudinnehåll</a>
  <header class="site-header">
    <a class="logo" href="/"><img src="/img/logo.svg" alt="Ljungmarks kommun"></a>
    <nav class="main-menu" aria-label="Huvudmeny">
      <ul>
        <li><a href="/">Start</a></li>
        <li><a href="/kommun-och-politik">Kommun och politik</a></li>
        <li><a href="/bo-och-bygga">Bo och bygga</a></li>
        <li><a href="/trafik">Trafik och gator</a></li>
        <li><a href="/kontakt">Kontakt</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Du är här">
    <ol>
      <li><a href="/">Start</a> &rsaquo;</li>
      <li><a href="/kommun-och-politik">Kommun och politik</a> &rsaquo;</li>
      <li><a href="/kommun-och-politik/styrdokument">Styrdokument</a> &rsaquo;</li>
      <li aria-current="page">{RG["title"]}</li>
    </ol>
  </nav>
  <main id="main">
    <article>
      <h1>{RG["title"]}</h1>
      <p class="meta">{RG["m1"]}</p>
      <h2>{RG["h1"]}</h2>
      <p>{RG["1"]}</p>
      <p>{RG["2"]}</p>
      <ol>
{li(RG_OL)}
      </ol>
      <h2>{RG["h2"]}</h2>
      <p>{RG["3"]}</p>
      <h2>{RG["h3"]}</h2>
      <p>{RG["4"]}</p>
      <ul>
{li(RG_UL)}
      </ul>
      <h2>{RG["h4"]}</h2>
      <p>{RG["5"]}</p>
      <p>{RG["6"]}</p>
      <p class="updated">{RG["m2"]}</p>
    </article>
  </main>
  <footer class="site-footer">
    <p>Ljungmarks kommun | Storgatan 4, 572 31 Ljungmark | Telefon 0490-170 00 | \
kommun@ljungmark.example</p>
    <p>© Ljungmarks kommun 2026</p>
  </footer>
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Kakor">
    <p>Ljungmark.se sparar kakor för besöksstatistik och för att minnas dina val.</p>
    <button type="button">Godkänn alla kakor</button>
    <button type="button">Endast nödvändiga</button>
  </div>
</body>
</html>
"""

# --- (d) delegationsordning, a Word file converted to OpenDocument ---------------------------

D = "w49-x-delegation"
SN, BK = "socialnämnd", "brattforsa kommun"
DG = {
    "title": "Socialnämndens delegationsordning i Brattforsa kommun",
    "m1": "Beslutad av socialnämnden 2026-01-21, § 4",
    "h1": "Allmän del",
    "h2": "Delegationens innebörd",
    "1": "Genom delegation överlåter socialnämnden sin beslutanderätt till en delegat. "
         "Delegatens beslut har samma rättsverkan som ett beslut av nämnden.",
    "h3": "Anmälan av beslut",
    "2": "Delegaten är skyldig att anmäla fattade beslut till nämnden. Anmälan görs till "
         "nämndens nästkommande sammanträde, om inte annat anges i förteckningen.",
    "h4": "Vidaredelegation och jäv",
    "3": "Förvaltningschefen ges i vissa fall rätt att vidaredelegera beslutanderätt. Sådan "
         "vidaredelegation ska anmälas till nämnden.",
    "4": "En jävig delegat får inte besluta i ärendet, utan ärendet ska då "
         "överlämnas till nämnden.",
    "h5": "Delegationsförteckning",
    "5": "Tabellen nedan är uppdelad efter ärendegrupp.",
    "6": "Ändringar i delegationsordningen beslutas av socialnämnden.",
}
DG_TABLE = [
    ("Nr", "Ärende", "Delegat", "Anmärkning"),
    ("1.1", "Beslut om ekonomiskt bistånd enligt 4 kap. 1 § SoL", "Socialsekreterare",
     "Upp till ett prisbasbelopp"),
    ("1.2", "Beslut om ekonomiskt bistånd utöver ett prisbasbelopp", "Enhetschef", ""),
    ("1.3", "Beslut om att inleda utredning enligt 11 kap. 1 § SoL", "Socialsekreterare",
     "Beslutet ska dokumenteras i akten"),
    ("1.4", "Beslut om nedsättning av hemtjänstavgift", "Avgiftshandläggare",
     "Nämnden fastställer taxan"),
    ("2.1", "Yttrande i mål hos förvaltningsrätten om ekonomiskt bistånd", "Enhetschef", ""),
]


def dg_row(row):
    return " ".join(cell for cell in row[1:] if cell)


SSK = ("Socialsekreterare", "socialsekreterare", TJP)
ENH = ("Enhetschef", "enhetschef", TJP)
DELEGATION = [
    rec("title", DG["title"], [("Socialnämndens", SN, POL), ("Brattforsa kommun", BK, ORG)],
        doc=D, kind="heading"),
    rec("m1", DG["m1"], [("socialnämnden", SN, POL)], doc=D),
    rec("h1", DG["h1"], doc=D, kind="heading"),
    rec("h2", DG["h2"], doc=D, kind="heading", parent="h1"),
    rec("1", DG["1"], [("socialnämnden", SN, POL), ("delegat", "delegat", TJP),
                       ("Delegatens", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [pres("överlåter", "överlåta"), HAR],
        [st(SN, "socialnämnden", "none", None, "överlåta", "överlåter",
            "sin beslutanderätt till en delegat")], doc=D, parent="h2"),
    rec("h3", DG["h3"], doc=D, kind="heading", parent="h1"),
    rec("2", DG["2"], [("Delegaten", "delegat", TJP), ("nämnden", "nämnd", POL),
                       ("nämndens", "nämnd", POL)],
        [AR, inf("anmäla"), pres("görs", "göra", "pass"), pres("anges", "ange", "pass")],
        [st("delegat", "Delegaten", "obligation", "är skyldig att", "anmäla", "anmäla",
            "fattade beslut till nämnden")],
        conditions=["om inte annat anges i förteckningen"], doc=D, parent="h3"),
    rec("h4", DG["h4"], doc=D, kind="heading", parent="h1"),
    rec("3", DG["3"], [("Förvaltningschefen", "förvaltningschef", TJP), ("nämnden", "nämnd", POL)],
        [pres("ges", "ge", "pass"), inf("vidaredelegera"), SKA,
         inf("anmälas", "anmäla", "pass")],
        [st("förvaltningschef", "Förvaltningschefen", "permission", "ges rätt att",
            "vidaredelegera", "vidaredelegera", "beslutanderätt"),
         st(None, None, "obligation", "ska", "anmäla", "anmälas", "Sådan vidaredelegation",
            passive=True)], doc=D, parent="h4"),
    rec("4", DG["4"], [("delegat", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [FAR, inf("besluta"), SKA, inf("överlämnas", "överlämna", "pass")],
        [st("delegat", "delegat", "prohibition", "får inte", "besluta", "besluta",
            "i ärendet", negated=True),
         st(None, None, "obligation", "ska", "överlämna", "överlämnas", "ärendet",
            passive=True)], doc=D, parent="h4"),
    rec("h5", DG["h5"], doc=D, kind="heading"),
    rec("5", DG["5"], verbs=[AR], doc=D, parent="h5"),
    rec("t0", " ".join(DG_TABLE[0]), doc=D, kind="heading", parent="h5"),
    rec("1.1", dg_row(DG_TABLE[1]), [SSK], conditions=["enligt 4 kap. 1 § SoL"], doc=D,
        parent="h5", label="1.1"),
    rec("1.2", dg_row(DG_TABLE[2]), [ENH], doc=D, parent="h5", label="1.2"),
    rec("1.3", dg_row(DG_TABLE[3]), [SSK], [inf("inleda"), SKA,
                                            inf("dokumenteras", "dokumentera", "pass")],
        [st(None, None, "obligation", "ska", "dokumentera", "dokumenteras", "Beslutet",
            passive=True)], conditions=["enligt 11 kap. 1 § SoL"], doc=D, parent="h5",
        label="1.3"),
    rec("1.4", dg_row(DG_TABLE[4]), [("Avgiftshandläggare", "avgiftshandläggare", TJP),
                                     ("Nämnden", "nämnd", POL)],
        [pres("fastställer", "fastställa")],
        [st("nämnd", "Nämnden", "none", None, "fastställa", "fastställer", "taxan")], doc=D,
        parent="h5", label="1.4"),
    rec("2.1", dg_row(DG_TABLE[5]), [("förvaltningsrätten", "förvaltningsrätt", EXT), ENH],
        doc=D, parent="h5", label="2.1"),
    rec("6", DG["6"], [("socialnämnden", SN, POL)], [pres("beslutas", "besluta", "pass")],
        [st(SN, "socialnämnden", "none", None, "besluta", "beslutas",
            "Ändringar i delegationsordningen", passive=True)], doc=D, parent="h5"),
]


def write_delegation(path):
    document = docx.Document()
    document.add_paragraph(DG["title"], style="Title")
    document.add_paragraph(DG["m1"])
    document.add_heading(DG["h1"], level=1)
    for key in ("h2", "1", "h3", "2", "h4", "3", "4"):
        if key.startswith("h"):
            document.add_heading(DG[key], level=2)
        else:
            document.add_paragraph(DG[key])
    document.add_heading(DG["h5"], level=1)
    document.add_paragraph(DG["5"])
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in DG_TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    for cell in table.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True
    document.add_paragraph(DG["6"])
    document.save(path)


# --- (e) arbetsordning för styrelsen, Markdown -----------------------------------------------

D = "w49-x-arbetsordning"
ATA, RA = "älvmarks trafik ab", "region älvmark"
SO = "styrelsens ordförande"
AO_MD = """# Arbetsordning för styrelsen i Älvmarks Trafik AB

Fastställd av styrelsen 2026-05-12

## 1. Inledning

Arbetsordningen har antagits av styrelsen i Älvmarks Trafik AB (bolaget) enligt 8 kap. \
46 § aktiebolagslagen. Bolaget ägs av Region Älvmark och bedriver kollektivtrafik i \
regionens fyra kommuner.

## 2. Styrelsens uppgifter

**Övergripande ansvar.** Styrelsen ansvarar för bolagets trafikutbud, biljettsystem och \
fordonsflotta.

Styrelsen skall särskilt:

1. fastställa bolagets affärsplan och budget,
2. tillsätta och avsätta bolagets verkställande direktör,
3. årligen pröva verkställande direktörens lön och villkor,
4. säkerställa att bolaget har en tillfredsställande intern kontroll.

## 3. Ordföranden

Ordföranden planerar styrelsens möten och bevakar att ledamöterna fullgör sina uppgifter. \
Ordföranden bör hålla löpande kontakt med verkställande direktören.

## 4. Sammanträden

Styrelsen håller minst sju sammanträden varje kalenderår. Kallelse och underlag ska skickas \
ut till samtliga ledamöter fem arbetsdagar i förväg.

På varje ordinarie sammanträde ska följande ärenden behandlas:

- verkställande direktörens rapport,
- ekonomisk uppföljning,
- ärenden som ordföranden eller en ledamot har anmält.

Om en ledamot är jävig får ledamoten inte delta i handläggningen av ärendet.

Ordföranden samt bolagets VD ansvarar gemensamt för att styrelsens beslut protokollförs.

## 5. Beslutanderätt

| Ärende | Beslutas av |
|---|---|
| Investeringar över tio miljoner kronor | Styrelsen efter samråd med regionstyrelsen |
| Investeringar upp till tio miljoner kronor | Verkställande direktören |
| Upphandling av trafikavtal | Styrelsen |
"""
AO_P = {
    "1.1": ("Arbetsordningen har antagits av styrelsen i Älvmarks Trafik AB (bolaget) enligt "
            "8 kap. 46 § aktiebolagslagen. Bolaget ägs av Region Älvmark och "
            "bedriver kollektivtrafik i regionens fyra kommuner."),
    "2.1": ("Övergripande ansvar. Styrelsen ansvarar för bolagets trafikutbud, biljettsystem "
            "och fordonsflotta."),
    "3.1": ("Ordföranden planerar styrelsens möten och bevakar att ledamöterna fullgör sina "
            "uppgifter. Ordföranden bör hålla löpande kontakt med verkställande direktören."),
    "4.1": ("Styrelsen håller minst sju sammanträden varje kalenderår. Kallelse och underlag ska "
            "skickas ut till samtliga ledamöter fem arbetsdagar i förväg."),
    "4.3": "Om en ledamot är jävig får ledamoten inte delta i handläggningen av ärendet.",
    "4.4": "Ordföranden samt bolagets VD ansvarar gemensamt för att styrelsens beslut "
           "protokollförs.",
}
for value in AO_P.values():
    assert value.replace("Övergripande ansvar.", "**Övergripande ansvar.**") in AO_MD.replace(
        "\\\n", "").replace("\n", " "), value
AO_ITEMS = ["fastställa bolagets affärsplan och budget,",
            "tillsätta och avsätta bolagets verkställande direktör,",
            "årligen pröva verkställande direktörens lön och villkor,",
            "säkerställa att bolaget har en tillfredsställande intern kontroll."]
AO_AGENDA = ["verkställande direktörens rapport,", "ekonomisk uppföljning,",
             "ärenden som ordföranden eller en ledamot har anmält."]
STYR = ("Styrelsen", STY, POL)
VDF = ("verkställande direktörens", VD, TJP)


def ao_duty(letter, text, actors, verbs, aims, obj):
    return rec(f"2.2.{letter}", text, actors, [inf(aim) for aim in aims] + verbs,
               [st(STY, "Styrelsen", "obligation", "skall", aim, aim, obj) for aim in aims],
               doc=D, kind="list_item", parent="2.2", label=f"{'abcd'.index(letter) + 1}.")


def ao_agenda(letter, text, actors, verbs=()):
    return rec(f"4.2.{letter}", text, actors, verbs,
               [st(None, None, "obligation", "ska", "behandla", "behandlas", text.rstrip(",."),
                   passive=True)], doc=D, kind="list_item", parent="4.2", label="-")


ARBETSORDNING = [
    rec("title", "Arbetsordning för styrelsen i Älvmarks Trafik AB",
        [("styrelsen", STY, POL), ("Älvmarks Trafik AB", ATA, ORG)], doc=D, kind="heading"),
    rec("m1", "Fastställd av styrelsen 2026-05-12", [("styrelsen", STY, POL)], doc=D),
    rec("1", "Inledning", doc=D, kind="heading", label="1."),
    rec("1.1", AO_P["1.1"],
        [("styrelsen", STY, POL), ("Älvmarks Trafik AB", ATA, ORG), ("bolaget", ATA, ORG),
         ("Bolaget", ATA, ORG),
         ("Region Älvmark", RA, ORG), ("regionens", RA, ORG)],
        [HAR, sup("antagits", "anta", "pass"), pres("ägs", "äga", "pass"),
         pres("bedriver", "bedriva")],
        [st(STY, "styrelsen", "none", None, "anta", "antagits", "Arbetsordningen", passive=True,
            condition="enligt 8 kap. 46 § aktiebolagslagen"),
         st(RA, "Region Älvmark", "none", None, "äga", "ägs", "Bolaget", passive=True),
         st(ATA, "Bolaget", "none", None, "bedriva", "bedriver",
            "kollektivtrafik i regionens fyra kommuner")], doc=D, parent="1"),
    rec("2", "Styrelsens uppgifter", [("Styrelsens", STY, POL)], doc=D, kind="heading",
        label="2."),
    rec("2.1", AO_P["2.1"], [STYR, ("bolagets", ATA, ORG)],
        [pres("ansvarar", "ansvara")],
        [st(STY, "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för bolagets trafikutbud, biljettsystem och fordonsflotta")],
        doc=D, parent="2"),
    rec("2.2", "Styrelsen skall särskilt:", [STYR], [SKALL], doc=D, parent="2"),
    ao_duty("a", AO_ITEMS[0], [("bolagets", ATA, ORG)], [], ["fastställa"],
            "bolagets affärsplan och budget"),
    ao_duty("b", AO_ITEMS[1], [("bolagets", ATA, ORG), ("verkställande direktör", VD, TJP)], [],
            ["tillsätta", "avsätta"], "bolagets verkställande direktör"),
    ao_duty("c", AO_ITEMS[2], [VDF], [], ["pröva"], "verkställande direktörens lön och villkor"),
    ao_duty("d", AO_ITEMS[3], [("bolaget", ATA, ORG)], [HAR], ["säkerställa"],
            "att bolaget har en tillfredsställande intern kontroll"),
    rec("3", "Ordföranden", [("Ordföranden", SO, FTV)], doc=D, kind="heading", label="3."),
    rec("3.1", AO_P["3.1"],
        [("Ordföranden", SO, FTV), ("styrelsens", STY, POL), ("ledamöterna", "ledamot", FTV),
         ("Ordföranden", SO, FTV, 1), ("verkställande direktören", VD, TJP)],
        [pres("planerar", "planera"), pres("bevakar", "bevaka"), pres("fullgör", "fullgöra"), BOR,
         inf("hålla")],
        [st(SO, "Ordföranden", "none", None, "planera", "planerar", "styrelsens möten"),
         st(SO, "Ordföranden", "none", None, "bevaka", "bevakar",
            "att ledamöterna fullgör sina uppgifter"),
         st(SO, "Ordföranden", "recommendation", "bör", "hålla", "hålla",
            "löpande kontakt med verkställande direktören")], doc=D, parent="3"),
    rec("4", "Sammanträden", doc=D, kind="heading", label="4."),
    rec("4.1", AO_P["4.1"], [STYR, ("ledamöter", "ledamot", FTV)],
        [pres("håller", "hålla"), SKA, inf("skickas", "skicka", "pass")],
        [st(STY, "Styrelsen", "none", None, "hålla", "håller",
            "minst sju sammanträden varje kalenderår"),
         st(None, None, "obligation", "ska", "skicka", "skickas", "Kallelse och underlag",
            passive=True)], doc=D, parent="4"),
    rec("4.2", "På varje ordinarie sammanträde ska följande ärenden behandlas:", [],
        [SKA, inf("behandlas", "behandla", "pass")], doc=D, parent="4"),
    ao_agenda("a", AO_AGENDA[0], [VDF]),
    ao_agenda("b", AO_AGENDA[1], []),
    ao_agenda("c", AO_AGENDA[2], [("ordföranden", SO, FTV), ("ledamot", "ledamot", FTV)],
              [HAR, sup("anmält", "anmäla")]),
    rec("4.3", AO_P["4.3"], [("ledamot", "ledamot", FTV), ("ledamoten", "ledamot", FTV)],
        [AR, FAR, inf("delta")],
        [st("ledamot", "ledamoten", "prohibition", "får inte", "delta", "delta",
            "i handläggningen av ärendet", negated=True,
            condition="Om en ledamot är jävig")], doc=D, parent="4"),
    rec("4.4", AO_P["4.4"],
        [("Ordföranden", SO, FTV), ("bolagets", ATA, ORG), ("VD", VD, TJP),
         ("styrelsens", STY, POL)],
        [pres("ansvarar", "ansvara"), pres("protokollförs", "protokollföra", "pass")],
        [st(SO, "Ordföranden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att styrelsens beslut protokollförs"),
         st(VD, "VD", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "för att styrelsens beslut protokollförs")], doc=D, parent="4"),
    rec("5", "Beslutanderätt", doc=D, kind="heading", label="5."),
    rec("5.t0", "Ärende Beslutas av", doc=D, kind="heading", parent="5"),
    rec("5.t1", "Investeringar över tio miljoner kronor Styrelsen efter samråd med "
        "regionstyrelsen", [STYR, ("regionstyrelsen", "regionstyrelse", POL)],
        conditions=["efter samråd med regionstyrelsen"], doc=D, parent="5"),
    rec("5.t2", "Investeringar upp till tio miljoner kronor Verkställande direktören",
        [("Verkställande direktören", VD, TJP)], doc=D, parent="5"),
    rec("5.t3", "Upphandling av trafikavtal Styrelsen", [STYR], doc=D, parent="5"),
]


def soffice(source, target_suffix, out_dir):
    """Converts `source` with LibreOffice; the converted file's path."""
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if binary is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the .pdf and .odt sources")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([binary, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", target_suffix, "--outdir", str(out_dir), str(source)],
                       check=True, capture_output=True)
    return Path(out_dir) / f"{Path(source).stem}.{target_suffix}"


def write_sources(folder):
    folder = Path(folder)
    write_kommundirektor(folder / "w49-x-kommundirektor.docx")
    (folder / "w49-x-reglemente.html").write_text(RG_HTML, encoding="utf-8")
    (folder / "w49-x-arbetsordning.md").write_text(AO_MD, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_vdinstruktion(tmp / "w49-x-vdinstruktion.docx")
        shutil.copy(soffice(tmp / "w49-x-vdinstruktion.docx", "pdf", tmp),
                    folder / "w49-x-vdinstruktion.pdf")
        write_delegation(tmp / "w49-x-delegation.docx")
        shutil.copy(soffice(tmp / "w49-x-delegation.docx", "odt", tmp),
                    folder / "w49-x-delegation.odt")


RECORDS = [*KOMMUNDIREKTOR, *VDINSTRUKTION, *REGLEMENTE, *DELEGATION, *ARBETSORDNING]

if __name__ == "__main__":
    write_sources(sys.argv[1])
    write_jsonl(Path(sys.argv[1]) / "w49-x.jsonl", RECORDS)
