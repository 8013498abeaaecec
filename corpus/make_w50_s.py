"""Builds corpus/dev/w50-s.jsonl and the documents corpus/dev/w50-s-*.txt with their gold:
invented material for round 50, writer s (analysis 50-bv causes B, C, D; rulings v2, v3).
`w50-s-delegation` (a delegationsordning): a fronted adverbial + a modal + an indefinite
subject `en` (+ adjective) + an actor noun + an infinitive (the noun phrase is the subject,
the infinitive the aim; a statute reference's number is no subject). `w50-s-arbetsordning`
(a municipality's arbetsordning whose title names no assembly): the same inversion with `ledamot`, `ersättare`,
`justerare`; `-fullmäktige` meeting words (`Budgetfullmäktige`, `Temafullmäktige`: no actor,
no rival of `kommunfullmäktige` for a bare `Fullmäktige`); `justerare` and
`protokollsjusterare` actors; negatives: a transitive `få` with an inverted or a plain
subject and an indefinite object, a non-actor inverted subject of a passive infinitive.
`w50-s-ungdom`: `ungdomsfullmäktige` stays a body and a rival (bare `Fullmäktige` stays).
Gold by hand from docs/annotation.md §2, §5 and the round 50 rulings before the rules.
Offsets computed. Run: python corpus/make_w50_s.py corpus/dev"""

import sys

from records import BOR, FAR, HAR, FTV, KAN, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w50-s", conditions_from_statements=True)
KF = "kommunfullmäktige"

D = "w50-s-delegation"
DEL_1 = ("Enligt 6 kap. 37 § kommunallagen får en nämnd uppdra åt ordföranden att fatta beslut "
         "på nämndens vägnar.")
DEL_2 = ("Enligt denna ordning får en förvaltningschef överlåta sin beslutanderätt till en "
         "enhetschef.")
DEL_3 = ("Under semesterperioden kan en särskilt utsedd handläggare fatta beslut om bidrag till "
         "föreningar.")
DEL_TEXT = f"""Delegationsordning för fritidsnämnden

{DEL_1}

{DEL_2}

{DEL_3}
"""
DEL = [
    rec("title", "Delegationsordning för fritidsnämnden",
        [("fritidsnämnden", "fritidsnämnd", POL)], kind="heading", doc=D),
    rec("1", DEL_1,
        [("nämnd", "nämnd", POL), ("ordföranden", "ordförande", FTV),
         ("nämndens", "nämnd", POL)],
        [FAR, inf("uppdra"), inf("fatta")],
        [st("nämnd", "nämnd", "permission", "får", "uppdra", "uppdra",
            "åt ordföranden att fatta beslut på nämndens vägnar",
            condition="Enligt 6 kap. 37 § kommunallagen")], doc=D),
    rec("2", DEL_2,
        [("förvaltningschef", "förvaltningschef", TJP), ("enhetschef", "enhetschef", TJP)],
        [FAR, inf("överlåta")],
        [st("förvaltningschef", "förvaltningschef", "permission", "får", "överlåta", "överlåta",
            "sin beslutanderätt till en enhetschef", condition="Enligt denna ordning")], doc=D),
    rec("3", DEL_3,
        [("handläggare", "handläggare", TJP), ("föreningar", "förening", ORG)],
        [KAN, inf("fatta")],
        [st("handläggare", "handläggare", "permission", "kan", "fatta", "fatta",
            "beslut om bidrag till föreningar")], doc=D),
]

D = "w50-s-arbetsordning"
AO_TITLE = "Lövsjö kommuns arbetsordning"
AO_1 = ("Kommunfullmäktige har 45 ledamöter. Fullmäktige väljer en ordförande och två vice "
        "ordförande för mandatperioden.")
AO_2 = ("Budgetfullmäktige hålls i november och ägnas åt nästa års budget. Temafullmäktige "
        "anordnas en gång per år.")
AO_3 = ("Under överläggningen får en enskild ledamot begära ordet flera gånger. Enligt "
        "kommunallagen får en ersättare delta i överläggningarna. Inför budgetfullmäktige bör "
        "en nyvald ledamot genomgå en introduktion.")
AO_4 = ("Fullmäktige får en ny ledamot från ersättarlistan. Efter avgången får en tidigare "
        "ledamot ersättning enligt arvodesreglementet. Under hösten ska en sammanställning av "
        "motionerna lämnas till fullmäktige.")
AO_5 = ("Vid varje sammanträde utses två protokollsjusterare. Efter varje sammanträde ska en "
        "utsedd justerare granska protokollet. Protokollet justeras av två justerare. "
        "Justeringen av protokollet ska ske senast tio dagar efter sammanträdet.")
