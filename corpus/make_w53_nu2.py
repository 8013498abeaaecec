"""Builds corpus/dev/w53-nu2.jsonl and its documents: invented material for round 53, fixer
fix53e (new-user trial 53b faults 1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14). Gold by hand from
docs/annotation.md (§4, §5.1, §5.3, §5.6, round 53 r5) before the rules; offsets computed;
each sentence its own document, the two lead-in lists one more.
Fault 1: an item with `inte` under `X ska:` / `X får:` negates the inherited cue (a
prohibition, negated; negatives: the items without `inte`). Fault 2: `Det åligger inte X att`
(a prohibition; negative without `inte`). Fault 10 (r5): a role noun as the inverted subject
after a fronted adverbial and as a second conjunct subject (negative: the same noun as an
object). Fault 3: `-värd` a staff post as the subject (negative: `riktvärden`, the plural of
`värde`). Fault 11: `Det åligger X att, om det behövs, V …`. Fault 12: `ska i/efter samråd
med X upprätta …` (the condition ends at its noun). Faults 4, 6, 13, 14: the object stops
before `och` + a subject and its verb, leaves out the cue's `inte`, stops before `och att` +
infinitive, and leaves a postposed `om`-clause to the condition. Fault 5: `I de fall X är
jävig ska …` (the condition runs to the main verb).
Run: python corpus/make_w53_nu2.py corpus/dev"""

import sys

from records import FAR, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

D = "w53-nu2"
_rec = records_for(D, check_texts=True, conditions_from_statements=True)
item_rec = records_for(D)  # a list item's actor text is its lead-in's


def rec(cid, text, *args, **kwargs):
    """One document per sentence (``w53-nu2-<cid>``)."""
    return _rec(cid, text, *args, doc=f"{D}-{cid}", **kwargs)


OBL, PRO, RESP = "obligation", "prohibition", "responsibility"
EC, KC, MC = ("ekonomichef", TJP), ("kanslichef", TJP), ("miljöchef", TJP)
ALIGGER = ("åligger", "åligga", "pres", "act")
SENTENCES = [
    rec("f2-1", "Det åligger inte ekonomichefen att underteckna hyreskontrakt.",
        [("ekonomichefen", *EC)], [ALIGGER, inf("underteckna")],
        [st("ekonomichef", "ekonomichefen", PRO, "åligger", "underteckna", "underteckna",
            "hyreskontrakt", negated=True)]),
    rec("f2-n", "Det åligger ekonomichefen att underteckna arrendeavtal.",
        [("ekonomichefen", *EC)], [ALIGGER, inf("underteckna")],
        [st("ekonomichef", "ekonomichefen", OBL, "åligger", "underteckna", "underteckna",
            "arrendeavtal")]),
    rec("f10-1", "Vid förfall ska Geologen underrätta miljöchefen.",
        [("Geologen", "geolog", OVR), ("miljöchefen", *MC)], [SKA, inf("underrätta")],
        [st("geolog", "Geologen", OBL, "ska", "underrätta", "underrätta", "miljöchefen",
            condition="Vid förfall")]),
    rec("f10-2", "Miljöchefen och Geologen ska gemensamt planera provtagningen.",
        [("Miljöchefen", *MC), ("Geologen", "geolog", OVR)], [SKA, inf("planera")],
        [st("miljöchef", "Miljöchefen", OBL, "ska", "planera", "planera", "provtagningen"),
         st("geolog", "Geologen", OBL, "ska", "planera", "planera", "provtagningen")]),
    rec("f10-n", "Miljöchefen ska informera Geologen om resultaten.",
        [("Miljöchefen", *MC)], [SKA, inf("informera")],
        [st("miljöchef", "Miljöchefen", OBL, "ska", "informera", "informera",
            "Geologen om resultaten")]),
    rec("f3-1", "Fastighetsvärden ska kontrollera ventilationen i lokalerna.",
        [("Fastighetsvärden", "fastighetsvärd", TJP)], [SKA, inf("kontrollera")],
        [st("fastighetsvärd", "Fastighetsvärden", OBL, "ska", "kontrollera", "kontrollera",
            "ventilationen i lokalerna")]),
    rec("f3-n", "Miljönämnden fastställer riktvärden för buller.",
        [("Miljönämnden", "miljönämnd", POL)], [pres("fastställer", "fastställa")],
        [st("miljönämnd", "Miljönämnden", "none", None, "fastställa", "fastställer",
            "riktvärden för buller")]),
    rec("f11-1", "Det åligger kanslichefen att, om det behövs, sammankalla extra sammanträden.",
        [("kanslichefen", *KC)],
        [ALIGGER, pres("behövs", "behöva", "pass"), inf("sammankalla")],
        [st("kanslichef", "kanslichefen", OBL, "åligger", "sammankalla", "sammankalla",
            "extra sammanträden",
            condition="om det behövs")]),
    rec("f12-1", "Miljöchefen ska i samråd med kanslichefen upprätta tidsplanen.",
        [("Miljöchefen", *MC), ("kanslichefen", *KC)], [SKA, inf("upprätta")],
        [st("miljöchef", "Miljöchefen", OBL, "ska", "upprätta", "upprätta", "tidsplanen",
            condition="i samråd med kanslichefen")]),
    rec("f12-2", "Miljöchefen ska efter samråd med kanslichefen upprätta budgetramen.",
        [("Miljöchefen", *MC), ("kanslichefen", *KC)], [SKA, inf("upprätta")],
        [st("miljöchef", "Miljöchefen", OBL, "ska", "upprätta", "upprätta", "budgetramen",
            condition="efter samråd med kanslichefen")]),
    rec("f4-1", "Kanslichefen ska granska protokollen och miljöchefen ska arkivera dem.",
        [("Kanslichefen", *KC), ("miljöchefen", *MC)],
        [SKA, inf("granska"), (*SKA, 1), inf("arkivera")],
        [st("kanslichef", "Kanslichefen", OBL, "ska", "granska", "granska", "protokollen"),
         st("miljöchef", "miljöchefen", OBL, "ska", "arkivera", "arkivera", "dem")]),
    rec("f6-1", "Miljöchefen ansvarar inte för tillsynen.",
        [("Miljöchefen", *MC)], [pres("ansvarar", "ansvara")],
        [st("miljöchef", "Miljöchefen", RESP, "ansvarar inte för", "ansvara", "ansvarar",
            "för tillsynen", negated=True)]),
    rec("f13-1", "Det åligger miljöchefen att leda tillsynen och att samordna provtagningen.",
        [("miljöchefen", *MC)], [ALIGGER, inf("leda"), inf("samordna")],
        [st("miljöchef", "miljöchefen", OBL, "åligger", "leda", "leda", "tillsynen"),
         st("miljöchef", "miljöchefen", OBL, "åligger", "samordna", "samordna",
            "provtagningen")]),
    rec("f14-1", "Miljöchefen får besluta om avgifter om beloppet understiger tusen kronor.",
        [("Miljöchefen", *MC)],
        [FAR, inf("besluta"), pres("understiger", "understiga")],
        [st("miljöchef", "Miljöchefen", "permission", "får", "besluta", "besluta",
            "om avgifter", condition="om beloppet understiger tusen kronor")]),
    rec("f5-1", "I de fall miljöchefen är jävig ska kanslichefen besluta i ärendet.",
        [("miljöchefen", *MC), ("kanslichefen", *KC)],
        [pres("är", "vara"), SKA, inf("besluta")],
        [st("kanslichef", "kanslichefen", OBL, "ska", "besluta", "besluta", "i ärendet",
            condition="I de fall miljöchefen är jävig")]),
]

