"""Builds corpus/dev/w55-a.jsonl and the documents corpus/dev/w55-a-*.txt with their gold:
invented material for round 55, writer w55a (analyses 55-cj C1, C3; 55-ci L1; 55-ch C5).
(1) cj-C1, ruling t1 (withdrawn by fix55i: round 14 and round 45 bj-C1 stand): its two-page
viewer prints (an attestation rule, a hospitality guideline, a federation's delegation order,
gold as one page clause each) were dropped. Kept, all read by round 14 / round 45 bj-C1:
a web page `2 Ansvar Rektorn ska …` without a viewer line (heading + paragraph); a viewer
transcript whose `1 Inledning …`, `2 Delegering …`, `3 Undantag …` lines are sections
(heading + paragraph each); a long viewer print `1 <Title> <date>`, `2 Innehållsförteckning
…`, `3 <Heading> 1 § …`, `4 …` without a running header: sections and `§` paragraphs.
(2) ci-L1: a flattened page whose line ends in a page footer (`<date> <page>`): the footer is
a clause of its own and the line is not joined to the next; stacked headings after a title in
capitals are cut (`Förutsättningar Delegering Miljönämnden får …`).
(3) ch-C5: a lead-in that points to links (`… finns mer information på X:s webbplats:`,
`… hittar du här:`, `Läs mer på …:`): the link line and the heading after it are headings, no
list items. Negative: a lead-in of office holders stays a list.
(4) cj-C3: an `Om <noun phrase>` heading glued before a sentence in a page line is a heading
(`3 (28) Om delegation i allmänhet Socialnämnden får …`). Negatives: conditional `Om` clauses
with a finite verb (`Om beslut inte kan avvaktas får ordföranden besluta`).
Gold by hand from docs/annotation.md §1, §2, §5 and round 55's rulings before the rules.
Offsets computed. Run: python corpus/make_w55_a.py corpus/dev"""

import sys

from records import AR, FAR, FORV, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

NONE, OBL, PERM, PROH = "none", "obligation", "permission", "prohibition"
KF, KS = "kommunfullmäktige", "kommunstyrelse"

# (1d) Negative: a web page of numbered sections, no viewer line: `2 Ansvar Rektorn ska …` is
# a heading and its paragraph (round 45 bj-C1).
D = "w55-a-skola"
SKOLA_TEXT = """Ledning av grundskolan i Tallby

1 Inledning Ordningen beskriver hur ledningen av kommunens grundskolor är fördelad.

2 Ansvar Rektorn ska leda och samordna det pedagogiska arbetet vid skolenheten. Rektorn får \
fördela vissa ledningsuppgifter till andra anställda.
"""
rec = records_for(D, check_texts=True)
SKOLA = [
    rec("title", "Ledning av grundskolan i Tallby", kind="heading"),
    rec("1", "Inledning", kind="heading", label="1"),
    rec("1.1", "Ordningen beskriver hur ledningen av kommunens grundskolor är fördelad.",
        [("kommunens", "kommun", ORG)], [pres("beskriver", "beskriva"), AR], parent="1"),
    rec("2", "Ansvar", kind="heading", label="2"),
    rec("2.1", "Rektorn ska leda och samordna det pedagogiska arbetet vid skolenheten. Rektorn "
        "får fördela vissa ledningsuppgifter till andra anställda.",
        [("Rektorn", "rektor", TJP), ("skolenheten", "skolenhet", FORV),
         ("Rektorn", "rektor", TJP, 1),
         ("anställda", "anställd", TJP)],
        [SKA, inf("leda"), inf("samordna"), FAR, inf("fördela")],
        [st("rektor", "Rektorn", OBL, "ska", "leda", "leda", None),
         st("rektor", "Rektorn", OBL, "ska", "samordna", "samordna",
            "det pedagogiska arbetet vid skolenheten"),
         st("rektor", "Rektorn", PERM, "får", "fördela", "fördela", "vissa ledningsuppgifter")],
        parent="2"),
]

