"""The hand annotation of part aq (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Decisions on hard cases: corpus/agreement/README.md,
section "Part aq".
"""

from __future__ import annotations

from build import A, C, S, V, rec

RESP = "responsibility"


# ---------------------------------------------------------------------------------------------
KFN = "kultur- och fritidsnämnd"


def sodertalje() -> list:
    d = "sodertalje-kommun-kultur-och-fritidsnamnden"
    KF = "Kultur- och fritidsnämnden"
    p1 = (f"{KF} jobbar med kultur, fritid och idrott och tänker särskilt på barn och "
          "ungdomar.")
    lead = f"{KF} ansvarar bland annat för att:"
    ia = ("uppmärksamma barn och ungdomars behov, gärna i samarbete med skolor och familje- och "
          "individomsorgen.")
    ib = ("planera och erbjuda verksamhet i kommunal regi för Kulturskolan, Luna kulturhus med "
          "stadsbiblioteket, Torekällberget, Konsthallen, fritidsgårdar, kulturprogram, "
          "idrottsanläggningar och Ungdomens hus.")
    ob = ib[len("planera och erbjuda "):-1]
    p3 = (f"{KF} är en politisk nämnd och består av förtroendevalda, tolv ledamöter och tolv "
          "ersättare som sammanträder cirka en gång i månaden.")
    p4 = ("Kommunfullmäktige beslutar om nämndens sammansättning och de förtroendevalda ser till "
          "att verksamheten bedrivs efter lagar, bestämmelser och de mål och riktlinjer "
          "kommunfullmäktige har satt upp.")
    p5 = ("Kultur- och fritidskontoret med chef och personal är den förvaltning som lyder under "
          "och driver kultur- och fritidsnämndens verksamhet.")

    def item(cid: str, text: str, spans: list, aims: list) -> dict:
        stmts = [S(KFN, KF, RESP, "ansvarar för", a, a, o) for a, o in aims]
        return rec(d, cid, "list_item", text, spans, stmts, parent="2", label="•")

    return [
        rec(d, "title", "heading", "Kultur-och fritidsnämnden",
            [A("Kultur-och fritidsnämnden", KFN)]),
        rec(d, "1", "paragraph", p1,
            [A(KF, KFN), V("jobbar", "jobba", "pres"), V("tänker", "tänka", "pres"),
             A("barn", "barn"), A("ungdomar", "ungdom")],
            [S(KFN, KF, "none", None, "jobba", "jobbar", "med kultur, fritid och idrott"),
             S(KFN, KF, "none", None, "tänka", "tänker", "på barn och ungdomar")]),
        rec(d, "2", "paragraph", lead, [A(KF, KFN), V("ansvarar", "ansvara", "pres")]),
        item("2.a", ia,
             [V("uppmärksamma", "uppmärksamma", "inf"), A("barn", "barn"),
              A("ungdomars", "ungdom")],
             [("uppmärksamma", ia[len("uppmärksamma "):-1])]),
        item("2.b", ib,
             [V("planera", "planera", "inf"), V("erbjuda", "erbjuda", "inf")],
             [("planera", ob), ("erbjuda", ob)]),
        item("2.c", "främja möten mellan olika kulturer.", [V("främja", "främja", "inf")],
             [("främja", "möten mellan olika kulturer")]),
        item("2.d", "erbjuda fritidsverksamhet för funktionshindrade.",
             [V("erbjuda", "erbjuda", "inf")],
             [("erbjuda", "fritidsverksamhet för funktionshindrade")]),
        item("2.e", "ge föreningsbidrag till föreningar och studieförbund.",
             [V("ge", "ge", "inf"), A("föreningar", "förening"),
              A("studieförbund", "studieförbund")],
             [("ge", "föreningsbidrag till föreningar och studieförbund")]),
        item("2.f", "sköta bokning och uthyrning av lokaler och anläggningar till föreningar.",
             [V("sköta", "sköta", "inf"), A("föreningar", "förening")],
             [("sköta", "bokning och uthyrning av lokaler och anläggningar till föreningar")]),
        item("2.g", "handlägga lotteritillstånd.", [V("handlägga", "handlägga", "inf")],
             [("handlägga", "lotteritillstånd")]),
        rec(d, "3", "paragraph", p3,
            [A(KF, KFN), V("är", "vara", "pres"), V("består", "bestå", "pres"),
             A("förtroendevalda", "förtroendevald"), A("ledamöter", "ledamot"),
             A("ersättare", "ersättare"), V("sammanträder", "sammanträda", "pres")],
            [S(KFN, KF, "none", None, "vara", "är", "en politisk nämnd"),
             S(KFN, KF, "none", None, "bestå", "består",
               p3[p3.index("av förtroendevalda"):-1])]),
        rec(d, "4", "paragraph", p4,
            [A("Kommunfullmäktige", "kommunfullmäktige"), V("beslutar", "besluta", "pres"),
             A("nämndens", "nämnd"), A("förtroendevalda", "förtroendevald"),
             V("ser", "se", "pres"), V("bedrivs", "bedriva", "pres", "pass"),
             A("kommunfullmäktige", "kommunfullmäktige"), V("har", "ha", "pres"),
             V("satt", "sätta", "sup")],
            [S("kommunfullmäktige", "Kommunfullmäktige", "none", None, "besluta", "beslutar",
               "om nämndens sammansättning"),
             S("förtroendevald", "förtroendevalda", "obligation", "ser till att", "se", "ser",
               p4[p4.index("att verksamheten"):-1])]),
        rec(d, "5", "paragraph", p5,
            [A("Kultur- och fritidskontoret", "kultur- och fritidskontor"), A("chef", "chef"),
             A("personal", "personal"), V("är", "vara", "pres"), V("lyder", "lyda", "pres"),
             V("driver", "driva", "pres"), A("kultur- och fritidsnämndens", KFN)],
            [S("kultur- och fritidskontor", "Kultur- och fritidskontoret", "none", None, "vara",
               "är", p5[p5.index("den förvaltning"):-1])]),
        rec(d, "h1", "heading", "Kultur- och fritidsnämndens verksamhetsplan 2021",
            [A("Kultur- och fritidsnämndens", KFN)]),
    ]


