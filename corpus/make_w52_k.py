"""Builds corpus/dev/w52-k.jsonl and the pages corpus/dev/w52-k-*.txt with their gold: the
writer probe w52-k of round 52 (re-opened part z), invented and annotated by hand from
docs/annotation.md before any run. `w52-k-stamp`: a decision printed as a PDF text layer that
keeps its line wraps, a cover stamp of one field a line (`PROTOKOLLSUTDRAG`, a date, a case
number `TN 318/25`, `Antagen <date>`) and a title wrapped after `för` above wrapped prose
(§1.2 round 20 S2/S3; z-C1): four metadata clauses, one heading, then the paragraphs.
`w52-k-neg-beslut`: a wrapped sentence whose first word `Beslut` stands alone on its line (no
cover stamp: one paragraph). `w52-k-grupper`: a valnämnd's page with `Name - <present> …`
items under `Valnämnden har tillsatt följande grupper:` (each item completes the lead-in and
has its own clause, also with the content verbs `omfattar` and `avser`; z-C2), and non-actor
names before a dash under `Följande gäller:` (no statement). `w52-k-liksom`: `liksom` between
two subjects before their finite verb (round 52 ruling zz2: two statements, also past `i
förekommande fall`), after the verb and in commas (joins nothing). `w52-k-sih`: a högskola's
arbetsordning whose title names it only by its acronym (ruling zz3: `sih`, and `Högskolan`,
`Högskolans` take it). Offsets computed.
Run: python corpus/make_w52_k.py corpus/dev"""

import sys

from records import EXT, FAR, HAR, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w52-k", conditions_from_statements=True)


def item(cid, text, actors=(), verbs=(), statements=(), *, doc, parent):
    """A bullet-less named item (label "")."""
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item", parent=parent)


# (a) A wrapped PDF text layer under a cover stamp.
D = "w52-k-stamp"
STAMP_TEXT = """PROTOKOLLSUTDRAG
2025-03-18
TN 318/25
Antagen 2025-04-02
Delegationsordning för
tekniska nämnden
Tekniska nämnden ska varje år pröva om delegationsordningen behöver ändras och får
besluta om nya riktlinjer för delegationen. Förvaltningschefen ska anmäla besluten
till nämnden vid nästa sammanträde.
Förvaltningschefen får vidaredelegera beslutanderätten till en enhetschef inom
förvaltningen i frågor som rör den löpande driften av gator och parker. Enhetschefen
ska samråda med förvaltningschefen innan ett beslut fattas.
"""
L = STAMP_TEXT.split("\n")
TN = "teknisk nämnd"
FC = "förvaltningschef"
P1 = " ".join(L[6:9])
P2 = " ".join(L[9:12])
STAMP = [
    # the cover stamp: four metadata clauses (written as paragraphs, ids m1-m4)
    *(rec(f"m{n}", L[n - 1], doc=D, parent=None) for n in range(1, 5)),
    rec("title", f"{L[4]} {L[5]}", [("tekniska nämnden", TN, POL)], doc=D, kind="heading"),
    rec("1", P1,
        [("Tekniska nämnden", TN, POL), ("Förvaltningschefen", FC, TJP),
         ("nämnden", "nämnd", POL, 1)],
        [SKA, inf("pröva"), FAR, inf("besluta"), (*SKA, 1), inf("anmäla")],
        [st(TN, "Tekniska nämnden", "obligation", "ska", "pröva", "pröva"),
         st(TN, "Tekniska nämnden", "permission", "får", "besluta", "besluta"),
         st(FC, "Förvaltningschefen", "obligation", "ska", "anmäla", "anmäla")],
        doc=D, parent="title"),
    rec("2", P2,
        [("Förvaltningschefen", FC, TJP), ("enhetschef", "enhetschef", TJP),
         ("förvaltningen", "förvaltning", "förvaltningsorganisation"),
         ("Enhetschefen", "enhetschef", TJP), ("förvaltningschefen", FC, TJP)],
        [FAR, inf("vidaredelegera"), SKA, inf("samråda"), pres("fattas", "fatta", "pass")],
        [st(FC, "Förvaltningschefen", "permission", "får", "vidaredelegera", "vidaredelegera"),
         st("enhetschef", "Enhetschefen", "obligation", "ska", "samråda", "samråda")],
        doc=D, parent="title"),
]

