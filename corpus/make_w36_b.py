"""Builds corpus/dev/w36-b.jsonl: invented sentences for round 36, writer B (gold by hand from
docs/annotation.md): B1 a second nominal cue coordinated under one `har` (`har ansvaret för X
samt uppgiften att V`); B2 bare infinitives after a comma past the closed series of a
responsibility noun's `för att`-complement go back to the modal; B3 `har (det ADJ)
ansvaret att` is a responsibility; B4 a conjunct after the infinitive of a `genom`/`för`/
`utan att`-clause stays in that clause; B5 `i den utsträckning`, `i den omfattning` are
subordinators; B6 `om` + its own finite verb after a predicative opens a condition; B7
coordinated subjects after a pre-head participle phrase; B8 a gapped conjunct with its own
subject and object repeats the verb (docs/annotation.md §5.3, round 36). Offsets computed.
Run: python corpus/make_w36_b.py corpus/dev/w36-b.jsonl"""

import json
import sys

from records import FORV, FTV, ORG, POL, TJP, records_for
from records import statement as st

rec = records_for("w36-b", check_texts=True)


PRES, INF = "pres", "inf"
RECORDS = [
    # B1: a second nominal cue under one `har`
    rec("1", "Rektorn har ansvaret för skolans ekonomi samt uppgiften att leda skolans arbete.",
        [("Rektorn", "rektor", TJP)],
        [("har", "ha", PRES, "act"), ("leda", "leda", INF, "act")],
        [st("rektor", "Rektorn", "responsibility", "har ansvaret för", "ansvara", "har",
            "skolans ekonomi"),
         st("rektor", "Rektorn", "obligation", "har uppgiften att", "leda", "leda",
            "skolans arbete")]),
    rec("2", "Chefen har ansvar för driften och rätten att teckna avtal.",
        [("Chefen", "chef", TJP)],
        [("har", "ha", PRES, "act"), ("teckna", "teckna", INF, "act")],
        [st("chef", "Chefen", "responsibility", "har ansvar för", "ansvara", "har", "driften"),
         st("chef", "Chefen", "permission", "har rätten att", "teckna", "teckna", "avtal")]),
    rec("3", "Kassören har ansvaret för bokföringen och skyldigheten att redovisa kassan vid "
        "varje möte.",
        [("Kassören", "kassör", FTV)],
        [("har", "ha", PRES, "act"), ("redovisa", "redovisa", INF, "act")],
        [st("kassör", "Kassören", "responsibility", "har ansvaret för", "ansvara", "har",
            "bokföringen"),
         st("kassör", "Kassören", "obligation", "har skyldigheten att", "redovisa", "redovisa",
            "kassan")]),
    # B2: bare infinitives past a closed series of a `för att`-complement
    rec("4", "Efter valet ska kulturnämnden överta ansvaret för att utveckla föreningsliv, "
        "idrott och bibliotek, vara remissinstans för kulturfrågor samt ansvara för kontakten "
        "med skolorna.",
        [("kulturnämnden", "kulturnämnd", POL)],
        [("ska", "skola", PRES, "act"), ("överta", "överta", INF, "act"),
         ("utveckla", "utveckla", INF, "act"), ("vara", "vara", INF, "act"),
         ("ansvara", "ansvara", INF, "act")],
        [st("kulturnämnd", "kulturnämnden", "obligation", "ska", "överta", "överta", "ansvaret"),
         st("kulturnämnd", "kulturnämnden", "obligation", "ska", "vara", "vara",
            "remissinstans för kulturfrågor"),
         st("kulturnämnd", "kulturnämnden", "obligation", "ska ansvara för", "ansvara",
            "ansvara", "kontakten med skolorna")]),
    rec("5", "Från årsskiftet ska bolaget överta ansvaret för att sköta gator, parker och "
        "torg, företräda kommunen i trafikfrågor samt upphandla tjänster.",
        [("bolaget", "bolag", ORG), ("kommunen", "kommun", ORG)],
        [("ska", "skola", PRES, "act"), ("överta", "överta", INF, "act"),
         ("sköta", "sköta", INF, "act"), ("företräda", "företräda", INF, "act"),
         ("upphandla", "upphandla", INF, "act")],
        [st("bolag", "bolaget", "obligation", "ska", "överta", "överta", "ansvaret"),
         st("bolag", "bolaget", "obligation", "ska", "företräda", "företräda", "kommunen"),
         st("bolag", "bolaget", "obligation", "ska", "upphandla", "upphandla", "tjänster")]),
    # B3: `har (det ADJ) ansvaret att`
    rec("6", "Styrelsen har det övergripande ansvaret att se till att en plan upprättas.",
        [("Styrelsen", "styrelse", POL)],
        [("har", "ha", PRES, "act"), ("se", "se", INF, "act"),
         ("upprättas", "upprätta", PRES, "pass")],
        [st("styrelse", "Styrelsen", "responsibility", "har ansvaret att", "se", "se",
            "till att en plan upprättas")]),
    rec("7", "Förbundsdirektören har ansvaret att verkställa direktionens beslut.",
        [("Förbundsdirektören", "förbundsdirektör", TJP), ("direktionens", "direktion", POL)],
        [("har", "ha", PRES, "act"), ("verkställa", "verkställa", INF, "act")],
        [st("förbundsdirektör", "Förbundsdirektören", "responsibility", "har ansvaret att",
            "verkställa", "verkställa", "direktionens beslut")]),
    # B4: conjuncts inside a `genom`/`för`/`utan att`-clause
    rec("8", "Föreningen ska främja idrotten genom att ordna tävlingar och utveckla träningen samt "
        "stödja ungdomsverksamheten.",
        [("Föreningen", "förening", ORG)],
        [("ska", "skola", PRES, "act"), ("främja", "främja", INF, "act"),
         ("ordna", "ordna", INF, "act"), ("utveckla", "utveckla", INF, "act"),
         ("stödja", "stödja", INF, "act")],
        [st("förening", "Föreningen", "obligation", "ska", "främja", "främja", "idrotten")]),
    rec("9", "Nämnden ska verka för att stärka kulturen och utveckla biblioteken samt stödja "
        "folkbildningen.",
        [("Nämnden", "nämnd", POL)],
        [("ska", "skola", PRES, "act"), ("verka", "verka", INF, "act"),
         ("stärka", "stärka", INF, "act"), ("utveckla", "utveckla", INF, "act"),
         ("stödja", "stödja", INF, "act")],
        [st("nämnd", "Nämnden", "obligation", "ska", "verka", "verka", "för att stärka kulturen")]),
    rec("10", "Bolaget får sänka kostnaderna utan att minska servicen eller försämra "
        "kvaliteten.",
        [("Bolaget", "bolag", ORG)],
        [("får", "få", PRES, "act"), ("sänka", "sänka", INF, "act"),
         ("minska", "minska", INF, "act"), ("försämra", "försämra", INF, "act")],
        [st("bolag", "Bolaget", "permission", "får", "sänka", "sänka", "kostnaderna")]),
    # B5: `i den utsträckning`, `i den omfattning` are subordinators
    rec("11", "Nämnden ansvarar för tillsynen, i den utsträckning inte regionen har ansvaret.",
        [("Nämnden", "nämnd", POL), ("regionen", "region", ORG)],
        [("ansvarar", "ansvara", PRES, "act"), ("har", "ha", PRES, "act")],
        [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "tillsynen")]),
    rec("12", "Förvaltningen ska bistå bolaget i den omfattning styrelsen begär.",
        [("Förvaltningen", "förvaltning", FORV), ("bolaget", "bolag", ORG),
         ("styrelsen", "styrelse", POL)],
        [("ska", "skola", PRES, "act"), ("bistå", "bistå", INF, "act"),
         ("begär", "begära", PRES, "act")],
        [st("förvaltning", "Förvaltningen", "obligation", "ska", "bistå", "bistå", "bolaget")]),
    # B6: `om` + its own finite verb after a predicative
    rec("13", "Nämnden är beslutsför om minst hälften av ledamöterna är närvarande.",
        [("Nämnden", "nämnd", POL), ("ledamöterna", "ledamot", FTV)],
        [("är", "vara", PRES, "act"), ("är", "vara", PRES, "act", 1)],
        [st("nämnd", "Nämnden", "none", None, "vara", "är", "beslutsför",
            condition="om minst hälften av ledamöterna är närvarande")],
        ["om minst hälften av ledamöterna är närvarande"]),
    rec("14", "Utskottet är beslutsmässigt om tre av ledamöterna deltar.",
        [("Utskottet", "utskott", POL), ("ledamöterna", "ledamot", FTV)],
        [("är", "vara", PRES, "act"), ("deltar", "delta", PRES, "act")],
        [st("utskott", "Utskottet", "none", None, "vara", "är", "beslutsmässigt",
            condition="om tre av ledamöterna deltar")],
        ["om tre av ledamöterna deltar"]),
    # B7: coordinated subjects after a pre-head participle phrase
    rec("15", "Den av stämman valda revisorn och suppleanten skall vara auktoriserade.",
        [("stämman", "stämma", POL), ("revisorn", "revisor", FTV),
         ("suppleanten", "suppleant", FTV)],
        [("skall", "skola", PRES, "act"), ("vara", "vara", INF, "act")],
        [st("revisor", "revisorn", "obligation", "skall", "vara", "vara", "auktoriserade"),
         st("suppleant", "suppleanten", "obligation", "skall", "vara", "vara", "auktoriserade")]),
    rec("16", "Den av fullmäktige utsedda ordföranden och vice ordföranden ska leda arbetet.",
        [("fullmäktige", "fullmäktige", POL), ("ordföranden", "ordförande", FTV),
         ("vice ordföranden", "vice ordförande", FTV)],
        [("ska", "skola", PRES, "act"), ("leda", "leda", INF, "act")],
        [st("ordförande", "ordföranden", "obligation", "ska", "leda", "leda", "arbetet"),
         st("vice ordförande", "vice ordföranden", "obligation", "ska", "leda", "leda",
            "arbetet")]),
    # B8: a gapped conjunct with its own subject and object
    rec("17", "Ekby kommun utser ledamoten och Norrå kommun suppleanten.",
        [("Ekby kommun", "ekby kommun", ORG), ("ledamoten", "ledamot", FTV),
         ("Norrå kommun", "norrå kommun", ORG), ("suppleanten", "suppleant", FTV)],
        [("utser", "utse", PRES, "act")],
        [st("ekby kommun", "Ekby kommun", "none", None, "utse", "utser", "ledamoten"),
         st("norrå kommun", "Norrå kommun", "none", None, "utse", "utser", "suppleanten")]),
    rec("18", "Regionen utser två ledamöter och kommunen en ledamot.",
        [("Regionen", "region", ORG), ("ledamöter", "ledamot", FTV),
         ("kommunen", "kommun", ORG), ("ledamot", "ledamot", FTV)],
        [("utser", "utse", PRES, "act")],
        [st("region", "Regionen", "none", None, "utse", "utser", "två ledamöter"),
         st("kommun", "kommunen", "none", None, "utse", "utser", "en ledamot")]),
    # B8's limits: a noun-tagged adverb after a coordinated object is no gapped object
    rec("19", "Styrelsen kallar ledamöterna och revisorerna skriftligen.",
        [("Styrelsen", "styrelse", POL), ("ledamöterna", "ledamot", FTV),
         ("revisorerna", "revisor", FTV)],
        [("kallar", "kalla", PRES, "act")],
        [st("styrelse", "Styrelsen", "none", None, "kalla", "kallar",
            "ledamöterna och revisorerna")]),
]


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
