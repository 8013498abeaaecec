"""The hand annotation of part ba (second annotator), one function per document.

Spans are written as strings (an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Long clause texts are cut from the normalised source
between two markers (``cut``). Decisions on hard cases: corpus/agreement/README.md, section
"Part ba". Run from the repository root:

    python corpus/agreement/build.py ba && python corpus/check.py corpus/agreement/ba/*.jsonl
"""

from __future__ import annotations

import build
from build import A, C, S, V, rec


def cut(doc: str, a: str, b: str, after: str = "") -> str:
    """The normalised source from marker a (after marker `after`) through marker b."""
    src = build.norm((build.SRC / f"{doc}.txt").read_text(encoding="utf-8"))
    i = src.index(a, src.index(after) if after else 0)
    return src[i:src.index(b, i) + len(b)]


def P(d, cid, kind, text, acts=(), verbs=(), stmts=(), conds=(), parent=None, label=""):  # noqa: N802
    spans = [A(*a) for a in acts] + [V(*v) for v in verbs] + [C(*c) for c in conds]
    return rec(d, cid, kind, text, spans, list(stmts), parent=parent, label=label)


def H(d, cid, text, acts=(), parent=None):  # noqa: N802
    return P(d, cid, "heading", text, acts, parent=parent)


KF, KR, FS, KH = "kyrkofullmäktige", "kyrkoråd", "församling", "kyrkoherde"


def alunda() -> list:
    d = "svenska-kyrkan-alunda-styrning-och-ledning"
    p3 = ("Församlingens arbete leds av kyrkoherden, som verkställer kyrkorådets beslut och "
          "ansvarar för att församlingens uppgifter blir utförda.")
    return [
        H(d, "m1", "Other languages with Google Translate"),
        P(d, "m2", "paragraph", "Use Google to automatically translate this website. We take no "
          "responsibility for the accuracy of the translation."),
        H(d, "m3", "Prata med oss"),
        H(d, "title", "Styrning och ledning"),
        H(d, "h1", "Demokrati: kyrkofullmäktige och kyrkoråd", [("kyrkofullmäktige", KF),
                                                               ("kyrkoråd", KR)]),
        P(d, "1", "paragraph", "Församlingen är demokratiskt styrd. Alla medlemmar väljer vart "
          "fjärde år ett kyrkofullmäktige.",
          [("Församlingen", FS), ("medlemmar", "medlem"), ("kyrkofullmäktige", KF)],
          [("är", "vara", "pres"), ("väljer", "välja", "pres")],
          [S(FS, "Församlingen", "none", None, "vara", "är", "demokratiskt styrd"),
           S("medlem", "medlemmar", "none", None, "välja", "väljer", "ett kyrkofullmäktige")],
          parent="h1"),
        P(d, "2", "paragraph", "Kyrkofullmäktige beslutar sedan om viktiga frågor, som budget. "
          "Det är också kyrkofullmäktige som utser ett kyrkoråd.",
          [("Kyrkofullmäktige", KF), ("kyrkofullmäktige", KF), ("kyrkoråd", KR)],
          [("beslutar", "besluta", "pres"), ("är", "vara", "pres"), ("utser", "utse", "pres")],
          [S(KF, "Kyrkofullmäktige", "none", None, "besluta", "beslutar",
             "om viktiga frågor, som budget"),
           S(KF, "kyrkofullmäktige", "none", None, "utse", "utser", "ett kyrkoråd")],
          parent="h1"),
        P(d, "3", "paragraph", "Kyrkorådet är församlingens styrelse. De ser till att budgeten "
          "följs och fattar beslut om policydokument och riktlinjer.",
          [("Kyrkorådet", KR), ("församlingens", FS), ("styrelse", KR)],
          [("är", "vara", "pres"), ("ser", "se", "pres"), ("följs", "följa", "pres", "pass"),
           ("fattar", "fatta", "pres")],
          [S(KR, "Kyrkorådet", "none", None, "vara", "är", "församlingens styrelse")],
          parent="h1"),
        P(d, "4", "paragraph", p3,
          [("Församlingens", FS), ("kyrkoherden", KH), ("kyrkorådets", KR),
           ("församlingens", FS)],
          [("leds", "leda", "pres", "pass"), ("verkställer", "verkställa", "pres"),
           ("ansvarar", "ansvara", "pres"), ("blir", "bli", "pres")],
          [S(KH, "kyrkoherden", "none", None, "leda", "leds", "Församlingens arbete", pas=True),
           S(KH, "kyrkoherden", "none", None, "verkställa", "verkställer", "kyrkorådets beslut"),
           S(KH, "kyrkoherden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
             "att församlingens uppgifter blir utförda")],
          parent="h1"),
    ]


