"""Builds corpus/dev/w44-r.jsonl and corpus/dev/w44-r-*.txt: invented material for round 44,
writer P (probe44 cause S2, bench_layouts `paged`; gold by hand from docs/annotation.md before
the rules): PDF text layers whose pages end in running footers and open with running headers,
text running over the page break. `w44-r-tallby`: a reglemente whose footer holds the
organisation, the title and `Sida N av 3` in multi-space fields and whose header holds the
body, a date and a diarienummer, blank lines around both; a word hyphenated over the break.
Negatives: the adoption line of page 1 (a date and a Dnr, no counter beside it), a one-word
heading right under page 2's header that recurs as a section heading, a sentence wrapped
before `sida 3 av 4 i bilaga 1`, a date ending the last sentence right above the last footer.
`w44-r-granvik`: an arbetsordning without blank lines whose footer is a date and a counter
(`2024-11-20   1 (3)`) and whose header is a line pair (the organisation, the document type),
a sentence without its stop running on after them, and a `sida 2 i` sentence as a negative.
Run: python corpus/make_w44_r.py corpus/dev"""

import sys

from records import FAR, ORG, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w44-r", conditions_from_statements=True)

FOOT = "Tallby kommun          Reglemente för kulturnämnden          Sida {n} av 3"
HEAD = "Kulturnämnden          2025-09-02          Dnr KS 2025/0117"


def page_break(number):
    return f"\n{FOOT.format(n=number)}\n\n{HEAD}\n\n"


