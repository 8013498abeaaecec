"""Builds corpus/dev/w52-c.jsonl and the document corpus/dev/w52-c-reglemente.txt with its gold:
invented material for round 52, writer c (verb recovery after a cue's `att`, modal slips,
dotless abbreviations; analyses 52-aa C1, C7, C8, C9 and 52-bh C7, ruling h4). One reglemente-
like page: an `att`-aim whose infinitive follows an insertion (a PP chain with a proper noun, a
capacity phrase `som <noun> för …`) and that the tagger may read as a noun, with a second
`att`-member (both are the lead-in's, §5.3); a modal followed by a present-tense slip (`ska har`,
`skall granskar`, `får beslutar`: ruling h4, aim the infinitive of that verb); a dotless
abbreviation (`bla`, `tex`) between a modal and an s-passive (implicit statements); `äger` + an
-a adjective + noun (possession, `äga`, no permission); `samt <noun> för <NP>` after a copular
`utgör` (a preposition, no `föra`). Negatives: `att som <noun> för … vara` (the first verb),
an inverted subject after the modal, true `äger rätt att` / `äger` + infinitive, a coordinated
finite `för protokoll`. Gold by hand from docs/annotation.md §2, §5 and the round 52 rulings
before any run. Offsets computed. Run: python corpus/make_w52_c.py corpus/dev"""

import sys

from records import EXT, FAR, FTV, HAR, ORG, POL, SKA, SKALL, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w52-c", conditions_from_statements=True)

D = "w52-c-reglemente"
KN = "kulturnämnd"
TITLE = "Reglemente för kulturnämnden"
S = [
    # aa-C1: the infinitive after an insertion behind a cue's `att`
    ("Kulturnämnden har till uppgift att för Sörby tillvarata de äldre byggnaderna och att "
     "samordna arbetet med hembygdsföreningarna."),
    ("Förbundet har till ändamål att som huvudman för Ekbygdens räddningstjänst förebygga "
     "olyckor och att utbilda allmänheten."),
    ("Stiftelsen ansvarar för att som förvaltare för Norrdala förvalta donationsfonderna och att "
     "dela ut stipendier."),
    ("Styrelsen har till uppgift att i egenskap av huvudman för Ekby förvalta fastigheterna och "
     "att sköta bokföringen."),
    # NEG: the first verb after the capacity phrase
    "Rådet har till ändamål att som forum för föreningarna vara ett stöd i deras arbete.",
    # bh-C7, ruling h4: a present-tense slip after a modal
    "Styrelsen ska har sitt säte i Sörby.",
    "Revisorerna skall granskar räkenskaperna varje år.",
    "Ordföranden får beslutar i brådskande ärenden.",
    # NEG: the modal's inverted subject before the infinitive
    "Vid behov får ordföranden kalla till extra sammanträde.",
    # aa-C9: a dotless abbreviation between the modal and the s-passive
    "I avtalet ska bla anges uppsägningstiden.",
    "I verksamhetsplanen ska tex redovisas kostnaderna för lokalerna.",
    # aa-C7: `äger` + an -a adjective + noun is possession
    "Kommunen äger kommunala bostadsbolag och ska utse deras styrelser.",
    "Förbundet äger regionala anläggningar.",
    # NEG: true permission
    "Ordföranden äger rätt att kalla till sammanträde.",
    "Styrelsen äger besluta om placeringar.",
    # aa-C8: `för` after a coordinated predicative noun is a preposition
    "Direktionen utgör dessutom krisledningsnämnd samt räddningsnämnd för delägarna.",
    # NEG: a coordinated finite `för` before its object
    "Sekreteraren bereder ärendena och för protokoll vid sammanträdena.",
]
TEXT = TITLE + "\n\n" + "\n\n".join(S) + "\n"
ORDF = "ordförande"


def para(cid, n, actors, verbs, statements):
    return rec(cid, S[n], actors, verbs, statements, doc=D)