def frimodig() -> list:
    d = "frimodig-kyrka-kyrkofullmaktige-kyrkorad"
    p1 = cut(d, "Församlingen utgör", "inte ingår i ett pastorat kallas för kyrkoråd.")
    p2 = cut(d, "Kyrkofullmäktige utgör", "ledamöter kräver det.")
    p3 = cut(d, "Fullmäktige får bara", "motion; kyrk")
    c2a = "om församlingen ingår i ett pastorat"
    c1 = "om kyrkorådet eller minst en tredjedel av alla ledamöter kräver det"
    c2 = "om minst hälften av deltagarna är närvarande"
    return [
        H(d, "title", "Kyrkofullmäktige, kyrkoråd och församlingsråd",
          [("Kyrkofullmäktige", KF), ("kyrkoråd", KR), ("församlingsråd", "församlingsråd")]),
        P(d, "1", "paragraph", p1,
          [("Församlingen", FS), ("församling", FS), ("församlingen", FS), ("församlingar", FS),
           ("pastorat", "pastorat"), ("Kyrkofullmäktige", KF), ("ledamöter", "ledamot"),
           ("församlingen", FS, 1), ("pastoratet", "pastorat"),
           ("Styrelsen", "församlingsråd"), ("församling", FS, 1), ("pastorat", "pastorat", 1),
           ("församlingsråd", "församlingsråd"), ("styrelsen", KR), ("pastorat", "pastorat", 2),
           ("kyrkoråd", KR), ("styrelsen", KR, 1), ("församling", FS, 2),
           ("pastorat", "pastorat", 3), ("kyrkoråd", KR, 1)],
          [("utgör", "utgöra", "pres"), ("hör", "höra", "pres"), ("fira", "fira", "inf"),
           ("bedriva", "bedriva", "inf"), ("ska", "skola", "pres"), ("ha", "ha", "inf"),
           ("anger", "ange", "pres"), ("bedriver", "bedriva", "pres"),
           ("utgör", "utgöra", "pres", "act", 1), ("är", "vara", "pres"),
           ("har", "ha", "pres"), ("ingår", "ingå", "pres"), ("kallas", "kalla", "pres", "pass"),
           ("kallas", "kalla", "pres", "pass", 1), ("ingår", "ingå", "pres", "act", 1),
           ("kallas", "kalla", "pres", "pass", 2)],
          [S(FS, "Församlingen", "none", None, "utgöra", "utgör",
             "kyrkans lokala pastorala nivå"),
           S(FS, "församling", "obligation", "ska", "ha", "ha",
             "en församlingsinstruktion som anger hur församlingen bedriver sina "
             "grundläggande uppgifter"),
           S(FS, "församlingar", "none", None, "utgöra", "utgör", "ett pastorat"),
           S(KF, "Kyrkofullmäktige", "none", None, "vara", "är", "den grupp av ledamöter som har "
             "beslutanderätt inom församlingen (eller pastoratet)")]),
        H(d, "h1", "Kyrkofullmäktige", [("Kyrkofullmäktige", KF)]),
        P(d, "2", "paragraph", p2,
          [("Kyrkofullmäktige", KF), ("församling", FS), ("pastorat", "pastorat"),
           ("församlingen", FS), ("pastorat", "pastorat", 1), ("kyrkofullmäktige", KF),
           ("pastoratets", "pastorat"), ("kyrkofullmäktiges", KF), ("församlingen", FS, 1),
           ("pastoratet", "pastorat"), ("församlingens", FS), ("Kyrkofullmäktige", KF, 1),
           ("röstberättigade", "röstberättigad"),
           ("församlingen", FS, 2), ("Fullmäktige", KF), ("ledamöter", "ledamot"),
           ("församlingens", FS, 1), ("ledamöter", "ledamot", 1), ("fullmäktige", KF),
           ("ordförande", "ordförande"), ("vice ordförande", "vice ordförande"),
           ("kyrkoherden", KH), ("fullmäktige", KF, 1), ("kyrkorådet", KR),
           ("ledamöter", "ledamot", 2)],
          [("utgör", "utgöra", "pres"), ("ingår", "ingå", "pres"),
           ("ingår", "ingå", "pres", "act", 1),
           ("är", "vara", "pres"), ("hör", "höra", "pres"), ("ta", "ta", "inf"),
           ("ska", "skola", "pres"), ("ha", "ha", "inf"), ("sköta", "sköta", "inf"),
           ("väljs", "välja", "pres", "pass"), ("bestämmer", "bestämma", "pres"),
           ("ska", "skola", "pres", "act", 1), ("finnas", "finnas", "inf"),
           ("beror", "bero", "pres"), ("väljs", "välja", "pres", "pass", 1),
           ("väljer", "välja", "pres"), ("är", "vara", "pres", "act", 1),
           ("är", "vara", "pres", "act", 2), ("har", "ha", "pres"), ("närvara", "närvara", "inf"),
           ("få", "få", "inf"), ("delta", "delta", "inf"), ("bestäms", "bestämma", "pres", "pass"),
           ("måste", "måste", "pres"), ("ske", "ske", "inf"), ("kräver", "kräva", "pres")],
          [S(KF, "Kyrkofullmäktige", "none", None, "utgöra", "utgör",
             "högsta beslutande organ i en församling som ej ingår i ett pastorat"),
           S(KF, "kyrkofullmäktige", "none", None, "vara", "är",
             "pastoratets högsta beslutande organ", c2a),
           S("röstberättigad", "röstberättigade", "none", None, "välja", "väljs",
             "Kyrkofullmäktige", pas=True),
           S(KF, "Fullmäktige", "none", None, "bestämma", "bestämmer",
             "hur många ledamöter som ska finnas"),
           S(KF, "fullmäktige", "none", None, "välja", "väljer",
             "vem som är ordförande samt vem som är första och eventuellt andre vice ordförande"),
           S(KH, "kyrkoherden", "permission", "har rätt att", "närvara", "närvara"),
           S(KH, "kyrkoherden", "permission", "har rätt att", "få", "få",
             "sin åsikt i en fråga protokollförd"),
           S(KH, "kyrkoherden", "prohibition", "har rätt att", "delta", "delta",
             "i beslutsfattandet", neg=True),
           S(KF, "fullmäktige", "none", None, "bestämma", "bestäms", "Antalet sammanträden",
             pas=True)],
          [(c2a,), (c1,)], parent="h1"),
        P(d, "3", "paragraph", p3,
          [("Fullmäktige", KF), ("fullmäktige", KF),
           ("kyrkorådet", KR), ("ledamot", "ledamot")],
          [("får", "få", "pres"), ("handlägga", "handlägga", "inf"), ("är", "vara", "pres"),
           ("får", "få", "pres", "act", 1), ("ta", "ta", "inf"), ("har", "ha", "pres"),
           ("väckts", "väcka", "sup", "pass")],
          [S(KF, "Fullmäktige", "permission", "får", "handlägga", "handlägga", "ärenden", c2),
           S(KF, "fullmäktige", "permission", "får", "ta", "ta",
             "beslut i frågor som har väckts av: kyrkorådet; en ledamot genom en motion; kyrk",
             "Enligt kyrkoordningen")],
          [(c2,), ("Enligt kyrkoordningen",)], parent="h1"),
    ]


SF, SS, ST = "stadsfullmäktige", "stadsstyrelse", "stad"


