"""Builds corpus/dev/w52-l.jsonl and the documents corpus/dev/w52-l-*.txt with their gold:
invented material for round 52, writer w52l (analysis 52-av and ruling v1).
`w52-l-kustsakerhet`: a double-spaced PDF text layer (a word hyphenated across the empty
lines) whose lines break off at a preposition before a capitalised name (`… till` ⏎⏎
`Länsstyrelsen. …`, av-C1), a negative heading line whose preposition a `som`-clause strands;
a coordinated `grova och samordnade` attribute (av-C3) and a finite coordinated past (negative).
`w52-l-dels-rader`: an amendment preamble with each `dels att` on its own line (v1: lead-in
with items, each (regering, none, föreskriva)). `w52-l-dels-stycke`: the same run together,
with a comma series of `X ska V-s` clauses inside one `att` (v1, av-C4: one statement), and a
kommun decision `beslutar dels att …` (av-C4), a negative with a new sentence after `att`.
`w52-l-stadgar`: old stadgar syntax: a purpose clause with a comma-enclosed `om`-insertion
between place phrases (av-C2; a negative whose `att`-clause has its own subject), `Såsom
<NP> skall` before an inverted passive or subject (av-C6; a negative `Såsom framgår …`).
Gold by hand from docs/annotation.md (§1.2, §5.1, round 52 v1) before the rules. Offsets
computed.
Run: python corpus/make_w52_l.py corpus/dev"""

import sys

from records import EXT, FTV, ORG, POL, SKA, SKALL, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w52-l")

# (a) A double-spaced PDF text layer of a state agency's instruction.
D = "w52-l-kustsakerhet"
KS_TEXT = """Förordning (2033:18) med instruktion för Kustsäkerhetsverket

Uppgifter

1 §

Kustsäkerhetsverket ska samordna arbetet med säkerheten längs kusten och ut-

färda råd om fartygstrafik.

2 §

Kustsäkerhetsverket ska varje år lämna en redovisning av sina kostnader till

Länsstyrelsen. Kustsäkerhetsverket ska också samråda med kommunerna i länet.

3 §

Generaldirektören ska utan dröjsmål sända de justerade rapporterna från insatserna till

Regeringskansliet.

4 §

Kustsäkerhetsverket ska bidra till arbetet mot den grova och samordnade smugglingen i hamnarna.

Uppgifter som generaldirektören svarar för

5 §

Generaldirektören planerade och samordnade övningen i hamnen.
"""
MK, GD = "kustsäkerhetsverket", "generaldirektör"
KS = [
    rec("title", "Förordning (2033:18) med instruktion för Kustsäkerhetsverket",
        [("Kustsäkerhetsverket", MK, EXT)], kind="heading", doc=D),
    rec("h1", "Uppgifter", kind="heading", doc=D),
    rec("§1", "Kustsäkerhetsverket ska samordna arbetet med säkerheten längs kusten och utfärda råd om "
        "fartygstrafik.", [("Kustsäkerhetsverket", MK, EXT)], [SKA, inf("samordna"), inf("utfärda")],
        [st(MK, "Kustsäkerhetsverket", "obligation", "ska", "samordna", "samordna",
            "arbetet med säkerheten längs kusten"),
         st(MK, "Kustsäkerhetsverket", "obligation", "ska", "utfärda", "utfärda",
            "råd om fartygstrafik")], parent="h1", label="1 §", doc=D),
    rec("§2", "Kustsäkerhetsverket ska varje år lämna en redovisning av sina kostnader till "
        "Länsstyrelsen. Kustsäkerhetsverket ska också samråda med kommunerna i länet.",
        [("Kustsäkerhetsverket", MK, EXT), ("Länsstyrelsen", "länsstyrelse", EXT),
         ("Kustsäkerhetsverket", MK, EXT, 1), ("kommunerna", "kommun", ORG)],
        [SKA, inf("lämna"), (*SKA, 1), inf("samråda")],
        [st(MK, "Kustsäkerhetsverket", "obligation", "ska", "lämna", "lämna",
            "en redovisning av sina kostnader till Länsstyrelsen"),
         st(MK, "Kustsäkerhetsverket", "obligation", "ska", "samråda", "samråda",
            "med kommunerna i länet")], parent="h1", label="2 §", doc=D),
    rec("§3", "Generaldirektören ska utan dröjsmål sända de justerade rapporterna från "
        "insatserna till Regeringskansliet.",
        [("Generaldirektören", GD, "tjänsteperson"),
         ("Regeringskansliet", "regeringskansliet", EXT)],
        [SKA, inf("sända")],
        [st(GD, "Generaldirektören", "obligation", "ska", "sända", "sända",
            "de justerade rapporterna från insatserna till Regeringskansliet")],
        parent="h1", label="3 §", doc=D),
    rec("§4", "Kustsäkerhetsverket ska bidra till arbetet mot den grova och samordnade smugglingen i "
        "hamnarna.", [("Kustsäkerhetsverket", MK, EXT)], [SKA, inf("bidra")],
        [st(MK, "Kustsäkerhetsverket", "obligation", "ska", "bidra", "bidra",
            "till arbetet mot den grova och samordnade smugglingen i hamnarna")],
        parent="h1", label="4 §", doc=D),
    rec("h2", "Uppgifter som generaldirektören svarar för",
        [("generaldirektören", GD, "tjänsteperson")], [pres("svarar", "svara")], kind="heading", doc=D),
    rec("§5", "Generaldirektören planerade och samordnade övningen i hamnen.",
        [("Generaldirektören", GD, "tjänsteperson")],
        [("planerade", "planera", "past", "act"), ("samordnade", "samordna", "past", "act")],
        [st(GD, "Generaldirektören", "none", None, "planera", "planerade"),
         st(GD, "Generaldirektören", "none", None, "samordna", "samordnade",
            "övningen i hamnen")], parent="h2", label="5 §", doc=D),
]

