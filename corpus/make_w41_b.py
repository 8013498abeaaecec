"""Builds corpus/dev/w41-b.jsonl and the document corpus/dev/w41-b-samverkan.txt with their
gold: invented material for round 41, writer B (analyses 41-az and 41-r; gold by hand from
docs/annotation.md before the rules): az cause 2, a statute title `… med instruktion för
<genitive plural> <body>` whose full name is one span in every sentence, its genitive owner
no mention of its own, the bare `Nämnden` staying the kind (`w41-b-samverkan`); az cause 12,
`-central` unit compounds and `civilbefälhavare` (an adjective `central` the negative);
az cause 10, `talman`, `vicetalman`, `ålderstalman` (sentences `w41-b-s`). Offsets computed.
Run: python corpus/make_w41_b.py corpus/dev"""

import sys
from pathlib import Path

from records import EXT, FORV, FTV, HAR, ORG, POL, SKA, clause_record, write_jsonl

PRES, INF, ACT, PASS = "pres", "inf", "act", "pass"


def st(actor, actor_text, deontic, modal, aim, aim_text, obj, *, passive=False):
    return (actor, actor_text, deontic, modal, aim, aim_text, False, passive, obj, None)


def rec(cid, text, actors=(), verbs=(), statements=(), kind="paragraph", parent=None, label=""):
    return clause_record("w41-b-samverkan", cid, text, actors, verbs, statements, kind=kind,
                         parent=parent, label=label)


def one(cid, text, actors=(), verbs=(), statements=()):
    record = clause_record("w41-b-s", cid, text, actors, verbs, statements)
    for row in record["statements"]:
        assert row["actor_text"] is None or row["actor_text"] in text, (cid, row)
        assert row["aim_text"] in text, (cid, row)
    return record


SAMVERKAN_TEXT = """Förordning (2031:45) med instruktion för regionernas samverkansnämnd

Uppgifter

1 § Regionernas samverkansnämnd har till uppgift att följa utvecklingen inom tandvården.

2 § Regionernas samverkansnämnd ska årligen lämna en rapport till regeringen.

3 § Nämnden leds av en styrelse.
"""
SN = "regionernas samverkansnämnd"
SAMVERKAN = [
    rec("title", "Förordning (2031:45) med instruktion för regionernas samverkansnämnd",
        [("regionernas samverkansnämnd", SN, POL)], kind="heading"),
    rec("h1", "Uppgifter", kind="heading"),
    rec("§1", "Regionernas samverkansnämnd har till uppgift att följa utvecklingen inom "
        "tandvården.", [("Regionernas samverkansnämnd", SN, POL)],
        [HAR, ("följa", "följa", INF, ACT)],
        [st(SN, "Regionernas samverkansnämnd", "obligation", "har till uppgift att", "följa",
            "följa", "utvecklingen inom tandvården")], parent="h1", label="1 §"),
    rec("§2", "Regionernas samverkansnämnd ska årligen lämna en rapport till regeringen.",
        [("Regionernas samverkansnämnd", SN, POL), ("regeringen", "regering", EXT)],
        [SKA, ("lämna", "lämna", INF, ACT)],
        [st(SN, "Regionernas samverkansnämnd", "obligation", "ska", "lämna", "lämna",
            "en rapport till regeringen")], parent="h1", label="2 §"),
    rec("§3", "Nämnden leds av en styrelse.",
        [("Nämnden", "nämnd", POL), ("styrelse", "styrelse", POL)],
        [("leds", "leda", PRES, PASS)],
        [st("styrelse", "styrelse", "none", None, "leda", "leds", "Nämnden", passive=True)],
        parent="h1", label="3 §"),
]

SENTENCES = [
    # cause 2's negative: an owner's genitive + body with no declaring title stays two actors
    one("1", "Förbundets samverkansnämnd ska samråda med regionerna.",
        [("Förbundets", "förbund", ORG), ("samverkansnämnd", "samverkansnämnd", POL),
         ("regionerna", "region", ORG)],
        [SKA, ("samråda", "samråda", INF, ACT)],
        [st("samverkansnämnd", "samverkansnämnd", "obligation", "ska", "samråda", "samråda",
            "med regionerna")]),
    # cause 12: `-central` units, civilbefälhavare; an adjective `central` is none
    one("2", "Upphandlingscentralen samordnar regionens inköp.",
        [("Upphandlingscentralen", "upphandlingscentral", FORV), ("regionens", "region", ORG)],
        [("samordnar", "samordna", PRES, ACT)],
        [st("upphandlingscentral", "Upphandlingscentralen", "none", None, "samordna",
            "samordnar", "regionens inköp")]),
    one("3", "Nämnden ska samråda med civilbefälhavaren.",
        [("Nämnden", "nämnd", POL), ("civilbefälhavaren", "civilbefälhavare", EXT)],
        [SKA, ("samråda", "samråda", INF, ACT)],
        [st("nämnd", "Nämnden", "obligation", "ska", "samråda", "samråda",
            "med civilbefälhavaren")]),
    one("4", "Frågan har en central betydelse för nämnden.",
        [("nämnden", "nämnd", POL)], [HAR]),
    # cause 10: the presiding titles of an assembly
    one("5", "Talmannen leder sammanträdena.", [("Talmannen", "talman", FTV)],
        [("leder", "leda", PRES, ACT)],
        [st("talman", "Talmannen", "none", None, "leda", "leder", "sammanträdena")]),
    one("6", "Vicetalmannen biträder talmannen.",
        [("Vicetalmannen", "vicetalman", FTV), ("talmannen", "talman", FTV)],
        [("biträder", "biträda", PRES, ACT)],
        [st("vicetalman", "Vicetalmannen", "none", None, "biträda", "biträder", "talmannen")]),
    one("7", "Ålderstalmannen öppnar det första plenum.",
        [("Ålderstalmannen", "ålderstalman", FTV)], [("öppnar", "öppna", PRES, ACT)],
        [st("ålderstalman", "Ålderstalmannen", "none", None, "öppna", "öppnar",
            "det första plenum")]),
]

DOCUMENTS = {"w41-b-samverkan": (SAMVERKAN_TEXT, SAMVERKAN)}

if __name__ == "__main__":
    folder = Path(sys.argv[1])
    records = []
    for doc_id, (text, doc_records) in DOCUMENTS.items():
        records += doc_records
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    write_jsonl(folder / "w41-b.jsonl", records + SENTENCES)
