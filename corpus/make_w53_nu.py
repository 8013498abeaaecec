"""Builds corpus/dev/w53-nu.jsonl and the document corpus/dev/w53-nu-instruktion.txt with its
gold: invented material for round 53, fixer fix53b (new-user trial 53 faults 1, 6, 9, 10).
`w53-nu-instruktion` (a förvaltning's instruction as blank-line blocks): `får inte teckna`
where the tagger may read the infinitive as an adjective before its noun (a prohibition,
negated; negative: `får teckna`, a permission); `ska se till att` + a clause (aim `se`, the
object the clause after the cue); an agentless and an agent passive of the particle verb
`ses över` (implicit obligation; the agent's); `ansvarar för att` + a clause whose subject is a
noun series in commas (responsibility); negative: a comma before `och` + a new main clause
(two statements). Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w53_nu.py corpus/dev"""

import sys

from records import FAR as FAR_
from records import FORV, POL, SKA, TJP, blocks_text, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w53-nu", check_texts=True)
implicit = records_for("w53-nu")  # no actor text to check
D = "w53-nu-instruktion"
T = [
    "Förvaltningschefen får inte teckna leasingavtal för förvaltningen.",
    "Ekonomichefen får teckna hyresavtal för förvaltningen.",
    "Kanslichefen får inte teckna avtal om konsulttjänster.",
    "Arkivarien ska se till att äldre handlingar förtecknas.",
    "Delegationsordningen ska ses över en gång per år.",
    "Taxan ska ses över av nämnden inför varje budgetår.",
    "Fritidsnämnden ansvarar för att badhus, sporthallar och idrottsplatser hålls öppna under "
    "loven.",
    "Kulturchefen ska granska ansökningarna, och kulturnämnden beslutar om bidragen.",
]
FC, EC, KC, AR_, FN = "förvaltningschef", "ekonomichef", "kanslichef", "arkivarie", "fritidsnämnd"
FV = ("förvaltningen", "förvaltning", FORV)
INSTRUKTION = [
    rec("1", T[0], [("Förvaltningschefen", FC, TJP), FV], [FAR_, inf("teckna")],
        [st(FC, "Förvaltningschefen", "prohibition", "får inte", "teckna", "teckna",
            "leasingavtal för förvaltningen", negated=True)], doc=D),
    rec("2", T[1], [("Ekonomichefen", EC, TJP), FV], [FAR_, inf("teckna")],
        [st(EC, "Ekonomichefen", "permission", "får", "teckna", "teckna",
            "hyresavtal för förvaltningen")], doc=D),
    rec("3", T[2], [("Kanslichefen", KC, TJP)], [FAR_, inf("teckna")],
        [st(KC, "Kanslichefen", "prohibition", "får inte", "teckna", "teckna",
            "avtal om konsulttjänster", negated=True)], doc=D),
    rec("4", T[3], [("Arkivarien", AR_, TJP)],
        [SKA, inf("se"), pres("förtecknas", "förteckna", "pass")],
        [st(AR_, "Arkivarien", "obligation", "ska se till att", "se", "se",
            "äldre handlingar förtecknas")], doc=D),
    implicit("5", T[4], [], [SKA, inf("ses", "se", "pass")],
             [st(None, None, "obligation", "ska", "se", "ses", "Delegationsordningen",
                 passive=True)], doc=D),
    rec("6", T[5], [("nämnden", "nämnd", POL)], [SKA, inf("ses", "se", "pass")],
        [st("nämnd", "nämnden", "obligation", "ska", "se", "ses", "Taxan", passive=True)],
        doc=D),
    rec("7", T[6], [("Fritidsnämnden", FN, POL)],
        [pres("ansvarar", "ansvara"), pres("hålls", "hålla", "pass")],
        [st(FN, "Fritidsnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att badhus, sporthallar och idrottsplatser hålls öppna under loven")], doc=D),
    rec("8", T[7], [("Kulturchefen", "kulturchef", TJP), ("kulturnämnden", "kulturnämnd", POL)],
        [SKA, inf("granska"), pres("beslutar", "besluta")],
        [st("kulturchef", "Kulturchefen", "obligation", "ska", "granska", "granska",
            "ansökningarna"),
         st("kulturnämnd", "kulturnämnden", "none", None, "besluta", "beslutar",
            "om bidragen")], doc=D),
]

DOCUMENTS = {D: (blocks_text(INSTRUKTION), INSTRUKTION)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w53-nu", DOCUMENTS)
