"""Builds corpus/dev/w57-g.jsonl and the documents corpus/dev/w57-g-*.txt with their gold:
invented material for round 57, writer w57f (analysis57b-cq P1a, P1b, P2): document viewer
prints (viewer lines `Starta visningen från sidan:`, `Storlek: px`, `Transkript`), one page a
line, that a page run of reflow DOES take as pages. Each page line is segmented as any page
line (docs/annotation.md round 50 a6): its index, headings inside, a contents list, a field,
and a running footer `<Org> <Body>, N (M)` / `<Org> Sida N av M` at the line's end (page
metadata, its own clause). Shapes: `miljo` a page-1 cover after a truncated title line (title
repeat, a multi-word heading, a colon-less field `Dokumentet gäller för …`, a contents list),
then a page with a lost stop inside a section and stacked headings over an abbreviation list;
`kultur` a contents page and body pages each ending in a running footer with a comma;
`fritid` headings in capitals and a comma-less footer; `vard` a `Sida N av M` footer and a
lost stop. Negative `utan`: the same page run without viewer lines stays one clause a page
(§1.2 round 10). Gold by hand from docs/annotation.md §1.2, §2, §5. Offsets computed.
Run: python corpus/make_w57_g.py corpus/dev"""

import sys

from records import FAR, FTV, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

NONE, OB, PERM, RESP = "none", "obligation", "permission", "responsibility"


def maker(doc):
    return records_for(f"w57-g-{doc}", conditions_from_statements=True)


