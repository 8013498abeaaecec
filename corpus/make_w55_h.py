"""Builds corpus/dev/w55-h.jsonl and the documents corpus/dev/w55-h-*.txt with their gold:
invented material for round 55, writer w55h (analysis 55b-ci R1, R2, R4).
(1) ci-R1: a one-word heading glued before a sentence whose subject is the heading's
definite form (`Valnämnd Valnämnden ska …`, `Personalutskott Personalutskottet får …`,
`Ersättare Ersättarna ska …`, `Valberedning Valberedningen föreslår …`) is cut. Negative: a
title before a personal name (`Ordförande Lisa Holm leder …`) is the subject.
(2) ci-R2: the page line after a line that ends in a page footer (`<date> <page>`) is a page
of the same flattened print: its content-word headings are cut (`Allmänna bestämmelser
Delegering Ordföranden får …`).
(3) ci-R4, ruling t7: a person's quotation running over two or three sentences
(`”… . Nämnden ska …” säger X`, `”… hur många uppgifter Sjöby kommun har. Det är …”, berättar
X`) states nothing and is not cut at a lost stop inside it. Negatives: a quoted rule over two
sentences attributed to a document (`”…”, enligt reglementet`) keeps its statements; marks
around words (`ska ”verka för” …`).
Gold by hand from docs/annotation.md §1, §2, §5 and round 55's rulings before the rules.
Offsets computed. Run: python corpus/make_w55_h.py corpus/dev"""

import sys

from records import AR, FAR, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

NONE, OBL, PERM = "none", "obligation", "permission"


def past(word, lemma):
    return (word, lemma, "past", "act")


def sup(word, lemma):
    return (word, lemma, "sup", "act")


# (1), (2) A flattened reglemente whose lines end in a page footer.
D = "w55-h-valnamnd"
VAL_L1 = ("REGLEMENTE FÖR VALNÄMNDEN I SJÖBY Nämnden fullgör kommunens uppgifter enligt "
          "vallagen. Valnämnd Valnämnden ska genomföra de allmänna valen i kommunen. "
          "Personalutskott Personalutskottet får besluta om arvoden till ledamöterna. "
          "2031-03-10 1")
VAL_L2 = ("Allmänna bestämmelser Delegering Ordföranden får besluta i brådskande ärenden på "
          "nämndens vägnar under perioder mellan nämndens ordinarie sammanträden. Ersättare Ersättarna ska underrätta sekreteraren vid förhinder. 2031-03-10 2")
VAL_L3 = ("Nämnden sammanträder minst fyra gånger per år i kommunhusets stora "
          "sammanträdesrum med möjlighet till deltagande på distans för ledamöter och "
          "ersättare. Ordförande Lisa Holm leder "
          "nämndens sammanträden. Valberedning Valberedningen föreslår ledamöter till "
          "presidiet.")
VAL_TEXT = f"{VAL_L1}\n{VAL_L2}\n{VAL_L3}\n"
VN = "valnämnd"
VNO = "valnämndens ordförande"
rec = records_for(D)
VAL = [
    rec("title", "REGLEMENTE FÖR VALNÄMNDEN I SJÖBY", [("VALNÄMNDEN", VN, POL)], kind="heading"),
    rec("p1", "Nämnden fullgör kommunens uppgifter enligt vallagen.",
        [("Nämnden", "nämnd", POL), ("kommunens", "kommun", ORG)],
        [pres("fullgör", "fullgöra")],
        [st("nämnd", "Nämnden", NONE, None, "fullgöra", "fullgör", "kommunens uppgifter")]),
    rec("h1", "Valnämnd", [("Valnämnd", VN, POL)], kind="heading"),
    rec("p2", "Valnämnden ska genomföra de allmänna valen i kommunen.",
        [("Valnämnden", VN, POL), ("kommunen", "kommun", ORG)], [SKA, inf("genomföra")],
        [st(VN, "Valnämnden", OBL, "ska", "genomföra", "genomföra", "de allmänna valen")],
        parent="h1"),
    rec("h2", "Personalutskott", [("Personalutskott", "personalutskott", POL)], kind="heading"),
    rec("p3", "Personalutskottet får besluta om arvoden till ledamöterna.",
        [("Personalutskottet", "personalutskott", POL), ("ledamöterna", "ledamot", FTV)],
        [FAR, inf("besluta")],
        [st("personalutskott", "Personalutskottet", PERM, "får", "besluta", "besluta",
            "om arvoden")], parent="h2"),
    rec("m1", "2031-03-10 1"),
    rec("h3", "Allmänna bestämmelser", kind="heading"),
    rec("h4", "Delegering", kind="heading", parent="h3"),
    rec("p4", "Ordföranden får besluta i brådskande ärenden på nämndens vägnar under perioder "
        "mellan nämndens ordinarie sammanträden.",
        [("Ordföranden", VNO, FTV), ("nämndens", "nämnd", POL), ("nämndens", "nämnd", POL, 1)],
        [FAR, inf("besluta")],
        [st(VNO, "Ordföranden", PERM, "får", "besluta", "besluta", "i brådskande ärenden")],
        parent="h4"),
    rec("h5", "Ersättare", [("Ersättare", "ersättare", FTV)], kind="heading", parent="h3"),
    rec("p5", "Ersättarna ska underrätta sekreteraren vid förhinder.",
        [("Ersättarna", "ersättare", FTV), ("sekreteraren", "sekreterare", TJP)],
        [SKA, inf("underrätta")],
        [st("ersättare", "Ersättarna", OBL, "ska", "underrätta", "underrätta",
            "sekreteraren")], parent="h5"),
    rec("m2", "2031-03-10 2"),
    rec("p6", "Nämnden sammanträder minst fyra gånger per år i kommunhusets stora "
        "sammanträdesrum med möjlighet till deltagande på distans för ledamöter och "
        "ersättare. Ordförande Lisa Holm leder nämndens sammanträden.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("Ordförande", VNO, FTV), ("nämndens", "nämnd", POL)],
        [pres("sammanträder", "sammanträda"), pres("leder", "leda")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", None),
         st(VNO, "Ordförande", NONE, None, "leda", "leder", "nämndens sammanträden")],
        parent="h5"),
    rec("h6", "Valberedning", [("Valberedning", "valberedning", POL)], kind="heading",
        parent="h3"),
    rec("p7", "Valberedningen föreslår ledamöter till presidiet.",
        [("Valberedningen", "valberedning", POL), ("ledamöter", "ledamot", FTV),
         ("presidiet", "presidium", POL)],
        [pres("föreslår", "föreslå")],
        [st("valberedning", "Valberedningen", NONE, None, "föreslå", "föreslår",
            "ledamöter")], parent="h6"),
]

