"""Builds corpus/dev/w58-b.jsonl and the pages corpus/dev/w58-b-*.txt with their gold: invented
material for round 58, writer w58b (analysis58-cr causes C1, C2, C4, C6, C8 and rulings R2, R3),
annotated by hand from docs/annotation.md before any rule was run on it.
C1 `rad-*`: a bare definite `Rådet` in a document that names one `-råd` body and a `-råd` person
title (`kommunalrådet Eva Ek`, `Oppositionsrådet Per Holm`, `regionrådet Lena Sand`, a plain
`kommunalrådet`): `Rådet` is the body (§2.3 round 14; a kommunalråd is a person; `i kommunen`
after a fronted `I` or a non-actor noun the territory, no actor), at sentence start (3rd
sentence), V2 after a fronted phrase, the 2nd main clause after `, och` / `, men`, an
`av`-agent, and on the page `w58-b-radsida` a `Rådet ska:` lead-in over list items; negatives
`rad-n1` (two real råd bodies: `råd`) and `rad-n2` (only the person title: `råd`).
C2 `task-*`: `Rådet för <task> (<ACRONYM>)` (also between commas), its acronym spelled by the
initials of its compound parts (`RÄF`: äldre|frågor): one name span, canonical the phrase lower
case (§2.3 round 30 C3), also where written again in full without the acronym, as the title of
the page `w58-b-rfh`, as an `av`-agent, V2 after a fronted phrase, in apposition; a later
`Rådet` is the name; negative `task-n1` (no acronym: `råd`).
C4 + R3 `gem-*`: `en gemensam <X>nämnd kallad N` / `, benämnd N`: the kind noun's canonical is
the name and a later `den gemensamma nämnden` is it (the 2nd main clause after `och` / `, men`,
V2, an `av`-agent, a colon lead-in over items on the page `w58-b-lonenamnd`, whose title writes
the hyphenated place pair + body compound as one name span); the name after the participle no
actor; negative `gem-n1` (no naming: `gemensam nämnd`).
C6 `rorelse-*`: `-rörelse` compounds are organisations (§2.1: like the `-organisation`
compounds), at sentence start, V2, the 2nd main clause after `, och`, an `av`-agent, a series,
a plural; negatives `rorelse-n1..n3` (the bare noun and a business compound: none).
C8 + R2 the page `w58-b-valnamnd`: an article-less `ordförande`/`vice ordförande` as a subject
before or after its finite verb (sentence start, V2, the 2nd main clause after `, och`) names
the office, bare canonical; the definite `Ordföranden` and `Ordförande i valnämnden` keep the
body's chair (the negatives).
Offsets computed. Run: python corpus/make_w58_b.py corpus/dev"""

import sys

from records import (
    FAR,
    FTV,
    HAR,
    KAN,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    list_item_maker,
    pres,
    records_for,
    sup,
    write_part,
)
from records import statement as st

FORV, OVR = "förvaltningsorganisation", "övrig"
NONE, OB, PERM, RESP = "none", "obligation", "permission", "responsibility"
AR = ("är", "vara", "pres", "act")

rec = records_for("w58-b", conditions_from_statements=True, check_texts=True)
# items take the lead-in's subject and modal, written in the lead-in: no text check
item = list_item_maker(records_for("w58-b", conditions_from_statements=True), "•")


def one(doc, text, actors=(), verbs=(), statements=()):
    """A document of one paragraph (scored as a single paragraph)."""
    return rec("1", text, actors, verbs, statements, doc=f"w58-b-{doc}")


def past(word, lemma):
    return (word, lemma, "past", "act", 0)


def passive(word, lemma):
    return (word, lemma, "pres", "pass", 0)


# C1: a -råd person title is no second råd body.
IMR, UR, KFR, PR, SR = ("integrations- och mångfaldsråd", "ungdomsråd", "kultur- och föreningsråd",
                        "pensionärsråd", "seniorråd")