# ---------------------------------------------------------------------------------------------
FR = "funktionsrättsråd"


def upplands_vasby() -> list:
    d = "upplands-vasby-kommun-funktionsrattsradet"
    p1 = ("Det kommunala funktionsrättsrådet ser över frågor som rör funktionsnedsättningar. Ett "
          "av rådets mål är att funktionsnedsättning som aspekt ska bli en naturlig del när vi "
          "formar kommunens verksamhet.")
    nar = "när vi formar kommunens verksamhet"
    p2 = ("Funktionsrättsrådet är det nya namnet för det tidigare handikapprådet. Namnändringen "
          "gäller från och med 1 januari 2018.")
    p3 = ("Funktionsrättsrådet vill med sitt arbete lyfta fram frågor som gäller "
          "funktionsnedsättningar i ett tidigt skede i de olika kommunala processerna, till "
          "exempel i samhällsplaneringen. Ett delmål är att bevaka att dessa frågor kommer in som "
          "en naturlig del i kommunens verksamheter.")
    o3 = ("frågor som gäller funktionsnedsättningar i ett tidigt skede i de olika kommunala "
          "processerna, till exempel i samhällsplaneringen")
    lead = "Rådet har flera olika uppgifter, till exempel att:"
    ia = ("behandla frågor av övergripande och långsiktig karaktär, policyfrågor och andra frågor "
          "av principiell karaktär, som har betydelse för personer med funktionsnedsättning.")
    ib = "informera om och bilda opinion i frågor som rör funktionsnedsättningar."
    id_ = ("verka för att skapa en gemensam syn på frågor om funktionsnedsättningar inom "
           "kommunen.")
    om = "Om du vill komma i kontakt med någon i funktionsrättsrådet"
    p6 = om + " kan du besöka kommunens förtroendemannaregister."
    MOD = "har uppgifter"

    def item(cid: str, text: str, spans: list, aims: list) -> dict:
        stmts = [S(FR, "Rådet", RESP, MOD, a, a, o) for a, o in aims]
        return rec(d, cid, "list_item", text, spans, stmts, parent="4", label="•")

    return [
        rec(d, "title", "heading", "Funktionsrättsrådet", [A("Funktionsrättsrådet", FR)]),
        rec(d, "1", "paragraph", p1,
            [A("funktionsrättsrådet", FR), V("ser", "se", "pres"), V("rör", "röra", "pres"),
             A("rådets", FR), V("är", "vara", "pres"), V("ska", "skola", "pres"),
             V("bli", "bli", "inf"), C(nar), V("formar", "forma", "pres"),
             A("kommunens", "kommun")],
            [S(FR, "funktionsrättsrådet", "none", None, "se", "ser",
               "frågor som rör funktionsnedsättningar")]),
        rec(d, "2", "paragraph", p2,
            [A("Funktionsrättsrådet", FR), V("är", "vara", "pres"),
             A("handikapprådet", "handikappråd"), V("gäller", "gälla", "pres")],
            [S(FR, "Funktionsrättsrådet", "none", None, "vara", "är",
               "det nya namnet för det tidigare handikapprådet")]),
        rec(d, "h1", "heading", "Ska lyfta frågor och bilda opinion",
            [V("Ska", "skola", "pres"), V("lyfta", "lyfta", "inf"), V("bilda", "bilda", "inf")]),
        rec(d, "3", "paragraph", p3,
            [A("Funktionsrättsrådet", FR), V("vill", "vilja", "pres"), V("lyfta", "lyfta", "inf"),
             V("gäller", "gälla", "pres"), V("är", "vara", "pres"),
             V("bevaka", "bevaka", "inf"), V("kommer", "komma", "pres"),
             A("kommunens", "kommun")],
            [S(FR, "Funktionsrättsrådet", "none", None, "lyfta", "lyfta", o3)]),
        rec(d, "h2", "heading", "Funktionsrättsrådets uppgifter",
            [A("Funktionsrättsrådets", FR)]),
        rec(d, "4", "paragraph", lead, [A("Rådet", FR), V("har", "ha", "pres")]),
        item("4.a", ia, [V("behandla", "behandla", "inf"), V("har", "ha", "pres")],
             [("behandla", ia[len("behandla "):-1])]),
        item("4.b", ib,
             [V("informera", "informera", "inf"), V("bilda", "bilda", "inf"),
              V("rör", "röra", "pres")],
             [("informera", "frågor som rör funktionsnedsättningar"),
              ("bilda", "opinion i frågor som rör funktionsnedsättningar")]),
        item("4.c", "initiera kontakter.", [V("initiera", "initiera", "inf")],
             [("initiera", "kontakter")]),
        item("4.d", id_, [V("verka", "verka", "inf"), V("skapa", "skapa", "inf")],
             [("verka", id_[len("verka "):-1])]),
        item("4.e", "ta initiativ i olika frågor", [V("ta", "ta", "inf")],
             [("ta", "initiativ i olika frågor")]),
        item("4.f", "framföra önskemål till olika nämnder.",
             [V("framföra", "framföra", "inf"), A("nämnder", "nämnd")],
             [("framföra", "önskemål till olika nämnder")]),
        rec(d, "h3", "heading", "Vill du komma i kontakt med funktionsrättsrådet?",
            [V("Vill", "vilja", "pres"), V("komma", "komma", "inf"),
             A("funktionsrättsrådet", FR)]),
        rec(d, "5", "paragraph", p6,
            [C(om), V("vill", "vilja", "pres"), V("komma", "komma", "inf"),
             A("funktionsrättsrådet", FR), V("kan", "kunna", "pres"),
             V("besöka", "besöka", "inf"), A("kommunens", "kommun")]),
        rec(d, "m1", "paragraph", "Senast uppdaterad: 16 januari 2024", []),
    ]


