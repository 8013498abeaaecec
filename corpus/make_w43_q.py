"""Builds corpus/dev/w43-q.jsonl and the document corpus/dev/w43-q-uppgifter.txt with their
gold: invented material for round 43, writer P (probe43, statement causes; gold by hand from
docs/annotation.md before the rules): probe43-1 a fronted condition without a comma whose own
verb the tagger may read as a noun (`Om en ersättare begär det ska …`, `I de fall …`, `När …`,
a present main verb after it: `… utser stämman`), with the negatives of a condition whose
verb stays in it (`När ärendet gäller barn ska …`) and of a genitive subject
(`Om nämndens beslut överklagas ska …`); probe43-5 a coordinated infinitive after `och vid
behov` / `och i förekommande fall` in items under `har till uppgift att:` and `ska:` and in
an inline `har till uppgift att`, with a noun after the adverbial as the negative
(`och vid behov ersättare`); probe43-4 an attributive participle in -ade right after a
modal's infinitive (`ska redovisa fattade beslut`), with a finite preterite with its own
subject as the negative; probe43-11 a legal-reference condition before `men` + the next verb
phrase. Offsets computed.
Run: python corpus/make_w43_q.py corpus/dev"""

import sys

from records import AR, FORV, FTV, HAR, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

D = "w43-q"
rec = records_for(D, conditions_from_statements=True)
FAR = ("får", "få", "pres", "act")

PARAGRAPHS = [
    # probe43-1: a comma-less fronted condition, its verb tagged a noun
    rec("c1-1", "Om en ersättare begär det ska sekreteraren skicka ut handlingarna i förväg.",
        [("ersättare", "ersättare", FTV), ("sekreteraren", "sekreterare", TJP)],
        [pres("begär", "begära"), SKA, inf("skicka")],
        [st("sekreterare", "sekreteraren", "obligation", "ska", "skicka", "skicka",
            "handlingarna i förväg", condition="Om en ersättare begär det")]),
    rec("c1-2", "I de fall båda revisorerna är förhindrade utser stämman en ersättare.",
        [("revisorerna", "revisor", FTV), ("stämman", "stämma", POL),
         ("ersättare", "ersättare", FTV)],
        [AR, pres("utser", "utse")],
        [st("stämma", "stämman", "none", None, "utse", "utser", "en ersättare",
            condition="I de fall båda revisorerna är förhindrade")]),
    rec("c1-3", "Om båda är sjuka utser fullmäktige en ersättare.",
        [("fullmäktige", "fullmäktige", POL), ("ersättare", "ersättare", FTV)],
        [AR, pres("utser", "utse")],
        [st("fullmäktige", "fullmäktige", "none", None, "utse", "utser", "en ersättare",
            condition="Om båda är sjuka")]),
    rec("c1-4", "När en ledamot begär det lämnar förvaltningschefen en skriftlig rapport.",
        [("ledamot", "ledamot", FTV), ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("begär", "begära"), pres("lämnar", "lämna")],
        [st("förvaltningschef", "förvaltningschefen", "none", None, "lämna", "lämnar",
            "en skriftlig rapport", condition="När en ledamot begär det")]),
    rec("c1-5", "Om revisorn begär det ska styrelsen sammanträda inom en vecka.",
        [("revisorn", "revisor", FTV), ("styrelsen", "styrelse", POL)],
        [pres("begär", "begära"), SKA, inf("sammanträda")],
        [st("styrelse", "styrelsen", "obligation", "ska", "sammanträda", "sammanträda",
            "inom en vecka", condition="Om revisorn begär det")]),
    # negatives: the condition's verb stays in it; a genitive subject of the condition
    rec("c1-n1", "När ärendet gäller barn ska socialnämnden besluta skyndsamt.",
        [("socialnämnden", "socialnämnd", POL)],
        [pres("gäller", "gälla"), SKA, inf("besluta")],
        [st("socialnämnd", "socialnämnden", "obligation", "ska", "besluta", "besluta", None,
            condition="När ärendet gäller barn")]),
    rec("c1-n2", "Om nämndens beslut överklagas ska förvaltningen informera allmänheten.",
        [("nämndens", "nämnd", POL), ("förvaltningen", "förvaltning", FORV),
         ("allmänheten", "allmänhet", OVR)],
        [pres("överklagas", "överklaga", "pass"), SKA, inf("informera")],
        [st("förvaltning", "förvaltningen", "obligation", "ska", "informera", "informera",
            "allmänheten", condition="Om nämndens beslut överklagas")]),
    # probe43-5: an inline `har till uppgift att` series closed by `och vid behov` + infinitive
    rec("c5-1", "Direktionen har till uppgift att utse, leda och vid behov entlediga "
        "förbundschefen.",
        [("Direktionen", "direktion", POL), ("förbundschefen", "förbundschef", TJP)],
        [HAR, inf("utse"), inf("leda"), inf("entlediga")],
        [st("direktion", "Direktionen", "obligation", "har till uppgift att", v, v,
            "förbundschefen") for v in ("utse", "leda", "entlediga")]),
    rec("c5-2", "Föreningen har till uppgift att utse och i förekommande fall entlediga "
        "kassören.",
        [("Föreningen", "förening", ORG), ("kassören", "kassör", FTV)],
        [HAR, inf("utse"), inf("entlediga")],
        [st("förening", "Föreningen", "obligation", "har till uppgift att", v, v, "kassören")
         for v in ("utse", "entlediga")]),
    # negative: a noun after the adverbial
    rec("c5-n1", "Styrelsen ska utse ledamöter och vid behov ersättare.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)],
        [SKA, inf("utse")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "utse", "utse",
            "ledamöter och vid behov ersättare")]),
    # probe43-4: an attributive participle in -ade right after the modal's infinitive
    rec("c4-1", "Förvaltningschefen ska redovisa fattade beslut till utskottet varje månad.",
        [("Förvaltningschefen", "förvaltningschef", TJP), ("utskottet", "utskott", POL)],
        [SKA, inf("redovisa")],
        [st("förvaltningschef", "Förvaltningschefen", "obligation", "ska", "redovisa",
            "redovisa", "fattade beslut till utskottet varje månad")]),
    rec("c4-2", "Ordföranden får anmäla fattade ordförandebeslut vid nästa sammanträde.",
        [("Ordföranden", "ordförande", FTV)],
        [FAR, inf("anmäla")],
        [st("ordförande", "Ordföranden", "permission", "får", "anmäla", "anmäla",
            "fattade ordförandebeslut vid nästa sammanträde")]),
    rec("c4-3", "Handläggaren ska förteckna beviljade bidrag i ett register.",
        [("Handläggaren", "handläggare", TJP)],
        [SKA, inf("förteckna")],
        [st("handläggare", "Handläggaren", "obligation", "ska", "förteckna", "förteckna",
            "beviljade bidrag i ett register")]),
    # negatives: a finite preterite with its own subject
    rec("c4-n1", "Revisorerna ska pröva om styrelsen fattade beslut i rätt ordning.",
        [("Revisorerna", "revisor", FTV), ("styrelsen", "styrelse", POL)],
        [SKA, inf("pröva"), ("fattade", "fatta", "past", "act")],
        [st("revisor", "Revisorerna", "obligation", "ska", "pröva", "pröva",
            "om styrelsen fattade beslut i rätt ordning")]),
    rec("c4-n2", "Direktionen fattade beslut om taxan i mars och ska följa upp den i höst.",
        [("Direktionen", "direktion", POL)],
        [("fattade", "fatta", "past", "act"), SKA, inf("följa")],
        [st("direktion", "Direktionen", "none", None, "fatta", "fattade",
            "beslut om taxan i mars"),
         st("direktion", "Direktionen", "obligation", "ska", "följa", "följa", "den i höst")]),
    # probe43-11: a reference condition ends before `men` and the next verb phrase
    rec("c11-1", "Rektorn får besluta om ledighet enligt 7 kap. 18 § skollagen men får inte "
        "bevilja ledighet längre än tio dagar.",
        [("Rektorn", "rektor", TJP)],
        [FAR, inf("besluta"), (*FAR, 1), inf("bevilja")],
        [st("rektor", "Rektorn", "permission", "får", "besluta", "besluta", "om ledighet",
            condition="enligt 7 kap. 18 § skollagen"),
         st("rektor", "Rektorn", "prohibition", "får inte", "bevilja", "bevilja",
            "ledighet längre än tio dagar", negated=True)]),
    rec("c11-2", "Nämnden beslutar om bidrag enligt 3 kap. 2 § SoL men ska samråda med "
        "kommunstyrelsen.",
        [("Nämnden", "nämnd", POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("beslutar", "besluta"), SKA, inf("samråda")],
        [st("nämnd", "Nämnden", "none", None, "besluta", "beslutar", "om bidrag",
            condition="enligt 3 kap. 2 § SoL"),
         st("nämnd", "Nämnden", "obligation", "ska", "samråda", "samråda",
            "med kommunstyrelsen")]),
]

