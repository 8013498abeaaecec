"""The hand annotation of part am (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md,
section "Part am".
"""

from __future__ import annotations

from build import A, C, S, V, rec

# ---------------------------------------------------------------------------------------------
HA = "halmstad-funktionsrattsradet-reglemente"
KFR_H = "kommunalt funktionsrättsråd"
HK = "halmstads kommun"


def halmstad() -> list:
    d = HA
    s2b = ("Funktionsrättsrådet ska bestå av tio ledamöter och tio ersättare varav fem ledamöter "
           "och fem ersättare är från funktionsrättsorganisationerna och lika många från "
           "kommunen.")
    s2c = ("Ledamöter och ersättare utses för en mandatperiod med början den 1 januari året efter "
           "allmänna val till och med den 31 december året för mandatperiodens slut.")
    s2d = ("Kommunstyrelsen utser kommunens fem ordinarie ledamöter och fem ersättare. Minst en av "
           "de ordinarie skall vara ett kommunråd, övriga ska ingå i någon kommunal nämnd eller "
           "styrelse.")
    s2f = ("Till rådet finns en referensgrupp bestående av en representant för varje lokalt "
           "verkande funktionsrättsorganisation eller intresseförening för personer med "
           "funktionsnedsättningar.")
    s2g = ("Funktionsrättsorganisationernas ledamöter utses av referensgruppen. Olika "
           "funktionsnedsättningsgrupper skall vara representerade i rådet, vilket betyder att "
           "ett mandat vardera skall tilldelas föreningar som företräder människor med psykiska "
           "eller intellektuella funktionsnedsättningar, medicinska funktionsnedsättningar, "
           "nedsatt rörelseförmåga, hörselskadade/döva, och synskada.")
    om = ("Om ledamot i funktionsrättsrådets referensgrupp av någon anledning förlorar sin "
          "plattform i den egna organisationen")
    s2h = om + " kan ledamoten inte sitta kvar i funktionsrättsrådet."
    return [
        rec(d, "1", "paragraph",
            "Kommunala funktionsrättsrådets ansvarsområde och uppgifter regleras i detta "
            "reglemente.",
            [A("Kommunala funktionsrättsrådets", KFR_H), V("regleras", "reglera", "pres", "pass")]),
        rec(d, "§1", "paragraph",
            "För funktionsrättsrådet gäller, utöver vad som föreskrivs i kommunallagen och annan "
            "relevant lagstiftning, av kommunfullmäktige antagna styrande riktlinjer och planer.",
            [A("funktionsrättsrådet", KFR_H), V("gäller", "gälla", "pres"),
             V("föreskrivs", "föreskriva", "pres", "pass"),
             A("kommunfullmäktige", "kommunfullmäktige")], label="1 §"),
        rec(d, "§1.2", "paragraph",
            "Rådet är ett remiss- och referensorgan för överläggningar, samråd och ömsesidig "
            "information mellan företrädare för funktionsrättsorganisationerna och Halmstads "
            "kommun.",
            [A("Rådet", KFR_H), V("är", "vara", "pres"), A("företrädare", "företrädare"),
             A("funktionsrättsorganisationerna", "funktionsrättsorganisation"),
             A("Halmstads kommun", HK)],
            [S(KFR_H, "Rådet", "none", None, "vara", "är",
               "ett remiss- och referensorgan för överläggningar, samråd och ömsesidig "
               "information mellan företrädare för funktionsrättsorganisationerna och Halmstads "
               "kommun")]),
        rec(d, "§1.3", "paragraph", "Rådet behandlar inte personliga ärenden.",
            [A("Rådet", KFR_H), V("behandlar", "behandla", "pres")],
            [S(KFR_H, "Rådet", "none", None, "behandla", "behandlar", "personliga ärenden",
               neg=True)]),
        rec(d, "h1", "heading", "Rådets sammansättning och organisation", [A("Rådets", KFR_H)]),
        rec(d, "§2.a", "list_item", "Kommunala funktionsrättsrådet är knutet till kommunstyrelsen.",
            [A("Kommunala funktionsrättsrådet", KFR_H), V("är", "vara", "pres"),
             A("kommunstyrelsen", "kommunstyrelse")],
            [S(KFR_H, "Kommunala funktionsrättsrådet", "none", None, "vara", "är",
               "knutet till kommunstyrelsen")], label="2 § -"),
        rec(d, "§2.b", "list_item", s2b,
            [A("Funktionsrättsrådet", KFR_H), V("ska", "skola", "pres"), V("bestå", "bestå", "inf"),
             A("ledamöter", "ledamot"), A("ersättare", "ersättare"),
             A("ledamöter", "ledamot", 1), A("ersättare", "ersättare", 1), V("är", "vara", "pres"),
             A("funktionsrättsorganisationerna", "funktionsrättsorganisation"),
             A("kommunen", HK)],
            [S(KFR_H, "Funktionsrättsrådet", "obligation", "ska", "bestå", "bestå",
               s2b[len("Funktionsrättsrådet ska bestå "):-1])], label="-"),
        rec(d, "§2.c", "list_item", s2c,
            [A("Ledamöter", "ledamot"), A("ersättare", "ersättare"),
             V("utses", "utse", "pres", "pass")],
            [S("ledamot", "Ledamöter", "none", None, "utse", "utses", pas=True),
             S("ersättare", "ersättare", "none", None, "utse", "utses", pas=True)], label="-"),
        rec(d, "§2.d", "list_item", s2d,
            [A("Kommunstyrelsen", "kommunstyrelse"), V("utser", "utse", "pres"),
             A("kommunens", HK), A("ledamöter", "ledamot"), A("ersättare", "ersättare"),
             V("skall", "skola", "pres"), V("vara", "vara", "inf"), V("ska", "skola", "pres"),
             V("ingå", "ingå", "inf"), A("nämnd", "nämnd"), A("styrelse", "styrelse")],
            [S("kommunstyrelse", "Kommunstyrelsen", "none", None, "utse", "utser",
               "kommunens fem ordinarie ledamöter och fem ersättare")], label="-"),
        rec(d, "§2.e", "list_item",
            "Kommunstyrelsen utser en av ledamöterna till rådets ordförande.",
            [A("Kommunstyrelsen", "kommunstyrelse"), V("utser", "utse", "pres"),
             A("ledamöterna", "ledamot")],
            [S("kommunstyrelse", "Kommunstyrelsen", "none", None, "utse", "utser",
               "en av ledamöterna till rådets ordförande")], label="-"),
        rec(d, "§2.f", "list_item", s2f,
            [A("rådet", KFR_H), V("finns", "finnas", "pres"), A("referensgrupp", "referensgrupp"),
             A("representant", "representant"),
             A("funktionsrättsorganisation", "funktionsrättsorganisation"),
             A("intresseförening", "intresseförening")],
            [S("referensgrupp", "referensgrupp", "none", None, "finnas", "finns")], label="-"),
        rec(d, "§2.g", "list_item", s2g,
            [A("Funktionsrättsorganisationernas ledamöter",
               "funktionsrättsorganisationernas ledamot"),
             V("utses", "utse", "pres", "pass"), A("referensgruppen", "referensgrupp"),
             V("skall", "skola", "pres"), V("vara", "vara", "inf"), A("rådet", KFR_H),
             V("betyder", "betyda", "pres"), V("skall", "skola", "pres", occ=1),
             V("tilldelas", "tilldela", "inf", "pass"), A("föreningar", "förening"),
             V("företräder", "företräda", "pres")],
            [S("referensgrupp", "referensgruppen", "none", None, "utse", "utses",
               "Funktionsrättsorganisationernas ledamöter", pas=True)], label="-"),
        rec(d, "§2.h", "list_item", s2h,
            [C(om), A("ledamot", "ledamot"), A("funktionsrättsrådets", KFR_H),
             A("referensgrupp", "referensgrupp"), V("förlorar", "förlora", "pres"),
             V("kan", "kunna", "pres"), A("ledamoten", "ledamot"), V("sitta", "sitta", "inf"),
             A("funktionsrättsrådet", KFR_H)],
            [S("ledamot", "ledamoten", "prohibition", "kan inte", "sitta", "sitta",
               "kvar i funktionsrättsrådet", cond=om, neg=True)], label="-"),
    ]


