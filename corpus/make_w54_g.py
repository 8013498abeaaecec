"""Builds corpus/dev/w54-g.jsonl (and the page corpus/dev/w54-g-vatten.txt): invented sentences
for round 54, writer w54g (leftovers of the w54-b and w54-e writers). (1) A company name with
`och` or `&` between its capitalised words before the legal form is one name, also as a
genitive owner, after `styrelsen i` and later as `bolaget`; negatives: two companies (or a body
and a company) coordinated by `och` stay two. (2) A pair of capitalised abbreviations in
brackets after a body (`(KS AU)`) is one gloss of it, not two actors; negative: two bodies each
with its own one-word acronym. (3) A relative clause with its own cue (§5.1) on a presented subject
(`finns`, additive `komma`) gives its verb a statement with the relative's head as actor;
negatives: a relative without a cue, a presented non-actor's relative. (4) `Det är X som V1 Y,
som V2 …`: the second `som` clause belongs to Y (with a cue; without one it gives none).
Gold by hand from docs/annotation.md. Offsets computed.
Run: python corpus/make_w54_g.py corpus/dev"""

import sys

from records import (
    AR,
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

RE, NONE, OB, PE = "responsibility", "none", "obligation", "permission"


def rec(doc, *args, **kwargs):
    return records_for(f"w54-g-{doc}", check_texts=True)("1", *args, **kwargs)


NHL = "norrvik hamn och logistik ab"
SBN = "sjöby bredband & nät ab"
KSAU = "kommunstyrelsens arbetsutskott"

COMPANIES = [
    # (1) `och` / `&` inside a company name before its legal form
    rec("co-1", "Norrvik Hamn och Logistik AB ansvarar för hamnens drift.",
        [("Norrvik Hamn och Logistik AB", NHL, ORG)], [pres("ansvarar", "ansvara")],
        [st(NHL, "Norrvik Hamn och Logistik AB", RE, "ansvarar för", "ansvara", "ansvarar",
            "för hamnens drift")]),
    rec("co-2", "Sjöby Bredband & Nät AB äger stadsnätet.",
        [("Sjöby Bredband & Nät AB", SBN, ORG)], [pres("äger", "äga")],
        [st(SBN, "Sjöby Bredband & Nät AB", NONE, None, "äga", "äger", "stadsnätet")]),
    rec("co-3", "Styrelsen i Norrvik Hamn och Logistik AB sammanträder fyra gånger per år.",
        [("Styrelsen", "styrelse", POL), ("Norrvik Hamn och Logistik AB", NHL, ORG)],
        [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", NONE, None, "sammanträda", "sammanträder")]),
    rec("co-4", "Sjöby Bredband & Nät AB:s styrelse utser verkställande direktör.",
        [("Sjöby Bredband & Nät AB:s", SBN, ORG), ("styrelse", "styrelse", POL),
         ("verkställande direktör", "verkställande direktör", TJP)],
        [pres("utser", "utse")],
        [st("styrelse", "styrelse", NONE, None, "utse", "utser", "verkställande direktör")]),
    rec("co-5", "Ekby Mark & Exploatering AB förvärvar och säljer tomtmark.",
        [("Ekby Mark & Exploatering AB", "ekby mark & exploatering ab", ORG)],
        [pres("förvärvar", "förvärva"), pres("säljer", "sälja")],
        [st("ekby mark & exploatering ab", "Ekby Mark & Exploatering AB", NONE, None,
            "förvärva", "förvärvar", "tomtmark"),
         st("ekby mark & exploatering ab", "Ekby Mark & Exploatering AB", NONE, None,
            "sälja", "säljer", "tomtmark")]),
    rec("co-6", "Tallåsa Kultur och Fritid AB ska driva simhallen.",
        [("Tallåsa Kultur och Fritid AB", "tallåsa kultur och fritid ab", ORG)],
        [SKA, inf("driva")],
        [st("tallåsa kultur och fritid ab", "Tallåsa Kultur och Fritid AB", OB, "ska",
            "driva", "driva", "simhallen")]),
    # (1) negatives: two names joined by `och`, each with its legal form; a body and a company
    rec("co-n1", "Ekby Energi AB och Ekby Vatten AB ska samordna sina investeringar.",
        [("Ekby Energi AB", "ekby energi ab", ORG), ("Ekby Vatten AB", "ekby vatten ab", ORG)],
        [SKA, inf("samordna")],
        [st("ekby energi ab", "Ekby Energi AB", OB, "ska", "samordna", "samordna",
            "sina investeringar"),
         st("ekby vatten ab", "Ekby Vatten AB", OB, "ska", "samordna", "samordna",
            "sina investeringar")]),
    rec("co-n2", "Kommunstyrelsen och Ekby Hamn AB tecknar avtalet.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("Ekby Hamn AB", "ekby hamn ab", ORG)],
        [pres("tecknar", "teckna")],
        [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "teckna", "tecknar", "avtalet"),
         st("ekby hamn ab", "Ekby Hamn AB", NONE, None, "teckna", "tecknar", "avtalet")]),
    rec("co-n3", "Tallåsa Fjärrvärme AB och kommunen delar på kostnaden.",
        [("Tallåsa Fjärrvärme AB", "tallåsa fjärrvärme ab", ORG),
         ("kommunen", "kommun", ORG)],
        [pres("delar", "dela")],
        [st("tallåsa fjärrvärme ab", "Tallåsa Fjärrvärme AB", NONE, None, "dela", "delar",
            "på kostnaden"),
         st("kommun", "kommunen", NONE, None, "dela", "delar", "på kostnaden")]),
]

GLOSSES = [
    # (2) a pair of abbreviations in brackets glosses the body before it
    rec("au-1", "Ärendena bereds av kommunstyrelsens arbetsutskott (KS AU).",
        [("kommunstyrelsens arbetsutskott", KSAU, POL), ("KS AU", KSAU, POL)],
        [pres("bereds", "bereda", "pass")],
        [st(KSAU, "kommunstyrelsens arbetsutskott", NONE, None, "bereda", "bereds",
            "Ärendena", passive=True)]),
    rec("au-2", "Arbetsutskottet (BUN AU) förbereder nämndens sammanträden.",
        [("Arbetsutskottet", "arbetsutskott", POL), ("BUN AU", "arbetsutskott", POL),
         ("nämndens", "nämnd", POL)],
        [pres("förbereder", "förbereda")],
        [st("arbetsutskott", "Arbetsutskottet", NONE, None, "förbereda", "förbereder",
            "nämndens sammanträden")]),
    rec("au-3", "Socialnämndens individutskott (SN IU) beslutar i enskilda ärenden.",
        [("Socialnämndens individutskott", "socialnämndens individutskott", POL),
         ("SN IU", "socialnämndens individutskott", POL)],
        [pres("beslutar", "besluta")],
        [st("socialnämndens individutskott", "Socialnämndens individutskott", NONE, None,
            "besluta", "beslutar", "i enskilda ärenden")]),
    rec("au-4", "Brådskande ärenden får avgöras av tekniska nämndens arbetsutskott (TN AU).",
        [("tekniska nämndens arbetsutskott", "tekniska nämndens arbetsutskott", POL),
         ("TN AU", "tekniska nämndens arbetsutskott", POL)],
        [FAR, inf("avgöras", "avgöra", "pass")],
        [st("tekniska nämndens arbetsutskott", "tekniska nämndens arbetsutskott",
            PE, "får", "avgöra", "avgöras", "Brådskande ärenden", passive=True)]),
    rec("au-5", "Ärendet avgörs av arbetsutskottet (KS AU) eller av ordföranden.",
        [("arbetsutskottet", "arbetsutskott", POL), ("KS AU", "arbetsutskott", POL),
         ("ordföranden", "ordförande", FTV)],
        [pres("avgörs", "avgöra", "pass")],
        [st("arbetsutskott", "arbetsutskottet", NONE, None, "avgöra", "avgörs", "Ärendet",
            passive=True),
         st("ordförande", "ordföranden", NONE, None, "avgöra", "avgörs", "Ärendet",
            passive=True)]),
    # (2) negative: two bodies, each with its own acronym
    rec("au-n1", "Frågan bereds av kommunstyrelsen (KS) och tekniska nämnden (TN).",
        [("kommunstyrelsen", "kommunstyrelse", POL), ("KS", "kommunstyrelse", POL),
         ("tekniska nämnden", "teknisk nämnd", POL), ("TN", "teknisk nämnd", POL)],
        [pres("bereds", "bereda", "pass")],
        [st("kommunstyrelse", "kommunstyrelsen", NONE, None, "bereda", "bereds", "Frågan",
            passive=True),
         st("teknisk nämnd", "tekniska nämnden", NONE, None, "bereda", "bereds", "Frågan",
            passive=True)]),
]

RELATIVES = [
    # (3) a relative clause with its own cue (§5.1) on a presented subject (`finns`, additive
    # `komma`): the relative's head is its actor; `finns` keeps its own statement (§5.2)
    rec("rel-1", "Under kommunstyrelsen finns en krisledningsnämnd som ansvarar för "
        "krisarbetet.",
        [("kommunstyrelsen", "kommunstyrelse", POL),
         ("krisledningsnämnd", "krisledningsnämnd", POL)],
        [pres("finns", "finnas"), pres("ansvarar", "ansvara")],
        [st("krisledningsnämnd", "krisledningsnämnd", NONE, None, "finnas", "finns"),
         st("krisledningsnämnd", "krisledningsnämnd", RE, "ansvarar för", "ansvara",
            "ansvarar", "för krisarbetet")]),
    rec("rel-2", "Inom förvaltningen finns tre enheter som ansvarar för vatten och avlopp.",
        [("förvaltningen", "förvaltning", FORV), ("enheter", "enhet", FORV)],
        [pres("finns", "finnas"), pres("ansvarar", "ansvara")],
        [st("enhet", "enheter", NONE, None, "finnas", "finns"),
         st("enhet", "enheter", RE, "ansvarar för", "ansvara", "ansvarar",
            "för vatten och avlopp")]),
    rec("rel-3", "Vid sidan av styrelsen finns ett revisionsutskott, som ska granska "
        "räkenskaperna.",
        [("styrelsen", "styrelse", POL), ("revisionsutskott", "revisionsutskott", POL)],
        [pres("finns", "finnas"), SKA, inf("granska")],
        [st("revisionsutskott", "revisionsutskott", NONE, None, "finnas", "finns"),
         st("revisionsutskott", "revisionsutskott", OB, "ska", "granska", "granska",
            "räkenskaperna")]),
    rec("rel-4", "Härtill kommer revisorerna, som har till uppgift att granska verksamheten.",
        [("revisorerna", "revisor", FTV)],
        [pres("kommer", "komma"), HAR, inf("granska")],
        [st("revisor", "revisorerna", OB, "har till uppgift att", "granska", "granska",
            "verksamheten")]),
    rec("rel-5", "Till detta kommer ett presidium som får besluta i brådskande ärenden.",
        [("presidium", "presidium", POL)],
        [pres("kommer", "komma"), FAR, inf("besluta")],
        [st("presidium", "presidium", PE, "får", "besluta", "besluta",
            "i brådskande ärenden")]),
    rec("rel-6", "I förbundet finns en direktion som ska fatta beslut om budgeten.",
        [("förbundet", "förbund", ORG), ("direktion", "direktion", POL)],
        [pres("finns", "finnas"), SKA, inf("fatta")],
        [st("direktion", "direktion", NONE, None, "finnas", "finns"),
         st("direktion", "direktion", OB, "ska", "fatta", "fatta", "beslut om budgeten")]),
    # (3) negatives: a relative without a cue of its own gives none (§5.1); the presented
    # subject is no actor (an actor inside its relative is none)
    rec("rel-n1", "I reglementet finns de regler som gäller för styrelsen.",
        [("styrelsen", "styrelse", POL)], [pres("finns", "finnas"), pres("gäller", "gälla")]),
    rec("rel-n2", "I förbundet finns en direktion som leder arbetet.",
        [("förbundet", "förbund", ORG), ("direktion", "direktion", POL)],
        [pres("finns", "finnas"), pres("leder", "leda")],
        [st("direktion", "direktion", NONE, None, "finnas", "finns")]),
    rec("rel-n3", "Härtill kommer ett arbetsutskott som bereder ärendena.",
        [("arbetsutskott", "arbetsutskott", POL)],
        [pres("kommer", "komma"), pres("bereder", "bereda")]),
]

CLEFTS = [
    # (4) a cleft whose clause's object has a comma relative of its own, with a cue
    rec("cl-1", "Det är nämnden som utser förvaltningschefen, som därefter ansvarar för "
        "verksamheten.",
        [("nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [AR, pres("utser", "utse"), pres("ansvarar", "ansvara")],
        [st("nämnd", "nämnden", NONE, None, "utse", "utser", "förvaltningschefen"),
         st("förvaltningschef", "förvaltningschefen", RE, "ansvarar för", "ansvara",
            "ansvarar", "för verksamheten")]),
    rec("cl-2", "Det är fullmäktige som väljer revisorerna, som ska granska nämnderna.",
        [("fullmäktige", "fullmäktige", POL), ("revisorerna", "revisor", FTV),
         ("nämnderna", "nämnd", POL)],
        [AR, pres("väljer", "välja"), SKA, inf("granska")],
        [st("fullmäktige", "fullmäktige", NONE, None, "välja", "väljer", "revisorerna"),
         st("revisor", "revisorerna", OB, "ska", "granska", "granska", "nämnderna")]),
    rec("cl-3", "Det är direktionen som anställer förbundsdirektören, som får delegera "
        "uppgifter.",
        [("direktionen", "direktion", POL), ("förbundsdirektören", "förbundsdirektör", TJP)],
        [AR, pres("anställer", "anställa"), FAR, inf("delegera")],
        [st("direktion", "direktionen", NONE, None, "anställa", "anställer",
            "förbundsdirektören"),
         st("förbundsdirektör", "förbundsdirektören", PE, "får", "delegera", "delegera",
            "uppgifter")]),
    # (4) negatives: a plain cleft; an object's relative without a cue gives none (§5.1)
    rec("cl-n1", "Det är ordföranden som kallar till sammanträde.",
        [("ordföranden", "ordförande", FTV)],
        [AR, pres("kallar", "kalla")],
        [st("ordförande", "ordföranden", NONE, None, "kalla", "kallar", "till sammanträde")]),
    rec("cl-n2", "Det är direktionen som anställer förbundsdirektören, som sedan leder "
        "förvaltningen.",
        [("direktionen", "direktion", POL), ("förbundsdirektören", "förbundsdirektör", TJP),
         ("förvaltningen", "förvaltning", FORV)],
        [AR, pres("anställer", "anställa"), pres("leder", "leda")],
        [st("direktion", "direktionen", NONE, None, "anställa", "anställer",
            "förbundsdirektören")]),
]

# (1) a page: the company's name with `och`, later referred to as `bolaget`
D = "w54-g-vatten"
EVA = "ekby vatten och avfall ab"
PAGE = """Ägardirektiv för Ekby Vatten och Avfall AB

Ekby Vatten och Avfall AB ägs av Ekby kommun.

Bolaget ska sköta vattenförsörjningen och avfallshanteringen.
"""
page = records_for(D, check_texts=True)
PAGE_RECORDS = [
    page("title", "Ägardirektiv för Ekby Vatten och Avfall AB",
         [("Ekby Vatten och Avfall AB", EVA, ORG)], kind="heading"),
    page("1", "Ekby Vatten och Avfall AB ägs av Ekby kommun.",
         [("Ekby Vatten och Avfall AB", EVA, ORG), ("Ekby kommun", "ekby kommun", ORG)],
         [pres("ägs", "äga", "pass")],
         [st("ekby kommun", "Ekby kommun", NONE, None, "äga", "ägs",
             "Ekby Vatten och Avfall AB", passive=True)]),
    page("2", "Bolaget ska sköta vattenförsörjningen och avfallshanteringen.",
         [("Bolaget", EVA, ORG)], [SKA, inf("sköta")],
         [st(EVA, "Bolaget", OB, "ska", "sköta", "sköta",
             "vattenförsörjningen och avfallshanteringen")]),
]


if __name__ == "__main__":
    write_part(sys.argv[1], "w54-g", {D: (PAGE, PAGE_RECORDS)},
               before=[*COMPANIES, *GLOSSES, *RELATIVES, *CLEFTS])