# probe43-5 in items: under `har till uppgift att:` and under `ska:`
U = "w43-q-uppgifter"
U_TEXT = """Uppgifter

Nämnden har till uppgift att:
- anta, följa och vid behov revidera taxorna,
- utse och i förekommande fall entlediga ombud,
- utse revisorer och vid behov ersättare.

Styrelsen ska:
- granska, pröva och vid behov avslå ansökningar,
- välja sekreterare och vid behov suppleanter.
"""


def item(cid, text, actors, verbs, actor, actor_text, modal, obj):
    return rec(cid, text, actors, [inf(v) for v in verbs],
               [st(actor, actor_text, "obligation", modal, v, v, obj) for v in verbs],
               doc=U, kind="list_item", parent=cid.rsplit(".", 1)[0], label="-")


NU, SU = "har till uppgift att", "ska"
UPP = [
    rec("h", "Uppgifter", doc=U, kind="heading"),
    rec("1", "Nämnden har till uppgift att:", [("Nämnden", "nämnd", POL)], [HAR], doc=U),
    item("1.a", "anta, följa och vid behov revidera taxorna,", [],
         ["anta", "följa", "revidera"], "nämnd", "Nämnden", NU, "taxorna"),
    item("1.b", "utse och i förekommande fall entlediga ombud,", [("ombud", "ombud", OVR)],
         ["utse", "entlediga"], "nämnd", "Nämnden", NU, "ombud"),
    item("1.c", "utse revisorer och vid behov ersättare.",
         [("revisorer", "revisor", FTV), ("ersättare", "ersättare", FTV)],
         ["utse"], "nämnd", "Nämnden", NU, "revisorer och vid behov ersättare"),
    rec("2", "Styrelsen ska:", [("Styrelsen", "styrelse", POL)], [SKA], doc=U),
    item("2.a", "granska, pröva och vid behov avslå ansökningar,", [],
         ["granska", "pröva", "avslå"], "styrelse", "Styrelsen", SU, "ansökningar"),
    item("2.b", "välja sekreterare och vid behov suppleanter.",
         [("sekreterare", "sekreterare", TJP), ("suppleanter", "suppleant", FTV)],
         ["välja"], "styrelse", "Styrelsen", SU, "sekreterare och vid behov suppleanter"),
]

DOCUMENTS = {U: (U_TEXT, UPP)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w43-q", DOCUMENTS, before=PARAGRAPHS)