# P1b page-1 cover after a truncated title; P1a the pages after it.
rec = maker("miljo")
MN = "räddnings- och beredskapsnämnd"
MILJO_TEXT = """Delegationsordning för räddnings- och

Starta visningen från sidan:

Storlek: px

Download "Delegationsordning för räddnings- och beredskapsnämnden"

Transkript

1 DELEGERING Delegationsordning för räddnings- och beredskapsnämnden Dokumentets \
omfattning Ordningen beskriver vilka beslut som nämnden har delegerat. Dokumentet gäller för \
Samtliga delegater inom förvaltningen Innehållsförteckning Allmänt om delegering... 2 \
Anmälan av beslut... 3
2 Allmänt om delegering Nämnden får återkalla en delegering när som helst Delegaten ska \
följa nämndens riktlinjer. Ersättare Vid delegatens frånvaro beslutar närmaste chef.
3 Anmälan av beslut Delegaten ska anmäla sina beslut till nämnden. Förkortningar Lagar MB \
Miljöbalken PBL Plan- och bygglagen
"""
MILJO = [
    rec("title", "Delegationsordning för räddnings- och", kind="heading"),
    rec("m1", "Starta visningen från sidan:"),
    rec("m2", "Storlek: px"),
    rec("m3", 'Download "Delegationsordning för räddnings- och beredskapsnämnden"',
        [("räddnings- och beredskapsnämnden", MN, POL)]),
    rec("m4", "Transkript"),
    rec("1", "DELEGERING", kind="heading", label="1"),
    rec("1.h0", "Delegationsordning för räddnings- och beredskapsnämnden",
        [("räddnings- och beredskapsnämnden", MN, POL)], kind="heading", parent="1"),
    rec("1.h1", "Dokumentets omfattning", kind="heading", parent="1"),
    rec("1.1", "Ordningen beskriver vilka beslut som nämnden har delegerat.",
        [("nämnden", "nämnd", POL)], [pres("beskriver", "beskriva"), pres("har", "ha"),
                                 ("delegerat", "delegera", "sup", "act")],
        parent="1"),
    rec("m5", "Dokumentet gäller för Samtliga delegater inom förvaltningen",
        [("delegater", "delegat", TJP), ("förvaltningen", "förvaltning", TJP)]),
    rec("toc", "Innehållsförteckning Allmänt om delegering... 2 Anmälan av beslut... 3",
        kind="heading"),
    rec("2", "Allmänt om delegering", kind="heading", label="2"),
    rec("2.1.s1", "Nämnden får återkalla en delegering när som helst",
        [("Nämnden", "nämnd", POL)], [FAR, inf("återkalla")],
        [st("nämnd", "Nämnden", PERM, "får", "återkalla", "återkalla", "en delegering")],
        parent="2"),
    rec("2.1.s2", "Delegaten ska följa nämndens riktlinjer.",
        [("Delegaten", "delegat", TJP), ("nämndens", "nämnd", POL)], [SKA, inf("följa")],
        [st("delegat", "Delegaten", OB, "ska", "följa", "följa", "nämndens riktlinjer")],
        parent="2"),
    rec("2.h1", "Ersättare", [("Ersättare", "ersättare", FTV)], kind="heading", parent="2"),
    rec("2.2", "Vid delegatens frånvaro beslutar närmaste chef.",
        [("delegatens", "delegat", TJP), ("chef", "chef", TJP)], [pres("beslutar", "besluta")],
        [st("chef", "chef", NONE, None, "besluta", "beslutar", None,
            condition="Vid delegatens frånvaro")],
        parent="2"),
    rec("3", "Anmälan av beslut", kind="heading", label="3"),
    rec("3.1", "Delegaten ska anmäla sina beslut till nämnden.",
        [("Delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)], [SKA, inf("anmäla")],
        [st("delegat", "Delegaten", OB, "ska", "anmäla", "anmäla", "sina beslut till nämnden")],
        parent="3"),
    rec("3.h1", "Förkortningar", kind="heading", parent="3"),
    rec("3.h2", "Lagar", kind="heading", parent="3"),
    rec("3.2", "MB Miljöbalken PBL Plan- och bygglagen", parent="3"),
]

# P1a + P2: a contents page and body pages, each ending in a running footer with a comma.
rec = maker("kultur")
KN = "kulturnämnd"
KULTUR_TEXT = """Reglemente för kulturnämnden

Starta visningen från sidan:

Transkript

1 Reglemente för kulturnämnden Innehåll Uppgifter... 2 Sammanträden... 3 Ekby kommun \
Kulturnämnden, 1 (3)
2 Uppgifter Kulturnämnden ansvarar för bibliotek och kulturskola. Nämnden ska stödja \
föreningslivet i kommunen. Ekby kommun Kulturnämnden, 2 (3)
3 Sammanträden Nämnden sammanträder minst sex gånger varje år. Ordföranden får kalla till \
extra sammanträde. Ekby kommun Kulturnämnden, 3 (3)
"""
KULTUR = [
    rec("title", "Reglemente för kulturnämnden", [("kulturnämnden", KN, POL)], kind="heading"),
    rec("m1", "Starta visningen från sidan:"),
    rec("m2", "Transkript"),
    rec("1", "Reglemente för kulturnämnden", [("kulturnämnden", KN, POL)], kind="heading",
        label="1"),
    rec("toc", "Innehåll Uppgifter... 2 Sammanträden... 3", kind="heading"),
    rec("m3", "Ekby kommun Kulturnämnden, 1 (3)",
        [("Ekby kommun", "ekby kommun", POL), ("Kulturnämnden", KN, POL)]),
    rec("2", "Uppgifter", kind="heading", label="2"),
    rec("2.1", "Kulturnämnden ansvarar för bibliotek och kulturskola. Nämnden ska stödja "
        "föreningslivet i kommunen.",
        [("Kulturnämnden", KN, POL), ("Nämnden", "nämnd", POL),
         ("föreningslivet", "föreningsliv", "extern"), ("kommunen", "ekby kommun", POL)],
        [pres("ansvarar", "ansvara"), SKA, inf("stödja")],
        [st(KN, "Kulturnämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
            "bibliotek och kulturskola"),
         st("nämnd", "Nämnden", OB, "ska", "stödja", "stödja", "föreningslivet i kommunen")],
        parent="2"),
    rec("m4", "Ekby kommun Kulturnämnden, 2 (3)",
        [("Ekby kommun", "ekby kommun", POL), ("Kulturnämnden", KN, POL)]),
    rec("3", "Sammanträden", kind="heading", label="3"),
    rec("3.1", "Nämnden sammanträder minst sex gånger varje år. Ordföranden får kalla till "
        "extra sammanträde.",
        [("Nämnden", "nämnd", POL), ("Ordföranden", "kulturnämndens ordförande", FTV)],
        [pres("sammanträder", "sammanträda"), FAR, inf("kalla")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder",
            "minst sex gånger varje år"),
         st("kulturnämndens ordförande", "Ordföranden", PERM, "får", "kalla", "kalla",
            "till extra sammanträde")],
        parent="3"),
    rec("m5", "Ekby kommun Kulturnämnden, 3 (3)",
        [("Ekby kommun", "ekby kommun", POL), ("Kulturnämnden", KN, POL)]),
]

# P2: headings in capitals, a comma-less running footer.
rec = maker("fritid")
FN = "fritidsnämnd"
FRITID_TEXT = """Delegationsordning för fritidsnämnden

Storlek: px

Transkript

4 DELEGERING Brådskande ärenden Ordföranden får besluta i ärenden som inte kan vänta. \
Beslutet ska anmälas vid nästa sammanträde. Norrby stad Fritidsförvaltningen 4 (12)
5 UPPFÖLJNING Rapportering Förvaltningschefen ska rapportera till nämnden varje kvartal. \
Norrby stad Fritidsförvaltningen 5 (12)
"""
FRITID = [
    rec("title", "Delegationsordning för fritidsnämnden", [("fritidsnämnden", FN, POL)],
        kind="heading"),
    rec("m1", "Storlek: px"),
    rec("m2", "Transkript"),
    rec("4", "DELEGERING", kind="heading", label="4"),
    rec("4.h1", "Brådskande ärenden", kind="heading", parent="4"),
    rec("4.1", "Ordföranden får besluta i ärenden som inte kan vänta. Beslutet ska anmälas vid "
        "nästa sammanträde.",
        [("Ordföranden", "fritidsnämndens ordförande", FTV)],
        [FAR, inf("besluta"), ("kan", "kunna", "pres", "act"), inf("vänta"), SKA,
         inf("anmälas", "anmäla", "pass")],
        [st("fritidsnämndens ordförande", "Ordföranden", PERM, "får", "besluta", "besluta",
            "i ärenden som inte kan vänta"),
         st(None, None, OB, "ska", "anmäla", "anmälas", "vid nästa sammanträde", passive=True)],
        parent="4"),
    rec("m3", "Norrby stad Fritidsförvaltningen 4 (12)",
        [("Norrby stad", "norrby stad", POL), ("Fritidsförvaltningen", "fritidsförvaltning",
                                               TJP)]),
    rec("5", "UPPFÖLJNING", kind="heading", label="5"),
    rec("5.h1", "Rapportering", kind="heading", parent="5"),
    rec("5.1", "Förvaltningschefen ska rapportera till nämnden varje kvartal.",
        [("Förvaltningschefen", "förvaltningschef", TJP), ("nämnden", "nämnd", POL)],
        [SKA, inf("rapportera")],
        [st("förvaltningschef", "Förvaltningschefen", OB, "ska", "rapportera", "rapportera",
            "till nämnden varje kvartal")],
        parent="5"),
    rec("m4", "Norrby stad Fritidsförvaltningen 5 (12)",
        [("Norrby stad", "norrby stad", POL), ("Fritidsförvaltningen", "fritidsförvaltning",
                                               TJP)]),
]

# P2: a `Sida N av M` footer; a lost stop inside a section.
rec = maker("vard")
VN = "vård- och omsorgsnämnd"
VARD_TEXT = """Reglemente för vård- och omsorgsnämnden

Starta visningen från sidan:

Transkript

2 Ansvar Vård- och omsorgsnämnden ansvarar för äldreomsorgen i kommunen Nämnden får \
uppdra åt förvaltningen att besluta om färdtjänst. Ekby kommun Sida 2 av 4
3 Yttranden Förvaltningschefen yttrar sig till domstol i mål om bistånd. Ekby kommun Sida \
3 av 4
"""
VARD = [
    rec("title", "Reglemente för vård- och omsorgsnämnden",
        [("vård- och omsorgsnämnden", VN, POL)], kind="heading"),
    rec("m1", "Starta visningen från sidan:"),
    rec("m2", "Transkript"),
    rec("2", "Ansvar", kind="heading", label="2"),
    rec("2.1.s1", "Vård- och omsorgsnämnden ansvarar för äldreomsorgen i kommunen",
        [("Vård- och omsorgsnämnden", VN, POL)], [pres("ansvarar", "ansvara")],
        [st(VN, "Vård- och omsorgsnämnden", RESP, "ansvarar för", "ansvara",
            "ansvarar", "äldreomsorgen i kommunen")],
        parent="2"),
    rec("2.1.s2", "Nämnden får uppdra åt förvaltningen att besluta om färdtjänst.",
        [("Nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", TJP)],
        [FAR, inf("uppdra"), inf("besluta")],
        [st("nämnd", "Nämnden", PERM, "får", "uppdra", "uppdra",
            "åt förvaltningen att besluta om färdtjänst")],
        parent="2"),
    rec("m3", "Ekby kommun Sida 2 av 4", [("Ekby kommun", "ekby kommun", POL)]),
    rec("3", "Yttranden", kind="heading", label="3"),
    rec("3.1", "Förvaltningschefen yttrar sig till domstol i mål om bistånd.",
        [("Förvaltningschefen", "förvaltningschef", TJP), ("domstol", "domstol", "extern")],
        [pres("yttrar", "yttra")],
        [st("förvaltningschef", "Förvaltningschefen", NONE, None, "yttra", "yttrar",
            "sig till domstol i mål om bistånd")],
        parent="3"),
    rec("m4", "Ekby kommun Sida 3 av 4", [("Ekby kommun", "ekby kommun", POL)]),
]

# Negative: the same kind of page run without viewer lines: one clause a page (§1.2 round 10).
rec = maker("utan")
BN = "byggnadsnämnd"
UTAN_TEXT = """Reglemente för byggnadsnämnden
1 Reglemente för byggnadsnämnden Uppgifter Byggnadsnämnden ansvarar för prövning av bygglov.
2 Sammanträden och protokoll Nämnden sammanträder en gång i månaden. Protokollet justeras av \
ordföranden och en ledamot. Ekby kommun Byggnadsnämnden, 2 (3)
3 Skrivelser och delgivning Ordföranden undertecknar nämndens skrivelser.
"""
UTAN = [
    rec("title", "Reglemente för byggnadsnämnden", [("byggnadsnämnden", BN, POL)],
        kind="heading"),
    rec("1", "Reglemente för byggnadsnämnden Uppgifter Byggnadsnämnden ansvarar för prövning "
        "av bygglov.", [("byggnadsnämnden", BN, POL), ("Byggnadsnämnden", BN, POL)],
        [pres("ansvarar", "ansvara")],
        [st(BN, "Byggnadsnämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
            "prövning av bygglov")],
        label="1"),
    rec("2", "Sammanträden och protokoll Nämnden sammanträder en gång i månaden. Protokollet "
        "justeras av ordföranden och en ledamot. Ekby kommun Byggnadsnämnden, 2 (3)",
        [("Nämnden", "nämnd", POL), ("ordföranden", "byggnadsnämndens ordförande", FTV),
         ("ledamot", "ledamot", FTV), ("Ekby kommun", "ekby kommun", POL),
         ("Byggnadsnämnden", BN, POL)],
        [pres("sammanträder", "sammanträda"), pres("justeras", "justera", "pass")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "en gång i månaden"),
         st("byggnadsnämndens ordförande", "ordföranden", NONE, None, "justera", "justeras",
            "Protokollet", passive=True),
         st("ledamot", "ledamot", NONE, None, "justera", "justeras", "Protokollet",
            passive=True)],
        label="2"),
    rec("3", "Skrivelser och delgivning Ordföranden undertecknar nämndens skrivelser.",
        [("Ordföranden", "byggnadsnämndens ordförande", FTV), ("nämndens", "nämnd", POL)],
        [pres("undertecknar", "underteckna")],
        [st("byggnadsnämndens ordförande", "Ordföranden", NONE, None, "underteckna",
            "undertecknar", "nämndens skrivelser")],
        label="3"),
]

