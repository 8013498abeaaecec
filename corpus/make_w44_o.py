"""Builds corpus/dev/w44-o.jsonl and the small documents corpus/dev/w44-o-*.txt with their
gold: invented material for round 44, writer O (new-user trial 44; gold by hand from
docs/annotation.md before the rules, offsets computed): a `ska särskilt:` lead-in over a
lettered list labelled ``a.``–``c.`` one item a line, and one with ``a.``–``d.`` run onto its
lead-in's long line (items as for ``a)``, §1.2); ``t.ex.``, ``m.m.``, ``s. 4``, an initial
``A. Berg`` and ``bl. a.`` inside sentences as negatives (no label, no cut); verb-first
conditions without ``om`` closed by a comma before a modal whose inverted subject the tagger
misreads
(``Har direktionen inte utsett någon vice förvaltningschef, ska controllern träda in``,
``Skulle kassören avgå …, ska vice ordföranden …``: the first clause the condition, the
statement the main clause's), and a question as the negative.
Run: python corpus/make_w44_o.py corpus/dev"""

import sys

from records import EXT, FAR, FTV, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w44-o", conditions_from_statements=True)

FC = "förvaltningschef"
DIR = "direktion"
CTRL = "controller"
VO = "direktionens vice ordförande"

D = "w44-o-tallmo"


def item(cid, text, actors=(), verbs=(), statements=()):
    return rec(cid, text, actors, verbs, statements, doc=D, kind="list_item",
               parent=cid.rsplit(".", 1)[0], label=cid.rsplit(".", 1)[1] + ".")


COND_1 = "Har direktionen inte utsett någon vice förvaltningschef"
COND_2 = "Skulle kassören avgå under året"
INLINE = ("Controllern ska särskilt: a. bokföra alla utbetalningar, b. stämma av kassan varje "
          "månad, c. granska leverantörernas fakturor mot gällande avtal och prislistor, "
          "d. lämna en samlad ekonomisk rapport till direktionen inför varje sammanträde.")
TALLMO = [
    rec("title", "Instruktion för förvaltningschefen", [("förvaltningschefen", FC, TJP)],
        doc=D, kind="heading"),
    rec("1", "Uppdrag", doc=D, kind="heading", label="1."),
    rec("1.1", "Förvaltningschefen ska särskilt:", [("Förvaltningschefen", FC, TJP)], [SKA],
        doc=D, parent="1", label="1.1"),
    item("1.1.a", "planera och styra verksamheten,", [],
         [inf("planera"), inf("styra")],
         [st(FC, "Förvaltningschefen", "obligation", "ska", "planera", "planera"),
          st(FC, "Förvaltningschefen", "obligation", "ska", "styra", "styra", "verksamheten")]),
    item("1.1.b", "förbereda underlag till direktionens sammanträden,",
         [("direktionens", DIR, POL)], [inf("förbereda")],
         [st(FC, "Förvaltningschefen", "obligation", "ska", "förbereda", "förbereda",
             "underlag till direktionens sammanträden")]),
    item("1.1.c", "rapportera avvikelser till direktionen.", [("direktionen", DIR, POL)],
         [inf("rapportera")],
         [st(FC, "Förvaltningschefen", "obligation", "ska", "rapportera", "rapportera",
             "avvikelser till direktionen")]),
    rec("1.2", f"{COND_1}, ska controllern träda in.",
        [("direktionen", DIR, POL), ("vice förvaltningschef", "vice förvaltningschef", TJP),
         ("controllern", CTRL, TJP)],
        [pres("Har", "ha"), ("utsett", "utse", "sup", "act", 0), SKA, inf("träda")],
        [st(CTRL, "controllern", "obligation", "ska", "träda", "träda", condition=COND_1)],
        doc=D, parent="1", label="1.2"),
    rec("1.3", f"{COND_2}, ska vice ordföranden utse en efterträdare.",
        [("kassören", "kassör", FTV), ("vice ordföranden", VO, FTV)],
        [("Skulle", "skola", "past", "act", 0), inf("avgå"), SKA, inf("utse")],
        [st(VO, "vice ordföranden", "obligation", "ska", "utse", "utse", "en efterträdare",
            condition=COND_2)],
        doc=D, parent="1", label="1.3"),
    rec("1.4", "Har direktionen utsett en ersättare för controllern?",
        [("direktionen", DIR, POL), ("controllern", CTRL, TJP)],
        [pres("Har", "ha"), ("utsett", "utse", "sup", "act", 0)],
        doc=D, parent="1", label="1.4"),
    rec("2", "Ekonomi", doc=D, kind="heading", label="2."),
    rec("2.1", "Controllern ska särskilt:", [("Controllern", CTRL, TJP)], [SKA],
        doc=D, parent="2", label="2.1"),
    item("2.1.a", "bokföra alla utbetalningar,", [], [inf("bokföra")],
         [st(CTRL, "Controllern", "obligation", "ska", "bokföra", "bokföra",
             "alla utbetalningar")]),
    item("2.1.b", "stämma av kassan varje månad,", [], [inf("stämma")],
         [st(CTRL, "Controllern", "obligation", "ska", "stämma", "stämma", "av kassan")]),
    item("2.1.c", "granska leverantörernas fakturor mot gällande avtal och prislistor,",
         [("leverantörernas", "leverantör", EXT)], [inf("granska")],
         [st(CTRL, "Controllern", "obligation", "ska", "granska", "granska",
             "leverantörernas fakturor mot gällande avtal och prislistor")]),
    item("2.1.d", "lämna en samlad ekonomisk rapport till direktionen inför varje sammanträde.",
         [("direktionen", DIR, POL)], [inf("lämna")],
         [st(CTRL, "Controllern", "obligation", "ska", "lämna", "lämna",
             "en samlad ekonomisk rapport till direktionen")]),
    rec("2.2", "Controllern redovisar t.ex. kostnader och intäkter m.m. enligt s. 4 i bilagan.",
        [("Controllern", CTRL, TJP)], [pres("redovisar", "redovisa")],
        [st(CTRL, "Controllern", "none", None, "redovisa", "redovisar",
            "t.ex. kostnader och intäkter m.m.")],
        doc=D, parent="2", label="2.2"),
    rec("2.3", "Bokslutet granskas av A. Berg på revisionsbyrån. Kassören får attestera "
        "fakturor, bl. a. löpande utgifter.",
        [("Kassören", "kassör", FTV)],
        [pres("granskas", "granska", "pass"), FAR, inf("attestera")],
        [st("kassör", "Kassören", "permission", "får", "attestera", "attestera", "fakturor")],
        doc=D, parent="2", label="2.3"),
]


def _text(records):
    lines = {"1.1.a", "1.1.b", "1.1.c"}
    blocks, previous = [], None
    for record in records:
        meta = record["meta"]
        cid, label = meta["clause_id"], meta["label"]
        text = f"{label} {record['text']}" if label else record["text"]
        if cid.startswith("2.1."):
            continue  # run onto the lead-in's line
        if cid == "2.1":
            text = f"{label} {INLINE}"
        joined = cid in lines and previous in lines | {"1.1"}
        blocks.append(("\n" if joined else "\n\n") + text if blocks else text)
        previous = cid
    return "".join(blocks) + "\n"


DOCUMENTS = {D: (_text(TALLMO), TALLMO)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w44-o", DOCUMENTS)
