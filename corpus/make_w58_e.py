"""Builds corpus/dev/w58-e.jsonl with its gold: invented material for round 58, writer w58e
(analysis58-cs causes C3 + ruling R3, C5, C2, C4). C3 `alias-*`: a company name with its short
name in brackets that carries its own legal form (`Ekby Vattenverk AB (Evab AB)`): the bracket
and every later mention of the short name take the full name's canonical (§2.5 round 33, round
57 zz3), at the sentence start, in V2 after a fronted time phrase, in the 2nd main clause after
`, och`, as a paragraph's 3rd sentence (after an object mention) and as a passive's `av`-agent;
negatives `alias-n1` (a bracket repeating the name's words, kept) and `alias-n2` (a bracketed
phrase between two companies is no alias). R3 `skr-*`: a name written in lower case after its
first word with the acronym of its content words in brackets (`Sveriges kommuner och regioner
(SKR)`) is one name, the acronym its alias there and later (round 58 R3); negative `skr-n1`:
words all in lower case before a bracketed acronym stay common nouns. C5 `v2-*`: a clause
opening with a non-actor noun phrase (a page-broken tail of a fronted phrase, a fronted object),
the finite verb, then the actor subject (§5.1: the actor after the verb is the subject), also in
a series and after `, och`; negative `v2-n1`: the actor after the verb is an object. C2
`vikt-*`: `Det är av vikt / viktigt att <inf> … de N som <actor> V`: the `som`-clause is a
relative on a noun inside the extraposed `att`-clause, no cleft, no statement (§5.1); negative
`vikt-n1`: a true adverbial cleft. C4 `antal-*`: `Ett (adj) antal N` as subject is a quantity
head (§5.3 round 4): no statement; negative `antal-n1`: the phrase as an object. C8 `bolag-*`: a
body compound opening a company name (`Kulturrådet Norrdal AB`) is one name, at the start, in V2
after `, och`, as an `av`-agent in a series; negative `bolag-n1`: the body and a company
coordinated. C9 `region-*`: a region named by a `-regionen` compound (`Västra Ekslättsregionen`)
is the referent of a later bare `regionen`, `regionens` (a 2nd sentence, V2 after `, och`);
negative `region-n1`: an indefinite `region`. Gold by hand from docs/annotation.md §2.1, §2.5,
§5.1, §5.2, §5.3 before any run. Offsets computed. Run: python corpus/make_w58_e.py corpus/dev"""

import sys

from records import FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

NONE, OB, PERM = "none", "obligation", "permission"
AR = ("är", "vara", "pres", "act")
FAR = ("får", "få", "pres", "act")


def rec(doc, cid, *args, **kwargs):
    return records_for(f"w58-e-{doc}", check_texts=True, conditions_from_statements=True)(
        cid, *args, **kwargs)


def pas(word, lemma):
    return pres(word, lemma, "pass")


