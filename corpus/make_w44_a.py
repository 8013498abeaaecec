"""Builds corpus/dev/w44-a.jsonl and corpus/dev/w44-a-*.txt: invented material for round 44,
writer A (probe44 causes A1, A3, A4; gold by hand from docs/annotation.md before the rules).
A1: an abbreviation a document defines in its list of abbreviations (`Förkortningar:` /
`Förklaringar:` with `AC = avdelningschef` or table lines `PC Parkchef`) is an actor mention
wherever it stands as a delegate or a subject, with its expansion's canonical and category
(round 44 ruling, docs/annotation.md §2); the negatives are the laws in the same lists (`KL`,
`OSL`, `LOU`), which stay no actors. A docplayer delegationsordning (`w44-a-sorby`: page lines
with a counter and a running title in capitals, run-together table rows), a plain one with an
`=` list (`w44-a-teknik`) and one with table lines (`w44-a-park`). A3: `får inte X utan
ska/bör/måste Y` gives the second conjunct the first one's actor and its own modal
(`w44-a-ansvar`, `w44-a-sorby`, `w44-a-teknik`); negatives `utan att`, the preposition `utan`
and `inte bara X utan även Y` in a noun phrase. A4: an `att` + subject + verb item under
`ansvarar för:` is a responsibility (aim `ansvara`, §5.1), beside a noun item and a
sentence item after the list. Offsets computed.
Run: python corpus/make_w44_a.py corpus/dev"""

import sys

from records import BOR, EXT, FAR, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w44-a", conditions_from_statements=True)


def nth(items):
    """Adds the occurrence index to (piece, ...) tuples listed in text order."""
    seen = {}
    out = []
    for item in items:
        count = seen.get(item[0], 0)
        seen[item[0]] = count + 1
        out.append((*item, count))
    return out


D = "w44-a-sorby"
SORBY_TEXT = """Delegationsordning, Sörby kommun, kultur- och fritidsnämnden
1 1 (3) DELEGATIONSORDNING KULTUR- OCH FRITIDSNÄMNDEN 1. Allmänt 1.1 Brådskande ärenden \
Ordföranden får besluta på nämndens vägnar i brådskande ärenden. 1.2 Jäv En delegat som är \
jävig får inte besluta i ärendet utan ska överlämna det till nämnden.
2 2 (3) DELEGATIONSORDNING KULTUR- OCH FRITIDSNÄMNDEN 2. Förteckning Förkortningar: KL = \
kommunallagen OSL = offentlighets- och sekretesslagen AC = avdelningschef BC = bibliotekschef \
Nr Ärende Delegat Lagrum 2.1 Föreningsbidrag under 20 000 kr AC 2.2 Utlåningsregler för \
biblioteken BC Samråd med ordföranden bör ske 2.3 Avslag på begäran om allmän handling BC 6 \
kap. 3 § OSL Avgift får inte tas ut
3 3 (3) DELEGATIONSORDNING KULTUR- OCH FRITIDSNÄMNDEN 3. Övrigt AC ska hålla förteckningen \
aktuell och BC ska publicera den på webbplatsen.
"""
KFN = "kultur- och fritidsnämnd"
KFO = "kultur- och fritidsnämndens ordförande"
PAGES = [line[2:] for line in SORBY_TEXT.split("\n")[1:4]]
HEAD = ("KULTUR- OCH FRITIDSNÄMNDEN", KFN, POL)
AC = ("AC", "avdelningschef", TJP)
BC = ("BC", "bibliotekschef", TJP)
SORBY = [
    rec("title", SORBY_TEXT.split("\n")[0],
        [("Sörby kommun", "sörby kommun", ORG), ("kultur- och fritidsnämnden", KFN, POL)],
        doc=D, kind="heading"),
    rec("1", PAGES[0],
        nth([HEAD, ("Ordföranden", KFO, FTV), ("nämndens", "nämnd", POL),
             ("delegat", "delegat", TJP), ("nämnden", "nämnd", POL)]),
        [FAR, inf("besluta"), pres("är", "vara"), (*FAR, 1), inf("besluta", nth=1), SKA,
         inf("överlämna")],
        statements=[
            st(KFO, "Ordföranden", "permission", "får", "besluta", "besluta",
               "på nämndens vägnar i brådskande ärenden"),
            st("delegat", "delegat", "prohibition", "får inte", "besluta", "besluta",
               "i ärendet", negated=True),
            st("delegat", "delegat", "obligation", "ska", "överlämna", "överlämna",
               "det till nämnden")], doc=D, label="1"),
    rec("2", PAGES[1],
        nth([HEAD, AC, ("avdelningschef", "avdelningschef", TJP), BC,
             ("bibliotekschef", "bibliotekschef", TJP), AC, BC, ("ordföranden", KFO, FTV), BC]),
        [BOR, inf("ske"), FAR, inf("tas", "ta", "pass")],
        statements=[st(None, None, "prohibition", "får inte", "ta", "tas", "Avgift",
                       passive=True, negated=True)], doc=D, label="2"),
    rec("3", PAGES[2], nth([HEAD, AC, BC]),
        [SKA, inf("hålla"), (*SKA, 1), inf("publicera")],
        statements=[
            st("avdelningschef", "AC", "obligation", "ska", "hålla", "hålla",
               "förteckningen aktuell"),
            st("bibliotekschef", "BC", "obligation", "ska", "publicera", "publicera",
               "den på webbplatsen")], doc=D, label="3"),
]