AO_TEXT = f"""{AO_TITLE}

{AO_1}

Budgetfullmäktige

{AO_2}

Överläggningar

{AO_3}

{AO_4}

Protokollsjusterare

{AO_5}
"""
AO = [
    rec("title", AO_TITLE, [("Lövsjö kommuns", "lövsjö kommun", ORG)], kind="heading", doc=D),
    rec("1", AO_1,
        [("Kommunfullmäktige", KF, POL), ("ledamöter", "ledamot", FTV),
         ("Fullmäktige", KF, POL), ("ordförande", "ordförande", FTV),
         ("vice ordförande", "vice ordförande", FTV)],
        [HAR, pres("väljer", "välja")],
        [st(KF, "Kommunfullmäktige", "none", None, "ha", "har", "45 ledamöter"),
         st(KF, "Fullmäktige", "none", None, "välja", "väljer",
            "en ordförande och två vice ordförande för mandatperioden")], doc=D),
    rec("2", "Budgetfullmäktige", kind="heading", doc=D),
    rec("2.1", AO_2, (),
        [pres("hålls", "hålla", "pass"), pres("ägnas", "ägna", "pass"),
         pres("anordnas", "anordna", "pass")], doc=D),
    rec("3", "Överläggningar", kind="heading", doc=D),
    rec("3.1", AO_3,
        [("ledamot", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("ledamot", "ledamot", FTV, 1)],
        [FAR, inf("begära"), ("får", "få", "pres", "act", 1), inf("delta"), BOR,
         inf("genomgå")],
        [st("ledamot", "ledamot", "permission", "får", "begära", "begära",
            "ordet flera gånger"),
         st("ersättare", "ersättare", "permission", "får", "delta", "delta",
            "i överläggningarna", condition="Enligt kommunallagen"),
         st("ledamot", "ledamot", "recommendation", "bör", "genomgå", "genomgå",
            "en introduktion")], doc=D),
    rec("3.2", AO_4,
        [("Fullmäktige", KF, POL), ("ledamot", "ledamot", FTV), ("ledamot", "ledamot", FTV, 1),
         ("fullmäktige", KF, POL)],
        [pres("får", "få"), ("får", "få", "pres", "act", 1), SKA,
         inf("lämnas", "lämna", "pass")],
        [st(KF, "Fullmäktige", "none", None, "få", "får", "en ny ledamot från ersättarlistan"),
         st("ledamot", "ledamot", "none", None, "få", "får",
            "ersättning", condition="enligt arvodesreglementet"),
         st(None, None, "obligation", "ska", "lämna", "lämnas",
            "en sammanställning av motionerna", passive=True)], doc=D),
    rec("4", "Protokollsjusterare", [("Protokollsjusterare", "protokollsjusterare", FTV)],
        kind="heading", doc=D),
    rec("4.1", AO_5,
        [("protokollsjusterare", "protokollsjusterare", FTV), ("justerare", "justerare", FTV),
         ("justerare", "justerare", FTV, 1)],
        [pres("utses", "utse", "pass"), SKA, inf("granska"),
         pres("justeras", "justera", "pass"), ("ska", "skola", "pres", "act", 1), inf("ske")],
        [st("justerare", "justerare", "obligation", "ska", "granska", "granska",
            "protokollet"),
         st("justerare", "justerare", "none", None, "justera", "justeras", "Protokollet",
            passive=True)], doc=D),
]

D = "w50-s-ungdom"
UF_TITLE = "Om ungdomsinflytande i Ekhult kommun"
UF_1 = ("Ungdomsfullmäktige sammanträder fyra gånger per år. Kommunfullmäktige fastställer "
        "ungdomsfullmäktiges budget. Fullmäktige väljer inom sig en ordförande.")
UF_TEXT = f"""{UF_TITLE}

{UF_1}
"""
UF = [
    rec("title", UF_TITLE,
        [("Ekhult kommun", "ekhult kommun", ORG)], kind="heading", doc=D),
    rec("1", UF_1,
        [("Ungdomsfullmäktige", "ungdomsfullmäktige", POL), ("Kommunfullmäktige", KF, POL),
         ("ungdomsfullmäktiges", "ungdomsfullmäktige", POL), ("Fullmäktige", "fullmäktige", POL),
         ("ordförande", "ordförande", FTV)],
        [pres("sammanträder", "sammanträda"), pres("fastställer", "fastställa"),
         pres("väljer", "välja")],
        [st("ungdomsfullmäktige", "Ungdomsfullmäktige", "none", None, "sammanträda",
            "sammanträder", "fyra gånger per år"),
         st(KF, "Kommunfullmäktige", "none", None, "fastställa", "fastställer",
            "ungdomsfullmäktiges budget"),
         st("fullmäktige", "Fullmäktige", "none", None, "välja", "väljer",
            "inom sig en ordförande")], doc=D),
]

DOCUMENTS = {"w50-s-delegation": (DEL_TEXT, DEL), "w50-s-arbetsordning": (AO_TEXT, AO),
             "w50-s-ungdom": (UF_TEXT, UF)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-s", DOCUMENTS)