# ---------------------------------------------------------------------------------------------
SN = "socialnämnd"


def lindesberg() -> list:
    d = "lindesbergs-kommun-socialnamnden"
    p1 = ("Socialnämnden har det politiska ansvaret för socialförvaltningens verksamheter inom "
          "avdelningarna individ och familj, funktionsstöd samt vård och omsorg.")
    p2 = ("Socialnämnden har hand om individ- och familjeomsorg som bland annat innefattar "
          "försörjningsstöd, familjerätt, vård i familjehem och på institutioner samt "
          "förebyggande arbete bland ungdomar.")
    s3a = ("Socialnämnden ansvarar också för stöd till personer med psykiskt funktionshinder samt "
           "för omsorgsverksamheten.")
    s3b = ("Socialnämnden ansvarar vidare för vuxenomsorgen som bland annat omfattar särskilda "
           "boendeformer för äldre, hemtjänst och sjukvård.")
    p3 = s3a + " " + s3b
    return [
        rec(d, "title", "heading", "Socialnämnden", [A("Socialnämnden", SN)]),
        rec(d, "1", "paragraph", p1,
            [A("Socialnämnden", SN), V("har", "ha", "pres"),
             A("socialförvaltningens", "socialförvaltning"), A("avdelningarna", "avdelning")],
            [S(SN, "Socialnämnden", RESP, "har ansvaret för", "ansvara", "har",
               p1[p1.index("socialförvaltningens"):-1])]),
        rec(d, "2", "paragraph", p2,
            [A("Socialnämnden", SN), V("har", "ha", "pres"), V("innefattar", "innefatta", "pres"),
             A("familjehem", "familjehem"), A("ungdomar", "ungdom")],
            [S(SN, "Socialnämnden", "none", None, "ha", "har", p2[len("Socialnämnden har "):-1])]),
        rec(d, "3", "paragraph", p3,
            [A("Socialnämnden", SN), V("ansvarar", "ansvara", "pres"),
             A("Socialnämnden", SN, 1), V("ansvarar", "ansvara", "pres", occ=1),
             V("omfattar", "omfatta", "pres")],
            [S(SN, "Socialnämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
               s3a[s3a.index("stöd till"):-1]),
             S(SN, "Socialnämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
               s3b[s3b.index("vuxenomsorgen"):-1])]),
        rec(d, "4", "paragraph", "Färdtjänst och riksfärdtjänst sköts av Länstrafiken.",
            [V("sköts", "sköta", "pres", "pass"), A("Länstrafiken", "länstrafik")],
            [S("länstrafik", "Länstrafiken", "none", None, "sköta", "sköts",
               "Färdtjänst och riksfärdtjänst", pas=True)]),
        rec(d, "h1", "heading", "Socialnämnden", [A("Socialnämnden", SN)]),
        rec(d, "5", "paragraph", "Mathz Eriksson (C), ordförande",
            [A("ordförande", "ordförande")]),
        rec(d, "6", "paragraph", "Elin Axelsson (S), vice ordförande",
            [A("vice ordförande", "vice ordförande")]),
        rec(d, "m1", "paragraph", "Senast uppdaterad", []),
    ]