def helsinginseutu() -> list:
    d = "helsinginseutu-staderna-beslutsfattande"
    p10 = cut(d, "Stadens ämbetsverk", "övervakar byggverksamheten.")
    c7 = "när ett ärende ska förberedas eller ett projekt ska genomföras"
    return [
        H(d, "title", "Beslutsfattande"),
        P(d, "m1", "paragraph", "Gå till den här texten på finskt teckenspråk", (),
          [("Gå", "gå", "imp")]),
        H(d, "h1", "Stadsfullmäktige", [("Stadsfullmäktige", SF)]),
        P(d, "1", "paragraph", "Stadsfullmäktige är det högsta beslutsfattande organet i en stad. "
          "Invånarna i staden väljer ledamöterna i stadsfullmäktige i kommunalvalet som ordnas "
          "vart fjärde år. Ledamöterna hör till olika politiska partier och grupperingar.",
          [("Stadsfullmäktige", SF), ("stad", ST), ("Invånarna", "invånare"), ("staden", ST),
           ("ledamöterna", "ledamot"), ("stadsfullmäktige", SF), ("Ledamöterna", "ledamot"),
           ("politiska partier", "parti")],
          [("är", "vara", "pres"), ("väljer", "välja", "pres"),
           ("ordnas", "ordna", "pres", "pass"), ("hör", "höra", "pres")],
          [S(SF, "Stadsfullmäktige", "none", None, "vara", "är",
             "det högsta beslutsfattande organet i en stad"),
           S("invånare", "Invånarna", "none", None, "välja", "väljer",
             "ledamöterna i stadsfullmäktige"),
           S("ledamot", "Ledamöterna", "none", None, "höra", "hör",
             "till olika politiska partier och grupperingar")], parent="h1"),
        P(d, "2", "paragraph", "Stadsfullmäktige beslutar om de viktigaste sakerna i staden, till "
          "exempel om ekonomin. Staden får inkomster i form av kommunalskatt och avgifter. "
          "Fullmäktige bestämmer hur pengarna används.",
          [("Stadsfullmäktige", SF), ("staden", ST), ("Staden", ST), ("Fullmäktige", SF)],
          [("beslutar", "besluta", "pres"), ("får", "få", "pres"),
           ("bestämmer", "bestämma", "pres"), ("används", "använda", "pres", "pass")],
          [S(SF, "Stadsfullmäktige", "none", None, "besluta", "beslutar",
             "om de viktigaste sakerna i staden, till exempel om ekonomin"),
           S(ST, "Staden", "none", None, "få", "får",
             "inkomster i form av kommunalskatt och avgifter"),
           S(SF, "Fullmäktige", "none", None, "bestämma", "bestämmer", "hur pengarna används")],
          parent="h1"),
        P(d, "3", "paragraph", "Stadsfullmäktige bestämmer hur stadens arbete organiseras, väljer "
          "medlemmar i organ som stadsstyrelsen och nämnderna och väljer arbetstagare till de "
          "viktigaste tjänsterna.",
          [("Stadsfullmäktige", SF), ("stadens", ST), ("medlemmar", "ledamot"),
           ("stadsstyrelsen", SS), ("nämnderna", "nämnd"), ("arbetstagare", "arbetstagare")],
          [("bestämmer", "bestämma", "pres"), ("organiseras", "organisera", "pres", "pass"),
           ("väljer", "välja", "pres"), ("väljer", "välja", "pres", "act", 1)],
          [S(SF, "Stadsfullmäktige", "none", None, "bestämma", "bestämmer",
             "hur stadens arbete organiseras"),
           S(SF, "Stadsfullmäktige", "none", None, "välja", "väljer",
             "medlemmar i organ som stadsstyrelsen och nämnderna"),
           S(SF, "Stadsfullmäktige", "none", None, "välja", "väljer",
             "arbetstagare till de viktigaste tjänsterna")], parent="h1"),
        P(d, "4", "paragraph", "Stadsfullmäktige håller regelbundet möten. På mötena diskuterar "
          "ledamöterna olika saker och fattar beslut om dem. Stadsfullmäktiges möten är öppna "
          "för allmänheten.",
          [("Stadsfullmäktige", SF), ("ledamöterna", "ledamot"), ("Stadsfullmäktiges", SF),
           ("allmänheten", "allmänhet")],
          [("håller", "hålla", "pres"), ("diskuterar", "diskutera", "pres"),
           ("fattar", "fatta", "pres"), ("är", "vara", "pres")],
          [S(SF, "Stadsfullmäktige", "none", None, "hålla", "håller", "möten"),
           S("ledamot", "ledamöterna", "none", None, "diskutera", "diskuterar", "olika saker"),
           S("ledamot", "ledamöterna", "none", None, "fatta", "fattar", "beslut om dem")],
          parent="h1"),
        H(d, "h2", "Stadsstyrelsen", [("Stadsstyrelsen", SS)]),
        P(d, "5", "paragraph", "Stadsstyrelsen jobbar under ledning av stadsfullmäktige. "
          "Fullmäktige väljer medlemmarna i stadsstyrelsen för två år åt gången.",
          [("Stadsstyrelsen", SS), ("stadsfullmäktige", SF), ("Fullmäktige", SF),
           ("medlemmarna", "ledamot"), ("stadsstyrelsen", SS)],
          [("jobbar", "jobba", "pres"), ("väljer", "välja", "pres")],
          [S(SS, "Stadsstyrelsen", "none", None, "jobba", "jobbar"),
           S(SF, "Fullmäktige", "none", None, "välja", "väljer", "medlemmarna i stadsstyrelsen")],
          parent="h2"),
        P(d, "6", "paragraph", "Stadsstyrelsen leder förvaltningen, förbereder ärenden som "
          "behandlas av stadsfullmäktige och ansvarar för att fullmäktiges beslut genomförs.",
          [("Stadsstyrelsen", SS), ("stadsfullmäktige", SF), ("fullmäktiges", SF)],
          [("leder", "leda", "pres"), ("förbereder", "förbereda", "pres"),
           ("behandlas", "behandla", "pres", "pass"), ("ansvarar", "ansvara", "pres"),
           ("genomförs", "genomföra", "pres", "pass")],
          [S(SS, "Stadsstyrelsen", "none", None, "leda", "leder", "förvaltningen"),
           S(SS, "Stadsstyrelsen", "none", None, "förbereda", "förbereder",
             "ärenden som behandlas av stadsfullmäktige"),
           S(SS, "Stadsstyrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
             "att fullmäktiges beslut genomförs")], parent="h2"),
        P(d, "7", "paragraph", "Stadsstyrelsen utnämner också kommittéer och delegationer. Sådana "
          "behövs ibland när ett ärende ska förberedas eller ett projekt ska genomföras.",
          [("Stadsstyrelsen", SS), ("kommittéer", "kommitté"), ("delegationer", "delegation")],
          [("utnämner", "utnämna", "pres"), ("behövs", "behöva", "pres", "pass"),
           ("ska", "skola", "pres"), ("förberedas", "förbereda", "inf", "pass"),
           ("ska", "skola", "pres", "act", 1), ("genomföras", "genomföra", "inf", "pass")],
          [S(SS, "Stadsstyrelsen", "none", None, "utnämna", "utnämner",
             "kommittéer och delegationer")], [(c7,)], parent="h2"),
        P(d, "8", "paragraph", "Stadsstyrelsens möten är inte öppna för allmänheten.",
          [("Stadsstyrelsens", SS), ("allmänheten", "allmänhet")], [("är", "vara", "pres")],
          parent="h2"),
        H(d, "h3", "Nämnder och direktioner", [("Nämnder", "nämnd"), ("direktioner", "direktion")]),
        P(d, "9", "paragraph", "Stadsfullmäktige väljer vem som är med i olika nämnder och "
          "direktioner. Varje stad bestämmer hur många nämnder den har.",
          [("Stadsfullmäktige", SF), ("nämnder", "nämnd"), ("direktioner", "direktion"),
           ("stad", ST), ("nämnder", "nämnd", 1)],
          [("väljer", "välja", "pres"), ("är", "vara", "pres"), ("bestämmer", "bestämma", "pres"),
           ("har", "ha", "pres")],
          [S(SF, "Stadsfullmäktige", "none", None, "välja", "väljer",
             "vem som är med i olika nämnder och direktioner"),
           S(ST, "stad", "none", None, "bestämma", "bestämmer", "hur många nämnder den har")],
          parent="h3"),
        P(d, "10", "paragraph", p10,
          [("Stadens", ST), ("ämbetsverk", "ämbetsverk"), ("affärsverk", "affärsverk"),
           ("Nämnder", "nämnd"), ("direktioner", "direktion"), ("ämbetsverkens", "ämbetsverk"),
           ("affärsverkens", "affärsverk"), ("utbildningsnämnden", "utbildningsnämnd"),
           ("utbildningsverkets", "utbildningsverk"), ("byggnadsnämnden", "byggnadsnämnd")],
          [("sköter", "sköta", "pres"), ("vill", "vilja", "pres"), ("säga", "säga", "inf"),
           ("övervakar", "övervaka", "pres"), ("övervakar", "övervaka", "pres", "act", 1),
           ("övervakar", "övervaka", "pres", "act", 2)],
          [S("ämbetsverk", "ämbetsverk", "none", None, "sköta", "sköter",
             "förvaltningen, det vill säga det dagliga arbetet"),
           S("affärsverk", "affärsverk", "none", None, "sköta", "sköter",
             "förvaltningen, det vill säga det dagliga arbetet"),
           S("nämnd", "Nämnder", "none", None, "övervaka", "övervakar",
             "ämbetsverkens och affärsverkens verksamhet"),
           S("direktion", "direktioner", "none", None, "övervaka", "övervakar",
             "ämbetsverkens och affärsverkens verksamhet"),
           S("utbildningsnämnd", "utbildningsnämnden", "none", None, "övervaka", "övervakar",
             "utbildningsverkets verksamhet"),
           S("byggnadsnämnd", "byggnadsnämnden", "none", None, "övervaka", "övervakar",
             "byggverksamheten")], parent="h3"),
        P(d, "11", "paragraph", "Nämndernas möten är inte öppna för allmänheten.",
          [("Nämndernas", "nämnd"), ("allmänheten", "allmänhet")], [("är", "vara", "pres")],
          parent="h3"),
        H(d, "h4", "Stadsdirektören", [("Stadsdirektören", "stadsdirektör")]),
        P(d, "12", "paragraph", "Stadsdirektören och de biträdande stadsdirektörerna leder, "
          "övervakar och",
          [("Stadsdirektören", "stadsdirektör"),
           ("biträdande stadsdirektörerna", "biträdande stadsdirektör")],
          [("leder", "leda", "pres"), ("övervakar", "övervaka", "pres")],
          [S("stadsdirektör", "Stadsdirektören", "none", None, "leda", "leder"),
           S("stadsdirektör", "Stadsdirektören", "none", None, "övervaka", "övervakar"),
           S("biträdande stadsdirektör", "biträdande stadsdirektörerna", "none", None, "leda",
             "leder"),
           S("biträdande stadsdirektör", "biträdande stadsdirektörerna", "none", None,
             "övervaka", "övervakar")], parent="h4"),
    ]


