"""Builds corpus/dev/w44-s.jsonl and the small documents corpus/dev/w44-s-*.txt with their
gold: invented material for round 44, writer S (analysis 44-bh, segmentation causes; gold by
hand from docs/annotation.md before the rules): bh-S1 a docplayer print flattened onto one
line that opens with the page counter ``1``, the title repeated (in capitals after a short
one: `w44-s-vindkraft`; in Title case with its document noun: `w44-s-fiskeklubb`, whose
number ``2`` was lost at a page break; a municipal reglemente: `w44-s-valnamnd`), then the
body's own numbering that starts again at ``1``: the counter and the title repeat are one
heading clause (label ``1``), the sections after it are cut as in any flattened body line
(§1.2: a leading ``1`` is never a page index unless round 14's page lines follow). The
negatives: three page lines sharing a running header stay one clause each (round 14,
`w44-s-fiber`); amounts and a ``1`` inside a sentence after a leading ``1 <heading>``
(`w44-s-arvoden`). Offsets computed.
Run: python corpus/make_w44_s.py corpus/dev"""

import sys

from records import AR, EXT, FTV, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w44-s", conditions_from_statements=True)


def heading(doc, cid, text, label="", parent=None, actors=()):
    return rec(cid, text, actors, doc=doc, kind="heading", label=label, parent=parent)


# bh-S1: page counter 1, a short title and the title in capitals, numbering from 1 again
D = "w44-s-vindkraft"
HV = "hällberget vindkraft ab"
VIN_LINE = (
    "1 Bolagsordning BOLAGSORDNING FÖR HÄLLBERGET VINDKRAFT AB 1 Firma Bolagets firma "
    "är Hällberget Vindkraft AB. 2 Säte Styrelsen ska ha sitt säte i Sundsvalls "
    "kommun. 3 Verksamhet Bolaget ska producera och sälja förnybar el. 4 Styrelse "
    "Styrelsen ska bestå av lägst tre och högst sju ledamöter."
)
VIN_TEXT = f"Bolagsordning för Hällberget Vindkraft AB\n\n{VIN_LINE}\n"
VIN = [
    heading(
        D,
        "title",
        "Bolagsordning för Hällberget Vindkraft AB",
        actors=[("Hällberget Vindkraft AB", HV, ORG)],
    ),
    heading(
        D,
        "1",
        "Bolagsordning BOLAGSORDNING FÖR HÄLLBERGET VINDKRAFT AB",
        label="1",
        actors=[("HÄLLBERGET VINDKRAFT AB", HV, ORG)],
    ),
    heading(D, "1.1", "Firma", label="1"),
    rec(
        "1.1.1",
        "Bolagets firma är Hällberget Vindkraft AB.",
        [("Bolagets", HV, ORG)],
        [AR],
        doc=D,
        parent="1.1",
    ),
    heading(D, "2", "Säte", label="2"),
    rec(
        "2.1",
        "Styrelsen ska ha sitt säte i Sundsvalls kommun.",
        [("Styrelsen", "styrelse", POL)],
        [SKA, inf("ha")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "obligation",
                "ska",
                "ha",
                "ha",
                "sitt säte i Sundsvalls kommun",
            )
        ],
        doc=D,
        parent="2",
    ),
    heading(D, "3", "Verksamhet", label="3"),
    rec(
        "3.1",
        "Bolaget ska producera och sälja förnybar el.",
        [("Bolaget", HV, ORG)],
        [SKA, inf("producera"), inf("sälja")],
        [
            st(HV, "Bolaget", "obligation", "ska", "producera", "producera", "förnybar el"),
            st(HV, "Bolaget", "obligation", "ska", "sälja", "sälja", "förnybar el"),
        ],
        doc=D,
        parent="3",
    ),
    heading(D, "4", "Styrelse", label="4", actors=[("Styrelse", "styrelse", POL)]),
    rec(
        "4.1",
        "Styrelsen ska bestå av lägst tre och högst sju ledamöter.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [SKA, inf("bestå")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "obligation",
                "ska",
                "bestå",
                "bestå",
                "av lägst tre och högst sju ledamöter",
            )
        ],
        doc=D,
        parent="4",
    ),
]

