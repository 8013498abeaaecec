"""Builds corpus/dev/w-verbs.jsonl: invented sentences for the issue #10 verb rules (cause 18):
s-passives after their subject in an att-clause, a relative clause's bare supine, item
infinitives and imperatives the tagger misreads, infinitives in lists and after an inverted
subject, a present after relative som, statement aims as verbs, and participles, adjectives
and nouns that are no verbs. Offsets computed.
Run: python corpus/make_w_verbs.py corpus/dev/w-verbs.jsonl"""

import json
import sys

from records import ORG, POL, TJP, role_record


def rec(cid, text, actors=(), verbs=(), conditions=(), statements=()):
    # actors keep their written role (an early script); conditions come before statements
    return role_record("w-verbs", cid, text, actors, verbs, statements, conditions)


NAMND = ("Nämnden", "nämnd", POL, "committee")
DIREKTOR = ("Direktören", "direktör", TJP, "manager")

R = [
    rec("v01", "Nämnden ansvarar för att god ordning upprätthålls vid sammanträdena.", [NAMND],
        [("ansvarar", "ansvara", "pres", "act"), ("upprätthålls", "upprätthålla", "pres", "pass")],
        [],
        [("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar", False,
          False, "att god ordning upprätthålls vid sammanträdena", None)]),
    rec("v02", "Direktören ska verka för att arbetet handhas väl och att åtgärder vidtas i tid.",
        [DIREKTOR],
        [("ska", "skola", "pres", "act"), ("verka", "verka", "inf", "act"),
         ("handhas", "handha", "pres", "pass"), ("vidtas", "vidta", "pres", "pass")], [],
        [("direktör", "Direktören", "obligation", "ska", "verka", "verka", False, False,
          "för att arbetet handhas väl och att åtgärder vidtas i tid", None)]),
    rec("v03", "Förvaltningen följer de rutiner som lagen föreskrivit.",
        [("Förvaltningen", "förvaltning", "förvaltningsorganisation", "unit")],
        [("följer", "följa", "pres", "act"), ("föreskrivit", "föreskriva", "sup", "act")], [],
        [("förvaltning", "Förvaltningen", "none", None, "följa", "följer", False, False,
          "de rutiner som lagen föreskrivit", None)]),
    rec("v04", "Justera protokollet.", [], [("Justera", "justera", "imp", "act")]),
    rec("v05", "Leda arbetet och ansvara för budgeten.", [],
        [("Leda", "leda", "inf", "act"), ("ansvara", "ansvara", "inf", "act")]),
    rec("v06", "Förvaltningschefen ansvarar för att anställa och entlediga enhetschefer.",
        [("Förvaltningschefen", "förvaltningschef", TJP, "manager"),
         ("enhetschefer", "enhetschef", TJP, "manager")],
        [("ansvarar", "ansvara", "pres", "act"), ("anställa", "anställa", "inf", "act"),
         ("entlediga", "entlediga", "inf", "act")], [],
        [("förvaltningschef", "Förvaltningschefen", "responsibility", "ansvarar för", aim, aim,
          False, False, "enhetschefer", None) for aim in ("anställa", "entlediga")]),
    rec("v07", "Vid behov ska dess yttrande framgå av protokollet.", [],
        [("ska", "skola", "pres", "act"), ("framgå", "framgå", "inf", "act")]),
    rec("v08", "Uppgiften är att bilda sig en uppfattning om verksamheten och löpande följa "
        "utvecklingen.", [],
        [("är", "vara", "pres", "act"), ("bilda", "bilda", "inf", "act"),
         ("följa", "följa", "inf", "act")]),
    rec("v09", "Direktören ansvarar för att politiskt fattade beslut verkställs.", [DIREKTOR],
        [("ansvarar", "ansvara", "pres", "act"), ("verkställs", "verkställa", "pres", "pass")],
        [],
        [("direktör", "Direktören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
          False, False, "att politiskt fattade beslut verkställs", None)]),
    rec("v10", "Utrymmet för undantag är dock begränsat.", [], [("är", "vara", "pres", "act")]),
    rec("v11", "Vid en kris leder direktören arbetet.",
        [("direktören", "direktör", TJP, "manager")], [("leder", "leda", "pres", "act")],
        ["Vid en kris"],
        [("direktör", "direktören", "none", None, "leda", "leder", False, False, "arbetet",
          "Vid en kris")]),
    rec("v12", "Se till att samtliga ärenden behandlas.", [],
        [("Se", "se", "imp", "act"), ("behandlas", "behandla", "pres", "pass")]),
    rec("v13", "Styrelsen är den instans som entledigar direktören.",
        [("Styrelsen", "styrelse", POL, "board"), ("direktören", "direktör", TJP, "manager")],
        [("är", "vara", "pres", "act"), ("entledigar", "entlediga", "pres", "act")], [],
        [("styrelse", "Styrelsen", "none", None, "vara", "är", False, False,
          "den instans som entledigar direktören", None)]),
    rec("v14", "Enligt lagen ska styrelsen utse en ordförande.",
        [("styrelsen", "styrelse", POL, "board"), ("ordförande", "ordförande", "förtroendevald",
                                                     "chair")],
        [("ska", "skola", "pres", "act"), ("utse", "utse", "inf", "act")], [],
        [("styrelse", "styrelsen", "obligation", "ska", "utse", "utse", False, False,
          "en ordförande", None)]),
    rec("v15", "Bolaget följer de direktiv som ägaren har fastställt.",
        [("Bolaget", "bolag", ORG, "organisation"), ("ägaren", "ägare", ORG, "owner")],
        [("följer", "följa", "pres", "act"), ("har", "ha", "pres", "act"),
         ("fastställt", "fastställa", "sup", "act")], [],
        [("bolag", "Bolaget", "none", None, "följa", "följer", False, False,
          "de direktiv som ägaren har fastställt", None)]),
    rec("v16", "Listan förs av den som rådet utser.", [("rådet", "råd", POL, "committee")],
        [("förs", "föra", "pres", "pass"), ("utser", "utse", "pres", "act")]),
    rec("v17", "Chefen ser till att beslutade styrdokument efterlevs.",
        [("Chefen", "chef", TJP, "manager")],
        [("ser", "se", "pres", "act"), ("efterlevs", "efterleva", "pres", "pass")], [],
        [("chef", "Chefen", "obligation", "ser till att", "se", "ser", False, False,
          "att beslutade styrdokument efterlevs", None)]),
    rec("v18", "Målet är att verksamheten strävar efter enkelhet i alla ärenden.", [],
        [("är", "vara", "pres", "act"), ("strävar", "sträva", "pres", "act")]),
    rec("v19", "Direktionen har ett samlat ansvar för personalen.",
        [("Direktionen", "direktion", POL, "board"),
         ("personalen", "personal", TJP, "employee")],
        [("har", "ha", "pres", "act")], [],
        [("direktion", "Direktionen", "responsibility", "har ansvar för", "ansvara", "har", False,
          False, "personalen", None)]),
    rec("v20", "Nämnden ska granska förbundets räkenskaper och de grundsatser som gäller.",
        [NAMND, ("förbundets", "förbund", ORG, "organisation")],
        [("ska", "skola", "pres", "act"), ("granska", "granska", "inf", "act"),
         ("gäller", "gälla", "pres", "act")], [],
        [("nämnd", "Nämnden", "obligation", "ska", "granska", "granska", False, False,
          "förbundets räkenskaper och de grundsatser som gäller", None)]),
]

if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for r in R:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