DOCUMENTS = {"w57-g-miljo": (MILJO_TEXT, MILJO), "w57-g-kultur": (KULTUR_TEXT, KULTUR),
             "w57-g-fritid": (FRITID_TEXT, FRITID), "w57-g-vard": (VARD_TEXT, VARD),
             "w57-g-utan": (UTAN_TEXT, UTAN)}


# L1 (§2.6 D1): populations by status, a civil society as a partner; negative a service
# compound (`flyktingmottagning`).
EXT = "extern"
L1 = [
    maker("grupp-1")("1", "Nämnden ska samverka med civilsamhället och föreningslivet.",
                     [("Nämnden", "nämnd", POL), ("civilsamhället", "civilsamhälle", EXT),
                      ("föreningslivet", "föreningsliv", EXT)], [SKA, inf("samverka")],
                     [st("nämnd", "Nämnden", OB, "ska", "samverka", "samverka",
                         "med civilsamhället och föreningslivet")]),
    maker("grupp-2")("1", "Asylsökande får delta i kommunens språkkurser.",
                     [("Asylsökande", "asylsökande", EXT), ("kommunens", "kommun", POL)],
                     [FAR, inf("delta")],
                     [st("asylsökande", "Asylsökande", PERM, "får", "delta", "delta",
                         "i kommunens språkkurser")]),
    maker("grupp-3")("1", "Under året har flyktingarna och kommunens föreningar ordnat "
                     "läxhjälp, och flyktingarna ska delta i uppföljningen.",
                     [("flyktingarna", "flykting", EXT), ("kommunens", "kommun", POL),
                      ("föreningar", "förening", EXT),
                      ("flyktingarna", "flykting", EXT, 1)],
                     [("har", "ha", "pres", "act"), ("ordnat", "ordna", "sup", "act"), SKA,
                      inf("delta")],
                     [st("flykting", "flyktingarna", NONE, None, "ordna", "ordnat", "läxhjälp"),
                      st("förening", "föreningar", NONE, None, "ordna", "ordnat", "läxhjälp"),
                      st("flykting", "flyktingarna", OB, "ska", "delta", "delta",
                         "i uppföljningen")]),
    maker("grupp-n1")("1", "Flyktingmottagningen är en enhet inom förvaltningen.",
                      [("förvaltningen", "förvaltning", TJP)], [("är", "vara", "pres", "act")]),
]


if __name__ == "__main__":
    write_part(sys.argv[1], "w57-g", DOCUMENTS, after=L1)
