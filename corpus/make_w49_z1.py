"""Builds corpus/dev/w49-z1.jsonl: invented sentences for round 49, writer az1 (analysis 49-az
causes C2, C5, C8, C9; gold hand-written per docs/annotation.md §2 and §5 ahead of any rule).
C2 `som` + a bare role noun in mid-sentence (a genitive owner and attributes before it, a
prepositional attribute after it) is a capacity adverbial, not a relative clause: inside a
relative clause before the main modal, after `att` + infinitive before a passive main verb,
between `har` and `till uppgift att` (round 41), between a modal and its infinitive; the role
noun is no actor. Negatives: `som` + a finite verb, `som` + bare subjects + a finite verb
(real relative clauses). C5 an `av`-agent conjunct `eller/och av en eller flera [adj] X`;
negative `en eller flera gånger` after one agent. C8 a `när`/`om`-clause whose subject is a
coordinated list gives no statement; negative the same list in a main clause. C9 an
`av`-attribute of a nominalised subject after an s-passive is no agent, also before a
relative `inom vars`; negative a bare `av`-agent of a passive before a relative clause.
Offsets computed.
Run: python corpus/make_w49_z1.py corpus/dev"""

import sys
from pathlib import Path

from records import AR, FAR, FTV, HAR, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

D = "w49-z1"
UPPGIFT = "har till uppgift att"

rec = records_for(D, conditions_from_statements=True)

