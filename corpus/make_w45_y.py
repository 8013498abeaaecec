"""Builds corpus/dev/w45-y.jsonl and corpus/dev/w45-y-*.txt: the blind probe of round 45
(probe46, end-of-round transfer), four invented documents in layouts the segmenter has not
met, written and annotated by hand from docs/annotation.md §1, §2, §5 before any run (the
writer never ran the extractor). `w45-y-vd`: a municipal company's VD-instruktion saved from
Word as plain text (CRLF line ends, a table of contents with dot leaders and page numbers,
multilevel numbering `1`, `2.1`, `2.2.1` + TAB, soft line breaks inside paragraphs, one
before `8 kap.`, a two-column `Ärende<TAB>Ansvarig` table). `w45-y-delegation`: a nämnd's
delegationsordning copied from a web page by a browser (skip link, menu, breadcrumb, every
table cell on its own line, empty cells as empty lines or missing, a repeated column-header
row, an abbreviation table, address and copyright lines). `w45-y-reglemente`: a nämnd's
reglemente as the text layer of an office-suite PDF (capitals headings `2 NÄMNDENS
UPPGIFTER`, footnote numbers glued to words, footnote text at the page foot opening with its
number, bare page numbers, form feeds, U+F0B7 and `o` bullets, ligatures, no-break spaces,
a sentence running over a page break). `w45-y-arbetsordning`: a förbund's arbetsordning
exported from a wiki as Markdown (`## 1 § …`, `**Ordföranden**`, `- ` and `1. ` items, a
`> **Obs:**` note, a link).

Decisions where the guideline is silent (the writer's, for the coordinator): a table of
contents (its `Innehåll` line and its entries) is one heading clause `toc`; a TAB, a form
feed and a no-break space are whitespace (a run of them is one space in the clause text); a
ligature (`ﬁ`, `ﬂ`) and a footnote number glued to a word stay in the text as printed (an
ACTOR or VERB span covers the word's letters only); a footnote at a page's foot is a
paragraph clause of its own (id `fnN`, label its number, after the clause it interrupts);
a table row whose cells stand one a line is one clause (cells joined by a space, empty cells
gone, the number cell its label), the column-header row a heading; Markdown block markers
(`#`, `##`) are furniture (in no text, no label) while list markers and a quote's `>` are
labels, and inline markup (`**`, `*`, a link's brackets and address) stays in the text.
Offsets computed. Run: python corpus/make_w45_y.py corpus/dev"""

import re
import sys

from records import AR, FAR, FORV, FTV, HAR, ORG, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w45-y", conditions_from_statements=True)


def flat(text):
    """The text with every run of whitespace (TAB, CR, form feed, no-break space) as one space."""
    return re.sub(r"[\s\u00a0]+", " ", text).strip()


def glued_span(record, piece, label, **fields):
    """Adds a span for ``piece`` where a footnote number is glued to it (no word boundary)."""
    start = record["text"].index(piece)
    record["spans"].append(
        {"start": start, "end": start + len(piece), "text": piece, "label": label, **fields}
    )
    record["spans"].sort(key=lambda span: (span["start"], span["end"]))
    return record


def check_in_document(text, records, skip=()):
    """Every clause text (but those in ``skip``) stands in the flattened document."""
    document = flat(text)
    for record in records:
        if record["meta"]["clause_id"] not in skip:
            assert record["text"] in document, record["meta"]["clause_id"]


def pres(word, lemma, voice="act", nth=0):
    return (word, lemma, "pres", voice, nth)


def inf(word, lemma, voice="act", nth=0):
    return (word, lemma, "inf", voice, nth)


def ska(nth):
    return ("ska", "skola", "pres", "act", nth)


# --- (a) VD-instruktion saved from Word as plain text -------------------------------------

D = "w45-y-vd"
VD_LINES = [
    "VD-instruktion för Ålsta Vatten och Avfall AB",
    "Fastställd av styrelsen 2025-02-13, § 9. Ersätter instruktionen från 2022-03-10.",
    "",
    "Innehåll",
    "1\tInledning ................................................ 2",
    "2\tVerkställande direktörens uppgifter ...................... 2",
    "2.1\tLöpande förvaltning ...................................... 2",
    "2.2\tSärskilt ansvar .......................................... 3",
    "3\tRapportering till styrelsen .............................. 3",
    "4\tErsättare ................................................ 4",
    "",
    "1\tInledning",
    "Denna instruktion gäller för den verkställande direktören (VD) i Ålsta Vatten och Avfall "
    "AB, nedan kallat bolaget. Instruktionen har antagits med stöd av",
    "8 kap. 25 § aktiebolagslagen och ska läsas tillsammans med bolagsordningen, "
    "ägardirektivet och styrelsens arbetsordning.",
    "Styrelsen ska pröva instruktionen årligen vid det konstituerande sammanträdet.",
    "2\tVerkställande direktörens uppgifter",
    "2.1\tLöpande förvaltning",
    "VD sköter den löpande förvaltningen enligt aktiebolagslagen och de riktlinjer som "
    "styrelsen har beslutat. Åtgärder som är ovanliga eller av stor betydelse får VD vidta endast "
    "efter bemyndigande av styrelsen.",
    "2.2\tSärskilt ansvar",
    "2.2.1\tVD ansvarar särskilt för:",
    "a)\tbolagets ekonomi och redovisning,",
    "b)\tatt styrelsen får det underlag som behövs för dess beslut,",
    "c)\tta fram förslag till årsbudget och verksamhetsplan.",
    "2.2.2\tUtan styrelsens medgivande får VD inte ingå avtal som",
    "löper längre än tre år. VD får delegera uppgifter till andra anställda i bolaget men "
    "behåller ansvaret gentemot styrelsen.",
    "3\tRapportering till styrelsen",
    "VD ska regelbundet rapportera till styrelsen enligt tabellen nedan.",
    "Ärende\tAnsvarig",
    "Månadsrapport med resultat och prognos\tVD",
    "Tertialrapport till kommunstyrelsen\tEkonomichefen",
    "4\tErsättare",
    "Vid förfall för VD träder vice VD in. Är även vice VD förhindrad utser styrelsens "
    "ordförande en tillfällig ersättare.",
    "",
]
VD_TEXT = "\r\n".join(VD_LINES)
AB = "ålsta vatten och avfall ab"
V = "verkställande direktör"
VICE = "vice verkställande direktör"
VD_TOC = flat(" ".join(VD_LINES[3:10]))
VD_11 = flat(" ".join(VD_LINES[12:14]))
VD_211 = VD_LINES[17]
VD_222 = flat(" ".join(VD_LINES[23:25]).split("\t", 1)[1])
VD_LEAD = "VD ansvarar särskilt för:"


