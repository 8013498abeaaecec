"""Builds corpus/dev/w42-v.jsonl and the small documents corpus/dev/w42-v-*.txt with their
gold: invented material for round 42, writer V (analysis 42-bc, cause S1; gold by hand from
docs/annotation.md §1.2 before the rule). A web page whose blank-line blocks hold several
sentence lines and which also has a stray whitespace-only line is no double-spaced PDF text
layer: each blank-line block is one paragraph, headings and `§ N` headings stay clauses of
their own, and a document-kind title word alone in its block with the name in the next block
(`Stadgar` ⏎⏎ `för Ekby Bostadsförening`) is one title (`w42-v-bostad`, `w42-v-fritid`; in
`w42-v-ekonomi` one sentence breaks across a blank line, which is not yet a layer). The
negative (`w42-v-kultur`): a real layer with an empty line after every line, whitespace-only
lines between the paragraphs and sentences that break across the empty lines into lower
case, no hyphenated word: its lines join into one paragraph per `N §`, also after a comma
(`… med kommunstyrelsen,` ⏎⏎ `museinämnden och …`); and a short layer whose one broken
sentence goes on in lower case and no open line goes on in capitals (`w42-v-inkop`: a
three-word line `Förvaltningschefen får besluta` ⏎⏎ `om inköp …` is one paragraph).
Run: python corpus/make_w42_v.py corpus/dev"""

import sys

from records import EXT, FTV, ORG, OVR, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w42-v", check_texts=True)
item_rec = records_for("w42-v")  # a list item's actor is its lead-in's

# A line `_` in the texts below is the whitespace-only line ` ` of the source.

FAR_ = ("får", "få", "pres", "act")

D = "w42-v-bostad"
BOSTAD_TEXT = """Stadgar

för Ekby Bostadsförening

_
§ 1 Ändamål

Föreningen ska främja medlemmarnas boende.
Styrelsen ska förvalta fastigheten.
Beslut om hyror fattas av stämman.

§ 2 Medlemskap

Medlemskap beviljas av styrelsen.
Medlemmarna ska betala en årlig insats.
""".replace("\n_\n", "\n \n")
BOSTAD_1 = (
    "Föreningen ska främja medlemmarnas boende. Styrelsen ska förvalta fastigheten. "
    "Beslut om hyror fattas av stämman."
)
BOSTAD_2 = "Medlemskap beviljas av styrelsen. Medlemmarna ska betala en årlig insats."
BOSTAD = [
    rec(
        "title",
        "Stadgar för Ekby Bostadsförening",
        [("Ekby Bostadsförening", "ekby bostadsförening", ORG)],
        doc=D,
        kind="heading",
    ),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec(
        "§1.1",
        BOSTAD_1,
        [
            ("Föreningen", "förening", ORG),
            ("medlemmarnas", "medlem", OVR),
            ("Styrelsen", "styrelse", POL),
            ("stämman", "stämma", POL),
        ],
        [
            SKA,
            ("främja", "främja", "inf", "act"),
            ("ska", "skola", "pres", "act", 1),
            ("förvalta", "förvalta", "inf", "act"),
            ("fattas", "fatta", "pres", "pass"),
        ],
        [
            st(
                "förening",
                "Föreningen",
                "obligation",
                "ska",
                "främja",
                "främja",
                "medlemmarnas boende",
            ),
            st("styrelse", "Styrelsen", "obligation", "ska", "förvalta", "förvalta", "fastigheten"),
            st(
                "stämma",
                "stämman",
                "none",
                None,
                "fatta",
                "fattas",
                "Beslut om hyror",
                passive=True,
            ),
        ],
        doc=D,
        parent="§1",
    ),
    rec("§2", "Medlemskap", doc=D, kind="heading", label="§ 2"),
    rec(
        "§2.1",
        BOSTAD_2,
        [("styrelsen", "styrelse", POL), ("Medlemmarna", "medlem", OVR)],
        [("beviljas", "bevilja", "pres", "pass"), SKA, ("betala", "betala", "inf", "act")],
        [
            st(
                "styrelse",
                "styrelsen",
                "none",
                None,
                "bevilja",
                "beviljas",
                "Medlemskap",
                passive=True,
            ),
            st("medlem", "Medlemmarna", "obligation", "ska", "betala", "betala", "en årlig insats"),
        ],
        doc=D,
        parent="§2",
    ),
]

