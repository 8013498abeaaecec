"""Builds corpus/dev/w57-j.jsonl with its gold: invented material for round 57, writer w57i
(gen57 §5's widenings A–F, each in several slots and with several fillers). A: a PP (`enligt
stadgarna`, `efter omröstning`, `i samråd med X`) between the finite verb and an inverted
subject in V2 order, also as the second main clause after `, och` and as a paragraph's third
sentence; negatives: the genitive inside the PP stays there, a PP after the subject. B: a
distributive phrase (`var och en av X`, `vardera av X`) after a V2 finite modal/verb, as a
passive's `av`-agent, after `, och`; negative: a distributive phrase over non-actors. C: a
speech frame `, säger <role> <Name> <Name> (PARTY)` after a dash or a quote, as a paragraph's
third sentence; negative: a frame with a person and no role. D: `som` + a bare noun (`som
helhet`, `som arbetsgivare`, `som chef`) before a coordinator or comma opens no clause;
negative: `som` + bare noun + finite verb (a relative clause). E: a fronted time phrase + V2
`-s` passive + `av`-agent as the second main clause after `, och`/`, men`/`;`; negative: an
agentless one. F: an article-less role (`ställföreträdande X`, `biträdande X`) as the agent.
Gold by hand from docs/annotation.md §2, §5.1, §5.2 (the distributive partitive head, agent
passives) before the rules. Offsets computed.
Run: python corpus/make_w57_j.py corpus/dev"""

import sys

from records import FAR, FTV, HAR, KAN, ORG, POL, SKA, TJP, inf, pres, records_for, sup
from records import statement as st
from records import write_jsonl

NONE, OB, PERM, RESP = "none", "obligation", "permission", "responsibility"
FORV, EXT = "förvaltningsorganisation", "extern"


def rec(doc, cid, *args, **kwargs):
    return records_for(f"w57-j-{doc}", check_texts=True, conditions_from_statements=True)(
        cid, *args, **kwargs)


def past(word, lemma, voice="act"):
    return (word, lemma, "past", voice, 0)


# A: a PP before an inverted subject in V2 order.
PP_V2 = [
    rec("pp-1", "1", "I år ska enligt stadgarna valberedningen lämna sitt förslag till "
        "årsmötet.",
        [("valberedningen", "valberedning", POL)],
        [SKA, inf("lämna")],
        [st("valberedning", "valberedningen", OB, "ska", "lämna", "lämna",
            "sitt förslag till årsmötet", condition="enligt stadgarna")]),
    rec("pp-2", "1", "Därefter har efter omröstning styrelsen utsett en sekreterare.",
        [("styrelsen", "styrelse", POL), ("sekreterare", "sekreterare", TJP)],
        [HAR, sup("utsett", "utse")],
        [st("styrelse", "styrelsen", NONE, None, "utse", "utsett", "en sekreterare")]),
    rec("pp-3", "1", "Varje höst ska enligt reglementet kulturnämnden redovisa sitt arbete, "
        "sina mål och sin ekonomi för kommunfullmäktige.",
        [("kulturnämnden", "kulturnämnd", POL), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [SKA, inf("redovisa")],
        [st("kulturnämnd", "kulturnämnden", OB, "ska", "redovisa", "redovisa",
            "sitt arbete, sina mål och sin ekonomi för kommunfullmäktige",
            condition="enligt reglementet")]),
    rec("pp-4", "1", "Förbundet har tolv anställda, och varje år ska enligt förbundsordningen "
        "direktionen fastställa en budget.",
        [("Förbundet", "förbund", ORG), ("anställda", "anställd", TJP),
         ("direktionen", "direktion", POL)],
        [HAR, SKA, inf("fastställa")],
        [st("förbund", "Förbundet", NONE, None, "ha", "har", "tolv anställda"),
         st("direktion", "direktionen", OB, "ska", "fastställa", "fastställa", "en budget",
            condition="enligt förbundsordningen")]),
    rec("pp-5", "1", "Under hösten ska i samråd med ekonomikontoret regionstyrelsen ta fram en "
        "plan och redovisa den till regionfullmäktige.",
        [("ekonomikontoret", "ekonomikontor", FORV), ("regionstyrelsen", "regionstyrelse", POL),
         ("regionfullmäktige", "regionfullmäktige", POL)],
        [SKA, inf("ta"), inf("redovisa")],
        [st("regionstyrelse", "regionstyrelsen", OB, "ska", "ta", "ta", "en plan"),
         st("regionstyrelse", "regionstyrelsen", OB, "ska", "redovisa", "redovisa",
            "den till regionfullmäktige")]),
    rec("pp-6", "1", "Nämnden har sju ledamöter. Ordföranden leder arbetet. Varje vår ska "
        "efter samråd med förvaltningen socialnämnden besöka verksamheterna.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
         ("Ordföranden", "ordförande", FTV), ("förvaltningen", "förvaltning", FORV),
         ("socialnämnden", "socialnämnd", POL)],
        [HAR, pres("leder", "leda"), SKA, inf("besöka")],
        [st("nämnd", "Nämnden", NONE, None, "ha", "har", "sju ledamöter"),
         st("ordförande", "Ordföranden", NONE, None, "leda", "leder", "arbetet"),
         st("socialnämnd", "socialnämnden", OB, "ska", "besöka", "besöka",
            "verksamheterna")]),
    # negatives: the genitive stays inside the PP; a PP after the subject
    rec("pp-n1", "1", "Nämnden ska enligt styrelsens beslut yttra sig över förslaget.",
        [("Nämnden", "nämnd", POL), ("styrelsens", "styrelse", POL)],
        [SKA, inf("yttra")],
        [st("nämnd", "Nämnden", OB, "ska", "yttra", "yttra", "sig över förslaget",
            condition="enligt styrelsens beslut")]),
    rec("pp-n2", "1", "Varje år ska ordföranden i nämnden kalla till ett möte.",
        [("ordföranden", "nämndens ordförande", FTV), ("nämnden", "nämnd", POL)],
        [SKA, inf("kalla")],
        [st("nämndens ordförande", "ordföranden", OB, "ska", "kalla", "kalla",
            "till ett möte")]),
]

