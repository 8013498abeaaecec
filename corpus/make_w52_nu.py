"""Builds corpus/dev/w52-nu.jsonl and corpus/dev/w52-nu-arkiv.txt: invented material for
round 52, the fixer of new-user trial 52b (gold by hand from docs/annotation.md before the
rules, offsets computed; each sentence its own document). u1 (fault 4): an expletive cleft
`Det är <actor>s uppgift/ansvar att V` is a responsibility of the genitive's actor, aim V (a
body and an official, coordinated aims); negatives: `Det är <actor>s sak att …` (no cue noun)
and `Det är viktigt att …` (no actor genitive). Fault 1: `I de fall <actor> begär det ska …`
(the tagger's noun reading of the present `begär`) is the condition of the main clause.
Fault 2: `ska se till att` as a stacked item under a `ska:` lead-in (annotation.md §5.6,
round 48): modal `ska se till att`, object from `att`.
Run: python corpus/make_w52_nu.py corpus/dev"""

import sys

from records import AR, FTV, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

D = "w52-nu"
_rec = records_for(D, check_texts=True, conditions_from_statements=True)
item_rec = records_for(D)  # a list item's actor text is its lead-in's


def rec(cid, text, *args, doc=None, **kwargs):
    """One document per sentence (``w52-nu-<cid>``)."""
    return _rec(cid, text, *args, doc=doc or f"{D}-{cid}", **kwargs)


RESP = "responsibility"
UPPG, ANSV = "är uppgift att", "är ansvar att"
SENTENCES = [
    # u1: the cleft puts the responsibility on the genitive's actor
    rec("u1-1", "Det är ekonomichefens uppgift att upprätta förslaget till budget.",
        [("ekonomichefens", "ekonomichef", TJP)],
        [AR, inf("upprätta")],
        [st("ekonomichef", "ekonomichefens", RESP, UPPG, "upprätta", "upprätta",
            "förslaget till budget")]),
    rec("u1-2", "Det är förvaltningschefens ansvar att informera personalen om besluten.",
        [("förvaltningschefens", "förvaltningschef", TJP), ("personalen", "personal", TJP)],
        [AR, inf("informera")],
        [st("förvaltningschef", "förvaltningschefens", RESP, ANSV, "informera", "informera",
            "personalen om besluten")]),
    rec("u1-3", "Det är sekreterarens uppgift att föra protokoll och expediera besluten.",
        [("sekreterarens", "sekreterare", TJP)],
        [AR, inf("föra"), inf("expediera")],
        [st("sekreterare", "sekreterarens", RESP, UPPG, "föra", "föra", "protokoll"),
         st("sekreterare", "sekreterarens", RESP, UPPG, "expediera", "expediera",
            "besluten")]),
    rec("u1-4", "Det är nämndens ansvar att följa upp verksamheten.",
        [("nämndens", "nämnd", POL)],
        [AR, inf("följa")],
        [st("nämnd", "nämndens", RESP, ANSV, "följa", "följa", "verksamheten")]),
    # negatives: no cue noun; no actor genitive
    rec("u1-n1", "Det är styrelsens sak att avgöra frågan.",
        [("styrelsens", "styrelse", POL)],
        [AR, inf("avgöra")]),
    rec("u1-n2", "Det är viktigt att arbetet samordnas.",
        [], [AR, pres("samordnas", "samordna", "pass")]),
    # fault 1: the condition `I de fall X begär det` before the main clause
    rec("f1-1", "I de fall nämnden begär det ska ekonomichefen redovisa utfallet.",
        [("nämnden", "nämnd", POL), ("ekonomichefen", "ekonomichef", TJP)],
        [pres("begär", "begära"), SKA, inf("redovisa")],
        [st("ekonomichef", "ekonomichefen", "obligation", "ska", "redovisa", "redovisa",
            "utfallet", condition="I de fall nämnden begär det")]),
    rec("f1-2", "I de fall ordföranden begär det ska sekreteraren lämna ut handlingarna.",
        [("ordföranden", "ordförande", FTV), ("sekreteraren", "sekreterare", TJP)],
        [pres("begär", "begära"), SKA, inf("lämna")],
        [st("sekreterare", "sekreteraren", "obligation", "ska", "lämna", "lämna",
            "handlingarna", condition="I de fall ordföranden begär det")]),
]

A = f"{D}-arkiv"
ARKIV_ITEMS = ["se till att handlingarna förtecknas,", "ansvara för registret över diarierna."]
ARKIV_TEXT = ("Instruktion för arkivarien\n\nArkivarien ska:\n"
              + "".join(f"- {item}\n" for item in ARKIV_ITEMS))
ARK = ("arkivarie", "Arkivarien", "obligation")
ARKIV = [
    rec("title", "Instruktion för arkivarien", [("arkivarien", "arkivarie", TJP)],
        kind="heading", doc=A),
    rec("1", "Arkivarien ska:", [("Arkivarien", "arkivarie", TJP)], [SKA], doc=A),
    item_rec("1.a", ARKIV_ITEMS[0], [], [inf("se"), pres("förtecknas", "förteckna", "pass")],
        [st(*ARK, "ska se till att", "se", "se", "att handlingarna förtecknas")],
        kind="list_item", parent="1", label="-", doc=A),
    item_rec("1.b", ARKIV_ITEMS[1], [], [inf("ansvara")],
        [st(*ARK, "ska ansvara för", "ansvara", "ansvara", "registret över diarierna")],
        kind="list_item", parent="1", label="-", doc=A),
]

if __name__ == "__main__":
    write_part(sys.argv[1], D, {A: (ARKIV_TEXT, ARKIV)}, before=SENTENCES)