D = "w42-v-fritid"
FRITID_TEXT = """Reglemente

för fritidsnämnden i Västby

Antaget av kommunfullmäktige 2022-05-16

_
Nämndens uppgifter

Fritidsnämnden ansvarar för kommunens idrottshallar och badplatser. Nämnden ska stödja \
föreningslivet i kommunen.
Nämnden får besluta om bidrag till föreningar.

Sammanträden

Nämnden sammanträder minst fyra gånger per år.
Kallelsen skickas av sekreteraren.

_
Protokoll

Protokollet justeras av två ledamöter.
""".replace("\n_\n", "\n \n")
FRITID_1 = (
    "Fritidsnämnden ansvarar för kommunens idrottshallar och badplatser. Nämnden ska "
    "stödja föreningslivet i kommunen. Nämnden får besluta om bidrag till föreningar."
)
FRITID_2 = "Nämnden sammanträder minst fyra gånger per år. Kallelsen skickas av sekreteraren."
FRITID = [
    rec(
        "title",
        "Reglemente för fritidsnämnden i Västby",
        [("fritidsnämnden", "fritidsnämnd", POL)],
        doc=D,
        kind="heading",
    ),
    rec(
        "1",
        "Antaget av kommunfullmäktige 2022-05-16",
        [("kommunfullmäktige", "kommunfullmäktige", POL)],
        doc=D,
    ),
    rec("2", "Nämndens uppgifter", [("Nämndens", "nämnd", POL)], doc=D, kind="heading"),
    rec(
        "2.1",
        FRITID_1,
        [
            ("Fritidsnämnden", "fritidsnämnd", POL),
            ("kommunens", "kommun", ORG),
            ("Nämnden", "nämnd", POL),
            ("föreningslivet", "föreningsliv", EXT),
            ("kommunen", "kommun", ORG),
            ("Nämnden", "nämnd", POL, 1),
            ("föreningar", "förening", ORG),
        ],
        [
            ("ansvarar", "ansvara", "pres", "act"),
            SKA,
            ("stödja", "stödja", "inf", "act"),
            FAR_,
            ("besluta", "besluta", "inf", "act"),
        ],
        [
            st(
                "fritidsnämnd",
                "Fritidsnämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "kommunens idrottshallar och badplatser",
            ),
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "stödja",
                "stödja",
                "föreningslivet i kommunen",
            ),
            st(
                "nämnd",
                "Nämnden",
                "permission",
                "får",
                "besluta",
                "besluta",
                "om bidrag till föreningar",
            ),
        ],
        doc=D,
        parent="2",
    ),
    rec("3", "Sammanträden", doc=D, kind="heading"),
    rec(
        "3.1",
        FRITID_2,
        [("Nämnden", "nämnd", POL), ("sekreteraren", "sekreterare", TJP)],
        [("sammanträder", "sammanträda", "pres", "act"), ("skickas", "skicka", "pres", "pass")],
        [
            st(
                "nämnd",
                "Nämnden",
                "none",
                None,
                "sammanträda",
                "sammanträder",
                "minst fyra gånger per år",
            ),
            st(
                "sekreterare",
                "sekreteraren",
                "none",
                None,
                "skicka",
                "skickas",
                "Kallelsen",
                passive=True,
            ),
        ],
        doc=D,
        parent="3",
    ),
    rec("4", "Protokoll", doc=D, kind="heading"),
    rec(
        "4.1",
        "Protokollet justeras av två ledamöter.",
        [("ledamöter", "ledamot", FTV)],
        [("justeras", "justera", "pres", "pass")],
        [
            st(
                "ledamot",
                "ledamöter",
                "none",
                None,
                "justera",
                "justeras",
                "Protokollet",
                passive=True,
            )
        ],
        doc=D,
        parent="4",
    ),
]

