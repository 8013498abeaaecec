"""Builds corpus/dev/w34-b.jsonl: invented sentences for round 34, writer B (gold by hand from
docs/annotation.md): B1 a late (presentational) subject only after a fronted adverbial or
`det`, never past a subject that stands before the finite verb; B2 a non-actor subject of
`åligga`/`åvila`/`ankomma på` gives no statement (only the expletive `Det åligger X att` is a
cue); B3 a role between `ansvarar` and `för` (`som`, `såsom`, `i egenskap av` + noun phrase)
keeps the responsibility cue; B4 a finite passive in a `så att`/`för att` clause keeps its own
non-actor subject; B5 a `varav N är …` share of a composition states nothing; B6 a restating
verb in brackets after a passive shares its agent and modal; B7 an infinitive conjunct of a
modal's infinitive whatever the tagger read. Offsets computed.
Run: python corpus/make_w34_b.py corpus/dev/w34-b.jsonl"""

import json
import sys

from records import EXT, FORV, FTV, ORG, POL, TJP, records_for
from records import statement as st

rec = records_for("w34-b", check_texts=True)


PRES, INF = "pres", "inf"
RECORDS = [
    # B1: no late subject past a subject before the finite verb; a PP's noun is no subject
    rec("1", "Två ska vara tjänstemän, de andra ska sitta i någon kommunal nämnd eller styrelse.",
        [("nämnd", "nämnd", POL), ("styrelse", "styrelse", POL)],
        [("ska", "skola", PRES, "act"), ("vara", "vara", INF, "act"),
         ("ska", "skola", PRES, "act", 1), ("sitta", "sitta", INF, "act")]),
    rec("2", "För bolagets revisorer finns särskilda instruktioner.",
        [("bolagets", "bolag", ORG), ("revisorer", "revisor", FTV)],
        [("finns", "finnas", PRES, "act")]),
    rec("3", "Ärendet ska därefter gå vidare till utvecklingsnämnden.",
        [("utvecklingsnämnden", "utvecklingsnämnd", POL)],
        [("ska", "skola", PRES, "act"), ("gå", "gå", INF, "act")]),
    rec("4", "Övriga platser ska tillfalla någon ideell förening i länet.",
        [("förening", "förening", ORG)],
        [("ska", "skola", PRES, "act"), ("tillfalla", "tillfalla", INF, "act")]),
    rec("5", "I styrelsen ingår fem ledamöter.",
        [("styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [("ingår", "ingå", PRES, "act")],
        [st("ledamot", "ledamöter", "none", None, "ingå", "ingår")]),
    rec("6", "Inom förvaltningen finns en controller.",
        [("förvaltningen", "förvaltning", FORV), ("controller", "controller", TJP)],
        [("finns", "finnas", PRES, "act")],
        [st("controller", "controller", "none", None, "finnas", "finns")]),
    # B2: a non-actor subject of åligga/åvila/ankomma på; the expletive cue
    rec("7", "Skyldigheten att föra register åvilar kanslichefen.",
        [("kanslichefen", "kanslichef", TJP)],
        [("föra", "föra", INF, "act"), ("åvilar", "åvila", PRES, "act")]),
    rec("8", "Det åligger kanslichefen att föra register.",
        [("kanslichefen", "kanslichef", TJP)],
        [("åligger", "åligga", PRES, "act"), ("föra", "föra", INF, "act")],
        [st("kanslichef", "kanslichefen", "obligation", "åligger", "föra", "föra", "register")]),
    rec("9", "Ansvaret för arkivet åligger arkivchefen.",
        [("arkivchefen", "arkivchef", TJP)],
        [("åligger", "åligga", PRES, "act")]),
    rec("10", "Uppgiften att kalla till sammanträde ankommer på ordföranden.",
        [("ordföranden", "ordförande", FTV)],
        [("kalla", "kalla", INF, "act"), ("ankommer", "ankomma", PRES, "act")]),
    rec("11", "Ansvaret för personalfrågor åvilar förvaltningschefen och HR-chefen.",
        [("förvaltningschefen", "förvaltningschef", TJP), ("HR-chefen", "hr-chef", TJP)],
        [("åvilar", "åvila", PRES, "act")]),
    rec("12", "Det ankommer på rektor att fördela medlen.",
        [("rektor", "rektor", TJP)],
        [("ankommer", "ankomma", PRES, "act"), ("fördela", "fördela", INF, "act")],
        [st("rektor", "rektor", "obligation", "ankommer på", "fördela", "fördela", "medlen")]),
    # B3: a role between ansvarar and för
    rec("13", "Nämnden ansvarar i egenskap av huvudman för skolorna samt ansvarar som "
        "arbetsgivare för lärarna.",
        [("Nämnden", "nämnd", POL), ("lärarna", "lärare", TJP)],
        [("ansvarar", "ansvara", PRES, "act"), ("ansvarar", "ansvara", PRES, "act", 1)],
        [st("nämnd", "Nämnden", "responsibility", "ansvarar i egenskap av huvudman för",
            "ansvara", "ansvarar", "skolorna"),
         st("nämnd", "Nämnden", "responsibility", "ansvarar som arbetsgivare för", "ansvara",
            "ansvarar", "lärarna")]),
    rec("14", "Regionstyrelsen ansvarar såsom arkivmyndighet för regionens arkiv.",
        [("Regionstyrelsen", "regionstyrelse", POL), ("regionens", "region", ORG)],
        [("ansvarar", "ansvara", PRES, "act")],
        [st("regionstyrelse", "Regionstyrelsen", "responsibility",
            "ansvarar såsom arkivmyndighet för", "ansvara", "ansvarar", "regionens arkiv")]),
    rec("15", "Bolaget ansvarar i egenskap av fastighetsägare för underhållet av lokalerna.",
        [("Bolaget", "bolag", ORG)],
        [("ansvarar", "ansvara", PRES, "act")],
        [st("bolag", "Bolaget", "responsibility", "ansvarar i egenskap av fastighetsägare för",
            "ansvara", "ansvarar", "underhållet av lokalerna")]),
    rec("16", "Förvaltningschefen svarar i egenskap av arbetsgivarföreträdare för arbetsmiljön.",
        [("Förvaltningschefen", "förvaltningschef", TJP)],
        [("svarar", "svara", PRES, "act")],
        [st("förvaltningschef", "Förvaltningschefen", "responsibility",
            "svarar i egenskap av arbetsgivarföreträdare för", "svara", "svarar", "arbetsmiljön")]),
    # B4: a finite passive in a så att / för att clause keeps its own subject
    rec("17", "Rådet ska få lämna förslag till nämnderna så att de prövas och beaktas.",
        [("Rådet", "råd", POL), ("nämnderna", "nämnd", POL)],
        [("ska", "skola", PRES, "act"), ("få", "få", INF, "act"), ("lämna", "lämna", INF, "act"),
         ("prövas", "pröva", PRES, "pass"), ("beaktas", "beakta", PRES, "pass")],
        [st("råd", "Rådet", "obligation", "ska", "få", "få")]),
    rec("18", "Förvaltningen ska bereda ärendena så att de avgörs i tid.",
        [("Förvaltningen", "förvaltning", FORV)],
        [("ska", "skola", PRES, "act"), ("bereda", "bereda", INF, "act"),
         ("avgörs", "avgöra", PRES, "pass")],
        [st("förvaltning", "Förvaltningen", "obligation", "ska", "bereda", "bereda", "ärendena")]),
    rec("19", "Styrelsen ska samordna insatserna för att de genomförs effektivt.",
        [("Styrelsen", "styrelse", POL)],
        [("ska", "skola", PRES, "act"), ("samordna", "samordna", INF, "act"),
         ("genomförs", "genomföra", PRES, "pass")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "samordna", "samordna", "insatserna")]),
    # B5: varav N är … (a share of a composition)
    rec("20", "Styrgruppen består av sju ledamöter, varav fyra är från näringslivet.",
        [("Styrgruppen", "styrgrupp", FORV), ("ledamöter", "ledamot", FTV),
         ("näringslivet", "näringsliv", EXT)],
        [("består", "bestå", PRES, "act"), ("är", "vara", PRES, "act")],
        [st("styrgrupp", "Styrgruppen", "none", None, "bestå", "består")]),
    rec("21", "Direktionen består av fem ledamöter, varav en är ordförande.",
        [("Direktionen", "direktion", POL), ("ledamöter", "ledamot", FTV)],
        [("består", "bestå", PRES, "act"), ("är", "vara", PRES, "act")],
        [st("direktion", "Direktionen", "none", None, "bestå", "består")]),
    rec("22", "Beredningen har nio ledamöter, varav fem är kvinnor.",
        [("Beredningen", "beredning", POL), ("ledamöter", "ledamot", FTV)],
        [("har", "ha", PRES, "act"), ("är", "vara", PRES, "act")],
        [st("beredning", "Beredningen", "none", None, "ha", "har", "nio ledamöter")]),
    # B6: a restating verb in brackets after a passive
    rec("23", "Ett justerat protokoll kan inte ändras (rättas) av sekreteraren.",
        [("sekreteraren", "sekreterare", TJP)],
        [("kan", "kunna", PRES, "act"), ("ändras", "ändra", INF, "pass"),
         ("rättas", "rätta", INF, "pass")],
        [st("sekreterare", "sekreteraren", "none", None, "ändra", "ändras",
            "Ett justerat protokoll", passive=True, negated=True),
         st("sekreterare", "sekreteraren", "none", None, "rätta", "rättas",
            "Ett justerat protokoll", passive=True, negated=True)]),
    rec("24", "Taxan fastställs (beslutas) av kommunfullmäktige.",
        [("kommunfullmäktige", "kommunfullmäktige", POL)],
        [("fastställs", "fastställa", PRES, "pass"), ("beslutas", "besluta", PRES, "pass")],
        [st("kommunfullmäktige", "kommunfullmäktige", "none", None, "fastställa", "fastställs",
            "Taxan", passive=True),
         st("kommunfullmäktige", "kommunfullmäktige", "none", None, "besluta", "beslutas", "Taxan",
            passive=True)]),
    rec("25", "Budgetförslaget ska upprättas (sammanställas) av ekonomichefen.",
        [("ekonomichefen", "ekonomichef", TJP)],
        [("ska", "skola", PRES, "act"), ("upprättas", "upprätta", INF, "pass"),
         ("sammanställas", "sammanställa", INF, "pass")],
        [st("ekonomichef", "ekonomichefen", "obligation", "ska", "upprätta", "upprättas",
            "Budgetförslaget", passive=True),
         st("ekonomichef", "ekonomichefen", "obligation", "ska", "sammanställa",
            "sammanställas", "Budgetförslaget", passive=True)]),
    # B7: an infinitive conjunct of a modal's infinitive, whatever its tag
    rec("26", "Vidare kan styrelsen ta över ärendet och föregripa direktörens beslut.",
        [("styrelsen", "styrelse", POL), ("direktörens", "direktör", TJP)],
        [("kan", "kunna", PRES, "act"), ("ta", "ta", INF, "act"),
         ("föregripa", "föregripa", INF, "act")],
        [st("styrelse", "styrelsen", "permission", "kan", "ta", "ta", "ärendet"),
         st("styrelse", "styrelsen", "permission", "kan", "föregripa", "föregripa",
            "direktörens beslut")]),
    rec("27", "Dessutom får ordföranden kalla till extra sammanträde och bjuda in sakkunniga.",
        [("ordföranden", "ordförande", FTV), ("sakkunniga", "sakkunnig", EXT)],
        [("får", "få", PRES, "act"), ("kalla", "kalla", INF, "act"),
         ("bjuda", "bjuda", INF, "act")],
        [st("ordförande", "ordföranden", "permission", "får", "kalla", "kalla"),
         st("ordförande", "ordföranden", "permission", "får", "bjuda", "bjuda", "sakkunniga")]),
    rec("28", "Därefter ska kommundirektören pröva frågan och återrapportera utfallet.",
        [("kommundirektören", "kommundirektör", TJP)],
        [("ska", "skola", PRES, "act"), ("pröva", "pröva", INF, "act"),
         ("återrapportera", "återrapportera", INF, "act")],
        [st("kommundirektör", "kommundirektören", "obligation", "ska", "pröva", "pröva", "frågan"),
         st("kommundirektör", "kommundirektören", "obligation", "ska", "återrapportera",
            "återrapportera", "utfallet")]),
    # later additions: the class widened
    rec("29", "Styrelsen består av nio ledamöter varav ordföranden och vice ordföranden är "
        "förtroendevalda.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)],
        [("består", "bestå", PRES, "act"), ("är", "vara", PRES, "act")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består")]),
    rec("30", "Rätten att besluta om taxor tillkommer direktionen.",
        [("direktionen", "direktion", POL)],
        [("besluta", "besluta", INF, "act"), ("tillkommer", "tillkomma", PRES, "act")]),
    rec("31", "Ledamöterna ska sitta i någon kommunal nämnd.",
        [("Ledamöterna", "ledamot", FTV), ("nämnd", "nämnd", POL)],
        [("ska", "skola", PRES, "act"), ("sitta", "sitta", INF, "act")],
        [st("ledamot", "Ledamöterna", "obligation", "ska", "sitta", "sitta")]),
    rec("32", "I Norrby kommun finns fyra nämnder och en revisionsenhet.",
        [("Norrby kommun", "norrby kommun", ORG), ("nämnder", "nämnd", POL),
         ("revisionsenhet", "revisionsenhet", FORV)],
        [("finns", "finnas", PRES, "act")],
        [st("nämnd", "nämnder", "none", None, "finnas", "finns"),
         st("revisionsenhet", "revisionsenhet", "none", None, "finnas", "finns")]),
]


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
