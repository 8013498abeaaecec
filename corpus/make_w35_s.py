"""Builds corpus/dev/w35-s.jsonl and the documents corpus/dev/w35-s-*.txt: invented material
for round 35, writer S (gold by hand from docs/annotation.md §1.2, §1.3, §2): S1 a statute's
paragraph label glued to the clause's first word (`2 §Förbundet upplåter …`, `2 a §`, `11 b
§`: the label goes to meta.label, the text opens at the word); S2 a flattened PDF page on one
line under its title line: a field run opening with the organisation's name in capitals
before a cover word (`EKBY KOMMUN STYRDOKUMENT Dnr KS 2021/88`, one metadata clause), the
title's repeat in capitals ending in a bracketed acronym (`… (KUN)`) before the first
sentence, chapter labels `N kap.` before a heading in capitals (a clause of their own, as
dev w27-s2-kap), one-word role headings (`Ordförande`, `Rektor`) before a numbered paragraph,
and a heading `ORGANISATION OCH LEDNING UNDER STYRELSEN` whose only actor is the board.
Offsets computed. Run: python corpus/make_w35_s.py corpus/dev"""

import sys

from records import EXT, FAR, FORV, FTV, HAR, ORG, POL, SKA, TJP, write_part
from records import clause_record as rec
from records import statement as st

# S1: statute paragraph labels glued to the clause's first word
D1 = "w35-s-forordning"
FORORDNING_TXT = """Förordning (2016:412) med instruktion för Ekby vattenförbund

Uppgifter

1 §Förbundet ska följa utvecklingen inom vattenvården och lämna förslag till regeringen.

2 §Förbundet upplåter lokaler samt utför tjänster åt kommunerna.

2 a §Förbundet får debitera avgifter för sina tjänster.

Ledning

11 §Styrelsen utser en direktör.

11 b §Direktören leder förbundets kansli och fördelar arbetet.
"""
VF = ("Förbundet", "ekby vattenförbund", ORG)
FORORDNING = [
    rec(D1, "title", "Förordning (2016:412) med instruktion för Ekby vattenförbund",
        [("Ekby vattenförbund", "ekby vattenförbund", ORG)], kind="heading"),
    rec(D1, "h1", "Uppgifter", kind="heading"),
    rec(D1, "§1", "Förbundet ska följa utvecklingen inom vattenvården och lämna förslag till "
        "regeringen.", [VF, ("regeringen", "regering", EXT)],
        [SKA, ("följa", "följa", "inf", "act"), ("lämna", "lämna", "inf", "act")],
        [st("ekby vattenförbund", "Förbundet", "obligation", "ska", "följa", "följa",
            "utvecklingen inom vattenvården"),
         st("ekby vattenförbund", "Förbundet", "obligation", "ska", "lämna", "lämna",
            "förslag till regeringen")], parent="h1", label="1 §"),
    rec(D1, "§2", "Förbundet upplåter lokaler samt utför tjänster åt kommunerna.",
        [VF, ("kommunerna", "kommun", ORG)],
        [("upplåter", "upplåta", "pres", "act"), ("utför", "utföra", "pres", "act")],
        [st("ekby vattenförbund", "Förbundet", "none", None, "upplåta", "upplåter", "lokaler"),
         st("ekby vattenförbund", "Förbundet", "none", None, "utföra", "utför",
            "tjänster åt kommunerna")], parent="h1", label="2 §"),
    rec(D1, "§2a", "Förbundet får debitera avgifter för sina tjänster.", [VF],
        [FAR, ("debitera", "debitera", "inf", "act")],
        [st("ekby vattenförbund", "Förbundet", "permission", "får", "debitera", "debitera",
            "avgifter för sina tjänster")], parent="h1", label="2 a §"),
    rec(D1, "h2", "Ledning", kind="heading"),
    rec(D1, "§11", "Styrelsen utser en direktör.",
        [("Styrelsen", "förbundsstyrelse", POL), ("direktör", "direktör", TJP)],
        [("utser", "utse", "pres", "act")],
        [st("förbundsstyrelse", "Styrelsen", "none", None, "utse", "utser", "en direktör")],
        parent="h2", label="11 §"),
    rec(D1, "§11b", "Direktören leder förbundets kansli och fördelar arbetet.",
        [("Direktören", "direktör", TJP), ("förbundets", "ekby vattenförbund", ORG),
         ("kansli", "kansli", FORV)],
        [("leder", "leda", "pres", "act"), ("fördelar", "fördela", "pres", "act")],
        [st("direktör", "Direktören", "none", None, "leda", "leder", "förbundets kansli"),
         st("direktör", "Direktören", "none", None, "fördela", "fördelar", "arbetet")],
        parent="h2", label="11 b §"),
]