# (b) No cover stamp: a capitalised first word alone on its line.
D = "w52-k-neg-beslut"
NEG_TEXT = """Bidragsregler för föreningar

Beslut
om bidrag fattas av fritidsnämnden varje år efter en samlad bedömning av föreningarnas
verksamhet och deras ansökningar. Föreningen ska redovisa hur bidraget har använts.
"""
N = NEG_TEXT.split("\n")
FN = "fritidsnämnd"
NEG = [
    rec("title", N[0], doc=D, kind="heading"),
    rec("1", " ".join(N[2:5]),
        [("fritidsnämnden", FN, POL), ("Föreningen", "förening", ORG)],
        [pres("fattas", "fatta", "pass"), SKA, inf("redovisa")],
        [st(FN, "fritidsnämnden", "none", None, "fatta", "fattas", passive=True),
         st("förening", "Föreningen", "obligation", "ska", "redovisa", "redovisa")],
        doc=D, parent="title"),
]

# (c) A valnämnd's page: named items with content verbs.
D = "w52-k-grupper"
GR_TEXT = """Valnämnden
Valnämnden ansvarar för genomförandet av allmänna val i kommunen.
Valnämnden har tillsatt följande grupper:
Lokalgrupp - omfattar vallokalernas bemanning och utrustning.
Rösträkningsgrupp - avser den preliminära rösträkningen på valnatten.
Informationsgrupp - granskar valsedlarnas utformning.
Mötesformer
Följande gäller:
Sammanträden - avser ordinarie möten under valåret.
Protokoll - omfattar beslut och reservationer.
Nämnden sammanträder minst sex gånger per år.
"""
G = GR_TEXT.split("\n")
VN = "valnämnd"


def tillsatt(group):
    """The lead-in's statement an item completes (object: the group's name)."""
    return st(VN, "Valnämnden", "none", None, "tillsätta", "tillsatt", group)


