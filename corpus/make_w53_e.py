"""Builds corpus/dev/w53-e.jsonl (and the page corpus/dev/w53-e-enheter.txt): invented sentences
for round 53, writer w53e (analyses 53-cb P1, P6, P12, P14 and 53-cc G4). cb-P1: (a) a clause
whose prefield is its subject (a possessive or determiner + noun, no actor) before the finite
verb: the definite actor after the verb is its object, no inverted subject, so no statement;
negatives: a fronted adverbial (true inversion) and an actor subject in the prefield; (b) a
capitalised present opening the paragraph under a unit heading (§5.1, bare actor lead-in): the
heading's unit is the subject even where an actor noun follows the verb; negative: a fronted
adverbial with its own inverted subject under the heading. cb-P6: a second agent with its own
`av` after a coordinator (`och`, `samt`, `eller`; `både … och`) is an agent too; negative:
`av` + a noun of no actor (`av praktiska skäl`). cb-P12: round 29 B2's fronted predicative
whose post-copula actor is a title + a personal name: the title is the actor; negative: a
personal name alone (round 42). cb-P14: ruling u1's cleft `Det är X:s uppgift att se till att
… V-s och V-s`: the passives of the `att`-clause state nothing; negative: two infinitives in
the complement (two statements). cc-G4: a comma insertion (`såsom …`, `t.ex. …`) between the
modal and an s-passive: the noun after the passive is the recipient, the statement implicit;
negative: a fronted adverb with an insertion and an inverted subject. Gold by hand from
docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w53_e.py corpus/dev"""

import sys

