"""The hand annotation of part aw (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md, section
"Part aw". Run from the repository root:

    python corpus/agreement/aw_docs.py && python corpus/check.py corpus/agreement/aw/*.jsonl
"""

from __future__ import annotations

import build
from build import A, C, S, V, rec

KF = "kommunfullmäktige"
KS = "kommunstyrelse"
AK = "arvika kommun"
MY = "myndighet"
AM = "arkivmyndighet"
FVD = "förtroendevald"


def arkiv() -> list:
    d = "arvika-arkivreglemente"
    t_p1 = ("Förutom de i arkivlagen (SFS 1990:782) och arkivförordningen (SFS 1991:446) intagna "
            "bestämmelserna om arkivvård gäller för den kommunala arkivvården inom Arvika kommun "
            "följande reglemente, meddelat med stöd av 16 § arkivlagen (AL).")
    t12 = ("Reglementet gäller även för aktiebolag, handelsbolag, ekonomiska föreningar och "
           "stiftelser där kommunen utövar ett rättsligt bestämmande inflytande samt de samägda "
           "företag för vilka kommunen har arkivansvar enligt särskild överenskommelse.")
    c13 = ("När en myndighet förändrar organisation eller arbetssätt och förändringen väsentligt "
           "påverkar förutsättningarna för arkivvården")
    t13 = (c13 + ", ska myndigheten i god tid samråda med arkivmyndigheten. Förändringar i "
           "arkivorganisationen ska i god tid meddelas kommunarkivet.")
    t21 = ("Varje myndighet ansvarar för att dess arkiv vårdas enligt arkivlagen och på det sätt "
           "som framgår av punkterna 4-9 av detta reglemente.")
    t22 = ("Inom myndigheternas verksamhetsområden ska finnas arkivansvariga. För fullgörande av "
           "arkivuppgifter hos myndigheten ska det inom varje verksamhetsområde finnas en eller "
           "flera arkivredogörare beroende på verksamhetens omfattning.")
    c23 = "när ett hos kommunarkivet kommungemensamt e-arkiv tas i bruk"
    t23 = ("Till följd av övergången till digital dokumenthantering ska myndigheter säkerställa "
           "att all digital dokumentation som ska bevaras finns tillgänglig för bevarande "
           + c23 + ".")
    o32 = ("tillsyn över att kommunens myndigheter fullgör sina skyldigheter beträffande "
           "arkivbildningen och de")
    return [
        rec(d, "title", "heading", "Arkivreglemente", []),
        rec(d, "h1", "heading", "Arkivreglemente.", []),
        rec(d, "m1", "paragraph", "Antaget av Kommunfullmäktige den 26 januari 1998, § 1. Senast "
            "reviderat av Kommunstyrelsen den 14 mars 2023, § 52.",
            [A("Kommunfullmäktige", KF), A("Kommunstyrelsen", KS)]),
        rec(d, "p1", "paragraph", t_p1,
            [V("gäller", "gälla", "pres"), A("Arvika kommun", AK),
             C("med stöd av 16 § arkivlagen (AL)")]),
        rec(d, "1", "heading", "Tillämpningsområde (1 och 2 §§ AL)", [], label="1."),
        rec(d, "1.1", "paragraph", "Detta reglemente gäller för Kommunfullmäktige och kommunens "
            "myndigheter. Med myndigheter avses i reglementet Kommunstyrelsen och övriga nämnder, "
            "Kommunfullmäktiges revisorer.",
            [V("gäller", "gälla", "pres"), A("Kommunfullmäktige", KF), A("kommunens", AK),
             A("myndigheter", MY), A("myndigheter", MY, 1), V("avses", "avse", "pres", "pass"),
             A("Kommunstyrelsen", KS), A("nämnder", "nämnd"),
             A("Kommunfullmäktiges revisorer", "kommunfullmäktiges revisor")], parent="1"),
        rec(d, "1.2", "paragraph", t12,
            [V("gäller", "gälla", "pres"), A("aktiebolag", "aktiebolag"),
             A("handelsbolag", "handelsbolag"), A("ekonomiska föreningar", "ekonomisk förening"),
             A("stiftelser", "stiftelse"), A("kommunen", AK), V("utövar", "utöva", "pres"),
             A("företag", "företag"), A("kommunen", AK, 1), V("har", "ha", "pres"),
             C("enligt särskild överenskommelse")], parent="1"),
        rec(d, "1.3", "paragraph", t13,
            [C(c13), A("myndighet", MY), V("förändrar", "förändra", "pres"),
             V("påverkar", "påverka", "pres"), V("ska", "skola", "pres"),
             A("myndigheten", MY), V("samråda", "samråda", "inf"), A("arkivmyndigheten", AM),
             V("ska", "skola", "pres", occ=1), V("meddelas", "meddela", "inf", "pass"),
             A("kommunarkivet", "kommunarkiv")],
            [S(MY, "myndigheten", "obligation", "ska", "samråda", "samråda",
               "med arkivmyndigheten", cond=c13)], parent="1"),
        rec(d, "2", "heading", "Myndigheternas arkivansvar (4 § AL)",
            [A("Myndigheternas", MY)], label="2."),
        rec(d, "2.1", "paragraph", t21,
            [A("myndighet", MY), V("ansvarar", "ansvara", "pres"),
             V("vårdas", "vårda", "pres", "pass"), C("enligt arkivlagen"),
             V("framgår", "framgå", "pres")],
            [S(MY, "myndighet", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "att dess arkiv vårdas enligt arkivlagen och på det sätt som framgår av "
               "punkterna 4-9 av detta reglemente")], parent="2"),
        rec(d, "2.2", "paragraph", t22,
            [A("myndigheternas", MY), V("ska", "skola", "pres"), V("finnas", "finnas", "inf"),
             A("arkivansvariga", "arkivansvarig"), A("myndigheten", MY),
             V("ska", "skola", "pres", occ=1), V("finnas", "finnas", "inf", occ=1),
             A("arkivredogörare", "arkivredogörare")],
            [S("arkivansvarig", "arkivansvariga", "obligation", "ska", "finnas", "finnas"),
             S("arkivredogörare", "arkivredogörare", "obligation", "ska", "finnas", "finnas")],
            parent="2"),
        rec(d, "2.3", "paragraph", t23,
            [V("ska", "skola", "pres"), A("myndigheter", MY),
             V("säkerställa", "säkerställa", "inf"), V("ska", "skola", "pres", occ=1),
             V("bevaras", "bevara", "inf", "pass"), V("finns", "finnas", "pres"), C(c23),
             A("kommunarkivet", "kommunarkiv"), V("tas", "ta", "pres", "pass")],
            [S(MY, "myndigheter", "obligation", "ska", "säkerställa", "säkerställa",
               "att all digital dokumentation som ska bevaras finns tillgänglig för bevarande")],
            parent="2"),
        rec(d, "3", "heading", "Arkivmyndigheten (7-9 §§ AL)", [A("Arkivmyndigheten", AM)],
            label="3."),
        rec(d, "3.1", "paragraph", "Kommunstyrelsen är arkivmyndighet.",
            [A("Kommunstyrelsen", KS), V("är", "vara", "pres")],
            [S(KS, "Kommunstyrelsen", "none", None, "vara", "är", "arkivmyndighet")],
            parent="3"),
        rec(d, "3.2", "paragraph", "Arkivmyndigheten utövar " + o32,
            [A("Arkivmyndigheten", AM), V("utövar", "utöva", "pres"), A("kommunens", AK),
             A("myndigheter", MY), V("fullgör", "fullgöra", "pres")],
            [S(AM, "Arkivmyndigheten", "none", None, "utöva", "utövar", o32)], parent="3"),
    ]