# ---------------------------------------------------------------------------------------------
KPR = "kommunalt pensionärsråd"


def mullsjo() -> list:
    d = "mullsjo-kommun-pensionarsradet"
    p1 = ("Kommunala pensionärsrådet är ett organ för överläggningar, samråd och ömsesidig "
          "information mellan företrädare för pensionärsorganisationerna å ena sidan och "
          "kommunens styrelser och nämnder å andra sidan.")
    s1 = ("Pensionärsrådet skall bestå av ledamöter från pensionärsorganisationer verksamma inom "
          "kommunen.")
    s2 = ("Pensionärsorganisationer med färre än 100 medlemmar ges möjlighet utse en ledamot.")
    s3 = ("Pensionärsorganisationer med fler än 100 medlemmar ges möjlighet att utse 2 ledamöter "
          "att ingå i det kommunala pensionärsrådet.")
    s4 = "Socialnämnden skall utse en ledamot och kommunstyrelsen en ledamot."
    s5 = "Vidare skall motsvarande antal ersättare utses på motsvarande sätt."
    s6 = "Ledamöterna utses för period motsvarande kommunmandatsperiod."
    p2 = " ".join([s1, s2, s3, s4, s5, s6])
    har = "Har du förslag på frågor som kan vara aktuella för rådet"
    p3 = (har + " kontakta gärna rådets sekreterare. Kontaktuppgifter hittar du i "
          "kontaktrutan.")
    PO_ = "Pensionärsorganisationer"
    return [
        rec(d, "title", "heading", "mullsjö logotyp", []),
        rec(d, "h1", "heading", "Pensionärsrådet", [A("Pensionärsrådet", KPR)]),
        rec(d, "1", "paragraph", p1,
            [A("Kommunala pensionärsrådet", KPR), V("är", "vara", "pres"),
             A("företrädare", "företrädare"),
             A("pensionärsorganisationerna", "pensionärsorganisation"),
             A("kommunens", "kommun"), A("styrelser", "styrelse"), A("nämnder", "nämnd")],
            [S(KPR, "Kommunala pensionärsrådet", "none", None, "vara", "är",
               p1[p1.index("ett organ"):-1])]),
        rec(d, "2", "paragraph", p2,
            [A("Pensionärsrådet", KPR), V("skall", "skola", "pres"), V("bestå", "bestå", "inf"),
             A("ledamöter", "ledamot"),
             A("pensionärsorganisationer", "pensionärsorganisation"),
             A(PO_, "pensionärsorganisation"), A("medlemmar", "medlem"),
             V("ges", "ge", "pres", "pass"), V("utse", "utse", "inf"), A("ledamot", "ledamot"),
             A(PO_, "pensionärsorganisation", 1), A("medlemmar", "medlem", 1),
             V("ges", "ge", "pres", "pass", occ=1), V("utse", "utse", "inf", occ=1),
             A("ledamöter", "ledamot", 1), V("ingå", "ingå", "inf"),
             A("pensionärsrådet", KPR),
             A("Socialnämnden", "socialnämnd"), V("skall", "skola", "pres", occ=1),
             V("utse", "utse", "inf", occ=2), A("ledamot", "ledamot", 1),
             A("kommunstyrelsen", "kommunstyrelse"), A("ledamot", "ledamot", 2),
             V("skall", "skola", "pres", occ=2), A("ersättare", "ersättare"),
             V("utses", "utse", "inf", "pass"), A("Ledamöterna", "ledamot"),
             V("utses", "utse", "pres", "pass", occ=1)],
            [S(KPR, "Pensionärsrådet", "obligation", "skall", "bestå", "bestå",
               "av ledamöter från pensionärsorganisationer verksamma inom kommunen"),
             S("pensionärsorganisation", PO_, "permission", "ges möjlighet", "utse", "utse",
               "en ledamot"),
             S("pensionärsorganisation", PO_, "permission", "ges möjlighet att", "utse", "utse",
               "2 ledamöter att ingå i det kommunala pensionärsrådet"),
             S("socialnämnd", "Socialnämnden", "obligation", "skall", "utse", "utse",
               "en ledamot"),
             S("kommunstyrelse", "kommunstyrelsen", "obligation", "skall", "utse", "utse",
               "en ledamot"),
             S(None, None, "obligation", "skall", "utse", "utses", "motsvarande antal ersättare",
               pas=True),
             S("ledamot", "Ledamöterna", "none", None, "utse", "utses", pas=True)]),
        rec(d, "h2", "heading", "Kontakt", []),
        rec(d, "3", "paragraph", p3,
            [C(har), V("Har", "ha", "pres"), V("kan", "kunna", "pres"), V("vara", "vara", "inf"),
             A("rådet", KPR), V("kontakta", "kontakta", "imp"),
             A("rådets sekreterare", "kommunala pensionärsrådets sekreterare"),
             V("hittar", "hitta", "pres")]),
        rec(d, "m1", "paragraph", "Senast uppdaterad: 2018-05-08 Ansvarig: Karin Talén", []),
    ]


