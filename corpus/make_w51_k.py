"""Builds corpus/dev/w51-k.jsonl and the documents corpus/dev/w51-k-*.txt with their gold:
invented material for round 51, writer K (analysis 51-ax L1, analysis 51-ak P7).
L1: a docplayer print one page a line, each page line opening with its page index and then
an inline `N Heading` before the page's first sentence (`3 4 Fullmäktige Kallelse till … ska …`):
each page line is one clause (round 40, ruling a6), and the heading word is no subject of
the sentence after it (`w51-k-forbund`). P7: a flattened tjänsteskrivelse whose page 1 opens
with the writing office in capitals, then its field words (`Handläggare`, `Datum`,
`Diarienummer` with a register code whose number the print lost), the addressee, the memo's
title, `Förslag till beslut` and the proposal (`w51-k-memo`, `w51-k-remiss` with page 1's
counter kept): the field run is one metadata clause, the title and the memo heading
headings of their own (round 36 S4). Negatives: a page heading before an actor subject
(`8 Revision Revisorerna …`), a memo paragraph after the headings, a register code in a
sentence. Gold by hand from docs/annotation.md §1.2, §1.3, §2, §5 before the rules.
Offsets computed.
Run: python corpus/make_w51_k.py corpus/dev"""

import sys

from records import AR, FORV, FTV, HAR, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w51-k")

# (a) L1: a förbundsordning printed one page a line.
D = "w51-k-forbund"
FORBUND_TEXT = """Förbundsordning för Ekvika avfallsförbund

2 1 Ändamål Förbundet ska driva insamlingen av hushållsavfall i medlemskommunerna. 2 Säte \
Förbundet har sitt säte i Tallvik.

3 4 Fullmäktige Kallelse till sammanträde ska sändas minst två veckor i förväg. Varje \
medlemskommun utser tre ledamöter och lika många ersättare.

4 6 Direktion Mandattiden för direktionen är fyra år. Direktionen leder förbundets \
arbete. 8 Revision Revisorerna granskar förbundets räkenskaper varje år.
"""
EAF, MK = "ekvika avfallsförbund", "medlemskommun"
PAGES = FORBUND_TEXT.split("\n")
FORBUND = [
    rec("title", PAGES[0], [("Ekvika avfallsförbund", EAF, ORG)], doc=D, kind="heading"),
    rec("2", PAGES[2][2:],
        [("Förbundet", EAF, ORG), ("medlemskommunerna", MK, ORG), ("Förbundet", EAF, ORG, 1)],
        [SKA, inf("driva"), HAR],
        [st(EAF, "Förbundet", "obligation", "ska", "driva", "driva",
            "insamlingen av hushållsavfall i medlemskommunerna"),
         st(EAF, "Förbundet", "none", None, "ha", "har", "sitt säte i Tallvik")],
        doc=D, label="2"),
    rec("3", PAGES[4][2:],
        [("Fullmäktige", "fullmäktige", POL), ("medlemskommun", MK, ORG), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)],
        [SKA, inf("sändas", "sända", voice="pass"), pres("utser", "utse")],
        [st(None, None, "obligation", "ska", "sända", "sändas",
            "minst två veckor i förväg", passive=True),
         st(MK, "medlemskommun", "none", None, "utse", "utser",
            "tre ledamöter och lika många ersättare")],
        doc=D, label="3"),
    rec("4", PAGES[6][2:],
        [("Direktion", "direktion", POL), ("direktionen", "direktion", POL),
         ("Direktionen", "direktion", POL), ("förbundets", EAF, ORG),
         ("Revisorerna", "revisor", FTV), ("förbundets", EAF, ORG, 1)],
        [AR, pres("leder", "leda"), pres("granskar", "granska")],
        [st("direktion", "Direktionen", "none", None, "leda", "leder", "förbundets arbete"),
         st("revisor", "Revisorerna", "none", None, "granska", "granskar",
            "förbundets räkenskaper")],
        doc=D, label="4"),
]