def vd_item(cid, text, aim, aim_text, obj, actors=(), verbs=()):
    return rec(
        cid,
        text,
        actors,
        verbs,
        [st(V, "VD", "responsibility", "ansvarar för", aim, aim_text, obj)],
        doc=D,
        kind="list_item",
        parent="2.2.1",
        label=cid[-1] + ")",
    )


VD = [
    rec("title", VD_LINES[0], [("Ålsta Vatten och Avfall AB", AB, ORG)], doc=D, kind="heading"),
    rec("m1", VD_LINES[1], [("styrelsen", "styrelse", POL)], doc=D),
    rec(
        "toc",
        VD_TOC,
        [
            ("Verkställande direktörens", V, TJP),
            ("styrelsen", "styrelse", POL),
            ("Ersättare", "ersättare", TJP),
        ],
        doc=D,
        kind="heading",
    ),
    rec("1", "Inledning", doc=D, kind="heading", label="1"),
    rec(
        "1.1",
        VD_11,
        [
            ("verkställande direktören", V, TJP),
            ("VD", V, TJP),
            ("Ålsta Vatten och Avfall AB", AB, ORG),
            ("styrelsens", "styrelse", POL),
        ],
        [
            pres("gäller", "gälla"),
            HAR,
            ("antagits", "anta", "sup", "pass"),
            SKA,
            inf("läsas", "läsa", "pass"),
        ],
        [st(None, None, "obligation", "ska", "läsa", "läsas", "Instruktionen", passive=True)],
        conditions=["med stöd av 8 kap. 25 § aktiebolagslagen"],
        doc=D,
        parent="1",
    ),
    rec(
        "1.2",
        VD_LINES[14],
        [("Styrelsen", "styrelse", POL)],
        [SKA, inf("pröva", "pröva")],
        [
            st(
                "styrelse",
                "Styrelsen",
                "obligation",
                "ska",
                "pröva",
                "pröva",
                "instruktionen årligen vid det konstituerande sammanträdet",
            )
        ],
        doc=D,
        parent="1",
    ),
    rec(
        "2",
        "Verkställande direktörens uppgifter",
        [("Verkställande direktörens", V, TJP)],
        doc=D,
        kind="heading",
        label="2",
    ),
    rec("2.1", "Löpande förvaltning", doc=D, kind="heading", label="2.1"),
    rec(
        "2.1.1",
        VD_211,
        [
            ("VD", V, TJP),
            ("styrelsen", "styrelse", POL),
            ("VD", V, TJP, 1),
            ("styrelsen", "styrelse", POL, 1),
        ],
        [
            pres("sköter", "sköta"),
            HAR,
            ("beslutat", "besluta", "sup", "act"),
            AR,
            FAR,
            inf("vidta", "vidta"),
        ],
        [
            st(
                V,
                "VD",
                "none",
                None,
                "sköta",
                "sköter",
                "den löpande förvaltningen",
                condition="enligt aktiebolagslagen och de riktlinjer som styrelsen har beslutat",
            ),
            st(
                V,
                "VD",
                "permission",
                "får",
                "vidta",
                "vidta",
                "Åtgärder som är ovanliga eller av stor betydelse",
            ),
        ],
        doc=D,
        parent="2.1",
    ),
    rec("2.2", "Särskilt ansvar", doc=D, kind="heading", label="2.2"),
    rec(
        "2.2.1",
        VD_LEAD,
        [("VD", V, TJP)],
        [pres("ansvarar", "ansvara")],
        doc=D,
        parent="2.2",
        label="2.2.1",
    ),
    vd_item(
        "2.2.1.a",
        "bolagets ekonomi och redovisning,",
        "ansvara",
        "ansvarar",
        "bolagets ekonomi och redovisning",
        [("bolagets", AB, ORG)],
    ),
    vd_item(
        "2.2.1.b",
        "att styrelsen får det underlag som behövs för dess beslut,",
        "ansvara",
        "ansvarar",
        "att styrelsen får det underlag som behövs för dess beslut",
        [("styrelsen", "styrelse", POL)],
        [FAR, pres("behövs", "behöva", "pass")],
    ),
    vd_item(
        "2.2.1.c",
        "ta fram förslag till årsbudget och verksamhetsplan.",
        "ta",
        "ta",
        "förslag till årsbudget och verksamhetsplan",
        verbs=[inf("ta", "ta")],
    ),
    rec(
        "2.2.2",
        VD_222,
        [
            ("VD", V, TJP),
            ("styrelsens", "styrelse", POL),
            ("VD", V, TJP, 1),
            ("anställda", "anställd", TJP),
            ("bolaget", AB, ORG),
            ("styrelsen", "styrelse", POL),
        ],
        [
            FAR,
            inf("ingå", "ingå"),
            pres("löper", "löpa"),
            ("får", "få", "pres", "act", 1),
            inf("delegera", "delegera"),
            pres("behåller", "behålla"),
        ],
        [
            st(
                V,
                "VD",
                "prohibition",
                "får",
                "ingå",
                "ingå",
                "avtal som löper längre än tre år",
                negated=True,
            ),
            st(
                V,
                "VD",
                "permission",
                "får",
                "delegera",
                "delegera",
                "uppgifter till andra anställda i bolaget",
            ),
            st(V, "VD", "none", None, "behålla", "behåller", "ansvaret gentemot styrelsen"),
        ],
        doc=D,
        parent="2.2",
        label="2.2.2",
    ),
    rec(
        "3",
        "Rapportering till styrelsen",
        [("styrelsen", "styrelse", POL)],
        doc=D,
        kind="heading",
        label="3",
    ),
    rec(
        "3.1",
        VD_LINES[26],
        [("VD", V, TJP), ("styrelsen", "styrelse", POL)],
        [SKA, inf("rapportera", "rapportera")],
        [
            st(
                V,
                "VD",
                "obligation",
                "ska",
                "rapportera",
                "rapportera",
                "till styrelsen",
                condition="enligt tabellen nedan",
            )
        ],
        doc=D,
        parent="3",
    ),
    rec("3.2", "Ärende Ansvarig", doc=D, kind="heading", parent="3"),
    rec("3.3", "Månadsrapport med resultat och prognos VD", [("VD", V, TJP)], doc=D, parent="3"),
    rec(
        "3.4",
        "Tertialrapport till kommunstyrelsen Ekonomichefen",
        [("kommunstyrelsen", "kommunstyrelse", POL), ("Ekonomichefen", "ekonomichef", TJP)],
        doc=D,
        parent="3",
    ),
    rec("4", "Ersättare", [("Ersättare", "ersättare", TJP)], doc=D, kind="heading", label="4"),
    rec(
        "4.1",
        VD_LINES[31],
        [
            ("VD", V, TJP),
            ("vice VD", VICE, TJP),
            ("vice VD", VICE, TJP, 1),
            ("styrelsens ordförande", "styrelsens ordförande", FTV),
            ("ersättare", "ersättare", TJP),
        ],
        [pres("träder", "träda"), pres("Är", "vara"), pres("utser", "utse")],
        [
            st(
                VICE,
                "vice VD",
                "none",
                None,
                "träda",
                "träder",
                None,
                condition="Vid förfall för VD",
            ),
            st(
                "styrelsens ordförande",
                "styrelsens ordförande",
                "none",
                None,
                "utse",
                "utser",
                "en tillfällig ersättare",
                condition="Är även vice VD förhindrad",
            ),
        ],
        doc=D,
        parent="4",
    ),
]
check_in_document(VD_TEXT, VD)

