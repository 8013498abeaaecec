"""Builds corpus/dev/w38-s.jsonl and the small documents corpus/dev/w38-s-*.txt with their
gold: invented material for round 38, writer S (analysts of part at; gold by hand from
docs/annotation.md before the rules): at-S1 a memo's field run without colons marked by a
compound kind word (`BESLUTS-PM`, `FÖRSLAGS-PM`) and a spaced page counter `1 /`, its title
repeat followed by body text; at-S2 a statute page's field block with the active repeal
label `Upphäver` and a final `Senast hämtad` whose value was lost; at-S3 the top of an SFS
print, a one-line `Källa <publisher>` and `utfärdad den <date>.` after a title wrapped over
two lines; at-S4 a title in capitals over two lines whose second line opens with
`FÖR`/`OM`/`MED`/`AVSEENDE`, and `Kapitel` ⏎ `1 Allmänna bestämmelser.`; a memo's signature
and address run without field labels after its last sentence. Offsets computed.
Run: python corpus/make_w38_s.py corpus/dev"""

import sys

from records import POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w38-s")


LST = "länsstyrelse"

D = "w38-s-pm"
PM_TEXT = """Ändrade regler för doktorandanställningar
Rektor BESLUTS-PM 1 / Dnr EH 2031/12 Styrelsen Ändrade regler för doktorandanställningar Styrelsen ska besluta om ändringarna. Rektor ska bereda ärendet.
"""
PM = [
    rec("title", "Ändrade regler för doktorandanställningar", doc=D, kind="heading"),
    rec("m1", "Rektor BESLUTS-PM 1 / Dnr EH 2031/12 Styrelsen",
        [("Rektor", "rektor", TJP), ("Styrelsen", "styrelse", POL)], doc=D),
    rec("h1", "Ändrade regler för doktorandanställningar", doc=D, kind="heading"),
    rec("1", "Styrelsen ska besluta om ändringarna. Rektor ska bereda ärendet.",
        [("Styrelsen", "styrelse", POL), ("Rektor", "rektor", TJP)],
        [SKA, ("besluta", "besluta", "inf", "act"), (*SKA, 1), ("bereda", "bereda", "inf", "act")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "besluta", "besluta", "om ändringarna"),
         st("rektor", "Rektor", "obligation", "ska", "bereda", "bereda", "ärendet")],
        doc=D),
]

D = "w38-s-forslag"
FORSLAG_TEXT = """Riktlinjer för tolktjänst
Regionkansliet FÖRSLAGS-PM 2 / Diarienummer RS 2030/55 Regionstyrelsen Riktlinjer för tolktjänst Regionstyrelsen ska anta riktlinjerna. Per Ek Regionkansliet Storgatan 12 punkt 4
"""
FORSLAG = [
    rec("title", "Riktlinjer för tolktjänst", doc=D, kind="heading"),
    rec("m1", "Regionkansliet FÖRSLAGS-PM 2 / Diarienummer RS 2030/55 Regionstyrelsen",
        [("Regionkansliet", "regionkansli", "förvaltningsorganisation"),
         ("Regionstyrelsen", "regionstyrelse", POL)], doc=D),
    rec("h1", "Riktlinjer för tolktjänst", doc=D, kind="heading"),
    rec("1", "Regionstyrelsen ska anta riktlinjerna.", [("Regionstyrelsen", "regionstyrelse", POL)],
        [SKA, ("anta", "anta", "inf", "act")],
        [st("regionstyrelse", "Regionstyrelsen", "obligation", "ska", "anta", "anta",
            "riktlinjerna")], doc=D),
    rec("m2", "Per Ek Regionkansliet Storgatan 12 punkt 4",
        [("Regionkansliet", "regionkansli", "förvaltningsorganisation")], doc=D),
]

D = "w38-s-falt"
FALT_TEXT = """Förordning (2031:60) om tillsyn över fisket

SFS nr
2031:60
Utfärdad
2031-06-02
Upphäver
Förordning (2019:14) om tillsyn över fisket
Källa
Lagrummet
Senast hämtad

1 § Länsstyrelsen utövar tillsyn över fisket.
"""
FALT = [
    rec("title", "Förordning (2031:60) om tillsyn över fisket", doc=D, kind="heading"),
    rec("m1", "SFS nr 2031:60 Utfärdad 2031-06-02 Upphäver Förordning (2019:14) om tillsyn "
        "över fisket Källa Lagrummet Senast hämtad", doc=D),
    rec("§1", "Länsstyrelsen utövar tillsyn över fisket.", [("Länsstyrelsen", LST, POL)],
        [("utövar", "utöva", "pres", "act")],
        [st(LST, "Länsstyrelsen", "none", None, "utöva", "utövar",
            "tillsyn över fisket")], doc=D, parent="title", label="1 §"),
]

D = "w38-s-sfs"
SFS_TEXT = """Svensk författningssamling
Källa Lagrummet
Förordning (2031:61) om ersättning vid
viltskador på tamdjur
utfärdad den 2 juni 2031.

1 § Länsstyrelsen prövar frågor om ersättning.
"""
SFS = [
    rec("h0", "Svensk författningssamling", doc=D, kind="heading"),
    rec("m1", "Källa Lagrummet", doc=D),
    rec("title", "Förordning (2031:61) om ersättning vid viltskador på tamdjur", doc=D,
        kind="heading"),
    rec("m2", "utfärdad den 2 juni 2031.", [], [("utfärdad", "utfärda", "part", "pass")], doc=D),
    rec("§1", "Länsstyrelsen prövar frågor om ersättning.", [("Länsstyrelsen", LST, POL)],
        [("prövar", "pröva", "pres", "act")],
        [st(LST, "Länsstyrelsen", "none", None, "pröva", "prövar",
            "frågor om ersättning")], doc=D, parent="title", label="1 §"),
]

D = "w38-s-stadgar"
STADGAR_TEXT = """UTKAST - RIKTLINJER
OM BIDRAG TILL HEMBYGDSARBETE
Kapitel
1 Allmänna bestämmelser.
1 § Styrelsen ska pröva ansökningar om bidrag.
"""
STADGAR = [
    rec("title", "UTKAST - RIKTLINJER OM BIDRAG TILL HEMBYGDSARBETE", doc=D, kind="heading"),
    rec("k1", "Allmänna bestämmelser.", doc=D, kind="heading", label="Kapitel 1"),
    rec("§1", "Styrelsen ska pröva ansökningar om bidrag.", [("Styrelsen", "styrelse", POL)],
        [SKA, ("pröva", "pröva", "inf", "act")],
        [st("styrelse", "Styrelsen", "obligation", "ska", "pröva", "pröva",
            "ansökningar om bidrag")], doc=D, parent="k1", label="1 §"),
]

DOCUMENTS = {"w38-s-pm": (PM_TEXT, PM), "w38-s-forslag": (FORSLAG_TEXT, FORSLAG),
             "w38-s-falt": (FALT_TEXT, FALT), "w38-s-sfs": (SFS_TEXT, SFS),
             "w38-s-stadgar": (STADGAR_TEXT, STADGAR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w38-s", DOCUMENTS)