D = "w44-a-teknik"
TN = "teknisk nämnd"
TEKNIK_11 = "Förklaringar: TC = teknisk chef, GC = gatuchef, LOU = lagen om offentlig upphandling."
TEKNIK_21 = ("TC får teckna avtal om entreprenader upp till två miljoner kronor. Beslut om "
             "schaktning i allmän mark fattas av GC.")
TEKNIK_22 = "GC får inte attestera egna inköp utan ska lämna fakturan till TC."
TEKNIK_23 = "Upphandling enligt LOU beslutas av nämnden."
TEKNIK_TEXT = f"""Delegationsordning för tekniska nämnden

1. Förkortningar

{TEKNIK_11}

2. Delegationer

{TEKNIK_21}

{TEKNIK_22}

{TEKNIK_23}
"""
TC = ("TC", "teknisk chef", TJP)
GC = ("GC", "gatuchef", TJP)
TEKNIK = [
    rec("title", "Delegationsordning för tekniska nämnden", [("tekniska nämnden", TN, POL)],
        doc=D, kind="heading"),
    rec("1", "Förkortningar", doc=D, kind="heading", label="1."),
    rec("1.1", TEKNIK_11,
        [TC, ("teknisk chef", "teknisk chef", TJP), GC, ("gatuchef", "gatuchef", TJP)],
        doc=D, parent="1"),
    rec("2", "Delegationer", doc=D, kind="heading", label="2."),
    rec("2.1", TEKNIK_21, [TC, GC], [FAR, inf("teckna"), pres("fattas", "fatta", "pass")],
        statements=[
            st("teknisk chef", "TC", "permission", "får", "teckna", "teckna",
               "avtal om entreprenader upp till två miljoner kronor"),
            st("gatuchef", "GC", "none", None, "fatta", "fattas",
               "Beslut om schaktning i allmän mark", passive=True)], doc=D, parent="2"),
    rec("2.2", TEKNIK_22, [GC, TC], [FAR, inf("attestera"), SKA, inf("lämna")],
        statements=[
            st("gatuchef", "GC", "prohibition", "får inte", "attestera", "attestera",
               "egna inköp", negated=True),
            st("gatuchef", "GC", "obligation", "ska", "lämna", "lämna", "fakturan till TC")],
        doc=D, parent="2"),
    rec("2.3", TEKNIK_23, [("nämnden", "nämnd", POL)], [pres("beslutas", "besluta", "pass")],
        statements=[st("nämnd", "nämnden", "none", None, "besluta", "beslutas",
                       "Upphandling enligt LOU", passive=True)], doc=D, parent="2"),
]

D = "w44-a-park"
PARK_P1 = "Förkortningar:\nPC Parkchef\nTL Trädgårdsmästare\nKL Kommunallagen"
PARK_11 = ("PC får besluta om upplåtelse av parkmark för evenemang. TL ansvarar för beskärning "
           "av träd i parkerna.")
