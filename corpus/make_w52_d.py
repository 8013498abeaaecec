"""Builds corpus/dev/w52-d.jsonl and the documents corpus/dev/w52-d-*.txt with their gold:
invented material for round 52, writer w52d (tagger slips, analyses 52-ca S1, S6, S8, S9 and
52-bh C1). `w52-d-arbetsordning` (a company board's arbetsordning as blank-line blocks):
supines of strong and irregular verbs after `har` (`har valt att`, `har valt <object>`,
`har sålt … och lagt ned …`, `har bett <object> om …`: their lemmas välja, sälja, lägga, be,
docs/annotation.md §4 lemma), past participles before a bare noun in a modal's coordinated
object (`ska tillämpa X och beslutade riktlinjer samt informera …`, `och vederbörligen
fattade beslut samt rapportera …`, `och antagna planer`: attributes, no VERB, §4 round 43;
the later `samt` + infinitive keeps its statement), `är att` + an infinitive before its
object (`Syftet … är att avlasta styrelsen …`: a VERB, no statement, §5.1); negatives: a
preterite conjunct after a preterite (`granskade … och fattade beslut om …`: two verbs),
an adjective after `är att` (`att ekonomiska rapporter blir …`), the preterite `rev` of riva
with its subject. `w52-d-delegation` (a socialnämnd's delegationsordning flattened by a PDF
viewer into runs of rows): a capitals cover line with the abbreviation `rev` (no verb), rows whose
delegate cell opens with a capitalised s-passive + `av` + actor (`Anställs av`, `Beslutas
av`, `Hanteras av`, `Utses av`: passive statements of the agent, §5.6); negative: a row
whose second cell is a place name in -s before `kommun` (no verb). Gold by hand from
docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w52_d.py corpus/dev"""

import sys

from records import (
    AR,
    FORV,
    FTV,
    ORG,
    POL,
    SKA,
    TJP,
    blocks_text,
    inf,
    pres,
    records_for,
    sup,
    write_part,
)
from records import statement as st

rec = records_for("w52-d")
ST = "styrelse"
VD = "verkställande direktör"


def past(word, lemma, voice="act", nth=0):
    """A preterite VERB tuple."""
    return (word, lemma, "past", voice, nth)


HAR = ("har", "ha", "pres", "act")

# (a) A company board's arbetsordning as blank-line blocks.
D = "w52-d-arbetsordning"
A = [
    "Arbetsordning för styrelsen",
    "Styrelsen har valt att anta denna arbetsordning för sitt arbete under verksamhetsåret.",
    "Årsstämman har valt två revisorer för perioden 2026–2029.",
    "Styrelsen har sålt fastigheten på Kvarngatan och lagt ned verksamheten där.",
    "Styrelsen har bett revisorerna om en särskild granskning av upphandlingarna.",
    "Verkställande direktören ska tillämpa gällande lagar och beslutade riktlinjer samt "
    "informera styrelsen om avvikelser.",
    "Verkställande direktören ska följa styrelsens anvisningar och vederbörligen fattade "
    "beslut samt rapportera till styrelsen varje månad.",
    "Verkställande direktören ska verkställa styrelsens beslut och antagna planer.",
    "Styrelsen granskade budgeten i mars och fattade beslut om investeringarna.",
    "Syftet med instruktionen är att avlasta styrelsen löpande förvaltningsfrågor.",
    "Målet är att ekonomiska rapporter blir tydligare.",
    "Förvaltningen rev den gamla förrådsbyggnaden under våren.",
]
VDS = ("Verkställande direktören", VD, TJP)
ARBETSORDNING = [
    rec("title", A[0], [("styrelsen", ST, POL)], doc=D, kind="heading"),
    rec("p1", A[1], [("Styrelsen", ST, POL)], [HAR, sup("valt", "välja"), inf("anta")],
        [st(ST, "Styrelsen", "none", None, "välja", "valt",
            "att anta denna arbetsordning för sitt arbete under verksamhetsåret")], doc=D),
    rec("p2", A[2], [("Årsstämman", "årsstämma", POL), ("revisorer", "revisor", FTV)],
        [HAR, sup("valt", "välja")],
        [st("årsstämma", "Årsstämman", "none", None, "välja", "valt",
            "två revisorer för perioden 2026–2029")], doc=D),
    rec("p3", A[3], [("Styrelsen", ST, POL)],
        [HAR, sup("sålt", "sälja"), sup("lagt", "lägga")],
        [st(ST, "Styrelsen", "none", None, "sälja", "sålt", "fastigheten på Kvarngatan"),
         st(ST, "Styrelsen", "none", None, "lägga", "lagt", "verksamheten där")], doc=D),
    rec("p4", A[4], [("Styrelsen", ST, POL), ("revisorerna", "revisor", FTV)],
        [HAR, sup("bett", "be")],
        [st(ST, "Styrelsen", "none", None, "be", "bett",
            "revisorerna om en särskild granskning av upphandlingarna")], doc=D),
    # a past participle before a bare noun in the modal's object is an attribute
    rec("p5", A[5], [VDS, ("styrelsen", ST, POL)], [SKA, inf("tillämpa"), inf("informera")],
        [st(VD, "Verkställande direktören", "obligation", "ska", "tillämpa", "tillämpa",
            "gällande lagar och beslutade riktlinjer"),
         st(VD, "Verkställande direktören", "obligation", "ska", "informera", "informera",
            "styrelsen om avvikelser")], doc=D),
    rec("p6", A[6], [VDS, ("styrelsens", ST, POL), ("styrelsen", ST, POL)],
        [SKA, inf("följa"), inf("rapportera")],
        [st(VD, "Verkställande direktören", "obligation", "ska", "följa", "följa",
            "styrelsens anvisningar och vederbörligen fattade beslut"),
         st(VD, "Verkställande direktören", "obligation", "ska", "rapportera", "rapportera",
            "till styrelsen varje månad")], doc=D),
    rec("p7", A[7], [VDS, ("styrelsens", ST, POL)], [SKA, inf("verkställa")],
        [st(VD, "Verkställande direktören", "obligation", "ska", "verkställa", "verkställa",
            "styrelsens beslut och antagna planer")], doc=D),
    # negative: a preterite conjunct after a preterite keeps its verb
    rec("p8", A[8], [("Styrelsen", ST, POL)],
        [past("granskade", "granska"), past("fattade", "fatta")],
        [st(ST, "Styrelsen", "none", None, "granska", "granskade", "budgeten i mars"),
         st(ST, "Styrelsen", "none", None, "fatta", "fattade", "beslut om investeringarna")],
        doc=D),
    # `är att` + an infinitive: the actor is its object, no subject of the copula
    rec("p9", A[9], [("styrelsen", ST, POL)], [AR, inf("avlasta")], doc=D),
    # negative: an adjective after `är att` stays one
    rec("p10", A[10], [], [AR, pres("blir", "bli")], doc=D),
    # negative: the preterite of riva with its subject
    rec("p11", A[11], [("Förvaltningen", "förvaltning", FORV)], [past("rev", "riva")],
        [st("förvaltning", "Förvaltningen", "none", None, "riva", "rev",
            "den gamla förrådsbyggnaden under våren")], doc=D),
]

