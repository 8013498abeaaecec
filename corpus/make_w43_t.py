"""Builds corpus/dev/w43-t.jsonl and the small document corpus/dev/w43-t-gille.txt: invented
material for round 43, writer T (analysis 43-bf, statement grammar and cue wording; gold by
hand from docs/annotation.md before the rules): cause 2 a particle verb (`följa upp`, `stämma
av`) governing an `att`-clause whose subject is a comma series; cause 3 a fronted bare role +
copula + a quantified subject (`Medlem i X är varje person som …`, round 29 B2); cause 7 a
task noun without `att` (`Till X:s ansvarsområde hör NP`, `X:s samlade ansvar omfattar NP`);
cause 4 old statute wording (`skola` as the plural modal, `handhava`/`handhavas`, `äger (ej)
rätt` + a long `-aga` infinitive without `att`); cause 6 `X har till ändamål:` over `att`-items
(`w43-t-gille`); cause 12 `och dess <role> är <definite actor>` (round 29 B2's possessive
identification inside a sentence); cause 9 a fronted `Det år då …` before V2. Each cause has
a negative. Offsets computed.
Run: python corpus/make_w43_t.py corpus/dev"""

import sys

from records import AR, EXT, FTV, HAR, ORG, OVR, POL, SKALL, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w43-t", conditions_from_statements=True)

SKOLA = ("skola", "skola", "pres", "act")
FOLJER = pres("följer", "följa")


def inf_pass(word, lemma):
    return (word, lemma, "inf", "pass")


