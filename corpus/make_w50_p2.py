"""Builds corpus/dev/w50-p2.jsonl and the documents corpus/dev/w50-p2-*.txt with their gold:
invented material for round 50, writer p2 (follow-up of w50p; docs/annotation.md round 50
ruling v1: "also when the header repeats only the end of the title line"). Three docplayer
prints of one shape: a form header line whose labels lost their values, ending in page 1's
bare counter (``1:6``, ``1(3)``); the viewer's lines between it and the page (``Starta
visningen från sidan:``, ``Storlek: px``, a ``Download "…"`` line repeating the header with
its values, ``Transkript``), each in a blank-line block; then page 1 flattened onto one
line: its index ``1``, the header's tail up to the counter with a lower-case label word
inside it (``Upphäver reviderad Utfärdare 1:6``; a running header, one clause labelled
``1``), a heading in capitals (a heading clause) and a paragraph of several sentences (one
clause). A socialnämnd, a byggnadsnämnd, a gymnasieförbund. Negative (`w50-p2-kultur`): the
same header and viewer lines, but the page line opens with a sentence that cites a section
``1:2``: no header to cut there. Gold by hand from docs/annotation.md §1.2 (round 42 viewer
lines, round 48 viewer copies), §2.1, §2.3, §5 and the round 50 rulings before the rule.
Offsets computed. Run: python corpus/make_w50_p2.py corpus/dev"""

import sys

from records import FAR, FTV, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w50-p2")
VIEWER = ("Starta visningen från sidan:", "Storlek: px")


def print_text(header, download, page_line, viewer=VIEWER):
    """A docplayer print: the form header, the viewer's lines each in a block, page 1."""
    blocks = [header, *viewer, f'Download "{download}"', "Transkript", page_line]
    return "\n\n".join(blocks) + "\n"


def head_records(doc, adoption, actors, fields, viewer=VIEWER):
    """The form header (the adoption clause, then the field labels up to the counter) and
    the viewer's lines: metadata clauses each (§1.2 rounds 42, 48)."""
    records = [rec("m1", adoption, actors, doc=doc),
               rec("m2", fields, doc=doc)]
    for number, line in enumerate(viewer, start=3):
        records.append(rec(f"m{number}", line, doc=doc))
    return records


# (a) A socialnämnd's guidelines for home care.
D = "w50-p2-socialnamnd"
SOC_PARAGRAPH = (
    "Socialnämnden ska erbjuda hemtjänst i hela kommunen. Nämnden ansvarar för att behovet "
    "av hjälp utreds skyndsamt. Enhetschefen ska upprätta en genomförandeplan. Enhetschefen "
    "får inte ändra beviljade insatser. Enhetschefen ska dokumentera insatserna löpande i "
    "verksamhetssystemet. Ordföranden får besluta i brådskande ärenden. "
    "Förvaltningschefen ska granska verksamheten två gånger per år. Förvaltningschefen "
    "ansvarar för att riktlinjerna hålls aktuella. Nämnden redovisar resultatet till "
    "kommunfullmäktige. Socialnämnden ska anta nya riktlinjer för hemtjänsten vart fjärde år "
    "och efter varje större förändring i lagstiftningen."
)
SOC_DOWNLOAD = (
    "Antagen av SN 2031-02-18 27 Dnr: SN 2031/114 Sida "
    "Upphäver 2029-05-03 reviderad 2030-12-01 Utfärdare 1:6"
)
SOC_TEXT = print_text(
    "Antagen av SN 27 Dnr: Sida Upphäver reviderad Utfärdare 1:6",
    SOC_DOWNLOAD,
    f"1 Upphäver reviderad Utfärdare 1:6 RIKTLINJER FÖR HEMTJÄNST {SOC_PARAGRAPH}",
)
SN = "socialnämnd"
SOC = [
    *head_records(D, "Antagen av SN 27", [], "Dnr: Sida Upphäver reviderad Utfärdare 1:6"),
    rec("m5", f'Download "{SOC_DOWNLOAD}"', doc=D),
    rec("m6", "Transkript", doc=D),
    rec("1", "Upphäver reviderad Utfärdare 1:6", label="1", doc=D),
    rec("h1", "RIKTLINJER FÖR HEMTJÄNST", kind="heading", doc=D),
    rec("1.1", SOC_PARAGRAPH,
        [("Socialnämnden", SN, POL), ("Nämnden", SN, POL), ("Enhetschefen", "enhetschef", TJP),
         ("Enhetschefen", "enhetschef", TJP, 1), ("Enhetschefen", "enhetschef", TJP, 2),
         ("Ordföranden", "ordförande", FTV),
         ("Förvaltningschefen", "förvaltningschef", TJP),
         ("Förvaltningschefen", "förvaltningschef", TJP, 1), ("Nämnden", SN, POL, 1),
         ("kommunfullmäktige", "kommunfullmäktige", POL), ("Socialnämnden", SN, POL, 1)],
        [SKA, inf("erbjuda"), pres("ansvarar", "ansvara"), pres("utreds", "utreda", "pass"),
         (*SKA, 1), inf("upprätta"), FAR, inf("ändra"), (*SKA, 2), inf("dokumentera"),
         (*FAR, 1), inf("besluta"), (*SKA, 3), inf("granska"),
         pres("ansvarar", "ansvara", nth=1), pres("hålls", "hålla", "pass"),
         pres("redovisar", "redovisa"), (*SKA, 4), inf("anta")],
        [st(SN, "Socialnämnden", "obligation", "ska", "erbjuda", "erbjuda", "hemtjänst"),
         st(SN, "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för att behovet av hjälp utreds skyndsamt"),
         st("enhetschef", "Enhetschefen", "obligation", "ska", "upprätta", "upprätta",
            "en genomförandeplan"),
         st("enhetschef", "Enhetschefen", "prohibition", "får inte", "ändra", "ändra",
            "beviljade insatser", negated=True),
         st("enhetschef", "Enhetschefen", "obligation", "ska", "dokumentera", "dokumentera",
            "insatserna"),
         st("ordförande", "Ordföranden", "permission", "får", "besluta", "besluta",
            "i brådskande ärenden"),
         st("förvaltningschef", "Förvaltningschefen", "obligation", "ska", "granska", "granska",
            "verksamheten"),
         st("förvaltningschef", "Förvaltningschefen", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "för att riktlinjerna hålls aktuella"),
         st(SN, "Nämnden", "none", None, "redovisa", "redovisar", "resultatet"),
         st(SN, "Socialnämnden", "obligation", "ska", "anta", "anta",
            "nya riktlinjer för hemtjänsten")],
        parent="h1", doc=D),
]

