"""Builds corpus/dev/w55-e.jsonl: invented sentences for round 55, writer w55e (analyses 55-ch
C3, 55-cj C6 and C8, 55-ci A3): subjects. ch-C3: `A och B, samt C` (also `A, B och C, samt D`
and `, och` before a noun phrase) as an active or a passive subject, before the verb or
inverted after it; negatives: `, samt` + a finite verb opens a new predicate of the same
subject, `, samt` + a non-actor noun phrase adds no actor. cj-C6: a reverse apposition
`<owner's descriptor NP>, <body>, <verb>`: the comma-bounded body is the subject, the
descriptor a predicative (no actor); negatives: the body first, the descriptor in commas after
it. cj-C8: a bare organisation role noun (+ a prepositional phrase) fronted before `är` + an
organisation's name (`<Name> kommun`, `Region <Name>`, `<Name> AB`): the name is the subject,
the role the predicative; negative: a personal name after the copula (round 42). ci-A3: an
assembly's genitive + an owned body (`Regionfullmäktiges beredningar`, `Kommunfullmäktiges
utskott`, `… presidium`) as the subject keeps the clause's statements; negative: an assembly's
genitive + a thing. Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w55_e.py corpus/dev"""

import sys

from records import (
    AR,
    FORV,
    FTV,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

NONE, OB = "none", "obligation"


def rec(doc, *args, **kwargs):
    return records_for(f"w55-e-{doc}", check_texts=True)("1", *args, **kwargs)


def passive(actor, text, aim, aim_text, obj=None, deontic=NONE, modal=None):
    return st(actor, text, deontic, modal, aim, aim_text, obj, passive=True)


SENTENCES = [
    # ch-C3: `A och B, samt C` as an inverted passive subject
    rec("samt-1", "Vid årsmötet väljs ordförande och sekreterare, samt två revisorer.",
        [("ordförande", "ordförande", FTV), ("sekreterare", "sekreterare", FTV),
         ("revisorer", "revisor", FTV)],
        [pres("väljs", "välja", "pass")],
        [passive("ordförande", "ordförande", "välja", "väljs"),
         passive("sekreterare", "sekreterare", "välja", "väljs"),
         passive("revisor", "revisorer", "välja", "väljs")]),
    # … before the passive verb
    rec("samt-2", "Ledamöter och ersättare, samt förvaltningschefen kallas till sammanträdet.",
        [("Ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("kallas", "kalla", "pass")],
        [passive("ledamot", "Ledamöter", "kalla", "kallas", "till sammanträdet"),
         passive("ersättare", "ersättare", "kalla", "kallas", "till sammanträdet"),
         passive("förvaltningschef", "förvaltningschefen", "kalla", "kallas",
                 "till sammanträdet")]),
    # … as an active subject
    rec("samt-3", "Ordföranden och vice ordföranden, samt nämndsekreteraren bereder ärendena.",
        [("Ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV),
         ("nämndsekreteraren", "nämndsekreterare", TJP)],
        [pres("bereder", "bereda")],
        [st("ordförande", "Ordföranden", NONE, None, "bereda", "bereder", "ärendena"),
         st("vice ordförande", "vice ordföranden", NONE, None, "bereda", "bereder", "ärendena"),
         st("nämndsekreterare", "nämndsekreteraren", NONE, None, "bereda", "bereder",
            "ärendena")]),
    # `A, B och C, samt D` with a modal
    rec("samt-4", "Ekonomichefen, personalchefen och kanslichefen, samt stadsjuristen ska delta "
        "i ledningsmötena.",
        [("Ekonomichefen", "ekonomichef", TJP), ("personalchefen", "personalchef", TJP),
         ("kanslichefen", "kanslichef", TJP), ("stadsjuristen", "stadsjurist", TJP)],
        [SKA, inf("delta")],
        [st("ekonomichef", "Ekonomichefen", OB, "ska", "delta", "delta", "i ledningsmötena"),
         st("personalchef", "personalchefen", OB, "ska", "delta", "delta", "i ledningsmötena"),
         st("kanslichef", "kanslichefen", OB, "ska", "delta", "delta", "i ledningsmötena"),
         st("stadsjurist", "stadsjuristen", OB, "ska", "delta", "delta", "i ledningsmötena")]),
    # `, och` before a noun phrase, inverted after the passive
    rec("samt-5", "Därefter utses ledamöter och ersättare, och en sekreterare.",
        [("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("sekreterare", "sekreterare", FTV)],
        [pres("utses", "utse", "pass")],
        [passive("ledamot", "ledamöter", "utse", "utses"),
         passive("ersättare", "ersättare", "utse", "utses"),
         passive("sekreterare", "sekreterare", "utse", "utses")]),
    # negative: `, samt` + a finite verb opens a new predicate of the same subject
    rec("samt-n1", "Fullmäktige utser ledamöter och ersättare, samt fastställer arvodena.",
        [("Fullmäktige", "fullmäktige", POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)],
        [pres("utser", "utse"), pres("fastställer", "fastställa")],
        [st("fullmäktige", "Fullmäktige", NONE, None, "utse", "utser",
            "ledamöter och ersättare"),
         st("fullmäktige", "Fullmäktige", NONE, None, "fastställa", "fastställer",
            "arvodena")]),
    # negative: `, samt` + a non-actor noun phrase adds no actor
    rec("samt-n2", "Vid sammanträdet utses ordförande och justerare, samt tid för nästa möte.",
        [("ordförande", "ordförande", FTV), ("justerare", "justerare", FTV)],
        [pres("utses", "utse", "pass")],
        [passive("ordförande", "ordförande", "utse", "utses"),
         passive("justerare", "justerare", "utse", "utses")]),
    # cj-C6: reverse apposition, the descriptor first, the body in commas
    rec("app-1", "Kommunens högsta beslutande organ, kommunfullmäktige, fastställer målen för "
        "verksamheten.",
        [("Kommunens", "kommun", ORG), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [pres("fastställer", "fastställa")],
        [st("kommunfullmäktige", "kommunfullmäktige", NONE, None, "fastställa", "fastställer",
            "målen för verksamheten")]),
    rec("app-2", "Stiftelsens förvaltande organ, styrelsen, placerar stiftelsens kapital.",
        [("Stiftelsens", "stiftelse", ORG), ("styrelsen", "styrelse", POL),
         ("stiftelsens", "stiftelse", ORG)],
        [pres("placerar", "placera")],
        [st("styrelse", "styrelsen", NONE, None, "placera", "placerar",
            "stiftelsens kapital")]),
    rec("app-3", "Förbundets styrande organ, Direktionen, ska leda verksamheten.",
        [("Förbundets", "förbund", ORG), ("Direktionen", "direktion", POL)],
        [SKA, inf("leda")],
        [st("direktion", "Direktionen", OB, "ska", "leda", "leda", "verksamheten")]),
    rec("app-4", "Vårt högsta beslutande organ, förbundsstämman, sammanträder en gång per år.",
        [("förbundsstämman", "förbundsstämma", POL)],
        [pres("sammanträder", "sammanträda")],
        [st("förbundsstämma", "förbundsstämman", NONE, None, "sammanträda", "sammanträder",
            "en gång per år")]),
    rec("app-5", "Dess verkställande organ, styrelsen, förvaltar fonden.",
        [("styrelsen", "styrelse", POL)],
        [pres("förvaltar", "förvalta")],
        [st("styrelse", "styrelsen", NONE, None, "förvalta", "förvaltar", "fonden")]),
    # negative: a series of actors after an owner's description (no verb after the comma)
    rec("app-n3", "Kommunens ekonomichef, personalchefen, kanslichefen och stadsjuristen "
        "deltar i ledningsgruppen.",
        [("Kommunens", "kommun", ORG), ("ekonomichef", "ekonomichef", TJP),
         ("personalchefen", "personalchef", TJP), ("kanslichefen", "kanslichef", TJP),
         ("stadsjuristen", "stadsjurist", TJP), ("ledningsgruppen", "ledningsgrupp", FORV)],
        [pres("deltar", "delta")],
        [st("ekonomichef", "ekonomichef", NONE, None, "delta", "deltar", "i ledningsgruppen"),
         st("personalchef", "personalchefen", NONE, None, "delta", "deltar",
            "i ledningsgruppen"),
         st("kanslichef", "kanslichefen", NONE, None, "delta", "deltar", "i ledningsgruppen"),
         st("stadsjurist", "stadsjuristen", NONE, None, "delta", "deltar",
            "i ledningsgruppen")]),
    # negatives: the body first, its descriptor in commas after it
    rec("app-n1", "Styrelsen, bolagets verkställande organ, utser verkställande direktör.",
        [("Styrelsen", "styrelse", POL), ("bolagets", "bolag", ORG),
         ("verkställande direktör", "verkställande direktör", TJP)],
        [pres("utser", "utse")],
        [st("styrelse", "Styrelsen", NONE, None, "utse", "utser", "verkställande direktör")]),
    rec("app-n2", "Nämnden, kommunens organ för skolfrågor, beslutar om skolplanen.",
        [("Nämnden", "nämnd", POL), ("kommunens", "kommun", ORG)],
        [pres("beslutar", "besluta")],
        [st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar", "om skolplanen")]),
    # cj-C8: a bare organisation role fronted before `är` + an organisation's name
    rec("pred-1", "Huvudman för verksamheten är Ekby kommun.",
        [("Ekby kommun", "ekby kommun", ORG)], [AR],
        [st("ekby kommun", "Ekby kommun", NONE, None, "vara", "är",
            "Huvudman för verksamheten")]),
    rec("pred-2", "Värdkommun är Lövsta kommun.",
        [("Lövsta kommun", "lövsta kommun", ORG)], [AR],
        [st("lövsta kommun", "Lövsta kommun", NONE, None, "vara", "är", "Värdkommun")]),
    rec("pred-3", "Arbetsgivare för personalen är Region Västerby.",
        [("personalen", "personal", TJP), ("Region Västerby", "region västerby", ORG)], [AR],
        [st("region västerby", "Region Västerby", NONE, None, "vara", "är",
            "Arbetsgivare för personalen")]),
    rec("pred-4", "Ägare av fastigheterna är Ekby Bostäder AB.",
        [("Ekby Bostäder AB", "ekby bostäder ab", ORG)], [AR],
        [st("ekby bostäder ab", "Ekby Bostäder AB", NONE, None, "vara", "är",
            "Ägare av fastigheterna")]),
    # negative: a personal name after the copula (round 42): no actor, no statement
    rec("pred-n1", "Huvudman för stiftelsen är Anna Berg.",
        [("stiftelsen", "stiftelse", ORG)], [AR]),
    # negative: the body first, the role after the copula (a predicative, no actor)
    rec("pred-n2", "Nämnden är huvudman för skolorna.",
        [("Nämnden", "nämnd", POL)], [AR],
        [st("nämnd", "Nämnden", NONE, None, "vara", "är", "huvudman för skolorna")]),
    # ci-A3: an assembly's genitive + an owned body as the subject
    rec("gen-1", "Regionfullmäktiges beredningar bereder ärendena inför sammanträdet.",
        [("Regionfullmäktiges", "regionfullmäktige", POL), ("beredningar", "beredning", POL)],
        [pres("bereder", "bereda")],
        [st("beredning", "beredningar", NONE, None, "bereda", "bereder",
            "ärendena inför sammanträdet")]),
    rec("gen-2", "Kommunfullmäktiges presidium planerar sammanträdena.",
        [("Kommunfullmäktiges presidium", "kommunfullmäktiges presidium", POL)],
        [pres("planerar", "planera")],
        [st("kommunfullmäktiges presidium", "Kommunfullmäktiges presidium", NONE, None,
            "planera", "planerar", "sammanträdena")]),
    rec("gen-3", "Kommunfullmäktiges utskott bidrar med underlag.",
        [("Kommunfullmäktiges utskott", "kommunfullmäktiges utskott", POL)],
        [pres("bidrar", "bidra")],
        [st("kommunfullmäktiges utskott", "Kommunfullmäktiges utskott", NONE, None, "bidra",
            "bidrar", "med underlag")]),
    rec("gen-4", "Förbundsfullmäktiges beredningar ska granska budgeten.",
        [("Förbundsfullmäktiges", "förbundsfullmäktige", POL),
         ("beredningar", "beredning", POL)],
        [SKA, inf("granska")],
        [st("beredning", "beredningar", OB, "ska", "granska", "granska", "budgeten")]),
    # negative: an assembly's genitive + a thing: no statement
    rec("gen-n1", "Kommunfullmäktiges beslut gäller från årsskiftet.",
        [("Kommunfullmäktiges", "kommunfullmäktige", POL)], [pres("gäller", "gälla")]),
]


if __name__ == "__main__":
    write_part(sys.argv[1], "w55-e", {}, before=SENTENCES)