D = "w42-v-ekonomi"
EKONOMI_TEXT = """Arbetsordning

Styrelsen sammanträder varje månad. Kallelsen skickas av kassören.
Styrelsen fattar beslut med enkel majoritet.

_
Ekonomi

Kassören ska under hela verksamhetsåret noga

bevaka att budgeten hålls.
Kassören redovisar ekonomin på varje möte.
""".replace("\n_\n", "\n \n")
EKONOMI_1 = (
    "Styrelsen sammanträder varje månad. Kallelsen skickas av kassören. Styrelsen "
    "fattar beslut med enkel majoritet."
)
EKONOMI_2 = (
    "Kassören ska under hela verksamhetsåret noga bevaka att budgeten hålls. Kassören "
    "redovisar ekonomin på varje möte."
)
EKONOMI = [
    rec("title", "Arbetsordning", doc=D, kind="heading"),
    rec(
        "1",
        EKONOMI_1,
        [
            ("Styrelsen", "styrelse", POL),
            ("kassören", "kassör", FTV),
            ("Styrelsen", "styrelse", POL, 1),
        ],
        [
            ("sammanträder", "sammanträda", "pres", "act"),
            ("skickas", "skicka", "pres", "pass"),
            ("fattar", "fatta", "pres", "act"),
        ],
        [
            st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder", "varje månad"),
            st("kassör", "kassören", "none", None, "skicka", "skickas", "Kallelsen", passive=True),
            st(
                "styrelse",
                "Styrelsen",
                "none",
                None,
                "fatta",
                "fattar",
                "beslut med enkel majoritet",
            ),
        ],
        doc=D,
    ),
    rec("2", "Ekonomi", doc=D, kind="heading"),
    rec(
        "2.1",
        EKONOMI_2,
        [("Kassören", "kassör", FTV), ("Kassören", "kassör", FTV, 1)],
        [
            SKA,
            ("bevaka", "bevaka", "inf", "act"),
            ("hålls", "hålla", "pres", "pass"),
            ("redovisar", "redovisa", "pres", "act"),
        ],
        [
            st("kassör", "Kassören", "obligation", "ska", "bevaka", "bevaka", "att budgeten hålls"),
            st(
                "kassör",
                "Kassören",
                "none",
                None,
                "redovisa",
                "redovisar",
                "ekonomin på varje möte",
            ),
        ],
        doc=D,
        parent="2",
    ),
]