# (b) A byggnadsnämnd's delegation order; the viewer's size line only.
D = "w50-p2-byggnadsnamnd"
BYG_VIEWER = ("Storlek: px",)
BYG_PARAGRAPH = (
    "Byggnadsnämnden får delegera sin beslutanderätt till förvaltningschefen. "
    "Byggnadsnämnden ska anta en delegationsordning för varje mandatperiod. Delegaten ska "
    "anmäla sina beslut till nämnden. Ordföranden får underteckna handlingar på nämndens "
    "vägnar. Ordföranden ska leda nämndens arbete och sammanträden. Förvaltningschefen "
    "ansvarar för att besluten expedieras. Förvaltningschefen får "
    "vidaredelegera sin beslutanderätt. Ledamöterna får inte delta i handläggningen av "
    "jävsärenden. Nämnden ska pröva frågan om jäv. Byggnadsnämnden ska lämna råd och "
    "upplysningar i frågor om byggande inom hela sitt geografiska område."
)
BYG_DOWNLOAD = (
    "Beslutad av BN 2030-11-05 112 Dnr: BN 2030/287 Sida "
    "Reviderad 2028-09-14 senast 2030-11-01 Signatur 1:4"
)
BYG_TEXT = print_text(
    "Beslutad av BN 112 Dnr: Sida Reviderad senast Signatur 1:4",
    BYG_DOWNLOAD,
    f"1 Reviderad senast Signatur 1:4 DELEGERING AV BESLUTANDERÄTT {BYG_PARAGRAPH}",
    BYG_VIEWER,
)
BN = "byggnadsnämnd"
BYG = [
    *head_records(D, "Beslutad av BN 112", [], "Dnr: Sida Reviderad senast Signatur 1:4",
                  BYG_VIEWER),
    rec("m5", f'Download "{BYG_DOWNLOAD}"', doc=D),
    rec("m6", "Transkript", doc=D),
    rec("1", "Reviderad senast Signatur 1:4", label="1", doc=D),
    rec("h1", "DELEGERING AV BESLUTANDERÄTT", kind="heading", doc=D),
    rec("1.1", BYG_PARAGRAPH,
        [("Byggnadsnämnden", BN, POL), ("förvaltningschefen", "förvaltningschef", TJP),
         ("Byggnadsnämnden", BN, POL, 1), ("Delegaten", "delegat", TJP),
         ("nämnden", BN, POL), ("Ordföranden", "ordförande", FTV),
         ("nämndens", BN, POL), ("Ordföranden", "ordförande", FTV, 1),
         ("nämndens", BN, POL, 1), ("Förvaltningschefen", "förvaltningschef", TJP),
         ("Förvaltningschefen", "förvaltningschef", TJP, 1), ("Ledamöterna", "ledamot", FTV),
         ("Nämnden", BN, POL), ("Byggnadsnämnden", BN, POL, 2)],
        [FAR, inf("delegera"), SKA, inf("anta"), (*SKA, 1), inf("anmäla"), (*FAR, 1),
         inf("underteckna"), (*SKA, 2), inf("leda"), pres("ansvarar", "ansvara"),
         pres("expedieras", "expediera", "pass"), (*FAR, 2), inf("vidaredelegera"), (*FAR, 3),
         inf("delta"), (*SKA, 3), inf("pröva"), (*SKA, 4), inf("lämna")],
        [st(BN, "Byggnadsnämnden", "permission", "får", "delegera", "delegera",
            "sin beslutanderätt"),
         st(BN, "Byggnadsnämnden", "obligation", "ska", "anta", "anta",
            "en delegationsordning för varje mandatperiod"),
         st("delegat", "Delegaten", "obligation", "ska", "anmäla", "anmäla", "sina beslut"),
         st("ordförande", "Ordföranden", "permission", "får", "underteckna", "underteckna",
            "handlingar"),
         st("ordförande", "Ordföranden", "obligation", "ska", "leda", "leda",
            "nämndens arbete och sammanträden"),
         st("förvaltningschef", "Förvaltningschefen", "responsibility", "ansvarar för",
            "ansvara", "ansvarar", "för att besluten expedieras"),
         st("förvaltningschef", "Förvaltningschefen", "permission", "får", "vidaredelegera",
            "vidaredelegera", "sin beslutanderätt"),
         st("ledamot", "Ledamöterna", "prohibition", "får inte", "delta", "delta",
            "i handläggningen av jävsärenden", negated=True),
         st(BN, "Nämnden", "obligation", "ska", "pröva", "pröva", "frågan om jäv"),
         st(BN, "Byggnadsnämnden", "obligation", "ska", "lämna", "lämna",
            "råd och upplysningar i frågor om byggande")],
        parent="h1", doc=D),
]

