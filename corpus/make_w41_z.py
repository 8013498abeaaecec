"""Builds corpus/dev/w41-z.jsonl and the small documents corpus/dev/w41-z-*.txt with their
gold: invented material for the round 41 review (tidy41, finding 9; gold by hand from
docs/annotation.md, for word-list entries round 41 added without dev material): ah-S4 line
headings on the section nouns `Processbehörighet`, `Personuppgiftsansvar`, `Delgivning` and
`Undertecknande` before a capitalised subject and its finite verb (`w41-z-miljo`; negative: a
sentence opening with the noun, `Undertecknande av avtal sker …`); ah-V4 the abbreviated
validity labels `Gäller fr o m:` and `Gäller t o m:` in a cover field run (`w41-z-bisyssla`:
one metadata clause, no verb, no statement). Offsets computed.
Run: python corpus/make_w41_z.py corpus/dev"""

import sys

from records import ORG, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w41-z", conditions_from_statements=True)


MN = "miljönämnd"
ANSVARAR = ("ansvarar", "ansvara", "pres", "act")

D = "w41-z-miljo"  # ah-S4: the section nouns as line headings
MILJO_TITLE = "Reglemente för miljönämnden i Ekvik"
MILJO_1 = "Miljönämnden ansvarar för tillsynen över miljö och hälsoskydd i kommunen."
MILJO_2 = "Nämnden företräder kommunen i mål inom sitt område."
MILJO_3 = "Nämnden ansvarar för behandlingen av personuppgifter i sin verksamhet."
MILJO_4 = "Förvaltningschefen ansvarar för delgivningen till nämnden."
MILJO_5 = "Förvaltningschefen undertecknar nämndens avtal."
MILJO_6 = "Undertecknande av avtal sker enligt delegationsordningen."
MILJO_TEXT = f"""{MILJO_TITLE}
Uppgifter
{MILJO_1}
Processbehörighet {MILJO_2}
Personuppgiftsansvar {MILJO_3}
Delgivning {MILJO_4}
Undertecknande {MILJO_5}
{MILJO_6}
"""
MILJO = [
    rec("title", MILJO_TITLE, [("miljönämnden", MN, POL)], doc=D, kind="heading"),
    rec("h1", "Uppgifter", doc=D, kind="heading"),
    rec(
        "1",
        MILJO_1,
        [("Miljönämnden", MN, POL)],
        [ANSVARAR],  # `i kommunen`: the place
        [
            st(
                MN,
                "Miljönämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för tillsynen över miljö och hälsoskydd i kommunen",
            )
        ],
        doc=D,
        parent="h1",
    ),
    rec("h2", "Processbehörighet", doc=D, kind="heading"),
    rec(
        "2",
        MILJO_2,
        [("Nämnden", "nämnd", POL), ("kommunen", "kommun", ORG)],
        [("företräder", "företräda", "pres", "act")],
        [st("nämnd", "Nämnden", "none", None, "företräda", "företräder", "kommunen")],
        doc=D,
        parent="h2",
    ),
    rec("h3", "Personuppgiftsansvar", doc=D, kind="heading"),
    rec(
        "3",
        MILJO_3,
        [("Nämnden", "nämnd", POL)],
        [ANSVARAR],
        [
            st(
                "nämnd",
                "Nämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för behandlingen av personuppgifter i sin verksamhet",
            )
        ],
        doc=D,
        parent="h3",
    ),
    rec("h4", "Delgivning", doc=D, kind="heading"),
    rec(
        "4",
        MILJO_4,
        [("Förvaltningschefen", "förvaltningschef", TJP), ("nämnden", "nämnd", POL)],
        [ANSVARAR],
        [
            st(
                "förvaltningschef",
                "Förvaltningschefen",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för delgivningen till nämnden",
            )
        ],
        doc=D,
        parent="h4",
    ),
    rec("h5", "Undertecknande", doc=D, kind="heading"),
    rec(
        "5",
        MILJO_5,
        [("Förvaltningschefen", "förvaltningschef", TJP), ("nämndens", "nämnd", POL)],
        [("undertecknar", "underteckna", "pres", "act")],
        [
            st(
                "förvaltningschef",
                "Förvaltningschefen",
                "none",
                None,
                "underteckna",
                "undertecknar",
                "nämndens avtal",
            )
        ],
        doc=D,
        parent="h5",
    ),
    rec("6", MILJO_6, verbs=[("sker", "ske", "pres", "act")], doc=D, parent="h5"),
]

D = "w41-z-bisyssla"  # ah-V4: `Gäller fr o m:` and `Gäller t o m:` field labels
BISYSSLA_TITLE = "Riktlinje för bisysslor"
BISYSSLA_FIELDS = "Dokumenttyp: Riktlinje Gäller fr o m: 1 juli 2029 Gäller t o m: 30 juni 2031"
BISYSSLA_1 = "Medarbetare ska anmäla sina bisysslor till chefen."
BISYSSLA_TEXT = f"{BISYSSLA_TITLE}\n{BISYSSLA_FIELDS}\n\n{BISYSSLA_1}\n"
BISYSSLA = [
    rec("title", BISYSSLA_TITLE, doc=D, kind="heading"),
    rec("m1", BISYSSLA_FIELDS, doc=D),
    rec(
        "1",
        BISYSSLA_1,
        [("Medarbetare", "medarbetare", TJP), ("chefen", "chef", TJP)],
        [SKA, ("anmäla", "anmäla", "inf", "act")],
        [
            st(
                "medarbetare",
                "Medarbetare",
                "obligation",
                "ska",
                "anmäla",
                "anmäla",
                "sina bisysslor",
            )
        ],
        doc=D,
    ),
]

DOCUMENTS = {"w41-z-miljo": (MILJO_TEXT, MILJO), "w41-z-bisyssla": (BISYSSLA_TEXT, BISYSSLA)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w41-z", DOCUMENTS)