ES, SK, KL = "esbo stad", "stadskoncern", "koncernledning"
NK = "närings- och konkurrenskraftssektion"


def esbo() -> list:
    d = "esbo-stadsstyrelse-instruktion"
    t = "INSTRUKTION FÖR ESBO STADSSTYRELSE INSTRUKTION FÖR ESBO STADSSTYRELSE"
    ess = [("ESBO STADSSTYRELSE", SS), ("ESBO STADSSTYRELSE", SS, 1)]
    s1 = ("Stadsstyrelsen leder stadens och stadskoncernens förvaltning och ekonomi samt svarar "
          "för utveckling av verksamheten i enlighet med fullmäktiges beslut.")
    c1 = "i enlighet med fullmäktiges beslut"
    s3 = "Under stadsstyrelsen lyder koncernsektionen samt närings- och konkurrenskraftssektionen."
    s4 = ("Till stadens koncernledning hör stadsstyrelsen och dess koncernsektion, "
          "stadsdirektören, sektordirektörerna, koncernstabens direktör och "
          "finansieringsdirektören.")
    s5 = ("Under stadsstyrelsen lyder koncernsektionen, närings- och konkurrenskraftssektionen "
          "samt lokaloch bostadssektionen.")
    s6 = ("Till stadens koncernledning hör stadsstyrelsen och dess koncernsektion, "
          "stadsdirektören, sektordirektörerna och finansieringsdirektören.")
    s7 = ("Koncernledningen svarar för stadskoncernens styrning och anordnande av "
          "koncernövervakning.")
    s8 = "Stadsstyrelsen består av femton ledamöter med personliga ersättare."
    s9 = "Minst hälften av ledamöterna och presidiet ska vara fullmäktigeledamöter."
    s10 = "Fullmäktige väljer bland ledamöterna ordförande samt första och andra vice ordförande."

    def sent1(cid: str) -> dict:
        return P(d, cid, "paragraph", s1,
                 [("Stadsstyrelsen", SS), ("stadens", ES), ("stadskoncernens", SK),
                  ("fullmäktiges", "fullmäktige")],
                 [("leder", "leda", "pres"), ("svarar", "svara", "pres")],
                 [S(SS, "Stadsstyrelsen", "none", None, "leda", "leder",
                    "stadens och stadskoncernens förvaltning och ekonomi"),
                  S(SS, "Stadsstyrelsen", "responsibility", "svarar för", "svara", "svarar",
                    "utveckling av verksamheten", c1)], [(c1,)], parent="1")

    def lyder(cid: str, text: str, units: list) -> dict:
        return P(d, cid, "paragraph", text, [("stadsstyrelsen", SS), *units],
                 [("lyder", "lyda", "pres")],
                 [S(u[1], u[0], "none", None, "lyda", "lyder", "Under stadsstyrelsen")
                  for u in units], parent="1")

    def hor(cid: str, text: str, extra: list) -> dict:
        return P(d, cid, "paragraph", text,
                 [("stadens", ES), ("koncernledning", KL), ("stadsstyrelsen", SS),
                  ("koncernsektion", "koncernsektion"), ("stadsdirektören", "stadsdirektör"),
                  ("sektordirektörerna", "sektordirektör"), *extra,
                  ("finansieringsdirektören", "finansieringsdirektör")],
                 [("hör", "höra", "pres")],
                 [S(c, t, "none", None, "höra", "hör", "Till stadens koncernledning")
                  for t, c in [("stadsstyrelsen", SS), ("koncernsektion", "koncernsektion"),
                               ("stadsdirektören", "stadsdirektör"),
                               ("sektordirektörerna", "sektordirektör"), *extra,
                               ("finansieringsdirektören", "finansieringsdirektör")]],
                 parent="1")

    def sent7(cid: str) -> dict:
        return P(d, cid, "paragraph", s7, [("Koncernledningen", KL), ("stadskoncernens", SK)],
                 [("svarar", "svara", "pres")],
                 [S(KL, "Koncernledningen", "responsibility", "svarar för", "svara", "svarar",
                    "stadskoncernens styrning och anordnande av koncernövervakning")],
                 parent="1")

    def sent8(cid: str) -> dict:
        return P(d, cid, "paragraph", s8,
                 [("Stadsstyrelsen", SS), ("ledamöter", "ledamot"), ("ersättare", "ersättare")],
                 [("består", "bestå", "pres")],
                 [S(SS, "Stadsstyrelsen", "none", None, "bestå", "består",
                    "av femton ledamöter med personliga ersättare")], parent="2")

    def sent9(cid: str) -> dict:
        return P(d, cid, "paragraph", s9,
                 [("ledamöterna", "ledamot"), ("presidiet", "presidium"),
                  ("fullmäktigeledamöter", "fullmäktigeledamot")],
                 [("ska", "skola", "pres"), ("vara", "vara", "inf")],
                 [S("ledamot", "ledamöterna", "obligation", "ska", "vara", "vara",
                    "fullmäktigeledamöter"),
                  S("presidium", "presidiet", "obligation", "ska", "vara", "vara",
                    "fullmäktigeledamöter")], parent="2")

    def sent10(cid: str) -> dict:
        return P(d, cid, "paragraph", s10,
                 [("Fullmäktige", "fullmäktige"), ("ledamöterna", "ledamot"),
                  ("ordförande", "ordförande"), ("vice ordförande", "vice ordförande")],
                 [("väljer", "välja", "pres")],
                 [S("fullmäktige", "Fullmäktige", "none", None, "välja", "väljer",
                    "ordförande samt första och andra vice ordförande")], parent="2")

    return [
        H(d, "title", t + ". Förslag stadsstyrelsen Stadsstyrelsen och sektionerna",
          [*ess, ("stadsstyrelsen", SS), ("Stadsstyrelsen", SS)]),
        P(d, "m1", "paragraph", "Storlek: px"),
        P(d, "m2", "paragraph", "Starta visningen från sidan:", (), [("Starta", "starta", "imp")]),
        P(d, "m3", "paragraph", "Download \"" + t + ". Förslag stadsstyrelsen 26.11.2012. 1 "
          "Stadsstyrelsen och sektionerna\"",
          [*ess, ("stadsstyrelsen", SS), ("Stadsstyrelsen", SS)]),
        H(d, "h1", "Transkript"),
        P(d, "m4", "paragraph", "1 " + t + " Fullmäktige Gäller från Förslag stadsstyrelsen "
          "Stadsstyrelsen och sektionerna",
          [*ess, ("Fullmäktige", "fullmäktige"), ("stadsstyrelsen", SS), ("Stadsstyrelsen", SS)]),
        P(d, "1", "heading", "Stadsstyrelsen och sektionerna", [("Stadsstyrelsen", SS)],
          label="1"),
        sent1("1.1"), sent1("1.2"),
        lyder("1.3", s3, [("koncernsektionen", "koncernsektion"),
                          ("närings- och konkurrenskraftssektionen", NK)]),
        hor("1.4", s4, [("koncernstabens direktör", "koncernstabens direktör")]),
        lyder("1.5", s5, [("koncernsektionen", "koncernsektion"),
                          ("närings- och konkurrenskraftssektionen", NK),
                          ("lokaloch bostadssektionen", "lokal- och bostadssektion")]),
        hor("1.6", s6, []),
        sent7("1.7"), sent7("1.8"),
        P(d, "2", "heading", "Sammansättning 2 Sammansättning", label="2"),
        sent8("2.1"), sent9("2.2"), sent10("2.3"), sent8("2.4"), sent9("2.5"),
        P(d, "2.6", "paragraph", "Fullmäktige väljer bland ledamöt",
          [("Fullmäktige", "fullmäktige")], [("väljer", "välja", "pres")],
          [S("fullmäktige", "Fullmäktige", "none", None, "välja", "väljer")], parent="2"),
    ]