# (b) P7: a tjänsteskrivelse flattened onto one line, no title line before it.
D = "w51-k-memo"
MEMO_TEXT = (
    "MILJÖKONTORET Handläggare Sara Lund Datum Diarienummer MN Miljönämnden Reglemente för "
    "intern kontroll Förslag till beslut Miljönämnden beslutar att godkänna reglementet för "
    "sin förvaltning. Sammanfattning Det nya reglementet ersätter det reglemente som gällde "
    "tidigare. Miljökontoret ska granska kontrollen varje år.\n"
)
MN, MK2 = "miljönämnd", "miljökontor"
MEMO_FIELDS = "MILJÖKONTORET Handläggare Sara Lund Datum Diarienummer MN Miljönämnden"
MEMO = [
    rec("m1", MEMO_FIELDS,
        [("MILJÖKONTORET", MK2, FORV), ("Handläggare", "handläggare", TJP),
         ("Miljönämnden", MN, POL)], doc=D),
    rec("title", "Reglemente för intern kontroll", doc=D, kind="heading"),
    rec("h1", "Förslag till beslut", doc=D, kind="heading"),
    rec("1", "Miljönämnden beslutar att godkänna reglementet för sin förvaltning.",
        [("Miljönämnden", MN, POL)], [pres("beslutar", "besluta"), inf("godkänna")],
        [st(MN, "Miljönämnden", "none", None, "besluta", "beslutar",
            "att godkänna reglementet för sin förvaltning")], doc=D),
    rec("h2", "Sammanfattning", doc=D, kind="heading"),
    rec("2", "Det nya reglementet ersätter det reglemente som gällde tidigare. Miljökontoret "
        "ska granska kontrollen varje år.",
        [("Miljökontoret", MK2, FORV)],
        [pres("ersätter", "ersätta"), ("gällde", "gälla", "past", "act"), SKA,
         inf("granska")],
        [st(MK2, "Miljökontoret", "obligation", "ska", "granska", "granska",
            "kontrollen")], doc=D),
]

# (c) P7 after a title line, page 1's counter kept before the office (a docplayer print).
D = "w51-k-remiss"
REMISS_TITLE = "Tjänsteskrivelse om taxa för färdtjänst"
REMISS_LINE = (
    "1 TRAFIKENHETEN Handläggare Olof Berg Datum Dnr TN Tekniska nämnden Taxa för färdtjänst "
    "Förslag till beslut Tekniska nämnden beslutar att anta taxan. Ärendet Taxan har inte "
    "ändrats sedan år 2027. Trafikenheten ska informera invånarna om den nya taxan."
)
REMISS_TEXT = f"{REMISS_TITLE}\n{REMISS_LINE}\n"
TN, TE = "teknisk nämnd", "trafikenhet"
REMISS = [
    rec("title", REMISS_TITLE, doc=D, kind="heading"),
    rec("m1", "TRAFIKENHETEN Handläggare Olof Berg Datum Dnr TN Tekniska nämnden",
        [("TRAFIKENHETEN", TE, FORV), ("Handläggare", "handläggare", TJP),
         ("Tekniska nämnden", TN, POL)], doc=D, label="1"),  # page 1's counter (w44-g)
    rec("h1", "Taxa för färdtjänst", doc=D, kind="heading"),
    rec("h2", "Förslag till beslut", doc=D, kind="heading"),
    rec("1", "Tekniska nämnden beslutar att anta taxan.",
        [("Tekniska nämnden", TN, POL)], [pres("beslutar", "besluta"), inf("anta")],
        [st(TN, "Tekniska nämnden", "none", None, "besluta", "beslutar", "att anta taxan")],
        doc=D),
    rec("h3", "Ärendet", doc=D, kind="heading"),
    rec("2", "Taxan har inte ändrats sedan år 2027. Trafikenheten ska informera invånarna "
        "om den nya taxan.",
        [("Trafikenheten", TE, FORV), ("invånarna", "invånare", "extern")],
        [HAR, ("ändrats", "ändra", "sup", "pass"), SKA, inf("informera")],
        [st(TE, "Trafikenheten", "obligation", "ska", "informera", "informera",
            "invånarna om den nya taxan")], doc=D),
]

DOCUMENTS = {"w51-k-forbund": (FORBUND_TEXT, FORBUND), "w51-k-memo": (MEMO_TEXT, MEMO),
             "w51-k-remiss": (REMISS_TEXT, REMISS)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-k", DOCUMENTS)