PARK_12 = "Yttranden enligt KL beslutas av nämnden."
PARK_TEXT = f"""Delegationsordning för parknämnden

{PARK_P1}

1. Delegationer

{PARK_11}

{PARK_12}
"""
PC = ("PC", "parkchef", TJP)
TL = ("TL", "trädgårdsmästare", TJP)
PARK = [
    rec("title", "Delegationsordning för parknämnden", [("parknämnden", "parknämnd", POL)],
        doc=D, kind="heading"),
    rec("p1", PARK_P1.replace("\n", " "),
        [PC, ("Parkchef", "parkchef", TJP), TL, ("Trädgårdsmästare", "trädgårdsmästare", TJP)],
        doc=D),
    rec("1", "Delegationer", doc=D, kind="heading", label="1."),
    rec("1.1", PARK_11, [PC, TL], [FAR, inf("besluta"), pres("ansvarar", "ansvara")],
        statements=[
            st("parkchef", "PC", "permission", "får", "besluta", "besluta",
               "om upplåtelse av parkmark för evenemang"),
            st("trädgårdsmästare", "TL", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "för beskärning av träd i parkerna")], doc=D, parent="1"),
    rec("1.2", PARK_12, [("nämnden", "nämnd", POL)], [pres("beslutas", "besluta", "pass")],
        statements=[st("nämnd", "nämnden", "none", None, "besluta", "beslutas",
                       "Yttranden enligt KL", passive=True)], doc=D, parent="1"),
]

D = "w44-a-ansvar"
KC = "kanslichef"
ANSVAR_ITEMS = ["att diariet är uppdaterat varje vecka,", "arkivering av nämndernas handlingar,",
                "att protokollen blir justerade i tid."]
ANSVAR_12 = "Protokoll och kallelser ska publiceras på kommunens webbplats."
ANSVAR_21 = ("En ledamot som är jävig får inte delta i handläggningen utan ska lämna "
             "sammanträdesrummet. Revisorn får inte rätta felet själv utan bör genast anmäla "
             "det till nämnden.")
ANSVAR_22 = ("Valberedningen får inte föreslå egna ledamöter utan måste välja bland "
             "medlemmarna. Nämnden får inte fatta beslut utan att höra den sökande.")
ANSVAR_23 = "Kommittén ska bevaka inte bara bostadsfrågor utan även trafikfrågor."
ANSVAR_LIST = "\n".join(f"- {item}" for item in ANSVAR_ITEMS)
ANSVAR_TEXT = f"""Instruktion för kanslichefen i Åsby kommun

1. Ansvar

Kanslichefen ansvarar för:
{ANSVAR_LIST}

{ANSVAR_12}

2. Jäv

{ANSVAR_21}

{ANSVAR_22}

{ANSVAR_23}
"""


def ansvar_item(number, text):
    actors = [("nämndernas", "nämnd", POL)] if number == 2 else []
    return rec(f"1.1.{number}", text, actors,
               statements=[st(KC, "Kanslichefen", "responsibility", "ansvarar för", "ansvara",
                              "ansvarar", text.rstrip(",."))],
               doc=D, kind="list_item", parent="1.1", label="-")