def ersattning() -> list:
    d = "arvika-ersattning-fortroendevalda"
    t1 = ("Ersättningar till förtroendevalda i kommunala organ betalas ut enligt dessa "
          "bestämmelser i form av årsarvoden, timarvoden, förlorad arbetsinkomst samt "
          "reseersättning. Bestämmelserna baseras på kommunallagens regelverk. Arvodet baseras på "
          "och relateras procentuellt till riksdagsledamotarvodet och följer arvodesutvecklingen "
          "för riksdagsledamöter, som fastställs av riksdagens arvodeskomission. Varje år sker en "
          "uppräkning enligt ovan av Kommunledningsstabens kansli. Reseersättningen baseras på "
          "det belopp per kilometer som gäller för kommunens anställda vid användandet av egen "
          "bil i tjänsten.")
    item = ("Delegationer, beredningar eller övriga organ inrättade med stöd av beslut i "
            "fullmäktige, kommunstyrelse eller annan nämnd")
    t33 = ("Som betydande del av heltid avses, enligt vedertagen praxis, mer än 40 %. Detta "
           "definieras utifrån uppdragens storlek i bilaga 1 i detta reglemente. Vid omräkning "
           "av timarvode är utgångspunkten att en arbetsvecka är 40 timmar.")
    t4 = ("Årsarvoden utgår till innehavare av uppdrag som anges i bilaga 1 och 2 med däri "
          "angivna belopp. Ersättningar enligt dessa bestämmelser utgår i form av årsarvoden, "
          "resekostnadser")
    return [
        rec(d, "title", "heading", "Ersättning till förtroendevalda", [A("förtroendevalda", FVD)]),
        rec(d, "h1", "heading", "Bestämmelser om ersättning till politiskt förtroendevalda i "
            "Arvika kommun.",
            [A("politiskt förtroendevalda", "politiskt förtroendevald"),
             A("Arvika kommun", AK)]),
        rec(d, "m1", "paragraph", "Antaget av sammanläggningsdelegerade den 1 december 1970, "
            "§ 135. Reviderat av Kommunledningsutskottet den 4 januari 2016, § 4. Senast "
            "reviderat av Kommunfullmäktige den 12 december 2022, § 248.",
            [A("sammanläggningsdelegerade", "sammanläggningsdelegerad"),
             A("Kommunledningsutskottet", "kommunledningsutskott"), A("Kommunfullmäktige", KF)]),
        rec(d, "h2", "heading", "Inledande bestämmelser", []),
        rec(d, "§1", "paragraph", t1,
            [A("förtroendevalda", FVD), A("kommunala organ", "kommunalt organ"),
             V("betalas", "betala", "pres", "pass"), C("enligt dessa bestämmelser"),
             V("baseras", "basera", "pres", "pass"), V("baseras", "basera", "pres", "pass", 1),
             V("relateras", "relatera", "pres", "pass"), V("följer", "följa", "pres"),
             A("riksdagsledamöter", "riksdagsledamot"),
             V("fastställs", "fastställa", "pres", "pass"), A("riksdagens", "riksdag"),
             A("arvodeskomission", "arvodeskomission"), V("sker", "ske", "pres"),
             C("enligt ovan"), A("Kommunledningsstabens", "kommunledningsstab"),
             A("kansli", "kansli"), V("baseras", "basera", "pres", "pass", 2),
             V("gäller", "gälla", "pres"), A("kommunens", AK), A("anställda", "anställd")],
            parent="h2", label="§ 1"),
        rec(d, "§2", "paragraph", "Med kommunala organ avses i dessa bestämmelser de organ som "
            "finns i bilaga 1:",
            [A("kommunala organ", "kommunalt organ"), V("avses", "avse", "pres", "pass"),
             A("organ", "organ", 1), V("finns", "finnas", "pres")], parent="h2", label="§ 2"),
        rec(d, "§2.a", "list_item", item,
            [A("Delegationer", "delegation"), A("beredningar", "beredning"), A("organ", "organ"),
             C("med stöd av beslut i fullmäktige, kommunstyrelse eller annan nämnd"),
             A("fullmäktige", KF), A("kommunstyrelse", KS), A("nämnd", "nämnd")],
            parent="§2"),
        rec(d, "§2.2", "paragraph", "För kommunala bolag finns separata bestämmelser, som "
            "utförligare beskrivs i § 23.",
            [A("kommunala bolag", "kommunalt bolag"), V("finns", "finnas", "pres"),
             V("beskrivs", "beskriva", "pres", "pass")], parent="h2"),
        rec(d, "§3", "paragraph", "Ersättningar till förtroendevalda delas upp i tre olika "
            "kategorier: arvoden för kommunalråd/oppositionsråd, övriga årsarvoden och "
            "timarvoden.",
            [A("förtroendevalda", FVD), V("delas", "dela", "pres", "pass"),
             A("kommunalråd", "kommunalråd"), A("oppositionsråd", "oppositionsråd")],
            parent="h2", label="§ 3"),
        rec(d, "§3.2", "paragraph", "Som kommunalråd definieras den som har kommunala uppdrag på "
            "heltid eller betydande del av heltid. Uppdrag inom kommunala bolag ingår inte.",
            [V("definieras", "definiera", "pres", "pass"), V("har", "ha", "pres"),
             A("kommunala bolag", "kommunalt bolag"), V("ingår", "ingå", "pres")], parent="h2"),
        rec(d, "§3.3", "paragraph", t33,
            [V("avses", "avse", "pres", "pass"), C("enligt vedertagen praxis"),
             V("definieras", "definiera", "pres", "pass"),
             C("utifrån uppdragens storlek i bilaga 1 i detta reglemente"),
             C("Vid omräkning av timarvode"), V("är", "vara", "pres"),
             V("är", "vara", "pres", occ=1)], parent="h2"),
        rec(d, "h3", "heading", "Årsarvoden", []),
        rec(d, "§4", "paragraph", t4,
            [V("utgår", "utgå", "pres"), A("innehavare", "innehavare"),
             V("anges", "ange", "pres", "pass"), C("enligt dessa bestämmelser"),
             V("utgår", "utgå", "pres", occ=1)], parent="h3", label="§ 4"),
    ]


