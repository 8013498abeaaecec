"""Builds corpus/dev/w49-nu1.jsonl and the documents corpus/dev/w49-nu1-*.txt with their gold:
invented material for round 49, writer nu1 (new-user trial 49, fault 1). A Word or web
auto-numbered list copied as text counts again from `1.` inside a section whose heading
prints a whole number (`1 Allmänt` ⏎ `1. Delegaten ska …` ⏎ `2. …` ⏎ `2 Ekonomi`): the
items are that section's list (`1.1.a`, `1.1.b` under the paragraph before them) and the
next heading keeps its number (`2`, its paragraph `2.1`), docs/clauses.md. Negative
(`w49-nu1-forts`): numbered paragraphs that go on with the document's count (`3.`, `4.`
under section `2`) stay paragraphs with their printed numbers. Gold by hand from
docs/annotation.md §1 and §5 before the rule. Offsets computed.
Run: python corpus/make_w49_nu1.py corpus/dev"""

import sys

from records import FAR, POL, SKA, TJP, inf, records_for, write_part
from records import statement as st

rec = records_for("w49-nu1")

# (a) A committee's delegation order: a restarted list inside section 1.
D = "w49-nu1-simhall"
SIM_TEXT = """Delegationsordning för fritidsnämnden i Lindås kommun

1 Allmänt

Fritidsnämnden ska pröva delegationen.

1. Delegaten ska anmäla besluten till nämnden.

2. Fritidschefen får inte besluta i egna ärenden.

2 Ekonomi

Ekonomichefen ska redovisa budgeten.
"""
SIM = [
    rec("title", "Delegationsordning för fritidsnämnden i Lindås kommun",
        [("fritidsnämnden", "fritidsnämnd", POL), ("Lindås kommun", "lindås kommun", "organisation")],
        kind="heading", doc=D),
    rec("1", "Allmänt", kind="heading", label="1", doc=D),
    rec("1.1", "Fritidsnämnden ska pröva delegationen.",
        [("Fritidsnämnden", "fritidsnämnd", POL)], [SKA, inf("pröva")],
        [st("fritidsnämnd", "Fritidsnämnden", "obligation", "ska", "pröva", "pröva",
            "delegationen")], parent="1", doc=D),
    rec("1.1.a", "Delegaten ska anmäla besluten till nämnden.",
        [("Delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)], [SKA, inf("anmäla")],
        [st("delegat", "Delegaten", "obligation", "ska", "anmäla", "anmäla",
            "besluten till nämnden")], kind="list_item", parent="1.1", label="1.", doc=D),
    rec("1.1.b", "Fritidschefen får inte besluta i egna ärenden.",
        [("Fritidschefen", "fritidschef", TJP)], [FAR, inf("besluta")],
        [st("fritidschef", "Fritidschefen", "prohibition", "får inte", "besluta", "besluta",
            "i egna ärenden", negated=True)], kind="list_item", parent="1.1", label="2.",
        doc=D),
    rec("2", "Ekonomi", kind="heading", label="2", doc=D),
    rec("2.1", "Ekonomichefen ska redovisa budgeten.",
        [("Ekonomichefen", "ekonomichef", TJP)], [SKA, inf("redovisa")],
        [st("ekonomichef", "Ekonomichefen", "obligation", "ska", "redovisa", "redovisa",
            "budgeten")], parent="2", doc=D),
]

# (b) Negative: paragraphs numbered on from the document's count under section 2.
D = "w49-nu1-forts"
FORTS_TEXT = """Instruktion för kultursekreteraren i Lindås kommun

1 Uppdrag

Kultursekreteraren ska leda kulturskolan.

2 Rapportering

3. Kultursekreteraren ska lämna en rapport till kulturchefen.

4. Kulturchefen får begära uppgifter från kulturskolan.
"""
FORTS = [
    rec("title", "Instruktion för kultursekreteraren i Lindås kommun",
        [("kultursekreteraren", "kultursekreterare", TJP),
         ("Lindås kommun", "lindås kommun", "organisation")], kind="heading", doc=D),
    rec("1", "Uppdrag", kind="heading", label="1", doc=D),
    rec("1.1", "Kultursekreteraren ska leda kulturskolan.",
        [("Kultursekreteraren", "kultursekreterare", TJP)], [SKA, inf("leda")],
        [st("kultursekreterare", "Kultursekreteraren", "obligation", "ska", "leda", "leda",
            "kulturskolan")], parent="1", doc=D),
    rec("2", "Rapportering", kind="heading", label="2", doc=D),
    rec("3", "Kultursekreteraren ska lämna en rapport till kulturchefen.",
        [("Kultursekreteraren", "kultursekreterare", TJP), ("kulturchefen", "kulturchef", TJP)],
        [SKA, inf("lämna")],
        [st("kultursekreterare", "Kultursekreteraren", "obligation", "ska", "lämna", "lämna",
            "en rapport till kulturchefen")], parent="2", label="3.", doc=D),
    rec("4", "Kulturchefen får begära uppgifter från kulturskolan.",
        [("Kulturchefen", "kulturchef", TJP)], [FAR, inf("begära")],
        [st("kulturchef", "Kulturchefen", "permission", "får", "begära", "begära",
            "uppgifter från kulturskolan")], parent="2", label="4.", doc=D),
]

DOCUMENTS = {"w49-nu1-simhall": (SIM_TEXT, SIM), "w49-nu1-forts": (FORTS_TEXT, FORTS)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w49-nu1", DOCUMENTS)
