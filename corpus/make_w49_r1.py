"""Builds corpus/dev/w49-r1.jsonl: invented sentences for round 49, writer R1 (analysis 49-br
causes C2, C3, C4, C7: subject and agent series grammar; gold hand-written per
docs/annotation.md §2.6 and §5.2 ahead of any rule). C2 a conditional deputy clause between
coordinated subjects (`NP1 [PP], eller om <clause>, NP2, <verbs>`), both NPs subjects of every
conjunct verb; C3 three or more subjects each opened by an indefinite article before the
finite verb; C4 an `av`-agent series with a conjunct `<genitive> <actor noun>`; C7 the
subject `den till åldern/levnadsåren/tjänsteåren äldste <actor noun>`. Each cause has a
negative: the second NP an object after a verb, the list after the verb or under a passive
with an agent, a genitive inside a PP after one agent, the NP inside a PP. C14 (added after
the first four rules, gold by hand before its rule): a long fronted `Om … att … eller att …`
condition before the inverted main clause; negative a modal inside the `att`-clause.
Offsets computed.
Run: python corpus/make_w49_r1.py corpus/dev"""

import sys
from pathlib import Path

from records import EXT, FAR, FTV, HAR, KAN, OVR, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

D = "w49-r1"
FORV = "förvaltningsorganisation"
ORG = "organisation"
AR = ("är", "vara", "pres", "act")

rec = records_for(D, conditions_from_statements=True, check_texts=True)

