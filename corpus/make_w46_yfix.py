"""Builds corpus/dev/w46-yfix.jsonl and corpus/dev/w46-yfix-*.txt: round 46, writer w46y,
the causes of the blind probe w45-y (its office-suite PDF text layer) in invented documents
with other words and organisations, written and annotated by hand from docs/annotation.md
before the rules. `w46-yfix-kultur`: a nämnd's reglemente as an office PDF's text layer
(U+F0B7 Symbol bullets before a space under a lead-in, `o ` second-level bullets under a
bullet item, ligatures `ﬂ`, `ﬁ`, a footnote whose note stands at the page foot between the
halves of a sentence running over the page break, a footnote after a full stop that stays
where it is, a bare `Ordföranden` in a text that calls its titled body `Nämnden`).
`w46-yfix-chef`: the neighbouring family, an instruction for a förvaltningschef exported to
PDF from another office suite (Wingdings U+F0A7 bullets before a space, `ﬀ`, a footnote
interrupting a sentence whose end is one line into the next page, no body in the title).
`w46-yfix-gemensam`: negatives, a text layer about several nämnder (its title names no one
body: a chair the text introduced stays the office) and a numbered heading at a page foot
after a full stop, the next page opening capitalised, though a word on the page carries its
number (no note: it stays a heading). `w46-yfix-webb`: the probe's browser-copy family, a
delegationsordning's list of abbreviations one cell a line under `Förkortningar` (a
mixed-case `TrH` among them; `KL Kommunallagen` defines a law, no actor), then a table one
cell a line whose delegate cells use them (docs/annotation.md §2.1, round 44: each a
mention of its expansion).

Decisions (docs/annotation.md §1.2 "Round 46"): the footnote note is a paragraph of its
own after the clause it interrupts (label its number); the interrupted sentence is one
clause; the glued mark stays in the text. A ligature is read as its letters: the gold keeps
it as printed here, alignment folds it (casefold spells `ﬁ` as `fi`).
Offsets computed. Run: python corpus/make_w46_yfix.py corpus/dev"""

import re
import sys

from records import BOR, EXT, FAR, FORV, FTV, HAR, ORG, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w46-yfix", conditions_from_statements=True)
NB = "\u00a0"
SYMBOL = "\uf0b7"
WINGDINGS = "\uf0a7"


def flat(text):
    """The text with every run of whitespace (form feed, no-break space) as one space."""
    return re.sub(r"[\s\u00a0]+", " ", text).strip()


def check_in_document(text, records, skip=()):
    document = flat(text)
    for record in records:
        if record["meta"]["clause_id"] not in skip:
            assert record["text"] in document, record["meta"]["clause_id"]


def glued_span(record, piece, label, **fields):
    """Adds a span for ``piece`` where a footnote number is glued to it (no word boundary)."""
    start = record["text"].index(piece)
    record["spans"].append(
        {"start": start, "end": start + len(piece), "text": piece, "label": label, **fields}
    )
    record["spans"].sort(key=lambda span: (span["start"], span["end"]))
    return record


def pres(word, lemma, voice="act", nth=0):
    return (word, lemma, "pres", voice, nth)


def inf(word, lemma, voice="act", nth=0):
    return (word, lemma, "inf", voice, nth)


def ska(nth):
    return ("ska", "skola", "pres", "act", nth)


# --- kulturnämndens reglemente, an office PDF's text layer ----------------------------------

