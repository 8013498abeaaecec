"""Builds corpus/dev/w49-o.jsonl and the document corpus/dev/w49-o-attest.txt with their gold:
invented material for round 49, writer ao (analysis 49-ao causes S1, G1, G2, G3 and two side
findings). A flattened guideline line whose numbered headings are two role nouns around a
slash, one of them an acronym the actor lexicon knows (`Ekonomichef / VD`), before the
sentence that names them again (`Skolchefen respektive VD …`); a relative clause without `som`
after a definite time noun between the modal and its infinitives (`ska senast den 1 mars det
år stämman hålls utse … och anmäla …`); a final `samt att <inf>` after a series member that
holds its own `för att`-clause; a passive conjoined to `ska ske …` (an agentless passive: the
implicit actor, or its `av`-agent); `utse ombud och anmäla dessa` (two aims); `har det
yttersta ansvaret att se till att … och att …` (one statement, aim `se`). Negatives
beside each. Gold by hand from docs/annotation.md §1.2, §5 and round 49 before the rules.
Offsets computed.
Run: python corpus/make_w49_o.py corpus/dev"""

import sys

from records import FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

OB, RE = "obligation", "responsibility"
EXT, FORV = "extern", "förvaltningsorganisation"
rec = records_for("w49-o")


def pas(word, lemma, tense="inf"):
    """A passive VERB tuple."""
    return (word, lemma, tense, "pass", 0)


# (a) S1: a flattened guideline line, numbered slash headings with an acronym part
D = "w49-o-attest"
TITLE = "Riktlinje för attest i Ekby kommunkoncern"
B1 = "Riktlinjen gäller all attest av fakturor."
B2 = "Ekonomichefen och VD ska se till att räkenskaperna stäms av varje månad."
B3 = "Skolchefen respektive VD ansvarar för att arkivet vårdas."
B4 = "Attestanten granskar varje faktura."
ATTEST_TEXT = (f"{TITLE}\n1 Inledning {B1} 2 Ekonomichef / VD {B2} 3 Skolchef / VD {B3} "
               f"4 Attest {B4}\n")
VD = ("VD", "verkställande direktör", TJP)
ATTEST = [
    rec("title", TITLE, kind="heading", doc=D),
    rec("1", "Inledning", kind="heading", label="1", doc=D),
    rec("1.1", B1, verbs=[pres("gäller", "gälla")], parent="1", doc=D),
    rec("2", "Ekonomichef / VD", [("Ekonomichef", "ekonomichef", TJP), VD],
        kind="heading", label="2", doc=D),
    rec("2.1", B2, [("Ekonomichefen", "ekonomichef", TJP), VD],
        [SKA, inf("se"), pas("stäms", "stämma", "pres")],
        [st("ekonomichef", "Ekonomichefen", OB, "ska se till att", "se", "se",
            "att räkenskaperna stäms av varje månad"),
         st("verkställande direktör", "VD", OB, "ska se till att", "se", "se",
            "att räkenskaperna stäms av varje månad")], parent="2", doc=D),
    rec("3", "Skolchef / VD", [("Skolchef", "skolchef", TJP), VD],
        kind="heading", label="3", doc=D),
    rec("3.1", B3, [("Skolchefen", "skolchef", TJP), VD],
        [pres("ansvarar", "ansvara"), pas("vårdas", "vårda", "pres")],
        [st("skolchef", "Skolchefen", RE, "ansvarar för", "ansvara", "ansvarar",
            "att arkivet vårdas"),
         st("verkställande direktör", "VD", RE, "ansvarar för", "ansvara", "ansvarar",
            "att arkivet vårdas")], parent="3", doc=D),
    rec("4", "Attest", kind="heading", label="4", doc=D),
    rec("4.1", B4, [("Attestanten", "attestant", TJP)], [pres("granskar", "granska")],
        [st("attestant", "Attestanten", "none", None, "granska", "granskar", "varje faktura")],
        parent="4", doc=D),
]

