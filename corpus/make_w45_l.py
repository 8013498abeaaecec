"""Builds corpus/dev/w45-l.jsonl and the small documents corpus/dev/w45-l-*.txt with their
gold: invented material for round 45, writer L (segmentation in the PDF-like layouts of
benchmarks/bench_layouts.py; gold written by hand following docs/annotation.md, before the
rules): a short reglemente printed as a text layer wrapped at about 55 characters (fewer
than ten lines, so no typical width was measured): its title, a wrapped paragraph, a short
sentence line before a new paragraph, a heading, and as negative a paragraph's first line
that breaks off at ``inom`` before a place name (`w45-l-kulturrad`); a delegationsordning
printed as a narrow layer whose lines are mostly whole sentences (read as unwrapped text),
two of them wrapped after ``och`` before a capitalised authority and after ``den`` before a
date (`w45-l-vagnamnd`). Offsets computed.
Run: python corpus/make_w45_l.py corpus/dev"""

import sys

from records import FAR, FTV, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w45-l", conditions_from_statements=True)

D = "w45-l-kulturrad"
KR_TEXT = """Reglemente för Ekmarks kulturråd
Kulturrådet bereder ärenden om kulturstöd och lämnar
yttranden till kulturnämnden. Rådet möts varje
kvartal.
Rådet ska hålla ett öppet möte om kulturlivet inom
Ekmark varje höst.
Val och mandattid
Kulturnämnden utser rådets ordförande för ett år i taget.
"""
KR = "ekmarks kulturråd"
KN = "kulturnämnd"
KRA = [
    rec(
        "title",
        "Reglemente för Ekmarks kulturråd",
        [("Ekmarks kulturråd", "ekmarks kulturråd", POL)],
        doc=D,
        kind="heading",
    ),
    rec(
        "1",
        "Kulturrådet bereder ärenden om kulturstöd och lämnar yttranden till kulturnämnden. "
        "Rådet möts varje kvartal.",
        [("Kulturrådet", KR, POL), ("kulturnämnden", KN, POL), ("Rådet", KR, POL)],
        [pres("bereder", "bereda"), pres("lämnar", "lämna"), pres("möts", "mötas")],
        [
            st(KR, "Kulturrådet", "none", None, "bereda", "bereder", "ärenden om kulturstöd"),
            st(KR, "Kulturrådet", "none", None, "lämna", "lämnar", "yttranden till kulturnämnden"),
            st(KR, "Rådet", "none", None, "mötas", "möts"),
        ],
        doc=D,
    ),
    rec(
        "2",
        "Rådet ska hålla ett öppet möte om kulturlivet inom Ekmark varje höst.",
        [("Rådet", KR, POL)],
        [SKA, inf("hålla")],
        [
            st(
                KR,
                "Rådet",
                "obligation",
                "ska",
                "hålla",
                "hålla",
                "ett öppet möte om kulturlivet inom Ekmark",
            )
        ],
        doc=D,
    ),
    rec("h1", "Val och mandattid", doc=D, kind="heading"),
    rec(
        "3",
        "Kulturnämnden utser rådets ordförande för ett år i taget.",
        [("Kulturnämnden", KN, POL), ("rådets ordförande", "kulturrådets ordförande", FTV)],
        [pres("utser", "utse")],
        [st(KN, "Kulturnämnden", "none", None, "utse", "utser", "rådets ordförande")],
        doc=D,
        parent="h1",
    ),
]

D = "w45-l-vagnamnd"
VN_TEXT = """Delegationsordning för vägnämnden
Allmänt
Nämnden får delegera beslut till ordföranden.
Ordföranden ska anmäla sina beslut till nämnden.
Förvaltningschefen ska samråda med kommunstyrelsen och
Länsstyrelsen i frågor om vägbelysning.
Förvaltningschefen ska lämna en rapport senast den
1 mars varje år.
Ikraftträdande
Ordningen gäller från och med 2030-01-01.
"""
VN = "vägnämnd"
ORDF = "vägnämndens ordförande"
FC = "förvaltningschef"
VNA = [
    rec(
        "title",
        "Delegationsordning för vägnämnden",
        [("vägnämnden", VN, POL)],
        doc=D,
        kind="heading",
    ),
    rec("h1", "Allmänt", doc=D, kind="heading"),
    rec(
        "1",
        "Nämnden får delegera beslut till ordföranden.",
        [("Nämnden", "nämnd", POL), ("ordföranden", ORDF, FTV)],
        [FAR, inf("delegera")],
        [
            st(
                "nämnd",
                "Nämnden",
                "permission",
                "får",
                "delegera",
                "delegera",
                "beslut till ordföranden",
            )
        ],
        doc=D,
        parent="h1",
    ),
    rec(
        "2",
        "Ordföranden ska anmäla sina beslut till nämnden.",
        [("Ordföranden", ORDF, FTV), ("nämnden", "nämnd", POL)],
        [SKA, inf("anmäla")],
        [
            st(
                ORDF,
                "Ordföranden",
                "obligation",
                "ska",
                "anmäla",
                "anmäla",
                "sina beslut till nämnden",
            )
        ],
        doc=D,
        parent="h1",
    ),
    rec(
        "3",
        "Förvaltningschefen ska samråda med kommunstyrelsen och Länsstyrelsen i frågor om "
        "vägbelysning.",
        [
            ("Förvaltningschefen", FC, TJP),
            ("kommunstyrelsen", "kommunstyrelse", POL),
            ("Länsstyrelsen", "länsstyrelse", POL),
        ],
        [SKA, inf("samråda")],
        [
            st(
                FC,
                "Förvaltningschefen",
                "obligation",
                "ska",
                "samråda",
                "samråda",
                "med kommunstyrelsen och Länsstyrelsen i frågor om vägbelysning",
            )
        ],
        doc=D,
        parent="h1",
    ),
    rec(
        "4",
        "Förvaltningschefen ska lämna en rapport senast den 1 mars varje år.",
        [("Förvaltningschefen", FC, TJP)],
        [SKA, inf("lämna")],
        [st(FC, "Förvaltningschefen", "obligation", "ska", "lämna", "lämna", "en rapport")],
        doc=D,
        parent="h1",
    ),
    rec("h2", "Ikraftträdande", doc=D, kind="heading"),
    rec(
        "5",
        "Ordningen gäller från och med 2030-01-01.",
        [],
        [pres("gäller", "gälla")],
        doc=D,
        parent="h2",
    ),
]

DOCUMENTS = {"w45-l-kulturrad": (KR_TEXT, KRA), "w45-l-vagnamnd": (VN_TEXT, VNA)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w45-l", DOCUMENTS)
