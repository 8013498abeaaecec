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

from records import AR, EXT, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
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

# bh-S5: a docplayer print of page lines whose page 1 holds the title repeat and its adoption
# line (a document noun and a lower-case participle: ``Stadgar antagna av …``): heading up to
# the name, then one metadata clause; the viewer's ``Download "…"`` line keeps its quoted
# title and adoption words whole
D = "w44-s-fibernat"
BF = "björkvikens fiberförening"
FIB2_DOWNLOAD = (
    'Download "STADGAR FÖR BJÖRKVIKENS FIBERFÖRENING Antagna vid föreningsstämma 2021-04-20"'
)
FIB2_HISTORY = (
    "Stadgar antagna av föreningsstämman den 20 april 2021 Registrerade av Bolagsverket den "
    "2 juni 2021."
)
FIB2_PAGES = [
    "2 Stadgar 1 Ändamål Styrelsen ska verka för att ett fibernät byggs ut i byn. 2 Medlemskap "
    "Styrelsen prövar ansökningar om medlemskap.",
    "3 Stadgar 3 Styrelse Styrelsen ska bestå av lägst tre och högst fem ledamöter.",
]
FIB2_TEXT = (
    f"Stadgar för Björkvikens fiberförening\n\n{FIB2_DOWNLOAD}\n\n"
    f"1 Stadgar Stadgar för Björkvikens fiberförening {FIB2_HISTORY}\n\n"
    + "\n\n".join(FIB2_PAGES)
    + "\n"
)
FIB2 = [
    heading(
        D,
        "title",
        "Stadgar för Björkvikens fiberförening",
        actors=[("Björkvikens fiberförening", BF, ORG)],
    ),
    rec(
        "m1",
        FIB2_DOWNLOAD,
        [("BJÖRKVIKENS FIBERFÖRENING", BF, ORG), ("föreningsstämma", "föreningsstämma", OVR)],
        doc=D,
        kind="paragraph",
    ),
    heading(
        D,
        "1",
        "Stadgar Stadgar för Björkvikens fiberförening",
        label="1",
        actors=[("Björkvikens fiberförening", BF, ORG)],
    ),
    rec(
        "m2",
        FIB2_HISTORY,
        [("föreningsstämman", "föreningsstämma", OVR), ("Bolagsverket", "bolagsverket", EXT)],
        doc=D,
        kind="paragraph",
    ),
    rec(
        "2",
        FIB2_PAGES[0][2:],
        [("Styrelsen", "styrelse", POL), ("Styrelsen", "styrelse", POL, 1)],
        [SKA, inf("verka"), pres("byggs", "bygga", "pass"), pres("prövar", "pröva")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "obligation",
                "ska",
                "verka",
                "verka",
                "för att ett fibernät byggs ut i byn",
            ),
            st(
                "styrelse",
                "Styrelsen",
                "none",
                None,
                "pröva",
                "prövar",
                "ansökningar om medlemskap",
            ),
        ],
        doc=D,
        label="2",
    ),
    rec(
        "3",
        FIB2_PAGES[1][2:],
        [
            ("Styrelse", "styrelse", POL),
            ("Styrelsen", "styrelse", POL),
            ("ledamöter", "ledamot", FTV),
        ],
        [SKA, inf("bestå")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "obligation",
                "ska",
                "bestå",
                "bestå",
                "av lägst tre och högst fem ledamöter",
            )
        ],
        doc=D,
        label="3",
    ),
]