# B: a distributive phrase in the V2 slot and the agent slot.
DISTR = [
    rec("distr-1", "1", "Om styrelsen inte enas får var och en av ledamöterna reservera sig "
        "mot beslutet.",
        [("styrelsen", "styrelse", POL), ("ledamöterna", "ledamot", FTV)],
        [FAR, inf("reservera")],
        [st("ledamot", "ledamöterna", PERM, "får", "reservera", "reservera",
            "sig mot beslutet", condition="Om styrelsen inte enas")]),
    rec("distr-2", "1", "Avtalet kan sägas upp av var och en av förbunden med sex månaders "
        "varsel.",
        [("förbunden", "förbund", ORG)],
        [KAN, inf("sägas", "säga", "pass")],
        [st("förbund", "förbunden", NONE, None, "säga", "sägas", "Avtalet", passive=True)]),
    rec("distr-3", "1", "Sedan 2024 utser var och en av kommunerna en ledamot och en ersättare "
        "i direktionen.",
        [("kommunerna", "kommun", ORG), ("ledamot", "ledamot", FTV),
         ("ersättare", "ersättare", FTV), ("direktionen", "direktion", POL)],
        [pres("utser", "utse")],
        [st("kommun", "kommunerna", NONE, None, "utse", "utser",
            "en ledamot och en ersättare i direktionen")]),
    rec("distr-4", "1", "Efter varje sammanträde ska vardera av parterna lämna en skriftlig "
        "rapport och föra en logg.",
        [("parterna", "part", EXT)],
        [SKA, inf("lämna"), inf("föra")],
        [st("part", "parterna", OB, "ska", "lämna", "lämna", "en skriftlig rapport"),
         st("part", "parterna", OB, "ska", "föra", "föra", "en logg")]),
    rec("distr-5", "1", "Kostnaderna för driften bärs av vardera av kommunerna.",
        [("kommunerna", "kommun", ORG)],
        [pres("bärs", "bära", "pass")],
        [st("kommun", "kommunerna", NONE, None, "bära", "bärs", "Kostnaderna för driften",
            passive=True)]),
    rec("distr-6", "1", "Direktionen sammanträder varje kvartal, och vid oenighet får var och "
        "en av medlemskommunerna begära omprövning.",
        [("Direktionen", "direktion", POL), ("medlemskommunerna", "medlemskommun", ORG)],
        [pres("sammanträder", "sammanträda"), FAR, inf("begära")],
        [st("direktion", "Direktionen", NONE, None, "sammanträda", "sammanträder",
            "varje kvartal"),
         st("medlemskommun", "medlemskommunerna", PERM, "får", "begära", "begära",
            "omprövning", condition="vid oenighet")]),
    # negative: a distributive phrase over non-actors
    rec("distr-n1", "1", "Var och en av punkterna i avtalet ska följas av parterna.",
        [("parterna", "part", EXT)],
        [SKA, inf("följas", "följa", "pass")],
        [st("part", "parterna", OB, "ska", "följa", "följas",
            "Var och en av punkterna i avtalet", passive=True)]),
]