ANSVAR = [
    rec("title", "Instruktion för kanslichefen i Åsby kommun",
        [("kanslichefen", KC, TJP), ("Åsby kommun", "åsby kommun", ORG)], doc=D, kind="heading"),
    rec("1", "Ansvar", doc=D, kind="heading", label="1."),
    rec("1.1", "Kanslichefen ansvarar för:", [("Kanslichefen", KC, TJP)],
        [pres("ansvarar", "ansvara")], doc=D, parent="1"),
    *[ansvar_item(number, text) for number, text in enumerate(ANSVAR_ITEMS, start=1)],
    rec("1.2", ANSVAR_12, [("kommunens", "åsby kommun", ORG)],
        [SKA, inf("publiceras", "publicera", "pass")],
        statements=[st(None, None, "obligation", "ska", "publicera", "publiceras",
                       "Protokoll och kallelser", passive=True)], doc=D, parent="1"),
    rec("2", "Jäv", doc=D, kind="heading", label="2."),
    rec("2.1", ANSVAR_21,
        [("ledamot", "ledamot", FTV), ("Revisorn", "revisor", FTV), ("nämnden", "nämnd", POL)],
        [pres("är", "vara"), FAR, inf("delta"), SKA, inf("lämna"), (*FAR, 1), inf("rätta"),
         BOR, inf("anmäla")],
        statements=[
            st("ledamot", "ledamot", "prohibition", "får inte", "delta", "delta",
               "i handläggningen", negated=True),
            st("ledamot", "ledamot", "obligation", "ska", "lämna", "lämna",
               "sammanträdesrummet"),
            st("revisor", "Revisorn", "prohibition", "får inte", "rätta", "rätta",
               "felet själv", negated=True),
            st("revisor", "Revisorn", "recommendation", "bör", "anmäla", "anmäla",
               "det till nämnden")], doc=D, parent="2"),
    rec("2.2", ANSVAR_22,
        [("Valberedningen", "valberedning", POL), ("ledamöter", "ledamot", FTV),
         ("medlemmarna", "medlem", "övrig"), ("Nämnden", "nämnd", POL),
         ("sökande", "sökande", EXT)],
        [FAR, inf("föreslå"), pres("måste", "måste"), inf("välja"), (*FAR, 1), inf("fatta"),
         inf("höra")],
        statements=[
            st("valberedning", "Valberedningen", "prohibition", "får inte", "föreslå",
               "föreslå", "egna ledamöter", negated=True),
            st("valberedning", "Valberedningen", "obligation", "måste", "välja", "välja",
               "bland medlemmarna"),
            st("nämnd", "Nämnden", "prohibition", "får inte", "fatta", "fatta",
               "beslut", negated=True)], doc=D, parent="2"),
    rec("2.3", ANSVAR_23, [("Kommittén", "kommitté", POL)], [SKA, inf("bevaka")],
        statements=[st("kommitté", "Kommittén", "obligation", "ska", "bevaka", "bevaka",
                       "inte bara bostadsfrågor utan även trafikfrågor")], doc=D, parent="2"),
]

D = "w44-a-idrott"
IDROTT_TEXT = """Delegationsordning för idrottsnämnden
1 1 (2) DELEGATIONSORDNING IDROTTSNÄMNDEN 1. Allmänt Nämndens ordförande får besluta i \
brådskande ärenden. Beslutet ska anmälas vid nästa sammanträde. Nämnden får återkalla en \
delegering.
2 2 (2) DELEGATIONSORDNING IDROTTSNÄMNDEN 2. Förteckning 2.1 Hyra av idrottshall Fritidschef \
Samråd med ordföranden bör ske 2.2 Bidrag till idrottsföreningar Nämnden
"""
# A5 (added with the rule, gold by §2.3 and the round 43 ruling): a bare chair under one
# body's title is that body's chair also after the text wrote `Nämndens ordförande`; A2: a
# subjectless `Samråd … bör ske` after a delegate cell gives no statement.
IN = "idrottsnämnd"
IPAGES = [line[2:] for line in IDROTT_TEXT.split("\n")[1:3]]
IHEAD = ("IDROTTSNÄMNDEN", IN, POL)
IDROTT = [
    rec("title", "Delegationsordning för idrottsnämnden", [("idrottsnämnden", IN, POL)], doc=D,
        kind="heading"),
    rec("1", IPAGES[0],
        nth([IHEAD, ("Nämndens ordförande", "nämndens ordförande", FTV),
             ("Nämnden", "nämnd", POL)]),
        [FAR, inf("besluta"), SKA, inf("anmälas", "anmäla", "pass"), (*FAR, 1),
         inf("återkalla")],
        [st("nämndens ordförande", "Nämndens ordförande", "permission", "får", "besluta",
            "besluta", "i brådskande ärenden"),
         st(None, None, "obligation", "ska", "anmäla", "anmälas", "Beslutet", passive=True),
         st("nämnd", "Nämnden", "permission", "får", "återkalla", "återkalla",
            "en delegering")], doc=D, label="1"),
    rec("2", IPAGES[1],
        nth([IHEAD, ("Fritidschef", "fritidschef", TJP),
             ("ordföranden", "idrottsnämndens ordförande", FTV),
             ("idrottsföreningar", "idrottsförening", ORG), ("Nämnden", "nämnd", POL)]),
        [BOR, inf("ske")], doc=D, label="2"),
]

DOCUMENTS = {"w44-a-sorby": (SORBY_TEXT, SORBY), "w44-a-teknik": (TEKNIK_TEXT, TEKNIK),
             "w44-a-park": (PARK_TEXT, PARK), "w44-a-ansvar": (ANSVAR_TEXT, ANSVAR),
             "w44-a-idrott": (IDROTT_TEXT, IDROTT)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-a", DOCUMENTS)