RECORDS = [
    # cause 2: a particle verb governs the `att`-clause; its comma-series subject states nothing
    rec("c2-1", "Kommunstyrelsen följer upp att nämnderna, bolagen och förbunden håller "
        "budgeten.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("nämnderna", "nämnd", POL),
         ("bolagen", "bolag", ORG), ("förbunden", "förbund", ORG)],
        [FOLJER, pres("håller", "hålla")],
        [st("kommunstyrelse", "Kommunstyrelsen", "none", None, "följa", "följer",
            "upp att nämnderna, bolagen och förbunden håller budgeten")]),
    rec("c2-2", "Ordföranden stämmer av att sekreteraren, kassören och valberedningen har fått "
        "underlagen.",
        [("Ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP),
         ("kassören", "kassör", FTV), ("valberedningen", "valberedning", POL)],
        [pres("stämmer", "stämma"), pres("har", "ha"), ("fått", "få", "sup", "act")],
        [st("ordförande", "Ordföranden", "none", None, "stämma", "stämmer",
            "av att sekreteraren, kassören och valberedningen har fått underlagen")]),
    # negative: the particle verb's object, then a main clause of its own after the comma
    rec("c2-n", "Styrelsen följer upp arbetet, och kassören redovisar utfallet.",
        [("Styrelsen", "styrelse", POL), ("kassören", "kassör", FTV)],
        [FOLJER, pres("redovisar", "redovisa")],
        [st("styrelse", "Styrelsen", "none", None, "följa", "följer", "upp arbetet"),
         st("kassör", "kassören", "none", None, "redovisa", "redovisar", "utfallet")]),
    # cause 3: a fronted bare role, the copula, then a quantified subject
    rec("c3-1", "Medlem i klubben är varje person som betalar årsavgift.",
        [("klubben", "klubb", ORG), ("person", "person", OVR)],
        [AR, pres("betalar", "betala")],
        [st("person", "person", "none", None, "vara", "är", "som betalar årsavgift")]),
    rec("c3-2", "Ledamot av rådet är varje förening som antagits av stämman.",
        [("rådet", "råd", POL), ("förening", "förening", ORG), ("stämman", "stämma", POL)],
        [AR, ("antagits", "anta", "sup", "pass")],
        [st("förening", "förening", "none", None, "vara", "är", "som antagits av stämman")]),
    rec("c3-3", "Medlem i förbundet är alla föreningar som har godkänts av förbundsstämman.",
        [("förbundet", "förbund", ORG), ("föreningar", "förening", ORG),
         ("förbundsstämman", "förbundsstämma", POL)],
        [AR, pres("har", "ha"), ("godkänts", "godkänna", "sup", "pass")],
        [st("förening", "föreningar", "none", None, "vara", "är",
            "som har godkänts av förbundsstämman")]),
    # negative: an indefinite article after the copula makes a predicative (round 42)
    rec("c3-n", "Medlem är en person som har betalat avgiften.",
        [("Medlem", "medlem", OVR)],
        [AR, pres("har", "ha"), ("betalat", "betala", "sup", "act")],
        [st("medlem", "Medlem", "none", None, "vara", "är",
            "en person som har betalat avgiften")]),
    # cause 7: a task noun owned by an actor, a containing verb and a noun phrase, no `att`
    rec("c7-1", "Till styrelsens ansvarsområde hör även frågor om lokaler och inventarier.",
        [("styrelsens", "styrelse", POL)], [pres("hör", "höra")],
        [st("styrelse", "styrelsens", "responsibility", "Till ansvarsområde hör", "ansvara",
            "hör", "frågor om lokaler och inventarier")]),
    rec("c7-2", "Till förbundsstyrelsens ansvarsområde hör även skötseln av förbundets "
        "fastigheter.",
        [("förbundsstyrelsens", "förbundsstyrelse", POL), ("förbundets", "förbund", ORG)],
        [pres("hör", "höra")],
        [st("förbundsstyrelse", "förbundsstyrelsens", "responsibility",
            "Till ansvarsområde hör", "ansvara", "hör", "skötseln av förbundets fastigheter")]),
    rec("c7-3", "Styrelsens samlade ansvar omfattar vård av samlingarna.",
        [("Styrelsens", "styrelse", POL)], [pres("omfattar", "omfatta")],
        [st("styrelse", "Styrelsens", "responsibility", "ansvar omfattar", "ansvara",
            "omfattar", "vård av samlingarna")]),
    # negatives: `ansvar är att` (round 29 B10) and a non-actor owner
    rec("c7-n1", "Styrelsens ansvar är att förvalta medlen.",
        [("Styrelsens", "styrelse", POL)], [AR, inf("förvalta")]),
    rec("c7-n2", "Projektets ansvar omfattar planering och uppföljning.", [],
        [pres("omfattar", "omfatta")]),
    # cause 4: old statute wording
    rec("c4-1", "Revisorerna skola årligen granska kassan.",
        [("Revisorerna", "revisor", FTV)], [SKOLA, inf("granska")],
        [st("revisor", "Revisorerna", "obligation", "skola", "granska", "granska",
            "kassan")]),
    rec("c4-2", "Styrelsens ledamöter skola väljas av årsmötet.",
        [("Styrelsens ledamöter", "styrelsens ledamot", FTV), ("årsmötet", "årsmöte", OVR)],
        [SKOLA, inf_pass("väljas", "välja")],
        [st("årsmöte", "årsmötet", "obligation", "skola", "välja", "väljas",
            "Styrelsens ledamöter", passive=True)]),
    # negatives: the noun `skola`, a pronoun subject (round 37 B1)
    rec("c4-n1", "Föreningen driver en skola i byn.",
        [("Föreningen", "förening", ORG)], [pres("driver", "driva")],
        [st("förening", "Föreningen", "none", None, "driva", "driver", "en skola i byn")]),
    rec("c4-n2", "De skola granska räkenskaperna.", [], [SKOLA, inf("granska")]),
    rec("c4-3", "Föreningens kassa handhavas av kassören.",
        [("Föreningens", "förening", ORG), ("kassören", "kassör", FTV)],
        [pres("handhavas", "handha", "pass")],
        [st("kassör", "kassören", "none", None, "handha", "handhavas", "Föreningens kassa",
            passive=True)]),
    rec("c4-4", "Styrelsen skall handhava föreningens angelägenheter.",
        [("Styrelsen", "styrelse", POL), ("föreningens", "förening", ORG)],
        [SKALL, inf("handhava", "handha")],
        [st("styrelse", "Styrelsen", "obligation", "skall", "handha", "handhava",
            "föreningens angelägenheter")]),
    rec("c4-5", "Suppleant äger ej rätt deltaga i val av ordförande.",
        [("Suppleant", "suppleant", FTV), ("ordförande", "ordförande", FTV)],
        [pres("äger", "äga"), inf("deltaga", "delta")],
        [st("suppleant", "Suppleant", "prohibition", "äger ej rätt", "delta", "deltaga",
            "i val av ordförande", negated=True)]),
    rec("c4-6", "Hedersledamot äger rätt deltaga i årsmötet men saknar rösträtt.",
        [("Hedersledamot", "hedersledamot", FTV), ("årsmötet", "årsmöte", OVR)],
        [pres("äger", "äga"), inf("deltaga", "delta"), pres("saknar", "sakna")],
        [st("hedersledamot", "Hedersledamot", "permission", "äger rätt", "delta", "deltaga",
            "i årsmötet"),
         st("hedersledamot", "Hedersledamot", "none", None, "sakna", "saknar", "rösträtt")]),
    rec("c4-7", "Valberedningen äger rätt avgiva förslag till samtliga val.",
        [("Valberedningen", "valberedning", POL)],
        [pres("äger", "äga"), inf("avgiva", "avge")],
        [st("valberedning", "Valberedningen", "permission", "äger rätt", "avge", "avgiva",
            "förslag till samtliga val")]),
    # negative: bare `äger` + a noun is the main verb
    rec("c4-n3", "Om rösterna faller lika äger ordföranden utslagsröst.",
        [("ordföranden", "ordförande", FTV)], [pres("äger", "äga")],
        [st("ordförande", "ordföranden", "none", None, "äga", "äger", "utslagsröst",
            condition="Om rösterna faller lika")]),
    # cause 12: `och dess <role> är <definite actor>` identifies: no role actor, no statement
    rec("c12-1", "Nämnden har sju ledamöter och dess ordförande är kommunalrådet.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
         ("kommunalrådet", "kommunalråd", FTV)],
        [HAR, AR],
        [st("nämnd", "Nämnden", "none", None, "ha", "har", "sju ledamöter")]),
    rec("c12-2", "Styrelsen består av fem ledamöter och dess sekreterare är kanslichefen.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("kanslichefen", "kanslichef", TJP)],
        [pres("består", "bestå"), AR],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av fem ledamöter")]),
    # negative: a definite subject after `och` keeps its statement
    rec("c12-n", "Styrelsen har fem ledamöter och kassören är vald av årsmötet.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("kassören", "kassör", FTV), ("årsmötet", "årsmöte", OVR)],
        [HAR, AR],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har", "fem ledamöter"),
         st("kassör", "kassören", "none", None, "vara", "är", "vald av årsmötet")]),
    # cause 8 (added with its rules, after the first run): an infinitive the tagger read as
    # an adjective inside an `att`-series; `likaledes` read as a verb inside a purpose cue
    rec("c8-1", "Kanslichefen åligger att sköta korrespondensen och bestrida utgifter samt "
        "vårda arkivet.",
        [("Kanslichefen", "kanslichef", TJP)],
        [pres("åligger", "åligga"), inf("sköta"), inf("bestrida"), inf("vårda")],
        [st("kanslichef", "Kanslichefen", "obligation", "åligger", "sköta", "sköta",
            "korrespondensen"),
         st("kanslichef", "Kanslichefen", "obligation", "åligger", "bestrida", "bestrida",
            "utgifter"),
         st("kanslichef", "Kanslichefen", "obligation", "åligger", "vårda", "vårda",
            "arkivet")]),
    rec("c8-2", "Styrelsen har likaledes som uppgift att ordna utställningar.",
        [("Styrelsen", "styrelse", POL)], [HAR, inf("ordna")],
        [st("styrelse", "Styrelsen", "obligation", "har som uppgift att", "ordna", "ordna",
            "utställningar")]),
    # an s-passive of an infinitive in -å the tagger read as a noun after a modal
    rec("c8-3", "Beslutet ska anslås på anslagstavlan.", [],
        [("ska", "skola", "pres", "act"), inf_pass("anslås", "anslå")],
        [st(None, None, "obligation", "ska", "anslå", "anslås", "på anslagstavlan",
            passive=True)]),
    rec("c8-4", "Kallelsen skall senast tre veckor före stämman anslås i klubbstugan.",
        [], [SKALL, inf_pass("anslås", "anslå")],
        [st(None, None, "obligation", "skall", "anslå", "anslås", "i klubbstugan",
            passive=True)]),
    # negatives: an adjective in -a inside a noun series (open: `lösa` is tagged a verb); a
    # noun series after a subordinating `att`
    rec("c8-n1", "Förbundet ska verka för att fasta fornlämningar och lösa fynd bevaras.",
        [("Förbundet", "förbund", ORG)],
        [("ska", "skola", "pres", "act"), inf("verka"), pres("bevaras", "bevara", "pass")],
        [st("förbund", "Förbundet", "obligation", "ska", "verka", "verka",
            "för att fasta fornlämningar och lösa fynd bevaras")]),
    # a noun in -a that is also an infinitive (`hälsa`), coordinated with the object
    # (added after the first full run: the rule took such a noun for a verb)
    rec("c8-n3", "Nämnden har till uppgift att främja trygghet och hälsa.",
        [("Nämnden", "nämnd", POL)], [HAR, inf("främja")],
        [st("nämnd", "Nämnden", "obligation", "har till uppgift att", "främja", "främja",
            "trygghet och hälsa")]),
    rec("c8-n2", "Nämnden ansvarar för att skolor och förskolor följer planen.",
        [("Nämnden", "nämnd", POL)], [pres("ansvarar", "ansvara"), pres("följer", "följa")],
        [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att skolor och förskolor följer planen")]),
    # cause 9: a fronted `Det år då …` is an adverbial before V2
    rec("c9-1", "Det år då val har hållits ska nämnden välja en ordförande.",
        [("nämnden", "nämnd", POL), ("ordförande", "ordförande", FTV)],
        [pres("har", "ha"), ("hållits", "hålla", "sup", "pass"), ("ska", "skola", "pres", "act"),
         inf("välja")],
        [st("nämnd", "nämnden", "obligation", "ska", "välja", "välja", "en ordförande",
            condition="Det år då val har hållits")]),
    rec("c9-2", "Det år då allmänna val har ägt rum sammanträder den nya styrelsen i november.",
        [("styrelsen", "styrelse", POL)],
        [pres("har", "ha"), ("ägt", "äga", "sup", "act"), pres("sammanträder", "sammanträda")],
        [st("styrelse", "styrelsen", "none", None, "sammanträda", "sammanträder",
            "i november", condition="Det år då allmänna val har ägt rum")]),
    # negative: no V2 after the relative clause
    rec("c9-n", "Det år som gått har varit bra för föreningen.",
        [("föreningen", "förening", ORG)], [pres("har", "ha"), ("varit", "vara", "sup", "act"),
                                            ("gått", "gå", "sup", "act")]),
]

D = "w43-t-gille"
GILLE_TEXT = """Stadgar för Ekby skytteförbund

§ 1 Ändamål

Förbundet har till ändamål:
a) att främja skyttet i bygden,
b) att ordna tävlingar och sprida kunskap om skytte.

§ 2 Uppgifter

Förbundets uppgift är att:
a) samla skyttar i hela länet,
b) företräda skyttet.

§ 3 Verksamhet

Förbundet har till ändamål:
a) skytte,
b) friluftsliv.
"""
EF = "ekby skytteförbund"
FB = [
    rec("title", "Stadgar för Ekby skytteförbund", [("Ekby skytteförbund", EF, ORG)], doc=D,
        kind="heading"),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Förbundet har till ändamål:", [("Förbundet", EF, ORG)], [HAR], doc=D,
        parent="§1"),
    rec("§1.1.a", "att främja skyttet i bygden,", [], [inf("främja")],
        [st(EF, "Förbundet", "obligation", "har till ändamål att", "främja", "främja",
            "skyttet i bygden")], doc=D, kind="list_item", parent="§1.1", label="a)"),
    rec("§1.1.b", "att ordna tävlingar och sprida kunskap om skytte.", [],
        [inf("ordna"), inf("sprida")],
        [st(EF, "Förbundet", "obligation", "har till ändamål att", "ordna", "ordna",
            "tävlingar"),
         st(EF, "Förbundet", "obligation", "har till ändamål att", "sprida", "sprida",
            "kunskap om skytte")], doc=D, kind="list_item", parent="§1.1", label="b)"),
    rec("§2", "Uppgifter", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Förbundets uppgift är att:", [("Förbundets", EF, ORG)], [AR], doc=D,
        parent="§2"),
    rec("§2.1.a", "samla skyttar i hela länet,", [], [inf("samla")], doc=D, kind="list_item",
        parent="§2.1", label="a)"),
    rec("§2.1.b", "företräda skyttet.", [], [inf("företräda")], doc=D, kind="list_item",
        parent="§2.1", label="b)"),
    rec("§3", "Verksamhet", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Förbundet har till ändamål:", [("Förbundet", EF, ORG)], [HAR], doc=D,
        parent="§3"),
    rec("§3.1.a", "skytte,", doc=D, kind="list_item", parent="§3.1", label="a)"),
    rec("§3.1.b", "friluftsliv.", doc=D, kind="list_item", parent="§3.1", label="b)"),
]

DOCUMENTS = {D: (GILLE_TEXT, FB)}

# EXT unused categories are imported for symmetry with the other scripts
_ = EXT

if __name__ == "__main__":
    write_part(sys.argv[1], "w43-t", DOCUMENTS, before=RECORDS)
