"""Builds corpus/dev/w32-b.jsonl and the gold of the small documents corpus/dev/w32-b-*.txt:
invented material for round 32, writer B (gold by hand from docs/annotation.md §2.6): D2 a
bare body compound beside its level-adjective name; D6 mentions inside a cited statute's
title (`med`, `för`, `-lag`/`-förordning` compounds); D7 a bare `styrelsen` under a title
naming a board (documents); D8 a gapped compound part before a slash; D9 named units in a
verbless run of body names (a flattened organisation chart). Offsets computed.
Run: python corpus/make_w32_b.py corpus/dev"""

import sys

from records import (
    EXT,
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

rec = records_for("w32-b")


RECORDS = [
    # D2: a bare compound beside the level-adjective name of the same body
    rec("d2-1", "Seniorrådet ska sammanträda fyra gånger per år. Kommunala seniorrådet består "
        "av nio ledamöter.",
        [("Seniorrådet", "kommunalt seniorråd", POL),
         ("Kommunala seniorrådet", "kommunalt seniorråd", POL), ("ledamöter", "ledamot", FTV)],
        [SKA, ("sammanträda", "sammanträda", "inf", "act"), ("består", "bestå", "pres", "act")],
        [st("kommunalt seniorråd", "Seniorrådet", "obligation", "ska", "sammanträda",
            "sammanträda"),
         st("kommunalt seniorråd", "Kommunala seniorrådet", "none", None, "bestå", "består",
            "av nio ledamöter")]),
    rec("d2-2", "Regionala utvecklingsnämnden ansvarar för tillväxtfrågorna. Utvecklingsnämnden "
        "får inrätta arbetsgrupper.",
        [("Regionala utvecklingsnämnden", "regional utvecklingsnämnd", POL),
         ("Utvecklingsnämnden", "regional utvecklingsnämnd", POL),
         ("arbetsgrupper", "arbetsgrupp", FORV)],
        [("ansvarar", "ansvara", "pres", "act"), FAR, ("inrätta", "inrätta", "inf", "act")],
        [st("regional utvecklingsnämnd", "Regionala utvecklingsnämnden", "responsibility",
            "ansvarar för", "ansvara", "ansvarar", "tillväxtfrågorna"),
         st("regional utvecklingsnämnd", "Utvecklingsnämnden", "permission", "får", "inrätta",
            "inrätta", "arbetsgrupper")]),
    rec("d2-3", "Lokala styrgruppen leder trygghetsarbetet. Styrgruppen ska rapportera till "
        "kommunstyrelsen.",
        [("Lokala styrgruppen", "lokal styrgrupp", FORV), ("Styrgruppen", "lokal styrgrupp", FORV),
         ("kommunstyrelsen", "kommunstyrelse", POL)],
        [("leder", "leda", "pres", "act"), SKA, ("rapportera", "rapportera", "inf", "act")],
        [st("lokal styrgrupp", "Lokala styrgruppen", "none", None, "leda", "leder",
            "trygghetsarbetet"),
         st("lokal styrgrupp", "Styrgruppen", "obligation", "ska", "rapportera", "rapportera",
            "till kommunstyrelsen")]),
    rec("d2-4", "Pensionärsrådets ordförande leder mötena. Kommunala pensionärsrådet väljer "
        "själv sin ordförande.",
        [("Pensionärsrådets ordförande", "kommunala pensionärsrådets ordförande", FTV),
         ("Kommunala pensionärsrådet", "kommunalt pensionärsråd", POL),
         ("ordförande", "kommunala pensionärsrådets ordförande", FTV, 1)],
        [("leder", "leda", "pres", "act"), ("väljer", "välja", "pres", "act")],
        [st("kommunala pensionärsrådets ordförande", "Pensionärsrådets ordförande", "none", None,
            "leda", "leder", "mötena"),
         st("kommunalt pensionärsråd", "Kommunala pensionärsrådet", "none", None, "välja",
            "väljer", "sin ordförande")]),
    rec("d2-5", "Ungdomsrådet ska lämna synpunkter på budgeten.",
        [("Ungdomsrådet", "ungdomsråd", POL)],
        [SKA, ("lämna", "lämna", "inf", "act")],
        [st("ungdomsråd", "Ungdomsrådet", "obligation", "ska", "lämna", "lämna",
            "synpunkter på budgeten")]),
    # D6: the title of a cited statute, whatever its preposition
    rec("d6-1", "Skatteverket samverkar med kommunerna enligt förordningen (2017:154) med "
        "instruktion för Skatteverket.",
        [("Skatteverket", "skatteverket", EXT), ("kommunerna", "kommun", ORG)],
        [("samverkar", "samverka", "pres", "act")],
        [st("skatteverket", "Skatteverket", "none", None, "samverka", "samverkar",
            "med kommunerna")]),
    rec("d6-2", "Enligt förordningen (2020:50) för kommunernas krisberedskap ska "
        "kommunstyrelsen upprätta en plan.",
        [("kommunstyrelsen", "kommunstyrelse", POL)],
        [SKA, ("upprätta", "upprätta", "inf", "act")],
        [st("kommunstyrelse", "kommunstyrelsen", "obligation", "ska", "upprätta", "upprätta",
            "en plan")]),
    rec("d6-3", "Miljönämnden utövar tillsyn enligt miljötillsynsförordningen (2011:13) om "
        "kommunala nämnders tillsyn.",
        [("Miljönämnden", "miljönämnd", POL)],
        [("utövar", "utöva", "pres", "act")],
        [st("miljönämnd", "Miljönämnden", "none", None, "utöva", "utövar", "tillsyn")]),
    rec("d6-4", "Styrelsen ansvarar enligt kommunallagen för nämndernas samordning.",
        [("Styrelsen", "styrelse", POL), ("nämndernas", "nämnd", POL)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "nämndernas samordning")]),
    rec("d6-5", "Länsstyrelsen ska enligt lagen med instruktion för länsstyrelserna "
        "informera regionen.",
        [("Länsstyrelsen", "länsstyrelse", POL), ("regionen", "region", ORG)],
        [SKA, ("informera", "informera", "inf", "act")],
        [st("länsstyrelse", "Länsstyrelsen", "obligation", "ska", "informera", "informera",
            "regionen")]),
    # D8: a gapped compound part before a slash: two bodies, one statement each
    rec("d8-1", "Avdelnings-/sektionschefen får besluta om ledighet.",
        [("Avdelnings-", "avdelningschef", TJP), ("sektionschefen", "sektionschef", TJP)],
        [FAR, ("besluta", "besluta", "inf", "act")],
        [st("avdelningschef", "Avdelnings-", "permission", "får", "besluta", "besluta",
            "om ledighet"),
         st("sektionschef", "sektionschefen", "permission", "får", "besluta", "besluta",
            "om ledighet")]),
    rec("d8-2", "Ekonomi-/personalchefen ska rapportera till kommundirektören.",
        [("Ekonomi-", "ekonomichef", TJP), ("personalchefen", "personalchef", TJP),
         ("kommundirektören", "kommundirektör", TJP)],
        [SKA, ("rapportera", "rapportera", "inf", "act")],
        [st("ekonomichef", "Ekonomi-", "obligation", "ska", "rapportera", "rapportera",
            "till kommundirektören"),
         st("personalchef", "personalchefen", "obligation", "ska", "rapportera", "rapportera",
            "till kommundirektören")]),
    rec("d8-3", "Barn- och utbildningsnämnden ansvarar för skolan.",
        [("Barn- och utbildningsnämnden", "barn- och utbildningsnämnd", POL)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st("barn- och utbildningsnämnd", "Barn- och utbildningsnämnden", "responsibility",
            "ansvarar för", "ansvara", "ansvarar", "skolan")]),
    rec("d8-4", "Beslut om attest fattas av verksamhets-/enhetschefen.",
        [("verksamhets-", "verksamhetschef", TJP), ("enhetschefen", "enhetschef", TJP)],
        [("fattas", "fatta", "pres", "pass")],
        [st("verksamhetschef", "verksamhets-", "none", None, "fatta", "fattas", "Beslut om attest",
            passive=True),
         st("enhetschef", "enhetschefen", "none", None, "fatta", "fattas", "Beslut om attest",
            passive=True)]),
    # D9: named units in a verbless run of body names; a bare kind word is none
    rec("d9-1", "Organisation Universitetsstyrelse Rektor Humanistiska fakulteten Juridiska "
        "institutionen Fakulteter",
        [("Universitetsstyrelse", "universitetsstyrelse", POL), ("Rektor", "rektor", TJP),
         ("Humanistiska fakulteten", "humanistisk fakultet", FORV),
         ("Juridiska institutionen", "juridisk institution", FORV)]),
    rec("d9-2", "Ledning Rektor Förvaltningschef Medicinska fakulteten Odontologiska fakulteten "
        "Institutioner",
        [("Rektor", "rektor", TJP), ("Förvaltningschef", "förvaltningschef", TJP),
         ("Medicinska fakulteten", "medicinsk fakultet", FORV),
         ("Odontologiska fakulteten", "odontologisk fakultet", FORV)]),
    rec("d9-4", "Organisation Kommunfullmäktige Kommunstyrelsen Nämnder Förvaltningar",
        [("Kommunfullmäktige", "kommunfullmäktige", POL),
         ("Kommunstyrelsen", "kommunstyrelse", POL)]),
    rec("d9-3", "Kursen ges vid Juridiska institutionen.",
        [], [("ges", "ge", "pres", "pass")]),
]