D = "w44-r-tallby"
TALLBY_TEXT = (
    "Reglemente för kulturnämnden i Tallby kommun\n"
    "Antaget av kommunfullmäktige 2025-09-02, § 71              Dnr KS 2025/0117\n"
    "\n"
    "1. Uppgifter\n"
    "\n"
    "Kulturnämnden ansvarar för kommunens bibliotek och kulturskola.\n"
    "Nämnden ska fördela bidrag till kulturföreningar.\n" + page_break(1) + "Allmänt\n"
    "\n"
    "Nämnden får uppdra åt kulturchefen att besluta i ärenden av visst\n"
    "slag. Blanketten för anmälan av sådana beslut finns på\n"
    "sida 3 av 4 i bilaga 1.\n"
    "\n"
    "2. Sammanträden\n"
    "\n"
    "Allmänt\n"
    "\n"
    "Nämnden sammanträder på dag och tid som nämnden bestämmer. Vid\n"
    "förfall för ordföranden leder vice ordföranden nämndens sam-\n"
    + page_break(2)
    + "manträden.\n"
    "\n"
    "3. Ersättare\n"
    "\n"
    "Ersättarna ska underrättas om tid och plats för sammanträdena.\n"
    "\n"
    "Detta reglemente gäller från och med\n"
    "2026-01-01.\n"
    "\n"
    f"{FOOT.format(n=3)}\n"
)
KN = "kulturnämnd"
TK = "tallby kommun"
TALLBY = [
    rec(
        "title",
        "Reglemente för kulturnämnden i Tallby kommun",
        [("kulturnämnden", KN, POL), ("Tallby kommun", TK, ORG)],
        kind="heading",
        doc=D,
    ),
    rec(
        "m1",
        "Antaget av kommunfullmäktige 2025-09-02, § 71 Dnr KS 2025/0117",
        [("kommunfullmäktige", "kommunfullmäktige", POL)],
        doc=D,
    ),
    rec("1", "Uppgifter", kind="heading", label="1.", doc=D),
    rec(
        "1.1",
        "Kulturnämnden ansvarar för kommunens bibliotek och kulturskola. Nämnden ska "
        "fördela bidrag till kulturföreningar.",
        [
            ("Kulturnämnden", KN, POL),
            ("kommunens", TK, ORG),
            ("Nämnden", "nämnd", POL),
            ("kulturföreningar", "kulturförening", ORG),
        ],
        [("ansvarar", "ansvara", "pres", "act"), SKA, ("fördela", "fördela", "inf", "act")],
        [
            st(
                KN,
                "Kulturnämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för kommunens bibliotek och kulturskola",
            ),
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "fördela",
                "fördela",
                "bidrag till kulturföreningar",
            ),
        ],
        parent="1",
        doc=D,
    ),
    # a one-word heading right under page 2's header; it recurs below as a section heading
    rec("h1", "Allmänt", kind="heading", parent="1", doc=D),
    rec(
        "1.2",
        "Nämnden får uppdra åt kulturchefen att besluta i ärenden av visst slag. "
        "Blanketten för anmälan av sådana beslut finns på sida 3 av 4 i bilaga 1.",
        [("Nämnden", "nämnd", POL), ("kulturchefen", "kulturchef", TJP)],
        [
            FAR,
            ("uppdra", "uppdra", "inf", "act"),
            ("besluta", "besluta", "inf", "act"),
            ("finns", "finnas", "pres", "act"),
        ],
        [
            st(
                "nämnd",
                "Nämnden",
                "permission",
                "får",
                "uppdra",
                "uppdra",
                "åt kulturchefen att besluta i ärenden av visst slag",
            )
        ],
        parent="1",
        doc=D,
    ),
    rec("2", "Sammanträden", kind="heading", label="2.", doc=D),
    rec("h2", "Allmänt", kind="heading", parent="2", doc=D),
    # the word hyphenated over page 2's footer and page 3's header joins (sam- ⏎ manträden)
    rec(
        "2.1",
        "Nämnden sammanträder på dag och tid som nämnden bestämmer. Vid förfall för "
        "ordföranden leder vice ordföranden nämndens sammanträden.",
        [
            ("Nämnden", "nämnd", POL),
            ("nämnden", "nämnd", POL),
            ("ordföranden", "kulturnämndens ordförande", "förtroendevald"),
            ("vice ordföranden", "kulturnämndens vice ordförande", "förtroendevald"),
            ("nämndens", "nämnd", POL),
        ],
        [
            ("sammanträder", "sammanträda", "pres", "act"),
            ("bestämmer", "bestämma", "pres", "act"),
            ("leder", "leda", "pres", "act"),
        ],
        [
            st(
                "nämnd",
                "Nämnden",
                "none",
                None,
                "sammanträda",
                "sammanträder",
                "på dag och tid som nämnden bestämmer",
            ),
            st(
                "kulturnämndens vice ordförande",
                "vice ordföranden",
                "none",
                None,
                "leda",
                "leder",
                "nämndens sammanträden",
                condition="Vid förfall för ordföranden",
            ),
        ],
        parent="2",
        doc=D,
    ),
    rec(
        "3",
        "Ersättare",
        [("Ersättare", "ersättare", "förtroendevald")],
        kind="heading",
        label="3.",
        doc=D,
    ),
    rec(
        "3.1",
        "Ersättarna ska underrättas om tid och plats för sammanträdena.",
        [("Ersättarna", "ersättare", "förtroendevald")],
        [SKA, ("underrättas", "underrätta", "inf", "pass")],
        [
            st(
                "ersättare",
                "Ersättarna",
                "obligation",
                "ska",
                "underrätta",
                "underrättas",
                "om tid och plats för sammanträdena",
                passive=True,
            )
        ],
        parent="3",
        doc=D,
    ),
    # a date ending the last sentence right above the last footer stays in its clause
    rec(
        "3.2",
        "Detta reglemente gäller från och med 2026-01-01.",
        [],
        [("gäller", "gälla", "pres", "act")],
        parent="3",
        doc=D,
    ),
]

D = "w44-r-granvik"
GRANVIK_FOOT = "2024-11-20                                                   {n} (3)"
GRANVIK_HEAD = "Granviks räddningstjänstförbund\nArbetsordning för direktionen\n"


def granvik_break(number):
    return f"{GRANVIK_FOOT.format(n=number)}\n{GRANVIK_HEAD}"