# (1e) fix55e: a delegation order printed by a viewer whose
# lines open 1, 2, 3 … in order but whose `1` line does not repeat the viewer's title: numbered
# SECTIONS (a one-word heading glued to its sentences), heading + paragraph each (round 45
# bj-C1), not one page clause each.
D = "w55-a-sektioner"
SEKT_TITLE = "Delegationsordning för kulturnämnden i Ekby"
SEKT_S1 = ("Kulturnämnden ska anta en delegationsordning för sin verksamhet. "
           "Förvaltningschefen ska hålla delegationsordningen tillgänglig för alla anställda "
           "inom förvaltningen. Ordningen gäller från och med den första januari och tills "
           "vidare.")
SEKT_S2 = ("Förvaltningschefen får vidaredelegera beslutanderätt till en annan anställd inom "
           "förvaltningen. Delegaten ska anmäla sina beslut till nämnden vid nästa sammanträde. "
           "Delegaten får inte besluta i ärenden där delegaten är jävig.")
SEKT_S3 = ("Ordföranden får besluta om lokalbokningar under nämndens långa sommaruppehåll. "
           "Ordföranden ska anmäla sådana beslut vid nämndens nästa sammanträde i augusti. "
           "Nämnden får återkalla en lämnad delegering.")
SEKT_TEXT = (f"{SEKT_TITLE}\n\nStorlek: px\n\nTranskript\n\n1 Inledning {SEKT_S1}\n\n"
             f"2 Delegering {SEKT_S2}\n\n3 Undantag {SEKT_S3}\n")
KUN, FC = "kulturnämnd", "förvaltningschef"
rec = records_for(D, check_texts=True)
SEKT = [
    rec("title", SEKT_TITLE, [("kulturnämnden", KUN, POL)], kind="heading"),
    rec("m1", "Storlek: px"),
    rec("m2", "Transkript"),
    rec("1", "Inledning", kind="heading", label="1"),
    rec("1.1", SEKT_S1,
        [("Kulturnämnden", KUN, POL), ("Förvaltningschefen", FC, TJP),
         ("anställda", "anställd", TJP), ("förvaltningen", "förvaltning", FORV)],
        [SKA, inf("anta"), ("ska", "skola", "pres", "act", 1), inf("hålla"),
         pres("gäller", "gälla")],
        [st(KUN, "Kulturnämnden", OBL, "ska", "anta", "anta",
            "en delegationsordning för sin verksamhet"),
         st(FC, "Förvaltningschefen", OBL, "ska", "hålla", "hålla",
            "delegationsordningen tillgänglig för alla anställda inom förvaltningen")],
        parent="1"),
    rec("2", "Delegering", kind="heading", label="2"),
    rec("2.1", SEKT_S2,
        [("Förvaltningschefen", FC, TJP), ("anställd", "anställd", TJP),
         ("förvaltningen", "förvaltning", FORV), ("Delegaten", "delegat", TJP),
         ("nämnden", "nämnd", POL), ("Delegaten", "delegat", TJP, 1),
         ("delegaten", "delegat", TJP)],
        [FAR, inf("vidaredelegera"), SKA, inf("anmäla"), ("får", "få", "pres", "act", 1),
         inf("besluta"), AR],
        [st(FC, "Förvaltningschefen", PERM, "får", "vidaredelegera", "vidaredelegera",
            "beslutanderätt"),
         st("delegat", "Delegaten", OBL, "ska", "anmäla", "anmäla", "sina beslut"),
         st("delegat", "Delegaten", PROH, "får", "besluta", "besluta",
            "i ärenden där delegaten är jävig", negated=True)],
        parent="2"),
    rec("3", "Undantag", kind="heading", label="3"),
    rec("3.1", SEKT_S3,
        [("Ordföranden", "kulturnämndens ordförande", FTV), ("nämndens", "nämnd", POL),
         ("Ordföranden", "kulturnämndens ordförande", FTV, 1), ("nämndens", "nämnd", POL, 1),
         ("Nämnden", "nämnd", POL)],
        [FAR, inf("besluta"), SKA, inf("anmäla"), ("får", "få", "pres", "act", 1),
         inf("återkalla")],
        [st("kulturnämndens ordförande", "Ordföranden", PERM, "får", "besluta", "besluta",
            "om lokalbokningar"),
         st("kulturnämndens ordförande", "Ordföranden", OBL, "ska", "anmäla", "anmäla",
            "sådana beslut"),
         st("nämnd", "Nämnden", PERM, "får", "återkalla", "återkalla", "en lämnad delegering")],
        parent="3"),
]

