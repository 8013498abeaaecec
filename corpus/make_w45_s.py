"""Builds corpus/dev/w45-s.jsonl and the small documents corpus/dev/w45-s-*.txt with their
gold: invented material for round 45, writer S (analysis 45-bj, segmentation causes of
docplayer prints; gold by hand from docs/annotation.md before the rules): bj-C1 a numbered
one-word heading glued to its sentence, the line's only heading sign, with a question heading
printed inline after it (`w45-s-fritid`; a short line `3 Anmälan Delegaten ska …`, and the
negatives of a heading of two words, the line's only sign, and of `5 Nämnden får …` in
`w45-s-ungdom`); bj-C3 a contents page
flattened onto its page line, the page numbers after dot leaders no labels (`w45-s-kultur`,
`w45-s-idrott`), the negative of one ellipsis before a real numbered section, and of a
question inside a paragraph line with no heading sign (`w45-s-bibliotek`); bj-C2 a running
header with field labels repeated after the next page's index, page 1 short
(`w45-s-idrott`, `w45-s-simhall`), the negative of numbered sections whose headings open
with the same words (`w45-s-bibliotek`); bj-C8 page 1's cover line ``1 1 (6) <title> 1 1
<history>`` whose history has no final stop before an address block with contact labels in
capitals (`w45-s-miljo`), such a block after a paragraph's last sentence and the negative of
capitals labels inside a sentence (`w45-s-tillsyn`). Offsets computed.
Run: python corpus/make_w45_s.py corpus/dev"""

import sys

from records import EXT, FORV, FTV, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w45-s", conditions_from_statements=True)

FAR = ("får", "få", "pres", "act")
VIEWER = ["Save this PDF as:", "WORD PNG TXT JPG", "Starta visningen från sidan:", "Storlek: px"]
VIEWER_TEXT = "Save this PDF as:\n WORD  PNG  TXT  JPG\n\nStarta visningen från sidan:\nStorlek: px"


def heading(doc, cid, text, label="", parent=None, actors=()):
    return rec(cid, text, actors, doc=doc, kind="heading", label=label, parent=parent)


def viewer(doc):
    return [rec(f"m{n}", line, doc=doc) for n, line in enumerate(VIEWER, start=1)]


# bj-C1: ``2 <Heading> En nämnd får …`` and an inline question heading after a sentence end
D = "w45-s-fritid"
FN = "fritidsnämnd"
FRI_1 = (
    "En nämnd får låta ett utskott besluta på nämndens vägnar i ärenden av ett visst slag. "
    "Delegaten ska anmäla besluten till nämnden vid nästa sammanträde."
)
FRI_Q = "Vad menas med anmälan?"
FRI_2 = "Med anmälan avses att nämnden får del av besluten i efterhand."
FRI_TITLE = "Delegationsordning för fritidsnämnden i Åsby"
FRI_TEXT = f"{FRI_TITLE}\n\n{VIEWER_TEXT}\n\n2 Delegeringsregler {FRI_1} {FRI_Q} {FRI_2}\n"
FRI = [
    heading(D, "title", FRI_TITLE, actors=[("fritidsnämnden", FN, POL)]),
    *viewer(D),
    heading(D, "2", "Delegeringsregler", label="2"),
    rec(
        "2.1",
        FRI_1,
        [
            ("nämnd", "nämnd", POL),
            ("utskott", "utskott", POL),
            ("nämndens", "nämnd", POL),
            ("Delegaten", "delegat", TJP),
            ("nämnden", "nämnd", POL),
        ],
        [FAR, inf("låta"), inf("besluta"), SKA, inf("anmäla")],
        [
            st(
                "nämnd",
                "nämnd",
                "permission",
                "får",
                "låta",
                "låta",
                "ett utskott besluta på nämndens vägnar i ärenden av ett visst slag",
            ),
            st(
                "delegat",
                "Delegaten",
                "obligation",
                "ska",
                "anmäla",
                "anmäla",
                "besluten till nämnden vid nästa sammanträde",
            ),
        ],
        doc=D,
        parent="2",
    ),
    heading(D, "h1", FRI_Q, parent="2"),
    rec(
        "2.2",
        FRI_2,
        [("nämnden", "nämnd", POL)],
        [pres("avses", "avse", "pass"), pres("får", "få")],
        doc=D,
        parent="2",
    ),
]

