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

from records import AR, FAR, FORV, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
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

# (2) A flattened delegation order: page 1's line ends in a footer (`<name> <date> N`);
# the line after a footer has content-word headings only (no closed-class word, no
# repeated subject).
D = "w55-h-gata"
GATA_L1 = ("DELEGATIONSORDNING FÖR GATUNÄMNDEN I SJÖBY Gatunämnden får överlåta "
           "beslutanderätt i ärenden av löpande karaktär till arbetsutskottet eller till en "
           "tjänsteperson på gatuförvaltningen enligt förteckningen nedan. "
           "Delegationsordning 2031-05-02 1")
GATA_L2 = ("Särskilda regler Brådskande ärenden Ordföranden får besluta i ärenden som inte tål "
           "dröjsmål till nämndens nästa ordinarie möte. Anmälan av delegationsbeslut "
           "Förvaltningschefen ska anmäla fattade beslut till nämnden vid närmast följande "
           "sammanträde. Avtal om tjänster Förvaltningschefen får teckna avtal och göra inköp "
           "inom ramen för nämndens budget och gällande upphandlingsregler. Personalfrågor "
           "Avdelningscheferna får anställa personal inom sitt ansvarsområde efter samråd med "
           "förvaltningschefen.")
GATA_TEXT = f"{GATA_L1}\n{GATA_L2}\n"
GN, GNO, FC = "gatunämnd", "gatunämndens ordförande", "förvaltningschef"
rec = records_for(D)
GATA = [
    rec("title", "DELEGATIONSORDNING FÖR GATUNÄMNDEN I SJÖBY", [("GATUNÄMNDEN", GN, POL)],
        kind="heading"),
    rec("p1", GATA_L1[43:GATA_L1.index(" Delegationsordning 2031")],
        [("Gatunämnden", GN, POL), ("arbetsutskottet", "arbetsutskott", POL),
         ("tjänsteperson", "tjänsteperson", TJP), ("gatuförvaltningen", "gatuförvaltning", FORV)],
        [FAR, inf("överlåta")],
        [st(GN, "Gatunämnden", PERM, "får", "överlåta", "överlåta", "beslutanderätt")]),
    rec("m1", "Delegationsordning 2031-05-02 1"),
    rec("h1", "Särskilda regler", kind="heading"),
    rec("h2", "Brådskande ärenden", kind="heading", parent="h1"),
    rec("p2", "Ordföranden får besluta i ärenden som inte tål dröjsmål till nämndens nästa "
        "ordinarie möte.", [("Ordföranden", GNO, FTV), ("nämndens", "nämnd", POL)],
        [FAR, inf("besluta"), pres("tål", "tåla")],
        [st(GNO, "Ordföranden", PERM, "får", "besluta", "besluta", "i ärenden")], parent="h2"),
    rec("h3", "Anmälan av delegationsbeslut", kind="heading", parent="h1"),
    rec("p3", "Förvaltningschefen ska anmäla fattade beslut till nämnden vid närmast följande "
        "sammanträde.", [("Förvaltningschefen", FC, TJP), ("nämnden", "nämnd", POL)],
        [SKA, inf("anmäla")],
        [st(FC, "Förvaltningschefen", OBL, "ska", "anmäla", "anmäla", "fattade beslut")],
        parent="h3"),
    rec("h5", "Avtal om tjänster", kind="heading", parent="h1"),
    rec("p4", "Förvaltningschefen får teckna avtal och göra inköp inom ramen för nämndens "
        "budget och gällande upphandlingsregler.",
        [("Förvaltningschefen", FC, TJP), ("nämndens", "nämnd", POL)],
        [FAR, inf("teckna"), inf("göra")],
        [st(FC, "Förvaltningschefen", PERM, "får", "teckna", "teckna", "avtal"),
         st(FC, "Förvaltningschefen", PERM, "får", "göra", "göra", "inköp")], parent="h5"),
    rec("h6", "Personalfrågor", kind="heading", parent="h1"),
    rec("p5", "Avdelningscheferna får anställa personal inom sitt ansvarsområde efter samråd "
        "med förvaltningschefen.",
        [("Avdelningscheferna", "avdelningschef", TJP), ("personal", "personal", TJP),
         ("förvaltningschefen", FC, TJP)],
        [FAR, inf("anställa")],
        [st("avdelningschef", "Avdelningscheferna", PERM, "får", "anställa", "anställa",
            "personal")], parent="h6"),
]

# (2b) A reglemente printed the same way, its footer a document name and a date.
D = "w55-h-park"
PARK_L1 = ("REGLEMENTE FÖR PARKNÄMNDEN I SJÖBY Parknämnden ansvarar för skötseln av kommunens "
           "parker, planteringar och lekplatser i tätorterna och för tillsynen över de "
           "allmänna badplatserna vid sjöarna under sommarsäsongen. Reglemente för "
           "parknämnden 2031-08-20 1")
PARK_L2 = ("Ekonomisk förvaltning Parknämnden ska varje år upprätta en plan för underhållet av "
           "lekplatserna och redovisa planen för kommunstyrelsen. Handlingar "
           "Nämndsekreteraren "
           "ska vårda nämndens handlingar enligt arkivlagen och kommunens dokumenthanteringsplan. "
           "Uppföljning under året Förvaltningschefen får begära in rapporter om verksamhetens "
           "kostnader från enheterna.")