# (2) A flattened page whose lines end in a page footer, stacked headings after the title.
D = "w55-a-miljo"
MILJO_L1 = ("DELEGATIONSORDNING FÖR MILJÖNÄMNDEN I EKBY Förutsättningar Delegering "
            "Miljönämnden får uppdra åt arbetsutskottet eller en anställd att fatta beslut i "
            "nämndens ställe. Anmälan Förvaltningschefen ska anmäla delegationsbesluten till "
            "nämnden vid nästa sammanträde. 2029-04-16 1")
MILJO_L2 = ("Särskilda föreskrifter Jäv Delegaten får inte besluta i ärenden där delegaten är "
            "jävig. Brådskande ärenden Ordföranden får besluta i ärenden där nämndens "
            "sammanträde inte kan inväntas, till exempel vid akuta olyckor eller större "
            "utsläpp i sjöar och vattendrag. 2029-04-16 2")
MILJO_L3 = ("Förvaltningschefen utser ersättare för en delegat som har förhinder. "
            "Beslut i ärenden som rör förvaltningschefen själv fattas av nämndens ordförande.")
MILJO_TEXT = f"{MILJO_L1}\n{MILJO_L2}\n{MILJO_L3}\n"
MN = "miljönämnd"
rec = records_for(D)
MILJO = [
    rec("title", "DELEGATIONSORDNING FÖR MILJÖNÄMNDEN I EKBY",
        [("MILJÖNÄMNDEN", MN, POL)], kind="heading"),
    rec("h1", "Förutsättningar", kind="heading"),
    rec("h2", "Delegering", kind="heading", parent="h1"),
    rec("p1", "Miljönämnden får uppdra åt arbetsutskottet eller en anställd att fatta beslut i "
        "nämndens ställe.",
        [("Miljönämnden", MN, POL), ("arbetsutskottet", "arbetsutskott", POL),
         ("anställd", "anställd", TJP), ("nämndens", "nämnd", POL)],
        [FAR, inf("uppdra"), inf("fatta")],
        [st(MN, "Miljönämnden", PERM, "får", "uppdra", "uppdra",
            "åt arbetsutskottet eller en anställd")], parent="h2"),
    rec("h3", "Anmälan", kind="heading", parent="h1"),
    rec("p2", "Förvaltningschefen ska anmäla delegationsbesluten till nämnden vid nästa "
        "sammanträde.", [("Förvaltningschefen", "förvaltningschef", TJP),
                         ("nämnden", "nämnd", POL)], [SKA, inf("anmäla")],
        [st("förvaltningschef", "Förvaltningschefen", OBL, "ska", "anmäla", "anmäla",
            "delegationsbesluten")], parent="h3"),
    rec("m1", "2029-04-16 1"),
    rec("h4", "Särskilda föreskrifter", kind="heading"),
    rec("h5", "Jäv", kind="heading", parent="h4"),
    rec("p3", "Delegaten får inte besluta i ärenden där delegaten är jävig.",
        [("Delegaten", "delegat", TJP), ("delegaten", "delegat", TJP)], [FAR, inf("besluta"), AR],
        [st("delegat", "Delegaten", PROH, "får", "besluta", "besluta", "i ärenden",
            negated=True)], parent="h5"),
    rec("h6", "Brådskande ärenden", kind="heading", parent="h4"),
    rec("p4", "Ordföranden får besluta i ärenden där nämndens sammanträde inte kan inväntas, "
        "till exempel vid akuta olyckor eller större utsläpp i sjöar och vattendrag.",
        [("Ordföranden", "miljönämndens ordförande", FTV), ("nämndens", "nämnd", POL)],
        [FAR, inf("besluta"), pres("kan", "kunna"), inf("inväntas", "invänta", "pass")],
        [st("miljönämndens ordförande", "Ordföranden", PERM, "får", "besluta", "besluta",
            "i ärenden")], parent="h6"),
    rec("m2", "2029-04-16 2"),
    rec("p5", MILJO_L3,
        [("Förvaltningschefen", "förvaltningschef", TJP), ("ersättare", "ersättare", FTV),
         ("delegat", "delegat", TJP),
         ("förvaltningschefen", "förvaltningschef", TJP),
         ("nämndens ordförande", "nämndens ordförande", FTV)],
        [pres("utser", "utse"), pres("har", "ha"), pres("rör", "röra"),
         pres("fattas", "fatta", "pass")],
        [st("förvaltningschef", "Förvaltningschefen", NONE, None, "utse", "utser", "ersättare"),
         st("nämndens ordförande", "nämndens ordförande", NONE, None, "fatta", "fattas",
            "Beslut", passive=True)], parent="h6"),
]