from records import (
    AR,
    FORV,
    FTV,
    ORG,
    POL,
    SKA,
    SKALL,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

RE, NONE, OB = "responsibility", "none", "obligation"


def rec(doc, *args, **kwargs):
    implicit = any(row[0] is None for row in (args[3] if len(args) > 3 else ()))
    return records_for(f"w53-e-{doc}", check_texts=not implicit)("1", *args, **kwargs)


SENTENCES = [
    # cb-P1 (a): the prefield is the subject, the actor after the verb its object
    rec("p1-1", "Vår planeringsmodell följer den politiska ledningen.",
        [("politiska ledningen", "politisk ledning", POL)], [pres("följer", "följa")]),
    rec("p1-2", "Vår kvalitetsmodell vägleder nämnderna i uppföljningen.",
        [("nämnderna", "nämnd", POL)], [pres("vägleder", "vägleda")]),
    rec("p1-3", "Den nya budgetprocessen stödjer kommunstyrelsen i prioriteringarna.",
        [("kommunstyrelsen", "kommunstyrelse", POL)], [pres("stödjer", "stödja")]),
    # cb-P1 (a) negatives: a fronted adverbial (inversion), an actor in the prefield
    rec("p1-n1", "I regionen leder den politiska ledningen arbetet med budgeten.",
        [("regionen", "region", ORG), ("politiska ledningen", "politisk ledning", POL)],
        [pres("leder", "leda")],
        [st("politisk ledning", "politiska ledningen", NONE, None, "leda", "leder",
            "arbetet med budgeten")]),
    rec("p1-n2", "Varje höst fastställer nämnden förvaltningens internkontrollplan.",
        [("nämnden", "nämnd", POL), ("förvaltningens", "förvaltning", FORV)],
        [pres("fastställer", "fastställa")],
        [st("nämnd", "nämnden", NONE, None, "fastställa", "fastställer",
            "förvaltningens internkontrollplan")]),
    rec("p1-n3", "Vår styrelse följer förvaltningen noga.",
        [("styrelse", "styrelse", POL), ("förvaltningen", "förvaltning", FORV)],
        [pres("följer", "följa")],
        [st("styrelse", "styrelse", NONE, None, "följa", "följer", "förvaltningen")]),
    # cb-P6: a second agent with its own `av`
    rec("p6-1", "Tillsynen utövas både av nämnden och av länsstyrelsen.",
        [("nämnden", "nämnd", POL), ("länsstyrelsen", "länsstyrelse", POL)],
        [pres("utövas", "utöva", "pass")],
        [st("nämnd", "nämnden", NONE, None, "utöva", "utövas", "Tillsynen", passive=True),
         st("länsstyrelse", "länsstyrelsen", NONE, None, "utöva", "utövas", "Tillsynen",
            passive=True)]),
    rec("p6-2", "Ärendena bereds av förvaltningen samt av ekonomikontoret.",
        [("förvaltningen", "förvaltning", FORV), ("ekonomikontoret", "ekonomikontor", FORV)],
        [pres("bereds", "bereda", "pass")],
        [st("förvaltning", "förvaltningen", NONE, None, "bereda", "bereds", "Ärendena",
            passive=True),
         st("ekonomikontor", "ekonomikontoret", NONE, None, "bereda", "bereds", "Ärendena",
            passive=True)]),
    rec("p6-3", "Verksamheten drivs av kommunens förvaltning och av privata utförare.",
        [("kommunens", "kommun", ORG), ("förvaltning", "förvaltning", FORV),
         ("utförare", "utförare", ORG)],
        [pres("drivs", "driva", "pass")],
        [st("förvaltning", "förvaltning", NONE, None, "driva", "drivs", "Verksamheten",
            passive=True),
         st("utförare", "utförare", NONE, None, "driva", "drivs", "Verksamheten",
            passive=True)]),
    # cb-P6 negative: `av` + no actor after the coordinator
    rec("p6-n1", "Budgeten fastställs av nämnden och av praktiska skäl sker det i juni.",
        [("nämnden", "nämnd", POL)],
        [pres("fastställs", "fastställa", "pass"), pres("sker", "ske")],
        [st("nämnd", "nämnden", NONE, None, "fastställa", "fastställs", "Budgeten",
            passive=True)]),
    # cb-P12: fronted predicative, a title + a personal name after the copula
    rec("p12-1", "Högste chef i förvaltningen är förvaltningschef Karin Ek.",
        [("förvaltningen", "förvaltning", FORV), ("förvaltningschef", "förvaltningschef", TJP)],
        [AR],
        [st("förvaltningschef", "förvaltningschef", NONE, None, "vara", "är",
            "Högste chef i förvaltningen")]),
    rec("p12-2", "Närmaste chef för handläggarna är enhetschef Olof Lind.",
        [("handläggarna", "handläggare", TJP), ("enhetschef", "enhetschef", TJP)],
        [AR],
        [st("enhetschef", "enhetschef", NONE, None, "vara", "är",
            "Närmaste chef för handläggarna")]),
    # cb-P12 negative: a personal name alone after the copula (round 42)
    rec("p12-n1", "Ordförande i nämnden är Eva Lind.", [("nämnden", "nämnd", POL)], [AR]),
    # cb-P14: cleft `Det är X:s uppgift att se till att … V-s och V-s` (u1): only `se`
    rec("p14-1", "Det är kanslichefens uppgift att se till att rutinerna efterlevs och "
        "utvärderas.",
        [("kanslichefens", "kanslichef", TJP)],
        [AR, inf("se"), pres("efterlevs", "efterleva", "pass"),
         pres("utvärderas", "utvärdera", "pass")],
        [st("kanslichef", "kanslichefens", RE, "är uppgift att se till att", "se", "se",
            "rutinerna efterlevs och utvärderas")]),
    rec("p14-2", "Det är rektorns ansvar att se till att planen upprättas och revideras.",
        [("rektorns", "rektor", TJP)],
        [AR, inf("se"), pres("upprättas", "upprätta", "pass"),
         pres("revideras", "revidera", "pass")],
        [st("rektor", "rektorns", RE, "är ansvar att se till att", "se", "se",
            "planen upprättas och revideras")]),
    # cb-P14 negative: two infinitives in the complement, two statements
    rec("p14-n1", "Det är ordförandens uppgift att kalla till sammanträden och leda dem.",
        [("ordförandens", "ordförande", FTV)],
        [AR, inf("kalla"), inf("leda")],
        [st("ordförande", "ordförandens", RE, "är uppgift att", "kalla", "kalla",
            "till sammanträden"),
         st("ordförande", "ordförandens", RE, "är uppgift att", "leda", "leda", "dem")]),
    # cc-G4: a comma insertion between the modal and the s-passive; the noun after it the
    # recipient: an implicit statement
    rec("g4-1", "Protokollen ska, såsom vid tidigare tillfällen, delges revisorerna.",
        [("revisorerna", "revisor", FTV)],
        [SKA, inf("delges", "delge", "pass")],
        [st(None, None, OB, "ska", "delge", "delges", "Protokollen", passive=True)]),
    rec("g4-2", "Beslutet skall i sin helhet, t.ex. vid större ändringar, anmälas "
        "kommunstyrelsen.",
        [("kommunstyrelsen", "kommunstyrelse", POL)],
        [SKALL, inf("anmälas", "anmäla", "pass")],
        [st(None, None, OB, "skall", "anmäla", "anmälas", "Beslutet", passive=True)]),
    rec("g4-3", "Ändras taxorna ska de i berörda delar, såsom vid indexuppräkning, "
        "underställas fullmäktige.",
        [("fullmäktige", "fullmäktige", POL)],
        [pres("Ändras", "ändra", "pass"), SKA, inf("underställas", "underställa", "pass")],
        [st(None, None, OB, "ska", "underställa", "underställas", "de", passive=True)]),
    # cc-G4 negative: a fronted adverb, an insertion, then the inverted subject
    rec("g4-n1", "Därefter utses, såsom tidigare år, ordföranden.",
        [("ordföranden", "ordförande", FTV)],
        [pres("utses", "utse", "pass")]),
]

# cb-P1 (b): a page with unit headings over verb-first descriptions
D = "w53-e-enheter"
PAGE = """Förvaltningens enheter
Planeringsenheten
Stödjer nämnderna i arbetet med verksamhetsplaner och budget.
Kansliavdelningen
Samordnar förvaltningarna i frågor om arkiv och diarium.
Personalenheten
Varje vecka granskar personalchefen rekryteringarna.
"""
L = PAGE.split("\n")
page = records_for(D)  # the heading names the subject of each description
PAGE_RECORDS = [
    page("title", L[0], [("Förvaltningens", "förvaltning", FORV), ("enheter", "enhet", FORV)],
         kind="heading"),
    page("h1", L[1], [("Planeringsenheten", "planeringsenhet", FORV)], kind="heading"),
    page("1", L[2], [("nämnderna", "nämnd", POL)], [pres("Stödjer", "stödja")],
         [st("planeringsenhet", "Planeringsenheten", NONE, None, "stödja", "Stödjer",
             "nämnderna i arbetet med verksamhetsplaner och budget")], parent="h1"),
    page("h2", L[3], [("Kansliavdelningen", "kansliavdelning", FORV)], kind="heading"),
    page("2", L[4], [("förvaltningarna", "förvaltning", FORV)], [pres("Samordnar", "samordna")],
         [st("kansliavdelning", "Kansliavdelningen", NONE, None, "samordna", "Samordnar",
             "förvaltningarna i frågor om arkiv och diarium")], parent="h2"),
    page("h3", L[5], [("Personalenheten", "personalenhet", FORV)], kind="heading"),
    page("3", L[6], [("personalchefen", "personalchef", TJP)], [pres("granskar", "granska")],
         [st("personalchef", "personalchefen", NONE, None, "granska", "granskar",
             "rekryteringarna")], parent="h3"),
]


if __name__ == "__main__":
    write_part(sys.argv[1], "w53-e", {D: (PAGE, PAGE_RECORDS)}, before=SENTENCES)
