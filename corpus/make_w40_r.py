"""Builds corpus/dev/w40-r.jsonl: invented material for round 40, writer R (analysis 40-reg,
cause 1; gold by hand from docs/annotation.md before the rule): a naming clause whose name
holds two coordinated capitalised words and goes on after them (`Stiftelsens namn ska vara
Sven och Ingrid Bergmans fond`, `Föreningens namn bör vara Per och Karin Almqvists
vänförening`, `Förbundets namn skall vara Västerby och Österby brandförbund`): the whole name
is the naming, and the owner's genitive and later short forms take it, also beside the
round 35 `Stiftelsen A och B Cs fond`. Negatives where `och` ends the name: `Stiftelsen
Ljungholmen och dess säte är …`, a closed place list `Räddningsförbundet Åsby och Lund.`, and
a place list after `i` outside the name (`Hagby Skidklubb med säte i Åsby och Lund`). Six
documents w40-r-{fond,forening,brandforbund,ljungholmen,raddning,skidklubb} with their .txt
sources. Offsets computed.
Run: python corpus/make_w40_r.py corpus/dev"""

import sys

from records import AR, BOR, HAR, ORG, POL, SKA, SKALL, inf, records_for, write_part
from records import statement as st

rec = records_for("w40-r", parent="title")


VARA = inf("vara", "vara")


def title(doc):
    return rec("title", "Stadgar", doc=doc, kind="heading", parent=None)


D = "w40-r-fond"
F = "sven och ingrid bergmans fond"
FOND_TEXT = """Stadgar

1 § Stiftelsens namn ska vara Sven och Ingrid Bergmans fond.

2 § Stiftelsen Sven och Ingrid Bergmans fond har till ändamål att främja körsång och kammarmusik.

3 § Stiftelsen ska dela ut stipendier för körsång.

4 § Stiftelsens styrelse ska föra protokoll.
"""
FOND = [
    title(D),
    rec("§1", "Stiftelsens namn ska vara Sven och Ingrid Bergmans fond.",
        [("Stiftelsens", F, ORG)], [SKA, VARA], doc=D, label="1 §"),
    rec("§2", "Stiftelsen Sven och Ingrid Bergmans fond har till ändamål att främja körsång "
        "och kammarmusik.",
        [("Stiftelsen", F, ORG), ("Sven och Ingrid Bergmans fond", F, ORG)],
        [HAR, inf("främja", "främja")],
        [st(F, "Stiftelsen", "obligation", "har till ändamål att", "främja", "främja",
            "körsång och kammarmusik")], doc=D, label="2 §"),
    rec("§3", "Stiftelsen ska dela ut stipendier för körsång.",
        [("Stiftelsen", F, ORG)], [SKA, inf("dela", "dela")],
        [st(F, "Stiftelsen", "obligation", "ska", "dela", "dela", "stipendier för körsång")],
        doc=D, label="3 §"),
    rec("§4", "Stiftelsens styrelse ska föra protokoll.",
        [("Stiftelsens", F, ORG), ("styrelse", "styrelse", POL)], [SKA, inf("föra", "föra")],
        [st("styrelse", "styrelse", "obligation", "ska", "föra", "föra", "protokoll")],
        doc=D, label="4 §"),
]

D = "w40-r-forening"
V = "per och karin almqvists vänförening"
FORENING_TEXT = """Stadgar

1 § Föreningens namn bör vara Per och Karin Almqvists vänförening.

2 § Föreningen ska varje år upprätta en verksamhetsberättelse.
"""
FORENING = [
    title(D),
    rec("§1", "Föreningens namn bör vara Per och Karin Almqvists vänförening.",
        [("Föreningens", V, ORG)], [BOR, VARA], doc=D, label="1 §"),
    rec("§2", "Föreningen ska varje år upprätta en verksamhetsberättelse.",
        [("Föreningen", V, ORG)], [SKA, inf("upprätta", "upprätta")],
        [st(V, "Föreningen", "obligation", "ska", "upprätta", "upprätta",
            "en verksamhetsberättelse")], doc=D, label="2 §"),
]

