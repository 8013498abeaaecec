"""Builds corpus/dev/w35-b.jsonl: invented sentences and two documents for round 35, writer B
(gold by hand from docs/annotation.md §5.1, §5.2). B1 a lead-in ending in a passive + `av`
(`avgörs av`, `fattas av följande:`, `ska justeras av:`): each actor item is the agent of the
lead-in's verb, the lead-in's subject gives nothing; B2 a lead-in whose verb has its object and
which ends in a prepositional phrase announcing its noun (`forskning inom följande områden:`):
noun items fill that phrase and state nothing, an infinitive item continues the lead-in; B3 a
genitive owner of a thing noun is no subject of its passive (`Föreningens protokoll som ska
föras`); B4 a genitive owner + superlative + body noun before `är` + a named body identifies
(round 35, §5.1); B5 relative/pronominal adverbs (`varom`, `varöver`, `varefter`) are no verbs.
Offsets computed.
Run: python corpus/make_w35_b.py corpus/dev/w35-b.jsonl"""

import json
import sys

from records import FORV, FTV, ORG, OVR, POL, SKA, TJP
from records import clause_record as rec
from records import list_item as item
from records import statement as st

V, S, W = "w35-b-valnamnd", "w35-b-stiftelse", "w35-b"


def agent(cid, text, piece, canonical, category, aim, aim_text, *, deontic="none",
          modal=None, label="–", extra=(), verbs=()):
    """An item naming the agent of its lead-in's passive (B1)."""
    return item(V, cid, text, [(piece, canonical, category), *extra], verbs,
                [(canonical, piece, deontic, modal, aim, aim_text, deontic == "prohibition", True,
                  None, None)], label=label)


