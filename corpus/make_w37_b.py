"""Builds corpus/dev/w37-b.jsonl: invented sentences for round 37, writer B (gold by hand from
docs/annotation.md): B1 a nominative pronoun subject in the prefield leaves the nouns after
the verb objects (no statement); B3 a finite verb after `och` that follows a relative clause
on the agent of a passive main clause belongs to that relative clause; B4 `samtidigt som`,
`medan`, `varvid` open subordinate clauses; aq-B3 a second main clause after `och` whose
subject is `de` + a nominalised adjective; aq-B4 an object contact relative without `som`
after `de/den/det` + noun (`och` noun)*; aq-B5 the second verb of a relative clause after a
particle or stranded preposition (docs/annotation.md §5.1, round 37). Offsets computed.
Run: python corpus/make_w37_b.py corpus/dev/w37-b.jsonl"""

import json
import sys

from records import EXT, FORV, FTV, ORG, POL, TJP, records_for
from records import statement as st

rec = records_for("w37-b", check_texts=True)


PRES, INF, SUP = "pres", "inf", "sup"
RECORDS = [
    # B1: a nominative pronoun subject; the nouns after the verb are its objects
    rec("1", "De utser kassör och sekreterare.",
        [("kassör", "kassör", FTV), ("sekreterare", "sekreterare", TJP)],
        [("utser", "utse", PRES, "act")]),
    rec("2", "Vi väljer revisor och revisorssuppleant på årsmötet.",
        [("revisor", "revisor", FTV), ("revisorssuppleant", "revisorssuppleant", FTV)],
        [("väljer", "välja", PRES, "act")]),
    rec("3", "Hon kallar ledamöter och ersättare till sammanträdet.",
        [("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
        [("kallar", "kalla", PRES, "act")]),
    rec("4", "Stämman väljer kassör och revisor.",
        [("Stämman", "stämma", POL), ("kassör", "kassör", FTV), ("revisor", "revisor", FTV)],
        [("väljer", "välja", PRES, "act")],
        [st("stämma", "Stämman", "none", None, "välja", "väljer", "kassör och revisor")]),
    rec("5", "Han utser sekreterare och kallar styrelsen till möte.",
        [("sekreterare", "sekreterare", TJP), ("styrelsen", "styrelse", POL)],
        [("utser", "utse", PRES, "act"), ("kallar", "kalla", PRES, "act")]),
    # B3: a conjunct verb of a relative clause on a passive's agent
    rec("6", "Stiftelsen förvaltas av en nämnd som har tillsyn över stiftelsens medel och svarar "
        "för att dess ändamål uppfylls.",
        [("Stiftelsen", "stiftelse", ORG), ("nämnd", "nämnd", POL),
         ("stiftelsens", "stiftelse", ORG)],
        [("förvaltas", "förvalta", PRES, "pass"), ("har", "ha", PRES, "act"),
         ("svarar", "svara", PRES, "act"), ("uppfylls", "uppfylla", PRES, "pass")],
        [st("nämnd", "nämnd", "none", None, "förvalta", "förvaltas", "Stiftelsen", passive=True),
         st("nämnd", "nämnd", "responsibility", "svarar för", "svara", "svarar",
            "att dess ändamål uppfylls")]),
    rec("7", "Verksamheten samordnas av ett utskott som består av fem ledamöter och ska verka "
        "för samverkan mellan förbunden.",
        [("utskott", "utskott", POL), ("ledamöter", "ledamot", FTV),
         ("förbunden", "förbund", ORG)],
        [("samordnas", "samordna", PRES, "pass"), ("består", "bestå", PRES, "act"),
         ("ska", "skola", PRES, "act"), ("verka", "verka", INF, "act")],
        [st("utskott", "utskott", "none", None, "samordna", "samordnas", "Verksamheten",
            passive=True),
         st("utskott", "utskott", "obligation", "ska", "verka", "verka",
            "för samverkan mellan förbunden")]),
    rec("8", "Bolaget ägs av kommunen som utser styrelsen och fastställer ägardirektiv.",
        [("Bolaget", "bolag", ORG), ("kommunen", "kommun", ORG), ("styrelsen", "styrelse", POL)],
        [("ägs", "äga", PRES, "pass"), ("utser", "utse", PRES, "act"),
         ("fastställer", "fastställa", PRES, "act")],
        [st("kommun", "kommunen", "none", None, "äga", "ägs", "Bolaget", passive=True)]),
    # B4: `samtidigt som`, `medan`, `varvid` open subordinate clauses
    rec("9", "Nämnden svarar för driften, samtidigt som hänsyn ska tas till miljön.",
        [("Nämnden", "nämnd", POL)],
        [("svarar", "svara", PRES, "act"), ("ska", "skola", PRES, "act"),
         ("tas", "ta", INF, "pass")],
        [st("nämnd", "Nämnden", "responsibility", "svarar för", "svara", "svarar", "driften")]),
    rec("10", "Styrelsen leder arbetet, medan ekonomin ska redovisas varje kvartal.",
        [("Styrelsen", "styrelse", POL)],
        [("leder", "leda", PRES, "act"), ("ska", "skola", PRES, "act"),
         ("redovisas", "redovisa", INF, "pass")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder", "arbetet")]),
    rec("11", "Rektor fördelar resurserna, varvid hänsyn ska tas till verksamhetens behov.",
        [("Rektor", "rektor", TJP)],
        [("fördelar", "fördela", PRES, "act"), ("ska", "skola", PRES, "act"),
         ("tas", "ta", INF, "pass")],
        [st("rektor", "Rektor", "none", None, "fördela", "fördelar", "resurserna")]),
    # aq-B3: `och de` + a nominalised adjective opens a second main clause
    rec("12", "Fullmäktige antar planen och de anställda ska följa den.",
        [("Fullmäktige", "fullmäktige", POL), ("anställda", "anställd", TJP)],
        [("antar", "anta", PRES, "act"), ("ska", "skola", PRES, "act"),
         ("följa", "följa", INF, "act")],
        [st("fullmäktige", "Fullmäktige", "none", None, "anta", "antar", "planen"),
         st("anställd", "anställda", "obligation", "ska", "följa", "följa", "den")]),
    rec("13", "Styrelsen beslutar och de förtroendevalda ser till att beslutet verkställs.",
        [("Styrelsen", "styrelse", POL), ("förtroendevalda", "förtroendevald", FTV)],
        [("beslutar", "besluta", PRES, "act"), ("ser", "se", PRES, "act"),
         ("verkställs", "verkställa", PRES, "pass")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar"),
         st("förtroendevald", "förtroendevalda", "obligation", "ser till att", "se", "ser",
            "att beslutet verkställs")]),
    rec("14", "Nämnden fastställer riktlinjerna och de sakkunniga ska bistå förvaltningen.",
        [("Nämnden", "nämnd", POL), ("sakkunniga", "sakkunnig", EXT),
         ("förvaltningen", "förvaltning", FORV)],
        [("fastställer", "fastställa", PRES, "act"), ("ska", "skola", PRES, "act"),
         ("bistå", "bistå", INF, "act")],
        [st("nämnd", "Nämnden", "none", None, "fastställa", "fastställer", "riktlinjerna"),
         st("sakkunnig", "sakkunniga", "obligation", "ska", "bistå", "bistå", "förvaltningen")]),
    # aq-B4: an object contact relative without `som`
    rec("15", "Förvaltningen följer de planer och mål styrelsen har lagt fast.",
        [("Förvaltningen", "förvaltning", FORV), ("styrelsen", "styrelse", POL)],
        [("följer", "följa", PRES, "act"), ("har", "ha", PRES, "act"),
         ("lagt", "lägga", SUP, "act")],
        [st("förvaltning", "Förvaltningen", "none", None, "följa", "följer",
            "de planer och mål styrelsen har lagt fast")]),
    rec("16", "Bolaget ska iaktta de riktlinjer och direktiv ägaren har utfärdat.",
        [("Bolaget", "bolag", ORG), ("ägaren", "ägare", ORG)],
        [("ska", "skola", PRES, "act"), ("iaktta", "iaktta", INF, "act"),
         ("har", "ha", PRES, "act"), ("utfärdat", "utfärda", SUP, "act")],
        [st("bolag", "Bolaget", "obligation", "ska", "iaktta", "iaktta",
            "de riktlinjer och direktiv ägaren har utfärdat")]),
    rec("17", "Kansliet bereder de ärenden och frågor nämnden ska behandla.",
        [("Kansliet", "kansli", FORV), ("nämnden", "nämnd", POL)],
        [("bereder", "bereda", PRES, "act"), ("ska", "skola", PRES, "act"),
         ("behandla", "behandla", INF, "act")],
        [st("kansli", "Kansliet", "none", None, "bereda", "bereder",
            "de ärenden och frågor nämnden ska behandla")]),
    # aq-B5: a relative clause's second verb after a particle or stranded preposition
    rec("18", "Fritidskontoret är en enhet som hör till och stöder fritidsnämnden.",
        [("Fritidskontoret", "fritidskontor", FORV), ("fritidsnämnden", "fritidsnämnd", POL)],
        [("är", "vara", PRES, "act"), ("hör", "höra", PRES, "act"),
         ("stöder", "stödja", PRES, "act")],
        [st("fritidskontor", "Fritidskontoret", "none", None, "vara", "är",
            "en enhet som hör till och stöder fritidsnämnden")]),
    rec("19", "Kansliet är en stab som lyder under och biträder kommunstyrelsen.",
        [("Kansliet", "kansli", FORV), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [("är", "vara", PRES, "act"), ("lyder", "lyda", PRES, "act"),
         ("biträder", "biträda", PRES, "act")],
        [st("kansli", "Kansliet", "none", None, "vara", "är",
            "en stab som lyder under och biträder kommunstyrelsen")]),
    rec("20", "Sekretariatet är en funktion som arbetar åt och rapporterar till regiondirektören.",
        [("Sekretariatet", "sekretariat", FORV), ("regiondirektören", "regiondirektör", TJP)],
        [("är", "vara", PRES, "act"), ("arbetar", "arbeta", PRES, "act"),
         ("rapporterar", "rapportera", PRES, "act")],
        [st("sekretariat", "Sekretariatet", "none", None, "vara", "är",
            "en funktion som arbetar åt och rapporterar till regiondirektören")]),
]

if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