# (b) An amendment preamble with each `dels att` on its own line (ruling v1: items).
D = "w52-l-dels-rader"
DR_TEXT = """Förordning om ändring i förordningen (2031:77) om statsbidrag till hembygdsföreningar

Regeringen föreskriver i fråga om förordningen (2031:77) om statsbidrag till hembygdsföreningar

dels att 6 § ska upphöra att gälla,

dels att 2 och 4 §§ ska ha följande lydelse.
"""
REG = ("Regeringen", "regering", EXT)
FORESKRIVER = pres("föreskriver", "föreskriva")
DR_ITEMS = [("dels att 6 § ska upphöra att gälla,", [SKA, inf("upphöra"), inf("gälla")],
             "att 6 § ska upphöra att gälla"),
            ("dels att 2 och 4 §§ ska ha följande lydelse.", [SKA, inf("ha")],
             "att 2 och 4 §§ ska ha följande lydelse")]
DR = [
    rec("title", "Förordning om ändring i förordningen (2031:77) om statsbidrag till "
        "hembygdsföreningar", kind="heading", doc=D),
    rec("p1", "Regeringen föreskriver i fråga om förordningen (2031:77) om statsbidrag till "
        "hembygdsföreningar", [REG], [FORESKRIVER], parent="title", doc=D),
    *[rec(f"p1.{number}", item, (), verbs,
          [st("regering", "Regeringen", "none", None, "föreskriva", "föreskriver", obj)],
          kind="list_item", parent="p1", doc=D)
      for number, (item, verbs, obj) in enumerate(DR_ITEMS, 1)],
]

# (c) The same kind of preamble run together in one paragraph; a kommun decision.
D = "w52-l-dels-stycke"
DS_PREAMBLE = ("Regeringen föreskriver i fråga om förordningen (2030:140) om avgifter för "
               "fiskekort dels att rubriken före 3 § ska sättas närmast före 4 §, rubriken före "
               "7 § ska sättas närmast före 8 §, och rubriken före 11 § ska utgå, dels att 5 § "
               "ska ha följande lydelse.")
DS_BESLUT = ("Kommunfullmäktige beslutar dels att taxan i bilaga 3 ska höjas, avgiften för "
             "kopior ska tas bort och tabellen i bilaga 4 ska justeras, dels att ändringarna "
             "ska gälla från den 1 juli.")
DS_NEG = ("Kommunfullmäktige beslutar att avgiften för tömning ska sänkas. Nämnden ska "
          "informera fastighetsägarna om beslutet.")
DS_TEXT = ("Förordning om ändring i förordningen (2030:140) om avgifter för fiskekort\n\n"
           f"{DS_PREAMBLE}\n\nBeslut om taxor\n\n{DS_BESLUT}\n\n{DS_NEG}\n")