# ---------------------------------------------------------------------------------------------
PR = "pensionärsråd"


def arboga() -> list:
    d = "arboga-kommun-pensionarsrad"
    p1 = ("Pensionärsrådet fungerar som organ för samråd och ömsesidig information mellan "
          "pensionärernas organisationer och kommunens styrelser och nämnder vad gäller "
          "planering av insatser för äldre.")
    p2 = ("Pensionärsrådet är genom pensionärsorganisationernas representanter en viktig kanal "
          "till äldre i kommunen, vilka i hög grad omfattas av kommunens beslut.")
    p3 = ("Kommunen representeras av tre ledamöter och ersättare varav två ledamöter och "
          "ersättare utses från socialnämnden och en ledamot och ersättare utses från fritid- och "
          "kulturnämnden.")
    s4a = "Pensionärsorganisationerna utser en ledamot och en ersättare."
    s4b = ("Organisationer med lokalt 200 eller fler medlemmar utser ytterligare en ledamot och "
           "en ersättare.")
    s4c = "Pensionärsorganisationerna i rådet ska tillhöra en riksorganisation."
    p4 = " ".join([s4a, s4b, s4c])
    om = "om någon särskild fråga påkallar samråd med eller information till rådet"
    p5 = "Rådet sammanträder fyra gånger per år och därutöver " + om + "."
    return [
        rec(d, "title", "heading", "Pensionärsråd", [A("Pensionärsråd", PR)]),
        rec(d, "1", "paragraph", p1,
            [A("Pensionärsrådet", PR), V("fungerar", "fungera", "pres"),
             A("pensionärernas", "pensionär"), A("organisationer", "organisation"),
             A("kommunens", "kommun"), A("styrelser", "styrelse"), A("nämnder", "nämnd"),
             V("gäller", "gälla", "pres")],
            [S(PR, "Pensionärsrådet", "none", None, "fungera", "fungerar",
               p1[p1.index("som organ"):-1])]),
        rec(d, "2", "paragraph", p2,
            [A("Pensionärsrådet", PR), V("är", "vara", "pres"),
             A("pensionärsorganisationernas", "pensionärsorganisation"),
             A("representanter", "representant"), V("omfattas", "omfatta", "pres", "pass"),
             A("kommunens", "kommun")],
            [S(PR, "Pensionärsrådet", "none", None, "vara", "är",
               p2[len("Pensionärsrådet är "):-1])]),
        rec(d, "h1", "heading", "Representanter", [A("Representanter", "representant")]),
        rec(d, "3", "paragraph", p3,
            [A("Kommunen", "kommun"), V("representeras", "representera", "pres", "pass"),
             A("ledamöter", "ledamot"), A("ersättare", "ersättare"),
             A("ledamöter", "ledamot", 1), A("ersättare", "ersättare", 1),
             V("utses", "utse", "pres", "pass"), A("socialnämnden", "socialnämnd"),
             A("ledamot", "ledamot"), A("ersättare", "ersättare", 2),
             V("utses", "utse", "pres", "pass", occ=1),
             A("fritid- och kulturnämnden", "fritid- och kulturnämnd")],
            [S("ledamot", "ledamöter", "none", None, "representera", "representeras", "Kommunen",
               pas=True),
             S("ersättare", "ersättare", "none", None, "representera", "representeras",
               "Kommunen", pas=True)]),
        rec(d, "4", "paragraph", p4,
            [A("Pensionärsorganisationerna", "pensionärsorganisation"),
             V("utser", "utse", "pres"), A("ledamot", "ledamot"), A("ersättare", "ersättare"),
             A("Organisationer", "organisation"), A("medlemmar", "medlem"),
             V("utser", "utse", "pres", occ=1), A("ledamot", "ledamot", 1),
             A("ersättare", "ersättare", 1),
             A("Pensionärsorganisationerna", "pensionärsorganisation", 1), A("rådet", PR),
             V("ska", "skola", "pres"), V("tillhöra", "tillhöra", "inf"),
             A("riksorganisation", "riksorganisation")],
            [S("pensionärsorganisation", "Pensionärsorganisationerna", "none", None, "utse",
               "utser", "en ledamot och en ersättare"),
             S("organisation", "Organisationer", "none", None, "utse", "utser",
               "ytterligare en ledamot och en ersättare"),
             S("pensionärsorganisation", "Pensionärsorganisationerna", "obligation", "ska",
               "tillhöra", "tillhöra", "en riksorganisation")]),
        rec(d, "5", "paragraph", p5,
            [A("Rådet", PR), V("sammanträder", "sammanträda", "pres"), C(om),
             V("påkallar", "påkalla", "pres"), A("rådet", PR)],
            [S(PR, "Rådet", "none", None, "sammanträda", "sammanträder",
               "fyra gånger per år och därutöver", cond=om)]),
        rec(d, "6", "paragraph", "Läs protokoll från Pensionärsrådets sammanträden.",
            [V("Läs", "läsa", "imp"), A("Pensionärsrådets", PR)]),
        rec(d, "h2", "heading", "Pensionärsorganisationer i Arboga",
            [A("Pensionärsorganisationer", "pensionärsorganisation")]),
        rec(d, "h3", "heading", "Kontakt för den här sidan:", []),
        rec(d, "m1", "paragraph", "Senast uppdaterad:", []),
    ]