# C3: a bracketed short name with its own legal form is the full name's alias.
ALIAS = [
    rec("alias-1", "1", "Ekby Vattenverk AB (Evab AB) driver kommunens vattenverk. Evab AB ska "
        "redovisa resultatet varje år.",
        [("Ekby Vattenverk AB", "ekby vattenverk ab", ORG),
         ("Evab AB", "ekby vattenverk ab", ORG), ("kommunens", "kommun", ORG),
         ("Evab AB", "ekby vattenverk ab", ORG, 1)],
        [pres("driver", "driva"), SKA, inf("redovisa")],
        [st("ekby vattenverk ab", "Ekby Vattenverk AB", NONE, None, "driva", "driver",
            "kommunens vattenverk"),
         st("ekby vattenverk ab", "Evab AB", OB, "ska", "redovisa", "redovisa",
            "resultatet varje år")]),
    rec("alias-2", "1", "Kommunen äger Sörby Hamn AB (Sohab AB). Varje år ska Sohab AB lämna "
        "en rapport, och Sohab AB får inte låna pengar.",
        [("Kommunen", "kommun", ORG), ("Sörby Hamn AB", "sörby hamn ab", ORG),
         ("Sohab AB", "sörby hamn ab", ORG), ("Sohab AB", "sörby hamn ab", ORG, 1),
         ("Sohab AB", "sörby hamn ab", ORG, 2)],
        [pres("äger", "äga"), SKA, inf("lämna"), FAR, inf("låna")],
        [st("kommun", "Kommunen", NONE, None, "äga", "äger", "Sörby Hamn AB"),
         st("sörby hamn ab", "Sohab AB", OB, "ska", "lämna", "lämna", "en rapport"),
         st("sörby hamn ab", "Sohab AB", "prohibition", "får inte", "låna", "låna",
            "pengar", negated=True)]),
    rec("alias-3", "1", "Kommunen äger flera bolag. Nämnden granskar Västby Avfall AB (Vaab AB). "
        "Vaab AB ska samråda med kommunstyrelsen.",
        [("Kommunen", "kommun", ORG), ("bolag", "bolag", ORG), ("Nämnden", "nämnd", POL),
         ("Västby Avfall AB", "västby avfall ab", ORG), ("Vaab AB", "västby avfall ab", ORG),
         ("Vaab AB", "västby avfall ab", ORG, 1), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("äger", "äga"), pres("granskar", "granska"), SKA, inf("samråda")],
        [st("kommun", "Kommunen", NONE, None, "äga", "äger", "flera bolag"),
         st("nämnd", "Nämnden", NONE, None, "granska", "granskar", "Västby Avfall AB"),
         st("västby avfall ab", "Vaab AB", OB, "ska", "samråda", "samråda",
            "med kommunstyrelsen")]),
    rec("alias-4", "1", "Norrby Energi AB (Noen AB) äger elnätet. Nätet förvaltas av Noen AB.",
        [("Norrby Energi AB", "norrby energi ab", ORG), ("Noen AB", "norrby energi ab", ORG),
         ("Noen AB", "norrby energi ab", ORG, 1)],
        [pres("äger", "äga"), pas("förvaltas", "förvalta")],
        [st("norrby energi ab", "Norrby Energi AB", NONE, None, "äga", "äger", "elnätet"),
         st("norrby energi ab", "Noen AB", NONE, None, "förvalta", "förvaltas", "Nätet",
            passive=True)]),
    rec("alias-n1", "1", "Ekby Hamn Aktiebolag (Ekby Hamn AB) ska följa ägardirektivet.",
        [("Ekby Hamn Aktiebolag", "ekby hamn ab", ORG), ("Ekby Hamn AB", "ekby hamn ab", ORG)],
        [SKA, inf("följa")],
        [st("ekby hamn ab", "Ekby Hamn Aktiebolag", OB, "ska", "följa", "följa",
            "ägardirektivet")]),
    rec("alias-n2", "1", "Kommunen äger Ekby Stadshus AB och (via dotterbolag) Norrby Kraft AB. "
        "Norrby Kraft AB ska lämna en rapport.",
        [("Kommunen", "kommun", ORG), ("Ekby Stadshus AB", "ekby stadshus ab", ORG),
         ("dotterbolag", "dotterbolag", ORG), ("Norrby Kraft AB", "norrby kraft ab", ORG),
         ("Norrby Kraft AB", "norrby kraft ab", ORG, 1)],
        [pres("äger", "äga"), SKA, inf("lämna")],
        [st("kommun", "Kommunen", NONE, None, "äga", "äger", "Ekby Stadshus AB"),
         st("norrby kraft ab", "Norrby Kraft AB", OB, "ska", "lämna", "lämna", "en rapport")]),
]

# R3: a lower-case name with its content words' acronym in brackets is one name.
SKR = [
    rec("skr-1", "1", "Kommunen samverkar med Sveriges kommuner och regioner (SKR). Varje år ska "
        "SKR ge kommunen råd.",
        [("Kommunen", "kommun", ORG),
         ("Sveriges kommuner och regioner", "sveriges kommuner och regioner", ORG),
         ("SKR", "sveriges kommuner och regioner", ORG),
         ("SKR", "sveriges kommuner och regioner", ORG, 1), ("kommunen", "kommun", ORG)],
        [pres("samverkar", "samverka"), SKA, inf("ge")],
        [st("kommun", "Kommunen", NONE, None, "samverka", "samverkar",
            "med Sveriges kommuner och regioner"),
         st("sveriges kommuner och regioner", "SKR", OB, "ska", "ge", "ge", "kommunen råd")]),
    rec("skr-2", "1", "Nämnden tar emot råd från Svenska tonsättares förening (STF), och STF "
        "får yttra sig över planen.",
        [("Nämnden", "nämnd", POL),
         ("Svenska tonsättares förening", "svenska tonsättares förening", ORG),
         ("STF", "svenska tonsättares förening", ORG),
         ("STF", "svenska tonsättares förening", ORG, 1)],
        [pres("tar", "ta"), FAR, inf("yttra")],
        [st("nämnd", "Nämnden", NONE, None, "ta", "tar", "emot råd"),
         st("svenska tonsättares förening", "STF", PERM, "får", "yttra", "yttra",
            "sig över planen")]),
    rec("skr-n1", "1", "Rapporten skickas till kommuner och regioner (KR). Nämnden ska läsa den.",
        [("kommuner", "kommun", ORG), ("regioner", "region", ORG), ("Nämnden", "nämnd", POL)],
        [pas("skickas", "skicka"), SKA, inf("läsa")],
        [st("nämnd", "Nämnden", OB, "ska", "läsa", "läsa", "den")]),
]

