"""The hand annotation of part ao (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md,
section "Part ao".
"""

from __future__ import annotations

from build import A, C, S, V, rec

KPR = "kommunalt pensionärsråd"
KF = "kommunfullmäktige"
KS = "kommunstyrelse"
KFN = "kultur- och fritidsnämnd"

# ---------------------------------------------------------------------------------------------
GO = "gotene-kommun-reglemente-kommunalt-pensionarsrad"
GK = "götene kommun"


def gotene() -> list:
    d = GO
    intro = ("I reglemente för kommunalt pensionärsråd framgår bland annat vilken funktion och "
             "syfte som rådet har liksom dess sammansättning och arbetssätt.")
    intro_spans = [A("kommunalt pensionärsråd", KPR), V("framgår", "framgå", "pres"),
                   A("rådet", KPR), V("har", "ha", "pres")]
    func = ("Rådet har till övergripande uppgift att verka som ett samordningsorgan mellan "
            "företrädare för pensionärsorganisationerna och kommunens styrelser, nämnder och "
            "bolag och utgör inget självständigt besluts- eller beredningsorgan.")
    func_obj = ("som ett samordningsorgan mellan företrädare för pensionärsorganisationerna och "
                "kommunens styrelser, nämnder och bolag")

    def func_rec(cid: str, label: str = "") -> dict:
        return rec(d, cid, "paragraph", func,
                   [A("Rådet", KPR), V("har", "ha", "pres"), V("verka", "verka", "inf"),
                    A("företrädare", "företrädare"),
                    A("pensionärsorganisationerna", "pensionärsorganisation"),
                    A("kommunens", GK), A("styrelser", "styrelse"), A("nämnder", "nämnd"),
                    A("bolag", "bolag"), V("utgör", "utgöra", "pres")],
                   [S(KPR, "Rådet", "obligation", "har till uppgift att", "verka", "verka",
                      func_obj),
                    S(KPR, "Rådet", "none", None, "utgöra", "utgör",
                      "inget självständigt besluts- eller beredningsorgan")], label=label)

    remiss = ("Pensionärsrådet kan agera som remissinstans i planeringsfrågor i kommunen i frågor "
              "som rör äldre.")

    def remiss_rec(cid: str) -> dict:
        return rec(d, cid, "paragraph", remiss,
                   [A("Pensionärsrådet", KPR), V("kan", "kunna", "pres"),
                    V("agera", "agera", "inf"), V("rör", "röra", "pres"), A("äldre", "äldre")],
                   [S(KPR, "Pensionärsrådet", "permission", "kan", "agera", "agera",
                      "som remissinstans i planeringsfrågor i kommunen i frågor som rör äldre")])

    s7 = ("Kommunalt pensionärsråd (KPR) ska präglas av medskaparanda, delaktighet och öppen "
          "dialog mellan kommunens förtroendevalda, dess verksamhetsansvariga och företrädare för "
          "kommunens pensionärsföreningar.")
    lead = "Syftet med rådet är att:"
    return [
        rec(d, "title", "heading", "Reglemente för kommunalt pensionärsråd",
            [A("kommunalt pensionärsråd", KPR)]),
        rec(d, "1", "paragraph", intro, intro_spans),
        rec(d, "2", "paragraph",
            "Reglemente för kommunalt pensionärsråd, Götene kommun är antaget av "
            "kommunfullmäktige den 27 september 2021, § 145 samt reviderat av kommunfullmäktige "
            "den 29 april 2024 § 60.",
            [A("kommunalt pensionärsråd", KPR), A("Götene kommun", GK), V("är", "vara", "pres"),
             A("kommunfullmäktige", KF), A("kommunfullmäktige", KF, 1)]),
        rec(d, "h1", "heading", "Sammanfattning", []),
        rec(d, "3", "paragraph", intro, intro_spans),
        func_rec("4"),
        remiss_rec("5"),
        rec(d, "6", "paragraph",
            "Kommunala pensionärsrådet är organisatoriskt knutet till socialnämnden.",
            [A("Kommunala pensionärsrådet", KPR), V("är", "vara", "pres"),
             A("socialnämnden", "socialnämnd")],
            [S(KPR, "Kommunala pensionärsrådet", "none", None, "vara", "är",
               "organisatoriskt knutet till socialnämnden")]),
        rec(d, "h2", "heading", "Kommunalt pensionärsråd", [A("Kommunalt pensionärsråd", KPR)]),
        rec(d, "7", "paragraph", s7,
            [A("Kommunalt pensionärsråd", KPR), A("KPR", KPR), V("ska", "skola", "pres"),
             V("präglas", "prägla", "inf", "pass"), A("kommunens", GK),
             A("förtroendevalda", "förtroendevald"),
             A("verksamhetsansvariga", "verksamhetsansvarig"), A("företrädare", "företrädare"),
             A("kommunens", GK, 1), A("pensionärsföreningar", "pensionärsförening")],
            [S(KPR, "Kommunalt pensionärsråd", "obligation", "ska", "prägla", "präglas",
               "av medskaparanda, delaktighet och öppen dialog mellan kommunens förtroendevalda, "
               "dess verksamhetsansvariga och företrädare för kommunens pensionärsföreningar",
               pas=True)]),
        rec(d, "§1", "heading", "Funktion", [], label="1 §"),
        func_rec("§1.1"),
        remiss_rec("§1.2"),
        rec(d, "§2", "heading", "Syfte", [], label="2 §"),
        rec(d, "§2.1", "paragraph", lead, [A("rådet", KPR), V("är", "vara", "pres")]),
        rec(d, "§2.1.a", "list_item", "ha en rådgivande funktion i frågor som berör pensionärer",
            [V("ha", "ha", "inf"), V("berör", "beröra", "pres"),
             A("pensionärer", "pensionär")], parent="§2.1", label="•"),
        rec(d, "§2.1.b", "list_item",
            "kunna fungera som remissinstans i frågor som berör pensionärer",
            [V("kunna", "kunna", "inf"), V("fungera", "fungera", "inf"),
             V("berör", "beröra", "pres"), A("pensionärer", "pensionär")],
            parent="§2.1", label="•"),
        rec(d, "§2.1.c", "list_item",
            "kunna vara remissinstans vid frågor om offentlig upphandling som berör pensionärer",
            [V("kunna", "kunna", "inf"), V("vara", "vara", "inf"), V("berör", "beröra", "pres"),
             A("pensionärer", "pensionär")], parent="§2.1", label="•"),
        rec(d, "§2.1.d", "list_item",
            "vara ett forum för opinionsbildning och kunskapsspridning inom sitt område",
            [V("vara", "vara", "inf")], parent="§2.1", label="•"),
    ]