D = "w40-r-brandforbund"
B = "västerby och österby brandförbund"
BRANDFORBUND_TEXT = """Stadgar

1 § Förbundets namn skall vara Västerby och Österby brandförbund.

2 § Förbundet ska sköta brandskyddet i orterna.
"""
BRANDFORBUND = [
    title(D),
    rec("§1", "Förbundets namn skall vara Västerby och Österby brandförbund.",
        [("Förbundets", B, ORG)], [SKALL, VARA], doc=D, label="1 §"),
    rec("§2", "Förbundet ska sköta brandskyddet i orterna.",
        [("Förbundet", B, ORG)], [SKA, inf("sköta", "sköta")],
        [st(B, "Förbundet", "obligation", "ska", "sköta", "sköta", "brandskyddet i orterna")],
        doc=D, label="2 §"),
]

# Negatives: `och` ends the name
D = "w40-r-ljungholmen"
L = "stiftelsen ljungholmen"
LJUNGHOLMEN_TEXT = """Stadgar

1 § Stiftelsens namn är Stiftelsen Ljungholmen och dess säte är Ekby.

2 § Stiftelsen ska bevara gården och dess samlingar.
"""
LJUNGHOLMEN = [
    title(D),
    rec("§1", "Stiftelsens namn är Stiftelsen Ljungholmen och dess säte är Ekby.",
        [("Stiftelsens", L, ORG)], [AR, (*AR, 1)], doc=D, label="1 §"),
    rec("§2", "Stiftelsen ska bevara gården och dess samlingar.",
        [("Stiftelsen", L, ORG)], [SKA, inf("bevara", "bevara")],
        [st(L, "Stiftelsen", "obligation", "ska", "bevara", "bevara",
            "gården och dess samlingar")], doc=D, label="2 §"),
]

D = "w40-r-raddning"
R = "räddningsförbundet åsby och lund"
RADDNING_TEXT = """Stadgar

1 § Förbundets namn är Räddningsförbundet Åsby och Lund.

2 § Förbundet ska underhålla brandposterna.
"""
RADDNING = [
    title(D),
    rec("§1", "Förbundets namn är Räddningsförbundet Åsby och Lund.",
        [("Förbundets", R, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", "Förbundet ska underhålla brandposterna.",
        [("Förbundet", R, ORG)], [SKA, inf("underhålla", "underhålla")],
        [st(R, "Förbundet", "obligation", "ska", "underhålla", "underhålla", "brandposterna")],
        doc=D, label="2 §"),
]

D = "w40-r-skidklubb"
K = "hagby skidklubb"
SKIDKLUBB_TEXT = """Stadgar

1 § Föreningens namn är Hagby Skidklubb med säte i Åsby och Lund.

2 § Föreningen ska anordna skidtävlingar.
"""
SKIDKLUBB = [
    title(D),
    rec("§1", "Föreningens namn är Hagby Skidklubb med säte i Åsby och Lund.",
        [("Föreningens", K, ORG)], [AR], doc=D, label="1 §"),
    rec("§2", "Föreningen ska anordna skidtävlingar.",
        [("Föreningen", K, ORG)], [SKA, inf("anordna", "anordna")],
        [st(K, "Föreningen", "obligation", "ska", "anordna", "anordna", "skidtävlingar")],
        doc=D, label="2 §"),
]

DOCUMENTS = {"w40-r-fond": (FOND_TEXT, FOND),
             "w40-r-forening": (FORENING_TEXT, FORENING),
             "w40-r-brandforbund": (BRANDFORBUND_TEXT, BRANDFORBUND),
             "w40-r-ljungholmen": (LJUNGHOLMEN_TEXT, LJUNGHOLMEN),
             "w40-r-raddning": (RADDNING_TEXT, RADDNING),
             "w40-r-skidklubb": (SKIDKLUBB_TEXT, SKIDKLUBB)}


if __name__ == "__main__":
    write_part(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev", "w40-r", DOCUMENTS)
