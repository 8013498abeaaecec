"""Builds corpus/dev/w51-n.jsonl and the document corpus/dev/w51-n-stadgar.txt with its gold:
invented material for round 51, writer N (analysis 51-bo causes C, D, F).
C: a fronted role phrase `Till|Som <bare role>` + modal + s-passive infinitive + an inverted
subject (bare or qualified, maybe coordinated by `eller`): the inverted subject conjuncts are
the passive's subjects (§5.2); the office in the fronted phrase is a predicative like
`utses till` (§2.1), no actor. D: a verb-first
condition whose second finite verb follows `eller på annat sätt`, then the main clause's
modal + inverted subject (+ passive): the condition runs up to the modal (§4 rounds 12, 47).
F: `men` + own subject + finite modal after a clause ending in a `som`-relative is a main
clause of its own. Negatives: a fronted `Till <role>` before a non-actor passive subject, a
one-verb V1 condition, a `men` conjunct without a subject of its own inside a relative.
Gold by hand from docs/annotation.md §4, §5 before the rules. Offsets computed.
Run: python corpus/make_w51_n.py corpus/dev"""

import sys

from records import (
    EXT,
    FAR,
    FORV,
    FTV,
    KAN,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w51-n", conditions_from_statements=True)

D = "w51-n-stadgar"
P = [
    "Som sekreterare får anlitas tjänsteman eller konsult.",
    "Till revisor ska utses godkänd revisor.",
    "Till vice ordförande får väljas ledamot eller ersättare.",
    "Till kassören ska kvitton lämnas inom en månad.",
    "Motarbetar en medlem klubbens syften eller på annat sätt skadar klubbens anseende kan "
    "medlemmen uteslutas.",
    "Försummar en förtroendevald sina uppgifter eller på annat sätt motverkar förbundets "
    "ändamål får styrelsen entlediga henne.",
    "Skadar en medlem klubbens egendom ska medlemmen ersätta skadan.",
    "Handlar en avdelning mot förbundets stadgar eller på annat sätt skadar förbundet kan "
    "avdelningen fråntas sin rösträtt.",
    "Styrelsen sammanträder på de dagar som årsmötet bestämmer men varje ledamot kan begära "
    "ett extra sammanträde.",
    "Medlemmarna betalar avgiften på det sätt som årsmötet fastställer men kassören kan välja "
    "att fakturera den årsvis.",
    "Kassören redovisar de räkningar som styrelsen attesterar men inte betalar.",
]
TEXT = "Stadgar\n\n" + "\n\n".join(P) + "\n"
PASS = {"passive": True}
C5 = P[4].split(" kan medlemmen")[0]
C6 = P[5].split(" får styrelsen")[0]
C7 = "Skadar en medlem klubbens egendom"
C8 = P[7].split(" kan avdelningen")[0]
RECORDS = [
    rec("title", "Stadgar", kind="heading", doc=D),
    rec("1", P[0],
        [("tjänsteman", "tjänsteman", TJP),
         ("konsult", "konsult", EXT)],
        [FAR, inf("anlitas", "anlita", "pass")],
        [st("tjänsteman", "tjänsteman", "permission", "får", "anlita", "anlitas", **PASS),
         st("konsult", "konsult", "permission", "får", "anlita", "anlitas", **PASS)], doc=D),
    rec("2", P[1],
        [("godkänd revisor", "godkänd revisor", FTV)],
        [SKA, inf("utses", "utse", "pass")],
        [st("godkänd revisor", "godkänd revisor", "obligation", "ska", "utse", "utses",
            **PASS)], doc=D),
    rec("3", P[2],
        [("ledamot", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)],
        [FAR, inf("väljas", "välja", "pass")],
        [st("ledamot", "ledamot", "permission", "får", "välja", "väljas", **PASS),
         st("ersättare", "ersättare", "permission", "får", "välja", "väljas", **PASS)], doc=D),
    rec("4", P[3], [("kassören", "kassör", FTV)], [SKA, inf("lämnas", "lämna", "pass")],
        [st(None, None, "obligation", "ska", "lämna", "lämnas", "inom en månad", **PASS)],
        doc=D),
    rec("5", P[4],
        [("medlem", "medlem", OVR), ("klubbens", "klubb", ORG), ("klubbens", "klubb", ORG, 1),
         ("medlemmen", "medlem", OVR)],
        [pres("Motarbetar", "motarbeta"), pres("skadar", "skada"), KAN,
         inf("uteslutas", "utesluta", "pass")],
        [st("medlem", "medlemmen", "permission", "kan", "utesluta", "uteslutas", condition=C5,
            **PASS)], doc=D),
    rec("6", P[5],
        [("förtroendevald", "förtroendevald", FTV), ("förbundets", "förbund", ORG),
         ("styrelsen", "styrelse", POL)],
        [pres("Försummar", "försumma"), pres("motverkar", "motverka"), FAR, inf("entlediga")],
        [st("styrelse", "styrelsen", "permission", "får", "entlediga", "entlediga", "henne",
            condition=C6)], doc=D),
    rec("7", P[6],
        [("medlem", "medlem", OVR), ("klubbens", "klubb", ORG), ("medlemmen", "medlem", OVR)],
        [pres("Skadar", "skada"), SKA, inf("ersätta")],
        [st("medlem", "medlemmen", "obligation", "ska", "ersätta", "ersätta", "skadan",
            condition=C7)], doc=D),
    rec("8", P[7],
        [("avdelning", "avdelning", FORV), ("förbundets", "förbund", ORG),
         ("förbundet", "förbund", ORG), ("avdelningen", "avdelning", FORV)],
        [pres("Handlar", "handla"), pres("skadar", "skada"), KAN,
         inf("fråntas", "frånta", "pass")],
        [st("avdelning", "avdelningen", "permission", "kan", "frånta", "fråntas",
            "sin rösträtt", condition=C8, **PASS)], doc=D),
    rec("9", P[8],
        [("Styrelsen", "styrelse", POL), ("årsmötet", "årsmöte", OVR),
         ("ledamot", "ledamot", FTV)],
        [pres("sammanträder", "sammanträda"), pres("bestämmer", "bestämma"), KAN,
         inf("begära")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "på de dagar som årsmötet bestämmer"),
         st("ledamot", "ledamot", "permission", "kan", "begära", "begära",
            "ett extra sammanträde")], doc=D),
    rec("10", P[9],
        [("Medlemmarna", "medlem", OVR), ("årsmötet", "årsmöte", OVR),
         ("kassören", "kassör", FTV)],
        [pres("betalar", "betala"), pres("fastställer", "fastställa"), KAN, inf("välja"),
         inf("fakturera")],
        [st("medlem", "Medlemmarna", "none", None, "betala", "betalar",
            "avgiften på det sätt som årsmötet fastställer"),
         st("kassör", "kassören", "permission", "kan", "välja", "välja",
            "att fakturera den årsvis")], doc=D),
    rec("11", P[10],
        [("Kassören", "kassör", FTV), ("styrelsen", "styrelse", POL)],
        [pres("redovisar", "redovisa"), pres("attesterar", "attestera"),
         pres("betalar", "betala")],
        [st("kassör", "Kassören", "none", None, "redovisa", "redovisar",
            "de räkningar som styrelsen attesterar men inte betalar")], doc=D),
]

DOCUMENTS = {D: (TEXT, RECORDS)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-n", DOCUMENTS)