REVISOR, STYRELSE = ("revisorer", "revisor", FTV), ("styrelsen", "styrelse", POL)
SENTENCES = [
    # S1 negative: a slash pair inside a sentence (lower case) is no heading
    rec("s1-n", "Attestanten rapporterar avvikelser till ekonomichef / VD varje månad.",
        [("Attestanten", "attestant", TJP), ("ekonomichef", "ekonomichef", TJP), VD],
        [pres("rapporterar", "rapportera")],
        [st("attestant", "Attestanten", "none", None, "rapportera", "rapporterar",
            "avvikelser till ekonomichef / VD varje månad")]),
    # G1: a relative clause without `som` after a definite time noun inside the modal chain
    rec("g1-1", "Stiftelsen ska senast den 20 februari det år styrelsen väljs utse revisorer "
        "och anmäla dessa till länsstyrelsen.",
        [("Stiftelsen", "stiftelse", ORG), STYRELSE, REVISOR,
         ("länsstyrelsen", "länsstyrelse", POL)],
        [SKA, pas("väljs", "välja", "pres"), inf("utse"), inf("anmäla")],
        [st("stiftelse", "Stiftelsen", OB, "ska", "utse", "utse", "revisorer"),
         st("stiftelse", "Stiftelsen", OB, "ska", "anmäla", "anmäla",
            "dessa till länsstyrelsen")]),
    rec("g1-2", "Kassören ska senast den 31 januari det år bokslutet upprättas lämna "
        "kassaboken till revisorerna och redovisa saldot.",
        [("Kassören", "kassör", FTV), ("revisorerna", "revisor", FTV)],
        [SKA, pas("upprättas", "upprätta", "pres"), inf("lämna"), inf("redovisa")],
        [st("kassör", "Kassören", OB, "ska", "lämna", "lämna", "kassaboken till revisorerna"),
         st("kassör", "Kassören", OB, "ska", "redovisa", "redovisa", "saldot")]),
    rec("g1-3", "Nämnden ska före den 1 april det kalenderår valet förrättas tillsätta ett "
        "valutskott och kalla dess ledamöter.",
        [("Nämnden", "nämnd", POL), ("valutskott", "valutskott", POL),
         ("ledamöter", "ledamot", FTV)],
        [SKA, pas("förrättas", "förrätta", "pres"), inf("tillsätta"), inf("kalla")],
        [st("nämnd", "Nämnden", OB, "ska", "tillsätta", "tillsätta", "ett valutskott"),
         st("nämnd", "Nämnden", OB, "ska", "kalla", "kalla", "dess ledamöter")]),
    rec("g1-4", "Klubben ska före utgången av den vecka årsmötet hålls skicka in protokollet "
        "och betala serieavgiften.",
        [("Klubben", "klubb", ORG), ("årsmötet", "årsmöte", OVR)],
        [SKA, pas("hålls", "hålla", "pres"), inf("skicka"), inf("betala")],
        [st("klubb", "Klubben", OB, "ska", "skicka", "skicka", "protokollet"),
         st("klubb", "Klubben", OB, "ska", "betala", "betala", "serieavgiften")]),
    # G1 negatives: no subject and finite verb after the time noun; a `som`-clause
    rec("g1-n1", "Styrelsen ska det året anta en ny budget.",
        [("Styrelsen", "styrelse", POL)], [SKA, inf("anta")],
        [st("styrelse", "Styrelsen", OB, "ska", "anta", "anta", "en ny budget")]),
    rec("g1-n2", "Förbundet ska under det år som följer efter valet revidera stadgarna.",
        [("Förbundet", "förbund", ORG)], [SKA, pres("följer", "följa"), inf("revidera")],
        [st("förbund", "Förbundet", OB, "ska", "revidera", "revidera", "stadgarna")]),
    # G2: a final `samt/och att <inf>` after a member holding its own `för att`-clause
    rec("g2-1", "Handläggaren är skyldig att granska ansökan, att informera sökanden, att verka "
        "för att arbetet sker skyndsamt samt att tillse att sökanden får besked.",
        [("Handläggaren", "handläggare", TJP), ("sökanden", "sökande", EXT),
         ("sökanden", "sökande", EXT, 1)],
        [pres("är", "vara"), inf("granska"), inf("informera"), inf("verka"),
         pres("sker", "ske"), inf("tillse"), pres("får", "få")],
        [st("handläggare", "Handläggaren", OB, "är skyldig att", "granska", "granska",
            "ansökan"),
         st("handläggare", "Handläggaren", OB, "är skyldig att", "informera", "informera",
            "sökanden"),
         st("handläggare", "Handläggaren", OB, "är skyldig att", "verka", "verka",
            "för att arbetet sker skyndsamt"),
         st("handläggare", "Handläggaren", OB, "är skyldig att", "tillse", "tillse",
            "att sökanden får besked")]),
    rec("g2-2", "Rektorn är skyldig att följa budgeten, att arbeta för att eleverna når målen "
        "samt att rapportera avvikelser till nämnden.",
        [("Rektorn", "rektor", TJP), ("eleverna", "elev", EXT), ("nämnden", "nämnd", POL)],
        [pres("är", "vara"), inf("följa"), inf("arbeta"), pres("når", "nå"),
         inf("rapportera")],
        [st("rektor", "Rektorn", OB, "är skyldig att", "följa", "följa", "budgeten"),
         st("rektor", "Rektorn", OB, "är skyldig att", "arbeta", "arbeta",
            "för att eleverna når målen"),
         st("rektor", "Rektorn", OB, "är skyldig att", "rapportera", "rapportera",
            "avvikelser till nämnden")]),
    rec("g2-3", "Sekreteraren har till uppgift att föra protokoll, att arbeta för att "
        "medlemmarna får kallelse i tid och att arkivera handlingarna.",
        [("Sekreteraren", "sekreterare", TJP), ("medlemmarna", "medlem", OVR)],
        [pres("har", "ha"), inf("föra"), inf("arbeta"), pres("får", "få"), inf("arkivera")],
        [st("sekreterare", "Sekreteraren", OB, "har till uppgift att", "föra", "föra",
            "protokoll"),
         st("sekreterare", "Sekreteraren", OB, "har till uppgift att", "arbeta", "arbeta",
            "för att medlemmarna får kallelse i tid"),
         st("sekreterare", "Sekreteraren", OB, "har till uppgift att", "arkivera", "arkivera",
            "handlingarna")]),
    # G2 negatives: the second `att` has a subject and a finite verb
    rec("g2-n1", "Styrelsen ska arbeta för att medlemmarna engagerar sig och att klubbens "
        "stugor underhålls.",
        [("Styrelsen", "styrelse", POL), ("medlemmarna", "medlem", OVR),
         ("klubbens", "klubb", ORG)],
        [SKA, inf("arbeta"), pres("engagerar", "engagera"),
         pas("underhålls", "underhålla", "pres")],
        [st("styrelse", "Styrelsen", OB, "ska", "arbeta", "arbeta",
            "för att medlemmarna engagerar sig och att klubbens stugor underhålls")]),
    rec("g2-n2", "Föreningen ska verka för att ungdomar deltar samt att ledarna utbildas.",
        [("Föreningen", "förening", ORG), ("ungdomar", "ungdom", EXT),
         ("ledarna", "ledare", TJP)],
        [SKA, inf("verka"), pres("deltar", "delta"), pas("utbildas", "utbilda", "pres")],
        [st("förening", "Föreningen", OB, "ska", "verka", "verka",
            "för att ungdomar deltar samt att ledarna utbildas")]),
    # G3: a passive conjoined to `ska ske …` shares the modal
    rec("g3-1", "Kontrollen ska ske varje kvartal och rapporteras till direktionen.",
        [("direktionen", "direktion", POL)],
        [SKA, inf("ske"), pas("rapporteras", "rapportera")],
        [st(None, None, OB, "ska", "rapportera", "rapporteras", "till direktionen",
            passive=True)]),
    rec("g3-2", "Inventeringen ska ske i oktober och dokumenteras av förvaltningen.",
        [("förvaltningen", "förvaltning", FORV)],
        [SKA, inf("ske"), pas("dokumenteras", "dokumentera")],
        [st("förvaltning", "förvaltningen", OB, "ska", "dokumentera", "dokumenteras",
            "Inventeringen", passive=True)]),
    rec("g3-3", "Avstämningen av kassan ska ske månadsvis och redovisas för styrelsen.",
        [STYRELSE], [SKA, inf("ske"), pas("redovisas", "redovisa")],
        [st(None, None, OB, "ska", "redovisa", "redovisas", "för styrelsen", passive=True)]),
    # G3 negatives: no passive conjunct
    rec("g3-n1", "Utbetalningen ska ske varje månad.", [], [SKA, inf("ske")]),
    rec("g3-n2", "Granskningen ska ske årligen och avse hela verksamheten.", [],
        [SKA, inf("ske"), inf("avse")]),
    # side: `utse ombud och anmäla dessa`: two aims
    rec("o-1", "Nämnden ska utse ombud och anmäla dessa till länsstyrelsen.",
        [("Nämnden", "nämnd", POL), ("ombud", "ombud", TJP),
         ("länsstyrelsen", "länsstyrelse", POL)],
        [SKA, inf("utse"), inf("anmäla")],
        [st("nämnd", "Nämnden", OB, "ska", "utse", "utse", "ombud"),
         st("nämnd", "Nämnden", OB, "ska", "anmäla", "anmäla", "dessa till länsstyrelsen")]),
    rec("o-2", "Föreningen ska välja ombud och underrätta förbundet om valet.",
        [("Föreningen", "förening", ORG), ("ombud", "ombud", TJP),
         ("förbundet", "förbund", ORG)],
        [SKA, inf("välja"), inf("underrätta")],
        [st("förening", "Föreningen", OB, "ska", "välja", "välja", "ombud"),
         st("förening", "Föreningen", OB, "ska", "underrätta", "underrätta",
            "förbundet om valet")]),
    rec("o-n", "Föreningen ska utse ombud och ersättare.",
        [("Föreningen", "förening", ORG), ("ombud", "ombud", TJP),
         ("ersättare", "ersättare", FTV)],
        [SKA, inf("utse")],
        [st("förening", "Föreningen", OB, "ska", "utse", "utse", "ombud och ersättare")]),
    # side: `har det yttersta ansvaret (för) att se till att … och att …`: one statement
    rec("a-1", "Direktionen har alltid det yttersta ansvaret att se till att rutinerna är kända "
        "och att de följs.",
        [("Direktionen", "direktion", POL)],
        [pres("har", "ha"), inf("se"), pres("är", "vara"), pas("följs", "följa", "pres")],
        [st("direktion", "Direktionen", RE, "har det yttersta ansvaret att", "se", "se",
            "att rutinerna är kända och att de följs")]),
    rec("a-2", "Styrelsen har det samlade ansvaret för att se till att planen följs och "
        "att uppföljning sker.",
        [("Styrelsen", "styrelse", POL)],
        [pres("har", "ha"), inf("se"), pas("följs", "följa", "pres"), pres("sker", "ske")],
        [st("styrelse", "Styrelsen", RE, "har det samlade ansvaret för att", "se", "se",
            "att planen följs och att uppföljning sker")]),
]

DOCUMENTS = {D: (ATTEST_TEXT, ATTEST)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w49-o", DOCUMENTS, after=SENTENCES)