def _line(doc: str, n: int, cut: int) -> str:
    """Line n (0-based) of the source, its first `cut` characters (the page label) removed."""
    return (build.SRC / f"{doc}.txt").read_text(encoding="utf-8").splitlines()[n][cut:].strip()


def astorp() -> list:
    d = "astorp-reglemente-overformyndarnamnden"
    ON = "överförmyndarnämnd"
    NO = "nämndens ordförande"
    toc = _line(d, 1, len("2(8) "))
    p3 = _line(d, 2, len("3(8) "))
    c_enl = "i enlighet med den rättsliga reglering som styr överförmyndarverksamheten"
    c_om = "om överförmyndarnämnden är beslutande"
    o1 = ("tillsyn över gode män, förvaltare och förmyndare (ställföreträdare) för myndiga "
          "personer som inte själva kan ta tillvara sin rätt eller omyndiga barn som missgynnas "
          "ekonomiskt eller rättsligt")
    o2 = ("för att det finns gode män och förvaltare så att sådan skall kunna utses så snart "
          "enskild behöver sådant bistånd")
    o3 = "ställföreträdare uppgifter och generell information om hur de skall gå tillväga"
    return [
        rec(d, "title", "heading", "Åstorps kommuns Reglemente för överförmyndarnämnden",
            [A("Åstorps kommuns", "åstorps kommun"), A("överförmyndarnämnden", ON)]),
        rec(d, "m1", "paragraph", "Beslutat av Kommunfullmäktige 2014-11-17 197 Dnr 2014/292",
            [A("Kommunfullmäktige", KF)]),
        rec(d, "2", "heading", toc,
            [A("NÄMNDENS", "nämnd"), A("NÄMNDENS", "nämnd", 1), A("FULLMÄKTIGE", KF),
             A("NÄMNDENS", "nämnd", 2), A("NÄMNDENS", "nämnd", 3),
             A("ERSÄTTARNAS", "ersättare"), A("ERSÄTTARE", "ersättare"),
             A("ERSÄTTARE", "ersättare", 1), A("ORDFÖRANDE", NO), A("ORDFÖRANDE", NO, 1),
             A("ORDFÖRANDENS", NO), A("NÄMND", "nämnd"), A("UTSKOTT", "utskott")],
            label="2(8)"),
        rec(d, "3", "paragraph", p3,
            [A("överförmyndarnämnden", ON), A("Åstorps kommun", "åstorps kommun"),
             V("föreskrivs", "föreskriva", "pres", "pass"), V("gäller", "gälla", "pres"),
             A("Överförmyndarnämnden", ON), V("svarar", "svara", "pres"),
             V("bedrivs", "bedriva", "pres", "pass"), C(c_enl), V("styr", "styra", "pres"),
             V("åligger", "åligga", "pres"), A("överförmyndarnämnden", ON, 1),
             V("utöva", "utöva", "inf"), A("gode män", "god man"), A("förvaltare", "förvaltare"),
             A("förmyndare", "förmyndare"), A("ställföreträdare", "ställföreträdare"),
             V("kan", "kunna", "pres"), V("ta", "ta", "inf"),
             A("omyndiga barn", "omyndigt barn"), V("missgynnas", "missgynna", "pres", "pass"),
             C(c_om), A("överförmyndarnämnden", ON, 2), V("är", "vara", "pres"),
             V("verka", "verka", "inf"), V("finns", "finnas", "pres"),
             A("gode män", "god man", 1), A("förvaltare", "förvaltare", 1),
             V("skall", "skola", "pres"), V("kunna", "kunna", "inf"),
             V("utses", "utse", "inf", "pass"), V("behöver", "behöva", "pres"),
             V("lämna", "lämna", "inf"), A("ställföreträdare", "ställföreträdare", 1),
             V("skall", "skola", "pres", occ=1), V("gå", "gå", "inf")],
            [S(ON, "Överförmyndarnämnden", "responsibility", "svarar för", "svara", "svarar",
               "att överförmyndarverksamheten i kommunen bedrivs"),
             S(ON, "överförmyndarnämnden", "obligation", "åligger", "utöva", "utöva", o1),
             S(ON, "överförmyndarnämnden", "obligation", "åligger", "verka", "verka", o2,
               cond=c_om),
             S(ON, "överförmyndarnämnden", "obligation", "åligger", "lämna", "lämna", o3)],
            label="3(8)"),
    ]