D = "w46-yfix-kultur"
KUL_TEXT = "\n".join(
    [
        "Reglemente för kulturnämnden",
        "Antaget av kommunfullmäktige 2025-04-28, § 61.",
        "1 NÄMNDENS ANSVAR",
        "Kulturnämnden ansvarar för biblioteksverksamhet och kulturarv1 i Björkvalla kommun. "
        "Nämnden",
        "ska särskilt:",
        f"{SYMBOL} främja ett rikt kulturliv i hela kommunen,",
        f"{SYMBOL} fördela kulturbidrag enligt antagna riktlinjer, samt",
        f"{SYMBOL} förvalta konstsamlingen enligt",
        "o kommunens riktlinjer för offentlig konst,",
        "o gällande gåvobrev.",
        "Nämnden bör ﬂera gånger per år samråda med föreningslivet.",
        "1 Jämför kulturmiljölagen (1988:950).",
        "1",
        "\f2 ORGANISATION",
        "Nämnden har nio ledamöter och fem ersättare. Ordföranden leder nämndens sammanträden",
        "och ska se till att protokollet justeras i tid. Vid ordförandens frånvaro leder vice",
        "ordföranden sammanträdet.",
        "Under nämnden ﬁnns ett kulturutskott med tre ledamöter. Utskottet bereder ärenden",
        "om stipendier och projektbidrag2. Utskottet ska varje år redovisa sina beslut för",
        "2 Se nämndens delegationsordning, avsnitt 4.",
        "2",
        "\fnämnden i samband med bokslutet.",
        "3 EKONOMI",
        f"Nämnden ska ﬁnansiera verksamheten inom den ram som fullmäktige beslutar.{NB}",
        "3",
        "",
    ]
)
KN = "kulturnämnd"
BK = "björkvalla kommun"
KORF = "kulturnämndens ordförande"
KVICE = "kulturnämndens vice ordförande"
KU = "kulturutskott"
KUL_11 = (
    "Kulturnämnden ansvarar för biblioteksverksamhet och kulturarv1 i Björkvalla kommun. "
    "Nämnden ska särskilt:"
)
KUL_21 = (
    "Nämnden har nio ledamöter och fem ersättare. Ordföranden leder nämndens sammanträden "
    "och ska se till att protokollet justeras i tid. Vid ordförandens frånvaro leder vice "
    "ordföranden sammanträdet."
)
KUL_22 = (
    "Under nämnden ﬁnns ett kulturutskott med tre ledamöter. Utskottet bereder ärenden om "
    "stipendier och projektbidrag2. Utskottet ska varje år redovisa sina beslut för nämnden i "
    "samband med bokslutet."
)


def kul_item(cid, text, aim, obj, actors=(), condition=None):
    return rec(
        cid,
        text,
        actors,
        [inf(aim, aim)],
        [st("nämnd", "Nämnden", "obligation", "ska", aim, aim, obj, condition=condition)],
        doc=D,
        kind="list_item",
        parent="1.1",
        label="•",
    )


