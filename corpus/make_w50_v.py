"""Builds corpus/dev/w50-v.jsonl and corpus/dev/w50-v-styrning.txt with their gold: invented
material for round 50, writer V (verbs and predicatives of analysis 50-bt).
G6: a fronted role (`Ordförande i <body>`, lower-case `förste vice ordförande`, `Sekreterare`)
before a copula and a personal name (two words, two given names, a surname before a party
bracket) names the person: no ACTOR span for the role, no statement (round 42 ruling); negatives:
the role before a definite actor noun (round 29 B2) and the definite role with an adjective cue.
G1: a V2 modal, a long inverted subject with a comma series, then an s-passive: the modal
governs the passive (with an agent; with a bare `fullmäktige` agent closing a colon lead-in
over noun items, under a title that names `kommunfullmäktige`); negative: a real finite
s-passive. G3: a sentence-initial complex preposition ending in `om` (`vid sidan om`, `runt
om`) or `till följd av` before a non-modal V2 verb is a prepositional phrase; negative: a real
conditional `om`. Gold by hand from docs/annotation.md §2.1, §5 and the rulings at its end
before the rule. Offsets computed.
Run: python corpus/make_w50_v.py corpus/dev"""

import sys

from records import AR, FTV, ORG, POL, SKA, SKALL, TJP, inf, pres, records_for
from records import statement as st
from records import write_part

D = "w50-v-styrning"
rec = records_for(D)
KF = "kommunfullmäktige"
ITEMS = [("bildande av nya bolag och stiftelser,",
          [("bolag", "bolag", ORG), ("stiftelser", "stiftelse", ORG)]),
         ("köp och försäljning av aktier,", []), ("ändring av bolagsordningar och stadgar.", [])]

RECORDS = [
    rec("title", "Riktlinjer för kommunfullmäktiges ägarstyrning",
        [("kommunfullmäktiges", KF, POL)], kind="heading"),
    # G6: role + copula + personal name
    rec("1", "Ordförande i kulturnämnden är Stina Berglund (V).",
        [("kulturnämnden", "kulturnämnd", POL)], [AR]),
    rec("2", "förste vice ordförande är Olof Sandberg (L).", [], [AR]),
    rec("3", "Vice ordförande i valnämnden är Hedström (KD).", [("valnämnden", "valnämnd", POL)],
        [AR]),
    rec("4", "Sekreterare i överförmyndarnämnden var under förra mandatperioden Karin Linnea "
        "Ekholm.", [("överförmyndarnämnden", "överförmyndarnämnd", POL)],
        [("var", "vara", "past", "act")]),
    rec("5", "Ordförande i fritidsnämnden är kommunalrådet.",
        [("fritidsnämnden", "fritidsnämnd", POL), ("kommunalrådet", "kommunalråd", FTV)], [AR],
        [st("kommunalråd", "kommunalrådet", "none", None, "vara", "är")]),
    rec("6", "Ordföranden i kulturnämnden är ansvarig för att sammanträdena protokollförs.",
        [("Ordföranden", "kulturnämndens ordförande", FTV), ("kulturnämnden", "kulturnämnd", POL)],
        [AR, pres("protokollförs", "protokollföra", "pass")],
        [st("kulturnämndens ordförande", "Ordföranden", "responsibility", "är ansvarig för",
            "ansvara", "är", "att sammanträdena protokollförs")]),
    # G1: V2 modal + long inverted subject + s-passive
    rec("7", "Under hösten ska förslag till mål, budget och investeringar för nämndernas "
        "verksamheter inom vård, skola och omsorg granskas av kommunstyrelsen.",
        [("nämndernas", "nämnd", POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [SKA, inf("granskas", "granska", "pass")],
        [st("kommunstyrelse", "kommunstyrelsen", "obligation", "ska", "granska", "granskas",
            "förslag till mål, budget och investeringar för nämndernas verksamheter inom vård, "
            "skola och omsorg", passive=True)]),
    rec("8", "I kommunen skall följande ärenden om ägande av bolag, stiftelser och andra "
        "föreningar med kommunal verksamhet avgöras av fullmäktige:",
        [("kommunen", "kommun", ORG), ("bolag", "bolag", ORG), ("stiftelser", "stiftelse", ORG),
         ("föreningar", "förening", ORG), ("fullmäktige", KF, POL)],
        [SKALL, inf("avgöras", "avgöra", "pass")]),
    *[rec(f"8.{letter}", item, actors, [],
          [st(KF, "fullmäktige", "obligation", "skall", "avgöra", "avgöras", item.rstrip(",."),
              passive=True)], kind="list_item", parent="8", label="–")
      for letter, (item, actors) in zip("abc", ITEMS, strict=True)],
    rec("9", "Rapporter om ekonomi, personal och miljö lämnas av förvaltningen varje kvartal.",
        [("förvaltningen", "förvaltning", "förvaltningsorganisation")],
        [pres("lämnas", "lämna", "pass")],
        [st("förvaltning", "förvaltningen", "none", None, "lämna", "lämnas",
            "Rapporter om ekonomi, personal och miljö", passive=True)]),
    # G3: fronted complex preposition ending in `om`
    rec("10", "Vid sidan om kommunstyrelsen är valnämnden ett viktigt organ under valåren.",
        [("kommunstyrelsen", "kommunstyrelse", POL), ("valnämnden", "valnämnd", POL)], [AR],
        [st("valnämnd", "valnämnden", "none", None, "vara", "är",
            "ett viktigt organ under valåren")]),
    rec("11", "Vid sidan om nämnderna arbetar pensionärsrådet med frågor om äldreomsorg.",
        [("nämnderna", "nämnd", POL), ("pensionärsrådet", "pensionärsråd", POL)],
        [pres("arbetar", "arbeta")],
        [st("pensionärsråd", "pensionärsrådet", "none", None, "arbeta",
            "arbetar", "med frågor om äldreomsorg")]),
    rec("12", "Runt om centralorten ansvarar samhällsbyggnadsnämnden för gatubelysningen.",
        [("samhällsbyggnadsnämnden", "samhällsbyggnadsnämnd", POL)],
        [pres("ansvarar", "ansvara")],
        [st("samhällsbyggnadsnämnd", "samhällsbyggnadsnämnden", "responsibility",
            "ansvarar för", "ansvara", "ansvarar", "gatubelysningen")]),
    rec("13", "Till följd av beslutet leder förvaltningschefen arbetet med den nya taxan.",
        [("förvaltningschefen", "förvaltningschef", TJP)], [pres("leder", "leda")],
        [st("förvaltningschef", "förvaltningschefen", "none", None, "leda", "leder",
            "arbetet med den nya taxan")]),
    rec("14", "Om kulturnämnden är jävig avgör kommunstyrelsen ärendet.",
        [("kulturnämnden", "kulturnämnd", POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [AR, pres("avgör", "avgöra")],
        [st("kommunstyrelse", "kommunstyrelsen", "none", None, "avgöra", "avgör", "ärendet",
            condition="Om kulturnämnden är jävig")],
        conditions=["Om kulturnämnden är jävig"]),
]


def _text(records):
    """Blank-line blocks, the lead-in's items one a line under it with a dash."""
    blocks, items = [], []
    for record in records:
        if record["meta"]["kind"] == "list_item":
            items.append("– " + record["text"])
            continue
        if items:
            blocks[-1] += "\n" + "\n".join(items)
            items = []
        blocks.append(record["text"])
    return "\n\n".join(blocks) + "\n"


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-v", {D: (_text(RECORDS), RECORDS)})
