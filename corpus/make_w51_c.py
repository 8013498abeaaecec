"""Builds corpus/dev/w51-c.jsonl and the documents corpus/dev/w51-c-*.txt with their gold:
invented material for round 51, writer c (verb groups and coordination: analysis 51-by C1, C3,
51-bx C5, 51-w50y D, E). `w51-c-forbund` (a förbundsordning): a modal, two comma insertions
(the second with an extended attribute `annan för X tillämplig/gällande <noun>`), then the
infinitive, once as a lead-in over list items and once as a sentence. `w51-c-reglemente` (a
nämnd's reglemente): a bare infinitive after `och därvid` / `och samtidigt` in an `att`-aim; a
finite `genomför`/`utför` after `och` closing a series of present verbs; a subject
`<noun> om att <infinitive …>` before an s-passive with an `av`-agent; `och att själv(a)
<infinitive>`; negatives (a noun in -a after `och`, attributive participles, an agentless
passive after `om att`). Gold by hand from docs/annotation.md §2, §5 before the rules.
Offsets computed. Run: python corpus/make_w51_c.py corpus/dev"""

import sys

from records import (
    AR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w51-c", conditions_from_statements=True)


def item(cid, text, statements, *, doc, parent):
    """A bulleted list item without actors of its own."""
    return rec(cid, text, (), (), statements, doc=doc, kind="list_item", parent=parent,
               label="•")


D = "w51-c-forbund"
DIR = "direktion"
FB_TITLE = "Förbundsordning"
FB_H1 = "Direktionens uppgifter"
FB_1 = ("Direktionen ska, inom ramen för beslutad budget, i överensstämmelse med skollagen och "
        "annan för utbildningen tillämplig författning, erbjuda undervisning inom:")
FB_ITEMS = ["gymnasieskola,", "kommunal vuxenutbildning,", "yrkeshögskola."]
FB_2 = ("Direktionen får, efter samråd med rektorerna, med stöd av lagen och annan för "
        "upphandlingen gällande föreskrift, teckna ramavtal om skolskjuts.")
FB_3 = ("Förbundschefen ska, efter beslut i direktionen, i enlighet med arbetsmiljölagen och "
        "andra för personalen gällande bestämmelser, leda kansliets arbete.")
FB_TEXT = (f"{FB_TITLE}\n\n{FB_H1}\n\n{FB_1}\n\n"
           + "\n".join(f"• {x}" for x in FB_ITEMS) + f"\n\n{FB_2}\n\n{FB_3}\n")


def fb_item(n, text):
    return item(f"1.{n}", text,
                [st(DIR, "Direktionen", "obligation", "ska", "erbjuda", "erbjuda",
                    text.rstrip(",."))], doc=D, parent="1")


FORBUND = [
    rec("title", FB_TITLE, kind="heading", doc=D),
    rec("h1", FB_H1, [("Direktionens", DIR, POL)], kind="heading", doc=D),
    rec("1", FB_1, [("Direktionen", DIR, POL)], [SKA, inf("erbjuda")], doc=D, parent="h1"),
    *(fb_item(n, text) for n, text in zip("abc", FB_ITEMS, strict=True)),
    rec("2", FB_2, [("Direktionen", DIR, POL), ("rektorerna", "rektor", TJP)],
        [FAR, inf("teckna")],
        [st(DIR, "Direktionen", "permission", "får", "teckna", "teckna", "ramavtal om skolskjuts",
            condition="efter samråd med rektorerna")], doc=D, parent="h1"),
    rec("3", FB_3, [("Förbundschefen", "förbundschef", TJP), ("direktionen", DIR, POL),
                    ("personalen", "personal", TJP), ("kansliets", "kansli", FORV)],
        [SKA, inf("leda")],
        [st("förbundschef", "Förbundschefen", "obligation", "ska", "leda", "leda",
            "kansliets arbete", condition="efter beslut i direktionen")], doc=D, parent="h1"),
]

D = "w51-c-reglemente"
MN = "miljönämnd"
RG_TITLE = "Reglemente för miljönämnden"
RG = [
    # C3: a bare infinitive after `och därvid` / `och samtidigt` in an att-aim
    ("Miljönämnden ansvarar för att bevaka luftkvaliteten i tätorterna och därvid redovisa "
     "mätresultaten på webbplatsen."),
    ("Kulturnämnden har till uppgift att främja det lokala kulturlivet och samtidigt vårda "
     "konstsamlingen i stadshuset."),
    ("Gatunämnden ansvarar för att planera gator, torg och parker ur ett långsiktigt "
     "trafiksäkerhetsperspektiv och därvid samverka med polisen."),
    ("Fritidsnämnden ansvarar för att utveckla idrottsanläggningarna och badhusen ur ett brett "
     "jämlikhetsperspektiv och därvid samordna bokningen med föreningarna."),
    # NEG: a noun in -a after `och`
    "Barn- och utbildningsnämnden ansvarar för att driva förskola och fritidshem i tätorterna.",
    # bx-C5: finite `genomför` / `utför` after `och`
    ("Miljöförvaltningen registrerar anmälningar, utreder klagomål och genomför inspektioner "
     "på plats."),
    "Kansliet sammanställer protokollen och utför kontroller av närvaron.",
    # NEG: attributive participles
    "Nämnden utvärderar genomförda och påbörjade åtgärder varje år.",
    # w50y-D: `<noun> om att <inf …>` + s-passive + `av`-agent
    "Beslut om att stänga en badplats fattas av fritidschefen.",
    "Begäran om att få ta del av en allmän handling prövas av registratorn.",
    # NEG: no agent
    "Beslut om att stänga en badplats ska dokumenteras i ärendet.",
    # w50y-E: `och att själv(a) <inf>`
    ("Förvaltningschefen har rätt att vidaredelegera sin beslutanderätt och att själv pröva "
     "ärenden av principiell art."),
    ("Revisorerna är skyldiga att granska räkenskaperna och att själva begära in de handlingar "
     "som granskningen kräver."),
]
RG_TEXT = RG_TITLE + "\n\n" + "\n\n".join(RG) + "\n"
BUN = "barn- och utbildningsnämnd"
KUN = "kulturnämnd"
MF = "miljöförvaltning"
FC = "förvaltningschef"
REGLEMENTE = [
    rec("title", RG_TITLE, [("miljönämnden", MN, POL)], kind="heading", doc=D),
    rec("1", RG[0], [("Miljönämnden", MN, POL)],
        [pres("ansvarar", "ansvara"), inf("bevaka"), inf("redovisa")],
        [st(MN, "Miljönämnden", "responsibility", "ansvarar för", "bevaka", "bevaka",
            "luftkvaliteten i tätorterna"),
         st(MN, "Miljönämnden", "responsibility", "ansvarar för", "redovisa", "redovisa",
            "mätresultaten på webbplatsen")], doc=D),
    rec("2", RG[1], [("Kulturnämnden", KUN, POL)], [HAR, inf("främja"), inf("vårda")],
        [st(KUN, "Kulturnämnden", "obligation", "har till uppgift att", "främja", "främja",
            "det lokala kulturlivet"),
         st(KUN, "Kulturnämnden", "obligation", "har till uppgift att", "vårda", "vårda",
            "konstsamlingen i stadshuset")], doc=D),
    rec("2b", RG[2], [("Gatunämnden", "gatunämnd", POL), ("polisen", "polis", EXT)],
        [pres("ansvarar", "ansvara"), inf("planera"), inf("samverka")],
        [st("gatunämnd", "Gatunämnden", "responsibility", "ansvarar för", "planera", "planera",
            "gator, torg och parker ur ett långsiktigt trafiksäkerhetsperspektiv"),
         st("gatunämnd", "Gatunämnden", "responsibility", "ansvarar för", "samverka", "samverka",
            "med polisen")], doc=D),
    rec("2c", RG[3], [("Fritidsnämnden", "fritidsnämnd", POL), ("föreningarna", "förening", ORG)],
        [pres("ansvarar", "ansvara"), inf("utveckla"), inf("samordna")],
        [st("fritidsnämnd", "Fritidsnämnden", "responsibility", "ansvarar för", "utveckla",
            "utveckla", "idrottsanläggningarna och badhusen ur ett brett jämlikhetsperspektiv"),
         st("fritidsnämnd", "Fritidsnämnden", "responsibility", "ansvarar för", "samordna",
            "samordna", "bokningen med föreningarna")], doc=D),
    rec("3", RG[4], [("Barn- och utbildningsnämnden", BUN, POL)],
        [pres("ansvarar", "ansvara"), inf("driva")],
        [st(BUN, "Barn- och utbildningsnämnden", "responsibility", "ansvarar för", "driva",
            "driva", "förskola och fritidshem i tätorterna")], doc=D),
    rec("4", RG[5], [("Miljöförvaltningen", MF, FORV)],
        [pres("registrerar", "registrera"), pres("utreder", "utreda"),
         pres("genomför", "genomföra")],
        [st(MF, "Miljöförvaltningen", "none", None, "registrera", "registrerar", "anmälningar"),
         st(MF, "Miljöförvaltningen", "none", None, "utreda", "utreder", "klagomål"),
         st(MF, "Miljöförvaltningen", "none", None, "genomföra", "genomför",
            "inspektioner på plats")], doc=D),
    rec("5", RG[6], [("Kansliet", "kansli", FORV)],
        [pres("sammanställer", "sammanställa"), pres("utför", "utföra")],
        [st("kansli", "Kansliet", "none", None, "sammanställa", "sammanställer",
            "protokollen"),
         st("kansli", "Kansliet", "none", None, "utföra", "utför", "kontroller av närvaron")],
        doc=D),
    rec("6", RG[7], [("Nämnden", "nämnd", POL)], [pres("utvärderar", "utvärdera")],
        [st("nämnd", "Nämnden", "none", None, "utvärdera", "utvärderar",
            "genomförda och påbörjade åtgärder varje år")], doc=D),
    rec("7", RG[8], [("fritidschefen", "fritidschef", TJP)],
        [inf("stänga"), pres("fattas", "fatta", "pass")],
        [st("fritidschef", "fritidschefen", "none", None, "fatta", "fattas",
            "Beslut om att stänga en badplats", passive=True)], doc=D),
    rec("8", RG[9], [("registratorn", "registrator", TJP)],
        [inf("få"), inf("ta"), pres("prövas", "pröva", "pass")],
        [st("registrator", "registratorn", "none", None, "pröva", "prövas",
            "Begäran om att få ta del av en allmän handling", passive=True)], doc=D),
    rec("9", RG[10], [], [inf("stänga"), SKA, inf("dokumenteras", "dokumentera", "pass")],
        [st(None, None, "obligation", "ska", "dokumentera", "dokumenteras", "i ärendet",
            passive=True)], doc=D),
    rec("10", RG[11], [("Förvaltningschefen", FC, TJP)],
        [HAR, inf("vidaredelegera"), inf("pröva")],
        [st(FC, "Förvaltningschefen", "permission", "har rätt att", "vidaredelegera",
            "vidaredelegera", "sin beslutanderätt"),
         st(FC, "Förvaltningschefen", "permission", "har rätt att", "pröva", "pröva",
            "ärenden av principiell art")], doc=D),
    rec("11", RG[12], [("Revisorerna", "revisor", FTV)],
        [AR, inf("granska"), inf("begära"), pres("kräver", "kräva")],
        [st("revisor", "Revisorerna", "obligation", "är skyldiga att", "granska", "granska",
            "räkenskaperna"),
         st("revisor", "Revisorerna", "obligation", "är skyldiga att", "begära", "begära",
            "in de handlingar som granskningen kräver")], doc=D),
]

DOCUMENTS = {"w51-c-forbund": (FB_TEXT, FORBUND), "w51-c-reglemente": (RG_TEXT, REGLEMENTE)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-c", DOCUMENTS)