# ---------------------------------------------------------------------------------------------
def monsteras() -> list:
    d = "monsteras-kommun-pensionarsrad"
    s1a = ("Pensionärsrådet är ett organ för samråd och ömsesidig information mellan kommunen och "
           "företrädare för pensionärernas riksorganisationer inom kommunen.")
    s1b = "Pensionärsrådet har en rådgivande funktion och är inte ett beslutande organ."
    p1 = s1a + " " + s1b
    s2a = ("Kommunen ska i pensionärsrådet samråda och informera om sin verksamhet, planerade "
           "förändringar samt resultatet av olika åtgärder som har eller kan få aktualitet för "
           "kommunens pensionärer.")
    s2b = ("Kommunen ges genom rådet möjlighet att få pensionärsorganisationernas synpunkter samt "
           "att samråda med dem i ett tidigt skede av olika beredningsprocesser.")
    s2c = "Pensionärerna får genom rådet en större delaktighet i samhällets insatser."
    s2d = ("Pensionärernas representanter kan i rådet ta initiativ till och aktivt arbeta för "
           "förändringar i den kommunala verksamheten.")
    s2e = ("De kan informera om och ge förslag till lämpliga anpassningar av det verksamhetsutbud "
           "som berör de äldres förhållanden i samhället.")
    p2 = " ".join([s2a, s2b, s2c, s2d, s2e])
    o2a = s2a[s2a.index("om sin verksamhet"):-1]
    p3 = ("I pensionärsrådet sitter representanter för kommunens politiker och "
          "pensionärsorganisationer. Rådet sammanträder fyra gånger per år.")
    return [
        rec(d, "title", "heading", "Pensionärsråd", [A("Pensionärsråd", PR)]),
        rec(d, "1", "paragraph", p1,
            [A("Pensionärsrådet", PR), V("är", "vara", "pres"), A("kommunen", "kommun"),
             A("företrädare", "företrädare"), A("pensionärernas", "pensionär"),
             A("riksorganisationer", "riksorganisation"), A("Pensionärsrådet", PR, 1),
             V("har", "ha", "pres"), V("är", "vara", "pres", occ=1)],
            [S(PR, "Pensionärsrådet", "none", None, "vara", "är", s1a[s1a.index("ett organ"):-1]),
             S(PR, "Pensionärsrådet", "none", None, "ha", "har", "en rådgivande funktion"),
             S(PR, "Pensionärsrådet", "none", None, "vara", "är", "ett beslutande organ",
               neg=True)]),
        rec(d, "2", "paragraph", p2,
            [A("Kommunen", "kommun"), V("ska", "skola", "pres"), A("pensionärsrådet", PR),
             V("samråda", "samråda", "inf"), V("informera", "informera", "inf"),
             V("har", "ha", "pres"), V("kan", "kunna", "pres"), V("få", "få", "inf"),
             A("kommunens", "kommun"), A("pensionärer", "pensionär"),
             A("Kommunen", "kommun", 1), V("ges", "ge", "pres", "pass"), A("rådet", PR),
             V("få", "få", "inf", occ=1),
             A("pensionärsorganisationernas", "pensionärsorganisation"),
             V("samråda", "samråda", "inf", occ=1),
             A("Pensionärerna", "pensionär"), V("får", "få", "pres"), A("rådet", PR, 1),
             A("Pensionärernas", "pensionär"), A("representanter", "representant"),
             V("kan", "kunna", "pres", occ=1), A("rådet", PR, 2), V("ta", "ta", "inf"),
             V("arbeta", "arbeta", "inf"),
             V("kan", "kunna", "pres", occ=2), V("informera", "informera", "inf", occ=1),
             V("ge", "ge", "inf"), V("berör", "beröra", "pres")],
            [S("kommun", "Kommunen", "obligation", "ska", "samråda", "samråda", o2a),
             S("kommun", "Kommunen", "obligation", "ska", "informera", "informera", o2a),
             S("kommun", "Kommunen", "permission", "ges möjlighet att", "få", "få",
               "pensionärsorganisationernas synpunkter"),
             S("kommun", "Kommunen", "permission", "ges möjlighet att", "samråda", "samråda",
               "med dem i ett tidigt skede av olika beredningsprocesser"),
             S("pensionär", "Pensionärerna", "none", None, "få", "får",
               "en större delaktighet i samhällets insatser"),
             S("representant", "representanter", "permission", "kan", "ta", "ta",
               "initiativ till"),
             S("representant", "representanter", "permission", "kan", "arbeta", "arbeta",
               "för förändringar i den kommunala verksamheten")]),
        rec(d, "3", "paragraph", p3,
            [A("pensionärsrådet", PR), V("sitter", "sitta", "pres"),
             A("representanter", "representant"), A("kommunens", "kommun"),
             A("politiker", "politiker"),
             A("pensionärsorganisationer", "pensionärsorganisation"), A("Rådet", PR),
             V("sammanträder", "sammanträda", "pres")],
            [S("representant", "representanter", "none", None, "sitta", "sitter"),
             S(PR, "Rådet", "none", None, "sammanträda", "sammanträder", "fyra gånger per år")]),
        rec(d, "m1", "paragraph", "Sidan granskad 4 mars 2022", []),
    ]