FB, FF, GR, KFB = "förbundsstyrelse", "förbundsfullmäktige", "göteborgsregionen", "kommunalförbund"


def goteborgsregionen() -> list:
    d = "goteborgsregionen-delegationsordning-forbundsstyrelsen"
    p1 = cut(d, "En nämnd får", "för sin förvaltning.")
    p4 = cut(d, "GR:s förbundsfullmäktige", "gymnasieförordningen.")
    p5 = cut(d, "Verksamheten inom kommunalförbundet", "antas av styrelsen.")
    p6 = cut(d, "För uppföljning", "samt årsredovisning.")
    p7 = cut(d, "Fullmäktige har enligt", "upprätta reglementen.")
    p8 = cut(d, "Följande beslut", "till nämnd:")
    c4a = "när det framgår av lag eller förordning att annan ska fatta beslut"
    c4b = "enligt skollagen och gymnasieförordningen"
    c7 = "enligt kommunallagen"
    c8 = "enligt 5 kap, 1-2 §§ KL"
    return [
        H(d, "m1", "Styrande dokument och avtal"),
        H(d, "title", "Delegationsordning för förbundsstyrelsen", [("förbundsstyrelsen", FB)]),
        P(d, "1", "paragraph", p1,
          [("nämnd", "nämnd"), ("utskott", "utskott"), ("ledamot", "ledamot"),
           ("ersättare", "ersättare"), ("anställd", "anställd"), ("nämndens", "nämnd"),
           ("Förbundsstyrelsen", FB)],
          [("får", "få", "pres"), ("uppdra", "uppdra", "inf"), ("besluta", "besluta", "inf"),
           ("har", "ha", "pres"), ("beslutat", "besluta", "sup")],
          [S("nämnd", "nämnd", "permission", "får", "uppdra", "uppdra",
             "åt ett utskott, en ledamot eller ersättare eller en anställd att besluta på "
             "nämndens vägnar i ett visst ärende"),
           S(FB, "Förbundsstyrelsen", "none", None, "besluta", "beslutat",
             "om denna delegationsordning för sin förvaltning")], parent="title"),
        H(d, "h1", "Dokumentets syfte"),
        P(d, "2", "paragraph", "Denna delegationsordning anger vilka frågor förbundsstyrelsen har "
          "delegerat beslutanderätten för och vilken funktion som har rätten att besluta.",
          [("förbundsstyrelsen", FB)],
          [("anger", "ange", "pres"), ("har", "ha", "pres"), ("delegerat", "delegera", "sup"),
           ("har", "ha", "pres", "act", 1), ("besluta", "besluta", "inf")], parent="h1"),
        H(d, "h2", "Dokumentet gäller för"),
        P(d, "3", "paragraph", "Verksamhet inom förbundsstyrelsens ansvarsområden.",
          [("förbundsstyrelsens", FB)], parent="h2"),
        H(d, "h3", "Inledning"),
        P(d, "4", "paragraph", p4,
          [("GR:s", GR), ("förbundsfullmäktige", FF), ("kommunalförbundets", KFB),
           ("Fullmäktige", FF), ("kommunalförbundets", KFB, 1), ("GR:s", GR, 1),
           ("antagningsnämnd", "antagningsnämnd"), ("utbildningsgruppen", "antagningsnämnd")],
          [("har", "ha", "pres"), ("är", "vara", "pres"), ("har", "ha", "pres", "act", 1),
           ("fatta", "fatta", "inf"), ("är", "vara", "pres", "act", 1),
           ("framgår", "framgå", "pres"), ("ska", "skola", "pres"),
           ("fatta", "fatta", "inf", "act", 1), ("har", "ha", "pres", "act", 2),
           ("fatta", "fatta", "inf", "act", 2)],
          [S(FF, "förbundsfullmäktige", "responsibility", "har det övergripande ansvaret för",
             "ansvara", "har", "kommunalförbundets verksamhet och ekonomi"),
           S(FF, "Fullmäktige", "none", None, "vara", "är", "det organ som har rätten att "
             "fatta beslut på kommunalförbundets vägnar"),
           S(FF, "Fullmäktige", "permission", "har rätten att", "fatta", "fatta",
             "beslut på kommunalförbundets vägnar"),
           S("antagningsnämnd", "antagningsnämnd", "permission", "har rätt att", "fatta",
             "fatta", "vissa myndighetsbeslut", c4b)],
          [(c4a,), (c4b,)], parent="h3"),
        P(d, "5", "paragraph", p5,
          [("kommunalförbundet", KFB), ("fullmäktige", FF),
           ("förbundsdirektörens", "förbundsdirektör"), ("styrelsen", FB)],
          [("styrs", "styra", "pres", "pass"), ("antas", "anta", "pres", "pass"),
           ("anges", "ange", "pres", "pass"), ("ska", "skola", "pres"),
           ("bedrivas", "bedriva", "inf", "pass"), ("kompletteras", "komplettera", "pres", "pass"),
           ("antas", "anta", "pres", "pass", 1)],
          parent="h3"),
        P(d, "6", "paragraph", p6, [("styrelsen", FB)],
          [("redovisas", "redovisa", "pres", "pass")], parent="h3"),
        P(d, "7", "paragraph", p7, [("Fullmäktige", FF), ("nämnder", "nämnd")],
          [("har", "ha", "pres"), ("delegera", "delegera", "inf"), ("fatta", "fatta", "inf"),
           ("upprätta", "upprätta", "inf")],
          [S(FF, "Fullmäktige", "permission", "har möjlighet att", "delegera", "delegera",
             "rätten att fatta beslut i vissa ärenden till nämnder", c7)],
          [(c7,)], parent="h3"),
        P(d, "8", "paragraph", p8, [("fullmäktige", FF), ("nämnd", "nämnd")],
          [("kan", "kunna", "pres"), ("föras", "föra", "inf", "pass")],
          [S(None, None, "prohibition", "kan inte", "föra", "föras", "Följande beslut", c8,
             neg=True, pas=True)], [(c8,)],
          parent="h3"),
        P(d, "8.1", "list_item", "mål och riktlinjer för verksamhetet", parent="8", label="1."),
        P(d, "8.2", "list_item", "budget, skatt och andra viktiga ekonomiska fråg", parent="8",
          label="2."),
    ]