def emmaboda() -> list:
    d = "emmaboda-reglemente-bygg-och-miljonamnden"
    BM = "bygg- och miljönämnd"
    EK = "emmaboda kommun"
    BO = "bygg- och miljönämndens ordförande"
    toc = [("Dokumentinformation ... 1", []),
           ("Bygg- och miljönämndens uppgifter ... 1", [A("Bygg- och miljönämndens", BM)]),
           ("Bygg- och miljönämndens sammansättning ... 2", [A("Bygg- och miljönämndens", BM)]),
           ("Ersättarnas tjänstgöring... 2", [A("Ersättarnas", "ersättare")]),
           ("Inkallande av ersättare ... 2", [A("ersättare", "ersättare")]),
           ("Ersättare för ordförande ... 3", [A("Ersättare", "ersättare"), A("ordförande", BO)]),
           ("Sammanträden ... 3", []), ("Kallelse... 3", []), ("Deltagande på distans ... 3", []),
           ("Justering av protokoll ... 4", []), ("Reservationer ... 4", []),
           ("Närvarorätt... 4", []), ("Undertecknande av handlingar... 4", [])]
    m2 = ("Dokumenttyp Reglemente Dokumentnamn Reglemente för bygg- och miljönämnden "
          "Fastställd/Upprättad KF 2021-04-26 § 58 Senast ändrad Dnr BMN/2021:20 003 KS/2021:93 "
          "Dokumentansvarig Avdelningschef Nämndsekreterare Tidigare ändringar - Giltighetstid -")
    t1 = ("Bygg- och miljönämnden fullgör kommunens uppgifter inom miljö- och "
          "hälsoskyddsområdet, byggnadsväsendet samt offentlig kontroll enligt "
          "livsmedelslagstiftningen. Nämnden fullgör också de uppgifter som kommunen har enligt "
          "annan lag eller författning inom dessa områden.")
    c1 = "enligt livsmedelslagstiftningen"
    c2 = "enligt annan lag eller författning inom dessa områden"
    lead = "Bygg- och miljönämnden ansvarar även för:"
    bm = "Bygg- och miljönämnden"
    resp = ("responsibility", "ansvarar för", "ansvara", "ansvarar")
    i_f = ("de register och andra behandlingar av personregister som nämnden för i sin "
           "verksamhet och förfogar över.")
    items = [
        ("handläggning av bostadsanpassningsbidrag enligt lagen om bostadsanpassningsbidrag.",
         [C("enligt lagen om bostadsanpassningsbidrag")],
         [S(BM, bm, *resp, "handläggning av bostadsanpassningsbidrag",
            cond="enligt lagen om bostadsanpassningsbidrag")]),
        ("energirådgivning", [], [S(BM, bm, *resp, "energirådgivning")]),
        ("vatten- och naturvårdsfrågor", [], [S(BM, bm, *resp, "vatten- och naturvårdsfrågor")]),
        ("verka för en god byggnadskultur samt en god stads- och landskapsmiljö.",
         [V("verka", "verka", "inf")],
         [S(BM, bm, "responsibility", "ansvarar för", "verka", "verka",
            "för en god byggnadskultur samt en god stads- och landskapsmiljö")]),
        ("beslutar om kommunalt va-bidrag.", [V("beslutar", "besluta", "pres")],
         [S(BM, bm, "none", None, "besluta", "beslutar", "om kommunalt va-bidrag")]),
        (i_f, [A("nämnden", "nämnd"), V("för", "föra", "pres"), V("förfogar", "förfoga", "pres")],
         [S(BM, bm, *resp, i_f[:-1])]),
        ("kommunens kart- och geografiska informationssystem (GIS).", [A("kommunens", EK)],
         [S(BM, bm, *resp, "kommunens kart- och geografiska informationssystem (GIS)")]),
        ("kommunens uppgifter om lägenhetsregister, samt namngivning av gator och kvarter.",
         [A("kommunens", EK)],
         [S(BM, bm, *resp, "kommunens uppgifter om lägenhetsregister, samt namngivning av gator "
            "och kvarter")]),
        ("k", [], [S(BM, bm, *resp, "k")]),
    ]
    out = [
        rec(d, "title", "heading", "FÖR BYGG-OCH MILJÖNÄMNDEN", [A("BYGG-OCH MILJÖNÄMNDEN", BM)]),
        rec(d, "h1", "heading", "Download (0)", []),
        rec(d, "h2", "heading", "Full text", []),
        rec(d, "h3", "heading", "Emmaboda kommun", [A("Emmaboda kommun", EK)]),
        rec(d, "h4", "heading", "REGLEMENTE FÖR BYGG-OCH MILJÖNÄMNDEN",
            [A("BYGG-OCH MILJÖNÄMNDEN", BM)]),
        rec(d, "m1", "paragraph", "2021-02-15 BMN § 19 Antaget i KF 2021-04-26",
            [A("KF", KF)]),
        rec(d, "h5", "heading", "INNEHÅLLSFÖRTECKNING", []),
    ]
    out += [rec(d, f"h{6 + i}", "heading", t, sp) for i, (t, sp) in enumerate(toc)]
    out += [
        rec(d, "h19", "heading", "DOKUMENTINFORMATION", []),
        rec(d, "m2", "paragraph", m2,
            [A("bygg- och miljönämnden", BM), A("KF", KF), A("Avdelningschef", "avdelningschef"),
             A("Nämndsekreterare", "nämndsekreterare")]),
        rec(d, "h20", "heading", "Dokumentinformation", []),
        rec(d, "h21", "heading", "Reglemente för bygg- och miljönämnden.",
            [A("bygg- och miljönämnden", BM)]),
        rec(d, "p1", "paragraph", "Ersätter reglementet antaget av kommunfullmäktige 1998-12-03 "
            "§ 91 med tillägg 2010-03-01 § 13 och ändring 2011-04-04 § 25 och 2012-03-26 § 22.",
            [V("Ersätter", "ersätta", "pres"), A("kommunfullmäktige", KF)]),
        rec(d, "h22", "heading", "BYGG- OCH MILJÖNÄMNDENS UPPGIFTER",
            [A("BYGG- OCH MILJÖNÄMNDENS", BM)]),
        rec(d, "§1", "paragraph", t1,
            [A("Bygg- och miljönämnden", BM), V("fullgör", "fullgöra", "pres"),
             A("kommunens", EK), C(c1), A("Nämnden", "nämnd"),
             V("fullgör", "fullgöra", "pres", occ=1), A("kommunen", EK), V("har", "ha", "pres"),
             C(c2)],
            [S(BM, "Bygg- och miljönämnden", "none", None, "fullgöra", "fullgör",
               "kommunens uppgifter inom miljö- och hälsoskyddsområdet, byggnadsväsendet samt "
               "offentlig kontroll", cond=c1),
             S("nämnd", "Nämnden", "none", None, "fullgöra", "fullgör",
               "de uppgifter som kommunen har")], parent="h22", label="§ 1"),
        rec(d, "§1.2", "paragraph", lead,
            [A("Bygg- och miljönämnden", BM), V("ansvarar", "ansvara", "pres")], parent="h22"),
    ]
    out += [rec(d, f"§1.2.{chr(97 + i)}", "list_item", t, sp, st, parent="§1.2", label="•")
            for i, (t, sp, st) in enumerate(items)]
    return out


