"""Builds corpus/dev/w50-w.jsonl and the pages corpus/dev/w50-w-*.txt with their gold: invented
material for round 50, writer w50w (ruling b6: a site's screen-reader link label is furniture
inside its clause), annotated by hand from docs/annotation.md before the rule was run on it.
`w50-w-styrelse` (a kommunstyrelse's web page, one clause a line): `<role> är <Name> (<party>)`
lines whose name is glued to the label (`Sjödinlänk till annan webbplats`) or spaced before its
capitalised form (round 42: no actor for the role, no statement; b4: a clause each).
`w50-w-valnamnd` (a reglemente as a web page): statute names glued to the label
(`vallagenlänk till annan webbplats.`) and before its spaced capitalised form, the statement's
object ending at the statute. `w50-w-bidrag` (a grant page): a body name glued to a label as
the subject and in an `av`-less sentence (`föreningsenhetenöppnas i nytt fönster`), a file note
(`(pdf, 85 kB, öppnas i nytt fönster)`: no VERB, no statement, round 46). Negatives: sentences
that talk about a link (`en länk till annan webbplats`, `en direktlänk till annan webbplats`):
the words are text. The clause text keeps each label as printed; no span covers it; an ACTOR
span glued to a label ends where the label starts. Offsets computed.
Run: python corpus/make_w50_w.py corpus/dev"""

import sys

from records import AR, FAR, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

FORV = "förvaltningsorganisation"
rec = records_for("w50-w", conditions_from_statements=True)
LABEL = "länk till annan webbplats"


def glued(record, piece, canonical, category):
    """`record` with an ACTOR span on `piece`, glued to the link label after it."""
    text = record["text"]
    start = text.index(piece)
    assert not text[start + len(piece)].isspace(), piece
    record["spans"].append({"start": start, "end": start + len(piece), "text": piece,
                            "label": "ACTOR", "canonical": canonical, "category": category})
    record["spans"].sort(key=lambda span: (span["start"], span["end"]))
    return record


# (a) A kommunstyrelse's web page, one clause a line.
D = "w50-w-styrelse"
STY = [
    "Kommunstyrelsen",
    "Kommunstyrelsen ansvarar för kommunens ekonomi och personalpolitik.",
    f"Ordförande är Karin Sjödin{LABEL} (S)",
    f"förste vice ordförande är Anders Hedlund{LABEL} (M)",
    "andre vice ordförande är Lena Forsberg Länk till annan webbplats (C)",
    "Kommunstyrelsen sammanträder en gång i månaden.",
]
STY_TEXT = "\n".join(STY) + "\n"
KS = "kommunstyrelse"
STYRELSE = [
    rec("title", STY[0], [("Kommunstyrelsen", KS, POL)], doc=D, kind="heading"),
    rec("1", STY[1], [("Kommunstyrelsen", KS, POL), ("kommunens", "kommun", ORG)],
        [pres("ansvarar", "ansvara")],
        [st(KS, "Kommunstyrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för kommunens ekonomi och personalpolitik")], doc=D),
    rec("2", STY[2], [], [AR], doc=D),
    rec("3", STY[3], [], [AR], doc=D),
    rec("4", STY[4], [], [AR], doc=D),
    rec("5", STY[5], [("Kommunstyrelsen", KS, POL)], [pres("sammanträder", "sammanträda")],
        [st(KS, "Kommunstyrelsen", "none", None, "sammanträda", "sammanträder",
            "en gång i månaden")], doc=D),
]

# (b) A valnämnd's reglemente as a web page: statute names glued to the label.
D = "w50-w-valnamnd"
VAL = [
    "Reglemente för valnämnden",
    f"Valnämnden fullgör de uppgifter som anges i vallagen{LABEL}.",
    f"Valnämnden ska följa förvaltningslagen{LABEL}.",
    "Valnämnden ska även tillämpa kommunallagen Länk till annan webbplats.",
]
VAL_TEXT = "\n".join(VAL) + "\n"
VN = "valnämnd"
VALNAMND = [
    rec("title", VAL[0], [("valnämnden", VN, POL)], doc=D, kind="heading"),
    rec("1", VAL[1], [("Valnämnden", VN, POL)],
        [pres("fullgör", "fullgöra"), pres("anges", "ange", "pass")],
        [st(VN, "Valnämnden", "none", None, "fullgöra", "fullgör",
            "de uppgifter som anges i vallagen")], doc=D),
    rec("2", VAL[2], [("Valnämnden", VN, POL)], [SKA, inf("följa")],
        [st(VN, "Valnämnden", "obligation", "ska", "följa", "följa", "förvaltningslagen")],
        doc=D),
    rec("3", VAL[3], [("Valnämnden", VN, POL)], [SKA, inf("tillämpa")],
        [st(VN, "Valnämnden", "obligation", "ska", "tillämpa", "tillämpa", "kommunallagen")],
        doc=D),
]

# (c) A grant page: a body name glued to a label in a sentence with a statement; negatives.
D = "w50-w-bidrag"
BID = [
    "Bidrag till föreningar",
    f"Fritidsnämnden{LABEL} beslutar om bidrag till föreningar.",
    "Ansökan ska lämnas till föreningsenhetenöppnas i nytt fönster senast den 1 mars.",
    "Riktlinjer för bidrag (pdf, 85 kB, öppnas i nytt fönster)",
    "Fritidsnämnden får publicera en länk till annan webbplats.",
    "Fritidsnämnden får publicera en direktlänk till annan webbplats.",
]
BID_TEXT = "\n".join(BID) + "\n"
FN = "fritidsnämnd"
BIDRAG = [
    rec("title", BID[0], [("föreningar", "förening", ORG)], doc=D, kind="heading"),
    glued(rec("1", BID[1], [("föreningar", "förening", ORG)], [pres("beslutar", "besluta")],
              [st(FN, "Fritidsnämnden", "none", None, "besluta", "beslutar",
                  "om bidrag till föreningar")], doc=D), "Fritidsnämnden", FN, POL),
    glued(rec("2", BID[2], [], [SKA, inf("lämnas", "lämna", "pass")],
              [st(None, None, "obligation", "ska", "lämna", "lämnas", "Ansökan",
                  passive=True)], doc=D), "föreningsenheten", "föreningsenhet", FORV),
    rec("3", BID[3], doc=D),
    rec("4", BID[4], [("Fritidsnämnden", FN, POL)], [FAR, inf("publicera")],
        [st(FN, "Fritidsnämnden", "permission", "får", "publicera", "publicera",
            "en länk till annan webbplats")], doc=D),
    rec("5", BID[5], [("Fritidsnämnden", FN, POL)], [FAR, inf("publicera")],
        [st(FN, "Fritidsnämnden", "permission", "får", "publicera", "publicera",
            "en direktlänk till annan webbplats")], doc=D),
]

DOCUMENTS = {"w50-w-styrelse": (STY_TEXT, STYRELSE), "w50-w-valnamnd": (VAL_TEXT, VALNAMND),
             "w50-w-bidrag": (BID_TEXT, BIDRAG)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-w", DOCUMENTS)