HOGSKOLA = [
    rec("title", "Arbetsordning för högskolestyrelsen vid Ekby högskola",
        [("högskolestyrelsen", "högskolestyrelse", POL), ("Ekby högskola", "ekby högskola", ORG)],
        doc="w32-b-hogskola", kind="heading"),
    rec("1", "Styrelsen sammanträder minst sex gånger per år.",
        [("Styrelsen", "högskolestyrelse", POL)], [("sammanträder", "sammanträda", "pres", "act")],
        [st("högskolestyrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder")],
        doc="w32-b-hogskola"),
    rec("2", "Styrelsen ska fastställa högskolans budget.",
        [("Styrelsen", "högskolestyrelse", POL), ("högskolans", "ekby högskola", ORG)],
        [SKA, ("fastställa", "fastställa", "inf", "act")],
        [st("högskolestyrelse", "Styrelsen", "obligation", "ska", "fastställa", "fastställa",
            "högskolans budget")], doc="w32-b-hogskola"),
    rec("3", "Rektor ska bereda styrelsens ärenden.",
        [("Rektor", "rektor", TJP), ("styrelsens", "högskolestyrelse", POL)],
        [SKA, ("bereda", "bereda", "inf", "act")],
        [st("rektor", "Rektor", "obligation", "ska", "bereda", "bereda",
            "styrelsens ärenden")], doc="w32-b-hogskola"),
]

