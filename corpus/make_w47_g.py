"""Builds corpus/dev/w47-g.jsonl: invented sentences for round 47, writer G (analyses 47-bo
and 47-bn, statement grammar of real pages; gold by hand from docs/annotation.md before the
rules, offsets computed). bo C1: strong and irregular preterites, active and s-passive
(``hölls``, ``antog``, ``utsåg``, ``beslöt``), a present as the negative. bn 4: a relative
clause on the predicative noun of ``vara`` states nothing of its own (negatives: a relative
on the subject, one on the object of a full verb). bn 5: ``Extra/Ordinarie <assembly> ska
hållas …`` keeps its assembly as actor (negative: a bare ``sammanträde``). bo G3: coordinated
predicatives before ``ansvarig för``. bo G5: ``men <subject> kan välja att`` after an
agentless passive (negative: a subjectless second clause). bo G1: V2 inversion after a fronted
``om``-PP and a bare predicative noun (negative: an ``om``-clause with its own finite verb).
bo G2 / bn 8: verb-first conditions with an inverted subject and the modal after them, two
coordinated predicates, coordinated bare roles. bn 7: a fronted adverbial clause.
Run: python corpus/make_w47_g.py corpus/dev"""

import sys

from records import AR, FTV, KAN, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

D = "w47-g"
rec = records_for(D, conditions_from_statements=True, check_texts=True)
implicit = records_for(D, conditions_from_statements=True)
FAR = ("får", "få", "pres", "act")


def past(word, lemma, voice="act", nth=0):
    return (word, lemma, "past", voice, nth)