KUL = [
    rec(
        "title", "Reglemente för kulturnämnden", [("kulturnämnden", KN, POL)], doc=D, kind="heading"
    ),
    rec(
        "m1",
        "Antaget av kommunfullmäktige 2025-04-28, § 61.",
        [("kommunfullmäktige", "kommunfullmäktige", POL)],
        doc=D,
    ),
    rec("1", "NÄMNDENS ANSVAR", [("NÄMNDENS", "nämnd", POL)], doc=D, kind="heading", label="1"),
    rec(
        "1.1",
        KUL_11,
        [("Kulturnämnden", KN, POL), ("Björkvalla kommun", BK, ORG), ("Nämnden", "nämnd", POL)],
        [pres("ansvarar", "ansvara"), SKA],
        [
            st(
                KN,
                "Kulturnämnden",
                "responsibility",
                "ansvarar för",
                "ansvara",
                "ansvarar",
                "för biblioteksverksamhet och kulturarv1 i Björkvalla kommun",
            )
        ],
        doc=D,
        parent="1",
    ),
    kul_item(
        "1.1.a",
        "främja ett rikt kulturliv i hela kommunen,",
        "främja",
        "ett rikt kulturliv i hela kommunen",
    ),
    kul_item(
        "1.1.b",
        "fördela kulturbidrag enligt antagna riktlinjer, samt",
        "fördela",
        "kulturbidrag",
        condition="enligt antagna riktlinjer",
    ),
    kul_item("1.1.c", "förvalta konstsamlingen enligt", "förvalta", "konstsamlingen"),
    rec(
        "1.1.c.a",
        "kommunens riktlinjer för offentlig konst,",
        [("kommunens", BK, ORG)],
        doc=D,
        kind="list_item",
        parent="1.1.c",
        label="◦",
    ),
    rec("1.1.c.b", "gällande gåvobrev.", doc=D, kind="list_item", parent="1.1.c", label="◦"),
    rec(
        "1.2",
        "Nämnden bör ﬂera gånger per år samråda med föreningslivet.",
        [("Nämnden", "nämnd", POL), ("föreningslivet", "föreningsliv", EXT)],
        [BOR, inf("samråda", "samråda")],
        [
            st(
                "nämnd",
                "Nämnden",
                "recommendation",
                "bör",
                "samråda",
                "samråda",
                "med föreningslivet",
            )
        ],
        doc=D,
        parent="1",
    ),
    rec(
        "fn1",
        "Jämför kulturmiljölagen (1988:950).",
        [],
        [("Jämför", "jämföra", "imp", "act")],
        doc=D,
        label="1",
    ),
    rec("2", "ORGANISATION", doc=D, kind="heading", label="2"),
    rec(
        "2.1",
        KUL_21,
        [
            ("Nämnden", "nämnd", POL),
            ("ledamöter", "ledamot", FTV),
            ("ersättare", "ersättare", FTV),
            ("Ordföranden", KORF, FTV),
            ("nämndens", "nämnd", POL),
            ("ordförandens", KORF, FTV),
            ("vice ordföranden", KVICE, FTV),
        ],
        [
            HAR,
            pres("leder", "leda"),
            SKA,
            inf("se", "se"),
            pres("justeras", "justera", "pass"),
            pres("leder", "leda", nth=1),
        ],
        [
            st("nämnd", "Nämnden", "none", None, "ha", "har", "nio ledamöter och fem ersättare"),
            st(KORF, "Ordföranden", "none", None, "leda", "leder", "nämndens sammanträden"),
            st(
                KORF,
                "Ordföranden",
                "obligation",
                "ska se till att",
                "se",
                "se",
                "att protokollet justeras i tid",
            ),
            st(
                KVICE,
                "vice ordföranden",
                "none",
                None,
                "leda",
                "leder",
                "sammanträdet",
                condition="Vid ordförandens frånvaro",
            ),
        ],
        doc=D,
        parent="2",
    ),
    rec(
        "2.2",
        KUL_22,
        [
            ("nämnden", "nämnd", POL),
            ("kulturutskott", KU, POL),
            ("ledamöter", "ledamot", FTV),
            ("Utskottet", KU, POL),
            ("Utskottet", KU, POL, 1),
            ("nämnden", "nämnd", POL, 1),
        ],
        [pres("ﬁnns", "finnas"), pres("bereder", "bereda"), SKA, inf("redovisa", "redovisa")],
        [
            st(KU, "kulturutskott", "none", None, "finnas", "ﬁnns", None),
            st(
                KU,
                "Utskottet",
                "none",
                None,
                "bereda",
                "bereder",
                "ärenden om stipendier och projektbidrag2",
            ),
            st(
                KU,
                "Utskottet",
                "obligation",
                "ska",
                "redovisa",
                "redovisa",
                "sina beslut för nämnden i samband med bokslutet",
            ),
        ],
        doc=D,
        parent="2",
    ),
    rec(
        "fn2",
        "Se nämndens delegationsordning, avsnitt 4.",
        [("nämndens", "nämnd", POL)],
        [("Se", "se", "imp", "act")],
        doc=D,
        label="2",
    ),
    rec("3", "EKONOMI", doc=D, kind="heading", label="3"),
    rec(
        "3.1",
        "Nämnden ska ﬁnansiera verksamheten inom den ram som fullmäktige beslutar.",
        [("Nämnden", "nämnd", POL), ("fullmäktige", "kommunfullmäktige", POL)],
        [SKA, inf("ﬁnansiera", "finansiera"), pres("beslutar", "besluta")],
        [
            st(
                "nämnd",
                "Nämnden",
                "obligation",
                "ska",
                "finansiera",
                "ﬁnansiera",
                "verksamheten",
                condition="inom den ram som fullmäktige beslutar",
            )
        ],
        doc=D,
        parent="3",
    ),
]
check_in_document(KUL_TEXT, KUL, skip={"2.2"})
assert flat(KUL_TEXT).count(KUL_22[:120]) == 1

# --- förvaltningschefens instruktion, another office suite's PDF text layer ------------------

