"""Builds corpus/dev/w46-t.jsonl and the small documents corpus/dev/w46-t-*.txt with their
gold: invented material for round 46, writer T (analysis 46-bm, cause 10; gold by hand from
docs/annotation.md before the rule). A contents page whose heading line carries the page
column's header (``Innehållsförteckning Sid``): flattened onto a page line after a title
wrapped over two lines, its entries end in bare page numbers (`w46-t-samling`: one clause
``2``; the next page line's labels are labels again), and one entry a line under the same
heading (`w46-t-teknik`: the heading and its entries one block, round 45). Cause 9: a web
page's contact block, one line each for the role, the person's name, `Tfn.`/`Mob`/`E-post`
without colons (`w46-t-webb`: one metadata paragraph a person, the role an actor, the name
none; a lone phone line after them its own); negatives: a role noun as a real heading over a
sentence and `Kontakt` over prose (`w46-t-prosa`). Offsets computed.
Run: python corpus/make_w46_t.py corpus/dev"""

import sys

from records import FORV, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w46-t", conditions_from_statements=True)

D = "w46-t-samling"
SAM_CONTENTS = ("Innehållsförteckning Sid Regler för arkivering i Region Österland 3 "
                "Policy för resor i tjänsten 9 Instruktion för regiondirektören 12")
SAM_TEXT = f"""Samling av styrdokument
för Region Österland
2 {SAM_CONTENTS}
3 Regler för arkivering Regionstyrelsen fastställer reglerna varje år.
"""
RS = "regionstyrelse"
SAM = [
    rec("title", "Samling av styrdokument för Region Österland",
        [("Region Österland", "region österland", ORG)], doc=D, kind="heading"),
    rec("2", SAM_CONTENTS,
        [("Region Österland", "region österland", ORG),
         ("regiondirektören", "regiondirektör", TJP)], doc=D, label="2"),
    rec("3", "Regler för arkivering", doc=D, kind="heading", label="3"),
    rec("3.1", "Regionstyrelsen fastställer reglerna varje år.",
        [("Regionstyrelsen", RS, POL)], [pres("fastställer", "fastställa")],
        [st(RS, "Regionstyrelsen", "none", None, "fastställa", "fastställer", "reglerna")],
        doc=D, parent="3"),
]

D = "w46-t-teknik"
TEK_TEXT = """Reglemente för tekniska nämnden i Ekby kommun

Innehållsförteckning Sid
Uppgifter\t2
Sammansättning\t3

1 Uppgifter
Tekniska nämnden ansvarar för gator och parker.

2 Sammansättning
Tekniska nämnden består av sju ledamöter.
"""
TN = "teknisk nämnd"
TEK = [
    rec("title", "Reglemente för tekniska nämnden i Ekby kommun",
        [("tekniska nämnden", TN, POL), ("Ekby kommun", "ekby kommun", ORG)], doc=D,
        kind="heading"),
    rec("toc", "Innehållsförteckning Sid Uppgifter 2 Sammansättning 3", doc=D, kind="heading"),
    rec("1", "Uppgifter", doc=D, kind="heading", label="1"),
    rec("1.1", "Tekniska nämnden ansvarar för gator och parker.",
        [("Tekniska nämnden", TN, POL)], [pres("ansvarar", "ansvara")],
        [st(TN, "Tekniska nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för gator och parker")], doc=D, parent="1"),
    rec("2", "Sammansättning", doc=D, kind="heading", label="2"),
    rec("2.1", "Tekniska nämnden består av sju ledamöter.",
        [("Tekniska nämnden", TN, POL), ("ledamöter", "ledamot", FTV)], [pres("består", "bestå")],
        [st(TN, "Tekniska nämnden", "none", None, "bestå", "består", "av sju ledamöter")], doc=D,
        parent="2"),
]

D = "w46-t-webb"
WEB_TEXT = """Riktlinje för föreningsbidrag
Kultur- och fritidsnämnden fördelar bidrag till ideella föreningar.
Föreningarna ska lämna sin ansökan senast den 1 mars.
Kontakt
Fritidschef
Lars Holm
Tfn. 0456-120 30
Mob 070-222 33 44
Föreningshandläggare
Sara Nyman
Tfn. 0456-120 31
E-post sara.nyman@sorby.se
Tfn. 0456-120 00
"""
KFN = "kultur- och fritidsnämnd"
WEB = [
    rec("title", "Riktlinje för föreningsbidrag", doc=D, kind="heading"),
    rec("1", "Kultur- och fritidsnämnden fördelar bidrag till ideella föreningar.",
        [("Kultur- och fritidsnämnden", KFN, POL), ("föreningar", "förening", ORG)],
        [pres("fördelar", "fördela")],
        [st(KFN, "Kultur- och fritidsnämnden", "none", None, "fördela", "fördelar",
            "bidrag till ideella föreningar")], doc=D),
    rec("2", "Föreningarna ska lämna sin ansökan senast den 1 mars.",
        [("Föreningarna", "förening", ORG)], [SKA, inf("lämna")],
        [st("förening", "Föreningarna", "obligation", "ska", "lämna", "lämna", "sin ansökan")],
        doc=D),
    rec("h1", "Kontakt", doc=D, kind="heading"),
    rec("m1", "Fritidschef Lars Holm Tfn. 0456-120 30 Mob 070-222 33 44",
        [("Fritidschef", "fritidschef", TJP)], doc=D, parent="h1"),
    rec("m2", "Föreningshandläggare Sara Nyman Tfn. 0456-120 31 E-post sara.nyman@sorby.se",
        [("Föreningshandläggare", "föreningshandläggare", TJP)], doc=D, parent="h1"),
    rec("m3", "Tfn. 0456-120 00", doc=D, parent="h1"),
]

D = "w46-t-prosa"
PRO_TEXT = """Taxa för tillsyn enligt miljöbalken
Miljönämnden debiterar en avgift för tillsynen.
Handläggare
Miljönämnden utser en handläggare för varje ärende.
Kontakt
Frågor om taxan besvaras av miljökontoret.
"""
MN = "miljönämnd"
PRO = [
    rec("title", "Taxa för tillsyn enligt miljöbalken", doc=D, kind="heading"),
    rec("1", "Miljönämnden debiterar en avgift för tillsynen.", [("Miljönämnden", MN, POL)],
        [pres("debiterar", "debitera")],
        [st(MN, "Miljönämnden", "none", None, "debitera", "debiterar",
            "en avgift för tillsynen")], doc=D),
    rec("h1", "Handläggare", [("Handläggare", "handläggare", TJP)], doc=D, kind="heading"),
    rec("2", "Miljönämnden utser en handläggare för varje ärende.",
        [("Miljönämnden", MN, POL), ("handläggare", "handläggare", TJP)],
        [pres("utser", "utse")],
        [st(MN, "Miljönämnden", "none", None, "utse", "utser",
            "en handläggare för varje ärende")], doc=D, parent="h1"),
    rec("h2", "Kontakt", doc=D, kind="heading"),
    rec("3", "Frågor om taxan besvaras av miljökontoret.",
        [("miljökontoret", "miljökontor", FORV)], [pres("besvaras", "besvara", "pass")],
        [st("miljökontor", "miljökontoret", "none", None, "besvara", "besvaras",
            "Frågor om taxan", passive=True)], doc=D, parent="h2"),
]

DOCUMENTS = {"w46-t-samling": (SAM_TEXT, SAM), "w46-t-teknik": (TEK_TEXT, TEK),
             "w46-t-webb": (WEB_TEXT, WEB), "w46-t-prosa": (PRO_TEXT, PRO)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w46-t", DOCUMENTS)
