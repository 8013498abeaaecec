"""Builds corpus/dev/w57-c.jsonl and the documents corpus/dev/w57-c-*.txt with their gold:
invented material for round 57, writer w57b (analysis57-cq causes A-D).
A: a document viewer's print (viewer lines `Starta visningen från sidan:`, `Storlek: px`,
`Transkript`), one page a line, the lines opening with bare numbers rising by one, that no
page run recognises: each line is cut as any line (docs/annotation.md round 50 a6, round 45):
the multi-word heading after the index, a heading in capitals after it, the content-word
headings inside (`… en delegering. Rätten att besluta i brådskande ärenden Ordföranden får
…`); a counter-only page `3 -3-`; numbers in running text (`lämna 2 rapporter`, `4 §`) cut
nothing. Negative: the same kind of lines without viewer lines (`w57-c-utan`): a heading of
two words or more stays with its paragraph (round 45). B: a comma-less `Om`/`När` condition
holding an `att`-clause whose words the tagger misreads (`någon` DET, `missköter` NOUN): the
main clause opens at the modal with its subject inverted after it and an infinitive (V2); as
the third sentence of a paragraph, after `, och`, with a second VP; negative: the modal of
the `att`-clause (`att ordföranden kan besluta`). C: an infinitive in -a tagged NOUN after a
relative clause in a `för att` chain (`… de projekt som pågår i kommunen samt värna om …`),
after a fronted adverbial, in a comma series; negative `samt unga vuxna` (an adjective).
D: `delegat` compounds are actors (`vidaredelegaten`, `Huvuddelegaten`,
`Ersättardelegaten`); negative `vidaredelegation` (the act). Gold by hand from
docs/annotation.md §1.2, §2, §5 before the rules. Offsets computed.
Run: python corpus/make_w57_c.py corpus/dev"""

import sys

from records import FAR, FTV, KAN, OVR, POL, SKA, TJP, inf, pres, records_for, sup, write_part
from records import statement as st

NONE, OB, PERM, RESP = "none", "obligation", "permission", "responsibility"


def maker(doc):
    return records_for(f"w57-c-{doc}", conditions_from_statements=True)


