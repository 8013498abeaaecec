"""Builds corpus/dev/leadins-general.jsonl (source: leadins-general.txt) from a compact hand
annotation; offsets are computed. An invented reglemente with the lead-in constructions of
docs/annotation.md §5.1: a list that continues a condition, a lead-in verb without object,
a last predicate with a non-actor subject, phrase items of a `none` and of an agentless
passive lead-in, coordinated item infinitives, a complete lead-in, a fronted condition.

    python corpus/make_leadins_general.py corpus/dev/leadins-general.jsonl
"""

import json
import sys

from records import SKA, role_record

DOC = "leadins-general"


def rec(cid, kind, parent, label, text, actors=(), verbs=(), conditions=(), statements=()):
    # actors keep their written role (an early script); the clause's place comes first
    return role_record(DOC, cid, text, actors, verbs, statements, conditions, kind=kind,
                       parent=parent, label=label)


FN = ("fritidsnämnd", "Fritidsnämnden")
FN_SPAN = ("Fritidsnämnden", "fritidsnämnd", "politiskt organ", "committee")

R = [
    rec("title", "heading", None, "", "Reglemente för fritidsnämnden",
        actors=[("fritidsnämnden", "fritidsnämnd", "politiskt organ", "committee")]),
    rec("1", "heading", None, "1.", "Uppgifter"),
    # the list continues the condition: the lead-in keeps its statement, items have none
    rec("1.1", "paragraph", "1", "",
        "Fritidsnämnden ansvarar för idrott och friluftsliv i enlighet med bland annat:",
        actors=[FN_SPAN], verbs=[("ansvarar", "ansvara", "pres", "act")],
        conditions=["i enlighet med bland annat"],
        statements=[(*FN, "responsibility", "ansvarar för", "ansvara", "ansvarar", False, False,
                     "idrott och friluftsliv", "i enlighet med bland annat")]),
    rec("1.1.a", "list_item", "1.1", "-", "lagen om allmänna sammankomster,"),
    rec("1.1.b", "list_item", "1.1", "-", "annan tillämplig lag."),
    # a lead-in verb without object: the items are its objects
    rec("1.2", "paragraph", "1", "", "Fritidsnämnden ska även handha",
        actors=[FN_SPAN], verbs=[SKA, ("handha", "handha", "inf", "act")]),
    rec("1.2.a", "list_item", "1.2", "-", "bokningen av idrottshallar,",
        statements=[(*FN, "obligation", "ska", "handha", "handha", False, False,
                     "bokningen av idrottshallar", None)]),
    rec("1.2.b", "list_item", "1.2", "-", "föreningsbidrag.",
        statements=[(*FN, "obligation", "ska", "handha", "handha", False, False,
                     "föreningsbidrag", None)]),
    # the last predicate has a non-actor subject: no statement, no frame for the items
    rec("1.3", "paragraph", "1", "",
        "Fritidschefen är anställd av fritidsnämnden och uppdraget innebär bland annat att:",
        actors=[("Fritidschefen", "fritidschef", "tjänsteperson", "manager"),
                ("fritidsnämnden", "fritidsnämnd", "politiskt organ", "committee")],
        verbs=[("är", "vara", "pres", "act"), ("innebär", "innebära", "pres", "act")],
        statements=[("fritidschef", "Fritidschefen", "none", None, "vara", "är", False, False,
                     "anställd av fritidsnämnden", None)]),
    rec("1.3.a", "list_item", "1.3", "-", "Leda fritidsförvaltningen.",
        actors=[("fritidsförvaltningen", "fritidsförvaltning", "förvaltningsorganisation",
                 "unit")],
        verbs=[("Leda", "leda", "inf", "act")]),
    rec("1.3.b", "list_item", "1.3", "-", "Företräda förvaltningen i regionala nätverk.",
        actors=[("förvaltningen", "förvaltning", "förvaltningsorganisation", "unit")],
        verbs=[("Företräda", "företräda", "inf", "act")]),
    # a `none` lead-in announcing its objects
    rec("1.4", "paragraph", "1", "", "Fritidsnämnden utövar tillsyn över följande anläggningar:",
        actors=[FN_SPAN], verbs=[("utövar", "utöva", "pres", "act")]),
    rec("1.4.a", "list_item", "1.4", "-", "badhus och sporthallar som kommunen äger,",
        actors=[("kommunen", "kommun", "organisation", "organisation")],
        verbs=[("äger", "äga", "pres", "act")],
        statements=[(*FN, "none", None, "utöva", "utövar", False, False,
                     "badhus och sporthallar som kommunen äger", None)]),
    rec("1.4.b", "list_item", "1.4", "-", "motionsspår.",
        statements=[(*FN, "none", None, "utöva", "utövar", False, False, "motionsspår", None)]),
    # an agentless passive prohibition: implicit actor, aim delegera per item
    rec("1.5", "paragraph", "1", "", "Beslutanderätt får inte delegeras i följande ärenden:",
        verbs=[("får", "få", "pres", "act"), ("delegeras", "delegera", "inf", "pass")]),
    rec("1.5.a", "list_item", "1.5", "-",
        "ärenden som rör taxor, det vill säga avgifter för anläggningarna,",
        verbs=[("rör", "röra", "pres", "act"), ("vill", "vilja", "pres", "act"),
               ("säga", "säga", "inf", "act")],
        statements=[(None, None, "prohibition", "får inte", "delegera", "delegeras", True, True,
                     "ärenden som rör taxor, det vill säga avgifter för anläggningarna", None)]),
    rec("1.5.b", "list_item", "1.5", "-", "yttranden till kommunfullmäktige.",
        actors=[("kommunfullmäktige", "kommunfullmäktige", "politiskt organ", "assembly")],
        statements=[(None, None, "prohibition", "får inte", "delegera", "delegeras", True, True,
                     "yttranden till kommunfullmäktige", None)]),
    # coordinated item infinitives; a verb of an embedded att-clause is no item action
    rec("1.6", "paragraph", "1", "", "Fritidsnämnden ska:", actors=[FN_SPAN], verbs=[SKA]),
    rec("1.6.a", "list_item", "1.6", "-",
        "medverka i planeringen av nya bostadsområden och i samarbete med föreningarna, "
        "främja goda miljöer för barn,",
        actors=[("föreningarna", "förening", "extern", "external")],
        verbs=[("medverka", "medverka", "inf", "act"), ("främja", "främja", "inf", "act")],
        statements=[(*FN, "obligation", "ska", "medverka", "medverka", False, False,
                     "i planeringen av nya bostadsområden", None),
                    (*FN, "obligation", "ska", "främja", "främja", False, False,
                     "goda miljöer för barn", None)]),
    rec("1.6.b", "list_item", "1.6", "-", "arbeta för att förebygga och motverka utanförskap.",
        verbs=[("arbeta", "arbeta", "inf", "act"), ("förebygga", "förebygga", "inf", "act"),
               ("motverka", "motverka", "inf", "act")],
        statements=[(*FN, "obligation", "ska", "arbeta", "arbeta", False, False,
                     "för att förebygga och motverka utanförskap", None)]),
    # a complete lead-in keeps its statement; its verb items continue it
    rec("1.7", "paragraph", "1", "", "Fritidsnämnden ska leda arbetet med fritidspolitiska mål.",
        actors=[FN_SPAN], verbs=[SKA, ("leda", "leda", "inf", "act")],
        statements=[(*FN, "obligation", "ska", "leda", "leda", False, False,
                     "arbetet med fritidspolitiska mål", None)]),
    rec("1.7.a", "list_item", "1.7", "-", "utöva uppsikt över föreningsbidragen,",
        verbs=[("utöva", "utöva", "inf", "act")],
        statements=[(*FN, "obligation", "ska", "utöva", "utöva", False, False,
                     "uppsikt över föreningsbidragen", None)]),
    rec("1.7.b", "list_item", "1.7", "-",
        "ha ett övergripande ansvar för säkerheten i anläggningarna.",
        verbs=[("ha", "ha", "inf", "act")],
        statements=[(*FN, "obligation", "ska ha ansvar för", "ansvara", "ha", False, False,
                     "säkerheten i anläggningarna", None)]),
    # a fronted condition clause; a reference condition kept whole
    rec("1.8", "paragraph", "1", "",
        "Såvida inte fritidsnämnden beslutar annat ska fritidschefen fördela bidrag enligt "
        "4 kap. 2 § kommunallagen.",
        actors=[("fritidsnämnden", "fritidsnämnd", "politiskt organ", "committee"),
                ("fritidschefen", "fritidschef", "tjänsteperson", "manager")],
        verbs=[("beslutar", "besluta", "pres", "act"), SKA,
               ("fördela", "fördela", "inf", "act")],
        conditions=["Såvida inte fritidsnämnden beslutar annat",
                    "enligt 4 kap. 2 § kommunallagen"],
        statements=[("fritidschef", "fritidschefen", "obligation", "ska", "fördela", "fördela",
                     False, False, "bidrag", "Såvida inte fritidsnämnden beslutar annat")]),
]

with open(sys.argv[1], "w", encoding="utf-8") as out:
    for record in R:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
print(len(R))