RECORDS = [
    # bo C1: strong preterites (s-passive and active) keep their infinitive
    rec("c1-1", "Förbundsstämman hölls i Norrby i mars.",
        [("Förbundsstämman", "förbundsstämma", POL)],
        [past("hölls", "hålla", "pass")],
        [st("förbundsstämma", "Förbundsstämman", "none", None, "hålla", "hölls",
            passive=True)]),
    rec("c1-2", "Årsmötet antog de nya stadgarna.",
        [("Årsmötet", "årsmöte", POL)],
        [past("antog", "anta")],
        [st("årsmöte", "Årsmötet", "none", None, "anta", "antog", "de nya stadgarna")]),
    rec("c1-3", "Styrelsen utsåg en sekreterare bland ledamöterna.",
        [("Styrelsen", "styrelse", POL), ("sekreterare", "sekreterare", TJP),
         ("ledamöterna", "ledamot", FTV)],
        [past("utsåg", "utse")],
        [st("styrelse", "Styrelsen", "none", None, "utse", "utsåg",
            "en sekreterare bland ledamöterna")]),
    rec("c1-4", "Valnämnden beslöt att skjuta upp valet.",
        [("Valnämnden", "valnämnd", POL)],
        [past("beslöt", "besluta"), inf("skjuta")],
        [st("valnämnd", "Valnämnden", "none", None, "besluta", "beslöt",
            "att skjuta upp valet")]),
    rec("c1-5", "Mötet hölls digitalt och protokollet skrevs av sekreteraren.",
        [("sekreteraren", "sekreterare", TJP)],
        [past("hölls", "hålla", "pass"), past("skrevs", "skriva", "pass")],
        [st("sekreterare", "sekreteraren", "none", None, "skriva", "skrevs", "protokollet",
            passive=True)]),
    rec("c1-n1", "Förbundsstämman hålls i Norrby varje år.",
        [("Förbundsstämman", "förbundsstämma", POL)],
        [pres("hålls", "hålla", "pass")],
        [st("förbundsstämma", "Förbundsstämman", "none", None, "hålla", "hålls",
            passive=True)]),
    # bn 4: a relative clause on the predicative noun states nothing of its own
    rec("rel-1", "Valberedningen är årsmötets förberedande organ som har ansvar för "
        "nomineringarna.",
        [("Valberedningen", "valberedning", POL), ("årsmötets", "årsmöte", POL)],
        [AR, pres("har", "ha")],
        [st("valberedning", "Valberedningen", "none", None, "vara", "är",
            "årsmötets förberedande organ som har ansvar för nomineringarna")]),
    rec("rel-2", "Norrby kommun är en plats som bevarar och utvecklar sitt kulturarv.",
        [("Norrby kommun", "norrby kommun", ORG)],
        [AR, pres("bevarar", "bevara"), pres("utvecklar", "utveckla")],
        [st("norrby kommun", "Norrby kommun", "none", None, "vara", "är",
            "en plats som bevarar och utvecklar sitt kulturarv")]),
    rec("rel-3", "Fritidsnämnden är det organ som ansvarar för badhusen.",
        [("Fritidsnämnden", "fritidsnämnd", POL)],
        [AR, pres("ansvarar", "ansvara")],
        [st("fritidsnämnd", "Fritidsnämnden", "none", None, "vara", "är",
            "det organ som ansvarar för badhusen")]),
    rec("rel-n1", "Nämnden, som ansvarar för fritidsgårdarna, ska rapportera till styrelsen.",
        [("Nämnden", "nämnd", POL), ("styrelsen", "styrelse", POL)],
        [pres("ansvarar", "ansvara"), SKA, inf("rapportera")],
        [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "fritidsgårdarna"),
         st("nämnd", "Nämnden", "obligation", "ska", "rapportera", "rapportera",
            "till styrelsen")]),
    rec("rel-n2", "Styrelsen tillsätter en arbetsgrupp som ansvarar för ärendet.",
        [("Styrelsen", "styrelse", POL), ("arbetsgrupp", "arbetsgrupp", POL)],
        [pres("tillsätter", "tillsätta"), pres("ansvarar", "ansvara")],
        [st("styrelse", "Styrelsen", "none", None, "tillsätta", "tillsätter",
            "en arbetsgrupp som ansvarar för ärendet"),
         st("arbetsgrupp", "arbetsgrupp", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "ärendet")]),
    # bn 5: an assembly subject of a modal `hållas` keeps its actor
    rec("ext-1", "Extra årsmöte ska hållas om styrelsen begär det.",
        [("årsmöte", "årsmöte", POL), ("styrelsen", "styrelse", POL)],
        [SKA, inf("hållas", "hålla", "pass"), pres("begär", "begära")],
        [st("årsmöte", "årsmöte", "obligation", "ska", "hålla", "hållas", passive=True,
            condition="om styrelsen begär det")]),
    rec("ext-2", "Ordinarie föreningsstämma ska hållas före april månads utgång.",
        [("föreningsstämma", "föreningsstämma", POL)],
        [SKA, inf("hållas", "hålla", "pass")],
        [st("föreningsstämma", "föreningsstämma", "obligation", "ska", "hålla", "hållas",
            passive=True)]),
    rec("ext-3", "Extra distriktsstämma ska också hållas när en femtedel av klubbarna "
        "begär det.",
        [("distriktsstämma", "distriktsstämma", POL), ("klubbarna", "klubb", ORG)],
        [SKA, inf("hållas", "hålla", "pass"), pres("begär", "begära")],
        [st("distriktsstämma", "distriktsstämma", "obligation", "ska", "hålla", "hållas",
            passive=True, condition="när en femtedel av klubbarna begär det")]),
    implicit("ext-n1", "Sammanträde ska hållas varje månad.", [],
        [SKA, inf("hållas", "hålla", "pass")],
        [st(None, None, "obligation", "ska", "hålla", "hållas", passive=True)]),
    # bo G3: coordinated predicatives before `ansvarig för`
    rec("g3-1", "Kassören är självständig och inför årsmötet ansvarig för bokföringen.",
        [("Kassören", "kassör", FTV), ("årsmötet", "årsmöte", POL)],
        [AR],
        [st("kassör", "Kassören", "responsibility", "är ansvarig för", "ansvara", "är",
            "bokföringen")]),
    rec("g3-2", "Direktören är fristående och gentemot styrelsen ansvarig för verksamheten.",
        [("Direktören", "direktör", TJP), ("styrelsen", "styrelse", POL)],
        [AR],
        [st("direktör", "Direktören", "responsibility", "är ansvarig för", "ansvara", "är",
            "verksamheten")]),
    rec("g3-n1", "Kassören är noggrann och opartisk.",
        [("Kassören", "kassör", FTV)],
        [AR],
        [st("kassör", "Kassören", "none", None, "vara", "är", "noggrann och opartisk")]),
    # bo G5: `men <subject> kan välja att` after an agentless passive
    rec("g5-1", "Protokollet justeras vid nästa möte men ordföranden kan välja att justera "
        "det direkt.",
        [("ordföranden", "ordförande", FTV)],
        [pres("justeras", "justera", "pass"), KAN, inf("välja"), inf("justera")],
        [st("ordförande", "ordföranden", "permission", "kan", "välja", "välja",
            "att justera det direkt")]),
    rec("g5-2", "Bidrag betalas ut kvartalsvis men nämnden kan välja att betala ut dem "
        "årsvis.",
        [("nämnden", "nämnd", POL)],
        [pres("betalas", "betala", "pass"), KAN, inf("välja"), inf("betala")],
        [st("nämnd", "nämnden", "permission", "kan", "välja", "välja",
            "att betala ut dem årsvis")]),
    rec("g5-3", "Medlemsavgiften betalas enligt årsmötets beslut men styrelsen kan välja att "
        "bevilja anstånd.",
        [("årsmötets", "årsmöte", POL), ("styrelsen", "styrelse", POL)],
        [pres("betalas", "betala", "pass"), KAN, inf("välja"), inf("bevilja")],
        [st("styrelse", "styrelsen", "permission", "kan", "välja", "välja",
            "att bevilja anstånd")], conditions=["enligt årsmötets beslut"]),
    implicit("g5-n1", "Bidrag betalas ut kvartalsvis men kan i undantagsfall betalas ut årsvis.",
        [],
        [pres("betalas", "betala", "pass"), KAN, inf("betalas", "betala", "pass", 1)],
        [st(None, None, "permission", "kan", "betala", "betalas", "ut årsvis",
            passive=True)]),
    # bo G1: V2 inversion after a fronted `om`-PP and a bare predicative noun
    rec("g1-1", "Om årsavgiftens storlek beslutar föreningsstämman.",
        [("föreningsstämman", "föreningsstämma", POL)],
        [pres("beslutar", "besluta")],
        [st("föreningsstämma", "föreningsstämman", "none", None, "besluta", "beslutar",
            "Om årsavgiftens storlek")]),
    rec("g1-2", "Om lokalernas uthyrning beslutar förvaltningschefen.",
        [("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("beslutar", "besluta")],
        [st("förvaltningschef", "förvaltningschefen", "none", None, "besluta", "beslutar",
            "Om lokalernas uthyrning")]),
    rec("g1-3", "Arrangör var klubbens styrelse.",
        [("klubbens", "klubb", ORG), ("styrelse", "styrelse", POL)],
        [("var", "vara", "past", "act")],
        [st("styrelse", "styrelse", "none", None, "vara", "var", "Arrangör")]),
    rec("g1-n1", "Om styrelsen beslutar det, ska kassören betala ut medlen.",
        [("styrelsen", "styrelse", POL), ("kassören", "kassör", FTV)],
        [pres("beslutar", "besluta"), SKA, inf("betala")],
        [st("kassör", "kassören", "obligation", "ska", "betala", "betala", "ut medlen",
            condition="Om styrelsen beslutar det")]),
    # bo G2 / bn 8: verb-first conditions
    rec("g2-1", "Motarbetar en medlem föreningens syfte kan medlemmen uteslutas.",
        [("medlem", "medlem", OVR), ("föreningens", "förening", ORG),
         ("medlemmen", "medlem", OVR)],
        [pres("Motarbetar", "motarbeta"), KAN, inf("uteslutas", "utesluta", "pass")],
        [st("medlem", "medlemmen", "permission", "kan", "utesluta", "uteslutas",
            passive=True, condition="Motarbetar en medlem föreningens syfte")]),
    rec("g2-2", "Uteblir en ledamot från tre sammanträden i följd eller vägrar han fullgöra "
        "sitt uppdrag kan ledamoten entledigas av årsmötet.",
        [("ledamot", "ledamot", FTV), ("ledamoten", "ledamot", FTV),
         ("årsmötet", "årsmöte", POL)],
        [pres("Uteblir", "utebli"), pres("vägrar", "vägra"), inf("fullgöra"), KAN,
         inf("entledigas", "entlediga", "pass")],
        [st("årsmöte", "årsmötet", "permission", "kan", "entlediga", "entledigas",
            "ledamoten", passive=True,
            condition="Uteblir en ledamot från tre sammanträden i följd eller vägrar han "
            "fullgöra sitt uppdrag")]),
    rec("g2-3", "Avgår kassör eller vice kassör under verksamhetsåret utser styrelsen en "
        "ersättare.",
        [("kassör", "kassör", FTV), ("vice kassör", "vice kassör", FTV),
         ("styrelsen", "styrelse", POL), ("ersättare", "ersättare", FTV)],
        [pres("Avgår", "avgå"), pres("utser", "utse")],
        [st("styrelse", "styrelsen", "none", None, "utse", "utser", "en ersättare",
            condition="Avgår kassör eller vice kassör under verksamhetsåret")]),
    # bn 7: a fronted adverbial clause before the finite verb
    rec("f7-1", "De år då ordinarie val har förrättats, sammanträder den nyvalda nämnden "
        "första gången i december.",
        [("nämnden", "nämnd", POL)],
        [("har", "ha", "pres", "act"), ("förrättats", "förrätta", "sup", "pass"),
         pres("sammanträder", "sammanträda")],
        [st("nämnd", "nämnden", "none", None, "sammanträda", "sammanträder",
            "första gången i december",
            condition="De år då ordinarie val har förrättats")]),
    rec("f7-2", "Fram till dess att kassör har utsetts får den ledamot av klubbstyrelsen "
        "som är äldst förvalta kassan.",
        [("kassör", "kassör", FTV), ("ledamot", "ledamot", FTV),
         ("klubbstyrelsen", "klubbstyrelse", POL)],
        [("har", "ha", "pres", "act"), ("utsetts", "utse", "sup", "pass"), FAR, AR,
         inf("förvalta")],
        [st("ledamot", "ledamot", "permission", "får", "förvalta", "förvalta", "kassan",
            condition="Fram till dess att kassör har utsetts")]),
]

if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/{D}.jsonl", RECORDS)