SY, MB, LM, ER = "styrelse", "medlem", "ledamot", "ersättare"


def finsam() -> list:
    d = "finsam-styrelsens-representanter"
    p4 = cut(d, "Antalet medlemmar", "kommun B i styrelsen.")
    p5 = cut(d, "I Finsamlagen", "av medlemmarna.")
    c4 = "om flera kommuner ingår i ett samordningsförbund"
    c7 = "När ledamöter eller ersättare ska utses för kommun och region"
    c8 = "om inte kortare mandattid anges i förbundsordningen"
    return [
        P(d, "m1", "paragraph", "Logotyp Finsam, finansiell samordning. Länk till startsidan för "
          "Finsam"),
        H(d, "title", "Styrelsens representanter", [("Styrelsens", SY)]),
        P(d, "1", "paragraph", "Styrelsen utövar beslutanderätten, förvaltningen och "
          "verkställigheten i samordningsförbundet. Styrelsen består av representanter från "
          "samtliga medlemmar.",
          [("Styrelsen", SY), ("samordningsförbundet", "samordningsförbund"),
           ("Styrelsen", SY, 1), ("representanter", "representant"), ("medlemmar", MB)],
          [("utövar", "utöva", "pres"), ("består", "bestå", "pres")],
          [S(SY, "Styrelsen", "none", None, "utöva", "utövar",
             "beslutanderätten, förvaltningen och verkställigheten i samordningsförbundet"),
           S(SY, "Styrelsen", "none", None, "bestå", "består",
             "av representanter från samtliga medlemmar")], parent="title"),
        P(d, "2", "paragraph", "De som ingår i styrelsen arbetar på Försäkringskassan och "
          "Arbetsförmedlingen eller är lokalpolitiker i kommun och region. De beslutar gemensamt "
          "hur de ska samarbeta och samverka utifrån lokala förutsättningar och behov.",
          [("styrelsen", SY), ("Försäkringskassan", "försäkringskassan"),
           ("Arbetsförmedlingen", "arbetsförmedlingen"), ("lokalpolitiker", "lokalpolitiker"),
           ("kommun", "kommun"), ("region", "region")],
          [("ingår", "ingå", "pres"), ("arbetar", "arbeta", "pres"), ("är", "vara", "pres"),
           ("beslutar", "besluta", "pres"), ("ska", "skola", "pres"),
           ("samarbeta", "samarbeta", "inf"), ("samverka", "samverka", "inf")],
          (),
          parent="title"),
        P(d, "3", "paragraph", "Varje medlem har en representant och minst en ersättare i "
          "styrelsen. Antalet ersättare ska vara lika många som antalet ledamöter.",
          [("medlem", MB), ("representant", "representant"), ("ersättare", ER),
           ("styrelsen", SY), ("ersättare", ER, 1), ("ledamöter", LM)],
          [("har", "ha", "pres"), ("ska", "skola", "pres"), ("vara", "vara", "inf")],
          [S(MB, "medlem", "none", None, "ha", "har",
             "en representant och minst en ersättare i styrelsen")], parent="title"),
        P(d, "4", "paragraph", p4,
          [("medlemmar", MB), ("förbund", "samordningsförbund"), ("parter", "part"),
           ("kommuner", "kommun"), ("regioner", "region"), ("medlemmar", MB, 1),
           ("förbund", "samordningsförbund", 1), ("kommuner", "kommun", 1),
           ("samordningsförbund", "samordningsförbund"), ("kommun", "kommun"),
           ("ledamot", LM), ("ersättare", ER), ("styrelsen", SY), ("ledamot", LM, 1),
           ("kommun A", "kommun a"), ("kommun B", "kommun b"), ("styrelsen", SY, 1)],
          [("kan", "kunna", "pres"), ("vara", "vara", "inf"), ("kan", "kunna", "pres", "act", 1),
           ("vara", "vara", "inf", "act", 1), ("innebär", "innebära", "pres"),
           ("ingår", "ingå", "pres"), ("ska", "skola", "pres"), ("vara", "vara", "inf", "act", 2),
           ("kan", "kunna", "pres", "act", 2), ("representera", "representera", "inf")],
          [S(LM, "ledamot", "prohibition", "kan inte", "representera", "representera",
             "kommun B", neg=True)],
          [(c4,)], parent="title"),
        P(d, "5", "paragraph", p5,
          [("ledamöter", LM), ("medlem", MB), ("medlem", MB, 1), ("ledamot", LM),
           ("Förbundsmedlemmarna", "förbundsmedlem"), ("ledamöter", LM, 1), ("ersättare", ER),
           ("styrelsen", SY), ("medlemmarna", MB)],
          [("sägs", "säga", "pres", "pass"), ("innebär", "innebära", "pres"),
           ("kan", "kunna", "pres"), ("ha", "ha", "inf"), ("ska", "skola", "pres"),
           ("bestämma", "bestämma", "inf"), ("ska", "skola", "pres", "act", 1),
           ("representera", "representera", "inf")],
          [S("förbundsmedlem", "Förbundsmedlemmarna", "obligation", "ska", "bestämma",
             "bestämma", "antalet ledamöter och ersättare i styrelsen och hur många som ska "
             "representera var och en av medlemmarna")], parent="title"),
        H(d, "h1", "Utnämnande av styrelsen", [("styrelsen", SY)], parent="title"),
        P(d, "6", "paragraph", "Det är medlemmarna som utser styrelsens ledamöter och ersättare. "
          "Till ledamot och ersättare i styrelsen får en medlem utse endast den som är:",
          [("medlemmarna", MB), ("styrelsens", SY), ("ledamöter", LM), ("ersättare", ER),
           ("ledamot", LM), ("ersättare", ER, 1), ("styrelsen", SY), ("medlem", MB)],
          [("är", "vara", "pres"), ("utser", "utse", "pres"), ("får", "få", "pres"),
           ("utse", "utse", "inf"), ("är", "vara", "pres", "act", 1)],
          [S(MB, "medlemmarna", "none", None, "utse", "utser",
             "styrelsens ledamöter och ersättare"),
           S(MB, "medlem", "permission", "får", "utse", "utse", "endast den som är:")],
          parent="h1"),
        P(d, "6.a", "list_item", "ledamot eller ersättare i kommun- eller regionsfullmäktige",
          [("ledamot", LM), ("ersättare", ER), ("kommun-", "kommunfullmäktige"),
           ("regionsfullmäktige", "regionfullmäktige")], parent="6", label="•"),
        P(d, "6.b", "list_item", "anställd vid Arbetsförmedlingen",
          [("anställd", "anställd"), ("Arbetsförmedlingen", "arbetsförmedlingen")],
          parent="6", label="•"),
        P(d, "6.c", "list_item", "anställd vid Försäkringskassan.",
          [("anställd", "anställd"), ("Försäkringskassan", "försäkringskassan")],
          parent="6", label="•"),
        P(d, "7", "paragraph", "När ledamöter eller ersättare ska utses för kommun och region ska "
          "det ske genom proportionellt val. Se Lag (1992:339) om proportionellt valsätt, 2 §.",
          [("ledamöter", LM), ("ersättare", ER), ("kommun", "kommun"), ("region", "region")],
          [("ska", "skola", "pres"), ("utses", "utse", "inf", "pass"),
           ("ska", "skola", "pres", "act", 1), ("ske", "ske", "inf"), ("Se", "se", "imp")],
          (), [(c7,)], parent="h1"),
        P(d, "8", "paragraph", "Styrelsen väljs för fyra år om inte kortare mandattid anges i "
          "förbundsordningen. Styrelsen utser en ordförande och en eller två vice ordförande. "
          "Mandattiden räknas från och med den 1 april året ef",
          [("Styrelsen", SY), ("Styrelsen", SY, 1), ("ordförande", "ordförande"),
           ("vice ordförande", "vice ordförande")],
          [("väljs", "välja", "pres", "pass"), ("anges", "ange", "pres", "pass"),
           ("utser", "utse", "pres"), ("räknas", "räkna", "pres", "pass")],
          [S(SY, "Styrelsen", "none", None, "utse", "utser",
             "en ordförande och en eller två vice ordförande")], [(c8,)], parent="h1"),
    ]


