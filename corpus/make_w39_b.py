"""Builds corpus/dev/w39-b.jsonl: invented material for round 39, writer B (analysis of part
au; gold by hand from docs/annotation.md before the rules, offsets computed). Doc `w39-b`
(corpus/dev/w39-b.txt): an actor + restrictive `som` relative as a colon-less lead-in over
dash items opening with a finite verb (B1). Doc `w39-b-s` (single paragraphs): `vill` and the
other raising verbs before coordinated infinitives (B2); modal + `ha` + s-passive supine +
`av`-agent (B3); a second supine of the other voice under the same `ha` (B4); a cue in the
content clause of a deciding verb inside a `som` relative (B6, decided round 39); a generic
`instans` that acts (B7, decided round 39).
Two gold slips corrected after the first run: `vill ha` + a noun phrase takes the
infinitive `ha` as its aim (§5.3, round 37: the infinitive, whatever follows), and the
agent `kontrollant` (no lexicon actor) became `handläggare`.
Run: python corpus/make_w39_b.py corpus/dev/w39-b.jsonl"""

import sys

from records import EXT, FTV, OVR, POL, SKA, TJP, clause_record, records_for, write_jsonl
from records import statement as st

PRES, INF, SUP = "pres", "inf", "sup"
ACT, PASS = "act", "pass"
HA = ("ha", "ha", INF, ACT)


doc = records_for("w39-b")


def item(cid, parent, text, actors=(), verbs=(), statements=()):
    return doc(cid, text, actors, verbs, statements, kind="list_item", parent=parent, label="-")


def one(cid, text, actors=(), verbs=(), statements=()):
    record = clause_record("w39-b-s", cid, text, actors, verbs, statements)
    for row in record["statements"]:
        assert row["actor_text"] is None or row["actor_text"] in text, (cid, row)
        assert row["aim_text"] in text, (cid, row)
    return record


LEDAMOT = ("ledamot", "Ledamot")
ERSATTARE = ("ersättare", "Ersättare")
FTVS = ("förtroendevald", "Förtroendevalda")