RAD = [
    one("rad-1", "Kommunens integrations- och mångfaldsråd är ett forum för samråd. Kommunalrådet "
        "Eva Ek leder mötena. Rådet sammanträder fyra gånger per år.",
        [("Kommunens", "kommun", ORG), (IMR, IMR, POL), ("Kommunalrådet", "kommunalråd", FTV),
         ("Rådet", IMR, POL)],
        [AR, pres("leder", "leda"), pres("sammanträder", "sammanträda")],
        [st(IMR, IMR, NONE, None, "vara", "är", "ett forum för samråd"),
         st("kommunalråd", "Kommunalrådet", NONE, None, "leda", "leder", "mötena"),
         st(IMR, "Rådet", NONE, None, "sammanträda", "sammanträder", "fyra gånger per år")]),
    one("rad-2", "Stadens ungdomsråd har tolv ledamöter. Oppositionsrådet Per Holm deltar i "
        "mötena. Inför varje möte ska rådet få handlingarna i tid.",
        [("Stadens", "stad", ORG), ("ungdomsråd", UR, POL), ("ledamöter", "ledamot", FTV),
         ("Oppositionsrådet", "oppositionsråd", FTV), ("rådet", UR, POL)],
        [HAR, pres("deltar", "delta"), SKA, inf("få")],
        [st(UR, "ungdomsråd", NONE, None, "ha", "har", "tolv ledamöter"),
         st("oppositionsråd", "Oppositionsrådet", NONE, None, "delta", "deltar", "i mötena"),
         st(UR, "rådet", OB, "ska", "få", "få", "handlingarna i tid")]),
    one("rad-3", "Regionens kultur- och föreningsråd träffas varje månad. Mötet leds av "
        "regionrådet Lena Sand, och rådet lämnar sina yttranden till nämnderna.",
        [("Regionens", "region", ORG), (KFR, KFR, POL), ("regionrådet", "regionråd", FTV),
         ("rådet", KFR, POL), ("nämnderna", "nämnd", POL)],
        [pres("träffas"), passive("leds", "leda"), pres("lämnar", "lämna")],
        [st(KFR, KFR, NONE, None, "träffas", "träffas", "varje månad"),
         st("regionråd", "regionrådet", NONE, None, "leda", "leds", "Mötet", passive=True),
         st(KFR, "rådet", NONE, None, "lämna", "lämnar", "sina yttranden till nämnderna")]),
    one("rad-4", "Kommunens pensionärsråd samråder med kommunalrådet varje månad. Yttranden över "
        "planer lämnas av rådet.",
        [("Kommunens", "kommun", ORG), ("pensionärsråd", PR, POL),
         ("kommunalrådet", "kommunalråd", FTV), ("rådet", PR, POL)],
        [pres("samråder", "samråda"), passive("lämnas", "lämna")],
        [st(PR, "pensionärsråd", NONE, None, "samråda", "samråder",
            "med kommunalrådet varje månad"),
         st(PR, "rådet", NONE, None, "lämna", "lämnas", "Yttranden över planer",
            passive=True)]),
    one("rad-5", "Stadens seniorråd träffas varje kvartal. Oppositionsrådet Anna Lund deltar "
        "ofta, men rådet fattar sina beslut i samförstånd.",
        [("Stadens", "stad", ORG), ("seniorråd", SR, POL),
         ("Oppositionsrådet", "oppositionsråd", FTV), ("rådet", SR, POL)],
        [pres("träffas"), pres("deltar", "delta"), pres("fattar", "fatta")],
        [st(SR, "seniorråd", NONE, None, "träffas", "träffas", "varje kvartal"),
         st("oppositionsråd", "Oppositionsrådet", NONE, None, "delta", "deltar", "ofta"),
         st(SR, "rådet", NONE, None, "fatta", "fattar", "sina beslut i samförstånd")]),
    one("rad-n1", "Kommunen har ett pensionärsråd och ett ungdomsråd. Kommunalrådet Eva Ek leder "
        "båda. Rådet sammanträder fyra gånger per år.",
        [("Kommunen", "kommun", ORG), ("pensionärsråd", PR, POL), ("ungdomsråd", UR, POL),
         ("Kommunalrådet", "kommunalråd", FTV), ("Rådet", "råd", POL)],
        [HAR, pres("leder", "leda"), pres("sammanträder", "sammanträda")],
        [st("kommun", "Kommunen", NONE, None, "ha", "har", "ett pensionärsråd och ett ungdomsråd"),
         st("kommunalråd", "Kommunalrådet", NONE, None, "leda", "leder", "båda"),
         st("råd", "Rådet", NONE, None, "sammanträda", "sammanträder", "fyra gånger per år")]),
    one("rad-n2", "Kommunalrådet Eva Ek leder kommunstyrelsen. Rådet sammanträder varje månad.",
        [("Kommunalrådet", "kommunalråd", FTV), ("kommunstyrelsen", "kommunstyrelse", POL),
         ("Rådet", "råd", POL)],
        [pres("leder", "leda"), pres("sammanträder", "sammanträda")],
        [st("kommunalråd", "Kommunalrådet", NONE, None, "leda", "leder", "kommunstyrelsen"),
         st("råd", "Rådet", NONE, None, "sammanträda", "sammanträder", "varje månad")]),
]