HF = "handelsanställdas förbund"


def handels() -> list:
    d = "handels-stadgar"
    p1 = cut(d, "Handelsanställdas förbund är", "ska tillhöra förbundet.")
    p2 = cut(d, "att tillvarata", "ekonomisk demokrati.")
    i4 = cut(d, "att upprätthålla", "samarbetar med IFS.")
    p41 = cut(d, "Varje arbetstagare", "stadgar föreligger.")
    c1 = "enligt Landsorganisationens (LO) organisationsplan"
    c41 = "i det fall då uteslutningsgrund enligt förbundets stadgar föreligger"
    ska = ("obligation", "ska")

    def item(cid: str, text: str, acts: list, verb: str, obj: str, more: list = ()) -> dict:
        return P(d, cid, "list_item", text, acts, [(verb[0], verb[1], "inf"), *more],
                 [S(HF, "förbundet", *ska, verb[1], verb[0], obj)], parent="§1.3")

    return [
        P(d, "m1", "paragraph", "Bli medlem", [("medlem", "medlem")], [("Bli", "bli", "imp")]),
        H(d, "title", "Stadgar i fulltext"),
        P(d, "§1", "heading", "FÖRBUNDETS UPPGIFT", [("FÖRBUNDETS", HF)], label="§ 1"),
        H(d, "§1.h1", "Organisationsområde", parent="§1"),
        P(d, "§1.1", "paragraph", p1,
          [("Handelsanställdas förbund", HF), ("arbetstagare", "arbetstagare"),
           ("Landsorganisationens", "landsorganisationen"), ("LO", "landsorganisationen"),
           ("förbundet", HF)],
          [("är", "vara", "pres"), ("ska", "skola", "pres"), ("tillhöra", "tillhöra", "inf")],
          [S(HF, "Handelsanställdas förbund", "none", None, "vara", "är",
             p1[p1.index("en sammanslutning"):-1]),
           S("arbetstagare", "arbetstagare", *ska, "tillhöra", "tillhöra", "förbundet", c1)],
          [(c1,)], parent="§1", label="Moment 1"),
        H(d, "§1.h2", "Uppgift", parent="§1"),
        P(d, "§1.2", "paragraph", "Förbundets uppgift är:", [("Förbundets", HF)],
          [("är", "vara", "pres")], parent="§1", label="Moment 2"),
        P(d, "§1.2.1", "paragraph", p2, [("medlemmarnas", "medlem")],
          [("tillvarata", "tillvarata", "inf"), ("verka", "verka", "inf")], parent="§1.2"),
        P(d, "§1.3", "paragraph", "För att fullfölja denna uppgift ska förbundet verka för",
          [("förbundet", HF)],
          [("fullfölja", "fullfölja", "inf"), ("ska", "skola", "pres"), ("verka", "verka", "inf")],
          parent="§1.2"),
        item("§1.3.1", "att främja medlemmarnas fackliga, politiska och kulturella "
             "bildningssträvanden,", [("medlemmarnas", "medlem")], ("främja", "främja"),
             "medlemmarnas fackliga, politiska och kulturella bildningssträvanden"),
        item("§1.3.2", "att genom anslutning till LO samarbeta med övriga anslutna förbund,",
             [("LO", "landsorganisationen"), ("förbund", "förbund")],
             ("samarbeta", "samarbeta"), "med övriga anslutna förbund"),
        item("§1.3.3", "att verka för alla människors lika värde, jämlikhet och likabehandling,",
             [], ("verka", "verka"),
             "för alla människors lika värde, jämlikhet och likabehandling"),
        item("§1.3.4", i4,
             [("fackliga organisationer", "facklig organisation"),
              ("centralorganisationer", "centralorganisation"),
              ("Internationella Fackliga Samorganisationen",
               "internationella fackliga samorganisationen"),
              ("IFS", "internationella fackliga samorganisationen"),
              ("IFS", "internationella fackliga samorganisationen", 1)],
             ("upprätthålla", "upprätthålla"),
             i4[len("att upprätthålla "):-1],
             [("tillhör", "tillhöra", "pres"), ("är", "vara", "pres"),
              ("samarbetar", "samarbeta", "pres")]),
        P(d, "§2", "heading", "ORGANISATION", label="§ 2"),
        P(d, "§2.0", "paragraph", "Medlemmarnas inflytande över förbundets verksamhet och "
          "förvaltning utövas i följande beslutande och rådgivande organ:",
          [("Medlemmarnas", "medlem"), ("förbundets", HF)],
          [("utövas", "utöva", "pres", "pass")], parent="§2"),
        H(d, "§2.h1", "Förbundets beslutande organ", [("Förbundets", HF)], parent="§2"),
        H(d, "§2.1", "Moment 1", parent="§2.h1"),
        P(d, "§2.1.a", "list_item", "Kongressen", [("Kongressen", "kongress")], parent="§2.1",
          label="1."),
        P(d, "§2.1.b", "list_item", "Förbundsrådet", [("Förbundsrådet", "förbundsråd")],
          parent="§2.1", label="2."),
        P(d, "§2.1.c", "list_item", "Förbundsstyrelsen", [("Förbundsstyrelsen", FB)],
          parent="§2.1", label="3."),
        H(d, "§2.h2", "Förbundets rådgivande organ", [("Förbundets", HF)], parent="§2"),
        P(d, "§2.2", "paragraph", "Förbundsstyrelsen kan inrätta råd och kalla till konferenser.",
          [("Förbundsstyrelsen", FB)],
          [("kan", "kunna", "pres"), ("inrätta", "inrätta", "inf"), ("kalla", "kalla", "inf")],
          [S(FB, "Förbundsstyrelsen", "permission", "kan", "inrätta", "inrätta", "råd"),
           S(FB, "Förbundsstyrelsen", "permission", "kan", "kalla", "kalla", "till konferenser")],
          parent="§2.h2", label="Moment 2"),
        H(d, "§2.h3", "Förbundets lokala verksamhet", [("Förbundets", HF)], parent="§2"),
        P(d, "§2.3", "paragraph", "Förbundets lokala verksamhet utövas av avdelningar.",
          [("Förbundets", HF), ("avdelningar", "avdelning")],
          [("utövas", "utöva", "pres", "pass")],
          [S("avdelning", "avdelningar", "none", None, "utöva", "utövas",
             "Förbundets lokala verksamhet", pas=True)], parent="§2.h3", label="Moment 3"),
        P(d, "§3", "heading", "FÖRBUNDETS SÄTE", [("FÖRBUNDETS", HF)], label="§ 3"),
        P(d, "§3.1", "paragraph", "Förbundet har sitt säte i Stockholm.", [("Förbundet", HF)],
          [("har", "ha", "pres")],
          [S(HF, "Förbundet", "none", None, "ha", "har", "sitt säte i Stockholm")], parent="§3"),
        P(d, "§4", "heading", "INTRÄDE", label="§ 4"),
        H(d, "§4.h1", "Medlemskap", parent="§4"),
        P(d, "§4.1", "paragraph", p41,
          [("arbetstagare", "arbetstagare"), ("förbundets", HF), ("förbundet", HF),
           ("förbundets", HF, 1)],
          [("har", "ha", "pres"), ("har", "ha", "pres", "act", 1),
           ("genomgår", "genomgå", "pres"), ("gäller", "gälla", "pres"),
           ("föreligger", "föreligga", "pres")],
          [S("arbetstagare", "arbetstagare", "none", None, "ha", "har",
             "rätt till inträde i förbundet")], [(c41,)], parent="§4.h1", label="Moment 1"),
        P(d, "§4.2", "paragraph", "Medlemskap i förbundet innebär också medlem",
          [("förbundet", HF)], [("innebär", "innebära", "pres")], parent="§4.h1"),
    ]


DOCS = {
    "svenska-kyrkan-alunda-styrning-och-ledning": alunda,
    "frimodig-kyrka-kyrkofullmaktige-kyrkorad": frimodig,
    "helsinginseutu-staderna-beslutsfattande": helsinginseutu,
    "esbo-stadsstyrelse-instruktion": esbo,
    "goteborgsregionen-delegationsordning-forbundsstyrelsen": goteborgsregionen,
    "finsam-styrelsens-representanter": finsam,
    "handels-stadgar": handels,
}