# C: a speech frame with a role and a personal name.
TAL = [
    rec("tal-1", "1", "– Vi bygger om skolan under hösten, säger utbildningsnämndens "
        "ordförande Anders Lund (S).",
        [("utbildningsnämndens ordförande", "utbildningsnämndens ordförande", FTV)],
        [pres("bygger", "bygga"), pres("säger", "säga")],
        [st("utbildningsnämndens ordförande", "utbildningsnämndens ordförande", NONE, None,
            "säga", "säger")]),
    rec("tal-2", "1", "”Budgeten håller”, säger ekonomichefen Klas Berg.",
        [("ekonomichefen", "ekonomichef", TJP)],
        [pres("håller", "hålla"), pres("säger", "säga")],
        [st("ekonomichef", "ekonomichefen", NONE, None, "säga", "säger")]),
    rec("tal-3", "1", "– Vi tar ansvar för hela länet, säger kommundirektören Hans Ek.",
        [("kommundirektören", "kommundirektör", TJP)],
        [pres("tar", "ta"), pres("säger", "säga")],
        [st("kommundirektör", "kommundirektören", NONE, None, "säga", "säger")]),
    rec("tal-4", "1", "Kommunen satsar på skolan. Arbetet börjar i maj. ”Vi har pengarna”, "
        "säger kommunstyrelsens ordförande Mats Lund (M).",
        [("Kommunen", "kommun", ORG),
         ("kommunstyrelsens ordförande", "kommunstyrelsens ordförande", FTV)],
        [pres("satsar", "satsa"), pres("börjar", "börja"), HAR, pres("säger", "säga")],
        [st("kommun", "Kommunen", NONE, None, "satsa", "satsar", "på skolan"),
         st("kommunstyrelsens ordförande", "kommunstyrelsens ordförande", NONE, None,
            "säga", "säger")]),
    # negative: a person without a role
    rec("tal-n1", "1", "– Vi är nöjda, säger Anna Holm, som är projektledare.",
        [], [pres("är", "vara"), pres("säger", "säga"), pres("är", "vara", nth=1)]),
]

# D: `som` + a bare noun (`as`) opens no clause.
SOM = [
    rec("som-1", "1", "Nämnden ansvarar för verksamheten som helhet och har tillsyn över "
        "bolagen.",
        [("Nämnden", "nämnd", POL), ("bolagen", "bolag", ORG)],
        [pres("ansvarar", "ansvara"), HAR],
        [st("nämnd", "Nämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
            "verksamheten som helhet"),
         st("nämnd", "Nämnden", NONE, None, "ha", "har", "tillsyn över bolagen")]),
    rec("som-2", "1", "Styrelsen företräder förbundet som arbetsgivare och svarar för "
        "personalfrågorna.",
        [("Styrelsen", "styrelse", POL), ("förbundet", "förbund", ORG)],
        [pres("företräder", "företräda"), pres("svarar", "svara")],
        [st("styrelse", "Styrelsen", NONE, None, "företräda", "företräder",
            "förbundet som arbetsgivare"),
         st("styrelse", "Styrelsen", RESP, "svarar för", "svara", "svarar",
            "personalfrågorna")]),
    rec("som-3", "1", "Förvaltningen har 40 anställda, och förvaltningschefen leder arbetet "
        "som chef och ansvarar för budgeten.",
        [("Förvaltningen", "förvaltning", FORV), ("anställda", "anställd", TJP),
         ("förvaltningschefen", "förvaltningschef", TJP)],
        [HAR, pres("leder", "leda"), pres("ansvarar", "ansvara")],
        [st("förvaltning", "Förvaltningen", NONE, None, "ha", "har", "40 anställda"),
         st("förvaltningschef", "förvaltningschefen", NONE, None, "leda", "leder",
            "arbetet som chef"),
         st("förvaltningschef", "förvaltningschefen", RESP, "ansvarar för", "ansvara",
            "ansvarar", "budgeten")]),
    rec("som-4", "1", "Regionstyrelsen företräder regionen som helhet, leder förvaltningen och "
        "har uppsikt över bolagen.",
        [("Regionstyrelsen", "regionstyrelse", POL), ("regionen", "region", ORG),
         ("förvaltningen", "förvaltning", FORV), ("bolagen", "bolag", ORG)],
        [pres("företräder", "företräda"), pres("leder", "leda"), HAR],
        [st("regionstyrelse", "Regionstyrelsen", NONE, None, "företräda", "företräder",
            "regionen som helhet"),
         st("regionstyrelse", "Regionstyrelsen", NONE, None, "leda", "leder", "förvaltningen"),
         st("regionstyrelse", "Regionstyrelsen", NONE, None, "ha", "har",
            "uppsikt över bolagen")]),
    # negative: `som` + bare noun + finite verb is a relative clause
    rec("som-n1", "1", "Nämnden följer upp de avtal som förvaltningar tecknar.",
        [("Nämnden", "nämnd", POL), ("förvaltningar", "förvaltning", FORV)],
        [pres("följer", "följa"), pres("tecknar", "teckna")],
        [st("nämnd", "Nämnden", NONE, None, "följa", "följer",
            "de avtal som förvaltningar tecknar")]),
]