# A1: multi-word headings after the index and inside the page line.
rec = maker("teknisk")
TN = "teknisk nämnd"
TEKNISK_TEXT = """Delegationsordning för tekniska nämnden

Starta visningen från sidan:

Storlek: px

Download "Delegationsordning för tekniska nämnden 2031"

Transkript

2 Inledning till delegering Nämnden får när som helst återkalla en lämnad delegering. \
Rätten att besluta i brådskande ärenden Ordföranden får besluta i ärenden som inte tål att \
vänta till nästa möte.
3 Anmälan av beslut Beslut som delegaten fattar ska redovisas för nämnden vid det följande \
mötet. Förbud mot vidaredelegering Förvaltningschefen får inte vidaredelegera \
sin beslutanderätt.
"""
TEKNISK = [
    rec("title", "Delegationsordning för tekniska nämnden", [("tekniska nämnden", TN, POL)],
        kind="heading"),
    rec("m1", "Starta visningen från sidan:"),
    rec("m2", "Storlek: px"),
    rec("m3", 'Download "Delegationsordning för tekniska nämnden 2031"',
        [("tekniska nämnden", TN, POL)]),
    rec("m4", "Transkript"),
    rec("2", "Inledning till delegering", kind="heading", label="2"),
    rec("2.1", "Nämnden får när som helst återkalla en lämnad delegering.",
        [("Nämnden", "nämnd", POL)], [FAR, inf("återkalla")],
        [st("nämnd", "Nämnden", PERM, "får", "återkalla", "återkalla", "en lämnad delegering")],
        parent="2"),
    rec("2.h1", "Rätten att besluta i brådskande ärenden", [], [inf("besluta")],
        kind="heading", parent="2"),
    rec("2.2", "Ordföranden får besluta i ärenden som inte tål att vänta till nästa möte.",
        [("Ordföranden", "tekniska nämndens ordförande", FTV)],
        [FAR, inf("besluta"), pres("tål", "tåla"), inf("vänta")],
        [st("tekniska nämndens ordförande", "Ordföranden", PERM, "får", "besluta", "besluta",
            "i ärenden som inte tål att vänta till nästa möte")],
        parent="2"),
    rec("3", "Anmälan av beslut", kind="heading", label="3"),
    rec("3.1", "Beslut som delegaten fattar ska redovisas för nämnden vid det följande mötet.",
        [("delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [pres("fattar", "fatta"), SKA, inf("redovisas", "redovisa", "pass")],
        [st(None, None, OB, "ska", "redovisa", "redovisas", "för nämnden vid det följande mötet",
            passive=True)],
        parent="3"),
    rec("3.h1", "Förbud mot vidaredelegering", kind="heading", parent="3"),
    rec("3.2", "Förvaltningschefen får inte vidaredelegera sin beslutanderätt.",
        [("Förvaltningschefen", "förvaltningschef", TJP)], [FAR, inf("vidaredelegera")],
        [st("förvaltningschef", "Förvaltningschefen", "prohibition", "får inte",
            "vidaredelegera", "vidaredelegera", "sin beslutanderätt", negated=True)],
        parent="3"),
]

# A2: headings in capitals after the index, a counter-only page before the run.
rec = maker("social")
SN = "socialnämnd"
SOCIAL_TEXT = """Reglemente för socialnämnden

Starta visningen från sidan:

Transkript

3 -3-
4 DELEGERING Delegering till utskott Arbetsutskottet får besluta i ärenden om ekonomiskt \
bistånd. Beslut som fattas ska anmälas till socialnämnden. Ersättare Vid förhinder för \
ordföranden leder den äldste ledamoten sammanträdet.
5 ÖVERKLAGANDE Prövning av överklagande Socialnämnden ska pröva om ett överklagande har \
kommit in i rätt tid. Ombud Ett ombud får företräda nämnden i domstol.
"""
SOCIAL = [
    rec("title", "Reglemente för socialnämnden", [("socialnämnden", SN, POL)], kind="heading"),
    rec("m1", "Starta visningen från sidan:"),
    rec("m2", "Transkript"),
    rec("3", "-3-", label="3"),
    rec("4", "DELEGERING", kind="heading", label="4"),
    rec("4.h1", "Delegering till utskott", kind="heading", parent="4"),
    rec("4.1", "Arbetsutskottet får besluta i ärenden om ekonomiskt bistånd. Beslut som fattas "
        "ska anmälas till socialnämnden.",
        [("Arbetsutskottet", "arbetsutskott", POL), ("socialnämnden", SN, POL)],
        [FAR, inf("besluta"), pres("fattas", "fatta", "pass"), SKA,
         inf("anmälas", "anmäla", "pass")],
        [st("arbetsutskott", "Arbetsutskottet", PERM, "får", "besluta", "besluta",
            "i ärenden om ekonomiskt bistånd"),
         st(None, None, OB, "ska", "anmäla", "anmälas", "till socialnämnden", passive=True)],
        parent="4"),
    rec("4.h2", "Ersättare", kind="heading", parent="4"),
    rec("4.2", "Vid förhinder för ordföranden leder den äldste ledamoten sammanträdet.",
        [("ordföranden", "socialnämndens ordförande", FTV), ("ledamoten", "ledamot", FTV)],
        [pres("leder", "leda")],
        [st("ledamot", "ledamoten", NONE, None, "leda", "leder", "sammanträdet",
            condition="Vid förhinder för ordföranden")],
        parent="4"),
    rec("5", "ÖVERKLAGANDE", kind="heading", label="5"),
    rec("5.h1", "Prövning av överklagande", kind="heading", parent="5"),
    rec("5.1", "Socialnämnden ska pröva om ett överklagande har kommit in i rätt tid.",
        [("Socialnämnden", SN, POL)], [SKA, inf("pröva"), pres("har", "ha"), sup("kommit",
                                                                             "komma")],
        [st(SN, "Socialnämnden", OB, "ska", "pröva", "pröva",
            "om ett överklagande har kommit in i rätt tid")],
        parent="5"),
    rec("5.h2", "Ombud", [("Ombud", "ombud", TJP)], kind="heading", parent="5"),
    rec("5.2", "Ett ombud får företräda nämnden i domstol.",
        [("ombud", "ombud", TJP), ("nämnden", "nämnd", POL), ("domstol", "domstol", "extern")],
        [FAR, inf("företräda")],
        [st("ombud", "ombud", PERM, "får", "företräda", "företräda", "nämnden i domstol")],
        parent="5"),
]

# A3: numbers in running text cut nothing.
rec = maker("siffror")
BN = "byggnadsnämnd"
SIFFROR_TEXT = """Arbetsordning för byggnadsnämnden

Storlek: px

Transkript

6 Ekonomi och uppföljning Byggnadsnämnden ska lämna 2 rapporter per år till \
kommunstyrelsen. Budget och prognos Förvaltningschefen ska upprätta ett förslag till budget \
senast den 1 oktober varje år.
7 Arkiv Arkivet vårdas av kanslichefen enligt 4 § arkivreglementet. Utlämnande av \
handlingar Registratorn prövar frågor om utlämnande av allmän handling.
"""
SIFFROR = [
    rec("title", "Arbetsordning för byggnadsnämnden", [("byggnadsnämnden", BN, POL)],
        kind="heading"),
    rec("m1", "Storlek: px"),
    rec("m2", "Transkript"),
    rec("6", "Ekonomi och uppföljning", kind="heading", label="6"),
    rec("6.1", "Byggnadsnämnden ska lämna 2 rapporter per år till kommunstyrelsen.",
        [("Byggnadsnämnden", BN, POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [SKA, inf("lämna")],
        [st(BN, "Byggnadsnämnden", OB, "ska", "lämna", "lämna",
            "2 rapporter per år till kommunstyrelsen")],
        parent="6"),
    rec("6.h1", "Budget och prognos", kind="heading", parent="6"),
    rec("6.2", "Förvaltningschefen ska upprätta ett förslag till budget senast den 1 oktober "
        "varje år.",
        [("Förvaltningschefen", "förvaltningschef", TJP)], [SKA, inf("upprätta")],
        [st("förvaltningschef", "Förvaltningschefen", OB, "ska", "upprätta", "upprätta",
            "ett förslag till budget senast den 1 oktober varje år")],
        parent="6"),
    rec("7", "Arkiv", kind="heading", label="7"),
    rec("7.1", "Arkivet vårdas av kanslichefen enligt 4 § arkivreglementet.",
        [("kanslichefen", "kanslichef", TJP)], [pres("vårdas", "vårda", "pass")],
        [st("kanslichef", "kanslichefen", NONE, None, "vårda", "vårdas",
            "av kanslichefen enligt 4 § arkivreglementet", passive=True)],
        parent="7"),
    rec("7.h1", "Utlämnande av handlingar", kind="heading", parent="7"),
    rec("7.2", "Registratorn prövar frågor om utlämnande av allmän handling.",
        [("Registratorn", "registrator", TJP)], [pres("prövar", "pröva")],
        [st("registrator", "Registratorn", NONE, None, "pröva", "prövar",
            "frågor om utlämnande av allmän handling")],
        parent="7"),
]

# A negative: one section a line, no viewer lines.
rec = maker("utan")
KN = "kulturnämnd"
UTAN_TEXT = """Reglemente för kulturnämnden
1 Nämndens uppgifter Kulturnämnden ansvarar för bibliotek och kulturskola. Nämnden ska \
främja föreningslivet i kommunen.
2 Brådskande ärenden Ordföranden får besluta i ärenden som inte kan vänta. Sådana beslut ska \
redovisas för nämnden vid det följande mötet.
3 Delgivning Delgivning med nämnden sker genom ordföranden.
"""
UTAN = [
    rec("title", "Reglemente för kulturnämnden", [("kulturnämnden", KN, POL)],
        kind="heading"),
    rec("1", "Nämndens uppgifter Kulturnämnden ansvarar för bibliotek och kulturskola. "
        "Nämnden ska främja föreningslivet i kommunen.",
        [("Nämndens", "nämnd", POL), ("Kulturnämnden", KN, POL), ("Nämnden", "nämnd", POL),
         ("kommunen", "kommun", POL)],
        [pres("ansvarar", "ansvara"), SKA, inf("främja")],
        [st(KN, "Kulturnämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
            "för bibliotek och kulturskola"),
         st("nämnd", "Nämnden", OB, "ska", "främja", "främja", "föreningslivet i kommunen")],
        label="1"),
    rec("2", "Brådskande ärenden Ordföranden får besluta i ärenden som inte kan vänta. Sådana "
        "beslut ska redovisas för nämnden vid det följande mötet.",
        [("Ordföranden", "kulturnämndens ordförande", FTV), ("nämnden", "nämnd", POL)],
        [FAR, inf("besluta"), KAN, inf("vänta"), SKA, inf("redovisas", "redovisa", "pass")],
        [st("kulturnämndens ordförande", "Ordföranden", PERM, "får", "besluta", "besluta",
            "i ärenden som inte kan vänta"),
         st(None, None, OB, "ska", "redovisa", "redovisas", "för nämnden vid det följande mötet",
            passive=True)],
        label="2"),
    rec("3", "Delgivning", kind="heading", label="3"),
    rec("3.1", "Delgivning med nämnden sker genom ordföranden.",
        [("nämnden", "nämnd", POL), ("ordföranden", "kulturnämndens ordförande", FTV)],
        [pres("sker", "ske")], parent="3"),
]

DOCUMENTS = {"w57-c-teknisk": (TEKNISK_TEXT, TEKNISK), "w57-c-social": (SOCIAL_TEXT, SOCIAL),
             "w57-c-siffror": (SIFFROR_TEXT, SIFFROR), "w57-c-utan": (UTAN_TEXT, UTAN)}

# B: comma-less condition with an att-clause, inverted modal main clause.
B = [
    maker("om-1")("1", "Styrelsen sammanträder varje månad. Protokollen justeras av "
                  "ordföranden. Om styrelsen finner att en ledamot försummar sitt uppdrag får "
                  "styrelsen entlediga ledamoten.",
                  [("Styrelsen", "styrelse", POL), ("ordföranden", "ordförande", FTV),
                   ("styrelsen", "styrelse", POL), ("ledamot", "ledamot", FTV),
                   ("styrelsen", "styrelse", POL, 1), ("ledamoten", "ledamot", FTV)],
                  [pres("sammanträder", "sammanträda"), pres("justeras", "justera", "pass"),
                   pres("finner", "finna"), pres("försummar", "försumma"), FAR,
                   inf("entlediga")],
                  [st("styrelse", "Styrelsen", NONE, None, "sammanträda", "sammanträder",
                      "varje månad"),
                   st("ordförande", "ordföranden", NONE, None, "justera", "justeras",
                      "Protokollen", passive=True),
                   st("styrelse", "styrelsen", PERM, "får", "entlediga", "entlediga",
                      "ledamoten",
                      condition="Om styrelsen finner att en ledamot försummar sitt uppdrag")]),
    maker("om-2")("1", "Om regionstyrelsen bedömer att någon missköter sin beslutanderätt kan "
                  "regionstyrelsen återta delegeringen och besluta i ärendet.",
                  [("regionstyrelsen", "regionstyrelse", POL),
                   ("regionstyrelsen", "regionstyrelse", POL, 1)],
                  [pres("bedömer", "bedöma"), pres("missköter", "missköta"), KAN,
                   inf("återta"), inf("besluta")],
                  [st("regionstyrelse", "regionstyrelsen", PERM, "kan", "återta", "återta",
                      "delegeringen",
                      condition="Om regionstyrelsen bedömer att någon missköter sin "
                      "beslutanderätt"),
                   st("regionstyrelse", "regionstyrelsen", PERM, "kan", "besluta", "besluta",
                      "i ärendet",
                      condition="Om regionstyrelsen bedömer att någon missköter sin "
                      "beslutanderätt")]),
    maker("om-3")("1", "Delegaten ska följa nämndens riktlinjer, och om nämnden anser att en "
                  "delegat överskrider sin befogenhet kan nämnden återkalla uppdraget.",
                  [("Delegaten", "delegat", TJP), ("nämndens", "nämnd", POL),
                   ("nämnden", "nämnd", POL), ("delegat", "delegat", TJP),
                   ("nämnden", "nämnd", POL, 1)],
                  [SKA, inf("följa"), pres("anser", "anse"), pres("överskrider", "överskrida"),
                   KAN, inf("återkalla")],
                  [st("delegat", "Delegaten", OB, "ska", "följa", "följa",
                      "nämndens riktlinjer"),
                   st("nämnd", "nämnden", PERM, "kan", "återkalla", "återkalla", "uppdraget",
                      condition="om nämnden anser att en delegat överskrider sin befogenhet")]),
    maker("om-4")("1", "När rektor bedömer att en elev riskerar att inte nå målen ska rektor se "
                  "till att eleven får stöd.",
                  [("rektor", "rektor", TJP), ("rektor", "rektor", TJP, 1)],
                  [pres("bedömer", "bedöma"), pres("riskerar", "riskera"), inf("nå"), SKA,
                   inf("se"), FAR],
                  [st("rektor", "rektor", OB, "ska", "se", "se", "till att eleven får stöd",
                      condition="När rektor bedömer att en elev riskerar att inte nå målen")]),
    maker("om-n1")("1", "Om nämnden anser att ordföranden kan besluta ensam ska det "
                   "protokollföras.",
                   [("nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV)],
                   [pres("anser", "anse"), KAN, inf("besluta"), SKA,
                    inf("protokollföras", "protokollföra", "pass")],
                   [st(None, None, OB, "ska", "protokollföra", "protokollföras", passive=True,
                       condition="Om nämnden anser att ordföranden kan besluta ensam")]),
]

# C: -a infinitive tagged NOUN after a relative clause in a `för att` chain.
C = [
    maker("samt-1")("1", "Utskottet ansvarar för att följa de projekt som pågår i kommunen "
                    "samt värna om deras finansiering.",
                    [("Utskottet", "utskott", POL), ("kommunen", "kommun", POL)],
                    [pres("ansvarar", "ansvara"), inf("följa"), pres("pågår", "pågå"),
                     inf("värna")],
                    [st("utskott", "Utskottet", RESP, "ansvarar för", "följa", "följa",
                        "de projekt som pågår i kommunen"),
                     st("utskott", "Utskottet", RESP, "ansvarar för", "värna", "värna",
                        "om deras finansiering")]),
    maker("samt-2")("1", "Idrottsnämnden ansvarar för att anlägga och sköta de idrottsplatser "
                    "som finns i kommunen samt värna om friluftslivet.",
                    [("Idrottsnämnden", "idrottsnämnd", POL), ("kommunen", "kommun", POL)],
                    [pres("ansvarar", "ansvara"), inf("anlägga"), inf("sköta"),
                     pres("finns", "finnas"), inf("värna")],
                    [st("idrottsnämnd", "Idrottsnämnden", RESP, "ansvarar för", aim, aim, obj)
                     for aim, obj in (
                         ("anlägga", "de idrottsplatser som finns i kommunen"),
                         ("sköta", "de idrottsplatser som finns i kommunen"),
                         ("värna", "om friluftslivet"))]),
    maker("samt-3")("1", "Inom området ansvarar förvaltningen för att planera de aktiviteter "
                    "som ingår i programmet, bevaka tidplanen samt vårda relationerna med "
                    "föreningarna.",
                    [("förvaltningen", "förvaltning", "förvaltningsorganisation"),
                     ("föreningarna", "förening", OVR)],
                    [pres("ansvarar", "ansvara"), inf("planera"), pres("ingår", "ingå"),
                     inf("bevaka"), inf("vårda")],
                    [st("förvaltning", "förvaltningen", RESP, "ansvarar för", aim, aim, obj)
                     for aim, obj in (
                         ("planera", "de aktiviteter som ingår i programmet"),
                         ("bevaka", "tidplanen"),
                         ("vårda", "relationerna med föreningarna"))]),
    maker("samt-n1")("1", "Förvaltningen ska samordna de insatser som gäller barn samt unga "
                     "vuxna.",
                     [("Förvaltningen", "förvaltning", "förvaltningsorganisation")],
                     [SKA, inf("samordna"), pres("gäller", "gälla")],
                     [st("förvaltning", "Förvaltningen", OB, "ska", "samordna", "samordna",
                         "de insatser som gäller barn samt unga vuxna")]),
]

# D: delegat compounds.
D = [
    maker("delegat-1")("1", "Beslut ska rapporteras till vidaredelegaten, som därefter ska "
                       "rapportera dem till styrelsen.",
                       [("vidaredelegaten", "vidaredelegat", TJP),
                        ("styrelsen", "styrelse", POL)],
                       [SKA, inf("rapporteras", "rapportera", "pass"), ("ska", "skola", "pres", "act", 1),
                        inf("rapportera", nth=0)],
                       [st(None, None, OB, "ska", "rapportera", "rapporteras",
                           "till vidaredelegaten", passive=True),
                        st("vidaredelegat", "vidaredelegaten", OB, "ska", "rapportera",
                           "rapportera", "dem till styrelsen")]),
    maker("delegat-2")("1", "Huvuddelegaten får i sin tur uppdra åt en anställd att besluta.",
                       [("Huvuddelegaten", "huvuddelegat", TJP),
                        ("anställd", "anställd", TJP)],
                       [FAR, inf("uppdra"), inf("besluta")],
                       [st("huvuddelegat", "Huvuddelegaten", PERM, "får", "uppdra", "uppdra",
                           "åt en anställd att besluta")]),
    maker("delegat-3")("1", "Ersättardelegaten beslutar när delegaten är frånvarande.",
                       [("Ersättardelegaten", "ersättardelegat", TJP),
                        ("delegaten", "delegat", TJP)],
                       [pres("beslutar", "besluta"), pres("är", "vara")],
                       [st("ersättardelegat", "Ersättardelegaten", NONE, None, "besluta",
                           "beslutar", None, condition="när delegaten är frånvarande")]),
    maker("delegat-n1")("1", "Beslutet fattas enligt vidaredelegation.", [],
                        [pres("fattas", "fatta", "pass")]),
]


if __name__ == "__main__":
    write_part(sys.argv[1], "w57-c", DOCUMENTS, after=[*B, *C, *D])