# bh-S1 with the title repeated in Title case, and the number 2 lost at a page break: the
# heading after the first section's paragraph is an unnumbered heading, 3 and 4 still labels
D = "w44-s-fiskeklubb"
OF = "österåns fiskeklubb"
FIS_1 = "Styrelsen ska verka för ett hållbart fiske i Österån."
FIS_2 = "Styrelsen beslutar om antagning av nya medlemmar."
FIS_3 = "Årsmötet väljer styrelse och revisorer."
FIS_4 = "Årsmötet fastställer medlemsavgiften för nästa verksamhetsår."
FIS_LINE = (
    f"1 Stadgar Stadgar för Österåns fiskeklubb 1 Ändamål {FIS_1} Medlemskap {FIS_2} "
    f"3 Årsmöte {FIS_3} 4 Avgifter {FIS_4}"
)
FIS_TEXT = f"Stadgar för Österåns fiskeklubb\n\n{FIS_LINE}\n"
FIS = [
    heading(
        D, "title", "Stadgar för Österåns fiskeklubb", actors=[("Österåns fiskeklubb", OF, ORG)]
    ),
    heading(
        D,
        "1",
        "Stadgar Stadgar för Österåns fiskeklubb",
        label="1",
        actors=[("Österåns fiskeklubb", OF, ORG)],
    ),
    heading(D, "1.1", "Ändamål", label="1"),
    rec(
        "1.1.1",
        FIS_1,
        [("Styrelsen", "styrelse", POL)],
        [SKA, inf("verka")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "obligation",
                "ska",
                "verka",
                "verka",
                "för ett hållbart fiske i Österån",
            )
        ],
        doc=D,
        parent="1.1",
    ),
    heading(D, "h1", "Medlemskap", parent="1.1"),
    rec(
        "1.1.2",
        FIS_2,
        [("Styrelsen", "styrelse", POL), ("medlemmar", "medlem", OVR)],
        [pres("beslutar", "besluta")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "none",
                None,
                "besluta",
                "beslutar",
                "om antagning av nya medlemmar",
            )
        ],
        doc=D,
        parent="1.1",
    ),
    heading(D, "3", "Årsmöte", label="3", actors=[("Årsmöte", "årsmöte", OVR)]),
    rec(
        "3.1",
        FIS_3,
        [
            ("Årsmötet", "årsmöte", OVR),
            ("styrelse", "styrelse", POL),
            ("revisorer", "revisor", FTV),
        ],
        [pres("väljer", "välja")],
        [st("årsmöte", "Årsmötet", "none", None, "välja", "väljer", "styrelse och revisorer")],
        doc=D,
        parent="3",
    ),
    heading(D, "4", "Avgifter", label="4"),
    rec(
        "4.1",
        FIS_4,
        [("Årsmötet", "årsmöte", OVR)],
        [pres("fastställer", "fastställa")],
        [
            st(
                "årsmöte",
                "Årsmötet",
                "none",
                None,
                "fastställa",
                "fastställer",
                "medlemsavgiften för nästa verksamhetsår",
            )
        ],
        doc=D,
        parent="4",
    ),
]

# bh-S1 in a municipal document printed by the same site: the layout, not the company
D = "w44-s-valnamnd"
VN = "valnämnd"
VAL_1 = "Valnämnden ansvarar för genomförandet av allmänna val."
VAL_2 = "Valnämnden består av fem ledamöter och fem ersättare."
VAL_3 = "Nämnden sammanträder när ordföranden bestämmer."
VAL_LINE = (
    f"1 Reglemente REGLEMENTE FÖR VALNÄMNDEN 1 Uppgifter {VAL_1} 2 Sammansättning "
    f"{VAL_2} 3 Sammanträden {VAL_3}"
)
VAL_TEXT = f"Reglemente för valnämnden\n\n{VAL_LINE}\n"
VAL = [
    heading(D, "title", "Reglemente för valnämnden", actors=[("valnämnden", VN, POL)]),
    heading(
        D, "1", "Reglemente REGLEMENTE FÖR VALNÄMNDEN", label="1", actors=[("VALNÄMNDEN", VN, POL)]
    ),
    heading(D, "1.1", "Uppgifter", label="1"),
    rec(
        "1.1.1",
        VAL_1,
        [("Valnämnden", VN, POL)],
        [pres("ansvarar", "ansvara")],
        [
            st(
                VN,
                "Valnämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för genomförandet av allmänna val",
            )
        ],
        doc=D,
        parent="1.1",
    ),
    heading(D, "2", "Sammansättning", label="2"),
    rec(
        "2.1",
        VAL_2,
        [("Valnämnden", VN, POL), ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
        [pres("består", "bestå")],
        [
            st(
                VN,
                "Valnämnden",
                "none",
                None,
                "bestå",
                "består",
                "av fem ledamöter och fem ersättare",
            )
        ],
        doc=D,
        parent="2",
    ),
    heading(D, "3", "Sammanträden", label="3"),
    rec(
        "3.1",
        VAL_3,
        [("Nämnden", "nämnd", POL), ("ordföranden", "valnämndens ordförande", FTV)],
        [pres("sammanträder", "sammanträda"), pres("bestämmer", "bestämma")],
        [
            st(
                "nämnd",
                "Nämnden",
                "none",
                None,
                "sammanträda",
                "sammanträder",
                None,
                condition="när ordföranden bestämmer",
            )
        ],
        doc=D,
        parent="3",
    ),
]

# Negative (round 14): page 1 and the two page lines after it share a running header: each
# line is one page clause, id and label its index, its inline numbering inside it
D = "w44-s-fiber"
EF = "ekby fiber ab"
FIB_LINES = [
    "1 Ekby Fiber AB Bolagsordning 1 Firma Bolagets firma är Ekby Fiber AB. 2 Säte Styrelsen "
    "ska ha sitt säte i Ekby kommun.",
    "2 Ekby Fiber AB Bolagsordning 3 Verksamhet Bolaget ska bygga ut bredband i Ekby kommun.",
    "3 Ekby Fiber AB Bolagsordning 4 Styrelse Styrelsen ska bestå av fem ledamöter.",
]
FIB_TEXT = "\n\n".join(FIB_LINES) + "\n"
FIB = [
    rec(
        "1",
        FIB_LINES[0][2:],
        [
            ("Ekby Fiber AB", EF, ORG),
            ("Bolagets", EF, ORG),
            ("Ekby Fiber AB", EF, ORG, 1),
            ("Styrelsen", "styrelse", POL),
            ("Ekby kommun", "ekby kommun", ORG),
        ],
        [AR, SKA, inf("ha")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "ha", "ha", "sitt säte i Ekby kommun")],
        doc=D,
        label="1",
    ),
    rec(
        "2",
        FIB_LINES[1][2:],
        [("Ekby Fiber AB", EF, ORG), ("Bolaget", EF, ORG), ("Ekby kommun", "ekby kommun", ORG)],
        [SKA, inf("bygga")],
        [st(EF, "Bolaget", "obligation", "ska", "bygga", "bygga", "ut bredband i Ekby kommun")],
        doc=D,
        label="2",
    ),
    rec(
        "3",
        FIB_LINES[2][2:],
        [
            ("Ekby Fiber AB", EF, ORG),
            ("Styrelse", "styrelse", POL),
            ("Styrelsen", "styrelse", POL),
            ("ledamöter", "ledamot", FTV),
        ],
        [SKA, inf("bestå")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "bestå", "bestå", "av fem ledamöter")],
        doc=D,
        label="3",
    ),
]

