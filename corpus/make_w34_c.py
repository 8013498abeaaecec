"""Builds corpus/dev/w34-c.jsonl and the gold of the small documents corpus/dev/w34-c-*.txt:
invented material for round 34, writer C (gold by hand from docs/annotation.md): C1 `-grupp`
compounds whose first part names a category of people or things (`diagnosgrupper`,
`funktionsnedsättningsgrupper`) beside the working bodies (`referensgrupp`, `styrgrupp`); C2 a
heading that repeats the title (`Arbetsordning för kulturnämnden` under a collection's title)
keeps a bare `Nämnden` bare (documents); C3 a title after an active electing verb (`väljer en
av ledamöterna till utskottets ordförande`); C5 names after a bare body noun in a verbless run
of body names (`Kulturnämnd NORD Kulturnämnd Syd`); C6 a part label `AVDELNING II`.
Offsets computed. Run: python corpus/make_w34_c.py corpus/dev"""

import sys

from records import (
    FAR,
    FORV,
    FTV,
    ORG,
    POL,
    SKA,
    TJP,
    blocks_text,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w34-c")


RECORDS = [
    # C1: a -grupp compound whose first part names a category is no body
    rec("c1-1", "Olika diagnosgrupper ska vara företrädda i rådet.",
        [("rådet", "råd", POL)], [SKA, ("vara", "vara", "inf", "act")]),
    rec("c1-2", "Styrgruppen ska träffas varje månad.",
        [("Styrgruppen", "styrgrupp", FORV)], [SKA, ("träffas", "träffas", "inf", "act")],
        [st("styrgrupp", "Styrgruppen", "obligation", "ska", "träffas", "träffas", "varje månad")]),
    rec("c1-3", "Förvaltningen ska särskilt beakta behoven hos olika "
        "funktionsnedsättningsgrupper och åldersgrupper.",
        [("Förvaltningen", "förvaltning", FORV)], [SKA, ("beakta", "beakta", "inf", "act")],
        [st("förvaltning", "Förvaltningen", "obligation", "ska", "beakta", "beakta",
            "behoven hos olika funktionsnedsättningsgrupper och åldersgrupper")]),
    rec("c1-4", "Rektor ska redovisa resultaten för varje diagnosgrupp och inkomstgrupp.",
        [("Rektor", "rektor", TJP)], [SKA, ("redovisa", "redovisa", "inf", "act")],
        [st("rektor", "Rektor", "obligation", "ska", "redovisa", "redovisa",
            "resultaten för varje diagnosgrupp och inkomstgrupp")]),
    rec("c1-5", "Regionstyrelsen fördelar bidraget mellan patientgrupperna och yrkesgrupperna.",
        [("Regionstyrelsen", "regionstyrelse", POL)], [("fördelar", "fördela", "pres", "act")],
        [st("regionstyrelse", "Regionstyrelsen", "none", None, "fördela", "fördelar",
            "bidraget mellan patientgrupperna och yrkesgrupperna")]),
    rec("c1-6", "Referensgruppen och ledningsgruppen ska samråda om insatser för olika "
        "befolkningsgrupper.",
        [("Referensgruppen", "referensgrupp", FORV), ("ledningsgruppen", "ledningsgrupp", FORV)],
        [SKA, ("samråda", "samråda", "inf", "act")],
        [st("referensgrupp", "Referensgruppen", "obligation", "ska", "samråda", "samråda",
            "om insatser för olika befolkningsgrupper"),
         st("ledningsgrupp", "ledningsgruppen", "obligation", "ska", "samråda", "samråda",
            "om insatser för olika befolkningsgrupper")]),
    rec("c1-7", "Arbetsgruppen ska kartlägga behoven inom varje ärendegrupp och målgrupp.",
        [("Arbetsgruppen", "arbetsgrupp", FORV)], [SKA, ("kartlägga", "kartlägga", "inf", "act")],
        [st("arbetsgrupp", "Arbetsgruppen", "obligation", "ska", "kartlägga", "kartlägga",
            "behoven inom varje ärendegrupp och målgrupp")]),
    rec("c1-8", "Funktionshindersgrupperna ska få information från förvaltningen i god tid.",
        [("förvaltningen", "förvaltning", FORV)], [SKA, ("få", "få", "inf", "act")]),
    # C3: the title after an active electing verb is a predicative
    rec("c3-1", "Förbundsstyrelsen väljer en av ledamöterna till utskottets ordförande.",
        [("Förbundsstyrelsen", "förbundsstyrelse", POL), ("ledamöterna", "ledamot", FTV)],
        [("väljer", "välja", "pres", "act")],
        [st("förbundsstyrelse", "Förbundsstyrelsen", "none", None, "välja", "väljer",
            "en av ledamöterna till utskottets ordförande")]),
    rec("c3-2", "Kommunfullmäktige utser en av revisorerna till revisorernas ordförande.",
        [("Kommunfullmäktige", "kommunfullmäktige", POL), ("revisorerna", "revisor", FTV)],
        [("utser", "utse", "pres", "act")],
        [st("kommunfullmäktige", "Kommunfullmäktige", "none", None, "utse", "utser",
            "en av revisorerna till revisorernas ordförande")]),
    rec("c3-3", "Direktionen utser en tjänsteman till förbundets ekonomichef.",
        [("Direktionen", "direktion", POL), ("tjänsteman", "tjänsteman", TJP),
         ("förbundets", "förbund", ORG)],
        [("utser", "utse", "pres", "act")],
        [st("direktion", "Direktionen", "none", None, "utse", "utser",
            "en tjänsteman till förbundets ekonomichef")]),
    rec("c3-4", "Valnämnden väljer inom sig en ledamot till sekreterare.",
        [("Valnämnden", "valnämnd", POL), ("ledamot", "ledamot", FTV)],
        [("väljer", "välja", "pres", "act")],
        [st("valnämnd", "Valnämnden", "none", None, "välja", "väljer",
            "inom sig en ledamot till sekreterare")]),
    # C5: names after a bare body noun in a verbless run of body names
    rec("c5-1", "Kulturnämnd NORD Kulturnämnd Syd Hälso- och vårdnämnden",
        [("Kulturnämnd NORD", "kulturnämnd nord", POL), ("Kulturnämnd Syd", "kulturnämnd syd", POL),
         ("Hälso- och vårdnämnden", "hälso- och vårdnämnd", POL)]),
    rec("c5-2", "Kommunfullmäktige Kommunstyrelsen Utbildningsnämnd Väst Utbildningsnämnd ÖST "
        "Kultur- och fritidsnämnden",
        [("Kommunfullmäktige", "kommunfullmäktige", POL),
         ("Kommunstyrelsen", "kommunstyrelse", POL),
         ("Utbildningsnämnd Väst", "utbildningsnämnd väst", POL),
         ("Utbildningsnämnd ÖST", "utbildningsnämnd öst", POL),
         ("Kultur- och fritidsnämnden", "kultur- och fritidsnämnd", POL)]),
    # C6: a part label is no unit
    rec("c6-1", "AVDELNING II Uppgifter", kind="heading"),
    rec("c6-2", "KAPITEL IV Nämndens ansvar", [("Nämndens", "nämnd", POL)], kind="heading"),
    rec("c6-3", "Avdelningen ska biträda nämnden i dess arbete.",
        [("Avdelningen", "avdelning", FORV), ("nämnden", "nämnd", POL)],
        [SKA, ("biträda", "biträda", "inf", "act")],
        [st("avdelning", "Avdelningen", "obligation", "ska", "biträda", "biträda",
            "nämnden i dess arbete")]),
]

D = "w34-c-arbetsordning"
ARBETSORDNING = [
    rec("title", "Norrby kommuns författningssamling",
        [("Norrby kommuns", "norrby kommun", ORG)], doc=D, kind="heading"),
    rec("1", "Arbetsordning för kulturnämnden",
        [("kulturnämnden", "kulturnämnd", POL)], doc=D, kind="heading"),
    rec("1.1", "Nämnden får delegera beslutanderätt till förvaltningschefen.",
        [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [FAR, ("delegera", "delegera", "inf", "act")],
        [st("nämnd", "Nämnden", "permission", "får", "delegera", "delegera",
            "beslutanderätt till förvaltningschefen")], doc=D, parent="1"),
    rec("h1", "Sammanträden", doc=D, kind="heading", parent="1"),
    rec("1.2", "Nämnden sammanträder minst fyra gånger per år.",
        [("Nämnden", "nämnd", POL)], [("sammanträder", "sammanträda", "pres", "act")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder")],
        doc=D, parent="1"),
]

D = "w34-c-delegation"
DELEGATION = [
    rec("title", "Västby kommun", [("Västby kommun", "västby kommun", ORG)], doc=D,
        kind="heading"),
    rec("1", "Delegationsförteckning för socialnämnden",
        [("socialnämnden", "socialnämnd", POL)], doc=D, kind="heading"),
    rec("1.1", "Nämnden får uppdra åt ett utskott att besluta i ärenden om bistånd.",
        [("Nämnden", "nämnd", POL), ("utskott", "utskott", POL)],
        [FAR, ("uppdra", "uppdra", "inf", "act"), ("besluta", "besluta", "inf", "act")],
        [st("nämnd", "Nämnden", "permission", "får", "uppdra", "uppdra",
            "åt ett utskott att besluta i ärenden om bistånd")], doc=D, parent="1"),
    rec("1.2", "Besluten ska anmälas till nämnden vid nästa sammanträde.",
        [("nämnden", "nämnd", POL)],
        [SKA, ("anmälas", "anmäla", "inf", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas", "Besluten", passive=True)],
        doc=D, parent="1"),
]

DOCUMENTS = {"w34-c-arbetsordning": ARBETSORDNING, "w34-c-delegation": DELEGATION}


if __name__ == "__main__":
    documents = {doc_id: (blocks_text(records), records) for doc_id, records in DOCUMENTS.items()}
    write_part(sys.argv[1], "w34-c", documents, before=RECORDS)