# --- (b) delegationsordning copied from a web page, one table cell a line ------------------

D = "w45-y-delegation"
DEL_LINES = [
    "Hoppa till innehåll",
    "Meny",
    "Sök",
    "Start › Kommun och politik › Nämnder › Delegationsordningar",
    "Delegationsordning för vård- och omsorgsnämnden",
    "Vård- och omsorgsnämnden får enligt 6 kap. 37 § kommunallagen lämna över beslutanderätt i "
    "vissa ärenden till sitt individutskott, till en enskild ledamot eller ersättare eller till "
    "anställda i förvaltningen.",
    "Beslut som delegaten fattar ska anmälas till nämnden vid det närmast följande sammanträdet.",
    "Förkortningar",
    "FC",
    "Förvaltningschef",
    "EC",
    "Enhetschef",
    "BiH",
    "Biståndshandläggare",
    "1. Allmänna ärenden",
    "Nr",
    "Ärende",
    "Delegat",
    "Lagrum",
    "Anmärkning",
    "1.1",
    "Rättelse av skrivfel och andra uppenbara förbiseenden",
    "FC",
    "36 § FL",
    "",
    "1.2",
    "Avvisning av överklagande som kommit in för sent",
    "Delegat i ursprungsbeslutet",
    "45 § FL",
    "1.3",
    "Brådskande beslut när nämndens sammanträde inte kan avvaktas",
    "Ordförande",
    "6 kap. 39 § KL",
    "Ersätts av vice ordförande vid förhinder",
    "2. Bistånd enligt socialtjänstlagen",
    "Nr",
    "Ärende",
    "Delegat",
    "Lagrum",
    "Anmärkning",
    "2.1",
    "Beslut om hemtjänst upp till 60 timmar per månad",
    "BiH",
    "4 kap. 1 § SoL",
    "",
    "2.2",
    "Beslut om hemtjänst över 60 timmar per månad",
    "EC",
    "4 kap. 1 § SoL",
    "",
    "2.3",
    "Beslut om särskilt boende",
    "Individutskottet",
    "4 kap. 1 § SoL",
    "Beslutet ska föregås av en vårdplanering.",
    "Delegaten får alltid hänskjuta ett ärende till nämnden om ärendet är av principiell "
    "betydelse.",
    "Tornvikens kommun | Storgatan 4 | 456 70 Tornvik | 0500-12 34 00",
    "© Tornvikens kommun 2025",
    "",
]
DEL_TEXT = "\n".join(DEL_LINES)
VON = "vård- och omsorgsnämnd"
VON_ORF = "vård- och omsorgsnämndens ordförande"
VON_VICE = "vård- och omsorgsnämndens vice ordförande"
DEL_P1 = DEL_LINES[5]
HEADER = "Nr Ärende Delegat Lagrum Anmärkning"
ROW_13 = (
    "Brådskande beslut när nämndens sammanträde inte kan avvaktas Ordförande 6 kap. 39 § "
    "KL Ersätts av vice ordförande vid förhinder"
)
ROW_23 = (
    "Beslut om särskilt boende Individutskottet 4 kap. 1 § SoL Beslutet ska föregås av en "
    "vårdplanering."
)
DEL = [
    rec("title", DEL_LINES[4], [("vård- och omsorgsnämnden", VON, POL)], doc=D, kind="heading"),
    rec(
        "p1",
        DEL_P1,
        [
            ("Vård- och omsorgsnämnden", VON, POL),
            ("individutskott", "individutskott", POL),
            ("ledamot", "ledamot", FTV),
            ("ersättare", "ersättare", FTV),
            ("anställda", "anställd", TJP),
            ("förvaltningen", "förvaltning", FORV),
        ],
        [FAR, inf("lämna", "lämna")],
        [
            st(
                VON,
                "Vård- och omsorgsnämnden",
                "permission",
                "får",
                "lämna",
                "lämna",
                "beslutanderätt i vissa ärenden till sitt individutskott, till en enskild ledamot "
                "eller ersättare eller till anställda i förvaltningen",
                condition="enligt 6 kap. 37 § kommunallagen",
            )
        ],
        doc=D,
    ),
    rec(
        "p2",
        DEL_LINES[6],
        [("delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [pres("fattar", "fatta"), SKA, inf("anmälas", "anmäla", "pass")],
        [
            st(
                None,
                None,
                "obligation",
                "ska",
                "anmäla",
                "anmälas",
                "Beslut som delegaten fattar",
                passive=True,
            )
        ],
        doc=D,
    ),
    rec("h1", "Förkortningar", doc=D, kind="heading"),
    rec(
        "h1.1",
        "FC Förvaltningschef",
        [("FC", "förvaltningschef", TJP), ("Förvaltningschef", "förvaltningschef", TJP)],
        doc=D,
        parent="h1",
    ),
    rec(
        "h1.2",
        "EC Enhetschef",
        [("EC", "enhetschef", TJP), ("Enhetschef", "enhetschef", TJP)],
        doc=D,
        parent="h1",
    ),
    rec(
        "h1.3",
        "BiH Biståndshandläggare",
        [("BiH", "biståndshandläggare", TJP), ("Biståndshandläggare", "biståndshandläggare", TJP)],
        doc=D,
        parent="h1",
    ),
    rec("1", "Allmänna ärenden", doc=D, kind="heading", label="1."),
    rec("1.1", HEADER, doc=D, kind="heading", parent="1"),
    rec(
        "1.2",
        "Rättelse av skrivfel och andra uppenbara förbiseenden FC 36 § FL",
        [("FC", "förvaltningschef", TJP)],
        doc=D,
        parent="1",
        label="1.1",
    ),
    rec(
        "1.3",
        "Avvisning av överklagande som kommit in för sent Delegat i ursprungsbeslutet 45 § FL",
        [("Delegat", "delegat", TJP)],
        [("kommit", "komma", "sup", "act")],
        doc=D,
        parent="1",
        label="1.2",
    ),
    rec(
        "1.4",
        ROW_13,
        [
            ("nämndens", "nämnd", POL),
            ("Ordförande", VON_ORF, FTV),
            ("vice ordförande", VON_VICE, FTV),
        ],
        [
            pres("kan", "kunna"),
            inf("avvaktas", "avvakta", "pass"),
            pres("Ersätts", "ersätta", "pass"),
        ],
        [st(VON_VICE, "vice ordförande", "none", None, "ersätta", "Ersätts", None, passive=True)],
        conditions=["när nämndens sammanträde inte kan avvaktas"],
        doc=D,
        parent="1",
        label="1.3",
    ),
    rec("2", "Bistånd enligt socialtjänstlagen", doc=D, kind="heading", label="2."),
    rec("2.1", HEADER, doc=D, kind="heading", parent="2"),
    rec(
        "2.2",
        "Beslut om hemtjänst upp till 60 timmar per månad BiH 4 kap. 1 § SoL",
        [("BiH", "biståndshandläggare", TJP)],
        doc=D,
        parent="2",
        label="2.1",
    ),
    rec(
        "2.3",
        "Beslut om hemtjänst över 60 timmar per månad EC 4 kap. 1 § SoL",
        [("EC", "enhetschef", TJP)],
        doc=D,
        parent="2",
        label="2.2",
    ),
    rec(
        "2.4",
        ROW_23,
        [("Individutskottet", "individutskott", POL)],
        [SKA, inf("föregås", "föregå", "pass")],
        doc=D,
        parent="2",
        label="2.3",
    ),
    rec(
        "2.5",
        DEL_LINES[-4],
        [("Delegaten", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [FAR, inf("hänskjuta", "hänskjuta"), AR],
        [
            st(
                "delegat",
                "Delegaten",
                "permission",
                "får",
                "hänskjuta",
                "hänskjuta",
                "ett ärende till nämnden",
                condition="om ärendet är av principiell betydelse",
            )
        ],
        doc=D,
        parent="2",
    ),
]
check_in_document(DEL_TEXT, DEL)

# --- (c) reglemente as an office-suite PDF's text layer ------------------------------------

D = "w45-y-reglemente"
NB = "\u00a0"
BULLET = "\uf0b7"
REG_TEXT = "\n".join(
    [
        "Reglemente för samhällsbyggnadsnämnden",
        f"Antaget av kommunfullmäktige 2024-11-25, §{NB}143. Gäller från 2025-01-01.",
        "1 ALLMÄNT",
        "För samhällsbyggnadsnämnden i Sörmarks kommun gäller, utöver vad kommunallagen1 och annan",
        "lag föreskriver, de bestämmelser som följer av detta reglemente.",
        "2 NÄMNDENS UPPGIFTER",
        "Nämnden har ansvar för de kommunala uppgifterna inom plan- och byggområdet, miljö- och",
        "hälsoskyddsområdet samt gator och traﬁk. Nämnden ska särskilt:",
        f"{BULLET} bevaka att kommunens planberedskap är god,",
        f"{BULLET} upprätta förslag till detaljplaner och områdesbestämmelser,",
        f"{BULLET} fullgöra kommunens uppgifter som traﬁkmyndighet, samt",
        f"{BULLET} handlägga ärenden enligt",
        "o plan- och bygglagen,",
        "o miljöbalken.",
        "Nämnden får inte besluta i ärenden som enligt lag eller detta reglemente ska",
        "avgöras av kommunfullmäktige.",
        "1 Kommunallagen (2017:725).",
        "1",
        "\f3 ORGANISATION OCH ARBETSFORMER",
        "Nämnden har sju ledamöter. Antalet ersättare är fem.",
        "Ordföranden leder nämndens arbete och ska se till att ärendena bereds på ett",
        "ändamålsenligt sätt. Vid ordförandens förfall fullgör vice ordföranden dennes",
        "uppgifter.",
        "Inom nämnden ﬁnns ett arbetsutskott med tre ledamöter. Arbetsutskottet bereder de",
        "ärenden som ska behandlas av nämnden och får besluta i ärenden som nämnden har",
        "delegerat2. Nämnden ska i frågor om den",
        "2 Se även nämndens delegationsordning.",
        "2",
        "\ffysiska planeringen samråda med kommunstyrelsen.",
        "4 DELEGATION OCH ANMÄLAN",
        f"Nämnden får delegera beslutanderätt enligt 7{NB}kap.{NB}5{NB}§ kommunallagen. "
        "Delegationsbesluten",
        "ska redovisas för nämnden i den ordning som nämnden själv bestämmer. Nämnden bör ﬂera",
        "gånger per år följa upp hur delegationen används.",
        "3",
        "",
    ]
)
SBN = "samhällsbyggnadsnämnd"
SK = "sörmarks kommun"
ORF = "samhällsbyggnadsnämndens ordförande"
VORF = "samhällsbyggnadsnämndens vice ordförande"
REG_21 = (
    "Nämnden har ansvar för de kommunala uppgifterna inom plan- och byggområdet, miljö- och "
    "hälsoskyddsområdet samt gator och traﬁk. Nämnden ska särskilt:"
)
REG_33 = (
    "Inom nämnden ﬁnns ett arbetsutskott med tre ledamöter. Arbetsutskottet bereder de "
    "ärenden som ska behandlas av nämnden och får besluta i ärenden som nämnden har "
    "delegerat2. Nämnden ska i frågor om den fysiska planeringen samråda med "
    "kommunstyrelsen."
)
REG_41 = (
    "Nämnden får delegera beslutanderätt enligt 7 kap. 5 § kommunallagen. "
    "Delegationsbesluten ska redovisas för nämnden i den ordning som nämnden själv "
    "bestämmer. Nämnden bör ﬂera gånger per år följa upp hur delegationen används."
)


def reg_item(cid, text, aim, obj, actors=(), verbs=(), condition=None):
    return rec(
        cid,
        text,
        actors,
        [inf(aim, aim), *verbs],
        [st("nämnd", "Nämnden", "obligation", "ska", aim, aim, obj, condition=condition)],
        doc=D,
        kind="list_item",
        parent="2.1",
        label=BULLET,
    )


REG_33_REC = rec(
    "3.3",
    REG_33,
    [
        ("nämnden", "nämnd", POL),
        ("arbetsutskott", "arbetsutskott", POL),
        ("ledamöter", "ledamot", FTV),
        ("Arbetsutskottet", "arbetsutskott", POL),
        ("nämnden", "nämnd", POL, 1),
        ("nämnden", "nämnd", POL, 2),
        ("Nämnden", "nämnd", POL),
        ("kommunstyrelsen", "kommunstyrelse", POL),
    ],
    [
        pres("ﬁnns", "finnas"),
        pres("bereder", "bereda"),
        SKA,
        inf("behandlas", "behandla", "pass"),
        FAR,
        inf("besluta", "besluta"),
        HAR,
        ska(1),
        inf("samråda", "samråda"),
    ],
    [
        st("arbetsutskott", "arbetsutskott", "none", None, "finnas", "ﬁnns", None),
        st(
            "arbetsutskott",
            "Arbetsutskottet",
            "none",
            None,
            "bereda",
            "bereder",
            "de ärenden som ska behandlas av nämnden",
        ),
        st(
            "arbetsutskott",
            "Arbetsutskottet",
            "permission",
            "får",
            "besluta",
            "besluta",
            "i ärenden som nämnden har delegerat2",
        ),
        st("nämnd", "Nämnden", "obligation", "ska", "samråda", "samråda", "med kommunstyrelsen"),
    ],
    doc=D,
    parent="3",
)
glued_span(REG_33_REC, "delegerat", "VERB", lemma="delegera", tense="sup", voice="act")
REG = [
    rec(
        "title",
        "Reglemente för samhällsbyggnadsnämnden",
        [("samhällsbyggnadsnämnden", SBN, POL)],
        doc=D,
        kind="heading",
    ),
    rec(
        "m1",
        "Antaget av kommunfullmäktige 2024-11-25, § 143. Gäller från 2025-01-01.",
        [("kommunfullmäktige", "kommunfullmäktige", POL)],
        doc=D,
    ),
    rec("1", "ALLMÄNT", doc=D, kind="heading", label="1"),
    rec(
        "1.1",
        "För samhällsbyggnadsnämnden i Sörmarks kommun gäller, utöver vad "
        "kommunallagen1 och annan lag föreskriver, de bestämmelser som följer av detta "
        "reglemente.",
        [("samhällsbyggnadsnämnden", SBN, POL), ("Sörmarks kommun", SK, ORG)],
        [pres("gäller", "gälla"), pres("föreskriver", "föreskriva"), pres("följer", "följa")],
        doc=D,
        parent="1",
    ),
    rec("2", "NÄMNDENS UPPGIFTER", [("NÄMNDENS", "nämnd", POL)], doc=D, kind="heading", label="2"),
    rec(
        "2.1",
        REG_21,
        [("Nämnden", "nämnd", POL), ("Nämnden", "nämnd", POL, 1)],
        [HAR, SKA],
        [
            st(
                "nämnd",
                "Nämnden",
                "responsibility",
                "har ansvar för",
                "ansvara",
                "har",
                "för de kommunala uppgifterna inom plan- och byggområdet, miljö- och "
                "hälsoskyddsområdet samt gator och traﬁk",
            )
        ],
        doc=D,
        parent="2",
    ),
    reg_item(
        "2.1.a",
        "bevaka att kommunens planberedskap är god,",
        "bevaka",
        "att kommunens planberedskap är god",
        [("kommunens", SK, ORG)],
        [AR],
    ),
    reg_item(
        "2.1.b",
        "upprätta förslag till detaljplaner och områdesbestämmelser,",
        "upprätta",
        "förslag till detaljplaner och områdesbestämmelser",
    ),
    reg_item(
        "2.1.c",
        "fullgöra kommunens uppgifter som traﬁkmyndighet, samt",
        "fullgöra",
        "kommunens uppgifter som traﬁkmyndighet",
        [("kommunens", SK, ORG)],
    ),
    reg_item("2.1.d", "handlägga ärenden enligt", "handlägga", "ärenden", condition="enligt"),
    rec("2.1.d.a", "plan- och bygglagen,", doc=D, kind="list_item", parent="2.1.d", label="o"),
    rec("2.1.d.b", "miljöbalken.", doc=D, kind="list_item", parent="2.1.d", label="o"),
    rec(
        "2.2",
        "Nämnden får inte besluta i ärenden som enligt lag eller detta reglemente ska "
        "avgöras av kommunfullmäktige.",
        [("Nämnden", "nämnd", POL), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [FAR, inf("besluta", "besluta"), SKA, inf("avgöras", "avgöra", "pass")],
        [
            st(
                "nämnd",
                "Nämnden",
                "prohibition",
                "får inte",
                "besluta",
                "besluta",
                "i ärenden som enligt lag eller detta reglemente ska avgöras av kommunfullmäktige",
                negated=True,
            )
        ],
        conditions=["enligt lag eller detta reglemente"],
        doc=D,
        parent="2",
    ),
    rec("fn1", "Kommunallagen (2017:725).", doc=D, label="1"),
    rec("3", "ORGANISATION OCH ARBETSFORMER", doc=D, kind="heading", label="3"),
    rec(
        "3.1",
        "Nämnden har sju ledamöter. Antalet ersättare är fem.",
        [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
        [HAR, AR],
        [st("nämnd", "Nämnden", "none", None, "ha", "har", "sju ledamöter")],
        doc=D,
        parent="3",
    ),
    rec(
        "3.2",
        "Ordföranden leder nämndens arbete och ska se till att ärendena bereds på ett "
        "ändamålsenligt sätt. Vid ordförandens förfall fullgör vice ordföranden dennes "
        "uppgifter.",
        [
            ("Ordföranden", ORF, FTV),
            ("nämndens", "nämnd", POL),
            ("ordförandens", ORF, FTV),
            ("vice ordföranden", VORF, FTV),
        ],
        [
            pres("leder", "leda"),
            SKA,
            inf("se", "se"),
            pres("bereds", "bereda", "pass"),
            pres("fullgör", "fullgöra"),
        ],
        [
            st(ORF, "Ordföranden", "none", None, "leda", "leder", "nämndens arbete"),
            st(
                ORF,
                "Ordföranden",
                "obligation",
                "ska se till att",
                "se",
                "se",
                "att ärendena bereds på ett ändamålsenligt sätt",
            ),
            st(
                VORF,
                "vice ordföranden",
                "none",
                None,
                "fullgöra",
                "fullgör",
                "dennes uppgifter",
                condition="Vid ordförandens förfall",
            ),
        ],
        doc=D,
        parent="3",
    ),
    REG_33_REC,
    rec(
        "fn2",
        "Se även nämndens delegationsordning.",
        [("nämndens", "nämnd", POL)],
        [("Se", "se", "imp", "act")],
        doc=D,
        label="2",
    ),
    rec("4", "DELEGATION OCH ANMÄLAN", doc=D, kind="heading", label="4"),
    rec(
        "4.1",
        REG_41,
        [
            ("Nämnden", "nämnd", POL),
            ("nämnden", "nämnd", POL),
            ("nämnden", "nämnd", POL, 1),
            ("Nämnden", "nämnd", POL, 1),
        ],
        [
            FAR,
            inf("delegera", "delegera"),
            SKA,
            inf("redovisas", "redovisa", "pass"),
            pres("bestämmer", "bestämma"),
            pres("bör", "böra"),
            inf("följa", "följa"),
            pres("används", "använda", "pass"),
        ],
        [
            st(
                "nämnd",
                "Nämnden",
                "permission",
                "får",
                "delegera",
                "delegera",
                "beslutanderätt",
                condition="enligt 7 kap. 5 § kommunallagen",
            ),
            st(
                None,
                None,
                "obligation",
                "ska",
                "redovisa",
                "redovisas",
                "Delegationsbesluten",
                passive=True,
                condition="i den ordning som nämnden själv bestämmer",
            ),
            st(
                "nämnd",
                "Nämnden",
                "recommendation",
                "bör",
                "följa",
                "följa",
                "hur delegationen används",
            ),
        ],
        doc=D,
        parent="4",
    ),
]
check_in_document(REG_TEXT, REG, skip={"3.3"})
assert flat(REG_TEXT).count(REG_33[:150]) == 1

# --- (d) arbetsordning exported from a wiki as Markdown ------------------------------------

D = "w45-y-arbetsordning"
AO_TEXT = """# Arbetsordning för direktionen i Skärlandets räddningsförbund

*Fastställd av direktionen 2025-03-20, § 14. Senast ändrad 2025-09-04.*

## 1 § Sammanträden

Direktionen sammanträder enligt en plan som direktionen fastställer för varje kalenderår. \
Extra sammanträde hålls om minst tre ledamöter begär det.

## 2 § Kallelse

**Ordföranden** ska se till att kallelse utfärdas. Kallelsen ska innehålla:

- tid och plats för sammanträdet,
- de ärenden som ska behandlas,
- förslag till beslut.

> **Obs:** Kallelsen skickas digitalt via förbundets ärendesystem senast sju dagar före \
sammanträdet.

## 3 § Ersättare

Ersättare har rätt att närvara vid sammanträdena men får inte delta i besluten. Om en \
ledamot är förhindrad ska han eller hon själv kalla in en ersättare.

## 4 § Förbundsdirektören

Förbundsdirektören är direktionens föredragande och har till uppgift att

1. bereda direktionens ärenden,
2. verkställa direktionens beslut,
3. rapportera om ekonomin till direktionen varje kvartal.

Förbundsdirektören bör närvara vid direktionens sammanträden.

## 5 § Protokoll

Protokollet förs av förbundets sekreterare och justeras av ordföranden och en utsedd ledamot. \
Justerat protokoll ska publiceras på förbundets webbplats, se \
[bilaga 2](https://wiki.skarlandet.se/direktion/bilaga-2).
"""
SRF = "skärlandets räddningsförbund"
DORF = "direktionens ordförande"
FD = "förbundsdirektör"
AO_BLOCKS = [block for block in AO_TEXT.split("\n\n")]
AO_11 = AO_BLOCKS[3]
AO_21 = AO_BLOCKS[5]
AO_22 = AO_BLOCKS[7][2:]
AO_31 = AO_BLOCKS[9]
AO_51 = AO_BLOCKS[15].strip()


def ao_item(cid, text, aim, obj, actors=()):
    return rec(
        cid,
        text,
        actors,
        [inf(aim, aim)],
        [st(FD, "Förbundsdirektören", "obligation", "har till uppgift att", aim, aim, obj)],
        doc=D,
        kind="list_item",
        parent="§4.1",
        label=f"{'abc'.index(cid[-1]) + 1}.",
    )


def kallelse_item(cid, text, verbs=()):
    return rec(cid, text, verbs=verbs, doc=D, kind="list_item", parent="§2.1", label="-")


AO = [
    rec(
        "title",
        "Arbetsordning för direktionen i Skärlandets räddningsförbund",
        [("direktionen", "direktion", POL), ("Skärlandets räddningsförbund", SRF, ORG)],
        doc=D,
        kind="heading",
    ),
    rec("m1", AO_BLOCKS[1], [("direktionen", "direktion", POL)], doc=D),
    rec("§1", "Sammanträden", doc=D, kind="heading", label="1 §"),
    rec(
        "§1.1",
        AO_11,
        [
            ("Direktionen", "direktion", POL),
            ("direktionen", "direktion", POL),
            ("ledamöter", "ledamot", FTV),
        ],
        [
            pres("sammanträder", "sammanträda"),
            pres("fastställer", "fastställa"),
            pres("hålls", "hålla", "pass"),
            pres("begär", "begära"),
        ],
        [
            st(
                "direktion",
                "Direktionen",
                "none",
                None,
                "sammanträda",
                "sammanträder",
                None,
                condition="enligt en plan som direktionen fastställer för varje kalenderår",
            )
        ],
        conditions=["om minst tre ledamöter begär det"],
        doc=D,
        parent="§1",
    ),
    rec("§2", "Kallelse", doc=D, kind="heading", label="2 §"),
    rec(
        "§2.1",
        AO_21,
        [("Ordföranden", DORF, FTV)],
        [
            SKA,
            inf("se", "se"),
            pres("utfärdas", "utfärda", "pass"),
            ska(1),
            inf("innehålla", "innehålla"),
        ],
        [
            st(
                DORF,
                "Ordföranden",
                "obligation",
                "ska se till att",
                "se",
                "se",
                "att kallelse utfärdas",
            )
        ],
        doc=D,
        parent="§2",
    ),
    kallelse_item("§2.1.a", "tid och plats för sammanträdet,"),
    kallelse_item(
        "§2.1.b", "de ärenden som ska behandlas,", [SKA, inf("behandlas", "behandla", "pass")]
    ),
    kallelse_item("§2.1.c", "förslag till beslut."),
    rec(
        "§2.2",
        AO_22,
        [("förbundets", SRF, ORG)],
        [pres("skickas", "skicka", "pass")],
        doc=D,
        parent="§2",
        label=">",
    ),
    rec("§3", "Ersättare", [("Ersättare", "ersättare", FTV)], doc=D, kind="heading", label="3 §"),
    rec(
        "§3.1",
        AO_31,
        [
            ("Ersättare", "ersättare", FTV),
            ("ledamot", "ledamot", FTV),
            ("ersättare", "ersättare", FTV),
        ],
        [
            HAR,
            inf("närvara", "närvara"),
            FAR,
            inf("delta", "delta"),
            AR,
            SKA,
            inf("kalla", "kalla"),
        ],
        [
            st(
                "ersättare",
                "Ersättare",
                "permission",
                "har rätt att",
                "närvara",
                "närvara",
                "vid sammanträdena",
            ),
            st(
                "ersättare",
                "Ersättare",
                "prohibition",
                "får inte",
                "delta",
                "delta",
                "i besluten",
                negated=True,
            ),
        ],
        conditions=["Om en ledamot är förhindrad"],
        doc=D,
        parent="§3",
    ),
    rec(
        "§4",
        "Förbundsdirektören",
        [("Förbundsdirektören", FD, TJP)],
        doc=D,
        kind="heading",
        label="4 §",
    ),
    rec(
        "§4.1",
        "Förbundsdirektören är direktionens föredragande och har till uppgift att",
        [("Förbundsdirektören", FD, TJP), ("direktionens", "direktion", POL)],
        [AR, HAR],
        [st(FD, "Förbundsdirektören", "none", None, "vara", "är", "direktionens föredragande")],
        doc=D,
        parent="§4",
    ),
    ao_item(
        "§4.1.a",
        "bereda direktionens ärenden,",
        "bereda",
        "direktionens ärenden",
        [("direktionens", "direktion", POL)],
    ),
    ao_item(
        "§4.1.b",
        "verkställa direktionens beslut,",
        "verkställa",
        "direktionens beslut",
        [("direktionens", "direktion", POL)],
    ),
    ao_item(
        "§4.1.c",
        "rapportera om ekonomin till direktionen varje kvartal.",
        "rapportera",
        "om ekonomin till direktionen varje kvartal",
        [("direktionen", "direktion", POL)],
    ),
    rec(
        "§4.2",
        "Förbundsdirektören bör närvara vid direktionens sammanträden.",
        [("Förbundsdirektören", FD, TJP), ("direktionens", "direktion", POL)],
        [pres("bör", "böra"), inf("närvara", "närvara")],
        [
            st(
                FD,
                "Förbundsdirektören",
                "recommendation",
                "bör",
                "närvara",
                "närvara",
                "vid direktionens sammanträden",
            )
        ],
        doc=D,
        parent="§4",
    ),
    rec("§5", "Protokoll", doc=D, kind="heading", label="5 §"),
    rec(
        "§5.1",
        flat(AO_51),
        [
            ("förbundets", SRF, ORG),
            ("sekreterare", "sekreterare", TJP),
            ("ordföranden", DORF, FTV),
            ("ledamot", "ledamot", FTV),
            ("förbundets", SRF, ORG, 1),
        ],
        [
            pres("förs", "föra", "pass"),
            pres("justeras", "justera", "pass"),
            SKA,
            inf("publiceras", "publicera", "pass"),
            ("se", "se", "imp", "act"),
        ],
        [
            st(
                "sekreterare",
                "sekreterare",
                "none",
                None,
                "föra",
                "förs",
                "Protokollet",
                passive=True,
            ),
            st(
                DORF,
                "ordföranden",
                "none",
                None,
                "justera",
                "justeras",
                "Protokollet",
                passive=True,
            ),
            st(
                "ledamot",
                "ledamot",
                "none",
                None,
                "justera",
                "justeras",
                "Protokollet",
                passive=True,
            ),
            st(
                None,
                None,
                "obligation",
                "ska",
                "publicera",
                "publiceras",
                "Justerat protokoll",
                passive=True,
            ),
        ],
        doc=D,
        parent="§5",
    ),
]
check_in_document(AO_TEXT, AO)

DOCUMENTS = {
    "w45-y-vd": (VD_TEXT, VD),
    "w45-y-delegation": (DEL_TEXT, DEL),
    "w45-y-reglemente": (REG_TEXT, REG),
    "w45-y-arbetsordning": (AO_TEXT, AO),
}


if __name__ == "__main__":
    write_part(sys.argv[1], "w45-y", DOCUMENTS)