# (b) A socialnämnd's delegationsordning whose table a PDF viewer flattened into runs of rows.
D = "w52-d-delegation"
B = [
    "DELEGATIONSORDNING FÖR SOCIALNÄMNDEN rev Innehåll",
    "Delegationsordningen gäller från den 1 april 2026.",
    "Anställning av enhetschef Anställs av förvaltningschefen Uppsägning av enhetschef "
    "Beslutas av personalutskottet Avtal med Lindås kommun Förvaltningschefen",
    "Fördelning av lokaler Hanteras av fastighetsenheten Val av dataskyddsombud Utses av "
    "socialnämnden Remissvar i personalfrågor Personalchefen",
]
SN = "socialnämnd"
FC = "förvaltningschef"
EC = ("enhetschef", "enhetschef", TJP)
DELEGATION = [
    rec("title", B[0], [("SOCIALNÄMNDEN", SN, POL)], doc=D, kind="heading"),
    rec("p1", B[1], [], [pres("gäller", "gälla")], doc=D),
    # a place name in -s before `kommun` is no s-passive; the last delegate cell is an
    # actor with no verb
    rec("p2", B[2], [EC, ("förvaltningschefen", FC, TJP), (*EC, 1),
                     ("personalutskottet", "personalutskott", POL),
                     ("Lindås kommun", "lindås kommun", ORG), ("Förvaltningschefen", FC, TJP)],
        [pres("Anställs", "anställa", "pass"), pres("Beslutas", "besluta", "pass")],
        [st(FC, "förvaltningschefen", "none", None, "anställa", "Anställs", passive=True),
         st("personalutskott", "personalutskottet", "none", None, "besluta", "Beslutas",
            passive=True)], doc=D),
    rec("p3", B[3], [("fastighetsenheten", "fastighetsenhet", FORV),
                     ("dataskyddsombud", "dataskyddsombud", TJP), ("socialnämnden", SN, POL),
                     ("Personalchefen", "personalchef", TJP)],
        [pres("Hanteras", "hantera", "pass"), pres("Utses", "utse", "pass")],
        [st("fastighetsenhet", "fastighetsenheten", "none", None, "hantera", "Hanteras",
            passive=True),
         st(SN, "socialnämnden", "none", None, "utse", "Utses", passive=True)], doc=D),
]

DOCUMENTS = {
    "w52-d-arbetsordning": (blocks_text(ARBETSORDNING), ARBETSORDNING),
    "w52-d-delegation": (blocks_text(DELEGATION), DELEGATION),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-d", DOCUMENTS)