# C1 on a page: a `Rådet ska:` lead-in over list items.
D = "w58-b-radsida"
TR = "tillgänglighetsråd"
RADSIDA_LINES = [
    "Om rådet",
    "Kommunens tillgänglighetsråd träffas fyra gånger per år. Kommunalrådet Eva Ek kallar till "
    "mötena.",
    "Rådet ska:",
    "• följa frågor om tillgänglighet",
    "• lämna synpunkter till kommunstyrelsen",
]
RADSIDA = [
    rec("title", RADSIDA_LINES[0], [("rådet", TR, POL)], doc=D, kind="heading"),
    rec("1", RADSIDA_LINES[1], [("Kommunens", "kommun", ORG), (TR, TR, POL),
                                ("Kommunalrådet", "kommunalråd", FTV)],
        [pres("träffas"), pres("kallar", "kalla")],
        [st(TR, TR, NONE, None, "träffas", "träffas", "fyra gånger per år"),
         st("kommunalråd", "Kommunalrådet", NONE, None, "kalla", "kallar", "till mötena")],
        doc=D, parent="title"),
    rec("2", RADSIDA_LINES[2], [("Rådet", TR, POL)], [SKA], doc=D, parent="title"),
    item("2.a", "följa frågor om tillgänglighet", [], [inf("följa")],
         [st(TR, "Rådet", OB, "ska", "följa", "följa", "frågor om tillgänglighet")],
         doc=D, parent="2"),
    item("2.b", "lämna synpunkter till kommunstyrelsen",
         [("kommunstyrelsen", "kommunstyrelse", POL)], [inf("lämna")],
         [st(TR, "Rådet", OB, "ska", "lämna", "lämna", "synpunkter till kommunstyrelsen")],
         doc=D, parent="2"),
]

# C2: `Rådet för <task> (<ACRONYM>)` is a name.
RAF, RSF, RIF, RKF, RUF = ("rådet för äldrefrågor", "rådet för seniorfrågor",
                           "rådet för idrottsfrågor", "rådet för kulturfrågor",
                           "rådet för ungdomsfrågor")
