"""Builds corpus/dev/w51-nw.jsonl and the document corpus/dev/w51-nw-arkiv.txt with its gold:
invented material for round 51, writer nu51c (newuser51 faults 5, 6 and 9). An archive
regulation (`w51-nw-arkiv`) as plain text: a lead paragraph before `§ 1` (`p1`, the
document numbers: docs/clauses.md round 51), a `|` table `Roll | Uppgift` whose task
cells open with a capitalised present without a subject (`Arkivansvarig | Samordnar …`:
the role cell is the subject, docs/annotation.md §2 round 46, `Miljöchef | Leder
tillsynen`), one with its own modal (`Ska föra …`); the stacked grant `ska X ges möjlighet
att` (the cue `ges möjlighet att` under `ska`: obligation, modal from `ska` to `att` with
the inverted subject inside, §5 rounds 14, 29, as dev `ska ha rätt att`). Negatives: a
task cell that is a noun phrase (`Enheternas handläggare`: no verb), `ges tillfälle att`
(no cue noun: `ge` the passive main verb, dev w44-p), a heading row. Gold by hand from
docs/annotation.md §2 and §5 before any run (after the first run: the units
`förvaltningen`, `enhet` added as §2 has them). Offsets computed.
Run: python corpus/make_w51_nw.py corpus/dev"""

import sys

from records import FORV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w51-nw")

D = "w51-nw-arkiv"
ARK_TEXT = """Arkivreglemente för Lövsta kommun

Reglementet gäller från den 1 mars 2026 och ersätter det tidigare reglementet.

§ 1 Ansvar

Roll | Uppgift
Arkivansvarig | Samordnar arkivvården inom förvaltningen.
Förvaltningschefen | Utser arkivredogörare på varje enhet.
Registratorn | Ska föra en förteckning över arkivet.
Arkivredogörare | Enheternas handläggare

§ 2 Samråd

Innan en handling gallras ska arkivmyndigheten ges möjlighet att yttra sig.

Arkivmyndigheten ska ges tillfälle att granska förteckningen.
"""
AL = ARK_TEXT.split("\n")
AM = "arkivmyndighet"
ROWS = [
    rec("§1.1", AL[6], doc=D, parent="§1"),  # the header row
    rec("§1.2", AL[7], [("Arkivansvarig", "arkivansvarig", TJP),
                        ("förvaltningen", "förvaltning", FORV)],
        [pres("Samordnar", "samordna")],
        [st("arkivansvarig", "Arkivansvarig", "none", None, "samordna", "Samordnar",
            "arkivvården inom förvaltningen")], doc=D, parent="§1"),
    rec("§1.3", AL[8], [("Förvaltningschefen", "förvaltningschef", TJP),
                        ("arkivredogörare", "arkivredogörare", TJP), ("enhet", "enhet", FORV)],
        [pres("Utser", "utse")],
        [st("förvaltningschef", "Förvaltningschefen", "none", None, "utse", "Utser",
            "arkivredogörare på varje enhet")], doc=D, parent="§1"),
    rec("§1.4", AL[9], [("Registratorn", "registrator", TJP)],
        [("Ska", "skola", "pres", "act"), inf("föra")],
        [st("registrator", "Registratorn", "obligation", "Ska", "föra", "föra",
            "en förteckning över arkivet")], doc=D, parent="§1"),
    # a noun-phrase task cell: no verb, no statement
    rec("§1.5", AL[10], [("Arkivredogörare", "arkivredogörare", TJP),
                         ("Enheternas", "enhet", FORV),
                         ("handläggare", "handläggare", TJP)], doc=D, parent="§1"),
]
ARKIV = [
    rec("title", AL[0], [("Lövsta kommun", "lövsta kommun", ORG)], doc=D, kind="heading"),
    rec("p1", AL[2], verbs=[pres("gäller", "gälla"), pres("ersätter", "ersätta")], doc=D),
    rec("§1", "Ansvar", doc=D, kind="heading", label="§ 1"),
    *ROWS,
    rec("§2", "Samråd", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", AL[14], [("arkivmyndigheten", AM, POL)],
        [pres("gallras", "gallra", "pass"), SKA, pres("ges", "ge", "pass"), inf("yttra")],
        [st(AM, "arkivmyndigheten", "obligation", "ska arkivmyndigheten ges möjlighet att",
            "yttra", "yttra", "sig", condition="Innan en handling gallras")],
        ["Innan en handling gallras"], doc=D, parent="§2"),
    # `tillfälle` is no cue noun: `ges` is the main verb, passive (dev w44-p)
    rec("§2.2", AL[16], [("Arkivmyndigheten", AM, POL)],
        [SKA, pres("ges", "ge", "pass"), inf("granska")],
        [st(AM, "Arkivmyndigheten", "obligation", "ska", "ge", "ges",
            "tillfälle att granska förteckningen", passive=True)], doc=D, parent="§2"),
]

DOCUMENTS = {D: (ARK_TEXT, ARKIV)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-nw", DOCUMENTS)
