"""Builds corpus/dev/w46-y.jsonl and the documents corpus/dev/w46-y-*.txt with their gold:
the blind probe of round 46 (probe48, end-of-round transfer). Four invented documents in
damaged layouts real documents arrive in, written and annotated by hand from docs/annotation.md
§1, §2 and §5 before any run (the writer never ran the extractor on them):
(a) `w46-y-reglemente`, a kommunstyrelse's reglemente as the OCR text of a scanned print
(`§` read as `S`/`$`, `l`/`1` in two labels, line-end hyphens, a running header and
`Sida N av M` lines, a stray `|` and `.` from a stamp); (b) `w46-y-delegation`, a nämnd's
delegationsordning as `pdftotext -layout` text (a table whose columns are runs of spaces, cells
wrapping inside their column, the header row repeated on page 2, chapter rows spanning the
table, page numbers and form feeds); (c) `w46-y-instruktion`, an instruction for a
kommunalförbund's director copied from a web page that lost every list marker (bare lead-in
and item lines, items ending in `,`, `;`, `, och` or `.`, some capitalised, single newlines);
(d) `w46-y-arbetsordning`, a regionfullmäktige's arbetsordning forwarded in an e-mail (a
greeting, the forwarder's signature, the mail header fields, the document quoted with `> `,
lines wrapped at 72 characters inside the quoting, the sender's signature quoted too).
Points the guideline leaves open, decided by the writer: (1) an OCR'd `§` read as `S`/`$` and
`l`/`1` confusions in a label: the label as printed (`S 1`, `$ 3`, `§ l0`, `S 1l`), the clause
id the intended number (`§1`, `§10`, `§11`); (2) page 1's copy of the running header (the
words repeated at every page break) is furniture like its repeats, the title the line after
it; (3) a stamp's lone `|` or `.` line is furniture like a dash rule; (4) a `pdftotext -layout`
table row is one clause, its cells joined in column order with a cell wrapped inside its
column joined first (as round 45's one-cell-a-line rows), the row number its label, a chapter
row a numbered heading; the column-header row a heading clause where it first stands and
furniture where it repeats after a page break (round 44's recurring header); (5) items without
markers after a colon lead-in are list items, label "", one a line whatever their ending
(`,`, `;`, `, och`, `.`) or capital, up to a heading line or a line with a subject of its own
(the `, och` item is not joined to the next line: round 45's open line ends exclude a word
after a comma); (6) in the e-mail the greeting and the forwarder's note are paragraphs, the
two signatures metadata clauses (round 30), the header fields one metadata clause (round 44's
field run), the client's `-----Ursprungligt meddelande-----` line and the `> ` marks furniture
(round 45's Markdown quote sign), the quoted title a heading `h1` (not the first line).
Offsets computed. Run: python corpus/make_w46_y.py corpus/dev"""

import sys