RECORDS = [
    # C2: a conditional deputy clause between two subjects, before two and one finite verbs
    rec("c2-1", "Kassören i styrelsen, eller om denne är förhindrad, sekreteraren, bokför och "
        "attesterar fakturorna.",
        [("Kassören", "kassör", FTV), ("styrelsen", "styrelse", POL),
         ("sekreteraren", "sekreterare", TJP)],
        [AR, pres("bokför", "bokföra"), pres("attesterar", "attestera")],
        [st("kassör", "Kassören", "none", None, "bokföra", "bokför"),
         st("kassör", "Kassören", "none", None, "attestera", "attesterar", "fakturorna"),
         st("sekreterare", "sekreteraren", "none", None, "bokföra", "bokför"),
         st("sekreterare", "sekreteraren", "none", None, "attestera", "attesterar",
            "fakturorna")]),
    rec("c2-2", "Föreståndaren på boendet, eller om hon är ledig, handläggaren, beviljar "
        "besöken.",
        [("Föreståndaren", "föreståndare", TJP), ("handläggaren", "handläggare", TJP)],
        [AR, pres("beviljar", "bevilja")],
        [st("föreståndare", "Föreståndaren", "none", None, "bevilja", "beviljar", "besöken"),
         st("handläggare", "handläggaren", "none", None, "bevilja", "beviljar", "besöken")]),
    rec("c2-3", "Ordföranden i valberedningen, eller om denne har förhinder, ersättaren, ska "
        "kalla till sammanträdet.",
        [("Ordföranden", "valberedningens ordförande", FTV),
         ("valberedningen", "valberedning", POL), ("ersättaren", "ersättare", FTV)],
        [HAR, SKA, inf("kalla")],
        [st("valberedningens ordförande", "Ordföranden", "obligation", "ska", "kalla", "kalla",
            "till sammanträdet"),
         st("ersättare", "ersättaren", "obligation", "ska", "kalla", "kalla",
            "till sammanträdet")]),
    # negative: the NP after the second verb is its object
    rec("c2-n", "Föreståndaren kallar personalen, eller om det behövs, informerar "
        "handläggaren.",
        [("Föreståndaren", "föreståndare", TJP), ("personalen", "personal", TJP),
         ("handläggaren", "handläggare", TJP)],
        [pres("kallar", "kalla"), pres("behövs", "behöva", "pass"),
         pres("informerar", "informera")],
        [st("föreståndare", "Föreståndaren", "none", None, "kalla", "kallar", "personalen"),
         st("föreståndare", "Föreståndaren", "none", None, "informera", "informerar",
            "handläggaren")]),
    # C3: three or more article-led subjects before the finite verb
    rec("c3-1", "En ordförande, en kassör och en eller flera ledamöter får teckna firman.",
        [("ordförande", "ordförande", FTV), ("kassör", "kassör", FTV),
         ("ledamöter", "ledamot", FTV)],
        [FAR, inf("teckna")],
        [st(a, t, "permission", "får", "teckna", "teckna", "firman")
         for a, t in (("ordförande", "ordförande"), ("kassör", "kassör"),
                      ("ledamot", "ledamöter"))]),
    rec("c3-2", "En nämnd, ett utskott och en beredning ska föra protokoll över sina "
        "sammanträden.",
        [("nämnd", "nämnd", POL), ("utskott", "utskott", POL), ("beredning", "beredning", POL)],
        [SKA, inf("föra")],
        [st(a, a, "obligation", "ska", "föra", "föra", "protokoll över sina sammanträden")
         for a in ("nämnd", "utskott", "beredning")]),
    rec("c3-3", "En chef, en controller, en handläggare och en assistent kan teckna avtalet.",
        [("chef", "chef", TJP), ("controller", "controller", TJP),
         ("handläggare", "handläggare", TJP), ("assistent", "assistent", TJP)],
        [KAN, inf("teckna")],
        [st(a, a, "permission", "kan", "teckna", "teckna", "avtalet")
         for a in ("chef", "controller", "handläggare", "assistent")]),
    # negatives: the list after the verb (objects); under a passive with an agent (patients)
    rec("c3-n1", "Nämnden anställer en chef, en handläggare och en assistent.",
        [("Nämnden", "nämnd", POL), ("chef", "chef", TJP), ("handläggare", "handläggare", TJP),
         ("assistent", "assistent", TJP)],
        [pres("anställer", "anställa")],
        [st("nämnd", "Nämnden", "none", None, "anställa", "anställer",
            "en chef, en handläggare och en assistent")]),
    rec("c3-n2", "En sekreterare, en kassör och en revisor ska utses av årsmötet.",
        [("sekreterare", "sekreterare", TJP), ("kassör", "kassör", FTV),
         ("revisor", "revisor", FTV), ("årsmötet", "årsmöte", OVR)],
        [SKA, inf("utses", "utse", "pass")],
        [st("årsmöte", "årsmötet", "obligation", "ska", "utse", "utses",
            "En sekreterare, en kassör och en revisor", passive=True)]),
    # C4: an `av`-agent series with a genitive-owned conjunct
    rec("c4-1", "Ledamöterna utses av fullmäktige, förbundets direktion och av styrelsens "
        "ordförande.",
        [("Ledamöterna", "ledamot", FTV), ("fullmäktige", "fullmäktige", POL),
         ("förbundets", "förbund", ORG), ("direktion", "direktion", POL),
         ("styrelsens ordförande", "styrelsens ordförande", FTV)],
        [pres("utses", "utse", "pass")],
        [st(a, t, "none", None, "utse", "utses", "Ledamöterna", passive=True)
         for a, t in (("fullmäktige", "fullmäktige"), ("direktion", "direktion"),
                      ("styrelsens ordförande", "styrelsens ordförande"))]),
    rec("c4-2", "Ersättarna väljs av årsmötet, föreningens styrelse och valberedningen.",
        [("Ersättarna", "ersättare", FTV), ("årsmötet", "årsmöte", OVR),
         ("föreningens", "förening", ORG), ("styrelse", "styrelse", POL),
         ("valberedningen", "valberedning", POL)],
        [pres("väljs", "välja", "pass")],
        [st(a, t, "none", None, "välja", "väljs", "Ersättarna", passive=True)
         for a, t in (("årsmöte", "årsmötet"), ("styrelse", "styrelse"),
                      ("valberedning", "valberedningen"))]),
    # negative: a genitive inside a PP after one agent
    rec("c4-n", "Protokollet justeras av sekreteraren enligt nämndens rutiner.",
        [("sekreteraren", "sekreterare", TJP), ("nämndens", "nämnd", POL)],
        [pres("justeras", "justera", "pass")],
        [st("sekreterare", "sekreteraren", "none", None, "justera", "justeras",
            "Protokollet", passive=True)]),
    # C7: `den till <age noun> äldste <actor>` as one subject NP, after and before the verb
    rec("c7-1", "Vid det första sammanträdet öppnar den till åldern äldste ledamoten "
        "förhandlingarna.",
        [("ledamoten", "ledamot", FTV)],
        [pres("öppnar", "öppna")],
        [st("ledamot", "ledamoten", "none", None, "öppna", "öppnar", "förhandlingarna")]),
    rec("c7-2", "Den till levnadsåren äldste ersättaren ska föra protokollet.",
        [("ersättaren", "ersättare", FTV)],
        [SKA, inf("föra")],
        [st("ersättare", "ersättaren", "obligation", "ska", "föra", "föra", "protokollet")]),
    rec("c7-3", "I så fall får den till tjänsteåren äldste sekreteraren underteckna "
        "skrivelsen.",
        [("sekreteraren", "sekreterare", TJP)],
        [FAR, inf("underteckna")],
        [st("sekreterare", "sekreteraren", "permission", "får", "underteckna", "underteckna",
            "skrivelsen")]),
    # negative: the NP inside a PP
    rec("c7-n", "Blommorna överlämnades till den till åren äldste medlemmen.",
        [("medlemmen", "medlem", OVR)],
        [("överlämnades", "överlämna", "past", "pass")]),
    # C14: a long fronted condition (`Om … att … eller att … kommer att <inf>`) before the
    # inverted main clause: modal, subject, infinitive
    rec("c14-1", "Om det visar sig att kassan har granskats fel eller att det finns risk för "
        "att bokslutet kommer att försenas får revisorerna anlita en konsult.",
        [("revisorerna", "revisor", FTV), ("konsult", "konsult", EXT)],
        [pres("visar", "visa"), HAR, ("granskats", "granska", "sup", "pass"),
         pres("finns", "finnas"), pres("kommer", "komma"), inf("försenas", "försena", "pass"),
         FAR, inf("anlita")],
        [st("revisor", "revisorerna", "permission", "får", "anlita", "anlita", "en konsult",
            condition="Om det visar sig att kassan har granskats fel eller att det finns "
            "risk för att bokslutet kommer att försenas")]),
    # negative: the modal inside the att-clause after its own subject
    rec("c14-n", "När det befaras att styrelsen kan tvingas avgå ska medlemmarna underrättas.",
        [("styrelsen", "styrelse", POL), ("medlemmarna", "medlem", OVR)],
        [pres("befaras", "befara", "pass"), KAN, inf("tvingas", "tvinga", "pass"),
         inf("avgå"), SKA, inf("underrättas", "underrätta", "pass")],
        [st("medlem", "medlemmarna", "obligation", "ska", "underrätta", "underrättas",
            passive=True, condition="När det befaras att styrelsen kan tvingas avgå")]),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / f"{D}.jsonl", RECORDS)
