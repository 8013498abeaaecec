"""Builds corpus/dev/w46-h.jsonl: invented material for round 46, writer H (analysis 46-all,
family 7 statements in metadata lines and family 6 lead-in items; gold by hand from
docs/annotation.md §1.3 and §5.1 before the rules). Offsets computed.

Family 7: a cover page's field labels may be a verb's s-passive, with or without its ``av``
or a particle, right before the colon (``Fastställs av: Fritidsnämnden``, ``Revideras:
Vart tredje år``, ``Följs upp av: Ekonomiavdelningen``): a label, no verb, and its value
carries no statement (§1.3 metadata; round 46). Negatives: the same passives in running
sentences (``Taxan fastställs av nämnden …``), a lead-in whose subject comes first
(``Följande ärenden avgörs av utskottet:``).

Family 6: under a responsibility lead-in that breaks off at its preposition (``ansvarar
för:``), an item opening with an attributive adjective or participle (``antagna program``,
``enskilda samlingslokaler``, ``fastställda avgifter``) is a noun phrase, the preposition's
complement: the lead-in's ``ansvara`` with the item as object, not the adjective as aim.
Negatives: an infinitive item under the same lead-in, an adverb before an infinitive under
``ska:``.

Family 7, web links: a link to a file, its label then the file's type and size (``Nämnden
fördelar bidrag till föreningar (pdf, 120 kB, öppnas i nytt fönster)``), names a document and
states nothing; a sentence after the note keeps its statement. Negatives: ``pdf`` and ``MB``
in sentences without a file note.
Run: python corpus/make_w46_h.py corpus/dev"""

import sys