D = "w42-v-kultur"
KULTUR_TEXT = """Reglemente för kulturnämnden i Västerby

_
1 § Kulturnämnden ansvarar för kommunens bibliotek och

för stödet till kulturföreningar i kommunen.

_
2 § Nämnden ska samråda med kommunstyrelsen,

museinämnden och kulturrådet om stödet till föreningarna.

_
3 § Nämnden ska varje år redovisa till

kommunstyrelsen hur bidragen har fördelats och

vilka resultat verksamheten har nått.
""".replace("\n_\n", "\n \n")
KULTUR_1 = (
    "Kulturnämnden ansvarar för kommunens bibliotek och för stödet till "
    "kulturföreningar i kommunen."
)
KULTUR_2 = (
    "Nämnden ska samråda med kommunstyrelsen, museinämnden och kulturrådet om stödet "
    "till föreningarna."
)
KULTUR_3 = (
    "Nämnden ska varje år redovisa till kommunstyrelsen hur bidragen har fördelats och "
    "vilka resultat verksamheten har nått."
)
KULTUR = [
    rec(
        "title",
        "Reglemente för kulturnämnden i Västerby",
        [("kulturnämnden", "kulturnämnd", POL)],
        doc=D,
        kind="heading",
    ),
    rec(
        "§1",
        KULTUR_1,
        [
            ("Kulturnämnden", "kulturnämnd", POL),
            ("kommunens", "kommun", ORG),
            ("kulturföreningar", "kulturförening", ORG),
            ("kommunen", "kommun", ORG),
        ],
        [("ansvarar", "ansvara", "pres", "act")],
        [
            st(
                "kulturnämnd",
                "Kulturnämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "kommunens bibliotek och för stödet till kulturföreningar i kommunen",
            )
        ],
        doc=D,
        label="1 §",
    ),
    rec(
        "§2",
        KULTUR_2,
        [
            ("Nämnden", "nämnd", POL),
            ("kommunstyrelsen", "kommunstyrelse", POL),
            ("museinämnden", "museinämnd", POL),
            ("kulturrådet", "kulturråd", POL),
            ("föreningarna", "förening", ORG),
        ],
        [SKA, ("samråda", "samråda", "inf", "act")],
        [
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "samråda",
                "samråda",
                "med kommunstyrelsen, museinämnden och kulturrådet om stödet till föreningarna",
            )
        ],
        doc=D,
        label="2 §",
    ),
    rec(
        "§3",
        KULTUR_3,
        [("Nämnden", "nämnd", POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
        [
            SKA,
            ("redovisa", "redovisa", "inf", "act"),
            ("har", "ha", "pres", "act"),
            ("fördelats", "fördela", "sup", "pass"),
            ("har", "ha", "pres", "act", 1),
            ("nått", "nå", "sup", "act"),
        ],
        [
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "redovisa",
                "redovisa",
                "till kommunstyrelsen hur bidragen har fördelats och vilka resultat "
                "verksamheten har nått",
            )
        ],
        doc=D,
        label="3 §",
    ),
]

D = "w42-v-inkop"
INKOP_TEXT = """Delegation till förvaltningschefen

_

Förvaltningschefen får besluta

om inköp av varor och tjänster.

_

Förvaltningschefen får anställa personal.
""".replace("\n_\n", "\n \n")
FC = ("Förvaltningschefen", "förvaltningschef", TJP)
INKOP = [
    rec(
        "title",
        "Delegation till förvaltningschefen",
        [("förvaltningschefen", "förvaltningschef", TJP)],
        doc=D,
        kind="heading",
    ),
    rec(
        "1",
        "Förvaltningschefen får besluta om inköp av varor och tjänster.",
        [FC],
        [FAR_, ("besluta", "besluta", "inf", "act")],
        [
            st(
                "förvaltningschef",
                "Förvaltningschefen",
                "permission",
                "får",
                "besluta",
                "besluta",
                "om inköp av varor och tjänster",
            )
        ],
        doc=D,
    ),
    rec(
        "2",
        "Förvaltningschefen får anställa personal.",
        [FC, ("personal", "personal", TJP)],
        [FAR_, ("anställa", "anställa", "inf", "act")],
        [
            st(
                "förvaltningschef",
                "Förvaltningschefen",
                "permission",
                "får",
                "anställa",
                "anställa",
                "personal",
            )
        ],
        doc=D,
    ),
]

