"""Builds corpus/dev/w46-k.jsonl and the small documents corpus/dev/w46-k-*.txt with their
gold: invented material for round 46, writer K (analysis 46-all, families 1 and 8; gold by
hand from docs/annotation.md and its round-46 rulings before the rules; offsets computed).
Family 1 (copulas, §5.1 round 35 B4 and its round-46 extension): a genitive owner, an
attributive adjective or participle that is no superlative (`verkställande`, `beslutande`,
`styrande`, `förvaltande`) and a body noun before `är` + a definite named body identify that
body: no statement, the body noun no actor (`w46-k`, sentences 1-4); with the subject first
(`Direktionen är förbundets styrande organ.`) or another verb (`utgör`) it stays a statement
(negatives 5-6). Family 8 (chairs, §2.3 round 46): in a reglemente titled for one nämnd whose
text calls it `Nämnden` and writes `nämndens`, the bare `Ordföranden` is the title's body's
chair (`fritidsnämndens ordförande`, `w46-k-fritid`); in an assembly's arbetsordning the bare
chair stays `ordförande` (`w46-k-arbetsordning`, the negative).
Run: python corpus/make_w46_k.py corpus/dev"""

import sys

from records import AR, FAR, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w46-k", conditions_from_statements=True, check_texts=True)

SENTENCES = [
    # positives: the copula identifies the named body (round 35 B4, round 46 copulas)
    rec("1", "Klubbens verkställande organ är styrelsen.",
        [("Klubbens", "klubb", ORG), ("styrelsen", "styrelse", POL)], [AR]),
    rec("2", "Förbundets beslutande organ är förbundsstämman.",
        [("Förbundets", "förbund", ORG), ("förbundsstämman", "förbundsstämma", POL)], [AR]),
    rec("3", "Kommunalförbundets styrande organ är direktionen.",
        [("Kommunalförbundets", "kommunalförbund", ORG), ("direktionen", "direktion", POL)],
        [AR]),
    rec("4", "Stiftelsens förvaltande organ är styrelsen.",
        [("Stiftelsens", "stiftelse", ORG), ("styrelsen", "styrelse", POL)], [AR]),
    # negatives: the subject first, or a verb other than the copula, keeps the statement
    rec("5", "Direktionen är förbundets styrande organ.",
        [("Direktionen", "direktion", POL), ("förbundets", "förbund", ORG)], [AR],
        [st("direktion", "Direktionen", "none", None, "vara", "är",
            "förbundets styrande organ")]),
    rec("6", "Styrelsen utgör stiftelsens verkställande organ.",
        [("Styrelsen", "styrelse", POL), ("stiftelsens", "stiftelse", ORG)],
        [pres("utgör", "utgöra")],
        [st("styrelse", "Styrelsen", "none", None, "utgöra", "utgör",
            "stiftelsens verkställande organ")]),
]

D = "w46-k-fritid"
FN = "fritidsnämnd"
FN_CHAIR = "fritidsnämndens ordförande"
FRI_TITLE = "Reglemente för fritidsnämnden i Lövnäs kommun"
FRI_1 = "Nämnden ansvarar för idrottsanläggningar och badplatser."
FRI_2 = "Nämnden sammanträder minst fyra gånger per år. Ordföranden får kalla till extra möte."
FRI_3 = "Ordföranden ska leda nämndens arbete."
FRI_4 = "Nämnden får uppdra åt förvaltningschefen att besluta i löpande ärenden."
FRI = [
    rec("title", FRI_TITLE,
        [("fritidsnämnden", FN, POL), ("Lövnäs kommun", "lövnäs kommun", ORG)],
        doc=D, kind="heading"),
    rec("1", FRI_1, [("Nämnden", "nämnd", POL)], [pres("ansvarar", "ansvara")],
        [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för idrottsanläggningar och badplatser")], doc=D),
    rec("2", FRI_2, [("Nämnden", "nämnd", POL), ("Ordföranden", FN_CHAIR, "förtroendevald")],
        [pres("sammanträder", "sammanträda"), FAR, inf("kalla")],
        [st("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år"),
         st(FN_CHAIR, "Ordföranden", "permission", "får", "kalla", "kalla",
            "till extra möte")], doc=D),
    rec("3", FRI_3, [("Ordföranden", FN_CHAIR, "förtroendevald"), ("nämndens", "nämnd", POL)],
        [SKA, inf("leda")],
        [st(FN_CHAIR, "Ordföranden", "obligation", "ska", "leda", "leda", "nämndens arbete")],
        doc=D),
    rec("4", FRI_4, [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [FAR, inf("uppdra"), inf("besluta")],
        [st("nämnd", "Nämnden", "permission", "får", "uppdra", "uppdra",
            "åt förvaltningschefen att besluta i löpande ärenden")], doc=D),
]

D = "w46-k-arbetsordning"
KF = "kommunfullmäktige"
ARB_TITLE = f"Arbetsordning för {KF} i Lövnäs kommun"
ARB_1 = "Kommunfullmäktige sammanträder varje månad utom juli."
ARB_2 = "Fullmäktige beslutar om sammanträdesplanen. Ordföranden bestämmer tid och plats."
ARB_3 = "Ordföranden leder fullmäktiges förhandlingar."
ARB = [
    rec("title", ARB_TITLE,
        [("kommunfullmäktige", KF, POL), ("Lövnäs kommun", "lövnäs kommun", ORG)],
        doc=D, kind="heading"),
    rec("1", ARB_1, [("Kommunfullmäktige", KF, POL)], [pres("sammanträder", "sammanträda")],
        [st(KF, "Kommunfullmäktige", "none", None, "sammanträda", "sammanträder",
            "varje månad utom juli")], doc=D),
    rec("2", ARB_2, [("Fullmäktige", KF, POL), ("Ordföranden", "ordförande", "förtroendevald")],
        [pres("beslutar", "besluta"), pres("bestämmer", "bestämma")],
        [st(KF, "Fullmäktige", "none", None, "besluta", "beslutar", "om sammanträdesplanen"),
         st("ordförande", "Ordföranden", "none", None, "bestämma", "bestämmer",
            "tid och plats")], doc=D),
    rec("3", ARB_3, [("Ordföranden", "ordförande", "förtroendevald"), ("fullmäktiges", KF, POL)],
        [pres("leder", "leda")],
        [st("ordförande", "Ordföranden", "none", None, "leda", "leder",
            "fullmäktiges förhandlingar")], doc=D),
]


def _text(records):
    return "\n\n".join(record["text"] for record in records) + "\n"


DOCUMENTS = {"w46-k-fritid": (_text(FRI), FRI), "w46-k-arbetsordning": (_text(ARB), ARB)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w46-k", DOCUMENTS, before=SENTENCES)