# ---------------------------------------------------------------------------------------------
TA = "tanums-kommun-reglemente-funktionshinderradet"
KFR_T = "kommunalt funktionshinderråd"
TK = "tanums kommun"


def tanum() -> list:
    d = TA
    p1 = ("Reglementet fastställdes av kommunfullmäktige 2018-11-26 § 140. Fullmäktige beslutade "
          "att deltagare i Kommunala funktionshinderrådet får ersättning för förlorad "
          "arbetsförtjänst.")
    nar = "när det gäller utbildning, arbete, tillgänglighet och levnadsvillkor"
    p2 = ("Kommunen ska arbeta för goda villkor för personer med funktionsnedsättning i kommunen "
          f"{nar}. Vid behov sker samråd med andra samhällsorgan och organisationer.")
    p3 = ("Det kommunala funktionshinderrådet är ett rådgivande organ. Målgruppen för rådet är "
          "kommuninvånare som har någon form av funktionsnedsättning. Inom rådet sker ömsesidig "
          "information och samråd mellan företrädare för funktionshinderorganisationerna å ena "
          "sidan och kommunens styrelser och nämnder å andra sidan i frågor som berör "
          "målgruppen.")
    p4 = ("Kommunala funktionshinderrådet ska ges möjlighet att få yttra sig, framföra synpunkter "
          "och förslag till styrelser och nämnder så att de tas hänsyn till och beaktas utifrån "
          "olika funktionsvariationer inom målgruppen.")
    m4 = "ska ges möjlighet att"
    p5 = ("De ärenden som avhandlas av rådet och som gäller målgruppen ska vara av allmängiltig "
          "karaktär.")
    p6 = ("Till kommunala funktionshinderrådets uppgifter hör att bevaka att vad som sägs i lagar "
          "och bestämmelser för målgruppen följs och att följa verksamheter och åtgärder som har "
          "betydelse samt arbeta för att målgruppen får erforderlig och relevant information. "
          "Rådet ska arbeta för att funktionsvarierade barn, ungdomar och vuxna integreras och "
          "inkluderas i olika verksamheter, såsom utbildning, arbete och vardagsliv.")
    g = "kommunala funktionshinderrådets"
    p7 = ("Rådet ska årligen i samband med budgetplanering och bokslut ges en orientering om "
          "planerade respektive genomförda åtgärder som berör målgruppen. Ansvaret för detta "
          "åvilar omsorgsnämnden.")
    return [
        rec(d, "title", "heading",
            "Reglemente för kommunala funktionshinderrådet i Tanums kommun (KFR)",
            [A("kommunala funktionshinderrådet", KFR_T), A("Tanums kommun", TK),
             A("KFR", KFR_T)]),
        rec(d, "1", "paragraph", p1,
            [V("fastställdes", "fastställa", "past", "pass"),
             A("kommunfullmäktige", "kommunfullmäktige"), A("Fullmäktige", "kommunfullmäktige"),
             V("beslutade", "besluta", "past"), A("deltagare", "deltagare"),
             A("Kommunala funktionshinderrådet", KFR_T), V("får", "få", "pres")],
            [S("kommunfullmäktige", "kommunfullmäktige", "none", None, "fastställa",
               "fastställdes", "Reglementet", pas=True),
             S("kommunfullmäktige", "Fullmäktige", "none", None, "besluta", "beslutade",
               "att deltagare i Kommunala funktionshinderrådet får ersättning för förlorad "
               "arbetsförtjänst")]),
        rec(d, "h1", "heading", "Allmänt", []),
        rec(d, "2", "paragraph", p2,
            [A("Kommunen", TK), V("ska", "skola", "pres"), V("arbeta", "arbeta", "inf"), C(nar),
             V("gäller", "gälla", "pres"), C("Vid behov"), V("sker", "ske", "pres"),
             A("samhällsorgan", "samhällsorgan"), A("organisationer", "organisation")],
            [S(TK, "Kommunen", "obligation", "ska", "arbeta", "arbeta",
               "för goda villkor för personer med funktionsnedsättning i kommunen", cond=nar)]),
        rec(d, "3", "paragraph", p3,
            [A("funktionshinderrådet", KFR_T), V("är", "vara", "pres"), A("rådet", KFR_T),
             V("är", "vara", "pres", occ=1), V("har", "ha", "pres"), A("rådet", KFR_T, 1),
             V("sker", "ske", "pres"), A("företrädare", "företrädare"),
             A("funktionshinderorganisationerna", "funktionshinderorganisation"),
             A("kommunens", TK), A("styrelser", "styrelse"), A("nämnder", "nämnd"),
             V("berör", "beröra", "pres")],
            [S(KFR_T, "funktionshinderrådet", "none", None, "vara", "är",
               "ett rådgivande organ")]),
        rec(d, "4", "paragraph", p4,
            [A("Kommunala funktionshinderrådet", KFR_T), V("ska", "skola", "pres"),
             V("ges", "ge", "inf", "pass"), V("få", "få", "inf"), V("yttra", "yttra", "inf"),
             V("framföra", "framföra", "inf"), A("styrelser", "styrelse"),
             A("nämnder", "nämnd"), V("tas", "ta", "pres", "pass"),
             V("beaktas", "beakta", "pres", "pass"),
             C("utifrån olika funktionsvariationer inom målgruppen")],
            [S(KFR_T, "Kommunala funktionshinderrådet", "obligation", m4, "få", "få",
               "yttra sig"),
             S(KFR_T, "Kommunala funktionshinderrådet", "obligation", m4, "framföra",
               "framföra", "synpunkter och förslag till styrelser och nämnder")]),
        rec(d, "5", "paragraph", p5,
            [V("avhandlas", "avhandla", "pres", "pass"), A("rådet", KFR_T),
             V("gäller", "gälla", "pres"), V("ska", "skola", "pres"), V("vara", "vara", "inf")]),
        rec(d, "h2", "heading", "Uppgifter och samverkan", []),
        rec(d, "6", "paragraph", p6,
            [A(g, KFR_T), V("hör", "höra", "pres"), V("bevaka", "bevaka", "inf"),
             V("sägs", "säga", "pres", "pass"), V("följs", "följa", "pres", "pass"),
             V("följa", "följa", "inf"), V("har", "ha", "pres"), V("arbeta", "arbeta", "inf"),
             V("får", "få", "pres"), A("Rådet", KFR_T), V("ska", "skola", "pres"),
             V("arbeta", "arbeta", "inf", occ=1), A("barn", "barn"), A("ungdomar", "ungdom"),
             A("vuxna", "vuxen"), V("integreras", "integrera", "pres", "pass"),
             V("inkluderas", "inkludera", "pres", "pass")],
            [S(KFR_T, g, "obligation", "hör att", "bevaka", "bevaka",
               "att vad som sägs i lagar och bestämmelser för målgruppen följs"),
             S(KFR_T, g, "obligation", "hör att", "följa", "följa",
               "verksamheter och åtgärder som har betydelse"),
             S(KFR_T, g, "obligation", "hör att", "arbeta", "arbeta",
               "för att målgruppen får erforderlig och relevant information"),
             S(KFR_T, "Rådet", "obligation", "ska", "arbeta", "arbeta",
               "för att funktionsvarierade barn, ungdomar och vuxna integreras och inkluderas "
               "i olika verksamheter, såsom utbildning, arbete och vardagsliv")]),
        rec(d, "7", "paragraph", p7,
            [A("Rådet", KFR_T), V("ska", "skola", "pres"), V("ges", "ge", "inf", "pass"),
             V("berör", "beröra", "pres"), V("åvilar", "åvila", "pres"),
             A("omsorgsnämnden", "omsorgsnämnd")],
            [S(KFR_T, "Rådet", "obligation", "ska", "ge", "ges",
               "en orientering om planerade respektive genomförda åtgärder som berör målgruppen",
               pas=True)]),
        rec(d, "h3", "heading", "Organisation och sammansättning", []),
        rec(d, "8", "paragraph",
            "Kommunala funktionshinderrådet är organisatoriskt knutet till omsorgsnämnden.",
            [A("Kommunala funktionshinderrådet", KFR_T), V("är", "vara", "pres"),
             A("omsorgsnämnden", "omsorgsnämnd")],
            [S(KFR_T, "Kommunala funktionshinderrådet", "none", None, "vara", "är",
               "organisatoriskt knutet till omsorgsnämnden")]),
    ]