L = f"{D}-lista"
SKA_ITEMS = ["leda byggprojekten,", "inte godkänna egna utlägg,",
             "attestera leverantörsfakturor."]
FAR_ITEMS = ["besluta om inköp,", "inte besluta om löner."]
LISTA_TEXT = ("Instruktion för byggchefen\n\nByggchefen ska:\n"
              + "".join(f"- {item}\n" for item in SKA_ITEMS)
              + "\nByggchefen får:\n" + "".join(f"- {item}\n" for item in FAR_ITEMS))
BC = ("byggchef", "Byggchefen")
BYGGCHEF = [("Byggchefen", "byggchef", TJP)]
LISTA = [
    item_rec("title", "Instruktion för byggchefen", [("byggchefen", "byggchef", TJP)],
             kind="heading", doc=L),
    item_rec("1", "Byggchefen ska:", BYGGCHEF, [SKA], doc=L),
    item_rec("1.a", SKA_ITEMS[0], [], [inf("leda")],
             [st(*BC, OBL, "ska", "leda", "leda", "byggprojekten")],
             kind="list_item", parent="1", label="-", doc=L),
    item_rec("1.b", SKA_ITEMS[1], [], [inf("godkänna")],
             [st(*BC, PRO, "ska inte", "godkänna", "godkänna", "egna utlägg", negated=True)],
             kind="list_item", parent="1", label="-", doc=L),
    item_rec("1.c", SKA_ITEMS[2], [], [inf("attestera")],
             [st(*BC, OBL, "ska", "attestera", "attestera", "leverantörsfakturor")],
             kind="list_item", parent="1", label="-", doc=L),
    item_rec("2", "Byggchefen får:", BYGGCHEF, [FAR], doc=L),
    item_rec("2.a", FAR_ITEMS[0], [], [inf("besluta")],
             [st(*BC, "permission", "får", "besluta", "besluta", "om inköp")],
             kind="list_item", parent="2", label="-", doc=L),
    item_rec("2.b", FAR_ITEMS[1], [], [inf("besluta")],
             [st(*BC, PRO, "får inte", "besluta", "besluta", "om löner", negated=True)],
             kind="list_item", parent="2", label="-", doc=L),
]

if __name__ == "__main__":
    write_part(sys.argv[1], D, {L: (LISTA_TEXT, LISTA)}, before=SENTENCES)