RECORDS = [
    # B1: a lead-in ending in a passive + `av`: its items name the agents
    rec(V, "title", "Arbetsordning för valnämnden", [("valnämnden", "valnämnd", POL)],
        kind="heading"),
    rec(V, "1", "Ärenden om röstmottagning avgörs av", (),
        [("avgörs", "avgöra", "pres", "pass")]),
    agent("1.a", "valnämnden, eller", "valnämnden", "valnämnd", POL, "avgöra", "avgörs"),
    agent("1.b", "kommunstyrelsen.", "kommunstyrelsen", "kommunstyrelse", POL, "avgöra",
          "avgörs"),
    rec(V, "2", "Beslut om förtidsröstning fattas av följande:", (),
        [("fattas", "fatta", "pres", "pass")]),
    agent("2.a", "kansliet,", "kansliet", "kansli", FORV, "fatta", "fattas"),
    agent("2.b", "förvaltningschefen.", "förvaltningschefen", "förvaltningschef", TJP, "fatta",
          "fattas"),
    rec(V, "3", "Protokollet ska justeras av:", (),
        [SKA, ("justeras", "justera", "inf", "pass")]),
    agent("3.a", "förvaltningschefen,", "förvaltningschefen", "förvaltningschef", TJP,
          "justera", "justeras", deontic="obligation", modal="ska", label="1."),
    agent("3.b", "en ledamot som valnämnden utser.", "ledamot", "ledamot", FTV, "justera",
          "justeras", deontic="obligation", modal="ska", label="2.",
          extra=[("valnämnden", "valnämnd", POL)], verbs=[("utser", "utse", "pres", "act")]),
    # the lead-in's actor subject is no actor of the items
    rec(V, "4", "Förvaltningschefen anställs av",
        [("Förvaltningschefen", "förvaltningschef", TJP)],
        [("anställs", "anställa", "pres", "pass")]),
    agent("4.a", "kommunstyrelsen.", "kommunstyrelsen", "kommunstyrelse", POL, "anställa",
          "anställs"),
    rec(V, "5", "Valnämndens kansli leds av",
        [("Valnämndens", "valnämnd", POL), ("kansli", "kansli", FORV)],
        [("leds", "leda", "pres", "pass")]),
    agent("5.a", "en handläggare (heltid), eller", "handläggare", "handläggare", TJP, "leda",
          "leds", label="1."),
    agent("5.b", "en administratör (deltid).", "administratör", "administratör", TJP, "leda",
          "leds", label="2."),
    rec(V, "6", "Verksamheten finansieras av:", (), [("finansieras", "finansiera", "pres", "pass")]),
    item(V, "6.a", "statsbidrag,"),
    item(V, "6.b", "kommunala medel."),
    # any passive, however tagged; a negated modal's prohibition
    rec(V, "7", "Kansliet biträds av", [("Kansliet", "kansli", FORV)],
        [("biträds", "biträda", "pres", "pass")]),
    agent("7.a", "en registrator.", "registrator", "registrator", TJP, "biträda", "biträds"),
    rec(V, "8", "Beslut får inte fattas av:", (),
        [("får", "få", "pres", "act"), ("fattas", "fatta", "inf", "pass")]),
    agent("8.a", "en enskild handläggare.", "handläggare", "handläggare", TJP, "fatta", "fattas",
          deontic="prohibition", modal="får inte"),
    # B2: a complete verb + a PP announcing its noun: noun items fill the PP, no statement
    rec(S, "title", "Stadgar för stiftelsen", [("stiftelsen", "stiftelse", ORG)], kind="heading"),
    rec(S, "1", "Stiftelsen har till ändamål att främja forskning inom följande områden:",
        [("Stiftelsen", "stiftelse", ORG)],
        [("har", "ha", "pres", "act"), ("främja", "främja", "inf", "act")],
        [st("stiftelse", "Stiftelsen", "obligation", "har till ändamål att", "främja", "främja",
            "forskning inom följande områden")]),
    item(S, "1.a", "barns hälsa,", label="•"),
    item(S, "1.b", "idrott och friluftsliv, samt", label="•"),
    item(S, "1.c", "sprida kunskap om folkhälsa.", (), [("sprida", "sprida", "inf", "act")],
         [st("stiftelse", "Stiftelsen", "obligation", "har till ändamål att", "sprida", "sprida",
             "kunskap om folkhälsa")], label="•"),
    rec(S, "2", "Styrelsen har till uppgift att bevaka stiftelsens intressen på dessa områden:",
        [("Styrelsen", "styrelse", POL), ("stiftelsens", "stiftelse", ORG)],
        [("har", "ha", "pres", "act"), ("bevaka", "bevaka", "inf", "act")],
        [st("styrelse", "Styrelsen", "obligation", "har till uppgift att", "bevaka", "bevaka",
            "stiftelsens intressen på dessa områden")]),
    item(S, "2.a", "skatter,"),
    item(S, "2.b", "fastigheter."),
    # contrast: the responsibility lead-in and a verb without its object stay incomplete
    rec(S, "3", "Styrelsen ansvarar för följande:", [("Styrelsen", "styrelse", POL)],
        [("ansvarar", "ansvara", "pres", "act")]),
    item(S, "3.a", "kapitalets placering,", (), (),
         [st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
             "kapitalets placering")]),
    item(S, "3.b", "årsredovisningen.", (), (),
         [st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
             "årsredovisningen")]),
    rec(S, "4", "Styrelsen ska besluta i följande frågor:", [("Styrelsen", "styrelse", POL)],
        [SKA, ("besluta", "besluta", "inf", "act")]),
    item(S, "4.a", "placeringar,", (), (),
         [st("styrelse", "Styrelsen", "obligation", "ska", "besluta", "besluta", "placeringar")]),
    item(S, "4.b", "bidrag.", (), (),
         [st("styrelse", "Styrelsen", "obligation", "ska", "besluta", "besluta", "bidrag")]),
    # a modal's infinitive keeps §5.1's incomplete reading: noun items complete the verb
    rec(S, "5", "Styrelsen ska fullgöra stiftelsens uppgifter inom följande områden:",
        [("Styrelsen", "styrelse", POL), ("stiftelsens", "stiftelse", ORG)],
        [SKA, ("fullgöra", "fullgöra", "inf", "act")]),
    item(S, "5.a", "stipendier,", (), (),
         [st("styrelse", "Styrelsen", "obligation", "ska", "fullgöra", "fullgöra", "stipendier")]),
    item(S, "5.b", "lån.", (), (),
         [st("styrelse", "Styrelsen", "obligation", "ska", "fullgöra", "fullgöra", "lån")]),
    # B3: the genitive owner of a thing noun is no subject of its passive
    rec(W, "1", "Föreningens protokoll som ska föras löpande ska granskas av en revisor.",
        [("Föreningens", "förening", ORG), ("revisor", "revisor", FTV)],
        [SKA, ("föras", "föra", "inf", "pass"), ("ska", "skola", "pres", "act", 1),
         ("granskas", "granska", "inf", "pass")],
        [st(None, None, "obligation", "ska", "föra", "föras", passive=True),
         st("revisor", "revisor", "obligation", "ska", "granska", "granskas",
            "Föreningens protokoll som ska föras löpande", passive=True)]),
    rec(W, "2", "Bolagets räkenskaper som ska föras i svenska kronor ska avslutas årligen.",
        [("Bolagets", "bolag", ORG)],
        [SKA, ("föras", "föra", "inf", "pass"), ("ska", "skola", "pres", "act", 1),
         ("avslutas", "avsluta", "inf", "pass")],
        [st(None, None, "obligation", "ska", "föra", "föras", passive=True),
         st(None, None, "obligation", "ska", "avsluta", "avslutas", passive=True)]),
    rec(W, "3", "Nämndens handlingar ska diarieföras.", [("Nämndens", "nämnd", POL)],
        [SKA, ("diarieföras", "diarieföra", "inf", "pass")],
        [st(None, None, "obligation", "ska", "diarieföra", "diarieföras", passive=True)]),
    rec(W, "4", "Förbundets ledning ska följa upp verksamheten.",
        [("Förbundets", "förbund", ORG), ("ledning", "ledning", OVR)],
        [SKA, ("följa", "följa", "inf", "act")],
        [st("ledning", "ledning", "obligation", "ska", "följa", "följa", "verksamheten")]),
    # B4: genitive owner + superlative + body noun + `är` + a named body identifies
    rec(W, "5", "Kommunens högsta beslutande organ är kommunfullmäktige.",
        [("Kommunens", "kommun", ORG), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [("är", "vara", "pres", "act")]),
    rec(W, "6", "Föreningens främsta organ är årsmötet.",
        [("Föreningens", "förening", ORG), ("årsmötet", "årsmöte", OVR)],
        [("är", "vara", "pres", "act")]),
    rec(W, "7", "Regionens högsta beslutande församling är regionfullmäktige.",
        [("Regionens", "region", ORG), ("regionfullmäktige", "regionfullmäktige", POL)],
        [("är", "vara", "pres", "act")]),
    rec(W, "8", "Stiftelsens högsta organ är styrelsen.",
        [("Stiftelsens", "stiftelse", ORG), ("styrelsen", "styrelse", POL)],
        [("är", "vara", "pres", "act")]),
    rec(W, "9", "Årsmötet är föreningens högsta organ.",
        [("Årsmötet", "årsmöte", OVR), ("föreningens", "förening", ORG)],
        [("är", "vara", "pres", "act")],
        [st("årsmöte", "Årsmötet", "none", None, "vara", "är", "föreningens högsta organ")]),
    # B5: relative/pronominal adverbs are no verbs
    rec(W, "10", "Beslut fattas i den fråga varpå ordföranden hänvisar.",
        [("ordföranden", "ordförande", FTV)],
        [("fattas", "fatta", "pres", "pass"), ("hänvisar", "hänvisa", "pres", "act")]),
    rec(W, "11", "Nämnden ska pröva de ärenden varom ordföranden har yttrat sig.",
        [("Nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV)],
        [SKA, ("pröva", "pröva", "inf", "act"), ("har", "ha", "pres", "act"),
         ("yttrat", "yttra", "sup", "act")],
        [st("nämnd", "Nämnden", "obligation", "ska", "pröva", "pröva",
            "de ärenden varom ordföranden har yttrat sig")]),
    rec(W, "12", "Styrelsen antar en budget varöver revisorerna yttrar sig.",
        [("Styrelsen", "styrelse", POL), ("revisorerna", "revisor", FTV)],
        [("antar", "anta", "pres", "act"), ("yttrar", "yttra", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "anta", "antar",
            "en budget varöver revisorerna yttrar sig")]),
    rec(W, "13", "Nämnden utser en ordförande, varefter ledamöterna väljer en sekreterare.",
        [("Nämnden", "nämnd", POL), ("ordförande", "ordförande", FTV),
         ("ledamöterna", "ledamot", FTV), ("sekreterare", "sekreterare", TJP)],
        [("utser", "utse", "pres", "act"), ("väljer", "välja", "pres", "act")],
        [st("nämnd", "Nämnden", "none", None, "utse", "utser", "en ordförande")]),
    rec(W, "14", "Styrelsen beslutar om de frågor varunder kansliet lyder.",
        [("Styrelsen", "styrelse", POL), ("kansliet", "kansli", FORV)],
        [("beslutar", "besluta", "pres", "act"), ("lyder", "lyda", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar",
            "om de frågor varunder kansliet lyder")]),
    # a fronted pronominal adverb is no subject: the subject follows the verb (V2)
    rec(W, "15", "Därom ska styrelsen besluta.", [("styrelsen", "styrelse", POL)],
        [SKA, ("besluta", "besluta", "inf", "act")],
        [st("styrelse", "styrelsen", "obligation", "ska", "besluta", "besluta")]),
]

if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