TASK = [
    one("task-1", "Rådet för äldrefrågor (RÄF) är ett organ för samråd mellan kommunen och "
        "föreningarna.",
        [("Rådet för äldrefrågor", RAF, POL), ("RÄF", RAF, POL), ("kommunen", "kommun", ORG),
         ("föreningarna", "förening", ORG)],
        [AR],
        [st(RAF, "Rådet för äldrefrågor", NONE, None, "vara", "är",
            "ett organ för samråd mellan kommunen och föreningarna")]),
    one("task-2", "Rådet för seniorfrågor (RSF) träffas varje månad. Enligt reglementet ska "
        "Rådet för seniorfrågor yttra sig över budgeten, och RSF får lämna förslag till "
        "nämnderna.",
        [("Rådet för seniorfrågor", RSF, POL), ("RSF", RSF, POL),
         ("Rådet för seniorfrågor", RSF, POL, 1), ("RSF", RSF, POL, 1),
         ("nämnderna", "nämnd", POL)],
        [pres("träffas"), SKA, inf("yttra"), FAR, inf("lämna")],
        [st(RSF, "Rådet för seniorfrågor", NONE, None, "träffas", "träffas", "varje månad"),
         st(RSF, "Rådet för seniorfrågor", OB, "ska", "yttra", "yttra", "sig över budgeten",
            condition="Enligt reglementet"),
         st(RSF, "RSF", PERM, "får", "lämna", "lämna", "förslag till nämnderna")]),
    one("task-3", "Kommunen inrättade Rådet för idrottsfrågor (RIF) år 2030. Rådet har nio "
        "ledamöter. Förslagen bereds av Rådet för idrottsfrågor.",
        [("Kommunen", "kommun", ORG), ("Rådet för idrottsfrågor", RIF, POL), ("RIF", RIF, POL),
         ("Rådet", RIF, POL, 1), ("ledamöter", "ledamot", FTV),
         ("Rådet för idrottsfrågor", RIF, POL, 1)],
        [past("inrättade", "inrätta"), HAR, passive("bereds", "bereda")],
        [st("kommun", "Kommunen", NONE, None, "inrätta", "inrättade",
            "Rådet för idrottsfrågor (RIF) år 2030"),
         st(RIF, "Rådet", NONE, None, "ha", "har", "nio ledamöter"),
         st(RIF, "Rådet för idrottsfrågor", NONE, None, "bereda", "bereds", "Förslagen",
            passive=True)]),
    one("task-4", "I kommunen finns sedan 2020 Rådet för kulturfrågor, RKF. RKF sammanträder "
        "fyra gånger per år.",
        [("Rådet för kulturfrågor", RKF, POL), ("RKF", RKF, POL),
         ("RKF", RKF, POL, 1)],
        [pres("finns", "finnas"), pres("sammanträder", "sammanträda")],
        [st(RKF, "Rådet för kulturfrågor", NONE, None, "finnas", "finns",
            "sedan 2020"),
         st(RKF, "RKF", NONE, None, "sammanträda", "sammanträder", "fyra gånger per år")]),
    one("task-5", "Kommunen har ett råd för unga, Rådet för ungdomsfrågor (RUF). RUF lämnar "
        "synpunkter till kommunstyrelsen.",
        [("Kommunen", "kommun", ORG), ("Rådet för ungdomsfrågor", RUF, POL), ("RUF", RUF, POL),
         ("RUF", RUF, POL, 1), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [HAR, pres("lämnar", "lämna")],
        [st("kommun", "Kommunen", NONE, None, "ha", "har",
            "ett råd för unga, Rådet för ungdomsfrågor (RUF)"),
         st(RUF, "RUF", NONE, None, "lämna", "lämnar", "synpunkter till kommunstyrelsen")]),
    one("task-n1", "Rådet för hållbar utveckling är ett organ för samråd. Rådet sammanträder två "
        "gånger per år.",
        [("Rådet", "råd", POL), ("Rådet", "råd", POL, 1)],
        [AR, pres("sammanträder", "sammanträda")],
        [st("råd", "Rådet", NONE, None, "vara", "är", "ett organ för samråd"),
         st("råd", "Rådet", NONE, None, "sammanträda", "sammanträder", "två gånger per år")]),
]

# C2 on a page whose title is the task name.
D = "w58-b-rfh"
RFH = "rådet för funktionshinderfrågor"
RFH_LINES = [
    "Rådet för funktionshinderfrågor",
    "Rådet för funktionshinderfrågor (RFH) är ett organ för samråd med föreningarna.",
    "Rådet sammanträder fyra gånger per år. Kallelsen skickas ut av kansliet.",
]
RFH_PAGE = [
    rec("title", RFH_LINES[0], [("Rådet för funktionshinderfrågor", RFH, POL)], doc=D,
        kind="heading"),
    rec("1", RFH_LINES[1], [("Rådet för funktionshinderfrågor", RFH, POL), ("RFH", RFH, POL),
                            ("föreningarna", "förening", ORG)],
        [AR],
        [st(RFH, "Rådet för funktionshinderfrågor", NONE, None, "vara", "är",
            "ett organ för samråd med föreningarna")], doc=D, parent="title"),
    rec("2", RFH_LINES[2], [("Rådet", RFH, POL), ("kansliet", "kansli", FORV)],
        [pres("sammanträder", "sammanträda"), passive("skickas", "skicka")],
        [st(RFH, "Rådet", NONE, None, "sammanträda", "sammanträder", "fyra gånger per år"),
         st("kansli", "kansliet", NONE, None, "skicka", "skickas", "Kallelsen",
            passive=True)], doc=D, parent="title"),
]

# C4 + R3: an indefinite body kind named by a participle.
ESS, ELN, NVO, TGT = ("ekby-sjövik servicenämnd", "ekbygdens lönenämnd",
                      "norrby-västby överförmyndarnämnd", "tallby-granby tolknämnd")
GEM = [
    one("gem-1", "Ekby och Sjövik kommuner inrättar en gemensam servicenämnd kallad Ekby-Sjövik "
        "servicenämnd. Ekby kommun är värdkommun och den gemensamma nämnden ingår i Ekby kommuns "
        "organisation.",
        [("Ekby", "ekby kommun", ORG), ("Sjövik kommuner", "sjövik kommun", ORG),
         ("gemensam servicenämnd", ESS, POL), ("Ekby kommun", "ekby kommun", ORG),
         ("gemensamma nämnden", ESS, POL), ("Ekby kommuns", "ekby kommun", ORG)],
        [pres("inrättar", "inrätta"), AR, pres("ingår", "ingå")],
        [st("ekby kommun", "Ekby", NONE, None, "inrätta", "inrättar",
            "en gemensam servicenämnd kallad Ekby-Sjövik servicenämnd"),
         st("sjövik kommun", "Sjövik kommuner", NONE, None, "inrätta", "inrättar",
            "en gemensam servicenämnd kallad Ekby-Sjövik servicenämnd"),
         st("ekby kommun", "Ekby kommun", NONE, None, "vara", "är", "värdkommun"),
         st(ESS, "gemensamma nämnden", NONE, None, "ingå", "ingår",
            "i Ekby kommuns organisation")]),
    one("gem-2", "Kommunerna har bildat en gemensam nämnd, benämnd Ekbygdens lönenämnd. Enligt "
        "avtalet ska den gemensamma nämnden samråda med kommunstyrelserna.",
        [("Kommunerna", "kommun", ORG), ("gemensam nämnd", ELN, POL),
         ("gemensamma nämnden", ELN, POL), ("kommunstyrelserna", "kommunstyrelse", POL)],
        [HAR, sup("bildat", "bilda"), SKA, inf("samråda")],
        [st("kommun", "Kommunerna", NONE, None, "bilda", "bildat",
            "en gemensam nämnd, benämnd Ekbygdens lönenämnd"),
         st(ELN, "gemensamma nämnden", OB, "ska", "samråda", "samråda",
            "med kommunstyrelserna", condition="Enligt avtalet")]),
    one("gem-3", "Norrby och Västby kommuner har en gemensam överförmyndarnämnd kallad "
        "Norrby-Västby överförmyndarnämnd. Handläggarna förbereder ärendena. Beslut om arvoden "
        "fattas av den gemensamma nämnden.",
        [("Norrby", "norrby kommun", ORG), ("Västby kommuner", "västby kommun", ORG),
         ("gemensam överförmyndarnämnd", NVO, POL), ("Handläggarna", "handläggare", TJP),
         ("gemensamma nämnden", NVO, POL)],
        [HAR, pres("förbereder", "förbereda"), passive("fattas", "fatta")],
        [st("norrby kommun", "Norrby", NONE, None, "ha", "har",
            "en gemensam överförmyndarnämnd kallad Norrby-Västby överförmyndarnämnd"),
         st("västby kommun", "Västby kommuner", NONE, None, "ha", "har",
            "en gemensam överförmyndarnämnd kallad Norrby-Västby överförmyndarnämnd"),
         st("handläggare", "Handläggarna", NONE, None, "förbereda", "förbereder", "ärendena"),
         st(NVO, "gemensamma nämnden", NONE, None, "fatta", "fattas", "Beslut om arvoden",
            passive=True)]),
    one("gem-4", "Tallby och Granby kommuner har en gemensam nämnd kallad Tallby-Granby "
        "tolknämnd. Kommunerna betalar kostnaderna, men den gemensamma nämnden fattar besluten.",
        [("Tallby", "tallby kommun", ORG), ("Granby kommuner", "granby kommun", ORG),
         ("gemensam nämnd", TGT, POL), ("Kommunerna", "kommun", ORG),
         ("gemensamma nämnden", TGT, POL)],
        [HAR, pres("betalar", "betala"), pres("fattar", "fatta")],
        [st("tallby kommun", "Tallby", NONE, None, "ha", "har",
            "en gemensam nämnd kallad Tallby-Granby tolknämnd"),
         st("granby kommun", "Granby kommuner", NONE, None, "ha", "har",
            "en gemensam nämnd kallad Tallby-Granby tolknämnd"),
         st("kommun", "Kommunerna", NONE, None, "betala", "betalar", "kostnaderna"),
         st(TGT, "gemensamma nämnden", NONE, None, "fatta", "fattar", "besluten")]),
    one("gem-n1", "Norrby kommun och Västby kommun har en gemensam nämnd. Den gemensamma nämnden "
        "ska samråda med kommunstyrelserna.",
        [("Norrby kommun", "norrby kommun", ORG), ("Västby kommun", "västby kommun", ORG),
         ("gemensam nämnd", "gemensam nämnd", POL),
         ("gemensamma nämnden", "gemensam nämnd", POL),
         ("kommunstyrelserna", "kommunstyrelse", POL)],
        [HAR, SKA, inf("samråda")],
        [st("norrby kommun", "Norrby kommun", NONE, None, "ha", "har", "en gemensam nämnd"),
         st("västby kommun", "Västby kommun", NONE, None, "ha", "har", "en gemensam nämnd"),
         st("gemensam nämnd", "gemensamma nämnden", OB, "ska", "samråda", "samråda",
            "med kommunstyrelserna")]),
]

# C4 + R3 on a page: the title's name span and a lead-in over items.
D = "w58-b-lonenamnd"
EAL = "ekby-åby lönenämnd"
LON_LINES = [
    "Reglemente för Ekby-Åby lönenämnd",
    "Ekby och Åby kommuner har inrättat en gemensam lönenämnd kallad Ekby-Åby lönenämnd.",
    "Den gemensamma nämnden ska:",
    "• föra register över anställningsavtal",
    "• lämna en årlig rapport till kommunerna",
]
LONENAMND = [
    rec("title", LON_LINES[0], [("Ekby-Åby lönenämnd", EAL, POL)], doc=D, kind="heading"),
    rec("1", LON_LINES[1], [("Ekby", "ekby kommun", ORG), ("Åby kommuner", "åby kommun", ORG),
                            ("gemensam lönenämnd", EAL, POL)],
        [HAR, sup("inrättat", "inrätta")],
        [st("ekby kommun", "Ekby", NONE, None, "inrätta", "inrättat",
            "en gemensam lönenämnd kallad Ekby-Åby lönenämnd"),
         st("åby kommun", "Åby kommuner", NONE, None, "inrätta", "inrättat",
            "en gemensam lönenämnd kallad Ekby-Åby lönenämnd")], doc=D, parent="title"),
    rec("2", LON_LINES[2], [("gemensamma nämnden", EAL, POL)], [SKA], doc=D, parent="title"),
    item("2.a", "föra register över anställningsavtal", [], [inf("föra")],
         [st(EAL, "gemensamma nämnden", OB, "ska", "föra", "föra",
             "register över anställningsavtal")], doc=D, parent="2"),
    item("2.b", "lämna en årlig rapport till kommunerna", [("kommunerna", "kommun", ORG)],
         [inf("lämna")],
         [st(EAL, "gemensamma nämnden", OB, "ska", "lämna", "lämna",
             "en årlig rapport till kommunerna")], doc=D, parent="2"),
]

# C6: -rörelse compounds are organisations.
RORELSE = [
    one("rorelse-1", "Pensionärsrörelsen kan lämna synpunkter på budgeten.",
        [("Pensionärsrörelsen", "pensionärsrörelse", ORG)], [KAN, inf("lämna")],
        [st("pensionärsrörelse", "Pensionärsrörelsen", PERM, "kan", "lämna", "lämna",
            "synpunkter på budgeten")]),
    one("rorelse-2", "I rådet kan funktionshindersrörelsen påverka besluten.",
        [("rådet", "råd", POL), ("funktionshindersrörelsen", "funktionshindersrörelse", ORG)],
        [KAN, inf("påverka")],
        [st("funktionshindersrörelse", "funktionshindersrörelsen", PERM, "kan", "påverka",
            "påverka", "besluten")]),
    one("rorelse-3", "Rådet träffar föreningarna, och kvinnorörelsen får delta i mötena.",
        [("Rådet", "råd", POL), ("föreningarna", "förening", ORG),
         ("kvinnorörelsen", "kvinnorörelse", ORG)],
        [pres("träffar", "träffa"), FAR, inf("delta")],
        [st("råd", "Rådet", NONE, None, "träffa", "träffar", "föreningarna"),
         st("kvinnorörelse", "kvinnorörelsen", PERM, "får", "delta", "delta", "i mötena")]),
    one("rorelse-4", "Synpunkterna lämnas av idrottsrörelsen.",
        [("idrottsrörelsen", "idrottsrörelse", ORG)], [passive("lämnas", "lämna")],
        [st("idrottsrörelse", "idrottsrörelsen", NONE, None, "lämna", "lämnas", "Synpunkterna",
            passive=True)]),
    one("rorelse-5", "Handikapprörelsen och pensionärsorganisationerna ska utse representanter.",
        [("Handikapprörelsen", "handikapprörelse", ORG),
         ("pensionärsorganisationerna", "pensionärsorganisation", ORG),
         ("representanter", "representant", OVR)],
        [SKA, inf("utse")],
        [st("handikapprörelse", "Handikapprörelsen", OB, "ska", "utse", "utse",
            "representanter"),
         st("pensionärsorganisation", "pensionärsorganisationerna", OB, "ska", "utse", "utse",
            "representanter")]),
    one("rorelse-6", "Folkrörelserna i kommunen får ansöka om bidrag.",
        [("Folkrörelserna", "folkrörelse", ORG), ("kommunen", "kommun", ORG)],
        [FAR, inf("ansöka")],
        [st("folkrörelse", "Folkrörelserna", PERM, "får", "ansöka", "ansöka", "om bidrag")]),
    one("rorelse-n1", "Bolaget får driva rörelse inom fastighetsområdet.",
        [("Bolaget", "bolag", ORG)], [FAR, inf("driva")],
        [st("bolag", "Bolaget", PERM, "får", "driva", "driva",
            "rörelse inom fastighetsområdet")]),
    one("rorelse-n2", "Kassans rörelse redovisas månadsvis.", [],
        [passive("redovisas", "redovisa")]),
    one("rorelse-n3", "Bolaget får driva bankrörelse.",
        [("Bolaget", "bolag", ORG)], [FAR, inf("driva")],
        [st("bolag", "Bolaget", PERM, "får", "driva", "driva", "bankrörelse")]),
]

# C8 + R2: an article-less chair names the office.
D = "w58-b-valnamnd"
VN = "valnämnd"
VAL_LINES = [
    "Reglemente för valnämnden",
    "Valnämnden ansvarar för de allmänna valen i kommunen.",
    "Ordförande kallar till sammanträde. Vid förfall leder vice ordförande sammanträdet.",
    "Kansliet skickar ut kallelsen, och vice ordförande justerar protokollet.",
    "Ordföranden får besluta i brådskande ärenden. Ordförande i valnämnden ska underteckna "
    "protokollet.",
]
VALNAMND = [
    rec("title", VAL_LINES[0], [("valnämnden", VN, POL)], doc=D, kind="heading"),
    rec("1", VAL_LINES[1], [("Valnämnden", VN, POL)],
        [pres("ansvarar", "ansvara")],
        [st(VN, "Valnämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
            "de allmänna valen i kommunen")], doc=D, parent="title"),
    rec("2", VAL_LINES[2], [("Ordförande", "ordförande", FTV),
                            ("vice ordförande", "vice ordförande", FTV)],
        [pres("kallar", "kalla"), pres("leder", "leda")],
        [st("ordförande", "Ordförande", NONE, None, "kalla", "kallar", "till sammanträde"),
         st("vice ordförande", "vice ordförande", NONE, None, "leda", "leder", "sammanträdet",
            condition="Vid förfall")], doc=D, parent="title"),
    rec("3", VAL_LINES[3], [("Kansliet", "kansli", FORV),
                            ("vice ordförande", "vice ordförande", FTV)],
        [pres("skickar", "skicka"), pres("justerar", "justera")],
        [st("kansli", "Kansliet", NONE, None, "skicka", "skickar", "ut kallelsen"),
         st("vice ordförande", "vice ordförande", NONE, None, "justera", "justerar",
            "protokollet")], doc=D, parent="title"),
    rec("4", VAL_LINES[4], [("Ordföranden", "valnämndens ordförande", FTV),
                            ("Ordförande", "valnämndens ordförande", FTV),
                            ("valnämnden", VN, POL)],
        [FAR, inf("besluta"), SKA, inf("underteckna")],
        [st("valnämndens ordförande", "Ordföranden", PERM, "får", "besluta", "besluta",
            "i brådskande ärenden"),
         st("valnämndens ordförande", "Ordförande", OB, "ska", "underteckna", "underteckna",
            "protokollet")], doc=D, parent="title"),
]

DOCUMENTS = {
    "w58-b-radsida": ("\n\n".join(RADSIDA_LINES[:3]) + "\n\n" + "\n".join(RADSIDA_LINES[3:])
                      + "\n", RADSIDA),
    "w58-b-rfh": ("\n\n".join(RFH_LINES) + "\n", RFH_PAGE),
    "w58-b-lonenamnd": ("\n\n".join(LON_LINES[:3]) + "\n\n" + "\n".join(LON_LINES[3:]) + "\n",
                        LONENAMND),
    "w58-b-valnamnd": ("\n\n".join(VAL_LINES) + "\n", VALNAMND),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w58-b", DOCUMENTS, after=[*RAD, *TASK, *GEM, *RORELSE])