# S2: a flattened page of a nämnd's arbetsordning under its title line
D2 = "w35-s-arbetsordning"
ARBETSORDNING_TXT = (
    "Arbetsordning för kulturnämnden\n"
    "EKBY KOMMUN STYRDOKUMENT Dnr KS 2021/88 ARBETSORDNING FÖR KULTURNÄMNDEN (KUN) "
    "Kommunfullmäktige har fastställt denna arbetsordning. 1 kap. NÄMNDENS UPPGIFTER "
    "Ordförande 1 Ordföranden leder nämndens sammanträden. 2 Ordföranden ska kalla "
    "ledamöterna till sammanträde. 2 kap. LEDNING UNDER NÄMNDEN Förvaltningschef 3 "
    "Förvaltningschefen ska leda förvaltningen.\n"
)
# Round 43 (probe43 cause 12, the coordinator's ruling): the bare chair of a document about
# one nämnd is that nämnd's chair in the title's genitive (§2.3 table).
KN_CHAIR = "kulturnämndens ordförande"
CHAIR = ("Ordföranden", KN_CHAIR, FTV)
ARBETSORDNING = [
    rec(D2, "title", "Arbetsordning för kulturnämnden",
        [("kulturnämnden", "kulturnämnd", POL)], kind="heading"),
    rec(D2, "m1", "EKBY KOMMUN STYRDOKUMENT Dnr KS 2021/88",
        [("EKBY KOMMUN", "ekby kommun", ORG)]),
    rec(D2, "h1", "ARBETSORDNING FÖR KULTURNÄMNDEN (KUN)",
        [("KULTURNÄMNDEN", "kulturnämnd", POL), ("KUN", "kulturnämnd", POL)], kind="heading"),
    rec(D2, "p1", "Kommunfullmäktige har fastställt denna arbetsordning.",
        [("Kommunfullmäktige", "kommunfullmäktige", POL)],
        [HAR, ("fastställt", "fastställa", "sup", "act")],
        [st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "fastställa", "fastställt",
            "denna arbetsordning")], parent="h1"),
    rec(D2, "1", "kap.", label="1"),
    rec(D2, "h2", "NÄMNDENS UPPGIFTER", [("NÄMNDENS", "nämnd", POL)], kind="heading"),
    rec(D2, "h3", "Ordförande", [("Ordförande", KN_CHAIR, FTV)], kind="heading"),
    rec(D2, "1-2", "Ordföranden leder nämndens sammanträden.",
        [CHAIR, ("nämndens", "nämnd", POL)], [("leder", "leda", "pres", "act")],
        [st(KN_CHAIR, "Ordföranden", "none", None, "leda", "leder",
            "nämndens sammanträden")], parent="h3", label="1"),
    rec(D2, "2", "Ordföranden ska kalla ledamöterna till sammanträde.",
        [CHAIR, ("ledamöterna", "ledamot", FTV)], [SKA, ("kalla", "kalla", "inf", "act")],
        [st(KN_CHAIR, "Ordföranden", "obligation", "ska", "kalla", "kalla",
            "ledamöterna till sammanträde")], parent="h3", label="2"),
    rec(D2, "2-2", "kap.", label="2"),
    rec(D2, "h4", "LEDNING UNDER NÄMNDEN", [("NÄMNDEN", "nämnd", POL)], kind="heading"),
    rec(D2, "h5", "Förvaltningschef", [("Förvaltningschef", "förvaltningschef", TJP)],
        kind="heading"),
    rec(D2, "3", "Förvaltningschefen ska leda förvaltningen.",
        [("Förvaltningschefen", "förvaltningschef", TJP),
         ("förvaltningen", "förvaltning", FORV)], [SKA, ("leda", "leda", "inf", "act")],
        [st("förvaltningschef", "Förvaltningschefen", "obligation", "ska", "leda", "leda",
            "förvaltningen")], parent="h5", label="3"),
]

