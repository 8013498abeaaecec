"""Builds corpus/dev/w47-r.jsonl and the documents corpus/dev/w47-r-*.txt: invented text for
round 47, writer R (faults of the end-of-round new-user trial nu47b; gold by hand from
docs/annotation.md before the rules, offsets computed). Fault 3: a page copied with Ctrl-A
whose trail is printed one item a line (`Startsida` ⏎ `Bo och bygga` ⏎ `Riktlinjer` ⏎ the
title), no separator: from the skip link to the trail's last item (the title, which the page
prints again as its heading) is navigation, and so are a feedback box's answer lines after
its question and the footer's site links (`Om webbplatsen`, `Tillgänglighetsredogörelse`,
`Följ oss …`), all in no clause (`w47-r-webb`). Fault 4: an e-mail address after a unit is no
part of a name (`Gatuenheten kommun@…` names no `… kommun`). Negatives (`w47-r-kakor`): a
text about cookies and building permits keeps its headings `Kakor` and `Sök bygglov`, a `Ja`
after a question about the matter, and its last sentence naming the website.
Run: python corpus/make_w47_r.py corpus/dev"""

import sys

from records import POL, SKA, inf, pres, records_for, write_part
from records import statement as st

D = "w47-r"
rec = records_for(D, conditions_from_statements=True)
FORV = "förvaltningsorganisation"

WB = "w47-r-webb"
WB_TEXT = """Hoppa till huvudinnehållet
Västermo kommun
Meny
Sök
Lyssna
Startsida
Bo och bygga
Riktlinjer
Riktlinje för gatuskyltar
Dela
Skriv ut
Riktlinje för gatuskyltar
Tekniska nämnden beslutar om nya gatuskyltar i tätorterna.
Skyltarnas utformning
Gatuenheten ska hålla skyltarna rena och läsbara.
Synpunkter på skyltarna tas emot av Gatuenheten kommun@vastermo.se under kontorstid.
Hittade du det du sökte?
Ja
Nej
Om webbplatsen
Kakor (cookies)
Tillgänglighetsredogörelse
Följ oss på Instagram
"""
TN = ("Tekniska nämnden", "teknisk nämnd", POL)
GE = ("Gatuenheten", "gatuenhet", FORV)
SYN = "Synpunkter på skyltarna tas emot av Gatuenheten kommun@vastermo.se under kontorstid."
WBR = [
    rec("title", "Riktlinje för gatuskyltar", doc=WB, kind="heading"),
    rec("1", "Tekniska nämnden beslutar om nya gatuskyltar i tätorterna.", [TN],
        [pres("beslutar", "besluta")],
        [st("teknisk nämnd", "Tekniska nämnden", "none", None, "besluta", "beslutar",
            "om nya gatuskyltar i tätorterna")], doc=WB),
    rec("h1", "Skyltarnas utformning", doc=WB, kind="heading"),
    rec("2", "Gatuenheten ska hålla skyltarna rena och läsbara.", [GE],
        [SKA, inf("hålla")],
        [st("gatuenhet", "Gatuenheten", "obligation", "ska", "hålla", "hålla",
            "skyltarna rena och läsbara")], doc=WB, parent="h1"),
    rec("3", SYN, [GE], [pres("tas", "ta", "pass")],
        [st("gatuenhet", "Gatuenheten", "none", None, "ta", "tas",
            "Synpunkter på skyltarna", passive=True)], doc=WB, parent="h1"),
]

KK = "w47-r-kakor"
KK_TEXT = """Riktlinje för kakor och bygglov på webbplatsen

Kakor

Kommunikationsavdelningen ansvarar för att webbplatsen bara använder nödvändiga kakor.

Sök bygglov

Byggnadsnämnden ska pröva varje ansökan om bygglov inom tio veckor.

Får en förening ansöka om bygglov?

Ja

Kommunikationsavdelningen besvarar frågor om webbplatsen.
"""
KA = ("Kommunikationsavdelningen", "kommunikationsavdelning", FORV)
BN = ("Byggnadsnämnden", "byggnadsnämnd", POL)
KKR = [
    rec("title", "Riktlinje för kakor och bygglov på webbplatsen", doc=KK, kind="heading"),
    rec("h1", "Kakor", doc=KK, kind="heading"),
    rec("1", "Kommunikationsavdelningen ansvarar för att webbplatsen bara använder nödvändiga "
        "kakor.", [KA], [pres("ansvarar", "ansvara"), pres("använder", "använda")],
        [st("kommunikationsavdelning", "Kommunikationsavdelningen", "responsibility",
            "ansvarar", "ansvara", "ansvarar",
            "att webbplatsen bara använder nödvändiga kakor")], doc=KK, parent="h1"),
    rec("h2", "Sök bygglov", doc=KK, kind="heading"),
    rec("2", "Byggnadsnämnden ska pröva varje ansökan om bygglov inom tio veckor.", [BN],
        [SKA, inf("pröva")],
        [st("byggnadsnämnd", "Byggnadsnämnden", "obligation", "ska", "pröva", "pröva",
            "varje ansökan om bygglov inom tio veckor")], doc=KK, parent="h2"),
    rec("h3", "Får en förening ansöka om bygglov?", [("förening", "förening", "organisation")],
        [("Får", "få", "pres", "act"), inf("ansöka")], doc=KK, kind="heading"),
    rec("3", "Ja", doc=KK, parent="h3"),
    rec("4", "Kommunikationsavdelningen besvarar frågor om webbplatsen.", [KA],
        [pres("besvarar", "besvara")],
        [st("kommunikationsavdelning", "Kommunikationsavdelningen", "none", None, "besvara",
            "besvarar", "frågor om webbplatsen")], doc=KK, parent="h3"),
]

DOCUMENTS = {WB: (WB_TEXT, WBR), KK: (KK_TEXT, KKR)}


if __name__ == "__main__":
    write_part(sys.argv[1], D, DOCUMENTS)