# (3) A news page with quotations over several sentences.
D = "w55-h-nyhet"
NY_TITLE = "Nyheter i korthet"
NY_1 = ("”Vi har fått mycket gjort i år. Nämnden ska nu satsa på fler vallokaler” säger "
        "Eva Lind.")
NY_2 = ("”Jag ser varje dag hur många uppgifter Sjöby kommun har. Det är ett stort "
        "ansvar”, berättar Per Ek.")
NY_3 = ("”Nämnden får inte fatta beslut utan underlag. Den ska också följa varje beslut”, "
        "säger ordföranden.")
NY_4 = ("”Valet var lyckat. Valnämnden ska utvärdera arbetet. Vi vill bli ännu bättre”, "
        "menar Anna Berg.")
NY_5 = ("”Nämnden ska anta en valplan. Förvaltningschefen ska bistå nämnden i arbetet”, "
        "enligt reglementet.")
NY_6 = ("Kommunen ska ”verka för” ett högt valdeltagande. Valnämnden ska informera om "
        "förtidsröstning.")
NY_TEXT = f"{NY_TITLE}\n\n" + "\n\n".join((NY_1, NY_2, NY_3, NY_4, NY_5, NY_6)) + "\n"
SK = "sjöby kommun"
rec = records_for(D, check_texts=True)
NY = [
    rec("title", NY_TITLE, kind="heading"),
    rec("1", NY_1, [("Nämnden", "nämnd", POL)],
        [pres("har", "ha"), sup("fått", "få"), SKA, inf("satsa"), pres("säger", "säga")]),
    rec("2", NY_2, [("Sjöby kommun", SK, ORG)],
        [pres("ser", "se"), pres("har", "ha"), AR, pres("berättar", "berätta")]),
    rec("3", NY_3, [("Nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV)],
        [FAR, inf("fatta"), SKA, inf("följa"), pres("säger", "säga")],
        [st("ordförande", "ordföranden", NONE, None, "säga", "säger", None)]),
    rec("4", NY_4, [("Valnämnden", VN, POL)],
        [past("var", "vara"), SKA, inf("utvärdera"), pres("vill", "vilja"), inf("bli"),
         pres("menar", "mena")]),
    rec("5", NY_5, [("Nämnden", "nämnd", POL), ("Förvaltningschefen", "förvaltningschef", TJP),
                    ("nämnden", "nämnd", POL)],
        [SKA, inf("anta"), ("ska", "skola", "pres", "act", 1), inf("bistå")],
        [st("nämnd", "Nämnden", OBL, "ska", "anta", "anta", "en valplan"),
         st("förvaltningschef", "Förvaltningschefen", OBL, "ska", "bistå", "bistå",
            "nämnden")]),
    rec("6", NY_6, [("Kommunen", "kommun", ORG), ("Valnämnden", VN, POL)],
        [SKA, inf("verka"), ("ska", "skola", "pres", "act", 1), inf("informera")],
        [st("kommun", "Kommunen", OBL, "ska", "verka", "verka", "ett högt valdeltagande"),
         st(VN, "Valnämnden", OBL, "ska", "informera", "informera", "om förtidsröstning")]),
]

if __name__ == "__main__":
    write_part(sys.argv[1], "w55-h", {
        "w55-h-valnamnd": (VAL_TEXT, VAL), "w55-h-nyhet": (NY_TEXT, NY),
    })