def horby() -> list:
    d = "horby-reglemente-ersattning-fortroendevalda"
    HK = "hörby kommun"
    t11 = ("Reglementet gäller för kommunens förtroendevalda, som avses i 4 kap. 1 kommunallagen "
           "(1991:900) d v s ledamöter och ersättare i fullmäktige och nämnder samt revisorer. "
           "Vid varje mandatperiods början skall de förtroendevalda fylla i en försäkran att de "
           "har tagit del av reglerna för ersättning till förtroendevalda i Hörby kommun. "
           "(formulär Försäkran Förtroendevald)")
    c11 = "Vid varje mandatperiods början"
    t42 = ("Årsarvodet utgör ersättning för det ansvar och det arbete som är förknippat med "
           "uppdragen som ordföranden och vice ordföranden i fullmäktige, nämnd eller utskott, "
           "annan ledamot av utskott samt revisor. Exempel på aktiviteter som anses ingå i "
           "arbetsuppgifter som skall täckas av årsarvodet är:")
    items = [
        ("Rutinmässigt följande av förvaltningens arbete", [A("förvaltningens", "förvaltning")]),
        ("Överläggning med tjänsteman eller annan anställd",
         [A("tjänsteman", "tjänsteman"), A("anställd", "anställd")]),
        ("Genomgång och beredning av ärenden med sekreterare, föredragande eller annan anställd "
         "i anledning av sammanträde, besiktning, förrättning eller motsvarande",
         [A("sekreterare", "sekreterare"), A("föredragande", "föredragande"),
          A("anställd", "anställd")]),
        ("Besök på förvaltning för information, utanordning eller påskrift av handling",
         [A("förvaltning", "förvaltning")]),
        ("Kontakter med medborgare, telefonsamtal eller liknande",
         [A("medborgare", "medborgare")]),
        ("Utövande av delegationsbeslut", []),
        ("Uppvaktningar eller motsvarande", []),
        ("Övriga uppgifter som till sin karaktär är likarta", [V("är", "vara", "pres")]),
    ]
    out = [
        rec(d, "m1", "paragraph", "FÖRFATTNINGSSAMLING Beslut: Dnr: 2013/258 Sid: 1", []),
        rec(d, "m2", "paragraph", "Storlek: px Starta visningen från sidan:",
            [V("Starta", "starta", "imp")]),
        rec(d, "h1", "heading", 'Download "FÖRFATTNINGSSAMLING Beslut: 2014 11 24 164 Dnr: '
            '2013/258 Sid: 1"', []),
        rec(d, "h2", "heading", "Transkript", []),
        rec(d, "m3", "paragraph", "Beslut: Dnr: 2013/258 Sid: 1", [], label="1"),
        rec(d, "h3", "heading", "REGLEMENTE FÖR ERSÄTTNING TILL FÖRTROENDEVALDA",
            [A("FÖRTROENDEVALDA", FVD)]),
        rec(d, "1", "heading", "Grundläggande bestämmelser", [], label="1"),
        rec(d, "1.1", "paragraph", t11,
            [V("gäller", "gälla", "pres"), A("kommunens", HK), A("förtroendevalda", FVD),
             V("avses", "avse", "pres", "pass"), A("ledamöter", "ledamot"),
             A("ersättare", "ersättare"), A("fullmäktige", "fullmäktige"), A("nämnder", "nämnd"),
             A("revisorer", "revisor"), C(c11), V("skall", "skola", "pres"),
             A("förtroendevalda", FVD, 1), V("fylla", "fylla", "inf"), V("har", "ha", "pres"),
             V("tagit", "ta", "sup"), A("förtroendevalda", FVD, 2), A("Hörby kommun", HK)],
            [S(FVD, "förtroendevalda", "obligation", "skall", "fylla", "fylla",
               "en försäkran att de har tagit del av reglerna för ersättning till "
               "förtroendevalda i Hörby kommun", cond=c11)], parent="1"),
        rec(d, "2", "heading", "Ersättningsformer", [], label="2"),
        rec(d, "2.1", "paragraph", "Enligt detta reglemente utgår följande slag av ersättningar:",
            [C("Enligt detta reglemente"), V("utgår", "utgå", "pres")], parent="2"),
        rec(d, "2.1.a", "list_item", "arvode dels i form av årsarvode enligt 3, dels i form av "
            "sammanträdesarvode enligt 4", [C("enligt 3"), C("enligt 4")], parent="2.1",
            label="a)"),
        rec(d, "2.1.b", "list_item", "ersättning för förlorad arbetsinkomst samt förlorade "
            "pensions och semesterförmåner enligt 6 8", [C("enligt 6 8")], parent="2.1",
            label="b)"),
        rec(d, "2.1.c", "list_item", "kostnadsersättning dels i form av traktamente och/eller "
            "resekostnadsersättning enligt 9, dels i form av särskilda ersättningar enligt",
            [C("enligt 9")], parent="2.1", label="c)"),
        rec(d, "h4", "heading", "Årsarvoden", []),
        rec(d, "h4.1", "paragraph", "Årsarvoden utgår enligt nedanstående:",
            [V("utgår", "utgå", "pres"), C("enligt nedanstående")], parent="h4", label="1."),
        rec(d, "h4.2", "paragraph", t42,
            [V("utgör", "utgöra", "pres"), V("är", "vara", "pres"),
             A("fullmäktige", "fullmäktige"), A("nämnd", "nämnd"), A("utskott", "utskott"),
             A("utskott", "utskott", 1), V("anses", "anse", "pres", "pass"),
             V("ingå", "ingå", "inf"), V("skall", "skola", "pres"),
             V("täckas", "täcka", "inf", "pass"), V("är", "vara", "pres", occ=1)],
            parent="h4", label="2."),
    ]
    out += [rec(d, f"h4.2.{chr(97 + i)}", "list_item", t, sp, parent="h4.2", label="-")
            for i, (t, sp) in enumerate(items)]
    return out