# (c) A gymnasieförbund's order for the direktion; the counter ``1(3)``.
D = "w50-p2-gymnasieforbund"
GYM_PARAGRAPH = (
    "Direktionen leder verksamheten. Direktionen sammanträder minst sex gånger per år. "
    "Direktionen ska fastställa en budget för varje år. "
    "Förbundschefen ansvarar för att direktionens beslut verkställs. Förbundschefen ska "
    "samordna verksamheten vid skolorna. Rektor får besluta om den inre organisationen. Rektor "
    "ska leda och utveckla det pedagogiska arbetet vid skolan. Rektor "
    "ska informera förbundschefen om allvarliga händelser. Ordföranden får kalla till extra "
    "sammanträde. Direktionen ska lämna en delårsrapport i augusti och en årsredovisning i "
    "mars. Förbundschefen får inte ingå avtal som sträcker sig längre än budgetåret."
)
GYM_TEXT = print_text(
    "Beslutad av DIR 8 Dnr: Sida Ersätter tidigare Giltig till 1(3)",
    "Beslutad av DIR 2032-03-09 8 Dnr: DIR 2032/15 Sida Ersätter tidigare 2030-01-01 Giltig till "
    "2035-12-31 1(3)",
    f"1 Ersätter tidigare Giltig till 1(3) UPPDRAG OCH ANSVAR {GYM_PARAGRAPH}",
)
GYM = [
    *head_records(D, "Beslutad av DIR 8", [], "Dnr: Sida Ersätter tidigare Giltig till 1(3)"),
    rec("m5", 'Download "Beslutad av DIR 2032-03-09 8 Dnr: DIR 2032/15 Sida Ersätter '
        'tidigare 2030-01-01 Giltig till 2035-12-31 1(3)"', doc=D),
    rec("m6", "Transkript", doc=D),
    rec("1", "Ersätter tidigare Giltig till 1(3)", label="1", doc=D),
    rec("h1", "UPPDRAG OCH ANSVAR", kind="heading", doc=D),
    rec("1.1", GYM_PARAGRAPH,
        [("Direktionen", "direktion", POL), ("Direktionen", "direktion", POL, 1),
         ("Direktionen", "direktion", POL, 2),
         ("Förbundschefen", "förbundschef", TJP), ("direktionens", "direktion", POL),
         ("Förbundschefen", "förbundschef", TJP, 1), ("Rektor", "rektor", TJP),
         ("Rektor", "rektor", TJP, 1), ("Rektor", "rektor", TJP, 2),
         ("förbundschefen", "förbundschef", TJP),
         ("Ordföranden", "direktionens ordförande", FTV), ("Direktionen", "direktion", POL, 3),
         ("Förbundschefen", "förbundschef", TJP, 2)],
        [pres("leder", "leda"), pres("sammanträder", "sammanträda"), SKA, inf("fastställa"),
         pres("ansvarar", "ansvara"),
         pres("verkställs", "verkställa", "pass"), (*SKA, 1), inf("samordna"), FAR,
         inf("besluta"), (*SKA, 2), inf("leda"), inf("utveckla"), (*SKA, 3), inf("informera"),
         (*FAR, 1), inf("kalla"), (*SKA, 4), inf("lämna"), (*FAR, 2), inf("ingå"),
         pres("sträcker", "sträcka")],
        [st("direktion", "Direktionen", "none", None, "leda", "leder", "verksamheten"),
         st("direktion", "Direktionen", "none", None, "sammanträda", "sammanträder",
            "minst sex gånger per år"),
         st("direktion", "Direktionen", "obligation", "ska", "fastställa", "fastställa",
            "en budget för varje år"),
         st("förbundschef", "Förbundschefen", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "för att direktionens beslut verkställs"),
         st("förbundschef", "Förbundschefen", "obligation", "ska", "samordna", "samordna",
            "verksamheten vid skolorna"),
         st("rektor", "Rektor", "permission", "får", "besluta", "besluta",
            "om den inre organisationen"),
         st("rektor", "Rektor", "obligation", "ska", "leda", "leda",
            "det pedagogiska arbetet vid skolan"),
         st("rektor", "Rektor", "obligation", "ska", "utveckla", "utveckla",
            "det pedagogiska arbetet vid skolan"),
         st("rektor", "Rektor", "obligation", "ska", "informera", "informera",
            "förbundschefen om allvarliga händelser"),
         st("direktionens ordförande", "Ordföranden", "permission", "får", "kalla", "kalla",
            "till extra sammanträde"),
         st("direktion", "Direktionen", "obligation", "ska", "lämna", "lämna",
            "en delårsrapport i augusti och en årsredovisning i mars"),
         st("förbundschef", "Förbundschefen", "prohibition", "får inte", "ingå", "ingå",
            "avtal som sträcker sig längre än budgetåret", negated=True)],
        parent="h1", doc=D),
]