# bh-S5 with a capitalised participle after the title repeat (``1 <title> Antagen av …``),
# and bh-S6: a page line holding only its adoption line (``2 Antagen av …``) stays one clause
# labelled with its index (§1.2: a page line is one clause)
D = "w44-s-kraft"
AK = "åsens kraft ab"
KRA_2 = (
    "Antagen av bolagsstämman den 12 maj 2020 och registrerad hos Bolagsverket den 30 juni 2020."
)
KRA_3 = (
    "Bolagsordning för Åsens Kraft AB 1 Firma Bolagets firma är Åsens Kraft AB. 2 Säte "
    "Styrelsen ska ha sitt säte i Åsele kommun."
)
KRA_TEXT = (
    "Bolagsordning för Åsens Kraft AB\n\n"
    "1 Bolagsordning för Åsens Kraft AB Antagen av bolagsstämman den 12 maj 2020\n\n"
    f"2 {KRA_2}\n\n3 {KRA_3}\n"
)
KRA = [
    heading(D, "title", "Bolagsordning för Åsens Kraft AB", actors=[("Åsens Kraft AB", AK, ORG)]),
    heading(
        D, "1", "Bolagsordning för Åsens Kraft AB", label="1", actors=[("Åsens Kraft AB", AK, ORG)]
    ),
    rec(
        "m1",
        "Antagen av bolagsstämman den 12 maj 2020",
        [("bolagsstämman", "bolagsstämma", POL)],
        doc=D,
        kind="paragraph",
    ),
    rec(
        "2",
        KRA_2,
        [("bolagsstämman", "bolagsstämma", POL), ("Bolagsverket", "bolagsverket", EXT)],
        doc=D,
        label="2",
    ),
    rec(
        "3",
        KRA_3,
        [
            ("Åsens Kraft AB", AK, ORG),
            ("Bolagets", AK, ORG),
            ("Åsens Kraft AB", AK, ORG, 1),
            ("Styrelsen", "styrelse", POL),
        ],
        [AR, SKA, inf("ha")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "ha", "ha", "sitt säte i Åsele kommun")],
        doc=D,
        label="3",
    ),
]

# bh-S6: a page footer ``<document noun> <date> N (M)`` glued to the end of a flattened page
# after its last sentence: a clause of its own, the sentence before it whole
D = "w44-s-varme"
LV = "ljungby värme ab"
VAR_4 = "Bolaget ska verka för en trygg värmeförsörjning i kommunen."
VAR_FOOTER = "Bolagsordning 2022-05-10 2 (4)"
VAR_6 = "Styrelsen ska bestå av lägst fem och högst sju ledamöter med lika många suppleanter."
VAR_7 = "Bolaget ska ha minst en revisor och en revisorssuppleant."
VAR_TEXT = (
    "Bolagsordning för Ljungby Värme AB\n\n"
    "1 Firma Bolagets firma är Ljungby Värme AB. 2 Säte Styrelsen ska ha sitt säte i Ljungby "
    "kommun. 3 Verksamhet Bolaget ska producera och distribuera fjärrvärme. "
    f"4 Ändamål {VAR_4} {VAR_FOOTER}\n"
    f"5 Aktiekapital Aktiekapitalet ska vara lägst 2 000 000 kronor. 6 Styrelse {VAR_6} "
    f"7 Revisor {VAR_7}\n"
)
VAR = [
    heading(
        D, "title", "Bolagsordning för Ljungby Värme AB", actors=[("Ljungby Värme AB", LV, ORG)]
    ),
    heading(D, "1", "Firma", label="1"),
    rec(
        "1.1",
        "Bolagets firma är Ljungby Värme AB.",
        [("Bolagets", LV, ORG)],
        [AR],
        doc=D,
        parent="1",
    ),
    heading(D, "2", "Säte", label="2"),
    rec(
        "2.1",
        "Styrelsen ska ha sitt säte i Ljungby kommun.",
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
                "sitt säte i Ljungby kommun",
            )
        ],
        doc=D,
        parent="2",
    ),
    heading(D, "3", "Verksamhet", label="3"),
    rec(
        "3.1",
        "Bolaget ska producera och distribuera fjärrvärme.",
        [("Bolaget", LV, ORG)],
        [SKA, inf("producera"), inf("distribuera")],
        [
            st(LV, "Bolaget", "obligation", "ska", "producera", "producera", "fjärrvärme"),
            st(LV, "Bolaget", "obligation", "ska", "distribuera", "distribuera", "fjärrvärme"),
        ],
        doc=D,
        parent="3",
    ),
    heading(D, "4", "Ändamål", label="4"),
    rec(
        "4.1",
        VAR_4,
        [("Bolaget", LV, ORG)],
        [SKA, inf("verka")],
        [
            st(
                LV,
                "Bolaget",
                "obligation",
                "ska",
                "verka",
                "verka",
                "för en trygg värmeförsörjning i kommunen",
            )
        ],
        doc=D,
        parent="4",
    ),
    rec("m1", VAR_FOOTER, doc=D, kind="paragraph"),
    heading(D, "5", "Aktiekapital", label="5"),
    rec(
        "5.1",
        "Aktiekapitalet ska vara lägst 2 000 000 kronor.",
        [],
        [SKA, inf("vara")],
        doc=D,
        parent="5",
    ),
    heading(D, "6", "Styrelse", label="6", actors=[("Styrelse", "styrelse", POL)]),
    rec(
        "6.1",
        VAR_6,
        [
            ("Styrelsen", "styrelse", POL),
            ("ledamöter", "ledamot", FTV),
            ("suppleanter", "suppleant", FTV),
        ],
        [SKA, inf("bestå")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "obligation",
                "ska",
                "bestå",
                "bestå",
                "av lägst fem och högst sju ledamöter med lika många suppleanter",
            )
        ],
        doc=D,
        parent="6",
    ),
    heading(D, "7", "Revisor", label="7", actors=[("Revisor", "revisor", FTV)]),
    rec(
        "7.1",
        VAR_7,
        [
            ("Bolaget", LV, ORG),
            ("revisor", "revisor", FTV),
            ("revisorssuppleant", "revisorssuppleant", FTV),
        ],
        [SKA, inf("ha")],
        [
            st(
                LV,
                "Bolaget",
                "obligation",
                "ska",
                "ha",
                "ha",
                "minst en revisor och en revisorssuppleant",
            )
        ],
        doc=D,
        parent="7",
    ),
]