ANS = pres("ansvarar", "ansvara")
AGER = pres("äger", "äga")
RECORDS = [
    rec("title", TITLE, [("kulturnämnden", KN, POL)], kind="heading", doc=D),
    para("1", 0, [("Kulturnämnden", KN, POL), ("hembygdsföreningarna", "hembygdsförening", ORG)],
         [HAR, inf("tillvarata"), inf("samordna")],
         [st(KN, "Kulturnämnden", "obligation", "har till uppgift att", "tillvarata", "tillvarata",
             "de äldre byggnaderna"),
          st(KN, "Kulturnämnden", "obligation", "har till uppgift att", "samordna", "samordna",
             "arbetet med hembygdsföreningarna")]),
    para("2", 1, [("Förbundet", "förbund", ORG), ("allmänheten", "allmänhet", EXT)],
         [HAR, inf("förebygga"), inf("utbilda")],
         [st("förbund", "Förbundet", "obligation", "har till ändamål att", "förebygga",
             "förebygga", "olyckor"),
          st("förbund", "Förbundet", "obligation", "har till ändamål att", "utbilda", "utbilda",
             "allmänheten")]),
    para("3", 2, [("Stiftelsen", "stiftelse", ORG)], [ANS, inf("förvalta"), inf("dela")],
         [st("stiftelse", "Stiftelsen", "responsibility", "ansvarar för", "förvalta", "förvalta",
             "donationsfonderna"),
          st("stiftelse", "Stiftelsen", "responsibility", "ansvarar för", "dela", "dela",
             "stipendier")]),
    para("3b", 3, [("Styrelsen", "styrelse", POL)], [HAR, inf("förvalta"), inf("sköta")],
         [st("styrelse", "Styrelsen", "obligation", "har till uppgift att", "förvalta",
             "förvalta", "fastigheterna"),
          st("styrelse", "Styrelsen", "obligation", "har till uppgift att", "sköta", "sköta",
             "bokföringen")]),
    para("4", 4, [("Rådet", "råd", POL), ("föreningarna", "förening", ORG)],
         [HAR, inf("vara")],
         [st("råd", "Rådet", "obligation", "har till ändamål att", "vara", "vara",
             "ett stöd i deras arbete")]),
    para("5", 5, [("Styrelsen", "styrelse", POL)], [SKA, inf("har", "ha")],
         [st("styrelse", "Styrelsen", "obligation", "ska", "ha", "har", "sitt säte i Sörby")]),
    para("6", 6, [("Revisorerna", "revisor", FTV)], [SKALL, inf("granskar", "granska")],
         [st("revisor", "Revisorerna", "obligation", "skall", "granska", "granskar",
             "räkenskaperna varje år")]),
    para("7", 7, [("Ordföranden", ORDF, FTV)], [FAR, inf("beslutar", "besluta")],
         [st(ORDF, "Ordföranden", "permission", "får", "besluta", "beslutar",
             "i brådskande ärenden")]),
    para("8", 8, [("ordföranden", ORDF, FTV)], [FAR, inf("kalla")],
         [st(ORDF, "ordföranden", "permission", "får", "kalla", "kalla",
             "till extra sammanträde", condition="Vid behov")]),
    para("9", 9, [], [SKA, inf("anges", "ange", "pass")],
         [st(None, None, "obligation", "ska", "ange", "anges", "uppsägningstiden",
             passive=True)]),
    para("10", 10, [], [SKA, inf("redovisas", "redovisa", "pass")],
         [st(None, None, "obligation", "ska", "redovisa", "redovisas",
             "kostnaderna för lokalerna", passive=True)]),
    para("11", 11, [("Kommunen", "kommun", ORG), ("bostadsbolag", "bostadsbolag", ORG),
                    ("styrelser", "styrelse", POL)], [AGER, SKA, inf("utse")],
         [st("kommun", "Kommunen", "none", None, "äga", "äger", "kommunala bostadsbolag"),
          st("kommun", "Kommunen", "obligation", "ska", "utse", "utse", "deras styrelser")]),
    para("12", 12, [("Förbundet", "förbund", ORG)], [AGER],
         [st("förbund", "Förbundet", "none", None, "äga", "äger", "regionala anläggningar")]),
    para("13", 13, [("Ordföranden", ORDF, FTV)], [AGER, inf("kalla")],
         [st(ORDF, "Ordföranden", "permission", "äger rätt att", "kalla", "kalla",
             "till sammanträde")]),
    para("14", 14, [("Styrelsen", "styrelse", POL)], [AGER, inf("besluta")],
         [st("styrelse", "Styrelsen", "permission", "äger", "besluta", "besluta",
             "om placeringar")]),
    # the predicatives of `utgör` are no actors (§2.1, issue #10)
    para("15", 15, [("Direktionen", "direktion", POL),
                    ("delägarna", "delägare", ORG)],
         [pres("utgör", "utgöra")],
         [st("direktion", "Direktionen", "none", None, "utgöra", "utgör",
             "krisledningsnämnd samt räddningsnämnd för delägarna")]),
    para("16", 16, [("Sekreteraren", "sekreterare", TJP)],
         [pres("bereder", "bereda"), pres("för", "föra")],
         [st("sekreterare", "Sekreteraren", "none", None, "bereda", "bereder", "ärendena"),
          st("sekreterare", "Sekreteraren", "none", None, "föra", "för",
             "protokoll vid sammanträdena")]),
]

DOCUMENTS = {D: (TEXT, RECORDS)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-c", DOCUMENTS)