# (d) Negative: the page line opens with a sentence citing section ``1:2``, no header repeat.
D = "w50-p2-kultur"
KUL_PARAGRAPH = (
    "Kulturnämnden fördelar bidrag enligt avsnitt 1:2 i bidragsreglerna. Nämnden ska pröva "
    "varje ansökan."
)
KUL_DOWNLOAD = (
    "Godkänd av KN 2031-06-01 9 Dnr: KN 2031/40 "
    "Sida Upphäver 2027-02-02 Reviderad Utfärdare 1:2"
)
KUL_TEXT = print_text(
    "Godkänd av KN 9 Dnr: Sida Upphäver Reviderad Utfärdare 1:2",
    KUL_DOWNLOAD,
    f"1 {KUL_PARAGRAPH}",
)
KN = "kulturnämnd"
KUL = [
    *head_records(D, "Godkänd av KN 9", [], "Dnr: Sida Upphäver Reviderad Utfärdare 1:2"),
    rec("m5", f'Download "{KUL_DOWNLOAD}"', doc=D),
    rec("m6", "Transkript", doc=D),
    rec("1", KUL_PARAGRAPH, [("Kulturnämnden", KN, POL), ("Nämnden", KN, POL)],
        [pres("fördelar", "fördela"), SKA, inf("pröva")],
        [st(KN, "Kulturnämnden", "none", None, "fördela", "fördelar", "bidrag"),
         st(KN, "Nämnden", "obligation", "ska", "pröva", "pröva", "varje ansökan")],
        label="1", doc=D),
]

DOCUMENTS = {"w50-p2-socialnamnd": (SOC_TEXT, SOC), "w50-p2-byggnadsnamnd": (BYG_TEXT, BYG),
             "w50-p2-gymnasieforbund": (GYM_TEXT, GYM), "w50-p2-kultur": (KUL_TEXT, KUL)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w50-p2", DOCUMENTS)