from records import (
    AR,
    BOR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w46-y", conditions_from_statements=True)

# (a) OCR of a scanned print ---------------------------------------------------------------
D = "w46-y-reglemente"
REG_TEXT = """TORNVIKS KOMMUN                                     FÖRFATTNINGSSAMLING 3.1
Reglemente för kommunstyrelsen i Tornviks kommun
Antaget av kommunfullmäktige den 4 april 2024, § 27.

Kommunstyrelsens roll

S 1  Kommunstyrelsen är kommunens främsta verkställande organ och har an-
svaret för att kommunens samlade ekonomi utvecklas hållbart.

§ 2  Styrelsen ska leda och samordna kommunens budgetarbete samt ha upp-
sikt över hur övriga nämnder sköter sina uppdrag.
|
$ 3  Finner styrelsen att en nämnd inte fullgör sina uppgifter får sty-
relsen göra framställning hos fullmäktige.

                                                              Sida 1 av 3
TORNVIKS KOMMUN                                     FÖRFATTNINGSSAMLING 3.1

Särskilda uppgifter

§ 4  Kommunstyrelsen ansvarar för
- den kommunala räddningstjänsten,
- kommunens arkiv,
- upphandling av ramavtal för samtliga nämnder.

§ 5  Styrelsen är kommunens anställningsmyndighet. Styrelsen får inte
delegera beslut om stridsåtgärder till en tjänsteman.

Arbetsformer

§ 6  Styrelsen sammanträder på dag och tid som styrelsen bestämmer.
Extra sammanträde ska också hållas när minst fyra av ledamöterna skrift-
ligen kräver det.
.
§ 7  Kallelse utfärdas av ordföranden och ska tillställas varje leda-
                                                              Sida 2 av 3
TORNVIKS KOMMUN                                     FÖRFATTNINGSSAMLING 3.1

mot senast fem dagar före sammanträdet.
§ 8  Varje protokoll justeras av ordföranden och av en ledamot som sty-
relsen utser.
§ 9  Kommundirektören bör delta i styrelsens möten och har rätt att
yttra sig i alla ärenden.

§ l0 Utskott
Inom styrelsen ska finnas ett arbetsutskott. Arbetsutskottet bereder
ärenden som ska behandlas av styrelsen.

S 1l Vid förfall för ordföranden fullgörs ordförandens uppgifter av
vice ordföranden.
                                                              Sida 3 av 3
"""
KS = "kommunstyrelse"
TK = "tornviks kommun"
KSO = "kommunstyrelsens ordförande"
STY = ("Styrelsen", KS, POL)
KOMMUNENS = ("kommunens", TK, ORG)
REG = [
    rec("title", "Reglemente för kommunstyrelsen i Tornviks kommun",
        [("kommunstyrelsen", KS, POL), ("Tornviks kommun", TK, ORG)], doc=D, kind="heading"),
    rec("m1", "Antaget av kommunfullmäktige den 4 april 2024, § 27.",
        [("kommunfullmäktige", "kommunfullmäktige", POL)], doc=D),
    rec("h1", "Kommunstyrelsens roll", [("Kommunstyrelsens", KS, POL)], doc=D, kind="heading"),
    rec("§1", "Kommunstyrelsen är kommunens främsta verkställande organ och har ansvaret för att "
        "kommunens samlade ekonomi utvecklas hållbart.",
        [("Kommunstyrelsen", KS, POL), KOMMUNENS, ("kommunens", TK, ORG, 1)],
        [AR, HAR, pres("utvecklas", "utveckla", "pass")],
        [st(KS, "Kommunstyrelsen", "none", None, "vara", "är",
            "kommunens främsta verkställande organ"),
         st(KS, "Kommunstyrelsen", "responsibility", "har ansvaret för", "ansvara", "har",
            "att kommunens samlade ekonomi utvecklas hållbart")], doc=D, label="S 1"),
    rec("§2", "Styrelsen ska leda och samordna kommunens budgetarbete samt ha uppsikt över hur "
        "övriga nämnder sköter sina uppdrag.",
        [STY, KOMMUNENS, ("nämnder", "nämnd", POL)],
        [SKA, inf("leda"), inf("samordna"), inf("ha"), pres("sköter", "sköta")],
        [st(KS, "Styrelsen", "obligation", "ska", "leda", "leda", "kommunens budgetarbete"),
         st(KS, "Styrelsen", "obligation", "ska", "samordna", "samordna",
            "kommunens budgetarbete"),
         st(KS, "Styrelsen", "obligation", "ska", "ha", "ha",
            "uppsikt över hur övriga nämnder sköter sina uppdrag")], doc=D, label="§ 2"),
    rec("§3", "Finner styrelsen att en nämnd inte fullgör sina uppgifter får styrelsen göra "
        "framställning hos fullmäktige.",
        [("styrelsen", KS, POL), ("nämnd", "nämnd", POL), ("styrelsen", KS, POL, 1),
         ("fullmäktige", "kommunfullmäktige", POL)],
        [pres("Finner", "finna"), pres("fullgör", "fullgöra"), FAR, inf("göra")],
        [st(KS, "styrelsen", "permission", "får", "göra", "göra",
            "framställning hos fullmäktige",
            condition="Finner styrelsen att en nämnd inte fullgör sina uppgifter")],
        doc=D, label="$ 3"),
    rec("h2", "Särskilda uppgifter", doc=D, kind="heading"),
    rec("§4", "Kommunstyrelsen ansvarar för", [("Kommunstyrelsen", KS, POL)],
        [pres("ansvarar", "ansvara")], doc=D, label="§ 4"),
    rec("§4.a", "den kommunala räddningstjänsten,", [], [],
        [st(KS, "Kommunstyrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "den kommunala räddningstjänsten")], doc=D, kind="list_item", parent="§4",
        label="-"),
    rec("§4.b", "kommunens arkiv,", [KOMMUNENS], [],
        [st(KS, "Kommunstyrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "kommunens arkiv")], doc=D, kind="list_item", parent="§4", label="-"),
    rec("§4.c", "upphandling av ramavtal för samtliga nämnder.", [("nämnder", "nämnd", POL)], [],
        [st(KS, "Kommunstyrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "upphandling av ramavtal för samtliga nämnder")], doc=D, kind="list_item",
        parent="§4", label="-"),
    rec("§5", "Styrelsen är kommunens anställningsmyndighet. Styrelsen får inte delegera beslut "
        "om stridsåtgärder till en tjänsteman.",
        [STY, KOMMUNENS, ("Styrelsen", KS, POL, 1), ("tjänsteman", "tjänsteman", TJP)],
        [AR, FAR, inf("delegera")],
        [st(KS, "Styrelsen", "none", None, "vara", "är", "kommunens anställningsmyndighet"),
         st(KS, "Styrelsen", "prohibition", "får inte", "delegera", "delegera",
            "beslut om stridsåtgärder till en tjänsteman", negated=True)], doc=D, label="§ 5"),
    rec("h3", "Arbetsformer", doc=D, kind="heading"),
    rec("§6", "Styrelsen sammanträder på dag och tid som styrelsen bestämmer. Extra sammanträde "
        "ska också hållas när minst fyra av ledamöterna skriftligen kräver det.",
        [STY, ("styrelsen", KS, POL), ("ledamöterna", "ledamot", FTV)],
        [pres("sammanträder", "sammanträda"), pres("bestämmer", "bestämma"), SKA,
         inf("hållas", "hålla", "pass"), pres("kräver", "kräva")],
        [st(KS, "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "på dag och tid som styrelsen bestämmer"),
         st(None, None, "obligation", "ska", "hålla", "hållas", "Extra sammanträde",
            passive=True,
            condition="när minst fyra av ledamöterna skriftligen kräver det")], doc=D,
        label="§ 6"),
    rec("§7", "Kallelse utfärdas av ordföranden och ska tillställas varje ledamot senast fem "
        "dagar före sammanträdet.",
        [("ordföranden", KSO, FTV), ("ledamot", "ledamot", FTV)],
        [pres("utfärdas", "utfärda", "pass"), SKA, inf("tillställas", "tillställa", "pass")],
        [st(KSO, "ordföranden", "none", None, "utfärda", "utfärdas", "Kallelse", passive=True),
         st(None, None, "obligation", "ska", "tillställa", "tillställas", "Kallelse",
            passive=True)], doc=D, label="§ 7"),
    rec("§8", "Varje protokoll justeras av ordföranden och av en ledamot som styrelsen utser.",
        [("ordföranden", KSO, FTV), ("ledamot", "ledamot", FTV), ("styrelsen", KS, POL)],
        [pres("justeras", "justera", "pass"), pres("utser", "utse")],
        [st(KSO, "ordföranden", "none", None, "justera", "justeras", "Varje protokoll",
            passive=True),
         st("ledamot", "ledamot", "none", None, "justera", "justeras", "Varje protokoll",
            passive=True)], doc=D, label="§ 8"),
    rec("§9", "Kommundirektören bör delta i styrelsens möten och har rätt att yttra sig i alla "
        "ärenden.",
        [("Kommundirektören", "kommundirektör", TJP), ("styrelsens", KS, POL)],
        [BOR, inf("delta"), HAR, inf("yttra")],
        [st("kommundirektör", "Kommundirektören", "recommendation", "bör", "delta", "delta",
            "i styrelsens möten"),
         st("kommundirektör", "Kommundirektören", "permission", "har rätt att", "yttra",
            "yttra", "i alla ärenden")], doc=D, label="§ 9"),
    rec("§10", "Utskott", [("Utskott", "utskott", POL)], doc=D, kind="heading", label="§ l0"),
    rec("§10.1", "Inom styrelsen ska finnas ett arbetsutskott. Arbetsutskottet bereder ärenden "
        "som ska behandlas av styrelsen.",
        [("styrelsen", KS, POL), ("arbetsutskott", "arbetsutskott", POL),
         ("Arbetsutskottet", "arbetsutskott", POL), ("styrelsen", KS, POL, 1)],
        [SKA, inf("finnas"), pres("bereder", "bereda"), ("ska", "skola", "pres", "act", 1),
         inf("behandlas", "behandla", "pass")],
        [st("arbetsutskott", "arbetsutskott", "obligation", "ska", "finnas", "finnas"),
         st("arbetsutskott", "Arbetsutskottet", "none", None, "bereda", "bereder",
            "ärenden som ska behandlas av styrelsen")], doc=D, parent="§10"),
    rec("§11", "Vid förfall för ordföranden fullgörs ordförandens uppgifter av vice ordföranden.",
        [("ordföranden", KSO, FTV), ("ordförandens", KSO, FTV),
         ("vice ordföranden", "kommunstyrelsens vice ordförande", FTV)],
        [pres("fullgörs", "fullgöra", "pass")],
        [st("kommunstyrelsens vice ordförande", "vice ordföranden", "none", None, "fullgöra",
            "fullgörs", "ordförandens uppgifter", passive=True,
            condition="Vid förfall för ordföranden")], doc=D, label="S 1l"),
]

# (b) pdftotext -layout -----------------------------------------------------------------------
D = "w46-y-delegation"
DEL_TEXT = """          Delegationsordning för samhällsbyggnadsnämnden i Hökviks kommun

Beslutad av samhällsbyggnadsnämnden 2025-02-12, § 14

Allmänna bestämmelser

Nämnden får i vissa ärendegrupper låta utskottet eller en tjänsteman avgöra
ärendet i nämndens ställe. Delegaternas beslut ska redovisas för nämnden en
gång i månaden.

Förkortningar: FC = förvaltningschef, BI = byggnadsinspektör, MI = miljöinspektör

Nr     Ärende                               Delegat       Lagrum             Anmärkning

       1 Bygglov

1.1    Beslut om bygglov för                BI            9 kap. 30 § PBL
       enbostadshus
1.2    Avslag på ansökan om bygglov         Nämnden       9 kap. 30 § PBL    Ärendet ska
                                                                             beredas av FC
1.3    Beslut om startbesked                BI            10 kap. 23 § PBL

                                           1
\fNr     Ärende                               Delegat       Lagrum             Anmärkning

       2 Miljöbalken

2.1    Föreläggande och förbud i            MI            26 kap. 9 § MB
       enskilda ärenden
2.2    Beslut om avgift enligt taxa         MI            27 kap. 1 § MB
2.3    Yttrande till länsstyrelsen          FC                               Ordföranden ska
       i tillståndsärenden                                                   informeras

                                           2
\fBrådskande ärenden

I ärenden som inte tål dröjsmål får ordföranden fatta beslut i nämndens
ställe. Ordföranden ska då underrätta nämnden vid det första sammanträdet
därefter.

                                           3
"""
MB = "samhällsbyggnadsnämnd"
MBO = "samhällsbyggnadsnämndens ordförande"
FC = ("FC", "förvaltningschef", TJP)
BI = ("BI", "byggnadsinspektör", TJP)
MI = ("MI", "miljöinspektör", TJP)
DEL = [
    rec("title", "Delegationsordning för samhällsbyggnadsnämnden i Hökviks kommun",
        [("samhällsbyggnadsnämnden", MB, POL), ("Hökviks kommun", "hökviks kommun", ORG)],
        doc=D, kind="heading"),
    rec("m1", "Beslutad av samhällsbyggnadsnämnden 2025-02-12, § 14",
        [("samhällsbyggnadsnämnden", MB, POL)], doc=D),
    rec("h1", "Allmänna bestämmelser", doc=D, kind="heading"),
    rec("p1", "Nämnden får i vissa ärendegrupper låta utskottet eller en tjänsteman avgöra "
        "ärendet i nämndens ställe. Delegaternas beslut ska redovisas för nämnden en gång i "
        "månaden.",
        [("Nämnden", "nämnd", POL), ("utskottet", "utskott", POL),
         ("tjänsteman", "tjänsteman", TJP), ("nämndens", "nämnd", POL),
         ("Delegaternas", "delegat", TJP), ("nämnden", "nämnd", POL)],
        [FAR, inf("låta"), inf("avgöra"), SKA, inf("redovisas", "redovisa", "pass")],
        [st("nämnd", "Nämnden", "permission", "får", "låta", "låta",
            "utskottet eller en tjänsteman avgöra ärendet i nämndens ställe"),
         st(None, None, "obligation", "ska", "redovisa", "redovisas", "Delegaternas beslut",
            passive=True)], doc=D),
    rec("p2", "Förkortningar: FC = förvaltningschef, BI = byggnadsinspektör, MI = miljöinspektör",
        [FC, ("förvaltningschef", "förvaltningschef", TJP), BI,
         ("byggnadsinspektör", "byggnadsinspektör", TJP), MI,
         ("miljöinspektör", "miljöinspektör", TJP)], doc=D),
    rec("h2", "Nr Ärende Delegat Lagrum Anmärkning", doc=D, kind="heading"),
    rec("1", "Bygglov", doc=D, kind="heading", label="1"),
    rec("1.1", "Beslut om bygglov för enbostadshus BI 9 kap. 30 § PBL", [BI], doc=D,
        parent="1", label="1.1"),
    rec("1.2", "Avslag på ansökan om bygglov Nämnden 9 kap. 30 § PBL Ärendet ska beredas av FC",
        [("Nämnden", "nämnd", POL), FC], [SKA, inf("beredas", "bereda", "pass")],
        [st("förvaltningschef", "FC", "obligation", "ska", "bereda", "beredas", "Ärendet",
            passive=True)], doc=D, parent="1", label="1.2"),
    rec("1.3", "Beslut om startbesked BI 10 kap. 23 § PBL", [BI], doc=D, parent="1",
        label="1.3"),
    rec("2", "Miljöbalken", doc=D, kind="heading", label="2"),
    rec("2.1", "Föreläggande och förbud i enskilda ärenden MI 26 kap. 9 § MB", [MI], doc=D,
        parent="2", label="2.1"),
    rec("2.2", "Beslut om avgift enligt taxa MI 27 kap. 1 § MB", [MI], [], [],
        ["enligt taxa"], doc=D, parent="2", label="2.2"),
    rec("2.3", "Yttrande till länsstyrelsen i tillståndsärenden FC Ordföranden ska informeras",
        [("länsstyrelsen", "länsstyrelse", EXT), FC, ("Ordföranden", MBO, FTV)],
        [SKA, inf("informeras", "informera", "pass")],
        [st(MBO, "Ordföranden", "obligation", "ska", "informera", "informeras",
            passive=True)], doc=D, parent="2", label="2.3"),
    rec("h3", "Brådskande ärenden", doc=D, kind="heading"),
    rec("p3", "I ärenden som inte tål dröjsmål får ordföranden fatta beslut i nämndens ställe. "
        "Ordföranden ska då underrätta nämnden vid det första sammanträdet därefter.",
        [("ordföranden", MBO, FTV), ("nämndens", "nämnd", POL), ("Ordföranden", MBO, FTV),
         ("nämnden", "nämnd", POL)],
        [pres("tål", "tåla"), FAR, inf("fatta"), SKA, inf("underrätta")],
        [st(MBO, "ordföranden", "permission", "får", "fatta", "fatta",
            "beslut i nämndens ställe"),
         st(MBO, "Ordföranden", "obligation", "ska", "underrätta", "underrätta",
            "nämnden vid det första sammanträdet därefter")], doc=D),
]

# (c) a web page that lost its list markers ------------------------------------------------
D = "w46-y-instruktion"
INS_TEXT = """Instruktion för förbundsdirektören
Fastställd av direktionen för Rimbodalens kommunalförbund 2025-04-03
Förbundsdirektören är förbundets ledande tjänsteperson och är direkt underställd direktionen.
Förbundsdirektörens uppdrag
Förbundsdirektören ska:
leda och samordna förbundets förvaltning,
se till att direktionens ärenden är allsidigt utredda innan de avgörs, och
Företräda förbundet i kontakter med medlemskommunerna.
Ekonomi och personal
Förbundsdirektören ansvarar för:
förbundets budgetuppföljning;
att förbundets medelsförvaltning sker enligt direktionens riktlinjer;
Arbetsmiljöfrågor inom förvaltningen.
Förbundsdirektören har till uppgift att:
anställa personal med undantag av avdelningscheferna,
Teckna avtal inom ramen för budgeten.
Förbundsdirektören får inte på egen hand besluta om investeringar som överstiger 500 000 \
kronor.
Ställföreträdare
Vid förbundsdirektörens frånvaro utses en ersättare av direktionens ordförande.
Förbundsdirektören bör varje år lämna en rapport till direktionen om hur instruktionen har \
följts.
"""
FD = "förbundsdirektör"
RK = "rimbodalens kommunalförbund"
FDIR = ("Förbundsdirektören", FD, TJP)
FORBUNDETS = ("förbundets", RK, ORG)
DIR = ("direktionen", "direktion", POL)
ANS = ("ansvara", "ansvarar")
UPPG = "har till uppgift att"
INS = [
    rec("title", "Instruktion för förbundsdirektören", [("förbundsdirektören", FD, TJP)],
        doc=D, kind="heading"),
    rec("m1", "Fastställd av direktionen för Rimbodalens kommunalförbund 2025-04-03",
        [DIR, ("Rimbodalens kommunalförbund", RK, ORG)], doc=D),
    rec("1", "Förbundsdirektören är förbundets ledande tjänsteperson och är direkt underställd "
        "direktionen.",
        [FDIR, FORBUNDETS, DIR], [AR, ("är", "vara", "pres", "act", 1)],
        [st(FD, "Förbundsdirektören", "none", None, "vara", "är",
            "förbundets ledande tjänsteperson"),
         st(FD, "Förbundsdirektören", "none", None, "vara", "är",
            "direkt underställd direktionen")], doc=D),
    rec("h1", "Förbundsdirektörens uppdrag", [("Förbundsdirektörens", FD, TJP)], doc=D,
        kind="heading"),
    rec("2", "Förbundsdirektören ska:", [FDIR], [SKA], doc=D),
    rec("2.a", "leda och samordna förbundets förvaltning,",
        [FORBUNDETS, ("förvaltning", "förvaltning", FORV)], [inf("leda"), inf("samordna")],
        [st(FD, "Förbundsdirektören", "obligation", "ska", "leda", "leda",
            "förbundets förvaltning"),
         st(FD, "Förbundsdirektören", "obligation", "ska", "samordna", "samordna",
            "förbundets förvaltning")], doc=D, kind="list_item", parent="2"),
    rec("2.b", "se till att direktionens ärenden är allsidigt utredda innan de avgörs, och",
        [("direktionens", "direktion", POL)], [inf("se"), AR, pres("avgörs", "avgöra", "pass")],
        [st(FD, "Förbundsdirektören", "obligation", "ska se till att", "se", "se",
            "att direktionens ärenden är allsidigt utredda innan de avgörs")],
        doc=D, kind="list_item", parent="2"),
    rec("2.c", "Företräda förbundet i kontakter med medlemskommunerna.",
        [("förbundet", RK, ORG), ("medlemskommunerna", "medlemskommun", ORG)],
        [inf("Företräda", "företräda")],
        [st(FD, "Förbundsdirektören", "obligation", "ska", "företräda", "Företräda",
            "förbundet i kontakter med medlemskommunerna")], doc=D, kind="list_item",
        parent="2"),
    rec("h2", "Ekonomi och personal", doc=D, kind="heading"),
    rec("3", "Förbundsdirektören ansvarar för:", [FDIR], [pres("ansvarar", "ansvara")], doc=D),
    rec("3.a", "förbundets budgetuppföljning;", [FORBUNDETS], [],
        [st(FD, "Förbundsdirektören", "responsibility", "ansvarar för", *ANS,
            "förbundets budgetuppföljning")], doc=D, kind="list_item", parent="3"),
    rec("3.b", "att förbundets medelsförvaltning sker enligt direktionens riktlinjer;",
        [FORBUNDETS, ("direktionens", "direktion", POL)], [pres("sker", "ske")],
        [st(FD, "Förbundsdirektören", "responsibility", "ansvarar för", *ANS,
            "att förbundets medelsförvaltning sker enligt direktionens riktlinjer")],
        ["enligt direktionens riktlinjer"], doc=D, kind="list_item", parent="3"),
    rec("3.c", "Arbetsmiljöfrågor inom förvaltningen.",
        [("förvaltningen", "förvaltning", FORV)], [],
        [st(FD, "Förbundsdirektören", "responsibility", "ansvarar för", *ANS,
            "Arbetsmiljöfrågor inom förvaltningen")], doc=D, kind="list_item", parent="3"),
    rec("4", "Förbundsdirektören har till uppgift att:", [FDIR], [HAR], doc=D),
    rec("4.a", "anställa personal med undantag av avdelningscheferna,",
        [("avdelningscheferna", "avdelningschef", TJP)], [inf("anställa")],
        [st(FD, "Förbundsdirektören", "obligation", UPPG, "anställa", "anställa",
            "personal med undantag av avdelningscheferna")], doc=D, kind="list_item",
        parent="4"),
    rec("4.b", "Teckna avtal inom ramen för budgeten.", [], [inf("Teckna", "teckna")],
        [st(FD, "Förbundsdirektören", "obligation", UPPG, "teckna", "Teckna", "avtal",
            condition="inom ramen för budgeten")], doc=D, kind="list_item", parent="4"),
    rec("5", "Förbundsdirektören får inte på egen hand besluta om investeringar som överstiger "
        "500 000 kronor.",
        [FDIR], [FAR, inf("besluta"), pres("överstiger", "överstiga")],
        [st(FD, "Förbundsdirektören", "prohibition", "får inte", "besluta", "besluta",
            "om investeringar som överstiger 500 000 kronor", negated=True)], doc=D),
    rec("h3", "Ställföreträdare", [("Ställföreträdare", "ställföreträdare", TJP)], doc=D,
        kind="heading"),
    rec("6", "Vid förbundsdirektörens frånvaro utses en ersättare av direktionens ordförande.",
        [("förbundsdirektörens", FD, TJP), ("ersättare", "ersättare", FTV),
         ("direktionens ordförande", "direktionens ordförande", FTV)],
        [pres("utses", "utse", "pass")],
        [st("direktionens ordförande", "direktionens ordförande", "none", None, "utse", "utses",
            "en ersättare", passive=True, condition="Vid förbundsdirektörens frånvaro")],
        doc=D),
    rec("7", "Förbundsdirektören bör varje år lämna en rapport till direktionen om hur "
        "instruktionen har följts.",
        [FDIR, DIR], [BOR, inf("lämna"), HAR, ("följts", "följa", "sup", "pass")],
        [st(FD, "Förbundsdirektören", "recommendation", "bör", "lämna", "lämna",
            "en rapport till direktionen om hur instruktionen har följts")], doc=D),
]

# (d) an e-mail forward with the document quoted --------------------------------------------
D = "w46-y-arbetsordning"
ARB_TEXT = """Hej!

Här kommer de delar av den nya arbetsordningen som rör presidiet och frågorna till nämnderna. \
Hela dokumentet finns på intranätet.

Hälsningar
Karin Sjöberg
Gruppkansliet, Region Östmora

-----Ursprungligt meddelande-----
Från: Regionkansliet
Skickat: den 12 november 2025 09:14
Till: Gruppledarna
Ämne: Arbetsordning för regionfullmäktige

> Arbetsordning för Region Östmoras fullmäktige
> Antagen av regionfullmäktige 2025-10-28, § 112
>
> § 1 Antal ledamöter
> Regionfullmäktige har 71 ledamöter. För varje parti väljs ersättare till
> ett antal som motsvarar hälften av partiets platser.
>
> § 2 Presidium
> Vid första sammanträdet efter valet utser fullmäktige inom sig
> ordförande samt förste och andre vice ordförande. De tre bildar
> tillsammans presidiet.
>
> § 3 Presidiets uppgifter
> Presidiet ska bereda frågor om fullmäktiges arbetsformer och
> planera sammanträdena i samråd med regiondirektören.
>
> § 12 Interpellationer
> Interpellationer lämnas skriftligen och ska vara undertecknade av minst
> en ledamot. De bör riktas till en nämnds ordförande. Interpellationen ska
> ges in till regionkansliet senast tio dagar före sammanträdet.
>
> § 13 Frågor
> En ledamot får ställa frågor till ordföranden i regionstyrelsen. Om
> frågan inte hinner besvaras vid sammanträdet ska svaret lämnas
> skriftligen.
>
> § 14 Motioner
> Motioner väcks av en eller flera ledamöter. Regionstyrelsen ska två
> gånger per år lämna en förteckning över motioner som ännu väntar på
> beslut.
>
> Med vänliga hälsningar
> Regionkansliet
> Region Östmora
"""
RF = "regionfullmäktige"
RO = "region östmora"
RKAN = "regionkansli"
ARB = [
    rec("1", "Hej!", doc=D),
    rec("2", "Här kommer de delar av den nya arbetsordningen som rör presidiet och frågorna "
        "till nämnderna. Hela dokumentet finns på intranätet.",
        [("presidiet", "presidium", POL), ("nämnderna", "nämnd", POL)],
        [pres("kommer", "komma"), pres("rör", "röra"), pres("finns", "finnas")], doc=D),
    rec("m1", "Hälsningar Karin Sjöberg Gruppkansliet, Region Östmora",
        [("Gruppkansliet", "gruppkansli", FORV), ("Region Östmora", RO, ORG)], doc=D),
    rec("m2", "Från: Regionkansliet Skickat: den 12 november 2025 09:14 Till: Gruppledarna "
        "Ämne: Arbetsordning för regionfullmäktige",
        [("Regionkansliet", RKAN, FORV), ("Gruppledarna", "gruppledare", FTV),
         ("regionfullmäktige", RF, POL)], doc=D),
    rec("h1", "Arbetsordning för Region Östmoras fullmäktige",
        [("Region Östmoras", RO, ORG), ("fullmäktige", RF, POL)], doc=D, kind="heading"),
    rec("m3", "Antagen av regionfullmäktige 2025-10-28, § 112", [("regionfullmäktige", RF, POL)],
        doc=D),
    rec("§1", "Antal ledamöter", [("ledamöter", "ledamot", FTV)], doc=D, kind="heading",
        label="§ 1"),
    rec("§1.1", "Regionfullmäktige har 71 ledamöter. För varje parti väljs ersättare till ett "
        "antal som motsvarar hälften av partiets platser.",
        [("Regionfullmäktige", RF, POL), ("ledamöter", "ledamot", FTV), ("parti", "parti", POL),
         ("ersättare", "ersättare", FTV), ("partiets", "parti", POL)],
        [HAR, pres("väljs", "välja", "pass"), pres("motsvarar", "motsvara")],
        [st(RF, "Regionfullmäktige", "none", None, "ha", "har", "71 ledamöter"),
         st("ersättare", "ersättare", "none", None, "välja", "väljs", passive=True)],
        doc=D, parent="§1"),
    rec("§2", "Presidium", [("Presidium", "presidium", POL)], doc=D, kind="heading",
        label="§ 2"),
    rec("§2.1", "Vid första sammanträdet efter valet utser fullmäktige inom sig ordförande samt "
        "förste och andre vice ordförande. De tre bildar tillsammans presidiet.",
        [("fullmäktige", RF, POL), ("ordförande", "ordförande", FTV),
         ("förste", "förste vice ordförande", FTV),
         ("andre vice ordförande", "andre vice ordförande", FTV),
         ("presidiet", "presidium", POL)],
        [pres("utser", "utse"), pres("bildar", "bilda")],
        [st(RF, "fullmäktige", "none", None, "utse", "utser",
            "inom sig ordförande samt förste och andre vice ordförande",
            condition="Vid första sammanträdet efter valet")], doc=D, parent="§2"),
    rec("§3", "Presidiets uppgifter", [("Presidiets", "presidium", POL)], doc=D,
        kind="heading", label="§ 3"),
    rec("§3.1", "Presidiet ska bereda frågor om fullmäktiges arbetsformer och planera "
        "sammanträdena i samråd med regiondirektören.",
        [("Presidiet", "presidium", POL), ("fullmäktiges", RF, POL),
         ("regiondirektören", "regiondirektör", TJP)],
        [SKA, inf("bereda"), inf("planera")],
        [st("presidium", "Presidiet", "obligation", "ska", "bereda", "bereda",
            "frågor om fullmäktiges arbetsformer"),
         st("presidium", "Presidiet", "obligation", "ska", "planera", "planera",
            "sammanträdena", condition="i samråd med regiondirektören")],
        doc=D, parent="§3"),
    rec("§12", "Interpellationer", doc=D, kind="heading", label="§ 12"),
    rec("§12.1", "Interpellationer lämnas skriftligen och ska vara undertecknade av minst en "
        "ledamot. De bör riktas till en nämnds ordförande. Interpellationen ska ges in till "
        "regionkansliet senast tio dagar före sammanträdet.",
        [("ledamot", "ledamot", FTV), ("nämnds ordförande", "nämnds ordförande", FTV),
         ("regionkansliet", RKAN, FORV)],
        [pres("lämnas", "lämna", "pass"), SKA, inf("vara"), BOR, inf("riktas", "rikta", "pass"),
         ("ska", "skola", "pres", "act", 1), inf("ges", "ge", "pass")],
        [st(None, None, "recommendation", "bör", "rikta", "riktas", "De", passive=True),
         st(None, None, "obligation", "ska", "ge", "ges", "Interpellationen", passive=True)],
        doc=D, parent="§12"),
    rec("§13", "Frågor", doc=D, kind="heading", label="§ 13"),
    rec("§13.1", "En ledamot får ställa frågor till ordföranden i regionstyrelsen. Om frågan inte "
        "hinner besvaras vid sammanträdet ska svaret lämnas skriftligen.",
        [("ledamot", "ledamot", FTV), ("ordföranden", "regionstyrelsens ordförande", FTV),
         ("regionstyrelsen", "regionstyrelse", POL)],
        [FAR, inf("ställa"), pres("hinner", "hinna"), inf("besvaras", "besvara", "pass"), SKA,
         inf("lämnas", "lämna", "pass")],
        [st("ledamot", "ledamot", "permission", "får", "ställa", "ställa",
            "frågor till ordföranden i regionstyrelsen"),
         st(None, None, "obligation", "ska", "lämna", "lämnas", "svaret", passive=True,
            condition="Om frågan inte hinner besvaras vid sammanträdet")],
        doc=D, parent="§13"),
    rec("§14", "Motioner", doc=D, kind="heading", label="§ 14"),
    rec("§14.1", "Motioner väcks av en eller flera ledamöter. Regionstyrelsen ska två gånger per "
        "år lämna en förteckning över motioner som ännu väntar på beslut.",
        [("ledamöter", "ledamot", FTV), ("Regionstyrelsen", "regionstyrelse", POL)],
        [pres("väcks", "väcka", "pass"), SKA, inf("lämna"), pres("väntar", "vänta")],
        [st("ledamot", "ledamöter", "none", None, "väcka", "väcks", "Motioner", passive=True),
         st("regionstyrelse", "Regionstyrelsen", "obligation", "ska", "lämna", "lämna",
            "en förteckning över motioner som ännu väntar på beslut")], doc=D, parent="§14"),
    rec("m4", "Med vänliga hälsningar Regionkansliet Region Östmora",
        [("Regionkansliet", RKAN, FORV), ("Region Östmora", RO, ORG)], doc=D),
]

DOCUMENTS = {"w46-y-reglemente": (REG_TEXT, REG), "w46-y-delegation": (DEL_TEXT, DEL),
             "w46-y-instruktion": (INS_TEXT, INS), "w46-y-arbetsordning": (ARB_TEXT, ARB)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w46-y", DOCUMENTS)
