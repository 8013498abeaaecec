"""Builds corpus/dev/w43-w.jsonl and the small document corpus/dev/w43-w-stadgar.txt with its
gold: invented material for round 43, writer W (the new-user trial newuser43, cause 1; gold by
hand from docs/annotation.md before the rule). A web copy of a club's statutes glues each
``§ N`` heading to the capitalised first word of its text without a space (``§ 1
ÄndamålFöreningen ska …``, a heading of two words ``§ 2 Styrelsens uppgifterStyrelsen ska
…``): the heading is a clause of its own, the text a paragraph under it, offsets raw.
Negatives: a mixed-case name inside a sentence (``McAdmin``, ``iKlubb``, ``SvK``) and a label
whose text opens with one (``§ 6 iKlubb-appen …``, ``§ 7 McAdmin …``) stay whole.
Offsets computed.
Run: python corpus/make_w43_w.py corpus/dev"""

import sys

from records import FTV, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w43-w", conditions_from_statements=True, check_texts=True)

FAR = ("får", "få", "pres", "act")

D = "w43-w-stadgar"
STA_TEXT = """Stadgar

§ 1 ÄndamålFöreningen ska främja friluftsliv bland barn och unga.
§ 2 Styrelsens uppgifterStyrelsen ska leda föreningens verksamhet.
§ 3 EkonomiKassören ansvarar för föreningens medel.
§ 4 ÅrsmöteÅrsmötet fastställer medlemsavgiften.
§ 5 Samarbete
Föreningen får använda tjänsterna McAdmin och iKlubb samt kartor från SvK.
§ 6 iKlubb-appen ska användas av styrelsen vid kallelser.
§ 7 McAdmin-registret ska föras av kassören.
"""
STA = [
    rec("title", "Stadgar", doc=D, kind="heading"),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Föreningen ska främja friluftsliv bland barn och unga.",
        [("Föreningen", "förening", ORG)], [SKA, inf("främja")],
        [st("förening", "Föreningen", "obligation", "ska", "främja", "främja",
            "friluftsliv bland barn och unga")], doc=D, parent="§1"),
    rec("§2", "Styrelsens uppgifter", [("Styrelsens", "styrelse", POL)], doc=D,
        kind="heading", label="§ 2"),
    rec("§2.1", "Styrelsen ska leda föreningens verksamhet.",
        [("Styrelsen", "styrelse", POL), ("föreningens", "förening", ORG)], [SKA, inf("leda")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "leda", "leda",
            "föreningens verksamhet")], doc=D, parent="§2"),
    rec("§3", "Ekonomi", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Kassören ansvarar för föreningens medel.",
        [("Kassören", "kassör", FTV), ("föreningens", "förening", ORG)],
        [pres("ansvarar", "ansvara")],
        [st("kassör", "Kassören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för föreningens medel")], doc=D, parent="§3"),
    rec("§4", "Årsmöte", [("Årsmöte", "årsmöte", OVR)], doc=D, kind="heading", label="§ 4"),
    rec("§4.1", "Årsmötet fastställer medlemsavgiften.", [("Årsmötet", "årsmöte", OVR)],
        [pres("fastställer", "fastställa")],
        [st("årsmöte", "Årsmötet", "none", None, "fastställa", "fastställer",
            "medlemsavgiften")], doc=D, parent="§4"),
    # negatives: mixed-case names inside a sentence, and after a label, stay in their clause
    rec("§5", "Samarbete", doc=D, kind="heading", label="§ 5"),
    rec("§5.1", "Föreningen får använda tjänsterna McAdmin och iKlubb samt kartor från SvK.",
        [("Föreningen", "förening", ORG)], [FAR, inf("använda")],
        [st("förening", "Föreningen", "permission", "får", "använda", "använda",
            "tjänsterna McAdmin och iKlubb samt kartor från SvK")], doc=D, parent="§5"),
    rec("§6", "iKlubb-appen ska användas av styrelsen vid kallelser.",
        [("styrelsen", "styrelse", POL)], [SKA, inf("användas", "använda", "pass")],
        [st("styrelse", "styrelsen", "obligation", "ska", "använda", "användas",
            passive=True)], doc=D, label="§ 6"),
    rec("§7", "McAdmin-registret ska föras av kassören.",
        [("kassören", "kassör", FTV)], [SKA, inf("föras", "föra", "pass")],
        [st("kassör", "kassören", "obligation", "ska", "föra", "föras", passive=True)],
        doc=D, label="§ 7"),
]

DOCUMENTS = {"w43-w-stadgar": (STA_TEXT, STA)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w43-w", DOCUMENTS)