# bj-C1 in short lines: a one-word heading; the negatives of a heading of two words (the
# line's only heading sign: it stays with its paragraph, as a content-word heading does) and
# of a subject opening the sentence right after the number
D = "w45-s-ungdom"
UN = "ungdomsnämnd"
UNG_TITLE = "Delegationsordning för ungdomsnämnden i Åsby"
UNG_3 = "Delegaten ska anmäla fattade beslut vid nästa sammanträde."
UNG_4 = (
    "Ordföranden får fatta beslut när ett ärende inte tål dröjsmål och nämndens nästa möte "
    "ligger för långt bort."
)
UNG_5 = "Nämnden får uppdra åt förvaltningschefen att besluta i frågor om lokaler."
UNG_TEXT = f"{UNG_TITLE}\n\n3 Anmälan {UNG_3}\n\n4 Brådskande ärenden {UNG_4}\n\n5 {UNG_5}\n"
UNG = [
    heading(D, "title", UNG_TITLE, actors=[("ungdomsnämnden", UN, POL)]),
    heading(D, "3", "Anmälan", label="3"),
    rec(
        "3.1",
        UNG_3,
        [("Delegaten", "delegat", TJP)],
        [SKA, inf("anmäla")],
        [
            st(
                "delegat",
                "Delegaten",
                "obligation",
                "ska",
                "anmäla",
                "anmäla",
                "fattade beslut vid nästa sammanträde",
            )
        ],
        doc=D,
        parent="3",
    ),
    rec(
        "4",
        f"Brådskande ärenden {UNG_4}",
        [("Ordföranden", "ungdomsnämndens ordförande", FTV), ("nämndens", "nämnd", POL)],
        [FAR, inf("fatta"), pres("tål", "tåla"), pres("ligger", "ligga")],
        [
            st(
                "ungdomsnämndens ordförande",
                "Ordföranden",
                "permission",
                "får",
                "fatta",
                "fatta",
                "beslut",
            )
        ],
        doc=D,
        label="4",
    ),
    rec(
        "5",
        UNG_5,
        [("Nämnden", "nämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [FAR, inf("uppdra"), inf("besluta")],
        [
            st(
                "nämnd",
                "Nämnden",
                "permission",
                "får",
                "uppdra",
                "uppdra",
                "åt förvaltningschefen att besluta i frågor om lokaler",
            )
        ],
        doc=D,
        label="5",
    ),
]

# bj-C3: a contents page flattened onto its page line (page 2), then page 3 with the title
# repeat and a counter
D = "w45-s-kultur"
KN = "kulturnämnd"
KUL_TITLE = "Delegationsordning för kulturnämnden i Åsby"
KUL_2 = (
    "Innehåll Bakgrund... 3 Vad är delegering?... 3 Anmälan av beslut... 4 Jäv och förfall... "
    "5 A. Allmänna ärenden... 6 B. Ekonomi och upphandling... 7 C. Personalfrågor... 8 D. "
    "Bidrag till föreningar... 9 E. Lokaler och anläggningar... 10"
)
KUL_3 = (
    f"{KUL_TITLE} 3/10 Bakgrund Kulturnämnden får uppdra åt ett utskott att besluta i vissa "
    "ärenden. Utskottet ska anmäla besluten till nämnden."
)
KUL_TEXT = f"{KUL_TITLE}\n\n{VIEWER_TEXT}\n\n2 {KUL_2}\n\n3 {KUL_3}\n"
KUL = [
    heading(D, "title", KUL_TITLE, actors=[("kulturnämnden", KN, POL)]),
    *viewer(D),
    rec("2", KUL_2, [("föreningar", "förening", "organisation")], doc=D, label="2"),
    rec(
        "3",
        KUL_3,
        [
            ("kulturnämnden", KN, POL),
            ("Kulturnämnden", KN, POL),
            ("utskott", "utskott", POL),
            ("Utskottet", "utskott", POL),
            ("nämnden", "nämnd", POL),
        ],
        [FAR, inf("uppdra"), inf("besluta"), SKA, inf("anmäla")],
        [
            st(
                KN,
                "Kulturnämnden",
                "permission",
                "får",
                "uppdra",
                "uppdra",
                "åt ett utskott att besluta i vissa ärenden",
            ),
            st(
                "utskott",
                "Utskottet",
                "obligation",
                "ska",
                "anmäla",
                "anmäla",
                "besluten till nämnden",
            ),
        ],
        doc=D,
        label="3",
    ),
]

# bj-C2 + C3: page 1 short, its running header with fields repeated after page 2's index,
# page 2 a contents page, page 3 the title repeat and a counter
D = "w45-s-idrott"
IN = "idrottsnämnd"
IDR_TITLE = "Delegationsordning för idrottsnämnden"
IDR_HEADER = "Fritidsförvaltningen Handläggare, Eva Lind Fastställd: Reviderad: , Version: 2"
IDR_1 = f"{IDR_HEADER} {IDR_TITLE}"
IDR_2 = (
    f"{IDR_HEADER} Innehåll Allmänt... 3 Jäv... 3 Ekonomi... 4 Personal... 5 "
    "Anläggningar... 6 Bidrag till föreningar... 7 Upphandling... 8 Övrigt... 9"
)
IDR_3 = (
    f"{IDR_TITLE} 3/9 Allmänt Ett delegationsbeslut kan inte ändras av nämnden. Nämnden får "
    "när som helst dra in delegationen."
)
IDR_TEXT = f"{IDR_TITLE}\n\n1 {IDR_1}\n\n2 {IDR_2}\n\n3 {IDR_3}\n"
IDR = [
    heading(D, "title", IDR_TITLE, actors=[("idrottsnämnden", IN, POL)]),
    rec(
        "1",
        IDR_1,
        [
            ("Fritidsförvaltningen", "fritidsförvaltning", FORV),
            ("Handläggare", "handläggare", TJP),
            ("idrottsnämnden", IN, POL),
        ],
        doc=D,
        label="1",
    ),
    rec(
        "2",
        IDR_2,
        [
            ("Fritidsförvaltningen", "fritidsförvaltning", FORV),
            ("Handläggare", "handläggare", TJP),
            ("Personal", "personal", TJP),
            ("föreningar", "förening", "organisation"),
        ],
        doc=D,
        label="2",
    ),
    rec(
        "3",
        IDR_3,
        [("idrottsnämnden", IN, POL), ("nämnden", "nämnd", POL), ("Nämnden", "nämnd", POL)],
        [("kan", "kunna", "pres", "act"), inf("ändras", "ändra", "pass"), FAR, inf("dra")],
        [
            st(
                "nämnd",
                "nämnden",
                "none",
                None,
                "ändra",
                "ändras",
                "Ett delegationsbeslut",
                passive=True,
                negated=True,
            ),
            st("nämnd", "Nämnden", "permission", "får", "dra", "dra", "in delegationen"),
        ],
        doc=D,
        label="3",
    ),
]

# bj-C2: page 2 a body page under the same running header (its ``Version: 3`` no label)
D = "w45-s-simhall"
SN = "simhallsnämnd"
SIM_TITLE = "Delegationsordning för simhallsnämnden"
SIM_HEADER = "Badförvaltningen Handläggare, Per Holm Fastställd: Reviderad: , Version: 3"
SIM_1 = f"{SIM_HEADER} {SIM_TITLE}"
SIM_2 = (
    f"{SIM_HEADER} Allmänt Ett beslut som fattats med stöd av delegation kan inte ändras av "
    "nämnden. Nämnden får däremot återkalla delegationen. Delegaten ska anmäla sina beslut "
    "till nämnden vid nästa sammanträde."
)
SIM_3 = (
    f"{SIM_TITLE} 3/7 Ekonomi Nämnden får uppdra åt förvaltningschefen att teckna avtal om "
    "lokaler. Förvaltningschefen ska redovisa avtalen till nämnden varje kvartal och vid "
    "behov oftare."
)
SIM_TEXT = f"{SIM_TITLE}\n\n1 {SIM_1}\n\n2 {SIM_2}\n\n3 {SIM_3}\n"
SIM = [
    heading(D, "title", SIM_TITLE, actors=[("simhallsnämnden", SN, POL)]),
    rec(
        "1",
        SIM_1,
        [
            ("Badförvaltningen", "badförvaltning", FORV),
            ("Handläggare", "handläggare", TJP),
            ("simhallsnämnden", SN, POL),
        ],
        doc=D,
        label="1",
    ),
    rec(
        "2",
        SIM_2,
        [
            ("Badförvaltningen", "badförvaltning", FORV),
            ("Handläggare", "handläggare", TJP),
            ("nämnden", "nämnd", POL),
            ("Nämnden", "nämnd", POL),
            ("Delegaten", "delegat", TJP),
            ("nämnden", "nämnd", POL, 1),
        ],
        [
            pres("fattats", "fatta", "pass"),
            ("kan", "kunna", "pres", "act"),
            inf("ändras", "ändra", "pass"),
            FAR,
            inf("återkalla"),
            SKA,
            inf("anmäla"),
        ],
        [
            st(
                "nämnd",
                "nämnden",
                "none",
                None,
                "ändra",
                "ändras",
                "Ett beslut som fattats med stöd av delegation",
                passive=True,
                negated=True,
            ),
            st("nämnd", "Nämnden", "permission", "får", "återkalla", "återkalla", "delegationen"),
            st(
                "delegat",
                "Delegaten",
                "obligation",
                "ska",
                "anmäla",
                "anmäla",
                "sina beslut till nämnden vid nästa sammanträde",
            ),
        ],
        doc=D,
        label="2",
    ),
    rec(
        "3",
        SIM_3,
        [
            ("simhallsnämnden", SN, POL),
            ("Nämnden", "nämnd", POL),
            ("förvaltningschefen", "förvaltningschef", TJP),
            ("Förvaltningschefen", "förvaltningschef", TJP),
            ("nämnden", "nämnd", POL),
        ],
        [FAR, inf("uppdra"), inf("teckna"), SKA, inf("redovisa")],
        [
            st(
                "nämnd",
                "Nämnden",
                "permission",
                "får",
                "uppdra",
                "uppdra",
                "åt förvaltningschefen att teckna avtal om lokaler",
            ),
            st(
                "förvaltningschef",
                "Förvaltningschefen",
                "obligation",
                "ska",
                "redovisa",
                "redovisa",
                "avtalen till nämnden varje kvartal och vid behov oftare",
            ),
        ],
        doc=D,
        label="3",
    ),
]

# Negatives: numbered sections whose headings (two words or more, the line's only sign: no
# cut) open with the same words (no field labels: no running header), a question inside a
# paragraph line with no heading sign, and one ellipsis before a real numbered section (no
# contents list: the ``5`` is a label)
D = "w45-s-bibliotek"
BIB_TITLE = "Reglemente för kulturnämnden i Åsby"
BIB_2 = (
    "Kulturnämnden ansvarar för biblioteken, konsthallen och de kommunala musikskolorna samt "
    "för stöd till studieförbunden. Nämnden ska årligen följa upp verksamheten och rapportera "
    "resultatet till kommunstyrelsen i samband med bokslutet."
)
BIB_3 = (
    "Kulturnämnden ansvarar för vården av kommunens konstsamling. Nämnden ska samråda med "
    "länsstyrelsen i frågor om byggnadsminnen och fornlämningar och lämna yttranden till "
    "regionen när den begär det."
)
BIB_P = (
    "Kulturnämnden får ta emot gåvor och donationer till konstsamlingen och till biblioteken. "
    "Vad händer när en gåva inte kan tas emot? Då ska nämnden meddela den som erbjöd gåvan och "
    "ange skälen för beslutet inom en månad."
)
BIB_4 = "Nämnden ansvarar för bibliotek, konsthall, musikskola m.m..."
BIB_5 = (
    "Nämnden ska varje år upprätta en budget för sin verksamhet och lämna den till "
    "kommunstyrelsen före utgången av maj månad. Nämnden får omfördela medel mellan "
    "verksamheterna."
)
BIB_TEXT = (
    f"{BIB_TITLE}\n\n2 Nämndens uppgifter {BIB_2}\n\n3 Nämndens uppgifter inom kulturmiljö "
    f"{BIB_3}\n\n{BIB_P}\n\n4 Övrigt {BIB_4} 5 Ekonomi {BIB_5}\n"
)
KS = "kommunstyrelse"
BIB = [
    heading(D, "title", BIB_TITLE, actors=[("kulturnämnden", KN, POL)]),
    rec(
        "2",
        f"Nämndens uppgifter {BIB_2}",
        [
            ("Nämndens", "nämnd", POL),
            ("Kulturnämnden", KN, POL),
            ("studieförbunden", "studieförbund", "organisation"),
            ("Nämnden", "nämnd", POL),
            ("kommunstyrelsen", KS, POL),
        ],
        [pres("ansvarar", "ansvara"), SKA, inf("följa"), inf("rapportera")],
        [
            st(
                KN,
                "Kulturnämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för biblioteken, konsthallen och de kommunala musikskolorna samt för stöd till "
                "studieförbunden",
            ),
            st("nämnd", "Nämnden", "obligation", "ska", "följa", "följa", "upp verksamheten"),
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "rapportera",
                "rapportera",
                "resultatet till kommunstyrelsen i samband med bokslutet",
            ),
        ],
        doc=D,
        label="2",
    ),
    rec(
        "3",
        f"Nämndens uppgifter inom kulturmiljö {BIB_3}",
        [
            ("Nämndens", "nämnd", POL),
            ("Kulturnämnden", KN, POL),
            ("kommunens", "kommun", "organisation"),
            ("Nämnden", "nämnd", POL),
            ("länsstyrelsen", "länsstyrelse", "extern"),
            ("regionen", "region", "organisation"),
        ],
        [pres("ansvarar", "ansvara"), SKA, inf("samråda"), inf("lämna"), pres("begär", "begära")],
        [
            st(
                KN,
                "Kulturnämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för vården av kommunens konstsamling",
            ),
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "samråda",
                "samråda",
                "med länsstyrelsen i frågor om byggnadsminnen och fornlämningar",
            ),
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "lämna",
                "lämna",
                "yttranden till regionen",
                condition="när den begär det",
            ),
        ],
        doc=D,
        label="3",
    ),
    rec(
        "p1",
        BIB_P,
        [("Kulturnämnden", KN, POL), ("nämnden", "nämnd", POL)],
        [
            FAR,
            inf("ta"),
            pres("händer", "hända"),
            ("kan", "kunna", "pres", "act"),
            inf("tas", "ta", "pass"),
            SKA,
            inf("meddela"),
            ("erbjöd", "erbjuda", "past", "act"),
            inf("ange"),
        ],
        [
            st(
                KN,
                "Kulturnämnden",
                "permission",
                "får",
                "ta",
                "ta",
                "emot gåvor och donationer till konstsamlingen och till biblioteken",
            ),
            st(
                "nämnd",
                "nämnden",
                "obligation",
                "ska",
                "meddela",
                "meddela",
                "den som erbjöd gåvan",
            ),
            st(
                "nämnd",
                "nämnden",
                "obligation",
                "ska",
                "ange",
                "ange",
                "skälen för beslutet inom en månad",
            ),
        ],
        doc=D,
        parent="3",
    ),
    heading(D, "4", "Övrigt", label="4"),
    rec(
        "4.1",
        BIB_4,
        [("Nämnden", "nämnd", POL)],
        [pres("ansvarar", "ansvara")],
        [
            st(
                "nämnd",
                "Nämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för bibliotek, konsthall, musikskola m.m",
            )
        ],
        doc=D,
        parent="4",
    ),
    heading(D, "5", "Ekonomi", label="5"),
    rec(
        "5.1",
        BIB_5,
        [("Nämnden", "nämnd", POL), ("kommunstyrelsen", KS, POL), ("Nämnden", "nämnd", POL, 1)],
        [SKA, inf("upprätta"), inf("lämna"), FAR, inf("omfördela")],
        [
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "upprätta",
                "upprätta",
                "en budget för sin verksamhet",
            ),
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "lämna",
                "lämna",
                "den till kommunstyrelsen före utgången av maj månad",
            ),
            st(
                "nämnd",
                "Nämnden",
                "permission",
                "får",
                "omfördela",
                "omfördela",
                "medel mellan verksamheterna",
            ),
        ],
        doc=D,
        parent="5",
    ),
]