RECORDS = [
    # C2: a capacity `som` + role noun inside a relative clause, before the main modal
    rec("c2-1", "Den ledamot som haft ett uppdrag som ordförande i nämnden ska lämna en "
        "rapport.",
        [("ledamot", "ledamot", FTV), ("nämnden", "nämnd", POL)],
        [("haft", "ha", "sup", "act"), SKA, inf("lämna")],
        [st("ledamot", "ledamot", "obligation", "ska", "lämna", "lämna", "en rapport")]),
    # between `har` and `till uppgift att`, a superlative and a participle before the role
    rec("c2-2", "Styrelsen har som föreningens främsta verkställande organ till uppgift att "
        "förvalta tillgångarna.",
        [("Styrelsen", "styrelse", POL), ("föreningens", "förening", ORG)],
        [HAR, inf("förvalta")],
        [st("styrelse", "Styrelsen", "obligation", UPPGIFT, "förvalta", "förvalta",
            "tillgångarna")]),
    # after `att` + infinitive + object, before the passive main verb
    rec("c2-3", "Beslut om att utse en suppleant som ersättare för kassören fattas av "
        "valberedningen.",
        [("suppleant", "suppleant", FTV), ("kassören", "kassör", FTV),
         ("valberedningen", "valberedning", POL)],
        [inf("utse"), pres("fattas", "fatta", "pass")],
        [st("valberedning", "valberedningen", "none", None, "fatta", "fattas",
            "Beslut om att utse en suppleant som ersättare för kassören", passive=True)]),
    # between the modal and its infinitive
    rec("c2-4", "Kassören ska som ombud för föreningen underteckna avtalet.",
        [("Kassören", "kassör", FTV), ("föreningen", "förening", ORG)],
        [SKA, inf("underteckna")],
        [st("kassör", "Kassören", "obligation", "ska", "underteckna", "underteckna",
            "avtalet")]),
    # negatives: `som` + a finite verb; `som` + bare subjects + a finite verb
    rec("c2-n1", "Årsmötet väljer den som ska leda valberedningen.",
        [("Årsmötet", "årsmöte", OVR), ("valberedningen", "valberedning", POL)],
        [pres("väljer", "välja"), SKA, inf("leda")],
        [st("årsmöte", "Årsmötet", "none", None, "välja", "väljer",
            "den som ska leda valberedningen")]),
    rec("c2-n2", "En ledamot som avgår ersätts av en suppleant.",
        [("ledamot", "ledamot", FTV), ("suppleant", "suppleant", FTV)],
        [pres("avgår", "avgå"), pres("ersätts", "ersätta", "pass")],
        [st("suppleant", "suppleant", "none", None, "ersätta", "ersätts", "En ledamot som avgår",
            passive=True)]),
    rec("c2-n3", "Nämnden följer de riktlinjer som styrelse och förvaltning har fastställt.",
        [("Nämnden", "nämnd", POL), ("styrelse", "styrelse", POL),
         ("förvaltning", "förvaltning", "förvaltningsorganisation")],
        [pres("följer", "följa"), HAR, ("fastställt", "fastställa", "sup", "act")],
        [st("nämnd", "Nämnden", "none", None, "följa", "följer",
            "de riktlinjer som styrelse och förvaltning har fastställt")]),
    # C5: `eller/och av en eller flera [adj] X` is one more agent
    rec("c5-1", "Handlingarna undertecknas av sekreteraren eller av en eller flera tillfälligt "
        "utsedda ledamöter.",
        [("sekreteraren", "sekreterare", TJP), ("ledamöter", "ledamot", FTV)],
        [pres("undertecknas", "underteckna", "pass")],
        [st(a, t, "none", None, "underteckna", "undertecknas", "Handlingarna", passive=True)
         for a, t in (("sekreterare", "sekreteraren"), ("ledamot", "ledamöter"))]),
    rec("c5-2", "Budgeten fastställs av stämman och av ett eller flera valda ombud.",
        [("stämman", "stämma", POL), ("ombud", "ombud", TJP)],
        [pres("fastställs", "fastställa", "pass")],
        [st(a, t, "none", None, "fastställa", "fastställs", "Budgeten", passive=True)
         for a, t in (("stämma", "stämman"), ("ombud", "ombud"))]),
    # negative: `en eller flera gånger` after one agent
    rec("c5-n", "Räkenskaperna granskas av revisorn en eller flera gånger per år.",
        [("revisorn", "revisor", FTV)],
        [pres("granskas", "granska", "pass")],
        [st("revisor", "revisorn", "none", None, "granska", "granskas", "Räkenskaperna",
            passive=True)]),
    # C8: a coordinated subject inside a `när`/`om`-clause gives no statement
    rec("c8-1", "Valberedningen är beslutför när ordföranden, kassören och minst en annan "
        "ledamot är närvarande.",
        [("Valberedningen", "valberedning", POL), ("ordföranden", "ordförande", FTV),
         ("kassören", "kassör", FTV), ("ledamot", "ledamot", FTV)],
        [AR, (*AR, 1)],
        [st("valberedning", "Valberedningen", "none", None, "vara", "är", "beslutför",
            condition="när ordföranden, kassören och minst en annan ledamot är närvarande")]),
    rec("c8-2", "Nämnden får avgöra ärendet om ordföranden, sekreteraren och två ledamöter är "
        "eniga.",
        [("Nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV),
         ("sekreteraren", "sekreterare", TJP), ("ledamöter", "ledamot", FTV)],
        [FAR, inf("avgöra"), AR],
        [st("nämnd", "Nämnden", "permission", "får", "avgöra", "avgöra", "ärendet",
            condition="om ordföranden, sekreteraren och två ledamöter är eniga")]),
    # negative: the same list as the subject of a main clause
    rec("c8-n", "Ordföranden, kassören och en ledamot är närvarande vid öppnandet.",
        [("Ordföranden", "ordförande", FTV), ("kassören", "kassör", FTV),
         ("ledamot", "ledamot", FTV)],
        [AR],
        [st(a, t, "none", None, "vara", "är", "närvarande vid öppnandet")
         for a, t in (("ordförande", "Ordföranden"), ("kassör", "kassören"),
                      ("ledamot", "ledamot"))]),
    # C9: an `av`-attribute of a nominalised subject after an s-passive is no agent
    rec("c9-1", "Till begäran ska fogas intyg av de kommuner inom vars gränser verksamheten "
        "bedrivs.",
        [("kommuner", "kommun", ORG)],
        [SKA, inf("fogas", "foga", "pass"), pres("bedrivs", "bedriva", "pass")],
        [st(None, None, "obligation", "ska", "foga", "fogas",
            "intyg av de kommuner inom vars gränser verksamheten bedrivs", passive=True)]),
    rec("c9-2", "Med anmälan ska bifogas ett utlåtande av de nämnder som berörs.",
        [("nämnder", "nämnd", POL)],
        [SKA, inf("bifogas", "bifoga", "pass"), pres("berörs", "beröra", "pass")],
        [st(None, None, "obligation", "ska", "bifoga", "bifogas",
            "ett utlåtande av de nämnder som berörs", passive=True)]),
    # negative: a bare `av`-agent before a relative clause
    rec("c9-n", "Anmälan prövas av de nämnder som berörs.",
        [("nämnder", "nämnd", POL)],
        [pres("prövas", "pröva", "pass"), pres("berörs", "beröra", "pass")],
        [st("nämnd", "nämnder", "none", None, "pröva", "prövas", "Anmälan", passive=True)]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / f"{D}.jsonl", RECORDS)