# ---------------------------------------------------------------------------------------------
AS = "askersund-kommun-kommunala-pensionarsradet"
KPR = "kommunalt pensionärsråd"
KPR_ORD = "kommunala pensionärsrådets ordförande"


def askersund() -> list:
    d = AS
    p1 = ("Det kommunala pensionärsrådet består av företrädare från pensionärsorganisationerna och "
          "kommunens socialnämnd. Rådet har tolv ledamöter, varav tio utses av "
          "pensionärsorganisationerna och två av socialnämnden. De pensionärsorganisationer som "
          "är företrädda i rådet skall vara öppna för alla pensionärer, vara riksomfattande och "
          "ha en verksamhet inriktad på att tillvarata pensionärernas intressen. Rådet är "
          "organisatoriskt knutet till socialnämnden.")
    om1 = "om ordförande anser det vara nödvändigt"
    om2 = "om minst en tredjedel av pensionärsorganisationernas representanter begär det"
    p2 = ("Rådet har fem sammanträden per år. Rådet kan inrätta ett extra sammanträde för att "
          f"behandla en viss fråga {om1} eller {om2}.")
    p3 = ("Till rådets uppgifter hör att vara remissinstans i ärenden som rör pensionärernas "
          "ekonomiska situation, sociala trygghet med omvårdnad och de miljömässiga förhållanden "
          "som skapar tillgänglighet och säkerhet i samhället. Kommunens företrädare skall "
          "informera rådet om planer och förändringar av samhällsinsatsernas utformning och "
          "organisation i ett så tidigt skede att rådets synpunkter och förslag kan påverka "
          "ärendenas handläggning i aktuell nämnd eller styrelse.")
    return [
        rec(d, "title", "heading", "Kommunala pensionärsrådet",
            [A("Kommunala pensionärsrådet", KPR)]),
        rec(d, "h1", "heading", "Två personer som håller varandra i handen",
            [V("håller", "hålla", "pres")]),
        rec(d, "1", "paragraph", p1,
            [A("pensionärsrådet", KPR), V("består", "bestå", "pres"),
             A("företrädare", "företrädare"),
             A("pensionärsorganisationerna", "pensionärsorganisation"), A("kommunens", "kommun"),
             A("socialnämnd", "socialnämnd"), A("Rådet", KPR), V("har", "ha", "pres"),
             A("ledamöter", "ledamot"), V("utses", "utse", "pres", "pass"),
             A("pensionärsorganisationerna", "pensionärsorganisation", 1),
             A("socialnämnden", "socialnämnd"),
             A("pensionärsorganisationer", "pensionärsorganisation"), V("är", "vara", "pres"),
             A("rådet", KPR), V("skall", "skola", "pres"), V("vara", "vara", "inf"),
             A("pensionärer", "pensionär"), V("vara", "vara", "inf", occ=1),
             V("ha", "ha", "inf"), V("tillvarata", "tillvarata", "inf"),
             A("pensionärernas", "pensionär"), A("Rådet", KPR, 1),
             V("är", "vara", "pres", occ=1), A("socialnämnden", "socialnämnd", 1)],
            [S(KPR, "pensionärsrådet", "none", None, "bestå", "består",
               "av företrädare från pensionärsorganisationerna och kommunens socialnämnd"),
             S(KPR, "Rådet", "none", None, "ha", "har",
               "tolv ledamöter, varav tio utses av pensionärsorganisationerna och två av "
               "socialnämnden"),
             S("pensionärsorganisation", "pensionärsorganisationer", "obligation", "skall",
               "vara", "vara", "öppna för alla pensionärer"),
             S("pensionärsorganisation", "pensionärsorganisationer", "obligation", "skall",
               "vara", "vara", "riksomfattande"),
             S("pensionärsorganisation", "pensionärsorganisationer", "obligation", "skall",
               "ha", "ha", "en verksamhet inriktad på att tillvarata pensionärernas intressen"),
             S(KPR, "Rådet", "none", None, "vara", "är",
               "organisatoriskt knutet till socialnämnden")]),
        rec(d, "h2", "heading", "Hur ofta träffas det kommunala pensionärsrådet?",
            [V("träffas", "träffas", "pres"), A("pensionärsrådet", KPR)]),
        rec(d, "2", "paragraph", p2,
            [A("Rådet", KPR), V("har", "ha", "pres"), A("Rådet", KPR, 1),
             V("kan", "kunna", "pres"), V("inrätta", "inrätta", "inf"),
             V("behandla", "behandla", "inf"), C(om1), A("ordförande", KPR_ORD),
             V("anser", "anse", "pres"), V("vara", "vara", "inf"), C(om2),
             A("pensionärsorganisationernas", "pensionärsorganisation"),
             A("representanter", "representant"), V("begär", "begära", "pres")],
            [S(KPR, "Rådet", "none", None, "ha", "har", "fem sammanträden per år"),
             S(KPR, "Rådet", "permission", "kan", "inrätta", "inrätta",
               "ett extra sammanträde", cond=om1)]),
        rec(d, "h3", "heading", "Kommunala pensionärsrådets uppgifter",
            [A("Kommunala pensionärsrådets", KPR)]),
        rec(d, "3", "paragraph", p3,
            [A("rådets", KPR), V("hör", "höra", "pres"), V("vara", "vara", "inf"),
             V("rör", "röra", "pres"), A("pensionärernas", "pensionär"),
             V("skapar", "skapa", "pres"), A("Kommunens", "kommun"),
             A("företrädare", "företrädare"), V("skall", "skola", "pres"),
             V("informera", "informera", "inf"), A("rådet", KPR), A("rådets", KPR, 1),
             V("kan", "kunna", "pres"), V("påverka", "påverka", "inf"), A("nämnd", "nämnd"),
             A("styrelse", "styrelse")],
            [S(KPR, "rådets", "obligation", "hör att", "vara", "vara",
               "remissinstans i ärenden som rör pensionärernas ekonomiska situation, sociala "
               "trygghet med omvårdnad och de miljömässiga förhållanden som skapar "
               "tillgänglighet och säkerhet i samhället"),
             S("företrädare", "företrädare", "obligation", "skall", "informera", "informera",
               "rådet om planer och förändringar av samhällsinsatsernas utformning och "
               "organisation i ett så tidigt skede att rådets synpunkter och förslag kan "
               "påverka ärendenas handläggning i aktuell nämnd eller styrelse")]),
        rec(d, "4", "paragraph",
            "Mer information om det kommunala pensionärsrådet och dess uppgifter finns i "
            "pensionärsrådets reglemente, se länk.",
            [A("pensionärsrådet", KPR), V("finns", "finnas", "pres"),
             A("pensionärsrådets", KPR), V("se", "se", "imp")]),
        rec(d, "m1", "paragraph", "Sidansvarig: Matilda Persson |", []),
        rec(d, "m2", "paragraph", "Uppdaterad: 2020-05-18", []),
    ]


