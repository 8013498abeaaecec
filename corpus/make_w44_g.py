"""Builds corpus/dev/w44-g.jsonl and the small documents corpus/dev/w44-g-*.txt with their
gold: invented material for round 44, writer G (analysis 44-bg, segmentation causes S1 and
S2; gold written by hand
following docs/annotation.md, ahead of the rules): bg-S1 a docplayer arbetsordning
whose page 1 line opens with the counter ``1``, the title repeated, page 1's counter ``1``,
the adoption history and the body's numbered headings one after another, with one page 2
line after it (`w44-g-direktion`: page 1 is no page, §1.2; the page 2 line stays one page
clause); a case memo whose page 1 line opens with ``1`` and a register field run
(`w44-g-raddning`); bg-S2 a memo's verbless opening run (field run, title ending in a noun)
before ``Förslag till beslut``, and ``Ärendet`` before a year-fronted sentence
(`w44-g-strandskydd`, with the negative ``Ärendet bereds av …``); bg-S3 ``(bilaga 1)``
inside a sentence, no list label (`w44-g-anslutning`). The negative of bg-S1: three
page lines sharing the title as running header stay one clause each (round 14,
`w44-g-vagforening`). Offsets computed.
Run: python corpus/make_w44_g.py corpus/dev"""

import sys

from records import FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w44-g", conditions_from_statements=True)
FAR = ("får", "få", "pres", "act")


def heading(doc, cid, text, label="", parent=None, actors=()):
    return rec(cid, text, actors, doc=doc, kind="heading", label=label, parent=parent)


# bg-S1: page 1 of a two-page docplayer arbetsordning, then its page 2 line
D = "w44-g-direktion"
DIR_TITLE = "Arbetsordning för direktionen i Norrviks räddningsförbund"
DIR_HISTORY = (
    "Antagen av direktionen den 14 juni 2003 Ändrad av direktionen den 9 oktober 2015 ( 1)"
)
DIR_BODY = (
    "Direktionen består av sju ledamöter. Ordföranden kallar ersättarna. "
    "Ledamöterna får väcka ärenden."
)
DIR_LINE = (
    f"1 {DIR_TITLE} 1 {DIR_HISTORY} Kapitel 1 Inledande regler 1 Ledamöter 2 Ersättare {DIR_BODY}"
)
DIR_PAGE2 = "2 3 Kallelse 4 Protokoll Sekreteraren ska föra protokoll vid varje sammanträde."
DIR_TEXT = f"{DIR_TITLE}\n\n{DIR_LINE}\n\n{DIR_PAGE2}\n"
DI = "direktion"
DIR = [
    heading(D, "title", DIR_TITLE, actors=[("direktionen", DI, POL)]),
    heading(D, "1", DIR_TITLE, label="1", actors=[("direktionen", DI, POL)]),
    rec("m1", DIR_HISTORY, [("direktionen", DI, POL), ("direktionen", DI, POL, 1)], doc=D),
    heading(D, "k1", "Inledande regler", label="Kapitel 1"),
    heading(D, "k1.1", "Ledamöter", label="1", parent="k1"),
    heading(D, "k1.2", "Ersättare", label="2", parent="k1"),
    rec(
        "k1.2.1",
        DIR_BODY,
        [
            ("Direktionen", DI, POL),
            ("ledamöter", "ledamot", FTV),
            ("Ordföranden", "direktionens ordförande", FTV),
            ("ersättarna", "ersättare", FTV),
            ("Ledamöterna", "ledamot", FTV),
        ],
        [pres("består", "bestå"), pres("kallar", "kalla"), FAR, inf("väcka")],
        [
            st("direktion", "Direktionen", "none", None, "bestå", "består", "av sju ledamöter"),
            st(
                "direktionens ordförande",
                "Ordföranden",
                "none",
                None,
                "kalla",
                "kallar",
                "ersättarna",
            ),
            st("ledamot", "Ledamöterna", "permission", "får", "väcka", "väcka", "ärenden"),
        ],
        doc=D,
        parent="k1.2",
    ),
    rec(
        "2",
        DIR_PAGE2[2:],
        [("Sekreteraren", "sekreterare", TJP)],
        [SKA, inf("föra")],
        [
            st(
                "sekreterare",
                "Sekreteraren",
                "obligation",
                "ska",
                "föra",
                "föra",
                "protokoll vid varje sammanträde",
            )
        ],
        doc=D,
        label="2",
    ),
]

