"""Builds corpus/dev/w44-k.jsonl and the small documents corpus/dev/w44-k-*.txt with their gold:
invented material for round 44, writer K (new-user trial 44, a docplayer-like flattened
arbetsordning; gold by hand from docs/annotation.md before the rules): cause 1, a capitalised
``Mom. 2`` label after a stop whose first moment is unlabelled starts a sub-paragraph (§1.2),
``Mom. 3`` after it too, a lower-case ``mom. 2`` reference inside a sentence does not
(`w44-k-hallby`); cause 2, a ``§ N`` heading glued to a capitalised role noun in the middle of
a flattened line (``KallelseOrdföranden``, ``ProtokollFörvaltningschefen``) is cut at the seam,
so the glued word makes no actor (`w44-k-hallby`, `w44-k-valnamnd`); cause 3, a one-word
heading before a sentence that opens with a capitalised preposition that no sentence opener
list held (``Bland``, ``Förutom``) when a finite verb follows within four words (`w44-k-hallby`,
`w44-k-valnamnd`; its negatives, a preposition without a finite verb after it, are in the rule
test).
Offsets computed. Run: python corpus/make_w44_k.py corpus/dev"""

import sys

from records import FORV, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w44-k", conditions_from_statements=True)

KF = "kommunfullmäktige"
KS = "kommunstyrelse"
ORDF = "ordförande"

D = "w44-k-hallby"
HAL_TITLE = "Arbetsordning för kommunfullmäktige i Hällby kommun"
HAL_PIECES = [
    "§ 1 Sammanträden",
    "Fullmäktige sammanträder minst fem gånger per år.",
    "Mom. 2",
    "Extra sammanträde ska hållas om kommunstyrelsen begär det.",
    "§ 2 Ordförande",
    "Bland de ordinarie ledamöterna väljer fullmäktige en ordförande för mandatperioden.",
    "§ 3 Kallelse",
    "Ordföranden ska skicka ut kallelsen senast tio dagar före sammanträdet.",
    "Mom. 2",
    "Kallelsen ska även publiceras på kommunens webbplats.",
    "Mom. 3",
    "Ersättarna ska få kallelsen samtidigt.",
    "§ 4 Protokoll",
    "Protokollet justeras av ordföranden och en ledamot. Rättelser enligt mom. 2 i § 3 "
    "görs av kansliet.",
]
# ``§ 3 Kallelse`` is glued to its sentence: ``§ 3 KallelseOrdföranden ska …``
HAL_LINE = " ".join(HAL_PIECES).replace("Kallelse Ordföranden", "KallelseOrdföranden")
HAL_TEXT = f"{HAL_TITLE}\n\n{HAL_LINE}\n"
HAL = [
    rec("title", HAL_TITLE, [("kommunfullmäktige", KF, POL), ("Hällby kommun", "hällby kommun",
                                                               ORG)],
        doc=D, kind="heading"),
    rec("§1", "Sammanträden", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", HAL_PIECES[1], [("Fullmäktige", KF, POL)],
        [pres("sammanträder", "sammanträda")],
        [st(KF, "Fullmäktige", "none", None, "sammanträda", "sammanträder")],
        doc=D, parent="§1"),
    rec("§1.2", HAL_PIECES[3], [("kommunstyrelsen", KS, POL)],
        [SKA, inf("hållas", "hålla", "pass"), pres("begär", "begära")],
        [st(None, None, "obligation", "ska", "hålla", "hållas", "Extra sammanträde",
            passive=True, condition="om kommunstyrelsen begär det")],
        doc=D, parent="§1", label="Mom. 2"),
    rec("§2", "Ordförande", [("Ordförande", ORDF, FTV)], doc=D, kind="heading", label="§ 2"),
    rec("§2.1", HAL_PIECES[5], [("ledamöterna", "ledamot", FTV), ("fullmäktige", KF, POL),
                                ("ordförande", ORDF, FTV)],
        [pres("väljer", "välja")],
        [st(KF, "fullmäktige", "none", None, "välja", "väljer", "en ordförande")],
        doc=D, parent="§2"),
    rec("§3", "Kallelse", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", HAL_PIECES[7], [("Ordföranden", ORDF, FTV)],
        [SKA, inf("skicka")],
        [st(ORDF, "Ordföranden", "obligation", "ska", "skicka", "skicka", "kallelsen")],
        doc=D, parent="§3"),
    rec("§3.2", HAL_PIECES[9], [("kommunens", "hällby kommun", ORG)],
        [SKA, inf("publiceras", "publicera", "pass")],
        [st(None, None, "obligation", "ska", "publicera", "publiceras", "Kallelsen",
            passive=True)],
        doc=D, parent="§3", label="Mom. 2"),
    rec("§3.3", HAL_PIECES[11], [("Ersättarna", "ersättare", FTV)],
        [SKA, inf("få")],
        [st("ersättare", "Ersättarna", "obligation", "ska", "få", "få", "kallelsen")],
        doc=D, parent="§3", label="Mom. 3"),
    rec("§4", "Protokoll", doc=D, kind="heading", label="§ 4"),
    rec("§4.1", HAL_PIECES[13],
        [("ordföranden", ORDF, FTV), ("ledamot", "ledamot", FTV), ("kansliet", "kansli", FORV)],
        [pres("justeras", "justera", "pass"), pres("görs", "göra", "pass")],
        [st(ORDF, "ordföranden", "none", None, "justera", "justeras", "Protokollet",
            passive=True),
         st("ledamot", "ledamot", "none", None, "justera", "justeras", "Protokollet",
            passive=True),
         st("kansli", "kansliet", "none", None, "göra", "görs", "Rättelser", passive=True)],
        doc=D, parent="§4"),
]

