"""Builds corpus/dev/w50-nu.jsonl: invented sentences for round 50, writer nu50b (new-user
trial 50, faults 4, 5 and 7; built by this script, offsets computed, gold by hand from
docs/annotation.md §2.1–§2.3 and §5 before the rules; one document a sentence).
(2) a parish named by its place (`Ekeby församling`) and `Högskolan i <Place>` are one
organisation name each; negative: a determiner before it (`Varje församling`).
(4) a `-ansvarig` compound alone in a delegation table's cell is the nominalised
adjective, a person (`| Kulturansvarig | Kanslichefen`); negative: the compound as an
attribute before its noun in a cell (`arbetsmiljöansvariga chefer`). (5) a `-förvaltare`
compound is a staff post (`Kyrkogårdsförvaltaren`, `Parkförvaltaren`: tjänsteperson);
negative: the bare `förvaltare` stays the överförmyndare's appointee (övrig). (7) a manner
phrase with a fraction's plural genitive (`med minst tre fjärdedelars majoritet`) names no
actor; negative: a definite `Majoriteten` as subject stays one.
Run: python corpus/make_w50_nu.py corpus/dev"""

import sys
from pathlib import Path

from records import FORV, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

OB, RE, NONE = "obligation", "responsibility", "none"


def rec(doc, *args):
    return records_for(f"w50-nu-{doc}", check_texts=True)("1", *args)


RECORDS = [
    # (4) a -ansvarig compound alone in its table cell
    rec("cell-1", "Utbetalning av föreningsbidrag | Kulturansvarig | Kanslichefen",
        [("Kulturansvarig", "kulturansvarig", TJP), ("Kanslichefen", "kanslichef", TJP)]),
    rec("cell-2", "Tillfällig upplåtelse av idrottshallen | Anläggningsansvarig | Fritidschefen",
        [("Anläggningsansvarig", "anläggningsansvarig", TJP),
         ("Fritidschefen", "fritidschef", TJP)]),
    # negative: the compound as an attribute inside a cell
    rec("cell-n1", "Utbildning för arbetsmiljöansvariga chefer | Personalchefen | Kanslichefen",
        [("chefer", "chef", TJP), ("Personalchefen", "personalchef", TJP),
         ("Kanslichefen", "kanslichef", TJP)]),
    # (5) -förvaltare compounds are staff posts
    rec("forv-1", "Kyrkogårdsförvaltaren ansvarar för skötseln av begravningsplatsens grönytor.",
        [("Kyrkogårdsförvaltaren", "kyrkogårdsförvaltare", TJP)],
        [pres("ansvarar", "ansvara")],
        [st("kyrkogårdsförvaltare", "Kyrkogårdsförvaltaren", RE, "ansvarar för", "ansvara",
            "ansvarar", "för skötseln av begravningsplatsens grönytor")]),
    rec("forv-2", "Parkförvaltaren ska lämna en rapport om trädens skick till nämnden.",
        [("Parkförvaltaren", "parkförvaltare", TJP), ("nämnden", "nämnd", POL)],
        [SKA, inf("lämna")],
        [st("parkförvaltare", "Parkförvaltaren", OB, "ska", "lämna", "lämna",
            "en rapport om trädens skick till nämnden")]),
    # negative: the bare förvaltare, the överförmyndare's appointee
    rec("forv-n1", "Överförmyndaren ska granska förvaltarens årsräkning.",
        [("Överförmyndaren", "överförmyndare", FTV), ("förvaltarens", "förvaltare", OVR)],
        [SKA, inf("granska")],
        [st("överförmyndare", "Överförmyndaren", OB, "ska", "granska", "granska",
            "förvaltarens årsräkning")]),
    # (7) a manner phrase with a fraction's plural genitive
    rec("maj-1", "Styrelsen avgör frågan med minst tre fjärdedelars majoritet.",
        [("Styrelsen", "styrelse", POL)], [pres("avgör", "avgöra")],
        [st("styrelse", "Styrelsen", NONE, None, "avgöra", "avgör",
            "frågan med minst tre fjärdedelars majoritet")]),
    rec("maj-2", "Ett sådant beslut fattas med minst två tredjedelars majoritet.",
        [], [pres("fattas", "fatta", "pass")]),
    # (2) a parish by its place, a högskola by `Högskolan i <Place>`: organisation names
    rec("org-1", "Kyrkorådet i Ekeby församling sammanträder en gång i månaden.",
        [("Kyrkorådet", "kyrkoråd", POL), ("Ekeby församling", "ekeby församling", ORG)],
        [pres("sammanträder", "sammanträda")],
        [st("kyrkoråd", "Kyrkorådet", NONE, None, "sammanträda", "sammanträder",
            "en gång i månaden")]),
    rec("org-2", "Högskolan i Sjövik har ett eget kansli för forskarutbildningen.",
        [("Högskolan i Sjövik", "högskolan i sjövik", ORG), ("kansli", "kansli", FORV)],
        [pres("har", "ha")],
        [st("högskolan i sjövik", "Högskolan i Sjövik", NONE, None, "ha", "har",
            "ett eget kansli för forskarutbildningen")]),
    # negative: a determiner before församling, no place name
    rec("org-n1", "Varje församling har ett kyrkoråd.",
        [("församling", "församling", POL), ("kyrkoråd", "kyrkoråd", POL)],
        [pres("har", "ha")],
        [st("församling", "församling", NONE, None, "ha", "har", "ett kyrkoråd")]),
    # negative: the definite majority as subject
    rec("maj-n1", "Majoriteten ska presentera sitt budgetförslag i oktober.",
        [("Majoriteten", "majoritet", FTV)], [SKA, inf("presentera")],
        [st("majoritet", "Majoriteten", OB, "ska", "presentera", "presentera",
            "sitt budgetförslag i oktober")]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w50-nu.jsonl", RECORDS)