# bj-C8: page 1's cover line ``1 1 (6) <title> 1 1 <history>`` whose history has no final
# stop and runs into an address block with contact labels in capitals (no colon); page 2 a
# page line with the title repeat and a counter
D = "w45-s-miljo"
MN = "miljönämnd"
LS = "lövsta stad"
MIL_TITLE = "Delegationsordning för miljönämnden i Lövsta stad"
MIL_HISTORY = (
    "Fastställd vid nämndens möte den 3 mars 2016, 14 Ändrad vid nämndens möte den 5 maj , "
    "gäller från och med 1 juni 2016"
)
MIL_ADDRESS = "Lövsta stad, Lövsta BESÖKSADRESS Storgatan 7, Lövsta TELEFON TELEFAX"
MIL_2 = (
    f"{MIL_TITLE} 2/6 Allmänt Miljönämnden får uppdra åt ett utskott att avgöra ärenden om "
    "tillsyn av små avlopp. Utskottet ska anmäla besluten till nämnden vid nästa "
    "sammanträde."
)
MIL_TEXT = (
    f"{MIL_TITLE}\n\n{VIEWER_TEXT}\n\n1 1 (6) {MIL_TITLE} 1 1 {MIL_HISTORY} {MIL_ADDRESS}\n\n"
    f"2 {MIL_2}\n"
)
MIL_ACTORS = [("miljönämnden", MN, POL), ("Lövsta stad", LS, ORG)]
MIL = [
    heading(D, "title", MIL_TITLE, actors=MIL_ACTORS),
    *viewer(D),
    # the second ``1 1`` (the counter and section number printed again) is furniture
    heading(D, "1", MIL_TITLE, label="1 1 (6)", actors=MIL_ACTORS),
    rec("m5", MIL_HISTORY, [("nämndens", "nämnd", POL), ("nämndens", "nämnd", POL, 1)], doc=D),
    rec("m6", MIL_ADDRESS, [("Lövsta stad", LS, ORG)], doc=D),
    rec(
        "2",
        MIL_2,
        [
            *MIL_ACTORS,
            ("Miljönämnden", MN, POL),
            ("utskott", "utskott", POL),
            ("Utskottet", "utskott", POL),
            ("nämnden", "nämnd", POL),
        ],
        [FAR, inf("uppdra"), inf("avgöra"), SKA, inf("anmäla")],
        [
            st(
                MN,
                "Miljönämnden",
                "permission",
                "får",
                "uppdra",
                "uppdra",
                "åt ett utskott att avgöra ärenden om tillsyn av små avlopp",
            ),
            st(
                "utskott",
                "Utskottet",
                "obligation",
                "ska",
                "anmäla",
                "anmäla",
                "besluten till nämnden vid nästa sammanträde",
            ),
        ],
        doc=D,
        label="2",
    ),
]

