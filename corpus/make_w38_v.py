"""Builds corpus/dev/w38-v.jsonl: invented sentences for round 38, writer V (gold by hand from
docs/annotation.md before the rules): at-B1 a comma-joined series of infinitives under a
deontic modal where some conjuncts carry their own `kunna` (`ska förvalta X, kunna ta emot Y,
dela ut Z samt kunna bevilja W`): each infinitive is an aim of the leftmost cue; at-B3 a
noun/verb homograph in -a ending a list of nouns (`verka för gemenskap, bildning och
rättvisa`) is no verb, while one with its own object stays a conjunct verb; at-B5 a
participle in -ade/-da/-na between a genitive and the inverted subject's noun is
attributive (`får föreningens registrerade medlemmar lämna`). Offsets computed. Two gold
slips corrected after the first run: the actors `kunder` (kund) and `stämman` (stämma) were missed.
Run: python corpus/make_w38_v.py corpus/dev/w38-v.jsonl"""

import json
import sys

from records import EXT, FORV, FTV, ORG, OVR, POL, SKA, inf, records_for
from records import statement as st

rec = records_for("w38-v", check_texts=True)


PRES, INF = "pres", "inf"
KUNNA = ("kunna", "kunna", INF, "act")


RECORDS = [
    # at-B1: a series of infinitives, some with their own kunna, under one deontic modal
    rec("1", "Stiftelsen ska förvalta donerade medel, kunna ta emot testamenten, dela ut "
        "stipendier samt kunna bevilja bidrag till forskning.",
        [("Stiftelsen", "stiftelse", ORG)],
        [SKA, inf("förvalta"), KUNNA, inf("ta"), inf("dela"), (*KUNNA, 1), inf("bevilja")],
        [st("stiftelse", "Stiftelsen", "obligation", "ska", "förvalta", "förvalta",
            "donerade medel"),
         st("stiftelse", "Stiftelsen", "obligation", "ska", "ta", "ta", "testamenten"),
         st("stiftelse", "Stiftelsen", "obligation", "ska", "dela", "dela", "stipendier"),
         st("stiftelse", "Stiftelsen", "obligation", "ska", "bevilja", "bevilja",
            "bidrag till forskning")]),
    rec("2", "Nämnden ska bereda ärenden till fullmäktige, kunna yttra sig i remissärenden.",
        [("Nämnden", "nämnd", POL), ("fullmäktige", "fullmäktige", POL)],
        [SKA, inf("bereda"), KUNNA, inf("yttra")],
        [st("nämnd", "Nämnden", "obligation", "ska", "bereda", "bereda",
            "ärenden till fullmäktige"),
         st("nämnd", "Nämnden", "obligation", "ska", "yttra", "yttra")]),
    rec("3", "Universitetet skall bedriva utbildning, kunna anordna uppdragsutbildning och "
        "samverka med det omgivande samhället.",
        [("Universitetet", "universitet", ORG)],
        [("skall", "skola", PRES, "act"), inf("bedriva"), KUNNA, inf("anordna"),
         inf("samverka")],
        [st("universitet", "Universitetet", "obligation", "skall", "bedriva", "bedriva",
            "utbildning"),
         st("universitet", "Universitetet", "obligation", "skall", "anordna", "anordna",
            "uppdragsutbildning"),
         st("universitet", "Universitetet", "obligation", "skall", "samverka", "samverka")]),
    rec("4", "Förbundet bör samordna utbildningar, kunna företräda medlemmarna inför "
        "myndigheter.",
        [("Förbundet", "förbund", ORG), ("medlemmarna", "medlem", OVR),
         ("myndigheter", "myndighet", EXT)],
        [("bör", "böra", PRES, "act"), inf("samordna"), KUNNA, inf("företräda")],
        [st("förbund", "Förbundet", "recommendation", "bör", "samordna", "samordna",
            "utbildningar"),
         st("förbund", "Förbundet", "recommendation", "bör", "företräda", "företräda",
            "medlemmarna")]),
    rec("5", "Bolaget ska kunna erbjuda sina kunder digitala tjänster.",
        [("Bolaget", "bolag", ORG), ("kunder", "kund", EXT)],
        [SKA, KUNNA, inf("erbjuda")],
        [st("bolag", "Bolaget", "obligation", "ska", "erbjuda", "erbjuda",
            "sina kunder digitala tjänster")]),
    # at-B3: a noun/verb homograph ending a list of nouns is no verb
    rec("6", "Föreningen ska verka för gemenskap, bildning och rättvisa.",
        [("Föreningen", "förening", ORG)],
        [SKA, inf("verka")],
        [st("förening", "Föreningen", "obligation", "ska", "verka", "verka")]),
    rec("7", "Nämnden ska främja trygghet, delaktighet och hälsa.",
        [("Nämnden", "nämnd", POL)],
        [SKA, inf("främja")],
        [st("nämnd", "Nämnden", "obligation", "ska", "främja", "främja",
            "trygghet, delaktighet och hälsa")]),
    rec("8", "Bolaget ska förebygga brand, olycksfall och skada.",
        [("Bolaget", "bolag", ORG)],
        [SKA, inf("förebygga")],
        [st("bolag", "Bolaget", "obligation", "ska", "förebygga", "förebygga",
            "brand, olycksfall och skada")]),
    rec("9", "Styrelsen ska samla in underlag och fråga berörda förvaltningar.",
        [("Styrelsen", "styrelse", POL), ("förvaltningar", "förvaltning", FORV)],
        [SKA, inf("samla"), inf("fråga")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "samla", "samla", "underlag"),
         st("styrelse", "Styrelsen", "obligation", "ska", "fråga", "fråga",
            "berörda förvaltningar")]),
    # at-B5: a participle between a genitive and the inverted subject's noun is attributive
    rec("10", "Vid stämman får föreningens registrerade medlemmar lämna motioner.",
        [("stämman", "stämma", POL), ("föreningens", "förening", ORG),
         ("medlemmar", "medlem", OVR)],
        [("får", "få", PRES, "act"), inf("lämna")],
        [st("medlem", "medlemmar", "permission", "får", "lämna", "lämna", "motioner")]),
    rec("11", "Enligt stadgan ska förbundets nyvalda medlemmar underteckna en förbindelse.",
        [("förbundets", "förbund", ORG), ("medlemmar", "medlem", OVR)],
        [SKA, inf("underteckna")],
        [st("medlem", "medlemmar", "obligation", "ska", "underteckna", "underteckna",
            "en förbindelse")]),
    rec("12", "Efter valet kan regionens förtroendevalda revisorer begära upplysningar.",
        [("regionens", "region", ORG), ("revisorer", "revisor", FTV)],
        [("kan", "kunna", PRES, "act"), inf("begära")],
        [st("revisor", "revisorer", "permission", "kan", "begära", "begära", "upplysningar")]),
]

if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