DOCUMENT = [
    doc("title", "Reglemente för pensionärsrådet", [("pensionärsrådet", "pensionärsråd", POL)],
        kind="heading"),
    doc("1", "Ledamöter", [("Ledamöter", "ledamot", FTV)], kind="heading", label="1."),
    # B1: actor + restrictive som-relative, no colon, items open with a finite verb
    doc("1.1", "Ledamot som företräder en pensionärsorganisation", [("Ledamot", "ledamot", FTV)],
        [("företräder", "företräda", PRES, ACT)], parent="1"),
    item("1.1.a", "1.1", "deltar i rådets sammanträden,", [("rådets", "pensionärsråd", POL)],
         [("deltar", "delta", PRES, ACT)],
         [st(*LEDAMOT, "none", None, "delta", "deltar", "i rådets sammanträden")]),
    item("1.1.b", "1.1", "lämnar synpunkter till nämnderna.", [("nämnderna", "nämnd", POL)],
         [("lämnar", "lämna", PRES, ACT)],
         [st(*LEDAMOT, "none", None, "lämna", "lämnar", "synpunkter till nämnderna")]),
    doc("1.2", "Ersättare som är utsedd av kommunstyrelsen",
        [("Ersättare", "ersättare", FTV), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [("är", "vara", PRES, ACT)], parent="1"),
    item("1.2.a", "1.2", "tjänstgör när ledamoten har förhinder.", [("ledamoten", "ledamot", FTV)],
         [("tjänstgör", "tjänstgöra", PRES, ACT), ("har", "ha", PRES, ACT)],
         [st(*ERSATTARE, "none", None, "tjänstgöra", "tjänstgör")]),
    doc("2", "Arvoden", kind="heading", label="2."),
    doc("2.1", "Förtroendevalda som fullgör uppdrag på heltid",
        [("Förtroendevalda", "förtroendevald", FTV)], [("fullgör", "fullgöra", PRES, ACT)],
        parent="2"),
    item("2.1.a", "2.1", "får arvode enligt bilaga 1,", (), [("får", "få", PRES, ACT)],
         [st(*FTVS, "none", None, "få", "får", "arvode")]),
    item("2.1.b", "2.1", "redovisar sina uppdrag till kommunstyrelsen.",
         [("kommunstyrelsen", "kommunstyrelse", POL)], [("redovisar", "redovisa", PRES, ACT)],
         [st(*FTVS, "none", None, "redovisa", "redovisar", "sina uppdrag till kommunstyrelsen")]),
]

SENTENCES = [
    # B2: a raising verb (vill, behöver, anses) before coordinated infinitives
    one("1", "Stiftelsen vill dela ut stipendier, stödja forskning och sprida kunskap om "
        "havsmiljön.",
        [("Stiftelsen", "stiftelse", "organisation")],
        [("vill", "vilja", PRES, ACT), ("dela", "dela", INF, ACT), ("stödja", "stödja", INF, ACT),
         ("sprida", "sprida", INF, ACT)],
        [st("stiftelse", "Stiftelsen", "none", None, "dela", "dela", "stipendier"),
         st("stiftelse", "Stiftelsen", "none", None, "stödja", "stödja", "forskning"),
         st("stiftelse", "Stiftelsen", "none", None, "sprida", "sprida", "kunskap om havsmiljön")]),
    one("2", "Socialnämnden vill därför förenkla ansökan samt sänka avgifterna.",
        [("Socialnämnden", "socialnämnd", POL)],
        [("vill", "vilja", PRES, ACT), ("förenkla", "förenkla", INF, ACT),
         ("sänka", "sänka", INF, ACT)],
        [st("socialnämnd", "Socialnämnden", "none", None, "förenkla", "förenkla", "ansökan"),
         st("socialnämnd", "Socialnämnden", "none", None, "sänka", "sänka", "avgifterna")]),
    one("3", "Revisorerna behöver ha kunskap om redovisning och känna till kommunallagen.",
        [("Revisorerna", "revisor", FTV)],
        [("behöver", "behöva", PRES, ACT), HA, ("känna", "känna", INF, ACT)],
        [st("revisor", "Revisorerna", "none", None, "ha", "ha", "kunskap om redovisning"),
         st("revisor", "Revisorerna", "none", None, "känna", "känna", "kommunallagen")]),
    one("4", "Förbundet ville samordna inköpen och upphandla gemensamt.",
        [("Förbundet", "förbund", "organisation")],
        [("ville", "vilja", "past", ACT), ("samordna", "samordna", INF, ACT),
         ("upphandla", "upphandla", INF, ACT)],
        [st("förbund", "Förbundet", "none", None, "samordna", "samordna", "inköpen"),
         st("förbund", "Förbundet", "none", None, "upphandla", "upphandla")]),
    one("5", "Kommunen vill ha synpunkter på förslaget.",
        [("Kommunen", "kommun", "organisation")], [("vill", "vilja", PRES, ACT), HA],
        [st("kommun", "Kommunen", "none", None, "ha", "ha", "synpunkter på förslaget")]),
    # B3: modal + ha + s-passive supine + av-agent
    one("6", "Ledamöterna ska ha valts av kommunfullmäktige före årsskiftet.",
        [("Ledamöterna", "ledamot", FTV), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [SKA, HA, ("valts", "välja", SUP, PASS)],
        [st("kommunfullmäktige", "kommunfullmäktige", "obligation", "ska", "välja", "valts",
            "Ledamöterna", passive=True)]),
    one("7", "Budgeten ska ha fastställts av styrelsen senast i november.",
        [("styrelsen", "styrelse", POL)], [SKA, HA, ("fastställts", "fastställa", SUP, PASS)],
        [st("styrelse", "styrelsen", "obligation", "ska", "fastställa", "fastställts", "Budgeten",
            passive=True)]),
    one("8", "Årsredovisningen skall ha granskats av revisorerna.",
        [("revisorerna", "revisor", FTV)],
        [("skall", "skola", PRES, ACT), HA, ("granskats", "granska", SUP, PASS)],
        [st("revisor", "revisorerna", "obligation", "skall", "granska", "granskats",
            "Årsredovisningen", passive=True)]),
    one("9", "Planen har antagits av regionfullmäktige.",
        [("regionfullmäktige", "regionfullmäktige", POL)],
        [("har", "ha", PRES, ACT), ("antagits", "anta", SUP, PASS)],
        [st("regionfullmäktige", "regionfullmäktige", "none", None, "anta", "antagits", "Planen",
            passive=True)]),
    # B4: a second supine in the other voice under the same ha
    one("10", "Före beslut ska sökanden ha intervjuats av handläggaren eller lämnat ett "
        "skriftligt yttrande.",
        [("sökanden", "sökande", EXT), ("handläggaren", "handläggare", TJP)],
        [SKA, HA, ("intervjuats", "intervjua", SUP, PASS), ("lämnat", "lämna", SUP, ACT)],
        [st("handläggare", "handläggaren", "obligation", "ska", "intervjua", "intervjuats",
            "sökanden", passive=True),
         st("sökande", "sökanden", "obligation", "ska", "lämna", "lämnat",
            "ett skriftligt yttrande")]),
    one("11", "Innan bidraget betalas ut ska föreningen ha besökts av en handläggare och "
        "lämnat in sin verksamhetsberättelse.",
        [("föreningen", "förening", "organisation"), ("handläggare", "handläggare", TJP)],
        [("betalas", "betala", PRES, PASS), SKA, HA, ("besökts", "besöka", SUP, PASS),
         ("lämnat", "lämna", SUP, ACT)],
        [st("handläggare", "handläggare", "obligation", "ska", "besöka", "besökts", "föreningen",
            passive=True),
         st("förening", "föreningen", "obligation", "ska", "lämna", "lämnat",
            "sin verksamhetsberättelse")]),
    # B6: a cue in the content clause of a deciding/saying verb inside a som relative
    one("12", "Uppgifter som förvaltningen anger ska sekretessbeläggas lämnas inte ut.",
        [("förvaltningen", "förvaltning", "förvaltningsorganisation")],
        [("anger", "ange", PRES, ACT), SKA, ("sekretessbeläggas", "sekretessbelägga", INF, PASS),
         ("lämnas", "lämna", PRES, PASS)]),
    one("13", "Ärenden som fullmäktige föreskriver ska beredas av utskottet behandlas först.",
        [("fullmäktige", "fullmäktige", POL), ("utskottet", "utskott", POL)],
        [("föreskriver", "föreskriva", PRES, ACT), SKA, ("beredas", "bereda", INF, PASS),
         ("behandlas", "behandla", PRES, PASS)]),
    # B7: a generic instans that acts is an actor (övrig); remissinstans after är is not
    one("14", "Den instans som beviljat bidraget får återkräva det.",
        [("instans", "instans", OVR)],
        [("beviljat", "bevilja", SUP, ACT), ("får", "få", PRES, ACT),
         ("återkräva", "återkräva", INF, ACT)],
        [st("instans", "instans", "permission", "får", "återkräva", "återkräva", "det")]),
    one("15", "Ärendet prövas av den instans som styrelsen utser.",
        [("instans", "instans", OVR), ("styrelsen", "styrelse", POL)],
        [("prövas", "pröva", PRES, PASS), ("utser", "utse", PRES, ACT)],
        [st("instans", "instans", "none", None, "pröva", "prövas", "Ärendet", passive=True)]),
    one("16", "Länsstyrelsen är remissinstans i ärendet.",
        [("Länsstyrelsen", "länsstyrelse", EXT)], [("är", "vara", PRES, ACT)],
        [st("länsstyrelse", "Länsstyrelsen", "none", None, "vara", "är",
            "remissinstans i ärendet")]),
]

if __name__ == "__main__":
    write_jsonl(sys.argv[1], DOCUMENT + SENTENCES)
