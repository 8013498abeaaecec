"""Builds corpus/dev/w35-k.jsonl: invented sentences and two small documents for round 35,
writer K (gold by hand from docs/annotation.md before the rules ran): K1 a presentational
verb's late subject after a fronted subordinate clause or a fronted prepositional phrase
other than the place (`Utöver X ingår i Y …`, `När X inte sammanträder sitter …`, modal
chains `kan i X även ingå`); K2 a main clause after `och`/`men` with its own fronted
adverbial keeps its own (late or inverted) subject, a verb-phrase conjunct still shares
the first clause's; K3 organisation names in a title in capitals (`… NORDÅNS
RÄDDNINGSTJÄNSTFÖRBUND`, `REGION NORDÅ`) that a later `förbundet`/`regionen` refers to
(docs w35-k-forbund, w35-k-region). Offsets computed.
Run: python corpus/make_w35_k.py corpus/dev/w35-k.jsonl"""

import json
import sys

from records import FORV, FTV, ORG, POL, TJP, records_for
from records import statement as st

PRES, PAST, INF = "pres", "past", "inf"


rec = records_for("w35-k", check_texts=True)


FORBUND = "nordåns räddningstjänstförbund"
RECORDS = [
    # K1: a late subject after a fronted PP other than the place, or a fronted clause
    rec("1", "Utöver ordföranden ingår i presidiet två vice ordförande.",
        [("ordföranden", "ordförande", FTV), ("presidiet", "presidium", POL),
         ("vice ordförande", "vice ordförande", FTV)],
        [("ingår", "ingå", PRES, "act")],
        [st("vice ordförande", "vice ordförande", "none", None, "ingå", "ingår")]),
    rec("2", "När nämnden inte sammanträder sitter ordföranden i arbetsutskottet.",
        [("nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV),
         ("arbetsutskottet", "arbetsutskott", POL)],
        [("sammanträder", "sammanträda", PRES, "act"), ("sitter", "sitta", PRES, "act")],
        [st("ordförande", "ordföranden", "none", None, "sitta", "sitter", "i arbetsutskottet",
            condition="När nämnden inte sammanträder")],
        ["När nämnden inte sammanträder"]),
    rec("3", "Vid behov kan i styrgruppen även ingå en controller.",
        [("styrgruppen", "styrgrupp", FORV), ("controller", "controller", TJP)],
        [("kan", "kunna", PRES, "act"), ("ingå", "ingå", INF, "act")],
        [st("controller", "controller", "permission", "kan", "ingå", "ingå",
            condition="Vid behov")],
        ["Vid behov"]),
    rec("4", "Om rektor har förhinder ska i ledningsrådet ingå prorektor.",
        [("rektor", "rektor", TJP), ("ledningsrådet", "ledningsråd", FORV),
         ("prorektor", "prorektor", TJP)],
        [("har", "ha", PRES, "act"), ("ska", "skola", PRES, "act"), ("ingå", "ingå", INF, "act")],
        [st("prorektor", "prorektor", "obligation", "ska", "ingå", "ingå",
            condition="Om rektor har förhinder")],
        ["Om rektor har förhinder"]),
    rec("5", "Under valperioden sitter i direktionen sju ledamöter.",
        [("direktionen", "direktion", POL), ("ledamöter", "ledamot", FTV)],
        [("sitter", "sitta", PRES, "act")],
        [st("ledamot", "ledamöter", "none", None, "sitta", "sitter")]),
    rec("6", "Förutom förvaltningschefen finns inom förvaltningen en kanslichef.",
        [("förvaltningschefen", "förvaltningschef", TJP), ("förvaltningen", "förvaltning", FORV),
         ("kanslichef", "kanslichef", TJP)],
        [("finns", "finnas", PRES, "act")],
        [st("kanslichef", "kanslichef", "none", None, "finnas", "finns")]),
    # K2: a V2 main clause after och/men with its own fronted adverbial
    rec("7", "Styrelsen består av sju ledamöter och i styrelsen ingår även tre suppleanter.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("styrelsen", "styrelse", POL), ("suppleanter", "suppleant", FTV)],
        [("består", "bestå", PRES, "act"), ("ingår", "ingå", PRES, "act")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av sju ledamöter"),
         st("suppleant", "suppleanter", "none", None, "ingå", "ingår")]),
    rec("8", "Förbundsdirektören leder kansliet men i ledningsgruppen sitter även ekonomichefen.",
        [("Förbundsdirektören", "förbundsdirektör", TJP), ("kansliet", "kansli", FORV),
         ("ledningsgruppen", "ledningsgrupp", FORV), ("ekonomichefen", "ekonomichef", TJP)],
        [("leder", "leda", PRES, "act"), ("sitter", "sitta", PRES, "act")],
        [st("förbundsdirektör", "Förbundsdirektören", "none", None, "leda", "leder", "kansliet"),
         st("ekonomichef", "ekonomichefen", "none", None, "sitta", "sitter")]),
    rec("9", "Nämnden fattar beslut om bidrag och inom förvaltningen finns en handläggare för "
        "ärendena.",
        [("Nämnden", "nämnd", POL), ("förvaltningen", "förvaltning", FORV),
         ("handläggare", "handläggare", TJP)],
        [("fattar", "fatta", PRES, "act"), ("finns", "finnas", PRES, "act")],
        [st("nämnd", "Nämnden", "none", None, "fatta", "fattar", "beslut om bidrag"),
         st("handläggare", "handläggare", "none", None, "finnas", "finns")]),
    rec("10", "Rektor leder högskolan men i rektors uppdrag ingår även att företräda högskolan.",
        [("Rektor", "rektor", TJP), ("högskolan", "högskola", ORG), ("rektors", "rektor", TJP),
         ("högskolan", "högskola", ORG, 1)],
        [("leder", "leda", PRES, "act"), ("ingår", "ingå", PRES, "act"),
         ("företräda", "företräda", INF, "act")],
        [st("rektor", "Rektor", "none", None, "leda", "leder", "högskolan")]),
    rec("11", "Nämnden beslutar om taxor och verkställer besluten.",
        [("Nämnden", "nämnd", POL)],
        [("beslutar", "besluta", PRES, "act"), ("verkställer", "verkställa", PRES, "act")],
        [st("nämnd", "Nämnden", "none", None, "besluta", "beslutar", "om taxor"),
         st("nämnd", "Nämnden", "none", None, "verkställa", "verkställer", "besluten")]),
    rec("12", "Direktionen sammanträder fyra gånger per år och vid behov kallar ordföranden "
        "till extra sammanträde.",
        [("Direktionen", "direktion", POL), ("ordföranden", "ordförande", FTV)],
        [("sammanträder", "sammanträda", PRES, "act"), ("kallar", "kalla", PRES, "act")],
        [st("direktion", "Direktionen", "none", None, "sammanträda", "sammanträder"),
         st("ordförande", "ordföranden", "none", None, "kalla", "kallar", "till extra sammanträde",
            condition="vid behov")],
        ["vid behov"]),
    rec("13", "Kommunstyrelsen leder arbetet och därefter utser fullmäktige revisorerna.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("fullmäktige", "fullmäktige", POL),
         ("revisorerna", "revisor", FTV)],
        [("leder", "leda", PRES, "act"), ("utser", "utse", PRES, "act")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "leda", "leder", "arbetet"),
         st("fullmäktige", "fullmäktige", "none", None, "utse", "utser", "revisorerna")]),
    # K3: organisation names in a title in capitals
    rec("title", "INSTRUKTION FÖR FÖRBUNDSDIREKTÖREN I NORDÅNS RÄDDNINGSTJÄNSTFÖRBUND",
        [("FÖRBUNDSDIREKTÖREN", "förbundsdirektör", TJP),
         ("NORDÅNS RÄDDNINGSTJÄNSTFÖRBUND", FORBUND, ORG)],
        doc="w35-k-forbund", kind="heading"),
    rec("p1", "Förbundsdirektören leder förbundets förvaltning. Förbundet ska ha en direktion.",
        [("Förbundsdirektören", "förbundsdirektör", TJP), ("förbundets", FORBUND, ORG),
         ("förvaltning", "förvaltning", FORV), ("Förbundet", FORBUND, ORG),
         ("direktion", "direktion", POL)],
        [("leder", "leda", PRES, "act"), ("ska", "skola", PRES, "act"), ("ha", "ha", INF, "act")],
        [st("förbundsdirektör", "Förbundsdirektören", "none", None, "leda", "leder",
            "förbundets förvaltning"),
         st(FORBUND, "Förbundet", "obligation", "ska", "ha", "ha", "en direktion")],
        doc="w35-k-forbund"),
    rec("p2", "Förbundsdirektören ansvarar inför direktionen för förbundets ekonomi.",
        [("Förbundsdirektören", "förbundsdirektör", TJP), ("direktionen", "direktion", POL),
         ("förbundets", FORBUND, ORG)],
        [("ansvarar", "ansvara", PRES, "act")],
        [st("förbundsdirektör", "Förbundsdirektören", "responsibility", "ansvarar", "ansvara",
            "ansvarar", "inför direktionen för förbundets ekonomi")],
        doc="w35-k-forbund"),
    rec("title", "REGLEMENTE FÖR REGIONSTYRELSEN I REGION NORDÅ",
        [("REGIONSTYRELSEN", "regionstyrelse", POL), ("REGION NORDÅ", "region nordå", ORG)],
        doc="w35-k-region", kind="heading"),
    rec("p1", "Regionstyrelsen leder regionens förvaltning. Regionen ska ha en regiondirektör.",
        [("Regionstyrelsen", "regionstyrelse", POL), ("regionens", "region nordå", ORG),
         ("förvaltning", "förvaltning", FORV), ("Regionen", "region nordå", ORG),
         ("regiondirektör", "regiondirektör", TJP)],
        [("leder", "leda", PRES, "act"), ("ska", "skola", PRES, "act"), ("ha", "ha", INF, "act")],
        [st("regionstyrelse", "Regionstyrelsen", "none", None, "leda", "leder",
            "regionens förvaltning"),
         st("region nordå", "Regionen", "obligation", "ska", "ha", "ha", "en regiondirektör")],
        doc="w35-k-region"),
]


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