# bg-S1: page 1 of a case memo opening with ``1`` and its register field run
D = "w44-g-raddning"
RAD_TITLE = "Gemensam nämnd för räddningstjänst i Åsby"
RAD_FIELDS = "KS mars 2022 Datum Dnr KS 2022/17 Kommunfullmäktige"
RAD_1 = (
    "Räddningsutskottet föreslår fullmäktige i Åsby att inrätta en gemensam nämnd för "
    "räddningstjänst."
)
RAD_2 = "2020 antog kommunerna ett avtal om samverkan. Räddningschefen leder arbetet."
RAD_LINE = f"1 {RAD_FIELDS} {RAD_TITLE} Förslag till beslut {RAD_1} Ärendet {RAD_2}"
RAD_TEXT = f"{RAD_TITLE}\n\n{RAD_LINE}\n"
RAD = [
    heading(D, "title", RAD_TITLE, actors=[("nämnd för räddningstjänst", "nämnd", POL)]),
    rec("m1", RAD_FIELDS, [("Kommunfullmäktige", "kommunfullmäktige", POL)], doc=D, label="1"),
    heading(D, "1", RAD_TITLE, actors=[("nämnd för räddningstjänst", "nämnd", POL)]),
    heading(D, "h1", "Förslag till beslut"),
    rec(
        "h1.1",
        RAD_1,
        [
            ("Räddningsutskottet", "räddningsutskott", POL),
            ("fullmäktige i Åsby", "kommunfullmäktige", POL),
            ("nämnd för räddningstjänst", "nämnd", POL),
        ],
        [pres("föreslår", "föreslå"), inf("inrätta")],
        [
            st(
                "räddningsutskott",
                "Räddningsutskottet",
                "none",
                None,
                "föreslå",
                "föreslår",
                "fullmäktige i Åsby att inrätta en gemensam nämnd för räddningstjänst",
            )
        ],
        doc=D,
        parent="h1",
    ),
    heading(D, "h2", "Ärendet"),
    rec(
        "h2.1",
        RAD_2,
        [("kommunerna", "kommun", POL), ("Räddningschefen", "räddningschef", TJP)],
        [("antog", "anta", "past", "act", 0), pres("leder", "leda")],
        [
            st("kommun", "kommunerna", "none", None, "anta", "antog", "ett avtal om samverkan"),
            st("räddningschef", "Räddningschefen", "none", None, "leda", "leder", "arbetet"),
        ],
        doc=D,
        parent="h2",
    ),
]

# bg-S2: a memo's verbless opening run before ``Förslag till beslut``; ``Ärendet`` before a
# year-fronted sentence; the negative ``Ärendet bereds av …`` (a sentence, no heading)
D = "w44-g-strandskydd"
STR_TITLE = "Ny avgift för strandskyddsdispens"
STR_FIELDS = "Diarienummer BN 2021/33 Byggnadsnämnden"
STR_1 = "Miljönämnden föreslår byggnadsnämnden att anta avgiften."
STR_2 = "2018 antog nämnden en avgift för dispenser. Ärendet bereds av miljökontoret."
STR_TEXT = f"{STR_TITLE}\n\n{STR_FIELDS} {STR_TITLE} Förslag till beslut {STR_1} Ärendet {STR_2}\n"
STR = [
    heading(D, "title", STR_TITLE),
    rec("m1", STR_FIELDS, [("Byggnadsnämnden", "byggnadsnämnd", POL)], doc=D),
    heading(D, "1", STR_TITLE),
    heading(D, "h1", "Förslag till beslut"),
    rec(
        "h1.1",
        STR_1,
        [("Miljönämnden", "miljönämnd", POL), ("byggnadsnämnden", "byggnadsnämnd", POL)],
        [pres("föreslår", "föreslå"), inf("anta")],
        [
            st(
                "miljönämnd",
                "Miljönämnden",
                "none",
                None,
                "föreslå",
                "föreslår",
                "byggnadsnämnden att anta avgiften",
            )
        ],
        doc=D,
        parent="h1",
    ),
    heading(D, "h2", "Ärendet"),
    rec(
        "h2.1",
        STR_2,
        [("nämnden", "nämnd", POL), ("miljökontoret", "miljökontor", TJP)],
        [("antog", "anta", "past", "act", 0), pres("bereds", "bereda", "pass")],
        [
            st("nämnd", "nämnden", "none", None, "anta", "antog", "en avgift för dispenser"),
            st(
                "miljökontor",
                "miljökontoret",
                "none",
                None,
                "bereda",
                "bereds",
                "Ärendet",
                passive=True,
            ),
        ],
        doc=D,
        parent="h2",
    ),
]