# Negative (bh-S1 narrowed): a leading ``1 <heading>`` that repeats no title (no document
# noun, no capitals) before ``1 Syfte …``: the page-line rule stands (§1.2: a page index
# before a label that does not continue it, after a verbless heading): one page clause
D = "w44-s-tillsyn"
TIL_LINE = (
    "1 Allmänt 1 Syfte Riktlinjen beskriver hur miljönämnden planerar och genomför sin tillsyn. "
    "2 Ansvar Miljöchefen ansvarar för att en tillsynsplan tas fram varje år och redovisas för "
    "nämnden."
)
TIL_TEXT = f"Riktlinje för tillsyn i Ekby\n\n{TIL_LINE}\n"
TIL = [
    heading(D, "title", "Riktlinje för tillsyn i Ekby"),
    rec(
        "1",
        TIL_LINE[2:],
        [
            ("miljönämnden", "miljönämnd", POL),
            ("Miljöchefen", "miljöchef", TJP),
            ("nämnden", "nämnd", POL),
        ],
        [
            pres("beskriver", "beskriva"),
            pres("planerar", "planera"),
            pres("genomför", "genomföra"),
            pres("ansvarar", "ansvara"),
            pres("tas", "ta", "pass"),
            pres("redovisas", "redovisa", "pass"),
        ],
        [
            st(
                "miljöchef",
                "Miljöchefen",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för att en tillsynsplan tas fram varje år och redovisas för nämnden",
            ),
        ],
        doc=D,
        label="1",
    ),
]

DOCUMENTS = {
    "w44-s-vindkraft": (VIN_TEXT, VIN),
    "w44-s-fiskeklubb": (FIS_TEXT, FIS),
    "w44-s-valnamnd": (VAL_TEXT, VAL),
    "w44-s-fiber": (FIB_TEXT, FIB),
    "w44-s-arvoden": (ARV_TEXT, ARV),
    "w44-s-fibernat": (FIB2_TEXT, FIB2),
    "w44-s-kraft": (KRA_TEXT, KRA),
    "w44-s-varme": (VAR_TEXT, VAR),
    "w44-s-tillsyn": (TIL_TEXT, TIL),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-s", DOCUMENTS)