# Negative: a leading ``1 <heading>`` before an amount (``1 000 kronor``) and a sentence, then
# the next sections: split as usual, the amount's digits no labels
D = "w44-s-arvoden"
ARV_1 = "1 000 kronor betalas ut till varje ledamot för ett sammanträde."
ARV_2 = "Kommunstyrelsen beslutar om ersättning för resor i uppdraget."
ARV_3 = "Ledamöterna får ersättning för förlorad arbetsinkomst mot intyg från arbetsgivaren."
ARV_LINE = f"1 Arvode {ARV_1} 2 Resor {ARV_2} 3 Arbetsinkomst {ARV_3}"
ARV_TEXT = f"Regler för arvoden i Åsby kommun\n\n{ARV_LINE}\n"
ARV = [
    heading(
        D, "title", "Regler för arvoden i Åsby kommun", actors=[("Åsby kommun", "åsby kommun", ORG)]
    ),
    heading(D, "1", "Arvode", label="1"),
    rec(
        "1.1",
        ARV_1,
        [("ledamot", "ledamot", FTV)],
        [pres("betalas", "betala", "pass")],
        doc=D,
        parent="1",
    ),
    heading(D, "2", "Resor", label="2"),
    rec(
        "2.1",
        ARV_2,
        [("Kommunstyrelsen", "kommunstyrelse", POL)],
        [pres("beslutar", "besluta")],
        [
            st(
                "kommunstyrelse",
                "Kommunstyrelsen",
                "none",
                None,
                "besluta",
                "beslutar",
                "om ersättning för resor i uppdraget",
            )
        ],
        doc=D,
        parent="2",
    ),
    heading(D, "3", "Arbetsinkomst", label="3"),
    rec(
        "3.1",
        ARV_3,
        [("Ledamöterna", "ledamot", FTV), ("arbetsgivaren", "arbetsgivare", EXT)],
        [pres("får", "få")],
        [
            st(
                "ledamot",
                "Ledamöterna",
                "none",
                None,
                "få",
                "får",
                "ersättning för förlorad arbetsinkomst mot intyg från arbetsgivaren",
            )
        ],
        doc=D,
        parent="3",
    ),
]

DOCUMENTS = {
    "w44-s-vindkraft": (VIN_TEXT, VIN),
    "w44-s-fiskeklubb": (FIS_TEXT, FIS),
    "w44-s-valnamnd": (VAL_TEXT, VAL),
    "w44-s-fiber": (FIB_TEXT, FIB),
    "w44-s-arvoden": (ARV_TEXT, ARV),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-s", DOCUMENTS)