# E: fronted time phrase + V2 passive + agent as a later main clause.
V2 = [
    rec("v2-1", "1", "Förvaltningen har 200 anställda, och sedan i år leds förvaltningen av en "
        "förvaltningschef.",
        [("Förvaltningen", "förvaltning", FORV), ("anställda", "anställd", TJP),
         ("förvaltningen", "förvaltning", FORV), ("förvaltningschef", "förvaltningschef", TJP)],
        [HAR, pres("leds", "leda", "pass")],
        [st("förvaltning", "Förvaltningen", NONE, None, "ha", "har", "200 anställda"),
         st("förvaltningschef", "förvaltningschef", NONE, None, "leda", "leds",
            "förvaltningen", passive=True)]),
    rec("v2-2", "1", "Nämnden har nio ledamöter, men sedan 2024 utses ordföranden av "
        "kommunfullmäktige.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
         ("ordföranden", "ordförande", FTV), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [HAR, pres("utses", "utse", "pass")],
        [st("nämnd", "Nämnden", NONE, None, "ha", "har", "nio ledamöter"),
         st("kommunfullmäktige", "kommunfullmäktige", NONE, None, "utse", "utses",
            "ordföranden", passive=True)]),
    rec("v2-3", "1", "Bolaget har en egen styrelse; sedan 2022 ägs bolaget av regionen.",
        [("Bolaget", "bolag", ORG), ("styrelse", "styrelse", POL), ("bolaget", "bolag", ORG),
         ("regionen", "region", ORG)],
        [HAR, pres("ägs", "äga", "pass")],
        [st("bolag", "Bolaget", NONE, None, "ha", "har", "en egen styrelse"),
         st("region", "regionen", NONE, None, "äga", "ägs", "bolaget", passive=True)]),
    rec("v2-4", "1", "Utskottet bereder ärendena, och i maj fastställs budgeten av "
        "regionfullmäktige.",
        [("Utskottet", "utskott", POL), ("regionfullmäktige", "regionfullmäktige", POL)],
        [pres("bereder", "bereda"), pres("fastställs", "fastställa", "pass")],
        [st("utskott", "Utskottet", NONE, None, "bereda", "bereder", "ärendena"),
         st("regionfullmäktige", "regionfullmäktige", NONE, None, "fastställa", "fastställs",
            "budgeten", passive=True)]),
    # negative: agentless passives
    rec("v2-n1", "1", "Förbundet bildades 2019, och sedan dess leds arbetet från kansliet.",
        [("Förbundet", "förbund", ORG), ("kansliet", "kansli", FORV)],
        [past("bildades", "bilda", "pass"), pres("leds", "leda", "pass")]),
]

# F: an article-less role as the agent.
ROLL = [
    rec("roll-1", "1", "Vid rektors frånvaro leds mötet av biträdande rektor.",
        [("rektors", "rektor", TJP), ("biträdande rektor", "biträdande rektor", TJP)],
        [pres("leds", "leda", "pass")],
        [st("biträdande rektor", "biträdande rektor", NONE, None, "leda", "leds", "mötet",
            passive=True)]),
    rec("roll-2", "1", "Vid förhinder för ordföranden leds sammanträdet av vice ordförande.",
        [("ordföranden", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV)],
        [pres("leds", "leda", "pass")],
        [st("vice ordförande", "vice ordförande", NONE, None, "leda", "leds", "sammanträdet",
            passive=True)]),
    rec("roll-3", "1", "Under semestern sköts ärendena av ställföreträdande förvaltningschef.",
        [("ställföreträdande förvaltningschef", "ställföreträdande förvaltningschef", TJP)],
        [pres("sköts", "sköta", "pass")],
        [st("ställföreträdande förvaltningschef", "ställföreträdande förvaltningschef", NONE,
            None, "sköta", "sköts", "ärendena", passive=True)]),
    rec("roll-4", "1", "Kommundirektören har ansvar för arbetet, och vid förfall sköts "
        "uppdraget av biträdande kommundirektör.",
        [("Kommundirektören", "kommundirektör", TJP),
         ("biträdande kommundirektör", "biträdande kommundirektör", TJP)],
        [HAR, pres("sköts", "sköta", "pass")],
        [st("kommundirektör", "Kommundirektören", RESP, "har ansvar för", "ansvara", "har",
            "arbetet"),
         st("biträdande kommundirektör", "biträdande kommundirektör", NONE, None, "sköta",
            "sköts", "uppdraget", passive=True)]),
]

if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/w57-j.jsonl", [*PP_V2, *DISTR, *TAL, *SOM, *V2, *ROLL])