# Negative (bg-S1): three page lines repeating the title as running header (round 14): each
# one page clause, page 1 too
D = "w44-g-vagforening"
VAG_TITLE = "Stadgar för Lidåsens vägförening"
VAG_LINES = [
    f"1 {VAG_TITLE} 1 Ändamål Föreningen förvaltar vägarna i området.",
    f"2 {VAG_TITLE} 2 Styrelse Styrelsen ska bestå av fem ledamöter.",
    f"3 {VAG_TITLE} 3 Stämma Stämman hålls varje år i april.",
]
VAG_TEXT = VAG_TITLE + "\n\n" + "\n\n".join(VAG_LINES) + "\n"
LV = "lidåsens vägförening"
VAG = [
    heading(D, "title", VAG_TITLE, actors=[("Lidåsens vägförening", LV, ORG)]),
    rec(
        "1",
        VAG_LINES[0][2:],
        [("Lidåsens vägförening", LV, ORG), ("Föreningen", LV, ORG)],
        [pres("förvaltar", "förvalta")],
        [st(LV, "Föreningen", "none", None, "förvalta", "förvaltar", "vägarna i området")],
        doc=D,
        label="1",
    ),
    rec(
        "2",
        VAG_LINES[1][2:],
        [
            ("Lidåsens vägförening", LV, ORG),
            ("Styrelsen", "styrelse", POL),
            ("ledamöter", "ledamot", FTV),
        ],
        [SKA, inf("bestå")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "bestå", "bestå", "av fem ledamöter")],
        doc=D,
        label="2",
    ),
    rec(
        "3",
        VAG_LINES[2][2:],
        [("Lidåsens vägförening", LV, ORG), ("Stämman", "föreningsstämma", POL)],
        [pres("hålls", "hålla", "pass")],
        doc=D,
        label="3",
    ),
]

# bg-S3: ``(bilaga 1)`` inside a sentence is a cross-reference, no list label ``1)``
D = "w44-g-anslutning"
ANS_TITLE = "Samverkan om löner i Tallby"
ANS_1 = (
    "Tallby kommun ansluter till förbundet den 1 januari 2025 och blir då den femte "
    "medlemmen. Direktionen ska anta ett nytt samarbetsavtal (bilaga 1) för förbundet och en "
    "ny arbetsordning (bilaga 2) för nämnderna."
)
ANS_TEXT = f"{ANS_TITLE}\n\n{ANS_1}\n"
ANS = [
    heading(D, "title", ANS_TITLE),
    rec(
        "1",
        ANS_1,
        [
            ("Tallby kommun", "tallby kommun", ORG),
            ("förbundet", "förbund", ORG),
            ("medlemmen", "medlem", ORG),
            ("Direktionen", DI, POL),
            ("förbundet", "förbund", ORG, 1),
            ("nämnderna", "nämnd", POL),
        ],
        [pres("ansluter", "ansluta"), pres("blir", "bli"), SKA, inf("anta")],
        [
            st(
                "tallby kommun",
                "Tallby kommun",
                "none",
                None,
                "ansluta",
                "ansluter",
                "till förbundet",
            ),
            st(
                "direktion",
                "Direktionen",
                "obligation",
                "ska",
                "anta",
                "anta",
                "ett nytt samarbetsavtal (bilaga 1) för förbundet och en ny arbetsordning "
                "(bilaga 2) för nämnderna",
            ),
        ],
        doc=D,
    ),
]

DOCUMENTS = {
    "w44-g-direktion": (DIR_TEXT, DIR),
    "w44-g-raddning": (RAD_TEXT, RAD),
    "w44-g-strandskydd": (STR_TEXT, STR),
    "w44-g-vagforening": (VAG_TEXT, VAG),
    "w44-g-anslutning": (ANS_TEXT, ANS),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-g", DOCUMENTS)