# (3) Link lead-ins on web pages: the link line and the heading after it are headings.
D = "w55-a-lankar"
LANK_TEXT = """Överförmyndarnämnden

Överförmyndarnämnden utövar tillsyn över gode män och förvaltare. Eftersom nämnden är \
gemensam för tre kommuner finns mer information på Tallby kommuns webbplats:

Överförmyndarnämnden – Tallby kommun

Verksamhetsberättelse

Nämnden sammanträder en gång i månaden. Protokollen från sammanträdena hittar du här:

Protokoll 2030 – Överförmyndarnämnden

Kontakt

Patientnämnden tar emot synpunkter från patienter. Nämndens årsrapporter publiceras på regionens webbplats:

Patientnämnden – Region Norrdal

Årsrapport

Nämndens ledamöter är:

Karin Holm – ordförande

Per Lund – vice ordförande
"""
ON = "överförmyndarnämnd"
rec = records_for(D)
LANK = [
    rec("title", "Överförmyndarnämnden", [("Överförmyndarnämnden", ON, POL)], kind="heading"),
    rec("1", "Överförmyndarnämnden utövar tillsyn över gode män och förvaltare. Eftersom "
        "nämnden är gemensam för tre kommuner finns mer information på Tallby kommuns "
        "webbplats:",
        [("Överförmyndarnämnden", ON, POL), ("gode män", "god man", "övrig"),
         ("förvaltare", "förvaltare", "övrig"), ("nämnden", "nämnd", POL),
         ("kommuner", "kommun", ORG), ("Tallby kommuns", "tallby kommun", ORG)],
        [pres("utövar", "utöva"), AR, pres("finns", "finnas")],
        [st(ON, "Överförmyndarnämnden", NONE, None, "utöva", "utövar", "tillsyn")],
        parent="title"),
    rec("h1", "Överförmyndarnämnden – Tallby kommun",
        [("Överförmyndarnämnden", ON, POL), ("Tallby kommun", "tallby kommun", ORG)],
        kind="heading"),
    rec("h2", "Verksamhetsberättelse", kind="heading"),
    rec("2", "Nämnden sammanträder en gång i månaden. Protokollen från sammanträdena hittar du "
        "här:", [("Nämnden", "nämnd", POL)], [pres("sammanträder", "sammanträda"),
                                               pres("hittar", "hitta")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", None)], parent="h2"),
    rec("h3", "Protokoll 2030 – Överförmyndarnämnden", [("Överförmyndarnämnden", ON, POL)],
        kind="heading"),
    rec("h4", "Kontakt", kind="heading"),
    rec("3", "Patientnämnden tar emot synpunkter från patienter. Nämndens årsrapporter "
        "publiceras på regionens webbplats:",
        [("Patientnämnden", "patientnämnd", POL), ("patienter", "patient", "extern"),
         ("Nämndens", "nämnd", POL), ("regionens", "region", ORG)],
        [pres("tar", "ta"), pres("publiceras", "publicera", "pass")],
        [st("patientnämnd", "Patientnämnden", NONE, None, "ta", "tar", "synpunkter")],
        parent="h4"),
    rec("h5", "Patientnämnden – Region Norrdal",
        [("Patientnämnden", "patientnämnd", POL), ("Region Norrdal", "region norrdal", ORG)],
        kind="heading"),
    rec("h6", "Årsrapport", kind="heading"),
    rec("4", "Nämndens ledamöter är:", [("Nämndens ledamöter", "nämndens ledamot", FTV)], [AR],
        parent="h6"),
    *[rec(f"4.{letter}", item, [(role, role, FTV)],
          statements=[st("nämndens ledamot", "Nämndens ledamöter", NONE, None, "vara", "är",
                         item)], kind="list_item", parent="4")
      for letter, item, role in (("a", "Karin Holm – ordförande", "ordförande"),
                                 ("b", "Per Lund – vice ordförande", "vice ordförande"))],
]

# (4) `Om <noun phrase>` headings glued before the sentence in page lines.
D = "w55-a-omsorg"
OM_1 = ("(28) Om delegation i allmänhet Socialnämnden får uppdra åt ett utskott eller en "
        "anställd att avgöra enskilda ärenden eller hela ärendegrupper. Delegerade beslut "
        "ska anmälas till nämnden.")
OM_2 = ("(28) Om ersättare Förvaltningschefen utser ersättare för delegater som har förhinder. "
        "Om beslut inte kan avvaktas får ordföranden besluta på nämndens vägnar.")
OM_3 = ("(28) Om attestering av fakturor Ekonomichefen ska utse attestanter för varje "
        "ansvarsområde. Om ordföranden har förhinder får vice ordföranden underteckna "
        "handlingarna.")
OM_TEXT = (f"Delegationsordning för socialnämnden i Ekby\n\n3 {OM_1}\n\n4 {OM_2}\n\n"
           f"5 {OM_3}\n")
SN = "socialnämnd"
SNO = "socialnämndens ordförande"
rec = records_for(D, conditions_from_statements=True)
OMSORG = [
    rec("title", "Delegationsordning för socialnämnden i Ekby",
        [("socialnämnden", SN, POL)], kind="heading"),
    rec("3", OM_1, [("Socialnämnden", SN, POL), ("utskott", "utskott", POL),
                    ("anställd", "anställd", TJP), ("nämnden", "nämnd", POL)],
        [FAR, inf("uppdra"), inf("avgöra"), SKA, inf("anmälas", "anmäla", "pass")],
        [st(SN, "Socialnämnden", PERM, "får", "uppdra", "uppdra",
            "åt ett utskott eller en anställd"),
         st(None, None, OBL, "ska", "anmäla", "anmälas", "till nämnden", passive=True)],
        label="3"),
    rec("4", OM_2, [("ersättare", "ersättare", FTV), ("Förvaltningschefen", "förvaltningschef", TJP),
                    ("ersättare", "ersättare", FTV, 1), ("delegater", "delegat", TJP),
                    ("ordföranden", SNO, FTV), ("nämndens", "nämnd", POL)],
        [pres("utser", "utse"), pres("har", "ha"), pres("kan", "kunna"),
         inf("avvaktas", "avvakta", "pass"), FAR, inf("besluta")],
        [st("förvaltningschef", "Förvaltningschefen", NONE, None, "utse", "utser", "ersättare"),
         st(SNO, "ordföranden", PERM, "får", "besluta", "besluta", "på nämndens vägnar",
            condition="Om beslut inte kan avvaktas")], label="4"),
    rec("5", OM_3, [("Ekonomichefen", "ekonomichef", TJP), ("attestanter", "attestant", TJP),
                    ("ordföranden", SNO, FTV), ("vice ordföranden", "socialnämndens vice ordförande",
                                                FTV)],
        [SKA, inf("utse"), pres("har", "ha"), FAR, inf("underteckna")],
        [st("ekonomichef", "Ekonomichefen", OBL, "ska", "utse", "utse", "attestanter"),
         st("socialnämndens vice ordförande", "vice ordföranden", PERM, "får", "underteckna",
            "underteckna", "handlingarna", condition="Om ordföranden har förhinder")],
        label="5"),
]

# (1f) Fix55g, the bound of t1 to two-page prints (round 44-bg): a long viewer print whose
# lines open 1, 2, 3, 4 in order without a running header keeps round 14's reading: page 1's
# title line and the contents page are clauses of their own, the `3`/`4` lines are sections
# (heading + `§` paragraphs, §1.2).
D = "w55-a-bidrag"
BID_TITLE = "Riktlinje för föreningsbidrag i Västerby"
BID_CONTENTS = ("Innehållsförteckning Allmänna bestämmelser... 3 Syfte med bidragen... 3 "
                "Villkor för bidrag... 3 Handläggning... 4 Ansökan om bidrag... 4 "
                "Beslut om bidrag... 4 Uppföljning av bidragen... 4 Återbetalning av bidrag... 4")
BID_1 = ("Fritidsnämnden ska anta riktlinjer för föreningsbidragen. Riktlinjen gäller från och "
         "med den första april och tills vidare.")
BID_2 = "Förvaltningschefen ska hålla riktlinjen tillgänglig på kommunens webbplats."
BID_3 = ("Fritidschefen får besluta om mindre bidrag. Fritidschefen ska anmäla sina beslut till "
         "nämnden varje kvartal.")
BID_4 = ("Fritidsnämnden ska följa upp bidragen varje år. Fritidsnämnden får återkalla ett "
         "beviljat bidrag.")
BID_TEXT = (f"{BID_TITLE}\n\nStorlek: px\n\nTranskript\n\n1 {BID_TITLE} mars 2031\n\n"
            f"2 {BID_CONTENTS}\n\n3 Allmänna bestämmelser 1 § {BID_1} 2 § {BID_2}\n\n"
            f"4 Handläggning 3 § {BID_3} 4 § {BID_4}\n")
FRN, FRC = "fritidsnämnd", "fritidschef"
rec = records_for(D, check_texts=True)
BIDRAG = [
    rec("title", BID_TITLE, kind="heading"),
    rec("m1", "Storlek: px"),
    rec("m2", "Transkript"),
    rec("1", f"{BID_TITLE} mars 2031", kind="heading", label="1"),
    rec("2", BID_CONTENTS, kind="heading", label="2"),
    rec("3", "Allmänna bestämmelser", kind="heading", label="3"),
    rec("3.§1", BID_1, [("Fritidsnämnden", FRN, POL)],
        [SKA, inf("anta"), pres("gäller", "gälla")],
        [st(FRN, "Fritidsnämnden", OBL, "ska", "anta", "anta",
            "riktlinjer för föreningsbidragen")], parent="3", label="1 §"),
    rec("3.§2", BID_2,
        [("Förvaltningschefen", "förvaltningschef", TJP), ("kommunens", "kommun", ORG)],
        [SKA, inf("hålla")],
        [st("förvaltningschef", "Förvaltningschefen", OBL, "ska", "hålla", "hålla",
            "riktlinjen tillgänglig på kommunens webbplats")], parent="3", label="2 §"),
    rec("4", "Handläggning", kind="heading", label="4"),
    rec("4.§3", BID_3,
        [("Fritidschefen", FRC, TJP), ("Fritidschefen", FRC, TJP, 1), ("nämnden", "nämnd", POL)],
        [FAR, inf("besluta"), SKA, inf("anmäla")],
        [st(FRC, "Fritidschefen", PERM, "får", "besluta", "besluta", "om mindre bidrag"),
         st(FRC, "Fritidschefen", OBL, "ska", "anmäla", "anmäla", "sina beslut")],
        parent="4", label="3 §"),
    rec("4.§4", BID_4, [("Fritidsnämnden", FRN, POL), ("Fritidsnämnden", FRN, POL, 1)],
        [SKA, inf("följa"), FAR, inf("återkalla")],
        [st(FRN, "Fritidsnämnden", OBL, "ska", "följa", "följa", "bidragen"),
         st(FRN, "Fritidsnämnden", PERM, "får", "återkalla", "återkalla", "ett beviljat bidrag")],
        parent="4", label="4 §"),
]

if __name__ == "__main__":
    write_part(sys.argv[1], "w55-a", {
        "w55-a-skola": (SKOLA_TEXT, SKOLA),
        "w55-a-miljo": (MILJO_TEXT, MILJO), "w55-a-lankar": (LANK_TEXT, LANK),
        "w55-a-omsorg": (OM_TEXT, OMSORG), "w55-a-sektioner": (SEKT_TEXT, SEKT),
        "w55-a-bidrag": (BID_TEXT, BIDRAG),
    })