PARK_TEXT = f"{PARK_L1}\n{PARK_L2}\n"
PN = "parknämnd"
rec = records_for(D)
PARK = [
    rec("title", "REGLEMENTE FÖR PARKNÄMNDEN I SJÖBY", [("PARKNÄMNDEN", PN, POL)],
        kind="heading"),
    rec("p1", PARK_L1[35:PARK_L1.index(" Reglemente för parknämnden")],
        [("Parknämnden", PN, POL), ("kommunens", "kommun", ORG)],
        [pres("ansvarar", "ansvara")],
        [st(PN, "Parknämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "skötseln av kommunens parker, planteringar och lekplatser i tätorterna")]),
    rec("m1", "Reglemente för parknämnden 2031-08-20 1",
        [("parknämnden", PN, POL)]),
    rec("h1", "Ekonomisk förvaltning", kind="heading"),
    rec("p2", "Parknämnden ska varje år upprätta en plan för underhållet av lekplatserna och "
        "redovisa planen för kommunstyrelsen.",
        [("Parknämnden", PN, POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [SKA, inf("upprätta"), inf("redovisa")],
        [st(PN, "Parknämnden", OBL, "ska", "upprätta", "upprätta", "en plan"),
         st(PN, "Parknämnden", OBL, "ska", "redovisa", "redovisa", "planen")], parent="h1"),
    rec("h2", "Handlingar", kind="heading"),
    rec("p3", "Nämndsekreteraren ska vårda nämndens handlingar enligt arkivlagen och kommunens "
        "dokumenthanteringsplan.",
        [("Nämndsekreteraren", "nämndsekreterare", TJP), ("nämndens", "nämnd", POL),
         ("kommunens", "kommun", ORG)],
        [SKA, inf("vårda")],
        [st("nämndsekreterare", "Nämndsekreteraren", OBL, "ska", "vårda", "vårda",
            "nämndens handlingar")], parent="h2"),
    rec("h3", "Uppföljning under året", kind="heading"),
    rec("p4", "Förvaltningschefen får begära in rapporter om verksamhetens kostnader från "
        "enheterna.", [("Förvaltningschefen", "förvaltningschef", TJP),
                       ("enheterna", "enhet", FORV)],
        [FAR, inf("begära")],
        [st("förvaltningschef", "Förvaltningschefen", PERM, "får", "begära", "begära",
            "rapporter om verksamhetens kostnader")], parent="h3"),
]

# (3) A news page with quotations over several sentences.
D = "w55-h-nyhet"
NY_TITLE = "Nyheter i korthet"
NY_1 = ("”Vi har fått mycket gjort i år. Nämnden ska nu satsa på fler vallokaler” säger "
        "Eva Lind.")
NY_2 = ("”När jag reser runt och ser hur många anställda Åsen kommun har blir det tydligt "
        "vilket ansvar vi bär. Det är ett stort uppdrag för alla som arbetar i förvaltningen "
        "och i bolagen, men också roligt att få vara med”, berättar Per Ek.")
NY_3 = ("”Nämnden får inte fatta beslut utan underlag. Den ska också följa varje beslut”, "
        "säger ordföranden.")
NY_4 = ("”Valet var lyckat. Valnämnden ska utvärdera arbetet. Vi vill bli ännu bättre”, "
        "menar Anna Berg.")
NY_5 = ("”Nämnden ska anta en valplan. Förvaltningschefen ska bistå nämnden i arbetet”, "
        "enligt reglementet.")
NY_6 = ("Styrelsen ska ”verka för” ett högt valdeltagande. Valnämnden ska informera om "
        "förtidsröstning.")
NY_7 = ("”Varje gång jag åker runt och möter alla medarbetare Dalen kommun har förstår jag "
        "hur stort uppdraget är. Nämnden ska ta ansvar för goda villkor för dem som arbetar i "
        "skolor, vård och omsorg”, menar Eva Holm.")
NY_TEXT = f"{NY_TITLE}\n\n" + "\n\n".join((NY_1, NY_2, NY_3, NY_4, NY_5, NY_6, NY_7)) + "\n"
rec = records_for(D, check_texts=True)
NY = [
    rec("title", NY_TITLE, kind="heading"),
    rec("1", NY_1, [("Nämnden", "nämnd", POL)],
        [pres("har", "ha"), sup("fått", "få"), SKA, inf("satsa"), pres("säger", "säga")]),
    rec("2", NY_2, [("anställda", "anställd", TJP), ("Åsen kommun", "åsen kommun", ORG),
                    ("förvaltningen", "förvaltning", FORV), ("bolagen", "bolag", ORG)],
        [pres("reser", "resa"), pres("ser", "se"), pres("har", "ha"), pres("blir", "bli"),
         pres("bär", "bära"), AR, pres("arbetar", "arbeta"), inf("få"), inf("vara"),
         pres("berättar", "berätta")]),
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
    rec("6", NY_6, [("Styrelsen", "styrelse", POL), ("Valnämnden", VN, POL)],
        [SKA, inf("verka"), ("ska", "skola", "pres", "act", 1), inf("informera")],
        [st("styrelse", "Styrelsen", OBL, "ska", "verka", "verka", "ett högt valdeltagande"),
         st(VN, "Valnämnden", OBL, "ska", "informera", "informera", "om förtidsröstning")]),
    rec("7", NY_7, [("medarbetare", "medarbetare", TJP), ("Dalen kommun", "dalen kommun", ORG),
                    ("Nämnden", "nämnd", POL)],
        [pres("åker", "åka"), pres("möter", "möta"), pres("har", "ha"),
         pres("förstår", "förstå"), AR, SKA, inf("ta"), pres("arbetar", "arbeta"),
         pres("menar", "mena")]),
]

if __name__ == "__main__":
    write_part(sys.argv[1], "w55-h", {
        "w55-h-valnamnd": (VAL_TEXT, VAL), "w55-h-gata": (GATA_TEXT, GATA),
        "w55-h-park": (PARK_TEXT, PARK),
        "w55-h-nyhet": (NY_TEXT, NY),
    })