# ---------------------------------------------------------------------------------------------
KLN = "krisledningsnämnd"


def harnosand() -> list:
    d = "harnosands-kommun-krisledningsnamnden"
    vid = "Vid en extraordinär händelse"
    nar = "när omständigheterna gör att ordinarie beslutsvägar inte räcker till"
    s1a = "Kommunstyrelsens arbetsutskott fungerar som kommunens krisledningsnämnd."
    s1b = (vid + " kan krisledningsnämnden fatta sådana beslut som annars skulle ha fattats i "
           "någon av kommunens nämnder " + nar + ".")
    p1 = s1a + " " + s1b
    p2 = ("Krisledningsnämndens ordförande fattar beslut om en extraordinär händelse föreligger "
          "och nämnden ska träda i funktion och kan också fatta beslut å nämndens vägnar i "
          "ärenden som är så brådskande att nämndens avgörande inte kan avvaktas.")
    p3 = ("Krisledningsnämndens arbete regleras i lag (2006:544) om kommuners och landstings "
          "åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap.")
    KO = "krisledningsnämndens ordförande"
    return [
        rec(d, "title", "heading", "Krisledningsnämnden", [A("Krisledningsnämnden", KLN)]),
        rec(d, "h1", "heading", "Penna och ett block", []),
        rec(d, "1", "paragraph", p1,
            [A("Kommunstyrelsens arbetsutskott", "kommunstyrelsens arbetsutskott"),
             V("fungerar", "fungera", "pres"), A("kommunens", "kommun"), C(vid),
             V("kan", "kunna", "pres"), A("krisledningsnämnden", KLN), V("fatta", "fatta", "inf"),
             V("skulle", "skola", "past"), V("ha", "ha", "inf"),
             V("fattats", "fatta", "sup", "pass"), A("kommunens", "kommun", 1),
             A("nämnder", "nämnd"), C(nar), V("gör", "göra", "pres"),
             V("räcker", "räcka", "pres")],
            [S("kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott", "none", None,
               "fungera", "fungerar", "som kommunens krisledningsnämnd"),
             S(KLN, "krisledningsnämnden", "permission", "kan", "fatta", "fatta",
               "sådana beslut som annars skulle ha fattats i någon av kommunens nämnder",
               cond=vid)]),
        rec(d, "2", "paragraph", p2,
            [A("Krisledningsnämndens ordförande", KO), V("fattar", "fatta", "pres"),
             V("föreligger", "föreligga", "pres"), A("nämnden", "nämnd"),
             V("ska", "skola", "pres"), V("träda", "träda", "inf"), V("kan", "kunna", "pres"),
             V("fatta", "fatta", "inf"), A("nämndens", "nämnd"), V("är", "vara", "pres"),
             A("nämndens", "nämnd", 1), V("kan", "kunna", "pres", occ=1),
             V("avvaktas", "avvakta", "inf", "pass")],
            [S(KO, "Krisledningsnämndens ordförande", "none", None, "fatta", "fattar",
               "beslut om en extraordinär händelse föreligger och nämnden ska träda i funktion"),
             S(KO, "Krisledningsnämndens ordförande", "permission", "kan", "fatta", "fatta",
               p2[p2.index("beslut å nämndens"):-1])]),
        rec(d, "3", "paragraph", p3,
            [A("Krisledningsnämndens", KLN), V("regleras", "reglera", "pres", "pass")]),
    ]


# ---------------------------------------------------------------------------------------------
VN = "valnämnd"