KF = ("Kommunfullmäktige", "kommunfullmäktige", POL)
DS = [
    rec("title", "Förordning om ändring i förordningen (2030:140) om avgifter för fiskekort",
        kind="heading", doc=D),
    rec("p1", DS_PREAMBLE, [REG],
        [FORESKRIVER, SKA, inf("sättas", "sätta", "pass"), (*SKA, 1),
         inf("sättas", "sätta", "pass", 1), (*SKA, 2), inf("utgå"), (*SKA, 3), inf("ha")],
        [st("regering", "Regeringen", "none", None, "föreskriva", "föreskriver",
            "i fråga om förordningen (2030:140) om avgifter för fiskekort")],
        parent="title", doc=D),
    rec("h1", "Beslut om taxor", kind="heading", doc=D),
    rec("p2", DS_BESLUT, [KF],
        [pres("beslutar", "besluta"), SKA, inf("höjas", "höja", "pass"), (*SKA, 1),
         inf("tas", "ta", "pass"), (*SKA, 2), inf("justeras", "justera", "pass"), (*SKA, 3),
         inf("gälla")],
        [st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "besluta", "beslutar")],
        parent="h1", doc=D),
    rec("p3", DS_NEG, [KF, ("Nämnden", "nämnd", POL), ("fastighetsägarna", "fastighetsägare",
                                                        "övrig")],
        [pres("beslutar", "besluta"), SKA, inf("sänkas", "sänka", "pass"), (*SKA, 1),
         inf("informera")],
        [st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "besluta", "beslutar",
            "att avgiften för tömning ska sänkas"),
         st("nämnd", "Nämnden", "obligation", "ska", "informera", "informera",
            "fastighetsägarna om beslutet")], parent="h1", doc=D),
]

# (d) Old stadgar: a purpose clause with a comma-enclosed `om`-insertion; `Såsom <NP> skall`.
D = "w52-l-stadgar"
EH = "förening"
ST_1 = ("Föreningen har till ändamål att inom socknen, och om årsmötet så beslutar, i "
        "grannbygderna anordna kurser i slöjd.")
ST_2 = ("Föreningen har även till uppgift att inom socknen, eller om bättre lönsamhet därmed "
        "uppnås, i rimligt avstånd från socknen bedriva handel med ved.")
ST_3 = ("Styrelsen ska verka för att i varje by, om lokaler finns, fler medlemmar får plats "
        "vid kurserna.")
ST_4 = "Såsom intäkt skall icke räknas gåvor till föreningens byggnadsfond."
ST_5 = "Såsom sekreterare skall tjänstgöra den yngste ledamoten."
ST_6 = "Såsom framgår av 4 § skall kassören föra räkenskaperna."
ST_TEXT = f"Stadgar\n\n{ST_1} {ST_2}\n\n{ST_3}\n\n{ST_4} {ST_5}\n\n{ST_6}\n"
HAR_TILL = "har till ändamål att"
ST = [
    rec("title", "Stadgar", kind="heading", doc=D),
    rec("p1", f"{ST_1} {ST_2}",
        [("Föreningen", EH, ORG), ("årsmötet", "årsmöte", "övrig"), ("Föreningen", EH, ORG, 1)],
        [pres("har", "ha"), pres("beslutar", "besluta"), inf("anordna"),
         pres("har", "ha", nth=1), pres("uppnås", "uppnå", "pass"), inf("bedriva")],
        [st(EH, "Föreningen", "obligation", HAR_TILL, "anordna", "anordna", "kurser i slöjd"),
         st(EH, "Föreningen", "obligation", "har även till uppgift att", "bedriva", "bedriva",
            "handel med ved")], parent="title", doc=D),
    rec("p2", ST_3, [("Styrelsen", "styrelse", POL), ("medlemmar", "medlem", "övrig")],
        [SKA, inf("verka"), pres("finns", "finnas"), pres("får", "få")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "verka", "verka",
            "för att i varje by, om lokaler finns, fler medlemmar får plats vid kurserna")],
        parent="title", doc=D),
    rec("p3", f"{ST_4} {ST_5}", [("ledamoten", "ledamot", FTV)],
        [SKALL, inf("räknas", "räkna", "pass"), (*SKALL, 1), inf("tjänstgöra")],
        [st(None, None, "prohibition", "skall icke", "räkna", "räknas",
            "gåvor till föreningens byggnadsfond", passive=True, negated=True),
         st("ledamot", "ledamoten", "obligation", "skall", "tjänstgöra", "tjänstgöra",
            "Såsom sekreterare")], parent="title", doc=D),
    rec("p4", ST_6, [("kassören", "kassör", FTV)],
        [pres("framgår", "framgå"), SKALL, inf("föra")],
        [st("kassör", "kassören", "obligation", "skall", "föra", "föra", "räkenskaperna")],
        parent="title", doc=D),
]

DOCUMENTS = {"w52-l-kustsakerhet": (KS_TEXT, KS), "w52-l-dels-rader": (DR_TEXT, DR),
             "w52-l-dels-stycke": (DS_TEXT, DS), "w52-l-stadgar": (ST_TEXT, ST)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-l", DOCUMENTS)