D = "w46-yfix-chef"
CHEF_TEXT = "\n".join(
    [
        "Instruktion för förvaltningschefen",
        "Fastställd av tekniska nämnden 2025-06-10, § 77.",
        "1 Uppdrag",
        "Förvaltningschefen leder förvaltningen och ansvarar inför nämnden för att",
        "verksamheten bedrivs eﬀektivt. Förvaltningschefen ska i sitt arbete:",
        f"{WINGDINGS} verkställa nämndens beslut,",
        f"{WINGDINGS} ta fram underlag för budget och uppföljning,",
        f"{WINGDINGS} samverka med andra förvaltningar enligt",
        "o kommunens samverkansavtal för traﬁk,",
        "o nämndens riktlinjer för gatubelysning.",
        "2 Delegering",
        "Förvaltningschefen får vidaredelegera beslutanderätt till avdelningschefer i de fall",
        "nämnden medger det4. Beslut som fattas med stöd av vidaredelegering ska anmälas till",
        "förvaltningschefen varje månad. Förvaltningschefen ska därefter anmäla besluten till",
        "4 Se 7 kap. 6 § kommunallagen.",
        "1",
        "\fnämnden vid nästa sammanträde. Förvaltningschefen bör hänskjuta ärenden av",
        "principiell betydelse till nämnden.",
        "2",
        "",
    ]
)
FC = "förvaltningschef"
CHEF_11 = (
    "Förvaltningschefen leder förvaltningen och ansvarar inför nämnden för att verksamheten "
    "bedrivs eﬀektivt. Förvaltningschefen ska i sitt arbete:"
)
CHEF_21 = (
    "Förvaltningschefen får vidaredelegera beslutanderätt till avdelningschefer i de fall "
    "nämnden medger det4. Beslut som fattas med stöd av vidaredelegering ska anmälas till "
    "förvaltningschefen varje månad. Förvaltningschefen ska därefter anmäla besluten till "
    "nämnden vid "
    "nästa sammanträde. Förvaltningschefen bör hänskjuta ärenden av principiell betydelse "
    "till nämnden."
)


def chef_item(cid, text, aim, obj, actors=()):
    return rec(
        cid,
        text,
        actors,
        [inf(aim, aim)],
        [st(FC, "Förvaltningschefen", "obligation", "ska", aim, aim, obj)],
        doc=D,
        kind="list_item",
        parent="1.1",
        label="•",
    )


CHEF = [
    rec(
        "title",
        "Instruktion för förvaltningschefen",
        [("förvaltningschefen", FC, TJP)],
        doc=D,
        kind="heading",
    ),
    rec(
        "m1",
        "Fastställd av tekniska nämnden 2025-06-10, § 77.",
        [("tekniska nämnden", "teknisk nämnd", POL)],
        doc=D,
    ),
    rec("1", "Uppdrag", doc=D, kind="heading", label="1"),
    rec(
        "1.1",
        CHEF_11,
        [
            ("Förvaltningschefen", FC, TJP),
            ("förvaltningen", "förvaltning", FORV),
            ("nämnden", "nämnd", POL),
            ("Förvaltningschefen", FC, TJP, 1),
        ],
        [
            pres("leder", "leda"),
            pres("ansvarar", "ansvara"),
            pres("bedrivs", "bedriva", "pass"),
            SKA,
        ],
        [
            st(FC, "Förvaltningschefen", "none", None, "leda", "leder", "förvaltningen"),
            st(
                FC,
                "Förvaltningschefen",
                "responsibility",
                "ansvarar",
                "ansvara",
                "ansvarar",
                "för att verksamheten bedrivs eﬀektivt",
            ),
        ],
        doc=D,
        parent="1",
    ),
    chef_item(
        "1.1.a",
        "verkställa nämndens beslut,",
        "verkställa",
        "nämndens beslut",
        [("nämndens", "nämnd", POL)],
    ),
    chef_item(
        "1.1.b",
        "ta fram underlag för budget och uppföljning,",
        "ta",
        "underlag för budget och uppföljning",
    ),
    chef_item(
        "1.1.c",
        "samverka med andra förvaltningar enligt",
        "samverka",
        "med andra förvaltningar",
        [("förvaltningar", "förvaltning", FORV)],
    ),
    rec(
        "1.1.c.a",
        "kommunens samverkansavtal för traﬁk,",
        [("kommunens", "kommun", ORG)],
        doc=D,
        kind="list_item",
        parent="1.1.c",
        label="◦",
    ),
    rec(
        "1.1.c.b",
        "nämndens riktlinjer för gatubelysning.",
        [("nämndens", "nämnd", POL)],
        doc=D,
        kind="list_item",
        parent="1.1.c",
        label="◦",
    ),
    rec("2", "Delegering", doc=D, kind="heading", label="2"),
    rec(
        "2.1",
        CHEF_21,
        [
            ("Förvaltningschefen", FC, TJP),
            ("avdelningschefer", "avdelningschef", TJP),
            ("nämnden", "nämnd", POL),
            ("förvaltningschefen", FC, TJP),
            ("Förvaltningschefen", FC, TJP, 1),
            ("nämnden", "nämnd", POL, 1),
            ("Förvaltningschefen", FC, TJP, 2),
            ("nämnden", "nämnd", POL, 2),
        ],
        [
            FAR,
            inf("vidaredelegera", "vidaredelegera"),
            pres("medger", "medge"),
            pres("fattas", "fatta", "pass"),
            SKA,
            inf("anmälas", "anmäla", "pass"),
            ska(1),
            inf("anmäla", "anmäla"),
            BOR,
            inf("hänskjuta", "hänskjuta"),
        ],
        [
            st(
                FC,
                "Förvaltningschefen",
                "permission",
                "får",
                "vidaredelegera",
                "vidaredelegera",
                "beslutanderätt till avdelningschefer",
                condition="i de fall nämnden medger det4",
            ),
            st(
                None,
                None,
                "obligation",
                "ska",
                "anmäla",
                "anmälas",
                "Beslut som fattas med stöd av vidaredelegering",
                passive=True,
            ),
            st(
                FC,
                "Förvaltningschefen",
                "obligation",
                "ska",
                "anmäla",
                "anmäla",
                "besluten till nämnden vid nästa sammanträde",
            ),
            st(
                FC,
                "Förvaltningschefen",
                "recommendation",
                "bör",
                "hänskjuta",
                "hänskjuta",
                "ärenden av principiell betydelse till nämnden",
            ),
        ],
        doc=D,
        parent="2",
    ),
    rec("fn4", "Se 7 kap. 6 § kommunallagen.", [], [("Se", "se", "imp", "act")], doc=D, label="4"),
]
check_in_document(CHEF_TEXT, CHEF, skip={"2.1"})
assert flat(CHEF_TEXT).count(CHEF_21[:150]) == 1