def eda() -> list:
    d = "eda-kommun-valnamnden"
    s1a = "I varje kommun ska det finnas en valnämnd som är lokal valmyndighet."
    s1b = "Valnämnden är en kommunal nämnd som är vald av kommunfullmäktige."
    s1c = ("Den lokala valmyndigheten ansvarar för att genomföra allmänna val till riksdag, "
           "landsting och kommunfullmäktige.")
    s1d = ("Även val till Europaparlamentet och folkomröstningar som riksdagen beslutat om.")
    p1 = " ".join([s1a, s1b, s1c, s1d])
    s2a = ("Valnämnden får också anlitas av kommunen för att genomföra kommunal folkomröstning "
           "eller annan liknande opinionsundersökning.")
    s2b = ("Till valnämndens uppgifter hör bl.a. att besluta om ärenden kring valets genomförande "
           "tex röstningslokaler, vallokaler och öppettider.")
    s2c = ("Nämnden sköter sina uppgifter i nära samarbete med länsstyrelsen som är den regionala "
           "valmyndigheten.")
    p2 = " ".join([s2a, s2b, s2c])
    p3 = ("Valnämnden sammanträder enbart under och inför valår. Valnämnden skall inte förväxlas "
          "med kommunfullmäktiges valberedning.")
    p4 = "Administrationen av valen utförs normalt av en utsedd grupp av tjänstepersoner."
    return [
        rec(d, "title", "heading", "Valnämnden", [A("Valnämnden", VN)]),
        rec(d, "h1", "heading", "Vad ansvarar valnämnden för?",
            [V("ansvarar", "ansvara", "pres"), A("valnämnden", VN)]),
        rec(d, "1", "paragraph", p1,
            [A("kommun", "kommun"), V("ska", "skola", "pres"), V("finnas", "finnas", "inf"),
             A("valnämnd", VN), V("är", "vara", "pres"), A("Valnämnden", VN),
             V("är", "vara", "pres", occ=1), V("är", "vara", "pres", occ=2),
             A("kommunfullmäktige", "kommunfullmäktige"),
             A("valmyndigheten", "valmyndighet"), V("ansvarar", "ansvara", "pres"),
             V("genomföra", "genomföra", "inf"), A("riksdag", "riksdag"),
             A("landsting", "landsting"), A("kommunfullmäktige", "kommunfullmäktige", 1),
             A("Europaparlamentet", "europaparlamentet"), A("riksdagen", "riksdag"),
             V("beslutat", "besluta", "sup")],
            [S(VN, "Valnämnden", "none", None, "vara", "är",
               "en kommunal nämnd som är vald av kommunfullmäktige"),
             S("valmyndighet", "valmyndigheten", RESP, "ansvarar för", "genomföra", "genomföra",
               "allmänna val till riksdag, landsting och kommunfullmäktige")]),
        rec(d, "2", "paragraph", p2,
            [A("Valnämnden", VN), V("får", "få", "pres"), V("anlitas", "anlita", "inf", "pass"),
             A("kommunen", "kommun"), V("genomföra", "genomföra", "inf"),
             A("valnämndens", VN), V("hör", "höra", "pres"), V("besluta", "besluta", "inf"),
             A("Nämnden", "nämnd"), V("sköter", "sköta", "pres"),
             A("länsstyrelsen", "länsstyrelse"), V("är", "vara", "pres")],
            [S("kommun", "kommunen", "permission", "får", "anlita", "anlitas", "Valnämnden",
               pas=True),
             S(VN, "valnämndens", "obligation", "hör bl.a. att", "besluta", "besluta",
               s2b[s2b.index("om ärenden"):-1]),
             S("nämnd", "Nämnden", "none", None, "sköta", "sköter",
               s2c[s2c.index("sina uppgifter"):-1])]),
        rec(d, "3", "paragraph", p3,
            [A("Valnämnden", VN), V("sammanträder", "sammanträda", "pres"),
             A("Valnämnden", VN, 1), V("skall", "skola", "pres"),
             V("förväxlas", "förväxla", "inf", "pass"),
             A("kommunfullmäktiges", "kommunfullmäktige"), A("valberedning", "valberedning")],
            [S(VN, "Valnämnden", "none", None, "sammanträda", "sammanträder",
               "under och inför valår"),
             S(VN, "Valnämnden", "prohibition", "skall inte", "förväxla", "förväxlas",
               "med kommunfullmäktiges valberedning", neg=True, pas=True)]),
        rec(d, "4", "paragraph", p4,
            [V("utförs", "utföra", "pres", "pass"), A("tjänstepersoner", "tjänsteperson")]),
    ]


DOCS = {
    "sodertalje-kommun-kultur-och-fritidsnamnden": sodertalje,
    "upplands-vasby-kommun-funktionsrattsradet": upplands_vasby,
    "lindesbergs-kommun-socialnamnden": lindesberg,
    "mullsjo-kommun-pensionarsradet": mullsjo,
    "arboga-kommun-pensionarsrad": arboga,
    "monsteras-kommun-pensionarsrad": monsteras,
    "harnosands-kommun-krisledningsnamnden": harnosand,
    "eda-kommun-valnamnden": eda,
}