FAKULTET = [
    rec("title", "Instruktion för fakultetsstyrelsen vid Norrby universitet",
        [("fakultetsstyrelsen", "fakultetsstyrelse", POL),
         ("Norrby universitet", "norrby universitet", ORG)],
        doc="w32-b-fakultet", kind="heading"),
    rec("1", "Universitetsstyrelsen fastställer fakultetens ramar.",
        [("Universitetsstyrelsen", "universitetsstyrelse", POL)],
        [("fastställer", "fastställa", "pres", "act")],
        [st("universitetsstyrelse", "Universitetsstyrelsen", "none", None, "fastställa",
            "fastställer", "fakultetens ramar")], doc="w32-b-fakultet"),
    rec("2", "Styrelsen får inrätta utskott.",
        [("Styrelsen", "fakultetsstyrelse", POL), ("utskott", "utskott", POL)],
        [FAR, ("inrätta", "inrätta", "inf", "act")],
        [st("fakultetsstyrelse", "Styrelsen", "permission", "får", "inrätta", "inrätta",
            "utskott")], doc="w32-b-fakultet"),
    rec("3", "Styrelsens ordförande kallar till sammanträdena.",
        [("Styrelsens ordförande", "fakultetsstyrelsens ordförande", FTV)],
        [("kallar", "kalla", "pres", "act")],
        [st("fakultetsstyrelsens ordförande", "Styrelsens ordförande", "none", None, "kalla",
            "kallar", "till sammanträdena")], doc="w32-b-fakultet"),
]

SAMMANTRADEN = [
    rec("title", "Arbetsordning för universitetsstyrelsens sammanträden",
        [("universitetsstyrelsens", "universitetsstyrelse", POL)],
        doc="w32-b-sammantraden", kind="heading"),
    rec("1", "Styrelsen sammanträder på kallelse av ordföranden.",
        [("Styrelsen", "universitetsstyrelse", POL),
         ("ordföranden", "universitetsstyrelsens ordförande", FTV)],
        [("sammanträder", "sammanträda", "pres", "act")],
        [st("universitetsstyrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder")],
        doc="w32-b-sammantraden"),
    rec("2", "Fakultetsstyrelserna får lämna förslag till styrelsen.",
        [("Fakultetsstyrelserna", "fakultetsstyrelse", POL),
         ("styrelsen", "universitetsstyrelse", POL)],
        [FAR, ("lämna", "lämna", "inf", "act")],
        [st("fakultetsstyrelse", "Fakultetsstyrelserna", "permission", "får", "lämna", "lämna",
            "förslag till styrelsen")], doc="w32-b-sammantraden"),
]

DOCUMENTS = {
    "w32-b-sammantraden": SAMMANTRADEN,
    "w32-b-hogskola": HOGSKOLA,
    "w32-b-fakultet": FAKULTET,
}


if __name__ == "__main__":
    documents = {doc_id: (blocks_text(records), records) for doc_id, records in DOCUMENTS.items()}
    write_part(sys.argv[1], "w32-b", documents, before=RECORDS)