# --- negatives: several nämnder, an `o` line in prose, a numbered heading at a page foot ------

D = "w46-yfix-gemensam"
GEM_TEXT = "\n".join(
    [
        "Gemensamma bestämmelser för nämnderna",
        "Antagna av kommunfullmäktige 2025-09-15, § 102.",
        "1 SAMMANSÄTTNING",
        "Varje nämnd väljer inom sig en ordförande och en vice ordförande. Ordföranden",
        "leder nämndens sammanträden och företräder nämnden utåt. Nämnderna ska samordna",
        "sina sammanträdesplaner2 med kommunstyrelsen.",
        "2 ARBETSFORMER",
        "1",
        "\fNämnderna får kalla anställda till sina sammanträden.",
        "2",
        "",
    ]
)
GEM_11 = (
    "Varje nämnd väljer inom sig en ordförande och en vice ordförande. Ordföranden leder "
    "nämndens sammanträden och företräder nämnden utåt. Nämnderna ska samordna sina "
    "sammanträdesplaner2 med kommunstyrelsen."
)
GEM = [
    rec(
        "title",
        "Gemensamma bestämmelser för nämnderna",
        [("nämnderna", "nämnd", POL)],
        doc=D,
        kind="heading",
    ),
    rec(
        "m1",
        "Antagna av kommunfullmäktige 2025-09-15, § 102.",
        [("kommunfullmäktige", "kommunfullmäktige", POL)],
        doc=D,
    ),
    rec("1", "SAMMANSÄTTNING", doc=D, kind="heading", label="1"),
    rec(
        "1.1",
        GEM_11,
        [
            ("nämnd", "nämnd", POL),
            ("ordförande", "ordförande", FTV),
            ("vice ordförande", "vice ordförande", FTV),
            ("Ordföranden", "ordförande", FTV),
            ("nämndens", "nämnd", POL),
            ("nämnden", "nämnd", POL),
            ("Nämnderna", "nämnd", POL),
            ("kommunstyrelsen", "kommunstyrelse", POL),
        ],
        [
            pres("väljer", "välja"),
            pres("leder", "leda"),
            pres("företräder", "företräda"),
            SKA,
            inf("samordna", "samordna"),
        ],
        [
            st(
                "nämnd",
                "nämnd",
                "none",
                None,
                "välja",
                "väljer",
                "inom sig en ordförande och en vice ordförande",
            ),
            st("ordförande", "Ordföranden", "none", None, "leda", "leder", "nämndens sammanträden"),
            st(
                "ordförande", "Ordföranden", "none", None, "företräda", "företräder", "nämnden utåt"
            ),
            st(
                "nämnd",
                "Nämnderna",
                "obligation",
                "ska",
                "samordna",
                "samordna",
                "sina sammanträdesplaner2 med kommunstyrelsen",
            ),
        ],
        doc=D,
        parent="1",
    ),
    rec("2", "ARBETSFORMER", doc=D, kind="heading", label="2"),
    rec(
        "2.1",
        "Nämnderna får kalla anställda till sina sammanträden.",
        [("Nämnderna", "nämnd", POL), ("anställda", "anställd", TJP)],
        [FAR, inf("kalla", "kalla")],
        [
            st(
                "nämnd",
                "Nämnderna",
                "permission",
                "får",
                "kalla",
                "kalla",
                "anställda till sina sammanträden",
            )
        ],
        doc=D,
        parent="2",
    ),
]
check_in_document(GEM_TEXT, GEM)

