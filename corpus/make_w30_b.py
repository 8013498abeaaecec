"""Builds corpus/dev/w30-b.jsonl: invented sentences for round 30, package B (gold by hand from
docs/annotation.md): B1 a finite passive's conjunct keeps its own `av`-agent or none (§5.2,
round 7: an agent is never shared by a later conjunct; round 51 ruling k1 shares it with a
later s-passive that names a recipient actor and no agent of its own: row 4 follows k1); B2 a gapped passive subject
(`… och kassör bland ledamöterna`); B3 the V2 finite after a fronted `från/till och med` +
date or number; B4 e-mail and web addresses are no verbs; B5 a relative clause without `som`
with an insertion in dashes, parentheses or commas. Offsets computed.
Run: python corpus/make_w30_b.py corpus/dev/w30-b.jsonl"""

import json
import sys

from records import FORV, FTV, ORG, OVR, POL, TJP, records_for
from records import statement as st

rec = records_for("w30-b")


RECORDS = [
    # B1: each passive conjunct of a finite passive keeps its own av-agent, or has none
    rec("1", "Protokollet förs av sekreteraren och justeras av ordföranden.",
        [("sekreteraren", "sekreterare", TJP), ("ordföranden", "ordförande", FTV)],
        [("förs", "föra", "pres", "pass"), ("justeras", "justera", "pres", "pass")],
        [st("sekreterare", "sekreteraren", "none", None, "föra", "förs", "Protokollet",
            passive=True),
         st("ordförande", "ordföranden", "none", None, "justera", "justeras", "Protokollet",
            passive=True)]),
    rec("2", "Arvodet bestäms av stämman och betalas ut kvartalsvis.",
        [("stämman", "stämma", POL)],
        [("bestäms", "bestämma", "pres", "pass"), ("betalas", "betala", "pres", "pass")],
        [st("stämma", "stämman", "none", None, "bestämma", "bestäms", "Arvodet", passive=True)]),
    rec("3", "Verksamhetsplanen utarbetas av förvaltningschefen och beslutas av nämnden.",
        [("förvaltningschefen", "förvaltningschef", TJP), ("nämnden", "nämnd", POL)],
        [("utarbetas", "utarbeta", "pres", "pass"), ("beslutas", "besluta", "pres", "pass")],
        [st("förvaltningschef", "förvaltningschefen", "none", None, "utarbeta", "utarbetas",
            "Verksamhetsplanen", passive=True),
         st("nämnd", "nämnden", "none", None, "besluta", "beslutas", "Verksamhetsplanen",
            passive=True)]),
    rec("4", "Delårsrapporten sammanställs av controllern och skickas till direktionen.",
        [("controllern", "controller", TJP), ("direktionen", "direktion", POL)],
        [("sammanställs", "sammanställa", "pres", "pass"), ("skickas", "skicka", "pres", "pass")],
        [st("controller", "controllern", "none", None, "sammanställa", "sammanställs",
            "Delårsrapporten", passive=True),
         st("controller", "controllern", "none", None, "skicka", "skickas",
            "Delårsrapporten", passive=True)]),  # round 51 ruling k1
    rec("5", "Styrelsens arvode fastställs av årsmötet och betalas ut en gång per år.",
        [("Styrelsens", "styrelse", POL), ("årsmötet", "årsmöte", OVR)],
        [("fastställs", "fastställa", "pres", "pass"), ("betalas", "betala", "pres", "pass")],
        [st("årsmöte", "årsmötet", "none", None, "fastställa", "fastställs", "Styrelsens arvode",
            passive=True)]),
    rec("6", "Avtalet undertecknas av ordföranden och förvaras av kansliet.",
        [("ordföranden", "ordförande", FTV), ("kansliet", "kansli", FORV)],
        [("undertecknas", "underteckna", "pres", "pass"), ("förvaras", "förvara", "pres", "pass")],
        [st("ordförande", "ordföranden", "none", None, "underteckna", "undertecknas", "Avtalet",
            passive=True),
         st("kansli", "kansliet", "none", None, "förvara", "förvaras", "Avtalet", passive=True)]),
    rec("7", "Planen bereds av kansliet och fastställs av styrelsen, och revideras årligen.",
        [("kansliet", "kansli", FORV), ("styrelsen", "styrelse", POL)],
        [("bereds", "bereda", "pres", "pass"), ("fastställs", "fastställa", "pres", "pass"),
         ("revideras", "revidera", "pres", "pass")],
        [st("kansli", "kansliet", "none", None, "bereda", "bereds", "Planen", passive=True),
         st("styrelse", "styrelsen", "none", None, "fastställa", "fastställs", "Planen",
            passive=True)]),
    # B2: a gapped subject of an agentless passive (and its modal)
    rec("8", "Sekreterare ska utses bland tjänstemännen och kassör bland ledamöterna.",
        [("Sekreterare", "sekreterare", TJP), ("tjänstemännen", "tjänsteman", TJP),
         ("kassör", "kassör", FTV), ("ledamöterna", "ledamot", FTV)],
        [("ska", "skola", "pres", "act"), ("utses", "utse", "inf", "pass")],
        [st("sekreterare", "Sekreterare", "obligation", "ska", "utse", "utses",
            "bland tjänstemännen", passive=True),
         st("kassör", "kassör", "obligation", "ska", "utse", "utses", "bland ledamöterna",
            passive=True)]),
    rec("9", "Ordförande väljs bland ledamöterna och vice ordförande bland ersättarna.",
        [("Ordförande", "ordförande", FTV), ("ledamöterna", "ledamot", FTV),
         ("vice ordförande", "vice ordförande", FTV), ("ersättarna", "ersättare", FTV)],
        [("väljs", "välja", "pres", "pass")],
        [st("ordförande", "Ordförande", "none", None, "välja", "väljs", "bland ledamöterna",
            passive=True),
         st("vice ordförande", "vice ordförande", "none", None, "välja", "väljs",
            "bland ersättarna", passive=True)]),
    rec("10", "Kassör bör utses bland medlemmarna och sekreterare från kansliet.",
        [("Kassör", "kassör", FTV), ("medlemmarna", "medlem", OVR),
         ("sekreterare", "sekreterare", TJP), ("kansliet", "kansli", FORV)],
        [("bör", "böra", "pres", "act"), ("utses", "utse", "inf", "pass")],
        [st("kassör", "Kassör", "recommendation", "bör", "utse", "utses", "bland medlemmarna",
            passive=True),
         st("sekreterare", "sekreterare", "recommendation", "bör", "utse", "utses",
            "från kansliet", passive=True)]),
    rec("11", "Underlaget ska hämtas från förvaltningen och kansliet senast i mars.",
        [("förvaltningen", "förvaltning", FORV), ("kansliet", "kansli", FORV)],
        [("ska", "skola", "pres", "act"), ("hämtas", "hämta", "inf", "pass")],
        [st(None, None, "obligation", "ska", "hämta", "hämtas", "från förvaltningen och kansliet",
            passive=True)]),
    # B3: the V2 finite after a fronted "från/till och med" + date or number
    rec("12", "Till och med 2024 byter rådet ordförande varje år.",
        [("rådet", "råd", POL), ("ordförande", "ordförande", FTV)],
        [("byter", "byta", "pres", "act")],
        [st("råd", "rådet", "none", None, "byta", "byter", "ordförande")]),
    rec("13", "Till och med år 2027 utser styrelsen revisorerna.",
        [("styrelsen", "styrelse", POL), ("revisorerna", "revisor", FTV)],
        [("utser", "utse", "pres", "act")],
        [st("styrelse", "styrelsen", "none", None, "utse", "utser", "revisorerna")]),
    rec("14", "Från och med 2025-01-01 övertar nämnden ansvaret för färdtjänsten.",
        [("nämnden", "nämnd", POL)],
        [("övertar", "överta", "pres", "act")],
        [st("nämnd", "nämnden", "none", None, "överta", "övertar", "ansvaret för färdtjänsten")]),
    rec("15", "Fr.o.m. 2026 sköter förbundet medlemsregistret.",
        [("förbundet", "förbund", ORG)],
        [("sköter", "sköta", "pres", "act")],
        [st("förbund", "förbundet", "none", None, "sköta", "sköter", "medlemsregistret")]),
    # B4: e-mail and web addresses are no verbs
    rec("16", "Frågor besvaras av kansliet, e-post: kansli@ekby.se",
        [("kansliet", "kansli", FORV)],
        [("besvaras", "besvara", "pres", "pass")],
        [st("kansli", "kansliet", "none", None, "besvara", "besvaras", "Frågor", passive=True)]),
    rec("17", "Ansökan lämnas till förvaltningen via www.hallsta.se/ansokan eller "
        "registrator@hallsta.se.",
        [("förvaltningen", "förvaltning", FORV)],
        [("lämnas", "lämna", "pres", "pass")]),
    rec("18", "Styrelsen publicerar protokollen på https://www.bostadsstiftelsen.se/protokoll.",
        [("Styrelsen", "styrelse", POL)],
        [("publicerar", "publicera", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "publicera", "publicerar",
            "protokollen på https://www.bostadsstiftelsen.se/protokoll")]),
    # B5: a relative clause without "som", with an insertion before its finite verb
    rec("19", "Nämnden ska följa det styrelsen – i budget eller särskilt beslut – har bestämt.",
        [("Nämnden", "nämnd", POL), ("styrelsen", "styrelse", POL)],
        [("ska", "skola", "pres", "act"), ("följa", "följa", "inf", "act"),
         ("har", "ha", "pres", "act"), ("bestämt", "bestämma", "sup", "act")],
        [st("nämnd", "Nämnden", "obligation", "ska", "följa", "följa",
            "det styrelsen – i budget eller särskilt beslut – har bestämt")]),
    rec("20", "Bolaget ska genomföra det ägaren – genom direktiv eller stämmobeslut – har "
        "beslutat.",
        [("Bolaget", "bolag", ORG), ("ägaren", "ägare", ORG)],
        [("ska", "skola", "pres", "act"), ("genomföra", "genomföra", "inf", "act"),
         ("har", "ha", "pres", "act"), ("beslutat", "besluta", "sup", "act")],
        [st("bolag", "Bolaget", "obligation", "ska", "genomföra", "genomföra",
            "det ägaren – genom direktiv eller stämmobeslut – har beslutat")]),
    rec("21", "Förvaltningen verkställer det nämnden, i särskilt beslut, har fastställt.",
        [("Förvaltningen", "förvaltning", FORV), ("nämnden", "nämnd", POL)],
        [("verkställer", "verkställa", "pres", "act"), ("har", "ha", "pres", "act"),
         ("fastställt", "fastställa", "sup", "act")],
        [st("förvaltning", "Förvaltningen", "none", None, "verkställa", "verkställer",
            "det nämnden, i särskilt beslut, har fastställt")]),
    rec("22", "Förbundet ska utföra det direktionen (på sitt första möte) beslutar.",
        [("Förbundet", "förbund", ORG), ("direktionen", "direktion", POL)],
        [("ska", "skola", "pres", "act"), ("utföra", "utföra", "inf", "act"),
         ("beslutar", "besluta", "pres", "act")],
        [st("förbund", "Förbundet", "obligation", "ska", "utföra", "utföra",
            "det direktionen (på sitt första möte) beslutar")]),
]


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