GRANVIK_TEXT = (
    "Arbetsordning för direktionen i Granviks räddningstjänstförbund\n"
    "1 § Direktionen sammanträder minst fyra gånger per år. Ordföranden\n"
    "kallar till sammanträde och ska se till att kallelsen når ledamöterna\n"
    + granvik_break(1)
    + "senast en vecka i förväg.\n"
    "2 § Förbundsdirektören ska närvara vid direktionens sammanträden.\n"
    + granvik_break(2)
    + "3 § Direktionen får delegera beslutanderätt till förbundsdirektören i\n"
    "ärenden som rör den löpande verksamheten. Delegationsbesluten ska\n"
    "anmälas vid direktionens nästa sammanträde. Se även sida 2 i\n"
    "förbundsordningen.\n"
    f"{GRANVIK_FOOT.format(n=3)}\n"
)
DIR = "direktion"
GR = "granviks räddningstjänstförbund"
GRANVIK_1 = (
    "Direktionen sammanträder minst fyra gånger per år. Ordföranden kallar till "
    "sammanträde och ska se till att kallelsen når ledamöterna senast en vecka i "
    "förväg."
)
GRANVIK_3 = (
    "Direktionen får delegera beslutanderätt till förbundsdirektören i ärenden som rör "
    "den löpande verksamheten. Delegationsbesluten ska anmälas vid direktionens nästa "
    "sammanträde. Se även sida 2 i förbundsordningen."
)
GRANVIK = [
    rec(
        "title",
        "Arbetsordning för direktionen i Granviks räddningstjänstförbund",
        [("direktionen", DIR, POL), ("Granviks räddningstjänstförbund", GR, ORG)],
        kind="heading",
        doc=D,
    ),
    # the sentence without its stop runs on over the dated counter and the header pair
    rec(
        "§1",
        GRANVIK_1,
        [
            ("Direktionen", DIR, POL),
            ("Ordföranden", "direktionens ordförande", "förtroendevald"),
            ("ledamöterna", "ledamot", "förtroendevald"),
        ],
        [
            ("sammanträder", "sammanträda", "pres", "act"),
            ("kallar", "kalla", "pres", "act"),
            SKA,
            ("se", "se", "inf", "act"),
            ("når", "nå", "pres", "act"),
        ],
        [
            st(
                DIR,
                "Direktionen",
                "none",
                None,
                "sammanträda",
                "sammanträder",
                "minst fyra gånger per år",
            ),
            st(
                "direktionens ordförande",
                "Ordföranden",
                "none",
                None,
                "kalla",
                "kallar",
                "till sammanträde",
            ),
            st(
                "direktionens ordförande",
                "Ordföranden",
                "obligation",
                "ska",
                "se",
                "se",
                "till att kallelsen når ledamöterna senast en vecka i förväg",
            ),
        ],
        label="1 §",
        doc=D,
    ),
    rec(
        "§2",
        "Förbundsdirektören ska närvara vid direktionens sammanträden.",
        [("Förbundsdirektören", "förbundsdirektör", TJP), ("direktionens", DIR, POL)],
        [SKA, ("närvara", "närvara", "inf", "act")],
        [
            st(
                "förbundsdirektör",
                "Förbundsdirektören",
                "obligation",
                "ska",
                "närvara",
                "närvara",
                "vid direktionens sammanträden",
            )
        ],
        label="2 §",
        doc=D,
    ),
    rec(
        "§3",
        GRANVIK_3,
        [
            ("Direktionen", DIR, POL),
            ("förbundsdirektören", "förbundsdirektör", TJP),
            ("direktionens", DIR, POL),
        ],
        [
            FAR,
            ("delegera", "delegera", "inf", "act"),
            ("rör", "röra", "pres", "act"),
            ("ska", "skola", "pres", "act", 0),
            ("anmälas", "anmäla", "inf", "pass"),
            ("Se", "se", "imp", "act"),
        ],
        [
            st(
                DIR,
                "Direktionen",
                "permission",
                "får",
                "delegera",
                "delegera",
                "beslutanderätt till förbundsdirektören i ärenden som rör den löpande verksamheten",
            ),
            st(
                None,
                None,
                "obligation",
                "ska",
                "anmäla",
                "anmälas",
                "vid direktionens nästa sammanträde",
                passive=True,
            ),
        ],
        label="3 §",
        doc=D,
    ),
]

DOCUMENTS = {"w44-r-tallby": (TALLBY_TEXT, TALLBY), "w44-r-granvik": (GRANVIK_TEXT, GRANVIK)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w44-r", DOCUMENTS)