# S2: a university's arbetsordning, one-word capitals heading and role headings
D3 = "w35-s-universitet"
UNIVERSITET_TXT = (
    "Arbetsordning för Ekby universitet\n"
    "EKBY UNIVERSITET STYRDOKUMENT Dnr SU 2020/1187 ARBETSORDNING FÖR EKBY UNIVERSITET (EKU) "
    "Universitetsstyrelsen har beslutat om denna arbetsordning. 1 kap. UPPGIFTER Rektor 1 "
    "Rektor ska leda universitetets verksamhet. 2 Rektor får besluta om antagning. 2 kap. "
    "ORGANISATION OCH LEDNING UNDER STYRELSEN Prorektor 3 Prorektor biträder rektor i "
    "utbildningsfrågor.\n"
)
UNI = ("EKBY UNIVERSITET", "ekby universitet", ORG)
UNIVERSITET = [
    rec(D3, "title", "Arbetsordning för Ekby universitet",
        [("Ekby universitet", "ekby universitet", ORG)], kind="heading"),
    rec(D3, "m1", "EKBY UNIVERSITET STYRDOKUMENT Dnr SU 2020/1187", [UNI]),
    rec(D3, "h1", "ARBETSORDNING FÖR EKBY UNIVERSITET (EKU)",
        [UNI, ("EKU", "ekby universitet", ORG)], kind="heading"),
    rec(D3, "p1", "Universitetsstyrelsen har beslutat om denna arbetsordning.",
        [("Universitetsstyrelsen", "universitetsstyrelse", POL)],
        [HAR, ("beslutat", "besluta", "sup", "act")],
        [st("universitetsstyrelse", "Universitetsstyrelsen", "none", None, "besluta",
            "beslutat", "om denna arbetsordning")], parent="h1"),
    rec(D3, "1", "kap.", label="1"),
    rec(D3, "h2", "UPPGIFTER", kind="heading"),
    rec(D3, "h3", "Rektor", [("Rektor", "rektor", TJP)], kind="heading"),
    rec(D3, "1-2", "Rektor ska leda universitetets verksamhet.",
        [("Rektor", "rektor", TJP), ("universitetets", "ekby universitet", ORG)],
        [SKA, ("leda", "leda", "inf", "act")],
        [st("rektor", "Rektor", "obligation", "ska", "leda", "leda",
            "universitetets verksamhet")], parent="h3", label="1"),
    rec(D3, "2", "Rektor får besluta om antagning.", [("Rektor", "rektor", TJP)],
        [FAR, ("besluta", "besluta", "inf", "act")],
        [st("rektor", "Rektor", "permission", "får", "besluta", "besluta", "om antagning")],
        parent="h3", label="2"),
    rec(D3, "2-2", "kap.", label="2"),
    rec(D3, "h4", "ORGANISATION OCH LEDNING UNDER STYRELSEN",
        [("STYRELSEN", "universitetsstyrelse", POL)], kind="heading"),
    rec(D3, "h5", "Prorektor", [("Prorektor", "prorektor", TJP)], kind="heading"),
    rec(D3, "3", "Prorektor biträder rektor i utbildningsfrågor.",
        [("Prorektor", "prorektor", TJP), ("rektor", "rektor", TJP)],
        [("biträder", "biträda", "pres", "act")],
        [st("prorektor", "Prorektor", "none", None, "biträda", "biträder",
            "rektor i utbildningsfrågor")], parent="h5", label="3"),
]

DOCUMENTS = {D1: (FORORDNING_TXT, FORORDNING), D2: (ARBETSORDNING_TXT, ARBETSORDNING),
             D3: (UNIVERSITET_TXT, UNIVERSITET)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w35-s", DOCUMENTS)
