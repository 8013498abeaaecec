"""Builds corpus/dev/w29-b1.jsonl: invented sentences for round 29, writer B1 (stacked passive
cues `kan (inte) ges rätt att`, a copula with a bare N1 and a definite actor N2, `har` + NP +
a non-cue noun + `att`, `av såväl X som Y` agents, an actor in a `dvs.` apposition after a
non-actor subject, a fronted `Tillsammans med X`, `är den enda N som`, `<actor>s uppgift är
att`). Gold written by hand from docs/annotation.md. Offsets computed.
Run: python corpus/make_w29_b1.py corpus/dev/w29-b1.jsonl"""

import json
import sys

from records import AR, FORV, FTV, HAR, KAN, ORG, POL, TJP, role_record


def rec(cid, text, actors=(), verbs=(), statements=(), conditions=()):
    # actors keep their written role (an early script), except "other"
    return role_record("w29-b1", cid, text, actors, verbs, statements, conditions,
                       keep_other_role=False)


GES = ("ges", "ge", "pres", "pass")
R = [
    # B1: stacked passive cue `kan (inte) ges rätt att` + infinitive (leftmost cue decides)
    rec("b01", "Två granskare kan inte ges rätt att godkänna samma utlägg.",
        [("granskare", "granskare", FTV, "auditor")],
        [KAN, GES, ("godkänna", "godkänna", "inf", "act")],
        [("granskare", "granskare", "prohibition", "kan inte ges rätt att", "godkänna",
          "godkänna", True, False, "samma utlägg", None)]),
    rec("b02", "Suppleanter kan ges rätt att närvara vid direktionens sammanträden.",
        [("Suppleanter", "suppleant", FTV, "elected"), ("direktionens", "direktion", POL, "board")],
        [KAN, GES, ("närvara", "närvara", "inf", "act")],
        [("suppleant", "Suppleanter", "permission", "kan ges rätt att", "närvara", "närvara",
          False, False, "vid direktionens sammanträden", None)]),
    rec("b03", "Revisorerna gavs befogenhet att granska samtliga avtal.",
        [("Revisorerna", "revisor", FTV, "auditor")],
        [("gavs", "ge", "past", "pass"), ("granska", "granska", "inf", "act")],
        [("revisor", "Revisorerna", "permission", "gavs befogenhet att", "granska", "granska",
          False, False, "samtliga avtal", None)]),
    # B2: copula with a bare N1 subject-looking phrase and a definite actor N2
    rec("b04", "Granskare av förbundets räkenskaper är revisorerna.",
        [("förbundets", "förbund", ORG, "organisation"),
         ("revisorerna", "revisor", FTV, "auditor")],
        [AR],
        [("revisor", "revisorerna", "none", None, "vara", "är", False, False,
          "Granskare av förbundets räkenskaper", None)]),
    rec("b05", "Hennes ställföreträdare är vice ordföranden.",
        [("vice ordföranden", "vice ordförande", FTV, "chair")],
        [AR], []),
    # B3: `har` + inverted subject + a non-cue noun + `att`; real `har att` stays obligation
    rec("b06", "I övrigt har varje avdelning frihet att själv utse sin kassör.",
        [("avdelning", "avdelning", FORV, "unit"), ("kassör", "kassör", FTV, "elected")],
        [HAR, ("utse", "utse", "inf", "act")],
        [("avdelning", "avdelning", "none", None, "ha", "har", False, False,
          "frihet att själv utse sin kassör", None)]),
    rec("b07", "Vid förfall har ordföranden att kalla in en ersättare.",
        [("ordföranden", "ordförande", FTV, "chair"), ("ersättare", "ersättare", FTV, "elected")],
        [HAR, ("kalla", "kalla", "inf", "act")],
        [("ordförande", "ordföranden", "obligation", "har att", "kalla", "kalla", False, False,
          "in en ersättare", "Vid förfall")], ["Vid förfall"]),
    # B5: correlative passive agents
    rec("b08", "Frågan kan avgöras av såväl direktionen som förbundsstämman.",
        [("direktionen", "direktion", POL, "board"),
         ("förbundsstämman", "förbundsstämma", POL, "assembly")],
        [KAN, ("avgöras", "avgöra", "inf", "pass")],
        [("direktion", "direktionen", "none", None, "avgöra", "avgöras", False, True, "Frågan",
          None),
         ("förbundsstämma", "förbundsstämman", "none", None, "avgöra", "avgöras", False, True,
          "Frågan", None)]),
    rec("b09", "Ansökan bedöms av både rektorn och skolnämnden.",
        [("rektorn", "rektor", TJP, "manager"), ("skolnämnden", "skolnämnd", POL, "committee")],
        [("bedöms", "bedöma", "pres", "pass")],
        [("rektor", "rektorn", "none", None, "bedöma", "bedöms", False, True, "Ansökan", None),
         ("skolnämnd", "skolnämnden", "none", None, "bedöma", "bedöms", False, True, "Ansökan",
          None)]),
    # B6: an actor in a `dvs.` apposition after a non-actor subject noun
    rec("b10", "Förbundets administrativa resurs dvs. handläggarna på kansliet har ett eget "
        "intranät.",
        [("Förbundets", "förbund", ORG, "organisation"),
         ("handläggarna", "handläggare", TJP, "employee"),
         ("kansliet", "kansli", FORV, "unit")],
        [HAR],
        [("handläggare", "handläggarna", "none", None, "ha", "har", False, False,
          "ett eget intranät", None)]),
    # B8: fronted `Tillsammans med X` before a non-actor subject
    rec("b11", "Tillsammans med regionerna erbjuder programmet sommarkurser.",
        [("regionerna", "region", ORG, "organisation")],
        [("erbjuder", "erbjuda", "pres", "act")], []),
    rec("b12", "Tillsammans med nämnden ansvarar kommundirektören för uppföljningen.",
        [("nämnden", "nämnd", POL, "committee"),
         ("kommundirektören", "kommundirektör", TJP, "manager")],
        [("ansvarar", "ansvara", "pres", "act")],
        [("kommundirektör", "kommundirektören", "responsibility", "ansvarar för", "ansvara",
          "ansvarar", False, False, "uppföljningen", None)]),
    # B9: `är den enda/första N som` is a predicative
    rec("b13", "Direktionen är det första organ som ska tillsättas.",
        [("Direktionen", "direktion", POL, "board")],
        [AR, ("ska", "skola", "pres", "act"), ("tillsättas", "tillsätta", "inf", "pass")],
        [("direktion", "Direktionen", "none", None, "vara", "är", False, False,
          "det första organ som ska tillsättas", None)]),
    rec("b14", "Valnämnden är den enda instans som prövar sådana ärenden.",
        [("Valnämnden", "valnämnd", POL, "committee")],
        [AR, ("prövar", "pröva", "pres", "act")],
        [("valnämnd", "Valnämnden", "none", None, "vara", "är", False, False,
          "den enda instans som prövar sådana ärenden", None)]),
    # B10: a task noun owned by an actor as the subject of `är att`
    rec("b15", "Utsedda ombuds uppgift är att företräda förbundet.",
        [("ombuds", "ombud", TJP, "employee"), ("förbundet", "förbund", ORG, "organisation")],
        [AR, ("företräda", "företräda", "inf", "act")], []),
    rec("b16", "Valda revisorers ansvar är att granska verksamheten.",
        [("revisorers", "revisor", FTV, "auditor")],
        [AR, ("granska", "granska", "inf", "act")], []),
    rec("b17", "Kommunstyrelsen är det enda organ som ska utses av fullmäktige.",
        [("Kommunstyrelsen", "kommunstyrelse", POL, "board"),
         ("fullmäktige", "fullmäktige", POL, "assembly")],
        [AR, ("ska", "skola", "pres", "act"), ("utses", "utse", "inf", "pass")],
        [("kommunstyrelse", "Kommunstyrelsen", "none", None, "vara", "är", False, False,
          "det enda organ som ska utses av fullmäktige", None)]),
]

if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for row in R:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