D = "w44-k-valnamnd"
TAX_TITLE = "Reglemente för valnämnden i Östra Lunda kommun"
VN = "valnämnd"
TAX_PIECES = [
    "§ 1 Sammansättning",
    "Förutom de ordinarie ledamöterna väljer fullmäktige tre ersättare.",
    "§ 2 Presidium",
    "Jämte ordföranden väljer fullmäktige en vice ordförande.",
    "§ 3 Protokoll",
    "Förvaltningschefen ska föra nämndens protokoll.",
    "§ 4 Samråd",
    "Nämnden ska samråda med andra myndigheter inför varje val.",
]
# ``§ 3 Protokoll`` is glued to its sentence: ``§ 3 ProtokollFörvaltningschefen ska …``
TAX_LINE = " ".join(TAX_PIECES).replace(
    "Protokoll Förvaltningschefen", "ProtokollFörvaltningschefen"
)
TAX_TEXT = f"{TAX_TITLE}\n\n{TAX_LINE}\n"
TAX = [
    rec("title", TAX_TITLE, [("valnämnden", VN, POL),
                              ("Östra Lunda kommun", "östra lunda kommun", ORG)],
        doc=D, kind="heading"),
    rec("§1", "Sammansättning", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", TAX_PIECES[1],
        [("ledamöterna", "ledamot", FTV), ("fullmäktige", KF, POL),
         ("ersättare", "ersättare", FTV)],
        [pres("väljer", "välja")],
        [st(KF, "fullmäktige", "none", None, "välja", "väljer", "tre ersättare")],
        doc=D, parent="§1"),
    rec("§2", "Presidium", [("Presidium", "presidium", POL)], doc=D, kind="heading",
        label="§ 2"),
    rec("§2.1", TAX_PIECES[3],
        [("ordföranden", "valnämndens ordförande", FTV), ("fullmäktige", KF, POL),
         ("vice ordförande", "vice ordförande", FTV)],
        [pres("väljer", "välja")],
        [st(KF, "fullmäktige", "none", None, "välja", "väljer", "en vice ordförande")],
        doc=D, parent="§2"),
    rec("§3", "Protokoll", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", TAX_PIECES[5],
        [("Förvaltningschefen", "förvaltningschef", TJP), ("nämndens", VN, POL)],
        [SKA, inf("föra")],
        [st("förvaltningschef", "Förvaltningschefen", "obligation", "ska", "föra", "föra",
            "nämndens protokoll")],
        doc=D, parent="§3"),
    rec("§4", "Samråd", doc=D, kind="heading", label="§ 4"),
    rec("§4.1", TAX_PIECES[7], [("Nämnden", VN, POL)],
        [SKA, inf("samråda")],
        [st(VN, "Nämnden", "obligation", "ska", "samråda", "samråda", "med andra myndigheter",
            condition="inför varje val")],
        doc=D, parent="§4"),
]

DOCUMENTS = {"w44-k-hallby": (HAL_TEXT, HAL), "w44-k-valnamnd": (TAX_TEXT, TAX)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-k", DOCUMENTS)