# bj-C8 (c): an address block with contact labels in capitals after a paragraph's last
# sentence is a metadata clause; the negative of such labels inside a sentence with its verb
D = "w45-s-tillsyn"
TIL_TITLE = "Riktlinje för tillsyn"
TIL_1 = (
    "Nämnden ska svara på frågor från allmänheten inom en vecka. Frågor tas emot via TELEFON "
    "och E-POST under kontorstid."
)
TIL_2 = "Nämnden håller öppet för besök alla vardagar."
TIL_ADDRESS = "Ekby kommun Miljöenheten TELEFON 0123-456 E-POST miljo@ekby.se"
TIL_TEXT = f"{TIL_TITLE}\n\n{TIL_1}\n\n{TIL_2} {TIL_ADDRESS}\n"
TIL = [
    heading(D, "title", TIL_TITLE),
    rec(
        "1",
        TIL_1,
        [("Nämnden", "nämnd", POL), ("allmänheten", "allmänhet", EXT)],
        [SKA, inf("svara"), pres("tas", "ta", "pass")],
        [
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "svara",
                "svara",
                "på frågor från allmänheten inom en vecka",
            )
        ],
        doc=D,
    ),
    rec(
        "2",
        TIL_2,
        [("Nämnden", "nämnd", POL)],
        [pres("håller", "hålla")],
        [st("nämnd", "Nämnden", "none", None, "hålla", "håller", "öppet för besök alla vardagar")],
        doc=D,
    ),
    rec(
        "m1",
        TIL_ADDRESS,
        [("Ekby kommun", "ekby kommun", ORG), ("Miljöenheten", "miljöenhet", FORV)],
        doc=D,
    ),
]

DOCUMENTS = {
    "w45-s-fritid": (FRI_TEXT, FRI),
    "w45-s-ungdom": (UNG_TEXT, UNG),
    "w45-s-kultur": (KUL_TEXT, KUL),
    "w45-s-idrott": (IDR_TEXT, IDR),
    "w45-s-simhall": (SIM_TEXT, SIM),
    "w45-s-bibliotek": (BIB_TEXT, BIB),
    "w45-s-miljo": (MIL_TEXT, MIL),
    "w45-s-tillsyn": (TIL_TEXT, TIL),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w45-s", DOCUMENTS)