# --- a delegationsordning copied from a web page: its list of abbreviations one cell a line -

D = "w46-yfix-webb"
WEBB_LINES = [
    "Hoppa till innehåll",
    "Meny",
    "Sök",
    "Start › Trafik och gator › Delegationer",
    "Delegationsordning för tekniska nämnden",
    "Tekniska nämnden får enligt 6 kap. 37 § kommunallagen uppdra åt anställda att besluta på "
    "nämndens vägnar.",
    "Förkortningar",
    "AC",
    "Avdelningschef",
    "GC",
    "Gatuchef",
    "TrH",
    "Trafikhandläggare",
    "KL",
    "Kommunallagen",
    "Nr",
    "Ärende",
    "Delegat",
    "Lagrum",
    "1",
    "Upplåtelse av offentlig plats för kortare tid än en månad",
    "TrH",
    "KL",
    "2",
    "Beslut om parkeringstillstånd",
    "GC",
    "",
    "3",
    "Avskrivning av fordringar under fem prisbasbelopp",
    "AC",
    "",
]
WEBB_TEXT = "\n".join(WEBB_LINES)
TN = "teknisk nämnd"
WEBB = [
    rec(
        "title",
        WEBB_LINES[4],
        [("tekniska nämnden", TN, POL)],
        doc=D,
        kind="heading",
    ),
    rec(
        "p1",
        WEBB_LINES[5],
        [
            ("Tekniska nämnden", TN, POL),
            ("anställda", "anställd", TJP),
            ("nämndens", "nämnd", POL),
        ],
        [FAR, inf("uppdra", "uppdra"), inf("besluta", "besluta")],
        [
            st(
                TN,
                "Tekniska nämnden",
                "permission",
                "får",
                "uppdra",
                "uppdra",
                "åt anställda att besluta på nämndens vägnar",
                condition="enligt 6 kap. 37 § kommunallagen",
            )
        ],
        doc=D,
    ),
    rec("h1", "Förkortningar", doc=D, kind="heading"),
    rec(
        "h1.1",
        "AC Avdelningschef",
        [("AC", "avdelningschef", TJP), ("Avdelningschef", "avdelningschef", TJP)],
        doc=D,
        parent="h1",
    ),
    rec(
        "h1.2",
        "GC Gatuchef",
        [("GC", "gatuchef", TJP), ("Gatuchef", "gatuchef", TJP)],
        doc=D,
        parent="h1",
    ),
    rec(
        "h1.3",
        "TrH Trafikhandläggare",
        [("TrH", "trafikhandläggare", TJP), ("Trafikhandläggare", "trafikhandläggare", TJP)],
        doc=D,
        parent="h1",
    ),
    rec("h1.4", "KL Kommunallagen", doc=D, parent="h1"),
    rec("h2", "Nr Ärende Delegat Lagrum", doc=D, kind="heading"),
    rec(
        "h2.1",
        "Upplåtelse av offentlig plats för kortare tid än en månad TrH KL",
        [("TrH", "trafikhandläggare", TJP)],
        doc=D,
        parent="h2",
        label="1",
    ),
    rec(
        "h2.2",
        "Beslut om parkeringstillstånd GC",
        [("GC", "gatuchef", TJP)],
        doc=D,
        parent="h2",
        label="2",
    ),
    rec(
        "h2.3",
        "Avskrivning av fordringar under fem prisbasbelopp AC",
        [("AC", "avdelningschef", TJP)],
        doc=D,
        parent="h2",
        label="3",
    ),
]
check_in_document(WEBB_TEXT, WEBB)

DOCUMENTS = {
    "w46-yfix-kultur": (KUL_TEXT, KUL),
    "w46-yfix-chef": (CHEF_TEXT, CHEF),
    "w46-yfix-gemensam": (GEM_TEXT, GEM),
    "w46-yfix-webb": (WEBB_TEXT, WEBB),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w46-yfix", DOCUMENTS)