GRUPPER = [
    rec("title", G[0], [("Valnämnden", VN, POL)], doc=D, kind="heading"),
    rec("1", G[1], [("Valnämnden", VN, POL)],
        [pres("ansvarar", "ansvara")],
        [st(VN, "Valnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för genomförandet av allmänna val i kommunen")], doc=D, parent="title"),
    rec("2", G[2], [("Valnämnden", VN, POL)],
        [HAR, ("tillsatt", "tillsätta", "sup", "act")],
        doc=D, parent="title"),
    item("2.a", G[3], [("Lokalgrupp", "lokalgrupp", POL)], [pres("omfattar", "omfatta")],
         [tillsatt("Lokalgrupp"),
          st("lokalgrupp", "Lokalgrupp", "none", None, "omfatta", "omfattar",
             "vallokalernas bemanning och utrustning")], doc=D, parent="2"),
    item("2.b", G[4], [("Rösträkningsgrupp", "rösträkningsgrupp", POL)], [pres("avser", "avse")],
         [tillsatt("Rösträkningsgrupp"),
          st("rösträkningsgrupp", "Rösträkningsgrupp", "none", None, "avse", "avser",
             "den preliminära rösträkningen på valnatten")], doc=D, parent="2"),
    item("2.c", G[5], [("Informationsgrupp", "informationsgrupp", POL)],
         [pres("granskar", "granska")],
         [tillsatt("Informationsgrupp"),
          st("informationsgrupp", "Informationsgrupp", "none", None, "granska", "granskar",
             "valsedlarnas utformning")], doc=D, parent="2"),
    rec("h1", G[6], doc=D, kind="heading"),
    rec("3", G[7], [], [pres("gäller", "gälla")], doc=D, parent="h1"),
    item("3.a", G[8], [], [pres("avser", "avse")], doc=D, parent="3"),
    item("3.b", G[9], [], [pres("omfattar", "omfatta")], doc=D, parent="3"),
    rec("4", G[10], [("Nämnden", "nämnd", POL)], [pres("sammanträder", "sammanträda")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder")],
        doc=D, parent="h1"),
]

# (d) `liksom` between subjects, after the verb and in commas.
D = "w52-k-liksom"
LI_TEXT = """Uppföljning av budget och beslut

Kommunstyrelsen liksom övriga nämnder ska följa upp sin budget varje månad.

Rektor liksom i förekommande fall prorektor får besluta om undantag från antagningsordningen.

Miljönämnden beslutar om taxor liksom om avgifter för tillstånd.

Valnämnden är, liksom revisionen, ett lagstadgat organ i kommunen.
"""
B = [block for block in LI_TEXT.split("\n\n")]
LIKSOM = [
    rec("title", B[0], doc=D, kind="heading"),
    rec("1", B[1], [("Kommunstyrelsen", "kommunstyrelse", POL), ("nämnder", "nämnd", POL)],
        [SKA, inf("följa")],
        [st("kommunstyrelse", "Kommunstyrelsen", "obligation", "ska", "följa", "följa"),
         st("nämnd", "nämnder", "obligation", "ska", "följa", "följa")], doc=D, parent="title"),
    rec("2", B[2], [("Rektor", "rektor", TJP), ("prorektor", "prorektor", TJP)],
        [FAR, inf("besluta")],
        [st("rektor", "Rektor", "permission", "får", "besluta", "besluta"),
         st("prorektor", "prorektor", "permission", "får", "besluta", "besluta")],
        doc=D, parent="title"),
    rec("3", B[3], [("Miljönämnden", "miljönämnd", POL)], [pres("beslutar", "besluta")],
        [st("miljönämnd", "Miljönämnden", "none", None, "besluta", "beslutar")],
        doc=D, parent="title"),
    rec("4", B[4].rstrip("\n"),
        [("Valnämnden", "valnämnd", POL), ("revisionen", "revision", POL)],
        [("är", "vara", "pres", "act")],
        [st("valnämnd", "Valnämnden", "none", None, "vara", "är")], doc=D, parent="title"),
]

# (e) A högskola named in its title by its acronym only.
D = "w52-k-sih"
SIH_TEXT = """Arbetsordning för SIH

Högskolan ska varje år redovisa sin verksamhet till regeringen.

Högskolans styrelse ska besluta om verksamhetsplan och budget.

Rektor ska leda verksamheten vid SIH och får delegera beslutanderätt till prefekterna.
"""
S = [block.rstrip("\n") for block in SIH_TEXT.split("\n\n")]
SIH = [
    rec("title", S[0], [("SIH", "sih", ORG)], doc=D, kind="heading"),
    rec("1", S[1], [("Högskolan", "sih", ORG), ("regeringen", "regering", EXT)],
        [SKA, inf("redovisa")],
        [st("sih", "Högskolan", "obligation", "ska", "redovisa", "redovisa")],
        doc=D, parent="title"),
    rec("2", S[2], [("Högskolans", "sih", ORG), ("styrelse", "styrelse", POL)],
        [SKA, inf("besluta")],
        [st("styrelse", "styrelse", "obligation", "ska", "besluta", "besluta")],
        doc=D, parent="title"),
    rec("3", S[3], [("Rektor", "rektor", TJP), ("SIH", "sih", ORG),
                    ("prefekterna", "prefekt", TJP)],
        [SKA, inf("leda"), FAR, inf("delegera")],
        [st("rektor", "Rektor", "obligation", "ska", "leda", "leda"),
         st("rektor", "Rektor", "permission", "får", "delegera", "delegera")],
        doc=D, parent="title"),
]

DOCUMENTS = {"w52-k-stamp": (STAMP_TEXT, STAMP),
             "w52-k-neg-beslut": (NEG_TEXT, NEG),
             "w52-k-grupper": (GR_TEXT, GRUPPER),
             "w52-k-liksom": (LI_TEXT, LIKSOM),
             "w52-k-sih": (SIH_TEXT, SIH)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-k", DOCUMENTS)
