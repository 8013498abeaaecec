"""Builds corpus/dev/w33-b.jsonl: invented sentences and two documents for round 33, writer B
(gold by hand from docs/annotation.md §5.1, §5.2, §2.2-2.3). B1 a lead-in whose last predicate
is a presentational verb (`ingå`, `finnas`, `höra`, `sitta`) with no late subject, or with
`följande <noun>` as its late subject: each actor item is that verb's subject (a named conjunct
in the lead-in keeps its own statement); B2 an `av`-agent built as genitive owner + actor head
(`av medlemskommunernas fullmäktige` → fullmäktige), and no agent for a passive inside an
indirect question after a fronted `Av`-phrase; B3 an item completing a modal lead-in with a
second bare infinitive after `samt`/`och`; B4 the finite s-passive after a fronted `Inom/Vid/I`
+ noun phrase. Offsets computed.
Run: python corpus/make_w33_b.py corpus/dev/w33-b.jsonl"""

import json
import sys

from records import FAR, FORV, FTV, ORG, OVR, POL, SKA, TJP
from records import clause_record as rec
from records import list_item as item
from records import statement as st

F, B = "w33-b-forvaltning", "w33-b-forbund"
NRF = "norrdalens räddningstjänstförbund"

RECORDS = [
    # B1: a presentational lead-in without its late subject; the actor items are its subjects
    rec(F, "title", "Reglemente för servicenämnden i Ekby kommun",
        [("servicenämnden", "servicenämnd", POL), ("Ekby kommun", "ekby kommun", ORG)],
        kind="heading"),
    rec(F, "1", "Servicenämnden ansvarar för kommunens interna service.",
        [("Servicenämnden", "servicenämnd", POL), ("kommunens", "ekby kommun", ORG)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st("servicenämnd", "Servicenämnden", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "kommunens interna service")]),
    rec(F, "2", "I serviceförvaltningen ingår",
        [("serviceförvaltningen", "serviceförvaltning", FORV)],
        [("ingår", "ingå", "pres", "act")]),
    item(F, "2.a", "ekonomienheten,", [("ekonomienheten", "ekonomienhet", FORV)], (),
         [st("ekonomienhet", "ekonomienheten", "none", None, "ingå", "ingår")],
         label="1."),
    item(F, "2.b", "IT-avdelningen, samt", [("IT-avdelningen", "it-avdelning", FORV)], (),
         [st("it-avdelning", "IT-avdelningen", "none", None, "ingå", "ingår")],
         label="2."),
    item(F, "2.c", "städenheten.", [("städenheten", "städenhet", FORV)], (),
         [st("städenhet", "städenheten", "none", None, "ingå", "ingår")],
         label="3."),
    # `följande <noun>` as the late subject: incomplete, the lead-in states nothing
    rec(F, "3", "Inom nämnden ska finnas följande utskott:",
        [("nämnden", "nämnd", POL), ("utskott", "utskott", POL)],
        [SKA, ("finnas", "finnas", "inf", "act")]),
    item(F, "3.a", "arbetsutskottet", [("arbetsutskottet", "arbetsutskott", POL)], (),
         [st("arbetsutskott", "arbetsutskottet", "obligation", "ska", "finnas", "finnas")]),
    item(F, "3.b", "personalutskottet", [("personalutskottet", "personalutskott", POL)], (),
         [st("personalutskott", "personalutskottet", "obligation", "ska", "finnas", "finnas")]),
    # a named conjunct keeps its statement, the `följande` conjunct gives none
    rec(F, "4", "Till serviceförvaltningens stab hör kanslichefen och följande enheter:",
        [("serviceförvaltningens", "serviceförvaltning", FORV), ("stab", "stab", FORV),
         ("kanslichefen", "kanslichef", TJP), ("enheter", "enhet", FORV)],
        [("hör", "höra", "pres", "act")],
        [st("kanslichef", "kanslichefen", "none", None, "höra", "hör")]),
    item(F, "4.a", "HR-enheten", [("HR-enheten", "hr-enhet", FORV)], (),
         [st("hr-enhet", "HR-enheten", "none", None, "höra", "hör")]),
    item(F, "4.b", "kommunikationsenheten",
         [("kommunikationsenheten", "kommunikationsenhet", FORV)], (),
         [st("kommunikationsenhet", "kommunikationsenheten", "none", None, "höra", "hör")]),
    rec(F, "5", "I ledningsgruppen sitter", [("ledningsgruppen", "ledningsgrupp", FORV)],
        [("sitter", "sitta", "pres", "act")]),
    item(F, "5.a", "förvaltningschefen,", [("förvaltningschefen", "förvaltningschef", TJP)], (),
         [st("förvaltningschef", "förvaltningschefen", "none", None, "sitta", "sitter")]),
    item(F, "5.b", "ekonomichefen och personalchefen.",
         [("ekonomichefen", "ekonomichef", TJP), ("personalchefen", "personalchef", TJP)], (),
         [st("ekonomichef", "ekonomichefen", "none", None, "sitta", "sitter"),
          st("personalchef", "personalchefen", "none", None, "sitta", "sitter")]),
    # items that are no actors: no statements (`I kommunen` the territory, §2.3 round 13)
    rec(F, "6", "I kommunen finns följande anläggningar:", (),
        [("finns", "finnas", "pres", "act")]),
    item(F, "6.a", "simhallen"),
    item(F, "6.b", "ishallen"),
    rec(B, "title", "Förbundsordning för Norrdalens räddningstjänstförbund",
        [("Norrdalens räddningstjänstförbund", NRF, ORG)], kind="heading"),
    rec(B, "1", "I förbundets ledningsgrupp ska ingå följande funktioner:",
        [("förbundets", NRF, ORG), ("ledningsgrupp", "ledningsgrupp", FORV)],
        [SKA, ("ingå", "ingå", "inf", "act")]),
    item(B, "1.a", "förbundsdirektören", [("förbundsdirektören", "förbundsdirektör", TJP)], (),
         [st("förbundsdirektör", "förbundsdirektören", "obligation", "ska", "ingå", "ingå")]),
    item(B, "1.b", "räddningschefen och förbundets controller",
         [("räddningschefen", "räddningschef", TJP), ("förbundets", NRF, ORG),
          ("controller", "controller", TJP)], (),
         [st("räddningschef", "räddningschefen", "obligation", "ska", "ingå", "ingå"),
          st("controller", "controller", "obligation", "ska", "ingå", "ingå")]),
    # B3: an item's second bare infinitive after `samt`/`och` completes the modal lead-in too
    rec(B, "2", "Direktionen ska besluta:", [("Direktionen", "direktion", POL)],
        [SKA, ("besluta", "besluta", "inf", "act")]),
    item(B, "2.a", "om taxor samt säkerställa att avgifterna redovisas,", (),
         [("säkerställa", "säkerställa", "inf", "act"), ("redovisas", "redovisa", "pres", "pass")],
         [st("direktion", "Direktionen", "obligation", "ska", "besluta", "besluta", "om taxor"),
          st("direktion", "Direktionen", "obligation", "ska", "säkerställa", "säkerställa",
             "att avgifterna redovisas")]),
    item(B, "2.b", "om förbundets budget och bevaka att den hålls.", [("förbundets", NRF, ORG)],
         [("bevaka", "bevaka", "inf", "act"), ("hålls", "hålla", "pres", "pass")],
         [st("direktion", "Direktionen", "obligation", "ska", "besluta", "besluta",
             "om förbundets budget"),
          st("direktion", "Direktionen", "obligation", "ska", "bevaka", "bevaka",
             "att den hålls")]),
    rec(B, "3", "Förbundsdirektören får besluta:",
        [("Förbundsdirektören", "förbundsdirektör", TJP)],
        [FAR, ("besluta", "besluta", "inf", "act")]),
    item(B, "3.a", "i personalärenden och teckna avtal om lokaler.", (),
         [("teckna", "teckna", "inf", "act")],
         [st("förbundsdirektör", "Förbundsdirektören", "permission", "får", "besluta",
             "besluta", "i personalärenden"),
          st("förbundsdirektör", "Förbundsdirektören", "permission", "får", "teckna", "teckna",
             "avtal om lokaler")]),
    # B2: genitive owner + actor head as the `av`-agent: the head is the agent
    rec("w33-b", "1", "Revisorerna utses av medlemskommunernas fullmäktige.",
        [("Revisorerna", "revisor", FTV), ("medlemskommunernas", "medlemskommun", ORG),
         ("fullmäktige", "fullmäktige", POL)],
        [("utses", "utse", "pres", "pass")],
        [st("fullmäktige", "fullmäktige", "none", None, "utse", "utses", "Revisorerna",
            passive=True)]),
    rec("w33-b", "2", "Budgeten ska fastställas av bolagets stämma.",
        [("bolagets", "bolag", ORG), ("stämma", "stämma", POL)],
        [SKA, ("fastställas", "fastställa", "inf", "pass")],
        [st("stämma", "stämma", "obligation", "ska", "fastställa", "fastställas", "Budgeten",
            passive=True)]),
    rec("w33-b", "3", "Styrelsens ledamöter väljs av ägarkommunernas fullmäktige.",
        [("Styrelsens ledamöter", "styrelsens ledamot", FTV),
         ("ägarkommunernas", "ägarkommun", ORG), ("fullmäktige", "fullmäktige", POL)],
        [("väljs", "välja", "pres", "pass")],
        [st("fullmäktige", "fullmäktige", "none", None, "välja", "väljs", "Styrelsens ledamöter",
            passive=True)]),
    rec("w33-b", "4", "Planen godkänns av förbundets direktion.",
        [("förbundets", "förbund", ORG), ("direktion", "direktion", POL)],
        [("godkänns", "godkänna", "pres", "pass")],
        [st("direktion", "direktion", "none", None, "godkänna", "godkänns", "Planen",
            passive=True)]),
    rec("w33-b", "5", "Arvodet bestäms av föreningens årsmöte.",
        [("föreningens", "förening", ORG), ("årsmöte", "årsmöte", OVR)],
        [("bestäms", "bestämma", "pres", "pass")],
        [st("årsmöte", "årsmöte", "none", None, "bestämma", "bestäms", "Arvodet", passive=True)]),
    # a passive inside an indirect question takes no agent from a fronted `Av`-phrase
    rec("w33-b", "6",
        "Av Ekby högskolas delegationsordning framgår vilka ärenden som får delegeras.",
        [("Ekby högskolas", "ekby högskola", ORG)],
        [("framgår", "framgå", "pres", "act"), FAR, ("delegeras", "delegera", "inf", "pass")]),
    rec("w33-b", "7",
        "Av nämndens reglemente framgår vilka beslut som ska anmälas till styrelsen.",
        [("nämndens", "nämnd", POL), ("styrelsen", "styrelse", POL)],
        [("framgår", "framgå", "pres", "act"), SKA, ("anmälas", "anmäla", "inf", "pass")]),
    # a genitive owner of a thing is no agent (unchanged)
    rec("w33-b", "8", "Ordningen regleras av fullmäktiges arbetsordning.",
        [("fullmäktiges", "fullmäktige", POL)], [("regleras", "reglera", "pres", "pass")]),
    # B4: the finite s-passive after a fronted `Inom/Vid/I` + noun phrase
    rec("w33-b", "9", "Inom förbundet kallas direktörens ersättare vice direktör.",
        # round 52: `ersättare` is a genitive head (configs/actors.yaml `genitive_heads`,
        # docs/annotation.md §2.3 one-span genitive actors): one span with its owner
        [("förbundet", "förbund", ORG),
         ("direktörens ersättare", "direktörens ersättare", FTV)],
        [("kallas", "kalla", "pres", "pass")],
        [st("direktörens ersättare", "direktörens ersättare", "none", None, "kalla", "kallas",
            "vice direktör", passive=True)]),
    rec("w33-b", "10", "Vid förhinder kallas ersättaren in av sekreteraren.",
        [("ersättaren", "ersättare", FTV), ("sekreteraren", "sekreterare", TJP)],
        [("kallas", "kalla", "pres", "pass")],
        [st("sekreterare", "sekreteraren", "none", None, "kalla", "kallas", "ersättaren",
            passive=True)]),
    rec("w33-b", "11", "I bolaget utses verkställande direktör av styrelsen.",
        [("bolaget", "bolag", ORG), ("verkställande direktör", "verkställande direktör", TJP),
         ("styrelsen", "styrelse", POL)],
        [("utses", "utse", "pres", "pass")],
        [st("styrelse", "styrelsen", "none", None, "utse", "utses", "verkställande direktör",
            passive=True)]),
    rec("w33-b", "12", "Inom förvaltningen benämns förvaltningschefen direktör.",
        [("förvaltningen", "förvaltning", FORV), ("förvaltningschefen", "förvaltningschef", TJP)],
        [("benämns", "benämna", "pres", "pass")],
        [st("förvaltningschef", "förvaltningschefen", "none", None, "benämna", "benämns",
            "direktör", passive=True)]),
    # a fronted `Av`-agent past an adverbial in commas stays the agent of the V2 passive
    rec("w33-b", "13", "Av direktionen, vid behov, utses en sekreterare.",
        [("direktionen", "direktion", POL), ("sekreterare", "sekreterare", TJP)],
        [("utses", "utse", "pres", "pass")],
        [st("direktion", "direktionen", "none", None, "utse", "utses", "en sekreterare",
            passive=True)]),
]

if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