# Analysis 42-bc, S2: an asterism between two paragraphs is a section break, a clause of its
# own (heading `* * *`, the runs of spaces collapsed), never a list item `* *`; a `*` bullet
# before words stays an item.
D = "w42-v-kanot"
KANOT_TEXT = """Stadgar för Åsby kanotklubb

§ 1 Klubben ska verka för kanotsporten i Åsby.

*  *  *

* Styrelsen ska förvalta klubbens båtar.
"""
KANOT = [
    rec(
        "title",
        "Stadgar för Åsby kanotklubb",
        [("Åsby kanotklubb", "åsby kanotklubb", ORG)],
        doc=D,
        kind="heading",
    ),
    rec(
        "§1",
        "Klubben ska verka för kanotsporten i Åsby.",
        [("Klubben", "klubb", ORG)],
        [SKA, ("verka", "verka", "inf", "act")],
        [st("klubb", "Klubben", "obligation", "ska", "verka", "verka", "för kanotsporten i Åsby")],
        doc=D,
        label="§ 1",
    ),
    rec("h1", "* * *", doc=D, kind="heading", parent="§1"),
    rec(
        "h1.a",
        "Styrelsen ska förvalta klubbens båtar.",
        [("Styrelsen", "styrelse", POL), ("klubbens", "klubb", ORG)],
        [SKA, ("förvalta", "förvalta", "inf", "act")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "obligation",
                "ska",
                "förvalta",
                "förvalta",
                "klubbens båtar",
            )
        ],
        doc=D,
        kind="list_item",
        parent="h1",
        label="*",
    ),
]

# Review 42a, item 4: an asterism after the last `*` item of a list is a section break too,
# no item `* *` of the list; the `*` items before it stay items.
D = "w42-v-segling"
SEGLING_TEXT = """Stadgar för seglarklubben

§ 1 Ändamål

Klubben ska:

* ordna kappseglingar,

* underhålla bryggan.

*  *  *

Styrelsen leder klubbens arbete.
"""
SEGLING = [
    rec(
        "title",
        "Stadgar för seglarklubben",
        [("seglarklubben", "seglarklubb", ORG)],
        doc=D,
        kind="heading",
    ),
    rec("§1", "Ändamål", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Klubben ska:", [("Klubben", "klubb", ORG)], [SKA], doc=D, parent="§1"),
    item_rec(
        "§1.1.a",
        "ordna kappseglingar,",
        [],
        [("ordna", "ordna", "inf", "act")],
        [st("klubb", "Klubben", "obligation", "ska", "ordna", "ordna", "kappseglingar")],
        doc=D,
        kind="list_item",
        parent="§1.1",
        label="*",
    ),
    item_rec(
        "§1.1.b",
        "underhålla bryggan.",
        [],
        [("underhålla", "underhålla", "inf", "act")],
        [st("klubb", "Klubben", "obligation", "ska", "underhålla", "underhålla", "bryggan")],
        doc=D,
        kind="list_item",
        parent="§1.1",
        label="*",
    ),
    rec("h1", "* * *", doc=D, kind="heading", parent="§1"),
    rec(
        "h1.1",
        "Styrelsen leder klubbens arbete.",
        [("Styrelsen", "styrelse", POL), ("klubbens", "klubb", ORG)],
        [("leder", "leda", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder", "klubbens arbete")],
        doc=D,
        parent="h1",
    ),
]

DOCUMENTS = {
    "w42-v-bostad": (BOSTAD_TEXT, BOSTAD),
    "w42-v-fritid": (FRITID_TEXT, FRITID),
    "w42-v-ekonomi": (EKONOMI_TEXT, EKONOMI),
    "w42-v-kultur": (KULTUR_TEXT, KULTUR),
    "w42-v-inkop": (INKOP_TEXT, INKOP),
    "w42-v-kanot": (KANOT_TEXT, KANOT),
    "w42-v-segling": (SEGLING_TEXT, SEGLING),
}

# The lemma of a supine seen in training whose trained lemma is no word (analysis 42-bc, for
# the coordinator: ``lagt`` in ``har … lagt fram`` was lemmatised ``lagtma``).
LEMMA = [
    rec(
        "lemma",
        "I år har kassören lagt fram en ny budget för klubben.",
        [("kassören", "kassör", FTV), ("klubben", "klubb", ORG)],
        [("har", "ha", "pres", "act"), ("lagt", "lägga", "sup", "act")],
        [st("kassör", "kassören", "none", None, "lägga", "lagt", "en ny budget för klubben")],
    )
]

if __name__ == "__main__":
    write_part(sys.argv[1], "w42-v", DOCUMENTS, after=LEMMA)