# ---------------------------------------------------------------------------------------------
LU = "lunds-kommun-reglemente-kultur-och-fritidsnamnden"


def lund() -> list:
    d = LU
    p2 = ("Det ankommer därvid på nämnden 3 att ansvara för och samordna arbetet med upprättande "
          "av förslag till program och planer för nämndens verksamhetsområde, samt att upprätta "
          "tillhörande handlingsplaner, att vara huvudman för anläggningar och verksamhet inom "
          "verksamhetsområdet, att ansvara för konsumentvägledning, att ansvara för "
          "skolbibliotekscentral, att ansvara för bidrag inom nämndens verksamhetsområden samt "
          "till studieförbund, att ansvara för lokalbokning beträffande idrottshallar, "
          "gymnastiksalar och idrottsplatser samt andra lokaler som är lämpliga för kultur- och "
          "fritidsverksamhet oavsett vilka nämnder som har driftsansvar, att ansvara för "
          "handläggning av ansökningar enligt lotterilagen (1994:1000), att ansvara för "
          "offentlig utsmyckning enligt den så kallade Procentregeln, att besluta om "
          "Lundapokalen, kulturpris samt kultur- och idrottsstipendier, samt att ha "
          "utföraransvar för fritidsverksamhet (fritidsklubb) från och med höstterminen det år "
          "eleven fyller 10 år till och med vårterminen det år eleven fyller 13 år, där inte "
          "utbildningsnämnd respektive barn- och skolnämnd själv väljer att ha "
          "utföraransvaret. Kultur- och fritidsnämnden får själv eller genom ombud föra "
          "kommunens talan i mål och ärenden som faller inom nämndens verksamhetsområde och "
          "därvid sluta förlikning och antaga ackord.")
    c1 = "enligt lotterilagen (1994:1000)"
    c2 = "enligt den så kallade Procentregeln"
    m = "ankommer på"
    ma = "ankommer på att ansvara för"
    arbetet = ("arbetet med upprättande av förslag till program och planer för nämndens "
               "verksamhetsområde")

    def ob(modal: str, aim: str, aim_text: str, obj: str, cond: str | None = None) -> dict:
        return S("nämnd", "nämnden", "obligation", modal, aim, aim_text, obj, cond)

    def perm(aim: str, aim_text: str, obj: str) -> dict:
        return S(KFN, "Kultur- och fritidsnämnden", "permission", "får", aim, aim_text, obj)

    return [
        rec(d, "title", "heading", "REGLEMENTE FÖR KULTUR- OCH FRITIDSNÄMNDEN I LUND",
            [A("KULTUR- OCH FRITIDSNÄMNDEN", KFN)]),
        rec(d, "m1", "paragraph",
            "Antaget av kommunfullmäktige den 9 december 1999, 173. Ändrat av kommunfullmäktige "
            "den 27 september 2007 141, den 15 december 2011 224 samt den 24 september 2015 180.",
            [A("kommunfullmäktige", KF), A("kommunfullmäktige", KF, 1)]),
        rec(d, "h1", "heading", "Uppdrag och verksamhet", []),
        rec(d, "1", "paragraph",
            "Kultur- och fritidsnämnden svarar för kultur-, biblioteks-, och idrottsverksamhet "
            "samt öppen fritidsverksamhet. Nämnden ansvarar vidare för arbetet med de "
            "kommunövergripande ungdomsfrågorna.",
            [A("Kultur- och fritidsnämnden", KFN), V("svarar", "svara", "pres"),
             A("Nämnden", "nämnd"), V("ansvarar", "ansvara", "pres")],
            [S(KFN, "Kultur- och fritidsnämnden", "responsibility", "svarar för", "svara",
               "svarar", "kultur-, biblioteks-, och idrottsverksamhet samt öppen "
               "fritidsverksamhet"),
             S("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "arbetet med de kommunövergripande ungdomsfrågorna")], label="1"),
        rec(d, "2", "paragraph", p2,
            [V("ankommer", "ankomma", "pres"), A("nämnden", "nämnd"),
             V("ansvara", "ansvara", "inf"), V("samordna", "samordna", "inf"),
             A("nämndens", "nämnd"), V("upprätta", "upprätta", "inf"),
             V("vara", "vara", "inf"), V("ansvara", "ansvara", "inf", occ=1),
             V("ansvara", "ansvara", "inf", occ=2), V("ansvara", "ansvara", "inf", occ=3),
             A("nämndens", "nämnd", 1), A("studieförbund", "studieförbund"),
             V("ansvara", "ansvara", "inf", occ=4), V("är", "vara", "pres"),
             A("nämnder", "nämnd"), V("har", "ha", "pres"),
             V("ansvara", "ansvara", "inf", occ=5), C(c1), V("ansvara", "ansvara", "inf", occ=6),
             C(c2), V("besluta", "besluta", "inf"), V("ha", "ha", "inf"),
             A("eleven", "elev"), V("fyller", "fylla", "pres"), A("eleven", "elev", 1),
             V("fyller", "fylla", "pres", occ=1), A("utbildningsnämnd", "utbildningsnämnd"),
             A("barn- och skolnämnd", "barn- och skolnämnd"), V("väljer", "välja", "pres"),
             V("ha", "ha", "inf", occ=1), A("Kultur- och fritidsnämnden", KFN),
             V("får", "få", "pres"), A("ombud", "ombud"), V("föra", "föra", "inf"),
             A("kommunens", "kommun"), V("faller", "falla", "pres"),
             A("nämndens", "nämnd", 2), V("sluta", "sluta", "inf"), V("antaga", "anta", "inf")],
            [ob(ma, "ansvara", "ansvara", arbetet),
             ob(m, "samordna", "samordna", arbetet),
             ob(m, "upprätta", "upprätta", "tillhörande handlingsplaner"),
             ob(m, "vara", "vara",
                "huvudman för anläggningar och verksamhet inom verksamhetsområdet"),
             ob(ma, "ansvara", "ansvara", "konsumentvägledning"),
             ob(ma, "ansvara", "ansvara", "skolbibliotekscentral"),
             ob(ma, "ansvara", "ansvara",
                "bidrag inom nämndens verksamhetsområden samt till studieförbund"),
             ob(ma, "ansvara", "ansvara",
                "lokalbokning beträffande idrottshallar, gymnastiksalar och idrottsplatser samt "
                "andra lokaler som är lämpliga för kultur- och fritidsverksamhet oavsett vilka "
                "nämnder som har driftsansvar"),
             ob(ma, "ansvara", "ansvara", "handläggning av ansökningar", c1),
             ob(ma, "ansvara", "ansvara", "offentlig utsmyckning", c2),
             ob(m, "besluta", "besluta",
                "om Lundapokalen, kulturpris samt kultur- och idrottsstipendier"),
             ob("ankommer på att ha utföraransvar för", "ansvara", "ha",
                "fritidsverksamhet (fritidsklubb) från och med höstterminen det år eleven fyller "
                "10 år till och med vårterminen det år eleven fyller 13 år"),
             perm("föra", "föra", "kommunens talan i mål och ärenden som faller inom nämndens "
                  "verksamhetsområde"),
             perm("sluta", "sluta", "förlikning"),
             perm("anta", "antaga", "ackord")], label="2"),
        rec(d, "3", "paragraph",
            "Nämnden får också besluta om nedsättning eller avskrivning av fordran.",
            [A("Nämnden", "nämnd"), V("får", "få", "pres"), V("besluta", "besluta", "inf")],
            [S("nämnd", "Nämnden", "permission", "får", "besluta", "besluta",
               "om nedsättning eller avskrivning av fordran")]),
    ]


# ---------------------------------------------------------------------------------------------
OK = "okand-kommun-bilaga-intern-kontroll"


def okand() -> list:
    d = OK
    p2 = ("2(5) Bakgrund Syftet med intern kontroll är att säkra en effektiv förvaltning och att "
          "undvika att allvarliga fel begås. Vidare ska den interna kontrollen ge medarbetare och "
          "politiker trygghet genom att skydda dem från oberättigade misstankar om "
          "oegentligheter. Detta ska göras genom: att ändamålsenlig och kostnadseffektiv "
          "verksamhet bedrivs, att tillförlitlig finansiell rapportering och information om "
          "verksamheten ges, att lagar, föreskrifter, riktlinjer m.m. efterlevs. Organisation "
          "Kommunstyrelsen har det övergripande ansvaret att se till att det finns en god intern "
          "kontroll inom kommunen och att en övergripande organisation för detta upprättas. "
          "Varje nämnd har det yttersta ansvaret för den interna kontrollen inom sina "
          "verksamhetsområden. Nämnden ska tillse att en organisation upprättas för den interna "
          "kontrollen samt att regler och anvisningar antas. Förvaltningschefen har ansvaret "
          "för: att konkreta regler och anvisningar utformas, att förslag till "
          "internkontrollplan upprättas samt att löpande rapportering om hur den interna "
          "kontrollen fungerar lämnas till nämnden. Verksamhetsansvarig är skyldig att följa "
          "reglerna och anvisningarna om intern kontroll, att informera övriga anställda om "
          "reglernas innebörd, att verka för att arbetet sker i enlighet med regelverket samt "
          "att tillse att de arbetsmetoder som används bidrar till en god intern kontroll. "
          "Uppföljning av intern kontroll Internkontrollplan ska årligen antas av varje nämnd. "
          "Uppföljning av intern kontroll ska ske i enlighet med den upprättade interna "
          "kontrollplanen och rapporteras till nämnden.")
    c1 = "i enlighet med regelverket"
    c2 = "i enlighet med den upprättade interna kontrollplanen"
    va, sk = "Verksamhetsansvarig", "är skyldig att"
    return [
        rec(d, "m1", "paragraph",
            "Bilaga 1 Reviderad Gäller tills vidare. Årlig genomgång Ansvarig tjänsteman: Magnus "
            "Olsson", [A("tjänsteman", "tjänsteman")], label="1"),
        rec(d, "2", "paragraph", p2,
            [V("är", "vara", "pres"), V("säkra", "säkra", "inf"), V("undvika", "undvika", "inf"),
             V("begås", "begå", "pres", "pass"), V("ska", "skola", "pres"),
             V("ge", "ge", "inf"), A("medarbetare", "medarbetare"), A("politiker", "politiker"),
             V("skydda", "skydda", "inf"), V("ska", "skola", "pres", occ=1),
             V("göras", "göra", "inf", "pass"), V("bedrivs", "bedriva", "pres", "pass"),
             V("ges", "ge", "pres", "pass"), V("efterlevs", "efterleva", "pres", "pass"),
             A("Kommunstyrelsen", KS), V("har", "ha", "pres"), V("se", "se", "inf"),
             V("finns", "finnas", "pres"), V("upprättas", "upprätta", "pres", "pass"),
             A("nämnd", "nämnd"), V("har", "ha", "pres", occ=1), A("Nämnden", "nämnd"),
             V("ska", "skola", "pres", occ=2), V("tillse", "tillse", "inf"),
             V("upprättas", "upprätta", "pres", "pass", occ=1),
             V("antas", "anta", "pres", "pass"), A("Förvaltningschefen", "förvaltningschef"),
             V("har", "ha", "pres", occ=2), V("utformas", "utforma", "pres", "pass"),
             V("upprättas", "upprätta", "pres", "pass", occ=2),
             V("fungerar", "fungera", "pres"), V("lämnas", "lämna", "pres", "pass"),
             A("nämnden", "nämnd"), A(va, "verksamhetsansvarig"),
             V("är", "vara", "pres", occ=1), V("följa", "följa", "inf"),
             V("informera", "informera", "inf"), A("anställda", "anställd"),
             V("verka", "verka", "inf"), V("sker", "ske", "pres"), C(c1),
             V("tillse", "tillse", "inf", occ=1), V("används", "använda", "pres", "pass"),
             V("bidrar", "bidra", "pres"), V("ska", "skola", "pres", occ=3),
             V("antas", "anta", "inf", "pass", occ=1), A("nämnd", "nämnd", 1),
             V("ska", "skola", "pres", occ=4), V("ske", "ske", "inf"), C(c2),
             V("rapporteras", "rapportera", "inf", "pass"), A("nämnden", "nämnd", 1)],
            [S(None, None, "obligation", "ska", "göra", "göras", None, pas=True),
             S(KS, "Kommunstyrelsen", "responsibility", "har ansvaret att se till att", "se",
               "se", "att det finns en god intern kontroll inom kommunen och att en övergripande "
               "organisation för detta upprättas"),
             S("nämnd", "nämnd", "responsibility", "har ansvaret för", "ansvara", "har",
               "den interna kontrollen inom sina verksamhetsområden"),
             S("nämnd", "Nämnden", "obligation", "ska", "tillse", "tillse",
               "att en organisation upprättas för den interna kontrollen samt att regler och "
               "anvisningar antas"),
             S("förvaltningschef", "Förvaltningschefen", "responsibility", "har ansvaret för",
               "ansvara", "har", "att konkreta regler och anvisningar utformas, att förslag till "
               "internkontrollplan upprättas samt att löpande rapportering om hur den interna "
               "kontrollen fungerar lämnas till nämnden"),
             S("verksamhetsansvarig", va, "obligation", sk, "följa", "följa",
               "reglerna och anvisningarna om intern kontroll"),
             S("verksamhetsansvarig", va, "obligation", sk, "informera", "informera",
               "övriga anställda om reglernas innebörd"),
             S("verksamhetsansvarig", va, "obligation", sk, "verka", "verka",
               "för att arbetet sker i enlighet med regelverket"),
             S("verksamhetsansvarig", va, "obligation", sk, "tillse", "tillse",
               "att de arbetsmetoder som används bidrar till en god intern kontroll"),
             S("nämnd", "nämnd", "obligation", "ska", "anta", "antas", "Internkontrollplan",
               pas=True),
             S(None, None, "obligation", "ska", "rapportera", "rapporteras", "till nämnden",
               pas=True)], label="2"),
    ]


# ---------------------------------------------------------------------------------------------
ST = "strangnas-kommun-tjansteutlatande-reglemente-kultur-och-fritidsnamnden"


def strangnas() -> list:
    d = ST
    p2 = ("Av majoritetsförklaringen för Strängnäs kommun samt dess förtydligande framgår den "
          "tänkta politiska organisationen för mandatperioden 2019-2022. Bland annat sägs att "
          "kultur- och fritidsnämnden ska byta namn till kulturnämnden och att nämnden lämnar "
          "ifrån sig ansvaret avseende idrotts- och fritidsfrågor till teknik- och "
          "servicenämnden (som föreslås byta namn till teknikoch fritidsnämnden). Det framgår "
          "även att ansvaret för kulturmiljövården ska flyttas från kultur- och fritidsnämnden "
          "till samhällsbyggnadsnämnden. Utöver dessa förändringar ska kultur- och "
          "fritidsnämnden ta över ansvaret för att utveckla lokaldemokrati, medborgardialog och "
          "arbetssätt inom förtroendemannaorganisationen, vara remissinstans för "
          "demokratifrågor samt ansvara för dialogen med vänortsföreningarna. I dagsläget ligger "
          "ansvaret för dessa uppgifter på kommunfullmäktiges presidium. Den föreslagna "
          "revideringen innebär att de förändringar som nämnts ovan genomförs. Eftersom nämnden "
          "inte längre bedriver någon museiverksamhet föreslås också att ansvaret för "
          "museiverksamhet tas bort.")
    kf = "kultur- och fritidsnämnden"
    return [
        rec(d, "m1", "paragraph",
            "TJÄNSTEUTLÅTANDE 2:1 Kansliavdelningen Handläggare Maria Ekblad 0152-291 78 Dnr "
            "KFN/2018:188-003 1/2 Kultur- och fritidsnämnden",
            [A("Kansliavdelningen", "kansliavdelning"), A("Handläggare", "handläggare"),
             A("Kultur- och fritidsnämnden", KFN)]),
        rec(d, "title", "heading", "Revidering av kultur- och fritidsnämndens reglemente",
            [A("kultur- och fritidsnämndens", KFN)]),
        rec(d, "h1", "heading", "Förslag till beslut", []),
        rec(d, "1", "paragraph",
            "Kultur- och fritidsnämnden föreslår kommunfullmäktige besluta att 1. revidera "
            "kultur- och fritidsnämndens reglemente enligt förslag daterat.",
            [A("Kultur- och fritidsnämnden", KFN), V("föreslår", "föreslå", "pres"),
             A("kommunfullmäktige", KF), V("besluta", "besluta", "inf"),
             V("revidera", "revidera", "inf"), A("kultur- och fritidsnämndens", KFN),
             C("enligt förslag daterat")],
            [S(KFN, "Kultur- och fritidsnämnden", "none", None, "föreslå", "föreslår",
               "kommunfullmäktige besluta att 1. revidera kultur- och fritidsnämndens "
               "reglemente")]),
        rec(d, "h2", "heading", "Beskrivning av ärendet", []),
        rec(d, "2", "paragraph", p2,
            [A("Strängnäs kommun", "strängnäs kommun"), V("framgår", "framgå", "pres"),
             V("sägs", "säga", "pres", "pass"), A(kf, KFN), V("ska", "skola", "pres"),
             V("byta", "byta", "inf"), A("kulturnämnden", "kulturnämnd"),
             A("nämnden", "nämnd"), V("lämnar", "lämna", "pres"),
             A("teknik- och servicenämnden", "teknik- och servicenämnd"),
             V("föreslås", "föreslå", "pres", "pass"), V("byta", "byta", "inf", occ=1),
             A("teknikoch fritidsnämnden", "teknikoch fritidsnämnd"),
             V("framgår", "framgå", "pres", occ=1), V("ska", "skola", "pres", occ=1),
             V("flyttas", "flytta", "inf", "pass"), A(kf, KFN, 1),
             A("samhällsbyggnadsnämnden", "samhällsbyggnadsnämnd"),
             V("ska", "skola", "pres", occ=2), A(kf, KFN, 2), V("ta", "ta", "inf"),
             V("utveckla", "utveckla", "inf"), V("vara", "vara", "inf"),
             V("ansvara", "ansvara", "inf"), A("vänortsföreningarna", "vänortsförening"),
             V("ligger", "ligga", "pres"),
             A("kommunfullmäktiges presidium", "kommunfullmäktiges presidium"),
             V("innebär", "innebära", "pres"), V("nämnts", "nämna", "sup", "pass"),
             V("genomförs", "genomföra", "pres", "pass"), A("nämnden", "nämnd", 1),
             V("bedriver", "bedriva", "pres"), V("föreslås", "föreslå", "pres", "pass", occ=1),
             V("tas", "ta", "pres", "pass")],
            [S(KFN, kf, "obligation", "ska", "ta", "ta",
               "ansvaret för att utveckla lokaldemokrati, medborgardialog och arbetssätt inom "
               "förtroendemannaorganisationen"),
             S(KFN, kf, "obligation", "ska", "vara", "vara", "remissinstans för demokratifrågor"),
             S(KFN, kf, "obligation", "ska ansvara för", "ansvara", "ansvara",
               "dialogen med vänortsföreningarna")]),
    ]


# ---------------------------------------------------------------------------------------------
VB = "vanersborgs-kommun-kommunala-pensionarsradet"


def vanersborg() -> list:
    d = VB
    s3 = ("Rådets synpunkter ska via protokollsutdrag delges den nämnd som ansvarar för "
          "respektive område. Förslag eller rekommendationer av mer principiell karaktär ska "
          "alltid ställas till kommunstyrelsen. Av protokollsutdraget ska det framgå om de "
          "politiskt tillsatta ledamöterna deltagit i beslutet.")
    s7 = ("Riksorganisation för pensionärer som genom sin lokalförening bedriver organiserad "
          "verksamhet inom kommunen ska efter beslut i socialnämnden vara representerade i "
          "rådet.")
    s8 = ("Socialnämnden fastställer antalet ledamöter och ersättare från de "
          "pensionärsorganisationer som ska ingå i det kommunala pensionärsrådet. Antalet "
          "ledamöter från respektive organisation bestäms med hänsyn till antalet medlemmar och "
          "samhällsinriktad verksamhet.")
    s9 = ("Organisation som ingår i det kommunala pensionärsrådet ska före den 1 november det "
          "år kommunfullmäktige väljs utse ledamöter och ersättare och meddela dessa till "
          "socialnämnden.")
    ob = "ska"

    def item(cid: str, text: str, spans: list, aims: list) -> dict:
        return rec(d, cid, "list_item", text, spans,
                   [S(KPR, "Rådet", "obligation", ob, a, at, o) for a, at, o in aims],
                   parent="4", label="•")

    def rep(cid: str, text: str, spans: list) -> dict:
        return rec(d, cid, "list_item", text, spans,
                   [S("förtroendevald", "förtroendevalda", "none", None, "representera",
                      "representeras", text.rstrip(",."), pas=True)], parent="5", label="•")

    syn = ("synpunkter på planeringen av äldreomsorgen i kommunen samt utformning av närmiljön i "
           "anslutning till denna")
    return [
        rec(d, "title", "heading", "Kommunala pensionärsrådet",
            [A("Kommunala pensionärsrådet", KPR)]),
        rec(d, "h1", "heading", "Regler", []),
        rec(d, "1", "paragraph",
            "Regler för kommunala pensionärsrådet är antagna av Kommunfullmäktige 2019-03-20 § 14.",
            [A("kommunala pensionärsrådet", KPR), V("är", "vara", "pres"),
             A("Kommunfullmäktige", KF)]),
        rec(d, "2", "paragraph",
            "Rådet har inte några kommunala beslutsfunktioner. Det är ett referensorgan till "
            "nämnderna för samråd och information i frågor som rör pensionärerna. Rådet är "
            "organisatoriskt knutet till socialnämnden.",
            [A("Rådet", KPR), V("har", "ha", "pres"), V("är", "vara", "pres"),
             A("nämnderna", "nämnd"), V("rör", "röra", "pres"), A("pensionärerna", "pensionär"),
             A("Rådet", KPR, 1), V("är", "vara", "pres", occ=1),
             A("socialnämnden", "socialnämnd")],
            [S(KPR, "Rådet", "none", None, "ha", "har", "några kommunala beslutsfunktioner",
               neg=True),
             S(KPR, "Rådet", "none", None, "vara", "är",
               "organisatoriskt knutet till socialnämnden")]),
        rec(d, "3", "paragraph", s3,
            [A("Rådets", KPR), V("ska", "skola", "pres"), V("delges", "delge", "inf", "pass"),
             A("nämnd", "nämnd"), V("ansvarar", "ansvara", "pres"),
             V("ska", "skola", "pres", occ=1), V("ställas", "ställa", "inf", "pass"),
             A("kommunstyrelsen", KS), V("ska", "skola", "pres", occ=2),
             V("framgå", "framgå", "inf"), A("ledamöterna", "ledamot"),
             V("deltagit", "delta", "sup")],
            [S(None, None, "obligation", "ska", "delge", "delges", "den nämnd som ansvarar för "
               "respektive område", pas=True),
             S("nämnd", "nämnd", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "respektive område"),
             S(None, None, "obligation", "ska", "ställa", "ställas", "till kommunstyrelsen",
               pas=True)]),
        rec(d, "4", "paragraph", "Rådet ska", [A("Rådet", KPR), V("ska", "skola", "pres")]),
        item("4.a", "följa och lämna " + syn + ",",
             [V("följa", "följa", "inf"), V("lämna", "lämna", "inf")],
             [("följa", "följa", syn), ("lämna", "lämna", syn)]),
        item("4.b", "uppmärksamma förändringar i behoven av service för äldre,",
             [V("uppmärksamma", "uppmärksamma", "inf"), A("äldre", "äldre")],
             [("uppmärksamma", "uppmärksamma",
               "förändringar i behoven av service för äldre")]),
        item("4.c", "bidra med pensionärers synpunkter och erfarenheter,",
             [V("bidra", "bidra", "inf"), A("pensionärers", "pensionär")],
             [("bidra", "bidra", "med pensionärers synpunkter och erfarenheter")]),
        item("4.d", "ta initiativ till nödvändig information till äldre,",
             [V("ta", "ta", "inf"), A("äldre", "äldre")],
             [("ta", "ta", "initiativ till nödvändig information till äldre")]),
        item("4.e", "vara remissinstans i kommunala frågor som berör äldre.",
             [V("vara", "vara", "inf"), V("berör", "beröra", "pres"), A("äldre", "äldre")],
             [("vara", "vara", "remissinstans i kommunala frågor som berör äldre")]),
        rec(d, "5", "paragraph",
            "Kommunen representeras av förtroendevalda från följande nämnder:",
            [A("Kommunen", "kommun"), V("representeras", "representera", "pres", "pass"),
             A("förtroendevalda", "förtroendevald"), A("nämnder", "nämnd")]),
        rep("5.a", "Socialnämnden, 2 ledamöter,",
            [A("Socialnämnden", "socialnämnd"), A("ledamöter", "ledamot")]),
        rep("5.b", "Kommunstyrelsen, 1 ledamot.",
            [A("Kommunstyrelsen", KS), A("ledamot", "ledamot")]),
        rec(d, "6", "paragraph", "Ersättare utses inte för de politiskt tillsatta ledamöterna.",
            [A("Ersättare", "ersättare"), V("utses", "utse", "pres", "pass"),
             A("ledamöterna", "ledamot")],
            [S("ersättare", "Ersättare", "none", None, "utse", "utses",
               "för de politiskt tillsatta ledamöterna", neg=True, pas=True)]),
        rec(d, "7", "paragraph", s7,
            [A("Riksorganisation", "riksorganisation"), A("pensionärer", "pensionär"),
             A("lokalförening", "lokalförening"), V("bedriver", "bedriva", "pres"),
             V("ska", "skola", "pres"), A("socialnämnden", "socialnämnd"),
             V("vara", "vara", "inf"), A("rådet", KPR)],
            [S("riksorganisation", "Riksorganisation", "obligation", "ska", "vara", "vara",
               "representerade i rådet")]),
        rec(d, "8", "paragraph", s8,
            [A("Socialnämnden", "socialnämnd"), V("fastställer", "fastställa", "pres"),
             A("ledamöter", "ledamot"), A("ersättare", "ersättare"),
             A("pensionärsorganisationer", "pensionärsorganisation"),
             V("ska", "skola", "pres"), V("ingå", "ingå", "inf"),
             A("pensionärsrådet", KPR), A("ledamöter", "ledamot", 1),
             V("bestäms", "bestämma", "pres", "pass"), A("medlemmar", "medlem")],
            [S("socialnämnd", "Socialnämnden", "none", None, "fastställa", "fastställer",
               "antalet ledamöter och ersättare från de pensionärsorganisationer som ska ingå i "
               "det kommunala pensionärsrådet"),
             S("pensionärsorganisation", "pensionärsorganisationer", "obligation", "ska",
               "ingå", "ingå", "i det kommunala pensionärsrådet")]),
        rec(d, "9", "paragraph", s9,
            [A("Organisation", "organisation"), V("ingår", "ingå", "pres"),
             A("pensionärsrådet", KPR), V("ska", "skola", "pres"), A("kommunfullmäktige", KF),
             V("väljs", "välja", "pres", "pass"), V("utse", "utse", "inf"),
             A("ledamöter", "ledamot"), A("ersättare", "ersättare"),
             V("meddela", "meddela", "inf"), A("socialnämnden", "socialnämnd")],
            [S("organisation", "Organisation", "obligation", "ska", "utse", "utse",
               "ledamöter och ersättare"),
             S("organisation", "Organisation", "obligation", "ska", "meddela", "meddela",
               "dessa till socialnämnden")]),
        rec(d, "10", "paragraph",
            "Mandatperioden sammanfaller med den som gäller för kommunala nämnder.",
            [V("sammanfaller", "sammanfalla", "pres"), V("gäller", "gälla", "pres"),
             A("nämnder", "nämnd")]),
    ]


# ---------------------------------------------------------------------------------------------
VA = "vara-kommun-riktlinje-for-styrdokument"


def vara() -> list:
    d = VA
    s1 = ("Övergripande mål och framgångsfaktorer beslutas av kommunfullmäktige och antas för en "
          "period om fyra år. Övergripande mål bryts ner av varje nämnd och bolagsstyrelse till "
          "specifika mål för verksamheten. Målen anger politikernas övergripande riktning "
          "avseende organisationens styrning. Målen följs upp årligen i samband med "
          "delårsrapport per den sista augusti och årsredovisning. Framgångsfaktorer anger "
          "områden eller förhållningssätt som är viktiga för ökad måluppfyllelse.")
    s2 = ("Budgeten antas varje år och omfattar även en ekonomisk verksamhetsplan för de "
          "nästkommande tre åren. Budgeten presenteras tillsammans med verksamhetens mål i "
          "dokumentet Strategisk plan och budget (SPB). Dokumentet är även yttersta "
          "styrdokumentet för fullmäktige för att ge nämnder och styrelser en övergripande "
          "politisk inriktning och dess ekonomiska ramar.")
    s5 = ("Utifrån det av kommunfullmäktige antagna reglementet har kommunstyrelsen och "
          "respektive nämnd det fulla ansvaret för den verksamhet och de beslut som ska fattas. "
          "För att effektivisera beslutsprocessen och fördela beslutsmandatet inom verksamheten "
          "antar nämnderna varsin delegationsordning.")
    c5 = "Utifrån det av kommunfullmäktige antagna reglementet"
    o5 = "den verksamhet och de beslut som ska fattas"
    s7 = ("Kommunfullmäktige, kommunstyrelsen eller nämnderna kan även styra förvaltningarnas "
          "verksamhet genom att anta ytterligare styrdokument.")
    o7 = "förvaltningarnas verksamhet genom att anta ytterligare styrdokument"
    return [
        rec(d, "title", "heading", "Riktlinje för styrdokument", []),
        rec(d, "m1", "paragraph", "Antagen av kommunfullmäktige 2019-12-16 § 115",
            [A("kommunfullmäktige", KF)]),
        rec(d, "h1", "heading", "Övergripande styrdokument", []),
        rec(d, "h2", "heading", "Mål och framgångsfaktorer", []),
        rec(d, "1", "paragraph", s1,
            [V("beslutas", "besluta", "pres", "pass"), A("kommunfullmäktige", KF),
             V("antas", "anta", "pres", "pass"), V("bryts", "bryta", "pres", "pass"),
             A("nämnd", "nämnd"), A("bolagsstyrelse", "bolagsstyrelse"),
             V("anger", "ange", "pres"), A("politikernas", "politiker"),
             V("följs", "följa", "pres", "pass"), V("anger", "ange", "pres", occ=1),
             V("är", "vara", "pres")],
            [S(KF, "kommunfullmäktige", "none", None, "besluta", "beslutas",
               "Övergripande mål och framgångsfaktorer", pas=True),
             S("nämnd", "nämnd", "none", None, "bryta", "bryts", "Övergripande mål", pas=True),
             S("bolagsstyrelse", "bolagsstyrelse", "none", None, "bryta", "bryts",
               "Övergripande mål", pas=True)]),
        rec(d, "h3", "heading", "Strategisk plan och budget", []),
        rec(d, "2", "paragraph", s2,
            [V("antas", "anta", "pres", "pass"), V("omfattar", "omfatta", "pres"),
             V("presenteras", "presentera", "pres", "pass"), V("är", "vara", "pres"),
             A("fullmäktige", KF), V("ge", "ge", "inf"), A("nämnder", "nämnd"),
             A("styrelser", "styrelse")]),
        rec(d, "h4", "heading", "Reglemente, bolagsordning och ägardirektiv", []),
        rec(d, "3", "paragraph",
            "Kommunfullmäktige har övergripande ansvar för hela kommunens organisation. Genom "
            "reglementet delegerar kommunfullmäktige ansvar, befogenheter och uppgifter till "
            "nämnderna.",
            [A("Kommunfullmäktige", KF), V("har", "ha", "pres"), A("kommunens", "kommun"),
             V("delegerar", "delegera", "pres"), A("kommunfullmäktige", KF),
             A("nämnderna", "nämnd")],
            [S(KF, "Kommunfullmäktige", "responsibility", "har ansvar för", "ansvara", "har",
               "hela kommunens organisation"),
             S(KF, "kommunfullmäktige", "none", None, "delegera", "delegerar",
               "ansvar, befogenheter och uppgifter till nämnderna")]),
        rec(d, "4", "paragraph",
            "Kommunfullmäktige beslutar även om bolagsordningar och ägardirektiv till de "
            "helägda kommunala bolagen.",
            [A("Kommunfullmäktige", KF), V("beslutar", "besluta", "pres"),
             A("bolagen", "bolag")],
            [S(KF, "Kommunfullmäktige", "none", None, "besluta", "beslutar",
               "om bolagsordningar och ägardirektiv till de helägda kommunala bolagen")]),
        rec(d, "h5", "heading", "Delegationsordning", []),
        rec(d, "5", "paragraph", s5,
            [C(c5), A("kommunfullmäktige", KF), V("har", "ha", "pres"),
             A("kommunstyrelsen", KS), A("nämnd", "nämnd"), V("ska", "skola", "pres"),
             V("fattas", "fatta", "inf", "pass"), V("effektivisera", "effektivisera", "inf"),
             V("fördela", "fördela", "inf"), V("antar", "anta", "pres"),
             A("nämnderna", "nämnd")],
            [S(KS, "kommunstyrelsen", "responsibility", "har ansvaret för", "ansvara", "har",
               o5, cond=c5),
             S("nämnd", "nämnd", "responsibility", "har ansvaret för", "ansvara", "har", o5,
               cond=c5),
             S("nämnd", "nämnderna", "none", None, "anta", "antar",
               "varsin delegationsordning")]),
        rec(d, "6", "paragraph",
            "Delegationsordningen reglerar vilka befattningshavare som har rätt att fatta beslut "
            "på kommunstyrelsens eller nämndens vägnar.",
            [V("reglerar", "reglera", "pres"), A("befattningshavare", "befattningshavare"),
             V("har", "ha", "pres"), V("fatta", "fatta", "inf"),
             A("kommunstyrelsens", KS), A("nämndens", "nämnd")]),
        rec(d, "h6", "heading", "Övriga styrdokument", []),
        rec(d, "7", "paragraph", s7,
            [A("Kommunfullmäktige", KF), A("kommunstyrelsen", KS), A("nämnderna", "nämnd"),
             V("kan", "kunna", "pres"), V("styra", "styra", "inf"),
             A("förvaltningarnas", "förvaltning"), V("anta", "anta", "inf")],
            [S(KF, "Kommunfullmäktige", "permission", "kan", "styra", "styra", o7),
             S(KS, "kommunstyrelsen", "permission", "kan", "styra", "styra", o7),
             S("nämnd", "nämnderna", "permission", "kan", "styra", "styra", o7)]),
    ]


# ---------------------------------------------------------------------------------------------
YS = "ystads-kommun-reglemente-intern-kontroll"


def ystad() -> list:
    d = YS
    yk = "ystads kommun"
    lead = ("Detta reglemente syftar till att säkerställa att kommunstyrelsen, nämnder och "
            "bolagsstyrelser upprätthåller en tillfredsställande intern kontroll, d v s de ska "
            "med rimlig grad av säkerhet säkerställa att följande mål uppnås:")
    s2 = ("Kommunstyrelsen har det övergripande ansvaret för att tillse att det finns en god "
          "intern kontroll. I detta ligger ett ansvar för att en intern kontrollorganisation "
          "upprättas inom kommunens samlade verksamhet samt att se till att denna utvecklas "
          "utifrån kommunens kontrollbehov. Kommunstyrelsen ska med utgångspunkt från nämndernas "
          "återrapportering och revisionens granskningsrapport utvärdera kommunens samlade "
          "bedömning om det behöver beslutas om åtgärder.")
    s3 = ("Nämnder och bolagsstyrelser har det yttersta ansvaret för den interna kontrollen inom "
          "respektive verksamhetsområde. Nämnder och bolagsstyrelser skall därför se till att en "
          "organisation upprättas för den interna kontrollen och att internkontrollplaner tas "
          "fram som bygger på risk- och väsentlighetsanalyser.")
    o3a = "den interna kontrollen inom respektive verksamhetsområde"
    o3b = ("att en organisation upprättas för den interna kontrollen och att "
           "internkontrollplaner tas fram som bygger på risk- och väsentlighetsanalyser")
    s4 = ("Förvaltningschefen respektive VD har det yttersta verksamhets- och resultatansvaret "
          "inför nämnden, styrelsen samt uppgiften att tydliggöra mål och ansvar i "
          "organisationen. I detta ansvar ligger att vederbörande ska leda arbetet med att "
          "åstadkomma och upprätthålla en god intern kontroll. Reglerna skall antas av "
          "respektive nämnd eller styrelse.")
    ra = "har verksamhets- och resultatansvaret"
    o4 = "mål och ansvar i organisationen"
    vd = "verkställande direktör"
    return [
        rec(d, "title", "heading", "REGLEMENTE FÖR INTERN KONTROLL I YSTADS KOMMUN",
            [A("YSTADS KOMMUN", yk)]),
        rec(d, "h1", "heading", "Syfte med reglementet", []),
        rec(d, "1", "heading", "Syfte", [], label="1"),
        rec(d, "1.1", "paragraph", lead,
            [V("syftar", "syfta", "pres"), V("säkerställa", "säkerställa", "inf"),
             A("kommunstyrelsen", KS), A("nämnder", "nämnd"),
             A("bolagsstyrelser", "bolagsstyrelse"),
             V("upprätthåller", "upprätthålla", "pres"), V("ska", "skola", "pres"),
             V("säkerställa", "säkerställa", "inf", occ=1), V("uppnås", "uppnå", "pres", "pass")],
            parent="1"),
        rec(d, "1.1.a", "list_item", "ändamålsenlig och kostnadseffektiv verksamhet", [],
            parent="1.1", label="-"),
        rec(d, "1.1.b", "list_item",
            "tillförlitlig finansiell rapportering och information om verksamheten", [],
            parent="1.1", label="-"),
        rec(d, "1.1.c", "list_item",
            "efterlevnad av tillämpliga lagar, föreskrifter, riktlinjer mm", [],
            parent="1.1", label="-"),
        rec(d, "h2", "heading", "Organisationen av intern kontroll", []),
        rec(d, "2", "heading", "Kommunstyrelsen", [A("Kommunstyrelsen", KS)], label="2"),
        rec(d, "2.1", "paragraph", s2,
            [A("Kommunstyrelsen", KS), V("har", "ha", "pres"), V("tillse", "tillse", "inf"),
             V("finns", "finnas", "pres"), V("ligger", "ligga", "pres"),
             V("upprättas", "upprätta", "pres", "pass"), A("kommunens", yk),
             V("se", "se", "inf"), V("utvecklas", "utveckla", "pres", "pass"),
             C("utifrån kommunens kontrollbehov"), A("kommunens", yk, 1),
             A("Kommunstyrelsen", KS, 1), V("ska", "skola", "pres"),
             A("nämndernas", "nämnd"), A("revisionens", "revision"),
             V("utvärdera", "utvärdera", "inf"), A("kommunens", yk, 2),
             V("behöver", "behöva", "pres"), V("beslutas", "besluta", "inf", "pass")],
            [S(KS, "Kommunstyrelsen", "responsibility", "har ansvaret för", "tillse", "tillse",
               "att det finns en god intern kontroll"),
             S(KS, "Kommunstyrelsen", "obligation", "ska", "utvärdera", "utvärdera",
               "kommunens samlade bedömning om det behöver beslutas om åtgärder")],
            parent="2"),
        rec(d, "3", "heading", "Nämnder och bolagsstyrelser",
            [A("Nämnder", "nämnd"), A("bolagsstyrelser", "bolagsstyrelse")], label="3"),
        rec(d, "3.1", "paragraph", s3,
            [A("Nämnder", "nämnd"), A("bolagsstyrelser", "bolagsstyrelse"),
             V("har", "ha", "pres"), A("Nämnder", "nämnd", 1),
             A("bolagsstyrelser", "bolagsstyrelse", 1), V("skall", "skola", "pres"),
             V("se", "se", "inf"), V("upprättas", "upprätta", "pres", "pass"),
             V("tas", "ta", "pres", "pass"), V("bygger", "bygga", "pres")],
            [S("nämnd", "Nämnder", "responsibility", "har ansvaret för", "ansvara", "har", o3a),
             S("bolagsstyrelse", "bolagsstyrelser", "responsibility", "har ansvaret för",
               "ansvara", "har", o3a),
             S("nämnd", "Nämnder", "obligation", "skall se till att", "se", "se", o3b),
             S("bolagsstyrelse", "bolagsstyrelser", "obligation", "skall se till att", "se",
               "se", o3b)], parent="3"),
        rec(d, "4", "heading", "Förvaltningschef / VD",
            [A("Förvaltningschef", "förvaltningschef"), A("VD", vd)], label="4"),
        rec(d, "4.1", "paragraph", s4,
            [A("Förvaltningschefen", "förvaltningschef"), A("VD", vd), V("har", "ha", "pres"),
             A("nämnden", "nämnd"), A("styrelsen", "styrelse"),
             V("tydliggöra", "tydliggöra", "inf"), V("ligger", "ligga", "pres"),
             V("ska", "skola", "pres"), V("leda", "leda", "inf"),
             V("åstadkomma", "åstadkomma", "inf"), V("upprätthålla", "upprätthålla", "inf"),
             V("skall", "skola", "pres"), V("antas", "anta", "inf", "pass"),
             A("nämnd", "nämnd"), A("styrelse", "styrelse")],
            [S("förvaltningschef", "Förvaltningschefen", "responsibility", ra, "ansvara", "har",
               "inför nämnden, styrelsen"),
             S(vd, "VD", "responsibility", ra, "ansvara", "har", "inför nämnden, styrelsen"),
             S("förvaltningschef", "Förvaltningschefen", "obligation", "har uppgiften att",
               "tydliggöra", "tydliggöra", o4),
             S(vd, "VD", "obligation", "har uppgiften att", "tydliggöra", "tydliggöra", o4),
             S("nämnd", "nämnd", "obligation", "skall", "anta", "antas", "Reglerna", pas=True),
             S("styrelse", "styrelse", "obligation", "skall", "anta", "antas", "Reglerna",
               pas=True)], parent="4"),
    ]


DOCS = {GO: gotene, LU: lund, OK: okand, ST: strangnas, VB: vanersborg, VA: vara, YS: ystad}