# C5: a non-actor prefield, the finite verb, the actor subject after it.
V2 = [
    rec("v2-1", "1", "strategiska nivån arbetar kommunstyrelsen med övergripande frågor.",
        [("kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("arbetar", "arbeta")],
        [st("kommunstyrelse", "kommunstyrelsen", NONE, None, "arbeta", "arbetar",
            "med övergripande frågor")]),
    rec("v2-2", "1", "lokala nivån arbetar rektor och förskolechef med det dagliga arbetet.",
        [("rektor", "rektor", TJP), ("förskolechef", "förskolechef", TJP)],
        [pres("arbetar", "arbeta")],
        [st("rektor", "rektor", NONE, None, "arbeta", "arbetar", "med det dagliga arbetet"),
         st("förskolechef", "förskolechef", NONE, None, "arbeta", "arbetar",
            "med det dagliga arbetet")]),
    rec("v2-3", "1", "Nämnden fastställer planen, och hela året arbetar revisorerna med "
        "granskningen.",
        [("Nämnden", "nämnd", POL), ("revisorerna", "revisor", FTV)],
        [pres("fastställer", "fastställa"), pres("arbetar", "arbeta")],
        [st("nämnd", "Nämnden", NONE, None, "fastställa", "fastställer", "planen"),
         st("revisor", "revisorerna", NONE, None, "arbeta", "arbetar", "med granskningen")]),
    rec("v2-4", "1", "Arbetet sker på två nivåer. Nämnden beslutar om målen. övergripande "
        "nivån arbetar socialförvaltningen med uppföljning.",
        [("Nämnden", "nämnd", POL), ("socialförvaltningen", "socialförvaltning",
                                      "förvaltningsorganisation")],
        [pres("sker", "ske"), pres("beslutar", "besluta"), pres("arbetar", "arbeta")],
        [st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar", "om målen"),
         st("socialförvaltning", "socialförvaltningen", NONE, None, "arbeta", "arbetar",
            "med uppföljning")]),
    rec("v2-n1", "1", "Valet omfattar ordförande och vice ordförande.",
        [("ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV)],
        [pres("omfattar", "omfatta")]),
]

# C2: `Det är av vikt att <inf> … de N som <actor> V` is no cleft.
VIKT = [
    rec("vikt-1", "1", "Det är av vikt att följa de riktlinjer som styrelsen antar.",
        [("styrelsen", "styrelse", POL)],
        [AR, inf("följa"), pres("antar", "anta")]),
    rec("vikt-2", "1", "Det är av stor betydelse att granska de avtal som kommunstyrelsen ingår.",
        [("kommunstyrelsen", "kommunstyrelse", POL)],
        [AR, inf("granska"), pres("ingår", "ingå")]),
    rec("vikt-3", "1", "Det är av vikt att ta del av de beslut som regionstyrelsen och "
        "regionfullmäktige fattar.",
        [("regionstyrelsen", "regionstyrelse", POL),
         ("regionfullmäktige", "regionfullmäktige", POL)],
        [AR, inf("ta"), pres("fattar", "fatta")]),
    rec("vikt-4", "1", "Nämnden sammanträder varje månad. Det är viktigt att följa de planer som "
        "förbundet antar.",
        [("Nämnden", "nämnd", POL), ("förbundet", "förbund", ORG)],
        [pres("sammanträder", "sammanträda"), AR, inf("följa"), pres("antar", "anta")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varje månad")]),
    rec("vikt-n1", "1", "Det är av det skälet som nämnden beslutar i frågan.",
        [("nämnden", "nämnd", POL)],
        [AR, pres("beslutar", "besluta")],
        [st("nämnd", "nämnden", NONE, None, "besluta", "beslutar", "i frågan")]),
]

# C4: `Ett (adj) antal N` is a quantity head.
ANTAL = [
    rec("antal-1", "1", "Ett mindre antal ledamöter är förtroendevalda.",
        [("ledamöter", "ledamot", FTV)],
        [AR]),
    rec("antal-2", "1", "Ett stort antal bolag ska lämna rapporter.",
        [("bolag", "bolag", ORG)],
        [SKA, inf("lämna")]),
    rec("antal-3", "1", "Varje år lämnar ett antal nämnder sina rapporter sent.",
        [("nämnder", "nämnd", POL)],
        [pres("lämnar", "lämna")]),
    rec("antal-n1", "1", "Nämnden antar ett antal planer.",
        [("Nämnden", "nämnd", POL)],
        [pres("antar", "anta")],
        [st("nämnd", "Nämnden", NONE, None, "anta", "antar", "ett antal planer")]),
]

# C8: a body compound opening a company name (`Kulturrådet Norrdal AB`) is one name.
BOLAG = [
    rec("bolag-1", "1", "Turistrådet Ekdalen AB ska lämna en rapport till kommunen.",
        [("Turistrådet Ekdalen AB", "turistrådet ekdalen ab", ORG), ("kommunen", "kommun", ORG)],
        [SKA, inf("lämna")],
        [st("turistrådet ekdalen ab", "Turistrådet Ekdalen AB", OB, "ska", "lämna", "lämna",
            "en rapport till kommunen")]),
    rec("bolag-2", "1", "Nämnden fastställer målen, och varje år ska Kulturrådet Norrdal AB "
        "redovisa utfallet.",
        [("Nämnden", "nämnd", POL), ("Kulturrådet Norrdal AB", "kulturrådet norrdal ab", ORG)],
        [pres("fastställer", "fastställa"), SKA, inf("redovisa")],
        [st("nämnd", "Nämnden", NONE, None, "fastställa", "fastställer", "målen"),
         st("kulturrådet norrdal ab", "Kulturrådet Norrdal AB", OB, "ska", "redovisa",
            "redovisa", "utfallet")]),
    rec("bolag-3", "1", "Planen granskas av Idrottsförbundet Ekby AB och Ekby Vatten AB.",
        [("Idrottsförbundet Ekby AB", "idrottsförbundet ekby ab", ORG),
         ("Ekby Vatten AB", "ekby vatten ab", ORG)],
        [pas("granskas", "granska")],
        [st("idrottsförbundet ekby ab", "Idrottsförbundet Ekby AB", NONE, None, "granska",
            "granskas", "Planen", passive=True),
         st("ekby vatten ab", "Ekby Vatten AB", NONE, None, "granska", "granskas", "Planen",
            passive=True)]),
    rec("bolag-n1", "1", "Kulturrådet och Norrdal AB ska samråda.",
        [("Kulturrådet", "kulturråd", POL), ("Norrdal AB", "norrdal ab", ORG)],
        [SKA, inf("samråda")],
        [st("kulturråd", "Kulturrådet", OB, "ska", "samråda", "samråda"),
         st("norrdal ab", "Norrdal AB", OB, "ska", "samråda", "samråda")]),
]

# C9: a region named by a `-regionen` compound is what a later bare `regionen` refers to.
REGION = [
    rec("region-1", "1", "Västra Ekslättsregionen äger bolagen. Bolagen ska följa regionens "
        "riktlinjer.",
        [("Västra Ekslättsregionen", "västra ekslättsregionen", ORG), ("bolagen", "bolag", ORG),
         ("Bolagen", "bolag", ORG), ("regionens", "västra ekslättsregionen", ORG)],
        [pres("äger", "äga"), SKA, inf("följa")],
        [st("västra ekslättsregionen", "Västra Ekslättsregionen", NONE, None, "äga", "äger",
            "bolagen"),
         st("bolag", "Bolagen", OB, "ska", "följa", "följa", "regionens riktlinjer")]),
    rec("region-2", "1", "Norra Åsdalsregionen bildade bolaget 2020, och varje år ska regionen "
        "pröva verksamheten.",
        [("Norra Åsdalsregionen", "norra åsdalsregionen", ORG), ("bolaget", "bolag", ORG),
         ("regionen", "norra åsdalsregionen", ORG)],
        [("bildade", "bilda", "past", "act", 0), SKA, inf("pröva")],
        [st("norra åsdalsregionen", "Norra Åsdalsregionen", NONE, None, "bilda", "bildade",
            "bolaget 2020"),
         st("norra åsdalsregionen", "regionen", OB, "ska", "pröva", "pröva",
            "verksamheten")]),
    rec("region-n1", "1", "En region får bilda bolag.",
        [("region", "region", ORG), ("bolag", "bolag", ORG)],
        [FAR, inf("bilda")],
        [st("region", "region", PERM, "får", "bilda", "bilda", "bolag")]),
]

if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/w58-e.jsonl", [*ALIAS, *SKR, *V2, *VIKT, *ANTAL, *BOLAG, *REGION])