def karlskoga() -> list:
    d = "karlskoga-arbetsordning-kommunfullmaktige"
    KK = "karlskoga kommun"
    PR = "kommunfullmäktiges presidium"
    VO = "vice ordförande"
    lead = ("Kommunfullmäktiges arbetsuppgifter framgår av 5 kap 1 § Kommunallagen (KL). "
            "Fullmäktige beslutar också i andra frågor som anges i kommunallagen eller andra "
            "författningar. Därutöver ska fullmäktige besluta i ärenden om:")
    ob = ("obligation", "ska", "besluta", "besluta")

    def st(obj: str, cond: str | None = None) -> list:
        return [S(KF, "fullmäktige", *ob, obj, cond=cond)]

    c4 = "om inte annat särskilt angivits"
    c8 = "enligt 4 kap Socialtjänstlagen (2001:453)"
    i1 = ("När kommunal verksamhet i egen regi ska bedrivas genom bolag, ekonomisk förening "
          "eller stiftelse")
    i2 = "Mellankommunala avtal av övergripande karaktär och bildande av kommunalförbund"
    i3 = ("Planer och skrifter till allmän efterrättelse, som kommunen kan meddela enligt "
          "särskild författning")
    items = [
        (i1 + ",", [V("ska", "skola", "pres"), V("bedrivas", "bedriva", "inf", "pass"),
                    A("bolag", "bolag"), A("ekonomisk förening", "ekonomisk förening"),
                    A("stiftelse", "stiftelse")], st(i1)),
        (i2 + ",", [A("kommunalförbund", "kommunalförbund")], st(i2)),
        (i3 + ",", [A("kommunen", KK), V("kan", "kunna", "pres"), V("meddela", "meddela", "inf"),
                    C("enligt särskild författning")], st(i3)),
        ("Taxor och avgifter " + c4 + ",", [C(c4), V("angivits", "ange", "sup", "pass")],
         st("Taxor och avgifter", c4)),
        ("Ramar för kommunens upplåning,", [A("kommunens", KK)],
         st("Ramar för kommunens upplåning")),
        ("Konkurrensprinciper och om vad som är strategiska tillgångar,",
         [V("är", "vara", "pres")],
         st("Konkurrensprinciper och om vad som är strategiska tillgångar")),
        ("Regler för verksamhets- och resultatuppföljning,", [],
         st("Regler för verksamhets- och resultatuppföljning")),
        ("Borgensåtagande med undantag för borgen " + c8, [C(c8)],
         st("Borgensåtagande med undantag för borgen", c8)),
        ("Mottagande av donationer", [], st("Mottagande av donationer")),
    ]
    t2 = ("De år då val av fullmäktige har ägt rum i hela landet väljer fullmäktige bland "
          "ledamöterna en ordförande samt en förste och en andre vice ordförande som tillsammans "
          "utgör fullmäktiges presidium. Val av presidium ska förrättas på ett sammanträde som "
          "hålls före oktober månads utgång.")
    c23 = "inom ramen för kommunfullmäktiges uppdrag"
    o23 = ("ordförande i uppgiften att planera och leda sammanträdet i den mån ordförande anser "
           "att det behövs")
    t23 = ("Vice ordförandena ska biträda " + o23 + ". Presidiets uppdrag är att fastställa "
           "kommunfullmäktiges kallelse inför tillkännagivande, bestämma placeringsordningen för "
           "fullmäktiges ledamöter samt representera kommunen vid representation och värdskap "
           + c23 + ".")
    out = [
        rec(d, "m1", "paragraph", "KF 2022-09-20 § 111 Fastställd av KF 2022-09-20 § 111 Ersätter",
            [A("KF", KF), A("KF", KF, 1)]),
        rec(d, "title", "heading", "Arbetsordning för kommunfullmäktige i Karlskoga kommun",
            [A("kommunfullmäktige", KF), A("Karlskoga kommun", KK)]),
        rec(d, "p1", "paragraph", lead,
            [A("Kommunfullmäktiges", KF), V("framgår", "framgå", "pres"),
             A("Fullmäktige", KF), V("beslutar", "besluta", "pres"),
             V("anges", "ange", "pres", "pass"), V("ska", "skola", "pres"),
             A("fullmäktige", KF), V("besluta", "besluta", "inf")],
            [S(KF, "Fullmäktige", "none", None, "besluta", "beslutar",
               "i andra frågor som anges i kommunallagen eller andra författningar")]),
    ]
    out += [rec(d, f"p1.{chr(97 + i)}", "list_item", t, sp, stl, parent="p1", label=f"{i + 1}.")
            for i, (t, sp, stl) in enumerate(items)]
    out += [
        rec(d, "p2", "paragraph", "Utöver detta gäller bestämmelserna i denna arbetsordning.",
            [V("gäller", "gälla", "pres")]),
        rec(d, "h1", "heading", "Antalet ledamöter (KL 5:5-7)", [A("ledamöter", "ledamot")]),
        rec(d, "§1", "paragraph", "Kommunfullmäktige har 51 ledamöter.",
            [A("Kommunfullmäktige", KF), V("har", "ha", "pres"), A("ledamöter", "ledamot")],
            [S(KF, "Kommunfullmäktige", "none", None, "ha", "har", "51 ledamöter")],
            parent="h1", label="§ 1"),
        rec(d, "§1.2", "paragraph", "I vallagen finns bestämmelser om antalet ersättare.",
            [V("finns", "finnas", "pres"), A("ersättare", "ersättare")], parent="h1"),
        rec(d, "h2", "heading", "Presidium (KL 5:11)", [A("Presidium", "presidium")]),
        rec(d, "§2", "paragraph", t2,
            [A("fullmäktige", KF), V("har", "ha", "pres"), V("ägt", "äga", "sup"),
             V("väljer", "välja", "pres"), A("fullmäktige", KF, 1),
             A("ledamöterna", "ledamot"), A("ordförande", "ordförande"), A("förste", VO),
             A("vice ordförande", VO), V("utgör", "utgöra", "pres"),
             A("fullmäktiges presidium", PR), A("presidium", "presidium", 1),
             V("ska", "skola", "pres"), V("förrättas", "förrätta", "inf", "pass"),
             V("hålls", "hålla", "pres", "pass")],
            [S(KF, "fullmäktige", "none", None, "välja", "väljer",
               "bland ledamöterna en ordförande samt en förste och en andre vice ordförande som "
               "tillsammans utgör fullmäktiges presidium")], parent="h2", label="§ 2"),
        rec(d, "§2.2", "paragraph", "Vid valet bestämmer fullmäktige tiden för uppdragen.",
            [C("Vid valet"), V("bestämmer", "bestämma", "pres"), A("fullmäktige", KF)],
            [S(KF, "fullmäktige", "none", None, "bestämma", "bestämmer", "tiden för uppdragen",
               cond="Vid valet")], parent="h2"),
        rec(d, "§2.3", "paragraph", t23,
            [A("Vice ordförandena", VO), V("ska", "skola", "pres"),
             V("biträda", "biträda", "inf"), A("ordförande", "ordförande"),
             V("planera", "planera", "inf"), V("leda", "leda", "inf"),
             A("ordförande", "ordförande", 1), V("anser", "anse", "pres"),
             V("behövs", "behöva", "pres", "pass"), A("Presidiets", PR), V("är", "vara", "pres"),
             V("fastställa", "fastställa", "inf"), A("kommunfullmäktiges", KF),
             V("bestämma", "bestämma", "inf"),
             A("fullmäktiges ledamöter", "kommunfullmäktiges ledamot"),
             V("representera", "representera", "inf"), A("kommunen", KK), C(c23),
             A("kommunfullmäktiges", KF, 1)],
            [S(VO, "Vice ordförandena", "obligation", "ska", "biträda", "biträda", o23)],
            parent="h2"),
        rec(d, "§2.4", "paragraph", "Presidiet kallar in partiföreträdare fö",
            [A("Presidiet", PR), V("kallar", "kalla", "pres"),
             A("partiföreträdare", "partiföreträdare")],
            [S(PR, "Presidiet", "none", None, "kalla", "kallar", "partiföreträdare fö")],
            parent="h2"),
    ]
    return out


DOCS = {
    "arvika-arkivreglemente": arkiv,
    "arvika-ersattning-fortroendevalda": ersattning,
    "astorp-reglemente-overformyndarnamnden": astorp,
    "emmaboda-reglemente-bygg-och-miljonamnden": emmaboda,
    "horby-reglemente-ersattning-fortroendevalda": horby,
    "karlskoga-arbetsordning-kommunfullmaktige": karlskoga,
}

if __name__ == "__main__":
    from aw_lexicon import CAT

    build.CAT.update(CAT)
    for doc, make in DOCS.items():
        build.write(build.AGREEMENT / "aw", doc, make())