from records import (
    FAR,
    FORV,
    FTV,
    ORG,
    POL,
    TJP,
    blocks_text,
    list_item,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w46-h")

D = "w46-h-falt"
FALT = [
    rec("title", "Riktlinje för bidrag till föreningar", [("föreningar", "förening", ORG)],
        doc=D, kind="heading"),
    rec("f1", "Fastställs av: Fritidsnämnden Ansvarig: Fritidschefen Revideras: Vart tredje år",
        [("Fritidsnämnden", "fritidsnämnd", POL), ("Fritidschefen", "fritidschef", TJP)],
        doc=D),
    rec("f2", "Beslutas av: Kommunfullmäktige", [("Kommunfullmäktige", "kommunfullmäktige", POL)],
        doc=D),
    rec("f3", "Följs upp av: Ekonomiavdelningen Giltig till: 2030-12-31",
        [("Ekonomiavdelningen", "ekonomiavdelning", FORV)], doc=D),
    rec("f4", "Taxan fastställs av nämnden efter samråd med föreningarna.",
        [("nämnden", "nämnd", POL), ("föreningarna", "förening", ORG)],
        [pres("fastställs", "fastställa", "pass")],
        [st("nämnd", "nämnden", "none", None, "fastställa", "fastställs", passive=True)],
        doc=D),
    rec("f5", "Planen följs upp av ekonomiavdelningen varje kvartal.",
        [("ekonomiavdelningen", "ekonomiavdelning", FORV)],
        [pres("följs", "följa", "pass")],
        [st("ekonomiavdelning", "ekonomiavdelningen", "none", None, "följa", "följs",
            passive=True)], doc=D),
]

D = "w46-h-ansvar"
KN = ("kulturnämnd", "Kulturnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar")


def kn_item(cid, text):
    obj = text.rstrip(" .;,:")
    return list_item("w46-h-ansvar", cid, text, statements=[st(*KN, obj)])


ANSVAR = [
    rec("title", "Reglemente för kultur- och fritidsverksamheten", doc=D, kind="heading"),
    rec("a1", "Kulturnämnden ansvarar för:", [("Kulturnämnden", "kulturnämnd", POL)],
        [pres("ansvarar", "ansvara")], doc=D),
    kn_item("a1.a", "antagna program för kulturarvet,"),
    kn_item("a1.b", "kommunala bibliotek,"),
    kn_item("a1.c", "enskilda samlingslokaler med driftbidrag,"),
    kn_item("a1.d", "fastställda avgifter för kulturskolan,"),
    kn_item("a1.e", "att antagna riktlinjer för lånen följs."),
    rec("a2", "Miljönämnden ansvarar för:", [("Miljönämnden", "miljönämnd", POL)],
        [pres("ansvarar", "ansvara")], doc=D),
    list_item("w46-h-ansvar", "a2.a", "upprätta en plan för tillsynen,",
              verbs=[("upprätta", "upprätta", "inf", "act", 0)],
              statements=[st("miljönämnd", "Miljönämnden", "responsibility", "ansvarar för",
                             "upprätta", "upprätta", "en plan för tillsynen")]),
    list_item("w46-h-ansvar", "a2.b", "inkomna anmälningar om buller."
              , statements=[st("miljönämnd", "Miljönämnden", "responsibility", "ansvarar för",
                               "ansvara", "ansvarar", "inkomna anmälningar om buller")]),
    rec("a3", "Fritidschefen ska:", [("Fritidschefen", "fritidschef", TJP)],
        [("ska", "skola", "pres", "act", 0)], doc=D),
    list_item("w46-h-ansvar", "a3.a", "noggrant följa anläggningarnas ekonomi,",
              verbs=[("följa", "följa", "inf", "act", 0)],
              statements=[st("fritidschef", "Fritidschefen", "obligation", "ska", "följa",
                             "följa", "anläggningarnas ekonomi")]),
    list_item("w46-h-ansvar", "a3.b", "årligen redovisa besöksstatistiken.",
              verbs=[("redovisa", "redovisa", "inf", "act", 0)],
              statements=[st("fritidschef", "Fritidschefen", "obligation", "ska", "redovisa",
                             "redovisa", "besöksstatistiken")]),
]


# round 46, family 7: a web page's link to a file, its label then the file's type and size
D = "w46-h"
LINKS = [
    rec("l1", "Nämnden fördelar bidrag till föreningar (pdf, 120 kB, öppnas i nytt fönster)",
        [("Nämnden", "nämnd", POL), ("föreningar", "förening", ORG)],
        [pres("fördelar", "fördela")], doc=D),
    rec("l2", "Så fördelar kulturnämnden sina stipendier Word, 45 kB, öppnas i nytt fönster. "
        "Kulturnämnden beslutar om stipendierna i maj.",
        [("kulturnämnden", "kulturnämnd", POL), ("Kulturnämnden", "kulturnämnd", POL)],
        [pres("fördelar", "fördela"),
         pres("beslutar", "besluta")],
        [st("kulturnämnd", "Kulturnämnden", "none", None, "besluta", "beslutar",
            "om stipendierna i maj")], doc=D),
    rec("l3", "Nämnden skickar protokollet som pdf till revisorerna.",
        [("Nämnden", "nämnd", POL), ("revisorerna", "revisor", FTV)],
        [pres("skickar", "skicka")],
        [st("nämnd", "Nämnden", "none", None, "skicka", "skickar",
            "protokollet som pdf till revisorerna")], doc=D),
    rec("l4", "Föreningen får bifoga bilagor på högst 20 MB.",
        [("Föreningen", "förening", ORG)], [FAR, ("bifoga", "bifoga", "inf", "act", 0)],
        [st("förening", "Föreningen", "permission", "får", "bifoga", "bifoga",
            "bilagor på högst 20 MB")], doc=D),
]


def list_text(records):
    """Blank-line blocks, a lead-in's items as ``- `` lines under it."""
    lines = []
    for record in records:
        if record["meta"]["kind"] == "list_item":
            lines[-1] += "\n- " + record["text"]
        else:
            lines.append(record["text"])
    return "\n\n".join(lines) + "\n"


if __name__ == "__main__":
    write_part(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev", "w46-h",
               {"w46-h-falt": (blocks_text(FALT), FALT),
                "w46-h-ansvar": (list_text(ANSVAR), ANSVAR)},
               before=LINKS)