# ---------------------------------------------------------------------------------------------
SA = "sala-kommun-reglemente-bygg-och-miljonamnden"
BMN = "bygg- och miljönämnd"
SK = "sala kommun"


def between(text: str, start: str, end: str) -> str:
    i = text.index(start) + len(start)
    return text[i:text.index(end, i)]


def sala() -> list:
    d = SA
    p2 = ("Bygg- och miljönämnden fullgör kommunens uppgifter inom byggnadsväsendet, miljöoch "
          "hälsoskyddsområdet samt de övriga uppgifter som enligt lag ska fullgöras av den "
          "kommunala nämnden inom byggnadsväsendet samt miljö- och hälsoskyddsområdet. "
          "Bygg- och miljönämnden ska bl a svara för prövning av dispenser och tillsyn av "
          "naturvården som ankommer på kommunen enligt miljöbalken, svara för prövning av "
          "dispenser och för tillsyn som ankommer på kommunen i fråga om strandskydd, initiera "
          "och bereda övriga ärenden som regleras av 7 kap miljöbalken, svara för prövning och "
          "tillsyn som ankommer på kommunen inom miljö- och hälsoskyddsområdet, inkluderande "
          "förorenade områden, täkter samt kemiska produkter och biotekniska organismer, svara "
          "för tillsyn som ankommer på kommunen enligt miljöbalken vad gäller vattenverksamhet, "
          "skötsel av jordbruksmark, vilthägn, stängsel samt områden som omfattas av krav på "
          "anmälan enligt 12 kap 6 miljöbalken, svara för prövning av ansökningar om "
          "tillåtelse, tillstånd, dispens eller undantag från vad som annars gäller i fråga om "
          "transport, återvinning eller bortskaffande av avfall och för den tillsyn som "
          "ankommer på kommunen enligt miljöbalken vad gäller avfallshantering, "
          "producentansvar, nedskräpning och dumpning av avfall, utarbeta förslag på kommunala "
          "föreskrifter när det gäller renhållning och hälsoskydd, utarbeta de förslag till "
          "åtgärdsprogram och åtgärdsplaner som kan krävas av kommunen och svara för "
          "provtagning som ålagts kommunen med anledning av miljökvalitetsnormer.")
    nar = "när det gäller renhållning och hälsoskydd"
    bmn = "Bygg- och miljönämnden"
    msf = "ska svara för"

    def ob(aim: str, text_: str, obj: str, modal: str = msf, cond: str | None = None) -> dict:
        return S(BMN, bmn, "obligation", modal, aim, text_, obj, cond=cond)

    s1 = between(p2, "bl a svara för ", ", svara för prövning av dispenser och för")
    s2 = between(p2, "naturvården som ankommer på kommunen enligt miljöbalken, svara för ",
                 ", initiera")
    ber = between(p2, "initiera och bereda ", ", svara för prövning och")
    s3 = between(p2, "7 kap miljöbalken, svara för ", ", svara för tillsyn")
    s4 = between(p2, "biotekniska organismer, svara för ", ", svara för prövning av ansökningar")
    s5 = between(p2, "12 kap 6 miljöbalken, svara för ", ", utarbeta förslag på")
    u1 = "förslag på kommunala föreskrifter"
    u2 = "de förslag till åtgärdsprogram och åtgärdsplaner som kan krävas av kommunen"
    s6 = "provtagning som ålagts kommunen med anledning av miljökvalitetsnormer"
    spans2 = [
        A(bmn, BMN), V("fullgör", "fullgöra", "pres"), A("kommunens", SK), C("enligt lag"),
        V("ska", "skola", "pres"), V("fullgöras", "fullgöra", "inf", "pass"),
        A("nämnden", "nämnd"), A(bmn, BMN, 1), V("ska", "skola", "pres", occ=1),
        V("svara", "svara", "inf"), V("initiera", "initiera", "inf"),
        V("bereda", "bereda", "inf"), V("regleras", "reglera", "pres", "pass"),
        V("omfattas", "omfatta", "pres", "pass"), C("enligt 12 kap 6 miljöbalken"),
        V("utarbeta", "utarbeta", "inf"), V("utarbeta", "utarbeta", "inf", occ=1),
        V("kan", "kunna", "pres"), V("krävas", "kräva", "inf", "pass"),
        V("ålagts", "ålägga", "sup", "pass"), C("med anledning av miljökvalitetsnormer"),
        C(nar),
    ]
    for k in range(1, 6):
        spans2.append(V("svara", "svara", "inf", occ=k))
    for k in range(5):
        spans2.append(V("ankommer", "ankomma", "pres", occ=k))
    for k in range(3):
        spans2.append(C("enligt miljöbalken", k))
    for k in range(4):
        spans2.append(V("gäller", "gälla", "pres", occ=k))
    for k in range(7):
        spans2.append(A("kommunen", SK, k))
    return [
        rec(d, "m1", "paragraph", "Sala kommun Kommunal författningssamling",
            [A("Sala kommun", SK)]),
        rec(d, "title", "heading", "REGLEMENTE FÖR BYGG- OCH MILJÖNÄMNDEN",
            [A("BYGG- OCH MILJÖNÄMNDEN", BMN)]),
        rec(d, "m2", "paragraph",
            "KFS 101 revision 00 REGLEMENTE ANTAGEN: 2014-12-15 Gäller från och med: 2015-01-01 "
            "Ersätter:", []),
        rec(d, "h1", "heading", "Allmänt", []),
        rec(d, "1", "paragraph",
            "Bygg- och miljönämnden ansvarar för myndighetsutövning inom sitt ansvarsområde.",
            [A(bmn, BMN), V("ansvarar", "ansvara", "pres")],
            [S(BMN, bmn, "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "myndighetsutövning inom sitt ansvarsområde")], label="1"),
        rec(d, "h2", "heading", "MILJÖ- OCH HÄLSOSKYDDSOMRÅDET", []),
        rec(d, "2", "paragraph", p2, spans2,
            [S(BMN, bmn, "none", None, "fullgöra", "fullgör",
               between(p2, "fullgör ", " samt miljö- och hälsoskyddsområdet.")
               + " samt miljö- och hälsoskyddsområdet"),
             ob("svara", "svara", s1), ob("svara", "svara", s2),
             ob("initiera", "initiera", ber, "ska"), ob("bereda", "bereda", ber, "ska"),
             ob("svara", "svara", s3), ob("svara", "svara", s4), ob("svara", "svara", s5),
             ob("utarbeta", "utarbeta", u1, "ska", nar), ob("utarbeta", "utarbeta", u2, "ska"),
             ob("svara", "svara", s6)], label="2"),
    ]


# ---------------------------------------------------------------------------------------------
HJ = "herjedalens-kommun-reglemente-miljo-och-byggnamnden-2024"
MBN = "miljö- och byggnämnd"
LAWS = ["miljöbalken", "livsmedelslagen", "plan- och bygglagen", "strålskyddslagen",
        "lag om sprängämnesprekusorer", "lagen om foder och animaliska biprodukter",
        "smittskyddslagen", "lagen om handel med vissa receptfria läkemedel", "tobakslagen",
        "lag om tobaksfria nikotinprodukter", "alkohollagen",
        "lagen med särskilda bestämmelser om gaturenhållning och skyltning"]


def herjedalen() -> list:
    d = HJ
    ans = "ansvarar för"

    def resp(aim: str, text_: str, obj: str | None, cond: str | None = None) -> dict:
        return S("nämnd", "Nämnden", "responsibility", ans, aim, text_, obj, cond=cond)

    lead = [A("Nämnden", "nämnd"), V("ansvarar", "ansvara", "pres")]
    ia = ("dispenser från kommunens Renhållningsordning när det gäller uppehåll i hämtning samt "
          "eget omhändertagande av avfall")
    ca = "när det gäller uppehåll i hämtning samt eget omhändertagande av avfall"
    ib = ("att genomföra kalkningsåtgärder utifrån uppdrag från HaV (Havs och vattenmyndigheten) "
          "och länsstyrelsen")
    cb = "utifrån uppdrag från HaV (Havs och vattenmyndigheten) och länsstyrelsen"
    ic = ("att mot ersättning tillhandahålla GIS-stöd för kommunförvaltningarna samt kommunala "
          "bolag")
    i_d = "att fastställa namn på gator och andra allmänna platser, samt upprätta adresser"
    ce = "när kommunen så påkalla"
    ie = ("att bistå med sakkunskap, medverka i planering samt yttra sig över utredningar, planer "
          f"och remisser inom nämndens verksamhetsområde {ce} Nämnden kan besluta att uppdrag "
          "genomförs mot ersättning i form av fakturering av nedlagda timmar eller "
          "resursförstärkning från annan kommunal verksamhet")
    i_f = "att lämna råd och information till allmänheten inom nämndens verksamhetsområde"
    ig = "de register som nämnden för sin verksamhet förfogar över"
    items = [
        rec(d, "§2.a", "list_item", ia,
            [A("kommunens", "kommun"), C(ca), V("gäller", "gälla", "pres")],
            [resp("ansvara", "ansvarar", ia)], parent="§2", label="•"),
        rec(d, "§2.b", "list_item", ib,
            [V("genomföra", "genomföra", "inf"), C(cb), A("HaV", "havs och vattenmyndighet"),
             A("Havs och vattenmyndigheten", "havs och vattenmyndighet"),
             A("länsstyrelsen", "länsstyrelse")],
            [resp("genomföra", "genomföra", "kalkningsåtgärder", cb)], parent="§2", label="•"),
        rec(d, "§2.c", "list_item", ic,
            [V("tillhandahålla", "tillhandahålla", "inf"),
             A("kommunförvaltningarna", "kommunförvaltning"), A("bolag", "bolag")],
            [resp("tillhandahålla", "tillhandahålla",
                  "GIS-stöd för kommunförvaltningarna samt kommunala bolag")],
            parent="§2", label="•"),
        rec(d, "§2.d", "list_item", i_d,
            [V("fastställa", "fastställa", "inf"), V("upprätta", "upprätta", "inf")],
            [resp("fastställa", "fastställa", "namn på gator och andra allmänna platser"),
             resp("upprätta", "upprätta", "adresser")], parent="§2", label="•"),
        rec(d, "§2.e", "list_item", ie,
            [V("bistå", "bistå", "inf"), V("medverka", "medverka", "inf"),
             V("yttra", "yttra", "inf"), A("nämndens", "nämnd"), C(ce), A("kommunen", "kommun"),
             V("påkalla", "påkalla", "pres"), A("Nämnden", "nämnd"), V("kan", "kunna", "pres"),
             V("besluta", "besluta", "inf"), V("genomförs", "genomföra", "pres", "pass")],
            [resp("bistå", "bistå", "med sakkunskap", ce),
             resp("medverka", "medverka", "i planering", ce),
             resp("yttra", "yttra", "över utredningar, planer och remisser inom nämndens "
                  "verksamhetsområde", ce),
             S("nämnd", "Nämnden", "permission", "kan", "besluta", "besluta",
               "att uppdrag genomförs mot ersättning i form av fakturering av nedlagda timmar "
               "eller resursförstärkning från annan kommunal verksamhet")],
            parent="§2", label="•"),
        rec(d, "§2.f", "list_item", i_f,
            [V("lämna", "lämna", "inf"), A("allmänheten", "allmänhet"), A("nämndens", "nämnd")],
            [resp("lämna", "lämna", "råd och information till allmänheten inom nämndens "
                  "verksamhetsområde")], parent="§2", label="•"),
        rec(d, "§2.g", "list_item", ig,
            [A("nämnden", "nämnd"), V("förfogar", "förfoga", "pres")],
            [resp("ansvara", "ansvarar", ig)], parent="§2", label="•"),
    ]
    laws = [rec(d, f"§1.2.{chr(97 + i)}", "list_item", law, [], parent="§1.2", label="•")
            for i, law in enumerate(LAWS)]
    return [
        rec(d, "title", "heading", "Miljö- och byggnämndens reglemente",
            [A("Miljö- och byggnämndens", MBN)]),
        rec(d, "m1", "paragraph",
            "Fastställt av kommunfullmäktige 6 mars 2024 § 11. Diarienummer KS 2023/1074.",
            [A("kommunfullmäktige", "kommunfullmäktige")]),
        rec(d, "h1", "heading", "Nämndens ansvarsområde", [A("Nämndens", "nämnd")]),
        rec(d, "§1", "paragraph",
            "miljö- och byggnämnden fullgör kommunens myndighetsuppgifter inom miljö-, "
            "hälsoskydds- och livsmedelsområdet, handeln med vissa receptfria läkemedel, alkohol, "
            "tobak, samt plan- och byggområdet.",
            [A("miljö- och byggnämnden", MBN), V("fullgör", "fullgöra", "pres"),
             A("kommunens", "kommun")],
            [S(MBN, "miljö- och byggnämnden", "none", None, "fullgöra", "fullgör",
               "kommunens myndighetsuppgifter inom miljö-, hälsoskydds- och livsmedelsområdet, "
               "handeln med vissa receptfria läkemedel, alkohol, tobak, samt plan- och "
               "byggområdet")], label="1 §"),
        rec(d, "§1.2", "paragraph",
            "Nämnden fullgör, inom sitt verksamhetsområde, kommunens uppgifter enligt:",
            [A("Nämnden", "nämnd"), V("fullgör", "fullgöra", "pres"), A("kommunens", "kommun"),
             C("enligt")],
            [S("nämnd", "Nämnden", "none", None, "fullgöra", "fullgör", "kommunens uppgifter",
               cond="enligt")]),
        *laws,
        rec(d, "§1.2.m", "list_item",
            "förordningar, föreskrifter och allmänna råd som finns till ovan nämnda",
            [V("finns", "finnas", "pres")], parent="§1.2", label="•"),
        rec(d, "§1.3", "paragraph",
            "Nämnden fullgör också de övriga uppgifter som enligt lag ska utföras inom nämndens "
            "ansvarsområde.",
            [A("Nämnden", "nämnd"), V("fullgör", "fullgöra", "pres"), C("enligt lag"),
             V("ska", "skola", "pres"), V("utföras", "utföra", "inf", "pass"),
             A("nämndens", "nämnd")],
            [S("nämnd", "Nämnden", "none", None, "fullgöra", "fullgör",
               "de övriga uppgifter som enligt lag ska utföras inom nämndens ansvarsområde")]),
        rec(d, "§2", "paragraph", "Nämnden ansvarar också för:", lead, label="2 §"),
        *items,
    ]


# ---------------------------------------------------------------------------------------------
RS = "region-skane-reglemente-regionstyrelse-namnder-revisorerna"
RSK = "region skåne"
RST = "regionstyrelse"
NAMES = [("Regionala utvecklingsnämnden", "regional utvecklingsnämnd"),
         ("Kollektivtrafiknämnden", "kollektivtrafiknämnd"), ("Kulturnämnden", "kulturnämnd"),
         ("Hälso- och sjukvårdsnämnden", "hälso- och sjukvårdsnämnd"),
         ("Sjukvårdsnämnd SUS", "sjukvårdsnämnd sus"),
         ("Sjukvårdsnämnd Sund", "sjukvårdsnämnd sund"),
         ("Sjukvårdsnämnde Kryh", "sjukvårdsnämnde kryh"),
         ("Habiliterings- och hjälpmedelsnämnden", "habiliterings- och hjälpmedelsnämnd"),
         ("Servicenämnden", "servicenämnd"), ("Personalnämnden", "personalnämnd")]


def region_skane() -> list:
    d = RS
    title = "REGLEMENTE FÖR REGIONSTYRELSE, NÄMNDER OCH REVISORERNA I REGION SKÅNE"
    tspans = [A("REGIONSTYRELSE", RST), A("NÄMNDER", "nämnd"), A("REVISORERNA", "revisor"),
              A("REGION SKÅNE", RSK)]
    p1 = ("Detta reglemente gäller för regionstyrelsen och dess utskott och beredningar samt för "
          "nedanstående nämnder och deras utskott och beredningar: "
          + " ".join(n for n, _ in NAMES)
          + " För Region Skånes revisorer samt för Region Skånes patientnämnd finns särskilda "
          "reglementen.")
    p2 = ("Regionstyrelsen (nedan styrelsen) ska enligt kommunallagen leda och samordna "
          "förvaltningen av regionens angelägenheter samt ha uppsikt över övriga nämnders "
          "verksamhet. Styrelsen har ett övergripande ansvar att verka för jämställdhet, "
          "jämlikhet och antidiskriminering inom ramen för den egna verksamheten och det "
          "regionala utvecklingsuppdraget. Styrelsen ansvarar såsom ägare för investeringar i "
          "Region Skånes förvaltningsdrivna verksamheter samt ansvarar såsom ägare för regionens "
          "bolag. Styrelsen fastställer ägardirektiv för bolagen efter hörande av berörd nämnd. "
          "Styrelsen har ett ansvar för att regionen uppfyller kommunallagens krav på en god och "
          "ekonomisk hushållning. Detta innebär bland annat att styrelsen har ett")
    ek = "enligt kommunallagen"
    ir = "inom ramen för den egna verksamheten och det regionala utvecklingsuppdraget"
    p3 = ("planerings- och uppföljningsansvar för Region Skånes totala resursutnyttjande samt att "
          "Region Skånes olika verksamheter bedrivs effektivt och efter fastställda mål. "
          "Styrelsen ska fastställa direktiv och riktlinjer för budget- och "
          "investeringsprocessen.")
    R, St = "Regionstyrelsen", "Styrelsen"
    return [
        rec(d, "title", "heading", title, tspans),
        rec(d, "h1", "heading", title, tspans, label="1"),
        rec(d, "h2", "heading", "Tillämpningsområde", [], label="AVDELNING I"),
        rec(d, "1", "paragraph", p1,
            [V("gäller", "gälla", "pres"), A("regionstyrelsen", RST), A("utskott", "utskott"),
             A("beredningar", "beredning"), A("nämnder", "nämnd"),
             A("utskott", "utskott", 1), A("beredningar", "beredning", 1),
             *[A(n, c) for n, c in NAMES],
             A("Region Skånes", RSK), A("revisorer", "revisor"), A("Region Skånes", RSK, 1),
             A("patientnämnd", "patientnämnd"), V("finns", "finnas", "pres")], label="1"),
        rec(d, "h3", "heading", "Uppgifter och ansvarsområden", [], label="AVDELNING II"),
        rec(d, "2", "heading", "Regionstyrelsen", [A("Regionstyrelsen", RST)], label="2"),
        rec(d, "h4", "heading", "Allmänt", []),
        rec(d, "2.1", "paragraph", p2,
            [A(R, RST), V("ska", "skola", "pres"), C(ek), V("leda", "leda", "inf"),
             V("samordna", "samordna", "inf"), A("regionens", RSK), V("ha", "ha", "inf"),
             A("nämnders", "nämnd"), A(St, RST), V("har", "ha", "pres"),
             V("verka", "verka", "inf"), C(ir), A(St, RST, 1), V("ansvarar", "ansvara", "pres"),
             A("Region Skånes", RSK), V("ansvarar", "ansvara", "pres", occ=1),
             A("regionens", RSK, 1), A("bolag", "bolag"), A(St, RST, 2),
             V("fastställer", "fastställa", "pres"), A("bolagen", "bolag"),
             A("nämnd", "nämnd"), A(St, RST, 3), V("har", "ha", "pres", occ=1),
             A("regionen", RSK), V("uppfyller", "uppfylla", "pres"),
             V("innebär", "innebära", "pres"), A("styrelsen", RST, 1),
             V("har", "ha", "pres", occ=2)],
            [S(RST, R, "obligation", "ska", "leda", "leda",
               "förvaltningen av regionens angelägenheter", cond=ek),
             S(RST, R, "obligation", "ska", "samordna", "samordna",
               "förvaltningen av regionens angelägenheter", cond=ek),
             S(RST, R, "obligation", "ska", "ha", "ha", "uppsikt över övriga nämnders verksamhet",
               cond=ek),
             S(RST, St, "obligation", "har ansvar att", "verka", "verka",
               "för jämställdhet, jämlikhet och antidiskriminering", cond=ir),
             S(RST, St, "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "investeringar i Region Skånes förvaltningsdrivna verksamheter"),
             S(RST, St, "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "regionens bolag"),
             S(RST, St, "none", None, "fastställa", "fastställer",
               "ägardirektiv för bolagen efter hörande av berörd nämnd"),
             S(RST, St, "responsibility", "har ansvar för", "ansvara", "har",
               "att regionen uppfyller kommunallagens krav på en god och ekonomisk "
               "hushållning")], parent="2"),
        rec(d, "p2", "paragraph", p3,
            [A("Region Skånes", RSK), A("Region Skånes", RSK, 1),
             V("bedrivs", "bedriva", "pres", "pass"), A(St, RST), V("ska", "skola", "pres"),
             V("fastställa", "fastställa", "inf")],
            [S(RST, St, "obligation", "ska", "fastställa", "fastställa",
               "direktiv och riktlinjer för budget- och investeringsprocessen")], label="2"),
    ]


# ---------------------------------------------------------------------------------------------
SV = "svedala-kommun-delegationsforteckning-valnamnden"
SVK = "svedala kommun"
VN = "valnämnd"


def svedala() -> list:
    d = SV
    en = "Enligt 6 kap 37 kommunallagen (2017:725)"
    om = "om ärendets beskaffenhet bedöms påkalla det"
    p1 = (f"{en} får en nämnd delegera sin beslutanderätt i ett visst ärende eller en viss grupp "
          "av ärenden. Delegationen innebär ett uppdrag från valnämnden att i ett visst ärende "
          "eller grupper av ärenden besluta på valnämndens vägnar. Delegaten inträder helt i "
          "valnämndens ställe och ett beslut fattat på delegation är att betrakta som ett beslut "
          "av valnämnden. Ansvaret för ett beslut fattat på delegation åligger delegaten. Ett "
          "delegationsbeslut kan inte överprövas (ändras) av valnämnden. Däremot kan valnämnden "
          "återkalla ett givet delegationsuppdrag. Delegaten kan även lämna över "
          f"beslutanderätten i ett visst ärende till valnämnden {om}. Vidare kan valnämnden i "
          "principiellt viktiga ärenden ta över ärendet och föregripa delegatens beslut.")
    p2 = ("Huvudsyftet med delegation av beslutanderätten är: att avlasta nämnden rutinärenden, "
          "detta för att skapa utrymme för mer omfattande behandling av betydelsefulla och "
          "principiella ärenden. att möjliggöra en effektivare verksamhet genom att "
          "beslutsvägarna blir kortare och handläggningen snabbare.")
    p3 = ("Nämnden får delegera sin beslutanderätt i ett visst ärende eller en grupp av ärenden "
          "till nämndens presidium ett utskott under nämnden en enskild ledamot eller ersättare "
          "en anställd inom kommunen Delegering av viss ärendegrupp kan inte ske till flera "
          "anställda eller till en blandad grupp med både anställda och förtroendevalda.")
    vn = "valnämnden"
    return [
        rec(d, "m1", "paragraph", "Svedala Kommuns 4:02 Författningssamling 1 (6)",
            [A("Svedala Kommuns", SVK)]),
        rec(d, "m2", "paragraph", "Författningssamling 1 (6)", [], label="1"),
        rec(d, "title", "heading", "Delegationsförteckning för valnämnden", [A(vn, VN)]),
        rec(d, "m3", "paragraph", "Antagen av valnämnden , 11. Gäller från", [A(vn, VN)]),
        rec(d, "h1", "heading", "Inledning", []),
        rec(d, "h2", "heading", "Delegation av beslutanderätt", []),
        rec(d, "1", "paragraph", p1,
            [C(en), V("får", "få", "pres"), A("nämnd", "nämnd"), V("delegera", "delegera", "inf"),
             V("innebär", "innebära", "pres"), A(vn, VN), V("besluta", "besluta", "inf"),
             A("valnämndens", VN), A("Delegaten", "delegat"), V("inträder", "inträda", "pres"),
             A("valnämndens", VN, 1), V("är", "vara", "pres"), V("betrakta", "betrakta", "inf"),
             A(vn, VN, 1), V("åligger", "åligga", "pres"), A("delegaten", "delegat"),
             V("kan", "kunna", "pres"), V("överprövas", "överpröva", "inf", "pass"),
             V("ändras", "ändra", "inf", "pass"), A(vn, VN, 2), V("kan", "kunna", "pres", occ=1),
             A(vn, VN, 3), V("återkalla", "återkalla", "inf"), A("Delegaten", "delegat", 1),
             V("kan", "kunna", "pres", occ=2), V("lämna", "lämna", "inf"), A(vn, VN, 4), C(om),
             V("bedöms", "bedöma", "pres", "pass"), V("påkalla", "påkalla", "inf"),
             V("kan", "kunna", "pres", occ=3), A(vn, VN, 5), V("ta", "ta", "inf"),
             V("föregripa", "föregripa", "inf"), A("delegatens", "delegat")],
            [S("nämnd", "nämnd", "permission", "får", "delegera", "delegera",
               "sin beslutanderätt i ett visst ärende eller en viss grupp av ärenden", cond=en),
             S("delegat", "Delegaten", "none", None, "inträda", "inträder",
               "i valnämndens ställe"),
             S(VN, vn, "none", None, "överpröva", "överprövas", "Ett delegationsbeslut",
               neg=True, pas=True),
             S(VN, vn, "none", None, "ändra", "ändras", "Ett delegationsbeslut",
               neg=True, pas=True),
             S(VN, vn, "permission", "kan", "återkalla", "återkalla",
               "ett givet delegationsuppdrag"),
             S("delegat", "Delegaten", "permission", "kan", "lämna", "lämna",
               "beslutanderätten i ett visst ärende till valnämnden", cond=om),
             S(VN, vn, "permission", "kan", "ta", "ta", "ärendet"),
             S(VN, vn, "permission", "kan", "föregripa", "föregripa", "delegatens beslut")]),
        rec(d, "h3", "heading", "Delegationens syfte", []),
        rec(d, "2", "paragraph", p2,
            [V("är", "vara", "pres"), V("avlasta", "avlasta", "inf"), A("nämnden", "nämnd"),
             V("skapa", "skapa", "inf"), V("möjliggöra", "möjliggöra", "inf"),
             V("blir", "bli", "pres")]),
        rec(d, "h4", "heading", "Vem kan man delegera till?",
            [V("kan", "kunna", "pres"), V("delegera", "delegera", "inf")]),
        rec(d, "3", "paragraph", p3,
            [A("Nämnden", "nämnd"), V("får", "få", "pres"), V("delegera", "delegera", "inf"),
             A("nämndens presidium", "nämndens presidium"), A("utskott", "utskott"),
             A("nämnden", "nämnd"), A("ledamot", "ledamot"), A("ersättare", "ersättare"),
             A("anställd", "anställd"), A("kommunen", SVK), V("kan", "kunna", "pres"),
             V("ske", "ske", "inf"), A("anställda", "anställd"), A("anställda", "anställd", 1),
             A("förtroendevalda", "förtroendevald")],
            [S("nämnd", "Nämnden", "permission", "får", "delegera", "delegera",
               "sin beslutanderätt i ett visst ärende eller en grupp av ärenden till nämndens "
               "presidium ett utskott under nämnden en enskild ledamot eller ersättare en "
               "anställd inom kommunen")]),
    ]


# ---------------------------------------------------------------------------------------------
VA = "vasterviks-kommun-attestreglemente-2012"
VK = "västerviks kommun"


def vastervik() -> list:
    d = VA
    vid = "Vid utformning av reglerna"
    om = "om nämnd/styrelse så beslutar"
    p1 = ("Attestreglerna är en viktig del i den interna kontrollen och fokuserar på att skapa en "
          "god intern kontroll av den ekonomiska förvaltningen i organisationen. För att uppnå "
          "god intern kontroll krävs att reglerna är lämpligt utformade, att reglerna är kända i "
          "organisationen och att de också tillämpas. Vid utformning av reglerna bör avvägning "
          "ske mellan kontrollkostnad och kontrollnytta, dvs. kostnaden för kontrollåtgärderna "
          "måste stå i rimlig proportion till de risker som är förknippade med transaktionen. "
          "Exempelvis bör externa transaktioner genomgå fler kontroller än interna. Större belopp "
          f"kan, {om}, attesteras på högre nivå än mindre belopp.")
    en = "enligt lagen om kommunal redovisning"
    p2 = ("Attestreglerna gäller för kommunens samtliga ekonomiska transaktioner inklusive extern- "
          "och internredovisning. Med ekonomisk transaktion avses ekonomisk händelse som utgör "
          f"verifikation i kommunens bokföring {en}. Reglerna omfattar däremot inte dokument som "
          "är underlag för den ekonomiska händelsen, dvs. avtal, beställning o. dyl. Reglerna "
          "omfattar nämnder samt även bolag som ägs av kommunen till 100 %, direkt eller genom "
          "moderbolag.")
    p3 = ("För kontokort och andra betalkort finns särskilda rutiner upplagda (se "
          "ekonomihandboken). För hantering av likvida medel, handkassor och kontantkassor, finns "
          "särskilda anvisningar antagna (se ekonomihandboken). Behörighet att teckna firma "
          "fastställs i särskilt beslut (se kommunens författningssamling). För upptagande av lån "
          "och medelsplacering finns särskild finanspolicy antagen.")
    title = "ATTESTREGLEMENTE FÖR VÄSTERVIKS KOMMUN"
    adopt = "FASTSTÄLLT AV KOMMUNFULLMÄKTIGE , 237"
    return [
        rec(d, "title", "heading", title, [A("VÄSTERVIKS KOMMUN", VK)]),
        rec(d, "m1", "paragraph", adopt, [A("KOMMUNFULLMÄKTIGE", "kommunfullmäktige")]),
        rec(d, "m2", "paragraph", "VÄSTERVIKS KOMMUN FÖRFATTNINGSSAMLING",
            [A("VÄSTERVIKS KOMMUN", VK)], label="1"),
        rec(d, "h1", "heading", title, [A("VÄSTERVIKS KOMMUN", VK)]),
        rec(d, "m3", "paragraph", adopt, [A("KOMMUNFULLMÄKTIGE", "kommunfullmäktige")]),
        rec(d, "h2", "heading", "Inledning", []),
        rec(d, "1", "paragraph", p1,
            [V("är", "vara", "pres"), V("fokuserar", "fokusera", "pres"),
             V("skapa", "skapa", "inf"), V("uppnå", "uppnå", "inf"),
             V("krävs", "kräva", "pres", "pass"), V("är", "vara", "pres", occ=1),
             V("är", "vara", "pres", occ=2), V("tillämpas", "tillämpa", "pres", "pass"), C(vid),
             V("bör", "böra", "pres"), V("ske", "ske", "inf"), V("måste", "måste", "pres"),
             V("stå", "stå", "inf"), V("är", "vara", "pres", occ=3),
             V("bör", "böra", "pres", occ=1), V("genomgå", "genomgå", "inf"),
             V("kan", "kunna", "pres"), C(om), A("nämnd", "nämnd"), A("styrelse", "styrelse"),
             V("beslutar", "besluta", "pres"), V("attesteras", "attestera", "inf", "pass")]),
        rec(d, "h3", "heading", "Omfattning", []),
        rec(d, "2", "paragraph", p2,
            [V("gäller", "gälla", "pres"), A("kommunens", VK), V("avses", "avse", "pres", "pass"),
             V("utgör", "utgöra", "pres"), A("kommunens", VK, 1), C(en),
             V("omfattar", "omfatta", "pres"), V("är", "vara", "pres"),
             V("omfattar", "omfatta", "pres", occ=1), A("nämnder", "nämnd"), A("bolag", "bolag"),
             V("ägs", "äga", "pres", "pass"), A("kommunen", VK), A("moderbolag", "moderbolag")]),
        rec(d, "h4", "heading", "Avgränsning", []),
        rec(d, "3", "paragraph", p3,
            [V("finns", "finnas", "pres"), V("se", "se", "imp"),
             V("finns", "finnas", "pres", occ=1),
             V("se", "se", "imp", occ=1), V("teckna", "teckna", "inf"),
             V("fastställs", "fastställa", "pres", "pass"), V("se", "se", "imp", occ=2),
             A("kommunens", VK), V("finns", "finnas", "pres", occ=2)]),
    ]


DOCS = {HA: halmstad, TA: tanum, AS: askersund, SA: sala, HJ: herjedalen, RS: region_skane,
        SV: svedala, VA: vastervik}
