"""Builds corpus/dev/cues.jsonl: invented sentences for the issue #10 cue and subject rules
(cue verbs in other tenses, modifiers inside cues, passives after a modal, presentational
verbs, expletive det, indirect questions, clefts, series of subjects). Offsets computed.
Run: python corpus/make_cues.py corpus/dev/cues.jsonl"""

import json
import sys

from records import role_record

TJP, POL, ORG, FTV = "tjänsteperson", "politiskt organ", "organisation", "förtroendevald"




def rec(cid, text, actors=(), verbs=(), conditions=(), statements=()):
    # actors keep their written role (an early script); conditions come before statements
    return role_record("cues", cid, text, actors, verbs, statements, conditions)


R = [
    rec("k01", "Sekretariatet såg till att protokollet justerades.",
        [("Sekretariatet", "sekretariat", "förvaltningsorganisation", "unit")],
        [("såg", "se", "past", "act"), ("justerades", "justera", "past", "pass")], [],
        [("sekretariat", "Sekretariatet", "obligation", "såg till att", "se", "såg", False, False,
          "att protokollet justerades", None)]),
    rec("k02", "Förvaltningschefen har en begränsad möjlighet att yttra sig i ärendet.",
        [("Förvaltningschefen", "förvaltningschef", TJP, "manager")],
        [("har", "ha", "pres", "act"), ("yttra", "yttra", "inf", "act")], [],
        [("förvaltningschef", "Förvaltningschefen", "permission", "har möjlighet att", "yttra",
          "yttra", False, False, "i ärendet", None)]),
    rec("k03", "Nämnden ska därefter informeras om utfallet.",
        [("Nämnden", "nämnd", POL, "committee")],
        [("ska", "skola", "pres", "act"), ("informeras", "informera", "inf", "pass")], [],
        [("nämnd", "Nämnden", "obligation", "ska", "informera", "informeras", False, True,
          "om utfallet", None)]),
    rec("k04", "Vid frånvaro ska alla uppdrag hanteras av ekonomichefen.",
        [("ekonomichefen", "ekonomichef", TJP, "manager")],
        [("ska", "skola", "pres", "act"), ("hanteras", "hantera", "inf", "pass")],
        ["Vid frånvaro"],
        [("ekonomichef", "ekonomichefen", "obligation", "ska", "hantera", "hanteras", False, True,
          "alla uppdrag", "Vid frånvaro")]),
    rec("k05", "Inom nämnden ska finnas ett arbetsutskott.",
        [("nämnden", "nämnd", POL, "committee"), ("arbetsutskott", "arbetsutskott", POL, "committee")],
        [("ska", "skola", "pres", "act"), ("finnas", "finnas", "inf", "act")], [],
        [("arbetsutskott", "arbetsutskott", "obligation", "ska", "finnas", "finnas", False, False,
          None, None)]),
    rec("k06", "Det finns två revisorer i förbundet.",
        [("revisorer", "revisor", FTV, "auditor"), ("förbundet", "förbund", ORG, "organisation")],
        [("finns", "finnas", "pres", "act")]),
    rec("k07", "I ledningsgruppen ingår ekonomichefen, personalchefen och kanslichefen.",
        [("ledningsgruppen", "ledningsgrupp", "förvaltningsorganisation", "unit"),
         ("ekonomichefen", "ekonomichef", TJP, "manager"),
         ("personalchefen", "personalchef", TJP, "manager"),
         ("kanslichefen", "kanslichef", TJP, "manager")],
        [("ingår", "ingå", "pres", "act")], [],
        [(chef, text, "none", None, "ingå", "ingår", False, False, None, None)
         for chef, text in (("ekonomichef", "ekonomichefen"), ("personalchef", "personalchefen"),
                            ("kanslichef", "kanslichefen"))]),
    rec("k08", "Kommunfullmäktige beslutar vilka nämnder som ska finnas.",
        [("Kommunfullmäktige", "kommunfullmäktige", POL, "assembly"),
         ("nämnder", "nämnd", POL, "committee")],
        [("beslutar", "besluta", "pres", "act"), ("ska", "skola", "pres", "act"),
         ("finnas", "finnas", "inf", "act")], [],
        [("kommunfullmäktige", "Kommunfullmäktige", "none", None, "besluta", "beslutar", False,
          False, "vilka nämnder som ska finnas", None)]),
    rec("k09", "Det är ekonomichefen som upprättar budgetförslaget.",
        [("ekonomichefen", "ekonomichef", TJP, "manager")],
        [("är", "vara", "pres", "act"), ("upprättar", "upprätta", "pres", "act")], [],
        [("ekonomichef", "ekonomichefen", "none", None, "upprätta", "upprättar", False, False,
          "budgetförslaget", None)]),
    rec("k10", "Kommunstyrelsen har sett till att riktlinjerna följs.",
        [("Kommunstyrelsen", "kommunstyrelse", POL, "board")],
        [("har", "ha", "pres", "act"), ("sett", "se", "sup", "act"), ("följs", "följa", "pres", "pass")],
        [],
        [("kommunstyrelse", "Kommunstyrelsen", "obligation", "har sett till att", "se", "sett",
          False, False, "att riktlinjerna följs", None)]),
    rec("k11", "Förvaltningschefen har också alltid rätt att delta i sammanträdena.",
        [("Förvaltningschefen", "förvaltningschef", TJP, "manager")],
        [("har", "ha", "pres", "act"), ("delta", "delta", "inf", "act")], [],
        [("förvaltningschef", "Förvaltningschefen", "permission", "har rätt att", "delta", "delta",
          False, False, "i sammanträdena", None)]),
    rec("k12", "Nämnden får sitt uppdrag från kommunfullmäktige.",
        [("Nämnden", "nämnd", POL, "committee"),
         ("kommunfullmäktige", "kommunfullmäktige", POL, "assembly")],
        [("får", "få", "pres", "act")], [],
        [("nämnd", "Nämnden", "none", None, "få", "får", False, False,
          "sitt uppdrag från kommunfullmäktige", None)]),
]

with open(sys.argv[1], "w", encoding="utf-8") as out:
    for r in R:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(R))
